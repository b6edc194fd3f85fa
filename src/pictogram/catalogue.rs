//! The pictogram catalogue: ids the flows use, their SVG files (parsed once) and their alt-text
//! message ids.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use resvg::usvg;
use sha2::{Digest, Sha256};

use serde::Deserialize;
use toml::Spanned;

use super::render::parse_svg;
use crate::content::{ContentFiles, parse_toml};
use crate::diagnostic::{Diagnostic, Location};
use crate::locale::Direction;

const CATALOGUE: &str = "pictograms/catalogue.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    file: String,
    alt: String,
    #[serde(default)]
    mirror_rtl: bool,
}

/// One pictogram.
#[derive(Clone)]
pub struct Pictogram {
    /// Its id.
    pub id: String,
    /// The SVG file, relative to the content root.
    pub file: PathBuf,
    /// The Fluent id of its alt text (also its caption and screen-reader text).
    pub alt: String,
    /// Whether it points a way that follows the reading direction (an arrow back to where a
    /// line starts): drawn mirrored for languages written right to left.
    pub mirror_rtl: bool,
    /// Where it is declared.
    pub location: Location,
    /// The parsed drawing; `None` when the file is missing or not valid SVG (reported).
    pub tree: Option<Arc<usvg::Tree>>,
    /// A short hash of the SVG bytes, so that cached renderings follow edits.
    pub digest: String,
}

impl fmt::Debug for Pictogram {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pictogram")
            .field("id", &self.id)
            .field("file", &self.file)
            .field("alt", &self.alt)
            .field("mirror_rtl", &self.mirror_rtl)
            .field("parsed", &self.tree.is_some())
            .finish()
    }
}

impl Pictogram {
    /// Whether it is drawn mirrored for a language written in `direction`.
    pub fn mirrored(&self, direction: Direction) -> bool {
        self.mirror_rtl && direction == Direction::Rtl
    }
}

/// Every pictogram, by id.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    /// Pictograms by id.
    pub pictograms: BTreeMap<String, Pictogram>,
}

impl Catalogue {
    /// A pictogram by id.
    pub fn get(&self, id: &str) -> Option<&Pictogram> {
        self.pictograms.get(id)
    }
}

/// Loads `pictograms/catalogue.toml` and checks that every file is there and looks like SVG.
pub fn load_catalogue(content: &ContentFiles) -> (Catalogue, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut catalogue = Catalogue::default();
    let path = PathBuf::from(CATALOGUE);
    let Some(file) = content.get(&path) else {
        diagnostics.push(Diagnostic::error(
            Location::file(&path),
            "missing: the pictogram catalogue",
        ));
        return (catalogue, diagnostics);
    };
    let raw = match parse_toml::<BTreeMap<Spanned<String>, toml::Value>>(file) {
        Ok(raw) => raw,
        Err(d) => {
            diagnostics.push(d);
            return (catalogue, diagnostics);
        }
    };
    let text = file.text().unwrap_or_default();
    for (id, value) in raw {
        // Each entry is read on its own, so that one bad entry does not hide the others.
        let at = Location::at_offset(&path, text, id.span().start);
        let valid_id = !id.get_ref().is_empty()
            && id
                .get_ref()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if !valid_id {
            diagnostics.push(Diagnostic::error(
                at,
                format!(
                    "pictogram id `{}`: use lowercase letters, digits, `-` and `_`",
                    id.get_ref()
                ),
            ));
            continue;
        }
        let entry = match RawEntry::deserialize(value) {
            Ok(entry) => entry,
            Err(error) => {
                diagnostics.push(Diagnostic::error(
                    at,
                    format!("pictogram `{}`: {}", id.get_ref(), error.message().trim()),
                ));
                continue;
            }
        };
        let svg_path = PathBuf::from("pictograms").join(&entry.file);
        let (tree, digest) = match content.get(&svg_path) {
            None => {
                diagnostics.push(Diagnostic::error(
                    at.clone(),
                    format!(
                        "pictogram `{}`: file {} not found",
                        id.get_ref(),
                        svg_path.display()
                    ),
                ));
                (None, String::new())
            }
            Some(svg) => {
                let digest = Sha256::digest(&svg.bytes)[..8]
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect();
                match parse_svg(&svg.bytes) {
                    Ok(tree) => (Some(Arc::new(tree)), digest),
                    Err(why) => {
                        diagnostics.push(Diagnostic::error(
                            Location::file(&svg_path),
                            format!("pictogram `{}`: {why}", id.get_ref()),
                        ));
                        (None, digest)
                    }
                }
            }
        };
        catalogue.pictograms.insert(
            id.get_ref().clone(),
            Pictogram {
                id: id.get_ref().clone(),
                file: svg_path,
                alt: entry.alt,
                mirror_rtl: entry.mirror_rtl,
                location: at,
                tree,
                digest,
            },
        );
    }
    (catalogue, diagnostics)
}
