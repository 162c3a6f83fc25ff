//! Builds `target/site` the way cargo-leptos does: the `carnet-app` crate compiled to WASM with
//! the `hydrate` feature (profile `wasm-release`), JS glue from wasm-bindgen (used as a library,
//! at the exact version of the `wasm-bindgen` crate in Cargo.lock), `wasm-opt` from binaryen
//! (npm package, pinned), the stylesheet and the public assets, plus `.gz` copies served precompressed.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};

use crate::tasks::{cargo, cargo_target_dir, run, workspace_root};

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

pub fn build() -> anyhow::Result<()> {
    let root = workspace_root();
    ensure_wasm_target()?;
    run(cargo()
        .current_dir(&root)
        .args(["build", "--package", "carnet-app", "--lib", "--target", WASM_TARGET])
        .args(["--no-default-features", "--features", "hydrate", "--profile", "wasm-release"]))?;
    let wasm = cargo_target_dir().join(WASM_TARGET).join("wasm-release").join("carnet_app.wasm");
    let site = root.join("target").join("site");
    let pkg = site.join("pkg");
    fs::create_dir_all(&pkg)?;

    let mut bindgen = wasm_bindgen_cli_support::Bindgen::new();
    bindgen.input_path(&wasm).out_name("carnet").typescript(false);
    bindgen.web(true)?;
    bindgen.generate(&pkg).context("wasm-bindgen")?;
    // cargo-leptos names the module `<output-name>.wasm`; so do we (see .cargo/config.toml).
    fs::rename(pkg.join("carnet_bg.wasm"), pkg.join("carnet.wasm"))?;
    optimise(&root, &pkg.join("carnet.wasm"))?;

    fs::copy(root.join("style/main.css"), pkg.join("carnet.css"))?;
    copy_dir(&root.join("public"), &site)?;
    for name in ["carnet.js", "carnet.wasm", "carnet.css"] {
        gzip(&pkg.join(name))?;
    }
    let size = |n: &str| fs::metadata(pkg.join(n)).map(|m| m.len()).unwrap_or(0);
    println!(
        "site built in {}: carnet.wasm {} B ({} B gzip), carnet.js {} B ({} B gzip), carnet.css {} B ({} B gzip)",
        site.display(),
        size("carnet.wasm"),
        size("carnet.wasm.gz"),
        size("carnet.js"),
        size("carnet.js.gz"),
        size("carnet.css"),
        size("carnet.css.gz"),
    );
    Ok(())
}

/// Installs the WASM target through rustup when it is missing.
fn ensure_wasm_target() -> anyhow::Result<()> {
    let sysroot = std::process::Command::new("rustc").args(["--print", "sysroot"]).output()?;
    let sysroot = PathBuf::from(String::from_utf8(sysroot.stdout)?.trim());
    if sysroot.join("lib/rustlib").join(WASM_TARGET).exists() {
        return Ok(());
    }
    println!("installing the {WASM_TARGET} target with rustup…");
    run(std::process::Command::new("rustup").args(["target", "add", WASM_TARGET]))
}

/// binaryen's optimiser, from the npm registry. Debian's binaryen (108) was measured to produce
/// modules Chromium rejects for this toolchain's output; 132 does not (docs/performance.md).
const BINARYEN: &str = "binaryen@132.0.0";

/// Shrinks the module with `wasm-opt -Oz` (features as the module declares them). Installs the
/// pinned binaryen under `target/tools` with npm on first use; without npm, leaves the module as
/// it is and says so.
fn optimise(root: &Path, wasm: &Path) -> anyhow::Result<()> {
    let tools = root.join("target/tools");
    let wasm_opt = tools.join("node_modules/binaryen/bin/wasm-opt");
    if !wasm_opt.exists() {
        let npm = std::process::Command::new("npm").arg("--version").output().is_ok_and(|o| o.status.success());
        if !npm {
            println!("npm not found: the WASM is not optimised (install Node.js to get wasm-opt)");
            return Ok(());
        }
        fs::create_dir_all(&tools)?;
        run(std::process::Command::new("npm")
            .current_dir(&tools)
            .args(["install", "--no-audit", "--no-fund", "--no-save", "--prefix"])
            .arg(&tools)
            .arg(BINARYEN))?;
    }
    let status = std::process::Command::new(&wasm_opt).arg("-Oz").arg(wasm).arg("-o").arg(wasm).status()?;
    if !status.success() {
        bail!("wasm-opt failed ({status})");
    }
    Ok(())
}

fn gzip(path: &Path) -> anyhow::Result<()> {
    let bytes = fs::read(path)?;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(&bytes)?;
    let mut name = path.as_os_str().to_owned();
    name.push(".gz");
    fs::write(PathBuf::from(name), encoder.finish()?)?;
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> anyhow::Result<()> {
    if !from.exists() {
        return Ok(());
    }
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            fs::create_dir_all(&target)?;
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}
