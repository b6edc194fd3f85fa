//! How long a Matrix quick exit takes to erase a long conversation (issue #15: 143 redactions
//! one after another took about 13 s; the target is 300 events in under 10 s), against a real
//! Synapse on loopback (tests/support/synapse.rs), in a trusted private chat where the bot may
//! redact the person's messages too.
//!
//! Run with `cargo bench --bench matrix_exit`. A bench binary, not criterion: one round is
//! seconds long. It checks its own traffic: every event re-read from the server after the exit
//! must have lost its content. Timings are printed, never asserted.

#![recursion_limit = "256"]

#[path = "../tests/support/mod.rs"]
#[allow(unused_imports)]
mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use matrix_sdk::config::SyncSettings;
use matrix_sdk::ruma::api::client::room::create_room;
use matrix_sdk::ruma::events::room::message::{
    OriginalSyncRoomMessageEvent, RoomMessageEventContent,
};
use matrix_sdk::{Client, Room, RoomMemberships};
use passerelle::channel::matrix::{Login, Matrix};
use passerelle::content::{Content, ContentFiles};
use passerelle::engine::Engine;
use passerelle::privacy::Secret;
use passerelle::runtime::{Runtime, RuntimeSettings};
use passerelle::store::{Durability, Store};
use support::synapse::Synapse;
use tokio::sync::watch;

const WAIT: Duration = Duration::from_secs(120);

async fn wait_members(room: &Room, count: usize) {
    let start = Instant::now();
    while room
        .members(RoomMemberships::JOIN)
        .await
        .map(|m| m.len())
        .unwrap_or_default()
        != count
    {
        assert!(
            start.elapsed() < WAIT,
            "timed out waiting for {count} members"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Every message and reaction of the room, as (sender is the bot, still has content).
async fn history(room: &Room, bot: &str) -> Vec<(bool, bool)> {
    support::matrix_history::messages_and_reactions(room)
        .await
        .into_iter()
        .map(|e| (e.sender == bot, e.has_content))
        .collect()
}

async fn round(rounds: usize) {
    let synapse = Synapse::start();
    let bot_id = synapse.register("passerelle", "bot-password");
    let person_id = synapse.register("benchperson", "person-password");
    let data = tempfile::tempdir().expect("data");
    let secret = || Secret::new(vec![0x5a; 48]).expect("secret");
    let (content, _) = Content::load(&ContentFiles::embedded());
    let runtime = Arc::new(Runtime::new(
        Arc::new(Engine::new(content)),
        Store::open(data.path(), Durability::Periodic, &secret()).expect("store"),
        secret(),
        RuntimeSettings::default(),
    ));
    let login = Login::new(
        &synapse.url,
        &bot_id,
        "bot-password",
        "bench-store-passphrase",
    );
    let matrix = Matrix::connect(runtime, login, data.path())
        .await
        .expect("bot logs in");
    let (stop, stopped) = watch::channel(false);
    let running = Arc::clone(&matrix);
    let task = tokio::spawn(async move { running.run(stopped).await.map_err(|e| e.to_string()) });

    let store = tempfile::tempdir().expect("person store");
    let client = Client::builder()
        .homeserver_url(&synapse.url)
        .sqlite_store(store.path(), None)
        .build()
        .await
        .expect("client");
    client
        .matrix_auth()
        .login_username(&person_id, "person-password")
        .send()
        .await
        .expect("person logs in");
    client
        .sync_once(SyncSettings::default())
        .await
        .expect("sync");
    let answers = Arc::new(AtomicUsize::new(0));
    let counted = Arc::clone(&answers);
    let bot = bot_id.clone();
    client.add_event_handler(move |event: OriginalSyncRoomMessageEvent| {
        let counted = Arc::clone(&counted);
        let bot = bot.clone();
        async move {
            if event.sender.as_str() == bot {
                counted.fetch_add(1, Ordering::SeqCst);
            }
        }
    });
    let syncing = client.clone();
    tokio::spawn(async move { syncing.sync(SyncSettings::default()).await });
    let mut request = create_room::v3::Request::new();
    request.invite = vec![bot_id.as_str().try_into().expect("bot id")];
    request.is_direct = true;
    request.preset = Some(create_room::v3::RoomPreset::TrustedPrivateChat);
    let room = client.create_room(request).await.expect("DM");
    wait_members(&room, 2).await;
    for text in std::iter::once("/start l-en").chain(std::iter::repeat_n("/help", rounds)) {
        let before = answers.load(Ordering::SeqCst);
        room.send(RoomMessageEventContent::text_plain(text))
            .await
            .expect("send");
        let start = Instant::now();
        while answers.load(Ordering::SeqCst) < before + 2 {
            assert!(start.elapsed() < WAIT, "the bot did not answer");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    // The last answer's reactions.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let events = history(&room, &bot_id).await;
    let by_bot = events.iter().filter(|(bot, _)| *bot).count();

    let start = Instant::now();
    room.send(RoomMessageEventContent::text_plain("umbrella"))
        .await
        .expect("send");
    wait_members(&room, 1).await;
    let elapsed = start.elapsed();
    let left = history(&room, &bot_id).await;
    let kept = left.iter().filter(|(_, content)| *content).count();
    assert_eq!(
        kept,
        0,
        "{kept} of {} events kept their content",
        left.len()
    );
    println!(
        "matrix quick exit: {} events ({by_bot} of the bot, {} of the person) erased in {:.2} s \
         ({:.0} events/s), then the bot left",
        events.len(),
        events.len() - by_bot,
        elapsed.as_secs_f64(),
        events.len() as f64 / elapsed.as_secs_f64()
    );
    let _ = stop.send(true);
    let _ = tokio::time::timeout(Duration::from_secs(30), task).await;
}

fn main() {
    // `cargo test --benches` runs this without `--bench`: a short smoke pass only.
    let bench_mode = std::env::args().any(|a| a == "--bench");
    let rounds = if bench_mode { 40 } else { 3 };
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(4)
        .enable_all()
        .build()
        .expect("tokio")
        .block_on(round(rounds));
}
