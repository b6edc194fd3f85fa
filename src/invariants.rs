//! The safety invariants of a conversation (DESIGN.md S1, S3, S4; ARCHITECTURE.md
//! "Invariants"), proven over the whole content rather than feature by feature: every waiting
//! node × every language × every session state, each probed with what a person in danger or
//! lost would send. Pure: it only calls [`Engine::handle`] and [`Engine::notice`].
//!
//! The invariants, for every state:
//! 1. **Emergency in one message**: the danger words, the danger choice's label typed (any
//!    case, with or without accents, with a channel's decorations), and the danger button
//!    pressed on the current or an older message each enter the emergency node, and
//!    [`Engine::is_urgent`] says so beforehand (so that a channel sends it ahead of the rest).
//! 2. **A number shown is a number that works**: a choice shown with its number
//!    ([`ChoiceItem::by_number`]) does, typed as that number, what pressing it does; under a
//!    question (which takes typed lines) no choice is shown as a number.
//! 3. **Home in one message**: the way home typed (outside a relay, where typed lines go to
//!    staff) or pressed on any message leads to the home menu.
//! 4. **Never stuck**: an answer to everything (never silence), never "choose below" with
//!    nothing below, never a panic.
//!
//! [`step_breaches`] checks the invariants that hold after any single step, for property
//! tests that drive random sequences.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::diagnostic::Location;
use crate::engine::{
    ChoiceItem, ENTRY_FLOW, Engine, HandoffEvent, HandoffNotice, Inbound, MediaKind, Outcome,
    Relay, Reply, Session,
};
use crate::flow::{Input, Node, NodeRef};
use crate::text::{fold, strip_isolates};

/// The time every probe runs at (any fixed value: the engine has no clock of its own).
const NOW: u64 = 1_000_000;

/// How many buttons of older messages are pressed in each state (a sample across the content:
/// every one of them would multiply the walk without finding more).
const OLDER_BUTTONS: usize = 3;

/// What a breach breaks.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Problem {
    /// A danger probe did not enter the emergency node.
    NoEmergency,
    /// A danger probe entered it, but [`Engine::is_urgent`] did not see it coming.
    NotUrgent,
    /// A number shown beside a choice does something else than the choice.
    NumberMismatch,
    /// A choice under a question is shown with a number the question would take.
    NumberUnderQuestion,
    /// The way home did not lead home.
    NoHome,
    /// Nothing was said.
    Silence,
    /// "Choose below" with nothing below.
    ChooseBelowNothing,
    /// The engine panicked.
    Panic,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::NoEmergency => "does not reach the emergency numbers in one message",
            Self::NotUrgent => {
                "reaches the emergency numbers, but is not seen as urgent (a channel would queue it)"
            }
            Self::NumberMismatch => {
                "typed as the number shown beside a choice, does something else than the choice"
            }
            Self::NumberUnderQuestion => {
                "shows a choice with a number under a question, where a typed number answers the question"
            }
            Self::NoHome => "does not lead back to the menu",
            Self::Silence => "gets no answer at all",
            Self::ChooseBelowNothing => "is told to choose below, with nothing below",
            Self::Panic => "makes the engine panic",
        })
    }
}

/// One broken invariant: where the person was, what they sent, what went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breach {
    /// Where the node waiting for the person is written (or the entry flow).
    pub location: Location,
    /// The node waiting for the person, if any.
    pub node: Option<NodeRef>,
    /// The language in use (empty before one is chosen).
    pub lang: String,
    /// The session state, in words.
    pub state: String,
    /// What was sent.
    pub probe: String,
    /// What went wrong.
    pub problem: Problem,
}

impl fmt::Display for Breach {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(node) = &self.node {
            write!(f, "node `{node}`, ")?;
        }
        if !self.lang.is_empty() {
            write!(f, "{}, ", self.lang)?;
        }
        write!(f, "{}: ", self.state)?;
        write!(f, "{} {}", self.probe, self.problem)
    }
}

/// Lines a person may type in danger, per language tag, besides the danger choice's labels
/// (which the walker finds itself): for example the `match` lines of `tests/intents/`.
#[derive(Debug, Clone, Default)]
pub struct Probes {
    /// Danger sentences by language tag.
    pub danger: BTreeMap<String, Vec<String>>,
}

/// Walks every state of the content's conversations and returns what breaks an invariant,
/// one breach per node, language, state kind and problem.
pub fn walk(engine: &Engine, probes: &Probes) -> Vec<Breach> {
    let mut walker = Walker::new(engine, probes);
    walker.walk_all();
    walker.breaches
}

/// Where the escapes lead, and their buttons and labels across the content.
struct Targets {
    emergency: Option<NodeRef>,
    home: Option<NodeRef>,
    /// Tokens of buttons leading to the emergency, from every node (in node order).
    danger_tokens: Vec<String>,
    /// Tokens of buttons leading home.
    home_tokens: Vec<String>,
    /// Labels of danger choices by language tag.
    danger_labels: BTreeMap<String, BTreeSet<String>>,
    /// Labels of home choices by language tag.
    home_labels: BTreeMap<String, BTreeSet<String>>,
}

/// A session state to probe.
struct State {
    name: String,
    session: Session,
}

struct Walker<'a> {
    engine: &'a Engine,
    probes: &'a Probes,
    targets: Targets,
    breaches: Vec<Breach>,
    /// (node, lang, state kind, problem) already reported.
    reported: BTreeSet<(Option<NodeRef>, String, String, Problem)>,
}

impl<'a> Walker<'a> {
    fn new(engine: &'a Engine, probes: &'a Probes) -> Self {
        let targets = Targets::of(engine);
        Self {
            engine,
            probes,
            targets,
            breaches: Vec::new(),
            reported: BTreeSet::new(),
        }
    }

    fn walk_all(&mut self) {
        let content = self.engine.content();
        let tags = language_tags(self.engine);
        self.probe_state(
            &State {
                name: "no language yet".into(),
                session: Session::default(),
            },
            "",
        );
        let waiting: Vec<(NodeRef, &Node)> = content
            .flows
            .nodes()
            .filter(|(_, node)| !node.choices.is_empty() || node.input.is_some())
            .collect();
        for tag in &tags {
            for state in self.states_of(tag, &waiting) {
                self.probe_state(&state, tag);
            }
        }
    }

    /// Every state of a conversation in a language.
    fn states_of(&self, tag: &str, waiting: &[(NodeRef, &Node)]) -> Vec<State> {
        let engine = self.engine;
        let fresh = Session {
            lang: Some(tag.to_owned()),
            last_seen: NOW,
            ..Session::default()
        };
        let relay = Relay {
            ticket: "WLK-WLK".into(),
            association: engine
                .content()
                .directory
                .associations
                .first()
                .map(|a| a.id.clone())
                .unwrap_or_default(),
            ..Relay::default()
        };
        let relaying = Session {
            relay: Some(relay),
            keep_until: Some(NOW * 10),
            ended: true,
            ..fresh.clone()
        };
        let after = |session: Session, inbound: Inbound| {
            engine
                .handle(session, inbound, NOW)
                .session
                .unwrap_or_default()
        };
        let noticed = |session: Session, notice: HandoffNotice| {
            engine
                .notice(session, notice, NOW)
                .session
                .unwrap_or_default()
        };
        let ended = Session {
            ended: true,
            ..fresh.clone()
        };
        let mut states = vec![
            State {
                name: "choosing a language".into(),
                session: after(fresh.clone(), Inbound::Text("/lang".into())),
            },
            State {
                name: "after /stop".into(),
                session: after(
                    after(fresh.clone(), Inbound::Text("/start".into())),
                    Inbound::Text("/stop".into()),
                ),
            },
            State {
                name: "after the end of a flow".into(),
                session: ended.clone(),
            },
            State {
                name: "after a cold handoff".into(),
                session: noticed(
                    ended.clone(),
                    HandoffNotice::NoDesk {
                        association: relaying.relay.as_ref().map(|r| r.association.clone()),
                    },
                ),
            },
            State {
                name: "relay open".into(),
                session: relaying.clone(),
            },
            State {
                name: "after a handoff ended".into(),
                session: noticed(relaying.clone(), HandoffNotice::StaffClosed),
            },
        ];
        for (at, node) in waiting {
            let kind = waiting_kind(node);
            let here = Session {
                at: Some(at.clone()),
                ended: false,
                ..fresh.clone()
            };
            states.push(State {
                name: format!("waiting at {kind}"),
                session: here.clone(),
            });
            states.push(State {
                name: format!("relay open, waiting at {kind}"),
                session: Session {
                    at: Some(at.clone()),
                    ended: false,
                    ..relaying.clone()
                },
            });
        }
        states
    }

    /// Sends every probe to a state and records what breaks.
    fn probe_state(&mut self, state: &State, tag: &str) {
        let engine = self.engine;
        let node = state
            .session
            .at
            .clone()
            .filter(|at| engine.content().flows.node(at).is_some());
        // What is on screen: the current message's choices, shown again. Where nothing waits
        // (after an end), coming back shows the home menu: its numbers are checked in the state
        // that shows them.
        let (shown, showing) = match run(engine, &state.session, &Inbound::Resume) {
            Ok(outcome) => (
                outcome.last_choices(),
                outcome.session.unwrap_or_else(|| state.session.clone()),
            ),
            Err(()) => {
                self.breach(state, tag, &node, "showing it again", Problem::Panic);
                (Vec::new(), state.session.clone())
            }
        };
        let showing = State {
            name: state.name.clone(),
            session: showing,
        };
        let in_relay = state.session.relay.is_some() && !state.session.choosing_language;

        // 1. The emergency in one message.
        let mut danger: Vec<Inbound> = Vec::new();
        for line in self.danger_lines(tag) {
            danger.push(Inbound::Text(line));
        }
        let shown_danger: Vec<&ChoiceItem> = shown
            .iter()
            .filter(|i| self.targets.danger_tokens.contains(&i.token))
            .collect();
        let mut danger_shown: Vec<Inbound> = Vec::new();
        for item in &shown_danger {
            danger_shown.push(Inbound::Button(item.token.clone()));
            if item.by_number {
                danger_shown.push(Inbound::Text(item.number.to_string()));
            }
        }
        for token in sample(&self.targets.danger_tokens) {
            danger.push(Inbound::Button(token));
        }
        let probes = danger
            .iter()
            .map(|i| (state, i))
            .chain(danger_shown.iter().map(|i| (&showing, i)));
        for (state, inbound) in probes {
            let Some(outcome) = self.probe(state, tag, &node, inbound) else {
                continue;
            };
            let entered = visits(self.targets.emergency.as_ref(), &outcome);
            if !entered {
                self.breach(state, tag, &node, &describe(inbound), Problem::NoEmergency);
            } else if !engine.is_urgent(inbound) && !is_number(inbound) {
                self.breach(state, tag, &node, &describe(inbound), Problem::NotUrgent);
            }
        }

        // 2. A number shown is a number that works.
        let question = node
            .as_ref()
            .and_then(|at| engine.content().flows.node(at))
            .and_then(|n| n.input.as_ref())
            .is_some_and(|input| !matches!(input, Input::YesNo { .. }));
        for item in &shown {
            if !item.by_number {
                continue;
            }
            if question {
                let probe = format!("the choice {:?}", strip_isolates(&item.label));
                self.breach(state, tag, &node, &probe, Problem::NumberUnderQuestion);
                continue;
            }
            let typed = Inbound::Text(item.number.to_string());
            let pressed = Inbound::Button(item.token.clone());
            let (Some(by_number), Some(by_button)) = (
                self.probe(&showing, tag, &node, &typed),
                self.probe(&showing, tag, &node, &pressed),
            ) else {
                continue;
            };
            let same = by_number.replies == by_button.replies
                && by_number.session.as_ref().map(|s| &s.at)
                    == by_button.session.as_ref().map(|s| &s.at);
            if !same {
                self.breach(
                    state,
                    tag,
                    &node,
                    &describe(&typed),
                    Problem::NumberMismatch,
                );
            }
        }

        // 3. Home in one message.
        let mut home: Vec<Inbound> = Vec::new();
        if !in_relay {
            let labels = self
                .targets
                .home_labels
                .get(tag)
                .cloned()
                .unwrap_or_default();
            home.extend(labels.into_iter().map(Inbound::Text));
        }
        home.extend(
            shown
                .iter()
                .filter(|i| self.targets.home_tokens.contains(&i.token))
                .map(|i| Inbound::Button(i.token.clone())),
        );
        home.extend(
            sample(&self.targets.home_tokens)
                .into_iter()
                .map(Inbound::Button),
        );
        for inbound in &home {
            let Some(outcome) = self.probe(state, tag, &node, inbound) else {
                continue;
            };
            let entered = visits(self.targets.home.as_ref(), &outcome);
            // With no language yet, home is the language menu.
            let languages = tag.is_empty()
                && outcome
                    .session
                    .as_ref()
                    .is_some_and(|s| s.choosing_language);
            if !entered && !languages {
                self.breach(state, tag, &node, &describe(inbound), Problem::NoHome);
            }
        }

        // 4. Never stuck, whatever else comes.
        for inbound in [
            Inbound::Text("zzz qqq".into()),
            Inbound::Text(String::new()),
            Inbound::Text("1".into()),
            Inbound::Text("99".into()),
            Inbound::Text("/nope".into()),
            Inbound::Button("forged.1".into()),
            Inbound::Button("0000ffff.7".into()),
            Inbound::Location { lat: 0.0, lon: 0.0 },
            Inbound::Location {
                lat: 44.84,
                lon: -0.58,
            },
            Inbound::Unsupported(MediaKind::Photo),
            Inbound::Unsupported(MediaKind::Voice),
            Inbound::Resume,
        ] {
            self.probe(state, tag, &node, &inbound);
        }
    }

    /// Runs one probe and records the step invariants it breaks; the outcome, unless the
    /// engine panicked.
    fn probe(
        &mut self,
        state: &State,
        tag: &str,
        node: &Option<NodeRef>,
        inbound: &Inbound,
    ) -> Option<Outcome> {
        match run(self.engine, &state.session, inbound) {
            Ok(outcome) => {
                for problem in step_breaches(self.engine, &outcome) {
                    self.breach(state, tag, node, &describe(inbound), problem);
                }
                Some(outcome)
            }
            Err(()) => {
                self.breach(state, tag, node, &describe(inbound), Problem::Panic);
                None
            }
        }
    }

    /// The danger lines of a language: its danger labels with the decorations people and
    /// channels add, the given danger sentences, and the other languages' labels as typed.
    fn danger_lines(&self, tag: &str) -> Vec<String> {
        let mut lines: BTreeSet<String> = BTreeSet::new();
        for label in self.targets.danger_labels.get(tag).into_iter().flatten() {
            lines.insert(label.clone());
            lines.insert(label.to_uppercase());
            lines.insert(label.to_lowercase());
            lines.insert(fold(label));
            lines.insert(format!("1\u{fe0f}\u{20e3} {label}"));
            lines.insert(format!("3. {label}"));
            lines.insert(format!("- {label} "));
        }
        for (other, labels) in &self.targets.danger_labels {
            if other != tag {
                lines.extend(labels.iter().cloned());
            }
        }
        lines.extend(self.probes.danger.get(tag).into_iter().flatten().cloned());
        lines.into_iter().collect()
    }

    fn breach(
        &mut self,
        state: &State,
        tag: &str,
        node: &Option<NodeRef>,
        probe: &str,
        problem: Problem,
    ) {
        let kind = state.name.clone();
        if !self
            .reported
            .insert((node.clone(), tag.to_owned(), kind.clone(), problem.clone()))
        {
            return;
        }
        let flows = &self.engine.content().flows;
        let location = node
            .as_ref()
            .and_then(|at| flows.node(at))
            .map(|n| n.location.clone())
            .or_else(|| flows.flows.get(ENTRY_FLOW).map(|f| f.location.clone()))
            .unwrap_or_else(|| Location::file(format!("flows/{ENTRY_FLOW}.toml")));
        self.breaches.push(Breach {
            location,
            node: node.clone(),
            lang: tag.to_owned(),
            state: kind,
            probe: probe.to_owned(),
            problem,
        });
    }
}

impl Targets {
    fn of(engine: &Engine) -> Self {
        let content = engine.content();
        let flows = &content.flows;
        let mut targets = Self {
            emergency: engine.emergency_node().cloned(),
            home: engine.home_node().cloned(),
            danger_tokens: Vec::new(),
            home_tokens: Vec::new(),
            danger_labels: BTreeMap::new(),
            home_labels: BTreeMap::new(),
        };
        let tags = language_tags(engine);
        for (at, node) in flows.nodes() {
            if node.choices.is_empty() || matches!(node.input, Some(Input::YesNo { .. })) {
                continue;
            }
            let Some(first) = tags.first() else { break };
            // The node's buttons as the engine shows them: their tokens, in choice order.
            let session = Session {
                lang: Some(first.clone()),
                at: Some(at.clone()),
                last_seen: NOW,
                ..Session::default()
            };
            let tokens: Vec<String> = run(engine, &session, &Inbound::Resume)
                .map(|o| o.last_choices().into_iter().map(|i| i.token).collect())
                .unwrap_or_default();
            for (choice, token) in node.choices.iter().zip(tokens) {
                let (tokens, labels) = if Some(&choice.goto) == targets.emergency.as_ref() {
                    (&mut targets.danger_tokens, &mut targets.danger_labels)
                } else if Some(&choice.goto) == targets.home.as_ref() {
                    (&mut targets.home_tokens, &mut targets.home_labels)
                } else {
                    continue;
                };
                tokens.push(token);
                for tag in &tags {
                    if let Some(label) = content.locales.format(tag, &choice.text, None) {
                        labels
                            .entry(tag.clone())
                            .or_default()
                            .insert(strip_isolates(&label));
                    }
                }
            }
        }
        targets
    }
}

/// What breaks after any single step, whatever the state and the message: silence, and
/// "choose below" with nothing below.
pub fn step_breaches(engine: &Engine, outcome: &Outcome) -> Vec<Problem> {
    let mut out = Vec::new();
    if outcome.replies.is_empty() && outcome.handoff.is_none() {
        out.push(Problem::Silence);
    }
    // "Choose below" in each register the text may be said in.
    let choose_below: Vec<String> = ["adult", "youth"]
        .into_iter()
        .filter_map(|register| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("register", register);
            engine
                .content()
                .locales
                .format(&outcome.lang, "not-understood", Some(&args))
                .map(|t| strip_isolates(&t))
        })
        .collect();
    if !choose_below.is_empty() {
        let said_at = outcome
            .replies
            .iter()
            .position(|r| matches!(r, Reply::Text(t) if choose_below.contains(&strip_isolates(t))));
        if let Some(said_at) = said_at {
            let shown = outcome.replies[said_at..]
                .iter()
                .any(|r| matches!(r, Reply::Choices(items) if !items.is_empty()));
            if !shown {
                out.push(Problem::ChooseBelowNothing);
            }
        }
    }
    out
}

/// Whether an outcome entered the emergency node.
pub fn entered_emergency(engine: &Engine, outcome: &Outcome) -> bool {
    visits(engine.emergency_node(), outcome)
}

/// Every language of the content, by tag.
fn language_tags(engine: &Engine) -> Vec<String> {
    engine
        .content()
        .locales
        .all()
        .iter()
        .map(|l| l.meta.tag.clone())
        .collect()
}

/// Whether a step went through a node.
fn visits(node: Option<&NodeRef>, outcome: &Outcome) -> bool {
    node.is_some_and(|n| outcome.visited.contains(n))
}

/// Whether an outcome passed the person's words to staff.
pub fn relayed(outcome: &Outcome) -> bool {
    matches!(outcome.handoff, Some(HandoffEvent::Relay { .. }))
}

/// One engine step that may panic, caught.
fn run(engine: &Engine, session: &Session, inbound: &Inbound) -> Result<Outcome, ()> {
    catch_unwind(AssertUnwindSafe(|| {
        engine.handle(session.clone(), inbound.clone(), NOW)
    }))
    .map_err(|_| ())
}

/// A few tokens spread across the content: the first, the middle and the last.
fn sample(tokens: &[String]) -> Vec<String> {
    if tokens.len() <= OLDER_BUTTONS {
        return tokens.to_vec();
    }
    let last = tokens.len() - 1;
    (0..OLDER_BUTTONS)
        .map(|i| tokens[i * last / (OLDER_BUTTONS - 1)].clone())
        .collect()
}

/// A typed number (for the number check, which compares it with the button instead).
fn is_number(inbound: &Inbound) -> bool {
    matches!(inbound, Inbound::Text(t) if t.trim().parse::<u32>().is_ok())
}

/// A node waiting for the person, in words.
fn waiting_kind(node: &Node) -> &'static str {
    match node.input {
        Some(Input::Text) => "a text question",
        Some(Input::Number { .. }) => "a number question",
        Some(Input::YesNo { .. }) => "a yes/no question",
        Some(Input::Place) => "a place question",
        None => "a menu",
    }
}

/// A probe, in words.
fn describe(inbound: &Inbound) -> String {
    match inbound {
        Inbound::Text(text) => format!("typing {text:?}"),
        Inbound::Button(token) => format!("pressing the button {token:?}"),
        Inbound::Location { lat, lon } => format!("sharing the location {lat},{lon}"),
        Inbound::Unsupported(kind) => format!("sending a {kind:?}"),
        Inbound::Resume => "coming back".into(),
    }
}
