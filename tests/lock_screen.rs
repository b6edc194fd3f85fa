//! S6 (issue #16, "Lock screens"): what the bot sends unasked, after the person's last message
//! (a staff reply, the fallback after no answer, a transfer, a close, an expiry), lights up the
//! phone, and a watched phone's lock screen shows its first line. Over the bundled content, in
//! every language and for every channel's wording, each such notice is one message whose first
//! line and first 60 characters name no association and say nothing telling, as neutral as the
//! bot's own first line; the association's name may come later, and does where it is needed.

use passerelle::content::{Content, ContentFiles};
use passerelle::engine::{Engine, HandoffNotice, Outcome, Relay, Reply, ReplyPrefix, Session};
use passerelle::text::strip_isolates;

/// The relay's association, renamed as telling as a name can be.
const ASSOCIATION: &str = "ceid-33";
const TELLING_NAME: &str = "SOS Violences Conjugales";
/// Another association, for the transfer.
const OTHER: &str = "cidff-16";
const OTHER_NAME: &str = "Prostitution Accueil Police";
const TICKET: &str = "K7Q-F2M";
/// What a lock screen shows of a message, at least: its first line, or this many characters.
const PREVIEW_CHARS: usize = 60;
/// The `$channel` values texts are written for.
const CHANNELS: [Option<&str>; 4] = [
    Some("telegram"),
    Some("matrix"),
    Some("matrix-no-redact"),
    None,
];

/// Words (lower case; a word's start is enough) that tell a watcher what the conversation is
/// about, by language.
fn telling_words(lang: &str) -> &'static [&'static str] {
    match lang {
        "fr" => &[
            "violence",
            "conjugal",
            "prostitu",
            "police",
            "gendarm",
            "danger",
            "urgence",
            "victime",
            "viol",
            "plainte",
            "association",
            "secours",
            "abus",
            "agress",
            "proxén",
        ],
        "en" => &[
            "violence",
            "abuse",
            "prostitut",
            "police",
            "danger",
            "emergency",
            "victim",
            "rape",
            "domestic",
            "traffick",
            "association",
            "assault",
            "complaint",
        ],
        "es" => &[
            "violencia",
            "prostitu",
            "policía",
            "peligro",
            "urgencia",
            "emergencia",
            "víctima",
            "violación",
            "denuncia",
            "asociación",
            "maltrato",
            "abuso",
            "explotación",
        ],
        "pt-BR" => &[
            "violência",
            "prostitu",
            "polícia",
            "perigo",
            "urgência",
            "emergência",
            "vítima",
            "estupro",
            "denúncia",
            "associação",
            "abuso",
            "tráfico",
        ],
        "ro" => &[
            "violen",
            "prostitu",
            "poliți",
            "pericol",
            "urgen",
            "victim",
            "viol",
            "plângere",
            "asociați",
            "abuz",
            "trafic",
        ],
        "bg" => &[
            "насили",
            "проститу",
            "полиц",
            "опасност",
            "спешн",
            "жертв",
            "изнасил",
            "организаци",
            "злоупотреб",
            "трафик",
        ],
        "ar" => &[
            "عنف",
            "دعارة",
            "شرطة",
            "خطر",
            "طوارئ",
            "ضحي",
            "اغتصاب",
            "جمعية",
            "شكوى",
            "اتجار",
            "إساءة",
        ],
        other => panic!("no telling words for {other}: add them"),
    }
}

/// The emergency numbers: on a lock screen, they say what the conversation is about.
const NUMBERS: [&str; 6] = ["17", "112", "114", "115", "119", "3919"];

/// What a preview would give away, if anything.
fn reveals(lang: &str, preview: &str) -> Option<String> {
    let folded = preview.to_lowercase();
    for name in [TELLING_NAME, OTHER_NAME, "CEID", "CIDFF"] {
        if folded.contains(&name.to_lowercase()) {
            return Some(format!("the name {name}"));
        }
    }
    if let Some(word) = telling_words(lang).iter().find(|w| folded.contains(*w)) {
        return Some(format!("the word {word}"));
    }
    folded
        .split(|c: char| !c.is_alphanumeric())
        .find(|token| NUMBERS.contains(token))
        .map(|number| format!("the number {number}"))
}

/// The preview of a message: its first line, and its first characters across lines.
fn previews(message: &str) -> [String; 2] {
    let message = strip_isolates(message);
    let message = message.trim_start();
    [
        message.lines().next().unwrap_or_default().to_owned(),
        message.chars().take(PREVIEW_CHARS).collect(),
    ]
}

fn engine() -> Engine {
    let (mut content, diagnostics) = Content::load(&ContentFiles::embedded());
    assert!(diagnostics.iter().all(|d| !d.is_error()), "{diagnostics:?}");
    for (id, name) in [(ASSOCIATION, TELLING_NAME), (OTHER, OTHER_NAME)] {
        content
            .directory
            .associations
            .iter_mut()
            .find(|a| a.id == id)
            .unwrap_or_else(|| panic!("{id} in the directory"))
            .name = name.to_owned();
    }
    Engine::new(content)
}

/// One notice of every kind, as the hub sends them.
fn every_notice() -> Vec<HandoffNotice> {
    vec![
        HandoffNotice::Opened {
            ticket: TICKET.into(),
            association: ASSOCIATION.into(),
            staff_languages: vec!["fr".into()],
            until: 90_000,
            name: None,
            instead_of: None,
        },
        HandoffNotice::NoDesk {
            association: Some(ASSOCIATION.into()),
        },
        HandoffNotice::DeskClosed {
            association: ASSOCIATION.into(),
        },
        HandoffNotice::DeskFailed {
            association: ASSOCIATION.into(),
        },
        HandoffNotice::StaffWords {
            text: "Bonjour, on peut se parler demain matin ?".into(),
            until: 90_000,
            prefix: ReplyPrefix::default(),
        },
        HandoffNotice::StaffClosed,
        HandoffNotice::Transferred {
            association: OTHER.into(),
            name: None,
        },
        HandoffNotice::NoAnswer,
        HandoffNotice::Undelivered,
        HandoffNotice::Gone,
        HandoffNotice::Expired {
            ticket: TICKET.into(),
        },
    ]
}

/// Every kind, by name: a new kind of notice fails to compile here, until it is added to
/// [`every_notice`] (and, if the hub sends it unasked, its text is made neutral).
fn kind(notice: &HandoffNotice) -> &'static str {
    match notice {
        HandoffNotice::Opened { .. } => "opened",
        HandoffNotice::NoDesk { .. } => "no-desk",
        HandoffNotice::DeskClosed { .. } => "desk-closed",
        HandoffNotice::DeskFailed { .. } => "desk-failed",
        HandoffNotice::StaffWords { .. } => "staff-words",
        HandoffNotice::StaffClosed => "staff-closed",
        HandoffNotice::Transferred { .. } => "transferred",
        HandoffNotice::NoAnswer => "no-answer",
        HandoffNotice::Undelivered => "undelivered",
        HandoffNotice::Gone => "gone",
        HandoffNotice::Expired { .. } => "expired",
    }
}

/// A person in a relay with the association, in a language, on a channel.
fn relaying(engine: &Engine, lang: &str, channel: Option<&str>) -> Session {
    let mut session = engine.session_in(lang).expect("a language");
    session.channel = channel.map(str::to_owned);
    session.relay = Some(Relay {
        ticket: TICKET.into(),
        association: ASSOCIATION.into(),
        ..Relay::default()
    });
    session.keep_until = Some(90_000);
    session
}

/// The outcome as one message, the way Matrix joins it (Telegram too, for texts only).
fn as_one_message(outcome: &Outcome) -> String {
    outcome
        .replies
        .iter()
        .filter_map(|r| match r {
            Reply::Text(text) => Some(strip_isolates(text)),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[test]
fn the_check_tells_a_telling_preview_from_a_neutral_one() {
    assert_eq!(
        reveals("fr", "SOS Violences Conjugales : bonjour").as_deref(),
        Some("the name SOS Violences Conjugales")
    );
    assert!(
        reveals(
            "en",
            "Nobody from the shelter has answered: in danger, call"
        )
        .is_some()
    );
    assert!(reveals("fr", "En cas de besoin : 17 ou 112").is_some());
    assert!(reveals("ar", "لم يرد أحد من الجمعية بعد").is_some());
    assert_eq!(reveals("fr", "Réponse : à demain 17h30"), None);
    // The bot's own first line, the yardstick, passes in every language.
    let engine = engine();
    for locale in engine.content().locales.all() {
        let lang = locale.meta.tag.as_str();
        let hello = engine
            .content()
            .locales
            .format(lang, "welcome-hello", None)
            .expect("welcome-hello");
        for preview in previews(&hello) {
            assert_eq!(reveals(lang, &preview), None, "{lang}: {hello}");
        }
    }
}

#[test]
fn every_unasked_notice_starts_neutral_in_every_language() {
    let engine = engine();
    let notices = every_notice();
    let kinds: std::collections::BTreeSet<&str> = notices.iter().map(kind).collect();
    assert_eq!(kinds.len(), notices.len(), "one sample per kind");
    let unasked: Vec<&str> = notices.iter().filter(|n| n.unasked()).map(kind).collect();
    // What the hub sends with no message from the person (`Hub::tell_person`).
    assert_eq!(
        unasked,
        [
            "staff-words",
            "staff-closed",
            "transferred",
            "no-answer",
            "expired"
        ]
    );
    let languages: Vec<String> = engine
        .content()
        .locales
        .all()
        .iter()
        .map(|l| l.meta.tag.clone())
        .collect();
    assert_eq!(languages.len(), 7, "{languages:?}");
    let mut problems = Vec::new();
    for lang in &languages {
        for channel in CHANNELS {
            for notice in notices.iter().filter(|n| n.unasked()) {
                let what = format!("{lang}, {channel:?}, {}", kind(notice));
                let outcome = engine.notice(relaying(&engine, lang, channel), notice.clone(), 1000);
                // One message: a card, an image or buttons would be a message of its own on
                // Telegram, with its own preview.
                assert!(!outcome.replies.is_empty(), "{what}: says something");
                for reply in &outcome.replies {
                    if !matches!(reply, Reply::Text(_)) {
                        problems.push(format!("{what}: not a text: {reply:?}"));
                    }
                }
                let message = as_one_message(&outcome);
                for preview in previews(&message) {
                    if let Some(found) = reveals(lang, &preview) {
                        problems.push(format!("{what}: {found} in «{preview}»"));
                    }
                }
                // The name is still said, further on, where the person needs it.
                let named = match kind(notice) {
                    "transferred" => Some(OTHER_NAME),
                    "no-answer" => Some(TELLING_NAME),
                    _ => None,
                };
                if let Some(name) = named {
                    assert!(message.contains(name), "{what}: {name} later in {message}");
                }
                #[cfg(feature = "telegram")]
                {
                    use passerelle::channel::telegram::outgoing::plan;
                    let planned = plan(&outcome, "");
                    if planned.len() != 1 || planned[0].image.is_some() {
                        problems.push(format!("{what}: not one text on Telegram: {planned:?}"));
                    }
                    for sent in &planned {
                        for preview in previews(&sent.html) {
                            if let Some(found) = reveals(lang, &preview) {
                                problems.push(format!("{what}: Telegram: {found} in «{preview}»"));
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_staff_reply_starts_with_the_neutral_prefix_or_the_operators() {
    let engine = engine();
    let words = "Bonjour, on peut se parler demain matin ?";
    let reply = |lang: &str, prefix: ReplyPrefix| {
        let notice = HandoffNotice::StaffWords {
            text: words.into(),
            until: 90_000,
            prefix,
        };
        let outcome = engine.notice(relaying(&engine, lang, Some("telegram")), notice, 1000);
        as_one_message(&outcome)
    };
    for (lang, default) in [
        ("fr", "Réponse :"),
        ("en", "Reply:"),
        ("es", "Respuesta:"),
        ("pt-BR", "Resposta:"),
        ("ro", "Răspuns:"),
        ("bg", "Отговор:"),
        ("ar", "رد:"),
    ] {
        let shown = reply(lang, ReplyPrefix::default());
        assert!(shown.starts_with(default), "{lang}: {shown}");
        assert!(shown.ends_with(words), "{lang}: {shown}");
        assert!(!shown.contains(TELLING_NAME), "{lang}: {shown}");
    }
    let mut chosen = ReplyPrefix {
        all: Some("Message".into()),
        ..ReplyPrefix::default()
    };
    chosen.by_language.insert("en".into(), "Note:".into());
    assert_eq!(reply("fr", chosen.clone()), format!("Message {words}"));
    assert_eq!(reply("en", chosen), format!("Note: {words}"));
}
