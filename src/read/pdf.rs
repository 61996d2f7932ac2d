//! PDF letters: text as positioned lines (see `pdf_layout`), without rendering. A password-protected
//! PDF loads without error and yields no text, so encryption is checked explicitly; a PDF without a
//! text layer is a scan.

use chrono::NaiveDate;
use lopdf::{Document, Object};

use super::pdf_layout::{push_capped, Extractor};
use super::{finish_text, guarded, Format, Problem, ReadDoc, ReadOptions};
use crate::limits::{text_cut_message, MAX_TEXT_BYTES};
use crate::walk::Entry;

/// Reads a PDF's text and readability.
pub fn read(entry: &Entry, options: &ReadOptions) -> ReadDoc {
    let mut doc = ReadDoc::new(&entry.rel, Format::Pdf);
    let Some(bytes) = super::read_document_bytes(entry, options.max_file_bytes, &mut doc) else {
        return doc;
    };
    match guarded("PDF", || extract(&bytes)) {
        Ok((text, meta_date)) => {
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
        let pdf = Document::load_mem(bytes)
            .map_err(|e| Problem::new("damaged", format!("the PDF cannot be opened ({e})")))?;
        Ok(super::pdf_images::page_images(&pdf, max_pages))
    });
    if let Ok((pages, total)) = pages {
        super::ocr::read_pages(doc, engine, pages, total, options);
    }
}

fn extract(bytes: &[u8]) -> Result<(String, Option<NaiveDate>), Problem> {
    let pdf = Document::load_mem(bytes).map_err(|e| {
        Problem::new(
            "damaged",
            format!("the PDF is damaged or incomplete and cannot be opened ({e})"),
        )
    })?;
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
        // The layout reader first; lopdf's own extraction when it cannot interpret the page.
        let read = layout.page_text(page_id, &mut text).is_ok()
            || match pdf.extract_text(&[number]) {
                Ok(t) => {
                    push_capped(&mut text, &t);
                    true
                }
                Err(_) => false,
            };
        if read {
            // A blank line between pages, as before: a paragraph never runs across a page break.
            push_capped(&mut text, "\n");
        } else {
            failed += 1;
        }
    }
    if failed > 0 && failed == pages.len() {
        return Err(Problem::new(
            "damaged",
            "the PDF opens but none of its pages can be read",
        ));
    }
    Ok((text, creation_date(&pdf)))
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
