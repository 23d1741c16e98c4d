//! Reads a corpus directory into [`SourceFile`]s: every regular file directly
//! inside it, in name order. Shared by `build.rs` and the native tools, so the
//! explorer and its exports always see the same files.
//!
//! Invariant: a file that cannot be read is an error naming it, never skipped;
//! judging the contents (encoding, emptiness, type) is `source`'s job. Links
//! are never followed: a symbolic link could pull a file from anywhere on the
//! build machine into the public bundle. A link, a pipe (reading it would
//! hang the build), a socket or a device is an error naming it, and so is a
//! folder named like a source file (`*.txt`, `*.md`); other folders are
//! ignored.

use std::path::{Path, PathBuf};

use super::source::SourceFile;

/// Reads every regular file in `dir`, sorted by name; refuses anything else
/// that looks like a source (see the module invariant), naming every such
/// entry in one message.
pub fn read_source_dir(dir: &Path) -> Result<Vec<SourceFile>, String> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read the corpus directory {}: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = Vec::new();
    let mut refused: Vec<String> = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        let path = entry.path();
        // `DirEntry::file_type` does not follow links, unlike `Path::is_file`.
        let kind = entry
            .file_type()
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        if kind.is_file() {
            paths.push(path);
        } else if kind.is_symlink() {
            refused.push(format!(
                "{} is a symbolic link; the corpus takes only regular files (copy the file in)",
                path.display()
            ));
        } else if kind.is_dir() {
            if looks_like_source(&path) {
                refused.push(format!("{} is a folder, not a file", path.display()));
            }
        } else {
            refused.push(format!(
                "{} is not a regular file (a pipe, socket or device)",
                path.display()
            ));
        }
    }
    if !refused.is_empty() {
        refused.sort();
        return Err(refused.join("\n"));
    }
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

/// Whether a name ends like a source file's.
fn looks_like_source(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("md"))
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

    #[cfg(unix)]
    #[test]
    fn links_pipes_and_folders_named_like_sources_are_errors_naming_them() {
        let dir = std::env::temp_dir().join(format!("ipx-dir-links-{}", std::process::id()));
        let outside = dir.with_extension("outside.txt");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(&outside, "a secret outside the seeds").unwrap();
        std::fs::write(dir.join("a.txt"), "fine").unwrap();
        let make = |name: &str, path: &Path| match name {
            "link.txt" => std::os::unix::fs::symlink(&outside, path).unwrap(),
            "dangling.txt" => std::os::unix::fs::symlink("/nonexistent/x", path).unwrap(),
            "folder.txt" => std::fs::create_dir(path).unwrap(),
            _ => {
                let status = std::process::Command::new("mkfifo").arg(path).status();
                assert!(status.unwrap().success());
            }
        };
        for name in ["link.txt", "dangling.txt", "folder.txt", "pipe.txt"] {
            make(name, &dir.join(name));
            let err = read_source_dir(&dir).unwrap_err();
            assert!(err.contains(name), "{name}: {err}");
            assert!(!err.contains("secret"));
            let path = dir.join(name);
            if path.is_dir() && !path.is_symlink() {
                std::fs::remove_dir(&path).unwrap();
            } else {
                std::fs::remove_file(&path).unwrap();
            }
        }
        assert_eq!(read_source_dir(&dir).unwrap().len(), 1);
        std::fs::remove_dir_all(&dir).unwrap();
        std::fs::remove_file(&outside).unwrap();
    }

    #[test]
    fn a_missing_directory_is_an_error_naming_it() {
        let err = read_source_dir(Path::new("/nonexistent/ipx-corpus")).unwrap_err();
        assert!(err.contains("/nonexistent/ipx-corpus"), "{err}");
    }
}
