//! Reading the `.eml` files the server writes when no SMTP server is configured.

/// A written `.eml` as readable text: headers with RFC 2047 words decoded (the space between two
/// encoded words dropped, as the RFC says), then the body decoded from quoted-printable or, when
/// the message says so, base64 (lettre's choice for text that is mostly not ASCII, like Arabic).
pub fn decode_mail(raw: &str) -> String {
    use base64::Engine;
    let (head, body) = raw.split_once("\r\n\r\n").or_else(|| raw.split_once("\n\n")).unwrap_or((raw, ""));
    // Folded lines (starting with a space) continue the header above them.
    let mut unfolded: Vec<String> = Vec::new();
    for line in head.lines() {
        match unfolded.last_mut() {
            Some(last) if line.starts_with([' ', '\t']) => last.push_str(line),
            _ => unfolded.push(line.to_string()),
        }
    }
    let mut headers = String::new();
    for line in unfolded {
        let mut previous_encoded = false;
        for word in line.split([' ', '\t']).filter(|w| !w.is_empty()) {
            let decoded = word
                .strip_prefix("=?utf-8?b?")
                .and_then(|w| w.strip_suffix("?="))
                .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
                .and_then(|b| String::from_utf8(b).ok());
            let joins_encoded_words = previous_encoded && decoded.is_some();
            let line_start = headers.is_empty() || headers.ends_with('\n');
            if !joins_encoded_words && !line_start {
                headers.push(' ');
            }
            previous_encoded = decoded.is_some();
            headers.push_str(&decoded.unwrap_or_else(|| word.to_string()));
        }
        headers.push('\n');
    }
    let single_part_base64 = !head.to_ascii_lowercase().contains("multipart/")
        && head.to_ascii_lowercase().contains("content-transfer-encoding: base64");
    if single_part_base64 {
        let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
        if let Some(text) =
            base64::engine::general_purpose::STANDARD.decode(compact).ok().and_then(|b| String::from_utf8(b).ok())
        {
            return format!("{headers}\n\n{text}");
        }
    }
    let mut bytes = Vec::new();
    let body = body.replace("=\r\n", "").replace("=\n", "");
    let raw = body.as_bytes();
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'=' && i + 2 < raw.len() {
            if let Ok(byte) = u8::from_str_radix(&body[i + 1..i + 3], 16) {
                bytes.push(byte);
                i += 3;
                continue;
            }
        }
        bytes.push(raw[i]);
        i += 1;
    }
    format!("{headers}\n\n{}", String::from_utf8_lossy(&bytes))
}

/// The decoded content of the first MIME part of `raw` whose type starts with `content_type`
/// (e.g. `text/calendar`), whatever its transfer encoding (base64, quoted-printable, 7bit).
pub fn attachment(raw: &str, content_type: &str) -> Option<String> {
    use base64::Engine;
    let raw = raw.replace("\r\n", "\n");
    let at = raw.to_ascii_lowercase().find(&format!("content-type: {}", content_type.to_ascii_lowercase()))?;
    let part = &raw[at..];
    let (head, body) = part.split_once("\n\n")?;
    let body = body.split("\n--").next().unwrap_or(body);
    let encoding = head
        .lines()
        .find_map(|l| l.to_ascii_lowercase().strip_prefix("content-transfer-encoding:").map(|v| v.trim().to_string()))
        .unwrap_or_default();
    match encoding.as_str() {
        "base64" => {
            let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
            String::from_utf8(base64::engine::general_purpose::STANDARD.decode(compact).ok()?).ok()
        }
        "quoted-printable" => {
            let decoded = decode_mail(&format!("\n\n{body}"));
            Some(decoded.trim_start().to_string())
        }
        _ => Some(body.to_string()),
    }
}

/// Panics unless the written message `raw` is what every message Carnet sends must be: marked
/// as automated mail (`Auto-Submitted: auto-generated`, RFC 3834), with a `Message-ID` in the
/// portal's `domain` and a `Date`, and with an HTML part beside its text, in the reader's
/// language and direction. [`crate::TestServer::mails`] checks every message it reads.
pub fn check_automated_mail(raw: &str, domain: &str) {
    let head = raw.split("\r\n\r\n").next().unwrap_or_default();
    let header = |name: &str| head.lines().find_map(|line| line.strip_prefix(&format!("{name}: ")).map(str::to_string));
    let id = header("Message-ID").unwrap_or_else(|| panic!("no Message-ID in:\n{head}"));
    assert!(id.starts_with('<') && id.ends_with(&format!("@{domain}>")), "Message-ID {id} is not in {domain}");
    assert_eq!(header("Auto-Submitted").as_deref(), Some("auto-generated"), "not marked automated:\n{head}");
    assert!(header("Date").is_some(), "no Date in:\n{head}");
    assert!(raw.contains("Content-Type: multipart/alternative;"), "no text and HTML alternatives:\n{head}");
    let html = attachment(raw, "text/html").unwrap_or_else(|| panic!("no HTML part:\n{head}"));
    let root = ["fr", "en", "ar", "es"].iter().any(|lang| {
        let dir = if *lang == "ar" { "rtl" } else { "ltr" };
        html.starts_with(&format!("<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\">"))
    });
    assert!(root, "the HTML part has no language and direction: {}", &html[..html.len().min(200)]);
}
