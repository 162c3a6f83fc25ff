//! Reading multipart forms (a file and a few short text fields) the same way everywhere: any
//! field order, short text fields, a file up to the route's body limit, and on a refusal the
//! text typed so far, so the form can be shown again as it was.

use std::collections::HashMap;

use axum::extract::multipart::{MultipartError, MultipartRejection};
use axum::extract::Multipart;
use axum::http::StatusCode;
use carnet_core::Problem;

/// Longest text field accepted.
const TEXT_LIMIT: usize = 1024;

/// A read form: its text fields and its file (name on the sender's device, bytes).
#[derive(Default)]
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

/// Reads `text_fields` and the field `file`; other fields are ignored. A refusal is a problem
/// (bad request, file too large, an over-long text) with what was read.
pub async fn read(
    multipart: Result<Multipart, MultipartRejection>,
    text_fields: &[&str],
) -> Result<FileForm, (Problem, FileForm)> {
    let mut form = FileForm::default();
    let Ok(mut multipart) = multipart else { return Err((Problem::BadRequest, form)) };
    let refusal = |e: MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            Problem::UploadTooLarge
        } else {
            Problem::BadRequest
        }
    };
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => return Ok(form),
            Err(e) => return Err((refusal(e), form)),
        };
        let name = field.name().unwrap_or_default().to_string();
        if name == "file" {
            form.file_name = field.file_name().unwrap_or_default().chars().take(255).collect();
            match field.bytes().await {
                Ok(bytes) => form.bytes = bytes.to_vec(),
                Err(e) => return Err((refusal(e), form)),
            }
        } else if text_fields.contains(&name.as_str()) {
            match field.text().await {
                Ok(text) if text.len() <= TEXT_LIMIT => {
                    form.text.insert(name, text);
                }
                Ok(_) => return Err((Problem::UploadTitle, form)),
                Err(e) => return Err((refusal(e), form)),
            }
        }
    }
}
