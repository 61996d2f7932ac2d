//! The reading failures that tried users found, each pinned by documents and sentences written
//! independently of the checker (the accuracy corpus in `tests/corpus/`, its tuned part only):
//! what a document is (layout, titles, authors, enclosures, dates, sections) and what happened to
//! the patient (plans, negation scope, findings, other people, names, places).

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::run::{check_json, req, status};
use dossiercheck::checklist::Checklist;
use dossiercheck::classify::{Classifier, Document};
use dossiercheck::facts::{self, Declared};
use dossiercheck::read::{self, ReadDoc, ReadOptions};
use serde::Deserialize;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// The corpus file whose name starts with `prefix` ("zh-045").
fn corpus_file(prefix: &str) -> PathBuf {
    let dir = corpus().join("docs");
    let mut found: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            (name.starts_with(&format!("{prefix}-")) || name.starts_with(&format!("{prefix}.")))
                && !name.ends_with(".toml")
        })
        .collect();
    found.sort();
    found
        .pop()
        .unwrap_or_else(|| panic!("no corpus document {prefix}"))
}

/// A corpus document read and classified (its parts, for a merged file), under a neutral name.
fn classified(prefix: &str) -> Vec<Document> {
    let checklist = Checklist::builtin().expect("built-in checklist").compile();
    let mut doc = read::read_document(&corpus_file(prefix), &ReadOptions::default())
        .into_iter()
        .next()
        .unwrap_or_else(|| ReadDoc::from_text("leeg.txt", ""));
    doc.path = "document".to_string();
    Classifier::new(&checklist).classify_parts(doc)
}

fn kinds_of(prefix: &str) -> Vec<String> {
    let mut kinds: Vec<String> = classified(prefix)
        .into_iter()
        .flat_map(|d| d.kinds)
        .collect();
    kinds.sort();
    kinds.dedup();
    kinds
}

/// A dossier holding copies of the given corpus documents, named `scan1.pdf`, `scan2.docx`, ...
fn dossier_of(prefixes: &[&str]) -> common::Dossier {
    let d = common::Dossier::new();
    for (i, p) in prefixes.iter().enumerate() {
        let file = corpus_file(p);
        let ext = file
            .extension()
            .map(|e| e.to_string_lossy().into_owned())
            .unwrap_or_default();
        let bytes = std::fs::read(&file).expect("corpus document readable");
        d.write(&format!("scan{}.{ext}", i + 1), bytes);
    }
    d
}

// ---------------------------------------------------------------------------------------------
// What a document is

#[test]
fn a_radiology_report_on_a_hospital_letterhead_with_an_orthopaedic_requester_is_an_imaging_report()
{
    assert_eq!(kinds_of("zh-045"), ["imaging-report"]);
    assert_eq!(kinds_of("zh-051"), ["imaging-report"]);
}

#[test]
fn an_operation_report_form_under_a_surgery_department_letterhead_is_an_operation_report() {
    for prefix in ["zh-031", "zh-034", "zh-039"] {
        assert_eq!(kinds_of(prefix), ["operation-report"], "{prefix}");
    }
}

#[test]
fn a_specialist_letter_saying_the_patient_wants_a_second_opinion_is_correspondence() {
    assert_eq!(kinds_of("zh-008"), ["correspondence"]);
}

#[test]
fn letters_that_mention_an_enclosed_result_are_not_that_result() {
    // A GP letter that reports a negative MRSA culture and encloses it.
    assert_eq!(kinds_of("gp-063"), ["referral"]);
}

#[test]
fn a_lab_sheet_whose_remark_says_the_mrsa_screening_follows_is_no_mrsa_result() {
    // A blood count whose "Opmerking:" field says the MRSA screening was requested apart and
    // follows as a result of its own: the field names another document.
    assert_eq!(kinds_of("tq-015"), Vec::<String>::new());
}

#[test]
fn an_appointment_for_an_mri_signed_by_the_radiology_appointments_office_is_no_report() {
    // "Appointments office, Radiology" under the letter: the office wrote it, in the department.
    let docs = classified("tq-013");
    assert!(
        !docs[0].kinds.contains(&"imaging-report".to_string()),
        "{docs:#?}"
    );
    assert_eq!(docs[0].author.as_deref(), Some("other"));
}

#[test]
fn an_imaging_centres_name_above_a_request_form_is_its_sender_not_its_title() {
    // "Centrum Medische Beeldvorming Gooi" heads a GP's request for an ultrasound.
    assert!(!kinds_of("tq-062").contains(&"imaging-report".to_string()));
}

#[test]
fn a_radiology_printout_with_shortened_labels_is_an_imaging_report() {
    // "Onderz: ECHO POLS RE" / "CONCL:" under a department letterhead that names no document.
    assert_eq!(kinds_of("nw-045"), ["imaging-report"]);
}

#[test]
fn the_sender_field_of_a_converted_edifact_referral_names_its_author() {
    // "Afzender : ... Huisartsenpraktijk 't Haantje" on a MEDVRI message turned into text.
    let docs = classified("tn-050");
    assert_eq!(docs[0].author.as_deref(), Some("gp"), "{docs:#?}");
    assert!(docs[0].kinds.contains(&"referral".to_string()), "{docs:#?}");
}

#[test]
fn a_patients_own_email_asking_for_a_second_opinion_is_no_referral() {
    // "Subject: Request for second opinion" by a patient who writes of "my left wrist": the
    // side of one's own hand is a patient's word, so the author is sure and the title no referral.
    assert_eq!(kinds_of("ny-043"), Vec::<String>::new());
}

#[test]
fn an_aside_in_brackets_under_a_wrapped_field_is_no_title() {
    // "(Operationsbericht folgt)." under the therapy line of a discharge letter: the report
    // follows separately, the letter is correspondence only.
    assert_eq!(kinds_of("ny-038"), ["correspondence"]);
}

#[test]
fn the_referrer_line_of_a_zorgdomein_referral_names_its_author() {
    // "Verwijzer: A. Klaver, huisarts" under "ZorgDomein - Handchirurgie": on a referral the
    // referrer wrote it; on a report the same label names the requester the report goes to.
    for prefix in ["nw-010", "nx-029"] {
        let authors: Vec<Option<String>> =
            classified(prefix).into_iter().map(|d| d.author).collect();
        assert_eq!(authors, [Some("gp".to_string())], "{prefix}");
    }
}

#[test]
fn a_specialist_who_writes_ik_verwijs_refers() {
    // "Ik verwijs de heer Yılmaz ...": the act in a main clause, subject first. (That it is a
    // specialist's letter too stays uncertain: its only addressee line is a copy to the GP.)
    assert!(kinds_of("nw-011").contains(&"referral".to_string()));
}

#[test]
fn a_team_line_under_the_signature_does_not_outweigh_the_signer() {
    // "W.P. Hendriks, revalidatiearts" over "team revalidatiearts, handtherapie, ergotherapie":
    // the rehabilitation physician wrote it, a specialist's letter.
    let docs = classified("ny-016");
    assert_eq!(docs[0].author.as_deref(), Some("specialist"));
    assert_eq!(docs[0].kinds, ["correspondence"]);
}

#[test]
fn german_discharge_and_neurology_letters_are_correspondence() {
    assert_eq!(kinds_of("ab-027"), ["correspondence"]);
    assert_eq!(kinds_of("zh-005"), ["correspondence"]);
    assert_eq!(kinds_of("zh-013"), ["correspondence"]);
}

#[test]
fn patients_own_letters_asking_for_a_second_opinion_are_no_referral() {
    for prefix in ["gp-047", "gp-048", "gp-055"] {
        let docs = classified(prefix);
        assert!(
            docs.iter()
                .all(|d| !d.kinds.contains(&"referral".to_string())),
            "{prefix}: {:?}",
            docs[0].kinds
        );
    }
    assert_eq!(classified("gp-047")[0].author.as_deref(), Some("patient"));
}

#[test]
fn without_a_sure_sender_a_kind_one_role_writes_names_its_author() {
    // A GP system's patient overview whose only role words are one mention of hand therapy.
    let doc = &classified("tc-031")[0];
    assert_eq!(doc.kinds, ["history"]);
    assert_eq!(doc.author.as_deref(), Some("gp"));
}

#[test]
fn authors_come_from_letterhead_and_signature_not_from_the_requester_line() {
    let doc = &classified("zh-045")[0];
    assert_eq!(doc.author.as_deref(), Some("radiologist"));
    let doc = &classified("gp-020")[0];
    assert_eq!(doc.author.as_deref(), Some("gp"));
}

#[test]
fn an_addressee_opened_by_a_form_of_address_is_not_the_author() {
    // A German radiology practice writes to "Herrn Dr. med. ..., Facharzt für Allgemeinmedizin"
    // without an "An:" label: the GP addressed neither wrote it nor makes it a referral.
    let doc = &classified("tb-014")[0];
    assert_eq!(doc.author.as_deref(), Some("radiologist"));
    assert_eq!(doc.kinds, ["imaging-report"]);
}

#[test]
fn a_title_naming_what_the_document_is_for_is_not_another_kind() {
    // "SAMENVATTING MEDISCHE VOORGESCHIEDENIS t.b.v. second opinion handchirurgie".
    assert_eq!(kinds_of("tb-034"), ["history"]);
}

#[test]
fn a_gp_cover_letter_sending_documents_asked_for_is_no_referral() {
    // Two writers' GP letters "Betreft: aanvulling dossier" listing the enclosed reports.
    for prefix in ["tb-030", "tc-013"] {
        assert!(
            !kinds_of(prefix).contains(&"referral".to_string()),
            "{prefix}"
        );
    }
    // One that carries the history asked for is that history.
    assert!(kinds_of("gp-030").contains(&"history".to_string()));
}

#[test]
fn a_discharge_summary_with_a_section_headed_operation_is_also_the_operation_report() {
    // A Turkish private hospital's "EPICRISIS / DISCHARGE SUMMARY" with an "Operation" section.
    assert_eq!(kinds_of("tb-045"), ["correspondence", "operation-report"]);
}

#[test]
fn a_title_that_carries_its_date_is_still_the_title() {
    // "Verslag van de operatie op woensdag 14 mei 2025" under a plastic surgery letterhead.
    assert_eq!(kinds_of("tc-028"), ["operation-report"]);
}

#[test]
fn a_birth_date_in_its_own_table_cell_is_not_the_letter_date() {
    let doc = &classified("zh-045")[0];
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2026-05-06")
    );
    let doc = &classified("gp-001")[0];
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2026-11-18")
    );
}

#[test]
fn a_discharge_summary_is_dated_by_the_discharge_not_the_admission() {
    // "Admitted: 06/08/2026" / "Discharged: 08/08/2026" as fields, and as a table whose label
    // cells stand above their values ("Discharged" / "15/07/2026").
    for (prefix, date) in [("ny-036", "2026-08-08"), ("nw-036", "2026-07-15")] {
        let doc = &classified(prefix)[0];
        assert_eq!(
            doc.date.map(|d| d.to_string()).as_deref(),
            Some(date),
            "{prefix}"
        );
    }
}

#[test]
fn a_discharge_letter_with_an_operation_section_meets_the_operation_report() {
    // "Ingreep" / "05/10/2026 (dr. N. Jacobs): open spoeling ... via proximale en distale
    // incisie": the section says what was done and how, so no separate report is asked for.
    let d = dossier_of(&["ab-014"]);
    let (report, _) = check_json(d.path(), &["--fact", "operated=yes"]);
    assert_eq!(status(&report, "operation-report"), "met", "{report:#}");
    let reason = req(&report, "operation-report")["reason"]
        .as_str()
        .unwrap_or("");
    assert!(reason.contains("Ingreep"), "{reason}");
}

#[test]
fn a_zorgdomein_referral_with_its_history_sections_meets_referral_and_history() {
    let d = dossier_of(&["gp-001"]);
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(status(&report, "referral"), "met", "{report:#}");
    assert_eq!(status(&report, "history"), "met", "{report:#}");
}

#[test]
fn a_referral_for_treatment_addressed_to_a_second_opinion_desk_has_no_question() {
    let d = dossier_of(&["gp-017"]);
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(status(&report, "referral"), "missing", "{report:#}");
    let reason = req(&report, "referral")["reason"].as_str().unwrap_or("");
    assert!(reason.contains("zonder"), "{reason}");
}

#[test]
fn a_discharge_letter_with_a_full_operation_section_meets_the_operation_report() {
    assert_eq!(kinds_of("zh-021"), ["correspondence", "operation-report"]);
}

#[test]
fn a_merged_file_is_read_as_its_documents() {
    // A GP referral with the earlier MRSA result on a page of its own.
    let docs = classified("gp-067");
    assert!(docs.len() >= 2, "{} parts", docs.len());
    let kinds: Vec<&String> = docs.iter().flat_map(|d| &d.kinds).collect();
    assert!(kinds.iter().any(|k| *k == "referral"), "{kinds:?}");
    assert!(kinds.iter().any(|k| *k == "mrsa-screening"), "{kinds:?}");
}

#[test]
fn a_report_by_another_department_on_the_hospitals_running_letterhead_is_a_part_of_its_own() {
    // A German clinic's letter, its operation report and the radiology report, one file, every
    // page under the clinic's letterhead: the radiology page names its own department.
    let docs = classified("tr-027");
    let kinds: Vec<Vec<String>> = docs.iter().map(|d| d.kinds.clone()).collect();
    assert_eq!(
        kinds,
        [
            vec!["correspondence".to_string()],
            vec!["operation-report".to_string()],
            vec!["imaging-report".to_string()],
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// What happened to the patient

#[derive(Deserialize)]
struct SentenceFile {
    sentence: Vec<Sentence>,
}

#[derive(Deserialize)]
struct Sentence {
    text: String,
    imaging_done: String,
    operated: String,
    treated_abroad: String,
}

/// Every sentence of the corpus by key ("st-nl#67").
fn sentences() -> BTreeMap<String, Sentence> {
    let mut out = BTreeMap::new();
    for lang in ["nl", "en", "de"] {
        let path = corpus().join(format!("sentences/st-{lang}.toml"));
        let source = std::fs::read_to_string(&path).expect("sentences readable");
        let file: SentenceFile = toml::from_str(&source).expect("sentences parse");
        for (i, s) in file.sentence.into_iter().enumerate() {
            out.insert(format!("st-{lang}#{i}"), s);
        }
    }
    out
}

/// The sentences whose facts the tool gets wrong, with what it says.
fn misread(keys: &[&str]) -> Vec<String> {
    let checklist = Checklist::builtin().expect("built-in checklist").compile();
    let classifier = Classifier::new(&checklist);
    let all = sentences();
    let mut wrong = Vec::new();
    for key in keys {
        let s = &all[*key];
        // As it stands in a letter: below a salutation, read as the letter's text.
        let text = format!("Geachte collega,\n\n{}\n", s.text);
        let doc = classifier.classify(ReadDoc::from_text("zin.txt", &text));
        let derived = facts::derive(
            &checklist,
            std::slice::from_ref(&doc),
            &Declared::new(),
            &Declared::new(),
        );
        for (fact, want) in [
            ("imaging_done", &s.imaging_done),
            ("operated", &s.operated),
            ("treated_abroad", &s.treated_abroad),
        ] {
            let got = derived[fact].value;
            if got != (want == "yes") {
                wrong.push(format!("{key} {fact}: got {got}, label {want}: {}", s.text));
            }
        }
    }
    wrong
}

fn assert_read_right(keys: &[&str]) {
    let wrong = misread(keys);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn plans_offers_advice_questions_and_requests_are_no_events() {
    assert_read_right(&[
        "st-nl#67",
        "st-nl#73",
        "st-nl#87",
        "st-nl#89",
        "st-nl#191",
        "st-nl#201",
        "st-en#50",
        "st-en#54",
        "st-en#57",
        "st-en#58",
        "st-de#42",
        "st-de#43",
        "st-de#44",
        "st-de#47",
        "st-nl#1",
    ]);
}

#[test]
fn a_negation_reaches_over_a_list_and_a_passive() {
    assert_read_right(&[
        "st-nl#27",
        "st-nl#33",
        "st-nl#37",
        "st-nl#38",
        "st-nl#45",
        "st-nl#193",
        "st-en#20",
        "st-de#18",
        "st-de#22",
        "st-de#25",
    ]);
}

#[test]
fn a_negated_finding_means_the_exam_was_done() {
    assert_read_right(&["st-nl#59", "st-en#43", "st-en#47", "st-de#37"]);
}

#[test]
fn a_plan_in_the_same_sentence_does_not_swallow_an_event() {
    assert_read_right(&[
        "st-nl#90",
        "st-nl#94",
        "st-nl#96",
        "st-nl#99",
        "st-nl#100",
        "st-nl#102",
        "st-de#53",
    ]);
}

#[test]
fn someone_elses_operation_or_admission_is_not_the_patients() {
    assert_read_right(&[
        "st-nl#103",
        "st-nl#104",
        "st-nl#106",
        "st-nl#108",
        "st-nl#203",
        "st-de#58",
        "st-de#60",
    ]);
}

#[test]
fn department_and_practice_names_are_no_events() {
    assert_read_right(&[
        "st-nl#111",
        "st-nl#114",
        "st-nl#197",
        "st-en#82",
        "st-de#62",
    ]);
}

#[test]
fn events_written_plainly_are_read() {
    assert_read_right(&[
        "st-nl#3",
        "st-nl#7",
        "st-nl#9",
        "st-nl#16",
        "st-nl#184",
        "st-nl#205",
        "st-de#0",
        "st-de#1",
        "st-de#4",
        "st-en#10",
    ]);
}

#[test]
fn treatment_abroad_from_hospitals_and_cities() {
    assert_read_right(&[
        "st-nl#126",
        "st-nl#128",
        "st-nl#129",
        "st-nl#132",
        "st-nl#137",
        "st-nl#140",
        "st-nl#188",
        "st-nl#200",
        "st-de#72",
        "st-de#75",
        "st-de#76",
        "st-en#13",
    ]);
}

#[test]
fn a_fall_abroad_with_care_at_home_or_a_holiday_is_not_treatment_abroad() {
    assert_read_right(&[
        "st-nl#160",
        "st-nl#162",
        "st-nl#165",
        "st-nl#166",
        "st-nl#168",
        "st-nl#171",
        "st-nl#216",
        "st-de#88",
        "st-de#91",
        "st-en#123",
    ]);
}

#[test]
fn operations_on_other_problems_do_not_count() {
    assert_read_right(&["st-de#66", "st-en#88", "st-en#90"]);
}

#[test]
fn letters_that_contradict_each_other_leave_the_operation_report_to_a_person() {
    let d = common::Dossier::new();
    d.write(
        "brief1.txt",
        "Huisartsenpraktijk De Es\nDatum: 02-11-2026\n\nGeachte collega,\nPatiënt is nooit aan de pols geopereerd.\n",
    );
    d.write(
        "brief2.txt",
        "Ziekenhuis Oost, afdeling Orthopedie\nDatum: 05-11-2026\n\nGeachte collega,\nPatiënt werd in 2024 aan de pols geopereerd.\n",
    );
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1);
    assert_eq!(report["facts"]["operated"]["source"], "conflicting");
    assert_eq!(
        status(&report, "operation-report"),
        "needs-review",
        "{report:#}"
    );
    let reason = req(&report, "operation-report")["reason"]
        .as_str()
        .unwrap_or("");
    assert!(reason.contains("spreken elkaar tegen"), "{reason}");
}

#[test]
fn a_hospital_abroad_is_known_by_its_language_and_another_problems_operation_is_not_the_hands() {
    // An English radiology report from a hospital whose letterhead names no place.
    let (report, _) = check_json(dossier_of(&["tb-043"]).path(), &[]);
    assert_eq!(
        report["facts"]["treated_abroad"]["value"], true,
        "{report:#}"
    );
    // A discharge letter with the full operation section of an appendectomy.
    let (report, _) = check_json(dossier_of(&["tb-025"]).path(), &[]);
    assert_eq!(report["facts"]["operated"]["value"], false, "{report:#}");
    // "Operaties: Aan de pols is zij tot op heden niet geopereerd."
    let (report, _) = check_json(dossier_of(&["tb-001"]).path(), &[]);
    assert_eq!(report["facts"]["operated"]["value"], false, "{report:#}");
}
