//! PDF letters: text as positioned lines (see `pdf_layout`), without rendering. A password-protected
//! PDF loads without error and yields no text, so encryption is checked explicitly; a PDF without a
//! text layer is a scan.

use chrono::NaiveDate;
use lopdf::{Document, Object};

use super::pdf_layout::{push_capped, Extractor};
use super::pdf_load::stream_too_large;
use super::{finish_text, guarded, Format, Problem, ReadDoc, ReadOptions};
use crate::limits::{text_cut_message, MAX_PDF_CONTENT_BYTES, MAX_TEXT_BYTES};
use crate::walk::Entry;

/// Reads a PDF's text and readability.
pub fn read(entry: &Entry, options: &ReadOptions) -> ReadDoc {
    let mut doc = ReadDoc::new(&entry.rel, Format::Pdf);
    let Some(bytes) = super::read_document_bytes(entry, options.max_file_bytes, &mut doc) else {
        return doc;
    };
    match guarded("PDF", || extract(&bytes)) {
        Ok((text, meta_date, too_large)) => {
            doc.meta_date = meta_date;
            // Text stops on a character boundary at the cap, so within a character's length of it.
            let cut = text.len() + 4 > MAX_TEXT_BYTES;
            finish_text(
                &mut doc,
                text,
                "image-only",
                "the PDF has no text layer (a scan or photo): the tool cannot read it",
            );
            if cut {
                doc.problems
                    .push(Problem::new("too-large", text_cut_message()));
            }
            doc.problems.extend(too_large);
            if doc.problems.iter().any(|p| p.code == "image-only") {
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
    let pages = guarded("PDF", || {
        let pdf = super::pdf_load::load(bytes)?;
        Ok(super::pdf_images::page_images(&pdf, max_pages))
    });
    if let Ok((pages, total)) = pages {
        super::ocr::read_pages(doc, engine, pages, total, options);
    }
}

/// The text, the creation date, and the `too-large` problem of a page whose content was past the cap.
type Extracted = (String, Option<NaiveDate>, Option<Problem>);

fn extract(bytes: &[u8]) -> Result<Extracted, Problem> {
    let pdf = super::pdf_load::load(bytes)?;
    if pdf.is_encrypted() {
        return Err(Problem::new(
            "encrypted",
            "the PDF is protected with a password",
        ));
    }
    let pages = pdf.get_pages();
    let mut layout = Extractor::new(&pdf);
    let mut text = String::new();
    let mut failed = 0;
    let mut too_large = None;
    for (index, (&number, &page_id)) in pages.iter().enumerate() {
        // Out of time: the caller reports the file as too slow, whatever was read.
        if crate::limits::out_of_time() {
            break;
        }
        // A form feed starts every page after the first: a merged file ("bijlagen") is split into
        // its documents at page boundaries later on.
        if index > 0 {
            push_capped(&mut text, crate::read::PAGE_BREAK);
        }
        // The layout reader first; lopdf's own extraction when it cannot interpret the page. A
        // page whose content is past the cap is not read at all, and the file says so.
        let read = match layout.page_text(page_id, &mut text) {
            Ok(()) => true,
            Err(e) if stream_too_large(&e).is_some() => {
                too_large = stream_too_large(&e);
                false
            }
            Err(_) => match pdf.extract_text_with_limit(&[number], MAX_PDF_CONTENT_BYTES) {
                Ok(t) => {
                    push_capped(&mut text, &t);
                    true
                }
                Err(e) => {
                    too_large = too_large.take().or_else(|| stream_too_large(&e));
                    false
                }
            },
        };
        if read {
            // A blank line between pages, as before: a paragraph never runs across a page break.
            push_capped(&mut text, "\n");
        } else {
            failed += 1;
        }
    }
    if layout.forms_cut() && too_large.is_none() {
        too_large = Some(Problem::new(
            "too-large",
            format!(
                "the forms drawn on a page decompress to more than {} MB; their text was not read",
                crate::limits::MAX_PDF_STREAM_BYTES >> 20
            ),
        ));
    }
    if failed > 0 && failed == pages.len() {
        return Err(too_large.unwrap_or_else(|| {
            Problem::new("damaged", "the PDF opens but none of its pages can be read")
        }));
    }
    Ok((text, creation_date(&pdf), too_large))
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
