//! What reading produces and is told: a document after reading ([`ReadDoc`]), its [`Format`], and
//! the options a read runs under ([`ReadOptions`], [`OcrOptions`]). The readers, the media checks
//! and the later stages all speak these types, so they sit below every reader.

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use serde::Serialize;

use super::media::model::MediumSummary;
use super::problem::Problem;
use crate::limits::{DEFAULT_MAX_PAGES, DEFAULT_MIN_CONFIDENCE, DEFAULT_PAGE_TIMEOUT_SECS};

/// The line that starts every page after the first in text read from a paged format.
pub const PAGE_BREAK: &str = "\u{c}\n";

/// How much of a file is read for text, and how long reading may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadOptions {
    /// PDF and Word files larger than this are not read (a letter is never this large): they are
    /// reported as too large. Of a plain text file only this many bytes are read.
    pub max_file_bytes: u64,
    /// A file whose read takes longer is `too-slow`.
    pub file_timeout: Duration,
    /// A dossier whose check takes longer is an error for that dossier only.
    pub dossier_timeout: Duration,
    /// When the dossier being read must be done (set by the check, from `dossier_timeout`): files
    /// not yet read by then are `too-slow` without being opened.
    pub dossier_deadline: Option<Instant>,
    /// Whether and how scans and photos are read by OCR.
    pub ocr: OcrOptions,
    /// Bytes of text the dossier may hold, all files together: the whole budget
    /// ([`crate::limits::MAX_DOSSIER_TEXT_BYTES`]) for one dossier, a share of it for each of the
    /// dossiers a batch checks at once.
    pub text_budget: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_file_bytes: 64 * 1024 * 1024,
            file_timeout: crate::limits::FILE_TIMEOUT,
            dossier_timeout: crate::limits::DOSSIER_TIMEOUT,
            dossier_deadline: None,
            ocr: OcrOptions::default(),
            text_budget: crate::limits::MAX_DOSSIER_TEXT_BYTES,
        }
    }
}

/// What kind of file a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// A PDF file.
    Pdf,
    /// A Word 2007+ file.
    Docx,
    /// Plain text.
    Text,
    /// A photo or scan (JPEG, PNG, TIFF, HEIC, ...).
    Image,
    /// A CD copied as a folder, with its `DICOMDIR` index.
    Dicomdir,
    /// DICOM files without an index.
    Dicom,
    /// An ISO image of a disc.
    Iso,
    /// A document format the tool cannot read (old .doc, .odt, .rtf, archives).
    Unsupported,
}

impl Format {
    /// The name used in JSON and in checklists.
    pub fn name(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Text => "text",
            Format::Image => "image",
            Format::Dicomdir => "dicomdir",
            Format::Dicom => "dicom",
            Format::Iso => "iso",
            Format::Unsupported => "unsupported",
        }
    }

    /// True for imaging media.
    pub fn is_media(self) -> bool {
        matches!(self, Format::Dicomdir | Format::Dicom | Format::Iso)
    }
}

/// A file (or a medium) after reading.
#[derive(Debug, Clone)]
pub struct ReadDoc {
    /// Path relative to the dossier (for media: the `DICOMDIR`, the ISO, or the folder of loose files).
    pub path: String,
    /// The format.
    pub format: Format,
    /// Extracted text, when the format has text and it could be read.
    pub text: Option<String>,
    /// Whether the content could be verified: text read, or a medium with readable images.
    pub readable: bool,
    /// What went wrong.
    pub problems: Vec<Problem>,
    /// A date from file metadata (PDF CreationDate), only a last resort for the letter date.
    pub meta_date: Option<NaiveDate>,
    /// For media: what is on it.
    pub medium: Option<MediumSummary>,
    /// For a scan or photo read by OCR: the engine and its confidence.
    pub ocr: Option<OcrInfo>,
}

impl ReadDoc {
    /// An unread document: no text, no problems yet.
    pub(super) fn new(path: &str, format: Format) -> ReadDoc {
        ReadDoc {
            path: path.to_string(),
            format,
            text: None,
            readable: false,
            problems: Vec::new(),
            meta_date: None,
            medium: None,
            ocr: None,
        }
    }

    /// The same file as unread: its path, format and problems, without text or medium.
    pub fn unread_copy(&self) -> ReadDoc {
        ReadDoc {
            problems: self.problems.clone(),
            meta_date: self.meta_date,
            ..ReadDoc::new(&self.path, self.format)
        }
    }

    /// A readable document whose text is `text`, as if read from a file: what tests and the
    /// accuracy corpus give the later stages.
    pub fn from_text(path: &str, text: &str) -> ReadDoc {
        ReadDoc::pdf_with_text(path, text)
    }

    /// A readable PDF whose text is `text`: what unit tests of the later stages start from.
    pub(crate) fn pdf_with_text(path: &str, text: &str) -> ReadDoc {
        ReadDoc {
            text: Some(text.to_string()),
            readable: true,
            ..ReadDoc::new(path, Format::Pdf)
        }
    }
}

/// How scans are read, from `--ocr` and the checklist's `[ocr]` table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OcrOptions {
    /// `--ocr auto` (true, the default) or `--ocr off`.
    pub enabled: bool,
    /// Mean word confidence (0-100) each page must reach.
    pub min_confidence: u8,
    /// Pages of one file read at most.
    pub max_pages: u16,
    /// How long OCR of one page may take.
    pub page_timeout: Duration,
}

impl Default for OcrOptions {
    fn default() -> Self {
        OcrOptions {
            enabled: true,
            min_confidence: DEFAULT_MIN_CONFIDENCE,
            max_pages: DEFAULT_MAX_PAGES,
            page_timeout: Duration::from_secs(DEFAULT_PAGE_TIMEOUT_SECS.into()),
        }
    }
}

impl OcrOptions {
    /// These options with the checklist's `[ocr]` table.
    pub fn with_rules(self, rules: &crate::checklist::OcrRules) -> OcrOptions {
        OcrOptions {
            min_confidence: rules.min_confidence.min(100),
            max_pages: rules.max_pages.max(1),
            page_timeout: Duration::from_secs(rules.page_timeout.max(1).into()),
            ..self
        }
    }
}

/// What OCR gave a document: `documents[].ocr` in JSON.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OcrInfo {
    /// The program and its version, e.g. `tesseract 5.3.0`.
    pub engine: String,
    /// Mean word confidence (0-100) over the pages read.
    pub confidence: u8,
    /// Pages read by OCR.
    pub pages: usize,
    /// The text of a scan too unclear to count: only to recognise it as a copy of a typed letter.
    #[serde(skip)]
    pub unclear_text: Option<String>,
}
