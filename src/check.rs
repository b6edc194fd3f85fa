//! `passerelle check`: loads every content file and reports, with file and line, everything an
//! operator must fix (errors) or should know (warnings).

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use jiff::civil::Date;

use crate::content::{Content, ContentFiles};
use crate::diagnostic::{Diagnostic, Location};
use crate::directory::{Standing, specialities_for_need, speciality_message};
use crate::engine::{
    BUILT_IN_INTENTS, ENGINE_MESSAGES, ENGINE_PICTOGRAMS, ENTRY_FLOW, Engine, HANDOFF_MESSAGES,
    need_message, urgency_message,
};
use crate::flow::{ArgValue, FlowSet, Input, NodeRef};
use crate::invariants::{Breach, Probes, Problem, walk};
use crate::locale::{defined_messages, wording_hits};
use crate::pictogram::{is_blank, rasterise};
use crate::text::strip_isolates;

/// Variables the engine provides itself.
const BUILT_IN_VARIABLES: &[&str] = &["dept", "dept_name", "lang", "audience"];

/// The result of a check: the loaded content and every finding, sorted by place.
pub struct Report {
    /// What loaded.
    pub content: Content,
    /// Every finding.
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// How many errors.
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    /// How many warnings.
    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }
}

/// Loads and checks content, without a date: verifications of the directory's contacts are
/// not aged (the server's start; [`check_on`] for `passerelle check`).
pub fn check(files: &ContentFiles) -> Report {
    check_on(files, None)
}

/// Loads and checks content as of `today` (given by the caller, so that tests pass a fixed
/// day): also how old each verification of the directory's contacts is.
pub fn check_on(files: &ContentFiles, today: Option<Date>) -> Report {
    let (content, mut diagnostics) = Content::load(files);
    diagnostics.extend(check_directory(&content, today));
    diagnostics.extend(check_graph(&content.flows));
    diagnostics.extend(check_danger_within_reach(&content.flows));
    diagnostics.extend(check_variables(&content.flows));
    diagnostics.extend(check_messages(&content));
    diagnostics.extend(check_pictograms(&content));
    diagnostics.extend(check_intents(&content));
    diagnostics.extend(check_step_length(&content));
    for locale in content.locales.all() {
        diagnostics.extend(wording_hits(locale));
        if !locale.wording.present {
            diagnostics.push(Diagnostic::warning(
                Location::file(format!("locales/{}/wording.toml", locale.meta.tag)),
                "missing: this language has no wording rules, its sentences are not checked",
            ));
        }
    }
    diagnostics.sort_by(|a, b| {
        a.location
            .cmp(&b.location)
            .then_with(|| a.message.cmp(&b.message))
    });
    diagnostics.dedup();
    Report {
        content,
        diagnostics,
    }
}

/// Adds what breaks a conversation invariant (src/invariants.rs): the walk over every node,
/// language and session state, with the danger choices' labels as probes. Only over content
/// that loaded without errors (a broken graph would repeat its errors); it takes seconds, so
/// `passerelle check` runs it, not every start.
pub fn check_invariants(report: Report) -> Report {
    if report.errors() > 0 {
        return report;
    }
    let Report {
        content,
        mut diagnostics,
    } = report;
    let engine = Engine::new(content);
    // One finding per place, language and problem: the first state it was seen in, and how
    // many others.
    let mut grouped: BTreeMap<(Location, String, Problem), (Breach, usize)> = BTreeMap::new();
    for breach in walk(&engine, &Probes::default()) {
        let key = (
            breach.location.clone(),
            breach.lang.clone(),
            breach.problem.clone(),
        );
        grouped
            .entry(key)
            .and_modify(|(_, more)| *more += 1)
            .or_insert((breach, 0));
    }
    for (breach, more) in grouped.into_values() {
        let also = match more {
            0 => String::new(),
            n => format!(" (and in {n} other state(s))"),
        };
        diagnostics.push(Diagnostic::error(
            breach.location.clone(),
            format!("a person in danger or lost would be failed: {breach}{also}"),
        ));
    }
    diagnostics.sort_by(|a, b| {
        a.location
            .cmp(&b.location)
            .then_with(|| a.message.cmp(&b.message))
    });
    Report {
        content: engine.into_content(),
        diagnostics,
    }
}

/// The directory's contacts, one warning per association that is not settled: whether a person
/// can reach it, its leads to verify, what is verified and how long ago (older than
/// [`crate::directory::VERIFICATION_MONTHS`]: to confirm again), what nothing says yet. A verification dated
/// after `today` is an error. And every need a flow sets must say which specialities answer it.
fn check_directory(content: &Content, today: Option<Date>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for association in &content.directory.associations {
        if let Some(today) = today {
            for contact in &association.contacts {
                if let Some(verified) = contact.verified_on.filter(|v| *v > today) {
                    out.push(Diagnostic::error(
                        contact.location.clone(),
                        format!(
                            "association `{}`: {} contact verified on {verified}, after today ({today}): write the day it was confirmed",
                            association.id,
                            contact.kind.id()
                        ),
                    ));
                }
            }
        }
        let standing = Standing::of(association, today);
        if !standing.is_settled() {
            out.push(Diagnostic::warning(
                association.location.clone(),
                standing.summary(today),
            ));
        }
    }
    let mut needs: BTreeMap<&str, Location> = BTreeMap::new();
    for (_, node) in content.flows.nodes() {
        for choice in &node.choices {
            if let Some(need) = choice.set.get("need") {
                needs.entry(need).or_insert_with(|| choice.location.clone());
            }
        }
        if let Some(need) = node.set.get("need") {
            needs.entry(need).or_insert_with(|| node.location.clone());
        }
    }
    for (need, location) in needs {
        if specialities_for_need(need).is_empty() {
            out.push(Diagnostic::warning(
                location,
                format!(
                    "need `{need}` says no speciality: the card cannot choose the association that answers it; add it to NEED_SPECIALITIES (src/directory/mod.rs)"
                ),
            ));
        }
    }
    out
}

/// Unreachable nodes, and loops of nodes that never wait for the person.
fn check_graph(flows: &FlowSet) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let Some(entry) = flows.flows.get(ENTRY_FLOW) else {
        out.push(Diagnostic::error(
            Location::file(format!("flows/{ENTRY_FLOW}.toml")),
            format!("the entry flow `{ENTRY_FLOW}` is missing: every conversation starts there"),
        ));
        return out;
    };
    let mut seen: BTreeSet<NodeRef> = BTreeSet::new();
    let mut queue: VecDeque<NodeRef> = VecDeque::new();
    queue.push_back(NodeRef::new(ENTRY_FLOW, entry.start.clone()));
    queue.push_back(NodeRef::new(ENTRY_FLOW, entry.home.clone()));
    queue.extend(flows.intents.iter().map(|i| i.goto.clone()));
    while let Some(at) = queue.pop_front() {
        if !seen.insert(at.clone()) {
            continue;
        }
        if let Some(node) = flows.node(&at) {
            queue.extend(node.targets().into_iter().cloned());
        }
    }
    for (at, node) in flows.nodes() {
        if !seen.contains(&at) {
            out.push(Diagnostic::error(
                node.location.clone(),
                format!(
                    "node `{at}` cannot be reached from the welcome flow, a choice or an intent"
                ),
            ));
        }
    }
    // Walks that never wait: follow `next` and branch targets through nodes without choices or
    // input; coming back to a node on the same walk is a loop.
    for (start, _) in flows.nodes() {
        let mut path = vec![start.clone()];
        let looped = walks_into_loop(flows, &start, &mut path);
        // Report each loop once: from its smallest node.
        if looped.as_ref() == Some(&start) && path.iter().all(|n| *n >= start) {
            let node = flows
                .node(&start)
                .map(|n| n.location.clone())
                .unwrap_or_else(|| Location::file("flows"));
            let cycle: Vec<String> = path.iter().map(ToString::to_string).collect();
            out.push(Diagnostic::error(
                node,
                format!(
                    "these nodes lead into each other without waiting for the person: {}",
                    cycle.join(" -> ")
                ),
            ));
        }
    }
    out
}

/// The most taps the person may need, from any question, to reach what the interrupting intents
/// lead to (the emergency numbers).
pub const MAX_TAPS_TO_DANGER: usize = 2;

/// From every node that waits with buttons, the emergency numbers (the targets of interrupting
/// intents) are at most [`MAX_TAPS_TO_DANGER`] taps away. Typing a danger word works anywhere;
/// this is for the person who taps. Nodes that end the conversation are exempt: the next message
/// starts again at the menu.
fn check_danger_within_reach(flows: &FlowSet) -> Vec<Diagnostic> {
    let targets: BTreeSet<&NodeRef> = flows
        .intents
        .iter()
        .filter(|i| i.interrupt)
        .map(|i| &i.goto)
        .collect();
    if targets.is_empty() {
        return Vec::new();
    }
    // Taps from a waiting node to a target: breadth first over button presses.
    let taps_from = |start: &NodeRef| -> Option<usize> {
        let mut frontier = vec![start.clone()];
        let mut seen: BTreeSet<NodeRef> = BTreeSet::new();
        for taps in 1..=MAX_TAPS_TO_DANGER {
            let mut next_frontier = Vec::new();
            for at in &frontier {
                let Some(node) = flows.node(at) else { continue };
                for pressed in buttons(node) {
                    let (entered, waiting) = walk_until_waiting(flows, pressed);
                    if entered.iter().any(|n| targets.contains(n)) {
                        return Some(taps);
                    }
                    next_frontier.extend(waiting.into_iter().filter(|w| seen.insert(w.clone())));
                }
            }
            frontier = next_frontier;
        }
        None
    };
    let mut out = Vec::new();
    for (at, node) in flows.nodes() {
        let waits_for_person = !node.choices.is_empty() || node.input.is_some();
        if !waits_for_person || targets.contains(&at) {
            continue;
        }
        if taps_from(&at).is_none() {
            out.push(Diagnostic::error(
                node.location.clone(),
                format!(
                    "node `{at}`: the emergency numbers are more than {MAX_TAPS_TO_DANGER} taps away; add a choice that leads there, or back to a menu that has one"
                ),
            ));
        }
    }
    out
}

/// What a button press can lead to: the targets of the node's choices and yes/no answers.
fn buttons(node: &crate::flow::Node) -> Vec<&NodeRef> {
    let mut out: Vec<&NodeRef> = node.choices.iter().map(|c| &c.goto).collect();
    if let Some(crate::flow::Input::YesNo { yes, no }) = &node.input {
        out.push(yes);
        out.push(no);
    }
    out
}

/// The nodes entered from `at` until the conversation waits (any branch may be taken), and the
/// nodes where it may wait.
fn walk_until_waiting(flows: &FlowSet, at: &NodeRef) -> (Vec<NodeRef>, Vec<NodeRef>) {
    let mut entered = Vec::new();
    let mut waiting = Vec::new();
    let mut queue = vec![at.clone()];
    while let Some(at) = queue.pop() {
        if entered.contains(&at) {
            continue;
        }
        entered.push(at.clone());
        let Some(node) = flows.node(&at) else {
            continue;
        };
        if node.waits() {
            waiting.push(at);
            continue;
        }
        queue.extend(node.branch.iter().map(|b| b.goto.clone()));
        queue.extend(node.next.iter().cloned());
    }
    (entered, waiting)
}

fn walks_into_loop(flows: &FlowSet, at: &NodeRef, path: &mut Vec<NodeRef>) -> Option<NodeRef> {
    let node = flows.node(at)?;
    if node.waits() {
        return None;
    }
    let mut onward: Vec<&NodeRef> = node.branch.iter().map(|b| &b.goto).collect();
    onward.extend(node.next.iter());
    for next in onward {
        if path.contains(next) {
            path.push(next.clone());
            return Some(next.clone());
        }
        path.push(next.clone());
        if let Some(found) = walks_into_loop(flows, next, path) {
            return Some(found);
        }
        path.pop();
    }
    None
}

/// `$var` arguments and branch conditions on variables that nothing sets.
fn check_variables(flows: &FlowSet) -> Vec<Diagnostic> {
    let mut set: BTreeSet<String> = BUILT_IN_VARIABLES.iter().map(|v| (*v).to_owned()).collect();
    for (_, node) in flows.nodes() {
        set.extend(node.set.keys().cloned());
        for choice in &node.choices {
            set.extend(choice.set.keys().cloned());
        }
        if let Some(Input::Number {
            store: Some(store), ..
        }) = &node.input
        {
            set.insert(store.clone());
        }
    }
    let mut out = Vec::new();
    for (at, node) in flows.nodes() {
        for item in &node.say {
            for (name, value) in &item.args {
                if let ArgValue::Var(var) = value
                    && !set.contains(var)
                {
                    out.push(Diagnostic::error(
                        item.location.clone(),
                        format!("argument `{name}` reads `${var}`, which no choice or input sets"),
                    ));
                }
            }
        }
        for rule in &node.branch {
            for var in rule.when.keys().filter(|v| !set.contains(*v)) {
                out.push(Diagnostic::error(
                    node.location.clone(),
                    format!("node `{at}`: the branch tests `{var}`, which no choice or input sets"),
                ));
            }
        }
    }
    out
}

/// The most messages one step may say: a person who reads little, maybe in a hurry, reads a
/// step at once or not at all.
pub const MAX_STEP_LINES: usize = 6;
/// The most characters one step may say, in any language.
pub const MAX_STEP_CHARS: usize = 600;

/// Steps too long to read at once, per language: more than [`MAX_STEP_LINES`] messages or
/// [`MAX_STEP_CHARS`] characters (variables shown with a short sample value).
fn check_step_length(content: &Content) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (at, node) in content.flows.nodes() {
        if node.say.is_empty() {
            continue;
        }
        for locale in content.locales.all() {
            let lang = locale.meta.tag.as_str();
            let chars: usize = node
                .say
                .iter()
                .map(|item| {
                    let mut args = fluent_bundle::FluentArgs::new();
                    for (name, value) in &item.args {
                        match value {
                            ArgValue::Text(text) => args.set(name.clone(), text.clone()),
                            ArgValue::Number(n) => args.set(name.clone(), *n),
                            ArgValue::Var(_) => args.set(name.clone(), "000"),
                        }
                    }
                    let text = content.locales.format(lang, &item.id, Some(&args));
                    text.map_or(0, |t| strip_isolates(&t).chars().count())
                })
                .sum();
            let lines = node.say.len();
            if lines > MAX_STEP_LINES || chars > MAX_STEP_CHARS {
                out.push(Diagnostic::warning(
                    node.location.clone(),
                    format!(
                        "node `{at}` says {lines} messages, {chars} characters in {lang}: too long to read at once (at most {MAX_STEP_LINES} messages and {MAX_STEP_CHARS} characters); split it into steps or trim it"
                    ),
                ));
            }
        }
    }
    out
}

/// Every message id the flows, the pictograms and the engine use, in every language.
fn check_messages(content: &Content) -> Vec<Diagnostic> {
    let mut used: BTreeMap<String, Location> = BTreeMap::new();
    for (_, node) in content.flows.nodes() {
        for item in &node.say {
            used.entry(item.id.clone())
                .or_insert_with(|| item.location.clone());
        }
        for choice in &node.choices {
            used.entry(choice.text.clone())
                .or_insert_with(|| choice.location.clone());
            if let Some(need) = choice.set.get("need") {
                used.entry(need_message(need))
                    .or_insert_with(|| choice.location.clone());
            }
            if let Some(urgency) = choice.set.get("urgency") {
                used.entry(urgency_message(urgency))
                    .or_insert_with(|| choice.location.clone());
            }
        }
    }
    for association in &content.directory.associations {
        for speciality in &association.specialities {
            used.entry(speciality_message(speciality))
                .or_insert_with(|| association.location.clone());
        }
    }
    for id in ENGINE_MESSAGES
        .iter()
        .chain(HANDOFF_MESSAGES)
        .chain(crate::kit::poster::POSTER_MESSAGES)
        .chain(crate::directory::MAP_MESSAGES)
    {
        used.entry((*id).to_owned())
            .or_insert_with(|| Location::file("flows/README.md"));
    }

    let mut out = Vec::new();
    let locales = &content.locales;
    for (id, location) in &used {
        for locale in locales.all() {
            if locale.has_message(id) {
                if locale
                    .bundle
                    .get_message(id)
                    .is_some_and(|m| m.value().is_none())
                {
                    out.push(Diagnostic::error(
                        location.clone(),
                        format!(
                            "message `{id}` in {} has attributes but no value to say",
                            locale.meta.tag
                        ),
                    ));
                }
                continue;
            }
            match locales.provider(&locale.meta.tag, id) {
                Some(provider) => out.push(Diagnostic::warning(
                    location.clone(),
                    format!(
                        "message `{id}` is missing in {}; {} is used instead",
                        locale.meta.tag, provider.meta.tag
                    ),
                )),
                None => out.push(Diagnostic::error(
                    location.clone(),
                    format!(
                        "message `{id}` is missing in {} and in its whole fallback chain",
                        locale.meta.tag
                    ),
                )),
            }
        }
    }
    // References inside messages (`{ other-message }`, `{ -term }`) must resolve in their own
    // language: Fluent does not fall back for them.
    for locale in locales.all() {
        let defined = defined_messages(locale);
        for file in &locale.files {
            let source = file.resource.source();
            for entry in file.resource.entries() {
                let (id, references) = match entry {
                    fluent_syntax::ast::Entry::Message(m) => {
                        (m.id.name, references(m.value.as_ref(), &m.attributes))
                    }
                    fluent_syntax::ast::Entry::Term(t) => {
                        (t.id.name, references(Some(&t.value), &t.attributes))
                    }
                    _ => continue,
                };
                for (reference, is_term) in references {
                    let found = if is_term {
                        locale.files.iter().any(|f| {
                            f.resource.entries().any(|e| matches!(e, fluent_syntax::ast::Entry::Term(t) if t.id.name == reference))
                        })
                    } else {
                        defined.contains_key(reference)
                    };
                    if !found {
                        let prefix = if is_term { "-" } else { "" };
                        out.push(Diagnostic::error(
                            Location::at_offset(
                                &file.path,
                                source,
                                crate::locale::offset_in(source, reference),
                            ),
                            format!(
                                "`{id}` refers to `{prefix}{reference}`, which {} does not define",
                                locale.meta.tag
                            ),
                        ));
                    }
                }
            }
        }
    }
    out
}

type Pattern<'a> = fluent_syntax::ast::Pattern<&'a str>;

fn references<'a>(
    value: Option<&Pattern<'a>>,
    attributes: &[fluent_syntax::ast::Attribute<&'a str>],
) -> Vec<(&'a str, bool)> {
    let mut out = Vec::new();
    let patterns = value.into_iter().chain(attributes.iter().map(|a| &a.value));
    for pattern in patterns {
        pattern_references(pattern, &mut out);
    }
    out
}

fn pattern_references<'a>(pattern: &Pattern<'a>, out: &mut Vec<(&'a str, bool)>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline<'a>(expression: &InlineExpression<&'a str>, out: &mut Vec<(&'a str, bool)>) {
        match expression {
            InlineExpression::MessageReference { id, .. } => out.push((id.name, false)),
            InlineExpression::TermReference { id, .. } => out.push((id.name, true)),
            InlineExpression::Placeable { expression } => outer(expression, out),
            _ => {}
        }
    }
    fn outer<'a>(expression: &Expression<&'a str>, out: &mut Vec<(&'a str, bool)>) {
        match expression {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for variant in variants {
                    pattern_references(&variant.value, out);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            outer(expression, out);
        }
    }
}

/// Pictograms the flows name must be in the catalogue; every pictogram must render to a visible
/// image and have its alt text in every language (captions and screen readers use it, so no
/// fallback to another language is good enough).
fn check_pictograms(content: &Content) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (_, node) in content.flows.nodes() {
        let named = node.pictogram.iter().map(|p| (p, &node.location)).chain(
            node.choices
                .iter()
                .filter_map(|c| c.pictogram.as_ref().map(|p| (p, &c.location))),
        );
        for (id, location) in named {
            if content.pictograms.get(id).is_none() {
                out.push(Diagnostic::error(
                    location.clone(),
                    format!("pictogram `{id}` is not in pictograms/catalogue.toml"),
                ));
            }
        }
        // A choice board shows each choice's pictogram: the same picture twice cannot be told
        // apart by someone who reads little.
        let mut seen: BTreeSet<&str> = BTreeSet::new();
        for choice in &node.choices {
            if let Some(id) = choice.pictogram.as_deref()
                && !seen.insert(id)
            {
                out.push(Diagnostic::warning(
                    choice.location.clone(),
                    format!("pictogram `{id}` is used by two choices of this node: a board would show the same picture twice"),
                ));
            }
        }
    }
    for id in ENGINE_PICTOGRAMS {
        if content.pictograms.get(id).is_none() {
            out.push(Diagnostic::error(
                Location::file("pictograms/catalogue.toml"),
                format!("pictogram `{id}` is missing: the engine shows it (yes/no buttons, contact cards)"),
            ));
        }
    }
    for pictogram in content.pictograms.pictograms.values() {
        if let Some(tree) = &pictogram.tree {
            match rasterise(tree, 64) {
                Ok(image) if is_blank(&image) => out.push(Diagnostic::error(
                    Location::file(&pictogram.file),
                    format!("pictogram `{}` renders as an empty image", pictogram.id),
                )),
                Ok(_) => {}
                Err(error) => out.push(Diagnostic::error(
                    Location::file(&pictogram.file),
                    format!("pictogram `{}` does not render: {error}", pictogram.id),
                )),
            }
        }
        for locale in content.locales.all() {
            if !locale.has_message(&pictogram.alt) {
                out.push(Diagnostic::error(
                    pictogram.location.clone(),
                    format!(
                        "pictogram `{}`: alt text `{}` is missing in {} (captions and screen readers need it in every language)",
                        pictogram.id, pictogram.alt, locale.meta.tag
                    ),
                ));
            }
        }
    }
    out
}

/// The intents patterns may be written for: those the flows declare and the built-in ones.
pub fn known_intents(content: &Content) -> BTreeSet<&str> {
    content
        .flows
        .declared_intents
        .iter()
        .map(String::as_str)
        .chain(BUILT_IN_INTENTS.iter().copied())
        .collect()
}

/// Intents declared by flows need patterns in every language; patterns for undeclared intents
/// are never used.
fn check_intents(content: &Content) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let declared = known_intents(content);
    for locale in content.locales.all() {
        let defined: BTreeMap<&str, &Location> = locale.intents.defined().collect();
        for intent in &declared {
            if !defined.contains_key(intent) {
                out.push(Diagnostic::warning(
                    Location::file(format!("locales/{}/intents.toml", locale.meta.tag)),
                    format!(
                        "intent `{intent}` has no patterns in {}: typed words will not reach it",
                        locale.meta.tag
                    ),
                ));
            }
        }
        for (intent, location) in defined {
            if !declared.contains(intent) {
                out.push(Diagnostic::warning(
                    location.clone(),
                    format!(
                        "intent `{intent}` is not declared by any flow: its patterns are never used"
                    ),
                ));
            }
        }
    }
    out
}
