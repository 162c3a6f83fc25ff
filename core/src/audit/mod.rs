//! The audit log: every decision about health data, hash-chained (`chain`): a write's row in
//! the write's own transaction, a read's or a refusal's by the node's group commit (`writer`),
//! durable before the answer leaves; sealed at intervals by signed checkpoints
//! (`checkpoints`); recomputed end to end by `carnet audit verify` (`verify`); read by patients
//! as "who saw my record" (`history`); counted for the operator (`identifications`: publications
//! that named no record). The format is in `docs/audit.md`.

pub mod chain;
pub mod checkpoints;
pub mod history;
pub mod identifications;
pub mod verify;
pub mod writer;
