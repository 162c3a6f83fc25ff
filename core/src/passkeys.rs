//! Passkeys: WebAuthn registration and sign-in ceremonies (webauthn-rs), with ceremony state
//! kept server-side in the database (single-use, five minutes), and the passkeys a person
//! manages on their account page.
//!
//! Every failure of a ceremony — unknown user, wrong account, bad signature, replay, expiry —
//! is reported as the same [`Error::Ceremony`], so the browser learns nothing about accounts.

use crate::error::Problem;
use std::sync::Arc;

use uuid::Uuid;
use webauthn_rs::prelude::{DiscoverableAuthentication, Passkey, PasskeyRegistration, Url, Webauthn, WebauthnBuilder};
use webauthn_rs_proto::ResidentKeyRequirement;

// The WebAuthn JSON shapes the web edge (de)serialises.
pub use webauthn_rs::prelude::{
    CreationChallengeResponse, PublicKeyCredential, RegisterPublicKeyCredential, RequestChallengeResponse,
};

use crate::accounts;
use crate::clock::{minutes, now_ms};
use crate::db::Db;
use crate::enrolment;
use crate::i18n::Locale;
use crate::mail;
use crate::sign_in;
use crate::text::single_line;
use crate::tokens::{hash_token, random_token};
use crate::{Error, Result};

/// How long a started ceremony may be finished.
pub const CEREMONY_TTL_MS: i64 = minutes(5);

/// A started ceremony: the id the browser sends back, and the options for
/// `navigator.credentials.create/get` (JSON, WebAuthn Level 3 shape).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Started<T> {
    pub ceremony: String,
    pub options: T,
}

/// Who a new passkey is for.
pub enum NewPasskeyFor<'a> {
    /// Someone holding an enrolment or recovery link.
    Link { token: &'a str },
    /// A signed-in person adding another passkey.
    Account { account_id: &'a str },
}

/// Which flow is finishing a registration (it must be the one that started it).
#[derive(Debug, Clone, Copy)]
pub enum FinishingFor<'a> {
    Link,
    Account { account_id: &'a str },
}

/// A passkey as listed on the account page.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PasskeySummary {
    pub id: String,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

impl PasskeySummary {
    /// The name shown in `locale` (see [`label`]).
    pub fn label(&self, locale: Locale) -> String {
        label(&self.name, locale)
    }
}

/// A passkey's name as shown in `locale`: a default name ("Clé d'accès 2", stored in the
/// language it was created in) in the reader's language, with its number; a name the person
/// chose, as they typed it. Existing rows need no change: a default name is recognised in any
/// shipped language.
pub fn label(stored: &str, locale: Locale) -> String {
    match default_number(stored) {
        Some(number) => default_name(locale, number),
        None => stored.to_string(),
    }
}

fn default_name(locale: Locale, number: i64) -> String {
    locale.t_args("passkey-default-name", &[("number", number.into())])
}

/// The number of a default name of any shipped language ("Passkey 3" → 3).
fn default_number(stored: &str) -> Option<i64> {
    Locale::ALL.into_iter().find_map(|locale| {
        // The template around its number, found by rendering it with a digit the texts lack.
        let probe = default_name(locale, 9);
        let (before, after) = probe.split_once('9')?;
        let digits = stored.strip_prefix(before)?.strip_suffix(after)?;
        let digits_only = !digits.is_empty() && digits.len() <= 6 && digits.bytes().all(|b| b.is_ascii_digit());
        digits_only.then(|| digits.parse().ok()).flatten()
    })
}

/// A passkey's label: trimmed, 1 to 64 characters, no control characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasskeyName(String);

impl PasskeyName {
    pub fn parse(raw: &str) -> Result<Self> {
        let name = single_line(raw, 64).ok_or(Error::Invalid(Problem::PasskeyNameInvalid))?;
        Ok(PasskeyName(name.to_string()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The relying party: the WebAuthn configuration for this deployment.
#[derive(Clone)]
pub struct Passkeys {
    webauthn: Arc<Webauthn>,
    public_url: Url,
    zone: jiff::tz::TimeZone,
}

impl Passkeys {
    /// `public_url` is the origin browsers see (`CARNET_PUBLIC_URL`); its host is the RP id.
    pub fn new(public_url: &Url, zone: jiff::tz::TimeZone) -> Result<Self> {
        let rp_id = public_url.host_str().ok_or_else(|| Error::Config("CARNET_PUBLIC_URL has no host".into()))?;
        let webauthn = WebauthnBuilder::new(rp_id, public_url)
            .and_then(|b| b.rp_name("Carnet").build())
            .map_err(|e| Error::Config(format!("WebAuthn relying party for {public_url}: {e}")))?;
        Ok(Passkeys { webauthn: Arc::new(webauthn), public_url: public_url.clone(), zone })
    }

    /// Starts registering a passkey. Credentials are discoverable (resident) and require user
    /// verification; the account's existing credentials are excluded.
    pub async fn start_registration(
        &self,
        db: &Db,
        who: NewPasskeyFor<'_>,
    ) -> Result<Started<CreationChallengeResponse>> {
        let (account, link_hash) = match who {
            NewPasskeyFor::Link { token } => (enrolment::check(db, token).await?, Some(hash_token(token))),
            NewPasskeyFor::Account { account_id } => (accounts::get(db, account_id).await?, None),
        };
        let existing: Vec<Vec<u8>> = sqlx::query_scalar("SELECT credential_id FROM passkeys WHERE account_id = $1")
            .bind(&account.id)
            .fetch_all(db.pool())
            .await?;
        let user_id = Uuid::parse_str(&account.id).map_err(|_| Error::NotFound)?;
        let (mut options, state) = self
            .webauthn
            .start_passkey_registration(user_id, &account.email, &account.display_name, Some(existing))
            .map_err(|e| {
                tracing::warn!(error = %e, "could not start a passkey registration");
                Error::Ceremony
            })?;
        // Discoverable credentials, so that sign-in needs no user name (and autofill works).
        if let Some(selection) = options.public_key.authenticator_selection.as_mut() {
            selection.resident_key = Some(ResidentKeyRequirement::Required);
            selection.require_resident_key = true;
        }
        let ceremony = save_ceremony(db, "register", Some(&account.id), link_hash.as_deref(), &state).await?;
        Ok(Started { ceremony, options })
    }

    /// Finishes a registration: verifies the credential, consumes the link if there was one,
    /// stores the passkey and queues the security e-mail, all in one transaction. A registration
    /// from a link also signs its holder in: the new sign-in's id is returned.
    pub async fn finish_registration(
        &self,
        db: &Db,
        ceremony: &str,
        credential: &RegisterPublicKeyCredential,
        who: FinishingFor<'_>,
        locale: Locale,
    ) -> Result<Option<String>> {
        let taken = take_ceremony(db, ceremony, "register").await?;
        let state: PasskeyRegistration = serde_json::from_str(&taken.state).map_err(|_| Error::Ceremony)?;
        let account_id = taken.account_id.ok_or(Error::Ceremony)?;
        // A ceremony finishes only through the flow that started it.
        let same_flow = match who {
            FinishingFor::Link => taken.enrolment_token.is_some(),
            FinishingFor::Account { account_id: signed_in } => {
                taken.enrolment_token.is_none() && signed_in == account_id
            }
        };
        if !same_flow {
            return Err(Error::Ceremony);
        }
        let passkey = self.webauthn.finish_passkey_registration(credential, &state).map_err(|e| {
            tracing::info!(error = %e, "passkey registration refused");
            Error::Ceremony
        })?;

        let mut tx = db.begin().await?;
        let mut recovery = false;
        if let Some(link) = &taken.enrolment_token {
            let (for_account, purpose) = enrolment::consume(&mut tx, link).await?;
            if for_account != account_id {
                return Err(Error::Ceremony);
            }
            recovery = purpose == enrolment::Purpose::Recovery;
        }
        db.lock_account(&mut tx, &account_id).await?;
        if recovery {
            // A recovery is for someone who lost every passkey: the lost ones must not keep
            // working in whoever's hands they are now. Their sign-ins end with them.
            sign_in::end_all(&mut tx, &account_id).await?;
            sqlx::query("DELETE FROM passkeys WHERE account_id = $1").bind(&account_id).execute(&mut *tx).await?;
        }
        let account = accounts::get_in(&mut tx, &account_id).await?;
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM passkeys WHERE account_id = $1")
            .bind(&account_id)
            .fetch_one(&mut *tx)
            .await?;
        let name = locale.t_args("passkey-default-name", &[("number", (count + 1).into())]);
        let passkey_id = Uuid::new_v4().to_string();
        let now = now_ms();
        let inserted = sqlx::query(
            "INSERT INTO passkeys (id, account_id, credential_id, name, passkey, created_at, last_used_at) \
             VALUES ($1, $2, $3, $4, $5, $6, NULL)",
        )
        .bind(&passkey_id)
        .bind(&account_id)
        .bind(credential_id_bytes(&passkey))
        .bind(&name)
        .bind(serde_json::to_string(&passkey).map_err(|_| Error::Ceremony)?)
        .bind(now)
        .execute(&mut *tx)
        .await;
        match inserted {
            Ok(_) => {}
            // UNIQUE(credential_id): this authenticator's credential is already registered.
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                tracing::info!("passkey registration refused: credential already registered");
                return Err(Error::Ceremony);
            }
            Err(other) => return Err(other.into()),
        }
        let when = account.mail_locale().datetime(now, &self.zone);
        let account_url = format!("{}/account", self.public_url.as_str().trim_end_matches('/'));
        let shown = label(&name, account.mail_locale());
        mail::enqueue(&mut tx, &mail::passkey_added(&account, &shown, &when, &account_url)).await?;
        let sign_in_id = match taken.enrolment_token {
            Some(_) => Some(sign_in::begin(&mut tx, &account_id, Some(&passkey_id)).await?),
            None => None,
        };
        tx.commit().await?;
        Ok(sign_in_id)
    }

    /// Starts a sign-in with a discoverable credential. `conditional` asks the browser to offer
    /// passkeys in the autofill of the sign-in field instead of a dialog.
    pub async fn start_authentication(&self, db: &Db, conditional: bool) -> Result<Started<RequestChallengeResponse>> {
        let (mut options, state) = self.webauthn.start_discoverable_authentication().map_err(|e| {
            tracing::warn!(error = %e, "could not start a passkey sign-in");
            Error::Ceremony
        })?;
        if !conditional {
            options.mediation = None;
        }
        let ceremony = save_ceremony(db, "authenticate", None, None, &state).await?;
        Ok(Started { ceremony, options })
    }

    /// Finishes a sign-in: the credential must belong to the account named by its user handle
    /// and verify against the stored key; the counter and backup flags are saved. Returns the
    /// new sign-in's id.
    pub async fn finish_authentication(
        &self,
        db: &Db,
        ceremony: &str,
        credential: &PublicKeyCredential,
    ) -> Result<String> {
        let taken = take_ceremony(db, ceremony, "authenticate").await?;
        // A ceremony started for one account approves something; it never signs anyone in.
        if taken.account_id.is_some() {
            return Err(Error::Ceremony);
        }
        let (mut tx, account_id, passkey_id) = self.verify_assertion(db, &taken, credential).await?;
        let sign_in_id = sign_in::begin(&mut tx, &account_id, Some(&passkey_id)).await?;
        tx.commit().await?;
        Ok(sign_in_id)
    }

    /// Starts a passkey check for one account that signs nobody in: a patient approving, on
    /// the reception desk's device, the session a staff member opens for them.
    pub async fn start_approval(&self, db: &Db, account_id: &str) -> Result<Started<RequestChallengeResponse>> {
        let (mut options, state) = self.webauthn.start_discoverable_authentication().map_err(|e| {
            tracing::warn!(error = %e, "could not start a passkey approval");
            Error::Ceremony
        })?;
        options.mediation = None;
        let ceremony = save_ceremony(db, "authenticate", Some(account_id), None, &state).await?;
        Ok(Started { ceremony, options })
    }

    /// Finishes it: the passkey must be one of `account_id`'s and verify; its counter is saved.
    pub async fn finish_approval(
        &self,
        db: &Db,
        ceremony: &str,
        credential: &PublicKeyCredential,
        account_id: &str,
    ) -> Result<()> {
        let taken = take_ceremony(db, ceremony, "authenticate").await?;
        if taken.account_id.as_deref() != Some(account_id) || taken.purpose.is_some() {
            return Err(Error::Ceremony);
        }
        let (tx, signer, _) = self.verify_assertion(db, &taken, credential).await?;
        if signer != account_id {
            tracing::info!("passkey approval refused: another person's passkey");
            return Err(Error::Ceremony);
        }
        tx.commit().await?;
        Ok(())
    }

    /// Starts a signature: a passkey check of one account, with user verification (as every
    /// passkey check here), bound to `purpose` (what is signed, by its fingerprint). It signs
    /// nobody in.
    pub async fn start_signature(
        &self,
        db: &Db,
        account_id: &str,
        purpose: &str,
    ) -> Result<Started<RequestChallengeResponse>> {
        let (mut options, state) = self.webauthn.start_discoverable_authentication().map_err(|e| {
            tracing::warn!(error = %e, "could not start a passkey signature");
            Error::Ceremony
        })?;
        options.mediation = None;
        let ceremony = save_ceremony_for(db, "authenticate", Some(account_id), None, Some(purpose), &state).await?;
        Ok(Started { ceremony, options })
    }

    /// Finishes it: the passkey must be one of `account_id`'s and verify. Returns what the
    /// ceremony was bound to, for the caller to compare with what is being signed, and the
    /// passkey's id.
    pub async fn finish_signature(
        &self,
        db: &Db,
        ceremony: &str,
        credential: &PublicKeyCredential,
        account_id: &str,
    ) -> Result<(String, String)> {
        let taken = take_ceremony(db, ceremony, "authenticate").await?;
        let (Some(owner), Some(purpose)) = (taken.account_id.as_deref(), taken.purpose.clone()) else {
            return Err(Error::Ceremony);
        };
        if owner != account_id {
            return Err(Error::Ceremony);
        }
        let (tx, signer, passkey_id) = self.verify_assertion(db, &taken, credential).await?;
        if signer != account_id {
            tracing::info!("passkey signature refused: another person's passkey");
            return Err(Error::Ceremony);
        }
        tx.commit().await?;
        Ok((purpose, passkey_id))
    }

    /// Verifies an assertion against the stored passkey of the account its user handle names,
    /// and records the use (counter, backup flags, last used) in a transaction left open for the
    /// caller. Returns it with the account's and the passkey's ids.
    async fn verify_assertion(
        &self,
        db: &Db,
        taken: &TakenCeremony,
        credential: &PublicKeyCredential,
    ) -> Result<(sqlx::Transaction<'static, sqlx::Any>, String, String)> {
        let state: DiscoverableAuthentication = serde_json::from_str(&taken.state).map_err(|_| Error::Ceremony)?;
        let (user_id, credential_id) =
            self.webauthn.identify_discoverable_authentication(credential).map_err(|_| Error::Ceremony)?;
        let row: Option<(String, String, String)> =
            sqlx::query_as("SELECT id, account_id, passkey FROM passkeys WHERE credential_id = $1")
                .bind(credential_id.to_vec())
                .fetch_optional(db.pool())
                .await?;
        let Some((passkey_id, account_id, stored)) = row else {
            return Err(Error::Ceremony);
        };
        if account_id != user_id.to_string() {
            tracing::info!("passkey assertion refused: user handle does not match the credential's account");
            sign_in::refused(db, &account_id, "user-handle-mismatch").await?;
            return Err(Error::Ceremony);
        }
        let mut passkey: Passkey = serde_json::from_str(&stored).map_err(|_| Error::Ceremony)?;
        let result = match self.webauthn.finish_discoverable_authentication_v2(credential, state, &passkey) {
            Ok(result) => result,
            Err(e) => {
                tracing::info!(error = %e, "passkey assertion refused");
                sign_in::refused(db, &account_id, "bad-assertion").await?;
                return Err(Error::Ceremony);
            }
        };
        let mut tx = db.begin().await?;
        if result.needs_update() && passkey.update_credential(&result) == Some(true) {
            sqlx::query("UPDATE passkeys SET passkey = $1 WHERE id = $2")
                .bind(serde_json::to_string(&passkey).map_err(|_| Error::Ceremony)?)
                .bind(&passkey_id)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("UPDATE passkeys SET last_used_at = $1 WHERE id = $2")
            .bind(now_ms())
            .bind(&passkey_id)
            .execute(&mut *tx)
            .await?;
        Ok((tx, account_id, passkey_id))
    }
}

/// The passkeys of an account, oldest first.
pub async fn list(db: &Db, account_id: &str) -> Result<Vec<PasskeySummary>> {
    Ok(sqlx::query_as::<_, PasskeySummary>(
        "SELECT id, name, created_at, last_used_at FROM passkeys WHERE account_id = $1 ORDER BY created_at, id",
    )
    .bind(account_id)
    .fetch_all(db.pool())
    .await?)
}

/// Renames one of the account's passkeys.
pub async fn rename(db: &Db, account_id: &str, passkey_id: &str, name: &PasskeyName) -> Result<()> {
    let done = sqlx::query("UPDATE passkeys SET name = $1 WHERE id = $2 AND account_id = $3")
        .bind(name.as_str())
        .bind(passkey_id)
        .bind(account_id)
        .execute(db.writer())
        .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound);
    }
    Ok(())
}

/// Removes one of the account's passkeys and ends the sessions signed in with it (except the
/// session doing the removal). The last passkey cannot be removed.
pub async fn remove(db: &Db, account_id: &str, passkey_id: &str, current_sign_in: &str) -> Result<()> {
    let mut tx = db.begin().await?;
    db.lock_account(&mut tx, account_id).await?;
    let owned: Option<String> = sqlx::query_scalar("SELECT id FROM passkeys WHERE id = $1 AND account_id = $2")
        .bind(passkey_id)
        .bind(account_id)
        .fetch_optional(&mut *tx)
        .await?;
    if owned.is_none() {
        return Err(Error::NotFound);
    }
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM passkeys WHERE account_id = $1")
        .bind(account_id)
        .fetch_one(&mut *tx)
        .await?;
    if count <= 1 {
        return Err(Error::LastPasskey);
    }
    sign_in::end_for_passkey(&mut tx, passkey_id, current_sign_in).await?;
    sqlx::query("DELETE FROM passkeys WHERE id = $1 AND account_id = $2")
        .bind(passkey_id)
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

fn credential_id_bytes(passkey: &Passkey) -> Vec<u8> {
    let id: &[u8] = passkey.cred_id().as_ref();
    id.to_vec()
}

struct TakenCeremony {
    account_id: Option<String>,
    enrolment_token: Option<String>,
    /// What an approval is bound to (a form's answers), if it approves one thing.
    purpose: Option<String>,
    state: String,
}

async fn save_ceremony<S: serde::Serialize>(
    db: &Db,
    kind: &str,
    account_id: Option<&str>,
    enrolment_token: Option<&str>,
    state: &S,
) -> Result<String> {
    save_ceremony_for(db, kind, account_id, enrolment_token, None, state).await
}

async fn save_ceremony_for<S: serde::Serialize>(
    db: &Db,
    kind: &str,
    account_id: Option<&str>,
    enrolment_token: Option<&str>,
    purpose: Option<&str>,
    state: &S,
) -> Result<String> {
    let id = random_token();
    let state = serde_json::to_string(state).map_err(|_| Error::Ceremony)?;
    sqlx::query(
        "INSERT INTO passkey_ceremonies (id, kind, account_id, enrolment_token, purpose, state, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(hash_token(&id))
    .bind(kind)
    .bind(account_id)
    .bind(enrolment_token)
    .bind(purpose)
    .bind(state)
    .bind(now_ms() + CEREMONY_TTL_MS)
    .execute(db.writer())
    .await?;
    Ok(id)
}

/// Consumes a ceremony. This is its own committed statement, not part of the transaction that
/// follows: a failed verification must not put the ceremony back for another try.
async fn take_ceremony(db: &Db, ceremony: &str, kind: &str) -> Result<TakenCeremony> {
    if ceremony.len() > 64 {
        return Err(Error::Ceremony);
    }
    #[derive(sqlx::FromRow)]
    struct Row {
        account_id: Option<String>,
        enrolment_token: Option<String>,
        purpose: Option<String>,
        state: String,
        expires_at: i64,
    }
    let row: Option<Row> = sqlx::query_as(
        "DELETE FROM passkey_ceremonies WHERE id = $1 AND kind = $2 \
         RETURNING account_id, enrolment_token, purpose, state, expires_at",
    )
    .bind(hash_token(ceremony))
    .bind(kind)
    .fetch_optional(db.writer())
    .await?;
    match row {
        Some(row) if row.expires_at > now_ms() => Ok(TakenCeremony {
            account_id: row.account_id,
            enrolment_token: row.enrolment_token,
            purpose: row.purpose,
            state: row.state,
        }),
        _ => Err(Error::Ceremony),
    }
}

/// Forgets ceremonies past their [`CEREMONY_TTL_MS`] that were never finished (periodic
/// clean-up; a finished one is deleted when it is taken).
pub async fn sweep_ceremonies(db: &Db) -> Result<()> {
    sqlx::query("DELETE FROM passkey_ceremonies WHERE expires_at < $1").bind(now_ms()).execute(db.writer()).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passkey_names_are_bounded() {
        assert_eq!(PasskeyName::parse(" Phone ").unwrap().as_str(), "Phone");
        assert!(PasskeyName::parse("").is_err());
        assert!(PasskeyName::parse(&"é".repeat(65)).is_err());
        assert!(PasskeyName::parse("a\nb").is_err());
    }

    #[test]
    fn a_default_name_shows_in_the_readers_language_with_its_number_a_chosen_name_as_typed() {
        // Stored in French by an enrolment in French, read in English, Spanish, Arabic.
        assert_eq!(label("Clé d'accès 2", Locale::En), "Passkey 2");
        assert_eq!(label("Clé d'accès 12", Locale::Es), "Llave de acceso 12");
        assert_eq!(label("Clé d'accès 2", Locale::Ar), default_name(Locale::Ar, 2));
        // Stored in Arabic (the number isolated), read in French.
        assert_eq!(label(&default_name(Locale::Ar, 3), Locale::Fr), "Clé d'accès 3");
        assert_eq!(label("Passkey 1", Locale::Fr), "Clé d'accès 1");
        for chosen in ["Téléphone de Camille", "Clé d'accès", "Clé d'accès deux", "Passkey 1 (old)", "Clé d'accès -1"]
        {
            assert_eq!(label(chosen, Locale::En), chosen);
        }
    }
}
