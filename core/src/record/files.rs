//! What a file is, judged by its content rather than its name, and names that are safe to hand
//! back to a browser or a disk.

/// The types Carnet shows in the browser. Anything else is only ever downloaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileType {
    Pdf,
    Jpeg,
    Png,
    /// UTF-8 text (report narratives).
    Text,
}

impl FileType {
    pub fn mime(self) -> &'static str {
        match self {
            FileType::Pdf => "application/pdf",
            FileType::Jpeg => "image/jpeg",
            FileType::Png => "image/png",
            FileType::Text => "text/plain; charset=utf-8",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            FileType::Pdf => "pdf",
            FileType::Jpeg => "jpg",
            FileType::Png => "png",
            FileType::Text => "txt",
        }
    }

    /// The type a declared MIME type names, if it is one of ours.
    pub fn from_mime(mime: &str) -> Option<FileType> {
        let base = mime.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
        Some(match base.as_str() {
            "application/pdf" => FileType::Pdf,
            "image/jpeg" | "image/jpg" => FileType::Jpeg,
            "image/png" => FileType::Png,
            "text/plain" => FileType::Text,
            _ => return None,
        })
    }
}

/// The type of `bytes` by their signature (magic numbers). Text is never sniffed: only a
/// declared `text/plain` that is valid UTF-8 is text.
pub fn sniff(bytes: &[u8]) -> Option<FileType> {
    if bytes.starts_with(b"%PDF-") {
        Some(FileType::Pdf)
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(FileType::Jpeg)
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some(FileType::Png)
    } else {
        None
    }
}

/// The type a file with this declared MIME type and these bytes may be shown as: the declared
/// type only when the content agrees with it.
pub fn checked_type(declared: &str, bytes: &[u8]) -> Option<FileType> {
    match FileType::from_mime(declared)? {
        FileType::Text => std::str::from_utf8(bytes).ok().map(|_| FileType::Text),
        binary => (sniff(bytes) == Some(binary)).then_some(binary),
    }
}

/// A file name safe for `Content-Disposition` and any disk: the last path component only,
/// control characters, quotes and separators removed, at most 100 characters, never empty
/// (`fallback` then), ending in `extension`.
pub fn safe_file_name(raw: &str, fallback: &str, extension: &str) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '\'' | ';' | ':' | '*' | '?' | '<' | '>' | '|'))
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').trim();
    let stem = match cleaned.rsplit_once('.') {
        Some((stem, _)) if !stem.trim().is_empty() => stem.trim(),
        _ => cleaned,
    };
    let stem: String = if stem.is_empty() { fallback.to_string() } else { stem.chars().take(100).collect() };
    format!("{stem}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_come_from_content() {
        assert_eq!(sniff(b"%PDF-1.7\n..."), Some(FileType::Pdf));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0]), Some(FileType::Jpeg));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Some(FileType::Png));
        assert_eq!(sniff(b"<html><script>"), None);
        assert_eq!(checked_type("application/pdf", b"%PDF-1.4"), Some(FileType::Pdf));
        assert_eq!(checked_type("application/pdf", b"<html>"), None, "a lie about the type");
        assert_eq!(checked_type("image/png", b"%PDF-1.4"), None);
        assert_eq!(checked_type("text/plain; charset=utf-8", "Résultat".as_bytes()), Some(FileType::Text));
        assert_eq!(checked_type("text/plain", &[0xFF, 0xFE, 0x00]), None);
        assert_eq!(checked_type("text/html", b"<p>"), None);
    }

    #[test]
    fn file_names_lose_paths_and_control_characters() {
        assert_eq!(safe_file_name("compte-rendu.pdf", "document", "pdf"), "compte-rendu.pdf");
        assert_eq!(safe_file_name("../../etc/passwd", "document", "pdf"), "passwd.pdf");
        assert_eq!(safe_file_name("C:\\Users\\x\\scan.PNG", "document", "png"), "scan.png");
        assert_eq!(safe_file_name("a\u{0}b\r\nc\".pdf", "document", "pdf"), "abc.pdf");
        assert_eq!(safe_file_name("...", "document", "pdf"), "document.pdf");
        assert_eq!(safe_file_name("", "Bilan sanguin", "txt"), "Bilan sanguin.txt");
        assert_eq!(safe_file_name(&"é".repeat(300), "d", "pdf").chars().count(), 104);
    }
}
