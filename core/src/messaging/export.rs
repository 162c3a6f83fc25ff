//! Messages in the record's FHIR export: each message a `Communication` (its text and file in
//! `payload`), threaded as the conversation is (`inResponseTo` the message before it, the
//! conversation's id and subject in `topic`), so that a patient leaving with
//! their record takes their conversations with them. Read through the export's own access: the
//! export's reader may read every message of the record (the patient, a minor's representative).

use base64::Engine;
use serde_json::{json, Value};

use crate::access::Access;
use crate::Result;

/// The system naming a conversation in a Communication's `topic`.
pub const CONVERSATION_SYSTEM: &str = "urn:carnet:conversation";
/// The system naming a message in a Communication's `identifier`.
pub const MESSAGE_SYSTEM: &str = "urn:carnet:message";

/// The ids of the record's messages, conversation by conversation, each in the order written.
pub(crate) async fn message_ids<K>(access: &mut Access<K>) -> Result<Vec<String>> {
    let (tx, grant) = access.parts();
    Ok(sqlx::query_scalar(
        "SELECT g.id FROM messages g JOIN conversations m ON m.id = g.conversation_id WHERE m.patient_id = $1 \
         ORDER BY m.started_at, m.id, g.sent_at, g.id",
    )
    .bind(grant.patient_id())
    .fetch_all(&mut **tx)
    .await?)
}

#[derive(sqlx::FromRow)]
struct Row {
    conversation_id: String,
    subject: String,
    side: String,
    author_name: String,
    patient_name: String,
    with_name: String,
    body: String,
    sent_at: i64,
    read_at: Option<i64>,
    previous: Option<String>,
}

/// The message `id` of the record as a Communication about the patient `patient` (the
/// bundle's id of the Patient resource).
pub(crate) async fn communication<K>(access: &mut Access<K>, id: &str, patient: &str) -> Result<Value> {
    let (tx, grant) = access.parts();
    let row: Row = sqlx::query_as(
        "SELECT g.conversation_id, m.subject, g.side, g.author_name, \
         TRIM(p.given_names || ' ' || p.family_name) AS patient_name, \
         COALESCE(a.display_name, pr.name, '') AS with_name, g.body, g.sent_at, r.read_at, \
         (SELECT o.id FROM messages o WHERE o.conversation_id = g.conversation_id \
          AND (o.sent_at < g.sent_at OR (o.sent_at = g.sent_at AND o.id < g.id)) \
          ORDER BY o.sent_at DESC, o.id DESC LIMIT 1) AS previous \
         FROM messages g JOIN conversations m ON m.id = g.conversation_id JOIN patients p ON p.id = m.patient_id \
         LEFT JOIN accounts a ON a.id = m.professional_id LEFT JOIN practices pr ON pr.id = m.practice_id \
         LEFT JOIN message_reads r ON r.message_id = g.id WHERE g.id = $1 AND m.patient_id = $2",
    )
    .bind(id)
    .bind(grant.patient_id())
    .fetch_one(&mut **tx)
    .await?;
    let files: Vec<(String, String, Vec<u8>)> = sqlx::query_as(
        "SELECT f.file_name, f.content_type, b.content FROM message_attachments f \
         JOIN blobs b ON b.sha256 = f.sha256 WHERE f.message_id = $1 ORDER BY f.id",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await?;
    let recipient = match row.side.as_str() {
        "care" => row.patient_name.clone(),
        _ => row.with_name.clone(),
    };
    let mut payload = vec![json!({ "contentString": row.body })];
    payload.extend(files.into_iter().map(|(title, content_type, bytes)| {
        json!({ "contentAttachment": {
            "contentType": content_type,
            "title": title,
            "size": bytes.len(),
            "data": base64::engine::general_purpose::STANDARD.encode(&bytes),
        } })
    }));
    let mut resource = json!({
        "resourceType": "Communication",
        "id": id,
        "identifier": [{ "system": MESSAGE_SYSTEM, "value": id }],
        "status": "completed",
        "subject": { "reference": format!("urn:uuid:{patient}") },
        "topic": { "coding": [{ "system": CONVERSATION_SYSTEM, "code": row.conversation_id }], "text": row.subject },
        "sent": instant(row.sent_at),
        "sender": { "display": row.author_name },
        "recipient": [{ "display": recipient }],
        "payload": payload,
    });
    if let Some(read_at) = row.read_at {
        resource["received"] = Value::from(instant(read_at));
    }
    if let Some(previous) = row.previous {
        resource["inResponseTo"] = json!([{ "reference": format!("urn:uuid:{previous}") }]);
    }
    Ok(resource)
}

fn instant(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms).map(|t| t.to_string()).unwrap_or_default()
}
