//! Prescriptions and the treatments they contain: the links a publisher sends (a
//! DocumentReference's `context.related` naming MedicationRequests, see
//! [`crate::fhir::Linked`]) or the portal's prescription form makes, stored per document
//! version (a corrected prescription keeps its predecessor's links unless it names its own), and
//! read both ways under the viewer's rules: a treatment names the prescriptions it comes from
//! when the viewer may read documents ([`Viewer::reads_documents`]) and sees that document; a
//! prescription lists its treatments when the viewer may read the health profile
//! ([`Viewer::reads_profile`]) and sees them.
//!
//! [`Viewer::reads_documents`]: crate::policy::Viewer::reads_documents
//! [`Viewer::reads_profile`]: crate::policy::Viewer::reads_profile

use std::collections::HashMap;

use sqlx::{Any, Transaction};

use super::documents::{self, DocumentLink};
use super::health_profile;
use crate::access::Access;
use crate::fhir::Linked;
use crate::policy::{Grant, Write};
use crate::{Problem, Result};

/// A treatment a prescription contains, as its page lists it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Treatment {
    pub item_id: String,
    pub display: String,
    /// The dosage, as prescribed.
    pub detail: Option<String>,
}

/// Links the record's document `document_id` to the treatments it names, by their publisher's
/// keys (`key_of` gives the key of a source). A treatment of the same bundle that was not kept
/// (withdrawn) links to nothing; one published before must be in the record, else the whole
/// publication is refused. With no treatments named, a new version keeps the links of the
/// version it replaces.
pub(crate) async fn link(
    tx: &mut Transaction<'static, Any>,
    grant: &Grant<Write>,
    document_id: &str,
    treatments: &[Linked],
    key_of: impl Fn(&str) -> String,
) -> Result<()> {
    if treatments.is_empty() {
        sqlx::query(
            "INSERT INTO prescription_treatments (document_id, item_id) \
             SELECT d.id, pt.item_id FROM documents d JOIN prescription_treatments pt ON pt.document_id = d.replaces_id \
             WHERE d.id = $1 AND d.patient_id = $2 ON CONFLICT (document_id, item_id) DO NOTHING",
        )
        .bind(document_id)
        .bind(grant.patient_id())
        .execute(&mut **tx)
        .await?;
        return Ok(());
    }
    for treatment in treatments {
        let item: Option<String> = sqlx::query_scalar(
            "SELECT id FROM profile_items WHERE patient_id = $1 AND source = $2 AND kind = 'medication' \
             AND withdrawn_at IS NULL",
        )
        .bind(grant.patient_id())
        .bind(key_of(treatment.source()))
        .fetch_optional(&mut **tx)
        .await?;
        match item {
            Some(item_id) => link_item(tx, document_id, &item_id).await?,
            None => super::unresolved(treatment, Problem::PrescribedUnknown)?,
        }
    }
    Ok(())
}

/// Links a document to one treatment of the same record (both just stored by the caller).
pub(crate) async fn link_item(tx: &mut Transaction<'static, Any>, document_id: &str, item_id: &str) -> Result<()> {
    sqlx::query(
        "INSERT INTO prescription_treatments (document_id, item_id) VALUES ($1, $2) \
         ON CONFLICT (document_id, item_id) DO NOTHING",
    )
    .bind(document_id)
    .bind(item_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The prescriptions each of the record's treatments comes from (by item id), newest first:
/// the versions shown (replaced by no other) that the viewer sees; none when the viewer may not
/// read documents.
pub async fn of_treatments<K>(access: &mut Access<K>) -> Result<HashMap<String, Vec<DocumentLink>>> {
    let (tx, grant) = access.parts();
    let from = "SELECT pt.item_id, d.id, d.title, d.issued_at FROM prescription_treatments pt \
                JOIN documents d ON d.id = pt.document_id";
    documents::links_by_item(tx, grant, from).await
}

/// The treatments a document of the record contains that the viewer sees (none when the viewer
/// may not read the health profile). The caller has read the document itself through the
/// policy.
pub async fn treatments_of<K>(access: &mut Access<K>, document_id: &str) -> Result<Vec<Treatment>> {
    let (tx, grant) = access.parts();
    if !grant.viewer().reads_profile() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT p.id AS item_id, p.display, p.detail FROM prescription_treatments pt \
         JOIN profile_items p ON p.id = pt.item_id \
         WHERE pt.document_id = $1 AND p.patient_id = $2 AND p.withdrawn_at IS NULL {} ORDER BY p.display, p.id",
        health_profile::hidden_for(grant.viewer())
    );
    Ok(sqlx::query_as(&sql).bind(document_id).bind(grant.patient_id()).fetch_all(&mut **tx).await?)
}

/// Every link of the record whose document and treatment the viewer both sees, by document id:
/// what the export writes in each DocumentReference's `context.related`.
pub async fn all<K>(access: &mut Access<K>) -> Result<HashMap<String, Vec<String>>> {
    let (tx, grant) = access.parts();
    if !grant.viewer().reads_documents() || !grant.viewer().reads_profile() {
        return Ok(HashMap::new());
    }
    let sql = format!(
        "SELECT pt.document_id, pt.item_id FROM prescription_treatments pt \
         JOIN documents d ON d.id = pt.document_id LEFT JOIN document_visibility v ON v.document_id = d.id \
         JOIN profile_items p ON p.id = pt.item_id \
         WHERE {} AND d.patient_id = $2 AND p.patient_id = $2 AND p.withdrawn_at IS NULL {} \
         ORDER BY pt.document_id, pt.item_id",
        documents::visible(),
        health_profile::hidden_for(grant.viewer())
    );
    let rows: Vec<(String, String)> = sqlx::query_as(&sql)
        .bind(documents::visibility_rule(grant))
        .bind(grant.patient_id())
        .fetch_all(&mut **tx)
        .await?;
    let mut by_document: HashMap<String, Vec<String>> = HashMap::new();
    for (document_id, item_id) in rows {
        by_document.entry(document_id).or_default().push(item_id);
    }
    Ok(by_document)
}
