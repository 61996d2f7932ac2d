//! What every file format provides: a [`Reader`] says which files it claims (by their first bytes
//! or their name, else by their extension) and reads them. The formats are listed once, in
//! [`super::READERS`]; a new format is a module with a `Reader` and one line there.
//!
//! Also here: what a first look at a file gives ([`Look`]) and the limits every read runs under
//! (its time, and for letters the shared memory budget), so a reader needs nothing from the table
//! that lists it.

use std::time::Instant;

use super::model::{Format, ReadDoc, ReadOptions};
use super::problem::{Problem, ProblemCode};
use crate::open::Entry;
use crate::walk::Ignored;

/// What the first look at a file gives: a document read, several (an ISO or zip can hold more than
/// one medium), or a file that belongs to a medium or is no document.
pub enum Look<'a> {
    /// Documents read from the file.
    Docs(Vec<ReadDoc>),
    /// The index of a CD copied as a folder: read with its folder once every file was looked at.
    Dicomdir(&'a Entry),
    /// A DICOM file: read with the medium it belongs to.
    Dicom(&'a Entry),
    /// Not a document.
    Ignored(Ignored),
}

/// One file format: which files it claims and how it reads them. Claims are asked in two rounds
/// over the table, content first, so a PDF named `.docx` is read as a PDF.
pub trait Reader: Sync {
    /// A short name for the format, for tests and diagnostics (`pdf`, `docx`, ...).
    fn name(&self) -> &'static str;

    /// Whether the file is this format by its first bytes `head` (up to 132) or its whole
    /// lower-case `name` (a `DICOMDIR`).
    fn claims_content(&self, head: &[u8], name: &str) -> bool {
        let _ = (head, name);
        false
    }

    /// Whether the file is this format by its lower-case extension `ext`, when no format claimed
    /// its content (`head` tells an old Word file from a new one of the same extension).
    fn claims_extension(&self, ext: &str, head: &[u8]) -> bool {
        let _ = (ext, head);
        false
    }

    /// Reads the file, or sets it aside for its medium.
    fn look<'a>(&self, entry: &'a Entry, options: &ReadOptions) -> Look<'a>;
}

/// One document as the look at a file.
pub fn one(doc: ReadDoc) -> Look<'static> {
    Look::Docs(vec![doc])
}

/// A file of `format` that was not read, for `problem`.
pub fn unread(entry: &Entry, format: Format, problem: Problem) -> Look<'static> {
    let mut doc = ReadDoc::new(&entry.rel, format);
    doc.problems.push(problem);
    one(doc)
}

/// Reads a letter: once the memory budget has room for it (so the wait does not count as its
/// time), then within its time.
pub fn letter<'a>(
    entry: &'a Entry,
    options: &ReadOptions,
    read: fn(&Entry, &ReadOptions) -> ReadDoc,
) -> Look<'a> {
    Look::Docs(within_budget(entry, || {
        timed(options, || vec![read(entry, options)])
    }))
}

/// Runs a read within its time: the file's own limit, and what is left of the dossier's. A read
/// that runs past it stops in the reader's loop (or is found late when it returns) and each of
/// its documents is `too-slow`.
pub fn timed(options: &ReadOptions, read: impl FnOnce() -> Vec<ReadDoc>) -> Vec<ReadDoc> {
    let mut deadline = Instant::now() + options.file_timeout;
    if let Some(d) = options.dossier_deadline {
        deadline = deadline.min(d);
    }
    let _deadline = crate::limits::Deadline::set(deadline);
    let docs = read();
    if !crate::limits::out_of_time() {
        return docs;
    }
    let too_slow = || {
        Problem::new(
            ProblemCode::TooSlow,
            crate::limits::too_slow_message(options.file_timeout),
        )
    };
    docs.into_iter().map(|d| cut_short(d, too_slow())).collect()
}

/// A document whose read was stopped: what it gave cannot be trusted to be complete, so it is
/// unread, with `problem` first.
pub fn cut_short(doc: ReadDoc, problem: Problem) -> ReadDoc {
    let mut unread = doc.unread_copy();
    unread.problems.insert(0, problem);
    unread
}

/// Reads a letter once the shared budget for large files has room for it, so the memory of large
/// reads does not multiply with `--jobs`. Only readers that never wait on other threads go through
/// here (media readers run parallel work of their own, which a waiting thread could hold up).
fn within_budget(entry: &Entry, read: impl FnOnce() -> Vec<ReadDoc>) -> Vec<ReadDoc> {
    let _room = crate::limits::LargeReads::global().acquire(entry.size);
    read()
}
