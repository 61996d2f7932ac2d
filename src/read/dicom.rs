//! Imaging media made of DICOM files: a CD copied as a folder (with its `DICOMDIR` index) or loose
//! DICOM files. Only headers are read, never pixel data; the index is checked against the files
//! that exist, matched case-insensitively because copy tools change case.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::Path;

use dicom_dictionary_std::tags;
use dicom_object::{DefaultDicomObject, InMemDicomObject, OpenFileOptions};
use serde::Serialize;

use super::{guarded, io_problem, read_up_to, Format, Problem, ReadDoc};
use crate::walk::Entry;

/// Headers are read from at most this many bytes of an image file.
pub const HEADER_BYTES: usize = 256 * 1024;
/// A DICOMDIR larger than this is not read (tens of thousands of records fit in far less).
const MAX_DICOMDIR_BYTES: u64 = 128 * 1024 * 1024;

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
    /// SOP instance UID of the image.
    pub sop_uid: String,
}

/// What is on a medium, for the report.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct MediumSummary {
    /// Images the index lists (absent without an index).
    pub images_listed: Option<usize>,
    /// Images whose headers read as DICOM.
    pub images_readable: usize,
    /// Listed images whose files are not there.
    pub images_missing: usize,
    /// Images present whose headers cannot be read.
    pub images_unreadable: usize,
    /// Patients on the medium.
    pub patients: Vec<Patient>,
    /// Studies on the medium, oldest first.
    pub studies: Vec<Study>,
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
    /// Modalities seen, e.g. "MR".
    pub modality: String,
    /// Study description or body part.
    pub description: String,
    /// Number of readable images.
    pub images: usize,
}

/// Parses the header of a DICOM file held (at least partly) in memory. `bytes` may start with the
/// 128-byte preamble or directly with `DICM`.
pub fn parse_header(bytes: &[u8]) -> Result<DicomHeader, Problem> {
    let obj = guarded("DICOM", || {
        OpenFileOptions::new()
            .read_until(tags::PIXEL_DATA)
            .from_reader(bytes)
            .map_err(|e| Problem::new("damaged", format!("the DICOM header cannot be read ({e})")))
    })?;
    Ok(header_of(&obj))
}

fn header_of(obj: &DefaultDicomObject) -> DicomHeader {
    let get = |tag| text(obj, tag);
    let mut sop_uid = get(tags::SOP_INSTANCE_UID);
    if sop_uid.is_empty() {
        sop_uid = obj.meta().media_storage_sop_instance_uid().to_string();
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
        sop_uid,
    }
}

fn text(obj: &InMemDicomObject, tag: dicom_core::Tag) -> String {
    obj.element_opt(tag)
        .ok()
        .flatten()
        .and_then(|e| e.to_str().ok())
        .map(|s| s.trim_end_matches(['\0', ' ']).trim().to_string())
        .unwrap_or_default()
}

/// Reads the first bytes of an image file and parses its header.
fn read_header_file(path: &Path) -> Result<DicomHeader, Problem> {
    let mut file = std::fs::File::open(path).map_err(io_problem)?;
    let mut buf = vec![0u8; HEADER_BYTES];
    let n = read_up_to(&mut file, &mut buf).map_err(io_problem)?;
    buf.truncate(n);
    if n == 0 {
        return Err(Problem::new(
            "empty-file",
            "the image file is empty (0 bytes)",
        ));
    }
    parse_header(&buf)
}

/// The file ids an index lists: one per image record, as path components.
pub fn parse_dicomdir(bytes: &[u8]) -> Result<Vec<IndexedImage>, Problem> {
    let obj = guarded("DICOMDIR", || {
        OpenFileOptions::new().from_reader(bytes).map_err(|e| {
            Problem::new(
                "dicomdir-damaged",
                format!("the DICOMDIR index cannot be read ({e})"),
            )
        })
    })?;
    let records = obj
        .element_opt(tags::DIRECTORY_RECORD_SEQUENCE)
        .ok()
        .flatten()
        .and_then(|e| e.items().map(|items| items.to_vec()))
        .ok_or_else(|| Problem::new("dicomdir-damaged", "the DICOMDIR has no directory records"))?;
    let mut out = Vec::new();
    for record in &records {
        let Some(file_id) = record
            .element_opt(tags::REFERENCED_FILE_ID)
            .ok()
            .flatten()
            .and_then(|e| e.to_multi_str().ok().map(|v| v.to_vec()))
        else {
            continue;
        };
        let components: Vec<String> = file_id
            .iter()
            .flat_map(|c| c.split(['\\', '/']))
            .map(|c| c.trim_end_matches(['\0', ' ']).trim().to_string())
            .filter(|c| !c.is_empty())
            .collect();
        if components.is_empty() {
            continue;
        }
        out.push(IndexedImage {
            components,
            sop_uid: text(record, tags::REFERENCED_SOP_INSTANCE_UID_IN_FILE),
        });
    }
    Ok(out)
}

/// An image record of a DICOMDIR.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexedImage {
    /// The referenced file id, one entry per path component.
    pub components: Vec<String>,
    /// The SOP instance UID the index expects in the file.
    pub sop_uid: String,
}

/// Reads a CD copied as a folder: its index and the images it lists.
pub fn read_dicomdir(dicomdir: &Entry, root: &str, files: &[&Entry]) -> ReadDoc {
    let mut doc = ReadDoc::new(&dicomdir.rel, Format::Dicomdir);
    let mut summary = MediumSummary::default();
    let bytes = match super::read_capped(&dicomdir.path, MAX_DICOMDIR_BYTES) {
        Ok(b) if b.is_empty() => {
            doc.problems.push(Problem::new(
                "dicomdir-damaged",
                "the DICOMDIR index is empty (0 bytes)",
            ));
            return with_summary(doc, summary);
        }
        Ok(b) => b,
        Err(p) => {
            doc.problems.push(p);
            return with_summary(doc, summary);
        }
    };
    let index = match parse_dicomdir(&bytes) {
        Ok(index) => index,
        Err(p) => {
            doc.problems.push(p);
            return with_summary(doc, summary);
        }
    };
    summary.images_listed = Some(index.len());

    let prefix = if root.is_empty() {
        String::new()
    } else {
        format!("{root}/")
    };
    let by_lower: HashMap<String, &Entry> = files
        .iter()
        .map(|e| (e.rel[prefix.len()..].to_lowercase(), *e))
        .collect();
    let mut headers = Vec::new();
    let mut missing = Vec::new();
    let mut unreadable = Vec::new();
    for image in &index {
        let key = image.components.join("/").to_lowercase();
        match by_lower.get(&key) {
            None => missing.push(image.components.join("/")),
            Some(entry) => match read_header_file(&entry.path) {
                Ok(h) => headers.push(h),
                Err(_) => unreadable.push(entry.rel.clone()),
            },
        }
    }
    // The index may live beside files that are not DICOM-sniffed (e.g. no preamble); a listed file
    // that exists on disk but was not sniffed as DICOM is checked directly.
    if !missing.is_empty() {
        let base = dicomdir.path.parent().unwrap_or(Path::new("."));
        missing.retain(|rel| match find_case_insensitive(base, rel) {
            Some(path) => {
                match read_header_file(&path) {
                    Ok(h) => headers.push(h),
                    Err(_) => unreadable.push(format!("{prefix}{rel}")),
                }
                false
            }
            None => true,
        });
    }
    summary.images_missing = missing.len();
    summary.images_unreadable = unreadable.len();
    if index.is_empty() {
        doc.problems.push(Problem::new(
            "no-images",
            "the DICOMDIR index lists no images",
        ));
    }
    if !missing.is_empty() {
        doc.problems.push(Problem::new(
            "dicomdir-missing-file",
            format!(
                "{} of {} images listed in the DICOMDIR are not on the medium (first: {})",
                missing.len(),
                index.len(),
                missing[0]
            ),
        ));
    }
    if !unreadable.is_empty() {
        doc.problems.push(Problem::new(
            "image-damaged",
            format!(
                "{} images cannot be read as DICOM (first: {})",
                unreadable.len(),
                unreadable[0]
            ),
        ));
    }
    summarise(&mut summary, &headers);
    doc.readable = doc.problems.is_empty() && summary.images_readable > 0;
    with_summary(doc, summary)
}

/// Finds `rel` (with `/` separators) below `base`, matching each component case-insensitively,
/// without following links.
fn find_case_insensitive(base: &Path, rel: &str) -> Option<std::path::PathBuf> {
    let mut current = base.to_path_buf();
    for component in rel.split('/') {
        let wanted = component.to_lowercase();
        let found = std::fs::read_dir(&current).ok()?.flatten().find(|e| {
            e.file_name().to_string_lossy().to_lowercase() == wanted
                && e.file_type().is_ok_and(|t| !t.is_symlink())
        })?;
        current = found.path();
    }
    current.is_file().then_some(current)
}

/// Reads loose DICOM files of one folder as one medium.
pub fn read_loose(folder: &str, files: &[&Entry]) -> ReadDoc {
    let path = if folder.is_empty() {
        ".".to_string()
    } else {
        folder.to_string()
    };
    let mut doc = ReadDoc::new(&path, Format::Dicom);
    let mut summary = MediumSummary::default();
    let mut headers = Vec::new();
    let mut unreadable = Vec::new();
    for f in files {
        match read_header_file(&f.path) {
            Ok(h) => headers.push(h),
            Err(_) => unreadable.push(f.rel.clone()),
        }
    }
    summary.images_unreadable = unreadable.len();
    if !unreadable.is_empty() {
        doc.problems.push(Problem::new(
            "image-damaged",
            format!(
                "{} of {} DICOM files cannot be read (first: {})",
                unreadable.len(),
                files.len(),
                unreadable[0]
            ),
        ));
    }
    summarise(&mut summary, &headers);
    doc.readable = summary.images_readable > 0;
    with_summary(doc, summary)
}

fn with_summary(mut doc: ReadDoc, summary: MediumSummary) -> ReadDoc {
    doc.medium = Some(summary);
    doc
}

/// Fills patients and studies from image headers.
pub fn summarise(summary: &mut MediumSummary, headers: &[DicomHeader]) {
    summary.images_readable += headers.len();
    let mut patients = std::collections::BTreeSet::new();
    let mut studies: BTreeMap<(String, String), Study> = BTreeMap::new();
    for h in headers {
        patients.insert(Patient {
            name: h.patient_name.clone(),
            id: h.patient_id.clone(),
            birth_date: crate::dates::parse_dicom_date(&h.birth_date).map(|d| d.to_string()),
        });
        let date = crate::dates::parse_dicom_date(&h.study_date).map(|d| d.to_string());
        let key = (date.clone().unwrap_or_default(), h.study_uid.clone());
        let study = studies.entry(key).or_insert_with(|| Study {
            date,
            modality: h.modality.clone(),
            description: if h.study_description.is_empty() {
                h.body_part.clone()
            } else {
                h.study_description.clone()
            },
            images: 0,
        });
        study.images += 1;
    }
    summary.patients.extend(patients);
    summary.studies.extend(studies.into_values());
}

/// Reads a DICOM file from any byte source, bounded to the header region.
pub fn parse_header_from(mut source: impl Read) -> Result<DicomHeader, Problem> {
    let mut buf = vec![0u8; HEADER_BYTES];
    let n = read_up_to(&mut source, &mut buf).map_err(io_problem)?;
    buf.truncate(n);
    parse_header(&buf)
}
