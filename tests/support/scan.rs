//! Canary scans for the forensic tests: every form a canary could be written in, searched in
//! raw bytes.

use std::path::Path;

use super::files_under;

/// Bytes as hex digits.
pub fn hex(bytes: &[u8], upper: bool) -> String {
    bytes
        .iter()
        .map(|b| {
            if upper {
                format!("{b:02X}")
            } else {
                format!("{b:02x}")
            }
        })
        .collect()
}

/// Every form a canary is searched in.
fn forms(canary: &str) -> Vec<(String, Vec<u8>)> {
    let mut out = vec![
        ("as typed".to_owned(), canary.as_bytes().to_vec()),
        ("lower case".to_owned(), canary.to_lowercase().into_bytes()),
        ("upper case".to_owned(), canary.to_uppercase().into_bytes()),
        ("hex".to_owned(), hex(canary.as_bytes(), false).into_bytes()),
        ("HEX".to_owned(), hex(canary.as_bytes(), true).into_bytes()),
    ];
    out.dedup_by(|a, b| a.1 == b.1);
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// Every canary found in `bytes`, described.
pub fn found_in(bytes: &[u8], canaries: &[String], what: &str) -> Vec<String> {
    let mut out = Vec::new();
    for canary in canaries {
        for (form, needle) in forms(canary) {
            if contains(bytes, &needle) {
                out.push(format!("{canary:?} ({form}) in {what}"));
            }
        }
    }
    out
}

/// Scans every file under `dir`, raw bytes.
pub fn scan_dir(dir: &Path, canaries: &[String]) -> (Vec<String>, usize, u64) {
    let files = files_under(dir);
    let mut found = Vec::new();
    let mut bytes_seen = 0;
    for file in &files {
        let bytes = std::fs::read(file).unwrap_or_else(|e| panic!("read {}: {e}", file.display()));
        bytes_seen += bytes.len() as u64;
        found.extend(found_in(&bytes, canaries, &file.display().to_string()));
    }
    (found, files.len(), bytes_seen)
}
