//! Kinds of visit a professional offers ("blood test, fasting", "first consultation",
//! "teleconsultation"): in person or by video, with what the patient must know before — the
//! instructions and the documents to bring — in each language the professional writes, and
//! optionally a pre-visit form of a few questions (text, yes/no, choice, date, number), which may
//! have to be signed with a passkey. Patients choose a kind when they book ([`super::booking`]);
//! the confirmation and the reminder carry its instructions ([`super::notices`]); the form is
//! answered in [`super::visit_forms`].
//!
//! Only the professional writes their kinds (their agenda's right, like places and openings);
//! anyone may read the kinds a professional offers, as they read the free slots: they hold no
//! patient's data.

use std::collections::BTreeMap;

use sqlx::{Any, Transaction};
use uuid::Uuid;

use super::agenda::professional;
use super::Visit;
use crate::clock::now_ms;
use crate::db::Db;
use crate::i18n::Locale;
use crate::policy::Actor;
use crate::text::{looks_like_markup, multi_line, single_line};
use crate::{Error, Problem, Result};

/// The longest name of a kind (characters).
pub const NAME_MAX_CHARS: usize = 80;
/// The longest instructions (characters).
pub const INSTRUCTIONS_MAX_CHARS: usize = 2000;
/// The longest list of documents to bring (characters).
pub const BRING_MAX_CHARS: usize = 1000;
/// The longest question (characters).
pub const LABEL_MAX_CHARS: usize = 200;
/// The most options a choice offers, and the longest option (characters).
pub const OPTIONS_MAX: usize = 12;
pub const OPTION_MAX_CHARS: usize = 80;
/// The most questions a form has: a pre-visit form is short.
pub const QUESTIONS_MAX: usize = 20;
/// The most kinds a professional offers at once.
pub const KINDS_MAX: usize = 20;

/// What an answer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemType {
    Text,
    Boolean,
    Choice,
    Date,
    Number,
}

impl ItemType {
    pub const ALL: [ItemType; 5] =
        [ItemType::Text, ItemType::Boolean, ItemType::Choice, ItemType::Date, ItemType::Number];

    pub fn as_str(self) -> &'static str {
        match self {
            ItemType::Text => "text",
            ItemType::Boolean => "boolean",
            ItemType::Choice => "choice",
            ItemType::Date => "date",
            ItemType::Number => "number",
        }
    }

    pub fn parse(raw: &str) -> Option<ItemType> {
        ItemType::ALL.into_iter().find(|t| t.as_str() == raw)
    }

    /// The FHIR `Questionnaire.item.type` (R4).
    pub fn fhir(self) -> &'static str {
        match self {
            ItemType::Text => "text",
            ItemType::Boolean => "boolean",
            ItemType::Choice => "choice",
            ItemType::Date => "date",
            ItemType::Number => "decimal",
        }
    }

    /// The Fluent id of its name, for the professional's form builder.
    pub fn message_id(self) -> &'static str {
        match self {
            ItemType::Text => "visit-item-text",
            ItemType::Boolean => "visit-item-boolean",
            ItemType::Choice => "visit-item-choice",
            ItemType::Date => "visit-item-date",
            ItemType::Number => "visit-item-number",
        }
    }
}

/// Where a question's answer is filled from before the patient sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prefill {
    /// The allergies in the health summary.
    Allergies,
    /// The treatments being taken.
    Treatments,
}

impl Prefill {
    pub const ALL: [Prefill; 2] = [Prefill::Allergies, Prefill::Treatments];

    pub fn as_str(self) -> &'static str {
        match self {
            Prefill::Allergies => "allergies",
            Prefill::Treatments => "treatments",
        }
    }

    pub fn parse(raw: &str) -> Option<Prefill> {
        Prefill::ALL.into_iter().find(|p| p.as_str() == raw)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Prefill::Allergies => "visit-prefill-allergies",
            Prefill::Treatments => "visit-prefill-treatments",
        }
    }
}

/// What a kind says in one language.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct KindText {
    pub lang: String,
    pub name: String,
    pub instructions: String,
    pub bring: String,
}

/// A question's words in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionText {
    pub lang: String,
    pub label: String,
    /// A choice's options, in order.
    pub options: Vec<String>,
}

/// One question of a pre-visit form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub id: String,
    pub item_type: ItemType,
    pub required: bool,
    pub prefill: Option<Prefill>,
    pub texts: Vec<QuestionText>,
}

impl Question {
    /// Its words in `lang`, else in French, else in the first language it has.
    pub fn words(&self, lang: &str) -> Option<&QuestionText> {
        pick(&self.texts, lang, |t| &t.lang)
    }
}

/// A kind of visit, with its texts and its form's questions (in order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisitKind {
    pub id: String,
    pub professional_id: String,
    pub visit: Visit,
    /// The form must be signed with a passkey (consent to care, pre-admission).
    pub needs_signature: bool,
    pub texts: Vec<KindText>,
    pub questions: Vec<Question>,
}

impl VisitKind {
    /// Its words in `lang`, else in French, else in the first language it has.
    pub fn words(&self, lang: &str) -> Option<&KindText> {
        pick(&self.texts, lang, |t| &t.lang)
    }

    /// Its name in `lang` (or the nearest language it has).
    pub fn name(&self, lang: &str) -> String {
        self.words(lang).map(|t| t.name.clone()).unwrap_or_default()
    }

    /// Whether the patient has a form to fill in before the visit.
    pub fn has_form(&self) -> bool {
        !self.questions.is_empty()
    }

    /// What the patient must know before, as lines for a message: the name, the instructions,
    /// the documents to bring, and, while it waits (`form_pending`), that a form is to be filled
    /// in (and signed) on the appointment's page. Empty when there is nothing to say.
    pub fn preparation_text(&self, locale: Locale, form_pending: bool) -> String {
        let Some(words) = self.words(locale.tag()) else { return String::new() };
        let mut parts = vec![locale.t_args("visit-mail-kind", &[("kind", words.name.as_str().into())])];
        if !words.instructions.is_empty() {
            parts.push(format!("{}\n{}", locale.t("visit-instructions-label"), words.instructions));
        }
        if !words.bring.is_empty() {
            parts.push(format!("{}\n{}", locale.t("visit-bring-label"), words.bring));
        }
        if self.has_form() && form_pending {
            parts.push(locale.t(if self.needs_signature { "visit-mail-form-signed" } else { "visit-mail-form" }));
        }
        parts.join("\n\n")
    }
}

/// The entry of `items` in `lang`, else in French (the clinic's first language), else the first.
fn pick<'a, T>(items: &'a [T], lang: &str, lang_of: impl Fn(&T) -> &String) -> Option<&'a T> {
    items
        .iter()
        .find(|t| lang_of(t) == lang)
        .or_else(|| items.iter().find(|t| lang_of(t) == "fr"))
        .or_else(|| items.first())
}

/// A kind's words as typed, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewKindText {
    pub lang: Locale,
    pub name: String,
    pub instructions: String,
    pub bring: String,
}

impl NewKindText {
    pub fn parse(lang: &str, name: &str, instructions: &str, bring: &str) -> Result<NewKindText> {
        let lang = Locale::from_tag(lang).ok_or(Error::Invalid(Problem::VisitKindLanguage))?;
        let name = single_line(name, NAME_MAX_CHARS)
            .filter(|n| !looks_like_markup(n))
            .ok_or(Error::Invalid(Problem::VisitKindName))?
            .to_string();
        let optional = |raw: &str, max: usize, problem: Problem| -> Result<String> {
            if raw.trim().is_empty() {
                return Ok(String::new());
            }
            multi_line(raw, max).ok_or(Error::Invalid(problem))
        };
        Ok(NewKindText {
            lang,
            name,
            instructions: optional(instructions, INSTRUCTIONS_MAX_CHARS, Problem::VisitKindInstructions)?,
            bring: optional(bring, BRING_MAX_CHARS, Problem::VisitKindBring)?,
        })
    }
}

/// A question as typed (in one language), checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewQuestion {
    pub item_type: ItemType,
    pub required: bool,
    pub prefill: Option<Prefill>,
    pub text: NewQuestionText,
}

/// A question's words as typed (in one language), checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewQuestionText {
    pub lang: Locale,
    pub label: String,
    pub options: Vec<String>,
}

impl NewQuestionText {
    /// `options`: one per line, only for a choice (at least two, at most [`OPTIONS_MAX`]).
    pub fn parse(lang: &str, item_type: ItemType, label: &str, options: &str) -> Result<NewQuestionText> {
        let lang = Locale::from_tag(lang).ok_or(Error::Invalid(Problem::VisitKindLanguage))?;
        let label = single_line(label, LABEL_MAX_CHARS)
            .filter(|l| !looks_like_markup(l))
            .ok_or(Error::Invalid(Problem::VisitQuestionLabel))?
            .to_string();
        let options: Vec<String> = if item_type == ItemType::Choice {
            let lines: Vec<&str> = options.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
            let checked: Option<Vec<String>> = lines
                .iter()
                .map(|l| single_line(l, OPTION_MAX_CHARS).filter(|o| !looks_like_markup(o)).map(String::from))
                .collect();
            let checked = checked.ok_or(Error::Invalid(Problem::VisitQuestionOptions))?;
            let mut unique = checked.clone();
            unique.sort();
            unique.dedup();
            if !(2..=OPTIONS_MAX).contains(&checked.len()) || unique.len() != checked.len() {
                return Err(Error::Invalid(Problem::VisitQuestionOptions));
            }
            checked
        } else {
            Vec::new()
        };
        Ok(NewQuestionText { lang, label, options })
    }
}

impl NewQuestion {
    pub fn parse(
        item_type: &str,
        required: bool,
        prefill: &str,
        lang: &str,
        label: &str,
        options: &str,
    ) -> Result<NewQuestion> {
        let item_type = ItemType::parse(item_type).ok_or(Error::Invalid(Problem::VisitQuestionType))?;
        let prefill = match prefill {
            "" => None,
            raw => Some(Prefill::parse(raw).ok_or(Error::Invalid(Problem::VisitQuestionPrefill))?),
        };
        // What the summary holds is text: a yes/no or a date cannot be filled from it.
        if prefill.is_some() && item_type != ItemType::Text {
            return Err(Error::Invalid(Problem::VisitQuestionPrefill));
        }
        let text = NewQuestionText::parse(lang, item_type, label, options)?;
        Ok(NewQuestion { item_type, required, prefill, text })
    }
}

/// The kinds a professional offers now (not retired), oldest first.
pub async fn offered(db: &Db, professional_id: &str) -> Result<Vec<VisitKind>> {
    let mut tx = db.begin_read().await?;
    let kinds = offered_in(&mut tx, professional_id).await?;
    tx.commit().await?;
    Ok(kinds)
}

pub(crate) async fn offered_in(tx: &mut Transaction<'static, Any>, professional_id: &str) -> Result<Vec<VisitKind>> {
    let ids: Vec<String> = sqlx::query_scalar(
        "SELECT id FROM visit_kinds WHERE professional_id = $1 AND retired_at IS NULL ORDER BY created_at, id",
    )
    .bind(professional_id)
    .fetch_all(&mut **tx)
    .await?;
    let mut kinds = Vec::with_capacity(ids.len());
    for id in ids {
        kinds.push(load(tx, &id).await?);
    }
    Ok(kinds)
}

/// One kind, retired or not (an appointment's), with its questions still asked.
pub(crate) async fn load(tx: &mut Transaction<'static, Any>, id: &str) -> Result<VisitKind> {
    let row: Option<(String, String, i64)> =
        sqlx::query_as("SELECT professional_id, visit, needs_signature FROM visit_kinds WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut **tx)
            .await?;
    let (professional_id, visit, needs_signature) = row.ok_or(Error::NotFound)?;
    let texts: Vec<KindText> =
        sqlx::query_as("SELECT lang, name, instructions, bring FROM visit_kind_texts WHERE kind_id = $1 ORDER BY lang")
            .bind(id)
            .fetch_all(&mut **tx)
            .await?;
    let rows: Vec<(String, String, i64, Option<String>)> = sqlx::query_as(
        "SELECT id, item_type, required, prefill FROM visit_questions WHERE kind_id = $1 AND retired_at IS NULL \
         ORDER BY position, id",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await?;
    let words: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT t.question_id, t.lang, t.label, t.options FROM visit_question_texts t \
         JOIN visit_questions q ON q.id = t.question_id WHERE q.kind_id = $1 AND q.retired_at IS NULL ORDER BY t.lang",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await?;
    let mut by_question: BTreeMap<String, Vec<QuestionText>> = BTreeMap::new();
    for (question_id, lang, label, options) in words {
        let options = options.lines().filter(|l| !l.is_empty()).map(String::from).collect();
        by_question.entry(question_id).or_default().push(QuestionText { lang, label, options });
    }
    let questions = rows
        .into_iter()
        .filter_map(|(qid, item_type, required, prefill)| {
            Some(Question {
                item_type: ItemType::parse(&item_type)?,
                required: required == 1,
                prefill: prefill.as_deref().and_then(Prefill::parse),
                texts: by_question.remove(&qid).unwrap_or_default(),
                id: qid,
            })
        })
        .collect();
    Ok(VisitKind {
        id: id.to_string(),
        professional_id,
        visit: if visit == "video" { Visit::Video } else { Visit::InPerson },
        needs_signature: needs_signature == 1,
        texts,
        questions,
    })
}

/// One kind, retired or not (what an appointment was booked for): kinds hold no patient's data.
pub async fn get(db: &Db, id: &str) -> Result<VisitKind> {
    let mut tx = db.begin_read().await?;
    let kind = load(&mut tx, id).await?;
    tx.commit().await?;
    Ok(kind)
}

/// One of the professional's own kinds, for editing.
pub async fn own(db: &Db, actor: &Actor, id: &str) -> Result<VisitKind> {
    let account_id = professional(actor)?;
    let mut tx = db.begin_read().await?;
    let kind = own_in(&mut tx, account_id, id).await?;
    tx.commit().await?;
    Ok(kind)
}

async fn own_in(tx: &mut Transaction<'static, Any>, account_id: &str, id: &str) -> Result<VisitKind> {
    let retired: Option<Option<i64>> =
        sqlx::query_scalar("SELECT retired_at FROM visit_kinds WHERE id = $1 AND professional_id = $2")
            .bind(id)
            .bind(account_id)
            .fetch_optional(&mut **tx)
            .await?;
    match retired {
        Some(None) => load(tx, id).await,
        _ => Err(Error::NotFound),
    }
}

/// The professional's kinds, for their page.
pub async fn mine(db: &Db, actor: &Actor) -> Result<Vec<VisitKind>> {
    let account_id = professional(actor)?;
    offered(db, account_id).await
}

/// Adds a kind with its words in one language. Returns its id.
pub async fn add(db: &Db, actor: &Actor, visit: Visit, needs_signature: bool, text: &NewKindText) -> Result<String> {
    let account_id = professional(actor)?;
    let mut tx = db.begin().await?;
    db.lock_account(&mut tx, account_id).await?;
    let count: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM visit_kinds WHERE professional_id = $1 AND retired_at IS NULL")
            .bind(account_id)
            .fetch_one(&mut *tx)
            .await?;
    if count >= KINDS_MAX as i64 {
        return Err(Error::Invalid(Problem::VisitKindTooMany));
    }
    let id = Uuid::new_v4().to_string();
    sqlx::query(
        "INSERT INTO visit_kinds (id, professional_id, visit, needs_signature, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&id)
    .bind(account_id)
    .bind(visit.as_str())
    .bind(i64::from(needs_signature))
    .bind(now_ms())
    .execute(&mut *tx)
    .await?;
    write_text(&mut tx, &id, text).await?;
    tx.commit().await?;
    Ok(id)
}

async fn write_text(tx: &mut Transaction<'static, Any>, kind_id: &str, text: &NewKindText) -> Result<()> {
    sqlx::query("DELETE FROM visit_kind_texts WHERE kind_id = $1 AND lang = $2")
        .bind(kind_id)
        .bind(text.lang.tag())
        .execute(&mut **tx)
        .await?;
    sqlx::query("INSERT INTO visit_kind_texts (kind_id, lang, name, instructions, bring) VALUES ($1, $2, $3, $4, $5)")
        .bind(kind_id)
        .bind(text.lang.tag())
        .bind(&text.name)
        .bind(&text.instructions)
        .bind(&text.bring)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Sets a kind's words in one language (adding that language, or replacing what it said), and
/// whether its form must be signed.
pub async fn edit(db: &Db, actor: &Actor, id: &str, needs_signature: bool, text: &NewKindText) -> Result<()> {
    let account_id = professional(actor)?;
    let mut tx = db.begin().await?;
    own_in(&mut tx, account_id, id).await?;
    sqlx::query("UPDATE visit_kinds SET needs_signature = $1 WHERE id = $2")
        .bind(i64::from(needs_signature))
        .bind(id)
        .execute(&mut *tx)
        .await?;
    write_text(&mut tx, id, text).await?;
    tx.commit().await?;
    Ok(())
}

/// Sets one question's words in one language (its other languages stay).
pub async fn word_question(
    db: &Db,
    actor: &Actor,
    kind_id: &str,
    question_id: &str,
    text: &NewQuestionText,
) -> Result<()> {
    let account_id = professional(actor)?;
    let mut tx = db.begin().await?;
    let kind = own_in(&mut tx, account_id, kind_id).await?;
    let question = kind.questions.iter().find(|q| q.id == question_id).ok_or(Error::NotFound)?;
    if question.item_type == ItemType::Choice {
        // Options in another language must say the same choices: as many, in the same order.
        if let Some(other) = question.texts.iter().find(|t| t.lang != text.lang.tag()) {
            if other.options.len() != text.options.len() {
                return Err(Error::Invalid(Problem::VisitQuestionOptionsCount));
            }
        }
    }
    write_question_text(&mut tx, question_id, text).await?;
    tx.commit().await?;
    Ok(())
}

async fn write_question_text(
    tx: &mut Transaction<'static, Any>,
    question_id: &str,
    text: &NewQuestionText,
) -> Result<()> {
    sqlx::query("DELETE FROM visit_question_texts WHERE question_id = $1 AND lang = $2")
        .bind(question_id)
        .bind(text.lang.tag())
        .execute(&mut **tx)
        .await?;
    sqlx::query("INSERT INTO visit_question_texts (question_id, lang, label, options) VALUES ($1, $2, $3, $4)")
        .bind(question_id)
        .bind(text.lang.tag())
        .bind(&text.label)
        .bind(text.options.join("\n"))
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Adds a question at the end of a kind's form. Returns its id.
pub async fn add_question(db: &Db, actor: &Actor, kind_id: &str, new: &NewQuestion) -> Result<String> {
    let account_id = professional(actor)?;
    let mut tx = db.begin().await?;
    db.lock_account(&mut tx, account_id).await?;
    let kind = own_in(&mut tx, account_id, kind_id).await?;
    if kind.questions.len() >= QUESTIONS_MAX {
        return Err(Error::Invalid(Problem::VisitQuestionTooMany));
    }
    let position: i64 =
        sqlx::query_scalar("SELECT COALESCE(MAX(position), 0) + 1 FROM visit_questions WHERE kind_id = $1")
            .bind(kind_id)
            .fetch_one(&mut *tx)
            .await?;
    let id = Uuid::new_v4().to_string();
    sqlx::query(
        "INSERT INTO visit_questions (id, kind_id, position, item_type, required, prefill) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&id)
    .bind(kind_id)
    .bind(position)
    .bind(new.item_type.as_str())
    .bind(i64::from(new.required))
    .bind(new.prefill.map(Prefill::as_str))
    .execute(&mut *tx)
    .await?;
    write_question_text(&mut tx, &id, &new.text).await?;
    tx.commit().await?;
    Ok(id)
}

/// Takes a question out of a kind's form (forms already answered keep it).
pub async fn remove_question(db: &Db, actor: &Actor, kind_id: &str, question_id: &str) -> Result<()> {
    let account_id = professional(actor)?;
    let mut tx = db.begin().await?;
    own_in(&mut tx, account_id, kind_id).await?;
    let done =
        sqlx::query("UPDATE visit_questions SET retired_at = $1 WHERE id = $2 AND kind_id = $3 AND retired_at IS NULL")
            .bind(now_ms())
            .bind(question_id)
            .bind(kind_id)
            .execute(&mut *tx)
            .await?;
    if done.rows_affected() != 1 {
        return Err(Error::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// Stops offering a kind: appointments booked with it keep it.
pub async fn retire(db: &Db, actor: &Actor, id: &str) -> Result<()> {
    let account_id = professional(actor)?;
    let mut tx = db.begin().await?;
    own_in(&mut tx, account_id, id).await?;
    sqlx::query("UPDATE visit_kinds SET retired_at = $1 WHERE id = $2")
        .bind(now_ms())
        .bind(id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// A kind a patient may book with `professional_id` in a slot of `visit`: offered by them, and
/// held the same way.
pub(crate) async fn bookable(
    tx: &mut Transaction<'static, Any>,
    professional_id: &str,
    kind_id: &str,
    slot_visit: &str,
) -> Result<()> {
    let row: Option<String> = sqlx::query_scalar(
        "SELECT visit FROM visit_kinds WHERE id = $1 AND professional_id = $2 AND retired_at IS NULL",
    )
    .bind(kind_id)
    .bind(professional_id)
    .fetch_optional(&mut **tx)
    .await?;
    match row {
        None => Err(Error::Invalid(Problem::VisitKindUnknown)),
        Some(visit) if visit != slot_visit => Err(Error::Invalid(Problem::VisitKindWrongSlot)),
        Some(_) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_checked() {
        assert!(NewKindText::parse("fr", "Prise de sang, à jeun", "À jeun depuis 12 h.\nEau autorisée.", "").is_ok());
        assert!(matches!(NewKindText::parse("de", "x", "", ""), Err(Error::Invalid(Problem::VisitKindLanguage))));
        assert!(matches!(NewKindText::parse("fr", " ", "", ""), Err(Error::Invalid(Problem::VisitKindName))));
        assert!(matches!(NewKindText::parse("fr", "<b>x</b>", "", ""), Err(Error::Invalid(Problem::VisitKindName))));
        assert!(matches!(
            NewKindText::parse("fr", "x", &"a".repeat(INSTRUCTIONS_MAX_CHARS + 1), ""),
            Err(Error::Invalid(Problem::VisitKindInstructions))
        ));
        assert!(matches!(NewKindText::parse("fr", "x", "", "<script>"), Err(Error::Invalid(Problem::VisitKindBring))));
    }

    #[test]
    fn questions_are_checked() {
        let choice = NewQuestion::parse("choice", true, "", "fr", "Vous êtes", "Droitier\nGaucher\n").unwrap();
        assert_eq!(choice.text.options, ["Droitier", "Gaucher"]);
        for (options, why) in [("Seul", "one option"), ("A\nA", "twice the same"), ("A\n<b>B</b>", "markup")] {
            assert!(
                matches!(
                    NewQuestion::parse("choice", false, "", "fr", "Q", options),
                    Err(Error::Invalid(Problem::VisitQuestionOptions))
                ),
                "{why}"
            );
        }
        assert!(matches!(
            NewQuestion::parse("file", false, "", "fr", "Q", ""),
            Err(Error::Invalid(Problem::VisitQuestionType))
        ));
        assert!(matches!(
            NewQuestion::parse("date", false, "allergies", "fr", "Q", ""),
            Err(Error::Invalid(Problem::VisitQuestionPrefill))
        ));
        let allergies = NewQuestion::parse("text", false, "allergies", "en", "Your allergies", "").unwrap();
        assert_eq!(allergies.prefill, Some(Prefill::Allergies));
        assert!(allergies.text.options.is_empty());
    }

    #[test]
    fn words_fall_back_to_french_then_to_any() {
        let text = |lang: &str| KindText {
            lang: lang.into(),
            name: lang.into(),
            instructions: String::new(),
            bring: String::new(),
        };
        let kind = VisitKind {
            id: "k".into(),
            professional_id: "p".into(),
            visit: Visit::InPerson,
            needs_signature: false,
            texts: vec![text("en"), text("fr")],
            questions: vec![],
        };
        assert_eq!(kind.name("en"), "en");
        assert_eq!(kind.name("ar"), "fr");
        let english_only = VisitKind { texts: vec![text("en")], ..kind };
        assert_eq!(english_only.name("es"), "en");
    }
}
