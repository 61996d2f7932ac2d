//! Minimal Word (.docx) documents.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

/// A minimal valid .docx: `[Content_Types].xml`, `_rels/.rels` and
/// `word/document.xml` with one `<w:p><w:r><w:t xml:space="preserve">`
/// paragraph per entry (text XML-escaped), all deflate-compressed.
pub fn docx_text(paragraphs: &[&str]) -> Vec<u8> {
    docx_with_table(paragraphs, &[])
}

/// A .docx as `docx_text`, then a table of `rows` (one `<w:tc>` per cell; an empty string is a
/// cell left empty), as forms put labels and their values side by side.
pub fn docx_with_table(paragraphs: &[&str], rows: &[&[&str]]) -> Vec<u8> {
    let paragraph = |text: &str| {
        format!(
            "<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
            xml_escape(text)
        )
    };
    let mut body: String = paragraphs.iter().map(|p| paragraph(p)).collect();
    if !rows.is_empty() {
        body.push_str("<w:tbl>");
        for row in rows {
            body.push_str("<w:tr>");
            for cell in *row {
                body.push_str("<w:tc>");
                body.push_str(&paragraph(cell));
                body.push_str("</w:tc>");
            }
            body.push_str("</w:tr>");
        }
        body.push_str("</w:tbl>");
    }
    let document = format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            "\n",
            r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
            "<w:body>{}<w:sectPr/></w:body></w:document>"
        ),
        body
    );

    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, contents) in [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", document.as_str()),
    ] {
        zip.start_file(name, options).expect("start docx part");
        zip.write_all(contents.as_bytes()).expect("write docx part");
    }
    zip.finish().expect("finish docx").into_inner()
}

/// Escapes `& < > " '` for XML text and attribute values.
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            _ => out.push(c),
        }
    }
    out
}
