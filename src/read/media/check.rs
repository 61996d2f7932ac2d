//! Checking one imaging medium, wherever its bytes live: a folder on disk, an ISO image, a zip.
//!
//! A [`Source`] hands out readers for the files of a medium; [`check`] does the rest the same way for
//! all of them: read the `DICOMDIR` index, find every file it lists (path components matched without
//! regard to case or to ISO `;1` suffixes, because copy tools change both), read each header, compare
//! SOP instance UIDs, and count the DICOM files the index leaves out. Headers are read in parallel on
//! the run's thread pool, each worker with its own reader, and only header bytes are ever read.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{self, Read};

use rayon::prelude::*;

use super::dicomdir::{parse_dicomdir, Index};
use super::header::read_header;
use super::model::{
    match_key, Cursor, DicomHeader, FaultKind, ImageFault, MediumFile, MediumSummary, Plan, Source,
    Tally,
};
use crate::limits::MAX_DICOMDIR_BYTES;
use crate::read::file::read_up_to;
use crate::read::model::{Format, ReadDoc};
use crate::read::problem::{Problem, ProblemCode};

/// The outcome of checking a medium.
#[derive(Debug, Default)]
pub struct Checked {
    /// What is on it.
    pub summary: MediumSummary,
    /// What is wrong with it; any problem makes it unusable for the checklist.
    pub problems: Vec<Problem>,
    /// Files the medium read (its index, the images it found), by index.
    pub claimed: Vec<usize>,
    /// DICOM files found (or listed): zero means the source holds no medium at all.
    pub dicom_files: usize,
}

impl Checked {
    /// The medium as a document: readable only when nothing is wrong and some image reads.
    pub fn into_doc(self, path: &str, format: Format) -> ReadDoc {
        let mut doc = ReadDoc::new(path, format);
        doc.readable = self.problems.is_empty() && self.summary.images_readable > 0;
        doc.problems = self.problems;
        doc.medium = Some(self.summary);
        doc
    }
}

/// Checks one medium of `files` as `plan` describes it. `place` says where its files are, for
/// messages: "on the medium", "on the disc", "in the archive", "in the folder".
pub fn check(source: &dyn Source, files: &[MediumFile], plan: &Plan, place: &str) -> Checked {
    let mut out = Checked::default();
    match plan.dicomdir {
        Some(d) => check_indexed(source, files, plan, d, place, &mut out),
        None => check_loose(source, files, &plan.owned, place, true, &mut out),
    }
    out
}

/// Checks a medium with an index (file `d`): every listed file is there and reads as the image the
/// index names, and DICOM files it does not list are noted.
fn check_indexed(
    source: &dyn Source,
    files: &[MediumFile],
    plan: &Plan,
    d: usize,
    place: &str,
    out: &mut Checked,
) {
    out.claimed.push(d);
    let index = read_index(source, d, &files[d]).and_then(|bytes| parse_dicomdir(&bytes));
    let index = match index {
        Ok(index) => index,
        Err(problem) => {
            // The index is unusable, but the images may still say whose they are.
            out.problems.push(problem);
            let owned: Vec<usize> = plan.owned.iter().copied().filter(|&i| i != d).collect();
            check_loose(source, files, &owned, place, false, out);
            return;
        }
    };
    let listed = find_listed(files, plan, d, &index);
    out.summary.images_listed = Some(index.images.len());
    out.dicom_files += index.images.len();
    let read = read_listed(source, files, &listed.jobs);
    out.claimed.extend(listed.jobs.iter().map(|(i, _)| *i));

    let candidates: Vec<usize> = plan
        .owned
        .iter()
        .copied()
        .filter(|i| *i != d && !listed.referenced.contains(i))
        .collect();
    let unindexed: Vec<usize> = sniff_all(source, files, &candidates);
    out.claimed.extend(&unindexed);

    let medium = IndexedMedium {
        index: &index,
        listed: &listed,
        read: &read,
        unindexed: &unindexed,
    };
    medium.report(files, place, out);
    out.summary.images_missing = listed.missing.len();
    out.summary.images_unreadable = read.faults.total();
    out.summary.images_mismatched = read.mismatched.len();
    out.summary.images_unindexed = unindexed.len();
    read.tally.finish(&mut out.summary);
}

/// The files an index lists, matched to the medium's files.
struct Listed<'a> {
    /// The file and the SOP instance UID the index expects in it, for each listed file found (a
    /// file listed twice names one image: it is read once).
    jobs: Vec<(usize, &'a str)>,
    /// The files the index names.
    referenced: HashSet<usize>,
    /// Listed paths with no file, as shown to people.
    missing: Vec<String>,
}

/// Matches the entries of `index` (file `d` of `plan`) to the medium's files.
fn find_listed<'a>(files: &[MediumFile], plan: &Plan, d: usize, index: &'a Index) -> Listed<'a> {
    let by_key: HashMap<String, usize> = plan
        .members
        .iter()
        .map(|&i| {
            let rel = files[i]
                .path
                .strip_prefix(plan.root.as_str())
                .unwrap_or(&files[i].path);
            (match_key(rel), i)
        })
        .collect();
    let mut listed = Listed {
        jobs: Vec::with_capacity(index.images.len()),
        referenced: HashSet::with_capacity(index.images.len()),
        missing: Vec::new(),
    };
    for image in &index.images {
        let rel = image.components.join("/");
        match by_key.get(&match_key(&rel)) {
            Some(&i) if i != d => {
                if listed.referenced.insert(i) {
                    listed.jobs.push((i, image.sop_uid.as_str()));
                }
            }
            _ => listed.missing.push(format!("{}{rel}", plan.root)),
        }
    }
    listed
}

/// What reading the listed images gave.
struct ListedRead {
    tally: Tally,
    faults: Faults,
    /// Files whose SOP instance UID is not the one the index expects.
    mismatched: Vec<String>,
}

/// Reads the headers of the listed images (`jobs`, as [`Listed::jobs`]).
fn read_listed(source: &dyn Source, files: &[MediumFile], jobs: &[(usize, &str)]) -> ListedRead {
    let results = read_headers(source, files, jobs);
    let mut read = ListedRead {
        tally: Tally::default(),
        faults: Faults::default(),
        mismatched: Vec::new(),
    };
    for ((i, expected), result) in jobs.iter().zip(results) {
        match result {
            Ok(header) => {
                if !expected.is_empty() && header.sop_uid != *expected {
                    read.mismatched.push(files[*i].path.clone());
                }
                read.tally.add(&header);
            }
            Err(fault) => read.faults.add(fault, &files[*i].path),
        }
    }
    read
}

/// Everything learnt about a medium with an index, to be told.
struct IndexedMedium<'a> {
    index: &'a Index,
    listed: &'a Listed<'a>,
    read: &'a ListedRead,
    /// DICOM files the index does not list.
    unindexed: &'a [usize],
}

impl IndexedMedium<'_> {
    /// The medium's problems and notes, in the order the report shows them.
    fn report(&self, files: &[MediumFile], place: &str, out: &mut Checked) {
        let listed = self.index.images.len();
        if let Some(by) = self.index.overrun {
            out.summary.notes.push(Problem::new(
                ProblemCode::DicomdirLengthOverrun,
                format!(
                    "the DICOMDIR's sequence or record lengths run {by} bytes past the end of the file, but every record is whole; it was read as if the lengths were right"
                ),
            ));
        }
        if !self.index.damage.is_empty() {
            out.problems.push(Problem::new(
                ProblemCode::DicomdirDamaged,
                format!(
                    "the DICOMDIR index is inconsistent: {}",
                    self.index.damage.join("; ")
                ),
            ));
        }
        if listed == 0 {
            out.problems.push(self.empty_index(place));
        }
        let missing = &self.listed.missing;
        if !missing.is_empty() {
            out.problems.push(Problem::new(
                ProblemCode::DicomdirMissingFile,
                format!(
                    "{} of {listed} images listed in the DICOMDIR are not {place} (first: {})",
                    missing.len(),
                    missing[0]
                ),
            ));
        }
        self.read.faults.report(listed, place, &mut out.problems);
        let mismatched = &self.read.mismatched;
        if !mismatched.is_empty() {
            out.problems.push(Problem::new(
                ProblemCode::SopUidMismatch,
                format!(
                    "{} of {listed} images are not the image the DICOMDIR lists for their file (SOP instance UID differs; first: {})",
                    mismatched.len(),
                    mismatched[0]
                ),
            ));
        }
        if let Some(&first) = self.unindexed.first() {
            out.summary.notes.push(Problem::new(
                ProblemCode::UnindexedFiles,
                format!(
                    "{} DICOM files {place} are not listed in the DICOMDIR (first: {}); viewers that use the index will not show them",
                    self.unindexed.len(),
                    files[first].path
                ),
            ));
        }
    }

    /// The problem of an index that lists nothing.
    fn empty_index(&self, place: &str) -> Problem {
        let mut message = "the DICOMDIR index lists no images".to_string();
        if !self.unindexed.is_empty() {
            message.push_str(&format!(
                ", although {} DICOM files are {place}",
                self.unindexed.len()
            ));
        }
        Problem::new(ProblemCode::DicomdirEmpty, message)
    }
}

/// Reads every DICOM file among `owned` (sniffing those not yet known). With `report_empty`, a
/// medium without any DICOM file gets a `no-images` problem.
fn check_loose(
    source: &dyn Source,
    files: &[MediumFile],
    owned: &[usize],
    place: &str,
    report_empty: bool,
    out: &mut Checked,
) {
    let dicom = sniff_all(source, files, owned);
    out.dicom_files += dicom.len();
    if dicom.is_empty() {
        if report_empty {
            out.problems.push(Problem::new(
                ProblemCode::NoImages,
                format!("there are no DICOM images {place}"),
            ));
        }
        return;
    }
    let jobs: Vec<(usize, &str)> = dicom.iter().map(|&i| (i, "")).collect();
    let results = read_headers(source, files, &jobs);
    let mut tally = Tally::default();
    let mut faults = Faults::default();
    for (i, result) in dicom.iter().zip(results) {
        match result {
            Ok(header) => tally.add(&header),
            Err(fault) => faults.add(fault, &files[*i].path),
        }
    }
    out.claimed.extend(&dicom);
    faults.report(dicom.len(), place, &mut out.problems);
    out.summary.images_unreadable += faults.total();
    tally.finish(&mut out.summary);
}

/// Unreadable images, grouped by what is wrong, with the first example of each.
#[derive(Debug, Default)]
struct Faults {
    by_kind: BTreeMap<FaultKind, (usize, String)>,
}

impl Faults {
    fn add(&mut self, fault: ImageFault, path: &str) {
        // A file that cannot be opened is reported with the damaged ones: either way it is there
        // and cannot be read.
        let kind = match fault.kind {
            FaultKind::Io => FaultKind::Damaged,
            kind => kind,
        };
        self.by_kind
            .entry(kind)
            .or_insert_with(|| (0, format!("{path}: {}", fault.detail)))
            .0 += 1;
    }

    fn total(&self) -> usize {
        self.by_kind.values().map(|(n, _)| n).sum()
    }

    fn report(&self, of: usize, place: &str, problems: &mut Vec<Problem>) {
        for (kind, (n, first)) in &self.by_kind {
            let (code, what) = match kind {
                FaultKind::Empty => (ProblemCode::ImageEmpty, "are empty files (0 bytes)"),
                FaultKind::Truncated => (ProblemCode::ImageTruncated, "are cut short"),
                FaultKind::Damaged | FaultKind::Io => {
                    (ProblemCode::ImageDamaged, "cannot be read as DICOM")
                }
            };
            problems.push(Problem::new(
                code,
                format!("{n} of {of} images {place} {what} (first: {first})"),
            ));
        }
    }
}

/// Reads the whole index file, refusing one past the cap ([`MAX_DICOMDIR_BYTES`]).
fn read_index(source: &dyn Source, index: usize, file: &MediumFile) -> Result<Vec<u8>, Problem> {
    if file.size > MAX_DICOMDIR_BYTES {
        return Err(Problem::new(
            ProblemCode::TooLarge,
            format!(
                "the DICOMDIR is {} MB, more than the {} MB the tool reads of an index",
                file.size >> 20,
                MAX_DICOMDIR_BYTES >> 20
            ),
        ));
    }
    // Room for the whole file at once: grown by doubling, a large index would cost twice its size.
    let mut bytes = Vec::with_capacity(usize::try_from(file.size).unwrap_or(0));
    source
        .cursor()
        .and_then(|mut cursor| {
            cursor
                .open(index)?
                .take(MAX_DICOMDIR_BYTES)
                .read_to_end(&mut bytes)
        })
        .map_err(|e| index_read_problem(&e))?;
    Ok(bytes)
}

/// Why an index that could not be read is unusable. Only a read that failed on the bytes says the
/// index is damaged: a file the service account may not open, or one refused by the opener (a FIFO,
/// a file swapped for a link), is not the sender's damage, and the desk must hear which it is.
pub fn index_read_problem(e: &io::Error) -> Problem {
    if let Some(refused) = crate::open::Refused::of(e) {
        return Problem::from(refused);
    }
    match e.kind() {
        io::ErrorKind::PermissionDenied => Problem::new(
            ProblemCode::PermissionDenied,
            "the DICOMDIR index cannot be opened: permission denied",
        ),
        _ => Problem::new(
            ProblemCode::DicomdirDamaged,
            format!("the DICOMDIR cannot be read ({e})"),
        ),
    }
}

/// Reads the headers of `jobs` (file index, expected UID) in parallel, results in the same order.
fn read_headers(
    source: &dyn Source,
    files: &[MediumFile],
    jobs: &[(usize, &str)],
) -> Vec<Result<DicomHeader, ImageFault>> {
    jobs.par_iter()
        .map_init(
            || source.cursor(),
            |cursor, (i, _)| {
                let size = files[*i].size;
                match cursor {
                    Ok(cursor) => read_one(cursor.as_mut(), *i, size),
                    Err(e) => Err(ImageFault {
                        kind: FaultKind::Io,
                        detail: format!("the medium cannot be opened: {e}"),
                    }),
                }
            },
        )
        .collect()
}

fn read_one(cursor: &mut dyn Cursor, index: usize, size: u64) -> Result<DicomHeader, ImageFault> {
    // The guard and the parser are not expected to panic; a panic here would otherwise take down
    // the whole run from a worker thread, so it becomes one damaged image instead.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut reader = cursor.open(index).map_err(|e| ImageFault {
            kind: FaultKind::Io,
            detail: format!("the file cannot be opened: {e}"),
        })?;
        read_header(&mut *reader, size)
    }))
    .unwrap_or_else(|_| {
        Err(ImageFault {
            kind: FaultKind::Damaged,
            detail: "the DICOM reader failed on this file".into(),
        })
    })
}

/// The files among `candidates` that are DICOM: known ones as marked, unknown ones by their first
/// bytes (`DICM` at byte 128, or at byte 0 without a preamble), in parallel.
fn sniff_all(source: &dyn Source, files: &[MediumFile], candidates: &[usize]) -> Vec<usize> {
    let flags: Vec<bool> = candidates
        .par_iter()
        .map_init(
            || source.cursor(),
            |cursor, &i| match files[i].dicom {
                Some(known) => known,
                None => match cursor {
                    Ok(cursor) => sniff(cursor.as_mut(), i, &files[i]),
                    Err(_) => false,
                },
            },
        )
        .collect();
    candidates
        .iter()
        .zip(flags)
        .filter_map(|(i, dicom)| dicom.then_some(*i))
        .collect()
}

fn sniff(cursor: &mut dyn Cursor, index: usize, file: &MediumFile) -> bool {
    let named_dicom = {
        let lower = file.path.to_lowercase();
        lower.ends_with(".dcm") || lower.ends_with(".dicom")
    };
    let mut head = [0u8; 132];
    let n = cursor
        .open(index)
        .and_then(|mut r| read_up_to(&mut r, &mut head))
        .unwrap_or(0);
    let head = &head[..n];
    named_dicom || head.starts_with(b"DICM") || (n == 132 && &head[128..132] == b"DICM")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_that_may_not_be_opened_is_not_called_damaged() {
        let denied = io::Error::from(io::ErrorKind::PermissionDenied);
        assert_eq!(index_read_problem(&denied).code, "permission-denied");
        let broken = io::Error::from(io::ErrorKind::InvalidData);
        assert_eq!(index_read_problem(&broken).code, "dicomdir-damaged");
        let cut = io::Error::new(io::ErrorKind::UnexpectedEof, "past the end");
        assert_eq!(index_read_problem(&cut).code, "dicomdir-damaged");
        let fifo = io::Error::other(crate::open::Refused::NotRegular("a FIFO"));
        assert_eq!(index_read_problem(&fifo).code, "not-a-regular-file");
    }
}
