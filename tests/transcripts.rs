//! Golden transcripts: scripted conversations, one directory per language in
//! `tests/transcripts/<lang>/`, run through the runtime (engine and store) over the bundled
//! content. Each file alternates what the person sends (`> …`) and the replies expected, as the
//! console shows them. Together, a language's transcripts must visit every node of every flow.
//!
//! `PASSERELLE_BLESS=1 cargo test --test transcripts` rewrites the expected replies from what
//! the bot says now: for a new transcript (write only the `>` lines), or after a deliberate
//! change of content; read the diff before committing it.

mod support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use passerelle::channel::console::lines;
use passerelle::content::{Content, ContentFiles};
use passerelle::engine::{Engine, Inbound, MediaKind, Reply};
use passerelle::flow::NodeRef;
use passerelle::privacy::Secret;
use passerelle::runtime::{Runtime, RuntimeSettings};
use passerelle::store::{Durability, Store};

/// One message of the person and the replies expected to it.
struct Step {
    /// Comment lines written just before it.
    comments: Vec<String>,
    /// Line number of the `>` line (from 1).
    line: usize,
    input: String,
    expected: Vec<String>,
}

struct Transcript {
    path: PathBuf,
    lang: String,
    header: Vec<String>,
    steps: Vec<Step>,
}

fn root() -> PathBuf {
    support::repo_root().join("tests/transcripts")
}

fn parse(path: &Path, lang: &str) -> Transcript {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut header = Vec::new();
    let mut steps: Vec<Step> = Vec::new();
    let mut comments = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.starts_with('#') {
            if steps.is_empty() {
                header.push(line.to_owned());
            } else {
                comments.push(line.to_owned());
            }
        } else if let Some(input) = line
            .strip_prefix("> ")
            .or(line.strip_prefix('>').filter(|r| r.is_empty()))
        {
            steps.push(Step {
                comments: std::mem::take(&mut comments),
                line: index + 1,
                input: input.to_owned(),
                expected: Vec::new(),
            });
        } else if let Some(step) = steps.last_mut() {
            step.expected.push(line.to_owned());
        } else if !line.trim().is_empty() {
            panic!(
                "{}:{}: a reply before the first `> ` line",
                path.display(),
                index + 1
            );
        }
    }
    for step in &mut steps {
        while step.expected.last().is_some_and(|l| l.trim().is_empty()) {
            step.expected.pop();
        }
    }
    Transcript {
        path: path.to_path_buf(),
        lang: lang.to_owned(),
        header,
        steps,
    }
}

/// What a `>` line stands for: text, or `@location LAT,LON`, `@photo`, `@voice`, `@sticker`,
/// `@button N` (the N-th button of the last choices shown, tapped).
fn inbound(input: &str, last_tokens: &[String], at: &str) -> Inbound {
    let Some(special) = input.strip_prefix('@') else {
        return Inbound::Text(input.to_owned());
    };
    let (word, rest) = special.split_once(' ').unwrap_or((special, ""));
    match word {
        "location" => {
            let (lat, lon) = rest
                .split_once(',')
                .unwrap_or_else(|| panic!("{at}: @location LAT,LON"));
            Inbound::Location {
                lat: lat
                    .trim()
                    .parse()
                    .unwrap_or_else(|e| panic!("{at}: latitude: {e}")),
                lon: lon
                    .trim()
                    .parse()
                    .unwrap_or_else(|e| panic!("{at}: longitude: {e}")),
            }
        }
        "photo" => Inbound::Unsupported(MediaKind::Photo),
        "voice" => Inbound::Unsupported(MediaKind::Voice),
        "sticker" => Inbound::Unsupported(MediaKind::Sticker),
        "button" => {
            let n: usize = rest
                .trim()
                .parse()
                .unwrap_or_else(|e| panic!("{at}: @button N: {e}"));
            let token = last_tokens
                .get(n.wrapping_sub(1))
                .unwrap_or_else(|| panic!("{at}: no button {n} on screen"));
            Inbound::Button(token.clone())
        }
        other => panic!("{at}: unknown `@{other}`"),
    }
}

/// Runs a transcript as a person new to the bot (no language chosen yet: a transcript starts
/// with `/start l-<lang>`, or picks its language from the menu); returns the replies to each step
/// and the nodes visited.
fn run(engine: &Arc<Engine>, transcript: &Transcript) -> (Vec<Vec<String>>, BTreeSet<NodeRef>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(
        dir.path(),
        Durability::Periodic,
        &Secret::new(support::SECRET.as_bytes().to_vec()).expect("secret"),
    )
    .expect("store");
    let secret = Secret::new(support::SECRET.as_bytes().to_vec()).expect("secret");
    let runtime = Runtime::new(engine.clone(), store, secret, RuntimeSettings::default());
    let who = runtime.pseudonym("transcript", "person");
    let mut visited = BTreeSet::new();
    let mut replies = Vec::new();
    let mut tokens: Vec<String> = Vec::new();
    for (i, step) in transcript.steps.iter().enumerate() {
        let at = format!("{}:{}", transcript.path.display(), step.line);
        let message = inbound(&step.input, &tokens, &at);
        let now = 1_800_000_000 + 10 * i as u64;
        // No desk here: a consented request shows the fallback, as in the terminal.
        let outcome = runtime
            .handle_as(&who, message, now, None)
            .and_then(|outcome| runtime.without_desk(&who, outcome, now))
            .unwrap_or_else(|e| panic!("{at}: {e}"));
        visited.extend(outcome.visited.iter().cloned());
        assert!(
            outcome.lang.is_empty() || outcome.lang == transcript.lang,
            "{at}: answered in `{}`, the transcript is in `{}`",
            outcome.lang,
            transcript.lang
        );
        if let Some(items) = outcome.replies.iter().rev().find_map(|r| match r {
            Reply::Choices(items) => Some(items),
            _ => None,
        }) {
            tokens = items.iter().map(|i| i.token.clone()).collect();
        }
        let mut shown = lines(&outcome.replies);
        if outcome.replies.contains(&Reply::EraseConversation) {
            shown.push("[conversation erased]".to_owned());
        }
        replies.push(shown);
    }
    (replies, visited)
}

fn write_blessed(transcript: &Transcript, replies: &[Vec<String>]) {
    let mut out = String::new();
    for line in &transcript.header {
        out.push_str(line);
        out.push('\n');
    }
    for (step, shown) in transcript.steps.iter().zip(replies) {
        out.push('\n');
        for comment in &step.comments {
            out.push_str(comment);
            out.push('\n');
        }
        out.push_str("> ");
        out.push_str(&step.input);
        out.push('\n');
        for line in shown {
            out.push_str(line);
            out.push('\n');
        }
    }
    std::fs::write(&transcript.path, out.trim_start())
        .unwrap_or_else(|e| panic!("{}: {e}", transcript.path.display()));
}

fn engine() -> Arc<Engine> {
    let (content, diagnostics) = Content::load(&ContentFiles::embedded());
    let errors: Vec<_> = diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "bundled content errors: {errors:#?}");
    Arc::new(Engine::new(content))
}

#[test]
fn transcripts_of_every_language_match_and_visit_every_node() {
    let engine = engine();
    let bless = std::env::var_os("PASSERELLE_BLESS").is_some();
    let all_nodes: BTreeSet<NodeRef> = engine.content().flows.nodes().map(|(at, _)| at).collect();
    let mut failures = Vec::new();
    for locale in engine.content().locales.all() {
        let lang = &locale.meta.tag;
        let dir = root().join(lang);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        if files.is_empty() {
            failures.push(format!("{}: no transcript for {lang}", dir.display()));
            continue;
        }
        let mut visited = BTreeSet::new();
        for file in files {
            let transcript = parse(&file, lang);
            let (replies, seen) = run(&engine, &transcript);
            visited.extend(seen);
            if bless {
                write_blessed(&transcript, &replies);
                continue;
            }
            if let Some((step, shown)) = transcript
                .steps
                .iter()
                .zip(&replies)
                .find(|(step, shown)| step.expected != **shown)
            {
                failures.push(format!(
                    "{}:{}: after `> {}`\n--- expected\n{}\n--- the bot said\n{}\n",
                    file.display(),
                    step.line,
                    step.input,
                    step.expected.join("\n"),
                    shown.join("\n")
                ));
            }
        }
        let missed: Vec<String> = all_nodes
            .difference(&visited)
            .map(ToString::to_string)
            .collect();
        if !missed.is_empty() {
            failures.push(format!(
                "{lang}: the transcripts never reach {}",
                missed.join(", ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
