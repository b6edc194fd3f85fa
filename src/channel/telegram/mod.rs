//! The Telegram channel (teloxide): long polling (or a webhook), one runtime step per update,
//! replies planned by [`outgoing`] and delivered with throttling and bounded retries. It only
//! translates: every conversation rule is in the engine or the content.
//!
//! Privacy (DESIGN.md P1): chat ids are turned into pseudonyms at once and never logged; the
//! message numbers a quick exit needs live only in the session; message texts are never logged.

pub mod outgoing;
mod webhook;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use teloxide::adaptors::Throttle;
use teloxide::adaptors::throttle::{Limits, Settings as ThrottleSettings};
use teloxide::payloads::{GetUpdatesSetters, SendMessageSetters, SendPhotoSetters};
use teloxide::prelude::*;
use teloxide::requests::{HasPayload, Output, Request};
use teloxide::types::{
    AllowedUpdate, ButtonRequest, FileId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile,
    KeyboardButton, KeyboardMarkup, KeyboardRemove, MessageId, ParseMode, ReplyMarkup, Update,
    UpdateKind,
};
use teloxide::{ApiError, RequestError};
use thiserror::Error;
use tokio::sync::watch;

use crate::config::TelegramSettings;
use crate::engine::{Inbound, MediaKind, Outcome, Reply, Session};
use crate::handoff::{Address, Courier, Hub};
use crate::locale::Direction;
use crate::pictogram::{BoardCell, PictogramCache};
use crate::privacy::Pseudonym;
use crate::runtime::{Runtime, RuntimeError, now_secs};

use outgoing::{Buttons, Image, Outgoing};

/// The channel name in pseudonyms and counters.
pub const CHANNEL: &str = "telegram";

/// The environment variable holding the bot token (never logged).
pub const TOKEN_ENV: &str = "TELOXIDE_TOKEN";

/// Telegram lets a bot delete messages of a private chat for 48 hours; a little less, to be safe.
pub const DELETABLE_FOR_SECS: u64 = 47 * 3600;

/// The side of a pictogram sent as a photo, in pixels.
const PHOTO_SIDE: u32 = 256;

/// How many messages one `deleteMessages` call may name.
const DELETE_BATCH: usize = 100;

/// Why the Telegram channel cannot run.
#[derive(Debug, Error)]
pub enum TelegramError {
    /// No token anywhere.
    #[error(
        "no Telegram token: set {TOKEN_ENV} or `token_file` in the [telegram] section of the config"
    )]
    NoToken,
    /// The token file cannot be read.
    #[error("Telegram token file {path}: {source}")]
    TokenFile {
        /// The file.
        path: std::path::PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The API address is not a URL.
    #[error("[telegram] api_url `{0}` is not a valid URL")]
    ApiUrl(String),
    /// Telegram refused the token or could not be reached at start.
    #[error("Telegram did not accept the bot at start ({0}); check the token and the network")]
    Start(String),
    /// The webhook could not be set up.
    #[error("Telegram webhook: {0}")]
    Webhook(String),
}

/// Whether a Telegram token is configured (environment or token file).
pub fn configured(settings: &TelegramSettings) -> bool {
    std::env::var_os(TOKEN_ENV).is_some_and(|t| !t.is_empty()) || settings.token_file.is_some()
}

/// The bot token: the environment first, then the token file.
pub fn token(settings: &TelegramSettings) -> Result<String, TelegramError> {
    if let Some(token) = std::env::var(TOKEN_ENV)
        .ok()
        .filter(|t| !t.trim().is_empty())
    {
        return Ok(token.trim().to_owned());
    }
    let path = settings.token_file.as_ref().ok_or(TelegramError::NoToken)?;
    let token = std::fs::read_to_string(path).map_err(|source| TelegramError::TokenFile {
        path: path.clone(),
        source,
    })?;
    let token = token.trim();
    if token.is_empty() {
        return Err(TelegramError::NoToken);
    }
    Ok(token.to_owned())
}

/// The HTTP client, throttled or not (the request types differ, hence [`call!`]).
enum Client {
    /// Paced to Telegram's limits (teloxide's `Throttle`, which also waits out 429 answers).
    Throttled(Throttle<Bot>),
    /// Not paced: benchmarks against a local server.
    Direct(Bot),
}

/// Builds a request with `bot` (whichever client is in use) and sends it with retries; with
/// `urgent`, past the pacing queue (the emergency numbers never wait, DESIGN.md S4).
macro_rules! call {
    ($channel:expr, $bot:ident => $request:expr) => {
        call!($channel, false, $bot => $request)
    };
    ($channel:expr, $urgent:expr, $bot:ident => $request:expr) => {
        match (&$channel.client, $urgent) {
            (Client::Throttled($bot), false) => $channel.with_retry(&$request).await,
            (Client::Throttled(throttled), true) => {
                let $bot = throttled.inner();
                $channel.with_retry(&$request).await
            }
            (Client::Direct($bot), _) => $channel.with_retry(&$request).await,
        }
    };
}

// After the macro, which it uses.
mod desk;

/// The running channel.
pub struct Telegram {
    /// The client: throttled to Telegram's limits, unless the settings say otherwise.
    client: Client,
    runtime: Arc<Runtime>,
    pictures: PictogramCache,
    /// Telegram's ids of images already uploaded, by what they show: sent again by id.
    uploaded: Mutex<HashMap<String, FileId>>,
    settings: TelegramSettings,
    /// The warm handoff, once attached.
    hub: std::sync::OnceLock<Arc<Hub>>,
}

impl Telegram {
    /// A channel over a runtime. Must be called inside a tokio runtime (the throttling worker
    /// is spawned there).
    pub fn new(
        runtime: Arc<Runtime>,
        token: &str,
        settings: TelegramSettings,
        data_dir: &std::path::Path,
    ) -> Result<Arc<Self>, TelegramError> {
        let mut bot = Bot::new(token);
        if let Some(url) = &settings.api_url {
            let url = url
                .parse()
                .map_err(|_| TelegramError::ApiUrl(url.clone()))?;
            bot = bot.set_api_url(url);
        }
        let limits = Limits {
            messages_per_sec_chat: settings.per_chat_per_sec.max(1),
            // teloxide applies `messages_per_min_chat` to private chats too: there, the
            // per-second pace is the real limit.
            messages_per_min_chat: settings.per_chat_per_sec.max(1).saturating_mul(60),
            messages_per_min_channel_or_supergroup: settings.per_group_per_min.max(1),
            messages_per_sec_overall: settings.overall_per_sec.max(1),
        };
        let client = if settings.throttle {
            Client::Throttled(Throttle::spawn_with_settings(
                bot,
                ThrottleSettings::default().limits(limits),
            ))
        } else {
            Client::Direct(bot)
        };
        Ok(Arc::new(Self {
            client,
            runtime,
            pictures: PictogramCache::new(data_dir),
            uploaded: Mutex::default(),
            settings,
            hub: std::sync::OnceLock::new(),
        }))
    }

    /// Joins the warm handoff: people's requests go through the hub, and the hub may use this
    /// channel to reach people and desks.
    pub fn attach(self: &Arc<Self>, hub: Arc<Hub>) {
        let courier: Arc<dyn Courier> = Arc::clone(self) as Arc<dyn Courier>;
        hub.register(CHANNEL, Arc::downgrade(&courier));
        let _ = self.hub.set(hub);
    }

    /// The bot without pacing: for calls Telegram does not limit (updates, webhooks).
    fn direct(&self) -> &Bot {
        match &self.client {
            Client::Throttled(throttled) => throttled.inner(),
            Client::Direct(bot) => bot,
        }
    }

    /// Checks the token with Telegram (`getMe`), so that a wrong one fails at start.
    pub async fn start(&self) -> Result<(), TelegramError> {
        call!(self, bot => bot.get_me())
            .map(|_| ())
            .map_err(|e| TelegramError::Start(describe(&e)))
    }

    /// Receives updates until `shutdown` turns true: by webhook when configured, else by long
    /// polling.
    pub async fn run(
        self: Arc<Self>,
        shutdown: watch::Receiver<bool>,
    ) -> Result<(), TelegramError> {
        self.start().await?;
        match self.settings.webhook.clone() {
            Some(webhook) => webhook::serve(self, webhook, shutdown).await,
            None => {
                self.poll(shutdown).await;
                Ok(())
            }
        }
    }

    /// Long polling, pipelined: each chat has its own queue, handled in order, while other chats
    /// go on. The offset given to Telegram is the oldest update not yet handled, so a crash or a
    /// restart never skips one (at worst one is handled twice); updates Telegram sends again
    /// because they are still in hand are recognised and not handled twice.
    async fn poll(self: Arc<Self>, mut shutdown: watch::Receiver<bool>) {
        // A webhook left from another mode would make polling fail.
        if let Err(error) = call!(self, bot => bot.delete_webhook()) {
            tracing::warn!(error = %describe(&error), "could not remove a previous webhook");
        }
        let dispatch = Dispatch::new(Arc::clone(&self));
        let mut failures: u32 = 0;
        tracing::info!("Telegram: polling for updates");
        loop {
            if *shutdown.borrow() {
                break;
            }
            // Updates are fetched once, without retry: a failure is handled below.
            let request = self
                .direct()
                .get_updates()
                .offset(dispatch.offset())
                .timeout(self.settings.poll_timeout_secs)
                .allowed_updates([AllowedUpdate::Message, AllowedUpdate::CallbackQuery]);
            let received = tokio::select! {
                received = request.send() => received,
                _ = shutdown.changed() => break,
            };
            let updates = match received {
                Ok(updates) => {
                    failures = 0;
                    updates
                }
                Err(error) => {
                    failures = failures.saturating_add(1);
                    let pause = match &error {
                        RequestError::RetryAfter(after) => after.duration(),
                        _ => backoff(self.settings.retry_backoff_ms, failures)
                            .min(Duration::from_secs(30)),
                    };
                    tracing::warn!(error = %describe(&error), ?pause, "Telegram: could not get updates; trying again");
                    tokio::select! {
                        () = tokio::time::sleep(pause) => continue,
                        _ = shutdown.changed() => break,
                    }
                }
            };
            let fresh = dispatch.dispatch(updates);
            // Telegram sends the updates in hand again with every poll: poll again when there
            // is room for new ones, not after every update done.
            let wait_for = if dispatch.in_hand() > WINDOW / 2 {
                WINDOW / 2
            } else if fresh == 0 && dispatch.in_hand() > 0 {
                dispatch.in_hand() - 1
            } else {
                continue;
            };
            tokio::select! {
                () = dispatch.down_to(wait_for) => {}
                () = tokio::time::sleep(Duration::from_millis(200)) => {}
                _ = shutdown.changed() => break,
            }
        }
        // Finish what is in hand (bounded), then confirm it, so that the next start does not
        // receive it again.
        let finishing = tokio::time::timeout(Duration::from_secs(30), async {
            dispatch.drained().await;
            dispatch.close().await;
        })
        .await;
        if finishing.is_err() {
            tracing::warn!(
                in_hand = dispatch.in_hand(),
                "Telegram: stopping with updates in hand; they will come again"
            );
        }
        let _ = self
            .direct()
            .get_updates()
            .offset(dispatch.offset())
            .timeout(0)
            .limit(1)
            .send()
            .await;
        tracing::info!("Telegram: stopped");
    }

    /// One update, remembering at once the messages it shows (webhook mode, where no worker
    /// keeps them until the chat's next update).
    pub(super) async fn handle_update_now(&self, update: Update) {
        let mut shown = Shown::default();
        let urgent = self.is_urgent(&update);
        self.handle_update(update, &mut shown, urgent).await;
        self.flush(&mut shown).await;
    }

    /// Whether an update leads to the emergency numbers whatever the conversation waits for
    /// (danger words, the danger choice typed or pressed on any message): its answer is sent
    /// ahead of the chat's queue and past the pacing.
    fn is_urgent(&self, update: &Update) -> bool {
        let inbound = match &update.kind {
            UpdateKind::Message(message) if message.chat.is_private() => inbound_of(message),
            UpdateKind::CallbackQuery(query) => {
                Inbound::Button(query.data.clone().unwrap_or_default())
            }
            _ => return false,
        };
        self.runtime.engine().is_urgent(&inbound)
    }

    /// One update: a message or a button press in a private chat. Anything else (groups,
    /// channels) is ignored: the bot never writes first and answers people only. The messages
    /// it shows are added to `shown`, to be remembered with the chat's next update.
    async fn handle_update(&self, update: Update, shown: &mut Shown, urgent: bool) {
        match update.kind {
            UpdateKind::Message(message) => {
                if !message.chat.is_private() {
                    return self.desk_message(&message).await;
                }
                let inbound = inbound_of(&message);
                self.step(message.chat.id, inbound, Some(message.id), shown, urgent)
                    .await;
            }
            UpdateKind::CallbackQuery(query) => {
                // Always answered, so that the button stops spinning, whatever the data.
                if let Err(error) =
                    call!(self, urgent, bot => bot.answer_callback_query(query.id.clone()))
                {
                    tracing::debug!(error = %describe(&error), "could not answer a button press");
                }
                let chat = match &query.message {
                    Some(message) if !message.chat().is_private() => return,
                    Some(message) => message.chat().id,
                    None => ChatId(i64::try_from(query.from.id.0).unwrap_or_default()),
                };
                let inbound = Inbound::Button(query.data.clone().unwrap_or_default());
                self.step(chat, inbound, None, shown, urgent).await;
            }
            _ => {}
        }
    }

    /// Runs the engine for one inbound event and shows what it says. The store is synchronous
    /// but quick (microseconds): it runs on the async worker.
    async fn step(
        &self,
        chat: ChatId,
        inbound: Inbound,
        incoming: Option<MessageId>,
        shown: &mut Shown,
        urgent: bool,
    ) {
        let who = self.runtime.pseudonym(CHANNEL, &chat.0.to_string());
        let now = now_secs();
        let mut before: Vec<i64> = std::mem::take(&mut shown.ids);
        before.extend(incoming.map(|m| i64::from(m.0)));
        let outcome =
            match self
                .runtime
                .handle_shown(&who, inbound, now, Some(self.fresh()), &before)
            {
                Ok(outcome) => outcome,
                Err(error) => {
                    // Kept for the next step: nothing shown is forgotten.
                    shown.ids = before;
                    return self.failed(&who, &error);
                }
            };
        let person = Address {
            channel: CHANNEL.to_owned(),
            chat: chat.0.to_string(),
        };
        let hub = self.hub.get().map(Arc::as_ref);
        let outcome = Hub::settle(hub, &self.runtime, &who, &person, outcome, now).await;
        let erased = outcome.replies.contains(&Reply::EraseConversation);
        if erased {
            self.erase(chat, &outcome, now).await;
        }
        for message in self.plan(&outcome) {
            match self
                .deliver(chat, &message, outcome.direction, urgent)
                .await
            {
                Ok(id) if !erased => shown.ids.push(i64::from(id.0)),
                Ok(_) => {}
                Err(error) => self.undelivered(&who, &outcome, &error, now),
            }
        }
        shown.who = (!erased).then_some(who);
    }

    /// The messages that show an outcome (the location button labelled in its language).
    fn plan(&self, outcome: &Outcome) -> Vec<Outgoing> {
        let share = self
            .runtime
            .engine()
            .content()
            .locales
            .format(&outcome.lang, "share-location", None)
            .unwrap_or_default();
        outgoing::plan(outcome, &share)
    }

    /// Remembers messages shown and not yet remembered (a chat's worker stopping).
    async fn flush(&self, shown: &mut Shown) {
        let ids = std::mem::take(&mut shown.ids);
        if let Some(who) = shown.who.take()
            && let Err(error) = self.runtime.remember_visible(&who, &ids, now_secs())
        {
            tracing::warn!(%error, "Telegram: could not remember the messages shown");
        }
    }

    /// What a new session starts with here: the channel, for the texts that say what a quick
    /// exit can erase (Telegram deletes messages up to 48 hours old).
    fn fresh(&self) -> Session {
        Session {
            channel: Some(CHANNEL.to_owned()),
            ..Session::default()
        }
    }

    fn failed(&self, who: &Pseudonym, error: &RuntimeError) {
        tracing::error!(session = %who, %error, "Telegram: the runtime could not handle a message");
    }

    fn undelivered(&self, who: &Pseudonym, outcome: &Outcome, error: &RequestError, now: u64) {
        tracing::warn!(session = %who, error = %describe(error), "Telegram: a reply could not be delivered");
        if let Err(error) = self.runtime.count_undelivered(CHANNEL, &outcome.lang, now) {
            tracing::warn!(%error, "could not count an undelivered reply");
        }
    }

    /// Quick exit: deletes both sides' messages Telegram still allows (under 48 hours), the exit
    /// message itself included (it was remembered with the step).
    async fn erase(&self, chat: ChatId, outcome: &Outcome, now: u64) {
        let ids = deletable(&outcome.erase_visible, now);
        for batch in ids.chunks(DELETE_BATCH) {
            if let Err(error) = call!(self, bot => bot.delete_messages(chat, batch.iter().copied()))
            {
                tracing::warn!(error = %describe(&error), "Telegram: could not delete messages on exit");
            }
        }
    }

    /// Sends one planned message, in a language written in `direction`; returns its message
    /// id. An image that cannot be drawn is left out rather than losing the text.
    async fn deliver(
        &self,
        chat: ChatId,
        message: &Outgoing,
        direction: Direction,
        urgent: bool,
    ) -> Result<MessageId, RequestError> {
        let markup = markup(&message.buttons);
        let image = message
            .image
            .as_ref()
            .and_then(|image| self.photo(image, direction));
        let Some((key, photo, uploading)) = image else {
            let sent = call!(self, urgent, bot => {
                let request = bot.send_message(chat, message.html.clone()).parse_mode(ParseMode::Html);
                match markup.clone() {
                    Some(markup) => request.reply_markup(markup),
                    None => request,
                }
            })?;
            return Ok(sent.id);
        };
        let caption = (!message.html.is_empty()).then(|| message.html.clone());
        let sent = call!(self, urgent, bot => {
            let mut request = bot.send_photo(chat, photo.clone()).parse_mode(ParseMode::Html);
            if let Some(caption) = caption.clone() {
                request = request.caption(caption);
            }
            match markup.clone() {
                Some(markup) => request.reply_markup(markup),
                None => request,
            }
        })?;
        if uploading
            && let Some(largest) = sent
                .photo()
                .and_then(|sizes| sizes.iter().max_by_key(|s| s.width))
            && let Ok(mut uploaded) = self.uploaded.lock()
        {
            uploaded.insert(key, largest.file.id.clone());
        }
        Ok(sent.id)
    }

    /// The photo for an image, for a language written in `direction` (pictograms that point a
    /// way are mirrored right to left): by id when Telegram has it already, else uploaded.
    fn photo(&self, image: &Image, direction: Direction) -> Option<(String, InputFile, bool)> {
        let catalogue = &self.runtime.engine().content().pictograms;
        // A mirrored drawing is another photo.
        let facing = |id: &str| {
            if catalogue.get(id).is_some_and(|p| p.mirrored(direction)) {
                "~mirrored"
            } else {
                ""
            }
        };
        let key = match image {
            Image::Pictogram(id) => format!("p:{id}{}", facing(id)),
            Image::Board(cells) => {
                let parts: Vec<String> = cells
                    .iter()
                    .map(|(n, p)| {
                        let id = p.as_deref().unwrap_or("");
                        format!("{n}={id}{}", facing(id))
                    })
                    .collect();
                format!("b:{}", parts.join(","))
            }
        };
        if let Some(id) = self.uploaded.lock().ok().and_then(|u| u.get(&key).cloned()) {
            return Some((key, InputFile::file_id(id), false));
        }
        let png = match image {
            Image::Pictogram(id) => catalogue
                .get(id)
                .ok_or_else(|| format!("unknown pictogram `{id}`"))
                .and_then(|p| {
                    self.pictures
                        .png(p, PHOTO_SIDE, direction)
                        .map_err(|e| e.to_string())
                }),
            Image::Board(cells) => {
                let cells: Vec<BoardCell<'_>> = cells
                    .iter()
                    .map(|(number, id)| BoardCell {
                        number: *number,
                        pictogram: id.as_deref().and_then(|id| catalogue.get(id)),
                    })
                    .collect();
                self.pictures
                    .board_png(&cells, direction)
                    .map_err(|e| e.to_string())
            }
        };
        match png {
            Ok(png) => Some((key, InputFile::memory(png).file_name("pictogram.png"), true)),
            Err(error) => {
                tracing::warn!(%error, "Telegram: a pictogram could not be drawn; sending the text alone");
                None
            }
        }
    }

    /// Sends a request, again on network and server errors (bounded, with a doubling pause) and
    /// after the pause Telegram asks for on a 429.
    async fn with_retry<R>(&self, request: &R) -> Result<Output<R>, RequestError>
    where
        R: Request<Err = RequestError> + HasPayload,
    {
        let attempts = self.settings.retry_attempts.max(1);
        let mut attempt = 0;
        loop {
            attempt += 1;
            let error = match request.send_ref().await {
                Ok(output) => return Ok(output),
                Err(error) => error,
            };
            let pause = match &error {
                RequestError::RetryAfter(after) => after.duration(),
                _ if transient(&error) => backoff(self.settings.retry_backoff_ms, attempt),
                _ => return Err(error),
            };
            if attempt >= attempts {
                return Err(error);
            }
            tracing::debug!(error = %describe(&error), ?pause, attempt, "Telegram: trying again");
            tokio::time::sleep(pause).await;
        }
    }
}

/// Messages a chat's last step showed, not yet remembered in its session.
#[derive(Default)]
struct Shown {
    who: Option<Pseudonym>,
    ids: Vec<i64>,
}

/// Updates in hand, by chat: one queue and one worker per chat, so that a chat's messages are
/// handled in order and a slow chat never holds the others up.
struct Dispatch {
    channel: Arc<Telegram>,
    state: Mutex<DispatchState>,
    done: tokio::sync::Notify,
}

#[derive(Default)]
struct DispatchState {
    /// Received, not yet handled.
    in_hand: std::collections::BTreeSet<u32>,
    /// The highest update id received so far.
    received_up_to: Option<u32>,
    /// Each chat's queue (its worker stops when the queue stays empty).
    queues: HashMap<i64, tokio::sync::mpsc::UnboundedSender<Update>>,
    /// Each chat's latest urgent update: the updates queued before it are not answered (their
    /// answers would push the emergency numbers off the screen and lead the conversation away
    /// from them).
    urgent_from: HashMap<i64, u32>,
    /// Updates dropped that way, for the log.
    superseded: u64,
    /// The chats' workers.
    workers: tokio::task::JoinSet<()>,
}

/// The most updates one `getUpdates` returns (Telegram's limit).
const WINDOW: usize = 100;

/// How long a chat's worker waits for more before stopping.
const CHAT_IDLE: Duration = Duration::from_secs(30);

impl Dispatch {
    fn new(channel: Arc<Telegram>) -> Arc<Self> {
        Arc::new(Self {
            channel,
            state: Mutex::default(),
            done: tokio::sync::Notify::new(),
        })
    }

    fn state(&self) -> std::sync::MutexGuard<'_, DispatchState> {
        // The state stays consistent under a panic of a holder: every change is one step.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The offset for `getUpdates`: the oldest update in hand, else the next one.
    fn offset(&self) -> i32 {
        let state = self.state();
        let next = state
            .in_hand
            .first()
            .copied()
            .or_else(|| state.received_up_to.map(|r| r.saturating_add(1)))
            .unwrap_or(0);
        i32::try_from(next).unwrap_or(i32::MAX)
    }

    fn in_hand(&self) -> usize {
        self.state().in_hand.len()
    }

    /// Hands new updates to their chats' queues; returns how many were new.
    fn dispatch(self: &Arc<Self>, updates: Vec<Update>) -> usize {
        let mut fresh = 0;
        let mut state = self.state();
        for update in updates {
            let id = update.id.0;
            if state.received_up_to.is_some_and(|r| id <= r) {
                continue;
            }
            state.received_up_to = Some(id);
            fresh += 1;
            let Some(chat) = chat_of(&update) else {
                continue;
            };
            state.in_hand.insert(id);
            if self.channel.is_urgent(&update) {
                // Ahead of the chat's queue, sent past the pacing. The chat's worker may be
                // sending the step in hand meanwhile; the engine's step for this one runs now.
                if state.queues.get(&chat).is_some_and(|q| !q.is_closed()) {
                    state.urgent_from.insert(chat, id);
                }
                let dispatch = Arc::clone(self);
                state.workers.spawn(async move {
                    let mut shown = Shown::default();
                    dispatch
                        .channel
                        .handle_update(update, &mut shown, true)
                        .await;
                    dispatch.channel.flush(&mut shown).await;
                    dispatch.state().in_hand.remove(&id);
                    dispatch.done.notify_waiters();
                });
                continue;
            }
            let update = match state.queues.get(&chat) {
                Some(queue) => match queue.send(update) {
                    Ok(()) => continue,
                    Err(refused) => refused.0,
                },
                None => update,
            };
            // No live worker for this chat: start one.
            let (queue, inbox) = tokio::sync::mpsc::unbounded_channel();
            let _ = queue.send(update);
            state.queues.insert(chat, queue);
            state.workers.spawn(Arc::clone(self).work(inbox));
        }
        state.queues.retain(|_, q| !q.is_closed());
        let DispatchState {
            queues,
            urgent_from,
            ..
        } = &mut *state;
        // Memory only, and only while the chat's queue lives.
        urgent_from.retain(|chat, _| queues.contains_key(chat));
        while state.workers.try_join_next().is_some() {}
        fresh
    }

    /// Stops the workers once their queues are empty; each remembers what it showed.
    async fn close(&self) {
        let mut workers = {
            let mut state = self.state();
            state.queues.clear();
            std::mem::take(&mut state.workers)
        };
        while workers.join_next().await.is_some() {}
    }

    /// One chat's worker: its updates in order, until its queue stays empty.
    async fn work(self: Arc<Self>, mut inbox: tokio::sync::mpsc::UnboundedReceiver<Update>) {
        let mut shown = Shown::default();
        loop {
            let update = match tokio::time::timeout(CHAT_IDLE, inbox.recv()).await {
                Ok(Some(update)) => update,
                Ok(None) | Err(_) => {
                    inbox.close();
                    // Updates queued between the timeout and the close are still handled.
                    match inbox.recv().await {
                        Some(update) => update,
                        None => {
                            self.channel.flush(&mut shown).await;
                            return;
                        }
                    }
                }
            };
            let id = update.id.0;
            let superseded = chat_of(&update).is_some_and(|chat| {
                self.state()
                    .urgent_from
                    .get(&chat)
                    .is_some_and(|urgent| id < *urgent)
            });
            if superseded {
                let dropped = {
                    let mut state = self.state();
                    state.superseded = state.superseded.saturating_add(1);
                    state.superseded
                };
                tracing::info!(
                    dropped,
                    "Telegram: an update queued before the emergency numbers is not answered"
                );
            } else {
                self.channel.handle_update(update, &mut shown, false).await;
            }
            self.state().in_hand.remove(&id);
            self.done.notify_waiters();
        }
    }

    /// Resolves when at most `count` updates are in hand.
    async fn down_to(&self, count: usize) {
        loop {
            let notified = self.done.notified();
            if self.in_hand() <= count {
                return;
            }
            notified.await;
        }
    }

    /// Resolves when nothing is in hand.
    async fn drained(&self) {
        self.down_to(0).await;
    }
}

/// The messages Telegram still lets a bot delete (under 48 hours), each once, in order.
fn deletable(visible: &[crate::engine::VisibleMessage], now: u64) -> Vec<MessageId> {
    let mut ids: Vec<MessageId> = visible
        .iter()
        .filter(|m| now.saturating_sub(m.at) < DELETABLE_FOR_SECS)
        .filter_map(|m| i32::try_from(m.id).ok().map(MessageId))
        .collect();
    ids.sort_by_key(|m| m.0);
    ids.dedup();
    ids
}

/// The pause before attempt `attempt + 1`: `first_ms`, doubled each time, at most 32 times it.
fn backoff(first_ms: u64, attempt: u32) -> Duration {
    Duration::from_millis(first_ms.saturating_mul(1 << attempt.saturating_sub(1).min(5)))
}

/// Errors worth trying again: the network, a reply that is not Telegram's JSON (a proxy's
/// error page), and Telegram's own server errors.
fn transient(error: &RequestError) -> bool {
    match error {
        RequestError::Network(_) | RequestError::Io(_) | RequestError::InvalidJson { .. } => true,
        RequestError::Api(ApiError::Unknown(text)) => {
            let text = text.to_ascii_lowercase();
            [
                "internal server error",
                "bad gateway",
                "service unavailable",
                "gateway timeout",
                "too many requests",
            ]
            .iter()
            .any(|t| text.contains(t))
        }
        _ => false,
    }
}

/// An error in words that never carry the token (network errors name the URL, which holds it)
/// nor a chat id.
fn describe(error: &RequestError) -> String {
    match error {
        RequestError::Api(api) => format!("Telegram refused: {api}"),
        RequestError::MigrateToChatId(_) => "the group moved to a supergroup".into(),
        RequestError::RetryAfter(after) => format!("too many requests: retry after {after}"),
        RequestError::Network(e) if e.is_timeout() => "network: timed out".into(),
        RequestError::Network(e) if e.is_connect() => "network: cannot connect".into(),
        RequestError::Network(_) => "network error".into(),
        RequestError::InvalidJson { .. } => "the answer was not Telegram's JSON".into(),
        RequestError::Io(e) => format!("I/O: {}", e.kind()),
    }
}

/// The chat an update belongs to (a button press: the chat of its message, or the person).
fn chat_of(update: &Update) -> Option<i64> {
    match &update.kind {
        UpdateKind::Message(message) => Some(message.chat.id.0),
        UpdateKind::CallbackQuery(query) => Some(
            query
                .message
                .as_ref()
                .map_or(i64::try_from(query.from.id.0).unwrap_or_default(), |m| {
                    m.chat().id.0
                }),
        ),
        _ => None,
    }
}

/// What a Telegram message is, for the engine.
fn inbound_of(message: &Message) -> Inbound {
    if let Some(text) = message.text() {
        return Inbound::Text(without_bot_name(text));
    }
    if let Some(location) = message.location() {
        return Inbound::Location {
            lat: location.latitude,
            lon: location.longitude,
        };
    }
    let kind = if message.photo().is_some() {
        MediaKind::Photo
    } else if message.video().is_some() || message.video_note().is_some() {
        MediaKind::Video
    } else if message.sticker().is_some() || message.animation().is_some() {
        MediaKind::Sticker
    } else if message.voice().is_some() || message.audio().is_some() {
        MediaKind::Voice
    } else if message.document().is_some() {
        MediaKind::Document
    } else if message.contact().is_some() {
        MediaKind::Contact
    } else {
        MediaKind::Other
    };
    Inbound::Unsupported(kind)
}

/// `/start@PasserelleBot l-fr` -> `/start l-fr`.
fn without_bot_name(text: &str) -> String {
    match text.split_once(' ') {
        Some((command, rest)) if command.starts_with('/') => {
            let command = command.split('@').next().unwrap_or(command);
            format!("{command} {rest}")
        }
        None if text.starts_with('/') => text.split('@').next().unwrap_or(text).to_owned(),
        _ => text.to_owned(),
    }
}

/// Telegram's reply markup for planned buttons.
fn markup(buttons: &Buttons) -> Option<ReplyMarkup> {
    match buttons {
        Buttons::None => None,
        Buttons::Inline(rows) => Some(ReplyMarkup::InlineKeyboard(InlineKeyboardMarkup::new(
            rows.iter().map(|(label, token)| {
                vec![InlineKeyboardButton::callback(label.clone(), token.clone())]
            }),
        ))),
        Buttons::RemoveKeyboard => Some(ReplyMarkup::KeyboardRemove(KeyboardRemove::new())),
        Buttons::AskLocation { share, labels } => {
            let mut rows = vec![vec![
                KeyboardButton::new(share.clone()).request(ButtonRequest::Location),
            ]];
            rows.extend(labels.iter().map(|l| vec![KeyboardButton::new(l.clone())]));
            Some(ReplyMarkup::Keyboard(
                KeyboardMarkup::new(rows)
                    .one_time_keyboard()
                    .resize_keyboard(),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bot_name_is_dropped_from_commands_only() {
        assert_eq!(without_bot_name("/start@PasserelleBot l-fr"), "/start l-fr");
        assert_eq!(without_bot_name("/help@PasserelleBot"), "/help");
        assert_eq!(
            without_bot_name("mail me@example.org"),
            "mail me@example.org"
        );
    }

    fn message(body: serde_json::Value) -> Message {
        let mut message = serde_json::json!({
            "message_id": 7, "date": 1_800_000_000,
            "chat": { "id": 5, "type": "private", "first_name": "P" },
            "from": { "id": 5, "is_bot": false, "first_name": "P" },
        });
        for (k, v) in body.as_object().expect("object") {
            message[k] = v.clone();
        }
        serde_json::from_value(message).expect("a Telegram message")
    }

    #[test]
    fn every_kind_of_message_becomes_an_inbound_event() {
        use serde_json::json;
        let file = |id: &str| json!({ "file_id": id, "file_unique_id": id });
        let cases = [
            (
                json!({ "text": "/start@Bot l-fr" }),
                Inbound::Text("/start l-fr".into()),
            ),
            (
                json!({ "location": { "latitude": 44.8, "longitude": -0.5 } }),
                Inbound::Location {
                    lat: 44.8,
                    lon: -0.5,
                },
            ),
            (
                json!({ "photo": [{ "file_id": "p", "file_unique_id": "p", "width": 9, "height": 9 }] }),
                Inbound::Unsupported(MediaKind::Photo),
            ),
            (
                json!({ "video": { "file_id": "v", "file_unique_id": "v", "width": 9, "height": 9, "duration": 1, "mime_type": "video/mp4" } }),
                Inbound::Unsupported(MediaKind::Video),
            ),
            (
                json!({ "voice": { "file_id": "o", "file_unique_id": "o", "duration": 1, "mime_type": "audio/ogg" } }),
                Inbound::Unsupported(MediaKind::Voice),
            ),
            (
                json!({ "document": file("d") }),
                Inbound::Unsupported(MediaKind::Document),
            ),
            (
                json!({ "contact": { "phone_number": "+33600000000", "first_name": "X" } }),
                Inbound::Unsupported(MediaKind::Contact),
            ),
        ];
        for (body, expected) in cases {
            assert_eq!(inbound_of(&message(body.clone())), expected, "{body}");
        }
    }

    #[test]
    fn only_messages_under_48_hours_are_deleted_each_once() {
        use crate::engine::VisibleMessage;
        let now = 1_000_000;
        let visible = [
            VisibleMessage {
                id: 3,
                at: now - 10,
            },
            VisibleMessage {
                id: 1,
                at: now - 48 * 3600,
            },
            VisibleMessage {
                id: 2,
                at: now - 3600,
            },
            VisibleMessage { id: 3, at: now - 5 },
        ];
        assert_eq!(deletable(&visible, now), vec![MessageId(2), MessageId(3)]);
    }

    #[test]
    fn backoff_doubles_and_stops_growing() {
        assert_eq!(backoff(100, 1), Duration::from_millis(100));
        assert_eq!(backoff(100, 2), Duration::from_millis(200));
        assert_eq!(backoff(100, 50), Duration::from_millis(3200));
    }

    #[test]
    fn server_errors_are_transient_refusals_are_not() {
        assert!(transient(&RequestError::Api(ApiError::Unknown(
            "Bad Gateway".into()
        ))));
        assert!(!transient(&RequestError::Api(ApiError::BotBlocked)));
        assert!(!transient(&RequestError::Api(ApiError::Unknown(
            "Bad Request: chat not found".into()
        ))));
    }
}
