//! The node's audit writer: group commit for the rows of reads and refusals.
//!
//! A read decides and reads in a snapshot that takes no write lock, then hands its row here
//! ([`AuditWriter::append`]) and waits: the page is sent only once the row is durable. The
//! writer takes every row waiting, appends them to the chain in one write transaction (one
//! fsync for all of them) and answers each request; if that commit fails, every request of the
//! batch fails with it, and nothing is shown unaudited. Writes append their own rows in their
//! own transaction ([`super::chain::append`]), as they hold the write lock anyway.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use sqlx::AnyPool;
use tokio::sync::{mpsc, oneshot};

use super::chain::{self, Pending};
use crate::db::{begin_write, Backend};
use crate::{Error, Result};

/// The most rows one transaction appends; more wait for the next.
const MOST_PER_BATCH: usize = 512;

/// A row to append and whom to tell when it is durable (or why it is not).
struct Job {
    row: Pending,
    done: oneshot::Sender<std::result::Result<(), String>>,
}

/// The handle requests hand their rows to; cheap to clone. The writing task ends once every
/// handle is gone and the rows already handed are written.
#[derive(Clone, Debug)]
pub struct AuditWriter {
    jobs: mpsc::UnboundedSender<Job>,
    /// How many batches have been committed (for the node's metrics).
    batches: Arc<AtomicU64>,
}

impl AuditWriter {
    /// Starts the writing task on `writer` (the pool of [`crate::db::Db::begin`]).
    pub(crate) fn start(writer: AnyPool, backend: Backend) -> AuditWriter {
        let (jobs, mut waiting) = mpsc::unbounded_channel::<Job>();
        let batches = Arc::new(AtomicU64::new(0));
        let committed = batches.clone();
        tokio::spawn(async move {
            let mut batch = Vec::new();
            while waiting.recv_many(&mut batch, MOST_PER_BATCH).await > 0 {
                let written = write(&writer, backend, &batch).await.map_err(|error| error.to_string());
                match &written {
                    Ok(()) => {
                        committed.fetch_add(1, Ordering::Relaxed);
                    }
                    Err(error) => tracing::error!(%error, rows = batch.len(), "could not write the audit log"),
                }
                for job in batch.drain(..) {
                    // The request may have gone (a client that hung up): its row is written all
                    // the same.
                    let _ = job.done.send(written.clone());
                }
            }
        });
        AuditWriter { jobs, batches }
    }

    /// How many batches this node has committed since it started.
    pub fn batches_committed(&self) -> u64 {
        self.batches.load(Ordering::Relaxed)
    }

    /// Appends `row` with the others waiting; returns once it is durable.
    pub(crate) async fn append(&self, row: Pending) -> Result<()> {
        let (done, written) = oneshot::channel();
        self.jobs.send(Job { row, done }).map_err(|_| Error::Audit("the audit writer has stopped".into()))?;
        match written.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(error)) => Err(Error::Audit(error)),
            Err(_) => Err(Error::Audit("the audit writer has stopped".into())),
        }
    }
}

/// One transaction for the batch: every row, in the order they came, then one commit.
async fn write(writer: &AnyPool, backend: Backend, batch: &[Job]) -> Result<()> {
    let mut tx = begin_write(writer, backend).await?;
    let rows: Vec<(i64, chain::Entry<'_>)> = batch.iter().map(|job| (job.row.at, job.row.entry())).collect();
    chain::append_all(&mut tx, &rows).await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use crate::audit::chain::{Entry, Pending, StoredRow, STORED_COLUMNS};
    use crate::db::Db;

    fn row(n: usize) -> Pending {
        let id = format!("a{n}");
        Pending::of(&Entry::by_person(&id, "patient", "read.results", "owner"))
    }

    /// Rows handed while the writer waits for the database go in one transaction when it gets
    /// it, each once, chained in the order they came, none answered before.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn rows_waiting_together_are_committed_together_and_chained() {
        let dir = std::env::temp_dir().join(format!("carnet-audit-writer-{}", uuid::Uuid::new_v4()));
        let db = Db::connect(&format!("sqlite://{}/a.db", dir.display())).await.unwrap();
        db.migrate().await.unwrap();
        // Someone writing holds the writers' connection while twenty reads hand their rows.
        let holding = db.begin().await.unwrap();
        let mut reads = Vec::new();
        for n in 0..20 {
            let db = db.clone();
            reads.push(tokio::spawn(async move { db.audit_writer().append(row(n)).await }));
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        assert!(reads.iter().all(|read| !read.is_finished()), "no read is answered before its row is durable");
        holding.rollback().await.unwrap();
        for read in reads {
            read.await.unwrap().unwrap();
        }
        let rows: Vec<StoredRow> = sqlx::query_as(&format!("SELECT {STORED_COLUMNS} FROM audit_log ORDER BY seq"))
            .fetch_all(db.pool())
            .await
            .unwrap();
        assert_eq!(rows.len(), 20);
        let batches = db.audit_writer().batches_committed();
        assert!(batches <= 2, "the first row's batch, then all the others at once: {batches}");
        // Each row keeps the moment of its decision, not its batch's.
        assert!(rows.windows(2).all(|w| w[0].at < w[1].at), "5 ms apart, in order");
        let mut prev = "0".repeat(64);
        for (n, stored) in rows.iter().enumerate() {
            assert_eq!(stored.actor_id, format!("a{n}"), "in the order they came");
            assert_eq!(stored.prev_hash, prev);
            assert!(stored.is_intact());
            prev = stored.hash.clone();
        }
        let head: String =
            sqlx::query_scalar("SELECT hash FROM audit_head WHERE id = 1").fetch_one(db.pool()).await.unwrap();
        assert_eq!(head, prev);
        db.pool().close().await;
        std::fs::remove_dir_all(dir).unwrap();
    }
}
