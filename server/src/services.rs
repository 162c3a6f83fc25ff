//! Opening what a command needs from the settings: the database (migrated), the passkey relying
//! party, the mail transport, the document sealing key and the audit log's signing key.

use anyhow::Context;
use carnet_core::db::Db;
use carnet_core::i18n::{clinic_zone, Zone};
use carnet_core::mail::Transport;
use carnet_core::passkeys::Passkeys;
use carnet_core::seal::Sealer;

use crate::settings::Settings;

pub struct Services {
    pub db: Db,
    pub passkeys: Passkeys,
    pub mail: Transport,
    pub zone: Zone,
    pub sealer: Sealer,
    /// Signs the audit log's checkpoints (`CARNET_AUDIT_KEY`), apart from the sealing key.
    pub audit_key: Sealer,
}

impl Services {
    pub async fn open(settings: &Settings) -> anyhow::Result<Self> {
        let zone = clinic_zone(&settings.time_zone)
            .with_context(|| format!("CARNET_TIME_ZONE: unknown time zone {:?}", settings.time_zone))?;
        let db = Db::connect(&settings.database_url())
            .await
            .context("opening the database")?
            .with_portal_url(&settings.public_url)
            .with_zone(&zone)
            .with_notice_hold(i64::try_from(settings.mail_group_seconds.saturating_mul(1000)).unwrap_or(i64::MAX))
            .with_upload_quota(settings.upload_quota_mb.saturating_mul(1024 * 1024));
        let db = match &settings.video_url_template {
            Some(raw) => {
                db.with_video_template(&carnet_core::appointments::parse_video_template(raw).ok().with_context(
                    || format!("CARNET_VIDEO_URL_TEMPLATE: {raw:?} is not an https address with {{room}}"),
                )?)
            }
            None => db,
        };
        db.migrate().await.context("migrating the database")?;
        let passkeys = Passkeys::new(&settings.public_url, zone.clone())?;
        let mail = match &settings.smtp_url {
            Some(url) => Transport::smtp(url, &settings.mail_from)?,
            None => Transport::folder(settings.data_dir.join("mail"), &settings.mail_from)?,
        }
        .with_domain(settings.public_url.host_str().unwrap_or_default());
        let sealer = Sealer::open_or_create(&settings.seal_key_path())?;
        let audit_key = Sealer::open_or_create(&settings.audit_key_path())?;
        if audit_key.key_id() == sealer.key_id() {
            anyhow::bail!("CARNET_AUDIT_KEY and CARNET_SEAL_KEY must be two different keys");
        }
        Ok(Services { db, passkeys, mail, zone, sealer, audit_key })
    }
}
