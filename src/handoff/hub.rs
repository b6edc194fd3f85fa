//! The handoff hub: posts consented requests to desks, relays both ways, obeys staff commands,
//! and falls back to the association's card and the emergency numbers whenever a human cannot
//! be reached. Channels plug in as couriers, so a person on one channel can be answered from a
//! desk on another.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, Weak};

use thiserror::Error;

use super::desk::{Desk, DeskChannel, Desks};
use super::route::{Address, Route, RouteError, RouteKey, SealedRoute, TicketCode};
use super::staff::{StaffCommand, StaffMessage, parse_staff};
use crate::engine::{
    DeskText, EndReason, HandoffEvent, HandoffNotice, HandoffRequest, Outcome, Relay, ReplyPrefix,
    Session,
};
use crate::privacy::Pseudonym;
use crate::runtime::{Runtime, RuntimeError};
use crate::store::StoreError;

/// A future a courier returns (boxed, so that couriers can be chosen at run time).
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A channel's delivery failed. The text never holds a platform id.
#[derive(Debug, Error)]
#[error("{0}")]
pub struct CourierError(pub String);

/// What a channel does for the hub.
pub trait Courier: Send + Sync {
    /// Shows an outcome in a person's private chat, and remembers what it showed for a quick
    /// exit, as the channel does for its own replies.
    fn to_person<'a>(
        &'a self,
        chat: &'a str,
        outcome: &'a Outcome,
    ) -> BoxFuture<'a, Result<(), CourierError>>;

    /// Posts a text in a desk room: in the thread of `thread` (Matrix) or as a reply to it
    /// (Telegram) when given. Returns the posted message's id.
    fn to_desk<'a>(
        &'a self,
        room: &'a str,
        text: &'a str,
        thread: Option<&'a str>,
    ) -> BoxFuture<'a, Result<String, CourierError>>;
}

/// A message posted in a desk room, as a channel received it.
#[derive(Debug, Clone, PartialEq)]
pub struct DeskInbound {
    /// The channel.
    pub channel: DeskChannel,
    /// The room or group.
    pub room: String,
    /// The message it answers: its thread's root (Matrix) or the message it replies to.
    pub refers_to: Option<String>,
    /// Whether the sender is a member of the room (the channel checked).
    pub sender_is_member: bool,
    /// What they wrote.
    pub text: String,
}

/// Timers of the handoff.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HandoffTimes {
    /// Staff should answer within this (seconds); then the person gets the fallback.
    pub answer_within_secs: u64,
    /// A route silent this long is dropped (seconds).
    pub expire_after_secs: u64,
}

impl HandoffTimes {
    /// How often the hub looks for unanswered requests and expired routes: often enough that
    /// the fallback comes close to the delay, and at least every 30 seconds.
    pub fn upkeep_every_secs(&self) -> u64 {
        (self.answer_within_secs / 10).clamp(1, 30)
    }
}

impl Default for HandoffTimes {
    fn default() -> Self {
        Self {
            answer_within_secs: 30 * 60,
            expire_after_secs: 14 * 24 * 3600,
        }
    }
}

/// Why the hub could not do something (logged, never shown to the person as such).
#[derive(Debug, Error)]
pub enum HubError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The runtime failed.
    #[error(transparent)]
    Runtime(#[from] RuntimeError),
    /// A route could not be sealed or opened.
    #[error(transparent)]
    Route(#[from] RouteError),
}

/// Tickets are handled one event at a time each; this many locks are shared by all.
const TICKET_LOCKS: usize = 64;
/// Attempts to draw an unused ticket code.
const CODE_ATTEMPTS: usize = 8;

/// The handoff hub.
pub struct Hub {
    runtime: Arc<Runtime>,
    desks: Desks,
    key: RouteKey,
    times: HandoffTimes,
    reply_prefix: ReplyPrefix,
    couriers: Mutex<HashMap<&'static str, Weak<dyn Courier>>>,
    locks: Vec<tokio::sync::Mutex<()>>,
}

impl Hub {
    /// A hub over the runtime (its store and secret) and the checked desks; staff replies
    /// start with each language's `relay-staff-prefix`.
    pub fn new(runtime: Arc<Runtime>, desks: Desks, times: HandoffTimes) -> Arc<Self> {
        Self::with_reply_prefix(runtime, desks, times, ReplyPrefix::default())
    }

    /// A hub whose staff replies start with the operator's checked prefix
    /// (`[handoff] reply_prefix`) where it sets one.
    pub fn with_reply_prefix(
        runtime: Arc<Runtime>,
        desks: Desks,
        times: HandoffTimes,
        reply_prefix: ReplyPrefix,
    ) -> Arc<Self> {
        let key = RouteKey::of(runtime.secret());
        Arc::new(Self {
            runtime,
            desks,
            key,
            times,
            reply_prefix,
            couriers: Mutex::default(),
            locks: (0..TICKET_LOCKS)
                .map(|_| tokio::sync::Mutex::new(()))
                .collect(),
        })
    }

    /// A channel offers to carry messages (held weakly: a stopped channel is just gone).
    pub fn register(&self, channel: &'static str, courier: Weak<dyn Courier>) {
        self.couriers
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(channel, courier);
    }

    /// Its timers.
    pub fn times(&self) -> HandoffTimes {
        self.times
    }

    /// Whether a room is a desk.
    pub fn is_desk(&self, channel: DeskChannel, room: &str) -> bool {
        self.desks.in_room(channel, room).is_some()
    }

    /// The rooms of every desk on a channel.
    pub fn desk_rooms(&self, channel: DeskChannel) -> Vec<String> {
        self.desks
            .all()
            .filter(|desk| desk.channel == channel)
            .map(|desk| desk.room.clone())
            .collect()
    }

    fn courier(&self, channel: &str) -> Option<Arc<dyn Courier>> {
        self.couriers
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(channel)
            .and_then(Weak::upgrade)
    }

    async fn lock(&self, code: &TicketCode) -> tokio::sync::MutexGuard<'_, ()> {
        let stripe = code.as_str().bytes().fold(0usize, |h, b| {
            h.wrapping_mul(31).wrapping_add(usize::from(b))
        }) % self.locks.len();
        self.locks[stripe].lock().await
    }

    /// For a channel after a person's step: with a hub, what [`Hub::follow`] does; without
    /// one, a consented request gets the honest fallback (the card and the numbers).
    pub async fn settle(
        hub: Option<&Self>,
        runtime: &Runtime,
        who: &Pseudonym,
        person: &Address,
        outcome: Outcome,
        now: u64,
    ) -> Outcome {
        if outcome.handoff.is_none() {
            return outcome;
        }
        match hub {
            Some(hub) => hub.follow(who, person, outcome, now).await,
            None => match runtime.without_desk(who, outcome.clone(), now) {
                Ok(outcome) => outcome,
                Err(error) => {
                    tracing::error!(session = %who, %error, "handoff: the fallback could not be given");
                    outcome
                }
            },
        }
    }

    /// After a person's step: does what the engine asked (post, relay, end) and returns what
    /// to show the person, with what the hub has to say added.
    pub async fn follow(
        &self,
        who: &Pseudonym,
        person: &Address,
        mut outcome: Outcome,
        now: u64,
    ) -> Outcome {
        let notice = match outcome.handoff.take() {
            None => return outcome,
            Some(HandoffEvent::Open(request)) => Some(self.open(who, person, request, now).await),
            Some(HandoffEvent::Relay { ticket, text }) => {
                self.relay_from_person(&ticket, &text, now).await
            }
            Some(HandoffEvent::End { ticket, why }) => {
                self.end_by_person(&ticket, why, now).await;
                None
            }
        };
        let Some(notice) = notice else {
            return outcome;
        };
        match self.runtime.notice(who, notice, now, None) {
            Ok(more) => {
                outcome.replies.extend(more.replies);
                outcome.session = more.session;
            }
            Err(error) => {
                tracing::error!(%error, "handoff: the person's session could not be updated")
            }
        }
        outcome
    }

    /// Posts a consented request in the desk of the association the person was matched with;
    /// if it cannot take it (no desk, closed, unreachable), in a regional desk that covers the
    /// person's département and takes their request; else says why the association's own desk
    /// could not, and the engine gives its verified contacts or the national lines.
    async fn open(
        &self,
        who: &Pseudonym,
        person: &Address,
        request: HandoffRequest,
        now: u64,
    ) -> HandoffNotice {
        let own = request
            .association
            .as_deref()
            .and_then(|a| self.desks.of(a));
        let refused = match (&request.association, own) {
            (None, _) => HandoffNotice::NoDesk { association: None },
            (Some(association), None) => HandoffNotice::NoDesk {
                association: Some(association.clone()),
            },
            (Some(_), Some(desk)) => {
                match self.post(desk, who, person, &request, None, now).await {
                    Ok(opened) => {
                        self.count("opened", &request.lang, now);
                        return opened;
                    }
                    Err(refused) => refused,
                }
            }
        };
        let regional = request
            .dept
            .as_deref()
            .map(|dept| self.desks.regional_for(dept, &request.lang, request.minor))
            .unwrap_or_default();
        let instead_of = request.association.as_deref();
        for desk in regional
            .into_iter()
            .filter(|d| own.is_none_or(|own| own.association != d.association))
        {
            let posted = self
                .post(desk, who, person, &request, Some(instead_of), now)
                .await;
            if let Ok(opened) = posted {
                self.count("opened-regional", &request.lang, now);
                return opened;
            }
        }
        let what = match &refused {
            HandoffNotice::DeskClosed { .. } => "desk-closed",
            HandoffNotice::DeskFailed { .. } => "desk-failed",
            _ => "no-desk",
        };
        self.count(what, &request.lang, now);
        refused
    }

    /// Posts a request in one desk (`regional`: as a regional desk, for the association whose
    /// own desk could not take it, if any): the notice for the person, or why it could not be
    /// posted there.
    async fn post(
        &self,
        desk: &Desk,
        who: &Pseudonym,
        person: &Address,
        request: &HandoffRequest,
        regional: Option<Option<&str>>,
        now: u64,
    ) -> Result<HandoffNotice, HandoffNotice> {
        let association = desk.association.clone();
        let Some(courier) = self.courier(desk.channel.name()) else {
            tracing::warn!(
                channel = desk.channel.name(),
                "handoff: a desk's channel is not running; the request goes on to the fallback"
            );
            return Err(HandoffNotice::NoDesk {
                association: Some(association),
            });
        };
        if !self.desks.is_open(desk, now) {
            return Err(HandoffNotice::DeskClosed { association });
        }
        let failed = HandoffNotice::DeskFailed {
            association: association.clone(),
        };
        let code = match self.fresh_code() {
            Ok(code) => code,
            Err(error) => {
                tracing::error!(%error, "handoff: no ticket code");
                return Err(failed);
            }
        };
        let _guard = self.lock(&code).await;
        let matched_name = regional.map(|instead_of| {
            instead_of.map(|id| {
                self.runtime
                    .engine()
                    .content()
                    .directory
                    .association(id)
                    .map_or_else(|| id.to_owned(), |a| a.name.clone())
            })
        });
        let text = self.ticket_text(
            desk,
            &code,
            request,
            None,
            matched_name.as_ref().map(Option::as_deref),
        );
        let posted = match courier.to_desk(&desk.room, &text, None).await {
            Ok(id) => id,
            Err(error) => {
                tracing::warn!(%error, "handoff: the request could not be posted in the desk");
                return Err(failed);
            }
        };
        let instead_of = regional.flatten().map(str::to_owned);
        let route = Route {
            person: person.clone(),
            session: *who.as_bytes(),
            association: association.clone(),
            desk: Address {
                channel: desk.channel.name().to_owned(),
                chat: desk.room.clone(),
            },
            desk_messages: vec![posted],
            lang: request.lang.clone(),
            needs: request.needs.clone(),
            dept: request.dept.clone(),
            urgency: request.urgency.clone(),
            answered: false,
            instead_of: instead_of.clone(),
        };
        let saved = self
            .save_new(&code, &route, now)
            .and_then(|()| self.index(&code, &route.desk, &route.desk_messages[0]));
        if let Err(error) = saved {
            tracing::error!(%error, "handoff: the route could not be kept");
            return Err(failed);
        }
        Ok(HandoffNotice::Opened {
            ticket: code.to_string(),
            association,
            staff_languages: desk.staff_languages.clone(),
            until: now + self.times.expire_after_secs,
            name: desk.unlisted_name(),
            instead_of,
        })
    }

    fn ticket_text(
        &self,
        desk: &Desk,
        code: &TicketCode,
        request: &HandoffRequest,
        transferred_from: Option<&str>,
        regional: Option<Option<&str>>,
    ) -> String {
        self.runtime.engine().desk_text(
            &desk.language,
            &DeskText::Ticket {
                ticket: code.as_str(),
                lang: &request.lang,
                staff_read_it: desk.staff_languages.contains(&request.lang),
                needs: &request.needs,
                dept: request.dept.as_deref(),
                urgency: request.urgency.as_deref(),
                message: request.message.as_deref(),
                transferred_from,
                regional,
            },
        )
    }

    fn fresh_code(&self) -> Result<TicketCode, HubError> {
        for _ in 0..CODE_ATTEMPTS {
            let code = TicketCode::random()?;
            if self.runtime.store().route(code.as_str())?.is_none() {
                return Ok(code);
            }
        }
        Err(RouteError::Random("no unused ticket code".into()).into())
    }

    fn save_new(&self, code: &TicketCode, route: &Route, now: u64) -> Result<(), HubError> {
        let sealed = self.key.seal(
            code,
            route,
            now + self.times.expire_after_secs,
            Some(now + self.times.answer_within_secs),
        )?;
        if !self
            .runtime
            .store()
            .put_new_route(code.as_str(), &sealed.to_bytes())?
        {
            return Err(RouteError::Random("ticket code taken meanwhile".into()).into());
        }
        Ok(())
    }

    fn save(
        &self,
        code: &TicketCode,
        route: &Route,
        expires_at: u64,
        answer_due: Option<u64>,
    ) -> Result<(), HubError> {
        let sealed = self.key.seal(code, route, expires_at, answer_due)?;
        Ok(self
            .runtime
            .store()
            .put_route(code.as_str(), &sealed.to_bytes())?)
    }

    fn load(&self, code: &TicketCode) -> Result<Option<(Route, SealedRoute)>, HubError> {
        let Some(bytes) = self.runtime.store().route(code.as_str())? else {
            return Ok(None);
        };
        let sealed = SealedRoute::from_bytes(code, &bytes)?;
        let route = self.key.open(code, &sealed)?;
        Ok(Some((route, sealed)))
    }

    fn desk_key(&self, desk: &Address, message: &str) -> [u8; 32] {
        self.runtime
            .secret()
            .keyed_hash("desk-message", &[&desk.channel, &desk.chat, message])
    }

    fn index(&self, code: &TicketCode, desk: &Address, message: &str) -> Result<(), HubError> {
        Ok(self
            .runtime
            .store()
            .put_desk_message(&self.desk_key(desk, message), code.as_str())?)
    }

    /// Forgets a ticket: its route and every desk message pointing to it.
    fn forget(&self, code: &TicketCode, route: &Route) -> Result<(), HubError> {
        for message in &route.desk_messages {
            self.runtime
                .store()
                .remove_desk_message(&self.desk_key(&route.desk, message))?;
        }
        Ok(self.runtime.store().remove_route(code.as_str())?)
    }

    /// Posts a text in a ticket's thread, in its desk's language, and remembers the message, so
    /// that staff may reply to it.
    async fn post_in_thread(
        &self,
        code: &TicketCode,
        route: &mut Route,
        text: &DeskText<'_>,
    ) -> Result<(), CourierError> {
        let courier = self
            .courier(&route.desk.channel)
            .ok_or_else(|| CourierError("the desk's channel is not running".into()))?;
        let text = self
            .runtime
            .engine()
            .desk_text(&self.desk_language(route), text);
        let root = route.desk_messages.first().cloned();
        let posted = courier
            .to_desk(&route.desk.chat, &text, root.as_deref())
            .await?;
        if let Err(error) = self.index(code, &route.desk, &posted) {
            tracing::warn!(%error, "handoff: a desk message could not be remembered");
        }
        route.desk_messages.push(posted);
        Ok(())
    }

    /// The person's words, to the desk.
    async fn relay_from_person(&self, ticket: &str, text: &str, now: u64) -> Option<HandoffNotice> {
        let code = TicketCode::parse(ticket)?;
        let _guard = self.lock(&code).await;
        let (mut route, sealed) = match self.load(&code) {
            Ok(Some(found)) => found,
            Ok(None) => return Some(HandoffNotice::Gone),
            Err(error) => {
                tracing::error!(%error, "handoff: a route could not be read");
                return Some(HandoffNotice::Undelivered);
            }
        };
        let words = DeskText::PersonSays {
            ticket: code.as_str(),
            text,
        };
        if let Err(error) = self.post_in_thread(&code, &mut route, &words).await {
            tracing::warn!(%error, "handoff: the person's words could not be posted");
            return Some(HandoffNotice::Undelivered);
        }
        let expires_at = now + self.times.expire_after_secs;
        if let Err(error) = self.save(&code, &route, expires_at, sealed.answer_due) {
            tracing::error!(%error, "handoff: a route could not be kept");
        }
        None
    }

    fn desk_language(&self, route: &Route) -> String {
        self.desks.of(&route.association).map_or_else(
            || crate::locale::SOURCE_LANGUAGE.to_owned(),
            |d| d.language.clone(),
        )
    }

    /// The person stopped or left: staff are told, the route is forgotten.
    async fn end_by_person(&self, ticket: &str, why: EndReason, now: u64) {
        let Some(code) = TicketCode::parse(ticket) else {
            return;
        };
        let _guard = self.lock(&code).await;
        let Ok(Some((mut route, _))) = self.load(&code) else {
            return;
        };
        let text = match why {
            EndReason::Stop => DeskText::PersonStopped {
                ticket: code.as_str(),
            },
            EndReason::Exit => DeskText::PersonLeft {
                ticket: code.as_str(),
            },
        };
        if let Err(error) = self.post_in_thread(&code, &mut route, &text).await {
            tracing::warn!(%error, "handoff: the desk could not be told that the person ended");
        }
        if let Err(error) = self.forget(&code, &route) {
            tracing::error!(%error, "handoff: an ended route could not be erased");
        }
        self.count("ended-by-person", &route.lang, now);
    }

    /// A message in a desk room. Only replies to a ticket, from members of that ticket's desk,
    /// reach the person; commands are obeyed; anything else is ignored or answered with help.
    pub async fn from_desk(&self, message: DeskInbound, now: u64) {
        let Some(desk) = self.desks.in_room(message.channel, &message.room) else {
            return;
        };
        if !message.sender_is_member {
            tracing::info!("handoff: a message from outside a desk was ignored");
            return;
        }
        let parsed = parse_staff(&message.text);
        let desk_address = Address {
            channel: desk.channel.name().to_owned(),
            chat: desk.room.clone(),
        };
        let Some(refers_to) = message.refers_to.clone() else {
            // Staff talking among themselves; a command outside a thread gets the usage.
            if matches!(parsed, StaffMessage::Command(_)) {
                self.post_plain(desk, &DeskText::Usage, None).await;
            }
            return;
        };
        let code = match self
            .runtime
            .store()
            .desk_message(&self.desk_key(&desk_address, &refers_to))
        {
            Ok(Some(code)) => TicketCode::parse(&code),
            Ok(None) => None,
            Err(error) => {
                tracing::error!(%error, "handoff: the desk index could not be read");
                None
            }
        };
        let Some(code) = code else {
            self.post_plain(desk, &DeskText::Ended, Some(&refers_to))
                .await;
            return;
        };
        let _guard = self.lock(&code).await;
        let (mut route, sealed) = match self.load(&code) {
            Ok(Some(found)) => found,
            Ok(None) => {
                self.post_plain(desk, &DeskText::Ended, Some(&refers_to))
                    .await;
                return;
            }
            Err(error) => {
                tracing::error!(%error, "handoff: a route could not be read");
                return;
            }
        };
        // Defence in depth: the index is keyed by room, but the route must agree.
        if route.desk != desk_address {
            tracing::warn!("handoff: a reply from another desk than the ticket's was ignored");
            return;
        }
        match parsed {
            StaffMessage::Words(text) if text.is_empty() => {}
            StaffMessage::Words(text) => {
                let until = now + self.times.expire_after_secs;
                let notice = HandoffNotice::StaffWords {
                    text,
                    until,
                    prefix: self.reply_prefix.clone(),
                };
                if self.tell_person(&code, &route, notice, now).await {
                    route.answered = true;
                    if let Err(error) = self.save(&code, &route, until, None) {
                        tracing::error!(%error, "handoff: a route could not be kept");
                    }
                    self.count_once_answered(&route, &sealed, now);
                } else {
                    let text = DeskText::Undelivered {
                        ticket: code.as_str(),
                    };
                    self.post_plain(desk, &text, route.desk_messages.first().map(String::as_str))
                        .await;
                }
            }
            StaffMessage::Command(StaffCommand::Close) => {
                self.tell_person(&code, &route, HandoffNotice::StaffClosed, now)
                    .await;
                let text = DeskText::Closed {
                    ticket: code.as_str(),
                };
                if let Err(error) = self.post_in_thread(&code, &mut route, &text).await {
                    tracing::warn!(%error, "handoff: the closing could not be confirmed");
                }
                if let Err(error) = self.forget(&code, &route) {
                    tracing::error!(%error, "handoff: a closed route could not be erased");
                }
                self.count("closed-by-staff", &route.lang, now);
            }
            StaffMessage::Command(StaffCommand::Transfer(target)) => {
                self.transfer(desk, &code, route, &target, now).await;
            }
            StaffMessage::Command(StaffCommand::Unknown) => {
                self.post_plain(
                    desk,
                    &DeskText::Usage,
                    route.desk_messages.first().map(String::as_str),
                )
                .await;
            }
        }
    }

    fn count_once_answered(&self, route: &Route, sealed: &SealedRoute, now: u64) {
        if sealed.answer_due.is_some() {
            self.count("answered", &route.lang, now);
        }
    }

    /// Passes a ticket to another association's desk: a new ticket there (same code), a note
    /// in the old thread, and the person told.
    async fn transfer(
        &self,
        from: &Desk,
        code: &TicketCode,
        mut route: Route,
        target: &str,
        now: u64,
    ) {
        let thread = route.desk_messages.first().cloned();
        // Another association's desk, on a channel that runs.
        let reachable = self
            .desks
            .of(target)
            .filter(|d| d.association != from.association)
            .and_then(|to| Some((to, self.courier(to.channel.name())?)));
        let Some((to, courier)) = reachable else {
            let text = DeskText::TransferUnknown {
                association: target,
            };
            self.post_plain(from, &text, thread.as_deref()).await;
            return;
        };
        let request = HandoffRequest {
            lang: route.lang.clone(),
            needs: route.needs.clone(),
            dept: route.dept.clone(),
            urgency: route.urgency.clone(),
            association: Some(to.association.clone()),
            message: None,
            minor: false,
        };
        let text = self.ticket_text(to, code, &request, Some(&from.name), None);
        let posted = match courier.to_desk(&to.room, &text, None).await {
            Ok(id) => id,
            Err(error) => {
                tracing::warn!(%error, "handoff: a transfer could not be posted");
                let text = DeskText::TransferUnknown {
                    association: target,
                };
                self.post_plain(from, &text, thread.as_deref()).await;
                return;
            }
        };
        // Still the old desk's route: the note goes there, in its language.
        let note = DeskText::Transferred {
            ticket: code.as_str(),
            to: &to.name,
        };
        if let Err(error) = self.post_in_thread(code, &mut route, &note).await {
            tracing::warn!(%error, "handoff: the transfer could not be noted in the old desk");
        }
        let old = route.clone();
        route.association = to.association.clone();
        route.desk = Address {
            channel: to.channel.name().to_owned(),
            chat: to.room.clone(),
        };
        route.desk_messages = vec![posted];
        route.answered = false;
        // Staff chose who answers now: no longer on behalf of the first association.
        route.instead_of = None;
        let kept = self
            .forget(code, &old)
            .and_then(|()| {
                self.save(
                    code,
                    &route,
                    now + self.times.expire_after_secs,
                    Some(now + self.times.answer_within_secs),
                )
            })
            .and_then(|()| self.index(code, &route.desk, &route.desk_messages[0]));
        if let Err(error) = kept {
            tracing::error!(%error, "handoff: a transferred route could not be kept");
            return;
        }
        let notice = HandoffNotice::Transferred {
            association: to.association.clone(),
            name: to.unlisted_name(),
        };
        self.tell_person(code, &route, notice, now).await;
        self.count("transferred", &route.lang, now);
    }

    /// Posts a text that belongs to no ticket (help, "this ticket has ended").
    async fn post_plain(&self, desk: &Desk, text: &DeskText<'_>, thread: Option<&str>) {
        let Some(courier) = self.courier(desk.channel.name()) else {
            return;
        };
        let text = self.runtime.engine().desk_text(&desk.language, text);
        if let Err(error) = courier.to_desk(&desk.room, &text, thread).await {
            tracing::warn!(%error, "handoff: a desk message could not be posted");
        }
    }

    /// Updates the person's conversation and shows it, unasked (so it starts neutral: see
    /// [`HandoffNotice::unasked`]); returns whether it was delivered.
    async fn tell_person(
        &self,
        code: &TicketCode,
        route: &Route,
        notice: HandoffNotice,
        now: u64,
    ) -> bool {
        let Some(courier) = self.courier(&route.person.channel) else {
            tracing::warn!(
                channel = %route.person.channel,
                "handoff: the person's channel is not running"
            );
            return false;
        };
        // A session lost meanwhile starts again in the person's language, in the relay.
        let fresh = Session {
            lang: Some(route.lang.clone()),
            relay: Some(Relay {
                ticket: code.to_string(),
                association: route.association.clone(),
                name: self
                    .desks
                    .of(&route.association)
                    .and_then(Desk::unlisted_name),
                instead_of: route.instead_of.clone(),
            }),
            ..Session::default()
        };
        let outcome = match self
            .runtime
            .notice(&route.session(), notice, now, Some(fresh))
        {
            Ok(outcome) => outcome,
            Err(error) => {
                tracing::error!(%error, "handoff: the person's session could not be updated");
                return false;
            }
        };
        match courier.to_person(&route.person.chat, &outcome).await {
            Ok(()) => true,
            Err(error) => {
                tracing::warn!(%error, "handoff: a message could not reach the person");
                false
            }
        }
    }

    /// Upkeep, called every few seconds: the fallback for requests staff have not answered in
    /// time, and the end of routes silent too long.
    pub async fn tick(&self, now: u64) {
        let routes = match self.runtime.store().routes() {
            Ok(routes) => routes,
            Err(error) => {
                tracing::error!(%error, "handoff: the routes could not be read");
                return;
            }
        };
        for (code, bytes) in routes {
            let Some(code) = TicketCode::parse(&code) else {
                continue;
            };
            let Ok(sealed) = SealedRoute::from_bytes(&code, &bytes) else {
                tracing::warn!("handoff: an unreadable route was dropped");
                let _ = self.runtime.store().remove_route(code.as_str());
                continue;
            };
            let expired = sealed.expires_at <= now;
            let due = sealed.answer_due.is_some_and(|due| due <= now);
            if expired || due {
                self.upkeep(&code, now).await;
            }
        }
    }

    async fn upkeep(&self, code: &TicketCode, now: u64) {
        let _guard = self.lock(code).await;
        let (mut route, sealed) = match self.load(code) {
            Ok(Some(found)) => found,
            Ok(None) => return,
            Err(error) => {
                tracing::warn!(%error, "handoff: an unreadable route was dropped");
                let _ = self.runtime.store().remove_route(code.as_str());
                return;
            }
        };
        if sealed.expires_at <= now {
            let text = DeskText::Expired {
                ticket: code.as_str(),
                days: self.times.expire_after_secs.div_ceil(86_400),
            };
            if let Err(error) = self.post_in_thread(code, &mut route, &text).await {
                tracing::debug!(%error, "handoff: the desk could not be told of an expiry");
            }
            if let Err(error) = self.forget(code, &route) {
                tracing::error!(%error, "handoff: an expired route could not be erased");
            }
            // The person's session ends the relay too, so that it no longer holds the ticket.
            let notice = HandoffNotice::Expired {
                ticket: code.to_string(),
            };
            self.tell_person(code, &route, notice, now).await;
            self.count("expired", &route.lang, now);
            return;
        }
        // No answer in time: the person gets the card and the numbers, the relay stays open.
        self.tell_person(code, &route, HandoffNotice::NoAnswer, now)
            .await;
        let text = DeskText::NoAnswer {
            ticket: code.as_str(),
            minutes: self.times.answer_within_secs.div_ceil(60),
        };
        if let Err(error) = self.post_in_thread(code, &mut route, &text).await {
            tracing::debug!(%error, "handoff: the desk could not be told of the fallback");
        }
        if let Err(error) = self.save(code, &route, sealed.expires_at, None) {
            tracing::error!(%error, "handoff: a route could not be kept");
        }
        self.count("no-answer", &route.lang, now);
    }

    fn count(&self, what: &str, lang: &str, now: u64) {
        if let Err(error) = self.runtime.count_event("handoff", what, lang, now) {
            tracing::warn!(%error, "could not count a handoff event");
        }
    }
}
