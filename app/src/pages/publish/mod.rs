//! Publishing, for professionals: results (laboratory tests and vital signs), a report (PDF), a
//! prescription (its PDF and the treatments it contains), an allergy, a health problem, a
//! procedure done, a hospital stay or an emergency visit, or a vaccination, either for a patient named by INS and birth date (`/publish`), or from a record
//! they may read, the patient already chosen (`/patients/:pid/publish`: nothing to retype; a
//! record they may not read is "not found"). Five plain forms (they work without JavaScript);
//! the server answers with a redirect back to the page, with a notice, or with the reason and
//! every field as it was typed.

pub mod actions;

use carnet_core::policy::AccountAction;
use carnet_core::record::documents::Kind;
use carnet_core::record::publish::{
    self, lab_test_message, vaccine_message, LabTest, RecordIdentity, LAB_TESTS, PRESCRIPTION_ROWS, RESULT_ROWS,
    VACCINES, VITAL_SIGNS,
};
use carnet_core::record::results::Category;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::forms::{PatientFields, Typed};
use super::{record_page, redirect_to, NotFound, PageTitle, RecordBanner, RecordView, TextTitle};
use crate::context::{request_context, AppState};
use crate::i18n::{civil_date, t, t_args};
use crate::notice::{notice_view, Notice};

/// Who the forms publish for: typed on each form, or chosen from the record (its id).
#[derive(Clone)]
enum Patient {
    Typed,
    Chosen(String),
}

/// `/publish`: the patient named by INS and birth date on each form.
#[component]
pub fn PublishPage() -> impl IntoView {
    let ctx = request_context();
    if ctx.viewer.is_none() {
        redirect_to("/signin");
        return ().into_any();
    }
    if !ctx.may(AccountAction::Publish) {
        return view! { <NotFound/> }.into_any();
    }
    let notice = Notice::asked() == Some(Notice::Published);
    view! {
        <PageTitle id="publish-title"/>
        <h1>{t("publish-title")}</h1>
        <p>{t("publish-intro")}</p>
        {notice.then(|| notice_view(t("notice-published")))}
        {forms(Typed::sent_back(), Patient::Typed)}
    }
    .into_any()
}

/// `/patients/:pid/publish`: the patient chosen from their record, whose identity the policy
/// lets the professional read (consent or emergency access); anyone else, and any record they
/// may not read, get the not-found page.
#[component]
pub fn PatientPublishPage() -> impl IntoView {
    let ctx = request_context();
    if ctx.viewer.is_some() && !ctx.may(AccountAction::Publish) {
        return view! { <NotFound/> }.into_any();
    }
    let pid = use_params_map().with_untracked(|p| p.get("pid").unwrap_or_default());
    let notice = Notice::asked() == Some(Notice::Published);
    let load = move |state: AppState, actor| async move { publish::named_in_record(&state.db, &actor, &pid).await };
    let render = move |who: RecordIdentity, _: AppState| {
        let record = RecordView {
            base: format!("/patients/{}", who.patient_id),
            of: Some(who.name.clone()),
            emergency: who.emergency,
            own: false,
            may_upload: false,
            manages_sharing: false,
        };
        let name = who.name.clone();
        view! {
            <TextTitle text=t_args("publish-for-title", &[("name", name.clone().into())])/>
            <RecordBanner view=record.clone()/>
            <h1>{t_args("publish-for-title", &[("name", name.clone().into())])}</h1>
            {who.birth_date.map(|b| view! { <p class="lead">{t_args("publish-for-born", &[("date", civil_date(b).into())])}</p> })}
            {notice.then(|| view! {
                {notice_view(t_args("notice-published-for", &[("name", name.clone().into())]))}
            })}
            {if who.named.is_some() {
                view! {
                    <p>{t_args("publish-for-intro", &[("name", name.clone().into())])}</p>
                    {forms(Typed::sent_back(), Patient::Chosen(who.patient_id.clone()))}
                }
                    .into_any()
            } else {
                view! { <p class="notice warning">{t("publish-for-no-ins")}</p> }.into_any()
            }}
            <p><a href="/publish">{t("publish-other-patient")}</a></p>
        }
    };
    record_page(load, render).into_any()
}

/// Who a form is for: the INS and birth date to type, or the record chosen (a hidden field).
fn patient_fields(form: &'static str, typed: &Typed, patient: &Patient) -> impl IntoView {
    match patient {
        Patient::Typed => view! { <PatientFields form=form typed=typed.clone()/> }.into_any(),
        Patient::Chosen(id) => view! { <input type="hidden" name="patient" value=id.clone()/> }.into_any(),
    }
}

/// The five forms: results, a report, a prescription, an allergy or a problem, a vaccination.
fn forms(typed: Typed, patient: Patient) -> impl IntoView {
    view! {
        <section aria-labelledby="publish-results-title">
            <h2 id="publish-results-title">{t("publish-results-title")}</h2>
            {typed.error_for("results")}
            <form method="post" action="/publish/results#results-error">
                {patient_fields("results", &typed, &patient)}
                <p>
                    <label for="results-taken-at">{t("publish-taken-at-label")}</label>
                    <input id="results-taken-at" name="taken_at" type="datetime-local" required aria-invalid=typed.invalid("results", "taken_at") aria-describedby=typed.described_by("results", "taken_at", None)
                            value=typed.get("results", "taken_at")/>
                </p>
                {(0..RESULT_ROWS).map(|i| result_row(i, &typed)).collect_view()}
                <p><button type="submit" class="button primary">{t("publish-button")}</button></p>
            </form>
        </section>

        <section aria-labelledby="publish-report-title">
            <h2 id="publish-report-title">{t("publish-report-title")}</h2>
            {typed.error_for("report")}
            <form method="post" action="/publish/report#report-error" enctype="multipart/form-data">
                {patient_fields("report", &typed, &patient)}
                <p>
                    <label for="report-title">{t("publish-report-title-label")}</label>
                    <input id="report-title" name="title" required maxlength="200" aria-invalid=typed.invalid("report", "title") aria-describedby=typed.described_by("report", "title", None)
                            value=typed.get("report", "title")/>
                </p>
                <p>
                    <label for="report-kind">{t("publish-report-kind-label")}</label>
                    <select id="report-kind" name="kind">
                        {Kind::ALL
                            .into_iter()
                            .map(|k| {
                                let selected = typed.get("report", "kind") == k.as_str();
                                view! { <option value=k.as_str() selected=selected>{t(k.message_id())}</option> }
                            })
                            .collect_view()}
                    </select>
                </p>
                <p>
                    <label for="report-date">{t("publish-report-date-label")}</label>
                    <input id="report-date" name="date" type="date" required aria-invalid=typed.invalid("report", "date") aria-describedby=typed.described_by("report", "date", None)
                            value=typed.get("report", "date")/>
                </p>
                {pdf_fields("report", ["publish-report-file-label", "publish-report-hide-representatives"], &typed)}
                <p><button type="submit" class="button primary">{t("publish-button")}</button></p>
            </form>
        </section>

        <section aria-labelledby="publish-prescription-title">
            <h2 id="publish-prescription-title">{t("publish-prescription-title")}</h2>
            <p>{t("publish-prescription-intro")}</p>
            {typed.error_for("prescription")}
            <form method="post" action="/publish/prescription#prescription-error" enctype="multipart/form-data">
                {patient_fields("prescription", &typed, &patient)}
                <p>
                    <label for="prescription-date">{t("publish-prescription-date-label")}</label>
                    <input id="prescription-date" name="date" type="date" required aria-invalid=typed.invalid("prescription", "date") aria-describedby=typed.described_by("prescription", "date", None)
                            value=typed.get("prescription", "date")/>
                </p>
                {(0..PRESCRIPTION_ROWS).map(|i| treatment_row(i, &typed)).collect_view()}
                {pdf_fields(
                    "prescription",
                    ["publish-prescription-file-label", "publish-prescription-hide-representatives"],
                    &typed,
                )}
                <p><button type="submit" class="button primary">{t("publish-button")}</button></p>
            </form>
        </section>

        <section aria-labelledby="publish-profile-title">
            <h2 id="publish-profile-title">{t("publish-profile-title")}</h2>
            <p>{t("publish-profile-intro")}</p>
            {typed.error_for("profile")}
            <form method="post" action="/publish/profile#profile-error">
                {patient_fields("profile", &typed, &patient)}
                <fieldset>
                    <legend>{t("publish-profile-kind-legend")}</legend>
                    {[
                        ("allergy", "publish-profile-kind-allergy"),
                        ("condition", "publish-profile-kind-condition"),
                        ("procedure", "publish-profile-kind-procedure"),
                        ("stay", "publish-profile-kind-stay"),
                        ("emergency", "publish-profile-kind-emergency"),
                    ]
                        .into_iter()
                        .map(|(kind, label)| {
                            let id = format!("profile-kind-{kind}");
                            let chosen = typed.get("profile", "kind");
                            let checked = chosen == kind || (chosen.is_empty() && kind == "allergy");
                            view! {
                                <p>
                                    <input id=id.clone() type="radio" name="kind" value=kind checked=checked/>
                                    " "
                                    <label for=id>{t(label)}</label>
                                </p>
                            }
                        })
                        .collect_view()}
                </fieldset>
                {profile_field("name", "publish-profile-name-label", "text", Some(200), &typed)}
                {profile_field("detail", "publish-profile-detail-label", "text", Some(500), &typed)}
                {profile_field("since", "publish-profile-since-label", "date", None, &typed)}
                {profile_field("until", "publish-profile-until-label", "date", None, &typed)}
                {profile_field("place", "publish-profile-place-label", "text", Some(200), &typed)}
                <p>
                    <input id="profile-high-risk" type="checkbox" name="high_risk" value="on"
                        checked=typed.get("profile", "high_risk") == "on"/>
                    " "
                    <label for="profile-high-risk">{t("publish-profile-high-risk")}</label>
                </p>
                <p><button type="submit" class="button primary">{t("publish-button")}</button></p>
            </form>
        </section>

        <section aria-labelledby="publish-vaccination-title">
            <h2 id="publish-vaccination-title">{t("publish-vaccination-title")}</h2>
            {typed.error_for("vaccination")}
            <form method="post" action="/publish/vaccination#vaccination-error">
                {patient_fields("vaccination", &typed, &patient)}
                <p>
                    <label for="vaccination-vaccine">{t("publish-vaccine-label")}</label>
                    <select id="vaccination-vaccine" name="vaccine" required>
                        {VACCINES
                            .into_iter()
                            .map(|v| {
                                let selected = typed.get("vaccination", "vaccine") == v;
                                view! { <option value=v selected=selected>{t(&vaccine_message(v))}</option> }
                            })
                            .collect_view()}
                    </select>
                </p>
                <p>
                    <label for="vaccination-date">{t("publish-vaccination-date-label")}</label>
                    <input id="vaccination-date" name="date" type="date" required aria-invalid=typed.invalid("vaccination", "date") aria-describedby=typed.described_by("vaccination", "date", None)
                            value=typed.get("vaccination", "date")/>
                </p>
                <p>
                    <label for="vaccination-dose">{t("publish-dose-label")}</label>
                    <input id="vaccination-dose" name="dose" inputmode="numeric" maxlength="2" aria-invalid=typed.invalid("vaccination", "dose") aria-describedby=typed.described_by("vaccination", "dose", None)
                            value=typed.get("vaccination", "dose")/>
                </p>
                <p>
                    <label for="vaccination-lot">{t("publish-lot-label")}</label>
                    <input id="vaccination-lot" name="lot" maxlength="40" aria-invalid=typed.invalid("vaccination", "lot") aria-describedby=typed.described_by("vaccination", "lot", None)
                            value=typed.get("vaccination", "lot")/>
                </p>
                <p><button type="submit" class="button primary">{t("publish-button")}</button></p>
            </form>
        </section>
    }
}

/// One row of the results form: the test, the value, and bounds if the lab's differ.
fn result_row(i: usize, typed: &Typed) -> impl IntoView {
    let row = (i + 1) as i64;
    let chosen = typed.get("results", &format!("code{i}"));
    view! {
        <fieldset class="result-row">
            <legend class="visually-hidden">{t_args("publish-test-label", &[("row", row.into())])}</legend>
            <p>
                <label for=format!("code{i}")>{t_args("publish-test-label", &[("row", row.into())])}</label>
                <select id=format!("code{i}") name=format!("code{i}")>
                    <option value="">{t("publish-test-none")}</option>
                    <optgroup label=t(Category::Laboratory.message_id())>{test_options(&LAB_TESTS, &chosen)}</optgroup>
                    <optgroup label=t(Category::VitalSigns.message_id())>{test_options(&VITAL_SIGNS, &chosen)}</optgroup>
                </select>
            </p>
            <p>
                <label for=format!("value{i}")>{t_args("publish-value-label", &[("row", row.into())])}</label>
                <input id=format!("value{i}") name=format!("value{i}") inputmode="decimal" maxlength="20" value=typed.get("results", &format!("value{i}"))/>
            </p>
            <p>
                <label for=format!("low{i}")>{t_args("publish-low-label", &[("row", row.into())])}</label>
                <input id=format!("low{i}") name=format!("low{i}") inputmode="decimal" maxlength="20" value=typed.get("results", &format!("low{i}"))/>
            </p>
            <p>
                <label for=format!("high{i}")>{t_args("publish-high-label", &[("row", row.into())])}</label>
                <input id=format!("high{i}") name=format!("high{i}") inputmode="decimal" maxlength="20" value=typed.get("results", &format!("high{i}"))/>
            </p>
        </fieldset>
    }
}

/// A PDF form's file field and its "hide from legal representatives" box; `labels` are the
/// messages of the two.
fn pdf_fields(form: &'static str, labels: [&'static str; 2], typed: &Typed) -> impl IntoView {
    let [file_label, hide_label] = labels;
    let (file, hide, hint) =
        (format!("{form}-file"), format!("{form}-hide-representatives"), format!("{form}-hide-representatives-hint"));
    view! {
        <p>
            <label for=file.clone()>{t(file_label)}</label>
            <input id=file name="file" type="file" required accept="application/pdf,.pdf"/>
        </p>
        <p>
            <input id=hide.clone() type="checkbox" name="hide_representatives" value="on"
                checked=typed.get(form, "hide_representatives") == "on" aria-describedby=hint.clone()/>
            " "
            <label for=hide>{t(hide_label)}</label>
        </p>
        <p id=hint class="hint">{t("publish-report-hide-representatives-hint")}</p>
    }
}

/// One labelled field of the allergy-or-problem form (`profile-<name>`), with what was typed and
/// its problem when the form comes back.
fn profile_field(
    name: &'static str,
    label: &'static str,
    kind: &'static str,
    max_chars: Option<usize>,
    typed: &Typed,
) -> impl IntoView {
    let id = format!("profile-{name}");
    let required = name == "name";
    view! {
        <p>
            <label for=id.clone()>{t(label)}</label>
            <input id=id name=name type=kind maxlength=max_chars.map(|m| m.to_string()) required=required
                value=typed.get("profile", name) aria-invalid=typed.invalid("profile", name)
                aria-describedby=typed.described_by("profile", name, None)/>
        </p>
    }
}

/// One treatment of the prescription form: the medication, how to take it, for how long.
fn treatment_row(i: usize, typed: &Typed) -> impl IntoView {
    let row = (i + 1) as i64;
    let get = |name: &str| typed.get("prescription", &format!("{name}{i}"));
    view! {
        <fieldset class="result-row">
            <legend>{t_args("publish-treatment-legend", &[("row", row.into())])}</legend>
            <p>
                <label for=format!("name{i}")>{t("publish-treatment-name-label")}</label>
                <input id=format!("name{i}") name=format!("name{i}") maxlength="200" value=get("name")
                    aria-describedby=(i == 0).then_some("name0-hint")/>
                {(i == 0).then(|| view! { <span id="name0-hint" class="hint">{t("publish-treatment-name-hint")}</span> })}
            </p>
            <p>
                <label for=format!("dosage{i}")>{t("publish-treatment-dosage-label")}</label>
                <input id=format!("dosage{i}") name=format!("dosage{i}") maxlength="500" value=get("dosage")/>
            </p>
            <p>
                <label for=format!("days{i}")>{t("publish-treatment-days-label")}</label>
                <input id=format!("days{i}") name=format!("days{i}") inputmode="numeric" maxlength="3" value=get("days")/>
            </p>
        </fieldset>
    }
}

/// The tests of a catalogue list as options, with their units.
fn test_options(tests: &[LabTest], chosen: &str) -> impl IntoView {
    tests
        .iter()
        .map(|test| {
            let selected = chosen == test.code;
            view! {
                <option value=test.code selected=selected>
                    {format!("{} ({})", t(&lab_test_message(test.code)), test.unit)}
                </option>
            }
        })
        .collect_view()
}
