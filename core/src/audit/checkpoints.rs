//! Signed checkpoints: at regular intervals the server signs the chain's head (sequence number
//! and hash) with its audit key (`CARNET_AUDIT_KEY`, apart from the document-sealing key).
//! Someone able to rewrite the database could recompute every hash after an edit; they cannot
//! forge the server's signature over a head that no longer exists, so every row up to the last
//! checkpoint is fixed.
//!
//! Someone able to rewrite the database could also drop the triggers and rewrite the tail with
//! its checkpoints. Against that, a checkpoint is exported ([`Witness`], `carnet audit checkpoint
//! --export FILE`) and kept outside the database (another machine, a notary, a printout);
//! `carnet audit verify --witness FILE` then proves the log still extends it.

use crate::clock::now_ms;
use crate::db::Db;
use crate::seal::Sealer;
use crate::Result;

/// The bytes a checkpoint's signature covers (format in `docs/audit.md`).
pub fn message(seq: i64, hash: &str, at: i64) -> Vec<u8> {
    format!("carnet-audit-checkpoint-v1\nseq:{seq}\nhash:{hash}\nat:{at}\n").into_bytes()
}

/// One stored checkpoint.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Checkpoint {
    pub seq: i64,
    pub hash: String,
    pub at: i64,
    pub key_id: String,
    pub signature: String,
}

impl Checkpoint {
    /// Whether the signature is `key`'s over this checkpoint.
    pub fn is_signed_by(&self, key: &Sealer) -> bool {
        key.verify_signature(&message(self.seq, &self.hash, self.at), &self.key_id, &self.signature)
    }
}

/// The keys checkpoints may be signed by: the audit key, and, only when the operator asks
/// (`carnet audit verify --seal-key-checkpoints`, for a log begun when checkpoints were signed
/// by the sealing key), that key for the checkpoints before the first one the audit key signed.
#[derive(Debug, Clone, Copy)]
pub struct Signers<'a> {
    pub audit: &'a Sealer,
    pub earlier: Option<&'a Sealer>,
}

/// A checkpoint as exported to be kept outside the database: the signed head, and the public
/// key that signed it, in a small JSON file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Witness {
    /// Always `carnet-audit-witness-v1`.
    pub format: String,
    pub seq: i64,
    pub hash: String,
    pub at: i64,
    pub key_id: String,
    pub signature: String,
    /// The signing key's public half (hex), for someone checking without Carnet.
    pub public_key: String,
}

/// The format line of a witness file.
pub const WITNESS_FORMAT: &str = "carnet-audit-witness-v1";

impl Witness {
    /// The witness of a stored checkpoint signed by `key`.
    pub fn of(checkpoint: &Checkpoint, key: &Sealer) -> Witness {
        Witness {
            format: WITNESS_FORMAT.to_string(),
            seq: checkpoint.seq,
            hash: checkpoint.hash.clone(),
            at: checkpoint.at,
            key_id: checkpoint.key_id.clone(),
            signature: checkpoint.signature.clone(),
            public_key: key.public_key_hex(),
        }
    }

    /// Reads a witness file's JSON; `None` if it is not one.
    pub fn parse(bytes: &[u8]) -> Option<Witness> {
        serde_json::from_slice::<Witness>(bytes).ok().filter(|w| w.format == WITNESS_FORMAT)
    }

    /// The checkpoint it witnesses.
    pub fn checkpoint(&self) -> Checkpoint {
        Checkpoint {
            seq: self.seq,
            hash: self.hash.clone(),
            at: self.at,
            key_id: self.key_id.clone(),
            signature: self.signature.clone(),
        }
    }
}

/// The latest stored checkpoint, if any.
pub async fn latest(db: &Db) -> Result<Option<Checkpoint>> {
    Ok(sqlx::query_as("SELECT seq, hash, at, key_id, signature FROM audit_checkpoints ORDER BY seq DESC LIMIT 1")
        .fetch_optional(db.pool())
        .await?)
}

/// Signs the chain's head with the audit key if it moved since the last checkpoint. Returns
/// the sequence number checkpointed, or `None` when there was nothing new.
pub async fn write(db: &Db, audit_key: &Sealer) -> Result<Option<i64>> {
    let mut tx = db.begin().await?;
    let (seq, hash): (i64, String) =
        sqlx::query_as("SELECT seq, hash FROM audit_head WHERE id = 1").fetch_one(&mut *tx).await?;
    let last: Option<i64> = sqlx::query_scalar("SELECT MAX(seq) FROM audit_checkpoints").fetch_one(&mut *tx).await?;
    if seq == 0 || last.is_some_and(|last| last >= seq) {
        return Ok(None);
    }
    let at = now_ms();
    sqlx::query("INSERT INTO audit_checkpoints (seq, hash, at, key_id, signature) VALUES ($1, $2, $3, $4, $5)")
        .bind(seq)
        .bind(&hash)
        .bind(at)
        .bind(audit_key.key_id())
        .bind(audit_key.sign(&message(seq, &hash, at)))
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Some(seq))
}

/// Every checkpoint, oldest first.
pub async fn all(db: &Db) -> Result<Vec<Checkpoint>> {
    Ok(sqlx::query_as("SELECT seq, hash, at, key_id, signature FROM audit_checkpoints ORDER BY seq")
        .fetch_all(db.pool())
        .await?)
}
