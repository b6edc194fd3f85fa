//! From what a person types or shares to a département: codes, postal codes, names with typos,
//! locations. The point found (a town's centre, a location) only ranks associations, in the same
//! step; it is never kept (DESIGN.md P6).

use std::borrow::Borrow;
use std::collections::BTreeSet;

use strsim::damerau_levenshtein;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::{Directory, NameEntry, NameKind, Place, haversine_km};
use crate::text::ascii_digit;

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
/// Capitalised words that never continue a commune's name ("Bordeaux en France").
const NEVER_IN_A_NAME: &[&str] = &["france"];
/// The longest run of words tried as a place name inside a sentence.
const MAX_NAME_WORDS: usize = 5;
/// The longest line on which "dans le 64" is read as a département (words).
const PLACED_MAX_WORDS: usize = 8;

/// Words for "département", folded, in the bot's languages and their short forms.
const DEPARTEMENT_WORDS: &[&str] = &[
    "departement",
    "departements",
    "department",
    "departments",
    "departament",
    "departamentul",
    "departamentului",
    "departamento",
    "dept",
    "depts",
    "dep",
    "dpt",
    "dpto",
    "департамент",
    "департамента",
    "مقاطعة",
    "المقاطعة",
    "محافظة",
    "المحافظة",
];
/// Glued to a number ("dpt33", "dep64").
const DEPARTEMENT_PREFIXES: &[&str] = &["departement", "department", "dept", "dep", "dpt"];
/// Small words allowed between a word for "département" and its number ("département du 33",
/// "department no. 33").
const NUMBER_FILLERS: &[&str] = &[
    "n", "no", "nr", "num", "numero", "number", "du", "de", "del", "do", "da", "le", "the", "el",
    "al",
];
/// Phrases that place a number as a département on a short line ("je suis dans le 64").
const PLACING_PHRASES: &[&[&str]] = &[
    &["dans", "le"],
    &["vers", "le"],
    &["pres", "du"],
    &["cote", "du"],
    &["in", "the"],
    &["near", "the"],
    &["en", "el"],
    &["cerca", "del"],
];
/// Articles that may stand before a number alone on the line ("le 33").
const NUMBER_ARTICLES: &[&str] = &["le", "the", "el", "o"];
/// Words of politeness that do not stop a number from standing alone ("33 merci").
const POLITE: &[&str] = &[
    "merci",
    "svp",
    "stp",
    "please",
    "pls",
    "thanks",
    "thx",
    "ok",
    "gracias",
    "obrigado",
    "obrigada",
    "multumesc",
    "mersi",
    "благодаря",
    "شكرا",
];
/// What follows a number that is an age, a duration, a time, an amount or a share: never a
/// département ("19 ans", "15 years", "3 ani", "2 години", "20 h", "50 €", "10 %").
const UNITS: &[&str] = &[
    // years
    "an",
    "ans",
    "annee",
    "annees",
    "year",
    "years",
    "yr",
    "yrs",
    "yo",
    "y",
    "ano",
    "anos",
    "ani",
    "anul",
    "anii",
    "год",
    "года",
    "годы",
    "лет",
    "години",
    "година",
    "سنة",
    "سنوات",
    "سنين",
    "عام",
    "عاما",
    "اعوام", // months, weeks, days
    "mois",
    "month",
    "months",
    "mes",
    "meses",
    "luna",
    "luni",
    "месец",
    "месеца",
    "месеци",
    "شهر",
    "شهور",
    "اشهر",
    "semaine",
    "semaines",
    "week",
    "weeks",
    "semana",
    "semanas",
    "saptamana",
    "saptamani",
    "седмица",
    "седмици",
    "اسبوع",
    "اسابيع",
    "jour",
    "jours",
    "day",
    "days",
    "dia",
    "dias",
    "zi",
    "zile",
    "ден",
    "дни",
    "дена",
    "يوم",
    "ايام", // time
    "h",
    "heure",
    "heures",
    "hour",
    "hours",
    "hr",
    "hrs",
    "hora",
    "horas",
    "ora",
    "ore",
    "час",
    "часа",
    "часове",
    "ساعة",
    "ساعات",
    "min",
    "mins",
    "mn",
    "minute",
    "minutes",
    "minuto",
    "minutos",
    "minut",
    "minuta",
    "минута",
    "минути",
    "دقيقة",
    "دقائق", // money, shares
    "euro",
    "euros",
    "eur",
    "e",
    "€",
    "$",
    "£",
    "dollar",
    "dollars",
    "lei",
    "leva",
    "лв",
    "лева",
    "евро",
    "يورو",
    "reais",
    "real",
    "%",
    "pourcent",
    "percent", // others
    "km",
    "kg",
    "fois",
    "times",
    "veces",
    "vezes",
    "ori",
    "пъти",
    "مرات",
    "eme",
    "ieme",
    "er",
    "th",
    "st",
    "nd",
    "rd",
];
/// Symbols that make the number after them an amount ("€ 50").
const CURRENCY: &[&str] = &["€", "$", "£"];
/// Words before an everyday word that make it a département ("dans le Lot", "la Manche",
/// "l'Ain"), besides the words for "département".
const ANNOUNCES_DEPARTEMENT: &[&str] = &["le", "la", "l", "du", "the", "el", "del", "o", "do"];
/// Words before an everyday word that make it a town ("à Nice", "in Nice", "près de Tours").
/// A plain "a" is not among them: it is also English ("a nice place"); "à" is.
const ANNOUNCES_TOWN: &[&str] = &[
    "au", "in", "at", "near", "from", "around", "en", "vers", "pres", "de", "d", "cerca", "em",
    "perto", "la", "langa", "din", "в", "във", "до", "край", "от", "في", "قرب", "من",
];

/// French words after which a plain "a" is "à" ("je suis a Nice").
const FRENCH_BEFORE_A: &[&str] = &[
    "suis",
    "habite",
    "vis",
    "vit",
    "travaille",
    "reste",
    "loge",
    "dors",
    "sommes",
    "est",
];

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

/// One word of a line, folded as names are compared.
#[derive(Debug, Clone, PartialEq)]
struct Word {
    /// Lower case, accents removed, "st"/"ste" written "saint"/"sainte"; or a symbol (`€`).
    text: String,
    /// Joined to the next word by a hyphen ("Cognac-la-Forêt").
    hyphen_after: bool,
    /// Written with a capital (only when the line is not all capitals).
    capital: bool,
    /// The French "à", told apart from a plain "a".
    grave: bool,
    /// A currency or percent sign, not a word.
    symbol: bool,
}

impl Word {
    fn is(&self, words: &[&str]) -> bool {
        words.contains(&self.text.as_str())
    }

    fn is_number(&self) -> bool {
        self.text.chars().all(|c| c.is_ascii_digit())
    }
}

/// Splits a line into folded words: letters and digits; hyphens, apostrophes, punctuation and
/// spaces separate them; `€ $ £ %` are words of their own.
fn words(text: &str) -> Vec<Word> {
    fn flush(out: &mut Vec<Word>, current: &mut String, capital: &mut bool, grave: &mut bool) {
        if current.is_empty() {
            return;
        }
        let text = match current.as_str() {
            "st" => "saint".to_owned(),
            "ste" => "sainte".to_owned(),
            _ => std::mem::take(current),
        };
        current.clear();
        out.push(Word {
            grave: *grave && text == "a",
            text,
            hyphen_after: false,
            capital: *capital,
            symbol: false,
        });
        *capital = false;
        *grave = false;
    }
    let mut out = Vec::new();
    let mut current = String::new();
    let (mut capital, mut grave) = (false, false);
    let (mut upper_seen, mut lower_seen) = (false, false);
    for c in text.nfd() {
        if is_combining_mark(c) {
            grave |= c == '\u{0300}' && current == "a";
            continue;
        }
        if matches!(c, '\u{2068}' | '\u{2069}') {
            continue;
        }
        let c = ascii_digit(c);
        if c.is_alphanumeric() {
            upper_seen |= c.is_uppercase();
            lower_seen |= c.is_lowercase();
            if current.is_empty() {
                capital = c.is_uppercase();
            }
            current.extend(c.to_lowercase().filter(|l| !is_combining_mark(*l)));
            continue;
        }
        flush(&mut out, &mut current, &mut capital, &mut grave);
        if matches!(c, '-' | '\u{2010}' | '\u{2011}') {
            if let Some(last) = out.last_mut().filter(|w| !w.symbol) {
                last.hyphen_after = true;
            }
        } else if matches!(c, '€' | '$' | '£' | '%') {
            out.push(Word {
                text: c.to_string(),
                hyphen_after: false,
                capital: false,
                grave: false,
                symbol: true,
            });
        }
    }
    flush(&mut out, &mut current, &mut capital, &mut grave);
    // A hyphen only joins two words; a line in capitals says nothing with them.
    for i in 0..out.len() {
        let joined = out.get(i + 1).is_some_and(|w| !w.symbol);
        out[i].hyphen_after &= joined;
        out[i].capital &= lower_seen || !upper_seen;
    }
    out
}

/// A name as compared: folded, hyphens and apostrophes as spaces, "st"/"ste" as "saint"/"sainte".
pub(crate) fn name_key(text: &str) -> String {
    words(text)
        .into_iter()
        .filter(|w| !w.symbol)
        .map(|w| w.text)
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

/// The names found inside a sentence.
enum Named<'a> {
    /// None.
    Nothing,
    /// Names that agree on one département; the first one with a point gives it.
    One(&'a NameEntry, Option<(f64, f64)>),
    /// Names that do not agree (or one name of several départements): these départements, and
    /// the words the names cover (a number right next to one may decide).
    Several(BTreeSet<&'a str>, Vec<(usize, usize)>),
}

impl Directory {
    /// Resolves what a person typed: a postal code, a département code or name, or a town name
    /// (case, accents and small typos forgiven), alone or inside a sentence.
    ///
    /// In this order:
    /// 1. a five-digit postal code anywhere on the line (`mon code postal est 87000`, `33 000`),
    ///    unless a unit follows it (`20000 euros`, `20 000 €`);
    /// 2. the whole line as a name, exactly (`Mont-de-Marsan`, `Nice`);
    /// 3. names inside the sentence (`je suis à Bordeaux, j'ai 19 ans`), longest first. They
    ///    must agree on one département: `je viens de Lyon mais je vis à Pau`, or a name that
    ///    several départements bear (`Saint-Denis`, `Corse`), is ambiguous and gives nothing
    ///    unless a département number (below, or right next to the name: `Saint-Denis 93`)
    ///    picks one of them. A name is skipped when a hyphen or a binding word ties it into a
    ///    longer name we do not know (`Cognac-la-Forêt`, `Cenon sur Vienne`, `Saint-Seurin-sur-
    ///    l'Isle`); a binding word ties only when joined by a hyphen or next to a capitalised
    ///    word, so `Bordeaux la nuit`, `Limoges de 3 ani` and `je suis sur Bordeaux` still
    ///    name Bordeaux and Limoges. A name outside the region hyphen-joined to any word is
    ///    skipped (`Montreuil-Bonnin` is in the Vienne, not in Montreuil). A name that is also
    ///    an everyday word (the national list's `everyday`: `Nice`, `Lot`, `Tours`) counts only
    ///    right after a word announcing a place (`à Nice`, `in Nice`, `dans le Lot`, `l'Ain`)
    ///    and only if no other name is found;
    /// 4. a département number — a name always wins over it. A number (01–95, 2A, 2B, 971–976)
    ///    is never one when a unit follows it (ages, durations, times, amounts: `19 ans`,
    ///    `15 years`, `15 años`, `3 ani`, `2 години`, `19 سنة`, `20 h`, `10 min`, `50 €`,
    ///    `10 %`) or a currency sign precedes it. Otherwise it is a département only when it
    ///    - stands alone on the line, maybe with punctuation, politeness or an article: `33`,
    ///      `64 !`, `le 33`, `the 33`, `33 merci`;
    ///    - is next to a word for "département", with at most one small word between:
    ///      `département 33`, `dept. 64`, `dpt33`, `département du 33`, `department no 33`,
    ///      `departamento 64`, `departamentul 33`, `33 dep`;
    ///    - follows `dans le`, `vers le`, `près du`, `côté du`, `in the`, `near the`,
    ///      `en el`, `cerca del` on a line of at most 8 words: `je suis dans le 64`,
    ///      `I live in the 33`.
    ///
    ///    Two such numbers that disagree give nothing;
    /// 5. typos, on the whole line only: the closest name within the allowed edits (one for
    ///    names of 6 to 8 letters, two beyond; a name outside the region one at most, so that a
    ///    commune of the region we do not list is not sent elsewhere: `Saint-Brice` is not
    ///    `Saint-Brieuc`; everyday words never); two départements equally close give nothing.
    pub fn resolve_text(&self, typed: &str) -> Option<Resolved> {
        let all = words(typed);
        // 1. A postal code.
        let postal = all.iter().enumerate().find_map(|(i, w)| {
            // Written in one piece, or with a space ("33 000").
            let split = all
                .get(i + 1)
                .filter(|next| w.text.len() == 2 && next.text.len() == 3 && next.is_number());
            let (code, last) = match split {
                Some(next) => (format!("{}{}", w.text, next.text), i + 1),
                None => (w.text.clone(), i),
            };
            (code.len() == 5 && !unit_after(&all, last))
                .then(|| departement_of_postal_code(&code))
                .flatten()
        });
        if let Some(dept) = postal {
            return Some(self.resolved(dept, None));
        }
        let words: Vec<&Word> = all.iter().filter(|w| !w.symbol).collect();
        let key = words
            .iter()
            .map(|w| w.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        // 2. The whole line, exactly.
        if let Some(found) = self.exact(&key) {
            return found;
        }
        // 3. Names inside the sentence; 4. numbers.
        match self.named(&words) {
            Named::One(entry, near) => Some(self.resolved(entry.dept.clone(), near)),
            Named::Several(depts, spans) => {
                let number = departement_number(&all).or_else(|| next_to(&words, &spans));
                number
                    .filter(|code| depts.contains(code.as_str()))
                    .map(|code| self.resolved(code, None))
            }
            Named::Nothing => match departement_number(&all) {
                Some(code) => Some(self.resolved(code, None)),
                // 5. Typos.
                None => self.closest(&key),
            },
        }
    }

    /// The names inside a sentence, longest first; see [`Directory::resolve_text`], step 3.
    fn named(&self, words: &[&Word]) -> Named<'_> {
        let n = words.len();
        let mut taken = vec![false; n];
        // (first word, words, entries), strong and everyday apart.
        let mut strong: Vec<(usize, usize, Vec<&NameEntry>)> = Vec::new();
        let mut everyday: Vec<(usize, usize, Vec<&NameEntry>)> = Vec::new();
        for length in (1..=MAX_NAME_WORDS.min(n)).rev() {
            for start in 0..=n - length {
                let end = start + length;
                let around = around(words, start, end);
                if taken[start..end].contains(&true) || around == Around::Bound {
                    continue;
                }
                let key = words[start..end]
                    .iter()
                    .map(|w| w.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                let Some(ids) = self.by_key.get(&key) else {
                    continue;
                };
                let hyphenated =
                    (start > 0 && words[start - 1].hyphen_after) || words[end - 1].hyphen_after;
                let entries: Vec<&NameEntry> = ids
                    .iter()
                    .filter_map(|&i| self.names.get(i))
                    .filter(|e| !(e.elsewhere && hyphenated))
                    .filter(|e| {
                        !(e.elsewhere && e.kind == NameKind::Town && around == Around::Elided)
                    })
                    .collect();
                if entries.is_empty() {
                    continue;
                }
                if entries.iter().any(|e| e.everyday) {
                    if announced(words, start, &entries) {
                        everyday.push((start, length, entries));
                    }
                    continue;
                }
                taken[start..end].iter_mut().for_each(|t| *t = true);
                strong.push((start, length, entries));
            }
        }
        let found = if strong.is_empty() { everyday } else { strong };
        let Some((_, _, first)) = found.first() else {
            return Named::Nothing;
        };
        // The départements every name agrees on.
        let mut common: BTreeSet<&str> = first.iter().map(|e| e.dept.as_str()).collect();
        let mut all: BTreeSet<&str> = common.clone();
        for (_, _, entries) in &found[1..] {
            let depts: BTreeSet<&str> = entries.iter().map(|e| e.dept.as_str()).collect();
            common = common.intersection(&depts).copied().collect();
            all.extend(depts);
        }
        if common.len() == 1 {
            let entries = found.iter().flat_map(|(_, _, e)| e.iter().copied());
            let agreeing: Vec<&NameEntry> = entries
                .filter(|e| common.contains(e.dept.as_str()))
                .collect();
            if let Some(entry) = agreeing.first() {
                let near = agreeing.iter().find_map(|e| e.near);
                return Named::One(entry, near);
            }
        }
        Named::Several(all, found.iter().map(|(s, l, _)| (*s, *l)).collect())
    }

    /// Typos, on the whole line only (inside a sentence, ordinary words come too close to
    /// names): the closest name within the allowed edits; two départements equally close is
    /// too uncertain to answer.
    fn closest(&self, key: &str) -> Option<Resolved> {
        let chars = key.chars().count();
        let allowed = allowed_edits(chars);
        if allowed == 0 {
            return None;
        }
        let mut best: Option<(usize, &NameEntry)> = None;
        let mut tied_elsewhere = false;
        for target in &self.names {
            let mut limit = allowed.min(allowed_edits(target.chars));
            if target.elsewhere {
                limit = limit.min(1);
            }
            if limit == 0 || target.everyday || chars.abs_diff(target.chars) > limit {
                continue;
            }
            let distance = damerau_levenshtein(key, &target.key);
            if distance > limit {
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
        let mut matches = self
            .by_key
            .get(key)?
            .iter()
            .filter_map(|&i| self.names.get(i));
        let first = matches.next()?;
        let mut near = first.near;
        for other in matches {
            if other.dept != first.dept {
                return Some(None);
            }
            near = near.or(other.near);
        }
        Some(Some(self.resolved(first.dept.clone(), near)))
    }

    /// Whether a name is written for several départements on purpose (`shared`).
    pub(crate) fn is_shared(&self, name: &str) -> bool {
        self.shared.contains(&name_key(name))
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

/// Whether a unit follows the word at `i` ("19 ans", "50 €"), or a currency sign precedes it.
fn unit_after<W: Borrow<Word>>(words: &[W], i: usize) -> bool {
    words.get(i + 1).is_some_and(|w| w.borrow().is(UNITS))
        || i.checked_sub(1)
            .and_then(|j| words.get(j))
            .is_some_and(|w| w.borrow().is(CURRENCY))
}

/// The département a word writes as a code (`33`, `2a`, `974`), if it is one.
fn as_code(word: &Word) -> Option<String> {
    let text = word.text.as_str();
    let code_like =
        (2..=3).contains(&text.len()) && (word.is_number() || text == "2a" || text == "2b");
    (code_like && is_departement_code(text)).then(|| text.to_ascii_uppercase())
}

/// The département number on a line, by the rules of [`Directory::resolve_text`], step 4;
/// `None` when there is none, or two that disagree.
fn departement_number(all: &[Word]) -> Option<String> {
    let count = all.iter().filter(|w| !w.symbol).count();
    let mut found: Option<String> = None;
    for (i, w) in all.iter().enumerate() {
        let code = match as_code(w) {
            Some(code) if !unit_after(all, i) => {
                let before = i.checked_sub(1).and_then(|j| all.get(j));
                let alone = all.iter().enumerate().all(|(j, other)| {
                    j == i
                        || other.symbol
                        || other.is(POLITE)
                        || (j + 1 == i && other.is(NUMBER_ARTICLES))
                });
                let named = before.is_some_and(|b| b.is(DEPARTEMENT_WORDS))
                    || (before.is_some_and(|b| b.is(NUMBER_FILLERS))
                        && i.checked_sub(2)
                            .and_then(|j| all.get(j))
                            .is_some_and(|b| b.is(DEPARTEMENT_WORDS)))
                    || all.get(i + 1).is_some_and(|a| a.is(DEPARTEMENT_WORDS));
                let placed = count <= PLACED_MAX_WORDS
                    && PLACING_PHRASES.iter().any(|phrase| {
                        i >= phrase.len()
                            && all[i - phrase.len()..i]
                                .iter()
                                .zip(phrase.iter())
                                .all(|(w, p)| w.text == *p)
                    });
                if !(alone || named || placed) {
                    continue;
                }
                code
            }
            Some(_) => continue,
            // Glued to its word: "dpt33".
            None => match DEPARTEMENT_PREFIXES.iter().find_map(|p| {
                let rest = w.text.strip_prefix(p)?;
                let glued = Word {
                    text: rest.to_owned(),
                    ..w.clone()
                };
                as_code(&glued)
            }) {
                Some(code) if !unit_after(all, i) => code,
                _ => continue,
            },
        };
        match &found {
            Some(other) if *other != code => return None,
            _ => found = Some(code),
        }
    }
    found
}

/// A département code right before or after one of the names found ("Saint-Denis 93",
/// "Corse 2A"), not followed by a unit.
fn next_to(words: &[&Word], spans: &[(usize, usize)]) -> Option<String> {
    spans.iter().find_map(|&(start, length)| {
        let candidates = [start.checked_sub(1), Some(start + length)];
        candidates.into_iter().flatten().find_map(|i| {
            let word = words.get(i)?;
            as_code(word).filter(|_| !unit_after(words, i))
        })
    })
}

/// How the words around `start..end` stand to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Around {
    /// They tie it into a longer name we do not know: a hyphen ("Cognac-la-Forêt"), or a
    /// binding word next to a capitalised word or another binding word ("Cenon sur Vienne",
    /// "Cognac la Forêt", "Saint-Seurin sur l'Isle").
    Bound,
    /// An elided "l'" or "d'" stands before it ("dans l'Hérault", "près d'Angoulême"): fine for
    /// a département or a town of the region; a town elsewhere may be the end of a commune's
    /// name of the region ("Île d'Aix" is not Aix-en-Provence).
    Elided,
    /// Nothing ties it.
    Free,
}

fn around(words: &[&Word], start: usize, end: usize) -> Around {
    let ties =
        |w: &Word| w.hyphen_after || w.capital || w.is(BINDS_TO_NEXT) || w.is(BINDS_TO_PREVIOUS);
    let binder_before = start
        .checked_sub(1)
        .map(|b| words[b])
        .filter(|w| w.is(BINDS_TO_NEXT));
    let tied_before =
        binder_before.is_some() && start.checked_sub(2).is_some_and(|p| ties(words[p]));
    let binds_after = words.get(end).is_some_and(|binder| {
        binder.is(BINDS_TO_PREVIOUS)
            && (words[end - 1].hyphen_after
                || words.get(end + 1).is_some_and(|next| {
                    (next.capital && !next.is(NEVER_IN_A_NAME))
                        || next.is(BINDS_TO_NEXT)
                        || next.is(BINDS_TO_PREVIOUS)
                }))
    });
    if tied_before || binds_after {
        Around::Bound
    } else if binder_before.is_some_and(|w| w.is(&["l", "d"])) {
        Around::Elided
    } else {
        Around::Free
    }
}

/// Whether the word before an everyday name announces a place of its kind ("dans le Lot",
/// "à Nice").
fn announced(words: &[&Word], start: usize, entries: &[&NameEntry]) -> bool {
    let Some(before) = start.checked_sub(1).map(|b| words[b]) else {
        return false;
    };
    entries.iter().any(|e| match e.kind {
        NameKind::Departement => before.is(ANNOUNCES_DEPARTEMENT) || before.is(DEPARTEMENT_WORDS),
        NameKind::Town => {
            before.grave
                || before.is(ANNOUNCES_TOWN)
                || (before.text == "a"
                    && start
                        .checked_sub(2)
                        .is_some_and(|p| words[p].is(FRENCH_BEFORE_A)))
        }
    })
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
