//! QR codes for links handed over at the reception desk, drawn as SVG on the server (nothing to
//! download, prints sharply, no script).

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// An SVG QR code of `text` (medium error correction, a quiet zone around it), scaled to its
/// container. `label` is its accessible name.
pub fn svg(text: &str, label: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let image = code.render::<svg::Color<'_>>().min_dimensions(240, 240).quiet_zone(true).build();
    // The renderer's <svg> has fixed sizes; make it an accessible image that scales.
    let label = label.replace('&', "&amp;").replace('<', "&lt;").replace('"', "&quot;");
    // Inline in HTML: no XML declaration before the element.
    let start = image.find("<svg")?;
    Some(image[start..].replacen("<svg ", &format!("<svg role=\"img\" aria-label=\"{label}\" class=\"qr\" "), 1))
}

#[cfg(test)]
mod tests {
    #[test]
    fn links_become_labelled_svg() {
        let image = super::svg("https://carnet.example/enrol/abc", "Lien <d'inscription>").unwrap();
        assert!(image.starts_with("<svg"), "{}", &image[..80]);
        assert!(image.contains("role=\"img\"") && image.contains("aria-label=\"Lien &lt;d'inscription>\""));
        assert!(!image.contains("<script"));
    }
}
