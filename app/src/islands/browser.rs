//! The browser half of the passkey islands: `fetch` to the JSON endpoints and
//! `navigator.credentials` with the WebAuthn Level 3 JSON helpers
//! (`PublicKeyCredential.parseCreationOptionsFromJSON`, `credential.toJSON()`).

use js_sys::{Array, Function, Object, Promise, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::CeremonyTexts;

/// Why a ceremony did not complete.
pub enum Failure {
    /// The server refused, with its own translated message (may be empty).
    Server(String),
    Cancelled,
    Unsupported,
    Network,
}

impl Failure {
    pub fn message(&self, texts: &CeremonyTexts) -> String {
        match self {
            Failure::Server(m) if !m.is_empty() => m.clone(),
            Failure::Server(_) => texts.failed.clone(),
            Failure::Cancelled => texts.cancelled.clone(),
            Failure::Unsupported => texts.unsupported.clone(),
            Failure::Network => texts.network.clone(),
        }
    }
}

fn window() -> web_sys::Window {
    web_sys::window().expect("islands run in a window")
}

/// Navigates to a same-site path returned by the server.
pub fn go(path: &str) {
    if path.starts_with('/') && !path.starts_with("//") {
        let _ = window().location().assign(path);
    }
}

fn get(value: &JsValue, key: &str) -> Result<JsValue, Failure> {
    Reflect::get(value, &JsValue::from_str(key)).map_err(|_| Failure::Server(String::new()))
}

fn set(object: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(object, &JsValue::from_str(key), value);
}

/// Calls `target[method](...args)`.
fn call(target: &JsValue, method: &str, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let function: Function = Reflect::get(target, &JsValue::from_str(method))?.dyn_into()?;
    let array = Array::new();
    for arg in args {
        array.push(arg);
    }
    function.apply(target, &array)
}

async fn post_json(url: &str, body: &Object) -> Result<JsValue, Failure> {
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    let text = JSON::stringify(body).map_err(|_| Failure::Network)?;
    init.set_body(&text.into());
    let headers = web_sys::Headers::new().map_err(|_| Failure::Network)?;
    let _ = headers.set("Content-Type", "application/json");
    let _ = headers.set("Accept", "application/json");
    init.set_headers(&headers);
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| Failure::Network)?
        .dyn_into()
        .map_err(|_| Failure::Network)?;
    let json = match response.json() {
        Ok(promise) => JsFuture::from(promise).await.unwrap_or(JsValue::NULL),
        Err(_) => JsValue::NULL,
    };
    if response.ok() {
        Ok(json)
    } else {
        let message = if json.is_object() { get(&json, "error")?.as_string() } else { None };
        Err(Failure::Server(message.unwrap_or_default()))
    }
}

fn public_key_credential() -> Result<JsValue, Failure> {
    let pkc = Reflect::get(&window(), &JsValue::from_str("PublicKeyCredential")).map_err(|_| Failure::Unsupported)?;
    if pkc.is_undefined() || get(&pkc, "parseCreationOptionsFromJSON")?.is_undefined() {
        return Err(Failure::Unsupported);
    }
    Ok(pkc)
}

/// A rejected WebAuthn promise: cancelled/timed out/aborted vs anything else.
fn dom_failure(error: JsValue) -> Failure {
    let name = get(&error, "name").ok().and_then(|n| n.as_string()).unwrap_or_default();
    match name.as_str() {
        "NotAllowedError" | "AbortError" => Failure::Cancelled,
        "NotSupportedError" | "SecurityError" => Failure::Unsupported,
        _ => Failure::Server(String::new()),
    }
}

fn credential_json(credential: &JsValue) -> Result<JsValue, Failure> {
    call(credential, "toJSON", &[]).map_err(|_| Failure::Unsupported)
}

async fn finish(finish_url: &str, ceremony: &JsValue, credential: &JsValue) -> Result<String, Failure> {
    let body = Object::new();
    set(&body, "ceremony", ceremony);
    set(&body, "credential", &credential_json(credential)?);
    let done = post_json(finish_url, &body).await?;
    get(&done, "redirect")?.as_string().ok_or(Failure::Server(String::new()))
}

/// Creates a passkey: start on the server, `navigator.credentials.create`, finish on the server.
/// Returns where to go next.
pub async fn register(start_url: &str, finish_url: &str, token: Option<&str>) -> Result<String, Failure> {
    let pkc = public_key_credential()?;
    let body = Object::new();
    if let Some(token) = token {
        set(&body, "token", &JsValue::from_str(token));
    }
    let started = post_json(start_url, &body).await?;
    let options = get(&get(&started, "options")?, "publicKey")?;
    let public_key = call(&pkc, "parseCreationOptionsFromJSON", &[&options]).map_err(|_| Failure::Unsupported)?;
    let request = web_sys::CredentialCreationOptions::new();
    set(request.unchecked_ref(), "publicKey", &public_key);
    let promise = window().navigator().credentials().create_with_options(&request).map_err(dom_failure)?;
    let credential = JsFuture::from(promise).await.map_err(dom_failure)?;
    finish(finish_url, &get(&started, "ceremony")?, &credential).await
}

/// Signs in with a discoverable passkey (or approves something with one) through the JSON
/// endpoints `start_url` and `finish_url`; `conditional` offers it through the field's autofill.
pub async fn sign_in(
    start_url: &str,
    finish_url: &str,
    conditional: bool,
    abort: Option<&web_sys::AbortSignal>,
) -> Result<String, Failure> {
    let pkc = public_key_credential()?;
    if conditional {
        let available = call(&pkc, "isConditionalMediationAvailable", &[]).map_err(|_| Failure::Unsupported)?;
        let available = JsFuture::from(Promise::from(available)).await.map_err(|_| Failure::Unsupported)?;
        if available.as_bool() != Some(true) {
            return Err(Failure::Unsupported);
        }
    }
    let body = Object::new();
    set(&body, "conditional", &JsValue::from_bool(conditional));
    let started = post_json(start_url, &body).await?;
    let options = get(&get(&started, "options")?, "publicKey")?;
    let public_key = call(&pkc, "parseRequestOptionsFromJSON", &[&options]).map_err(|_| Failure::Unsupported)?;
    let request = web_sys::CredentialRequestOptions::new();
    set(request.unchecked_ref(), "publicKey", &public_key);
    if conditional {
        set(request.unchecked_ref(), "mediation", &JsValue::from_str("conditional"));
    }
    if let Some(abort) = abort {
        set(request.unchecked_ref(), "signal", abort);
    }
    let promise = window().navigator().credentials().get_with_options(&request).map_err(dom_failure)?;
    let credential = JsFuture::from(promise).await.map_err(dom_failure)?;
    finish(finish_url, &get(&started, "ceremony")?, &credential).await
}
