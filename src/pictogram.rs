//! The pictogram catalogue: ids the flows use, their SVG files and their alt-text message ids.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;
use toml::Spanned;

use crate::content::{ContentFiles, parse_toml};
use crate::diagnostic::{Diagnostic, Location};

const CATALOGUE: &str = "pictograms/catalogue.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    file: String,
    alt: String,
}

/// One pictogram.
#[derive(Debug, Clone, PartialEq)]
pub struct Pictogram {
    /// Its id.
    pub id: String,
    /// The SVG file, relative to the content root.
    pub file: PathBuf,
    /// The Fluent id of its alt text (also its caption and screen-reader text).
    pub alt: String,
    /// Where it is declared.
    pub location: Location,
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
        match content.get(&svg_path) {
            None => diagnostics.push(Diagnostic::error(
                at.clone(),
                format!(
                    "pictogram `{}`: file {} not found",
                    id.get_ref(),
                    svg_path.display()
                ),
            )),
            Some(svg) => {
                if let Err(why) = looks_like_svg(&svg.bytes) {
                    diagnostics.push(Diagnostic::error(
                        Location::file(&svg_path),
                        format!("pictogram `{}`: {why}", id.get_ref()),
                    ));
                }
            }
        }
        catalogue.pictograms.insert(
            id.get_ref().clone(),
            Pictogram {
                id: id.get_ref().clone(),
                file: svg_path,
                alt: entry.alt,
                location: at,
            },
        );
    }
    (catalogue, diagnostics)
}

fn looks_like_svg(bytes: &[u8]) -> Result<(), String> {
    let text =
        std::str::from_utf8(bytes).map_err(|_| "not UTF-8 text: an SVG file is text".to_owned())?;
    let open = text
        .find("<svg")
        .ok_or("no <svg> element: not an SVG file")?;
    if !text[open..].contains("viewBox") {
        return Err("the <svg> element has no viewBox: it cannot be scaled".into());
    }
    if !text.trim_end().ends_with("</svg>") {
        return Err("does not end with </svg>: the file is cut or malformed".into());
    }
    Ok(())
}
