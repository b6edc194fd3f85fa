//! The schools kit, with the real binary: `passerelle link` prints a link whose QR code (read back
//! with a QR-reading crate) is that link; `passerelle poster` renders an A4 poster in every
//! language whose text fits and whose QR code reads back; bad options get clear errors. The
//! Telegram side (the link's payload opening the youth path) is in `tests/telegram.rs`.

mod support;

use std::path::Path;

use passerelle::content::{Content, ContentFiles};
use passerelle::kit::poster::{Fonts, check_fits};
use resvg::tiny_skia::Pixmap;
use support::{Run, SecretMode, base_command, run_command};

/// A config naming the bot on both channels, with one published campaign.
fn config(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("passerelle.toml");
    std::fs::write(
        &path,
        "data_dir = \"data\"\ncampaigns = [\"lycee2026\"]\n[telegram]\nusername = \"passerelle_bot\"\n[matrix]\nuser = \"@passerelle:example.org\"\n",
    )
    .expect("config");
    path
}

fn passerelle(dir: &Path, args: &[&str]) -> Run {
    let mut command = base_command(SecretMode::Test);
    command.arg("--config").arg(config(dir)).args(args);
    run_command(command, b"")
}

/// Every QR code found in a PNG, decoded.
fn read_qr_codes(png: &Path) -> Vec<String> {
    let bytes = std::fs::read(png).expect("png");
    let pixmap = Pixmap::decode_png(&bytes).expect("a PNG");
    let (width, height) = (pixmap.width() as usize, pixmap.height() as usize);
    let pixels = pixmap.pixels();
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        let p = pixels[y * width + x].demultiply();
        // Transparent is paper.
        if p.alpha() < 128 {
            255
        } else {
            ((u16::from(p.red()) + u16::from(p.green()) + u16::from(p.blue())) / 3) as u8
        }
    });
    image
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect()
}

#[test]
fn a_link_and_its_qr_code_read_back() {
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join("lycee-qr");
    let run = passerelle(
        dir.path(),
        &[
            "link",
            "--channel",
            "telegram",
            "--audience",
            "youth",
            "--lang",
            "fr",
            "--dept",
            "33",
            "--campaign",
            "lycee2026",
            "--out",
            out.to_str().expect("path"),
        ],
    );
    run.assert_code(0);
    let link = run.stdout.trim().to_owned();
    assert_eq!(
        link,
        "https://t.me/passerelle_bot?start=l-fr_d-33_a-youth_c-lycee2026"
    );
    let payload = link.split_once("start=").expect("a payload").1;
    assert!(payload.len() <= 64);
    assert!(
        payload
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    );
    let svg = std::fs::read_to_string(out.with_extension("svg")).expect("the SVG");
    assert!(svg.starts_with("<svg") && svg.contains("<path"));
    assert_eq!(read_qr_codes(&out.with_extension("png")), vec![link]);

    // Matrix: a matrix.to link to the bot, and a note that it cannot carry the path.
    let run = passerelle(
        dir.path(),
        &[
            "link",
            "--channel",
            "matrix",
            "--audience",
            "student",
            "--lang",
            "en",
        ],
    );
    run.assert_code(0);
    assert_eq!(
        run.stdout.trim(),
        "https://matrix.to/#/@passerelle:example.org"
    );
    assert!(
        run.stderr.contains("cannot choose the language"),
        "{}",
        run.stderr
    );
}

#[test]
fn bad_options_get_clear_errors() {
    let dir = tempfile::tempdir().expect("dir");
    let base = ["link", "--channel", "telegram", "--audience", "youth"];
    for (extra, expected) in [
        (
            vec!["--lang", "xx"],
            "--lang xx: not one of the bot's languages (fr, ar, bg, en, es, pt-BR, ro)",
        ),
        (
            vec!["--lang", "fr", "--dept", "75"],
            "--dept 75: not a département of the directory (16, 17, 19, 23, 24, 33, 40, 47, 64, 79, 86, 87)",
        ),
        (
            vec![
                "--lang",
                "fr",
                "--campaign",
                "a-very-long-campaign-code-2026",
            ],
            "--campaign a-very-long-campaign-code-2026: a campaign code is 1 to 24 letters and digits",
        ),
        (
            vec!["--lang", "fr", "--campaign", "x".repeat(25).leak()],
            "a campaign code is 1 to 24 letters and digits",
        ),
    ] {
        let args: Vec<&str> = base.iter().copied().chain(extra).collect();
        let run = passerelle(dir.path(), &args);
        assert_ne!(run.code(), Some(0), "{args:?}");
        assert!(run.stderr.contains(expected), "{args:?}: {}", run.stderr);
    }
    // An unknown audience or channel: clap names the choices.
    let run = passerelle(
        dir.path(),
        &[
            "link",
            "--channel",
            "signal",
            "--audience",
            "youth",
            "--lang",
            "fr",
        ],
    );
    assert_ne!(run.code(), Some(0));
    assert!(
        run.stderr.contains("[possible values: telegram, matrix]"),
        "{}",
        run.stderr
    );
    // No bot name in the config.
    let mut command = base_command(SecretMode::Test);
    command.args([
        "link",
        "--channel",
        "telegram",
        "--audience",
        "youth",
        "--lang",
        "fr",
    ]);
    let run = run_command(command, b"");
    assert_ne!(run.code(), Some(0));
    assert!(
        run.stderr
            .contains("no Telegram bot username: set `username"),
        "{}",
        run.stderr
    );
    // A campaign that is valid but not published: a note, still a link.
    let run = passerelle(
        dir.path(),
        &[
            "link",
            "--channel",
            "telegram",
            "--audience",
            "youth",
            "--lang",
            "fr",
            "--campaign",
            "mjc2026",
        ],
    );
    run.assert_code(0);
    assert!(
        run.stderr.contains("counts as \"(unlisted)\""),
        "{}",
        run.stderr
    );
}

#[test]
fn the_poster_renders_and_fits_in_every_language_and_its_qr_code_reads_back() {
    let dir = tempfile::tempdir().expect("dir");
    let fonts = Fonts::system().expect("fonts");
    let (content, _) = Content::load(&ContentFiles::embedded());
    let mut sets: Vec<String> = content
        .locales
        .all()
        .iter()
        .map(|l| l.meta.tag.clone())
        .collect();
    sets.push("fr,en,es,bg,ro,ar,pt-BR".into());
    for (i, langs) in sets.iter().enumerate() {
        let audience = ["youth", "student", "adult"][i % 3];
        let out = dir.path().join(format!("poster-{i}"));
        let run = passerelle(
            dir.path(),
            &[
                "poster",
                "--channel",
                "telegram",
                "--audience",
                audience,
                "--lang",
                langs,
                "--dept",
                "87",
                "--out",
                out.to_str().expect("path"),
            ],
        );
        run.assert_code(0);
        let link = run.stdout.trim().to_owned();
        let first = langs.split(',').next().expect("a language");
        assert_eq!(
            link,
            format!("https://t.me/passerelle_bot?start=l-{first}_d-87_a-{audience}")
        );
        let svg = std::fs::read_to_string(out.with_extension("svg")).expect("the SVG");
        // Every text is drawn and inside the page, as measured by the fonts that draw it.
        let texts = check_fits(&fonts, &svg).unwrap_or_else(|e| panic!("{langs}: {e}"));
        let languages = langs.split(',').count();
        // Five messages per language (more when wrapped), and the link.
        assert!(texts > 5 * languages, "{langs}: {texts} texts");
        for lang in langs.split(',') {
            let minors = content
                .locales
                .format(lang, "poster-minors", None)
                .expect("the contacts for minors");
            assert!(minors.contains("119") && minors.contains("3018"));
            assert!(svg.contains(&format!("xml:lang=\"{lang}\"")), "{lang}");
        }
        assert!(svg.contains(&link), "the link in clear");
        let png = out.with_extension("png");
        let pixmap = Pixmap::decode_png(&std::fs::read(&png).expect("png")).expect("a PNG");
        assert_eq!(
            (pixmap.width(), pixmap.height()),
            (2480, 3508),
            "A4 at 300 dpi"
        );
        assert_eq!(read_qr_codes(&png), vec![link], "{langs}");
    }
}

/// An adult poster in one language for a channel, drawn by the binary: its SVG.
fn adult_poster(dir: &Path, channel: &str, lang: &str) -> String {
    let out = dir.join(format!("poster-{channel}-{lang}"));
    let run = passerelle(
        dir,
        &[
            "poster",
            "--channel",
            channel,
            "--audience",
            "adult",
            "--lang",
            lang,
            "--out",
            out.to_str().expect("path"),
        ],
    );
    run.assert_code(0);
    std::fs::read_to_string(out.with_extension("svg")).expect("the SVG")
}

/// The poster says only what is true of the channel it points to: Telegram needs its app,
/// Matrix an account; neither poster claims that no account is needed.
#[test]
fn the_poster_says_what_its_channel_needs() {
    let dir = tempfile::tempdir().expect("dir");
    let tags = regex::Regex::new(r"<[^>]*>").expect("pattern");
    for (channel, needs, lang) in [
        ("telegram", "l'application Telegram", "fr"),
        ("matrix", "un compte Matrix", "fr"),
        ("telegram", "the Telegram app", "en"),
        ("matrix", "a Matrix account", "en"),
    ] {
        let svg = adult_poster(dir.path(), channel, lang);
        // The words drawn, lines joined (a sentence may wrap), XML entities read.
        let text = tags
            .replace_all(&svg, " ")
            .replace("&apos;", "'")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            text.contains(needs),
            "{channel} {lang}: {needs} not in the poster"
        );
        for untrue in ["créer un compte", "create an account"] {
            assert!(!text.contains(untrue), "{channel} {lang}: says {untrue}");
        }
    }
}

#[test]
fn a_poster_with_an_unknown_language_or_too_many_is_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join("poster");
    let run = passerelle(
        dir.path(),
        &[
            "poster",
            "--channel",
            "telegram",
            "--audience",
            "youth",
            "--lang",
            "fr,xx",
            "--out",
            out.to_str().expect("path"),
        ],
    );
    assert_ne!(run.code(), Some(0));
    assert!(
        run.stderr
            .contains("--lang xx: not one of the bot's languages"),
        "{}",
        run.stderr
    );
    assert!(!out.with_extension("svg").exists() && !out.with_extension("png").exists());
    // Too many languages for type that reads on a wall: refused rather than printed tiny.
    let run = passerelle(
        dir.path(),
        &[
            "poster",
            "--channel",
            "telegram",
            "--audience",
            "adult",
            "--lang",
            "fr,en,es,bg,ro,ar,pt-BR,fr,en,es",
            "--out",
            out.to_str().expect("path"),
        ],
    );
    assert_ne!(run.code(), Some(0));
    assert!(run.stderr.contains("use fewer languages"), "{}", run.stderr);
    assert!(!out.with_extension("svg").exists());
}

/// The drawn glyphs of each line of a poster: the line's text and, for each visible glyph, its
/// text and left edge, as the fonts lay them out.
fn laid_out_lines(fonts: &Fonts, svg: &str) -> Vec<(String, Vec<(String, f32)>)> {
    fn visit(group: &resvg::usvg::Group, out: &mut Vec<(String, Vec<(String, f32)>)>) {
        for node in group.children() {
            match node {
                resvg::usvg::Node::Text(text) => {
                    let line: String = text.chunks().iter().map(|c| c.text()).collect();
                    let glyphs = text
                        .layouted()
                        .iter()
                        .flat_map(|span| &span.positioned_glyphs)
                        .filter(|g| {
                            g.text
                                .chars()
                                .any(|c| c.is_alphanumeric() || c.is_ascii_punctuation())
                        })
                        .map(|g| (g.text.clone(), g.transform().tx))
                        .collect();
                    out.push((line, glyphs));
                }
                resvg::usvg::Node::Group(group) => visit(group, out),
                _ => {}
            }
        }
    }
    let tree = fonts.parse(svg).expect("the poster parses");
    let mut out = Vec::new();
    visit(tree.root(), &mut out);
    out
}

/// Issue #16: Arabic lines are laid out right to left, so that the colon or full stop that ends
/// one is drawn at its left end (where an Arabic sentence ends), not at its right as in French.
#[test]
fn the_poster_draws_arabic_lines_right_to_left() {
    let dir = tempfile::tempdir().expect("dir");
    let fonts = Fonts::system().expect("fonts");
    let mut ends_checked = 0;
    for (lang, rtl) in [("ar", true), ("fr", false)] {
        let svg = adult_poster(dir.path(), "telegram", lang);
        let arabic = |s: &str| s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
        for (line, glyphs) in laid_out_lines(&fonts, &svg) {
            if arabic(&line) != rtl || glyphs.len() < 2 {
                continue;
            }
            let Some(end) = line
                .trim_end_matches(|c: char| {
                    c.is_whitespace() || ('\u{2066}'..='\u{2069}').contains(&c)
                })
                .chars()
                .last()
                .filter(|c| matches!(c, ':' | '.'))
            else {
                continue;
            };
            // The glyph drawn furthest left (Arabic) or right (French).
            let by_x = |a: &&(String, f32), b: &&(String, f32)| a.1.total_cmp(&b.1);
            let outer = if rtl {
                glyphs.iter().min_by(by_x)
            } else {
                glyphs.iter().max_by(by_x)
            };
            let side = if rtl { "left" } else { "right" };
            assert!(
                outer.is_some_and(|(text, _)| text.ends_with(end)),
                "{lang}: `{end}` is not drawn at the {side} end of {line:?}: {glyphs:?}"
            );
            ends_checked += 1;
        }
    }
    // Not vacuous: the scan line ends with a colon and the description with a full stop, in
    // both languages.
    assert!(ends_checked >= 4, "{ends_checked} line ends checked");
}
