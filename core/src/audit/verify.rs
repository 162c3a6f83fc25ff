//! `carnet audit verify`: recomputes the whole chain from the first row, checks every link,
//! the head, and every checkpoint's signature and position, and names the first bad position.
//! Rows are read in batches, so a log of millions of rows is checked in constant memory.

use super::chain::{StoredRow, STORED_COLUMNS};
use super::checkpoints::{self, Checkpoint, Signers};
use crate::db::Db;
use crate::Result;

/// The hash before the first row.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

const BATCH: i64 = 5_000;

/// What is wrong at the first bad position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The row at this position is missing, or one was inserted or moved: sequence numbers
    /// must run 1, 2, 3… without a gap.
    Sequence { expected: i64, found: i64 },
    /// The row does not link to the previous row's hash.
    BrokenLink { seq: i64 },
    /// The row's content does not hash to its stored hash (it was edited).
    Edited { seq: i64 },
    /// A checkpoint names a row whose hash differs (rows up to it were rewritten).
    CheckpointMismatch { seq: i64 },
    /// A checkpoint names a position past the end of the log (rows were removed).
    CheckpointPastEnd { seq: i64, end: i64 },
    /// A checkpoint's signature is not this server's key's.
    BadSignature { seq: i64 },
    /// A witnessed checkpoint (kept outside the database) names a row whose hash differs:
    /// the log was rewritten up to it, checkpoints included.
    WitnessMismatch { seq: i64 },
    /// A witnessed checkpoint names a position past the end of the log: its tail was cut.
    WitnessPastEnd { seq: i64, end: i64 },
    /// The head the server appends after does not match the last row.
    Head { seq: i64 },
}

impl Problem {
    /// The position in the log where things first go wrong.
    pub fn position(&self) -> i64 {
        match self {
            Problem::Sequence { expected, .. } => *expected,
            Problem::BrokenLink { seq }
            | Problem::Edited { seq }
            | Problem::CheckpointMismatch { seq }
            | Problem::CheckpointPastEnd { seq, .. }
            | Problem::BadSignature { seq }
            | Problem::WitnessMismatch { seq }
            | Problem::WitnessPastEnd { seq, .. }
            | Problem::Head { seq } => *seq,
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Problem::Sequence { expected, found } => {
                format!("row {expected} is missing or out of place (found {found} where {expected} should be)")
            }
            Problem::BrokenLink { seq } => format!("row {seq} does not link to the row before it"),
            Problem::Edited { seq } => format!("row {seq} was changed after it was written"),
            Problem::CheckpointMismatch { seq } => {
                format!("row {seq} differs from the signed checkpoint at that position (rows up to it were rewritten)")
            }
            Problem::CheckpointPastEnd { seq, end } => {
                format!("the signed checkpoint at row {seq} is past the end of the log (row {end}): rows were removed")
            }
            Problem::BadSignature { seq } => {
                format!("the checkpoint at row {seq} is not signed by this server's audit key")
            }
            Problem::WitnessMismatch { seq } => format!(
                "row {seq} differs from the witnessed checkpoint at that position: the log was rewritten, checkpoints included"
            ),
            Problem::WitnessPastEnd { seq, end } => format!(
                "the witnessed checkpoint at row {seq} is past the end of the log (row {end}): its tail was cut"
            ),
            Problem::Head { seq } => format!("the chain's head does not match its last row ({seq})"),
        }
    }
}

/// The outcome of a verification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub rows: i64,
    pub checkpoints: usize,
    /// Witnessed checkpoints (kept outside the database) the log was checked against.
    pub witnesses: usize,
    /// Rows after the last checkpoint (protected by the chain only until the next one).
    pub unsigned_tail: i64,
    pub problem: Option<Problem>,
}

/// Recomputes the chain and checks the checkpoints, and the `witnesses` (checkpoints kept
/// outside the database). `Ok` with a problem means the log was tampered with; `Err` means it
/// could not be read.
pub async fn verify(db: &Db, signers: Signers<'_>, witnesses: &[Checkpoint]) -> Result<Report> {
    let checkpoints = checkpoints::all(db).await?;
    let report = |rows, problem| {
        let last_checkpoint = checkpoints.last().map_or(0, |c: &Checkpoint| c.seq);
        Report {
            rows,
            checkpoints: checkpoints.len(),
            witnesses: witnesses.len(),
            unsigned_tail: (rows - last_checkpoint).max(0),
            problem,
        }
    };
    if let Some(bad) = badly_signed(&checkpoints, signers) {
        return Ok(report(0, Some(Problem::BadSignature { seq: bad })));
    }
    if let Some(bad) =
        witnesses.iter().find(|w| !w.is_signed_by(signers.audit) && !signers.earlier.is_some_and(|k| w.is_signed_by(k)))
    {
        return Ok(report(0, Some(Problem::BadSignature { seq: bad.seq })));
    }
    // Stored and witnessed checkpoints, by position; a witness is told apart by its kind.
    let mut expected_heads: Vec<(&Checkpoint, bool)> =
        checkpoints.iter().map(|c| (c, false)).chain(witnesses.iter().map(|w| (w, true))).collect();
    expected_heads.sort_by_key(|(c, _)| c.seq);
    let mut pending_checkpoints = expected_heads.into_iter().peekable();
    let (mut expected, mut prev_hash) = (1i64, GENESIS.to_string());
    loop {
        let rows: Vec<StoredRow> =
            sqlx::query_as(&format!("SELECT {STORED_COLUMNS} FROM audit_log WHERE seq >= $1 ORDER BY seq LIMIT $2"))
                .bind(expected)
                .bind(BATCH)
                .fetch_all(db.pool())
                .await?;
        let done = (rows.len() as i64) < BATCH;
        for row in rows {
            let problem = if row.seq != expected {
                Some(Problem::Sequence { expected, found: row.seq })
            } else if row.prev_hash != prev_hash {
                Some(Problem::BrokenLink { seq: row.seq })
            } else if !row.is_intact() {
                Some(Problem::Edited { seq: row.seq })
            } else {
                None
            };
            if problem.is_some() {
                return Ok(report(expected - 1, problem));
            }
            while let Some((checkpoint, witnessed)) = pending_checkpoints.next_if(|(c, _)| c.seq == row.seq) {
                if checkpoint.hash != row.hash {
                    let problem = match witnessed {
                        true => Problem::WitnessMismatch { seq: row.seq },
                        false => Problem::CheckpointMismatch { seq: row.seq },
                    };
                    return Ok(report(expected - 1, Some(problem)));
                }
            }
            prev_hash = row.hash;
            expected += 1;
        }
        if done {
            break;
        }
    }
    let end = expected - 1;
    if let Some((c, witnessed)) = pending_checkpoints.next() {
        let problem = match witnessed {
            true => Problem::WitnessPastEnd { seq: c.seq, end },
            false => Problem::CheckpointPastEnd { seq: c.seq, end },
        };
        return Ok(report(end, Some(problem)));
    }
    let (head_seq, head_hash): (i64, String) =
        sqlx::query_as("SELECT seq, hash FROM audit_head WHERE id = 1").fetch_one(db.pool()).await?;
    if head_seq != end || head_hash != prev_hash {
        return Ok(report(end, Some(Problem::Head { seq: end })));
    }
    Ok(report(end, None))
}

/// The first stored checkpoint not signed as it should be: by the audit key, or by the earlier
/// key only before the first one the audit key signed.
fn badly_signed(checkpoints: &[Checkpoint], signers: Signers<'_>) -> Option<i64> {
    let mut audit_key_seen = false;
    for checkpoint in checkpoints {
        if checkpoint.is_signed_by(signers.audit) {
            audit_key_seen = true;
        } else if audit_key_seen || !signers.earlier.is_some_and(|key| checkpoint.is_signed_by(key)) {
            return Some(checkpoint.seq);
        }
    }
    None
}
