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
    // The record's studies only (a report is linked to studies of its own record).
    let from = "SELECT p.id, d.id, d.title, d.issued_at FROM profile_items p JOIN documents d \
                ON d.report_id = p.report_id AND d.patient_id = p.patient_id AND p.kind = 'imaging'";
    documents::links_by_item(tx, grant, from).await
}
