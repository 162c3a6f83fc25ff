//! Signed checkpoints: at regular intervals the server signs the chain's head (sequence number
//! and hash) with its Ed25519 key. Someone able to rewrite the database could recompute every
//! hash after an edit; they cannot forge the server's signature over a head that no longer
//! exists, so every row up to the last checkpoint is fixed.

use crate::clock::now_ms;
use crate::db::Db;
use crate::seal::Sealer;
use crate::Result;

/// The bytes a checkpoint's signature covers (format in `docs/audit.md`).
pub fn message(seq: i64, hash: &str, at: i64) -> Vec<u8> {
    format!("carnet-audit-checkpoint-v1\nseq:{seq}\nhash:{hash}\nat:{at}\n").into_bytes()
}

/// One stored checkpoint.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Checkpoint {
    pub seq: i64,
    pub hash: String,
    pub at: i64,
    pub key_id: String,
    pub signature: String,
}

impl Checkpoint {
    /// Whether the signature is `sealer`'s over this checkpoint.
    pub fn is_signed_by(&self, sealer: &Sealer) -> bool {
        sealer.verify_signature(&message(self.seq, &self.hash, self.at), &self.key_id, &self.signature)
    }
}

/// Signs the chain's head if it moved since the last checkpoint. Returns the sequence number
/// checkpointed, or `None` when there was nothing new.
pub async fn write(db: &Db, sealer: &Sealer) -> Result<Option<i64>> {
    let mut tx = db.begin().await?;
    let (seq, hash): (i64, String) =
        sqlx::query_as("SELECT seq, hash FROM audit_head WHERE id = 1").fetch_one(&mut *tx).await?;
    let last: Option<i64> = sqlx::query_scalar("SELECT MAX(seq) FROM audit_checkpoints").fetch_one(&mut *tx).await?;
    if seq == 0 || last.is_some_and(|last| last >= seq) {
        return Ok(None);
    }
    let at = now_ms();
    sqlx::query("INSERT INTO audit_checkpoints (seq, hash, at, key_id, signature) VALUES ($1, $2, $3, $4, $5)")
        .bind(seq)
        .bind(&hash)
        .bind(at)
        .bind(sealer.key_id())
        .bind(sealer.sign(&message(seq, &hash, at)))
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Some(seq))
}

/// Every checkpoint, oldest first.
pub async fn all(db: &Db) -> Result<Vec<Checkpoint>> {
    Ok(sqlx::query_as("SELECT seq, hash, at, key_id, signature FROM audit_checkpoints ORDER BY seq")
        .fetch_all(db.pool())
        .await?)
}
