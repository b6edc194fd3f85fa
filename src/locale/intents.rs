//! Free-text patterns per intent, in one language (`locales/<lang>/intents.toml`).

use std::collections::BTreeMap;
use std::path::Path;

use regex::{Regex, RegexBuilder};
use toml::Spanned;

use crate::content::{ContentFiles, parse_toml};
use crate::diagnostic::{Diagnostic, Location};
use crate::text::fold_pattern;

/// Intent id -> compiled patterns, matched against folded text (lower case, no accents).
#[derive(Debug, Clone, Default)]
pub struct IntentPatterns {
    patterns: BTreeMap<String, Vec<Regex>>,
    locations: BTreeMap<String, Location>,
}

impl IntentPatterns {
    /// Loads a language's intents file; a missing file is an empty set (the checker warns).
    pub fn load(content: &ContentFiles, path: &Path, diagnostics: &mut Vec<Diagnostic>) -> Self {
        let mut out = Self::default();
        let Some(file) = content.get(path) else {
            return out;
        };
        let Ok(raw) = parse_toml::<BTreeMap<Spanned<String>, Vec<Spanned<String>>>>(file)
            .map_err(|d| diagnostics.push(d))
        else {
            return out;
        };
        let text = file.text().unwrap_or_default();
        for (intent, patterns) in raw {
            let mut compiled = Vec::new();
            for pattern in patterns {
                match RegexBuilder::new(&fold_pattern(pattern.get_ref()))
                    .case_insensitive(true)
                    .size_limit(1 << 20)
                    .build()
                {
                    Ok(regex) => compiled.push(regex),
                    Err(error) => diagnostics.push(Diagnostic::error(
                        Location::at_offset(path, text, pattern.span().start),
                        format!(
                            "intent `{}`: invalid regex: {}",
                            intent.get_ref(),
                            regex_error_summary(&error.to_string())
                        ),
                    )),
                }
            }
            out.locations.insert(
                intent.get_ref().clone(),
                Location::at_offset(path, text, intent.span().start),
            );
            out.patterns.insert(intent.into_inner(), compiled);
        }
        out
    }

    /// Whether a folded line matches an intent.
    pub fn matches(&self, intent: &str, folded: &str) -> bool {
        self.patterns
            .get(intent)
            .is_some_and(|ps| ps.iter().any(|p| p.is_match(folded)))
    }

    /// The intent ids this language defines, with where.
    pub fn defined(&self) -> impl Iterator<Item = (&str, &Location)> {
        self.locations.iter().map(|(id, at)| (id.as_str(), at))
    }
}

/// The last non-empty line of a regex error: the line that says what is wrong.
pub(crate) fn regex_error_summary(text: &str) -> String {
    text.lines()
        .rfind(|l| !l.trim().is_empty())
        .unwrap_or(text)
        .trim()
        .to_owned()
}
