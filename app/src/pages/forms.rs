//! The pages' side of plain forms: when a handler sends a form back (see the server's
//! `web/forms.rs`), the page is rendered again with a [`SentBack`] in the request context: which
//! form, the problem, every field as typed. The page shows the problem next to the form, marks the
//! fields it is about, and loses nothing.

use carnet_core::Problem;
use leptos::prelude::*;

use crate::context::{sent_back, SentBack};
use crate::i18n::t;

/// The form this render sends back, if any: which form, its fields as typed, and the problem.
#[derive(Clone, Default)]
pub(super) struct Typed {
    pub form: String,
    pub fields: Vec<(String, String)>,
    pub error: Option<Problem>,
}

impl Typed {
    /// The form sent back with this render (none when the page is simply opened).
    pub fn sent_back() -> Typed {
        sent_back()
            .map(|SentBack { form, problem, fields }| Typed { form, fields, error: Some(problem) })
            .unwrap_or_default()
    }

    /// The problem `form` was sent back with, if it was.
    pub fn problem(&self, form: &str) -> Option<Problem> {
        self.error.filter(|_| self.form == form)
    }

    /// The typed value of `name` in `form` (empty for the other forms).
    pub fn get(&self, form: &str, name: &str) -> String {
        if self.form != form {
            return String::new();
        }
        self.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.chars().take(200).collect()).unwrap_or_default()
    }

    /// The typed value of a long field (a textarea) in `form`, up to `max` characters: all of
    /// what the form allows, so that nothing typed is lost.
    pub fn get_long(&self, form: &str, name: &str, max: usize) -> String {
        if self.form != form {
            return String::new();
        }
        self.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.chars().take(max).collect()).unwrap_or_default()
    }

    /// Whether `form` came back with an error about its field `name`: then the field says so
    /// (`aria-invalid`) and points at the error (`aria-describedby`). Errors about the whole form
    /// (a slot just taken, say) are not tied to a field.
    pub fn is_invalid(&self, form: &str, name: &str) -> bool {
        self.problem(form).is_some_and(|problem| fields_of(problem).contains(&name))
    }

    /// `aria-invalid` for the field `name` of `form`: present only when the error is about it.
    pub fn invalid(&self, form: &str, name: &str) -> Option<&'static str> {
        self.is_invalid(form, name).then_some("true")
    }

    /// `aria-describedby` for the field `name` of `form`: its hint if it has one, and the error
    /// when the error is about it.
    pub fn described_by(&self, form: &str, name: &str, hint: Option<&str>) -> Option<String> {
        let error = self.is_invalid(form, name).then(|| format!("{form}-error"));
        match (hint, error) {
            (Some(hint), Some(error)) => Some(format!("{error} {hint}")),
            (Some(hint), None) => Some(hint.to_string()),
            (None, error) => error,
        }
    }

    /// The error of `form`, if it came back with one: an alert with the id the form's fields
    /// point at (`<form>-error`).
    pub fn error_for(&self, form: &str) -> Option<impl IntoView + use<>> {
        let problem = self.problem(form)?;
        Some(view! { <p class="notice error" role="alert" id=format!("{form}-error")>{t(problem.message_id())}</p> })
    }
}

/// `text` made safe as a `<textarea>`'s content. Leptos (tachys) writes a textarea's children
/// without escaping them, so typed text such as `</textarea><script>` would end the element and
/// become markup; escaped here, the browser shows it as typed.
pub(super) fn textarea_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The fields a problem is about, by their names in the forms that can send it.
fn fields_of(problem: Problem) -> &'static [&'static str] {
    ERROR_FIELDS.iter().find(|(p, _)| *p == problem).map_or(&[], |(_, fields)| fields)
}

/// The fields each error is about, by the fields' names in the forms that can send it.
const ERROR_FIELDS: &[(Problem, &[&str])] = &[
    (Problem::MessageBody, &["body"]),
    (Problem::VisitKindName, &["name"]),
    (Problem::VisitKindInstructions, &["instructions"]),
    (Problem::VisitKindBring, &["bring"]),
    (Problem::VisitKindLanguage, &["lang"]),
    (Problem::VisitQuestionLabel, &["label"]),
    (Problem::VisitQuestionOptions, &["options"]),
    (Problem::VisitQuestionOptionsCount, &["options"]),
    (Problem::VisitQuestionType, &["item_type"]),
    (Problem::VisitQuestionPrefill, &["prefill"]),
    (Problem::MessageSubject, &["subject"]),
    (Problem::MessageNotTheirProfessional, &["to"]),
    (Problem::MessageNotAccepting, &["to"]),
    (Problem::MessageAbsenceReply, &["absence_reply"]),
    (Problem::NameInvalid, &["name"]),
    (Problem::EmailInvalid, &["email", "own_email", "rep1_email", "rep2_email"]),
    (Problem::EmailTaken, &["email"]),
    (Problem::HealthIdInvalid, &["ins"]),
    (Problem::HealthIdTaken, &["ins"]),
    (Problem::DeskIdentityMismatch, &["name", "ins", "birth"]),
    (Problem::DeskMinorRecord, &["ins", "birth"]),
    (Problem::DeskEvidenceMissing, &["evidence"]),
    (Problem::DeskStaffAccount, &["own_email", "rep1_email", "rep2_email"]),
    (Problem::DeskAlreadyRepresentative, &["rep1_email", "rep2_email"]),
    (Problem::BirthDateInvalid, &["birth"]),
    (Problem::DateInvalid, &["birth", "last_day", "date", "taken_at", "since", "until"]),
    (Problem::DelegationNoScope, &["record", "profile", "measurements", "appointments", "upload", "messages"]),
    (Problem::DelegationEndPast, &["last_day"]),
    (Problem::DelegationOwnAddress, &["email"]),
    (Problem::DelegationAlreadyInvited, &["email"]),
    (Problem::EmergencyReasonMissing, &["reason"]),
    (Problem::EmergencyReasonInvalid, &["reason"]),
    (Problem::AppointmentReasonLong, &["reason"]),
    (Problem::AppointmentReasonMarkup, &["reason"]),
    (Problem::AppointmentReasonInvalid, &["reason"]),
    (Problem::AvailabilityTime, &["start", "end"]),
    (Problem::AvailabilitySlotLength, &["slot"]),
    (Problem::AvailabilityTooShort, &["start", "end"]),
    (Problem::AvailabilityOverlap, &["weekday", "start", "end"]),
    (Problem::AvailabilityVisit, &["visit"]),
    (Problem::AvailabilityWeekday, &["weekday"]),
    (Problem::PlaceName, &["name"]),
    (Problem::PlaceAddress, &["address"]),
    (Problem::PlacePostcode, &["postcode"]),
    (Problem::PlacePhone, &["phone"]),
    (Problem::PlaceCity, &["city"]),
    (Problem::VideoUrl, &["video_url"]),
    (Problem::VideoUrlNeeded, &["video_url", "visit"]),
    (Problem::PlaceZone, &["zone"]),
    (Problem::PlaceUnknown, &["place"]),
    (Problem::ClosurePast, &["from"]),
    (Problem::ClosureRange, &["from", "to"]),
    (Problem::CutoffInvalid, &["cutoff"]),
    (Problem::LanguagesNone, &["languages"]),
    (Problem::DeskCodeWrong, &["code"]),
    (Problem::UploadTitle, &["title"]),
    (Problem::UploadType, &["file"]),
    (Problem::UploadMissing, &["file"]),
    (Problem::UploadTooLarge, &["file"]),
    (Problem::UploadQuota, &["file"]),
    (Problem::ProfileName, &["name"]),
    (Problem::ProfileDetail, &["detail"]),
    (Problem::ProfileText, &["name"]),
    (Problem::ProfileBloodGroup, &["name"]),
    (Problem::ProfileOrganDonation, &["name"]),
    (Problem::PublishPlace, &["place"]),
    (Problem::ProfileOrgansRefused, &["detail"]),
    (Problem::ProfileDateFuture, &["since", "until"]),
    (Problem::ProfileDatesOrder, &["until"]),
    (Problem::ProfileNote, &["note"]),
    (Problem::MeasureValue, &["value"]),
    (Problem::MeasurePressureOrder, &["value", "diastolic"]),
    (Problem::MeasureMoment, &["taken_at"]),
    (Problem::MeasureTarget, &["low", "high"]),
    (Problem::RenewalMessage, &["message", "note"]),
    (Problem::PublishDateInvalid, &["taken_at", "date"]),
    (Problem::PublishVaccineUnknown, &["vaccine"]),
    (Problem::PublishDoseInvalid, &["dose"]),
    (Problem::PublishLotInvalid, &["lot"]),
    (Problem::PublishNotPdf, &["file"]),
];

/// INS and birth date, the two facts that name a patient, in each form that needs them (ids
/// prefixed by the form's name).
#[component]
pub(crate) fn PatientFields(form: &'static str, typed: Typed) -> impl IntoView {
    view! {
        <p>
            <label for=format!("{form}-ins")>{t("publish-health-id-label")}</label>
            <input
                id=format!("{form}-ins")
                name="ins"
                required
                maxlength="21"
                autocomplete="off"
                inputmode="numeric"
                aria-invalid=typed.invalid(form, "ins")
                aria-describedby=typed.described_by(form, "ins", None)
                value=typed.get(form, "ins")
            />
        </p>
        <p>
            <label for=format!("{form}-birth")>{t("publish-birth-date-label")}</label>
            <input
                id=format!("{form}-birth")
                name="birth"
                type="date"
                required
                aria-invalid=typed.invalid(form, "birth")
                aria-describedby=typed.described_by(form, "birth", None)
                value=typed.get(form, "birth")
            />
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::ERROR_FIELDS;

    /// What was typed in a text area comes back as text, never as markup.
    #[test]
    fn typed_text_cannot_close_its_text_area() {
        use leptos::prelude::*;
        let typed = "</textarea><script>alert(1)</script> & co";
        let html = view! { <textarea name="reason">{super::textarea_text(typed)}</textarea> }.to_html();
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</textarea>"), "{html}");
    }

    /// Each problem is tied to its fields once (a second entry would never be read).
    #[test]
    fn each_problem_is_listed_once() {
        for (i, (problem, fields)) in ERROR_FIELDS.iter().enumerate() {
            assert!(!fields.is_empty(), "{problem:?} names no field");
            assert!(!ERROR_FIELDS[i + 1..].iter().any(|(p, _)| p == problem), "{problem:?} twice");
        }
    }
}
