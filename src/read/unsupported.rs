//! Document formats the tool knows but cannot read (old Word, OpenDocument, RTF, other archives,
//! mail files): each is an unread document, so the requirements it could meet need a look.

use super::model::{Format, ReadOptions};
use super::problem::{Problem, ProblemCode};
use super::reader::{unread, Look, Reader};
use crate::open::Entry;

/// Extensions of documents the tool cannot read.
const EXTENSIONS: &[&str] = &[
    "doc", "odt", "rtf", "pages", "wpd", "wps", "rar", "7z", "msg", "eml", "xps", "djvu",
];

/// A document in a format the tool cannot read.
pub struct Unsupported;

impl Reader for Unsupported {
    fn name(&self) -> &'static str {
        "unsupported"
    }

    fn claims_extension(&self, ext: &str, _head: &[u8]) -> bool {
        EXTENSIONS.contains(&ext)
    }

    fn look<'a>(&self, entry: &'a Entry, _options: &ReadOptions) -> Look<'a> {
        unread(
            entry,
            Format::Unsupported,
            Problem::new(
                ProblemCode::UnsupportedFormat,
                "a format the tool cannot read; open it by hand",
            ),
        )
    }
}
