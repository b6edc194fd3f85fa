//! What goes in and out of the engine: platform-free messages that channel adapters translate.

use std::path::PathBuf;

use crate::flow::NodeRef;
use crate::locale::Direction;

use super::handoff::HandoffEvent;
use super::session::{Session, VisibleMessage};

/// Kinds of message the bot does not read; never stored nor forwarded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaKind {
    /// A photo or image.
    Photo,
    /// A sticker or animation.
    Sticker,
    /// A voice or audio message.
    Voice,
    /// A video.
    Video,
    /// A document or file.
    Document,
    /// A shared contact.
    Contact,
    /// Anything else.
    Other,
}

/// One thing the person did, as every channel can say it.
#[derive(Debug, Clone, PartialEq)]
pub enum Inbound {
    /// A line of text (commands included).
    Text(String),
    /// A button press, with the opaque token the engine gave the button.
    Button(String),
    /// A shared location, turned into a département at once and dropped.
    Location {
        /// Latitude.
        lat: f64,
        /// Longitude.
        lon: f64,
    },
    /// Something that is not text.
    Unsupported(MediaKind),
    /// The person opened the conversation again (a terminal restarted): show where they are.
    Resume,
}

/// A pictogram to show, with its alt text in the person's language.
#[derive(Debug, Clone, PartialEq)]
pub struct PictogramRef {
    /// The catalogue id.
    pub id: String,
    /// The SVG file, relative to the content root.
    pub file: PathBuf,
    /// Alt text (also the caption).
    pub alt: String,
}

/// One button.
#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceItem {
    /// Its number, from 1 (also the badge on a choice board).
    pub number: usize,
    /// Whether typing the number picks it. Not for buttons under a question, where a typed
    /// number answers the question: channels without buttons show those without a number.
    pub by_number: bool,
    /// Its label.
    pub label: String,
    /// Its pictogram.
    pub pictogram: Option<PictogramRef>,
    /// The opaque token a channel sends back as [`Inbound::Button`] (at most 24 bytes).
    pub token: String,
}

/// The card of an association: the cold handoff.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactCard {
    /// Directory id.
    pub association: String,
    /// Formatted lines: name and town, what they help with, how to reach them, opening hours.
    pub lines: Vec<String>,
    /// The pictogram shown with the card.
    pub pictogram: Option<PictogramRef>,
    /// Its public contact is still to confirm.
    pub to_complete: bool,
}

/// One thing for the channel to show or do.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// A sentence.
    Text(String),
    /// A pictogram.
    Pictogram(PictogramRef),
    /// Buttons (also typed as numbers or labels).
    Choices(Vec<ChoiceItem>),
    /// An association's card.
    ContactCard(ContactCard),
    /// Erase the visible conversation where the platform allows.
    EraseConversation,
}

/// What the engine decided for one inbound message.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The session to keep; `None` erases it.
    pub session: Option<Session>,
    /// What to show, in order.
    pub replies: Vec<Reply>,
    /// The nodes entered, for aggregate counters.
    pub visited: Vec<NodeRef>,
    /// The language replies are in (empty before one is chosen).
    pub lang: String,
    /// Writing direction of that language.
    pub direction: Direction,
    /// A campaign code from a deep link, for aggregate counters only.
    pub campaign: Option<String>,
    /// The bot now waits for a place: channels may offer to share a location.
    pub asks_place: bool,
    /// The bot waited for a place before this step and no longer does: a channel removes what
    /// it offered for it (Telegram's keyboard, whose labels would be sent as text later).
    pub left_place: bool,
    /// The conversation ended (stop, forget, the end of a relay): the store keeps what is left
    /// of the session under a new key and destroys the old one, so that what it held before
    /// (needs, département, ticket) cannot be read back from old versions on disk (P8).
    pub forget_past: bool,
    /// On a quick exit: the messages shown, for the channel to erase where it can.
    pub erase_visible: Vec<VisibleMessage>,
    /// Words for the team held back because they held danger words: the runtime keeps them in
    /// memory only (never in the session, P1) for the offer to send them marked urgent
    /// ([`crate::engine::Engine::send_held`]).
    pub held: Option<String>,
    /// What the handoff hub is to do (post a request, relay words, end a relay).
    pub handoff: Option<HandoffEvent>,
}

impl Outcome {
    /// The choices of the step's last message with choices: what is on screen to press or type.
    pub fn last_choices(&self) -> Vec<ChoiceItem> {
        self.replies
            .iter()
            .rev()
            .find_map(|r| match r {
                Reply::Choices(items) => Some(items.clone()),
                _ => None,
            })
            .unwrap_or_default()
    }
}
