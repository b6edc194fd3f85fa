//! Reads `directory/*.toml` (départements, associations, towns, outlines) and checks that every
//! entry is complete and every place a person may name resolves to the right département.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;
use serde::Deserialize;
use toml::Spanned;

use super::resolve::{is_departement_code, name_key};
use super::{
    Association, Boundary, Contact, ContactKind, ContactValue, Departement, Directory,
    FrenchDepartement, LonLat, SPECIALITIES, Town, Written,
};
use crate::content::{ContentFiles, SourceFile, parse_toml};
use crate::diagnostic::{Diagnostic, Location};

/// The national list: every département of France by name, and big towns outside the region.
/// Its format is its own (no `region`); directory/README.md, "France".
pub const FRANCE_FILE: &str = "directory/france-departements.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDirectory {
    region: String,
    #[serde(default)]
    departement: Vec<RawDepartement>,
    #[serde(default)]
    association: Vec<RawAssociation>,
    #[serde(default)]
    town: Vec<RawTown>,
    #[serde(default)]
    boundary: Vec<RawBoundary>,
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
    #[serde(default)]
    specialities: Vec<Spanned<String>>,
    #[serde(default)]
    contact: Vec<RawContact>,
    // The keys of the former shape: each one is now a `[[association.contact]]`; reading them
    // gives a clear error instead of "unknown field".
    phone: Option<toml::Value>,
    website: Option<toml::Value>,
    email: Option<toml::Value>,
    hours: Option<toml::Value>,
    languages: Option<toml::Value>,
    to_complete: Option<toml::Value>,
}

/// One `[[association.contact]]`: directory/README.md, "Contacts".
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContact {
    kind: Spanned<String>,
    value: Option<toml::Value>,
    source: Option<String>,
    found_on: Option<toml::Value>,
    verified_on: Option<toml::Value>,
    #[serde(default)]
    show: bool,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTown {
    name: Spanned<String>,
    departement: String,
    lat: f64,
    lon: f64,
    #[serde(default)]
    aliases: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFrance {
    #[serde(default)]
    shared: Vec<Spanned<String>>,
    #[serde(default)]
    everyday: Vec<Spanned<String>>,
    #[serde(default)]
    departement: Vec<RawFrenchDepartement>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFrenchDepartement {
    code: Spanned<String>,
    name: Spanned<String>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    #[serde(default)]
    towns: Vec<Spanned<String>>,
}

/// The `shared` and `everyday` names of the national list, checked once every name is known.
#[derive(Default)]
struct NameLists {
    shared: Vec<Written>,
    everyday: Vec<Written>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBoundary {
    departement: Spanned<String>,
    rings: Vec<Vec<LonLat>>,
}

/// Loads every `directory/*.toml`; every problem is reported with its place.
pub fn load_directory(content: &ContentFiles) -> (Directory, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut directory = Directory::default();
    let mut raws = Vec::new();
    let mut france = Vec::new();
    for file in content.under("directory", "toml") {
        if file.path == std::path::Path::new(FRANCE_FILE) {
            match parse_toml::<RawFrance>(file) {
                Ok(raw) => france.push((file, raw)),
                Err(d) => diagnostics.push(d),
            }
            continue;
        }
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
                location: at.clone(),
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
            let id = a.id.get_ref();
            for (key, value) in [
                ("phone", &a.phone),
                ("website", &a.website),
                ("email", &a.email),
                ("hours", &a.hours),
                ("languages", &a.languages),
            ] {
                if value.is_some() {
                    diagnostics.push(Diagnostic::error(
                        at.clone(),
                        format!(
                            "association `{id}`: `{key} = …` is written as a contact now, with where it was found and when it was verified: [[association.contact]] kind = \"{key}\", value = …, source = …, verified_on = … (directory/README.md)"
                        ),
                    ));
                }
            }
            if a.to_complete.is_some() {
                diagnostics.push(Diagnostic::error(
                    at.clone(),
                    format!(
                        "association `{id}`: `to_complete` is gone: an association without a verified contact shown is to complete by itself; remove the key"
                    ),
                ));
            }
            let mut specialities = Vec::new();
            for speciality in &a.specialities {
                let written = speciality.get_ref();
                if SPECIALITIES.contains(&written.as_str()) {
                    specialities.push(written.clone());
                } else {
                    diagnostics.push(Diagnostic::error(
                        Location::at_offset(&file.path, text, speciality.span().start),
                        format!(
                            "association `{id}`: speciality `{written}` is not known: write one of {}",
                            SPECIALITIES.join(", ")
                        ),
                    ));
                }
            }
            let mut contacts = Vec::new();
            for raw in &a.contact {
                let here = Location::at_offset(&file.path, text, raw.kind.span().start);
                match contact(raw, here) {
                    Ok(contact) => contacts.push(contact),
                    Err(mut problems) => {
                        for problem in &mut problems {
                            problem.message = format!("association `{id}`: {}", problem.message);
                        }
                        diagnostics.extend(problems);
                    }
                }
            }
            if contacts
                .iter()
                .any(|c| c.kind == ContactKind::Minors && c.value == ContactValue::Flag(false))
                && specialities.iter().any(|s| s == "minors")
            {
                diagnostics.push(Diagnostic::error(
                    at.clone(),
                    format!(
                        "association `{id}` has the speciality `minors` but a contact says it receives adults only (minors = false): keep the one that is true"
                    ),
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
                specialities,
                contacts,
                location: at,
            });
        }
        for t in &raw.town {
            let at = Location::at_offset(&file.path, text, t.name.span().start);
            if !directory.departements.contains_key(&t.departement) {
                diagnostics.push(Diagnostic::error(
                    at.clone(),
                    format!(
                        "town `{}`: département `{}` is not listed in the directory",
                        t.name.get_ref(),
                        t.departement
                    ),
                ));
            }
            if !coordinates_in_range(t.lat, t.lon) {
                diagnostics.push(Diagnostic::error(
                    at.clone(),
                    format!("town `{}`: coordinates out of range", t.name.get_ref()),
                ));
                continue;
            }
            directory.towns.push(Town {
                name: t.name.get_ref().clone(),
                aliases: t.aliases.clone(),
                departement: t.departement.clone(),
                lat: t.lat,
                lon: t.lon,
                location: at,
            });
        }
        for b in &raw.boundary {
            let at = Location::at_offset(&file.path, text, b.departement.span().start);
            let code = b.departement.get_ref();
            if !directory.departements.contains_key(code) {
                diagnostics.push(Diagnostic::error(
                    at.clone(),
                    format!("boundary: département `{code}` is not listed in the directory"),
                ));
            }
            let mut rings = Vec::new();
            for (i, ring) in b.rings.iter().enumerate() {
                let closed = ring.len() >= 4 && ring.first() == ring.last();
                let in_range = ring
                    .iter()
                    .all(|[lon, lat]| coordinates_in_range(*lat, *lon));
                if !closed || !in_range {
                    diagnostics.push(Diagnostic::error(
                        at.clone(),
                        format!(
                            "boundary of {code}: ring {} must have at least 4 [longitude, latitude] points in range, the last equal to the first",
                            i + 1
                        ),
                    ));
                    continue;
                }
                rings.push(ring.clone());
            }
            if directory.boundaries.iter().any(|x| x.departement == *code) {
                diagnostics.push(Diagnostic::error(
                    at.clone(),
                    format!("boundary of {code} is given twice"),
                ));
            }
            directory.boundaries.push(Boundary {
                departement: code.clone(),
                rings,
                location: at,
            });
        }
    }
    let mut lists = NameLists::default();
    for (file, raw) in &france {
        load_france(file, raw, &mut directory, &mut lists, &mut diagnostics);
    }
    directory.index_names();
    diagnostics.extend(check_places(&directory, &lists));
    (directory, diagnostics)
}

/// Every département code: 01–19, 2A, 2B, 21–95, 971–974, 976.
fn every_departement_code() -> impl Iterator<Item = String> {
    (1..=95)
        .filter(|n| *n != 20)
        .map(|n| format!("{n:02}"))
        .chain(["2A".to_owned(), "2B".to_owned()])
        .chain([971, 972, 973, 974, 976].map(|n| n.to_string()))
}

/// Reads the national list into `directory.france`.
fn load_france(
    file: &SourceFile,
    raw: &RawFrance,
    directory: &mut Directory,
    lists: &mut NameLists,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let text = file.text().unwrap_or_default();
    // Hundreds of names: the line starts once, not a scan of the text per name.
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let at = |offset: usize| {
        let line = line_starts.partition_point(|start| *start <= offset);
        let start = line_starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(0);
        Location {
            file: file.path.clone(),
            line,
            column: text.get(start..offset).map_or(0, |s| s.chars().count() + 1),
        }
    };
    let written = |s: &Spanned<String>| Written {
        text: s.get_ref().clone(),
        location: at(s.span().start),
    };
    for d in &raw.departement {
        let code = d.code.get_ref();
        let here = at(d.code.span().start);
        if !is_departement_code(code) {
            diagnostics.push(Diagnostic::error(
                here,
                format!("`{code}` is not a French département code"),
            ));
            continue;
        }
        if let Some(region) = directory.departements.get(code)
            && region.name != *d.name.get_ref()
        {
            diagnostics.push(Diagnostic::error(
                at(d.name.span().start),
                format!(
                    "département {code} is named `{}` here but `{}` in {}: write the same name",
                    d.name.get_ref(),
                    region.name,
                    region.location
                ),
            ));
        }
        let entry = FrenchDepartement {
            code: code.clone(),
            name: d.name.get_ref().clone(),
            aliases: d.aliases.iter().map(written).collect(),
            towns: d.towns.iter().map(written).collect(),
            location: here.clone(),
        };
        match directory.france.entry(code.clone()) {
            std::collections::btree_map::Entry::Vacant(slot) => {
                slot.insert(entry);
            }
            std::collections::btree_map::Entry::Occupied(_) => diagnostics.push(Diagnostic::error(
                here,
                format!("département {code} is listed twice"),
            )),
        }
    }
    for code in every_departement_code() {
        if !directory.france.contains_key(&code) {
            diagnostics.push(Diagnostic::warning(
                Location::file(&file.path),
                format!("département {code} is missing: its number is understood, not its name"),
            ));
        }
    }
    for s in &raw.shared {
        directory.shared.insert(name_key(s.get_ref()));
        lists.shared.push(written(s));
    }
    for s in &raw.everyday {
        directory.everyday.insert(name_key(s.get_ref()));
        lists.everyday.push(written(s));
    }
}

/// Every place a person may name must lead to its own département: département codes and names,
/// town names and aliases (an alias that two départements share is ambiguous, unless the
/// national list writes it in `shared`), the national list's names, towns and associations inside
/// their département's outline when outlines are given.
fn check_places(directory: &Directory, lists: &NameLists) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // An invalid code is already reported where it is written.
    for d in directory
        .departements
        .values()
        .filter(|d| is_departement_code(&d.code))
    {
        for typed in [d.code.as_str(), d.name.as_str()] {
            if let Some(wrong) = misroute(directory, typed, &d.code) {
                out.push(Diagnostic::error(
                    d.location.clone(),
                    format!("département {}: {wrong}", d.code),
                ));
            }
        }
    }
    // Every département a name leads to (the index holds départements, towns and aliases).
    let mut departements_by_key: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for entry in &directory.names {
        departements_by_key
            .entry(&entry.key)
            .or_default()
            .insert(&entry.dept);
    }
    for t in &directory.towns {
        for typed in std::iter::once(&t.name).chain(&t.aliases) {
            if directory.is_shared(typed) {
                continue;
            }
            let others: Vec<&str> = departements_by_key
                .get(name_key(typed).as_str())
                .into_iter()
                .flatten()
                .copied()
                .filter(|d| *d != t.departement)
                .collect();
            if !others.is_empty() {
                out.push(Diagnostic::error(
                    t.location.clone(),
                    format!(
                        "town `{}`: `{typed}` also names a town in {}: remove the alias or write the name in full",
                        t.name,
                        others.join(", ")
                    ),
                ));
                continue;
            }
            if let Some(wrong) = misroute(directory, typed, &t.departement) {
                out.push(Diagnostic::error(
                    t.location.clone(),
                    format!("town `{}`: {wrong}", t.name),
                ));
            }
        }
        if let Some(boundary) = directory
            .boundaries
            .iter()
            .find(|b| b.departement == t.departement)
            && !boundary.contains(t.lat, t.lon)
        {
            let km = boundary.distance_km(t.lat, t.lon);
            out.push(Diagnostic::warning(
                t.location.clone(),
                format!(
                    "town `{}` lies {km:.1} km outside the outline of {}: check its coordinates",
                    t.name, t.departement
                ),
            ));
        }
    }
    check_france(directory, lists, &departements_by_key, &mut out);
    for a in &directory.associations {
        let outlines: Vec<&Boundary> = directory
            .boundaries
            .iter()
            .filter(|b| a.departements.contains(&b.departement))
            .collect();
        if !outlines.is_empty() && !outlines.iter().any(|b| b.contains(a.lat, a.lon)) {
            out.push(Diagnostic::warning(
                a.location.clone(),
                format!(
                    "association `{}`: its coordinates are outside the départements it serves",
                    a.id
                ),
            ));
        }
    }
    out
}

/// The national list: each name leads to its département, or is written in `shared`; each
/// `shared` name names several départements; each `everyday` name names a place.
fn check_france(
    directory: &Directory,
    lists: &NameLists,
    departements_by_key: &BTreeMap<&str, BTreeSet<&str>>,
    out: &mut Vec<Diagnostic>,
) {
    for d in directory.france.values() {
        let name = Written {
            text: d.name.clone(),
            location: d.location.clone(),
        };
        for typed in std::iter::once(&name).chain(&d.aliases).chain(&d.towns) {
            if directory.is_shared(&typed.text) {
                continue;
            }
            let others: Vec<&str> = departements_by_key
                .get(name_key(&typed.text).as_str())
                .into_iter()
                .flatten()
                .copied()
                .filter(|other| *other != d.code)
                .collect();
            if !others.is_empty() {
                out.push(Diagnostic::error(
                    typed.location.clone(),
                    format!(
                        "`{}` ({}) also names a place in {}: remove it, or write it in `shared` so that the bot asks again",
                        typed.text,
                        d.code,
                        others.join(", ")
                    ),
                ));
            } else if let Some(wrong) = misroute(directory, &typed.text, &d.code) {
                out.push(Diagnostic::error(
                    typed.location.clone(),
                    format!("département {}: {wrong}", d.code),
                ));
            }
        }
    }
    for s in &lists.shared {
        let count = departements_by_key
            .get(name_key(&s.text).as_str())
            .map_or(0, BTreeSet::len);
        if count < 2 {
            out.push(Diagnostic::error(
                s.location.clone(),
                format!(
                    "`{}` is in `shared` but names {count} département(s): remove it from `shared`",
                    s.text
                ),
            ));
        }
    }
    for s in &lists.everyday {
        if !departements_by_key.contains_key(name_key(&s.text).as_str()) {
            out.push(Diagnostic::error(
                s.location.clone(),
                format!(
                    "`{}` is in `everyday` but no département or town bears that name",
                    s.text
                ),
            ));
        }
    }
}

/// Reads one contact; every problem is reported at its `kind` line.
fn contact(raw: &RawContact, at: Location) -> Result<Contact, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut problem = |message: String| problems.push(Diagnostic::error(at.clone(), message));
    let written = raw.kind.get_ref();
    let kinds = || {
        ContactKind::ALL
            .iter()
            .map(|k| k.id())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let kind = ContactKind::from_id(written);
    if kind.is_none() {
        problem(format!(
            "contact kind `{written}` is not known: write one of {}",
            kinds()
        ));
    }
    let value = kind.and_then(|kind| match contact_value(kind, raw.value.as_ref()) {
        Ok(value) => Some(value),
        Err(message) => {
            problem(format!("{written} contact: {message}"));
            None
        }
    });
    let source = raw
        .source
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    if source.is_none() {
        problem(format!(
            "{written} contact has no `source`: write where it was found (a web address) or who confirmed it (\"the association, by phone\")"
        ));
    }
    let found_on = match &raw.found_on {
        None => None,
        Some(value) => match written_date(value) {
            Some(text) if is_partial_date(&text) => Some(text),
            _ => {
                problem(format!(
                    "{written} contact: found_on = {value} is not a year or a date: write \"2020\", \"2020-03\" or \"2020-03-12\""
                ));
                None
            }
        },
    };
    let verified_on = match &raw.verified_on {
        None => None,
        Some(value) => match written_date(value).and_then(|t| t.parse::<Date>().ok()) {
            Some(date) => Some(date),
            None => {
                problem(format!(
                    "{written} contact: verified_on = {value} is not a date: write the day it was confirmed, like \"2026-12-04\""
                ));
                None
            }
        },
    };
    if raw.show && raw.verified_on.is_none() {
        problem(format!(
            "{written} contact is shown (show = true) but has no `verified_on`: nobody confirmed it with the association. Call them, then write the day (verified_on = \"YYYY-MM-DD\") and how (source); until then remove `show`"
        ));
    }
    match (kind, value, source) {
        (Some(kind), Some(value), Some(source)) if problems.is_empty() => Ok(Contact {
            kind,
            value,
            source: source.to_owned(),
            found_on,
            verified_on,
            show: raw.show,
            note: raw.note.clone(),
            location: at,
        }),
        _ => Err(problems),
    }
}

/// A contact's value, as its kind needs it.
fn contact_value(kind: ContactKind, value: Option<&toml::Value>) -> Result<ContactValue, String> {
    use toml::Value;
    let text = |value: Option<&Value>| match value {
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.trim().to_owned()),
        _ => Err("its value is a text: value = \"…\"".to_owned()),
    };
    match kind {
        ContactKind::Phone | ContactKind::Sms => {
            let number = text(value)?;
            let digits = number.chars().filter(char::is_ascii_digit).count();
            let allowed = number
                .chars()
                .all(|c| c.is_ascii_digit() || " +.-()\u{a0}".contains(c));
            if !allowed || digits < 3 {
                return Err(format!(
                    "`{number}` is not a phone number: digits, spaces and + only (\"05 46 41 18 86\", \"+33 5 46 41 18 86\")"
                ));
            }
            Ok(ContactValue::Text(number))
        }
        ContactKind::Email => {
            let address = text(value)?;
            if address.contains(char::is_whitespace) || !address.contains('@') {
                return Err(format!("`{address}` is not an e-mail address"));
            }
            Ok(ContactValue::Text(address))
        }
        ContactKind::Website | ContactKind::Form => {
            let url = text(value)?;
            if url.contains(char::is_whitespace) || !url.contains('.') {
                return Err(format!(
                    "`{url}` is not a web address (\"https://example.org/contact\")"
                ));
            }
            Ok(ContactValue::Text(url))
        }
        ContactKind::Address | ContactKind::Hours => text(value).map(ContactValue::Text),
        ContactKind::Languages => match value {
            Some(Value::Array(items)) if !items.is_empty() => items
                .iter()
                .map(|item| match item {
                    Value::String(tag)
                        if !tag.is_empty()
                            && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') =>
                    {
                        Ok(tag.clone())
                    }
                    other => Err(format!(
                        "`{other}` is not a language tag: write them like the folders of locales/ (\"fr\", \"en\", \"pt-BR\")"
                    )),
                })
                .collect::<Result<Vec<_>, _>>()
                .map(ContactValue::Languages),
            _ => Err("its value is a list of language tags: value = [\"fr\", \"en\"]".into()),
        },
        ContactKind::Interpreter | ContactKind::Minors => match value {
            Some(Value::Boolean(flag)) => Ok(ContactValue::Flag(*flag)),
            _ => Err(match kind {
                ContactKind::Minors => {
                    "its value is true (it receives people under 18) or false (adults only)"
                }
                _ => "its value is true (an interpreter can be arranged) or false",
            }
            .into()),
        },
    }
}

/// A date as the file writes it: a string, a TOML date or a year.
fn written_date(value: &toml::Value) -> Option<String> {
    match value {
        toml::Value::String(s) => Some(s.trim().to_owned()),
        toml::Value::Datetime(d) if d.time.is_none() && d.offset.is_none() => Some(d.to_string()),
        toml::Value::Integer(year) => Some(year.to_string()),
        _ => None,
    }
}

/// `2020`, `2020-03` or `2020-03-12`.
fn is_partial_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_digit());
    match parts.as_slice() {
        [year] => digits(year, 4),
        [year, month] => {
            digits(year, 4)
                && digits(month, 2)
                && (1..=12).contains(&month.parse::<u8>().unwrap_or(0))
        }
        [..] => text.parse::<Date>().is_ok(),
    }
}

fn coordinates_in_range(lat: f64, lon: f64) -> bool {
    (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)
}

/// What is wrong when typing a name does not lead to its own département.
fn misroute(directory: &Directory, typed: &str, expected: &str) -> Option<String> {
    let found = directory.resolve_text(typed).map(|r| r.place.dept);
    (found.as_deref() != Some(expected)).then(|| {
        format!(
            "typing `{typed}` leads to {}",
            found.as_deref().unwrap_or("nothing")
        )
    })
}
