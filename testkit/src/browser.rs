//! A browser as the server sees one: cookie jar, no automatic redirects, same-origin headers.

use carnet_core::i18n::Locale;
use carnet_core::Problem;
use reqwest::{header, Client, Response, StatusCode};
use serde_json::Value;
use url::Url;

use crate::server::TestServer;

/// A browser: cookie jar, no automatic redirects, same-origin headers on POST.
pub struct Browser {
    pub client: Client,
    origin: String,
    base: Url,
}

impl Browser {
    pub fn new(server: &TestServer) -> Browser {
        Self::with_language(server, None)
    }

    pub fn with_language(server: &TestServer, accept_language: Option<&str>) -> Browser {
        Self::from_address(server, accept_language, None)
    }

    /// A browser whose connections come from `address` (a loopback address other than
    /// 127.0.0.1 is another machine as far as the server can tell), to try what is counted
    /// per address.
    pub fn from_address(
        server: &TestServer,
        accept_language: Option<&str>,
        address: Option<std::net::IpAddr>,
    ) -> Browser {
        let mut headers = header::HeaderMap::new();
        headers.insert(header::ACCEPT, "text/html,application/json".parse().unwrap());
        if let Some(lang) = accept_language {
            headers.insert(header::ACCEPT_LANGUAGE, lang.parse().unwrap());
        }
        let client = Client::builder()
            .local_address(address)
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .default_headers(headers)
            .build()
            .unwrap();
        Browser { client, origin: server.origin(), base: server.base.clone() }
    }

    /// The same browser (same cookies, same origin) sending its requests to `base`: another
    /// node of the deployment behind one address.
    pub fn through(&self, base: &Url) -> Browser {
        Browser { client: self.client.clone(), origin: self.origin.clone(), base: base.clone() }
    }

    pub async fn get(&self, path: &str) -> Response {
        self.client.get(self.base.join(path).unwrap()).send().await.unwrap()
    }

    /// A GET that says it accepts `encoding` (`br`, `gzip`), as browsers do: the answer comes
    /// compressed, left as it is.
    pub async fn get_encoded(&self, path: &str, encoding: &str) -> Response {
        let request = self.client.get(self.base.join(path).unwrap()).header(reqwest::header::ACCEPT_ENCODING, encoding);
        request.send().await.unwrap()
    }

    pub async fn page(&self, path: &str) -> (StatusCode, String) {
        let response = self.get(path).await;
        (response.status(), response.text().await.unwrap())
    }

    /// A POST as our own pages send it (same-origin headers).
    fn post(&self, path: &str) -> reqwest::RequestBuilder {
        self.client
            .post(self.base.join(path).unwrap())
            .header(header::ORIGIN, &self.origin)
            .header("sec-fetch-site", "same-origin")
    }

    pub async fn post_json(&self, path: &str, body: &Value) -> Response {
        self.post(path).json(body).send().await.unwrap()
    }

    pub async fn post_form(&self, path: &str, form: &[(&str, &str)]) -> Response {
        self.post(path).form(form).send().await.unwrap()
    }

    /// A multipart form post with one file field, as a browser sends an upload form.
    pub async fn post_file(&self, path: &str, field: &str, file_name: &str, bytes: Vec<u8>) -> Response {
        self.post_multipart(path, &[], Some((field, file_name, bytes))).await
    }

    /// A multipart form post: text fields, then a file field (name, file name, bytes).
    pub async fn post_multipart(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        file: Option<(&str, &str, Vec<u8>)>,
    ) -> Response {
        let mut form = reqwest::multipart::Form::new();
        for (name, value) in fields {
            form = form.text(name.to_string(), value.to_string());
        }
        if let Some((field, file_name, bytes)) = file {
            form =
                form.part(field.to_string(), reqwest::multipart::Part::bytes(bytes).file_name(file_name.to_string()));
        }
        self.post(path).multipart(form).send().await.unwrap()
    }

    /// Where a redirect points, asserting it is one.
    pub fn location(response: &Response) -> String {
        assert!(response.status().is_redirection(), "expected a redirect, got {}", response.status());
        response.headers()[header::LOCATION].to_str().unwrap().to_string()
    }

    /// What a form post came to: where it redirected, or the problem it was sent back with.
    pub async fn outcome(response: Response) -> Result<String, Problem> {
        if response.status() == StatusCode::UNPROCESSABLE_ENTITY {
            Err(Browser::sent_back(response).await.problem)
        } else {
            Ok(Browser::location(&response))
        }
    }

    /// A form sent back with a problem, asserting it is one: status 422, no redirect, and the
    /// page again with the problem's message (in French, the tests' language) as an alert.
    pub async fn sent_back(response: Response) -> SentBack {
        let status = response.status();
        assert!(response.headers().get(header::LOCATION).is_none(), "sent back, not redirected");
        let page = response.text().await.unwrap();
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "expected the form sent back: {}", excerpt(&page));
        // The alerts' texts (an empty one, a passkey widget's, is skipped).
        let alerts: Vec<String> = page
            .split("role=\"alert\"")
            .skip(1)
            .filter_map(|rest| rest.split_once('>'))
            .filter_map(|(_, rest)| rest.split_once("</p>"))
            .map(|(text, _)| unescape(text))
            .filter(|text| !text.is_empty())
            .collect();
        let is_message_of = |alert: &str, p: &Problem| {
            Locale::Fr.try_t(p.message_id()).is_some_and(|m| m == alert)
                || Locale::Fr
                    .try_t_args(p.message_id(), &[("attempts", carnet_core::desk::assisted::CODE_ATTEMPTS.into())])
                    .is_some_and(|m| m == alert)
        };
        let problem = alerts.iter().find_map(|alert| Problem::ALL.iter().copied().find(|p| is_message_of(alert, p)));
        SentBack {
            problem: problem.unwrap_or_else(|| panic!("no problem's message among the alerts {alerts:?}")),
            page,
        }
    }
}

/// A form as the server sent it back ([`Browser::sent_back`]).
pub struct SentBack {
    pub problem: Problem,
    /// The whole page, with the fields as typed.
    pub page: String,
}

impl SentBack {
    /// Whether the page shows `value` typed in a field (as an attribute value or a text area).
    pub fn kept(&self, value: &str) -> bool {
        let attribute = value.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
        let text = value.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        [attribute, text].iter().any(|escaped| {
            self.page.contains(&format!("value=\"{escaped}\"")) || self.page.contains(&format!(">{escaped}</textarea>"))
        })
    }
}

fn unescape(html: &str) -> String {
    html.trim()
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn excerpt(page: &str) -> String {
    page.chars().take(300).collect()
}
