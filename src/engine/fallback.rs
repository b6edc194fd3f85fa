//! What a person gets when no team can take their request through this service (issue #17,
//! DESIGN.md "Warm handoff" 5): after the association's desk and a regional desk (the hub's to
//! try), the association's verified contacts; else the national lines that fit the need and
//! the person, each with what it is for and when it answers. Never an empty card, and "contact
//! it directly" only above contacts an operator verified.

use fluent_bundle::FluentValue;

use super::{Reply, Step};
use crate::locale::fluent_args;

/// A national line's message (`line-<id>`): its number, what it is for, and when it answers
/// (only hours the sources give: none are promised for 3018 and Fil Santé Jeunes).
const SHELTER: &str = "line-115";
const OFFENCE: &str = "line-116006";
const WOMEN: &str = "line-3919";
const YOUNG: &str = "line-119";
const ONLINE: &str = "line-3018";
const YOUNG_HEALTH: &str = "line-fsj";
/// What to do in danger now (17, 112, 114 by SMS): always last.
const DANGER: &str = "line-danger";

/// The lines for an adult, by need (`set = { need = "…" }` in the flows), best first. Chosen
/// from the need alone, never from a guess about the person: 3919 says it is for women and
/// 116 006 for everyone, and the person sees both.
const ADULT_LINES: &[(&str, &[&str])] = &[
    ("housing", &[SHELTER, OFFENCE, WOMEN]),
    // Fil Santé Jeunes says it is for 12–25 year olds.
    ("health", &[YOUNG_HEALTH, OFFENCE, WOMEN]),
    ("safety", &[OFFENCE, WOMEN]),
    ("talk", &[OFFENCE, WOMEN]),
    ("legal", &[OFFENCE, WOMEN]),
    ("papers", &[OFFENCE, WOMEN]),
    ("money", &[OFFENCE, WOMEN]),
    ("children", &[OFFENCE, WOMEN]),
];

/// An adult whose need is not in [`ADULT_LINES`] (or who gave none).
const ADULT_DEFAULT: &[&str] = &[OFFENCE, WOMEN, SHELTER];

/// The lines for a person under 18, by need: the young people's lines only. 115 is adult
/// shelter: a minor with nowhere to sleep calls 119.
const MINOR_LINES: &[(&str, &[&str])] = &[("health", &[YOUNG_HEALTH, YOUNG, ONLINE])];

/// A minor whose need is not in [`MINOR_LINES`].
const MINOR_DEFAULT: &[&str] = &[YOUNG, ONLINE, YOUNG_HEALTH];

/// The national lines for a need and a person, best first, ending with what to do in danger.
pub fn national_lines(need: Option<&str>, minor: bool) -> Vec<&'static str> {
    let (table, default) = if minor {
        (MINOR_LINES, MINOR_DEFAULT)
    } else {
        (ADULT_LINES, ADULT_DEFAULT)
    };
    let lines = need
        .and_then(|need| table.iter().find(|(n, _)| *n == need))
        .map_or(default, |(_, lines)| *lines);
    lines.iter().copied().chain([DANGER]).collect()
}

impl Step<'_> {
    /// After the desks: the association's card when a person can reach it from there (a
    /// verified contact) and it receives a person of this age; else the national lines.
    pub(super) fn fallback(&mut self, association: Option<&str>) {
        let minor = self.is_minor();
        let directory = &self.content().directory;
        let found = association.and_then(|id| directory.association(id));
        let adults_only = |a: &&crate::directory::Association| a.sees_minors() == Some(false);
        let fits = match found {
            // Never, to a minor, an association known to receive adults only: the one for
            // minors there if a person can reach it, else the young people's lines.
            Some(a) if minor && adults_only(&a) => self
                .session
                .dept
                .as_deref()
                .and_then(|dept| directory.nearest(&self.query(dept)))
                .filter(|a| a.is_reachable() && !adults_only(a)),
            other => other,
        };
        match fits {
            Some(association) if association.is_reachable() => {
                let id = association.id.clone();
                self.say("fallback-contact-directly", None);
                self.card_of(&id);
                self.say("handoff-emergency", None);
            }
            Some(association) => {
                let name = FluentValue::from(association.name.clone());
                let args = fluent_args([("association".to_owned(), name)]);
                self.say("fallback-unverified", Some(&args));
                self.lines();
            }
            None => self.lines(),
        }
    }

    /// The national lines that fit the need and the person, as one list.
    fn lines(&mut self) {
        let need = self.session.vars.get("need").cloned();
        let mut text = vec![self.format("fallback-lines", None)];
        for id in national_lines(need.as_deref(), self.is_minor()) {
            text.push(self.format(id, None));
        }
        text.retain(|t| !t.is_empty());
        self.replies.push(Reply::Text(text.join("\n")));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_fit_the_need_and_the_person() {
        assert_eq!(
            national_lines(Some("housing"), false),
            [SHELTER, OFFENCE, WOMEN, DANGER]
        );
        for need in ["safety", "talk"] {
            assert_eq!(national_lines(Some(need), false), [OFFENCE, WOMEN, DANGER]);
        }
        assert_eq!(
            national_lines(None, false),
            [OFFENCE, WOMEN, SHELTER, DANGER]
        );
        // A minor: the young people's lines, 119 first but for health; never 115 nor an
        // adult's line.
        for need in [
            None,
            Some("housing"),
            Some("talk"),
            Some("safety"),
            Some("papers"),
            Some("money"),
            Some("children"),
            Some("legal"),
        ] {
            assert_eq!(
                national_lines(need, true),
                [YOUNG, ONLINE, YOUNG_HEALTH, DANGER],
                "{need:?}"
            );
        }
        assert_eq!(
            national_lines(Some("health"), true),
            [YOUNG_HEALTH, YOUNG, ONLINE, DANGER]
        );
    }

    #[test]
    fn every_need_of_the_flows_has_its_lines() {
        // The needs the bundled flows set, each chosen on purpose for an adult.
        for need in crate::directory::NEED_SPECIALITIES.iter().map(|(n, _)| *n) {
            assert!(
                ADULT_LINES.iter().any(|(n, _)| *n == need),
                "no national lines chosen for the need `{need}`"
            );
        }
        // `check` asks every language for every line the fallback may give.
        let tables = ADULT_LINES.iter().chain(MINOR_LINES).map(|(_, l)| *l);
        for lines in tables.chain([ADULT_DEFAULT, MINOR_DEFAULT, &[DANGER]]) {
            for id in lines {
                assert!(super::super::HANDOFF_MESSAGES.contains(id), "{id}");
            }
        }
    }
}
