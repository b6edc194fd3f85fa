//! Conversation flows: the graph the engine walks, loaded from `flows/*.toml`.

mod loader;
mod model;

pub use loader::load_flows;
pub use model::{
    Action, ArgValue, BranchRule, Choice, Flow, FlowSet, Input, IntentRoute, Node, NodeRef, SayItem,
};
