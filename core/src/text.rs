//! Rules for short free text people type (names, labels): the one place they are defined.

/// The trimmed text if it is 1 to `max_chars` characters long and has no control characters
/// (no newlines, tabs or terminal escapes in a name).
pub fn single_line(raw: &str, max_chars: usize) -> Option<&str> {
    let text = raw.trim();
    let len = text.chars().count();
    (len > 0 && len <= max_chars && !text.chars().any(char::is_control)).then_some(text)
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
