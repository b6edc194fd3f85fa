//! `passerelle check`: the bundled content passes; fixture roots broken on purpose fail with
//! exit 1 and, for each mistake, the exact `file:line:col` and message.
//!
//! Each broken root is a copy of `tests/fixtures/content` with one file replaced by a text
//! written in full below, so that the expected line and column can be read off the test.

mod support;

use support::{Bot, Run, SecretMode, fixture_copy, fixture_root, run_command, write_file};
use tempfile::TempDir;

/// The day every check of these tests is run as of: the directory's verifications age
/// against it, not against the clock.
const TODAY: &str = "2026-12-04";

/// `passerelle check --root <root>` (no data directory, no secret needed), as of [`TODAY`].
fn check_root(root: &std::path::Path) -> Run {
    check_root_on(root, TODAY)
}

/// `passerelle check --root <root> --today <day>`.
fn check_root_on(root: &std::path::Path, today: &str) -> Run {
    let mut command = support::base_command(SecretMode::Unset);
    command
        .arg("check")
        .arg("--root")
        .arg(root)
        .arg("--today")
        .arg(today);
    run_command(command, b"")
}

/// A copy of the fixture with some files replaced, checked.
fn broken(files: &[(&str, &str)]) -> (TempDir, Run) {
    let root = fixture_copy();
    for (path, text) in files {
        write_file(root.path(), path, text);
    }
    let run = check_root(root.path());
    run.assert_no_panic();
    (root, run)
}

/// Panics unless stdout has exactly this line.
#[track_caller]
fn assert_finding(run: &Run, line: &str) {
    assert!(
        run.stdout.lines().any(|l| l == line),
        "expected the line\n  {line}\nin:\n{}",
        run.stdout
    );
}

/// Panics unless the summary counts this many errors and warnings.
#[track_caller]
fn assert_counts(run: &Run, errors: usize, warnings: usize) {
    let summary = run.stdout.lines().last().unwrap_or_default();
    let expected = format!("; {errors} error(s), {warnings} warning(s)");
    assert!(
        summary.ends_with(&expected),
        "expected `{expected}` in the summary:\n{}",
        run.stdout
    );
}

// ----- content that passes ---------------------------------------------------------------

#[test]
fn the_bundled_content_passes() {
    let mut command = support::base_command(SecretMode::Unset);
    command.arg("check");
    let run = run_command(command, b"");
    run.assert_code(0).assert_no_panic();
    let summary = run.stdout.lines().last().unwrap_or_default();
    assert!(summary.starts_with("checked (bundled): "), "{}", run.stdout);
    assert!(summary.contains("; 0 error(s), "), "{}", run.stdout);
    assert!(!run.stdout.contains(": error: "), "{}", run.stdout);
}

/// Every language is complete: no message, intent or wording warning in the bundled content (the
/// only warnings allowed are the directory's contacts still to confirm).
#[test]
fn the_bundled_content_is_complete_in_every_language() {
    let mut command = support::base_command(SecretMode::Unset);
    command.arg("check");
    let run = run_command(command, b"");
    run.assert_code(0).assert_no_panic();
    let unexpected: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.contains(": warning: ") && !l.starts_with("directory/"))
        .collect();
    assert!(unexpected.is_empty(), "{}", unexpected.join("\n"));
}

/// Every message of the source language exists in every other language (not only through the
/// fallback).
#[test]
fn every_message_is_written_in_every_language() {
    let (content, _) =
        passerelle::content::Content::load(&passerelle::content::ContentFiles::embedded());
    let source = content.locales.get("fr").expect("French");
    let ids = passerelle::locale::defined_messages(source);
    let mut missing = Vec::new();
    for locale in content.locales.all() {
        for id in ids.keys() {
            if !locale.has_message(id) {
                missing.push(format!("{}: {id}", locale.meta.tag));
            }
        }
    }
    assert_eq!(
        content.locales.all().len(),
        7,
        "fr, en, es, bg, ro, ar, pt-BR"
    );
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn the_bundled_content_on_disk_passes_too() {
    let run = check_root(&support::repo_root());
    run.assert_code(0).assert_no_panic();
    assert!(
        run.stdout
            .lines()
            .last()
            .unwrap_or_default()
            .contains("; 0 error(s), "),
        "{}",
        run.stdout
    );
}

#[test]
fn the_fixture_passes_with_no_finding_at_all() {
    let run = check_root(&fixture_root());
    run.assert_code(0).assert_no_panic();
    assert_eq!(
        run.stdout.trim_end(),
        format!(
            "checked {}: 4 flows, 19 nodes, languages: fr, en; 0 error(s), 0 warning(s)",
            fixture_root().display()
        ),
        "the fixture must stay clean, or the tests below test the wrong thing"
    );
}

#[test]
fn content_option_is_what_check_checks_without_root() {
    let bot = Bot::new();
    let run = bot.run(&["check"], "");
    run.assert_code(0);
    assert!(
        run.stdout
            .contains(&format!("checked {}:", fixture_root().display())),
        "{}",
        run.stdout
    );
}

#[test]
fn an_unreviewed_language_is_named_in_the_summary() {
    let (_root, run) = broken(&[(
        "locales/en/meta.toml",
        "name = \"English\"\ndirection = \"ltr\"\nreviewed = false\nfallback = []\n",
    )]);
    run.assert_code(0);
    assert!(
        run.stdout
            .contains("languages: fr, en (needs a native review);"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_back_translated_language_shows_its_date_and_bad_reviews_are_reported_where_written() {
    let (_root, run) = broken(&[(
        "locales/en/meta.toml",
        "name = \"English\"\ndirection = \"ltr\"\nreviewed = false\nfallback = []\n\n[[review]]\nby = \"a pass\"\non = \"2026-12-04\"\nhow = \"back-translation\"\n",
    )]);
    run.assert_code(0);
    assert!(
        run.stdout
            .contains("en (back-translated on 2026-12-04, needs a native review);"),
        "{}",
        run.stdout
    );
    let (_root, run) = broken(&[(
        "locales/en/meta.toml",
        "name = \"English\"\ndirection = \"ltr\"\nreviewed = true\nfallback = []\n\n[[review]]\nby = \"a pass\"\non = \"4 Dec\"\nhow = \"guess\"\n",
    )]);
    run.assert_code(1);
    assert_finding(
        &run,
        "locales/en/meta.toml:9:7: error: review how = \"guess\": unknown (use native or back-translation)",
    );
    assert_finding(
        &run,
        "locales/en/meta.toml: warning: reviewed = true, but no [[review]] with how = \"native\" says who reviewed it and when",
    );
}

#[test]
fn a_step_too_long_to_read_at_once_is_a_warning_at_its_node_in_each_language() {
    // Seven messages: one more than a step may say.
    let (_root, run) = broken(&[(
        "flows/safety.toml",
        "id = \"safety\"\nstart = \"now\"\n\n[nodes.now]\nsay = [\"fx-safety\", \"fx-safety\", \"fx-safety\", \"fx-safety\", \"fx-safety\", \"fx-safety\", \"fx-safety\"]\nchoices = [\n  { text = \"fx-choice-back\", goto = \"welcome:menu\" },\n]\n",
    )]);
    run.assert_code(0);
    for lang in ["fr", "en"] {
        let found = run.stdout.lines().any(|l| {
            l.starts_with("flows/safety.toml:4:8: warning: node `safety:now` says 7 messages")
                && l.contains(&format!(" in {lang}: too long to read at once"))
        });
        assert!(found, "{lang}:\n{}", run.stdout);
    }
}

// ----- flows -------------------------------------------------------------------------------

#[test]
fn malformed_toml_in_a_flow() {
    let (_root, run) = broken(&[(
        "flows/safety.toml",
        "id = \"safety\"\nstart = \"now\"\n[nodes.now\nsay = \"fx-safety\"\n",
    )]);
    run.assert_code(1);
    // `[nodes.now` is 10 characters: the `]` was expected at column 11.
    assert_finding(
        &run,
        "flows/safety.toml:3:11: error: unclosed table, expected `]`",
    );
}

#[test]
fn a_broken_flow_does_not_make_check_call_other_valid_flows_missing() {
    // One mistake in safety.toml. welcome.toml is untouched and valid; its only link to the
    // broken file is a target into it.
    let (_root, run) = broken(&[(
        "flows/safety.toml",
        "id = \"safety\"\nstart = \"now\"\n[nodes.now\nsay = \"fx-safety\"\n",
    )]);
    run.assert_code(1);
    assert!(
        !run.stdout.contains("the entry flow `welcome` is missing"),
        "flows/welcome.toml exists and is valid, yet check says it is missing:\n{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("is not declared by any flow"),
        "welcome.toml declares these intents, yet check says no flow does:\n{}",
        run.stdout
    );

    // The same with a one-letter typo in a target of welcome.toml itself: the typo, and the one
    // node it was the only way to.
    let welcome = std::fs::read_to_string(fixture_root().join("flows/welcome.toml")).unwrap();
    assert!(welcome.contains("goto = \"bye\" }"));
    let typo = welcome.replace("goto = \"bye\" }", "goto = \"byee\" }");
    let (_root, run) = broken(&[("flows/welcome.toml", &typo)]);
    run.assert_code(1);
    assert!(
        run.stdout.contains("error: unknown target \"byee\""),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("the entry flow `welcome` is missing"),
        "a typo in one target makes check say the whole welcome flow is missing:\n{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("error: node `welcome:bye` cannot be reached"),
        "{}",
        run.stdout
    );
    assert_counts(&run, 2, 0);
}

#[test]
fn an_unknown_target() {
    let (_root, run) = broken(&[(
        "flows/safety.toml",
        r#"id = "safety"
start = "now"

[nodes.now]
say = "fx-safety"
choices = [
  { text = "fx-choice-back", goto = "welcome:nowhere" },
]
"#,
    )]);
    run.assert_code(1);
    assert_finding(
        &run,
        "flows/safety.toml:7:37: error: unknown target \"welcome:nowhere\": no such node in this flow, no such flow, or no such `flow:node`",
    );
    assert_counts(&run, 1, 0);
}

#[test]
fn an_unreachable_node() {
    let (_root, run) = broken(&[(
        "flows/safety.toml",
        r#"id = "safety"
start = "now"

[nodes.now]
say = "fx-safety"
choices = [
  { text = "fx-choice-back", goto = "welcome:menu" },
]

[nodes.orphan]
say = "fx-safety"
end = true
"#,
    )]);
    run.assert_code(1);
    assert_finding(
        &run,
        "flows/safety.toml:10:8: error: node `safety:orphan` cannot be reached from the welcome flow, a choice or an intent",
    );
    assert_counts(&run, 1, 0);
}

#[test]
fn two_choices_with_the_same_pictogram_are_a_warning() {
    let (_root, run) = broken(&[(
        "flows/safety.toml",
        r#"id = "safety"
start = "now"

[nodes.now]
say = "fx-safety"
choices = [
  { text = "fx-choice-back", pictogram = "talk", goto = "welcome:menu" },
  { text = "fx-choice-bye", pictogram = "talk", goto = "welcome:bye" },
]
"#,
    )]);
    run.assert_code(0);
    assert_finding(
        &run,
        "flows/safety.toml:8:12: warning: pictogram `talk` is used by two choices of this node: a board would show the same picture twice",
    );
    assert_counts(&run, 0, 1);
}

#[test]
fn a_dead_end() {
    let (_root, run) = broken(&[(
        "flows/safety.toml",
        r#"id = "safety"
start = "now"

[nodes.now]
say = "fx-safety"
choices = [
  { text = "fx-choice-back", goto = "welcome:menu" },
  { text = "fx-choice-urgent", goto = "stuck" },
]

[nodes.stuck]
say = "fx-safety"
"#,
    )]);
    run.assert_code(1);
    assert_finding(
        &run,
        "flows/safety.toml:11:8: error: node `stuck` is a dead end: give it `choices`, an `input`, a `next`, or `end = true`",
    );
    assert_counts(&run, 1, 0);
}

#[test]
fn a_next_loop_without_waiting() {
    let (_root, run) = broken(&[(
        "flows/safety.toml",
        r#"id = "safety"
start = "now"

[nodes.now]
say = "fx-safety"
choices = [
  { text = "fx-choice-back", goto = "welcome:menu" },
  { text = "fx-choice-urgent", goto = "ping" },
]

[nodes.ping]
say = "fx-safety"
next = "pong"

[nodes.pong]
say = "fx-safety"
next = "ping"
"#,
    )]);
    run.assert_code(1);
    assert_finding(
        &run,
        "flows/safety.toml:11:8: error: these nodes lead into each other without waiting for the person: safety:ping -> safety:pong -> safety:ping",
    );
    // Reported once, not once per node of the loop.
    assert_counts(&run, 1, 0);
}

#[test]
fn a_loop_through_a_branch_without_waiting() {
    let (_root, run) = broken(&[(
        "flows/safety.toml",
        r#"id = "safety"
start = "now"

[nodes.now]
say = "fx-safety"
choices = [
  { text = "fx-choice-back", goto = "welcome:menu" },
  { text = "fx-choice-urgent", goto = "fork" },
]

[nodes.fork]
branch = [{ when = { audience = "youth" }, goto = "fork" }]
next = "now"
"#,
    )]);
    run.assert_code(1);
    assert_finding(
        &run,
        "flows/safety.toml:11:8: error: these nodes lead into each other without waiting for the person: safety:fork -> safety:fork",
    );
}

// ----- locales -----------------------------------------------------------------------------

#[test]
fn a_fluent_syntax_error() {
    let (_root, run) = broken(&[(
        "locales/en/extra.ftl",
        "fx-extra = fine\nfx-broken = { $count ! }\nfx-after = fine too\n",
    )]);
    run.assert_code(1);
    // `fx-broken = { $count ` is 21 characters: the stray `!` is at column 22.
    assert_finding(
        &run,
        "locales/en/extra.ftl:2:22: error: Fluent syntax: Expected a token starting with \"}\"",
    );
    assert_counts(&run, 1, 0);
}

#[test]
fn a_message_id_missing_in_every_language_is_an_error() {
    let (_root, run) = broken(&[(
        "flows/youth.toml",
        r#"id = "youth"
start = "start"

[nodes.start]
say = "fx-nowhere"
choices = [
  { text = "fx-choice-back", goto = "welcome:menu" },
]
"#,
    )]);
    run.assert_code(1);
    for lang in ["fr", "en"] {
        assert_finding(
            &run,
            &format!(
                "flows/youth.toml:5:7: error: message `fx-nowhere` is missing in {lang} and in its whole fallback chain"
            ),
        );
    }
    assert_counts(&run, 2, 0);
}

#[test]
fn a_message_id_missing_in_a_say_list_points_at_the_item() {
    let (_root, run) = broken(&[(
        "flows/youth.toml",
        r#"id = "youth"
start = "start"

[nodes.start]
say = ["fx-youth", "fx-nowhere"]
choices = [
  { text = "fx-choice-back", goto = "welcome:menu" },
]
"#,
    )]);
    run.assert_code(1);
    assert_finding(
        &run,
        "flows/youth.toml:5:20: error: message `fx-nowhere` is missing in en and in its whole fallback chain",
    );
}

/// The fixture's English sentences without `fx-youth`.
fn en_without_youth() -> String {
    let text = std::fs::read_to_string(fixture_root().join("locales/en/fixture.ftl")).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("fx-youth "))
        .collect();
    assert_eq!(
        kept.len() + 1,
        text.lines().count(),
        "the fixture defines fx-youth once"
    );
    kept.join("\n") + "\n"
}

#[test]
fn a_message_missing_only_in_en_is_a_warning_naming_the_fallback() {
    let (_root, run) = broken(&[("locales/en/fixture.ftl", &en_without_youth())]);
    run.assert_code(0);
    assert_counts(&run, 0, 1);
    let line = run
        .stdout
        .lines()
        .find(|l| l.ends_with("warning: message `fx-youth` is missing in en; fr is used instead"))
        .unwrap_or_else(|| panic!("no warning naming the fallback:\n{}", run.stdout));
    assert!(!line.contains(": error: "), "{line}");
}

#[test]
fn a_message_missing_only_in_en_is_reported_with_file_line_and_column() {
    let (_root, run) = broken(&[("locales/en/fixture.ftl", &en_without_youth())]);
    run.assert_code(0);
    // DESIGN.md: `check` reports every finding "with file and line". The place to fix is where
    // the message is used (flows/youth.toml, `say = "fx-youth"`), as for the error above.
    assert_finding(
        &run,
        "flows/youth.toml:6:7: warning: message `fx-youth` is missing in en; fr is used instead",
    );
}

#[test]
fn a_wording_rule_hit_points_at_the_word() {
    let (_root, run) = broken(&[(
        "locales/en/extra.ftl",
        "# Extra sentences.\nfx-extra = Some people call them victims here.\n",
    )]);
    run.assert_code(1);
    // "fx-extra = " is 11 characters and "Some people call them " 22: the word is at column 34.
    assert_finding(
        &run,
        "locales/en/extra.ftl:2:34: error: wording: `victims` in `fx-extra`: The victim lexicon. Say instead: describe the situation",
    );
    assert_counts(&run, 1, 0);
}

#[test]
fn a_wording_rule_hit_in_an_attribute_and_a_variant() {
    let (_root, run) = broken(&[(
        "locales/fr/extra.ftl",
        "fx-extra = Rien\n    .title = Les victimes\nfx-other = { $n ->\n    [one] une victime\n   *[other] rien\n}\n",
    )]);
    run.assert_code(1);
    assert_finding(
        &run,
        "locales/fr/extra.ftl:2:18: error: wording: `victimes` in `fx-extra.title`: Lexique victimaire. Say instead: décrire la situation",
    );
    assert_finding(
        &run,
        "locales/fr/extra.ftl:4:15: error: wording: `victime` in `fx-other`: Lexique victimaire. Say instead: décrire la situation",
    );
    assert_counts(&run, 2, 0);
}

#[test]
fn an_invalid_regex_in_intents() {
    let (_root, run) = broken(&[(
        "locales/en/intents.toml",
        r#"yes = ['^(yes|ok)\b']
no = ['^no\b']
exit = ['^\s*umbrella\W*$']
danger = ['^\s*(emergency|help me)\W*$']
talk = ['\btalk\b', '(unclosed']
help = ['^help$']
stop = ['^stop$']
lang = ['^language$']
"#,
    )]);
    run.assert_code(1);
    assert_finding(
        &run,
        "locales/en/intents.toml:5:21: error: intent `talk`: invalid regex: error: unclosed group",
    );
    assert_counts(&run, 1, 0);
}

#[test]
fn an_invalid_regex_in_wording() {
    let (_root, run) = broken(&[(
        "locales/en/wording.toml",
        r#"[[rule]]
pattern = '\bvictims?\b'
reason = "The victim lexicon."
suggest = "describe the situation"

[[rule]]
pattern = 'victim(s'
reason = "Broken."
suggest = "x"
"#,
    )]);
    run.assert_code(1);
    assert_finding(
        &run,
        "locales/en/wording.toml:7:11: error: wording rule: invalid regex: error: unclosed group",
    );
    assert_counts(&run, 1, 0);
}

#[test]
fn a_wording_rule_with_unless_reports_the_blame_and_not_its_negation() {
    let (_root, run) = broken(&[
        (
            "locales/fr/wording.toml",
            r#"[[rule]]
pattern = '\bvictimes?\b'
reason = "Lexique victimaire."
suggest = "décrire la situation"

[[rule]]
pattern = '\b(ta|votre) faute\b'
reason = "Culpabilise."
suggest = "dire qui enfreint la loi"
unless = ['''\bn'est (pas|jamais)( de)? (ta|votre) faute\b''']
"#,
        ),
        (
            "locales/fr/extra.ftl",
            "fx-lifted = Ce n'est pas ta faute.\nfx-blame = Tu sais, c'est ta faute.\n",
        ),
    ]);
    run.assert_code(1);
    // "fx-blame = " is 11 characters and "Tu sais, c'est " 15: the words are at column 27.
    assert_finding(
        &run,
        "locales/fr/extra.ftl:2:27: error: wording: `ta faute` in `fx-blame`: Culpabilise. Say instead: dire qui enfreint la loi",
    );
    assert_counts(&run, 1, 0);
}

/// The blame rule of every bundled language lets its negated, de-culpabilising form through
/// ("ce n'est pas ta faute", which young people must be able to read after sending pictures or
/// being blackmailed), and still catches the blame, a partial blame and a blaming question.
#[test]
fn the_bundled_wording_rules_allow_not_your_fault_and_catch_blame() {
    let files = passerelle::content::ContentFiles::from_dir(&support::repo_root())
        .expect("content on disk");
    let (content, _) = passerelle::content::Content::load(&files);
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "fr",
            &[
                "Ce n'est pas ta faute.",
                "Ce n’est pas de ta faute si des photos circulent.",
                "Ce n'est jamais ta faute.",
                "Ce n'était pas votre faute.",
                "Rien de tout ça n'est ta faute.",
                "C'est pas ta faute.",
            ],
            &[
                "C'est ta faute.",
                "C'est de ta faute.",
                "C'est un peu votre faute.",
                "N'est-ce pas ta faute ?",
                "Ce n'est pas seulement ta faute.",
                "Ce n'est pas ta faute, mais c'est sa faute.",
            ],
        ),
        (
            "en",
            &[
                "It's not your fault.",
                "It is not your fault.",
                "It isn’t your fault.",
                "This was never your fault.",
                "None of this is your fault.",
            ],
            &[
                "It's your fault.",
                "This is your own fault.",
                "Isn't it your fault?",
                "It's not only your fault.",
            ],
        ),
        (
            "es",
            &[
                "No es tu culpa.",
                "Nunca fue culpa tuya.",
                "Nada de esto es tu culpa.",
                "No eres culpable.",
                "Esto no es su culpa.",
            ],
            &[
                "Es tu culpa.",
                "Fue culpa suya.",
                "Eres culpable.",
                "No solo es tu culpa.",
            ],
        ),
        (
            "pt-BR",
            &[
                "Não é culpa sua.",
                "Nunca foi sua culpa.",
                "Nada disso é culpa sua.",
                "Você não é culpada.",
            ],
            &[
                "A culpa é sua.",
                "É culpa sua.",
                "Você é culpada.",
                "Não é só culpa sua.",
            ],
        ),
        (
            "ro",
            &[
                "Nu e vina ta.",
                "Nu este vina ta.",
                "Nu a fost niciodată vina ta.",
                "Nu e din vina ta.",
                "Nu ești tu vinovată.",
                "Nu tu ești vinovată, ci adultul.",
            ],
            &[
                "E vina ta.",
                "Din vina ta s-a întâmplat.",
                "Ești vinovată.",
                "Nu e doar vina ta.",
            ],
        ),
        (
            "bg",
            &[
                "Не е твоя вина.",
                "Това не е по твоя вина.",
                "Никога не е твоя вина.",
                "Не си виновна.",
                "Не ти си виновна.",
            ],
            &[
                "Твоя вина е.",
                "Вината е твоя.",
                "Ти си виновна.",
                "Не е само твоя вина.",
            ],
        ),
        (
            "ar",
            &[
                "ليس ذنبك.",
                "هذا ليس خطأك.",
                "لم يكن بسببك.",
                "ماشي غلطتك.",
                "مش ذنبك.",
                "وليس ذنبك أبدا.",
            ],
            &["هذا ذنبك.", "أنت السبب.", "أليس هذا ذنبك؟", "كل هذا بسببك."],
        ),
    ];
    let mut failures = Vec::new();
    for (tag, lifted, blame) in cases {
        let rules = &content.locales.get(tag).expect("language").wording.rules;
        let hits = |text: &str| -> Vec<String> {
            rules
                .iter()
                .flat_map(|r| r.hits(text))
                .map(|m| m.as_str().to_owned())
                .collect()
        };
        for text in *lifted {
            let found = hits(text);
            if !found.is_empty() {
                failures.push(format!("{tag}: `{text}` is not blame, yet hits {found:?}"));
            }
        }
        for text in *blame {
            if hits(text).is_empty() {
                failures.push(format!("{tag}: `{text}` blames, yet no rule hits it"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ----- pictograms --------------------------------------------------------------------------

const CATALOGUE_HEAD: &str = r#"[wave]
file = "wave.svg"
alt = "picto-wave"

[talk]
file = "talk.svg"
alt = "picto-talk"

[yes]
file = "yes.svg"
alt = "picto-yes"

[no]
file = "no.svg"
alt = "picto-no"

[group]
file = "group.svg"
alt = "picto-group"

"#;

#[test]
fn a_pictogram_without_its_file() {
    let catalogue =
        format!("{CATALOGUE_HEAD}[ghost]\nfile = \"ghost.svg\"\nalt = \"picto-wave\"\n");
    let (_root, run) = broken(&[("pictograms/catalogue.toml", &catalogue)]);
    run.assert_code(1);
    assert_finding(
        &run,
        "pictograms/catalogue.toml:21:2: error: pictogram `ghost`: file pictograms/ghost.svg not found",
    );
    assert_counts(&run, 1, 0);
}

#[test]
fn a_pictogram_whose_alt_text_is_missing_in_every_language() {
    let catalogue = format!("{CATALOGUE_HEAD}[mute]\nfile = \"wave.svg\"\nalt = \"picto-mute\"\n");
    let (_root, run) = broken(&[("pictograms/catalogue.toml", &catalogue)]);
    run.assert_code(1);
    for lang in ["fr", "en"] {
        assert_finding(
            &run,
            &format!(
                "pictograms/catalogue.toml:21:2: error: pictogram `mute`: alt text `picto-mute` is missing in {lang} (captions and screen readers need it in every language)"
            ),
        );
    }
    assert_counts(&run, 2, 0);
}

#[test]
fn a_pictogram_without_an_alt_key() {
    let catalogue = format!("{CATALOGUE_HEAD}[mute]\nfile = \"wave.svg\"\n");
    let (_root, run) = broken(&[("pictograms/catalogue.toml", &catalogue)]);
    run.assert_code(1);
    assert_finding(
        &run,
        "pictograms/catalogue.toml:21:2: error: pictogram `mute`: missing field `alt`",
    );
}

#[test]
fn a_pictogram_entry_without_alt_does_not_hide_the_valid_ones() {
    let catalogue = format!("{CATALOGUE_HEAD}[mute]\nfile = \"wave.svg\"\n");
    let (_root, run) = broken(&[("pictograms/catalogue.toml", &catalogue)]);
    run.assert_code(1);
    assert!(
        !run.stdout
            .contains("pictogram `wave` is not in pictograms/catalogue.toml"),
        "`wave` is in the catalogue; one bad entry should give one finding:\n{}",
        run.stdout
    );
    assert_counts(&run, 1, 0);
}

#[test]
fn a_pictogram_file_that_is_not_svg() {
    let (root, _) = broken(&[]);
    std::fs::write(
        root.path().join("pictograms/talk.svg"),
        "<html>not a picture</html>\n",
    )
    .unwrap();
    let run = check_root(root.path());
    run.assert_code(1);
    assert_finding(
        &run,
        "pictograms/talk.svg: error: pictogram `talk`: no <svg> element: not an SVG file",
    );
}

// ----- directory ---------------------------------------------------------------------------

/// One contact, verified on 2026-11-20 and shown.
fn shown(kind: &str, value: &str) -> String {
    format!(
        "[[association.contact]]\nkind = \"{kind}\"\nvalue = {value}\nsource = \"the association, by phone\"\nverified_on = \"2026-11-20\"\nshow = true\n\n"
    )
}

/// A directory whose one association is settled (every contact verified and shown): no finding.
fn directory_head() -> String {
    "region = \"fixture\"\n\n[[departement]]\ncode = \"33\"\nname = \"Gironde\"\nlat = 44.85\nlon = -0.56\n\n[[association]]\nid = \"fixture-33\"\nname = \"Association Fixture Gironde\"\ndepartements = [\"33\"]\ntown = \"Bordeaux\"\nlat = 44.8378\nlon = -0.5792\nspecialities = [\"housing\", \"listening\"]\n\n".to_owned()
        + shown("phone", "\"05 00 00 00 33\"").as_str()
        + shown("address", "\"1 rue de la Fixture, Bordeaux\"").as_str()
        + shown("hours", "\"Mon-Fri 9:00-17:00\"").as_str()
        + shown("languages", "[\"fr\", \"en\"]").as_str()
        + shown("minors", "true").as_str()
        + shown("interpreter", "false").as_str()
}

/// The line after the head: where the association a test adds begins.
fn after_head() -> usize {
    directory_head().lines().count() + 1
}

#[test]
fn the_directory_head_is_settled() {
    let (_root, run) = broken(&[("directory/fixture.toml", &directory_head())]);
    run.assert_code(0);
    assert_counts(&run, 0, 0);
}

#[test]
fn a_directory_entry_without_coordinates() {
    let directory = format!(
        "{}[[association]]\nid = \"no-coords\"\nname = \"No Coordinates\"\ndepartements = [\"33\"]\ntown = \"Bordeaux\"\n",
        directory_head()
    );
    let (_root, run) = broken(&[("directory/fixture.toml", &directory)]);
    run.assert_code(1);
    assert_finding(
        &run,
        &format!(
            "directory/fixture.toml:{}:6: error: association `no-coords` has no coordinates (lat, lon)",
            after_head() + 1
        ),
    );
    assert_counts(&run, 1, 0);
}

/// Issue #17: an association with no contact is not refused: it is "to complete", said once,
/// with everything nothing says yet.
#[test]
fn an_association_without_a_verified_contact_is_one_warning_listing_what_it_lacks() {
    let directory = format!(
        "{}[[association]]\nid = \"no-contact\"\nname = \"No Contact\"\ndepartements = [\"33\"]\ntown = \"Bordeaux\"\nlat = 44.8\nlon = -0.5\n",
        directory_head()
    );
    let (_root, run) = broken(&[("directory/fixture.toml", &directory)]);
    run.assert_code(0);
    assert_finding(
        &run,
        &format!(
            "directory/fixture.toml:{}:6: warning: association `no-contact` (No Contact): to complete: no contact is verified and shown, so its card gives the national numbers; nothing known yet of: a way to reach it, address, hours, languages, minors, interpreter (`passerelle directory` lists the sources)",
            after_head() + 1
        ),
    );
    assert_counts(&run, 0, 1);
}

/// Issue #17: every lead of an association in one warning, with the year its source gave.
#[test]
fn leads_are_warned_once_per_association_with_their_year() {
    let directory = format!(
        "{}[[association]]\nid = \"leads\"\nname = \"Leads\"\ndepartements = [\"33\"]\ntown = \"Bordeaux\"\nlat = 44.8\nlon = -0.5\n\n\
[[association.contact]]\nkind = \"phone\"\nvalue = \"05 46 41 18 86\"\nsource = \"https://example.org/press\"\nfound_on = \"2020\"\n\n\
[[association.contact]]\nkind = \"website\"\nvalue = \"example.org\"\nsource = \"https://example.org/about\"\n\n{}",
        directory_head(),
        shown("hours", "\"9h-17h\"")
    );
    let (_root, run) = broken(&[("directory/fixture.toml", &directory)]);
    run.assert_code(0);
    assert_finding(
        &run,
        &format!(
            "directory/fixture.toml:{}:6: warning: association `leads` (Leads): to complete: no contact is verified and shown, so its card gives the national numbers; 2 lead(s) to verify, never shown until then: phone \"05 46 41 18 86\" (found 2020), website \"example.org\" (undated); verified: hours 2026-11-20 (this month); nothing known yet of: address, languages, minors, interpreter (`passerelle directory` lists the sources)",
            after_head() + 1
        ),
    );
    assert_counts(&run, 0, 1);
}

/// Issue #17: a contact marked to be shown that nobody verified is refused, at its line.
#[test]
fn a_shown_contact_without_verified_on_is_an_error() {
    let directory = format!(
        "{}[[association]]\nid = \"unverified\"\nname = \"Unverified\"\ndepartements = [\"33\"]\ntown = \"Bordeaux\"\nlat = 44.8\nlon = -0.5\n\n\
[[association.contact]]\nkind = \"phone\"\nvalue = \"05 46 41 18 86\"\nsource = \"https://example.org/press\"\nshow = true\n",
        directory_head()
    );
    let (_root, run) = broken(&[("directory/fixture.toml", &directory)]);
    run.assert_code(1);
    assert_finding(
        &run,
        &format!(
            "directory/fixture.toml:{}:8: error: association `unverified`: phone contact is shown (show = true) but has no `verified_on`: nobody confirmed it with the association. Call them, then write the day (verified_on = \"YYYY-MM-DD\") and how (source); until then remove `show`",
            after_head() + 9
        ),
    );
    assert_counts(&run, 1, 1);
}

/// Issue #17: verifications age against the day given: 12 months hold, a day more warns; a
/// verification after the day of the check is an error.
#[test]
fn a_verification_older_than_twelve_months_warns_and_one_after_today_is_refused() {
    let head = directory_head();
    let (root, run) = broken(&[("directory/fixture.toml", &head)]);
    assert_counts(&run, 0, 0);
    let run = check_root_on(root.path(), "2027-11-20");
    run.assert_code(0);
    assert_counts(&run, 0, 0);
    let run = check_root_on(root.path(), "2027-11-21");
    run.assert_code(0);
    assert_finding(
        &run,
        "directory/fixture.toml:10:6: warning: association `fixture-33` (Association Fixture Gironde): verified more than 12 months ago, confirm again and update verified_on: phone 2026-11-20 (12 months ago), address 2026-11-20 (12 months ago), hours 2026-11-20 (12 months ago), languages 2026-11-20 (12 months ago), minors 2026-11-20 (12 months ago), interpreter 2026-11-20 (12 months ago) (`passerelle directory` lists the sources)",
    );
    assert_counts(&run, 0, 1);
    let run = check_root_on(root.path(), "2026-11-19");
    run.assert_code(1);
    assert_finding(
        &run,
        "directory/fixture.toml:19:8: error: association `fixture-33`: phone contact verified on 2026-11-20, after today (2026-11-19): write the day it was confirmed",
    );
    let run = check_root_on(root.path(), "04/12/2026");
    run.assert_code(2);
}

/// The former shape is refused with what to write instead.
#[test]
fn a_directory_in_the_former_shape_says_how_to_write_it_now() {
    let directory = format!(
        "{}[[association]]\nid = \"old\"\nname = \"Old\"\ndepartements = [\"33\"]\ntown = \"Bordeaux\"\nlat = 44.8\nlon = -0.5\nphone = \"05 00 00 00 01\"\nto_complete = true\n",
        directory_head()
    );
    let (_root, run) = broken(&[("directory/fixture.toml", &directory)]);
    run.assert_code(1);
    let line = after_head() + 1;
    assert_finding(
        &run,
        &format!(
            "directory/fixture.toml:{line}:6: error: association `old`: `phone = …` is written as a contact now, with where it was found and when it was verified: [[association.contact]] kind = \"phone\", value = …, source = …, verified_on = … (directory/README.md)"
        ),
    );
    assert_finding(
        &run,
        &format!(
            "directory/fixture.toml:{line}:6: error: association `old`: `to_complete` is gone: an association without a verified contact shown is to complete by itself; remove the key"
        ),
    );
}

#[test]
fn an_association_in_an_unknown_departement() {
    let directory = format!(
        "{}[[association]]\nid = \"far-away\"\nname = \"Far Away\"\ndepartements = [\"33\", \"99\"]\ntown = \"Nowhere\"\nlat = 44.8\nlon = -0.5\n",
        directory_head()
    );
    let (_root, run) = broken(&[("directory/fixture.toml", &directory)]);
    run.assert_code(1);
    // `departements = ["33", ` is 22 characters: "99" starts at column 23.
    assert_finding(
        &run,
        &format!(
            "directory/fixture.toml:{}:23: error: association `far-away`: département `99` is not listed in the directory",
            after_head() + 3
        ),
    );
    assert_counts(&run, 1, 1);
}

#[test]
fn a_departement_with_an_invalid_code() {
    let directory = format!(
        "{}[[departement]]\ncode = \"99\"\nname = \"Nulle Part\"\nlat = 45.0\nlon = 0.0\n",
        directory_head()
    );
    let (_root, run) = broken(&[("directory/fixture.toml", &directory)]);
    run.assert_code(1);
    assert_finding(
        &run,
        &format!(
            "directory/fixture.toml:{}:8: error: `99` is not a French département code",
            after_head() + 1
        ),
    );
    assert_counts(&run, 1, 0);
}

// ----- the operator's mistakes -------------------------------------------------------------

#[test]
fn root_pointing_nowhere_exits_2_with_a_clear_message() {
    let missing = std::env::temp_dir().join("passerelle-no-such-root-7b1d");
    let run = check_root(&missing);
    run.assert_code(2).assert_no_panic();
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(
        run.stderr_plain().contains(&format!(
            "passerelle: content root {}: not a directory (pass the folder that holds flows/ and locales/)",
            missing.display()
        )),
        "{}",
        run.stderr
    );
}

#[test]
fn root_pointing_at_a_file_exits_2() {
    let file = fixture_root().join("flows/welcome.toml");
    let run = check_root(&file);
    run.assert_code(2).assert_no_panic();
    assert!(
        run.stderr_plain().contains("not a directory"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_empty_root_reports_what_is_missing() {
    let root = tempfile::tempdir().unwrap();
    let run = check_root(root.path());
    run.assert_code(1).assert_no_panic();
    assert_finding(
        &run,
        "flows/welcome.toml: error: the entry flow `welcome` is missing: every conversation starts there",
    );
    assert_finding(
        &run,
        "locales/fr: error: the source language is missing: every other language falls back to it",
    );
    assert_finding(
        &run,
        "pictograms/catalogue.toml: error: missing: the pictogram catalogue",
    );
}

// ----- content that breaks a conversation invariant ------------------------------------------

/// The English danger choice translated with the words of the way home: every text check
/// passes, but the person who types it is led home instead of to the numbers. The walk over
/// every state (src/invariants.rs) finds it, at the node where it fails.
#[test]
fn a_danger_choice_labelled_like_the_way_home_is_reported_where_it_fails() {
    let english = std::fs::read_to_string(fixture_root().join("locales/en/fixture.ftl")).unwrap();
    let broken_english = english.replace(
        "fx-choice-urgent = Urgent help",
        "fx-choice-urgent = Back to the menu",
    );
    assert_ne!(english, broken_english);
    let (_root, run) = broken(&[("locales/en/fixture.ftl", &broken_english)]);
    run.assert_code(1);
    let found: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.contains("a person in danger or lost would be failed"))
        .collect();
    assert!(
        found.iter().any(|l| l.starts_with(
            "flows/welcome.toml:45:8: error: a person in danger or lost would be failed: \
             node `welcome:sure`, en, waiting at a yes/no question: typing"
        ) && l
            .contains("does not reach the emergency numbers in one message")),
        "{}",
        run.stdout
    );
    // The French side, whose labels differ, is only failed by the English label typed.
    assert!(
        found
            .iter()
            .all(|l| !l.contains(", fr, ") || l.contains("\"Back to the menu\"")),
        "{}",
        run.stdout
    );
}

/// A danger choice labelled with a number: typing the number shown beside another choice
/// would call for help instead.
#[test]
fn a_danger_choice_labelled_with_a_number_is_reported() {
    let english = std::fs::read_to_string(fixture_root().join("locales/en/fixture.ftl")).unwrap();
    let broken_english = english.replace("fx-choice-urgent = Urgent help", "fx-choice-urgent = 2");
    let (_root, run) = broken(&[("locales/en/fixture.ftl", &broken_english)]);
    run.assert_code(1);
    assert!(
        run.stdout.lines().any(|l| l.starts_with(
            "flows/welcome.toml:21:8: error: a person in danger or lost would be failed: \
             node `welcome:menu`, en, waiting at a menu: typing \"2\" typed as the number shown \
             beside a choice, does something else than the choice"
        )),
        "{}",
        run.stdout
    );
}
