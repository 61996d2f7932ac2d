//! Checks that the synthetic fixtures in `tests/common` are what they claim
//! to be, using the same libraries the checker reads them with.

mod common;

use std::io::{Cursor, Read};

use common::*;
use dicom_dictionary_std::tags;
use dicom_object::OpenFileOptions;

fn extract_all_text(doc: &lopdf::Document) -> String {
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).expect("extract text")
}

#[test]
fn pdf_text_round_trips_with_diacritics() {
    let lines = [
        "Verwijsbrief",
        "Datum: 12 maart 2026",
        "Patiënt is nooit geopereerd",
    ];
    let bytes = pdf_text(&lines);
    let doc = lopdf::Document::load_mem(&bytes).expect("load text PDF");
    assert!(!doc.is_encrypted());
    assert_eq!(doc.get_pages().len(), 1);
    let text = extract_all_text(&doc);
    let mut rest = text.as_str();
    for line in lines {
        let at = rest
            .find(line)
            .unwrap_or_else(|| panic!("{line:?} in order in {text:?}"));
        rest = &rest[at + line.len()..];
    }
}

#[test]
fn pdf_text_covers_windows_1252_and_special_characters() {
    let line = "ë ï é ö ü ç ß € – “zó” (haakjes) \\ backslash";
    let doc = lopdf::Document::load_mem(&pdf_text(&[line])).expect("load PDF");
    assert!(extract_all_text(&doc).contains(line));
}

#[test]
fn pdf_text_breaks_pages_after_45_lines() {
    let lines: Vec<String> = (1..=100).map(|i| format!("Regel {i:03}")).collect();
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    let doc = lopdf::Document::load_mem(&pdf_text(&refs)).expect("load PDF");
    let pages = doc.get_pages();
    assert_eq!(pages.len(), 3);
    let first = doc.extract_text(&[1]).expect("page 1 text");
    assert!(first.contains("Regel 045") && !first.contains("Regel 046"));
    let last = doc.extract_text(&[3]).expect("page 3 text");
    assert!(last.contains("Regel 091") && last.contains("Regel 100"));
    let all = extract_all_text(&doc);
    let positions: Vec<usize> = lines.iter().map(|l| all.find(l).expect(l)).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "lines in order");

    let empty = lopdf::Document::load_mem(&pdf_text(&[])).expect("load empty PDF");
    assert_eq!(empty.get_pages().len(), 1);
}

#[test]
fn pdf_image_only_has_an_image_and_no_text() {
    let doc = lopdf::Document::load_mem(&pdf_image_only()).expect("load scan PDF");
    let pages = doc.get_pages();
    assert_eq!(pages.len(), 1);
    let text = extract_all_text(&doc);
    assert!(text.trim().is_empty(), "no text, got {text:?}");
    let page_id = pages[&1];
    let images = doc.get_page_images(page_id).expect("page images");
    assert_eq!(images.len(), 1);
    assert_eq!((images[0].width, images[0].height), (8, 8));
    assert_eq!(
        images[0].filters.as_deref(),
        Some(&["DCTDecode".to_string()][..])
    );
    assert_eq!(images[0].content, &jpeg_bytes()[..]);
}

#[test]
fn pdf_encrypted_loads_as_encrypted() {
    let lines = ["Verwijsbrief", "Patiënt is nooit geopereerd"];
    let bytes = pdf_encrypted(&lines);
    assert!(
        !bytes.windows(12).any(|w| w == b"Verwijsbrief"),
        "text is not in the clear"
    );
    let doc = lopdf::Document::load_mem(&bytes).expect("load encrypted PDF without password");
    assert!(doc.is_encrypted());

    let opened =
        lopdf::Document::load_mem_with_options(&bytes, lopdf::LoadOptions::with_password("geheim"))
            .expect("open with the user password");
    let text = extract_all_text(&opened);
    assert!(
        text.contains("Verwijsbrief") && text.contains("Patiënt"),
        "{text:?}"
    );
}

#[test]
fn jpeg_and_png_have_valid_signatures() {
    let jpeg = jpeg_bytes();
    assert_eq!(&jpeg[..3], &[0xFF, 0xD8, 0xFF]);
    assert_eq!(&jpeg[jpeg.len() - 2..], &[0xFF, 0xD9]);
    let png = png_bytes();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(&png[png.len() - 8..png.len() - 4], b"IEND");
}

#[test]
fn docx_contains_escaped_paragraphs() {
    let bytes = docx_text(&["Ontslagbrief", "Zorg & nazorg <kort> \"quote\" 'x' ë"]);
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("docx is a zip");
    for name in ["[Content_Types].xml", "_rels/.rels", "word/document.xml"] {
        let file = archive.by_name(name).expect(name);
        assert_eq!(file.compression(), zip::CompressionMethod::Deflated);
    }
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .expect("document part")
        .read_to_string(&mut xml)
        .expect("read document.xml");
    assert!(xml.contains(r#"<w:t xml:space="preserve">Ontslagbrief</w:t>"#));
    assert!(xml.contains("Zorg &amp; nazorg &lt;kort&gt; &quot;quote&quot; &apos;x&apos; ë"));
    assert_eq!(xml.matches("<w:p>").count(), 2);
}

#[test]
fn dicom_file_parses() {
    let spec = DicomSpec::example(3);
    let bytes = dicom_file(&spec);
    assert_eq!(&bytes[128..132], b"DICM");

    let header = OpenFileOptions::new()
        .read_until(tags::PIXEL_DATA)
        .from_reader(&bytes[128..])
        .expect("parse DICOM header");
    let name = header.element(tags::PATIENT_NAME).expect("patient name");
    assert_eq!(name.to_str().expect("text"), "Testpersoon^Anna");
    assert!(
        header.element(tags::PIXEL_DATA).is_err(),
        "stopped before pixel data"
    );
    assert_eq!(
        header.meta().media_storage_sop_class_uid(),
        "1.2.840.10008.5.1.4.1.1.4"
    );
    assert_eq!(
        header.meta().media_storage_sop_instance_uid(),
        "1.2.826.0.1.3680043.2.1125.1.1.1.3"
    );
    assert_eq!(header.meta().transfer_syntax(), "1.2.840.10008.1.2.1");

    let dossier = Dossier::new();
    let path = dossier.write("beelden/IM000001.dcm", &bytes);
    let full = dicom_object::open_file(&path).expect("open DICOM file");
    let text = |tag| {
        full.element(tag)
            .expect("element")
            .to_str()
            .expect("text")
            .to_string()
    };
    assert_eq!(text(tags::PATIENT_ID), "TEST0001");
    assert_eq!(text(tags::PATIENT_BIRTH_DATE), "19800101");
    assert_eq!(text(tags::STUDY_DATE), "20260915");
    assert_eq!(text(tags::MODALITY), "MR");
    assert_eq!(text(tags::BODY_PART_EXAMINED), "HAND");
    assert_eq!(text(tags::SOP_INSTANCE_UID), spec.sop_uid);
    assert_eq!(text(tags::STUDY_INSTANCE_UID), spec.study_uid);
    assert_eq!(text(tags::SERIES_INSTANCE_UID), spec.series_uid);
    assert_eq!(
        full.element(tags::ROWS).unwrap().to_int::<u16>().unwrap(),
        2
    );
    let pixels = full.element(tags::PIXEL_DATA).expect("pixel data");
    assert_eq!(pixels.to_bytes().expect("bytes").len(), 4);
}

#[test]
fn dicom_file_keeps_non_ascii_names() {
    let spec = DicomSpec {
        patient_name: "Testpersoon-Müller^Zoë".to_string(),
        ..DicomSpec::example(1)
    };
    let bytes = dicom_file(&spec);
    let obj = OpenFileOptions::new()
        .from_reader(&bytes[128..])
        .expect("parse DICOM");
    let name = obj.element(tags::PATIENT_NAME).expect("patient name");
    assert_eq!(name.to_str().expect("text"), "Testpersoon-Müller^Zoë");
}

fn record_text(item: &dicom_object::InMemDicomObject, tag: dicom_core::Tag) -> String {
    item.element(tag)
        .expect("record element")
        .to_str()
        .expect("text")
        .trim()
        .to_string()
}

fn record_offset(item: &dicom_object::InMemDicomObject, tag: dicom_core::Tag) -> u32 {
    item.element(tag)
        .expect("offset")
        .to_int::<u32>()
        .expect("UL")
}

#[test]
fn dicomdir_lists_patient_study_series_image() {
    let other_study = DicomSpec {
        study_uid: "1.2.826.0.1.3680043.2.1125.1.2".to_string(),
        series_uid: "1.2.826.0.1.3680043.2.1125.1.2.1".to_string(),
        sop_uid: "1.2.826.0.1.3680043.2.1125.1.2.1.1".to_string(),
        modality: "CT".to_string(),
        ..DicomSpec::example(1)
    };
    let file_id = |st: &str, im: &str| -> Vec<String> {
        ["DICOM", st, "SE000001", im]
            .iter()
            .map(|s| s.to_string())
            .collect()
    };
    let entries = vec![
        (file_id("ST000001", "IM000001"), DicomSpec::example(1)),
        (file_id("ST000001", "IM000002"), DicomSpec::example(2)),
        (file_id("ST000002", "IM000001"), other_study),
    ];
    let bytes = dicomdir(&entries);
    let obj = OpenFileOptions::new()
        .from_reader(&bytes[128..])
        .expect("parse DICOMDIR");
    assert_eq!(
        obj.meta().media_storage_sop_class_uid(),
        "1.2.840.10008.1.3.10"
    );
    let records = obj
        .element(tags::DIRECTORY_RECORD_SEQUENCE)
        .expect("record sequence")
        .items()
        .expect("sequence items");
    let types: Vec<String> = records
        .iter()
        .map(|r| record_text(r, tags::DIRECTORY_RECORD_TYPE))
        .collect();
    assert_eq!(
        types,
        ["PATIENT", "STUDY", "SERIES", "IMAGE", "IMAGE", "STUDY", "SERIES", "IMAGE"]
    );
    assert_eq!(
        record_text(&records[0], tags::PATIENT_NAME),
        "Testpersoon^Anna"
    );
    assert_eq!(record_text(&records[0], tags::PATIENT_ID), "TEST0001");
    assert_eq!(record_text(&records[6], tags::MODALITY), "CT");

    let images: Vec<_> = records
        .iter()
        .filter(|r| record_text(r, tags::DIRECTORY_RECORD_TYPE) == "IMAGE")
        .collect();
    for (image, (expected_id, spec)) in images.iter().zip(&entries) {
        let file_id: Vec<String> = image
            .element(tags::REFERENCED_FILE_ID)
            .expect("referenced file id")
            .to_multi_str()
            .expect("multi-valued CS")
            .iter()
            .map(|s| s.trim().to_string())
            .collect();
        assert_eq!(&file_id, expected_id);
        assert_eq!(
            record_text(image, tags::REFERENCED_SOP_INSTANCE_UID_IN_FILE),
            spec.sop_uid
        );
        assert_eq!(
            record_text(image, tags::REFERENCED_SOP_CLASS_UID_IN_FILE),
            "1.2.840.10008.5.1.4.1.1.4"
        );
        assert_eq!(
            record_text(image, tags::REFERENCED_TRANSFER_SYNTAX_UID_IN_FILE),
            "1.2.840.10008.1.2.1"
        );
    }

    // The offsets point at the item tags of the records they name.
    let item_at = |offset: u32| -> usize {
        let at = offset as usize;
        assert_eq!(
            &bytes[at..at + 4],
            &[0xFE, 0xFF, 0x00, 0xE0],
            "item tag at {at}"
        );
        let mut starts =
            (0..bytes.len() - 3).filter(|&i| bytes[i..i + 4] == [0xFE, 0xFF, 0x00, 0xE0]);
        starts.position(|i| i == at).expect("record item")
    };
    let first_root = record_offset(
        &obj,
        tags::OFFSET_OF_THE_FIRST_DIRECTORY_RECORD_OF_THE_ROOT_DIRECTORY_ENTITY,
    );
    assert_eq!(item_at(first_root), 0);
    let lower = |i: usize| {
        record_offset(
            &records[i],
            tags::OFFSET_OF_REFERENCED_LOWER_LEVEL_DIRECTORY_ENTITY,
        )
    };
    let next = |i: usize| record_offset(&records[i], tags::OFFSET_OF_THE_NEXT_DIRECTORY_RECORD);
    assert_eq!(item_at(lower(0)), 1);
    assert_eq!(item_at(next(1)), 5);
    assert_eq!(item_at(lower(2)), 3);
    assert_eq!(item_at(next(3)), 4);
    assert_eq!((next(0), next(4), lower(4), next(5)), (0, 0, 0, 0));
}

#[test]
fn write_cd_writes_dicomdir_images_and_noise() {
    let dossier = Dossier::new();
    let cd = dossier.path().join("cd");
    let specs: Vec<DicomSpec> = (1..=3).map(DicomSpec::example).collect();
    write_cd(&cd, &specs);
    for rel in [
        "DICOMDIR",
        "DICOM/ST000001/SE000001/IM000001",
        "DICOM/ST000001/SE000001/IM000002",
        "DICOM/ST000001/SE000001/IM000003",
        "AUTORUN.INF",
        "README.TXT",
        "VIEWER/viewer.exe",
        "index.html",
    ] {
        assert!(cd.join(rel).is_file(), "{rel} exists");
    }
    let readme = std::fs::read_to_string(cd.join("README.TXT")).unwrap();
    assert!(readme.contains("Viewer for this CD"));
    let image = dicom_object::open_file(cd.join("DICOM/ST000001/SE000001/IM000002")).unwrap();
    assert_eq!(
        image
            .element(tags::SOP_INSTANCE_UID)
            .unwrap()
            .to_str()
            .unwrap(),
        specs[1].sop_uid
    );
    let dir = dicom_object::open_file(cd.join("DICOMDIR")).expect("open DICOMDIR");
    let records = dir
        .element(tags::DIRECTORY_RECORD_SEQUENCE)
        .unwrap()
        .items()
        .unwrap();
    let last = records.last().unwrap();
    let ids: Vec<String> = last
        .element(tags::REFERENCED_FILE_ID)
        .unwrap()
        .to_multi_str()
        .unwrap()
        .to_vec();
    assert_eq!(ids, ["DICOM", "ST000001", "SE000001", "IM000003"]);
    assert_eq!(cd_files(&specs).len(), 8);
}

fn cat(image: &[u8], root: &isomage::TreeNode, path: &str) -> Vec<u8> {
    let node = root
        .find_node(path)
        .unwrap_or_else(|| panic!("{path} in the ISO"));
    assert!(!node.is_directory, "{path} is a file");
    let mut out = Vec::new();
    isomage::cat_node(&mut Cursor::new(image), node, &mut out).expect("cat");
    out
}

#[test]
fn iso_image_round_trips_through_isomage() {
    let large: Vec<u8> = (0..5000_u32).map(|i| (i % 251) as u8).collect();
    let files = vec![
        ("DICOMDIR", dicomdir(&cd_layout_of_one())),
        (
            "DICOM/ST000001/SE000001/IM000001",
            dicom_file(&DicomSpec::example(1)),
        ),
        ("README.TXT", b"Viewer for this CD\r\n".to_vec()),
        ("index.html", b"<html></html>".to_vec()),
        ("Verwijsbrief dr. Jansen.pdf", pdf_text(&["Verwijsbrief"])),
        ("VIEWER/data/big.bin", large.clone()),
        ("leeg.txt", Vec::new()),
    ];
    let borrowed: Vec<(&str, Vec<u8>)> = files.iter().map(|(p, b)| (*p, b.clone())).collect();
    let image = iso_image(&borrowed);
    assert_eq!(image.len() % 2048, 0);

    let root = isomage::detect_and_parse_filesystem(&mut Cursor::new(&image), "x.iso")
        .expect("isomage parses the ISO");
    let mut names: Vec<&str> = root.children.iter().map(|c| c.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(
        names,
        [
            "DICOM",
            "DICOMDIR",
            "README.TXT",
            "VIEWER",
            "Verwijsbrief dr. Jansen.pdf",
            "index.html",
            "leeg.txt"
        ]
    );
    let dicom = root.find_node("DICOM").unwrap();
    assert!(dicom.is_directory);
    assert_eq!(dicom.children[0].name, "ST000001");
    assert_eq!(dicom.children[0].children[0].name, "SE000001");
    assert_eq!(dicom.children[0].children[0].children[0].name, "IM000001");
    for (path, bytes) in &files {
        assert_eq!(&cat(&image, &root, path), bytes, "contents of {path}");
    }

    // The DICOM files on the ISO still parse.
    let dicomdir_bytes = cat(&image, &root, "DICOMDIR");
    OpenFileOptions::new()
        .from_reader(&dicomdir_bytes[128..])
        .expect("DICOMDIR from ISO");
    let im = cat(&image, &root, "DICOM/ST000001/SE000001/IM000001");
    let obj = OpenFileOptions::new().from_reader(&im[128..]).unwrap();
    assert_eq!(
        obj.element(tags::PATIENT_NAME).unwrap().to_str().unwrap(),
        "Testpersoon^Anna"
    );
}

fn cd_layout_of_one() -> Vec<(Vec<String>, DicomSpec)> {
    vec![(
        ["DICOM", "ST000001", "SE000001", "IM000001"]
            .iter()
            .map(|s| s.to_string())
            .collect(),
        DicomSpec::example(1),
    )]
}

#[test]
fn iso_image_of_a_whole_cd_with_many_files() {
    let specs: Vec<DicomSpec> = (1..=70).map(DicomSpec::example).collect();
    let files = cd_files(&specs);
    let borrowed: Vec<(&str, Vec<u8>)> =
        files.iter().map(|(p, b)| (p.as_str(), b.clone())).collect();
    let image = iso_image(&borrowed);
    let root = isomage::detect_and_parse_filesystem(&mut Cursor::new(&image), "cd.iso")
        .expect("parse CD ISO");
    let series = root
        .find_node("DICOM/ST000001/SE000001")
        .expect("series folder");
    assert_eq!(series.children.len(), 70, "folder spanning several sectors");
    for (path, bytes) in &files {
        assert_eq!(&cat(&image, &root, path), bytes, "contents of {path}");
    }
}
