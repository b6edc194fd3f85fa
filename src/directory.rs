//! Agreed associations and the places they serve: which one is nearest to a person, from the
//! little they choose to say (a département, a postal code, a shared location).

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::content::{ContentFiles, parse_toml};
use crate::diagnostic::{Diagnostic, Location};
use crate::text::fold;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDirectory {
    region: String,
    #[serde(default)]
    departement: Vec<RawDepartement>,
    #[serde(default)]
    association: Vec<RawAssociation>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDepartement {
    code: Spanned<String>,
    name: String,
    lat: f64,
    lon: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAssociation {
    id: Spanned<String>,
    name: String,
    departements: Vec<Spanned<String>>,
    town: String,
    lat: Option<f64>,
    lon: Option<f64>,
    phone: Option<String>,
    website: Option<String>,
    email: Option<String>,
    hours: Option<String>,
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    specialities: Vec<String>,
    #[serde(default)]
    to_complete: bool,
}

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
    /// What it helps with (needs).
    pub specialities: Vec<String>,
    /// No public contact confirmed yet.
    pub to_complete: bool,
    /// Where it is written.
    pub location: Location,
}

/// A place a person named, reduced to a département at once (DESIGN.md P6).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The département code.
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
}

/// Farther than this from every covered département's centroid, a shared location is
/// "elsewhere in France" (km).
const REGION_REACH_KM: f64 = 90.0;

impl Directory {
    /// Resolves what a person typed: a département code or name, or a postal code.
    pub fn resolve_text(&self, typed: &str) -> Option<Place> {
        let folded = fold(typed);
        let compact: String = folded.chars().filter(|c| !c.is_whitespace()).collect();
        let code = if compact.len() == 5 && compact.chars().all(|c| c.is_ascii_digit()) {
            departement_of_postal_code(&compact)
        } else if is_departement_code(&compact.to_uppercase()) {
            Some(normalise_code(&compact.to_uppercase()))
        } else {
            let wanted = folded.replace(['-', '\''], " ");
            self.departements
                .values()
                .find(|d| fold(&d.name).replace(['-', '\''], " ") == wanted)
                .map(|d| d.code.clone())
        }?;
        Some(self.place(code))
    }

    /// Resolves a shared location to a département; the coordinates are not kept.
    pub fn resolve_location(&self, lat: f64, lon: f64) -> Option<Place> {
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
            return None;
        }
        let nearest = self
            .departements
            .values()
            .map(|d| (haversine_km(lat, lon, d.lat, d.lon), d))
            .min_by(|a, b| a.0.total_cmp(&b.0));
        match nearest {
            Some((km, d)) if km <= REGION_REACH_KM => Some(self.place(d.code.clone())),
            _ => Some(Place {
                dept: String::new(),
                in_region: false,
            }),
        }
    }

    fn place(&self, dept: String) -> Place {
        let in_region = self.departements.contains_key(&dept);
        Place { dept, in_region }
    }

    /// The association for a département, preferring one whose specialities include the need,
    /// then one whose staff speak the language.
    pub fn nearest(&self, dept: &str, need: Option<&str>, lang: &str) -> Option<&Association> {
        let base = |tag: &str| tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
        self.associations
            .iter()
            .filter(|a| a.departements.iter().any(|d| d == dept))
            .max_by_key(|a| {
                let need_match = need.is_some_and(|n| a.specialities.iter().any(|s| s == n));
                let lang_match = a.languages.iter().any(|l| base(l) == base(lang));
                // max_by_key keeps the last maximum: reverse the position so file order breaks ties.
                (need_match, lang_match, std::cmp::Reverse(a.location.line))
            })
    }

    /// A département's name, if the directory knows it.
    pub fn departement_name(&self, code: &str) -> Option<&str> {
        self.departements.get(code).map(|d| d.name.as_str())
    }
}

/// Whether a code is a French département: 01–95 (not 20), 2A, 2B, 971–976.
pub fn is_departement_code(code: &str) -> bool {
    let code = normalise_code(code);
    match code.as_str() {
        "2A" | "2B" => true,
        _ if code.len() == 2 => code
            .parse::<u8>()
            .is_ok_and(|n| (1..=95).contains(&n) && n != 20),
        _ if code.len() == 3 => code.parse::<u16>().is_ok_and(|n| (971..=976).contains(&n)),
        _ => false,
    }
}

fn normalise_code(code: &str) -> String {
    code.to_ascii_uppercase()
}

/// The département of a French postal code (Corsica 2A/2B and overseas 97x included).
pub fn departement_of_postal_code(code: &str) -> Option<String> {
    if code.len() != 5 || !code.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let dept = match &code[..2] {
        "20" => match &code[..3] {
            "200" | "201" => "2A".to_owned(),
            "202" | "206" => "2B".to_owned(),
            _ => return None,
        },
        "97" => code[..3].to_owned(),
        two => two.to_owned(),
    };
    is_departement_code(&dept).then_some(dept)
}

/// Great-circle distance in kilometres.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().asin()
}

/// Loads every `directory/*.toml`; every problem is reported with its place.
pub fn load_directory(content: &ContentFiles) -> (Directory, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut directory = Directory::default();
    let mut raws = Vec::new();
    for file in content.under("directory", "toml") {
        match parse_toml::<RawDirectory>(file) {
            Ok(raw) => raws.push((file, raw)),
            Err(d) => diagnostics.push(d),
        }
    }
    for (file, raw) in &raws {
        let text = file.text().unwrap_or_default();
        for d in &raw.departement {
            let at = Location::at_offset(&file.path, text, d.code.span().start);
            if !is_departement_code(d.code.get_ref()) {
                diagnostics.push(Diagnostic::error(
                    at.clone(),
                    format!("`{}` is not a French département code", d.code.get_ref()),
                ));
            }
            if !coordinates_in_range(d.lat, d.lon) {
                diagnostics.push(Diagnostic::error(
                    at.clone(),
                    format!("département {}: coordinates out of range", d.code.get_ref()),
                ));
            }
            let dept = Departement {
                code: d.code.get_ref().clone(),
                name: d.name.clone(),
                lat: d.lat,
                lon: d.lon,
                region: raw.region.clone(),
            };
            if directory
                .departements
                .insert(dept.code.clone(), dept)
                .is_some()
            {
                diagnostics.push(Diagnostic::error(
                    at,
                    format!("département {} is listed twice", d.code.get_ref()),
                ));
            }
        }
    }
    for (file, raw) in &raws {
        let text = file.text().unwrap_or_default();
        for a in &raw.association {
            let at = Location::at_offset(&file.path, text, a.id.span().start);
            if directory
                .associations
                .iter()
                .any(|x| x.id == *a.id.get_ref())
            {
                diagnostics.push(Diagnostic::error(
                    at.clone(),
                    format!("association id `{}` is used twice", a.id.get_ref()),
                ));
            }
            for d in &a.departements {
                if !directory.departements.contains_key(d.get_ref()) {
                    diagnostics.push(Diagnostic::error(
                        Location::at_offset(&file.path, text, d.span().start),
                        format!(
                            "association `{}`: département `{}` is not listed in the directory",
                            a.id.get_ref(),
                            d.get_ref()
                        ),
                    ));
                }
            }
            let has_contact = a.phone.is_some() || a.website.is_some() || a.email.is_some();
            if !has_contact && !a.to_complete {
                diagnostics.push(Diagnostic::error(
                    at.clone(),
                    format!("association `{}` has no contact: add phone, website or email, or mark it `to_complete = true`", a.id.get_ref()),
                ));
            } else if a.to_complete {
                diagnostics.push(Diagnostic::warning(
                    at.clone(),
                    format!("association `{}`: public contact to complete (its card shows the national numbers meanwhile)", a.id.get_ref()),
                ));
            }
            let coordinates = match (a.lat, a.lon) {
                (Some(lat), Some(lon)) if coordinates_in_range(lat, lon) => Some((lat, lon)),
                (Some(_), Some(_)) => {
                    diagnostics.push(Diagnostic::error(
                        at.clone(),
                        format!("association `{}`: coordinates out of range", a.id.get_ref()),
                    ));
                    None
                }
                _ => {
                    diagnostics.push(Diagnostic::error(
                        at.clone(),
                        format!(
                            "association `{}` has no coordinates (lat, lon)",
                            a.id.get_ref()
                        ),
                    ));
                    None
                }
            };
            // Every finding of the entry is reported before it is left out.
            let Some((lat, lon)) = coordinates else {
                continue;
            };
            directory.associations.push(Association {
                id: a.id.get_ref().clone(),
                name: a.name.clone(),
                departements: a.departements.iter().map(|d| d.get_ref().clone()).collect(),
                town: a.town.clone(),
                lat,
                lon,
                phone: a.phone.clone(),
                website: a.website.clone(),
                email: a.email.clone(),
                hours: a.hours.clone(),
                languages: a.languages.clone(),
                specialities: a.specialities.clone(),
                to_complete: a.to_complete,
                location: at,
            });
        }
    }
    (directory, diagnostics)
}

fn coordinates_in_range(lat: f64, lon: f64) -> bool {
    (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postal_codes_map_to_departements() {
        assert_eq!(departement_of_postal_code("33000").as_deref(), Some("33"));
        assert_eq!(departement_of_postal_code("20000").as_deref(), Some("2A"));
        assert_eq!(departement_of_postal_code("20200").as_deref(), Some("2B"));
        assert_eq!(departement_of_postal_code("97400").as_deref(), Some("974"));
        assert_eq!(departement_of_postal_code("01500").as_deref(), Some("01"));
        assert_eq!(departement_of_postal_code("00100"), None);
        assert_eq!(departement_of_postal_code("98000"), None);
    }

    #[test]
    fn departement_codes() {
        for ok in ["01", "33", "2A", "2b", "95", "971", "976"] {
            assert!(is_departement_code(ok), "{ok}");
        }
        for bad in ["00", "20", "96", "977", "2C", "abc", "", "5"] {
            assert!(!is_departement_code(bad), "{bad}");
        }
    }

    #[test]
    fn distances() {
        // Bordeaux to Poitiers is about 220 km.
        let km = haversine_km(44.8378, -0.5792, 46.5802, 0.3404);
        assert!((200.0..240.0).contains(&km), "{km}");
    }
}
