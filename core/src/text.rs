//! Rules for free text people type (names, labels, messages): the one place they are defined.

/// The trimmed text if it is 1 to `max_chars` characters long and has no control characters
/// (no newlines, tabs or terminal escapes in a name).
pub fn single_line(raw: &str, max_chars: usize) -> Option<&str> {
    let text = raw.trim();
    let len = text.chars().count();
    (len > 0 && len <= max_chars && !text.chars().any(char::is_control)).then_some(text)
}

/// The text of a message: line breaks kept (`\r\n` and `\r` read as `\n`), surrounding blank
/// space trimmed, 1 to `max_chars` characters, no other control character (no terminal escapes,
/// no zero-width tricks of the C0/C1 sets), no markup ([`looks_like_markup`]). `None` otherwise.
pub fn multi_line(raw: &str, max_chars: usize) -> Option<String> {
    let text = raw.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.trim();
    let len = text.chars().count();
    let clean = !text.chars().any(|c| c.is_control() && c != '\n' && c != '\t') && !looks_like_markup(text);
    (len > 0 && len <= max_chars && clean).then(|| text.to_string())
}

/// A piece of a message as shown: text, or a web link (`http`/`https`) found in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Link(&'a str),
}

/// Splits a message into text and the web links in it, so that a page shows links as links
/// and everything else as text (never as markup). A link is a word starting with `http://` or
/// `https://` that parses as a URL with a host; punctuation that ends a sentence (`.`, `,`, `;`,
/// `:`, `!`, `?`, `)`) after it is not part of it.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest_from = 0;
    let mut at = 0;
    for word in text.split_inclusive(char::is_whitespace) {
        let start = at;
        at += word.len();
        let bare = word.trim_end_matches(char::is_whitespace);
        let link = bare.trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
        let is_link = (link.starts_with("https://") || link.starts_with("http://"))
            && url::Url::parse(link).is_ok_and(|u| u.host_str().is_some_and(|h| !h.is_empty()));
        if is_link {
            if rest_from < start {
                out.push(Piece::Text(&text[rest_from..start]));
            }
            out.push(Piece::Link(link));
            rest_from = start + link.len();
        }
    }
    if rest_from < text.len() {
        out.push(Piece::Text(&text[rest_from..]));
    }
    out
}

/// Whether typed text holds markup (`<b>`, `</textarea>`, `<!--`, `<script`): refused where
/// people type what they know about their health, whose text goes to professionals' software
/// and exports. A lone `<` before a digit or a space ("< 5 mg", "<3") is text.
pub fn looks_like_markup(text: &str) -> bool {
    text.char_indices().any(|(i, c)| {
        c == '<'
            && text[i + 1..].chars().next().is_some_and(|next| next.is_alphabetic() || matches!(next, '/' | '!' | '?'))
    })
}

/// One CSV line (RFC 4180: every cell quoted, quotes doubled, CRLF). A cell that starts with a
/// character a spreadsheet reads as a formula (`=`, `+`, `-`, `@`, tab, carriage return) gets a
/// leading apostrophe, so a hostile name is shown, never run (OWASP "CSV injection").
pub fn csv_line<S: AsRef<str>>(cells: &[S]) -> String {
    let mut line = String::new();
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            line.push(',');
        }
        let cell = cell.as_ref();
        line.push('"');
        if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            line.push('\'');
        }
        line.push_str(&cell.replace('"', "\"\""));
        line.push('"');
    }
    line.push_str("\r\n");
    line
}

#[cfg(test)]
mod tests {
    use super::{csv_line, single_line};

    #[test]
    fn csv_cells_are_quoted_and_formulas_defused() {
        assert_eq!(csv_line(&["a", "b c"]), "\"a\",\"b c\"\r\n");
        assert_eq!(csv_line(&["say \"hi\""]), "\"say \"\"hi\"\"\"\r\n");
        for hostile in ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            let line = csv_line(&[hostile]);
            assert!(line.starts_with("\"'"), "{hostile:?} → {line:?}");
        }
        assert_eq!(csv_line(&["line\nbreak"]), "\"line\nbreak\"\r\n", "newlines stay inside the quotes");
    }

    #[test]
    fn trims_bounds_and_refuses_control_characters() {
        assert_eq!(single_line("  Ada  ", 10), Some("Ada"));
        assert_eq!(single_line("   ", 10), None);
        assert_eq!(single_line("ééé", 3), Some("ééé"), "counted in characters, not bytes");
        assert_eq!(single_line("éééé", 3), None);
        assert_eq!(single_line("a\nb", 10), None);
        assert_eq!(single_line("a\u{1b}[31m", 10), None);
    }
}
