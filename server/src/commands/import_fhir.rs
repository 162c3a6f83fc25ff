//! `carnet import-fhir FILE...`: imports FHIR R4 transaction or collection bundles (Synthea's,
//! another system's export) into records, one bundle per transaction, and says per resource type
//! what was read and what was new. A refused bundle names its entry and problem (or, for a
//! patient whose identifier is a record's but whose INS, birth date or family name is not, the
//! trait that differs) and stores nothing; the other files are still imported, and the command fails at the end.

use std::path::PathBuf;

use anyhow::bail;
use carnet_core::fhir::{self, MAX_BUNDLE_BYTES};
use carnet_core::i18n::Locale;
use carnet_core::mail;
use carnet_core::policy::{Actor, WriteAction};
use carnet_core::record::import::{self, Counts, Report};
use carnet_core::Error;
use serde::Serialize;

use crate::services::Services;
use crate::settings::Settings;

#[derive(Serialize)]
struct FileOutcome {
    file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    imported: Option<Report>,
    #[serde(skip_serializing_if = "Option::is_none")]
    refused: Option<String>,
}

pub async fn import_fhir(settings: &Settings, files: &[PathBuf], json: bool) -> anyhow::Result<()> {
    if files.is_empty() {
        bail!("name at least one bundle file");
    }
    let services = Services::open(settings).await?;
    let links = import::Links { public_url: &settings.public_url };
    // One command is one batch: its "something new" notices are merged per person while they
    // wait in the outbox, and sent at the end rather than after a server's hold.
    let db = services.db.clone().with_notice_hold(0);
    let mut outcomes = Vec::with_capacity(files.len());
    for file in files {
        let name = file.display().to_string();
        // The file's bytes are dropped once read: the bundle holds what is kept of them.
        let read = read(file).map(|bytes| fhir::read_bundle(&bytes));
        let outcome = match read {
            Err(reason) => FileOutcome { file: name, imported: None, refused: Some(reason) },
            Ok(read) => match read {
                Err(problem) => FileOutcome { file: name, imported: None, refused: Some(problem.to_string()) },
                Ok(bundle) => {
                    match import::import(&db, &services.sealer, &links, &Actor::Operator, WriteAction::Import, &bundle)
                        .await
                    {
                        Ok(report) => FileOutcome { file: name, imported: Some(report), refused: None },
                        // A patient who is not the record with their identifier: say which trait differs.
                        Err(Error::Conflict(problem)) => FileOutcome {
                            file: name,
                            imported: None,
                            refused: Some(Locale::En.t(problem.message_id())),
                        },
                        Err(other) => return Err(other.into()),
                    }
                }
            },
        };
        if !json {
            print_outcome(&outcome);
        }
        outcomes.push(outcome);
    }
    // Send the "something new" e-mails now rather than wait for a server's worker.
    mail::deliver_due(&db, &services.mail).await?;
    if json {
        println!("{}", serde_json::to_string_pretty(&outcomes)?);
    }
    let refused = outcomes.iter().filter(|o| o.refused.is_some()).count();
    if refused > 0 {
        bail!("{refused} of {} files refused; nothing of them was imported", outcomes.len());
    }
    Ok(())
}

fn read(file: &PathBuf) -> Result<Vec<u8>, String> {
    let size = std::fs::metadata(file).map_err(|e| format!("cannot read: {e}"))?.len();
    if size > MAX_BUNDLE_BYTES as u64 {
        return Err(format!("larger than {} MB", MAX_BUNDLE_BYTES / (1024 * 1024)));
    }
    std::fs::read(file).map_err(|e| format!("cannot read: {e}"))
}

fn print_outcome(outcome: &FileOutcome) {
    match (&outcome.imported, &outcome.refused) {
        (Some(report), _) => {
            println!("{}: imported", outcome.file);
            let line = |what: &str, c: Counts| println!("  {what:<28} {:>5} ({} new)", c.read, c.added);
            line("patients", report.patients);
            line("practitioners, organisations", report.authors);
            line("results", report.results);
            line("reports", report.reports);
            line("documents", report.documents);
            line("vaccinations", report.vaccinations);
            let changes = report.changes;
            if changes.corrected + changes.withdrawn > 0 {
                println!("  corrected {}, withdrawn {}", changes.corrected, changes.withdrawn);
            }
            if !report.ignored.is_empty() {
                let kinds: Vec<String> = report.ignored.iter().map(|(k, n)| format!("{k} {n}")).collect();
                println!("  not kept: {}", kinds.join(", "));
            }
        }
        (None, Some(reason)) => println!("{}: refused, nothing imported: {reason}", outcome.file),
        (None, None) => {}
    }
}
