//! Plain text letters (`.txt`), decoded as UTF-8 with a Windows-1252 fallback. Only the first
//! `max_file_bytes` are read, so a huge file costs no more than its first part.

use std::io::Read;

use super::{finish_text, io_problem, Format, ReadDoc, ReadOptions};
use crate::walk::Entry;

/// Reads (the first part of) a text file.
pub fn read(entry: &Entry, options: &ReadOptions) -> ReadDoc {
    let mut doc = ReadDoc::new(&entry.rel, Format::Text);
    let mut bytes = Vec::new();
    let read = super::open::open_entry(entry)
        .and_then(|f| f.take(options.max_file_bytes).read_to_end(&mut bytes));
    match read {
        Ok(_) => {
            let text = match String::from_utf8(bytes) {
                Ok(s) => s,
                // Older Windows programs write Windows-1252; for Latin letters it matches Latin-1.
                // A cut in the middle of a UTF-8 character also lands here, harmlessly.
                Err(e) => e.into_bytes().iter().map(|&b| b as char).collect(),
            };
            finish_text(&mut doc, text, "no-text", "the file holds (almost) no text");
        }
        Err(e) => doc.problems.push(io_problem(e)),
    }
    doc
}
