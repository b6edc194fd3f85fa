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
        "Paris",
        "Lyon",
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
    assert!(directory.nearest("75", None, "fr", None).is_none());
    assert!(directory.nearest("2A", Some("legal"), "fr", None).is_none());
}

#[test]
fn a_departement_with_several_associations_chooses_by_need_then_language_then_distance() {
    let text = GIRONDE.to_owned()
        + r#"[[association]]
id = "talk-bordeaux"
name = "Talk Bordeaux"
departements = ["33"]
town = "Bordeaux"
lat = 44.84
lon = -0.58
phone = "1"
languages = ["fr"]
specialities = ["talk"]
[[association]]
id = "legal-libourne"
name = "Legal Libourne"
departements = ["33"]
town = "Libourne"
lat = 44.92
lon = -0.24
phone = "2"
languages = ["fr"]
specialities = ["legal", "talk"]
[[association]]
id = "talk-arcachon-en"
name = "Talk Arcachon"
departements = ["33"]
town = "Arcachon"
lat = 44.66
lon = -1.17
phone = "3"
languages = ["fr", "en"]
specialities = ["talk"]
"#;
    let (directory, diagnostics) = load_directory(&ContentFiles::from_pairs(
        "test",
        &[("directory/test.toml", &text)],
    ));
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let id = |need: Option<&str>, lang: &str, near: Option<(f64, f64)>| {
        directory
            .nearest("33", need, lang, near)
            .map(|a| a.id.as_str())
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

    // On the bundled directory: Gironde has four associations, two for health.
    let directory = bundled();
    let gironde: Vec<&str> = directory
        .associations
        .iter()
        .filter(|a| a.departements.iter().any(|d| d == "33"))
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(gironde.len(), 4, "{gironde:?}");
    let health = directory.nearest("33", Some("health"), "fr", None).unwrap();
    assert!(
        health.specialities.iter().any(|s| s == "health"),
        "{}",
        health.id
    );
    let legal = directory.nearest("79", Some("legal"), "fr", None).unwrap();
    assert_eq!(legal.id, "france-victimes-79");
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
