//! `dossiercheck check` on whole dossiers built in temporary folders: every requirement present and
//! missing, noise and ignored files, file names that lie, Word and English letters, imaging CDs in
//! every shape they arrive in, declared facts, unreadable files, configuration errors, the promise
//! never to touch the dossier, and the text report staff read.
//!
//! Every run is `--as-of 2026-11-23`; the letters are dated in 2026.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use common::letters::{self, strs};
use common::run::*;
use common::{
    cd_files, dicom_file, docx_text, iso_image, jpeg_bytes, pdf_encrypted, pdf_image_only,
    pdf_text, write_cd, DicomSpec, Dossier,
};

// ---------------------------------------------------------------------------------------------------
// Builders

fn pdf(lines: &[String]) -> Vec<u8> {
    pdf_text(&strs(lines))
}

fn docx(lines: &[String]) -> Vec<u8> {
    docx_text(&strs(lines))
}

fn images(n: u32) -> Vec<DicomSpec> {
    (1..=n).map(DicomSpec::example).collect()
}

/// The parts of a complete second-opinion dossier, by the requirement each one meets.
const PARTS: [&str; 6] = [
    "referral",
    "history",
    "correspondence",
    "imaging-report",
    "operation-report",
    "imaging-cd",
];

/// A complete dossier (no treatment abroad, so no MRSA screening needed) without the parts named in
/// `skip`. The specialist letter mentions an MRI and an operation, so imaging and operation reports
/// apply even when those documents are skipped.
fn dossier_without(skip: &[&str]) -> Dossier {
    for s in skip {
        assert!(PARTS.contains(s), "unknown part {s}");
    }
    let d = Dossier::new();
    let has = |part: &str| !skip.contains(&part);
    if has("referral") {
        d.write(
            "verwijsbrief huisarts.pdf",
            pdf(&letters::referral("1 oktober 2026")),
        );
    }
    if has("history") {
        d.write(
            "huisartsensamenvatting.pdf",
            pdf(&letters::history("28-09-2026")),
        );
    }
    if has("correspondence") {
        d.write(
            "brieven/polikliniek orthopedie.pdf",
            pdf(&letters::specialist_letter("15 augustus 2026")),
        );
    }
    if has("imaging-report") {
        d.write(
            "brieven/verslag radiologie.pdf",
            pdf(&letters::radiology_report("03-08-2026")),
        );
    }
    if has("operation-report") {
        d.write(
            "brieven/operatieverslag.pdf",
            pdf(&letters::operation_report("12-03-2024")),
        );
    }
    if has("imaging-cd") {
        write_cd(&d.path().join("CD MRI pols"), &images(3));
    }
    d
}

fn full_dossier() -> Dossier {
    dossier_without(&[])
}

/// Fails unless requirement `id` applies, is not met, has status `expected` and asks for something.
fn assert_not_met(report: &serde_json::Value, id: &str, expected: &str) {
    let r = req(report, id);
    assert_eq!(r["status"], expected, "{id}: {r:#}");
    assert_eq!(r["applies"], true, "{id}: {r:#}");
    assert_eq!(r["met"], false, "{id}: {r:#}");
    assert!(
        r["request"].as_str().is_some_and(|s| !s.is_empty()),
        "{id} not met must say what to request: {r:#}"
    );
    assert_eq!(report["complete"], false);
}

fn assert_met_by(report: &serde_json::Value, id: &str, path: &str) {
    let r = req(report, id);
    assert_eq!(r["status"], "met", "{id}: {r:#}");
    assert_eq!(r["met"], true, "{id}: {r:#}");
    assert_eq!(r["applies"], true, "{id}: {r:#}");
    assert!(r["request"].is_null(), "{id} met asks for nothing: {r:#}");
    assert!(
        evidence_paths(r).iter().any(|p| p == path),
        "{id} cites {path}: {r:#}"
    );
}

/// Checks that a dossier lacking exactly `part` reports it missing, everything else unchanged, exit 1.
fn assert_only_missing(part: &str) {
    let d = dossier_without(&[part]);
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1, "{report:#}");
    assert_not_met(&report, part, "missing");
    for other in PARTS.iter().filter(|p| **p != part) {
        assert_eq!(status(&report, other), "met", "{other} in {report:#}");
    }
    assert_eq!(status(&report, "mrsa"), "not-applicable");
}

// ---------------------------------------------------------------------------------------------------
// Each requirement present and missing

#[test]
fn full_dossier_is_complete_and_exits_0() {
    let d = full_dossier();
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(report["complete"], true);
    assert_eq!(report["as_of"], AS_OF);
    assert_met_by(&report, "referral", "verwijsbrief huisarts.pdf");
    assert_met_by(&report, "history", "huisartsensamenvatting.pdf");
    assert_met_by(
        &report,
        "correspondence",
        "brieven/polikliniek orthopedie.pdf",
    );
    assert_met_by(&report, "imaging-cd", "CD MRI pols/DICOMDIR");
    assert_met_by(&report, "imaging-report", "brieven/verslag radiologie.pdf");
    assert_met_by(&report, "operation-report", "brieven/operatieverslag.pdf");
    let mrsa = req(&report, "mrsa");
    assert_eq!(mrsa["status"], "not-applicable");
    assert_eq!(mrsa["applies"], false);
    assert_eq!(mrsa["met"], false);
    assert!(mrsa["request"].is_null());
    let ids: Vec<String> = statuses(&report).into_iter().map(|(id, _)| id).collect();
    assert_eq!(
        ids,
        [
            "referral",
            "history",
            "correspondence",
            "imaging-cd",
            "imaging-report",
            "operation-report",
            "mrsa"
        ],
        "requirements in checklist order"
    );
}

#[test]
fn full_dossier_text_report_says_complete_and_exits_0() {
    let d = full_dossier();
    let run = run_check(d.path(), &[]);
    run.expect_code(0);
    assert!(run.stdout.contains("Resultaat: COMPLEET"), "{}", run.stdout);
    assert!(!run.stdout.contains("Nog op te vragen"), "{}", run.stdout);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn missing_referral_is_reported_and_exits_1() {
    assert_only_missing("referral");
}

#[test]
fn missing_history_is_reported_and_exits_1() {
    assert_only_missing("history");
}

#[test]
fn missing_correspondence_is_reported_and_exits_1() {
    assert_only_missing("correspondence");
}

#[test]
fn missing_imaging_cd_is_reported_and_exits_1() {
    assert_only_missing("imaging-cd");
}

#[test]
fn missing_imaging_report_is_reported_and_exits_1() {
    assert_only_missing("imaging-report");
}

#[test]
fn missing_imaging_report_beside_a_plainly_named_cd_is_reported_and_exits_1() {
    let d = dossier_without(&["imaging-report", "imaging-cd"]);
    write_cd(&d.path().join("CD"), &images(3));
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1, "{report:#}");
    assert_not_met(&report, "imaging-report", "missing");
    assert_eq!(status(&report, "imaging-cd"), "met");
}

#[test]
fn missing_operation_report_is_reported_and_exits_1() {
    assert_only_missing("operation-report");
}

#[test]
fn missing_referral_reason_names_what_was_looked_for() {
    let d = dossier_without(&["referral"]);
    let (report, _) = check_json(d.path(), &[]);
    let r = req(&report, "referral");
    assert!(r["evidence"].as_array().unwrap().is_empty(), "{r:#}");
    assert!(
        r["reason"].as_str().unwrap().contains("verwijsbrief"),
        "{r:#}"
    );
}

#[test]
fn mrsa_applies_after_admission_abroad_and_is_met_by_a_recent_screening() {
    let d = full_dossier();
    d.write(
        "brieven/discharge letter.pdf",
        pdf(&letters::english_discharge_letter("14 July 2026")),
    );
    d.write("uitslag mrsa.pdf", pdf(&letters::mrsa_result("01-11-2026")));
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(report["complete"], true);
    assert_met_by(&report, "mrsa", "uitslag mrsa.pdf");
    assert_eq!(fact(&report, "treated_abroad")["value"], true);
    assert_eq!(doc(&report, "uitslag mrsa.pdf")["kind"], "mrsa-screening");
    assert_eq!(doc(&report, "uitslag mrsa.pdf")["date"], "2026-11-01");
}

#[test]
fn mrsa_missing_after_admission_abroad_exits_1() {
    let d = full_dossier();
    d.write(
        "brieven/discharge letter.pdf",
        pdf(&letters::english_discharge_letter("14 July 2026")),
    );
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1);
    assert_not_met(&report, "mrsa", "missing");
    let treated = fact(&report, "treated_abroad");
    assert_eq!(treated["value"], true);
    assert_eq!(treated["source"], "text");
    assert!(
        quotes(treated, "admitted to our hospital in Spain"),
        "{treated:#}"
    );
}

#[test]
fn mrsa_screening_older_than_60_days_is_outdated() {
    let d = full_dossier();
    d.write(
        "brieven/discharge letter.pdf",
        pdf(&letters::english_discharge_letter("14 July 2026")),
    );
    d.write("uitslag mrsa.pdf", pdf(&letters::mrsa_result("01-08-2026")));
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1);
    assert_not_met(&report, "mrsa", "outdated");
    assert_eq!(evidence_paths(req(&report, "mrsa")), ["uitslag mrsa.pdf"]);
}

// ---------------------------------------------------------------------------------------------------
// Nested folders, noise and ignored files

#[test]
fn cd_viewer_autorun_index_and_readme_do_not_change_verdicts() {
    // The same dossier with a bare CD (DICOMDIR and images only) and with the burner's noise.
    let bare = dossier_without(&["imaging-cd"]);
    for (rel, bytes) in cd_files(&images(3)) {
        if rel == "DICOMDIR" || rel.starts_with("DICOM/") {
            bare.write(&format!("CD MRI pols/{rel}"), bytes);
        }
    }
    let noisy = full_dossier();
    noisy.write("CD MRI pols/VIEWER/lib/viewer.dll", [0x4D, 0x5A, 0, 0]);
    noisy.write("diversen/ondertekening.txt.lnk", b"L\0\0\0");

    let (bare_report, bare_code) = check_json(bare.path(), &[]);
    let (noisy_report, noisy_code) = check_json(noisy.path(), &[]);
    assert_eq!(statuses(&bare_report), statuses(&noisy_report));
    assert_eq!(bare_code, noisy_code);
    assert_eq!(noisy_report["complete"], true);

    let paths = doc_paths(&noisy_report);
    for noise in [
        "CD MRI pols/AUTORUN.INF",
        "CD MRI pols/index.html",
        "CD MRI pols/VIEWER/viewer.exe",
        "CD MRI pols/VIEWER/lib/viewer.dll",
    ] {
        assert!(!paths.contains(&noise.to_string()), "{noise} in {paths:?}");
        assert!(
            ignored(&noisy_report)
                .iter()
                .any(|(p, r)| p == noise && r == "not-a-document"),
            "{noise} ignored as not a document: {:?}",
            ignored(&noisy_report)
        );
    }
    // The images are one medium, not one document per file.
    assert!(
        !paths.iter().any(|p| p.contains("IM00000")),
        "images are gathered into the medium: {paths:?}"
    );
}

#[test]
fn cd_readme_is_not_taken_for_an_imaging_report() {
    let d = dossier_without(&["imaging-report"]);
    let (report, code) = check_json(d.path(), &[]);
    let readme = find_doc(&report, "CD MRI pols/README.TXT");
    assert!(
        readme.is_none_or(|r| r["kind"].is_null()),
        "the viewer's readme is no letter: {readme:#?}"
    );
    assert_eq!(status(&report, "imaging-report"), "missing", "{report:#}");
    assert_eq!(code, 1);
    assert!(
        !evidence_paths(fact(&report, "imaging_done"))
            .contains(&"CD MRI pols/README.TXT".to_string()),
        "{report:#}"
    );
}

#[test]
fn system_hidden_and_lock_files_are_ignored_with_reasons() {
    let d = full_dossier();
    d.write(".DS_Store", b"\0\0\0\x01Bud1");
    d.write("brieven/Thumbs.db", b"\xD0\xCF\x11\xE0");
    d.write("desktop.ini", b"[.ShellClassInfo]\r\n");
    d.write(
        "__MACOSX/brieven/._operatieverslag.pdf",
        pdf(&letters::operation_report("12-03-2024")),
    );
    d.write("brieven/~$lock.docx", b"\x05T. Huisarts");
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    let ignored = ignored(&report);
    for (path, reason) in [
        (".DS_Store", "hidden"),
        ("brieven/Thumbs.db", "system-file"),
        ("desktop.ini", "system-file"),
        ("__MACOSX", "system-file"),
        ("brieven/~$lock.docx", "office-lock-file"),
    ] {
        assert!(
            ignored.contains(&(path.to_string(), reason.to_string())),
            "{path} ignored as {reason}: {ignored:?}"
        );
    }
    let paths = doc_paths(&report);
    for path in [
        ".DS_Store",
        "brieven/Thumbs.db",
        "desktop.ini",
        "brieven/~$lock.docx",
    ] {
        assert!(!paths.contains(&path.to_string()), "{path} in {paths:?}");
    }
    assert!(
        !paths.iter().any(|p| p.starts_with("__MACOSX")),
        "nothing under __MACOSX is read: {paths:?}"
    );
    assert_eq!(
        evidence_paths(req(&report, "operation-report")),
        ["brieven/operatieverslag.pdf"]
    );
}

#[test]
fn letters_in_nested_folders_are_found() {
    let d = Dossier::new();
    d.write(
        "2026/november/van huisarts/verwijsbrief.pdf",
        pdf(&letters::referral("1 oktober 2026")),
    );
    d.write(
        "2026/september/his/samenvatting.docx",
        docx(&letters::history("28-09-2026")),
    );
    d.write(
        "2026/augustus/ziekenhuis/poli/brief.pdf",
        pdf(&letters::specialist_letter_nothing_done("15 augustus 2026")),
    );
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_met_by(
        &report,
        "referral",
        "2026/november/van huisarts/verwijsbrief.pdf",
    );
    assert_met_by(&report, "history", "2026/september/his/samenvatting.docx");
    assert_met_by(
        &report,
        "correspondence",
        "2026/augustus/ziekenhuis/poli/brief.pdf",
    );
}

// ---------------------------------------------------------------------------------------------------
// File names that say nothing, or lie

#[test]
fn content_decides_the_kind_of_meaninglessly_named_files() {
    let d = full_dossier();
    std::fs::remove_file(d.path().join("verwijsbrief huisarts.pdf")).unwrap();
    std::fs::remove_file(d.path().join("huisartsensamenvatting.pdf")).unwrap();
    d.write(
        "document (3).pdf",
        pdf(&letters::referral("1 oktober 2026")),
    );
    d.write("scan0001.pdf", pdf(&letters::history("28-09-2026")));
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    for (path, kind) in [
        ("document (3).pdf", "referral"),
        ("scan0001.pdf", "history"),
    ] {
        let doc = doc(&report, path);
        assert_eq!(doc["kind"], kind, "{doc:#}");
        assert_eq!(doc["kind_basis"]["by"], "content", "{doc:#}");
        assert_eq!(doc["readable"], true);
    }
    assert_met_by(&report, "referral", "document (3).pdf");
    assert_met_by(&report, "history", "scan0001.pdf");
    assert_eq!(doc(&report, "document (3).pdf")["date"], "2026-10-01");
    assert_eq!(doc(&report, "scan0001.pdf")["date"], "2026-09-28");
}

#[test]
fn a_radiology_report_named_verwijsbrief_is_not_a_referral() {
    let d = dossier_without(&["referral", "imaging-report"]);
    d.write(
        "verwijsbrief.pdf",
        pdf(&letters::radiology_report("03-08-2026")),
    );
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1);
    let doc = doc(&report, "verwijsbrief.pdf");
    assert_eq!(doc["kind"], "imaging-report", "{doc:#}");
    assert_eq!(doc["kind_basis"]["by"], "content", "{doc:#}");
    assert_eq!(doc["date"], "2026-08-03");
    assert_met_by(&report, "imaging-report", "verwijsbrief.pdf");
    assert_not_met(&report, "referral", "missing");
    assert!(
        !evidence_paths(req(&report, "referral")).contains(&"verwijsbrief.pdf".to_string()),
        "{report:#}"
    );
}

// ---------------------------------------------------------------------------------------------------
// Word and English letters

#[test]
fn docx_letters_meet_requirements() {
    let d = dossier_without(&["correspondence", "referral"]);
    d.write(
        "brieven/polikliniek orthopedie.docx",
        docx(&letters::specialist_letter("15 augustus 2026")),
    );
    d.write(
        "Verwijzing.docx",
        docx(&letters::referral("1 oktober 2026")),
    );
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    let letter = doc(&report, "brieven/polikliniek orthopedie.docx");
    assert_eq!(letter["format"], "docx");
    assert_eq!(letter["kind"], "correspondence");
    assert_eq!(letter["readable"], true);
    assert_eq!(letter["date"], "2026-08-15");
    assert_met_by(
        &report,
        "correspondence",
        "brieven/polikliniek orthopedie.docx",
    );
    assert_met_by(&report, "referral", "Verwijzing.docx");
    assert!(
        quotes(req(&report, "referral"), "second opinion"),
        "{report:#}"
    );
}

#[test]
fn english_discharge_letter_meets_correspondence() {
    let d = dossier_without(&["correspondence"]);
    d.write(
        "discharge letter.pdf",
        pdf(&letters::english_discharge_letter("14 July 2026")),
    );
    let (report, _) = check_json(d.path(), &[]);
    let letter = doc(&report, "discharge letter.pdf");
    assert_eq!(letter["kind"], "correspondence", "{letter:#}");
    assert_eq!(letter["date"], "2026-07-14");
    assert_met_by(&report, "correspondence", "discharge letter.pdf");
    // Admitted in Spain: the MRSA screening applies and is missing.
    assert_not_met(&report, "mrsa", "missing");
}

// ---------------------------------------------------------------------------------------------------
// Imaging CDs in every shape

fn assert_cd_met(d: &Dossier, medium_path: &str, format: &str) -> serde_json::Value {
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_met_by(&report, "imaging-cd", medium_path);
    let medium = doc(&report, medium_path);
    assert_eq!(medium["format"], format, "{medium:#}");
    assert_eq!(medium["kind"], "imaging-cd", "{medium:#}");
    assert_eq!(medium["readable"], true, "{medium:#}");
    assert!(
        medium["medium"]["images_readable"].as_u64().unwrap_or(0) >= 1,
        "{medium:#}"
    );
    report
}

#[test]
fn cd_copied_as_a_folder_meets_imaging_cd() {
    let d = full_dossier();
    let report = assert_cd_met(&d, "CD MRI pols/DICOMDIR", "dicomdir");
    let medium = &doc(&report, "CD MRI pols/DICOMDIR")["medium"];
    assert_eq!(medium["images_listed"], 3, "{medium:#}");
    assert_eq!(medium["images_readable"], 3, "{medium:#}");
    assert_eq!(medium["images_missing"], 0, "{medium:#}");
}

#[test]
fn cd_nested_deep_meets_imaging_cd() {
    let d = dossier_without(&["imaging-cd"]);
    write_cd(
        &d.path()
            .join("bijlagen/ziekenhuis Rijnstad/beelden/2026/cd 1"),
        &images(2),
    );
    assert_cd_met(
        &d,
        "bijlagen/ziekenhuis Rijnstad/beelden/2026/cd 1/DICOMDIR",
        "dicomdir",
    );
}

#[test]
fn cd_copied_with_lower_case_names_meets_imaging_cd() {
    let d = dossier_without(&["imaging-cd"]);
    for (rel, bytes) in cd_files(&images(3)) {
        d.write(&format!("cd/{}", rel.to_lowercase()), bytes);
    }
    assert!(d
        .path()
        .join("cd/dicom/st000001/se000001/im000001")
        .exists());
    let report = assert_cd_met(&d, "cd/dicomdir", "dicomdir");
    assert_eq!(
        doc(&report, "cd/dicomdir")["medium"]["images_missing"],
        0,
        "{report:#}"
    );
}

#[test]
fn loose_dicom_files_meet_imaging_cd() {
    let d = dossier_without(&["imaging-cd"]);
    for (i, spec) in images(2).iter().enumerate() {
        d.write(&format!("beelden/IM{}.dcm", i + 1), dicom_file(spec));
    }
    let report = assert_cd_met(&d, "beelden", "dicom");
    assert_eq!(doc(&report, "beelden")["medium"]["images_readable"], 2);
}

#[test]
fn loose_dicom_files_without_extension_meet_imaging_cd() {
    let d = dossier_without(&["imaging-cd"]);
    for (i, spec) in images(2).iter().enumerate() {
        d.write(&format!("beelden/IM00000{}", i + 1), dicom_file(spec));
    }
    assert_cd_met(&d, "beelden", "dicom");
}

#[test]
fn iso_image_of_a_cd_meets_imaging_cd() {
    let d = dossier_without(&["imaging-cd"]);
    let files = cd_files(&images(3));
    let refs: Vec<(&str, Vec<u8>)> = files.iter().map(|(p, b)| (p.as_str(), b.clone())).collect();
    d.write("cd MRI pols.iso", iso_image(&refs));
    let report = assert_cd_met(&d, "cd MRI pols.iso", "iso");
    assert_eq!(
        doc(&report, "cd MRI pols.iso")["medium"]["images_readable"],
        3,
        "{report:#}"
    );
}

#[test]
fn dicomdir_whose_images_are_missing_is_unverifiable() {
    let d = dossier_without(&["imaging-cd"]);
    write_cd(&d.path().join("CD"), &images(3));
    std::fs::remove_dir_all(d.path().join("CD/DICOM")).unwrap();
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1);
    assert_not_met(&report, "imaging-cd", "needs-review");
    assert!(
        evidence_paths(req(&report, "imaging-cd")).contains(&"CD/DICOMDIR".to_string()),
        "{report:#}"
    );
    let medium = doc(&report, "CD/DICOMDIR");
    assert_eq!(medium["readable"], false, "{medium:#}");
    assert!(
        problem_codes(&report, "CD/DICOMDIR").contains(&"dicomdir-missing-file".to_string()),
        "{medium:#}"
    );
    assert_eq!(medium["medium"]["images_missing"], 3, "{medium:#}");
}

#[test]
fn dicomdir_with_some_images_missing_names_the_problem() {
    let d = dossier_without(&["imaging-cd"]);
    write_cd(&d.path().join("CD"), &images(3));
    std::fs::remove_file(d.path().join("CD/DICOM/ST000001/SE000001/IM000002")).unwrap();
    let (report, _) = check_json(d.path(), &[]);
    let medium = doc(&report, "CD/DICOMDIR");
    assert!(
        problem_codes(&report, "CD/DICOMDIR").contains(&"dicomdir-missing-file".to_string()),
        "{medium:#}"
    );
    assert_eq!(medium["medium"]["images_missing"], 1, "{medium:#}");
    assert_eq!(medium["medium"]["images_readable"], 2, "{medium:#}");
}

#[test]
fn photos_and_scans_are_not_taken_for_an_imaging_cd() {
    let d = dossier_without(&["imaging-cd"]);
    d.write("foto pols.jpg", jpeg_bytes());
    let (report, _) = check_json(d.path(), &[]);
    // A phone photo cannot be the CD: the CD is simply missing, and the photo is not its evidence.
    assert_not_met(&report, "imaging-cd", "missing");
    assert!(evidence_paths(req(&report, "imaging-cd")).is_empty());
}

// ---------------------------------------------------------------------------------------------------
// Declared facts

#[test]
fn dossier_toml_fact_makes_mrsa_apply() {
    let d = full_dossier();
    d.write("dossier.toml", "[facts]\ntreated_abroad = true\n");
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1);
    let treated = fact(&report, "treated_abroad");
    assert_eq!(treated["value"], true);
    assert_eq!(treated["source"], "dossier.toml");
    assert_not_met(&report, "mrsa", "missing");
    assert!(
        ignored(&report).contains(&("dossier.toml".to_string(), "dossier-facts".to_string())),
        "{report:#}"
    );
    assert!(find_doc(&report, "dossier.toml").is_none());
}

#[test]
fn command_line_fact_overrides_dossier_toml() {
    let d = full_dossier();
    d.write("dossier.toml", "[facts]\ntreated_abroad = true\n");
    let (report, code) = check_json(d.path(), &["--fact", "treated_abroad=false"]);
    assert_eq!(code, 0, "{report:#}");
    let treated = fact(&report, "treated_abroad");
    assert_eq!(treated["value"], false);
    assert_eq!(treated["source"], "command-line");
    assert_eq!(status(&report, "mrsa"), "not-applicable");
    assert!(
        req(&report, "mrsa")["reason"]
            .as_str()
            .unwrap()
            .contains("opgegeven bij het commando"),
        "{report:#}"
    );
}

#[test]
fn command_line_fact_overrides_the_letters() {
    let d = full_dossier();
    d.write(
        "brieven/discharge letter.pdf",
        pdf(&letters::english_discharge_letter("14 July 2026")),
    );
    let (report, code) = check_json(d.path(), &["--fact", "treated_abroad=false"]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(fact(&report, "treated_abroad")["source"], "command-line");
    assert_eq!(status(&report, "mrsa"), "not-applicable");
}

#[test]
fn unknown_fact_on_the_command_line_exits_2_naming_it() {
    let d = full_dossier();
    let run = run_check(
        d.path(),
        &["--format", "json", "--fact", "opgenomen_in_spanje=true"],
    );
    run.expect_code(2);
    assert!(
        run.stdout.is_empty(),
        "no report on an error: {}",
        run.stdout
    );
    assert!(run.stderr.contains("opgenomen_in_spanje"), "{}", run.stderr);
    assert!(
        run.stderr.contains("treated_abroad"),
        "lists known facts: {}",
        run.stderr
    );
}

#[test]
fn unknown_fact_in_dossier_toml_exits_2_naming_it() {
    let d = full_dossier();
    d.write("dossier.toml", "[facts]\nbmi_boven_40 = true\n");
    let run = run_check(d.path(), &[]);
    run.expect_code(2);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(run.stderr.contains("bmi_boven_40"), "{}", run.stderr);
    assert!(run.stderr.contains("dossier.toml"), "{}", run.stderr);
}

#[test]
fn fact_value_that_is_not_a_boolean_exits_2() {
    let d = full_dossier();
    let run = run_check(d.path(), &["--fact", "treated_abroad=misschien"]);
    run.expect_code(2);
    assert!(run.stderr.contains("misschien"), "{}", run.stderr);
    let run = run_check(d.path(), &["--fact", "treated_abroad"]);
    run.expect_code(2);
    assert!(run.stderr.contains("treated_abroad"), "{}", run.stderr);
}

#[test]
fn broken_dossier_toml_exits_2_with_file_line_and_column() {
    let d = full_dossier();
    d.write("dossier.toml", "# facts\n[facts]\ntreated_abroad = \n");
    let run = run_check(d.path(), &["--format", "json"]);
    run.expect_code(2);
    // A script gets the error entry a batch would give; people get the message on stderr.
    assert_eq!(run.json()["status"], "error", "{}", run.stdout);
    let at = format!("{}:3:", d.path().join("dossier.toml").display());
    assert!(run.stderr.contains(&at), "{at} in {}", run.stderr);
    let column = run.stderr.split(&at).nth(1).unwrap_or_default();
    assert!(
        column.starts_with(|c: char| c.is_ascii_digit()),
        "line:column in {}",
        run.stderr
    );
}

// ---------------------------------------------------------------------------------------------------
// Files the tool cannot read

fn truncated_pdf() -> Vec<u8> {
    let full = pdf(&letters::history("28-09-2026"));
    full[..full.len() / 2].to_vec()
}

/// A dossier complete but for the history letter, with `file` holding an unreadable `bytes`.
fn unreadable_case(file: &str, bytes: Vec<u8>, format: &str, code: &str) {
    let d = dossier_without(&["history"]);
    d.write(file, bytes);
    let (report, exit) = check_json(d.path(), &[]);
    assert_eq!(exit, 1, "{file}: {report:#}");
    let document = doc(&report, file);
    assert_eq!(document["readable"], false, "{file}: {document:#}");
    assert_eq!(document["format"], format, "{file}: {document:#}");
    assert_eq!(
        problem_codes(&report, file).first().map(String::as_str),
        Some(code),
        "{file}: {document:#}"
    );
    assert!(
        document["problems"][0]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()),
        "{document:#}"
    );
    // It could be the missing history letter: a person must look at it.
    assert_not_met(&report, "history", "needs-review");
    let history = req(&report, "history");
    assert!(
        evidence_paths(history).contains(&file.to_string()),
        "{file} cited for history: {history:#}"
    );
    assert!(
        history["reason"].as_str().unwrap().contains(file),
        "{history:#}"
    );
    // It meets nothing.
    for r in report["requirements"].as_array().unwrap() {
        if r["met"] == true {
            assert!(
                !evidence_paths(r).contains(&file.to_string()),
                "{file} meets {}: {r:#}",
                r["id"]
            );
        }
    }
}

#[test]
fn image_only_pdf_is_unreadable_and_unverifiable() {
    unreadable_case("scan0001.pdf", pdf_image_only(), "pdf", "image-only");
}

#[test]
fn jpeg_photo_is_unreadable_and_unverifiable() {
    unreadable_case("IMG_2041.jpg", jpeg_bytes(), "image", "image-only");
}

#[test]
fn encrypted_pdf_is_unreadable_and_unverifiable() {
    unreadable_case(
        "beveiligd.pdf",
        pdf_encrypted(&strs(&letters::history("28-09-2026"))),
        "pdf",
        "encrypted",
    );
}

#[test]
fn truncated_pdf_is_damaged_and_unverifiable() {
    unreadable_case("document.pdf", truncated_pdf(), "pdf", "damaged");
}

#[test]
fn empty_pdf_is_unreadable_and_unverifiable() {
    unreadable_case("bijlage.pdf", Vec::new(), "pdf", "empty-file");
}

#[test]
fn docx_that_is_not_a_zip_is_damaged_and_unverifiable() {
    unreadable_case(
        "bijlage 2.docx",
        b"Dit is geen Word-bestand maar platte tekst.".to_vec(),
        "docx",
        "damaged",
    );
}

#[cfg(unix)]
#[test]
fn file_without_read_permission_is_unverifiable() {
    use std::os::unix::fs::PermissionsExt;
    let d = dossier_without(&["history"]);
    let path = d.write("samenvatting.pdf", pdf(&letters::history("28-09-2026")));
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        eprintln!("skipped: running as a user who can read any file (root)");
        return;
    }
    let (report, code) = check_json(d.path(), &[]);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert_eq!(code, 1);
    let document = doc(&report, "samenvatting.pdf");
    assert_eq!(document["readable"], false);
    assert_eq!(
        problem_codes(&report, "samenvatting.pdf"),
        ["permission-denied"]
    );
    assert_not_met(&report, "history", "needs-review");
    assert!(evidence_paths(req(&report, "history")).contains(&"samenvatting.pdf".to_string()));
}

#[test]
fn encrypted_letter_named_after_its_kind_never_meets_it() {
    let d = dossier_without(&["operation-report"]);
    d.write(
        "operatieverslag.pdf",
        pdf_encrypted(&strs(&letters::operation_report("12-03-2024"))),
    );
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1);
    assert_not_met(&report, "operation-report", "needs-review");
    assert_eq!(
        evidence_paths(req(&report, "operation-report")),
        ["operatieverslag.pdf"]
    );
    assert_eq!(problem_codes(&report, "operatieverslag.pdf"), ["encrypted"]);
}

#[test]
fn unreadable_files_are_listed_for_a_human_look_in_the_text_report() {
    let d = dossier_without(&["history"]);
    d.write("scan0001.pdf", pdf_image_only());
    let run = run_check(d.path(), &[]);
    run.expect_code(1);
    assert!(run.stdout.contains("Zelf bekijken"), "{}", run.stdout);
    assert!(run.stdout.contains("scan0001.pdf"), "{}", run.stdout);
    assert!(
        run.stdout
            .lines()
            .any(|l| l.trim_start().starts_with('?') && l.contains("voorgeschiedenis")),
        "{}",
        run.stdout
    );
}

// ---------------------------------------------------------------------------------------------------
// Usage and configuration errors

fn builtin_checklist_source() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/second-opinion.toml"))
        .expect("read the built-in checklist")
}

/// The 1-based line and column where `needle` starts in `text`.
fn line_column(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).expect("needle in text");
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

fn write_checklist(dir: &tempfile::TempDir, text: &str) -> PathBuf {
    let path = dir.path().join("mijn-checklist.toml");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn checklist_with_unknown_key_exits_2_with_file_line_column() {
    let source = builtin_checklist_source().replacen(
        "max_age_days = 183\n",
        "max_age_days = 183\nmaximum_leeftijd = 200\n",
        1,
    );
    let (line, column) = line_column(&source, "maximum_leeftijd");
    let conf = tempfile::tempdir().unwrap();
    let path = write_checklist(&conf, &source);
    let d = full_dossier();
    let run = run_check(d.path(), &["--checklist", path.to_str().unwrap()]);
    run.expect_code(2);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    let at = format!("{}:{line}:{column}", path.display());
    assert!(run.stderr.contains(&at), "{at} in {}", run.stderr);
    assert!(run.stderr.contains("maximum_leeftijd"), "{}", run.stderr);
}

#[test]
fn checklist_with_wrong_type_exits_2_with_file_line_column() {
    let source = builtin_checklist_source().replacen(
        "max_age_days = 60\n",
        "max_age_days = \"twee maanden\"\n",
        1,
    );
    let (line, _) = line_column(&source, "\"twee maanden\"");
    let conf = tempfile::tempdir().unwrap();
    let path = write_checklist(&conf, &source);
    let d = full_dossier();
    let run = run_check(
        d.path(),
        &["--checklist", path.to_str().unwrap(), "--format", "json"],
    );
    run.expect_code(2);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    let at = format!("{}:{line}:", path.display());
    assert!(run.stderr.contains(&at), "{at} in {}", run.stderr);
    let column = run.stderr.split(&at).nth(1).unwrap_or_default();
    assert!(
        column.starts_with(|c: char| c.is_ascii_digit()),
        "line:column in {}",
        run.stderr
    );
}

#[test]
fn checklist_that_does_not_exist_exits_2_naming_it() {
    let d = full_dossier();
    let missing = d.path().join("bestaat-niet.toml");
    let run = run_check(d.path(), &["--checklist", missing.to_str().unwrap()]);
    run.expect_code(2);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(run.stderr.contains("bestaat-niet.toml"), "{}", run.stderr);
}

#[test]
fn missing_dossier_folder_exits_2_with_a_clear_message() {
    let parent = tempfile::tempdir().unwrap();
    let missing = parent.path().join("dossier 1234");
    let run = run_check(&missing, &["--format", "json"]);
    run.expect_code(2);
    assert_eq!(run.json()["status"], "error", "{}", run.stdout);
    assert!(run.stderr.contains("dossier 1234"), "{}", run.stderr);
    assert!(run.stderr.contains("no such folder"), "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
}

#[test]
fn dossier_path_that_is_a_file_exits_2_with_a_clear_message() {
    let d = full_dossier();
    let file = d.path().join("verwijsbrief huisarts.pdf");
    let run = run_check(&file, &[]);
    run.expect_code(2);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(
        run.stderr.contains("verwijsbrief huisarts.pdf"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("not a folder"), "{}", run.stderr);
}

#[test]
fn as_of_that_is_not_a_date_exits_2() {
    let d = full_dossier();
    let run = run_raw(&["check", d.path().to_str().unwrap(), "--as-of", "31-02-2026"]);
    run.expect_code(2);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(run.stderr.contains("31-02-2026"), "{}", run.stderr);
}

#[test]
fn empty_folder_is_incomplete_without_panic() {
    let d = Dossier::new();
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1);
    assert_eq!(report["complete"], false);
    assert!(report["documents"].as_array().unwrap().is_empty());
    for id in ["referral", "history", "correspondence"] {
        assert_not_met(&report, id, "missing");
    }
    for id in ["imaging-cd", "imaging-report", "operation-report", "mrsa"] {
        assert_eq!(status(&report, id), "not-applicable", "{id}");
    }
    let run = run_check(d.path(), &[]);
    run.expect_code(1);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    assert!(run.stdout.contains("Nog op te vragen"), "{}", run.stdout);
}

// ---------------------------------------------------------------------------------------------------
// The dossier is evidence: nothing in it changes

#[derive(Debug, PartialEq, Eq)]
struct Entry {
    is_dir: bool,
    len: u64,
    modified: SystemTime,
    readonly: bool,
}

fn snapshot(root: &Path) -> BTreeMap<PathBuf, Entry> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let entry = entry.unwrap();
            let meta = std::fs::symlink_metadata(entry.path()).unwrap();
            if meta.is_dir() {
                stack.push(entry.path());
            }
            out.insert(
                entry.path().strip_prefix(root).unwrap().to_path_buf(),
                Entry {
                    is_dir: meta.is_dir(),
                    len: meta.len(),
                    modified: meta.modified().unwrap(),
                    readonly: meta.permissions().readonly(),
                },
            );
        }
    }
    out
}

#[test]
fn a_run_creates_changes_or_deletes_nothing_in_the_dossier() {
    let d = full_dossier();
    d.write("scan0001.pdf", pdf_image_only());
    d.write(
        "beveiligd.pdf",
        pdf_encrypted(&strs(&letters::mrsa_result("01-11-2026"))),
    );
    d.write("leeg.pdf", Vec::new());
    d.write(
        "brief.docx",
        docx(&letters::english_discharge_letter("14 July 2026")),
    );
    d.write(".DS_Store", b"\0\0\0\x01Bud1");
    d.write("~$brief.docx", b"\x05lock");
    d.write("dossier.toml", "[facts]\ntreated_abroad = true\n");
    let files = cd_files(&images(2));
    let refs: Vec<(&str, Vec<u8>)> = files.iter().map(|(p, b)| (p.as_str(), b.clone())).collect();
    d.write("cd.iso", iso_image(&refs));
    let before = snapshot(d.path());
    let contents_before: Vec<Vec<u8>> = before
        .iter()
        .filter(|(_, e)| !e.is_dir)
        .map(|(p, _)| std::fs::read(d.path().join(p)).unwrap())
        .collect();

    for args in [
        &[][..],
        &["--format", "json"][..],
        &["--explain"][..],
        &["--fact", "operated=false", "--format", "json"][..],
    ] {
        let run = run_check(d.path(), args);
        assert_eq!(run.code, 1, "{args:?}: {}", run.stderr);
    }

    let after = snapshot(d.path());
    assert_eq!(
        before, after,
        "paths, sizes and modification times unchanged"
    );
    let contents_after: Vec<Vec<u8>> = after
        .iter()
        .filter(|(_, e)| !e.is_dir)
        .map(|(p, _)| std::fs::read(d.path().join(p)).unwrap())
        .collect();
    assert!(contents_before == contents_after, "contents unchanged");
}

// ---------------------------------------------------------------------------------------------------
// The text report and the JSON contract

#[test]
fn text_report_is_dutch_with_marks_for_each_status() {
    let d = Dossier::new();
    // ✗: a referral "for treatment" without a question.
    d.write(
        "verwijsbrief.pdf",
        pdf(&letters::referral_without_question("1 oktober 2026")),
    );
    // ?: a history letter without a date.
    d.write("samenvatting.pdf", pdf(&letters::history_undated()));
    // ✓: a specialist letter; – : it says nothing was imaged or operated.
    d.write(
        "polibrief.pdf",
        pdf(&letters::specialist_letter_nothing_done("15 augustus 2026")),
    );
    let run = run_check(d.path(), &[]);
    run.expect_code(1);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    let out = &run.stdout;
    let line_of = |title: &str| {
        out.lines()
            .find(|l| l.contains(title))
            .unwrap_or_else(|| panic!("a line for {title} in\n{out}"))
            .trim_start()
            .to_string()
    };
    assert!(
        line_of("Verwijsbrief met vraagstelling").starts_with('✗'),
        "{out}"
    );
    assert!(
        line_of("Recente brief over de voorgeschiedenis").starts_with('?'),
        "{out}"
    );
    assert!(
        line_of("Correspondentie van de behandelend").starts_with('✓'),
        "{out}"
    );
    assert!(line_of("Beelden op cd").starts_with('–'), "{out}");
    assert!(line_of("Operatieverslag").starts_with('–'), "{out}");
    assert!(line_of("MRSA").starts_with('–'), "{out}");
    assert!(out.contains("Resultaat: NIET COMPLEET"), "{out}");
    assert!(out.contains("Nog op te vragen:"), "{out}");
    assert!(out.contains("peildatum 23-11-2026"), "{out}");
    // The request for the referral is among the items to ask for.
    let asks = out.split("Nog op te vragen:").nth(1).unwrap();
    assert!(asks.contains("Een verwijsbrief"), "{out}");
    // No English in a Dutch report.
    assert!(
        !out.contains("Result:") && !out.contains("To request"),
        "{out}"
    );
}

#[test]
fn text_report_lists_every_missing_item_to_request() {
    let d = dossier_without(&["history", "imaging-cd", "operation-report"]);
    let run = run_check(d.path(), &[]);
    run.expect_code(1);
    let asks = run
        .stdout
        .split("Nog op te vragen:")
        .nth(1)
        .unwrap_or_else(|| panic!("{}", run.stdout));
    for request in [
        "medische voorgeschiedenis",
        "Een cd met de beelden",
        "Alle operatieverslagen",
    ] {
        assert!(asks.contains(request), "{request} in {}", run.stdout);
    }
    assert!(!asks.contains("Een verwijsbrief"), "{}", run.stdout);
}

#[test]
fn explain_shows_the_quotes_facts_and_documents() {
    let d = full_dossier();
    let run = run_check(d.path(), &["--explain"]);
    run.expect_code(0);
    assert!(
        run.stdout
            .contains("Graag verwijs ik patiënte naar u voor een second opinion."),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("Feiten:"), "{}", run.stdout);
    assert!(run.stdout.contains("Documenten:"), "{}", run.stdout);
}

#[test]
fn json_output_is_only_the_report_and_stderr_is_empty() {
    let d = dossier_without(&["history"]);
    d.write("scan0001.pdf", pdf_image_only());
    d.write("leeg.pdf", Vec::new());
    let run = run_check(d.path(), &["--format", "json"]);
    run.expect_code(1);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    let report = run.json();
    for key in [
        "dossier",
        "checklist",
        "as_of",
        "complete",
        "requirements",
        "documents",
        "facts",
        "ignored",
    ] {
        assert!(report.get(key).is_some(), "{key} in {report:#}");
    }
    assert_eq!(report["checklist"]["language"], "nl");
    for r in report["requirements"].as_array().unwrap() {
        for key in [
            "id", "title", "applies", "met", "status", "reason", "evidence", "request",
        ] {
            assert!(r.get(key).is_some(), "{key} in {r:#}");
        }
    }
    for d in report["documents"].as_array().unwrap() {
        for key in ["path", "format", "kind", "date", "readable", "problems"] {
            assert!(d.get(key).is_some(), "{key} in {d:#}");
        }
    }
    for id in ["imaging_done", "operated", "treated_abroad"] {
        let f = fact(&report, id);
        assert!(f["value"].is_boolean(), "{f:#}");
        assert!(f["source"].is_string(), "{f:#}");
    }
}

#[test]
fn json_and_text_agree_on_the_verdict() {
    let d = dossier_without(&["history"]);
    let (report, json_code) = check_json(d.path(), &[]);
    let run = run_check(d.path(), &[]);
    assert_eq!(json_code, run.code);
    assert_eq!(report["complete"], false);
    assert!(run.stdout.contains("NIET COMPLEET"));
}

// ---------------------------------------------------------------------------------------------------
// Another clinic's checklist

const PATHOLOGY_CHECKLIST: &str = r#"
[checklist]
name = { nl = "Intake oncologie", en = "Oncology intake" }
version = "0.1"
language = "nl"

[[kind]]
id = "referral"
title = { nl = "Verwijsbrief", en = "Referral letter" }
cues = ["verwijsbrief", "verwijzing", "verwijs ik"]
name_cues = ["verwijs*"]

[[kind]]
id = "pathology"
title = { nl = "PA-verslag", en = "Pathology report" }
cues = ["pa-verslag", "pathologie", "patholoog"]
name_cues = ["pa-verslag", "pathologie"]

[[requirement]]
id = "referral"
title = { nl = "Verwijsbrief", en = "Referral letter" }
kinds = ["referral"]
max_age_days = 365
request = { nl = "Een verwijsbrief.", en = "A referral letter." }

[[requirement]]
id = "pathology"
title = { nl = "PA-verslag", en = "Pathology report" }
kinds = ["pathology"]
request = { nl = "Het PA-verslag van het weefselonderzoek.", en = "The pathology report." }
"#;

#[test]
fn custom_checklist_for_pathology_works_without_code_changes() {
    let conf = tempfile::tempdir().unwrap();
    let checklist = write_checklist(&conf, PATHOLOGY_CHECKLIST);
    let checklist = checklist.to_str().unwrap();

    let d = Dossier::new();
    d.write("verwijzing.pdf", pdf(&letters::referral("1 oktober 2026")));
    let (report, code) = check_json(d.path(), &["--checklist", checklist]);
    assert_eq!(code, 1);
    assert_eq!(report["checklist"]["name"], "Intake oncologie");
    assert_eq!(
        statuses(&report),
        [
            ("referral".to_string(), "met".to_string()),
            ("pathology".to_string(), "missing".to_string())
        ]
    );
    assert_eq!(
        req(&report, "pathology")["request"],
        "Het PA-verslag van het weefselonderzoek."
    );

    d.write(
        "scan0007.pdf",
        pdf(&letters::pathology_report("20-10-2026")),
    );
    let (report, code) = check_json(d.path(), &["--checklist", checklist]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(report["complete"], true);
    assert_eq!(doc(&report, "scan0007.pdf")["kind"], "pathology");
    assert_met_by(&report, "pathology", "scan0007.pdf");
    // The second-opinion facts and requirements are not part of this checklist.
    assert!(
        report["facts"].as_object().unwrap().is_empty(),
        "{report:#}"
    );

    let run = run_check(d.path(), &["--checklist", checklist]);
    run.expect_code(0);
    assert!(run.stdout.contains("Intake oncologie"), "{}", run.stdout);
    assert!(run.stdout.contains("✓ PA-verslag"), "{}", run.stdout);
}

#[test]
fn custom_english_checklist_reports_in_english() {
    let conf = tempfile::tempdir().unwrap();
    let checklist = write_checklist(
        &conf,
        &PATHOLOGY_CHECKLIST.replacen("language = \"nl\"", "language = \"en\"", 1),
    );
    let d = Dossier::new();
    d.write("verwijzing.pdf", pdf(&letters::referral("1 oktober 2026")));
    let run = run_check(d.path(), &["--checklist", checklist.to_str().unwrap()]);
    run.expect_code(1);
    assert!(run.stdout.contains("Oncology intake"), "{}", run.stdout);
    assert!(run.stdout.contains("To request:"), "{}", run.stdout);
    assert!(
        run.stdout.contains("The pathology report."),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("Nog op te vragen"), "{}", run.stdout);
}

// ---------------------------------------------------------------------------------------------------
// More shapes of unreadable and odd files

#[test]
fn old_word_document_is_unsupported_and_unverifiable() {
    // An old .doc (OLE container) named after the missing history letter.
    let mut bytes = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    bytes.resize(1536, 0);
    let d = dossier_without(&["history"]);
    d.write("samenvatting huisarts.doc", bytes);
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1);
    let document = doc(&report, "samenvatting huisarts.doc");
    assert_eq!(document["readable"], false, "{document:#}");
    assert_eq!(document["format"], "unsupported", "{document:#}");
    assert_eq!(
        problem_codes(&report, "samenvatting huisarts.doc"),
        ["unsupported-format"]
    );
    assert_not_met(&report, "history", "needs-review");
    assert!(
        evidence_paths(req(&report, "history")).contains(&"samenvatting huisarts.doc".to_string())
    );
}

#[test]
fn password_protected_word_file_is_encrypted_and_unverifiable() {
    // A protected .docx is an OLE container, not a zip.
    let mut bytes = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    bytes.resize(1536, 0);
    let d = dossier_without(&["history"]);
    d.write("bijlage.docx", bytes);
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(problem_codes(&report, "bijlage.docx"), ["encrypted"]);
    assert_eq!(doc(&report, "bijlage.docx")["readable"], false);
    assert_not_met(&report, "history", "needs-review");
}

#[test]
fn pdf_with_hardly_any_text_is_not_readable() {
    // A scan with only a stamped date as text: nothing a clerk could verify.
    let d = dossier_without(&["history"]);
    d.write("bijlage.pdf", pdf_text(&["12-03-2026"]));
    let (report, _) = check_json(d.path(), &[]);
    let document = doc(&report, "bijlage.pdf");
    assert_eq!(document["readable"], false, "{document:#}");
    assert!(
        !problem_codes(&report, "bijlage.pdf").is_empty(),
        "{document:#}"
    );
    assert_not_met(&report, "history", "needs-review");
}

#[test]
fn plain_text_letter_is_read() {
    let d = dossier_without(&["history"]);
    d.write(
        "samenvatting.txt",
        letters::history("28-09-2026").join("\n"),
    );
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(doc(&report, "samenvatting.txt")["format"], "text");
    assert_met_by(&report, "history", "samenvatting.txt");
}

#[test]
fn zipped_cd_from_a_patient_portal_needs_a_human_look() {
    let d = dossier_without(&["imaging-cd"]);
    // A zip archive (local file header magic), as downloaded from a patient portal.
    d.write(
        "beelden-download.zip",
        b"PK\x03\x04\x14\0\0\0\0\0rest of an archive",
    );
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1);
    let document = doc(&report, "beelden-download.zip");
    assert_eq!(document["readable"], false, "{document:#}");
    assert!(
        !problem_codes(&report, "beelden-download.zip").is_empty(),
        "{document:#}"
    );
    assert_not_met(&report, "imaging-cd", "needs-review");
    assert!(
        evidence_paths(req(&report, "imaging-cd")).contains(&"beelden-download.zip".to_string())
    );
}

#[test]
fn damaged_iso_image_is_unverifiable() {
    let d = dossier_without(&["imaging-cd"]);
    let files = cd_files(&images(2));
    let refs: Vec<(&str, Vec<u8>)> = files.iter().map(|(p, b)| (p.as_str(), b.clone())).collect();
    let iso = iso_image(&refs);
    d.write("cd.iso", &iso[..40 * 1024.min(iso.len() / 2)]);
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1);
    assert_eq!(doc(&report, "cd.iso")["readable"], false, "{report:#}");
    assert!(!problem_codes(&report, "cd.iso").is_empty(), "{report:#}");
    assert_not_met(&report, "imaging-cd", "needs-review");
    assert!(evidence_paths(req(&report, "imaging-cd")).contains(&"cd.iso".to_string()));
}

#[test]
fn iso_image_holding_only_the_viewer_has_no_images() {
    let d = dossier_without(&["imaging-cd"]);
    let files = cd_files(&images(2));
    let refs: Vec<(&str, Vec<u8>)> = files
        .iter()
        .filter(|(p, _)| p != "DICOMDIR" && !p.starts_with("DICOM/"))
        .map(|(p, b)| (p.as_str(), b.clone()))
        .collect();
    d.write("cd.iso", iso_image(&refs));
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1);
    assert_eq!(doc(&report, "cd.iso")["readable"], false, "{report:#}");
    assert_eq!(req(&report, "imaging-cd")["met"], false, "{report:#}");
}

#[test]
fn iso_image_with_loose_images_and_no_dicomdir_meets_imaging_cd() {
    let d = dossier_without(&["imaging-cd"]);
    let files: Vec<(String, Vec<u8>)> = images(2)
        .iter()
        .enumerate()
        .map(|(i, s)| (format!("BEELDEN/IM{}.DCM", i + 1), dicom_file(s)))
        .collect();
    let refs: Vec<(&str, Vec<u8>)> = files.iter().map(|(p, b)| (p.as_str(), b.clone())).collect();
    d.write("cd.iso", iso_image(&refs));
    assert_cd_met(&d, "cd.iso", "iso");
}

#[test]
fn cd_whose_images_are_truncated_is_unverifiable() {
    let d = dossier_without(&["imaging-cd"]);
    write_cd(&d.path().join("CD"), &images(2));
    for n in 1..=2 {
        let p = d
            .path()
            .join(format!("CD/DICOM/ST000001/SE000001/IM00000{n}"));
        let bytes = std::fs::read(&p).unwrap();
        std::fs::write(&p, &bytes[..140]).unwrap();
    }
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1);
    let medium = doc(&report, "CD/DICOMDIR");
    assert_eq!(medium["readable"], false, "{medium:#}");
    assert_eq!(medium["medium"]["images_readable"], 0, "{medium:#}");
    assert_not_met(&report, "imaging-cd", "needs-review");
}

/// A DICOM image whose PatientName element's VR is changed from PN to UN: the parser then reads the
/// next four bytes ("Test") as a 4-byte length of about 1.9 GB, in a file of a few hundred bytes.
fn dicom_with_length_bomb(spec: &DicomSpec) -> Vec<u8> {
    let mut bytes = dicom_file(spec);
    let header = [0x10, 0x00, 0x10, 0x00, b'P', b'N'];
    let at = bytes
        .windows(header.len())
        .position(|w| w == header)
        .expect("PatientName in the fixture");
    bytes[at + 4] = b'U';
    bytes[at + 5] = b'N';
    bytes
}

#[test]
fn damaged_length_in_a_dicom_file_neither_hangs_nor_counts() {
    let d = dossier_without(&["imaging-cd"]);
    d.write(
        "beelden/IM1.dcm",
        dicom_with_length_bomb(&DicomSpec::example(1)),
    );
    let started = std::time::Instant::now();
    let (report, code) = check_json(d.path(), &[]);
    let took = started.elapsed();
    assert_eq!(code, 1, "{report:#}");
    assert!(took.as_secs() < 10, "took {took:?}");
    assert_eq!(doc(&report, "beelden")["readable"], false, "{report:#}");
    assert_not_met(&report, "imaging-cd", "needs-review");
}

#[test]
fn file_name_that_is_not_utf8_is_read_without_panic() {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let d = dossier_without(&["referral"]);
        let name = std::ffi::OsStr::from_bytes(b"verwijsbrief \xff.pdf");
        std::fs::write(
            d.path().join(name),
            pdf(&letters::referral("1 oktober 2026")),
        )
        .unwrap();
        let (report, code) = check_json(d.path(), &[]);
        assert_eq!(code, 0, "{report:#}");
        assert_eq!(status(&report, "referral"), "met");
    }
}

#[cfg(unix)]
#[test]
fn links_out_of_the_dossier_are_not_followed() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(
        outside.path().join("verwijsbrief.pdf"),
        pdf(&letters::referral("1 oktober 2026")),
    )
    .unwrap();
    write_cd(&outside.path().join("cd"), &images(2));
    let d = dossier_without(&["referral", "imaging-cd"]);
    std::os::unix::fs::symlink(
        outside.path().join("verwijsbrief.pdf"),
        d.path().join("verwijsbrief.pdf"),
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.path().join("cd"), d.path().join("CD")).unwrap();
    // A link to the dossier itself must not loop.
    std::os::unix::fs::symlink(d.path(), d.path().join("brieven/terug")).unwrap();
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1);
    assert_eq!(status(&report, "referral"), "missing", "{report:#}");
    assert_eq!(status(&report, "imaging-cd"), "missing", "{report:#}");
    let ignored = ignored(&report);
    for link in ["verwijsbrief.pdf", "CD", "brieven/terug"] {
        assert!(
            ignored.contains(&(link.to_string(), "link".to_string())),
            "{link} ignored as a link: {ignored:?}"
        );
    }
}

#[test]
fn newest_history_letter_counts_when_an_old_one_is_also_there() {
    let d = full_dossier();
    d.write(
        "oud/samenvatting 2024.pdf",
        pdf(&letters::history("12-01-2024")),
    );
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    assert!(
        req(&report, "history")["reason"]
            .as_str()
            .unwrap()
            .starts_with("huisartsensamenvatting.pdf"),
        "{report:#}"
    );
}

// ---------------------------------------------------------------------------------------------------
// More dossier.toml and checklist errors

#[test]
fn dossier_toml_fact_that_is_not_a_boolean_exits_2() {
    let d = full_dossier();
    d.write("dossier.toml", "[facts]\ntreated_abroad = \"ja\"\n");
    let run = run_check(d.path(), &[]);
    run.expect_code(2);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(run.stderr.contains("treated_abroad"), "{}", run.stderr);
}

#[test]
fn dossier_toml_with_unknown_table_exits_2_with_line_and_column() {
    let d = full_dossier();
    d.write(
        "dossier.toml",
        "[facts]\ntreated_abroad = true\n\n[feiten]\nbmi = 41\n",
    );
    let run = run_check(d.path(), &[]);
    run.expect_code(2);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    let at = format!("{}:4:", d.path().join("dossier.toml").display());
    assert!(run.stderr.contains(&at), "{at} in {}", run.stderr);
    assert!(run.stderr.contains("feiten"), "{}", run.stderr);
}

#[test]
fn dossier_toml_in_a_sub_folder_is_not_a_declaration() {
    let d = full_dossier();
    d.write("oud/dossier.toml", "[facts]\ntreated_abroad = true\n");
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(fact(&report, "treated_abroad")["source"], "default");
}

#[test]
fn checklist_requirement_naming_an_unknown_kind_exits_2_with_file_line_column() {
    let source =
        PATHOLOGY_CHECKLIST.replacen("kinds = [\"pathology\"]", "kinds = [\"pathologie\"]", 1);
    let (line, _) = line_column(&source, "kinds = [\"pathologie\"]");
    let conf = tempfile::tempdir().unwrap();
    let path = write_checklist(&conf, &source);
    let d = Dossier::new();
    let run = run_check(d.path(), &["--checklist", path.to_str().unwrap()]);
    run.expect_code(2);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    let at = format!("{}:{line}:", path.display());
    assert!(run.stderr.contains(&at), "{at} in {}", run.stderr);
    assert!(run.stderr.contains("pathologie"), "{}", run.stderr);
}

#[test]
fn checklist_errors_are_reported_all_at_once() {
    let source = PATHOLOGY_CHECKLIST
        .replacen("kinds = [\"pathology\"]", "kinds = [\"pathologie\"]", 1)
        .replacen("kinds = [\"referral\"]", "kinds = [\"verwijzing\"]", 1);
    let conf = tempfile::tempdir().unwrap();
    let path = write_checklist(&conf, &source);
    let d = Dossier::new();
    let run = run_check(d.path(), &["--checklist", path.to_str().unwrap()]);
    run.expect_code(2);
    assert!(run.stderr.contains("pathologie"), "{}", run.stderr);
    assert!(run.stderr.contains("verwijzing"), "{}", run.stderr);
}

#[test]
fn unreadable_extra_scan_keeps_a_dossier_from_being_booked_unseen() {
    // The letters say nothing about imaging or operations; the unread scan might be an operation
    // report. The desk must look at it before booking.
    let d = Dossier::new();
    d.write(
        "verwijsbrief.pdf",
        pdf(&letters::referral("1 oktober 2026")),
    );
    d.write("samenvatting.pdf", pdf(&letters::history("28-09-2026")));
    d.write(
        "polibrief.pdf",
        pdf(&letters::outpatient_letter(
            "15 oktober 2026",
            &["Wij adviseren handtherapie."],
        )),
    );
    d.write("scan0001.pdf", pdf_image_only());
    let run = run_check(d.path(), &[]);
    assert_eq!(run.code, 1, "needs a human look:\n{}", run.stdout);
    assert!(
        !run.stdout.contains("Resultaat: COMPLEET"),
        "{}",
        run.stdout
    );
}
