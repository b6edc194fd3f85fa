//! The Matrix channel (matrix-sdk): logs in (keeping its device across restarts), joins the
//! direct chats people invite it to, answers in direct chats only, end-to-end encrypted where the
//! room is. Choices are a numbered list with reaction shortcuts (1️⃣ 2️⃣ …) on the bot's
//! message; pictograms and choice boards are images with their alt text as caption. It only
//! translates: every conversation rule is in the engine or the content.
//!
//! Warm handoff (`desk.rs`): once attached to the hub, the channel carries the hub's news to
//! people in their direct chats, posts tickets in desk rooms (staff answer in the ticket's
//! thread), and passes what staff write there to the hub.
//!
//! Privacy (DESIGN.md P1): Matrix ids become pseudonyms at once and are never logged; the SDK's
//! own store (rooms, members, keys, events) is SQLite encrypted with a passphrase from the
//! environment.

use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use matrix_sdk::attachment::AttachmentConfig;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::room::MessagesOptions;
use matrix_sdk::ruma::events::reaction::{OriginalSyncReactionEvent, ReactionEventContent};
use matrix_sdk::ruma::events::relation::Annotation;
use matrix_sdk::ruma::events::room::member::{MembershipState, StrippedRoomMemberEvent};
use matrix_sdk::ruma::events::room::message::{
    MessageType, OriginalSyncRoomMessageEvent, RoomMessageEventContent, TextMessageEventContent,
};
use matrix_sdk::ruma::{EventId, OwnedEventId, OwnedRoomId, OwnedUserId, UserId};
use matrix_sdk::{Client, Room, RoomState};
use thiserror::Error;
use tokio::sync::watch;

use crate::config::MatrixSettings;
use crate::engine::{ChoiceItem, Inbound, MediaKind, Outcome, Reply, Session};
use crate::handoff::{Address, Courier, DeskChannel, Hub};
use crate::pictogram::{BoardCell, PictogramCache, cells_for};
use crate::privacy::Pseudonym;
use crate::runtime::{Runtime, now_secs};
use crate::text::strip_isolates;

mod desk;

/// The channel name in pseudonyms and counters.
pub const CHANNEL: &str = "matrix";

/// The environment variable naming the homeserver.
pub const HOMESERVER_ENV: &str = "PASSERELLE_MATRIX_HOMESERVER";
/// The bot's user id.
pub const USER_ENV: &str = "PASSERELLE_MATRIX_USER";
/// Its password (or an access token, below).
pub const PASSWORD_ENV: &str = "PASSERELLE_MATRIX_PASSWORD";
/// Its access token, instead of a password.
pub const ACCESS_TOKEN_ENV: &str = "PASSERELLE_MATRIX_ACCESS_TOKEN";
/// The passphrase of the SDK's encrypted store (keys, rooms, events).
pub const STORE_PASSPHRASE_ENV: &str = "PASSERELLE_MATRIX_STORE_PASSPHRASE";

/// Reaction shortcuts for choices 1 to 10, where a typed number picks the choice.
pub const KEYCAPS: [&str; 10] = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟"];

/// Reaction shortcuts for choices a typed number does not pick (under a question, where a
/// typed number answers it, and while a relay takes every typed line): letters, so that no
/// number is shown beside them (DESIGN.md S2).
pub const LETTERS: [&str; 10] = ["🇦", "🇧", "🇨", "🇩", "🇪", "🇫", "🇬", "🇭", "🇮", "🇯"];

/// How many recent messages with choices a room remembers, so that a reaction on an older one
/// still sends its button (the danger choice and the way home work on any message).
const RECENT_SHOWN: usize = 16;

/// The side of a pictogram sent as an image, in pixels.
const IMAGE_SIDE: u32 = 256;

/// Messages older than this when the bot starts are not answered (seconds).
const CATCH_UP_SECS: u64 = 3600;

/// Events per history page a quick exit reads, back to the room's start.
const REDACT_PAGE_EVENTS: u32 = 100;
/// Redactions a quick exit keeps in flight (one after another took seconds). The homeserver's
/// rate limits still apply: matrix-sdk retries a request refused with 429 after the delay the
/// server asks for (its default request config retries transient errors).
const REDACT_IN_FLIGHT: usize = 8;

/// Why the Matrix channel cannot run.
#[derive(Debug, Error)]
pub enum MatrixError {
    /// A setting is missing.
    #[error("Matrix: {0}")]
    Missing(String),
    /// The client could not be built (homeserver URL, store).
    #[error("Matrix client: {0}")]
    Client(String),
    /// Login failed.
    #[error("Matrix login refused: {0}")]
    Login(String),
    /// The device file could not be written.
    #[error("Matrix device file {path}: {source}")]
    DeviceFile {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// Syncing with the homeserver failed for good.
    #[error("Matrix sync: {0}")]
    Sync(String),
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// Whether a Matrix homeserver is configured (environment or config file).
pub fn configured(settings: &MatrixSettings) -> bool {
    env(HOMESERVER_ENV).is_some() || settings.homeserver.is_some()
}

/// What the channel needs to log in, from the config and the environment.
#[derive(Clone)]
pub struct Login {
    homeserver: String,
    user: String,
    password: Option<String>,
    access_token: Option<String>,
    passphrase: String,
}

impl std::fmt::Debug for Login {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Login { .. }")
    }
}

impl Login {
    /// Reads the settings; secrets only from the environment.
    pub fn from_settings(settings: &MatrixSettings) -> Result<Self, MatrixError> {
        let homeserver = env(HOMESERVER_ENV)
            .or_else(|| settings.homeserver.clone())
            .ok_or_else(|| {
                MatrixError::Missing(format!("set {HOMESERVER_ENV} or [matrix] homeserver"))
            })?;
        let user = env(USER_ENV)
            .or_else(|| settings.user.clone())
            .ok_or_else(|| MatrixError::Missing(format!("set {USER_ENV} or [matrix] user")))?;
        let password = env(PASSWORD_ENV);
        let access_token = env(ACCESS_TOKEN_ENV);
        if password.is_none() && access_token.is_none() {
            return Err(MatrixError::Missing(format!(
                "set {PASSWORD_ENV} or {ACCESS_TOKEN_ENV} in the environment"
            )));
        }
        let passphrase = env(STORE_PASSPHRASE_ENV).ok_or_else(|| {
            MatrixError::Missing(format!(
                "set {STORE_PASSPHRASE_ENV}: the passphrase of the encrypted Matrix store"
            ))
        })?;
        Ok(Self {
            homeserver,
            user,
            password,
            access_token,
            passphrase,
        })
    }

    /// For tests: explicit values.
    pub fn new(homeserver: &str, user: &str, password: &str, passphrase: &str) -> Self {
        Self {
            homeserver: homeserver.to_owned(),
            user: user.to_owned(),
            password: Some(password.to_owned()),
            access_token: None,
            passphrase: passphrase.to_owned(),
        }
    }
}

/// Choices shown in a room: the message they hang on, their shortcuts and their tokens.
struct Shown {
    message: OwnedEventId,
    /// (reaction key, button token), in choice order.
    shortcuts: Vec<(&'static str, String)>,
}

/// The choices shown in a room lately, newest last (memory only, P1).
#[derive(Default)]
struct Recent(VecDeque<Shown>);

impl Recent {
    fn remember(&mut self, shown: Option<Shown>) {
        let Some(shown) = shown else { return };
        if self.0.len() >= RECENT_SHOWN {
            self.0.pop_front();
        }
        self.0.push_back(shown);
    }

    /// The button a reaction on a message stands for, if the message is remembered.
    fn token(&self, message: &EventId, key: &str) -> Option<String> {
        let shown = self.0.iter().rev().find(|s| s.message == message)?;
        shown
            .shortcuts
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, token)| token.clone())
    }

    fn forget(&mut self) {
        self.0.clear();
    }
}

/// The reaction shortcut of a choice: its keycap where a typed number picks it, else a letter.
fn shortcut(item: &ChoiceItem, index: usize) -> Option<&'static str> {
    if item.by_number {
        KEYCAPS.get(item.number.checked_sub(1)?).copied()
    } else {
        LETTERS.get(index).copied()
    }
}

/// A direct chat's locks. A step holds `order` from the person's message to the bot's answer
/// (the hub may be waited for meanwhile); `shown` is held while the bot shows something, by a
/// step or by the hub: the hub never waits for `order`, so the two cannot wait for each other.
#[derive(Default)]
struct Chat {
    /// Keeps a room's steps in order.
    order: tokio::sync::Mutex<()>,
    /// The choices shown lately (memory only).
    shown: tokio::sync::Mutex<Recent>,
}

/// What showing an outcome did.
struct Showing {
    /// The choices shown, for the reaction shortcuts.
    shown: Option<Shown>,
    /// Messages sent.
    delivered: usize,
    /// Whether a message could not be sent.
    failed: bool,
}

/// The running channel.
pub struct Matrix {
    client: Client,
    runtime: Arc<Runtime>,
    pictures: PictogramCache,
    /// Per room: its locks and last choices.
    rooms: Mutex<HashMap<OwnedRoomId, Arc<Chat>>>,
    /// The warm handoff, once attached.
    hub: OnceLock<Arc<Hub>>,
}

impl Matrix {
    /// Builds the client over the encrypted store in `<data-dir>/matrix` and logs in, on the
    /// device of the previous run when there was one.
    pub async fn connect(
        runtime: Arc<Runtime>,
        login: Login,
        data_dir: &Path,
    ) -> Result<Arc<Self>, MatrixError> {
        let store = data_dir.join("matrix");
        let client = Client::builder()
            .homeserver_url(&login.homeserver)
            .sqlite_store(&store, Some(&login.passphrase))
            .build()
            .await
            .map_err(|e| MatrixError::Client(e.to_string()))?;
        let device_file = store.join("device-id");
        let known_device = std::fs::read_to_string(&device_file)
            .ok()
            .map(|d| d.trim().to_owned())
            .filter(|d| !d.is_empty());
        let user = UserId::parse(&login.user).map_err(|e| {
            MatrixError::Login(format!("`{}` is not a Matrix user id: {e}", login.user))
        })?;
        if let Some(token) = &login.access_token {
            let device = known_device.clone().ok_or_else(|| {
                MatrixError::Missing(format!(
                    "an access token needs the device of a previous login ({})",
                    device_file.display()
                ))
            })?;
            let session = matrix_sdk::authentication::matrix::MatrixSession {
                meta: matrix_sdk::SessionMeta {
                    user_id: user.clone(),
                    device_id: device.into(),
                },
                tokens: matrix_sdk::SessionTokens {
                    access_token: token.clone(),
                    refresh_token: None,
                },
            };
            client
                .restore_session(session)
                .await
                .map_err(|e| MatrixError::Login(e.to_string()))?;
        } else if let Some(password) = &login.password {
            let mut request = client
                .matrix_auth()
                .login_username(&user, password)
                .initial_device_display_name("Passerelle");
            if let Some(device) = &known_device {
                request = request.device_id(device);
            }
            let response = request
                .send()
                .await
                .map_err(|e| MatrixError::Login(e.to_string()))?;
            std::fs::write(&device_file, response.device_id.as_str()).map_err(|source| {
                MatrixError::DeviceFile {
                    path: device_file.clone(),
                    source,
                }
            })?;
        }
        Ok(Arc::new(Self {
            client,
            runtime,
            pictures: PictogramCache::new(data_dir),
            rooms: Mutex::default(),
            hub: OnceLock::new(),
        }))
    }

    /// Joins the warm handoff: people's requests go through the hub, desk rooms are joined
    /// when invited and their messages go to the hub, and the hub may use this channel to reach
    /// people and desks. Call before `run`.
    pub fn attach(self: &Arc<Self>, hub: Arc<Hub>) {
        let courier: Arc<dyn Courier> = Arc::clone(self) as Arc<dyn Courier>;
        hub.register(CHANNEL, Arc::downgrade(&courier));
        for room in hub.desk_rooms(DeskChannel::Matrix) {
            if let Err(error) = self.runtime.mark_desk_room(CHANNEL, &room) {
                tracing::error!(%error, "Matrix: a desk room could not be remembered");
            }
        }
        let _ = self.hub.set(hub);
    }

    /// Whether a room is, or ever was, a desk: never a person's chat, never erased.
    fn was_desk(&self, room: &Room) -> bool {
        self.is_desk(room)
            || self
                .runtime
                .was_desk_room(CHANNEL, room.room_id().as_str())
                // Unknown: safer to leave the room alone.
                .unwrap_or(true)
    }

    /// A person's chat: never a desk, and a direct chat with one other member, who is not staff
    /// of a configured desk (staff trying the bot from a room of their own are staff still).
    async fn is_persons_chat(&self, room: &Room) -> bool {
        if self.was_desk(room) {
            return false;
        }
        let present = matrix_sdk::RoomMemberships::JOIN | matrix_sdk::RoomMemberships::INVITE;
        let Ok(members) = room.members_no_sync(present).await else {
            return false;
        };
        if members.len() > 2 {
            return false;
        }
        let me = self.client.user_id();
        let desks = self
            .hub
            .get()
            .map(|hub| hub.desk_rooms(DeskChannel::Matrix))
            .unwrap_or_default();
        for member in members.iter().filter(|m| Some(m.user_id()) != me) {
            for desk in &desks {
                let Ok(id) = matrix_sdk::ruma::RoomId::parse(desk) else {
                    continue;
                };
                let Some(desk) = self.client.get_room(&id) else {
                    continue;
                };
                if let Ok(Some(_)) = desk.get_member_no_sync(member.user_id()).await {
                    return false;
                }
            }
        }
        true
    }

    /// Whether a room is a desk of the attached hub.
    fn is_desk(&self, room: &Room) -> bool {
        self.hub
            .get()
            .is_some_and(|hub| hub.is_desk(DeskChannel::Matrix, room.room_id().as_str()))
    }

    /// The bot's device id (kept across restarts).
    pub fn device_id(&self) -> Option<String> {
        self.client.device_id().map(|d| d.to_string())
    }

    /// The SDK client (tests look at its store).
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Syncs and answers until `shutdown` turns true. Boxed: matrix-sdk's futures are deep, and
    /// proving them `Send` once here spares every caller a raised recursion limit.
    pub fn run(
        self: Arc<Self>,
        shutdown: watch::Receiver<bool>,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), MatrixError>> + Send>> {
        Box::pin(self.sync_and_answer(shutdown))
    }

    async fn sync_and_answer(
        self: Arc<Self>,
        mut shutdown: watch::Receiver<bool>,
    ) -> Result<(), MatrixError> {
        let bot = self
            .client
            .user_id()
            .map(ToOwned::to_owned)
            .ok_or_else(|| MatrixError::Login("no user after login".into()))?;
        // Handlers first, so that nothing sent while the bot was away is missed: the sync token
        // kept in the store means only what is new since the last run comes back. Events older
        // than `CATCH_UP_SECS` (a store lost, history sent again) are not answered.
        let oldest = now_secs().saturating_sub(CATCH_UP_SECS);
        let channel = Arc::clone(&self);
        let me = bot.clone();
        let mut handlers = Vec::new();
        let channel_invites = Arc::clone(&channel);
        handlers.push(self.client.add_event_handler(
            move |event: StrippedRoomMemberEvent, room: Room| {
                let desk = channel_invites.is_desk(&room);
                let me = me.clone();
                async move { accept_invite(event, room, &me, desk).await }
            },
        ));
        let channel_messages = Arc::clone(&channel);
        let me = bot.clone();
        handlers.push(self.client.add_event_handler(
            move |event: OriginalSyncRoomMessageEvent, room: Room| {
                let channel = Arc::clone(&channel_messages);
                let me = me.clone();
                async move {
                    if event.sender == me || u64::from(event.origin_server_ts.as_secs()) < oldest {
                        return;
                    }
                    // Staff at work in a desk room: for the hub, never a person's step.
                    if let Some(hub) = channel.hub.get()
                        && hub.is_desk(DeskChannel::Matrix, room.room_id().as_str())
                    {
                        return channel.desk_message(hub, &room, &event).await;
                    }
                    let inbound = inbound_of(&event.content.msgtype);
                    channel.step(&room, &event.sender, inbound).await;
                }
            },
        ));
        let channel_reactions = Arc::clone(&channel);
        let me = bot.clone();
        handlers.push(self.client.add_event_handler(
            move |event: OriginalSyncReactionEvent, room: Room| {
                let channel = Arc::clone(&channel_reactions);
                let me = me.clone();
                async move {
                    if event.sender == me || u64::from(event.origin_server_ts.as_secs()) < oldest {
                        return;
                    }
                    channel.reaction(&room, &event).await;
                }
            },
        ));
        tracing::info!("Matrix: syncing");
        let sync = self.client.sync(SyncSettings::default());
        let result = tokio::select! {
            result = sync => result.map_err(|e| MatrixError::Sync(e.to_string())),
            _ = shutdown.changed() => Ok(()),
        };
        // The handlers hold the channel: removing them lets it (and its stores) close.
        for handler in handlers {
            self.client.remove_event_handler(handler);
        }
        tracing::info!("Matrix: stopped");
        result
    }

    /// The locks and last choices of a room.
    fn chat(&self, room: &Room) -> Arc<Chat> {
        let mut rooms = self.rooms.lock().unwrap_or_else(|p| p.into_inner());
        Arc::clone(rooms.entry(room.room_id().to_owned()).or_default())
    }

    /// A reaction: a shortcut on a message with choices presses that choice's button, on the
    /// latest message or an older one (the engine answers an old button kindly, and the danger
    /// choice and the way home work on any message); on a message no longer remembered, a
    /// stale button.
    async fn reaction(&self, room: &Room, event: &OriginalSyncReactionEvent) {
        let Annotation { event_id, key, .. } = &event.content.relates_to;
        if !KEYCAPS.contains(&key.as_str()) && !LETTERS.contains(&key.as_str()) {
            return;
        }
        let token = {
            let chat = self.chat(room);
            let shown = chat.shown.lock().await;
            shown.token(event_id, key)
        };
        let inbound = Inbound::Button(token.unwrap_or_else(|| "stale".into()));
        self.step(room, &event.sender, inbound).await;
    }

    /// Runs the engine for one event of a person in a direct chat and shows what it says.
    async fn step(&self, room: &Room, sender: &UserId, inbound: Inbound) {
        // A desk room with one member of staff looks like a direct chat: never a person's.
        if room.state() != RoomState::Joined || !self.is_persons_chat(room).await {
            return;
        }
        let chat = self.chat(room);
        let _order = chat.order.lock().await;
        let who = self.runtime.pseudonym(CHANNEL, sender.as_str());
        let now = now_secs();
        // What a quick exit can erase here, for the texts that say what stays.
        let channel = if self.redacts_others(room).await {
            CHANNEL.to_owned()
        } else {
            format!("{CHANNEL}-no-redact")
        };
        let fresh = Session {
            channel: Some(channel),
            ..Session::default()
        };
        let outcome = match self.runtime.handle_as(&who, inbound, now, Some(fresh)) {
            Ok(outcome) => outcome,
            Err(error) => {
                tracing::error!(session = %who, %error, "Matrix: the runtime could not handle a message");
                return;
            }
        };
        // The handoff first: a quick exit during a relay tells the desk, then erases.
        let person = Address {
            channel: CHANNEL.to_owned(),
            chat: room.room_id().to_string(),
        };
        let hub = self.hub.get().map(Arc::as_ref);
        let outcome = Hub::settle(hub, &self.runtime, &who, &person, outcome, now).await;
        if outcome.replies.contains(&Reply::EraseConversation) {
            return self.quick_exit(room, &chat, &who).await;
        }
        let mut shown = chat.shown.lock().await;
        let showing = self.show(room, &outcome).await;
        if showing.failed {
            self.undelivered(Some(&who), &outcome.lang);
        }
        shown.remember(showing.shown);
    }

    /// Sends a step: its image (the choice board, else its pictogram) with the alt text as
    /// caption, one text message with the numbered choices, and the reaction shortcuts on it.
    async fn show(&self, room: &Room, outcome: &Outcome) -> Showing {
        let mut showing = Showing {
            shown: None,
            delivered: 0,
            failed: false,
        };
        let mut texts: Vec<String> = Vec::new();
        let mut image: Option<(Vec<u8>, String)> = None;
        let mut choices: Option<&Vec<ChoiceItem>> = None;
        let catalogue = &self.runtime.engine().content().pictograms;
        for reply in &outcome.replies {
            match reply {
                Reply::Text(text) => texts.push(strip_isolates(text)),
                Reply::Pictogram(p) => {
                    if let Some(png) = catalogue.get(&p.id).and_then(|pictogram| {
                        self.pictures
                            .png(pictogram, IMAGE_SIDE, outcome.direction)
                            .ok()
                    }) {
                        image = Some((png, p.alt.clone()));
                    }
                }
                Reply::Choices(items) => {
                    let typed = items.iter().all(|i| i.by_number);
                    if typed
                        && let Some(cells) = cells_for(catalogue, items)
                        && let Ok(png) = self
                            .pictures
                            .board_png(&cells as &[BoardCell<'_>], outcome.direction)
                    {
                        let alt: Vec<String> = items
                            .iter()
                            .map(|i| format!("{} {}", i.number, strip_isolates(&i.label)))
                            .collect();
                        image = Some((png, alt.join(" · ")));
                    }
                    choices = Some(items);
                }
                Reply::ContactCard(card) => {
                    texts.push(
                        card.lines
                            .iter()
                            .map(|l| strip_isolates(l))
                            .collect::<Vec<_>>()
                            .join("\n"),
                    );
                }
                Reply::EraseConversation => {}
            }
        }
        if let Some((png, alt)) = image {
            let caption = TextMessageEventContent::plain(alt);
            let config = AttachmentConfig::new().caption(Some(caption));
            match room
                .send_attachment("pictogram.png", &mime::IMAGE_PNG, png, config)
                .await
            {
                Ok(_) => showing.delivered += 1,
                Err(_) => showing.failed = true,
            }
        }
        if let Some(items) = choices {
            for (index, item) in items.iter().enumerate() {
                let key = shortcut(item, index).unwrap_or("▫️");
                texts.push(format!("{key} {}", strip_isolates(&item.label)));
            }
        }
        if texts.is_empty() {
            return showing;
        }
        let body = join_paragraphs(&texts, choices.map_or(0, Vec::len));
        let sent = match room.send(RoomMessageEventContent::text_plain(body)).await {
            Ok(sent) => sent.response.event_id,
            Err(_) => {
                showing.failed = true;
                return showing;
            }
        };
        showing.delivered += 1;
        let Some(items) = choices else {
            return showing;
        };
        let shortcuts: Vec<(&'static str, String)> = items
            .iter()
            .enumerate()
            .filter_map(|(index, item)| Some((shortcut(item, index)?, item.token.clone())))
            .collect();
        for (key, _) in &shortcuts {
            let reaction =
                ReactionEventContent::new(Annotation::new(sent.clone(), (*key).to_owned()));
            if let Err(error) = room.send(reaction).await {
                tracing::debug!(%error, "Matrix: a reaction shortcut could not be added");
            }
        }
        showing.shown = Some(Shown {
            message: sent,
            shortcuts,
        });
        showing
    }

    /// Counts and logs an undelivered reply; the SDK's error is not logged (it may name the room).
    fn undelivered(&self, who: Option<&Pseudonym>, lang: &str) {
        match who {
            Some(who) => tracing::warn!(session = %who, "Matrix: a reply could not be delivered"),
            None => tracing::warn!("Matrix: a message of the handoff could not be delivered"),
        }
        if let Err(error) = self.runtime.count_undelivered(CHANNEL, lang, now_secs()) {
            tracing::warn!(%error, "could not count an undelivered reply");
        }
    }

    /// Whether the bot may redact the person's messages in this room (it is an admin of the
    /// chat when the client made it a trusted private chat, as Element does).
    async fn redacts_others(&self, room: &Room) -> bool {
        let Some(me) = self.client.user_id().map(ToOwned::to_owned) else {
            return false;
        };
        matches!(
            room.get_member_no_sync(&me).await,
            Ok(Some(member)) if member.can_redact_other()
        )
    }

    /// Quick exit: the session is already erased; the bot's events in the room are redacted,
    /// then it leaves and forgets the room. Nothing is shown there meanwhile.
    async fn quick_exit(&self, room: &Room, chat: &Chat, who: &Pseudonym) {
        // Defence in depth: a desk's tickets are the association's, never erased from here.
        if self.was_desk(room) {
            return;
        }
        let Some(me) = self.client.user_id().map(ToOwned::to_owned) else {
            return;
        };
        let mut shown = chat.shown.lock().await;
        shown.forget();
        // The person's own messages too, where the bot may (it is an admin of the chat when the
        // client made it a trusted private chat, as Element does).
        let redacts_others = self.redacts_others(room).await;
        // Messages first (what the words were), reactions after; newest first in each.
        let (mut messages, mut reactions): (Vec<OwnedEventId>, Vec<OwnedEventId>) =
            (Vec::new(), Vec::new());
        let mut from: Option<String> = None;
        loop {
            let mut options = MessagesOptions::backward().from(from.as_deref());
            options.limit = REDACT_PAGE_EVENTS.into();
            let Ok(page) = room.messages(options).await else {
                break;
            };
            if page.chunk.is_empty() {
                break;
            }
            for event in &page.chunk {
                let raw = event.raw();
                let sender = raw.get_field::<OwnedUserId>("sender").ok().flatten();
                let id = raw.get_field::<OwnedEventId>("event_id").ok().flatten();
                let kind = raw
                    .get_field::<String>("type")
                    .ok()
                    .flatten()
                    .unwrap_or_default();
                let redactable = matches!(
                    kind.as_str(),
                    "m.room.message" | "m.reaction" | "m.room.encrypted"
                );
                // Already redacted events have no content left to hide.
                let has_content = raw
                    .get_field::<serde_json::Value>("content")
                    .ok()
                    .flatten()
                    .is_some_and(|c| c.as_object().is_some_and(|o| !o.is_empty()));
                if let (Some(sender), Some(id)) = (sender, id)
                    && (sender == me || redacts_others)
                    && redactable
                    && has_content
                {
                    if kind == "m.reaction" {
                        reactions.push(id);
                    } else {
                        messages.push(id);
                    }
                }
            }
            // To the room's start, however long it is; a token that does not move ends it.
            match page.end {
                Some(end) if from.as_deref() != Some(end.as_str()) => from = Some(end),
                _ => break,
            }
        }
        messages.append(&mut reactions);
        let mut in_flight = tokio::task::JoinSet::new();
        for id in messages {
            if in_flight.len() >= REDACT_IN_FLIGHT {
                in_flight.join_next().await;
            }
            let room = room.clone();
            in_flight.spawn(async move {
                if let Err(error) = room.redact(&id, None, None).await {
                    tracing::debug!(%error, "Matrix: an event could not be redacted");
                }
            });
        }
        while in_flight.join_next().await.is_some() {}
        if let Err(error) = room.leave().await {
            tracing::warn!(session = %who, %error, "Matrix: could not leave after a quick exit");
        } else if let Err(error) = room.forget().await {
            tracing::warn!(session = %who, %error, "Matrix: could not forget the room");
        }
        if let Ok(mut rooms) = self.rooms.lock() {
            rooms.remove(room.room_id());
        }
    }
}

/// Joins a direct chat the bot is invited to, or a desk room (`desk`); other invites are left
/// alone.
async fn accept_invite(event: StrippedRoomMemberEvent, room: Room, me: &UserId, desk: bool) {
    if event.state_key != me || event.content.membership != MembershipState::Invite {
        return;
    }
    if desk {
        tracing::info!("Matrix: invited to a desk room; joining");
    } else if event.content.is_direct != Some(true) {
        tracing::info!("Matrix: an invite to a room that is not a direct chat, ignored");
        return;
    }
    // Joined outside the event handler, which runs inside the sync (waiting there for the join
    // to come back through the sync would never end); the homeserver may not know the room
    // yet: a few tries.
    tokio::spawn(async move {
        let mut pause = std::time::Duration::from_millis(200);
        for _ in 0..6 {
            match room.join().await {
                Ok(()) => return,
                Err(error) => {
                    tracing::debug!(%error, "Matrix: joining failed; trying again");
                    tokio::time::sleep(pause).await;
                    pause *= 2;
                }
            }
        }
        tracing::warn!("Matrix: could not join a room it was invited to");
    });
}

/// The texts, one paragraph each, the choices one per line at the end.
fn join_paragraphs(texts: &[String], choices: usize) -> String {
    let split = texts.len().saturating_sub(choices);
    let mut body = texts[..split].join("\n\n");
    if choices > 0 {
        if !body.is_empty() {
            body.push_str("\n\n");
        }
        body.push_str(&texts[split..].join("\n"));
    }
    body
}

/// What a Matrix message is, for the engine.
fn inbound_of(message: &MessageType) -> Inbound {
    match message {
        MessageType::Text(text) => Inbound::Text(text.body.clone()),
        MessageType::Notice(notice) => Inbound::Text(notice.body.clone()),
        MessageType::Emote(emote) => Inbound::Text(emote.body.clone()),
        MessageType::Location(location) => match parse_geo_uri(&location.geo_uri) {
            Some((lat, lon)) => Inbound::Location { lat, lon },
            None => Inbound::Unsupported(MediaKind::Other),
        },
        MessageType::Image(_) => Inbound::Unsupported(MediaKind::Photo),
        MessageType::Video(_) => Inbound::Unsupported(MediaKind::Video),
        MessageType::Audio(_) => Inbound::Unsupported(MediaKind::Voice),
        MessageType::File(_) => Inbound::Unsupported(MediaKind::Document),
        _ => Inbound::Unsupported(MediaKind::Other),
    }
}

/// `geo:44.84,-0.58;u=20` -> (44.84, -0.58).
fn parse_geo_uri(uri: &str) -> Option<(f64, f64)> {
    let coordinates = uri.strip_prefix("geo:")?.split(';').next()?;
    let mut parts = coordinates.split(',');
    let lat = parts.next()?.trim().parse().ok()?;
    let lon = parts.next()?.trim().parse().ok()?;
    Some((lat, lon))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn geo_uris_are_read() {
        assert_eq!(parse_geo_uri("geo:44.84,-0.58"), Some((44.84, -0.58)));
        assert_eq!(parse_geo_uri("geo:44.84,-0.58;u=35"), Some((44.84, -0.58)));
        assert_eq!(parse_geo_uri("44.84,-0.58"), None);
    }

    #[test]
    fn choices_come_last_one_per_line() {
        let texts = vec![
            "Hello.".to_owned(),
            "Pick.".to_owned(),
            "1️⃣ A".to_owned(),
            "2️⃣ B".to_owned(),
        ];
        assert_eq!(join_paragraphs(&texts, 2), "Hello.\n\nPick.\n\n1️⃣ A\n2️⃣ B");
    }
}
