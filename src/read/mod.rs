//! Reading each file of a dossier: its format (sniffed from content first, the extension second), its
//! text, and whether it could be read at all. Imaging media (a CD copied as a folder with `DICOMDIR`,
//! loose DICOM files, ISO images, zips from patient portals) are gathered into one record per medium. A file that cannot be read
//! becomes a document with a problem; it never stops the run.

pub mod docx;
pub mod file;
mod finish;
pub mod image;
pub mod media;
pub mod model;
pub mod ocr;
pub mod pdf;
mod pdf_fonts;
mod pdf_images;
pub mod pdf_layout;
mod pdf_load;
mod pdf_metrics;
pub mod plain;
pub mod problem;
pub mod reader;
pub mod unsupported;
pub mod zip_entries;

use std::path::Path;
use std::time::Instant;

pub use file::{
    guarded, internal_error, io_problem, panic_message, read_capped, read_document_bytes,
    read_up_to,
};
pub use model::{Format, OcrInfo, OcrOptions, ReadDoc, ReadOptions, PAGE_BREAK};
pub use problem::{Problem, ProblemCode};

use crate::open::{self, Entry};
use crate::walk::{Ignored, Walk};
use reader::{cut_short, unread, Look, Reader};

/// Everything read from a dossier.
#[derive(Debug, Default)]
pub struct Reading {
    /// Documents and media, sorted by path.
    pub docs: Vec<ReadDoc>,
    /// Files skipped, with the reason.
    pub ignored: Vec<Ignored>,
    /// True when scans were left unread because OCR (Tesseract) is not installed.
    pub ocr_missing: bool,
}

/// Every file format the tool knows, in the order they claim a file: first by content (or a whole
/// name), then by extension, each round down this list. A new format is a module with a
/// [`Reader`] and a line here.
static READERS: &[&dyn Reader] = &[
    &media::folder::Dicomdir,
    &pdf::Pdf,
    &media::folder::Dicom,
    &image::Image,
    &docx::Ole,
    &docx::Docx,
    &media::iso::Iso,
    &media::zip::Zip,
    &plain::Text,
    &unsupported::Unsupported,
];

/// The reader that claims a file, from its first bytes and its name (`None`: not a document); a
/// file the opener refuses (not a regular file, or swapped since the walk) is that file's problem.
/// Other errors leave only the name to go by: the reader then reports them.
fn sniff(entry: &Entry, name: &str) -> Result<Option<&'static dyn Reader>, Problem> {
    let mut head = [0u8; 132];
    let n = match open::open_entry(entry).and_then(|mut f| read_up_to(&mut f, &mut head)) {
        Ok(n) => n,
        Err(e) => match open::Refused::of(&e) {
            Some(refused) => return Err(Problem::from(refused)),
            None => 0,
        },
    };
    Ok(claimant(&head[..n], name))
}

/// The reader that claims a file by its first bytes `head` and its `name`.
fn claimant(head: &[u8], name: &str) -> Option<&'static dyn Reader> {
    let lower = name.to_lowercase();
    let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    READERS
        .iter()
        .find(|r| r.claims_content(head, &lower))
        .or_else(|| READERS.iter().find(|r| r.claims_extension(ext, head)))
        .copied()
}

/// Reads one document file on its own, outside any dossier walk (the accuracy corpus, tools).
/// Media and files that are no document give nothing.
pub fn read_document(path: &Path, options: &ReadOptions) -> Vec<ReadDoc> {
    let entry = Entry::standalone(path);
    match first_look(&entry, options) {
        Look::Docs(docs) => docs,
        _ => Vec::new(),
    }
}

/// Reads every file the walk found: letters in parallel, then media, whose files belong together.
pub fn read_dossier(walk: &Walk, options: &ReadOptions) -> Reading {
    // A folder that cannot be opened may hold any document: it is an unread item like an unread
    // file, so the requirements it could meet or change need a look.
    let (unread_folders, ignored): (Vec<Ignored>, Vec<Ignored>) =
        walk.ignored.iter().cloned().partition(|i| {
            matches!(
                i.reason.as_str(),
                "unreadable-folder" | "too-deep" | "too-many-files"
            )
        });
    let mut reading = Reading {
        docs: unread_folders
            .into_iter()
            .map(|folder| {
                let mut doc = ReadDoc::new(&folder.path, Format::Unsupported);
                doc.problems.push(if folder.reason == "too-many-files" {
                    Problem::new(
                        ProblemCode::TooManyFiles,
                        format!(
                            "the dossier holds more than {} files and folders; the walk stopped here, so this one and others were not read: look at them by hand",
                            crate::limits::MAX_DOSSIER_NAMES
                        ),
                    )
                } else if folder.reason == "too-deep" {
                    Problem::new(
                        ProblemCode::TooDeep,
                        format!(
                            "a folder nested more than {} levels deep; it was not opened, look at it by hand",
                            crate::limits::MAX_FOLDER_DEPTH
                        ),
                    )
                } else {
                    Problem::new(
                        ProblemCode::UnreadableFolder,
                        "a folder that cannot be opened (permissions, or a path too long); look at it by hand",
                    )
                });
                doc
            })
            .collect(),
        ignored,
        ocr_missing: false,
    };
    let looks = read_within_text_budget(&walk.files, options);
    let mut dicomdirs = Vec::new();
    let mut dicom_files = Vec::new();
    for look in looks {
        match look {
            Look::Docs(docs) => reading.docs.extend(docs),
            Look::Dicomdir(entry) => dicomdirs.push(entry),
            Look::Dicom(entry) => dicom_files.push(entry),
            Look::Ignored(ignored) => reading.ignored.push(ignored),
        }
    }

    let (media, claimed) = media::folder::read_media(&walk.files, &dicomdirs, &dicom_files);
    reading.docs.extend(media);
    // A listed image the sniffing took for "not a document" was read by its medium after all.
    reading.ignored.retain(|i| !claimed.contains(&i.path));

    reading.docs.sort_by(|a, b| a.path.cmp(&b.path));
    reading.ignored.sort_by(|a, b| a.path.cmp(&b.path));
    // Only a dossier with a scan looks for Tesseract (once per run).
    reading.ocr_missing = reading
        .docs
        .iter()
        .any(|d| d.problems.iter().any(|p| p.code == ProblemCode::ImageOnly))
        && ocr::missing(options);
    reading
}

/// Looks at one file, a bug in a reader costing that file only.
fn first_look_guarded<'a>(entry: &'a Entry, options: &ReadOptions) -> Look<'a> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| first_look(entry, options)))
        .unwrap_or_else(|panic| {
            let mut doc = ReadDoc::new(&entry.rel, Format::Unsupported);
            doc.problems.push(internal_error(&*panic));
            Look::Docs(vec![doc])
        })
}

/// What a look's text weighs against the dossier's text budget: its bytes, and for each document
/// with text what the later stages hold for it whatever its length.
fn text_bytes(look: &Look) -> usize {
    match look {
        Look::Docs(docs) => docs
            .iter()
            .filter_map(|d| d.text.as_ref())
            .map(|t| t.len() + crate::limits::TEXT_DOCUMENT_BYTES)
            .sum(),
        _ => 0,
    }
}

/// Reads every file in parallel while the dossier's text stays within its budget
/// ([`ReadOptions::text_budget`]). What the later stages hold grows with the text of all
/// documents together, so past the budget a file's text is dropped and the file is `too-large`.
/// Which files keep their text does not depend on which thread finished first: the files are
/// taken in path order, each keeping its text while the total fits; one that was cut while the
/// threads raced but fits in that order is read again.
fn read_within_text_budget<'a>(files: &'a [Entry], options: &ReadOptions) -> Vec<Look<'a>> {
    use rayon::prelude::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let budget = options.text_budget;
    let held = AtomicUsize::new(0);
    let mut looks: Vec<(Look, usize, bool)> = files
        .par_iter()
        .map(|entry| {
            let look = first_look_guarded(entry, options);
            let bytes = text_bytes(&look);
            // A hard bound while the threads race: the text is dropped at once when it does not fit.
            let fits = held.fetch_add(bytes, Ordering::Relaxed) + bytes <= budget;
            if fits {
                (look, bytes, false)
            } else {
                held.fetch_sub(bytes, Ordering::Relaxed);
                (over_text_budget(look, budget), bytes, true)
            }
        })
        .collect();
    if !looks.iter().any(|(_, _, cut)| *cut) {
        return looks.into_iter().map(|(look, _, _)| look).collect();
    }
    // In path order: the files that fit keep their text, every later one with text loses it.
    let mut left = budget;
    let mut read_again = Vec::new();
    for (i, (look, bytes, cut)) in looks.iter_mut().enumerate() {
        if *bytes <= left {
            left -= *bytes;
            if *cut {
                read_again.push(i);
            }
        } else if *bytes > 0 {
            left = 0;
            if !*cut {
                let taken = std::mem::replace(look, Look::Docs(Vec::new()));
                *look = over_text_budget(taken, budget);
            }
        }
    }
    let again: Vec<(usize, Look)> = read_again
        .into_par_iter()
        .map(|i| (i, first_look_guarded(&files[i], options)))
        .collect();
    for (i, look) in again {
        looks[i].0 = look;
    }
    looks.into_iter().map(|(look, _, _)| look).collect()
}

/// A look whose documents lose their text: the dossier's text budget of `budget` bytes is spent.
fn over_text_budget(look: Look, budget: usize) -> Look {
    let Look::Docs(docs) = look else {
        return look;
    };
    let problem = || {
        Problem::new(
            ProblemCode::TooLarge,
            format!(
                "the dossier holds more text than the {} MB the tool reads of one dossier; this file's text was not checked",
                budget >> 20
            ),
        )
    };
    Look::Docs(
        docs.into_iter()
            .map(|d| {
                if d.text.is_some() {
                    cut_short(d, problem())
                } else {
                    d
                }
            })
            .collect(),
    )
}

/// Looks at one file; once the dossier's time is up, files are not opened at all.
fn first_look<'a>(entry: &'a Entry, options: &ReadOptions) -> Look<'a> {
    if options
        .dossier_deadline
        .is_some_and(|d| Instant::now() >= d)
    {
        let mut doc = ReadDoc::new(&entry.rel, Format::Unsupported);
        doc.problems.push(Problem::new(
            ProblemCode::TooSlow,
            "not read: the time for this dossier was up; open it by hand",
        ));
        return Look::Docs(vec![doc]);
    }
    first_look_in_time(entry, options)
}

/// Sniffs one file and reads it when it is a document on its own.
fn first_look_in_time<'a>(entry: &'a Entry, options: &ReadOptions) -> Look<'a> {
    let name = entry.rel.rsplit('/').next().unwrap_or(&entry.rel);
    match sniff(entry, name) {
        Ok(Some(reader)) => reader.look(entry, options),
        Ok(None) => Look::Ignored(Ignored {
            path: entry.rel.clone(),
            reason: "not-a-document".to_string(),
        }),
        // Never read, so it could be anything: a candidate for every requirement.
        Err(problem) => unread(entry, Format::Unsupported, problem),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_read_past_its_time_is_too_slow_and_unread() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("brief.txt");
        std::fs::write(&p, "Geachte collega, hierbij verwijs ik patiënte naar u.").unwrap();
        let options = ReadOptions {
            file_timeout: Duration::ZERO,
            ..ReadOptions::default()
        };
        let docs = read_document(&p, &options);
        assert_eq!(docs.len(), 1);
        assert!(!docs[0].readable && docs[0].text.is_none());
        assert_eq!(docs[0].problems[0].code, "too-slow");
        let docs = read_document(&p, &ReadOptions::default());
        assert!(docs[0].readable, "{:?}", docs[0].problems);
    }

    fn sniff(path: &Path, name: &str) -> &'static str {
        super::sniff(&Entry::standalone(path), name)
            .unwrap()
            .map_or("not a document", |r| r.name())
    }

    #[test]
    fn sniff_prefers_content_over_extension() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("brief.docx");
        std::fs::write(&p, b"%PDF-1.4\n").unwrap();
        assert_eq!(sniff(&p, "brief.docx"), "pdf");
        let p = dir.path().join("scan0001.pdf");
        std::fs::write(&p, b"\xFF\xD8\xFF\xE0rest").unwrap();
        assert_eq!(sniff(&p, "scan0001.pdf"), "image");
        let p = dir.path().join("autorun.inf");
        std::fs::write(&p, b"[autorun]").unwrap();
        assert_eq!(sniff(&p, "autorun.inf"), "not a document");
        let p = dir.path().join("IM000001");
        let mut dcm = vec![0u8; 128];
        dcm.extend_from_slice(b"DICM");
        std::fs::write(&p, &dcm).unwrap();
        assert_eq!(sniff(&p, "IM000001"), "dicom");
    }

    #[test]
    fn sniff_finds_media_without_preamble_or_upper_case() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("IM000001");
        std::fs::write(&p, b"DICM\x02\x00\x00\x00UL").unwrap();
        assert_eq!(sniff(&p, "IM000001"), "dicom");
        let p = dir.path().join("dicomdir;1");
        std::fs::write(&p, b"").unwrap();
        assert_eq!(sniff(&p, "dicomdir;1"), "dicomdir");
        let p = dir.path().join("Beelden.ZIP");
        std::fs::write(&p, b"PK\x03\x04").unwrap();
        assert_eq!(sniff(&p, "Beelden.ZIP"), "zip");
    }
}
