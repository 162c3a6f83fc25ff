//! Pages of text (a bold title and lines of Helvetica) as an A4 PDF, enough for the demo's lab
//! reports and letters, the tests' documents and the signed copy of a pre-visit form. Long lines
//! wrap at word boundaries and the text flows onto as many pages as it needs: nothing given is
//! dropped. The file's structure (objects, streams, cross-reference table, string escaping) is
//! written by the `pdf-writer` crate; what is ours is the layout and the text's encoding in
//! WinAnsi (the standard fonts' encoding: Latin-1 plus a few typographic marks; characters
//! outside it are written as `?`).

use pdf_writer::{Content, Name, Pdf, Rect, Ref, Str};

/// Lines per page that fit below the title.
pub const MAX_LINES: usize = 50;

/// Characters per line that fit the page's width at 11 pt (Helvetica's widest letters
/// included, with a margin); longer lines wrap.
pub const MAX_CHARS: usize = 84;

/// A PDF with `title` and `lines`, wrapped and on as many A4 pages as they take.
pub fn text_page(title: &str, lines: &[String]) -> Vec<u8> {
    let wrapped: Vec<String> = lines.iter().flat_map(|line| wrap(line, MAX_CHARS)).collect();
    let pages: Vec<&[String]> = if wrapped.is_empty() { vec![&[][..]] } else { wrapped.chunks(MAX_LINES).collect() };
    let (catalog, tree, regular, bold) = (Ref::new(1), Ref::new(2), Ref::new(3), Ref::new(4));
    let page_refs: Vec<(Ref, Ref)> =
        (0..pages.len()).map(|i| (Ref::new(5 + 2 * i as i32), Ref::new(6 + 2 * i as i32))).collect();
    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree).kids(page_refs.iter().map(|(page, _)| *page)).count(pages.len() as i32);
    for (font_id, font) in [(regular, &b"Helvetica"[..]), (bold, b"Helvetica-Bold")] {
        pdf.type1_font(font_id).base_font(Name(font)).encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    for (n, (lines, (page_id, content_id))) in pages.iter().zip(&page_refs).enumerate() {
        let mut a4 = pdf.page(*page_id);
        a4.parent(tree).media_box(Rect::new(0.0, 0.0, 595.0, 842.0)).contents(*content_id);
        a4.resources().fonts().pair(Name(b"F1"), regular).pair(Name(b"F2"), bold);
        drop(a4);
        let mut text = Content::new();
        // The title on the first page; on the next ones, the title again and the page number.
        let heading = if n == 0 { title.to_string() } else { format!("{title} ({})", n + 1) };
        text.begin_text().set_font(Name(b"F2"), 16.0).next_line(50.0, 790.0).show(Str(&win_ansi(&heading))).end_text();
        text.begin_text().set_font(Name(b"F1"), 11.0).next_line(50.0, 760.0).set_leading(14.0);
        for line in lines.iter() {
            text.show(Str(&win_ansi(line))).next_line_using_leading();
        }
        text.end_text();
        pdf.stream(*content_id, &text.finish());
    }
    pdf.finish()
}

/// `line` cut into lines of at most `max` characters, at spaces where it can (a word longer
/// than a line is cut), keeping its indentation on each piece.
fn wrap(line: &str, max: usize) -> Vec<String> {
    if line.chars().count() <= max {
        return vec![line.to_string()];
    }
    let indent: String = line.chars().take_while(|c| *c == ' ').collect();
    let room = max.saturating_sub(indent.chars().count()).max(8);
    let mut out = Vec::new();
    let mut current = String::new();
    for word in line.split_whitespace() {
        let mut word = word.to_string();
        while word.chars().count() > room {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            let head: String = word.chars().take(room).collect();
            word = word.chars().skip(room).collect();
            out.push(head);
        }
        let needed = current.chars().count() + usize::from(!current.is_empty()) + word.chars().count();
        if needed > room && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(&word);
    }
    if !current.is_empty() {
        out.push(current);
    }
    out.into_iter().map(|piece| format!("{indent}{piece}")).collect()
}

/// `text` in WinAnsi bytes; characters the encoding lacks become `?`.
fn win_ansi(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            ' '..='~' => c as u8,
            '€' => 0x80,
            '…' => 0x85,
            'Œ' => 0x8C,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '–' => 0x96,
            '—' => 0x97,
            'œ' => 0x9C,
            c if ('\u{A0}'..='\u{FF}').contains(&c) => c as u32 as u8,
            _ => b'?',
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_wraps_and_flows_onto_more_pages() {
        let long = format!("Empreinte : {}", "0123456789abcdef".repeat(4));
        assert_eq!(wrap(&long, 20).concat().replace(' ', ""), long.replace(' ', ""), "nothing lost");
        assert!(wrap(&long, 20).iter().all(|l| l.chars().count() <= 20));
        assert_eq!(wrap("    un deux trois quatre", 14), ["    un deux", "    trois", "    quatre"]);
        let lines: Vec<String> = (0..120).map(|n| format!("Ligne {n}")).collect();
        let pdf = String::from_utf8_lossy(&text_page("Long", &lines)).to_string();
        assert!(pdf.contains("/Count 3"), "120 lines take three pages");
        let last = "Ligne 119".bytes().map(|b| format!("{b:02X}")).collect::<String>();
        assert!(pdf.contains(&last) || pdf.contains("Ligne 119"), "the last line is there");
    }

    #[test]
    fn a_page_is_a_well_formed_pdf() {
        let pdf = text_page("Bilan sanguin", &["Glycémie : 1,18 g/L (0,70–1,10)".into(), "(fin)".into()]);
        assert!(pdf.starts_with(b"%PDF-1."));
        assert!(pdf.trim_ascii_end().ends_with(b"%%EOF"));
        // The line in WinAnsi (é is 0xE9, the en dash 0x96), written as a hex string.
        let bytes = b"Glyc\xE9mie : 1,18 g/L (0,70\x961,10)";
        let line: String = bytes.iter().map(|b| format!("{b:02X}")).collect();
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.contains(&format!("<{line}> Tj")), "{text}");
        assert!(text.contains("((fin)) Tj"), "{text}");
        // The cross-reference table points at each object (offsets in bytes, not characters).
        let start = pdf.windows(10).rposition(|w| w == b"startxref\n").unwrap() + 10;
        let xref: usize = std::str::from_utf8(&pdf[start..]).unwrap().lines().next().unwrap().parse().unwrap();
        assert!(pdf[xref..].starts_with(b"xref\n0 7\n"));
        let table = std::str::from_utf8(&pdf[xref..]).unwrap();
        for (i, line) in table.lines().skip(3).take(6).enumerate() {
            let offset: usize = line[..10].parse().unwrap();
            assert!(pdf[offset..].starts_with(format!("{} 0 obj", i + 1).as_bytes()), "object {}", i + 1);
        }
    }
}
