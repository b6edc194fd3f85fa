//! A light public map of the region: départements, towns and agreed associations, as SVG (the
//! report's "cartographie" idea, without anything about people).

use std::collections::BTreeMap;
use std::fmt::Write;

use thiserror::Error;

use super::{Directory, LonLat};

/// Width of the drawing, in pixels.
const WIDTH: f64 = 1000.0;
const MARGIN: f64 = 40.0;

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
    for d in directory.departements.values() {
        let _ = writeln!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"15\" text-anchor=\"middle\" fill=\"#1d3557\" opacity=\"0.75\">{} {}</text>",
            x(d.lon),
            y(d.lat),
            escape(&d.code),
            escape(&d.name)
        );
    }
    // Associations in the same town share one dot and one label.
    let mut offices: BTreeMap<(i64, i64), Vec<&str>> = BTreeMap::new();
    for a in &directory.associations {
        let key = ((a.lon * 1e4).round() as i64, (a.lat * 1e4).round() as i64);
        offices.entry(key).or_default().push(&a.name);
    }
    for ((lon, lat), names) in offices {
        let (cx, cy) = (x(lon as f64 / 1e4), y(lat as f64 / 1e4));
        let _ = writeln!(
            svg,
            "<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"7\" fill=\"#457b9d\" stroke=\"#1d3557\" stroke-width=\"2\"/>\n\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"13\" fill=\"#1d3557\">{}</text>",
            cx + 10.0,
            cy + 4.0,
            escape(&names.join(" · "))
        );
    }
    svg.push_str("</svg>\n");
    Ok(svg)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
