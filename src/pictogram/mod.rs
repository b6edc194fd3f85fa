//! Pictograms: the catalogue the flows name, rendering to PNG at the sizes channels need (with a
//! cache), choice boards (a node's choices as numbered pictograms in one image) and the contact
//! sheet operators review.

mod board;
mod catalogue;
mod render;
mod sheet;

pub use board::{BoardCell, board, board_grid, cells_for};
pub use catalogue::{Catalogue, Pictogram, load_catalogue};
pub use render::{
    PictogramCache, PictogramError, SIZES, encode_png, is_blank, parse_svg, rasterise, render,
    render_with_fonts,
};
pub use sheet::contact_sheet;

#[cfg(test)]
mod tests;
