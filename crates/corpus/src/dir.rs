//! Reads a corpus directory into [`SourceFile`]s: every regular file directly
//! inside it, in name order. Shared by `build.rs` and the native tools, so the
//! explorer and its exports always see the same files.
//!
//! Invariant: a file that cannot be read is an error naming it, never skipped;
//! judging the contents (encoding, emptiness, type) is `source`'s job.

use std::path::{Path, PathBuf};

use super::source::SourceFile;

/// Reads every regular file in `dir`, sorted by name.
pub fn read_source_dir(dir: &Path) -> Result<Vec<SourceFile>, String> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read the corpus directory {}: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_file())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let bytes =
                std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            Ok(SourceFile { name, bytes })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_files_in_name_order_and_skips_directories() {
        let dir = std::env::temp_dir().join(format!("ipx-dir-test-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("nested")).unwrap();
        std::fs::write(dir.join("b.txt"), "second").unwrap();
        std::fs::write(dir.join("a.txt"), "first").unwrap();
        std::fs::write(dir.join("nested/c.txt"), "ignored").unwrap();
        let files = read_source_dir(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["a.txt", "b.txt"]);
        assert_eq!(files[0].bytes, b"first");
    }

    #[test]
    fn a_missing_directory_is_an_error_naming_it() {
        let err = read_source_dir(Path::new("/nonexistent/ipx-corpus")).unwrap_err();
        assert!(err.contains("/nonexistent/ipx-corpus"), "{err}");
    }
}
