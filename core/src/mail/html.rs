//! The HTML part of a message, made from its text part so that both always say the same.
//!
//! The text (a Fluent message) is cut into paragraphs at blank lines; lines inside a paragraph
//! stay lines. The paragraph that is the message's link becomes a button whose text says what it
//! does (`mail-<kind>-action`), followed by the address to copy; a paragraph that is a code to
//! read back is shown large. The subject is the page's heading.
//!
//! The page is written with `maud`, which escapes every inserted value: names, places and
//! addresses are text, never markup. It loads nothing (no image, font or stylesheet from
//! anywhere: styles are inline), carries `lang` and `dir` on the root and again on the message's
//! wrapper (some webmails drop `<html>`'s attributes), lays out in one column at most 600 px wide
//! with table cells (what every mail app renders), and keeps the site's colours, whose contrast
//! passes WCAG AA.

use maud::{html, Markup, DOCTYPE};

use crate::i18n::Locale;

/// The link a message leads to, and what the button says.
pub(super) struct Action<'a> {
    pub label: &'a str,
    pub url: &'a str,
}

/// What the HTML part shows: the text's paragraphs, plus which of them is the link or a code.
pub(super) struct Page<'a> {
    pub locale: Locale,
    pub subject: &'a str,
    pub text: &'a str,
    pub action: Option<Action<'a>>,
    /// A code the person reads back (the assisted session's), shown large when it is a paragraph.
    pub code: Option<&'a str>,
}

const TEXT: &str = "#1b1f24";
const MUTED: &str = "#4a5360";
const ACCENT: &str = "#0b5cad";
const SURFACE: &str = "#f4f6f8";
const BORDER: &str = "#c9d1da";
const FONTS: &str = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', \
                     Tahoma, Arial, sans-serif";

/// One paragraph of the text.
enum Block<'a> {
    Lines(Vec<&'a str>),
    Action,
    Code(&'a str),
}

/// Bidirectional isolates Fluent puts around arguments in right-to-left languages.
fn without_isolates(text: &str) -> String {
    text.chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}')).collect()
}

fn blocks<'a>(page: &Page<'a>) -> Vec<Block<'a>> {
    page.text
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|paragraph| {
            let bare = without_isolates(paragraph);
            match (&page.action, page.code) {
                (Some(action), _) if bare == action.url => Block::Action,
                (_, Some(code)) if bare == code => Block::Code(paragraph),
                _ => Block::Lines(paragraph.lines().map(str::trim).collect()),
            }
        })
        .collect()
}

impl Page<'_> {
    /// The whole HTML document.
    pub fn render(&self) -> String {
        let (lang, dir) = (self.locale.tag(), self.locale.dir());
        let align = if self.locale.is_rtl() { "right" } else { "left" };
        let paragraph = format!("margin:0 0 16px;font-size:16px;line-height:1.5;color:{TEXT};");
        let document = html! {
            (DOCTYPE)
            html lang=(lang) dir=(dir) {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    meta name="color-scheme" content="light";
                    meta name="supported-color-schemes" content="light";
                    title { (self.subject) }
                }
                body style={ "margin:0;padding:0;background-color:" (SURFACE) ";" } {
                    div role="article" aria-roledescription=(self.locale.t("mail-html-role")) aria-label=(self.subject)
                        lang=(lang) dir=(dir) style={ "background-color:" (SURFACE) ";" } {
                        table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"
                            style={ "border-collapse:collapse;background-color:" (SURFACE) ";" } {
                            tr { td align="center" style="padding:16px 8px;" {
                                table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"
                                    style={ "border-collapse:separate;max-width:600px;background-color:#ffffff;border:1px solid "
                                        (BORDER) ";border-radius:8px;" } {
                                    tr { td dir=(dir) align=(align) style={ "padding:24px 20px;font-family:" (FONTS)
                                        ";text-align:" (align) ";color:" (TEXT) ";" } {
                                        p style={ "margin:0 0 12px;font-size:15px;font-weight:700;color:" (ACCENT) ";" } {
                                            (self.locale.t("site-name"))
                                        }
                                        h1 style={ "margin:0 0 20px;font-size:22px;line-height:1.3;font-weight:700;color:" (TEXT) ";" } {
                                            (self.subject)
                                        }
                                        @for block in blocks(self) {
                                            (self.block(&block, &paragraph))
                                        }
                                    } }
                                }
                            } }
                        }
                    }
                }
            }
        };
        document.into_string()
    }

    fn block(&self, block: &Block<'_>, paragraph: &str) -> Markup {
        match block {
            Block::Lines(lines) => html! {
                p style=(paragraph) {
                    @for (i, line) in lines.iter().enumerate() {
                        @if i > 0 { br; }
                        (self.line(line))
                    }
                }
            },
            Block::Code(code) => html! {
                p dir="ltr" style={ (paragraph) "font-size:30px;font-weight:700;letter-spacing:6px;font-family:Menlo, Consolas, monospace;" } {
                    (code)
                }
            },
            Block::Action => match &self.action {
                Some(action) => html! {
                    table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:separate;margin:8px 0 16px;" {
                        tr { td style={ "border-radius:6px;background-color:" (ACCENT) ";" } {
                            a href=(action.url) style={ "display:inline-block;padding:12px 20px;font-family:" (FONTS)
                                ";font-size:16px;line-height:1.4;font-weight:700;color:#ffffff;text-decoration:none;border-radius:6px;" } {
                                (action.label)
                            }
                        } }
                    }
                    p style={ "margin:0 0 16px;font-size:14px;line-height:1.5;color:" (MUTED) ";" } {
                        (self.locale.t("mail-html-copy-link"))
                        br;
                        span dir="ltr" style={ "display:block;text-align:left;word-break:break-all;color:" (TEXT) ";" } { (action.url) }
                    }
                },
                None => html! {},
            },
        }
    }

    /// A line of text; the message's address, if it stands inside a sentence, is a link.
    fn line(&self, line: &str) -> Markup {
        let Some(action) = self.action.as_ref().filter(|a| !a.url.is_empty() && line.contains(a.url)) else {
            return html! { (line) };
        };
        let mut pieces = line.split(action.url).peekable();
        html! {
            @while let Some(piece) = pieces.next() {
                (piece)
                @if pieces.peek().is_some() {
                    a href=(action.url) dir="ltr" style={ "color:" (ACCENT) ";word-break:break-all;" } { (action.url) }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page<'a>(locale: Locale, text: &'a str, url: &'a str) -> String {
        Page { locale, subject: "Sujet <b>", text, action: Some(Action { label: "Ouvrir", url }), code: None }.render()
    }

    #[test]
    fn the_link_paragraph_becomes_a_button_with_its_own_words() {
        let html = page(
            Locale::Fr,
            "Bonjour,\n\nOuvrez :\n\nhttps://carnet.example/enrol/abc\n\n— Carnet",
            "https://carnet.example/enrol/abc",
        );
        assert!(html.contains(r#"href="https://carnet.example/enrol/abc""#), "{html}");
        assert!(html.contains(">Ouvrir</a>"), "the button says what it does: {html}");
        assert_eq!(html.matches("<a ").count(), 1, "one link: {html}");
        assert!(html.contains("<h1"), "the subject is a heading");
        assert!(html.contains("Sujet &lt;b&gt;"), "the subject is escaped");
        assert!(html.contains(r#"<html lang="fr" dir="ltr">"#));
    }

    #[test]
    fn arabic_is_right_to_left_even_with_isolated_links() {
        let url = "https://carnet.example/x";
        let text = format!("مرحبا\n\n\u{2068}{url}\u{2069}");
        let html = page(Locale::Ar, &text, url);
        assert!(html.contains(r#"<html lang="ar" dir="rtl">"#), "{html}");
        assert!(html.contains(r#"lang="ar" dir="rtl" style"#), "the wrapper repeats them: {html}");
        assert!(html.contains("text-align:right"), "{html}");
        assert!(html.contains(">Ouvrir</a>"), "the isolated address is still the link: {html}");
    }

    #[test]
    fn an_address_inside_a_sentence_is_a_link_and_lines_are_kept() {
        let url = "https://carnet.example/account";
        let html = page(Locale::En, &format!("Line one\nline two ({url}) end"), url);
        assert!(html.contains("Line one<br>line two ("), "{html}");
        assert!(html.contains(&format!(r#"<a href="{url}""#)), "{html}");
    }

    #[test]
    fn nothing_is_loaded_from_elsewhere() {
        let html = page(Locale::Fr, "a\n\nhttps://carnet.example/", "https://carnet.example/");
        for remote in ["<img", "<link", "<script", "@import", "url(", "<style"] {
            assert!(!html.contains(remote), "{remote} in {html}");
        }
    }
}
