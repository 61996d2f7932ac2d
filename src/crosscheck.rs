//! Cross-checks between the imaging media and the letters, reported as warnings for the clerk and
//! never as unmet requirements: a medium with images of more than one patient, a patient on a
//! medium whose name or birth date differs from the letters', the most recent study on the media
//! without a radiology report, and a radiology report of an examination that no medium holds.
//!
//! This stage runs after [`facts`](crate::facts) and [`patient`](crate::patient), on the classified
//! documents. What a radiology report is and which words name which DICOM modality come from the
//! checklist's `[imaging]` table; without it only the patient checks run. The checks lean towards
//! silence: a warning the clerk learns to ignore is worse than none, so names that may well be the
//! same person (initials against given names, a missing first name) do not warn.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use crate::checklist::ImagingRules;
use crate::classify::Document;
use crate::patient::Patient;
use crate::read::media::{self as dicom, MediumSummary, Study};
use crate::rules::Rules;
use crate::text::{fold, CueSet, Language, Polarity, Sentence};
use crate::words;

/// Something about the images the clerk should look at; it never changes a verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// One medium holds images of more than one patient.
    SeveralPatients {
        /// The medium, relative to the dossier.
        medium: String,
        /// The patients, as the images name them.
        patients: Vec<dicom::Patient>,
    },
    /// A patient on a medium has another name than the letters give.
    NameDiffers {
        /// The medium.
        medium: String,
        /// The name on the medium.
        on_medium: String,
        /// The name in the letters.
        in_letters: String,
    },
    /// A patient on a medium has another birth date than the letters give.
    BirthDateDiffers {
        /// The medium.
        medium: String,
        /// The name on the medium.
        name: String,
        /// The birth date on the medium.
        on_medium: NaiveDate,
        /// The birth date in the letters.
        in_letters: NaiveDate,
    },
    /// No radiology report covers the most recent study on the media.
    StudyWithoutReport {
        /// The media holding the study (the same disc may be there twice, e.g. as folder and ISO).
        media: Vec<String>,
        /// The study's date.
        date: NaiveDate,
        /// Its modality codes, e.g. "MR" or "CT/MR".
        modality: String,
        /// Its description or body part.
        description: String,
    },
    /// A radiology report describes no study on any medium.
    ReportWithoutImages {
        /// The report.
        report: String,
        /// The modality codes of the examination it names.
        modality: String,
        /// The examination's date: from its sentence, else the report's own date.
        date: Option<NaiveDate>,
        /// The sentence naming the examination.
        quote: String,
    },
}

impl Warning {
    /// The stable kebab-case code scripts key on.
    pub fn code(&self) -> &'static str {
        match self {
            Warning::SeveralPatients { .. } => "media-several-patients",
            Warning::NameDiffers { .. } => "media-patient-name-differs",
            Warning::BirthDateDiffers { .. } => "media-birth-date-differs",
            Warning::StudyWithoutReport { .. } => "imaging-study-without-report",
            Warning::ReportWithoutImages { .. } => "imaging-report-without-images",
        }
    }

    /// The files the warning is about, relative to the dossier.
    pub fn files(&self) -> Vec<String> {
        match self {
            Warning::SeveralPatients { medium, .. }
            | Warning::NameDiffers { medium, .. }
            | Warning::BirthDateDiffers { medium, .. } => vec![medium.clone()],
            Warning::StudyWithoutReport { media, .. } => media.clone(),
            Warning::ReportWithoutImages { report, .. } => vec![report.clone()],
        }
    }
}

/// Runs every cross-check on the classified documents against the patient the letters name.
pub fn check(rules: &Rules, docs: &[Document], patient: &Patient) -> Vec<Warning> {
    let checklist = &rules.checklist;
    let media: Vec<(&str, &MediumSummary)> = docs
        .iter()
        .filter_map(|d| d.medium.as_ref().map(|m| (d.path.as_str(), m)))
        .collect();
    // Without media there is nothing to compare; a missing CD is the checklist's business.
    if media.is_empty() {
        return Vec::new();
    }
    let mut warnings = Vec::new();
    for (path, medium) in &media {
        warnings.extend(patient_warnings(path, medium, patient));
    }
    if let Some(imaging) = checklist.imaging() {
        let reports = Reports::new(rules, imaging).read(docs);
        let studies: Vec<(&str, &Study)> = media
            .iter()
            .flat_map(|(path, m)| m.studies.iter().map(move |s| (*path, s)))
            .collect();
        warnings.extend(study_without_report(&studies, &reports));
        warnings.extend(reports_without_images(&studies, &reports));
    }
    warnings
}

// ---------------------------------------------------------------------------------------------
// Patients

/// The patient warnings of one medium: several patients on it, and each patient against the
/// letters.
fn patient_warnings(path: &str, medium: &MediumSummary, letters: &Patient) -> Vec<Warning> {
    let mut warnings = Vec::new();
    if distinct_people(&medium.patients) > 1 {
        warnings.push(Warning::SeveralPatients {
            medium: path.to_string(),
            patients: medium.patients.clone(),
        });
    }
    for p in &medium.patients {
        // One person under two IDs would otherwise be reported twice.
        let mut push = |w: Warning| {
            if !warnings.contains(&w) {
                warnings.push(w);
            }
        };
        if let Some(name) = &letters.name {
            if compare_names(&p.name, name) == NameMatch::Different {
                push(Warning::NameDiffers {
                    medium: path.to_string(),
                    on_medium: p.name.clone(),
                    in_letters: name.clone(),
                });
            }
        }
        if let (Some(on_medium), Some(in_letters)) = (p.birth_date, letters.birth_date) {
            if on_medium != in_letters {
                push(Warning::BirthDateDiffers {
                    medium: path.to_string(),
                    name: p.name.clone(),
                    on_medium,
                    in_letters,
                });
            }
        }
    }
    warnings
}

/// How many people the patient records of one medium stand for. The images of one person often
/// differ in small ways (an ID from another hospital, a name with or without given names), so two
/// records are one person when their IDs agree, or when their names may be the same and their
/// birth dates do not differ.
fn distinct_people(patients: &[dicom::Patient]) -> usize {
    let same = |a: &dicom::Patient, b: &dicom::Patient| {
        let same_id = !a.id.trim().is_empty() && a.id.trim() == b.id.trim();
        let births_differ = matches!((&a.birth_date, &b.birth_date), (Some(x), Some(y)) if x != y);
        same_id || (!births_differ && compare_names(&a.name, &b.name) != NameMatch::Different)
    };
    // Each record joins the first person it matches; a handful of records per medium at most.
    let mut people: Vec<&dicom::Patient> = Vec::new();
    for p in patients {
        if !people.iter().any(|q| same(p, q)) {
            people.push(p);
        }
    }
    people.len()
}

/// Whether two names are of the same person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameMatch {
    /// They share a surname and their first names or initials fit.
    Same,
    /// They share no name, or share one but their first names or initials clash.
    Different,
    /// One of them gives too little to tell (empty, or initials only).
    Unsure,
}

/// Compares two names the way a clerk would: case, diacritics, order and punctuation do not
/// matter ("Testpersoon^Anna" from the images, with `^` already a space, is "A. Testpersoon" in
/// the letters). The names must share a surname word; then any given names or initials on both
/// sides must share an initial. A small typo in a long word ("Muller", "Mueller") still matches.
pub fn compare_names(a: &str, b: &str) -> NameMatch {
    let a = name_tokens(a);
    let b = name_tokens(b);
    let words = |t: &[String]| t.iter().filter(|w| w.chars().count() > 1).count();
    if words(&a) == 0 || words(&b) == 0 {
        return NameMatch::Unsure;
    }
    let shared = |w: &String, other: &[String]| {
        w.chars().count() > 1 && other.iter().any(|o| similar_words(w, o))
    };
    if !a.iter().any(|w| shared(w, &b)) {
        return NameMatch::Different;
    }
    // What is left are given names and initials; only their first letters are comparable.
    let initials = |t: &[String], other: &[String]| -> BTreeSet<char> {
        t.iter()
            .filter(|w| !shared(w, other))
            .filter_map(|w| w.chars().next())
            .collect()
    };
    let (left_a, left_b) = (initials(&a, &b), initials(&b, &a));
    if !left_a.is_empty() && !left_b.is_empty() && left_a.is_disjoint(&left_b) {
        NameMatch::Different
    } else {
        NameMatch::Same
    }
}

/// The folded words of a name, particles and titles left out: "mevr. A. de Vries-Jansen" gives
/// `a`, `vries`, `jansen`.
fn name_tokens(name: &str) -> Vec<String> {
    fold(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !words::is_ignored_in_names(w))
        .map(str::to_string)
        .collect()
}

/// Equal words, or long words one typing error apart (a transliterated umlaut, a dropped letter).
fn similar_words(a: &str, b: &str) -> bool {
    a == b || (a.chars().count() >= 5 && b.chars().count() >= 5 && within_one_edit(a, b))
}

/// Whether `b` is `a` with at most one character inserted, deleted or replaced.
fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short.iter().zip(&long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        short[prefix..]
            .iter()
            .skip(1)
            .eq(long[prefix..].iter().skip(1))
    } else {
        short[prefix..].iter().eq(long[prefix + 1..].iter())
    }
}

// ---------------------------------------------------------------------------------------------
// Studies and reports

/// One mention of an examination in a report: a sentence that names a modality as done (not
/// negated, planned or asked), with the date written in that sentence, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Examination {
    /// DICOM modality codes the words stand for ("röntgen" is CR and DX).
    codes: BTreeSet<String>,
    /// The date in the same sentence (a birth date does not count).
    date: Option<NaiveDate>,
    /// The sentence, for the clerk.
    quote: String,
}

/// A readable radiology report, reduced to what the cross-checks compare.
#[derive(Debug, Clone)]
struct RadiologyReport<'a> {
    path: &'a str,
    date: Option<NaiveDate>,
    examinations: Vec<Examination>,
}

impl RadiologyReport<'_> {
    /// Whether the report covers `study`. Kept simple so a clerk can follow it:
    ///
    /// - **the same date**: the report's own date, or a date in a sentence that names a modality,
    ///   is the study's date; or
    /// - **the same modality**: a sentence names one of the study's modalities and gives no other
    ///   date. "Onderzoek: MRI rechterpols" covers any MR study; "MRI van 12-03-2024" covers only
    ///   an MR study of that day, so an old report does not pass for a new study.
    fn covers(&self, study: &Study) -> bool {
        let study_date = study.date;
        let codes: BTreeSet<&str> = study.modality.split('/').map(str::trim).collect();
        let same_date = study_date.is_some()
            && (self.date == study_date || self.examinations.iter().any(|e| e.date == study_date));
        let same_modality = self.examinations.iter().any(|e| {
            e.codes.iter().any(|c| codes.contains(c.as_str()))
                && (e.date.is_none() || e.date == study_date)
        });
        same_date || same_modality
    }
}

/// The `[imaging]` rules compiled for reading reports.
struct Reports<'c> {
    kinds: Vec<&'c str>,
    /// Every modality word in one set, so a negation reaches over a list of them ("geen
    /// röntgenfoto's, echo of MRI") as it does for any other cue list.
    words: &'c CueSet,
    /// The codes each word (trimmed, as written in the checklist) stands for.
    codes_of: BTreeMap<&'c str, BTreeSet<&'c str>>,
    language: &'c Language,
    birth_labels: &'c CueSet,
}

impl<'c> Reports<'c> {
    fn new(rules: &'c Rules, imaging: &'c ImagingRules) -> Reports<'c> {
        let mut codes_of: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for (code, words) in &imaging.modalities {
            for word in words {
                codes_of
                    .entry(word.get_ref().trim())
                    .or_default()
                    .insert(code.get_ref().as_str());
            }
        }
        Reports {
            kinds: imaging
                .report_kinds
                .iter()
                .map(|k| k.get_ref().as_str())
                .collect(),
            // The same words, compiled once per run (see `Rules::imaging_words`).
            words: &rules.imaging_words,
            codes_of,
            language: &rules.language,
            birth_labels: &rules.birth_labels,
        }
    }

    /// The readable radiology reports among `docs`. An unreadable one cannot say what it covers.
    fn read<'d>(&self, docs: &'d [Document]) -> Vec<RadiologyReport<'d>> {
        docs.iter()
            .filter(|d| d.readable)
            .filter(|d| d.is_any(&self.kinds))
            .map(|d| RadiologyReport {
                path: &d.path,
                date: d.date,
                examinations: d
                    .sentences
                    .iter()
                    .filter_map(|s| self.examination(s))
                    .collect(),
            })
            .collect()
    }

    /// The examination a sentence names, if it names a modality as done.
    fn examination(&self, sentence: &Sentence) -> Option<Examination> {
        let folded = &sentence.folded;
        let found = self.words.find_all(folded);
        let codes: BTreeSet<String> = found
            .iter()
            .filter(|m| self.language.polarity(folded, m, &found) == Polarity::Affirmed)
            .filter_map(|m| self.codes_of.get(m.cue.as_str()))
            .flatten()
            .map(|code| code.to_string())
            .collect();
        (!codes.is_empty()).then(|| Examination {
            codes,
            date: self.date_in(&sentence.original),
            quote: sentence.quote(),
        })
    }

    /// The first date in a sentence that is not a birth date.
    fn date_in(&self, text: &str) -> Option<NaiveDate> {
        crate::dates::find_dates(text)
            .into_iter()
            .find(|d| {
                text.get(..d.start)
                    .is_none_or(|before| self.birth_labels.find_all(&fold(before)).is_empty())
            })
            .map(|d| d.date)
    }
}

/// A warning for each study of the most recent date on the media that no report covers. The
/// same study on two media (a disc as a folder and as an ISO) gives one warning naming both.
fn study_without_report(studies: &[(&str, &Study)], reports: &[RadiologyReport]) -> Vec<Warning> {
    let Some(latest) = studies.iter().filter_map(|(_, s)| s.date).max() else {
        return Vec::new();
    };
    let mut warnings: Vec<Warning> = Vec::new();
    for (path, study) in studies.iter().filter(|(_, s)| s.date == Some(latest)) {
        if reports.iter().any(|r| r.covers(study)) {
            continue;
        }
        let description = study_description(study);
        let same = warnings.iter_mut().find_map(|w| match w {
            Warning::StudyWithoutReport {
                media,
                modality,
                description: d,
                ..
            } if *modality == study.modality && *d == description => Some(media),
            _ => None,
        });
        match same {
            Some(media) if !media.iter().any(|m| m == path) => media.push(path.to_string()),
            Some(_) => {}
            None => warnings.push(Warning::StudyWithoutReport {
                media: vec![path.to_string()],
                date: latest,
                modality: study.modality.clone(),
                description,
            }),
        }
    }
    warnings
}

/// What a study is of: its description, else its body part.
fn study_description(study: &Study) -> String {
    if study.description.trim().is_empty() {
        study.body_part.trim().to_string()
    } else {
        study.description.trim().to_string()
    }
}

/// A warning for each report that names an examination but covers no study on the media. A report
/// that covers one study may mention older ones ("compared with the MRI of 2024") without a
/// warning: the checklist asks for the most recent imaging, not for every image ever made. Media
/// without any readable study give no warning either: there is nothing to compare with.
fn reports_without_images(studies: &[(&str, &Study)], reports: &[RadiologyReport]) -> Vec<Warning> {
    if studies.is_empty() {
        return Vec::new();
    }
    reports
        .iter()
        .filter(|r| !studies.iter().any(|(_, s)| r.covers(s)))
        .filter_map(|r| {
            let exam = r.examinations.first()?;
            Some(Warning::ReportWithoutImages {
                report: r.path.to_string(),
                modality: exam.codes.iter().cloned().collect::<Vec<_>>().join("/"),
                date: exam.date.or(r.date),
                quote: exam.quote.clone(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A date written in a test, ISO form.
    fn day(iso: &str) -> NaiveDate {
        iso.parse().expect("an ISO date")
    }

    #[test]
    fn dicom_name_matches_the_letters_initials() {
        assert_eq!(
            compare_names("Testpersoon Anna", "A. Testpersoon"),
            NameMatch::Same
        );
        assert_eq!(
            compare_names("TESTPERSOON ANNA MARIA", "A.M. Testpersoon"),
            NameMatch::Same
        );
        assert_eq!(
            compare_names("Testpersoon Anna", "Anna Testpersoon"),
            NameMatch::Same
        );
        assert_eq!(
            compare_names("Testpersoon, A.", "A. Testpersoon"),
            NameMatch::Same
        );
    }

    #[test]
    fn case_diacritics_particles_and_double_names_are_folded() {
        assert_eq!(compare_names("Muller Zoe", "Z. Müller"), NameMatch::Same);
        assert_eq!(compare_names("Mueller Zoe", "Z. Müller"), NameMatch::Same);
        assert_eq!(
            compare_names("Vries Anna de", "mevr. A. de Vries-Jansen"),
            NameMatch::Same
        );
        assert_eq!(
            compare_names("Jansen-de Vries Anna", "A. de Vries"),
            NameMatch::Same
        );
        // A title in the name's prefix component is no given name.
        assert_eq!(
            compare_names("Testpersoon   Mevr", "A. Testpersoon"),
            NameMatch::Same
        );
        assert_eq!(
            compare_names("Testpersoon   Frau", "B. Testpersoon"),
            NameMatch::Same
        );
    }

    #[test]
    fn another_surname_or_clashing_initials_differ() {
        assert_eq!(
            compare_names("Anderpersoon Bea", "A. Testpersoon"),
            NameMatch::Different
        );
        assert_eq!(
            compare_names("Testpersoon Bea", "A. Testpersoon"),
            NameMatch::Different
        );
        assert_eq!(
            compare_names("Bakker Anna", "Anna Testpersoon"),
            NameMatch::Different
        );
        // A shared particle is no shared surname.
        assert_eq!(
            compare_names("van Dijk Anna", "A. van Berg"),
            NameMatch::Different
        );
    }

    #[test]
    fn too_little_to_tell_is_unsure_or_same() {
        assert_eq!(compare_names("", "A. Testpersoon"), NameMatch::Unsure);
        assert_eq!(compare_names("A B", "A. Testpersoon"), NameMatch::Unsure);
        // Only the surname on the images: nothing clashes.
        assert_eq!(
            compare_names("TESTPERSOON", "A. Testpersoon"),
            NameMatch::Same
        );
        assert_eq!(
            compare_names("Testpersoon Anna", "Testpersoon"),
            NameMatch::Same
        );
    }

    #[test]
    fn one_edit_apart() {
        assert!(within_one_edit("muller", "mueller"));
        assert!(within_one_edit("testpersoon", "testpersson"));
        assert!(within_one_edit("abc", "abc"));
        assert!(!within_one_edit("testpersoon", "testpersonen"));
        assert!(!within_one_edit("bakker", "bekkar"));
    }

    fn patient(name: &str, id: &str, birth: Option<&str>) -> dicom::Patient {
        dicom::Patient {
            name: name.to_string(),
            id: id.to_string(),
            birth_date: birth.map(day),
        }
    }

    #[test]
    fn records_of_one_person_count_once() {
        let anna = patient("Testpersoon Anna", "TEST0001", Some("1980-01-01"));
        // Another hospital's ID and the surname only: still Anna.
        let anna_elsewhere = patient("TESTPERSOON", "X99", Some("1980-01-01"));
        let bea = patient("Anderpersoon Bea", "TEST0002", Some("1970-02-02"));
        assert_eq!(distinct_people(&[anna.clone(), anna_elsewhere]), 1);
        assert_eq!(distinct_people(&[anna.clone(), bea]), 2);
        // Same surname, other birth date and ID: the mother, not Anna.
        let mother = patient("Testpersoon Anna", "TEST0003", Some("1950-05-05"));
        assert_eq!(distinct_people(&[anna, mother]), 2);
    }

    fn study(date: &str, modality: &str) -> Study {
        Study {
            date: Some(day(date)),
            modality: modality.to_string(),
            description: "x".to_string(),
            body_part: String::new(),
            series: 1,
            images: 1,
        }
    }

    fn exam(code: &str, date: Option<&str>) -> Examination {
        Examination {
            codes: [code.to_string()].into(),
            date: date.map(day),
            quote: String::new(),
        }
    }

    #[test]
    fn a_report_covers_by_date_or_by_an_undated_modality() {
        let report = |date: &str, exams: Vec<Examination>| RadiologyReport {
            path: "r.pdf",
            date: Some(day(date)),
            examinations: exams,
        };
        let mr = study("2026-09-15", "MR");
        assert!(report("2026-09-15", vec![]).covers(&mr));
        assert!(report("2026-08-01", vec![exam("MR", None)]).covers(&mr));
        assert!(report("2026-10-01", vec![exam("CT", Some("2026-09-15"))]).covers(&mr));
        assert!(!report("2026-08-01", vec![exam("CT", None)]).covers(&mr));
        // An MRI dated otherwise in its own sentence is another examination.
        assert!(!report("2024-03-12", vec![exam("MR", Some("2024-03-12"))]).covers(&mr));
        assert!(report("2026-08-01", vec![exam("MR", None)]).covers(&study("2026-09-15", "CT/MR")));
    }
}
