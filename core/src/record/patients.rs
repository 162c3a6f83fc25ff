//! Patients: whose record it is, how they are identified (INS and other identifiers), and the
//! link between a record and the account of the person who signs in.

use crate::error::Problem;
use sqlx::{Any, Transaction};
use uuid::Uuid;

use crate::access::Access;
use crate::accounts::{Account, Email};
use crate::clock::now_ms;
use crate::fhir::{Identifier, PatientEntry};
use crate::{Error, Result};

/// The identifier system of the INS (Identifiant national de santé: the NIR), as an OID.
pub const INS_SYSTEM: &str = "urn:oid:1.2.250.1.213.1.4.8";

/// A French health identifier (INS, i.e. the NIR): 13 characters (digits, with `2A`/`2B` for
/// Corsica) and its 2-digit key, checked. Spaces are ignored on input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HealthId(String);

impl HealthId {
    pub fn parse(raw: &str) -> Result<Self> {
        let compact: String = raw.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
        let invalid = Error::Invalid(Problem::HealthIdInvalid);
        if compact.len() != 15 || !compact.is_ascii() {
            return Err(invalid);
        }
        let (body, key) = compact.split_at(13);
        // Corsica: department 2A counts as 19, 2B as 18, for the key only.
        let numeric = match &body[5..7] {
            "2A" => format!("{}19{}", &body[..5], &body[7..]),
            "2B" => format!("{}18{}", &body[..5], &body[7..]),
            _ => body.to_string(),
        };
        let (Ok(number), Ok(key)) = (numeric.parse::<u64>(), key.parse::<u64>()) else { return Err(invalid) };
        if !numeric.bytes().all(|b| b.is_ascii_digit()) || !matches!(body.as_bytes()[0], b'1' | b'2' | b'7' | b'8') {
            return Err(invalid);
        }
        if 97 - number % 97 != key {
            return Err(invalid);
        }
        Ok(HealthId(compact))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Grouped as printed on a Carte Vitale: `2 84 03 75 123 456 78`.
    pub fn grouped(&self) -> String {
        let s = &self.0;
        format!("{} {} {} {} {} {} {}", &s[0..1], &s[1..3], &s[3..5], &s[5..7], &s[7..10], &s[10..13], &s[13..15])
    }
}

/// The person a record is about, as pages show them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub id: String,
    pub family_name: String,
    pub given_names: String,
    pub birth_date: Option<jiff::civil::Date>,
    pub health_id: Option<String>,
    /// Administrative gender (`male`, `female`, `other`, `unknown`), when a publisher sent it.
    pub gender: Option<String>,
}

impl Profile {
    /// Given names then family name, as pages show them.
    pub fn full_name(&self) -> String {
        format!("{} {}", self.given_names, self.family_name).trim().to_string()
    }
}

/// The granted record's patient.
pub async fn profile<K>(access: &mut Access<K>) -> Result<Profile> {
    let (tx, grant) = access.parts();
    let (id, family_name, given_names, birth_date, gender): (String, String, String, Option<String>, Option<String>) =
        sqlx::query_as("SELECT id, family_name, given_names, birth_date, gender FROM patients WHERE id = $1")
            .bind(grant.patient_id())
            .fetch_one(&mut **tx)
            .await?;
    let health_id: Option<String> =
        sqlx::query_scalar("SELECT value FROM patient_identifiers WHERE patient_id = $1 AND system = $2")
            .bind(&id)
            .bind(INS_SYSTEM)
            .fetch_optional(&mut **tx)
            .await?;
    Ok(Profile { id, family_name, given_names, birth_date: birth_date.and_then(|d| d.parse().ok()), health_id, gender })
}

/// Gives an account its record: the existing unlinked record with this INS (when the birth
/// dates agree), or a new one. An account that already has a record keeps it. Returns its id.
pub async fn link_account(
    tx: &mut Transaction<'static, Any>,
    account: &Account,
    health_id: Option<&HealthId>,
    birth_date: Option<jiff::civil::Date>,
) -> Result<String> {
    let own: Option<String> = sqlx::query_scalar("SELECT id FROM patients WHERE account_id = $1")
        .bind(&account.id)
        .fetch_optional(&mut **tx)
        .await?;
    if let Some(id) = own {
        // A record made before its person had an INS on file (or by the migration) learns it,
        // unless another record already holds it.
        if let Some(health_id) = health_id {
            let ins = Identifier { system: INS_SYSTEM.into(), value: health_id.as_str().into() };
            let holder: Option<String> =
                sqlx::query_scalar("SELECT patient_id FROM patient_identifiers WHERE system = $1 AND value = $2")
                    .bind(&ins.system)
                    .bind(&ins.value)
                    .fetch_optional(&mut **tx)
                    .await?;
            match holder {
                Some(other) if other != id => return Err(Error::Conflict(Problem::HealthIdTaken)),
                Some(_) => {}
                None => add_identifier(tx, &id, &ins).await?,
            }
        }
        if let Some(birth) = birth_date {
            sqlx::query("UPDATE patients SET birth_date = $1 WHERE id = $2 AND birth_date IS NULL")
                .bind(birth.to_string())
                .bind(&id)
                .execute(&mut **tx)
                .await?;
        }
        return Ok(id);
    }
    if let Some(health_id) = health_id {
        let found: Option<(String, Option<String>, Option<String>)> = sqlx::query_as(
            "SELECT p.id, p.account_id, p.birth_date FROM patient_identifiers i JOIN patients p ON p.id = i.patient_id \
             WHERE i.system = $1 AND i.value = $2",
        )
        .bind(INS_SYSTEM)
        .bind(health_id.as_str())
        .fetch_optional(&mut **tx)
        .await?;
        if let Some((id, owner, stored_birth)) = found {
            let same_birth = match (stored_birth.as_deref(), birth_date) {
                (Some(stored), Some(given)) => stored == given.to_string(),
                _ => true,
            };
            if owner.is_some() || !same_birth {
                return Err(Error::Conflict(Problem::HealthIdTaken));
            }
            sqlx::query("UPDATE patients SET account_id = $1 WHERE id = $2")
                .bind(&account.id)
                .bind(&id)
                .execute(&mut **tx)
                .await?;
            return Ok(id);
        }
    }
    let (given, family) = split_name(&account.display_name);
    let id = insert(tx, &family, &given, birth_date, Some(&account.id), None).await?;
    if let Some(health_id) = health_id {
        add_identifier(tx, &id, &Identifier { system: INS_SYSTEM.into(), value: health_id.as_str().into() }).await?;
    }
    Ok(id)
}

/// The record of a person enrolled at the reception desk: a new one, or the record that already
/// holds their INS only when it can be no one else's — its stored birth date is the one given,
/// its family name is in the name given (ignoring case and accents), it has no account, and it
/// is an adult's. Anything else is refused, never merged: knowing someone's INS and birth date
/// must not be enough for a desk to hand their record to a new account. A record without a
/// stored birth date cannot be checked, and is refused too; a minor's record is its legal
/// representatives' to manage. A refusal names the record refused (for its history) and why.
pub async fn claim_at_desk(
    tx: &mut Transaction<'static, Any>,
    account: &Account,
    health_id: &HealthId,
    birth_date: jiff::civil::Date,
    today: jiff::civil::Date,
) -> Result<std::result::Result<String, (String, Problem)>> {
    let Some(IdentityOnFile { id, owner, birth_date: stored_birth, family }) = on_file(tx, health_id).await? else {
        return Ok(Ok(link_account(tx, account, Some(health_id), Some(birth_date)).await?));
    };
    let refused = if owner.is_some() {
        Some(Problem::HealthIdTaken)
    } else if stored_birth != Some(birth_date) || !names_family(&account.display_name, &family) {
        Some(Problem::DeskIdentityMismatch)
    } else if crate::policy::is_minor(stored_birth, today) {
        Some(Problem::DeskMinorRecord)
    } else {
        None
    };
    if let Some(problem) = refused {
        return Ok(Err((id, problem)));
    }
    link_unlinked(tx, &id, &account.id).await?;
    Ok(Ok(id))
}

/// Whether `name` (as a person gave it) contains every word of `family`, ignoring case and
/// accents ("Hélène MARTIN-DUPONT" names "Martin-Dupont"). An empty family name names no one.
fn names_family(name: &str, family: &str) -> bool {
    fn words(text: &str) -> Vec<String> {
        use unicode_normalization::char::is_combining_mark;
        use unicode_normalization::UnicodeNormalization;
        let folded: String = text.nfd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase).collect();
        folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect()
    }
    let (given, wanted) = (words(name), words(family));
    !wanted.is_empty() && wanted.iter().all(|w| given.contains(w))
}

/// The record of a minor named at the desk: found by INS when its birth date and family name
/// are the ones typed (a parent adding a second representative, a child whose record a
/// laboratory made), else `Err((record, error-desk-identity-mismatch))`; made when the INS is
/// no record's ([`create_unlinked`]). Returns (id, made).
pub async fn minor_at_desk(
    tx: &mut Transaction<'static, Any>,
    family: &str,
    given: &str,
    birth_date: jiff::civil::Date,
    health_id: &HealthId,
    contact_email: Option<&Email>,
) -> Result<std::result::Result<(String, bool), (String, Problem)>> {
    match on_file(tx, health_id).await? {
        None => Ok(Ok((create_unlinked(tx, family, given, birth_date, health_id, contact_email).await?, true))),
        Some(found) if found.birth_date == Some(birth_date) && names_family(family, &found.family) => {
            Ok(Ok((found.id, false)))
        }
        Some(found) => Ok(Err((found.id, Problem::DeskIdentityMismatch))),
    }
}

/// What the record with an INS holds of its person's identity, for the desk's checks.
struct IdentityOnFile {
    id: String,
    /// Its account, if it has one.
    owner: Option<String>,
    birth_date: Option<jiff::civil::Date>,
    family: String,
}

/// The record whose INS is `health_id`, if any.
async fn on_file(tx: &mut Transaction<'static, Any>, health_id: &HealthId) -> Result<Option<IdentityOnFile>> {
    let found: Option<(String, Option<String>, Option<String>, String)> = sqlx::query_as(
        "SELECT p.id, p.account_id, p.birth_date, p.family_name FROM patient_identifiers i \
         JOIN patients p ON p.id = i.patient_id WHERE i.system = $1 AND i.value = $2",
    )
    .bind(INS_SYSTEM)
    .bind(health_id.as_str())
    .fetch_optional(&mut **tx)
    .await?;
    Ok(found.map(|(id, owner, birth, family)| IdentityOnFile {
        id,
        owner,
        birth_date: birth.and_then(|d| d.parse().ok()),
        family,
    }))
}

/// A new record without an account (a minor's, made at the reception desk), with its INS and
/// the address their invitation to enrol goes to at 18, if known. An INS that is already some
/// record's is refused (`error-health-id-taken`). Returns its id.
pub async fn create_unlinked(
    tx: &mut Transaction<'static, Any>,
    family: &str,
    given: &str,
    birth_date: jiff::civil::Date,
    health_id: &HealthId,
    contact_email: Option<&Email>,
) -> Result<String> {
    let taken: Option<String> =
        sqlx::query_scalar("SELECT patient_id FROM patient_identifiers WHERE system = $1 AND value = $2")
            .bind(INS_SYSTEM)
            .bind(health_id.as_str())
            .fetch_optional(&mut **tx)
            .await?;
    if taken.is_some() {
        return Err(Error::Conflict(Problem::HealthIdTaken));
    }
    let id = insert(tx, family, given, Some(birth_date), None, contact_email.map(Email::as_str)).await?;
    add_identifier(tx, &id, &Identifier { system: INS_SYSTEM.into(), value: health_id.as_str().into() }).await?;
    Ok(id)
}

/// The record a bundle's patient is, matched by any of its identifiers, or a new one.
/// Returns (id, created). A record is matched only if its identity agrees with the bundle's:
/// the same INS when both have one, the same birth date, and the same family name when both
/// have one. Otherwise the import is refused naming the trait that differs
/// ([`Problem::ImportConflictIns`]…), and nothing is merged: two people are never made one.
pub(crate) async fn match_or_create(
    tx: &mut Transaction<'static, Any>,
    entry: &PatientEntry,
) -> Result<(String, bool)> {
    for identifier in &entry.identifiers {
        let found: Option<String> =
            sqlx::query_scalar("SELECT patient_id FROM patient_identifiers WHERE system = $1 AND value = $2")
                .bind(&identifier.system)
                .bind(&identifier.value)
                .fetch_optional(&mut **tx)
                .await?;
        if let Some(id) = found {
            if let Some(conflict) = identity_conflict(tx, &id, entry).await? {
                return Err(Error::Conflict(conflict));
            }
            // Learn the identifiers this bundle knows and we did not.
            for other in &entry.identifiers {
                add_identifier(tx, &id, other).await?;
            }
            return Ok((id, false));
        }
    }
    let id = insert(tx, &entry.family, &entry.given, entry.birth_date, None, None).await?;
    for identifier in &entry.identifiers {
        add_identifier(tx, &id, identifier).await?;
    }
    Ok((id, true))
}

/// Records what a bundle's patient says of them beyond their identity: the gender, on a record
/// that has none yet, or only `unknown` (records made at the desk or on enrolment have none; a
/// publisher's is never overwritten by another's); the postal addresses, the latest sent
/// standing.
pub(crate) async fn learn_details(tx: &mut Transaction<'static, Any>, id: &str, entry: &PatientEntry) -> Result<()> {
    if let Some(gender) = &entry.gender {
        sqlx::query("UPDATE patients SET gender = $1 WHERE id = $2 AND (gender IS NULL OR gender = 'unknown')")
            .bind(gender)
            .bind(id)
            .execute(&mut **tx)
            .await?;
    }
    if !entry.addresses.is_empty() {
        // Strings only: serialising cannot fail.
        let addresses = serde_json::json!(entry.addresses).to_string();
        sqlx::query("UPDATE patients SET addresses = $1 WHERE id = $2")
            .bind(addresses)
            .bind(id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// The record's postal addresses and its identifiers (the INS first), for the export.
pub async fn addresses_and_identifiers<K>(
    access: &mut crate::access::Access<K>,
) -> Result<(Vec<crate::fhir::Address>, Vec<Identifier>)> {
    let (tx, grant) = access.parts();
    let stored: Option<String> = sqlx::query_scalar("SELECT addresses FROM patients WHERE id = $1")
        .bind(grant.patient_id())
        .fetch_one(&mut **tx)
        .await?;
    // Written by this code only; unreadable, it is as if none were known.
    let addresses = stored.and_then(|json| serde_json::from_str(&json).ok()).unwrap_or_default();
    let identifiers: Vec<(String, String)> = sqlx::query_as(
        "SELECT system, value FROM patient_identifiers WHERE patient_id = $1 \
         ORDER BY CASE WHEN system = $2 THEN 0 ELSE 1 END, system, value",
    )
    .bind(grant.patient_id())
    .bind(INS_SYSTEM)
    .fetch_all(&mut **tx)
    .await?;
    Ok((addresses, identifiers.into_iter().map(|(system, value)| Identifier { system, value }).collect()))
}

/// The trait in which the record `id` and a bundle's patient differ, if any.
async fn identity_conflict(
    tx: &mut Transaction<'static, Any>,
    id: &str,
    entry: &PatientEntry,
) -> Result<Option<Problem>> {
    let (birth, family): (Option<String>, String) =
        sqlx::query_as("SELECT birth_date, family_name FROM patients WHERE id = $1")
            .bind(id)
            .fetch_one(&mut **tx)
            .await?;
    let stored_ins: Option<String> =
        sqlx::query_scalar("SELECT value FROM patient_identifiers WHERE patient_id = $1 AND system = $2")
            .bind(id)
            .bind(INS_SYSTEM)
            .fetch_optional(&mut **tx)
            .await?;
    let sent_ins = entry.identifiers.iter().find(|i| i.system == INS_SYSTEM).map(|i| i.value.as_str());
    if let (Some(stored), Some(sent)) = (stored_ins.as_deref(), sent_ins) {
        if stored != sent {
            return Ok(Some(Problem::ImportConflictIns));
        }
    }
    if birth.and_then(|b| b.parse::<jiff::civil::Date>().ok()) != entry.birth_date {
        return Ok(Some(Problem::ImportConflictBirthDate));
    }
    let (family, sent_family) = (family.trim(), entry.family.trim());
    if !family.is_empty() && !sent_family.is_empty() && !names_family(sent_family, family) {
        return Ok(Some(Problem::ImportConflictFamilyName));
    }
    Ok(None)
}

/// The record a publication is for: the bundle's patient must carry an INS and a birth date,
/// and a record with both must exist (publishers never create records: a mistyped INS must not
/// start a stranger's file). `None` when there is no such record.
pub(crate) async fn match_for_publication(
    tx: &mut Transaction<'static, Any>,
    entry: &PatientEntry,
) -> Result<Option<String>> {
    let health_id = entry
        .identifiers
        .iter()
        .find(|i| i.system == INS_SYSTEM)
        .and_then(|i| HealthId::parse(&i.value).ok())
        .ok_or(Error::Invalid(Problem::PublishIdentity))?;
    let birth_date = entry.birth_date.ok_or(Error::Invalid(Problem::PublishIdentity))?;
    find_by_health_id(tx, &health_id, birth_date).await
}

/// The record with this INS and birth date, if there is one (how a professional names a patient).
pub async fn find_by_health_id(
    tx: &mut Transaction<'static, Any>,
    health_id: &HealthId,
    birth_date: jiff::civil::Date,
) -> Result<Option<String>> {
    Ok(sqlx::query_scalar(
        "SELECT p.id FROM patient_identifiers i JOIN patients p ON p.id = i.patient_id \
         WHERE i.system = $1 AND i.value = $2 AND p.birth_date = $3",
    )
    .bind(INS_SYSTEM)
    .bind(health_id.as_str())
    .bind(birth_date.to_string())
    .fetch_optional(&mut **tx)
    .await?)
}

async fn insert(
    tx: &mut Transaction<'static, Any>,
    family: &str,
    given: &str,
    birth_date: Option<jiff::civil::Date>,
    account_id: Option<&str>,
    contact_email: Option<&str>,
) -> Result<String> {
    let id = Uuid::new_v4().to_string();
    sqlx::query(
        "INSERT INTO patients (id, account_id, family_name, given_names, birth_date, created_at, contact_email) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&id)
    .bind(account_id)
    .bind(family)
    .bind(given)
    .bind(birth_date.map(|d| d.to_string()))
    .bind(now_ms())
    .bind(contact_email)
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

/// Marks a young adult's record as invited to enrol, once: `false` if it already was (another
/// worker got there first).
pub(crate) async fn claim_adult_invitation(
    tx: &mut Transaction<'static, Any>,
    patient_id: &str,
    now: i64,
) -> Result<bool> {
    let claimed = sqlx::query("UPDATE patients SET adult_invited_at = $1 WHERE id = $2 AND adult_invited_at IS NULL")
        .bind(now)
        .bind(patient_id)
        .execute(&mut **tx)
        .await?
        .rows_affected();
    Ok(claimed > 0)
}

/// Links a record that has no account yet to `account_id` (a record that has one keeps it).
pub(crate) async fn link_unlinked(
    tx: &mut Transaction<'static, Any>,
    patient_id: &str,
    account_id: &str,
) -> Result<()> {
    sqlx::query("UPDATE patients SET account_id = $1 WHERE id = $2 AND account_id IS NULL")
        .bind(account_id)
        .bind(patient_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

async fn add_identifier(tx: &mut Transaction<'static, Any>, patient_id: &str, identifier: &Identifier) -> Result<()> {
    sqlx::query(
        "INSERT INTO patient_identifiers (system, value, patient_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
    )
    .bind(&identifier.system)
    .bind(&identifier.value)
    .bind(patient_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// "Camille Martin" → ("Camille", "Martin"): the last word is taken as the family name.
fn split_name(display_name: &str) -> (String, String) {
    match display_name.trim().rsplit_once(' ') {
        Some((given, family)) => (given.trim().to_string(), family.to_string()),
        None => (String::new(), display_name.trim().to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A valid INS for tests: the key computed the way the parser checks it.
    fn with_key(body: &str) -> String {
        let n: u64 = body.replace("2A", "19").replace("2B", "18").parse().unwrap();
        format!("{body}{:02}", 97 - n % 97)
    }

    #[test]
    fn a_family_name_is_found_in_the_name_given_whatever_the_case_and_accents() {
        assert!(names_family("Hélène MARTIN-DUPONT", "Martin-Dupont"));
        assert!(names_family("helene martin dupont", "Martin-Dupont"));
        assert!(names_family("Camille Martin", "MARTIN"));
        assert!(names_family("Zoé Lefèvre", "Lefevre"));
        assert!(!names_family("Camille Martinez", "Martin"), "a whole word");
        assert!(!names_family("Paul Durand", "Martin"));
        assert!(!names_family("Paul Durand", ""), "an empty family name names no one");
    }

    #[test]
    fn health_ids_are_checked_with_their_key() {
        let ins = with_key("2840375123456");
        let parsed = HealthId::parse(&format!(" {} ", &ins)).unwrap();
        assert_eq!(parsed.as_str(), ins);
        assert_eq!(parsed.grouped().replace(' ', ""), ins);
        let spaced = parsed.grouped();
        assert_eq!(HealthId::parse(&spaced).unwrap(), parsed);
        // A wrong key, a wrong length, letters, a bad first digit.
        let wrong_key = format!("{}{:02}", &ins[..13], (ins[13..].parse::<u64>().unwrap() + 1) % 100);
        for bad in [wrong_key.as_str(), "284037512345", "28403751234567A", "", "3840375123456xx"] {
            assert!(HealthId::parse(bad).is_err(), "{bad}");
        }
        // Corsica.
        assert!(HealthId::parse(&with_key("175012A123456")).is_ok());
        assert!(HealthId::parse(&with_key("1750120123456").replacen("20", "2A", 1)).is_err());
    }

    #[test]
    fn display_names_split_at_the_last_word() {
        assert_eq!(split_name("Camille Martin"), ("Camille".into(), "Martin".into()));
        assert_eq!(split_name("Jean Paul Sartre"), ("Jean Paul".into(), "Sartre".into()));
        assert_eq!(split_name("Cher"), ("".into(), "Cher".into()));
    }
}
