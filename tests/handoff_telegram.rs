//! The warm handoff over Telegram, end to end: the real teloxide client in the adapter, against
//! the loopback Bot API server, with the desks of two associations as Telegram groups. A person
//! asks for a human, consents or not; staff answer as replies to the ticket; the bot relays both
//! ways, obeys `/close` and `/transfer`, falls back when nobody answers or nobody is there, keeps
//! intruders out, survives a restart, and leaves no identifier on disk or in the logs.

#![cfg(feature = "telegram")]

#[path = "support/bot_api.rs"]
mod bot_api;
mod support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use bot_api::{BotApi, Sent};
use passerelle::channel::telegram::Telegram;
use passerelle::config::TelegramSettings;
use passerelle::content::{Content, ContentFiles};
use passerelle::engine::{Engine, ReplyPrefix};
use passerelle::handoff::{Covers, DeskSettings, Desks, HandoffTimes, Hub};
use passerelle::privacy::Secret;
use passerelle::runtime::{Runtime, RuntimeSettings, now_secs};
use passerelle::store::{Durability, Store};
use support::scan::{found_in, scan_dir};
use tokio::sync::watch;

const TOKEN: &str = "4242424242:TEST-token-never-logged";
/// The desk groups of two associations.
const DESK_CEID: i64 = -100_500;
const DESK_CIDFF: i64 = -100_700;
/// A group the bot is in that is no desk.
const OTHER_GROUP: i64 = -100_999;
/// A regional desk's group: a federation the directory does not list, covering départements.
const DESK_REGION: i64 = -100_800;
/// Twelve digits, like the person's chat id: a canary of six digits turned up by chance inside
/// a number of a dependency's TRACE line (offsets, sizes, durations) once in a CI run.
const STAFF: i64 = 880_011_447_209;

/// Every log line of this test binary, for the forensic checks.
fn logs() -> &'static Mutex<Vec<u8>> {
    support::capture_logs("trace,passerelle=trace")
}

struct Options {
    times: HandoffTimes,
    ceid_hours: String,
    reply_prefix: ReplyPrefix,
    /// More desks (a regional desk), after the two associations'.
    more_desks: Vec<DeskSettings>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            times: HandoffTimes {
                answer_within_secs: 3600,
                expire_after_secs: 14 * 86_400,
            },
            ceid_hours: "always".into(),
            reply_prefix: ReplyPrefix::default(),
            more_desks: Vec::new(),
        }
    }
}

/// The Telegram adapter and the hub over a data directory.
struct Bot {
    stop: watch::Sender<bool>,
    task: Option<tokio::task::JoinHandle<Result<(), String>>>,
    tokio: tokio::runtime::Runtime,
}

impl Bot {
    fn start(api: &BotApi, data: &std::path::Path, options: &Options) -> Self {
        let _ = logs();
        let (content, diagnostics) = Content::load(&ContentFiles::embedded());
        assert!(diagnostics.iter().all(|d| !d.is_error()));
        let store = Store::open(
            data,
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
        let desk = |association: &str, room: i64, hours: &str, language: &str| DeskSettings {
            association: association.into(),
            channel: "telegram".into(),
            room: room.to_string(),
            hours: hours.into(),
            staff_languages: vec![language.into()],
            language: language.into(),
            line: 1,
            ..DeskSettings::default()
        };
        let mut written = vec![
            // The association chosen for housing in Gironde (issue #17: by speciality).
            desk("la-case-33", DESK_CEID, &options.ceid_hours, "fr"),
            // Staff there read English: their tickets and notes are in English.
            desk("cidff-16", DESK_CIDFF, "always", "en"),
        ];
        written.extend(options.more_desks.iter().cloned());
        let desks =
            Desks::check(&written, "Europe/Paris", runtime.engine().content()).expect("desks");
        let settings = TelegramSettings {
            api_url: Some(api.url.clone()),
            poll_timeout_secs: 1,
            per_chat_per_sec: 1000,
            per_group_per_min: 60_000,
            overall_per_sec: 10_000,
            retry_attempts: 3,
            retry_backoff_ms: 20,
            ..TelegramSettings::default()
        };
        let tokio = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("tokio");
        let (stop, stopped) = watch::channel(false);
        let times = options.times;
        let reply_prefix = options.reply_prefix.clone();
        let telegram = tokio.block_on(async {
            let telegram = Telegram::new(Arc::clone(&runtime), TOKEN, settings, data)
                .expect("adapter");
            let hub = Hub::with_reply_prefix(Arc::clone(&runtime), desks, times, reply_prefix);
            telegram.attach(Arc::clone(&hub));
            let mut upkeep = stopped.clone();
            tokio::spawn(async move {
                loop {
                    tokio::select! {
                        () = tokio::time::sleep(Duration::from_millis(300)) => hub.tick(now_secs()).await,
                        _ = upkeep.changed() => break,
                    }
                }
            });
            telegram
        });
        let task =
            tokio.spawn(async move { telegram.run(stopped).await.map_err(|e| e.to_string()) });
        Self {
            stop,
            task: Some(task),
            tokio,
        }
    }

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

impl Drop for Bot {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
    }
}

fn clean(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// Waits until a chat has received a message containing `needle` (after `skip` messages);
/// returns it.
fn wait_for(api: &BotApi, chat: i64, skip: usize, needle: &str) -> Sent {
    api.wait(
        &format!("`{needle}` in chat {chat}"),
        support::WAIT_TIMEOUT,
        |api| {
            api.sent_to(chat)
                .iter()
                .skip(skip)
                .any(|s| clean(&s.text).contains(needle))
        },
    );
    api.sent_to(chat)
        .into_iter()
        .skip(skip)
        .find(|s| clean(&s.text).contains(needle))
        .expect("found")
}

/// The person walks the French flow to the consent question (and answers it when asked).
fn to_consent(api: &BotApi, chat: i64) {
    let mut seen = 0;
    let mut step = |text: &str, expect: &str| {
        api.text(chat, text);
        wait_for(api, chat, seen, expect);
        seen = api.sent_to(chat).len();
    };
    step("/start l-fr", "Que voulez-vous faire");
    // The menu's second choice: "Parler à quelqu'un".
    step("2", "De quoi voulez-vous parler");
    step("1", "Dans quel département");
    step("33", "Pour quand aimeriez-vous une réponse");
    step("1", "Voulez-vous envoyer cette demande");
}

/// To the consent, yes, and a message: returns the ticket as posted in the desk.
fn request(api: &BotApi, chat: i64, message: &str) -> Sent {
    to_consent(api, chat);
    let seen = api.sent_to(chat).len();
    api.text(chat, "oui");
    wait_for(api, chat, seen, "court message");
    let desk_before = api.sent_to(DESK_CEID).len();
    api.text(chat, message);
    wait_for(api, chat, seen, "C'est envoyé à La CASE");
    wait_for(api, DESK_CEID, desk_before, "Nouvelle demande")
}

/// Up to the consent, "oui", then "Envoyer sans message": the request is made. Returns how
/// many messages the chat had before the "oui".
fn request_without_message(api: &BotApi, chat: i64) -> usize {
    to_consent(api, chat);
    let seen = api.sent_to(chat).len();
    api.text(chat, "oui");
    wait_for(api, chat, seen, "court message");
    api.text(chat, "Envoyer sans message");
    seen
}

/// The ticket code in a desk text.
fn code_of(ticket: &Sent) -> String {
    let text = clean(&ticket.text);
    let start = text.find("Nouvelle demande ").expect("a ticket") + "Nouvelle demande ".len();
    text[start..start + 7].to_owned()
}

#[test]
fn consent_refused_sends_nothing() {
    let api = BotApi::start();
    let data = tempfile::tempdir().unwrap();
    let _bot = Bot::start(&api, data.path(), &Options::default());
    let chat = 61_001;
    to_consent(&api, chat);
    let seen = api.sent_to(chat).len();
    api.text(chat, "non");
    wait_for(&api, chat, seen, "rien n'est envoyé");
    assert!(api.sent_to(DESK_CEID).is_empty());
}

#[test]
fn a_ticket_relays_both_ways_until_staff_close_it() {
    let api = BotApi::start();
    let data = tempfile::tempdir().unwrap();
    let _bot = Bot::start(&api, data.path(), &Options::default());
    let chat = 61_002;
    let ticket = request(&api, chat, "Je cherche un endroit pour dormir");
    let text = clean(&ticket.text);
    let code = code_of(&ticket);
    for expected in [
        "Langue : Français (fr)",
        "Besoins : Un logement",
        "Département : Gironde (33)",
        "Réponse souhaitée : Aujourd'hui si possible",
        "Son message : « Je cherche un endroit pour dormir »",
        "/close",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    assert!(
        !text.contains(&chat.to_string()),
        "no platform id in the desk: {text}"
    );
    let told = wait_for(&api, chat, 0, "C'est envoyé à La CASE");
    assert!(clean(&told.text).contains(&code), "{}", told.text);

    // Staff answer as a reply to the ticket: the person reads it after a neutral word, not the
    // association's name (a lock screen shows the first words), in one message.
    let seen = api.sent_to(chat).len();
    api.group_sends(
        DESK_CEID,
        STAFF,
        false,
        Some(ticket.id),
        "Bonjour, on peut vous aider.",
    );
    let reply = wait_for(&api, chat, seen, "Bonjour, on peut vous aider.");
    assert_eq!(clean(&reply.text), "Réponse : Bonjour, on peut vous aider.");
    assert_eq!(api.sent_to(chat).len(), seen + 1, "one message");

    // The person's words go to the ticket's thread.
    let desk_seen = api.sent_to(DESK_CEID).len();
    api.text(chat, "Merci, demain matin ?");
    let relayed = wait_for(&api, DESK_CEID, desk_seen, "Merci, demain matin ?");
    assert_eq!(
        clean(&relayed.text),
        format!("[{code}] Merci, demain matin ?")
    );
    assert_eq!(relayed.reply_to, Some(ticket.id));

    // Staff may also reply to the relayed message.
    let seen = api.sent_to(chat).len();
    api.group_sends(DESK_CEID, STAFF, false, Some(relayed.id), "Oui, 9 h.");
    wait_for(&api, chat, seen, "Réponse : Oui, 9 h.");

    // Close: both sides are told; a later reply is not relayed and staff learn why.
    let seen = api.sent_to(chat).len();
    let desk_seen = api.sent_to(DESK_CEID).len();
    api.group_sends(DESK_CEID, STAFF, false, Some(ticket.id), "/close");
    let closed = wait_for(&api, chat, seen, "L'équipe a terminé la conversation");
    assert!(!clean(&closed.text).contains("La CASE"), "{}", closed.text);
    wait_for(&api, DESK_CEID, desk_seen, "Conversation terminée");
    let desk_seen = api.sent_to(DESK_CEID).len();
    let seen = api.sent_to(chat).len();
    api.group_sends(DESK_CEID, STAFF, false, Some(ticket.id), "Vous êtes là ?");
    wait_for(&api, DESK_CEID, desk_seen, "Cette demande est terminée");
    assert_eq!(api.sent_to(chat).len(), seen, "nothing after the close");
    // The person's next message starts a new conversation, not a relay.
    api.text(chat, "bonjour");
    wait_for(&api, chat, seen, "Que voulez-vous faire");
}

#[test]
fn staff_transfer_a_ticket_to_another_association() {
    let api = BotApi::start();
    let data = tempfile::tempdir().unwrap();
    let _bot = Bot::start(&api, data.path(), &Options::default());
    let chat = 61_003;
    let ticket = request(&api, chat, "Envoyer sans message");
    let code = code_of(&ticket);
    assert!(
        !clean(&ticket.text).contains("Son message"),
        "{}",
        ticket.text
    );

    // An unknown association: staff are told, nothing moves.
    let desk_seen = api.sent_to(DESK_CEID).len();
    api.group_sends(
        DESK_CEID,
        STAFF,
        false,
        Some(ticket.id),
        "/transfer nowhere-99",
    );
    wait_for(
        &api,
        DESK_CEID,
        desk_seen,
        "Aucun bureau pour « nowhere-99 »",
    );

    let seen = api.sent_to(chat).len();
    let desk_seen = api.sent_to(DESK_CEID).len();
    api.group_sends(
        DESK_CEID,
        STAFF,
        false,
        Some(ticket.id),
        "/transfer cidff-16",
    );
    let moved = wait_for(&api, DESK_CIDFF, 0, "New request");
    let moved_text = clean(&moved.text);
    for expected in [
        code.as_str(),
        "Request passed on by La CASE.",
        "Language: Français (fr)",
        "Needs: Housing",
        "The person writes in Français (fr), a language this desk does not read",
    ] {
        assert!(moved_text.contains(expected), "{expected} in {moved_text}");
    }
    wait_for(&api, DESK_CEID, desk_seen, "Demande transmise à CIDFF 16");
    // The new association's name comes after a neutral first line.
    let told = wait_for(&api, chat, seen, "Il s'agit de CIDFF 16");
    let first = clean(&told.text);
    let first = first.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("Votre demande passe à une autre équipe") && !first.contains("CIDFF"),
        "{}",
        told.text
    );

    // The new desk answers; the old one no longer reaches the person.
    let seen = api.sent_to(chat).len();
    api.group_sends(
        DESK_CIDFF,
        STAFF + 1,
        false,
        Some(moved.id),
        "Ici le CIDFF.",
    );
    wait_for(&api, chat, seen, "Réponse : Ici le CIDFF.");
    let seen = api.sent_to(chat).len();
    let desk_seen = api.sent_to(DESK_CEID).len();
    api.group_sends(DESK_CEID, STAFF, false, Some(ticket.id), "Encore nous");
    wait_for(&api, DESK_CEID, desk_seen, "Cette demande est terminée");
    let desk_seen = api.sent_to(DESK_CIDFF).len();
    api.text(chat, "D'accord");
    wait_for(&api, DESK_CIDFF, desk_seen, "D'accord");
    assert!(
        api.sent_to(chat)[seen..]
            .iter()
            .all(|s| !clean(&s.text).contains("Encore nous"))
    );
}

#[test]
fn an_unanswered_request_gets_the_card_and_the_numbers_and_stays_open() {
    let api = BotApi::start();
    let data = tempfile::tempdir().unwrap();
    let options = Options {
        times: HandoffTimes {
            answer_within_secs: 2,
            expire_after_secs: 14 * 86_400,
        },
        ..Options::default()
    };
    let _bot = Bot::start(&api, data.path(), &options);
    let chat = 61_004;
    let ticket = request(&api, chat, "Envoyer sans message");
    let seen = api.sent_to(chat).len();
    // One message (one notification): a neutral first line, then the card, the numbers and
    // the request still open.
    let fallback = wait_for(&api, chat, seen, "Pas encore de réponse à votre demande");
    let text = clean(&fallback.text);
    let first = text.lines().next().unwrap_or_default();
    assert!(
        !first.contains("La CASE") && !first.contains("17"),
        "{text}"
    );
    for later in ["La CASE", "17 ou 112", "Votre demande reste ouverte"] {
        assert!(text.contains(later), "{later} in {text}");
    }
    wait_for(&api, DESK_CEID, 1, "Pas de réponse après");
    // Staff may still answer, and it reaches the person.
    let seen = api.sent_to(chat).len();
    api.group_sends(
        DESK_CEID,
        STAFF,
        false,
        Some(ticket.id),
        "Pardon du retard.",
    );
    wait_for(&api, chat, seen, "Réponse : Pardon du retard.");
}

/// Issue #16: the operator's `reply_prefix` starts staff replies in the languages it names
/// (`tests/lock_screen.rs` checks each language's default).
#[test]
fn a_configured_reply_prefix_starts_staff_replies() {
    let api = BotApi::start();
    let data = tempfile::tempdir().unwrap();
    let mut reply_prefix = ReplyPrefix::default();
    reply_prefix
        .by_language
        .insert("fr".into(), "Message :".into());
    reply_prefix.by_language.insert("en".into(), "Note:".into());
    let options = Options {
        reply_prefix,
        ..Options::default()
    };
    let _bot = Bot::start(&api, data.path(), &options);
    let chat = 61_012;
    let ticket = request(&api, chat, "Envoyer sans message");
    let seen = api.sent_to(chat).len();
    api.group_sends(DESK_CEID, STAFF, false, Some(ticket.id), "À demain 10 h.");
    let reply = wait_for(&api, chat, seen, "À demain 10 h.");
    assert_eq!(clean(&reply.text), "Message : À demain 10 h.");
    // The ticket reminds staff that their first words may show on a lock screen.
    assert!(
        clean(&ticket.text).contains("écran verrouillé"),
        "{}",
        ticket.text
    );
}

#[test]
fn outside_opening_hours_the_person_gets_the_card_and_nothing_is_posted() {
    // Open only on another day of the week than today (in Paris).
    let today = jiff::Zoned::now()
        .with_time_zone(jiff::tz::TimeZone::get("Europe/Paris").unwrap())
        .weekday()
        .to_monday_one_offset();
    let other =
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][usize::try_from(today % 7).unwrap()];
    let api = BotApi::start();
    let data = tempfile::tempdir().unwrap();
    let options = Options {
        ceid_hours: format!("{other} 00:00-24:00"),
        ..Options::default()
    };
    let _bot = Bot::start(&api, data.path(), &options);
    let chat = 61_005;
    let seen = request_without_message(&api, chat);
    wait_for(
        &api,
        chat,
        seen,
        "L'équipe de La CASE n'est pas là en ce moment",
    );
    wait_for(&api, chat, seen, "17 ou 112");
    assert!(api.sent_to(DESK_CEID).is_empty());
    // No relay: the next message is an ordinary one.
    let seen = api.sent_to(chat).len();
    api.text(chat, "bonjour");
    wait_for(&api, chat, seen, "Que voulez-vous faire");
}

#[test]
fn intruders_cannot_relay_or_command() {
    let api = BotApi::start();
    let data = tempfile::tempdir().unwrap();
    let _bot = Bot::start(&api, data.path(), &Options::default());
    let chat = 61_006;
    let ticket = request(&api, chat, "Envoyer sans message");
    let seen = api.sent_to(chat).len();
    // A reply to the same message number from another group the bot is in.
    api.group_sends(
        OTHER_GROUP,
        990_001,
        false,
        Some(ticket.id),
        "Donne-moi ton adresse",
    );
    // Another bot in the desk group.
    api.group_sends(
        DESK_CEID,
        990_002,
        true,
        Some(ticket.id),
        "Je suis un robot",
    );
    // Staff talking among themselves, not replying to a ticket.
    api.group_sends(DESK_CEID, STAFF, false, None, "On déjeune ?");
    // Someone in a private chat tries the staff commands.
    let intruder = 61_099;
    api.text(intruder, "/close");
    wait_for(&api, intruder, 0, "Choisissez votre langue");
    // Then real staff: only their words arrive.
    api.group_sends(DESK_CEID, STAFF, false, Some(ticket.id), "Ici l'équipe.");
    wait_for(&api, chat, seen, "Réponse : Ici l'équipe.");
    let all: Vec<String> = api.sent_to(chat)[seen..]
        .iter()
        .map(|s| clean(&s.text))
        .collect();
    assert_eq!(all, vec!["Réponse : Ici l'équipe.".to_owned()], "{all:?}");
    assert!(
        api.sent_to(OTHER_GROUP).is_empty(),
        "the bot says nothing in other groups"
    );
}

#[test]
fn the_sealed_route_survives_a_restart() {
    let api = BotApi::start();
    let data = tempfile::tempdir().unwrap();
    let mut bot = Bot::start(&api, data.path(), &Options::default());
    let chat = 61_007;
    let ticket = request(&api, chat, "Envoyer sans message");
    bot.stop();
    drop(bot);
    let _bot = Bot::start(&api, data.path(), &Options::default());
    let seen = api.sent_to(chat).len();
    api.group_sends(DESK_CEID, STAFF, false, Some(ticket.id), "Toujours là.");
    wait_for(&api, chat, seen, "Réponse : Toujours là.");
    let desk_seen = api.sent_to(DESK_CEID).len();
    api.text(chat, "Moi aussi");
    wait_for(&api, DESK_CEID, desk_seen, "Moi aussi");
}

#[test]
fn stop_and_quick_exit_end_the_relay_and_tell_the_desk() {
    let api = BotApi::start();
    let data = tempfile::tempdir().unwrap();
    let _bot = Bot::start(&api, data.path(), &Options::default());
    let chat = 61_008;
    let ticket = request(&api, chat, "Envoyer sans message");
    let seen = api.sent_to(chat).len();
    api.text(chat, "/stop");
    wait_for(&api, chat, seen, "C'est arrêté, La CASE est prévenue");
    wait_for(&api, DESK_CEID, 1, "La personne a arrêté la conversation");
    let desk_seen = api.sent_to(DESK_CEID).len();
    api.group_sends(DESK_CEID, STAFF, false, Some(ticket.id), "Allô ?");
    wait_for(&api, DESK_CEID, desk_seen, "Cette demande est terminée");

    // Quick exit: the desk is told the phone may not be safe, staff words are erased too.
    let chat = 61_009;
    let ticket = request(&api, chat, "Envoyer sans message");
    let seen = api.sent_to(chat).len();
    api.group_sends(DESK_CEID, STAFF, false, Some(ticket.id), "Bonjour.");
    let staff_words = wait_for(&api, chat, seen, "Réponse : Bonjour.");
    let desk_seen = api.sent_to(DESK_CEID).len();
    api.text(chat, "parapluie");
    wait_for(
        &api,
        DESK_CEID,
        desk_seen,
        "La personne a utilisé la sortie rapide",
    );
    api.wait("the chat erased", support::WAIT_TIMEOUT, |api| {
        api.is_deleted(chat, staff_words.id)
    });
}

#[test]
fn forensic_no_identifier_in_the_desk_the_store_or_the_logs() {
    let api = BotApi::start();
    let data = tempfile::tempdir().unwrap();
    let mut bot = Bot::start(&api, data.path(), &Options::default());
    let chat: i64 = 777_000_123_456;
    let person_words = "CANARY-PERSON-7f3a";
    let staff_words = "CANARY-STAFF-91bc";
    let ticket = request(&api, chat, "CANARY-FIRST-22de");
    let seen = api.sent_to(chat).len();
    api.group_sends(DESK_CEID, STAFF, false, Some(ticket.id), staff_words);
    wait_for(&api, chat, seen, staff_words);
    let desk_seen = api.sent_to(DESK_CEID).len();
    api.text(chat, person_words);
    wait_for(&api, DESK_CEID, desk_seen, person_words);
    bot.stop();
    drop(bot);
    // The desk sees no platform id of the person.
    for posted in api.sent_to(DESK_CEID) {
        assert!(!posted.text.contains(&chat.to_string()), "{}", posted.text);
    }
    let canaries = [
        chat.to_string(),
        STAFF.to_string(),
        person_words.to_owned(),
        staff_words.to_owned(),
        "CANARY-FIRST-22de".to_owned(),
        TOKEN.to_owned(),
    ];
    let (on_disk, files, bytes) = scan_dir(data.path(), &canaries);
    assert!(files > 0 && bytes > 0, "the store was written");
    assert!(on_disk.is_empty(), "{on_disk:?}");
    let logged = logs().lock().unwrap().clone();
    assert!(!logged.is_empty(), "logs were captured");
    let in_logs = found_in(&logged, &canaries, "the logs");
    if !in_logs.is_empty() {
        for line in String::from_utf8_lossy(&logged).lines() {
            if canaries.iter().any(|c| line.contains(c.as_str())) {
                eprintln!(
                    "a canary in this log line: {}",
                    line.chars().take(400).collect::<String>()
                );
            }
        }
    }
    assert!(in_logs.is_empty(), "{in_logs:?}");
}

#[test]
fn without_a_desk_or_a_verified_contact_the_person_gets_the_national_lines() {
    let api = BotApi::start();
    let data = tempfile::tempdir().unwrap();
    let _bot = Bot::start(&api, data.path(), &Options::default());
    let chat = 61_010;
    // Limoges: the nearest association (ARSL) has no desk here, and no contact is verified.
    let before = ask_in(&api, chat, "Limoges");
    wait_for(
        &api,
        chat,
        before,
        "ARSL ne reçoit pas encore de demande par ce service",
    );
    let lines = wait_for(&api, chat, before, "Ces lignes nationales");
    let text = clean(&lines.text);
    for expected in [
        "116 006 : si quelqu'un vous a fait du mal",
        "3919 : écoute pour les femmes",
        "En danger maintenant : 17 ou 112",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    let after: Vec<String> = api
        .sent_to(chat)
        .iter()
        .skip(before)
        .map(|s| clean(&s.text))
        .collect();
    assert!(
        !after.iter().any(|t| t.contains("contacter directement")),
        "never above a card without a verified contact: {after:?}"
    );
    assert!(api.sent_to(DESK_CEID).is_empty() && api.sent_to(DESK_CIDFF).is_empty());
}

/// The person walks to a request in a place ("Juste parler"), consents and sends it without a
/// message; returns how many messages the chat had before the send.
fn ask_in(api: &BotApi, chat: i64, place: &str) -> usize {
    let mut seen = 0;
    let mut step = |text: &str, expect: &str| {
        api.text(chat, text);
        wait_for(api, chat, seen, expect);
        seen = api.sent_to(chat).len();
    };
    step("/start l-fr", "Que voulez-vous faire");
    step("2", "De quoi voulez-vous parler");
    step("7", "Dans quel département");
    step(place, "Pour quand aimeriez-vous une réponse");
    step("3", "Voulez-vous envoyer cette demande");
    step("oui", "court message");
    api.text(chat, "Envoyer sans message");
    seen
}

/// A regional desk: a federation the directory does not list, in its own Telegram group.
fn regional(covers: Covers, hours: &str, minors: Option<bool>) -> DeskSettings {
    DeskSettings {
        association: "federation-na".into(),
        name: Some("Fédération régionale".into()),
        covers: Some(covers),
        minors,
        channel: "telegram".into(),
        room: DESK_REGION.to_string(),
        hours: hours.into(),
        staff_languages: vec!["fr".into()],
        language: "fr".into(),
        line: 20,
    }
}

/// Opening hours on another day of the week than today (in Paris): closed now.
fn another_day() -> String {
    let today = jiff::Zoned::now()
        .with_time_zone(jiff::tz::TimeZone::get("Europe/Paris").unwrap())
        .weekday()
        .to_monday_one_offset();
    let other =
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][usize::try_from(today % 7).unwrap()];
    format!("{other} 00:00-24:00")
}

/// Issue #17: the association has no desk; a regional desk covering its département takes the
/// request, says for whom, and relays both ways under its own name.
#[test]
fn without_a_desk_for_the_association_a_regional_desk_takes_the_request() {
    let api = BotApi::start();
    let data = tempfile::tempdir().unwrap();
    let options = Options {
        more_desks: vec![regional(Covers::Word("region".into()), "always", None)],
        ..Options::default()
    };
    let _bot = Bot::start(&api, data.path(), &options);
    let chat = 61_030;
    let before = ask_in(&api, chat, "Limoges");
    let told = wait_for(
        &api,
        chat,
        before,
        "ARSL ne peut pas recevoir de demande par ce service en ce moment : votre demande est partie vers Fédération régionale",
    );
    let ticket = wait_for(&api, DESK_REGION, 0, "Nouvelle demande");
    let text = clean(&ticket.text);
    for expected in [
        "Demande pour ARSL, qui ne peut pas la recevoir par ce service en ce moment",
        "/transfer",
        "Département : Haute-Vienne (87)",
        "Besoins : Juste parler",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    assert!(
        clean(&told.text).contains(&code_of(&ticket)),
        "{}",
        told.text
    );
    assert!(api.sent_to(DESK_CEID).is_empty() && api.sent_to(DESK_CIDFF).is_empty());
    // Staff of the regional desk answer; the person's words go back to them.
    let seen = api.sent_to(chat).len();
    api.group_sends(
        DESK_REGION,
        STAFF,
        false,
        Some(ticket.id),
        "Bonjour, on peut vous aider.",
    );
    let reply = wait_for(&api, chat, seen, "Bonjour, on peut vous aider.");
    assert_eq!(clean(&reply.text), "Réponse : Bonjour, on peut vous aider.");
    let desk_seen = api.sent_to(DESK_REGION).len();
    api.text(chat, "Merci");
    wait_for(&api, DESK_REGION, desk_seen, "Merci");
    // Where the person stands names the regional desk.
    let seen = api.sent_to(chat).len();
    api.text(chat, "/start");
    wait_for(
        &api,
        chat,
        seen,
        "Vous êtes en contact avec Fédération régionale",
    );
}

/// Issue #17: the association's desk is closed; the regional desk covering the département
/// takes the request; the closed desk gets nothing.
#[test]
fn when_the_associations_desk_is_closed_the_regional_desk_takes_the_request() {
    let api = BotApi::start();
    let data = tempfile::tempdir().unwrap();
    let options = Options {
        ceid_hours: another_day(),
        more_desks: vec![regional(
            Covers::Codes(vec!["33".into(), "40".into()]),
            "always",
            None,
        )],
        ..Options::default()
    };
    let _bot = Bot::start(&api, data.path(), &options);
    let chat = 61_031;
    let seen = request_without_message(&api, chat);
    wait_for(
        &api,
        chat,
        seen,
        "La CASE ne peut pas recevoir de demande par ce service en ce moment : votre demande est partie vers Fédération régionale",
    );
    let ticket = wait_for(&api, DESK_REGION, 0, "Nouvelle demande");
    assert!(
        clean(&ticket.text).contains("Demande pour La CASE"),
        "{}",
        ticket.text
    );
    assert!(api.sent_to(DESK_CEID).is_empty());
}

/// Issue #17: a regional desk that is closed, or covers other départements, takes nothing: the
/// person gets the fallback (no verified contact today: the national lines).
#[test]
fn a_closed_or_distant_regional_desk_leaves_the_fallback() {
    for desk in [
        regional(Covers::Word("region".into()), &another_day(), None),
        regional(Covers::Codes(vec!["87".into()]), "always", None),
    ] {
        let api = BotApi::start();
        let data = tempfile::tempdir().unwrap();
        let options = Options {
            ceid_hours: another_day(),
            more_desks: vec![desk],
            ..Options::default()
        };
        let _bot = Bot::start(&api, data.path(), &options);
        let chat = 61_032;
        let seen = request_without_message(&api, chat);
        wait_for(
            &api,
            chat,
            seen,
            "L'équipe de La CASE n'est pas là en ce moment",
        );
        // Housing: the shelter line first.
        let lines = wait_for(&api, chat, seen, "Ces lignes nationales");
        assert!(
            clean(&lines.text).contains("115 : hébergement d'urgence"),
            "{}",
            lines.text
        );
        assert!(api.sent_to(DESK_CEID).is_empty() && api.sent_to(DESK_REGION).is_empty());
    }
}

/// Issue #17: a person under 18 reaches a regional desk only if it says it receives minors;
/// otherwise the young people's lines, never an adult's.
#[test]
fn a_regional_desk_takes_a_minors_request_only_if_it_receives_minors() {
    for minors in [None, Some(true)] {
        let api = BotApi::start();
        let data = tempfile::tempdir().unwrap();
        let options = Options {
            more_desks: vec![regional(Covers::Word("region".into()), "always", minors)],
            ..Options::default()
        };
        let _bot = Bot::start(&api, data.path(), &options);
        let chat = 61_033;
        let mut seen = 0;
        let mut step = |text: &str, expect: &str| {
            api.text(chat, text);
            wait_for(&api, chat, seen, expect);
            seen = api.sent_to(chat).len();
        };
        step("/start l-fr_a-youth", "choisis ta tranche d'âge");
        step("3", "De quoi veux-tu parler");
        step("7", "119 : gratuit, jour et nuit");
        step("1", "Dans quel département");
        step("Limoges", "Pour quand aimerais-tu une réponse");
        step("3", "Veux-tu envoyer cette demande");
        step("oui", "court message");
        api.text(chat, "Envoyer sans message");
        if minors == Some(true) {
            wait_for(
                &api,
                chat,
                seen,
                "ta demande est partie vers Fédération régionale",
            );
            wait_for(&api, DESK_REGION, 0, "Nouvelle demande");
        } else {
            let lines = wait_for(&api, chat, seen, "Ces lignes nationales peuvent t'aider");
            let text = clean(&lines.text);
            assert!(text.contains("119 :") && !text.contains("115"), "{text}");
            assert!(api.sent_to(DESK_REGION).is_empty());
        }
    }
}

#[test]
fn a_silent_relay_expires_and_both_sides_learn_it_has_ended() {
    let api = BotApi::start();
    let data = tempfile::tempdir().unwrap();
    let options = Options {
        times: HandoffTimes {
            answer_within_secs: 3600,
            expire_after_secs: 2,
        },
        ..Options::default()
    };
    let _bot = Bot::start(&api, data.path(), &options);
    let chat = 61_011;
    let ticket = request(&api, chat, "Envoyer sans message");
    let expired = wait_for(
        &api,
        DESK_CEID,
        1,
        "Demande close après 1 jour sans message",
    );
    assert_eq!(expired.reply_to, Some(ticket.id));
    // The person is told it has ended (a neutral first line), and their session no longer
    // holds the ticket.
    wait_for(&api, chat, 0, "Cette conversation est terminée");
    // Staff arrive too late; so does the person, who can start again.
    let desk_seen = api.sent_to(DESK_CEID).len();
    api.group_sends(DESK_CEID, STAFF, false, Some(ticket.id), "Bonjour ?");
    wait_for(&api, DESK_CEID, desk_seen, "Cette demande est terminée");
    let seen = api.sent_to(chat).len();
    api.text(chat, "bonjour");
    wait_for(&api, chat, seen, "Que voulez-vous faire");
    assert_eq!(
        api.sent_to(DESK_CEID).len(),
        desk_seen + 1,
        "nothing relayed"
    );
}

/// Issue #14: danger words in the message for the team. The numbers come first, the person is
/// told plainly that nothing was sent, and offered to send it marked urgent; pressed, the ticket
/// reaches the desk with the words and the urgency marked (the words were held in memory only).
#[test]
fn danger_words_in_the_message_hold_it_back_and_it_can_be_sent_marked_urgent() {
    let api = BotApi::start();
    let data = tempfile::tempdir().unwrap();
    let _bot = Bot::start(&api, data.path(), &Options::default());
    let chat = 61_020;
    to_consent(&api, chat);
    let seen = api.sent_to(chat).len();
    api.text(chat, "oui");
    wait_for(&api, chat, seen, "court message");
    let seen = api.sent_to(chat).len();
    let words = "Il a pris mon passeport, j'ai peur";
    api.text(chat, words);
    let offer = wait_for(&api, chat, seen, "marqué urgent ?");
    let answer: Vec<String> = api.sent_to(chat)[seen..]
        .iter()
        .map(|s| clean(&s.text))
        .collect();
    assert!(
        answer[0].starts_with("En danger maintenant : appelez le 17 ou le 112."),
        "{answer:#?}"
    );
    let said = answer.join("\n");
    assert!(said.contains("Votre demande n'a pas été envoyée"), "{said}");
    assert!(api.sent_to(DESK_CEID).is_empty(), "nothing posted yet");
    let data_of = |label: &str| -> String {
        offer.markup["inline_keyboard"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|row| row.get(0))
            .find(|b| b["text"].as_str().is_some_and(|t| t.contains(label)))
            .and_then(|b| b["callback_data"].as_str())
            .unwrap_or_else(|| panic!("no button {label}: {:#?}", offer.markup))
            .to_owned()
    };
    // The emergency node's own buttons stay, the offer is the last one.
    data_of("Une association près de moi");
    let send = data_of("Envoyer mon message, marqué urgent");
    let seen = api.sent_to(chat).len();
    api.press(chat, offer.id, &send);
    wait_for(&api, chat, seen, "C'est envoyé à La CASE");
    let ticket = wait_for(&api, DESK_CEID, 0, "Nouvelle demande");
    let text = clean(&ticket.text);
    assert!(
        text.contains("Urgent : son message parle d'un danger"),
        "{text}"
    );
    assert!(text.contains(words), "{text}");
    // Pressed again: the words were sent once and are no longer kept.
    let seen = api.sent_to(chat).len();
    api.press(chat, offer.id, &send);
    wait_for(&api, chat, seen, "Vous êtes en contact avec La CASE");
    assert_eq!(
        api.sent_to(DESK_CEID)
            .iter()
            .filter(|s| clean(&s.text).contains("Nouvelle demande"))
            .count(),
        1
    );
}

/// Issue #15 (DESIGN.md P8): someone who seized the server holds the secret and the config and
/// reads every byte of the data directory, old versions in sled's log included. After warm
/// handoffs ended in every way (staff close, the person's /stop, the quick exit, the route's
/// expiry) and a conversation ended by /forget, nothing of them opens: no route, no session
/// field, no ticket code, and no person's pseudonym is left to look for. While the relays were
/// open, the same attacker opened them all, so the attack is no pretence.
#[test]
fn an_attacker_with_the_secret_opens_nothing_of_ended_conversations() {
    use support::attacker::{attack, pseudonym_traces};
    let api = BotApi::start();
    let data = tempfile::tempdir().unwrap();
    let secret = Secret::new(support::SECRET.as_bytes().to_vec()).expect("secret");
    let (closed, stopped, exited, expired, forgot) = (
        777_015_100_001_i64,
        777_015_100_002_i64,
        777_015_100_003_i64,
        777_015_100_004_i64,
        777_015_100_005_i64,
    );
    let mut codes = Vec::new();
    let mut bot = Bot::start(&api, data.path(), &Options::default());
    let tickets: Vec<Sent> = [closed, stopped, exited]
        .iter()
        .map(|chat| request(&api, *chat, &format!("CANARY-WORDS-{chat}")))
        .collect();
    codes.extend(tickets.iter().map(code_of));
    to_consent(&api, forgot);

    // The control: while the relays are open, the attacker reads them (once sled's background
    // flush has written them).
    let started = std::time::Instant::now();
    loop {
        let live = attack(data.path(), &secret);
        let routes = codes
            .iter()
            .all(|code| live.iter().any(|o| o.plain.contains(code.as_str())));
        let session = live.iter().any(|o| o.plain.contains("\"dept\":\"33\""));
        if routes && session {
            break;
        }
        assert!(
            started.elapsed() < support::WAIT_TIMEOUT,
            "the attacker opens the open routes {codes:?} and a live session: {live:#?}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }

    // Staff close the first, the second person stops, the third leaves by the quick exit.
    let desk_seen = api.sent_to(DESK_CEID).len();
    api.group_sends(DESK_CEID, STAFF, false, Some(tickets[0].id), "/close");
    wait_for(&api, closed, 0, "L'équipe a terminé la conversation");
    api.text(stopped, "/stop");
    wait_for(&api, stopped, 0, "C'est arrêté, La CASE est prévenue");
    api.text(exited, "parapluie");
    wait_for(
        &api,
        DESK_CEID,
        desk_seen,
        "La personne a utilisé la sortie rapide",
    );
    let seen = api.sent_to(forgot).len();
    api.text(forgot, "/forget");
    wait_for(&api, forgot, seen, "Choisissez votre langue");
    bot.stop();
    drop(bot);

    // The fourth relay is left silent until its route expires.
    let options = Options {
        times: HandoffTimes {
            answer_within_secs: 3600,
            expire_after_secs: 2,
        },
        ..Options::default()
    };
    let mut bot = Bot::start(&api, data.path(), &options);
    let desk_seen = api.sent_to(DESK_CEID).len();
    let ticket = request(&api, expired, &format!("CANARY-WORDS-{expired}"));
    codes.push(code_of(&ticket));
    wait_for(
        &api,
        DESK_CEID,
        desk_seen,
        "Demande close après 1 jour sans message",
    );
    wait_for(&api, expired, 0, "Cette conversation est terminée");
    bot.stop();
    drop(bot);

    let opened = attack(data.path(), &secret);
    // What stays of an ended conversation is its language and last menu, under a new key:
    // nothing it told.
    for record in &opened {
        for told in [
            "\"dept\":\"",
            "\"relay\":{",
            "\"vars\":{\"",
            "CANARY-WORDS",
            "\"person\"",
        ] {
            assert!(
                !record.plain.contains(told),
                "{told} opened from an ended conversation: {record:#?}"
            );
        }
        for code in &codes {
            assert!(!record.plain.contains(code.as_str()), "{code}: {record:#?}");
        }
        assert_ne!(record.plain.as_bytes()[0], 7, "a route opened: {record:#?}");
    }
    // No session field and no ticket code in clear anywhere.
    let fields: Vec<String> = ["\"dept\"", "\"last_seen\"", "\"vars\"", "\"relay\""]
        .iter()
        .map(|s| (*s).to_owned())
        .chain(codes.iter().cloned())
        .collect();
    let (plain, files, bytes) = scan_dir(data.path(), &fields);
    assert!(files > 0 && bytes > 0);
    assert!(plain.is_empty(), "{plain:?}");
    // The ended relays' people (and the one who forgot) cannot be looked for. The ones whose
    // conversation goes on (closed by staff, stopped, expired) have a live session, hence a
    // live tag; the one who left by the quick exit has none.
    let traces = pseudonym_traces(data.path(), &secret, "telegram", &exited.to_string());
    assert!(traces.is_empty(), "{traces:?}");
    for chat in [closed, stopped, expired, forgot] {
        let traces = pseudonym_traces(data.path(), &secret, "telegram", &chat.to_string());
        assert!(
            traces.iter().all(|t| t.contains("key file tag")),
            "only the live session's tag: {traces:?}"
        );
    }
}
