//! The FHIR bundle reader (`POST /fhir/r4`, `carnet import-fhir`): any bytes are read or
//! refused with a problem, never a panic; what it reads names only entries it has.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(bundle) = carnet_core::fhir::read_bundle(data) {
        // Every entry it says something about is one of the bundle's.
        assert!(bundle.entries.len() <= data.len());
        for result in &bundle.results {
            assert!(result.patient < bundle.patients.len());
        }
        for report in &bundle.reports {
            assert!(report.patient < bundle.patients.len());
            assert!(report.results.iter().all(|r| *r < bundle.results.len()));
        }
    }
});
