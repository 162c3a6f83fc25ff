//! One A4 page of text (a bold title and lines of Helvetica) as a PDF, enough for the demo's lab
//! reports and letters and the tests' documents. The file's structure (objects, streams,
//! cross-reference table, string escaping) is written by the `pdf-writer` crate; what is ours
//! is the page's layout and the text's encoding in WinAnsi (the standard fonts' encoding:
//! Latin-1 plus a few typographic marks; characters outside it are written as `?`).

use pdf_writer::{Content, Name, Pdf, Rect, Ref, Str};

/// Lines per page that fit below the title.
pub const MAX_LINES: usize = 50;

/// A one-page PDF with `title` and `lines` (extra lines beyond [`MAX_LINES`] are dropped).
pub fn text_page(title: &str, lines: &[String]) -> Vec<u8> {
    let (catalog, pages, page, regular, bold, content) =
        (Ref::new(1), Ref::new(2), Ref::new(3), Ref::new(4), Ref::new(5), Ref::new(6));
    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(pages);
    pdf.pages(pages).kids([page]).count(1);
    let mut a4 = pdf.page(page);
    a4.parent(pages).media_box(Rect::new(0.0, 0.0, 595.0, 842.0)).contents(content);
    a4.resources().fonts().pair(Name(b"F1"), regular).pair(Name(b"F2"), bold);
    drop(a4);
    for (id, font) in [(regular, &b"Helvetica"[..]), (bold, b"Helvetica-Bold")] {
        pdf.type1_font(id).base_font(Name(font)).encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    let mut text = Content::new();
    text.begin_text().set_font(Name(b"F2"), 16.0).next_line(50.0, 790.0).show(Str(&win_ansi(title))).end_text();
    text.begin_text().set_font(Name(b"F1"), 11.0).next_line(50.0, 760.0).set_leading(15.0);
    for line in lines.iter().take(MAX_LINES) {
        text.show(Str(&win_ansi(line))).next_line_using_leading();
    }
    text.end_text();
    pdf.stream(content, &text.finish());
    pdf.finish()
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
