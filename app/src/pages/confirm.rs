//! The confirmation step before an action one tap should not take: cancelling an appointment
//! (by the patient's side or the professional), blocking a professional. A page (reached by a
//! plain link) says exactly what is concerned and what will happen, then offers a form that
//! posts the action with [`carnet_app::CONFIRMED`](crate::CONFIRMED) and a way back. It works
//! without JavaScript; the handler of the action refuses a post without the confirmation.

use leptos::prelude::*;

use crate::CONFIRMED;

/// What a confirmation page says and where its form goes.
pub(super) struct Confirmation {
    /// The question, as the page's heading ("Cancel this appointment?").
    pub title: String,
    /// What the action is about, as label and value ("When", "Monday 7 December at 09:00").
    pub facts: Vec<(String, String)>,
    /// The heading of the consequences, if they need one.
    pub effects_title: Option<String>,
    /// What will happen, one sentence each.
    pub effects: Vec<String>,
    /// Where the form posts.
    pub action: String,
    /// Fields the action needs besides the confirmation (name, value).
    pub hidden: Vec<(&'static str, String)>,
    /// The confirming button ("Yes, cancel the appointment").
    pub confirm: String,
    /// The way back, and its words ("No, keep the appointment").
    pub back_href: String,
    pub back: String,
}

/// The confirmation page's body: heading, facts, consequences, `before_form` (an error sent
/// back), the form with `fields` (an optional reason) and the two choices.
pub(super) fn confirmation_view(
    c: Confirmation,
    before_form: Option<AnyView>,
    fields: Option<AnyView>,
) -> impl IntoView {
    let effects_id = "confirm-effects";
    let labelled_by = c.effects_title.is_some().then_some(effects_id);
    view! {
        <h1>{c.title}</h1>
        {(!c.facts.is_empty()).then(|| view! {
            <dl class="facts">
                {c.facts.into_iter().map(|(label, value)| view! { <dt>{label}</dt> <dd class="pre-line">{value}</dd> }).collect_view()}
            </dl>
        })}
        <section class="confirm-effects" aria-labelledby=labelled_by>
            {c.effects_title.map(|title| view! { <h2 id=effects_id>{title}</h2> })}
            <ul>{c.effects.into_iter().map(|effect| view! { <li>{effect}</li> }).collect_view()}</ul>
        </section>
        {before_form}
        <form method="post" action=c.action class="confirm">
            <input type="hidden" name=CONFIRMED.0 value=CONFIRMED.1/>
            {c.hidden.into_iter().map(|(name, value)| view! { <input type="hidden" name=name value=value/> }).collect_view()}
            {fields}
            <div class="actions">
                <button type="submit" class="button danger">{c.confirm}</button>
                <a class="button" href=c.back_href>{c.back}</a>
            </div>
        </form>
    }
}
