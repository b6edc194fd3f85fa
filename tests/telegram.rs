//! The Telegram channel, end to end: the real teloxide client inside the adapter, against the
//! loopback Bot API server of `support/bot_api.rs` (real HTTP), over the bundled content.

#![cfg(feature = "telegram")]

#[path = "support/bot_api.rs"]
mod bot_api;
mod support;

use std::sync::Arc;
use std::time::Duration;

use bot_api::{BotApi, Fault, Sent};
use passerelle::channel::telegram::Telegram;
use passerelle::config::TelegramSettings;
use passerelle::content::{Content, ContentFiles};
use passerelle::engine::Engine;
use passerelle::privacy::Secret;
use passerelle::runtime::{Runtime, RuntimeSettings};
use passerelle::store::{Durability, Store};
use serde_json::{Value, json};
use tokio::sync::watch;

const TOKEN: &str = "4242424242:TEST-token-never-logged";

/// The adapter running against a loopback Bot API server.
struct Harness {
    api: BotApi,
    runtime: Arc<Runtime>,
    stop: watch::Sender<bool>,
    task: Option<tokio::task::JoinHandle<Result<(), String>>>,
    tokio: tokio::runtime::Runtime,
    _data: tempfile::TempDir,
}

fn settings(api: &BotApi) -> TelegramSettings {
    TelegramSettings {
        api_url: Some(api.url.clone()),
        poll_timeout_secs: 1,
        // Telegram's own limits would make every test wait; one test keeps them.
        per_chat_per_sec: 1000,
        per_group_per_min: 60_000,
        overall_per_sec: 10_000,
        retry_attempts: 5,
        retry_backoff_ms: 20,
        ..TelegramSettings::default()
    }
}

/// Telegram's own limits: one message a second in a chat, 20 a minute in a group.
fn paced(api: &BotApi) -> TelegramSettings {
    TelegramSettings {
        per_chat_per_sec: 1,
        per_group_per_min: 20,
        overall_per_sec: 30,
        ..settings(api)
    }
}

impl Harness {
    fn start() -> Self {
        let api = BotApi::start();
        let settings = settings(&api);
        Self::start_with(api, settings)
    }

    fn start_with(api: BotApi, settings: TelegramSettings) -> Self {
        let data = tempfile::tempdir().expect("data dir");
        let (content, diagnostics) = Content::load(&ContentFiles::embedded());
        assert!(diagnostics.iter().all(|d| !d.is_error()));
        let store = Store::open(
            data.path(),
            Durability::Periodic,
            &Secret::new(support::SECRET.as_bytes().to_vec()).expect("secret"),
        )
        .expect("store");
        let secret = Secret::new(support::SECRET.as_bytes().to_vec()).expect("secret");
        let runtime = Arc::new(Runtime::new(
            Arc::new(Engine::new(content)),
            store,
            secret,
            RuntimeSettings::default(),
        ));
        let tokio = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("tokio");
        let telegram = tokio
            .block_on(async { Telegram::new(Arc::clone(&runtime), TOKEN, settings, data.path()) })
            .expect("adapter");
        let (stop, stopped) = watch::channel(false);
        let task =
            tokio.spawn(async move { telegram.run(stopped).await.map_err(|e| e.to_string()) });
        Self {
            api,
            runtime,
            stop,
            task: Some(task),
            tokio,
            _data: data,
        }
    }

    /// Stops the adapter the way `serve` does and waits for it.
    fn stop(&mut self) {
        let _ = self.stop.send(true);
        if let Some(task) = self.task.take() {
            let done = self
                .tokio
                .block_on(async { tokio::time::timeout(Duration::from_secs(20), task).await });
            done.expect("stops in time")
                .expect("no panic")
                .expect("no error");
        }
    }
}

impl Drop for Harness {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
    }
}

/// The inline buttons of a message: (label, callback data).
fn buttons(sent: &Sent) -> Vec<(String, String)> {
    sent.markup["inline_keyboard"]
        .as_array()
        .map(|rows| {
            rows.iter()
                .flat_map(|row| row.as_array().cloned().unwrap_or_default())
                .map(|b| {
                    (
                        b["text"].as_str().unwrap_or_default().to_owned(),
                        b["callback_data"].as_str().unwrap_or_default().to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The last message of a chat that has inline buttons.
fn last_with_buttons(api: &BotApi, chat: i64) -> Sent {
    api.sent_to(chat)
        .into_iter()
        .rev()
        .find(|s| !buttons(s).is_empty())
        .expect("a message with buttons")
}

/// Presses the button whose label contains `label` on the last message with buttons.
fn press(api: &BotApi, chat: i64, label: &str) {
    let message = last_with_buttons(api, chat);
    let (_, data) = buttons(&message)
        .into_iter()
        .find(|(l, _)| l.contains(label))
        .unwrap_or_else(|| panic!("no button `{label}` in {:?}", buttons(&message)));
    api.press(chat, message.id, &data);
}

/// Whether a message ends a step: it carries buttons (inline or a keyboard).
fn ends_step(sent: &Sent) -> bool {
    sent.markup.is_object()
}

/// Sends, then waits until the bot has answered with at least `more` messages, the last one
/// ending the step (with buttons); returns the new messages.
fn exchange(api: &BotApi, chat: i64, more: usize, send: impl FnOnce(&BotApi)) -> Vec<Sent> {
    exchange_until(api, chat, send, |new| {
        new.len() >= more && new.last().is_some_and(ends_step)
    })
}

/// Sends, then waits until the new messages satisfy `done`; returns them.
fn exchange_until(
    api: &BotApi,
    chat: i64,
    send: impl FnOnce(&BotApi),
    done: impl Fn(&[Sent]) -> bool,
) -> Vec<Sent> {
    let before = api.sent_to(chat).len();
    send(api);
    api.wait(
        &format!("an answer in chat {chat}"),
        Duration::from_secs(30),
        |api| done(&api.sent_to(chat)[before..]),
    );
    api.sent_to(chat)[before..].to_vec()
}

/// What the messages say, without Fluent's bidi isolation marks (kept for display).
fn texts(sent: &[Sent]) -> String {
    sent.iter()
        .map(|s| s.text.replace(['\u{2068}', '\u{2069}'], ""))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_full_conversation_with_buttons_pictograms_and_escaped_html() {
    let mut h = Harness::start();
    let chat = 1001;
    let welcome = exchange(&h.api, chat, 1, |api| {
        api.text(chat, "/start l-en");
    });
    let all = texts(&welcome);
    assert!(all.contains("Hello, welcome."), "{all}");
    // The step's pictogram is a photo whose caption carries its texts.
    assert!(
        welcome
            .iter()
            .any(|s| s.photo && s.text.contains("Hello, welcome.")),
        "{welcome:#?}"
    );
    // The menu's buttons, with short opaque data (at most 64 bytes).
    let menu = last_with_buttons(&h.api, chat);
    let labels: Vec<String> = buttons(&menu).into_iter().map(|(l, _)| l).collect();
    assert_eq!(labels.len(), 5, "{labels:?}");
    assert!(
        buttons(&menu)
            .iter()
            .all(|(_, d)| !d.is_empty() && d.len() <= 64)
    );
    // "Info" -> the information menu, a choice board photo.
    let info = exchange(&h.api, chat, 1, |api| press(api, chat, "Info"));
    assert!(
        texts(&info).contains("What would you like information about?"),
        "{}",
        texts(&info)
    );
    assert!(
        info.iter().any(|s| s.photo && !buttons(s).is_empty()),
        "board with buttons"
    );
    assert!(
        !h.api.calls_of("answerCallbackQuery").is_empty(),
        "every press is answered"
    );
    // The pathway, then its steps: the facts arrive.
    exchange(&h.api, chat, 1, |api| press(api, chat, "exit pathway"));
    let steps = exchange(&h.api, chat, 1, |api| press(api, chat, "steps"));
    assert!(texts(&steps).contains("24 months"), "{}", texts(&steps));
    // Typed text works too; a contact card: the association's name in bold, HTML escaped.
    exchange(&h.api, chat, 1, |api| {
        api.text(chat, "/start l-en");
    });
    exchange(&h.api, chat, 1, |api| press(api, chat, "Talk to someone"));
    exchange(&h.api, chat, 1, |api| press(api, chat, "Housing"));
    let card = exchange(&h.api, chat, 2, |api| {
        api.text(chat, "Limoges");
    });
    assert!(
        texts(&card).contains("<b>ARSL, Limoges</b>"),
        "{}",
        texts(&card)
    );
    assert_eq!(
        h.api
            .calls_of("sendMessage")
            .iter()
            .chain(h.api.calls_of("sendPhoto").iter())
            .filter(|c| c.params["parse_mode"] != json!("HTML"))
            .count(),
        0,
        "every message is sent as HTML"
    );
    h.stop();
}

#[test]
fn html_special_characters_are_escaped() {
    let mut h = Harness::start();
    let chat = 1002;
    exchange(&h.api, chat, 1, |api| {
        api.text(chat, "/start l-en");
    });
    // A place the directory does not know, with markup in it: the answer never echoes it, and
    // nothing the bot sends contains an unescaped tag other than <b> and <i>.
    exchange(&h.api, chat, 1, |api| press(api, chat, "Talk to someone"));
    exchange(&h.api, chat, 1, |api| press(api, chat, "Housing"));
    exchange(&h.api, chat, 1, |api| {
        api.text(chat, "<script>alert(1)</script> & co");
    });
    for sent in h.api.sent_to(chat) {
        let stripped = sent.text.replace("<b>", "").replace("</b>", "");
        assert!(
            !stripped.contains('<') && !stripped.contains('>'),
            "{}",
            sent.text
        );
        assert!(!sent.text.contains("script"), "never echoed: {}", sent.text);
    }
    h.stop();
}

#[test]
fn a_deep_link_opens_the_youth_path_in_its_language_and_departement() {
    let mut h = Harness::start();
    let chat = 1003;
    let opened = exchange(&h.api, chat, 1, |api| {
        api.text(chat, "/start l-fr_d-33_a-youth_c-lycee2026");
    });
    let all = texts(&opened);
    assert!(
        all.contains("tranche d&#39;âge") || all.contains("tranche d'âge"),
        "{all}"
    );
    assert!(
        !all.contains("Bonjour, bienvenue"),
        "the youth path, not the welcome: {all}"
    );
    // An invalid payload starts the normal welcome.
    let normal = exchange(&h.api, chat, 1, |api| {
        api.text(chat, "/start l-fr_d-999_zz");
    });
    assert!(
        texts(&normal).contains("Bonjour, bienvenue."),
        "{}",
        texts(&normal)
    );
    h.stop();
}

#[test]
fn a_place_question_offers_the_location_button_and_a_location_is_resolved() {
    let mut h = Harness::start();
    let chat = 1004;
    exchange(&h.api, chat, 1, |api| {
        api.text(chat, "/start l-en");
    });
    exchange(&h.api, chat, 1, |api| press(api, chat, "Talk to someone"));
    let asked = exchange(&h.api, chat, 1, |api| press(api, chat, "Housing"));
    let keyboard = asked
        .iter()
        .find(|s| s.markup["keyboard"].is_array())
        .unwrap_or_else(|| panic!("a reply keyboard: {asked:#?}"));
    assert_eq!(
        keyboard.markup["keyboard"][0][0]["request_location"],
        json!(true)
    );
    assert_eq!(
        keyboard.markup["keyboard"][0][0]["text"],
        json!("Share my location")
    );
    let found = exchange(&h.api, chat, 2, |api| {
        api.person_sends(
            chat,
            json!({ "location": { "latitude": 44.84, "longitude": -0.58 } }),
        );
    });
    assert!(texts(&found).contains("Gironde"), "{}", texts(&found));
    // Once the place is answered, the keyboard goes (its labels would be sent as text later).
    assert_eq!(
        found[0].markup["remove_keyboard"],
        json!(true),
        "{:#?}",
        found[0]
    );
    assert!(
        found[1..].iter().all(|s| !s.markup["keyboard"].is_array()),
        "{found:#?}"
    );
    h.stop();
}

/// Issue #14: a location shared from outside France (New York) gives the national numbers and
/// the menu: no empty "département chosen", no "how soon?" for a request that reaches no one.
#[test]
fn a_location_outside_france_gives_the_national_numbers_and_no_request() {
    let mut h = Harness::start();
    let chat = 1013;
    exchange(&h.api, chat, 1, |api| {
        api.text(chat, "/start l-fr");
    });
    exchange(&h.api, chat, 1, |api| {
        press(api, chat, "Parler à quelqu'un")
    });
    exchange(&h.api, chat, 1, |api| press(api, chat, "Un logement"));
    let answer = exchange_until(
        &h.api,
        chat,
        |api| {
            api.person_sends(
                chat,
                json!({ "location": { "latitude": 40.71, "longitude": -74.0 } }),
            );
        },
        |new| texts(new).contains("Que voulez-vous faire ?"),
    );
    let said = texts(&answer);
    assert!(
        said.contains("Ce lieu n'est pas en Nouvelle-Aquitaine"),
        "{said}"
    );
    assert!(
        said.contains("Je ne connais pas d'association agréée près de ce lieu"),
        "{said}"
    );
    assert!(!said.contains("Département choisi"), "{said}");
    assert!(!said.contains("Pour quand"), "{said}");
    assert!(said.contains("Que voulez-vous faire ?"), "{said}");
    assert_eq!(
        answer[0].markup["remove_keyboard"],
        json!(true),
        "{answer:#?}"
    );
    h.stop();
}

/// Issue #14: the danger label typed from the place keyboard (Telegram sends a keyboard
/// button as text) reaches the numbers and removes the keyboard; in French and in Arabic.
#[test]
fn the_danger_label_sent_from_the_place_keyboard_gives_the_numbers_and_removes_it() {
    let mut h = Harness::start();
    for (chat, start, talk, housing, urgent, now) in [
        (
            1010,
            "/start l-fr",
            "Parler à quelqu'un",
            "Un logement",
            "Urgence, danger",
            "En danger maintenant : appelez le 17 ou le 112.",
        ),
        (
            1011,
            "/start l-ar",
            "التحدث مع شخص",
            "السكن",
            "حالة طارئة، خطر",
            "في خطر الآن: اتصلوا بالرقم 17 أو 112.",
        ),
    ] {
        exchange(&h.api, chat, 1, |api| {
            api.text(chat, start);
        });
        exchange(&h.api, chat, 1, |api| press(api, chat, talk));
        let asked = exchange(&h.api, chat, 1, |api| press(api, chat, housing));
        let keyboard = asked
            .iter()
            .find(|s| s.markup["keyboard"].is_array())
            .unwrap_or_else(|| panic!("a reply keyboard: {asked:#?}"));
        let labels: Vec<&str> = keyboard.markup["keyboard"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|row| row[0]["text"].as_str())
            .collect();
        assert!(labels.contains(&urgent), "{labels:?}");
        let answer = exchange(&h.api, chat, 1, |api| {
            api.text(chat, urgent);
        });
        let said = texts(&answer);
        assert!(said.starts_with(now), "what to do now comes first: {said}");
        assert_eq!(
            answer[0].markup["remove_keyboard"],
            json!(true),
            "{answer:#?}"
        );
    }
    h.stop();
}

/// Issue #14: after 30 quick steps in one chat (their answers queued behind Telegram's pace of
/// one message a second), danger words are answered ahead of the queue, and the answers still
/// queued are not sent after the numbers (they would push them off the screen).
#[test]
fn the_numbers_are_never_queued_behind_a_chats_other_messages() {
    let api = BotApi::start();
    let settings = paced(&api);
    let mut h = Harness::start_with(api, settings);
    let chat = 1012;
    exchange(&h.api, chat, 1, |api| {
        api.text(chat, "/start l-fr");
    });
    let before = h.api.sent_to(chat).len();
    for _ in 0..30 {
        h.api.text(chat, "/help");
    }
    h.api.text(chat, "il me frappe");
    let now = "En danger maintenant : appelez le 17 ou le 112.";
    h.api.wait("the numbers", Duration::from_secs(30), |api| {
        texts(&api.sent_to(chat)[before..]).contains(now)
    });
    let sent = h.api.sent_to(chat)[before..].to_vec();
    let numbers = sent
        .iter()
        .position(|s| texts(std::slice::from_ref(s)).starts_with(now))
        .unwrap_or_else(|| panic!("the numbers start a message: {sent:#?}"));
    // Paced at one a second, the 30 answers would come first; at most the steps in hand
    // before the danger words arrived do.
    assert!(
        numbers <= 4,
        "{numbers} messages came before the numbers: {}",
        texts(&sent[..numbers])
    );
    // Let the chat settle: the steps queued before the danger words are not answered.
    std::thread::sleep(Duration::from_secs(4));
    let after = h.api.sent_to(chat).len() - before;
    assert!(
        after < 8,
        "{after} messages: {}",
        texts(&h.api.sent_to(chat)[before..])
    );
    h.stop();
}

#[test]
fn non_text_messages_get_a_kind_sentence_and_photos_the_advice() {
    let mut h = Harness::start();
    let chat = 1005;
    exchange(&h.api, chat, 1, |api| {
        api.text(chat, "/start l-en");
    });
    let file = |kind: &str| json!({ "file_id": format!("{kind}-1"), "file_unique_id": format!("{kind}-u") });
    let kinds: Vec<(&str, Value)> = vec![
        (
            "sticker",
            json!({ "sticker": {
            "file_id": "s1", "file_unique_id": "su", "width": 512, "height": 512,
            "type": "regular", "is_animated": false, "is_video": false } }),
        ),
        (
            "voice",
            json!({ "voice": { "file_id": "v1", "file_unique_id": "vu", "duration": 2, "mime_type": "audio/ogg" } }),
        ),
        (
            "video",
            json!({ "video": { "file_id": "w1", "file_unique_id": "wu", "width": 64, "height": 64, "duration": 2, "mime_type": "video/mp4" } }),
        ),
        ("document", json!({ "document": file("doc") })),
        (
            "contact",
            json!({ "contact": { "phone_number": "+33600000000", "first_name": "Someone" } }),
        ),
        (
            "photo",
            json!({ "photo": [{ "file_id": "p1", "file_unique_id": "pu", "width": 64, "height": 64 }] }),
        ),
    ];
    for (kind, body) in kinds {
        let answer = exchange(&h.api, chat, 1, |api| {
            api.person_sends(chat, body);
        });
        let all = texts(&answer);
        assert!(all.contains("Here, I can only read text."), "{kind}: {all}");
        match kind {
            "photo" | "video" => assert!(
                all.contains("Do not send pictures of yourself"),
                "{kind}: {all}"
            ),
            _ => assert!(
                all.contains("I do not keep what you sent and I do not pass it on"),
                "{kind}: {all}"
            ),
        }
        // Never forwarded: the bot only ever sends messages and photos of its own.
        assert!(
            h.api
                .calls()
                .iter()
                .all(|c| !c.method.starts_with("forward") && !c.method.starts_with("copy"))
        );
    }
    h.stop();
}

#[test]
fn quick_exit_deletes_both_sides_of_the_conversation() {
    let mut h = Harness::start();
    let chat = 1006;
    let mut person = Vec::new();
    exchange(&h.api, chat, 1, |api| {
        person.push(api.text(chat, "/start l-en"))
    });
    // The phone-safety note says what the exit erases on Telegram, and what it cannot.
    let note = exchange(&h.api, chat, 1, |api| person.push(api.text(chat, "5")));
    assert!(
        texts(&note).contains(
            "/exit or \"umbrella\" erases our messages from the last 48 hours: Telegram does \
             not allow erasing older ones. Then delete the chat from your list."
        ),
        "{}",
        texts(&note)
    );
    let bot_messages: Vec<i64> = h.api.sent_to(chat).iter().map(|s| s.id).collect();
    let mut exit = 0;
    let done = exchange_until(
        &h.api,
        chat,
        |api| exit = api.text(chat, "umbrella"),
        |new| new.iter().any(|s| s.text.starts_with("Done.")),
    );
    // Short and neutral, it stays on screen: what the person must still do.
    assert_eq!(texts(&done), "Done. Also delete this chat from your list.");
    assert!(!h.api.calls_of("deleteMessages").is_empty());
    for id in person.iter().chain(&bot_messages).chain([&exit]) {
        assert!(h.api.is_deleted(chat, *id), "message {id} deleted");
    }
    // The session is gone: the next message starts with the language menu.
    let next = exchange(&h.api, chat, 1, |api| {
        api.text(chat, "hello");
    });
    assert!(
        texts(&next).contains("Choose your language."),
        "{}",
        texts(&next)
    );
    h.stop();
}

#[test]
fn faults_429_and_5xx_lose_nothing() {
    let mut h = Harness::start();
    let chat = 1007;
    // A 429 on the first reply: Telegram's pause is respected, then it is delivered.
    h.api.fail_next("sendPhoto", Fault::RetryAfter(1));
    h.api.fail_next("sendMessage", Fault::RetryAfter(1));
    exchange(&h.api, chat, 1, |api| {
        api.text(chat, "/start l-en");
    });
    // A 502 on a reply, and on getUpdates: tried again.
    h.api.fail_next("sendMessage", Fault::Status(502));
    h.api.fail_next("sendPhoto", Fault::Status(502));
    h.api.fail_next("getUpdates", Fault::Status(502));
    let answered = exchange(&h.api, chat, 1, |api| {
        api.text(chat, "2");
    });
    assert!(
        texts(&answered).contains("What would you like to talk about?"),
        "{}",
        texts(&answered)
    );
    // Every update was handled once and confirmed: offsets never went backwards or skipped one
    // that was not handled.
    let offsets = h.api.offsets();
    assert!(offsets.windows(2).all(|w| w[0] <= w[1]), "{offsets:?}");
    h.api.wait(
        "the updates to be confirmed",
        Duration::from_secs(20),
        |api| api.pending_updates() == 0,
    );
    h.stop();
}

#[test]
fn two_chats_at_once_keep_separate_conversations() {
    let mut h = Harness::start();
    let (a, b) = (2001, 2002);
    h.api.text(a, "/start l-en");
    h.api.text(b, "/start l-fr");
    h.api.wait_sent(a, 1);
    h.api.wait_sent(b, 1);
    std::thread::sleep(Duration::from_millis(200));
    h.api.text(a, "3");
    h.api.text(b, "4");
    h.api.wait("both answers", Duration::from_secs(20), |api| {
        texts(&api.sent_to(a)).contains("17: police")
            && texts(&api.sent_to(b)).contains("tranche d")
    });
    assert!(!texts(&h.api.sent_to(a)).contains("tranche d"));
    assert!(!texts(&h.api.sent_to(b)).contains("police or gendarmerie"));
    h.stop();
}

#[test]
fn forged_stale_or_oversized_callback_data_gets_a_kind_answer() {
    let mut h = Harness::start();
    let chat = 1008;
    exchange(&h.api, chat, 1, |api| {
        api.text(chat, "/start l-en");
    });
    let menu = last_with_buttons(&h.api, chat);
    for data in ["forged.0", "lang.99", &"x".repeat(64), "", "deadbeef.1"] {
        let answer = exchange(&h.api, chat, 1, |api| api.press(chat, menu.id, data));
        assert!(
            texts(&answer).contains("Sorry, I did not understand."),
            "{data:?}: {}",
            texts(&answer)
        );
        assert!(
            !buttons(answer.last().expect("answer")).is_empty(),
            "the choices again"
        );
    }
    let pressed = h.api.calls_of("answerCallbackQuery").len();
    assert_eq!(pressed, 5, "every press answered");
    h.stop();
}

#[test]
fn groups_are_ignored_and_the_bot_never_writes_first() {
    let mut h = Harness::start();
    std::thread::sleep(Duration::from_millis(500));
    assert!(h.api.calls_of("sendMessage").is_empty() && h.api.calls_of("sendPhoto").is_empty());
    h.api.push(
        "message",
        json!({
            "message_id": 1, "date": 1_800_000_000,
            "chat": { "id": -100_123, "type": "supergroup", "title": "A group" },
            "from": { "id": 3003, "is_bot": false, "first_name": "Someone" },
            "text": "/start l-en",
        }),
    );
    h.api.wait(
        "the group update to be confirmed",
        Duration::from_secs(20),
        |api| api.pending_updates() == 0,
    );
    assert!(h.api.sent_to(-100_123).is_empty());
    h.stop();
}

#[test]
fn telegram_limits_pace_a_chat_without_losing_messages() {
    let api = BotApi::start();
    let settings = paced(&api);
    let mut h = Harness::start_with(api, settings);
    let chat = 1009;
    exchange(&h.api, chat, 1, |api| {
        api.text(chat, "/start l-en");
    });
    exchange(&h.api, chat, 1, |api| press(api, chat, "Talk to someone"));
    exchange(&h.api, chat, 1, |api| press(api, chat, "Housing"));
    // The card step sends four messages; Telegram's pace is one a second in a chat.
    let started = std::time::Instant::now();
    let card = exchange(&h.api, chat, 3, |api| {
        api.text(chat, "Limoges");
    });
    assert!(texts(&card).contains("ARSL"), "{}", texts(&card));
    assert!(
        started.elapsed() >= Duration::from_secs(2),
        "paced: {:?}",
        started.elapsed()
    );
    h.stop();
}

#[test]
fn a_reply_that_cannot_be_delivered_is_counted_and_the_conversation_goes_on() {
    let mut h = Harness::start();
    let chat = 1010;
    exchange(&h.api, chat, 1, |api| {
        api.text(chat, "/start l-en");
    });
    // A refusal (400) is not tried again: the reply (the help, under the menu's board) is lost,
    // counted in aggregate, and logged without who it was for.
    h.api.fail_next("sendPhoto", Fault::Status(400));
    let photos = h.api.calls_of("sendPhoto").len();
    h.api.text(chat, "/help");
    let undelivered = || -> u64 {
        h.runtime
            .store()
            .counters()
            .expect("counters")
            .into_iter()
            .filter(|(key, _)| key.kind == "undelivered" && key.name == "telegram")
            .map(|(_, n)| n)
            .sum()
    };
    h.api.wait(
        "the refused reply to be counted",
        Duration::from_secs(20),
        |_| undelivered() == 1,
    );
    assert_eq!(
        h.api.calls_of("sendPhoto").len(),
        photos + 1,
        "not tried again"
    );
    // The next message is answered normally.
    let next = exchange(&h.api, chat, 1, |api| {
        api.text(chat, "2");
    });
    assert!(texts(&next).contains("What would you like to talk about?"));
    h.stop();
}

#[test]
fn webhook_mode_receives_updates_with_its_secret_only() {
    use std::io::{Read, Write};
    let api = BotApi::start();
    let listen = std::net::TcpListener::bind("127.0.0.1:0").expect("free port");
    let address = listen.local_addr().expect("address");
    drop(listen);
    let settings = TelegramSettings {
        webhook: Some(passerelle::config::WebhookSettings {
            listen: address,
            url: "https://bot.example.org/telegram".into(),
        }),
        ..settings(&api)
    };
    let mut h = Harness::start_with(api, settings);
    h.api
        .wait("the webhook to be set", Duration::from_secs(20), |api| {
            !api.calls_of("setWebhook").is_empty()
        });
    let set = h.api.calls_of("setWebhook").remove(0);
    assert_eq!(set.params["url"], json!("https://bot.example.org/telegram"));
    let secret = set.params["secret_token"]
        .as_str()
        .expect("a secret")
        .to_owned();
    assert!(secret.len() >= 32);
    let post = |secret: &str, body: &str| -> String {
        let mut stream = loop {
            match std::net::TcpStream::connect(address) {
                Ok(stream) => break stream,
                Err(_) => std::thread::sleep(Duration::from_millis(20)),
            }
        };
        write!(
            stream,
            "POST /telegram HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-Telegram-Bot-Api-Secret-Token: {secret}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
        .expect("post");
        let mut answer = String::new();
        stream.read_to_string(&mut answer).expect("answer");
        answer
    };
    let update = json!({
        "update_id": 1,
        "message": {
            "message_id": 1, "date": 1_800_000_000, "text": "/start l-en",
            "chat": { "id": 1011, "type": "private", "first_name": "P" },
            "from": { "id": 1011, "is_bot": false, "first_name": "P" },
        }
    })
    .to_string();
    let refused = post("wrong-secret", &update);
    assert!(refused.starts_with("HTTP/1.1 401"), "{refused}");
    assert!(h.api.sent_to(1011).is_empty());
    let accepted = post(&secret, &update);
    assert!(accepted.starts_with("HTTP/1.1 200"), "{accepted}");
    // Answered before the 200: the reply is already there.
    assert!(texts(&h.api.sent_to(1011)).contains("Hello, welcome."));
    assert!(
        h.api.calls_of("getUpdates").is_empty(),
        "no polling in webhook mode"
    );
    h.stop();
}

#[test]
fn a_schools_kit_link_opens_the_youth_path_in_its_language_and_departement() {
    // The link, as `passerelle link` prints it.
    let dir = tempfile::tempdir().expect("dir");
    let config = dir.path().join("passerelle.toml");
    std::fs::write(
        &config,
        "data_dir = \"data\"\n[telegram]\nusername = \"passerelle_bot\"\n",
    )
    .expect("config");
    let mut command = support::base_command(support::SecretMode::Test);
    command.arg("--config").arg(&config).args([
        "link",
        "--channel",
        "telegram",
        "--audience",
        "youth",
        "--lang",
        "es",
        "--dept",
        "64",
        "--campaign",
        "mjc2026",
    ]);
    let run = support::run_command(command, b"");
    run.assert_code(0);
    let payload = run
        .stdout
        .trim()
        .split_once("?start=")
        .expect("a deep link")
        .1
        .to_owned();

    // Telegram sends `/start <payload>` when the link is opened.
    let h = Harness::start();
    let chat = 1901;
    let opened = exchange(&h.api, chat, 1, |api| {
        api.text(chat, &format!("/start {payload}"));
    });
    let all = texts(&opened);
    assert!(
        all.contains("Para darte los contactos adecuados, elige tu grupo de edad."),
        "the age band first, in Spanish: {all}"
    );
    let who = h.runtime.pseudonym("telegram", &chat.to_string());
    let session = h
        .runtime
        .store()
        .load(&who, passerelle::runtime::now_secs(), 3600)
        .expect("store")
        .expect("a session");
    assert_eq!(session.lang.as_deref(), Some("es"));
    assert_eq!(session.dept.as_deref(), Some("64"));
    assert_eq!(
        session.at.map(|at| at.to_string()).as_deref(),
        Some("youth:age")
    );
    // The campaign is one aggregate count for this week, under no name it was not published as.
    let campaigns: Vec<_> = h
        .runtime
        .store()
        .counters()
        .expect("counters")
        .into_iter()
        .filter(|(key, _)| key.kind == "campaign")
        .collect();
    assert_eq!(campaigns.len(), 1, "{campaigns:?}");
    let (key, count) = &campaigns[0];
    assert_eq!((key.name.as_str(), *count), ("(unlisted)", 1));
    assert_eq!(key.day, passerelle::runtime::week_start(key.day));
}
