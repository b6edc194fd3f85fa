//! The intents of every language, checked against the example lines in `tests/intents/<lang>.toml`:
//! what people type must reach the right intent, and ordinary lines must not. Danger words also
//! reach the emergency numbers through the engine from a conversation in another language, and
//! `leads` lines go where their intent leads through the whole engine (commands, danger words of
//! every language, built-in intents, priorities), not only through their own patterns.

mod support;

use std::collections::BTreeMap;

use passerelle::check::known_intents;
use passerelle::content::{Content, ContentFiles};
use passerelle::engine::{Engine, Inbound};
use passerelle::flow::NodeRef;
use passerelle::text::fold;
use serde::Deserialize;

/// Intents every language must show examples for: what the issue asks people to be able to
/// type in their own words.
const REQUIRED: &[&str] = &[
    "help", "danger", "exit", "stop", "lang", "talk", "youth", "yes", "no",
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Examples {
    #[serde(rename = "match", default)]
    matching: Vec<String>,
    #[serde(default)]
    miss: Vec<String>,
    /// Lines that must match the intent and, typed at the main menu, lead to its target: no
    /// other intent (danger words, `stop`, a higher priority) takes them first.
    #[serde(default)]
    leads: Vec<String>,
}

fn content() -> Content {
    let files = ContentFiles::from_dir(&support::repo_root()).expect("content on disk");
    let (content, diagnostics) = Content::load(&files);
    let errors: Vec<_> = diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "content errors: {errors:#?}");
    content
}

/// The languages to test: all, or those in `INTENT_LANGS` (comma-separated) while a translator
/// works on one.
fn selected(content: &Content) -> Vec<String> {
    let only = std::env::var("INTENT_LANGS").unwrap_or_default();
    content
        .locales
        .all()
        .iter()
        .map(|l| l.meta.tag.clone())
        .filter(|t| only.is_empty() || only.split(',').any(|o| o.trim() == t))
        .collect()
}

fn examples(tag: &str) -> BTreeMap<String, Examples> {
    let path = support::repo_root().join(format!("tests/intents/{tag}.toml"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: every language needs intent examples: {e}",
            path.display()
        )
    });
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_language_reaches_its_intents_and_only_them() {
    let content = content();
    let mut failures = Vec::new();
    for tag in selected(&content) {
        let locale = content.locales.get(&tag).expect("selected language");
        let examples = examples(&tag);
        for required in REQUIRED {
            if examples
                .get(*required)
                .is_none_or(|e| e.matching.is_empty())
            {
                failures.push(format!("{tag}: no example for the `{required}` intent"));
            }
        }
        let known = known_intents(&content);
        for (intent, lines) in &examples {
            if !known.contains(intent.as_str()) {
                failures.push(format!("{tag}: `{intent}` is not an intent of the flows"));
            }
            for line in lines.matching.iter().chain(&lines.leads) {
                if !locale.intents.matches(intent, &fold(line)) {
                    failures.push(format!("{tag}: `{line}` should reach `{intent}`"));
                }
            }
            for line in &lines.miss {
                if locale.intents.matches(intent, &fold(line)) {
                    failures.push(format!("{tag}: `{line}` should not reach `{intent}`"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A danger word in any language leads to the emergency numbers, from a conversation held in
/// another language, and the numbers come in the language of the word.
#[test]
fn danger_words_of_every_language_interrupt_any_conversation() {
    let content = content();
    let tags: Vec<String> = content
        .locales
        .all()
        .iter()
        .map(|l| l.meta.tag.clone())
        .collect();
    let selected = selected(&content);
    let engine = Engine::new(content);
    let now = 1_800_000_000;
    let mut failures = Vec::new();
    for tag in &selected {
        let other = tags.iter().find(|t| *t != tag).expect("two languages");
        for line in &examples(tag)["danger"].matching {
            let session = engine.session_in(other).expect("language");
            let started = engine.handle(session, Inbound::Text("/start".into()), now);
            let session = started.session.expect("session");
            let outcome = engine.handle(session, Inbound::Text(line.clone()), now);
            if !outcome.visited.contains(&NodeRef::new("safety", "now")) {
                failures.push(format!(
                    "{tag}: `{line}` (in a conversation in {other}) did not lead to safety:now"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// What people type at the main menu goes where its intent leads: the line is read in the
/// engine's order, so a danger word of any language, a built-in intent such as `stop`, or an
/// intent of higher priority would take it first and fail here.
#[test]
fn leads_lines_go_where_their_intent_leads() {
    let content = content();
    let selected = selected(&content);
    let routes: BTreeMap<String, NodeRef> = content
        .flows
        .intents
        .iter()
        .map(|r| (r.id.clone(), r.goto.clone()))
        .collect();
    let engine = Engine::new(content);
    let now = 1_800_000_000;
    let mut failures = Vec::new();
    let mut count = 0;
    for tag in &selected {
        for (intent, lines) in &examples(tag) {
            if lines.leads.is_empty() {
                continue;
            }
            let Some(goto) = routes.get(intent) else {
                failures.push(format!(
                    "{tag}: `leads` is for intents a flow declares, not `{intent}`"
                ));
                continue;
            };
            for line in &lines.leads {
                count += 1;
                let session = engine.session_in(tag).expect("language");
                let started = engine.handle(session, Inbound::Text("/start".into()), now);
                let session = started.session.expect("session");
                let outcome = engine.handle(session, Inbound::Text(line.clone()), now);
                if !outcome.visited.contains(goto) {
                    failures.push(format!(
                        "{tag}: `{line}` should lead to {goto} (`{intent}`), went to {:?}",
                        outcome.visited
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        count > 0 || selected.is_empty(),
        "no `leads` line at all: the test tests nothing"
    );
}
