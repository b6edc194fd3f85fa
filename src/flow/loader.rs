//! Reads `flows/*.toml` into a [`FlowSet`], resolving every target, and reports each problem with
//! `file:line:column`.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::model::{
    Action, ArgValue, BranchRule, Choice, Flow, FlowSet, Input, IntentRoute, Node, NodeRef, SayItem,
};
use crate::content::{ContentFiles, SourceFile, parse_toml};
use crate::diagnostic::{Diagnostic, Location};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFlow {
    id: Spanned<String>,
    start: Spanned<String>,
    home: Option<Spanned<String>>,
    #[serde(default)]
    intents: BTreeMap<Spanned<String>, RawIntent>,
    nodes: BTreeMap<Spanned<String>, RawNode>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIntent {
    goto: Spanned<String>,
    #[serde(default)]
    interrupt: bool,
    #[serde(default)]
    priority: i32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNode {
    say: Option<Spanned<toml::Value>>,
    pictogram: Option<Spanned<String>>,
    choices: Option<Vec<RawChoice>>,
    input: Option<Spanned<String>>,
    next: Option<Spanned<String>>,
    yes: Option<Spanned<String>>,
    no: Option<Spanned<String>>,
    min: Option<Spanned<i64>>,
    max: Option<Spanned<i64>>,
    store: Option<Spanned<String>>,
    branch: Option<Vec<RawBranch>>,
    action: Option<Spanned<String>>,
    #[serde(default)]
    end: bool,
    #[serde(default)]
    set: BTreeMap<Spanned<String>, Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChoice {
    text: Spanned<String>,
    pictogram: Option<Spanned<String>>,
    goto: Spanned<String>,
    #[serde(default)]
    set: BTreeMap<Spanned<String>, Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBranch {
    when: BTreeMap<Spanned<String>, Spanned<String>>,
    goto: Spanned<String>,
}

/// Loads every flow; a malformed file is reported and left out, the others still load.
pub fn load_flows(content: &ContentFiles) -> (FlowSet, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut parsed: Vec<(&SourceFile, &str, RawFlow)> = Vec::new();
    for file in content.under("flows", "toml") {
        match (parse_toml::<RawFlow>(file), file.text()) {
            (Ok(raw), Ok(text)) => parsed.push((file, text, raw)),
            (Err(diagnostic), _) => diagnostics.push(diagnostic),
            (Ok(_), Err(why)) => {
                diagnostics.push(Diagnostic::error(Location::file(&file.path), why))
            }
        }
    }

    // Every flow's node ids, so that targets across flows resolve.
    let known: BTreeMap<String, (String, Vec<String>)> = parsed
        .iter()
        .map(|(_, _, raw)| {
            let nodes = raw.nodes.keys().map(|k| k.get_ref().clone()).collect();
            (
                raw.id.get_ref().clone(),
                (raw.start.get_ref().clone(), nodes),
            )
        })
        .collect();

    let mut set = FlowSet::default();
    for (file, text, raw) in parsed {
        let mut resolver = Resolver {
            file: &file.path,
            text,
            flow: raw.id.get_ref(),
            known: &known,
            diagnostics: &mut diagnostics,
        };
        let flow = resolver.flow(&raw);
        if set.flows.contains_key(&flow.id) {
            resolver.error(
                raw.id.span().start,
                format!("flow id `{}` is used by another file too", flow.id),
            );
            continue;
        }
        for (intent, route) in &raw.intents {
            set.declared_intents.insert(intent.get_ref().clone());
            if let Some(goto) = resolver.target(&route.goto) {
                set.intents.push(IntentRoute {
                    id: intent.get_ref().clone(),
                    goto,
                    interrupt: route.interrupt,
                    priority: route.priority,
                    location: resolver.at(intent.span().start),
                });
            }
        }
        set.flows.insert(flow.id.clone(), flow);
    }
    // Higher priority first; equal priorities keep the load order (stable sort).
    set.intents.sort_by_key(|i| std::cmp::Reverse(i.priority));
    (set, diagnostics)
}

struct Resolver<'a> {
    file: &'a Path,
    text: &'a str,
    flow: &'a str,
    known: &'a BTreeMap<String, (String, Vec<String>)>,
    diagnostics: &'a mut Vec<Diagnostic>,
}

impl Resolver<'_> {
    fn at(&self, offset: usize) -> Location {
        Location::at_offset(self.file, self.text, offset)
    }

    fn error(&mut self, offset: usize, message: impl Into<String>) {
        let location = self.at(offset);
        self.diagnostics.push(Diagnostic::error(location, message));
    }

    fn flow(&mut self, raw: &RawFlow) -> Flow {
        let id = raw.id.get_ref();
        let stem = self
            .file
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        if !is_identifier(id) {
            self.error(
                raw.id.span().start,
                format!("flow id `{id}`: use lowercase letters, digits, `-` and `_`"),
            );
        }
        if id != stem {
            self.error(
                raw.id.span().start,
                format!(
                    "flow id `{id}` differs from the file name `{stem}.toml`: rename one of them"
                ),
            );
        }
        for (name, value) in [("start", Some(&raw.start)), ("home", raw.home.as_ref())] {
            if let Some(value) = value
                && !raw.nodes.keys().any(|k| k.get_ref() == value.get_ref())
            {
                self.error(
                    value.span().start,
                    format!(
                        "{name} = \"{}\": no such node in this flow",
                        value.get_ref()
                    ),
                );
            }
        }
        let mut nodes = BTreeMap::new();
        for (key, raw_node) in &raw.nodes {
            if !is_identifier(key.get_ref()) {
                self.error(
                    key.span().start,
                    format!(
                        "node id `{}`: use lowercase letters, digits, `-` and `_`",
                        key.get_ref()
                    ),
                );
            }
            nodes.insert(key.get_ref().clone(), self.node(key, raw_node));
        }
        // A flow with errors is still returned, with what could be resolved, so that the checker
        // goes on (reachability, messages) without false alarms; content with errors never runs.
        Flow {
            id: id.clone(),
            start: raw.start.get_ref().clone(),
            home: raw
                .home
                .as_ref()
                .map_or_else(|| raw.start.get_ref().clone(), |h| h.get_ref().clone()),
            nodes,
            location: Location::file(self.file),
        }
    }

    /// A node with every part that resolves; each problem is reported where it is written.
    fn node(&mut self, key: &Spanned<String>, raw: &RawNode) -> Node {
        let here = key.span().start;
        let say = match &raw.say {
            None => Vec::new(),
            Some(say) => {
                let items = match say.get_ref() {
                    toml::Value::Array(items) => items.iter().collect(),
                    single => vec![single],
                };
                let mut cursor = say.span().start;
                let end = say.span().end;
                items
                    .into_iter()
                    .filter_map(|item| {
                        let offset = self.locate_id(item, &mut cursor, end);
                        self.say_item(item, offset)
                    })
                    .collect()
            }
        };
        let choices = raw
            .choices
            .iter()
            .flatten()
            .filter_map(|c| {
                let goto = self.target(&c.goto)?;
                let set = self.assignments(&c.set);
                Some(Choice {
                    text: c.text.get_ref().clone(),
                    pictogram: c.pictogram.as_ref().map(|p| p.get_ref().clone()),
                    goto,
                    set,
                    location: self.at(c.text.span().start),
                })
            })
            .collect::<Vec<_>>();
        let next = raw.next.as_ref().and_then(|t| self.target(t));
        let branch = raw
            .branch
            .iter()
            .flatten()
            .filter_map(|b| {
                let goto = self.target(&b.goto)?;
                Some(BranchRule {
                    when: self.assignments(&b.when),
                    goto,
                })
            })
            .collect::<Vec<_>>();
        let input = self.input(raw, next.is_some());
        let action = raw
            .action
            .as_ref()
            .and_then(|a| match a.get_ref().as_str() {
                "contact-card" => Some(Action::ContactCard),
                "handoff" => Some(Action::Handoff),
                "erase" => Some(Action::Erase),
                other => {
                    self.error(
                        a.span().start,
                        format!(
                            "action = \"{other}\": unknown (use contact-card, handoff or erase)"
                        ),
                    );
                    None
                }
            });
        if raw.choices.as_ref().is_some_and(|c| c.is_empty()) {
            self.error(
                here,
                format!("node `{}`: `choices` is empty", key.get_ref()),
            );
        }
        if raw.choices.is_some() && matches!(input, Some(Input::YesNo { .. })) {
            self.error(
                here,
                format!(
                    "node `{}`: a yes/no question shows its own two buttons; it cannot have `choices`",
                    key.get_ref()
                ),
            );
        }
        if raw.branch.is_some() && raw.next.is_none() {
            self.error(
                here,
                format!(
                    "node `{}`: a `branch` needs a `next` for when no rule matches",
                    key.get_ref()
                ),
            );
        }
        if raw.choices.is_none() && raw.input.is_none() && raw.next.is_none() && !raw.end {
            self.error(
                here,
                format!("node `{}` is a dead end: give it `choices`, an `input`, a `next`, or `end = true`", key.get_ref()),
            );
        }
        let set = self.assignments(&raw.set);
        Node {
            say,
            set,
            pictogram: raw.pictogram.as_ref().map(|p| p.get_ref().clone()),
            choices,
            input,
            next,
            branch,
            action,
            end: raw.end,
            location: self.at(here),
        }
    }

    fn input(&mut self, raw: &RawNode, has_next: bool) -> Option<Input> {
        let kind = raw.input.as_ref();
        let name = kind.map(|k| k.get_ref().as_str());
        for (field, present, wanted) in [
            ("yes", raw.yes.as_ref().map(|s| s.span().start), "yesno"),
            ("no", raw.no.as_ref().map(|s| s.span().start), "yesno"),
            ("min", raw.min.as_ref().map(|s| s.span().start), "number"),
            ("max", raw.max.as_ref().map(|s| s.span().start), "number"),
            (
                "store",
                raw.store.as_ref().map(|s| s.span().start),
                "number",
            ),
        ] {
            if let Some(offset) = present
                && name != Some(wanted)
            {
                self.error(
                    offset,
                    format!("`{field}` only goes with input = \"{wanted}\""),
                );
            }
        }
        let kind = kind?;
        let needs_next = |this: &mut Self| {
            if !has_next && raw.next.is_none() {
                this.error(
                    kind.span().start,
                    format!("input = \"{}\" needs a `next`", kind.get_ref()),
                );
            }
        };
        match kind.get_ref().as_str() {
            "text" => {
                needs_next(self);
                Some(Input::Text)
            }
            "place" => {
                needs_next(self);
                Some(Input::Place)
            }
            "number" => {
                needs_next(self);
                let min = raw.min.as_ref().map_or(0, |m| *m.get_ref());
                let max = raw
                    .max
                    .as_ref()
                    .map_or(i64::from(u16::MAX), |m| *m.get_ref());
                if min > max {
                    self.error(
                        kind.span().start,
                        format!("min = {min} is larger than max = {max}"),
                    );
                }
                let store = raw.store.as_ref().map(|s| {
                    if !is_variable(s.get_ref()) {
                        self.error(s.span().start, format!("store = \"{}\": a variable name is lowercase letters, digits and `_`", s.get_ref()));
                    }
                    s.get_ref().clone()
                });
                Some(Input::Number { min, max, store })
            }
            "yesno" => {
                if raw.next.is_some() {
                    self.error(
                        kind.span().start,
                        "input = \"yesno\" goes on with `yes` and `no`, not `next`",
                    );
                }
                let (Some(yes), Some(no)) = (&raw.yes, &raw.no) else {
                    self.error(
                        kind.span().start,
                        "input = \"yesno\" needs both `yes` and `no` targets",
                    );
                    return None;
                };
                Some(Input::YesNo {
                    yes: self.target(yes)?,
                    no: self.target(no)?,
                })
            }
            other => {
                self.error(
                    kind.span().start,
                    format!("input = \"{other}\": unknown (use text, yesno, number or place)"),
                );
                None
            }
        }
    }

    /// Where a `say` item's message id is written, searching on from `cursor` within the `say`
    /// value (the TOML reader keeps no spans inside it); the value's start if not found.
    fn locate_id(&self, item: &toml::Value, cursor: &mut usize, end: usize) -> usize {
        let id = match item {
            toml::Value::String(id) => Some(id.as_str()),
            toml::Value::Table(table) => table.get("id").and_then(toml::Value::as_str),
            _ => None,
        };
        let start = *cursor;
        let window = self
            .text
            .get(start..end.min(self.text.len()))
            .unwrap_or_default();
        let found = id.and_then(|id| {
            [format!("\"{id}\""), format!("'{id}'")]
                .iter()
                .filter_map(|quoted| window.find(quoted.as_str()).map(|at| (at, quoted.len())))
                .min()
        });
        match found {
            Some((at, len)) => {
                *cursor = start + at + len;
                start + at
            }
            None => start,
        }
    }

    /// One `say` item: `"id"` or `{ id = "…", args = { … } }`; problems point at its id.
    fn say_item(&mut self, item: &toml::Value, offset: usize) -> Option<SayItem> {
        let location = self.at(offset);
        let (id, raw_args) = match item {
            toml::Value::String(id) => (id.clone(), None),
            toml::Value::Table(table) => {
                if let Some(key) = table.keys().find(|k| *k != "id" && *k != "args") {
                    self.error(
                        offset,
                        format!("say: unknown key `{key}` (use `id` and `args`)"),
                    );
                    return None;
                }
                let Some(toml::Value::String(id)) = table.get("id") else {
                    self.error(offset, "say: each item is a message id, or a table with `id = \"…\"` and optional `args`");
                    return None;
                };
                match table.get("args") {
                    None => (id.clone(), None),
                    Some(toml::Value::Table(args)) => (id.clone(), Some(args)),
                    Some(_) => {
                        self.error(offset, format!("say `{id}`: `args` must be a table, like args = {{ children = \"$children\" }}"));
                        return None;
                    }
                }
            }
            _ => {
                self.error(
                    offset,
                    "say: use a message id, a list of them, or { id = \"…\", args = { … } }",
                );
                return None;
            }
        };
        let mut args = BTreeMap::new();
        for (name, value) in raw_args.into_iter().flatten() {
            let arg = match value {
                toml::Value::String(s) => match s.strip_prefix('$') {
                    Some(var) if is_variable(var) => ArgValue::Var(var.to_owned()),
                    Some(_) => {
                        self.error(offset, format!("say `{id}`: argument `{name}` = \"{s}\": `$` must be followed by a variable name"));
                        continue;
                    }
                    None => ArgValue::Text(s.clone()),
                },
                toml::Value::Integer(i) => ArgValue::Number(*i as f64),
                toml::Value::Float(f) => ArgValue::Number(*f),
                _ => {
                    self.error(
                        offset,
                        format!(
                            "say `{id}`: argument `{name}`: use a string, a number or \"$variable\""
                        ),
                    );
                    continue;
                }
            };
            args.insert(name.clone(), arg);
        }
        Some(SayItem { id, args, location })
    }

    fn assignments(
        &mut self,
        raw: &BTreeMap<Spanned<String>, Spanned<String>>,
    ) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for (name, value) in raw {
            if !is_variable(name.get_ref()) {
                self.error(
                    name.span().start,
                    format!(
                        "variable `{}`: use lowercase letters, digits and `_`",
                        name.get_ref()
                    ),
                );
            }
            out.insert(name.get_ref().clone(), value.get_ref().clone());
        }
        out
    }

    /// `node`, `flow:node` or `flow`; reports an unknown target where it is written.
    fn target(&mut self, raw: &Spanned<String>) -> Option<NodeRef> {
        let text = raw.get_ref();
        let resolved = match text.split_once(':') {
            Some((flow, node)) => {
                let found = self
                    .known
                    .get(flow)
                    .is_some_and(|(_, nodes)| nodes.iter().any(|n| n == node));
                found.then(|| NodeRef::new(flow, node))
            }
            None => {
                let own = self
                    .known
                    .get(self.flow)
                    .is_some_and(|(_, nodes)| nodes.iter().any(|n| n == text));
                if own {
                    Some(NodeRef::new(self.flow, text.clone()))
                } else {
                    self.known
                        .get(text.as_str())
                        .map(|(start, _)| NodeRef::new(text.clone(), start.clone()))
                }
            }
        };
        if resolved.is_none() {
            self.error(raw.span().start, format!("unknown target \"{text}\": no such node in this flow, no such flow, or no such `flow:node`"));
        }
        resolved
    }
}

fn is_identifier(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// Whether a session variable name is well formed.
pub(crate) fn is_variable(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content(files: &[(&str, &str)]) -> ContentFiles {
        ContentFiles::from_pairs("test", files)
    }

    #[test]
    fn loads_targets_across_flows() {
        let files = content(&[
            (
                "flows/a.toml",
                "id = \"a\"\nstart = \"one\"\n[nodes.one]\nsay = \"x\"\nchoices = [{ text = \"c\", goto = \"b\" }, { text = \"d\", goto = \"b:two\" }]\n",
            ),
            (
                "flows/b.toml",
                "id = \"b\"\nstart = \"two\"\n[intents]\ndanger = { goto = \"two\", interrupt = true }\n[nodes.two]\nsay = [\"y\", { id = \"z\", args = { n = \"$children\", k = 3 } }]\nend = true\n",
            ),
        ]);
        let (set, diagnostics) = load_flows(&files);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let one = set.node(&NodeRef::new("a", "one")).unwrap();
        assert_eq!(one.choices[0].goto, NodeRef::new("b", "two"));
        assert_eq!(set.intents[0].goto, NodeRef::new("b", "two"));
        let two = set.node(&NodeRef::new("b", "two")).unwrap();
        assert_eq!(two.say[1].args["n"], ArgValue::Var("children".into()));
    }

    #[test]
    fn malformed_toml_names_file_line_and_column() {
        let files = content(&[("flows/a.toml", "id = \"a\"\nstart = \"one\"\n[nodes.one\n")]);
        let (_, diagnostics) = load_flows(&files);
        assert_eq!(diagnostics.len(), 1);
        assert!(
            diagnostics[0].to_string().starts_with("flows/a.toml:3:"),
            "{}",
            diagnostics[0]
        );
    }

    #[test]
    fn unknown_field_and_target_and_dead_end_are_reported_where_written() {
        let files = content(&[(
            "flows/a.toml",
            "id = \"a\"\nstart = \"one\"\n[nodes.one]\nsay = \"x\"\nnext = \"nowhere\"\n[nodes.two]\nsay = \"y\"\n",
        )]);
        let (_, diagnostics) = load_flows(&files);
        let text: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
        assert!(
            text.iter()
                .any(|d| d.starts_with("flows/a.toml:5:8: error: unknown target \"nowhere\"")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|d| d.starts_with("flows/a.toml:6:8: error: node `two` is a dead end")),
            "{text:?}"
        );

        let files = content(&[(
            "flows/a.toml",
            "id = \"a\"\nstart = \"one\"\n[nodes.one]\nsya = \"x\"\nend = true\n",
        )]);
        let (_, diagnostics) = load_flows(&files);
        assert!(
            diagnostics[0]
                .to_string()
                .starts_with("flows/a.toml:4:1: error: unknown field `sya`"),
            "{}",
            diagnostics[0]
        );
    }

    #[test]
    fn input_rules_are_checked() {
        let files = content(&[(
            "flows/a.toml",
            "id = \"a\"\nstart = \"one\"\n[nodes.one]\ninput = \"yesno\"\nyes = \"one\"\n[nodes.two]\ninput = \"number\"\nmin = 5\nmax = 1\nnext = \"one\"\n[nodes.three]\ninput = \"photo\"\nnext = \"one\"\n",
        )]);
        let (_, diagnostics) = load_flows(&files);
        let text: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
        assert!(
            text.iter().any(|d| d.contains("needs both `yes` and `no`")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|d| d.contains("min = 5 is larger than max = 1")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|d| d.contains("input = \"photo\": unknown")),
            "{text:?}"
        );
    }

    #[test]
    fn flow_id_must_match_file_name() {
        let files = content(&[(
            "flows/a.toml",
            "id = \"b\"\nstart = \"one\"\n[nodes.one]\nend = true\n",
        )]);
        let (_, diagnostics) = load_flows(&files);
        assert!(
            diagnostics[0]
                .to_string()
                .contains("differs from the file name"),
            "{}",
            diagnostics[0]
        );
    }
}
