//! Walking a dossier folder: every regular file under it, nested folders included, in a stable order.
//! Hidden and system files are skipped and listed as ignored; links are never followed, so nothing
//! outside the dossier is read. FIFOs, sockets and devices are listed as files marked special: they
//! are never opened, and become documents that need a look. Each file keeps the identity the walk
//! saw, which [`crate::open`] checks again when it opens the file.

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use crate::open::Entry;
use crate::open::{DossierDir, FileId};

use serde::Serialize;

/// Name of the optional file in a dossier that declares facts.
pub const DOSSIER_FACTS_FILE: &str = "dossier.toml";

/// A path that was not read, and why.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Ignored {
    /// Path relative to the dossier.
    pub path: String,
    /// Stable code: `hidden`, `system-file`, `link`, `not-a-document`, `unreadable-folder`, `too-deep`, `too-many-files`,
    /// `dossier-facts`.
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
    // Names seen so far, against the cap: past it the walk stops, and says where.
    let cap = crate::limits::MAX_DOSSIER_NAMES;
    let mut seen = 0usize;
    let (top, listed, dossier) = open_dossier(root, cap + 1)?;

    let mut out = Walk::default();
    // Depth first, each folder's names in order, a folder's contents right after it: the order
    // walkdir gave. A folder's handle is held while its subfolders are walked.
    let mut levels = vec![Level {
        folder: top,
        path: root.to_path_buf(),
        rel: String::new(),
        items: listed.into_iter(),
    }];
    loop {
        let depth = levels.len();
        let Some(level) = levels.last_mut() else {
            break;
        };
        let Some(item) = level.items.next() else {
            levels.pop();
            continue;
        };
        let name = item.name.to_string_lossy().into_owned();
        seen += 1;
        let lower = name.to_lowercase();
        let path = level.path.join(&item.name);
        let rel = if level.rel.is_empty() {
            name.clone()
        } else {
            format!("{}/{name}", level.rel)
        };
        if seen > cap {
            // Every name costs memory until the report is written: the walk ends here, and the
            // first name not taken stands for the rest, as a problem that needs a look.
            out.ignore(rel, "too-many-files");
            break;
        }
        let special = match item.kind {
            Kind::Link => {
                out.ignore(rel, "link");
                continue;
            }
            Kind::Folder => {
                let entered = match folder_skip_reason(&name, &lower, depth) {
                    Some(reason) => Err(reason),
                    None => Level::enter(&level.folder, &item.name, path, &rel, cap + 1 - seen),
                };
                match entered {
                    Ok(sub) => levels.push(sub),
                    Err(reason) => out.ignore(rel, reason),
                }
                continue;
            }
            Kind::File(special) => special,
        };
        if depth == 1 && lower == DOSSIER_FACTS_FILE && special.is_none() {
            out.facts_file = Some(path);
            out.ignore(rel, "dossier-facts");
            continue;
        }
        if let Some(reason) = file_skip_reason(&name, &lower) {
            out.ignore(rel, reason);
            continue;
        }
        out.files.push(Entry {
            path,
            rel,
            size: item.size,
            dossier: Arc::clone(&dossier),
            id: item.id,
            special,
        });
    }
    Ok(out)
}

impl Walk {
    /// Notes `rel` as not read, for `reason`.
    fn ignore(&mut self, rel: String, reason: &str) {
        self.ignored.push(Ignored {
            path: rel,
            reason: reason.to_string(),
        });
    }
}

/// Opens the dossier folder and lists up to `max` of its names. The folder itself is opened as
/// named: a link in the name given is the caller's choice.
fn open_dossier(
    root: &Path,
    max: usize,
) -> Result<(Folder, Vec<Listed>, Arc<DossierDir>), WalkError> {
    let meta = std::fs::metadata(root).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => WalkError::NotFound(root.to_path_buf()),
        _ => WalkError::Unreadable(root.to_path_buf(), e),
    })?;
    if !meta.is_dir() {
        return Err(WalkError::NotAFolder(root.to_path_buf()));
    }
    let unreadable = |e| WalkError::Unreadable(root.to_path_buf(), e);
    let top = Folder::open_root(root).map_err(unreadable)?;
    let listed = top.list(max).map_err(unreadable)?;
    let dossier = Arc::new(DossierDir::new(root, FileId::of(&meta)));
    Ok((top, listed, dossier))
}

/// Why a folder named `name` (`lower` in lower case) at `depth` is not walked into, if it is not.
fn folder_skip_reason(name: &str, lower: &str, depth: usize) -> Option<&'static str> {
    if name.starts_with('.') {
        Some("hidden")
    } else if SYSTEM_FOLDERS.contains(&lower) {
        Some("system-file")
    } else if depth > crate::limits::MAX_FOLDER_DEPTH {
        Some("too-deep")
    } else {
        None
    }
}

/// Why a file named `name` (`lower` in lower case) is not read, if it is not.
fn file_skip_reason(name: &str, lower: &str) -> Option<&'static str> {
    if name.starts_with("~$") || name.starts_with(".~lock") {
        Some("office-lock-file")
    } else if name.starts_with('.') {
        Some("hidden")
    } else if SYSTEM_FILES.contains(&lower) {
        Some("system-file")
    } else {
        None
    }
}

impl Level {
    /// Opens the subfolder `name` of `parent` (at `path`, `rel` in the dossier) and lists up to
    /// `max` of its names, or says why it is not walked.
    fn enter(
        parent: &Folder,
        name: &std::ffi::OsStr,
        path: PathBuf,
        rel: &str,
        max: usize,
    ) -> Result<Level, &'static str> {
        match parent.sub(name).and_then(|f| {
            let listed = f.list(max)?;
            Ok((f, listed))
        }) {
            Ok((folder, listed)) => Ok(Level {
                folder,
                path,
                rel: rel.to_string(),
                items: listed.into_iter(),
            }),
            // Swapped for a link since it was listed: not followed.
            Err(e) if folder::is_link_refused(&e) => Err("link"),
            Err(_) => Err("unreadable-folder"),
        }
    }
}

/// A folder being walked: its handle, where it is, and the names in it not yet taken.
struct Level {
    folder: Folder,
    path: PathBuf,
    rel: String,
    items: std::vec::IntoIter<Listed>,
}

/// What a name in a folder is, seen without following it.
enum Kind {
    Folder,
    Link,
    /// A file; for a FIFO, socket or device what it is ([`special_kind`]).
    File(Option<&'static str>),
}

/// One name in a folder.
struct Listed {
    name: std::ffi::OsString,
    kind: Kind,
    size: u64,
    id: Option<FileId>,
}

use folder::Folder;

/// Listing folders. On Unix each folder is opened beneath the one that listed it, with
/// `O_NOFOLLOW | O_DIRECTORY`, and listed and examined through that handle (`fstatat` without
/// following): a folder swapped for a link between being listed and being opened is refused by the
/// kernel, and the walk never leaves the dossier (opening folders by path, as walkdir does, follows
/// such a link anywhere, even to `/`). Elsewhere folders are listed by path.
#[cfg(unix)]
mod folder {
    use std::ffi::OsStr;
    use std::io;
    use std::os::fd::OwnedFd;
    use std::os::unix::ffi::OsStrExt;
    use std::path::Path;

    use rustix::fs::{AtFlags, Dir, FileType, Mode, OFlags};
    use rustix::io::Errno;

    use super::{FileId, Kind, Listed};

    pub(super) struct Folder(OwnedFd);

    impl Folder {
        pub(super) fn open_root(path: &Path) -> io::Result<Folder> {
            let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
            Ok(Folder(rustix::fs::open(path, flags, Mode::empty())?))
        }

        /// The subfolder `name`, only if it is still a folder and not a link.
        pub(super) fn sub(&self, name: &OsStr) -> io::Result<Folder> {
            let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
            Ok(Folder(rustix::fs::openat(
                &self.0,
                name,
                flags,
                Mode::empty(),
            )?))
        }

        /// The names in the folder, in order; at most `at_most` of them (which ones is then up
        /// to the file system).
        pub(super) fn list(&self, at_most: usize) -> io::Result<Vec<Listed>> {
            let mut dir = Dir::read_from(&self.0)?;
            let mut listed = Vec::new();
            while let Some(entry) = dir.read() {
                if listed.len() >= at_most {
                    break;
                }
                let entry = entry?;
                let name = entry.file_name();
                if name == c"." || name == c".." {
                    continue;
                }
                let stat = rustix::fs::statat(&self.0, name, AtFlags::SYMLINK_NOFOLLOW).ok();
                let file_type = match &stat {
                    Some(st) => FileType::from_raw_mode(st.st_mode),
                    // Gone since it was listed: as the listing saw it.
                    None => entry.file_type(),
                };
                let kind = match file_type {
                    FileType::Directory => Kind::Folder,
                    FileType::Symlink => Kind::Link,
                    FileType::RegularFile => Kind::File(None),
                    FileType::Fifo => Kind::File(Some("a FIFO (named pipe)")),
                    FileType::Socket => Kind::File(Some("a socket")),
                    FileType::BlockDevice | FileType::CharacterDevice => {
                        Kind::File(Some("a device"))
                    }
                    _ => Kind::File(Some("a special file")),
                };
                listed.push(Listed {
                    name: OsStr::from_bytes(name.to_bytes()).to_os_string(),
                    kind,
                    size: stat
                        .as_ref()
                        .map_or(0, |st| st.st_size.try_into().unwrap_or(0)),
                    id: stat.as_ref().map(FileId::of_stat),
                });
            }
            listed.sort_by(|a, b| a.name.cmp(&b.name));
            Ok(listed)
        }
    }

    /// True when opening a folder failed because it is now a link (or no longer a folder).
    pub(super) fn is_link_refused(e: &io::Error) -> bool {
        let code = e.raw_os_error();
        code == Some(Errno::LOOP.raw_os_error()) || code == Some(Errno::NOTDIR.raw_os_error())
    }
}

#[cfg(not(unix))]
mod folder {
    use std::ffi::OsStr;
    use std::io;
    use std::path::{Path, PathBuf};

    use super::{special_kind, FileId, Kind, Listed};

    pub(super) struct Folder(PathBuf);

    impl Folder {
        pub(super) fn open_root(path: &Path) -> io::Result<Folder> {
            Ok(Folder(path.to_path_buf()))
        }

        pub(super) fn sub(&self, name: &OsStr) -> io::Result<Folder> {
            Ok(Folder(self.0.join(name)))
        }

        pub(super) fn list(&self, at_most: usize) -> io::Result<Vec<Listed>> {
            let mut listed = Vec::new();
            for entry in std::fs::read_dir(&self.0)?.take(at_most) {
                let entry = entry?;
                let meta = entry.metadata().ok();
                let kind = match entry.file_type() {
                    Ok(ft) if ft.is_symlink() => Kind::Link,
                    Ok(ft) if ft.is_dir() => Kind::Folder,
                    Ok(ft) => Kind::File(special_kind(ft)),
                    Err(_) => Kind::File(Some("a special file")),
                };
                listed.push(Listed {
                    name: entry.file_name(),
                    kind,
                    size: meta.as_ref().map_or(0, |m| m.len()),
                    id: meta.as_ref().and_then(FileId::of),
                });
            }
            listed.sort_by(|a, b| a.name.cmp(&b.name));
            Ok(listed)
        }
    }

    pub(super) fn is_link_refused(_: &io::Error) -> bool {
        false
    }
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
