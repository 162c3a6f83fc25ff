//! `carnet`: the patient portal's single binary (web server, migrations, demo data, invitations).

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
        Command::Invite { role, name, email } => commands::invite(&cli.settings, &role, &name, &email).await,
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
