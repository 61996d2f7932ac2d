//! The report: what is present, what is missing and why, as data. The JSON printer writes these types
//! as they are (their field names are a contract with scripts); the text printer renders them for
//! people in the checklist's language.

pub mod escape;
pub mod html;
pub mod json;
pub mod letter;
pub mod text;

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::Serialize;

use crate::checklist::Checklist;
use crate::classify::{DateSource, Document, KindBasis};
use crate::crosscheck::Warning;
use crate::evaluate::{Reason, Status, Verdict};
use crate::facts::{Evidence, FactValue};
use crate::read::dicom::MediumSummary;
use crate::read::ocr::OcrInfo;
use crate::read::Problem;
use crate::walk::Ignored;

/// The report on one dossier.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The dossier folder as given.
    pub dossier: String,
    /// Which checklist was used.
    pub checklist: ChecklistInfo,
    /// The day the check was made for.
    pub as_of: String,
    /// True exactly when every applicable requirement is met.
    pub complete: bool,
    /// `complete` or `incomplete` (a batch also has `error` entries for dossiers it could not check).
    pub status: &'static str,
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
    /// Whether it applies to this patient.
    pub applies: bool,
    /// Whether it is met.
    pub met: bool,
    /// `met`, `missing`, `unverifiable`, `outdated` or `not-applicable`.
    pub status: Status,
    /// Why, in one sentence.
    pub reason: String,
    /// Files (and for content rules the sentence) behind the verdict.
    pub evidence: Vec<Evidence>,
    /// What to ask for, when not met and applicable.
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
    /// The document's own date (YYYY-MM-DD), or null.
    pub date: Option<String>,
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
    pub patients: Vec<crate::read::dicom::Patient>,
    /// Studies, oldest first.
    pub studies: Vec<crate::read::dicom::Study>,
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
    pub source: &'static str,
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
    let by_path = index_by_path(&docs);
    let requirements: Vec<RequirementReport> = checklist
        .requirements
        .iter()
        .zip(&verdicts)
        .map(|(req, v)| RequirementReport {
            id: v.id.clone(),
            title: req.title.get(lang).to_string(),
            applies: v.applies,
            met: v.met(),
            status: v.status,
            reason: with_ocr_note(
                render_reason(&v.reason, checklist, req, lang, &by_path),
                &v.evidence,
                &ocr,
                &by_path,
                lang,
            ),
            evidence: v.evidence.clone(),
            request: (v.applies && !v.met()).then(|| req.request.get(lang).to_string()),
        })
        .collect();
    // Unverifiable is never complete, also where it is unsure whether a requirement applies.
    let complete = requirements
        .iter()
        .all(|r| matches!(r.status, Status::Met | Status::NotApplicable));
    Report {
        dossier: dossier.to_string(),
        checklist: ChecklistInfo {
            name: checklist.checklist.name.get(lang).to_string(),
            version: checklist.checklist.version.clone(),
            language: lang.to_string(),
        },
        as_of: as_of.to_string(),
        complete,
        status: if complete { "complete" } else { "incomplete" },
        requirements,
        warnings: warnings
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
                    format!("{scan} is een kopie van {original} (gelezen met OCR); telt niet apart mee."),
                    format!("{scan} is a copy of {original} (read by OCR); it does not count separately."),
                ),
            }))
            .collect(),
        media: docs
            .iter()
            .filter_map(|d| d.medium.as_ref().map(|m| MediumReport::new(d, m)))
            .collect(),
        documents: docs
            .iter()
            .map(|d| DocumentReport {
                path: d.path.clone(),
                format: d.format.name(),
                kind: d.kind.clone(),
                kinds: d.kinds.clone(),
                uncertain_kinds: d.uncertain_kinds.clone(),
                author: d.author.clone(),
                part: d.part,
                kind_basis: d.kind_basis.clone(),
                date: d.date.map(|d| d.to_string()),
                date_source: d.date_source.clone(),
                readable: d.readable,
                problems: d.problems.clone(),
                medium: d.medium.clone(),
                ocr: ocr.documents.get(&d.path).cloned(),
                copy_of: ocr.copies.get(&d.path).cloned(),
            })
            .collect(),
        patient,
        facts: facts
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
            .collect(),
        ignored,
        ocr: ocr.missing.then(|| OcrNotice {
            status: "not-installed",
            message: tr(
                lang,
                format!("Scans en foto's zijn niet gelezen: OCR (tesseract) is niet geïnstalleerd. Installeer het met: {}", crate::read::ocr::INSTALL_HINT),
                format!("Scans and photos were not read: OCR (tesseract) is not installed. Install it with: {}", crate::read::ocr::INSTALL_HINT),
            ),
            install: crate::read::ocr::INSTALL_HINT,
        }),
    }
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

/// A title for use mid-sentence: its first letter lowered, unless the first word is an acronym
/// ("MRSA-screening", "PA-verslag" stay as they are; "Beelden (CD)" becomes "beelden (CD)").
fn lower_first(title: &str) -> String {
    let mut chars = title.chars();
    let (Some(first), second) = (chars.next(), chars.next()) else {
        return title.to_string();
    };
    if second.is_some_and(char::is_uppercase) {
        return title.to_string();
    }
    first
        .to_lowercase()
        .chain(title[first.len_utf8()..].chars())
        .collect()
}

/// Picks the Dutch or the English text.
fn tr(lang: &str, nl: String, en: String) -> String {
    if lang == "en" {
        en
    } else {
        nl
    }
}

/// Problem codes as short phrases for people: (code, Dutch, English).
const PROBLEM_PHRASES: &[(&str, &str, &str)] = &[
    (
        "unreadable-folder",
        "een map die niet kan worden geopend",
        "a folder that cannot be opened",
    ),
    (
        "image-only",
        "een scan of foto zonder tekst",
        "a scan or photo without text",
    ),
    (
        "encrypted",
        "beveiligd met een wachtwoord",
        "protected with a password",
    ),
    (
        "damaged",
        "beschadigd of onvolledig",
        "damaged or incomplete",
    ),
    ("empty-file", "leeg", "empty"),
    ("no-text", "bevat geen tekst", "contains no text"),
    (
        "permission-denied",
        "kan niet worden geopend (geen toegang)",
        "cannot be opened (no permission)",
    ),
    (
        "unsupported-format",
        "een formaat dat de tool niet kan lezen",
        "a format the tool cannot read",
    ),
    ("too-large", "te groot om te lezen", "too large to read"),
    ("too-slow", "te traag om te lezen", "too slow to read"),
    ("ocr-unclear", "scan te onduidelijk", "scan too unclear"),
    (
        "dicomdir-damaged",
        "de index van de cd (DICOMDIR) is beschadigd",
        "the CD index (DICOMDIR) is damaged",
    ),
    (
        "dicomdir-missing-file",
        "beelden uit de index van de cd ontbreken",
        "images listed on the CD are missing",
    ),
    (
        "image-damaged",
        "sommige beelden zijn onleesbaar",
        "some images cannot be read",
    ),
    ("no-images", "bevat geen beelden", "holds no images"),
    (
        "iso-file-out-of-bounds",
        "bestanden op de cd liggen buiten het schijfbestand",
        "files on the disc lie past the end of the image",
    ),
    (
        "dicomdir-length-overrun",
        "de index van de cd is licht afwijkend maar volledig gelezen",
        "the CD index is slightly off but was read in full",
    ),
    (
        "future-date",
        "gedateerd na de peildatum",
        "dated after the check date",
    ),
    (
        "dicomdir-empty",
        "de index van de cd noemt geen beelden",
        "the CD index lists no images",
    ),
    (
        "image-empty",
        "sommige beelden zijn leeg",
        "some images are empty",
    ),
    (
        "image-truncated",
        "sommige beelden zijn afgebroken",
        "some images are cut short",
    ),
    (
        "sop-uid-mismatch",
        "beelden komen niet overeen met de index van de cd",
        "images do not match the CD index",
    ),
    (
        "iso-truncated",
        "het cd-image is afgebroken",
        "the disc image is cut short",
    ),
    (
        "iso-damaged",
        "het cd-image is beschadigd",
        "the disc image is damaged",
    ),
    (
        "iso-unsupported",
        "een soort cd-image dat de tool niet kan lezen",
        "a kind of disc image the tool cannot read",
    ),
    (
        "archive-damaged",
        "het zip-bestand is beschadigd",
        "the zip file is damaged",
    ),
    (
        "not-a-regular-file",
        "geen gewoon bestand (bijv. een pipe of apparaat), niet geopend",
        "not a regular file (e.g. a pipe or device), not opened",
    ),
    (
        "changed-during-check",
        "tijdens de controle vervangen (bijv. door een koppeling), niet gelezen",
        "replaced during the check (e.g. by a link), not read",
    ),
];

/// A problem code as a short phrase for people.
pub fn problem_phrase(code: &str, lang: &str) -> &'static str {
    let (nl, en) = PROBLEM_PHRASES
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, nl, en)| (*nl, *en))
        .unwrap_or(("kan niet worden gelezen", "cannot be read"));
    if lang == "en" {
        en
    } else {
        nl
    }
}

/// The parts that are there, joined by commas ("CT, pols rechts" when the date is unknown).
fn join_present(parts: &[String]) -> String {
    parts
        .iter()
        .filter(|s| !s.is_empty())
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

/// A reason names at most this many files; the rest are counted. A person reads the list; a
/// script has every file in `evidence`.
const MAX_NAMED: usize = 20;

/// The named files, and "en 3 andere" for those left out.
fn named_list(mut list: Vec<String>, total: usize, lang: &str) -> String {
    if total > list.len() {
        let more = total - list.len();
        list.push(tr(
            lang,
            format!("en {more} andere"),
            format!("and {more} more"),
        ));
    }
    list.join(", ")
}

fn date_nl(d: NaiveDate) -> String {
    d.format("%d-%m-%Y").to_string()
}

/// The documents by path, the first of each path (a split file keeps its path on every part): a
/// reason can name every file of a dossier, so each lookup must not scan them all.
fn index_by_path(docs: &[Document]) -> HashMap<&str, &Document> {
    let mut by_path = HashMap::with_capacity(docs.len());
    for d in docs {
        by_path.entry(d.path.as_str()).or_insert(d);
    }
    by_path
}

fn render_reason(
    reason: &Reason,
    checklist: &Checklist,
    req: &crate::checklist::Requirement,
    lang: &str,
    docs: &HashMap<&str, &Document>,
) -> String {
    let kind_titles = || {
        req.kinds
            .iter()
            .filter_map(|k| checklist.kind(k.get_ref()))
            .map(|k| lower_first(k.title.get(lang)))
            .collect::<Vec<_>>()
            .join(if lang == "en" { " or " } else { " of " })
    };
    match reason {
        Reason::Met {
            path,
            date: Some(date),
            date_from_metadata: false,
        } => tr(
            lang,
            format!("{path} (gedateerd {})", date_nl(*date)),
            format!("{path} (dated {date})"),
        ),
        Reason::Met {
            path,
            date: Some(date),
            date_from_metadata: true,
        } => tr(
            lang,
            format!(
                "{path} (geen datum in de brief; volgens de bestandsgegevens {})",
                date_nl(*date)
            ),
            format!("{path} (no date in the letter; the file's metadata says {date})"),
        ),
        Reason::Met {
            path, date: None, ..
        } => match docs.get(path.as_str()).and_then(|d| d.medium.as_ref()) {
            Some(m) => tr(
                lang,
                format!("{path} ({} beelden)", m.images_readable),
                format!("{path} ({} images)", m.images_readable),
            ),
            None => path.clone(),
        },
        Reason::MetBySection { path, heading } => tr(
            lang,
            format!("{path}, onder het kopje \"{heading}\""),
            format!("{path}, under the heading \"{heading}\""),
        ),
        Reason::MaybeApplicable { facts, files } => {
            let list: Vec<String> = files
                .iter()
                .take(MAX_NAMED)
                .map(|(p, code)| format!("{p} ({})", problem_phrase(code, lang)))
                .collect();
            let list = named_list(list, files.len(), lang);
            tr(
                lang,
                format!(
                    "volgens de leesbare stukken niet nodig ({}), maar bekijk zelf of dit er iets over zegt: {list}",
                    fact_phrases(checklist, facts, lang).join("; "),
                ),
                format!(
                    "not needed by the readable documents ({}), but check whether these say otherwise: {list}",
                    fact_phrases(checklist, facts, lang).join("; "),
                ),
            )
        }
        Reason::NotApplicable { facts } => tr(
            lang,
            format!(
                "niet van toepassing ({})",
                fact_phrases(checklist, facts, lang).join("; ")
            ),
            format!(
                "not applicable ({})",
                fact_phrases(checklist, facts, lang).join("; ")
            ),
        ),
        Reason::NoDocument => tr(
            lang,
            format!("geen {} gevonden", kind_titles()),
            format!("no {} found", kind_titles()),
        ),
        Reason::LacksMention { paths } => {
            let what = req
                .mention_title
                .as_ref()
                .map(|t| t.get(lang).to_string())
                .unwrap_or_else(|| {
                    tr(
                        lang,
                        "de vereiste inhoud".into(),
                        "the required content".into(),
                    )
                });
            tr(
                lang,
                format!("{} gevonden, maar zonder {what}", paths.join(", ")),
                format!("{} found, but without {what}", paths.join(", ")),
            )
        }
        Reason::Outdated {
            path,
            date,
            age_days,
            max_age_days,
        } => tr(
            lang,
            format!(
                "{path} is van {} ({age_days} dagen oud; maximaal {max_age_days} dagen)",
                date_nl(*date)
            ),
            format!(
                "{path} is dated {date} ({age_days} days old; at most {max_age_days} days allowed)"
            ),
        ),
        Reason::Undated { paths } => tr(
            lang,
            format!(
                "{} heeft geen datum, dus niet te controleren of de brief recent genoeg is",
                paths.join(", ")
            ),
            format!(
                "{} has no date, so whether it is recent enough cannot be checked",
                paths.join(", ")
            ),
        ),
        Reason::FutureDate { path, date } => tr(
            lang,
            format!(
                "{path} is gedateerd {} , na de peildatum: controleer de datum",
                date_nl(*date)
            )
            .replace(" ,", ","),
            format!("{path} is dated {date}, after the check date: check the date"),
        ),
        Reason::NewestStudyWithoutReport {
            date,
            modality,
            description,
            older,
            ..
        } => {
            let study = join_present(&[modality.clone(), description.clone()]);
            tr(
                lang,
                format!(
                    "het verslag van het nieuwste onderzoek ontbreekt ({study} van {}); {} is ouder",
                    date_nl(*date),
                    older.join(", ")
                ),
                format!(
                    "the report of the newest study is missing ({study} of {date}); {} is older",
                    older.join(", ")
                ),
            )
        }
        Reason::ConflictingFacts { facts } => {
            let names: Vec<String> = facts
                .iter()
                .map(|(id, _, _)| {
                    checklist
                        .fact(id)
                        .map(|f| lower_first(f.title.get(lang)))
                        .unwrap_or_else(|| id.clone())
                })
                .collect();
            tr(
                lang,
                format!(
                    "de brieven spreken elkaar tegen ({}); bekijk zelf of dit nodig is",
                    names.join("; ")
                ),
                format!(
                    "the letters contradict each other ({}); check whether this is needed",
                    names.join("; ")
                ),
            )
        }
        Reason::UncertainKind { paths } => tr(
            lang,
            format!(
                "niet zeker of {} een {} is; bekijk het zelf",
                paths.join(", "),
                kind_titles()
            ),
            format!(
                "not sure whether {} is a {}; please look",
                paths.join(", "),
                kind_titles()
            ),
        ),
        Reason::Unreadable { files } => {
            let list: Vec<String> = files
                .iter()
                .take(MAX_NAMED)
                .map(|(p, code)| {
                    let medium = docs.get(p.as_str()).and_then(|d| d.medium.as_ref());
                    match medium
                        .map(|m| medium_counts(m, lang))
                        .filter(|c| !c.is_empty())
                    {
                        Some(counts) => format!("{p} ({counts})"),
                        None => format!("{p} ({})", problem_phrase(code, lang)),
                    }
                })
                .collect();
            let list = named_list(list, files.len(), lang);
            let all_media = files
                .iter()
                .all(|(p, _)| docs.get(p.as_str()).is_some_and(|d| d.format.is_media()));
            if all_media {
                return tr(
                    lang,
                    format!("de beelden zijn niet bruikbaar: {}", list),
                    format!("the images cannot be used: {}", list),
                );
            }
            tr(
                lang,
                format!("niet gevonden in leesbare stukken; bekijk zelf: {}", list),
                format!("not found in readable documents; look at: {}", list),
            )
        }
    }
}

/// A cross-check warning as one sentence for people.
fn render_warning(warning: &Warning, lang: &str) -> String {
    let date = |d: NaiveDate| tr(lang, date_nl(d), d.to_string());
    match warning {
        Warning::SeveralPatients { medium, patients } => {
            let names: Vec<String> = patients
                .iter()
                .map(|p| match p.birth_date.as_deref().and_then(crate::dates::parse_iso) {
                    Some(b) => format!("{} ({})", p.name, date(b)),
                    None => p.name.clone(),
                })
                .collect();
            tr(
                lang,
                format!(
                    "{medium} bevat beelden van meer dan één patiënt: {}.",
                    names.join(", ")
                ),
                format!(
                    "{medium} holds images of more than one patient: {}.",
                    names.join(", ")
                ),
            )
        }
        Warning::NameDiffers {
            medium,
            on_medium,
            in_letters,
        } => tr(
            lang,
            format!("De beelden op {medium} zijn van {on_medium}, maar de brieven gaan over {in_letters}."),
            format!("The images on {medium} are of {on_medium}, but the letters are about {in_letters}."),
        ),
        Warning::BirthDateDiffers {
            medium,
            name,
            on_medium,
            in_letters,
        } => tr(
            lang,
            format!(
                "Op {medium} is {name} geboren op {}, maar volgens de brieven op {}.",
                date(*on_medium),
                date(*in_letters)
            ),
            format!(
                "On {medium} {name} was born on {}, but the letters say {}.",
                date(*on_medium),
                date(*in_letters)
            ),
        ),
        Warning::StudyWithoutReport {
            media,
            date: d,
            modality,
            description,
        } => {
            let study = join_present(&[date(*d), modality.clone(), description.clone()]);
            tr(
                lang,
                format!(
                    "Voor het meest recente onderzoek op de beelden ({study}, op {}) is geen verslag met dezelfde datum of modaliteit gevonden.",
                    media.join(", ")
                ),
                format!(
                    "No report with the same date or modality was found for the most recent study on the images ({study}, on {}).",
                    media.join(", ")
                ),
            )
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
            tr(
                lang,
                format!("{report} beschrijft een onderzoek ({exam}) dat op geen van de cd's staat: \"{quote}\"."),
                format!("{report} describes an examination ({exam}) that is on none of the media: \"{quote}\"."),
            )
        }
    }
}

/// How many images of a medium are missing, unreadable or do not match its index.
pub(crate) fn medium_counts(m: &MediumSummary, lang: &str) -> String {
    image_counts(
        m.images_listed,
        m.images_missing,
        m.images_unreadable,
        m.images_mismatched,
        lang,
    )
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

fn image_counts(
    listed: Option<usize>,
    missing: usize,
    unreadable: usize,
    mismatched: usize,
    lang: &str,
) -> String {
    let listed = listed.map(|n| n.to_string()).unwrap_or_else(|| "?".into());
    let mut parts = Vec::new();
    if missing > 0 {
        parts.push(tr(
            lang,
            format!("{missing} van {listed} beelden uit de index ontbreken"),
            format!("{missing} of {listed} listed images are missing"),
        ));
    }
    if unreadable > 0 {
        parts.push(tr(
            lang,
            format!("{unreadable} beelden onleesbaar"),
            format!("{unreadable} images unreadable"),
        ));
    }
    if mismatched > 0 {
        parts.push(tr(
            lang,
            format!("{mismatched} beelden wijken af van de index"),
            format!("{mismatched} images differ from the index"),
        ));
    }
    parts.join(", ")
}

/// "geopereerd: nee, niet genoemd in de brieven" for each consulted fact.
fn fact_phrases(
    checklist: &Checklist,
    facts: &[(String, bool, &'static str)],
    lang: &str,
) -> Vec<String> {
    facts
        .iter()
        .map(|(name, value, source)| {
            let title = checklist
                .fact(name)
                .map(|f| lower_first(f.title.get(lang)))
                .unwrap_or_else(|| name.clone());
            let source = source_phrase(source, *value, lang);
            tr(
                lang,
                format!("{title}: {}{source}", if *value { "ja" } else { "nee" }),
                format!("{title}: {}{source}", if *value { "yes" } else { "no" }),
            )
        })
        .collect()
}

fn source_phrase(source: &str, value: bool, lang: &str) -> String {
    let (nl, en) = match (source, value) {
        ("command-line", _) => (
            ", opgegeven bij het commando",
            ", given on the command line",
        ),
        ("dossier.toml", _) => (", vastgelegd in dossier.toml", ", declared in dossier.toml"),
        ("text", false) => (", volgens de brieven niet", ", the letters say not"),
        ("conflicting", _) => (
            ", maar de brieven spreken elkaar tegen",
            ", but the letters contradict each other",
        ),
        ("plan-or-question", _) => (
            ", alleen genoemd als plan of vraag",
            ", only mentioned as a plan or question",
        ),
        ("default", _) => (
            ", niet genoemd in de brieven",
            ", not mentioned in the letters",
        ),
        _ => ("", ""),
    };
    tr(lang, nl.to_string(), en.to_string())
}
