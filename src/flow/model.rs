//! The loaded, resolved form of flows: every target already checked to exist.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::diagnostic::Location;

/// A node's address across flows: `flow:node`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct NodeRef {
    /// The flow id.
    pub flow: String,
    /// The node id within the flow.
    pub node: String,
}

impl NodeRef {
    /// A reference from its two parts.
    pub fn new(flow: impl Into<String>, node: impl Into<String>) -> Self {
        Self {
            flow: flow.into(),
            node: node.into(),
        }
    }
}

impl fmt::Display for NodeRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.flow, self.node)
    }
}

/// A value handed to a Fluent message.
#[derive(Debug, Clone, PartialEq)]
pub enum ArgValue {
    /// A literal string.
    Text(String),
    /// A literal number.
    Number(f64),
    /// A session variable (`$children`), or the built-ins `$dept` and `$dept_name`.
    Var(String),
}

/// One message to say, with its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct SayItem {
    /// The Fluent message id.
    pub id: String,
    /// Named arguments.
    pub args: BTreeMap<String, ArgValue>,
    /// Where it is written, for the checker.
    pub location: Location,
}

/// One button of a node.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// The Fluent id of its label.
    pub text: String,
    /// An optional pictogram id.
    pub pictogram: Option<String>,
    /// Where it leads.
    pub goto: NodeRef,
    /// Session variables it sets (values come from the flow, never from the person).
    pub set: BTreeMap<String, String>,
    /// Where it is written.
    pub location: Location,
}

/// What a node waits for, besides choices.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// Any non-empty line, handed to the next step and never stored.
    Text,
    /// Yes or no.
    YesNo {
        /// Target on yes.
        yes: NodeRef,
        /// Target on no.
        no: NodeRef,
    },
    /// A whole number in a range, optionally kept in a session variable.
    Number {
        /// Smallest accepted.
        min: i64,
        /// Largest accepted.
        max: i64,
        /// Variable to keep it in.
        store: Option<String>,
    },
    /// A département, postal code or shared location.
    Place,
}

/// Something a node does besides speaking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Send the contact card of the nearest association.
    ContactCard,
    /// Emit a handoff request.
    Handoff,
    /// Erase the session and the visible conversation.
    Erase,
}

/// A rule of a branch node.
#[derive(Debug, Clone, PartialEq)]
pub struct BranchRule {
    /// Every variable must have this value.
    pub when: BTreeMap<String, String>,
    /// Where to go when it matches.
    pub goto: NodeRef,
}

/// One step of a conversation.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Messages, in order.
    pub say: Vec<SayItem>,
    /// Session variables set as the node is entered, before its messages (values come from the
    /// flow): a path that speaks in its own register says so once, for every text after it.
    pub set: BTreeMap<String, String>,
    /// Pictogram shown before the messages.
    pub pictogram: Option<String>,
    /// Buttons.
    pub choices: Vec<Choice>,
    /// What the node waits for.
    pub input: Option<Input>,
    /// Where to go on after the input, or at once.
    pub next: Option<NodeRef>,
    /// Decisions on session variables.
    pub branch: Vec<BranchRule>,
    /// What it does besides speaking.
    pub action: Option<Action>,
    /// The conversation may stop here.
    pub end: bool,
    /// Where the node is written.
    pub location: Location,
}

impl Node {
    /// Whether the engine stops here and waits for the person.
    pub fn waits(&self) -> bool {
        !self.choices.is_empty() || self.input.is_some() || (self.end && self.next.is_none())
    }

    /// Every node this one can lead to.
    pub fn targets(&self) -> Vec<&NodeRef> {
        let mut targets: Vec<&NodeRef> = self.choices.iter().map(|c| &c.goto).collect();
        targets.extend(self.branch.iter().map(|b| &b.goto));
        targets.extend(self.next.iter());
        if let Some(Input::YesNo { yes, no }) = &self.input {
            targets.push(yes);
            targets.push(no);
        }
        targets
    }
}

/// A global intent: when its patterns match, go there.
#[derive(Debug, Clone, PartialEq)]
pub struct IntentRoute {
    /// The intent id, whose patterns are in each locale's `intents.toml`.
    pub id: String,
    /// Where it leads.
    pub goto: NodeRef,
    /// Checked even at an input node (danger words).
    pub interrupt: bool,
    /// Tried before intents of lower priority (default 0): specific words ("nudes") before
    /// common ones ("money", "someone").
    pub priority: i32,
    /// Where it is declared.
    pub location: Location,
}

/// One flow.
#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    /// Its id.
    pub id: String,
    /// Where it begins.
    pub start: String,
    /// Where "back home" leads (entry flow).
    pub home: String,
    /// Its nodes.
    pub nodes: BTreeMap<String, Node>,
    /// Its file.
    pub location: Location,
}

/// Every flow, resolved.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FlowSet {
    /// Flows by id.
    pub flows: BTreeMap<String, Flow>,
    /// Global intents whose targets resolve, in load order.
    pub intents: Vec<IntentRoute>,
    /// Every intent id a flow declares (even one whose target is wrong).
    pub declared_intents: std::collections::BTreeSet<String>,
}

impl FlowSet {
    /// A node by reference.
    pub fn node(&self, at: &NodeRef) -> Option<&Node> {
        self.flows.get(&at.flow)?.nodes.get(&at.node)
    }

    /// The start node of a flow.
    pub fn start_of(&self, flow: &str) -> Option<NodeRef> {
        self.flows
            .get(flow)
            .map(|f| NodeRef::new(flow, f.start.clone()))
    }

    /// The home node of a flow.
    pub fn home_of(&self, flow: &str) -> Option<NodeRef> {
        self.flows
            .get(flow)
            .map(|f| NodeRef::new(flow, f.home.clone()))
    }

    /// Every node with its reference.
    pub fn nodes(&self) -> impl Iterator<Item = (NodeRef, &Node)> {
        self.flows.values().flat_map(|flow| {
            flow.nodes
                .iter()
                .map(move |(id, node)| (NodeRef::new(flow.id.clone(), id.clone()), node))
        })
    }
}
