//! Shared by the corpus tests and the benchmark: the committed corpus reports.

use std::path::{Path, PathBuf};

/// The `.txt` reports of `tests/corpus`, sorted by name.
pub fn corpus_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("the corpus folder is committed")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

/// Each report's file stem and bytes.
#[allow(dead_code)] // not every user of this module needs both helpers
pub fn corpus() -> Vec<(String, Vec<u8>)> {
    corpus_files()
        .into_iter()
        .map(|p| {
            let name = p
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("?")
                .to_owned();
            (name, std::fs::read(&p).expect("readable"))
        })
        .collect()
}
