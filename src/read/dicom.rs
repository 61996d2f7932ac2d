//! DICOM headers and DICOMDIR indexes, read without ever touching pixel data.
//!
//! Every file goes through [`dicom_guard`](super::dicom_guard) first: it checks the element lengths
//! against the bytes that exist and finds where the header ends, and only those bytes reach
//! dicom-object. Reading is incremental (16 KB first, more only when the header is longer), so a CD of
//! thousands of images costs a few kilobytes of I/O per image. The folder, ISO and zip readers all
//! share [`medium`](super::medium) for the checks; this module knows single files and summaries.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::io::Read;

use dicom_dictionary_std::tags;
use dicom_object::{DefaultDicomObject, InMemDicomObject, OpenFileOptions};
use serde::Serialize;

use super::dicom_fast;
use super::dicom_guard::{self, Fault, Stop};
use super::file::{guarded, read_up_to};
use super::medium::{self, DiskSource, MediumFile, Plan};
use super::model::{Format, ReadDoc};
use super::open::Entry;
use super::problem::{Problem, ProblemCode};

/// The first read of an image file: enough for the header of nearly every image.
pub const FIRST_READ: usize = 16 * 1024;
/// Headers are read from at most this many bytes of an image file.
pub const HEADER_BYTES: usize = 256 * 1024;
pub use crate::limits::MAX_DICOMDIR_BYTES;
/// Media Storage Directory Storage: the SOP class of a DICOMDIR.
const DICOMDIR_SOP_CLASS: &str = "1.2.840.10008.1.3.10";

/// What the headers of one image say.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DicomHeader {
    /// Patient's name, `^` replaced by spaces.
    pub patient_name: String,
    /// Patient ID.
    pub patient_id: String,
    /// Birth date as written (YYYYMMDD).
    pub birth_date: String,
    /// Study date (YYYYMMDD).
    pub study_date: String,
    /// Modality (MR, CT, CR, US, ...).
    pub modality: String,
    /// Body part examined.
    pub body_part: String,
    /// Study description.
    pub study_description: String,
    /// Study instance UID.
    pub study_uid: String,
    /// Series instance UID.
    pub series_uid: String,
    /// SOP instance UID of the image.
    pub sop_uid: String,
}

/// What is on a medium, for the report.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct MediumSummary {
    /// Images the index lists (absent without an index, or when the index cannot be read).
    pub images_listed: Option<usize>,
    /// Images whose headers read as DICOM.
    pub images_readable: usize,
    /// Listed images whose files are not there.
    pub images_missing: usize,
    /// Images present whose headers cannot be read (empty, cut short, damaged).
    pub images_unreadable: usize,
    /// Listed images whose SOP instance UID differs from the one the index gives.
    pub images_mismatched: usize,
    /// DICOM files on the medium that the index does not list.
    pub images_unindexed: usize,
    /// Patients on the medium.
    pub patients: Vec<Patient>,
    /// Studies on the medium, oldest first.
    pub studies: Vec<Study>,
    /// Observations that do not make the medium unusable (e.g. files the index does not list).
    pub notes: Vec<Problem>,
}

/// A patient as the images name them.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Patient {
    /// Name, `^` replaced by spaces.
    pub name: String,
    /// Patient ID.
    pub id: String,
    /// Birth date, ISO form when it parses.
    pub birth_date: Option<String>,
}

/// A study on a medium.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Study {
    /// Study date, ISO form.
    pub date: Option<String>,
    /// Modalities seen, e.g. "MR" or "CT/MR".
    pub modality: String,
    /// Study description, or the body part when there is none.
    pub description: String,
    /// Body part examined, as the images say.
    pub body_part: String,
    /// Number of series.
    pub series: usize,
    /// Number of readable images.
    pub images: usize,
}

/// Why one image's header could not be read, grouped so a medium can say "2 cut short, 1 empty".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FaultKind {
    /// The file has no bytes.
    Empty,
    /// The file ends inside its header or its pixel data.
    Truncated,
    /// Not DICOM, or a structure dicom-object (or the guard) refuses.
    Damaged,
    /// The file cannot be opened or read.
    Io,
}

/// One image that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageFault {
    /// The group it belongs to.
    pub kind: FaultKind,
    /// What exactly, for people.
    pub detail: String,
}

impl ImageFault {
    fn new(kind: FaultKind, detail: impl Into<String>) -> ImageFault {
        ImageFault {
            kind,
            detail: detail.into(),
        }
    }
}

/// Reads and parses the header of one DICOM file from `source`, which says it holds `declared_len`
/// bytes. Reads no further than the header (at most [`HEADER_BYTES`]); pixel data is never read,
/// but its declared length is checked against `declared_len` so a file cut short is caught.
pub fn read_header(source: &mut dyn Read, declared_len: u64) -> Result<DicomHeader, ImageFault> {
    let (buf, header_end, stop) = read_guarded(source, declared_len)?;
    let bytes = &buf[..header_end];
    // The fast path answers for nearly every image; whatever it is unsure of goes to dicom-object.
    fast_header_from(bytes, stop).unwrap_or_else(|| object_header_from(bytes, stop))
}

/// Testing aid, not used by the tool: reads the header of the DICOM file `bytes` both ways — with
/// the fast path ([`dicom_fast`](super::dicom_fast); `None` when it declines) and with dicom-object
/// — after the same guarded reading [`read_header`] does. The differential tests require the fast
/// answer, when there is one, to equal the other.
#[doc(hidden)]
pub fn header_both_ways(
    bytes: &[u8],
) -> (
    Option<Result<DicomHeader, ImageFault>>,
    Result<DicomHeader, ImageFault>,
) {
    match read_guarded(&mut &bytes[..], bytes.len() as u64) {
        Ok((buf, header_end, stop)) => {
            let bytes = &buf[..header_end];
            (
                fast_header_from(bytes, stop),
                object_header_from(bytes, stop),
            )
        }
        // The guard (and the reading before it) is shared: both ways fail alike.
        Err(fault) => (Some(Err(fault.clone())), Err(fault)),
    }
}

/// Reads the header bytes of one file through the guard: the bytes read, where the header ends in
/// them (whole elements only, before pixel data) and why the walk stopped.
fn read_guarded(
    source: &mut dyn Read,
    declared_len: u64,
) -> Result<(Vec<u8>, usize, Stop), ImageFault> {
    if declared_len == 0 {
        return Err(ImageFault::new(
            FaultKind::Empty,
            "the file is empty (0 bytes)",
        ));
    }
    let mut file_len = declared_len;
    let mut buf = Vec::new();
    let first = declared_len.min(FIRST_READ as u64) as usize;
    if fill(source, &mut buf, first)? < first {
        // The source ends before the size it declares (an ISO or zip cut short).
        file_len = buf.len() as u64;
    }
    if buf.is_empty() {
        return Err(ImageFault::new(
            FaultKind::Truncated,
            "the file's bytes are missing",
        ));
    }
    loop {
        let scan = dicom_guard::scan(&buf, file_len).map_err(|f| fault_of(f, file_len))?;
        match scan.stop {
            Stop::NeedMore(upto) if buf.len() < HEADER_BYTES && (buf.len() as u64) < file_len => {
                let target = upto
                    .max(2 * buf.len() as u64)
                    .min(HEADER_BYTES as u64)
                    .min(file_len) as usize;
                if fill(source, &mut buf, target)? < target {
                    file_len = buf.len() as u64;
                }
            }
            stop => {
                if scan.header_end == 0 {
                    return Err(ImageFault::new(
                        FaultKind::Damaged,
                        "the file meta header is implausibly large",
                    ));
                }
                if scan.elements == 0 && stop == Stop::EndOfFile {
                    return Err(ImageFault::new(
                        FaultKind::Truncated,
                        "the file ends right after its file meta header",
                    ));
                }
                return Ok((buf, scan.header_end, stop));
            }
        }
    }
}

/// The header from guard-checked `bytes` by the fast path, or `None` when it declines.
fn fast_header_from(bytes: &[u8], stop: Stop) -> Option<Result<DicomHeader, ImageFault>> {
    let fast = dicom_fast::read(bytes)?;
    Some(if stop == Stop::EndOfFile && fast.has_rows {
        Err(no_pixel_data())
    } else {
        Ok(fast.header)
    })
}

/// The header from guard-checked `bytes` by dicom-object.
fn object_header_from(bytes: &[u8], stop: Stop) -> Result<DicomHeader, ImageFault> {
    let obj = parse_object(bytes).map_err(|p| ImageFault::new(FaultKind::Damaged, p.message))?;
    if stop == Stop::EndOfFile && has(&obj, tags::ROWS) {
        return Err(no_pixel_data());
    }
    Ok(header_of(&obj))
}

/// An image whose pixel description is there but whose pixel data is not was cut short exactly at
/// an element boundary.
fn no_pixel_data() -> ImageFault {
    ImageFault::new(
        FaultKind::Truncated,
        "the image has no pixel data: the file was cut short",
    )
}

/// Reads from `source` until `buf` holds `target` bytes or the source ends; returns the length.
fn fill(mut source: &mut dyn Read, buf: &mut Vec<u8>, target: usize) -> Result<usize, ImageFault> {
    let have = buf.len();
    if target <= have {
        return Ok(have);
    }
    buf.resize(target, 0);
    let n = read_up_to(&mut source, &mut buf[have..])
        .map_err(|e| ImageFault::new(FaultKind::Io, format!("the file cannot be read: {e}")))?;
    buf.truncate(have + n);
    Ok(buf.len())
}

fn fault_of(fault: Fault, file_len: u64) -> ImageFault {
    match fault {
        Fault::NotDicom => ImageFault::new(
            FaultKind::Damaged,
            "not a DICOM file (no DICM marker at byte 128)",
        ),
        Fault::Truncated { at } => ImageFault::new(
            FaultKind::Truncated,
            format!(
                "the file is cut short ({file_len} bytes): {}",
                where_cut(at, file_len)
            ),
        ),
        Fault::Damaged { at, what } => {
            ImageFault::new(FaultKind::Damaged, format!("{what} (at byte {at})"))
        }
        Fault::Unsupported(what) => ImageFault::new(FaultKind::Damaged, what),
    }
}

/// Says where a file cut short ends, for people.
fn where_cut(at: u64, len: u64) -> String {
    if at >= len {
        "it ends inside an unfinished sequence".to_string()
    } else {
        format!("the element at byte {at} runs past the end")
    }
}

/// Parses guard-checked bytes (preamble optional) with dicom-object, stopping before pixel data.
fn parse_object(bytes: &[u8]) -> Result<DefaultDicomObject, Problem> {
    guarded("DICOM", || {
        OpenFileOptions::new()
            .read_until(tags::PIXEL_DATA)
            .from_reader(bytes)
            .map_err(|e| {
                Problem::new(
                    ProblemCode::Damaged,
                    format!("the DICOM header cannot be read ({e})"),
                )
            })
    })
}

fn has(obj: &InMemDicomObject, tag: dicom_core::Tag) -> bool {
    obj.get(tag).is_some()
}

fn header_of(obj: &DefaultDicomObject) -> DicomHeader {
    let get = |tag| text(obj, tag);
    let mut sop_uid = get(tags::SOP_INSTANCE_UID);
    if sop_uid.is_empty() {
        sop_uid = clean(obj.meta().media_storage_sop_instance_uid());
    }
    DicomHeader {
        patient_name: get(tags::PATIENT_NAME).replace('^', " ").trim().to_string(),
        patient_id: get(tags::PATIENT_ID),
        birth_date: get(tags::PATIENT_BIRTH_DATE),
        study_date: get(tags::STUDY_DATE),
        modality: get(tags::MODALITY),
        body_part: get(tags::BODY_PART_EXAMINED),
        study_description: get(tags::STUDY_DESCRIPTION),
        study_uid: get(tags::STUDY_INSTANCE_UID),
        series_uid: get(tags::SERIES_INSTANCE_UID),
        sop_uid,
    }
}

// `get` rather than `element_opt`: the latter builds an error (and, with RUST_BACKTRACE set, a
// backtrace) for every absent element, which dominated the time per image.
fn text(obj: &InMemDicomObject, tag: dicom_core::Tag) -> String {
    obj.get(tag)
        .and_then(|e| e.to_str().ok())
        .map(|s| clean(&s))
        .unwrap_or_default()
}

/// Trims a text value as every reader of it here does: trailing NULs and spaces, then whitespace.
pub(super) fn clean(s: &str) -> String {
    s.trim_end_matches(['\0', ' ']).trim().to_string()
}

fn number(obj: &InMemDicomObject, tag: dicom_core::Tag) -> Option<u64> {
    obj.get(tag).and_then(|e| e.to_int::<u64>().ok())
}

/// A DICOMDIR after reading: the files it lists, and damage that does not stop the check.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Index {
    /// Every in-use record that references a file.
    pub images: Vec<IndexedImage>,
    /// Inconsistencies in the index's structure (record offsets), for people.
    pub damage: Vec<String>,
    /// Bytes by which the declared sequence or item lengths run past the end of the file, when the
    /// records are whole nevertheless (the index was read as if the lengths were right).
    pub overrun: Option<u64>,
}

/// An image record of a DICOMDIR.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexedImage {
    /// The referenced file id, one entry per path component.
    pub components: Vec<String>,
    /// The SOP instance UID the index expects in the file.
    pub sop_uid: String,
}

/// Reads a DICOMDIR held in memory: the files it lists, checked for structure. An error means the
/// index cannot be used at all.
pub fn parse_dicomdir(bytes: &[u8]) -> Result<Index, Problem> {
    let damaged = |message: String| Problem::new(ProblemCode::DicomdirDamaged, message);
    if bytes.is_empty() {
        return Err(damaged("the DICOMDIR index is empty (0 bytes)".into()));
    }
    let len = bytes.len() as u64;
    let (scan, overruns) = dicom_guard::scan_index(bytes).map_err(|f| {
        damaged(match f {
            Fault::NotDicom => "the DICOMDIR is not a DICOM file (no DICM marker)".into(),
            Fault::Truncated { at } => format!(
                "the DICOMDIR index is cut short ({len} bytes): {}",
                where_cut(at, len)
            ),
            Fault::Damaged { at, what } => {
                format!("the DICOMDIR index is damaged: {what} (at byte {at})")
            }
            Fault::Unsupported(what) => format!("the DICOMDIR index cannot be read: {what}"),
        })
    })?;
    let fitted;
    let bytes = if overruns.is_empty() {
        bytes
    } else {
        fitted = fit_lengths(bytes, &overruns);
        &fitted[..]
    };
    let obj = parse_object(&bytes[..scan.header_end])
        .map_err(|p| damaged(p.message.replace("DICOM header", "DICOMDIR index")))?;
    let sop_class = clean(obj.meta().media_storage_sop_class_uid());
    if !sop_class.is_empty() && sop_class != DICOMDIR_SOP_CLASS {
        return Err(damaged(format!(
            "the file called DICOMDIR is not an index (its SOP class is {sop_class})"
        )));
    }
    let records = obj
        .get(tags::DIRECTORY_RECORD_SEQUENCE)
        .and_then(|e| e.items().map(|items| items.to_vec()))
        .ok_or_else(|| damaged("the DICOMDIR has no directory record sequence".into()))?;

    let mut index = Index::default();
    for record in &records {
        // A record whose in-use flag is 0000H was deleted from the index: it lists nothing.
        if number(record, tags::RECORD_IN_USE_FLAG) == Some(0) {
            continue;
        }
        let Some(file_id) = record
            .get(tags::REFERENCED_FILE_ID)
            .and_then(|e| e.to_multi_str().ok().map(|v| v.to_vec()))
        else {
            continue;
        };
        let components: Vec<String> = file_id
            .iter()
            .flat_map(|c| c.split(['\\', '/']))
            .map(clean)
            .filter(|c| !c.is_empty())
            .collect();
        if components.is_empty() {
            continue;
        }
        index.images.push(IndexedImage {
            components,
            sop_uid: text(record, tags::REFERENCED_SOP_INSTANCE_UID_IN_FILE),
        });
    }
    // The guard saw each record item's byte offset; the records' links must point at them.
    if scan.record_items.len() == records.len() {
        index.damage = check_links(&obj, &records, &scan.record_items);
    }
    index.overrun = overruns.iter().map(|o| o.by).max();
    Ok(index)
}

/// A copy of `bytes` whose overrunning length fields end their sequence or item at the end of the
/// file, so the parser (which trusts declared lengths) reads the records the guard found whole. The
/// layout does not move, so the records' offsets stay right.
fn fit_lengths(bytes: &[u8], overruns: &[dicom_guard::Overrun]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for o in overruns {
        let value = if o.big {
            o.fitted.to_be_bytes()
        } else {
            o.fitted.to_le_bytes()
        };
        if let Some(field) = out.get_mut(o.field_at..o.field_at + 4) {
            field.copy_from_slice(&value);
        }
    }
    out
}

/// Checks the offsets that link DICOMDIR records into a tree (root → next / lower): each must point
/// at a record, and walking them must reach every record exactly once. Viewers that follow the
/// offsets rather than the sequence order fail on an index where this does not hold.
fn check_links(
    obj: &DefaultDicomObject,
    records: &[InMemDicomObject],
    item_offsets: &[u64],
) -> Vec<String> {
    let position: BTreeMap<u64, usize> = item_offsets
        .iter()
        .enumerate()
        .map(|(i, offset)| (*offset, i))
        .collect();
    let mut damage = Vec::new();
    let mut nowhere = 0usize;
    let mut resolve = |offset: Option<u64>| -> Option<usize> {
        match offset {
            None | Some(0) => None,
            Some(o) => {
                let found = position.get(&o).copied();
                if found.is_none() {
                    nowhere += 1;
                }
                found
            }
        }
    };
    let root = resolve(number(
        obj,
        tags::OFFSET_OF_THE_FIRST_DIRECTORY_RECORD_OF_THE_ROOT_DIRECTORY_ENTITY,
    ));
    resolve(number(
        obj,
        tags::OFFSET_OF_THE_LAST_DIRECTORY_RECORD_OF_THE_ROOT_DIRECTORY_ENTITY,
    ));
    let links: Vec<(Option<usize>, Option<usize>)> = records
        .iter()
        .map(|r| {
            (
                resolve(number(r, tags::OFFSET_OF_THE_NEXT_DIRECTORY_RECORD)),
                resolve(number(
                    r,
                    tags::OFFSET_OF_REFERENCED_LOWER_LEVEL_DIRECTORY_ENTITY,
                )),
            )
        })
        .collect();
    if nowhere > 0 {
        damage.push(format!(
            "{nowhere} record offsets in the DICOMDIR point at no record"
        ));
    }
    // Walk the tree with an explicit stack; a record met twice means a loop or shared records.
    let mut seen = vec![false; records.len()];
    let mut stack: Vec<usize> = root.into_iter().collect();
    let mut looped = false;
    while let Some(i) = stack.pop() {
        if std::mem::replace(&mut seen[i], true) {
            looped = true;
            continue;
        }
        let (next, lower) = links[i];
        stack.extend(next);
        stack.extend(lower);
    }
    if looped {
        damage.push("the records of the DICOMDIR link in a loop".into());
    }
    let unreached = seen.iter().filter(|s| !**s).count();
    if unreached > 0 && nowhere == 0 {
        damage.push(format!(
            "{unreached} of {} DICOMDIR records cannot be reached through the index's links",
            records.len()
        ));
    }
    damage
}

/// Reads a CD copied as a folder: its index, the files it lists, and the DICOM files it does not.
/// `files` are the dossier's files below `root`, each marked when it was sniffed as DICOM and
/// belongs to this medium (not to a deeper one). Returns the medium and the paths it read, so the
/// caller does not also list a listed image without a DICOM marker as "not a document".
pub fn read_dicomdir(
    dicomdir: &Entry,
    root: &str,
    files: &[(&Entry, bool)],
) -> (ReadDoc, Vec<String>) {
    let mut medium_files = Vec::with_capacity(files.len() + 1);
    let mut entries = Vec::with_capacity(files.len() + 1);
    let mut owned = Vec::new();
    medium_files.push(MediumFile::new(&dicomdir.rel, dicomdir.size, Some(false)));
    entries.push(dicomdir);
    for (entry, owned_dicom) in files {
        if entry.rel == dicomdir.rel {
            continue;
        }
        if *owned_dicom {
            owned.push(medium_files.len());
        }
        medium_files.push(MediumFile::new(&entry.rel, entry.size, Some(*owned_dicom)));
        entries.push(*entry);
    }
    let plan = Plan {
        dicomdir: Some(0),
        root: prefix_of(root),
        members: (1..medium_files.len()).collect(),
        owned,
    };
    let source = DiskSource::new(entries);
    let checked = medium::check(&source, &medium_files, &plan, "on the medium");
    let claimed = checked
        .claimed
        .iter()
        .map(|&i| medium_files[i].path.clone())
        .collect();
    let doc = checked.into_doc(&dicomdir.rel, Format::Dicomdir);
    (doc, claimed)
}

/// Reads loose DICOM files of one folder as one medium.
pub fn read_loose(folder: &str, files: &[&Entry]) -> ReadDoc {
    let path = if folder.is_empty() {
        ".".to_string()
    } else {
        folder.to_string()
    };
    let medium_files: Vec<MediumFile> = files
        .iter()
        .map(|e| MediumFile::new(&e.rel, e.size, Some(true)))
        .collect();
    let source = DiskSource::new(files.to_vec());
    let plan = Plan {
        dicomdir: None,
        root: String::new(),
        members: (0..files.len()).collect(),
        owned: (0..files.len()).collect(),
    };
    medium::check(&source, &medium_files, &plan, "in the folder").into_doc(&path, Format::Dicom)
}

/// `"a/b"` → `"a/b/"`, `""` → `""`: the prefix of paths below a folder.
pub fn prefix_of(folder: &str) -> String {
    if folder.is_empty() {
        String::new()
    } else {
        format!("{folder}/")
    }
}

/// Gathers patients and studies from image headers, one header at a time, so a medium of any size
/// needs only one entry per study.
#[derive(Debug, Default)]
pub struct Tally {
    patients: BTreeSet<Patient>,
    studies: BTreeMap<(String, String), StudyTally>,
    images: usize,
}

#[derive(Debug, Default)]
struct StudyTally {
    date: Option<String>,
    modalities: BTreeSet<String>,
    description: String,
    body_part: String,
    series: HashSet<String>,
    images: usize,
}

impl Tally {
    /// Counts one readable image.
    pub fn add(&mut self, h: &DicomHeader) {
        self.images += 1;
        self.patients.insert(Patient {
            name: h.patient_name.clone(),
            id: h.patient_id.clone(),
            birth_date: crate::dates::parse_dicom_date(&h.birth_date).map(|d| d.to_string()),
        });
        let date = crate::dates::parse_dicom_date(&h.study_date).map(|d| d.to_string());
        // Without a study UID (damaged headers) the date and description stand in for it.
        let uid = if h.study_uid.is_empty() {
            format!("~{}", h.study_description)
        } else {
            h.study_uid.clone()
        };
        let study = self
            .studies
            .entry((date.clone().unwrap_or_default(), uid))
            .or_default();
        study.date = date;
        if !h.modality.is_empty() {
            study.modalities.insert(h.modality.clone());
        }
        if study.description.is_empty() {
            study.description = h.study_description.clone();
        }
        if study.body_part.is_empty() {
            study.body_part = h.body_part.clone();
        }
        study.series.insert(h.series_uid.clone());
        study.images += 1;
    }

    /// Writes patients, studies and the readable count into `summary`.
    pub fn finish(self, summary: &mut MediumSummary) {
        summary.images_readable += self.images;
        summary.patients.extend(self.patients);
        summary
            .studies
            .extend(self.studies.into_values().map(|s| Study {
                date: s.date,
                modality: s.modalities.into_iter().collect::<Vec<_>>().join("/"),
                description: if s.description.is_empty() {
                    s.body_part.clone()
                } else {
                    s.description
                },
                body_part: s.body_part,
                series: s.series.len(),
                images: s.images,
            }));
    }
}

/// Fills patients and studies from image headers.
pub fn summarise(summary: &mut MediumSummary, headers: &[DicomHeader]) {
    let mut tally = Tally::default();
    for h in headers {
        tally.add(h);
    }
    tally.finish(summary);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_garbage_are_faults_not_panics() {
        let err = read_header(&mut &b""[..], 0).unwrap_err();
        assert_eq!(err.kind, FaultKind::Empty);
        let err = read_header(&mut &b"hello world"[..], 11).unwrap_err();
        assert_eq!(err.kind, FaultKind::Damaged);
        let mut fake = vec![0u8; 128];
        fake.extend_from_slice(b"DICM");
        let err = read_header(&mut &fake[..], fake.len() as u64).unwrap_err();
        assert_eq!(err.kind, FaultKind::Truncated);
        // The source says 4000 bytes but holds 10: cut short.
        let err = read_header(&mut &b"0123456789"[..], 4000).unwrap_err();
        assert_eq!(err.kind, FaultKind::Damaged);
    }

    #[test]
    fn dicomdir_garbage_is_damage() {
        for bytes in [&b""[..], b"DICM", b"not a dicomdir at all"] {
            let p = parse_dicomdir(bytes).unwrap_err();
            assert_eq!(p.code, "dicomdir-damaged");
        }
    }

    #[test]
    fn tally_counts_series_and_studies() {
        let h = |series: &str, sop: &str| DicomHeader {
            patient_name: "Test Anna".into(),
            patient_id: "T1".into(),
            birth_date: "19800101".into(),
            study_date: "20260915".into(),
            modality: "MR".into(),
            body_part: "HAND".into(),
            study_description: String::new(),
            study_uid: "1.2.3".into(),
            series_uid: series.into(),
            sop_uid: sop.into(),
        };
        let mut summary = MediumSummary::default();
        summarise(&mut summary, &[h("1", "a"), h("1", "b"), h("2", "c")]);
        assert_eq!(summary.images_readable, 3);
        assert_eq!(summary.patients.len(), 1);
        assert_eq!(summary.studies.len(), 1);
        assert_eq!(summary.studies[0].series, 2);
        assert_eq!(summary.studies[0].description, "HAND");
        assert_eq!(summary.studies[0].date.as_deref(), Some("2026-09-15"));
    }
}
