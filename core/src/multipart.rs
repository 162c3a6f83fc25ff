//! Reading a multipart form (a file and a few short text fields) the same way for every upload
//! form, whatever bytes arrive: any field order, text fields of at most [`TEXT_LIMIT`] bytes (a message's
//! [`LONG_TEXT_LIMIT`]), a
//! file name of at most 255 characters, the whole body at most `limit` bytes (read no further),
//! other fields skipped. A refusal keeps the text read so far, so the form can be shown again as
//! it was. The parsing itself is multer's (the crate axum's own extractor wraps); this module is
//! what Carnet does with it, and what the `multipart_form` fuzz target drives with any bytes.

use std::collections::HashMap;

use crate::Problem;

/// Longest text field accepted…
pub const TEXT_LIMIT: usize = 1024;

/// …but for a message's text (the field [`LONG_TEXT_FIELD`]): 5,000 characters of up to four
/// bytes each, with room for line breaks sent as `\r\n`.
pub const LONG_TEXT_LIMIT: usize = 24 * 1024;

/// The one field that may be long (a message written with a file).
pub const LONG_TEXT_FIELD: &str = "body";

/// Longest file name kept (characters; the rest is cut).
pub const FILE_NAME_LIMIT: usize = 255;

/// A read form: its text fields and its file (name on the sender's device, bytes).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FileForm {
    pub text: HashMap<String, String>,
    pub file_name: String,
    pub bytes: Vec<u8>,
}

impl FileForm {
    pub fn get(&self, name: &str) -> &str {
        self.text.get(name).map_or("", String::as_str)
    }
}

/// The boundary a `Content-Type: multipart/form-data; boundary=…` header names, if it does.
pub fn boundary(content_type: &str) -> Option<String> {
    multer::parse_boundary(content_type).ok()
}

/// Reads `text_fields` and the field `file` from `body` (split by `boundary`), at most `limit`
/// bytes of it. A refusal is a problem (a body that is no such form, one over the limit, an
/// over-long text) with what was read.
pub async fn read<S, O, E>(
    body: S,
    boundary: &str,
    text_fields: &[&str],
    limit: usize,
) -> Result<FileForm, (Problem, FileForm)>
where
    S: futures_util::Stream<Item = Result<O, E>> + Send + 'static,
    O: Into<bytes::Bytes> + 'static,
    E: Into<Box<dyn std::error::Error + Send + Sync>> + 'static,
{
    let constraints = multer::Constraints::new().size_limit(multer::SizeLimit::new().whole_stream(limit as u64));
    let body = OnePieceAtATime { inner: Box::pin(body), paused: false };
    let mut multipart = multer::Multipart::with_constraints(body, boundary, constraints);
    let mut form = FileForm::default();
    let refusal = |e: multer::Error| match e {
        multer::Error::StreamSizeExceeded { .. } | multer::Error::FieldSizeExceeded { .. } => Problem::UploadTooLarge,
        _ => Problem::BadRequest,
    };
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => return Ok(form),
            Err(e) => return Err((refusal(e), form)),
        };
        let name = field.name().unwrap_or_default().to_string();
        if name == "file" {
            form.file_name = field.file_name().unwrap_or_default().chars().take(FILE_NAME_LIMIT).collect();
            match field.bytes().await {
                Ok(bytes) => form.bytes = bytes.to_vec(),
                Err(e) => return Err((refusal(e), form)),
            }
        } else if text_fields.contains(&name.as_str()) {
            let (most, too_long) = match name.as_str() {
                LONG_TEXT_FIELD => (LONG_TEXT_LIMIT, Problem::MessageBody),
                _ => (TEXT_LIMIT, Problem::UploadTitle),
            };
            match field.text().await {
                Ok(text) if text.len() <= most => {
                    form.text.insert(name, text);
                }
                Ok(_) => return Err((too_long, form)),
                Err(e) => return Err((refusal(e), form)),
            }
        }
    }
}

/// [`read`] over bytes already in memory (tests, the fuzz target), delivered in pieces of 1 KiB
/// as a network would (so that fields and boundaries straddle them).
pub async fn read_bytes(
    body: Vec<u8>,
    boundary: &str,
    text_fields: &[&str],
    limit: usize,
) -> Result<FileForm, (Problem, FileForm)> {
    let body = bytes::Bytes::from(body);
    let pieces: Vec<Result<bytes::Bytes, std::convert::Infallible>> =
        (0..body.len()).step_by(1024).map(|at| Ok(body.slice(at..body.len().min(at + 1024)))).collect();
    read(futures_util::stream::iter(pieces), boundary, text_fields, limit).await
}

/// A body handed to multer one piece per poll, its end too. multer 3.1 reads everything a
/// stream has ready in one go, and refuses a valid form as incomplete when the first boundary
/// and the stream's end arrive together after a first wait (a small body that comes late); one
/// piece per poll never gives it both at once.
struct OnePieceAtATime<S> {
    inner: S,
    paused: bool,
}

impl<S: futures_util::Stream + Unpin> futures_util::Stream for OnePieceAtATime<S> {
    type Item = S::Item;

    fn poll_next(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<S::Item>> {
        if !self.paused {
            self.paused = true;
            cx.waker().wake_by_ref();
            return std::task::Poll::Pending;
        }
        let next = std::pin::Pin::new(&mut self.inner).poll_next(cx);
        if next.is_ready() {
            self.paused = false;
        }
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(parts: &[(&str, Option<&str>, &[u8])]) -> Vec<u8> {
        let mut out = Vec::new();
        for (name, file, content) in parts {
            out.extend_from_slice(b"--XyZ\r\n");
            match file {
                Some(file) => out.extend_from_slice(
                    format!("Content-Disposition: form-data; name=\"{name}\"; filename=\"{file}\"\r\n\r\n").as_bytes(),
                ),
                None => {
                    out.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes())
                }
            }
            out.extend_from_slice(content);
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(b"--XyZ--\r\n");
        out
    }

    fn run(bytes: Vec<u8>, limit: usize) -> Result<FileForm, (Problem, FileForm)> {
        tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(read_bytes(
            bytes,
            "XyZ",
            &["title", "kind"],
            limit,
        ))
    }

    #[test]
    fn fields_in_any_order_unknown_ones_skipped() {
        let form =
            run(body(&[("file", Some("a.pdf"), b"%PDF-1"), ("other", None, b"x"), ("title", None, b"Bilan")]), 1 << 20)
                .unwrap();
        assert_eq!((form.get("title"), form.get("other"), form.file_name.as_str()), ("Bilan", "", "a.pdf"));
        assert_eq!(form.bytes, b"%PDF-1");
    }

    #[test]
    fn refusals_keep_what_was_typed() {
        let long = vec![b'a'; TEXT_LIMIT + 1];
        let (problem, kept) = run(body(&[("kind", None, b"letter"), ("title", None, &long)]), 1 << 20).unwrap_err();
        assert_eq!((problem, kept.get("kind")), (Problem::UploadTitle, "letter"));
        // Over the limit: refused as too large, without reading further.
        let big = vec![0u8; 8192];
        let (problem, kept) = run(body(&[("title", None, b"Scan"), ("file", Some("s.pdf"), &big)]), 2048).unwrap_err();
        assert_eq!(problem, Problem::UploadTooLarge);
        assert!(kept.bytes.is_empty());
        assert_eq!(run(b"not a form".to_vec(), 1024).unwrap_err().0, Problem::BadRequest);
        let name = "n".repeat(400);
        let form = run(body(&[("file", Some(&name), b"x")]), 1 << 20).unwrap();
        assert_eq!(form.file_name.chars().count(), FILE_NAME_LIMIT);
    }

    #[test]
    fn the_boundary_comes_from_the_content_type() {
        assert_eq!(boundary("multipart/form-data; boundary=XyZ").as_deref(), Some("XyZ"));
        assert_eq!(boundary("application/json"), None);
    }
}
