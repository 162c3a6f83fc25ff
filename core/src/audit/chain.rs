//! The chain: appending one hash-chained row per decision, in the transaction of the access it
//! guards, and the hash every row carries.
//!
//! The chain: `hash = SHA-256(len-prefixed fields)` over the previous row's hash and this row's
//! fields (format in `docs/audit.md`). `audit_head` holds the last link; the statement that
//! advances it takes its row lock on PostgreSQL, so concurrent appends from several nodes queue
//! up instead of forking the chain (SQLite serialises write transactions already).

use sha2::{Digest, Sha256};
use sqlx::{Any, Transaction};

use crate::clock::now_ms;
use crate::Result;

/// One decision, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry<'a> {
    pub actor_kind: &'a str,
    pub actor_id: &'a str,
    pub actor_role: &'a str,
    pub on_behalf_of: Option<&'a str>,
    pub patient_id: Option<&'a str>,
    pub action: &'a str,
    pub target: Option<&'a str>,
    pub allowed: bool,
    pub reason: &'a str,
}

impl<'a> Entry<'a> {
    /// A signed-in person's own act that is not a decision of the policy (signing in, accepting
    /// an invitation, a desk action): by an account, allowed, about no record unless [`about`]
    /// says which.
    ///
    /// [`about`]: Entry::about
    pub fn by_person(account_id: &'a str, role: &'a str, action: &'a str, reason: &'a str) -> Entry<'a> {
        Entry {
            actor_kind: "account",
            actor_id: account_id,
            actor_role: role,
            on_behalf_of: None,
            patient_id: None,
            action,
            target: None,
            allowed: true,
            reason,
        }
    }

    /// The entry about `patient_id`'s record and `target`, done through `on_behalf_of` (a
    /// delegation or an assisted session) if any.
    pub fn about(self, patient_id: &'a str, target: Option<&'a str>, on_behalf_of: Option<&'a str>) -> Entry<'a> {
        Entry { patient_id: Some(patient_id), target, on_behalf_of, ..self }
    }
}

/// A decision to append later, by the node's group commit ([`super::writer`]): a read's or a
/// refusal's, with the moment it was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pending {
    /// When the decision was made (the row's `at`), not when the batch commits.
    pub at: i64,
    pub actor_kind: String,
    pub actor_id: String,
    pub actor_role: String,
    pub on_behalf_of: Option<String>,
    pub patient_id: Option<String>,
    pub action: String,
    pub target: Option<String>,
    pub allowed: bool,
    pub reason: String,
}

impl Pending {
    pub fn of(entry: &Entry<'_>) -> Pending {
        Pending {
            at: now_ms(),
            actor_kind: entry.actor_kind.to_string(),
            actor_id: entry.actor_id.to_string(),
            actor_role: entry.actor_role.to_string(),
            on_behalf_of: entry.on_behalf_of.map(str::to_string),
            patient_id: entry.patient_id.map(str::to_string),
            action: entry.action.to_string(),
            target: entry.target.map(str::to_string),
            allowed: entry.allowed,
            reason: entry.reason.to_string(),
        }
    }

    pub fn entry(&self) -> Entry<'_> {
        Entry {
            actor_kind: &self.actor_kind,
            actor_id: &self.actor_id,
            actor_role: &self.actor_role,
            on_behalf_of: self.on_behalf_of.as_deref(),
            patient_id: self.patient_id.as_deref(),
            action: &self.action,
            target: self.target.as_deref(),
            allowed: self.allowed,
            reason: &self.reason,
        }
    }
}

/// The hash of a row, given the previous row's hash. Every field is written as a 4-byte
/// big-endian length then its UTF-8 bytes; an absent value is the length `0xFFFFFFFF` alone.
pub fn row_hash(prev_hash: &str, seq: i64, at: i64, entry: &Entry<'_>) -> String {
    let mut hasher = Sha256::new();
    let seq = seq.to_string();
    let at = at.to_string();
    let fields: [Option<&str>; 12] = [
        Some(prev_hash),
        Some(&seq),
        Some(&at),
        Some(entry.actor_kind),
        Some(entry.actor_id),
        Some(entry.actor_role),
        entry.on_behalf_of,
        entry.patient_id,
        Some(entry.action),
        entry.target,
        Some(if entry.allowed { "allow" } else { "deny" }),
        Some(entry.reason),
    ];
    for field in fields {
        match field {
            Some(text) => {
                hasher.update((text.len() as u32).to_be_bytes());
                hasher.update(text.as_bytes());
            }
            None => hasher.update(u32::MAX.to_be_bytes()),
        }
    }
    hex::encode(hasher.finalize())
}

/// The columns of `audit_log`, in the order of [`StoredRow`].
pub const STORED_COLUMNS: &str =
    "seq, at, actor_kind, actor_id, actor_role, on_behalf_of, patient_id, action, target, decision, reason, prev_hash, hash";

/// A row as stored (what `carnet audit verify` reads back).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct StoredRow {
    pub seq: i64,
    pub at: i64,
    pub actor_kind: String,
    pub actor_id: String,
    pub actor_role: String,
    pub on_behalf_of: Option<String>,
    pub patient_id: Option<String>,
    pub action: String,
    pub target: Option<String>,
    pub decision: String,
    pub reason: String,
    pub prev_hash: String,
    pub hash: String,
}

impl StoredRow {
    /// The hash this row's content gives after `prev_hash`.
    pub fn hash_after(&self, prev_hash: &str) -> String {
        let entry = Entry {
            actor_kind: &self.actor_kind,
            actor_id: &self.actor_id,
            actor_role: &self.actor_role,
            on_behalf_of: self.on_behalf_of.as_deref(),
            patient_id: self.patient_id.as_deref(),
            action: &self.action,
            target: self.target.as_deref(),
            allowed: self.decision == "allow",
            reason: &self.reason,
        };
        row_hash(prev_hash, self.seq, self.at, &entry)
    }

    /// Whether the stored hash is the hash of the stored content after the stored `prev_hash`
    /// (a decision other than the two the hash can express is an edit too).
    pub fn is_intact(&self) -> bool {
        matches!(self.decision.as_str(), "allow" | "deny") && self.hash_after(&self.prev_hash) == self.hash
    }
}

/// Appends `entry` within `tx`. If this fails, the caller's access fails with it.
pub async fn append(tx: &mut Transaction<'static, Any>, entry: &Entry<'_>) -> Result<()> {
    append_all(tx, &[(now_ms(), entry.clone())]).await
}

/// Appends `entries` within `tx`, in order, each with the moment its decision was made: the
/// head advances once for all of them (the group commit of [`super::writer`]).
pub async fn append_all(tx: &mut Transaction<'static, Any>, entries: &[(i64, Entry<'_>)]) -> Result<()> {
    if entries.is_empty() {
        return Ok(());
    }
    let (last, mut prev_hash): (i64, String) =
        sqlx::query_as("UPDATE audit_head SET seq = seq + $1 WHERE id = 1 RETURNING seq, hash")
            .bind(entries.len() as i64)
            .fetch_one(&mut **tx)
            .await?;
    for (seq, (at, entry)) in (last - entries.len() as i64 + 1..).zip(entries) {
        let (at, entry) = (*at, entry);
        let hash = row_hash(&prev_hash, seq, at, entry);
        sqlx::query(
            "INSERT INTO audit_log (seq, at, actor_kind, actor_id, actor_role, on_behalf_of, patient_id, action, \
             target, decision, reason, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        )
        .bind(seq)
        .bind(at)
        .bind(entry.actor_kind)
        .bind(entry.actor_id)
        .bind(entry.actor_role)
        .bind(entry.on_behalf_of)
        .bind(entry.patient_id)
        .bind(entry.action)
        .bind(entry.target)
        .bind(if entry.allowed { "allow" } else { "deny" })
        .bind(entry.reason)
        .bind(&prev_hash)
        .bind(&hash)
        .execute(&mut **tx)
        .await?;
        prev_hash = hash;
    }
    sqlx::query("UPDATE audit_head SET hash = $1 WHERE id = 1").bind(&prev_hash).execute(&mut **tx).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> Entry<'static> {
        Entry {
            actor_kind: "account",
            actor_id: "a1",
            actor_role: "patient",
            on_behalf_of: None,
            patient_id: Some("p1"),
            action: "read.results",
            target: None,
            allowed: true,
            reason: "owner",
        }
    }

    #[test]
    fn the_hash_covers_every_field_and_the_previous_link() {
        let base = row_hash("00", 1, 10, &entry());
        assert_eq!(base.len(), 64);
        assert_ne!(base, row_hash("01", 1, 10, &entry()));
        assert_ne!(base, row_hash("00", 2, 10, &entry()));
        assert_ne!(base, row_hash("00", 1, 11, &entry()));
        assert_ne!(base, row_hash("00", 1, 10, &Entry { allowed: false, ..entry() }));
        assert_ne!(base, row_hash("00", 1, 10, &Entry { patient_id: None, ..entry() }));
        assert_ne!(base, row_hash("00", 1, 10, &Entry { target: Some(""), ..entry() }), "absent is not empty");
        // Lengths are part of the input, so moving text between fields changes the hash.
        assert_ne!(
            row_hash("00", 1, 10, &Entry { actor_id: "a1p", actor_role: "atient", ..entry() }),
            row_hash("00", 1, 10, &Entry { actor_id: "a1", actor_role: "patient", ..entry() }),
        );
    }
}
