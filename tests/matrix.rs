//! The Matrix channel against a real Synapse (installed from PyPI, started on loopback) with a
//! second real matrix-sdk client playing the person: invite, a conversation by number and by
//! reaction, a location, an encrypted direct chat, quick exit with redactions, a restart keeping
//! the device, and the forensic scan of the data directory (our store and the SDK's).

#![cfg(feature = "matrix")]
// The person's client spawns matrix-sdk's sync, whose future is deep to prove `Send`.
#![recursion_limit = "256"]

mod support;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use matrix_sdk::config::SyncSettings;
use matrix_sdk::ruma::api::client::room::create_room;
use matrix_sdk::ruma::events::reaction::ReactionEventContent;
use matrix_sdk::ruma::events::relation::Annotation;
use matrix_sdk::ruma::events::room::message::{
    LocationMessageEventContent, MessageType, OriginalSyncRoomMessageEvent, RoomMessageEventContent,
};
use matrix_sdk::ruma::{OwnedEventId, OwnedUserId, UserId};
use matrix_sdk::{Client, Room, RoomState};
use passerelle::channel::matrix::{Login, Matrix};
use passerelle::content::{Content, ContentFiles};
use passerelle::engine::Engine;
use passerelle::privacy::Secret;
use passerelle::runtime::{Runtime, RuntimeSettings};
use passerelle::store::{Durability, Store};
use support::scan::{found_in, scan_dir};
use support::synapse::Synapse;
use tokio::sync::watch;

const PASSPHRASE: &str = "passerelle-test-store-passphrase";
const PERSON: &str = "canaryperson4e5f";
const CANARY_TEXT: &str = "CANARY-TEXT-mx-6a7b";

/// The bot: our runtime and the Matrix adapter, in a data directory that survives restarts.
struct Bot {
    matrix: Arc<Matrix>,
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<Result<(), String>>,
}

async fn start_bot(synapse: &Synapse, bot_user: &str, data: &std::path::Path) -> Bot {
    let (content, _) = Content::load(&ContentFiles::embedded());
    let runtime = Arc::new(Runtime::new(
        Arc::new(Engine::new(content)),
        Store::open(
            data,
            Durability::Periodic,
            &Secret::new(support::SECRET.as_bytes().to_vec()).expect("secret"),
        )
        .expect("store"),
        Secret::new(support::SECRET.as_bytes().to_vec()).expect("secret"),
        RuntimeSettings::default(),
    ));
    let login = Login::new(&synapse.url, bot_user, "bot-password", PASSPHRASE);
    let matrix = Matrix::connect(runtime, login, data)
        .await
        .expect("bot logs in");
    let (stop, stopped) = watch::channel(false);
    let running = Arc::clone(&matrix);
    let task = tokio::spawn(async move { running.run(stopped).await.map_err(|e| e.to_string()) });
    Bot { matrix, stop, task }
}

impl Bot {
    /// Stops the bot and waits until its stores are closed (a restart opens them again).
    async fn stop(self) {
        let _ = self.stop.send(true);
        let done = tokio::time::timeout(Duration::from_secs(30), self.task).await;
        done.expect("stops").expect("no panic").expect("no error");
        let matrix = self.matrix;
        let start = Instant::now();
        while Arc::strong_count(&matrix) > 1 {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "the channel is still held"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        drop(matrix);
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
}

/// A message the bot sent, as the person's client saw it.
#[derive(Clone, Debug)]
struct Seen {
    id: OwnedEventId,
    body: String,
    image: bool,
}

/// The person: a real client, syncing in the background, keeping what the bot says.
struct Person {
    client: Client,
    seen: Arc<Mutex<Vec<Seen>>>,
    _store: tempfile::TempDir,
}

async fn person(synapse: &Synapse, user: &str) -> Person {
    let store = tempfile::tempdir().expect("person store");
    let client = Client::builder()
        .homeserver_url(&synapse.url)
        .sqlite_store(store.path(), None)
        .build()
        .await
        .expect("person client");
    client
        .matrix_auth()
        .login_username(user, "person-password")
        .send()
        .await
        .expect("person logs in");
    client
        .sync_once(SyncSettings::default())
        .await
        .expect("first sync");
    let seen = Arc::new(Mutex::new(Vec::new()));
    let me = client.user_id().expect("user").to_owned();
    let keep = Arc::clone(&seen);
    client.add_event_handler(move |event: OriginalSyncRoomMessageEvent| {
        let keep = Arc::clone(&keep);
        let me = me.clone();
        async move {
            if event.sender == me {
                return;
            }
            let (body, image) = match &event.content.msgtype {
                MessageType::Image(image) => (image.body.clone(), true),
                other => (other.body().to_owned(), false),
            };
            keep.lock().expect("seen").push(Seen {
                id: event.event_id.clone(),
                body,
                image,
            });
        }
    });
    let syncing = client.clone();
    tokio::spawn(async move { syncing.sync(SyncSettings::default()).await });
    Person {
        client,
        seen,
        _store: store,
    }
}

impl Person {
    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().expect("seen").clone()
    }

    /// Waits until the bot has said something containing `needle`; returns everything seen
    /// since `from`.
    async fn wait_for(&self, from: usize, needle: &str) -> Vec<Seen> {
        let start = Instant::now();
        loop {
            let seen = self.seen();
            if seen[from.min(seen.len())..]
                .iter()
                .any(|s| s.body.contains(needle))
            {
                return seen[from..].to_vec();
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "timed out waiting for {needle:?}; seen: {:#?}",
                seen.iter().map(|s| &s.body).collect::<Vec<_>>()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    async fn say(&self, room: &Room, text: &str) -> usize {
        let from = self.seen().len();
        room.send(RoomMessageEventContent::text_plain(text))
            .await
            .expect("send");
        from
    }

    /// Opens a direct chat with the bot (encrypted or not) and waits until the bot is in.
    async fn open_chat(&self, bot: &UserId, encrypted: bool) -> Room {
        let room = if encrypted {
            self.client.create_dm(bot).await.expect("encrypted DM")
        } else {
            let mut request = create_room::v3::Request::new();
            request.invite = vec![bot.to_owned()];
            request.is_direct = true;
            self.client.create_room(request).await.expect("DM")
        };
        wait_members(&room, 2, "the bot to join").await;
        room
    }
}

/// Waits until a room has `count` joined members (asking the homeserver).
async fn wait_members(room: &Room, count: usize, what: &str) {
    let start = Instant::now();
    loop {
        let joined = room
            .members(matrix_sdk::RoomMemberships::JOIN)
            .await
            .map(|m| m.len())
            .unwrap_or_default();
        if joined == count {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "timed out waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

fn register(synapse: &Synapse) -> (OwnedUserId, OwnedUserId) {
    let bot = synapse.register("passerelle", "bot-password");
    let person = synapse.register(PERSON, "person-password");
    (
        UserId::parse(&bot).expect("bot id"),
        UserId::parse(&person).expect("person id"),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_conversation_by_number_and_reaction_a_location_and_a_quick_exit() {
    let synapse = Synapse::start();
    let (bot_id, _) = register(&synapse);
    let data = tempfile::tempdir().expect("data");
    let bot = start_bot(&synapse, bot_id.as_str(), data.path()).await;
    let person = person(&synapse, PERSON).await;
    let room = person.open_chat(&bot_id, false).await;

    // A typed command and a number.
    let from = person.say(&room, "/start l-en").await;
    let welcome = person.wait_for(from, "Hello, welcome.").await;
    let menu = welcome
        .iter()
        .rev()
        .find(|s| s.body.contains("1️⃣"))
        .expect("numbered choices");
    assert!(menu.body.contains("2️⃣ Talk to someone"), "{}", menu.body);
    assert!(
        welcome.iter().any(|s| s.image),
        "a pictogram or board image"
    );
    // A reaction shortcut on the bot's message: 2️⃣ = talk to someone.
    let from = person.seen().len();
    room.send(ReactionEventContent::new(Annotation::new(
        menu.id.clone(),
        "2️⃣".into(),
    )))
    .await
    .expect("react");
    person
        .wait_for(from, "What would you like to talk about?")
        .await;
    // A typed number: housing, then the place by a shared location.
    let from = person.say(&room, "1").await;
    person.wait_for(from, "Which département").await;
    let from = person.seen().len();
    room.send(RoomMessageEventContent::new(MessageType::Location(
        LocationMessageEventContent::new("here".into(), "geo:44.84,-0.58".into()),
    )))
    .await
    .expect("location");
    person.wait_for(from, "Gironde").await;
    // A reaction on an old message is a stale button: a kind answer.
    let from = person.seen().len();
    room.send(ReactionEventContent::new(Annotation::new(
        menu.id.clone(),
        "1️⃣".into(),
    )))
    .await
    .expect("react on an old message");
    person.wait_for(from, "Sorry, I did not understand.").await;
    // A free text with a canary (never kept); an image: never kept, the advice about pictures.
    let from = person.say(&room, CANARY_TEXT).await;
    person.wait_for(from, "I did not understand").await;
    let from = person.seen().len();
    room.send_attachment(
        "me.png",
        &mime::IMAGE_PNG,
        vec![0x89, b'P', b'N', b'G', 0, 0, 0, 0],
        matrix_sdk::attachment::AttachmentConfig::new(),
    )
    .await
    .expect("an image");
    person
        .wait_for(from, "Do not send pictures of yourself")
        .await;

    // A room that is not a direct chat: the bot does not join it (it answers people only in
    // direct chats).
    let mut request = create_room::v3::Request::new();
    request.invite = vec![bot_id.clone()];
    let group = person
        .client
        .create_room(request)
        .await
        .expect("a group room");
    tokio::time::sleep(Duration::from_secs(3)).await;
    let joined = group
        .members(matrix_sdk::RoomMemberships::JOIN)
        .await
        .expect("members")
        .len();
    assert_eq!(
        joined, 1,
        "the bot stays out of rooms that are not direct chats"
    );

    // Quick exit: the bot's events are redacted, it leaves and forgets the room.
    person.say(&room, "umbrella").await;
    wait_members(&room, 1, "the bot to leave").await;
    let bot_client = bot.matrix.client().clone();
    assert!(
        bot_client
            .get_room(room.room_id())
            .is_none_or(|r| r.state() == RoomState::Left),
        "the bot left the room"
    );
    let mut options = matrix_sdk::room::MessagesOptions::backward();
    options.limit = matrix_sdk::ruma::UInt::from(500u32);
    let messages = room.messages(options).await.expect("history");
    let mut bot_events = 0;
    for event in &messages.chunk {
        let raw = event.raw();
        if raw
            .get_field::<OwnedUserId>("sender")
            .ok()
            .flatten()
            .as_ref()
            == Some(&bot_id)
            && raw.get_field::<String>("type").ok().flatten().as_deref() == Some("m.room.message")
        {
            bot_events += 1;
            let content = raw.get_field::<serde_json::Value>("content").ok().flatten();
            assert_eq!(
                content,
                Some(serde_json::json!({})),
                "redacted: {content:?}"
            );
        }
    }
    assert!(
        bot_events > 0,
        "the bot's messages are still listed, redacted"
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_encrypted_chat_works_and_a_restart_keeps_the_device_and_nothing_leaks() {
    let synapse = Synapse::start();
    let (bot_id, person_id) = register(&synapse);
    let data = tempfile::tempdir().expect("data");
    let bot = start_bot(&synapse, bot_id.as_str(), data.path()).await;
    let device = bot.matrix.device_id().expect("a device");
    let person = person(&synapse, PERSON).await;
    let room = person.open_chat(&bot_id, true).await;
    assert!(
        room.latest_encryption_state()
            .await
            .expect("state")
            .is_encrypted()
    );
    let from = person.say(&room, "/start l-en").await;
    person.wait_for(from, "Hello, welcome.").await;
    let from = person.say(&room, CANARY_TEXT).await;
    person.wait_for(from, "I did not understand").await;

    // Restart: the same device, the conversation goes on in the encrypted room.
    bot.stop().await;
    let bot = start_bot(&synapse, bot_id.as_str(), data.path()).await;
    assert_eq!(
        bot.matrix.device_id().as_deref(),
        Some(device.as_str()),
        "same device"
    );
    let from = person.say(&room, "3").await;
    person.wait_for(from, "17: police").await;
    bot.stop().await;

    // Forensic: no Matrix id, no message text, in clear anywhere in the data directory (our
    // store and the SDK's encrypted store).
    let canaries: Vec<String> = vec![
        person_id.to_string(),
        PERSON.to_owned(),
        CANARY_TEXT.to_owned(),
        room.room_id().to_string(),
        "Hello, welcome.".to_owned(),
    ];
    let (found, files, bytes) = scan_dir(data.path(), &canaries);
    assert!(files > 0 && bytes > 0);
    assert!(
        found.is_empty(),
        "found in the data directory:\n{}",
        found.join("\n")
    );
}

/// `passerelle serve` with Matrix: the real binary logs in from the environment, answers, stops on
/// SIGTERM; with `PASSERELLE_LOG=trace` its logs hold no Matrix id of the person, no room id and
/// no message text, and neither does its data directory.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn serve_runs_matrix_from_the_environment_and_logs_no_identifier() {
    use std::io::Read;
    use std::process::Stdio;
    let synapse = Synapse::start();
    let (bot_id, person_id) = register(&synapse);
    let data = tempfile::tempdir().expect("data");
    let mut command = support::base_command(support::SecretMode::Test);
    command
        .arg("--data-dir")
        .arg(data.path())
        .arg("serve")
        .env("PASSERELLE_MATRIX_HOMESERVER", &synapse.url)
        .env("PASSERELLE_MATRIX_USER", bot_id.as_str())
        .env("PASSERELLE_MATRIX_PASSWORD", "bot-password")
        .env("PASSERELLE_MATRIX_STORE_PASSPHRASE", PASSPHRASE)
        .env("PASSERELLE_LOG", "trace")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("serve");
    let mut stderr = child.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || {
        let mut logs = Vec::new();
        let _ = stderr.read_to_end(&mut logs);
        logs
    });
    let person = person(&synapse, PERSON).await;
    let room = person.open_chat(&bot_id, false).await;
    let from = person.say(&room, "/start l-fr").await;
    person.wait_for(from, "Bonjour, bienvenue.").await;
    let from = person.say(&room, CANARY_TEXT).await;
    person.wait_for(from, "Pardon").await;
    let pid = child.id().to_string();
    assert!(
        std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill")
            .success()
    );
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "serve did not stop"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let logs = reader.join().expect("logs");
    let log_text = String::from_utf8_lossy(&logs);
    assert!(status.success(), "{status:?}\n{log_text}");
    assert!(
        log_text.contains("Matrix: stopped") && log_text.contains("handled"),
        "{log_text}"
    );
    let canaries: Vec<String> = vec![
        person_id.to_string(),
        PERSON.to_owned(),
        CANARY_TEXT.to_owned(),
        room.room_id().to_string(),
        "bot-password".to_owned(),
        PASSPHRASE.to_owned(),
    ];
    let in_logs = found_in(&logs, &canaries, "the logs");
    let (in_data, _, _) = scan_dir(data.path(), &canaries);
    assert!(
        in_logs.is_empty() && in_data.is_empty(),
        "{}\n{}\n--- logs ---\n{log_text}",
        in_logs.join("\n"),
        in_data.join("\n")
    );
}

/// The newest message the bot sent since `from` whose body contains `needle`.
fn newest<'a>(seen: &'a [Seen], needle: &str) -> &'a Seen {
    seen.iter()
        .rev()
        .find(|s| !s.image && s.body.contains(needle))
        .unwrap_or_else(|| panic!("no message with {needle:?} in {seen:#?}"))
}

/// Issue #14, on Matrix: under a question no choice is shown with a number (a typed number
/// answers the question), its buttons have letter shortcuts instead; the danger choice works
/// by reaction on the current message and on an older one, and the first line of the answer is
/// what to do now; in French and in Arabic.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn under_a_question_no_number_is_shown_and_the_danger_reaction_works_on_any_message() {
    let synapse = Synapse::start();
    let (bot_id, _) = register(&synapse);
    let data = tempfile::tempdir().expect("data");
    let bot = start_bot(&synapse, bot_id.as_str(), data.path()).await;
    let person = person(&synapse, PERSON).await;
    let room = person.open_chat(&bot_id, false).await;
    let react = |message: OwnedEventId, key: &str| {
        let room = room.clone();
        let key = key.to_owned();
        async move {
            room.send(ReactionEventContent::new(Annotation::new(message, key)))
                .await
                .expect("react");
        }
    };
    for (start, talk, first, urgent, back, invalid, now) in [
        (
            "/start l-fr",
            "2️⃣ Parler à quelqu'un",
            "De quoi voulez-vous parler",
            "Urgence, danger",
            "Retour au menu",
            "Je n'ai pas trouvé ce lieu",
            "En danger maintenant : appelez le 17 ou le 112.",
        ),
        (
            "/start l-ar",
            "2️⃣ ",
            "عن ماذا تريدون التحدث",
            "حالة طارئة، خطر",
            "العودة إلى القائمة",
            "لم أجد هذا المكان.",
            "في خطر الآن: اتصلوا بالرقم 17 أو 112.",
        ),
    ] {
        let from = person.say(&room, start).await;
        let seen = person.wait_for(from, talk).await;
        let menu = newest(&seen, talk).clone();
        let danger_key = if menu.body.contains(&format!("3️⃣ {urgent}")) {
            "3️⃣"
        } else {
            panic!("the danger choice is third in the menu: {}", menu.body)
        };
        let from = person.say(&room, "2").await;
        person.wait_for(from, first).await;
        let from = person.say(&room, "1").await;
        // The place question: its two buttons with letters, no keycap anywhere.
        let seen = person.wait_for(from, &format!("🇦 {urgent}")).await;
        let question = newest(&seen, urgent).clone();
        assert!(
            !question.body.contains('\u{20e3}'),
            "no number under a question: {}",
            question.body
        );
        assert!(
            question.body.contains(&format!("🇧 {back}")),
            "{}",
            question.body
        );
        // A typed "1" answers the question (a place), never the first button.
        let from = person.say(&room, "1").await;
        let seen = person.wait_for(from, invalid).await;
        assert!(
            seen.iter().all(|s| !s.body.contains(now)),
            "a typed 1 is not the danger choice: {seen:#?}"
        );
        // The danger choice by its letter, on the current message: what to do now comes first.
        let from = person.seen().len();
        react(question.id.clone(), "🇦").await;
        let seen = person.wait_for(from, now).await;
        let answer = newest(&seen, now);
        assert!(answer.body.starts_with(now), "{}", answer.body);
        // And by its keycap on the older menu message.
        let from = person.seen().len();
        react(menu.id.clone(), danger_key).await;
        let seen = person.wait_for(from, now).await;
        assert!(newest(&seen, now).body.starts_with(now));
    }
    bot.stop().await;
}

/// Issue #15 (Matrix part): a quick exit reads the whole history, not its last pages, and
/// redacts the person's own messages too where the bot may (a trusted private chat, as
/// Element makes a direct chat): nothing of the conversation keeps its content.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_quick_exit_redacts_the_whole_history_of_both_sides() {
    let synapse = Synapse::start();
    let (bot_id, _) = register(&synapse);
    let data = tempfile::tempdir().expect("data");
    let bot = start_bot(&synapse, bot_id.as_str(), data.path()).await;
    let person = person(&synapse, PERSON).await;
    let mut request = create_room::v3::Request::new();
    request.invite = vec![bot_id.clone()];
    request.is_direct = true;
    request.preset = Some(create_room::v3::RoomPreset::TrustedPrivateChat);
    let room = person.client.create_room(request).await.expect("DM");
    wait_members(&room, 2, "the bot to join").await;
    let from = person.say(&room, "/start l-en").await;
    person.wait_for(from, "Hello, welcome.").await;
    // The phone-safety note says what the quick exit erases here: both sides.
    let from = person.say(&room, "5").await;
    person
        .wait_for(from, "erases your messages and mine, then I leave the chat")
        .await;
    // Far more events than the old look-back (20 pages of 10): each answer is a message and
    // its reaction shortcuts.
    for _ in 0..60 {
        let from = person.say(&room, "/help").await;
        person.wait_for(from, "/help: this help").await;
    }
    person.say(&room, "umbrella").await;
    wait_members(&room, 1, "the bot to leave").await;
    let events = support::matrix_history::messages_and_reactions(&room).await;
    let total = events.len();
    let by_bot = events
        .iter()
        .filter(|e| e.sender == bot_id.as_str())
        .count();
    let by_person = total - by_bot;
    let kept: Vec<_> = events.iter().filter(|e| e.has_content).collect();
    assert!(
        by_bot >= 250 && by_person > 60,
        "{by_bot} of the bot, {by_person} of the person"
    );
    assert!(
        kept.is_empty(),
        "{} of {total} kept their content: {:?}",
        kept.len(),
        kept.first()
    );
    // In a direct chat where the person alone is admin, the note says what the bot cannot
    // erase, and the quick exit leaves the person's messages (it has no right to redact them).
    let mut request = create_room::v3::Request::new();
    request.invite = vec![bot_id.clone()];
    request.is_direct = true;
    let plain = person.client.create_room(request).await.expect("DM");
    wait_members(&plain, 2, "the bot to join").await;
    let from = person.say(&plain, "/start l-en").await;
    person.wait_for(from, "Hello, welcome.").await;
    let from = person.say(&plain, "5").await;
    person
        .wait_for(
            from,
            "Here I cannot erase yours: delete the chat from your list.",
        )
        .await;
    bot.stop().await;
}
