//! Plane and sphere geometry for places: distances, and which polygon holds a point.

/// Mean Earth radius, km.
const EARTH_RADIUS_KM: f64 = 6371.0;

/// A point as `[longitude, latitude]`, in degrees (GeoJSON order).
pub type LonLat = [f64; 2];

/// Great-circle distance in kilometres.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * a.sqrt().asin()
}

/// Whether a point lies inside a closed ring (even-odd rule).
pub fn ring_contains(ring: &[LonLat], lon: f64, lat: f64) -> bool {
    let mut inside = false;
    let mut previous = match ring.last() {
        Some(p) => *p,
        None => return false,
    };
    for &current in ring {
        let ([x1, y1], [x2, y2]) = (previous, current);
        if (y1 > lat) != (y2 > lat) && lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1 {
            inside = !inside;
        }
        previous = current;
    }
    inside
}

/// Distance in km from a point to the nearest edge of a ring (a local flat approximation,
/// accurate at the scale of a few km).
pub fn ring_distance_km(ring: &[LonLat], lon: f64, lat: f64) -> f64 {
    let km_per_degree_lat = EARTH_RADIUS_KM.to_radians();
    let km_per_degree_lon = km_per_degree_lat * lat.to_radians().cos();
    let project = |[x, y]: LonLat| ((x - lon) * km_per_degree_lon, (y - lat) * km_per_degree_lat);
    ring.windows(2)
        .map(|pair| {
            let (a, b) = (project(pair[0]), project(pair[1]));
            let (dx, dy) = (b.0 - a.0, b.1 - a.1);
            let length2 = dx * dx + dy * dy;
            let t = if length2 == 0.0 {
                0.0
            } else {
                (-(a.0 * dx + a.1 * dy) / length2).clamp(0.0, 1.0)
            };
            let (px, py) = (a.0 + t * dx, a.1 + t * dy);
            (px * px + py * py).sqrt()
        })
        .fold(f64::INFINITY, f64::min)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SQUARE: [LonLat; 5] = [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]];

    #[test]
    fn distances() {
        // Bordeaux to Poitiers is about 220 km.
        let km = haversine_km(44.8378, -0.5792, 46.5802, 0.3404);
        assert!((200.0..240.0).contains(&km), "{km}");
    }

    #[test]
    fn points_in_rings() {
        assert!(ring_contains(&SQUARE, 0.5, 0.5));
        assert!(!ring_contains(&SQUARE, 1.5, 0.5));
        assert!(!ring_contains(&SQUARE, 0.5, -0.1));
        assert!(!ring_contains(&[], 0.5, 0.5));
    }

    #[test]
    fn distance_to_an_edge() {
        // 0.01° of latitude is about 1.11 km.
        let km = ring_distance_km(&SQUARE, 0.5, -0.01);
        assert!((1.05..1.17).contains(&km), "{km}");
        assert!(ring_distance_km(&SQUARE, 0.5, 0.0) < 1e-9);
    }
}
