//! A light public map of the region: départements, towns and agreed associations, as SVG (the
//! report's "cartographie" idea, without anything about people).

use std::collections::BTreeMap;
use std::fmt::Write;

use thiserror::Error;

use super::{Directory, LonLat};
use crate::text::xml_escape;

/// Width of the drawing, in pixels.
const WIDTH: f64 = 1000.0;
const MARGIN: f64 = 40.0;
/// A pale outline under labels, so that they read over borders and dots.
const HALO: &str =
    "stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\"";

/// Why no map could be drawn.
#[derive(Debug, Error)]
pub enum MapError {
    /// Nothing to draw.
    #[error("the directory has no département to draw")]
    Empty,
}

/// Draws the directory as an SVG document.
pub fn map_svg(directory: &Directory) -> Result<String, MapError> {
    let mut points: Vec<LonLat> = directory
        .boundaries
        .iter()
        .flat_map(|b| b.rings.iter().flatten().copied())
        .collect();
    points.extend(directory.departements.values().map(|d| [d.lon, d.lat]));
    points.extend(directory.associations.iter().map(|a| [a.lon, a.lat]));
    if directory.departements.is_empty() || points.is_empty() {
        return Err(MapError::Empty);
    }
    let (mut west, mut east, mut south, mut north) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for [lon, lat] in &points {
        west = west.min(*lon);
        east = east.max(*lon);
        south = south.min(*lat);
        north = north.max(*lat);
    }
    // An equirectangular projection, corrected for the latitude: true enough for a region.
    let squeeze = ((south + north) / 2.0).to_radians().cos();
    let scale = (WIDTH - 2.0 * MARGIN) / ((east - west).max(0.01) * squeeze);
    let height = (north - south) * scale + 2.0 * MARGIN;
    let x = |lon: f64| MARGIN + (lon - west) * squeeze * scale;
    let y = |lat: f64| MARGIN + (north - lat) * scale;

    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height:.0}\" width=\"{WIDTH}\" height=\"{height:.0}\" \
         font-family=\"DejaVu Sans, Liberation Sans, sans-serif\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
    );
    for boundary in &directory.boundaries {
        for ring in &boundary.rings {
            let path: Vec<String> = ring
                .iter()
                .map(|[lon, lat]| format!("{:.1},{:.1}", x(*lon), y(*lat)))
                .collect();
            let _ = writeln!(
                svg,
                "<polygon points=\"{}\" fill=\"#f1faee\" stroke=\"#1d3557\" stroke-width=\"1.5\" stroke-linejoin=\"round\"/>",
                path.join(" ")
            );
        }
    }
    for town in &directory.towns {
        let _ = writeln!(
            svg,
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"2\" fill=\"#8d99ae\"/>",
            x(town.lon),
            y(town.lat)
        );
    }
    // Associations in the same town share one dot and one label.
    let mut offices: BTreeMap<(i64, i64), Vec<&str>> = BTreeMap::new();
    for a in &directory.associations {
        let key = ((a.lon * 1e4).round() as i64, (a.lat * 1e4).round() as i64);
        offices.entry(key).or_default().push(&a.name);
    }
    let offices: Vec<(f64, f64, String)> = offices
        .into_iter()
        .map(|((lon, lat), names)| (x(lon as f64 / 1e4), y(lat as f64 / 1e4), names.join(" · ")))
        .collect();
    // Rough label boxes (left, top, right, bottom) from an average glyph width.
    let office_boxes: Vec<[f64; 4]> = offices
        .iter()
        .map(|(cx, cy, label)| {
            [
                cx - 8.0,
                cy - 12.0,
                cx + 12.0 + 7.2 * label.chars().count() as f64,
                cy + 8.0,
            ]
        })
        .collect();
    let overlaps =
        |a: &[f64; 4], b: &[f64; 4]| a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    for d in directory.departements.values() {
        let label = format!("{} {}", d.code, d.name);
        let half = 4.6 * label.chars().count() as f64;
        let (cx, cy) = (x(d.lon), y(d.lat));
        // Above the centre, else below, else higher: away from the associations' labels.
        let baseline = [cy - 22.0, cy + 34.0, cy - 50.0, cy + 60.0]
            .into_iter()
            .find(|ly| {
                !office_boxes
                    .iter()
                    .any(|b| overlaps(&[cx - half, ly - 14.0, cx + half, ly + 4.0], b))
            })
            .unwrap_or(cy - 22.0);
        let _ = writeln!(
            svg,
            "<text x=\"{cx:.1}\" y=\"{baseline:.1}\" font-size=\"15\" text-anchor=\"middle\" fill=\"#457b9d\" {HALO}>{}</text>",
            xml_escape(&label)
        );
    }
    for (cx, cy, label) in &offices {
        let _ = writeln!(
            svg,
            "<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"7\" fill=\"#457b9d\" stroke=\"#1d3557\" stroke-width=\"2\"/>\n\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"13\" fill=\"#1d3557\" {HALO}>{}</text>",
            cx + 10.0,
            cy + 4.0,
            xml_escape(label)
        );
    }
    svg.push_str("</svg>\n");
    Ok(svg)
}
