//! `POST /verify`: receives a file (multipart, field `file`), hashes it and answers with a
//! redirect to `/verify/<sha256>`, where the page shows whether this Carnet sealed it. The
//! file itself is never stored. Public: no sign-in needed.

use axum::extract::Multipart;
use axum::response::{IntoResponse, Redirect, Response};
use carnet_core::record::documents::MAX_UPLOAD_BYTES;
use carnet_core::seal::sha256_hex;

pub async fn verify(multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>) -> Response {
    let Ok(mut multipart) = multipart else { return Redirect::to("/verify?error=bad-request").into_response() };
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) if field.name() == Some("file") => {
                return match field.bytes().await {
                    Ok(bytes) if bytes.is_empty() => Redirect::to("/verify?error=upload-missing").into_response(),
                    Ok(bytes) if bytes.len() > MAX_UPLOAD_BYTES => {
                        Redirect::to("/verify?error=upload-too-large").into_response()
                    }
                    Ok(bytes) => Redirect::to(&format!("/verify/{}", sha256_hex(&bytes))).into_response(),
                    Err(error) if error.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                        Redirect::to("/verify?error=upload-too-large").into_response()
                    }
                    Err(_) => Redirect::to("/verify?error=bad-request").into_response(),
                };
            }
            Ok(Some(_)) => continue,
            Ok(None) => return Redirect::to("/verify?error=upload-missing").into_response(),
            Err(error) if error.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                return Redirect::to("/verify?error=upload-too-large").into_response()
            }
            Err(_) => return Redirect::to("/verify?error=bad-request").into_response(),
        }
    }
}
