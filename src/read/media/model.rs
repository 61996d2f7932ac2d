//! What a medium is made of and what is said about it: the files of a medium and where their bytes
//! live ([`MediumFile`], [`Source`], [`Plan`]), one image's header ([`DicomHeader`]) or why it could
//! not be read ([`ImageFault`]), and the summary the report, the classifier and the cross-checks
//! read ([`MediumSummary`]). Everything else in `media` builds on these; they build on nothing there.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::io::{self, Read};

use chrono::NaiveDate;
use serde::Serialize;

use crate::read::problem::Problem;

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
    /// Birth date, when the header's value reads as one (an unreadable value is left out).
    pub birth_date: Option<NaiveDate>,
}

/// A study on a medium.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Study {
    /// Study date, when the header's value reads as one.
    pub date: Option<NaiveDate>,
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
    pub fn new(kind: FaultKind, detail: impl Into<String>) -> ImageFault {
        ImageFault {
            kind,
            detail: detail.into(),
        }
    }
}

/// Gathers patients and studies from image headers, one header at a time, so a medium of any size
/// needs only one entry per study.
#[derive(Debug, Default)]
pub struct Tally {
    patients: BTreeSet<Patient>,
    /// By date (undated first) and study UID, so studies come out oldest first.
    studies: BTreeMap<(Option<NaiveDate>, String), StudyTally>,
    images: usize,
}

#[derive(Debug, Default)]
struct StudyTally {
    date: Option<NaiveDate>,
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
            birth_date: crate::dates::parse_dicom_date(&h.birth_date),
        });
        // The header's text is parsed here, once; everything after works with the date.
        let date = crate::dates::parse_dicom_date(&h.study_date);
        // Without a study UID (damaged headers) the date and description stand in for it.
        let uid = if h.study_uid.is_empty() {
            format!("~{}", h.study_description)
        } else {
            h.study_uid.clone()
        };
        let study = self.studies.entry((date, uid)).or_default();
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

/// Trims a text value as every reader of it here does: trailing NULs and spaces, then whitespace.
pub fn clean(s: &str) -> String {
    s.trim_end_matches(['\0', ' ']).trim().to_string()
}

/// `"a/b"` → `"a/b/"`, `""` → `""`: the prefix of paths below a folder.
pub fn prefix_of(folder: &str) -> String {
    if folder.is_empty() {
        String::new()
    } else {
        format!("{folder}/")
    }
}

/// A file on a medium.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediumFile {
    /// Path as shown to people, `/`-separated (dossier-relative on disk, inside the image otherwise).
    pub path: String,
    /// Size in bytes, as the file system (or the ISO, or the zip) declares it.
    pub size: u64,
    /// Whether the file is DICOM, when already known; `None` means "sniff it when it matters".
    pub dicom: Option<bool>,
}

impl MediumFile {
    /// A file with a known or unknown DICOM-ness.
    pub fn new(path: &str, size: u64, dicom: Option<bool>) -> MediumFile {
        MediumFile {
            path: path.to_string(),
            size,
            dicom,
        }
    }
}

/// Opens the files of a medium by their index in the medium's file list.
pub trait Cursor {
    /// A reader over the bytes of file `index`, from its first byte.
    fn open(&mut self, index: usize) -> io::Result<Box<dyn Read + '_>>;
}

/// Where a medium's bytes live. Each worker thread asks for its own cursor.
pub trait Source: Sync {
    /// A fresh cursor (its own file handle).
    fn cursor(&self) -> io::Result<Box<dyn Cursor + '_>>;
}

/// What one medium consists of, as indices into the file list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// The index file, if the medium has one.
    pub dicomdir: Option<usize>,
    /// The folder the index sits in, as a path prefix (`""` or `"CD/"`): index paths are relative to it.
    pub root: String,
    /// Files an index entry may name (everything below the root).
    pub members: Vec<usize>,
    /// Files that belong to this medium and nowhere deeper: the images of a medium without an index,
    /// and the candidates for "not in the index" of one with an index.
    pub owned: Vec<usize>,
}

/// The key a path is matched by: lower case, without ISO version suffixes (`;1`) or trailing dots.
pub fn match_key(path: &str) -> String {
    let mut key = String::with_capacity(path.len());
    for component in path.split(['/', '\\']).filter(|c| !c.is_empty()) {
        let name = match component.rsplit_once(';') {
            Some((name, version)) if version.bytes().all(|b| b.is_ascii_digit()) => name,
            _ => component,
        };
        if !key.is_empty() {
            key.push('/');
        }
        key.push_str(&name.trim_end_matches('.').to_lowercase());
    }
    key
}

/// True for a file name that is a DICOM index (`DICOMDIR`, also `dicomdir;1` or `DICOMDIR.`).
pub fn is_dicomdir_name(path: &str) -> bool {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    match_key(name) == "dicomdir"
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(
            summary.studies[0].date,
            NaiveDate::from_ymd_opt(2026, 9, 15)
        );
    }
}
