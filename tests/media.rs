//! Imaging media end to end: every way images arrive (a CD copied as a folder, loose DICOM files, an
//! ISO image, a zip from a portal) and the damage they arrive with. Each test builds a dossier with a
//! letter that mentions an MRI (so `imaging-cd` applies), runs the binary, and reads the JSON report.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use common::media::{
    cd_layout, dicom_file_with_uid, dicomdir_encoded, offsets_pointing_nowhere, specs,
    with_length_bomb, without_preamble, write_files, zip_bytes, RecordOrder,
    EXPLICIT_VR_BIG_ENDIAN,
};
use common::{cd_files, dicom_file, dicomdir, iso_image, pdf_text, write_cd, DicomSpec, Dossier};
use dicom_dictionary_std::uids;
use serde_json::Value;

/// A dossier with an outpatient letter that mentions an MRI, so images are required.
fn dossier() -> Dossier {
    let d = Dossier::new();
    let lines = common::letters::specialist_letter("15 augustus 2026");
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    d.write("brieven/polikliniekbrief.pdf", pdf_text(&refs));
    d
}

/// Runs `check DIR --as-of 2026-11-23 --format json` and returns the report.
fn check(dir: &Path) -> Value {
    let out = Command::cargo_bin("dossiercheck")
        .expect("binary built")
        .args(["check"])
        .arg(dir)
        .args(["--as-of", "2026-11-23", "--format", "json"])
        .timeout(Duration::from_secs(60))
        .output()
        .expect("run dossiercheck");
    let code = out.status.code();
    assert!(
        matches!(code, Some(0) | Some(1)),
        "exit code {code:?}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

fn imaging(report: &Value) -> &str {
    report["requirements"]
        .as_array()
        .and_then(|rs| rs.iter().find(|r| r["id"] == "imaging-cd"))
        .and_then(|r| r["status"].as_str())
        .expect("imaging-cd requirement in the report")
}

fn imaging_reason(report: &Value) -> String {
    report["requirements"]
        .as_array()
        .and_then(|rs| rs.iter().find(|r| r["id"] == "imaging-cd"))
        .and_then(|r| r["reason"].as_str())
        .unwrap_or_default()
        .to_string()
}

fn doc<'a>(report: &'a Value, path: &str) -> &'a Value {
    report["documents"]
        .as_array()
        .and_then(|ds| ds.iter().find(|d| d["path"] == path))
        .unwrap_or_else(|| panic!("no document {path:?} in {:#}", report["documents"]))
}

fn codes(doc: &Value) -> Vec<String> {
    doc["problems"]
        .as_array()
        .map(|ps| {
            ps.iter()
                .filter_map(|p| p["code"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn message(doc: &Value, code: &str) -> String {
    doc["problems"]
        .as_array()
        .and_then(|ps| ps.iter().find(|p| p["code"] == code))
        .and_then(|p| p["detail"].as_str())
        .unwrap_or_else(|| panic!("no problem {code} in {doc:#}"))
        .to_string()
}

fn n(v: &Value) -> u64 {
    v.as_u64().unwrap_or_else(|| panic!("not a number: {v}"))
}

/// Asserts a medium is fine and meets `imaging-cd`.
fn assert_good(report: &Value, path: &str, format: &str, images: u64) {
    let d = doc(report, path);
    assert_eq!(d["format"], format, "{d:#}");
    assert_eq!(d["readable"], true, "{d:#}");
    assert!(codes(d).is_empty(), "{d:#}");
    assert_eq!(n(&d["medium"]["images_readable"]), images, "{d:#}");
    assert_eq!(imaging(report), "met", "{}", imaging_reason(report));
}

/// Asserts a medium has problem `code` and makes `imaging-cd` unverifiable, naming it.
fn assert_bad(report: &Value, path: &str, code: &str) {
    let d = doc(report, path);
    assert_eq!(d["readable"], false, "{d:#}");
    assert!(codes(d).iter().any(|c| c == code), "{code} in {d:#}");
    assert_eq!(
        imaging(report),
        "needs-review",
        "{}",
        imaging_reason(report)
    );
    assert!(
        imaging_reason(report).contains(path),
        "reason names {path}: {}",
        imaging_reason(report)
    );
}

#[test]
fn a_cd_copied_as_a_folder_is_summarised() {
    let d = dossier();
    let mut images = specs(4);
    // A second series in the same study.
    for spec in images.iter_mut().skip(2) {
        spec.series_uid = format!("{}.2", spec.study_uid);
    }
    write_cd(&d.path().join("CD MRI"), &images);
    let r = check(d.path());
    assert_good(&r, "CD MRI/DICOMDIR", "dicomdir", 4);
    let m = &doc(&r, "CD MRI/DICOMDIR")["medium"];
    assert_eq!(n(&m["images_listed"]), 4);
    assert_eq!(m["patients"][0]["name"], "Testpersoon Anna");
    assert_eq!(m["patients"][0]["id"], "TEST0001");
    assert_eq!(m["patients"][0]["birth_date"], "1980-01-01");
    let study = &m["studies"][0];
    assert_eq!(study["date"], "2026-09-15");
    assert_eq!(study["modality"], "MR");
    assert_eq!(study["description"], "MRI hand links");
    assert_eq!(study["body_part"], "HAND");
    assert_eq!(n(&study["series"]), 2);
    assert_eq!(n(&study["images"]), 4);
    assert_eq!(n(&m["images_unindexed"]), 0);
}

#[test]
fn a_nested_lower_case_copy_is_matched_without_regard_to_case() {
    let d = dossier();
    let files: Vec<(String, Vec<u8>)> = cd_files(&specs(3))
        .into_iter()
        .map(|(rel, bytes)| (format!("post/van patient/cd/{}", rel.to_lowercase()), bytes))
        .collect();
    write_files(d.path(), &files);
    let r = check(d.path());
    assert_good(&r, "post/van patient/cd/dicomdir", "dicomdir", 3);
}

#[test]
fn loose_dicom_files_with_and_without_extension_or_preamble() {
    let d = dossier();
    d.write("beelden/IM1.dcm", dicom_file(&DicomSpec::example(1)));
    d.write("beelden/IM2", dicom_file(&DicomSpec::example(2)));
    d.write(
        "beelden/IM3",
        without_preamble(&dicom_file(&DicomSpec::example(3))),
    );
    let r = check(d.path());
    assert_good(&r, "beelden", "dicom", 3);
}

#[test]
fn an_iso_image_is_read_in_place() {
    let d = dossier();
    let files = cd_files(&specs(3));
    let refs: Vec<(&str, Vec<u8>)> = files.iter().map(|(p, b)| (p.as_str(), b.clone())).collect();
    d.write("schijf/mri.iso", iso_image(&refs));
    let r = check(d.path());
    assert_good(&r, "schijf/mri.iso", "iso", 3);
    assert_eq!(n(&doc(&r, "schijf/mri.iso")["medium"]["images_listed"]), 3);
}

#[test]
fn an_iso_cut_short_is_a_problem() {
    let d = dossier();
    let files = cd_files(&specs(3));
    let refs: Vec<(&str, Vec<u8>)> = files.iter().map(|(p, b)| (p.as_str(), b.clone())).collect();
    let iso = iso_image(&refs);
    d.write("mri.iso", &iso[..iso.len() - 3 * 2048]);
    d.write("kapot.iso", &iso[..20_000]);
    d.write("leeg.iso", b"");
    let r = check(d.path());
    assert_bad(&r, "mri.iso", "iso-truncated");
    assert_eq!(codes(doc(&r, "kapot.iso")), ["iso-damaged"]);
    assert_eq!(codes(doc(&r, "leeg.iso")), ["empty-file"]);
}

#[test]
fn a_zip_from_a_portal_is_read_in_place() {
    let d = dossier();
    let cd: Vec<(String, Vec<u8>)> = cd_files(&specs(3))
        .into_iter()
        .map(|(rel, bytes)| (format!("Patient CD/{rel}"), bytes))
        .collect();
    d.write("download/portal.zip", zip_bytes(&cd, true));
    let r = check(d.path());
    assert_good(&r, "download/portal.zip", "dicomdir", 3);
    // Nothing was extracted next to the zip.
    let entries: Vec<_> = std::fs::read_dir(d.path().join("download"))
        .expect("list download")
        .collect();
    assert_eq!(entries.len(), 1);
}

#[test]
fn a_zip_of_loose_files_and_a_zip_holding_an_iso() {
    let d = dossier();
    let loose: Vec<(String, Vec<u8>)> = (1..=2)
        .map(|i| (format!("IMG{i}.dcm"), dicom_file(&DicomSpec::example(i))))
        .collect();
    d.write("losse beelden.zip", zip_bytes(&loose, true));
    let files = cd_files(&specs(2));
    let refs: Vec<(&str, Vec<u8>)> = files.iter().map(|(p, b)| (p.as_str(), b.clone())).collect();
    let iso = iso_image(&refs);
    d.write(
        "iso opgeslagen.zip",
        zip_bytes(&[("CD.ISO".into(), iso.clone())], false),
    );
    d.write(
        "iso gecomprimeerd.zip",
        zip_bytes(&[("cd.iso".into(), iso)], true),
    );
    let r = check(d.path());
    assert_good(&r, "losse beelden.zip", "dicom", 2);
    assert_good(&r, "iso opgeslagen.zip", "iso", 2);
    assert_good(&r, "iso gecomprimeerd.zip", "iso", 2);
}

#[test]
fn a_zip_that_is_not_one_makes_images_unverifiable() {
    let d = dossier();
    d.write(
        "beelden.zip",
        b"PK\x03\x04 this is not really a zip archive",
    );
    let r = check(d.path());
    assert_bad(&r, "beelden.zip", "archive-damaged");
    assert_eq!(doc(&r, "beelden.zip")["format"], "unsupported");
}

#[test]
fn a_truncated_dicomdir_is_a_broken_index() {
    let d = dossier();
    let cd = d.path().join("CD");
    write_cd(&cd, &specs(3));
    let index = std::fs::read(cd.join("DICOMDIR")).expect("read DICOMDIR");
    std::fs::write(cd.join("DICOMDIR"), &index[..index.len() * 2 / 3]).expect("cut DICOMDIR");
    let r = check(d.path());
    assert_bad(&r, "CD/DICOMDIR", "dicomdir-damaged");
    assert!(message(doc(&r, "CD/DICOMDIR"), "dicomdir-damaged").contains("cut short"));
    // The images still say whose they are.
    assert_eq!(n(&doc(&r, "CD/DICOMDIR")["medium"]["images_readable"]), 3);
}

#[test]
fn a_dicomdir_whose_offsets_point_nowhere_is_a_broken_index() {
    let d = dossier();
    let cd = d.path().join("CD");
    write_cd(&cd, &specs(3));
    let index = std::fs::read(cd.join("DICOMDIR")).expect("read DICOMDIR");
    std::fs::write(cd.join("DICOMDIR"), offsets_pointing_nowhere(&index)).expect("write");
    let r = check(d.path());
    assert_bad(&r, "CD/DICOMDIR", "dicomdir-damaged");
    assert!(message(doc(&r, "CD/DICOMDIR"), "dicomdir-damaged").contains("point at no record"));
}

#[test]
fn big_endian_implicit_and_reordered_indexes_are_read() {
    let d = dossier();
    let images = specs(3);
    let layout = cd_layout(&images);
    for (folder, ts, order) in [
        ("cd-be", EXPLICIT_VR_BIG_ENDIAN, RecordOrder::DepthFirst),
        (
            "cd-implicit",
            uids::IMPLICIT_VR_LITTLE_ENDIAN,
            RecordOrder::DepthFirst,
        ),
        (
            "cd-reversed",
            uids::EXPLICIT_VR_LITTLE_ENDIAN,
            RecordOrder::Reversed,
        ),
    ] {
        let dir = d.path().join(folder);
        write_cd(&dir, &images);
        std::fs::write(dir.join("DICOMDIR"), dicomdir_encoded(&layout, ts, order))
            .expect("write DICOMDIR");
    }
    let r = check(d.path());
    for folder in ["cd-be", "cd-implicit", "cd-reversed"] {
        assert_good(&r, &format!("{folder}/DICOMDIR"), "dicomdir", 3);
    }
}

#[test]
fn an_empty_index_and_a_garbage_index() {
    let d = dossier();
    let cd = d.path().join("leeg");
    write_cd(&cd, &specs(2));
    std::fs::write(cd.join("DICOMDIR"), dicomdir(&[])).expect("write empty DICOMDIR");
    d.write("rommel/DICOMDIR", b"this is no index at all, just text");
    d.write("nul/DICOMDIR", b"");
    let r = check(d.path());
    assert_bad(&r, "leeg/DICOMDIR", "dicomdir-empty");
    let leeg = doc(&r, "leeg/DICOMDIR");
    assert!(message(leeg, "dicomdir-empty").contains("2 DICOM files"));
    assert_eq!(n(&leeg["medium"]["images_unindexed"]), 2);
    assert_eq!(codes(doc(&r, "rommel/DICOMDIR")), ["dicomdir-damaged"]);
    assert_eq!(codes(doc(&r, "nul/DICOMDIR")), ["dicomdir-damaged"]);
}

#[test]
fn listed_images_missing_empty_or_cut_short_are_counted() {
    let d = dossier();
    let cd = d.path().join("CD");
    write_cd(&cd, &specs(6));
    let series = cd.join("DICOM/ST000001/SE000001");
    std::fs::remove_file(series.join("IM000001")).expect("delete");
    std::fs::remove_file(series.join("IM000002")).expect("delete");
    std::fs::write(series.join("IM000003"), b"").expect("empty");
    let im4 = std::fs::read(series.join("IM000004")).expect("read");
    std::fs::write(series.join("IM000004"), &im4[..im4.len() - 2]).expect("cut");
    let r = check(d.path());
    assert_bad(&r, "CD/DICOMDIR", "dicomdir-missing-file");
    let m = doc(&r, "CD/DICOMDIR");
    assert_eq!(
        codes(m),
        ["dicomdir-missing-file", "image-empty", "image-truncated"]
    );
    assert!(message(m, "dicomdir-missing-file").starts_with("2 of 6 images"));
    assert!(message(m, "image-empty").starts_with("1 of 6 images"));
    assert!(message(m, "image-truncated").contains("IM000004"));
    assert_eq!(n(&m["medium"]["images_missing"]), 2);
    assert_eq!(n(&m["medium"]["images_unreadable"]), 2);
    assert_eq!(n(&m["medium"]["images_readable"]), 2);
    // The empty listed file was read by its medium: it is not "not a document".
    let ignored = r["ignored"].to_string();
    assert!(!ignored.contains("IM000003"), "{ignored}");
}

#[test]
fn a_changed_sop_uid_and_an_unindexed_file() {
    let d = dossier();
    let cd = d.path().join("CD");
    write_cd(&cd, &specs(3));
    let series = cd.join("DICOM/ST000001/SE000001");
    std::fs::write(
        series.join("IM000002"),
        dicom_file_with_uid(&DicomSpec::example(2), "1.2.3.4.5.6"),
    )
    .expect("write");
    let r = check(d.path());
    assert_bad(&r, "CD/DICOMDIR", "sop-uid-mismatch");
    assert_eq!(n(&doc(&r, "CD/DICOMDIR")["medium"]["images_mismatched"]), 1);

    // An extra image the index does not list is a note, not a problem.
    let d = dossier();
    let cd = d.path().join("CD");
    write_cd(&cd, &specs(3));
    std::fs::write(
        cd.join("DICOM/ST000001/SE000001/EXTRA01"),
        dicom_file(&DicomSpec::example(9)),
    )
    .expect("write");
    let r = check(d.path());
    assert_good(&r, "CD/DICOMDIR", "dicomdir", 3);
    let m = &doc(&r, "CD/DICOMDIR")["medium"];
    assert_eq!(n(&m["images_unindexed"]), 1);
    assert_eq!(m["notes"][0]["code"], "unindexed-files");
}

#[test]
fn a_length_bomb_is_refused_quickly() {
    let d = dossier();
    let bomb = with_length_bomb(&dicom_file(&DicomSpec::example(1)));
    for i in 0..20 {
        d.write(&format!("beelden/IM{i:02}.dcm"), &bomb);
    }
    let started = Instant::now();
    let r = check(d.path());
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
    assert_bad(&r, "beelden", "image-damaged");
    assert!(message(doc(&r, "beelden"), "image-damaged").contains("more than the whole file"));
}

#[test]
fn loose_damaged_files_are_reported_per_kind() {
    let d = dossier();
    d.write("beelden/goed.dcm", dicom_file(&DicomSpec::example(1)));
    d.write("beelden/leeg.dcm", b"");
    let cut = dicom_file(&DicomSpec::example(2));
    d.write("beelden/half.dcm", &cut[..cut.len() / 2]);
    d.write(
        "beelden/tekst.dcm",
        b"not a DICOM file, only named like one",
    );
    let r = check(d.path());
    assert_bad(&r, "beelden", "image-empty");
    assert_eq!(
        codes(doc(&r, "beelden")),
        ["image-empty", "image-truncated", "image-damaged"]
    );
    assert_eq!(n(&doc(&r, "beelden")["medium"]["images_readable"]), 1);
}

#[test]
fn a_damaged_cd_inside_a_zip_and_inside_an_iso() {
    let d = dossier();
    let mut files = cd_files(&specs(3));
    files.retain(|(p, _)| p != "DICOM/ST000001/SE000001/IM000002");
    d.write("portal.zip", zip_bytes(&files, true));
    let refs: Vec<(&str, Vec<u8>)> = files.iter().map(|(p, b)| (p.as_str(), b.clone())).collect();
    d.write("disc.iso", iso_image(&refs));
    let r = check(d.path());
    for path in ["portal.zip", "disc.iso"] {
        let m = doc(&r, path);
        assert_eq!(m["readable"], false, "{m:#}");
        assert_eq!(codes(m), ["dicomdir-missing-file"], "{m:#}");
        assert_eq!(n(&m["medium"]["images_missing"]), 1);
        assert_eq!(n(&m["medium"]["images_readable"]), 2);
    }
    assert_eq!(imaging(&r), "needs-review");
}

/// A small deterministic generator (xorshift), so damage is random but every run the same.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Cuts, bit flips and overwritten length-sized runs of bytes.
fn damaged_variants(original: &[u8], count: usize, rng: &mut Rng) -> Vec<Vec<u8>> {
    (0..count)
        .map(|i| {
            let mut bytes = original.to_vec();
            match i % 3 {
                0 => bytes.truncate(rng.below(original.len())),
                1 => {
                    for _ in 0..1 + rng.below(8) {
                        let at = rng.below(bytes.len());
                        bytes[at] ^= 1 << rng.below(8);
                    }
                }
                _ => {
                    let at = rng.below(bytes.len().saturating_sub(4));
                    bytes[at..at + 4].copy_from_slice(&[0xFF, 0xFF, 0xFF, 0x7F]);
                }
            }
            bytes
        })
        .collect()
}

#[test]
fn random_damage_never_panics_or_hangs() {
    use dossiercheck::read::media::iso::{read_image, Image};
    use dossiercheck::read::media::{parse_dicomdir, read_header};

    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let started = Instant::now();
    let image = dicom_file(&DicomSpec::example(1));
    for bytes in damaged_variants(&image, 600, &mut rng) {
        let _ = read_header(&mut bytes.as_slice(), bytes.len() as u64);
    }
    let files = cd_files(&specs(3));
    let index = &files[0].1;
    for bytes in damaged_variants(index, 600, &mut rng) {
        let _ = parse_dicomdir(&bytes);
    }
    let refs: Vec<(&str, Vec<u8>)> = files.iter().map(|(p, b)| (p.as_str(), b.clone())).collect();
    let iso = iso_image(&refs);
    for bytes in damaged_variants(&iso, 150, &mut rng) {
        let docs = read_image(&Image::Memory(bytes), "disc.iso");
        assert!(!docs.is_empty(), "every disc image yields a document");
    }
    let zip = zip_bytes(&files, true);
    let dir = tempfile::tempdir().expect("temporary folder");
    for (i, bytes) in damaged_variants(&zip, 150, &mut rng)
        .into_iter()
        .enumerate()
    {
        let path = dir.path().join(format!("portal{i}.zip"));
        std::fs::write(&path, &bytes).expect("write zip");
        let entry = dossiercheck::walk::Entry::standalone(&path);
        let docs = dossiercheck::read::media::zip::read(&entry);
        assert!(!docs.is_empty(), "every zip yields a document");
    }
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "damaged inputs are refused quickly, took {:?}",
        started.elapsed()
    );
}
