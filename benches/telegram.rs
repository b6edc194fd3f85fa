//! Inbound updates per second through the Telegram channel (DESIGN.md, "Numbers to hold": with
//! 200 concurrent chats, at least the throughput of a plain teloxide bot with in-memory state on
//! the same machine).
//!
//! Run with `cargo bench --bench telegram`. A bench binary, not criterion: one measured round is
//! thousands of HTTP calls, and what matters is the sustained rate.
//!
//! Both bots run against the same loopback Bot API server (`tests/support/bot_api.rs`), real
//! HTTP through the real teloxide client:
//!
//! - Passerelle: `Telegram` (without the throttling adaptor, whose pacing is Telegram's limit and
//!   not the bot's capacity; with retries,
//!   pseudonyms, sled store, engine, planned messages with pictogram photos sent by file id) over
//!   the bundled content. Each of 200 chats runs, 10 times, a 5-step loop of the talk path
//!   (need, place, card and consent, "no", back to the menu): about 1.6 messages sent per update.
//! - Baseline: a plain teloxide polling loop that keeps a counter per chat in a `HashMap` and
//!   answers every update with one text message.
//!
//! An update counts as handled when the server has seen its offset confirmed (the adapter
//! confirms a batch only after every reply of it is sent).

#[path = "../tests/support/bot_api.rs"]
mod bot_api;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bot_api::BotApi;
use passerelle::channel::telegram::Telegram;
use passerelle::config::TelegramSettings;
use passerelle::content::{Content, ContentFiles};
use passerelle::engine::Engine;
use passerelle::privacy::Secret;
use passerelle::runtime::{Runtime, RuntimeSettings};
use passerelle::store::{Durability, Store};
use teloxide::payloads::GetUpdatesSetters;
use teloxide::prelude::*;
use teloxide::types::UpdateKind;

/// The talk-path loop each chat runs, from the main menu back to it.
const LOOP: [&str; 5] = ["2", "7", "33", "2", "2"];

fn wait_handled(api: &BotApi, what: &str) {
    api.wait(what, Duration::from_secs(600), |api| {
        api.pending_updates() == 0
    });
}

/// Every chat runs the loop `rounds` times; returns the updates sent and the seconds until all
/// are handled.
fn measured_round(api: &BotApi, chats: i64, rounds: usize) -> (f64, f64) {
    let started = Instant::now();
    for _ in 0..rounds {
        for line in LOOP {
            for chat in 1..=chats {
                api.text(chat, line);
            }
        }
    }
    wait_handled(api, "the measured round");
    let updates = (chats as usize * rounds * LOOP.len()) as f64;
    (updates, started.elapsed().as_secs_f64())
}

fn sends(api: &BotApi) -> usize {
    api.calls_of("sendMessage").len() + api.calls_of("sendPhoto").len()
}

fn passerelle(chats: i64, rounds: usize) -> (f64, f64) {
    let api = BotApi::start();
    let data = tempfile::tempdir().expect("data dir");
    let (content, _) = Content::load(&ContentFiles::embedded());
    let runtime = Arc::new(Runtime::new(
        Arc::new(Engine::new(content)),
        Store::open(
            data.path(),
            Durability::Periodic,
            &Secret::new(vec![0x5a; 48]).expect("secret"),
        )
        .expect("store"),
        Secret::new(vec![0x5a; 48]).expect("secret"),
        RuntimeSettings::default(),
    ));
    let settings = TelegramSettings {
        api_url: Some(api.url.clone()),
        poll_timeout_secs: 1,
        // Telegram's limits are Telegram's: measured here is what the bot itself can carry.
        throttle: false,
        retry_backoff_ms: 20,
        ..TelegramSettings::default()
    };
    let tokio = tokio::runtime::Runtime::new().expect("tokio");
    let telegram = tokio
        .block_on(async { Telegram::new(runtime, "1:bench", settings, data.path()) })
        .expect("adapter");
    let (stop, stopped) = tokio::sync::watch::channel(false);
    tokio.spawn(async move { telegram.run(stopped).await });
    // Warm-up: every chat opens the menu (the first images are uploaded once).
    for chat in 1..=chats {
        api.text(chat, "/start l-en");
    }
    wait_handled(&api, "the warm-up");
    let sent_before = sends(&api);
    let (updates, elapsed) = measured_round(&api, chats, rounds);
    let messages = (sends(&api) - sent_before) as f64;
    let _ = stop.send(true);
    (updates / elapsed, messages / elapsed)
}

fn baseline(chats: i64, rounds: usize) -> f64 {
    let api = BotApi::start();
    let tokio = tokio::runtime::Runtime::new().expect("tokio");
    let url = api.url.parse().expect("url");
    tokio.spawn(async move {
        let bot = Bot::new("1:baseline").set_api_url(url);
        let mut state: HashMap<ChatId, u64> = HashMap::new();
        let mut offset = 0;
        loop {
            let Ok(updates) = bot.get_updates().offset(offset).timeout(1).await else {
                continue;
            };
            let mut sending = tokio::task::JoinSet::new();
            for update in updates {
                offset = i32::try_from(update.id.0).unwrap_or(i32::MAX) + 1;
                if let UpdateKind::Message(message) = update.kind {
                    let count = state.entry(message.chat.id).or_default();
                    *count += 1;
                    let bot = bot.clone();
                    let text = format!("message {count}");
                    sending.spawn(async move { bot.send_message(message.chat.id, text).await });
                }
            }
            while sending.join_next().await.is_some() {}
        }
    });
    for chat in 1..=chats {
        api.text(chat, "/start");
    }
    wait_handled(&api, "the baseline warm-up");
    let (updates, elapsed) = measured_round(&api, chats, rounds);
    updates / elapsed
}

fn main() {
    // `cargo test --benches` runs this without `--bench`: a short smoke pass only.
    let bench_mode = std::env::args().any(|a| a == "--bench");
    let (chats, rounds) = if bench_mode { (200, 10) } else { (10, 1) };
    let (updates, messages) = passerelle(chats, rounds);
    let plain = baseline(chats, rounds);
    println!(
        "telegram, {chats} chats x {} updates, loopback Bot API:",
        rounds * LOOP.len()
    );
    println!("  passerelle: {updates:>8.0} updates/s ({messages:.0} messages sent/s)");
    println!("  plain teloxide bot, in-memory state: {plain:>8.0} updates/s");
    println!("  ratio: {:.2}", updates / plain);
}
