//! The upload forms' multipart reader (multer, driven by `carnet_core::multipart`): whatever the
//! body and its Content-Type, it ends (no hang, no panic), keeps only the fields asked for, each
//! text within its limit, the file name cut to its length, and never more of the body than the
//! limit allows.
#![no_main]

use carnet_core::multipart::{boundary, read_bytes, FILE_NAME_LIMIT, TEXT_LIMIT};
use libfuzzer_sys::fuzz_target;

/// The body read at most (small, so that the fuzzer reaches it).
const LIMIT: usize = 4096;

fuzz_target!(|data: &[u8]| {
    // The first line is the Content-Type header's value, the rest the body.
    let split = data.iter().position(|b| *b == b'\n').unwrap_or(data.len());
    let content_type = String::from_utf8_lossy(&data[..split]);
    let body = data.get(split + 1..).unwrap_or_default().to_vec();
    let Some(boundary) = boundary(&content_type) else { return };
    let read = futures::executor::block_on(read_bytes(body, &boundary, &["title", "kind"], LIMIT));
    let form = match &read {
        Ok(form) | Err((_, form)) => form,
    };
    assert!(form.text.keys().all(|k| k == "title" || k == "kind"), "{:?}", form.text.keys());
    assert!(form.text.values().all(|t| t.len() <= TEXT_LIMIT));
    assert!(form.file_name.chars().count() <= FILE_NAME_LIMIT);
    assert!(form.bytes.len() <= LIMIT);
});
