//! A choice board: one image with a node's choices as numbered pictograms, so that a person who
//! reads little can answer by typing or tapping a number.

use resvg::tiny_skia::{Color, Pixmap, PixmapPaint, Transform};
use resvg::usvg;

use super::catalogue::{Catalogue, Pictogram};
use super::render::{PictogramError, draw, draw_facing, new_pixmap};
use crate::engine::ChoiceItem;
use crate::locale::Direction;

/// Side of one cell of a board, in pixels.
pub const CELL: u32 = 256;
/// Side of the pictogram inside a cell.
pub const PICTOGRAM_SIDE: u32 = 208;
/// Where the pictogram starts inside a cell (both axes).
pub const PICTOGRAM_OFFSET: u32 = 32;
/// Side of the number badge, at the cell's top-left corner.
pub const BADGE_SIDE: u32 = 72;
/// The badge's colour: the pictograms' ink (pictograms/STYLE.md).
pub const BADGE_INK: [u8; 3] = [0x1d, 0x35, 0x57];

/// One cell: the number a person types, and the pictogram (if the choice has one).
#[derive(Debug, Clone, Copy)]
pub struct BoardCell<'a> {
    /// The choice's number, from 1.
    pub number: usize,
    /// Its pictogram.
    pub pictogram: Option<&'a Pictogram>,
}

/// The board for a row of choice buttons, or `None` when no choice has a pictogram (a board of
/// bare numbers would add nothing to the buttons).
pub fn cells_for<'a>(catalogue: &'a Catalogue, items: &[ChoiceItem]) -> Option<Vec<BoardCell<'a>>> {
    let cells: Vec<BoardCell<'a>> = items
        .iter()
        .map(|item| BoardCell {
            number: item.number,
            pictogram: item.pictogram.as_ref().and_then(|p| catalogue.get(&p.id)),
        })
        .collect();
    cells.iter().any(|c| c.pictogram.is_some()).then_some(cells)
}

/// Columns and rows for a number of cells: as square as possible, wider than tall.
pub fn board_grid(cells: usize) -> (u32, u32) {
    let cells = cells.max(1) as u32;
    let columns = (1..=cells).find(|c| c * c >= cells).unwrap_or(cells);
    (columns, cells.div_ceil(columns))
}

/// Composes a board on a white background, for a language written in `direction` (pictograms
/// that point a way are mirrored for right-to-left languages).
pub fn board(cells: &[BoardCell<'_>], direction: Direction) -> Result<Pixmap, PictogramError> {
    let (columns, rows) = board_grid(cells.len());
    let mut pixmap = new_pixmap(columns * CELL, rows * CELL)?;
    pixmap.fill(Color::WHITE);
    for (i, cell) in cells.iter().enumerate() {
        let i = i as u32;
        let (x, y) = ((i % columns) * CELL, (i / columns) * CELL);
        if let Some(pictogram) = cell.pictogram
            && let Some(tree) = pictogram.tree.as_deref()
        {
            draw_facing(
                tree,
                &mut pixmap,
                (
                    (x + PICTOGRAM_OFFSET) as f32,
                    (y + PICTOGRAM_OFFSET) as f32,
                    PICTOGRAM_SIDE as f32,
                ),
                pictogram.mirrored(direction),
            );
        }
        let badge = badge(cell.number)?;
        pixmap.draw_pixmap(
            (x + 8) as i32,
            (y + 8) as i32,
            badge.as_ref(),
            &PixmapPaint::default(),
            Transform::identity(),
            None,
        );
    }
    Ok(pixmap)
}

/// Digits drawn as strokes on a 4×8 grid, like a clock's: readable everywhere, no font needed.
const DIGITS: [&str; 10] = [
    "M0 0H4V8H0Z",
    "M2 0V8M0.8 1.2L2 0",
    "M0 0H4V4H0V8H4",
    "M0 0H4V8H0M0 4H4",
    "M0 0V4H4M4 0V8",
    "M4 0H0V4H4V8H0",
    "M4 0H0V8H4V4H0",
    "M0 0H4V8",
    "M0 0H4V8H0ZM0 4H4",
    "M4 4H0V0H4V8H0",
];

/// A round badge with a number (1 to 99; larger numbers show their last two digits).
fn badge(number: usize) -> Result<Pixmap, PictogramError> {
    let digits: Vec<usize> = (number % 100)
        .to_string()
        .chars()
        .filter_map(|c| c.to_digit(10).map(|d| d as usize))
        .collect();
    let scale = 3.2_f32;
    let glyph_width = 4.0 * scale;
    let gap = 2.0 * scale;
    let total = digits.len() as f32 * glyph_width + (digits.len().saturating_sub(1)) as f32 * gap;
    let side = BADGE_SIDE as f32;
    let left = (side - total) / 2.0;
    let top = (side - 8.0 * scale) / 2.0;
    let [r, g, b] = BADGE_INK;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" width=\"{side}\" height=\"{side}\">\
         <circle cx=\"{c}\" cy=\"{c}\" r=\"{r_}\" fill=\"#{r:02x}{g:02x}{b:02x}\" stroke=\"#ffffff\" stroke-width=\"4\"/>",
        c = side / 2.0,
        r_ = side / 2.0 - 2.0,
    );
    for (i, digit) in digits.iter().enumerate() {
        let x = left + i as f32 * (glyph_width + gap);
        svg.push_str(&format!(
            "<path transform=\"translate({x} {top}) scale({scale})\" d=\"{}\" fill=\"none\" stroke=\"#ffffff\" \
             stroke-width=\"{}\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>",
            DIGITS[*digit],
            5.0 / scale
        ));
    }
    svg.push_str("</svg>");
    let tree = usvg::Tree::from_str(&svg, &usvg::Options::default())
        .map_err(|e| PictogramError::Internal(e.to_string()))?;
    let mut pixmap = new_pixmap(BADGE_SIDE, BADGE_SIDE)?;
    draw(&tree, &mut pixmap, 0.0, 0.0, side);
    Ok(pixmap)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grids_are_as_square_as_possible() {
        assert_eq!(board_grid(1), (1, 1));
        assert_eq!(board_grid(2), (2, 1));
        assert_eq!(board_grid(3), (2, 2));
        assert_eq!(board_grid(4), (2, 2));
        assert_eq!(board_grid(5), (3, 2));
        assert_eq!(board_grid(6), (3, 2));
        assert_eq!(board_grid(7), (3, 3));
        assert_eq!(board_grid(10), (4, 3));
    }

    #[test]
    fn badges_differ_by_number() {
        let one = badge(1).unwrap();
        let seven = badge(7).unwrap();
        let twelve = badge(12).unwrap();
        assert_ne!(one.data(), seven.data());
        assert_ne!(one.data(), twelve.data());
        // The centre of "1" is white (the stroke), of "7" it is the ink.
        let centre = (BADGE_SIDE / 2, BADGE_SIDE / 2);
        let white = |p: Option<resvg::tiny_skia::PremultipliedColorU8>| {
            p.is_some_and(|p| p.red() > 200 && p.green() > 200)
        };
        assert!(white(one.pixel(centre.0, centre.1)));
        assert!(!white(seven.pixel(centre.0, centre.1)));
    }
}
