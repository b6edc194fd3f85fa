//! Every sentence the bot says, per language, with Project Fluent; the language menu, negotiation
//! and fallback chains; free-text intents and wording rules per language.

mod intents;
mod wording;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::Deserialize;
use toml::Spanned;
use unic_langid::LanguageIdentifier;

pub use intents::IntentPatterns;
pub use wording::{MessageText, WordingRule, WordingRules, message_texts, wording_hits};

use crate::content::{ContentFiles, parse_toml};
use crate::diagnostic::{Diagnostic, Location};

/// The language every other one is translated from, and the last step of every fallback chain.
pub const SOURCE_LANGUAGE: &str = "fr";

/// Variables every message receives, with their value when the caller gives none
/// (flows/README.md, "Variables every text receives"): what the person's channel keeps
/// (`channel`), the youth register (`register`), a minor's contacts (`minor`).
pub const TEXT_VARIABLES: &[(&str, &str)] =
    &[("channel", "other"), ("register", "adult"), ("minor", "no")];

/// Writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic).
    Rtl,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    name: String,
    direction: Direction,
    reviewed: bool,
    #[serde(default)]
    fallback: Vec<Spanned<String>>,
    #[serde(default)]
    review: Vec<RawReview>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReview {
    by: String,
    on: Spanned<String>,
    how: Spanned<String>,
}

/// How a language's texts were re-read against the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewKind {
    /// A native speaker read every text for meaning and tone.
    Native,
    /// Each text was translated back to French or English and compared with the source: it
    /// catches meaning lost or changed, not what sounds wrong to a native reader.
    BackTranslation,
}

/// One review of a language, recorded in its `meta.toml` (`[[review]]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    /// Who or what reviewed it.
    pub by: String,
    /// When (an ISO date).
    pub on: String,
    /// How.
    pub kind: ReviewKind,
}

/// What an operator and the language menu need to know about a language.
#[derive(Debug, Clone)]
pub struct LocaleMeta {
    /// The folder name, a BCP 47 tag (`pt-BR`).
    pub tag: String,
    /// The parsed tag.
    pub langid: LanguageIdentifier,
    /// The language named in its own script.
    pub name: String,
    /// Writing direction.
    pub direction: Direction,
    /// Whether a native speaker reviewed it.
    pub reviewed: bool,
    /// Where missing messages are looked for, before the source language.
    pub fallback: Vec<String>,
    /// The reviews recorded, oldest first.
    pub reviews: Vec<Review>,
}

/// One parsed `.ftl` file of a language.
pub struct FtlFile {
    /// Its path relative to the content root.
    pub path: PathBuf,
    /// The parsed resource (shared with the bundle).
    pub resource: Arc<FluentResource>,
}

/// One language: its metadata, sentences, intents and wording rules.
pub struct Locale {
    /// Metadata.
    pub meta: LocaleMeta,
    /// The Fluent bundle (thread-safe).
    pub bundle: FluentBundle<Arc<FluentResource>>,
    /// Its FTL files, for the checker.
    pub files: Vec<FtlFile>,
    /// Free-text patterns per intent.
    pub intents: IntentPatterns,
    /// Wording rules.
    pub wording: WordingRules,
}

impl Locale {
    /// Whether this language defines a message itself (without fallback).
    pub fn has_message(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }
}

/// All languages, the source language first, then by tag.
#[derive(Default)]
pub struct Locales {
    locales: Vec<Locale>,
}

impl Locales {
    /// Every language, in menu order.
    pub fn all(&self) -> &[Locale] {
        &self.locales
    }

    /// A language by tag.
    pub fn get(&self, tag: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.meta.tag == tag)
    }

    /// The languages a message is looked for in, for a language: itself, its fallbacks, the
    /// source language.
    pub fn chain(&self, tag: &str) -> Vec<&Locale> {
        let mut chain: Vec<&Locale> = Vec::new();
        for locale in self.candidates(tag) {
            if !chain.iter().any(|l| l.meta.tag == locale.meta.tag) {
                chain.push(locale);
            }
        }
        chain
    }

    /// The chain's languages in order, possibly repeated (no allocation: used per message).
    fn candidates<'a>(&'a self, tag: &str) -> impl Iterator<Item = &'a Locale> + 'a {
        let own = self.get(tag);
        let fallbacks = own.map(|l| l.meta.fallback.as_slice()).unwrap_or_default();
        std::iter::once(own)
            .chain(fallbacks.iter().map(|f| self.get(f)))
            .chain(std::iter::once(self.get(SOURCE_LANGUAGE)))
            .flatten()
    }

    /// Every language's tag, comma-separated: for messages that list what may be written.
    pub fn tag_list(&self) -> String {
        self.locales
            .iter()
            .map(|l| l.meta.tag.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The language that will give a message, for a language, if any does.
    pub fn provider(&self, tag: &str, id: &str) -> Option<&Locale> {
        self.candidates(tag).find(|l| l.has_message(id))
    }

    /// Formats a message for display (bidi isolation marks kept), following the fallback chain.
    /// `None` when no language of the chain has it.
    /// Every message receives the [`TEXT_VARIABLES`], with their default when `args` has none.
    pub fn format(&self, tag: &str, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let locale = self.provider(tag, id)?;
        let message = locale.bundle.get_message(id)?;
        let pattern = message.value()?;
        let mut all = FluentArgs::new();
        for (name, default) in TEXT_VARIABLES {
            all.set(*name, *default);
        }
        for (name, value) in args.into_iter().flat_map(FluentArgs::iter) {
            all.set(name.to_owned(), value.clone());
        }
        let mut errors = Vec::new();
        let text = locale
            .bundle
            .format_pattern(pattern, Some(&all), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(lang = %locale.meta.tag, message = id, "message formatted with errors: {errors:?}");
        }
        Some(text.into_owned())
    }

    /// The nearest available language for a platform's language hint (`pt-br`, `en-GB`).
    pub fn negotiate(&self, hint: &str) -> Option<&str> {
        let requested: LanguageIdentifier = hint.replace('_', "-").parse().ok()?;
        let available: Vec<&LanguageIdentifier> =
            self.locales.iter().map(|l| &l.meta.langid).collect();
        let chosen = fluent_langneg::negotiate_languages(
            &[requested],
            &available,
            None,
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        let chosen = chosen.first()?;
        self.locales
            .iter()
            .find(|l| &&l.meta.langid == *chosen)
            .map(|l| l.meta.tag.as_str())
    }

    /// Finds a language by what a person may type or a link may carry: its tag (`en`,
    /// `pt-br`), its native name, or a nearby tag (`en-GB` -> `en`).
    pub fn by_name_or_tag(&self, typed: &str) -> Option<&str> {
        let folded = crate::text::fold(typed);
        self.locales
            .iter()
            .find(|l| {
                crate::text::fold(&l.meta.tag) == folded
                    || crate::text::fold(&l.meta.name) == folded
            })
            .map(|l| l.meta.tag.as_str())
            .or_else(|| self.negotiate(typed.trim()))
    }
}

/// Builds Fluent arguments from name/value pairs.
pub fn fluent_args<'a>(
    pairs: impl IntoIterator<Item = (String, FluentValue<'a>)>,
) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (name, value) in pairs {
        args.set(name, value);
    }
    args
}

/// Loads every `locales/<lang>/` folder; problems are reported and the rest still loads.
pub fn load_locales(content: &ContentFiles) -> (Locales, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut tags: Vec<String> = content
        .files
        .iter()
        .filter_map(|f| {
            let mut parts = f.path.components();
            (parts.next()?.as_os_str() == "locales" && f.path.components().count() == 3)
                .then(|| {
                    parts
                        .next()
                        .map(|c| c.as_os_str().to_string_lossy().into_owned())
                })
                .flatten()
        })
        .collect();
    tags.sort_by_key(|t| (t != SOURCE_LANGUAGE, t.clone()));
    tags.dedup();

    let mut locales = Vec::new();
    for tag in tags {
        if let Some(locale) = load_locale(content, &tag, &mut diagnostics) {
            locales.push(locale);
        }
    }
    if !locales.iter().any(|l| l.meta.tag == SOURCE_LANGUAGE) {
        diagnostics.push(Diagnostic::error(
            Location::file(format!("locales/{SOURCE_LANGUAGE}")),
            "the source language is missing: every other language falls back to it",
        ));
    }
    (Locales { locales }, diagnostics)
}

fn load_locale(
    content: &ContentFiles,
    tag: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Locale> {
    let dir = PathBuf::from("locales").join(tag);
    let meta_path = dir.join("meta.toml");
    let Some(meta_file) = content.get(&meta_path) else {
        diagnostics.push(Diagnostic::error(
            Location::file(&meta_path),
            "missing: every language needs meta.toml (name, direction, reviewed, fallback)",
        ));
        return None;
    };
    let raw: RawMeta = parse_toml(meta_file)
        .map_err(|d| diagnostics.push(d))
        .ok()?;
    let Ok(langid) = tag.parse::<LanguageIdentifier>() else {
        diagnostics.push(Diagnostic::error(
            Location::file(&dir),
            format!("`{tag}` is not a language tag (BCP 47, like `fr`, `pt-BR`)"),
        ));
        return None;
    };
    let meta_text = meta_file.text().unwrap_or_default();
    for fallback in &raw.fallback {
        if content
            .under(&format!("locales/{}", fallback.get_ref()), "toml")
            .next()
            .is_none()
        {
            diagnostics.push(Diagnostic::warning(
                Location::at_offset(&meta_path, meta_text, fallback.span().start),
                format!(
                    "fallback `{}` is not a language here: it is skipped",
                    fallback.get_ref()
                ),
            ));
        }
    }
    let mut reviews = Vec::new();
    for review in raw.review {
        let at = |offset: usize| Location::at_offset(&meta_path, meta_text, offset);
        let kind = match review.how.get_ref().as_str() {
            "native" => ReviewKind::Native,
            "back-translation" => ReviewKind::BackTranslation,
            other => {
                diagnostics.push(Diagnostic::error(
                    at(review.how.span().start),
                    format!("review how = \"{other}\": unknown (use native or back-translation)"),
                ));
                continue;
            }
        };
        let on = review.on.get_ref();
        let is_date = on.len() == 10
            && on.char_indices().all(|(i, c)| {
                if i == 4 || i == 7 {
                    c == '-'
                } else {
                    c.is_ascii_digit()
                }
            });
        if !is_date {
            diagnostics.push(Diagnostic::error(
                at(review.on.span().start),
                format!("review on = \"{on}\": write the date as YYYY-MM-DD"),
            ));
            continue;
        }
        reviews.push(Review {
            by: review.by,
            on: on.clone(),
            kind,
        });
    }
    if raw.reviewed
        && tag != SOURCE_LANGUAGE
        && !reviews.iter().any(|r| r.kind == ReviewKind::Native)
    {
        diagnostics.push(Diagnostic::warning(
            Location::file(&meta_path),
            "reviewed = true, but no [[review]] with how = \"native\" says who reviewed it and when",
        ));
    }
    let meta = LocaleMeta {
        tag: tag.to_owned(),
        langid: langid.clone(),
        name: raw.name,
        direction: raw.direction,
        reviewed: raw.reviewed,
        fallback: raw.fallback.into_iter().map(Spanned::into_inner).collect(),
        reviews,
    };

    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    let mut files = Vec::new();
    let prefix = format!("locales/{tag}");
    for file in content
        .under(&prefix, "ftl")
        .filter(|f| f.path.parent() == Some(dir.as_path()))
    {
        let text = match file.text() {
            Ok(text) => text.to_owned(),
            Err(why) => {
                diagnostics.push(Diagnostic::error(Location::file(&file.path), why));
                continue;
            }
        };
        let resource = match FluentResource::try_new(text) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    diagnostics.push(Diagnostic::error(
                        Location::at_offset(&file.path, resource.source(), error.pos.start),
                        format!("Fluent syntax: {}", error.kind),
                    ));
                }
                resource
            }
        };
        let resource = Arc::new(resource);
        if let Err(errors) = bundle.add_resource(Arc::clone(&resource)) {
            for error in errors {
                diagnostics.push(Diagnostic::error(
                    Location::file(&file.path),
                    format!("Fluent: {error}"),
                ));
            }
        }
        files.push(FtlFile {
            path: file.path.clone(),
            resource,
        });
    }
    if files.is_empty() {
        diagnostics.push(Diagnostic::error(
            Location::file(&dir),
            "no .ftl file: this language has no sentences",
        ));
    }

    let intents = IntentPatterns::load(content, &dir.join("intents.toml"), diagnostics);
    let wording = WordingRules::load(content, &dir.join("wording.toml"), diagnostics);
    Some(Locale {
        meta,
        bundle,
        files,
        intents,
        wording,
    })
}

/// Message ids defined by a language's files, with where each is defined.
pub fn defined_messages(locale: &Locale) -> BTreeMap<String, Location> {
    let mut ids = BTreeMap::new();
    for file in &locale.files {
        let source = file.resource.source();
        for entry in file.resource.entries() {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                let offset = offset_in(source, message.id.name);
                ids.insert(
                    message.id.name.to_owned(),
                    Location::at_offset(&file.path, source, offset),
                );
            }
        }
    }
    ids
}

/// Byte offset of a slice borrowed from `source` (the parser hands out such slices).
pub(crate) fn offset_in(source: &str, part: &str) -> usize {
    let start = source.as_ptr() as usize;
    let at = part.as_ptr() as usize;
    if at >= start && at <= start + source.len() {
        at - start
    } else {
        0
    }
}

#[cfg(test)]
mod tests;
