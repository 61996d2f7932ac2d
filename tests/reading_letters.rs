//! Reading letters the way a careful clerk does: dossiers where a naive keyword search would be wrong
//! in one direction or the other (negations, plans, holidays, history sections inside referrals,
//! letter dates versus birth dates), each asserting the verdict and the sentence quoted behind it.
//!
//! Every run is `--as-of 2026-11-23`; the letters are dated in 2026.

mod common;

use common::letters::{self, strs};
use common::run::*;
use common::{docx_text, docx_with_table, pdf_cells, pdf_text, Dossier};
use serde_json::Value;

fn pdf(lines: &[String]) -> Vec<u8> {
    pdf_text(&strs(lines))
}

fn docx(lines: &[String]) -> Vec<u8> {
    docx_text(&strs(lines))
}

/// A recent referral with a question and a recent GP summary: the two requirements that always
/// apply, so the letter under test decides the rest.
fn base_dossier() -> Dossier {
    let d = Dossier::new();
    d.write(
        "verwijsbrief.pdf",
        pdf(&letters::referral("1 oktober 2026")),
    );
    d.write("samenvatting.pdf", pdf(&letters::history("28-09-2026")));
    d
}

/// The base dossier plus a Dutch outpatient letter (`polibrief.pdf`) whose body is `body`.
fn dossier_with_outpatient_letter(body: &[&str]) -> Dossier {
    let d = base_dossier();
    d.write(
        "polibrief.pdf",
        pdf(&letters::outpatient_letter("15 oktober 2026", body)),
    );
    d
}

/// A letter saying `sentence` makes the patient operated, and the operation report is missing.
fn assert_operated_needing_its_report(sentence: &str) {
    let d = dossier_with_outpatient_letter(&[sentence]);
    let (report, _) = check_json(d.path(), &[]);
    let operated = fact(&report, "operated");
    assert_eq!(operated["value"], true, "{sentence}: {operated:#}");
    assert_eq!(
        req(&report, "operation-report")["status"],
        "missing",
        "{sentence}"
    );
}

/// The report on the base dossier plus an outpatient letter saying `sentence`, and its fact `id`.
fn fact_in_letter(sentence: &str, id: &str) -> (Value, Value) {
    let d = dossier_with_outpatient_letter(&[sentence]);
    let (report, _) = check_json(d.path(), &[]);
    let value = fact(&report, id).clone();
    (report, value)
}

/// A letter saying `sentence` does not make fact `id` true, so `requirement`, which hangs on it,
/// does not apply.
fn assert_no_event(sentence: &str, id: &str, requirement: &str) {
    let (report, value) = fact_in_letter(sentence, id);
    assert_ne!(value["value"], true, "{sentence}: {value:#}");
    assert_not_applicable(&report, requirement);
}

fn reason(report: &Value, id: &str) -> String {
    req(report, id)["reason"]
        .as_str()
        .expect("reason is text")
        .to_string()
}

fn assert_not_applicable(report: &Value, id: &str) {
    let r = req(report, id);
    assert_eq!(r["status"], "not-applicable", "{id}: {r:#}");
    assert_eq!(r["applies"], false, "{id}: {r:#}");
    assert_eq!(r["met"], false, "{id}: {r:#}");
    assert!(r["request"].is_null(), "{id}: {r:#}");
}

// ---------------------------------------------------------------------------------------------------
// Negations and plans

#[test]
fn never_operated_makes_operation_report_not_applicable() {
    let d = dossier_with_outpatient_letter(&["Patiënte is nooit geopereerd."]);
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_not_applicable(&report, "operation-report");
    let operated = fact(&report, "operated");
    assert_eq!(operated["value"], false, "{operated:#}");
    assert_eq!(operated["source"], "text", "{operated:#}");
    assert!(
        quotes(operated, "Patiënte is nooit geopereerd."),
        "{operated:#}"
    );
    let r = req(&report, "operation-report");
    assert!(quotes(r, "Patiënte is nooit geopereerd."), "{r:#}");
    assert!(
        evidence_paths(r).contains(&"polibrief.pdf".to_string()),
        "{r:#}"
    );
    assert!(
        reason(&report, "operation-report").contains("volgens de brieven niet"),
        "{r:#}"
    );
}

#[test]
fn an_operation_that_is_meant_to_happen_needs_no_operation_report() {
    // An intention told in a subordinate clause: the present passive "geopereerd wordt" is the
    // future here, and nothing in the clause itself says so.
    let plan = "Het is de bedoeling dat hij na de zomer aan zijn linkerduim geopereerd wordt.";
    let d = dossier_with_outpatient_letter(&[plan]);
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_not_applicable(&report, "operation-report");
}

#[test]
fn a_form_with_one_boxed_answer_per_line_says_what_was_ticked() {
    // Each answer on its own line with its own box: the unticked "Ja" chose nothing.
    let d = base_dossier();
    d.write(
        "vragenlijst.txt",
        "Vragenlijst nieuwe patiënt handpoli\nDatum: 10-10-2026\n\n\
         ☐ Is uw hand of pols ooit eerder geopereerd? Ja\n\
         ☒ Is uw hand of pols ooit eerder geopereerd? Nee\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(fact(&report, "operated")["value"], false);
    assert_not_applicable(&report, "operation-report");
}

#[test]
fn a_form_row_whose_boxes_follow_their_options_and_a_details_field_says_what_was_ticked() {
    // "Ja ☒ Nee ☐" and a field after the boxes on the same row: the box after "Ja" is ticked,
    // and the field says which operation.
    let d = base_dossier();
    d.write(
        "intake.txt",
        "Intakeformulier handchirurgie\nDatum: 12-10-2026\n\n\
         Eerdere operatie aan deze pols? Ja ☒ Nee ☐ Zo ja, welke: ganglionextirpatie in 2022\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    let operated = fact(&report, "operated");
    assert_eq!(operated["value"], true, "{operated:#}");
    assert!(quotes(operated, "ganglionextirpatie"), "{operated:#}");
    assert_eq!(req(&report, "operation-report")["status"], "missing");
}

#[test]
fn imaging_written_in_shorthand_was_done_and_an_ordered_scan_was_not() {
    // Spellings and abbreviations of notes and printouts: no hyphen in "Xray", "US" before the
    // body part it scanned, German "Sono", "X-" glued to the part.
    for sentence in [
        "Xray of the left thumb showed early CMC-1 osteoarthritis.",
        "US right wrist: small volar ganglion near the radial artery.",
        "Sono Handgelenk links: unauffällig.",
        "X-scafoid links d.d. 3 maart: geen fractuur zichtbaar.",
    ] {
        let d = dossier_with_outpatient_letter(&[sentence]);
        let (report, _) = check_json(d.path(), &[]);
        let imaging = fact(&report, "imaging_done");
        assert_eq!(imaging["value"], true, "{sentence}: {imaging:#}");
        assert!(quotes(imaging, sentence), "{imaging:#}");
        assert_eq!(
            req(&report, "imaging-report")["applies"],
            true,
            "{sentence}"
        );
    }
    let d = dossier_with_outpatient_letter(&["A CT of the right wrist was ordered today."]);
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(fact(&report, "imaging_done")["value"], false);
    assert_not_applicable(&report, "imaging-report");
}

#[test]
fn an_operation_in_journal_shorthand_needs_its_report_and_an_okay_does_not() {
    // "OK" is the operating theatre before the part operated or after "na"; alone it is "okay".
    for sentence in [
        "12-05-2026 S: controle na OK duim li, litteken rustig, geen klachten meer.",
        "Nach Dekompression des Nervus medianus besteht noch eine Hypästhesie am Daumen.",
    ] {
        assert_operated_needing_its_report(sentence);
    }
    let d = dossier_with_outpatient_letter(&["Wond OK, sensibiliteit van de duim intact."]);
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(fact(&report, "operated")["value"], false);
    assert_not_applicable(&report, "operation-report");
}

#[test]
fn a_tendon_repaired_was_operated_on_and_a_wound_sutured_was_not() {
    // Sutured or repaired, a tendon or ligament was operated on; a wound stitched at the emergency
    // department was not, and a wrist that has "hersteld" has recovered.
    for sentence in [
        "Destijds werd de strekpees van de middelvinger in het ziekenhuis van Zwolle hersteld.",
        "Bei der Erstversorgung wurde die durchtrennte Beugesehne des Ringfingers genäht.",
        "Na de val is het gescheurde duimband in 2025 gehecht; nu opnieuw instabiliteit.",
    ] {
        assert_operated_needing_its_report(sentence);
    }
    for sentence in [
        "Snijwond aan de duim op de huisartsenpost gehecht, verder rustig beloop.",
        "Zijn pols is na de gipsperiode volledig hersteld en pijnvrij.",
    ] {
        let d = dossier_with_outpatient_letter(&[sentence]);
        let (report, _) = check_json(d.path(), &[]);
        assert_eq!(fact(&report, "operated")["value"], false, "{sentence}");
        assert_not_applicable(&report, "operation-report");
    }
}

#[test]
fn an_event_with_a_typo_in_it_is_still_read() {
    // A letter dropped, typed twice or swapped with its neighbour: the word is still the event.
    let d = dossier_with_outpatient_letter(&[
        "Pat. werd in mei aan de linkerpols geopereed, sindsdien tintelingen.",
    ]);
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(fact(&report, "operated")["value"], true);
    assert_eq!(req(&report, "operation-report")["status"], "missing");
    let d = dossier_with_outpatient_letter(&[
        "Ultrasond of the right wrist showed a small dorsal ganglion.",
    ]);
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(fact(&report, "imaging_done")["value"], true);
    // Operations of other body parts are none of the hand's ("only her wisdom teeth").
    let d = dossier_with_outpatient_letter(&["Previous operations: only her wisdom teeth."]);
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(fact(&report, "operated")["value"], false);
}

#[test]
fn an_english_referral_with_its_own_history_sections_is_history_too() {
    // Headings with bullet items under them: the items are no headings, the headings are the
    // referral's history and recent treatments.
    let d = Dossier::new();
    d.write(
        "referral.txt",
        "REFERRAL\n\
         Date: 18/11/2026\n\
         From: Dr. A. Mensink, general practitioner, Huisartsenpraktijk De Linde, Leiden\n\
         Patient: Ms R. Okafor, DOB 14/07/1990\n\n\
         Question: we would value a second opinion on her painful left wrist.\n\n\
         Relevant history\n\
         - 2019 fracture of the left distal radius, treated in plaster\n\
         - Mild eczema\n\n\
         Recent treatment\n\
         - 03/2026 wrist splint and hand therapy, little effect\n\
         - 09/2026 steroid injection, two weeks of relief\n\n\
         Kind regards,\nDr. A. Mensink, GP\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(req(&report, "referral")["status"], "met", "{report:#}");
    assert_eq!(req(&report, "history")["status"], "met", "{report:#}");
}

#[test]
fn a_letter_thanking_for_a_referral_below_its_salutation_is_no_referral() {
    // A consultant's answer opens by naming the referral it answers; below the salutation that
    // is the letter's text, not its title.
    let d = Dossier::new();
    d.write(
        "antwoord.txt",
        "Rijnstate\nPlastische Chirurgie\nWagnerlaan 55, 6815 AD Arnhem\n\n\
         Aan: dhr. P. Smit, huisarts\nDatum: 12-11-2026\n\
         Betreft: mw. L. Test, geb. 02-03-1970\n\n\
         Geachte collega,\n\n\
         Dank voor uw verwijsbrief van 20 oktober. U schreef:\n\
         'Graag uw oordeel over de pijnlijke duimbasis rechts.'\n\n\
         Anamnese: sinds een jaar pijn bij knijpen, brace helpt matig.\n\
         Conclusie: CMC-1 artrose rechts, Eaton 2.\n\
         Beleid: handtherapie en een nieuwe brace; controle over drie maanden.\n\n\
         Met vriendelijke groet,\ndr. K. Jansen, plastisch chirurg\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(
        req(&report, "correspondence")["status"],
        "met",
        "{report:#}"
    );
    assert_eq!(req(&report, "referral")["status"], "missing", "{report:#}");
}

#[test]
fn a_gp_asking_to_see_the_patient_refers_however_short_the_letter() {
    // "Graag zie ik" is the GP asking for a visit, not a reference to an enclosure ("zie bijlage").
    let d = Dossier::new();
    d.write(
        "brief.txt",
        "Huisartsenpraktijk De Brink\nA. de Wit, huisarts\nBrinkweg 3, 7411 BL Deventer\n\n\
         Aan: Handkliniek Oost, t.a.v. de handchirurg\n\
         Deventer, 02-11-2026\n\
         Betreft: dhr. S. Test, geb. 11-06-1961\n\n\
         Geachte collega,\n\n\
         Graag zie ik meneer bij u voor beoordeling van zijn pijnlijke linkerduim.\n\
         Voorgeschiedenis: diabetes mellitus type 2, hypertensie.\n\n\
         Met collegiale groet,\nA. de Wit, huisarts\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(req(&report, "referral")["status"], "met", "{report:#}");
}

#[test]
fn a_referral_whose_history_fields_are_left_empty_is_no_history() {
    // "Voorgeschiedenis: blanco" and a dash under "Recente behandelingen": the sections are
    // there, but nothing is in them, so the GP's summary is still missing.
    let d = Dossier::new();
    d.write(
        "verwijzing.txt",
        "Verwijsbrief handchirurgie\n\
         Datum: 20-11-2026\n\
         Verwijzer: J. Koster, huisarts, Huisartsenpraktijk Het Anker, Zwolle\n\
         Patiënt: mevr. L. de Boer, geb. 02-03-1979\n\n\
         Vraagstelling: graag uw second opinion over de tintelingen in de rechterhand.\n\n\
         Voorgeschiedenis: blanco.\n\
         Recente behandelingen\n\
         -\n\n\
         Met vriendelijke groet,\nJ. Koster, huisarts\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(req(&report, "referral")["status"], "met", "{report:#}");
    assert_eq!(req(&report, "history")["status"], "missing", "{report:#}");
}

#[test]
fn a_scan_asked_for_in_the_imperative_was_not_made_but_images_asked_for_exist() {
    // "Please", "kindly", "bitte" ask as "graag" does: the scan is still to be made. Images asked
    // for were made, whatever the request.
    for sentence in [
        "Kindly arrange a CT scan of the left wrist before the consultation.",
        "Wir bitten um eine MRT des rechten Handgelenks.",
    ] {
        let d = dossier_with_outpatient_letter(&[sentence]);
        let (report, _) = check_json(d.path(), &[]);
        assert_eq!(fact(&report, "imaging_done")["value"], false, "{sentence}");
        assert_not_applicable(&report, "imaging-report");
    }
    let d = dossier_with_outpatient_letter(&["Please send us the CT images from June."]);
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(fact(&report, "imaging_done")["value"], true);
}

#[test]
fn a_hand_photographed_at_the_emergency_post_was_imaged_and_nothing_photographed_was_not() {
    let d = dossier_with_outpatient_letter(&[
        "Op de huisartsenpost is de duim gefotografeerd; geen breuk gezien.",
    ]);
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(fact(&report, "imaging_done")["value"], true);
    let d = dossier_with_outpatient_letter(&["Bij de eerste hulp is nog niets gefotografeerd."]);
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(fact(&report, "imaging_done")["value"], false);
    assert_not_applicable(&report, "imaging-report");
}

#[test]
fn a_numbered_form_field_saying_never_operated_needs_no_operation_report() {
    // The item number before the label must not hide the label: its value says what happened.
    let field = "3) Previous surgery: the left wrist has never been operated on.";
    let d = dossier_with_outpatient_letter(&[field]);
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_not_applicable(&report, "operation-report");
    let operated = fact(&report, "operated");
    assert_eq!(operated["value"], false, "{operated:#}");
    assert!(quotes(operated, field), "{operated:#}");
}

#[test]
fn a_list_of_exams_denied_together_needs_no_imaging() {
    // The denial stands after the list; its scope must reach the first item as well as the last.
    for sentence in [
        "Een CT-scan of een echo van de linkerpols werd nog niet verricht.",
        "Röntgenfoto's, een echo of een MRI van deze pols zijn elders nooit gemaakt.",
    ] {
        let d = dossier_with_outpatient_letter(&[sentence]);
        let (report, code) = check_json(d.path(), &[]);
        assert_eq!(code, 0, "{sentence}: {report:#}");
        let imaging = fact(&report, "imaging_done");
        assert_eq!(imaging["value"], false, "{sentence}: {imaging:#}");
        assert!(quotes(imaging, sentence), "{imaging:#}");
        assert_not_applicable(&report, "imaging-report");
    }
}

#[test]
fn no_imaging_done_makes_imaging_cd_and_report_not_applicable() {
    let d = dossier_with_outpatient_letter(&["Er is geen beeldvorming verricht."]);
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    for id in ["imaging-cd", "imaging-report"] {
        assert_not_applicable(&report, id);
        assert!(
            quotes(req(&report, id), "Er is geen beeldvorming verricht."),
            "{id}: {report:#}"
        );
    }
    let imaging = fact(&report, "imaging_done");
    assert_eq!(imaging["value"], false);
    assert_eq!(imaging["source"], "text");
    assert!(quotes(imaging, "geen beeldvorming verricht"), "{imaging:#}");
}

#[test]
fn nothing_done_letter_from_fixtures_needs_neither_imaging_nor_operation() {
    let d = base_dossier();
    d.write(
        "brief plastische chirurgie.pdf",
        pdf(&letters::specialist_letter_nothing_done("15 oktober 2026")),
    );
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(report["complete"], true);
    for id in ["imaging-cd", "imaging-report", "operation-report", "mrsa"] {
        assert_not_applicable(&report, id);
    }
    assert!(quotes(fact(&report, "operated"), "nooit geopereerd"));
    assert!(quotes(fact(&report, "imaging_done"), "geen beeldvorming"));
}

#[test]
fn a_treatment_someone_proposes_in_the_present_tense_has_not_happened() {
    assert_no_event(
        "Her surgeon now proposes a tendon transfer to restore thumb extension.",
        "operated",
        "operation-report",
    );
    assert_no_event(
        "The treating physician requests an ultrasound of the left wrist.",
        "imaging_done",
        "imaging-report",
    );
}

#[test]
fn an_exam_the_patient_did_not_have_done_was_not_made() {
    for sentence in [
        "Een echo van de pols heeft mevrouw destijds niet laten verrichten.",
        "Ein Röntgenbild der Hand hat sie damals nicht machen lassen.",
    ] {
        assert_no_event(sentence, "imaging_done", "imaging-report");
    }
}

#[test]
fn a_denervation_in_journal_shorthand_is_an_operation() {
    assert_operated_needing_its_report("03-2026 denervatie duimbasis rechts (dagbehandeling)");
}

#[test]
fn indicated_operation_is_not_an_operation() {
    let d = dossier_with_outpatient_letter(&["Een operatie is geïndiceerd."]);
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_not_applicable(&report, "operation-report");
    let operated = fact(&report, "operated");
    assert_eq!(operated["value"], false, "{operated:#}");
    assert_eq!(operated["source"], "plan-or-question", "{operated:#}");
    assert!(
        quotes(operated, "Een operatie is geïndiceerd."),
        "{operated:#}"
    );
    let r = req(&report, "operation-report");
    assert!(quotes(r, "Een operatie is geïndiceerd."), "{r:#}");
    assert!(
        !reason(&report, "operation-report").contains("niet genoemd in de brieven"),
        "the letter does mention the operation, as a plan: {r:#}"
    );
}

#[test]
fn referral_for_an_operation_is_not_an_operation() {
    let d = dossier_with_outpatient_letter(&[
        "Patiënte wordt verwezen voor operatie van de rechterpols.",
        "Er is nog geen beeldvorming gedaan.",
    ]);
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_not_applicable(&report, "operation-report");
    assert_not_applicable(&report, "imaging-cd");
}

#[test]
fn question_in_the_referral_is_not_an_operation() {
    // The fixture referral asks "is een artrodese van de pols de juiste behandeling?": a question.
    let d = base_dossier();
    d.write(
        "polibrief.pdf",
        pdf(&letters::outpatient_letter(
            "15 oktober 2026",
            &["Wij adviseren handtherapie."],
        )),
    );
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_not_applicable(&report, "operation-report");
    assert_eq!(fact(&report, "operated")["value"], false);
}

#[test]
fn past_operation_in_a_letter_requires_the_operation_report() {
    let d = dossier_with_outpatient_letter(&[
        "Zij werd in 2024 geopereerd aan een carpaletunnelsyndroom rechts.",
    ]);
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1);
    let r = req(&report, "operation-report");
    assert_eq!(r["status"], "missing", "{r:#}");
    assert_eq!(r["applies"], true);
    let operated = fact(&report, "operated");
    assert_eq!(operated["value"], true);
    assert_eq!(operated["source"], "text");
    assert!(
        quotes(operated, "geopereerd aan een carpaletunnelsyndroom"),
        "{operated:#}"
    );
}

// ---------------------------------------------------------------------------------------------------
// Abroad: a holiday is not a treatment

#[test]
fn holiday_abroad_without_care_needs_no_mrsa_screening() {
    let d = dossier_with_outpatient_letter(&[
        "Patiënte is in de zomer op vakantie geweest in Spanje.",
        "De klachten begonnen na terugkomst in Nederland.",
    ]);
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_not_applicable(&report, "mrsa");
    assert_eq!(fact(&report, "treated_abroad")["value"], false);
}

#[test]
fn holiday_abroad_where_she_was_not_treated_needs_no_mrsa_screening() {
    let d = dossier_with_outpatient_letter(&[
        "Tijdens een vakantie in Spanje kreeg zij pijn aan de pols; zij is daar niet behandeld.",
    ]);
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_not_applicable(&report, "mrsa");
    let treated = fact(&report, "treated_abroad");
    assert_eq!(treated["value"], false, "{treated:#}");
}

#[test]
fn admission_in_a_foreign_hospital_requires_mrsa_screening() {
    let sentence =
        "In augustus 2026 werd zij opgenomen in een ziekenhuis in Spanje na een val op de pols.";
    let d = dossier_with_outpatient_letter(&[sentence]);
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1);
    let mrsa = req(&report, "mrsa");
    assert_eq!(mrsa["status"], "missing", "{mrsa:#}");
    assert_eq!(mrsa["applies"], true);
    assert!(
        mrsa["request"].as_str().is_some_and(|r| r.contains("MRSA")),
        "{mrsa:#}"
    );
    let treated = fact(&report, "treated_abroad");
    assert_eq!(treated["value"], true);
    assert_eq!(treated["source"], "text");
    assert!(quotes(treated, sentence), "{treated:#}");
    assert_eq!(evidence_paths(treated), ["polibrief.pdf"]);
}

/// An outpatient letter whose only word on care abroad is `sentence`: treated abroad, on that
/// sentence, and the MRSA screening is missing.
fn assert_care_abroad_asks_for_mrsa_screening(sentence: &str) {
    let d = dossier_with_outpatient_letter(&[sentence]);
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1, "{sentence}");
    let treated = fact(&report, "treated_abroad");
    assert_eq!(treated["value"], true, "{sentence}: {treated:#}");
    assert!(quotes(treated, sentence), "{treated:#}");
    assert_eq!(req(&report, "mrsa")["status"], "missing", "{sentence}");
}

#[test]
fn an_english_hospital_named_after_its_town_requires_mrsa_screening() {
    // British hospitals put their town first; the name is the only sign of where the scan was
    // made. A hospital without a town names no place.
    assert_care_abroad_asks_for_mrsa_screening(
        "Echo rechterpols (14-03-2026, Worthing District General): ganglion van 9 mm.",
    );
    let d = dossier_with_outpatient_letter(&["Echo rechterpols in het local hospital: ganglion."]);
    let (report, _) = check_json(d.path(), &[]);
    assert_ne!(fact(&report, "treated_abroad")["value"], true, "{report:#}");
}

#[test]
fn a_stay_in_a_hospital_named_in_its_own_language_requires_mrsa_screening() {
    // The hospital's own word ("Ospedale", "Szpital") is the only sign of the stay; the second
    // sentence names German care as a noun ("Behandlung") and a hospital with a local name.
    for sentence in [
        "Hij heeft na het ongeluk een week in het Ospedale San Giacomo doorgebracht.",
        "Die weitere Behandlung erfolgte im Landeskrankenhaus Feldkirch.",
    ] {
        assert_care_abroad_asks_for_mrsa_screening(sentence);
    }
}

#[test]
fn a_stay_abroad_given_as_the_reason_for_a_request_happened() {
    // The request is a plan; the stay it is asked for because of is not.
    for sentence in [
        "P: graag MRSA-screening ivm opname in een ziekenhuis in Casablanca, mei jl.",
        "Swabs for MRSA requested because of admission to a hospital in Crete last month.",
    ] {
        assert_care_abroad_asks_for_mrsa_screening(sentence);
    }
}

#[test]
fn a_hospital_named_in_english_or_german_is_abroad_unless_its_town_is_at_home() {
    // No country or town abroad is named: only the hospital's name, in a language hospitals at
    // home do not name themselves in, says where the care was.
    for sentence in [
        "In 2024 onderging hij een carpaletunnelrelease in het Queen Elizabeth Hospital.",
        "Operiert wurde sie damals im Josefshospital.",
    ] {
        assert_care_abroad_asks_for_mrsa_screening(sentence);
    }
    // A Dutch hospital written in English in the same shape, with its town at home after it.
    let sentence = "She had a trapeziectomy at the Gelre Hospital in Apeldoorn last spring.";
    let d = dossier_with_outpatient_letter(&[sentence]);
    let (report, _) = check_json(d.path(), &[]);
    let treated = fact(&report, "treated_abroad");
    assert_eq!(treated["value"], false, "{treated:#}");
    assert_not_applicable(&report, "mrsa");
}

#[test]
fn an_operation_report_whose_footer_gives_an_address_abroad_is_care_abroad() {
    let d = base_dossier();
    let report_lines = [
        "Dienst Orthopedie - Handchirurgie",
        "Operatieverslag",
        "Patiënt: VERSCHUEREN Lotte, °04/06/1979",
        "Datum ingreep: 03/11/2026",
        "Chirurg: dr. Pieter Goossens",
        "Anesthesie: plexusblok",
        "Ingreep: Vrijleggen nervus ulnaris in het kanaal van Guyon, rechts.",
        "Verloop: Incisie over het os pisiforme, de nervus wordt vrijgelegd tot aan de splitsing. Hemostase, huidsluiting met Ethilon 4/0.",
        "dr. Pieter Goossens, orthopedisch chirurg",
        "Sint-Remigius Ziekenhuis · Molenbeekstraat 12 · 8820 Torhout · T +32 50 44 10 00",
    ];
    d.write("operatieverslag.pdf", pdf_text(&report_lines));
    let (report, _) = check_json(d.path(), &[]);
    let treated = fact(&report, "treated_abroad");
    assert_eq!(treated["value"], true, "{treated:#}");
    assert_eq!(req(&report, "mrsa")["status"], "missing", "{report:#}");
}

#[test]
fn a_british_postcode_in_the_letterhead_puts_the_hospital_its_gp_names_abroad() {
    // A Dutch GP practising in England writes in Dutch, so the language says nothing; a GP abroad
    // treats at the practice, but the hospital the letter names is care abroad. Only the
    // postcode's format ("LM4 7QT") says the practice is not in the Netherlands.
    let d = base_dossier();
    let lines = [
        "Elm Lane Medical Practice",
        "4 Elm Lane, Longmere LM4 7QT",
        "12 oktober 2026",
        "Geachte collega,",
        "Mevrouw Voorbeeld verhuist naar Nederland en vroeg mij u te schrijven over haar rechterhand.",
        "Zij onderging in maart 2025 een carpaletunnelrelease in het Northfield Hospital; de klachten zijn teruggekeerd.",
        "Met vriendelijke groet,",
        "K. Ashworth, huisarts",
    ];
    d.write("gp-letter-uk.pdf", pdf_text(&lines));
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1);
    let treated = fact(&report, "treated_abroad");
    assert_eq!(treated["value"], true, "{treated:#}");
    assert_eq!(req(&report, "mrsa")["status"], "missing");
}

// ---------------------------------------------------------------------------------------------------
// History: inside a referral, stale, undated

#[test]
fn referral_with_its_own_history_section_meets_history() {
    let d = Dossier::new();
    d.write(
        "verwijsbrief.pdf",
        pdf(&letters::referral_with_history("1 oktober 2026")),
    );
    d.write(
        "polibrief.pdf",
        pdf(&letters::specialist_letter_nothing_done("15 oktober 2026")),
    );
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    let history = req(&report, "history");
    assert_eq!(history["status"], "met", "{history:#}");
    assert_eq!(evidence_paths(history), ["verwijsbrief.pdf"]);
    assert!(
        quotes(history, "behandeld met spalk en handtherapie"),
        "the section's treatment sentence is quoted: {history:#}"
    );
    assert!(
        reason(&report, "history").contains("Voorgeschiedenis"),
        "{history:#}"
    );
    assert_eq!(status(&report, "referral"), "met");
}

#[test]
fn referral_without_history_section_does_not_meet_history() {
    let d = Dossier::new();
    d.write(
        "verwijsbrief.pdf",
        pdf(&letters::referral("1 oktober 2026")),
    );
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1);
    assert_eq!(status(&report, "history"), "missing", "{report:#}");
}

#[test]
fn stale_referral_with_history_section_does_not_meet_history() {
    let d = Dossier::new();
    d.write(
        "verwijsbrief.pdf",
        pdf(&letters::referral_with_history("1 maart 2026")),
    );
    let (report, _) = check_json(d.path(), &[]);
    let history = req(&report, "history");
    assert_eq!(history["met"], false, "{history:#}");
    assert_eq!(history["status"], "outdated", "{history:#}");
}

#[test]
fn history_letter_older_than_six_months_is_outdated() {
    let d = base_dossier();
    std::fs::remove_file(d.path().join("samenvatting.pdf")).unwrap();
    d.write("samenvatting.pdf", pdf(&letters::history("01-03-2026")));
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1);
    let history = req(&report, "history");
    assert_eq!(history["status"], "outdated", "{history:#}");
    assert_eq!(history["met"], false);
    assert!(history["request"].is_string());
    assert_eq!(evidence_paths(history), ["samenvatting.pdf"]);
    let why = reason(&report, "history");
    assert!(why.contains("01-03-2026"), "{why}");
    assert!(why.contains("267"), "age in days: {why}");
    assert!(why.contains("183"), "the limit: {why}");
    assert_eq!(doc(&report, "samenvatting.pdf")["date"], "2026-03-01");
}

#[test]
fn history_letter_of_exactly_183_days_is_recent_enough() {
    let d = base_dossier();
    std::fs::remove_file(d.path().join("samenvatting.pdf")).unwrap();
    // 2026-11-23 minus 183 days.
    d.write("samenvatting.pdf", pdf(&letters::history("24-05-2026")));
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(status(&report, "history"), "met", "{report:#}");
    d.write("samenvatting.pdf", pdf(&letters::history("23-05-2026")));
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(status(&report, "history"), "outdated", "{report:#}");
}

#[test]
fn undated_history_letter_is_not_taken_for_recent() {
    let d = base_dossier();
    std::fs::remove_file(d.path().join("samenvatting.pdf")).unwrap();
    d.write("samenvatting.pdf", pdf(&letters::history_undated()));
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1);
    let history = req(&report, "history");
    assert_eq!(history["met"], false, "{history:#}");
    assert_eq!(history["status"], "needs-review", "{history:#}");
    assert_eq!(evidence_paths(history), ["samenvatting.pdf"]);
    assert!(
        reason(&report, "history").contains("geen datum"),
        "{history:#}"
    );
    let document = doc(&report, "samenvatting.pdf");
    assert_eq!(document["kind"], "history");
    assert!(
        document["date"].is_null(),
        "the birth date is not the letter's date: {document:#}"
    );
}

#[test]
fn birth_date_is_never_the_letter_date() {
    // "geb. 01-01-1980" above the letter; the real date comes later under "Datum:".
    let d = Dossier::new();
    d.write(
        "brief.pdf",
        pdf(&[
            "Huisartsenpraktijk De Linde".to_string(),
            "Huisartsensamenvatting".to_string(),
            "Patiënt: mevr. A. Testpersoon, geb. 01-01-1980".to_string(),
            "Datum: 2 november 2026".to_string(),
            "Episodelijst: artrose rechterpols, behandeld met een spalk.".to_string(),
        ]),
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(
        doc(&report, "brief.pdf")["date"],
        "2026-11-02",
        "{report:#}"
    );
    assert_eq!(status(&report, "history"), "met");
}

#[test]
fn letter_dates_in_dutch_and_english_forms() {
    let cases = [
        ("Datum: 12 maart 2026", "2026-03-12"),
        ("Datum: 12 mrt. 2026", "2026-03-12"),
        ("Datum: 12-03-2026", "2026-03-12"),
        ("Datum: 12/03/2026", "2026-03-12"),
        ("Datum: 2026-03-12", "2026-03-12"),
        ("Datum: 1 oktober 2026", "2026-10-01"),
        ("Date: 12 March 2026", "2026-03-12"),
        ("Date: March 12, 2026", "2026-03-12"),
        ("Teststad, 5 november 2026", "2026-11-05"),
    ];
    let d = Dossier::new();
    for (i, (line, _)) in cases.iter().enumerate() {
        d.write(
            &format!("brief {i}.pdf"),
            pdf(&[
                "Huisartsenpraktijk De Linde".to_string(),
                "Huisartsensamenvatting".to_string(),
                line.to_string(),
                "Patiënt: mevr. A. Testpersoon, geboortedatum 02-02-1980".to_string(),
                "Episodelijst: artrose rechterpols, behandeld met een spalk.".to_string(),
            ]),
        );
    }
    let (report, _) = check_json(d.path(), &[]);
    let wrong: Vec<String> = cases
        .iter()
        .enumerate()
        .filter_map(|(i, (line, date))| {
            let got = &doc(&report, &format!("brief {i}.pdf"))["date"];
            (got != date).then(|| format!("{line:?}: expected {date}, got {got}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn impossible_date_is_not_a_letter_date() {
    let d = Dossier::new();
    d.write(
        "samenvatting.pdf",
        pdf(&[
            "Huisartsensamenvatting".to_string(),
            "Datum: 31-02-2026".to_string(),
            "Patiënt: mevr. A. Testpersoon, geboortedatum 01-01-1980".to_string(),
            "Episodelijst: artrose rechterpols, behandeld met een spalk.".to_string(),
        ]),
    );
    let (report, _) = check_json(d.path(), &[]);
    assert!(
        doc(&report, "samenvatting.pdf")["date"].is_null(),
        "{report:#}"
    );
    assert_eq!(req(&report, "history")["met"], false);
}

// ---------------------------------------------------------------------------------------------------
// English letters

#[test]
fn english_discharge_letter_is_correspondence_and_states_the_facts() {
    let d = base_dossier();
    d.write(
        "discharge letter.pdf",
        pdf(&letters::english_discharge_letter("14 July 2026")),
    );
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1, "{report:#}");
    let corr = req(&report, "correspondence");
    assert_eq!(corr["status"], "met", "{corr:#}");
    assert_eq!(evidence_paths(corr), ["discharge letter.pdf"]);
    assert_eq!(doc(&report, "discharge letter.pdf")["date"], "2026-07-14");
    for (id, quote) in [
        (
            "imaging_done",
            "X-rays of the wrist showed a distal radius fracture.",
        ),
        ("operated", "She underwent surgery with plate fixation."),
        (
            "treated_abroad",
            "The patient was admitted to our hospital in Spain after a fall on the right wrist.",
        ),
    ] {
        let f = fact(&report, id);
        assert_eq!(f["value"], true, "{id}: {f:#}");
        assert_eq!(f["source"], "text", "{id}: {f:#}");
        assert!(quotes(f, quote), "{id} quotes {quote:?}: {f:#}");
    }
    for id in ["imaging-cd", "imaging-report", "operation-report", "mrsa"] {
        assert_eq!(status(&report, id), "missing", "{id}: {report:#}");
    }
}

#[test]
fn english_letter_saying_no_surgery_was_performed_needs_no_operation_report() {
    let d = base_dossier();
    d.write(
        "clinic letter.docx",
        docx(&letters::english_outpatient_letter(
            "2 November 2026",
            &["No surgery was performed.", "No imaging has been done."],
        )),
    );
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(status(&report, "correspondence"), "met");
    assert_not_applicable(&report, "operation-report");
    assert_not_applicable(&report, "imaging-report");
    assert!(quotes(
        fact(&report, "operated"),
        "No surgery was performed."
    ));
}

// ---------------------------------------------------------------------------------------------------
// Referrals: a question, and a date

#[test]
fn referral_for_treatment_without_a_question_is_missing_with_a_reason() {
    let d = Dossier::new();
    d.write(
        "verwijsbrief.pdf",
        pdf(&letters::referral_without_question("1 oktober 2026")),
    );
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1);
    let referral = req(&report, "referral");
    assert_eq!(referral["status"], "missing", "{referral:#}");
    assert_eq!(referral["met"], false);
    assert_eq!(doc(&report, "verwijsbrief.pdf")["kind"], "referral");
    assert_eq!(evidence_paths(referral), ["verwijsbrief.pdf"]);
    let why = reason(&report, "referral");
    assert!(why.contains("verwijsbrief.pdf"), "{why}");
    assert!(why.contains("zonder een vraagstelling"), "{why}");
}

#[test]
fn future_dated_referral_is_not_met() {
    let d = base_dossier();
    d.write(
        "verwijsbrief.pdf",
        pdf(&letters::referral("15 december 2026")),
    );
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1);
    let referral = req(&report, "referral");
    assert_eq!(referral["met"], false, "{referral:#}");
    assert_eq!(referral["status"], "needs-review", "{referral:#}");
    assert_eq!(evidence_paths(referral), ["verwijsbrief.pdf"]);
    assert!(
        reason(&report, "referral").contains("na de peildatum"),
        "{referral:#}"
    );
    assert_eq!(doc(&report, "verwijsbrief.pdf")["date"], "2026-12-15");
    assert!(
        problem_codes(&report, "verwijsbrief.pdf").contains(&"future-date".to_string()),
        "{report:#}"
    );
}

#[test]
fn future_dated_history_letter_is_not_met() {
    let d = base_dossier();
    d.write("samenvatting.pdf", pdf(&letters::history("01-12-2026")));
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1);
    assert_eq!(req(&report, "history")["met"], false, "{report:#}");
}

#[test]
fn referral_older_than_a_year_is_outdated() {
    let d = base_dossier();
    d.write(
        "verwijsbrief.pdf",
        pdf(&letters::referral("1 oktober 2025")),
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(status(&report, "referral"), "outdated", "{report:#}");
}

// ---------------------------------------------------------------------------------------------------
// One sentence, one dossier: the facts a careful clerk reads from it

/// `(sentence, imaging_done, operated, treated_abroad)`.
type Case = (&'static str, bool, bool, bool);

const DUTCH: &[Case] = &[
    ("Patiënte is nooit geopereerd.", false, false, false),
    (
        "Zij werd in 2024 geopereerd aan de rechterpols.",
        false,
        true,
        false,
    ),
    ("Een operatie is geïndiceerd.", false, false, false),
    ("Operatie wordt overwogen.", false, false, false),
    ("Patiënt werd verwezen voor operatie.", false, false, false),
    (
        "Zij heeft nooit een operatie ondergaan.",
        false,
        false,
        false,
    ),
    (
        "Er is geen sprake van een eerdere operatie.",
        false,
        false,
        false,
    ),
    (
        "In 2022 werd een carpaletunnel release rechts verricht.",
        false,
        true,
        false,
    ),
    (
        "Wij hebben patiënte op de wachtlijst voor een artrodese geplaatst.",
        false,
        false,
        false,
    ),
    ("Er is geen beeldvorming verricht.", false, false, false),
    ("Beeldvorming is niet verricht.", false, false, false),
    ("Er is geen MRI of CT gemaakt.", false, false, false),
    ("Er is nog geen echo gemaakt.", false, false, false),
    ("Een MRI wordt aangevraagd.", false, false, false),
    ("Een MRI van de pols toonde artrose.", true, false, false),
    (
        "Op de röntgenfoto is geen fractuur zichtbaar.",
        true,
        false,
        false,
    ),
    (
        "Echografie van de pols liet een ganglion zien.",
        true,
        false,
        false,
    ),
    (
        "De CT-scan toonde een scaphoïdfractuur.",
        true,
        false,
        false,
    ),
    (
        "Patiënt is in 2023 opgenomen in een ziekenhuis in Spanje.",
        false,
        false,
        true,
    ),
    (
        "Tijdens een vakantie in Turkije werd zij op de spoedeisende hulp behandeld.",
        false,
        false,
        true,
    ),
    (
        "Zij is in Duitsland geopereerd aan haar pols.",
        false,
        true,
        true,
    ),
    ("Patiënte was op vakantie in Spanje.", false, false, false),
    (
        "Patiënt is niet in het buitenland behandeld.",
        false,
        false,
        false,
    ),
    ("Patiënte is nooit opgenomen geweest.", false, false, false),
    // A split verb's particle, a prefix written apart, a wish: none is an operation.
    (
        "Hij zag destijds af van een artrodese.",
        false,
        false,
        false,
    ),
    (
        "De pols werd non-operatief behandeld met een onderarmgips.",
        false,
        false,
        false,
    ),
    (
        "Een CT-scan kan desgewenst later worden gemaakt.",
        false,
        false,
        false,
    ),
];

const ENGLISH: &[Case] = &[
    ("No surgery was performed.", false, false, false),
    (
        "She underwent surgery with plate fixation.",
        false,
        true,
        false,
    ),
    ("Surgery is indicated.", false, false, false),
    (
        "Surgery might be considered in the future.",
        false,
        false,
        false,
    ),
    ("She has never had an operation.", false, false, false),
    (
        "A carpal tunnel release was performed in 2023.",
        false,
        true,
        false,
    ),
    (
        "X-rays of the wrist showed a distal radius fracture.",
        true,
        false,
        false,
    ),
    ("No imaging has been done.", false, false, false),
    ("An MRI scan will be requested.", false, false, false),
    (
        "Ultrasound of the wrist was not performed.",
        false,
        false,
        false,
    ),
    (
        "The patient was admitted to a hospital in Spain after a fall.",
        false,
        false,
        true,
    ),
    (
        "He was treated in a hospital in Turkey and operated on there.",
        false,
        true,
        true,
    ),
    (
        "The patient was on holiday in France without any medical care.",
        false,
        false,
        false,
    ),
    (
        "She was never admitted to a hospital abroad.",
        false,
        false,
        false,
    ),
    (
        "The department of hand surgery saw the patient.",
        false,
        false,
        false,
    ),
    (
        "Needle fasciotomy remains a possibility for later.",
        false,
        false,
        false,
    ),
];

/// Sentences where the careful reading is known to differ from the tool's (see the ignored test).
const KNOWN_WRONG: &[Case] = &[
    // "no" reaches every item of the list, not just the first two words after it.
    (
        "There is no history of surgery or imaging.",
        false,
        false,
        false,
    ),
    (
        "Er zijn geen röntgenfoto's, echo's of MRI-scans gemaakt.",
        false,
        false,
        false,
    ),
];

/// Fails with every misread sentence listed.
fn assert_none_wrong(wrong: &[String]) {
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// Runs each sentence as the only letter in its own dossier (PDF for even rows, Word for odd ones)
/// and returns the rows where the facts differ, described for the failure message.
fn fact_mismatches(cases: &[Case], english: bool) -> Vec<String> {
    let mut wrong = Vec::new();
    for (i, &(sentence, imaging, operated, abroad)) in cases.iter().enumerate() {
        let d = Dossier::new();
        let lines = if english {
            letters::single_sentence_english(sentence)
        } else {
            letters::single_sentence(sentence)
        };
        let file = if i % 2 == 0 {
            "brief.pdf"
        } else {
            "brief.docx"
        };
        d.write(
            file,
            if i % 2 == 0 {
                pdf(&lines)
            } else {
                docx(&lines)
            },
        );
        let (report, _) = check_json(d.path(), &[]);
        assert_eq!(
            doc(&report, file)["readable"],
            true,
            "{sentence}: {report:#}"
        );
        let got = |id: &str| fact(&report, id)["value"].as_bool().expect("boolean fact");
        let got = (got("imaging_done"), got("operated"), got("treated_abroad"));
        if got != (imaging, operated, abroad) {
            wrong.push(format!(
                "{sentence:?}: expected (imaging_done, operated, treated_abroad) = {:?}, got {got:?}; facts {}",
                (imaging, operated, abroad),
                report["facts"]
            ));
            continue;
        }
        // A fact read as true from the text quotes the sentence that says so.
        for (id, value) in [
            ("imaging_done", imaging),
            ("operated", operated),
            ("treated_abroad", abroad),
        ] {
            let f = fact(&report, id);
            if value && f["source"] == "text" && !quotes(f, sentence) {
                wrong.push(format!(
                    "{sentence:?}: {id} does not quote the sentence: {f}"
                ));
            }
        }
    }
    wrong
}

#[test]
fn facts_from_single_dutch_sentences() {
    assert!(DUTCH.len() + ENGLISH.len() >= 30);
    let wrong = fact_mismatches(DUTCH, false);
    assert_none_wrong(&wrong);
}

#[test]
fn facts_from_single_english_sentences() {
    let wrong = fact_mismatches(ENGLISH, true);
    assert_none_wrong(&wrong);
}

#[test]
fn facts_from_negated_lists() {
    let wrong = fact_mismatches(KNOWN_WRONG, false);
    assert_none_wrong(&wrong);
}

// ---------------------------------------------------------------------------------------------------
// More traps for a keyword search

#[test]
fn negation_split_over_two_lines_still_negates() {
    // A wrapped paragraph: "nooit" at the end of one line, "geopereerd" on the next.
    let d = dossier_with_outpatient_letter(&[
        "Zij heeft veel klachten van de pols, maar is tot op heden nooit",
        "geopereerd aan de rechterhand.",
    ]);
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_not_applicable(&report, "operation-report");
}

#[test]
fn fact_on_the_second_page_is_read() {
    let mut body: Vec<String> = (1..=45)
        .map(|i| format!("Regel {i}: pijn bij belasten, geen zwelling."))
        .collect();
    body.push("Zij werd in 2025 geopereerd aan de rechterpols.".to_string());
    let body: Vec<&str> = body.iter().map(String::as_str).collect();
    let d = dossier_with_outpatient_letter(&body);
    let (report, _) = check_json(d.path(), &[]);
    let operated = fact(&report, "operated");
    assert_eq!(operated["value"], true, "{operated:#}");
    assert!(
        quotes(operated, "geopereerd aan de rechterpols"),
        "{operated:#}"
    );
}

fn gp_letter() -> Vec<String> {
    vec![
        "Huisartsenpraktijk De Linde".to_string(),
        "Lindelaan 1, 1234 AB Teststad".to_string(),
        "Datum: 3 november 2026".to_string(),
        "Aan: polikliniek orthopedie, Ziekenhuis Rijnstad".to_string(),
        "".to_string(),
        "Geachte collega,".to_string(),
        "Mevrouw Testpersoon kwam op mijn spreekuur terug met pijn aan de rechterpols.".to_string(),
        "Ik heb haar paracetamol voorgeschreven.".to_string(),
        "Met vriendelijke groet,".to_string(),
        "T. Huisarts, huisarts".to_string(),
    ]
}

#[test]
fn gp_letter_with_a_neutral_name_is_not_specialist_correspondence() {
    let d = base_dossier();
    d.write("document.pdf", pdf(&gp_letter()));
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(req(&report, "correspondence")["met"], false, "{report:#}");
}

#[test]
fn gp_letter_named_brief_huisarts_is_not_specialist_correspondence() {
    let d = base_dossier();
    d.write("brief huisarts.pdf", pdf(&gp_letter()));
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1, "{report:#}");
    let corr = req(&report, "correspondence");
    assert_eq!(corr["met"], false, "{report:#}");
}

#[test]
fn gp_letter_calling_her_uw_patiente_is_not_specialist_correspondence() {
    let d = base_dossier();
    d.write(
        "van de huisarts.pdf",
        pdf(&[
            "Huisartsenpraktijk De Linde".to_string(),
            "Lindelaan 1, 1234 AB Teststad".to_string(),
            "Datum: 3 november 2026".to_string(),
            "Aan: polikliniek orthopedie, Ziekenhuis Rijnstad".to_string(),
            "".to_string(),
            "Geachte collega,".to_string(),
            "Uw patiënte kwam op mijn spreekuur terug met pijn aan de rechterpols.".to_string(),
            "Ik heb haar paracetamol voorgeschreven.".to_string(),
            "Met vriendelijke groet,".to_string(),
            "T. Huisarts, huisarts".to_string(),
        ]),
    );
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1, "{report:#}");
    let corr = req(&report, "correspondence");
    assert_eq!(corr["met"], false, "{report:#}");
}

#[test]
fn episode_dates_are_not_the_letter_date() {
    // No "Datum:" label; the dates at the start of each episode line are past events.
    let d = Dossier::new();
    d.write(
        "samenvatting.pdf",
        pdf(&[
            "Huisartsenpraktijk De Linde".to_string(),
            "Huisartsensamenvatting".to_string(),
            "Patiënt: mevr. A. Testpersoon, geboortedatum 01-01-1980".to_string(),
            "".to_string(),
            "Episodelijst:".to_string(),
            "12-03-2019 Carpaletunnelsyndroom rechts".to_string(),
            "04-05-2026 Artrose rechterpols, behandeld met spalk".to_string(),
        ]),
    );
    let (report, _) = check_json(d.path(), &[]);
    let history = req(&report, "history");
    assert_eq!(history["met"], false, "{report:#}");
    assert_eq!(history["status"], "needs-review", "{report:#}");
}

const MORE_DUTCH: &[Case] = &[
    ("Geen afwijkingen op de MRI.", true, false, false),
    ("Geen MRI gemaakt, wel een röntgenfoto.", true, false, false),
    (
        "Status na carpaletunnel release in 2019.",
        false,
        true,
        false,
    ),
    (
        "Er is geen indicatie voor een operatie.",
        false,
        false,
        false,
    ),
    ("Is er ooit een MRI gemaakt?", false, false, false),
    (
        "Zonder operatie herstelde de pols goed.",
        false,
        false,
        false,
    ),
    (
        "Zij woont in België en werkt in Nederland.",
        false,
        false,
        false,
    ),
    ("Patiënte is geboren in Marokko.", false, false, false),
    (
        "Zij werd in Thailand op de spoedeisende hulp behandeld met gips.",
        false,
        false,
        true,
    ),
    (
        "Patiënt is niet in het buitenland opgenomen, maar wel in Spanje op de SEH behandeld.",
        false,
        false,
        true,
    ),
];

const MORE_ENGLISH: &[Case] = &[
    ("She did not undergo any surgery.", false, false, false),
    ("No fracture was seen on the X-ray.", true, false, false),
    ("She was operated on in Belgium.", false, true, true),
    (
        "An X-ray was taken in the emergency department in Spain.",
        true,
        false,
        true,
    ),
    ("Was an MRI ever done?", false, false, false),
];

#[test]
fn facts_from_more_single_sentences() {
    let mut wrong = fact_mismatches(MORE_DUTCH, false);
    wrong.extend(fact_mismatches(MORE_ENGLISH, true));
    assert_none_wrong(&wrong);
}

#[test]
fn admission_at_home_and_a_holiday_abroad_in_one_sentence_is_not_treatment_abroad() {
    let sentence = "Zij is opgenomen geweest in het ziekenhuis in Nijmegen; in Spanje was zij alleen op vakantie.";
    let wrong = fact_mismatches(&[(sentence, false, false, false)], false);
    assert_none_wrong(&wrong);
}

#[test]
fn operation_in_a_foreign_hospital_requires_mrsa_screening() {
    let sentence = "Zij onderging in augustus 2026 een operatie aan de pols in Portugal.";
    let d = dossier_with_outpatient_letter(&[sentence]);
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1, "{report:#}");
    let mrsa = req(&report, "mrsa");
    assert_eq!(mrsa["applies"], true, "{report:#}");
    assert_eq!(mrsa["status"], "missing", "{report:#}");
    assert!(
        quotes(fact(&report, "treated_abroad"), sentence),
        "{report:#}"
    );
}

#[test]
fn facts_from_operations_abroad_said_in_other_words() {
    let mut wrong = fact_mismatches(
        &[
            (
                "Zij onderging in 2025 een operatie in Portugal.",
                false,
                true,
                true,
            ),
            (
                "Patiënte heeft haar pols in Spanje laten opereren.",
                false,
                true,
                true,
            ),
        ],
        false,
    );
    wrong.extend(fact_mismatches(
        &[(
            "She had an operation on her wrist in Spain.",
            false,
            true,
            true,
        )],
        true,
    ));
    assert_none_wrong(&wrong);
}

#[test]
fn facts_from_label_lines_answered_no() {
    let mut wrong = fact_mismatches(
        &[
            ("Operaties: geen", false, false, false),
            ("Beeldvorming: geen", false, false, false),
            ("Geopereerd: nee", false, false, false),
            ("MRI: niet verricht.", false, false, false),
        ],
        false,
    );
    wrong.extend(fact_mismatches(
        &[
            ("Previous surgery: none.", false, false, false),
            ("Imaging: none.", false, false, false),
            ("X-ray: not performed.", false, false, false),
        ],
        true,
    ));
    assert_none_wrong(&wrong);
}

#[test]
fn facts_from_cancelled_postponed_or_declined_operations() {
    let mut wrong = fact_mismatches(
        &[
            ("De geplande operatie is uitgesteld.", false, false, false),
            ("De operatie werd afgezegd.", false, false, false),
            ("Patiënte ziet af van een operatie.", false, false, false),
        ],
        false,
    );
    wrong.extend(fact_mismatches(
        &[
            ("Surgery was cancelled.", false, false, false),
            ("She declined surgery.", false, false, false),
            ("Surgery was postponed.", false, false, false),
        ],
        true,
    ));
    assert_none_wrong(&wrong);
}

#[test]
fn facts_from_operations_only_the_hand_has_and_offers_said_at_the_end() {
    // A generic excision ("*ectomie") needs a hand word in its sentence; a fasciectomy or a
    // trapeziectomy is the hand's own operation and names it. German puts "angeboten" last.
    let mut wrong = fact_mismatches(
        &[
            (
                "Wij verrichtten een beperkte fasciectomie van straal V links.",
                false,
                true,
                false,
            ),
            (
                "Diagnosen: Rhizarthrose rechts, Z. n. Trapezektomie links 2021",
                false,
                true,
                false,
            ),
            (
                "Wir haben der Patientin eine Trapezektomie angeboten.",
                false,
                false,
                false,
            ),
            (
                "Orthopeed bespreekt trapeziectomie als mogelijkheid.",
                false,
                false,
                false,
            ),
            ("Status nach Appendektomie 2015.", false, false, false),
        ],
        false,
    );
    wrong.extend(fact_mismatches(
        &[(
            "S/p left trapeziectomy 2023, now right-sided symptoms.",
            false,
            true,
            false,
        )],
        true,
    ));
    assert_none_wrong(&wrong);
}

#[test]
fn facts_from_documents_not_at_hand() {
    // Papers that are missing say nothing against the event they record: it happened.
    let mut wrong = fact_mismatches(
        &[
            (
                "Sie wurde in Thailand an der Hand operiert, Unterlagen liegen nicht vor.",
                false,
                true,
                true,
            ),
            (
                "Die Röntgenbilder liegen uns leider nicht vor.",
                true,
                false,
                false,
            ),
            (
                "Het operatieverslag uit Spanje is nog niet ontvangen.",
                false,
                true,
                true,
            ),
        ],
        false,
    );
    wrong.extend(fact_mismatches(
        &[(
            "We have not yet obtained the operation note from Turkey.",
            false,
            true,
            true,
        )],
        true,
    ));
    assert_none_wrong(&wrong);
}

#[test]
fn facts_from_hospital_and_foreign_place_that_do_not_belong_together() {
    let wrong = fact_mismatches(
        &[
            (
                "She was admitted to hospital in Amsterdam after returning from Spain.",
                false,
                false,
                false,
            ),
            (
                "The patient was seen at a hospital in Spain but not admitted or treated.",
                false,
                false,
                false,
            ),
        ],
        true,
    );
    assert_none_wrong(&wrong);
}

#[test]
fn a_hand_therapists_letter_from_a_hospital_abroad_is_by_a_therapist_and_care_abroad() {
    let d = base_dossier();
    let letter = [
        "Northgate University Hospitals NHS Trust",
        "Hand Therapy Service, Therapies Department",
        "Northgate General Hospital, Castle Lane, Northgate NG4 2QT",
        "12 October 2026",
        "Dear Dr Vermeer,",
        "Ms Hendriks attended six sessions of splinting and tendon gliding for her left thumb.",
        "Her grip strength has improved and she is independent with her home programme.",
        "Kind regards,",
        "Alice Brampton",
        "Clinical Specialist Occupational Therapist",
    ];
    d.write("hand-therapy.pdf", pdf_text(&letter));
    let (report, _) = check_json(d.path(), &[]);
    let doc = report["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .find(|x| x["path"] == "hand-therapy.pdf")
        .expect("the letter is listed");
    assert_eq!(doc["author"], "other", "{doc:#}");
    let abroad = fact(&report, "treated_abroad");
    assert_eq!(abroad["value"], true, "{abroad:#}");
    assert_eq!(req(&report, "mrsa")["applies"], true, "{report:#}");
}

#[test]
fn facts_from_labels_needs_and_questions() {
    let mut wrong = fact_mismatches(
        &[
            // The label names the topic; its value says what happened.
            (
                "Chirurgische voorgeschiedenis: aan de hand nooit geopereerd.",
                false,
                false,
                false,
            ),
            // What may be needed has not been done.
            (
                "Bij verdere verschuiving kan een operatie alsnog nodig zijn.",
                false,
                false,
                false,
            ),
            // A request, and a clause whose verb stands far behind its subject.
            ("Verzoek: artrodese van het duimbasisgewricht.", false, false, false),
            (
                "Een operatie is bij een stabiele, niet verplaatste breuk van de pols doorgaans niet nodig.",
                false,
                false,
                false,
            ),
            // What a decision is based on was made.
            (
                "Op grond van de MRI, die in juni werd gemaakt, is een spalk voorgesteld.",
                true,
                false,
                false,
            ),
            // A question asks all of it, the past in it too.
            (
                "Draagt u metalen delen, zoals schroeven na een eerdere operatie?",
                false,
                false,
                false,
            ),
        ],
        false,
    );
    wrong.extend(fact_mismatches(
        &[
            (
                "Previous surgery: none to the hand, she has never been operated on.",
                false,
                false,
                false,
            ),
            (
                "Treatment options reviewed today: a splint, a steroid injection or a tendon transfer.",
                false,
                false,
                false,
            ),
        ],
        true,
    ));
    assert_none_wrong(&wrong);
}

#[test]
fn a_discharge_letter_with_the_operation_of_a_gall_bladder_needs_no_operation_report_of_the_hand() {
    let d = base_dossier();
    let letter = [
        "Ziekenhuis Rivierenland - Maatschap Chirurgie",
        "Aan: huisarts dr. P. Smit",
        "Datum: 12-10-2026",
        "Ontslagbrief Chirurgie",
        "Diagnose: symptomatische cholecystolithiasis.",
        "Operatie",
        "Datum: 09-10-2026. Operateur: dr. K. Bakker, chirurg.",
        "Ingreep: laparoscopische cholecystectomie, ongecompliceerd.",
        "Beloop: vlot herstel, dag 2 naar huis.",
        "Met vriendelijke groet,",
        "dr. K. Bakker, chirurg",
    ];
    d.write("ontslagbrief.pdf", pdf_text(&letter));
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    let operated = fact(&report, "operated");
    assert_eq!(operated["value"], false, "{operated:#}");
    assert_not_applicable(&report, "operation-report");
}

#[test]
fn an_appointment_letter_asking_to_bring_any_operation_reports_says_nothing_of_an_operation() {
    let d = base_dossier();
    let letter = [
        "Handkliniek Oost - Afsprakenbureau",
        "Bevestiging van uw afspraak",
        "Datum: 20-10-2026",
        "Geachte mevrouw Jansen,",
        "Hierbij bevestigen wij uw afspraak op 4 november 2026 om 10.15 uur.",
        "Neemt u mee:",
        "- uw verzekeringspas",
        "- eventuele operatieverslagen en foto's",
        "Met vriendelijke groet,",
        "Afsprakenbureau Handkliniek Oost",
    ];
    d.write("afspraak.pdf", pdf_text(&letter));
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(fact(&report, "operated")["value"], false, "{report:#}");
    assert_not_applicable(&report, "operation-report");
}

#[test]
fn an_english_radiology_report_from_a_hospital_without_a_foreign_address_is_care_abroad() {
    let d = base_dossier();
    let report_lines = [
        "Kingsmead General Hospital",
        "Department of Clinical Radiology",
        "Referrer: Mr J. Hale, Trauma and Orthopaedics",
        "Examination: X-ray right wrist, two views. Date of examination: 14/09/2026",
        "Clinical details: fall on an outstretched hand while visiting relatives, tender anatomical snuffbox.",
        "Findings: there is a minimally displaced fracture through the waist of the scaphoid with no other bony injury.",
        "Conclusion: scaphoid waist fracture, to be managed in a cast by the fracture clinic.",
        "Reported by Dr A. Menon, Consultant Radiologist",
    ];
    d.write("xray-report.pdf", pdf_text(&report_lines));
    let (report, _) = check_json(d.path(), &[]);
    let abroad = fact(&report, "treated_abroad");
    assert_eq!(abroad["value"], true, "{abroad:#}");
    assert_eq!(req(&report, "mrsa")["applies"], true, "{report:#}");

    // The same report in English from a Dutch address is care at home.
    let d = base_dossier();
    let mut at_home = report_lines.to_vec();
    at_home.insert(1, "Meibergdreef 9, 1105 AZ Amsterdam");
    d.write("xray-report.pdf", pdf_text(&at_home));
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(
        fact(&report, "treated_abroad")["value"],
        false,
        "{report:#}"
    );
}

#[test]
fn a_patients_english_email_from_home_is_not_care_abroad() {
    let d = base_dossier();
    let email = [
        "From: Laura Visser",
        "Subject: second opinion for my wrist",
        "Dear clinic,",
        "I am writing in English because I work for an international company and my Dutch is not very good.",
        "My GP in Utrecht sent me to a hospital here last year and an MRI of my wrist was made there.",
        "I would like to ask whether you could give a second opinion on the treatment they proposed.",
        "Kind regards,",
        "Laura Visser",
    ];
    d.write("email.txt", email.join("\n"));
    let (report, _) = check_json(d.path(), &[]);
    let abroad = fact(&report, "treated_abroad");
    assert_eq!(abroad["value"], false, "{abroad:#}");
}

// A negated finding next to where it was looked for, a place named to deny it, "here" in a
// sentence that names only a place abroad, a plan's options separated by semicolons, a separable
// verb around its "niet", and an unticked box on a form.
const FINDINGS_PLACES_AND_FORMS_DUTCH: &[Case] = &[
    (
        "Er werd geen peesruptuur op de MRI gezien.",
        true,
        false,
        false,
    ),
    (
        "Keine Sehnenruptur im MRT des Handgelenks.",
        true,
        false,
        false,
    ),
    (
        "Zij is in Maastricht gegipst en dus niet in België behandeld.",
        false,
        false,
        false,
    ),
    (
        "Beleid: opties besproken: (1) spalk; (2) injectie; (3) een artrodese van de pols.",
        false,
        false,
        false,
    ),
    (
        "Een operatie aan de pols vond niet plaats.",
        false,
        false,
        false,
    ),
    (
        "Beleid: (1) spalk; (2) injectie, die zij weigert omdat zij naalden vreest; (3) een artrodese van de pols.",
        false,
        false,
        false,
    ),
    ("Zij vraagt naar een operatie aan de duim.", false, false, false),
];

const FINDINGS_PLACES_AND_FORMS_ENGLISH: &[Case] = &[
    (
        "No tendon tear was visible in the ultrasound of the wrist.",
        true,
        false,
        false,
    ),
    (
        "We operated on his wrist here at the Clínica Dexeus in Barcelona in June.",
        false,
        true,
        true,
    ),
    (
        "Requested: [x] second opinion [ ] surgery",
        false,
        false,
        false,
    ),
];

#[test]
fn facts_from_findings_places_and_forms() {
    let mut wrong = fact_mismatches(FINDINGS_PLACES_AND_FORMS_DUTCH, false);
    wrong.extend(fact_mismatches(FINDINGS_PLACES_AND_FORMS_ENGLISH, true));
    assert_none_wrong(&wrong);
}

#[test]
fn aftercare_of_another_problems_operation_is_no_operation_of_the_hand() {
    // "Postoperatief" names no problem: it is about the hip operation named just before it.
    let d = dossier_with_outpatient_letter(&[
        "Mevrouw is op 2 oktober 2026 aan de heup rechts geopereerd (totale heupprothese).",
        "Postoperatief verliep het herstel voorspoedig.",
        "Daarnaast is zij bekend met artrose van de duimbasis links; hiervoor is zij nooit geopereerd.",
    ]);
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_not_applicable(&report, "operation-report");
}

#[test]
fn a_specialists_referral_is_also_their_correspondence() {
    // An orthopaedic surgeon refers the patient on: the referral, and a letter from the treating
    // specialist.
    let d = Dossier::new();
    d.write("samenvatting.pdf", pdf(&letters::history("28-09-2026")));
    let letter = [
        "Ziekenhuis Noordoever - Afdeling Orthopedie",
        "Parkweg 12, 7411 AB Deventer, telefoon 0570 123 456",
        "Aan: dr. P. de Wit, plastisch chirurg, Handkliniek Oost",
        "Deventer, 3 november 2026",
        "Betreft: mevrouw T. Voorbeeld, geboren 12-04-1971",
        "Geachte collega,",
        "Hierbij verwijs ik mevrouw Voorbeeld naar uw kliniek voor een second opinion over haar rechterpols.",
        "Zij is sinds het voorjaar bij ons onder behandeling voor pijn aan de ulnaire zijde van de pols.",
        "Mijn vraag is of u een andere behandeling dan een brace ziet.",
        "Met vriendelijke groet,",
        "dr. K. Jansen, orthopedisch chirurg",
    ];
    d.write("verwijzing orthopedie.pdf", pdf_text(&letter));
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(req(&report, "referral")["status"], "met", "{report:#}");
    assert_eq!(
        req(&report, "correspondence")["status"],
        "met",
        "{report:#}"
    );
}

#[test]
fn a_referral_printout_under_the_receiving_hospitals_name_is_the_gps_referral_only() {
    // The printout carries the hospital it goes to at the top; its referrer line names the GP who
    // wrote it. It is no letter from a treating specialist.
    let d = Dossier::new();
    d.write("samenvatting.pdf", pdf(&letters::history("28-09-2026")));
    let printout = [
        "VERWIJZING CONSULT HANDCHIRURGIE",
        "Ziekenhuis Waaldelta - Plastische chirurgie",
        "Datum verwijzing: 2 november 2026",
        "Verwijzer: M. Bosman, huisarts - Gezondheidscentrum De Linde",
        "Naam: Voorbeeld, T.",
        "VRAAGSTELLING: Triggerduim rechts? Graag beoordeling en behandeladvies.",
        "ANAMNESE: Sinds de zomer haperen van de duim rechts, 's ochtends op slot.",
        "ONDERZOEK: Knobbeltje ter hoogte van A1-ringband, triggering bij buigen.",
    ];
    d.write("zorgdomein.pdf", pdf_text(&printout));
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(req(&report, "referral")["status"], "met", "{report:#}");
    assert_eq!(req(&report, "correspondence")["met"], false, "{report:#}");
}

/// A patient's intake questionnaire as a web form prints it: each question in one cell, the ticked
/// box in the next.
fn intake_form(surgery_answer: &str) -> String {
    [
        "Vragenlijst nieuwe patiënt - Handkliniek",
        "Ingevuld op\t12-10-2026",
        "Naam\tT. Voorbeeld",
        "Welke hand of pols betreft het?\tRechts",
        format!("Bent u aan deze hand of pols al eens geopereerd?\t{surgery_answer}").as_str(),
        "Bent u de laatste twee maanden in een ziekenhuis in het buitenland behandeld?\t☐ Ja ☒ Nee",
        "Hoe lang heeft u al klachten?\tSinds het voorjaar",
    ]
    .join("\n")
}

#[test]
fn a_forms_ticked_answer_in_the_next_cell_answers_its_question() {
    let d = base_dossier();
    d.write("vragenlijst.txt", intake_form("☐ Ja ☒ Nee").as_bytes());
    let (report, _) = check_json(d.path(), &[]);
    assert_not_applicable(&report, "operation-report");
    assert_not_applicable(&report, "mrsa");
    assert_eq!(report["facts"]["operated"]["source"], "text", "{report:#}");

    let d = base_dossier();
    d.write("vragenlijst.txt", intake_form("[x] Ja [ ] Nee").as_bytes());
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(
        req(&report, "operation-report")["status"],
        "missing",
        "{report:#}"
    );
    assert_not_applicable(&report, "mrsa");
}

#[test]
fn facts_from_care_in_any_country_and_answered_form_questions() {
    let mut wrong = fact_mismatches(
        &[
            (
                "In mei 2026 is hij in een ziekenhuis in Oezbekistan aan de pols geopereerd.",
                false,
                true,
                true,
            ),
            (
                "Na de val werd de pols op de eerste hulp in Namibië gegipst.",
                false,
                false,
                true,
            ),
            (
                "Ziekenhuisopname in het buitenland afgelopen twee maanden? Ja, Malaga, vier dagen.",
                false,
                false,
                true,
            ),
        ],
        false,
    );
    wrong.extend(fact_mismatches(
        &[(
            "The fracture was plated at a trauma centre in Kazakhstan in March.",
            false,
            true,
            true,
        )],
        true,
    ));
    assert_none_wrong(&wrong);
}

#[test]
fn a_request_forms_question_wrapped_in_its_cell_keeps_its_ticked_answer() {
    let d = base_dossier();
    let form = [
        "AANVRAAG BEELDVORMEND ONDERZOEK\tSticker",
        "Patiënt\tMw. T. Voorbeeld\tGeboortedatum\t12-04-1971",
        "Aanvrager\tP. de Wit, huisarts\tDatum aanvraag\t14-10-2026",
        "Onderzoek\t[ ] Röntgen [X] Echografie [ ] MRI",
        "Vraagstelling\tGanglion pols links?",
        "Is de patiënt eerder geopereerd aan deze\t[ ] ja [X] nee",
        "pols",
        "Uitslag naar\taanvrager",
    ]
    .join("\n");
    d.write("aanvraag.txt", form.as_bytes());
    let (report, _) = check_json(d.path(), &[]);
    assert_not_applicable(&report, "operation-report");
    let evidence = report["facts"]["operated"]["evidence"].to_string();
    assert!(
        evidence.contains("eerder geopereerd aan deze pols: nee"),
        "{report:#}"
    );
}

#[test]
fn facts_from_fears_and_plans_that_close_their_clause() {
    let mut wrong = fact_mismatches(
        &[
            (
                "Hij is bang voor een operatie aan zijn pols en wil eerst een tweede mening.",
                false,
                false,
                false,
            ),
            (
                "Een artrodese van het STT-gewricht is bij aanhoudende pijn na de injecties aangewezen.",
                false,
                false,
                false,
            ),
            (
                "Eine Arthrodese des Daumensattelgelenks ist nach Ausschöpfen der konservativen Therapie indiziert.",
                false,
                false,
                false,
            ),
        ],
        false,
    );
    wrong.extend(fact_mismatches(
        &[(
            "She is anxious about surgery on her dominant hand after what happened to her sister.",
            false,
            false,
            false,
        )],
        true,
    ));
    assert_none_wrong(&wrong);
}

#[test]
fn a_nationality_is_no_place_of_care_but_a_replaced_joint_abroad_is_care_there() {
    let mut wrong = fact_mismatches(
        &[
            (
                "Mr Evans, a German engineer who lives in Leiden, was seen in the fracture clinic today.",
                false,
                false,
                false,
            ),
            (
                "Her left hip replacement was done in Dublin in 2022.",
                false,
                false,
                true,
            ),
            (
                "He was admitted to a Portuguese hospital with a wound infection after the fall.",
                false,
                false,
                true,
            ),
        ],
        true,
    );
    wrong.extend(fact_mismatches(
        &[(
            "In 2023 kreeg hij in Zürich een heupprothese rechts.",
            false,
            false,
            true,
        )],
        false,
    ));
    assert_none_wrong(&wrong);
}

#[test]
fn facts_from_arthroscopies_sutured_tendons_and_the_german_still() {
    let wrong = fact_mismatches(
        &[
            (
                "Im März 2025 erfolgte eine Handgelenksarthroskopie in Wien.",
                false,
                true,
                true,
            ),
            (
                "Die Strecksehne wurde noch in der Nacht des Unfalls genäht (Strecksehnennaht Zone V).",
                false,
                true,
                false,
            ),
            (
                "In 2024 werd een polsartroscopie verricht in het UZ Gent.",
                false,
                true,
                true,
            ),
        ],
        false,
    );
    assert_none_wrong(&wrong);
}

#[test]
fn before_an_operation_puts_the_operation_ahead_but_not_the_exams_taken_before_it() {
    let mut wrong = fact_mismatches(
        &[(
            "Klinische gegevens: preoperatieve MRSA-screening voor de trapeziectomie rechts.",
            false,
            false,
            false,
        )],
        false,
    );
    wrong.extend(fact_mismatches(
        &[
            (
                "Pre-op screen requested ahead of a Dupuytren fasciectomy.",
                false,
                false,
                false,
            ),
            (
                "Preoperative radiographs showed advanced STT arthritis.",
                true,
                false,
                false,
            ),
        ],
        true,
    ));
    assert_none_wrong(&wrong);
}

#[test]
fn a_therapists_report_signed_without_a_closing_is_no_specialists_letter() {
    // A hand therapist's discharge report on the hospital's letterhead names the consultant in a
    // field and ends with the therapist's name and role, no "kind regards" above them.
    let d = base_dossier();
    let report_lines = [
        "Rivierenland Ziekenhuis Culemborg",
        "Afdeling Revalidatie - Handtherapie",
        "Westerweg 40, 4101 KL Culemborg",
        "",
        "EINDVERSLAG HANDTHERAPIE",
        "",
        "Datum: 12-10-2026",
        "Patiënt: mw. R. Proefpersoon",
        "Behandelend specialist: dr. L. Hoekstra, plastisch chirurg",
        "",
        "Diagnose: peesletsel buigpees dig. 4 links, conservatief beleid.",
        "Beloop: 9 behandelingen, oefenschema en nachtspalk.",
        "Conclusie: volledige vuistsluiting, kracht 80 % van rechts.",
        "",
        "Jolien Verbeek",
        "Handtherapeut CHT-NL",
    ];
    d.write("eindverslag handtherapie.txt", report_lines.join("\n"));
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(req(&report, "correspondence")["met"], false, "{report:#}");
}

#[test]
fn a_report_asked_for_on_a_condition_says_no_operation_happened() {
    // The clinic asks for an operation report only in case there was an operation: that is no
    // sign there was one, in Dutch or English.
    for body in [
        "Heeft mevrouw ooit een ingreep aan deze hand ondergaan? Zo ja, wilt u het verslag daarvan meesturen.",
        "Please enclose the operative report in case she underwent surgery on the wrist abroad.",
    ] {
        let d = dossier_with_outpatient_letter(&[body]);
        let (report, _) = check_json(d.path(), &[]);
        assert_not_applicable(&report, "operation-report");
    }
}

#[test]
fn a_physiotherapists_report_with_a_doctors_headings_is_no_specialists_letter() {
    // A physiotherapy practice reports to the GP under the same headings a specialist uses; the
    // practice and the signer say who wrote it, and a physiotherapist writes no specialist letters.
    let d = base_dossier();
    let lines = [
        "Fysiotherapie Het Anker - praktijk voor hand- en polsrevalidatie",
        "Dorpsstraat 3, 5261 AA Vught",
        "",
        "Aan: dokter B. Smit, huisarts",
        "Vught, 14 oktober 2026",
        "Betreft: mevr. K. Voorbeeld, geb. 02-02-1990",
        "",
        "Geachte collega,",
        "Anamnese: pijn aan de radiale zijde van de linkerpols bij tillen van haar zoontje.",
        "Bevindingen: drukpijn eerste strekpeesloge, Finkelstein positief.",
        "Diagnose: tendovaginitis van De Quervain links.",
        "Behandeling: spalk, frictie en oefeningen voor de duimstrekkers.",
        "Beloop: na acht behandelingen minder pijn, kracht nog verminderd.",
        "Conclusie: tendinopathie zonder volledig herstel.",
        "Advies: verwijzing naar de handchirurg overwegen.",
        "Met vriendelijke groet,",
        "Marloes de Boer, fysiotherapeut",
    ];
    d.write("brief fysiotherapie.pdf", pdf_text(&lines));
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(req(&report, "correspondence")["met"], false, "{report:#}");
}

#[test]
fn a_request_forms_second_name_on_its_title_line_is_no_referral() {
    // The GP's form names itself twice on one line: a request for an X-ray, "verwijzing" to
    // radiology. It does not refer the patient to the clinic.
    let d = Dossier::new();
    d.write("samenvatting.pdf", pdf(&letters::history("28-09-2026")));
    let form = [
        "Aanvraagformulier radiologie / verwijzing beeldvorming",
        "Huisartsenpraktijk De Meander, Rivierweg 8, 6601 AB Wijchen",
        "Aan: afdeling Radiologie, Maasziekenhuis",
        "Datum: 20-10-2026",
        "Naam patiënt: T. Voorbeeld, geb. 12-04-1971",
        "Gevraagd onderzoek: [x] röntgen [ ] echo [ ] MRI",
        "Zijde: [x] rechts [ ] links",
        "Klinische gegevens: pijn anatomische snuifdoos na val op de hand.",
        "Vraagstelling: scaphoidfractuur? Graag uw beoordeling.",
        "Handtekening aanvrager: J. Kok, huisarts",
    ]
    .join("\n");
    d.write("aanvraag rontgen.txt", form);
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(req(&report, "referral")["met"], false, "{report:#}");
}

#[test]
fn a_specialty_in_a_name_and_a_pre_operative_clinic_are_no_operation() {
    // Who asked for the visit and where it took place are names: "(Hand Surgery)" after a
    // surgeon's name, a clinic for the assessment before an operation still to come.
    for body in [
        "Mevrouw werd gezien op verzoek van Mr J. Okafor (Hand Surgery), die haar nog moet beoordelen.",
        "Afspraak gemaakt bij de Pre-operative Assessment Clinic voor het afnemen van kweken.",
    ] {
        let d = dossier_with_outpatient_letter(&[body]);
        let (report, _) = check_json(d.path(), &[]);
        assert_not_applicable(&report, "operation-report");
    }
}

#[test]
fn what_is_to_be_weighed_or_named_as_options_and_a_cooperation_are_no_operation() {
    for body in [
        "Eine operative Versteifung des Handgelenks ist bei anhaltenden Schmerzen zu diskutieren.",
        "Wrist arthroscopy and ulnar shortening were explained to her as options.",
        "Die Befundung erfolgte durch die Teleradiologie-Kooperation Rheinland.",
    ] {
        let d = dossier_with_outpatient_letter(&[body]);
        let (report, _) = check_json(d.path(), &[]);
        assert_not_applicable(&report, "operation-report");
    }
}

#[test]
fn an_intake_questionnaire_named_in_a_compound_is_the_patients_and_an_occupational_physician_is_no_gp(
) {
    let d = base_dossier();
    let questionnaire = [
        "Handkliniek Zuidwest - Patiëntvragenlijst pols en hand",
        "",
        "Naam: T. Voorbeeld",
        "Huisarts: dokter Kramer, Goes",
        "1. Welke hand? links",
        "2. Eerder geopereerd aan deze hand? nee",
        "3. Wat verwacht u van het bezoek? Duidelijkheid over de pijn.",
        "Handtekening: T. Voorbeeld",
    ]
    .join("\n");
    d.write("vragenlijst ingevuld.txt", questionnaire);
    let occupational = [
        "ArboNed Zeeland",
        "Vertrouwelijk",
        "Middelburg, 2 november 2026",
        "Geachte collega,",
        "Mevrouw is sinds september gedeeltelijk arbeidsongeschikt door klachten van de linkerpols.",
        "Zij werkt als kassamedewerker; tillen en scannen lukken niet.",
        "Met vriendelijke groet,",
        "P. Zeeman, bedrijfsarts",
    ]
    .join("\n");
    d.write("brief arbo.txt", occupational);
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(
        doc(&report, "vragenlijst ingevuld.txt")["author"],
        "patient",
        "{report:#}"
    );
    assert_eq!(
        doc(&report, "brief arbo.txt")["author"],
        "other",
        "{report:#}"
    );
}

#[test]
fn there_is_the_place_named_last_before_it() {
    // "daar" across a semicolon is the city abroad named before it ...
    let d = dossier_with_outpatient_letter(&[
        "Zij woonde tot vorig jaar in Lissabon; de pees is daar in een kliniek gehecht.",
    ]);
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(req(&report, "mrsa")["status"], "missing", "{report:#}");
    // ... but not when a hospital is named in between: that hospital may be anywhere.
    let d = dossier_with_outpatient_letter(&[
        "Zij overwintert in Spanje, maar haar vaste orthopeed zit in het Ikazia Ziekenhuis; daar is zij ook geopereerd.",
    ]);
    let (report, _) = check_json(d.path(), &[]);
    assert_not_applicable(&report, "mrsa");
}

#[test]
fn asking_a_colleague_to_see_the_patient_is_a_referral_not_a_reference_to_a_document() {
    // "See" here asks for a consultation; it does not point at an enclosed document.
    let d = Dossier::new();
    d.write("samenvatting.pdf", pdf(&letters::history("28-09-2026")));
    let letter = [
        "Brookfield Medical Practice",
        "4 Orchard Road, Lowbridge LB2 9QT",
        "3 November 2026",
        "Dear Colleague",
        "Re: Mrs Tessa VOORBEELD, DOB 12/04/1971",
        "Would you kindly see this 55 year old florist for a second opinion about her left wrist, which has been painful since a fall in May?",
        "Current medication: paracetamol as needed.",
        "Yours sincerely",
        "Dr Alan Reeve",
        "General Practitioner",
    ]
    .join("\n");
    d.write("gp letter.txt", letter);
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(req(&report, "referral")["status"], "met", "{report:#}");
}

#[test]
fn an_operation_in_the_conditional_mood_or_feared_after_it_is_no_operation() {
    // What an operation would bring, or what one fears after it, is about an operation that has
    // not been done: the modal "zou" closes its clause far from the event, and "na de ingreep"
    // sits inside the fear.
    for body in [
        "Collega Jansen legde uit dat een artrodese haar werk als kapster ernstig zou belemmeren.",
        "Patiënt is bang voor blijvende gevoelloosheid van de duim na de ingreep.",
        "She is afraid of losing grip strength in the right hand after the operation.",
        "De kans op een recidief en op een pijnlijk litteken na de operatie is uitgebreid toegelicht.",
    ] {
        let d = dossier_with_outpatient_letter(&[body]);
        let (report, _) = check_json(d.path(), &[]);
        assert_not_applicable(&report, "operation-report");
    }
}

#[test]
fn what_comes_after_an_operation_that_happened_still_says_it_happened() {
    // The relative "na de operatie" keeps saying the operation was done when it is not part of a
    // plan: fronted before an advice, or after a label's colon.
    for body in [
        "Na de operatie in maart is handtherapie voorgeschreven.",
        "Reden verwijzing: stijve vingers na de operatie in juni.",
    ] {
        let d = dossier_with_outpatient_letter(&[body]);
        let (report, _) = check_json(d.path(), &[]);
        assert_eq!(
            req(&report, "operation-report")["status"],
            "missing",
            "{body}"
        );
    }
}

#[test]
fn exams_left_out_usually_done_or_only_supposed_are_no_imaging() {
    // An exam left out or never made, what is usually done for patients in general, an exam
    // supposed ("als er ooit"), a referral for one and one to have done are no exams of this patient.
    for body in [
        "Een echo van de pols bleef achterwege.",
        "Eine Röntgenaufnahme wurde laut Patient nie angefertigt.",
        "Bij een vermoeden van een scheur wordt gewoonlijk een MRI gemaakt.",
        "Als er ooit een scan is gemaakt, dan is die bij ons niet bekend.",
        "Überweisung zur Kernspintomographie des Handgelenks.",
        "He may prefer to have the scan done near his home.",
    ] {
        let d = dossier_with_outpatient_letter(&[body]);
        let (report, _) = check_json(d.path(), &[]);
        assert_not_applicable(&report, "imaging-report");
    }
}

#[test]
fn who_tells_of_care_abroad_a_hospital_by_compound_and_there_after_a_foreign_hospital() {
    // The wife who tells is not whom it happened to; "Universitätsspital" is a hospital; "daar"
    // after "het Turkse ziekenhuis" is that hospital, even when an exam there was left out.
    for body in [
        "Zijn echtgenote vertelt dat hij vorig jaar in een ziekenhuis in Malaga is opgenomen.",
        "Sie wurde im Universitätsspital Zürich ambulant gesehen.",
        "Een scan bleef in het Turkse ziekenhuis achterwege; de pols is daar gegipst.",
    ] {
        let d = dossier_with_outpatient_letter(&[body]);
        let (report, _) = check_json(d.path(), &[]);
        assert_eq!(req(&report, "mrsa")["status"], "missing", "{body}");
    }
}

#[test]
fn a_tendon_suture_names_its_tendon_and_a_dated_journal_entry_ends_the_plan_before_it() {
    // "Sehnennaht" is a tendon sutured, the hand's own operation; in a GP journal a new dated
    // entry is no longer part of the previous entry's plan: the X-ray was made.
    let cases = [
        ("Eine Sehnennaht erfolgte im Mai.", "operation-report"),
        (
            "12-09-2026 S: val op pols. P: X-pols, mitella. 15-09-2026 Uitslag X-pols: geen fractuur.",
            "imaging-report",
        ),
    ];
    for (body, id) in cases {
        let d = dossier_with_outpatient_letter(&[body]);
        let (report, _) = check_json(d.path(), &[]);
        assert_eq!(req(&report, id)["status"], "missing", "{body}");
    }
}

#[test]
fn a_label_cell_wrapped_after_a_linking_word_keeps_its_birth_date_from_dating_the_report() {
    // A form prints "Date of" in its cell and "birth" on the cell's next line; a bilingual label
    // breaks after its slash ("Né le /" / "Geboren"): the birth date beside them is no report
    // date, the report's own date is.
    let forms: [&[&[(i64, &str)]]; 2] = [
        &[
            &[
                (56, "Clínica Mar Azul"),
                (330, "Servicio de Urgencias, Alicante"),
            ],
            &[(56, "EMERGENCY DEPARTMENT REPORT")],
            &[
                (56, "Patient"),
                (150, "JANSEN, Eva"),
                (330, "Record"),
                (420, "A-5521"),
            ],
            &[
                (56, "Date of"),
                (150, "02/03/1961"),
                (330, "Passport"),
                (420, "NLD"),
            ],
            &[(56, "birth")],
            &[(56, "Seen"), (150, "14/09/2026")],
            &[(
                56,
                "Fall onto the left wrist. X-ray: distal radius fracture, splinted.",
            )],
        ],
        &[
            &[
                (56, "Clinique du Parc"),
                (330, "Service de chirurgie de la main"),
            ],
            &[(56, "Protocole opératoire / Operatieprotocol")],
            &[
                (56, "Patient"),
                (150, "JANSEN Eva"),
                (330, "Né le /"),
                (420, "02/03/1961"),
            ],
            &[(330, "Geboren")],
            &[
                (56, "Chirurgien"),
                (150, "Dr A. Peeters"),
                (330, "Date / Datum"),
                (420, "14/09/2026"),
            ],
            &[(56, "Ingreep: excisie ganglion pols links.")],
        ],
    ];
    for rows in forms {
        let d = base_dossier();
        d.write("buitenland.pdf", common::pdf_cells(rows));
        let (report, _) = check_json(d.path(), &[]);
        assert_eq!(
            doc(&report, "buitenland.pdf")["date"],
            "2026-09-14",
            "{rows:?}"
        );
    }
}

#[test]
fn an_operation_named_as_an_example_weighed_or_discussed_is_no_operation() {
    // "Na een operatie" in a question is any operation; one that is "goed te verdedigen" is
    // weighed; a discussion about a release is no release.
    for body in [
        "Heeft u metaal in uw lichaam, bijvoorbeeld na een operatie of na een val met glassplinters?",
        "Een artrodese van de duimbasis is goed te verdedigen, maar mevrouw wil nog nadenken.",
        "We had a detailed discussion about a carpal tunnel release today.",
    ] {
        let d = dossier_with_outpatient_letter(&[body]);
        let (report, _) = check_json(d.path(), &[]);
        assert_not_applicable(&report, "operation-report");
    }
}

#[test]
fn a_negation_in_a_relative_clause_does_not_reach_the_operation_before_its_comma() {
    let d = dossier_with_outpatient_letter(&[
        "Een release van de A1-pulley in 2021, waarvoor nooit een controle is geweest, bracht weinig verbetering.",
    ]);
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(req(&report, "operation-report")["status"], "missing");
}

#[test]
fn a_lab_printout_whose_mrsa_screening_is_still_pending_is_no_mrsa_result() {
    // The laboratory lists blood values and notes that the MRSA swabs are still being processed:
    // that is no MRSA result, and its sampling date dates the printout.
    let d = base_dossier();
    let lines = [
        "LABORATORIUM WESTERSCHELDE - klinische chemie - medische microbiologie",
        "Uitslagen laboratoriumonderzoek",
        "Aanvrager : J. de Wit, huisarts",
        "Patiënt : Voorbeeld, K. Afname : 12-11-2026",
        "Geb.datum : 02-02-1970",
        "Bepaling: Uitslag Eenheid",
        "Hemoglobine 8.4 mmol/L",
        "CRP 4 mg/L",
        "Microbiologie: MRSA-screening neus/keel (afname 12-11-2026) in behandeling, uitslag volgt separaat.",
    ];
    d.write("lab.pdf", pdf_text(&lines));
    let (report, _) = check_json(d.path(), &[]);
    let lab = doc(&report, "lab.pdf");
    assert_ne!(lab["kind"], "mrsa-screening", "{lab:#}");
    assert_eq!(lab["date"], "2026-11-12", "{lab:#}");
}

#[test]
fn a_heading_in_capitals_names_a_topic_not_an_operation() {
    // "SURGICAL AND ANAESTHETIC HISTORY" heads a section; what the section says decides.
    let d = base_dossier();
    d.write(
        "clinic-letter.txt",
        "Dear colleague,\n\nI saw Mrs Example in clinic on 12 October 2026.\n\n\
         SURGICAL AND ANAESTHETIC HISTORY\n\n\
         She has never had an operation on either hand or wrist.\n\nYours sincerely,\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_not_applicable(&report, "operation-report");
}

#[test]
fn infiltrations_at_a_belgian_az_and_a_form_question_answered_after_its_dot_leader_are_care_abroad()
{
    // Infiltrations given at an "AZ" are care in a Belgian hospital; a form's question answered
    // after a dot leader is no open question: the answer says where she was treated.
    for body in [
        "Zij kreeg vorig jaar in het AZ Sint-Vincentius twee infiltraties van de pols.",
        "Waar bent u behandeld? ........ Clínica San Roque in Ronda",
    ] {
        let d = dossier_with_outpatient_letter(&[body]);
        let (report, _) = check_json(d.path(), &[]);
        assert_eq!(req(&report, "mrsa")["status"], "missing", "{body}");
    }
}

#[test]
fn a_diagnostic_centre_for_gps_is_no_gp_and_its_unheaded_xray_report_counts() {
    // The letterhead says whom the centre works for ("voor huisartsen"); the radiologist who
    // signs wrote the report, which has no title.
    let d = base_dossier();
    let lines = [
        "Eerstelijns Centrum Westrand",
        "Röntgen & echografie voor huisartsen",
        "Parkweg 8, 2271 AJ Voorburg",
        "T 070-3001122",
        "Patiënt: Voorbeeld, K.",
        "Geboortedatum: 02-02-1990",
        "Aanvrager: M. de Graaf, huisarts",
        "Onderzoeksdatum: 20-10-2026",
        "Onderzoek: X-pols links, 2 richtingen",
        "Klinische gegevens: val op de hand, drukpijn tabatière.",
        "Er is geen fractuur. Normale stand van de carpalia. Geen artrose van het STT-gewricht.",
        "Concl.: geen ossale afwijkingen van de linkerpols.",
        "J. Vermeulen, radioloog",
        "Westrand • verslag automatisch aangemaakt op 20-10-2026 • geldig zonder handtekening",
    ];
    d.write("xpols.pdf", pdf_text(&lines));
    let (report, _) = check_json(d.path(), &[]);
    let x = doc(&report, "xpols.pdf");
    assert_eq!(x["kind"], "imaging-report", "{x:#}");
    assert_eq!(x["author"], "radiologist", "{x:#}");
}

#[test]
fn a_hospital_ct_report_signed_off_on_one_line_is_the_radiologists_report() {
    // No closing formula: the radiologist's name, role and the time of authorisation share one
    // line, and the hospital's name in the letterhead must not make it a specialist's letter.
    let d = base_dossier();
    let lines = [
        "Ziekenhuis Rivierenland Oost",
        "RADIOLOGISCH ONDERZOEK",
        "Stationsweg 40, 4001 AA Tiel",
        "Naam: Mw. P. Voorbeeld",
        "Geb. datum: 07-07-1975",
        "Aanvragend arts: dr. S. Jansen, orthopedisch chirurg",
        "Onderzoek: CT rechterpols",
        "Datum: 05-11-2026",
        "Verslag: Vergelijking met opnamen van 01-10-2026. Fractuur van de distale radius in goede stand.",
        "Er is geen intra-articulaire uitbreiding. Het os scaphoideum is intact.",
        "Conclusie: Consoliderende distale radiusfractuur rechts, geen scaphoidfractuur.",
        "K.M. Willemsen, radioloog - 05-11-2026 14:22",
        "ZRO - verslag geautoriseerd",
    ];
    d.write("ct-pols.pdf", pdf_text(&lines));
    let (report, _) = check_json(d.path(), &[]);
    let ct = doc(&report, "ct-pols.pdf");
    assert_eq!(ct["author"], "radiologist", "{ct:#}");
    assert_eq!(ct["kind"], "imaging-report", "{ct:#}");
}

#[test]
fn an_ultrasound_report_signed_by_name_and_role_alone_is_the_radiologists() {
    // A centre that also runs a laboratory sends the report; the one line "name, role" under the
    // conclusion is who wrote it.
    let d = base_dossier();
    let lines = [
        "Stichting Eerstelijnsdiagnostiek Zuidrand",
        "Laboratorium, bloedafname en diagnostiek voor de huisarts",
        "Kerkplein 3, 5611 AB Eindhoven",
        "Patiënt: Mw. L. Voorbeeld",
        "Geboortedatum: 11-04-1988",
        "Aanvrager: P. de Vries, huisarts",
        "Onderzoek: echografie pols rechts",
        "Datum onderzoek: 12-11-2026",
        "Klinische vraag: zwelling dorsaal, ganglion?",
        "Dorsaal over de pols een goed begrensde echoarme structuur van 9 mm, uitgaande van het SL-gewricht.",
        "Conclusie: beeld passend bij een dorsaal ganglion.",
        "W.F. Smits, radioloog",
    ];
    d.write("echo-pols.pdf", pdf_text(&lines));
    let (report, _) = check_json(d.path(), &[]);
    let echo = doc(&report, "echo-pols.pdf");
    assert_eq!(echo["author"], "radiologist", "{echo:#}");
    assert_eq!(echo["kind"], "imaging-report", "{echo:#}");
}

#[test]
fn a_report_signed_off_above_the_systems_signature_statement_is_the_radiologists() {
    // No title, and a letterhead naming only the hospital: the radiologist signs "name, role" and
    // the system prints below it, as a sentence, that the report was signed electronically. The
    // hospital's letterhead and the conclusion must not make it a specialist's letter.
    let d = base_dossier();
    let lines = [
        "Streekziekenhuis Midden-Twente",
        "Postbus 9014, 7550 AM Hengelo",
        "Patiënt: Dhr. T. Voorbeeld, geb. 03-02-1969",
        "Aanvrager: dr. M. Hoek, plastisch chirurg",
        "Datum: 18-11-2026",
        "Onderzoek: MRI rechterpols zonder contrast",
        "Indicatie: pijn ulnair na val, TFCC-letsel?",
        "Centrale perforatie van het TFCC zonder loslating van de foveale insertie.",
        "Geen botoedeem, het os lunatum is normaal van vorm.",
        "Conclusie: centrale TFCC-perforatie rechts.",
        "drs. A.C. Berends, radioloog",
        "Dit onderzoek is digitaal ondertekend en behoeft geen handtekening.",
    ];
    d.write("mri-pols.pdf", pdf_text(&lines));
    let (report, _) = check_json(d.path(), &[]);
    let mri = doc(&report, "mri-pols.pdf");
    assert_eq!(mri["author"], "radiologist", "{mri:#}");
    assert_eq!(mri["kind"], "imaging-report", "{mri:#}");
}

#[test]
fn a_department_named_below_the_requesters_field_and_the_date_is_the_sender() {
    // Two-column header read line by line: the report's fields come before the department's
    // name. A field between them ends the requester's line: the department below is who wrote
    // the report, not the requester's address.
    let d = base_dossier();
    let lines = [
        "Streekziekenhuis Midden-Twente",
        "Patiënt: Dhr. T. Voorbeeld, geb. 03-02-1969",
        "Aanvrager: dr. M. Hoek, orthopedisch chirurg",
        "Datum: 18-11-2026",
        "Afdeling Radiologie",
        "Onderzoek: X-pols rechts, twee richtingen",
        "Geen fractuur. Normale stand van de carpalia, geen scafolunaire diastase.",
        "Conclusie: geen afwijkingen.",
        "drs. A.C. Berends",
    ];
    d.write("x-pols.pdf", pdf_text(&lines));
    let (report, _) = check_json(d.path(), &[]);
    let x = doc(&report, "x-pols.pdf");
    assert_eq!(x["author"], "radiologist", "{x:#}");
    assert_eq!(x["kind"], "imaging-report", "{x:#}");
}

#[test]
fn a_report_from_the_united_states_reads_its_slash_dates_month_first() {
    // Every date in it could be read either way; the sender's state and ZIP code say the
    // United States, where "10/11/2026" is 11 October.
    let d = base_dossier();
    let lines = [
        "Front Range Imaging Associates",
        "2750 Broadway, Boulder, CO 80304",
        "Patient: VOORBEELD, ANNA   DOB: 04/07/1983",
        "Referring physician: Mark Ellison, MD",
        "Exam: XR WRIST 3+ VIEWS LEFT",
        "Date of exam: 10/11/2026",
        "Findings: No acute fracture or dislocation. Mild radiocarpal joint space narrowing.",
        "Impression: No fracture. Early radiocarpal osteoarthritis.",
        "Electronically signed by Dana Whitfield, MD, Radiologist",
    ];
    d.write("xr-wrist.pdf", pdf_text(&lines));
    let (report, _) = check_json(d.path(), &[]);
    let xr = doc(&report, "xr-wrist.pdf");
    assert_eq!(xr["date"], "2026-10-11", "{xr:#}");
}

#[test]
fn a_printout_dated_de_dato_takes_its_print_date_not_the_registration_date() {
    // "Uitdraai d.d." (printed, dated) heads the GP system's overview; the registration date in
    // the patient's block is older and is no date of the document.
    let d = Dossier::new();
    d.write(
        "verwijsbrief.pdf",
        pdf(&letters::referral("1 oktober 2026")),
    );
    d.write(
        "overzicht.txt",
        "HUISARTSENPRAKTIJK DE LINDENHOF - JOURNAALOVERZICHT\n\
         Uitdraai d.d. 18-11-2026 door M. de Ruiter        blad 1/1\n\
         Patiënt: dhr. P. Proef    Geb.dat.: 02-02-1971\n\
         Adres: Lindenlaan 3, 7431 AB Diepenveen    Ingeschreven: 03-02-2019\n\n\
         EPISODELIJST\n\
         L92 Schouderklachten links    2020\n\
         L99 Artrose CMC-1 rechts      05-2025\n\n\
         JOURNAAL\n\
         12-05-2025 L99 S: pijn basis duim re. O: crepitatie CMC-1. P: brace, uitleg.\n\
         03-11-2026 L99 S: brace helpt onvoldoende. P: verwijzing handchirurgie.\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    let overview = doc(&report, "overzicht.txt");
    assert_eq!(overview["date"], "2026-11-18", "{overview:#}");
}

#[test]
fn a_table_of_labels_in_two_languages_gives_each_value_its_label() {
    // A hospital abroad writes its report's fields in its own language and in English, one
    // label and its value per row: the report's date is the one its label names, not the
    // accident's above it.
    let d = base_dossier();
    let report = docx_with_table(
        &[
            "Clínica Sant Roc - Servei de Diagnòstic per la Imatge",
            "Carrer del Port 7, 07001 Palma",
            "Informe radiològic / Radiology report",
        ],
        &[
            &["Pacient / Patient", "DE VRIES, Marloes"],
            &["Data de naixement / Date of birth", "02/05/1990"],
            &["Data de l'accident / Date of injury", "09/09/2026"],
            &[
                "Estudi / Study",
                "Ecografia canell dret / Ultrasound right wrist",
            ],
            &["Data de l'informe / Report date", "14/09/2026"],
            &["Metge sol·licitant / Referring doctor", "Dr. Pau Serra"],
            &[
                "Resultat / Findings",
                "Dorsal ganglion of 12 mm arising from the scapholunate joint.",
            ],
        ],
    );
    d.write("informe.docx", report);
    let (report, _) = check_json(d.path(), &[]);
    let informe = doc(&report, "informe.docx");
    assert_eq!(informe["date"], "2026-09-14", "{informe:#}");
}

#[test]
fn a_gp_form_signed_in_its_stamp_field_is_the_gps_whatever_hospital_it_names() {
    // A German GP's referral form: the practice is named only in the stamp and signature field at
    // the bottom, and a field above it names the Dutch hospital that operated. The form is the
    // GP's, and a GP abroad writing about care in the Netherlands is no care abroad.
    let d = Dossier::new();
    d.write("samenvatting.pdf", pdf(&letters::history("28-09-2026")));
    let lines = [
        "Überweisungsschein",
        "Krankenkasse: Techniker Krankenkasse",
        "Name, Vorname: Proef, Jan",
        "geb. am: 03.03.1970",
        "Ausstellungsdatum: 16.11.2026",
        "Überweisung an: Handchirurgie, Kliniek Zuid, Venlo (NL)",
        "Auftrag: Zweitmeinung zur Revision nach Karpaltunnelspaltung rechts",
        "Befund: Z.n. Karpaltunnelspaltung rechts 02/2026 im Maasziekenhuis Pantein Boxmeer, seither Taubheit D1-3.",
        "Stempel / Unterschrift: Dr. med. Anna Beckmann, Fachärztin für Allgemeinmedizin, Goch",
    ];
    d.write("ueberweisung.pdf", pdf_text(&lines));
    let (report, _) = check_json(d.path(), &[]);
    let form = doc(&report, "ueberweisung.pdf");
    assert_eq!(form["author"], "gp", "{form:#}");
    assert_eq!(
        fact(&report, "treated_abroad")["value"],
        false,
        "{report:#}"
    );
}

#[test]
fn a_pharmacy_medication_overview_is_no_history_letter() {
    // A pharmacy's printout lists current medicines, intolerances and contra-indications, the same
    // headings a GP's summary has, and names the patient's GP in a field. It is neither history nor
    // the GP's letter, so without a summary the history letter is still missing.
    let d = Dossier::new();
    d.write(
        "verwijsbrief.pdf",
        pdf(&letters::referral("1 oktober 2026")),
    );
    let lines = [
        "Apotheek Het Gouden Hert",
        "Marktstraat 4, 3901 CV Veenendaal",
        "Actueel medicatieoverzicht",
        "Patiënt: dhr. P. Voorbeeld Geboortedatum: 14-07-1962",
        "Huisarts: H. Mulder, huisartsenpraktijk De Brink",
        "Afdrukdatum: 10-11-2026",
        "Actuele medicatie",
        "Paracetamol 500 mg 3 dd 2 tabletten",
        "Metoprolol 50 mg 1 dd 1 tablet",
        "Intoleranties",
        "Geen bekend",
        "Contra-indicaties",
        "Astma",
    ];
    d.write("overzicht apotheek.pdf", pdf_text(&lines));
    let (report, _) = check_json(d.path(), &[]);
    let overview = doc(&report, "overzicht apotheek.pdf");
    assert_ne!(overview["kind"], "history", "{overview:#}");
    assert_ne!(overview["author"], "gp", "{overview:#}");
    assert_eq!(status(&report, "history"), "missing", "{report:#}");
}

#[test]
fn a_form_question_left_unticked_stays_open_and_a_box_after_its_option_is_the_answer() {
    // An intake form prints its options with boxes after them. No box ticked leaves the question
    // open (no stay abroad follows from it); a ticked "nee" says no imaging was done.
    let d = base_dossier();
    d.write(
        "intakeformulier.txt",
        "Intakeformulier handpoli\n\nNaam: P. Voorbeeld\n\n\
         Bent u in het buitenland in een ziekenhuis opgenomen of behandeld?   ja \u{2610}   nee \u{2610}\n\
         Is er een röntgenfoto of MRI van uw hand gemaakt?   ja \u{2610}   nee \u{2612}\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_not_applicable(&report, "mrsa");
    let imaging = fact(&report, "imaging_done");
    assert_eq!(imaging["value"], false, "{imaging:#}");
    assert_eq!(imaging["source"], "text", "{imaging:#}");
}

#[test]
fn an_operation_read_about_discussed_in_german_conditional_or_denied_in_english_is_no_operation() {
    // What the patient read, what was talked over ("besprochen"), what would happen "in that case"
    // and a contracted English "not" are no operation.
    for body in [
        "Patiënte heeft op een forum gelezen dat een artrodese van de pols vaak stijfheid geeft.",
        "Eine Arthrodese des Handgelenks wurde mit dem Patienten eingehend besprochen.",
        "Bij koorts vóór de opname belt u ons; in dat geval wordt de operatie van uw duim verplaatst.",
        "She hasn't had an operation on the hand so far.",
    ] {
        let d = dossier_with_outpatient_letter(&[body]);
        let (report, _) = check_json(d.path(), &[]);
        assert_not_applicable(&report, "operation-report");
    }
}

#[test]
fn a_letter_confirming_an_admission_for_surgery_announces_the_operation() {
    // The hospital confirms a coming admission and tells the patient what they may not do after
    // the operation: the operation has not happened, and the letter is no specialist's letter.
    let d = base_dossier();
    d.write(
        "opname.txt",
        "Ziekenhuis Rivierenland-Oost\nOpnameplanning\n\nBevestiging opname\n\n\
         Geachte heer Voorbeeld,\n\n\
         Hierbij bevestigen wij uw opname op 14 januari 2027 voor een fasciëctomie van de \
         linkerhand door dr. M. Claassen.\n\
         U mag na de operatie 24 uur geen auto rijden.\n\n\
         Met vriendelijke groet,\nbureau opnameplanning\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_not_applicable(&report, "operation-report");
    assert_ne!(doc(&report, "opname.txt")["kind"], "correspondence");
}

#[test]
fn a_patients_mail_titled_as_a_second_opinion_request_is_no_referral() {
    // The patient's own e-mail carries the title a referral could have; who wrote it decides that
    // it is no referral, so the referral is not met by it.
    let d = Dossier::new();
    d.write("samenvatting.pdf", pdf(&letters::history("28-09-2026")));
    d.write(
        "mail patient.txt",
        "Van: Henk Voorbeeld <h.voorbeeld@mail.example>\n\
         Aan: polikliniek handchirurgie\n\
         Datum: 2 november 2026\n\
         Onderwerp: Verzoek om second opinion\n\n\
         Beste mensen,\n\n\
         Ik ben al twee jaar onder behandeling bij de orthopeed voor een pijnlijke pols, zonder \
         resultaat. Graag een second opinion bij u. Mijn huisarts stuurt de verwijzing nog op.\n\n\
         Groet,\nHenk Voorbeeld\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_ne!(doc(&report, "mail patient.txt")["kind"], "referral");
    assert_ne!(status(&report, "referral"), "met", "{report:#}");
}

#[test]
fn an_mrsa_screening_received_whose_result_follows_in_the_next_sentence_is_no_result() {
    // The lab names the swabs it received in one sentence and says in the next, on the next line,
    // that their result comes later: no MRSA result yet.
    let d = base_dossier();
    let lines = [
        "Medisch Laboratorium Zuid-Oost",
        "Uitslagen",
        "Aanvrager: T. Hendriks, huisarts",
        "Afnamedatum: 03-11-2026",
        "Bepaling: Uitslag Eenheid",
        "Kreatinine 80 umol/L",
        "Natrium 139 mmol/L",
        "Opmerking: materiaal voor MRSA-kweek (neus, keel) is binnengekomen. De bacteriologie",
        "rapporteert later; uitslag volgt.",
    ];
    d.write("lab november.pdf", pdf_text(&lines));
    let (report, _) = check_json(d.path(), &[]);
    let lab = doc(&report, "lab november.pdf");
    assert_ne!(lab["kind"], "mrsa-screening", "{lab:#}");
}

#[test]
fn an_insurers_form_asking_whether_a_referral_exists_and_naming_the_specialist_is_neither() {
    // "Verwijsbrief aanwezig: nee" asks about a referral; "Behandelend specialist:" names the
    // patient's doctor, not the form's writer. The form is no referral and no specialist's letter.
    let d = Dossier::new();
    d.write("samenvatting.pdf", pdf(&letters::history("28-09-2026")));
    d.write(
        "formulier verzekeraar.txt",
        "Zorgverzekeraar De Kempen\nAfdeling Machtigingen\n\n\
         Verzekerde: J. Voorbeeld\nGeboortedatum: 03-03-1970\n\
         Behandelend specialist: dr. A. Bos, orthopedisch chirurg, Ziekenhuis Oosterschelde\n\
         Diagnose: artrose duimbasis rechts\n\
         Verwijsbrief aanwezig: nee, volgt via huisarts\n\n\
         Datum: 10-11-2026\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    let form = doc(&report, "formulier verzekeraar.txt");
    assert_ne!(form["kind"], "referral", "{form:#}");
    assert_ne!(form["kind"], "correspondence", "{form:#}");
    assert_eq!(status(&report, "referral"), "missing", "{report:#}");
}

#[test]
fn work_in_a_hospital_a_condition_a_guess_and_an_appointment_are_no_events() {
    for (body, fact_id) in [
        ("Zij werkt als verpleegkundige op de OK van een ziekenhuis in Aken.", "operated"),
        ("Zij werkt als verpleegkundige op de OK van een ziekenhuis in Aken.", "treated_abroad"),
        (
            "Mocht uw patiënt ooit aan deze pols geopereerd zijn, dan ontvangen wij graag een kopie van het operatieverslag.",
            "operated",
        ),
        (
            "Vermoedelijk is destijds op de SEH een röntgenfoto gemaakt; die is niet terug te vinden.",
            "imaging_done",
        ),
        ("Afspraak echo hand rechts: 14-12-2026 om 10:20 uur.", "imaging_done"),
        ("Der CT-Termin ist für den 20.01.2027 vereinbart.", "imaging_done"),
    ] {
        let d = dossier_with_outpatient_letter(&[body]);
        let (report, _) = check_json(d.path(), &[]);
        let f = fact(&report, fact_id);
        assert_eq!(f["value"], false, "{body}: {f:#}");
    }
}

#[test]
fn an_operation_as_planned_one_in_theatre_and_a_stay_at_an_infirmary_happened() {
    for (body, fact_id) in [
        ("The release went ahead as planned on 2 June and healed well.", "operated"),
        ("The tendon was explored in theatre that night.", "operated"),
        (
            "She was admitted to the Royal Dunmore Infirmary after the fall and her wrist was plated there.",
            "treated_abroad",
        ),
    ] {
        let d = dossier_with_outpatient_letter(&[body]);
        let (report, _) = check_json(d.path(), &[]);
        let f = fact(&report, fact_id);
        assert_eq!(f["value"], true, "{body}: {f:#}");
    }
}

#[test]
fn a_dutch_address_written_without_its_postcode_letters_is_no_letter_from_abroad() {
    // A patient signs with "6881 Velp": four digits and a town, as a Belgian address looks. Her
    // letter is in Dutch, so the hospital she names is no hospital abroad.
    let d = base_dossier();
    d.write(
        "brief van mevrouw.txt",
        "Geachte dokter,\n\n\
         Vorig jaar ben ik in het ziekenhuis in Arnhem geopereerd aan mijn linkerpols, omdat de \
         pijn niet over ging. Sindsdien kan ik mijn hand nog steeds niet goed gebruiken en dat \
         maakt het werk in de tuin en het huishouden erg lastig. Mijn huisarts heeft mij \
         geadviseerd om een tweede mening te vragen en daarom schrijf ik u deze brief.\n\n\
         Met vriendelijke groet,\n\
         Anna Voorbeeld\n\
         Kastanjelaan 12, 6881 Velp\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_not_applicable(&report, "mrsa");
}

#[test]
fn a_questionnaires_numbered_items_are_read_one_by_one_and_several_ticked_boxes_all_count() {
    // Each numbered item is a sentence of its own, so the evidence for imaging is item 5 and
    // what it ticked, not a run of items 3 to 5; its last option wrapped onto the next line.
    let d = base_dossier();
    d.write(
        "vragenlijst.txt",
        "Vragenlijst nieuwe patiënt handpoli\n\n\
         Naam: P. Voorbeeld\n\n\
         3. Bent u ooit eerder geopereerd aan deze hand, pols of vingers?[ ] ja   [x] nee\n\
         4. Andere operaties (welke en wanneer)?amandelen 1985; blindedarm 1999\n\
         5. Is er beeldvorming gemaakt van de hand of pols?[x] echo  [x] röntgenfoto  [ ] MRI  [ ] CT  [ ]\n\
         \x20                                 onbekend\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    let imaging = fact(&report, "imaging_done");
    assert_eq!(imaging["value"], true, "{imaging:#}");
    let quote = imaging["evidence"][0]["quote"].as_str().unwrap_or_default();
    assert!(quote.starts_with("5. Is er beeldvorming"), "{imaging:#}");
    assert!(quote.contains("echo, röntgenfoto"), "{imaging:#}");
    assert_not_applicable(&report, "operation-report");
}

#[test]
fn what_the_writer_knows_nothing_of_did_not_happen_as_far_as_the_letter_says() {
    let d = dossier_with_outpatient_letter(&[
        "Van röntgenfoto's of een echo van deze pols is ons niets bekend; wellicht heeft de fysiotherapeut iets laten maken.",
    ]);
    let (report, _) = check_json(d.path(), &[]);
    let imaging = fact(&report, "imaging_done");
    assert_eq!(imaging["value"], false, "{imaging:#}");
}

#[test]
fn a_negation_ends_with_the_clause_it_stands_in() {
    // The report is missing, not the X-ray; and "nooit" after the comma is about being treated elsewhere.
    let d = dossier_with_outpatient_letter(&[
        "Het verslag van de radioloog hebben wij nog niet ontvangen van het ziekenhuis, de foto's zijn in maart gemaakt.",
        "Geopereerd in het Maasstad Ziekenhuis in 2023, nooit elders behandeld.",
    ]);
    let (report, _) = check_json(d.path(), &[]);
    let imaging = fact(&report, "imaging_done");
    assert_eq!(imaging["value"], true, "{imaging:#}");
    let operated = fact(&report, "operated");
    assert_eq!(operated["value"], true, "{operated:#}");
}

#[test]
fn care_at_home_after_a_fall_abroad_is_no_care_abroad() {
    let d = dossier_with_outpatient_letter(&[
        "Op vakantie in Italië van de trap gevallen en dezelfde dag naar huis gereden, thuis werd de pols gegipst.",
    ]);
    let (report, _) = check_json(d.path(), &[]);
    let abroad = fact(&report, "treated_abroad");
    // Said, not merely unmentioned: the letter is the evidence that the care was at home.
    assert_eq!(abroad["value"], false, "{abroad:#}");
    assert!(
        abroad["evidence"][0]["quote"]
            .as_str()
            .is_some_and(|q| q.contains("thuis werd de pols gegipst")),
        "{abroad:#}"
    );
}

#[test]
fn what_was_offered_among_several_options_was_not_done() {
    let d = dossier_with_outpatient_letter(&[
        "She was offered a night splint, a steroid injection or an open release of the carpal tunnel.",
    ]);
    let (report, _) = check_json(d.path(), &[]);
    let operated = fact(&report, "operated");
    assert_eq!(operated["value"], false, "{operated:#}");
}

#[test]
fn a_knee_named_with_its_side_in_one_word_is_no_hand_operation() {
    let d = dossier_with_outpatient_letter(&[
        "Voorgeschiedenis: in 2018 onderging zij een kijkoperatie van de rechterknie.",
        "De klachten van de linkerpols bestaan sinds een half jaar.",
    ]);
    let (report, _) = check_json(d.path(), &[]);
    let operated = fact(&report, "operated");
    assert_eq!(operated["value"], false, "{operated:#}");
}

#[test]
fn what_cannot_be_done_here_has_not_been_done() {
    let d = dossier_with_outpatient_letter(&[
        "Please note that patients who carry MRSA cannot be operated on in our unit until they have been treated.",
    ]);
    let (report, _) = check_json(d.path(), &[]);
    let operated = fact(&report, "operated");
    assert_eq!(operated["value"], false, "{operated:#}");
}

#[test]
fn a_consent_forms_question_about_a_stay_abroad_answered_yes_is_a_stay_abroad() {
    let d = base_dossier();
    let form = [
        "Toestemmingsformulier handchirurgie",
        "Naam: L. de Graaf    Geboortedatum: 14-02-1970",
        "Ik geef toestemming voor de voorgestelde behandeling aan mijn rechterhand.",
        "Bent u in de afgelopen twee maanden in een ziekenhuis in Spanje opgenomen geweest? Ja",
        "Handtekening: L. de Graaf    Datum: 02-11-2026",
    ];
    d.write("toestemming.pdf", pdf_text(&form));
    let (report, _) = check_json(d.path(), &[]);
    let abroad = fact(&report, "treated_abroad");
    assert_eq!(abroad["value"], true, "{abroad:#}");
}

#[test]
fn a_labs_accreditation_number_is_no_address_abroad() {
    let d = base_dossier();
    let lab = [
        "Klinisch Chemisch Laboratorium Rivierland",
        "Geaccrediteerd ISO 15189 M417",
        "Uitslag laboratoriumonderzoek",
        "Patiënt: A. Bakker",
        "Datum afname: 09-11-2026",
        "Bepaling    Uitslag    Eenheid    Referentie",
        "CRP    14    mg/L    < 10",
        "BSE    31    mm/uur    < 20",
        "Leukocyten    7.9    10^9/L    4.0 - 10.0",
    ];
    d.write("lab.pdf", pdf_text(&lab));
    let (report, _) = check_json(d.path(), &[]);
    let abroad = fact(&report, "treated_abroad");
    assert_eq!(abroad["value"], false, "{abroad:#}");
}

#[test]
fn a_birth_date_in_a_table_row_under_its_header_is_not_the_reports_date() {
    let d = base_dossier();
    let report_lines = [
        "Radiologie Maas en Waal",
        "Röntgenverslag",
        "Patiënt",
        "Geboortedatum",
        "Onderzoeksdatum",
        "VERBEEK Sanne",
        "07/05/1962",
        "21/10/2026",
        "Onderzoek: röntgenfoto linkerpols in twee richtingen",
        "Verslag: geen fractuur, normale stand van de carpalia.",
        "Conclusie: geen afwijkingen.",
        "drs. M. Kuipers, radioloog",
    ];
    d.write("rontgen.pdf", pdf_text(&report_lines));
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(doc(&report, "rontgen.pdf")["date"], "2026-10-21");
}

#[test]
fn a_lab_sheet_is_dated_by_its_report_line_and_a_form_by_its_issue_date() {
    let d = Dossier::new();
    d.write(
        "lab.txt",
        "NORTHSIDE PATHOLOGY SERVICES - FINAL REPORT\n\
         Patient: TEST, ANNA DOB: 02/14/1975\n\
         Clinical notes: wrist ganglion excision booked 12/09/2026\n\
         Collected: 11/02/2026 08:05 Reported: 11/03/2026 14:20\n\
         Sodium 140 mmol/L 135 - 145\n",
    );
    d.write(
        "ueberweisung.txt",
        "Überweisungsschein\nName, Vorname: Test, Jan\ngeb. am\n03.03.1970\n\
         Ausstellungsdatum\n21.10.2026\nAuftrag: Bitte um Zweitmeinung Handchirurgie.\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(doc(&report, "lab.txt")["date"], "2026-11-03", "{report:#}");
    assert_eq!(
        doc(&report, "ueberweisung.txt")["date"],
        "2026-10-21",
        "{report:#}"
    );
}

#[test]
fn a_date_under_a_tables_header_row_is_a_cell_not_the_printouts_date() {
    let d = Dossier::new();
    d.write(
        "summary.txt",
        "SystmOne - Printed 04-Nov-2026 09:15 by Dr K. Test\n\
         Summary Record\n\
         Name: Ms Jane TEST\n\
         Date: Entry\n\
         19-Mar-2026\n\
         Ganglion left wrist\n\
         2019\n\
         Asthma\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(
        doc(&report, "summary.txt")["date"],
        "2026-11-04",
        "{report:#}"
    );
}

#[test]
fn a_dated_section_below_the_salutation_does_not_date_the_letter() {
    let d = Dossier::new();
    d.write(
        "austritt.txt",
        "Spital Test, Klinik für Handchirurgie\nBahnhofstrasse 1, 8000 Zürich\n\
         Zürich, 14.9.2026\n\
         Sehr geehrter Herr Kollege\n\
         Operationsbericht\n\
         Datum: 9.9.2026\n\
         Operateur: Dr. med. P. Test\n\
         Eingriff: Naht der Beugesehne FDP D4 links\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(
        doc(&report, "austritt.txt")["date"],
        "2026-09-14",
        "{report:#}"
    );
}

#[test]
fn labs_planners_and_a_gp_writing_to_a_colleague_are_known_as_authors() {
    let d = Dossier::new();
    d.write(
        "lab.txt",
        "LAKESIDE MEDICAL LABORATORIES - FINAL REPORT\nPatient: TEST, JOHN DOB: 05/05/1970\n\
         Ordering: Dr. M. Test - Riverside Orthopedic Clinic\nReported: 11/04/2026\n\
         Potassium 4.1 mmol/L 3.5 - 5.2\n",
    );
    d.write(
        "afspraak.txt",
        "Sent: 30-11-2026 10:02\nFrom: Handcentrum Test - Planning\nTo: Mr P. Test\n\n\
         Dear Mr Test,\n\nYour appointment is confirmed for 8 January 2027 at 09:40.\n\n\
         Kind regards,\nPlanning department\n",
    );
    d.write(
        "verwijzing.txt",
        "Dr. K. Test - huisarts\nGroepspraktijk De Linde\nLindestraat 4, 8000 Brugge\n\
         Brugge, 02/11/2026\nAan de collega handchirurg\nHandkliniek Noord\n\
         Kliniekweg 1, 9700 AB Groningen\n\n\
         Geachte collega,\n\nGraag verwijs ik u mijn patiënt voor een second opinion over zijn duim.\n\n\
         Met collegiale groeten,\nDr. K. Test\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(doc(&report, "lab.txt")["author"], "lab", "{report:#}");
    assert_eq!(
        doc(&report, "afspraak.txt")["author"],
        "other",
        "{report:#}"
    );
    assert_eq!(doc(&report, "verwijzing.txt")["author"], "gp", "{report:#}");
}

#[test]
fn a_gp_known_by_their_college_refers_and_an_ultrasound_written_us_is_reported() {
    let d = Dossier::new();
    d.write(
        "letter.txt",
        "Harbour View Medical Practice\n3 Quay Street, Galway H91 X2Y3, Ireland\n12th November 2026\n\
         The Consultant Hand Surgeon\nHandkliniek Test, Zeist, Netherlands\n\
         Dear Doctor,\nRe: Mr Tom TEST, d.o.b. 01/02/1980\n\
         The consultant here has offered him a trapeziectomy and I would be grateful for your opinion \
         before he moves back to Utrecht.\n\
         Yours sincerely,\nDr Aoife Test MICGP\n",
    );
    d.write(
        "us.txt",
        "Galway Clinic - Department of Radiology\nPatient: TEST, TOM\nExamination: US RIGHT WRIST\n\
         Date of exam: 02/10/2026\n\
         Report: Small dorsal ganglion arising from the scapholunate interval.\n\
         Conclusion: Dorsal wrist ganglion.\nReported by Dr B. Test, Consultant Radiologist\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(doc(&report, "letter.txt")["author"], "gp", "{report:#}");
    assert_eq!(req(&report, "referral")["status"], "met", "{report:#}");
    assert_eq!(
        doc(&report, "us.txt")["kinds"][0],
        "imaging-report",
        "{report:#}"
    );
}

#[test]
fn a_form_label_naming_the_exam_asked_for_makes_no_radiology_report() {
    // "Examination requested:" on a radiology department's request form names what is asked for;
    // "Examination:" on a report names what was done.
    let d = Dossier::new();
    d.write(
        "aanvraag.txt",
        "St Test's Hospital - Department of Radiology\n\
         Patient: TEST, Mary DOB: 04/04/1984\n\
         Requested by: Ms J. Test, Consultant Hand Surgeon\n\
         Date requested: 19/11/2026\n\
         Examination requested: US LEFT WRIST\n\
         Question: ?ganglion ?tenosynovitis\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    let kinds = &doc(&report, "aanvraag.txt")["kinds"];
    assert!(!kinds.to_string().contains("imaging-report"), "{report:#}");
    assert_ne!(
        req(&report, "imaging-report")["status"],
        "met",
        "{report:#}"
    );
}

#[test]
fn photos_the_patient_took_with_a_phone_are_no_imaging() {
    let d = dossier_with_outpatient_letter(&[
        "Patiënt heeft met zijn mobiele telefoon foto's van de gezwollen vinger gemaakt en meegestuurd.",
    ]);
    let (report, _) = check_json(d.path(), &[]);
    let imaging = fact(&report, "imaging_done");
    assert_eq!(imaging["value"], false, "{imaging:#}");
}

#[test]
fn photos_sent_through_an_app_are_no_imaging() {
    for sentence in [
        "Meneer heeft gisteren via de app twee foto's van zijn dikke duimbasis gestuurd.",
        "Die Patientin schickte über die App ein Foto der Schwellung am Handrücken.",
    ] {
        let d = dossier_with_outpatient_letter(&[sentence]);
        let (report, _) = check_json(d.path(), &[]);
        let imaging = fact(&report, "imaging_done");
        assert_eq!(imaging["value"], false, "{sentence}: {imaging:#}");
    }
}

#[test]
fn care_in_a_region_of_a_country_abroad_is_care_abroad() {
    let d = dossier_with_outpatient_letter(&[
        "Tijdens een rondreis door Texas werd zij in het plaatselijke ziekenhuis aan de pols geopereerd.",
    ]);
    let (report, _) = check_json(d.path(), &[]);
    let abroad = fact(&report, "treated_abroad");
    assert_eq!(abroad["value"], true, "{abroad:#}");
}

#[test]
fn care_in_a_dutch_town_after_an_accident_abroad_is_care_at_home() {
    let d = dossier_with_outpatient_letter(&[
        "Na een skiongeval in Oostenrijk is zij twee dagen later in het ziekenhuis in Deventer aan de pols geopereerd.",
    ]);
    let (report, _) = check_json(d.path(), &[]);
    let abroad = fact(&report, "treated_abroad");
    assert_ne!(abroad["value"], true, "{abroad:#}");
}

#[test]
fn each_row_of_a_table_of_earlier_care_is_read_on_its_own() {
    let d = base_dossier();
    let summary: [&[(i64, &str)]; 8] = [
        &[(60, "Huisartsenpraktijk Het Anker")],
        &[(60, "Samenvatting voor de handchirurg")],
        &[(60, "Datum: 12-11-2026")],
        &[(60, "Eerdere behandelingen van de linkerpols:")],
        &[
            (
                40,
                "Gemeinschaftspraxis Unfallchirurgie Dr. Haller, Innsbruck",
            ),
            (345, "04-2025"),
            (390, "plaatosteosynthese radius"),
        ],
        &[
            (40, "Gelre ziekenhuizen, Apeldoorn"),
            (345, "2025 - nu"),
            (390, "controle en handtherapie"),
        ],
        &[(60, "Met vriendelijke groet,")],
        &[(60, "J. Kramer, huisarts")],
    ];
    d.write("samenvatting.pdf", pdf_cells(&summary));
    let (report, _) = check_json(d.path(), &[]);
    let abroad = fact(&report, "treated_abroad");
    assert_eq!(abroad["value"], true, "{abroad:#}");
}

#[test]
fn an_appointment_letter_on_radiology_letterhead_is_no_imaging_report() {
    let d = base_dossier();
    let letter = [
        "Ziekenhuis Lingemond, Medische Beeldvorming",
        "Postbus 100, 4000 AA Tiel",
        "Aan de heer P. Verhoef",
        "Datum: 03-11-2026",
        "Onderwerp: Bevestiging van uw afspraak",
        "Geachte heer Verhoef,",
        "Hierbij bevestigen wij uw afspraak voor een CT-scan van de rechterpols op 20 november 2026 om 10.15 uur.",
        "Met vriendelijke groet,",
        "Polikliniek Radiologie",
    ];
    d.write("brief.pdf", pdf_text(&letter));
    let (report, _) = check_json(d.path(), &[]);
    let kinds = &doc(&report, "brief.pdf")["kinds"];
    assert!(!kinds.to_string().contains("imaging-report"), "{kinds:#}");
}

#[test]
fn a_message_booking_an_operation_is_no_operation_report() {
    let d = base_dossier();
    let message = [
        "From: Day Surgery Bookings, Westmere Hand Unit",
        "To: r.pieterse@mail.example",
        "Sent: Friday 20 November 2026 11:02",
        "Subject: Your surgery date",
        "",
        "Dear Mr Pieterse,",
        "",
        "Your operation has been scheduled as follows:",
        "",
        "Procedure: carpal tunnel release, right hand",
        "Date: Tuesday 15 December 2026",
        "Admission time: 07:30",
        "Surgeon: Mr R. Okafor, consultant hand surgeon",
        "Anaesthesia: local",
        "",
        "Please do not eat or drink after midnight.",
        "",
        "Kind regards,",
        "Day Surgery Bookings",
    ];
    d.write("booking.txt", message.join("\n"));
    let (report, _) = check_json(d.path(), &[]);
    let kinds = &doc(&report, "booking.txt")["kinds"];
    assert!(!kinds.to_string().contains("operation-report"), "{kinds:#}");
}

#[test]
fn consultations_listed_in_a_gp_record_are_no_specialist_letter() {
    let d = Dossier::new();
    d.write(
        "verwijsbrief.pdf",
        pdf(&letters::referral("1 oktober 2026")),
    );
    let record = [
        "Harbourside Medical Practice - Patient Record Summary",
        "Printed: 12 Nov 2026 by reception",
        "",
        "Name: KOOPMAN, Eva   DOB: 02-Apr-1977",
        "",
        "ACTIVE PROBLEMS",
        "10-Sep-2026  Trigger finger, left ring finger",
        "",
        "CURRENT MEDICATION",
        "Naproxen 250 mg tablets, one twice daily",
        "",
        "CONSULTATIONS",
        "03-Sep-2026  Dr K Mensah  Surgery consultation",
        "History: catching left ring finger for two months",
        "Examination: tender nodule over A1 pulley",
        "Plan: steroid injection discussed, patient to consider",
        "01-Oct-2026  Dr K Mensah  Surgery consultation",
        "History: still locking in the mornings",
        "Examination: triggering on active flexion",
        "Plan: referral to hand surgeon",
    ];
    d.write("record.txt", record.join("\n"));
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(status(&report, "history"), "met", "{report:#}");
    assert_eq!(status(&report, "correspondence"), "missing", "{report:#}");
}

#[test]
fn a_radiology_report_naming_its_exam_under_the_title_is_an_imaging_report() {
    let d = base_dossier();
    let report_lines = [
        "Röntgeninstituut Maasoever",
        "Medische Beeldvorming",
        "MRI rechterpols",
        "Naam: dhr. L. Bakker",
        "Onderzoeksdatum: 02-11-2026",
        "Aanvrager: huisarts R. de Wit, Venlo",
        "Klinische informatie: pijn ulnaire zijde pols na val, TFCC-letsel?",
        "Bevindingen: Centrale perforatie van het TFCC. Geen oedeem in de carpalia.",
        "Beoordeling: Centrale TFCC-perforatie, verder geen afwijkingen.",
        "J. Vos, radioloog - 03-11-2026",
    ];
    d.write("verslag.txt", report_lines.join("\n"));
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(
        doc(&report, "verslag.txt")["kinds"][0],
        "imaging-report",
        "{report:#}"
    );
    assert_eq!(status(&report, "imaging-report"), "met", "{report:#}");
}

#[test]
fn a_district_nurses_handover_is_no_specialist_letter() {
    let d = base_dossier();
    let handover = [
        "Thuiszorg De Linde - wijkverpleging",
        "Overdrachtsformulier",
        "Datum: 10-11-2026",
        "Cliënte: mevr. T. Smits",
        "Ter informatie aan: polikliniek chirurgie",
        "Mevrouw is op 28-10-2026 in het ziekenhuis aan haar linkerhand geopereerd.",
        "Beleid: wond om de dag spoelen en verbinden, hechtingen eruit op dag 12.",
        "Met vriendelijke groet,",
        "R. Hendriks, wijkverpleegkundige",
    ];
    d.write("overdracht.pdf", pdf_text(&handover));
    let (report, _) = check_json(d.path(), &[]);
    let kinds = &doc(&report, "overdracht.pdf")["kinds"];
    assert!(!kinds.to_string().contains("correspondence"), "{kinds:#}");
}

#[test]
fn a_gp_letter_with_qualified_history_headings_is_a_referral_and_a_history() {
    let d = base_dossier();
    let letter = [
        "Huisartsenpraktijk De Berkenhof",
        "Dorpsstraat 4, 7461 AB Rijssen",
        "Aan: dr. P. Wolters, handchirurg",
        "Rijssen, 12 november 2026",
        "Geachte collega,",
        "Mevrouw Jansen heeft sinds de zomer een pijnlijke, verdikte middelvinger rechts.",
        "Graag uw oordeel over de verdere behandeling.",
        "Relevante episodes",
        "2019 hypertensie",
        "2023 artrose knieën",
        "Recente contacten",
        "10-2026 spreekuur: triggerfinger D3 rechts, injectie gegeven",
        "Met vriendelijke groet,",
        "H. de Boer, huisarts",
    ];
    d.write("brief huisarts.pdf", pdf_text(&letter));
    let (report, _) = check_json(d.path(), &[]);
    let kinds = doc(&report, "brief huisarts.pdf")["kinds"].to_string();
    assert!(kinds.contains("referral"), "{kinds}");
    assert!(kinds.contains("history"), "{kinds}");
}

#[test]
fn an_exam_label_with_a_finding_is_an_exam_done_whatever_the_next_clause_denies() {
    let d = dossier_with_outpatient_letter(&[
        "Echo rechterpols: tenosynovitis van de eerste strekpeesloge; een CT is niet gemaakt.",
    ]);
    let (report, _) = check_json(d.path(), &[]);
    let imaging = fact(&report, "imaging_done");
    assert_eq!(imaging["value"], true, "{imaging:#}");
}

#[test]
fn a_hospital_abroad_named_after_a_place_at_home_is_care_abroad() {
    let d = dossier_with_outpatient_letter(&[
        "Na de val in Venlo werd zij behandeld in het Krankenhaus Maria-Hilf in Krefeld.",
    ]);
    let (report, _) = check_json(d.path(), &[]);
    let abroad = fact(&report, "treated_abroad");
    assert_eq!(abroad["value"], true, "{abroad:#}");
}

#[test]
fn a_hospital_at_home_after_a_return_from_abroad_is_care_at_home() {
    let d = dossier_with_outpatient_letter(&[
        "Na terugkeer uit Thailand in het Ziekenhuis Rivierenland te Tiel geopereerd aan de duim.",
    ]);
    let (report, _) = check_json(d.path(), &[]);
    let abroad = fact(&report, "treated_abroad");
    assert_ne!(abroad["value"], true, "{abroad:#}");
}

#[test]
fn a_reason_after_a_comma_and_as_is_outside_the_negation() {
    let d = dossier_with_outpatient_letter(&[
        "We did not repeat the imaging, as an ultrasound in May was normal.",
    ]);
    let (report, _) = check_json(d.path(), &[]);
    let imaging = fact(&report, "imaging_done");
    assert_eq!(imaging["value"], true, "{imaging:#}");
}

#[test]
fn a_hospital_letter_that_only_its_letterhead_and_copy_to_the_gp_mark_is_no_specialist_letter() {
    let d = base_dossier();
    let letter = [
        "Ziekenhuis Rijnoever",
        "Polikliniek Anesthesiologie - preoperatief spreekuur",
        "Mevrouw L. Verbeek",
        "Lindelaan 3",
        "6871 AB Renkum",
        "Datum: 21-10-2026",
        "PREOPERATIEF SPREEKUUR",
        "Dag: dinsdag 10 november 2026",
        "Tijd: 09:30 uur",
        "Locatie: route 42, begane grond",
        "Met vriendelijke groet,",
        "Secretariaat preoperatief spreekuur",
        "cc: huisarts dr. M. Aalders, Renkum",
    ];
    d.write("brief ziekenhuis.pdf", pdf_text(&letter));
    let (report, _) = check_json(d.path(), &[]);
    let kinds = doc(&report, "brief ziekenhuis.pdf")["kinds"].to_string();
    assert!(!kinds.contains("correspondence"), "{kinds}");
}

#[test]
fn a_referral_field_in_a_grid_of_two_pairs_a_row_is_no_referral() {
    let d = base_dossier();
    let report_rows: [&[(i64, &str)]; 12] = [
        &[(60, "Hôpital Sainte-Odile, service des urgences")],
        &[(60, "EMERGENCY DEPARTMENT REPORT")],
        &[
            (40, "Patient"),
            (130, "Mr Tom Dekker"),
            (320, "Born"),
            (390, "14/03/1988"),
        ],
        &[
            (40, "Arrival"),
            (130, "02/08/2026 21:10"),
            (320, "Referral"),
            (390, "none, walk-in"),
        ],
        &[
            (40, "Triage"),
            (130, "orange"),
            (320, "GP"),
            (390, "dr. A. Mulder, Zwolle"),
        ],
        &[
            (40, "Physician"),
            (130, "Dr C. Martin"),
            (320, "Discharge"),
            (390, "02/08/2026 23:40"),
        ],
        &[(
            60,
            "History: fell on the outstretched left hand while cycling.",
        )],
        &[(
            60,
            "Examination: swelling of the left wrist, tender snuffbox.",
        )],
        &[(60, "Diagnosis: suspected scaphoid fracture.")],
        &[(60, "Plan: thumb spica cast, follow-up with the GP at home.")],
        &[(60, "Kind regards,")],
        &[(60, "Dr C. Martin, emergency physician")],
    ];
    d.write("ed report.pdf", pdf_cells(&report_rows));
    let (report, _) = check_json(d.path(), &[]);
    let kinds = doc(&report, "ed report.pdf")["kinds"].to_string();
    assert!(!kinds.contains("referral"), "{kinds}");
}

#[test]
fn a_german_operation_on_another_organ_is_no_operation_of_the_hand() {
    let d =
        dossier_with_outpatient_letter(&["Keine Operationen am Handgelenk; Z. n. Tonsillektomie."]);
    let (report, _) = check_json(d.path(), &[]);
    let operated = fact(&report, "operated");
    assert_ne!(operated["value"], true, "{operated:#}");
}

#[test]
fn a_town_abroad_that_no_list_names_is_a_place_abroad_and_a_surname_that_is_a_town_is_not() {
    // Plovdiv (Bulgaria) and Zwickau (Germany) are in no hand-written list: the gazetteer knows them.
    let sentence =
        "Vorig voorjaar werd de gebroken middenhandsbeentje in Plovdiv met twee draden gefixeerd.";
    let d = dossier_with_outpatient_letter(&[sentence]);
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1, "{report:#}");
    let treated = fact(&report, "treated_abroad");
    assert_eq!(treated["value"], true, "{treated:#}");
    assert!(quotes(treated, sentence), "{treated:#}");
    assert_eq!(req(&report, "mrsa")["status"], "missing");

    // A colleague called Zwickau operated here: a name, not a town.
    let d = dossier_with_outpatient_letter(&[
        "De ingreep werd uitgevoerd door collega Zwickau; het beloop was ongecompliceerd.",
    ]);
    let (report, _) = check_json(d.path(), &[]);
    assert_ne!(fact(&report, "treated_abroad")["value"], true);
}

#[test]
fn a_german_split_verb_offers_or_advises_no_operation() {
    for sentence in [
        "Wir boten ihm im Juni eine Trapezektomie an.",
        "Man riet ihr zu einer Arthrodese.",
    ] {
        let d = dossier_with_outpatient_letter(&[sentence]);
        let (report, _) = check_json(d.path(), &[]);
        let operated = fact(&report, "operated");
        assert_ne!(operated["value"], true, "{sentence}: {operated:#}");
    }
}

#[test]
fn a_blood_test_that_says_no_mrsa_screening_was_asked_for_is_no_mrsa_result() {
    let d = dossier_with_outpatient_letter(&[
        "Bij opname in een ziekenhuis in Antalya is een MRSA-screening nodig.",
    ]);
    let lab = [
        "Regionaal Laboratorium Maas en Waal - Hematologie",
        "Uitslagen                                   Datum: 02-11-2026",
        "Patiënt: T. Voorbeeld      geb. 12-04-1971",
        "Aanvrager: J. Kok, huisarts",
        "Bepaling          Uitslag    Referentie",
        "Hb                8,4        7,5 - 10,0 mmol/L",
        "CRP               4          < 10 mg/L",
        "Opmerking: bloedonderzoek op verzoek van de huisarts. Een MRSA-kweek",
        "werd niet aangevraagd; neem daarvoor contact op met de microbiologie.",
    ]
    .join("\n");
    d.write("uitslag bloed.txt", lab);
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1, "{report:#}");
    let kinds = doc(&report, "uitslag bloed.txt")["kinds"].to_string();
    assert!(!kinds.contains("mrsa"), "{kinds}");
    assert_ne!(req(&report, "mrsa")["met"], true, "{report:#}");
}

#[test]
fn a_radiology_report_signed_without_closing_above_a_page_footer_is_the_radiologists() {
    // A hospital's imaging report that ends in the radiologist's name and title, then a footer
    // numbering the page: no closing formula, no blank line.
    let d = base_dossier();
    let report_lines = [
        "Klinikum Sankt Georg Lindau",
        "Friedhofstraße 12 · 88131 Lindau (Bodensee)",
        "Zentrale Notaufnahme · Unfallchirurgie · Innere Medizin",
        "Abteilung für Radiologie",
        "Patientin: Voorbeeld, Tessa",
        "Untersuchungsdatum: 14.10.2026",
        "Untersuchung: MRT linkes Handgelenk nativ",
        "Fragestellung: Bandläsion nach Sturz?",
        "Befund: Kein Knochenmarködem. Skapholunäres Band intakt, TFCC ohne Riss.",
        "Beurteilung: Unauffälliger Befund des linken Handgelenks.",
        "Dr. med. Jana Reuter",
        "Oberärztin Radiologie",
        "Elektronisch freigegeben · Seite 1 von 1",
    ];
    d.write("mrt handgelenk.pdf", pdf_text(&report_lines));
    let (report, _) = check_json(d.path(), &[]);
    let document = doc(&report, "mrt handgelenk.pdf");
    let kinds = document["kinds"].to_string();
    assert!(kinds.contains("imaging-report"), "{document:#}");
    assert!(!kinds.contains("correspondence"), "{document:#}");
}

/// What is still to come, refused, not chosen, asked about or named in general is no operation,
/// however the sentence puts it (session 18's sentences, written apart from the corpus).
const OPERATIONS_NOT_DONE: &[&str] = &[
    // Before an operation, it is still to come.
    "Vóór de ingreep heeft u nog een telefonisch gesprek met de anesthesist.",
    "Before the operation she will stop taking her apixaban for two days.",
    // A German refusal is a split verb.
    "Die Patientin lehnte die Arthrodese nach reiflicher Überlegung ab.",
    // An alternative not chosen.
    "In plaats van een operatie kreeg hij een corticosteroïdinjectie in de peesschede.",
    "Instead of surgery, a night splint was tried for three months.",
    // Performing, told in the present tense, is what the writer will do.
    "Dr. Smit voert de release op 14 januari uit.",
    "Wir führen die Denervation in der kommenden Woche durch.",
    // A proposal in a form's label.
    "Proposed procedure: ulnar shortening osteotomy, right.",
    // A question reported.
    "U vroeg of zij ooit aan de hand geopereerd is.",
    // Not on the table.
    "Een ingreep is vooralsnog niet aan de orde.",
    // What a patient is referred for.
    "Hierbij verwijs ik mevrouw naar u voor een operatieve correctie van haar duim.",
    // An operation named in general.
    "Let op bij ingreep: pleisterallergie.",
];

#[test]
fn plans_refusals_alternatives_and_general_mentions_are_no_operation() {
    let mut wrong = Vec::new();
    for sentence in OPERATIONS_NOT_DONE {
        let d = dossier_with_outpatient_letter(&[sentence]);
        let (report, _) = check_json(d.path(), &[]);
        if fact(&report, "operated")["value"] == true {
            wrong.push(sentence.to_string());
        }
    }
    assert_none_wrong(&wrong);
}

#[test]
fn what_dates_from_before_an_operation_says_it_happened() {
    let d = dossier_with_outpatient_letter(&[
        "De echo van vóór de polsoperatie is helaas niet meer terug te vinden.",
    ]);
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(fact(&report, "operated")["value"], true, "{report:#}");
}

#[test]
fn a_reason_after_a_comma_is_a_clause_of_its_own() {
    // The exam not made is the MRI; the radiograph the reason names was made.
    let d = dossier_with_outpatient_letter(&[
        "Ein MRT wurde nicht angefertigt, da die Röntgenaufnahme eindeutig war.",
    ]);
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(fact(&report, "imaging_done")["value"], true, "{report:#}");
}

#[test]
fn a_form_the_patient_filled_in_and_signed_is_the_patients() {
    // An insurer's application form: printed by the insurer's office, filled in and signed by
    // the insured patient, whose name the form's own field gives.
    let d = base_dossier();
    let form = [
        "Zorgverzekeraar De Lindeboom",
        "Afdeling Machtigingen - Postbus 512, 3800 AM Amersfoort",
        "Aanvraag vergoeding second opinion",
        "1. Uw gegevens",
        "Naam verzekerde: dhr. P.W. (Pieter) Voorbeeld-Smit",
        "Geboortedatum: 14-06-1975",
        "Verzekerdennummer: 551 204 998",
        "2. Toelichting",
        "Mijn duim is na de behandeling niet beter geworden; ik wil een tweede mening.",
        "3. Ondertekening",
        "Plaats en datum: Soest, 20-11-2026",
        "Handtekening verzekerde:",
        "P. Voorbeeld",
    ];
    d.write("formulier verzekeraar.txt", form.join("\n"));
    // An operation report whose footer and copy line name the same patient stays the surgeon's.
    let note = [
        "Ziekenhuis Eemland - Plastische chirurgie",
        "OPERATIEVERSLAG",
        "Patiënt: dhr. P. Voorbeeld, geb. 14-06-1975",
        "Datum operatie: 02-10-2026",
        "Operateur: dr. H. Bos, plastisch chirurg",
        "Verrichting: A1-pulleyrelease duim rechts.",
        "Met vriendelijke groet,",
        "dr. H. Bos",
        "Kopie: dhr. Voorbeeld",
        "Voorbeeld P. 14-06-1975 - pagina 1 van 1",
    ];
    d.write("operatieverslag.txt", note.join("\n"));
    let (report, _) = check_json(d.path(), &[]);
    let form = doc(&report, "formulier verzekeraar.txt");
    assert_eq!(form["author"], "patient", "{form:#}");
    let note = doc(&report, "operatieverslag.txt");
    assert_ne!(note["author"], "patient", "{note:#}");
}

#[test]
fn a_referral_date_dates_the_referral_not_the_form_that_names_it() {
    let d = Dossier::new();
    // A ZorgDomein referral with its own history section, printed the day after it was sent.
    d.write(
        "verwijzing.txt",
        [
            "ZorgDomein verwijzing - Handchirurgie (second opinion)",
            "Patiënt: mw. T. Voorbeeld, geb. 03-05-1968",
            "Datum verwijzing: 09-11-2026",
            "Vraagstelling: graag uw second opinion over de recidiverende triggerduim rechts.",
            "Relevante voorgeschiedenis: 2024 A1-release duim rechts.",
            "Recente behandelingen: 12-10-2026 injectie peesschede duim rechts.",
            "Afgedrukt op 10-11-2026 08:15 door R. Kok",
        ]
        .join("\n"),
    );
    // An insurer's form asking about that referral, signed eleven days later.
    d.write(
        "aanvraag verzekeraar.txt",
        [
            "Zorgverzekeraar De Lindeboom - Afdeling Machtigingen",
            "Aanvraag vergoeding second opinion",
            "Naam verzekerde: mw. T. Voorbeeld",
            "Geboortedatum: 03-05-1968",
            "Datum verwijzing: 09-11-2026",
            "Reden aanvraag: second opinion handchirurgie",
            "Plaats en datum: Zeist, 20 november 2026",
            "Handtekening verzekerde: T. Voorbeeld",
        ]
        .join("\n"),
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(
        doc(&report, "verwijzing.txt")["date"],
        "2026-11-09",
        "{report:#}"
    );
    assert_eq!(
        doc(&report, "aanvraag verzekeraar.txt")["date"],
        "2026-11-20",
        "{report:#}"
    );
}

#[test]
fn a_name_and_birth_date_after_a_comma_is_no_place_and_date() {
    let d = Dossier::new();
    d.write(
        "brief.txt",
        [
            "Huisartsenpraktijk Het Anker",
            "J.M. Voorbeeld-Stolk, 14-06-1971",
            "Geachte collega,",
            "Mevrouw heeft sinds de zomer pijn aan de linkerpols; graag uw oordeel.",
            "Met vriendelijke groet,",
            "A. Kok, huisarts",
            "Zeist, 3 november 2026",
        ]
        .join("\n"),
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(
        doc(&report, "brief.txt")["date"],
        "2026-11-03",
        "{report:#}"
    );
}

#[test]
fn a_procedure_named_by_its_body_part_or_a_surgeons_verb_is_an_operation() {
    // "Lunatumectomie" names the bone it removes, as "fasciectomie" names the fascia; a ring
    // ligament "gekliefd" and a tunnel "vrijgelegd" were cut by a surgeon. An appendectomy names
    // another body part and stays out.
    for body in [
        "Voorgeschiedenis: lunatumectomie rechts (2023), sindsdien matig belastbaar.",
        "De ringband van de linkerduim is in maart gekliefd; de klachten keerden terug.",
        "In 2021 werd de loge van Guyon elders vrijgelegd.",
        "Zijn hand werd in een privékliniek gedebrideerd na een hondenbeet.",
    ] {
        let d = dossier_with_outpatient_letter(&[body]);
        let (report, _) = check_json(d.path(), &[]);
        let operated = fact(&report, "operated");
        assert_eq!(operated["value"], true, "{body}: {operated:#}");
        assert_eq!(req(&report, "operation-report")["applies"], true, "{body}");
    }
    let d = dossier_with_outpatient_letter(&["Voorgeschiedenis: appendectomie (2004)."]);
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(fact(&report, "operated")["value"], false, "{report:#}");
}

#[test]
fn a_consent_form_the_patient_signed_is_the_patients_and_the_appointment_letter_the_offices() {
    // The clinic's own consent form to request records, filled in and signed by the patient.
    let d = base_dossier();
    let form = [
        "Riverside Hand Centre",
        "12 Quay Street, Norwich NR3 1AB",
        "CONSENT FORM",
        "Release of medical records for a second opinion",
        "Patient name: Mrs Helen Fairweather",
        "Date of birth: 03/09/1968",
        "I allow the Riverside Hand Centre to request my records from the practitioners below.",
        "Dr. A. Quill, GP, Castle Medical Practice",
        "Signature of patient:",
        "H. Fairweather",
        "Date: 27/11/2026",
    ];
    d.write("consent records.txt", form.join("\n"));
    // The same office's appointment letter, to the same patient, signed by the office.
    let letter = [
        "Riverside Hand Centre",
        "12 Quay Street, Norwich NR3 1AB",
        "Mrs Helen Fairweather",
        "8 Mill Row, Norwich",
        "YOUR APPOINTMENT",
        "Date: 28/11/2026",
        "We have arranged an appointment for you on 14 December 2026 at 10:30.",
        "Yours sincerely,",
        "Appointments Office",
    ];
    d.write("appointment.txt", letter.join("\n"));
    let (report, _) = check_json(d.path(), &[]);
    let form = doc(&report, "consent records.txt");
    assert_eq!(form["author"], "patient", "{form:#}");
    let letter = doc(&report, "appointment.txt");
    assert_eq!(letter["author"], "other", "{letter:#}");
}

#[test]
fn a_letter_dated_only_in_its_page_footer_takes_that_date_not_a_period_near_the_top() {
    // A hand therapist's closing report: the treatment period stands near the top, the day it
    // was typed only in the footer of each page.
    let d = base_dossier();
    let report = [
        "Handtherapie Zuidwest",
        "Kerkstraat 12, 4461 AB Goes",
        "Aan: dr. M. Verstraten, huisarts",
        "Eindverslag handtherapie",
        "Behandelperiode: 12-05-2026 tot 21-10-2026",
        "Aantal zittingen: 16",
        "Na de gipsperiode hebben wij de beweeglijkheid van de pols opgebouwd.",
        "Handtherapie Zuidwest - 27-10-2026 - pagina 1 van 2",
        "De knijpkracht is links nu 80 procent van rechts.",
        "Met vriendelijke groet,",
        "L. Maas, handtherapeut",
        "Handtherapie Zuidwest - 27-10-2026 - pagina 2 van 2",
    ];
    d.write("eindverslag handtherapie.txt", report.join("\n"));
    let (report, _) = check_json(d.path(), &[]);
    let letter = doc(&report, "eindverslag handtherapie.txt");
    assert_eq!(letter["date"], "2026-10-27", "{letter:#}");
    assert_eq!(letter["date_source"]["from"], "footer", "{letter:#}");
}

#[test]
fn a_date_inside_a_sentence_does_not_date_the_letter_its_dictation_line_does() {
    // An outpatient letter without a "Datum:" at its head; the exam date stands mid-sentence in a
    // field, the letter's own date in the dictation line under the signature.
    let d = base_dossier();
    let letter = [
        "Maasziekenhuis Pantein - Plastische chirurgie",
        "Aan: dr. K. Peeters, huisarts te Boxmeer",
        "Betreft: mw. S. Hendriks",
        "Aanvullend onderzoek: een MRI van de linkerpols (op uw verzoek gemaakt, 03-09-2026) toont een ganglion aan de dorsale zijde van de pols.",
        "Conclusie: dorsaal polsganglion links.",
        "Beleid: afwachten; bij toename van klachten excisie bespreken.",
        "Met vriendelijke groet,",
        "drs. R. Claessen, plastisch chirurg",
        "Gedicteerd: 24-11-2026, uitgewerkt 25-11-2026 (jb)",
    ];
    d.write("polibrief plastische chirurgie.txt", letter.join("\n"));
    let (report, _) = check_json(d.path(), &[]);
    let letter = doc(&report, "polibrief plastische chirurgie.txt");
    assert_eq!(letter["date"], "2026-11-24", "{letter:#}");
}

#[test]
fn a_compact_date_after_its_label_dates_a_message_and_a_form() {
    // A referral message converted to text writes its send date as eight digits; a German form
    // writes a two-digit year. Both stand right after their label, the birth dates after theirs.
    let d = base_dossier();
    let message = [
        "Verwijsbericht (MEDVRI)",
        "Verzenddatum : 20261102",
        "Patient      : Voorbeeld, J. (M)",
        "Geboortedatum: 19710315",
        "Verwijzing naar: handchirurgie",
        "Graag uw beoordeling van de duimbasis rechts.",
    ];
    d.write("verwijsbericht.txt", message.join("\n"));
    let form = [
        "Überweisungsschein",
        "Versicherter: Voorbeeld, Jan   geb. am 15.03.71",
        "Datum: 04.11.26",
        "Überweisung an: Handchirurgie",
        "Auftrag: Zweitmeinung zur Rhizarthrose rechts.",
    ];
    d.write("ueberweisung.txt", form.join("\n"));
    let (report, _) = check_json(d.path(), &[]);
    let message = doc(&report, "verwijsbericht.txt");
    assert_eq!(message["date"], "2026-11-02", "{message:#}");
    let form = doc(&report, "ueberweisung.txt");
    assert_eq!(form["date"], "2026-11-04", "{form:#}");
}

#[test]
fn a_german_never_after_the_operation_it_denies_needs_no_operation_report() {
    // German puts what it denies first and "nie" at the end; a clause of its own after "und hat"
    // denies nothing of the operation before it.
    for (sentence, operated) in [
        ("Operiert wurde die linke Hand bislang nie.", false),
        ("Eine Operation an der Hand hatte sie niemals.", false),
        (
            "Die Hand wurde in den Niederlanden operiert und hat danach nie wieder Beschwerden gemacht.",
            true,
        ),
    ] {
        let d = dossier_with_outpatient_letter(&[sentence]);
        let (report, _) = check_json(d.path(), &[]);
        let fact = fact(&report, "operated");
        assert_eq!(fact["value"], operated, "{sentence}: {fact:#}");
        assert!(quotes(fact, sentence), "{fact:#}");
    }
}

#[test]
fn a_german_patients_own_letter_is_the_patients() {
    // A patient living in Germany writes in German in the first person: she is its author, so it
    // can be no referral however much it says about her hand.
    let d = Dossier::new();
    d.write("samenvatting.pdf", pdf(&letters::history("28-09-2026")));
    d.write(
        "brief aus Köln.txt",
        "Jutta Beispiel\nLindenallee 4\n50667 Köln\n\n\
         An die Handchirurgie\n\n\
         Sehr geehrte Damen und Herren,\n\n\
         seit dem Frühjahr schmerzt der rechte Daumen beim Greifen. Ich bin Rechtshänderin und \
         arbeite als Friseurin. Mein Hausarzt hat mir Schienen verordnet, geholfen hat das kaum. \
         Ich würde gerne einen Termin für eine zweite Meinung bekommen.\n\n\
         Mit freundlichen Grüßen\nJutta Beispiel\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    let letter = doc(&report, "brief aus Köln.txt");
    assert_eq!(letter["author"], "patient", "{letter:#}");
    assert_ne!(letter["kind"], "referral", "{letter:#}");
}

#[test]
fn a_swab_taken_ahead_of_an_operation_does_not_say_the_patient_was_operated() {
    // What a lab or a screening is done before is still to come: the clinical information of a
    // culture taken ahead of wrist surgery says nothing of an operation that happened.
    for info in [
        "Klinische informatie: kweekafname voorafgaand aan polsoperatie rechts.",
        "Clinical details: swabs prior to elective thumb surgery, no risk factors.",
    ] {
        let d = base_dossier();
        d.write(
            "kweek.txt",
            format!(
                "Streeklaboratorium Noordoost\nUitslag microbiologie\n\nAfnamedatum: 02-11-2026\n\
                 {info}\nMRSA-kweek neus, keel, perineum: negatief.\n"
            ),
        );
        let (report, _) = check_json(d.path(), &[]);
        assert_not_applicable(&report, "operation-report");
    }
}

#[test]
fn an_insurers_prior_authorisation_form_is_no_specialists_letter() {
    // An international insurer's form asks leave to pay for a hand surgeon's treatment: it names
    // the diagnosis and the surgeon, but the surgeon did not write it.
    let d = Dossier::new();
    d.write("samenvatting.pdf", pdf(&letters::history("28-09-2026")));
    d.write(
        "insurer form.txt",
        "Harbourline Assistance Ltd\n\
         Pre-authorisation request\n\n\
         Member: Mr J. Example\nMember number: HL-2291-08\n\
         Treating clinician: Ms P. Sample, consultant hand surgeon, Riverside Clinic\n\
         Diagnosis: ganglion left wrist\n\
         Proposed treatment: excision of ganglion\n\n\
         Date: 09/11/2026\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    let form = doc(&report, "insurer form.txt");
    assert_ne!(form["kind"], "correspondence", "{form:#}");
    assert_ne!(status(&report, "correspondence"), "met", "{report:#}");
}

#[test]
fn status_after_shortened_to_st_n_dates_the_operation_before_a_new_question() {
    // "St.n." is HIS shorthand for "status na": the full stops neither end the sentence nor hide
    // that the operation happened, whatever the entry asks about today.
    assert_operated_needing_its_report(
        "E: St.n. ganglionextirpatie li pols 2021, nu nieuwe zwelling?",
    );
}

#[test]
fn a_split_verb_of_surgery_is_an_operation_and_a_cast_taken_off_is_not() {
    // Dutch sends a separable verb's particle to the end of the clause: the verb and its particle
    // together are the operation. Taking off a cast names no hand part and is none.
    for sentence in [
        "Vorig jaar zette de traumachirurg de scafoïdfractuur met een schroef vast.",
        "De handchirurg nam de cyste aan de strekzijde van de pols in 2023 weg.",
    ] {
        assert_operated_needing_its_report(sentence);
    }
    for sentence in [
        "De gipsverbandmeester haalde na zes weken het gips weg.",
        "Patiënte is bang om aan haar duim geopereerd te worden.",
    ] {
        let d = dossier_with_outpatient_letter(&[sentence]);
        let (report, _) = check_json(d.path(), &[]);
        assert_eq!(fact(&report, "operated")["value"], false, "{sentence}");
    }
}

#[test]
fn a_printout_dated_only_in_its_footers_sentence_takes_that_date() {
    // A practice system's export carries its own date only in the footer's sentence; the dates
    // in its table are visits, and the birth date stands in a field.
    let d = Dossier::new();
    d.write(
        "export.txt",
        "Huisartsenpraktijk De Meerpaal\n\
         Episodeoverzicht\n\
         Naam: J. Voorbeeld\n\
         Geboortedatum: 28-11-1961\n\n\
         Begin\n12-01-2024\nTendinitis De Quervain rechts\n\
         Begin\n03-05-2025\nArtrose duimbasis links\n\n\
         Dit overzicht werd door het HIS aangemaakt op 30-11-2026 en is vertrouwelijk.\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    let export = doc(&report, "export.txt");
    assert_eq!(export["date"], "2026-11-30", "{export:#}");
}

#[test]
fn a_missing_report_of_an_operation_says_the_operation_happened() {
    // The negation is the copy's: the arthrodesis it would record took place, abroad, so its
    // report is asked for and the MRSA screening applies. Before, the operation was denied.
    let sentence =
        "Helaas ontvingen wij geen kopie van het verslag van de artrodese van haar duimbasis in Antwerpen.";
    assert_operated_needing_its_report(sentence);
    let d = dossier_with_outpatient_letter(&[sentence]);
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(fact(&report, "treated_abroad")["value"], true, "{report:#}");
}

#[test]
fn a_participle_written_with_t_for_d_is_still_the_operation() {
    // The commonest Dutch spelling slip: the final d of a participle written as it sounds.
    assert_operated_needing_its_report("Mevrouw werd in 2022 aan haar linkerduim geopereert.");
}

#[test]
fn a_specialty_named_as_the_service_or_the_surgeons_field_is_no_operation() {
    // The surgery in these lines is a field of medicine, not something done to the patient.
    for sentence in [
        "Requested service: outpatient assessment - plastic surgery",
        "Dr. R. Sample, Fellow in Surgery of the Hand, has reviewed the radiographs with me.",
    ] {
        let d = dossier_with_outpatient_letter(&[sentence]);
        let (report, _) = check_json(d.path(), &[]);
        assert_eq!(fact(&report, "operated")["value"], false, "{sentence}");
        assert_not_applicable(&report, "operation-report");
    }
}

#[test]
fn a_form_referral_whose_label_cells_wrap_beside_their_values_is_history_too() {
    // A two-column Zorgdomein-like print: the label column is narrow, so "Relevante
    // voorgeschiedenis" and "Recente behandelingen" each take two lines, their second words
    // beside the value's second line.
    let d = Dossier::new();
    let rows: &[&[(i64, &str)]] = &[
        &[(40, "Huisartsenpraktijk Het Veer, Kampen")],
        &[(40, "Verwijsbrief")],
        &[(40, "Verwijsdatum"), (200, "16-11-2026")],
        &[(40, "Verwijzer"), (200, "H. Brouwer, huisarts")],
        &[(40, "Patiënt"), (200, "dhr. W. Proef")],
        &[
            (40, "Vraagstelling"),
            (200, "Graag uw second opinion over de pijnlijke pols."),
        ],
        &[(40, "Relevante"), (200, "2015 appendectomie")],
        &[(40, "voorgeschiedenis"), (200, "2021 hypertensie")],
        &[(40, "Recente"), (200, "06-2026 spalk 6 weken")],
        &[(40, "behandelingen"), (200, "09-2026 injectie pols rechts")],
        &[(40, "Medicatie"), (200, "amlodipine 5 mg")],
    ];
    d.write("verwijzing.pdf", pdf_cells(rows));
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(req(&report, "referral")["status"], "met", "{report:#}");
    assert_eq!(req(&report, "history")["status"], "met", "{report:#}");
}

#[test]
fn a_heading_naming_two_sections_names_both() {
    // "ANAMNESE / VOORGESCHIEDENIS" heads the referral's history as much as "VOORGESCHIEDENIS".
    let d = Dossier::new();
    d.write(
        "verwijzing.txt",
        "VERWIJZING HANDCHIRURGIE\n\
         Verzenddatum: 18-11-2026\n\
         Afzender: Huisartsenpraktijk De Hoeve, E. Dijkstra, huisarts, Drachten\n\
         Patiënt: mevr. K. Proef, geb. 03-05-1972\n\n\
         VRAAGSTELLING\n\
         Graag een second opinion over de duimbasis links.\n\n\
         ANAMNESE / VOORGESCHIEDENIS\n\
         - 2016 galblaas verwijderd\n\
         - 2022 artrose duimbasis links\n\n\
         RECENTE BEHANDELINGEN\n\
         - 04-2026 brace\n\
         - 08-2026 injectie CMC-1 links\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(req(&report, "referral")["status"], "met", "{report:#}");
    assert_eq!(req(&report, "history")["status"], "met", "{report:#}");
}

#[test]
fn a_section_heading_with_a_qualifier_in_brackets_is_still_a_heading() {
    let d = Dossier::new();
    d.write(
        "referral.txt",
        "Riverside Family Practice, Utrecht\n\
         REFERRAL\n\
         Date: 20/11/2026\n\
         From: Dr. S. Bakker, general practitioner\n\
         Patient: Mr T. Example, DOB 02/02/1985\n\n\
         Question: could you give a second opinion on his stiff right ring finger?\n\n\
         Relevant history (from our records)\n\
         - 2018 tonsillectomy\n\
         - Type 1 diabetes\n\n\
         Recent treatment (last 6 months)\n\
         - 07/2026 steroid injection A1 pulley\n\
         - 10/2026 hand therapy, six sessions\n\n\
         Medication\n\
         Insulin.\n\n\
         Dr. S. Bakker, GP\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(req(&report, "referral")["status"], "met", "{report:#}");
    assert_eq!(req(&report, "history")["status"], "met", "{report:#}");
}

#[test]
fn a_flemish_referral_with_antecedents_and_recent_treatment_is_history_too() {
    // Belgian letters head the medical history "Antecedenten".
    let d = Dossier::new();
    d.write(
        "verwijsbrief.txt",
        "Dr. Hilde Maes - huisarts\nPraktijk Ter Linde, Lindestraat 3, 9000 Gent\n\n\
         Gent, 17/11/2026\n\n\
         Aan de collega handchirurg\n\n\
         Geachte collega,\n\n\
         Graag verwijs ik u de heer Pieter Proef voor een tweede advies over zijn rechterduim.\n\n\
         Antecedenten\n\
         - Astma\n\
         - 2014 meniscectomie rechts\n\n\
         Recente behandeling\n\
         - 08/2026 spalk en kinesitherapie\n\
         - 10/2026 infiltratie duimbasis\n\n\
         Met collegiale groeten,\nDr. H. Maes\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(req(&report, "referral")["status"], "met", "{report:#}");
    assert_eq!(req(&report, "history")["status"], "met", "{report:#}");
}

#[test]
fn a_german_referral_asking_for_a_second_opinion_states_its_question() {
    let d = Dossier::new();
    d.write(
        "ueberweisung.txt",
        "Hausarztpraxis Dr. med. U. Brandt\nMarktplatz 2, 47574 Goch\n\n\
         Goch, 16.11.2026\n\n\
         Sehr geehrte Kolleginnen und Kollegen,\n\n\
         hiermit überweise ich Herrn Max Muster, geb. 01.01.1970, mit der Bitte um eine Zweitmeinung.\n\
         Seit Monaten bestehen Schmerzen am ulnaren Handgelenk rechts.\n\n\
         Mit freundlichen Grüßen\nDr. med. U. Brandt\nFacharzt für Allgemeinmedizin\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(req(&report, "referral")["status"], "met", "{report:#}");
}

#[test]
fn a_word_referral_form_with_its_question_and_history_cells_left_empty_asks_nothing() {
    // A practice's Word template: each label in a table cell, its value in the cell beside it.
    // The GP left the question and the history cells empty; the rows below must not lend them
    // their labels as values.
    let d = Dossier::new();
    let form = docx_with_table(
        &[
            "Huisartsenpraktijk De Waterkant",
            "Havenstraat 8, 1621 CK Hoorn",
            "VERWIJZING",
        ],
        &[
            &["Datum", "24-11-2026"],
            &["Verwijzer", "E. Dijkstra, huisarts"],
            &["Patiënt", "mevr. K. Proef, geb. 15-06-1972"],
            &["Specialisme", "plastische chirurgie, handchirurgie"],
            &[
                "Reden van verwijzing",
                "Pijnlijke zwelling aan de strekzijde van de pols links, graag behandelen.",
            ],
            &["Vraagstelling", ""],
            &["Voorgeschiedenis", ""],
            &["Gebruikte middelen", "paracetamol zo nodig"],
            &["Overgevoeligheden", "pleisters"],
        ],
    );
    d.write("verwijzing.docx", form);
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(req(&report, "referral")["status"], "missing", "{report:#}");
    assert!(
        reason(&report, "referral").contains("vraagstelling"),
        "{report:#}"
    );
    assert_eq!(req(&report, "history")["status"], "missing", "{report:#}");
}

#[test]
fn a_referral_form_whose_question_field_is_left_empty_states_no_question() {
    // The form prints its "Vraagstelling" label whether or not the GP filled it in.
    let d = Dossier::new();
    d.write(
        "verwijzing.txt",
        "Verwijsbrief\n\
         Datum: 19-11-2026\n\
         Verwijzer: M. Smits, huisarts, Huisartsenpraktijk Zuid, Breda\n\
         Patiënt: dhr. J. Proef, geb. 04-04-1966\n\n\
         Specialisme: plastische chirurgie\n\
         Vraagstelling: (niet ingevuld)\n\
         Reden: pijnlijke knobbel in de handpalm rechts, graag behandeling.\n\n\
         Met vriendelijke groet,\nM. Smits, huisarts\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    let referral = req(&report, "referral");
    assert_eq!(referral["status"], "missing", "{report:#}");
    assert!(
        reason(&report, "referral").contains("vraagstelling"),
        "{referral:#}"
    );
}

#[test]
fn a_town_right_after_a_hospitals_word_is_where_the_hospital_is() {
    // "LKH Feldkirch": no preposition before the town, the hospital's word names its place.
    let d = dossier_with_outpatient_letter(&[
        "Voorgeschiedenis: st.n. artrodese pols links 2019 (LKH Feldkirch).",
    ]);
    let (report, _) = check_json(d.path(), &[]);
    let abroad = fact(&report, "treated_abroad");
    assert_eq!(abroad["value"], true, "{abroad:#}");
    assert_ne!(
        req(&report, "mrsa")["status"],
        "not-applicable",
        "{report:#}"
    );
}

#[test]
fn imaging_not_taken_or_done_at_no_moment_was_not_done() {
    // Flemish "een RX nemen"; German "ebenso wenig" carrying the first clause's negation on.
    for sentence in [
        "Op de spoedgevallendienst werd een spalk aangelegd; een RX werd toen niet genomen.",
        "Operiert wurde die Hand bislang nicht; ebenso wenig wurde ein Röntgenbild angefertigt.",
    ] {
        let (report, imaging) = fact_in_letter(sentence, "imaging_done");
        assert_eq!(imaging["value"], false, "{sentence}: {imaging:#}");
        assert_not_applicable(&report, "imaging-report");
    }
}

#[test]
fn an_exam_a_relative_clause_says_was_made_was_made_under_any_condition() {
    // The condition asks what the exam shows, not whether it was made.
    for sentence in [
        "Mocht de echo die in maart in Tilburg is gemaakt inderdaad een ganglion tonen, dan is excisie bespreekbaar.",
        "Should the X-ray that was taken at the walk-in centre show a scaphoid fracture, please let us know.",
    ] {
        let (_, imaging) = fact_in_letter(sentence, "imaging_done");
        assert_eq!(imaging["value"], true, "{sentence}: {imaging:#}");
    }
    // A relative clause that qualifies the exam itself says it was not made.
    let sentence = "Should the ultrasound, which has not yet been performed, show a ganglion, please refer back.";
    let d = dossier_with_outpatient_letter(&[sentence]);
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(fact(&report, "imaging_done")["value"], false, "{sentence}");
}

#[test]
fn an_operation_that_can_still_be_moved_and_one_denied_over_a_list_were_not_done() {
    for sentence in [
        "Mevrouw kan de operatie tot een week vooraf kosteloos annuleren.",
        "Zij is nooit eerder aan vinger, hand of pols geopereerd.",
    ] {
        let (report, operated) = fact_in_letter(sentence, "operated");
        assert_eq!(operated["value"], false, "{sentence}: {operated:#}");
        assert_not_applicable(&report, "operation-report");
    }
}

#[test]
fn a_specialty_referred_to_and_a_records_release_are_no_operations() {
    for sentence in [
        "12/09/2026 Referred to orthopaedic surgery (St Mary's).",
        "Copy printed 01/12/2026 through release of information.",
    ] {
        let (report, operated) = fact_in_letter(sentence, "operated");
        assert_eq!(operated["value"], false, "{sentence}: {operated:#}");
        assert_not_applicable(&report, "operation-report");
    }
}

#[test]
fn a_form_asking_about_admissions_abroad_in_the_plural_answered_yes_needs_mrsa() {
    for sentence in [
        "Ziekenhuisopnames in het buitenland: ja, Marbella 09/2026.",
        "Hospital admissions abroad: yes (Crete, 2 nights).",
    ] {
        let (report, abroad) = fact_in_letter(sentence, "treated_abroad");
        assert_eq!(abroad["value"], true, "{sentence}: {abroad:#}");
        assert_ne!(
            req(&report, "mrsa")["status"],
            "not-applicable",
            "{sentence}"
        );
    }
}

#[test]
fn a_question_field_holding_only_a_request_for_treatment_asks_nothing() {
    let letter = |question: &str| {
        format!(
            "Verwijsbrief\nDatum: 18-11-2026\n\
             Verwijzer: P. Kok, huisarts, Huisartsenpraktijk Oost, Almelo\n\
             Patiënt: mevr. D. Proef, geb. 09-09-1959\n\n\
             Vraagstelling: {question}\n\n\
             Met vriendelijke groet,\nP. Kok, huisarts\n"
        )
    };
    let d = Dossier::new();
    d.write("verwijzing.txt", letter("Overname van de behandeling."));
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(req(&report, "referral")["status"], "missing", "{report:#}");
    // A question asks, whatever its words.
    let d = Dossier::new();
    d.write(
        "verwijzing.txt",
        letter("Is een artrodese van de duimbasis nog zinvol?"),
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(req(&report, "referral")["status"], "met", "{report:#}");
}

#[test]
fn a_judgement_on_an_operation_leaves_the_scan_it_rests_on_done() {
    // "Niet zinvol" says it of the clause's subject, the operation; the ultrasound named earlier
    // in the sentence is what the judgement rests on, and it was made.
    let sentence = "Vanwege de ernstige slijtage op de echo van afgelopen zomer is een operatie aan de duim voorlopig niet zinvol.";
    let (report, imaging) = fact_in_letter(sentence, "imaging_done");
    assert_eq!(imaging["value"], true, "{sentence}: {imaging:#}");
    assert_eq!(
        req(&report, "imaging-report")["applies"],
        true,
        "{report:#}"
    );
    // Coordinated, both are the subject: neither is needed, so neither was done.
    let sentence =
        "Een operatie en aanvullende beeldvorming zijn bij deze stabiele breuk niet nodig.";
    let (_, imaging) = fact_in_letter(sentence, "imaging_done");
    assert_eq!(imaging["value"], false, "{sentence}: {imaging:#}");
}

#[test]
fn an_american_surgeons_referral_signed_with_his_fellowship_is_the_specialists_letter() {
    // A US practice's letter: its name and the signer's board say "hand surgery", the signature
    // only "MD, FACS", and the body speaks in the first person. The surgeon wrote it, so it is his
    // correspondence as well as a referral, not a patient's letter.
    let d = Dossier::new();
    let lines = [
        "Riverside Hand Surgery Group",
        "Daniel K. Marsh, MD, FACS",
        "1400 Harbor Blvd, Suite 300, Tampa, FL 33602",
        "",
        "September 21, 2026",
        "",
        "Hand and Wrist Clinic",
        "Attn: Second opinion intake",
        "Utrecht, The Netherlands",
        "",
        "RE: Anna Proef, DOB 02/11/1984",
        "Dear colleagues,",
        "I am writing to refer Mrs. Proef, who moves to the Netherlands next month.",
        "In April 2026 I performed a first CMC joint suspension arthroplasty of her right thumb.",
        "She still has pain at the base of the thumb and I would value your opinion on further treatment.",
        "Sincerely,",
        "Daniel K. Marsh, MD, FACS",
    ];
    d.write("letter marsh.pdf", pdf_text(&lines));
    let (report, _) = check_json(d.path(), &[]);
    let letter = doc(&report, "letter marsh.pdf");
    assert_eq!(letter["author"], "specialist", "{letter:#}");
    assert_ne!(status(&report, "correspondence"), "missing", "{report:#}");
}

#[test]
fn a_journal_line_wrapped_in_its_pipe_table_is_read_as_one_sentence() {
    // A GP's printout draws its journal as a table of pipes; the last cell wraps onto lines whose
    // other cells are empty, and a label ends one line with its value on the next. The evidence
    // is the whole finding, without the table's empty cells.
    let d = base_dossier();
    d.write(
        "journaal.txt",
        "Huisartsenpraktijk De Linde - journaaluitdraai\n\
         Patiënt: mevr. T. Proef, geb. 12-04-1971\n\n\
         datum      | arts | ICPC | regel\n\
         -----------+------+------+------------------------------------------\n\
         03-09-2026 | JV   | L74  | S: gevallen op uitgestrekte hand rechts.\n\
         \x20          |      |      | O: drukpijn tabatière, zwelling pols. X-pols:\n\
         \x20          |      |      | geen fractuur zichtbaar, wel weke delen zwelling.\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    let imaging = fact(&report, "imaging_done");
    assert_eq!(imaging["value"], true, "{imaging:#}");
    assert!(
        quotes(
            imaging,
            "X-pols: geen fractuur zichtbaar, wel weke delen zwelling."
        ),
        "{imaging:#}"
    );
    assert!(!quotes(imaging, "|"), "{imaging:#}");
}

#[test]
fn a_denial_of_a_list_after_a_comma_reaches_every_item() {
    // "Klachten, operaties of röntgenfoto's" is one list: the denial before it covers the
    // operation and the X-rays, so neither report is needed.
    let sentence = "Patiënt ontkent eerdere klachten, operaties of röntgenfoto's van de pols.";
    let (report, operated) = fact_in_letter(sentence, "operated");
    assert_eq!(operated["value"], false, "{operated:#}");
    assert_eq!(fact(&report, "imaging_done")["value"], false, "{report:#}");
    // A clause of its own after the comma is not in the list: the ultrasound was made.
    let sentence = "Het echoverslag zit niet bij de stukken, de echo is in januari gemaakt.";
    let (_, imaging) = fact_in_letter(sentence, "imaging_done");
    assert_eq!(imaging["value"], true, "{imaging:#}");
}

#[test]
fn operations_in_the_plural_happened_and_a_heading_over_other_operations_says_nothing() {
    // "Two operations" is as much an operation as one.
    assert_operated_needing_its_report("He has had two operations on his right wrist.");
    // A questionnaire's heading names a topic, with a bracket or a colon; what stands under it
    // (a caesarean, an appendectomy) is of another body part.
    for heading in ["Frühere Operationen (andere)", "Operaties:"] {
        let d = base_dossier();
        d.write(
            "vragenlijst.txt",
            format!(
                "Vragenlijst nieuwe patiënt\n\nKlachten: pijn aan de rechterpols sinds de zomer.\n\n\
                 {heading}\n- Sectio 2010\n- appendectomie 2001\n"
            ),
        );
        let (report, _) = check_json(d.path(), &[]);
        let operated = fact(&report, "operated");
        assert_ne!(operated["value"], true, "{heading}: {operated:#}");
    }
}

#[test]
fn a_print_line_saying_what_an_operation_report_was_printed_for_does_not_make_it_a_referral() {
    // The report named itself at the top; the line at the foot says it was printed for the
    // referral. Without a referral letter the referral is still missing.
    let d = Dossier::new();
    let lines = [
        "Ziekenhuis Rivierenland - Orthopedie",
        "OK-verslag",
        "Patiënt: dhr. K. Proef",
        "Operatiedatum: 4 maart 2026",
        "Operateur: dr. L. Brands, orthopedisch chirurg",
        "Anesthesie: plexus",
        "Ingreep: artrodese PIP III links",
        "Verloop: dorsale benadering, fixatie met twee K-draden en cerclage.",
        "Nabehandeling: gips 6 weken, controle poli.",
        "Uitgeprint op 02-11-2026 ten behoeve van verwijzing",
    ];
    d.write("ok-verslag.pdf", pdf_text(&lines));
    let (report, _) = check_json(d.path(), &[]);
    let ok = doc(&report, "ok-verslag.pdf");
    assert_eq!(
        ok["kinds"],
        serde_json::json!(["operation-report"]),
        "{ok:#}"
    );
    assert_eq!(status(&report, "referral"), "missing", "{report:#}");
}

#[test]
fn a_never_with_its_own_event_after_a_comma_leaves_the_event_before_it_done() {
    // "Nooit" past the comma has its own object, the operation: the ultrasound before the comma
    // was made, and its report is needed.
    let sentence = "Er is een echo van de pols gemaakt, en nooit een operatie.";
    let (report, imaging) = fact_in_letter(sentence, "imaging_done");
    assert_eq!(imaging["value"], true, "{imaging:#}");
    assert_eq!(fact(&report, "operated")["value"], false, "{report:#}");
}

#[test]
fn a_letter_signed_by_an_offices_department_is_no_specialists_letter() {
    // A health insurer's customer desk answers the patient; its signature names a department,
    // but a department of customer service or claims is no hospital's. The correspondence from
    // the treating specialist is still missing, not something to look at.
    for (name, text) in [
        (
            "vergoeding.txt",
            "Zorgverzekering De Waard\nPostbus 1200, 3800 BA Amersfoort\n\n\
             Mevrouw T. Voorbeeld\nLindelaan 4\n3811 AB Amersfoort\n\n\
             Amersfoort, 12 november 2026\n\n\
             Onderwerp: vergoeding tweede mening handchirurg\n\n\
             Geachte mevrouw Voorbeeld,\n\n\
             U heeft ons gevraagd of wij de kosten van een tweede mening vergoeden. Dat doen wij uit \
             de basisverzekering als u een verwijzing van uw huisarts heeft. Het eigen risico geldt.\n\n\
             Met vriendelijke groet,\n\nAfdeling Klantcontact en Declaraties\n",
        ),
        (
            "cover.txt",
            "Northgate Health Cover\n\n12 November 2026\n\n\
             Dear Mr Example,\n\n\
             Thank you for your enquiry about a second opinion at a hand clinic. Your policy covers \
             one specialist opinion per year once your GP has referred you.\n\n\
             Yours sincerely,\n\nDepartment of Member Services\n",
        ),
    ] {
        let d = base_dossier();
        d.write(name, text);
        let (report, _) = check_json(d.path(), &[]);
        let letter = doc(&report, name);
        assert_ne!(letter["author"], "specialist", "{letter:#}");
        assert_eq!(status(&report, "correspondence"), "missing", "{report:#}");
    }
}

#[test]
fn an_operation_wished_for_in_the_passive_infinitive_has_not_happened_and_a_german_perfect_has() {
    // "geopereerd worden" after a wish is still to come: no operation report, and the trip
    // abroad it is wanted before is no care there. German "operiert worden war" is the past.
    let sentence =
        "Mevrouw hoopt nog voor haar reis naar Portugal aan de pols geopereerd te worden.";
    let (report, operated) = fact_in_letter(sentence, "operated");
    assert_ne!(operated["value"], true, "{operated:#}");
    assert_ne!(fact(&report, "treated_abroad")["value"], true, "{report:#}");
    assert_ne!(status(&report, "operation-report"), "missing", "{report:#}");

    let sentence = "Die Schmerzen bestehen, seit sie 2022 an der Hand operiert worden war.";
    assert_operated_needing_its_report(sentence);
}

#[test]
fn a_summary_headed_as_an_attachment_to_a_referral_is_no_referral() {
    // The referral system heads what it sends along with a referral: the summary says what it
    // is below that line, and the referral itself is not in the folder.
    let d = Dossier::new();
    d.write(
        "bijlage.txt",
        "ZorgDomein | bijlage bij verwijzing 4471-0932\n\
         Huisartsensamenvatting\n\
         Huisartspraktijk De Linde, J. Voorbeeld, huisarts\n\
         Datum: 02-11-2026\n\n\
         Episodes\n\
         14-08-2026 L88 Artrose CMC-1 rechts\n\
         Contacten\n\
         20-10-2026 Consult: pijn duimbasis blijft, injectie gaf kort verlichting. Wil second opinion.\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    let summary = doc(&report, "bijlage.txt");
    assert_eq!(
        summary["kinds"],
        serde_json::json!(["history"]),
        "{summary:#}"
    );
    assert_eq!(status(&report, "referral"), "missing", "{report:#}");
    assert_eq!(status(&report, "history"), "met", "{report:#}");
}

#[test]
fn a_referral_whose_history_field_points_to_a_list_not_sent_is_no_history() {
    // The history section is elsewhere, and not in the folder: the referral holds no history,
    // so the GP summary is still to be asked for.
    let d = Dossier::new();
    d.write(
        "verwijzing.txt",
        "Verwijsbrief\n\
         Huisartsenpraktijk Het Anker, P. Voorbeeld, huisarts\n\
         Datum: 05-11-2026\n\n\
         Reden van verwijzing: ganglion dorsale zijde linkerpols, groeit.\n\
         Vraagstelling: graag uw beoordeling of excisie zinvol is.\n\
         Voorgeschiedenis: zie bijgaande episodelijst\n\
         Recente behandelingen: zie journaal (volgt apart)\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    let referral = doc(&report, "verwijzing.txt");
    assert_eq!(
        referral["kinds"],
        serde_json::json!(["referral"]),
        "{referral:#}"
    );
    assert_eq!(status(&report, "referral"), "met", "{report:#}");
    assert_eq!(status(&report, "history"), "missing", "{report:#}");
}

#[test]
fn an_american_clinic_note_is_dated_by_its_visit_not_by_its_printout() {
    // An EHR prints the visit's note months later: the note is of the day of service.
    let d = base_dossier();
    d.write(
        "clinic note.txt",
        "Northshore Hand & Wrist Surgery\n\
         220 Harbor Road, Suite 5\n\
         Madison, WI 53703\n\n\
         Clinic Note\n\
         Patient: EXAMPLE, JAN\n\
         Date of service: 05/12/2026\n\
         DOB: 03/30/1971\n\n\
         Assessment: right de Quervain tenosynovitis.\n\
         Plan: splint, hand therapy, review in six weeks.\n\n\
         Electronically signed by R. Sample, MD, hand surgeon\n\
         EXAMPLE, JAN  Printed 11/20/2026  Page 1 of 1\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    let note = doc(&report, "clinic note.txt");
    assert_eq!(note["date"], "2026-05-12", "{note:#}");
}

#[test]
fn a_section_heading_in_title_case_names_a_topic_not_an_operation() {
    // "Surgical" in a heading says what the section is about; the section names no operation.
    let d = base_dossier();
    d.write(
        "polibrief.pdf",
        pdf(&letters::outpatient_letter(
            "15 oktober 2026",
            &[
                "Past Medical / Surgical History",
                "Type 2 diabetes, well controlled. Asthma since childhood.",
                "Assessment: trigger finger right ring finger.",
            ],
        )),
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_ne!(fact(&report, "operated")["value"], true, "{report:#}");
    assert_not_applicable(&report, "operation-report");
}

#[test]
fn the_doctor_a_letter_is_addressed_to_or_a_gps_college_names_who_wrote_it() {
    // "Aan de huisarts" opens the addressee's block: the GP named below it received the
    // specialist's letter. An Australian GP signs with the college's fellowship, FRACGP.
    let d = Dossier::new();
    d.write(
        "polibrief.txt",
        "Aan de huisarts\n\
         dhr. dr. K. Voorbeeld\n\
         Huisartsenpraktijk De Esch\n\
         Eschweg 3\n\
         7511 AB Enschede\n\n\
         Enschede, 3 november 2026\n\n\
         Betreft: mw. A. Proef, geb. 12-03-1980\n\n\
         Geachte collega,\n\n\
         Wij zagen uw patiënte op het spreekuur handchirurgie met klachten van de rechterduim.\n\
         Conclusie: tendovaginitis De Quervain. Beleid: spalk en injectie.\n\n\
         Met vriendelijke groet,\n\n\
         dr. L. Sample\n",
    );
    d.write(
        "referral.txt",
        "Harbourside Family Practice\n\
         12 Marine Parade, Fremantle WA 6160\n\
         Dr Jane Example MBBS FRACGP\n\n\
         04/11/2026\n\
         Hand Surgeon\n\
         Handkliniek Voorbeeld\n\
         Dijkweg 1, 1358 AB Almere, The Netherlands\n\n\
         Dear Doctor,\n\n\
         Thank you for seeing Mr Sample, 52, with painful triggering of the left ring finger \
         despite two injections. I would value your opinion on release.\n\n\
         Kind regards,\n\
         Dr Jane Example\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    let letter = doc(&report, "polibrief.txt");
    assert_eq!(letter["author"], "specialist", "{letter:#}");
    let referral = doc(&report, "referral.txt");
    assert_eq!(referral["author"], "gp", "{referral:#}");
}

#[test]
fn a_page_numbered_as_its_documents_last_ends_that_document_in_a_merged_file() {
    // One hospital's operation note and radiology report scanned into one file: the note's
    // footer says it has one page, so the next page is another document, the report.
    let mut lines: Vec<&str> = vec![
        "Westbrook General Hospital",
        "Operation Note",
        "Patient: Example, Anna",
        "Date of operation: 02/09/2026",
        "Surgeon: Mr T. Sample, consultant hand surgeon",
        "Anaesthetic: regional block",
        "Procedure: open reduction and internal fixation, distal radius, left",
        "Findings: dorsally displaced fracture, volar plate applied.",
        "Closure: 3-0 nylon. Plaster backslab.",
    ];
    lines.resize(44, "");
    lines.push("Page 1 of 1");
    lines.extend([
        "Westbrook General Hospital",
        "Patient: Example, Anna",
        "Examination: MRI left wrist, 28/08/2026",
        "Clinical information: fall, query scaphoid injury.",
        "Findings: distal radius fracture, scaphoid intact, TFCC intact.",
        "Conclusion: extra-articular distal radius fracture.",
        "Dr P. Voorbeeld, consultant radiologist",
    ]);
    let d = base_dossier();
    d.write("hospital records.pdf", pdf_text(&lines));
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(status(&report, "operation-report"), "met", "{report:#}");
    assert_eq!(status(&report, "imaging-report"), "met", "{report:#}");
}

#[test]
fn a_visit_to_a_hospital_abroad_stands_when_only_an_operation_there_is_denied() {
    // Not operating is a decision of the hospital that saw the patient: the visit was care there.
    // Only care itself denied ("niet opgenomen of behandeld") denies the stay.
    for sentence in [
        "In maart consult op de poli orthopedie van het AZ Delta te Roeselare; een ingreep vond men daar niet nodig.",
        "She attended the fracture clinic at Galway University Hospital, where no surgery was offered.",
        "Vorstellung in der Handsprechstunde des Klinikums Aachen, eine Operation wurde dort nicht empfohlen.",
        "De pols werd nooit geopereerd, doch zij kreeg wel een corticosteroïdinjectie in het AZ Sint-Jan te Brugge.",
    ] {
        assert_care_abroad_asks_for_mrsa_screening(sentence);
    }
}

#[test]
fn a_german_passive_infinitive_at_the_clause_end_is_still_to_come() {
    // "… angefertigt werden" is what should or can be done; done is "angefertigt worden".
    for sentence in [
        "Eine Sonographie des Handgelenks kann bei Bedarf ambulant durchgeführt werden.",
        "Ein CT des Handgelenks sollte vor der Entscheidung noch angefertigt werden.",
    ] {
        assert_no_event(sentence, "imaging_done", "imaging-cd");
    }
    let (_, imaging) = fact_in_letter(
        "Im Vorfeld musste ein CT des Handgelenks angefertigt werden.",
        "imaging_done",
    );
    assert_eq!(imaging["value"], true, "{imaging:#}");
}

#[test]
fn an_imaging_word_joined_into_a_name_by_voor_or_of_names_no_exam() {
    // "Centrum voor Beeldvorming" and "Institute of Imaging" are places, like "Afdeling
    // Beeldvorming"; no exam was done.
    for sentence in [
        "Uw afspraak bij het Centrum voor Beeldvorming Twente is verzet naar dinsdag.",
        "Correspondence address: Institute of Imaging, Hartwell Road, Leeds.",
    ] {
        assert_no_event(sentence, "imaging_done", "imaging-cd");
    }
}

#[test]
fn a_hand_bone_named_in_latin_scopes_an_operation_to_the_hand() {
    let sentence = "In 2018 brak zij het os triquetrum; dat werd met een schroef behandeld.";
    assert_operated_needing_its_report(sentence);
}

#[test]
fn an_event_said_to_be_earlier_happened_whatever_doubt_frames_the_clause() {
    let sentence =
        "Eventueel zijn de tintelingen een restverschijnsel na de eerdere carpaletunnelrelease.";
    assert_operated_needing_its_report(sentence);
}

#[test]
fn a_listing_a_choice_or_a_doubt_about_the_past_is_no_operation() {
    for sentence in [
        "Zij staat ingepland voor een trapeziectomie in februari.",
        "Wij melden hem aan voor een naaldfasciotomie van de pink.",
        "Ik heb haar de keuze gegeven tussen een nachtspalk en een operatie.",
        "Meneer laat zich volgende maand aan de duim opereren.",
        "He says he may have had an operation on that thumb in his teens; nothing is on record.",
    ] {
        assert_no_event(sentence, "operated", "operation-report");
    }
}

#[test]
fn a_printouts_list_of_letters_received_is_no_letter_from_a_specialist() {
    // A GP's printout whose second page lists the correspondence in the record: each entry opens
    // with its date, which no document's title does. The letters themselves are not in the dossier.
    let mut lines: Vec<&str> = vec![
        "Huisartsenpraktijk Het Anker - Kampen",
        "MEDISCH OVERZICHT",
        "Datum afdruk: 10-11-2026",
        "Patient: J. Voorbeeld, geboren 04-04-1961",
        "EPISODES",
        "L93 Epicondylitis lateralis rechts 2024",
        "L91 Artrose CMC-I links 2025 actief",
        "JOURNAAL",
        "12-05-2026 S: pijn duimbasis li. P: verwijzing orthopedie.",
        "03-09-2026 S: injectie CMC-I li door orthopeed, kort effect.",
    ];
    lines.resize(44, "");
    lines.extend([
        "Correspondentie in dossier",
        "02-06-2026 Orthopedie Ziekenhuis Rivierenland - polikliniekbrief",
        "03-09-2026 Orthopedie Ziekenhuis Rivierenland - polikliniekbrief",
        "Einde overzicht",
    ]);
    let d = Dossier::new();
    d.write(
        "verwijsbrief.pdf",
        pdf(&letters::referral("1 november 2026")),
    );
    d.write("overzicht huisarts.pdf", pdf_text(&lines));
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(status(&report, "history"), "met", "{report:#}");
    assert_eq!(status(&report, "correspondence"), "missing", "{report:#}");
}

#[test]
fn a_title_beside_a_letterhead_ending_in_an_umlaut_still_names_its_page() {
    // A two-column layout prints the sender on the left and the title on the right of one line.
    // Folding "Süd" must keep the gap after it, or "OPERATIONSBERICHT" is lost in "sudoperations…"
    // and the operation report runs on into the X-ray report after it.
    let page = |department: &str, title: &str, body: &[&str]| {
        let mut lines = vec![
            format!("Klinikum Oberhausen-Süd\t{title}"),
            department.to_string(),
            "Patient: Beispiel, Jan, geb. 02.02.1970".to_string(),
        ];
        lines.extend(body.iter().map(|l| l.to_string()));
        lines.join("\n")
    };
    let text = [
        page(
            "Klinik für Handchirurgie",
            "OPERATIONSBERICHT",
            &[
                "OP-Datum: 09.09.2026",
                "Operateur: Dr. med. K. Muster",
                "Eingriff: Ringbandspaltung A1 Mittelfinger rechts",
                "Bericht: Querinzision, Spaltung des Ringbandes, freies Gleiten der Sehnen.",
            ],
        ),
        page(
            "Institut für Radiologie",
            "RÖNTGENBEFUND",
            &[
                "Untersuchung: Röntgen Hand rechts in 2 Ebenen, 10.09.2026",
                "Befund: Keine knöchernen Verletzungen, Gelenkspalten regelrecht.",
                "Beurteilung: Unauffälliger Befund.",
                "Dr. med. L. Bild, Facharzt für Radiologie",
            ],
        ),
    ]
    .join("\n\u{c}\n");
    let d = base_dossier();
    d.write("klinikunterlagen.txt", text.as_bytes());
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(status(&report, "operation-report"), "met", "{report:#}");
    assert_eq!(status(&report, "imaging-report"), "met", "{report:#}");
}

#[test]
fn a_german_ultraschall_is_an_imaging_exam() {
    let sentence = "Im August zeigte ein Ultraschall des Handgelenks ein kleines Ganglion.";
    let (report, imaging) = fact_in_letter(sentence, "imaging_done");
    assert_eq!(imaging["value"], true, "{sentence}: {imaging:#}");
    assert_eq!(status(&report, "imaging-cd"), "missing", "{report:#}");
}

#[test]
fn a_report_released_under_a_signed_by_label_is_written_by_whom_that_line_names() {
    // A hospital abroad heads the page; the department is named in a way no word list knows, and
    // the only line saying who wrote the report is the reporting system's release line.
    let d = base_dossier();
    let lines = [
        "KING FAISAL MEMORIAL HOSPITAL",
        "Unit of Musculoskeletal Studies",
        "PO Box 3354, Riyadh, Saudi Arabia",
        "Patient: VOORBEELD, ANNA   MRN: 7712009",
        "Date of birth: 1979-03-14",
        "Study: CT right wrist, non-contrast",
        "Study date: 2026-10-02",
        "Clinical information: fall on outstretched hand, snuffbox tenderness.",
        "Findings: undisplaced fracture of the scaphoid waist. Carpal alignment preserved.",
        "Impression: undisplaced scaphoid waist fracture.",
        "Digitally signed by: Dr. R. Haddad, Consultant Radiologist, 2026-10-03 08:40",
    ];
    d.write("ct-riyadh.pdf", pdf_text(&lines));
    let (report, _) = check_json(d.path(), &[]);
    let ct = doc(&report, "ct-riyadh.pdf");
    assert_eq!(ct["author"], "radiologist", "{ct:#}");
    assert_eq!(ct["kind"], "imaging-report", "{ct:#}");
}

#[test]
fn an_operation_called_off_or_refrained_from_and_imaging_done_nowhere_did_not_happen() {
    for sentence in [
        "De artrodese van de duimbasis werd op de dag zelf afgeblazen omdat de patiënt koorts had.",
        "In overleg met mevrouw is besloten af te zien van een artrodese van de pols.",
    ] {
        assert_no_event(sentence, "operated", "operation-report");
    }
    assert_no_event(
        "Een echo of MRI van de duim is tot nu toe nergens verricht.",
        "imaging_done",
        "imaging-report",
    );
}

#[test]
fn a_german_letter_saying_operated_on_before_needs_the_operation_report() {
    assert_operated_needing_its_report(
        "Das rechte Handgelenk ist laut Patientin auswärts bereits zweifach voroperiert.",
    );
}

#[test]
fn a_further_operation_wanted_or_refused_presupposes_the_first() {
    for sentence in [
        "Mevrouw wil geen verdere operatie aan haar duim.",
        "He is keen to know whether further surgery on the thumb could relieve the pain.",
        "Der Patient lehnt eine weitere Operation an der Hand ab.",
    ] {
        assert_operated_needing_its_report(sentence);
    }
}

#[test]
fn no_sign_of_an_operation_in_the_records_denies_it() {
    for sentence in [
        "Kein Hinweis auf Operationen am Handgelenk in der Vorgeschichte.",
        "In het dossier geen aanwijzingen voor operaties aan de pols in het verleden.",
    ] {
        assert_no_event(sentence, "operated", "operation-report");
    }
}

#[test]
fn what_a_colon_tells_after_a_finished_request_or_denial_happened() {
    // The request or the denial has its object before the colon; after it a past auxiliary tells
    // what was done.
    assert_care_abroad_asks_for_mrsa_screening(
        "Graag een MRSA-screening: patiënte was in oktober opgenomen in Lissabon.",
    );
    assert_care_abroad_asks_for_mrsa_screening(
        "Please check her MRSA status: she was admitted in Lisbon last month.",
    );
    for sentence in [
        "Het klopt niet dat er nooit een foto is gemaakt: in mei is een X-duim gedaan.",
        "It is not true that she never had a scan: an MRI was done in May.",
    ] {
        let (_, imaging) = fact_in_letter(sentence, "imaging_done");
        assert_eq!(imaging["value"], true, "{sentence}: {imaging:#}");
    }
    // A request form's field is no such statement: the exam asked for is still to come.
    assert_no_event(
        "Aanvraag röntgen - gevraagd onderzoek: X-pols links in twee richtingen.",
        "imaging_done",
        "imaging-report",
    );
}

#[test]
fn a_journal_entry_wrapped_onto_the_next_line_is_one_sentence() {
    // A GP's journal printed as a table: date, SOEP code and text in columns. The text of one
    // entry wraps onto a line of its own, and what it fears on the second line is still feared.
    let d = Dossier::new();
    d.write(
        "verwijsbrief.pdf",
        pdf(&letters::referral("1 oktober 2026")),
    );
    let journal: Vec<&[(i64, &str)]> = vec![
        &[(40, "Huisartsenpraktijk De Linde - journaaluitdraai")],
        &[(40, "Patiënt: J. Voorbeeld, geb. 03-03-1971")],
        &[
            (40, "14-08-2026"),
            (110, "S"),
            (
                160,
                "Tintelingen dig 1-3 li, 's nachts erger. Mevrouw is huiverig",
            ),
        ],
        &[(160, "voor een operatie aan de pols.")],
        &[
            (40, "02-09-2026"),
            (110, "P"),
            (160, "Polsspalk voor de nacht, controle over 6 weken."),
        ],
    ];
    d.write("journaal.pdf", pdf_cells(&journal));
    let (report, _) = check_json(d.path(), &[]);
    let operated = fact(&report, "operated");
    assert_ne!(operated["value"], true, "{operated:#}");
    assert_not_applicable(&report, "operation-report");
}

#[test]
fn a_text_export_underlining_its_section_labels_still_has_those_sections() {
    // A referral exported as plain text draws a rule of dashes after each label, on the label's
    // own line: the rule is no empty value, and the sections below it are the history.
    let d = Dossier::new();
    let referral = [
        "VERWIJZING - Huisartsenpraktijk Het Anker, Zwolle",
        "Datum        : 28-10-2026",
        "Verwijzer    : A. Mulder, huisarts",
        "Patiënt      : R. Voorbeeld, geb. 02-06-1984",
        "",
        "Vraagstelling: -----------------------------",
        "Graag uw second opinion: is een artrodese van de duimbasis nu de beste keuze?",
        "",
        "Voorgeschiedenis: ---------------------------",
        "2015 fractuur os scaphoideum rechts, conservatief behandeld.",
        "2021 hypothyreoïdie.",
        "",
        "Recente behandelingen: ----------------------",
        "05-2026 brace en handtherapie, 08-2026 injectie duimbasis, beide zonder blijvend effect.",
        "",
        "Met vriendelijke groet, A. Mulder, huisarts",
    ];
    d.write("verwijzing.txt", referral.join("\n"));
    d.write(
        "polibrief.pdf",
        pdf(&letters::specialist_letter_nothing_done("15 oktober 2026")),
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(status(&report, "referral"), "met", "{report:#}");
    let referral = doc(&report, "verwijzing.txt");
    let kinds = referral["kinds"].as_array().expect("kinds");
    assert!(kinds.contains(&"referral".into()), "{referral:#}");
    assert!(kinds.contains(&"history".into()), "{referral:#}");
    assert_eq!(status(&report, "history"), "met", "{report:#}");
}

#[test]
fn an_exam_ordered_with_a_split_verb_or_still_to_follow_was_not_done() {
    // Dutch and German order an exam with a split verb, its particle closing the clause; what
    // "volgt" is still to come.
    for sentence in [
        "Ik vraag morgen een echo van de linkerduim aan.",
        "De orthopeed vroeg in oktober een MRI van het polsgewricht aan.",
        "Wir ordnen eine Sonographie der rechten Hand an.",
        "Een CT van de scafoïd volgt.",
        "Nach Abschwellung folgt eine MRT des Handgelenks.",
    ] {
        assert_no_event(sentence, "imaging_done", "imaging-report");
    }
    // A preposition is no particle, and a report that follows is of an exam made.
    for sentence in [
        "Zij heeft vragen over de echo aan de duim die in september werd gemaakt.",
        "De röntgenfoto van de pols is vandaag gemaakt; het verslag volgt.",
    ] {
        let (_, imaging) = fact_in_letter(sentence, "imaging_done");
        assert_eq!(imaging["value"], true, "{sentence}: {imaging:#}");
    }
}

#[test]
fn a_town_abroad_that_is_also_a_word_counts_with_its_capital_after_a_preposition() {
    // Towns the gazetteer leaves out because they are words too: capitalised after "in" or a
    // hospital's word, they are the town.
    for sentence in [
        "Vorige zomer is de duim in Split gehecht na een val van de boot.",
        "Die Erstversorgung der Hand erfolgte im Klinikum Essen.",
        "She was admitted in Tours after the accident and the wrist was plastered.",
    ] {
        assert_care_abroad_asks_for_mrsa_screening(sentence);
    }
    // Written small, or not after a preposition, they are the word.
    for sentence in [
        "She was treated in a nice small hospital near Utrecht.",
        "Patiënte werd op de SEH behandeld; Split nagels en droge huid.",
    ] {
        assert_no_event(sentence, "treated_abroad", "mrsa");
    }
}

#[test]
fn there_in_a_sentence_without_a_place_points_at_the_place_the_sentence_before_named() {
    let d = dossier_with_outpatient_letter(&[
        "Tijdens een vakantie in Griekenland viel zij in juli van een scooter.",
        "De pols werd daar op de spoedeisende hulp gespalkt.",
    ]);
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1);
    let treated = fact(&report, "treated_abroad");
    assert_eq!(treated["value"], true, "{treated:#}");
    assert!(
        quotes(treated, "daar op de spoedeisende hulp"),
        "{treated:#}"
    );
    assert_eq!(req(&report, "mrsa")["status"], "missing");
    // The place named last before is at home: the care was at home.
    let d = dossier_with_outpatient_letter(&[
        "In augustus verhuisde zij van Lissabon naar Zwolle.",
        "De pols werd daar op de spoedeisende hulp gespalkt.",
    ]);
    let (report, _) = check_json(d.path(), &[]);
    assert_ne!(fact(&report, "treated_abroad")["value"], true, "{report:#}");
    assert_not_applicable(&report, "mrsa");
}

#[test]
fn the_letters_of_a_postcode_in_an_address_are_no_exam() {
    // "CT" in "7411 CT Deventer" is part of the address; a year before an exam is no postcode.
    assert_no_event(
        "Het nieuwe adres van patiënte is Kerkplein 4, 7411 CT Deventer.",
        "imaging_done",
        "imaging-report",
    );
    let (_, imaging) = fact_in_letter("In 2025 CT Pols links: geen fractuur.", "imaging_done");
    assert_eq!(imaging["value"], true, "{imaging:#}");
}

#[test]
fn an_emergency_department_written_ed_abroad_requires_mrsa_screening() {
    // British and American notes call the emergency department "ED".
    assert_care_abroad_asks_for_mrsa_screening(
        "After the fall she went to ED (Alicante), where a backslab was applied.",
    );
}

#[test]
fn metal_in_place_or_taken_out_says_it_was_put_in_by_an_operation() {
    for sentence in [
        "Röntgen pols rechts: plaat en schroeven in situ, fractuur geconsolideerd.",
        "In maart werden de K-draden verwijderd; de pols is nu stijf.",
        "The surgeon plans to have the metalwork removed next spring.",
    ] {
        assert_operated_needing_its_report(sentence);
    }
}

#[test]
fn an_exam_at_a_time_still_to_come_was_not_done() {
    for sentence in [
        "Komende week krijgt patiënte een echo van de duimbasis.",
        "An MRI of the left wrist will be done in two weeks at our hospital.",
        "In drei Wochen erfolgt eine Röntgenkontrolle der Hand.",
    ] {
        assert_no_event(sentence, "imaging_done", "imaging-report");
    }
    // A time to come later in the sentence leaves the exam before it done.
    let (_, imaging) = fact_in_letter(
        "Gisteren is een röntgenfoto gemaakt; volgende week bespreken wij de uitslag.",
        "imaging_done",
    );
    assert_eq!(imaging["value"], true, "{imaging:#}");
}

#[test]
fn an_event_of_an_in_law_or_of_someone_the_patient_knows_is_not_the_patients() {
    for sentence in [
        "Haar schoonmoeder kreeg vorig jaar een MRI van de pols.",
        "Patiënt kent iemand die in de handkliniek een MRI van de pols heeft gehad.",
    ] {
        assert_no_event(sentence, "imaging_done", "imaging-report");
    }
}

#[test]
fn an_insurers_claim_form_the_policyholder_signed_is_the_patients() {
    // A travel insurer's claim form, typed in by the insured: the form names her as the
    // "Policyholder", not as the patient, and she signs it with her initial.
    let d = base_dossier();
    let form = [
        "NORTHWIND TRAVEL COVER",
        "Claims unit - Postbus 5120, 3502 JC Utrecht",
        "CLAIM FOR MEDICAL EXPENSES ABROAD",
        "Policyholder: Ms Saskia Verbrugge",
        "Date of birth: 17/01/1984",
        "Policy number: NTC-0093-7715",
        "Where did the injury happen? Crete, Greece",
        "What happened? Thumb caught in a car door, swollen.",
        "Total claimed: EUR 96.40",
        "Signature: S. Verbrugge",
        "Date of claim: 20/11/2026",
    ];
    d.write("claim form.txt", form.join("\n"));
    let (report, _) = check_json(d.path(), &[]);
    let form = doc(&report, "claim form.txt");
    assert_eq!(form["author"], "patient", "{form:#}");
}

#[test]
fn a_records_form_names_the_foreign_hospital_beside_a_long_question_and_mrsa_is_asked() {
    // A clinic's records-release form in Word: each question in a table cell, the patient's
    // answer in the cell beside it. One question offers an alternative ("hospital / clinic")
    // and runs past the length of a short label.
    let d = base_dossier();
    let form = docx_with_table(
        &[
            "REQUEST FOR COPIES OF HOSPITAL RECORDS",
            "Please fill in every row in capitals.",
        ],
        &[
            &["Full name", "JORIS VAN DER STEEG"],
            &["Date of birth", "30/05/1990"],
            &[
                "Name of the hospital / clinic that treated you",
                "HOSPITAL UNIVERSITARIO VIRGEN DE LAS NIEVES, GRANADA",
            ],
            &["Ward or department", "TRAUMATOLOGIA"],
            &["When were you there", "AUGUST 2026, FIVE DAYS"],
            &["Signature", "J. van der Steeg"],
        ],
    );
    d.write("records request.docx", form);
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(fact(&report, "treated_abroad")["value"], true, "{report:#}");
    assert_eq!(req(&report, "mrsa")["status"], "missing", "{report:#}");
}

#[test]
fn a_german_hospital_word_before_a_dutch_town_is_care_at_home() {
    // "Krankenhaus" alone is read as a hospital abroad; the town after it says where it is.
    assert_no_event(
        "Nach dem Sturz auf dem Eis wurde die Wunde im Krankenhaus in Almelo genäht.",
        "treated_abroad",
        "mrsa",
    );
}

#[test]
fn a_department_named_after_its_word_is_no_exam_or_operation() {
    // Directions in an appointment letter: the departments are where to walk, not what was done.
    assert_no_event(
        "U vindt de polikliniek op de eerste etage, tussen de afdeling Echografie en de afdeling Dagchirurgie.",
        "imaging_done",
        "imaging-report",
    );
}

#[test]
fn an_exam_ordered_with_a_split_verb_before_and_is_still_to_come() {
    // The particle "aan" closes its clause at "en", which opens the next.
    assert_no_event(
        "Wij vragen een echo van de duimbasis aan en bellen mevrouw zodra de uitslag binnen is.",
        "imaging_done",
        "imaging-report",
    );
}

#[test]
fn nil_sending_on_and_due_to_have_are_no_events() {
    assert_no_event(
        "Nil radiographs so far; managed with a thumb spica.",
        "imaging_done",
        "imaging-report",
    );
    assert_no_event(
        "Ik stuur meneer door voor een MRI van de rechterpols.",
        "imaging_done",
        "imaging-report",
    );
    assert_no_event(
        "He is due to undergo a trapeziectomy in the new year.",
        "operated",
        "operation-report",
    );
}

#[test]
fn a_plasty_of_the_thumbs_saddle_joint_in_german_is_an_operation() {
    assert_operated_needing_its_report(
        "Im März 2025 erfolgte eine Suspensionsplastik des Daumensattelgelenks rechts.",
    );
}

#[test]
fn a_consent_to_request_records_states_the_care_abroad_it_names() {
    // The clinic's own consent form to ask earlier carers for their records. It is a consent form,
    // but what the patient wrote of the care she had happened; the records ticked are asked for.
    let d = base_dossier();
    let form = [
        "Handcentrum De Vecht",
        "Vechtdijk 4, 3601 AA Maarssen",
        "Toestemmingsformulier opvragen medische gegevens",
        "Naam: Ilse Brandsma",
        "Geboortedatum: 09-04-1975",
        "Ik geef toestemming om gegevens op te vragen bij:",
        "[x] ziekenhuis in het buitenland: Hospital Comarcal de Vinaròs, Spanje - opname en operatie rechterduim, augustus 2026",
        "Welke gegevens: brieven, beeldvorming (echo/MRI) op cd",
        "Datum: 18-11-2026",
        "Handtekening",
        "I. Brandsma",
    ];
    d.write("toestemming.txt", form.join("\n"));
    let (report, code) = check_json(d.path(), &[]);
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(fact(&report, "treated_abroad")["value"], true, "{report:#}");
    assert_eq!(req(&report, "mrsa")["status"], "missing", "{report:#}");
    assert_eq!(fact(&report, "operated")["value"], true, "{report:#}");
    assert_eq!(fact(&report, "imaging_done")["value"], false, "{report:#}");
}

#[test]
fn a_letter_printed_later_keeps_the_date_it_gives_itself() {
    // A portal printout: the print line heads the page, the message's own date comes below it.
    let d = base_dossier();
    let letter = [
        "Afdrukdatum: 30-11-2026 14:02 (balie)",
        "Polikliniek Plastische Chirurgie, Ziekenhuis Eemdal",
        "Datum: 24-11-2026",
        "Geachte collega,",
        "Wij zagen mevrouw op het spreekuur wegens een triggervinger van de ringvinger rechts.",
        "Met vriendelijke groet,",
        "dr. H. Olthof, plastisch chirurg",
    ];
    d.write("polibrief.txt", letter.join("\n"));
    let (report, _) = check_json(d.path(), &[]);
    let letter = doc(&report, "polibrief.txt");
    assert_eq!(letter["date"], "2026-11-24", "{letter:#}");
}

#[test]
fn an_insurers_letter_under_its_brand_name_is_known_by_what_it_says_of_the_policy() {
    // The insurer's letterhead is a brand, no word for an insurer; the letter is about cover.
    let d = base_dossier();
    let letter = [
        "Nedermaas Zorg",
        "Postbus 4410, 5600 AK Eindhoven",
        "Mevrouw T. Rijpkema",
        "Kastanjelaan 7, 5611 BB Eindhoven",
        "Datum: 20-11-2026",
        "Betreft: second opinion handchirurgie",
        "Geachte mevrouw Rijpkema,",
        "U vroeg ons of een second opinion bij een handchirurg wordt vergoed. Uw basisverzekering vergoedt deze zorg wanneer u een verwijzing van uw huisarts heeft. Het eigen risico is van toepassing.",
        "Met vriendelijke groet,",
        "Team Klantcontact",
    ];
    d.write("brief zorgverzekeraar.txt", letter.join("\n"));
    let (report, _) = check_json(d.path(), &[]);
    let letter = doc(&report, "brief zorgverzekeraar.txt");
    assert_eq!(letter["author"], "other", "{letter:#}");
}

#[test]
fn a_discharge_summary_is_dated_by_its_summary_date_not_by_its_operation() {
    // A summary written after the patient went home: its own date stands beside the admission and
    // discharge, and its operation section carries a "Date:" of its own.
    let d = base_dossier();
    d.write(
        "ontslag kingston.pdf",
        pdf_text(&[
            "Kingston Riverside Hospital - Department of Hand Surgery",
            "DISCHARGE SUMMARY",
            "Patient: Ms Femke ROOSENDAAL",
            "DOB: 30/01/1990",
            "Admitted: 03/10/2026",
            "Discharged: 05/10/2026",
            "Date of summary: 09/10/2026",
            "Presenting complaint: glass injury to the left thumb, unable to flex the IP joint.",
            "Operation",
            "Date: 03/10/2026",
            "Surgeon: Ms P. Okafor. Procedure: repair of FPL tendon zone 1.",
            "Discharge medication: paracetamol as required.",
        ]),
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(
        doc(&report, "ontslag kingston.pdf")["date"],
        "2026-10-09",
        "{report:#}"
    );
}

#[test]
fn a_consequence_clause_denies_its_own_event_not_the_exam_before_it() {
    // The MRI was made; only the operation it led to did not happen.
    let (report, imaging) = fact_in_letter(
        "De MRI liet een partiële ruptuur zien, dus is er niet geopereerd.",
        "imaging_done",
    );
    assert_eq!(imaging["value"], true, "{imaging:#}");
    assert_eq!(fact(&report, "operated")["value"], false, "{report:#}");
}

#[test]
fn clinical_photographs_of_a_scar_are_no_imaging() {
    assert_no_event(
        "Er zijn vandaag klinische foto's gemaakt van het litteken op de handpalm.",
        "imaging_done",
        "imaging-report",
    );
}

/// The kinds a report gives one document, as plain strings.
fn kinds_of(report: &Value, file: &str) -> Vec<String> {
    doc(report, file)["kinds"]
        .as_array()
        .map(|kinds| {
            kinds
                .iter()
                .filter_map(|k| k.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

const ENTLASSUNGSBRIEF_WITH_OPERATION: &str = "\
Klinikum am Wiehengebirge
Klinik für Hand- und Plastische Chirurgie
Bergstraße 14, 32312 Lübbecke

Entlassungsbrief

Patient: Herr Tobias Rensink, geb. 11.02.1981
Aufnahme: 06.10.2026
Entlassung: 08.10.2026

Operation
Datum: 06.10.2026
Operateur: Dr. med. F. Albers
Assistenz: Dr. med. C. Yilmaz
Narkose: Plexusanästhesie
Eingriff: Naht der Beugesehne FDP Zeigefinger rechts, Zone II
Blutsperre: 45 min
Nachbehandlung: dorsale Schiene, Handtherapie ab dem 3. Tag

Dr. med. F. Albers, Oberarzt
";

const INFORME_DE_ALTA_TRANSLATED: &str = "\
Hospital General Virgen de la Ribera
Servicio de Traumatología
Carretera de Oliva s/n, 46700 Gandia (Valencia)

INFORME DE ALTA - certified English translation

Patient: Mrs Lotte Brandsma
Date of birth: 17/09/1962
Date of admission: 20/09/2026
Date of discharge: 22/09/2026

Reason for admission: fall on the beach promenade, painful swollen right wrist.
Diagnosis: displaced fracture of the right distal radius.

Surgical intervention
Date of surgery: 21/09/2026
Surgeon: Dr. R. Escrivá Pons
Anaesthesia: axillary block
Procedure: open reduction and volar plate fixation.

Gandia, 22/09/2026
Dr. R. Escrivá Pons
";

#[test]
fn a_titled_discharge_letter_holding_an_operation_section_is_both() {
    // No salutation, so nothing but its title says it is a letter; its operation section is the
    // stronger reading.
    let d = base_dossier();
    d.write("entlassungsbrief.txt", ENTLASSUNGSBRIEF_WITH_OPERATION);
    d.write("informe de alta.txt", INFORME_DE_ALTA_TRANSLATED);
    let (report, _) = check_json(d.path(), &[]);
    for file in ["entlassungsbrief.txt", "informe de alta.txt"] {
        let kinds = kinds_of(&report, file);
        assert!(
            kinds.contains(&"correspondence".to_string())
                && kinds.contains(&"operation-report".to_string()),
            "{file}: {kinds:?}"
        );
    }
    assert_eq!(
        doc(&report, "informe de alta.txt")["date"],
        "2026-09-22",
        "{report:#}"
    );
}

#[test]
fn a_printout_whose_headings_carry_qualifiers_is_read_below_its_letterhead() {
    // "ANTECEDENTEN (CHIRURGISCH / MEDISCH)" heads a section: what stands under it is the
    // patient's history, not the practice's address block.
    let d = base_dossier();
    d.write(
        "overzicht.txt",
        "Groepspraktijk De Kempen\nMarkt 7, 2400 Mol\nTel. 014 31 22 90\n\
         Patiënt: Jansens Wim ° 04/05/1971\nDatum: 12/11/2026\n\
         ==========================================\nVACCINATIES\n- Tetanus 2021\n\
         ALLERGIEËN / INTOLERANTIES\n- geen gekend\nANTECEDENTEN (CHIRURGISCH / MEDISCH)\n\
         - 2019 open carpale tunnel release rechts\n- 2023 hypertensie\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(fact(&report, "operated")["value"], true, "{report:#}");
    assert_eq!(req(&report, "operation-report")["status"], "missing");
}

#[test]
fn a_belgian_sumehr_is_a_history_letter() {
    let d = Dossier::new();
    d.write(
        "verwijsbrief.pdf",
        pdf(&letters::referral("1 oktober 2026")),
    );
    d.write(
        "sumehr.txt",
        "SUMEHR - Summarized Electronic Health Record\n\
         Aangemaakt door: dr. Els Wouters, huisarts\n\
         Datum aanmaak: 02/11/2026\n\
         Patiënt: Peeters Lien ° 21/03/1988\n\n\
         MEDICATIE\n- geen chronische medicatie\n\
         RISICOFACTOREN\n- geen\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(status(&report, "history"), "met", "{report:#}");
}

#[test]
fn what_is_still_to_be_done_or_judged_worthwhile_has_not_happened() {
    assert_no_event(
        "Een echo van de pols lijkt ons op termijn aan te raden.",
        "imaging_done",
        "imaging-report",
    );
    assert_no_event(
        "Eine Arthrodese ist erst nach Ausschöpfen der konservativen Therapie sinnvoll.",
        "operated",
        "operation-report",
    );
}

#[test]
fn a_sentence_opening_with_its_verb_sets_a_condition_not_an_event() {
    assert_no_event(
        "Heeft u de afgelopen twee maanden in een ziekenhuis in het buitenland gelegen, dan vragen \
         wij u vooraf een MRSA-kweek te laten afnemen.",
        "treated_abroad",
        "mrsa",
    );
    // The same verb after a time tells what happened.
    let (_, abroad) = fact_in_letter(
        "In augustus heeft u in een ziekenhuis in Gent gelegen na een val van de fiets.",
        "treated_abroad",
    );
    assert_eq!(abroad["value"], true, "{abroad:#}");
}

#[test]
fn denying_a_denial_says_the_event_happened() {
    assert_operated_needing_its_report(
        "Het klopt niet dat mevrouw nooit aan de hand geopereerd is: in 2019 werd een \
         triggerfinger van de ringvinger gekliefd.",
    );
    let (_, abroad) = fact_in_letter(
        "It is not the case that he had no treatment abroad; his thumb was splinted at a clinic \
         in Faro.",
        "treated_abroad",
    );
    assert_eq!(abroad["value"], true, "{abroad:#}");
    // A denial with no negation inside still denies.
    let (_, imaging) = fact_in_letter(
        "Es stimmt nicht, dass eine Kernspintomographie gemacht wurde.",
        "imaging_done",
    );
    assert_ne!(imaging["value"], true, "{imaging:#}");
}

#[test]
fn a_referral_export_with_the_patients_insurer_and_a_timestamp_is_the_gps_dated_referral() {
    let d = Dossier::new();
    d.write(
        "verwijzing.txt",
        [
            "VERWIJZING - tekstexport",
            "Datum/tijd    : 2026-10-30T16:42",
            "PATIËNT",
            "  Naam            : dhr. K. Oudejans",
            "  Geboren         : 1971-10-29",
            "  Zorgverzekeraar : Zorgverzekeraar Rivierland, polis 88120",
            "  Apotheek        : Apotheek Het Anker",
            "VERWIJZER",
            "  Naam            : H.J. Smit, huisarts",
            "",
            "Reden van verwijzing",
            "Sinds maart pijn en klikken ulnaire zijde pols rechts, geen trauma.",
            "",
            "Vraagstelling",
            "Graag uw second opinion: is een TFCC-letsel waarschijnlijk en wat adviseert u?",
        ]
        .join("\n")
        .into_bytes(),
    );
    d.write("samenvatting.pdf", pdf(&letters::history("28-10-2026")));
    let (report, _) = check_json(d.path(), &[]);
    let referral = doc(&report, "verwijzing.txt");
    assert_eq!(referral["date"], "2026-10-30", "{referral:#}");
    assert_eq!(referral["author"], "gp", "{referral:#}");
    assert_eq!(status(&report, "referral"), "met", "{report:#}");
}

#[test]
fn an_operation_note_is_dated_by_its_shortened_operation_date_label_not_its_print() {
    let d = base_dossier();
    d.write(
        "ok-verslag.txt",
        [
            "EASTMOOR GENERAL HOSPITAL - THEATRE RECORD    Printed 16/11/2026 08:02",
            "Patient      : VOS, Anna           DOB : 14/11/1969",
            "Op date      : 09/11/2026          Theatre 4",
            "Surgeon      : Ms R. Okonjo, Consultant Hand Surgeon",
            "Procedure    : Release of A1 pulley, left ring finger",
            "Findings     : Thickened A1 pulley, tendon triggering freed.",
        ]
        .join("\n")
        .into_bytes(),
    );
    let (report, _) = check_json(d.path(), &[]);
    let note = doc(&report, "ok-verslag.txt");
    assert_eq!(note["date"], "2026-11-09", "{note:#}");
    assert_eq!(note["kind"], "operation-report", "{note:#}");
}

#[test]
fn a_sign_off_under_a_sentence_wrapped_onto_a_short_last_line_signs_the_report() {
    let d = base_dossier();
    d.write(
        "uitslag.pdf",
        pdf_text(&[
            "Ziekenhuis Waterland",
            "Uitslag",
            "Patiënt: Bakker, J. (03-04-1977)",
            "Aanvrager: P. de Wit, huisarts Purmerend",
            "Onderzoek: echografie pols rechts",
            "Datum: 02-11-2026",
            "Bevindingen: Dorsaal ganglion van 9 x 6 mm, uitgaande van het SL-gewricht. Geen",
            "tendinopathie.",
            "Conclusie: Beeld van een dorsaal polsganglion. Bij persisterende klachten kan verwijzing",
            "volgen.",
            "mw. dr. E.K. Hoogland, radioloog - 02-11-2026",
        ]),
    );
    let (report, _) = check_json(d.path(), &[]);
    let exam = doc(&report, "uitslag.pdf");
    assert_eq!(exam["author"], "radiologist", "{exam:#}");
    assert_eq!(exam["kind"], "imaging-report", "{exam:#}");
}

#[test]
fn a_hospital_letter_addressed_to_the_gp_starts_its_own_part_in_a_merged_file() {
    // A GP's referral with the hospital's letter and radiology report scanned behind it. Both
    // hospital pages carry the same letterhead, so it runs; what tells the letter from the referral
    // is its department and its greeting, and the GP named under "Aan:" is its reader, not a sender.
    let pages: [&[&str]; 3] = [
        &[
            "Huisartsenpraktijk De Linde",
            "Kerkstraat 4, 9999 ZZ Voorbeeld",
            "Voorbeeld, 12 november 2026",
            "Betreft: mw. A. Example, geb. 03-04-1970",
            "Geachte collega,",
            "Graag verwijs ik mevrouw Example naar uw kliniek voor een second opinion over haar",
            "linkerduim. Kunt u beoordelen of een artrodese nodig is?",
            "Met vriendelijke groet,",
            "P. Sample, huisarts",
        ],
        &[
            "Ziekenhuis Rivierenland Voorbeeld",
            "Stationsweg 8, 9999 YY Voorbeeld",
            "Plastische chirurgie",
            "Aan: P. Sample, huisarts",
            "Datum: 20-10-2026",
            "Betreft: mw. A. Example, geb. 03-04-1970",
            "Geachte collega,",
            "Op 19-10-2026 zagen wij uw patiënte op de polikliniek met pijn aan de basis van de linkerduim.",
            "Conclusie: CMC-1 artrose links.",
            "Beleid: spalk, zo nodig later een artrodese.",
            "Met vriendelijke groet,",
            "dr. J. Voorbeeld, plastisch chirurg",
        ],
        &[
            "Ziekenhuis Rivierenland Voorbeeld",
            "Stationsweg 8, 9999 YY Voorbeeld",
            "Afdeling Radiologie",
            "RADIOLOGISCH ONDERZOEK",
            "Onderzoek: X-duim links",
            "Datum: 14-10-2026",
            "Bevindingen: gewrichtsspleetversmalling CMC-1 met osteofyten.",
            "Conclusie: CMC-1 artrose links.",
            "K. Example, radioloog",
        ],
    ];
    let d = Dossier::new();
    d.write("samenvatting.pdf", pdf(&letters::history("28-09-2026")));
    assert_merged_file_meets(
        &d,
        "bijlagen verwijzing.pdf",
        &pages,
        &["referral", "correspondence", "imaging-report"],
    );
}

#[test]
fn an_austrian_discharge_letter_and_its_radiology_report_in_one_file_are_two_documents() {
    // German names a hospital and its departments in compounds ("Landeskrankenhaus",
    // "Orthopädie und Traumatologie"); the department is the sender that differs from radiology's.
    let pages: [&[&str]; 2] = [
        &[
            "Landeskrankenhaus Voorbeeld",
            "Abteilung für Orthopädie und Traumatologie",
            "An den Hausarzt",
            "Dr. P. Sample, Voorbeeld, Niederlande",
            "Datum: 15.10.2026",
            "Sehr geehrter Herr Kollege,",
            "wir berichten über Ihre Patientin Anna Example, geb. 09.01.1990, nach einem Skiunfall.",
            "Diagnose: distale Radiusfraktur links.",
            "Therapie: Gipsschiene, Kontrolle beim Hausarzt.",
            "Mit freundlichen Grüßen",
            "OA Dr. M. Example",
        ],
        &[
            "LKH Voorbeeld",
            "Institut für Radiologie",
            "Patientin: Example, Anna",
            "Untersuchung: Röntgen Handgelenk links",
            "Datum: 12.10.2026",
            "Befund: extraartikuläre distale Radiusfraktur, dorsal abgekippt.",
            "Dr. K. Sample, Radiologe",
        ],
    ];
    let d = base_dossier();
    assert_merged_file_meets(
        &d,
        "Entlassung Österreich.pdf",
        &pages,
        &["correspondence", "imaging-report"],
    );
}

#[test]
fn a_request_form_for_mrsa_screening_with_an_indication_section_is_no_result() {
    // The form's own title names it; "INDICATIE MRSA-SCREENING" lower down, under its fields, is
    // a section of the form asking for the test, not the title of a lab result.
    let d = base_dossier();
    d.write(
        "aanvraag kweek.txt",
        "AANVRAAGFORMULIER MEDISCHE MICROBIOLOGIE\n\
         Laboratorium Voorbeeld, Dorpsstraat 1, Voorbeeld\n\
         \n\
         Aanvrager: P. Sample, huisarts\n\
         Datum aanvraag: 23-10-2026\n\
         Patiënt: A. Example\n\
         Geboortedatum: 03-09-1988\n\
         \n\
         ONDERZOEK: [X] MRSA-screening (neus, keel, perineum)\n\
         [ ] Urinekweek\n\
         \n\
         INDICATIE MRSA-SCREENING\n\
         [X] Behandeling in buitenlands ziekenhuis: Turkije, SEH 21-07-2026\n\
         [ ] Contact met MRSA-positieve persoon\n\
         \n\
         Afnamedatum: ........\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    // Asked for, so still to come: missing, not a result to look at.
    assert_eq!(status(&report, "mrsa"), "missing", "{report:#}");
}

#[test]
fn a_fax_header_counting_pages_runs_over_the_faxed_documents() {
    // "P.1/2", "P.2/2": the fax machine's line differs from page to page only in its numbers; the
    // radiology report under it is a document of its own.
    let pages: [&[&str]; 2] = [
        &[
            "07-10-2026 14:32 VAN: HUISARTSENPRAKTIJK DE LINDE 0123-456789 AAN: 020-5550198 P.1/2",
            "Verwijzing - Consult handchirurgie",
            "Verwijsdatum: 07-10-2026",
            "Verwijzer: P. Sample, huisarts",
            "Patiënt: mw. A. Example",
            "Vraagstelling: graag uw oordeel of excisie van het ganglion zinvol is.",
            "Relevante voorgeschiedenis: geen",
        ],
        &[
            "07-10-2026 14:33 VAN: HUISARTSENPRAKTIJK DE LINDE 0123-456789 AAN: 020-5550198 P.2/2",
            "Ziekenhuis Voorbeeld",
            "Afdeling Radiologie",
            "Patiënt: Example, A.",
            "Onderzoek: Echografie pols links",
            "Datum: 02-09-2026",
            "Verslag: dorsaal een anechogene structuur van 14 mm, passend bij een ganglion.",
            "Conclusie: dorsaal ganglion linkerpols.",
            "dr. K. Example, radioloog",
        ],
    ];
    let d = Dossier::new();
    d.write("samenvatting.pdf", pdf(&letters::history("28-09-2026")));
    assert_merged_file_meets(&d, "fax.pdf", &pages, &["referral", "imaging-report"]);
}

#[test]
fn a_titled_referral_form_ends_where_a_hospitals_letterhead_opens_a_page() {
    // A ZorgDomein printout names no sender in its head, only its title; the next page opening
    // with a hospital's radiology department is another document.
    let pages: [&[&str]; 2] = [
        &[
            "ZorgDomein - Verwijzing",
            "Consult plastische chirurgie (hand/pols) - second opinion",
            "Datum: 05-11-2026",
            "Patiënt: dhr. B. Example, geb. 01-10-1972",
            "Verwijzer: P. Sample, huisarts",
            "Vraagstelling",
            "Is de voorgestelde polsartrodese de beste optie, of zijn er alternatieven?",
        ],
        &[
            "Ziekenhuis Voorbeeld",
            "Afdeling Radiologie",
            "Datum onderzoek: 12-06-2026",
            "Onderzoek: X-pols rechts",
            "Verslag",
            "Verwijding van de scafolunaire spleet, artrose radioscafoïdaal.",
            "Conclusie",
            "SLAC-pols rechts stadium II.",
            "drs. K. Example, radioloog",
        ],
    ];
    let d = Dossier::new();
    d.write("samenvatting.pdf", pdf(&letters::history("28-09-2026")));
    assert_merged_file_meets(&d, "bijlagen.pdf", &pages, &["referral", "imaging-report"]);
}

#[test]
fn a_form_signed_by_its_requester_named_with_his_role_is_the_doctors_not_the_patients() {
    // "Naam: P. Sample, huisarts" under "AANVRAGER" names who asks for the test; his signature
    // under the form is no patient's, though a "Naam:" field named him.
    let d = base_dossier();
    d.write(
        "aanvraag lab.txt",
        "AANVRAAGFORMULIER LABORATORIUM\n\
         \n\
         AANVRAGER\n\
         Naam: P. Sample, huisarts\n\
         Datum aanvraag: 23-10-2026\n\
         \n\
         PATIËNT\n\
         Naam: Example, A.\n\
         Geboortedatum: 03-09-1988\n\
         \n\
         Onderzoek: [X] BSE [X] CRP [ ] Reumafactor\n\
         \n\
         Handtekening aanvrager: P. Sample\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(
        doc(&report, "aanvraag lab.txt")["author"],
        "gp",
        "{report:#}"
    );
}

#[test]
fn fields_typed_side_by_side_each_keep_their_own_answer() {
    // A typed intake form puts its fields on one line, set apart by wide gaps: "nee" answers
    // the field before it, not the whole line.
    let d = base_dossier();
    d.write(
        "intakeformulier.txt",
        "Intakeformulier handchirurgie\n\
         Datum: 02-11-2026\n\
         \n\
         Eerder geopereerd: nee     Röntgenfoto: ja (pols li 03-2026)     Ziekenhuisopname buitenland: nee\n",
    );
    let (report, _) = check_json(d.path(), &[]);
    assert_eq!(fact(&report, "operated")["value"], false, "{report:#}");
    assert_eq!(
        fact(&report, "treated_abroad")["value"],
        false,
        "{report:#}"
    );
    assert_eq!(fact(&report, "imaging_done")["value"], true, "{report:#}");
    assert_not_applicable(&report, "operation-report");
    assert_not_applicable(&report, "mrsa");
}

#[test]
fn an_exam_under_a_label_that_asks_for_it_is_still_to_be_done() {
    // A field whose label wishes for or requests its value names an exam to come.
    for sentence in [
        "Gewenst onderzoek: echografie linkerpols.",
        "Aangevraagd onderzoek: MRI van de rechterpols met contrast.",
        "Angeforderte Untersuchung: Röntgen linke Hand in zwei Ebenen.",
        "Investigations requested: ultrasound of the right wrist.",
    ] {
        assert_no_event(sentence, "imaging_done", "imaging-report");
    }
}

/// The lines of a merged file, each document starting on a page of its own.
fn one_per_page<'a>(pages: &[&[&'a str]]) -> Vec<&'a str> {
    const LINES_PER_PAGE: usize = 45;
    let mut lines: Vec<&str> = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        lines.resize(i * LINES_PER_PAGE, "");
        lines.extend(page.iter());
    }
    lines
}

/// A merged file of `pages`, one document a page, written into the dossier as `name`, meets each
/// of `requirements`.
fn assert_merged_file_meets(d: &Dossier, name: &str, pages: &[&[&str]], requirements: &[&str]) {
    d.write(name, pdf_text(&one_per_page(pages)));
    let (report, _) = check_json(d.path(), &[]);
    for requirement in requirements {
        assert_eq!(
            status(&report, requirement),
            "met",
            "{requirement}: {report:#}"
        );
    }
}

#[test]
fn a_forms_question_answered_with_a_bare_yes_says_it_happened() {
    // "Ja." alone after the question mark is its answer, as "Ja, in 2021" is, not a sentence of
    // its own that leaves the question open.
    let (report, imaging) = fact_in_letter("Röntgenfoto van de pols gemaakt? Ja.", "imaging_done");
    assert_eq!(imaging["value"], true, "{imaging:#}");
    assert_ne!(
        status(&report, "imaging-report"),
        "not-applicable",
        "{report:#}"
    );
    let (report, abroad) = fact_in_letter(
        "In het buitenland in een ziekenhuis behandeld? Ja.",
        "treated_abroad",
    );
    assert_eq!(abroad["value"], true, "{abroad:#}");
    assert_ne!(status(&report, "mrsa"), "not-applicable", "{report:#}");
}
