//! Files sent with a message: PDF, JPEG or PNG, judged by content, at most
//! [`MAX_UPLOAD_BYTES`], one per message; their bytes stored once in `blobs` like documents'.
//! Reading one is reading the conversation (`read.messages`); the patient's side saves one to
//! the record's documents (a sealed document, marked as added from the patient's side); the
//! professional who sent one publishes it into the record as their own sealed document (a
//! report, a prescription, a letter), as if sent through Publish.

use std::collections::HashMap;

use sqlx::{Any, Transaction};

use crate::access;
use crate::clock::now_ms;
use crate::db::Db;
use crate::error::Problem;
use crate::policy::{Actor, ReadAction, Subject, WriteAction};
use crate::record::documents::{self, Kind, NewDocument, Origin, MAX_UPLOAD_BYTES};
use crate::record::files::{safe_file_name, sniff, FileType};
use crate::seal::{sha256_hex, Sealer};
use crate::{Error, Result};

/// A file of a message, as a thread lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub id: String,
    pub file_name: String,
    pub content_type: String,
    pub size: i64,
    /// The record's document it was saved as, if it was.
    pub document_id: Option<String>,
}

/// A file that passed the checks.
#[derive(Debug, Clone)]
pub(super) struct CheckedFile {
    file_name: String,
    file_type: FileType,
    bytes: Vec<u8>,
}

/// Checks a file sent with a message (no bytes: no file).
pub(super) fn check(file_name: &str, bytes: &[u8]) -> Result<Option<CheckedFile>> {
    if bytes.is_empty() {
        return Ok(None);
    }
    if bytes.len() > MAX_UPLOAD_BYTES {
        return Err(Error::Invalid(Problem::UploadTooLarge));
    }
    let file_type = match sniff(bytes) {
        Some(t @ (FileType::Pdf | FileType::Jpeg | FileType::Png)) => t,
        _ => return Err(Error::Invalid(Problem::UploadType)),
    };
    let file_name = safe_file_name(file_name, "document", file_type.extension());
    Ok(Some(CheckedFile { file_name, file_type, bytes: bytes.to_vec() }))
}

pub(super) async fn store(tx: &mut Transaction<'static, Any>, message_id: &str, file: &CheckedFile) -> Result<()> {
    let sha256 = sha256_hex(&file.bytes);
    sqlx::query("INSERT INTO blobs (sha256, content, size) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING")
        .bind(&sha256)
        .bind(&file.bytes)
        .bind(file.bytes.len() as i64)
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "INSERT INTO message_attachments (id, message_id, file_name, content_type, sha256, size) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(uuid::Uuid::new_v4().to_string())
    .bind(message_id)
    .bind(&file.file_name)
    .bind(file.file_type.mime())
    .bind(&sha256)
    .bind(file.bytes.len() as i64)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The files of these messages, by message.
pub(super) async fn of_messages(
    tx: &mut Transaction<'static, Any>,
    message_ids: &[String],
) -> Result<HashMap<String, Vec<Attachment>>> {
    let mut out: HashMap<String, Vec<Attachment>> = HashMap::new();
    if message_ids.is_empty() {
        return Ok(out);
    }
    let placeholders: Vec<String> = (1..=message_ids.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "SELECT message_id, id, file_name, content_type, size, document_id FROM message_attachments \
         WHERE message_id IN ({}) ORDER BY id",
        placeholders.join(", ")
    );
    let mut query = sqlx::query_as::<_, (String, String, String, String, i64, Option<String>)>(&sql);
    for id in message_ids {
        query = query.bind(id);
    }
    for (message_id, id, file_name, content_type, size, document_id) in query.fetch_all(&mut **tx).await? {
        out.entry(message_id).or_default().push(Attachment { id, file_name, content_type, size, document_id });
    }
    Ok(out)
}

/// A file of a message of a conversation, read by someone who may read the conversation.
pub async fn content(db: &Db, actor: &Actor, conversation_id: &str, id: &str) -> Result<(Attachment, Vec<u8>)> {
    let subject = Subject::Conversation(conversation_id);
    let mut access = access::open_read(db, actor, subject, ReadAction::Messages).await?;
    let (tx, _) = access.parts();
    let found = find(tx, conversation_id, id).await?;
    access.commit().await?;
    Ok(found)
}

/// A file's name, type, size, document, bytes.
type FileRow = (String, String, i64, Option<String>, Vec<u8>);

async fn find(tx: &mut Transaction<'static, Any>, conversation_id: &str, id: &str) -> Result<(Attachment, Vec<u8>)> {
    let row: Option<FileRow> = sqlx::query_as(
        "SELECT f.file_name, f.content_type, f.size, f.document_id, b.content FROM message_attachments f \
         JOIN messages g ON g.id = f.message_id JOIN blobs b ON b.sha256 = f.sha256 \
         WHERE f.id = $1 AND g.conversation_id = $2",
    )
    .bind(id)
    .bind(conversation_id)
    .fetch_optional(&mut **tx)
    .await?;
    let (file_name, content_type, size, document_id, bytes) = row.ok_or(Error::NotFound)?;
    Ok((Attachment { id: id.to_string(), file_name, content_type, size, document_id }, bytes))
}

/// The patient's side saves a file of the conversation to the record's documents (one click;
/// again: the document already saved). Reading the conversation and adding a document are two
/// decisions of the policy, both audited. Returns the document's id.
pub async fn save_to_documents(
    db: &Db,
    sealer: &Sealer,
    actor: &Actor,
    conversation_id: &str,
    id: &str,
) -> Result<String> {
    let (attachment, bytes) = content(db, actor, conversation_id, id).await?;
    let subject = Subject::Conversation(conversation_id);
    let mut access = access::open_write(db, actor, subject, WriteAction::Upload).await?;
    if let Some(document_id) = attachment.document_id {
        access.commit().await?;
        return Ok(document_id);
    }
    let (tx, grant) = access.parts();
    let author_name: String = sqlx::query_scalar(
        "SELECT g.author_name FROM message_attachments f JOIN messages g ON g.id = f.message_id WHERE f.id = $1",
    )
    .bind(id)
    .fetch_one(&mut **tx)
    .await?;
    let source = format!("message/{id}");
    let new = NewDocument {
        source: &source,
        kind: Kind::Other,
        origin: Origin::Patient,
        title: &attachment.file_name,
        author_id: None,
        author_name: &author_name,
        content_type: &attachment.content_type,
        file_name: &attachment.file_name,
        bytes: &bytes,
        issued_at: now_ms(),
        report_id: None,
        replaces_id: None,
        added_by: actor.account_id(),
        hidden_from_representatives: false,
    };
    let document_id = into_record(tx, grant, sealer, id, &new).await?;
    access.commit().await?;
    Ok(document_id)
}

/// The professional who sent a file in a conversation publishes it into the record as their own
/// document, sealed under their name, of `kind`. Reading the conversation and publishing are two
/// decisions of the policy, both audited; only the file's own author may (not a colleague of
/// the practice, not the patient's side). A file already in the record (published, or saved by
/// the patient) stays the document it is. Returns the document's id.
pub async fn publish(
    db: &Db,
    sealer: &Sealer,
    actor: &Actor,
    conversation_id: &str,
    id: &str,
    kind: Kind,
) -> Result<String> {
    let (attachment, bytes) = content(db, actor, conversation_id, id).await?;
    let author = actor.account_id().ok_or(Error::NotFound)?;
    let subject = Subject::Conversation(conversation_id);
    let mut access = access::open_write(db, actor, subject, WriteAction::Publish).await?;
    let (tx, grant) = access.parts();
    let sent_by: Option<(String, String)> = sqlx::query_as(
        "SELECT g.author_name, g.side FROM message_attachments f JOIN messages g ON g.id = f.message_id \
         WHERE f.id = $1 AND g.author_id = $2 AND g.automatic = 0",
    )
    .bind(id)
    .bind(author)
    .fetch_optional(&mut **tx)
    .await?;
    let Some((author_name, _)) = sent_by.filter(|(_, side)| side == "care") else { return Err(Error::NotFound) };
    if let Some(document_id) = attachment.document_id {
        access.commit().await?;
        return Ok(document_id);
    }
    // The author as the Publish form names them, so that the document reads as theirs (and
    // stays readable by them whatever the patient hides).
    let author_entry = crate::record::publish::account_author(author, &author_name);
    let (author_row, _) = crate::record::import::upsert_author(tx, None, &author_entry).await?;
    let source = format!("message/{id}");
    let new = NewDocument {
        source: &source,
        kind,
        origin: Origin::Professional,
        title: &attachment.file_name,
        author_id: Some(&author_row),
        author_name: &author_name,
        content_type: &attachment.content_type,
        file_name: &attachment.file_name,
        bytes: &bytes,
        issued_at: now_ms(),
        report_id: None,
        replaces_id: None,
        added_by: None,
        hidden_from_representatives: false,
    };
    let document_id = into_record(tx, grant, sealer, id, &new).await?;
    access.commit().await?;
    Ok(document_id)
}

/// Stores file `id` as the record's document `new` (or finds the one its source already made)
/// and notes it on the file. Returns the document's id.
async fn into_record(
    tx: &mut Transaction<'static, Any>,
    grant: &crate::policy::Grant<crate::policy::Write>,
    sealer: &Sealer,
    id: &str,
    new: &NewDocument<'_>,
) -> Result<String> {
    let document_id = match documents::insert(tx, grant, sealer, new).await? {
        Some(document_id) => document_id,
        None => documents::id_of_source(tx, grant, new.source).await?,
    };
    sqlx::query("UPDATE message_attachments SET document_id = $1 WHERE id = $2")
        .bind(&document_id)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(document_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_pdf_and_pictures_by_their_content() {
        assert!(check("x.pdf", b"").unwrap().is_none(), "no file");
        let pdf = check("../../bilan.pdf", b"%PDF-1.7 ...").unwrap().unwrap();
        assert_eq!((pdf.file_name.as_str(), pdf.file_type), ("bilan.pdf", FileType::Pdf));
        assert!(matches!(check("x.pdf", b"<html>"), Err(Error::Invalid(Problem::UploadType))));
        let big = vec![b'%'; MAX_UPLOAD_BYTES + 1];
        assert!(matches!(check("x.pdf", &big), Err(Error::Invalid(Problem::UploadTooLarge))));
    }
}
