//! Languages: loading, fallback chains, negotiation, intents, wording rules and Fluent errors.

use super::*;

fn files(list: &[(&str, &str)]) -> ContentFiles {
    ContentFiles::from_pairs("test", list)
}

fn meta(name: &str, fallback: &str) -> String {
    format!("name = \"{name}\"\ndirection = \"ltr\"\nreviewed = false\nfallback = [{fallback}]\n")
}

fn sample() -> ContentFiles {
    files(&[
        ("locales/fr/meta.toml", &meta("Français", "")),
        (
            "locales/fr/a.ftl",
            "hello = Bonjour\nonly-fr = Seulement en français\ncount = { $n } fois\n",
        ),
        ("locales/en/meta.toml", &meta("English", "")),
        (
            "locales/en/a.ftl",
            "hello = Hello\nonly-en = Only English\n",
        ),
        (
            "locales/pt-BR/meta.toml",
            &meta("Português (Brasil)", "\"en\""),
        ),
        ("locales/pt-BR/a.ftl", "hello = Olá\n"),
        (
            "locales/ar/meta.toml",
            "name = \"العربية\"\ndirection = \"rtl\"\nreviewed = false\n",
        ),
        ("locales/ar/a.ftl", "hello = مرحبا\n"),
    ])
}

#[test]
fn menu_order_is_source_first_then_tags() {
    let (locales, diagnostics) = load_locales(&sample());
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let tags: Vec<&str> = locales.all().iter().map(|l| l.meta.tag.as_str()).collect();
    assert_eq!(tags, vec!["fr", "ar", "en", "pt-BR"]);
    assert_eq!(locales.get("ar").unwrap().meta.direction, Direction::Rtl);
}

#[test]
fn fallback_follows_the_chain_then_the_source() {
    let (locales, _) = load_locales(&sample());
    let chain: Vec<&str> = locales
        .chain("pt-BR")
        .iter()
        .map(|l| l.meta.tag.as_str())
        .collect();
    assert_eq!(chain, vec!["pt-BR", "en", "fr"]);
    assert_eq!(
        locales.format("pt-BR", "hello", None).as_deref(),
        Some("Olá")
    );
    assert_eq!(
        locales.format("pt-BR", "only-en", None).as_deref(),
        Some("Only English")
    );
    assert_eq!(
        locales.format("pt-BR", "only-fr", None).as_deref(),
        Some("Seulement en français")
    );
    assert_eq!(
        locales.format("ar", "only-en", None),
        None,
        "ar falls back to fr only"
    );
    assert_eq!(locales.format("fr", "nothing", None), None);
    let args = fluent_args([("n".to_owned(), FluentValue::from(3))]);
    let text = locales.format("fr", "count", Some(&args)).unwrap();
    assert_eq!(
        text, "\u{2068}3\u{2069} fois",
        "isolation marks are kept for display"
    );
}

#[test]
fn negotiation_maps_platform_hints() {
    let (locales, _) = load_locales(&sample());
    assert_eq!(locales.negotiate("pt-br"), Some("pt-BR"));
    assert_eq!(locales.negotiate("pt_BR"), Some("pt-BR"));
    assert_eq!(locales.negotiate("en-GB"), Some("en"));
    assert_eq!(locales.negotiate("ar-EG"), Some("ar"));
    assert_eq!(locales.negotiate("fr"), Some("fr"));
    assert_eq!(locales.negotiate("de"), None);
    assert_eq!(locales.negotiate("!!"), None);
    assert_eq!(locales.by_name_or_tag("PORTUGUÊS (BRASIL)"), Some("pt-BR"));
    assert_eq!(locales.by_name_or_tag("pt-br"), Some("pt-BR"));
    assert_eq!(locales.by_name_or_tag("en-GB"), Some("en"));
    assert_eq!(locales.by_name_or_tag("klingon"), None);
}

#[test]
fn fluent_syntax_errors_and_missing_meta_are_reported_with_places() {
    let broken = files(&[
        ("locales/fr/meta.toml", &meta("Français", "\"xx\"")),
        (
            "locales/fr/a.ftl",
            "ok = Bien\nbad = { $n \nalso-ok = Oui\n",
        ),
        ("locales/en/a.ftl", "hello = Hello\n"),
    ]);
    let (locales, diagnostics) = load_locales(&broken);
    let text: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    assert!(
        text.iter().any(|d| d.starts_with(
            "locales/fr/a.ftl:3:1: error: Fluent syntax: Expected a token starting with"
        )),
        "{text:?}"
    );
    assert!(
        text.iter()
            .any(|d| d.starts_with("locales/fr/meta.toml:4:") && d.contains("fallback `xx`")),
        "{text:?}"
    );
    assert!(
        text.iter()
            .any(|d| d.starts_with("locales/en/meta.toml: error: missing")),
        "{text:?}"
    );
    // The valid messages around the broken one still load.
    assert_eq!(
        locales.format("fr", "also-ok", None).as_deref(),
        Some("Oui")
    );
}

#[test]
fn intents_match_folded_text_and_report_bad_regex() {
    let content = files(&[
        ("locales/fr/meta.toml", &meta("Français", "")),
        ("locales/fr/a.ftl", "x = y\n"),
        (
            "locales/fr/intents.toml",
            "danger = ['\\bdanger\\b', 'au secours']\nbroken = ['(unclosed']\n",
        ),
    ]);
    let (locales, diagnostics) = load_locales(&content);
    let fr = locales.get("fr").unwrap();
    assert!(
        fr.intents
            .matches("danger", &crate::text::fold("AU SECOURS !"))
    );
    assert!(fr.intents.matches("danger", "je suis en danger"));
    assert!(!fr.intents.matches("danger", "dangereux"));
    assert!(!fr.intents.matches("missing", "danger"));
    assert_eq!(diagnostics.len(), 1);
    assert!(
        diagnostics[0]
            .to_string()
            .starts_with("locales/fr/intents.toml:2:11: error: intent `broken`: invalid regex"),
        "{}",
        diagnostics[0]
    );
}

#[test]
fn wording_rules_hit_values_attributes_and_variants_with_their_line() {
    let content = files(&[
        ("locales/fr/meta.toml", &meta("Français", "")),
        (
            "locales/fr/a.ftl",
            "fine = Une personne accompagnée\nbad = Vous êtes une victime\nsel = { $n ->\n    [one] rien\n   *[other] les VICTIMES\n}\nattr = ok\n    .title = victime ici\nallowed = victime citée\n",
        ),
        (
            "locales/fr/wording.toml",
            "[[rule]]\npattern = '\\bvictimes?\\b'\nreason = \"Enferme dans un statut.\"\nsuggest = \"personne concernée\"\nallow = [\"allowed\"]\n",
        ),
    ]);
    let (locales, diagnostics) = load_locales(&content);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let hits: Vec<String> = wording_hits(locales.get("fr").unwrap())
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(hits.len(), 3, "{hits:?}");
    assert!(
        hits[0].starts_with("locales/fr/a.ftl:2:21: error: wording: `victime` in `bad`"),
        "{hits:?}"
    );
    assert!(hits[0].contains("Say instead: personne concernée"));
    assert!(
        hits[1].starts_with("locales/fr/a.ftl:5:17: error: wording: `VICTIMES` in `sel`"),
        "{hits:?}"
    );
    assert!(
        hits[2].starts_with("locales/fr/a.ftl:8:14: error: wording: `victime` in `attr.title`"),
        "{hits:?}"
    );
}

#[test]
fn an_unless_pattern_lets_through_only_the_hits_it_encloses() {
    let content = files(&[
        ("locales/fr/meta.toml", &meta("Français", "")),
        (
            "locales/fr/a.ftl",
            "lifted = Ce n'est pas ta faute.\nmixed = Ce n'est pas ta faute, mais c'est ta faute.\nnear = Ce n'est pas grave : ta faute ?\n",
        ),
        (
            "locales/fr/wording.toml",
            "[[rule]]\npattern = '\\bta faute\\b'\nreason = \"Culpabilise.\"\nsuggest = \"dire qui enfreint la loi\"\nunless = [\"\\\\bn'est pas ta faute\\\\b\"]\n",
        ),
    ]);
    let (locales, diagnostics) = load_locales(&content);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let hits: Vec<String> = wording_hits(locales.get("fr").unwrap())
        .iter()
        .map(ToString::to_string)
        .collect();
    // The negated hit of `mixed` is let through, its second one is not; in `near` the negation
    // is elsewhere in the line and does not enclose the hit.
    assert_eq!(hits.len(), 2, "{hits:?}");
    assert!(
        hits[0].starts_with("locales/fr/a.ftl:2:43: error: wording: `ta faute` in `mixed`"),
        "{hits:?}"
    );
    assert!(
        hits[1].starts_with("locales/fr/a.ftl:3:29: error: wording: `ta faute` in `near`"),
        "{hits:?}"
    );
}

#[test]
fn an_invalid_unless_regex_is_reported_at_its_place() {
    let content = files(&[
        ("locales/fr/meta.toml", &meta("Français", "")),
        ("locales/fr/a.ftl", "x = y\n"),
        (
            "locales/fr/wording.toml",
            "[[rule]]\npattern = '\\bta faute\\b'\nreason = \"r\"\nsuggest = \"s\"\nunless = ['ok', '(unclosed']\n",
        ),
    ]);
    let (locales, diagnostics) = load_locales(&content);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert!(
        diagnostics[0].to_string().starts_with(
            "locales/fr/wording.toml:5:17: error: wording rule: invalid `unless` regex"
        ),
        "{}",
        diagnostics[0]
    );
    // A rule whose exception is broken is not applied without it.
    assert!(locales.get("fr").unwrap().wording.rules.is_empty());
}
