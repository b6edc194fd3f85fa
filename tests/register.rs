//! The youth register, held everywhere a young person can go (issue #16): from a school link,
//! every node the youth path leads to by its buttons (its own topics, the talk flow, the
//! emergency numbers), with what a person may send there (a word the bot does not know, a
//! photo, a voice message, a wrong number or place, /help, /stop), in every language, speaks
//! in the informal register; and below 18 the fallback contacts are a minor's (119, 3018), never
//! an adult's card.

mod support;

use std::collections::{BTreeSet, VecDeque};

use passerelle::engine::{
    Engine, HandoffEvent, HandoffNotice, Inbound, MediaKind, Outcome, Reply, Session,
};
use passerelle::text::strip_isolates;
use regex::Regex;

fn engine() -> &'static Engine {
    support::bundled_engine()
}

/// The formal address of each language that has one: a youth text must never use it.
fn formal(lang: &str) -> Option<Regex> {
    let pattern = match lang {
        // "rendez-vous" is not an address.
        "fr" => r"(?i)(^|[^\w-])(vous|votre|vos)\b",
        "es" => r"(?i)\b(usted|ustedes)\b",
        // Bulgarian writes the polite address with a capital letter, in mid-sentence too.
        "bg" => r"\b(Вие|Ви|Вас|Ваш|Ваша|Ваше|Вашите)\b",
        "ro" => r"(?i)\b(dumneavoastră|dvs)\b",
        _ => return None,
    };
    Some(Regex::new(pattern).expect("pattern"))
}

/// Flows of adult information: a young person may open them from the menu, but they are not
/// part of the youth path, and their texts are not checked here.
const ADULT_FLOWS: &[&str] = &["welcome:", "needs:", "pathway:"];

/// What a person may send at any node, besides its buttons.
fn probes() -> Vec<Inbound> {
    vec![
        Inbound::Text("zqx wvk".into()),
        Inbound::Text("999".into()),
        Inbound::Text("Nowhereville".into()),
        Inbound::Text(String::new()),
        Inbound::Unsupported(MediaKind::Photo),
        Inbound::Unsupported(MediaKind::Voice),
        Inbound::Text("/help".into()),
        Inbound::Text("/stop".into()),
        Inbound::Text("Paris".into()),
    ]
}

fn texts(outcome: &Outcome) -> Vec<String> {
    outcome
        .replies
        .iter()
        .flat_map(|r| match r {
            Reply::Text(t) => vec![strip_isolates(t)],
            Reply::ContactCard(card) => card.lines.iter().map(|l| strip_isolates(l)).collect(),
            // Buttons speak too ("Envoyez sans message").
            Reply::Choices(items) => items.iter().map(|i| strip_isolates(&i.label)).collect(),
            _ => Vec::new(),
        })
        .collect()
}

fn in_adult_flow(session: &Session) -> bool {
    session
        .at
        .as_ref()
        .is_some_and(|at| ADULT_FLOWS.iter().any(|f| at.to_string().starts_with(f)))
}

/// A request is answered as a hub with no desk answers it: the card and the numbers.
fn with_hub(outcome: Outcome) -> Outcome {
    let mut outcome = outcome;
    if let Some(HandoffEvent::Open(_)) = &outcome.handoff {
        let session = outcome.session.clone().unwrap_or_default();
        let noticed = engine().notice(session, HandoffNotice::NoDesk { association: None }, 10);
        outcome.session = noticed.session;
        outcome.replies.extend(noticed.replies);
    }
    outcome
}

/// Every text said on the youth path for one language and age band (by the index of its
/// button on the age question), with where it was said.
fn walk(lang: &str, band: usize) -> Vec<(String, String)> {
    let engine = engine();
    let start = engine.handle(
        Session::default(),
        Inbound::Text(format!("/start l-{lang}_a-youth")),
        1,
    );
    let session = start.session.clone().expect("a session");
    let age = start.last_choices();
    let mut said = Vec::new();
    said.extend(texts(&start).into_iter().map(|t| ("start".to_owned(), t)));
    let first = engine.handle(session, Inbound::Button(age[band].token.clone()), 2);
    let mut queue = VecDeque::from([first]);
    let mut expanded = BTreeSet::new();
    while let Some(outcome) = queue.pop_front() {
        let Some(session) = outcome.session.clone() else {
            continue;
        };
        if in_adult_flow(&session) {
            continue;
        }
        let at = session
            .at
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default();
        said.extend(texts(&outcome).into_iter().map(|t| (at.clone(), t)));
        if !expanded.insert(at.clone()) {
            continue;
        }
        let buttons: Vec<String> = outcome
            .last_choices()
            .into_iter()
            .map(|i| i.token)
            .collect();
        for inbound in probes() {
            let probed = with_hub(engine.handle(session.clone(), inbound.clone(), 3));
            if !probed.session.as_ref().is_some_and(in_adult_flow) {
                let what = format!("{at}, after {inbound:?}");
                said.extend(texts(&probed).into_iter().map(|t| (what.clone(), t)));
            }
        }
        // A place the directory knows leads on to the request: consent, message, the card.
        for inbound in buttons
            .into_iter()
            .map(Inbound::Button)
            .chain([Inbound::Text("33".into()), Inbound::Text("yes".into())])
        {
            queue.push_back(with_hub(engine.handle(session.clone(), inbound, 3)));
        }
    }
    said
}

#[test]
fn the_youth_path_never_uses_the_formal_address() {
    let mut failures = Vec::new();
    for locale in engine().content().locales.all() {
        let lang = locale.meta.tag.as_str();
        let Some(formal) = formal(lang) else {
            continue;
        };
        for band in 0..4 {
            for (at, text) in walk(lang, band) {
                if formal.is_match(&text) {
                    failures.push(format!("{lang}, band {band}, at {at}: {text}"));
                }
            }
        }
    }
    failures.sort();
    failures.dedup();
    assert!(
        failures.is_empty(),
        "{} texts:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn a_minor_is_given_a_minors_contacts_never_an_adults_card() {
    let engine = engine();
    let mut failures = Vec::new();
    let mut reached = 0;
    for locale in engine.content().locales.all() {
        let lang = locale.meta.tag.as_str();
        // The cards the walk can show (a place the directory knows, one it does not), as an
        // adult and as a minor reads them.
        let cards = |minor: &str| -> Vec<String> {
            let mut out = Vec::new();
            for (id, dept) in [
                ("contact-card-national", None),
                ("contact-card-to-complete", None),
                ("contact-card-none", Some("Paris")),
            ] {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("minor", minor);
                if let Some(dept) = dept {
                    args.set("dept_name", dept);
                }
                let text = engine.content().locales.format(lang, id, Some(&args));
                out.extend(text.map(|t| strip_isolates(&t)));
            }
            out
        };
        let (adult, minor) = (cards("no"), cards("yes"));
        for text in &minor {
            assert!(
                text.contains("119") && text.contains("3018"),
                "{lang}: a minor's card should give 119 and 3018: {text}"
            );
        }
        // Under 13, 13–14 and 15–17.
        for band in 0..3 {
            for (at, text) in walk(lang, band) {
                if adult.iter().any(|card| text.contains(card.as_str())) {
                    failures.push(format!("{lang}, band {band}, at {at}: {text}"));
                }
                reached += usize::from(minor.iter().any(|card| text.contains(card.as_str())));
            }
        }
    }
    assert!(reached > 0, "no walk reached a contact card for a minor");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
