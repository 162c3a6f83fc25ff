//! Where mail goes: an SMTP server (`CARNET_SMTP_URL`), or by default a folder of `.eml` files
//! so the embedded setup needs no mail server.
//!
//! Every message says it is automatic, as careful senders of automated mail do (and spam
//! filters expect): a `Message-ID` made from the outbox row's id and our domain (the same on a
//! retry, so a message sent twice is recognised as one), `Auto-Submitted: auto-generated`
//! (RFC 3834: no auto-replies to it) and `X-Auto-Response-Suppress: All` (the same for Exchange);
//! lettre adds `Date` and `MIME-Version`. The text and HTML parts are a `multipart/alternative`,
//! inside a `multipart/mixed` when a file is attached. Both are quoted-printable, which stays
//! readable in the `.eml` files.

use std::path::PathBuf;
use std::str::FromStr;

use lettre::message::header::{ContentTransferEncoding, ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
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
    /// The domain of Message-IDs: the portal's (see [`Transport::with_domain`]), else the
    /// sender's.
    domain: String,
}

impl Transport {
    /// Writes each message as `<uuid>.eml` in `dir` (created if missing).
    pub fn folder(dir: PathBuf, from: &str) -> Result<Self> {
        std::fs::create_dir_all(&dir).map_err(|e| Error::Config(format!("mail folder {}: {e}", dir.display())))?;
        let from = parse_from(from)?;
        Ok(Transport {
            kind: Kind::Folder(AsyncFileTransport::new(dir)),
            domain: from.email.domain().to_string(),
            from,
        })
    }

    /// Sends through SMTP, e.g. `smtps://user:pass@smtp.example.org` or `smtp://localhost:25`.
    pub fn smtp(url: &str, from: &str) -> Result<Self> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| Error::Config(format!("CARNET_SMTP_URL: {e}")))?
            .build();
        let from = parse_from(from)?;
        Ok(Transport { kind: Kind::Smtp(transport), domain: from.email.domain().to_string(), from })
    }

    /// Message-IDs in `domain` (the host of the portal's public address).
    pub fn with_domain(mut self, domain: &str) -> Self {
        if !domain.is_empty() {
            self.domain = domain.to_string();
        }
        self
    }

    /// Sends the outbox row `outbox_id`.
    pub async fn send(&self, outbox_id: &str, email: &OutgoingEmail) -> Result<(), String> {
        let message = self.message(outbox_id, email)?;
        match &self.kind {
            Kind::Folder(t) => t.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
            Kind::Smtp(t) => t.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
        }
    }

    /// The message as sent: headers, text and HTML parts, attachment.
    fn message(&self, outbox_id: &str, email: &OutgoingEmail) -> Result<Message, String> {
        let to = Mailbox::from_str(&email.to).map_err(|e| format!("recipient address: {e}"))?;
        let automatic =
            |name: &'static str, value: &str| HeaderValue::new(HeaderName::new_from_ascii_str(name), value.into());
        let builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&email.subject)
            .message_id(Some(format!("<{outbox_id}@{}>", self.domain)))
            .raw_header(automatic("Auto-Submitted", "auto-generated"))
            .raw_header(automatic("X-Auto-Response-Suppress", "All"));
        let text = part(ContentType::TEXT_PLAIN, &email.body);
        let content = match &email.html {
            Some(html) => {
                Content::Multi(MultiPart::alternative().singlepart(text).singlepart(part(ContentType::TEXT_HTML, html)))
            }
            None => Content::Single(text),
        };
        let message = match (&email.attachment, content) {
            (None, Content::Single(text)) => builder.singlepart(text),
            (None, Content::Multi(alternative)) => builder.multipart(alternative),
            (Some(file), content) => {
                let content_type =
                    ContentType::parse(&file.content_type).map_err(|e| format!("attachment content type: {e}"))?;
                let attachment = Attachment::new(file.name.clone()).body(file.content.clone(), content_type);
                let mixed = match content {
                    Content::Single(text) => MultiPart::mixed().singlepart(text),
                    Content::Multi(alternative) => MultiPart::mixed().multipart(alternative),
                };
                builder.multipart(mixed.singlepart(attachment))
            }
        };
        message.map_err(|e| format!("building message: {e}"))
    }
}

/// A message's readable content: its text alone (rows queued before HTML parts), or text and HTML.
enum Content {
    Single(SinglePart),
    Multi(MultiPart),
}

/// A text part in UTF-8, quoted-printable.
fn part(content_type: ContentType, body: &str) -> SinglePart {
    SinglePart::builder().header(content_type).header(ContentTransferEncoding::QuotedPrintable).body(body.to_string())
}

fn parse_from(from: &str) -> Result<Mailbox> {
    Mailbox::from_str(from).map_err(|e| Error::Config(format!("CARNET_MAIL_FROM: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mail::Attachment as File;

    fn email(html: bool, attachment: bool) -> OutgoingEmail {
        OutgoingEmail {
            kind: "test".into(),
            expires_at: None,
            to: "camille@example.org".into(),
            subject: "Sujet".into(),
            body: "Bonjour Camille,\n\nTexte.".into(),
            html: html.then(|| "<!DOCTYPE html><html lang=\"fr\"><p>Texte.</p></html>".into()),
            attachment: attachment.then(|| File {
                name: "rendez-vous.ics".into(),
                content_type: "text/calendar; charset=utf-8; method=PUBLISH".into(),
                content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".into(),
            }),
        }
    }

    fn written(email: &OutgoingEmail) -> String {
        let dir = std::env::temp_dir().join(format!("carnet-mail-{}", uuid::Uuid::new_v4()));
        let transport =
            Transport::folder(dir.clone(), "Carnet <carnet@localhost>").unwrap().with_domain("carnet.example");
        let message = transport.message("0b6c1f3e-row", email).unwrap();
        let _ = std::fs::remove_dir_all(dir);
        String::from_utf8(message.formatted()).unwrap()
    }

    #[test]
    fn every_message_says_it_is_automatic_and_has_an_id_in_our_domain() {
        for (html, attachment) in [(false, false), (true, false), (true, true), (false, true)] {
            let raw = written(&email(html, attachment));
            assert!(raw.contains("Message-ID: <0b6c1f3e-row@carnet.example>\r\n"), "{raw}");
            assert!(raw.contains("Auto-Submitted: auto-generated\r\n"), "{raw}");
            assert!(raw.contains("X-Auto-Response-Suppress: All\r\n"), "{raw}");
            assert!(raw.contains("\r\nDate: "), "{raw}");
            assert!(raw.contains("MIME-Version: 1.0"), "{raw}");
        }
    }

    #[test]
    fn text_and_html_are_alternatives_and_the_file_stays_attached() {
        let raw = written(&email(true, true));
        let mixed = raw.find("multipart/mixed").expect("mixed around everything");
        let alternative = raw.find("multipart/alternative").expect("text and HTML as alternatives");
        let (text, html) = (raw.find("text/plain").unwrap(), raw.find("text/html").unwrap());
        let calendar = raw.find("text/calendar").unwrap();
        assert!(mixed < alternative && alternative < text && text < html && html < calendar, "{raw}");
        assert!(raw.contains("filename=\"rendez-vous.ics\""), "{raw}");
        assert_eq!(raw.matches("Content-Transfer-Encoding: quoted-printable").count(), 2, "{raw}");

        let raw = written(&email(true, false));
        assert!(!raw.contains("multipart/mixed") && raw.contains("multipart/alternative"), "{raw}");
    }
}
