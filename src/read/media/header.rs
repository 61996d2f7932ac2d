//! One image's DICOM header, read without ever touching pixel data.
//!
//! Every file goes through [`guard`](super::guard) first: it checks the element lengths against the
//! bytes that exist and finds where the header ends, and only those bytes reach the fast path
//! ([`fast`](super::fast)) or, when it declines, dicom-object. Reading is incremental (16 KB first,
//! more only when the header is longer), so a CD of thousands of images costs a few kilobytes of
//! I/O per image.

use std::io::Read;

use dicom_dictionary_std::tags;
use dicom_object::{DefaultDicomObject, InMemDicomObject, OpenFileOptions};

use super::fast;
use super::guard::{self, Fault, Stop};
use super::model::{clean, DicomHeader, FaultKind, ImageFault};
use crate::read::file::{guarded, read_up_to};
use crate::read::problem::{Problem, ProblemCode};

/// The first read of an image file: enough for the header of nearly every image.
pub const FIRST_READ: usize = 16 * 1024;
/// Headers are read from at most this many bytes of an image file.
pub const HEADER_BYTES: usize = 256 * 1024;

/// Reads and parses the header of one DICOM file from `source`, which says it holds `declared_len`
/// bytes. Reads no further than the header (at most [`HEADER_BYTES`]); pixel data is never read,
/// but its declared length is checked against `declared_len` so a file cut short is caught.
pub fn read_header(source: &mut dyn Read, declared_len: u64) -> Result<DicomHeader, ImageFault> {
    let (buf, header_end, stop) = read_guarded(source, declared_len)?;
    let bytes = &buf[..header_end];
    // The fast path answers for nearly every image; whatever it is unsure of goes to dicom-object.
    fast_header_from(bytes, stop).unwrap_or_else(|| object_header_from(bytes, stop))
}

/// Testing aid, not used by the tool: reads the header of the DICOM file `bytes` both ways — with
/// the fast path ([`fast`](super::fast); `None` when it declines) and with dicom-object
/// — after the same guarded reading [`read_header`] does. The differential tests require the fast
/// answer, when there is one, to equal the other.
#[doc(hidden)]
pub fn header_both_ways(
    bytes: &[u8],
) -> (
    Option<Result<DicomHeader, ImageFault>>,
    Result<DicomHeader, ImageFault>,
) {
    match read_guarded(&mut &bytes[..], bytes.len() as u64) {
        Ok((buf, header_end, stop)) => {
            let bytes = &buf[..header_end];
            (
                fast_header_from(bytes, stop),
                object_header_from(bytes, stop),
            )
        }
        // The guard (and the reading before it) is shared: both ways fail alike.
        Err(fault) => (Some(Err(fault.clone())), Err(fault)),
    }
}

/// Reads the header bytes of one file through the guard: the bytes read, where the header ends in
/// them (whole elements only, before pixel data) and why the walk stopped.
fn read_guarded(
    source: &mut dyn Read,
    declared_len: u64,
) -> Result<(Vec<u8>, usize, Stop), ImageFault> {
    if declared_len == 0 {
        return Err(ImageFault::new(
            FaultKind::Empty,
            "the file is empty (0 bytes)",
        ));
    }
    let mut file_len = declared_len;
    let mut buf = Vec::new();
    let first = declared_len.min(FIRST_READ as u64) as usize;
    if fill(source, &mut buf, first)? < first {
        // The source ends before the size it declares (an ISO or zip cut short).
        file_len = buf.len() as u64;
    }
    if buf.is_empty() {
        return Err(ImageFault::new(
            FaultKind::Truncated,
            "the file's bytes are missing",
        ));
    }
    loop {
        let scan = guard::scan(&buf, file_len).map_err(|f| fault_of(f, file_len))?;
        match scan.stop {
            Stop::NeedMore(upto) if buf.len() < HEADER_BYTES && (buf.len() as u64) < file_len => {
                let target = upto
                    .max(2 * buf.len() as u64)
                    .min(HEADER_BYTES as u64)
                    .min(file_len) as usize;
                if fill(source, &mut buf, target)? < target {
                    file_len = buf.len() as u64;
                }
            }
            stop => {
                if scan.header_end == 0 {
                    return Err(ImageFault::new(
                        FaultKind::Damaged,
                        "the file meta header is implausibly large",
                    ));
                }
                if scan.elements == 0 && stop == Stop::EndOfFile {
                    return Err(ImageFault::new(
                        FaultKind::Truncated,
                        "the file ends right after its file meta header",
                    ));
                }
                return Ok((buf, scan.header_end, stop));
            }
        }
    }
}

/// The header from guard-checked `bytes` by the fast path, or `None` when it declines.
fn fast_header_from(bytes: &[u8], stop: Stop) -> Option<Result<DicomHeader, ImageFault>> {
    let fast = fast::read(bytes)?;
    Some(if stop == Stop::EndOfFile && fast.has_rows {
        Err(no_pixel_data())
    } else {
        Ok(fast.header)
    })
}

/// The header from guard-checked `bytes` by dicom-object.
fn object_header_from(bytes: &[u8], stop: Stop) -> Result<DicomHeader, ImageFault> {
    let obj = parse_object(bytes).map_err(|p| ImageFault::new(FaultKind::Damaged, p.message))?;
    if stop == Stop::EndOfFile && has(&obj, tags::ROWS) {
        return Err(no_pixel_data());
    }
    Ok(header_of(&obj))
}

/// An image whose pixel description is there but whose pixel data is not was cut short exactly at
/// an element boundary.
fn no_pixel_data() -> ImageFault {
    ImageFault::new(
        FaultKind::Truncated,
        "the image has no pixel data: the file was cut short",
    )
}

/// Reads from `source` until `buf` holds `target` bytes or the source ends; returns the length.
fn fill(mut source: &mut dyn Read, buf: &mut Vec<u8>, target: usize) -> Result<usize, ImageFault> {
    let have = buf.len();
    if target <= have {
        return Ok(have);
    }
    buf.resize(target, 0);
    let n = read_up_to(&mut source, &mut buf[have..])
        .map_err(|e| ImageFault::new(FaultKind::Io, format!("the file cannot be read: {e}")))?;
    buf.truncate(have + n);
    Ok(buf.len())
}

fn fault_of(fault: Fault, file_len: u64) -> ImageFault {
    match fault {
        Fault::NotDicom => ImageFault::new(
            FaultKind::Damaged,
            "not a DICOM file (no DICM marker at byte 128)",
        ),
        Fault::Truncated { at } => ImageFault::new(
            FaultKind::Truncated,
            format!(
                "the file is cut short ({file_len} bytes): {}",
                where_cut(at, file_len)
            ),
        ),
        Fault::Damaged { at, what } => {
            ImageFault::new(FaultKind::Damaged, format!("{what} (at byte {at})"))
        }
        Fault::Unsupported(what) => ImageFault::new(FaultKind::Damaged, what),
    }
}

/// Says where a file cut short ends, for people.
pub(super) fn where_cut(at: u64, len: u64) -> String {
    if at >= len {
        "it ends inside an unfinished sequence".to_string()
    } else {
        format!("the element at byte {at} runs past the end")
    }
}

/// Parses guard-checked bytes (preamble optional) with dicom-object, stopping before pixel data.
pub(super) fn parse_object(bytes: &[u8]) -> Result<DefaultDicomObject, Problem> {
    guarded("DICOM", || {
        OpenFileOptions::new()
            .read_until(tags::PIXEL_DATA)
            .from_reader(bytes)
            .map_err(|e| {
                Problem::new(
                    ProblemCode::Damaged,
                    format!("the DICOM header cannot be read ({e})"),
                )
            })
    })
}

fn has(obj: &InMemDicomObject, tag: dicom_core::Tag) -> bool {
    obj.get(tag).is_some()
}

fn header_of(obj: &DefaultDicomObject) -> DicomHeader {
    let get = |tag| text(obj, tag);
    let mut sop_uid = get(tags::SOP_INSTANCE_UID);
    if sop_uid.is_empty() {
        sop_uid = clean(obj.meta().media_storage_sop_instance_uid());
    }
    DicomHeader {
        patient_name: get(tags::PATIENT_NAME).replace('^', " ").trim().to_string(),
        patient_id: get(tags::PATIENT_ID),
        birth_date: get(tags::PATIENT_BIRTH_DATE),
        study_date: get(tags::STUDY_DATE),
        modality: get(tags::MODALITY),
        body_part: get(tags::BODY_PART_EXAMINED),
        study_description: get(tags::STUDY_DESCRIPTION),
        study_uid: get(tags::STUDY_INSTANCE_UID),
        series_uid: get(tags::SERIES_INSTANCE_UID),
        sop_uid,
    }
}

// `get` rather than `element_opt`: the latter builds an error (and, with RUST_BACKTRACE set, a
// backtrace) for every absent element, which dominated the time per image.
pub(super) fn text(obj: &InMemDicomObject, tag: dicom_core::Tag) -> String {
    obj.get(tag)
        .and_then(|e| e.to_str().ok())
        .map(|s| clean(&s))
        .unwrap_or_default()
}

pub(super) fn number(obj: &InMemDicomObject, tag: dicom_core::Tag) -> Option<u64> {
    obj.get(tag).and_then(|e| e.to_int::<u64>().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_garbage_are_faults_not_panics() {
        let err = read_header(&mut &b""[..], 0).unwrap_err();
        assert_eq!(err.kind, FaultKind::Empty);
        let err = read_header(&mut &b"hello world"[..], 11).unwrap_err();
        assert_eq!(err.kind, FaultKind::Damaged);
        let mut fake = vec![0u8; 128];
        fake.extend_from_slice(b"DICM");
        let err = read_header(&mut &fake[..], fake.len() as u64).unwrap_err();
        assert_eq!(err.kind, FaultKind::Truncated);
        // The source says 4000 bytes but holds 10: cut short.
        let err = read_header(&mut &b"0123456789"[..], 4000).unwrap_err();
        assert_eq!(err.kind, FaultKind::Damaged);
    }
}
