//! Places and associations, on the bundled directory and on small made-up ones.

use super::*;
use crate::content::ContentFiles;

/// The head of a made-up directory file: one département.
const GIRONDE: &str = r#"
region = "test"
[[departement]]
code = "33"
name = "Gironde"
lat = 44.8
lon = -0.6
"#;

fn bundled() -> Directory {
    let (directory, diagnostics) = load_directory(&ContentFiles::embedded());
    let errors: Vec<String> = diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(ToString::to_string)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    directory
}

fn dept_of(directory: &Directory, typed: &str) -> Option<String> {
    directory.resolve_text(typed).map(|r| r.place.dept)
}

const REGION: [(&str, &str); 12] = [
    ("16", "Charente"),
    ("17", "Charente-Maritime"),
    ("19", "Corrèze"),
    ("23", "Creuse"),
    ("24", "Dordogne"),
    ("33", "Gironde"),
    ("40", "Landes"),
    ("47", "Lot-et-Garonne"),
    ("64", "Pyrénées-Atlantiques"),
    ("79", "Deux-Sèvres"),
    ("86", "Vienne"),
    ("87", "Haute-Vienne"),
];

#[test]
fn every_departement_by_number_and_by_name() {
    let directory = bundled();
    assert_eq!(directory.departements.len(), 12);
    for (code, name) in REGION {
        for typed in [
            code.to_owned(),
            name.to_owned(),
            name.to_lowercase(),
            crate::text::fold(name),
            name.replace('-', " "),
        ] {
            let resolved = directory
                .resolve_text(&typed)
                .unwrap_or_else(|| panic!("{typed}"));
            assert_eq!(resolved.place.dept, code, "{typed}");
            assert!(resolved.place.in_region, "{typed}");
        }
        assert_eq!(directory.departement_name(code), Some(name));
    }
    // "Vienne" is not "Haute-Vienne", and the other way round.
    assert_eq!(dept_of(&directory, "vienne").as_deref(), Some("86"));
    assert_eq!(dept_of(&directory, "haute vienne").as_deref(), Some("87"));
}

#[test]
fn town_names_with_typos_missing_accents_and_in_sentences() {
    let directory = bundled();
    let cases = [
        ("Bordeaux", "33"),
        ("bordeau", "33"),
        ("Bordaux", "33"),
        ("BORDEAUX", "33"),
        ("Merignac", "33"),
        ("mérignac", "33"),
        ("Pessac", "33"),
        ("Talence", "33"),
        ("Libourne", "33"),
        ("Arcachon", "33"),
        ("la teste", "33"),
        ("Angouleme", "16"),
        ("Angoulêm", "16"),
        ("Cognac", "16"),
        ("La Rochelle", "17"),
        ("la rochele", "17"),
        ("Rochefort", "17"),
        ("Saintes", "17"),
        ("Royan", "17"),
        ("Brive", "19"),
        ("brive la gaillarde", "19"),
        ("Tulle", "19"),
        ("Gueret", "23"),
        ("Périgueux", "24"),
        ("perigeux", "24"),
        ("Bergerac", "24"),
        ("Mont-de-Marsan", "40"),
        ("mont de marsan", "40"),
        ("Dax", "40"),
        ("Agen", "47"),
        ("Marmande", "47"),
        ("Pau", "64"),
        ("Bayonne", "64"),
        ("Baiona", "64"),
        ("Biarritz", "64"),
        ("Biaritz", "64"),
        ("St Jean de Luz", "64"),
        ("Niort", "79"),
        ("Poitiers", "86"),
        ("poitier", "86"),
        ("Chatellerault", "86"),
        ("Limoges", "87"),
        ("limoge", "87"),
        ("je suis à Limoges ce soir", "87"),
        ("près de Pau", "64"),
        ("je suis en Gironde", "33"),
        ("à Mont de Marsan", "40"),
        // The largest towns as the bot's languages write them.
        ("estoy en Burdeos", "33"),
        ("Bordéus", "33"),
        ("в Бордо съм", "33"),
        ("أنا في بوردو", "33"),
        ("Лимож", "87"),
        ("La Rochela", "17"),
        ("بايون", "64"),
    ];
    for (typed, code) in cases {
        assert_eq!(dept_of(&directory, typed).as_deref(), Some(code), "{typed}");
    }
    // A town gives a point to rank associations; a département name does not.
    assert!(directory.resolve_text("Pessac").unwrap().near.is_some());
    assert!(directory.resolve_text("Gironde").unwrap().near.is_none());
    // Nothing that is not a place, and no guess from a word of a longer name we do not know
    // (communes of the region that are not listed: the person is asked again, never misrouted).
    for typed in [
        "bonjour",
        "je ne sais pas",
        "xyz",
        "",
        "agent",
        "Nersac",
        "Saint-Seurin-sur-l'Isle",
        "Cognac-la-Forêt",
        "Cenon-sur-Vienne",
        "Sainte-Foy-la-Grande",
        "Ladignac-le-Long",
        "Saint-Brice",
    ] {
        assert_eq!(dept_of(&directory, typed), None, "{typed}");
    }
}

#[test]
fn postal_codes_inside_and_outside_the_region() {
    let directory = bundled();
    for (code, dept, in_region) in [
        ("33000", "33", true),
        ("64100", "64", true),
        ("86000", "86", true),
        ("75001", "75", false),
        ("20000", "2A", false),
        ("20200", "2B", false),
        ("97400", "974", false),
        ("mon code postal est 87000", "87", true),
    ] {
        let resolved = directory
            .resolve_text(code)
            .unwrap_or_else(|| panic!("{code}"));
        assert_eq!(resolved.place.dept, dept, "{code}");
        assert_eq!(resolved.place.in_region, in_region, "{code}");
        assert_eq!(resolved.near, None, "{code}");
    }
    // Outside the region, no local association is ever chosen.
    assert!(directory.nearest(&adult("75", None)).is_none());
    assert!(directory.nearest(&adult("2A", Some("legal"))).is_none());
    assert!(directory.nearest(&minor("75", None)).is_none());
}

/// An adult asking in French, from no particular point.
fn adult<'q>(dept: &'q str, need: Option<&'q str>) -> Query<'q> {
    Query {
        dept,
        need,
        lang: "fr",
        near: None,
        minor: false,
    }
}

/// A person under 18 asking in French.
fn minor<'q>(dept: &'q str, need: Option<&'q str>) -> Query<'q> {
    Query {
        minor: true,
        ..adult(dept, need)
    }
}

/// A contact an operator confirmed and shows.
fn verified(kind: &str, value: &str) -> String {
    format!(
        "[[association.contact]]\nkind = \"{kind}\"\nvalue = {value}\nsource = \"the association, by phone\"\nverified_on = \"2026-11-02\"\nshow = true\n"
    )
}

/// A contact found in a public page, not confirmed.
fn lead(kind: &str, value: &str) -> String {
    format!(
        "[[association.contact]]\nkind = \"{kind}\"\nvalue = {value}\nsource = \"https://example.org/press\"\nfound_on = \"2020\"\n"
    )
}

/// An association of the Gironde with these specialities, then its contacts.
fn association(id: &str, lat: f64, lon: f64, specialities: &[&str], contacts: &[String]) -> String {
    let specialities: Vec<String> = specialities.iter().map(|s| format!("\"{s}\"")).collect();
    format!(
        "[[association]]\nid = \"{id}\"\nname = \"{id}\"\ndepartements = [\"33\"]\ntown = \"Bordeaux\"\nlat = {lat}\nlon = {lon}\nspecialities = [{}]\n{}",
        specialities.join(", "),
        contacts.concat()
    )
}

fn made_up(associations: &[String]) -> Directory {
    let text = GIRONDE.to_owned() + associations.concat().as_str();
    let (directory, diagnostics) = load_directory(&ContentFiles::from_pairs(
        "test",
        &[("directory/test.toml", &text)],
    ));
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    directory
}

#[test]
fn a_departement_with_several_associations_chooses_by_need_then_language_then_distance() {
    let directory = made_up(&[
        association(
            "talk-bordeaux",
            44.84,
            -0.58,
            &["listening"],
            &[
                verified("phone", "\"01 00\""),
                verified("languages", "[\"fr\"]"),
            ],
        ),
        association(
            "legal-libourne",
            44.92,
            -0.24,
            &["rights", "listening"],
            &[
                verified("phone", "\"02 00\""),
                verified("languages", "[\"fr\"]"),
            ],
        ),
        association(
            "talk-arcachon-en",
            44.66,
            -1.17,
            &["listening"],
            &[
                verified("phone", "\"03 00\""),
                verified("languages", "[\"fr\", \"en\"]"),
            ],
        ),
    ]);
    let id = |need: Option<&str>, lang: &str, near: Option<(f64, f64)>| {
        let query = Query {
            lang,
            near,
            ..adult("33", need)
        };
        directory.nearest(&query).map(|a| a.id.as_str())
    };
    assert_eq!(
        id(Some("legal"), "fr", None),
        Some("legal-libourne"),
        "the need first"
    );
    assert_eq!(
        id(Some("legal"), "en", Some((44.66, -1.17))),
        Some("legal-libourne"),
        "need before language and distance"
    );
    assert_eq!(
        id(Some("talk"), "en", None),
        Some("talk-arcachon-en"),
        "then the language"
    );
    assert_eq!(
        id(Some("talk"), "pt-BR", Some((44.93, -0.25))),
        Some("legal-libourne"),
        "then the distance"
    );
    assert_eq!(
        id(Some("talk"), "fr", Some((44.85, -0.57))),
        Some("talk-bordeaux")
    );
    assert_eq!(
        id(None, "fr", None),
        Some("talk-bordeaux"),
        "then file order"
    );
    assert_eq!(
        id(Some("housing"), "ar", None),
        Some("talk-bordeaux"),
        "no match: still someone"
    );
    let ranked: Vec<&str> = directory
        .ranked(&adult("33", Some("legal")))
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(
        ranked,
        ["legal-libourne", "talk-bordeaux", "talk-arcachon-en"],
        "every association, best first"
    );
}

#[test]
fn an_earlier_speciality_of_the_need_wins_and_file_order_breaks_only_exact_ties() {
    // The addiction service comes first in the file and also does harm reduction: for health,
    // the health service still wins, because `health` comes before `harm-reduction`.
    let directory = made_up(&[
        association(
            "addictions",
            44.84,
            -0.58,
            &["addictions", "harm-reduction"],
            &[],
        ),
        association("care", 44.84, -0.58, &["health", "social"], &[]),
        association("shelter", 44.84, -0.58, &["housing"], &[]),
        association("worker", 44.84, -0.58, &["social"], &[]),
    ]);
    let id = |need: &str| {
        directory
            .nearest(&adult("33", Some(need)))
            .map(|a| a.id.as_str())
    };
    assert_eq!(id("health"), Some("care"));
    assert_eq!(
        id("housing"),
        Some("shelter"),
        "housing before a social worker"
    );
    // `care` and `worker` are both social: an exact tie, the file decides.
    assert_eq!(id("money"), Some("care"));
    // A need no speciality answers ranks nobody first: file order.
    assert_eq!(id("papers"), Some("addictions"));
    // Every need the bundled flows set says which specialities answer it.
    for need in [
        "housing", "papers", "health", "money", "children", "legal", "talk", "safety",
    ] {
        let answers = specialities_for_need(need);
        assert!(!answers.is_empty(), "{need}");
        assert!(answers.iter().all(|s| SPECIALITIES.contains(s)), "{need}");
    }
}

#[test]
fn between_equals_the_one_a_person_can_reach_comes_first() {
    let directory = made_up(&[
        association(
            "unreachable",
            44.84,
            -0.58,
            &["listening"],
            &[lead("phone", "\"05 00\"")],
        ),
        association(
            "reachable",
            44.84,
            -0.58,
            &["listening"],
            &[verified("email", "\"a@b.org\"")],
        ),
    ]);
    assert_eq!(
        directory
            .nearest(&adult("33", Some("talk")))
            .map(|a| a.id.as_str()),
        Some("reachable")
    );
}

#[test]
fn a_minor_never_gets_an_association_for_adults_only_when_another_one_receives_minors() {
    let adults_only = verified("minors", "false");
    let directory = made_up(&[
        // The best for the need, but adults only (a verified answer).
        association(
            "adults-housing",
            44.84,
            -0.58,
            &["housing"],
            std::slice::from_ref(&adults_only),
        ),
        // Adults only according to a lead: also never for a minor.
        association(
            "adults-lead",
            44.84,
            -0.58,
            &["housing"],
            &[lead("minors", "false")],
        ),
        // Nobody asked yet.
        association("unknown", 44.84, -0.58, &["housing"], &[]),
        // Receives minors (verified), no speciality for the need.
        association("youth", 44.84, -0.58, &[], &[verified("minors", "true")]),
    ]);
    let ranked = |query: &Query<'_>| -> Vec<String> {
        directory
            .ranked(query)
            .iter()
            .map(|a| a.id.clone())
            .collect()
    };
    assert_eq!(
        ranked(&minor("33", Some("housing"))),
        ["youth", "unknown"],
        "known to receive minors first, then not asked yet; adults only never"
    );
    assert_eq!(
        ranked(&adult("33", Some("housing"))),
        ["adults-housing", "adults-lead", "unknown", "youth"],
        "an adult by need, then file order"
    );
    // Where every association receives adults only, a minor gets none (the engine gives the
    // numbers for young people).
    let directory = made_up(&[association(
        "adults",
        44.84,
        -0.58,
        &["listening"],
        &[adults_only],
    )]);
    assert!(directory.nearest(&minor("33", Some("talk"))).is_none());
    assert!(directory.nearest(&adult("33", Some("talk"))).is_some());
    // The speciality `minors` says it receives minors.
    let directory = made_up(&[
        association("unknown", 44.84, -0.58, &["listening"], &[]),
        association("young", 44.84, -0.58, &["minors"], &[]),
    ]);
    assert_eq!(
        directory
            .nearest(&minor("33", Some("talk")))
            .map(|a| a.id.as_str()),
        Some("young")
    );
}

#[test]
fn only_verified_contacts_marked_shown_reach_a_person() {
    let hidden = "[[association.contact]]\nkind = \"phone\"\nvalue = \"05 99\"\nsource = \"the association\"\nverified_on = 2026-11-02\n".to_owned();
    let directory = made_up(&[association(
        "mixed",
        44.84,
        -0.58,
        &[],
        &[
            lead("phone", "\"05 11\""),
            hidden,
            verified("hours", "\"9h-17h\""),
            verified("phone", "\"05 22\""),
            lead("languages", "[\"en\"]"),
        ],
    )]);
    let a = &directory.associations[0];
    let shown: Vec<String> = a
        .shown_contacts()
        .iter()
        .map(|c| format!("{} {}", c.kind.id(), c.value))
        .collect();
    // In the order of the card: the phone before the hours.
    assert_eq!(shown, ["phone 05 22", "hours 9h-17h"]);
    assert!(a.is_reachable());
    assert_eq!(a.leads().len(), 2);
    // An unverified language still ranks (never shown).
    assert_eq!(a.languages(), ["en"]);
    // Hours alone do not reach anyone: to complete.
    let directory = made_up(&[association(
        "hours-only",
        44.84,
        -0.58,
        &[],
        &[verified("hours", "\"9h-17h\""), lead("phone", "\"05 11\"")],
    )]);
    assert!(!directory.associations[0].is_reachable());
}

#[test]
fn verifications_age_against_the_day_given() {
    let directory = made_up(&[association(
        "aged",
        44.84,
        -0.58,
        &[],
        &[verified("phone", "\"05 22\"")],
    )]);
    let phone = &directory.associations[0].contacts[0];
    let day = |text: &str| text.parse::<jiff::civil::Date>().unwrap();
    assert_eq!(phone.months_since_verified(day("2026-12-04")), Some(1));
    assert!(
        !phone.is_stale(day("2027-11-02")),
        "12 months to the day still hold"
    );
    assert!(phone.is_stale(day("2027-11-03")));
    let standing = Standing::of(&directory.associations[0], Some(day("2028-01-10")));
    assert_eq!(standing.stale.len(), 1);
    assert!(!standing.is_settled());
    let summary = standing.summary(Some(day("2028-01-10")));
    assert!(
        summary.contains("verified more than 12 months ago, confirm again and update verified_on: phone 2026-11-02 (14 months ago)"),
        "{summary}"
    );
    assert!(
        summary.contains("nothing known yet of: address, hours, languages, minors, interpreter"),
        "{summary}"
    );
}

#[test]
fn contacts_are_refused_with_their_place_when_malformed_or_shown_unverified() {
    let text = GIRONDE.to_owned()
        + r#"[[association]]
id = "old-shape"
name = "Old"
departements = ["33"]
town = "Bordeaux"
lat = 44.84
lon = -0.58
phone = "05 00 00 00 00"
to_complete = true
specialities = ["talk"]

[[association.contact]]
kind = "phone"
value = "05 46 41 18 86"
source = "https://example.org"
show = true

[[association.contact]]
kind = "fax"
value = "05"
source = "x"

[[association.contact]]
kind = "phone"
value = "call us"
source = "x"

[[association.contact]]
kind = "email"
value = "a@b.org"

[[association.contact]]
kind = "minors"
value = "yes"
source = "x"

[[association.contact]]
kind = "hours"
value = "9h"
source = "x"
verified_on = "04/12/2026"
found_on = "last year"
"#;
    let (directory, diagnostics) = load_directory(&ContentFiles::from_pairs(
        "test",
        &[("directory/test.toml", &text)],
    ));
    let found: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    for expected in [
        "directory/test.toml:9:6: error: association `old-shape`: `phone = …` is written as a contact now",
        "directory/test.toml:9:6: error: association `old-shape`: `to_complete` is gone",
        "directory/test.toml:17:17: error: association `old-shape`: speciality `talk` is not known",
        "directory/test.toml:20:8: error: association `old-shape`: phone contact is shown (show = true) but has no `verified_on`",
        "directory/test.toml:26:8: error: association `old-shape`: contact kind `fax` is not known",
        "directory/test.toml:31:8: error: association `old-shape`: phone contact: `call us` is not a phone number",
        "directory/test.toml:36:8: error: association `old-shape`: email contact has no `source`",
        "directory/test.toml:40:8: error: association `old-shape`: minors contact: its value is true (it receives people under 18) or false (adults only)",
        "directory/test.toml:45:8: error: association `old-shape`: hours contact: found_on = \"last year\" is not a year or a date",
        "directory/test.toml:45:8: error: association `old-shape`: hours contact: verified_on = \"04/12/2026\" is not a date",
    ] {
        assert!(
            found.iter().any(|f| f.starts_with(expected)),
            "expected\n  {expected}\nin\n{}",
            found.join("\n")
        );
    }
    assert!(found.iter().all(|f| f.contains(": error: ")), "{found:?}");
    // What is refused is left out: nothing unverified could be shown.
    assert!(directory.associations[0].shown_contacts().is_empty());
}

/// Issue #17: the bundled leads are never shown; each need of Gironde goes to the association
/// that does that work, not to the first of the file.
#[test]
fn the_bundled_directory_shows_no_lead_and_answers_each_need_in_gironde() {
    let directory = bundled();
    let gironde: Vec<&str> = directory
        .associations
        .iter()
        .filter(|a| a.departements.iter().any(|d| d == "33"))
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(gironde, ["ceid-33", "la-case-33", "le-cri-33", "ruelle-33"]);
    for a in &directory.associations {
        assert!(
            a.shown_contacts().is_empty(),
            "{}: nothing is verified yet",
            a.id
        );
        assert!(!a.is_reachable(), "{}", a.id);
    }
    assert!(
        directory
            .associations
            .iter()
            .map(|a| a.leads().len())
            .sum::<usize>()
            >= 20
    );
    let id = |dept: &'static str, need: &'static str| {
        directory
            .nearest(&adult(dept, Some(need)))
            .map(|a| a.id.as_str())
    };
    // Housing: the social work of La CASE, not CEID (addictions) that comes first in the file.
    assert_eq!(id("33", "housing"), Some("la-case-33"));
    // Papers: Ruelle (trafficking: most people it helps are foreign; legal help).
    assert_eq!(id("33", "papers"), Some("ruelle-33"));
    // Health: La CASE (medical and nursing care) before CEID (harm reduction, addictions).
    assert_eq!(id("33", "health"), Some("la-case-33"));
    assert_eq!(id("33", "safety"), Some("ruelle-33"));
    // Housing in the Pyrénées-Atlantiques: OGFA runs the 115.
    assert_eq!(id("64", "housing"), Some("ogfa-64"));
    assert_eq!(id("79", "legal"), Some("france-victimes-79"));
    // Lot-et-Garonne: Sauvegarde does children and families, Saint-Vincent de Paul is unknown.
    assert_eq!(id("47", "children"), Some("sauvegarde-47"));
}

/// Issue #17: a minor in every département of the region gets an association not known to
/// receive adults only, or none (then the numbers for young people).
#[test]
fn a_minor_in_every_departement_never_gets_an_association_for_adults_only() {
    let directory = bundled();
    for (code, _) in REGION {
        for need in [None, Some("talk"), Some("health"), Some("safety")] {
            let ranked = directory.ranked(&minor(code, need));
            let serving = directory
                .associations
                .iter()
                .filter(|a| a.departements.iter().any(|d| d == code));
            let receiving: Vec<&str> = serving
                .filter(|a| a.sees_minors() != Some(false))
                .map(|a| a.id.as_str())
                .collect();
            assert!(
                ranked.iter().all(|a| a.sees_minors() != Some(false)),
                "{code} {need:?}"
            );
            assert_eq!(ranked.len(), receiving.len(), "{code} {need:?}");
            assert_eq!(ranked.is_empty(), receiving.is_empty(), "{code} {need:?}");
        }
    }
}

#[test]
fn locations_without_outlines_use_the_nearest_town_within_reach() {
    let text = GIRONDE.to_owned()
        + r#"[[town]]
name = "Bordeaux"
departement = "33"
lat = 44.84
lon = -0.58
"#;
    let (directory, _) = load_directory(&ContentFiles::from_pairs(
        "test",
        &[("directory/test.toml", &text)],
    ));
    let near = directory.resolve_location(44.9, -0.5).unwrap();
    assert_eq!(
        near.place,
        Place {
            dept: "33".into(),
            in_region: true
        }
    );
    assert_eq!(near.near, Some((44.9, -0.5)));
    let far = directory.resolve_location(48.85, 2.35).unwrap();
    assert_eq!(
        far.place,
        Place {
            dept: String::new(),
            in_region: false
        }
    );
    assert!(directory.resolve_location(f64::NAN, 0.0).is_none());
    assert!(directory.resolve_location(91.0, 0.0).is_none());
}

#[test]
fn a_town_name_shared_by_two_departements_is_reported() {
    let text = GIRONDE.to_owned()
        + r#"[[departement]]
code = "24"
name = "Dordogne"
lat = 45.1
lon = 0.7
[[town]]
name = "Saint-Astier"
departement = "24"
lat = 45.14
lon = 0.53
aliases = ["Astier"]
[[town]]
name = "Astier"
departement = "33"
lat = 44.9
lon = -0.5
"#;
    let (_, diagnostics) = load_directory(&ContentFiles::from_pairs(
        "test",
        &[("directory/test.toml", &text)],
    ));
    let text: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    assert!(
        text.iter().any(|d| d.starts_with(
            "directory/test.toml:14:8: error: town `Saint-Astier`: `Astier` also names a town in 33"
        )),
        "{text:?}"
    );
}

#[test]
fn locations_every_town_at_borders_and_on_coasts_and_at_sea() {
    let directory = bundled();
    assert_eq!(directory.boundaries.len(), 12);
    // Every listed town, some of them a few hundred metres from a border or a coast (Boucau,
    // Hendaye, Royan, Saint-Jean-de-Luz, Arcachon), falls in its own département.
    assert!(directory.towns.len() >= 100);
    for town in &directory.towns {
        let resolved = directory.resolve_location(town.lat, town.lon).unwrap();
        assert_eq!(resolved.place.dept, town.departement, "{}", town.name);
        assert_eq!(
            resolved.near,
            Some((town.lat, town.lon)),
            "the point ranks associations"
        );
    }
    let at = |lat: f64, lon: f64| directory.resolve_location(lat, lon).map(|r| r.place);
    // Across the Spanish border: San Sebastián.
    assert_eq!(
        at(43.3183, -1.9812),
        Some(Place {
            dept: String::new(),
            in_region: false
        })
    );
    // A boat 1 km off Biarritz still belongs to the coast's département.
    assert_eq!(at(43.4832, -1.5710).map(|p| p.dept).as_deref(), Some("64"));
    // At sea, 40 km off the Landes coast; and Paris.
    assert_eq!(
        at(44.0, -1.9),
        Some(Place {
            dept: String::new(),
            in_region: false
        })
    );
    assert_eq!(
        at(48.8566, 2.3522),
        Some(Place {
            dept: String::new(),
            in_region: false
        })
    );
}

#[test]
fn every_departement_of_france_has_its_name() {
    let directory = bundled();
    assert_eq!(directory.france.len(), 101);
    let codes: Vec<String> = (1..=95)
        .filter(|n| *n != 20)
        .map(|n| format!("{n:02}"))
        .chain(["2A", "2B", "971", "972", "973", "974", "976"].map(str::to_owned))
        .collect();
    assert_eq!(codes.len(), 101);
    for code in &codes {
        let name = directory
            .departement_name(code)
            .unwrap_or_else(|| panic!("{code}"));
        // Its name, and its number, lead back to it (a name two départements share aside).
        if !directory.is_shared(name) {
            assert_eq!(
                dept_of(&directory, name).as_deref(),
                Some(code.as_str()),
                "{name}"
            );
        }
        assert_eq!(dept_of(&directory, code).as_deref(), Some(code.as_str()));
        let d = &directory.france[code];
        for alias in &d.aliases {
            if !directory.is_shared(&alias.text) {
                assert_eq!(
                    dept_of(&directory, &alias.text).as_deref(),
                    Some(code.as_str())
                );
            }
        }
        // Outside the region, the préfecture at least.
        if !directory.departements.contains_key(code) {
            assert!(!d.towns.is_empty(), "{code}: no town");
        }
    }
    for (code, name) in [
        ("01", "Ain"),
        ("06", "Alpes-Maritimes"),
        ("2A", "Corse-du-Sud"),
        ("2B", "Haute-Corse"),
        ("33", "Gironde"),
        ("64", "Pyrénées-Atlantiques"),
        ("69", "Rhône"),
        ("75", "Paris"),
        ("90", "Territoire de Belfort"),
        ("971", "Guadeloupe"),
        ("972", "Martinique"),
        ("973", "Guyane"),
        ("974", "La Réunion"),
        ("976", "Mayotte"),
    ] {
        assert_eq!(directory.departement_name(code), Some(name), "{code}");
    }
    assert_eq!(directory.departement_name("20"), None);
    for (typed, code) in [
        ("Pyrenees Atlantiques", "64"),
        ("pyrénées-atlantiques", "64"),
        ("Corse-du-Sud", "2A"),
        ("corse du sud", "2A"),
        ("Haute-Corse", "2B"),
        ("La Réunion", "974"),
        ("Reunion", "974"),
        ("réunion", "974"),
        ("Guadeloupe", "971"),
        ("Martinique", "972"),
        ("Guyane", "973"),
        ("Mayotte", "976"),
        ("Bouches-du-Rhône", "13"),
        ("Cote d'Or", "21"),
        ("seine saint denis", "93"),
        ("Val d'Oise", "95"),
        ("Rhone", "69"),
        ("je suis dans les Bouches-du-Rhône", "13"),
        ("j'habite en Haute-Garonne depuis 2 ans", "31"),
        ("Morbihen", "56"),
    ] {
        let resolved = directory
            .resolve_text(typed)
            .unwrap_or_else(|| panic!("{typed}"));
        assert_eq!(resolved.place.dept, code, "{typed}");
        assert_eq!(resolved.place.in_region, code == "64", "{typed}");
    }
}

/// The 50 largest communes of France (INSEE), with their départements; those of the region are
/// in the region's towns.
const LARGEST: [(&str, &str); 50] = [
    ("Paris", "75"),
    ("Marseille", "13"),
    ("Lyon", "69"),
    ("Toulouse", "31"),
    ("Nice", "06"),
    ("Nantes", "44"),
    ("Montpellier", "34"),
    ("Strasbourg", "67"),
    ("Bordeaux", "33"),
    ("Lille", "59"),
    ("Rennes", "35"),
    ("Reims", "51"),
    ("Toulon", "83"),
    ("Saint-Étienne", "42"),
    ("Le Havre", "76"),
    ("Grenoble", "38"),
    ("Dijon", "21"),
    ("Angers", "49"),
    ("Villeurbanne", "69"),
    ("Nîmes", "30"),
    ("Clermont-Ferrand", "63"),
    ("Aix-en-Provence", "13"),
    ("Le Mans", "72"),
    ("Brest", "29"),
    ("Tours", "37"),
    ("Amiens", "80"),
    ("Limoges", "87"),
    ("Annecy", "74"),
    ("Boulogne-Billancourt", "92"),
    ("Perpignan", "66"),
    ("Metz", "57"),
    ("Besançon", "25"),
    ("Orléans", "45"),
    ("Rouen", "76"),
    ("Argenteuil", "95"),
    ("Montreuil", "93"),
    ("Mulhouse", "68"),
    ("Caen", "14"),
    ("Nancy", "54"),
    ("Roubaix", "59"),
    ("Tourcoing", "59"),
    ("Nanterre", "92"),
    ("Vitry-sur-Seine", "94"),
    ("Créteil", "94"),
    ("Avignon", "84"),
    ("Poitiers", "86"),
    ("Aubervilliers", "93"),
    ("Colombes", "92"),
    ("Dunkerque", "59"),
    ("Versailles", "78"),
];

#[test]
fn big_towns_outside_the_region_lead_to_their_departement() {
    let directory = bundled();
    for (town, code) in LARGEST {
        for typed in [
            town.to_string(),
            crate::text::fold(town),
            format!("j'habite à {town} depuis 2 ans"),
            format!("I live in {town}, I'm 22"),
        ] {
            let resolved = directory
                .resolve_text(&typed)
                .unwrap_or_else(|| panic!("{typed}"));
            assert_eq!(resolved.place.dept, code, "{typed}");
            let in_region = directory.departements.contains_key(code);
            assert_eq!(resolved.place.in_region, in_region, "{typed}");
            assert_eq!(
                resolved.near.is_some(),
                in_region,
                "{typed}: a point only in the region"
            );
        }
    }
    // Every préfecture outside the region (the first town of its département).
    for d in directory.france.values() {
        if let Some(prefecture) = d
            .towns
            .first()
            .filter(|_| !directory.departements.contains_key(&d.code))
        {
            if directory.is_shared(&prefecture.text) {
                continue;
            }
            assert_eq!(
                dept_of(&directory, &prefecture.text).as_deref(),
                Some(d.code.as_str()),
                "{}",
                prefecture.text
            );
        }
    }
    // Names two listed towns bear stay ambiguous; villages of the region named like a town
    // elsewhere are not sent there.
    for typed in [
        "Saint-Denis",
        "saint denis",
        "Corse",
        "Corsica",
        "Saint-Paul",
        "Saint-Pierre",
        "Montreuil-Bonnin",
        "Île d'Aix",
        "Saint-Brice",
        "Clermont",
    ] {
        assert_eq!(dept_of(&directory, typed), None, "{typed}");
    }
    for (typed, code) in [
        ("Saint-Denis 93", "93"),
        ("Saint-Denis 974", "974"),
        ("Corse 2A", "2A"),
        ("Saint-Denis de la Réunion", "974"),
    ] {
        assert_eq!(dept_of(&directory, typed).as_deref(), Some(code), "{typed}");
    }
}

#[test]
fn the_national_list_reports_its_mistakes_with_file_and_line() {
    let france = r#"shared = ["Valence", "Bastia"]
everyday = ["Nice", "Atlantis"]

[[departement]]
code = "33"
name = "La Gironde"

[[departement]]
code = "26"
name = "Drôme"
towns = ["Valence"]

[[departement]]
code = "2B"
name = "Haute-Corse"
towns = ["Bastia", "Gironde"]

[[departement]]
code = "06"
name = "Alpes-Maritimes"
towns = ["Nice"]

[[departement]]
code = "20"
name = "Corse"

[[departement]]
code = "06"
name = "Alpes-Maritimes"
"#;
    let (directory, diagnostics) = load_directory(&ContentFiles::from_pairs(
        "test",
        &[
            ("directory/test.toml", GIRONDE),
            ("directory/france-departements.toml", france),
        ],
    ));
    let text: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    let file = "directory/france-departements.toml";
    for expected in [
        format!(
            "{file}:6:8: error: département 33 is named `La Gironde` here but `Gironde` in directory/test.toml:4:8: write the same name"
        ),
        format!(
            "{file}:16:20: error: `Gironde` (2B) also names a place in 33: remove it, or write it in `shared` so that the bot asks again"
        ),
        format!(
            "{file}:1:11: error: `Valence` is in `shared` but names 1 département(s): remove it from `shared`"
        ),
        format!(
            "{file}:1:22: error: `Bastia` is in `shared` but names 1 département(s): remove it from `shared`"
        ),
        format!(
            "{file}:2:21: error: `Atlantis` is in `everyday` but no département or town bears that name"
        ),
        format!("{file}:24:8: error: `20` is not a French département code"),
        format!("{file}:28:8: error: département 06 is listed twice"),
        format!(
            "{file}: warning: département 01 is missing: its number is understood, not its name"
        ),
    ] {
        assert!(text.contains(&expected), "{expected}\nnot in {text:#?}");
    }
    // Still usable: the names it could read resolve.
    assert_eq!(dept_of(&directory, "Nice").as_deref(), Some("06"));
    assert_eq!(directory.departement_name("26"), Some("Drôme"));
    assert_eq!(directory.departement_name("33"), Some("Gironde"));
    // A malformed file is a diagnostic too, with its place.
    let (_, diagnostics) = load_directory(&ContentFiles::from_pairs(
        "test",
        &[(
            "directory/france-departements.toml",
            "[[departement]]\ncode = \"33\"\nname = \"Gironde\"\nlat = 1\n",
        )],
    ));
    let text: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    assert!(
        text.iter()
            .any(|d| d
                .starts_with("directory/france-departements.toml:4:1: error: unknown field `lat`")),
        "{text:?}"
    );
}

/// Sentences as a person writes them at the place question, and the département they must give
/// (`None`: the bot asks again). The two sentences of issue #14 come first.
const FRENCH: &[(&str, Option<&str>)] = &[
    ("je suis à Bordeaux, j'ai 19 ans", Some("33")),
    ("J'habite à Pau depuis 15 ans", Some("64")),
    ("Lyon", Some("69")),
    ("je suis a lyon", Some("69")),
    ("j'habite à Paris depuis 2 ans", Some("75")),
    ("paris 18e", Some("75")),
    ("je vis à Marseille", Some("13")),
    ("marseile", Some("13")),
    ("Toulouse", Some("31")),
    ("j'habite vers Toulouse", Some("31")),
    ("près de Lille", Some("59")),
    ("je suis sur Lille depuis 3 mois", Some("59")),
    ("dans le 64", Some("64")),
    ("je suis dans le 33", Some("33")),
    ("département 33", Some("33")),
    ("dept 87", Some("87")),
    ("dpt 16", Some("16")),
    ("dép. 40", Some("40")),
    ("le 17", Some("17")),
    ("33", Some("33")),
    ("64 !", Some("64")),
    ("j'ai 19 ans", None),
    ("ça fait 15 ans que je suis en France", None),
    ("je travaille la nuit de 22 h à 5 h", None),
    ("50 euros la passe", None),
    ("mon code postal c'est 33000", Some("33")),
    ("75011", Some("75")),
    ("je suis à Bordeaux en ce moment", Some("33")),
    ("Bordeaux la nuit, Mérignac le jour", Some("33")),
    ("je suis à Limoges, 23 ans", Some("87")),
    ("à Poitiers depuis 10 jours", Some("86")),
    ("je suis en Corse", None),
    ("à Ajaccio", Some("2A")),
    ("Bastia", Some("2B")),
    ("en Corse, à Bastia", Some("2B")),
    ("je suis à la Réunion", Some("974")),
    ("je vis en Guadeloupe", Some("971")),
    ("Martinique", Some("972")),
    ("j'habite à Cayenne en Guyane", Some("973")),
    ("Mayotte", Some("976")),
    ("je suis dans l'Hérault", Some("34")),
    ("j'habite à Nice", Some("06")),
    ("je suis à Saint-Denis", None),
    ("Saint-Denis 93", Some("93")),
    ("je viens de Lyon mais je vis à Pau", None),
    ("Montpellier", Some("34")),
    ("strasbourg", Some("67")),
    ("j'habite a Rennes", Some("35")),
    ("je suis au Mans", Some("72")),
    ("Clermont-Ferrand", Some("63")),
    ("pyrenees atlantique", Some("64")),
    ("je suis dans le Nord", Some("59")),
    ("dans le Var", Some("83")),
    ("c'est trop cher", None),
    ("je ne sais pas", None),
    ("je suis en Gironde depuis 2 semaines", Some("33")),
    ("j'ai 33 ans et je suis à Angoulême", Some("16")),
    ("je dois 20000 euros", None),
    ("je dois 20 000 €", None),
    ("33 000", Some("33")),
    ("code postal 64 100", Some("64")),
    ("Seine-Saint-Denis", Some("93")),
    ("je suis à Bayonne près de Biarritz", Some("64")),
    ("je suis sur Bordeaux", Some("33")),
    ("Bordeaux (33)", Some("33")),
    ("je suis dans le 9-3", Some("93")),
    ("près d'Angoulême", Some("16")),
    ("j'habite à Tours", Some("37")),
];

const ENGLISH: &[(&str, Option<&str>)] = &[
    ("I live in Bordeaux, I'm 19", Some("33")),
    ("I'm in Lyon", Some("69")),
    ("i live in paris since 2 years", Some("75")),
    ("near Toulouse", Some("31")),
    ("Marseille, 25 years old", Some("13")),
    ("i am in lille", Some("59")),
    ("I'm 19 years old", None),
    ("department 33", Some("33")),
    ("I live in the 64", Some("64")),
    ("33", Some("33")),
    ("postcode 64100", Some("64")),
    ("my zip code is 75011", Some("75")),
    ("in Nice", Some("06")),
    ("Nice", Some("06")),
    ("it's a nice place", None),
    ("I travel a lot", None),
    ("I've been in Poitiers for 3 months", Some("86")),
    ("Limoges", Some("87")),
    ("Corsica", None),
    ("Ajaccio, Corsica", Some("2A")),
    ("Reunion island", Some("974")),
    ("I'm in Guadeloupe", Some("971")),
    ("French Guiana", Some("973")),
    (
        "I live near Bordeaux with my sister since 2 years",
        Some("33"),
    ),
    ("i dont know", None),
    ("Strasbourg", Some("67")),
    ("I work in Nantes at night", Some("44")),
    ("Montpelier", Some("34")),
    ("tolouse", Some("31")),
    ("I'm from Rennes", Some("35")),
    ("I live in Paris 15", Some("75")),
    ("grenoble", Some("38")),
    ("in the 13", Some("13")),
    ("I stay in Pau for 15 days", Some("64")),
    ("Bordeaux 19 years old", Some("33")),
    ("10 euros", None),
    ("I'm in Dijon", Some("21")),
    ("Angers", Some("49")),
    ("I live in Brest", Some("29")),
    ("Rouen", Some("76")),
    ("i'm in the south", None),
    ("I live in Nancy", Some("54")),
    ("I live in Saint-Denis", None),
    ("Saint-Denis, La Réunion", Some("974")),
    ("Lyon 3e", Some("69")),
    ("I'm in Toulouse, 20 min from the center", Some("31")),
    ("dept 64 please", Some("64")),
    ("I am 24 and I live in Limoges", Some("87")),
    ("help", None),
];

const OTHER_LANGUAGES: &[(&str, Option<&str>)] = &[
    // Arabic: a Latin name inside an Arabic sentence, and the largest towns in Arabic script.
    ("أنا في Bordeaux عمري 19", Some("33")),
    ("أعيش في باريس", Some("75")),
    ("أنا في ليون منذ سنتين", Some("69")),
    ("المقاطعة 64", Some("64")),
    ("عمري 19 سنة", None),
    ("أنا في بوردو", Some("33")),
    ("أنا في Toulouse منذ ٣ سنوات", Some("31")),
    // Bulgarian.
    ("Живея в Бордо", Some("33")),
    ("В Париж съм от 2 години", Some("75")),
    ("Живея в Лион", Some("69")),
    ("на 19 години съм", None),
    ("департамент 64", Some("64")),
    ("Аз съм в Marseille", Some("13")),
    // Spanish.
    ("vivo en Pau desde hace 15 años", Some("64")),
    ("estoy en Burdeos, tengo 19 años", Some("33")),
    ("vivo en París", Some("75")),
    ("estoy en Marsella desde hace 2 meses", Some("13")),
    ("tengo 25 años", None),
    ("departamento 33", Some("33")),
    // Brazilian Portuguese.
    ("moro em Bordeaux há 3 anos", Some("33")),
    ("estou em Marselha", Some("13")),
    ("moro em Toulouse faz 2 anos", Some("31")),
    ("tenho 22 anos", None),
    ("departamento 64", Some("64")),
    // Romanian.
    ("sunt la Limoges de 3 ani", Some("87")),
    ("locuiesc în Paris de 2 ani", Some("75")),
    ("am 19 ani", None),
    ("sunt în departamentul 33", Some("33")),
    ("stau la Nisa", Some("06")),
];

#[test]
fn sentences_in_every_language_give_their_departement() {
    let directory = bundled();
    assert!(FRENCH.len() >= 40 && ENGLISH.len() >= 40);
    let mut wrong = Vec::new();
    for (typed, expected) in FRENCH.iter().chain(ENGLISH).chain(OTHER_LANGUAGES) {
        let found = dept_of(&directory, typed);
        if found.as_deref() != *expected {
            wrong.push(format!("{typed:?}: {found:?}, expected {expected:?}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// Resolution runs on every place answer: time it on a mix of lines (`cargo test --release
/// --no-default-features --lib resolve_text_timing -- --ignored --nocapture`).
#[test]
#[ignore = "a timing, not a check"]
fn resolve_text_timing() {
    let files = ContentFiles::embedded();
    let start = std::time::Instant::now();
    for _ in 0..10 {
        std::hint::black_box(load_directory(&files));
    }
    println!(
        "load_directory (bundled, with its checks): {:.2} ms",
        start.elapsed().as_secs_f64() * 1e3 / 10.0
    );
    let directory = bundled();
    let lines = [
        "33",
        "Bordeaux",
        "bordeau",
        "64100",
        "je suis à Bordeaux, j'ai 19 ans",
        "J'habite à Pau depuis 15 ans",
        "je ne sais pas",
        "I live near Lyon with my sister since 2 years",
        "je suis dans le 64",
        "أنا في Bordeaux عمري 19",
    ];
    let rounds: u32 = 2_000;
    let start = std::time::Instant::now();
    for _ in 0..rounds {
        for line in lines {
            std::hint::black_box(directory.resolve_text(std::hint::black_box(line)));
        }
    }
    let total = start.elapsed();
    println!(
        "resolve_text: {:.2} µs per line on average over {} lines",
        total.as_secs_f64() * 1e6 / f64::from(rounds) / lines.len() as f64,
        rounds as usize * lines.len()
    );
    for line in lines {
        let start = std::time::Instant::now();
        for _ in 0..rounds {
            std::hint::black_box(directory.resolve_text(std::hint::black_box(line)));
        }
        println!(
            "  {:>8.2} µs  {line:?}",
            start.elapsed().as_secs_f64() * 1e6 / f64::from(rounds)
        );
    }
}
