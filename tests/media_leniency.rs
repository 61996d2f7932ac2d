//! Media that are damaged in a way that does or does not cost data: a DICOMDIR whose lengths run a
//! few bytes past the end of the file while every record is whole (read, with a note), one whose
//! records are cut (still damaged); ISO images with files whose bytes lie past the end of the image
//! (named, and unverifiable when an image or the index is among them).

mod common;

use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;
use common::media::specs;
use common::{cd_files, dicom_file, iso_image, pdf_text, write_cd, Dossier};
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
    assert!(
        matches!(out.status.code(), Some(0) | Some(1)),
        "exit code {:?}\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

fn doc<'a>(report: &'a Value, path: &str) -> &'a Value {
    report["documents"]
        .as_array()
        .and_then(|ds| ds.iter().find(|d| d["path"] == path))
        .unwrap_or_else(|| panic!("no document {path:?} in {:#}", report["documents"]))
}

fn codes(list: &Value) -> Vec<String> {
    list.as_array()
        .map(|ps| {
            ps.iter()
                .filter_map(|p| p["code"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn message(list: &Value, code: &str) -> String {
    list.as_array()
        .and_then(|ps| ps.iter().find(|p| p["code"] == code))
        .and_then(|p| p["detail"].as_str())
        .unwrap_or_else(|| panic!("no {code} in {list:#}"))
        .to_string()
}

fn imaging(report: &Value) -> String {
    report["requirements"]
        .as_array()
        .and_then(|rs| rs.iter().find(|r| r["id"] == "imaging-cd"))
        .and_then(|r| r["status"].as_str())
        .expect("imaging-cd requirement")
        .to_string()
}

/// A fixture DICOMDIR (explicit VR little endian, undefined-length sequence and items, records of
/// plain elements only) rewritten with defined lengths, as many disc writers do, and its record
/// offsets moved with the records; the sequence is made the last element. Returns the bytes, where the sequence's length field is and
/// where the last item's length field is.
fn with_defined_lengths(dicomdir: &[u8]) -> (Vec<u8>, usize, usize) {
    const SEQUENCE: [u8; 12] = [4, 0, 0x20, 0x12, b'S', b'Q', 0, 0, 0xFF, 0xFF, 0xFF, 0xFF];
    const ITEM: [u8; 4] = [0xFE, 0xFF, 0x00, 0xE0];
    const ITEM_END: [u8; 4] = [0xFE, 0xFF, 0x0D, 0xE0];
    const SEQUENCE_END: [u8; 4] = [0xFE, 0xFF, 0xDD, 0xE0];
    let start = dicomdir
        .windows(12)
        .position(|w| w == SEQUENCE)
        .expect("an undefined-length record sequence");
    let mut items: Vec<(usize, &[u8])> = Vec::new();
    let mut pos = start + 12;
    while dicomdir[pos..pos + 4] != SEQUENCE_END {
        assert_eq!(dicomdir[pos..pos + 4], ITEM, "an item at {pos}");
        let body = pos + 8;
        let mut p = body;
        while dicomdir[p..p + 4] != ITEM_END {
            p = next_element(dicomdir, p);
        }
        items.push((pos, &dicomdir[body..p]));
        pos = p + 8;
    }
    // Elements after the sequence (the fixture's Specific Character Set, needless for its ASCII
    // records) are dropped, so the sequence ends the file as it does on most discs.

    let mut moved = std::collections::HashMap::new();
    let mut at = start + 12;
    for (old, body) in &items {
        moved.insert(*old as u32, at as u32);
        at += 8 + body.len();
    }
    let mut out = dicomdir[..start + 8].to_vec();
    let total: usize = items.iter().map(|(_, b)| 8 + b.len()).sum();
    out.extend_from_slice(&(total as u32).to_le_bytes());
    let mut last_item_len = 0;
    for (_, body) in &items {
        out.extend_from_slice(&ITEM);
        last_item_len = out.len();
        out.extend_from_slice(&(body.len() as u32).to_le_bytes());
        out.extend_from_slice(body);
    }
    move_offsets(&mut out, &moved);
    (out, start + 8, last_item_len)
}

/// Where the explicit-VR-little-endian element at `p` ends.
fn next_element(bytes: &[u8], p: usize) -> usize {
    let vr = &bytes[p + 4..p + 6];
    let long = matches!(
        vr,
        b"OB"
            | b"OD"
            | b"OF"
            | b"OL"
            | b"OV"
            | b"OW"
            | b"SQ"
            | b"SV"
            | b"UC"
            | b"UN"
            | b"UR"
            | b"UT"
            | b"UV"
    );
    if long {
        let len = u32::from_le_bytes(bytes[p + 8..p + 12].try_into().expect("4 bytes"));
        p + 12 + len as usize
    } else {
        p + 8 + u16::from_le_bytes([bytes[p + 6], bytes[p + 7]]) as usize
    }
}

/// Rewrites every record offset (UL (0004,1200), (0004,1202), (0004,1400), (0004,1420)) through
/// `moved`; zero stays zero.
fn move_offsets(bytes: &mut [u8], moved: &std::collections::HashMap<u32, u32>) {
    let tags: [[u8; 4]; 4] = [
        [4, 0, 0, 0x12],
        [4, 0, 2, 0x12],
        [4, 0, 0, 0x14],
        [4, 0, 0x20, 0x14],
    ];
    let mut i = 0;
    while i + 12 <= bytes.len() {
        let is_offset =
            tags.iter().any(|t| bytes[i..i + 4] == *t) && bytes[i + 4..i + 8] == *b"UL\x04\x00";
        if is_offset {
            let old = u32::from_le_bytes(bytes[i + 8..i + 12].try_into().expect("4 bytes"));
            if old != 0 {
                let new = moved.get(&old).copied().expect("offset points at a record");
                bytes[i + 8..i + 12].copy_from_slice(&new.to_le_bytes());
            }
            i += 12;
        } else {
            i += 1;
        }
    }
}

/// Adds `by` to the little-endian length field at `at`.
fn lengthen(bytes: &mut [u8], at: usize, by: u32) {
    let len = u32::from_le_bytes(bytes[at..at + 4].try_into().expect("4 bytes"));
    bytes[at..at + 4].copy_from_slice(&(len + by).to_le_bytes());
}

/// A CD folder `name` in `d` whose DICOMDIR is `index` and whose three images are all there.
fn cd_with_index(d: &Dossier, name: &str, index: &[u8]) {
    let cd = d.path().join(name);
    write_cd(&cd, &specs(3));
    std::fs::write(cd.join("DICOMDIR"), index).expect("write DICOMDIR");
}

#[test]
fn a_dicomdir_with_defined_lengths_is_read_without_a_note() {
    let original = cd_files(&specs(3)).remove(0).1;
    let (defined, _, _) = with_defined_lengths(&original);
    let d = dossier();
    cd_with_index(&d, "CD", &defined);
    let r = check(d.path());
    let m = doc(&r, "CD/DICOMDIR");
    assert_eq!(m["readable"], true, "{m:#}");
    assert!(codes(&m["problems"]).is_empty(), "{m:#}");
    assert!(codes(&m["medium"]["notes"]).is_empty(), "{m:#}");
    assert_eq!(imaging(&r), "met");
}

#[test]
fn a_dicomdir_whose_lengths_overrun_the_file_is_read_with_a_note() {
    let original = cd_files(&specs(3)).remove(0).1;
    let (defined, sequence_len, last_item_len) = with_defined_lengths(&original);
    let mut both = defined.clone();
    lengthen(&mut both, sequence_len, 6);
    lengthen(&mut both, last_item_len, 6);
    let mut sequence_only = defined.clone();
    lengthen(&mut sequence_only, sequence_len, 8);
    let d = dossier();
    cd_with_index(&d, "CD1", &both);
    cd_with_index(&d, "CD2", &sequence_only);
    // The same index on an ISO image: every medium shares the index reader.
    let mut files = cd_files(&specs(3));
    files[0].1 = both.clone();
    let refs: Vec<(&str, Vec<u8>)> = files.iter().map(|(p, b)| (p.as_str(), b.clone())).collect();
    d.write("schijf.iso", iso_image(&refs));
    let r = check(d.path());
    for (path, by) in [("CD1/DICOMDIR", 6), ("CD2/DICOMDIR", 8), ("schijf.iso", 6)] {
        let m = doc(&r, path);
        assert_eq!(m["readable"], true, "{m:#}");
        assert!(codes(&m["problems"]).is_empty(), "{m:#}");
        assert_eq!(m["medium"]["images_listed"], 3, "{m:#}");
        assert_eq!(m["medium"]["images_readable"], 3, "{m:#}");
        let note = message(&m["medium"]["notes"], "dicomdir-length-overrun");
        assert!(note.contains(&format!("{by} bytes")), "{note}");
    }
    assert_eq!(imaging(&r), "met");
}

#[test]
fn a_dicomdir_whose_records_are_cut_is_still_damaged() {
    let original = cd_files(&specs(3)).remove(0).1;
    let (defined, _, last_item_len) = with_defined_lengths(&original);
    let d = dossier();
    // Cut inside the last element: a record is not whole.
    cd_with_index(&d, "CD1", &defined[..defined.len() - 3]);
    // The whole last record gone, the lengths left: far more than a miscount.
    cd_with_index(&d, "CD2", &defined[..last_item_len - 4]);
    let r = check(d.path());
    for path in ["CD1/DICOMDIR", "CD2/DICOMDIR"] {
        let m = doc(&r, path);
        assert_eq!(m["readable"], false, "{m:#}");
        assert!(
            codes(&m["problems"]).contains(&"dicomdir-damaged".to_string()),
            "{m:#}"
        );
        assert!(codes(&m["medium"]["notes"]).is_empty(), "{m:#}");
    }
    assert_eq!(imaging(&r), "needs-review");
}

/// An ISO image of `files` in which the files named in `beyond` (placed last, in that order) lie
/// past the end: the image is cut after the other files and its declared volume size made to match,
/// so the image itself does not look cut short.
fn iso_with_files_beyond_end(files: &[(String, Vec<u8>)], beyond: &[&str]) -> Vec<u8> {
    let mut ordered: Vec<(&str, Vec<u8>)> = files
        .iter()
        .filter(|(p, _)| !beyond.contains(&p.as_str()))
        .map(|(p, b)| (p.as_str(), b.clone()))
        .collect();
    let mut moved_bytes = 0;
    for name in beyond {
        let (p, b) = files
            .iter()
            .find(|(p, _)| p == name)
            .expect("file to move beyond the end");
        ordered.push((p.as_str(), b.clone()));
        moved_bytes += b.len().div_ceil(2048) * 2048;
    }
    let mut iso = iso_image(&ordered);
    // The writer places file data last, in the order given: the moved files end the image.
    let cut = iso.len() - moved_bytes;
    iso.truncate(cut);
    let sectors = (cut / 2048) as u32;
    for descriptor in [16, 17] {
        let at = descriptor * 2048 + 80;
        iso[at..at + 4].copy_from_slice(&sectors.to_le_bytes());
        iso[at + 4..at + 8].copy_from_slice(&sectors.to_be_bytes());
    }
    iso
}

#[test]
fn files_past_the_end_of_an_iso_are_named() {
    let files = cd_files(&specs(3));
    let image = "DICOM/ST000001/SE000001/IM000003";
    let d = dossier();
    d.write("beeld.iso", iso_with_files_beyond_end(&files, &[image]));
    d.write(
        "index.iso",
        iso_with_files_beyond_end(&files, &["DICOMDIR"]),
    );
    d.write(
        "leesmij.iso",
        iso_with_files_beyond_end(&files, &["README.TXT"]),
    );
    let loose: Vec<(String, Vec<u8>)> = specs(2)
        .iter()
        .enumerate()
        .map(|(i, s)| (format!("BEELDEN/IM{}", i + 1), dicom_file(s)))
        .collect();
    d.write(
        "los.iso",
        iso_with_files_beyond_end(&loose, &["BEELDEN/IM2"]),
    );
    let r = check(d.path());

    for (path, named) in [
        ("beeld.iso", image),
        ("index.iso", "DICOMDIR"),
        ("los.iso", "BEELDEN/IM2"),
    ] {
        let m = doc(&r, path);
        assert_eq!(m["readable"], false, "{m:#}");
        let problems = codes(&m["problems"]);
        assert!(!problems.contains(&"iso-truncated".to_string()), "{m:#}");
        let problem = message(&m["problems"], "iso-file-out-of-bounds");
        assert!(problem.contains(named), "{problem}");
    }
    // Only the viewer's read-me lies outside: the images are all there, so it is a note.
    let m = doc(&r, "leesmij.iso");
    assert_eq!(m["readable"], true, "{m:#}");
    assert!(codes(&m["problems"]).is_empty(), "{m:#}");
    let note = message(&m["medium"]["notes"], "iso-file-out-of-bounds");
    assert!(note.contains("README.TXT"), "{note}");
    assert_eq!(imaging(&r), "met", "leesmij.iso alone meets it");
}

/// Root (as in CI containers) reads any file, so this runs only where permissions hold; the mapping
/// itself is unit-tested in `read::media::check`.
#[cfg(unix)]
#[test]
fn a_dicomdir_that_may_not_be_opened_is_not_called_damaged() {
    use std::os::unix::fs::PermissionsExt;
    let d = dossier();
    let cd = d.path().join("CD");
    write_cd(&cd, &specs(2));
    let index = cd.join("DICOMDIR");
    std::fs::set_permissions(&index, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    if std::fs::read(&index).is_ok() {
        return;
    }
    let r = check(d.path());
    let m = doc(&r, "CD/DICOMDIR");
    let problems = codes(&m["problems"]);
    assert!(problems.contains(&"permission-denied".to_string()), "{m:#}");
    assert!(!problems.contains(&"dicomdir-damaged".to_string()), "{m:#}");
    std::fs::set_permissions(&index, std::fs::Permissions::from_mode(0o644)).expect("chmod back");
}
