//! Pictograms: every bundled one renders at every size, has its alt text everywhere; boards
//! compose; bad files are reported with their file.

use resvg::tiny_skia::{Color, Pixmap};

use super::board::{BADGE_INK, CELL, PICTOGRAM_OFFSET, PICTOGRAM_SIDE};
use super::render::draw;
use super::*;
use crate::check::check;
use crate::content::ContentFiles;
use crate::locale::Direction;

fn bundled() -> crate::content::Content {
    check(&ContentFiles::embedded()).content
}

/// Width and height written in a PNG's header.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "a PNG signature");
    let be = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
    (be(16), be(20))
}

#[test]
fn every_bundled_pictogram_renders_to_a_visible_png_of_each_size() {
    let content = bundled();
    assert!(!content.pictograms.pictograms.is_empty());
    let dir = tempfile::tempdir().unwrap();
    let cache = PictogramCache::new(dir.path());
    for pictogram in content.pictograms.pictograms.values() {
        let tree = pictogram
            .tree
            .as_ref()
            .unwrap_or_else(|| panic!("{} parses", pictogram.id));
        for side in SIZES {
            let image = rasterise(tree, side).unwrap();
            assert!(!is_blank(&image), "{} at {side}", pictogram.id);
            let png = cache.png(pictogram, side, Direction::Ltr).unwrap();
            assert_eq!(png_size(&png), (side, side), "{} at {side}", pictogram.id);
        }
    }
}

#[test]
fn every_bundled_pictogram_has_alt_text_in_every_language() {
    let content = bundled();
    assert!(content.locales.all().len() >= 2);
    for pictogram in content.pictograms.pictograms.values() {
        for locale in content.locales.all() {
            assert!(
                locale.has_message(&pictogram.alt),
                "{} has no alt text in {}",
                pictogram.id,
                locale.meta.tag
            );
            let alt = content
                .locales
                .format(&locale.meta.tag, &pictogram.alt, None)
                .unwrap();
            assert!(!alt.trim().is_empty());
        }
    }
}

/// A pictogram drawn alone on white, as the board draws it.
fn alone(pictogram: &Pictogram) -> Pixmap {
    let mut image = Pixmap::new(PICTOGRAM_SIDE, PICTOGRAM_SIDE).unwrap();
    image.fill(Color::WHITE);
    draw(
        pictogram.tree.as_deref().unwrap(),
        &mut image,
        0.0,
        0.0,
        PICTOGRAM_SIDE as f32,
    );
    image
}

fn crop(image: &Pixmap, x: u32, y: u32, side: u32) -> Vec<u8> {
    let mut out = Vec::new();
    for row in y..y + side {
        for column in x..x + side {
            let p = image.pixel(column, row).unwrap();
            out.extend([p.red(), p.green(), p.blue(), p.alpha()]);
        }
    }
    out
}

#[test]
fn boards_of_two_four_and_six_choices_compose_each_pictogram_and_number() {
    let content = bundled();
    let pictograms: Vec<&Pictogram> = content.pictograms.pictograms.values().collect();
    assert!(pictograms.len() >= 6);
    for (count, (columns, rows)) in [(2, (2, 1)), (4, (2, 2)), (6, (3, 2))] {
        let cells: Vec<BoardCell<'_>> = (0..count)
            .map(|i| BoardCell {
                number: i + 1,
                pictogram: Some(pictograms[i]),
            })
            .collect();
        let image = board(&cells, Direction::Ltr).unwrap();
        assert_eq!(
            (image.width(), image.height()),
            (columns * CELL, rows * CELL),
            "{count} choices"
        );
        for (i, cell) in cells.iter().enumerate() {
            let (x, y) = ((i as u32 % columns) * CELL, (i as u32 / columns) * CELL);
            // The pictogram, where its badge does not cover it, is exactly the pictogram alone.
            let expected = alone(cell.pictogram.unwrap());
            let side = PICTOGRAM_SIDE / 2;
            let (px, py) = (x + PICTOGRAM_OFFSET + side, y + PICTOGRAM_OFFSET + side);
            assert_eq!(
                crop(&image, px, py, side),
                crop(&expected, side, side, side),
                "{count} choices: cell {}",
                i + 1
            );
            // The badge is there, in the ink colour.
            let ink = image.pixel(x + 8 + 10, y + 8 + 36).unwrap();
            assert_eq!(
                [ink.red(), ink.green(), ink.blue()],
                BADGE_INK,
                "{count} choices: badge {}",
                i + 1
            );
        }
        let png = encode_png(&image).unwrap();
        assert_eq!(png_size(&png), (columns * CELL, rows * CELL));
    }
    // Cells without a pictogram still show their number; the grid's spare cell stays white.
    let cells = [
        BoardCell {
            number: 1,
            pictogram: None,
        },
        BoardCell {
            number: 2,
            pictogram: Some(pictograms[0]),
        },
        BoardCell {
            number: 3,
            pictogram: None,
        },
    ];
    let image = board(&cells, Direction::Ltr).unwrap();
    assert_eq!((image.width(), image.height()), (2 * CELL, 2 * CELL));
    let spare = crop(&image, CELL, CELL, CELL);
    assert!(
        spare.chunks(4).all(|p| p == [255, 255, 255, 255]),
        "the fourth cell is empty"
    );
}

#[test]
fn boards_are_cached_by_what_they_show() {
    let content = bundled();
    let pictograms: Vec<&Pictogram> = content.pictograms.pictograms.values().collect();
    let dir = tempfile::tempdir().unwrap();
    let cache = PictogramCache::new(dir.path());
    let cells = [
        BoardCell {
            number: 1,
            pictogram: Some(pictograms[0]),
        },
        BoardCell {
            number: 2,
            pictogram: Some(pictograms[1]),
        },
    ];
    let first = cache.board_png(&cells, Direction::Ltr).unwrap();
    let files = || {
        std::fs::read_dir(dir.path().join("cache/pictograms"))
            .unwrap()
            .count()
    };
    assert_eq!(files(), 1);
    assert_eq!(
        cache.board_png(&cells, Direction::Ltr).unwrap(),
        first,
        "read back from the cache"
    );
    assert_eq!(files(), 1);
    let swapped = [cells[1], cells[0]];
    assert_ne!(cache.board_png(&swapped, Direction::Ltr).unwrap(), first);
    assert_eq!(files(), 2);
}

fn with_pictogram(svg: &str) -> Vec<String> {
    let catalogue = "[odd]\nfile = \"odd.svg\"\nalt = \"picto-odd\"\n";
    let content = ContentFiles::from_pairs(
        "test",
        &[
            ("pictograms/catalogue.toml", catalogue),
            ("pictograms/odd.svg", svg),
            (
                "locales/fr/meta.toml",
                "name = \"Français\"\ndirection = \"ltr\"\nreviewed = true\n",
            ),
            ("locales/fr/a.ftl", "picto-odd = Bizarre\n"),
        ],
    );
    check(&content)
        .diagnostics
        .iter()
        .filter(|d| d.location.file.starts_with("pictograms") && d.message.contains("`odd`"))
        .map(ToString::to_string)
        .collect()
}

#[test]
fn invalid_svg_is_reported_with_its_file() {
    let found = with_pictogram(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\"><circle r=\"3\"</svg>",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("pictograms/odd.svg: error: pictogram `odd`: not valid SVG:"),
        "{found:?}"
    );

    let found = with_pictogram("this is not svg at all");
    assert_eq!(
        found,
        vec!["pictograms/odd.svg: error: pictogram `odd`: no <svg> element: not an SVG file"]
    );

    let found = with_pictogram(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\"><text x=\"1\" y=\"9\">Hi</text></svg>",
    );
    assert!(found[0].contains("contains a <text> element"), "{found:?}");

    let found = with_pictogram(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 32\"><rect width=\"9\" height=\"9\"/></svg>",
    );
    assert!(found[0].contains("not square (64×32)"), "{found:?}");

    let found =
        with_pictogram("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\"></svg>");
    assert_eq!(
        found,
        vec!["pictograms/odd.svg: error: pictogram `odd` renders as an empty image"]
    );

    let good = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\"><rect width=\"9\" height=\"9\"/></svg>";
    assert_eq!(with_pictogram(good), Vec::<String>::new());
}

/// What `check` says about a one-pictogram catalogue entry.
fn catalogue_findings(entry: &str) -> Vec<String> {
    let good = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\"><rect width=\"9\" height=\"9\"/></svg>";
    let catalogue = format!("[odd]\nfile = \"odd.svg\"\nalt = \"picto-odd\"\n{entry}");
    let content = ContentFiles::from_pairs(
        "test",
        &[
            ("pictograms/catalogue.toml", catalogue.as_str()),
            ("pictograms/odd.svg", good),
            (
                "locales/fr/meta.toml",
                "name = \"Français\"\ndirection = \"ltr\"\nreviewed = true\n",
            ),
            ("locales/fr/a.ftl", "picto-odd = Bizarre\n"),
        ],
    );
    check(&content)
        .diagnostics
        .iter()
        .filter(|d| d.location.file.starts_with("pictograms") && d.message.contains("`odd`"))
        .map(ToString::to_string)
        .collect()
}

#[test]
fn the_mirror_flag_is_a_boolean_and_misspellings_are_errors() {
    assert_eq!(
        catalogue_findings("mirror_rtl = true\n"),
        Vec::<String>::new()
    );
    assert_eq!(
        catalogue_findings("mirror_rtl = false\n"),
        Vec::<String>::new()
    );
    let found = catalogue_findings("mirror_rtl = \"yes\"\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("pictograms/catalogue.toml:1:2: error: pictogram `odd`: ")
            && found[0].contains("boolean"),
        "{found:?}"
    );
    let found = catalogue_findings("mirror = true\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("unknown field `mirror`") && found[0].contains("mirror_rtl"),
        "{found:?}"
    );
}

/// The share of colour values of two same-sized images that differ by more than 16 (of 255).
fn mismatch(a: &[u8], b: &[u8]) -> f64 {
    assert_eq!(a.len(), b.len());
    let differ = a
        .iter()
        .zip(b)
        .filter(|(x, y)| x.abs_diff(**y) > 16)
        .count();
    differ as f64 / a.len() as f64
}

#[test]
fn only_flagged_pictograms_are_mirrored_and_only_right_to_left() {
    let content = bundled();
    let back = content.pictograms.get("back").expect("back");
    let house = content.pictograms.get("house").expect("house");
    assert!(back.mirror_rtl && !house.mirror_rtl);
    assert!(back.mirrored(Direction::Rtl) && !back.mirrored(Direction::Ltr));
    assert!(!house.mirrored(Direction::Rtl));
    let side = 64;
    let flipped = |image: &Pixmap| -> Vec<u8> {
        let mut out = Vec::new();
        for y in 0..side {
            for x in (0..side).rev() {
                let p = image.pixel(x, y).unwrap();
                out.extend([p.red(), p.green(), p.blue(), p.alpha()]);
            }
        }
        out
    };
    let pixels = |image: &Pixmap| crop(image, 0, 0, side);
    let (ltr, rtl) = (
        render(back, side, Direction::Ltr).unwrap(),
        render(back, side, Direction::Rtl).unwrap(),
    );
    assert_ne!(pixels(&ltr), pixels(&rtl), "back is not symmetric");
    // Edges are smoothed a little differently either way: nearly all the same.
    assert!(mismatch(&pixels(&rtl), &flipped(&ltr)) < 0.005);
    assert!(mismatch(&pixels(&rtl), &pixels(&ltr)) > 0.05);
    assert_eq!(
        pixels(&render(house, side, Direction::Rtl).unwrap()),
        pixels(&render(house, side, Direction::Ltr).unwrap())
    );

    // Boards: the back cell mirrored, the house cell as it is; cached apart.
    let dir = tempfile::tempdir().unwrap();
    let cache = PictogramCache::new(dir.path());
    let cells = [
        BoardCell {
            number: 1,
            pictogram: Some(house),
        },
        BoardCell {
            number: 2,
            pictogram: Some(back),
        },
    ];
    let (ltr, rtl) = (
        board(&cells, Direction::Ltr).unwrap(),
        board(&cells, Direction::Rtl).unwrap(),
    );
    let at = |cell: u32| (cell * CELL + PICTOGRAM_OFFSET, PICTOGRAM_OFFSET + 80);
    let band = |image: &Pixmap, cell: u32| {
        let (x, y) = at(cell);
        crop(image, x, y, PICTOGRAM_SIDE - 80)
    };
    assert_eq!(band(&ltr, 0), band(&rtl, 0), "the house is not mirrored");
    assert_ne!(band(&ltr, 1), band(&rtl, 1), "the arrow back is");
    let files =
        || std::fs::read_dir(dir.path().join("cache/pictograms")).map_or(0, Iterator::count);
    assert_ne!(
        cache.board_png(&cells, Direction::Rtl).unwrap(),
        cache.board_png(&cells, Direction::Ltr).unwrap()
    );
    assert_eq!(files(), 2);
    let png = |p: &Pictogram, d| cache.png(p, side, d).unwrap();
    assert_ne!(png(back, Direction::Rtl), png(back, Direction::Ltr));
    assert_eq!(files(), 4);
    // A pictogram drawn the same both ways is one file.
    assert_eq!(png(house, Direction::Rtl), png(house, Direction::Ltr));
    assert_eq!(files(), 5);
}

#[test]
fn a_missing_alt_text_in_one_language_is_an_error() {
    let good = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\"><rect width=\"9\" height=\"9\"/></svg>";
    let content = ContentFiles::from_pairs(
        "test",
        &[
            (
                "pictograms/catalogue.toml",
                "[odd]\nfile = \"odd.svg\"\nalt = \"picto-odd\"\n",
            ),
            ("pictograms/odd.svg", good),
            (
                "locales/fr/meta.toml",
                "name = \"Français\"\ndirection = \"ltr\"\nreviewed = true\n",
            ),
            ("locales/fr/a.ftl", "picto-odd = Bizarre\n"),
            (
                "locales/en/meta.toml",
                "name = \"English\"\ndirection = \"ltr\"\nreviewed = false\n",
            ),
            ("locales/en/a.ftl", "other = Other\n"),
        ],
    );
    let found: Vec<String> = check(&content)
        .diagnostics
        .iter()
        .filter(|d| d.location.file.starts_with("pictograms") && d.message.contains("`odd`"))
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        found,
        vec![
            "pictograms/catalogue.toml:1:2: error: pictogram `odd`: alt text `picto-odd` is missing in en (captions and screen readers need it in every language)"
        ]
    );
}

#[test]
fn the_menu_of_the_bundled_welcome_flow_gets_a_board_and_yes_no_buttons_too() {
    let content = bundled();
    let engine = crate::engine::Engine::new(content);
    let session = engine.session_in("fr").unwrap();
    let outcome = engine.handle(session, crate::engine::Inbound::Text("/start".into()), 1);
    let items = outcome
        .replies
        .iter()
        .find_map(|r| match r {
            crate::engine::Reply::Choices(items) => Some(items.clone()),
            _ => None,
        })
        .expect("the menu's choices");
    let catalogue = &engine.content().pictograms;
    let cells = cells_for(catalogue, &items).expect("the menu has pictograms");
    assert_eq!(cells.len(), items.len());
    assert!(cells.iter().all(|c| c.pictogram.is_some()));
    let without: Vec<crate::engine::ChoiceItem> = items
        .into_iter()
        .map(|i| crate::engine::ChoiceItem {
            pictogram: None,
            ..i
        })
        .collect();
    assert!(cells_for(catalogue, &without).is_none());
}
