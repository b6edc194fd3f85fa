//! The contact sheet: every pictogram with its id, for an operator or designer to review weight,
//! legibility and likeness at a glance.

use resvg::tiny_skia::{Color, Pixmap, PixmapPaint, Transform};

use super::catalogue::Catalogue;
use crate::text::xml_escape;

use super::render::{PictogramError, draw, new_pixmap, render_with_fonts};

const COLUMNS: u32 = 6;
const CELL_WIDTH: u32 = 176;
const CELL_HEIGHT: u32 = 200;
const PICTOGRAM: u32 = 128;
/// A second, small rendering shows how each pictogram reads at the smallest size in use.
const SMALL: u32 = 32;

/// Renders every pictogram at 128 px and 32 px, with its id below, on a white page.
pub fn contact_sheet(catalogue: &Catalogue) -> Result<Pixmap, PictogramError> {
    let count = catalogue.pictograms.len().max(1) as u32;
    let rows = count.div_ceil(COLUMNS);
    let (width, height) = (COLUMNS * CELL_WIDTH, rows * CELL_HEIGHT);
    let mut pixmap = new_pixmap(width, height)?;
    pixmap.fill(Color::WHITE);

    let mut labels = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\">"
    );
    for (i, pictogram) in catalogue.pictograms.values().enumerate() {
        let i = i as u32;
        let (x, y) = ((i % COLUMNS) * CELL_WIDTH, (i / COLUMNS) * CELL_HEIGHT);
        if let Some(tree) = pictogram.tree.as_deref() {
            draw(
                tree,
                &mut pixmap,
                (x + 8) as f32,
                (y + 12) as f32,
                PICTOGRAM as f32,
            );
            draw(
                tree,
                &mut pixmap,
                (x + 8 + PICTOGRAM + 4) as f32,
                (y + 12) as f32,
                SMALL as f32,
            );
        }
        let colour = if pictogram.tree.is_some() {
            "#1d3557"
        } else {
            "#e63946"
        };
        labels.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-family=\"DejaVu Sans, Liberation Sans, sans-serif\" font-size=\"18\" \
             text-anchor=\"middle\" fill=\"{colour}\">{}</text>",
            x + CELL_WIDTH / 2,
            y + CELL_HEIGHT - 30,
            xml_escape(&pictogram.id)
        ));
    }
    labels.push_str("</svg>");

    let labels = render_with_fonts(&labels)?;
    pixmap.draw_pixmap(
        0,
        0,
        labels.as_ref(),
        &PixmapPaint::default(),
        Transform::identity(),
        None,
    );
    Ok(pixmap)
}
