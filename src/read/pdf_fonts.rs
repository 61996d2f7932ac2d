//! Fonts for the layout-aware PDF reader: how a font's codes decode to text (lopdf's encodings) and
//! how far each glyph moves the pen (the font's own widths, or the standard 14 metrics when a PDF
//! names such a font without widths). Every width comes out in thousandths of an em.

use std::collections::HashMap;

use lopdf::{Dictionary, Document, Encoding, Object};

use super::pdf_metrics;

/// At most this many widths of a CID font's `W` array are read; a real font has a few thousand.
const MAX_CID_WIDTHS: usize = 65_536;
/// A width no table gives, in thousandths of an em: about an average Latin glyph, so a run whose font
/// lies about its widths still ends near where it really ends.
const DEFAULT_WIDTH: f32 = 500.0;
/// A CID font's width when it has no `DW` (ISO 32000-1, 9.7.4.3).
const DEFAULT_CID_WIDTH: f32 = 1000.0;

/// A font as the reader needs it.
pub(crate) struct Font<'a> {
    /// None when lopdf cannot tell how codes map to text: the glyphs still move the pen.
    encoding: Option<Encoding<'a>>,
    /// Type0 (CID) fonts have `Cid` widths and two-byte codes (Identity-H, and practically every
    /// CMap letters use); simple fonts one-byte codes.
    widths: Widths,
}

/// Glyph widths by code.
enum Widths {
    /// A simple font's 256 codes, worked out once from `Widths` and the fallbacks.
    Simple(Box<[f32; 256]>),
    Cid {
        /// Sorted, non-overlapping in practice: (first CID, last CID, width).
        ranges: Vec<(u32, u32, f32)>,
        default: f32,
    },
}

#[derive(Clone, Copy)]
enum Fallback {
    Table(&'static [u16; 224]),
    Fixed(f32),
}

impl<'a> Font<'a> {
    /// Loads a font dictionary; fails only when decoding its encoding would exceed `limit` bytes.
    pub fn load(doc: &'a Document, dict: &'a Dictionary, limit: usize) -> lopdf::Result<Font<'a>> {
        let encoding = match dict.get_font_encoding_with_limit(doc, limit) {
            Ok(encoding) => Some(encoding),
            Err(e @ lopdf::Error::Decompress(_)) => return Err(e),
            Err(_) => None,
        };
        let widths = if name_of(dict, b"Subtype") == Some(b"Type0") {
            cid_widths(doc, dict)
        } else {
            simple_widths(doc, dict)
        };
        Ok(Font { encoding, widths })
    }

    /// Appends the text of `bytes` to `out`; control characters become spaces so they cannot break
    /// lines.
    pub fn decode(&self, bytes: &[u8], out: &mut String) {
        let Some(encoding) = &self.encoding else {
            return;
        };
        let start = out.len();
        if encoding.write_to_string(bytes, out).is_err() {
            out.truncate(start);
            return;
        }
        let added = out.get(start..).unwrap_or_default();
        // C0 controls and DEL are single bytes, C1 controls start with 0xC2: most text has neither.
        if added.bytes().any(|b| b < 0x20 || b == 0x7F || b == 0xC2) {
            let clean: String = added
                .chars()
                .filter(|&c| c != '\0')
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            out.truncate(start);
            out.push_str(&clean);
        }
    }

    /// The horizontal advance of `bytes` in text space units (before the text matrix): glyph widths
    /// at `size`, plus character and word spacing, times the horizontal scaling.
    pub fn advance(&self, bytes: &[u8], spacing: &Spacing) -> f32 {
        let (glyphs, widths, spaces) = match &self.widths {
            Widths::Simple(table) => {
                let widths: f32 = bytes.iter().map(|&b| table[usize::from(b)]).sum();
                // Word spacing applies to the single-byte code 32 only (ISO 32000-1, 9.3.3).
                let spaces = bytes.iter().filter(|&&b| b == b' ').count();
                (bytes.len(), widths, spaces)
            }
            Widths::Cid { ranges, default } => {
                let codes = bytes
                    .chunks_exact(2)
                    .map(|p| u32::from(p[0]) << 8 | u32::from(p[1]));
                let widths = codes.map(|c| cid_width(ranges, *default, c)).sum();
                (bytes.len() / 2, widths, 0)
            }
        };
        let total = widths / 1000.0 * spacing.size
            + glyphs as f32 * spacing.char
            + spaces as f32 * spacing.word;
        total * spacing.scale
    }
}

/// A CID's width from the sorted ranges of a `W` array.
fn cid_width(ranges: &[(u32, u32, f32)], default: f32, cid: u32) -> f32 {
    let i = ranges.partition_point(|r| r.0 <= cid);
    match i.checked_sub(1).and_then(|i| ranges.get(i)) {
        Some(&(_, last, w)) if cid <= last => w,
        _ => default,
    }
}

/// The text state that `advance` needs.
pub(crate) struct Spacing {
    /// Font size (`Tf`).
    pub size: f32,
    /// Character spacing (`Tc`).
    pub char: f32,
    /// Word spacing (`Tw`).
    pub word: f32,
    /// Horizontal scaling (`Tz` / 100).
    pub scale: f32,
}

impl Fallback {
    fn width(self, code: u32) -> f32 {
        match self {
            Fallback::Table(table) => code
                .checked_sub(u32::from(pdf_metrics::FIRST_CODE))
                .and_then(|i| table.get(i as usize))
                .map_or(DEFAULT_WIDTH, |&w| f32::from(w)),
            Fallback::Fixed(w) => w,
        }
    }
}

/// Widths of a simple font: `Widths` from `FirstChar`, scaled by a Type3 font's matrix; codes outside
/// it take `MissingWidth`, else the standard metrics of the font's name.
fn simple_widths(doc: &Document, dict: &Dictionary) -> Widths {
    let first = get(doc, dict, b"FirstChar")
        .and_then(|o| o.as_i64().ok())
        .and_then(|n| u32::try_from(n).ok())
        .unwrap_or(0);
    // A Type3 font's widths are in glyph space; its matrix maps them to text space.
    let scale = get(doc, dict, b"FontMatrix")
        .and_then(|o| o.as_array().ok())
        .and_then(|m| m.first())
        .and_then(|a| a.as_float().ok())
        .filter(|_| name_of(dict, b"Subtype") == Some(b"Type3"))
        .map_or(1.0, |a| a * 1000.0);
    let widths = get(doc, dict, b"Widths")
        .and_then(|o| o.as_array().ok())
        .map(|arr| {
            arr.iter()
                .take(256)
                .map(|w| number(doc, w).map_or(DEFAULT_WIDTH, |w| w * scale))
                .collect::<Vec<f32>>()
        })
        .unwrap_or_default();
    let missing = get(doc, dict, b"FontDescriptor")
        .and_then(|o| o.as_dict().ok())
        .and_then(|fd| get(doc, fd, b"MissingWidth"))
        .and_then(|w| number(doc, w))
        .filter(|&w| w > 0.0);
    let fallback = match missing {
        Some(w) => Fallback::Fixed(w * scale),
        None => standard_metrics(dict),
    };
    let mut table = Box::new([0.0; 256]);
    for (code, width) in (0u32..).zip(table.iter_mut()) {
        *width = code
            .checked_sub(first)
            .and_then(|i| widths.get(i as usize))
            .copied()
            .unwrap_or_else(|| fallback.width(code));
    }
    Widths::Simple(table)
}

/// The standard 14 metrics a font's name points to; Helvetica's stand in for any other text font,
/// a better guess for a Latin letter than one width for every glyph.
fn standard_metrics(dict: &Dictionary) -> Fallback {
    let raw = name_of(dict, b"BaseFont").unwrap_or_default();
    // A subset font is named `ABCDEF+Name`.
    let base = match raw.iter().position(|&b| b == b'+') {
        Some(6) => raw.get(7..).unwrap_or_default(),
        _ => raw,
    };
    let name = String::from_utf8_lossy(base).to_ascii_lowercase();
    let bold = ["bold", "black", "heavy", "semibold"]
        .iter()
        .any(|w| name.contains(w));
    if name.contains("courier") || name.contains("mono") {
        Fallback::Fixed(f32::from(pdf_metrics::COURIER))
    } else if name.contains("symbol") || name.contains("dingbats") {
        Fallback::Fixed(DEFAULT_WIDTH)
    } else if name.contains("times") || (name.contains("serif") && !name.contains("sans")) {
        Fallback::Table(if bold {
            &pdf_metrics::TIMES_BOLD
        } else {
            &pdf_metrics::TIMES_ROMAN
        })
    } else {
        Fallback::Table(if bold {
            &pdf_metrics::HELVETICA_BOLD
        } else {
            &pdf_metrics::HELVETICA
        })
    }
}

/// Widths of a Type0 font from its descendant's `W` and `DW`.
fn cid_widths(doc: &Document, dict: &Dictionary) -> Widths {
    let descendant = get(doc, dict, b"DescendantFonts")
        .and_then(|o| o.as_array().ok())
        .and_then(|a| a.first())
        .and_then(|d| doc.dereference(d).ok())
        .and_then(|(_, d)| d.as_dict().ok());
    let Some(descendant) = descendant else {
        return Widths::Cid {
            ranges: Vec::new(),
            default: DEFAULT_CID_WIDTH,
        };
    };
    let default = get(doc, descendant, b"DW")
        .and_then(|w| number(doc, w))
        .unwrap_or(DEFAULT_CID_WIDTH);
    let mut ranges = get(doc, descendant, b"W")
        .and_then(|o| o.as_array().ok())
        .map(|w| parse_w(doc, w))
        .unwrap_or_default();
    ranges.sort_by_key(|r| r.0);
    Widths::Cid { ranges, default }
}

/// Parses a `W` array: `c [w1 w2 ...]` gives consecutive CIDs their widths, `c_first c_last w` one
/// width to a range. Stops at the first malformed entry.
fn parse_w(doc: &Document, w: &[Object]) -> Vec<(u32, u32, f32)> {
    let cid = |o: Option<&Object>| {
        o.and_then(|o| number(doc, o))
            .filter(|n| *n >= 0.0)
            .map(|n| n as u32)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while out.len() < MAX_CID_WIDTHS {
        let Some(first) = cid(w.get(i)) else { break };
        let next = w
            .get(i + 1)
            .and_then(|o| doc.dereference(o).ok())
            .map(|r| r.1);
        if let Some(Object::Array(list)) = next {
            for (k, width) in list.iter().take(MAX_CID_WIDTHS).enumerate() {
                let c = first.saturating_add(k as u32);
                out.push((c, c, number(doc, width).unwrap_or(DEFAULT_CID_WIDTH)));
            }
            i += 2;
        } else {
            let (Some(last), Some(width)) =
                (cid(w.get(i + 1)), w.get(i + 2).and_then(|o| number(doc, o)))
            else {
                break;
            };
            out.push((first, last, width));
            i += 3;
        }
    }
    out
}

/// A dictionary entry, references followed; no error value built for a missing key.
fn get<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    let value = dict.as_hashmap().get(key)?;
    doc.dereference(value).ok().map(|(_, o)| o)
}

/// A name entry written directly in the dictionary.
fn name_of<'a>(dict: &'a Dictionary, key: &[u8]) -> Option<&'a [u8]> {
    dict.as_hashmap().get(key)?.as_name().ok()
}

/// A finite number, references followed.
fn number(doc: &Document, o: &Object) -> Option<f32> {
    let (_, o) = doc.dereference(o).ok()?;
    o.as_float().ok().filter(|n| n.is_finite())
}

/// The fonts of one document, loaded once each however many pages use them.
#[derive(Default)]
pub(crate) struct FontCache<'a> {
    fonts: Vec<Font<'a>>,
    /// By the address of the font dictionary inside the document, which lives as long as `'a`.
    by_dict: HashMap<usize, usize>,
}

impl<'a> FontCache<'a> {
    /// The index of a font dictionary, loading it the first time.
    pub fn index_of(
        &mut self,
        doc: &'a Document,
        dict: &'a Dictionary,
        limit: usize,
    ) -> lopdf::Result<usize> {
        let key = dict as *const Dictionary as usize;
        if let Some(&i) = self.by_dict.get(&key) {
            return Ok(i);
        }
        self.fonts.push(Font::load(doc, dict, limit)?);
        let i = self.fonts.len() - 1;
        self.by_dict.insert(key, i);
        Ok(i)
    }

    /// A loaded font.
    pub fn get(&self, i: usize) -> Option<&Font<'a>> {
        self.fonts.get(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::dictionary;

    fn spacing(size: f32) -> Spacing {
        Spacing {
            size,
            char: 0.0,
            word: 0.0,
            scale: 1.0,
        }
    }

    #[test]
    fn standard_font_without_widths_uses_the_metrics() {
        let doc = Document::with_version("1.5");
        let dict = dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica-Bold",
            "Encoding" => "WinAnsiEncoding",
        };
        let font = Font::load(&doc, &dict, 1 << 20).unwrap();
        // Helvetica-Bold: A 722, a 556, space 278.
        let w = font.advance(b"Aa ", &spacing(10.0));
        assert!((w - 15.56).abs() < 0.01, "{w}");
    }

    #[test]
    fn simple_widths_and_word_spacing() {
        let doc = Document::with_version("1.5");
        let dict = dictionary! {
            "Type" => "Font", "Subtype" => "TrueType", "BaseFont" => "ABCDEF+Arial",
            "FirstChar" => 32, "Widths" => vec![250.into(), 300.into()],
        };
        let font = Font::load(&doc, &dict, 1 << 20).unwrap();
        let s = Spacing {
            size: 10.0,
            char: 1.0,
            word: 2.0,
            scale: 0.5,
        };
        // (2.5 + 1 + 2) + (3 + 1), halved.
        assert!((font.advance(b" !", &s) - 4.75).abs() < 1e-4);
        // Outside Widths: Helvetica's 'A'.
        assert!((font.advance(b"A", &spacing(1.0)) - 0.667).abs() < 1e-4);
    }

    #[test]
    fn cid_widths_from_w() {
        let doc = Document::with_version("1.5");
        let descendant = dictionary! {
            "Type" => "Font", "Subtype" => "CIDFontType2", "DW" => 900,
            "W" => vec![
                3.into(), vec![100.into(), 200.into()].into(),
                10.into(), 20.into(), 400.into(),
                "junk".into(),
            ],
        };
        let dict = dictionary! {
            "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "X",
            "Encoding" => "Identity-H", "DescendantFonts" => vec![descendant.into()],
        };
        let font = Font::load(&doc, &dict, 1 << 20).unwrap();
        let one = spacing(1000.0);
        assert_eq!(font.advance(&[0, 3], &one), 100.0);
        assert_eq!(font.advance(&[0, 4], &one), 200.0);
        assert_eq!(font.advance(&[0, 15], &one), 400.0);
        assert_eq!(font.advance(&[0, 21], &one), 900.0);
        // An odd trailing byte is no glyph.
        assert_eq!(font.advance(&[0, 3, 7], &one), 100.0);
    }
}
