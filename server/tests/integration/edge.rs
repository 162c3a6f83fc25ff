//! The web edge: origin checks, headers, probes, rate limits, and bad input of every kind.

use reqwest::{header, StatusCode};
use serde_json::{json, Value};

use crate::harness::*;

crate::on_both_databases!(
    cross_origin_posts_are_refused,
    security_headers_are_set,
    probes_answer,
    ceremonies_are_rate_limited,
    rate_limits_count_the_client_behind_a_trusted_proxy,
    bad_input_gets_clear_errors,
);

async fn cross_origin_posts_are_refused(backend: Backend) {
    let server = start(backend).await;
    let (browser, _) = enrolled_patient(&server, "Camille Martin", "camille@example.org").await;
    // A form on another site posting to sign out (or anything else).
    for (name, value) in
        [("origin", "http://evil.example"), ("sec-fetch-site", "cross-site"), ("sec-fetch-site", "same-site")]
    {
        let response =
            browser.client.post(server.url("/signout")).header(name, value).form(&[("x", "y")]).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{name}: {value}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["error"], "Requête refusée : elle ne vient pas de Carnet.");
    }
    let json = browser
        .client
        .post(server.url("/api/passkeys/add/start"))
        .header(header::ORIGIN, "http://localhost.evil.example")
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(json.status(), StatusCode::FORBIDDEN);
    // Still signed in: nothing happened.
    assert_eq!(browser.get("/account").await.status(), StatusCode::OK);
    server.stop().await;
}

async fn security_headers_are_set(backend: Backend) {
    let server = start(backend).await;
    let (browser, _) = enrolled_patient(&server, "Camille Martin", "camille@example.org").await;
    let page = browser.get("/account").await;
    assert_eq!(page.status(), StatusCode::OK);
    let headers = page.headers().clone();
    let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap().to_string();
    assert!(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), "{csp}");
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(headers[header::REFERRER_POLICY], "no-referrer");
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    // The nonce in the policy is the one on the page's scripts, and differs per response.
    let nonce = csp.split("'nonce-").nth(1).unwrap().split('\'').next().unwrap().to_string();
    let body = page.text().await.unwrap();
    assert!(body.contains(&format!("nonce=\"{nonce}\"")));
    let again = browser.get("/account").await;
    assert!(!again.headers()[header::CONTENT_SECURITY_POLICY].to_str().unwrap().contains(&nonce));
    // API answers and errors are locked down too.
    let api = browser.post_json("/api/passkeys/sign-in/start", &json!({})).await;
    assert_eq!(api.headers()[header::CACHE_CONTROL], "no-store");
    assert!(api.headers()[header::CONTENT_SECURITY_POLICY].to_str().unwrap().contains("default-src 'none'"));
    server.stop().await;
}

async fn probes_answer(backend: Backend) {
    let server = start(backend).await;
    let browser = Browser::new(&server);
    let (status, body) = browser.page("/healthz").await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "ok"));
    let (status, body) = browser.page("/readyz").await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "ready"));
    server.stop().await;
}

async fn ceremonies_are_rate_limited(backend: Backend) {
    let limit = [("CARNET_CEREMONY_RATE_LIMIT", "3")];
    let server = start_with(backend, &limit).await;
    let second_node = server.another_node_with(&limit).await;
    // The limit counts per clock minute: start early in one, so that every attempt below falls
    // in the same window whatever the time the test runs at.
    let into_minute = carnet_core::clock::now_ms().rem_euclid(60_000);
    if into_minute > 40_000 {
        tokio::time::sleep(std::time::Duration::from_millis((60_000 - into_minute + 200) as u64)).await;
    }
    async fn start(browser: &Browser) -> StatusCode {
        browser.post_json("/api/passkeys/sign-in/start", &json!({})).await.status()
    }
    let here = Browser::from_address(&server, Some("en"), Some("127.0.0.1".parse().unwrap()));
    let elsewhere = Browser::from_address(&server, Some("en"), Some("127.0.0.2".parse().unwrap()));
    for _ in 0..3 {
        assert_eq!(start(&here).await, StatusCode::OK);
    }
    let limited = here.post_json("/api/passkeys/sign-in/start", &json!({})).await;
    assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
    let body: Value = limited.json().await.unwrap();
    assert_eq!(body["error"], "Too many attempts. Wait a minute and try again.");
    // Per address: another address has its own three attempts.
    for _ in 0..3 {
        assert_eq!(start(&elsewhere).await, StatusCode::OK, "another address is not limited by the first");
    }
    assert_eq!(start(&elsewhere).await, StatusCode::TOO_MANY_REQUESTS);
    // Shared by every node: the first address is still limited on the deployment's other node.
    assert_eq!(start(&here.through(&second_node.base)).await, StatusCode::TOO_MANY_REQUESTS);
    server.stop().await;
}

/// Behind a reverse proxy every request comes from the proxy: counted by the peer, one client's
/// misuse would lock everyone out. With the proxy trusted, each client (from `X-Forwarded-For`)
/// has its own budget, an IPv6 client per /64; a header written by a client itself is no way
/// around its budget; without a trusted proxy the header is ignored. The sign-in page's autofill
/// has a budget of its own.
async fn rate_limits_count_the_client_behind_a_trusted_proxy(backend: Backend) {
    // The limit counts per clock minute: start each part early in one.
    async fn early_in_a_minute() {
        let into_minute = carnet_core::clock::now_ms().rem_euclid(60_000);
        if into_minute > 40_000 {
            tokio::time::sleep(std::time::Duration::from_millis((60_000 - into_minute + 200) as u64)).await;
        }
    }
    let settings = [("CARNET_CEREMONY_RATE_LIMIT", "3"), ("CARNET_TRUSTED_PROXIES", "127.0.0.0/8")];
    let server = start_with(backend.clone(), &settings).await;
    early_in_a_minute().await;
    let client = reqwest::Client::new();
    let start = |forwarded: &'static str, conditional: bool| {
        let request = client
            .post(server.url("/api/passkeys/sign-in/start"))
            .header(header::ORIGIN, server.origin())
            .header(header::ACCEPT_LANGUAGE, "en")
            .json(&json!({ "conditional": conditional }));
        let request = if forwarded.is_empty() { request } else { request.header("x-forwarded-for", forwarded) };
        async move { request.send().await.unwrap().status() }
    };
    for _ in 0..3 {
        assert_eq!(start("198.51.100.1", false).await, StatusCode::OK);
    }
    assert_eq!(start("198.51.100.1", false).await, StatusCode::TOO_MANY_REQUESTS);
    // Written by the client itself, a header cannot pick another budget: the proxy appends
    // the address it saw, and that one counts.
    assert_eq!(start("203.0.113.50, 198.51.100.1", false).await, StatusCode::TOO_MANY_REQUESTS);
    // Everyone else behind the same proxy still signs in.
    assert_eq!(start("198.51.100.2", false).await, StatusCode::OK);
    // IPv6: rotating addresses inside one /64 shares one budget; another /64 has its own.
    for address in ["2001:db8:0:1::1", "2001:db8:0:1::2", "2001:db8:0:1::3"] {
        assert_eq!(start(address, false).await, StatusCode::OK);
    }
    assert_eq!(start("2001:db8:0:1::4", false).await, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(start("2001:db8:0:2::1", false).await, StatusCode::OK);
    // The page's autofill (conditional) does not spend the budget of the sign-ins asked for.
    for _ in 0..3 {
        assert_eq!(start("198.51.100.3", true).await, StatusCode::OK);
    }
    assert_eq!(start("198.51.100.3", false).await, StatusCode::OK, "the autofill spent its own budget");
    server.stop().await;

    // Without a trusted proxy the header means nothing: every request is the peer's.
    let server = start_with(backend, &[("CARNET_CEREMONY_RATE_LIMIT", "3")]).await;
    early_in_a_minute().await;
    let direct = |forwarded: &'static str| {
        client
            .post(server.url("/api/passkeys/sign-in/start"))
            .header(header::ORIGIN, server.origin())
            .header("x-forwarded-for", forwarded)
            .json(&json!({}))
            .send()
    };
    for forwarded in ["198.51.100.10", "198.51.100.11", "198.51.100.12"] {
        assert_eq!(direct(forwarded).await.unwrap().status(), StatusCode::OK);
    }
    assert_eq!(direct("198.51.100.13").await.unwrap().status(), StatusCode::TOO_MANY_REQUESTS);
    server.stop().await;
}

async fn bad_input_gets_clear_errors(backend: Backend) {
    let server = start(backend).await;
    let browser = Browser::with_language(&server, Some("en"));
    let url = server.url("/api/passkeys/sign-in/finish");
    let post = |body: reqwest::Body, content_type: &'static str| {
        browser
            .client
            .post(url.clone())
            .header(header::ORIGIN, server.origin())
            .header(header::CONTENT_TYPE, content_type)
            .body(body)
            .send()
    };
    let cases: Vec<(reqwest::Body, &str, StatusCode, &str)> = vec![
        ("{not json".into(), "application/json", StatusCode::BAD_REQUEST, "The request is invalid."),
        (r#"{"ceremony": 5}"#.into(), "application/json", StatusCode::BAD_REQUEST, "The request is invalid."),
        (
            "ceremony=x".into(),
            "application/x-www-form-urlencoded",
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "The request's format is not accepted.",
        ),
        (
            json!({ "ceremony": "nope", "credential": { "id": "x", "rawId": "eA", "type": "public-key",
                "response": { "authenticatorData": "", "clientDataJSON": "", "signature": "" } } })
            .to_string()
            .into(),
            "application/json",
            StatusCode::BAD_REQUEST,
            "The passkey check failed. Try again.",
        ),
    ];
    for (body, content_type, status, message) in cases {
        let response = post(body, content_type).await.unwrap();
        assert_eq!(response.status(), status, "{message}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["error"], message);
    }
    // An oversized body is refused from its announced length, before it is read.
    let (status, body) = server.announced_post("/api/passkeys/sign-in/finish", "application/json", 200_000).await;
    assert_eq!(status, 413);
    assert!(body.contains("The request is too large."), "{body}");

    // Signed-out calls to signed-in endpoints.
    let missing = browser.post_json("/api/passkeys/add/start", &json!({})).await;
    assert_eq!(missing.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(missing.json::<Value>().await.unwrap()["error"], "You need to sign in.");
    let form = browser.post_form("/account/passkeys/whatever/remove", &[]).await;
    assert_eq!(Browser::location(&form), "/signin");
    // Unknown places.
    let api = browser.get("/api/nothing/here").await;
    assert_eq!(api.status(), StatusCode::NOT_FOUND);
    assert_eq!(api.json::<Value>().await.unwrap()["error"], "Not found.");
    let (status, page) = browser.page("/no/such/page").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(page.contains("Page not found"));
    // A form with the wrong shape.
    let wrong = browser.post_json("/language", &json!({ "lang": "en" })).await;
    assert_eq!(wrong.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(wrong.text().await.unwrap(), "The request's format is not accepted.");
    // Nothing of that was a server error.
    server.stop().await;
}
