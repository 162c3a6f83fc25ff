//! The README's commands (`demo`, `test`), the browser-test runner (`e2e`) and the fuzzing
//! run (`fuzz`).

use std::path::PathBuf;
use std::process::Command;

use anyhow::{bail, Context};

use crate::site;
use crate::workspace::{cargo, cargo_target_dir, run, workspace_root};

fn carnet_binary() -> PathBuf {
    cargo_target_dir().join("debug/carnet")
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

/// `cargo xtask test`: unit and integration tests on SQLite and PostgreSQL, the browser tests,
/// then the page-weight and Lighthouse budgets (checked, `docs/budgets.md` left as it is). In CI
/// (`CI` set) an unreachable PostgreSQL fails the run instead of being skipped.
pub fn test(cargo_test_args: &[String]) -> anyhow::Result<()> {
    site::build()?;
    let mut command = cargo();
    command.current_dir(workspace_root()).args(["test", "--workspace"]).args(cargo_test_args);
    ensure_python_package("aiosmtpd", "aiosmtpd==1.4.6")?;
    if let Some(python) = fhir_validator() {
        command.env("CARNET_FHIR_VALIDATOR", python);
    }
    if std::env::var_os("CI").is_some() {
        command
            .env("CARNET_TEST_REQUIRE_POSTGRES", "1")
            .env("CARNET_TEST_REQUIRE_SMTP", "1")
            .env("CARNET_TEST_REQUIRE_FHIR_VALIDATOR", "1");
    }
    // Tests that could not run (PostgreSQL unreachable outside CI) note themselves here.
    let skipped_log = cargo_target_dir().join("tests-skipped.log");
    let _ = std::fs::remove_file(&skipped_log);
    command.env("CARNET_TEST_SKIPPED_LOG", &skipped_log);
    let rust = run_counting(&mut command, rust_counts)?;
    let skipped = std::fs::read_to_string(&skipped_log).map(|log| log.lines().count()).unwrap_or(0);
    let browser = e2e_counting(&[])?;
    budgets(&["--check".to_string()])?;
    let fuzzed = fuzz(&[])?;
    // One closing line for people and CI alike (the budgets count as one test, each fuzz
    // target as one).
    let passed = rust.0 + browser.0 + 1 + fuzzed;
    println!("{}", summary_line((passed, rust.1 + browser.1), skipped as u64, &skipped_log));
    Ok(())
}

/// The fuzz targets (`fuzz/`): what reads untrusted bytes.
pub const FUZZ_TARGETS: [&str; 4] = ["fhir_bundle", "uploaded_file", "multipart_form", "form_inputs"];

/// `cargo xtask fuzz [SECONDS]`: runs each fuzz target (`cargo fuzz`, libFuzzer, with the
/// address sanitizer) for SECONDS (default 60, or `CARNET_FUZZ_SECONDS`), starting from its
/// corpus in `fuzz/corpus/<target>` — which holds the inputs that once found a bug, so each
/// run replays them first. New inputs go to `target/fuzz-corpus/`, not into the repository.
/// A crash fails the run and is kept in `fuzz/artifacts/<target>/`: fix it, then copy it into
/// the target's corpus as a regression input. Installs cargo-fuzz when missing. Returns how
/// many targets ran clean.
pub fn fuzz(args: &[String]) -> anyhow::Result<u64> {
    let seconds: u64 = match args.first() {
        Some(given) => given.parse().context("cargo xtask fuzz [SECONDS]")?,
        None => std::env::var("CARNET_FUZZ_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(60),
    };
    let installed = cargo().args(["fuzz", "--version"]).stdout(std::process::Stdio::null()).status();
    if !installed.is_ok_and(|s| s.success()) {
        run(cargo().args(["install", "cargo-fuzz", "--version", "0.13.2", "--locked"]))?;
    }
    let fuzz_dir = workspace_root().join("fuzz");
    // libFuzzer needs the sanitizer and coverage flags of a nightly compiler; these machines
    // have stable Rust only, which accepts them with RUSTC_BOOTSTRAP.
    let fuzz_cargo = || {
        let mut command = cargo();
        command.current_dir(&fuzz_dir).env("RUSTC_BOOTSTRAP", "1");
        command
    };
    run(fuzz_cargo().args(["fuzz", "build", "-O"]))?;
    for target in FUZZ_TARGETS {
        let scratch = cargo_target_dir().join("fuzz-corpus").join(target);
        std::fs::create_dir_all(&scratch)?;
        let corpus = fuzz_dir.join("corpus").join(target);
        println!("fuzzing {target} for {seconds} s");
        run(fuzz_cargo().args(["fuzz", "run", "-O", target]).arg(&scratch).arg(&corpus).args([
            "--",
            &format!("-max_total_time={seconds}"),
            "-timeout=10",
            "-rss_limit_mb=2048",
            "-print_final_stats=1",
            "-print_funcs=0",
        ]))
        .with_context(|| format!("fuzz target {target} found a problem: see fuzz/artifacts/{target}/"))?;
    }
    Ok(FUZZ_TARGETS.len() as u64)
}

/// The closing line. A test that returned early because PostgreSQL was unreachable was counted
/// as passed by its runner: it is counted as skipped here, and said so.
fn summary_line((passed, failed): (u64, u64), skipped: u64, log: &std::path::Path) -> String {
    let passed = passed.saturating_sub(skipped);
    if skipped == 0 {
        return format!("tests: {passed} passed, {failed} failed");
    }
    format!(
        "tests: {passed} passed, {failed} failed, {skipped} SKIPPED (PostgreSQL unreachable: set \
         CARNET_TEST_POSTGRES_URL; listed in {})",
        log.display()
    )
}

/// Runs a command, echoing its output, and sums (passed, failed) from its lines.
fn run_counting(command: &mut Command, count: fn(&str) -> Option<(u64, u64)>) -> anyhow::Result<(u64, u64)> {
    use std::io::{BufRead, BufReader};
    let mut child =
        command.stdout(std::process::Stdio::piped()).spawn().with_context(|| format!("starting {command:?}"))?;
    let mut totals = (0, 0);
    for line in BufReader::new(child.stdout.take().expect("piped")).lines() {
        let line = line?;
        println!("{line}");
        if let Some((passed, failed)) = count(&line) {
            totals = (totals.0 + passed, totals.1 + failed);
        }
    }
    let status = child.wait()?;
    if !status.success() {
        bail!("{command:?} failed ({status})");
    }
    Ok(totals)
}

/// `test result: ok. 14 passed; 0 failed; …` (cargo test).
fn rust_counts(line: &str) -> Option<(u64, u64)> {
    let rest = line.strip_prefix("test result: ")?;
    let number = |word: &str| {
        rest.split(';').find_map(|part| {
            part.trim()
                .trim_start_matches("ok. ")
                .trim_start_matches("FAILED. ")
                .strip_suffix(word)?
                .trim()
                .parse()
                .ok()
        })
    };
    Some((number(" passed")?, number(" failed")?))
}

/// `  3 passed (5.9s)` / `  1 failed` (Playwright's list reporter).
fn playwright_counts(line: &str) -> Option<(u64, u64)> {
    let mut words = line.split_whitespace();
    let n: u64 = words.next()?.parse().ok()?;
    match words.next()? {
        "passed" => Some((n, 0)),
        "failed" => Some((0, n)),
        _ => None,
    }
}

/// `cargo xtask e2e [PLAYWRIGHT ARGS]`: Playwright with Debian's Chromium against a fresh
/// server; arguments (spec files, `--grep`) are handed to Playwright.
pub fn e2e(playwright_args: &[String]) -> anyhow::Result<()> {
    e2e_counting(playwright_args).map(|_| ())
}

fn e2e_counting(playwright_args: &[String]) -> anyhow::Result<(u64, u64)> {
    site::build()?;
    build_server()?;
    ensure_chromium()?;
    ensure_fonts()?;
    let dir = workspace_root().join("end2end");
    let data = workspace_root().join("target/e2e-data");
    let _ = std::fs::remove_dir_all(&data);
    install_playwright(&dir)?;
    run_counting(
        Command::new("npx")
            .current_dir(&dir)
            .args(["playwright", "test"])
            .args(playwright_args)
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
            .env("CARNET_BIN", carnet_binary()),
        playwright_counts,
    )
}

/// `cargo xtask screenshots`: every page of every role, at a phone size and a desktop size, in
/// French and Arabic, drawn by Playwright from a fresh server with the demo data into
/// `target/screenshots/` (open `target/screenshots/index.html`). For people to look at.
pub fn screenshots() -> anyhow::Result<()> {
    site::build()?;
    build_server()?;
    ensure_chromium()?;
    ensure_fonts()?;
    let dir = workspace_root().join("end2end");
    install_playwright(&dir)?;
    let out = workspace_root().join("target/screenshots");
    let _ = std::fs::remove_dir_all(&out);
    run(Command::new("npx")
        .current_dir(&dir)
        .args(["playwright", "test", "--config", "screenshots.config.ts"])
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
        .env("CARNET_BIN", carnet_binary())
        .env("CARNET_E2E_PORT", std::env::var("CARNET_E2E_PORT").unwrap_or_else(|_| "3190".into()))
        .env("CARNET_E2E_DATA_DIR", "../target/screenshots-data"))?;
    println!("screenshots: {}", out.join("index.html").display());
    Ok(())
}

/// The release `carnet` the benchmarks measure (`target/release/carnet`).
fn build_release_server() -> anyhow::Result<()> {
    run(cargo().current_dir(workspace_root()).args([
        "build",
        "--release",
        "--package",
        "carnet-server",
        "--bin",
        "carnet",
    ]))
}

/// `cargo xtask bench [--appointments] [--postgres] [--seconds N] [--connections N]`: a release
/// build measured with `wrk` (the record's pages, or with `--appointments` search, booking and
/// the agenda); the figures go to `docs/benchmarks/`. `cargo xtask bench --bundle`: the peak
/// memory of importing 20 MB bundles (`testkit/src/bin/carnet-bench-bundle.rs`).
pub fn bench(args: &[String]) -> anyhow::Result<()> {
    if args.iter().any(|a| a == "--bundle") {
        build_release_server()?;
        let carnet = cargo_target_dir().join("release/carnet");
        return run(cargo()
            .current_dir(workspace_root())
            .args(["run", "--release", "--package", "carnet-testkit", "--bin", "carnet-bench-bundle", "--", "--carnet"])
            .arg(carnet));
    }
    site::build()?;
    build_release_server()?;
    ensure_debian_package("wrk", "/usr/bin/wrk")?;
    let bin = if args.iter().any(|a| a == "--appointments") {
        "carnet-bench-appointments"
    } else if args.iter().any(|a| a == "--messages") {
        "carnet-bench-messages"
    } else {
        "carnet-bench"
    };
    run(cargo()
        .current_dir(workspace_root())
        .args(["run", "--release", "--package", "carnet-testkit", "--bin", bin, "--"])
        .args(args.iter().filter(|a| *a != "--appointments" && *a != "--messages")))
}

/// Lighthouse, pinned, from the npm registry (it drives the system Chromium). 12.8 is the last
/// line that runs on Debian's Node.js 20 (13 asks for Node 22).
const LIGHTHOUSE: &str = "lighthouse@12.8.2";

/// `cargo xtask budgets [--check]`: the debug server with the demo data, page weights and
/// Lighthouse scores measured against their budgets (`testkit/src/bin/carnet-budgets.rs`), written
/// to `docs/budgets.md` unless `--check`. Fails when a budget is missed.
pub fn budgets(args: &[String]) -> anyhow::Result<()> {
    site::build()?;
    build_server()?;
    ensure_chromium()?;
    let lighthouse = site::npm_tool(LIGHTHOUSE, "node_modules/lighthouse/cli/index.js")?;
    run(cargo()
        .current_dir(workspace_root())
        .args(["run", "--package", "carnet-testkit", "--bin", "carnet-budgets", "--"])
        .arg("--carnet")
        .arg(carnet_binary())
        .arg("--lighthouse")
        .arg(lighthouse)
        .args(args))
}

/// The independent FHIR R4 validator the export is checked with: `fhir.resources` 6.5 (the
/// last release on R4 4.0.1; it needs pydantic 1), in a virtual environment of its own under the
/// target folder so that its pinned pydantic meets no other package. Returns its Python, or
/// `None` (said, and the tests that need it skipped, or failed in CI) when it cannot be made.
fn fhir_validator() -> Option<std::path::PathBuf> {
    const REQUIREMENTS: [&str; 2] = ["fhir.resources==6.5.0", "pydantic==1.10.27"];
    let venv = cargo_target_dir().join("fhir-validator");
    let python = venv.join("bin/python");
    let ready = |python: &std::path::Path| {
        Command::new(python).args(["-c", "import fhir.resources.bundle"]).status().is_ok_and(|s| s.success())
    };
    if ready(&python) {
        return Some(python);
    }
    println!("installing the FHIR validator ({}) with pip…", REQUIREMENTS.join(", "));
    let make_venv = || Command::new("python3").arg("-m").arg("venv").arg(&venv).status().is_ok_and(|s| s.success());
    // Debian splits `venv`'s pip bootstrap into python3-venv.
    let venv_made =
        make_venv() || (ensure_debian_package("python3-venv", "/usr/share/doc/python3-venv").is_ok() && make_venv());
    let made = venv_made
        && Command::new(&python)
            .args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check"])
            .args(REQUIREMENTS)
            .status()
            .is_ok_and(|s| s.success());
    if made && ready(&python) {
        Some(python)
    } else {
        println!("could not install the FHIR validator: the tests that need it will be skipped");
        None
    }
}

/// A Python package the integration tests run (the SMTP server they deliver to), installed
/// with pip when `python3` cannot import it; without Python or pip, says so and goes on (those
/// tests are then skipped and counted, or fail in CI).
fn ensure_python_package(module: &str, requirement: &str) -> anyhow::Result<()> {
    let importable = |python: &str| {
        Command::new(python).args(["-c", &format!("import {module}")]).status().is_ok_and(|s| s.success())
    };
    if importable("python3") {
        return Ok(());
    }
    println!("installing {requirement} with pip…");
    let installed = Command::new("python3")
        .args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check", requirement])
        .status()
        .is_ok_and(|s| s.success());
    if !installed || !importable("python3") {
        println!("could not install {requirement}: the tests that need it will be skipped");
    }
    Ok(())
}

/// Playwright and axe-core from the lock file in `dir` (`end2end/`), without a browser download.
fn install_playwright(dir: &std::path::Path) -> anyhow::Result<()> {
    let install = if dir.join("package-lock.json").exists() { "ci" } else { "install" };
    if !dir.join("node_modules/@playwright/test").exists() {
        run(Command::new("npm")
            .current_dir(dir)
            .args([install, "--no-audit", "--no-fund"])
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))?;
    }
    Ok(())
}

/// The fonts pages are measured and drawn with, the same on every machine: Noto Sans (Latin)
/// and Noto Sans Arabic, from Debian's `fonts-noto-core`. Without them Chromium falls back to
/// whatever the machine has (DejaVu, or nothing for Arabic), and widths — so line breaks, the
/// layout checks and the screenshots — would differ from one machine to the next.
fn ensure_fonts() -> anyhow::Result<()> {
    ensure_debian_package("fonts-noto-core", "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf")
}

/// Playwright cannot download its own browser here; Debian's Chromium is used instead.
fn ensure_chromium() -> anyhow::Result<()> {
    ensure_debian_package("chromium", "/usr/bin/chromium")
}

/// Installs a Debian package when `path` is missing (as root); otherwise says what to install.
fn ensure_debian_package(package: &str, path: &str) -> anyhow::Result<()> {
    if PathBuf::from(path).exists() {
        return Ok(());
    }
    let root = Command::new("id").arg("-u").output().map(|o| o.stdout == b"0\n").unwrap_or(false);
    if !root {
        bail!("{path} is missing: sudo apt-get install {package}");
    }
    println!("installing Debian's {package}…");
    run(Command::new("apt-get").args(["update", "-qq"]))?;
    run(Command::new("apt-get").args(["install", "-y", "-qq", package]).env("DEBIAN_FRONTEND", "noninteractive"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_read_from_runner_output() {
        assert_eq!(rust_counts("test result: ok. 14 passed; 0 failed; 0 ignored; 0 measured"), Some((14, 0)));
        assert_eq!(rust_counts("test result: FAILED. 27 passed; 5 failed; 0 ignored"), Some((27, 5)));
        assert_eq!(rust_counts("running 3 tests"), None);
        assert_eq!(playwright_counts("  3 passed (5.9s)"), Some((3, 0)));
        assert_eq!(playwright_counts("  1 failed"), Some((0, 1)));
        assert_eq!(playwright_counts("Running 3 tests using 1 worker"), None);
    }

    #[test]
    fn skipped_tests_are_not_counted_as_passed() {
        let log = std::path::Path::new("target/tests-skipped.log");
        assert_eq!(summary_line((300, 0), 0, log), "tests: 300 passed, 0 failed");
        let line = summary_line((300, 1), 59, log);
        assert!(line.starts_with("tests: 241 passed, 1 failed, 59 SKIPPED (PostgreSQL unreachable"), "{line}");
    }
}
