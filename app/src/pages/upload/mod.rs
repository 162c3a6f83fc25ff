//! Adding a document to one's own record (or to the record of someone one acts for, when the
//! delegation allows it): a plain multipart form (it works without JavaScript), shown only to
//! those the policy lets add a document — anyone else gets the not-found page. The server answers
//! with a redirect to the new document, or back here with the reason and the title and kind as
//! they were typed.

pub mod actions;

use carnet_core::access;
use carnet_core::policy::{Subject, WriteAction};
use carnet_core::record::documents::{Kind, MAX_UPLOAD_BYTES};
use leptos::prelude::*;

use super::forms::Typed;
use super::{record_page, PageTitle};
use crate::context::AppState;
use crate::i18n::{t, t_args};

#[component]
pub fn UploadPage() -> impl IntoView {
    let typed = Typed::sent_back();
    let error = typed.problem("upload");
    let title = typed.get("upload", "title");
    let kind = Kind::from_stored(&typed.get("upload", "kind")).unwrap_or(Kind::Other);
    let described_by = error.as_ref().map(|_| "upload-error");
    let load = |state: AppState, actor| async move {
        match access::may_write(&state.db, &actor, Subject::OwnRecord, WriteAction::Upload).await? {
            true => Ok(()),
            false => Err(carnet_core::Error::NotFound),
        }
    };
    let render = move |(), _: AppState| {
        let (error, title) = (error, title.clone());
        view! {
            <PageTitle id="upload-title"/>
            <p class="breadcrumb"><a href="/documents">{t("documents-back")}</a></p>
            <h1>{t("upload-title")}</h1>
            <p>{t_args("upload-intro", &[("size", ((MAX_UPLOAD_BYTES / (1024 * 1024)) as i64).into())])}</p>
            {error.map(|problem| view! { <p class="notice error" role="alert" id="upload-error">{t(problem.message_id())}</p> })}
            <form method="post" action="/upload" enctype="multipart/form-data">
                <p>
                    <label for="upload-title-input">{t("upload-title-label")}</label>
                    <input id="upload-title-input" name="title" value=title required maxlength="200" aria-describedby=described_by/>
                </p>
                <p>
                    <label for="upload-kind">{t("upload-kind-label")}</label>
                    <select id="upload-kind" name="kind">
                        {Kind::ALL
                            .into_iter()
                            .map(|k| view! { <option value=k.as_str() selected=k == kind>{t(k.message_id())}</option> })
                            .collect_view()}
                    </select>
                </p>
                <p>
                    <label for="upload-file">{t("upload-file-label")}</label>
                    <input
                        id="upload-file"
                        name="file"
                        type="file"
                        required
                        accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
                        aria-describedby=described_by
                    />
                </p>
                <p><button type="submit" class="button primary">{t("upload-button")}</button></p>
            </form>
        }
    };
    record_page(load, render)
}
