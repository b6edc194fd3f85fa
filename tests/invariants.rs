//! The safety invariants (src/invariants.rs) proven over the bundled content: the walker over
//! every node × language × state, and a property test that drives random sequences of what a
//! person may send (texts in every language, numbers, old and forged buttons, locations,
//! media, commands, handoff notices) and checks the invariants after every step.

mod support;

use std::collections::BTreeMap;

use passerelle::engine::{
    ChoiceItem, Engine, HandoffEvent, HandoffNotice, Inbound, MediaKind, Outcome, Reply, Session,
};
use passerelle::invariants::{Probes, entered_emergency, relayed, step_breaches, walk};
use proptest::prelude::*;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Examples {
    #[serde(rename = "match", default)]
    matching: Vec<String>,
}

/// The bundled content's engine, loaded once.
fn engine() -> &'static Engine {
    support::bundled_engine()
}

/// The danger lines people type, per language (`tests/intents/<lang>.toml`).
fn danger_lines() -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for locale in engine().content().locales.all() {
        let tag = &locale.meta.tag;
        let path = support::repo_root().join(format!("tests/intents/{tag}.toml"));
        let text = std::fs::read_to_string(&path).expect("intent examples");
        let examples: BTreeMap<String, Examples> = toml::from_str(&text).expect("examples");
        out.insert(
            tag.clone(),
            examples
                .get("danger")
                .map(|e| e.matching.clone())
                .unwrap_or_default(),
        );
    }
    out
}

#[test]
fn every_state_of_every_node_in_every_language_keeps_the_invariants() {
    let probes = Probes {
        danger: danger_lines(),
    };
    let breaches = walk(engine(), &probes);
    let listed: Vec<String> = breaches
        .iter()
        .map(|b| format!("{}:{}: {b}", b.location.file.display(), b.location.line))
        .collect();
    assert!(listed.is_empty(), "{}", listed.join("\n"));
}

/// One thing a person does, drawn at random.
#[derive(Debug, Clone)]
enum Act {
    /// A danger line of a language (index into the languages, then into its lines).
    Danger(usize, usize),
    /// A number, as typed.
    Number(u8),
    /// The label of a choice on screen, typed (index into the shown choices).
    Label(usize),
    /// A button on screen (index into the shown choices).
    Shown(usize),
    /// A button of an older message (index into every button seen).
    Older(usize),
    /// A forged button.
    Forged(String),
    /// Any text.
    Text(String),
    /// A command.
    Command(usize),
    /// A shared location.
    Location(f64, f64),
    /// A photo or a voice message.
    Media(bool),
    /// Coming back.
    Resume,
}

const COMMANDS: &[&str] = &[
    "/start",
    "/stop",
    "/lang",
    "/help",
    "/forget",
    "/nope",
    "/start fr",
];

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        2 => (0usize..16, 0usize..16).prop_map(|(l, i)| Act::Danger(l, i)),
        3 => (0u8..12).prop_map(Act::Number),
        3 => (0usize..12).prop_map(Act::Label),
        5 => (0usize..12).prop_map(Act::Shown),
        2 => (0usize..64).prop_map(Act::Older),
        1 => "[a-f0-9.]{0,12}".prop_map(Act::Forged),
        2 => "\\PC{0,24}".prop_map(Act::Text),
        1 => (0usize..COMMANDS.len()).prop_map(Act::Command),
        1 => (41.0f64..52.0, -5.0f64..10.0).prop_map(|(a, b)| Act::Location(a, b)),
        1 => any::<bool>().prop_map(Act::Media),
        1 => Just(Act::Resume),
    ]
}

/// The person's side of one run: the session, what is on screen, every button seen.
struct Person {
    session: Session,
    shown: Vec<ChoiceItem>,
    seen: Vec<String>,
}

impl Person {
    fn inbound(&self, act: &Act, dangers: &[Vec<String>]) -> Option<Inbound> {
        Some(match act {
            Act::Danger(l, i) => {
                let lines = dangers.get(l % dangers.len())?;
                Inbound::Text(lines.get(i % lines.len().max(1))?.clone())
            }
            Act::Number(n) => Inbound::Text(n.to_string()),
            Act::Label(i) => Inbound::Text(self.shown.get(*i)?.label.clone()),
            Act::Shown(i) => Inbound::Button(self.shown.get(*i)?.token.clone()),
            Act::Older(i) => Inbound::Button(self.seen.get(i % self.seen.len().max(1))?.clone()),
            Act::Forged(t) => Inbound::Button(t.clone()),
            Act::Text(t) => Inbound::Text(t.clone()),
            Act::Command(i) => Inbound::Text(COMMANDS[*i].to_owned()),
            Act::Location(lat, lon) => Inbound::Location {
                lat: *lat,
                lon: *lon,
            },
            Act::Media(photo) => Inbound::Unsupported(if *photo {
                MediaKind::Photo
            } else {
                MediaKind::Voice
            }),
            Act::Resume => Inbound::Resume,
        })
    }

    /// Takes in what the bot showed; a request posted is answered by the hub, which opens a
    /// relay or gives the card (as a real hub does next).
    fn took(&mut self, engine: &Engine, outcome: Outcome, open: bool) -> Outcome {
        let mut outcome = outcome;
        if let Some(HandoffEvent::Open(_)) = &outcome.handoff {
            let notice = if open {
                HandoffNotice::Opened {
                    ticket: "PRP-TST".into(),
                    association: engine
                        .content()
                        .directory
                        .associations
                        .first()
                        .map(|a| a.id.clone())
                        .unwrap_or_default(),
                    staff_languages: vec!["fr".into()],
                    until: u64::MAX / 4,
                    name: None,
                    instead_of: None,
                }
            } else {
                HandoffNotice::NoDesk { association: None }
            };
            let session = outcome.session.clone().unwrap_or_default();
            let noticed = engine.notice(session, notice, 10);
            outcome.session = noticed.session;
            outcome.replies.extend(noticed.replies);
        }
        if let Some(items) = outcome.replies.iter().rev().find_map(|r| match r {
            Reply::Choices(items) => Some(items.clone()),
            _ => None,
        }) {
            self.seen.extend(items.iter().map(|i| i.token.clone()));
            self.shown = items;
        }
        if outcome.session.is_none() {
            // Erased (the quick exit wipes the screen where the platform allows): nothing is
            // on screen any more; older buttons may still be pressed.
            self.shown.clear();
        }
        self.session = outcome.session.clone().unwrap_or_default();
        outcome
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_sequences_keep_the_invariants_after_every_step(
        acts in proptest::collection::vec(act(), 1..40),
        open in any::<bool>(),
    ) {
        let engine = engine();
        let dangers: Vec<Vec<String>> = danger_lines().into_values().collect();
        let mut person = Person { session: Session::default(), shown: Vec::new(), seen: Vec::new() };
        for act in &acts {
            let Some(inbound) = person.inbound(act, &dangers) else { continue };
            let before = person.session.clone();
            let outcome = engine.handle(before.clone(), inbound.clone(), 10);
            let problems = step_breaches(engine, &outcome);
            prop_assert!(problems.is_empty(), "{inbound:?} from {before:?}: {problems:?}");
            if engine.is_urgent(&inbound) {
                prop_assert!(
                    entered_emergency(engine, &outcome),
                    "{inbound:?} is urgent, yet from {before:?} gave {:?}", outcome.replies
                );
            }
            if let Act::Danger(..) = act {
                prop_assert!(entered_emergency(engine, &outcome), "{inbound:?} from {before:?}");
            }
            // A number shown beside a choice does what pressing the choice does.
            if let Inbound::Text(typed) = &inbound
                && let Some(item) = person.shown.iter().find(|i| i.by_number && i.number.to_string() == *typed)
                && !relayed(&outcome)
            {
                let pressed = engine.handle(before.clone(), Inbound::Button(item.token.clone()), 10);
                prop_assert_eq!(&outcome.replies, &pressed.replies, "{} from {:?}", typed, before);
            }
            person.took(engine, outcome, open);
        }
    }
}
