//! The pre-visit form of one appointment: what the patient's side sees before the visit (the
//! kind's instructions, the questions, prefilled from the health summary where they ask for
//! allergies or treatments), their answers (kept with the questions as asked, in the record,
//! exported as a FHIR QuestionnaireResponse), the professional's reading of them with the
//! appointment, and the signature: a passkey check (with user verification) bound to the
//! answers, after which the signed answers become a sealed document in the record.
//!
//! Every read and write goes through the policy on the appointment: the patient's side fills the
//! form (`appointment.prepare`), the patient or a minor's representative signs it
//! (`appointment.sign`), the professional of the appointment reads it (`read.visit-form`).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use sqlx::{Any, Transaction};

use super::visit_kinds::{self, ItemType, Prefill, Question, VisitKind};
use super::{load, Appointment};
use crate::access;
use crate::clock::now_ms;
use crate::db::Db;
use crate::i18n::Locale;
use crate::passkeys::{Passkeys, PublicKeyCredential, RequestChallengeResponse, Started};
use crate::policy::{AppointmentChange, ReadAction, Subject, WriteAction};
use crate::record::documents::{self, Kind, NewDocument, Origin};
use crate::record::health_profile;
use crate::seal::{sha256_hex, Sealer};
use crate::text::multi_line;
use crate::{policy::Actor, Error, Problem, Result};

/// The longest text answer (characters).
pub const TEXT_ANSWER_MAX_CHARS: usize = 2000;

/// One answer, with the question as it was asked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// The question's id (FHIR `linkId`).
    pub link_id: String,
    pub item_type: ItemType,
    /// The question, in the language the form was answered in.
    pub label: String,
    /// A choice's option number (1, 2, …), as its FHIR code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The answer: text, `true`/`false`, the option's words, `YYYY-MM-DD`, a decimal with a
    /// point. `None`: not answered.
    pub value: Option<String>,
}

/// A form as answered.
#[derive(Debug, Clone, PartialEq)]
pub struct VisitForm {
    pub calendar_uid: String,
    pub kind_id: String,
    pub lang: String,
    pub answers: Vec<Answer>,
    pub answered_by: String,
    /// Who answered (their name), and for whom they acted if not themselves.
    pub answered_by_name: String,
    pub on_behalf_of: Option<String>,
    pub answered_at: i64,
    pub signed_at: Option<i64>,
    pub signed_by_name: Option<String>,
    pub document_id: Option<String>,
}

impl VisitForm {
    pub fn is_signed(&self) -> bool {
        self.signed_at.is_some()
    }

    /// Whether these answers are to `kind`'s questions as they are now: the same questions, each
    /// required one answered.
    pub fn answers_to(&self, kind: &VisitKind) -> bool {
        self.answers.len() == kind.questions.len()
            && kind
                .questions
                .iter()
                .all(|q| self.answers.iter().any(|a| a.link_id == q.id && (a.value.is_some() || !q.required)))
    }

    /// The fingerprint a signature is bound to: the answers exactly as stored.
    fn fingerprint(&self) -> String {
        sha256_hex(serde_json::to_string(&self.answers).unwrap_or_default().as_bytes())
    }
}

/// What the appointment's page and its form's page show of the preparation: the appointment,
/// its kind, the answers given, and what the form would be prefilled with.
#[derive(Debug, Clone)]
pub struct Preparation {
    pub appointment: Appointment,
    pub kind: Option<VisitKind>,
    pub form: Option<VisitForm>,
    /// Prefilled answers by question id (only for a form not yet answered).
    pub prefilled: HashMap<String, String>,
    /// The reader may see and give the answers (health facts): the patient, a representative,
    /// a caregiver whose delegation covers the health profile, the desk in a session. For the
    /// others the answers are left out ([`VisitForm::answers`] empty).
    pub reads_answers: bool,
    /// The reader signs for the patient (the patient, a minor's representative): the signature
    /// page and its link are theirs. The signature itself is the policy's to decide.
    pub signs: bool,
}

impl Preparation {
    /// Whether the form can still be filled in or changed: a live appointment not yet started,
    /// a kind with questions, not signed.
    pub fn form_open(&self, now: i64) -> bool {
        self.appointment.is_live()
            && !self.appointment.is_past(now)
            && self.kind.as_ref().is_some_and(VisitKind::has_form)
            && !self.form.as_ref().is_some_and(VisitForm::is_signed)
    }

    /// Whether the answers wait for the patient's signature: given to the questions as they are
    /// now (a question added or removed since sends the patient back to the form).
    pub fn awaits_signature(&self, now: i64) -> bool {
        self.form_open(now)
            && self.kind.as_ref().is_some_and(|k| k.needs_signature)
            && self.form.as_ref().zip(self.kind.as_ref()).is_some_and(|(form, kind)| form.answers_to(kind))
    }

    /// Whether answers were given to questions that have changed since (answer again).
    pub fn outdated(&self) -> bool {
        self.form
            .as_ref()
            .zip(self.kind.as_ref())
            .is_some_and(|(form, kind)| !form.is_signed() && !form.answers.is_empty() && !form.answers_to(kind))
    }
}

/// The preparation of one of the actor's appointments (patient's side). With `prefill` (the
/// form's page), the answers the health summary gives, read under their own decision
/// (`read.profile`), only while the form is unanswered and only for those who may read the
/// profile; what the patient hid from professionals is never prefilled (the answers go to one).
pub async fn preparation(db: &Db, actor: &Actor, id: &str, prefill: bool) -> Result<Preparation> {
    let mut access = access::open_read(db, actor, Subject::Appointment(id), ReadAction::Appointments).await?;
    let reads_profile = access.viewer().reads_profile();
    let signs = access.viewer().decides_for_patient();
    let (tx, _) = access.parts();
    let mut prepared = prepared_in(tx, id).await?;
    access.commit().await?;
    prepared.reads_answers = reads_profile;
    prepared.signs = signs;
    if !reads_profile {
        if let Some(form) = prepared.form.as_mut() {
            form.answers.clear();
        }
    }
    let wants_prefill = prefill
        && reads_profile
        && prepared.form.is_none()
        && prepared.form_open(now_ms())
        && prepared.kind.as_ref().is_some_and(|k| k.questions.iter().any(|q| q.prefill.is_some()));
    if wants_prefill {
        let questions = prepared.kind.as_ref().map_or(&[][..], |k| &k.questions);
        prepared.prefilled = prefilled(db, actor, id, questions).await?;
    }
    Ok(prepared)
}

/// The appointment `id`, its kind and its form as answered, inside an access's transaction.
async fn prepared_in(tx: &mut Transaction<'static, Any>, id: &str) -> Result<Preparation> {
    let appointment = load(tx, id).await?;
    let kind = match &appointment.visit_kind_id {
        Some(kind_id) => Some(visit_kinds::load(tx, kind_id).await?),
        None => None,
    };
    let form = of_appointment(tx, &appointment.calendar_uid).await?;
    Ok(Preparation { appointment, kind, form, prefilled: HashMap::new(), reads_answers: false, signs: false })
}

/// The answers the health summary gives to the questions that ask for it.
async fn prefilled(db: &Db, actor: &Actor, id: &str, questions: &[Question]) -> Result<HashMap<String, String>> {
    let mut access = access::open_read(db, actor, Subject::Appointment(id), ReadAction::Profile).await?;
    let summary = health_profile::summary(&mut access).await?;
    access.commit().await?;
    let listed = |items: &[health_profile::Item]| {
        items
            .iter()
            // The answers go to a professional, and stay in the record for those who act for the
            // patient: nothing hidden from either is copied into them.
            .filter(|item| !item.is_hidden_from_professionals() && !item.is_hidden_from_representatives())
            .map(|item| item.display.clone())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let allergies = listed(&summary.allergies);
    let treatments = listed(&summary.current_treatments);
    Ok(questions
        .iter()
        .filter_map(|q| {
            let value = match q.prefill? {
                Prefill::Allergies => allergies.clone(),
                Prefill::Treatments => treatments.clone(),
            };
            (!value.is_empty()).then(|| (q.id.clone(), value))
        })
        .collect())
}

/// Whether the form of an appointment's calendar event is answered (`Some`), and when it was
/// signed, if it was — for the e-mails, which say whether it still waits.
pub(crate) async fn signed_at(tx: &mut Transaction<'static, Any>, calendar_uid: &str) -> Result<Option<Option<i64>>> {
    Ok(sqlx::query_scalar("SELECT signed_at FROM visit_forms WHERE calendar_uid = $1")
        .bind(calendar_uid)
        .fetch_optional(&mut **tx)
        .await?)
}

/// Answers as stored (JSON written by [`answer`]).
fn decode_answers(json: &str) -> Result<Vec<Answer>> {
    serde_json::from_str(json).map_err(|e| Error::Database(sqlx::Error::Decode(Box::new(e))))
}

/// The form of an appointment's calendar event, if answered.
async fn of_appointment(tx: &mut Transaction<'static, Any>, calendar_uid: &str) -> Result<Option<VisitForm>> {
    let row: Option<FormRow> = sqlx::query_as(&format!("{FORM_SELECT} WHERE f.calendar_uid = $1"))
        .bind(calendar_uid)
        .fetch_optional(&mut **tx)
        .await?;
    row.map(FormRow::into_form).transpose()
}

const FORM_SELECT: &str = "SELECT f.calendar_uid, f.kind_id, f.lang, f.answers, f.answered_by, \
     a.display_name AS answered_by_name, f.on_behalf_of, f.answered_at, f.signed_at, \
     s.display_name AS signed_by_name, f.document_id \
     FROM visit_forms f JOIN accounts a ON a.id = f.answered_by LEFT JOIN accounts s ON s.id = f.signed_by";

#[derive(sqlx::FromRow)]
struct FormRow {
    calendar_uid: String,
    kind_id: String,
    lang: String,
    answers: String,
    answered_by: String,
    answered_by_name: String,
    on_behalf_of: Option<String>,
    answered_at: i64,
    signed_at: Option<i64>,
    signed_by_name: Option<String>,
    document_id: Option<String>,
}

impl FormRow {
    fn into_form(self) -> Result<VisitForm> {
        let answers = decode_answers(&self.answers)?;
        Ok(VisitForm {
            calendar_uid: self.calendar_uid,
            kind_id: self.kind_id,
            lang: self.lang,
            answers,
            answered_by: self.answered_by,
            answered_by_name: self.answered_by_name,
            on_behalf_of: self.on_behalf_of,
            answered_at: self.answered_at,
            signed_at: self.signed_at,
            signed_by_name: self.signed_by_name,
            document_id: self.document_id,
        })
    }
}

/// Checks one typed answer to `question` (its words in `lang`): `Ok(None)` when left empty and
/// optional; the problem to show beside the field otherwise. Pages call it on what was sent back
/// to mark each field.
pub fn check_answer(question: &Question, lang: &str, raw: &str) -> std::result::Result<Answer, Problem> {
    let words = question.words(lang);
    let label = words.map(|w| w.label.clone()).unwrap_or_default();
    let normalized = western_digits(raw.trim());
    let raw = normalized.as_str();
    let mut answer =
        Answer { link_id: question.id.clone(), item_type: question.item_type, label, code: None, value: None };
    if raw.is_empty() {
        return if question.required { Err(Problem::VisitAnswerRequired) } else { Ok(answer) };
    }
    answer.value = Some(match question.item_type {
        ItemType::Text => multi_line(raw, TEXT_ANSWER_MAX_CHARS).ok_or(Problem::VisitAnswerText)?,
        ItemType::Boolean => match raw {
            "yes" => "true".to_string(),
            "no" => "false".to_string(),
            _ => return Err(Problem::VisitAnswerChoice),
        },
        ItemType::Choice => {
            let options = words.map(|w| w.options.as_slice()).unwrap_or_default();
            let index: usize = raw.parse().map_err(|_| Problem::VisitAnswerChoice)?;
            let option = index.checked_sub(1).and_then(|i| options.get(i)).ok_or(Problem::VisitAnswerChoice)?;
            answer.code = Some(index.to_string());
            option.clone()
        }
        ItemType::Date => {
            // The date field sends YYYY-MM-DD; typed by hand (no date picker), it is DD/MM/YYYY.
            let date = raw
                .parse::<jiff::civil::Date>()
                .ok()
                .or_else(|| day_month_year(raw))
                .ok_or(Problem::VisitAnswerDate)?;
            if !(1900..=2100).contains(&date.year()) {
                return Err(Problem::VisitAnswerDate);
            }
            date.to_string()
        }
        ItemType::Number => {
            let normalized = raw.replace(',', ".");
            let ok = !normalized.is_empty()
                && normalized.len() <= 12
                && normalized.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-')
                && normalized.parse::<f64>().is_ok_and(f64::is_finite);
            if !ok {
                return Err(Problem::VisitAnswerNumber);
            }
            normalized
        }
    });
    Ok(answer)
}

/// `text` with Arabic-Indic and Eastern Arabic-Indic digits as 0–9, and the Arabic decimal
/// separator as a point: a number or a date typed on an Arabic keyboard reads as one.
fn western_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            '\u{066B}' => '.',
            c => c,
        })
        .collect()
}

/// A date typed as DD/MM/YYYY (or with dots or dashes).
fn day_month_year(text: &str) -> Option<jiff::civil::Date> {
    let parts: Vec<&str> = text.split(['/', '.', '-']).collect();
    let [day, month, year] = parts.as_slice() else { return None };
    if year.len() != 4 {
        return None;
    }
    jiff::civil::Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?).ok()
}

/// The field a question's answer is typed in.
pub fn field_name(question_id: &str) -> String {
    format!("q-{question_id}")
}

/// Saves the answers typed in `fields` (by [`field_name`]) to the form of one of the actor's
/// appointments, in `lang` (the language the questions were shown in). Refused with
/// `Problem::VisitFormAnswers` when any answer is wrong (the page marks which, with
/// [`check_answer`]); an appointment cancelled, past or whose form is signed cannot change.
/// Returns whether the answers now wait for a signature.
pub async fn answer(db: &Db, actor: &Actor, id: &str, lang: Locale, fields: &HashMap<String, String>) -> Result<bool> {
    let action = WriteAction::Appointment(AppointmentChange::Prepare);
    let mut access = access::open_write(db, actor, Subject::Appointment(id), action).await?;
    let on_behalf_of = access.viewer().on_behalf_of();
    let by = actor.account_id().ok_or(Error::NotFound)?.to_string();
    let (tx, grant) = access.parts();
    let Preparation { appointment, kind, form, .. } = prepared_in(tx, id).await?;
    let Some(kind) = kind.filter(VisitKind::has_form) else { return Err(Error::NotFound) };
    if !appointment.is_live() {
        return Err(Error::Invalid(Problem::AppointmentCancelled));
    }
    if appointment.is_past(now_ms()) {
        return Err(Error::Invalid(Problem::AppointmentPast));
    }
    if form.is_some_and(|f| f.is_signed()) {
        return Err(Error::Invalid(Problem::VisitFormSigned));
    }
    let answers: std::result::Result<Vec<Answer>, Problem> = kind
        .questions
        .iter()
        .map(|q| check_answer(q, lang.tag(), fields.get(&field_name(&q.id)).map_or("", String::as_str)))
        .collect();
    let answers = answers.map_err(|_| Error::Invalid(Problem::VisitFormAnswers))?;
    let json = serde_json::to_string(&answers).map_err(|e| Error::Database(sqlx::Error::Encode(Box::new(e))))?;
    sqlx::query(
        "INSERT INTO visit_forms (calendar_uid, patient_id, kind_id, lang, answers, answered_by, on_behalf_of, \
         answered_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (calendar_uid) DO UPDATE SET lang = excluded.lang, answers = excluded.answers, \
         answered_by = excluded.answered_by, on_behalf_of = excluded.on_behalf_of, answered_at = excluded.answered_at",
    )
    .bind(&appointment.calendar_uid)
    .bind(grant.patient_id())
    .bind(&kind.id)
    .bind(lang.tag())
    .bind(json)
    .bind(&by)
    .bind(on_behalf_of)
    .bind(now_ms())
    .execute(&mut **tx)
    .await?;
    access.commit().await?;
    Ok(kind.needs_signature)
}

/// The professional of the appointment reads its form (with the appointment, in their agenda):
/// `None` when not answered yet. Decided by the policy: their own appointment, not blocked.
pub async fn for_professional(db: &Db, actor: &Actor, id: &str) -> Result<Option<VisitForm>> {
    let mut access = access::open_read(db, actor, Subject::Appointment(id), ReadAction::VisitForm).await?;
    let (tx, _) = access.parts();
    let appointment = load(tx, id).await?;
    let form = of_appointment(tx, &appointment.calendar_uid).await?;
    access.commit().await?;
    Ok(form)
}

/// What a signature ceremony is bound to: this form's answers, exactly.
fn purpose(form: &VisitForm) -> String {
    format!("visit-form:{}:{}", form.calendar_uid, form.fingerprint())
}

/// Starts the signature of an appointment's answered form: a passkey check of the actor's own
/// account (user verification required), bound to the answers as they are now.
pub async fn start_signing(
    db: &Db,
    passkeys: &Passkeys,
    actor: &Actor,
    id: &str,
) -> Result<Started<RequestChallengeResponse>> {
    let account_id = actor.account_id().ok_or(Error::NotFound)?;
    // Whether the actor may sign is decided here already (a caregiver never starts one); the
    // signature itself is decided again, and audited, when it ends. Nothing is written now.
    let action = WriteAction::Appointment(AppointmentChange::Sign);
    let mut access = access::open_write(db, actor, Subject::Appointment(id), action).await?;
    let (tx, _) = access.parts();
    let prepared = prepared_in(tx, id).await?;
    drop(access);
    let form = match (&prepared.form, prepared.awaits_signature(now_ms())) {
        (Some(form), true) => form,
        _ => return Err(Error::Invalid(Problem::VisitFormNotToSign)),
    };
    passkeys.start_signature(db, account_id, &purpose(form)).await
}

/// Finishes it: the passkey must be the actor's and verify; the answers must be those the
/// ceremony was started for; the policy must let the actor sign (the patient, or a minor's
/// representative). The signed answers become a sealed document in the record. Returns its id.
pub async fn finish_signing(
    db: &Db,
    passkeys: &Passkeys,
    sealer: &Sealer,
    actor: &Actor,
    id: &str,
    ceremony: &str,
    credential: &PublicKeyCredential,
) -> Result<String> {
    let account_id = actor.account_id().ok_or(Error::NotFound)?;
    let (signed_purpose, passkey_id) = passkeys.finish_signature(db, ceremony, credential, account_id).await?;
    let action = WriteAction::Appointment(AppointmentChange::Sign);
    let mut access = access::open_write(db, actor, Subject::Appointment(id), action).await?;
    let (tx, grant) = access.parts();
    let Preparation { appointment, kind, form, .. } = prepared_in(tx, id).await?;
    let (Some(kind), Some(form)) = (kind, form) else { return Err(Error::NotFound) };
    let open = appointment.is_live() && !appointment.is_past(now_ms()) && kind.needs_signature;
    if !open || form.is_signed() || !form.answers_to(&kind) {
        return Err(Error::Invalid(Problem::VisitFormNotToSign));
    }
    if signed_purpose != purpose(&form) {
        // The answers changed between the start and the end of the ceremony.
        return Err(Error::Invalid(Problem::VisitFormChanged));
    }
    let signer: String = sqlx::query_scalar("SELECT display_name FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_one(&mut **tx)
        .await?;
    let signed_at = now_ms();
    let locale = Locale::from_tag(&form.lang).unwrap_or_default();
    let title = locale.t_args("visit-signed-title", &[("kind", kind.name(&form.lang).into())]);
    let lines = signed_lines(locale, &appointment, &form, &signer, signed_at, &passkey_id, &db.zone());
    let bytes = crate::pdf::text_page(&title, &lines);
    let source = format!("visit-form/{}", form.calendar_uid);
    let file_name = format!("{}.pdf", locale.t("visit-signed-file"));
    let new = NewDocument {
        source: &source,
        kind: Kind::Other,
        origin: Origin::Patient,
        title: &title,
        author_id: None,
        author_name: &signer,
        content_type: "application/pdf",
        file_name: &file_name,
        bytes: &bytes,
        issued_at: signed_at,
        report_id: None,
        replaces_id: None,
        added_by: Some(account_id),
        hidden_from_representatives: false,
    };
    let document_id = match documents::insert(tx, grant, sealer, &new).await? {
        Some(document_id) => document_id,
        None => documents::id_of_source(tx, grant, &source).await?,
    };
    let signed = sqlx::query(
        "UPDATE visit_forms SET signed_by = $1, signed_at = $2, passkey_id = $3, document_id = $4 \
         WHERE calendar_uid = $5 AND signed_at IS NULL",
    )
    .bind(account_id)
    .bind(signed_at)
    .bind(&passkey_id)
    .bind(&document_id)
    .bind(&form.calendar_uid)
    .execute(&mut **tx)
    .await?;
    if signed.rows_affected() != 1 {
        return Err(Error::Invalid(Problem::VisitFormNotToSign));
    }
    access.commit().await?;
    Ok(document_id)
}

/// The signed document's lines: for whom, with whom and when, each question and its answer,
/// and who signed, when, with which passkey, over which answers (their fingerprint).
fn signed_lines(
    locale: Locale,
    appointment: &Appointment,
    form: &VisitForm,
    signer: &str,
    signed_at: i64,
    passkey_id: &str,
    zone: &jiff::tz::TimeZone,
) -> Vec<String> {
    // Who signed what and when comes first: the answers follow, on as many pages as they take.
    let mut lines = vec![
        locale.t_args("visit-signed-patient", &[("patient", appointment.patient_name.as_str().into())]),
        locale.t_args(
            "visit-signed-appointment",
            &[
                ("professional", appointment.professional_name.as_str().into()),
                ("when", locale.appointment_when(appointment.starts_at, &appointment.time_zone()).into()),
            ],
        ),
        locale
            .t_args("visit-signed-by", &[("signer", signer.into()), ("when", locale.datetime(signed_at, zone).into())]),
        locale.t_args("visit-signed-passkey", &[("passkey", passkey_id.into())]),
        locale.t_args("visit-signed-fingerprint", &[("fingerprint", form.fingerprint().into())]),
        String::new(),
    ];
    for answer in &form.answers {
        lines.push(answer.label.clone());
        let value = shown_value(locale, answer);
        for line in value.lines() {
            lines.push(format!("    {line}"));
        }
    }
    lines
}

/// An answer as a person reads it ("Oui", "12/03/2026", "—" when left empty).
pub fn shown_value(locale: Locale, answer: &Answer) -> String {
    match (answer.item_type, answer.value.as_deref()) {
        (_, None) => locale.t("visit-answer-none"),
        (ItemType::Boolean, Some("true")) => locale.t("visit-answer-yes"),
        (ItemType::Boolean, Some(_)) => locale.t("visit-answer-no"),
        (ItemType::Date, Some(date)) => match date.parse::<jiff::civil::Date>() {
            Ok(date) => locale.day(date),
            Err(_) => date.to_string(),
        },
        (_, Some(value)) => value.to_string(),
    }
}

/// The forms of a record, for its export, oldest first.
pub(crate) async fn of_record(tx: &mut Transaction<'static, Any>, patient_id: &str) -> Result<Vec<ExportedForm>> {
    let rows: Vec<(String, String, String, i64, Option<String>)> = sqlx::query_as(
        "SELECT calendar_uid, lang, answers, answered_at, document_id FROM visit_forms WHERE patient_id = $1 \
         ORDER BY answered_at, calendar_uid",
    )
    .bind(patient_id)
    .fetch_all(&mut **tx)
    .await?;
    rows.into_iter()
        .map(|(calendar_uid, lang, answers, answered_at, document_id)| {
            Ok(ExportedForm { answers: decode_answers(&answers)?, calendar_uid, lang, answered_at, document_id })
        })
        .collect()
}

/// The system naming a pre-visit form (by its appointment's calendar id) in a
/// QuestionnaireResponse's `identifier`.
pub const FORM_SYSTEM: &str = "urn:carnet:visit-form";

/// A form as a FHIR R4 QuestionnaireResponse about the patient `patient` (the bundle's id of the
/// Patient resource), with the questions as they were asked in a contained Questionnaire.
pub(crate) fn questionnaire_response(form: &ExportedForm, patient: &str) -> serde_json::Value {
    use serde_json::{json, Value};
    let instant = |ms: i64| jiff::Timestamp::from_millisecond(ms).map(|t| t.to_string()).unwrap_or_default();
    let questions: Vec<Value> = form
        .answers
        .iter()
        .map(|a| {
            let mut item = json!({ "linkId": a.link_id, "text": a.label, "type": a.item_type.fhir() });
            if let (ItemType::Choice, Some(code), Some(value)) = (a.item_type, &a.code, &a.value) {
                // The options are not all kept with the answer: the one chosen is.
                item["answerOption"] = json!([{ "valueCoding": { "code": code, "display": value } }]);
            }
            item
        })
        .collect();
    let items: Vec<Value> = form
        .answers
        .iter()
        .map(|a| {
            let mut item = json!({ "linkId": a.link_id, "text": a.label });
            let answer = match (a.item_type, a.value.as_deref()) {
                (_, None) => None,
                (ItemType::Boolean, Some(v)) => Some(json!({ "valueBoolean": v == "true" })),
                (ItemType::Choice, Some(v)) => {
                    Some(json!({ "valueCoding": { "code": a.code.clone().unwrap_or_default(), "display": v } }))
                }
                (ItemType::Date, Some(v)) => Some(json!({ "valueDate": v })),
                (ItemType::Number, Some(v)) => {
                    v.parse::<f64>().ok().and_then(serde_json::Number::from_f64).map(|n| json!({ "valueDecimal": n }))
                }
                (ItemType::Text, Some(v)) => Some(json!({ "valueString": v })),
            };
            if let Some(answer) = answer {
                item["answer"] = json!([answer]);
            }
            item
        })
        .collect();
    let mut resource = json!({
        "resourceType": "QuestionnaireResponse",
        "id": crate::record::export::derived_id(&format!("visit-form|{}", form.calendar_uid)),
        "identifier": { "system": FORM_SYSTEM, "value": form.calendar_uid },
        "contained": [{
            "resourceType": "Questionnaire",
            "id": "questions",
            "status": "active",
            "language": form.lang,
            "item": questions,
        }],
        "questionnaire": "#questions",
        "status": "completed",
        "subject": { "reference": format!("urn:uuid:{patient}") },
        "authored": instant(form.answered_at),
        "language": form.lang,
        "item": items,
    });
    if let Some(document_id) = &form.document_id {
        // The signed copy, sealed, is the document the bundle carries under this id.
        resource["extension"] = json!([{
            "url": "urn:carnet:signed-document",
            "valueReference": { "reference": format!("urn:uuid:{document_id}") },
        }]);
    }
    resource
}

/// A form as the export writes it.
#[derive(Debug, Clone)]
pub(crate) struct ExportedForm {
    pub calendar_uid: String,
    pub lang: String,
    pub answers: Vec<Answer>,
    pub answered_at: i64,
    /// The signed copy, once signed.
    pub document_id: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::appointments::visit_kinds::QuestionText;

    fn question(item_type: ItemType, required: bool, options: &[&str]) -> Question {
        Question {
            id: "q1".into(),
            item_type,
            required,
            prefill: None,
            texts: vec![QuestionText {
                lang: "fr".into(),
                label: "Question".into(),
                options: options.iter().map(|o| o.to_string()).collect(),
            }],
        }
    }

    #[test]
    fn answers_are_checked_by_type() {
        let value = |q: &Question, raw: &str| check_answer(q, "fr", raw).map(|a| a.value);
        let text = question(ItemType::Text, true, &[]);
        assert_eq!(value(&text, "  "), Err(Problem::VisitAnswerRequired));
        assert_eq!(value(&text, "Pénicilline\r\nPollen"), Ok(Some("Pénicilline\nPollen".into())));
        assert_eq!(value(&text, "<script>x</script>"), Err(Problem::VisitAnswerText));
        let optional = question(ItemType::Text, false, &[]);
        assert_eq!(value(&optional, ""), Ok(None));
        let yes_no = question(ItemType::Boolean, true, &[]);
        assert_eq!(value(&yes_no, "yes"), Ok(Some("true".into())));
        assert_eq!(value(&yes_no, "maybe"), Err(Problem::VisitAnswerChoice));
        let choice = question(ItemType::Choice, true, &["Droitier", "Gaucher"]);
        let chosen = check_answer(&choice, "fr", "2").unwrap();
        assert_eq!((chosen.code.as_deref(), chosen.value.as_deref()), (Some("2"), Some("Gaucher")));
        for wrong in ["0", "3", "-1", "Gaucher"] {
            assert_eq!(value(&choice, wrong), Err(Problem::VisitAnswerChoice), "{wrong}");
        }
        let date = question(ItemType::Date, true, &[]);
        assert_eq!(value(&date, "2026-03-12"), Ok(Some("2026-03-12".into())));
        assert_eq!(value(&date, "12/03/2026"), Ok(Some("2026-03-12".into())), "typed by hand");
        assert_eq!(value(&date, "٢٠٢٦-٠٣-١٢"), Ok(Some("2026-03-12".into())), "Arabic-Indic digits");
        assert_eq!(value(&date, "31/02/2026"), Err(Problem::VisitAnswerDate));
        assert_eq!(value(&date, "1850-01-01"), Err(Problem::VisitAnswerDate));
        let number = question(ItemType::Number, true, &[]);
        assert_eq!(value(&number, "72,5"), Ok(Some("72.5".into())));
        assert_eq!(value(&number, "٧٢٫٥"), Ok(Some("72.5".into())));
        for wrong in ["1e9", "NaN", "inf", "12 kg", "1234567890123"] {
            assert_eq!(value(&number, wrong), Err(Problem::VisitAnswerNumber), "{wrong}");
        }
    }
}
