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
