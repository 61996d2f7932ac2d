//! Word letters (`.docx`): the text of `word/document.xml`, paragraph by paragraph, without reading the
//! rest of the package.

use std::io::Read;

use chrono::NaiveDate;
use quick_xml::events::Event;

use super::file::{guarded, io_problem};
use super::finish::finish_text;
use super::model::{Format, ReadDoc, ReadOptions};
use super::problem::{Problem, ProblemCode};
use super::reader::{letter, unread, Look, Reader};
use crate::limits::{
    text_cut_message, MAX_DOCUMENT_XML_BYTES, MAX_HEADER_XML_BYTES, MAX_TEXT_BYTES,
};
use crate::open::Entry;

/// A letter's text as read, and whether a cap cut it.
struct Extracted {
    text: String,
    created: Option<NaiveDate>,
    cut: bool,
}

/// Reads a DOCX file's text.
pub fn read(entry: &Entry, options: &ReadOptions) -> ReadDoc {
    let mut doc = ReadDoc::new(&entry.rel, Format::Docx);
    let file = match crate::open::open_entry(entry) {
        Ok(f) => f,
        Err(e) => {
            doc.problems.push(io_problem(e));
            return doc;
        }
    };
    if entry.size == 0 {
        doc.problems.push(Problem::new(
            ProblemCode::EmptyFile,
            "the file is empty (0 bytes)",
        ));
        return doc;
    }
    if entry.size > options.max_file_bytes {
        doc.problems.push(Problem::new(
            ProblemCode::TooLarge,
            format!(
                "the file is {} MB, more than a letter can be",
                entry.size / (1 << 20)
            ),
        ));
        return doc;
    }
    match guarded("Word", || extract(file)) {
        Ok(extracted) => {
            doc.meta_date = extracted.created;
            finish_text(
                &mut doc,
                extracted.text,
                ProblemCode::NoText,
                "the Word file holds (almost) no text; it may only contain a scanned image",
            );
            if extracted.cut {
                doc.problems
                    .push(Problem::new(ProblemCode::TooLarge, text_cut_message()));
            }
        }
        Err(problem) => doc.problems.push(problem),
    }
    doc
}

fn extract(mut file: std::fs::File) -> Result<Extracted, Problem> {
    if let Some(problem) = super::zip_entries::too_many_zip_entries(&mut file) {
        return Err(problem);
    }
    let mut zip = zip::ZipArchive::new(std::io::BufReader::new(file)).map_err(|_| {
        Problem::new(
            ProblemCode::Damaged,
            "not a valid Word file (the package is not a zip archive or is incomplete)",
        )
    })?;
    let created = created_date(&mut zip);
    let part = zip.by_name("word/document.xml").map_err(|_| {
        Problem::new(
            ProblemCode::Damaged,
            "not a valid Word file (word/document.xml is missing or unreadable)",
        )
    })?;
    let mut xml = Vec::new();
    // One byte past the cap tells a part that was cut from one that just fits.
    part.take(MAX_DOCUMENT_XML_BYTES + 1)
        .read_to_end(&mut xml)
        .map_err(|e| {
            Problem::new(
                ProblemCode::Damaged,
                format!("the Word file is damaged ({e})"),
            )
        })?;
    let xml_cut = xml.len() as u64 > MAX_DOCUMENT_XML_BYTES;
    xml.truncate(MAX_DOCUMENT_XML_BYTES as usize);
    let (body, text_cut) = text_of_xml_capped(&xml, xml_cut)?;
    drop(xml);
    // A letterhead often lives in the page header, the practice's address in the footer: they
    // say who wrote the letter, so they are read too (header first, footer last).
    let header = parts_text(&mut zip, "word/header");
    let footer = parts_text(&mut zip, "word/footer");
    Ok(Extracted {
        text: format!("{header}{body}{footer}"),
        created,
        cut: xml_cut || text_cut,
    })
}

/// The text of the package parts `word/<prefix>N.xml`, in name order; unreadable parts are left
/// out (the body is what must be read).
fn parts_text<R: Read + std::io::Seek>(zip: &mut zip::ZipArchive<R>, prefix: &str) -> String {
    let mut names: Vec<String> = zip
        .file_names()
        .flatten()
        .filter(|n| n.starts_with(prefix) && n.ends_with(".xml"))
        .map(|n| n.into_owned())
        .collect();
    names.sort();
    let mut out = String::new();
    for name in names.iter().take(6) {
        let mut xml = Vec::new();
        let read = zip
            .by_name(name)
            .map(|p| p.take(MAX_HEADER_XML_BYTES).read_to_end(&mut xml).is_ok());
        if matches!(read, Ok(true)) {
            if let Ok(text) = text_of_document_xml(&xml) {
                if !out.contains(text.trim()) {
                    out.push_str(&text);
                    out.push('\n');
                }
            }
        }
    }
    out
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

/// Collects `w:t` text, a newline per paragraph and line break, a tab per `w:tab`. A table row is
/// laid out as it shows: its cells side by side, separated by tabs, one line per paragraph (the
/// letterhead cell's second line beside the date cell's second line), so a cell's lines stay apart
/// as they do in a PDF.
pub fn text_of_document_xml(xml: &[u8]) -> Result<String, Problem> {
    text_of_xml_capped(xml, false).map(|(text, _)| text)
}

/// The same, stopping once [`MAX_TEXT_BYTES`] of text are gathered; true when that cut the text.
/// `cut_short` says the XML itself was cut at its cap, so its unfinished end is no damage. Events
/// borrow from `xml`, so even one huge text node is never copied whole.
fn text_of_xml_capped(xml: &[u8], cut_short: bool) -> Result<(String, bool), Problem> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut text = Text::default();
    let mut in_text = false;
    let mut events: usize = 0;
    loop {
        let event = match reader.read_event() {
            Ok(event) => event,
            Err(_) if cut_short => break,
            Err(e) => {
                return Err(Problem::new(
                    ProblemCode::Damaged,
                    format!("the Word file's text is damaged ({e})"),
                ))
            }
        };
        if text.gathered > MAX_TEXT_BYTES {
            return Ok((text.finish(), true));
        }
        // Out of time: the caller reports the file as too slow, whatever was read.
        events += 1;
        if events.is_multiple_of(1024) && crate::limits::out_of_time() {
            break;
        }
        match event {
            Event::Start(e) => match e.name().as_ref() {
                "w:t" => in_text = true,
                "w:tbl" => text.tables.push(Table::default()),
                "w:tr" => text.start_row(),
                "w:tc" => text.start_cell(),
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                "w:t" => in_text = false,
                "w:p" => text.end_paragraph(),
                "w:tc" => text.end_cell(),
                "w:tr" => text.end_row(),
                "w:tbl" => text.end_table(),
                _ => {}
            },
            Event::Empty(e) => match e.name().as_ref() {
                "w:tab" => text.push_break('\t'),
                "w:br" | "w:cr" => text.push_break('\n'),
                "w:tc" => {
                    text.start_cell();
                    text.end_cell();
                }
                _ => {}
            },
            Event::Text(t) if in_text => text.push_text(&t),
            Event::GeneralRef(r) if in_text => {
                let target = text.target();
                target.push_str(match &*r {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "",
                });
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    target.push(c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok((text.finish(), false))
}

/// The text gathered so far: the body, and the tables being read (innermost last).
#[derive(Default)]
struct Text {
    out: String,
    tables: Vec<Table>,
    /// Bytes of text taken from the XML so far, wherever they went.
    gathered: usize,
}

/// A table being read: the cells of its current row, and the cell being read.
#[derive(Default)]
struct Table {
    row: Vec<String>,
    cell: String,
    in_cell: bool,
}

impl Text {
    /// Where text goes now: the current cell of the innermost table, else the body.
    fn target(&mut self) -> &mut String {
        match self.tables.last_mut() {
            Some(table) if table.in_cell => &mut table.cell,
            _ => &mut self.out,
        }
    }

    /// Appends a text node, no more of it than the cap allows (on a character boundary).
    fn push_text(&mut self, t: &str) {
        let room = (MAX_TEXT_BYTES + 1).saturating_sub(self.gathered);
        let mut end = room.min(t.len());
        while !t.is_char_boundary(end) {
            end -= 1;
        }
        // Past the cap by one byte at most, so the loop sees the cut.
        self.gathered += if end < t.len() { room } else { end };
        self.target().push_str(&t[..end]);
    }

    fn in_cell(&self) -> bool {
        self.tables.last().is_some_and(|t| t.in_cell)
    }

    /// A line or tab break; in a cell a tab is a space, as tabs separate the cells.
    fn push_break(&mut self, c: char) {
        if self.in_cell() {
            let cell = self.target();
            if c == '\n' && !cell.is_empty() && !cell.ends_with('\n') {
                cell.push('\n');
            } else {
                push_space(cell);
            }
        } else {
            self.out.push(c);
        }
    }

    fn end_paragraph(&mut self) {
        self.push_break('\n');
    }

    fn start_row(&mut self) {
        if let Some(table) = self.tables.last_mut() {
            table.row.clear();
        }
    }

    fn start_cell(&mut self) {
        if let Some(table) = self.tables.last_mut() {
            table.cell.clear();
            table.in_cell = true;
        }
    }

    fn end_cell(&mut self) {
        if let Some(table) = self.tables.last_mut() {
            let cell = std::mem::take(&mut table.cell);
            table.row.push(cell.trim().to_string());
            table.in_cell = false;
        }
    }

    /// A row becomes lines of tab-separated cells, the k-th line holding each cell's k-th
    /// paragraph; a row of a nested table becomes part of the enclosing cell, its cells separated
    /// by spaces.
    fn end_row(&mut self) {
        let Some(table) = self.tables.last_mut() else {
            return;
        };
        let cells = std::mem::take(&mut table.row);
        if cells.iter().all(|c| c.trim().is_empty()) {
            return;
        }
        if self.tables.len() > 1 {
            let line = cells.join(" ").replace('\n', " ");
            // The row's own table steps aside so the text lands in the enclosing cell.
            let inner = self.tables.pop();
            let target = self.target();
            push_space(target);
            target.push_str(line.trim());
            self.tables.extend(inner);
            return;
        }
        let lines: Vec<Vec<&str>> = cells
            .iter()
            .map(|c| c.lines().map(str::trim).filter(|l| !l.is_empty()).collect())
            .collect();
        let height = lines.iter().map(Vec::len).max().unwrap_or(0);
        for k in 0..height {
            let line: Vec<&str> = lines
                .iter()
                .map(|c| c.get(k).copied().unwrap_or(""))
                .collect();
            let line = line.join("\t");
            // A form's value cell left empty stays a cell ("Vraagstelling | "): the label then
            // has no value, rather than taking the next row's label as one.
            let line = if k == 0 {
                line.trim_end_matches(' ')
            } else {
                line.trim_end()
            };
            if !line.trim().is_empty() {
                self.out.push_str(line);
                self.out.push('\n');
            }
        }
    }

    fn end_table(&mut self) {
        self.tables.pop();
    }

    fn finish(self) -> String {
        self.out
    }
}

/// A space, unless the text is empty or already ends with white space.
fn push_space(s: &mut String) {
    if !s.is_empty() && !s.ends_with(char::is_whitespace) {
        s.push(' ');
    }
}

/// Word 2007+ files, by their extension (`.docx`, `.docm`): a zip of XML parts.
pub struct Docx;

impl Reader for Docx {
    fn name(&self) -> &'static str {
        "docx"
    }

    fn claims_extension(&self, ext: &str, _head: &[u8]) -> bool {
        matches!(ext, "docx" | "docm")
    }

    fn look<'a>(&self, entry: &'a Entry, options: &ReadOptions) -> Look<'a> {
        letter(entry, options, read)
    }
}

/// A `.docx` that is an OLE compound file, not a zip: Word saves a password-protected document
/// that way (and old Word files renamed look the same). Listed before [`Docx`] so it claims them.
pub struct Ole;

/// The signature of an OLE compound file.
const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0";

impl Reader for Ole {
    fn name(&self) -> &'static str {
        "ole"
    }

    fn claims_extension(&self, ext: &str, head: &[u8]) -> bool {
        matches!(ext, "docx" | "docm") && head.starts_with(OLE_MAGIC)
    }

    fn look<'a>(&self, entry: &'a Entry, _options: &ReadOptions) -> Look<'a> {
        unread(
            entry,
            Format::Docx,
            Problem::new(
                ProblemCode::Encrypted,
                "not an ordinary Word file: protected with a password, or an old Word format",
            ),
        )
    }
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

    /// A table in `w:document` XML: rows of cells, each cell a list of paragraphs.
    fn table(rows: &[&[&[&str]]]) -> String {
        let mut xml = String::from("<w:tbl>");
        for row in rows {
            xml.push_str("<w:tr>");
            for cell in *row {
                xml.push_str("<w:tc>");
                for p in *cell {
                    xml.push_str(&format!("<w:p><w:r><w:t>{p}</w:t></w:r></w:p>"));
                }
                xml.push_str("</w:tc>");
            }
            xml.push_str("</w:tr>");
        }
        xml + "</w:tbl>"
    }

    fn text_of(body: &str) -> String {
        let xml = format!("<w:document><w:body>{body}</w:body></w:document>");
        text_of_document_xml(xml.as_bytes()).unwrap()
    }

    #[test]
    fn a_table_row_is_laid_out_as_it_shows_one_line_per_paragraph() {
        let body = format!(
            "<w:p><w:r><w:t>Polikliniek orthopedie</w:t></w:r></w:p>{}<w:p><w:r><w:t>Geachte collega,</w:t></w:r></w:p>",
            table(&[
                &[&["Geboortedatum"], &["01-02-1980"]],
                &[&["Adres"], &["Dorpsstraat 1", "1234 AB Ergens"]],
            ])
        );
        assert_eq!(
            text_of(&body),
            "Polikliniek orthopedie\n\
             Geboortedatum\t01-02-1980\n\
             Adres\tDorpsstraat 1\n\
             \t1234 AB Ergens\n\
             Geachte collega,\n"
        );
    }

    #[test]
    fn a_letterhead_cell_and_a_date_cell_stand_side_by_side_line_by_line() {
        let body = table(&[&[
            &["Kantonsspital Test", "Klinik für Handchirurgie"],
            &["Baden, 20. November 2026", "Fall-Nr. 12"],
        ]]);
        assert_eq!(
            text_of(&body),
            "Kantonsspital Test\tBaden, 20. November 2026\nKlinik für Handchirurgie\tFall-Nr. 12\n"
        );
    }

    #[test]
    fn empty_cells_keep_their_column_and_empty_rows_vanish() {
        // A last cell left empty stays too: a form's value cell that was not filled in.
        let body = table(&[
            &[&[""], &["rechts"], &[""]],
            &[&[], &[]],
            &[&["links"], &[], &["derde"]],
        ]);
        assert_eq!(text_of(&body), "\trechts\t\nlinks\t\tderde\n");
    }

    #[test]
    fn a_nested_table_is_flattened_into_its_cell() {
        let inner = table(&[&[&["Naam"], &["Jansen"]], &[&["Datum"], &["12-03-2026"]]]);
        let body = format!(
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Patient</w:t></w:r></w:p>{inner}</w:tc><w:tc><w:p><w:r><w:t>Kenmerk 12</w:t><w:tab/><w:t>B</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        );
        assert_eq!(
            text_of(&body),
            "Patient\tKenmerk 12 B\nNaam Jansen Datum 12-03-2026\n"
        );
    }

    #[test]
    fn one_huge_text_node_is_cut_at_the_text_cap() {
        let node = "é".repeat(MAX_TEXT_BYTES / 2 + 10);
        let xml = format!(
            "<w:document><w:body><w:p><w:r><w:t>{node}</w:t></w:r></w:p></w:body></w:document>"
        );
        let (text, cut) = text_of_xml_capped(xml.as_bytes(), false).unwrap();
        assert!(cut);
        assert!(text.len() <= MAX_TEXT_BYTES && text.len() > MAX_TEXT_BYTES - 4);
    }

    #[test]
    fn xml_cut_at_its_cap_is_no_damage() {
        let xml = b"<w:document><w:body><w:p><w:r><w:t>Geachte collega, hierbij de verwijzing";
        let (text, cut) = text_of_xml_capped(xml, true).unwrap();
        assert!(text.starts_with("Geachte collega"), "{text}");
        assert!(!cut);
    }
}
