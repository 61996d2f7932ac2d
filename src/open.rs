//! Opening a dossier's files: the one place where a file of a dossier is opened, so that nothing
//! outside the dossier is ever read, and nothing but a regular file.
//!
//! The walk lists the files; between the listing and the reading anything else writing to the inbox
//! may swap a file for a link to elsewhere, or for a FIFO that would block a read forever. So:
//!
//! - on Linux a file is opened with `openat2` from the dossier folder's own handle, with
//!   `RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS`: the kernel refuses any path that passes a link or
//!   leaves the folder, wherever in the path the link was swapped in;
//! - where `openat2` is missing (kernels before 5.6, other systems, sandboxes that forbid it) the
//!   file is opened with `O_NOFOLLOW`, and the opened handle must be the very file the walk saw
//!   (same device and inode), which also catches a folder higher up swapped for a link;
//! - always non-blocking (opening a FIFO does not wait for a writer) and never as a controlling
//!   terminal; the opened handle must be a regular file. A file the walk already saw as a FIFO,
//!   socket or device is not opened at all.
//!
//! A refused file becomes a problem of that file ([`Refused::problem`]), which the verdict treats
//! like any file that could not be read.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

use std::sync::Arc;

/// A file's identity on its file system: what a file swapped in under the same name cannot keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileId {
    dev: u64,
    ino: u64,
}

impl FileId {
    /// The identity in `meta` (none where the system has no inode numbers).
    pub fn of(meta: &std::fs::Metadata) -> Option<FileId> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Some(FileId {
                dev: meta.dev(),
                ino: meta.ino(),
            })
        }
        #[cfg(not(unix))]
        {
            let _ = meta;
            None
        }
    }
}

#[cfg(unix)]
impl FileId {
    /// The identity in a `stat` result.
    #[allow(clippy::unnecessary_cast)] // the field types differ between systems
    pub fn of_stat(st: &rustix::fs::Stat) -> FileId {
        FileId {
            dev: st.st_dev as u64,
            ino: st.st_ino as u64,
        }
    }
}

/// Why a file was not opened. Carried inside an [`io::Error`] so that every reader passes it on
/// unchanged; `read::file::io_problem` turns it into the file's problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    /// A FIFO, socket, device or folder where a file was listed.
    #[error("not a regular file but {0}; such files are never opened")]
    NotRegular(&'static str),
    /// Replaced by a link or by another file after the walk listed it.
    #[error("the file was replaced (by a link or another file) while the dossier was checked; links are never followed")]
    Changed,
}

impl Refused {
    /// The refusal carried by `e`, if it is one.
    pub fn of(e: &io::Error) -> Option<Refused> {
        e.get_ref()
            .and_then(|inner| inner.downcast_ref::<Refused>())
            .copied()
    }

    fn into_io(self) -> io::Error {
        io::Error::other(self)
    }
}

/// How a file type is named in a refusal ("a FIFO"); `None` for a regular file.
pub fn special_kind(ft: std::fs::FileType) -> Option<&'static str> {
    if ft.is_file() {
        return None;
    }
    if ft.is_dir() {
        return Some("a folder");
    }
    if ft.is_symlink() {
        return Some("a link");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return Some("a FIFO (named pipe)");
        }
        if ft.is_socket() {
            return Some("a socket");
        }
        if ft.is_block_device() || ft.is_char_device() {
            return Some("a device");
        }
    }
    Some("a special file")
}

/// The folder a dossier was walked from. On Linux its handle is opened on first use (not at the
/// walk, so a large inbox does not hold one handle per dossier) and closed with the last entry.
#[derive(Debug)]
pub struct DossierDir {
    path: PathBuf,
    id: Option<FileId>,
    #[cfg(target_os = "linux")]
    handle: std::sync::OnceLock<linux::Handle>,
}

impl DossierDir {
    /// The folder at `path`, whose identity the walk saw as `id`.
    pub fn new(path: &Path, id: Option<FileId>) -> DossierDir {
        DossierDir {
            path: path.to_path_buf(),
            id,
            #[cfg(target_os = "linux")]
            handle: std::sync::OnceLock::new(),
        }
    }

    /// The folder's path as given.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

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

/// Opens a file the walk listed, for reading, without following any link and only if it is still
/// the regular file the walk saw.
pub fn open_entry(entry: &Entry) -> io::Result<File> {
    if let Some(kind) = entry.special {
        return Err(Refused::NotRegular(kind).into_io());
    }
    let (file, checked_beneath) = open_no_links(entry)?;
    let meta = file.metadata()?;
    if let Some(kind) = special_kind(meta.file_type()) {
        return Err(Refused::NotRegular(kind).into_io());
    }
    // Beneath the dossier's handle the kernel has already refused every link; without it only the
    // identity proves that no link higher up the path led elsewhere.
    let same = match (entry.id, FileId::of(&meta)) {
        (Some(walked), Some(opened)) => walked == opened,
        (None, _) => checked_beneath || cfg!(not(unix)),
        (Some(_), None) => true,
    };
    if !same {
        return Err(Refused::Changed.into_io());
    }
    Ok(file)
}

/// Opens a file named by its path alone (a dossier's `dossier.toml`, a file given on the command
/// line), with the same rules, beneath its own folder.
pub fn open_file(path: &Path) -> io::Result<File> {
    open_entry(&Entry::standalone(path))
}

/// Opens `entry` without following links; the flag says whether the kernel resolved it beneath the
/// dossier's handle.
#[cfg(target_os = "linux")]
fn open_no_links(entry: &Entry) -> io::Result<(File, bool)> {
    if let Ok(rel) = entry.path.strip_prefix(&entry.dossier.path) {
        match entry.dossier.handle() {
            linux::Handle::Dir(dir) => {
                if let Some(opened) = linux::beneath(dir, rel) {
                    return opened.map(|f| (f, true));
                }
            }
            linux::Handle::Changed => return Err(Refused::Changed.into_io()),
            linux::Handle::Unavailable => {}
        }
    }
    unix::no_follow(&entry.path).map(|f| (f, false))
}

#[cfg(all(unix, not(target_os = "linux")))]
fn open_no_links(entry: &Entry) -> io::Result<(File, bool)> {
    unix::no_follow(&entry.path).map(|f| (f, false))
}

#[cfg(not(unix))]
fn open_no_links(entry: &Entry) -> io::Result<(File, bool)> {
    File::open(&entry.path).map(|f| (f, false))
}

#[cfg(unix)]
mod unix {
    use std::fs::File;
    use std::io;
    use std::path::Path;

    use rustix::fs::{Mode, OFlags};
    use rustix::io::Errno;

    use crate::open::Refused;

    /// Read-only, never blocking on a FIFO, never becoming the controlling terminal, never a link.
    pub(super) fn flags() -> OFlags {
        OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::NOCTTY | OFlags::CLOEXEC
    }

    /// Opens `path` with `O_NOFOLLOW`: a link in its last component is refused.
    pub(super) fn no_follow(path: &Path) -> io::Result<File> {
        match rustix::fs::open(path, flags(), Mode::empty()) {
            Ok(fd) => Ok(File::from(fd)),
            Err(Errno::LOOP) => Err(Refused::Changed.into_io()),
            Err(e) => Err(e.into()),
        }
    }
}

#[cfg(target_os = "linux")]
mod linux {
    use std::fs::File;
    use std::io;
    use std::os::fd::{AsFd, OwnedFd};
    use std::path::Path;
    use std::sync::atomic::{AtomicBool, Ordering};

    use rustix::fs::{Mode, OFlags, ResolveFlags};
    use rustix::io::Errno;

    use crate::open::{DossierDir, FileId, Refused};

    /// False once the kernel has said it has no `openat2`.
    static OPENAT2: AtomicBool = AtomicBool::new(true);

    /// The dossier folder's handle, or why there is none.
    #[derive(Debug)]
    pub(super) enum Handle {
        Dir(OwnedFd),
        /// The folder cannot be opened as a handle: files fall back to `O_NOFOLLOW` and identity.
        Unavailable,
        /// The folder is no longer the one walked (swapped for another or a link).
        Changed,
    }

    impl DossierDir {
        pub(super) fn handle(&self) -> &Handle {
            self.handle.get_or_init(|| {
                let flags = OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC;
                let Ok(fd) = rustix::fs::open(&self.path, flags, Mode::empty()) else {
                    return Handle::Unavailable;
                };
                let opened = rustix::fs::fstat(&fd).ok().map(|st| FileId {
                    dev: st.st_dev,
                    ino: st.st_ino,
                });
                match (self.id, opened) {
                    (Some(walked), Some(opened)) if walked != opened => Handle::Changed,
                    _ => Handle::Dir(fd),
                }
            })
        }
    }

    /// Opens `rel` beneath `dir`; `None` when the system has no usable `openat2`.
    pub(super) fn beneath(dir: &OwnedFd, rel: &Path) -> Option<io::Result<File>> {
        if !OPENAT2.load(Ordering::Relaxed) {
            return None;
        }
        let how = ResolveFlags::BENEATH | ResolveFlags::NO_SYMLINKS | ResolveFlags::NO_MAGICLINKS;
        // The kernel answers EAGAIN when a rename elsewhere raced the lookup: it asks to retry.
        for _ in 0..16 {
            match rustix::fs::openat2(
                dir.as_fd(),
                rel,
                crate::open::unix::flags(),
                Mode::empty(),
                how,
            ) {
                Ok(fd) => return Some(Ok(File::from(fd))),
                Err(Errno::AGAIN) | Err(Errno::INTR) => continue,
                Err(Errno::NOSYS) => {
                    OPENAT2.store(false, Ordering::Relaxed);
                    return None;
                }
                // Container sandboxes (seccomp) answer EPERM for system calls they do not know.
                Err(Errno::PERM) => return None,
                // A link somewhere on the path (ELOOP), or a path leading out (EXDEV).
                Err(Errno::LOOP) | Err(Errno::XDEV) => {
                    return Some(Err(Refused::Changed.into_io()))
                }
                Err(e) => return Some(Err(e.into())),
            }
        }
        Some(Err(Errno::AGAIN.into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn read_all(entry: &Entry) -> io::Result<String> {
        let mut s = String::new();
        open_entry(entry)?.read_to_string(&mut s)?;
        Ok(s)
    }

    #[test]
    fn opens_a_regular_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "inside").unwrap();
        let walked = crate::walk::walk(dir.path()).unwrap();
        assert_eq!(read_all(&walked.files[0]).unwrap(), "inside");
    }

    #[cfg(unix)]
    #[test]
    fn a_file_swapped_for_a_link_is_refused() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret.txt"), "outside").unwrap();
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub/a.txt"), "inside").unwrap();
        let walked = crate::walk::walk(dir.path()).unwrap();
        let entry = &walked.files[0];
        // The file itself becomes a link.
        std::fs::remove_file(dir.path().join("sub/a.txt")).unwrap();
        std::os::unix::fs::symlink(outside.path().join("secret.txt"), &entry.path).unwrap();
        let err = read_all(entry).unwrap_err();
        assert_eq!(Refused::of(&err), Some(Refused::Changed));
        // A folder above it becomes a link to a folder holding a file of the same name.
        std::fs::write(outside.path().join("a.txt"), "outside").unwrap();
        std::fs::remove_dir_all(dir.path().join("sub")).unwrap();
        std::os::unix::fs::symlink(outside.path(), dir.path().join("sub")).unwrap();
        let err = read_all(entry).unwrap_err();
        assert_eq!(Refused::of(&err), Some(Refused::Changed));
    }

    #[cfg(unix)]
    #[test]
    fn the_fallback_compares_identity() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("a.txt"), "outside").unwrap();
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub/a.txt"), "inside").unwrap();
        let walked = crate::walk::walk(dir.path()).unwrap();
        let entry = &walked.files[0];
        std::fs::remove_dir_all(dir.path().join("sub")).unwrap();
        std::os::unix::fs::symlink(outside.path(), dir.path().join("sub")).unwrap();
        // A dossier handle that does not hold the file forces the O_NOFOLLOW path, which follows
        // the folder link: the identity check refuses the file.
        let fallback = Entry {
            dossier: std::sync::Arc::new(DossierDir::new(Path::new("/nonexistent"), None)),
            ..entry.clone()
        };
        let err = read_all(&fallback).unwrap_err();
        assert_eq!(Refused::of(&err), Some(Refused::Changed));
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_never_opened() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("brief.pdf");
        rustix::fs::mkfifoat(
            rustix::fs::CWD,
            &fifo,
            rustix::fs::Mode::RUSR | rustix::fs::Mode::WUSR,
        )
        .unwrap();
        let walked = crate::walk::walk(dir.path()).unwrap();
        let entry = &walked.files[0];
        assert!(entry.special.is_some());
        let err = read_all(entry).unwrap_err();
        assert!(matches!(Refused::of(&err), Some(Refused::NotRegular(_))));
        // A file swapped for a FIFO after the walk is opened without blocking, then refused.
        let file = dir.path().join("later.pdf");
        std::fs::write(&file, "x").unwrap();
        let walked = crate::walk::walk(dir.path()).unwrap();
        let entry = walked.files.iter().find(|e| e.rel == "later.pdf").unwrap();
        std::fs::remove_file(&file).unwrap();
        rustix::fs::mkfifoat(
            rustix::fs::CWD,
            &file,
            rustix::fs::Mode::RUSR | rustix::fs::Mode::WUSR,
        )
        .unwrap();
        let err = read_all(entry).unwrap_err();
        assert!(Refused::of(&err).is_some());
    }
}
