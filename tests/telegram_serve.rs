//! `passerelle serve` with the Telegram channel: the real binary, the real teloxide client, the
//! loopback Bot API server. A conversation with canary ids, names and texts, a stop by SIGTERM,
//! then the forensic scan (DESIGN.md P1): no canary in the data directory or in the TRACE logs,
//! and never the token.

#![cfg(feature = "telegram")]

#[path = "support/bot_api.rs"]
mod bot_api;
mod support;

use std::io::Read;
use std::process::Stdio;
use std::time::{Duration, Instant};

use bot_api::BotApi;
use serde_json::json;
use support::scan::{found_in, scan_dir};
use support::{SecretMode, base_command};

const TOKEN: &str = "4242424242:CANARY-token-5d6e7f";
const CHAT: i64 = 777_000_111_222;
const FIRST_NAME: &str = "Canaryfirstname";
const USERNAME: &str = "canary_username_42";
const TEXT: &str = "CANARY-TEXT-tg-8e9f";
const LAT: f64 = 44.861_234_5;

fn message(id: i64, body: serde_json::Value) -> serde_json::Value {
    let mut message = json!({
        "message_id": id, "date": 1_800_000_000,
        "chat": { "id": CHAT, "type": "private", "first_name": FIRST_NAME, "username": USERNAME },
        "from": { "id": CHAT, "is_bot": false, "first_name": FIRST_NAME, "username": USERNAME },
    });
    for (k, v) in body.as_object().expect("object") {
        message[k] = v.clone();
    }
    message
}

#[test]
fn serve_answers_on_telegram_keeps_no_identifier_and_stops_cleanly() {
    let api = BotApi::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let config = dir.path().join("passerelle.toml");
    std::fs::write(
        &config,
        format!(
            "data_dir = \"data\"\n[telegram]\napi_url = \"{}\"\npoll_timeout_secs = 1\nper_chat_per_sec = 100\nper_chat_per_min = 6000\noverall_per_sec = 1000\nretry_backoff_ms = 20\n",
            api.url
        ),
    )
    .expect("config");
    let mut command = base_command(SecretMode::Test);
    command
        .args(["--config"])
        .arg(&config)
        .arg("serve")
        .env("TELOXIDE_TOKEN", TOKEN)
        // Every crate at TRACE (a full filter, not a bare level): teloxide, hyper, reqwest too.
        .env("PASSERELLE_LOG", "trace,passerelle=trace")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("serve starts");
    // TRACE logs are long: read them as they come, or the pipe fills and the child blocks.
    let mut stderr = child.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || {
        let mut logs = Vec::new();
        stderr.read_to_end(&mut logs).expect("logs");
        logs
    });

    // A conversation: a deep link, a free text with the canary (at the place question), a
    // precise location, a button.
    api.push("message", message(1, json!({ "text": "/start l-en" })));
    api.wait("the menu", Duration::from_secs(30), |api| {
        api.sent_to(CHAT).iter().any(|s| s.markup.is_object())
    });
    let menu = api
        .sent_to(CHAT)
        .into_iter()
        .rev()
        .find(|s| s.markup.is_object())
        .expect("menu");
    let talk = menu.markup["inline_keyboard"][1][0]["callback_data"]
        .as_str()
        .expect("data")
        .to_owned();
    api.press(CHAT, menu.id, &talk);
    let before = api.sent_to(CHAT).len();
    api.wait("the needs", Duration::from_secs(30), |api| {
        api.sent_to(CHAT).len() > before
    });
    std::thread::sleep(Duration::from_millis(300));
    api.push("message", message(10, json!({ "text": "1" })));
    let before = api.sent_to(CHAT).len();
    api.wait("the place question", Duration::from_secs(30), |api| {
        api.sent_to(CHAT).len() > before
    });
    api.push("message", message(11, json!({ "text": TEXT })));
    api.push(
        "message",
        message(
            12,
            json!({ "location": { "latitude": LAT, "longitude": -0.571_234_5 } }),
        ),
    );
    api.wait("the contact card", Duration::from_secs(30), |api| {
        api.sent_to(CHAT).iter().any(|s| s.text.contains("Gironde"))
    });
    api.wait("every update confirmed", Duration::from_secs(30), |api| {
        api.pending_updates() == 0
    });

    // SIGTERM: the adapter finishes what it holds and stops; exit code 0.
    let pid = child.id().to_string();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill");
    assert!(killed.success());
    let status = wait_exit(&mut child);
    let mut logs = reader.join().expect("log reader");
    let mut out = Vec::new();
    child
        .stdout
        .take()
        .expect("stdout")
        .read_to_end(&mut out)
        .expect("stdout");
    logs.extend(out);
    let log_text = String::from_utf8_lossy(&logs);
    assert!(status.success(), "exit: {status:?}\n{log_text}");
    assert!(log_text.contains("Telegram: stopped"), "{log_text}");

    // Not vacuous: the logs talk about the sessions, the store holds them.
    assert!(log_text.contains("handled"), "{log_text}");
    let canaries: Vec<String> = [
        CHAT.to_string(),
        FIRST_NAME.to_owned(),
        USERNAME.to_owned(),
        TEXT.to_owned(),
        "44.86123".to_owned(),
        "0.57123".to_owned(),
        TOKEN.to_owned(),
        "CANARY-token".to_owned(),
    ]
    .into_iter()
    .collect();
    let (in_data, files, bytes) = scan_dir(&data, &canaries);
    assert!(files > 0 && bytes > 0, "the data directory holds the store");
    let in_logs = found_in(&logs, &canaries, "the logs");
    assert!(
        in_data.is_empty() && in_logs.is_empty(),
        "canaries leaked:\n{}\n{}\n--- logs ---\n{log_text}",
        in_data.join("\n"),
        in_logs.join("\n")
    );
}

/// Waits (30 s at most) until `serve` has exited.
fn wait_exit(child: &mut std::process::Child) -> std::process::ExitStatus {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "serve did not stop"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Runs `serve` with a config; returns the child and a thread collecting its logs.
fn serve(config: &std::path::Path) -> (std::process::Child, std::thread::JoinHandle<Vec<u8>>) {
    let mut command = base_command(SecretMode::Test);
    command
        .args(["--config"])
        .arg(config)
        .arg("serve")
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("PASSERELLE_LOG", "trace,passerelle=trace")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("serve starts");
    let mut stderr = child.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || {
        let mut logs = Vec::new();
        stderr.read_to_end(&mut logs).expect("logs");
        logs
    });
    (child, reader)
}

/// Waits until `chat` received a message containing `needle` after `skip` messages.
fn wait_text(api: &BotApi, chat: i64, skip: usize, needle: &str) -> bot_api::Sent {
    // Without Fluent's isolation marks around placeables.
    let holds = |s: &bot_api::Sent| {
        s.text
            .replace(['\u{2068}', '\u{2069}'], "")
            .contains(needle)
    };
    api.wait(&format!("`{needle}`"), Duration::from_secs(30), |api| {
        api.sent_to(chat).iter().skip(skip).any(holds)
    });
    api.sent_to(chat)
        .into_iter()
        .skip(skip)
        .find(holds)
        .expect("found")
}

#[test]
fn serve_relays_a_warm_handoff_between_a_person_and_a_desk_group() {
    const DESK: i64 = -100_123_456;
    const STAFF_WORDS: &str = "CANARY-STAFF-serve-31";
    const PERSON_WORDS: &str = "CANARY-PERSON-serve-47";
    let api = BotApi::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let config = dir.path().join("passerelle.toml");
    std::fs::write(
        &config,
        format!(
            "data_dir = \"data\"\n[telegram]\napi_url = \"{}\"\npoll_timeout_secs = 1\nper_chat_per_sec = 100\nper_chat_per_min = 6000\noverall_per_sec = 1000\nretry_backoff_ms = 20\n\n[handoff]\nanswer_within = \"1h\"\n\n[[handoff.desk]]\nassociation = \"la-case-33\"\nchannel = \"telegram\"\nroom = \"{DESK}\"\nstaff_languages = [\"fr\"]\nlanguage = \"fr\"\n",
            api.url
        ),
    )
    .expect("config");
    let (mut child, reader) = serve(&config);
    let mut id = 0;
    let mut say = |text: &str, expect: &str| {
        let seen = api.sent_to(CHAT).len();
        id += 1;
        api.push("message", message(id, json!({ "text": text })));
        wait_text(&api, CHAT, seen, expect);
    };
    say("/start l-fr", "Que voulez-vous faire");
    say("2", "De quoi voulez-vous parler");
    say("1", "Dans quel département");
    say("33", "Pour quand aimeriez-vous une réponse");
    say("1", "Voulez-vous envoyer cette demande");
    say("oui", "court message");
    say(TEXT, "C'est envoyé à La CASE");
    let ticket = wait_text(&api, DESK, 0, "Nouvelle demande");
    assert!(ticket.text.contains(TEXT), "{}", ticket.text);
    let seen = api.sent_to(CHAT).len();
    api.group_sends(DESK, 990_123, false, Some(ticket.id), STAFF_WORDS);
    wait_text(&api, CHAT, seen, STAFF_WORDS);
    let seen_desk = api.sent_to(DESK).len();
    id += 1;
    api.push("message", message(id, json!({ "text": PERSON_WORDS })));
    wait_text(&api, DESK, seen_desk, PERSON_WORDS);
    api.wait("every update confirmed", Duration::from_secs(30), |api| {
        api.pending_updates() == 0
    });

    let killed = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let status = wait_exit(&mut child);
    let logs = reader.join().expect("log reader");
    let log_text = String::from_utf8_lossy(&logs);
    assert!(status.success(), "exit: {status:?}\n{log_text}");
    for posted in api.sent_to(DESK) {
        for id in [CHAT.to_string(), FIRST_NAME.to_owned(), USERNAME.to_owned()] {
            assert!(
                !posted.text.contains(&id),
                "the desk saw {id}: {}",
                posted.text
            );
        }
    }
    let canaries: Vec<String> = [
        CHAT.to_string(),
        FIRST_NAME.to_owned(),
        USERNAME.to_owned(),
        TEXT.to_owned(),
        STAFF_WORDS.to_owned(),
        PERSON_WORDS.to_owned(),
        "990123".to_owned(),
        TOKEN.to_owned(),
    ]
    .into_iter()
    .collect();
    let (in_data, files, bytes) = scan_dir(&data, &canaries);
    assert!(files > 0 && bytes > 0, "the data directory holds the store");
    let in_logs = found_in(&logs, &canaries, "the logs");
    assert!(
        in_data.is_empty() && in_logs.is_empty(),
        "canaries leaked:\n{}\n{}",
        in_data.join("\n"),
        in_logs.join("\n")
    );
}

/// Issue #16: a reply prefix that would not be neutral, or not usable, stops the start with
/// the file's place.
#[test]
fn serve_refuses_a_reply_prefix_it_cannot_use_with_the_line_to_fix() {
    let api = BotApi::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("passerelle.toml");
    for (prefix, expected) in [
        (
            "reply_prefix = \"\"\n",
            "passerelle.toml:6:16: the reply prefix is empty",
        ),
        (
            "[handoff.reply_prefix]\nfr = \"Réponse :\"\nklingon = \"Message\"\n",
            "passerelle.toml:9: reply_prefix: `klingon` is not one of the bot's languages",
        ),
        (
            "reply_prefix = \"CEID :\"\n",
            "passerelle.toml:6: reply_prefix = \"CEID :\" names CEID",
        ),
    ] {
        let handoff = if prefix.starts_with('[') {
            format!("[handoff]\n\n{prefix}")
        } else {
            format!("[handoff]\n{prefix}")
        };
        std::fs::write(
            &config,
            format!(
                "data_dir = \"data\"\n[telegram]\napi_url = \"{}\"\n\n{handoff}",
                api.url
            ),
        )
        .expect("config");
        let (mut child, reader) = serve(&config);
        let status = wait_exit(&mut child);
        let logs = String::from_utf8_lossy(&reader.join().expect("logs")).into_owned();
        assert!(!status.success(), "{logs}");
        assert!(logs.contains(expected), "{expected}\n{logs}");
    }
}

#[test]
fn serve_refuses_desks_it_cannot_use_with_the_line_to_fix() {
    let api = BotApi::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("passerelle.toml");
    for (desk, expected) in [
        (
            "association = \"nowhere-99\"\nchannel = \"telegram\"\nroom = \"-100123\"\n",
            "passerelle.toml:5: desk of `nowhere-99`: no association has this id",
        ),
        (
            "association = \"ceid-33\"\nchannel = \"telegram\"\nroom = \"-100123\"\nhours = \"lundi 9h-17h\"\n",
            "passerelle.toml:5: desk of `ceid-33`: hours = \"lundi 9h-17h\"",
        ),
        (
            "association = \"ceid-33\"\nchannel = \"matrix\"\nroom = \"!desk:example.org\"\n",
            "the desk of `ceid-33` is on Matrix, which is not configured",
        ),
    ] {
        std::fs::write(
            &config,
            format!(
                "data_dir = \"data\"\n[telegram]\napi_url = \"{}\"\n\n[[handoff.desk]]\n{desk}",
                api.url
            ),
        )
        .expect("config");
        let (mut child, reader) = serve(&config);
        let status = wait_exit(&mut child);
        let logs = String::from_utf8_lossy(&reader.join().expect("logs")).into_owned();
        assert!(!status.success(), "{logs}");
        assert!(logs.contains(expected), "{expected}\n{logs}");
    }
}
