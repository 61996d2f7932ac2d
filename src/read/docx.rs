//! Word letters (`.docx`): the text of `word/document.xml`, paragraph by paragraph, without reading the
//! rest of the package.

use std::io::Read;

use chrono::NaiveDate;
use quick_xml::events::Event;

use super::{finish_text, guarded, io_problem, Format, Problem, ReadDoc, ReadOptions};
use crate::walk::Entry;

/// The document part is never this large for a letter; the cap protects against zip bombs.
const MAX_DOCUMENT_XML: u64 = 64 * 1024 * 1024;

/// Reads a DOCX file's text.
pub fn read(entry: &Entry, options: &ReadOptions) -> ReadDoc {
    let mut doc = ReadDoc::new(&entry.rel, Format::Docx);
    let file = match std::fs::File::open(&entry.path) {
        Ok(f) => f,
        Err(e) => {
            doc.problems.push(io_problem(e));
            return doc;
        }
    };
    if entry.size == 0 {
        doc.problems
            .push(Problem::new("empty-file", "the file is empty (0 bytes)"));
        return doc;
    }
    if entry.size > options.max_file_bytes {
        doc.problems.push(Problem::new(
            "too-large",
            format!(
                "the file is {} MB, more than a letter can be",
                entry.size / (1 << 20)
            ),
        ));
        return doc;
    }
    match guarded("Word", || extract(file)) {
        Ok((text, created)) => {
            doc.meta_date = created;
            finish_text(
                &mut doc,
                text,
                "no-text",
                "the Word file holds (almost) no text; it may only contain a scanned image",
            );
        }
        Err(problem) => doc.problems.push(problem),
    }
    doc
}

fn extract(file: std::fs::File) -> Result<(String, Option<NaiveDate>), Problem> {
    let mut zip = zip::ZipArchive::new(std::io::BufReader::new(file)).map_err(|_| {
        Problem::new(
            "damaged",
            "not a valid Word file (the package is not a zip archive or is incomplete)",
        )
    })?;
    let created = created_date(&mut zip);
    let part = zip.by_name("word/document.xml").map_err(|_| {
        Problem::new(
            "damaged",
            "not a valid Word file (word/document.xml is missing or unreadable)",
        )
    })?;
    let mut xml = Vec::new();
    part.take(MAX_DOCUMENT_XML)
        .read_to_end(&mut xml)
        .map_err(|e| Problem::new("damaged", format!("the Word file is damaged ({e})")))?;
    Ok((text_of_document_xml(&xml)?, created))
}

/// The `dcterms:created` date of `docProps/core.xml`: a last resort for the letter date.
fn created_date<R: Read + std::io::Seek>(zip: &mut zip::ZipArchive<R>) -> Option<NaiveDate> {
    let mut xml = String::new();
    zip.by_name("docProps/core.xml")
        .ok()?
        .take(1024 * 1024)
        .read_to_string(&mut xml)
        .ok()?;
    let start = xml.find("<dcterms:created")?;
    let value_start = start + xml[start..].find('>')? + 1;
    let value = xml.get(value_start..value_start + 10)?;
    crate::dates::parse_iso(value)
}

/// Collects `w:t` text, a newline per paragraph and line break, a tab per `w:tab`.
pub fn text_of_document_xml(xml: &[u8]) -> Result<String, Problem> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut out = String::new();
    let mut in_text = false;
    let mut buf = Vec::new();
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| {
            Problem::new("damaged", format!("the Word file's text is damaged ({e})"))
        })?;
        match event {
            Event::Start(e) if e.name().as_ref() == "w:t" => in_text = true,
            Event::End(e) => match e.name().as_ref() {
                "w:t" => in_text = false,
                "w:p" => out.push('\n'),
                _ => {}
            },
            Event::Empty(e) => match e.name().as_ref() {
                "w:tab" => out.push('\t'),
                "w:br" | "w:cr" => out.push('\n'),
                _ => {}
            },
            Event::Text(t) if in_text => {
                out.push_str(&t);
            }
            Event::GeneralRef(r) if in_text => {
                out.push_str(match &*r {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "",
                });
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    out.push(c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_entities() {
        let xml = br#"<w:document><w:body><w:p><w:r><w:t>Verwijsbrief</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Pati&#235;nt &amp; partner</w:t><w:tab/><w:t>x</w:t></w:r></w:p></w:body></w:document>"#;
        assert_eq!(
            text_of_document_xml(xml).unwrap(),
            "Verwijsbrief\nPatiënt & partner\tx\n"
        );
    }
}
