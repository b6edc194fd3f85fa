//! The directory through the real binary: from "talk to someone" to a contact card, and the map.

mod support;

use passerelle::kit::poster::Fonts;
use resvg::usvg;
use support::Bot;

#[test]
fn talk_to_someone_then_a_town_name_gives_the_card_of_an_association_of_that_departement() {
    let bot = Bot::bundled();
    // Menu 2: talk to someone; need 3: health; a town typed without its accent.
    let run = bot.chat(&["--lang", "fr"], &["2", "3", "Merignac"]);
    run.assert_code(0).assert_no_panic();
    let text = run.text();
    assert!(text.contains("Gironde"), "{text}");
    // The card: the pictogram, the Gironde association that does health care, and what it does.
    assert!(text.contains("[group: "), "{text}");
    let card: Vec<&str> = text.lines().filter(|l| l.starts_with("  | ")).collect();
    assert_eq!(card.first(), Some(&"  | La CASE, Bordeaux"), "{card:?}");
    assert!(
        card.iter().any(|l| l.contains("la santé et les soins")),
        "{card:?}"
    );
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
        // Two associations of one town share a label, on one line or stacked.
        "Sauvegarde ·",
        "Saint-Vincent",
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

/// The map through the binary in `lang`: its SVG text and the tree resvg draws from it.
fn drawn_map(bot: &Bot, lang: &str) -> (String, usvg::Tree) {
    let path = bot.tmp.path().join(format!("map-{lang}.svg"));
    let run = bot.run(
        &[
            "directory",
            "map",
            "--lang",
            lang,
            "--out",
            path.to_str().unwrap(),
        ],
        "",
    );
    run.assert_code(0).assert_no_panic();
    let svg = std::fs::read_to_string(&path).unwrap();
    let tree = Fonts::system()
        .expect("a system font (fonts-dejavu-core)")
        .parse(&svg)
        .unwrap();
    (svg, tree)
}

#[test]
fn the_map_legend_speaks_the_asked_language() {
    let bot = Bot::bundled();
    let english = [
        "Approved associations for the exit pathway",
        "Approved association: contact verified",
        "Approved association: contact not verified yet, approximate location",
        "Town the service recognises",
        "Département: number and name",
    ];
    let (svg, _) = drawn_map(&bot, "en");
    // Sentences may wrap: every word is drawn, and no French is left.
    for sentence in english {
        for word in sentence.split(' ') {
            assert!(svg.contains(word), "{word} in the English legend");
        }
    }
    assert!(!svg.contains("agréée"), "French in the English map");
    // The date of the data, or that there is none yet.
    assert!(
        svg.contains("Latest verification of a contact:")
            || svg.contains("No contact is verified yet."),
        "no date in the legend"
    );

    let (svg, _) = drawn_map(&bot, "ar");
    for word in [
        "الجمعيات",
        "المعتمدة",
        "لمسار",
        "الخروج",
        "تقريبي",
        "المقاطعة",
    ] {
        assert!(svg.contains(word), "{word} in the Arabic legend");
    }
    // Each Arabic line is isolated right to left; the names on the map stay as written.
    let legend: Vec<&str> = svg
        .lines()
        .skip_while(|l| !l.contains("id=\"legend\""))
        .filter(|l| l.starts_with("<text"))
        .collect();
    assert!(legend.len() >= 6, "{legend:?}");
    assert!(legend.iter().all(|l| l.contains('\u{2067}')), "{legend:?}");
    assert!(svg.contains("CIDFF 16"));

    let run = bot.run(
        &["directory", "map", "--lang", "xx", "--out", "map.svg"],
        "",
    );
    run.assert_code(2);
    assert!(run.stderr_plain().contains("xx"), "{}", run.stderr_plain());
}

#[test]
fn associations_without_a_verified_contact_are_drawn_hollow() {
    let bot = Bot::bundled();
    let (svg, _) = drawn_map(&bot, "fr");
    let markers: Vec<&str> = svg
        .lines()
        .filter(|l| l.contains("class=\"office "))
        .collect();
    assert!(markers.len() >= 10, "{markers:?}");
    for marker in markers {
        if marker.contains("class=\"office unverified\"") {
            assert!(marker.contains("fill=\"#ffffff\""), "{marker}");
        } else {
            assert!(marker.contains("class=\"office verified\""), "{marker}");
            assert!(!marker.contains("fill=\"#ffffff\""), "{marker}");
        }
    }
    // The legend shows both marks.
    assert!(svg.contains("legend-verified verified"));
    assert!(svg.contains("legend-unverified unverified"));
}

#[test]
fn map_labels_stay_inside_the_picture_and_clear_of_each_other() {
    let bot = Bot::bundled();
    for lang in ["fr", "ar", "bg"] {
        let (svg, tree) = drawn_map(&bot, lang);
        let (width, height) = (tree.size().width(), tree.size().height());
        let count = svg.matches("class=\"label ").count();
        // Twelve départements and the associations' offices.
        assert!(count > 12, "{lang}: {count} labels");
        // As resvg draws them, halo included.
        let boxes: Vec<usvg::Rect> = (0..count)
            .map(|i| {
                tree.node_by_id(&format!("label-{i}"))
                    .unwrap_or_else(|| panic!("{lang}: label-{i}"))
                    .abs_stroke_bounding_box()
            })
            .collect();
        let legend = tree.node_by_id("legend").unwrap().abs_stroke_bounding_box();
        let overlap = |a: &usvg::Rect, b: &usvg::Rect| {
            a.left() < b.right()
                && b.left() < a.right()
                && a.top() < b.bottom()
                && b.top() < a.bottom()
        };
        for (i, a) in boxes.iter().enumerate() {
            assert!(
                a.left() >= 0.0 && a.top() >= 0.0 && a.right() <= width && a.bottom() <= height,
                "{lang}: label-{i} {a:?} leaves the picture"
            );
            assert!(!overlap(a, &legend), "{lang}: label-{i} on the legend");
            for (j, b) in boxes.iter().enumerate().skip(i + 1) {
                assert!(
                    !overlap(a, b),
                    "{lang}: label-{i} {a:?} and label-{j} {b:?} overlap"
                );
            }
        }
        assert!(
            legend.left() >= 0.0 && legend.right() <= width && legend.bottom() <= height,
            "{lang}: legend {legend:?}"
        );
    }
}

/// The first card of a run, line by line.
fn card_lines(text: &str) -> Vec<&str> {
    text.lines()
        .skip_while(|l| !l.starts_with("  | "))
        .take_while(|l| l.starts_with("  | "))
        .collect()
}

/// Every lead of the bundled directory, as the file writes it (a number, an address…).
fn bundled_leads() -> Vec<String> {
    support::bundled_engine()
        .content()
        .directory
        .associations
        .iter()
        .flat_map(|a| a.leads())
        .map(|c| c.value.to_string())
        .collect()
}

/// Issue #17: in the Gironde, each need goes to the association that does that work (no longer
/// CEID, an addiction service, for housing because it comes first in the file); its card shows
/// no lead, says its contact is being checked and gives the national numbers.
#[test]
fn each_need_in_gironde_gets_the_association_that_does_that_work_and_never_a_lead() {
    let leads = bundled_leads();
    assert!(leads.len() >= 20);
    // Talk menu: 1 housing, 2 papers, 3 health.
    for (need, name, does) in [
        ("1", "La CASE", "l'accompagnement social et les démarches"),
        ("2", "Ruelle", "l'emprise et les dettes imposées"),
        ("3", "La CASE", "la santé et les soins"),
    ] {
        let bot = Bot::bundled();
        let run = bot.chat(&["--lang", "fr"], &["2", need, "33"]);
        run.assert_code(0).assert_no_panic();
        let text = run.text();
        let card = card_lines(&text);
        assert_eq!(
            card.first().copied(),
            Some(format!("  | {name}, Bordeaux").as_str()),
            "need {need}: {text}"
        );
        assert!(
            card.iter().any(|l| l.contains(does)),
            "need {need}: {card:?}"
        );
        assert!(
            card.iter()
                .any(|l| l.contains("en cours de vérification") && l.contains("115")),
            "need {need}: {card:?}"
        );
        for lead in &leads {
            assert!(
                !text.contains(lead.as_str()),
                "the lead {lead} was shown: {text}"
            );
        }
    }
}

/// Issue #17: a person under 18 in each département of the region (the youth path, 15–17,
/// "who can help?", "someone near me") gets the card the directory ranks first for a minor,
/// never one known to receive adults only, with the numbers for young people.
#[test]
fn a_minor_in_every_departement_gets_a_card_for_minors_and_the_numbers_for_young_people() {
    let directory = &support::bundled_engine().content().directory;
    for code in [
        "16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87",
    ] {
        let query = passerelle::directory::Query {
            dept: code,
            need: Some("talk"),
            lang: "fr",
            near: None,
            minor: true,
        };
        let expected = directory.nearest(&query).expect("an association");
        assert_ne!(expected.sees_minors(), Some(false), "{code}");
        let bot = Bot::bundled();
        let run = bot.chat(&[], &["/start l-fr_a-youth", "3", "7", "1", code]);
        run.assert_code(0).assert_no_panic();
        let text = run.text();
        let card = card_lines(&text);
        assert_eq!(
            card.first().copied(),
            Some(format!("  | {}, {}", expected.name, expected.town).as_str()),
            "{code}: {text}"
        );
        // The young people's numbers, not the adults' (115).
        let last = card.last().copied().unwrap_or_default();
        assert!(
            last.contains("119") && last.contains("3018"),
            "{code}: {card:?}"
        );
        assert!(!last.contains("115"), "{code}: {card:?}");
    }
}

/// Issue #17: the operators' table, with the desks of the config, the leads and their sources,
/// and what each association lacks.
#[test]
fn the_directory_command_prints_the_list_to_take_to_the_phone() {
    let bot = Bot::bundled();
    let config = bot.tmp.path().join("passerelle.toml");
    std::fs::write(
        &config,
        "[[handoff.desk]]\nassociation = \"la-case-33\"\nchannel = \"matrix\"\nroom = \"!desk:example.org\"\nhours = \"mon-fri 09:00-17:00\"\n\n\
[[handoff.desk]]\nassociation = \"gone-99\"\nchannel = \"telegram\"\nroom = \"-100123\"\n",
    )
    .unwrap();
    let run = bot.run(
        &[
            "--config",
            config.to_str().unwrap(),
            "directory",
            "--today",
            "2026-12-04",
        ],
        "",
    );
    run.assert_code(0).assert_no_panic();
    let text = &run.stdout;
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with(
            "16 association(s) on 2026-12-04: 0 a person can reach from its card, 16 to complete;"
        ),
        "{text}"
    );
    let row = |id: &str| {
        lines
            .iter()
            .find(|l| l.contains(&format!("({id})")))
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_else(|| panic!("no row for {id}: {text}"))
    };
    assert!(
        lines.iter().any(|l| l.starts_with("DÉPT  ASSOCIATION")),
        "{text}"
    );
    assert_eq!(
        row("la-case-33"),
        "33 La CASE (la-case-33) matrix, mon-fri 09:00-17:00 - address, hours languages, minors, interpreter"
    );
    assert_eq!(
        row("cidff-16"),
        "16 CIDFF 16 (cidff-16) none - - a way to reach it, address, hours, languages, minors, interpreter"
    );
    assert_eq!(
        row("cidff-17"),
        "17 CIDFF 17 (cidff-17) none - phone, address hours, languages, minors, interpreter"
    );
    // The details: each lead with its value, its year and its source.
    for expected in [
        "CIDFF 17 (cidff-17): 17, La Rochelle",
        "  - phone: 05 46 41 18 86",
        "    LEAD, found 2020, never shown until verified",
        "    source: https://www.agglo-larochelle.fr/-/allo-cidff-la-ligne-reste-ouverte-pour-les-femmes",
        "  lacks (ask when you call): a way to reach it, address, hours, languages, minors, interpreter",
        "Desks in the config for no association of the directory: gone-99",
    ] {
        assert!(
            lines.contains(&expected),
            "expected {expected:?} in\n{text}"
        );
    }

    // The fixture's contacts are verified: shown, and aged against the day given.
    let bot = Bot::new();
    let run = bot.run(&["directory", "--today", "2027-12-01"], "");
    run.assert_code(0);
    let text = &run.stdout;
    assert!(
        text.starts_with("2 association(s) on 2027-12-01: 2 a person can reach from its card, 0 to complete; 0 lead(s) to verify."),
        "{text}"
    );
    assert!(
        text.contains("  - phone: 05 00 00 00 33\n    SHOWN, verified 2026-11-20 (12 months ago): confirm it again\n"),
        "{text}"
    );
    let row = text
        .lines()
        .find(|l| l.contains("(fixture-33)"))
        .unwrap_or_default();
    assert!(row.contains("phone*, address*, hours*"), "{row}");
    let run = bot.run(&["directory", "--today", "2026-12-01"], "");
    assert!(
        run.stdout
            .contains("    SHOWN, verified 2026-11-20 (this month)\n"),
        "{}",
        run.stdout
    );
}
