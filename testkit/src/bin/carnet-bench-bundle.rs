//! Memory of a large bundle's import: writes two bundles of about 20 MB — many results (the
//! Synthea test bundles' entries, copied under new ids) and one large document — then runs
//! `carnet import-fhir` on each in a fresh SQLite database and reads the process's peak
//! resident memory from the kernel (`wait4`). A bundle of one patient gives the process's own
//! size, so that what the bundle costs can be read apart. Run it with
//! `cargo xtask bench --bundle`; the figures go to `docs/performance.md` by hand.
//!
//! Usage: carnet-bench-bundle --carnet PATH (and, for itself, `--generate DIR`)

use std::path::{Path, PathBuf};
use std::process::Command;

use carnet_testkit::workspace_root;
use serde_json::{json, Value};

/// The bundle size aimed at: the largest a publisher may send is 20 MB.
const TARGET_BYTES: usize = 19_500_000;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let carnet =
        args.iter().position(|a| a == "--carnet").and_then(|i| args.get(i + 1)).map(PathBuf::from).unwrap_or_default();
    if let Some(dir) = args.iter().position(|a| a == "--generate").and_then(|i| args.get(i + 1)) {
        let dir = Path::new(dir);
        write(dir, "patient.json", &bundle(vec![patient_entry()]));
        write(dir, "results.json", &results_bundle());
        write(dir, "document.json", &document_bundle());
        return;
    }
    assert!(!carnet.as_os_str().is_empty(), "usage: carnet-bench-bundle --carnet PATH");
    let dir = std::env::temp_dir().join(format!("carnet-bench-bundle-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // Written by another process: a child's peak memory counts from the fork, so the process
    // that starts `carnet` must stay small.
    let generated = Command::new(std::env::current_exe().unwrap()).arg("--generate").arg(&dir).status().unwrap();
    assert!(generated.success());
    let bundles = [
        ("one patient (the process alone)", dir.join("patient.json")),
        ("many results (Synthea entries)", dir.join("results.json")),
        ("one large document", dir.join("document.json")),
    ];
    println!("| bundle | size | peak resident memory | × size |");
    println!("|---|---|---|---|");
    let mut baseline = 0.0;
    for (name, file) in bundles {
        let size = std::fs::metadata(&file).unwrap().len() as f64 / 1e6;
        let peak = import_peak_mb(&carnet, &dir, &file);
        if baseline == 0.0 {
            baseline = peak;
            println!("| {name} | {size:.1} MB | {peak:.0} MB | — |");
        } else {
            let over = (peak - baseline) / size;
            println!(
                "| {name} | {size:.1} MB | {peak:.0} MB | {:.1}× ({over:.1}× over the process alone) |",
                peak / size
            );
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

fn write(dir: &Path, name: &str, bundle: &Value) {
    std::fs::write(dir.join(name), serde_json::to_vec(bundle).unwrap()).unwrap();
}

fn bundle(entries: Vec<Value>) -> Value {
    json!({ "resourceType": "Bundle", "type": "transaction", "entry": entries })
}

fn patient_entry() -> Value {
    json!({ "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient", "id": "p",
        "identifier": [{ "system": "urn:oid:1.2.250.1.213.1.4.8", "value": "185057512345673" }],
        "name": [{ "family": "Petit", "given": ["Marc"] }], "birthDate": "1985-05-01" } })
}

/// The Synthea test bundles' entries, copied under new ids and addresses until the bundle is
/// about [`TARGET_BYTES`]: thousands of small resources, the costliest shape to hold as a tree.
fn results_bundle() -> Value {
    let dir = workspace_root().join("testdata/fhir/synthea");
    let mut sources: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    sources.sort();
    let texts: Vec<String> = sources.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect();
    let (mut entries, mut size) = (Vec::new(), 0);
    for copy in 0.. {
        let text = &texts[copy % texts.len()];
        let renamed = text
            .replace("urn:uuid:", &format!("urn:uuid:c{copy}-"))
            .replace("\"id\": \"", &format!("\"id\": \"c{copy}-"));
        let copied: Value = serde_json::from_str(&renamed).unwrap();
        size += serde_json::to_vec(&copied["entry"]).unwrap().len();
        entries.extend(copied["entry"].as_array().unwrap().iter().cloned());
        if size >= TARGET_BYTES {
            break;
        }
    }
    bundle(entries)
}

/// A patient and one report whose file makes the bundle about [`TARGET_BYTES`] (base64 is 4/3
/// of the file).
fn document_bundle() -> Value {
    use base64::Engine;
    let mut file = b"%PDF-1.4\n%".to_vec();
    // Bytes that do not compress, as a scanned report's would not.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    while file.len() < TARGET_BYTES * 3 / 4 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        file.extend_from_slice(&state.to_le_bytes());
    }
    file.extend_from_slice(b"\n%%EOF\n");
    let data = base64::engine::general_purpose::STANDARD.encode(&file);
    bundle(vec![
        patient_entry(),
        json!({ "fullUrl": "urn:uuid:d", "resource": { "resourceType": "DocumentReference", "id": "d",
            "status": "current",
            "type": { "coding": [{ "system": "http://loinc.org", "code": "11502-2", "display": "Compte rendu" }] },
            "subject": { "reference": "urn:uuid:p" }, "date": "2026-11-30T08:00:00+01:00",
            "content": [{ "attachment": { "contentType": "application/pdf", "title": "cr.pdf", "data": data } }] } }),
    ])
}

/// Runs `carnet import-fhir file` on a fresh database in `dir`; the process's peak resident
/// memory in MB, as the kernel counted it.
fn import_peak_mb(carnet: &Path, dir: &Path, file: &Path) -> f64 {
    let data = dir.join(format!("data-{}", file.file_stem().unwrap().to_string_lossy()));
    std::fs::create_dir_all(&data).unwrap();
    // Waited with `wait4` (for its resource usage), not `Child::wait`.
    #[allow(clippy::zombie_processes)]
    let run = |args: &[&std::ffi::OsStr]| {
        let child = Command::new(carnet)
            .args(args)
            .env("CARNET_DATA_DIR", &data)
            .env("CARNET_LOG", "warn")
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let mut status = 0;
        // SAFETY: `rusage` is plain data the kernel fills; the pid is our own child's, waited once.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        let waited = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
        assert!(waited > 0 && libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0, "carnet {args:?} failed");
        usage.ru_maxrss as f64 / 1024.0
    };
    run(&["migrate".as_ref()]);
    run(&["import-fhir".as_ref(), file.as_os_str()])
}
