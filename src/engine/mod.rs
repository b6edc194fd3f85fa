//! The conversation engine: `(Session, Inbound, now) -> (Session, replies)`. Pure: no I/O, no
//! clock of its own, no platform. Every conversation rule lives here or in the content files.

mod command;
mod escape;
mod fallback;
mod handoff;
mod reply;
mod session;

use fluent_bundle::{FluentArgs, FluentValue};
use sha2::{Digest, Sha256};

pub use command::{
    Audience, Command, MAX_CAMPAIGN_CHARS, MAX_PAYLOAD_CHARS, StartPayload, format_payload,
    parse_command, parse_payload,
};
use escape::Escape;
pub use handoff::{
    DeskText, EndReason, HANDOFF_MESSAGES, HandoffEvent, HandoffNotice, HandoffRequest, Relay,
    ReplyPrefix, urgency_message,
};
pub use reply::{ChoiceItem, ContactCard, Inbound, MediaKind, Outcome, PictogramRef, Reply};
pub use session::{MAX_VISIBLE, Session, VisibleMessage};

use crate::content::Content;
use crate::directory::{Contact, ContactKind, ContactValue, Query, Resolved, speciality_message};
use crate::flow::{Action, ArgValue, Input, IntentRoute, Node, NodeRef, SayItem};
use crate::locale::{Direction, Locale, SOURCE_LANGUAGE, TEXT_VARIABLES, fluent_args};
use crate::text::{fold, ltr_commands, sanitize_inbound, strip_isolates};

/// The flow a conversation starts in.
pub const ENTRY_FLOW: &str = "welcome";

/// Message ids the engine itself uses; every locale must have them (`check` verifies).
pub const ENGINE_MESSAGES: &[&str] = &[
    "lang-prompt",
    "help",
    "not-understood",
    "not-understood-plain",
    "end-hint",
    "choice-yes",
    "choice-no",
    "input-text-empty",
    "input-number-invalid",
    "input-place-invalid",
    "place-outside-region",
    "unsupported-message",
    "unsupported-photo",
    "exit-done",
    "forget-done",
    "stop-done",
    "contact-card-title",
    "contact-card-phone",
    "contact-card-website",
    "contact-card-email",
    "contact-card-hours",
    "contact-card-to-complete",
    "contact-card-none",
    "contact-card-national",
    "contact-card-helps",
    "contact-card-sms",
    "contact-card-form",
    "contact-card-address",
    "contact-card-languages",
    "contact-card-interpreter",
    "contact-card-minors",
    "contact-card-none-minors",
    "place-location-outside",
    "list-separator",
    "share-location",
];

/// Pictograms the engine shows itself: yes/no buttons and contact cards.
pub const ENGINE_PICTOGRAMS: &[&str] = &["yes", "no", CONTACT_CARD_PICTOGRAM];

/// The session variable naming the association whose card was shown last: a handoff goes there.
const CARD_VAR: &str = "association";

/// The pictogram of an association's contact card.
pub const CONTACT_CARD_PICTOGRAM: &str = "group";

/// Intents every language defines without a flow declaring them: yes/no answers, the
/// quick-exit word, and the words that do what `/help`, `/stop` and `/lang` do.
pub const BUILT_IN_INTENTS: &[&str] = &["yes", "no", "exit", "help", "stop", "lang"];

/// Built-in intents that run a command, in the order they are tried.
const COMMAND_INTENTS: &[(&str, Command)] = &[
    ("help", Command::Help),
    ("stop", Command::Stop),
    ("lang", Command::Lang),
];

/// The button that sends words for the team held back by danger words, marked urgent.
pub const HELD_SEND_TOKEN: &str = "held.send";

/// The urgency a request sent that way carries (its label is `urgency-danger`, for staff).
pub const DANGER_URGENCY: &str = "danger";

/// How many nodes one message may walk through without waiting (a guard against loops that
/// `check` also reports).
const MAX_STEPS: usize = 64;

/// The longest text a question accepts (the message to staff): a kind sentence asks for a
/// shorter one rather than cutting it.
pub const MAX_TEXT_INPUT_CHARS: usize = 1000;

/// Runs conversations over loaded content.
pub struct Engine {
    content: Content,
    /// The emergency numbers and the home menu, reachable from every state.
    escapes: escape::Escapes,
}

/// Mutable state of one step.
struct Step<'a> {
    /// Whether the person was at a place question when the step began.
    asked_place: bool,
    /// Words for the team held back by danger words.
    held: Option<String>,
    session: Session,
    replies: Vec<Reply>,
    visited: Vec<NodeRef>,
    erase: bool,
    /// The conversation ended (stop, forget, end of a relay): what it told is dropped and the
    /// store makes its earlier versions unreadable.
    forget_past: bool,
    campaign: Option<String>,
    /// What the handoff hub is to do.
    handoff: Option<HandoffEvent>,
    /// Free text accepted by a text input, for the next action only.
    transient_text: Option<String>,
    /// A point the person gave (a town's centre, a shared location), to rank associations in
    /// this step only (DESIGN.md P6).
    transient_near: Option<(f64, f64)>,
    engine: &'a Engine,
}

impl Engine {
    /// An engine over content (loaded and, in production, checked).
    pub fn new(content: Content) -> Self {
        let escapes = escape::Escapes::new(&content, ENTRY_FLOW);
        Self { content, escapes }
    }

    /// Whether an inbound message leads to the emergency numbers whatever the conversation
    /// waits for (danger words in any language, the danger choice typed or pressed on any
    /// message), so that a channel can send its answer ahead of older ones (DESIGN.md S4).
    pub fn is_urgent(&self, inbound: &Inbound) -> bool {
        match inbound {
            Inbound::Text(raw) => {
                let line = sanitize_inbound(raw);
                if parse_command(&line).is_some() {
                    return false;
                }
                if matches!(
                    self.escapes.by_label(&line, None),
                    Some((Escape::Emergency, _))
                ) {
                    return true;
                }
                let folded = fold(&line);
                self.content
                    .locales
                    .all()
                    .iter()
                    .any(|locale| self.interrupting(locale, &folded).is_some())
            }
            Inbound::Button(token) => {
                self.escape_of_button(token).map(|(e, _, _)| e) == Some(Escape::Emergency)
            }
            _ => false,
        }
    }

    /// The interrupting intent (danger words) a folded line matches in a language.
    fn interrupting(&self, locale: &Locale, folded: &str) -> Option<&IntentRoute> {
        self.content
            .flows
            .intents
            .iter()
            .find(|r| r.interrupt && locale.intents.matches(&r.id, folded))
    }

    /// The escape a button leads to, on whichever message it was (a yes/no answer is none).
    fn escape_of_button(&self, token: &str) -> Option<(Escape, &Node, usize)> {
        let (prefix, index) = token.rsplit_once('.')?;
        let index = index.parse::<usize>().ok()?;
        let at = self.escapes.node_of_token(prefix)?;
        let node = self.content.flows.node(at)?;
        if matches!(node.input, Some(Input::YesNo { .. })) {
            return None;
        }
        let choice = node.choices.get(index)?;
        self.escapes
            .leads_to(&choice.goto)
            .map(|escape| (escape, node, index))
    }

    /// The content it speaks from.
    pub fn content(&self) -> &Content {
        &self.content
    }

    /// The emergency node (the interrupting intent's target), reachable from every state.
    pub fn emergency_node(&self) -> Option<&NodeRef> {
        self.escapes.emergency.as_ref()
    }

    /// The home menu, reachable from every state.
    pub fn home_node(&self) -> Option<&NodeRef> {
        self.escapes.home.as_ref()
    }

    /// Gives the content back (a checker that built an engine to walk it).
    pub fn into_content(self) -> Content {
        self.content
    }

    /// Handles one inbound message. `now` is seconds since the Unix epoch.
    pub fn handle(&self, session: Session, inbound: Inbound, now: u64) -> Outcome {
        let mut step = self.step(session, now);
        let writing_request = step.writing_request();
        // The person's own words (not a command, not the danger choice's label), to hold back
        // if they turn out to hold danger words.
        let words = match &inbound {
            Inbound::Text(raw) => Some(sanitize_inbound(raw))
                .filter(|line| parse_command(line).is_none())
                .filter(|line| {
                    self.escapes
                        .by_label(line, step.session.lang.as_deref())
                        .is_none()
                })
                .filter(|line| !line.is_empty() && line.chars().count() <= MAX_TEXT_INPUT_CHARS),
            _ => None,
        };
        match inbound {
            Inbound::Text(raw) => step.text(&sanitize_inbound(&raw)),
            Inbound::Button(token) => step.button(&token),
            Inbound::Location { lat, lon } => step.location(lat, lon),
            Inbound::Resume => step.reprompt_or_start(),
            Inbound::Unsupported(kind) => {
                if step.session.lang.is_none() {
                    step.language_menu();
                } else {
                    let id = match kind {
                        MediaKind::Photo | MediaKind::Video => "unsupported-photo",
                        _ => "unsupported-message",
                    };
                    step.say(id, None);
                    step.reprompt();
                }
            }
        }
        if writing_request && step.handoff.is_none() && !step.erase && step.entered_emergency() {
            // The numbers came instead of the message for the team (danger words, the danger
            // choice typed or pressed): say plainly that nothing was sent.
            step.say("handoff-not-sent", None);
            if let Some(words) = words {
                // Danger words in the message itself: offer to send it, marked urgent.
                step.offer_held(words);
            }
        }
        step.finish()
    }

    /// Whether an inbound asks to send the words held back by danger words (the offer's button,
    /// or its label typed): the runtime then calls [`Engine::send_held`] with them, if it still
    /// holds them.
    pub fn asks_held(&self, session: &Session, inbound: &Inbound) -> bool {
        match inbound {
            Inbound::Button(token) => token == HELD_SEND_TOKEN,
            Inbound::Text(raw) => self.is_held_label(session.lang.as_deref(), raw),
            _ => false,
        }
    }

    fn is_held_label(&self, lang: Option<&str>, raw: &str) -> bool {
        let lang = lang.unwrap_or(SOURCE_LANGUAGE);
        self.content
            .locales
            .format(lang, "handoff-send-urgent", None)
            .is_some_and(|label| fold(&strip_isolates(&label)) == fold(&sanitize_inbound(raw)))
    }

    /// Sends the words a person wrote for the team and that were held back because they held
    /// danger words: the request as it stood (needs, département, association), its urgency
    /// marked, and the words.
    pub fn send_held(&self, session: Session, words: String, now: u64) -> Outcome {
        let mut step = self.step(session, now);
        if step.session.relay.is_some() {
            step.relay_reminder();
        } else {
            step.session
                .vars
                .insert("urgency".to_owned(), DANGER_URGENCY.to_owned());
            step.transient_text = Some(words);
            step.handoff();
            // The hub says what became of it, as after the message question.
            step.session.at = None;
            step.session.ended = true;
        }
        step.finish()
    }

    fn step(&self, session: Session, now: u64) -> Step<'_> {
        let asked_place = session
            .at
            .as_ref()
            .filter(|_| !session.ended && !session.choosing_language)
            .and_then(|at| self.content.flows.node(at))
            .is_some_and(|node| node.input == Some(Input::Place));
        Step {
            asked_place,
            held: None,
            session: Session {
                last_seen: now,
                ..session
            },
            replies: Vec::new(),
            visited: Vec::new(),
            erase: false,
            forget_past: false,
            campaign: None,
            handoff: None,
            transient_text: None,
            transient_near: None,
            engine: self,
        }
    }

    /// A new session in a language (the console's `--lang`), not yet started.
    pub fn session_in(&self, lang: &str) -> Option<Session> {
        let tag = self.content.locales.by_name_or_tag(lang)?;
        self.content.locales.get(tag).map(|l| Session {
            lang: Some(l.meta.tag.clone()),
            ..Session::default()
        })
    }
}

impl<'a> Step<'a> {
    /// The content, borrowed for the engine's lifetime rather than the step's, so that nodes
    /// can be read while the step changes.
    fn content(&self) -> &'a Content {
        &self.engine.content
    }

    fn lang(&self) -> &str {
        self.session.lang.as_deref().unwrap_or(SOURCE_LANGUAGE)
    }

    fn direction(&self) -> Direction {
        self.content()
            .locales
            .get(self.lang())
            .map_or(Direction::Ltr, |l| l.meta.direction)
    }

    fn finish(mut self) -> Outcome {
        if self.forget_past {
            // Only what lets the person go on kindly stays: the language and the register the
            // bot speaks in (and so a minor's contacts), the last menu shown, the messages on
            // screen (for a later quick exit).
            self.session.dept = None;
            self.session
                .vars
                .retain(|name, _| TEXT_VARIABLES.iter().any(|(kept, _)| kept == name));
            self.session.relay = None;
        }
        let lang = self.session.lang.clone().unwrap_or_default();
        let direction = if lang.is_empty() {
            Direction::Ltr
        } else {
            self.direction()
        };
        let asks_place = self
            .current()
            .and_then(|at| self.content().flows.node(&at))
            .is_some_and(|node| node.input == Some(Input::Place));
        let erase_visible = if self.erase {
            self.session.visible.clone()
        } else {
            Vec::new()
        };
        Outcome {
            held: self.held,
            left_place: self.asked_place && !asks_place,
            asks_place,
            erase_visible,
            forget_past: self.forget_past,
            session: (!self.erase).then_some(self.session),
            replies: self.replies,
            visited: self.visited,
            lang,
            direction,
            campaign: self.campaign,
            handoff: self.handoff,
        }
    }

    // ----- inbound kinds -------------------------------------------------------------------

    fn text(&mut self, line: &str) {
        if let Some(command) = parse_command(line) {
            return self.command(command);
        }
        if line.is_empty() {
            // An empty or emoji-only-after-cleaning line: show where we are again, quietly.
            return self.reprompt_or_start();
        }
        if self
            .engine
            .is_held_label(self.session.lang.as_deref(), line)
        {
            return self.button(HELD_SEND_TOKEN);
        }
        let folded = fold(line);
        let escape = self
            .engine
            .escapes
            .by_label(line, self.session.lang.as_deref())
            .map(|(escape, tag)| (escape, tag.to_owned()));
        if let Some(relay) = self.session.relay.clone()
            && !self.session.choosing_language
        {
            // An open relay: the words go to staff. The exit word still erases everything, and
            // danger words (or the danger choice's label) still show the numbers at once (the
            // words go to staff too).
            match escape {
                Some((Escape::Emergency, _)) => self.escape(Escape::Emergency, None),
                _ => {
                    self.interrupt(&folded);
                }
            }
            if !self.erase {
                self.handoff = Some(HandoffEvent::Relay {
                    ticket: relay.ticket,
                    text: line.to_owned(),
                });
                if self.entered_emergency() {
                    // The numbers were shown: say plainly that the words went to staff too, and
                    // that the relay goes on (the choices above are shown without numbers, which
                    // would go to staff).
                    let name = self.association_name(&relay.association);
                    let args = fluent_args([("association".to_owned(), FluentValue::from(name))]);
                    self.say("relay-danger-passed", Some(&args));
                    self.relay_reminder();
                }
            }
            return;
        }
        if let Some((escape, tag)) = escape {
            return self.escape(escape, Some(tag));
        }
        if self.interrupt(&folded) {
            return;
        }
        if self.session.lang.is_none() || self.session.choosing_language {
            return self.choose_language_by_text(line);
        }
        let Some(at) = self.current() else {
            // Ended or stopped: the last numbered menu is still on screen, and its numbers
            // still pick its choices.
            if let Some(shown) = self.session.shown.clone()
                && let Some(node) = self.content().flows.node(&shown)
                && node.input.is_none()
                && let Some(index) = self.choice_by_number(node, line)
            {
                return self.pick(node, index);
            }
            // Ended, stopped or new: a new message starts again at home, unless it matches an
            // intent, which leads where it says.
            if !self.global_intent(&folded) {
                self.enter_home();
            }
            return;
        };
        let Some(node) = self.content().flows.node(&at) else {
            return self.enter_home();
        };
        if let Some(input) = &node.input {
            return self.input(&at, node, input, line, &folded);
        }
        if let Some(index) = self.choice_by_text(node, line, &folded) {
            return self.pick(node, index);
        }
        if self.global_intent(&folded) {
            return;
        }
        self.not_understood();
    }

    /// Whether this step showed the emergency numbers.
    fn entered_emergency(&self) -> bool {
        self.engine
            .escapes
            .emergency
            .as_ref()
            .is_some_and(|emergency| self.visited.contains(emergency))
    }

    /// Whether the person is writing the message of a request (a text question whose next step
    /// posts it).
    fn writing_request(&self) -> bool {
        let flows = &self.content().flows;
        self.current()
            .and_then(|at| flows.node(&at))
            .filter(|node| node.input == Some(Input::Text))
            .and_then(|node| node.next.as_ref())
            .and_then(|next| flows.node(next))
            .is_some_and(|next| next.action == Some(Action::Handoff))
    }

    /// Goes to an escape (its label typed, or its button pressed on any message). A label typed
    /// before a language is chosen chooses the label's language.
    fn escape(&mut self, escape: Escape, lang: Option<String>) {
        if self.session.lang.is_none() {
            match (lang, escape) {
                (Some(tag), _) => self.session.lang = Some(tag),
                // An old button pressed before a language is chosen (after /forget): the
                // numbers in the source language at once; the way home leads to the language
                // menu, which is home for a person with no language yet.
                (None, Escape::Emergency) => self.session.lang = Some(SOURCE_LANGUAGE.to_owned()),
                (None, Escape::Home) => return self.language_menu(),
            }
        }
        self.session.choosing_language = false;
        let target = match escape {
            Escape::Emergency => self.engine.escapes.emergency.clone(),
            Escape::Home => self.engine.escapes.home.clone(),
        };
        match target {
            Some(target) => self.enter(target),
            None => self.enter_home(),
        }
    }

    /// Offers to send the words held back, marked urgent: a button after the emergency node's
    /// own choices (with no number: typing a number picks those), in the same message.
    fn offer_held(&mut self, words: String) {
        let choices = self
            .replies
            .iter()
            .rposition(|r| matches!(r, Reply::Choices(_)))
            .map(|at| self.replies.remove(at));
        self.say("handoff-offer-urgent", None);
        let mut items = match choices {
            Some(Reply::Choices(items)) => items,
            _ => Vec::new(),
        };
        items.push(ChoiceItem {
            number: items.len() + 1,
            by_number: false,
            label: self.format("handoff-send-urgent", None),
            pictogram: self.pictogram("danger"),
            token: HELD_SEND_TOKEN.to_owned(),
        });
        self.replies.push(Reply::Choices(items));
        self.held = Some(words);
    }

    fn button(&mut self, token: &str) {
        if token == HELD_SEND_TOKEN {
            if self.session.relay.is_some() {
                return self.relay_reminder();
            }
            // The words are no longer held (sent already, too old, or the bot restarted).
            self.say("handoff-held-gone", None);
            return self.reprompt_or_start();
        }
        if let Some(index) = token
            .strip_prefix("lang.")
            .and_then(|i| i.parse::<usize>().ok())
        {
            let tag = self
                .content()
                .locales
                .all()
                .get(index)
                .map(|l| l.meta.tag.clone());
            return match tag {
                Some(tag) if self.session.lang.is_none() || self.session.choosing_language => {
                    self.set_language(&tag)
                }
                _ => self.stale(),
            };
        }
        // The danger choice or the way home, pressed on this message or any older one.
        if let Some((escape, node, index)) = self.engine.escape_of_button(token) {
            if self.session.lang.is_none() {
                return self.escape(escape, None);
            }
            return self.pick(node, index);
        }
        // After an end or /stop, the last numbered menu is still on screen: its buttons work.
        let Some(at) = self.current().or_else(|| self.session.shown.clone()) else {
            return self.stale();
        };
        let Some(node) = self.content().flows.node(&at) else {
            return self.stale();
        };
        let Some((prefix, index)) = token.rsplit_once('.') else {
            return self.stale();
        };
        let Ok(index) = index.parse::<usize>() else {
            return self.stale();
        };
        if prefix != node_token(&at) {
            return self.stale();
        }
        match &node.input {
            Some(Input::YesNo { yes, no }) => match index {
                0 => self.enter(yes.clone()),
                1 => self.enter(no.clone()),
                _ => self.stale(),
            },
            _ if index < node.choices.len() => self.pick(node, index),
            _ => self.stale(),
        }
    }

    fn location(&mut self, lat: f64, lon: f64) {
        if self.session.lang.is_none() || self.session.choosing_language {
            return self.language_menu();
        }
        // P6: the coordinates live only in this call.
        let place = self.content().directory.resolve_location(lat, lon);
        let at = self.current();
        let node = at.as_ref().and_then(|at| self.content().flows.node(at));
        match (node, place) {
            (Some(node), Some(place)) if node.input == Some(Input::Place) => {
                self.place_found(node, place)
            }
            (Some(_), None) => {
                self.say("input-place-invalid", None);
            }
            _ => self.not_understood(),
        }
    }

    /// A button from an old message, or forged: a kind word and the current choices; with no
    /// question waiting, the menu (never "choose below" with nothing below).
    fn stale(&mut self) {
        if self.session.lang.is_none() || self.session.choosing_language {
            return self.language_menu();
        }
        if self.session.relay.is_some() {
            return self.relay_reminder();
        }
        if self.current().is_none() {
            return self.enter_home();
        }
        self.not_understood();
    }

    /// "Not understood", then where the person stands: "choose below" only when choices follow.
    fn not_understood(&mut self) {
        let shows_choices = self
            .current()
            .and_then(|at| self.content().flows.node(&at))
            .is_some_and(|node| {
                !node.choices.is_empty() || matches!(node.input, Some(Input::YesNo { .. }))
            });
        if shows_choices {
            self.say("not-understood", None);
        } else {
            self.say("not-understood-plain", None);
        }
        self.reprompt();
    }

    // ----- commands and interrupts -----------------------------------------------------------

    fn command(&mut self, command: Command) {
        if self.session.relay.is_some() {
            return self.relay_command(command);
        }
        match command {
            Command::Start(payload) => self.start(payload.as_deref()),
            Command::Help => {
                self.say("help", None);
                self.reprompt_or_start();
            }
            Command::Lang => self.language_menu(),
            Command::Exit => self.exit(),
            Command::Forget => {
                let lang = self.session.lang.clone();
                let vars = std::mem::take(&mut self.session.vars);
                self.session = Session {
                    last_seen: self.session.last_seen,
                    channel: self.session.channel.take(),
                    ..Session::default()
                };
                // Said in the language and register in use, then the session keeps nothing,
                // not even those.
                self.session.lang = lang;
                self.session.vars = vars;
                self.say("forget-done", None);
                self.session.lang = None;
                self.session.vars.clear();
                self.forget_past = true;
                self.language_menu();
            }
            Command::Stop => {
                self.session.at = None;
                self.session.ended = true;
                self.forget_past = true;
                if self.session.lang.is_some() {
                    self.say("stop-done", None);
                } else {
                    // Never silence: with no language yet, in every language.
                    self.say_in_every_language("stop-done");
                }
            }
            Command::Unknown => {
                if self.session.lang.is_none() {
                    return self.language_menu();
                }
                self.not_understood();
            }
        }
    }

    /// Commands while a relay is open: the relay is what the person is in, so starting again
    /// or an unknown command shows it; stopping or forgetting ends it and tells staff.
    fn relay_command(&mut self, command: Command) {
        let Some(relay) = self.session.relay.clone() else {
            return;
        };
        match command {
            Command::Stop | Command::Forget => {
                self.handoff = Some(HandoffEvent::End {
                    ticket: relay.ticket,
                    why: EndReason::Stop,
                });
                let name = self.association_name(&relay.association);
                let args = fluent_args([("association".to_owned(), FluentValue::from(name))]);
                self.say("relay-stopped", Some(&args));
                self.end_relay();
                if command == Command::Forget {
                    self.session.relay = None;
                    self.command(Command::Forget);
                }
            }
            Command::Exit => self.exit(),
            Command::Lang => self.language_menu(),
            Command::Help => {
                self.say("help", None);
                self.relay_reminder();
            }
            Command::Start(_) | Command::Unknown => self.relay_reminder(),
        }
    }

    fn exit(&mut self) {
        if let Some(relay) = self.session.relay.take() {
            self.handoff = Some(HandoffEvent::End {
                ticket: relay.ticket,
                why: EndReason::Exit,
            });
        }
        if self.session.lang.is_some() {
            self.say("exit-done", None);
        }
        self.replies.push(Reply::EraseConversation);
        self.erase = true;
    }

    fn start(&mut self, payload: Option<&str>) {
        let payload = payload.and_then(parse_payload).unwrap_or_default();
        let lang = payload
            .lang
            .as_deref()
            .and_then(|l| self.content().locales.by_name_or_tag(l).map(str::to_owned))
            .or_else(|| self.session.lang.clone());
        // What is on screen stays erasable by a later quick exit.
        self.session = Session {
            lang,
            last_seen: self.session.last_seen,
            visible: std::mem::take(&mut self.session.visible),
            ..Session::default()
        };
        self.session.dept = payload.dept.clone();
        if let Some(audience) = payload.audience {
            self.session
                .vars
                .insert("audience".into(), audience.as_str().into());
        }
        self.campaign = payload.campaign.clone();
        if self.session.lang.is_none() {
            return self.language_menu();
        }
        self.enter_entry();
    }

    /// Danger words and the exit word, checked before anything else; before a language is
    /// chosen, in every language (and the one that matched becomes the language).
    fn interrupt(&mut self, folded: &str) -> bool {
        let content = self.content();
        // The chosen language first, then every other: someone who picked a language by
        // mistake, or who panics in their own, is still understood. A word shared by several
        // languages keeps the chosen one.
        let chosen = self
            .session
            .lang
            .as_deref()
            .and_then(|l| content.locales.get(l));
        let candidates = chosen.into_iter().chain(
            content
                .locales
                .all()
                .iter()
                .filter(|l| Some(&l.meta.tag) != self.session.lang.as_ref()),
        );
        for locale in candidates {
            let tag = locale.meta.tag.clone();
            if locale.intents.matches("exit", folded) {
                if self.session.lang.is_none() {
                    self.session.lang = Some(tag);
                }
                self.exit();
                return true;
            }
            if let Some(route) = self.engine.interrupting(locale, folded) {
                self.session.lang = Some(tag);
                self.session.choosing_language = false;
                self.enter(route.goto.clone());
                return true;
            }
        }
        false
    }

    fn global_intent(&mut self, folded: &str) -> bool {
        let Some(locale) = self.content().locales.get(self.lang()) else {
            return false;
        };
        if let Some((_, command)) = COMMAND_INTENTS
            .iter()
            .find(|(id, _)| locale.intents.matches(id, folded))
        {
            self.command(command.clone());
            return true;
        }
        let found = self
            .content()
            .flows
            .intents
            .iter()
            .find(|r| !r.interrupt && locale.intents.matches(&r.id, folded))
            .map(|r| r.goto.clone());
        match found {
            Some(goto) => {
                self.enter(goto);
                true
            }
            None => false,
        }
    }

    // ----- language -------------------------------------------------------------------------

    fn language_menu(&mut self) {
        self.session.choosing_language = true;
        self.say_in_every_language("lang-prompt");
        let items = self
            .content()
            .locales
            .all()
            .iter()
            .enumerate()
            .map(|(i, l)| ChoiceItem {
                number: i + 1,
                by_number: true,
                label: l.meta.name.clone(),
                pictogram: None,
                token: format!("lang.{i}"),
            })
            .collect();
        self.replies.push(Reply::Choices(items));
    }

    /// One message saying a sentence in every language, for a person with no language yet.
    fn say_in_every_language(&mut self, id: &str) {
        let locales = &self.content().locales;
        let said: Vec<String> = locales
            .all()
            .iter()
            .filter_map(|l| locales.format(&l.meta.tag, id, None))
            .collect();
        self.replies.push(Reply::Text(said.join(" · ")));
    }

    fn choose_language_by_text(&mut self, line: &str) {
        let locales = self.content().locales.all();
        let by_number = line
            .trim()
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| locales.get(i))
            .map(|l| l.meta.tag.clone());
        let chosen = by_number.or_else(|| {
            self.content()
                .locales
                .by_name_or_tag(line)
                .map(str::to_owned)
        });
        match chosen {
            Some(tag) => self.set_language(&tag),
            None => self.language_menu(),
        }
    }

    fn set_language(&mut self, tag: &str) {
        self.session.lang = Some(tag.to_owned());
        self.session.choosing_language = false;
        match self.current() {
            Some(at) => self.enter(at),
            None if self.session.relay.is_some() => self.relay_reminder(),
            None => self.enter_entry(),
        }
    }

    // ----- walking the graph ------------------------------------------------------------------

    fn current(&self) -> Option<NodeRef> {
        self.session
            .at
            .clone()
            .filter(|at| self.content().flows.node(at).is_some())
    }

    fn enter_entry(&mut self) {
        match self.content().flows.start_of(ENTRY_FLOW) {
            Some(start) => self.enter(start),
            None => {
                tracing::error!("the entry flow `{ENTRY_FLOW}` is missing: run `passerelle check`")
            }
        }
    }

    fn enter_home(&mut self) {
        match self.content().flows.home_of(ENTRY_FLOW) {
            Some(home) => self.enter(home),
            None => {
                tracing::error!("the entry flow `{ENTRY_FLOW}` is missing: run `passerelle check`")
            }
        }
    }

    /// Enters a node and walks on until a node waits for the person.
    fn enter(&mut self, mut at: NodeRef) {
        self.session.ended = false;
        self.session.choosing_language = false;
        for _ in 0..MAX_STEPS {
            let Some(node) = self.content().flows.node(&at) else {
                tracing::error!(node = %at, "unknown node: run `passerelle check`");
                return self.dead_end();
            };
            self.visited.push(at.clone());
            self.session.at = Some(at.clone());
            for (name, value) in &node.set {
                self.session.vars.insert(name.clone(), value.clone());
            }
            if let Some(pictogram) = node.pictogram.as_deref().and_then(|p| self.pictogram(p)) {
                self.replies.push(Reply::Pictogram(pictogram));
            }
            for item in &node.say {
                self.say_item(item);
            }
            if let Some(action) = node.action {
                let done = self.act(action);
                if self.erase {
                    return;
                }
                if !done {
                    // No association for this place (outside the region, or the directory has
                    // none): the national numbers were given; a request would reach no one.
                    return self.enter_home();
                }
                if action == Action::Handoff {
                    // What the person is told next depends on the desk: the hub says it (or,
                    // with a relay already open, the reminder was said).
                    self.session.at = None;
                    self.session.ended = true;
                    return;
                }
            }
            if let Some(rule) = node.branch.iter().find(|r| {
                r.when
                    .iter()
                    .all(|(k, v)| self.var(k).as_deref() == Some(v))
            }) {
                at = rule.goto.clone();
                continue;
            }
            if !node.choices.is_empty() || matches!(node.input, Some(Input::YesNo { .. })) {
                return self.show_choices(&at, node);
            }
            if node.input.is_some() {
                return;
            }
            if let Some(next) = &node.next {
                at = next.clone();
                continue;
            }
            // `end = true`: the next message starts again.
            self.session.at = None;
            self.session.ended = true;
            self.say("end-hint", None);
            return;
        }
        tracing::error!(node = %at, "more than {MAX_STEPS} nodes without waiting: a loop in the flows");
        self.dead_end();
    }

    /// Never leave the person with nothing: an internal error leads home.
    fn dead_end(&mut self) {
        self.session.at = None;
        self.session.ended = true;
        self.say("not-understood-plain", None);
        self.say("end-hint", None);
    }

    fn show_choices(&mut self, at: &NodeRef, node: &Node) {
        let prefix = node_token(at);
        let items: Vec<ChoiceItem> = match &node.input {
            Some(Input::YesNo { .. }) => ["choice-yes", "choice-no"]
                .iter()
                .enumerate()
                .map(|(i, id)| ChoiceItem {
                    number: i + 1,
                    // A typed "1" or "2" answers yes or no, except while a relay takes every
                    // typed line.
                    by_number: self.session.relay.is_none(),
                    label: self.format(id, None),
                    pictogram: self.pictogram(if i == 0 { "yes" } else { "no" }),
                    token: format!("{prefix}.{i}"),
                })
                .collect(),
            _ => node
                .choices
                .iter()
                .enumerate()
                .map(|(i, c)| ChoiceItem {
                    number: i + 1,
                    // Under a question, and while a relay takes every typed line, a typed
                    // number is not a choice: such buttons are shown without numbers.
                    by_number: node.input.is_none() && self.session.relay.is_none(),
                    label: self.format(&c.text, None),
                    pictogram: c.pictogram.as_deref().and_then(|p| self.pictogram(p)),
                    token: format!("{prefix}.{i}"),
                })
                .collect(),
        };
        // The last numbered menu, for a number typed after an end.
        self.session.shown =
            (node.input.is_none() && items.iter().all(|i| i.by_number)).then(|| at.clone());
        self.replies.push(Reply::Choices(items));
    }

    /// Shows the current question again (choices, or the input's prompt).
    fn reprompt(&mut self) {
        if self.session.choosing_language {
            // The language menu is what waits for an answer.
            return self.language_menu();
        }
        let Some(at) = self.current() else {
            if self.session.relay.is_some() {
                return self.relay_reminder();
            }
            return self.say("end-hint", None);
        };
        let Some(node) = self.content().flows.node(&at) else {
            return;
        };
        if let Some(input) = &node.input
            && !matches!(input, Input::YesNo { .. })
            && let Some(last) = node.say.last()
        {
            self.say_item(last);
        }
        if !node.choices.is_empty() || matches!(node.input, Some(Input::YesNo { .. })) {
            self.show_choices(&at, node);
        }
    }

    fn reprompt_or_start(&mut self) {
        if self.session.lang.is_none() || self.session.choosing_language {
            self.language_menu();
        } else if self.current().is_some() || self.session.relay.is_some() {
            self.reprompt();
        } else {
            self.enter_home();
        }
    }

    fn pick(&mut self, node: &Node, index: usize) {
        let Some(choice) = node.choices.get(index) else {
            return self.stale();
        };
        for (name, value) in &choice.set {
            self.session.vars.insert(name.clone(), value.clone());
        }
        self.enter(choice.goto.clone());
    }

    /// A typed number picks the choice shown beside it (and nothing else); other lines, a
    /// choice by its label.
    fn choice_by_text(&self, node: &Node, line: &str, folded: &str) -> Option<usize> {
        match typed_number(line) {
            Some(_) => self.choice_by_number(node, line),
            None => self.choice_by_label(node, folded),
        }
    }

    /// A choice by the number shown beside it.
    fn choice_by_number(&self, node: &Node, line: &str) -> Option<usize> {
        typed_number(line)?
            .checked_sub(1)
            .filter(|i| *i < node.choices.len())
    }

    /// A choice whose label was typed in full (case and accents ignored).
    fn choice_by_label(&self, node: &Node, folded: &str) -> Option<usize> {
        node.choices
            .iter()
            .position(|c| fold(&strip_isolates(&self.format(&c.text, None))) == folded)
    }

    /// A line typed at a question. Buttons under the question (a way back, "urgent") are
    /// picked only by their full label; a line the question cannot read may still be an intent
    /// ("menu"), before the question's own error.
    fn input(&mut self, at: &NodeRef, node: &Node, input: &Input, line: &str, folded: &str) {
        if !matches!(input, Input::YesNo { .. })
            && let Some(index) = self.choice_by_label(node, folded)
        {
            return self.pick(node, index);
        }
        match input {
            Input::Text if line.chars().count() > MAX_TEXT_INPUT_CHARS => {
                let args =
                    fluent_args([("max".to_owned(), FluentValue::from(MAX_TEXT_INPUT_CHARS))]);
                self.say("input-text-too-long", Some(&args));
            }
            Input::Text => {
                self.transient_text = Some(line.to_owned());
                self.go_next(node);
            }
            Input::Number { min, max, store } => {
                let digits: String = line.chars().filter(|c| !c.is_whitespace()).collect();
                match digits.parse::<i64>() {
                    Ok(n) if (*min..=*max).contains(&n) => {
                        if let Some(store) = store {
                            self.session.vars.insert(store.clone(), n.to_string());
                        }
                        self.go_next(node);
                    }
                    _ if self.global_intent(folded) => {}
                    _ => {
                        let args = fluent_args([
                            ("min".to_owned(), FluentValue::from(*min)),
                            ("max".to_owned(), FluentValue::from(*max)),
                        ]);
                        self.say("input-number-invalid", Some(&args));
                    }
                }
            }
            Input::Place => match self.content().directory.resolve_text(line) {
                Some(place) => self.place_found(node, place),
                None if self.global_intent(folded) => {}
                None => self.say("input-place-invalid", None),
            },
            Input::YesNo { yes, no } => {
                let locale = self.content().locales.get(self.lang());
                let by_button_text = self.yes_no_by_text(line, folded);
                let answer = by_button_text.or_else(|| {
                    let locale = locale?;
                    if locale.intents.matches("yes", folded) {
                        Some(true)
                    } else if locale.intents.matches("no", folded) {
                        Some(false)
                    } else {
                        None
                    }
                });
                match answer {
                    Some(true) => self.enter(yes.clone()),
                    Some(false) => self.enter(no.clone()),
                    None if self.global_intent(folded) => {}
                    None => {
                        self.say("not-understood", None);
                        self.show_choices(at, node);
                    }
                }
            }
        }
    }

    fn yes_no_by_text(&self, line: &str, folded: &str) -> Option<bool> {
        match line.trim().trim_end_matches(['.', ')']) {
            "1" => return Some(true),
            "2" => return Some(false),
            _ => {}
        }
        if fold(&strip_isolates(&self.format("choice-yes", None))) == folded {
            Some(true)
        } else if fold(&strip_isolates(&self.format("choice-no", None))) == folded {
            Some(false)
        } else {
            None
        }
    }

    fn place_found(&mut self, node: &Node, resolved: Resolved) {
        let place = resolved.place;
        if place.in_region {
            self.session.dept = Some(place.dept);
            self.transient_near = resolved.near;
        } else if place.dept.is_empty() {
            // A location outside every outline: elsewhere, or at sea. No département to name,
            // no association to ask: the national numbers, then the menu.
            self.say("place-location-outside", None);
            self.session.dept = None;
            self.contact_card();
            return self.enter_home();
        } else {
            // Elsewhere in France: keep the code so the card names national resources, and say
            // so kindly.
            let args = fluent_args([("dept".to_owned(), FluentValue::from(place.dept.clone()))]);
            self.say("place-outside-region", Some(&args));
            self.session.dept = Some(place.dept);
        }
        self.go_next(node);
    }

    fn go_next(&mut self, node: &Node) {
        match &node.next {
            Some(next) => self.enter(next.clone()),
            None => self.dead_end(),
        }
    }

    // ----- actions ----------------------------------------------------------------------------

    /// Runs an action; false when the flow cannot go on from it (no association to show).
    fn act(&mut self, action: Action) -> bool {
        match action {
            Action::ContactCard => return self.contact_card(),
            Action::Handoff => self.handoff(),
            Action::Erase => self.exit(),
        }
        true
    }

    /// Whether the person said they are under 18 (an age band under 18 sets `$minor`).
    fn is_minor(&self) -> bool {
        self.session.vars.get("minor").is_some_and(|v| v == "yes")
    }

    /// What ranks the associations of the person's département: the need chosen, the
    /// language, the point given in this step, and whether they are under 18.
    fn query<'q>(&'q self, dept: &'q str) -> Query<'q> {
        Query {
            dept,
            need: self.session.vars.get("need").map(String::as_str),
            lang: self.lang(),
            near: self.transient_near,
            minor: self.is_minor(),
        }
    }

    /// Shows the best association's card ([`Directory::ranked`]); else the national numbers,
    /// and false. A minor where every association receives adults only gets the numbers for
    /// young people and no card.
    ///
    /// [`Directory::ranked`]: crate::directory::Directory::ranked
    fn contact_card(&mut self) -> bool {
        let directory = &self.content().directory;
        let association = self
            .session
            .dept
            .as_deref()
            .and_then(|dept| directory.nearest(&self.query(dept)));
        match association {
            Some(association) => {
                self.show_card(association);
                return true;
            }
            None if self.session.dept.as_deref().is_some_and(|dept| {
                self.is_minor()
                    && directory
                        .associations
                        .iter()
                        .any(|a| a.departements.iter().any(|d| d == dept))
            }) =>
            {
                // Associations there, none for people under 18.
                let name = self.dept_name();
                let args = fluent_args([("dept_name".to_owned(), FluentValue::from(name))]);
                self.say("contact-card-none-minors", Some(&args));
            }
            None if self.session.dept.is_some() => {
                let name = self.dept_name();
                let args = fluent_args([("dept_name".to_owned(), FluentValue::from(name))]);
                self.say("contact-card-none", Some(&args));
            }
            None => self.say("contact-card-national", None),
        }
        false
    }

    /// The card of an association by id (the one a handoff chose); never, to a minor, one
    /// known to receive adults only (the ranked choice instead).
    fn card_of(&mut self, id: &str) {
        let directory = &self.content().directory;
        match directory.association(id) {
            Some(association) if !(self.is_minor() && association.sees_minors() == Some(false)) => {
                self.show_card(association);
            }
            _ => {
                self.contact_card();
            }
        }
    }

    /// The card: name and town, what it helps with, and only the contacts an operator verified
    /// and marked to be shown (leads never reach a person). Without a way to reach it, the card
    /// says its contacts are being checked and gives the national numbers (`$minor`: the
    /// young people's).
    fn show_card(&mut self, association: &'a crate::directory::Association) {
        self.session
            .vars
            .insert(CARD_VAR.to_owned(), association.id.clone());
        let mut lines = Vec::new();
        let title = fluent_args([
            (
                "name".to_owned(),
                FluentValue::from(association.name.clone()),
            ),
            (
                "town".to_owned(),
                FluentValue::from(association.town.clone()),
            ),
        ]);
        lines.push(self.format("contact-card-title", Some(&title)));
        if !association.specialities.is_empty() {
            let labels: Vec<String> = association
                .specialities
                .iter()
                .map(|s| strip_isolates(&self.format(&speciality_message(s), None)))
                .collect();
            let helps = self.list(&labels);
            let args = fluent_args([("needs".to_owned(), FluentValue::from(helps))]);
            lines.push(self.format("contact-card-helps", Some(&args)));
        }
        for contact in association.shown_contacts() {
            if let Some(line) = self.contact_line(contact) {
                lines.push(line);
            }
        }
        let to_complete = !association.is_reachable();
        if to_complete {
            lines.push(self.format("contact-card-to-complete", None));
        }
        self.replies.push(Reply::ContactCard(ContactCard {
            association: association.id.clone(),
            lines,
            pictogram: self.pictogram(CONTACT_CARD_PICTOGRAM),
            to_complete,
        }));
    }

    /// One verified contact as the card says it; `None` for what is not worth a line (no
    /// interpreter; "receives minors" to an adult).
    fn contact_line(&self, contact: &Contact) -> Option<String> {
        let text = |id: &str, arg: &str, value: String| {
            let args = fluent_args([(arg.to_owned(), FluentValue::from(value))]);
            self.format(id, Some(&args))
        };
        match (&contact.kind, &contact.value) {
            (ContactKind::Phone, ContactValue::Text(v)) => {
                Some(text("contact-card-phone", "phone", v.clone()))
            }
            (ContactKind::Sms, ContactValue::Text(v)) => {
                Some(text("contact-card-sms", "phone", v.clone()))
            }
            (ContactKind::Email, ContactValue::Text(v)) => {
                Some(text("contact-card-email", "email", v.clone()))
            }
            (ContactKind::Website, ContactValue::Text(v)) => {
                Some(text("contact-card-website", "url", v.clone()))
            }
            (ContactKind::Form, ContactValue::Text(v)) => {
                Some(text("contact-card-form", "url", v.clone()))
            }
            (ContactKind::Address, ContactValue::Text(v)) => {
                Some(text("contact-card-address", "text", v.clone()))
            }
            (ContactKind::Hours, ContactValue::Text(v)) => {
                Some(text("contact-card-hours", "hours", v.clone()))
            }
            (ContactKind::Languages, ContactValue::Languages(tags)) => {
                let locales = &self.content().locales;
                let names: Vec<String> = tags
                    .iter()
                    .map(|tag| {
                        locales
                            .get(tag)
                            .map_or_else(|| tag.clone(), |l| l.meta.name.clone())
                    })
                    .collect();
                Some(text(
                    "contact-card-languages",
                    "languages",
                    self.list(&names),
                ))
            }
            (ContactKind::Interpreter, ContactValue::Flag(true)) => {
                Some(self.format("contact-card-interpreter", None))
            }
            (ContactKind::Minors, ContactValue::Flag(true)) if self.is_minor() => {
                Some(self.format("contact-card-minors", None))
            }
            _ => None,
        }
    }

    /// The person consented: ask the hub to post the request to the association whose card
    /// they were shown.
    fn handoff(&mut self) {
        // One relay at a time: a second request (reached with buttons while a relay is open)
        // would leave the first without its person.
        if self.session.relay.is_some() {
            return self.relay_reminder();
        }
        let lang = self.lang().to_owned();
        let needs: Vec<String> = self.session.vars.get("need").cloned().into_iter().collect();
        let dept = self.session.dept.clone();
        let association = self.session.vars.get(CARD_VAR).cloned().or_else(|| {
            dept.as_deref()
                .and_then(|d| self.content().directory.nearest(&self.query(d)))
                .map(|a| a.id.clone())
        });
        self.handoff = Some(HandoffEvent::Open(HandoffRequest {
            lang,
            needs,
            dept,
            urgency: self.session.vars.get("urgency").cloned(),
            association,
            message: self.transient_text.take(),
            minor: self.is_minor(),
        }));
    }

    // ----- formatting -------------------------------------------------------------------------

    fn var(&self, name: &str) -> Option<String> {
        match name {
            "dept" => self.session.dept.clone(),
            "dept_name" => self.session.dept.as_ref().map(|_| self.dept_name()),
            "lang" => self.session.lang.clone(),
            _ => self.session.vars.get(name).cloned(),
        }
    }

    /// Items joined the way the language writes a list ("، " in Arabic).
    fn list(&self, items: &[String]) -> String {
        items.join(&strip_isolates(&self.format("list-separator", None)))
    }

    fn dept_name(&self) -> String {
        let code = self.session.dept.clone().unwrap_or_default();
        self.content()
            .directory
            .departement_name(&code)
            .map_or(code, str::to_owned)
    }

    fn say_item(&mut self, item: &SayItem) {
        if item.args.is_empty() {
            return self.say(&item.id, None);
        }
        let mut args = FluentArgs::new();
        for (name, value) in &item.args {
            match value {
                ArgValue::Text(text) => args.set(name.clone(), FluentValue::from(text.clone())),
                ArgValue::Number(n) => args.set(name.clone(), FluentValue::from(*n)),
                ArgValue::Var(var) => {
                    let value = self.var(var).unwrap_or_default();
                    match value.parse::<f64>() {
                        Ok(n) => args.set(name.clone(), FluentValue::from(n)),
                        Err(_) => args.set(name.clone(), FluentValue::from(value)),
                    }
                }
            }
        }
        self.say(&item.id, Some(&args));
    }

    fn say(&mut self, id: &str, args: Option<&FluentArgs>) {
        let text = self.format(id, args);
        if !text.is_empty() {
            self.replies.push(Reply::Text(text));
        }
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        // Every text may say what the person's channel keeps (`$channel`), speak in the youth
        // register (`$register`) and give a minor's contacts (`$minor`), from the session;
        // `Locales::format` gives the defaults (flows/README.md, "Variables every text
        // receives").
        let mut all = FluentArgs::new();
        if let Some(channel) = &self.session.channel {
            all.set("channel", FluentValue::from(channel.clone()));
        }
        for (name, _) in TEXT_VARIABLES {
            if let Some(value) = self.session.vars.get(*name) {
                all.set(*name, FluentValue::from(value.clone()));
            }
        }
        for (name, value) in args.into_iter().flat_map(FluentArgs::iter) {
            all.set(name.to_owned(), value.clone());
        }
        match self.content().locales.format(self.lang(), id, Some(&all)) {
            Some(text) if self.direction() == Direction::Rtl => ltr_commands(&text),
            Some(text) => text,
            None => {
                tracing::error!(
                    message = id,
                    lang = self.lang(),
                    "message missing in every language: run `passerelle check`"
                );
                String::new()
            }
        }
    }

    fn pictogram(&self, id: &str) -> Option<PictogramRef> {
        let pictogram = self.content().pictograms.get(id)?;
        Some(PictogramRef {
            id: id.to_owned(),
            file: pictogram.file.clone(),
            alt: strip_isolates(&self.format(&pictogram.alt, None)),
        })
    }
}

/// The message id that names a need (`housing` -> `need-housing`); `check` requires one for
/// every need a choice sets.
pub fn need_message(need: &str) -> String {
    format!("need-{need}")
}

/// A line that is a number, as people type one beside a choice ("2", "2.", "2)").
fn typed_number(line: &str) -> Option<usize> {
    line.trim().trim_end_matches(['.', ')']).parse().ok()
}

/// A short token naming a node, so that a button from an old message is recognised as stale.
fn node_token(at: &NodeRef) -> String {
    let digest = Sha256::digest(at.to_string().as_bytes());
    digest[..4].iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests;
