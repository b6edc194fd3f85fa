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
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "serve did not stop"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
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
