//! Synthetic DICOM: image files, DICOMDIRs and burned-CD folders.

use std::path::Path;

use dicom_core::value::DataSetSequence;
use dicom_core::{DataElement, PrimitiveValue, Tag, VR};
use dicom_dictionary_std::{tags, uids};
use dicom_object::meta::FileMetaTableBuilder;
use dicom_object::InMemDicomObject;

/// UID root used for every synthetic UID in the fixtures.
pub const UID_ROOT: &str = "1.2.826.0.1.3680043.2.1125.1";

/// The attributes of one synthetic DICOM image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DicomSpec {
    pub patient_name: String,
    pub patient_id: String,
    /// YYYYMMDD
    pub birth_date: String,
    /// YYYYMMDD
    pub study_date: String,
    pub modality: String,
    pub body_part: String,
    pub study_description: String,
    pub study_uid: String,
    pub series_uid: String,
    pub sop_uid: String,
}

impl DicomSpec {
    /// Image `n` of the synthetic patient "Testpersoon^Anna" (TEST0001, born
    /// 1980-01-01): an MR of the hand on 2026-09-15. All `example(n)` share
    /// one study (`<root>.1`) and one series (`<root>.1.1`); the SOP
    /// instance UID is `<root>.1.1.<n>` with root
    /// `1.2.826.0.1.3680043.2.1125.1`.
    pub fn example(n: u32) -> Self {
        DicomSpec {
            patient_name: "Testpersoon^Anna".to_string(),
            patient_id: "TEST0001".to_string(),
            birth_date: "19800101".to_string(),
            study_date: "20260915".to_string(),
            modality: "MR".to_string(),
            body_part: "HAND".to_string(),
            study_description: "MRI hand links".to_string(),
            study_uid: format!("{UID_ROOT}.1"),
            series_uid: format!("{UID_ROOT}.1.1"),
            sop_uid: format!("{UID_ROOT}.1.1.{n}"),
        }
    }

    /// Instance number: the last UID component when numeric, else 1.
    fn instance_number(&self) -> String {
        self.sop_uid
            .rsplit('.')
            .next()
            .filter(|last| !last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()))
            .unwrap_or("1")
            .to_string()
    }
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

/// A DICOM Part-10 MR image: 128-byte preamble, "DICM", file meta group in
/// explicit VR little endian (MR Image Storage, SOP instance = `sop_uid`),
/// patient/study/series attributes and a 2x2 8-bit MONOCHROME2 image.
pub fn dicom_file(spec: &DicomSpec) -> Vec<u8> {
    let obj = InMemDicomObject::from_element_iter([
        text(tags::SPECIFIC_CHARACTER_SET, VR::CS, "ISO_IR 192"),
        text(tags::IMAGE_TYPE, VR::CS, "ORIGINAL\\PRIMARY"),
        text(tags::SOP_CLASS_UID, VR::UI, uids::MR_IMAGE_STORAGE),
        text(tags::SOP_INSTANCE_UID, VR::UI, &spec.sop_uid),
        text(tags::STUDY_DATE, VR::DA, &spec.study_date),
        text(tags::SERIES_DATE, VR::DA, &spec.study_date),
        text(tags::STUDY_TIME, VR::TM, "101500"),
        text(tags::ACCESSION_NUMBER, VR::SH, "ACC0001"),
        text(tags::MODALITY, VR::CS, &spec.modality),
        text(tags::MANUFACTURER, VR::LO, "Synthetic"),
        text(tags::INSTITUTION_NAME, VR::LO, "Testziekenhuis"),
        text(tags::REFERRING_PHYSICIAN_NAME, VR::PN, "Testarts^Bert"),
        text(tags::STUDY_DESCRIPTION, VR::LO, &spec.study_description),
        text(tags::SERIES_DESCRIPTION, VR::LO, &spec.study_description),
        text(tags::PATIENT_NAME, VR::PN, &spec.patient_name),
        text(tags::PATIENT_ID, VR::LO, &spec.patient_id),
        text(tags::PATIENT_BIRTH_DATE, VR::DA, &spec.birth_date),
        text(tags::PATIENT_SEX, VR::CS, "F"),
        text(tags::BODY_PART_EXAMINED, VR::CS, &spec.body_part),
        text(tags::STUDY_INSTANCE_UID, VR::UI, &spec.study_uid),
        text(tags::SERIES_INSTANCE_UID, VR::UI, &spec.series_uid),
        text(tags::STUDY_ID, VR::SH, "1"),
        text(tags::SERIES_NUMBER, VR::IS, "1"),
        text(tags::INSTANCE_NUMBER, VR::IS, &spec.instance_number()),
        us(tags::SAMPLES_PER_PIXEL, 1),
        text(tags::PHOTOMETRIC_INTERPRETATION, VR::CS, "MONOCHROME2"),
        us(tags::ROWS, 2),
        us(tags::COLUMNS, 2),
        us(tags::BITS_ALLOCATED, 8),
        us(tags::BITS_STORED, 8),
        us(tags::HIGH_BIT, 7),
        us(tags::PIXEL_REPRESENTATION, 0),
        DataElement::new(
            tags::PIXEL_DATA,
            VR::OB,
            PrimitiveValue::from(vec![0_u8, 85, 170, 255]),
        ),
    ]);
    let file = obj
        .with_meta(
            FileMetaTableBuilder::new()
                .transfer_syntax(uids::EXPLICIT_VR_LITTLE_ENDIAN)
                .media_storage_sop_class_uid(uids::MR_IMAGE_STORAGE)
                .media_storage_sop_instance_uid(spec.sop_uid.as_str()),
        )
        .expect("build DICOM file meta");
    let mut out = Vec::new();
    file.write_all(&mut out).expect("write DICOM file");
    out
}

/// One directory record before serialisation.
struct Record {
    elements: Vec<DataElement<InMemDicomObject>>,
    /// Index of the next record on the same level under the same parent.
    next: Option<usize>,
    /// Index of the first record one level down.
    lower: Option<usize>,
}

/// A DICOMDIR (Media Storage Directory Storage) whose
/// DirectoryRecordSequence lists PATIENT -> STUDY -> SERIES -> IMAGE records
/// depth first, grouped by patient id, study uid and series uid in order of
/// first appearance. IMAGE records carry ReferencedFileID (multi-valued CS,
/// the components given with each entry), ReferencedSOPClassUIDInFile,
/// ReferencedSOPInstanceUIDInFile and ReferencedTransferSyntaxUIDInFile.
///
/// The record offsets (0004,1200/1202/1400/1420) are real byte offsets from
/// the start of the file, so both "walk the sequence" and "follow the
/// offsets" readers work.
pub fn dicomdir(entries: &[(Vec<String>, DicomSpec)]) -> Vec<u8> {
    let records = directory_records(entries);
    let roots: Vec<usize> = root_records(&records);

    // First pass with zero offsets to learn where each record item starts;
    // UL values have a fixed size, so filling them in moves nothing.
    let draft = serialize_dicomdir(&records, &roots, &vec![0; records.len()]);
    let offsets = record_item_offsets(&draft);
    assert_eq!(
        offsets.len(),
        records.len(),
        "every directory record item found"
    );
    let out = serialize_dicomdir(&records, &roots, &offsets);
    assert_eq!(out.len(), draft.len(), "offsets do not change the layout");
    out
}

fn root_records(records: &[Record]) -> Vec<usize> {
    let mut roots = Vec::new();
    let mut cursor = if records.is_empty() { None } else { Some(0) };
    while let Some(i) = cursor {
        roots.push(i);
        cursor = records[i].next;
    }
    roots
}

fn directory_records(entries: &[(Vec<String>, DicomSpec)]) -> Vec<Record> {
    // patient id -> studies -> series -> images, keeping first-seen order.
    type Series<'a> = (&'a DicomSpec, Vec<(&'a Vec<String>, &'a DicomSpec)>);
    type Study<'a> = (&'a DicomSpec, Vec<Series<'a>>);
    type Patient<'a> = (&'a DicomSpec, Vec<Study<'a>>);
    let mut patients: Vec<Patient> = Vec::new();
    for (file_id, spec) in entries {
        let p = match patients
            .iter()
            .position(|(s, _)| s.patient_id == spec.patient_id)
        {
            Some(p) => p,
            None => {
                patients.push((spec, Vec::new()));
                patients.len() - 1
            }
        };
        let studies = &mut patients[p].1;
        let st = match studies
            .iter()
            .position(|(s, _)| s.study_uid == spec.study_uid)
        {
            Some(st) => st,
            None => {
                studies.push((spec, Vec::new()));
                studies.len() - 1
            }
        };
        let series = &mut studies[st].1;
        let se = match series
            .iter()
            .position(|(s, _)| s.series_uid == spec.series_uid)
        {
            Some(se) => se,
            None => {
                series.push((spec, Vec::new()));
                series.len() - 1
            }
        };
        series[se].1.push((file_id, spec));
    }

    let mut records = Vec::new();
    let mut previous_patient: Option<usize> = None;
    for (patient, studies) in &patients {
        let p = push_record(&mut records, &mut previous_patient, patient_record(patient));
        let mut previous_study = None;
        for (study, series_list) in studies {
            let st = push_record(&mut records, &mut previous_study, study_record(study));
            records[p].lower.get_or_insert(st);
            let mut previous_series = None;
            for (series, images) in series_list {
                let se = push_record(&mut records, &mut previous_series, series_record(series));
                records[st].lower.get_or_insert(se);
                let mut previous_image = None;
                for (file_id, image) in images {
                    let im = push_record(
                        &mut records,
                        &mut previous_image,
                        image_record(file_id, image),
                    );
                    records[se].lower.get_or_insert(im);
                }
            }
        }
    }
    records
}

fn push_record(
    records: &mut Vec<Record>,
    previous_sibling: &mut Option<usize>,
    elements: Vec<DataElement<InMemDicomObject>>,
) -> usize {
    let index = records.len();
    records.push(Record {
        elements,
        next: None,
        lower: None,
    });
    if let Some(previous) = previous_sibling.replace(index) {
        records[previous].next = Some(index);
    }
    index
}

fn record_type(kind: &str) -> DataElement<InMemDicomObject> {
    text(tags::DIRECTORY_RECORD_TYPE, VR::CS, kind)
}

fn patient_record(spec: &DicomSpec) -> Vec<DataElement<InMemDicomObject>> {
    vec![
        record_type("PATIENT"),
        text(tags::PATIENT_NAME, VR::PN, &spec.patient_name),
        text(tags::PATIENT_ID, VR::LO, &spec.patient_id),
        text(tags::PATIENT_BIRTH_DATE, VR::DA, &spec.birth_date),
        text(tags::PATIENT_SEX, VR::CS, "F"),
    ]
}

fn study_record(spec: &DicomSpec) -> Vec<DataElement<InMemDicomObject>> {
    vec![
        record_type("STUDY"),
        text(tags::STUDY_DATE, VR::DA, &spec.study_date),
        text(tags::STUDY_TIME, VR::TM, "101500"),
        text(tags::ACCESSION_NUMBER, VR::SH, "ACC0001"),
        text(tags::STUDY_DESCRIPTION, VR::LO, &spec.study_description),
        text(tags::STUDY_INSTANCE_UID, VR::UI, &spec.study_uid),
        text(tags::STUDY_ID, VR::SH, "1"),
    ]
}

fn series_record(spec: &DicomSpec) -> Vec<DataElement<InMemDicomObject>> {
    vec![
        record_type("SERIES"),
        text(tags::MODALITY, VR::CS, &spec.modality),
        text(tags::BODY_PART_EXAMINED, VR::CS, &spec.body_part),
        text(tags::SERIES_INSTANCE_UID, VR::UI, &spec.series_uid),
        text(tags::SERIES_NUMBER, VR::IS, "1"),
    ]
}

fn image_record(file_id: &[String], spec: &DicomSpec) -> Vec<DataElement<InMemDicomObject>> {
    vec![
        record_type("IMAGE"),
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
        text(
            tags::REFERENCED_TRANSFER_SYNTAX_UID_IN_FILE,
            VR::UI,
            uids::EXPLICIT_VR_LITTLE_ENDIAN,
        ),
        text(tags::INSTANCE_NUMBER, VR::IS, &spec.instance_number()),
    ]
}

fn serialize_dicomdir(records: &[Record], roots: &[usize], offsets: &[u32]) -> Vec<u8> {
    let offset_of = |index: Option<usize>| index.map_or(0, |i| offsets[i]);
    let items: Vec<InMemDicomObject> = records
        .iter()
        .map(|record| {
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

    let obj = InMemDicomObject::from_element_iter([
        text(tags::FILE_SET_ID, VR::CS, "DOSSIERCD"),
        ul(
            tags::OFFSET_OF_THE_FIRST_DIRECTORY_RECORD_OF_THE_ROOT_DIRECTORY_ENTITY,
            offset_of(roots.first().copied()),
        ),
        ul(
            tags::OFFSET_OF_THE_LAST_DIRECTORY_RECORD_OF_THE_ROOT_DIRECTORY_ENTITY,
            offset_of(roots.last().copied()),
        ),
        us(tags::FILE_SET_CONSISTENCY_FLAG, 0),
        text(tags::SPECIFIC_CHARACTER_SET, VR::CS, "ISO_IR 192"),
        DataElement::new(
            tags::DIRECTORY_RECORD_SEQUENCE,
            VR::SQ,
            DataSetSequence::from(items),
        ),
    ]);
    let file = obj
        .with_meta(
            FileMetaTableBuilder::new()
                .transfer_syntax(uids::EXPLICIT_VR_LITTLE_ENDIAN)
                .media_storage_sop_class_uid(uids::MEDIA_STORAGE_DIRECTORY_STORAGE)
                .media_storage_sop_instance_uid(format!("{UID_ROOT}.0.1")),
        )
        .expect("build DICOMDIR file meta");
    let mut out = Vec::new();
    file.write_all(&mut out).expect("write DICOMDIR");
    out
}

/// File offsets of the item tags (FFFE,E000) inside the
/// DirectoryRecordSequence (0004,1220), the last element of a DICOMDIR.
/// Records hold only text, US and UL values, so the byte pattern of an item
/// tag cannot occur inside them.
fn record_item_offsets(file: &[u8]) -> Vec<u32> {
    const SEQUENCE_HEADER: [u8; 6] = [0x04, 0x00, 0x20, 0x12, b'S', b'Q'];
    const ITEM_TAG: [u8; 4] = [0xFE, 0xFF, 0x00, 0xE0];
    let start = file
        .windows(SEQUENCE_HEADER.len())
        .position(|w| w == SEQUENCE_HEADER)
        .expect("DICOMDIR has a DirectoryRecordSequence");
    (start..file.len().saturating_sub(3))
        .filter(|&i| file[i..i + 4] == ITEM_TAG)
        .map(|i| u32::try_from(i).expect("DICOMDIR below 4 GiB"))
        .collect()
}

/// Writes a burned patient CD into `dir` (see [`cd_files`] for the
/// contents), creating folders as needed.
pub fn write_cd(dir: &Path, specs: &[DicomSpec]) {
    for (rel, bytes) in cd_files(specs) {
        let mut path = dir.to_path_buf();
        path.extend(rel.split('/'));
        write_file(&path, &bytes);
    }
}

/// The files of a burned patient CD as `("/"-separated path, bytes)`, ready
/// for [`super::iso_image`]: `DICOMDIR`, one image file per spec under
/// `DICOM/STxxxxxx/SExxxxxx/IMxxxxxx` (studies and series numbered in order
/// of first appearance, images numbered within their series, so
/// `DicomSpec::example(1..=n)` gives `DICOM/ST000001/SE000001/IM000001..n`),
/// plus the noise burners add: `AUTORUN.INF`, `README.TXT`,
/// `VIEWER/viewer.exe` and `index.html`.
pub fn cd_files(specs: &[DicomSpec]) -> Vec<(String, Vec<u8>)> {
    let entries = cd_layout(specs);
    let mut files = vec![("DICOMDIR".to_string(), dicomdir(&entries))];
    for (components, spec) in &entries {
        files.push((components.join("/"), dicom_file(spec)));
    }
    let noise: [(&str, &[u8]); 4] = [
        (
            "AUTORUN.INF",
            b"[autorun]\r\nopen=VIEWER\\viewer.exe\r\nicon=VIEWER\\viewer.exe,0\r\nlabel=Patient CD\r\n",
        ),
        (
            "README.TXT",
            b"Viewer for this CD\r\n\r\nStart VIEWER\\viewer.exe to view the images on this CD.\r\nThis CD contains synthetic test data only.\r\n",
        ),
        (
            "VIEWER/viewer.exe",
            &[
                0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF,
                0x00, 0x00, 0xB8, 0x17, 0x2C, 0xE1, 0x5D, 0x08, 0x93, 0x41,
            ],
        ),
        (
            "index.html",
            b"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Patient CD</title></head>\n<body><h1>Patient CD</h1><p>Open VIEWER/viewer.exe to view the images.</p></body></html>\n",
        ),
    ];
    files.extend(
        noise
            .iter()
            .map(|(rel, bytes)| (rel.to_string(), bytes.to_vec())),
    );
    files
}

/// The DICOM folder layout of [`cd_files`]: `(path components, spec)` per
/// image, ready for [`dicomdir`].
pub fn cd_layout(specs: &[DicomSpec]) -> Vec<(Vec<String>, DicomSpec)> {
    // study uid -> [(series uid, images so far)], in order of first appearance
    let mut studies: Vec<(&str, Vec<(&str, usize)>)> = Vec::new();
    specs
        .iter()
        .map(|spec| {
            let st = match studies.iter().position(|(uid, _)| *uid == spec.study_uid) {
                Some(st) => st,
                None => {
                    studies.push((&spec.study_uid, Vec::new()));
                    studies.len() - 1
                }
            };
            let series = &mut studies[st].1;
            let se = match series.iter().position(|(uid, _)| *uid == spec.series_uid) {
                Some(se) => se,
                None => {
                    series.push((&spec.series_uid, 0));
                    series.len() - 1
                }
            };
            series[se].1 += 1;
            let components = vec![
                "DICOM".to_string(),
                format!("ST{:06}", st + 1),
                format!("SE{:06}", se + 1),
                format!("IM{:06}", series[se].1),
            ];
            (components, spec.clone())
        })
        .collect()
}

fn write_file(path: &Path, bytes: &[u8]) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create CD folder");
    }
    std::fs::write(path, bytes).expect("write CD file");
}
