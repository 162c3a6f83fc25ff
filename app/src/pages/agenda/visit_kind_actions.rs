//! The forms of the kinds-of-visit pages, for professionals: add a kind (`POST /agenda/visits`),
//! set its words in one language (`POST /agenda/visits/{id}`), add, word and remove questions
//! (`POST /agenda/visits/{id}/questions[/{qid}[/remove]]`), and stop offering it
//! (`POST /agenda/visits/{id}/retire`). Each answers with a redirect to its page and a notice,
//! or the form sent back with the problem and what was typed.

use axum::extract::{Path, State};
use axum::response::Redirect;
use axum::routing::post;
use carnet_core::appointments::visit_kinds::{self, NewKindText, NewQuestion, NewQuestionText};
use carnet_core::appointments::Visit;
use carnet_core::{Error, Problem};
use serde::{Deserialize, Serialize};

use crate::context::AppState;
use crate::notice::Notice;
use crate::web::errors::{AppError, FormBody};
use crate::web::extract::ProfessionalActor;
use crate::web::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .route("/agenda/visits", post(add_kind))
        .route("/agenda/visits/{id}", post(edit_kind))
        .route("/agenda/visits/{id}/retire", post(retire_kind))
        .route("/agenda/visits/{id}/questions", post(add_question))
        .route("/agenda/visits/{id}/questions/{qid}", post(word_question))
        .route("/agenda/visits/{id}/questions/{qid}/remove", post(remove_question))
}

/// A kind's page, in the language being edited (one Carnet speaks: what was typed never goes
/// into an address as it is).
fn kind_page(id: &str, lang: &str) -> String {
    let lang = carnet_core::i18n::Locale::from_tag(lang).unwrap_or_default();
    format!("/agenda/visits/{id}?lang={}", lang.tag())
}

/// A kind's words in one language, and whether its form must be signed.
#[derive(Deserialize, Serialize)]
pub struct KindForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    instructions: String,
    #[serde(default)]
    bring: String,
    #[serde(default)]
    visit: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    signature: String,
}

pub async fn add_kind(
    State(state): State<AppState>,
    ProfessionalActor(actor): ProfessionalActor,
    FormBody(form): FormBody<KindForm>,
) -> Result<Redirect, AppError> {
    let added = async {
        let visit = match form.visit.as_str() {
            "video" => Visit::Video,
            "in-person" | "" => Visit::InPerson,
            _ => return Err(Error::Invalid(Problem::AvailabilityVisit)),
        };
        let text = NewKindText::parse(&form.lang, &form.name, &form.instructions, &form.bring)?;
        visit_kinds::add(&state.db, &actor, visit, form.signature == "on", &text).await
    };
    let id = added.await.map_err(|e| AppError::from(e).send_back("/agenda/visits", "kind", &form))?;
    Ok(Redirect::to(&Notice::VisitKindAdded.on(&kind_page(&id, &form.lang))))
}

pub async fn edit_kind(
    State(state): State<AppState>,
    ProfessionalActor(actor): ProfessionalActor,
    Path(id): Path<String>,
    FormBody(form): FormBody<KindForm>,
) -> Result<Redirect, AppError> {
    let page = kind_page(&id, &form.lang);
    let saved = async {
        let text = NewKindText::parse(&form.lang, &form.name, &form.instructions, &form.bring)?;
        visit_kinds::edit(&state.db, &actor, &id, form.signature == "on", &text).await
    };
    saved.await.map_err(|e| AppError::from(e).send_back(&page, "texts", &form))?;
    Ok(Redirect::to(&Notice::VisitKindSaved.on(&page)))
}

pub async fn retire_kind(
    State(state): State<AppState>,
    ProfessionalActor(actor): ProfessionalActor,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    visit_kinds::retire(&state.db, &actor, &id).await?;
    Ok(Redirect::to(&Notice::VisitKindRetired.on("/agenda/visits")))
}

/// A new question: its type, its words in one language, whether it must be answered and where
/// its answer is filled from.
#[derive(Deserialize, Serialize)]
pub struct QuestionForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    item_type: String,
    #[serde(default)]
    label: String,
    #[serde(default)]
    options: String,
    #[serde(default)]
    prefill: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    required: String,
}

pub async fn add_question(
    State(state): State<AppState>,
    ProfessionalActor(actor): ProfessionalActor,
    Path(id): Path<String>,
    FormBody(form): FormBody<QuestionForm>,
) -> Result<Redirect, AppError> {
    let page = kind_page(&id, &form.lang);
    let added = async {
        let f = &form;
        let new = NewQuestion::parse(&f.item_type, f.required == "on", &f.prefill, &f.lang, &f.label, &f.options)?;
        visit_kinds::add_question(&state.db, &actor, &id, &new).await
    };
    added.await.map_err(|e| AppError::from(e).send_back(&page, "new-question", &form))?;
    Ok(Redirect::to(&format!("{}#visit-questions-title", Notice::QuestionAdded.on(&page))))
}

/// A question's words in one language.
#[derive(Deserialize, Serialize)]
pub struct WordingForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    question: String,
    #[serde(default)]
    label: String,
    #[serde(default)]
    options: String,
}

pub async fn word_question(
    State(state): State<AppState>,
    ProfessionalActor(actor): ProfessionalActor,
    Path((id, question_id)): Path<(String, String)>,
    FormBody(mut form): FormBody<WordingForm>,
) -> Result<Redirect, AppError> {
    form.question = question_id.clone();
    let page = kind_page(&id, &form.lang);
    let saved = async {
        let kind = visit_kinds::own(&state.db, &actor, &id).await?;
        let question = kind.questions.iter().find(|q| q.id == question_id).ok_or(Error::NotFound)?;
        let text = NewQuestionText::parse(&form.lang, question.item_type, &form.label, &form.options)?;
        visit_kinds::word_question(&state.db, &actor, &id, &question_id, &text).await
    };
    saved.await.map_err(|e| AppError::from(e).send_back(&page, "question", &form))?;
    Ok(Redirect::to(&format!("{}#visit-questions-title", Notice::QuestionSaved.on(&page))))
}

/// Which language the page was in, to come back to it.
#[derive(Deserialize)]
pub struct Lang {
    #[serde(default)]
    lang: String,
}

pub async fn remove_question(
    State(state): State<AppState>,
    ProfessionalActor(actor): ProfessionalActor,
    Path((id, question_id)): Path<(String, String)>,
    axum::extract::Query(lang): axum::extract::Query<Lang>,
) -> Result<Redirect, AppError> {
    visit_kinds::remove_question(&state.db, &actor, &id, &question_id).await?;
    let page = kind_page(&id, &lang.lang);
    Ok(Redirect::to(&format!("{}#visit-questions-title", Notice::QuestionRemoved.on(&page))))
}
