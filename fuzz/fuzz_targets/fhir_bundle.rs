//! The FHIR bundle reader (`POST /fhir/r4`, `carnet import-fhir`): any bytes are read or
//! refused with a problem, never a panic; what it reads refers only to entries it has — the
//! indexes the import then uses without checking (patients, authors, results).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(b) = carnet_core::fhir::read_bundle(data) else { return };
    let (patients, authors, results) = (b.patients.len(), b.authors.len(), b.results.len());
    let author = |index: Option<usize>| index.is_none_or(|i| i < authors);
    for r in &b.results {
        assert!(r.patient < patients && author(r.performer));
    }
    for r in &b.reports {
        assert!(r.patient < patients && author(r.performer));
        assert!(r.results.iter().all(|i| *i < results));
    }
    for v in &b.vaccinations {
        assert!(v.patient < patients && author(v.performer));
    }
    for d in &b.documents {
        assert!(d.patient < patients && d.authors.iter().all(|i| *i < authors));
    }
    for w in b.withdrawn_results.iter().chain(&b.withdrawn_vaccinations) {
        assert!(w.patient < patients);
    }
});
