//! Documents hidden from professionals (their author still sees them) or from legal
//! representatives, and whether new documents start hidden. Documents never change: who they
//! are hidden from is a row of its own.

use sqlx::{Any, Transaction};

use crate::access;
use crate::clock::now_ms;
use crate::db::Db;
use crate::policy::{Actor, ShareChange, Subject, WriteAction};
use crate::Result;

/// Who a document is hidden from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Hidden {
    pub from_professionals: bool,
    pub from_representatives: bool,
}

/// The patient sets who one of their documents is hidden from. Someone else's document, or a
/// missing one, is not found.
pub async fn set(db: &Db, actor: &Actor, document_id: &str, hidden: Hidden) -> Result<()> {
    let change = if hidden.from_professionals || hidden.from_representatives {
        ShareChange::HideDocument
    } else {
        ShareChange::ShowDocument
    };
    let mut access = access::open_write(db, actor, Subject::Document(document_id), WriteAction::Share(change)).await?;
    let (tx, grant) = access.parts();
    let patient_id = grant.patient_id().to_string();
    write(tx, &patient_id, document_id, hidden).await?;
    // A prescription kept from the legal representatives keeps its treatments from them too (a
    // minor's contraception would otherwise still show in the health profile). Shown again, the
    // treatments stay hidden until the patient shows each one.
    if hidden.from_representatives {
        crate::record::health_profile::hide_prescribed_from_representatives(tx, &patient_id, document_id).await?;
    }
    access.commit().await
}

/// The patient chooses whether documents added from now on start hidden from professionals.
pub async fn set_hide_new_documents(db: &Db, actor: &Actor, hide: bool) -> Result<()> {
    let action = WriteAction::Share(ShareChange::HideNewDocuments);
    let target = if hide { "on" } else { "off" };
    let mut access = access::open_write_on(db, actor, Subject::OwnRecord, action, Some(target)).await?;
    let (tx, grant) = access.parts();
    let patient_id = grant.patient_id().to_string();
    sqlx::query(
        "INSERT INTO sharing_preferences (patient_id, hide_new_documents, changed_at) VALUES ($1, $2, $3) \
         ON CONFLICT (patient_id) DO UPDATE SET hide_new_documents = excluded.hide_new_documents, \
         changed_at = excluded.changed_at",
    )
    .bind(&patient_id)
    .bind(i64::from(hide))
    .bind(now_ms())
    .execute(&mut **tx)
    .await?;
    access.commit().await
}

pub(crate) async fn hides_new_documents(tx: &mut Transaction<'static, Any>, patient_id: &str) -> Result<bool> {
    let hide: Option<i64> =
        sqlx::query_scalar("SELECT hide_new_documents FROM sharing_preferences WHERE patient_id = $1")
            .bind(patient_id)
            .fetch_optional(&mut **tx)
            .await?;
    Ok(hide == Some(1))
}

/// A document just added starts hidden from professionals if the patient chose so.
pub(crate) async fn apply_default(
    tx: &mut Transaction<'static, Any>,
    patient_id: &str,
    document_id: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO document_visibility (document_id, patient_id, hidden_from_professionals, \
         hidden_from_representatives, changed_at) \
         SELECT $1, patient_id, 1, 0, $2 FROM sharing_preferences WHERE patient_id = $3 AND hide_new_documents = 1",
    )
    .bind(document_id)
    .bind(now_ms())
    .bind(patient_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A document its publisher hides from a minor's legal representatives as it is stored.
pub(crate) async fn hide_from_representatives(
    tx: &mut Transaction<'static, Any>,
    patient_id: &str,
    document_id: &str,
) -> Result<()> {
    let hidden = Hidden { from_representatives: true, ..read(tx, document_id).await? };
    write(tx, patient_id, document_id, hidden).await
}

/// A new version of a document (a correction) is hidden from whoever its previous version was
/// hidden from: a correction never shows what the patient (or the publisher) hid.
pub(crate) async fn inherit(
    tx: &mut Transaction<'static, Any>,
    patient_id: &str,
    document_id: &str,
    previous_id: &str,
) -> Result<()> {
    let (previous, now) = (read(tx, previous_id).await?, read(tx, document_id).await?);
    if previous == Hidden::default() {
        return Ok(());
    }
    let hidden = Hidden {
        from_professionals: previous.from_professionals || now.from_professionals,
        from_representatives: previous.from_representatives || now.from_representatives,
    };
    write(tx, patient_id, document_id, hidden).await
}

/// Whether a document is hidden from a minor's legal representatives (what they may be told).
pub(crate) async fn hidden_from_representatives(tx: &mut Transaction<'static, Any>, document_id: &str) -> Result<bool> {
    Ok(read(tx, document_id).await?.from_representatives)
}

/// Who a document is hidden from (no row: from no one).
async fn read(tx: &mut Transaction<'static, Any>, document_id: &str) -> Result<Hidden> {
    let flags: Option<(i64, i64)> = sqlx::query_as(
        "SELECT hidden_from_professionals, hidden_from_representatives FROM document_visibility WHERE document_id = $1",
    )
    .bind(document_id)
    .fetch_optional(&mut **tx)
    .await?;
    let (professionals, representatives) = flags.unwrap_or((0, 0));
    Ok(Hidden { from_professionals: professionals == 1, from_representatives: representatives == 1 })
}

/// Sets who a document is hidden from: the one statement that writes a document's row.
async fn write(tx: &mut Transaction<'static, Any>, patient_id: &str, document_id: &str, hidden: Hidden) -> Result<()> {
    sqlx::query(
        "INSERT INTO document_visibility (document_id, patient_id, hidden_from_professionals, \
         hidden_from_representatives, changed_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (document_id) DO UPDATE SET hidden_from_professionals = excluded.hidden_from_professionals, \
         hidden_from_representatives = excluded.hidden_from_representatives, changed_at = excluded.changed_at",
    )
    .bind(document_id)
    .bind(patient_id)
    .bind(i64::from(hidden.from_professionals))
    .bind(i64::from(hidden.from_representatives))
    .bind(now_ms())
    .execute(&mut **tx)
    .await?;
    Ok(())
}
