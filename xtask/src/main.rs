//! Project tasks, in Rust so that a fresh machine needs nothing but cargo:
//!
//! - `cargo xtask demo`: build everything, create the demo accounts, serve on localhost:3000.
//! - `cargo xtask test`: every test — unit, integration (SQLite and PostgreSQL), browser.
//! - `cargo xtask screenshots`: every page of every role at 360×740 and 1280×800, in French and
//!   Arabic, into `target/screenshots/` with an index page.
//! - `cargo xtask bench`: request rates and latencies with `wrk`, written to `docs/benchmarks/`.
//! - `cargo xtask budgets`: page weights and Lighthouse scores against their budgets, written to
//!   `docs/budgets.md` (`--check`: only check, as CI does).
//! - `cargo xtask site`: build the site assets (WASM islands, JS glue, CSS) into `target/site`,
//!   as `cargo leptos build` would, without needing cargo-leptos or a wasm-bindgen binary.
//!
//! Details and measured timings: `docs/development.md`.

mod site;
mod tasks;
mod workspace;

use anyhow::bail;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = &args.get(1..).unwrap_or_default();
    match args.first().map(String::as_str) {
        Some("site") => site::build(),
        Some("demo") => tasks::demo(),
        Some("test") => tasks::test(rest),
        Some("e2e") => tasks::e2e(rest),
        Some("bench") => tasks::bench(rest),
        Some("budgets") => tasks::budgets(rest),
        Some("screenshots") => tasks::screenshots(),
        Some("fuzz") => tasks::fuzz(rest).map(|_| ()),
        _ => bail!(
            "usage: cargo xtask <demo|test|site|e2e|screenshots|bench|budgets|fuzz>\n\
             \n  demo   build, create demo accounts, serve http://localhost:3000\
             \n  test   run every test (unit, integration on SQLite and PostgreSQL, browser)\
             \n  site   build target/site (WASM islands, JS, CSS)\
             \n  e2e    run only the browser tests (builds what they need); arguments go to Playwright\
             \n  screenshots  every page of every role, phone and desktop, French and Arabic, into target/screenshots/\
             \n  bench  HTTP load benchmark (release build, wrk) into docs/benchmarks/ (--appointments, --messages, --bundle)\
             \n  budgets  page weights and Lighthouse scores into docs/budgets.md (--check: only check)\
             \n  fuzz   each fuzz target for a minute (or SECONDS), from its corpus in fuzz/corpus/"
        ),
    }
}
