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
