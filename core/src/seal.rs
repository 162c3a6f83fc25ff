//! Document seals: the server's Ed25519 key and the canonical manifest it signs.
//!
//! A seal proves that this Carnet published a file with these exact bytes, for this patient, by
//! this author, at this time. The manifest is a few lines of text (format in `docs/sealing.md`);
//! the signature covers it byte for byte, so anyone with the public key can check a seal without
//! trusting the database. The key is created on first start (`seal.key` in the data folder
//! unless `CARNET_SEAL_KEY` names another path) and must be shared by every node.

use std::io::Write;
use std::path::{Path, PathBuf};

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::{Error, Result};

/// First line of a key file; anything else is refused.
const KEY_FILE_HEADER: &str = "carnet-seal-key-v1";

/// What a seal signs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    /// SHA-256 of the document's bytes, lower-case hex.
    pub sha256: String,
    pub patient_id: String,
    pub author: String,
    /// Issued time, ms since the epoch.
    pub issued_at: i64,
}

impl Manifest {
    /// The exact bytes signed: one `name=value` line per field, in this order, after a version
    /// line. Values never contain a newline (the author's name is single-line by construction,
    /// and newlines are replaced by spaces here all the same).
    pub fn canonical(&self) -> Vec<u8> {
        let clean = |s: &str| s.replace(['\n', '\r'], " ");
        format!(
            "carnet-seal-v1\nsha256={}\npatient={}\nauthor={}\nissued={}\n",
            clean(&self.sha256),
            clean(&self.patient_id),
            clean(&self.author),
            self.issued_at
        )
        .into_bytes()
    }
}

/// SHA-256 of bytes, lower-case hex (how blobs are addressed).
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// The server's sealing key.
#[derive(Clone)]
pub struct Sealer {
    signing: SigningKey,
    key_id: String,
    path: PathBuf,
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sealer").field("key_id", &self.key_id).field("path", &self.path).finish()
    }
}

impl Sealer {
    /// Loads the key at `path`, creating it (mode 0600) if the file does not exist.
    pub fn open_or_create(path: &Path) -> Result<Sealer> {
        let signing = match std::fs::read_to_string(path) {
            Ok(text) => parse_key_file(&text)
                .ok_or_else(|| Error::Config(format!("{} is not a Carnet seal key", path.display())))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => create_key_file(path)?,
            Err(e) => return Err(Error::Config(format!("reading the seal key {}: {e}", path.display()))),
        };
        Ok(Sealer::from_signing_key(signing, path.to_path_buf()))
    }

    fn from_signing_key(signing: SigningKey, path: PathBuf) -> Sealer {
        let key_id = key_id(&signing.verifying_key());
        Sealer { signing, key_id, path }
    }

    /// Short name of the key: the first 16 hex digits of the SHA-256 of its public key.
    pub fn key_id(&self) -> &str {
        &self.key_id
    }

    /// The public key, hex (32 bytes), for people who verify seals themselves.
    pub fn public_key_hex(&self) -> String {
        hex::encode(self.signing.verifying_key().as_bytes())
    }

    /// Signs a manifest; the signature is base64 (standard alphabet).
    pub fn seal(&self, manifest: &Manifest) -> String {
        self.sign(&manifest.canonical())
    }

    /// Whether `signature` is this key's seal over `manifest`.
    pub fn verify(&self, manifest: &Manifest, key_id: &str, signature: &str) -> bool {
        self.verify_signature(&manifest.canonical(), key_id, signature)
    }

    /// Signs any canonical message (audit checkpoints); base64, standard alphabet.
    pub fn sign(&self, message: &[u8]) -> String {
        STANDARD.encode(self.signing.sign(message).to_bytes())
    }

    /// A 32-byte secret for `purpose`, derived from this key (an HMAC key for the desk's
    /// handover links): as secret as the key file, and the same on every node that shares it.
    pub fn derived_secret(&self, purpose: &str) -> [u8; 32] {
        let mut hasher = Sha256::new();
        hasher.update(b"carnet-derived-secret-v1\n");
        hasher.update(purpose.as_bytes());
        hasher.update(b"\n");
        hasher.update(self.signing.to_bytes());
        hasher.finalize().into()
    }

    /// Whether `signature` is this key's signature over `message`.
    pub fn verify_signature(&self, message: &[u8], key_id: &str, signature: &str) -> bool {
        if key_id != self.key_id {
            return false;
        }
        let Some(bytes) = STANDARD.decode(signature).ok().and_then(|b| <[u8; 64]>::try_from(b).ok()) else {
            return false;
        };
        self.signing.verifying_key().verify_strict(message, &Signature::from_bytes(&bytes)).is_ok()
    }
}

fn key_id(key: &VerifyingKey) -> String {
    sha256_hex(key.as_bytes())[..16].to_string()
}

fn parse_key_file(text: &str) -> Option<SigningKey> {
    let mut lines = text.lines();
    if lines.next()? != KEY_FILE_HEADER {
        return None;
    }
    let secret: [u8; 32] = hex::decode(lines.next()?.trim()).ok()?.try_into().ok()?;
    Some(SigningKey::from_bytes(&secret))
}

fn create_key_file(path: &Path) -> Result<SigningKey> {
    let fail = |e: std::io::Error| Error::Config(format!("creating the seal key {}: {e}", path.display()));
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(fail)?;
    }
    let mut secret = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut secret);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(mut file) => {
            writeln!(file, "{KEY_FILE_HEADER}\n{}", hex::encode(secret)).map_err(fail)?;
            file.sync_all().map_err(fail)?;
            Ok(SigningKey::from_bytes(&secret))
        }
        // Another process (a second node, a CLI command) created it first: use theirs.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let text = std::fs::read_to_string(path).map_err(fail)?;
            parse_key_file(&text).ok_or_else(|| Error::Config(format!("{} is not a Carnet seal key", path.display())))
        }
        Err(e) => Err(fail(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_key() -> (Sealer, PathBuf) {
        let dir = std::env::temp_dir().join(format!("carnet-seal-{}", uuid::Uuid::new_v4()));
        let path = dir.join("seal.key");
        (Sealer::open_or_create(&path).unwrap(), dir)
    }

    fn manifest() -> Manifest {
        Manifest {
            sha256: sha256_hex(b"%PDF-1.4 report"),
            patient_id: "p1".into(),
            author: "Dr Lina Haddad".into(),
            issued_at: 1_782_900_000_000,
        }
    }

    #[test]
    fn a_seal_verifies_and_any_change_breaks_it() {
        let (sealer, dir) = temp_key();
        let m = manifest();
        let sig = sealer.seal(&m);
        assert!(sealer.verify(&m, sealer.key_id(), &sig));
        for changed in [
            Manifest { sha256: sha256_hex(b"%PDF-1.4 rep0rt"), ..m.clone() },
            Manifest { patient_id: "p2".into(), ..m.clone() },
            Manifest { author: "Dr Someone Else".into(), ..m.clone() },
            Manifest { issued_at: m.issued_at + 1, ..m.clone() },
        ] {
            assert!(!sealer.verify(&changed, sealer.key_id(), &sig), "{changed:?}");
        }
        assert!(!sealer.verify(&m, "0000000000000000", &sig), "another key id");
        assert!(!sealer.verify(&m, sealer.key_id(), "not base64!"));
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn the_key_is_kept_and_reloaded() {
        let (sealer, dir) = temp_key();
        let again = Sealer::open_or_create(&dir.join("seal.key")).unwrap();
        assert_eq!(sealer.key_id(), again.key_id());
        assert_eq!(sealer.public_key_hex(), again.public_key_hex());
        std::fs::write(dir.join("bad.key"), "something else\n").unwrap();
        assert!(Sealer::open_or_create(&dir.join("bad.key")).is_err());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.join("seal.key")).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn the_manifest_is_line_based_and_stable() {
        let text = String::from_utf8(Manifest { author: "A\nB".into(), ..manifest() }.canonical()).unwrap();
        assert_eq!(text.lines().count(), 5);
        assert!(text.starts_with("carnet-seal-v1\nsha256="));
        assert!(text.contains("author=A B\n"));
    }
}
