//! Text the person sends: made safe to handle, and folded so that matching ignores case and
//! accents.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The longest line the engine looks at, in characters; the rest is dropped.
pub const MAX_INBOUND_CHARS: usize = 2000;

/// Fluent's bidi isolation marks: kept for display, removed for anything compared.
const BIDI_ISOLATES: [char; 2] = ['\u{2068}', '\u{2069}'];

/// Removes control characters, bidi overrides and embeddings (they can disguise text), trims, and
/// cuts the line to [`MAX_INBOUND_CHARS`].
pub fn sanitize_inbound(raw: &str) -> String {
    raw.chars()
        .filter(|c| !is_unsafe_char(*c))
        .take(MAX_INBOUND_CHARS)
        .collect::<String>()
        .trim()
        .to_owned()
}

fn is_unsafe_char(c: char) -> bool {
    (c.is_control() && c != ' ')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
        || matches!(c, '\u{FEFF}' | '\u{200B}')
}

/// Lower case, accents removed, white space folded: the form both patterns and input are
/// compared in.
pub fn fold(text: &str) -> String {
    let lowered: String = text
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .filter(|c| !BIDI_ISOLATES.contains(c))
        .collect::<String>()
        .to_lowercase();
    lowered.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A formatted message without Fluent's bidi isolation marks, for data and comparisons.
pub fn strip_isolates(text: &str) -> String {
    text.chars()
        .filter(|c| !BIDI_ISOLATES.contains(c))
        .collect()
}

/// Text safe inside XML and SVG documents (labels, names).
pub fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_drops_controls_and_bidi_overrides() {
        assert_eq!(sanitize_inbound("  a\u{202E}b\u{0007}c\r\n"), "abc");
        assert_eq!(sanitize_inbound("\u{2066}x\u{2069}"), "x");
    }

    #[test]
    fn sanitize_caps_length() {
        let long = "é".repeat(MAX_INBOUND_CHARS * 3);
        assert_eq!(sanitize_inbound(&long).chars().count(), MAX_INBOUND_CHARS);
    }

    #[test]
    fn fold_ignores_case_accents_and_spacing() {
        assert_eq!(fold("  Éducation   Ça VA "), "education ca va");
        assert_eq!(fold("\u{2068}Sí\u{2069}"), "si");
        assert_eq!(fold("ДА"), "да");
    }
}
