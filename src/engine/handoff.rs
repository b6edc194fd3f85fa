//! The warm handoff, as the engine sees it: what the person is told when a request is posted
//! (or cannot be), what staff send back, and the texts staff read in their desk, in the desk's
//! language. Posting, sealing and relaying are the handoff hub's; nothing here does I/O.

use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::{Deserialize, Serialize};

use super::{Engine, Outcome, Reply, Session, Step, need_message};
use crate::locale::fluent_args;
use crate::text::strip_isolates;

/// An open relay between the person and an association's desk.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relay {
    /// The ticket code (random; the sealed route is stored under it).
    pub ticket: String,
    /// The association answering (a regional desk's id, when one took the request).
    pub association: String,
    /// Who answers, by name, when the directory does not list it (a regional desk's `name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The association the person was matched with, when a regional desk took the request
    /// instead of its own: its verified contacts are the fallback if nobody answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instead_of: Option<String>,
}

/// What the engine asks the hub to do for the person.
#[derive(Debug, Clone, PartialEq)]
pub enum HandoffEvent {
    /// Post a request (the person consented).
    Open(HandoffRequest),
    /// Relay the person's words to the desk; never stored.
    Relay {
        /// The ticket.
        ticket: String,
        /// The words.
        text: String,
    },
    /// The person ended the relay.
    End {
        /// The ticket.
        ticket: String,
        /// How.
        why: EndReason,
    },
}

/// How the person ended a relay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndReason {
    /// `/stop` (or `/forget`).
    Stop,
    /// The quick exit: staff should not try to reach the person.
    Exit,
}

/// A request for a human, anonymous, to be posted in an association's staff desk.
#[derive(Debug, Clone, PartialEq)]
pub struct HandoffRequest {
    /// The person's language.
    pub lang: String,
    /// The needs the person chose to share.
    pub needs: Vec<String>,
    /// The département, if the person gave one.
    pub dept: Option<String>,
    /// How soon they would like an answer (`today`, `soon`, `later`).
    pub urgency: Option<String>,
    /// The association chosen (the nearest for the needs and département), if any.
    pub association: Option<String>,
    /// The person's optional message: relayed, never stored.
    pub message: Option<String>,
    /// Under 18 (`$minor`): a regional desk takes it only if it receives minors. Not posted.
    pub minor: bool,
}

/// What starts a staff reply on the person's screen when the operator chose it
/// (`[handoff] reply_prefix`) instead of each language's `relay-staff-prefix`: the first words
/// of a message that arrives unasked are what a watched phone's lock screen shows (S6).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReplyPrefix {
    /// For every language not listed in `by_language`.
    pub all: Option<String>,
    /// By language tag.
    pub by_language: BTreeMap<String, String>,
}

impl ReplyPrefix {
    /// The operator's prefix for a language, if any (else the locale's default applies).
    pub fn for_language(&self, lang: &str) -> Option<&str> {
        self.by_language
            .get(lang)
            .or(self.all.as_ref())
            .map(String::as_str)
    }
}

/// What the hub tells the person's conversation.
#[derive(Debug, Clone, PartialEq)]
pub enum HandoffNotice {
    /// The request is in the desk: the relay is open until `until` unless renewed.
    Opened {
        /// The ticket code.
        ticket: String,
        /// The association.
        association: String,
        /// Languages its staff read.
        staff_languages: Vec<String>,
        /// The relay is kept at least until then (seconds since the Unix epoch).
        until: u64,
        /// Who answers, by name, when the directory does not list it (a regional desk).
        name: Option<String>,
        /// A regional desk took it instead of this association's own desk.
        instead_of: Option<String>,
    },
    /// The association has no desk here: its card (a cold handoff) and the numbers.
    NoDesk {
        /// The association, if one was found.
        association: Option<String>,
    },
    /// Nobody is at the desk now.
    DeskClosed {
        /// The association.
        association: String,
    },
    /// The desk could not be reached.
    DeskFailed {
        /// The association.
        association: String,
    },
    /// Staff wrote.
    StaffWords {
        /// What they wrote.
        text: String,
        /// The relay is kept at least until then.
        until: u64,
        /// The operator's prefix, if set.
        prefix: ReplyPrefix,
    },
    /// Staff ended the conversation.
    StaffClosed,
    /// Staff passed the ticket to another association.
    Transferred {
        /// The new association.
        association: String,
        /// Its name, when the directory does not list it (a regional desk).
        name: Option<String>,
    },
    /// No staff answer within the delay: the card and the numbers; the relay stays open.
    NoAnswer,
    /// The person's words could not be passed on.
    Undelivered,
    /// The ticket no longer exists (expired or ended elsewhere).
    Gone,
    /// The ticket's route expired after a long silence: if the person is still in that relay,
    /// it ends, and they are told it has.
    Expired {
        /// The ticket that expired.
        ticket: String,
    },
}

impl HandoffNotice {
    /// Whether the hub sends it while the person wrote nothing (a staff reply, a timeout, an
    /// expiry): it may light up a watched phone's lock screen, so what it shows starts with a
    /// line as neutral as the bot's first one, and stays one message (S6). The others answer
    /// the person's own message, on a screen they are looking at.
    pub fn unasked(&self) -> bool {
        match self {
            Self::StaffWords { .. }
            | Self::StaffClosed
            | Self::Transferred { .. }
            | Self::NoAnswer
            | Self::Expired { .. } => true,
            Self::Opened { .. }
            | Self::NoDesk { .. }
            | Self::DeskClosed { .. }
            | Self::DeskFailed { .. }
            | Self::Undelivered
            | Self::Gone => false,
        }
    }
}

/// A text for staff, in the desk's language.
#[derive(Debug, Clone, PartialEq)]
pub enum DeskText<'a> {
    /// A new ticket.
    Ticket {
        /// The code.
        ticket: &'a str,
        /// The person's language tag.
        lang: &'a str,
        /// Whether this desk's staff read it.
        staff_read_it: bool,
        /// The needs shared.
        needs: &'a [String],
        /// The département.
        dept: Option<&'a str>,
        /// The urgency chosen.
        urgency: Option<&'a str>,
        /// The person's own message.
        message: Option<&'a str>,
        /// The association it was transferred from, if any.
        transferred_from: Option<&'a str>,
        /// It reached this desk as a regional desk: for this association (by name), whose own
        /// desk could not take it, or for none (`None`).
        regional: Option<Option<&'a str>>,
    },
    /// The person wrote.
    PersonSays {
        /// The code.
        ticket: &'a str,
        /// The words.
        text: &'a str,
    },
    /// The person ended the conversation (`/stop`).
    PersonStopped {
        /// The code.
        ticket: &'a str,
    },
    /// The person used the quick exit.
    PersonLeft {
        /// The code.
        ticket: &'a str,
    },
    /// Staff closed it.
    Closed {
        /// The code.
        ticket: &'a str,
    },
    /// Staff passed it on.
    Transferred {
        /// The code.
        ticket: &'a str,
        /// The new association's name.
        to: &'a str,
    },
    /// No desk for the association named in a transfer.
    TransferUnknown {
        /// What staff typed.
        association: &'a str,
    },
    /// No staff answer in time: the person got the fallback.
    NoAnswer {
        /// The code.
        ticket: &'a str,
        /// The delay, in minutes.
        minutes: u64,
    },
    /// The ticket expired after days of silence.
    Expired {
        /// The code.
        ticket: &'a str,
        /// The silence, in days.
        days: u64,
    },
    /// A message could not reach the person.
    Undelivered {
        /// The code.
        ticket: &'a str,
    },
    /// A reply to a ticket that has ended.
    Ended,
    /// How to use the desk commands.
    Usage,
}

impl Engine {
    /// Applies something the hub says to a person's conversation: the session to keep and what
    /// to show. `now` is seconds since the Unix epoch.
    pub fn notice(&self, session: Session, notice: HandoffNotice, now: u64) -> Outcome {
        let mut step = self.step(session, now);
        step.notice(notice);
        step.finish()
    }

    /// A text for staff in a desk's language, without isolation marks (it is copied, quoted).
    pub fn desk_text(&self, lang: &str, text: &DeskText<'_>) -> String {
        let format = |id: &str, args: Option<&FluentArgs>| {
            strip_isolates(
                &self
                    .content()
                    .locales
                    .format(lang, id, args)
                    .unwrap_or_default(),
            )
        };
        let code = |ticket: &str| {
            fluent_args([("ticket".to_owned(), FluentValue::from(ticket.to_owned()))])
        };
        match text {
            DeskText::Ticket {
                ticket,
                lang: person_lang,
                staff_read_it,
                needs,
                dept,
                urgency,
                message,
                transferred_from,
                regional,
            } => {
                let language = self.content().locales.get(person_lang).map_or_else(
                    || (*person_lang).to_owned(),
                    |l| format!("{} ({person_lang})", l.meta.name),
                );
                let separator = format("list-separator", None);
                let needs: Vec<String> = needs
                    .iter()
                    .map(|n| format(&need_message(n), None))
                    .collect();
                let needs = if needs.is_empty() {
                    UNKNOWN.to_owned()
                } else {
                    needs.join(&separator)
                };
                let dept = dept.map_or_else(
                    || UNKNOWN.to_owned(),
                    |code| {
                        let name = self
                            .content()
                            .directory
                            .departement_name(code)
                            .unwrap_or(code);
                        format!("{name} ({code})")
                    },
                );
                let urgency = urgency
                    .map_or_else(|| UNKNOWN.to_owned(), |u| format(&urgency_message(u), None));
                let args = fluent_args([
                    ("ticket".to_owned(), FluentValue::from((*ticket).to_owned())),
                    ("lang".to_owned(), FluentValue::from(language.clone())),
                    ("needs".to_owned(), FluentValue::from(needs)),
                    ("dept".to_owned(), FluentValue::from(dept)),
                    ("urgency".to_owned(), FluentValue::from(urgency)),
                ]);
                let mut lines = Vec::new();
                if let Some(from) = transferred_from {
                    let args = fluent_args([(
                        "association".to_owned(),
                        FluentValue::from((*from).to_owned()),
                    )]);
                    lines.push(format("desk-ticket-transferred", Some(&args)));
                }
                match regional {
                    Some(Some(instead_of)) => {
                        let args = fluent_args([(
                            "association".to_owned(),
                            FluentValue::from((*instead_of).to_owned()),
                        )]);
                        lines.push(format("desk-ticket-regional", Some(&args)));
                    }
                    Some(None) => lines.push(format("desk-ticket-regional-none", None)),
                    None => {}
                }
                lines.push(format("desk-ticket", Some(&args)));
                if !staff_read_it {
                    let args = fluent_args([("lang".to_owned(), FluentValue::from(language))]);
                    lines.push(format("desk-ticket-unread-language", Some(&args)));
                }
                if let Some(message) = message {
                    let args = fluent_args([(
                        "text".to_owned(),
                        FluentValue::from((*message).to_owned()),
                    )]);
                    lines.push(format("desk-ticket-message", Some(&args)));
                }
                lines.push(format("desk-lock-screen", None));
                lines.push(format("desk-usage", None));
                lines.join("\n\n")
            }
            DeskText::PersonSays { ticket, text } => {
                let args = fluent_args([
                    ("ticket".to_owned(), FluentValue::from((*ticket).to_owned())),
                    ("text".to_owned(), FluentValue::from((*text).to_owned())),
                ]);
                format("desk-person-says", Some(&args))
            }
            DeskText::PersonStopped { ticket } => {
                format("desk-person-stopped", Some(&code(ticket)))
            }
            DeskText::PersonLeft { ticket } => format("desk-person-left", Some(&code(ticket))),
            DeskText::Closed { ticket } => format("desk-closed", Some(&code(ticket))),
            DeskText::Transferred { ticket, to } => {
                let args = fluent_args([
                    ("ticket".to_owned(), FluentValue::from((*ticket).to_owned())),
                    (
                        "association".to_owned(),
                        FluentValue::from((*to).to_owned()),
                    ),
                ]);
                format("desk-transferred", Some(&args))
            }
            DeskText::TransferUnknown { association } => {
                let args = fluent_args([(
                    "association".to_owned(),
                    FluentValue::from((*association).to_owned()),
                )]);
                format("desk-transfer-unknown", Some(&args))
            }
            DeskText::NoAnswer { ticket, minutes } => {
                let args = fluent_args([
                    ("ticket".to_owned(), FluentValue::from((*ticket).to_owned())),
                    ("minutes".to_owned(), FluentValue::from(*minutes)),
                ]);
                format("desk-no-answer", Some(&args))
            }
            DeskText::Expired { ticket, days } => {
                let args = fluent_args([
                    ("ticket".to_owned(), FluentValue::from((*ticket).to_owned())),
                    ("days".to_owned(), FluentValue::from(*days)),
                ]);
                format("desk-expired", Some(&args))
            }
            DeskText::Undelivered { ticket } => format("desk-undelivered", Some(&code(ticket))),
            DeskText::Ended => format("desk-ended", None),
            DeskText::Usage => format("desk-usage", None),
        }
    }
}

/// What a ticket shows for something the person did not say.
const UNKNOWN: &str = "—";

/// The message id naming an urgency (`today` -> `urgency-today`); `check` requires one for
/// every urgency a choice sets.
pub fn urgency_message(urgency: &str) -> String {
    format!("urgency-{urgency}")
}

/// Message ids the handoff uses, for `check`: every language must have them.
pub const HANDOFF_MESSAGES: &[&str] = &[
    "handoff-sent",
    "handoff-sent-how",
    "handoff-sent-languages",
    "handoff-sent-stop",
    "handoff-sent-regional",
    "handoff-no-desk",
    "handoff-no-association",
    "handoff-desk-closed",
    "handoff-desk-failed",
    "handoff-emergency",
    "handoff-not-sent",
    "handoff-offer-urgent",
    "handoff-send-urgent",
    "handoff-held-gone",
    "urgency-danger",
    "relay-staff-prefix",
    "relay-staff",
    "relay-closed",
    "relay-transferred",
    "relay-no-answer",
    "relay-still-open",
    "relay-undelivered",
    "relay-gone",
    "relay-reminder",
    "relay-danger-passed",
    "relay-stopped",
    "input-text-too-long",
    "desk-ticket",
    "desk-ticket-transferred",
    "desk-ticket-regional",
    "desk-ticket-regional-none",
    "desk-ticket-unread-language",
    "desk-ticket-message",
    "desk-lock-screen",
    "desk-person-says",
    "desk-person-stopped",
    "desk-person-left",
    "desk-closed",
    "desk-transferred",
    "desk-transfer-unknown",
    "desk-no-answer",
    "desk-expired",
    "desk-undelivered",
    "desk-ended",
    "desk-usage",
    "fallback-contact-directly",
    "fallback-unverified",
    "fallback-lines",
    "line-115",
    "line-116006",
    "line-3919",
    "line-119",
    "line-3018",
    "line-fsj",
    "line-danger",
];

impl Step<'_> {
    /// An association's public name: the directory's, else the name the hub gave for the
    /// relay's desk (a regional desk the directory does not list), else its id.
    pub(super) fn association_name(&self, id: &str) -> String {
        if let Some(association) = self.content().directory.association(id) {
            return association.name.clone();
        }
        self.session
            .relay
            .as_ref()
            .filter(|r| r.association == id)
            .and_then(|r| r.name.clone())
            .unwrap_or_else(|| id.to_owned())
    }

    fn say_with(&mut self, id: &str, args: &[(&str, String)]) {
        let args = fluent_args(
            args.iter()
                .map(|(name, value)| ((*name).to_owned(), FluentValue::from(value.clone()))),
        );
        self.say(id, Some(&args));
    }

    pub(super) fn notice(&mut self, notice: HandoffNotice) {
        let from = self.replies.len();
        let unasked = notice.unasked();
        self.apply_notice(notice);
        if unasked {
            self.inline_cards(from);
        }
    }

    /// Cards said since `from` become plain text: a channel may send a card as a message of
    /// its own (Telegram does), whose first line, the association's name, a lock screen would
    /// show. As text, it joins the neutral line before it.
    fn inline_cards(&mut self, from: usize) {
        for reply in self.replies.iter_mut().skip(from) {
            if let Reply::ContactCard(card) = reply {
                *reply = Reply::Text(card.lines.join("\n"));
            }
        }
    }

    fn apply_notice(&mut self, notice: HandoffNotice) {
        let relay_name = self
            .session
            .relay
            .as_ref()
            .map(|r| self.association_name(&r.association))
            .unwrap_or_default();
        match notice {
            HandoffNotice::Opened {
                ticket,
                association,
                staff_languages,
                until,
                name,
                instead_of,
            } => {
                self.session.relay = Some(Relay {
                    ticket: ticket.clone(),
                    association: association.clone(),
                    name,
                    instead_of: instead_of.clone(),
                });
                let name = self.association_name(&association);
                match instead_of {
                    // A regional desk took it: the person learns why, and who will answer.
                    Some(instead_of) => {
                        let matched = self.association_name(&instead_of);
                        self.say_with(
                            "handoff-sent-regional",
                            &[
                                ("association", matched),
                                ("desk", name.clone()),
                                ("ticket", ticket.clone()),
                            ],
                        );
                    }
                    None => self.say_with(
                        "handoff-sent",
                        &[("association", name.clone()), ("ticket", ticket.clone())],
                    ),
                }
                self.say_with("handoff-sent-how", &[("association", name)]);
                if !staff_languages.iter().any(|l| l == self.lang()) {
                    let names: Vec<String> = staff_languages
                        .iter()
                        .filter_map(|l| self.content().locales.get(l).map(|l| l.meta.name.clone()))
                        .collect();
                    let names = self.list(&names);
                    self.say_with("handoff-sent-languages", &[("languages", names)]);
                }
                self.say("handoff-sent-stop", None);
                self.session.keep_until = Some(until);
                self.session.at = None;
                self.session.ended = true;
            }
            HandoffNotice::NoDesk { association } => {
                match association.as_deref() {
                    Some(id) => {
                        let name = self.association_name(id);
                        self.say_with("handoff-no-desk", &[("association", name)]);
                    }
                    None => self.say("handoff-no-association", None),
                }
                self.end_relay();
                self.fallback(association.as_deref());
            }
            HandoffNotice::DeskClosed { association } => {
                let name = self.association_name(&association);
                self.say_with("handoff-desk-closed", &[("association", name)]);
                self.end_relay();
                self.fallback(Some(&association));
            }
            HandoffNotice::DeskFailed { association } => {
                let name = self.association_name(&association);
                self.say_with("handoff-desk-failed", &[("association", name)]);
                self.end_relay();
                self.fallback(Some(&association));
            }
            HandoffNotice::StaffWords {
                text,
                until,
                prefix,
            } => {
                let prefix = match prefix.for_language(self.lang()) {
                    Some(chosen) => chosen.to_owned(),
                    None => self.format("relay-staff-prefix", None),
                };
                self.say_with(
                    "relay-staff",
                    &[
                        ("prefix", prefix),
                        ("association", relay_name),
                        ("text", text),
                    ],
                );
                self.session.keep_until = Some(until);
            }
            HandoffNotice::StaffClosed => {
                self.say_with("relay-closed", &[("association", relay_name)]);
                self.end_relay();
            }
            HandoffNotice::Transferred { association, name } => {
                // Staff chose who answers now: that association's contacts are the fallback.
                if let Some(relay) = &mut self.session.relay {
                    relay.association = association.clone();
                    relay.name = name;
                    relay.instead_of = None;
                }
                let name = self.association_name(&association);
                self.say_with("relay-transferred", &[("association", name)]);
            }
            HandoffNotice::NoAnswer => {
                self.say_with("relay-no-answer", &[("association", relay_name)]);
                // The association the person was matched with, else the one answering.
                let association = self.session.relay.as_ref().map(|r| {
                    r.instead_of
                        .clone()
                        .unwrap_or_else(|| r.association.clone())
                });
                self.fallback(association.as_deref());
                self.say("relay-still-open", None);
            }
            HandoffNotice::Undelivered => {
                self.say("relay-undelivered", None);
            }
            HandoffNotice::Gone => {
                self.say("relay-gone", None);
                self.end_relay();
            }
            HandoffNotice::Expired { ticket } => {
                // A person who has since moved on (another relay, none) hears nothing.
                if self
                    .session
                    .relay
                    .as_ref()
                    .is_some_and(|r| r.ticket == ticket)
                {
                    self.say("relay-gone", None);
                    self.end_relay();
                }
            }
        }
    }

    /// The relay is over on the person's side; the conversation starts again at their next
    /// message.
    pub(super) fn end_relay(&mut self) {
        self.forget_past = true;
        self.session.relay = None;
        self.session.keep_until = None;
        self.session.at = None;
        self.session.ended = true;
    }

    /// While a relay is open: where the person stands and how to end it.
    pub(super) fn relay_reminder(&mut self) {
        let name = self
            .session
            .relay
            .as_ref()
            .map(|r| self.association_name(&r.association))
            .unwrap_or_default();
        self.say_with("relay-reminder", &[("association", name)]);
    }
}
