//! Walking a dossier folder: every regular file under it, nested folders included, in a stable order.
//! Hidden and system files are skipped and listed as ignored; links are never followed, so nothing
//! outside the dossier is read. FIFOs, sockets and devices are listed as files marked special: they
//! are never opened, and become documents that need a look. Each file keeps the identity the walk
//! saw, which [`crate::read::open`] checks again when it opens the file.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::read::open::{special_kind, DossierDir, FileId};

use serde::Serialize;
use walkdir::WalkDir;

/// Name of the optional file in a dossier that declares facts.
pub const DOSSIER_FACTS_FILE: &str = "dossier.toml";

/// A file found in the dossier.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Absolute (or as given) path to read.
    pub path: PathBuf,
    /// Path relative to the dossier, with `/` separators.
    pub rel: String,
    /// File size in bytes.
    pub size: u64,
    /// The dossier folder the walk started from: files are opened beneath it.
    pub dossier: Arc<DossierDir>,
    /// The file's identity as the walk saw it.
    pub id: Option<FileId>,
    /// What the file is when it is not a regular file ("a FIFO (named pipe)", "a device"): such a
    /// file is never opened.
    pub special: Option<&'static str>,
}

impl Entry {
    /// A file named on its own (on the command line, by a tool), opened beneath its own folder. A
    /// link in the name given is the caller's own choice, so it is resolved first.
    pub fn standalone(path: &Path) -> Entry {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let folder = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let folder_id = std::fs::metadata(&folder).ok().and_then(|m| FileId::of(&m));
        let meta = std::fs::symlink_metadata(&path).ok();
        Entry {
            rel: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            size: meta.as_ref().map_or(0, |m| m.len()),
            id: meta.as_ref().and_then(FileId::of),
            special: meta.as_ref().and_then(|m| special_kind(m.file_type())),
            dossier: Arc::new(DossierDir::new(&folder, folder_id)),
            path,
        }
    }
}

/// A path that was not read, and why.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Ignored {
    /// Path relative to the dossier.
    pub path: String,
    /// Stable code: `hidden`, `system-file`, `link`, `not-a-document`, `unreadable-folder`, `dossier-facts`.
    pub reason: String,
}

/// The result of walking a dossier.
#[derive(Debug, Default)]
pub struct Walk {
    /// Files to read, sorted by relative path.
    pub files: Vec<Entry>,
    /// Paths skipped, sorted by relative path.
    pub ignored: Vec<Ignored>,
    /// The dossier's `dossier.toml`, if present.
    pub facts_file: Option<PathBuf>,
}

/// Errors that stop a dossier from being walked at all.
#[derive(Debug, thiserror::Error)]
pub enum WalkError {
    /// The folder does not exist.
    #[error("{0}: no such folder")]
    NotFound(PathBuf),
    /// The path is a file, not a folder.
    #[error("{0}: not a folder (give the dossier's folder)")]
    NotAFolder(PathBuf),
    /// The folder exists but cannot be listed.
    #[error("{0}: cannot read folder: {1}")]
    Unreadable(PathBuf, std::io::Error),
}

const SYSTEM_FILES: &[&str] = &["thumbs.db", "desktop.ini", "ehthumbs.db", "icon\r"];
const SYSTEM_FOLDERS: &[&str] = &["__macosx", "$recycle.bin", "system volume information"];

/// Walks `root` and returns its files and the paths it skipped.
pub fn walk(root: &Path) -> Result<Walk, WalkError> {
    let meta = std::fs::metadata(root).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => WalkError::NotFound(root.to_path_buf()),
        _ => WalkError::Unreadable(root.to_path_buf(), e),
    })?;
    if !meta.is_dir() {
        return Err(WalkError::NotAFolder(root.to_path_buf()));
    }
    std::fs::read_dir(root).map_err(|e| WalkError::Unreadable(root.to_path_buf(), e))?;
    let dossier = Arc::new(DossierDir::new(root, FileId::of(&meta)));

    let mut out = Walk::default();
    let mut it = WalkDir::new(root)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter();
    while let Some(next) = it.next() {
        let entry = match next {
            Ok(entry) => entry,
            Err(err) => {
                let path = err.path().unwrap_or(root);
                out.ignored.push(Ignored {
                    path: relative(root, path),
                    reason: "unreadable-folder".to_string(),
                });
                continue;
            }
        };
        if entry.depth() == 0 {
            continue;
        }
        let rel = relative(root, entry.path());
        let name = entry.file_name().to_string_lossy();
        let lower = name.to_lowercase();
        let ft = entry.file_type();

        if ft.is_symlink() {
            out.ignored.push(Ignored {
                path: rel,
                reason: "link".to_string(),
            });
            continue;
        }
        if ft.is_dir() {
            let reason = if name.starts_with('.') {
                Some("hidden")
            } else if SYSTEM_FOLDERS.contains(&lower.as_str()) {
                Some("system-file")
            } else {
                None
            };
            if let Some(reason) = reason {
                out.ignored.push(Ignored {
                    path: rel,
                    reason: reason.to_string(),
                });
                it.skip_current_dir();
            }
            continue;
        }
        let special = special_kind(ft);
        if entry.depth() == 1 && lower == DOSSIER_FACTS_FILE && special.is_none() {
            out.facts_file = Some(entry.path().to_path_buf());
            out.ignored.push(Ignored {
                path: rel,
                reason: "dossier-facts".to_string(),
            });
            continue;
        }
        let reason = if name.starts_with("~$") || name.starts_with(".~lock") {
            Some("office-lock-file")
        } else if name.starts_with('.') {
            Some("hidden")
        } else if SYSTEM_FILES.contains(&lower.as_str()) {
            Some("system-file")
        } else {
            None
        };
        if let Some(reason) = reason {
            out.ignored.push(Ignored {
                path: rel,
                reason: reason.to_string(),
            });
            continue;
        }
        let meta = entry.metadata().ok();
        out.files.push(Entry {
            path: entry.path().to_path_buf(),
            rel,
            size: meta.as_ref().map_or(0, |m| m.len()),
            dossier: Arc::clone(&dossier),
            id: meta.as_ref().and_then(FileId::of),
            special,
        });
    }
    Ok(out)
}

/// The path of `path` relative to `root`, with `/` separators.
pub fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_hidden_and_system_files_and_keeps_nested() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("cd/DICOM")).unwrap();
        std::fs::create_dir_all(root.join("__MACOSX")).unwrap();
        std::fs::create_dir_all(root.join(".git")).unwrap();
        for f in [
            "brief.pdf",
            ".DS_Store",
            "Thumbs.db",
            "desktop.ini",
            "~$brief.docx",
            "cd/DICOM/IM1",
            "__MACOSX/._brief.pdf",
            ".git/config",
            "dossier.toml",
        ] {
            std::fs::write(root.join(f), b"x").unwrap();
        }
        let w = walk(root).unwrap();
        let files: Vec<&str> = w.files.iter().map(|e| e.rel.as_str()).collect();
        assert_eq!(files, ["brief.pdf", "cd/DICOM/IM1"]);
        assert!(w.facts_file.is_some());
        let ignored: Vec<(&str, &str)> = w
            .ignored
            .iter()
            .map(|i| (i.path.as_str(), i.reason.as_str()))
            .collect();
        assert!(ignored.contains(&(".DS_Store", "hidden")));
        assert!(ignored.contains(&("Thumbs.db", "system-file")));
        assert!(ignored.contains(&("__MACOSX", "system-file")));
        assert!(ignored.contains(&("~$brief.docx", "office-lock-file")));
    }

    #[cfg(unix)]
    #[test]
    fn links_are_not_followed() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret.pdf"), b"x").unwrap();
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(outside.path(), dir.path().join("elsewhere")).unwrap();
        std::os::unix::fs::symlink(
            outside.path().join("secret.pdf"),
            dir.path().join("link.pdf"),
        )
        .unwrap();
        let w = walk(dir.path()).unwrap();
        assert!(w.files.is_empty());
        assert_eq!(w.ignored.len(), 2);
        assert!(w.ignored.iter().all(|i| i.reason == "link"));
    }

    #[test]
    fn missing_folder_and_file_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            walk(&dir.path().join("nope")),
            Err(WalkError::NotFound(_))
        ));
        std::fs::write(dir.path().join("f"), b"x").unwrap();
        assert!(matches!(
            walk(&dir.path().join("f")),
            Err(WalkError::NotAFolder(_))
        ));
    }
}
