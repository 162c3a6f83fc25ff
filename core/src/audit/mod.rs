//! The audit log: every decision about health data, appended in the transaction of the access
//! it guards and hash-chained (`chain`); sealed at intervals by signed checkpoints
//! (`checkpoints`); recomputed end to end by `carnet audit verify` (`verify`); read by patients
//! as "who saw my record" (`history`); counted for the operator (`identifications`: publications
//! that named no record). The format is in `docs/audit.md`.

pub mod chain;
pub mod checkpoints;
pub mod history;
pub mod identifications;
pub mod verify;
