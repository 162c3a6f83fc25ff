//! What the benchmark binaries share: running `wrk` against a page and reading its figures, the
//! machine's description for the report, and a signed-in session cookie to send with `wrk`.

use std::process::Command;

use reqwest::Response;

use crate::Backend;

/// The command line both benchmarks take: `[--postgres] [--seconds N] [--connections N]`, plus
/// whatever else a benchmark reads with [`Options::flag`].
pub struct Options {
    args: Vec<String>,
    pub seconds: String,
    pub connections: String,
    pub backend: Backend,
    /// "SQLite" or "PostgreSQL", for the report.
    pub backend_name: &'static str,
}

impl Options {
    pub async fn from_args() -> Options {
        let args: Vec<String> = std::env::args().collect();
        let backend = if args.iter().any(|a| a == "--postgres") {
            Backend::postgres().await.expect("PostgreSQL is unreachable")
        } else {
            Backend::Sqlite
        };
        let backend_name = match backend {
            Backend::Sqlite => "SQLite",
            Backend::Postgres(_) => "PostgreSQL",
        };
        let mut options = Options { args, seconds: String::new(), connections: String::new(), backend, backend_name };
        options.seconds = options.flag("--seconds").unwrap_or_else(|| "15".into());
        options.connections = options.flag("--connections").unwrap_or_else(|| "32".into());
        options
    }

    /// The value after `name`, if given.
    pub fn flag(&self, name: &str) -> Option<String> {
        self.args.iter().position(|a| a == name).and_then(|i| self.args.get(i + 1)).cloned()
    }

    /// Writes the report to `docs/benchmarks/<stem>-{sqlite,postgres}.md` and prints it.
    pub fn write_report(&self, stem: &str, report: &str) {
        println!("{report}");
        let suffix = if self.backend_name == "SQLite" { "sqlite" } else { "postgres" };
        let dir = crate::workspace_root().join("docs/benchmarks");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{stem}-{suffix}.md")), report).unwrap();
    }
}

/// One `wrk` run's figures.
pub struct Run {
    pub name: String,
    pub path: String,
    pub requests_per_second: f64,
    pub p50: String,
    pub p90: String,
    pub p99: String,
}

/// How `wrk` is run: threads, connections, seconds, and an optional Lua script (for POSTs).
pub struct Load<'a> {
    pub threads: &'a str,
    pub connections: &'a str,
    pub seconds: &'a str,
    pub script: Option<&'a std::path::Path>,
}

/// Runs `wrk` on `url` with `header` (a `Cookie: …` line) and returns its figures. Any non-2xx
/// or 3xx answer, or socket error, fails the benchmark: only answered requests are measured.
pub fn wrk(name: &str, url: &url::Url, header: Option<&str>, load: &Load<'_>) -> Run {
    let mut command = Command::new("wrk");
    command.args([
        "--threads",
        load.threads,
        "--connections",
        load.connections,
        "--duration",
        &format!("{}s", load.seconds),
        "--latency",
        // Slow answers are measured (p99), not dropped as errors at wrk's 2 s default.
        "--timeout",
        "30s",
    ]);
    if let Some(header) = header {
        command.args(["--header", header]);
    }
    if let Some(script) = load.script {
        command.arg("--script").arg(script);
    }
    command.arg(url.as_str());
    let output = command.output().expect("running wrk (apt-get install wrk)");
    let text = String::from_utf8_lossy(&output.stdout).to_string();
    assert!(!text.contains("Non-2xx") && !text.contains("Socket errors"), "{name}: errors during the run\n{text}");
    let shown = match url.query() {
        Some(query) => format!("{}?{query}", url.path()),
        None => url.path().to_string(),
    };
    parse(name, &shown, &text)
}

/// The figures of `wrk --latency` output.
pub fn parse(name: &str, path: &str, wrk: &str) -> Run {
    let field = |prefix: &str| {
        wrk.lines()
            .map(str::trim)
            .find(|l| l.starts_with(prefix))
            .and_then(|l| l.split_whitespace().nth(1))
            .unwrap_or("?")
            .to_string()
    };
    Run {
        name: name.to_string(),
        path: path.to_string(),
        requests_per_second: field("Requests/sec:").parse().unwrap_or(0.0),
        p50: field("50%"),
        p90: field("90%"),
        p99: field("99%"),
    }
}

/// "2 cores, <CPU model>" for the report.
pub fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_default();
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    format!("{cores} cores, {cpu}")
}

/// The `carnet_session=…` cookie a response set (the end of an enrolment).
pub fn session_cookie(response: &Response) -> String {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("carnet_session="))
        .and_then(|c| c.split(';').next())
        .expect("a session cookie")
        .to_string()
}

/// A Markdown table of runs.
pub fn table(runs: &[Run]) -> String {
    let mut out = String::from("| request | requests/s | p50 | p90 | p99 |\n|---|---|---|---|---|\n");
    for run in runs {
        out.push_str(&format!(
            "| {} (`{}`) | {:.0} | {} | {} | {} |\n",
            run.name, run.path, run.requests_per_second, run.p50, run.p90, run.p99
        ));
    }
    out
}
