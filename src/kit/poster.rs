//! The printable A4 poster: pictograms, a short neutral text in one or more languages (from
//! `locales/<lang>/kit.ftl`), the QR code, the link in clear, and the contacts for minors. Text
//! is wrapped and sized with the fonts that will draw it, then measured again: what is written
//! always fits the page, Arabic included.

use std::sync::Arc;

use fluent_bundle::FluentValue;
use resvg::tiny_skia::{self, Pixmap};
use resvg::usvg::{self, fontdb};

use super::qr::qr_path;
use super::{ContactLink, KitError, language};
use crate::content::{Content, ContentFiles};
use crate::engine::Audience;
use crate::locale::{Direction, fluent_args};
use crate::pictogram::encode_png;
use crate::text::xml_escape;

/// A4, in millimetres (the SVG's user units).
pub const PAGE_WIDTH: f32 = 210.0;
/// A4, in millimetres.
pub const PAGE_HEIGHT: f32 = 297.0;
const MARGIN: f32 = 12.0;
/// The QR code's side: large enough to scan from a metre away, smaller only to fit.
const QR_SIDE: f32 = 85.0;
const QR_MIN_SIDE: f32 = 36.0;
const PICTOGRAM_SIDE: f32 = 22.0;
/// The PNG for print.
pub const PNG_DPI: f32 = 300.0;
const MM_PER_INCH: f32 = 25.4;
const FONT: &str = "DejaVu Sans, Noto Sans, Liberation Sans, Arial, sans-serif";
const MONO: &str = "DejaVu Sans Mono, Noto Sans Mono, Liberation Mono, monospace";
/// Message ids of the poster, in every language (`check` requires them).
pub const POSTER_MESSAGES: &[&str] = &[
    "poster-title",
    "poster-what",
    "poster-free",
    "poster-scan",
    "poster-minors",
];

/// The fonts that draw (and measure) the poster.
pub struct Fonts(Arc<fontdb::Database>);

impl Fonts {
    /// The system's fonts; an error names a package to install when there is none.
    pub fn system() -> Result<Self, KitError> {
        let mut fonts = fontdb::Database::new();
        fonts.load_system_fonts();
        if fonts.is_empty() {
            return Err(KitError::Draw(
                "no font found: install a font package (for example fonts-dejavu-core)".into(),
            ));
        }
        Ok(Self(Arc::new(fonts)))
    }

    fn options(&self) -> usvg::Options<'static> {
        usvg::Options {
            fontdb: Arc::clone(&self.0),
            ..usvg::Options::default()
        }
    }

    /// Parses an SVG document with these fonts.
    pub fn parse(&self, svg: &str) -> Result<usvg::Tree, KitError> {
        usvg::Tree::from_str(svg, &self.options()).map_err(|e| KitError::Draw(e.to_string()))
    }

    /// The width of a line, in the units of `size`; an error when no font has its glyphs.
    fn width(&self, text: &str, size: f32, family: &str, bold: bool) -> Result<f32, KitError> {
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4000\" height=\"200\"><text x=\"10\" y=\"100\" font-family=\"{family}\" font-size=\"{size}\"{weight}>{text}</text></svg>",
            weight = if bold { " font-weight=\"bold\"" } else { "" },
            text = xml_escape(text)
        );
        let tree = self.parse(&svg)?;
        let ink = tree.root().abs_bounding_box();
        if ink.width() <= 0.0 {
            return Err(KitError::Draw(format!(
                "no installed font can draw `{text}`: install fonts-dejavu-core or fonts-noto-core"
            )));
        }
        Ok(ink.width())
    }
}

/// Widths of words at one size, measured once: a line's width is its words' and spaces' (shaping
/// happens within words; the finished page is measured again as a whole).
struct Measure<'a> {
    fonts: &'a Fonts,
    words: std::collections::HashMap<(String, bool), f32>,
}

/// The size words are measured at.
const UNIT: f32 = 10.0;

impl<'a> Measure<'a> {
    fn new(fonts: &'a Fonts) -> Self {
        Self {
            fonts,
            words: std::collections::HashMap::new(),
        }
    }

    fn word(&mut self, word: &str, bold: bool) -> Result<f32, KitError> {
        if let Some(width) = self.words.get(&(word.to_owned(), bold)) {
            return Ok(*width);
        }
        let width = self.fonts.width(word, UNIT, FONT, bold)?;
        self.words.insert((word.to_owned(), bold), width);
        Ok(width)
    }

    /// The width of words joined by spaces, at `size`.
    fn line(&mut self, words: &[&str], size: f32, bold: bool) -> Result<f32, KitError> {
        // A space is about a third of the type size in these fonts.
        let mut width = (words.len().saturating_sub(1)) as f32 * UNIT * 0.32;
        for word in words {
            width += self.word(word, bold)?;
        }
        Ok(width * size / UNIT)
    }
}

/// What the poster is for.
#[derive(Debug, Clone)]
pub struct PosterRequest<'a> {
    /// Its languages, in order (tags or own names).
    pub langs: &'a [String],
    /// Who it is for.
    pub audience: Audience,
    /// The link it shares.
    pub link: &'a ContactLink,
}

/// One line of text on the poster.
struct Line {
    text: String,
    size: f32,
    bold: bool,
    family: &'static str,
    rtl: bool,
    lang: String,
}

/// The poster as SVG (A4, millimetres).
pub fn poster_svg(
    content: &Content,
    files: &ContentFiles,
    fonts: &Fonts,
    request: &PosterRequest<'_>,
) -> Result<String, KitError> {
    if request.langs.is_empty() {
        return Err(KitError::NoLanguage);
    }
    let langs = request
        .langs
        .iter()
        .map(|l| language(content, l))
        .collect::<Result<Vec<_>, _>>()?;
    let audience = request.audience.as_str();
    // Bidi isolates are kept: they hold numbers and names left to right in Arabic lines.
    let say = |lang: &str, id: &str| -> String {
        let args = fluent_args([
            ("audience".to_owned(), FluentValue::from(audience)),
            (
                "channel".to_owned(),
                FluentValue::from(request.link.channel.as_str()),
            ),
        ]);
        content
            .locales
            .format(lang, id, Some(&args))
            .unwrap_or_default()
    };
    let width = PAGE_WIDTH - 2.0 * MARGIN;
    let qr = qr_path(&request.link.url)?;
    let mut measure = Measure::new(fonts);
    // Large type first (one language fills the page); smaller until everything fits, but never
    // below what reads on a wall (body text of 3 mm, about 8.5 points).
    for step in 0..17u8 {
        let scale = 1.7 - f32::from(step) * 0.07;
        let mut blocks: Vec<Vec<Line>> = Vec::new();
        let mut minors: Vec<Line> = Vec::new();
        for lang in &langs {
            let rtl = content
                .locales
                .get(lang)
                .is_some_and(|l| l.meta.direction == Direction::Rtl);
            let line = |text: String, size: f32, bold: bool| Line {
                text,
                size,
                bold,
                family: FONT,
                rtl,
                lang: lang.clone(),
            };
            let mut block = Vec::new();
            for (id, size, bold) in [
                ("poster-title", 9.0 * scale, true),
                ("poster-what", 5.2 * scale, false),
                ("poster-free", 5.2 * scale, true),
                ("poster-scan", 4.6 * scale, false),
            ] {
                for text in wrap(&mut measure, &say(lang, id), size, bold, width)? {
                    block.push(line(text, size, bold));
                }
            }
            blocks.push(block);
            let size = 4.2 * scale;
            for text in wrap(
                &mut measure,
                &say(lang, "poster-minors"),
                size,
                false,
                width,
            )? {
                minors.push(line(text, size, false));
            }
        }
        let link_size = fit_size(fonts, &request.link.url, 4.6 * scale, MONO, width)?;
        let text_height: f32 = blocks
            .iter()
            .flatten()
            .chain(&minors)
            .map(|l| l.size * 1.3)
            .sum::<f32>()
            + link_size * 1.6
            + 6.0 * (blocks.len() as f32);
        let room = PAGE_HEIGHT - 2.0 * MARGIN - PICTOGRAM_SIDE - 8.0 - text_height - 8.0;
        let qr_side = room.min(QR_SIDE);
        if qr_side < QR_MIN_SIDE {
            continue;
        }
        let svg = compose(
            content,
            files,
            request,
            &blocks,
            &minors,
            (&qr.path, qr.side, qr_side),
            link_size,
        );
        // The page as drawn: a line the word widths misjudged takes the next, smaller size.
        match check_fits(fonts, &svg) {
            Ok(_) => return Ok(svg),
            Err(Overflow::Text(_)) => continue,
            Err(Overflow::Glyphs(error)) => return Err(error),
        }
    }
    Err(KitError::TooMuchText)
}

/// The largest size not above `size` at which one line fits the width.
fn fit_size(
    fonts: &Fonts,
    text: &str,
    size: f32,
    family: &str,
    width: f32,
) -> Result<f32, KitError> {
    let measured = fonts.width(text, size, family, false)?;
    Ok(if measured <= width {
        size
    } else {
        size * width / measured * 0.98
    })
}

/// Words of a text: split at spaces outside bidi isolates, so that what a message holds left to
/// right (`0 800 235 236` in an Arabic line) stays on one line, with both of its marks.
fn words(text: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut depth = 0usize;
    let mut start = None;
    for (at, c) in text.char_indices() {
        match c {
            LRI | RLI | FSI => depth += 1,
            PDI => depth = depth.saturating_sub(1),
            _ => {}
        }
        if c.is_whitespace() && depth == 0 {
            if let Some(from) = start.take() {
                words.push(&text[from..at]);
            }
        } else if start.is_none() {
            start = Some(at);
        }
    }
    if let Some(from) = start {
        words.push(&text[from..]);
    }
    words
}

/// Greedy wrapping at spaces (outside bidi isolates) with measured widths.
fn wrap(
    measure: &mut Measure<'_>,
    text: &str,
    size: f32,
    bold: bool,
    width: f32,
) -> Result<Vec<String>, KitError> {
    let mut lines = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for word in words(text) {
        current.push(word);
        if current.len() > 1 && measure.line(&current, size, bold)? > width {
            current.pop();
            lines.push(current.join(" "));
            current = vec![word];
        }
    }
    if !current.is_empty() {
        lines.push(current.join(" "));
    }
    Ok(lines)
}

/// Bidi isolates: left-to-right, right-to-left, first-strong, and their end.
const LRI: char = '\u{2066}';
const RLI: char = '\u{2067}';
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// A line's text as the SVG draws it. resvg lays every text out with a left-to-right base
/// direction, whatever its `direction` attribute: a right-to-left line is isolated right to left,
/// so that it reads from the right and its final colon or full stop is drawn at its left end.
fn drawn_text(line: &Line) -> String {
    if line.rtl {
        format!("{RLI}{}{PDI}", line.text)
    } else {
        line.text.clone()
    }
}

fn text_element(line: &Line, y: f32) -> String {
    format!(
        "<text x=\"{x}\" y=\"{y:.2}\" xml:lang=\"{lang}\" font-family=\"{family}\" font-size=\"{size:.2}\"{weight} text-anchor=\"middle\"{dir} fill=\"#1d3557\">{text}</text>\n",
        x = PAGE_WIDTH / 2.0,
        lang = line.lang,
        family = line.family,
        size = line.size,
        weight = if line.bold {
            " font-weight=\"bold\""
        } else {
            ""
        },
        dir = if line.rtl { " direction=\"rtl\"" } else { "" },
        text = xml_escape(&drawn_text(line)),
    )
}

/// The pictograms of the top row, by audience.
fn pictograms(audience: Audience) -> [&'static str; 4] {
    match audience {
        Audience::Youth | Audience::Student => ["student", "online", "talk", "lock"],
        Audience::Adult => ["talk", "rights", "house", "health"],
    }
}

/// A pictogram's drawing, nested at a place of the page.
fn nested_pictogram(content: &Content, files: &ContentFiles, id: &str, x: f32, y: f32) -> String {
    let Some(file) = content
        .pictograms
        .get(id)
        .and_then(|p| files.get(&p.file))
        .and_then(|f| f.text().ok())
    else {
        return String::new();
    };
    let inner = file
        .find('>')
        .filter(|_| file.trim_start().starts_with("<svg"))
        .and_then(|start| {
            let end = file.rfind("</svg>")?;
            file.get(start + 1..end)
        })
        .unwrap_or_default();
    format!(
        "<svg x=\"{x:.2}\" y=\"{y:.2}\" width=\"{PICTOGRAM_SIDE}\" height=\"{PICTOGRAM_SIDE}\" viewBox=\"0 0 64 64\">{inner}</svg>\n"
    )
}

fn compose(
    content: &Content,
    files: &ContentFiles,
    request: &PosterRequest<'_>,
    blocks: &[Vec<Line>],
    minors: &[Line],
    (qr_d, qr_modules, qr_side): (&str, usize, f32),
    link_size: f32,
) -> String {
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{PAGE_WIDTH}mm\" height=\"{PAGE_HEIGHT}mm\" viewBox=\"0 0 {PAGE_WIDTH} {PAGE_HEIGHT}\">\n\
<rect width=\"{PAGE_WIDTH}\" height=\"{PAGE_HEIGHT}\" fill=\"#ffffff\"/>\n"
    );
    let ids = pictograms(request.audience);
    let gap =
        (PAGE_WIDTH - 2.0 * MARGIN - PICTOGRAM_SIDE * ids.len() as f32) / (ids.len() as f32 - 1.0);
    for (i, id) in ids.iter().enumerate() {
        let x = MARGIN + i as f32 * (PICTOGRAM_SIDE + gap);
        svg.push_str(&nested_pictogram(content, files, id, x, MARGIN));
    }
    let mut y = MARGIN + PICTOGRAM_SIDE + 8.0;
    for (i, block) in blocks.iter().enumerate() {
        if i > 0 {
            svg.push_str(&format!(
                "<line x1=\"{a}\" x2=\"{b}\" y1=\"{y:.2}\" y2=\"{y:.2}\" stroke=\"#a8dadc\" stroke-width=\"0.5\"/>\n",
                a = MARGIN + 30.0,
                b = PAGE_WIDTH - MARGIN - 30.0,
                y = y - 3.0
            ));
        }
        for line in block {
            y += line.size * 1.05;
            svg.push_str(&text_element(line, y));
            y += line.size * 0.25;
        }
        y += 6.0;
    }
    // The QR code, centred, then the link in clear.
    let x = (PAGE_WIDTH - qr_side) / 2.0;
    let scale = qr_side / qr_modules as f32;
    svg.push_str(&format!(
        "<g transform=\"translate({x:.2} {y:.2}) scale({scale:.4})\" shape-rendering=\"crispEdges\"><rect width=\"{qr_modules}\" height=\"{qr_modules}\" fill=\"#ffffff\"/><path d=\"{qr_d}\" fill=\"#000000\"/></g>\n"
    ));
    y += qr_side + link_size * 1.3;
    let link = Line {
        text: request.link.url.clone(),
        size: link_size,
        bold: false,
        family: MONO,
        rtl: false,
        lang: "en".into(),
    };
    svg.push_str(&text_element(&link, y));
    // The contacts for minors at the foot of the page.
    let minors_height: f32 = minors.iter().map(|l| l.size * 1.3).sum();
    y = (y + link_size * 0.3 + 4.0).max(PAGE_HEIGHT - MARGIN - minors_height);
    for line in minors {
        y += line.size * 1.05;
        svg.push_str(&text_element(line, y));
        y += line.size * 0.25;
    }
    svg.push_str("</svg>\n");
    svg
}

/// Why a poster's page is not right.
#[derive(Debug)]
pub enum Overflow {
    /// A text goes past the margins.
    Text(String),
    /// A text is not drawn (no font has its glyphs), or the page does not parse.
    Glyphs(KitError),
}

impl std::fmt::Display for Overflow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Text(text) => f.write_str(text),
            Self::Glyphs(error) => write!(f, "{error}"),
        }
    }
}

/// Checks that every text of a poster is drawn (its fonts have the glyphs) and lies inside the
/// page's margins; returns how many texts were checked.
pub fn check_fits(fonts: &Fonts, svg: &str) -> Result<usize, Overflow> {
    let tree = fonts.parse(svg).map_err(Overflow::Glyphs)?;
    // Bounding boxes come in CSS pixels; the page is laid out in millimetres.
    let px = tree.size().width() / PAGE_WIDTH;
    let mut checked = 0;
    let mut problems = Vec::new();
    visit(tree.root(), &mut |node| {
        if let usvg::Node::Text(text) = node {
            checked += 1;
            let box_px = text.flattened().abs_bounding_box();
            let ink = usvg::Rect::from_ltrb(
                box_px.left() / px,
                box_px.top() / px,
                box_px.right() / px,
                box_px.bottom() / px,
            )
            .unwrap_or(box_px);
            let inside = ink.left() >= MARGIN / 2.0
                && ink.right() <= PAGE_WIDTH - MARGIN / 2.0
                && ink.top() >= 0.0
                && ink.bottom() <= PAGE_HEIGHT - MARGIN / 2.0;
            if ink.width() <= 0.0 {
                problems.push(Overflow::Glyphs(KitError::Draw(
                    "a text is not drawn: no installed font has its glyphs (install fonts-dejavu-core)"
                        .into(),
                )));
            } else if !inside {
                problems.push(Overflow::Text(format!(
                    "a text overflows the page: {:.1},{:.1} to {:.1},{:.1} mm",
                    ink.left(),
                    ink.top(),
                    ink.right(),
                    ink.bottom()
                )));
            }
        }
    });
    // A missing glyph says more than an overflow.
    problems.sort_by_key(|p| matches!(p, Overflow::Text(_)));
    match problems.into_iter().next() {
        Some(problem) => Err(problem),
        None => Ok(checked),
    }
}

fn visit(group: &usvg::Group, f: &mut impl FnMut(&usvg::Node)) {
    for node in group.children() {
        f(node);
        if let usvg::Node::Group(group) = node {
            visit(group, f);
        }
    }
}

/// The poster as a PNG for print (300 dpi: 2480 × 3508 pixels).
pub fn poster_png(fonts: &Fonts, svg: &str) -> Result<Vec<u8>, KitError> {
    let tree = fonts.parse(svg)?;
    let scale = PNG_DPI / MM_PER_INCH;
    // The tree's size is in CSS pixels (96 per inch): scale from there.
    let css = tree.size();
    let width = (PAGE_WIDTH * scale).round() as u32;
    let height = (PAGE_HEIGHT * scale).round() as u32;
    let mut pixmap = Pixmap::new(width, height)
        .ok_or_else(|| KitError::Draw(format!("cannot draw {width}×{height} pixels")))?;
    pixmap.fill(tiny_skia::Color::WHITE);
    let transform =
        tiny_skia::Transform::from_scale(width as f32 / css.width(), height as f32 / css.height());
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    encode_png(&pixmap).map_err(|e| KitError::Draw(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_at_spaces_outside_isolates() {
        assert_eq!(
            words("  الخط \u{2066}0 800 235 236\u{2069}: مجاني  "),
            vec!["الخط", "\u{2066}0 800 235 236\u{2069}:", "مجاني"]
        );
        assert_eq!(words("a\u{2068}b c"), vec!["a\u{2068}b c"]);
        assert!(words(" ").is_empty());
    }
}
