//! Accounts (people who can sign in), their roles, and the validated values that make them up.

use crate::error::Problem;
use std::str::FromStr;

use sqlx::{Any, Transaction};
use uuid::Uuid;

use crate::clock::now_ms;
use crate::db::Db;
use crate::i18n::Locale;
use crate::text::single_line;
use crate::{Error, Result};

/// What an account may be. A person can hold several roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    Patient,
    Caregiver,
    Professional,
    Staff,
    Admin,
}

impl Role {
    pub const ALL: [Role; 5] = [Role::Patient, Role::Caregiver, Role::Professional, Role::Staff, Role::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Patient => "patient",
            Role::Caregiver => "caregiver",
            Role::Professional => "professional",
            Role::Staff => "staff",
            Role::Admin => "admin",
        }
    }

    /// The Fluent id of the role's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Role::Patient => "role-patient",
            Role::Caregiver => "role-caregiver",
            Role::Professional => "role-professional",
            Role::Staff => "role-staff",
            Role::Admin => "role-admin",
        }
    }
}

impl FromStr for Role {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Role::ALL.into_iter().find(|r| r.as_str() == s).ok_or(Error::Invalid(Problem::RoleInvalid))
    }
}

/// A person's name as shown in the portal: trimmed, 1 to 100 characters, no control characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(raw: &str) -> Result<Self> {
        let name = single_line(raw, 100).ok_or(Error::Invalid(Problem::NameInvalid))?;
        Ok(DisplayName(name.to_string()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An e-mail address, validated by lettre's parser and stored lower-case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self> {
        let email = raw.trim().to_lowercase();
        if email.len() > 254 || lettre::Address::from_str(&email).is_err() {
            return Err(Error::Invalid(Problem::EmailInvalid));
        }
        Ok(Email(email))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An account as the rest of the code sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: String,
    pub display_name: String,
    pub email: String,
    pub locale: Option<Locale>,
    pub roles: Vec<Role>,
    pub created_at: i64,
}

impl Account {
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
    /// The language to write to this person in when no request tells us.
    pub fn mail_locale(&self) -> Locale {
        self.locale.unwrap_or_default()
    }
}

#[derive(sqlx::FromRow)]
struct AccountRow {
    id: String,
    display_name: String,
    email: String,
    locale: Option<String>,
    created_at: i64,
}

async fn with_roles<'e, E>(executor: E, row: AccountRow) -> Result<Account>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    let mut roles: Vec<Role> = sqlx::query_scalar::<_, String>("SELECT role FROM account_roles WHERE account_id = $1")
        .bind(&row.id)
        .fetch_all(executor)
        .await?
        .iter()
        .filter_map(|r| r.parse().ok())
        .collect();
    roles.sort();
    Ok(Account {
        locale: row.locale.as_deref().and_then(Locale::from_tag),
        id: row.id,
        display_name: row.display_name,
        email: row.email,
        roles,
        created_at: row.created_at,
    })
}

const SELECT_ACCOUNT: &str = "SELECT id, display_name, email, locale, created_at FROM accounts";

/// Creates an account with its roles. A second account with the same e-mail is refused.
pub async fn create(
    tx: &mut Transaction<'static, Any>,
    name: &DisplayName,
    email: &Email,
    roles: &[Role],
) -> Result<Account> {
    let exists: Option<String> = sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1")
        .bind(email.as_str())
        .fetch_optional(&mut **tx)
        .await?;
    if exists.is_some() {
        return Err(Error::Conflict(Problem::EmailTaken));
    }
    let id = Uuid::new_v4().to_string();
    let now = now_ms();
    sqlx::query("INSERT INTO accounts (id, display_name, email, locale, created_at) VALUES ($1, $2, $3, NULL, $4)")
        .bind(&id)
        .bind(name.as_str())
        .bind(email.as_str())
        .bind(now)
        .execute(&mut **tx)
        .await
        .map_err(|e| match e {
            // Two creations racing past the check above: the constraint decides.
            sqlx::Error::Database(db) if db.is_unique_violation() => Error::Conflict(Problem::EmailTaken),
            other => Error::Database(other),
        })?;
    add_roles(tx, &id, roles).await?;
    let row = sqlx::query_as::<_, AccountRow>(&format!("{SELECT_ACCOUNT} WHERE id = $1"))
        .bind(&id)
        .fetch_one(&mut **tx)
        .await?;
    with_roles(&mut **tx, row).await
}

/// Grants roles the account does not have yet.
pub async fn add_roles(tx: &mut Transaction<'static, Any>, account_id: &str, roles: &[Role]) -> Result<()> {
    for role in roles {
        sqlx::query("INSERT INTO account_roles (account_id, role) VALUES ($1, $2) ON CONFLICT DO NOTHING")
            .bind(account_id)
            .bind(role.as_str())
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

pub async fn get(db: &Db, id: &str) -> Result<Account> {
    let row = sqlx::query_as::<_, AccountRow>(&format!("{SELECT_ACCOUNT} WHERE id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?
        .ok_or(Error::NotFound)?;
    with_roles(db.pool(), row).await
}

pub async fn get_in(tx: &mut Transaction<'static, Any>, id: &str) -> Result<Account> {
    let row = sqlx::query_as::<_, AccountRow>(&format!("{SELECT_ACCOUNT} WHERE id = $1"))
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?
        .ok_or(Error::NotFound)?;
    with_roles(&mut **tx, row).await
}

pub async fn find_by_email_in(tx: &mut Transaction<'static, Any>, email: &Email) -> Result<Option<Account>> {
    let row = sqlx::query_as::<_, AccountRow>(&format!("{SELECT_ACCOUNT} WHERE email = $1"))
        .bind(email.as_str())
        .fetch_optional(&mut **tx)
        .await?;
    match row {
        Some(row) => Ok(Some(with_roles(&mut **tx, row).await?)),
        None => Ok(None),
    }
}

/// Remembers the language a person chose.
pub async fn set_locale(db: &Db, account_id: &str, locale: Locale) -> Result<()> {
    sqlx::query("UPDATE accounts SET locale = $1 WHERE id = $2")
        .bind(locale.tag())
        .bind(account_id)
        .execute(db.writer())
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(DisplayName::parse("  Camille Martin ").unwrap().as_str(), "Camille Martin");
        assert!(DisplayName::parse("   ").is_err());
        assert!(DisplayName::parse(&"x".repeat(101)).is_err());
        assert!(DisplayName::parse("a\u{0007}b").is_err());
    }

    #[test]
    fn emails_are_validated_and_lowercased() {
        assert_eq!(Email::parse(" Camille@Example.ORG ").unwrap().as_str(), "camille@example.org");
        assert!(Email::parse("not an email").is_err());
        assert!(Email::parse("a@").is_err());
    }

    #[test]
    fn roles_round_trip() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>().unwrap(), role);
        }
        assert!("root".parse::<Role>().is_err());
    }
}
