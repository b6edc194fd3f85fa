//! Engine behaviour on small in-memory content: no disk, no network, time passed in.

use super::*;
use crate::content::ContentFiles;

const FLOW_WELCOME: &str = r#"
id = "welcome"
start = "route"
home = "menu"

[intents]
danger = { goto = "safety:now", interrupt = true }
info = { goto = "menu" }

[nodes.route]
branch = [{ when = { audience = "youth" }, goto = "young" }]
next = "hello"

[nodes.hello]
say = "hello"
pictogram = "wave"
next = "menu"

[nodes.menu]
say = "menu"
choices = [
  { text = "choice-eat", pictogram = "wave", goto = "count", set = { need = "money" } },
  { text = "choice-where", goto = "where" },
  { text = "choice-talk", goto = "consent" },
  { text = "choice-urgent", goto = "safety:now" },
]

[nodes.count]
say = "ask-count"
input = "number"
min = 0
max = 5
store = "children"
next = "amount"
choices = [{ text = "choice-back", goto = "menu" }]

[nodes.amount]
say = { id = "amount", args = { n = "$children" } }
end = true

[nodes.where]
say = "ask-where"
input = "place"
next = "card"
choices = [{ text = "choice-back", goto = "menu" }]

[nodes.card]
action = "contact-card"
say = { id = "you-are-in", args = { dept = "$dept_name" } }
next = "menu"

[nodes.consent]
say = "consent"
input = "yesno"
yes = "message"
no = "menu"

[nodes.message]
say = "ask-message"
input = "text"
next = "send"
choices = [{ text = "choice-urgent", goto = "safety:now" }]

[nodes.send]
action = "handoff"
end = true

[nodes.young]
say = "young"
next = "menu"
"#;

const FLOW_SAFETY: &str = r#"
id = "safety"
start = "now"
[nodes.now]
say = "numbers"
choices = [{ text = "choice-back", goto = "welcome:menu" }]
"#;

const ENGINE_FR: &str = r#"
lang-prompt = Choisissez votre langue
help = Aide
not-understood = Pas compris
not-understood-plain = Pas compris.
end-hint = Écrivez pour recommencer
choice-yes = Oui
choice-no = Non
input-text-empty = Vide
input-number-invalid = Entre { $min } et { $max }
input-place-invalid = Lieu inconnu
place-outside-region = Hors région { $dept }
unsupported-message = Seulement du texte
unsupported-photo = Pas de photo
share-location = Partager
exit-done = Terminé
forget-done = Oublié
stop-done = Arrêté
contact-card-title = { $name } ({ $town })
contact-card-phone = Tél. { $phone }
contact-card-website = Site { $url }
contact-card-email = Courriel { $email }
contact-card-hours = Horaires { $hours }
contact-card-to-complete = À compléter
contact-card-none = Pas d'association pour { $dept_name }
contact-card-national = Numéros nationaux
contact-card-helps = Aide : { $needs }
contact-card-sms = SMS { $phone }
contact-card-form = Formulaire { $url }
contact-card-address = Adresse { $text }
contact-card-languages = Langues { $languages }
contact-card-interpreter = Interprète
contact-card-minors = Moins de 18 ans
contact-card-none-minors = Rien pour les moins de 18 ans pour { $dept_name }
speciality-social = démarches
place-location-outside = Lieu hors région
handoff-sent = Envoyé à { $association } : { $ticket }
handoff-sent-how = Réponse ici
handoff-sent-languages = Équipe : { $languages }
handoff-sent-stop = /stop
handoff-no-desk = Pas de bureau { $association }
handoff-no-association = Aucune association
handoff-desk-closed = Fermé { $association }
handoff-desk-failed = Échec { $association }
handoff-sent-regional = Régional { $desk } pour { $association } : { $ticket }
fallback-contact-directly = Contactez-la
fallback-unverified = { $association } à vérifier
fallback-lines = Lignes :
line-115 = 115 abri
line-116006 = 116 006 atteintes
line-3919 = 3919 femmes
line-119 = 119 jeunes
line-3018 = 3018 en ligne
line-fsj = FSJ santé
line-danger = 17 112 114
handoff-emergency = 17 112
handoff-not-sent = Pas envoyée
handoff-offer-urgent = L'envoyer, urgent ?
handoff-send-urgent = Envoyer, urgent
handoff-held-gone = Plus gardé.
urgency-danger = Urgent : danger
relay-staff-prefix = Réponse :
relay-staff = { $prefix } { $text }
relay-closed = Fin { $association }
relay-transferred = Passée à { $association }
relay-no-answer = Pas de réponse { $association }
relay-still-open = Toujours ouverte
relay-undelivered = Pas transmis
relay-gone = Terminée
relay-reminder = En contact avec { $association }
relay-danger-passed = Transmis à { $association }
relay-stopped = Arrêté { $association }
input-text-too-long = Trop long { $max }
desk-ticket = Demande { $ticket } { $lang } { $needs } { $dept } { $urgency }
desk-ticket-transferred = De { $association }
desk-ticket-regional = Régional pour { $association }
desk-ticket-regional-none = Régional sans association
desk-ticket-unread-language = Non lu { $lang }
desk-ticket-message = Message { $text }
desk-lock-screen = Écran verrouillé
desk-person-says = [{ $ticket }] { $text }
desk-person-stopped = [{ $ticket }] arrêt
desk-person-left = [{ $ticket }] sortie
desk-closed = [{ $ticket }] fermé
desk-transferred = [{ $ticket }] vers { $association }
desk-transfer-unknown = Inconnu { $association }
desk-no-answer = [{ $ticket }] { $minutes } min
desk-expired = [{ $ticket }] { $days } j
desk-undelivered = [{ $ticket }] non transmis
desk-ended = Terminée
desk-usage = /close /transfer
poster-title = Titre
poster-what = Quoi
poster-free = Gratuit
poster-scan = Scanner
poster-minors = 119 3018
map-title = Carte
map-verified = Vérifié
map-unverified = Non vérifié
map-town = Ville
map-departement = Département
map-date = Date
map-date-none = Aucune date
map-numbered = Numéros
list-separator = { ", " }
hello = Bonjour
menu = Menu
choice-eat = Manger
choice-where = Où ?
choice-talk = Parler
choice-back = Retour
choice-urgent = Urgence
ask-count = Combien ?
amount = { $n ->
    [0] Aucun
   *[other] { $n } enfants
}
ask-where = Où êtes-vous ?
you-are-in = Vous êtes en { $dept }
consent = D'accord ?
ask-message = Un message ?
young = Jeunes
numbers = 112
picto-wave = Salut
need-money = argent
"#;

fn english() -> String {
    ENGINE_FR
        .replace("Choisissez votre langue", "Choose your language")
        .replace("Manger", "Eat")
        .replace("Bonjour", "Hello")
        .replace("Pas compris", "Not understood")
        .replace("= Oui", "= Yes")
        .replace("= Non", "= No")
}

const INTENTS_FR: &str = r#"
help = ['^aide$']
stop = ['^stop$']
lang = ['^langue$']
yes = ['^oui$']
no = ['^non$']
exit = ['^parapluie$']
danger = ['\bdanger\b']
info = ['\binfo']
"#;

const INTENTS_EN: &str = r#"
yes = ['^yes$']
no = ['^no$']
exit = ['^umbrella$']
danger = ['\bhelp me\b']
info = ['\binfo']
"#;

const DIRECTORY: &str = r#"
region = "test"
[[departement]]
code = "33"
name = "Gironde"
lat = 44.84
lon = -0.58
[[association]]
id = "a33"
name = "Assoc 33"
departements = ["33"]
town = "Bordeaux"
lat = 44.84
lon = -0.58
specialities = ["social"]
[[association.contact]]
kind = "phone"
value = "05 00 00 00 00"
source = "the association, by phone"
verified_on = "2026-11-02"
show = true
[[association.contact]]
kind = "email"
value = "lead@example.org"
source = "https://example.org/press"
found_on = "2020"
[[association.contact]]
kind = "minors"
value = true
source = "the association, by phone"
verified_on = "2026-11-02"
show = true
"#;

/// The test pictograms, all one drawing; the engine's own (yes, no, group) are required.
const CATALOGUE: &str = "[wave]\nfile = \"wave.svg\"\nalt = \"picto-wave\"\n\
[yes]\nfile = \"wave.svg\"\nalt = \"picto-wave\"\n\
[no]\nfile = \"wave.svg\"\nalt = \"picto-wave\"\n\
[group]\nfile = \"wave.svg\"\nalt = \"picto-wave\"\n";

fn files() -> ContentFiles {
    files_with(DIRECTORY)
}

/// The test content with another directory file.
fn files_with(directory: &str) -> ContentFiles {
    let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\"><circle cx=\"32\" cy=\"32\" r=\"20\"/></svg>";
    let english = english();
    let list: Vec<(&str, &str)> = vec![
        ("flows/welcome.toml", FLOW_WELCOME),
        ("flows/safety.toml", FLOW_SAFETY),
        (
            "locales/fr/meta.toml",
            "name = \"Français\"\ndirection = \"ltr\"\nreviewed = true\n",
        ),
        ("locales/fr/main.ftl", ENGINE_FR),
        ("locales/fr/intents.toml", INTENTS_FR),
        (
            "locales/en/meta.toml",
            "name = \"English\"\ndirection = \"ltr\"\nreviewed = false\n",
        ),
        ("locales/en/main.ftl", &english),
        ("locales/en/intents.toml", INTENTS_EN),
        ("directory/test.toml", directory),
        ("pictograms/catalogue.toml", CATALOGUE),
        ("pictograms/wave.svg", svg),
    ];
    ContentFiles::from_pairs("test", &list)
}

fn engine() -> Engine {
    engine_with(&files())
}

fn engine_with(files: &ContentFiles) -> Engine {
    let report = crate::check::check(files);
    let errors: Vec<String> = report
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(ToString::to_string)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    Engine::new(report.content)
}

/// Runs lines through the engine, returning the last outcome.
fn talk(engine: &Engine, session: Session, lines: &[&str]) -> Outcome {
    let mut session = session;
    let mut outcome = None;
    for (i, line) in lines.iter().enumerate() {
        let out = engine.handle(session, Inbound::Text((*line).to_owned()), 1000 + i as u64);
        session = out.session.clone().unwrap_or_default();
        outcome = Some(out);
    }
    outcome.expect("at least one line")
}

fn texts(outcome: &Outcome) -> Vec<String> {
    outcome
        .replies
        .iter()
        .filter_map(|r| match r {
            Reply::Text(t) => Some(strip_isolates(t)),
            _ => None,
        })
        .collect()
}

fn labels(outcome: &Outcome) -> Vec<String> {
    outcome
        .replies
        .iter()
        .find_map(|r| match r {
            Reply::Choices(items) => Some(items.iter().map(|i| strip_isolates(&i.label)).collect()),
            _ => None,
        })
        .unwrap_or_default()
}

/// The tokens of the buttons an outcome shows.
fn tokens(outcome: &Outcome) -> Vec<String> {
    outcome
        .replies
        .iter()
        .find_map(|r| match r {
            Reply::Choices(items) => Some(items.iter().map(|i| i.token.clone()).collect()),
            _ => None,
        })
        .expect("buttons")
}

fn at(outcome: &Outcome) -> Option<String> {
    outcome
        .session
        .as_ref()
        .and_then(|s| s.at.as_ref())
        .map(ToString::to_string)
}

#[test]
fn first_message_asks_the_language_in_every_language() {
    let e = engine();
    let out = talk(&e, Session::default(), &["bonjour"]);
    assert_eq!(
        texts(&out),
        vec!["Choisissez votre langue · Choose your language"]
    );
    assert_eq!(labels(&out), vec!["Français", "English"]);
    assert!(out.session.as_ref().unwrap().choosing_language);
}

#[test]
fn language_by_number_name_or_button_then_welcome_with_pictogram() {
    let e = engine();
    for pick in ["2", "english", "EN"] {
        let out = talk(&e, Session::default(), &["hi", pick]);
        assert_eq!(out.lang, "en", "{pick}");
        assert_eq!(texts(&out), vec!["Hello", "Menu"]);
        assert!(
            matches!(&out.replies[0], Reply::Pictogram(p) if p.id == "wave" && p.alt == "Salut")
        );
        assert_eq!(at(&out).as_deref(), Some("welcome:menu"));
    }
    let first = e.handle(Session::default(), Inbound::Text("hi".into()), 1);
    let out = e.handle(first.session.unwrap(), Inbound::Button("lang.1".into()), 2);
    assert_eq!(out.lang, "en");
}

#[test]
fn choices_by_number_label_without_accents_and_intent() {
    let e = engine();
    let start = e.session_in("fr").unwrap();
    let by_number = talk(&e, start.clone(), &["/start", "2"]);
    assert_eq!(at(&by_number).as_deref(), Some("welcome:where"));
    let by_label = talk(&e, start.clone(), &["/start", "  OU ?  "]);
    assert_eq!(at(&by_label).as_deref(), Some("welcome:where"));
    let by_intent = talk(
        &e,
        start.clone(),
        &["/start", "1", "2", "je veux des infos"],
    );
    assert_eq!(at(&by_intent).as_deref(), Some("welcome:menu"));
}

#[test]
fn not_understood_repeats_the_choices() {
    let e = engine();
    let out = talk(&e, e.session_in("fr").unwrap(), &["/start", "blabla"]);
    assert_eq!(texts(&out), vec!["Pas compris"]);
    assert_eq!(labels(&out), vec!["Manger", "Où ?", "Parler", "Urgence"]);
    let out = talk(&e, e.session_in("fr").unwrap(), &["/start", "9"]);
    assert_eq!(texts(&out), vec!["Pas compris"]);
    assert_eq!(at(&out).as_deref(), Some("welcome:menu"));
}

#[test]
fn number_input_checks_range_and_feeds_fluent_selectors() {
    let e = engine();
    let out = talk(&e, e.session_in("fr").unwrap(), &["/start", "1", "9"]);
    assert_eq!(texts(&out), vec!["Entre 0 et 5"]);
    assert_eq!(at(&out).as_deref(), Some("welcome:count"));
    let out = talk(&e, e.session_in("fr").unwrap(), &["/start", "1", "0"]);
    assert_eq!(texts(&out), vec!["Aucun", "Écrivez pour recommencer"]);
    let out = talk(&e, e.session_in("fr").unwrap(), &["/start", "1", " 3 "]);
    assert_eq!(texts(&out)[0], "3 enfants");
    let session = out.session.unwrap();
    assert!(session.ended && session.at.is_none());
    assert_eq!(session.vars.get("children").map(String::as_str), Some("3"));
    assert_eq!(session.vars.get("need").map(String::as_str), Some("money"));
}

#[test]
fn an_ended_conversation_starts_again_at_home() {
    let e = engine();
    let out = talk(
        &e,
        e.session_in("fr").unwrap(),
        &["/start", "1", "0", "encore"],
    );
    assert_eq!(at(&out).as_deref(), Some("welcome:menu"));
    assert_eq!(texts(&out), vec!["Menu"]);
}

#[test]
fn place_by_code_postal_code_name_and_location() {
    let e = engine();
    for typed in ["33", "33000", "gironde", "GIRONDE"] {
        let out = talk(&e, e.session_in("fr").unwrap(), &["/start", "2", typed]);
        let card = out.replies.iter().find_map(|r| match r {
            Reply::ContactCard(c) => Some(c.clone()),
            _ => None,
        });
        let card = card.unwrap_or_else(|| panic!("no card for {typed}: {:?}", out.replies));
        assert_eq!(card.association, "a33");
        let lines: Vec<String> = card.lines.iter().map(|l| strip_isolates(l)).collect();
        assert_eq!(
            lines,
            vec![
                "Assoc 33 (Bordeaux)",
                "Aide : démarches",
                "Tél. 05 00 00 00 00"
            ]
        );
        assert_eq!(
            card.pictogram.as_ref().map(|p| p.id.as_str()),
            Some("group")
        );
        assert!(texts(&out).contains(&"Vous êtes en Gironde".to_owned()));
        assert_eq!(out.session.unwrap().dept.as_deref(), Some("33"));
    }
    let out = talk(&e, e.session_in("fr").unwrap(), &["/start", "2", "75011"]);
    assert_eq!(texts(&out)[0], "Hors région 75");
    // The node speaks, then acts: its sentence comes before the card (here: no association).
    assert_eq!(texts(&out)[1], "Vous êtes en 75");
    assert_eq!(texts(&out)[2], "Pas d'association pour 75");
    let out = talk(&e, e.session_in("fr").unwrap(), &["/start", "2", "nowhere"]);
    assert_eq!(texts(&out), vec!["Lieu inconnu"]);
    assert_eq!(at(&out).as_deref(), Some("welcome:where"));

    let waiting = talk(&e, e.session_in("fr").unwrap(), &["/start", "2"])
        .session
        .unwrap();
    let out = e.handle(
        waiting,
        Inbound::Location {
            lat: 44.9,
            lon: -0.6,
        },
        5,
    );
    assert_eq!(out.session.unwrap().dept.as_deref(), Some("33"));
}

/// The card of a place, for a person under 18 or not, after choosing "eat" (need `money`) or
/// not.
fn card_at(e: &Engine, minor: bool, place: &str) -> Outcome {
    let mut session = talk(e, e.session_in("fr").unwrap(), &["/start", "2"])
        .session
        .unwrap();
    if minor {
        session.vars.insert("minor".into(), "yes".into());
    }
    e.handle(session, Inbound::Text(place.into()), 5)
}

fn card(out: &Outcome) -> Option<ContactCard> {
    out.replies.iter().find_map(|r| match r {
        Reply::ContactCard(c) => Some(c.clone()),
        _ => None,
    })
}

/// Issue #17: only contacts an operator verified and marked to be shown reach a person; a
/// lead never does, and "receives people under 18" is said to a minor only.
#[test]
fn the_card_shows_verified_contacts_only() {
    let e = engine();
    let adult = card(&card_at(&e, false, "33")).unwrap();
    let lines: Vec<String> = adult.lines.iter().map(|l| strip_isolates(l)).collect();
    assert_eq!(
        lines,
        [
            "Assoc 33 (Bordeaux)",
            "Aide : démarches",
            "Tél. 05 00 00 00 00"
        ]
    );
    assert!(!adult.to_complete);
    let young = card(&card_at(&e, true, "33")).unwrap();
    let lines: Vec<String> = young.lines.iter().map(|l| strip_isolates(l)).collect();
    assert_eq!(
        lines,
        [
            "Assoc 33 (Bordeaux)",
            "Aide : démarches",
            "Tél. 05 00 00 00 00",
            "Moins de 18 ans"
        ]
    );
    for card in [adult, young] {
        assert!(!card.lines.iter().any(|l| l.contains("lead@example.org")));
    }
}

/// Issue #17: an association with leads only is "to complete": its name, what it does, that
/// its contact is being checked (the national numbers), and never the leads.
#[test]
fn an_association_with_leads_only_is_to_complete_and_its_leads_stay_hidden() {
    let directory = DIRECTORY.replace(
        "verified_on = \"2026-11-02\"\nshow = true\n",
        "found_on = \"2020\"\n",
    );
    let e = engine_with(&files_with(&directory));
    for minor in [false, true] {
        let card = card(&card_at(&e, minor, "33")).unwrap();
        let lines: Vec<String> = card.lines.iter().map(|l| strip_isolates(l)).collect();
        assert_eq!(
            lines,
            ["Assoc 33 (Bordeaux)", "Aide : démarches", "À compléter"]
        );
        assert!(card.to_complete);
    }
}

/// Issue #17: every contact kind on the card, in the card's order, with the languages by
/// their own names.
#[test]
fn every_verified_contact_kind_has_its_line() {
    let verified = |kind: &str, value: &str| {
        format!(
            "[[association.contact]]\nkind = \"{kind}\"\nvalue = {value}\nsource = \"the association\"\nverified_on = \"2026-11-02\"\nshow = true\n"
        )
    };
    let directory = DIRECTORY
        .split("[[association.contact]]")
        .next()
        .unwrap()
        .to_owned()
        + verified("interpreter", "true").as_str()
        + verified("languages", "[\"en\", \"fr\", \"xx\"]").as_str()
        + verified("hours", "\"9h-17h\"").as_str()
        + verified("address", "\"1 rue X\"").as_str()
        + verified("form", "\"https://example.org/form\"").as_str()
        + verified("website", "\"https://example.org\"").as_str()
        + verified("email", "\"a@example.org\"").as_str()
        + verified("sms", "\"06 00\"").as_str()
        + verified("phone", "\"05 00\"").as_str()
        + verified("minors", "false").as_str();
    let e = engine_with(&files_with(&directory));
    let card = card(&card_at(&e, false, "33")).unwrap();
    let lines: Vec<String> = card.lines.iter().map(|l| strip_isolates(l)).collect();
    assert_eq!(
        lines,
        [
            "Assoc 33 (Bordeaux)",
            "Aide : démarches",
            "Tél. 05 00",
            "SMS 06 00",
            "Courriel a@example.org",
            "Site https://example.org",
            "Formulaire https://example.org/form",
            "Adresse 1 rue X",
            "Horaires 9h-17h",
            "Langues English, Français, xx",
            "Interprète",
        ]
    );
}

/// Issue #17: where every association receives adults only, a person under 18 gets no card
/// and no request, but the words for minors (then home); an adult still gets the card.
#[test]
fn a_minor_never_gets_an_association_for_adults_only() {
    let directory = DIRECTORY.replace("value = true", "value = false");
    let e = engine_with(&files_with(&directory));
    let out = card_at(&e, true, "33");
    assert!(card(&out).is_none(), "{:?}", out.replies);
    assert!(
        texts(&out).contains(&"Rien pour les moins de 18 ans pour Gironde".to_owned()),
        "{:?}",
        texts(&out)
    );
    assert_eq!(at(&out).as_deref(), Some("welcome:menu"));
    assert!(card(&card_at(&e, false, "33")).is_some());
    // A request of a minor goes to no association for adults only: with a second association
    // that nobody asked yet, the minor's card and request go there.
    let directory = directory
        + "[[association]]\nid = \"b33\"\nname = \"Assoc B\"\ndepartements = [\"33\"]\ntown = \"Bordeaux\"\nlat = 44.84\nlon = -0.58\n";
    let e = engine_with(&files_with(&directory));
    assert_eq!(card(&card_at(&e, true, "33")).unwrap().association, "b33");
    assert_eq!(card(&card_at(&e, false, "33")).unwrap().association, "a33");
    let mut session = talk(&e, e.session_in("fr").unwrap(), &["/start", "3", "oui"])
        .session
        .unwrap();
    session.vars.insert("minor".into(), "yes".into());
    session.dept = Some("33".into());
    let out = e.handle(session.clone(), Inbound::Text("bonjour".into()), 5);
    let Some(HandoffEvent::Open(request)) = out.handoff else {
        panic!("no request: {:?}", out.replies);
    };
    assert_eq!(request.association.as_deref(), Some("b33"));
    // A fallback naming the adults' association never shows it to a minor: the one for
    // minors if a person can reach it from its card, else the young people's lines.
    let fallback = |e: &Engine| {
        let shown = e.notice(
            session.clone(),
            HandoffNotice::NoDesk {
                association: Some("a33".into()),
            },
            5,
        );
        let cards: Vec<String> = shown
            .replies
            .iter()
            .filter_map(|r| match r {
                Reply::ContactCard(c) => Some(c.association.clone()),
                _ => None,
            })
            .collect();
        (cards, texts(&shown))
    };
    let (cards, said) = fallback(&e);
    assert!(cards.is_empty(), "{cards:?}");
    assert_eq!(
        said.last().map(String::as_str),
        Some("Lignes :\n119 jeunes\n3018 en ligne\nFSJ santé\n17 112 114")
    );
    let reachable = directory
        + "[[association.contact]]\nkind = \"phone\"\nvalue = \"05 11\"\nsource = \"the association\"\nverified_on = \"2026-11-02\"\nshow = true\n";
    let (cards, said) = fallback(&engine_with(&files_with(&reachable)));
    assert_eq!(cards, ["b33"], "{said:?}");
    assert!(said.contains(&"Contactez-la".to_owned()), "{said:?}");
}

/// Issue #17, through the engine over the bundled content: in the Gironde, housing and health
/// go to La CASE (social work, care) and papers to Ruelle, no longer to CEID (addictions) for
/// coming first in the file; a person under 18 in every département gets a card that is not
/// for adults only, with the young people's numbers; no card shows a lead.
#[test]
fn the_bundled_directory_answers_each_need_and_each_minor() {
    let report = crate::check::check(&ContentFiles::embedded());
    let e = Engine::new(report.content);
    let leads: Vec<String> = e
        .content()
        .directory
        .associations
        .iter()
        .flat_map(|a| a.leads())
        .map(|c| c.value.to_string())
        .collect();
    let shown = |out: &Outcome| {
        let card = card(out).unwrap_or_else(|| panic!("no card: {:?}", texts(out)));
        for lead in &leads {
            assert!(
                !card.lines.iter().any(|l| l.contains(lead.as_str())),
                "lead {lead} shown"
            );
        }
        assert!(card.to_complete);
        card
    };
    // The talk menu: 1 housing, 2 papers, 3 health.
    for (need, id) in [("1", "la-case-33"), ("2", "ruelle-33"), ("3", "la-case-33")] {
        let out = talk(
            &e,
            e.session_in("fr").unwrap(),
            &["/start", "2", need, "33"],
        );
        assert_eq!(shown(&out).association, id, "need {need}");
    }
    let national_for_minors = "119, jour et nuit";
    for code in [
        "16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87",
    ] {
        let out = talk(
            &e,
            e.session_in("fr").unwrap(),
            &["/start l-fr_a-youth", "3", "7", "1", code],
        );
        let card = shown(&out);
        let association = e
            .content()
            .directory
            .association(&card.association)
            .unwrap();
        assert!(association.departements.iter().any(|d| d == code), "{code}");
        assert_ne!(association.sees_minors(), Some(false), "{code}");
        let last = card
            .lines
            .last()
            .map(|l| strip_isolates(l))
            .unwrap_or_default();
        assert!(last.contains(national_for_minors), "{code}: {last}");
    }
}

#[test]
fn yes_no_and_text_input_lead_to_a_handoff_that_keeps_no_text() {
    let e = engine();
    let out = talk(&e, e.session_in("fr").unwrap(), &["/start", "3"]);
    assert_eq!(labels(&out), vec!["Oui", "Non"]);
    let no = talk(&e, e.session_in("fr").unwrap(), &["/start", "3", "non"]);
    assert_eq!(at(&no).as_deref(), Some("welcome:menu"));
    let by_number = talk(&e, e.session_in("fr").unwrap(), &["/start", "3", "1"]);
    assert_eq!(at(&by_number).as_deref(), Some("welcome:message"));
    let out = talk(
        &e,
        e.session_in("fr").unwrap(),
        &["/start", "2", "33", "3", "oui", "secret words 123"],
    );
    let Some(HandoffEvent::Open(request)) = out.handoff.clone() else {
        panic!("a handoff request: {out:?}");
    };
    assert_eq!(request.message.as_deref(), Some("secret words 123"));
    assert_eq!(request.dept.as_deref(), Some("33"));
    assert_eq!(request.association.as_deref(), Some("a33"));
    assert_eq!(request.lang, "fr");
    // What happens next is the hub's to say: no end hint, no text yet.
    assert!(texts(&out).is_empty(), "{:?}", texts(&out));
    let stored = serde_json::to_string(&out.session).unwrap();
    assert!(!stored.contains("secret"), "{stored}");
    // A message longer than a short one gets a kind sentence, and nothing is sent.
    let long = "a".repeat(MAX_TEXT_INPUT_CHARS + 1);
    let out = talk(
        &e,
        e.session_in("fr").unwrap(),
        &["/start", "2", "33", "3", "oui", &long],
    );
    assert_eq!(texts(&out), vec!["Trop long 1000"]);
    assert!(out.handoff.is_none());
    assert_eq!(at(&out).as_deref(), Some("welcome:message"));
}

/// A session whose request was posted: the relay is open.
fn relaying(e: &Engine) -> Session {
    let out = talk(
        e,
        e.session_in("fr").unwrap(),
        &["/start", "2", "33", "3", "oui", "bonjour"],
    );
    let opened = e.notice(
        out.session.unwrap(),
        HandoffNotice::Opened {
            ticket: "AAA-BBB".into(),
            association: "a33".into(),
            staff_languages: vec!["fr".into()],
            until: 10_000_000,
            name: None,
            instead_of: None,
        },
        2000,
    );
    assert_eq!(
        texts(&opened),
        vec!["Envoyé à Assoc 33 : AAA-BBB", "Réponse ici", "/stop"]
    );
    opened.session.unwrap()
}

#[test]
fn an_open_relay_passes_words_on_and_keeps_commands_and_safety() {
    let e = engine();
    let session = relaying(&e);
    // Words go to staff, nothing is said back, nothing is kept.
    let out = e.handle(
        session.clone(),
        Inbound::Text("je peux venir demain".into()),
        3000,
    );
    assert_eq!(
        out.handoff,
        Some(HandoffEvent::Relay {
            ticket: "AAA-BBB".into(),
            text: "je peux venir demain".into()
        })
    );
    assert!(out.replies.is_empty());
    assert!(
        !serde_json::to_string(&out.session)
            .unwrap()
            .contains("demain")
    );
    // Danger words still show the numbers at once, and still reach staff.
    let out = e.handle(
        session.clone(),
        Inbound::Text("je suis en danger".into()),
        3000,
    );
    assert_eq!(at(&out).as_deref(), Some("safety:now"));
    assert!(matches!(out.handoff, Some(HandoffEvent::Relay { .. })));
    // Starting again, an unknown command or an old button: where the person stands.
    for inbound in [
        Inbound::Text("/start".into()),
        Inbound::Text("/nothing".into()),
        Inbound::Button("old.1".into()),
    ] {
        let out = e.handle(session.clone(), inbound.clone(), 3000);
        assert_eq!(texts(&out), vec!["En contact avec Assoc 33"], "{inbound:?}");
        assert!(out.handoff.is_none());
    }
    // A photo, a location, an empty line or a terminal opened again: where the person stands.
    for inbound in [
        Inbound::Unsupported(MediaKind::Photo),
        Inbound::Resume,
        Inbound::Text("  ".into()),
    ] {
        let out = e.handle(session.clone(), inbound.clone(), 3000);
        assert!(
            texts(&out).contains(&"En contact avec Assoc 33".to_owned()),
            "{inbound:?}: {:?}",
            texts(&out)
        );
        assert!(out.handoff.is_none());
    }
    // /stop ends it and tells the hub; the next message starts again.
    let out = e.handle(session.clone(), Inbound::Text("/stop".into()), 3000);
    assert_eq!(
        out.handoff,
        Some(HandoffEvent::End {
            ticket: "AAA-BBB".into(),
            why: EndReason::Stop
        })
    );
    assert_eq!(texts(&out), vec!["Arrêté Assoc 33"]);
    assert!(out.session.as_ref().unwrap().relay.is_none());
    let after = e.handle(out.session.unwrap(), Inbound::Text("bonjour".into()), 3001);
    assert!(after.handoff.is_none());
    assert_eq!(at(&after).as_deref(), Some("welcome:menu"));
    // The exit word ends it too, and erases everything.
    let out = e.handle(session, Inbound::Text("parapluie".into()), 3000);
    assert_eq!(
        out.handoff,
        Some(HandoffEvent::End {
            ticket: "AAA-BBB".into(),
            why: EndReason::Exit
        })
    );
    assert!(out.session.is_none());
}

#[test]
fn staff_news_reach_the_person_in_their_words() {
    let e = engine();
    let session = relaying(&e);
    let words = e.notice(
        session.clone(),
        HandoffNotice::StaffWords {
            text: "Bonjour, on est là.".into(),
            until: 20_000_000,
            prefix: ReplyPrefix::default(),
        },
        4000,
    );
    // Under a neutral word, not the association's name (S6).
    assert_eq!(texts(&words), vec!["Réponse : Bonjour, on est là."]);
    assert_eq!(words.session.as_ref().unwrap().keep_until, Some(20_000_000));
    // The operator's prefix, for the person's language or for all.
    let chosen = |prefix: ReplyPrefix| {
        let notice = HandoffNotice::StaffWords {
            text: "Oui.".into(),
            until: 20_000_000,
            prefix,
        };
        texts(&e.notice(session.clone(), notice, 4000))
    };
    let mut by_language = ReplyPrefix::default();
    by_language.by_language.insert("en".into(), "Reply:".into());
    assert_eq!(chosen(by_language.clone()), vec!["Réponse : Oui."]);
    by_language
        .by_language
        .insert("fr".into(), "Suite :".into());
    by_language.all = Some("Message".into());
    assert_eq!(chosen(by_language), vec!["Suite : Oui."]);
    let all = ReplyPrefix {
        all: Some("Message".into()),
        ..ReplyPrefix::default()
    };
    assert_eq!(chosen(all), vec!["Message Oui."]);
    // No answer in time: the card (as text, after the neutral line, in the same message) and
    // the numbers, and the relay stays open.
    let late = e.notice(session.clone(), HandoffNotice::NoAnswer, 4000);
    assert!(
        !late
            .replies
            .iter()
            .any(|r| matches!(r, Reply::ContactCard(_)))
    );
    assert!(matches!(&late.replies[0], Reply::Text(_)));
    assert_eq!(texts(&late)[0], "Pas de réponse Assoc 33");
    assert!(
        texts(&late)
            .iter()
            .any(|t| t.starts_with("Assoc 33 (Bordeaux)\n"))
    );
    assert!(texts(&late).contains(&"17 112".to_owned()));
    assert!(late.session.unwrap().relay.is_some());
    let closed = e.notice(session.clone(), HandoffNotice::StaffClosed, 4000);
    assert_eq!(texts(&closed), vec!["Fin Assoc 33"]);
    assert!(closed.forget_past, "the store shreds what the relay held");
    let left = closed.session.unwrap();
    assert!(left.relay.is_none() && left.dept.is_none() && left.vars.is_empty());
    assert_eq!(left.lang.as_deref(), Some("fr"));
    // The route expired: a person still in that relay is told; one who moved on hears nothing.
    let expired = |ticket: &str| HandoffNotice::Expired {
        ticket: ticket.into(),
    };
    let gone = e.notice(session.clone(), expired("AAA-BBB"), 4000);
    assert!(gone.forget_past && gone.session.unwrap().relay.is_none());
    assert_eq!(gone.replies.len(), 1);
    let other = e.notice(session.clone(), expired("CCC-DDD"), 4000);
    assert!(other.replies.is_empty() && !other.forget_past);
    assert!(other.session.unwrap().relay.is_some());
    // An open relay keeps the session past the usual expiry, not past the relay's.
    assert!(!session.expired(9_000_000, 3600));
    assert!(session.expired(10_000_001, 3600));
}

#[test]
fn without_a_desk_the_person_gets_the_card_and_the_numbers() {
    let e = engine();
    let out = talk(
        &e,
        e.session_in("fr").unwrap(),
        &["/start", "2", "33", "3", "oui", "bonjour"],
    );
    for (notice, first) in [
        (
            HandoffNotice::NoDesk {
                association: Some("a33".into()),
            },
            "Pas de bureau Assoc 33",
        ),
        (
            HandoffNotice::DeskClosed {
                association: "a33".into(),
            },
            "Fermé Assoc 33",
        ),
        (
            HandoffNotice::DeskFailed {
                association: "a33".into(),
            },
            "Échec Assoc 33",
        ),
    ] {
        let shown = e.notice(out.session.clone().unwrap(), notice, 2000);
        assert_eq!(texts(&shown).first().map(String::as_str), Some(first));
        assert!(
            shown
                .replies
                .iter()
                .any(|r| matches!(r, Reply::ContactCard(_)))
        );
        assert_eq!(texts(&shown).last().map(String::as_str), Some("17 112"));
        assert!(shown.session.unwrap().relay.is_none());
    }
}

#[test]
fn desk_texts_are_in_the_desk_language() {
    let e = engine();
    let needs = vec!["money".to_owned()];
    let ticket = e.desk_text(
        "fr",
        &DeskText::Ticket {
            ticket: "AAA-BBB",
            lang: "fr",
            staff_read_it: false,
            needs: &needs,
            dept: Some("33"),
            urgency: None,
            message: Some("bonjour"),
            transferred_from: None,
            regional: None,
        },
    );
    assert_eq!(
        ticket,
        "Demande AAA-BBB Français (fr) argent Gironde (33) —\n\nNon lu Français (fr)\n\nMessage bonjour\n\nÉcran verrouillé\n\n/close /transfer"
    );
}

#[test]
fn yes_no_buttons_and_stale_or_forged_buttons() {
    let e = engine();
    let out = talk(&e, e.session_in("fr").unwrap(), &["/start", "3"]);
    let tokens = tokens(&out);
    assert!(tokens.iter().all(|t| t.len() <= 24));
    let session = out.session.unwrap();
    let yes = e.handle(session.clone(), Inbound::Button(tokens[0].clone()), 5);
    assert_eq!(at(&yes).as_deref(), Some("welcome:message"));
    // A button of the menu, pressed while the yes/no question is open: stale.
    let menu = talk(&e, e.session_in("fr").unwrap(), &["/start"]);
    let Reply::Choices(items) = menu
        .replies
        .iter()
        .find(|r| matches!(r, Reply::Choices(_)))
        .unwrap()
    else {
        unreachable!()
    };
    for token in [
        items[0].token.clone(),
        "forged".into(),
        "x.99".into(),
        "lang.0".into(),
        String::new(),
    ] {
        let out = e.handle(session.clone(), Inbound::Button(token.clone()), 5);
        assert_eq!(texts(&out), vec!["Pas compris"], "{token}");
        assert_eq!(at(&out).as_deref(), Some("welcome:consent"), "{token}");
    }
}

#[test]
fn danger_words_interrupt_everywhere_and_pick_the_language() {
    let e = engine();
    // Before any language: the word's language is chosen.
    let out = talk(&e, Session::default(), &["please help me"]);
    assert_eq!(out.lang, "en");
    assert_eq!(at(&out).as_deref(), Some("safety:now"));
    // At a text input, too.
    let out = talk(
        &e,
        e.session_in("fr").unwrap(),
        &["/start", "3", "oui", "je suis en danger"],
    );
    assert_eq!(at(&out).as_deref(), Some("safety:now"));
    assert!(out.handoff.is_none());
}

#[test]
fn exit_word_and_commands() {
    let e = engine();
    for exit in ["/exit", "parapluie", "PARAPLUIE"] {
        let out = talk(&e, e.session_in("fr").unwrap(), &["/start", "1", exit]);
        assert!(out.session.is_none(), "{exit}");
        assert_eq!(out.replies.last(), Some(&Reply::EraseConversation));
    }
    let out = talk(&e, Session::default(), &["umbrella"]);
    assert!(out.session.is_none());

    let out = talk(
        &e,
        e.session_in("fr").unwrap(),
        &["/start", "2", "33", "/forget"],
    );
    assert_eq!(texts(&out)[0], "Oublié");
    let session = out.session.unwrap();
    assert_eq!(session.dept, None);
    assert_eq!(session.lang, None);
    assert!(session.choosing_language);

    let out = talk(&e, e.session_in("fr").unwrap(), &["/start", "1", "/stop"]);
    assert_eq!(texts(&out), vec!["Arrêté"]);
    assert!(out.session.as_ref().unwrap().ended);

    let out = talk(&e, e.session_in("fr").unwrap(), &["/start", "1", "/help"]);
    assert_eq!(texts(&out), vec!["Aide", "Combien ?"]);

    let out = talk(
        &e,
        e.session_in("fr").unwrap(),
        &["/start", "1", "/lang", "2"],
    );
    assert_eq!(out.lang, "en");
    assert_eq!(at(&out).as_deref(), Some("welcome:count"));

    let out = talk(&e, e.session_in("fr").unwrap(), &["/start", "/nope"]);
    assert_eq!(texts(&out), vec!["Pas compris"]);
}

#[test]
fn start_payload_sets_language_department_audience_and_campaign() {
    let e = engine();
    let out = talk(
        &e,
        Session::default(),
        &["/start l-en_d-33_a-youth_c-spring26"],
    );
    assert_eq!(out.lang, "en");
    assert_eq!(out.campaign.as_deref(), Some("spring26"));
    assert_eq!(texts(&out), vec!["Jeunes", "Menu"]);
    let session = out.session.unwrap();
    assert_eq!(session.dept.as_deref(), Some("33"));
    let out = talk(&e, Session::default(), &["/start l-en_bogus"]);
    assert_eq!(
        texts(&out),
        vec!["Choisissez votre langue · Choose your language"]
    );
    assert_eq!(out.campaign, None);
}

#[test]
fn hostile_or_empty_input_is_handled() {
    let e = engine();
    let start = talk(&e, e.session_in("fr").unwrap(), &["/start"])
        .session
        .unwrap();
    for line in [
        "",
        "   ",
        "\u{202E}\u{202E}",
        "😀😀😀",
        &"x".repeat(1_000_000),
        "\u{0}\u{7}\u{1b}[2J",
    ] {
        let out = e.handle(start.clone(), Inbound::Text(line.to_owned()), 5);
        assert_eq!(at(&out).as_deref(), Some("welcome:menu"));
        assert!(!out.replies.is_empty(), "never silent");
        for text in texts(&out) {
            assert!(!text.contains("xxxx") && !text.contains('\u{202E}'));
        }
    }
    let out = e.handle(start.clone(), Inbound::Unsupported(MediaKind::Photo), 5);
    assert_eq!(
        texts(&out),
        vec!["Pas de photo"],
        "a photo gets the advice about pictures"
    );
    let out = e.handle(start, Inbound::Unsupported(MediaKind::Voice), 5);
    assert_eq!(texts(&out), vec!["Seulement du texte"]);
    assert_eq!(labels(&out).len(), 4);
}

#[test]
fn time_is_passed_in() {
    let e = engine();
    let out = e.handle(Session::default(), Inbound::Text("x".into()), 424_242);
    assert_eq!(out.session.unwrap().last_seen, 424_242);
}

#[test]
fn buttons_under_a_question_are_tapped_or_typed_in_full_never_by_number() {
    let e = engine();
    let asked = talk(&e, e.session_in("fr").unwrap(), &["/start", "1"]);
    assert_eq!(at(&asked).as_deref(), Some("welcome:count"));
    let Some(Reply::Choices(items)) = asked.replies.last() else {
        panic!("the question shows its way back: {:?}", asked.replies)
    };
    assert_eq!(items.len(), 1);
    assert!(!items[0].by_number, "a typed number answers the question");
    let session = asked.session.clone().unwrap();
    // A number is the answer, not the button.
    let out = e.handle(session.clone(), Inbound::Text("1".into()), 2);
    assert_eq!(
        out.session
            .unwrap()
            .vars
            .get("children")
            .map(String::as_str),
        Some("1")
    );
    // The button, tapped or typed in full, leads back.
    let tapped = e.handle(session.clone(), Inbound::Button(items[0].token.clone()), 2);
    assert_eq!(at(&tapped).as_deref(), Some("welcome:menu"));
    let typed = e.handle(session.clone(), Inbound::Text("retour".into()), 2);
    assert_eq!(at(&typed).as_deref(), Some("welcome:menu"));
    // A word the question cannot read may be an intent, before the question's error.
    let intent = e.handle(session.clone(), Inbound::Text("des infos".into()), 2);
    assert_eq!(at(&intent).as_deref(), Some("welcome:menu"));
    let wrong = e.handle(session, Inbound::Text("beaucoup".into()), 2);
    assert_eq!(texts(&wrong), vec!["Entre 0 et 5"]);
    assert_eq!(at(&wrong).as_deref(), Some("welcome:count"));
}

#[test]
fn help_stop_and_language_words_do_what_the_commands_do() {
    let e = engine();
    let out = talk(&e, e.session_in("fr").unwrap(), &["/start", "aide"]);
    assert_eq!(texts(&out), vec!["Aide"]);
    assert_eq!(at(&out).as_deref(), Some("welcome:menu"));
    let out = talk(&e, e.session_in("fr").unwrap(), &["/start", "langue"]);
    assert!(out.session.as_ref().unwrap().choosing_language);
    let out = talk(
        &e,
        e.session_in("fr").unwrap(),
        &["/start", "2", "33", "stop"],
    );
    assert_eq!(texts(&out), vec!["Arrêté"]);
    assert!(at(&out).is_none());
    // Stopping ends the conversation: the store shreds its past, the département goes.
    assert!(out.forget_past);
    assert_eq!(out.session.as_ref().unwrap().dept, None);
}

#[test]
fn a_danger_word_in_another_language_switches_to_it() {
    let e = engine();
    let out = talk(
        &e,
        e.session_in("fr").unwrap(),
        &["/start", "1", "please help me"],
    );
    assert_eq!(at(&out).as_deref(), Some("safety:now"));
    assert_eq!(out.lang, "en");
    // A word of the chosen language keeps it.
    let out = talk(&e, e.session_in("fr").unwrap(), &["/start", "danger"]);
    assert_eq!(out.lang, "fr");
}

#[test]
fn a_second_request_while_a_relay_is_open_is_not_sent() {
    let report = crate::check::check(&ContentFiles::embedded());
    let e = Engine::new(report.content);
    let at = NodeRef::new("talk", "message");
    // Someone in a relay who walked back to the message question with buttons, then taps
    // "send without a message".
    let session = Session {
        lang: Some("fr".into()),
        at: Some(at.clone()),
        dept: Some("33".into()),
        relay: Some(Relay {
            ticket: "AAA-BBB".into(),
            association: "ceid-33".into(),
            ..Relay::default()
        }),
        ..Session::default()
    };
    let out = e.handle(
        session,
        Inbound::Button(format!("{}.0", node_token(&at))),
        10,
    );
    assert!(out.handoff.is_none(), "{:?}", out.handoff);
    assert_eq!(
        texts(&out),
        vec!["Vous êtes en contact avec CEID : écrivez votre message ici. Pour arrêter : /stop."]
    );
    let kept = out.session.unwrap();
    assert_eq!(kept.relay.unwrap().ticket, "AAA-BBB");
    assert!(kept.at.is_none());
}

/// Every state a conversation of the test content can be in, with the session that holds it.
fn states(e: &Engine) -> Vec<(&'static str, Session)> {
    let fr = || e.session_in("fr").unwrap();
    let after = |lines: &[&str]| talk(e, fr(), lines).session.unwrap();
    vec![
        ("no language", Session::default()),
        ("menu", after(&["/start"])),
        ("number question", after(&["/start", "1"])),
        ("place question", after(&["/start", "2"])),
        ("consent", after(&["/start", "3"])),
        ("message for the team", after(&["/start", "3", "oui"])),
        (
            "after a cold handoff",
            after(&["/start", "3", "oui", "bonjour"]),
        ),
        ("after /stop", after(&["/start", "/stop"])),
        ("relay open", relaying(e)),
    ]
}

#[test]
fn the_danger_label_typed_with_decorations_reaches_the_numbers_from_every_state() {
    let e = engine();
    for (state, session) in states(&e) {
        for typed in [
            "Urgence",
            "URGENCE",
            "urgence ",
            "1️⃣ Urgence",
            "4. Urgence",
            "- urgence",
        ] {
            let out = e.handle(session.clone(), Inbound::Text(typed.into()), 5);
            assert!(
                out.visited.iter().any(|n| n.to_string() == "safety:now"),
                "{state}: {typed:?} gave {:?}",
                texts(&out)
            );
            assert!(
                texts(&out).contains(&"112".to_owned()),
                "{state}: {typed:?}"
            );
            assert!(e.is_urgent(&Inbound::Text(typed.into())), "{typed:?}");
        }
    }
    assert!(e.is_urgent(&Inbound::Text("au secours, danger".into())));
    assert!(!e.is_urgent(&Inbound::Text("Manger".into())));
    assert!(!e.is_urgent(&Inbound::Text("/start".into())));
}

#[test]
fn the_danger_and_home_buttons_work_on_any_older_message() {
    let e = engine();
    let menu = talk(&e, e.session_in("fr").unwrap(), &["/start"]);
    let menu_tokens = tokens(&menu);
    let urgent = menu_tokens[3].clone();
    assert!(e.is_urgent(&Inbound::Button(urgent.clone())));
    assert!(!e.is_urgent(&Inbound::Button(menu_tokens[0].clone())));
    // The way back of the number question, pressed later.
    let count = talk(&e, e.session_in("fr").unwrap(), &["/start", "1"]);
    let back = tokens(&count)[0].clone();
    for (state, session) in states(&e) {
        let out = e.handle(session.clone(), Inbound::Button(urgent.clone()), 5);
        assert!(
            out.visited.iter().any(|n| n.to_string() == "safety:now"),
            "{state}: {:?}",
            texts(&out)
        );
        if state == "relay open" {
            // Buttons still move through the flows while a relay is open.
            continue;
        }
        let out = e.handle(session, Inbound::Button(back.clone()), 5);
        if state == "no language" {
            // Home, for a person with no language yet, is the language menu.
            assert!(out.session.is_some_and(|s| s.choosing_language), "{state}");
            continue;
        }
        assert_eq!(at(&out).as_deref(), Some("welcome:menu"), "{state}");
    }
}

#[test]
fn never_choose_below_with_nothing_below() {
    let e = engine();
    for (state, session) in states(&e) {
        for inbound in [
            Inbound::Button("forged.1".into()),
            Inbound::Text("zzz".into()),
            Inbound::Location { lat: 0.0, lon: 0.0 },
            Inbound::Unsupported(MediaKind::Photo),
            Inbound::Text("/nope".into()),
        ] {
            let out = e.handle(session.clone(), inbound.clone(), 5);
            assert!(
                !out.replies.is_empty() || out.handoff.is_some(),
                "{state}: {inbound:?} silent"
            );
            let says_below = texts(&out).iter().any(|t| t == "Pas compris");
            let shows = out
                .replies
                .iter()
                .any(|r| matches!(r, Reply::Choices(c) if !c.is_empty()));
            assert!(
                !says_below || shows,
                "{state}: {inbound:?}: {:?}",
                out.replies
            );
        }
    }
}

#[test]
fn a_location_before_any_language_gets_the_language_menu() {
    let e = engine();
    let out = e.handle(
        Session::default(),
        Inbound::Location {
            lat: 44.8,
            lon: -0.5,
        },
        5,
    );
    assert!(out.session.as_ref().unwrap().choosing_language);
    assert!(texts(&out)[0].contains("Choisissez votre langue"));
}

#[test]
fn danger_in_a_relay_says_the_words_were_passed_on_and_shows_no_numbered_choices() {
    let e = engine();
    let out = e.handle(relaying(&e), Inbound::Text("danger ici".into()), 5);
    assert!(matches!(out.handoff, Some(HandoffEvent::Relay { .. })));
    let said = texts(&out);
    assert!(said.contains(&"112".to_owned()), "{said:?}");
    assert!(said.contains(&"Transmis à Assoc 33".to_owned()), "{said:?}");
    assert_eq!(
        said.last().map(String::as_str),
        Some("En contact avec Assoc 33")
    );
    for reply in &out.replies {
        if let Reply::Choices(items) = reply {
            assert!(items.iter().all(|i| !i.by_number), "{items:?}");
        }
    }
}

#[test]
fn danger_words_in_the_message_for_the_team_say_nothing_was_sent() {
    let e = engine();
    let writing = talk(&e, e.session_in("fr").unwrap(), &["/start", "3", "oui"])
        .session
        .unwrap();
    let out = e.handle(writing, Inbound::Text("il y a un danger".into()), 5);
    assert!(out.handoff.is_none());
    let said = texts(&out);
    assert!(said.contains(&"112".to_owned()), "{said:?}");
    // Nothing sent, said plainly; then the offer to send the words marked urgent.
    assert_eq!(
        said[said.len() - 2..].to_vec(),
        vec!["Pas envoyée".to_owned(), "L'envoyer, urgent ?".to_owned()],
        "{said:?}"
    );
    assert_eq!(out.held.as_deref(), Some("il y a un danger"));
    // The danger choice, typed or pressed there: nothing sent, and no words to offer.
    let writing = talk(&e, e.session_in("fr").unwrap(), &["/start", "3", "oui"]);
    let urgent = tokens(&writing)[0].clone();
    for inbound in [Inbound::Text("Urgence".into()), Inbound::Button(urgent)] {
        let out = e.handle(writing.session.clone().unwrap(), inbound.clone(), 5);
        assert_eq!(
            texts(&out).last().map(String::as_str),
            Some("Pas envoyée"),
            "{inbound:?}"
        );
    }
    // Elsewhere, the numbers alone.
    let out = talk(&e, e.session_in("fr").unwrap(), &["/start", "danger"]);
    assert!(!texts(&out).contains(&"Pas envoyée".to_owned()));
}

#[test]
fn stop_before_a_language_is_answered_in_every_language() {
    let e = engine();
    let out = e.handle(Session::default(), Inbound::Text("/stop".into()), 5);
    let said = texts(&out).join("\n");
    let every: Vec<String> = e
        .content()
        .locales
        .all()
        .iter()
        .filter_map(|l| e.content().locales.format(&l.meta.tag, "stop-done", None))
        .collect();
    assert!(every.len() > 1);
    assert_eq!(said, every.join(" · "));
    assert!(out.session.is_some_and(|s| s.ended && s.at.is_none()));
}

/// Issue #14: a place with no association (a location outside France, a département outside
/// the region) gives the national numbers and the menu, never "how soon?" for a request that
/// would reach no one, nor an empty "département chosen".
#[test]
fn a_place_without_an_association_gives_the_national_numbers_and_no_request() {
    let report = crate::check::check(&ContentFiles::embedded());
    let e = Engine::new(report.content);
    let national = e
        .content()
        .locales
        .format("fr", "contact-card-national", None)
        .unwrap();
    let at_place = talk(&e, e.session_in("fr").unwrap(), &["/start", "2", "1"]);
    assert_eq!(at(&at_place).as_deref(), Some("talk:where"));
    let session = at_place.session.clone().unwrap();
    // New York.
    let out = e.handle(
        session.clone(),
        Inbound::Location {
            lat: 40.71,
            lon: -74.0,
        },
        10,
    );
    let said = texts(&out).join("\n");
    assert!(said.contains(&national), "{said}");
    assert!(!said.contains("Département choisi"), "{said}");
    assert!(!said.contains("Pour quand"), "{said}");
    assert_eq!(at(&out).as_deref(), Some("welcome:menu"), "{said}");
    assert!(out.session.unwrap().dept.is_none());
    // The Rhône: outside the region, named, the national numbers, the menu.
    let out = e.handle(session, Inbound::Text("69".into()), 10);
    let said = texts(&out).join("\n");
    assert!(said.contains("n'est pas en Nouvelle-Aquitaine"), "{said}");
    assert!(!said.contains("Pour quand"), "{said}");
    assert_eq!(at(&out).as_deref(), Some("welcome:menu"), "{said}");
}

/// Issue #14: danger words in the message for the team hold it back (nothing sent, said
/// plainly) and offer to send it marked urgent; the words leave the engine only in
/// `Outcome::held`, never in the session.
#[test]
fn danger_words_in_the_message_are_held_back_and_can_be_sent_marked_urgent() {
    let report = crate::check::check(&ContentFiles::embedded());
    let e = Engine::new(report.content);
    let at_message = talk(
        &e,
        e.session_in("fr").unwrap(),
        &["/start", "2", "1", "33", "1", "oui"],
    );
    assert_eq!(at(&at_message).as_deref(), Some("talk:message"));
    let session = at_message.session.clone().unwrap();
    let words = "il a pris mon passeport, j'ai peur";
    let out = e.handle(session.clone(), Inbound::Text(words.into()), 10);
    let said = texts(&out);
    assert!(said[0].starts_with("En danger maintenant"), "{said:?}");
    assert!(
        said.iter().any(|t| t.contains("n'a pas été envoyée")),
        "{said:?}"
    );
    assert!(out.handoff.is_none());
    assert_eq!(out.held.as_deref(), Some(words));
    let kept = out.session.clone().unwrap();
    assert!(!format!("{kept:?}").contains("passeport"), "{kept:?}");
    let Some(Reply::Choices(items)) = out.replies.last() else {
        panic!("choices last: {:?}", out.replies)
    };
    let offer = items.last().unwrap();
    assert_eq!(offer.token, HELD_SEND_TOKEN);
    assert!(
        !offer.by_number,
        "typing a number picks the numbers' own choices"
    );
    assert!(items[..items.len() - 1].iter().all(|i| i.by_number));
    // The offer's button, or its label typed, asks for the held words.
    assert!(e.asks_held(&kept, &Inbound::Button(HELD_SEND_TOKEN.into())));
    assert!(e.asks_held(
        &kept,
        &Inbound::Text("envoyer mon message, marque urgent".into())
    ));
    let sent = e.send_held(kept.clone(), words.to_owned(), 11);
    let Some(HandoffEvent::Open(request)) = sent.handoff else {
        panic!("a request: {:?}", sent.handoff)
    };
    assert_eq!(request.message.as_deref(), Some(words));
    assert_eq!(request.urgency.as_deref(), Some(DANGER_URGENCY));
    assert_eq!(request.dept.as_deref(), Some("33"));
    // Without the words (sent already, too old, a restart): said plainly, nothing posted.
    let gone = e.handle(kept, Inbound::Button(HELD_SEND_TOKEN.into()), 12);
    assert!(gone.handoff.is_none());
    let held_gone = e
        .content()
        .locales
        .format("fr", "handoff-held-gone", None)
        .unwrap();
    assert!(texts(&gone).contains(&held_gone), "{:?}", texts(&gone));
    // The danger choice's label typed is not a message: nothing held.
    let label = e.handle(session, Inbound::Text("Urgence, danger".into()), 10);
    assert!(label.held.is_none());
}

/// After /stop or an end, the last numbered menu is still on screen: its numbers and buttons
/// pick its choices (the danger choice among them), as the property test found.
#[test]
fn after_stop_the_menu_still_on_screen_works_by_number_and_button() {
    let e = engine();
    let menu = talk(&e, e.session_in("fr").unwrap(), &["/start"]);
    let urgent = tokens(&menu)[3].clone();
    assert!(e.is_urgent(&Inbound::Button(urgent.clone())));
    let stopped = talk(&e, e.session_in("fr").unwrap(), &["/start", "/stop"]);
    let session = stopped.session.unwrap();
    assert!(session.ended && session.at.is_none());
    let typed = e.handle(session.clone(), Inbound::Text("4".into()), 5);
    let pressed = e.handle(session.clone(), Inbound::Button(urgent), 5);
    assert!(
        typed.visited.iter().any(|n| n.to_string() == "safety:now"),
        "{:?}",
        texts(&typed)
    );
    assert_eq!(typed.replies, pressed.replies);
    // A word still starts again at home.
    let word = e.handle(session, Inbound::Text("bonjour".into()), 5);
    assert_eq!(at(&word).as_deref(), Some("welcome:menu"));
}

/// Issue #17, the fallback ladder as the engine says it: a regional desk that took the request
/// (named, with the association it took it for), then the association's verified contacts,
/// else the national lines for the need and the person; "contact it directly" only above a
/// card with a verified contact.
mod fallback_ladder {
    use super::*;

    /// The test directory with Assoc 33's contacts all leads (nothing verified, nothing shown).
    fn unverified() -> Engine {
        let directory = DIRECTORY
            .replace("verified_on = \"2026-11-02\"\nshow = true\n", "")
            .replace(
                "source = \"the association, by phone\"",
                "source = \"a press article\"",
            );
        let e = engine_with(&files_with(&directory));
        let association = e.content().directory.association("a33").unwrap();
        assert!(!association.is_reachable() && association.shown_contacts().is_empty());
        e
    }

    /// A session that asked for a human in Gironde, with a need, adult or minor.
    fn asked(e: &Engine, need: Option<&str>, minor: bool) -> Session {
        let out = talk(
            e,
            e.session_in("fr").unwrap(),
            &["/start", "2", "33", "3", "oui", "bonjour"],
        );
        assert!(matches!(out.handoff, Some(HandoffEvent::Open(_))));
        let mut session = out.session.unwrap();
        session.vars.remove("need");
        if let Some(need) = need {
            session.vars.insert("need".into(), need.into());
        }
        if minor {
            session.vars.insert("minor".into(), "yes".into());
        }
        session
    }

    fn cards(outcome: &Outcome) -> Vec<String> {
        outcome
            .replies
            .iter()
            .filter_map(|r| match r {
                Reply::ContactCard(c) => Some(c.association.clone()),
                _ => None,
            })
            .collect()
    }

    fn no_desk(association: Option<&str>) -> HandoffNotice {
        HandoffNotice::NoDesk {
            association: association.map(str::to_owned),
        }
    }

    #[test]
    fn a_regional_desk_says_for_whom_it_answers_and_is_named_from_the_hub() {
        let e = engine();
        let opened = e.notice(
            asked(&e, Some("housing"), false),
            HandoffNotice::Opened {
                ticket: "AAA-BBB".into(),
                association: "federation-na".into(),
                staff_languages: vec!["fr".into()],
                until: 10_000_000,
                name: Some("Fédération régionale".into()),
                instead_of: Some("a33".into()),
            },
            2000,
        );
        assert_eq!(
            texts(&opened)[0],
            "Régional Fédération régionale pour Assoc 33 : AAA-BBB"
        );
        let session = opened.session.unwrap();
        let relay = session.relay.clone().unwrap();
        assert_eq!(relay.instead_of.as_deref(), Some("a33"));
        // The desk the directory does not list is named as the hub named it, everywhere.
        let reminder = e.handle(session.clone(), Inbound::Text("/start".into()), 2001);
        assert_eq!(texts(&reminder), ["En contact avec Fédération régionale"]);
        // Nobody answers in time: the contacts of the association the person was matched
        // with (verified), under the neutral line.
        let late = e.notice(session.clone(), HandoffNotice::NoAnswer, 4000);
        let said = texts(&late);
        assert_eq!(said[0], "Pas de réponse Fédération régionale");
        assert_eq!(said[1], "Contactez-la");
        assert!(said[2].starts_with("Assoc 33 (Bordeaux)\n"), "{said:?}");
        // Staff pass it to an association: its contacts are the fallback from then on.
        let moved = e.notice(
            session,
            HandoffNotice::Transferred {
                association: "a33".into(),
                name: None,
            },
            4000,
        );
        assert_eq!(texts(&moved), ["Passée à Assoc 33"]);
        let relay = moved.session.unwrap().relay.unwrap();
        assert_eq!(
            (relay.association.as_str(), relay.instead_of),
            ("a33", None)
        );
    }

    #[test]
    fn verified_contacts_come_under_contact_it_directly() {
        let e = engine();
        for notice in [
            no_desk(Some("a33")),
            HandoffNotice::DeskClosed {
                association: "a33".into(),
            },
            HandoffNotice::DeskFailed {
                association: "a33".into(),
            },
        ] {
            let shown = e.notice(asked(&e, Some("housing"), false), notice.clone(), 2000);
            let said = texts(&shown);
            assert_eq!(said[1], "Contactez-la", "{notice:?}: {said:?}");
            assert_eq!(cards(&shown), ["a33"]);
            let Some(Reply::ContactCard(card)) = shown.replies.get(2) else {
                panic!("the card right under it: {:?}", shown.replies);
            };
            let lines: Vec<String> = card.lines.iter().map(|l| strip_isolates(l)).collect();
            assert!(!card.to_complete && lines.contains(&"Tél. 05 00 00 00 00".into()));
            assert_eq!(said.last().map(String::as_str), Some("17 112"));
            assert!(!said.iter().any(|t| t.starts_with("Lignes :")), "{said:?}");
        }
    }

    #[test]
    fn without_a_verified_contact_the_national_lines_for_the_need() {
        let e = unverified();
        let lines = |need: Option<&str>, minor: bool, notice: HandoffNotice| {
            let shown = e.notice(asked(&e, need, minor), notice, 2000);
            // Never an empty card, never "contact it directly" above nothing.
            assert!(cards(&shown).is_empty(), "{:?}", shown.replies);
            let said = texts(&shown);
            assert!(!said.contains(&"Contactez-la".to_owned()), "{said:?}");
            said
        };
        let said = lines(Some("housing"), false, no_desk(Some("a33")));
        assert_eq!(
            said,
            [
                "Pas de bureau Assoc 33",
                "Assoc 33 à vérifier",
                "Lignes :\n115 abri\n116 006 atteintes\n3919 femmes\n17 112 114"
            ]
        );
        for need in ["safety", "talk"] {
            let said = lines(
                Some(need),
                false,
                HandoffNotice::DeskClosed {
                    association: "a33".into(),
                },
            );
            assert_eq!(
                said[1..],
                [
                    "Assoc 33 à vérifier",
                    "Lignes :\n116 006 atteintes\n3919 femmes\n17 112 114"
                ]
            );
        }
        // A minor: 119 first (housing too: 115 is adult shelter), 3018, Fil Santé Jeunes.
        for need in [Some("housing"), Some("talk"), None] {
            let said = lines(need, true, no_desk(Some("a33")));
            assert_eq!(
                said.last().map(String::as_str),
                Some("Lignes :\n119 jeunes\n3018 en ligne\nFSJ santé\n17 112 114"),
                "{need:?}"
            );
        }
        // No association at all: the lines, nothing about an association.
        let said = lines(Some("housing"), false, no_desk(None));
        assert_eq!(
            said,
            [
                "Aucune association",
                "Lignes :\n115 abri\n116 006 atteintes\n3919 femmes\n17 112 114"
            ]
        );
    }

    #[test]
    fn an_unanswered_request_without_verified_contacts_gets_the_lines_and_stays_open() {
        let e = unverified();
        let mut session = asked(&e, Some("talk"), false);
        session.relay = Some(Relay {
            ticket: "AAA-BBB".into(),
            association: "a33".into(),
            ..Relay::default()
        });
        let late = e.notice(session, HandoffNotice::NoAnswer, 4000);
        assert!(late.replies.iter().all(|r| matches!(r, Reply::Text(_))));
        assert_eq!(
            texts(&late),
            [
                "Pas de réponse Assoc 33",
                "Assoc 33 à vérifier",
                "Lignes :\n116 006 atteintes\n3919 femmes\n17 112 114",
                "Toujours ouverte"
            ]
        );
        assert!(late.session.unwrap().relay.is_some());
    }

    #[test]
    fn the_ticket_tells_staff_it_came_through_the_regional_desk() {
        let e = engine();
        let needs = vec!["money".to_owned()];
        let ticket = |regional| {
            e.desk_text(
                "fr",
                &DeskText::Ticket {
                    ticket: "AAA-BBB",
                    lang: "fr",
                    staff_read_it: true,
                    needs: &needs,
                    dept: Some("33"),
                    urgency: None,
                    message: None,
                    transferred_from: None,
                    regional,
                },
            )
        };
        assert!(
            ticket(Some(Some("Assoc 33"))).starts_with("Régional pour Assoc 33\n\nDemande AAA-BBB")
        );
        assert!(ticket(Some(None)).starts_with("Régional sans association\n\nDemande AAA-BBB"));
        assert!(ticket(None).starts_with("Demande AAA-BBB"));
    }
}
