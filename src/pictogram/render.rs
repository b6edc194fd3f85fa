//! SVG to PNG with resvg, at the sizes channels need, cached in the data directory.

use std::io::Write;
use std::path::{Path, PathBuf};

use resvg::tiny_skia::{self, Pixmap};
use resvg::usvg;
use sha2::{Digest, Sha256};
use thiserror::Error;

use super::board::{BoardCell, board};
use super::catalogue::Pictogram;
use crate::locale::Direction;

/// The sizes channels ask for (pixels, square): previews, inline images, photos, boards.
pub const SIZES: [u32; 4] = [64, 128, 256, 512];
/// The largest image rendered, whatever is asked.
const MAX_SIDE: u32 = 4096;

/// Why a pictogram or board could not be made.
#[derive(Debug, Error)]
pub enum PictogramError {
    /// No such pictogram, or its file did not parse (`check` reports why).
    #[error("pictogram `{0}` is missing or not valid SVG (run `passerelle check`)")]
    Unavailable(String),
    /// The requested size is out of range.
    #[error("cannot render at {0}×{1} pixels (1 to {MAX_SIDE})")]
    Size(u32, u32),
    /// PNG encoding failed.
    #[error("PNG encoding: {0}")]
    Encode(String),
    /// The cache could not be written.
    #[error("pictogram cache {path}: {source}")]
    Cache {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// Fonts are needed to write labels and none was found.
    #[error(
        "no font found to write labels: install a font package (for example fonts-dejavu-core)"
    )]
    NoFont,
    /// An SVG the program itself composed did not parse (a bug).
    #[error("internal drawing: {0}")]
    Internal(String),
}

/// Parses a pictogram file; the reason is phrased for an operator.
pub fn parse_svg(bytes: &[u8]) -> Result<usvg::Tree, String> {
    let text =
        std::str::from_utf8(bytes).map_err(|_| "not UTF-8 text: an SVG file is text".to_owned())?;
    if !text.contains("<svg") {
        return Err("no <svg> element: not an SVG file".into());
    }
    if text.contains("<text") {
        return Err(
            "contains a <text> element: pictograms carry no words (the alt text does)".into(),
        );
    }
    let tree = usvg::Tree::from_str(text, &usvg::Options::default())
        .map_err(|e| format!("not valid SVG: {e}"))?;
    let size = tree.size();
    if (size.width() - size.height()).abs() > f32::EPSILON * size.width().max(1.0) {
        return Err(format!(
            "not square ({}×{}): pictograms use viewBox=\"0 0 64 64\" (pictograms/STYLE.md)",
            size.width(),
            size.height()
        ));
    }
    Ok(tree)
}

/// Renders a drawing into a `side`×`side` image, scaled to fit and centred.
pub fn rasterise(tree: &usvg::Tree, side: u32) -> Result<Pixmap, PictogramError> {
    let mut pixmap = new_pixmap(side, side)?;
    draw(tree, &mut pixmap, 0.0, 0.0, side as f32);
    Ok(pixmap)
}

/// Renders a pictogram for a language written in `direction`: `side`×`side`, mirrored when it
/// points a way that follows the reading direction (`mirror_rtl`).
pub fn render(
    pictogram: &Pictogram,
    side: u32,
    direction: Direction,
) -> Result<Pixmap, PictogramError> {
    let tree = pictogram
        .tree
        .as_ref()
        .ok_or_else(|| PictogramError::Unavailable(pictogram.id.clone()))?;
    let mut pixmap = new_pixmap(side, side)?;
    draw_facing(
        tree,
        &mut pixmap,
        (0.0, 0.0, side as f32),
        pictogram.mirrored(direction),
    );
    Ok(pixmap)
}

/// A transparent image, or a size error.
pub(crate) fn new_pixmap(width: u32, height: u32) -> Result<Pixmap, PictogramError> {
    if width == 0 || height == 0 || width > MAX_SIDE || height > MAX_SIDE {
        return Err(PictogramError::Size(width, height));
    }
    Pixmap::new(width, height).ok_or(PictogramError::Size(width, height))
}

/// Draws a tree into a square area of an image.
pub(crate) fn draw(tree: &usvg::Tree, pixmap: &mut Pixmap, x: f32, y: f32, side: f32) {
    draw_facing(tree, pixmap, (x, y, side), false);
}

/// Draws a tree into a square area (`x`, `y`, `side`) of an image, mirrored left to right if
/// asked.
pub(crate) fn draw_facing(
    tree: &usvg::Tree,
    pixmap: &mut Pixmap,
    (x, y, side): (f32, f32, f32),
    mirror: bool,
) {
    let size = tree.size();
    let scale = side / size.width().max(size.height());
    let dx = x + (side - size.width() * scale) / 2.0;
    let dy = y + (side - size.height() * scale) / 2.0;
    let transform = if mirror {
        // x' = dx + (width - x) * scale: the same area, drawn from its right edge.
        tiny_skia::Transform::from_row(-scale, 0.0, 0.0, scale, dx + size.width() * scale, dy)
    } else {
        tiny_skia::Transform::from_row(scale, 0.0, 0.0, scale, dx, dy)
    };
    resvg::render(tree, transform, &mut pixmap.as_mut());
}

/// Renders an SVG document that holds text (labels, maps), with the system's fonts, at its own
/// size.
pub fn render_with_fonts(svg: &str) -> Result<Pixmap, PictogramError> {
    let mut fonts = usvg::fontdb::Database::new();
    fonts.load_system_fonts();
    if fonts.is_empty() {
        return Err(PictogramError::NoFont);
    }
    let options = usvg::Options {
        fontdb: std::sync::Arc::new(fonts),
        ..usvg::Options::default()
    };
    let tree =
        usvg::Tree::from_str(svg, &options).map_err(|e| PictogramError::Internal(e.to_string()))?;
    let size = tree.size().to_int_size();
    let mut pixmap = new_pixmap(size.width(), size.height())?;
    resvg::render(
        &tree,
        tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    Ok(pixmap)
}

/// Whether an image has no visible pixel.
pub fn is_blank(pixmap: &Pixmap) -> bool {
    pixmap.pixels().iter().all(|p| p.alpha() == 0)
}

/// PNG bytes of an image.
pub fn encode_png(pixmap: &Pixmap) -> Result<Vec<u8>, PictogramError> {
    pixmap
        .encode_png()
        .map_err(|e| PictogramError::Encode(e.to_string()))
}

/// Rendered pictograms and boards, kept in `<data-dir>/cache/pictograms` and named by a hash of
/// what they show, so that an edited SVG is rendered again.
#[derive(Debug, Clone)]
pub struct PictogramCache {
    dir: PathBuf,
}

impl PictogramCache {
    /// The cache of a data directory.
    pub fn new(data_dir: &Path) -> Self {
        Self {
            dir: data_dir.join("cache").join("pictograms"),
        }
    }

    /// A pictogram as PNG, `side` pixels square, for a language written in `direction`.
    pub fn png(
        &self,
        pictogram: &Pictogram,
        side: u32,
        direction: Direction,
    ) -> Result<Vec<u8>, PictogramError> {
        if pictogram.tree.is_none() {
            return Err(PictogramError::Unavailable(pictogram.id.clone()));
        }
        let facing = if pictogram.mirrored(direction) {
            "-mirrored"
        } else {
            ""
        };
        let name = format!("{}-{side}-{}{facing}.png", pictogram.id, pictogram.digest);
        self.cached(&name, || encode_png(&render(pictogram, side, direction)?))
    }

    /// A choice board as PNG, for a language written in `direction`.
    pub fn board_png(
        &self,
        cells: &[BoardCell<'_>],
        direction: Direction,
    ) -> Result<Vec<u8>, PictogramError> {
        let mut hasher = Sha256::new();
        for cell in cells {
            hasher.update(cell.number.to_string());
            hasher.update(b":");
            if let Some(p) = cell.pictogram {
                hasher.update(&p.id);
                hasher.update(&p.digest);
                if p.mirrored(direction) {
                    hasher.update(b"~mirrored");
                }
            }
            hasher.update(b";");
        }
        let key: String = hasher.finalize()[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        self.cached(&format!("board-{key}.png"), || {
            encode_png(&board(cells, direction)?)
        })
    }

    fn cached(
        &self,
        name: &str,
        make: impl FnOnce() -> Result<Vec<u8>, PictogramError>,
    ) -> Result<Vec<u8>, PictogramError> {
        let path = self.dir.join(name);
        if let Ok(bytes) = std::fs::read(&path) {
            return Ok(bytes);
        }
        let bytes = make()?;
        let io = |source| PictogramError::Cache {
            path: path.clone(),
            source,
        };
        std::fs::create_dir_all(&self.dir).map_err(io)?;
        // Write aside, then rename: a reader never sees half a file.
        let partial = self
            .dir
            .join(format!(".{name}.{}.partial", std::process::id()));
        let mut file = std::fs::File::create(&partial).map_err(io)?;
        file.write_all(&bytes).map_err(io)?;
        drop(file);
        std::fs::rename(&partial, &path).map_err(io)?;
        Ok(bytes)
    }
}
