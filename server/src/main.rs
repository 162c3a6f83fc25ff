//! `carnet`: the patient portal's single binary (web server, migrations, demo data, invitations,
//! FHIR import, document verification, audit log verification).

mod commands;
mod services;
mod settings;
mod web;
mod workers;

use clap::{Parser, Subcommand};

use crate::settings::Settings;

/// Carnet, an open-source patient portal.
///
/// Every setting can be given as a flag or as the `CARNET_*` environment variable shown with it.
/// Run subcommands with the same settings as the server (for SQLite, the same data folder or
/// CARNET_DATABASE_URL) to act on its database; that is safe while the server runs.
#[derive(Parser, Debug)]
#[command(name = "carnet", version)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    settings: Settings,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Serve the portal (the default when no subcommand is given). Applies migrations first.
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Create the demo accounts (idempotent) and print a fresh enrolment link for each.
    Demo {
        /// Print a JSON array of {role, name, email, enrol_url} instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Create an account, e-mail its enrolment link, and print the link.
    Invite {
        /// patient, professional, staff or admin.
        #[arg(long)]
        role: String,
        /// The person's name as shown in the portal.
        #[arg(long)]
        name: String,
        /// The person's e-mail address (the enrolment link is sent there).
        #[arg(long)]
        email: String,
        /// For a patient: their INS (15 characters, key checked). A record already imported
        /// with this INS (and the same birth date) becomes theirs.
        #[arg(long)]
        health_id: Option<String>,
        /// For a patient: their birth date, YYYY-MM-DD.
        #[arg(long)]
        birth_date: Option<String>,
        /// For a professional: their RPPS number (11 digits), shown in the directory.
        #[arg(long)]
        rpps: Option<String>,
        /// For a professional: their specialty, one of general-practice, cardiology,
        /// dermatology, endocrinology, gynaecology, paediatrics, psychiatry, radiology,
        /// medical-biology, nursing, pharmacy, dentistry, physiotherapy, midwifery.
        #[arg(long, default_value = "general-practice")]
        specialty: String,
        /// For a professional: the city they practise in, shown in the directory.
        #[arg(long)]
        city: Option<String>,
    },
    /// Import FHIR R4 bundles (transaction or collection, e.g. Synthea's) into records. Each
    /// file is imported whole or not at all; importing a file again adds nothing.
    ImportFhir {
        /// Bundle files (JSON).
        #[arg(required = true)]
        files: Vec<std::path::PathBuf>,
        /// Print a JSON report instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// API tokens for organisations publishing through POST /fhir/r4.
    Token {
        #[command(subcommand)]
        action: TokenAction,
    },
    /// Practices: professionals who share the inbox of messages patients write to the practice.
    Practice {
        #[command(subcommand)]
        action: PracticeAction,
    },
    /// The audit log: check it end to end, or sign a checkpoint now.
    Audit {
        #[command(subcommand)]
        action: AuditAction,
    },
    /// Check that this Carnet sealed a document file and that it is unchanged (exit 1 if not).
    VerifyDocument {
        /// The file, as downloaded from Carnet.
        file: std::path::PathBuf,
    },
}

#[derive(Subcommand, Debug)]
enum AuditAction {
    /// Recompute the hash chain from the first row and check every signed checkpoint. Exits 0
    /// when the log is intact; otherwise prints the first bad position and exits 1.
    Verify {
        /// A checkpoint exported earlier (`checkpoint --export`) and kept outside the database:
        /// the log must still extend it. May be given several times.
        #[arg(long = "witness")]
        witnesses: Vec<std::path::PathBuf>,
        /// Also accept checkpoints signed by the sealing key before the first one the audit
        /// key signed (a log begun before CARNET_AUDIT_KEY existed). Use once after upgrading,
        /// then export a witness.
        #[arg(long)]
        seal_key_checkpoints: bool,
    },
    /// Sign a checkpoint of the log's current head now (a server does so every
    /// CARNET_AUDIT_CHECKPOINT_SECONDS).
    Checkpoint {
        /// Also write the latest checkpoint to this file, to keep outside the database.
        #[arg(long)]
        export: Option<std::path::PathBuf>,
    },
    /// List the publishers whose publications named no record (an unknown INS, or a birth date
    /// that does not match), most first: probing or a broken feed. A publisher with 20 in an
    /// hour is refused until the next.
    Identifications {
        /// How many days back to count.
        #[arg(long, default_value_t = 7)]
        days: i64,
    },
}

#[derive(Subcommand, Debug)]
enum PracticeAction {
    /// Create a practice (nothing changes if one has this name already).
    Create {
        /// The practice's name, as patients see it, e.g. "Cabinet médical des Lilas".
        name: String,
    },
    /// Make a professional a member: they read the messages written to the practice, for the
    /// records they may read.
    Add {
        name: String,
        /// The professional's e-mail address.
        email: String,
    },
    /// End a professional's membership.
    Remove {
        name: String,
        /// The professional's e-mail address.
        email: String,
    },
}

#[derive(Subcommand, Debug)]
enum TokenAction {
    /// Create a token (and the organisation if new); the token is printed once.
    Create {
        /// The organisation's name, e.g. "Laboratoire Biologie Paris Centre".
        #[arg(long)]
        organisation: String,
    },
    /// List tokens (never their secrets).
    List,
    /// Revoke a token by its id: the next request with it is refused.
    Revoke {
        /// The token's id, as printed by `create` or `list`.
        id: String,
    },
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    init_logging(&cli.settings.log);
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => commands::serve(&cli.settings).await,
        Command::Migrate => commands::migrate(&cli.settings).await,
        Command::Demo { json } => commands::demo(&cli.settings, json).await,
        Command::Invite { role, name, email, health_id, birth_date, rpps, specialty, city } => {
            let patient = commands::PatientIdentity { health_id, birth_date };
            let practice = commands::Practice { rpps, specialty, city };
            commands::invite(&cli.settings, &role, &name, &email, &patient, &practice).await
        }
        Command::ImportFhir { files, json } => commands::import_fhir(&cli.settings, &files, json).await,
        Command::Audit { action: AuditAction::Verify { witnesses, seal_key_checkpoints } } => {
            commands::audit::verify(&cli.settings, &witnesses, seal_key_checkpoints).await
        }
        Command::Audit { action: AuditAction::Checkpoint { export } } => {
            commands::audit::checkpoint(&cli.settings, export.as_deref()).await
        }
        Command::Audit { action: AuditAction::Identifications { days } } => {
            commands::audit::identifications(&cli.settings, days).await
        }
        Command::VerifyDocument { file } => commands::verify_document(&cli.settings, &file).await,
        Command::Token { action: TokenAction::Create { organisation } } => {
            commands::token::create(&cli.settings, &organisation).await
        }
        Command::Practice { action: PracticeAction::Create { name } } => {
            commands::practice::create(&cli.settings, &name).await
        }
        Command::Practice { action: PracticeAction::Add { name, email } } => {
            commands::practice::add(&cli.settings, &name, &email).await
        }
        Command::Practice { action: PracticeAction::Remove { name, email } } => {
            commands::practice::remove(&cli.settings, &name, &email).await
        }
        Command::Token { action: TokenAction::List } => commands::token::list(&cli.settings).await,
        Command::Token { action: TokenAction::Revoke { id } } => commands::token::revoke(&cli.settings, &id).await,
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("carnet: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn init_logging(filter: &str) {
    let filter = tracing_subscriber::EnvFilter::try_new(filter).unwrap_or_else(|_| "info".into());
    tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).init();
}
