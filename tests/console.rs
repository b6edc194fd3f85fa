//! The console channel, through the real binary: piped stdin, one line per inbound message,
//! exit 0 at end of input. Every conversation runs over the fixture content
//! (`tests/fixtures/content`), so that these tests do not depend on the bundled texts.

mod support;

use std::os::unix::fs::PermissionsExt;

use support::fixture_text::{EN_ASK_COUNT, EN_COUNT_BACK, EN_HELLO, EN_MENU_CHOICES, LANG_PROMPT};
use support::{Bot, SecretMode, assert_in_order, count, files_under, run_command};

const EN_MENU: &str = "Fixture menu: pick one.";
const FR_HELLO: &str = "Bonjour de la fixture.";
const FR_MENU: &str = "Menu de la fixture : choisissez.";
const EN_NUMBER_INVALID: &str = "Write a number from 0 to 12.";
const EN_ASK_SURE: &str = "Are you sure?";
const EN_SAFETY: &str = "Fixture emergency numbers: 17 and 112.";
const FR_SAFETY: &str = "Numéros d'urgence de la fixture : 17 et 112.";
const EN_YOUTH: &str = "Fixture youth corner.";
const EN_NOT_UNDERSTOOD: &str = "Not understood (fixture).";
const EN_END_HINT: &str = "Write anything to start again.";
const EN_TALK_NEED: &str = "What would you like to talk about?";
const EN_ASK_WHERE: &str = "Which département?";
const EN_CONSENT: &str = "Send an anonymous request?";

fn en(lines: &[&str]) -> support::Run {
    let bot = Bot::new();
    let run = bot.chat(&["--lang", "en"], lines);
    run.assert_code(0).assert_no_panic();
    run
}

// ----- the language menu -----------------------------------------------------------------

#[test]
fn the_language_menu_comes_first_with_native_names() {
    let run = Bot::new().chat(&[], &[]);
    run.assert_code(0).assert_no_panic();
    assert_eq!(
        run.lines(),
        vec![LANG_PROMPT, "  1. Français", "  2. English"],
        "a fresh conversation only asks for the language"
    );
}

#[test]
fn a_language_is_chosen_by_number() {
    let run = Bot::new().chat(&[], &["2"]);
    run.assert_code(0);
    let text = run.text();
    assert_in_order(
        &text,
        &[LANG_PROMPT, "[wave: Hello picture]", EN_HELLO, EN_MENU],
    );
    assert_in_order(&text, &EN_MENU_CHOICES);
    assert!(!text.contains(FR_HELLO), "{text}");

    let run = Bot::new().chat(&[], &["1"]);
    run.assert_code(0);
    assert_in_order(
        &run.text(),
        &[LANG_PROMPT, "[wave: Image bonjour]", FR_HELLO, FR_MENU],
    );
    assert!(!run.text().contains(EN_HELLO), "{}", run.text());
}

#[test]
fn a_language_is_chosen_by_its_native_name_in_any_case_and_without_accents() {
    for typed in ["English", "english", "  ENGLISH  "] {
        let run = Bot::new().chat(&[], &[typed]);
        run.assert_code(0);
        assert_in_order(&run.text(), &[LANG_PROMPT, EN_HELLO, EN_MENU]);
    }
    for typed in ["Français", "francais", "FRANÇAIS"] {
        let run = Bot::new().chat(&[], &[typed]);
        run.assert_code(0);
        assert_in_order(&run.text(), &[LANG_PROMPT, FR_HELLO, FR_MENU]);
    }
}

#[test]
fn an_unknown_answer_to_the_language_menu_asks_again() {
    let run = Bot::new().chat(&[], &["Klingon", "9", "2"]);
    run.assert_code(0);
    let text = run.text();
    assert_eq!(count(&text, LANG_PROMPT), 3, "{text}");
    assert_in_order(&text, &[LANG_PROMPT, LANG_PROMPT, LANG_PROMPT, EN_HELLO]);
}

#[test]
fn lang_option_skips_the_menu() {
    let run = en(&[]);
    let mut expected = vec!["[wave: Hello picture]", EN_HELLO, EN_MENU];
    expected.extend(EN_MENU_CHOICES);
    assert_eq!(run.lines(), expected);
}

// ----- choices, intents --------------------------------------------------------------------

#[test]
fn a_choice_is_picked_by_its_number() {
    let run = en(&["2"]);
    let text = run.text();
    assert_in_order(
        &text,
        &[EN_MENU, EN_TALK_NEED, "  1. Housing", "  2. Just a chat"],
    );

    let run = en(&["1"]);
    assert!(
        run.text()
            .ends_with(&format!("{EN_ASK_COUNT}\n{EN_COUNT_BACK}\n")),
        "{}",
        run.text()
    );
}

#[test]
fn a_choice_label_is_matched_in_another_case_and_without_accents() {
    // The French label is "Compter les élèves".
    let run = Bot::new().chat(&["--lang", "fr"], &["COMPTER LES ELEVES"]);
    run.assert_code(0);
    assert!(
        run.text()
            .ends_with("Combien d'élèves ?\n  - Retour au menu\n"),
        "{}",
        run.text()
    );
    let run = en(&["count THE   pupils"]);
    assert!(
        run.text()
            .ends_with(&format!("{EN_ASK_COUNT}\n{EN_COUNT_BACK}\n")),
        "{}",
        run.text()
    );
}

#[test]
fn an_intent_in_free_text_leads_to_its_node() {
    let run = en(&["well, I would like to talk please"]);
    let text = run.text();
    assert_in_order(&text, &[EN_MENU, EN_TALK_NEED, "  1. Housing"]);
    assert!(!text.contains(EN_NOT_UNDERSTOOD), "{text}");
}

#[test]
fn unknown_free_text_is_not_understood_and_the_choices_come_again() {
    let run = en(&["purple elephants"]);
    let text = run.text();
    assert_in_order(&text, &[EN_MENU, EN_NOT_UNDERSTOOD]);
    assert_eq!(count(&text, "  4. Goodbye"), 2, "{text}");
}

#[test]
fn a_danger_word_before_any_language_jumps_to_safety_in_the_language_of_the_word() {
    let run = Bot::new().chat(&[], &["EMERGENCY!", "1"]);
    run.assert_code(0);
    let text = run.text();
    assert_in_order(
        &text,
        &[LANG_PROMPT, EN_SAFETY, "  1. Back to the menu", EN_MENU],
    );
    assert_eq!(
        count(&text, LANG_PROMPT),
        1,
        "no second language menu: {text}"
    );
    assert!(!text.contains(FR_SAFETY), "{text}");

    let run = Bot::new().chat(&[], &["Au secours", "1"]);
    run.assert_code(0);
    let text = run.text();
    assert_in_order(
        &text,
        &[LANG_PROMPT, FR_SAFETY, "  1. Retour au menu", FR_MENU],
    );
    assert!(!text.contains(EN_SAFETY), "{text}");
}

#[test]
fn a_danger_word_interrupts_an_input_node() {
    let run = en(&["1", "help me"]);
    assert_in_order(&run.text(), &[EN_ASK_COUNT, EN_SAFETY]);
    assert!(!run.text().contains(EN_NUMBER_INVALID), "{}", run.text());
}

// ----- inputs ------------------------------------------------------------------------------

#[test]
fn number_input_refuses_invalid_values_then_accepts_a_valid_one() {
    let run = en(&["1", "abc", "13", "-1", " 7 "]);
    let text = run.text();
    assert_eq!(count(&text, EN_NUMBER_INVALID), 3, "{text}");
    assert_in_order(
        &text,
        &[
            EN_ASK_COUNT,
            EN_NUMBER_INVALID,
            EN_NUMBER_INVALID,
            EN_NUMBER_INVALID,
            "You said 7.",
            EN_ASK_SURE,
            "  1. [yes] Yes",
            "  2. [no] No",
        ],
    );
}

#[test]
fn yes_no_input_by_word_and_by_number() {
    // by the button label, in another case
    let run = en(&["1", "3", "YES"]);
    assert_in_order(&run.text(), &[EN_ASK_SURE, "Confirmed.", EN_MENU]);
    // by the yes intent
    let run = en(&["1", "3", "ok then"]);
    assert_in_order(&run.text(), &[EN_ASK_SURE, "Confirmed.", EN_MENU]);
    // by the no intent
    let run = en(&["1", "3", "no way"]);
    assert_in_order(&run.text(), &[EN_ASK_SURE, "Not confirmed.", EN_MENU]);
    // by number
    let run = en(&["1", "3", "1"]);
    assert_in_order(&run.text(), &[EN_ASK_SURE, "Confirmed.", EN_MENU]);
    assert!(!run.text().contains("Not confirmed."), "{}", run.text());
    let run = en(&["1", "3", "2"]);
    assert_in_order(&run.text(), &[EN_ASK_SURE, "Not confirmed.", EN_MENU]);
    // neither: not understood, and the two buttons again
    let run = en(&["1", "3", "perhaps", "2"]);
    assert_in_order(
        &run.text(),
        &[
            EN_ASK_SURE,
            "  1. [yes] Yes",
            "  2. [no] No",
            EN_NOT_UNDERSTOOD,
            "  1. [yes] Yes",
            "  2. [no] No",
            "Not confirmed.",
        ],
    );
}

fn to_place(answer: &str) -> support::Run {
    en(&["2", "1", answer])
}

#[test]
fn place_input_by_departement_number() {
    let run = to_place("33");
    assert_in_order(
        &run.text(),
        &[
            EN_ASK_WHERE,
            "Département chosen: Gironde.",
            "  | Association Fixture Gironde, Bordeaux",
            "  | Phone: 05 00 00 00 33",
            EN_CONSENT,
            "  1. [yes] Yes",
            "  2. [no] No",
        ],
    );
}

#[test]
fn place_input_by_postal_code() {
    let run = to_place("64000");
    assert_in_order(
        &run.text(),
        &[
            EN_ASK_WHERE,
            "Département chosen: Pyrénées-Atlantiques.",
            "  | Association Fixture Béarn, Pau",
            "  | Phone: 05 00 00 00 64",
            EN_CONSENT,
        ],
    );
    let run = to_place("33 000");
    assert_in_order(&run.text(), &[EN_ASK_WHERE, "Département chosen: Gironde."]);
}

#[test]
fn place_input_by_departement_name() {
    let run = to_place("pyrenees atlantiques");
    assert_in_order(
        &run.text(),
        &[
            EN_ASK_WHERE,
            "Département chosen: Pyrénées-Atlantiques.",
            "  | Association Fixture Béarn, Pau",
        ],
    );
    let run = to_place("GIRONDE");
    assert_in_order(
        &run.text(),
        &[
            EN_ASK_WHERE,
            "Département chosen: Gironde.",
            "  | Association Fixture Gironde, Bordeaux",
        ],
    );
}

#[test]
fn place_input_outside_the_region_gives_the_national_message() {
    let run = to_place("75001");
    let text = run.text();
    assert_in_order(
        &text,
        &[
            EN_ASK_WHERE,
            "Département 75 is outside the region; the national numbers still work.",
            "Département chosen: 75.",
            "No association known for 75.",
            EN_MENU,
        ],
    );
    assert!(
        !text.contains("  | "),
        "no association card outside the region: {text}"
    );
    // No request for an association that does not exist: the menu, not the consent question.
    assert!(!text.contains(EN_CONSENT), "{text}");
}

#[test]
fn place_input_unknown_asks_again() {
    let run = en(&["2", "1", "Atlantis", "33"]);
    assert_in_order(
        &run.text(),
        &[
            EN_ASK_WHERE,
            "Unknown place.",
            "Département chosen: Gironde.",
        ],
    );
}

#[test]
fn a_consented_request_in_the_terminal_gets_the_card_and_the_numbers_never_the_text() {
    let note = "NOTE-qzx7c1e please call me back";
    let run = en(&["2", "1", "33", "yes", note]);
    let text = run.text();
    // The terminal reaches no staff desk: it says so, and gives the card and the numbers.
    assert_in_order(
        &text,
        &[
            EN_CONSENT,
            "Write a short message for the team.",
            "Request sent.",
            "does not receive requests through this service yet. Nothing was sent.",
            "  | ",
            "In danger: 17 or 112 (114 by text message).",
        ],
    );
    assert!(
        !text.contains("qzx7c1e"),
        "the person's message is never printed back: {text}"
    );
}

#[test]
fn declining_the_handoff_sends_nothing() {
    let run = en(&["2", "1", "33", "no"]);
    let text = run.text();
    assert_in_order(&text, &[EN_CONSENT, "Nothing is sent.", EN_END_HINT]);
    assert!(!text.contains("  -> "), "{text}");
}

// ----- commands ----------------------------------------------------------------------------

#[test]
fn help_shows_the_help_then_the_current_node_again() {
    let run = en(&["1", "/help", "5"]);
    let text = run.text();
    assert_in_order(
        &text,
        &[
            EN_ASK_COUNT,
            "Fixture help: /start /help /lang /exit /forget /stop.",
            EN_ASK_COUNT,
            "You said 5.",
        ],
    );
}

#[test]
fn lang_asks_the_language_then_shows_the_current_node_in_the_new_one() {
    let run = en(&["/lang", "Français"]);
    let text = run.text();
    assert_in_order(
        &text,
        &[
            EN_MENU,
            LANG_PROMPT,
            "  1. Français",
            "  2. English",
            FR_MENU,
            "  1. Compter les élèves",
        ],
    );
    assert!(
        !text.contains(FR_HELLO),
        "the current node, not the welcome: {text}"
    );
}

#[test]
fn stop_ends_the_conversation_and_the_next_message_starts_at_home() {
    let run = en(&["1", "/stop", "hello again"]);
    let text = run.text();
    assert_in_order(&text, &[EN_ASK_COUNT, "Stopped.", EN_MENU]);
    // After the stop, the bot is not still waiting for a number.
    assert!(!text.contains(EN_NUMBER_INVALID), "{text}");
    assert_eq!(count(&text, EN_ASK_COUNT), 1, "{text}");
}

#[test]
fn forget_erases_and_asks_the_language_again() {
    let bot = Bot::new();
    let run = bot.chat(&[], &["2", "1", "/forget"]);
    run.assert_code(0);
    let text = run.text();
    assert_in_order(&text, &[EN_ASK_COUNT, "Forgotten.", LANG_PROMPT]);
    // The next run does not resume at the number question: nothing is kept.
    let again = bot.chat(&[], &[]);
    again.assert_code(0);
    assert_eq!(
        again.lines(),
        vec![LANG_PROMPT, "  1. Français", "  2. English"]
    );
}

#[test]
fn exit_erases_and_the_next_message_starts_a_fresh_conversation() {
    let bot = Bot::new();
    let run = bot.chat(&[], &["2", "1", "/exit", "hello"]);
    run.assert_code(0);
    let text = run.text();
    assert_in_order(&text, &[LANG_PROMPT, EN_ASK_COUNT, "Erased.", LANG_PROMPT]);
    assert_eq!(count(&text, LANG_PROMPT), 2, "{text}");

    // Erased on disk too: a new run does not resume.
    let run = bot.chat(&[], &["2", "1", "/exit"]);
    run.assert_code(0);
    let again = bot.chat(&[], &[]);
    assert_eq!(
        again.lines(),
        vec![LANG_PROMPT, "  1. Français", "  2. English"]
    );
}

#[test]
fn the_exit_word_erases_like_exit_even_at_an_input_node() {
    let bot = Bot::new();
    let run = bot.chat(&[], &["2", "1", "umbrella", "hi"]);
    run.assert_code(0);
    let text = run.text();
    assert_in_order(&text, &[EN_ASK_COUNT, "Erased.", LANG_PROMPT]);
    assert!(!text.contains(EN_NUMBER_INVALID), "{text}");

    let run = bot.chat(&[], &["1", "parapluie"]);
    run.assert_code(0);
    assert_in_order(&run.text(), &[FR_MENU, "Effacé."]);
    let again = bot.chat(&[], &[]);
    assert_eq!(again.lines()[0], LANG_PROMPT);
}

#[test]
fn a_deep_link_opens_the_youth_route_in_its_language() {
    let run = Bot::new().chat(&[], &["/start l-en_a-youth", "1"]);
    run.assert_code(0);
    let text = run.text();
    assert_in_order(
        &text,
        &[LANG_PROMPT, EN_YOUTH, "  1. Back to the menu", EN_MENU],
    );
    assert!(
        !text.contains(EN_HELLO),
        "the youth route skips the welcome: {text}"
    );
    assert_eq!(count(&text, LANG_PROMPT), 1, "{text}");
}

#[test]
fn an_invalid_payload_gives_the_normal_welcome() {
    for payload in [
        "/start a-everyone",
        "/start l-en_a-youth_x-1",
        "/start l-en a-youth",
        "/start ../../etc",
    ] {
        let run = en(&[payload]);
        let text = run.text();
        assert_eq!(count(&text, EN_HELLO), 2, "{payload}: {text}");
        assert!(!text.contains(EN_YOUTH), "{payload}: {text}");
    }
    // Without a language yet, the normal welcome is the language menu.
    let run = Bot::new().chat(&[], &["/start zz-top"]);
    run.assert_code(0);
    assert_eq!(count(&run.text(), LANG_PROMPT), 2, "{}", run.text());
    assert!(!run.text().contains(EN_YOUTH));
}

#[test]
fn an_end_node_then_a_new_message_starts_again_at_home() {
    let run = en(&["4", "hi"]);
    let text = run.text();
    assert_in_order(
        &text,
        &[
            EN_MENU,
            "Goodbye from the fixture.",
            EN_END_HINT,
            EN_MENU,
            "  4. Goodbye",
        ],
    );
    assert_eq!(
        count(&text, EN_HELLO),
        1,
        "home is the menu, not the welcome: {text}"
    );
}

#[test]
fn a_new_run_resumes_where_the_conversation_stood() {
    let bot = Bot::new();
    bot.chat(&[], &["2", "1"]).assert_code(0);
    let run = bot.chat(&[], &["4"]);
    run.assert_code(0);
    assert_eq!(
        run.lines(),
        vec![
            EN_ASK_COUNT,
            EN_COUNT_BACK,
            "You said 4.",
            EN_ASK_SURE,
            "  1. [yes] Yes",
            "  2. [no] No"
        ]
    );
    // Another user of the same data directory has their own conversation.
    let other = bot.chat(&["--user", "someone-else"], &[]);
    assert_eq!(other.lines()[0], LANG_PROMPT);
}

#[test]
fn the_console_prints_no_bidi_isolation_marks() {
    let run = en(&["1", "abc", "3"]);
    assert!(
        run.stdout.contains("Write a number from 0 to 12."),
        "{:?}",
        run.stdout
    );
    assert!(
        !run.stdout.contains('\u{2068}') && !run.stdout.contains('\u{2069}'),
        "Fluent's isolation marks reach the terminal: {:?}",
        run.stdout
    );
}

// ----- bad input from the person ---------------------------------------------------------

/// Types `hostile` at the English menu, then "1": the bot must survive, answer the next line
/// normally, exit 0, and never print the marker back.
fn survives(hostile: &[u8], marker: &str) -> support::Run {
    let mut input = b"2\n".to_vec();
    input.extend_from_slice(hostile);
    input.extend_from_slice(b"\n1\n");
    let bot = Bot::new();
    let run = bot.run_bytes(&["chat"], &input);
    run.assert_code(0).assert_no_panic();
    assert!(
        run.text()
            .ends_with(&format!("{EN_ASK_COUNT}\n{EN_COUNT_BACK}\n")),
        "the next line is handled normally: {}",
        run.text()
    );
    assert!(
        !run.stdout.contains(marker),
        "user text echoed back: {}",
        run.stdout
    );
    assert!(
        !run.stderr.contains(marker),
        "user text in stderr: {}",
        run.stderr
    );
    run
}

#[test]
fn a_100_kb_line_is_survived_and_not_echoed() {
    let line = "qzxlong ".repeat(100 * 1024 / 8);
    assert!(line.len() >= 100 * 1024);
    let run = survives(line.as_bytes(), "qzxlong");
    assert_in_order(&run.text(), &[EN_MENU, EN_NOT_UNDERSTOOD, EN_ASK_COUNT]);
}

#[test]
fn control_characters_are_survived_and_never_reach_the_terminal() {
    let run = survives(b"qzx\x07ctl\x1b[2J\x1b]0;title\x07\x08\x00end\r", "qzx");
    assert!(
        !run.stdout_bytes
            .iter()
            .any(|b| matches!(b, 0x00 | 0x07 | 0x08 | 0x1b)),
        "control bytes in stdout: {:?}",
        run.stdout
    );
}

#[test]
fn bidi_overrides_are_survived_and_not_echoed() {
    let run = survives(
        "\u{202E}qzxbidi\u{202D}\u{2066}x\u{2069}".as_bytes(),
        "qzxbidi",
    );
    assert!(!run.stdout.contains('\u{202E}'), "{:?}", run.stdout);
    // "\u{202E}1" is the choice 1 once the override is dropped, not a trick.
    let bot = Bot::new();
    let run = bot.chat(&["--lang", "en"], &["\u{202E}1"]);
    assert!(
        run.text()
            .ends_with(&format!("{EN_ASK_COUNT}\n{EN_COUNT_BACK}\n")),
        "{}",
        run.text()
    );
}

#[test]
fn empty_lines_show_the_current_node_again() {
    // Three lines: "", "" and "   " (the helper ends the last one).
    let run = survives(b"\n\n   ", "qzx-never");
    // The menu's choices once, then three more times, and no "not understood".
    assert_eq!(count(&run.text(), "  4. Goodbye"), 4, "{}", run.text());
    assert!(!run.text().contains(EN_NOT_UNDERSTOOD), "{}", run.text());
}

#[test]
fn emoji_only_lines_are_survived_and_not_echoed() {
    let run = survives("🙂🙂🙂".as_bytes(), "🙂");
    assert!(!run.text().contains('🙂'));
}

#[test]
fn invalid_utf8_on_stdin_is_survived_and_not_echoed() {
    let run = survives(b"qzx\xff\xfe\xc3(bytes\xed\xa0\x80", "qzx");
    assert!(!run.stdout.contains("bytes"), "{}", run.stdout);
}

#[test]
fn end_of_input_without_a_final_newline_still_handles_the_last_line() {
    let bot = Bot::new();
    let run = bot.run(&["chat", "--lang", "en"], "1");
    run.assert_code(0);
    assert!(
        run.text()
            .ends_with(&format!("{EN_ASK_COUNT}\n{EN_COUNT_BACK}\n")),
        "{}",
        run.text()
    );
}

// ----- bad input from the operator -------------------------------------------------------

#[test]
fn an_unknown_lang_option_exits_2_listing_the_languages() {
    let bot = Bot::new();
    let run = bot.chat(&["--lang", "xx"], &["1"]);
    run.assert_code(2).assert_no_panic();
    assert!(
        run.stdout.is_empty(),
        "nothing said to anyone: {}",
        run.stdout
    );
    let err = run.stderr_plain();
    assert!(err.contains("--lang xx: unknown language"), "{err}");
    assert!(err.contains("available: fr, en"), "{err}");
}

#[test]
fn a_data_dir_that_is_a_regular_file_is_refused_with_its_path() {
    let bot = Bot::new();
    std::fs::write(&bot.data_dir, b"not a directory").unwrap();
    let run = bot.chat(&[], &["1"]);
    run.assert_code(2).assert_no_panic();
    let err = run.stderr_plain();
    assert!(err.contains(&bot.data_dir.display().to_string()), "{err}");
    assert!(err.contains("data directory"), "{err}");
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert_eq!(
        std::fs::read(&bot.data_dir).unwrap(),
        b"not a directory",
        "the file is untouched"
    );
}

/// Paths the binary cannot keep its store in. For an ordinary user: a new directory inside a
/// read-only one, and an existing read-only directory. Root may write anywhere, so for root: a
/// path inside /proc, which nobody can create.
fn unwritable_data_dirs(bot: &Bot) -> Vec<std::path::PathBuf> {
    let locked = bot.tmp.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o500)).unwrap();
    let probe = locked.join("probe");
    if std::fs::create_dir(&probe).is_ok() {
        std::fs::remove_dir(&probe).unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o700)).unwrap();
        vec![std::path::PathBuf::from(
            "/proc/passerelle-test-unwritable/data",
        )]
    } else {
        vec![locked.join("data"), locked]
    }
}

#[test]
fn an_unwritable_data_dir_is_refused_with_its_path() {
    let bot = Bot::new();
    let paths = unwritable_data_dirs(&bot);
    assert!(!paths.is_empty());
    for path in paths {
        let mut command = support::base_command(SecretMode::Test);
        command
            .arg("--data-dir")
            .arg(&path)
            .arg("--content")
            .arg(support::fixture_root())
            .arg("chat");
        let run = run_command(command, b"1\n");
        run.assert_code(2).assert_no_panic();
        let err = run.stderr_plain();
        assert!(
            err.contains(&path.display().to_string()),
            "names {}: {err}",
            path.display()
        );
        assert!(
            err.contains("--data-dir"),
            "the error says how to fix it: {err}"
        );
        assert!(run.stdout.is_empty(), "{}", run.stdout);
    }
    // Let the temp dir be removed.
    let _ = std::fs::set_permissions(
        bot.tmp.path().join("locked"),
        std::fs::Permissions::from_mode(0o700),
    );
}

/// Creates a store with one session, then overwrites every file under `store/` with `garbage`
/// (repeated to the file's length).
fn corrupt_store(bot: &Bot, garbage: &[u8]) {
    bot.chat(&[], &["2", "1"]).assert_code(0);
    let files = files_under(&bot.data_dir.join("store"));
    assert!(!files.is_empty(), "the store wrote files");
    for file in files {
        let len = std::fs::metadata(&file).unwrap().len().max(64) as usize;
        let bytes: Vec<u8> = garbage.iter().copied().cycle().take(len).collect();
        std::fs::write(&file, bytes).unwrap();
    }
}

#[test]
fn a_corrupted_store_gives_a_clear_error_and_exit_2() {
    for garbage in [&b"\xff\xfe\x00\x13garbage\x80"[..], &b"GARBAGE-"[..]] {
        let bot = Bot::new();
        corrupt_store(&bot, garbage);
        let run = bot.chat(&[], &["1"]);
        run.assert_code(2).assert_no_panic();
        let err = run.stderr_plain();
        let last = err.lines().last().unwrap_or_default();
        assert!(last.starts_with("passerelle: "), "{err}");
        assert!(
            last.contains(&bot.data_dir.display().to_string()),
            "names the directory: {err}"
        );
        assert!(
            last.contains("damaged"),
            "says the store is damaged ({garbage:?}): {err}"
        );
        assert!(run.stdout.is_empty(), "{}", run.stdout);
    }
}

#[test]
fn the_remedy_the_corrupted_store_error_suggests_works() {
    let bot = Bot::new();
    corrupt_store(&bot, b"GARBAGE-");
    let run = bot.chat(&[], &["1"]);
    run.assert_code(2);
    let err = run.stderr_plain();
    let suggested = format!("passerelle purge --data-dir {}", bot.data_dir.display());
    assert!(err.contains(&suggested), "{err}");
    // Do what the message says.
    let purge = bot.run(&["purge"], "");
    purge.assert_no_panic();
    assert_eq!(
        purge.code(),
        Some(0),
        "`{suggested}` is what the error suggests, and it fails:\n{}",
        purge.stderr_plain()
    );
    let after = bot.chat(&[], &[]);
    after.assert_code(0);
    assert_eq!(after.lines()[0], LANG_PROMPT);
}

#[test]
fn a_malformed_config_file_is_reported_with_file_line_and_column() {
    let bot = Bot::new();
    let path = bot.tmp.path().join("passerelle.toml");
    std::fs::write(&path, "data_dir = \"data\"\nsession_ttl_hours = \"two\"\n").unwrap();
    let mut command = support::base_command(SecretMode::Test);
    command.arg("--config").arg(&path).arg("chat");
    let run = run_command(command, b"1\n");
    run.assert_code(2).assert_no_panic();
    let expected = format!(
        "passerelle: config file {}:2:21: invalid type: string \"two\", expected u64",
        path.display()
    );
    assert!(run.stderr_plain().contains(&expected), "{}", run.stderr);

    std::fs::write(&path, "data_dir = \"data\"\n[broken\n").unwrap();
    let mut command = support::base_command(SecretMode::Test);
    command.arg("--config").arg(&path).arg("chat");
    let run = run_command(command, b"");
    run.assert_code(2).assert_no_panic();
    let expected = format!("passerelle: config file {}:2:8: ", path.display());
    assert!(run.stderr_plain().contains(&expected), "{}", run.stderr);
}

#[test]
fn a_config_file_without_a_secret_is_refused() {
    let bot = Bot::new().without_secret();
    let path = bot.tmp.path().join("passerelle.toml");
    std::fs::write(&path, "data_dir = \"data\"\n").unwrap();
    let mut command = support::base_command(SecretMode::Unset);
    command
        .arg("--config")
        .arg(&path)
        .arg("--content")
        .arg(support::fixture_root())
        .arg("chat");
    let run = run_command(command, b"1\n");
    run.assert_code(2).assert_no_panic();
    assert!(
        run.stderr_plain()
            .contains("no secret: set PASSERELLE_SECRET"),
        "{}",
        run.stderr
    );
    assert!(
        !bot.tmp.path().join("data/generated-secret").exists(),
        "a deployment never gets a generated secret"
    );
}

#[test]
fn without_a_secret_the_default_generates_one_privately_and_keeps_it() {
    let bot = Bot::new().without_secret();
    let run = bot.chat(&[], &["2", "1"]);
    run.assert_code(0).assert_no_panic();
    assert!(
        run.stderr_plain().contains("no PASSERELLE_SECRET set"),
        "{}",
        run.stderr
    );
    let secret = bot.data_dir.join("generated-secret");
    let meta = std::fs::metadata(&secret).expect("a generated secret in the data directory");
    assert_eq!(
        meta.permissions().mode() & 0o777,
        0o600,
        "readable by its owner only"
    );
    let first = std::fs::read(&secret).unwrap();
    assert!(first.len() >= 32);
    // The same secret next time: the conversation resumes (same pseudonym).
    let again = bot.chat(&[], &[]);
    again.assert_code(0);
    assert_eq!(again.lines(), vec![EN_ASK_COUNT, EN_COUNT_BACK]);
    assert_eq!(std::fs::read(&secret).unwrap(), first);
}

#[test]
fn chat_refuses_content_with_errors() {
    let content = support::fixture_copy();
    support::write_file(
        content.path(),
        "flows/safety.toml",
        "id = \"safety\"\nstart = \"now\"\n[nodes.now]\nsay = \"fx-safety\"\nnext = \"nowhere\"\n",
    );
    let mut bot = Bot::new();
    bot.content = Some(content.path().to_path_buf());
    let run = bot.chat(&[], &["1"]);
    run.assert_code(2).assert_no_panic();
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    let err = run.stderr_plain();
    assert!(
        err.contains("flows/safety.toml:5:8: error: unknown target \"nowhere\""),
        "{err}"
    );
    assert!(err.contains("1 error(s)"), "{err}");
}

/// Arabic reads right to left in a terminal: a line whose first letter is Latin or that starts
/// with a number or a button mark gets a right-to-left mark (U+200F) in front, lines that start
/// with an Arabic letter get none, and Fluent's isolation marks never reach the screen.
#[test]
fn arabic_lines_read_right_to_left_with_marks_only_where_needed() {
    const RLM: char = '\u{200F}';
    let run = Bot::bundled().chat(&["--lang", "ar"], &["1", "1", "1"]);
    run.assert_code(0).assert_no_panic();
    let text = run.text();
    assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text}");
    let mut marked = 0;
    let mut plain_arabic = 0;
    for line in run.lines() {
        let body = line.trim_start_matches(RLM);
        let first_letter = body.chars().find(|c| c.is_alphabetic());
        let Some(first_letter) = first_letter else {
            continue;
        };
        let arabic = ('\u{0600}'..='\u{06FF}').contains(&first_letter);
        let leads_with_letter = body.chars().find(|c| !c.is_whitespace()) == Some(first_letter);
        if arabic && leads_with_letter {
            assert!(!line.starts_with(RLM), "no mark needed: {line:?}");
            plain_arabic += 1;
        } else if !arabic {
            assert!(
                line.starts_with(RLM),
                "a Latin start needs the mark: {line:?}"
            );
            marked += 1;
        }
    }
    // Not vacuous: both kinds of line were shown (pictogram ids like `[info: …]` start Latin).
    assert!(marked > 0 && plain_arabic > 0, "{text}");
}

/// Issue #14: young people see the quick exit once, in their register, whether they come from a
/// school link or from the menu (bundled content, the binary, French and Arabic).
#[test]
fn the_youth_path_shows_the_quick_exit_once_from_a_school_link_or_the_menu() {
    for (link, from_menu, note) in [
        (
            "/start l-fr_a-youth",
            "/start l-fr",
            "Quelqu'un peut regarder ton téléphone ? Pour tout effacer vite, écris /exit ou le mot « parapluie ».",
        ),
        (
            "/start l-ar_a-student",
            "/start l-ar",
            "هل يمكن لأحد أن ينظر في هاتفك؟ لمسح كل شيء بسرعة، يمكنك كتابة /exit أو كلمة «مظلة».",
        ),
    ] {
        // A school link: straight into the youth path, the note first, then one topic.
        let run = Bot::bundled().chat(&[], &[link, "2", "1"]);
        run.assert_code(0);
        let text = run.text().replace(['\u{200f}', '\u{200e}'], "");
        assert_eq!(count(&text, note), 1, "{text}");
        // From the menu (the fourth choice): once more in the youth register, once.
        let run = Bot::bundled().chat(&[], &[from_menu, "4", "2", "1"]);
        run.assert_code(0);
        let text = run.text().replace(['\u{200f}', '\u{200e}'], "");
        assert_eq!(count(&text, note), 1, "{text}");
    }
}
