//! The directory through the real binary: from "talk to someone" to a contact card, and the map.

mod support;

use support::Bot;

#[test]
fn talk_to_someone_then_a_town_name_gives_the_card_of_an_association_of_that_departement() {
    let bot = Bot::bundled();
    // Menu 2: talk to someone; need 3: health; a town typed without its accent.
    let run = bot.chat(&["--lang", "fr"], &["2", "3", "Merignac"]);
    run.assert_code(0).assert_no_panic();
    let text = run.text();
    assert!(text.contains("Gironde"), "{text}");
    // The card: the pictogram, a Gironde association that helps with health, and what it does.
    assert!(text.contains("[group: "), "{text}");
    let card: Vec<&str> = text.lines().filter(|l| l.starts_with("  | ")).collect();
    assert!(
        card.first()
            .is_some_and(|l| l.contains("CEID") || l.contains("La CASE")),
        "{card:?}"
    );
    assert!(card.iter().any(|l| l.contains("La santé")), "{card:?}");
    // The town is not kept: only the département.
    let store = std::fs::read_dir(bot.data_dir.join("store"))
        .unwrap()
        .count();
    assert!(store > 0);
}

#[test]
fn a_postal_code_elsewhere_in_france_gets_national_numbers_and_no_local_association() {
    let bot = Bot::bundled();
    let run = bot.chat(&["--lang", "fr"], &["2", "1", "75011"]);
    run.assert_code(0);
    let text = run.text();
    assert!(
        text.contains("75 n'est pas en Nouvelle-Aquitaine"),
        "{text}"
    );
    assert!(
        !text.lines().any(|l| l.starts_with("  | ")),
        "no association card: {text}"
    );
    assert!(text.contains("3919"), "{text}");
}

#[test]
fn a_town_named_in_a_sentence_wins_over_an_age_or_a_duration() {
    // Issue #14: an age is not the Corrèze, a duration is not the Cantal.
    for (line, found) in [
        (
            "je suis à Bordeaux, j'ai 19 ans",
            "Département choisi : Gironde.",
        ),
        (
            "J'habite à Pau depuis 15 ans",
            "Département choisi : Pyrénées-Atlantiques.",
        ),
    ] {
        let bot = Bot::bundled();
        let run = bot.chat(&["--lang", "fr"], &["2", "3", line]);
        run.assert_code(0).assert_no_panic();
        let text = run.text();
        assert!(text.contains(found), "{line}: {text}");
        assert!(!text.contains("n'est pas en Nouvelle-Aquitaine"), "{text}");
        assert!(
            text.lines().any(|l| l.starts_with("  | ")),
            "a card: {text}"
        );
    }
}

#[test]
fn a_big_town_elsewhere_in_france_is_named_and_gets_national_numbers() {
    let bot = Bot::bundled();
    let run = bot.chat(&["--lang", "fr"], &["2", "1", "j'habite à Lyon"]);
    run.assert_code(0).assert_no_panic();
    let text = run.text();
    assert!(
        text.contains("69 n'est pas en Nouvelle-Aquitaine"),
        "{text}"
    );
    // The département by its name, not only its number.
    assert!(text.contains("Rhône"), "{text}");
    assert!(
        !text.lines().any(|l| l.starts_with("  | ")),
        "no association card: {text}"
    );
    assert!(text.contains("3919"), "{text}");
}

#[test]
fn the_map_is_written_as_svg_and_png() {
    let bot = Bot::bundled();
    let svg = bot.tmp.path().join("map.svg");
    let run = bot.run(&["directory", "map", "--out", svg.to_str().unwrap()], "");
    run.assert_code(0).assert_no_panic();
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(text.starts_with("<svg"), "{}", &text[..80.min(text.len())]);
    for name in [
        "Gironde",
        "Haute-Vienne",
        "CIDFF 16",
        "OGFA",
        "Sauvegarde · Saint-Vincent de Paul",
    ] {
        assert!(text.contains(name), "{name} on the map");
    }
    let png = bot.tmp.path().join("map.png");
    let run = bot.run(&["directory", "map", "--out", png.to_str().unwrap()], "");
    run.assert_code(0);
    assert_eq!(&std::fs::read(&png).unwrap()[..8], b"\x89PNG\r\n\x1a\n");
    let run = bot.run(&["directory", "map", "--out", "map.pdf"], "");
    run.assert_code(2);
    assert!(
        run.stderr_plain().contains("must end in .svg or .png"),
        "{}",
        run.stderr_plain()
    );
}
