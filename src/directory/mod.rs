//! Agreed associations and the places they serve: which one is nearest to a person, from the
//! little they choose to say (a département, a postal code, a town, a shared location).

mod geometry;
mod loader;
mod map;
mod operators;
mod resolve;

use std::collections::{BTreeMap, BTreeSet, HashMap};

pub use geometry::{LonLat, haversine_km, ring_contains, ring_distance_km};
pub use loader::load_directory;
pub use map::{MAP_MESSAGES, MapError, MapRequest, map_svg};
pub use operators::{Desk, Standing, operator_table};
pub use resolve::{Resolved, departement_of_postal_code, is_departement_code};

use jiff::civil::Date;
use jiff::{Span, Unit};

use crate::diagnostic::Location;

/// A département of the region the directory covers.
#[derive(Debug, Clone, PartialEq)]
pub struct Departement {
    /// Its code (`33`, `2A`, `971`).
    pub code: String,
    /// Its name.
    pub name: String,
    /// Centroid latitude.
    pub lat: f64,
    /// Centroid longitude.
    pub lon: f64,
    /// Which region file lists it.
    pub region: String,
    /// Where it is written.
    pub location: Location,
}

/// An agreed association: who it is, where, what it does, and what is known about reaching it.
#[derive(Debug, Clone, PartialEq)]
pub struct Association {
    /// Stable id.
    pub id: String,
    /// Public name.
    pub name: String,
    /// Départements it serves.
    pub departements: Vec<String>,
    /// Town of its office.
    pub town: String,
    /// Office latitude.
    pub lat: f64,
    /// Office longitude.
    pub lon: f64,
    /// What it is known for ([`SPECIALITIES`]), from what it publishes about its work.
    pub specialities: Vec<String>,
    /// Every contact written for it, verified or a lead, in file order.
    pub contacts: Vec<Contact>,
    /// Where it is written.
    pub location: Location,
}

/// What a contact entry tells: a way to reach the association, when and where, or whom it
/// receives. The order is the order of the card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ContactKind {
    /// A phone number.
    Phone,
    /// A number that takes text messages.
    Sms,
    /// An e-mail address.
    Email,
    /// A website.
    Website,
    /// A contact form on the web.
    Form,
    /// The address of the office that does this work.
    Address,
    /// Opening hours, as the association says them.
    Hours,
    /// Languages the team speaks.
    Languages,
    /// Whether an interpreter can be arranged.
    Interpreter,
    /// Whether it receives people under 18.
    Minors,
}

impl ContactKind {
    /// Every kind, in the order of the card.
    pub const ALL: [ContactKind; 10] = [
        Self::Phone,
        Self::Sms,
        Self::Email,
        Self::Website,
        Self::Form,
        Self::Address,
        Self::Hours,
        Self::Languages,
        Self::Interpreter,
        Self::Minors,
    ];

    /// How the data file writes it (`kind = "phone"`).
    pub fn id(self) -> &'static str {
        match self {
            Self::Phone => "phone",
            Self::Sms => "sms",
            Self::Email => "email",
            Self::Website => "website",
            Self::Form => "form",
            Self::Address => "address",
            Self::Hours => "hours",
            Self::Languages => "languages",
            Self::Interpreter => "interpreter",
            Self::Minors => "minors",
        }
    }

    /// The kind a data file names.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.id() == id)
    }

    /// Whether a person can reach the association with it (a channel, or a door to knock on).
    pub fn reaches(self) -> bool {
        matches!(
            self,
            Self::Phone | Self::Sms | Self::Email | Self::Website | Self::Form | Self::Address
        )
    }
}

/// What a contact says.
#[derive(Debug, Clone, PartialEq)]
pub enum ContactValue {
    /// A number, an address, hours…
    Text(String),
    /// Language tags.
    Languages(Vec<String>),
    /// Yes or no (interpreter, minors).
    Flag(bool),
}

impl std::fmt::Display for ContactValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Text(text) => f.write_str(text),
            Self::Languages(tags) => f.write_str(&tags.join(", ")),
            Self::Flag(true) => f.write_str("yes"),
            Self::Flag(false) => f.write_str("no"),
        }
    }
}

/// One contact with its provenance: where it was found, and whether (and when) someone
/// confirmed it with the association. Only a verified contact marked `show` reaches a person;
/// every other one is a lead for the operator (directory/README.md, "Verifying a lead").
#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    /// What it is.
    pub kind: ContactKind,
    /// What it says.
    pub value: ContactValue,
    /// Where it was found, or who confirmed it ("the association, by phone").
    pub source: String,
    /// When the source gave it (`2020`, `2020-03`, `2020-03-12`), if it says.
    pub found_on: Option<String>,
    /// The day an operator confirmed it with the association.
    pub verified_on: Option<Date>,
    /// Shown to people (it then needs `verified_on`: the loader refuses it otherwise).
    pub show: bool,
    /// For operators only, never shown ("county-wide line", "not for the public").
    pub note: Option<String>,
    /// Where it is written.
    pub location: Location,
}

impl Contact {
    /// Whether a person may see it: confirmed with the association, and marked to be shown.
    pub fn is_shown(&self) -> bool {
        self.show && self.verified_on.is_some()
    }

    /// Whether someone confirmed it with the association (shown or not).
    pub fn is_verified(&self) -> bool {
        self.verified_on.is_some()
    }

    /// Whether it is only a lead: found somewhere, not confirmed.
    pub fn is_lead(&self) -> bool {
        self.verified_on.is_none()
    }

    /// Whole months between its verification and `today` (`None` for a lead).
    pub fn months_since_verified(&self, today: Date) -> Option<i32> {
        let verified = self.verified_on?;
        verified
            .until((Unit::Month, today))
            .ok()
            .map(|span| span.get_months())
    }

    /// Verified longer ago than [`VERIFICATION_MONTHS`] before `today`: to confirm again.
    pub fn is_stale(&self, today: Date) -> bool {
        self.verified_on.is_some_and(|verified| {
            verified
                .checked_add(Span::new().months(VERIFICATION_MONTHS))
                .is_ok_and(|due| due < today)
        })
    }
}

/// How long a verification holds before `passerelle check` asks to confirm it again (months):
/// numbers, hours and teams change.
pub const VERIFICATION_MONTHS: i64 = 12;

/// The specialities an association may list, from what it publishes about its work
/// (directory/README.md describes each; the card names them with `speciality-<id>`).
pub const SPECIALITIES: &[&str] = &[
    "trafficking",
    "violence",
    "rights",
    "social",
    "housing",
    "health",
    "harm-reduction",
    "addictions",
    "listening",
    "outreach",
    "insertion",
    "children",
    "migrants",
    "minors",
];

/// The specialities that answer each need a flow sets (`set = { need = "…" }`), best first: an
/// association with an earlier one ranks higher (for health, a health service comes before an
/// addiction service that also does harm reduction). Written here, in one place, so that
/// adding a need to a flow is a choice about who answers it; `passerelle check` warns about a
/// need missing from this table. A need that is also a speciality and is not listed matches
/// that speciality alone.
pub const NEED_SPECIALITIES: &[(&str, &[&str])] = &[
    // A roof tonight (the 115, shelters) first; else the social worker who makes the requests.
    ("housing", &["housing", "social"]),
    // Residence papers: services for foreign nationals, then trafficking (most people it
    // helps are foreign, the exit pathway gives a residence permit), then legal help.
    ("papers", &["migrants", "trafficking", "rights"]),
    ("health", &["health", "harm-reduction", "addictions"]),
    // Benefits and the Afis go through a social worker; then training and work.
    ("money", &["social", "insertion"]),
    ("children", &["children", "social"]),
    ("legal", &["rights", "violence"]),
    // Someone to talk to: a listening line or day centre, then the teams that go out to meet
    // people.
    ("talk", &["listening", "outreach"]),
    // Someone threatens, follows, holds money or papers.
    ("safety", &["violence", "trafficking"]),
];

/// The specialities that answer a need, best first ([`NEED_SPECIALITIES`]).
pub fn specialities_for_need(need: &str) -> Vec<&str> {
    match NEED_SPECIALITIES.iter().find(|(n, _)| *n == need) {
        Some((_, specialities)) => specialities.to_vec(),
        None => SPECIALITIES
            .iter()
            .copied()
            .filter(|s| *s == need)
            .collect(),
    }
}

/// The message that names a speciality on the card (`health` -> `speciality-health`).
pub fn speciality_message(speciality: &str) -> String {
    format!("speciality-{speciality}")
}

impl Association {
    /// What a person may see: verified contacts marked to be shown, in the order of the card.
    pub fn shown_contacts(&self) -> Vec<&Contact> {
        let mut shown: Vec<&Contact> = self.contacts.iter().filter(|c| c.is_shown()).collect();
        shown.sort_by_key(|c| c.kind);
        shown
    }

    /// Contacts nobody has confirmed yet: the operator's leads.
    pub fn leads(&self) -> Vec<&Contact> {
        self.contacts.iter().filter(|c| c.is_lead()).collect()
    }

    /// Whether a person can reach it from its card: a shown phone, SMS, e-mail, website, form
    /// or address. Without one it is "to complete": its card says so and gives the national
    /// numbers.
    pub fn is_reachable(&self) -> bool {
        self.contacts
            .iter()
            .any(|c| c.is_shown() && c.kind.reaches())
    }

    /// What is best known of one kind, for choosing (never for showing): the verified
    /// contacts (the latest first), else the leads.
    fn best_known(&self, kind: ContactKind) -> Vec<&Contact> {
        let mut verified: Vec<&Contact> = self
            .contacts
            .iter()
            .filter(|c| c.kind == kind && c.is_verified())
            .collect();
        if verified.is_empty() {
            return self
                .contacts
                .iter()
                .filter(|c| c.kind == kind && c.is_lead())
                .collect();
        }
        verified.sort_by_key(|c| std::cmp::Reverse(c.verified_on));
        verified
    }

    /// Whether it receives people under 18: `Some(false)` when it is known to receive adults
    /// only, `None` when nobody knows yet. A verified answer wins over a lead; the speciality
    /// `minors` says yes.
    pub fn sees_minors(&self) -> Option<bool> {
        let flag = self
            .best_known(ContactKind::Minors)
            .into_iter()
            .find_map(|c| match c.value {
                ContactValue::Flag(flag) => Some(flag),
                _ => None,
            });
        flag.or_else(|| {
            self.specialities
                .iter()
                .any(|s| s == "minors")
                .then_some(true)
        })
    }

    /// The languages its team speaks, as best known (verified, else leads); empty when unknown.
    pub fn languages(&self) -> Vec<&str> {
        self.best_known(ContactKind::Languages)
            .into_iter()
            .flat_map(|c| match &c.value {
                ContactValue::Languages(tags) => tags.iter().map(String::as_str).collect(),
                _ => Vec::new(),
            })
            .collect()
    }

    /// Whether it lists a speciality.
    pub fn has_speciality(&self, speciality: &str) -> bool {
        self.specialities.iter().any(|s| s == speciality)
    }
}

/// Who is asking for an association, and where: what ranks the associations of a département.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Query<'q> {
    /// The département code.
    pub dept: &'q str,
    /// The need chosen in the conversation (`housing`, `papers`…), if any.
    pub need: Option<&'q str>,
    /// The conversation's language.
    pub lang: &'q str,
    /// A point the person gave (a town, a location), for this choice only.
    pub near: Option<(f64, f64)>,
    /// Under 18 (the session's `$minor`).
    pub minor: bool,
}

/// A town a person may name.
#[derive(Debug, Clone, PartialEq)]
pub struct Town {
    /// Official name.
    pub name: String,
    /// Other names people type (short forms, local languages).
    pub aliases: Vec<String>,
    /// Its département.
    pub departement: String,
    /// Centre latitude.
    pub lat: f64,
    /// Centre longitude.
    pub lon: f64,
    /// Where it is written.
    pub location: Location,
}

/// A name as a data file writes it, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Written {
    /// The name.
    pub text: String,
    /// Where it is written.
    pub location: Location,
}

/// A département as the national list (`directory/france-departements.toml`) names it: any
/// département of France, inside the region or not, with the big towns a person may type.
#[derive(Debug, Clone, PartialEq)]
pub struct FrenchDepartement {
    /// Its code (`33`, `2A`, `971`).
    pub code: String,
    /// Its official name.
    pub name: String,
    /// Other names people type for it.
    pub aliases: Vec<Written>,
    /// Towns people type for it (outside the region: names only, they never rank associations).
    pub towns: Vec<Written>,
    /// Where it is written.
    pub location: Location,
}

/// The simplified outline of a département: one closed ring per part (mainland, islands).
#[derive(Debug, Clone, PartialEq)]
pub struct Boundary {
    /// The département.
    pub departement: String,
    /// Closed rings of `[longitude, latitude]`.
    pub rings: Vec<Vec<LonLat>>,
    /// Where it is written.
    pub location: Location,
}

impl Boundary {
    /// Whether the outline holds a point.
    pub fn contains(&self, lat: f64, lon: f64) -> bool {
        self.rings.iter().any(|ring| ring_contains(ring, lon, lat))
    }

    /// Distance in km from a point to the outline.
    pub fn distance_km(&self, lat: f64, lon: f64) -> f64 {
        self.rings
            .iter()
            .map(|ring| ring_distance_km(ring, lon, lat))
            .fold(f64::INFINITY, f64::min)
    }
}

/// A place a person named, reduced to a département at once (DESIGN.md P6).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The département code; empty when only "outside the region" is known.
    pub dept: String,
    /// Whether the directory covers it.
    pub in_region: bool,
}

/// Every region file, merged.
#[derive(Debug, Clone, Default)]
pub struct Directory {
    /// Départements by code.
    pub departements: BTreeMap<String, Departement>,
    /// Associations, in file order.
    pub associations: Vec<Association>,
    /// Towns, in file order.
    pub towns: Vec<Town>,
    /// Département outlines.
    pub boundaries: Vec<Boundary>,
    /// Every département of France by code, from the national list (empty without it).
    pub france: BTreeMap<String, FrenchDepartement>,
    /// Folded names written for several départements on purpose (`shared`): they stay ambiguous.
    shared: BTreeSet<String>,
    /// Folded names that are also everyday words (`everyday`): see [`Directory::resolve_text`].
    everyday: BTreeSet<String>,
    /// Every name a person may type (départements, towns, aliases), folded once at load.
    names: Vec<NameEntry>,
    /// The entries of `names` by key.
    by_key: HashMap<String, Vec<usize>>,
}

/// What a name names: a département (`dans le Lot`) or a town (`à Nice`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NameKind {
    Departement,
    Town,
}

/// A name as compared, and where it leads.
#[derive(Debug, Clone)]
struct NameEntry {
    key: String,
    /// Characters of the key, for the typo bound.
    chars: usize,
    dept: String,
    near: Option<(f64, f64)>,
    kind: NameKind,
    /// Outside the region: fewer typos forgiven, never hyphen-joined to a longer name.
    elsewhere: bool,
    /// Also an everyday word: needs a word announcing a place inside a sentence.
    everyday: bool,
}

impl Directory {
    /// Folds every name once, for [`Directory::resolve_text`]; called when loading.
    fn index_names(&mut self) {
        /// A name, its département, its point and its kind.
        type Raw<'a> = (&'a str, &'a str, Option<(f64, f64)>, NameKind);
        let mut raw: Vec<Raw<'_>> = Vec::new();
        for d in self.departements.values() {
            raw.push((&d.name, &d.code, None, NameKind::Departement));
        }
        for t in &self.towns {
            for name in std::iter::once(&t.name).chain(&t.aliases) {
                raw.push((name, &t.departement, Some((t.lat, t.lon)), NameKind::Town));
            }
        }
        for d in self.france.values() {
            raw.push((&d.name, &d.code, None, NameKind::Departement));
            for alias in &d.aliases {
                raw.push((&alias.text, &d.code, None, NameKind::Departement));
            }
            for town in &d.towns {
                raw.push((&town.text, &d.code, None, NameKind::Town));
            }
        }
        let names: Vec<NameEntry> = raw
            .into_iter()
            .map(|(name, dept, near, kind)| {
                let key = resolve::name_key(name);
                NameEntry {
                    chars: key.chars().count(),
                    everyday: self.everyday.contains(&key),
                    key,
                    dept: dept.to_owned(),
                    near,
                    kind,
                    elsewhere: !self.departements.contains_key(dept),
                }
            })
            .collect();
        let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, entry) in names.iter().enumerate() {
            by_key.entry(entry.key.clone()).or_default().push(i);
        }
        self.names = names;
        self.by_key = by_key;
    }

    /// A département's name: the region's file first, then the national list; `None` for a code
    /// neither knows.
    pub fn departement_name(&self, code: &str) -> Option<&str> {
        self.departements
            .get(code)
            .map(|d| d.name.as_str())
            .or_else(|| self.france.get(code).map(|d| d.name.as_str()))
    }

    /// An association by id.
    pub fn association(&self, id: &str) -> Option<&Association> {
        self.associations.iter().find(|a| a.id == id)
    }

    /// The associations of a département for a person, best first:
    /// 1. for a minor, never one known to receive adults only; one known to receive minors
    ///    before one nobody has asked yet;
    /// 2. a speciality that answers the need ([`NEED_SPECIALITIES`]; an earlier one first);
    /// 3. a team that speaks the conversation's language (as best known);
    /// 4. the nearest to the point the person gave (a town or a location, for this choice only);
    /// 5. one a person can reach from its card (a verified contact shown);
    /// 6. the order of the file, for exact ties only.
    ///
    /// Empty outside the region, or for a minor where every association receives adults only
    /// (the engine then gives the national numbers for young people: 119, 3018, Fil Santé
    /// Jeunes).
    pub fn ranked(&self, query: &Query<'_>) -> Vec<&Association> {
        let base = |tag: &str| tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
        let wanted = query.need.map(specialities_for_need).unwrap_or_default();
        let need_rank = |a: &Association| {
            wanted
                .iter()
                .position(|s| a.has_speciality(s))
                .unwrap_or(wanted.len())
        };
        let minor_rank = |a: &Association| match (query.minor, a.sees_minors()) {
            (true, Some(true)) => 0,
            (true, _) => 1,
            (false, _) => 0,
        };
        let rank = |a: &Association| {
            let lang_match = a.languages().iter().any(|l| base(l) == base(query.lang));
            (minor_rank(a), need_rank(a), !lang_match)
        };
        let distance = |a: &Association| {
            query
                .near
                .map_or(0.0, |(lat, lon)| haversine_km(lat, lon, a.lat, a.lon))
        };
        let mut candidates: Vec<(usize, &Association)> = self
            .associations
            .iter()
            .enumerate()
            .filter(|(_, a)| a.departements.iter().any(|d| d == query.dept))
            .filter(|(_, a)| !(query.minor && a.sees_minors() == Some(false)))
            .collect();
        candidates.sort_by(|(i, a), (j, b)| {
            rank(a)
                .cmp(&rank(b))
                .then(distance(a).total_cmp(&distance(b)))
                .then(b.is_reachable().cmp(&a.is_reachable()))
                .then(i.cmp(j))
        });
        candidates.into_iter().map(|(_, a)| a).collect()
    }

    /// The best association for a person ([`Directory::ranked`]), if any.
    pub fn nearest(&self, query: &Query<'_>) -> Option<&Association> {
        self.ranked(query).into_iter().next()
    }
}

#[cfg(test)]
mod tests;
