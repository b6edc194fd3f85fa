//! What an operator needs to know about the associations: which contacts a person sees, which
//! are only leads to confirm (and where they were found), how old each verification is, and
//! what is not known at all. `passerelle check` warns with it; `passerelle directory` prints it
//! as the list to take to the phone.

use jiff::civil::Date;

use super::{Association, Contact, ContactKind, Directory, VERIFICATION_MONTHS};

/// What an operator should find out when nothing at all is known of it (no verified contact,
/// no lead): a way to reach the association, then what a person needs to know before going.
const EXPECTED: [ContactKind; 5] = [
    ContactKind::Address,
    ContactKind::Hours,
    ContactKind::Languages,
    ContactKind::Minors,
    ContactKind::Interpreter,
];

/// A staff desk of the deployment's config (`[[handoff.desk]]`), as the table shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Desk {
    /// The association's id.
    pub association: String,
    /// `matrix` or `telegram`.
    pub channel: String,
    /// When staff are there, as written in the config.
    pub hours: String,
    /// For a regional desk: the départements it covers, as written (`33, 40` or `region`).
    pub covers: Option<String>,
    /// A regional desk's public name, for a body the directory does not list.
    pub name: Option<String>,
}

/// The state of one association's contacts on a given day.
#[derive(Debug, Clone)]
pub struct Standing<'a> {
    /// The association.
    pub association: &'a Association,
    /// Verified and shown: what a person sees on the card.
    pub shown: Vec<&'a Contact>,
    /// Verified, kept off the card (no `show = true`).
    pub hidden: Vec<&'a Contact>,
    /// Found somewhere, not confirmed: never shown.
    pub leads: Vec<&'a Contact>,
    /// Verified longer ago than [`VERIFICATION_MONTHS`]: to confirm again.
    pub stale: Vec<&'a Contact>,
    /// What nothing (neither a verified contact nor a lead) says: `a way to reach it`,
    /// `address`, `hours`, `languages`, `minors`, `interpreter`.
    pub missing: Vec<&'static str>,
}

impl<'a> Standing<'a> {
    /// An association's contacts as of `today` (without a day, no verification is stale).
    pub fn of(association: &'a Association, today: Option<Date>) -> Self {
        let contacts = &association.contacts;
        let known = |kind: ContactKind| contacts.iter().any(|c| c.kind == kind);
        let mut missing = Vec::new();
        if !contacts.iter().any(|c| c.kind.reaches()) {
            missing.push("a way to reach it");
        }
        missing.extend(
            EXPECTED
                .into_iter()
                .filter(|kind| !known(*kind))
                .map(ContactKind::id),
        );
        Self {
            association,
            shown: association.shown_contacts(),
            hidden: contacts
                .iter()
                .filter(|c| c.is_verified() && !c.is_shown())
                .collect(),
            leads: association.leads(),
            stale: today.map_or_else(Vec::new, |today| {
                contacts.iter().filter(|c| c.is_stale(today)).collect()
            }),
            missing,
        }
    }

    /// Nothing to do: a person can reach it, every contact is confirmed and recent, nothing a
    /// person needs to know is missing.
    pub fn is_settled(&self) -> bool {
        self.association.is_reachable()
            && self.hidden.is_empty()
            && self.leads.is_empty()
            && self.stale.is_empty()
            && self.missing.is_empty()
    }

    /// One paragraph for `passerelle check`: what is unverified, missing and how old each
    /// verification is.
    pub fn summary(&self, today: Option<Date>) -> String {
        let a = self.association;
        let mut parts = Vec::new();
        if !a.is_reachable() {
            parts.push(
                "to complete: no contact is verified and shown, so its card gives the national numbers"
                    .to_owned(),
            );
        }
        if !self.leads.is_empty() {
            let leads: Vec<String> = self.leads.iter().map(|c| lead_words(c)).collect();
            parts.push(format!(
                "{} lead(s) to verify, never shown until then: {}",
                self.leads.len(),
                leads.join(", ")
            ));
        }
        if !self.hidden.is_empty() {
            let hidden: Vec<String> = self
                .hidden
                .iter()
                .map(|c| format!("{} \"{}\"", c.kind.id(), c.value))
                .collect();
            parts.push(format!(
                "verified but not shown (write show = true to show it): {}",
                hidden.join(", ")
            ));
        }
        if !self.stale.is_empty() {
            let stale: Vec<String> = self.stale.iter().map(|c| age_words(c, today)).collect();
            parts.push(format!(
                "verified more than {VERIFICATION_MONTHS} months ago, confirm again and update verified_on: {}",
                stale.join(", ")
            ));
        }
        let fresh: Vec<String> = a
            .contacts
            .iter()
            .filter(|c| c.is_verified() && !self.stale.contains(c))
            .map(|c| age_words(c, today))
            .collect();
        if !fresh.is_empty() {
            parts.push(format!("verified: {}", fresh.join(", ")));
        }
        if !self.missing.is_empty() {
            parts.push(format!("nothing known yet of: {}", self.missing.join(", ")));
        }
        format!(
            "association `{}` ({}): {} (`passerelle directory` lists the sources)",
            a.id,
            a.name,
            parts.join("; ")
        )
    }
}

/// `phone 05 46 41 18 86 (found 2020)`.
fn lead_words(contact: &Contact) -> String {
    let found = contact
        .found_on
        .as_deref()
        .map_or_else(|| "undated".to_owned(), |on| format!("found {on}"));
    format!("{} \"{}\" ({found})", contact.kind.id(), contact.value)
}

/// `phone 2026-10-01 (2 months ago)`.
fn age_words(contact: &Contact, today: Option<Date>) -> String {
    match (contact.verified_on, today) {
        (Some(_), Some(today)) => {
            format!("{} {}", contact.kind.id(), verified_words(contact, today))
        }
        (Some(verified), None) => format!("{} ({verified})", contact.kind.id()),
        (None, _) => contact.kind.id().to_owned(),
    }
}

/// The operators' table: every association with its départements, its desk, what a person
/// sees, the leads with their sources, and what is missing; the list to take to the phone.
pub fn operator_table(directory: &Directory, desks: &[Desk], today: Date) -> String {
    let mut out = String::new();
    let standings: Vec<Standing<'_>> = directory
        .associations
        .iter()
        .map(|a| Standing::of(a, Some(today)))
        .collect();
    let reachable = standings
        .iter()
        .filter(|s| s.association.is_reachable())
        .count();
    let leads: usize = standings.iter().map(|s| s.leads.len()).sum();
    out.push_str(&format!(
        "{} association(s) on {today}: {reachable} a person can reach from its card, {} to complete; {leads} lead(s) to verify.\n\
         SHOWN: verified with the association and on the card (* = verified more than {VERIFICATION_MONTHS} months ago). \
         LEADS: found in public sources, never shown until verified (directory/README.md, \"Verifying a lead\").\n\n",
        standings.len(),
        standings.len() - reachable
    ));
    let desk_of = |id: &str| {
        let found: Vec<String> = desks
            .iter()
            .filter(|d| d.association == id)
            .map(|d| format!("{}, {}", d.channel, d.hours))
            .collect();
        if found.is_empty() {
            "none".to_owned()
        } else {
            found.join("; ")
        }
    };
    let kinds = |contacts: &[&Contact], stale: &[&Contact]| {
        let mut words: Vec<String> = Vec::new();
        for c in contacts {
            let word = format!(
                "{}{}",
                c.kind.id(),
                if stale.contains(c) { "*" } else { "" }
            );
            if !words.contains(&word) {
                words.push(word);
            }
        }
        if words.is_empty() {
            "-".to_owned()
        } else {
            words.join(", ")
        }
    };
    let header = ["DÉPT", "ASSOCIATION", "DESK", "SHOWN", "LEADS", "LACKS"];
    let rows: Vec<[String; 6]> = standings
        .iter()
        .map(|s| {
            let a = s.association;
            [
                a.departements.join(","),
                format!("{} ({})", a.name, a.id),
                desk_of(&a.id),
                kinds(&s.shown, &s.stale),
                kinds(&s.leads, &[]),
                if s.missing.is_empty() {
                    "-".to_owned()
                } else {
                    s.missing.join(", ")
                },
            ]
        })
        .collect();
    let mut widths = header.map(|h| h.chars().count());
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let mut text = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                text.push_str(cell);
            } else {
                let pad = widths[i] - cell.chars().count();
                text.push_str(cell);
                text.push_str(&" ".repeat(pad + 2));
            }
        }
        text.trim_end().to_owned() + "\n"
    };
    out.push_str(&line(&header.map(str::to_owned)));
    for row in &rows {
        out.push_str(&line(row));
    }
    for s in &standings {
        let a = s.association;
        out.push_str(&format!(
            "\n{} ({}): {}, {}\n",
            a.name,
            a.id,
            a.departements.join(", "),
            a.town
        ));
        if !a.specialities.is_empty() {
            out.push_str(&format!("  specialities: {}\n", a.specialities.join(", ")));
        }
        out.push_str(&format!("  desk: {}\n", desk_of(&a.id)));
        if !a.is_reachable() {
            out.push_str("  to complete: nothing a person can reach it by is verified and shown; its card gives the national numbers\n");
        }
        for c in &a.contacts {
            let status = if c.is_shown() {
                let again = if s.stale.contains(&c) {
                    ": confirm it again"
                } else {
                    ""
                };
                format!("SHOWN, verified {}{again}", verified_words(c, today))
            } else if c.is_verified() {
                format!(
                    "VERIFIED {}, not shown (write show = true to show it)",
                    verified_words(c, today)
                )
            } else {
                let found = c
                    .found_on
                    .as_deref()
                    .map_or_else(|| "undated".to_owned(), |on| format!("found {on}"));
                format!("LEAD, {found}, never shown until verified")
            };
            out.push_str(&format!(
                "  - {}: {}\n    {status}\n    source: {}\n",
                c.kind.id(),
                c.value,
                c.source
            ));
            if let Some(note) = &c.note {
                out.push_str(&format!("    note: {note}\n"));
            }
        }
        if !s.missing.is_empty() {
            out.push_str(&format!(
                "  lacks (ask when you call): {}\n",
                s.missing.join(", ")
            ));
        }
    }
    let regional: Vec<String> = desks
        .iter()
        .filter_map(|d| {
            let covers = d.covers.as_ref()?;
            let name = d.name.as_deref().unwrap_or(&d.association);
            Some(format!(
                "{name} ({}, covers {covers}, {})",
                d.channel, d.hours
            ))
        })
        .collect();
    if !regional.is_empty() {
        out.push_str(&format!("\nRegional desks: {}\n", regional.join("; ")));
    }
    let unknown: Vec<&str> = desks
        .iter()
        .filter(|d| d.covers.is_none())
        .map(|d| d.association.as_str())
        .filter(|id| directory.association(id).is_none())
        .collect();
    if !unknown.is_empty() {
        out.push_str(&format!(
            "\nDesks in the config for no association of the directory: {}\n",
            unknown.join(", ")
        ));
    }
    out
}

/// `2026-10-01 (2 months ago)`.
fn verified_words(contact: &Contact, today: Date) -> String {
    let Some(verified) = contact.verified_on else {
        return String::new();
    };
    match contact.months_since_verified(today) {
        Some(m) if m < 0 => format!("{verified} (after today)"),
        Some(0) => format!("{verified} (this month)"),
        Some(1) => format!("{verified} (1 month ago)"),
        Some(m) => format!("{verified} ({m} months ago)"),
        None => verified.to_string(),
    }
}
