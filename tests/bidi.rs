//! Right-to-left languages (issue #16): every message of a language written right to left,
//! formatted with sample arguments (every variant of every selector) and laid out by the Unicode
//! bidi algorithm in a right-to-left paragraph, shows its left-to-right tokens (commands, phone
//! numbers, Latin names, codes, links) intact (`/exit`, not `exit/`; `0 800 235 236`, not
//! `236 235 800 0`) and in reading order (right to left, except inside a left-to-right isolate).

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::LazyLock;

use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast;
use passerelle::content::{Content, ContentFiles};
use passerelle::locale::{Direction, defined_messages};
use regex::Regex;
use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};

/// A left-to-right token: an optional command sign, then Latin letters and digits, possibly
/// joined by punctuation (`cidff-16`, `https://…`, `9:00`) or by single spaces, no-break ones
/// included (`0 800 235 236`, `/transfer cidff-16`, `titre de séjour`).
static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[/!]?[\p{Latin}0-9]+(?:(?:[-./:@_+?=&#%~]+|[ \u{00A0}\u{202F}])[\p{Latin}0-9]+)*")
        .expect("the token pattern")
});

const LRI: char = '\u{2066}';
const RLI: char = '\u{2067}';
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// Sample values of the variables messages use. A message with a variable missing here fails the
/// test: add a realistic sample.
fn sample(name: &str) -> Option<FluentValue<'static>> {
    let number = |n: f64| Some(FluentValue::from(n));
    let text = |t: &'static str| Some(FluentValue::from(t));
    match name {
        "days" => number(3.0),
        "children" => number(2.0),
        "minutes" => number(30.0),
        "max" => number(2000.0),
        "min" => number(0.0),
        "every" => number(6.0),
        "months" => number(24.0),
        "number" => number(114.0),
        "association" => text("Amicale du Nid"),
        "desk" => text("Fédération régionale"),
        "ticket" => text("K7Q-F2M"),
        "name" => text("CIDFF de la Gironde"),
        "town" => text("Bordeaux"),
        "phone" => text("05 56 44 44 44"),
        "url" => text("https://example.org/contact"),
        "email" => text("contact@example.org"),
        "hours" => text("9:00-17:00"),
        "dept" => text("Gironde (33)"),
        "dept_name" => text("Gironde"),
        "lang" => text("العربية"),
        "languages" => text("Français، English"),
        "needs" => text("السكن، الصحة"),
        "urgency" => text("اليوم إن أمكن"),
        "text" => text("مرحبا"),
        "prefix" => text("رد:"),
        "channel" => text("telegram"),
        "audience" => text("adult"),
        "age_band" => text("teen"),
        "register" => text("adult"),
        "minor" => text("no"),
        _ => None,
    }
}

/// A number of each plural category (Arabic has them all).
fn plural_sample(category: &str) -> Option<f64> {
    Some(match category {
        "zero" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "few" => 3.0,
        "many" => 11.0,
        "other" => 100.0,
        _ => return None,
    })
}

/// Variables used in a pattern, and the keys of the variants each one selects.
fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeMap<String, Vec<String>>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(
    expression: &ast::Expression<&str>,
    out: &mut BTreeMap<String, Vec<String>>,
) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            if let ast::InlineExpression::VariableReference { id } = selector {
                let keys = out.entry(id.name.to_owned()).or_default();
                for variant in variants {
                    keys.push(match &variant.key {
                        ast::VariantKey::Identifier { name } => (*name).to_owned(),
                        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                    });
                }
            }
            for variant in variants {
                variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeMap<String, Vec<String>>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.entry(id.name.to_owned()).or_default();
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// The argument sets a message is formatted with: the samples, then each variant key of each
/// selector in turn.
fn argument_sets(
    id: &str,
    used: &BTreeMap<String, Vec<String>>,
) -> Vec<(String, FluentArgs<'static>)> {
    let base = |overridden: Option<(&str, FluentValue<'static>)>| {
        let mut args = FluentArgs::new();
        for name in used.keys() {
            let value = match &overridden {
                Some((over, value)) if over == name => value.clone(),
                _ => sample(name).unwrap_or_else(|| {
                    panic!("message {id} uses ${name}: add a sample value to tests/bidi.rs")
                }),
            };
            args.set(name.clone(), value);
        }
        args
    };
    let mut sets = vec![("samples".to_owned(), base(None))];
    for (name, keys) in used {
        let numeric = matches!(sample(name), Some(FluentValue::Number(_)));
        for key in keys {
            let value = match (key.parse::<f64>(), plural_sample(key)) {
                (Ok(n), _) => FluentValue::from(n),
                (_, Some(n)) if numeric => FluentValue::from(n),
                _ => FluentValue::from(key.clone()),
            };
            sets.push((format!("${name} = {key}"), base(Some((name, value)))));
        }
    }
    sets
}

/// A token of a paragraph: its characters' indices (in the paragraph) and the isolates it sits in
/// (their initiators' indices, outermost first).
struct Token {
    text: String,
    chars: std::ops::Range<usize>,
    isolates: Vec<usize>,
}

/// Whether the isolate opened at `start` lays out left to right (LRI, or an FSI whose first
/// strong letter is left to right or that has none).
fn isolate_is_ltr(chars: &[char], start: usize) -> bool {
    match chars[start] {
        LRI => true,
        RLI => false,
        _ => {
            let mut depth = 0;
            for &c in &chars[start + 1..] {
                match c {
                    LRI | RLI | FSI => depth += 1,
                    PDI if depth == 0 => return true,
                    PDI => depth -= 1,
                    _ if depth == 0 => match bidi_class(c) {
                        BidiClass::L => return true,
                        BidiClass::R | BidiClass::AL => return false,
                        _ => {}
                    },
                    _ => {}
                }
            }
            true
        }
    }
}

/// What is wrong with the left-to-right tokens of one paragraph laid out right to left.
fn paragraph_problems(paragraph: &str) -> Vec<String> {
    let chars: Vec<char> = paragraph.chars().collect();
    let info = BidiInfo::new(paragraph, Some(Level::rtl()));
    let Some(para) = info.paragraphs.first() else {
        return Vec::new();
    };
    let levels = info.reordered_levels_per_char(para, para.range.clone());
    // visual[i] is the logical index of the i-th character from the left.
    let visual = BidiInfo::reorder_visual(&levels);
    let mut position = vec![0; chars.len()];
    for (at, &logical) in visual.iter().enumerate() {
        position[logical] = at;
    }
    let shown: String = visual
        .iter()
        .map(|&i| chars[i])
        .filter(|c| {
            !matches!(
                *c,
                LRI | RLI | FSI | PDI | '\u{200E}' | '\u{200F}' | '\u{061C}'
            )
        })
        .collect();

    // Tokens, with the isolates open where each starts.
    let byte_to_char: BTreeMap<usize, usize> = paragraph
        .char_indices()
        .enumerate()
        .map(|(i, (byte, _))| (byte, i))
        .collect();
    let mut open = Vec::new();
    let mut open_at = Vec::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        open_at.push(open.clone());
        match c {
            LRI | RLI | FSI => open.push(i),
            PDI => {
                open.pop();
            }
            _ => {}
        }
    }
    let tokens: Vec<Token> = TOKEN
        .find_iter(paragraph)
        .map(|m| {
            let start = byte_to_char[&m.start()];
            let end = start + m.as_str().chars().count();
            Token {
                text: m.as_str().to_owned(),
                chars: start..end,
                isolates: open_at[start].clone(),
            }
        })
        .collect();

    let mut problems = Vec::new();
    for token in &tokens {
        let intact = token
            .chars
            .clone()
            .zip(token.chars.clone().skip(1))
            .all(|(a, b)| position[b] == position[a] + 1);
        if !intact {
            problems.push(format!("`{}` is not shown as it is written", token.text));
        }
    }
    for (i, first) in tokens.iter().enumerate() {
        for second in &tokens[i + 1..] {
            // The context both are read in: the innermost isolate holding both, or the paragraph.
            let common = first
                .isolates
                .iter()
                .zip(&second.isolates)
                .take_while(|(a, b)| a == b)
                .last()
                .map(|(a, _)| *a);
            let ltr = common.is_some_and(|start| isolate_is_ltr(&chars, start));
            let (first_left, first_right) = (
                position[first.chars.start].min(position[first.chars.end - 1]),
                position[first.chars.start].max(position[first.chars.end - 1]),
            );
            let (second_left, second_right) = (
                position[second.chars.start].min(position[second.chars.end - 1]),
                position[second.chars.start].max(position[second.chars.end - 1]),
            );
            let in_order = if ltr {
                first_right < second_left
            } else {
                second_right < first_left
            };
            if !in_order {
                problems.push(format!(
                    "`{}` and `{}` are not shown in reading order ({})",
                    first.text,
                    second.text,
                    if ltr {
                        "left to right"
                    } else {
                        "right to left"
                    }
                ));
            }
        }
    }
    if !problems.is_empty() {
        problems.push(format!("shown, from the left: {shown}"));
    }
    problems
}

#[test]
fn left_to_right_tokens_read_in_order_in_every_right_to_left_message() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = ContentFiles::from_dir(root).expect("the content");
    let (content, _) = Content::load(&files);
    let mut checked_tokens = 0;
    let mut problems = Vec::new();
    let rtl: Vec<_> = content
        .locales
        .all()
        .iter()
        .filter(|l| l.meta.direction == Direction::Rtl)
        .collect();
    assert!(
        rtl.iter().any(|l| l.meta.tag == "ar"),
        "Arabic is right to left"
    );
    for locale in rtl {
        let tag = &locale.meta.tag;
        let mut used_by_id = BTreeMap::new();
        for file in &locale.files {
            for entry in file.resource.entries() {
                if let ast::Entry::Message(message) = entry
                    && let Some(pattern) = &message.value
                {
                    let mut used = BTreeMap::new();
                    variables(pattern, &mut used);
                    used_by_id.insert(message.id.name.to_owned(), used);
                }
            }
        }
        for id in defined_messages(locale).keys() {
            let used = used_by_id.get(id).cloned().unwrap_or_default();
            for (variant, args) in argument_sets(id, &used) {
                let text = content
                    .locales
                    .format(tag, id, Some(&args))
                    .unwrap_or_else(|| panic!("{tag}: {id} formats"));
                for paragraph in text.split('\n') {
                    checked_tokens += TOKEN.find_iter(paragraph).count();
                    for problem in paragraph_problems(paragraph) {
                        problems.push(format!("{tag} {id} ({variant}): {problem}"));
                    }
                }
            }
        }
    }
    // Not vacuous: Arabic messages hold many commands, numbers and Latin names.
    assert!(checked_tokens > 200, "{checked_tokens} tokens");
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

/// The checker itself: a command shown reversed and numbers shown in the wrong order are found,
/// isolates fix both, and a left-to-right isolate reads left to right.
#[test]
fn the_bidi_check_finds_what_it_should() {
    assert!(!paragraph_problems("اكتبوا /exit للمسح.").is_empty());
    assert!(paragraph_problems("اكتبوا \u{2066}/exit\u{2069} للمسح.").is_empty());
    assert!(!paragraph_problems("الرقم 0 800 235 236 مجاني.").is_empty());
    assert!(paragraph_problems("الرقم \u{2066}0 800 235 236\u{2069} مجاني.").is_empty());
    // A Latin word before a number: both would read as one left-to-right phrase.
    assert!(!paragraph_problems("عبر رسالة SMS: 114.").is_empty());
    assert!(paragraph_problems("عبر رسالة \u{2066}SMS\u{2069}: 114.").is_empty());
    assert!(paragraph_problems("المقاطعة \u{2068}Gironde (33)\u{2069}.").is_empty());
    assert!(paragraph_problems("17 أو 112، و115.").is_empty());
}
