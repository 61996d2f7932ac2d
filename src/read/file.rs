//! A document file's bytes, read within a cap, and the problems a failed read becomes: an I/O
//! error, a refusal of the opener, a panic inside a third-party parser. Every reader shares these,
//! so a failure reads the same whatever the format.

use std::io::Read;

use super::model::ReadDoc;
use super::problem::{Problem, ProblemCode};
use crate::open::{self, Entry};

/// Reads until `buf` is full or the source ends; returns the bytes read.
pub fn read_up_to(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match r.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

/// Reads a whole file if it is at most `max` bytes (its size as opened, not as listed: a file
/// growing after the walk is still capped).
pub fn read_capped(entry: &Entry, max: u64) -> Result<Vec<u8>, Problem> {
    let file = open::open_entry(entry).map_err(io_problem)?;
    let len = file.metadata().map_err(io_problem)?.len();
    if len > max {
        return Err(Problem::new(
            ProblemCode::TooLarge,
            format!(
                "the file is {} MB, more than a document can be",
                len / (1 << 20)
            ),
        ));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    file.take(max).read_to_end(&mut bytes).map_err(io_problem)?;
    Ok(bytes)
}

/// A whole document file's bytes (at most `max`), or the problem that stopped it (unreadable, too
/// large, empty), already noted on `doc`.
pub fn read_document_bytes(entry: &Entry, max: u64, doc: &mut ReadDoc) -> Option<Vec<u8>> {
    match read_capped(entry, max) {
        Ok(bytes) if bytes.is_empty() => {
            doc.problems.push(Problem::new(
                ProblemCode::EmptyFile,
                "the file is empty (0 bytes)",
            ));
            None
        }
        Ok(bytes) => Some(bytes),
        Err(problem) => {
            doc.problems.push(problem);
            None
        }
    }
}

/// Turns an I/O error into a problem.
pub fn io_problem(e: std::io::Error) -> Problem {
    if let Some(refused) = open::Refused::of(&e) {
        return Problem::from(refused);
    }
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => Problem::new(
            ProblemCode::PermissionDenied,
            "the file cannot be opened: permission denied",
        ),
        _ => Problem::new(
            ProblemCode::Unreadable,
            format!("the file cannot be read: {e}"),
        ),
    }
}

/// Runs a third-party parser so that a panic inside it becomes a problem, not a crash.
pub fn guarded<T>(what: &str, f: impl FnOnce() -> Result<T, Problem>) -> Result<T, Problem> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|_| {
        Err(Problem::new(
            ProblemCode::Damaged,
            format!("the {what} parser failed on this file"),
        ))
    })
}

/// The problem recorded when the tool itself failed on a file (a bug, caught so the run goes on).
pub fn internal_error(panic: &(dyn std::any::Any + Send)) -> Problem {
    Problem::new(
        ProblemCode::InternalError,
        format!(
            "the tool failed on this file ({}); open it by hand and please report this",
            panic_message(panic)
        ),
    )
}

/// The message a panic carried, if it was a string.
pub fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown cause".to_string())
}
