//! Plain text letters (`.txt`), decoded as UTF-8 with a Windows-1252 fallback.

use super::{finish_text, read_capped, Format, ReadDoc, MAX_TEXT_FILE_BYTES};
use crate::walk::Entry;

/// Reads a text file.
pub fn read(entry: &Entry) -> ReadDoc {
    let mut doc = ReadDoc::new(&entry.rel, Format::Text);
    match read_capped(&entry.path, MAX_TEXT_FILE_BYTES) {
        Ok(bytes) => {
            let text = match String::from_utf8(bytes) {
                Ok(s) => s,
                // Older Windows programs write Windows-1252; for Latin letters it matches Latin-1.
                Err(e) => e.into_bytes().iter().map(|&b| b as char).collect(),
            };
            finish_text(&mut doc, text, "no-text", "the file holds (almost) no text");
        }
        Err(problem) => doc.problems.push(problem),
    }
    doc
}
