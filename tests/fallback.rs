//! Issue #17, through the real binary (`passerelle chat`, which reaches no desk): a request no
//! team can take leads somewhere. With a verified contact, the association's card under "contact
//! it directly"; without one (the bundled directory today), the national lines that fit the need
//! and the person, each with what it is for and when it answers; a minor gets the young
//! people's lines (119 first, never 115) and never the card of an association for adults only.
//! The regional desk is tested end to end in `tests/handoff_telegram.rs`.

mod support;

use support::{Bot, assert_in_order};

/// The lines block of a French conversation: what follows its first line, up to the end.
fn lines_block(text: &str, intro: &str) -> String {
    let at = text
        .find(intro)
        .unwrap_or_else(|| panic!("`{intro}` in:\n{text}"));
    text[at + intro.len()..].to_owned()
}

/// The first line of each national line in a block.
fn numbers(block: &str) -> Vec<String> {
    block
        .lines()
        .map(|l| l.split(" : ").next().unwrap_or_default().trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect()
}

const FR_DIRECTLY: &str = "Vous pouvez la contacter directement :";
const FR_LINES: &str = "Ces lignes nationales peuvent vous aider dès maintenant :";

/// The talk menu's choice for a need, from the home menu.
const TALK_HOUSING: &[&str] = &["2", "1"];
const TALK_JUST_TALK: &[&str] = &["2", "7"];
/// Infos, "Sécurité", "find someone near me": the need is `safety`.
const NEEDS_SAFETY: &[&str] = &["1", "5", "3"];

/// An adult, in French, asks for a human (`path` from the home menu to the place question) in
/// a place.
fn adult_asks(path: &[&str], place: &str) -> String {
    let mut lines = path.to_vec();
    lines.extend([place, "1", "oui", "ok"]);
    let run = Bot::bundled().chat(&["--lang", "fr"], &lines);
    run.assert_code(0).assert_no_panic();
    run.text()
}

#[test]
fn verified_contacts_come_under_contact_them_directly() {
    // The fixture's association has a verified phone and address.
    let run = Bot::new().chat(&["--lang", "en"], &["2", "1", "33", "yes", "hello"]);
    run.assert_code(0).assert_no_panic();
    let text = run.text();
    assert_in_order(
        &text,
        &[
            "does not receive requests through this service yet. Nothing was sent.",
            "You can contact them directly:",
            "  | Association Fixture Gironde",
            "05 00 00 00 33",
            "In danger: 17 or 112 (114 by text message).",
        ],
    );
    assert!(!text.contains("The fixture's national lines"), "{text}");
}

#[test]
fn housing_without_a_verified_contact_gives_the_shelter_line_first() {
    let text = adult_asks(TALK_HOUSING, "33");
    assert_in_order(
        &text,
        &[
            "ne reçoit pas encore de demande par ce service. Rien n'a été envoyé.",
            "ses coordonnées sont encore en cours de vérification",
            FR_LINES,
            "115 : hébergement d'urgence, pour dormir à l'abri. Gratuit, jour et nuit.",
            "En danger maintenant : 17 ou 112.",
        ],
    );
    let block = lines_block(&text, FR_LINES);
    assert_eq!(numbers(&block)[..3], ["115", "116 006", "3919"], "{block}");
    assert!(!text.contains(FR_DIRECTLY), "{text}");
}

#[test]
fn to_talk_or_for_safety_an_adult_gets_116_006_and_3919_with_their_hours() {
    for (path, place) in [(TALK_JUST_TALK, "Limoges"), (NEEDS_SAFETY, "Pau")] {
        let text = adult_asks(path, place);
        assert!(text.contains("Département choisi"), "{path:?}: {text}");
        let block = lines_block(&text, FR_LINES);
        assert_eq!(
            numbers(&block),
            ["116 006", "3919", "En danger maintenant"],
            "{block}"
        );
        assert!(block.contains("tous les jours de 9 h à 19 h"), "{block}");
        assert!(
            block.contains("Gratuit et anonyme, jour et nuit"),
            "{block}"
        );
        assert!(!text.contains(FR_DIRECTLY), "{text}");
    }
}

#[test]
fn a_minor_gets_the_young_peoples_lines_and_never_an_adults_card() {
    let engine = support::bundled_engine();
    let directory = &engine.content().directory;
    let adults_only: Vec<&str> = directory
        .associations
        .iter()
        .filter(|a| a.sees_minors() == Some(false))
        .map(|a| a.name.as_str())
        .collect();
    const YOUTH_LINES: &str = "Ces lignes nationales peuvent t'aider dès maintenant :";
    let mut reached = 0;
    for dept in directory.departements.keys() {
        // 15–17, "who can help", "find someone near me", the département, soon, yes, no message.
        let run = Bot::bundled().chat(
            &[],
            &["/start l-fr_a-youth", "3", "7", "1", dept, "1", "oui", "ok"],
        );
        run.assert_code(0).assert_no_panic();
        let text = run.text();
        for name in &adults_only {
            assert!(
                !text.contains(&format!("  | {name},")),
                "{dept}: a card for adults only: {text}"
            );
        }
        if !text.contains(YOUTH_LINES) {
            // An association a person can reach from its card (once verified): its card.
            assert!(
                text.contains("Tu peux la contacter directement :"),
                "{dept}: {text}"
            );
            continue;
        }
        reached += 1;
        let block = lines_block(&text, YOUTH_LINES);
        assert_eq!(
            numbers(&block),
            [
                "119",
                "3018",
                "Fil Santé Jeunes, 0 800 235 236",
                "En danger maintenant"
            ],
            "{dept}: {block}"
        );
        assert!(!block.contains("115"), "{dept}: {block}");
        assert!(
            !text.contains("Vous pouvez"),
            "{dept}: the youth register: {text}"
        );
    }
    assert!(
        reached > 0,
        "no département gave a minor the national lines"
    );
}
