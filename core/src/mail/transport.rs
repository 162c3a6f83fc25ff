//! Where mail goes: an SMTP server (`CARNET_SMTP_URL`), or by default a folder of `.eml` files
//! so the embedded setup needs no mail server.

use std::path::PathBuf;
use std::str::FromStr;

use lettre::message::{header::ContentType, Attachment, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::OutgoingEmail;
use crate::{Error, Result};

#[derive(Clone)]
enum Kind {
    Folder(AsyncFileTransport<Tokio1Executor>),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

#[derive(Clone)]
pub struct Transport {
    kind: Kind,
    from: Mailbox,
}

impl Transport {
    /// Writes each message as `<uuid>.eml` in `dir` (created if missing).
    pub fn folder(dir: PathBuf, from: &str) -> Result<Self> {
        std::fs::create_dir_all(&dir).map_err(|e| Error::Config(format!("mail folder {}: {e}", dir.display())))?;
        Ok(Transport { kind: Kind::Folder(AsyncFileTransport::new(dir)), from: parse_from(from)? })
    }

    /// Sends through SMTP, e.g. `smtps://user:pass@smtp.example.org` or `smtp://localhost:25`.
    pub fn smtp(url: &str, from: &str) -> Result<Self> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| Error::Config(format!("CARNET_SMTP_URL: {e}")))?
            .build();
        Ok(Transport { kind: Kind::Smtp(transport), from: parse_from(from)? })
    }

    pub async fn send(&self, email: &OutgoingEmail) -> Result<(), String> {
        let to = Mailbox::from_str(&email.to).map_err(|e| format!("recipient address: {e}"))?;
        let builder = Message::builder().from(self.from.clone()).to(to).subject(&email.subject);
        let message = match &email.attachment {
            None => builder.header(ContentType::TEXT_PLAIN).body(email.body.clone()),
            Some(file) => {
                let content_type =
                    ContentType::parse(&file.content_type).map_err(|e| format!("attachment content type: {e}"))?;
                builder.multipart(
                    MultiPart::mixed()
                        .singlepart(SinglePart::plain(email.body.clone()))
                        .singlepart(Attachment::new(file.name.clone()).body(file.content.clone(), content_type)),
                )
            }
        }
        .map_err(|e| format!("building message: {e}"))?;
        match &self.kind {
            Kind::Folder(t) => t.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
            Kind::Smtp(t) => t.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
        }
    }
}

fn parse_from(from: &str) -> Result<Mailbox> {
    Mailbox::from_str(from).map_err(|e| Error::Config(format!("CARNET_MAIL_FROM: {e}")))
}
