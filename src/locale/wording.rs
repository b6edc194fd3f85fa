//! Wording rules: words that victimise, blame or name the situation frontally, per language,
//! checked on every sentence.

use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
use regex::{Regex, RegexBuilder};
use serde::Deserialize;
use toml::Spanned;

use super::intents::regex_error_summary;
use super::{Locale, offset_in};
use crate::content::{ContentFiles, parse_toml};
use crate::diagnostic::{Diagnostic, Location};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRules {
    #[serde(default)]
    rule: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    pattern: Spanned<String>,
    reason: String,
    suggest: String,
    #[serde(default)]
    allow: Vec<String>,
    #[serde(default)]
    unless: Vec<Spanned<String>>,
}

/// One rule: a pattern to avoid, why, and what to say instead.
#[derive(Debug, Clone)]
pub struct WordingRule {
    /// Matched case-insensitively on message text.
    pub pattern: Regex,
    /// Why the words hurt.
    pub reason: String,
    /// What to say instead.
    pub suggest: String,
    /// Message ids where the words are wanted on purpose.
    pub allow: Vec<String>,
    /// Wordings that contain a hit and make it right, such as the negation that lifts blame
    /// ("ce n'est pas ta faute"): a hit inside a match of one of them is not reported. The
    /// regex crate has no lookbehind, so the exception is a second pattern, not part of the
    /// first.
    pub unless: Vec<Regex>,
}

impl WordingRule {
    /// The places in a text where the rule is broken: every match of `pattern` that no match
    /// of an `unless` pattern encloses.
    pub fn hits<'t>(&self, text: &'t str) -> Vec<regex::Match<'t>> {
        let accepted: Vec<regex::Match<'t>> =
            self.unless.iter().flat_map(|u| u.find_iter(text)).collect();
        self.pattern
            .find_iter(text)
            .filter(|hit| {
                !accepted
                    .iter()
                    .any(|a| a.start() <= hit.start() && hit.end() <= a.end())
            })
            .collect()
    }
}

/// A language's wording rules.
#[derive(Debug, Clone, Default)]
pub struct WordingRules {
    /// The rules, in file order.
    pub rules: Vec<WordingRule>,
    /// Whether the language has a wording file at all.
    pub present: bool,
}

impl WordingRules {
    /// Loads `locales/<lang>/wording.toml`; a missing file is reported by the checker.
    pub fn load(content: &ContentFiles, path: &Path, diagnostics: &mut Vec<Diagnostic>) -> Self {
        let Some(file) = content.get(path) else {
            return Self::default();
        };
        let Ok(raw) = parse_toml::<RawRules>(file).map_err(|d| diagnostics.push(d)) else {
            return Self {
                rules: Vec::new(),
                present: true,
            };
        };
        let text = file.text().unwrap_or_default();
        let mut rules = Vec::new();
        for rule in raw.rule {
            let mut compile = |pattern: &Spanned<String>, what: &str| {
                RegexBuilder::new(pattern.get_ref())
                    .case_insensitive(true)
                    .build()
                    .map_err(|error| {
                        diagnostics.push(Diagnostic::error(
                            Location::at_offset(path, text, pattern.span().start),
                            format!(
                                "wording rule: invalid {what}: {}",
                                regex_error_summary(&error.to_string())
                            ),
                        ))
                    })
                    .ok()
            };
            let pattern = compile(&rule.pattern, "regex");
            // Every exception is compiled (each broken one reported); a rule with a broken
            // exception is dropped rather than applied without it.
            let unless: Vec<Option<Regex>> = rule
                .unless
                .iter()
                .map(|u| compile(u, "`unless` regex"))
                .collect();
            let (Some(pattern), Some(unless)) = (pattern, unless.into_iter().collect()) else {
                continue;
            };
            rules.push(WordingRule {
                pattern,
                reason: rule.reason,
                suggest: rule.suggest,
                allow: rule.allow,
                unless,
            });
        }
        Self {
            rules,
            present: true,
        }
    }
}

/// One piece of literal text of a message (value, attribute, select variant), with its place.
pub struct MessageText<'a> {
    /// The message id (with `.attribute` for attributes).
    pub id: String,
    /// The text.
    pub text: &'a str,
    /// The file.
    pub file: &'a PathBuf,
    /// Byte offset of the text in the file.
    pub offset: usize,
    /// The file's source.
    pub source: &'a str,
}

/// Every literal text of every message and attribute of a language.
pub fn message_texts(locale: &Locale) -> Vec<MessageText<'_>> {
    let mut out = Vec::new();
    for file in &locale.files {
        let source = file.resource.source();
        for entry in file.resource.entries() {
            let fluent_syntax::ast::Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name;
            if let Some(value) = &message.value {
                collect(value, id, &file.path, source, &mut out);
            }
            for attribute in &message.attributes {
                collect(
                    &attribute.value,
                    &format!("{id}.{}", attribute.id.name),
                    &file.path,
                    source,
                    &mut out,
                );
            }
        }
    }
    out
}

fn push_text<'a>(
    text: &'a str,
    id: &str,
    file: &'a PathBuf,
    source: &'a str,
    out: &mut Vec<MessageText<'a>>,
) {
    let offset = offset_in(source, text);
    out.push(MessageText {
        id: id.to_owned(),
        text,
        file,
        offset,
        source,
    });
}

fn collect<'a>(
    pattern: &Pattern<&'a str>,
    id: &str,
    file: &'a PathBuf,
    source: &'a str,
    out: &mut Vec<MessageText<'a>>,
) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => push_text(value, id, file, source, out),
            PatternElement::Placeable { expression } => {
                collect_expression(expression, id, file, source, out)
            }
        }
    }
}

fn collect_expression<'a>(
    expression: &Expression<&'a str>,
    id: &str,
    file: &'a PathBuf,
    source: &'a str,
    out: &mut Vec<MessageText<'a>>,
) {
    match expression {
        Expression::Select { variants, .. } => {
            for variant in variants {
                collect(&variant.value, id, file, source, out);
            }
        }
        Expression::Inline(InlineExpression::StringLiteral { value }) => {
            push_text(value, id, file, source, out)
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            collect_expression(expression, id, file, source, out);
        }
        Expression::Inline(_) => {}
    }
}

/// Every wording-rule hit in a language, as errors with `file:line:column`.
pub fn wording_hits(locale: &Locale) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for piece in message_texts(locale) {
        let base_id = piece.id.split('.').next().unwrap_or_default();
        for rule in &locale.wording.rules {
            if rule.allow.iter().any(|a| a == base_id || *a == piece.id) {
                continue;
            }
            for hit in rule.hits(piece.text) {
                out.push(Diagnostic::error(
                    Location::at_offset(piece.file, piece.source, piece.offset + hit.start()),
                    format!(
                        "wording: `{}` in `{}`: {} Say instead: {}",
                        hit.as_str(),
                        piece.id,
                        rule.reason.trim(),
                        rule.suggest.trim()
                    ),
                ));
            }
        }
    }
    out
}
