//! Every cap on what one file may cost, in one place. A dossier arrives from outside, so no reader may
//! let memory follow what a file claims: each reader stops at the cap below and reports the file as
//! `too-large` when a cap cut what it read. The caps are far beyond any real letter; they exist for
//! the hostile and the careless file.
//!
//! Memory also holds across `--jobs`: files larger than [`LARGE_FILE_BYTES`] are read only while
//! their size fits in a budget shared by all threads ([`LargeReads`]), so four large scans on four
//! threads are read one after the other instead of all in memory together.

use std::cell::Cell;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

/// Text kept per file: some 1,000 pages, far beyond any dossier letter or GP record printout. The
/// later stages (classification, facts, quotes) cost up to about 70 bytes per byte of text when
/// it is dense with checklist words, and some 20 for ordinary text, so this cap is what holds one
/// file's text within the memory budget (2 MB of nothing but checklist words: 145 MB in all).
pub const MAX_TEXT_BYTES: usize = 2 << 20;

/// Text kept for one dossier, all files together: the later stages hold some four bytes per byte
/// of ordinary text, so 16 MB (eight files at the cap above, thousands of real letters) stay
/// within the memory budget. Past it, files lose their text in path order (`too-large`). The
/// dossiers a batch checks at once (one per thread) share it.
pub const MAX_DOSSIER_TEXT_BYTES: usize = 16 << 20;

/// What each document with text counts against [`MAX_DOSSIER_TEXT_BYTES`] beside its text: its
/// layout, sentences and report entry cost some 4 KB even for a short letter.
pub const TEXT_DOCUMENT_BYTES: usize = 2 << 10;

/// A sentence longer than this is cut into pieces at spaces: no letter writes one, and the fact
/// stages work a sentence at a time, so text without full stops must not become one sentence of
/// megabytes (dense with checklist words, such a sentence cost 70 bytes per byte).
pub const MAX_SENTENCE_BYTES: usize = 2 << 10;

/// A line longer than this is broken (at a space where there is one): no letter has such lines, and
/// later stages work line by line, so one endless line must not cost as much as a whole file.
pub const MAX_LINE_BYTES: usize = 16 << 10;

/// A Word file's `word/document.xml` is read into memory up to this size; a larger one (a single
/// multi-gigabyte text node, a zip bomb) is cut here, and with it any single XML node.
pub const MAX_DOCUMENT_XML_BYTES: u64 = 16 << 20;

/// Headers and footers of a Word file are small; a larger part is not read.
pub const MAX_HEADER_XML_BYTES: u64 = 1 << 20;

/// Decompressed bytes of one PDF stream: an object or cross-reference stream while the file loads,
/// the content of one page (and the forms it draws) while it is read. lopdf's own default (256 MB)
/// lets a 2 MB file inflate to 256 MB per stream; a dense page of text is some 100 KB.
pub const MAX_PDF_STREAM_BYTES: usize = 8 << 20;

/// Decompressed bytes of one PDF page's content.
pub const MAX_PDF_CONTENT_BYTES: usize = MAX_PDF_STREAM_BYTES;

/// Objects in one PDF: lopdf holds every object in memory at once, about 350 bytes each, so 100,000
/// cost some 35 MB beside the file. A 1,000-page report has some 10,000.
pub const MAX_PDF_OBJECTS: usize = 100_000;

/// Entries of a zip (a Word file, a portal's zip): the zip reader holds the whole central directory
/// in memory, about a kilobyte per entry, so more are refused before it is parsed.
pub const MAX_ZIP_ENTRIES: u64 = 10_000;

/// Folders nested deeper than this below the dossier are not opened: the walk holds one handle per
/// level, so an endless tree would run into the open-file limit, and no real dossier nests so deep
/// (a CD's DICOM tree is five levels). Such a folder is a problem (`too-deep`), so the requirements
/// it could change need a look.
pub const MAX_FOLDER_DEPTH: usize = 32;

/// Names (files and folders) the walk takes from one dossier. Every file costs some 2 KB until
/// the report is written, even when it holds nothing readable, so 20,000 stay well within the
/// memory budget beside the text budget below; a real dossier has tens of letters and a CD or two
/// of some thousand images. Past the cap the walk
/// stops, and the first name not taken is a problem (`too-many-files`), so every requirement the
/// rest could change needs a look.
pub const MAX_DOSSIER_NAMES: usize = 20_000;

/// A DICOMDIR larger than this is not read (`too-large`): it is read whole, and an index lists
/// some 400 bytes per image, so 64 MB hold over 150,000 images, more than any disc.
pub const MAX_DICOMDIR_BYTES: u64 = 64 << 20;

/// Files larger than this count against the shared budget for large reads.
pub const LARGE_FILE_BYTES: u64 = 4 << 20;

/// Bytes of large files being read at once, across all threads. A PDF costs about twice its size
/// while parsed, so one 60 MB scan at a time stays well under 150 MB.
pub const LARGE_READ_BUDGET: u64 = 64 << 20;

/// How long reading one file may take by default (`--file-timeout`).
pub const FILE_TIMEOUT: Duration = Duration::from_secs(30);

/// How long checking one dossier may take by default (`--dossier-timeout`).
pub const DOSSIER_TIMEOUT: Duration = Duration::from_secs(300);

/// Default mean word confidence a page must reach (`[ocr] min_confidence`).
///
/// Measured with benches/ocr.py on 30 letters: clear scans 92-96, phone photos 87-96, blurred
/// 100 dpi scans 36-74, and those at 70-74 were read without their kind. 80 keeps every clear scan
/// and photo and leaves every poor one to a person.
pub const DEFAULT_MIN_CONFIDENCE: u8 = 80;
/// Default number of pages of one file read by OCR (`[ocr] max_pages`).
pub const DEFAULT_MAX_PAGES: u16 = 10;
/// Default seconds OCR of one page may take (`[ocr] page_timeout`).
pub const DEFAULT_PAGE_TIMEOUT_SECS: u16 = 20;

thread_local! {
    /// When the read running on this thread must stop. Readers run a file on one thread, so the
    /// loops deep inside them (the PDF interpreter, the Word parser) see it without plumbing.
    static DEADLINE: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// The deadline of the read on this thread, while it lives; the one before is restored on drop.
pub struct Deadline {
    before: Option<Instant>,
}

impl Deadline {
    /// Sets this thread's deadline to `at`.
    pub fn set(at: Instant) -> Deadline {
        Deadline {
            before: DEADLINE.replace(Some(at)),
        }
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        DEADLINE.set(self.before);
    }
}

/// True when the read on this thread has run past its deadline: a reader's loop then stops and
/// the file becomes `too-slow`.
pub fn out_of_time() -> bool {
    DEADLINE.get().is_some_and(|at| Instant::now() >= at)
}

/// When the read on this thread must stop, if it has a deadline (OCR gives a child program no
/// more time than this).
pub fn deadline() -> Option<Instant> {
    DEADLINE.get()
}

/// The message of a `too-slow` problem.
pub fn too_slow_message(limit: Duration) -> String {
    format!(
        "reading the file took longer than {} s; open it by hand",
        limit.as_secs()
    )
}

/// The message of a `too-large` problem when a cap cut a file's text.
pub fn text_cut_message() -> String {
    format!(
        "only the first {} MB of text were read; the rest was not checked",
        MAX_TEXT_BYTES >> 20
    )
}

/// The shared budget for reading large files: a counting semaphore over bytes.
pub struct LargeReads {
    in_use: Mutex<u64>,
    freed: Condvar,
    budget: u64,
}

/// The right to read one large file; the bytes return to the budget when dropped.
pub struct LargeRead<'a> {
    reads: &'a LargeReads,
    bytes: u64,
}

impl LargeReads {
    /// A budget of `budget` bytes.
    pub const fn new(budget: u64) -> LargeReads {
        LargeReads {
            in_use: Mutex::new(0),
            freed: Condvar::new(),
            budget,
        }
    }

    /// The budget every dossier read shares.
    pub fn global() -> &'static LargeReads {
        static GLOBAL: LargeReads = LargeReads::new(LARGE_READ_BUDGET);
        &GLOBAL
    }

    /// Waits until a file of `size` bytes may be read. Small files never wait; a file larger than
    /// the whole budget takes all of it, so it is read alone but is still read.
    pub fn acquire(&self, size: u64) -> LargeRead<'_> {
        let bytes = if size > LARGE_FILE_BYTES {
            size.min(self.budget)
        } else {
            0
        };
        if bytes > 0 {
            let mut in_use = self.lock();
            while *in_use + bytes > self.budget {
                in_use = self
                    .freed
                    .wait(in_use)
                    .unwrap_or_else(PoisonError::into_inner);
            }
            *in_use += bytes;
        }
        LargeRead { reads: self, bytes }
    }

    /// The counter; a panic elsewhere never leaves it unusable (it only holds a number).
    fn lock(&self) -> MutexGuard<'_, u64> {
        self.in_use.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Drop for LargeRead<'_> {
    fn drop(&mut self) {
        if self.bytes > 0 {
            let mut in_use = self.reads.lock();
            *in_use -= self.bytes;
            self.reads.freed.notify_all();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deadline_holds_while_set_and_the_one_before_returns() {
        assert!(!out_of_time());
        {
            let _outer = Deadline::set(Instant::now() + Duration::from_secs(60));
            assert!(!out_of_time());
            {
                let _inner = Deadline::set(Instant::now());
                assert!(out_of_time());
            }
            assert!(!out_of_time());
        }
        assert!(!out_of_time());
    }

    #[test]
    fn small_files_never_count_against_the_budget() {
        let reads = LargeReads::new(10 << 20);
        let _a = reads.acquire(1 << 20);
        let _b = reads.acquire(LARGE_FILE_BYTES);
        assert_eq!(*reads.lock(), 0);
    }

    #[test]
    fn large_reads_wait_for_room_and_give_it_back() {
        let reads = std::sync::Arc::new(LargeReads::new(10 << 20));
        let first = reads.acquire(8 << 20);
        assert_eq!(*reads.lock(), 8 << 20);
        let waiting = {
            let reads = reads.clone();
            std::thread::spawn(move || {
                // Larger than the budget: takes all of it once the first read is done.
                let second = reads.acquire(100 << 20);
                // Read before `second` returns its bytes (which takes the lock again).
                let seen = *reads.lock();
                drop(second);
                seen
            })
        };
        drop(first);
        let seen = waiting.join().expect("second reader");
        assert_eq!(seen, 10 << 20);
        assert_eq!(*reads.lock(), 0);
    }
}
