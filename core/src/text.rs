//! Rules for short free text people type (names, labels): the one place they are defined.

/// The trimmed text if it is 1 to `max_chars` characters long and has no control characters
/// (no newlines, tabs or terminal escapes in a name).
pub fn single_line(raw: &str, max_chars: usize) -> Option<&str> {
    let text = raw.trim();
    let len = text.chars().count();
    (len > 0 && len <= max_chars && !text.chars().any(char::is_control)).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::single_line;

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
