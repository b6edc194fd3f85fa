//! Text the person sends: made safe to handle, and folded so that matching ignores case and
//! accents.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The longest line the engine looks at, in characters; the rest is dropped.
pub const MAX_INBOUND_CHARS: usize = 2000;

/// Bidi isolation marks: Fluent's around placeables (first-strong isolate, pop) and the
/// left-to-right ones messages of right-to-left languages put around commands and numbers.
/// Kept for display, removed for anything compared, copied or shown where they do not work.
const BIDI_ISOLATES: [char; 4] = ['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'];

/// The left-to-right, right-to-left and Arabic letter marks: the engine adds some for display;
/// comparisons ignore them, as the person's own lines lose them.
const BIDI_MARKS: [char; 3] = ['\u{200E}', '\u{200F}', '\u{061C}'];

/// Removes control characters, bidi overrides and embeddings (they can disguise text), writes
/// Arabic-Indic and Persian digits as ASCII digits (numbers, postal codes and choice numbers are
/// read from them), trims, and cuts the line to [`MAX_INBOUND_CHARS`].
pub fn sanitize_inbound(raw: &str) -> String {
    raw.chars()
        .filter(|c| !is_unsafe_char(*c))
        .map(ascii_digit)
        .take(MAX_INBOUND_CHARS)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// `٣` and `۳` -> `3`; other characters unchanged.
pub(crate) fn ascii_digit(c: char) -> char {
    let value = match c {
        '\u{0660}'..='\u{0669}' => u32::from(c) - 0x0660,
        '\u{06F0}'..='\u{06F9}' => u32::from(c) - 0x06F0,
        _ => return c,
    };
    char::from_digit(value, 10).unwrap_or(c)
}

/// The left-to-right mark.
const LRM: char = '\u{200E}';

/// A message in a right-to-left language with each `/command` kept left to right: a
/// left-to-right mark on both sides, so that `/exit` is not shown as `exit/`. Marks only there.
pub fn ltr_commands(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    let mut previous: Option<char> = None;
    while let Some(c) = chars.next() {
        // A command starts a word, or an isolate its message puts around it (LRI, RLI, FSI).
        let starts_command = c == '/'
            && previous.is_none_or(|p| p.is_whitespace() || matches!(p, '\u{2066}'..='\u{2068}'))
            && chars.peek().is_some_and(char::is_ascii_alphabetic);
        if !starts_command {
            out.push(c);
            previous = Some(c);
            continue;
        }
        out.push(LRM);
        out.push(c);
        while let Some(&next) = chars.peek() {
            if !next.is_ascii_alphanumeric() && next != '_' {
                break;
            }
            out.push(next);
            chars.next();
        }
        out.push(LRM);
        previous = Some(LRM);
    }
    out
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
        .filter(|c| !BIDI_ISOLATES.contains(c) && !BIDI_MARKS.contains(c))
        .collect::<String>()
        .to_lowercase();
    lowered.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An intent pattern in the form folded text is compared in: accents and other combining marks
/// removed (`é` -> `e`, `ș` -> `s`, `й` -> `и`), so that patterns may be written naturally.
/// Case is left alone (patterns match case-insensitively, and `\W` must stay `\W`).
pub fn fold_pattern(pattern: &str) -> String {
    pattern.nfd().filter(|c| !is_combining_mark(*c)).collect()
}

/// The right-to-left mark, which makes a line read right to left when its first letter is not.
const RLM: char = '\u{200F}';

/// A line to show in a right-to-left language: a right-to-left mark in front when its first
/// strong letter is left-to-right (a number, `/exit`, a Latin name), otherwise unchanged, so
/// that the line still reads and aligns right to left. Bidi marks only where needed.
pub fn rtl_line(line: &str) -> String {
    match line.chars().find_map(strong_direction) {
        Some(true) | None => line.to_owned(),
        Some(false) => format!("{RLM}{line}"),
    }
}

/// `Some(true)` for a right-to-left letter, `Some(false)` for another letter, `None` for
/// digits, punctuation and spaces (weak or neutral).
fn strong_direction(c: char) -> Option<bool> {
    if matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}') {
        Some(true)
    } else if c.is_alphabetic() {
        Some(false)
    } else {
        None
    }
}

/// A formatted message without bidi isolation marks (Fluent's and the messages' own), for data,
/// comparisons and terminals.
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
    fn every_isolate_is_stripped() {
        assert_eq!(
            strip_isolates("\u{2066}/exit\u{2069} \u{2067}x\u{2069} \u{2068}y\u{2069}"),
            "/exit x y"
        );
    }

    #[test]
    fn sanitize_caps_length() {
        let long = "é".repeat(MAX_INBOUND_CHARS * 3);
        assert_eq!(sanitize_inbound(&long).chars().count(), MAX_INBOUND_CHARS);
    }

    #[test]
    fn rtl_mark_only_where_the_line_would_start_left_to_right() {
        assert_eq!(rtl_line("مرحبا"), "مرحبا");
        assert_eq!(rtl_line("17 : الشرطة"), "17 : الشرطة");
        assert_eq!(rtl_line("/exit أو"), "\u{200F}/exit أو");
        assert_eq!(rtl_line("  1. [back] عودة"), "\u{200F}  1. [back] عودة");
    }

    #[test]
    fn arabic_indic_digits_are_read_as_digits() {
        assert_eq!(sanitize_inbound("٣٣٠٠٠"), "33000");
        assert_eq!(sanitize_inbound("۲"), "2");
    }

    #[test]
    fn commands_stay_left_to_right_in_right_to_left_text() {
        assert_eq!(
            ltr_commands("اكتبوا /exit أو /stop."),
            "اكتبوا \u{200E}/exit\u{200E} أو \u{200E}/stop\u{200E}."
        );
        assert_eq!(ltr_commands("/help: هذا"), "\u{200E}/help\u{200E}: هذا");
        // Inside the isolate its message puts around it: marked too (the isolate is not shown
        // everywhere), once.
        assert_eq!(
            ltr_commands("اكتبوا \u{2066}/exit\u{2069}."),
            "اكتبوا \u{2066}\u{200E}/exit\u{200E}\u{2069}."
        );
        // Not a command: a fraction, a URL path.
        assert_eq!(ltr_commands("1/2 a/b"), "1/2 a/b");
    }

    #[test]
    fn patterns_fold_like_text() {
        assert_eq!(fold_pattern(r"\bajutor\b|ș|й|\W"), r"\bajutor\b|s|и|\W");
        assert_eq!(fold("Ajutați-mă"), fold_pattern("ajutați-mă"));
    }

    #[test]
    fn fold_ignores_case_accents_and_spacing() {
        assert_eq!(fold("  Éducation   Ça VA "), "education ca va");
        assert_eq!(fold("\u{2068}Sí\u{2069}"), "si");
        assert_eq!(fold("\u{2066}\u{200E}/Exit\u{200E}\u{2069}"), "/exit");
        assert_eq!(fold("ДА"), "да");
    }
}
