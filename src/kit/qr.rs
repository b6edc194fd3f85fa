//! QR codes of contact links: one path of dark modules, drawn in SVG (for print and for the
//! poster) and rasterised with resvg for PNG.

use qrcode::{Color, EcLevel, QrCode};
use resvg::usvg;

use super::KitError;
use crate::pictogram::{encode_png, rasterise};

/// Modules of white border every QR reader expects around the code.
const QUIET_ZONE: usize = 4;

/// A QR code as an SVG path in module units, with its side (quiet zone included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrPath {
    /// The side, in modules, with the quiet zone.
    pub side: usize,
    /// The dark modules, as one SVG path.
    pub path: String,
}

/// The QR code of a text (error correction M: a poster may get dirty or creased).
pub fn qr_path(text: &str) -> Result<QrPath, KitError> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .map_err(|e| KitError::Draw(format!("QR code: {e}")))?;
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for (i, color) in colors.iter().enumerate() {
        if *color == Color::Dark {
            let x = i % width + QUIET_ZONE;
            let y = i / width + QUIET_ZONE;
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    Ok(QrPath {
        side: width + 2 * QUIET_ZONE,
        path,
    })
}

/// A standalone SVG of the QR code of a text, `mm` millimetres wide.
pub fn qr_svg(text: &str, mm: f32) -> Result<String, KitError> {
    let qr = qr_path(text)?;
    Ok(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{mm}mm\" height=\"{mm}mm\" viewBox=\"0 0 {s} {s}\" shape-rendering=\"crispEdges\">\
<rect width=\"{s}\" height=\"{s}\" fill=\"#ffffff\"/><path d=\"{d}\" fill=\"#000000\"/></svg>\n",
        s = qr.side,
        d = qr.path
    ))
}

/// A PNG of the QR code of a text, `side` pixels wide.
pub fn qr_png(text: &str, side: u32) -> Result<Vec<u8>, KitError> {
    let svg = qr_svg(text, 50.0)?;
    let tree = usvg::Tree::from_str(&svg, &usvg::Options::default())
        .map_err(|e| KitError::Draw(e.to_string()))?;
    let pixmap = rasterise(&tree, side).map_err(|e| KitError::Draw(e.to_string()))?;
    encode_png(&pixmap).map_err(|e| KitError::Draw(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_qr_code_has_its_quiet_zone_and_dark_modules() {
        let qr = qr_path("https://t.me/passerelle_bot?start=l-fr_a-youth").unwrap();
        assert!(qr.side >= 21 + 2 * QUIET_ZONE);
        assert!(
            qr.path.starts_with("M4 4h1v1h-1z"),
            "the finder pattern's corner"
        );
        let png = qr_png("https://example.org", 300).unwrap();
        assert!(png.starts_with(b"\x89PNG"));
    }
}
