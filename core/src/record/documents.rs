//! Documents: reports, prescriptions, imaging and letters published by professionals, and files
//! patients add themselves. Bytes are stored once in `blobs`, addressed by SHA-256; a document
//! row never changes once written (database triggers refuse it), and carries its seal.

use crate::error::Problem;
use sqlx::{Any, Transaction};
use uuid::Uuid;

use super::files::{checked_type, safe_file_name, sniff, FileType};
use super::{paginate, Cursor, Page, PAGE_SIZE};
use crate::access;
use crate::access::Access;
use crate::clock::now_ms;
use crate::db::Db;
use crate::fhir::Coding;
use crate::policy::{self, Actor, DocumentFilter, Grant, Subject, Write, WriteAction};
use crate::seal::{sha256_hex, Manifest, Sealer};
use crate::text::single_line;
use crate::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Report,
    Prescription,
    Imaging,
    Letter,
    Other,
}

impl Kind {
    pub const ALL: [Kind; 5] = [Kind::Report, Kind::Prescription, Kind::Imaging, Kind::Letter, Kind::Other];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Report => "report",
            Kind::Prescription => "prescription",
            Kind::Imaging => "imaging",
            Kind::Letter => "letter",
            Kind::Other => "other",
        }
    }

    pub fn from_stored(text: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Kind::Report => "document-kind-report",
            Kind::Prescription => "document-kind-prescription",
            Kind::Imaging => "document-kind-imaging",
            Kind::Letter => "document-kind-letter",
            Kind::Other => "document-kind-other",
        }
    }

    /// The LOINC document code that stands for this kind (none for "other").
    pub fn loinc(self) -> Option<&'static str> {
        match self {
            Kind::Report => Some("11502-2"),
            Kind::Prescription => Some("57833-6"),
            Kind::Imaging => Some("18748-4"),
            Kind::Letter => Some("11488-4"),
            Kind::Other => None,
        }
    }

    /// The kind a DocumentReference's type (LOINC document codes) stands for.
    pub fn of_coding(coding: Option<&Coding>) -> Kind {
        match coding.map(|c| c.code.as_str()) {
            Some("11502-2" | "11526-1" | "47045-0" | "60591-5") => Kind::Report,
            Some("57833-6" | "57828-6" | "29551-9") => Kind::Prescription,
            Some("18748-4" | "18782-3" | "18747-6" | "55113-5") => Kind::Imaging,
            Some("11488-4" | "18842-5" | "34133-9" | "34109-9" | "51852-2") => Kind::Letter,
            _ => Kind::Other,
        }
    }
}

/// Who put a document in the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Professional,
    /// Added by the patient: not sealed as a professional's word.
    Patient,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Professional => "professional",
            Origin::Patient => "patient",
        }
    }
}

/// A document another page links to (the prescription a treatment comes from, the report of an
/// imaging study): its id, title and date.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct DocumentLink {
    pub document_id: String,
    pub title: String,
    pub issued_at: i64,
}

/// The documents of the record that items lead to, by item id, newest first: those `from`
/// joins to an item (`from` reads `<item id>, d.id, d.title, d.issued_at` from tables joining
/// `documents d`), in their version shown (replaced by no other), and only those the grant's
/// viewer sees ([`visible`]); none for a viewer who may not read documents
/// ([`Viewer::reads_documents`](crate::policy::Viewer::reads_documents)).
pub(crate) async fn links_by_item<K>(
    tx: &mut Transaction<'static, Any>,
    grant: &Grant<K>,
    from: &str,
) -> Result<std::collections::HashMap<String, Vec<DocumentLink>>> {
    if !grant.viewer().reads_documents() {
        return Ok(Default::default());
    }
    let sql = format!(
        "{from} LEFT JOIN document_visibility v ON v.document_id = d.id \
         WHERE {} AND d.patient_id = $2 AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.replaces_id = d.id) \
         ORDER BY d.issued_at DESC, d.id",
        visible()
    );
    let rows: Vec<(String, String, String, i64)> =
        sqlx::query_as(&sql).bind(visibility_rule(grant)).bind(grant.patient_id()).fetch_all(&mut **tx).await?;
    let mut by_item: std::collections::HashMap<String, Vec<DocumentLink>> = Default::default();
    for (item_id, document_id, title, issued_at) in rows {
        by_item.entry(item_id).or_default().push(DocumentLink { document_id, title, issued_at });
    }
    Ok(by_item)
}

/// A document as lists and its page show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub kind: Kind,
    pub origin: Origin,
    pub title: String,
    pub author_name: String,
    pub content_type: String,
    pub file_name: String,
    pub size: i64,
    pub issued_at: i64,
    pub recorded_at: i64,
    /// The document this one corrects.
    pub replaces: Option<String>,
    /// The document that corrects this one.
    pub replaced_by: Option<String>,
    /// The seal verifies against the stored manifest (the bytes themselves are checked by
    /// [`content`] and on the document's page).
    pub sealed: bool,
    /// The patient hid it from professionals (its author still sees it).
    pub hidden_from_professionals: bool,
    /// The patient hid it from legal representatives.
    pub hidden_from_representatives: bool,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    patient_id: String,
    kind: String,
    origin: String,
    title: String,
    author_name: String,
    content_type: String,
    file_name: String,
    sha256: String,
    size: i64,
    issued_at: i64,
    recorded_at: i64,
    replaces_id: Option<String>,
    replaced_by: Option<String>,
    seal_key_id: String,
    seal_signature: String,
    hidden_from_professionals: i64,
    hidden_from_representatives: i64,
}

impl Row {
    fn manifest(&self) -> Manifest {
        Manifest {
            sha256: self.sha256.clone(),
            patient_id: self.patient_id.clone(),
            author: self.author_name.clone(),
            issued_at: self.issued_at,
        }
    }

    fn into_document(self, sealer: &Sealer) -> Document {
        let sealed = sealer.verify(&self.manifest(), &self.seal_key_id, &self.seal_signature);
        Document {
            id: self.id,
            kind: Kind::from_stored(&self.kind).unwrap_or(Kind::Other),
            origin: if self.origin == "patient" { Origin::Patient } else { Origin::Professional },
            title: self.title,
            author_name: self.author_name,
            content_type: self.content_type,
            file_name: self.file_name,
            size: self.size,
            issued_at: self.issued_at,
            recorded_at: self.recorded_at,
            replaces: self.replaces_id,
            replaced_by: self.replaced_by,
            sealed,
            hidden_from_professionals: self.hidden_from_professionals == 1,
            hidden_from_representatives: self.hidden_from_representatives == 1,
        }
    }
}

const SELECT: &str =
    "SELECT d.id, d.patient_id, d.kind, d.origin, d.title, d.author_name, d.content_type, d.file_name, \
     d.sha256, d.size, d.issued_at, d.recorded_at, d.replaces_id, \
     (SELECT MIN(n.id) FROM documents n WHERE n.replaces_id = d.id) AS replaced_by, d.seal_key_id, d.seal_signature, \
     COALESCE(v.hidden_from_professionals, 0) AS hidden_from_professionals, \
     COALESCE(v.hidden_from_representatives, 0) AS hidden_from_representatives \
     FROM documents d LEFT JOIN document_visibility v ON v.document_id = d.id";

/// The condition that keeps only the documents the grant's viewer may see, with `$1` the
/// viewer's rule: empty for every document; `representative` for a legal representative, who is
/// not shown the documents hidden from representatives; otherwise a professional's account id:
/// a professional sees a document hidden from professionals only if they wrote it
/// ([`policy::written_by`]).
pub(crate) fn visible() -> String {
    format!(
        "($1 = '' \
         OR ($1 = 'representative' AND COALESCE(v.hidden_from_representatives, 0) = 0) \
         OR ($1 <> 'representative' AND (COALESCE(v.hidden_from_professionals, 0) = 0 OR {})))",
        policy::written_by("$1")
    )
}

/// `$1` of [`visible`] for a grant.
pub(crate) fn visibility_rule<K>(grant: &Grant<K>) -> String {
    match grant.document_filter() {
        DocumentFilter::All => String::new(),
        DocumentFilter::Representative => "representative".to_string(),
        DocumentFilter::Professional { account_id } => account_id.to_string(),
    }
}

/// A page of the record's documents, newest first, of one kind or all.
pub async fn list<K>(
    access: &mut Access<K>,
    sealer: &Sealer,
    kind: Option<Kind>,
    before: Option<&Cursor>,
) -> Result<Page<Document>> {
    let (tx, grant) = access.parts();
    let (at, id) = match before {
        Some(c) => (c.at, c.id.clone()),
        None => (i64::MAX, String::new()),
    };
    let sql = format!(
        "{SELECT} WHERE {} AND d.patient_id = $2 AND ($6 = '' OR d.kind = $6) \
         AND (d.issued_at < $3 OR (d.issued_at = $3 AND d.id < $4)) ORDER BY d.issued_at DESC, d.id DESC LIMIT $5",
        visible()
    );
    let rows: Vec<Row> = sqlx::query_as(&sql)
        .bind(visibility_rule(grant))
        .bind(grant.patient_id())
        .bind(at)
        .bind(id)
        .bind(PAGE_SIZE + 1)
        .bind(kind.map(Kind::as_str).unwrap_or_default())
        .fetch_all(&mut **tx)
        .await?;
    let documents = rows.into_iter().map(|r| r.into_document(sealer)).collect();
    Ok(paginate(documents, |d: &Document| Cursor { at: d.issued_at, id: d.id.clone() }))
}

/// Documents recorded after `since`, newest first (at most `limit`), except those the account
/// `not_added_by` added itself (one's own upload is not news to oneself).
pub async fn recorded_since<K>(
    access: &mut Access<K>,
    sealer: &Sealer,
    since: i64,
    not_added_by: &str,
    limit: i64,
) -> Result<Vec<Document>> {
    let (tx, grant) = access.parts();
    let sql = format!(
        "{SELECT} WHERE {} AND d.patient_id = $2 AND d.recorded_at > $3 \
         AND (d.added_by IS NULL OR d.added_by <> $5) ORDER BY d.recorded_at DESC, d.id LIMIT $4",
        visible()
    );
    let rows: Vec<Row> = sqlx::query_as(&sql)
        .bind(visibility_rule(grant))
        .bind(grant.patient_id())
        .bind(since)
        .bind(limit)
        .bind(not_added_by)
        .fetch_all(&mut **tx)
        .await?;
    Ok(rows.into_iter().map(|r| r.into_document(sealer)).collect())
}

/// One document of the record.
pub async fn get<K>(access: &mut Access<K>, sealer: &Sealer, id: &str) -> Result<Document> {
    let row = row(access, id).await?;
    Ok(row.into_document(sealer))
}

/// A document and its bytes. `sealed` is true only if the signature verifies *and* the bytes
/// still hash to the sealed value.
pub async fn content<K>(access: &mut Access<K>, sealer: &Sealer, id: &str) -> Result<(Document, Vec<u8>)> {
    let row = row(access, id).await?;
    let (tx, _) = access.parts();
    let bytes: Vec<u8> = sqlx::query_scalar("SELECT content FROM blobs WHERE sha256 = $1")
        .bind(&row.sha256)
        .fetch_one(&mut **tx)
        .await?;
    let intact = sha256_hex(&bytes) == row.sha256;
    let mut document = row.into_document(sealer);
    document.sealed &= intact;
    Ok((document, bytes))
}

async fn row<K>(access: &mut Access<K>, id: &str) -> Result<Row> {
    let (tx, grant) = access.parts();
    let sql = format!("{SELECT} WHERE {} AND d.patient_id = $2 AND d.id = $3", visible());
    sqlx::query_as(&sql)
        .bind(visibility_rule(grant))
        .bind(grant.patient_id())
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?
        .ok_or(Error::NotFound)
}

/// A document about to be published.
#[derive(Debug, Clone)]
pub struct NewDocument<'a> {
    pub source: &'a str,
    pub kind: Kind,
    pub origin: Origin,
    pub title: &'a str,
    pub author_id: Option<&'a str>,
    pub author_name: &'a str,
    pub content_type: &'a str,
    pub file_name: &'a str,
    pub bytes: &'a [u8],
    pub issued_at: i64,
    pub report_id: Option<&'a str>,
    pub replaces_id: Option<&'a str>,
    /// The account that added it through the portal (an upload); `None` for publications.
    pub added_by: Option<&'a str>,
    /// Hidden from a minor's legal representatives from the start (its publisher said so).
    pub hidden_from_representatives: bool,
}

/// Stores and seals a document unless the record has one from the same source already.
/// Returns the new document's id (`None` when it was there already).
pub(crate) async fn insert(
    tx: &mut Transaction<'static, Any>,
    grant: &Grant<Write>,
    sealer: &Sealer,
    new: &NewDocument<'_>,
) -> Result<Option<String>> {
    let patient_id = grant.patient_id();
    let exists: Option<String> = sqlx::query_scalar("SELECT id FROM documents WHERE patient_id = $1 AND source = $2")
        .bind(patient_id)
        .bind(new.source)
        .fetch_optional(&mut **tx)
        .await?;
    if exists.is_some() {
        return Ok(None);
    }
    if let Some(old) = new.replaces_id {
        let same_record: Option<String> =
            sqlx::query_scalar("SELECT id FROM documents WHERE id = $1 AND patient_id = $2")
                .bind(old)
                .bind(patient_id)
                .fetch_optional(&mut **tx)
                .await?;
        if same_record.is_none() {
            return Err(Error::NotFound);
        }
    }
    let sha256 = sha256_hex(new.bytes);
    sqlx::query("INSERT INTO blobs (sha256, content, size) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING")
        .bind(&sha256)
        .bind(new.bytes)
        .bind(new.bytes.len() as i64)
        .execute(&mut **tx)
        .await?;
    let manifest = Manifest {
        sha256: sha256.clone(),
        patient_id: patient_id.to_string(),
        author: new.author_name.to_string(),
        issued_at: new.issued_at,
    };
    let id = Uuid::new_v4().to_string();
    sqlx::query(
        "INSERT INTO documents (id, patient_id, source, kind, origin, title, author_id, author_name, content_type, \
         file_name, sha256, size, issued_at, recorded_at, report_id, replaces_id, seal_key_id, seal_signature, added_by) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)",
    )
    .bind(&id)
    .bind(patient_id)
    .bind(new.source)
    .bind(new.kind.as_str())
    .bind(new.origin.as_str())
    .bind(new.title)
    .bind(new.author_id)
    .bind(new.author_name)
    .bind(new.content_type)
    .bind(new.file_name)
    .bind(&sha256)
    .bind(new.bytes.len() as i64)
    .bind(new.issued_at)
    .bind(now_ms())
    .bind(new.report_id)
    .bind(new.replaces_id)
    .bind(sealer.key_id())
    .bind(sealer.seal(&manifest))
    .bind(new.added_by)
    .execute(&mut **tx)
    .await?;
    crate::sharing::visibility::apply_default(tx, patient_id, &id).await?;
    if new.hidden_from_representatives {
        crate::sharing::visibility::hide_from_representatives(tx, patient_id, &id).await?;
    }
    if let Some(previous) = new.replaces_id {
        crate::sharing::visibility::inherit(tx, patient_id, &id, previous).await?;
    }
    Ok(Some(id))
}

/// Stores a document its publisher sends under `new.source`, as a new version when it was sent
/// before with other content: the version shown (the latest of that source, replaced by no
/// other) is replaced by the new file, stored under `<source>@<its digest>` with `replaces_id`
/// pointing to it, so both stay sealed and the page of each links to the other. The same file
/// again changes nothing. Returns what it did, with the id of the document stored, if one was.
pub(crate) async fn store_version(
    tx: &mut Transaction<'static, Any>,
    grant: &Grant<Write>,
    sealer: &Sealer,
    new: &NewDocument<'_>,
) -> Result<(super::Stored, Option<String>)> {
    use super::Stored;
    let versions = format!("{}@", new.source);
    let Some((shown_id, shown_sha)) = shown_version(tx, grant, new.source).await? else {
        return Ok(match insert(tx, grant, sealer, new).await? {
            Some(id) => (Stored::Added, Some(id)),
            None => (Stored::Unchanged, None),
        });
    };
    let sha = sha256_hex(new.bytes);
    if sha == shown_sha {
        return Ok((Stored::Unchanged, None));
    }
    let source = format!("{versions}{}", &sha[..16]);
    let version = NewDocument { source: &source, replaces_id: Some(&shown_id), ..new.clone() };
    Ok(match insert(tx, grant, sealer, &version).await? {
        Some(id) => (Stored::Corrected, Some(id)),
        None => (Stored::Unchanged, None),
    })
}

/// The version shown of the document its publisher sent under `source` (the latest, replaced by
/// no other): its id and digest.
pub(crate) async fn shown_version(
    tx: &mut Transaction<'static, Any>,
    grant: &Grant<Write>,
    source: &str,
) -> Result<Option<(String, String)>> {
    Ok(sqlx::query_as(
        "SELECT d.id, d.sha256 FROM documents d WHERE d.patient_id = $1 \
         AND (d.source = $2 OR substr(d.source, 1, length($3)) = $3) \
         AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.replaces_id = d.id) \
         ORDER BY d.recorded_at DESC, d.id LIMIT 1",
    )
    .bind(grant.patient_id())
    .bind(source)
    .bind(format!("{source}@"))
    .fetch_optional(&mut **tx)
    .await?)
}

/// The id of the record's document published from `source` (what a correction names).
pub(crate) async fn id_of_source(
    tx: &mut Transaction<'static, Any>,
    grant: &Grant<Write>,
    source: &str,
) -> Result<String> {
    sqlx::query_scalar("SELECT id FROM documents WHERE patient_id = $1 AND source = $2")
        .bind(grant.patient_id())
        .bind(source)
        .fetch_optional(&mut **tx)
        .await?
        .ok_or(Error::Invalid(Problem::ReplacesUnknown))
}

/// Largest file a patient may add.
pub const MAX_UPLOAD_BYTES: usize = 10 * 1024 * 1024;

/// A file a patient adds to their own record.
#[derive(Debug, Clone)]
pub struct Upload<'a> {
    pub title: &'a str,
    pub kind: Kind,
    /// The name the file had on the patient's device (only its last component is kept).
    pub file_name: &'a str,
    pub bytes: &'a [u8],
}

/// What adding a file did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Uploaded {
    /// A new document, by its id.
    Added(String),
    /// The record already held this very file, added from the patient's side: that document.
    AlreadyThere(String),
}

/// Adds a patient's own file to their record (or one added by someone acting for them), marked
/// as patient-provided (and sealed, so that it too is provably unchanged). Only PDF, JPEG and
/// PNG are taken, judged by content; the name is cleaned. The same file sent again by the same
/// person (a double tap on a slow network) gives the document already there. The files added from the patient's
/// side may take at most [`Db::upload_quota_bytes`] in all (`error-upload-quota`).
pub async fn upload(db: &Db, sealer: &Sealer, actor: &Actor, upload: &Upload<'_>) -> Result<Uploaded> {
    let title = single_line(upload.title, 200).ok_or(Error::Invalid(Problem::UploadTitle))?;
    if upload.bytes.is_empty() {
        return Err(Error::Invalid(Problem::UploadMissing));
    }
    if upload.bytes.len() > MAX_UPLOAD_BYTES {
        return Err(Error::Invalid(Problem::UploadTooLarge));
    }
    let file_type = match sniff(upload.bytes) {
        Some(t @ (FileType::Pdf | FileType::Jpeg | FileType::Png)) => t,
        _ => return Err(Error::Invalid(Problem::UploadType)),
    };
    let file_name = safe_file_name(upload.file_name, title, file_type.extension());
    let mut access = access::open_write(db, actor, Subject::OwnRecord, WriteAction::Upload).await?;
    {
        let (tx, grant) = access.parts();
        let sha256 = sha256_hex(upload.bytes);
        // Only a file this same person added: whether someone else's (a document they may not
        // see) holds these bytes is none of their business.
        let same: Option<String> = sqlx::query_scalar(
            "SELECT id FROM documents WHERE patient_id = $1 AND sha256 = $2 AND origin = $3 AND added_by = $4 \
             ORDER BY recorded_at, id",
        )
        .bind(grant.patient_id())
        .bind(&sha256)
        .bind(Origin::Patient.as_str())
        .bind(actor.account_id().unwrap_or_default())
        .fetch_optional(&mut **tx)
        .await?;
        if let Some(id) = same {
            access.commit().await?;
            return Ok(Uploaded::AlreadyThere(id));
        }
        // PostgreSQL sums BIGINTs as NUMERIC, which the Any driver cannot read: hence the cast.
        let used: Option<i64> =
            sqlx::query_scalar("SELECT CAST(SUM(size) AS BIGINT) FROM documents WHERE patient_id = $1 AND origin = $2")
                .bind(grant.patient_id())
                .bind(Origin::Patient.as_str())
                .fetch_one(&mut **tx)
                .await?;
        if used.unwrap_or(0) + upload.bytes.len() as i64 > db.upload_quota_bytes() {
            return Err(Error::Invalid(Problem::UploadQuota));
        }
    }
    // The one who adds it is its author: the patient, or whoever acts for them.
    let author_name: String = {
        let by_delegate = matches!(access.viewer(), policy::Viewer::Delegate { .. });
        let (tx, grant) = access.parts();
        match actor.account_id().filter(|_| by_delegate) {
            Some(account_id) => {
                sqlx::query_scalar("SELECT display_name FROM accounts WHERE id = $1")
                    .bind(account_id)
                    .fetch_one(&mut **tx)
                    .await?
            }
            None => {
                let (given, family): (String, String) =
                    sqlx::query_as("SELECT given_names, family_name FROM patients WHERE id = $1")
                        .bind(grant.patient_id())
                        .fetch_one(&mut **tx)
                        .await?;
                format!("{given} {family}").trim().to_string()
            }
        }
    };
    let source = format!("upload/{}", Uuid::new_v4());
    let new = NewDocument {
        source: &source,
        kind: upload.kind,
        origin: Origin::Patient,
        title,
        author_id: None,
        author_name: &author_name,
        content_type: file_type.mime(),
        file_name: &file_name,
        bytes: upload.bytes,
        issued_at: now_ms(),
        report_id: None,
        replaces_id: None,
        added_by: actor.account_id(),
        hidden_from_representatives: false,
    };
    let (tx, grant) = access.parts();
    let id = insert(tx, grant, sealer, &new).await?.ok_or(Error::Conflict(Problem::UploadDuplicate))?;
    access.commit().await?;
    Ok(Uploaded::Added(id))
}

/// What `/verify` and `carnet verify-document` say about a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verification {
    /// Sealed by this Carnet and unchanged since.
    Sealed { sha256: String, author_name: String, issued_at: i64, kind: Kind, origin: Origin },
    /// No document with these bytes was sealed here: another file, or this one changed.
    Unknown { sha256: String },
    /// A document with these bytes exists but its seal does not verify: the stored record was
    /// tampered with.
    Broken { sha256: String },
}

/// Checks a file against the seals of this Carnet. Public by design: it tells the holder of a
/// file only who sealed it, when, and what kind of document it is, never whose record it is in.
pub async fn verify_file(db: &Db, sealer: &Sealer, bytes: &[u8]) -> Result<Verification> {
    verify_hash(db, sealer, &sha256_hex(bytes)).await
}

/// As [`verify_file`], for a file known by its SHA-256 (lower-case hex).
pub async fn verify_hash(db: &Db, sealer: &Sealer, sha256: &str) -> Result<Verification> {
    let sha256 = sha256.to_ascii_lowercase();
    if sha256.len() != 64 || !sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(Verification::Unknown { sha256 });
    }
    let sql = format!("{SELECT} WHERE d.sha256 = $1 ORDER BY d.issued_at, d.id LIMIT 20");
    let rows: Vec<Row> = sqlx::query_as(&sql).bind(&sha256).fetch_all(db.pool()).await?;
    if rows.is_empty() {
        return Ok(Verification::Unknown { sha256 });
    }
    for row in rows {
        if sealer.verify(&row.manifest(), &row.seal_key_id, &row.seal_signature) {
            let document = row.into_document(sealer);
            return Ok(Verification::Sealed {
                sha256,
                author_name: document.author_name,
                issued_at: document.issued_at,
                kind: document.kind,
                origin: document.origin,
            });
        }
    }
    Ok(Verification::Broken { sha256 })
}

/// How a document's bytes may be served: shown inline as this type (only when the declared
/// type and the content agree), or else downloaded as opaque bytes.
pub fn inline_type(document: &Document, bytes: &[u8]) -> Option<FileType> {
    checked_type(&document.content_type, bytes)
}
