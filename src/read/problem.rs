//! Why a file could not be (fully) read: a stable code and a sentence. This is the bottom of the
//! reading layers, so every reader, the media checks and the report can name a problem without
//! knowing one another.

use serde::{Serialize, Serializer};

/// Declares [`ProblemCode`] with its stable string and its one-line description side by side, so a
/// new code cannot be added without both.
macro_rules! problem_codes {
    ($($variant:ident = $code:literal: $description:literal,)*) => {
        /// What went wrong with a file, as scripts branch on it. The strings ([`ProblemCode::as_str`])
        /// are stable: they appear in JSON output and key the message catalogue.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ProblemCode {
            $(#[doc = $description] $variant,)*
        }

        impl ProblemCode {
            /// Every code, in declaration order.
            pub const ALL: &'static [ProblemCode] = &[$(ProblemCode::$variant,)*];

            /// The stable kebab-case code, e.g. `image-only`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ProblemCode::$variant => $code,)*
                }
            }

            /// One line saying what the code means, for people reading the documentation.
            pub fn description(self) -> &'static str {
                match self {
                    $(ProblemCode::$variant => $description,)*
                }
            }
        }
    };
}

problem_codes! {
    Unreadable = "unreadable": "The file cannot be read (an I/O error).",
    UnreadableFolder = "unreadable-folder": "A folder cannot be opened (permissions, or a path too long).",
    TooDeep = "too-deep": "A folder nested deeper than the walk goes was not opened.",
    TooManyFiles = "too-many-files": "The dossier holds more names than the walk takes; the rest were not read.",
    ImageOnly = "image-only": "A scan or photo without a text layer that OCR did not read.",
    OcrUnclear = "ocr-unclear": "A scan read by OCR with too little confidence to count.",
    Encrypted = "encrypted": "Protected with a password, or an old format in the guise of a new one.",
    Damaged = "damaged": "The file is damaged or incomplete; its parser gave up.",
    EmptyFile = "empty-file": "The file has no bytes.",
    NoText = "no-text": "The file holds (almost) no text.",
    PermissionDenied = "permission-denied": "The file may not be opened by this account.",
    UnsupportedFormat = "unsupported-format": "A format the tool cannot read.",
    TooLarge = "too-large": "Larger than a cap the tool keeps; what was past the cap was not checked.",
    TooSlow = "too-slow": "Reading took longer than the file's or the dossier's time.",
    DicomdirDamaged = "dicomdir-damaged": "The DICOMDIR index of a medium cannot be read or is inconsistent.",
    DicomdirMissingFile = "dicomdir-missing-file": "Images the DICOMDIR lists are not on the medium.",
    ImageDamaged = "image-damaged": "Images on a medium cannot be read as DICOM.",
    NoImages = "no-images": "A medium or container holds no DICOM images.",
    IsoFileOutOfBounds = "iso-file-out-of-bounds": "Files of a disc image lie past the end of the image.",
    DicomdirLengthOverrun = "dicomdir-length-overrun": "The DICOMDIR's lengths overrun the file, but every record is whole.",
    FutureDate = "future-date": "The document is dated after the check date.",
    DicomdirEmpty = "dicomdir-empty": "The DICOMDIR index lists no images.",
    ImageEmpty = "image-empty": "Images on a medium are empty files.",
    ImageTruncated = "image-truncated": "Images on a medium are cut short.",
    SopUidMismatch = "sop-uid-mismatch": "Images are not the ones the DICOMDIR lists for their files.",
    IsoTruncated = "iso-truncated": "The disc image is cut short.",
    IsoDamaged = "iso-damaged": "The disc image's file system is damaged.",
    IsoUnsupported = "iso-unsupported": "A kind of disc image the tool cannot read.",
    ArchiveDamaged = "archive-damaged": "The zip file is damaged.",
    NotARegularFile = "not-a-regular-file": "A FIFO, socket, device or folder where a file was listed; never opened.",
    ChangedDuringCheck = "changed-during-check": "The file was replaced (by a link or another file) during the check.",
    InternalError = "internal-error": "The tool itself failed on the file (a bug, caught so the run goes on).",
    UnindexedFiles = "unindexed-files": "DICOM files on a medium that its DICOMDIR does not list.",
}

impl std::fmt::Display for ProblemCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ProblemCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Scripts and tests compare codes with their strings.
impl PartialEq<&str> for ProblemCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<str> for ProblemCode {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

/// Why a file could not be (fully) read. Codes are stable: scripts branch on them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// What went wrong (`image-only`, `encrypted`, `damaged`, ...).
    pub code: ProblemCode,
    /// One sentence for people (in the report: in the report's language).
    pub message: String,
    /// In the report: the reader's own account, with its particulars (English).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl Problem {
    /// A problem with a code and a message.
    pub fn new(code: ProblemCode, message: impl Into<String>) -> Problem {
        Problem {
            code,
            message: message.into(),
            detail: None,
        }
    }
}

/// A file the dossier's safe opening refused (a FIFO, a link swapped in) is that file's problem.
impl From<crate::open::Refused> for Problem {
    fn from(refused: crate::open::Refused) -> Problem {
        let code = match refused {
            crate::open::Refused::NotRegular(_) => ProblemCode::NotARegularFile,
            crate::open::Refused::Changed => ProblemCode::ChangedDuringCheck,
        };
        Problem::new(code, refused.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_kebab_case_and_serialize_as_their_string() {
        let mut seen = std::collections::HashSet::new();
        for code in ProblemCode::ALL {
            let s = code.as_str();
            assert!(seen.insert(s), "{s} twice");
            assert!(
                s.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{s}"
            );
            assert!(!code.description().is_empty());
            assert_eq!(serde_json::to_string(code).unwrap(), format!("\"{s}\""));
        }
    }
}
