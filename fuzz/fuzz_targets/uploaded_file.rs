//! The checks on a file a patient uploads: its type judged by its content, whatever its
//! declared type and name say, and its name made safe (no path, no control character, an
//! extension matching the content).
#![no_main]

use carnet_core::record::files::{checked_type, safe_file_name, sniff, FileType};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first line is the file's name as sent, the second its declared type, the rest its bytes.
    let mut parts = data.splitn(3, |b| *b == b'\n');
    let name = String::from_utf8_lossy(parts.next().unwrap_or_default());
    let declared = String::from_utf8_lossy(parts.next().unwrap_or_default());
    let bytes = parts.next().unwrap_or_default();
    let judged = sniff(bytes);
    match checked_type(&declared, bytes) {
        // Text is never sniffed: declared, and valid UTF-8.
        Some(FileType::Text) => assert!(std::str::from_utf8(bytes).is_ok()),
        Some(binary) => assert_eq!(Some(binary), judged, "a declared type is taken only if the content agrees"),
        None => {}
    }
    let extension = judged.map_or("bin", |t| t.extension());
    let safe = safe_file_name(&name, "document", extension);
    assert!(!safe.is_empty());
    assert!(!safe.contains('/') && !safe.contains('\\'), "{safe:?}");
    assert!(!safe.chars().any(char::is_control), "{safe:?}");
    assert!(safe.ends_with(&format!(".{extension}")), "{safe:?}");
});
