//! PDF letters: text as positioned lines (see `pdf_layout`), without rendering. A password-protected
//! PDF loads without error and yields no text, so encryption is checked explicitly; a PDF without a
//! text layer is a scan, read by OCR (see `ocr`). So is a page without text but covered by an image
//! in a PDF whose other pages are typed (a letter with a scanned enclosure, a fax with a typed
//! cover page): it is read by OCR and its text joined in page order, or, when it cannot be read,
//! named, so the file is not taken as read in full.

use std::ops::Range;

use chrono::NaiveDate;
use lopdf::{Document, Object, ObjectId};

use super::file::guarded;
use super::finish::finish_text;
use super::model::{Format, ReadDoc, ReadOptions};
use super::pdf_layout::{push_capped, Extractor};
use super::pdf_load::stream_too_large;
use super::problem::{Problem, ProblemCode};
use super::reader::{letter, Look, Reader};
use crate::limits::{text_cut_message, MAX_PDF_CONTENT_BYTES, MAX_TEXT_BYTES};
use crate::open::Entry;

/// Reads a PDF's text and readability.
pub fn read(entry: &Entry, options: &ReadOptions) -> ReadDoc {
    let mut doc = ReadDoc::new(&entry.rel, Format::Pdf);
    let Some(bytes) = super::file::read_document_bytes(entry, options.max_file_bytes, &mut doc)
    else {
        return doc;
    };
    match guarded("PDF", || extract(&bytes)) {
        Ok(Extracted {
            text,
            meta_date,
            too_large,
            pages,
        }) => {
            doc.meta_date = meta_date;
            // Text stops on a character boundary at the cap, so within a character's length of it.
            let cut = text.len() + 4 > MAX_TEXT_BYTES;
            let scans: Vec<usize> = (1..=pages.len())
                .filter(|&n| pages[n - 1].scanned)
                .collect();
            let mixed = !scans.is_empty()
                && super::finish::letters(&text) >= super::finish::MIN_TEXT_LETTERS;
            if mixed {
                read_with_scans(&mut doc, &bytes, &text, &pages, &scans, options);
            } else {
                finish_text(
                    &mut doc,
                    text,
                    ProblemCode::ImageOnly,
                    "the PDF has no text layer (a scan or photo): the tool cannot read it",
                );
            }
            if cut {
                doc.problems
                    .push(Problem::new(ProblemCode::TooLarge, text_cut_message()));
            }
            doc.problems.extend(too_large);
            if !mixed
                && doc
                    .problems
                    .iter()
                    .any(|p| p.code == ProblemCode::ImageOnly)
            {
                read_scan(&mut doc, &bytes, options);
            }
        }
        Err(problem) => doc.problems.push(problem),
    }
    doc
}

/// Reads a PDF without a text layer by OCR of its page images, when OCR is on and installed.
fn read_scan(doc: &mut ReadDoc, bytes: &[u8], options: &ReadOptions) {
    let Some(engine) = super::ocr::engine_for(options) else {
        return;
    };
    let max_pages = usize::from(options.ocr.max_pages);
    let read = guarded("PDF", || {
        let pdf = super::pdf_load::load(bytes)?;
        let ids: Vec<ObjectId> = pdf.get_pages().into_values().collect();
        let numbers: Vec<usize> = (1..=ids.len().min(max_pages)).collect();
        let image_of = |n: usize| super::pdf_images::page_image(&pdf, ids[n - 1]);
        super::ocr::read_pages(doc, engine, &numbers, &image_of, ids.len(), options);
        Ok(())
    });
    if let Err(problem) = read {
        doc.problems.push(problem);
    }
}

/// Reads a PDF with typed pages and scanned ones (`scans`, 1-based): the scanned pages by OCR,
/// joined with the typed pages' text (see `ocr::read_with_scans`).
fn read_with_scans(
    doc: &mut ReadDoc,
    bytes: &[u8],
    text: &str,
    pages: &[PageSpan],
    scans: &[usize],
    options: &ReadOptions,
) {
    let typed: Vec<String> = pages
        .iter()
        .map(|p| text.get(p.text.clone()).unwrap_or_default().to_string())
        .collect();
    let read = guarded("PDF", || {
        let pdf = super::pdf_load::load(bytes)?;
        let ids: Vec<ObjectId> = pdf.get_pages().into_values().collect();
        let image_of = |n: usize| match ids.get(n - 1) {
            Some(&id) => super::pdf_images::page_image(&pdf, id),
            None => super::ocr::PageImage::Empty,
        };
        super::ocr::read_with_scans(doc, typed, scans, &image_of, options);
        Ok(())
    });
    if let Err(problem) = read {
        doc.problems.push(problem);
    }
}

/// A page with fewer letters than this in its text layer has no text of its own (a page number, a
/// fax header, a scanner's stamp)...
const SCANNED_PAGE_MAX_LETTERS: usize = 50;
/// ...and is a scanned page when one image covers at least this share of it: a scan fills the
/// page, a logo or a signature does not.
const SCANNED_PAGE_MIN_IMAGE_SHARE: f32 = 0.3;

/// What the text layer gave: the text, the creation date, the `too-large` problem of a page whose
/// content was past the cap, and each page's part of the text.
struct Extracted {
    text: String,
    meta_date: Option<NaiveDate>,
    too_large: Option<Problem>,
    pages: Vec<PageSpan>,
}

/// One page of a PDF as its text layer gave it.
struct PageSpan {
    /// Where its text is in the document's text.
    text: Range<usize>,
    /// No text of its own, and an image over much of the page: a scanned page, for OCR.
    scanned: bool,
}

/// The area of a page in square points, from its (possibly inherited) MediaBox; US Letter when it
/// has none.
fn page_area(pdf: &Document, page_id: ObjectId) -> f32 {
    let mut node = pdf.get_dictionary(page_id).ok();
    for _ in 0..32 {
        let Some(dict) = node else { break };
        if let Ok(media_box) = dict.get(b"MediaBox") {
            let media_box = match media_box {
                Object::Reference(id) => pdf.get_object(*id).ok(),
                other => Some(other),
            };
            let n: Vec<f32> = media_box
                .and_then(|b| b.as_array().ok())
                .map(|a| a.iter().filter_map(|o| o.as_float().ok()).collect())
                .unwrap_or_default();
            if let [x1, y1, x2, y2] = n[..] {
                let area = ((x2 - x1) * (y2 - y1)).abs();
                if area.is_finite() && area > 0.0 {
                    return area;
                }
            }
            break;
        }
        node = match dict.get(b"Parent") {
            Ok(Object::Reference(id)) => pdf.get_dictionary(*id).ok(),
            _ => None,
        };
    }
    612.0 * 792.0
}

fn extract(bytes: &[u8]) -> Result<Extracted, Problem> {
    let pdf = super::pdf_load::load(bytes)?;
    if pdf.is_encrypted() {
        return Err(Problem::new(
            ProblemCode::Encrypted,
            "the PDF is protected with a password",
        ));
    }
    let pages = pdf.get_pages();
    let mut layout = Extractor::new(&pdf);
    let mut text = String::new();
    let mut failed = 0;
    let mut too_large = None;
    let mut spans = Vec::with_capacity(pages.len());
    for (index, (&number, &page_id)) in pages.iter().enumerate() {
        // Out of time: the caller reports the file as too slow, whatever was read.
        if crate::limits::out_of_time() {
            break;
        }
        // A form feed starts every page after the first: a merged file ("bijlagen") is split into
        // its documents at page boundaries later on.
        if index > 0 {
            push_capped(&mut text, super::model::PAGE_BREAK);
        }
        let start = text.len();
        let read = read_page(
            &pdf,
            &mut layout,
            (number, page_id),
            &mut text,
            &mut too_large,
        );
        let scanned = read
            && super::finish::letters(&text[start..]) < SCANNED_PAGE_MAX_LETTERS
            && layout.image_area() >= SCANNED_PAGE_MIN_IMAGE_SHARE * page_area(&pdf, page_id);
        if read {
            // A blank line between pages, as before: a paragraph never runs across a page break.
            push_capped(&mut text, "\n");
        } else {
            failed += 1;
        }
        spans.push(PageSpan {
            text: start..text.len(),
            scanned,
        });
    }
    if layout.forms_cut() && too_large.is_none() {
        too_large = Some(Problem::new(
            ProblemCode::TooLarge,
            format!(
                "the forms drawn on a page decompress to more than {} MB; their text was not read",
                crate::limits::MAX_PDF_STREAM_BYTES >> 20
            ),
        ));
    }
    if failed > 0 && failed == pages.len() {
        return Err(too_large.unwrap_or_else(|| {
            Problem::new(
                ProblemCode::Damaged,
                "the PDF opens but none of its pages can be read",
            )
        }));
    }
    Ok(Extracted {
        meta_date: creation_date(&pdf),
        text,
        too_large,
        pages: spans,
    })
}

/// Appends the text of page `number` (object `page_id`) to `text`: the layout reader first,
/// lopdf's own extraction when it cannot interpret the page. A page whose content is past the cap
/// is not read at all, and `too_large` says so. False when the page could not be read.
fn read_page(
    pdf: &Document,
    layout: &mut Extractor,
    (number, page_id): (u32, ObjectId),
    text: &mut String,
    too_large: &mut Option<Problem>,
) -> bool {
    match layout.page_text(page_id, text) {
        Ok(()) => true,
        Err(e) if stream_too_large(&e).is_some() => {
            *too_large = stream_too_large(&e);
            false
        }
        Err(_) => match pdf.extract_text_with_limit(&[number], MAX_PDF_CONTENT_BYTES) {
            Ok(t) => {
                push_capped(text, &t);
                true
            }
            Err(e) => {
                *too_large = too_large.take().or_else(|| stream_too_large(&e));
                false
            }
        },
    }
}

/// The CreationDate from the PDF's Info dictionary (`D:YYYYMMDD...`).
fn creation_date(pdf: &Document) -> Option<NaiveDate> {
    let info = match pdf.trailer.get(b"Info").ok()? {
        Object::Reference(id) => pdf.get_dictionary(*id).ok()?,
        Object::Dictionary(d) => d,
        _ => return None,
    };
    let raw = info.get(b"CreationDate").ok()?.as_str().ok()?;
    let s = std::str::from_utf8(raw).ok()?;
    let digits = s.strip_prefix("D:").unwrap_or(s);
    crate::dates::parse_dicom_date(digits.get(..8)?)
}

/// PDF files: `%PDF` at the start, or the `.pdf` extension.
pub struct Pdf;

impl Reader for Pdf {
    fn name(&self) -> &'static str {
        "pdf"
    }

    fn claims_content(&self, head: &[u8], _name: &str) -> bool {
        head.starts_with(b"%PDF")
    }

    fn claims_extension(&self, ext: &str, _head: &[u8]) -> bool {
        ext == "pdf"
    }

    fn look<'a>(&self, entry: &'a Entry, options: &ReadOptions) -> Look<'a> {
        letter(entry, options, read)
    }
}
