//! The facts the bot tells, present in every language exactly: the Afis table and its 559 EUR
//! rule, the length of the pathway and its reviews, the residence permit, the RSA's years of
//! residence, and the emergency numbers (report:
//! shared/reference/psp-nouvelle-aquitaine-report-fr.txt; national numbers).

use fluent_bundle::FluentValue;
use passerelle::content::{Content, ContentFiles};
use passerelle::locale::fluent_args;
use passerelle::text::strip_isolates;

/// Afis per month: 330 EUR alone, then 102 EUR more per dependent child.
const AFIS_ALONE: i64 = 330;
const AFIS_PER_CHILD: i64 = 102;

fn content() -> Content {
    let (content, diagnostics) = Content::load(&ContentFiles::embedded());
    let errors: Vec<_> = diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "bundled content errors: {errors:#?}");
    content
}

/// A message as shown, with no-break spaces as spaces (a translator may use them in numbers).
fn shown(content: &Content, lang: &str, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    let args = fluent_args(args.iter().map(|(k, v)| ((*k).to_owned(), v.clone())));
    let args = (args.iter().count() > 0).then_some(&args);
    let text = content
        .locales
        .get(lang)
        .filter(|l| l.has_message(id))
        .and_then(|_| content.locales.format(lang, id, args))
        .unwrap_or_else(|| panic!("{lang}: `{id}` is missing"));
    strip_isolates(&text).replace(['\u{a0}', '\u{202f}'], " ")
}

/// Whether `number` appears in `text` as a whole number (not inside a longer one).
fn has_number(text: &str, number: &str) -> bool {
    text.match_indices(number).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + number.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit()) && !after.is_some_and(|c| c.is_ascii_digit())
    })
}

#[test]
fn every_language_tells_the_same_facts() {
    let content = content();
    let mut failures = Vec::new();
    let mut expect = |lang: &str, id: &str, text: &str, numbers: &[&str]| {
        for number in numbers {
            if !has_number(text, number) {
                failures.push(format!("{lang}: `{id}` should say {number}: {text}"));
            }
        }
    };
    for locale in content.locales.all() {
        let lang = locale.meta.tag.as_str();
        let table = shown(&content, lang, "pathway-afis-table", &[]);
        expect(
            lang,
            "pathway-afis-table",
            &table,
            &["330", "432", "534", "636", "102"],
        );
        for children in 0..=12_i64 {
            let amount = (AFIS_ALONE + AFIS_PER_CHILD * children).to_string();
            let text = shown(
                &content,
                lang,
                "pathway-afis-amount",
                &[("children", children.into())],
            );
            expect(
                lang,
                &format!("pathway-afis-amount ({children} children)"),
                &text,
                &[&amount],
            );
        }
        let review = shown(
            &content,
            lang,
            "pathway-step-review",
            &[("every", 6.into()), ("months", 24.into())],
        );
        expect(lang, "pathway-step-review", &review, &["6", "24"]);
        let after = shown(
            &content,
            lang,
            "pathway-after-end",
            &[("months", 24.into())],
        );
        expect(lang, "pathway-after-end", &after, &["24"]);
        for id in ["pathway-step-papers", "needs-papers-permit"] {
            expect(lang, id, &shown(&content, lang, id, &[]), &["6"]);
        }
        // Earning more than 559 EUR in the single month before a renewal stops the Afis for six
        // months (report, Section 3, Fiche 1).
        let rule = "pathway-afis-559";
        expect(lang, rule, &shown(&content, lang, rule, &[]), &["559", "6"]);
        let rsa = "pathway-after-rsa";
        expect(lang, rsa, &shown(&content, lang, rsa, &[]), &["5"]);
        for (id, number) in [
            ("safety-17", "17"),
            ("safety-112", "112"),
            ("safety-15", "15"),
            ("safety-115", "115"),
            ("safety-119", "119"),
            ("safety-3919", "3919"),
            ("safety-3018", "3018"),
            ("safety-116006", "116 006"),
            ("needs-housing-115", "115"),
            ("youth-help-119", "119"),
            ("youth-help-3018", "3018"),
            ("youth-help-fsj", "0 800 235 236"),
        ] {
            expect(lang, id, &shown(&content, lang, id, &[]), &[number]);
        }
        let sms = shown(&content, lang, "safety-sms", &[("number", "114".into())]);
        expect(lang, "safety-sms", &sms, &["114"]);
        // What stays off the phone bill, and the hours of the line for everyone.
        let hours = shown(&content, lang, "safety-more-hours", &[]);
        expect(lang, "safety-more-hours", &hours, &["115", "119", "3919"]);
        let victims = shown(&content, lang, "safety-116006", &[]);
        expect(lang, "safety-116006", &victims, &["9", "19"]);
        for id in ["safety-119", "youth-help-119", "youth-help-119-under-21"] {
            expect(lang, id, &shown(&content, lang, id, &[]), &["21"]);
        }
        // The fallback's national lines (issue #17): each number, with its hours where the
        // sources give them, for adults and young people alike.
        for register in ["adult", "youth"] {
            for (id, numbers) in [
                ("line-115", &["115"][..]),
                ("line-116006", &["116 006", "9", "19"]),
                ("line-3919", &["3919"]),
                ("line-119", &["119", "21"]),
                ("line-3018", &["3018"]),
                ("line-fsj", &["0 800 235 236", "12", "25"]),
                ("line-danger", &["17", "112", "114"]),
            ] {
                let text = shown(&content, lang, id, &[("register", register.into())]);
                expect(lang, &format!("{id} ({register})"), &text, numbers);
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
