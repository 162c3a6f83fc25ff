//! Builds `target/site` the way cargo-leptos does: the `carnet-app` crate compiled to WASM with
//! the `hydrate` feature (profile `wasm-release`), JS glue from wasm-bindgen (used as a library,
//! at the exact version of the `wasm-bindgen` crate in Cargo.lock), `wasm-opt` from binaryen
//! (npm package, pinned), the stylesheet (minified by Lightning CSS, npm, pinned) and the public assets, plus `.gz` and `.br` copies served precompressed
//! (brotli takes the WASM about a sixth below gzip: what a first visit downloads, docs/budgets.md).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};

use crate::workspace::{cargo, cargo_target_dir, run, workspace_root};

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
    optimise(&pkg.join("carnet.wasm"))?;
    minify(&pkg.join("carnet.js"))?;

    fs::copy(root.join("style/main.css"), pkg.join("carnet.css"))?;
    minify_css(&pkg.join("carnet.css"))?;
    copy_dir(&root.join("public"), &site)?;
    for name in ["carnet.js", "carnet.wasm", "carnet.css"] {
        gzip(&pkg.join(name))?;
        brotli(&pkg.join(name))?;
    }
    let size = |n: &str| fs::metadata(pkg.join(n)).map(|m| m.len()).unwrap_or(0);
    let sizes: Vec<String> = ["carnet.wasm", "carnet.js", "carnet.css"]
        .iter()
        .map(|n| {
            format!("{n} {} B ({} B gzip, {} B brotli)", size(n), size(&format!("{n}.gz")), size(&format!("{n}.br")))
        })
        .collect();
    println!("site built in {}: {}", site.display(), sizes.join(", "));
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
const BINARYEN_BIN: &str = "node_modules/binaryen/bin/wasm-opt";

/// Where a pinned npm package lives: `target/tools/<name>-<version>` (a folder each: npm would
/// prune one tool while installing another; a new pin installs afresh beside the old one).
fn tool_dir(package: &str) -> PathBuf {
    workspace_root().join("target/tools").join(package.replace('@', "-"))
}

/// A pinned npm package installed under [`tool_dir`] on first use; returns `bin` inside it.
pub fn npm_tool(package: &str, bin: &str) -> anyhow::Result<PathBuf> {
    let tools = tool_dir(package);
    let path = tools.join(bin);
    if !path.exists() {
        fs::create_dir_all(&tools)?;
        run(std::process::Command::new("npm")
            .current_dir(&tools)
            .args(["install", "--no-audit", "--no-fund", "--no-save", "--prefix"])
            .arg(&tools)
            .arg(package))?;
    }
    Ok(path)
}

/// A pinned npm tool if it can be had: already installed, or npm is here to install it.
/// Without either, says what is skipped (`skipped`) and returns `None`.
fn optional_npm_tool(package: &str, bin: &str, skipped: &str) -> anyhow::Result<Option<PathBuf>> {
    let npm = std::process::Command::new("npm").arg("--version").output().is_ok_and(|o| o.status.success());
    if !npm && !tool_dir(package).join(bin).exists() {
        println!("npm not found: {skipped} (install Node.js to get {package})");
        return Ok(None);
    }
    npm_tool(package, bin).map(Some)
}

/// Shrinks the module with `wasm-opt -Oz` (features as the module declares them), binaryen
/// pinned and installed by npm on first use; without npm, leaves the module as it is.
fn optimise(wasm: &Path) -> anyhow::Result<()> {
    let Some(wasm_opt) = optional_npm_tool(BINARYEN, BINARYEN_BIN, "the WASM is not optimised")? else {
        return Ok(());
    };
    // Names and producer sections are for debuggers; browsers never read them.
    let status = std::process::Command::new(&wasm_opt)
        .args(["-Oz", "--strip-debug", "--strip-producers"])
        .arg(wasm)
        .arg("-o")
        .arg(wasm)
        .status()?;
    if !status.success() {
        bail!("wasm-opt failed ({status})");
    }
    Ok(())
}

/// terser, pinned, from the npm registry: the wasm-bindgen glue without its comments and long
/// local names (a few KB less on every page with a passkey ceremony).
const TERSER: &str = "terser@5.51.2";
const TERSER_BIN: &str = "node_modules/terser/bin/terser";

const LIGHTNINGCSS: &str = "lightningcss-cli@1.33.0";
const LIGHTNINGCSS_BIN: &str = "node_modules/lightningcss-cli/lightningcss";

/// Minifies the stylesheet in place with Lightning CSS (what cargo-leptos runs): comments and
/// spaces go, nothing is rewritten for older browsers (no targets). Without npm, leaves it.
fn minify_css(css: &Path) -> anyhow::Result<()> {
    let Some(lightningcss) = optional_npm_tool(LIGHTNINGCSS, LIGHTNINGCSS_BIN, "the CSS is not minified")? else {
        return Ok(());
    };
    run(std::process::Command::new(lightningcss).arg("--minify").arg(css).arg("-o").arg(css))
}

/// Minifies the JS glue in place as an ES module (exports and the WASM's import names are kept:
/// only local names are shortened). Without npm, leaves it as it is.
fn minify(js: &Path) -> anyhow::Result<()> {
    let Some(terser) = optional_npm_tool(TERSER, TERSER_BIN, "the JS glue is not minified")? else {
        return Ok(());
    };
    run(std::process::Command::new("node")
        .arg(terser)
        .arg(js)
        .args(["--module", "--compress", "--mangle", "--output"])
        .arg(js))
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

fn brotli(path: &Path) -> anyhow::Result<()> {
    let bytes = fs::read(path)?;
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut bytes.as_slice(), &mut out, &params)?;
    let mut name = path.as_os_str().to_owned();
    name.push(".br");
    fs::write(PathBuf::from(name), out)?;
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
