//! Synthetic PDFs built with lopdf: text letters, image-only "scans" and
//! password-protected letters.

use lopdf::content::{Content, Operation};
use lopdf::{
    dictionary, Document, EncryptionState, EncryptionVersion, Object, ObjectId, Permissions,
    Stream, StringFormat,
};

/// A4 in PDF points.
const PAGE_WIDTH: i64 = 595;
const PAGE_HEIGHT: i64 = 842;
/// Text lines per page for [`pdf_text`].
const LINES_PER_PAGE: usize = 45;
const FONT_SIZE: i64 = 11;
const LEADING: i64 = 16;
const MARGIN_LEFT: i64 = 56;
const FIRST_BASELINE: i64 = 790;

/// Password that opens [`pdf_encrypted`] documents.
pub const USER_PASSWORD: &str = "geheim";
const OWNER_PASSWORD: &str = "geheim-eigenaar";

/// A text PDF: A4 pages, Helvetica with /WinAnsiEncoding, at most 45 lines per
/// page, one `Tj` per line followed by `T*`, so `Document::extract_text`
/// returns the lines in order, newline-separated. An empty slice gives one
/// blank page.
pub fn pdf_text(lines: &[&str]) -> Vec<u8> {
    let mut doc = text_document(lines);
    save(&mut doc)
}

/// A one-page form: each row a line of cells, each cell drawn at its own x (points from the left
/// edge), as a table or two-column form prints them. Rows are 13 points apart, like a cell's
/// wrapped second line.
pub fn pdf_cells(rows: &[&[(i64, &str)]]) -> Vec<u8> {
    let (mut doc, pages_id, resources_id) = helvetica_document();
    let mut operations = vec![Operation::new("BT", vec![])];
    for (i, row) in rows.iter().enumerate() {
        let y = FIRST_BASELINE - 13 * i as i64;
        for (x, text) in row.iter() {
            operations.push(Operation::new("Tf", vec!["F1".into(), 10.into()]));
            operations.push(Operation::new(
                "Tm",
                vec![
                    1.into(),
                    0.into(),
                    0.into(),
                    1.into(),
                    (*x).into(),
                    y.into(),
                ],
            ));
            operations.push(Operation::new(
                "Tj",
                vec![Object::String(to_windows_1252(text), StringFormat::Literal)],
            ));
        }
    }
    operations.push(Operation::new("ET", vec![]));
    let page_id = add_page(&mut doc, pages_id, resources_id, Content { operations });
    finish(&mut doc, pages_id, vec![page_id], "Formulier");
    save(&mut doc)
}

/// A single A4 page that only paints an embedded 8x8 JPEG (/DCTDecode image
/// XObject) across the page: a "scanned" letter without any text operators.
pub fn pdf_image_only() -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();

    let (width, height) = super::images::JPEG_SIZE;
    let image = Stream::new(
        dictionary! {
            "Type" => "XObject",
            "Subtype" => "Image",
            "Width" => width,
            "Height" => height,
            "ColorSpace" => "DeviceGray",
            "BitsPerComponent" => 8,
            "Filter" => "DCTDecode",
        },
        super::images::jpeg_bytes(),
    )
    .with_compression(false);
    let image_id = doc.add_object(image);

    let content = Content {
        operations: vec![
            Operation::new("q", vec![]),
            Operation::new(
                "cm",
                vec![
                    (PAGE_WIDTH - 2 * MARGIN_LEFT).into(),
                    0.into(),
                    0.into(),
                    (PAGE_HEIGHT - 2 * MARGIN_LEFT).into(),
                    MARGIN_LEFT.into(),
                    MARGIN_LEFT.into(),
                ],
            ),
            Operation::new("Do", vec![Object::Name(b"Im1".to_vec())]),
            Operation::new("Q", vec![]),
        ],
    };
    let resources_id = doc.add_object(dictionary! {
        "XObject" => dictionary! { "Im1" => image_id },
    });
    let page_id = add_page(&mut doc, pages_id, resources_id, content);
    finish(&mut doc, pages_id, vec![page_id], "Scan");
    save(&mut doc)
}

/// Same content as [`pdf_text`], encrypted with the standard security
/// handler (RC4 128-bit, revision 3) and user password `"geheim"`.
///
/// `lopdf::Document::load_mem` returns `Ok(doc)` with `doc.is_encrypted()`
/// true: the empty password does not authenticate, so lopdf keeps the
/// /Encrypt dictionary and loads no other objects.
/// `LoadOptions::with_password("geheim")` opens it.
pub fn pdf_encrypted(lines: &[&str]) -> Vec<u8> {
    let mut doc = text_document(lines);
    let state = EncryptionState::try_from(EncryptionVersion::V2 {
        document: &doc,
        owner_password: OWNER_PASSWORD,
        user_password: USER_PASSWORD,
        key_length: 128,
        permissions: Permissions::PRINTABLE | Permissions::COPYABLE_FOR_ACCESSIBILITY,
    })
    .expect("derive PDF encryption state");
    doc.encrypt(&state).expect("encrypt PDF");
    save(&mut doc)
}

fn text_document(lines: &[&str]) -> Document {
    let (mut doc, pages_id, resources_id) = helvetica_document();

    let mut chunks: Vec<&[&str]> = lines.chunks(LINES_PER_PAGE).collect();
    if chunks.is_empty() {
        chunks.push(&[]);
    }
    let page_ids = chunks
        .into_iter()
        .map(|page_lines| {
            let mut operations = vec![
                Operation::new("BT", vec![]),
                Operation::new("Tf", vec!["F1".into(), FONT_SIZE.into()]),
                Operation::new("TL", vec![LEADING.into()]),
                Operation::new("Td", vec![MARGIN_LEFT.into(), FIRST_BASELINE.into()]),
            ];
            for line in page_lines {
                operations.push(Operation::new(
                    "Tj",
                    vec![Object::String(to_windows_1252(line), StringFormat::Literal)],
                ));
                operations.push(Operation::new("T*", vec![]));
            }
            operations.push(Operation::new("ET", vec![]));
            add_page(&mut doc, pages_id, resources_id, Content { operations })
        })
        .collect();
    finish(&mut doc, pages_id, page_ids, "Brief");
    doc
}

/// A new document, the id its page tree will get, and resources naming Helvetica as /F1.
fn helvetica_document() -> (Document, ObjectId, ObjectId) {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let resources_id = doc.add_object(dictionary! {
        "Font" => dictionary! { "F1" => font_id },
    });
    (doc, pages_id, resources_id)
}

fn add_page(
    doc: &mut Document,
    pages_id: ObjectId,
    resources_id: ObjectId,
    content: Content,
) -> ObjectId {
    let content_id = doc.add_object(Stream::new(
        dictionary! {},
        content.encode().expect("encode page content"),
    ));
    doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "Contents" => content_id,
        "Resources" => resources_id,
    })
}

/// Adds the page tree, catalog, info dictionary and trailer /ID.
fn finish(doc: &mut Document, pages_id: ObjectId, page_ids: Vec<ObjectId>, title: &str) {
    let count = page_ids.len() as i64;
    let kids = page_ids
        .into_iter()
        .map(Object::Reference)
        .collect::<Vec<_>>();
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids,
            "Count" => count,
            "MediaBox" => vec![0.into(), 0.into(), PAGE_WIDTH.into(), PAGE_HEIGHT.into()],
        }),
    );
    let catalog_id = doc.add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => pages_id,
    });
    let info_id = doc.add_object(dictionary! {
        "Title" => Object::string_literal(title),
        "Producer" => Object::string_literal("dossiercheck test fixtures"),
    });
    doc.trailer.set("Root", catalog_id);
    doc.trailer.set("Info", info_id);
    // A fixed file identifier: deterministic output, and the standard
    // security handler derives its key from the first /ID string.
    let id = b"dossiercheck-fix".to_vec();
    doc.trailer.set(
        "ID",
        vec![
            Object::String(id.clone(), StringFormat::Hexadecimal),
            Object::String(id, StringFormat::Hexadecimal),
        ],
    );
}

fn save(doc: &mut Document) -> Vec<u8> {
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("serialise PDF");
    out
}

/// Encodes `text` as windows-1252 (what /WinAnsiEncoding means in practice).
/// Characters outside that code page become `?`.
pub fn to_windows_1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c as u32 {
            0x00..=0x7F | 0xA0..=0xFF => c as u32 as u8,
            _ => match c {
                '€' => 0x80,
                '‚' => 0x82,
                'ƒ' => 0x83,
                '„' => 0x84,
                '…' => 0x85,
                '†' => 0x86,
                '‡' => 0x87,
                'ˆ' => 0x88,
                '‰' => 0x89,
                'Š' => 0x8A,
                '‹' => 0x8B,
                'Œ' => 0x8C,
                'Ž' => 0x8E,
                '\u{2018}' => 0x91,
                '\u{2019}' => 0x92,
                '\u{201C}' => 0x93,
                '\u{201D}' => 0x94,
                '•' => 0x95,
                '–' => 0x96,
                '—' => 0x97,
                '˜' => 0x98,
                '™' => 0x99,
                'š' => 0x9A,
                '›' => 0x9B,
                'œ' => 0x9C,
                'ž' => 0x9E,
                'Ÿ' => 0x9F,
                _ => b'?',
            },
        })
        .collect()
}
