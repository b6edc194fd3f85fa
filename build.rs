//! Embeds the bundled content (flows, locales, directory, pictograms) into the binary, so that
//! `cargo run --release` works anywhere with no files beside it.

use std::env;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

const CONTENT_DIRS: [&str; 4] = ["flows", "locales", "directory", "pictograms"];

fn main() {
    let root =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded.rs");
    let mut files = Vec::new();
    for dir in CONTENT_DIRS {
        let path = root.join(dir);
        println!("cargo:rerun-if-changed={}", path.display());
        collect(&root, &path, &mut files);
    }
    files.sort();
    let mut code =
        String::from("/// Bundled content files: (path relative to the content root, bytes).\n");
    code.push_str("pub static FILES: &[(&str, &[u8])] = &[\n");
    for (relative, absolute) in &files {
        code.push_str(&format!(
            "    ({relative:?}, include_bytes!({absolute:?})),\n"
        ));
    }
    code.push_str("];\n");
    let mut file = fs::File::create(&out).expect("OUT_DIR is writable");
    file.write_all(code.as_bytes())
        .expect("OUT_DIR is writable");
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, String)>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(root, &path, files);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("toml" | "ftl" | "svg")
        ) {
            let relative = path
                .strip_prefix(root)
                .expect("collected under the root")
                .to_string_lossy()
                .replace('\\', "/");
            files.push((relative, path.display().to_string()));
        }
    }
}
