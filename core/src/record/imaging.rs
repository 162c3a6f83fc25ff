//! Imaging studies and their reports: a study is an item of the health profile (kind `imaging`,
//! see [`super::health_profile`]); the report that reads it (`profile_items.report_id`, set by
//! [`super::health_profile::link_report`] as its publisher named it) has its own document, which
//! the study's line leads to — when the viewer may read documents
//! ([`Viewer::reads_documents`]) and sees that one.
//!
//! [`Viewer::reads_documents`]: crate::policy::Viewer::reads_documents

use std::collections::HashMap;

use super::documents::{self, DocumentLink};
use crate::access::Access;
use crate::Result;

/// The documents of the reports each imaging study of the record is read in (by item id),
/// newest first: the versions shown that the viewer sees; none when the viewer may not read
/// documents.
pub async fn reports_of_studies<K>(access: &mut Access<K>) -> Result<HashMap<String, Vec<DocumentLink>>> {
    let (tx, grant) = access.parts();
    if !grant.viewer().reads_documents() {
        return Ok(HashMap::new());
    }
    let sql = format!(
        "SELECT p.id, d.id AS document_id, d.title, d.issued_at FROM profile_items p \
         JOIN documents d ON d.report_id = p.report_id LEFT JOIN document_visibility v ON v.document_id = d.id \
         WHERE {} AND d.patient_id = $2 AND p.patient_id = $2 AND p.kind = 'imaging' \
         AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.replaces_id = d.id) ORDER BY d.issued_at DESC, d.id",
        documents::visible()
    );
    let rows: Vec<(String, String, String, i64)> = sqlx::query_as(&sql)
        .bind(documents::visibility_rule(grant))
        .bind(grant.patient_id())
        .fetch_all(&mut **tx)
        .await?;
    Ok(documents::by_item(rows))
}
