//! The ways out that work from every state (DESIGN.md S1, S3): the emergency numbers and the
//! home menu, reached by the label of a choice that leads there typed in full (in any language,
//! with a channel's decorations such as keycaps), and by such a button pressed on the current or
//! any older message. Computed once from the content.

use std::collections::HashMap;

use crate::content::Content;
use crate::flow::NodeRef;
use crate::text::{fold, strip_isolates};

/// Where an escape leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escape {
    /// The emergency numbers (the target of the interrupting intent).
    Emergency,
    /// The home menu of the entry flow.
    Home,
}

/// The escapes of some content.
#[derive(Debug, Default)]
pub(super) struct Escapes {
    /// The emergency node.
    pub emergency: Option<NodeRef>,
    /// The home node.
    pub home: Option<NodeRef>,
    /// Folded labels of choices leading to an escape: (label, language tag, where).
    labels: Vec<(String, String, Escape)>,
    /// Every node by its button token, so that a button of an older message is read.
    tokens: HashMap<String, NodeRef>,
}

impl Escapes {
    pub fn new(content: &Content, entry_flow: &str) -> Self {
        let flows = &content.flows;
        let emergency = flows
            .intents
            .iter()
            .find(|r| r.interrupt)
            .map(|r| r.goto.clone());
        let home = flows.home_of(entry_flow);
        let mut escapes = Self {
            emergency,
            home,
            ..Self::default()
        };
        for (at, node) in flows.nodes() {
            escapes.tokens.insert(super::node_token(&at), at.clone());
            for choice in &node.choices {
                let Some(escape) = escapes.leads_to(&choice.goto) else {
                    continue;
                };
                for locale in content.locales.all() {
                    let tag = &locale.meta.tag;
                    let Some(label) = content.locales.format(tag, &choice.text, None) else {
                        continue;
                    };
                    let folded = fold(&strip_isolates(&label));
                    if folded.is_empty()
                        || escapes
                            .labels
                            .iter()
                            .any(|(l, t, _)| *l == folded && t == tag)
                    {
                        continue;
                    }
                    escapes.labels.push((folded, tag.clone(), escape));
                }
            }
        }
        escapes
    }

    /// Whether a target is one of the escapes.
    pub fn leads_to(&self, target: &NodeRef) -> Option<Escape> {
        if self.emergency.as_ref() == Some(target) {
            Some(Escape::Emergency)
        } else if self.home.as_ref() == Some(target) {
            Some(Escape::Home)
        } else {
            None
        }
    }

    /// The escape whose label a line is: the emergency in any language (a person who panics
    /// is understood whatever language was chosen), home in the language in use only.
    pub fn by_label(&self, line: &str, lang: Option<&str>) -> Option<(Escape, &str)> {
        let folded = fold(&undecorate(line));
        let mut found = None;
        for (label, tag, escape) in &self.labels {
            if *label != folded {
                continue;
            }
            let chosen = lang == Some(tag.as_str());
            match escape {
                Escape::Emergency if chosen => return Some((*escape, tag)),
                Escape::Emergency => found = found.or(Some((*escape, tag.as_str()))),
                Escape::Home if chosen || lang.is_none() => {
                    found = found.or(Some((*escape, tag.as_str())));
                }
                Escape::Home => {}
            }
        }
        found
    }

    /// The node a button token names, current or not.
    pub fn node_of_token(&self, prefix: &str) -> Option<&NodeRef> {
        self.tokens.get(prefix)
    }
}

/// A line without what channels put before a choice's label, so that a label copied or typed
/// with it is still recognised: keycap emoji (`1️⃣`), a number with `.` or `)`, a bullet or dash.
pub fn undecorate(line: &str) -> String {
    let mut rest = line.trim_start();
    loop {
        let before = rest;
        if let Some(after) = rest.strip_prefix("🔟") {
            rest = after;
        }
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && digits <= 2 {
            let after = &rest[digits..];
            let keycap = after.trim_start_matches('\u{FE0F}');
            if let Some(after) = keycap.strip_prefix('\u{20E3}') {
                rest = after;
            } else if let Some(after) = after.strip_prefix(['.', ')']) {
                rest = after;
            }
        }
        rest = rest.trim_start_matches(['•', '-', '–', '·', '▫', '\u{FE0F}', '*']);
        rest = rest.trim_start();
        if rest == before {
            break;
        }
    }
    rest.trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::undecorate;

    #[test]
    fn decorations_before_a_label_are_dropped() {
        assert_eq!(undecorate("1️⃣ Urgence, danger"), "Urgence, danger");
        assert_eq!(undecorate("2\u{20E3} Urgence"), "Urgence");
        assert_eq!(undecorate("🔟 Retour"), "Retour");
        assert_eq!(undecorate("  3. Retour au menu "), "Retour au menu");
        assert_eq!(undecorate("4) Retour"), "Retour");
        assert_eq!(undecorate("- Urgence"), "Urgence");
        assert_eq!(undecorate("• Urgence"), "Urgence");
        assert_eq!(undecorate("33000 Bordeaux"), "33000 Bordeaux");
        assert_eq!(undecorate("12"), "12");
    }
}
