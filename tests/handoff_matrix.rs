//! The warm handoff over Matrix, end to end, against a real Synapse (installed from PyPI,
//! started on loopback) with real matrix-sdk clients playing the person, the staff of a desk
//! room and an intruder: the ticket in the desk room, staff answers in its thread relayed to the
//! person and back, `!close`, intruders kept out, a restart in the middle, the fallback when
//! nobody answers, a person on Telegram with a Matrix desk and a person on Matrix with a
//! Telegram desk (the loopback Bot API server), and nothing identifying on disk or in the logs.

#![cfg(all(feature = "matrix", feature = "telegram"))]
// The clients spawn matrix-sdk's sync, whose future is deep to prove `Send`.
#![recursion_limit = "256"]

#[path = "support/bot_api.rs"]
mod bot_api;
mod support;

use std::path::Path;
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};

use bot_api::{BotApi, Sent};
use matrix_sdk::config::SyncSettings;
use matrix_sdk::ruma::api::client::room::create_room;
use matrix_sdk::ruma::events::reaction::ReactionEventContent;
use matrix_sdk::ruma::events::relation::{Annotation, Reply, Thread};
use matrix_sdk::ruma::events::room::message::{
    OriginalSyncRoomMessageEvent, Relation, RoomMessageEventContent,
};
use matrix_sdk::ruma::{OwnedEventId, OwnedRoomId, OwnedUserId, RoomId, UserId};
use matrix_sdk::{Client, Room, RoomMemberships};
use passerelle::channel::matrix::{KEYCAPS, Login, Matrix};
use passerelle::channel::telegram::Telegram;
use passerelle::config::TelegramSettings;
use passerelle::content::{Content, ContentFiles};
use passerelle::engine::Engine;
use passerelle::handoff::{DeskSettings, Desks, HandoffTimes, Hub};
use passerelle::privacy::Secret;
use passerelle::runtime::{Runtime, RuntimeSettings, now_secs};
use passerelle::store::{Durability, Store};
use support::scan::{found_in, scan_dir};
use support::synapse::Synapse;
use tokio::sync::watch;

const PASSPHRASE: &str = "passerelle-test-store-passphrase";
const BOT_PASSWORD: &str = "bot-password";
const PASSWORD: &str = "user-password";
const TOKEN: &str = "4242424242:TEST-token-never-logged";
/// How long any one thing may take before a test fails instead of hanging.
const WAIT: Duration = Duration::from_secs(60);

/// Every log line of this test binary, for the forensic checks.
fn logs() -> &'static Mutex<Vec<u8>> {
    support::capture_logs("passerelle=trace")
}

fn tokio() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(4)
        .enable_all()
        .build()
        .expect("tokio")
}

/// Fluent's isolation marks, which Telegram texts keep.
fn clean(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// The desk of La CASE (Gironde: the association for housing there) on a channel.
fn case_desk(channel: &str, room: &str) -> DeskSettings {
    DeskSettings {
        association: "la-case-33".into(),
        channel: channel.into(),
        room: room.into(),
        hours: "always".into(),
        staff_languages: vec!["fr".into()],
        language: "fr".into(),
        line: 1,
        ..DeskSettings::default()
    }
}

fn times(answer_within_secs: u64) -> HandoffTimes {
    HandoffTimes {
        answer_within_secs,
        expire_after_secs: 14 * 86_400,
    }
}

/// The bot: the runtime, the hub, the Matrix channel (and Telegram when asked), over a data
/// directory that survives restarts.
struct Bot {
    matrix: Arc<Matrix>,
    runtime: Weak<Runtime>,
    stop: watch::Sender<bool>,
    tasks: Vec<tokio::task::JoinHandle<Result<(), String>>>,
}

struct Setup<'a> {
    synapse: &'a Synapse,
    bot: &'a UserId,
    data: &'a Path,
    desks: Vec<DeskSettings>,
    times: HandoffTimes,
    /// The loopback Bot API's URL, to run Telegram too.
    telegram: Option<&'a str>,
}

async fn start_bot(setup: &Setup<'_>) -> Bot {
    let _ = logs();
    let (content, diagnostics) = Content::load(&ContentFiles::embedded());
    assert!(diagnostics.iter().all(|d| !d.is_error()));
    let runtime = Arc::new(Runtime::new(
        Arc::new(Engine::new(content)),
        Store::open(
            setup.data,
            Durability::Periodic,
            &Secret::new(support::SECRET.as_bytes().to_vec()).expect("secret"),
        )
        .expect("store"),
        Secret::new(support::SECRET.as_bytes().to_vec()).expect("secret"),
        RuntimeSettings::default(),
    ));
    let desks =
        Desks::check(&setup.desks, "Europe/Paris", runtime.engine().content()).expect("desks");
    let hub = Hub::new(Arc::clone(&runtime), desks, setup.times);
    let login = Login::new(
        &setup.synapse.url,
        setup.bot.as_str(),
        BOT_PASSWORD,
        PASSPHRASE,
    );
    let matrix = Matrix::connect(Arc::clone(&runtime), login, setup.data)
        .await
        .expect("bot logs in");
    matrix.attach(Arc::clone(&hub));
    let (stop, stopped) = watch::channel(false);
    let mut tasks = Vec::new();
    if let Some(url) = setup.telegram {
        let settings = TelegramSettings {
            api_url: Some(url.to_owned()),
            poll_timeout_secs: 1,
            per_chat_per_sec: 1000,
            per_group_per_min: 60_000,
            overall_per_sec: 10_000,
            retry_attempts: 3,
            retry_backoff_ms: 20,
            ..TelegramSettings::default()
        };
        let telegram =
            Telegram::new(Arc::clone(&runtime), TOKEN, settings, setup.data).expect("telegram");
        telegram.attach(Arc::clone(&hub));
        let stopped = stopped.clone();
        tasks.push(tokio::spawn(async move {
            telegram.run(stopped).await.map_err(|e| e.to_string())
        }));
    }
    let mut upkeep = stopped.clone();
    tasks.push(tokio::spawn(async move {
        loop {
            tokio::select! {
                () = tokio::time::sleep(Duration::from_secs(1)) => hub.tick(now_secs()).await,
                _ = upkeep.changed() => break,
            }
        }
        Ok(())
    }));
    let running = Arc::clone(&matrix);
    tasks.push(tokio::spawn(async move {
        running.run(stopped).await.map_err(|e| e.to_string())
    }));
    Bot {
        matrix,
        runtime: Arc::downgrade(&runtime),
        stop,
        tasks,
    }
}

impl Bot {
    /// Stops the channels and the hub and waits until the stores are closed (a restart opens
    /// them again).
    async fn stop(self) {
        let _ = self.stop.send(true);
        for task in self.tasks {
            let done = tokio::time::timeout(Duration::from_secs(30), task).await;
            done.expect("stops").expect("no panic").expect("no error");
        }
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
        while self.runtime.strong_count() > 0 {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "the runtime is still held"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
}

/// A message a user's client received from someone else.
#[derive(Clone, Debug)]
struct Seen {
    room: OwnedRoomId,
    id: OwnedEventId,
    body: String,
    /// The thread it belongs to.
    thread: Option<OwnedEventId>,
}

/// A real client (the person, staff, an intruder), syncing in the background, keeping what
/// others say.
struct User {
    id: OwnedUserId,
    client: Client,
    seen: Arc<Mutex<Vec<Seen>>>,
    _store: tempfile::TempDir,
}

async fn user(synapse: &Synapse, name: &str) -> User {
    let id = UserId::parse(synapse.register(name, PASSWORD)).expect("user id");
    let store = tempfile::tempdir().expect("client store");
    let client = Client::builder()
        .homeserver_url(&synapse.url)
        .sqlite_store(store.path(), None)
        .build()
        .await
        .expect("client");
    client
        .matrix_auth()
        .login_username(&id, PASSWORD)
        .send()
        .await
        .expect("logs in");
    client
        .sync_once(SyncSettings::default())
        .await
        .expect("first sync");
    let seen = Arc::new(Mutex::new(Vec::new()));
    let keep = Arc::clone(&seen);
    let me = id.clone();
    client.add_event_handler(move |event: OriginalSyncRoomMessageEvent, room: Room| {
        let keep = Arc::clone(&keep);
        let me = me.clone();
        async move {
            if event.sender == me {
                return;
            }
            let thread = match &event.content.relates_to {
                Some(Relation::Thread(thread)) => Some(thread.event_id.clone()),
                _ => None,
            };
            keep.lock().expect("seen").push(Seen {
                room: room.room_id().to_owned(),
                id: event.event_id.clone(),
                body: event.content.msgtype.body().to_owned(),
                thread,
            });
        }
    });
    let syncing = client.clone();
    tokio::spawn(async move { syncing.sync(SyncSettings::default()).await });
    User {
        id,
        client,
        seen,
        _store: store,
    }
}

impl User {
    /// What others said in a room.
    fn seen_in(&self, room: &RoomId) -> Vec<Seen> {
        self.seen
            .lock()
            .expect("seen")
            .iter()
            .filter(|s| s.room == room)
            .cloned()
            .collect()
    }

    fn count(&self, room: &RoomId) -> usize {
        self.seen_in(room).len()
    }

    /// Waits until someone has said something containing `needle` in a room, after the first
    /// `from` messages; returns it.
    async fn wait_for(&self, room: &RoomId, from: usize, needle: &str) -> Seen {
        let start = Instant::now();
        loop {
            let seen = self.seen_in(room);
            if let Some(found) = seen.iter().skip(from).find(|s| s.body.contains(needle)) {
                return found.clone();
            }
            assert!(
                start.elapsed() < WAIT,
                "timed out waiting for {needle:?}; seen: {:#?}",
                seen.iter().map(|s| &s.body).collect::<Vec<_>>()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until someone has said anything more in a room; returns everything after `from`.
    async fn wait_more(&self, room: &RoomId, from: usize) -> Vec<Seen> {
        let start = Instant::now();
        loop {
            let seen = self.seen_in(room);
            if seen.len() > from {
                return seen[from..].to_vec();
            }
            assert!(start.elapsed() < WAIT, "timed out waiting for an answer");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Says something in a room; returns how many messages were seen there before.
    async fn say(&self, room: &Room, text: &str) -> usize {
        let from = self.count(room.room_id());
        room.send(RoomMessageEventContent::text_plain(text))
            .await
            .expect("send");
        from
    }

    /// Says something in the thread of `root`.
    async fn say_in_thread(&self, room: &Room, root: &OwnedEventId, text: &str) -> usize {
        let from = self.count(room.room_id());
        room.send(in_thread(text, root))
            .await
            .expect("send in a thread");
        from
    }

    /// Opens a direct chat with the bot and waits until the bot is in.
    async fn open_chat(&self, bot: &UserId) -> Room {
        let mut request = create_room::v3::Request::new();
        request.invite = vec![bot.to_owned()];
        request.is_direct = true;
        let room = self.client.create_room(request).await.expect("DM");
        wait_members(&room, 2, "the bot to join the direct chat").await;
        room
    }
}

fn in_reply(text: &str, to: &OwnedEventId) -> RoomMessageEventContent {
    let mut content = RoomMessageEventContent::text_plain(text);
    content.relates_to = Some(Relation::Reply(Reply::with_event_id(to.clone())));
    content
}

fn in_thread(text: &str, root: &OwnedEventId) -> RoomMessageEventContent {
    let mut content = RoomMessageEventContent::text_plain(text);
    content.relates_to = Some(Relation::Thread(Thread::plain(root.clone(), root.clone())));
    content
}

/// Waits until a room has `count` joined members (asking the homeserver).
async fn wait_members(room: &Room, count: usize, what: &str) {
    let start = Instant::now();
    loop {
        let joined = room
            .members(RoomMemberships::JOIN)
            .await
            .map(|m| m.len())
            .unwrap_or_default();
        if joined == count {
            return;
        }
        assert!(start.elapsed() < WAIT, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Staff create the desk room (the bot is invited once it runs, and joins because the room is a
/// desk); `others` are invited and join too.
async fn desk_room(staff: &User, others: &[&User]) -> Room {
    let mut request = create_room::v3::Request::new();
    request.name = Some("Accueil La CASE".into());
    // The homeserver's default room version (12 here: room ids without a server part).
    request.invite = others.iter().map(|u| u.id.clone()).collect();
    let room = staff.client.create_room(request).await.expect("desk room");
    for other in others {
        other
            .client
            .join_room_by_id(room.room_id())
            .await
            .expect("staff join the desk");
    }
    wait_members(&room, 1 + others.len(), "staff to join the desk").await;
    room
}

/// Invites the bot into the desk room and waits until it joined.
async fn invite_bot(desk: &Room, bot: &UserId, members: usize) {
    desk.invite_user_by_id(bot).await.expect("invite the bot");
    wait_members(desk, members, "the bot to join the desk").await;
}

/// The person walks the French flow on Matrix to the question of a message for the team.
async fn to_message(person: &User, dm: &Room) {
    to_consent(person, dm).await;
    let from = person.say(dm, "oui").await;
    person.wait_for(dm.room_id(), from, "court message").await;
}

/// The person walks the French flow on Matrix to the consent question.
async fn to_consent(person: &User, dm: &Room) {
    let room = dm.room_id();
    let from = person.say(dm, "/start l-fr").await;
    // The text message of the menu (the board's caption has the labels too).
    let menu = person
        .wait_for(room, from, "\u{20e3} Parler à quelqu'un")
        .await;
    let line = menu
        .body
        .lines()
        .find(|l| l.contains("Parler à quelqu'un"))
        .expect("a menu line");
    let number = KEYCAPS
        .iter()
        .position(|k| line.starts_with(k))
        .expect("a keycap")
        + 1;
    let from = person.say(dm, &number.to_string()).await;
    person
        .wait_for(room, from, "De quoi voulez-vous parler")
        .await;
    let from = person.say(dm, "1").await;
    person.wait_for(room, from, "Dans quel département").await;
    let from = person.say(dm, "33").await;
    person
        .wait_for(room, from, "Pour quand aimeriez-vous une réponse")
        .await;
    let from = person.say(dm, "1").await;
    person
        .wait_for(room, from, "Voulez-vous envoyer cette demande")
        .await;
}

/// The ticket code in what the person read.
fn code_in_receipt(text: &str) -> String {
    let text = clean(text);
    let marker = "Numéro de votre demande : ";
    let start = text.find(marker).expect("a ticket number") + marker.len();
    text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}

/// The person sends their message and reads the receipt; staff see the ticket. Returns the
/// code and the ticket.
async fn request(
    person: &User,
    dm: &Room,
    staff: &User,
    desk: &Room,
    message: &str,
) -> (String, Seen) {
    let desk_from = staff.count(desk.room_id());
    let from = person.say(dm, message).await;
    let receipt = person
        .wait_for(dm.room_id(), from, "C'est envoyé à La CASE")
        .await;
    let code = code_in_receipt(&receipt.body);
    let ticket = staff
        .wait_for(
            desk.room_id(),
            desk_from,
            &format!("Nouvelle demande {code}"),
        )
        .await;
    (code, ticket)
}

/// The canaries of a conversation: none may be on disk or in the logs.
fn assert_nothing_leaks(data: &Path, canaries: &[String]) {
    let (in_data, files, bytes) = scan_dir(data, canaries);
    assert!(files > 0 && bytes > 0);
    let logs = logs().lock().unwrap_or_else(|p| p.into_inner()).clone();
    assert!(!logs.is_empty(), "the logs were captured");
    let in_logs = found_in(&logs, canaries, "the logs");
    assert!(
        in_data.is_empty() && in_logs.is_empty(),
        "{}\n{}",
        in_data.join("\n"),
        in_logs.join("\n")
    );
}

#[test]
fn a_matrix_desk_relays_both_ways_closes_and_keeps_intruders_out() {
    const PERSON: &str = "canarypersonmx51";
    const INTRUDER: &str = "canaryintrudermx52";
    const CANARY_MSG: &str = "CANARY-MSG-mx-8c2e";
    const CANARY_REPLY: &str = "CANARY-REPLY-mx-9d3f";
    const STAFF_WORDS: &str = "Bonjour, ici Lea STAFF-WORDS-mx-1a";
    let synapse = Synapse::start();
    let data = tempfile::tempdir().expect("data");
    tokio().block_on(async {
        let bot_id = UserId::parse(synapse.register("passerelle", BOT_PASSWORD)).expect("bot");
        let staff = user(&synapse, "deskstaff").await;
        let leaver = user(&synapse, "deskleaver").await;
        let desk = desk_room(&staff, &[&leaver]).await;
        let bot = start_bot(&Setup {
            synapse: &synapse,
            bot: &bot_id,
            data: data.path(),
            desks: vec![case_desk("matrix", desk.room_id().as_str())],
            times: times(3600),
            telegram: None,
        })
        .await;
        invite_bot(&desk, &bot_id, 3).await;

        // Consent given: the ticket in the desk, the receipt with the same code.
        let person = user(&synapse, PERSON).await;
        let dm = person.open_chat(&bot_id).await;
        to_message(&person, &dm).await;
        let (code, ticket) = request(&person, &dm, &staff, &desk, CANARY_MSG).await;
        assert_eq!(code.len(), 7, "{code}");
        for expected in [
            "Langue",
            "Besoins : Un logement",
            "Gironde (33)",
            "Aujourd'hui si possible",
            CANARY_MSG,
        ] {
            assert!(
                ticket.body.contains(expected),
                "{expected}: {}",
                ticket.body
            );
        }
        for never in [person.id.as_str(), PERSON, dm.room_id().as_str()] {
            assert!(!ticket.body.contains(never), "the ticket names the person");
        }
        assert_eq!(ticket.thread, None, "a ticket starts its own thread");

        // Staff answer in the thread: the person reads it after a neutral word, not the
        // association's name (a lock screen shows the first words).
        let from = person.count(dm.room_id());
        staff.say_in_thread(&desk, &ticket.id, STAFF_WORDS).await;
        let got = person
            .wait_for(dm.room_id(), from, &format!("Réponse : {STAFF_WORDS}"))
            .await;
        assert!(!got.body.contains(&code), "{}", got.body);
        assert!(got.body.starts_with("Réponse : "), "{}", got.body);

        // The person answers: in the ticket's thread, under the code.
        let desk_from = staff.count(desk.room_id());
        person.say(&dm, CANARY_REPLY).await;
        let relayed = staff
            .wait_for(desk.room_id(), desk_from, CANARY_REPLY)
            .await;
        assert_eq!(clean(&relayed.body), format!("[{code}] {CANARY_REPLY}"));
        assert_eq!(relayed.thread.as_ref(), Some(&ticket.id), "in the thread");

        // An intruder, not in the desk room, writes "in the thread" or "in reply" to the ticket
        // from their own direct chat: the homeserver may refuse a relation across rooms; what
        // it lets through gets the bot's ordinary answer, and nothing is relayed.
        let intruder = user(&synapse, INTRUDER).await;
        let own = intruder.open_chat(&bot_id).await;
        let attempts = [
            in_thread("INTRUDER-WORDS in a thread", &ticket.id),
            in_reply("INTRUDER-WORDS in reply", &ticket.id),
            in_thread("!close", &ticket.id),
            in_reply("!close", &ticket.id),
        ];
        let mut accepted = 0;
        for attempt in attempts {
            let from = intruder.count(own.room_id());
            if own.send(attempt).await.is_ok() {
                accepted += 1;
                intruder.wait_more(own.room_id(), from).await;
            }
        }
        assert!(accepted > 0, "some attempt reached the bot");
        // Nor can they write in the desk room itself.
        let outside = intruder.client.join_room_by_id(desk.room_id()).await;
        assert!(outside.is_err(), "an invite-only room");
        // A member who left the desk room cannot write in the thread any more.
        let left = leaver
            .client
            .get_room(desk.room_id())
            .expect("the leaver's view of the desk");
        left.leave().await.expect("leave");
        wait_members(&desk, 2, "the leaver to leave").await;
        let late = left
            .send(in_thread("LEAVER-WORDS relayed?", &ticket.id))
            .await;
        assert!(late.is_err(), "a left member cannot write there");
        // Staff still can: their words come after, and nothing came in between.
        let person_from = person.count(dm.room_id());
        let desk_from = staff.count(desk.room_id());
        staff
            .say_in_thread(&desk, &ticket.id, "STAFF-WORDS-mx-2b")
            .await;
        person
            .wait_for(dm.room_id(), person_from, "Réponse : STAFF-WORDS-mx-2b")
            .await;
        let between = person.seen_in(dm.room_id())[person_from..].to_vec();
        assert_eq!(between.len(), 1, "{between:#?}");
        assert!(
            staff.seen_in(desk.room_id())[desk_from..]
                .iter()
                .all(|s| !s.body.contains("INTRUDER") && !s.body.contains("LEAVER")),
        );
        assert!(
            person
                .seen_in(dm.room_id())
                .iter()
                .all(|s| !s.body.contains("INTRUDER") && !s.body.contains("LEAVER")),
        );

        // `!close` in the thread: the person is told, the desk gets the confirmation.
        let person_from = person.count(dm.room_id());
        let desk_from = staff.count(desk.room_id());
        staff.say_in_thread(&desk, &ticket.id, "!close").await;
        person
            .wait_for(
                dm.room_id(),
                person_from,
                "L'équipe a terminé la conversation",
            )
            .await;
        let closed = staff
            .wait_for(
                desk.room_id(),
                desk_from,
                &format!("[{code}] Conversation terminée"),
            )
            .await;
        assert_eq!(closed.thread.as_ref(), Some(&ticket.id));

        // A later reply in that thread is not relayed: the desk is told.
        let desk_from = staff.count(desk.room_id());
        staff
            .say_in_thread(&desk, &ticket.id, "STAFF-WORDS-mx-3c too late")
            .await;
        let ended = staff
            .wait_for(desk.room_id(), desk_from, "Cette demande est terminée")
            .await;
        assert_eq!(ended.thread.as_ref(), Some(&ticket.id));
        // The person's next message gets the bot's own answer, with nothing from staff before.
        let person_from = person.say(&dm, "menu").await;
        let after = person.wait_more(dm.room_id(), person_from).await;
        assert!(
            person.seen_in(dm.room_id())[person_from..]
                .iter()
                .chain(after.iter())
                .all(|s| !s.body.contains("STAFF-WORDS-mx-3c")),
        );
        // Staff chatting outside any thread: nothing for the bot.
        let desk_from = staff.count(desk.room_id());
        staff.say(&desk, "on fait le point à 14h ?").await;
        staff.say(&desk, "!close").await;
        let usage = staff
            .wait_for(desk.room_id(), desk_from, "Pour répondre, répondez")
            .await;
        assert_eq!(usage.thread, None);
        assert_eq!(
            staff.seen_in(desk.room_id())[desk_from..].len(),
            1,
            "only the usage, for the command"
        );
        bot.stop().await;

        // Forensic: no Matrix id of the person or the intruder, no room id of their chats, no
        // text of the conversation, on disk or in our logs.
        let canaries: Vec<String> = vec![
            person.id.to_string(),
            PERSON.to_owned(),
            dm.room_id().to_string(),
            intruder.id.to_string(),
            INTRUDER.to_owned(),
            own.room_id().to_string(),
            CANARY_MSG.to_owned(),
            CANARY_REPLY.to_owned(),
            "STAFF-WORDS-mx".to_owned(),
            "INTRUDER-WORDS".to_owned(),
        ];
        assert_nothing_leaks(data.path(), &canaries);
    });
}

#[test]
fn a_restart_keeps_the_relay_and_a_quick_exit_tells_the_desk() {
    const PERSON: &str = "canarypersonmx61";
    const CANARY_REPLY: &str = "CANARY-REPLY-mx-6e4a";
    let synapse = Synapse::start();
    let data = tempfile::tempdir().expect("data");
    tokio().block_on(async {
        let bot_id = UserId::parse(synapse.register("passerelle", BOT_PASSWORD)).expect("bot");
        let staff = user(&synapse, "deskstaff").await;
        let desk = desk_room(&staff, &[]).await;
        let setup = Setup {
            synapse: &synapse,
            bot: &bot_id,
            data: data.path(),
            desks: vec![case_desk("matrix", desk.room_id().as_str())],
            times: times(3600),
            telegram: None,
        };
        let bot = start_bot(&setup).await;
        invite_bot(&desk, &bot_id, 2).await;
        let person = user(&synapse, PERSON).await;
        let dm = person.open_chat(&bot_id).await;
        to_message(&person, &dm).await;

        // "Envoyer sans message", by its reaction shortcut.
        let asked = person
            .wait_for(dm.room_id(), 0, "🇦 Envoyer sans message")
            .await;
        let seen = person.seen_in(dm.room_id());
        let last = seen.last().expect("the question");
        assert_eq!(last.id, asked.id, "the last message holds the choices");
        assert!(
            asked.body.contains("🇦 Envoyer sans message") && !asked.body.contains('\u{20e3}'),
            "{}",
            asked.body
        );
        let desk_from = staff.count(desk.room_id());
        let from = person.count(dm.room_id());
        dm.send(ReactionEventContent::new(Annotation::new(
            asked.id.clone(),
            "🇦".into(),
        )))
        .await
        .expect("react");
        let receipt = person
            .wait_for(dm.room_id(), from, "C'est envoyé à La CASE")
            .await;
        let code = code_in_receipt(&receipt.body);
        let ticket = staff
            .wait_for(
                desk.room_id(),
                desk_from,
                &format!("Nouvelle demande {code}"),
            )
            .await;
        assert!(!ticket.body.contains("Son message"), "{}", ticket.body);

        // The bot restarts (channel and hub) on the same data directory and secret.
        bot.stop().await;
        let bot = start_bot(&setup).await;
        // A keycap reaction of staff in the desk room (which, with one member of staff, looks
        // like a direct chat) is no person's choice: the bot says nothing there.
        let desk_quiet_from = staff.count(desk.room_id());
        desk.send(ReactionEventContent::new(Annotation::new(
            ticket.id.clone(),
            "1️⃣".into(),
        )))
        .await
        .expect("staff react");
        let from = person.count(dm.room_id());
        staff
            .say_in_thread(&desk, &ticket.id, "Apres le redemarrage STAFF-WORDS-mx-4d")
            .await;
        person
            .wait_for(
                dm.room_id(),
                from,
                "Réponse : Apres le redemarrage STAFF-WORDS-mx-4d",
            )
            .await;
        let desk_from = staff.count(desk.room_id());
        person.say(&dm, CANARY_REPLY).await;
        let relayed = staff
            .wait_for(desk.room_id(), desk_from, CANARY_REPLY)
            .await;
        assert_eq!(clean(&relayed.body), format!("[{code}] {CANARY_REPLY}"));
        let in_desk = staff.seen_in(desk.room_id())[desk_quiet_from..].to_vec();
        assert_eq!(in_desk.len(), 1, "only the relayed words: {in_desk:#?}");

        // The quick exit during the relay: the desk is told first, then the bot erases its
        // messages and leaves the person's chat.
        let desk_from = staff.count(desk.room_id());
        person.say(&dm, "parapluie").await;
        let left = staff
            .wait_for(desk.room_id(), desk_from, "sortie rapide")
            .await;
        assert!(clean(&left.body).starts_with(&format!("[{code}]")));
        assert_eq!(left.thread.as_ref(), Some(&ticket.id));
        wait_members(&dm, 1, "the bot to leave the person's chat").await;
        // Staff words after that reach nobody.
        let desk_from = staff.count(desk.room_id());
        staff
            .say_in_thread(&desk, &ticket.id, "STAFF-WORDS-mx-5e")
            .await;
        staff
            .wait_for(desk.room_id(), desk_from, "Cette demande est terminée")
            .await;
        bot.stop().await;
        let canaries: Vec<String> = vec![
            person.id.to_string(),
            PERSON.to_owned(),
            dm.room_id().to_string(),
            CANARY_REPLY.to_owned(),
            "STAFF-WORDS-mx".to_owned(),
        ];
        assert_nothing_leaks(data.path(), &canaries);
        // The attacker of P8, with the secret: after the quick exit, nothing of the relay opens,
        // and the person's pseudonym is nowhere (their session was erased with its key).
        let secret = Secret::new(support::SECRET.as_bytes().to_vec()).expect("secret");
        let opened = support::attacker::attack(data.path(), &secret);
        for record in &opened {
            assert!(
                !record.plain.contains(dm.room_id().as_str()) && !record.plain.contains(&code),
                "{record:#?}"
            );
        }
        let traces =
            support::attacker::pseudonym_traces(data.path(), &secret, "matrix", person.id.as_str());
        assert!(traces.is_empty(), "{traces:?}");
    });
}

/// Waits until the bot has sent something containing `needle` to a Telegram chat, after the
/// first `skip` messages; returns it.
async fn telegram_wait(api: &BotApi, chat: i64, skip: usize, needle: &str) -> Sent {
    let start = Instant::now();
    loop {
        if let Some(found) = api
            .sent_to(chat)
            .into_iter()
            .skip(skip)
            .find(|s| clean(&s.text).contains(needle))
        {
            return found;
        }
        assert!(
            start.elapsed() < WAIT,
            "timed out waiting for {needle:?} in chat {chat}; sent: {:#?}",
            api.sent_to(chat)
                .iter()
                .map(|s| &s.text)
                .collect::<Vec<_>>()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// A Telegram person types a line and waits for an answer containing `expect`.
async fn telegram_step(api: &BotApi, chat: i64, text: &str, expect: &str) -> Sent {
    let skip = api.sent_to(chat).len();
    api.text(chat, text);
    telegram_wait(api, chat, skip, expect).await
}

#[test]
fn a_telegram_person_is_answered_from_a_matrix_desk_and_the_fallback_comes_in_time() {
    // Twelve digits: a short number can turn up by chance inside a TRACE line's offsets.
    const CHAT: i64 = 733_100_427_719;
    const CANARY_MSG: &str = "CANARY-MSG-tg-2b7c";
    const CANARY_REPLY: &str = "CANARY-REPLY-tg-3c8d";
    let api = BotApi::start();
    let synapse = Synapse::start();
    let data = tempfile::tempdir().expect("data");
    tokio().block_on(async {
        let bot_id = UserId::parse(synapse.register("passerelle", BOT_PASSWORD)).expect("bot");
        let staff = user(&synapse, "deskstaff").await;
        let desk = desk_room(&staff, &[]).await;
        let bot = start_bot(&Setup {
            synapse: &synapse,
            bot: &bot_id,
            data: data.path(),
            desks: vec![case_desk("matrix", desk.room_id().as_str())],
            // Staff should answer within 3 s: the fallback comes first.
            times: times(3),
            telegram: Some(&api.url),
        })
        .await;
        invite_bot(&desk, &bot_id, 2).await;

        telegram_step(&api, CHAT, "/start l-fr", "Que voulez-vous faire").await;
        let number = api
            .sent_to(CHAT)
            .iter()
            .find_map(|menu| {
                menu.markup["inline_keyboard"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .flat_map(|row| row.as_array().cloned().unwrap_or_default())
                    .position(|b| b["text"].as_str().unwrap_or_default().contains("Parler"))
            })
            .expect("a talk button")
            + 1;
        telegram_step(
            &api,
            CHAT,
            &number.to_string(),
            "De quoi voulez-vous parler",
        )
        .await;
        telegram_step(&api, CHAT, "1", "Dans quel département").await;
        telegram_step(&api, CHAT, "33", "Pour quand aimeriez-vous").await;
        telegram_step(&api, CHAT, "1", "Voulez-vous envoyer cette demande").await;
        telegram_step(&api, CHAT, "oui", "court message").await;
        let desk_from = staff.count(desk.room_id());
        let before = api.sent_to(CHAT).len();
        let receipt = telegram_step(&api, CHAT, CANARY_MSG, "C'est envoyé à La CASE").await;
        let code = code_in_receipt(&receipt.text);
        let ticket = staff
            .wait_for(
                desk.room_id(),
                desk_from,
                &format!("Nouvelle demande {code}"),
            )
            .await;
        assert!(ticket.body.contains(CANARY_MSG), "{}", ticket.body);
        assert!(!ticket.body.contains(&CHAT.to_string()));

        // Nobody answered in time: the person gets the card and the numbers, the desk is told
        // in the thread, and the relay stays open.
        telegram_wait(&api, CHAT, before, "Pas encore de réponse à votre demande").await;
        let told = staff
            .wait_for(
                desk.room_id(),
                desk_from,
                &format!("[{code}] Pas de réponse"),
            )
            .await;
        assert_eq!(told.thread.as_ref(), Some(&ticket.id));

        // Staff answer in the thread: the Telegram chat gets it; and back.
        let skip = api.sent_to(CHAT).len();
        staff
            .say_in_thread(&desk, &ticket.id, "Bonjour STAFF-WORDS-tg-6f")
            .await;
        telegram_wait(&api, CHAT, skip, "Réponse : Bonjour STAFF-WORDS-tg-6f").await;
        let desk_from = staff.count(desk.room_id());
        api.text(CHAT, CANARY_REPLY);
        let relayed = staff
            .wait_for(desk.room_id(), desk_from, CANARY_REPLY)
            .await;
        assert_eq!(clean(&relayed.body), format!("[{code}] {CANARY_REPLY}"));
        assert_eq!(relayed.thread.as_ref(), Some(&ticket.id));
        bot.stop().await;
        let canaries: Vec<String> = vec![
            CHAT.to_string(),
            CANARY_MSG.to_owned(),
            CANARY_REPLY.to_owned(),
            "STAFF-WORDS-tg".to_owned(),
        ];
        assert_nothing_leaks(data.path(), &canaries);
    });
    drop(api);
}

#[test]
fn a_matrix_person_is_answered_from_a_telegram_desk() {
    const GROUP: i64 = -100_733_001;
    const STAFF: i64 = 880_733;
    const PERSON: &str = "canarypersonmx71";
    const CANARY_MSG: &str = "CANARY-MSG-mx-7a1b";
    const CANARY_REPLY: &str = "CANARY-REPLY-mx-7c2d";
    let api = BotApi::start();
    let synapse = Synapse::start();
    let data = tempfile::tempdir().expect("data");
    tokio().block_on(async {
        let bot_id = UserId::parse(synapse.register("passerelle", BOT_PASSWORD)).expect("bot");
        let bot = start_bot(&Setup {
            synapse: &synapse,
            bot: &bot_id,
            data: data.path(),
            desks: vec![case_desk("telegram", &GROUP.to_string())],
            times: times(3600),
            telegram: Some(&api.url),
        })
        .await;
        let person = user(&synapse, PERSON).await;
        let dm = person.open_chat(&bot_id).await;
        to_message(&person, &dm).await;
        let from = person.say(&dm, CANARY_MSG).await;
        let receipt = person
            .wait_for(dm.room_id(), from, "C'est envoyé à La CASE")
            .await;
        let code = code_in_receipt(&receipt.body);
        let ticket = telegram_wait(&api, GROUP, 0, &format!("Nouvelle demande {code}")).await;
        let text = clean(&ticket.text);
        assert!(
            text.contains(CANARY_MSG) && text.contains("Gironde (33)"),
            "{text}"
        );
        assert!(!text.contains(PERSON) && !text.contains(dm.room_id().as_str()));

        // Staff reply to the ticket in the group: the person reads it in Matrix.
        let from = person.count(dm.room_id());
        api.group_sends(
            GROUP,
            STAFF,
            false,
            Some(ticket.id),
            "Bonjour STAFF-WORDS-mx-8e",
        );
        person
            .wait_for(dm.room_id(), from, "Réponse : Bonjour STAFF-WORDS-mx-8e")
            .await;
        // The person's answer: a reply to the ticket in the group.
        let skip = api.sent_to(GROUP).len();
        person.say(&dm, CANARY_REPLY).await;
        let relayed = telegram_wait(&api, GROUP, skip, CANARY_REPLY).await;
        assert_eq!(clean(&relayed.text), format!("[{code}] {CANARY_REPLY}"));
        assert_eq!(relayed.reply_to, Some(ticket.id));
        bot.stop().await;
        let canaries: Vec<String> = vec![
            person.id.to_string(),
            PERSON.to_owned(),
            dm.room_id().to_string(),
            CANARY_MSG.to_owned(),
            CANARY_REPLY.to_owned(),
            "STAFF-WORDS-mx-8e".to_owned(),
        ];
        assert_nothing_leaks(data.path(), &canaries);
    });
    drop(api);
}

#[test]
fn a_matrix_person_may_refuse_a_matrix_desk_transfers_to_telegram_and_a_closed_desk_posts_nothing()
{
    const GROUP: i64 = -100_744_001;
    const PERSON: &str = "canarypersonmx81";
    const CANARY_MSG: &str = "CANARY-MSG-mx-81a";
    let api = BotApi::start();
    let synapse = Synapse::start();
    let data = tempfile::tempdir().expect("data");
    tokio().block_on(async {
        let bot_id = UserId::parse(synapse.register("passerelle", BOT_PASSWORD)).expect("bot");
        let staff = user(&synapse, "staffmx81").await;
        let desk = desk_room(&staff, &[]).await;
        let cidff = DeskSettings {
            association: "cidff-16".into(),
            ..case_desk("telegram", &GROUP.to_string())
        };
        let setup = Setup {
            synapse: &synapse,
            bot: &bot_id,
            data: data.path(),
            desks: vec![case_desk("matrix", desk.room_id().as_str()), cidff],
            times: times(3600),
            telegram: Some(&api.url),
        };
        let bot = start_bot(&setup).await;
        invite_bot(&desk, &bot_id, 2).await;
        let person = user(&synapse, PERSON).await;
        let dm = person.open_chat(&bot_id).await;

        // Consent refused: nothing reaches the desk.
        to_consent(&person, &dm).await;
        let desk_count = staff.count(desk.room_id());
        let from = person.say(&dm, "non").await;
        person
            .wait_for(dm.room_id(), from, "rien n'est envoyé")
            .await;

        // Consent given; staff pass the ticket on to an association whose desk is a Telegram
        // group.
        to_message(&person, &dm).await;
        let (code, ticket) = request(&person, &dm, &staff, &desk, CANARY_MSG).await;
        assert_eq!(
            staff.count(desk.room_id()),
            desk_count + 1,
            "the refused request posted nothing"
        );
        let from = person.count(dm.room_id());
        let desk_from = staff.count(desk.room_id());
        staff
            .say_in_thread(&desk, &ticket.id, "!transfer cidff-16")
            .await;
        let moved = telegram_wait(&api, GROUP, 0, &format!("Nouvelle demande {code}")).await;
        let moved_text = clean(&moved.text);
        assert!(
            moved_text.contains("Demande transmise par La CASE"),
            "{moved_text}"
        );
        assert!(
            !moved_text.contains(CANARY_MSG),
            "the first message is not kept: {moved_text}"
        );
        staff
            .wait_for(desk.room_id(), desk_from, "Demande transmise à CIDFF 16")
            .await;
        person
            .wait_for(dm.room_id(), from, "Il s'agit de CIDFF 16")
            .await;
        let from = person.count(dm.room_id());
        api.group_sends(GROUP, 880_744, false, Some(moved.id), "Ici le CIDFF.");
        person
            .wait_for(dm.room_id(), from, "Réponse : Ici le CIDFF.")
            .await;
        let from = person.say(&dm, "/stop").await;
        person.wait_for(dm.room_id(), from, "C'est arrêté").await;
        telegram_wait(&api, GROUP, 1, "La personne a arrêté la conversation").await;
        bot.stop().await;

        // The same desk, closed all week but on another day than today: the person is told,
        // gets the card and the numbers, and nothing is posted.
        let today = jiff::Zoned::now()
            .with_time_zone(jiff::tz::TimeZone::get("Europe/Paris").expect("Paris"))
            .weekday()
            .to_monday_one_offset();
        let other = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
            [usize::try_from(today % 7).expect("a day")];
        let closed = DeskSettings {
            hours: format!("{other} 00:00-24:00"),
            ..case_desk("matrix", desk.room_id().as_str())
        };
        let bot = start_bot(&Setup {
            desks: vec![closed],
            ..setup
        })
        .await;
        let desk_count = staff.count(desk.room_id());
        to_message(&person, &dm).await;
        let from = person.say(&dm, "Envoyer sans message").await;
        person
            .wait_for(
                dm.room_id(),
                from,
                "L'équipe de La CASE n'est pas là en ce moment",
            )
            .await;
        person.wait_for(dm.room_id(), from, "17 ou 112").await;
        assert_eq!(staff.count(desk.room_id()), desk_count, "nothing posted");
        bot.stop().await;
        let canaries: Vec<String> = vec![
            person.id.to_string(),
            PERSON.to_owned(),
            dm.room_id().to_string(),
            CANARY_MSG.to_owned(),
        ];
        assert_nothing_leaks(data.path(), &canaries);
    });
    drop(api);
}

/// Issue #15: a room that was ever a desk is never a person's chat. With its desk removed from
/// the config, the old desk (the bot and one member of staff, like a direct chat) gets no
/// language menu and its exit word erases nothing; nor is a direct chat opened by staff of a
/// configured desk a person's chat. A person's own chat still works beside them.
#[test]
fn a_former_desk_room_is_never_a_persons_chat() {
    let synapse = Synapse::start();
    let data = tempfile::tempdir().expect("data");
    tokio().block_on(async {
        let bot_id = UserId::parse(synapse.register("passerelle", BOT_PASSWORD)).expect("bot");
        let staff = user(&synapse, "formerdeskstaff").await;
        let desk = desk_room(&staff, &[]).await;
        let mut setup = Setup {
            synapse: &synapse,
            bot: &bot_id,
            data: data.path(),
            desks: vec![case_desk("matrix", desk.room_id().as_str())],
            times: times(3600),
            telegram: None,
        };
        let bot = start_bot(&setup).await;
        invite_bot(&desk, &bot_id, 2).await;
        // Staff of a configured desk opening a direct chat with the bot: not a person's chat.
        let staff_dm = staff.open_chat(&bot_id).await;
        staff.say(&staff_dm, "bonjour").await;
        let person = user(&synapse, "personbesideformerdesk").await;
        let dm = person.open_chat(&bot_id).await;
        let from = person.say(&dm, "bonjour").await;
        person.wait_more(dm.room_id(), from).await;
        tokio::time::sleep(Duration::from_secs(2)).await;
        assert!(
            staff.seen_in(staff_dm.room_id()).is_empty(),
            "nothing in the direct chat of staff"
        );
        bot.stop().await;

        // The desk is removed from the config; the bot starts again.
        setup.desks = Vec::new();
        let bot = start_bot(&setup).await;
        staff.say(&desk, "Note de l'équipe, à garder").await;
        let kept = staff.count(desk.room_id());
        staff.say(&desk, "bonjour").await;
        staff.say(&desk, "parapluie").await;
        // A person writing after them is answered: the bot has read the desk's messages by then.
        let from = person.say(&dm, "bonjour").await;
        person.wait_more(dm.room_id(), from).await;
        tokio::time::sleep(Duration::from_secs(2)).await;
        assert_eq!(
            staff.count(desk.room_id()),
            kept,
            "the bot said nothing in the old desk: {:#?}",
            &staff.seen_in(desk.room_id())[kept..]
        );
        // Nothing was redacted, and the bot is still there.
        wait_members(&desk, 2, "the bot to stay in the old desk").await;
        let emptied: Vec<_> = support::matrix_history::messages_and_reactions(&desk)
            .await
            .into_iter()
            .filter(|e| !e.has_content)
            .collect();
        assert!(emptied.is_empty(), "redacted in the old desk: {emptied:?}");
        bot.stop().await;
    });
}
