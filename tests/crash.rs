//! SIGKILL in the middle of a conversation: the next start with the same data directory and
//! user resumes at the same node, and the store still opens after repeated kills.
//!
//! The binary runs with stdin kept open; a reader thread hands stdout lines over a channel and
//! every wait fails after 30 s instead of hanging.

mod support;

use support::fixture_text::{EN_ASK_COUNT, EN_COUNT_BACK, EN_HELLO, EN_MENU_CHOICES, LANG_PROMPT};
use support::{Bot, Live};

const USER: [&str; 2] = ["--user", "crash-test-user"];

const EN_SURE_CHOICES: [&str; 2] = ["  1. [yes] Yes", "  2. [no] No"];

/// Starts the bot and returns it with the first lines it printed, up to `last`.
fn start(bot: &Bot, last: &str) -> (Live, Vec<String>) {
    let mut live = bot.spawn_chat(&USER);
    let first = live.wait_for(last);
    (live, first)
}

fn kill(live: Live) {
    let status = live.kill();
    assert_eq!(
        status.code(),
        None,
        "killed by a signal, not exited: {status:?}"
    );
}

#[test]
fn a_killed_conversation_resumes_at_the_same_node_over_five_kills() {
    let bot = Bot::new();

    // Start: the language menu, choose English, wait for the menu, kill.
    let (mut live, first) = start(&bot, "  2. English");
    assert_eq!(first, vec![LANG_PROMPT, "  1. Français", "  2. English"]);
    live.send("2");
    live.wait_for(EN_MENU_CHOICES[3]);
    kill(live);

    // 1: resumes at the menu: its choices, nothing else (no language menu, no welcome).
    let (mut live, first) = start(&bot, EN_MENU_CHOICES[3]);
    assert_eq!(first, EN_MENU_CHOICES.to_vec(), "resumed at the menu");
    live.send("1");
    live.wait_for(EN_COUNT_BACK);
    kill(live);

    // 2: resumes at the number input: its question again, with its way back.
    let (mut live, first) = start(&bot, EN_COUNT_BACK);
    assert_eq!(
        first,
        vec![EN_ASK_COUNT, EN_COUNT_BACK],
        "resumed at the number input"
    );
    live.send("3");
    let got = live.wait_for(EN_SURE_CHOICES[1]);
    assert_eq!(
        got,
        vec![
            "You said 3.",
            "Are you sure?",
            EN_SURE_CHOICES[0],
            EN_SURE_CHOICES[1]
        ]
    );
    kill(live);

    // 3: resumes at the yes/no question: its two buttons; answering goes on from there.
    let (mut live, first) = start(&bot, EN_SURE_CHOICES[1]);
    assert_eq!(
        first,
        EN_SURE_CHOICES.to_vec(),
        "resumed at the yes/no input"
    );
    live.send("yes");
    let got = live.wait_for(EN_MENU_CHOICES[3]);
    assert_eq!(got[0], "Confirmed.");
    kill(live);

    // 4: at the menu again; go to the place input.
    let (mut live, first) = start(&bot, EN_MENU_CHOICES[3]);
    assert_eq!(first, EN_MENU_CHOICES.to_vec());
    live.send("2");
    live.wait_for("  2. Just a chat");
    live.send("1");
    live.wait_for("Which département?");
    kill(live);

    // 5: resumes at the place input, and the conversation goes on to its end.
    let (mut live, first) = start(&bot, "Which département?");
    assert_eq!(first, vec!["Which département?"]);
    live.send("33");
    live.wait_for("  | Association Fixture Gironde, Bordeaux");
    live.send("no");
    live.wait_for("Nothing is sent.");
    let (status, _rest, stderr) = live.finish();
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn the_store_opens_after_kills_right_after_a_message_was_sent() {
    // Killed at an arbitrary moment (possibly while the message is being handled): whatever
    // the moment, the store opens, and the conversation is at the node before or after.
    let bot = Bot::new();
    let (mut live, _) = start(&bot, "  2. English");
    live.send("2");
    live.wait_for(EN_MENU_CHOICES[3]);
    kill(live);

    for round in 0..5 {
        let mut live = bot.spawn_chat(&USER);
        let first = live.wait_for_any(&[EN_MENU_CHOICES[3], EN_ASK_COUNT]);
        let at_menu = first.last().is_some_and(|l| l == EN_MENU_CHOICES[3]);
        assert!(
            !first.iter().any(|l| l == LANG_PROMPT || l == EN_HELLO),
            "round {round}: the conversation restarted instead of resuming: {first:?}"
        );
        // From the menu, "1" goes to the number input; from there, "13" is refused (so the
        // conversation stays there). Kill at once, without waiting for the answer.
        live.send(if at_menu { "1" } else { "13" });
        kill(live);
    }

    // A last start: resumes at one of the two nodes and goes on normally.
    let mut live = bot.spawn_chat(&USER);
    let first = live.wait_for_any(&[EN_MENU_CHOICES[3], EN_ASK_COUNT]);
    if first.last().is_some_and(|l| l == EN_MENU_CHOICES[3]) {
        live.send("1");
        live.wait_for(EN_ASK_COUNT);
    }
    live.send("5");
    live.wait_for("You said 5.");
    let (status, _rest, stderr) = live.finish();
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_kill_before_any_answer_leaves_a_usable_store() {
    let bot = Bot::new();
    for _ in 0..5 {
        let (live, first) = start(&bot, "  2. English");
        assert_eq!(first[0], LANG_PROMPT);
        kill(live);
    }
    let run = bot.chat(&USER, &["2"]);
    run.assert_code(0).assert_no_panic();
    assert!(run.text().contains(EN_HELLO), "{}", run.text());
}
