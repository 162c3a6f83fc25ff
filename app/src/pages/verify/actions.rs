//! `POST /verify`: receives a file (multipart, field `file`), hashes it and answers with a
//! redirect to `/verify/<sha256>`, where the page shows whether this Carnet sealed it, or with
//! the form again and the problem. The file itself is never stored. Public: no sign-in needed.

use axum::extract::{DefaultBodyLimit, Multipart};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use carnet_core::record::documents::MAX_UPLOAD_BYTES;
use carnet_core::seal::sha256_hex;
use carnet_core::Problem;

use crate::web::forms::{self, Fields};
use crate::web::{Routes, UPLOAD_BODY_LIMIT};

pub fn routes() -> Routes {
    Routes::new().route("/verify", post(verify).layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)))
}

/// Back to the form with the problem.
fn back(problem: Problem) -> Response {
    forms::back("/verify", "verify", problem, &Fields::new())
}

pub async fn verify(multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>) -> Response {
    let Ok(mut multipart) = multipart else { return back(Problem::BadRequest) };
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) if field.name() == Some("file") => {
                return match field.bytes().await {
                    Ok(bytes) if bytes.is_empty() => back(Problem::UploadMissing),
                    Ok(bytes) if bytes.len() > MAX_UPLOAD_BYTES => back(Problem::UploadTooLarge),
                    Ok(bytes) => Redirect::to(&format!("/verify/{}", sha256_hex(&bytes))).into_response(),
                    Err(error) if error.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                        back(Problem::UploadTooLarge)
                    }
                    Err(_) => back(Problem::BadRequest),
                };
            }
            Ok(Some(_)) => continue,
            Ok(None) => return back(Problem::UploadMissing),
            Err(error) if error.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                return back(Problem::UploadTooLarge)
            }
            Err(_) => return back(Problem::BadRequest),
        }
    }
}
