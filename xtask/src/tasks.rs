//! The README's commands (`demo`, `test`) and the browser-test runner (`e2e`).

use std::path::PathBuf;
use std::process::Command;

use anyhow::{bail, Context};

use crate::site;

pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_path_buf()
}

/// The cargo that runs us (so the same toolchain builds everything).
pub fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

pub fn run(command: &mut Command) -> anyhow::Result<()> {
    let status = command.status().with_context(|| format!("starting {command:?}"))?;
    if !status.success() {
        bail!("{command:?} failed ({status})");
    }
    Ok(())
}

fn carnet_binary() -> PathBuf {
    workspace_root().join("target/debug/carnet")
}

fn build_server() -> anyhow::Result<()> {
    run(cargo().current_dir(workspace_root()).args(["build", "--package", "carnet-server", "--bin", "carnet"]))
}

/// `cargo xtask demo`: the portal with demo accounts on the embedded defaults (SQLite in `data/`).
pub fn demo() -> anyhow::Result<()> {
    site::build()?;
    build_server()?;
    let root = workspace_root();
    run(Command::new(carnet_binary()).current_dir(&root).arg("demo"))?;
    println!("Mail (enrolment, security notices) is written to data/mail/*.eml.");
    run(Command::new(carnet_binary()).current_dir(&root).arg("serve"))
}

/// `cargo xtask test`: unit and integration tests on SQLite and PostgreSQL, then the browser
/// tests. In CI (`CI` set) an unreachable PostgreSQL fails the run instead of being skipped.
pub fn test(cargo_test_args: &[String]) -> anyhow::Result<()> {
    site::build()?;
    let mut command = cargo();
    command.current_dir(workspace_root()).args(["test", "--workspace"]).args(cargo_test_args);
    if std::env::var_os("CI").is_some() {
        command.env("CARNET_TEST_REQUIRE_POSTGRES", "1");
    }
    run(&mut command)?;
    e2e()
}

/// `cargo xtask e2e`: Playwright with Debian's Chromium against a fresh server.
pub fn e2e() -> anyhow::Result<()> {
    site::build()?;
    build_server()?;
    ensure_chromium()?;
    let dir = workspace_root().join("end2end");
    let data = workspace_root().join("target/e2e-data");
    let _ = std::fs::remove_dir_all(&data);
    let install = if dir.join("package-lock.json").exists() { "ci" } else { "install" };
    if !dir.join("node_modules/@playwright/test").exists() {
        run(Command::new("npm")
            .current_dir(&dir)
            .args([install, "--no-audit", "--no-fund"])
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))?;
    }
    run(Command::new("npx").current_dir(&dir).args(["playwright", "test"]).env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))
}

/// Playwright cannot download its own browser here; Debian's Chromium is used instead.
fn ensure_chromium() -> anyhow::Result<()> {
    if PathBuf::from("/usr/bin/chromium").exists() {
        return Ok(());
    }
    let root = Command::new("id").arg("-u").output().map(|o| o.stdout == b"0\n").unwrap_or(false);
    if !root {
        bail!("the browser tests need Chromium at /usr/bin/chromium: sudo apt-get install chromium");
    }
    println!("installing Debian's chromium for the browser tests…");
    run(Command::new("apt-get").args(["update", "-qq"]))?;
    run(Command::new("apt-get").args(["install", "-y", "-qq", "chromium"]).env("DEBIAN_FRONTEND", "noninteractive"))
}
