//! Plain text letters (`.txt`), decoded as UTF-8 with a Windows-1252 fallback. Only the first part
//! of a file is read (`max_file_bytes`, and never more than the text cap of [`crate::limits`]), so
//! a huge file costs no more than that part; a file cut this way says so (`too-large`).

use std::io::Read;

use super::file::io_problem;
use super::finish::finish_text;
use super::model::{Format, ReadDoc, ReadOptions};
use super::problem::{Problem, ProblemCode};
use super::reader::{letter, Look, Reader};
use crate::limits::{text_cut_message, MAX_TEXT_BYTES};
use crate::open::Entry;

/// Reads (the first part of) a text file.
pub fn read(entry: &Entry, options: &ReadOptions) -> ReadDoc {
    let mut doc = ReadDoc::new(&entry.rel, Format::Text);
    let cap = options.max_file_bytes.min(MAX_TEXT_BYTES as u64);
    let mut bytes = Vec::new();
    // One byte past the cap tells a file that was cut from one that just fits.
    let read = crate::open::open_entry(entry).and_then(|f| f.take(cap + 1).read_to_end(&mut bytes));
    match read {
        Ok(_) => {
            let cut = bytes.len() as u64 > cap;
            bytes.truncate(cap as usize);
            let text = decode(bytes);
            finish_text(
                &mut doc,
                text,
                ProblemCode::NoText,
                "the file holds (almost) no text",
            );
            if cut {
                doc.problems
                    .push(Problem::new(ProblemCode::TooLarge, text_cut_message()));
            }
        }
        Err(e) => doc.problems.push(io_problem(e)),
    }
    doc
}

/// UTF-8 when the bytes are, else Windows-1252 (older Windows programs write it; for Latin letters
/// it matches Latin-1). A UTF-8 character cut at the end by the cap is dropped, not misread.
fn decode(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) if e.utf8_error().error_len().is_none() => {
            let valid = e.utf8_error().valid_up_to();
            let mut bytes = e.into_bytes();
            bytes.truncate(valid);
            String::from_utf8(bytes).unwrap_or_default()
        }
        Err(e) => e.into_bytes().iter().map(|&b| b as char).collect(),
    }
}

/// Plain text letters, by their extension (`.txt`).
pub struct Text;

impl Reader for Text {
    fn name(&self) -> &'static str {
        "text"
    }

    fn claims_extension(&self, ext: &str, _head: &[u8]) -> bool {
        ext == "txt"
    }

    fn look<'a>(&self, entry: &'a Entry, options: &ReadOptions) -> Look<'a> {
        letter(entry, options, read)
    }
}
