//! `passerelle pictograms sheet|board`, through the real binary.

mod support;

use support::Bot;

/// Width and height written in a PNG's header.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "a PNG signature");
    let be = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
    (be(16), be(20))
}

#[test]
fn the_contact_sheet_shows_every_bundled_pictogram() {
    let bot = Bot::bundled();
    let out = bot.tmp.path().join("sheet.png");
    let run = bot.run(&["pictograms", "sheet", "--out", out.to_str().unwrap()], "");
    run.assert_code(0).assert_no_panic();
    let png = std::fs::read(&out).expect("the sheet is written");
    let catalogue =
        std::fs::read_to_string(support::repo_root().join("pictograms/catalogue.toml")).unwrap();
    let count = catalogue.lines().filter(|l| l.starts_with('[')).count() as u32;
    // Six columns of 176 px, rows of 200 px.
    assert_eq!(
        png_size(&png),
        (6 * 176, count.div_ceil(6) * 200),
        "{count} pictograms"
    );
    assert!(run.text().contains("sheet.png"), "{}", run.text());
}

#[test]
fn the_board_of_a_node_has_one_cell_per_choice() {
    let bot = Bot::new();
    let out = bot.tmp.path().join("board.png");
    let run = bot.run(
        &[
            "pictograms",
            "board",
            "--node",
            "welcome:menu",
            "--out",
            out.to_str().unwrap(),
        ],
        "",
    );
    run.assert_code(0).assert_no_panic();
    // The fixture's menu has four choices: a 2×2 board of 256 px cells.
    assert_eq!(png_size(&std::fs::read(&out).unwrap()), (512, 512));
}

#[test]
fn board_errors_are_clear() {
    let bot = Bot::new();
    let out = bot.tmp.path().join("board.png");
    let out = out.to_str().unwrap();
    let run = bot.run(&["pictograms", "board", "--node", "menu", "--out", out], "");
    run.assert_code(2).assert_no_panic();
    assert!(
        run.stderr_plain()
            .contains("--node menu: write it as flow:node, like welcome:menu"),
        "{}",
        run.stderr_plain()
    );
    let run = bot.run(
        &[
            "pictograms",
            "board",
            "--node",
            "welcome:nowhere",
            "--out",
            out,
        ],
        "",
    );
    run.assert_code(2);
    assert!(
        run.stderr_plain()
            .contains("--node welcome:nowhere: no such node"),
        "{}",
        run.stderr_plain()
    );
    let run = bot.run(
        &[
            "pictograms",
            "sheet",
            "--out",
            "/proc/no/such/dir/sheet.png",
        ],
        "",
    );
    run.assert_code(2);
    assert!(
        run.stderr_plain()
            .contains("cannot write /proc/no/such/dir/sheet.png"),
        "{}",
        run.stderr_plain()
    );
}

/// The horizontal centre of a colour's pixels in an image, in pixels from the left.
fn centre_of(image: &resvg::tiny_skia::Pixmap, [r, g, b]: [u8; 3]) -> f32 {
    let (mut sum, mut count) = (0.0, 0.0);
    for y in 0..image.height() {
        for x in 0..image.width() {
            let p = image.pixel(x, y).expect("a pixel").demultiply();
            let near = |a: u8, b: u8| a.abs_diff(b) < 24;
            if p.alpha() > 200 && near(p.red(), r) && near(p.green(), g) && near(p.blue(), b) {
                sum += x as f32;
                count += 1.0;
            }
        }
    }
    assert!(count > 50.0, "the colour is drawn");
    sum / count
}

/// Issue #16: the arrow back points the way a line is read. In Arabic (written right to left,
/// as its meta.toml says) it is the French drawing mirrored: its head on the right.
#[test]
fn the_arabic_back_is_the_mirror_of_the_french_one() {
    use passerelle::content::{Content, ContentFiles};
    use passerelle::pictogram::render;

    let (content, _) = Content::load(&ContentFiles::embedded());
    let direction = |lang: &str| content.locales.get(lang).expect(lang).meta.direction;
    let back = content.pictograms.get("back").expect("the back pictogram");
    let side = 128;
    let french = render(back, side, direction("fr")).expect("drawn");
    let arabic = render(back, side, direction("ar")).expect("drawn");
    // Pixel by pixel, the Arabic one is the French one read from the right (edges are smoothed
    // a little differently either way).
    let mut differ = 0;
    let mut differ_unmirrored = 0;
    for y in 0..side {
        for x in 0..side {
            let a = arabic.pixel(x, y).expect("a pixel");
            let far = |p: resvg::tiny_skia::PremultipliedColorU8| {
                [
                    a.red().abs_diff(p.red()),
                    a.green().abs_diff(p.green()),
                    a.blue().abs_diff(p.blue()),
                    a.alpha().abs_diff(p.alpha()),
                ]
                .into_iter()
                .any(|d| d > 16)
            };
            differ += usize::from(far(french.pixel(side - 1 - x, y).expect("a pixel")));
            differ_unmirrored += usize::from(far(french.pixel(x, y).expect("a pixel")));
        }
    }
    let pixels = (side * side) as usize;
    assert!(differ * 200 < pixels, "{differ} of {pixels} pixels differ");
    assert!(
        differ_unmirrored * 20 > pixels,
        "the drawing is not symmetric"
    );
    // The arrowhead (the accent colour) is on the left in French, on the right in Arabic.
    let accent = [0x45, 0x7b, 0x9d];
    assert!(centre_of(&french, accent) < side as f32 / 2.0);
    assert!(centre_of(&arabic, accent) > side as f32 / 2.0);
}

/// Issue #16: the "friend" who "protects" is not drawn with the shield of real protection (the
/// picture would approve what the text warns against), and the exit pathway is not the scales of
/// the courts. Wherever they are shown, as a node or as a choice, they have their own pictogram.
#[test]
fn a_so_called_protector_and_the_exit_pathway_are_not_the_shield_or_the_scales() {
    use passerelle::content::{Content, ContentFiles};
    use passerelle::flow::NodeRef;

    let (content, _) = Content::load(&ContentFiles::embedded());
    let wrong = ["protection", "rights"];
    let check = |what: String, pictogram: Option<&str>| {
        let id = pictogram.unwrap_or_else(|| panic!("{what} shows a pictogram"));
        assert!(!wrong.contains(&id), "{what} shows `{id}`");
        let drawn = content.pictograms.get(id).and_then(|p| p.tree.as_ref());
        assert!(drawn.is_some(), "{what}: `{id}` is drawn");
    };
    for (flow, node) in [
        ("youth", "friend"),
        ("youth", "quiz-3"),
        ("pathway", "intro"),
    ] {
        let found = content
            .flows
            .node(&NodeRef::new(flow, node))
            .unwrap_or_else(|| panic!("{flow}:{node}"));
        check(format!("{flow}:{node}"), found.pictogram.as_deref());
    }
    let mut choices = 0;
    for (at, node) in content.flows.nodes() {
        for choice in &node.choices {
            if [
                "youth-choice-friend",
                "needs-choice-pathway",
                "pathway-choice-steps",
            ]
            .contains(&choice.text.as_str())
            {
                choices += 1;
                check(
                    format!("{at}: {}", choice.text),
                    choice.pictogram.as_deref(),
                );
            }
        }
    }
    assert!(choices >= 4, "{choices} choices found");
    // The shield stays for real protection: leaving, being safe.
    let safety = content.flows.node(&NodeRef::new("needs", "safety"));
    assert_eq!(
        safety.and_then(|n| n.pictogram.as_deref()),
        Some("protection")
    );
}
