//! A bounded pre-check of DICOM element headers, run before any bytes reach dicom-object.
//!
//! Why it exists: dicom-parser reserves and zero-fills an element's declared length before it finds
//! out that the bytes are not there, so one damaged length field in a 10 KB file can cost gigabytes
//! and seconds (CRATES.md, "length bomb"). This walker reads only tags, VRs and lengths — explicit or
//! implicit VR, little or big endian, nested sequences, items and pixel fragments — and checks every
//! declared length against the bytes the file really has. It also says where the header ends (just
//! before pixel data), so the parser is handed whole elements only and never sees pixel data.
//!
//! The walk is linear in the bytes it is given (every step consumes at least eight bytes), nesting is
//! capped, and nothing is allocated per element, so a hostile file cannot make it hang or grow.

use dicom_core::dictionary::{DataDictionary, DataDictionaryEntry, VirtualVr};
use dicom_core::{Tag, VR};
use dicom_dictionary_std::StandardDataDictionary;

/// The length value that means "until a delimiter".
pub(super) const UNDEFINED: u32 = 0xFFFF_FFFF;
/// Sequences nest a few levels in real files; far deeper is damage (and would eat the stack).
pub(super) const MAX_DEPTH: usize = 24;
/// `(0004,1220)` Directory Record Sequence: its items are the records of a DICOMDIR.
const DIRECTORY_RECORD_SEQUENCE: (u16, u16) = (0x0004, 0x1220);
pub(super) const ITEM: (u16, u16) = (0xFFFE, 0xE000);
pub(super) const ITEM_END: (u16, u16) = (0xFFFE, 0xE00D);
pub(super) const SEQUENCE_END: (u16, u16) = (0xFFFE, 0xE0DD);

/// How the data set after the file meta group is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// Explicit VR little endian (also every compressed transfer syntax).
    ExplicitLittle,
    /// Implicit VR little endian.
    ImplicitLittle,
    /// Explicit VR big endian (retired, still met on old discs).
    ExplicitBig,
}

/// The outcome of a walk over (a prefix of) a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scan {
    /// `buf[..header_end]` holds the preamble, the meta group and only whole top-level elements, all
    /// before pixel data: the bytes to hand to the parser.
    pub header_end: usize,
    /// Why the walk stopped.
    pub stop: Stop,
    /// The encoding of the data set.
    pub encoding: Encoding,
    /// Top-level data set elements walked (the meta group not counted).
    pub elements: usize,
    /// Byte offsets (from the start of the buffer) of the items of a top-level Directory Record
    /// Sequence, in order: the positions a DICOMDIR's record offsets must point at.
    pub record_items: Vec<u64>,
}

/// Why a walk stopped without a fault.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// Pixel data starts at `header_end` (its declared length fits in the file).
    PixelData,
    /// The whole file was walked and there is no pixel data.
    EndOfFile,
    /// The buffer ends inside an element the header needs; the file has more. Reading this many
    /// bytes from the start of the file lets the walk go on.
    NeedMore(u64),
}

/// Why a file is not a DICOM file whose header can be read safely.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// No `DICM` marker at byte 128 or at byte 0.
    NotDicom,
    /// The file ends inside an element (or inside an open sequence).
    Truncated {
        /// Offset of the element that runs past the end.
        at: u64,
    },
    /// The structure is wrong: a length larger than the whole file, a garbled VR, bad nesting.
    Damaged {
        /// Offset of the bad element.
        at: u64,
        /// What is wrong, for people.
        what: String,
    },
    /// A transfer syntax the reader cannot walk (deflated data set).
    Unsupported(String),
}

/// A sequence or item of a DICOMDIR may declare a length at most this much past the end of the file
/// and still be read ([`scan_index`]): writers that count a delimiter or the header itself into the
/// length overrun by 8 to 20 bytes, while a lost record (or a UID that names an image) is longer.
pub const MAX_INDEX_OVERRUN: u64 = 32;

/// A length field that declares more bytes than the file holds, and the value that makes its
/// sequence or item end exactly at the end of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overrun {
    /// Offset of the 4-byte length field.
    pub field_at: usize,
    /// The length that ends the value at the end of the file.
    pub fitted: u32,
    /// Big endian (explicit VR big endian) rather than little endian.
    pub big: bool,
    /// How many bytes the declared length runs past the end of the file.
    pub by: u64,
}

/// Walks the element headers of `buf`, the first bytes of a file that is `file_len` bytes long.
pub fn scan(buf: &[u8], file_len: u64) -> Result<Scan, Fault> {
    scan_with(buf, file_len, false).map(|(scan, _)| scan)
}

/// Walks a whole DICOMDIR held in `buf`. When the strict walk fails, it walks again accepting
/// sequences and items whose declared length runs at most [`MAX_INDEX_OVERRUN`] bytes past the end
/// of the file, provided every element in them is whole and the last one ends exactly at the end of
/// the file: the records are intact, only the lengths are miscounted (dcmtk and pydicom read such
/// an index). Returns the length fields to fit; a file that fails both walks gets the strict fault.
pub fn scan_index(buf: &[u8]) -> Result<(Scan, Vec<Overrun>), Fault> {
    let len = buf.len() as u64;
    match scan_with(buf, len, false) {
        Ok(found) => Ok(found),
        Err(strict) => scan_with(buf, len, true).map_err(|_| strict),
    }
}

fn scan_with(buf: &[u8], file_len: u64, lenient: bool) -> Result<(Scan, Vec<Overrun>), Fault> {
    let file_len = file_len.max(buf.len() as u64);
    let start = if buf.len() >= 132 && &buf[128..132] == b"DICM" {
        132
    } else if buf.starts_with(b"DICM") {
        4
    } else {
        return Err(Fault::NotDicom);
    };
    let mut walker = Walker {
        buf,
        file_len,
        record_items: Vec::new(),
        lenient,
        overruns: Vec::new(),
    };
    let (dataset_start, transfer_syntax) = match walker.meta(start) {
        Ok(found) => found,
        Err(Halt::Need(n)) => {
            let scan = Scan {
                header_end: 0,
                stop: Stop::NeedMore(n),
                encoding: Encoding::ExplicitLittle,
                elements: 0,
                record_items: Vec::new(),
            };
            return Ok((scan, Vec::new()));
        }
        Err(Halt::Fault(f)) => return Err(f),
    };
    let encoding = match transfer_syntax.as_str() {
        "1.2.840.10008.1.2" => Encoding::ImplicitLittle,
        "1.2.840.10008.1.2.2" => Encoding::ExplicitBig,
        "1.2.840.10008.1.2.1.99" => {
            return Err(Fault::Unsupported(
                "the data set is deflated (compressed), which this tool does not read".into(),
            ))
        }
        // Every other transfer syntax (including all image compressions) is explicit VR little
        // endian; an unknown one is left for dicom-object to refuse.
        _ => Encoding::ExplicitLittle,
    };
    let (header_end, stop, elements) = walker.top_level(dataset_start, encoding)?;
    let scan = Scan {
        header_end,
        stop,
        encoding,
        elements,
        record_items: walker.record_items,
    };
    Ok((scan, walker.overruns))
}

/// Why a step could not finish: more bytes are needed, or the file is at fault.
enum Halt {
    Need(u64),
    Fault(Fault),
}

impl From<Fault> for Halt {
    fn from(f: Fault) -> Halt {
        Halt::Fault(f)
    }
}

type Step<T> = Result<T, Halt>;

/// One element (or item) header.
struct Header {
    tag: (u16, u16),
    vr: Option<[u8; 2]>,
    len: u32,
    start: usize,
    value_start: usize,
}

struct Walker<'a> {
    buf: &'a [u8],
    file_len: u64,
    record_items: Vec<u64>,
    /// Accept sequences and items that overrun the end of the file a little (see [`scan_index`]).
    lenient: bool,
    /// The length fields found overrunning, in lenient walks.
    overruns: Vec<Overrun>,
}

impl Walker<'_> {
    /// `n` bytes at `pos`, or why they cannot be had.
    fn bytes(&self, pos: usize, n: usize) -> Step<&[u8]> {
        let end = pos.saturating_add(n);
        if end <= self.buf.len() {
            Ok(&self.buf[pos..end])
        } else if end as u64 > self.file_len {
            Err(Fault::Truncated { at: pos as u64 }.into())
        } else {
            Err(Halt::Need(end as u64))
        }
    }

    fn u16_at(&self, pos: usize, big: bool) -> Step<u16> {
        let b = self.bytes(pos, 2)?;
        let b = [b[0], b[1]];
        Ok(if big {
            u16::from_be_bytes(b)
        } else {
            u16::from_le_bytes(b)
        })
    }

    fn u32_at(&self, pos: usize, big: bool) -> Step<u32> {
        let b = self.bytes(pos, 4)?;
        let b = [b[0], b[1], b[2], b[3]];
        Ok(if big {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        })
    }

    /// Reads the element or item header at `pos`.
    fn header(&self, pos: usize, encoding: Encoding) -> Step<Header> {
        let big = encoding == Encoding::ExplicitBig;
        let tag = (self.u16_at(pos, big)?, self.u16_at(pos + 2, big)?);
        // Item and delimiter tags carry a 4-byte length and no VR in every encoding.
        if tag.0 == 0xFFFE || encoding == Encoding::ImplicitLittle {
            return Ok(Header {
                tag,
                vr: None,
                len: self.u32_at(pos + 4, big)?,
                start: pos,
                value_start: pos + 8,
            });
        }
        let vr_bytes = self.bytes(pos + 4, 2)?;
        let vr = [vr_bytes[0], vr_bytes[1]];
        let Some(long) = vr_form(vr) else {
            return Err(Fault::Damaged {
                at: pos as u64,
                what: format!(
                    "element ({:04X},{:04X}) has no valid value representation",
                    tag.0, tag.1
                ),
            }
            .into());
        };
        if long {
            Ok(Header {
                tag,
                vr: Some(vr),
                len: self.u32_at(pos + 8, big)?,
                start: pos,
                value_start: pos + 12,
            })
        } else {
            Ok(Header {
                tag,
                vr: Some(vr),
                len: u32::from(self.u16_at(pos + 6, big)?),
                start: pos,
                value_start: pos + 8,
            })
        }
    }

    /// Where the value of `h` (of defined length) ends, checked against the file and against the
    /// end of the item or sequence that holds it. The end may lie beyond the buffer (not the file).
    fn value_end(&self, h: &Header, limit: Option<usize>) -> Step<usize> {
        let end = h.value_start as u64 + u64::from(h.len);
        if end > self.file_len {
            // A length larger than the whole file is a damaged field, not a file cut short.
            if u64::from(h.len) > self.file_len {
                return Err(Fault::Damaged {
                    at: h.start as u64,
                    what: format!(
                        "element ({:04X},{:04X}) declares {} bytes, more than the whole file ({} bytes)",
                        h.tag.0, h.tag.1, h.len, self.file_len
                    ),
                }
                .into());
            }
            return Err(Fault::Truncated { at: h.start as u64 }.into());
        }
        if let Some(limit) = limit {
            if end > limit as u64 {
                return Err(Fault::Damaged {
                    at: h.start as u64,
                    what: format!(
                        "element ({:04X},{:04X}) runs past the end of the item that holds it",
                        h.tag.0, h.tag.1
                    ),
                }
                .into());
            }
        }
        // Fits in usize: it is at most file_len, and the caller's buffer could in principle hold it.
        Ok(usize::try_from(end).unwrap_or(usize::MAX))
    }

    /// Where the value of a sequence or item `h` (of defined length) ends. In a lenient walk one
    /// that runs a little past the end of the file ends at the end of the file instead, and its
    /// length field is remembered so the parser can be given the fitted length.
    fn container_end(&mut self, h: &Header, limit: Option<usize>, big: bool) -> Step<usize> {
        let declared = h.value_start as u64 + u64::from(h.len);
        let by = declared.saturating_sub(self.file_len);
        // A container whose value starts at the very end holds nothing: a record cut away, not
        // a miscounted length.
        let fits = by > 0 && by <= MAX_INDEX_OVERRUN && (h.value_start as u64) < self.file_len;
        if !(self.lenient && fits && self.file_len as usize == self.buf.len()) {
            return self.value_end(h, limit);
        }
        let end = self.buf.len();
        if limit.is_some_and(|limit| end > limit) {
            return self.value_end(h, limit);
        }
        self.overruns.push(Overrun {
            field_at: h.value_start - 4,
            fitted: u32::try_from(end - h.value_start).unwrap_or(u32::MAX),
            big,
            by,
        });
        Ok(end)
    }

    /// Walks the file meta group (always explicit VR little endian); returns where the data set
    /// starts and the transfer syntax UID.
    fn meta(&self, mut pos: usize) -> Step<(usize, String)> {
        let mut transfer_syntax = String::new();
        loop {
            if pos as u64 == self.file_len {
                return Ok((pos, transfer_syntax));
            }
            let group = self.u16_at(pos, false)?;
            if group != 0x0002 {
                return Ok((pos, transfer_syntax));
            }
            let h = self.header(pos, Encoding::ExplicitLittle)?;
            if h.len == UNDEFINED {
                return Err(Fault::Damaged {
                    at: pos as u64,
                    what: "the file meta header holds an element of undefined length".into(),
                }
                .into());
            }
            let end = self.value_end(&h, None)?;
            if h.tag == (0x0002, 0x0010) {
                let value = self.bytes(h.value_start, end - h.value_start)?;
                transfer_syntax = String::from_utf8_lossy(value)
                    .trim_end_matches(['\0', ' '])
                    .trim()
                    .to_string();
            }
            pos = end;
        }
    }

    /// Walks the top-level data set until pixel data, the end of the file, or the end of the buffer.
    fn top_level(
        &mut self,
        mut pos: usize,
        encoding: Encoding,
    ) -> Result<(usize, Stop, usize), Fault> {
        let mut elements = 0;
        loop {
            if pos as u64 == self.file_len {
                return Ok((pos, Stop::EndOfFile, elements));
            }
            match self.element(pos, encoding, 0, None, true) {
                Ok(Next::At(next)) if next > self.buf.len() => {
                    // The element is whole in the file but not in the buffer: stop before it.
                    return Ok((pos, Stop::NeedMore(next as u64 + 12), elements));
                }
                Ok(Next::At(next)) => {
                    pos = next;
                    elements += 1;
                }
                Ok(Next::PixelData) => return Ok((pos, Stop::PixelData, elements)),
                Err(Halt::Need(n)) => return Ok((pos, Stop::NeedMore(n), elements)),
                Err(Halt::Fault(f)) => return Err(f),
            }
        }
    }

    /// Walks one data element at `pos`; returns where the next one starts.
    fn element(
        &mut self,
        pos: usize,
        encoding: Encoding,
        depth: usize,
        limit: Option<usize>,
        top: bool,
    ) -> Step<Next> {
        let h = self.header(pos, encoding)?;
        if h.tag.0 == 0xFFFE {
            return Err(Fault::Damaged {
                at: pos as u64,
                what: format!(
                    "an item tag ({:04X},{:04X}) stands outside a sequence",
                    h.tag.0, h.tag.1
                ),
            }
            .into());
        }
        // (7FE0,0008/0009/0010): float, double float and ordinary pixel data end the header.
        if top && h.tag.0 == 0x7FE0 && matches!(h.tag.1, 0x0008 | 0x0009 | 0x0010) {
            if h.len != UNDEFINED {
                self.value_end(&h, limit)?;
            }
            return Ok(Next::PixelData);
        }
        if let Some(inner) = sequence_encoding(&h, encoding) {
            let end = if h.len == UNDEFINED {
                None
            } else {
                Some(self.container_end(&h, limit, encoding == Encoding::ExplicitBig)?)
            };
            let collect = top && h.tag == DIRECTORY_RECORD_SEQUENCE;
            return self
                .sequence(h.value_start, end, inner, depth + 1, collect)
                .map(Next::At);
        }
        if h.len == UNDEFINED {
            // Encapsulated (compressed) pixel data, e.g. in an icon image sequence: fragments.
            return self.fragments(h.value_start, encoding).map(Next::At);
        }
        whole_values(&h)?;
        self.value_end(&h, limit).map(Next::At)
    }

    /// Walks the items of a sequence starting at `pos`, up to `end` or a sequence delimiter.
    fn sequence(
        &mut self,
        mut pos: usize,
        end: Option<usize>,
        encoding: Encoding,
        depth: usize,
        collect: bool,
    ) -> Step<usize> {
        if depth > MAX_DEPTH {
            return Err(Fault::Damaged {
                at: pos as u64,
                what: "sequences are nested implausibly deep".into(),
            }
            .into());
        }
        loop {
            if let Some(end) = end {
                if pos == end {
                    return Ok(pos);
                }
            }
            let h = self.header(pos, encoding)?;
            match h.tag {
                SEQUENCE_END if end.is_none() => return Ok(h.value_start),
                ITEM => {
                    if collect {
                        self.record_items.push(pos as u64);
                    }
                    pos = if h.len == UNDEFINED {
                        self.dataset(h.value_start, None, encoding, depth)?
                    } else {
                        let big = encoding == Encoding::ExplicitBig;
                        let item_end = self.container_end(&h, end, big)?;
                        self.dataset(h.value_start, Some(item_end), encoding, depth)?
                    };
                }
                other => {
                    return Err(Fault::Damaged {
                        at: pos as u64,
                        what: format!(
                            "a sequence holds ({:04X},{:04X}) where an item should be",
                            other.0, other.1
                        ),
                    }
                    .into())
                }
            }
        }
    }

    /// Walks the elements of an item starting at `pos`, up to `end` or an item delimiter.
    fn dataset(
        &mut self,
        mut pos: usize,
        end: Option<usize>,
        encoding: Encoding,
        depth: usize,
    ) -> Step<usize> {
        loop {
            if let Some(end) = end {
                if pos == end {
                    return Ok(pos);
                }
            }
            let big = encoding == Encoding::ExplicitBig;
            let tag = (self.u16_at(pos, big)?, self.u16_at(pos + 2, big)?);
            if tag == ITEM_END && end.is_none() {
                return Ok(pos + 8);
            }
            match self.element(pos, encoding, depth, end, false)? {
                Next::At(next) => pos = next,
                // Only the top level stops at pixel data (`top` is false here), but never loop in
                // place whatever the element says.
                Next::PixelData => {
                    return Err(Fault::Damaged {
                        at: pos as u64,
                        what: "pixel data inside an item".into(),
                    }
                    .into())
                }
            }
        }
    }

    /// Walks the fragments of encapsulated pixel data up to the sequence delimiter.
    fn fragments(&mut self, mut pos: usize, encoding: Encoding) -> Step<usize> {
        loop {
            let h = self.header(pos, encoding)?;
            match h.tag {
                SEQUENCE_END => return Ok(h.value_start),
                ITEM if h.len != UNDEFINED => pos = self.value_end(&h, None)?,
                _ => {
                    return Err(Fault::Damaged {
                        at: pos as u64,
                        what: "encapsulated pixel data holds something other than fragments".into(),
                    }
                    .into())
                }
            }
        }
    }
}

/// What follows an element.
enum Next {
    /// The next element starts here.
    At(usize),
    /// Pixel data starts at the element just read.
    PixelData,
}

/// The encoding of a sequence's items if `h` opens a sequence, else `None`.
fn sequence_encoding(h: &Header, encoding: Encoding) -> Option<Encoding> {
    match h.vr {
        Some(vr) if &vr == b"SQ" => Some(encoding),
        // UN of undefined length holds a sequence encoded in implicit VR little endian (PS3.5 6.2.2).
        Some(vr) if &vr == b"UN" && h.len == UNDEFINED => Some(Encoding::ImplicitLittle),
        Some(_) => None,
        None if h.len == UNDEFINED => Some(encoding),
        None => {
            let sq = StandardDataDictionary
                .by_tag(Tag(h.tag.0, h.tag.1))
                .is_some_and(|entry| entry.vr() == VirtualVr::Exact(VR::SQ));
            sq.then_some(encoding)
        }
    }
}

/// Refuses a binary value whose length is not a whole number of its values (a US of 3 bytes, an SL
/// of 2). dicom-parser reads `length / size` values and then counts the whole length as read, so
/// the leftover bytes put it out of step with the file: it then reads value bytes as element
/// headers, and a garbage length there zero-fills gigabytes for seconds (found by the fuzzer).
fn whole_values(h: &Header) -> Step<()> {
    let vr = match h.vr {
        Some(vr) => Some(vr),
        // Implicit VR: dicom-parser takes the dictionary's VR, so the guard does too.
        None => match StandardDataDictionary
            .by_tag(Tag(h.tag.0, h.tag.1))
            .map(|entry| entry.vr())
        {
            Some(VirtualVr::Exact(vr)) => Some(vr.to_bytes()),
            _ => None,
        },
    };
    let Some(vr) = vr else {
        return Ok(());
    };
    let size = value_size(vr);
    if h.len.is_multiple_of(size) {
        return Ok(());
    }
    Err(Fault::Damaged {
        at: h.start as u64,
        what: format!(
            "element ({:04X},{:04X}) of VR {} declares {} bytes, not a whole number of {size}-byte values",
            h.tag.0,
            h.tag.1,
            String::from_utf8_lossy(&vr),
            h.len
        ),
    }
    .into())
}

/// The size of one value of a binary VR as dicom-parser reads it; 1 for text and bytes.
fn value_size(vr: [u8; 2]) -> u32 {
    match &vr {
        b"US" | b"SS" | b"OW" => 2,
        b"UL" | b"SL" | b"FL" | b"OF" | b"OL" | b"AT" => 4,
        b"FD" | b"OD" | b"SV" | b"UV" | b"OV" => 8,
        _ => 1,
    }
}

/// For a known explicit VR: `Some(true)` when its length takes four bytes, `Some(false)` for two;
/// `None` for bytes that are no VR at all.
pub(super) fn vr_form(vr: [u8; 2]) -> Option<bool> {
    match &vr {
        b"OB" | b"OD" | b"OF" | b"OL" | b"OV" | b"OW" | b"SQ" | b"SV" | b"UC" | b"UN" | b"UR"
        | b"UT" | b"UV" => Some(true),
        b"AE" | b"AS" | b"AT" | b"CS" | b"DA" | b"DS" | b"DT" | b"FL" | b"FD" | b"IS" | b"LO"
        | b"LT" | b"PN" | b"SH" | b"SL" | b"SS" | b"ST" | b"TM" | b"UI" | b"UL" | b"US" => {
            Some(false)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal Part-10 file: preamble, DICM, meta with a transfer syntax, then `dataset`.
    fn file(ts: &str, dataset: &[u8]) -> Vec<u8> {
        let mut out = vec![0u8; 128];
        out.extend_from_slice(b"DICM");
        let mut ts = ts.as_bytes().to_vec();
        if ts.len() % 2 == 1 {
            ts.push(0);
        }
        out.extend_from_slice(&[0x02, 0x00, 0x10, 0x00, b'U', b'I']);
        out.extend_from_slice(&(ts.len() as u16).to_le_bytes());
        out.extend_from_slice(&ts);
        out.extend_from_slice(dataset);
        out
    }

    fn explicit(group: u16, elem: u16, vr: &[u8; 2], value: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(&group.to_le_bytes());
        out.extend_from_slice(&elem.to_le_bytes());
        out.extend_from_slice(vr);
        if vr_form(*vr) == Some(true) {
            out.extend_from_slice(&[0, 0]);
            out.extend_from_slice(&(value.len() as u32).to_le_bytes());
        } else {
            out.extend_from_slice(&(value.len() as u16).to_le_bytes());
        }
        out.extend_from_slice(value);
        out
    }

    const EXPLICIT_LE: &str = "1.2.840.10008.1.2.1";

    #[test]
    fn stops_before_pixel_data() {
        let mut ds = explicit(0x0010, 0x0010, b"PN", b"Test^Anna ");
        let pixel_at = ds.len();
        ds.extend(explicit(0x7FE0, 0x0010, b"OB", &[1, 2, 3, 4]));
        let f = file(EXPLICIT_LE, &ds);
        let scan = scan(&f, f.len() as u64).unwrap();
        assert_eq!(scan.stop, Stop::PixelData);
        assert_eq!(scan.header_end, f.len() - ds.len() + pixel_at);
        assert_eq!(scan.elements, 1);
    }

    #[test]
    fn a_length_larger_than_the_file_is_damage_not_a_bomb() {
        let mut ds = explicit(0x0010, 0x0010, b"PN", b"Test^Anna ");
        ds.extend_from_slice(&[0x10, 0x00, 0x20, 0x00, b'U', b'T', 0, 0]);
        ds.extend_from_slice(&0xF000_0000u32.to_le_bytes());
        ds.extend_from_slice(b"abcd");
        let f = file(EXPLICIT_LE, &ds);
        assert!(matches!(
            scan(&f, f.len() as u64),
            Err(Fault::Damaged { .. })
        ));
    }

    #[test]
    fn a_file_cut_short_is_truncated() {
        let mut ds = explicit(0x0010, 0x0010, b"PN", b"Test^Anna ");
        ds.extend(explicit(0x7FE0, 0x0010, b"OW", &[0u8; 64]));
        let f = file(EXPLICIT_LE, &ds);
        let cut = &f[..f.len() - 10];
        assert!(matches!(
            scan(cut, cut.len() as u64),
            Err(Fault::Truncated { .. })
        ));
        // Cut inside the patient's name: also truncated.
        let cut = &f[..f.len() - ds.len() + 12];
        assert!(matches!(
            scan(cut, cut.len() as u64),
            Err(Fault::Truncated { .. })
        ));
    }

    #[test]
    fn a_prefix_asks_for_more() {
        let mut ds = explicit(0x0010, 0x0010, b"PN", b"Test^Anna ");
        let second = ds.len();
        ds.extend(explicit(0x0010, 0x4000, b"LT", &[b'x'; 300]));
        ds.extend(explicit(0x7FE0, 0x0010, b"OW", &[0u8; 64]));
        let f = file(EXPLICIT_LE, &ds);
        let meta = f.len() - ds.len();
        let prefix = &f[..meta + second + 20];
        let scan = scan(prefix, f.len() as u64).unwrap();
        assert_eq!(scan.header_end, meta + second);
        assert!(matches!(scan.stop, Stop::NeedMore(n) if n as usize > meta + second + 300));
    }

    #[test]
    fn garbled_vr_and_missing_marker() {
        let ds = [0x10, 0x00, 0x10, 0x00, b'z', b'z', 2, 0, b'A', b'B'];
        let f = file(EXPLICIT_LE, &ds);
        assert!(matches!(
            scan(&f, f.len() as u64),
            Err(Fault::Damaged { .. })
        ));
        assert_eq!(scan(b"hello", 5), Err(Fault::NotDicom));
    }

    #[test]
    fn implicit_sequences_and_items_are_walked() {
        // (0008,1140) Referenced Image Sequence, undefined length, one undefined-length item.
        let mut ds = Vec::new();
        ds.extend_from_slice(&[0x08, 0x00, 0x40, 0x11, 0xFF, 0xFF, 0xFF, 0xFF]);
        ds.extend_from_slice(&[0xFE, 0xFF, 0x00, 0xE0, 0xFF, 0xFF, 0xFF, 0xFF]);
        ds.extend_from_slice(&[0x08, 0x00, 0x55, 0x11, 4, 0, 0, 0, b'1', b'.', b'2', 0]);
        ds.extend_from_slice(&[0xFE, 0xFF, 0x0D, 0xE0, 0, 0, 0, 0]);
        ds.extend_from_slice(&[0xFE, 0xFF, 0xDD, 0xE0, 0, 0, 0, 0]);
        let f = file("1.2.840.10008.1.2", &ds);
        let s = scan(&f, f.len() as u64).unwrap();
        assert_eq!(s.stop, Stop::EndOfFile);
        assert_eq!(s.encoding, Encoding::ImplicitLittle);
        // Without its delimiters the sequence runs off the end: truncated.
        let cut = &f[..f.len() - 16];
        assert!(matches!(
            scan(cut, cut.len() as u64),
            Err(Fault::Truncated { .. })
        ));
    }

    #[test]
    fn a_binary_value_of_a_broken_length_is_damage() {
        // (0020,0010) as SL of 2 bytes: dicom-parser would read no value and lose step.
        let ds = explicit(0x0020, 0x0010, b"SL", b"1 ");
        let f = file(EXPLICIT_LE, &ds);
        let fault = scan(&f, f.len() as u64).unwrap_err();
        assert!(matches!(&fault, Fault::Damaged { what, .. } if what.contains("whole number")));
        // Implicit VR: (0028,0010) Rows is US in the dictionary.
        let ds = [0x28, 0x00, 0x10, 0x00, 3, 0, 0, 0, 1, 2, 3];
        let f = file("1.2.840.10008.1.2", &ds);
        assert!(matches!(
            scan(&f, f.len() as u64),
            Err(Fault::Damaged { .. })
        ));
        let ds = explicit(0x0028, 0x0010, b"US", &[2, 0]);
        let f = file(EXPLICIT_LE, &ds);
        assert!(scan(&f, f.len() as u64).is_ok());
    }

    #[test]
    fn deep_nesting_is_refused() {
        let mut ds = Vec::new();
        for _ in 0..100 {
            ds.extend_from_slice(&[
                0x08, 0x00, 0x40, 0x11, b'S', b'Q', 0, 0, 0xFF, 0xFF, 0xFF, 0xFF,
            ]);
            ds.extend_from_slice(&[0xFE, 0xFF, 0x00, 0xE0, 0xFF, 0xFF, 0xFF, 0xFF]);
        }
        let f = file(EXPLICIT_LE, &ds);
        assert!(matches!(
            scan(&f, f.len() as u64),
            Err(Fault::Damaged { .. })
        ));
    }
}
