//! The report: what is present, what is missing and why, as data. The JSON printer writes these types
//! as they are (their field names are a contract with scripts); the text printer renders them for
//! people in the checklist's language.

pub mod escape;
pub mod format;
pub mod html;
pub mod json;
pub mod letter;
pub mod messages;
pub mod outcome;
pub mod phrases;
mod reason;
pub mod text;
pub mod wording;

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use chrono::NaiveDate;
use serde::Serialize;

use crate::checklist::Checklist;
use crate::classify::{DateSource, Document, KindBasis};
use crate::crosscheck::Warning;
use crate::evaluate::{Status, Verdict};
use crate::facts::{Evidence, FactValue};
use crate::read::media::MediumSummary;
use crate::read::ocr::OcrInfo;
use crate::read::Problem;
use crate::walk::Ignored;
pub(crate) use wording::lower_first;
pub use wording::{count, problem_phrase};
use wording::{day, image_counts, index_by_path, join_present, medium_counts, sentence, tr};

/// The version of the JSON report's shape (`schema/report.schema.json`): raised when a field
/// changes meaning or goes away; new fields may come without it.
pub const SCHEMA_VERSION: u32 = 2;

/// The tool that wrote a report.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct ToolInfo {
    /// Always `dossiercheck`.
    pub name: &'static str,
    /// Its version (Cargo's package version).
    pub version: &'static str,
}

impl ToolInfo {
    /// This build.
    pub const THIS: ToolInfo = ToolInfo {
        name: env!("CARGO_PKG_NAME"),
        version: env!("CARGO_PKG_VERSION"),
    };
}

/// The report on one dossier.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The version of this JSON shape ([`SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// The tool and its version.
    pub tool: ToolInfo,
    /// The dossier folder as given.
    pub dossier: String,
    /// Which checklist was used.
    pub checklist: ChecklistInfo,
    /// The day the check was made for.
    pub as_of: NaiveDate,
    /// True exactly when every requirement is met or not applicable.
    pub complete: bool,
    /// The dossier's one verdict (a batch also has `error` entries for dossiers it could not check).
    pub status: DossierStatus,
    /// One entry per requirement, in checklist order.
    pub requirements: Vec<RequirementReport>,
    /// Cross-checks between the images and the letters that the clerk should look at; they never
    /// change a verdict.
    pub warnings: Vec<WarningReport>,
    /// Every document and medium read, by path.
    pub documents: Vec<DocumentReport>,
    /// What is on each imaging medium, by path.
    pub media: Vec<MediumReport>,
    /// The patient as the letters name them.
    pub patient: crate::patient::Patient,
    /// Facts about the patient.
    pub facts: BTreeMap<String, FactReport>,
    /// Files not read, with the reason.
    pub ignored: Vec<Ignored>,
    /// Present only when scans were not read because OCR (Tesseract) is not installed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ocr: Option<OcrNotice>,
}

/// Scans were not read: OCR is not installed, and how to install it.
#[derive(Debug, Clone, Serialize)]
pub struct OcrNotice {
    /// `not-installed`.
    pub status: &'static str,
    /// One sentence, in the report's language.
    pub message: String,
    /// The command that installs OCR (Debian, Ubuntu).
    pub install: &'static str,
}

/// The verdict on a whole dossier, derived from its requirements in one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DossierStatus {
    /// Every requirement is met or not applicable: the appointment can be booked.
    Complete,
    /// Something is missing or outdated (and may also need a look).
    Incomplete,
    /// Nothing is known to be missing, but a person must look before booking.
    NeedsReview,
}

impl DossierStatus {
    /// The dossier's status from its requirements' statuses.
    pub fn of(statuses: impl IntoIterator<Item = Status>) -> DossierStatus {
        let mut status = DossierStatus::Complete;
        for s in statuses {
            match s {
                Status::Missing | Status::Outdated => return DossierStatus::Incomplete,
                Status::NeedsReview => status = DossierStatus::NeedsReview,
                Status::Met | Status::NotApplicable => {}
            }
        }
        status
    }

    /// The stable name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            DossierStatus::Complete => "complete",
            DossierStatus::Incomplete => "incomplete",
            DossierStatus::NeedsReview => "needs-review",
        }
    }
}

/// Name and version of the checklist.
#[derive(Debug, Clone, Serialize)]
pub struct ChecklistInfo {
    /// Name in the report's language.
    pub name: String,
    /// Version.
    pub version: String,
    /// Report language.
    pub language: String,
}

/// One requirement's verdict.
#[derive(Debug, Clone, Serialize)]
pub struct RequirementReport {
    /// Stable id.
    pub id: String,
    /// What must be there.
    pub title: String,
    /// Whether it applies to this patient: false exactly when `status` is `not-applicable` (a
    /// requirement that may apply counts as applying until a person has looked).
    pub applies: bool,
    /// Whether it is met: true exactly when `status` is `met`.
    pub met: bool,
    /// `met`, `missing`, `outdated`, `needs-review` or `not-applicable`.
    pub status: Status,
    /// For `needs-review`, why a person must look: `unreadable-file`, `uncertain-kind`, `undated`,
    /// `future-date`, `conflicting-facts` or `may-apply` (the readable letters do not call for it,
    /// but an unread file might). Absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review: Option<&'static str>,
    /// Why, in one sentence.
    pub reason: String,
    /// Files (and for content rules the sentence) behind the verdict.
    pub evidence: Arc<[Evidence]>,
    /// What to ask for, when it applies and is not met (null while it only may apply).
    pub request: Option<String>,
}

/// One document or medium.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentReport {
    /// Path relative to the dossier.
    pub path: String,
    /// `pdf`, `docx`, `text`, `image`, `dicomdir`, `dicom`, `iso`, `unsupported`.
    pub format: &'static str,
    /// The kind, or null (the strongest of `kinds`).
    pub kind: Option<String>,
    /// Every kind the document is (a discharge letter with an operation section is two).
    pub kinds: Vec<String>,
    /// Kinds it may be, too weakly to say: requirements only these could meet need a look.
    pub uncertain_kinds: Vec<String>,
    /// Who wrote it: an author role of the checklist (`gp`, `specialist`, ...), or null.
    pub author: Option<String>,
    /// For a file holding several documents (a letter with its enclosures): which part this is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<usize>,
    /// What decided the kind.
    pub kind_basis: Option<KindBasis>,
    /// The kind's title in the report's language, for people (not in JSON).
    #[serde(skip)]
    pub kind_title: Option<String>,
    /// The document's own date (YYYY-MM-DD), or null.
    pub date: Option<NaiveDate>,
    /// Where the date came from.
    pub date_source: Option<DateSource>,
    /// Whether its content could be verified.
    pub readable: bool,
    /// Problems met while reading.
    pub problems: Vec<Problem>,
    /// For media: what is on it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub medium: Option<MediumSummary>,
    /// For a scan or photo read by OCR: `{engine, confidence, pages}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ocr: Option<OcrInfo>,
    /// For a scan that is a copy of a typed document in the dossier: that document's path. No
    /// verdict hangs on a copy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copy_of: Option<String>,
}

/// What is on one imaging medium: a summary for the desk. The same numbers are under
/// `documents[].medium`; this list adds the path, format, readability and problems, so a script
/// needs only this entry.
#[derive(Debug, Clone, Serialize)]
pub struct MediumReport {
    /// Path relative to the dossier (the DICOMDIR, the folder of loose files, the ISO or the zip).
    pub path: String,
    /// `dicomdir`, `dicom` or `iso`.
    pub format: &'static str,
    /// Whether its images could be verified.
    pub readable: bool,
    /// Images the index lists (null without an index, or when the index cannot be read).
    pub images_listed: Option<usize>,
    /// Images whose headers read as DICOM.
    pub images_readable: usize,
    /// Listed images whose files are not there.
    pub images_missing: usize,
    /// Images present whose headers cannot be read.
    pub images_unreadable: usize,
    /// Listed images that differ from what the index says.
    pub images_mismatched: usize,
    /// DICOM files the index does not list.
    pub images_unindexed: usize,
    /// Patients as the images name them.
    pub patients: Vec<crate::read::media::Patient>,
    /// Studies, oldest first.
    pub studies: Vec<crate::read::media::Study>,
    /// Problems that make the medium (partly) unusable.
    pub problems: Vec<Problem>,
    /// Observations that do not.
    pub notes: Vec<Problem>,
}

impl MediumReport {
    fn new(doc: &Document, medium: &MediumSummary) -> MediumReport {
        MediumReport {
            path: doc.path.clone(),
            format: doc.format.name(),
            readable: doc.readable,
            images_listed: medium.images_listed,
            images_readable: medium.images_readable,
            images_missing: medium.images_missing,
            images_unreadable: medium.images_unreadable,
            images_mismatched: medium.images_mismatched,
            images_unindexed: medium.images_unindexed,
            patients: medium.patients.clone(),
            studies: medium.studies.clone(),
            problems: doc.problems.clone(),
            notes: medium.notes.clone(),
        }
    }
}

/// A cross-check for the clerk to look at.
#[derive(Debug, Clone, Serialize)]
pub struct WarningReport {
    /// Stable kebab-case code: `media-several-patients`, `media-patient-name-differs`,
    /// `media-birth-date-differs`, `imaging-study-without-report`, `imaging-report-without-images`.
    pub code: &'static str,
    /// The files it is about, relative to the dossier.
    pub files: Vec<String>,
    /// One sentence, in the report's language.
    pub message: String,
}

/// A fact's value and source.
#[derive(Debug, Clone, Serialize)]
pub struct FactReport {
    /// What it is, in the report's language.
    pub title: String,
    /// Its value.
    pub value: bool,
    /// `command-line`, `dossier.toml`, `document`, `text` or `default`.
    pub source: crate::facts::FactSource,
    /// Files and sentences behind it.
    pub evidence: Vec<Evidence>,
}

/// What the pipeline found in one dossier, ready to report.
#[derive(Debug)]
pub struct Findings {
    /// Classified documents and media.
    pub docs: Vec<Document>,
    /// Facts about the patient.
    pub facts: BTreeMap<String, FactValue>,
    /// One verdict per requirement, in checklist order.
    pub verdicts: Vec<Verdict>,
    /// The patient as the letters name them.
    pub patient: crate::patient::Patient,
    /// Cross-checks between the images and the letters.
    pub warnings: Vec<Warning>,
    /// Files not read.
    pub ignored: Vec<Ignored>,
    /// What OCR read, which scans are copies, and whether OCR was missing.
    pub ocr: OcrFindings,
}

/// What OCR gave a dossier.
#[derive(Debug, Default)]
pub struct OcrFindings {
    /// Files read by OCR (also those too unclear to count), by path.
    pub documents: BTreeMap<String, OcrInfo>,
    /// Scans that are copies of typed documents: scan path → typed document's path.
    pub copies: BTreeMap<String, String>,
    /// Scans were not read because Tesseract is not installed.
    pub missing: bool,
}

/// Assembles the report from the pipeline's output, in `lang`.
pub fn build(
    dossier: &str,
    checklist: &Checklist,
    lang: &str,
    as_of: NaiveDate,
    findings: Findings,
) -> Report {
    let Findings {
        docs,
        facts,
        verdicts,
        patient,
        warnings,
        ignored,
        ocr,
    } = findings;
    let by_path = index_by_path(&docs, |d| d.path.as_str());
    let requirements: Vec<RequirementReport> = checklist
        .requirements
        .iter()
        .zip(&verdicts)
        .map(|(req, v)| requirement_report(req, v, checklist, lang, &by_path, &ocr))
        .collect();
    // Needing review is never complete, also where it is unsure whether a requirement applies.
    let status = DossierStatus::of(requirements.iter().map(|r| r.status));
    Report {
        schema_version: SCHEMA_VERSION,
        tool: ToolInfo::THIS,
        dossier: dossier.to_string(),
        checklist: ChecklistInfo {
            name: checklist.checklist.name.get(lang).to_string(),
            version: checklist.checklist.version.clone(),
            language: lang.to_string(),
        },
        as_of,
        complete: status == DossierStatus::Complete,
        status,
        requirements,
        warnings: warning_reports(&warnings, &ocr, lang),
        media: media_reports(&docs, lang),
        documents: document_reports(&docs, checklist, lang, &ocr),
        patient,
        facts: fact_reports(&facts, checklist, lang),
        ignored,
        ocr: ocr_notice(&ocr, lang),
    }
}

/// One requirement's verdict with its reason and request in `lang`.
fn requirement_report(
    req: &crate::checklist::Requirement,
    v: &Verdict,
    checklist: &Checklist,
    lang: &str,
    by_path: &HashMap<&str, &Document>,
    ocr: &OcrFindings,
) -> RequirementReport {
    RequirementReport {
        id: v.id.clone(),
        title: req.title.get(lang).to_string(),
        applies: v.status != Status::NotApplicable,
        met: v.met(),
        status: v.status,
        review: (v.status == Status::NeedsReview)
            .then(|| v.reason.review_code())
            .flatten(),
        reason: with_ocr_note(
            reason::render_reason(&v.reason, checklist, req, lang, by_path),
            &v.evidence,
            ocr,
            by_path,
            lang,
        ),
        // Shared, not copied: with thousands of unreadable files named as evidence, a copy
        // per requirement weighed more than the documents.
        evidence: Arc::clone(&v.evidence),
        // Not asked for while it is unsure whether it applies at all (`may-apply`).
        request: (v.status != Status::NotApplicable
            && !v.met()
            && v.reason.review_code() != Some("may-apply"))
        .then(|| req.request.get(lang).to_string()),
    }
}

/// The cross-checks, then a warning for each scan that is a copy of a typed document.
fn warning_reports(warnings: &[Warning], ocr: &OcrFindings, lang: &str) -> Vec<WarningReport> {
    warnings
        .iter()
        .map(|w| WarningReport {
            code: w.code(),
            files: w.files(),
            message: render_warning(w, lang),
        })
        .chain(ocr.copies.iter().map(|(scan, original)| WarningReport {
            code: "scan-is-copy",
            files: vec![scan.clone(), original.clone()],
            message: tr(
                lang,
                format!(
                    "{scan} is een kopie van {original} (gelezen met OCR); telt niet apart mee."
                ),
                format!(
                    "{scan} is a copy of {original} (read by OCR); it does not count separately."
                ),
            ),
        }))
        .collect()
}

/// What is on each medium, its problems and notes in `lang`.
fn media_reports(docs: &[Document], lang: &str) -> Vec<MediumReport> {
    docs.iter()
        .filter_map(|d| {
            d.medium
                .as_ref()
                .map(|m| MediumReport::new(d, &localized_medium(m, lang)))
                .map(|mut m| {
                    m.problems = localized(&m.problems, lang);
                    m
                })
        })
        .collect()
}

/// Every document and medium read, with its kind's title and its problems in `lang`.
fn document_reports(
    docs: &[Document],
    checklist: &Checklist,
    lang: &str,
    ocr: &OcrFindings,
) -> Vec<DocumentReport> {
    docs.iter()
        .map(|d| DocumentReport {
            path: d.path.clone(),
            format: d.format.name(),
            kind: d.kind.clone(),
            kinds: d.kinds.clone(),
            uncertain_kinds: d.uncertain_kinds.clone(),
            author: d.author.clone(),
            part: d.part,
            kind_basis: d.kind_basis.clone(),
            kind_title: d
                .kind
                .as_deref()
                .and_then(|k| checklist.kind(k))
                .map(|k| k.title.get(lang).to_string()),
            date: d.date,
            date_source: d.date_source.clone(),
            readable: d.readable,
            problems: localized(&d.problems, lang),
            medium: d.medium.as_ref().map(|m| localized_medium(m, lang)),
            ocr: ocr.documents.get(&d.path).cloned(),
            copy_of: ocr.copies.get(&d.path).cloned(),
        })
        .collect()
}

/// The facts about the patient, each with its title in `lang`.
fn fact_reports(
    facts: &BTreeMap<String, FactValue>,
    checklist: &Checklist,
    lang: &str,
) -> BTreeMap<String, FactReport> {
    facts
        .iter()
        .map(|(id, f)| {
            let title = checklist
                .fact(id)
                .map(|f| f.title.get(lang).to_string())
                .unwrap_or_else(|| id.clone());
            (
                id.clone(),
                FactReport {
                    title,
                    value: f.value,
                    source: f.source,
                    evidence: f.evidence.clone(),
                },
            )
        })
        .collect()
}

/// When OCR was missing: that scans were not read, and how to install it.
fn ocr_notice(ocr: &OcrFindings, lang: &str) -> Option<OcrNotice> {
    ocr.missing.then(|| OcrNotice {
        status: "not-installed",
        message: tr(
            lang,
            format!("Scans en foto's zijn niet gelezen: OCR (tesseract) is niet geïnstalleerd. Installeer het met: {}", crate::read::ocr::INSTALL_HINT),
            format!("Scans and photos were not read: OCR (tesseract) is not installed. Install it with: {}", crate::read::ocr::INSTALL_HINT),
        ),
        install: crate::read::ocr::INSTALL_HINT,
    })
}

/// A reason, with "gelezen met OCR (zekerheid 87%)" when a readable file behind the verdict was
/// read by OCR: "scan.pdf (gedateerd 01-10-2026), gelezen met OCR (zekerheid 87%)" when the reason
/// names that file first, else "...; scan.pdf gelezen met OCR (zekerheid 87%)".
fn with_ocr_note(
    reason: String,
    evidence: &[Evidence],
    ocr: &OcrFindings,
    docs: &HashMap<&str, &Document>,
    lang: &str,
) -> String {
    let read = evidence.iter().find_map(|e| {
        let info = ocr.documents.get(&e.path)?;
        docs.get(e.path.as_str())
            .is_some_and(|d| d.readable)
            .then_some((e.path.as_str(), info.confidence))
    });
    let Some((path, confidence)) = read else {
        return reason;
    };
    let note = tr(
        lang,
        format!("gelezen met OCR (zekerheid {confidence}%)"),
        format!("read by OCR (confidence {confidence}%)"),
    );
    if reason.starts_with(path) {
        format!("{reason}, {note}")
    } else {
        format!("{reason}; {path} {note}")
    }
}

/// Problems with their messages in the report's language from the catalogue; what the reader
/// wrote (in English, with particulars such as the files past the end of a disc image) is kept as
/// the detail.
fn localized(problems: &[Problem], lang: &str) -> Vec<Problem> {
    problems
        .iter()
        .map(|p| Problem {
            code: p.code,
            message: sentence(problem_phrase(p.code.as_str(), lang)),
            detail: Some(p.detail.clone().unwrap_or_else(|| p.message.clone())),
        })
        .collect()
}

/// A medium summary with its notes in the report's language.
fn localized_medium(m: &MediumSummary, lang: &str) -> MediumSummary {
    MediumSummary {
        notes: localized(&m.notes, lang),
        ..m.clone()
    }
}

/// A cross-check warning as one sentence for people.
fn render_warning(warning: &Warning, lang: &str) -> String {
    let date = |d: NaiveDate| day(d, lang);
    let say = |args: &[(&str, &str)]| messages::warning(warning.code(), lang, args);
    match warning {
        Warning::SeveralPatients { medium, patients } => say(&[
            ("medium", medium),
            ("patients", &patient_names(patients, lang)),
        ]),
        Warning::NameDiffers {
            medium,
            on_medium,
            in_letters,
        } => say(&[
            ("medium", medium),
            ("on_medium", on_medium),
            ("in_letters", in_letters),
        ]),
        Warning::BirthDateDiffers {
            medium,
            name,
            on_medium,
            in_letters,
        } => say(&[
            ("medium", medium),
            ("name", name),
            ("on_medium", &date(*on_medium)),
            ("in_letters", &date(*in_letters)),
        ]),
        Warning::StudyWithoutReport {
            media,
            date: d,
            modality,
            description,
        } => {
            let study = join_present(&[date(*d), modality.clone(), description.clone()]);
            say(&[("study", &study), ("media", &media.join(", "))])
        }
        Warning::ReportWithoutImages {
            report,
            modality,
            date: d,
            quote,
        } => {
            let exam = match d {
                Some(d) => format!("{modality}, {}", date(*d)),
                None => modality.clone(),
            };
            say(&[("report", report), ("exam", &exam), ("quote", quote)])
        }
    }
}

/// "Testpersoon Anna (01-01-1980), Testpersoon Bert": the patients on a medium, each with the
/// birth date when it reads as one.
fn patient_names(patients: &[crate::read::media::Patient], lang: &str) -> String {
    patients
        .iter()
        .map(|p| match p.birth_date {
            Some(b) => format!("{} ({})", p.name, day(b, lang)),
            None => p.name.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// [`medium_counts`] for a medium in the report.
pub(crate) fn medium_counts_of(m: &MediumReport, lang: &str) -> String {
    image_counts(
        m.images_listed,
        m.images_missing,
        m.images_unreadable,
        m.images_mismatched,
        lang,
    )
}
