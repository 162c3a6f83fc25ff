//! `carnet verify-document FILE`: whether this Carnet sealed the file and it is unchanged,
//! checked against the seals in the database with the sealing key. Exits non-zero otherwise.

use std::path::Path;

use anyhow::{bail, Context};
use carnet_core::i18n::Locale;
use carnet_core::record::documents::{self, Verification};

use crate::services::Services;
use crate::settings::Settings;

pub async fn verify_document(settings: &Settings, file: &Path) -> anyhow::Result<()> {
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let services = Services::open(settings).await?;
    match documents::verify_file(&services.db, &services.sealer, &bytes).await? {
        Verification::Sealed { sha256, author_name, issued_at, .. } => {
            // Operator output in English; dates in the clinic's zone.
            let when = Locale::En.datetime(issued_at, &services.zone);
            let author = if author_name.is_empty() { "an unnamed author".to_string() } else { author_name };
            println!("{}: sealed by this Carnet (key {}), unchanged.", file.display(), services.sealer.key_id());
            println!("  author: {author}\n  issued: {when}\n  sha256: {sha256}");
            Ok(())
        }
        Verification::Unknown { sha256 } => bail!(
            "{}: NOT verified: no document with these bytes was sealed here (another file, or this one was changed). sha256 {sha256}",
            file.display()
        ),
        Verification::Broken { sha256 } => bail!(
            "{}: NOT verified: a document with these bytes is stored but its seal does not verify (the stored record was altered). sha256 {sha256}",
            file.display()
        ),
    }
}
