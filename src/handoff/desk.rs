//! Staff desks: where each association receives warm handoffs (a Matrix room or a Telegram
//! group), when someone is there, which languages staff read, and the desk's own language.

use std::collections::BTreeMap;
use std::fmt;

use jiff::Timestamp;
use jiff::civil::Time;
use jiff::tz::TimeZone;
use serde::Deserialize;
use thiserror::Error;

use crate::content::Content;
use crate::engine::ReplyPrefix;

/// A desk as written in the config file (`[[handoff.desk]]`), before it is checked.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DeskSettings {
    /// The association's id in the directory.
    pub association: String,
    /// `matrix` or `telegram`.
    pub channel: String,
    /// The Matrix room id (`!abc:example.org`) or the Telegram group's chat id (`-100…`).
    pub room: String,
    /// When staff are there: `always`, or for example `mon-fri 09:00-17:00, sat 10:00-12:00`.
    #[serde(default = "always")]
    pub hours: String,
    /// Languages staff read (language tags of the bundled locales).
    #[serde(default)]
    pub staff_languages: Vec<String>,
    /// The language of the texts the bot writes in the desk.
    #[serde(default = "french")]
    pub language: String,
    /// A regional desk: the départements it takes requests for when the association a person
    /// was matched with cannot take one itself (no desk, closed, unreachable).
    #[serde(default)]
    pub covers: Option<Covers>,
    /// A regional desk's public name, for a body the directory does not list (a federation
    /// running the bot): what the person reads. An association's own desk takes its name from
    /// the directory.
    #[serde(default)]
    pub name: Option<String>,
    /// Whether a regional desk takes requests from people under 18 (default: only an
    /// association the directory knows to receive them).
    #[serde(default)]
    pub minors: Option<bool>,
    /// The line in the config file, for error messages (set by the loader).
    #[serde(skip)]
    pub line: usize,
}

impl Default for DeskSettings {
    fn default() -> Self {
        Self {
            association: String::new(),
            channel: String::new(),
            room: String::new(),
            hours: always(),
            staff_languages: Vec::new(),
            language: french(),
            covers: None,
            name: None,
            minors: None,
            line: 0,
        }
    }
}

/// `covers` as written: `"region"`, or a list of département codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Covers {
    /// A word (only `region` is one: every département of the directory).
    Word(String),
    /// Département codes.
    Codes(Vec<String>),
}

impl<'de> Deserialize<'de> for Covers {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Covers;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("\"region\", or a list of département codes such as [\"33\", \"40\"]")
            }
            fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Self::Value, E> {
                Ok(Covers::Word(value.to_owned()))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Self::Value, A::Error> {
                let mut codes = Vec::new();
                while let Some(code) = seq.next_element::<String>()? {
                    codes.push(code);
                }
                Ok(Covers::Codes(codes))
            }
        }
        deserializer.deserialize_any(Visit)
    }
}

fn always() -> String {
    "always".into()
}

fn french() -> String {
    crate::locale::SOURCE_LANGUAGE.into()
}

/// Where a desk lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeskChannel {
    /// A Matrix room; staff answer in the ticket's thread.
    Matrix,
    /// A Telegram group; staff answer as a reply to the ticket.
    Telegram,
}

impl DeskChannel {
    /// The channel's name (as in pseudonyms and addresses).
    pub fn name(self) -> &'static str {
        match self {
            Self::Matrix => "matrix",
            Self::Telegram => "telegram",
        }
    }
}

/// A checked desk.
#[derive(Debug, Clone, PartialEq)]
pub struct Desk {
    /// The association's directory id.
    pub association: String,
    /// Its public name (from the directory).
    pub name: String,
    /// Where it lives.
    pub channel: DeskChannel,
    /// The room or group id on that channel.
    pub room: String,
    /// When staff are there.
    pub hours: OpeningHours,
    /// Languages staff read.
    pub staff_languages: Vec<String>,
    /// The language of ticket texts.
    pub language: String,
    /// As a regional desk, the départements it takes requests for when the association a
    /// person was matched with cannot (empty: an association's own desk only).
    pub covers: Vec<String>,
    /// As a regional desk, whether it takes requests from people under 18.
    pub minors: bool,
    /// Whether the directory lists it (else its name is the config's `name`).
    pub listed: bool,
}

impl Desk {
    /// Its name when the directory does not list it (a regional desk's `name`): the person's
    /// conversation keeps it, since only the hub knows the config.
    pub fn unlisted_name(&self) -> Option<String> {
        (!self.listed).then(|| self.name.clone())
    }
}

/// Why the desks in the config cannot be used.
#[derive(Debug, Error, PartialEq)]
#[error("{}", self.describe())]
pub struct DeskError {
    /// The line of the desk in the config file.
    pub line: usize,
    /// The association it names.
    pub association: String,
    /// What is wrong.
    pub message: String,
}

impl DeskError {
    fn describe(&self) -> String {
        if self.association.is_empty() {
            self.message.clone()
        } else {
            format!("desk of `{}`: {}", self.association, self.message)
        }
    }
}

/// Every desk, by association.
#[derive(Debug, Clone, Default)]
pub struct Desks {
    by_association: BTreeMap<String, Desk>,
    /// The regional desks' associations, in the config's order.
    regional: Vec<String>,
    time_zone: Option<TimeZone>,
}

impl Desks {
    /// Checks desks against the content (associations and languages) and the channels this
    /// build has; every problem is reported, with its line.
    pub fn check(
        settings: &[DeskSettings],
        time_zone: &str,
        content: &Content,
    ) -> Result<Self, Vec<DeskError>> {
        let mut errors = Vec::new();
        let zone = match TimeZone::get(time_zone) {
            Ok(zone) => Some(zone),
            Err(_) => {
                errors.push(DeskError {
                    line: 0,
                    association: String::new(),
                    message: format!(
                        "time_zone = \"{time_zone}\" is not a time zone (write for example \"Europe/Paris\")"
                    ),
                });
                None
            }
        };
        let mut by_association = BTreeMap::new();
        let mut regional_order = Vec::new();
        let mut rooms = BTreeMap::new();
        for raw in settings {
            let error = |message: String| DeskError {
                line: raw.line,
                association: raw.association.clone(),
                message,
            };
            let listed = content.directory.association(&raw.association);
            let regional = raw.covers.is_some();
            let covers = match raw.covers.as_ref().map(|c| covered(c, content)) {
                None => Vec::new(),
                Some(Ok(codes)) => codes,
                Some(Err(message)) => {
                    errors.push(error(message));
                    continue;
                }
            };
            let name = match (listed, raw.name.as_deref().map(str::trim)) {
                (Some(association), None) => association.name.clone(),
                (Some(association), Some(_)) => {
                    errors.push(error(format!(
                        "the directory names it ({}): remove `name`, which is for a regional desk of a body the directory does not list",
                        association.name
                    )));
                    continue;
                }
                (None, Some("")) if regional => {
                    errors.push(error(
                        "name = \"\": write the name a person reads, such as \"Fédération régionale\"".into(),
                    ));
                    continue;
                }
                (None, Some(name)) if regional => name.to_owned(),
                (None, Some(_)) => {
                    errors.push(error(
                        "no association has this id in the directory (see `directory/*.toml`); `name` is for a regional desk, which also says which départements it covers (`covers`)".into(),
                    ));
                    continue;
                }
                (None, None) if regional => {
                    errors.push(error(
                        "no association has this id in the directory: a regional desk of a body the directory does not list (a federation) needs `name`, the name a person reads".into(),
                    ));
                    continue;
                }
                (None, None) => {
                    errors.push(error(
                        "no association has this id in the directory (see `directory/*.toml`)"
                            .into(),
                    ));
                    continue;
                }
            };
            if raw.minors.is_some() && !regional {
                errors.push(error(
                    "`minors` is for a regional desk (with `covers`): whether an association receives people under 18 is the directory's to say (a contact of kind \"minors\")".into(),
                ));
                continue;
            }
            // A regional desk takes a minor's request only when it says so, or when the
            // directory knows the association receives people under 18.
            let minors = raw
                .minors
                .unwrap_or_else(|| listed.is_some_and(|a| a.sees_minors() == Some(true)));
            let channel = match raw.channel.as_str() {
                "matrix" => DeskChannel::Matrix,
                "telegram" => DeskChannel::Telegram,
                other => {
                    errors.push(error(format!(
                        "channel = \"{other}\": use \"matrix\" or \"telegram\""
                    )));
                    continue;
                }
            };
            if let Err(message) = check_room(channel, &raw.room) {
                errors.push(error(message));
                continue;
            }
            let hours = match OpeningHours::parse(&raw.hours) {
                Ok(hours) => hours,
                Err(message) => {
                    errors.push(error(format!("hours = \"{}\": {message}", raw.hours)));
                    continue;
                }
            };
            let mut languages = Vec::new();
            for tag in raw.staff_languages.iter().chain([&raw.language]) {
                match content.locales.by_name_or_tag(tag) {
                    Some(known) => languages.push(known.to_owned()),
                    None => errors.push(error(format!(
                        "`{tag}` is not one of the bot's languages ({})",
                        content.locales.tag_list()
                    ))),
                }
            }
            let Some(language) = languages.pop() else {
                continue;
            };
            if by_association.contains_key(&raw.association) {
                errors.push(error("a second desk for the same association".into()));
                continue;
            }
            if let Some(other) = rooms.insert((channel, raw.room.clone()), raw.association.clone())
            {
                errors.push(error(format!(
                    "the same room as the desk of `{other}`: each association needs its own"
                )));
                continue;
            }
            if regional {
                regional_order.push(raw.association.clone());
            }
            by_association.insert(
                raw.association.clone(),
                Desk {
                    association: raw.association.clone(),
                    name,
                    channel,
                    room: raw.room.clone(),
                    hours,
                    staff_languages: languages,
                    language,
                    covers,
                    minors,
                    listed: listed.is_some(),
                },
            );
        }
        if errors.is_empty() {
            Ok(Self {
                by_association,
                regional: regional_order,
                time_zone: zone,
            })
        } else {
            Err(errors)
        }
    }

    /// The desk of an association.
    pub fn of(&self, association: &str) -> Option<&Desk> {
        self.by_association.get(association)
    }

    /// The desk living in a room.
    pub fn in_room(&self, channel: DeskChannel, room: &str) -> Option<&Desk> {
        self.by_association
            .values()
            .find(|d| d.channel == channel && d.room == room)
    }

    /// Every desk.
    pub fn all(&self) -> impl Iterator<Item = &Desk> {
        self.by_association.values()
    }

    /// The regional desks that cover a département and take this person's request (under 18:
    /// only those that receive minors), staff who read the person's language first, then in
    /// the config's order.
    pub fn regional_for(&self, dept: &str, lang: &str, minor: bool) -> Vec<&Desk> {
        let mut found: Vec<&Desk> = self
            .regional
            .iter()
            .filter_map(|id| self.by_association.get(id))
            .filter(|d| d.covers.iter().any(|c| c == dept))
            .filter(|d| d.minors || !minor)
            .collect();
        found.sort_by_key(|d| !d.staff_languages.iter().any(|l| l == lang));
        found
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.by_association.is_empty()
    }

    /// Whether staff are at a desk at `now` (seconds since the Unix epoch).
    pub fn is_open(&self, desk: &Desk, now: u64) -> bool {
        let zone = self.time_zone.clone().unwrap_or(TimeZone::UTC);
        desk.hours.is_open_at(now, &zone)
    }
}

/// The départements `covers` names, checked against the directory.
fn covered(covers: &Covers, content: &Content) -> Result<Vec<String>, String> {
    let departements = &content.directory.departements;
    let known = || departements.keys().cloned().collect::<Vec<_>>().join(", ");
    match covers {
        Covers::Word(word) if word.trim().eq_ignore_ascii_case("region") => {
            Ok(departements.keys().cloned().collect())
        }
        Covers::Word(word) => Err(format!(
            "covers = \"{word}\": write \"region\" (every département of the directory) or a list of codes such as [\"33\", \"40\"]"
        )),
        Covers::Codes(codes) if codes.is_empty() => Err(
            "covers = []: list the départements this desk takes requests for, such as [\"33\", \"40\"], or write \"region\"".into(),
        ),
        Covers::Codes(codes) => {
            let unknown: Vec<&str> = codes
                .iter()
                .map(|c| c.trim())
                .filter(|c| !departements.contains_key(*c))
                .collect();
            if !unknown.is_empty() {
                let list: Vec<String> = unknown.iter().map(|c| format!("`{c}`")).collect();
                let verb = if unknown.len() == 1 { "is" } else { "are" };
                return Err(format!(
                    "covers: {} {verb} not a département of the directory (it has {})",
                    list.join(", "),
                    known()
                ));
            }
            let mut out: Vec<String> = Vec::new();
            for code in codes.iter().map(|c| c.trim().to_owned()) {
                if !out.contains(&code) {
                    out.push(code);
                }
            }
            Ok(out)
        }
    }
}

/// The longest reply prefix, in characters: a word or two, so that the lock screen shows the
/// staff's words after it, not a sentence of ours.
pub const MAX_REPLY_PREFIX_CHARS: usize = 24;

/// `[handoff] reply_prefix` as written in the config file, before it is checked against the
/// content: one prefix for every language, and/or one per language.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReplyPrefixSettings {
    /// For every language (`reply_prefix = "Message :"`).
    pub all: Option<LanguagePrefix>,
    /// Per language (`[handoff.reply_prefix]` with `fr = "Réponse :"`).
    pub by_language: Vec<LanguagePrefix>,
}

/// One prefix as written, with its place in the config file.
#[derive(Debug, Clone, PartialEq)]
pub struct LanguagePrefix {
    /// The language as written (a tag or a name); empty for every language.
    pub language: String,
    /// The prefix.
    pub prefix: String,
    /// Its line in the config file.
    pub line: usize,
}

/// Whether a prefix is usable on its own (the config loader asks, with the file's place):
/// something short, on one line.
pub fn check_prefix_text(prefix: &str) -> Result<(), String> {
    let advice = "write a word that reads as ordinary on a lock screen, such as \"Message :\", or remove the key to use each language's default";
    if prefix.trim().is_empty() {
        return Err(format!("the reply prefix is empty: {advice}"));
    }
    if prefix.chars().any(char::is_control) {
        return Err(format!(
            "the reply prefix holds a line break or a control character: {advice}"
        ));
    }
    let chars = prefix.trim().chars().count();
    if chars > MAX_REPLY_PREFIX_CHARS {
        return Err(format!(
            "the reply prefix has {chars} characters, more than {MAX_REPLY_PREFIX_CHARS}: {advice}"
        ));
    }
    Ok(())
}

impl ReplyPrefixSettings {
    /// Checks the languages against the content, and that no prefix names an association (a
    /// watcher would read it on the lock screen); every problem is reported, with its line.
    pub fn check(&self, content: &Content) -> Result<ReplyPrefix, Vec<DeskError>> {
        let mut errors = Vec::new();
        let error = |line: usize, message: String| DeskError {
            line,
            association: String::new(),
            message,
        };
        let names = |written: &LanguagePrefix| -> Option<String> {
            let prefix = written.prefix.to_lowercase();
            content
                .directory
                .associations
                .iter()
                .find(|a| {
                    [&a.name, &a.id]
                        .iter()
                        .any(|n| holds_words(&prefix, &n.to_lowercase()))
                })
                .map(|a| a.name.clone())
        };
        let mut checked = ReplyPrefix::default();
        for written in self.all.iter().chain(&self.by_language) {
            if let Err(message) = check_prefix_text(&written.prefix) {
                errors.push(error(written.line, message));
                continue;
            }
            if let Some(name) = names(written) {
                errors.push(error(
                    written.line,
                    format!(
                        "reply_prefix = \"{}\" names {name}: a watched phone's lock screen would show it; write a neutral word such as \"Message :\"",
                        written.prefix
                    ),
                ));
                continue;
            }
            let prefix = written.prefix.trim().to_owned();
            if written.language.is_empty() {
                checked.all = Some(prefix);
                continue;
            }
            match content.locales.by_name_or_tag(&written.language) {
                Some(tag) => {
                    checked.by_language.insert(tag.to_owned(), prefix);
                }
                None => errors.push(error(
                    written.line,
                    format!(
                        "reply_prefix: `{}` is not one of the bot's languages ({})",
                        written.language,
                        content.locales.tag_list()
                    ),
                )),
            }
        }
        if errors.is_empty() {
            Ok(checked)
        } else {
            Err(errors)
        }
    }
}

/// Whether `text` holds `words` as whole words (`aem` in "AEM :", not in "Maem").
fn holds_words(text: &str, words: &str) -> bool {
    if words.is_empty() {
        return false;
    }
    text.match_indices(words).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + words.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn check_room(channel: DeskChannel, room: &str) -> Result<(), String> {
    match channel {
        DeskChannel::Matrix => {
            // Room versions up to 11 write `!opaque:server`; version 12 drops the server part.
            let ok = room.len() > 1 && room.starts_with('!') && !room.contains(char::is_whitespace);
            if ok {
                Ok(())
            } else {
                Err(format!(
                    "room = \"{room}\": a Matrix room id starts with \"!\", such as \"!abcdef:example.org\" (room settings > advanced); an alias (#…) will not do"
                ))
            }
        }
        DeskChannel::Telegram => match room.parse::<i64>() {
            Ok(id) if id < 0 => Ok(()),
            _ => Err(format!(
                "room = \"{room}\": a Telegram group's chat id is a negative number such as \"-1001234567890\""
            )),
        },
    }
}

/// When staff are at a desk, in the desks' time zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpeningHours {
    /// Always (a desk watched day and night).
    Always,
    /// Open in these spans.
    Spans(Vec<Span>),
}

/// One opening span: days of the week, from a time to a time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// Days it applies to (Monday = 1 … Sunday = 7).
    pub days: Vec<i8>,
    /// Opening time.
    pub from: Time,
    /// Closing time (after `from`).
    pub to: Time,
}

const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

impl OpeningHours {
    /// Reads `always` or spans such as `mon-fri 09:00-17:00, sat 10:00-12:30`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("always") {
            return Ok(Self::Always);
        }
        let mut spans = Vec::new();
        for part in text
            .split([',', ';'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            let (days, times) = part.split_once(char::is_whitespace).ok_or_else(|| {
                format!("`{part}`: write days then times, for example `mon-fri 09:00-17:00`")
            })?;
            let days = parse_days(days.trim())?;
            let (from, to) = times
                .trim()
                .split_once('-')
                .ok_or_else(|| format!("`{part}`: times are written `09:00-17:00`"))?;
            let from = parse_time(from)?;
            let to = parse_time(to)?;
            if to <= from {
                return Err(format!(
                    "`{part}`: the closing time must come after the opening time"
                ));
            }
            spans.push(Span { days, from, to });
        }
        if spans.is_empty() {
            return Err("write `always` or spans such as `mon-fri 09:00-17:00`".into());
        }
        Ok(Self::Spans(spans))
    }

    /// Whether it is open at `now` (seconds since the Unix epoch) in a time zone.
    pub fn is_open_at(&self, now: u64, zone: &TimeZone) -> bool {
        let spans = match self {
            Self::Always => return true,
            Self::Spans(spans) => spans,
        };
        let Ok(seconds) = i64::try_from(now) else {
            return false;
        };
        let Ok(instant) = Timestamp::from_second(seconds) else {
            return false;
        };
        let local = instant.to_zoned(zone.clone());
        let day = local.weekday().to_monday_one_offset();
        let time = local.time();
        spans
            .iter()
            .any(|s| s.days.contains(&day) && s.from <= time && time < s.to)
    }
}

impl fmt::Display for OpeningHours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Always => f.write_str("always"),
            Self::Spans(spans) => {
                let parts: Vec<String> = spans
                    .iter()
                    .map(|s| {
                        let days: Vec<&str> = s
                            .days
                            .iter()
                            .filter_map(|d| DAY_NAMES.get(usize::try_from(*d - 1).ok()?))
                            .copied()
                            .collect();
                        format!(
                            "{} {}-{}",
                            days.join(","),
                            s.from.strftime("%H:%M"),
                            s.to.strftime("%H:%M")
                        )
                    })
                    .collect();
                f.write_str(&parts.join(", "))
            }
        }
    }
}

fn parse_day(name: &str) -> Result<i8, String> {
    DAY_NAMES
        .iter()
        .position(|d| d.eq_ignore_ascii_case(name))
        .and_then(|i| i8::try_from(i + 1).ok())
        .ok_or_else(|| format!("`{name}` is not a day (mon, tue, wed, thu, fri, sat, sun)"))
}

fn parse_days(text: &str) -> Result<Vec<i8>, String> {
    let mut days = Vec::new();
    for item in text.split('+') {
        match item.split_once('-') {
            Some((first, last)) => {
                let (first, last) = (parse_day(first)?, parse_day(last)?);
                if last < first {
                    return Err(format!("`{item}`: write the days in week order (mon-fri)"));
                }
                days.extend(first..=last);
            }
            None => days.push(parse_day(item)?),
        }
    }
    Ok(days)
}

fn parse_time(text: &str) -> Result<Time, String> {
    let text = text.trim();
    let (hours, minutes) = text
        .split_once(':')
        .ok_or_else(|| format!("`{text}` is not a time (write 09:00)"))?;
    let hours: i8 = hours
        .parse()
        .map_err(|_| format!("`{text}` is not a time (write 09:00)"))?;
    let minutes: i8 = minutes
        .parse()
        .map_err(|_| format!("`{text}` is not a time (write 09:00)"))?;
    if hours == 24 && minutes == 0 {
        return Ok(Time::MAX);
    }
    Time::new(hours, minutes, 0, 0).map_err(|_| format!("`{text}` is not a time of day"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paris() -> TimeZone {
        TimeZone::get("Europe/Paris").unwrap()
    }

    /// Seconds of a civil time in Paris.
    fn at(civil: &str) -> u64 {
        let zoned = civil
            .parse::<jiff::civil::DateTime>()
            .unwrap()
            .to_zoned(paris())
            .unwrap();
        u64::try_from(zoned.timestamp().as_second()).unwrap()
    }

    #[test]
    fn opening_hours_follow_days_times_and_summer_time() {
        let hours = OpeningHours::parse("mon-fri 09:00-17:00, sat 10:00-12:30").unwrap();
        // Monday 2026-11-30.
        assert!(hours.is_open_at(at("2026-11-30T09:00"), &paris()));
        assert!(!hours.is_open_at(at("2026-11-30T08:59"), &paris()));
        assert!(!hours.is_open_at(at("2026-11-30T17:00"), &paris()));
        assert!(hours.is_open_at(at("2026-12-05T12:00"), &paris()));
        assert!(
            !hours.is_open_at(at("2026-12-06T11:00"), &paris()),
            "Sunday"
        );
        // In July Paris is UTC+2: 07:30 UTC is 09:30 there.
        let july = u64::try_from(
            "2026-07-06T07:30:00Z"
                .parse::<Timestamp>()
                .unwrap()
                .as_second(),
        )
        .unwrap();
        assert!(hours.is_open_at(july, &paris()));
        assert!(
            OpeningHours::parse("always")
                .unwrap()
                .is_open_at(0, &paris())
        );
        assert_eq!(
            hours.to_string(),
            "mon,tue,wed,thu,fri 09:00-17:00, sat 10:00-12:30"
        );
        assert!(OpeningHours::parse("mon+thu 14:00-24:00").is_ok());
    }

    #[test]
    fn bad_hours_say_what_is_wrong() {
        for (text, expected) in [
            ("monday 09:00-17:00", "is not a day"),
            ("mon-fri 9h-17h", "is not a time"),
            ("mon-fri 17:00-09:00", "after the opening time"),
            ("fri-mon 09:00-17:00", "week order"),
            ("mon-fri", "write days then times"),
            ("", "write `always`"),
        ] {
            let error = OpeningHours::parse(text).unwrap_err();
            assert!(error.contains(expected), "{text}: {error}");
        }
    }

    #[test]
    fn reply_prefixes_are_checked_against_the_content() {
        let (content, _) = Content::load(&crate::content::ContentFiles::embedded());
        let written = |language: &str, prefix: &str, line: usize| LanguagePrefix {
            language: language.into(),
            prefix: prefix.into(),
            line,
        };
        let settings = ReplyPrefixSettings {
            all: Some(written("", "Message", 2)),
            by_language: vec![written("English", "Note:", 4), written("ar", "رسالة:", 5)],
        };
        let checked = settings.check(&content).unwrap();
        assert_eq!(checked.for_language("en"), Some("Note:"));
        assert_eq!(checked.for_language("ar"), Some("رسالة:"));
        assert_eq!(checked.for_language("fr"), Some("Message"));
        assert_eq!(
            ReplyPrefixSettings::default()
                .check(&content)
                .unwrap()
                .for_language("fr"),
            None
        );
        // An unknown language, and a prefix naming an association, each at its line.
        let settings = ReplyPrefixSettings {
            all: None,
            by_language: vec![written("klingon", "Message", 3), written("fr", "CEID :", 4)],
        };
        let errors = settings.check(&content).unwrap_err();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert_eq!(errors[0].line, 3);
        assert!(
            errors[0]
                .to_string()
                .contains("`klingon` is not one of the bot's languages"),
            "{}",
            errors[0]
        );
        assert_eq!(errors[1].line, 4);
        assert!(
            errors[1].to_string().contains("names CEID"),
            "{}",
            errors[1]
        );
        assert!(holds_words("ceid :", "ceid") && !holds_words("maem", "aem"));
        assert!(check_prefix_text("Réponse :").is_ok());
        assert!(check_prefix_text(&"x".repeat(MAX_REPLY_PREFIX_CHARS + 1)).is_err());
    }

    /// A desk as the config loader gives it, at a line.
    fn written(association: &str, room: &str, line: usize) -> DeskSettings {
        DeskSettings {
            association: association.into(),
            channel: "telegram".into(),
            room: room.into(),
            line,
            ..DeskSettings::default()
        }
    }

    #[test]
    fn regional_desks_cover_departements_and_say_whom_they_take() {
        let (content, _) = Content::load(&crate::content::ContentFiles::embedded());
        let federation = DeskSettings {
            covers: Some(Covers::Word("region".into())),
            name: Some(" Fédération régionale ".into()),
            staff_languages: vec!["en".into()],
            ..written("federation-na", "-1001", 3)
        };
        let minors = DeskSettings {
            covers: Some(Covers::Codes(vec!["33".into(), "40".into(), "33".into()])),
            minors: Some(true),
            staff_languages: vec!["fr".into()],
            ..written("ceid-33", "-1002", 9)
        };
        let desks = Desks::check(
            &[federation, minors, written("cidff-16", "-1003", 15)],
            "Europe/Paris",
            &content,
        )
        .unwrap();
        let federation = desks.of("federation-na").unwrap();
        assert_eq!(federation.name, "Fédération régionale");
        assert_eq!(
            federation.unlisted_name().as_deref(),
            Some("Fédération régionale")
        );
        assert_eq!(
            federation.covers.len(),
            content.directory.departements.len()
        );
        assert!(
            !federation.minors,
            "a body outside the directory takes minors only if it says so"
        );
        let ceid = desks.of("ceid-33").unwrap();
        assert_eq!(ceid.covers, ["33", "40"]);
        assert_eq!(ceid.unlisted_name(), None);
        let ids = |found: Vec<&Desk>| -> Vec<String> {
            found.into_iter().map(|d| d.association.clone()).collect()
        };
        // The config's order, but staff who read the person's language first.
        assert_eq!(
            ids(desks.regional_for("33", "fr", false)),
            ["ceid-33", "federation-na"]
        );
        assert_eq!(
            ids(desks.regional_for("33", "en", false)),
            ["federation-na", "ceid-33"]
        );
        assert_eq!(ids(desks.regional_for("33", "fr", true)), ["ceid-33"]);
        assert_eq!(
            ids(desks.regional_for("16", "fr", false)),
            ["federation-na"]
        );
        assert!(desks.regional_for("16", "fr", true).is_empty());
        assert!(desks.regional_for("75", "fr", false).is_empty());
        assert!(desks.of("cidff-16").unwrap().covers.is_empty());
    }

    #[test]
    fn bad_regional_desks_are_refused_at_their_line() {
        let (content, _) = Content::load(&crate::content::ContentFiles::embedded());
        let cases = [
            (
                DeskSettings {
                    covers: Some(Covers::Word("everywhere".into())),
                    ..written("ceid-33", "-1001", 2)
                },
                "covers = \"everywhere\": write \"region\"",
            ),
            (
                DeskSettings {
                    covers: Some(Covers::Codes(vec!["33".into(), "75".into(), "2B".into()])),
                    ..written("ceid-33", "-1002", 3)
                },
                "covers: `75`, `2B` are not a département of the directory",
            ),
            (
                DeskSettings {
                    covers: Some(Covers::Codes(Vec::new())),
                    ..written("ceid-33", "-1003", 4)
                },
                "covers = []",
            ),
            (
                DeskSettings {
                    covers: Some(Covers::Word("region".into())),
                    ..written("federation-na", "-1004", 5)
                },
                "needs `name`, the name a person reads",
            ),
            (
                DeskSettings {
                    name: Some("Fédération".into()),
                    ..written("federation-nb", "-1005", 6)
                },
                "`name` is for a regional desk",
            ),
            (
                DeskSettings {
                    covers: Some(Covers::Word("region".into())),
                    name: Some("Autre nom".into()),
                    ..written("cidff-16", "-1006", 7)
                },
                "the directory names it (CIDFF",
            ),
            (
                DeskSettings {
                    minors: Some(true),
                    ..written("arsl-87", "-1007", 8)
                },
                "`minors` is for a regional desk",
            ),
            (
                DeskSettings {
                    covers: Some(Covers::Word("region".into())),
                    name: Some("  ".into()),
                    ..written("federation-nc", "-1008", 9)
                },
                "name = \"\"",
            ),
        ];
        let settings: Vec<DeskSettings> = cases.iter().map(|(s, _)| s.clone()).collect();
        let errors = Desks::check(&settings, "Europe/Paris", &content).unwrap_err();
        assert_eq!(errors.len(), cases.len(), "{errors:?}");
        for (error, (written, expected)) in errors.iter().zip(&cases) {
            assert_eq!(error.line, written.line, "{error}");
            assert!(error.to_string().contains(expected), "{error}");
        }
    }

    #[test]
    fn rooms_are_checked_per_channel() {
        assert!(check_room(DeskChannel::Matrix, "!abc:example.org").is_ok());
        assert!(check_room(DeskChannel::Matrix, "!Nl6Iy1XKxq8zWbqL3oD7uFhJ").is_ok());
        assert!(check_room(DeskChannel::Matrix, "#desk:example.org").is_err());
        assert!(check_room(DeskChannel::Matrix, "!").is_err());
        assert!(check_room(DeskChannel::Telegram, "-1001234").is_ok());
        assert!(check_room(DeskChannel::Telegram, "1234").is_err());
    }
}
