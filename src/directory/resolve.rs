//! From what a person types or shares to a département: codes, postal codes, names with typos,
//! locations. The point found (a town's centre, a location) only ranks associations, in the same
//! step; it is never kept (DESIGN.md P6).

use strsim::damerau_levenshtein;

use super::{Directory, NameEntry, Place, haversine_km};
use crate::text::fold;

/// Without outlines, a location farther than this from every known town and centroid is
/// "elsewhere" (km).
const REGION_REACH_KM: f64 = 60.0;
/// A location this close outside an outline still belongs to it: outlines are simplified (by
/// about 0.4 km) and a location shared from a beach or a boat may fall just outside; farther, it
/// may be across a national border (km).
const SNAP_KM: f64 = 1.5;
/// Words that join the next word into a place name ("sur Vienne", "l'Isle").
const BINDS_TO_NEXT: &[&str] = &["sur", "sous", "l", "d", "les", "lez"];
/// Words that join the previous word into a place name ("Cognac la Forêt", "Cenon sur Vienne").
const BINDS_TO_PREVIOUS: &[&str] = &[
    "sur", "sous", "en", "la", "le", "les", "l", "d", "de", "du", "des", "lez",
];
/// The longest run of words tried as a place name inside a sentence.
const MAX_NAME_WORDS: usize = 5;

/// What a person's words or location gave.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// The département (or only "outside the region").
    pub place: Place,
    /// A point to rank associations by distance, for this step only.
    pub near: Option<(f64, f64)>,
}

/// Whether a code is a French département: 01–95 (not 20), 2A, 2B, 971–976.
pub fn is_departement_code(code: &str) -> bool {
    let code = code.to_ascii_uppercase();
    match code.as_str() {
        "2A" | "2B" => true,
        _ if code.len() == 2 => code
            .parse::<u8>()
            .is_ok_and(|n| (1..=95).contains(&n) && n != 20),
        _ if code.len() == 3 => code.parse::<u16>().is_ok_and(|n| (971..=976).contains(&n)),
        _ => false,
    }
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

/// A name as compared: folded, hyphens and apostrophes as spaces, "st"/"ste" as "saint"/"sainte".
pub(crate) fn name_key(text: &str) -> String {
    fold(text)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .map(|word| match word {
            "st" => "saint",
            "ste" => "sainte",
            other => other,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// How many edits a name of this length may have and still be recognised.
/// Short names are too close to other communes' names (Nérac, Nersac) to guess.
fn allowed_edits(chars: usize) -> usize {
    match chars {
        0..=5 => 0,
        6..=8 => 1,
        _ => 2,
    }
}

impl Directory {
    /// Resolves what a person typed: a postal code, a département code or name, or a town name
    /// (case, accents and small typos forgiven), alone or inside a short sentence.
    pub fn resolve_text(&self, typed: &str) -> Option<Resolved> {
        let key = name_key(typed);
        let words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
        if let Some(dept) = words.iter().find_map(|w| departement_of_postal_code(w)) {
            return Some(self.resolved(dept, None));
        }
        if let Some(code) = words
            .iter()
            .find(|w| w.len() <= 3 && is_departement_code(w))
        {
            return Some(self.resolved(code.to_ascii_uppercase(), None));
        }
        // The whole line first, exactly.
        if let Some(found) = self.exact(&key) {
            return found;
        }
        // A name inside a sentence ("je suis à Mont de Marsan"), longest first, exactly, unless
        // the words around it bind it into a longer name we do not know ("… sur Vienne",
        // "Cognac la Forêt").
        for length in (1..=MAX_NAME_WORDS.min(words.len())).rev() {
            for start in 0..=words.len() - length {
                let before = start.checked_sub(1).map(|i| words[i]);
                let after = words.get(start + length).copied();
                if before.is_some_and(|w| BINDS_TO_NEXT.contains(&w))
                    || after.is_some_and(|w| BINDS_TO_PREVIOUS.contains(&w))
                {
                    continue;
                }
                if let Some(found) = self.exact(&words[start..start + length].join(" ")) {
                    return found;
                }
            }
        }
        // Typos, on the whole line only (inside a sentence, ordinary words come too close to
        // names): the closest name within the allowed edits; two départements equally close
        // is too uncertain to answer.
        let allowed = allowed_edits(key.chars().count());
        let mut best: Option<(usize, &NameEntry)> = None;
        let mut tied_elsewhere = false;
        for target in &self.names {
            let distance = damerau_levenshtein(&key, &target.key);
            if allowed == 0 || distance > allowed.min(allowed_edits(target.key.chars().count())) {
                continue;
            }
            match best {
                Some((d, _)) if distance > d => {}
                Some((d, b)) if distance == d => tied_elsewhere |= b.dept != target.dept,
                _ => {
                    best = Some((distance, target));
                    tied_elsewhere = false;
                }
            }
        }
        match best {
            Some((_, target)) if !tied_elsewhere => {
                Some(self.resolved(target.dept.clone(), target.near))
            }
            _ => None,
        }
    }

    /// The names equal to a key: `Some(None)` when they lead to different départements (the
    /// answer would be a guess), `None` when there is none.
    fn exact(&self, key: &str) -> Option<Option<Resolved>> {
        let mut matches = self.names.iter().filter(|n| n.key == key);
        let first = matches.next()?;
        if matches.any(|n| n.dept != first.dept) {
            return Some(None);
        }
        Some(Some(self.resolved(first.dept.clone(), first.near)))
    }

    /// Resolves a shared location to a département; the coordinates are used for this step only.
    pub fn resolve_location(&self, lat: f64, lon: f64) -> Option<Resolved> {
        if !(-90.0..=90.0).contains(&lat)
            || !(-180.0..=180.0).contains(&lon)
            || !lat.is_finite()
            || !lon.is_finite()
        {
            return None;
        }
        let outside = Resolved {
            place: Place {
                dept: String::new(),
                in_region: false,
            },
            near: None,
        };
        if !self.boundaries.is_empty() {
            if let Some(b) = self.boundaries.iter().find(|b| b.contains(lat, lon)) {
                return Some(self.resolved(b.departement.clone(), Some((lat, lon))));
            }
            let nearest = self
                .boundaries
                .iter()
                .map(|b| (b.distance_km(lat, lon), b))
                .min_by(|a, b| a.0.total_cmp(&b.0));
            return Some(match nearest {
                Some((km, b)) if km <= SNAP_KM => {
                    self.resolved(b.departement.clone(), Some((lat, lon)))
                }
                _ => outside,
            });
        }
        // No outlines: the nearest town or centroid, if near enough.
        let points = self
            .towns
            .iter()
            .map(|t| (t.lat, t.lon, &t.departement))
            .chain(self.departements.values().map(|d| (d.lat, d.lon, &d.code)));
        let nearest = points
            .map(|(plat, plon, dept)| (haversine_km(lat, lon, plat, plon), dept))
            .min_by(|a, b| a.0.total_cmp(&b.0));
        Some(match nearest {
            Some((km, dept)) if km <= REGION_REACH_KM => {
                self.resolved(dept.clone(), Some((lat, lon)))
            }
            _ => outside,
        })
    }

    fn resolved(&self, dept: String, near: Option<(f64, f64)>) -> Resolved {
        let in_region = self.departements.contains_key(&dept);
        Resolved {
            place: Place { dept, in_region },
            near: near.filter(|_| in_region),
        }
    }
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
    fn name_keys_fold_punctuation_and_saints() {
        assert_eq!(name_key("St-Jean-de-Luz"), "saint jean de luz");
        assert_eq!(name_key("  Villenave-d’Ornon "), "villenave d ornon");
        assert_eq!(name_key("Ste Foy"), "sainte foy");
    }
}
