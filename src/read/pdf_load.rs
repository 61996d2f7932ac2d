//! Loading a PDF within the memory budget. lopdf's `Document::load_mem` parses every object of the
//! file into memory at once (about 350 bytes an object: 1.4 million tiny objects in a 63 MB file
//! took 495 MB, and as many packed in one 3 MB object stream 537 MB), and it decompresses object and
//! cross-reference streams while loading, each up to 256 MB by default. So before and during the
//! load the objects are counted, and load-time streams are held to [`MAX_PDF_STREAM_BYTES`]:
//!
//! - the objects written out in the file are counted by a scan for their `obj` keyword before
//!   anything is parsed (an upper bound: a stray `obj` in a stream counts too);
//! - the objects packed in object streams cannot be seen in the compressed file, so lopdf's load
//!   filter counts them as each object stream comes up, from the stream's own index, and drops the
//!   stream unparsed once the count passes [`MAX_PDF_OBJECTS`].
//!
//! - an encrypted file is unpacked by lopdf without the load filter (it decrypts the object streams
//!   first), so there the objects the object streams declare (`/N`, in their dictionaries, which
//!   are never encrypted) are counted before the load.
//!
//! Hitting either cap makes the file `too-large`, never a silent partial read.

use std::cell::Cell;

use lopdf::xref::XrefRecovery;
use lopdf::{DecompressError, Document, LoadOptions, Object, ObjectId};

use super::problem::{Problem, ProblemCode};
use crate::limits::{MAX_PDF_OBJECTS, MAX_PDF_STREAM_BYTES};

thread_local! {
    /// Objects the load running on this thread may still take from object streams. A load runs on
    /// one thread (lopdf is built without rayon), and the filter is a plain `fn`, so its count lives
    /// here.
    static OBJECTS_LEFT: Cell<usize> = const { Cell::new(0) };
    /// Whether the load on this thread dropped an object stream for the cap.
    static CUT: Cell<bool> = const { Cell::new(false) };
}

/// Loads a PDF from memory, or says why it was not: `too-large` past a cap, `damaged` otherwise.
pub fn load(bytes: &[u8]) -> Result<Document, Problem> {
    let mut written = count_object_keywords(bytes);
    if contains(bytes, b"/Encrypt") {
        written = written.saturating_add(declared_packed_objects(bytes));
    }
    if written > MAX_PDF_OBJECTS {
        return Err(too_many_objects());
    }
    let pdf = load_counted(bytes, written, false)?;
    // A filtered load is never rebuilt by lopdf itself (a filter might drop the page tree on
    // purpose), so the rebuild it would make for a damaged cross-reference table is asked for here.
    if pdf.xref_recovery != Some(XrefRecovery::Reconstructed) && pdf.get_pages().is_empty() {
        if let Ok(rebuilt) = load_counted(bytes, written, true) {
            if !rebuilt.get_pages().is_empty() {
                return Ok(rebuilt);
            }
        }
    }
    Ok(pdf)
}

/// One load with the object count charged `written` objects up front.
fn load_counted(bytes: &[u8], written: usize, rebuild: bool) -> Result<Document, Problem> {
    OBJECTS_LEFT.set(MAX_PDF_OBJECTS - written);
    CUT.set(false);
    let options = LoadOptions {
        filter: Some(count_packed_objects),
        max_decompressed_size: Some(MAX_PDF_STREAM_BYTES),
        force_reconstruct: rebuild,
        ..LoadOptions::default()
    };
    let loaded = Document::load_mem_with_options(bytes, options);
    if CUT.replace(false) {
        return Err(too_many_objects());
    }
    loaded.map_err(|e| match stream_too_large(&e) {
        Some(problem) => problem,
        None => Problem::new(
            ProblemCode::Damaged,
            format!("the PDF is damaged or incomplete and cannot be opened ({e})"),
        ),
    })
}

/// The `too-large` problem of a stream past [`MAX_PDF_STREAM_BYTES`], when `error` is that.
pub fn stream_too_large(error: &lopdf::Error) -> Option<Problem> {
    matches!(
        error,
        lopdf::Error::Decompress(DecompressError::MemoryLimitExceeded { .. })
    )
    .then(|| {
        Problem::new(
            ProblemCode::TooLarge,
            format!(
                "a part of the PDF decompresses to more than {} MB; it was not read",
                MAX_PDF_STREAM_BYTES >> 20
            ),
        )
    })
}

fn too_many_objects() -> Problem {
    Problem::new(
        ProblemCode::TooLarge,
        format!("the PDF holds more than {MAX_PDF_OBJECTS} objects; it was not read"),
    )
}

/// lopdf's load filter: keeps every object, and charges each object stream the objects its index
/// lists before lopdf parses them, dropping the stream when they do not fit.
///
/// lopdf keeps what the filter returns for an object from an object stream, but for an object
/// written out in the file it keeps the object the filter was given and ignores what it returns.
/// Objects in object streams are never streams, so a stream is left in place and anything else
/// is returned as a copy.
fn count_packed_objects(id: ObjectId, object: &mut Object) -> Option<(ObjectId, Object)> {
    let Object::Stream(stream) = &*object else {
        return Some((id, object.clone()));
    };
    if stream.dict.has_type(b"ObjStm") {
        let packed = packed_objects(stream);
        let left = OBJECTS_LEFT.get();
        if packed > left {
            CUT.set(true);
            return None;
        }
        OBJECTS_LEFT.set(left - packed);
    }
    Some((id, Object::Null))
}

/// The objects an object stream's index lists: the numbers before `/First`, in pairs, as lopdf
/// reads them. A stream that does not decompress counts nothing here; lopdf meets the same error.
fn packed_objects(stream: &lopdf::Stream) -> usize {
    let Some(first) = stream
        .dict
        .get(b"First")
        .and_then(Object::as_i64)
        .ok()
        .and_then(|f| usize::try_from(f).ok())
    else {
        return 0;
    };
    let Ok(content) = stream.get_plain_content_with_limit(MAX_PDF_STREAM_BYTES) else {
        return 0;
    };
    let index = content.get(..first.min(content.len())).unwrap_or_default();
    index
        .split(u8::is_ascii_whitespace)
        .filter(|n| !n.is_empty())
        .count()
        / 2
}

/// The `obj` keywords in `bytes` that can start an indirect object: after white space, before
/// white space or a delimiter. `endobj` does not count (a letter precedes its `obj`).
fn count_object_keywords(bytes: &[u8]) -> usize {
    let white = |b: u8| matches!(b, b'\0' | b'\t' | b'\n' | b'\x0c' | b'\r' | b' ');
    let delimiter = |b: u8| white(b) || b"()<>[]{}/%".contains(&b);
    bytes
        .windows(5)
        .filter(|w| white(w[0]) && &w[1..4] == b"obj" && delimiter(w[4]))
        .count()
}

/// True when `needle` occurs in `haystack`.
fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    find(haystack, needle).is_some()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The objects the object streams of a file declare, summed from the `/N` of every dictionary
/// naming `/ObjStm`, as written in the file. A dictionary that understates its count is still
/// held to [`MAX_PDF_STREAM_BYTES`] of index and objects per stream.
fn declared_packed_objects(bytes: &[u8]) -> usize {
    const NEAR: usize = 1024;
    let mut total: usize = 0;
    let mut from = 0;
    while let Some(at) = find(&bytes[from..], b"/ObjStm").map(|at| from + at) {
        // The dictionary around the name: from its `<<` to the `stream` keyword after it.
        let before = at.saturating_sub(NEAR);
        let start = bytes[before..at]
            .windows(2)
            .rposition(|w| w == b"<<")
            .map_or(before, |s| before + s);
        let after = (at + NEAR).min(bytes.len());
        let end = find(&bytes[at..after], b"stream").map_or(after, |e| at + e);
        total = total.saturating_add(declared_count(&bytes[start..end]));
        from = at + 1;
    }
    total
}

/// The number after `/N` in a dictionary's bytes, 0 when there is none.
fn declared_count(dict: &[u8]) -> usize {
    let mut rest = dict;
    while let Some(at) = find(rest, b"/N") {
        rest = &rest[at + 2..];
        let digits = rest.trim_ascii_start();
        // `/N` itself, not `/Names` or `/Next`: a delimiter or white space follows it.
        if rest.first().is_some_and(u8::is_ascii_alphanumeric) {
            continue;
        }
        let len = digits.iter().take_while(|b| b.is_ascii_digit()).count();
        if let Some(n) = std::str::from_utf8(&digits[..len])
            .ok()
            .and_then(|n| n.parse::<usize>().ok())
        {
            return n;
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn object_keywords_are_counted_but_not_endobj() {
        let pdf = b"1 0 obj\n<<>>\nendobj\n2 0 obj<<>>endobj 3 0\r\nobj 4\nendobj\n";
        assert_eq!(count_object_keywords(pdf), 3);
        assert_eq!(count_object_keywords(b"objective obj"), 0);
    }

    #[test]
    fn object_streams_declare_their_objects_in_their_dictionaries() {
        let pdf = b"5 0 obj\n<< /Type /ObjStm /Filter /FlateDecode /N 600000 /First 9 /Length 3 >>\n\
                    stream\nabc\nendstream\nendobj\n6 0 obj<</Length 2/N 3/Type/ObjStm/First 4>>stream\n";
        assert_eq!(declared_packed_objects(pdf), 600_003);
        assert_eq!(declared_count(b"<< /Names 4 /N 7 >>"), 7);
        assert_eq!(declared_packed_objects(b"<< /Type /Page /N 9 >>"), 0);
    }

    #[test]
    fn an_object_stream_is_charged_the_objects_its_index_lists() {
        let index = "10 0 11 2 12 4\n";
        let content = format!("{index}1 2 3");
        let mut dict = lopdf::Dictionary::new();
        dict.set("Type", Object::Name(b"ObjStm".to_vec()));
        dict.set("N", 1);
        dict.set("First", i64::try_from(index.len()).expect("a short index"));
        let stream = lopdf::Stream::new(dict, content.into_bytes());
        assert_eq!(packed_objects(&stream), 3);
    }
}
