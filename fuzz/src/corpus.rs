//! The scripts that mutations start from.

use std::path::{Path, PathBuf};

/// Every `.py` file under `dirs` (recursively), in a fixed order, as bytes.
pub fn load(dirs: &[PathBuf]) -> Vec<Vec<u8>> {
    let mut paths = Vec::new();
    for d in dirs {
        collect_py(d, &mut paths);
    }
    paths.sort();
    paths.dedup();
    paths
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        // Huge scripts make slow variants and add little.
        .filter(|t| t.len() <= 64 << 10)
        .collect()
}

fn collect_py(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect_py(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}
