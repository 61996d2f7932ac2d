//! The imaging summary and the cross-checks between the images and the letters, end to end: the
//! `media` array of the JSON report for every way images arrive, and each `warnings` code both
//! triggered and, in a matching control dossier, not triggered. Every dossier has an outpatient
//! letter about "mevr. A. Testpersoon, geb. 01-01-1980" (the patient of `DicomSpec::example`).

mod common;

use common::letters::{self, strs};
use common::run::{check_json, req, run_check, status};
use common::{cd_files, dicom_file, iso_image, pdf_text, write_cd, DicomSpec, Dossier};
use serde_json::Value;

/// A dossier with the outpatient letter that names the patient.
fn dossier() -> Dossier {
    let d = Dossier::new();
    let letter = letters::specialist_letter("15 augustus 2026");
    d.write("brieven/polikliniekbrief.pdf", pdf_text(&strs(&letter)));
    d
}

/// Adds a radiology report whose examination line is `exam` (e.g. "Onderzoek: MRI rechterpols").
fn add_report(d: &Dossier, file: &str, date: &str, exam: &str) {
    let report = [
        "Ziekenhuis Rijnstad",
        "Afdeling Radiologie",
        "",
        "Verslag radiologie",
        &format!("Datum onderzoek: {date}"),
        exam,
        "Bevindingen: artrose van het radiocarpale gewricht, geen fractuur.",
        "Conclusie: radiocarpale artrose.",
        "dr. R. Radioloog, radioloog",
    ];
    d.write(file, pdf_text(&report));
}

/// `n` images of one study: the example patient, on `date` (YYYYMMDD) with `modality`; `study`
/// tells studies apart.
fn study(n: u32, date: &str, modality: &str, study: u32) -> Vec<DicomSpec> {
    (1..=n)
        .map(|i| {
            let mut spec = DicomSpec::example(i);
            spec.study_date = date.to_string();
            spec.modality = modality.to_string();
            spec.study_description = format!("{modality} pols rechts");
            spec.study_uid = format!("{}.{study}", spec.study_uid);
            spec.series_uid = format!("{}.1", spec.study_uid);
            spec.sop_uid = format!("{}.{i}", spec.series_uid);
            spec
        })
        .collect()
}

/// The example patient's MRI of 2026-09-15, `n` images.
fn mri(n: u32) -> Vec<DicomSpec> {
    (1..=n).map(DicomSpec::example).collect()
}

/// The entry of `media` at `path`.
fn medium<'a>(report: &'a Value, path: &str) -> &'a Value {
    report["media"]
        .as_array()
        .expect("media is an array")
        .iter()
        .find(|m| m["path"] == path)
        .unwrap_or_else(|| panic!("no medium {path:?} in {:#}", report["media"]))
}

/// The warning codes of a report, in order.
fn warning_codes(report: &Value) -> Vec<String> {
    report["warnings"]
        .as_array()
        .expect("warnings is an array")
        .iter()
        .map(|w| w["code"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// The warning with `code`, failing the test when there is none.
fn warning<'a>(report: &'a Value, code: &str) -> &'a Value {
    report["warnings"]
        .as_array()
        .expect("warnings is an array")
        .iter()
        .find(|w| w["code"] == code)
        .unwrap_or_else(|| panic!("no warning {code} in {:#}", report["warnings"]))
}

fn files(warning: &Value) -> Vec<&str> {
    warning["files"]
        .as_array()
        .expect("files is an array")
        .iter()
        .filter_map(Value::as_str)
        .collect()
}

fn message(warning: &Value) -> &str {
    warning["message"].as_str().expect("message is a string")
}

fn n(v: &Value) -> u64 {
    v.as_u64().unwrap_or_else(|| panic!("not a number: {v}"))
}

// ---------------------------------------------------------------------------------------------
// The media array

#[test]
fn a_folder_cd_is_summarised_with_every_field() {
    let d = dossier();
    write_cd(&d.path().join("CD MRI"), &mri(3));
    add_report(
        &d,
        "verslag.pdf",
        "15-09-2026",
        "Onderzoek: MRI rechterpols",
    );
    let (r, _) = check_json(d.path(), &[]);
    let m = medium(&r, "CD MRI/DICOMDIR");
    assert_eq!(m["format"], "dicomdir");
    assert_eq!(m["readable"], true);
    assert_eq!(n(&m["images_listed"]), 3);
    assert_eq!(n(&m["images_readable"]), 3);
    for field in [
        "images_missing",
        "images_unreadable",
        "images_mismatched",
        "images_unindexed",
    ] {
        assert_eq!(n(&m[field]), 0, "{field} in {m:#}");
    }
    assert_eq!(m["patients"][0]["name"], "Testpersoon Anna");
    assert_eq!(m["patients"][0]["id"], "TEST0001");
    assert_eq!(m["patients"][0]["birth_date"], "1980-01-01");
    let s = &m["studies"][0];
    assert_eq!(s["date"], "2026-09-15");
    assert_eq!(s["modality"], "MR");
    assert_eq!(s["description"], "MRI hand links");
    assert_eq!(s["body_part"], "HAND");
    assert_eq!(n(&s["series"]), 1);
    assert_eq!(n(&s["images"]), 3);
    assert_eq!(m["problems"], Value::Array(vec![]));
    assert_eq!(m["notes"], Value::Array(vec![]));
    // The documents keep their own summary, and only media are in `media`.
    assert!(r["documents"].as_array().is_some_and(|ds| ds
        .iter()
        .any(|d| d["path"] == "CD MRI/DICOMDIR" && d["medium"]["images_readable"] == 3)));
    assert_eq!(r["media"].as_array().map(Vec::len), Some(1));
    // The same patient as the letters, and a report of the same date and modality: the controls of
    // every warning below.
    assert!(warning_codes(&r).is_empty(), "{:#}", r["warnings"]);
}

#[test]
fn loose_files_are_one_medium_named_by_their_folder() {
    let d = dossier();
    for (i, spec) in mri(2).iter().enumerate() {
        d.write(&format!("beelden/IM{i}.dcm"), dicom_file(spec));
    }
    let (r, _) = check_json(d.path(), &[]);
    let m = medium(&r, "beelden");
    assert_eq!(m["format"], "dicom");
    assert_eq!(m["readable"], true);
    assert_eq!(m["images_listed"], Value::Null, "no index, nothing listed");
    assert_eq!(n(&m["images_readable"]), 2);
    assert_eq!(m["studies"][0]["modality"], "MR");
}

#[test]
fn an_iso_image_is_a_medium() {
    let d = dossier();
    let files = cd_files(&mri(3));
    let refs: Vec<(&str, Vec<u8>)> = files.iter().map(|(p, b)| (p.as_str(), b.clone())).collect();
    d.write("schijf/mri.iso", iso_image(&refs));
    let (r, _) = check_json(d.path(), &[]);
    let m = medium(&r, "schijf/mri.iso");
    assert_eq!(m["format"], "iso");
    assert_eq!(m["readable"], true);
    assert_eq!(n(&m["images_listed"]), 3);
    assert_eq!(n(&m["images_readable"]), 3);
    assert_eq!(m["patients"][0]["name"], "Testpersoon Anna");
}

#[test]
fn a_medium_with_missing_images_shows_its_problems_and_counts() {
    let d = dossier();
    write_cd(&d.path().join("cd"), &mri(3));
    std::fs::remove_file(d.path().join("cd/DICOM/ST000001/SE000001/IM000002"))
        .expect("remove one image");
    let (r, _) = check_json(d.path(), &[]);
    let m = medium(&r, "cd/DICOMDIR");
    assert_eq!(m["readable"], false);
    assert_eq!(n(&m["images_missing"]), 1);
    assert_eq!(n(&m["images_readable"]), 2);
    assert!(
        m["problems"]
            .as_array()
            .is_some_and(|ps| ps.iter().any(|p| p["code"] == "dicomdir-missing-file")),
        "{m:#}"
    );
}

#[test]
fn a_dossier_without_media_has_empty_lists() {
    let d = dossier();
    let (r, _) = check_json(d.path(), &[]);
    assert_eq!(r["media"], Value::Array(vec![]));
    assert_eq!(r["warnings"], Value::Array(vec![]));
}

// ---------------------------------------------------------------------------------------------
// Patients on the media against the letters

#[test]
fn images_of_two_patients_on_one_medium() {
    let d = dossier();
    let mut specs = mri(2);
    let mut other = DicomSpec::example(3);
    other.patient_name = "Anderpersoon^Bea".into();
    other.patient_id = "TEST0002".into();
    other.birth_date = "19700202".into();
    specs.push(other);
    write_cd(&d.path().join("cd"), &specs);
    let (r, _) = check_json(d.path(), &[]);
    let w = warning(&r, "media-several-patients");
    assert_eq!(files(w), ["cd/DICOMDIR"]);
    assert!(message(w).contains("Anderpersoon Bea"), "{}", message(w));
    assert!(message(w).contains("Testpersoon Anna"), "{}", message(w));
    // Bea is also not the patient of the letters.
    let codes = warning_codes(&r);
    assert!(codes.contains(&"media-patient-name-differs".to_string()));
    assert!(codes.contains(&"media-birth-date-differs".to_string()));
}

#[test]
fn one_patient_under_two_ids_and_spellings_is_one_patient() {
    let d = dossier();
    let mut specs = mri(2);
    // The same woman as registered by another hospital: upper case, another ID.
    let mut elsewhere = DicomSpec::example(3);
    elsewhere.patient_name = "TESTPERSOON^ANNA".into();
    elsewhere.patient_id = "RIJN-778".into();
    specs.push(elsewhere);
    write_cd(&d.path().join("cd"), &specs);
    add_report(
        &d,
        "verslag.pdf",
        "15-09-2026",
        "Onderzoek: MRI rechterpols",
    );
    let (r, _) = check_json(d.path(), &[]);
    assert_eq!(
        medium(&r, "cd/DICOMDIR")["patients"]
            .as_array()
            .map(Vec::len),
        Some(2)
    );
    assert!(warning_codes(&r).is_empty(), "{:#}", r["warnings"]);
}

#[test]
fn a_patient_named_otherwise_than_in_the_letters() {
    let d = dossier();
    // Under two IDs, so one person with two records: one warning, and not "several patients".
    let specs: Vec<DicomSpec> = mri(2)
        .into_iter()
        .enumerate()
        .map(|(i, mut s)| {
            s.patient_name = "Anderpersoon^Bea".into();
            s.patient_id = format!("ID{i}");
            s
        })
        .collect();
    write_cd(&d.path().join("cd"), &specs);
    add_report(
        &d,
        "verslag.pdf",
        "15-09-2026",
        "Onderzoek: MRI rechterpols",
    );
    let (r, _) = check_json(d.path(), &[]);
    let patients = medium(&r, "cd/DICOMDIR")["patients"]
        .as_array()
        .map(Vec::len);
    assert_eq!(patients, Some(2));
    assert_eq!(warning_codes(&r), ["media-patient-name-differs"]);
    let w = warning(&r, "media-patient-name-differs");
    assert_eq!(files(w), ["cd/DICOMDIR"]);
    assert!(
        message(w).contains("Anderpersoon Bea") && message(w).contains("A. Testpersoon"),
        "{}",
        message(w)
    );
}

#[test]
fn names_that_may_be_the_same_person_do_not_warn() {
    let d = dossier();
    // Surname only, in capitals, with a title in the prefix component.
    let specs: Vec<DicomSpec> = mri(2)
        .into_iter()
        .map(|mut s| {
            s.patient_name = "TESTPERSOON^^^MEVR".into();
            s
        })
        .collect();
    write_cd(&d.path().join("cd"), &specs);
    add_report(
        &d,
        "verslag.pdf",
        "15-09-2026",
        "Onderzoek: MRI rechterpols",
    );
    let (r, _) = check_json(d.path(), &[]);
    assert!(warning_codes(&r).is_empty(), "{:#}", r["warnings"]);
}

#[test]
fn a_birth_date_other_than_in_the_letters() {
    let d = dossier();
    let specs: Vec<DicomSpec> = mri(2)
        .into_iter()
        .map(|mut s| {
            s.birth_date = "19810101".into();
            s
        })
        .collect();
    write_cd(&d.path().join("cd"), &specs);
    add_report(
        &d,
        "verslag.pdf",
        "15-09-2026",
        "Onderzoek: MRI rechterpols",
    );
    let (r, _) = check_json(d.path(), &[]);
    assert_eq!(warning_codes(&r), ["media-birth-date-differs"]);
    let w = warning(&r, "media-birth-date-differs");
    assert_eq!(files(w), ["cd/DICOMDIR"]);
    assert!(
        message(w).contains("01-01-1981") && message(w).contains("01-01-1980"),
        "{}",
        message(w)
    );
}

// ---------------------------------------------------------------------------------------------
// Studies against the radiology reports

#[test]
fn the_most_recent_study_without_a_report() {
    let d = dossier();
    let mut specs = mri(2);
    specs.extend(study(2, "20261020", "CT", 7));
    write_cd(&d.path().join("cd"), &specs);
    // The report is of the older MRI; the CT of 20-10-2026 has none.
    add_report(
        &d,
        "verslag mri.pdf",
        "15-09-2026",
        "Onderzoek: MRI rechterpols",
    );
    let (r, _) = check_json(d.path(), &[]);
    assert_eq!(warning_codes(&r), ["imaging-study-without-report"]);
    // The older MRI's report alone does not meet "the report of the most recent imaging".
    assert_eq!(status(&r, "imaging-report"), "missing", "{r:#}");
    let reason = req(&r, "imaging-report")["reason"].as_str().unwrap_or("");
    assert!(
        reason.contains("nieuwste onderzoek") && reason.contains("20-10-2026"),
        "{reason}"
    );
    let w = warning(&r, "imaging-study-without-report");
    assert_eq!(files(w), ["cd/DICOMDIR"]);
    assert!(
        message(w).contains("20-10-2026") && message(w).contains("CT"),
        "{}",
        message(w)
    );

    // Control: with the CT's report as well, nothing to warn about.
    add_report(
        &d,
        "verslag ct.pdf",
        "20-10-2026",
        "Onderzoek: CT-scan rechterpols",
    );
    let (r, _) = check_json(d.path(), &[]);
    assert!(warning_codes(&r).is_empty(), "{:#}", r["warnings"]);
    assert_eq!(status(&r, "imaging-report"), "met", "{r:#}");
}

#[test]
fn a_report_of_the_same_modality_on_another_day_covers_the_study() {
    let d = dossier();
    write_cd(&d.path().join("cd"), &mri(2));
    // Reported two days after the scan, without a date in the examination's own line.
    add_report(
        &d,
        "verslag.pdf",
        "17-09-2026",
        "Onderzoek: MRI rechterpols",
    );
    let (r, _) = check_json(d.path(), &[]);
    assert!(warning_codes(&r).is_empty(), "{:#}", r["warnings"]);
}

#[test]
fn an_old_report_of_the_same_modality_does_not_cover_a_new_study() {
    let d = dossier();
    write_cd(&d.path().join("cd"), &mri(2));
    add_report(
        &d,
        "verslag 2024.pdf",
        "12-03-2024",
        "Onderzoek: MRI rechterpols van 12-03-2024",
    );
    let (r, _) = check_json(d.path(), &[]);
    assert_eq!(
        warning_codes(&r),
        [
            "imaging-study-without-report",
            "imaging-report-without-images"
        ]
    );
    let w = warning(&r, "imaging-report-without-images");
    assert_eq!(files(w), ["verslag 2024.pdf"]);
    assert!(
        message(w).contains("MR, 12-03-2024") && message(w).contains("MRI rechterpols"),
        "{}",
        message(w)
    );
}

#[test]
fn a_report_of_an_examination_no_medium_holds() {
    let d = dossier();
    write_cd(&d.path().join("cd"), &mri(2));
    add_report(
        &d,
        "verslag mri.pdf",
        "15-09-2026",
        "Onderzoek: MRI rechterpols",
    );
    add_report(
        &d,
        "verslag echo.pdf",
        "02-10-2026",
        "Onderzoek: echo rechterpols",
    );
    let (r, _) = check_json(d.path(), &[]);
    assert_eq!(warning_codes(&r), ["imaging-report-without-images"]);
    let w = warning(&r, "imaging-report-without-images");
    assert_eq!(files(w), ["verslag echo.pdf"]);
    assert!(message(w).contains("US, 02-10-2026"), "{}", message(w));
}

#[test]
fn a_negated_or_planned_examination_does_not_cover_a_study() {
    let d = dossier();
    write_cd(&d.path().join("cd"), &study(2, "20260915", "CT", 7));
    add_report(
        &d,
        "verslag.pdf",
        "01-08-2026",
        "Onderzoek: echo rechterpols. Een CT is niet verricht. Een MRI wordt overwogen.",
    );
    let (r, _) = check_json(d.path(), &[]);
    assert_eq!(
        warning_codes(&r),
        [
            "imaging-study-without-report",
            "imaging-report-without-images"
        ]
    );
    assert!(
        message(warning(&r, "imaging-report-without-images")).contains("(US, 01-08-2026)"),
        "{:#}",
        r["warnings"]
    );

    // Control: the same report naming the CT as done covers it.
    add_report(
        &d,
        "verslag.pdf",
        "01-08-2026",
        "Onderzoek: echo en CT rechterpols. Een MRI wordt overwogen.",
    );
    let (r, _) = check_json(d.path(), &[]);
    assert!(warning_codes(&r).is_empty(), "{:#}", r["warnings"]);
}

#[test]
fn without_an_imaging_table_only_the_patient_checks_run() {
    let d = dossier();
    let specs: Vec<DicomSpec> = study(2, "20261020", "CT", 7)
        .into_iter()
        .map(|mut s| {
            s.birth_date = "19810101".into();
            s
        })
        .collect();
    write_cd(&d.path().join("cd"), &specs);
    add_report(
        &d,
        "verslag.pdf",
        "15-09-2026",
        "Onderzoek: echo rechterpols",
    );
    let (r, _) = check_json(d.path(), &[]);
    assert_eq!(
        warning_codes(&r),
        [
            "media-birth-date-differs",
            "imaging-study-without-report",
            "imaging-report-without-images"
        ]
    );

    let builtin = include_str!("../rules/second-opinion.toml");
    let start = builtin.find("\n[imaging]").expect("built-in has [imaging]");
    let end = start
        + builtin[start..]
            .find("\n# ----")
            .expect("a section follows [imaging]");
    let without = format!("{}{}", &builtin[..start], &builtin[end..]);
    // Outside the dossier, so the checklist is not read as one of its documents.
    let rules = Dossier::new();
    let checklist = rules.write("no-imaging.toml", without);
    let path = checklist.to_str().expect("UTF-8 path");
    let (r, _) = check_json(d.path(), &["--checklist", path]);
    assert_eq!(warning_codes(&r), ["media-birth-date-differs"]);
}

// ---------------------------------------------------------------------------------------------
// Language and the text report

#[test]
fn messages_follow_the_report_language() {
    let d = dossier();
    let specs: Vec<DicomSpec> = mri(2)
        .into_iter()
        .map(|mut s| {
            s.birth_date = "19810101".into();
            s
        })
        .collect();
    write_cd(&d.path().join("cd"), &specs);
    add_report(
        &d,
        "verslag.pdf",
        "15-09-2026",
        "Onderzoek: MRI rechterpols",
    );
    let (r, _) = check_json(d.path(), &["--lang", "en"]);
    let w = warning(&r, "media-birth-date-differs");
    assert!(
        message(w).contains("1981-01-01") && message(w).contains("the letters say 1980-01-01"),
        "{}",
        message(w)
    );
}

#[test]
fn the_text_report_summarises_media_and_lists_warnings() {
    let d = dossier();
    let mut specs = Vec::new();
    for (i, date) in [
        "20260101", "20260201", "20260301", "20260401", "20260501", "20260601",
    ]
    .iter()
    .enumerate()
    {
        specs.extend(study(1, date, "CR", 10 + i as u32));
    }
    write_cd(&d.path().join("cd"), &specs);
    let run = run_check(d.path(), &[]);
    let out = &run.stdout;
    let images = out.find("Beelden:").unwrap_or_else(|| panic!("{out}"));
    let note = out.find("Let op:").unwrap_or_else(|| panic!("{out}"));
    let verdict = out.find("Resultaat:").unwrap_or_else(|| panic!("{out}"));
    assert!(images < note && note < verdict, "{out}");
    assert!(
        out.contains("  cd/DICOMDIR: leesbaar, 6 beelden; patiënt Testpersoon Anna (01-01-1980)"),
        "{out}"
    );
    // Newest first, five of them, then a count.
    assert!(
        out.contains("    01-06-2026  CR  CR pols rechts (1 beeld)"),
        "{out}"
    );
    assert!(!out.contains("01-01-2026  CR"), "{out}");
    assert!(out.contains("… en 1 meer"), "{out}");
    assert!(
        out.contains("  - Voor het meest recente onderzoek op de beelden (01-06-2026, CR"),
        "{out}"
    );

    let run = run_check(d.path(), &["--lang", "en"]);
    assert!(run.stdout.contains("Images:"), "{}", run.stdout);
    assert!(run.stdout.contains("Note:"), "{}", run.stdout);
    assert!(run.stdout.contains("… and 1 more"), "{}", run.stdout);
}

#[test]
fn the_html_report_lists_warnings_escaped() {
    let d = dossier();
    let specs: Vec<DicomSpec> = mri(1)
        .into_iter()
        .map(|mut s| {
            s.patient_name = "Ander<b>persoon^Bea".into();
            s
        })
        .collect();
    write_cd(&d.path().join("cd"), &specs);
    add_report(
        &d,
        "verslag.pdf",
        "15-09-2026",
        "Onderzoek: MRI rechterpols",
    );
    let run = run_check(d.path(), &["--format", "html"]);
    assert!(
        run.stdout
            .contains("data-code=\"media-patient-name-differs\""),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("Ander&lt;b&gt;persoon Bea"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("<b>persoon"), "{}", run.stdout);
}
