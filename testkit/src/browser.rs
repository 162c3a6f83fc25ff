//! A browser as the server sees one: cookie jar, no automatic redirects, same-origin headers.

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
}
