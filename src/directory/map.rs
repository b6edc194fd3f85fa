//! A light public map of the region: départements, towns and agreed associations, as SVG (the
//! report's "cartographie" idea, without anything about people). It says what it shows: a
//! legend in the reader's language (`locales/<lang>/map.ftl`), the date of the data, hollow
//! markers for associations whose contact is not verified yet (their place is a guess), and
//! labels measured with the fonts that draw them, each placed inside the picture, inside its own
//! département and clear of every other label; a name that fits nowhere becomes a number listed
//! in the legend.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

use thiserror::Error;

use super::{Directory, LonLat, ring_contains};
use crate::kit::poster::Fonts;
use crate::locale::{Direction, Locales};
use crate::text::xml_escape;

/// Width of the drawing, in pixels.
const WIDTH: f64 = 1000.0;
const MARGIN: f64 = 40.0;
/// What no label may come closer to: the edge of the picture.
const EDGE: f64 = 4.0;
const FONT: &str = "DejaVu Sans, Liberation Sans, sans-serif";
/// A pale outline under labels, so that they read over borders and dots.
const HALO: &str =
    "stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\"";
/// Room around a label's ink: the halo (2 px) and a pixel of air.
const PAD: f64 = 3.0;
const OFFICE_SIZE: f64 = 13.0;
const DEPARTEMENT_SIZE: f64 = 15.0;
const LEGEND_SIZE: f64 = 13.0;
const TITLE_SIZE: f64 = 16.0;
const MARKER_RADIUS: f64 = 7.0;
/// The widest line of the legend's texts; longer sentences wrap.
const LEGEND_TEXT_WIDTH: f64 = 330.0;
/// The legend's column of symbols, and its inner margin.
const LEGEND_SYMBOL: f64 = 26.0;
const LEGEND_INSET: f64 = 10.0;
const VERIFIED_FILL: &str = "#457b9d";
const INK: &str = "#1d3557";

/// Bidi isolates: left-to-right, right-to-left, and their end.
const LRI: char = '\u{2066}';
const RLI: char = '\u{2067}';
const PDI: char = '\u{2069}';

/// Message ids of the map's legend, in every language (`check` requires them).
pub const MAP_MESSAGES: &[&str] = &[
    "map-title",
    "map-verified",
    "map-unverified",
    "map-town",
    "map-departement",
    "map-date",
    "map-date-none",
    "map-numbered",
];

/// Why no map could be drawn.
#[derive(Debug, Error)]
pub enum MapError {
    /// Nothing to draw.
    #[error("the directory has no département to draw")]
    Empty,
    /// A legend text is missing in the language and its whole fallback chain.
    #[error("message `{0}` of the map's legend is missing")]
    Message(String),
    /// The labels cannot be measured.
    #[error("cannot measure the map's labels: {0}")]
    Font(String),
}

/// What the map needs: the texts of its legend, in one language.
pub struct MapRequest<'a> {
    /// Every language's messages.
    pub locales: &'a Locales,
    /// The legend's language (a tag the locales know; others fall back to French).
    pub lang: &'a str,
}

/// Draws the directory as an SVG document, with its labels measured with `fonts`.
pub fn map_svg(
    directory: &Directory,
    request: &MapRequest<'_>,
    fonts: &Fonts,
) -> Result<String, MapError> {
    Ok(layout(directory, &MapData::of(directory), request, fonts)?.svg)
}

/// One association as the map shows it.
#[derive(Debug, Clone, PartialEq)]
struct MapPlace {
    name: String,
    lon: f64,
    lat: f64,
    /// Whether a person could be given one of its contacts (a filled marker).
    verified: bool,
}

/// What the map shows of the associations: the only part of the map that reads their contacts.
#[derive(Debug, Clone, PartialEq)]
struct MapData {
    places: Vec<MapPlace>,
    /// The date (`YYYY-MM-DD`) of the most recent verification of a contact.
    date: Option<String>,
}

impl MapData {
    fn of(directory: &Directory) -> Self {
        let places = directory
            .associations
            .iter()
            .map(|a| MapPlace {
                name: a.name.clone(),
                lon: a.lon,
                lat: a.lat,
                // Filled only when its card leads somewhere: a verified contact, shown.
                verified: a.is_reachable(),
            })
            .collect();
        let date = directory
            .associations
            .iter()
            .flat_map(|a| &a.contacts)
            .filter_map(|c| c.verified_on)
            .max()
            .map(|d| d.to_string());
        Self { places, date }
    }
}

/// An axis-aligned box in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Rect {
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
}

impl Rect {
    fn sized(left: f64, top: f64, width: f64, height: f64) -> Self {
        Self {
            left,
            top,
            right: left + width,
            bottom: top + height,
        }
    }

    fn around(x: f64, y: f64, half: f64) -> Self {
        Self::sized(x - half, y - half, 2.0 * half, 2.0 * half)
    }

    fn overlaps(&self, other: &Self) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }

    fn grow(&self, by: f64) -> Self {
        Self {
            left: self.left - by,
            top: self.top - by,
            right: self.right + by,
            bottom: self.bottom + by,
        }
    }

    fn corners(&self) -> [LonLat; 4] {
        [
            [self.left, self.top],
            [self.right, self.top],
            [self.right, self.bottom],
            [self.left, self.bottom],
        ]
    }

    fn width(&self) -> f64 {
        self.right - self.left
    }

    fn height(&self) -> f64 {
        self.bottom - self.top
    }
}

/// Whether a segment meets a box (Liang–Barsky clipping).
fn segment_meets(a: LonLat, b: LonLat, rect: &Rect) -> bool {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let (mut enter, mut leave) = (0.0_f64, 1.0_f64);
    for (p, q) in [
        (-dx, a[0] - rect.left),
        (dx, rect.right - a[0]),
        (-dy, a[1] - rect.top),
        (dy, rect.bottom - a[1]),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return false;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                enter = enter.max(t);
            } else {
                leave = leave.min(t);
            }
            if enter > leave {
                return false;
            }
        }
    }
    true
}

/// Whether a box lies wholly inside one of the rings (no edge crosses it).
fn inside_rings(rect: &Rect, rings: &[Vec<LonLat>]) -> bool {
    rect.corners()
        .iter()
        .all(|[x, y]| rings.iter().any(|ring| ring_contains(ring, *x, *y)))
        && !rings
            .iter()
            .any(|ring| ring.windows(2).any(|s| segment_meets(s[0], s[1], rect)))
}

/// Whether a box stays off every ring (the sea or outside the region).
fn clear_of_rings<'a>(rect: &Rect, mut rings: impl Iterator<Item = &'a Vec<LonLat>>) -> bool {
    rings.all(|ring| {
        !rect
            .corners()
            .iter()
            .any(|[x, y]| ring_contains(ring, *x, *y))
            && !ring.windows(2).any(|s| segment_meets(s[0], s[1], rect))
    })
}

/// The ink of a text drawn from a point on its baseline, relative to that point.
#[derive(Debug, Clone, Copy)]
struct Ink {
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
}

/// Text measured with the fonts that draw it, each text once.
struct Metrics<'a> {
    fonts: &'a Fonts,
    cache: HashMap<(String, u64, bool), Ink>,
}

impl<'a> Metrics<'a> {
    fn new(fonts: &'a Fonts) -> Self {
        Self {
            fonts,
            cache: HashMap::new(),
        }
    }

    fn ink(&mut self, text: &str, size: f64, bold: bool) -> Result<Ink, MapError> {
        let key = (text.to_owned(), size.to_bits(), bold);
        if let Some(ink) = self.cache.get(&key) {
            return Ok(*ink);
        }
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4000\" height=\"400\"><text x=\"100\" y=\"200\" font-family=\"{FONT}\" font-size=\"{size}\"{}>{}</text></svg>",
            weight(bold),
            xml_escape(text)
        );
        let tree = self
            .fonts
            .parse(&svg)
            .map_err(|e| MapError::Font(e.to_string()))?;
        let b = tree.root().abs_bounding_box();
        if b.width() <= 0.0 {
            return Err(MapError::Font(format!(
                "no installed font can draw `{text}`: install fonts-dejavu-core"
            )));
        }
        let ink = Ink {
            left: f64::from(b.left()) - 100.0,
            top: f64::from(b.top()) - 200.0,
            right: f64::from(b.right()) - 100.0,
            bottom: f64::from(b.bottom()) - 200.0,
        };
        self.cache.insert(key, ink);
        Ok(ink)
    }
}

fn weight(bold: bool) -> &'static str {
    if bold { " font-weight=\"bold\"" } else { "" }
}

/// Where the lines of a block sit in its box.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Align {
    Start,
    Middle,
    End,
}

/// Lines of text measured together and drawn as one label.
#[derive(Debug, Clone)]
struct Block {
    lines: Vec<(String, Ink)>,
    size: f64,
    bold: bool,
    /// The widest line's ink.
    width: f64,
    /// Ink above the first baseline, below the last.
    ascent: f64,
    descent: f64,
}

impl Block {
    fn new(
        metrics: &mut Metrics<'_>,
        lines: Vec<String>,
        size: f64,
        bold: bool,
    ) -> Result<Self, MapError> {
        let mut measured = Vec::new();
        let (mut width, mut ascent, mut descent) = (0.0_f64, 0.0_f64, 0.0_f64);
        for line in lines {
            let ink = metrics.ink(&line, size, bold)?;
            width = width.max(ink.right - ink.left);
            ascent = ascent.max(-ink.top);
            descent = descent.max(ink.bottom);
            measured.push((line, ink));
        }
        Ok(Self {
            lines: measured,
            size,
            bold,
            width,
            ascent,
            descent,
        })
    }

    fn line_height(&self) -> f64 {
        self.size * 1.25
    }

    /// The box the block needs, halo included.
    fn box_width(&self) -> f64 {
        self.width + 2.0 * PAD
    }

    fn box_height(&self) -> f64 {
        let gaps = self.lines.len().saturating_sub(1) as f64;
        self.ascent + self.descent + gaps * self.line_height() + 2.0 * PAD
    }

    /// Where the first baseline falls in a box.
    fn first_baseline(&self, rect: &Rect) -> f64 {
        rect.top + PAD + self.ascent
    }

    /// The `<text>` elements of the block drawn in `rect`.
    fn draw(&self, rect: &Rect, align: Align, fill: &str, extra: &str) -> String {
        let mut out = String::new();
        let first = self.first_baseline(rect);
        for (i, (line, ink)) in self.lines.iter().enumerate() {
            let x = match align {
                Align::Start => rect.left + PAD - ink.left,
                Align::End => rect.right - PAD - ink.right,
                Align::Middle => (rect.left + rect.right) / 2.0 - (ink.left + ink.right) / 2.0,
            };
            let y = first + i as f64 * self.line_height();
            let _ = writeln!(
                out,
                "<text x=\"{x:.2}\" y=\"{y:.2}\" font-size=\"{}\"{} fill=\"{fill}\"{extra}>{}</text>",
                self.size,
                weight(self.bold),
                xml_escape(line)
            );
        }
        out
    }
}

/// The projection of the region onto the picture.
#[derive(Debug, Clone, Copy)]
struct Projection {
    west: f64,
    north: f64,
    /// The cosine of the middle latitude (equirectangular, corrected for the latitude).
    squeeze: f64,
    scale: f64,
}

impl Projection {
    fn point(&self, lon: f64, lat: f64) -> LonLat {
        [
            MARGIN + (lon - self.west) * self.squeeze * self.scale,
            MARGIN + (self.north - lat) * self.scale,
        ]
    }

    /// The inverse, for tests that ask where a label fell.
    #[cfg(test)]
    fn lonlat(&self, [x, y]: LonLat) -> LonLat {
        [
            self.west + (x - MARGIN) / (self.squeeze * self.scale),
            self.north - (y - MARGIN) / self.scale,
        ]
    }
}

/// What a label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LabelKind {
    Office,
    Departement,
    /// The number of an association listed in the legend.
    Number,
}

/// A label where the layout put it.
#[derive(Debug, Clone)]
struct Placed {
    kind: LabelKind,
    rect: Rect,
    align: Align,
    block: Block,
    /// The département whose outline holds it (checked by the tests).
    #[cfg_attr(not(test), allow(dead_code))]
    departement: Option<String>,
}

/// One marker: the associations that share a point.
#[derive(Debug, Clone)]
struct Office {
    point: LonLat,
    names: Vec<String>,
    verified: bool,
    departement: Option<String>,
}

/// Everything drawn, and where: the command keeps the SVG, the tests check the rest.
#[cfg_attr(not(test), allow(dead_code))]
struct Layout {
    svg: String,
    labels: Vec<Placed>,
    legend: Rect,
    markers: Vec<Rect>,
    footnotes: Vec<String>,
    width: f64,
    height: f64,
    projection: Projection,
}

/// The picture, as labels are placed on it.
struct Scene<'a> {
    width: f64,
    height: f64,
    rings: &'a BTreeMap<String, Vec<Vec<LonLat>>>,
    taken: Vec<Rect>,
}

impl Scene<'_> {
    fn fits(&self, rect: &Rect, departement: Option<&str>) -> bool {
        rect.left >= EDGE
            && rect.top >= EDGE
            && rect.right <= self.width - EDGE
            && rect.bottom <= self.height - EDGE
            && !self.taken.iter().any(|t| t.overlaps(rect))
            && departement
                .and_then(|d| self.rings.get(d))
                .is_none_or(|rings| inside_rings(rect, rings))
    }
}

/// Boxes of a size around a marker, nearest first: right, left, the four diagonals, above,
/// below; then the same a little further.
fn around_marker([x, y]: LonLat, width: f64, height: f64) -> Vec<(Rect, Align)> {
    let mut out = Vec::new();
    for gap in [0.0, 6.0, 14.0, 24.0] {
        let d = MARKER_RADIUS + 3.0 + gap;
        let diagonal = d * 0.8;
        out.extend([
            (
                Rect::sized(x + d, y - height / 2.0, width, height),
                Align::Start,
            ),
            (
                Rect::sized(x - d - width, y - height / 2.0, width, height),
                Align::End,
            ),
            (
                Rect::sized(x + diagonal, y - diagonal - height, width, height),
                Align::Start,
            ),
            (
                Rect::sized(x + diagonal, y + diagonal, width, height),
                Align::Start,
            ),
            (
                Rect::sized(x - diagonal - width, y - diagonal - height, width, height),
                Align::End,
            ),
            (
                Rect::sized(x - diagonal - width, y + diagonal, width, height),
                Align::End,
            ),
            (
                Rect::sized(x - width / 2.0, y - d - height, width, height),
                Align::Middle,
            ),
            (
                Rect::sized(x - width / 2.0, y + d, width, height),
                Align::Middle,
            ),
        ]);
    }
    out
}

/// Boxes of a size centred near a point, nearest first.
fn near_point([x, y]: LonLat, width: f64, height: f64) -> Vec<Rect> {
    let mut offsets = Vec::new();
    for dy in -6..=6 {
        for dx in -5..=5 {
            offsets.push((f64::from(dx) * 22.0, f64::from(dy) * 16.0));
        }
    }
    offsets.sort_by(|a, b| a.0.hypot(a.1).total_cmp(&b.0.hypot(b.1)));
    offsets
        .into_iter()
        .map(|(dx, dy)| Rect::sized(x + dx - width / 2.0, y + dy - height / 2.0, width, height))
        .collect()
}

/// A name cut in two at the space nearest its middle (unchanged without a space).
fn in_two(name: &str) -> Vec<String> {
    let middle = name.chars().count() / 2;
    let best = name
        .char_indices()
        .filter(|(_, c)| *c == ' ')
        .map(|(i, _)| i)
        .min_by_key(|i| name[..*i].chars().count().abs_diff(middle));
    match best {
        Some(i) => vec![name[..i].to_owned(), name[i + 1..].to_owned()],
        None => vec![name.to_owned()],
    }
}

/// The ways to write the names of an office, from one line to one word a line; a name that is
/// not the last ends with the separator, so that two names never read as one.
fn forms(names: &[String]) -> Vec<Vec<String>> {
    let stacked = |split: &dyn Fn(&str) -> Vec<String>| -> Vec<String> {
        let mut lines = Vec::new();
        for (i, name) in names.iter().enumerate() {
            let mut parts = split(name);
            if i + 1 < names.len()
                && let Some(last) = parts.last_mut()
            {
                last.push_str(" ·");
            }
            lines.extend(parts);
        }
        lines
    };
    let mut forms = vec![vec![names.join(" · ")]];
    for form in [
        stacked(&|n| vec![n.to_owned()]),
        stacked(&in_two),
        stacked(&|n| n.split(' ').map(str::to_owned).collect()),
    ] {
        if forms.last().is_some_and(|last| last.len() < form.len()) {
            forms.push(form);
        }
    }
    forms
}

/// The words of a text, split at spaces outside bidi isolates; a lone punctuation mark stays
/// with the word before it (French puts a space before a colon).
fn words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let (mut current, mut depth) = (String::new(), 0usize);
    for c in text.chars() {
        match c {
            '\u{2066}'..='\u{2068}' => depth += 1,
            PDI => depth = depth.saturating_sub(1),
            _ => {}
        }
        if c == ' ' && depth == 0 {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    let mut merged: Vec<String> = Vec::new();
    for word in out {
        match merged.last_mut() {
            Some(last) if word.chars().all(|c| c.is_ascii_punctuation()) => {
                last.push(' ');
                last.push_str(&word);
            }
            _ => merged.push(word),
        }
    }
    merged
}

/// A legend text wrapped to a width, each line isolated right to left in a right-to-left
/// language: resvg (like a browser) lays a `<text>` out left to right otherwise.
fn wrapped(
    metrics: &mut Metrics<'_>,
    text: &str,
    size: f64,
    bold: bool,
    width: f64,
    rtl: bool,
) -> Result<Block, MapError> {
    let drawn = |line: &str| {
        if rtl {
            format!("{RLI}{line}{PDI}")
        } else {
            line.to_owned()
        }
    };
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in words(text) {
        let candidate = if current.is_empty() {
            word.clone()
        } else {
            format!("{current} {word}")
        };
        let ink = metrics.ink(&drawn(&candidate), size, bold)?;
        if ink.right - ink.left > width && !current.is_empty() {
            lines.push(drawn(&current));
            current = word;
        } else {
            current = candidate;
        }
    }
    if !current.is_empty() {
        lines.push(drawn(&current));
    }
    Block::new(metrics, lines, size, bold)
}

/// A mark of the legend's symbol column.
#[derive(Debug, Clone)]
enum Symbol {
    Verified,
    Unverified,
    Town,
    Departement,
    Number(String),
}

/// The legend, measured: its title, then a symbol and a text a row.
struct Legend {
    title: Block,
    rows: Vec<(Option<Symbol>, Block)>,
    rtl: bool,
    lang: String,
}

impl Legend {
    fn build(
        metrics: &mut Metrics<'_>,
        request: &MapRequest<'_>,
        date: Option<&str>,
        footnotes: &[String],
    ) -> Result<Self, MapError> {
        let rtl = request
            .locales
            .get(request.lang)
            .is_some_and(|l| l.meta.direction == Direction::Rtl);
        let say = |id: &str| {
            request
                .locales
                .format(request.lang, id, None)
                .ok_or_else(|| MapError::Message(id.to_owned()))
        };
        let text = |m: &mut Metrics<'_>, t: &str| {
            wrapped(m, t, LEGEND_SIZE, false, LEGEND_TEXT_WIDTH, rtl)
        };
        let title = wrapped(
            metrics,
            &say("map-title")?,
            TITLE_SIZE,
            true,
            LEGEND_TEXT_WIDTH + LEGEND_SYMBOL,
            rtl,
        )?;
        let mut rows = Vec::new();
        for (symbol, id) in [
            (Symbol::Verified, "map-verified"),
            (Symbol::Unverified, "map-unverified"),
            (Symbol::Town, "map-town"),
            (Symbol::Departement, "map-departement"),
        ] {
            rows.push((Some(symbol), text(metrics, &say(id)?)?));
        }
        let dated = match date {
            // The date is data, not a sentence: held left to right in a right-to-left line.
            Some(date) if rtl => format!("{} {LRI}{date}{PDI}", say("map-date")?),
            Some(date) => format!("{} {date}", say("map-date")?),
            None => say("map-date-none")?,
        };
        rows.push((None, text(metrics, &dated)?));
        if !footnotes.is_empty() {
            rows.push((None, text(metrics, &say("map-numbered")?)?));
            for (i, names) in footnotes.iter().enumerate() {
                // Names are data, written left to right in every legend.
                let block = wrapped(metrics, names, LEGEND_SIZE, false, LEGEND_TEXT_WIDTH, false)?;
                rows.push((Some(Symbol::Number((i + 1).to_string())), block));
            }
        }
        Ok(Self {
            title,
            rows,
            rtl,
            lang: request.lang.to_owned(),
        })
    }

    fn text_width(&self) -> f64 {
        self.rows
            .iter()
            .map(|(_, b)| b.box_width())
            .fold(0.0, f64::max)
    }

    fn width(&self) -> f64 {
        let body = LEGEND_SYMBOL + self.text_width();
        2.0 * LEGEND_INSET + body.max(self.title.box_width())
    }

    fn height(&self) -> f64 {
        2.0 * LEGEND_INSET
            + self.title.box_height()
            + 4.0
            + self.rows.iter().map(|(_, b)| b.box_height()).sum::<f64>()
    }

    fn draw(&self, rect: &Rect) -> String {
        let lang = xml_escape(&self.lang);
        let mut out = format!(
            "<g id=\"legend\" class=\"legend\" xml:lang=\"{lang}\">\n<rect x=\"{:.2}\" y=\"{:.2}\" width=\"{:.2}\" height=\"{:.2}\" rx=\"6\" fill=\"#ffffff\" stroke=\"{INK}\" stroke-width=\"1\"/>\n",
            rect.left,
            rect.top,
            rect.width(),
            rect.height()
        );
        let (left, right) = (rect.left + LEGEND_INSET, rect.right - LEGEND_INSET);
        let mut top = rect.top + LEGEND_INSET;
        let title_box = if self.rtl {
            Rect::sized(
                right - self.title.box_width(),
                top,
                self.title.box_width(),
                self.title.box_height(),
            )
        } else {
            Rect::sized(left, top, self.title.box_width(), self.title.box_height())
        };
        let align = if self.rtl { Align::End } else { Align::Start };
        out.push_str(&self.title.draw(&title_box, align, INK, ""));
        top += self.title.box_height() + 4.0;
        for (symbol, block) in &self.rows {
            let (w, h) = (block.box_width(), block.box_height());
            let (text_box, symbol_x) = if self.rtl {
                (
                    Rect::sized(right - LEGEND_SYMBOL - w, top, w, h),
                    right - LEGEND_SYMBOL / 2.0,
                )
            } else {
                (
                    Rect::sized(left + LEGEND_SYMBOL, top, w, h),
                    left + LEGEND_SYMBOL / 2.0,
                )
            };
            // The symbol sits at the middle of the first line's small letters.
            let symbol_y = block.first_baseline(&text_box) - block.size * 0.35;
            if let Some(symbol) = symbol {
                out.push_str(&draw_symbol(symbol, symbol_x, symbol_y));
            }
            out.push_str(&block.draw(&text_box, align, INK, ""));
            top += h;
        }
        out.push_str("</g>\n");
        out
    }
}

fn draw_symbol(symbol: &Symbol, x: f64, y: f64) -> String {
    match symbol {
        Symbol::Verified => marker(x, y, true, "legend-verified"),
        Symbol::Unverified => marker(x, y, false, "legend-unverified"),
        Symbol::Town => format!(
            "<circle class=\"legend-town\" cx=\"{x:.2}\" cy=\"{y:.2}\" r=\"2\" fill=\"#8d99ae\"/>\n"
        ),
        Symbol::Departement => format!(
            "<rect class=\"legend-departement\" x=\"{:.2}\" y=\"{:.2}\" width=\"16\" height=\"12\" fill=\"#f1faee\" stroke=\"{INK}\" stroke-width=\"1.5\"/>\n",
            x - 8.0,
            y - 6.0
        ),
        Symbol::Number(n) => format!(
            "<text x=\"{x:.2}\" y=\"{:.2}\" font-size=\"{LEGEND_SIZE}\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"{INK}\">{n}</text>\n",
            y + LEGEND_SIZE * 0.35
        ),
    }
}

/// An association's marker: filled when its contact is verified, hollow (and dashed) when its
/// contact and place are still to be checked.
fn marker(x: f64, y: f64, verified: bool, class: &str) -> String {
    if verified {
        format!(
            "<circle class=\"{class} verified\" cx=\"{x:.2}\" cy=\"{y:.2}\" r=\"{MARKER_RADIUS}\" fill=\"{VERIFIED_FILL}\" stroke=\"{INK}\" stroke-width=\"2\"/>\n"
        )
    } else {
        format!(
            "<circle class=\"{class} unverified\" cx=\"{x:.2}\" cy=\"{y:.2}\" r=\"{}\" fill=\"#ffffff\" stroke=\"{INK}\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>\n",
            MARKER_RADIUS - 1.0
        )
    }
}

/// Lays the map out and draws it.
fn layout(
    directory: &Directory,
    data: &MapData,
    request: &MapRequest<'_>,
    fonts: &Fonts,
) -> Result<Layout, MapError> {
    let mut points: Vec<LonLat> = directory
        .boundaries
        .iter()
        .flat_map(|b| b.rings.iter().flatten().copied())
        .collect();
    points.extend(directory.departements.values().map(|d| [d.lon, d.lat]));
    points.extend(data.places.iter().map(|p| [p.lon, p.lat]));
    if directory.departements.is_empty() || points.is_empty() {
        return Err(MapError::Empty);
    }
    let (mut west, mut east, mut south, mut north) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for [lon, lat] in &points {
        west = west.min(*lon);
        east = east.max(*lon);
        south = south.min(*lat);
        north = north.max(*lat);
    }
    // An equirectangular projection, corrected for the latitude: true enough for a region.
    let squeeze = ((south + north) / 2.0).to_radians().cos();
    let scale = (WIDTH - 2.0 * MARGIN) / ((east - west).max(0.01) * squeeze);
    let projection = Projection {
        west,
        north,
        squeeze,
        scale,
    };
    let map_height = (north - south) * scale + 2.0 * MARGIN;

    let mut rings: BTreeMap<String, Vec<Vec<LonLat>>> = BTreeMap::new();
    for boundary in &directory.boundaries {
        let entry = rings.entry(boundary.departement.clone()).or_default();
        for ring in &boundary.rings {
            entry.push(
                ring.iter()
                    .map(|[lon, lat]| projection.point(*lon, *lat))
                    .collect(),
            );
        }
    }

    // Associations at the same point and of the same standing share one marker and one label.
    let mut offices: Vec<Office> = Vec::new();
    for place in &data.places {
        let at = |o: &Office, p: &MapPlace| {
            let [x, y] = projection.point(p.lon, p.lat);
            (o.point[0] - x).abs() < 0.5 && (o.point[1] - y).abs() < 0.5
        };
        if let Some(office) = offices
            .iter_mut()
            .find(|o| o.verified == place.verified && at(o, place))
        {
            office.names.push(place.name.clone());
            continue;
        }
        let mut point = projection.point(place.lon, place.lat);
        // Another standing at the same point: side by side.
        while offices.iter().any(|o| {
            (o.point[0] - point[0]).abs() < 2.0 * MARKER_RADIUS
                && (o.point[1] - point[1]).abs() < 0.5
        }) {
            point[0] += 2.0 * MARKER_RADIUS + 2.0;
        }
        let departement = directory
            .boundaries
            .iter()
            .find(|b| b.contains(place.lat, place.lon))
            .map(|b| b.departement.clone());
        offices.push(Office {
            point,
            names: vec![place.name.clone()],
            verified: place.verified,
            departement,
        });
    }
    let markers: Vec<Rect> = offices
        .iter()
        .map(|o| Rect::around(o.point[0], o.point[1], MARKER_RADIUS + 2.0))
        .collect();

    let mut metrics = Metrics::new(fonts);
    let mut footnotes: Vec<String> = Vec::new();
    // The legend holds the names that became numbers, and the labels avoid the legend: try
    // until both agree (they do at once unless a name fits nowhere).
    let mut attempt = 0;
    let (legend, legend_box, height, labels, numbered) = loop {
        attempt += 1;
        let legend = Legend::build(&mut metrics, request, data.date.as_deref(), &footnotes)?;
        let (legend_box, height) = place_legend(&legend, map_height, &rings, &markers);
        let mut scene = Scene {
            width: WIDTH,
            height,
            rings: &rings,
            taken: markers.clone(),
        };
        scene.taken.push(legend_box.grow(4.0));
        let (labels, numbered) =
            place_labels(&mut metrics, &mut scene, directory, &offices, &projection)?;
        if numbered == footnotes || attempt >= 4 {
            break (legend, legend_box, height, labels, numbered);
        }
        footnotes = numbered;
    };

    let mut svg = String::new();
    let title = request
        .locales
        .format(request.lang, "map-title", None)
        .ok_or_else(|| MapError::Message("map-title".to_owned()))?;
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height:.0}\" width=\"{WIDTH}\" height=\"{height:.0}\" \
         font-family=\"{FONT}\">\n<title>{}</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n",
        xml_escape(&title)
    );
    for ring in rings.values().flatten() {
        let path: Vec<String> = ring.iter().map(|[x, y]| format!("{x:.1},{y:.1}")).collect();
        let _ = writeln!(
            svg,
            "<polygon points=\"{}\" fill=\"#f1faee\" stroke=\"{INK}\" stroke-width=\"1.5\" stroke-linejoin=\"round\"/>",
            path.join(" ")
        );
    }
    for town in &directory.towns {
        let [x, y] = projection.point(town.lon, town.lat);
        let _ = writeln!(
            svg,
            "<circle class=\"town\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"2\" fill=\"#8d99ae\"/>"
        );
    }
    for office in &offices {
        svg.push_str(&marker(
            office.point[0],
            office.point[1],
            office.verified,
            "office",
        ));
    }
    for (i, label) in labels.iter().enumerate() {
        let (class, fill) = match label.kind {
            LabelKind::Office => ("office", INK),
            LabelKind::Number => ("number", INK),
            LabelKind::Departement => ("departement", VERIFIED_FILL),
        };
        let _ = writeln!(svg, "<g id=\"label-{i}\" class=\"label {class}\">");
        svg.push_str(
            &label
                .block
                .draw(&label.rect, label.align, fill, &format!(" {HALO}")),
        );
        svg.push_str("</g>\n");
    }
    svg.push_str(&legend.draw(&legend_box));
    svg.push_str("</svg>\n");
    Ok(Layout {
        svg,
        labels,
        legend: legend_box,
        markers,
        footnotes: numbered,
        width: WIDTH,
        height,
        projection,
    })
}

/// The legend's box: a corner of the picture where it covers no land and no marker, else a
/// band below the map. Returns the box and the picture's height.
fn place_legend(
    legend: &Legend,
    map_height: f64,
    rings: &BTreeMap<String, Vec<Vec<LonLat>>>,
    markers: &[Rect],
) -> (Rect, f64) {
    let (w, h) = (legend.width(), legend.height());
    let inset = 12.0;
    let (left, right) = (inset, WIDTH - inset - w);
    let (top, bottom) = (inset, map_height - inset - h);
    let corners = if legend.rtl {
        [(left, bottom), (left, top), (right, bottom), (right, top)]
    } else {
        [(right, bottom), (right, top), (left, bottom), (left, top)]
    };
    for (x, y) in corners {
        let rect = Rect::sized(x, y, w, h);
        if x >= 0.0
            && y >= 0.0
            && clear_of_rings(&rect.grow(6.0), rings.values().flatten())
            && !markers.iter().any(|m| m.overlaps(&rect.grow(6.0)))
        {
            return (rect, map_height);
        }
    }
    let x = if legend.rtl { right } else { left };
    (
        Rect::sized(x.max(inset), map_height, w, h),
        map_height + h + inset,
    )
}

/// Places the associations' labels (a number where no form of the names fits), then the
/// départements' (the code alone where the name does not fit). Returns the labels and the
/// names that became numbers, in the order of their numbers.
fn place_labels(
    metrics: &mut Metrics<'_>,
    scene: &mut Scene<'_>,
    directory: &Directory,
    offices: &[Office],
    projection: &Projection,
) -> Result<(Vec<Placed>, Vec<String>), MapError> {
    let mut labels = Vec::new();
    let mut numbered = Vec::new();
    for office in offices {
        let departement = office.departement.as_deref();
        let mut blocks = Vec::new();
        for form in forms(&office.names) {
            blocks.push(Block::new(metrics, form, OFFICE_SIZE, false)?);
        }
        let mut found = None;
        'search: for gap in 0..4 {
            for block in &blocks {
                let candidates = around_marker(office.point, block.box_width(), block.box_height());
                for (rect, align) in candidates.into_iter().skip(gap * 8).take(8) {
                    if scene.fits(&rect, departement) {
                        found = Some((LabelKind::Office, rect, align, block.clone()));
                        break 'search;
                    }
                }
            }
        }
        let (kind, rect, align, block) = match found {
            Some(found) => found,
            None => {
                numbered.push(office.names.join(" · "));
                let block =
                    Block::new(metrics, vec![numbered.len().to_string()], OFFICE_SIZE, true)?;
                let candidates = around_marker(office.point, block.box_width(), block.box_height());
                let (rect, align) = candidates
                    .iter()
                    .find(|(r, _)| scene.fits(r, departement))
                    .or_else(|| candidates.iter().find(|(r, _)| scene.fits(r, None)))
                    .or(candidates.first())
                    .copied()
                    .ok_or_else(|| MapError::Font("no place for a label".into()))?;
                (LabelKind::Number, rect, align, block)
            }
        };
        scene.taken.push(rect);
        labels.push(Placed {
            kind,
            rect,
            align,
            block,
            departement: office.departement.clone(),
        });
    }
    for d in directory.departements.values() {
        let centre = projection.point(d.lon, d.lat);
        let mut found = None;
        for text in [format!("{} {}", d.code, d.name), d.code.clone()] {
            let block = Block::new(metrics, vec![text], DEPARTEMENT_SIZE, false)?;
            let candidates = near_point(centre, block.box_width(), block.box_height());
            if let Some(rect) = candidates.iter().find(|r| scene.fits(r, Some(&d.code))) {
                found = Some((*rect, block));
                break;
            }
        }
        if found.is_none() {
            // Nowhere free: the code at the centre, over whatever is there.
            let block = Block::new(metrics, vec![d.code.clone()], DEPARTEMENT_SIZE, false)?;
            let (w, h) = (block.box_width(), block.box_height());
            found = Some((
                Rect::sized(centre[0] - w / 2.0, centre[1] - h / 2.0, w, h),
                block,
            ));
        }
        if let Some((rect, block)) = found {
            scene.taken.push(rect);
            labels.push(Placed {
                kind: LabelKind::Departement,
                rect,
                align: Align::Middle,
                block,
                departement: Some(d.code.clone()),
            });
        }
    }
    Ok((labels, numbered))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Content, ContentFiles};

    fn bundled() -> Content {
        let (content, diagnostics) = Content::load(&ContentFiles::embedded());
        assert!(diagnostics.iter().all(|d| !d.is_error()), "{diagnostics:?}");
        content
    }

    fn fonts() -> Fonts {
        Fonts::system().expect("a system font (fonts-dejavu-core)")
    }

    fn draw(content: &Content, data: &MapData, lang: &str) -> Layout {
        let request = MapRequest {
            locales: &content.locales,
            lang,
        };
        layout(&content.directory, data, &request, &fonts()).unwrap()
    }

    fn say(content: &Content, lang: &str, id: &str) -> String {
        content.locales.format(lang, id, None).unwrap()
    }

    /// Every label inside the picture, inside its département, clear of the other labels, of
    /// the markers and of the legend; and the ink resvg finds in the SVG inside each box.
    fn assert_clean(content: &Content, map: &Layout) {
        let inside = |r: &Rect| {
            r.left >= 0.0 && r.top >= 0.0 && r.right <= map.width && r.bottom <= map.height
        };
        assert!(inside(&map.legend), "legend {:?}", map.legend);
        for (i, a) in map.labels.iter().enumerate() {
            assert!(inside(&a.rect), "label {i} {:?}", a.rect);
            assert!(!a.rect.overlaps(&map.legend), "label {i} on the legend");
            for (j, b) in map.labels.iter().enumerate().skip(i + 1) {
                assert!(!a.rect.overlaps(&b.rect), "labels {i} and {j} overlap");
            }
            for m in &map.markers {
                assert!(!a.rect.overlaps(m), "label {i} on a marker");
            }
            if a.kind == LabelKind::Number {
                continue;
            }
            let code = a.departement.as_deref().unwrap();
            let boundary = content
                .directory
                .boundaries
                .iter()
                .find(|b| b.departement == code)
                .unwrap();
            for corner in a.rect.corners() {
                let [lon, lat] = map.projection.lonlat(corner);
                assert!(boundary.contains(lat, lon), "label {i} leaves {code}");
            }
        }
        // Measured again on the finished drawing, with the fonts that render it.
        let tree = fonts().parse(&map.svg).unwrap();
        for (i, label) in map.labels.iter().enumerate() {
            let node = tree.node_by_id(&format!("label-{i}")).unwrap();
            let ink = node.abs_stroke_bounding_box();
            let r = label.rect.grow(0.6);
            assert!(
                f64::from(ink.left()) >= r.left
                    && f64::from(ink.right()) <= r.right
                    && f64::from(ink.top()) >= r.top
                    && f64::from(ink.bottom()) <= r.bottom,
                "label {i}: drawn {ink:?}, laid out {:?}",
                label.rect
            );
        }
    }

    #[test]
    fn the_bundled_map_has_its_legend_and_clean_labels_in_every_language() {
        let content = bundled();
        let data = MapData::of(&content.directory);
        for locale in content.locales.all() {
            let lang = locale.meta.tag.as_str();
            let map = draw(&content, &data, lang);
            for id in [
                "map-title",
                "map-unverified",
                "map-departement",
                "map-date-none",
            ] {
                let text = say(&content, lang, id);
                // Wrapped, maybe: every word is there.
                for word in words(&text) {
                    assert!(map.svg.contains(&xml_escape(&word)), "{lang} {id}: {word}");
                }
            }
            assert_clean(&content, &map);
            // Every association's name on the map, or listed by its number.
            for a in &content.directory.associations {
                let shown = map.labels.iter().any(|l| {
                    let lines: Vec<&str> = l
                        .block
                        .lines
                        .iter()
                        .map(|(line, _)| line.trim_end_matches(" ·"))
                        .collect();
                    lines.join(" ").contains(&a.name)
                }) || map.footnotes.iter().any(|f| f.contains(&a.name));
                assert!(shown, "{lang}: {}", a.name);
            }
        }
    }

    #[test]
    fn verified_contacts_are_filled_unverified_ones_hollow_and_the_date_is_shown() {
        let content = bundled();
        let data = MapData {
            places: vec![
                MapPlace {
                    name: "Checked Assoc".into(),
                    lon: -0.5792,
                    lat: 44.8378,
                    verified: true,
                },
                MapPlace {
                    name: "Lead Assoc".into(),
                    lon: 1.2611,
                    lat: 45.8336,
                    verified: false,
                },
            ],
            date: Some("2026-03-14".into()),
        };
        let map = draw(&content, &data, "fr");
        let office = |class: &str| {
            map.svg
                .lines()
                .filter(|l| l.contains(&format!("class=\"office {class}\"")))
                .collect::<Vec<_>>()
        };
        let (filled, hollow) = (office("verified"), office("unverified"));
        assert_eq!((filled.len(), hollow.len()), (1, 1), "{}", map.svg);
        assert!(filled[0].contains(&format!("fill=\"{VERIFIED_FILL}\"")));
        assert!(hollow[0].contains("fill=\"#ffffff\""), "{}", hollow[0]);
        let dated = format!("{} 2026-03-14", say(&content, "fr", "map-date"));
        assert!(map.svg.contains(&xml_escape(&dated)), "{}", map.svg);
        assert!(
            !map.svg
                .contains(&xml_escape(&say(&content, "fr", "map-date-none")))
        );
        // The legend explains both markers, with the same marks.
        assert!(map.svg.contains("class=\"legend-verified verified\""));
        assert!(map.svg.contains("class=\"legend-unverified unverified\""));
        assert_clean(&content, &map);

        // Arabic: the date held left to right inside a right-to-left line.
        let map = draw(&content, &data, "ar");
        let dated = format!(
            "{RLI}{} {LRI}2026-03-14{PDI}{PDI}",
            say(&content, "ar", "map-date")
        );
        assert!(map.svg.contains(&dated), "{}", map.svg);
        assert_clean(&content, &map);
    }

    #[test]
    fn a_verified_shown_contact_fills_the_marker_and_the_newest_verification_dates_the_map() {
        let text = r#"
region = "test"
[[departement]]
code = "33"
name = "Gironde"
lat = 44.8
lon = -0.6

[[association]]
id = "checked"
name = "Checked"
departements = ["33"]
town = "Bordeaux"
lat = 44.8378
lon = -0.5792
specialities = ["health"]
[[association.contact]]
kind = "phone"
value = "05 00 00 00 00"
source = "the association, by phone"
verified_on = "2026-05-02"
show = true

[[association]]
id = "lead"
name = "Lead"
departements = ["33"]
town = "Arcachon"
lat = 44.6586
lon = -1.1689
specialities = ["health"]
[[association.contact]]
kind = "phone"
value = "05 00 00 00 01"
source = "a press article"
found_on = "2020"
[[association.contact]]
kind = "hours"
value = "9h-12h"
source = "the association, by phone"
verified_on = "2026-06-01"
"#;
        let (directory, diagnostics) = crate::directory::load_directory(&ContentFiles::from_pairs(
            "test",
            &[("directory/test.toml", text)],
        ));
        assert!(diagnostics.iter().all(|d| !d.is_error()), "{diagnostics:?}");
        let data = MapData::of(&directory);
        let verified: Vec<(&str, bool)> = data
            .places
            .iter()
            .map(|p| (p.name.as_str(), p.verified))
            .collect();
        // A lead, or hours confirmed but no way to reach it shown: hollow.
        assert_eq!(verified, [("Checked", true), ("Lead", false)]);
        assert_eq!(data.date.as_deref(), Some("2026-06-01"));
    }

    #[test]
    fn an_arabic_legend_reads_from_the_right() {
        let content = bundled();
        let map = draw(&content, &MapData::of(&content.directory), "ar");
        let tree = fonts().parse(&map.svg).unwrap();
        let legend = tree.node_by_id("legend").unwrap().abs_bounding_box();
        // Each text row ends at the same right edge, the symbols to its right.
        let rows: Vec<&str> = map
            .svg
            .lines()
            .skip_while(|l| !l.contains("id=\"legend\""))
            .filter(|l| l.starts_with("<text"))
            .collect();
        assert!(rows.len() >= 6, "{rows:?}");
        assert!(rows.iter().all(|l| l.contains(RLI)), "{rows:?}");
        let symbol = map
            .svg
            .lines()
            .find(|l| l.contains("legend-verified"))
            .unwrap();
        let cx: f64 = symbol
            .split("cx=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .and_then(|s| s.parse().ok())
            .unwrap();
        assert!(
            cx > f64::from(legend.right()) - LEGEND_INSET - LEGEND_SYMBOL,
            "{cx}"
        );
    }

    #[test]
    fn names_that_fit_nowhere_become_numbers_listed_in_the_legend() {
        let content = bundled();
        // Six long names at one point of the small Creuse, and a neighbour at Limoges.
        let long = "Association départementale d'accompagnement et de réinsertion";
        let mut places: Vec<MapPlace> = (1..=6)
            .map(|i| MapPlace {
                name: format!("{long} {i}"),
                lon: 1.8717,
                lat: 46.1714,
                verified: false,
            })
            .collect();
        places.push(MapPlace {
            name: "ARSL".into(),
            lon: 1.2611,
            lat: 45.8336,
            verified: true,
        });
        let map = draw(&content, &MapData { places, date: None }, "fr");
        assert_eq!(map.footnotes.len(), 1, "{:?}", map.footnotes);
        assert!(map.footnotes[0].starts_with(long));
        assert!(
            map.labels
                .iter()
                .any(|l| l.kind == LabelKind::Number && l.block.lines[0].0 == "1")
        );
        assert!(
            map.svg
                .contains(&xml_escape(&say(&content, "fr", "map-numbered")))
        );
        for word in words(&map.footnotes[0]) {
            assert!(map.svg.contains(&xml_escape(&word)), "{word}");
        }
        assert_clean(&content, &map);
    }

    #[test]
    fn boxes_and_segments() {
        let r = Rect::sized(0.0, 0.0, 10.0, 10.0);
        assert!(segment_meets([-5.0, 5.0], [15.0, 5.0], &r));
        assert!(segment_meets([2.0, 2.0], [3.0, 3.0], &r));
        assert!(!segment_meets([-5.0, -1.0], [15.0, -1.0], &r));
        assert!(!segment_meets([11.0, 0.0], [20.0, 10.0], &r));
        let square = vec![
            [-1.0, -1.0],
            [20.0, -1.0],
            [20.0, 20.0],
            [-1.0, 20.0],
            [-1.0, -1.0],
        ];
        assert!(inside_rings(&r, std::slice::from_ref(&square)));
        assert!(!inside_rings(&r.grow(2.0), std::slice::from_ref(&square)));
        assert!(!clear_of_rings(&r, std::iter::once(&square)));
        assert_eq!(
            in_two("Saint-Vincent de Paul"),
            ["Saint-Vincent", "de Paul"]
        );
        assert_eq!(words("Date : 2026"), ["Date :", "2026"]);
        let names = ["Sauvegarde".to_owned(), "Saint-Vincent de Paul".to_owned()];
        assert_eq!(
            forms(&names),
            [
                vec!["Sauvegarde · Saint-Vincent de Paul"],
                vec!["Sauvegarde ·", "Saint-Vincent de Paul"],
                vec!["Sauvegarde ·", "Saint-Vincent", "de Paul"],
                vec!["Sauvegarde ·", "Saint-Vincent", "de", "Paul"],
            ]
        );
    }
}
