//! A real SMTP server for the tests: `aiosmtpd` (a maintained Python SMTP server, from PyPI),
//! run as a process on a free port, storing what it receives in a maildir that the tests read.
//! `cargo xtask test` installs it; without it the tests that need it are skipped and counted as
//! such (as for an unreachable PostgreSQL), and in CI they fail instead.

use std::path::PathBuf;
use std::time::Duration;

/// The aiosmtpd version the tests are written against (installed by `cargo xtask test`).
pub const AIOSMTPD: &str = "aiosmtpd==1.4.6";

/// A running SMTP server; stopped when dropped.
pub struct SmtpServer {
    pub port: u16,
    maildir: PathBuf,
    process: std::process::Child,
}

impl SmtpServer {
    /// Starts one on `port` (a free one if `None`); `None` (noted as skipped) when aiosmtpd is
    /// not installed, a panic when CI requires it.
    pub async fn start(port: Option<u16>) -> Option<SmtpServer> {
        let installed =
            std::process::Command::new("python3").args(["-c", "import aiosmtpd"]).status().is_ok_and(|s| s.success());
        if !installed {
            if std::env::var_os("CARNET_TEST_REQUIRE_SMTP").is_some() {
                panic!("aiosmtpd is required (CARNET_TEST_REQUIRE_SMTP): pip install {AIOSMTPD}");
            }
            eprintln!("SKIPPED: aiosmtpd is not installed (pip install {AIOSMTPD})");
            crate::server::note_skipped();
            return None;
        }
        let port = port.unwrap_or_else(crate::server::free_port);
        let maildir = std::env::temp_dir().join(format!("carnet-smtp-{}", uuid::Uuid::new_v4()));
        // A maildir: what arrives is written to tmp/, then moved to new/.
        for sub in ["tmp", "new", "cur"] {
            std::fs::create_dir_all(maildir.join(sub)).unwrap();
        }
        let maildir_path = maildir.clone();
        let server = SmtpServer {
            port,
            maildir,
            process: std::process::Command::new("python3")
                .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}"), "-c", "aiosmtpd.handlers.Mailbox"])
                .arg(&maildir_path)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .expect("aiosmtpd starts"),
        };
        // Ready when it accepts connections; stopped (dropped) if it never does.
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
                return Some(server);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        drop(server);
        panic!("aiosmtpd did not start on port {port}");
    }

    /// `CARNET_SMTP_URL` for it (plain SMTP on loopback).
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Every message received so far, as received (headers and MIME body).
    pub fn received(&self) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(self.maildir.join("new")) else { return Vec::new() };
        entries.filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok()).collect()
    }

    /// Waits until at least `n` messages were received.
    pub async fn wait_for(&self, n: usize) -> Vec<String> {
        for _ in 0..150 {
            let received = self.received();
            if received.len() >= n {
                return received;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("expected {n} message(s) through SMTP, received {}", self.received().len());
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
        let _ = std::fs::remove_dir_all(&self.maildir);
    }
}
