//! Where content comes from: the files bundled into the binary, or a directory an operator edits.
//! Everything above this module works on in-memory files, so loading and checking are pure.

use std::fs;
use std::path::{Path, PathBuf};

use thiserror::Error;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// The content directories, relative to a content root.
pub const CONTENT_DIRS: [&str; 4] = ["flows", "locales", "directory", "pictograms"];

/// One content file, read into memory.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the content root, with `/` separators (`flows/welcome.toml`).
    pub path: PathBuf,
    /// The raw bytes (SVG files are bytes, the rest UTF-8 text).
    pub bytes: Vec<u8>,
}

impl SourceFile {
    /// The file as text, or the reason it is not UTF-8.
    pub fn text(&self) -> Result<&str, String> {
        std::str::from_utf8(&self.bytes).map_err(|e| {
            format!(
                "not valid UTF-8 (byte {}): save the file as UTF-8",
                e.valid_up_to()
            )
        })
    }
}

/// All content files of a root, sorted by path.
#[derive(Debug, Clone, Default)]
pub struct ContentFiles {
    /// Shown in messages: the directory, or "(bundled)".
    pub origin: String,
    /// The files.
    pub files: Vec<SourceFile>,
}

/// Why the content could not be read at all.
#[derive(Debug, Error)]
pub enum ContentError {
    /// The root is missing or is not a directory.
    #[error("content root {0}: not a directory (pass the folder that holds flows/ and locales/)")]
    NotADirectory(PathBuf),
    /// A file or directory could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The path.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
}

impl ContentFiles {
    /// The content bundled into this binary at build time.
    pub fn embedded() -> Self {
        let files = embedded::FILES
            .iter()
            .map(|(path, bytes)| SourceFile {
                path: PathBuf::from(path),
                bytes: bytes.to_vec(),
            })
            .collect();
        Self {
            origin: "(bundled)".to_owned(),
            files,
        }
    }

    /// The content under a directory an operator edits.
    pub fn from_dir(root: &Path) -> Result<Self, ContentError> {
        if !root.is_dir() {
            return Err(ContentError::NotADirectory(root.to_path_buf()));
        }
        let mut files = Vec::new();
        for dir in CONTENT_DIRS {
            let path = root.join(dir);
            if path.is_dir() {
                read_tree(root, &path, &mut files)?;
            }
        }
        files.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(Self {
            origin: root.display().to_string(),
            files,
        })
    }

    /// Content held in memory, from (relative path, text) pairs: for tests and tools that build
    /// content without a disk.
    pub fn from_pairs(origin: &str, pairs: &[(&str, &str)]) -> Self {
        let files = pairs
            .iter()
            .map(|(path, text)| SourceFile {
                path: PathBuf::from(path),
                bytes: text.as_bytes().to_vec(),
            })
            .collect();
        Self {
            origin: origin.to_owned(),
            files,
        }
    }

    /// Files under a directory (`flows`) with an extension (`toml`), sorted by path.
    pub fn under<'a>(
        &'a self,
        dir: &'a str,
        extension: &'a str,
    ) -> impl Iterator<Item = &'a SourceFile> + 'a {
        self.files.iter().filter(move |f| {
            f.path.starts_with(dir)
                && f.path.extension().and_then(|e| e.to_str()) == Some(extension)
        })
    }

    /// One file by its relative path.
    pub fn get(&self, path: &Path) -> Option<&SourceFile> {
        self.files.iter().find(|f| f.path == path)
    }
}

fn read_tree(root: &Path, dir: &Path, files: &mut Vec<SourceFile>) -> Result<(), ContentError> {
    let entries = fs::read_dir(dir).map_err(|source| ContentError::Read {
        path: dir.to_path_buf(),
        source,
    })?;
    for entry in entries {
        let entry = entry.map_err(|source| ContentError::Read {
            path: dir.to_path_buf(),
            source,
        })?;
        let path = entry.path();
        if path.is_dir() {
            read_tree(root, &path, files)?;
            continue;
        }
        if !matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("toml" | "ftl" | "svg")
        ) {
            continue;
        }
        let bytes = fs::read(&path).map_err(|source| ContentError::Read {
            path: path.clone(),
            source,
        })?;
        let relative = path.strip_prefix(root).unwrap_or(&path);
        let relative: PathBuf = relative.components().collect();
        files.push(SourceFile {
            path: relative,
            bytes,
        });
    }
    Ok(())
}

/// Parses a TOML content file, or says where and why it is malformed.
pub fn parse_toml<T: serde::de::DeserializeOwned>(
    file: &SourceFile,
) -> Result<T, crate::diagnostic::Diagnostic> {
    use crate::diagnostic::{Diagnostic, Location};
    let text = file
        .text()
        .map_err(|why| Diagnostic::error(Location::file(&file.path), why))?;
    toml::from_str(text).map_err(|error| {
        let location = match error.span() {
            Some(span) => Location::at_offset(&file.path, text, span.start),
            None => Location::file(&file.path),
        };
        let message = error.message().trim().replace('\n', " ");
        Diagnostic::error(location, message)
    })
}

/// Everything the engine speaks from, loaded and resolved.
pub struct Content {
    /// The conversation graph.
    pub flows: crate::flow::FlowSet,
    /// Sentences, intents and wording rules per language.
    pub locales: crate::locale::Locales,
    /// Associations and places.
    pub directory: crate::directory::Directory,
    /// Pictograms.
    pub pictograms: crate::pictogram::Catalogue,
}

impl Content {
    /// Loads every kind of content; what is malformed is reported and left out.
    pub fn load(files: &ContentFiles) -> (Self, Vec<crate::diagnostic::Diagnostic>) {
        let (flows, mut diagnostics) = crate::flow::load_flows(files);
        let (locales, more) = crate::locale::load_locales(files);
        diagnostics.extend(more);
        let (directory, more) = crate::directory::load_directory(files);
        diagnostics.extend(more);
        let (pictograms, more) = crate::pictogram::load_catalogue(files);
        diagnostics.extend(more);
        (
            Self {
                flows,
                locales,
                directory,
                pictograms,
            },
            diagnostics,
        )
    }
}
