//! The warm handoff (DESIGN.md "Warm handoff"): with the person's consent, an anonymous request
//! with a random ticket code goes to the nearest association's staff desk, and the bot relays
//! both ways; what reaches the person unasked starts neutral (S6). Routes back to the person
//! are sealed (P3).

pub mod desk;
pub mod hub;
pub mod route;
pub mod staff;

pub use desk::{
    Covers, Desk, DeskChannel, DeskSettings, Desks, LanguagePrefix, MAX_REPLY_PREFIX_CHARS,
    ReplyPrefixSettings, check_prefix_text,
};
pub use hub::{BoxFuture, Courier, CourierError, DeskInbound, HandoffTimes, Hub};
pub use route::{Address, TicketCode};
