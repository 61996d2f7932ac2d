//! Builders for unusual and damaged imaging media: DICOMDIRs in other encodings or record orders,
//! broken record offsets, DICOM files without a preamble or with an absurd length field, zips.
//! Everything starts from the synthetic fixtures in `dicom.rs`.

use std::io::{Cursor, Write};

use dicom_core::value::DataSetSequence;
use dicom_core::{DataElement, PrimitiveValue, Tag, VR};
use dicom_dictionary_std::{tags, uids};
use dicom_object::meta::FileMetaTableBuilder;
use dicom_object::InMemDicomObject;

pub use super::dicom::cd_layout;
use super::dicom::{dicom_file, DicomSpec, UID_ROOT};

/// Explicit VR big endian: retired from the standard (so the dictionary marks it deprecated), but
/// still found on old discs.
pub const EXPLICIT_VR_BIG_ENDIAN: &str = "1.2.840.10008.1.2.2";

/// `DicomSpec::example(1..=n)`.
pub fn specs(n: u32) -> Vec<DicomSpec> {
    (1..=n).map(DicomSpec::example).collect()
}

/// Writes `files` (`("/"-separated path, bytes)`) below `dir`, creating folders.
pub fn write_files(dir: &std::path::Path, files: &[(String, Vec<u8>)]) {
    for (rel, bytes) in files {
        let mut path = dir.to_path_buf();
        path.extend(rel.split('/'));
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create media folder");
        }
        std::fs::write(&path, bytes).expect("write media file");
    }
}

/// The order of the records in the DirectoryRecordSequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordOrder {
    /// Depth first: patient, study, series, images, as writers usually do.
    DepthFirst,
    /// The reverse: every image before its series, every series before its study. Legal, since the
    /// offsets carry the hierarchy; readers that assume depth-first order get it wrong.
    Reversed,
}

fn text(tag: Tag, vr: VR, value: &str) -> DataElement<InMemDicomObject> {
    DataElement::new(tag, vr, PrimitiveValue::from(value))
}

fn us(tag: Tag, value: u16) -> DataElement<InMemDicomObject> {
    DataElement::new(tag, VR::US, PrimitiveValue::from(value))
}

fn ul(tag: Tag, value: u32) -> DataElement<InMemDicomObject> {
    DataElement::new(tag, VR::UL, PrimitiveValue::from(value))
}

struct Record {
    elements: Vec<DataElement<InMemDicomObject>>,
    next: Option<usize>,
    lower: Option<usize>,
}

/// A DICOMDIR for `entries` (file id components, spec) written in `transfer_syntax` (explicit VR
/// little endian, implicit VR little endian or explicit VR big endian), with its records in
/// `order` and real record offsets (so readers that follow the links work).
pub fn dicomdir_encoded(
    entries: &[(Vec<String>, DicomSpec)],
    transfer_syntax: &str,
    order: RecordOrder,
) -> Vec<u8> {
    let records = records_for(entries);
    let mut sequence_order: Vec<usize> = (0..records.len()).collect();
    if order == RecordOrder::Reversed {
        sequence_order.reverse();
    }
    let big = transfer_syntax == EXPLICIT_VR_BIG_ENDIAN;
    let draft = serialise(
        &records,
        &sequence_order,
        &vec![0; records.len()],
        transfer_syntax,
    );
    let positions = item_positions(&draft, big);
    assert_eq!(positions.len(), records.len(), "one item per record");
    let mut offsets = vec![0u32; records.len()];
    for (k, &record) in sequence_order.iter().enumerate() {
        offsets[record] = positions[k];
    }
    let out = serialise(&records, &sequence_order, &offsets, transfer_syntax);
    assert_eq!(out.len(), draft.len(), "offsets do not move anything");
    out
}

fn records_for(entries: &[(Vec<String>, DicomSpec)]) -> Vec<Record> {
    let mut records: Vec<Record> = Vec::new();
    let push = |records: &mut Vec<Record>, elements| {
        records.push(Record {
            elements,
            next: None,
            lower: None,
        });
        records.len() - 1
    };
    // One patient, one study per study UID, one series per series UID: enough for the tests.
    let mut last_study: Option<(String, usize)> = None;
    let mut last_series: Option<(String, usize)> = None;
    let mut last_image: Option<usize> = None;
    let mut patient: Option<usize> = None;
    for (file_id, spec) in entries {
        let p = *patient.get_or_insert_with(|| {
            push(
                &mut records,
                vec![
                    text(tags::DIRECTORY_RECORD_TYPE, VR::CS, "PATIENT"),
                    text(tags::PATIENT_NAME, VR::PN, &spec.patient_name),
                    text(tags::PATIENT_ID, VR::LO, &spec.patient_id),
                ],
            )
        });
        if last_study
            .as_ref()
            .is_none_or(|(uid, _)| *uid != spec.study_uid)
        {
            let st = push(
                &mut records,
                vec![
                    text(tags::DIRECTORY_RECORD_TYPE, VR::CS, "STUDY"),
                    text(tags::STUDY_DATE, VR::DA, &spec.study_date),
                    text(tags::STUDY_DESCRIPTION, VR::LO, &spec.study_description),
                    text(tags::STUDY_INSTANCE_UID, VR::UI, &spec.study_uid),
                ],
            );
            match &last_study {
                Some((_, previous)) => records[*previous].next = Some(st),
                None => records[p].lower = Some(st),
            }
            last_study = Some((spec.study_uid.clone(), st));
            last_series = None;
        }
        let st = last_study.as_ref().map(|(_, i)| *i).unwrap_or(p);
        if last_series
            .as_ref()
            .is_none_or(|(uid, _)| *uid != spec.series_uid)
        {
            let se = push(
                &mut records,
                vec![
                    text(tags::DIRECTORY_RECORD_TYPE, VR::CS, "SERIES"),
                    text(tags::MODALITY, VR::CS, &spec.modality),
                    text(tags::SERIES_INSTANCE_UID, VR::UI, &spec.series_uid),
                ],
            );
            match &last_series {
                Some((_, previous)) => records[*previous].next = Some(se),
                None => records[st].lower = Some(se),
            }
            last_series = Some((spec.series_uid.clone(), se));
            last_image = None;
        }
        let se = last_series.as_ref().map(|(_, i)| *i).unwrap_or(st);
        let im = push(
            &mut records,
            vec![
                text(tags::DIRECTORY_RECORD_TYPE, VR::CS, "IMAGE"),
                DataElement::new(
                    tags::REFERENCED_FILE_ID,
                    VR::CS,
                    PrimitiveValue::Strs(file_id.iter().cloned().collect()),
                ),
                text(
                    tags::REFERENCED_SOP_CLASS_UID_IN_FILE,
                    VR::UI,
                    uids::MR_IMAGE_STORAGE,
                ),
                text(
                    tags::REFERENCED_SOP_INSTANCE_UID_IN_FILE,
                    VR::UI,
                    &spec.sop_uid,
                ),
            ],
        );
        match last_image {
            Some(previous) => records[previous].next = Some(im),
            None => records[se].lower = Some(im),
        }
        last_image = Some(im);
    }
    records
}

fn serialise(
    records: &[Record],
    sequence_order: &[usize],
    offsets: &[u32],
    transfer_syntax: &str,
) -> Vec<u8> {
    let offset_of = |i: Option<usize>| i.map_or(0, |i| offsets[i]);
    let items: Vec<InMemDicomObject> = sequence_order
        .iter()
        .map(|&i| {
            let record = &records[i];
            let mut item = InMemDicomObject::from_element_iter(record.elements.iter().cloned());
            item.put(ul(
                tags::OFFSET_OF_THE_NEXT_DIRECTORY_RECORD,
                offset_of(record.next),
            ));
            item.put(us(tags::RECORD_IN_USE_FLAG, 0xFFFF));
            item.put(ul(
                tags::OFFSET_OF_REFERENCED_LOWER_LEVEL_DIRECTORY_ENTITY,
                offset_of(record.lower),
            ));
            item
        })
        .collect();
    let first_root = if records.is_empty() { None } else { Some(0) };
    let obj = InMemDicomObject::from_element_iter([
        text(tags::FILE_SET_ID, VR::CS, "DOSSIERCD"),
        ul(
            tags::OFFSET_OF_THE_FIRST_DIRECTORY_RECORD_OF_THE_ROOT_DIRECTORY_ENTITY,
            offset_of(first_root),
        ),
        ul(
            tags::OFFSET_OF_THE_LAST_DIRECTORY_RECORD_OF_THE_ROOT_DIRECTORY_ENTITY,
            offset_of(first_root),
        ),
        us(tags::FILE_SET_CONSISTENCY_FLAG, 0),
        DataElement::new(
            tags::DIRECTORY_RECORD_SEQUENCE,
            VR::SQ,
            DataSetSequence::from(items),
        ),
    ]);
    let file = obj
        .with_meta(
            FileMetaTableBuilder::new()
                .transfer_syntax(transfer_syntax)
                .media_storage_sop_class_uid(uids::MEDIA_STORAGE_DIRECTORY_STORAGE)
                .media_storage_sop_instance_uid(format!("{UID_ROOT}.0.2")),
        )
        .expect("build DICOMDIR file meta");
    let mut out = Vec::new();
    file.write_all(&mut out).expect("write DICOMDIR");
    out
}

/// File offsets of the items of the DirectoryRecordSequence. Records hold only text, US and UL
/// values, so the item tag's bytes occur nowhere else after the sequence starts.
fn item_positions(file: &[u8], big: bool) -> Vec<u32> {
    let (sequence, item): ([u8; 4], [u8; 4]) = if big {
        ([0x00, 0x04, 0x12, 0x20], [0xFF, 0xFE, 0xE0, 0x00])
    } else {
        ([0x04, 0x00, 0x20, 0x12], [0xFE, 0xFF, 0x00, 0xE0])
    };
    let start = file
        .windows(4)
        .position(|w| w == sequence)
        .expect("DICOMDIR has a DirectoryRecordSequence");
    (start..file.len().saturating_sub(3))
        .filter(|&i| file[i..i + 4] == item)
        .map(|i| u32::try_from(i).expect("DICOMDIR below 4 GiB"))
        .collect()
}

/// Sets every non-zero "next record" offset (0004,1400) of an explicit-VR-little-endian DICOMDIR to
/// a place where no record starts.
pub fn offsets_pointing_nowhere(dicomdir: &[u8]) -> Vec<u8> {
    const NEXT: [u8; 8] = [0x04, 0x00, 0x00, 0x14, b'U', b'L', 0x04, 0x00];
    let mut out = dicomdir.to_vec();
    let mut changed = 0;
    let mut i = 0;
    while i + 12 <= out.len() {
        if out[i..i + 8] == NEXT {
            let value = &mut out[i + 8..i + 12];
            if value != [0, 0, 0, 0] {
                value.copy_from_slice(&0x00AB_CDEFu32.to_le_bytes());
                changed += 1;
            }
            i += 12;
        } else {
            i += 1;
        }
    }
    assert!(changed > 0, "some next-record offsets were changed");
    out
}

/// A DICOM file without its 128-byte preamble: starting with `DICM`.
pub fn without_preamble(file: &[u8]) -> Vec<u8> {
    assert_eq!(&file[128..132], b"DICM");
    file[128..].to_vec()
}

/// A DICOM file whose (0002,0001) File Meta Information Version (OB, 4-byte length) declares
/// 0xFFFFFFF0 bytes: the "length bomb" that makes a naive parser reserve 4 GiB.
pub fn with_length_bomb(file: &[u8]) -> Vec<u8> {
    const VERSION: [u8; 8] = [0x02, 0x00, 0x01, 0x00, b'O', b'B', 0, 0];
    let mut out = file.to_vec();
    let at = out
        .windows(8)
        .position(|w| w == VERSION)
        .expect("file meta information version present");
    out[at + 8..at + 12].copy_from_slice(&0xFFFF_FFF0u32.to_le_bytes());
    out
}

/// A DICOM image whose SOP instance UID is `sop_uid` instead of the spec's.
pub fn dicom_file_with_uid(spec: &DicomSpec, sop_uid: &str) -> Vec<u8> {
    let mut other = spec.clone();
    other.sop_uid = sop_uid.to_string();
    dicom_file(&other)
}

/// A zip of `files`, deflated or stored.
pub fn zip_bytes(files: &[(String, Vec<u8>)], deflated: bool) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let method = if deflated {
        zip::CompressionMethod::Deflated
    } else {
        zip::CompressionMethod::Stored
    };
    let options = zip::write::SimpleFileOptions::default().compression_method(method);
    for (name, bytes) in files {
        writer
            .start_file(name.as_str(), options)
            .expect("start zip entry");
        writer.write_all(bytes).expect("write zip entry");
    }
    writer.finish().expect("finish zip").into_inner()
}
