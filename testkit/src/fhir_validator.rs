//! The independent FHIR R4 validator: `testkit/fhir_validate.py`, run with the Python that
//! `cargo xtask test` prepares with `fhir.resources` (`CARNET_FHIR_VALIDATOR`). Without it a check
//! is skipped, said on stderr — unless `CARNET_TEST_REQUIRE_FHIR_VALIDATOR` is set (CI), where
//! that is a failure.

use std::path::Path;

/// Validates the bundle at `path`: `Err` with the validator's report when it is not valid R4.
pub fn validate_fhir_bundle(path: &Path) -> Result<(), String> {
    let Some(python) = std::env::var_os("CARNET_FHIR_VALIDATOR") else {
        if std::env::var_os("CARNET_TEST_REQUIRE_FHIR_VALIDATOR").is_some() {
            panic!("the FHIR validator is required (CARNET_TEST_REQUIRE_FHIR_VALIDATOR) but CARNET_FHIR_VALIDATOR is not set");
        }
        eprintln!("SKIPPED: FHIR validation of {} (run through `cargo xtask test`)", path.display());
        return Ok(());
    };
    let script = super::workspace_root().join("testkit/fhir_validate.py");
    let output = std::process::Command::new(python)
        .arg(&script)
        .arg(path)
        .output()
        .unwrap_or_else(|e| panic!("the FHIR validator did not start: {e}"));
    let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    if output.status.success() {
        Ok(())
    } else {
        Err(said)
    }
}
