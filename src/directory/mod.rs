//! Agreed associations and the places they serve: which one is nearest to a person, from the
//! little they choose to say (a département, a postal code, a town, a shared location).

mod geometry;
mod loader;
mod map;
mod resolve;

use std::collections::{BTreeMap, BTreeSet, HashMap};

pub use geometry::{LonLat, haversine_km, ring_contains, ring_distance_km};
pub use loader::load_directory;
pub use map::{MapError, map_svg};
pub use resolve::{Resolved, departement_of_postal_code, is_departement_code};

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

/// An agreed association, with its public contact.
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
    /// Public phone.
    pub phone: Option<String>,
    /// Public website.
    pub website: Option<String>,
    /// Public e-mail.
    pub email: Option<String>,
    /// Opening hours as published.
    pub hours: Option<String>,
    /// Languages staff speak.
    pub languages: Vec<String>,
    /// What it helps with (the needs of the flows: `legal`, `housing`, `minors`…).
    pub specialities: Vec<String>,
    /// No public contact confirmed yet.
    pub to_complete: bool,
    /// Where it is written.
    pub location: Location,
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

    /// The association for a département: first one whose specialities include the need, then
    /// one whose staff speak the language, then the nearest to the point the person gave (a town
    /// or a location, used for this choice only), then file order.
    pub fn nearest(
        &self,
        dept: &str,
        need: Option<&str>,
        lang: &str,
        near: Option<(f64, f64)>,
    ) -> Option<&Association> {
        let base = |tag: &str| tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
        let mut candidates: Vec<(usize, &Association)> = self
            .associations
            .iter()
            .enumerate()
            .filter(|(_, a)| a.departements.iter().any(|d| d == dept))
            .collect();
        let rank = |a: &Association| {
            let need_match = need.is_some_and(|n| a.specialities.iter().any(|s| s == n));
            let lang_match = a.languages.iter().any(|l| base(l) == base(lang));
            (!need_match, !lang_match)
        };
        let distance =
            |a: &Association| near.map_or(0.0, |(lat, lon)| haversine_km(lat, lon, a.lat, a.lon));
        candidates.sort_by(|(i, a), (j, b)| {
            rank(a)
                .cmp(&rank(b))
                .then(distance(a).total_cmp(&distance(b)))
                .then(i.cmp(j))
        });
        candidates.first().map(|(_, a)| *a)
    }
}

#[cfg(test)]
mod tests;
