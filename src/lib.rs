//! Passerelle: an anonymous outreach and prevention chat bot. A pure conversation engine runs
//! flows written as data, in the person's language, over a pseudonymous store; thin channel
//! adapters connect it to a terminal, Telegram and Matrix.
// matrix-sdk's futures are deep: proving the Matrix channel's task `Send` needs a higher limit.
#![recursion_limit = "256"]

pub mod channel;
pub mod check;
pub mod config;
pub mod content;
pub mod diagnostic;
pub mod directory;
pub mod engine;
pub mod flow;
pub mod handoff;
pub mod invariants;
pub mod kit;
pub mod locale;
pub mod pictogram;
pub mod privacy;
pub mod runtime;
pub mod store;
pub mod text;
