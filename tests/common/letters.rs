//! Synthetic letters, as lines of text, for a made-up patient ("A. Testpersoon", born 01-01-1980).
//! Each function takes the letter's date as written in the letter, so tests can make letters recent
//! or stale. Never put real patient data here.

/// A GP referral asking for a second opinion, with its own history section.
pub fn referral(date: &str) -> Vec<String> {
    lines(&[
        "Huisartsenpraktijk De Linde",
        "Lindelaan 1, 1234 AB Teststad",
        "",
        "Verwijsbrief",
        &format!("Datum: {date}"),
        "Betreft: mevr. A. Testpersoon, geb. 01-01-1980",
        "",
        "Geachte collega,",
        "Graag verwijs ik patiënte naar u voor een second opinion.",
        "Vraagstelling: is een artrodese van de pols de juiste behandeling?",
        "",
        "Met vriendelijke groet,",
        "T. Huisarts, huisarts",
    ])
}

/// A GP referral "for treatment" without any question.
pub fn referral_without_question(date: &str) -> Vec<String> {
    lines(&[
        "Huisartsenpraktijk De Linde",
        "",
        "Verwijsbrief",
        &format!("Datum: {date}"),
        "Betreft: mevr. A. Testpersoon, geb. 01-01-1980",
        "",
        "Geachte collega,",
        "Hierbij verwijs ik patiënte naar uw polikliniek voor behandeling van pijn aan de rechterpols.",
        "",
        "Met vriendelijke groet,",
        "T. Huisarts",
    ])
}

/// A referral that carries its own history section with recent treatments.
pub fn referral_with_history(date: &str) -> Vec<String> {
    let mut l = referral(date);
    l.truncate(11);
    l.extend(lines(&[
        "Voorgeschiedenis:",
        "Sinds 2025 pijn rechterpols, behandeld met spalk en handtherapie.",
        "In juni 2026 een injectie met corticosteroïden, zonder blijvend effect.",
        "",
        "Met vriendelijke groet,",
        "T. Huisarts",
    ]));
    l
}

/// A GP summary of the medical history.
pub fn history(date: &str) -> Vec<String> {
    lines(&[
        "Huisartsenpraktijk De Linde",
        "Huisartsensamenvatting",
        &format!("Datum: {date}"),
        "Patiënt: mevr. A. Testpersoon, geboortedatum 01-01-1980",
        "",
        "Episodelijst:",
        "2019 Carpaletunnelsyndroom rechts",
        "2025 Artrose rechterpols",
        "Medicatie: paracetamol zo nodig.",
        "Recente behandelingen: spalk, handtherapie en een injectie in juni 2026.",
    ])
}

/// A GP summary without a letter date: only a birth date.
pub fn history_undated() -> Vec<String> {
    lines(&[
        "Huisartsenpraktijk De Linde",
        "Huisartsensamenvatting",
        "Patiënt: mevr. A. Testpersoon, geboortedatum 01-01-1980",
        "",
        "Episodelijst:",
        "Carpaletunnelsyndroom rechts, artrose rechterpols.",
        "Recente behandelingen: spalk en handtherapie.",
    ])
}

/// An outpatient letter from an orthopaedic surgeon, mentioning an MRI and an operation.
pub fn specialist_letter(date: &str) -> Vec<String> {
    lines(&[
        "Ziekenhuis Rijnstad",
        "Afdeling Orthopedie",
        "",
        "Polikliniekbrief",
        &format!("Datum: {date}"),
        "Betreft: mevr. A. Testpersoon, geb. 01-01-1980",
        "",
        "Geachte collega,",
        "Uw patiënte zagen wij op onze polikliniek wegens pijn aan de rechterpols.",
        "Een MRI van de rechterpols toonde artrose van het radiocarpale gewricht.",
        "Zij werd in 2024 geopereerd aan een carpaletunnelsyndroom rechts.",
        "",
        "Met collegiale groet,",
        "dr. O. Orthopeed, orthopedisch chirurg",
    ])
}

/// An outpatient letter that says no imaging and no surgery were done.
pub fn specialist_letter_nothing_done(date: &str) -> Vec<String> {
    lines(&[
        "Ziekenhuis Rijnstad",
        "Afdeling Plastische Chirurgie",
        "",
        "Polikliniekbrief",
        &format!("Datum: {date}"),
        "",
        "Geachte collega,",
        "Uw patiënte zagen wij op onze polikliniek wegens pijn aan de rechterpols.",
        "Er is geen beeldvorming verricht.",
        "Patiënte is nooit geopereerd.",
        "",
        "Met collegiale groet,",
        "dr. P. Plastisch, plastisch chirurg",
    ])
}

/// A radiology report of an MRI.
pub fn radiology_report(date: &str) -> Vec<String> {
    lines(&[
        "Ziekenhuis Rijnstad",
        "Afdeling Radiologie",
        "",
        "Verslag radiologie",
        &format!("Datum onderzoek: {date}"),
        "Onderzoek: MRI rechterpols",
        "Bevindingen: artrose van het radiocarpale gewricht, geen fractuur.",
        "Conclusie: radiocarpale artrose.",
        "dr. R. Radioloog, radioloog",
    ])
}

/// An operation report.
pub fn operation_report(date: &str) -> Vec<String> {
    lines(&[
        "Ziekenhuis Rijnstad",
        "Operatieverslag",
        &format!("Datum operatie: {date}"),
        "Operateur: dr. O. Orthopeed",
        "Ingreep: carpale tunnel release rechts.",
        "Beloop: ongecompliceerd.",
    ])
}

/// An MRSA screening result.
pub fn mrsa_result(date: &str) -> Vec<String> {
    lines(&[
        "Laboratorium Medische Microbiologie",
        "Uitslag MRSA-screening",
        &format!("Afnamedatum: {date}"),
        "Materiaal: neus, keel, perineum.",
        "Uitslag kweek: geen MRSA aangetoond.",
    ])
}

/// An English discharge letter from a hospital abroad.
pub fn english_discharge_letter(date: &str) -> Vec<String> {
    lines(&[
        "Hospital Costa Blanca",
        "Department of Orthopaedics",
        "",
        "Discharge letter",
        &format!("Date: {date}"),
        "Patient: Ms A. Testpersoon, date of birth 1 January 1980",
        "",
        "Dear colleague,",
        "The patient was admitted to our hospital in Spain after a fall on the right wrist.",
        "X-rays of the wrist showed a distal radius fracture.",
        "She underwent surgery with plate fixation.",
        "",
        "Kind regards,",
        "Dr. J. Surgeon, orthopaedic surgeon",
    ])
}

/// A Dutch outpatient letter from an orthopaedic department whose body is `body`, one sentence a
/// line. The letterhead and greeting carry no fact cues, so the body alone decides the facts.
pub fn outpatient_letter(date: &str, body: &[&str]) -> Vec<String> {
    let mut l = lines(&[
        "Ziekenhuis Rijnstad",
        "Afdeling Orthopedie",
        "",
        "Polikliniekbrief",
        &format!("Datum: {date}"),
        "Betreft: mevr. A. Testpersoon, geb. 01-01-1980",
        "",
        "Geachte collega,",
        "Uw patiënte zagen wij op onze polikliniek wegens pijn aan de rechterpols.",
    ]);
    l.extend(lines(body));
    l.extend(lines(&["", "Met collegiale groet,", "dr. O. Orthopeed"]));
    l
}

/// An English outpatient letter from a Dutch hospital whose body is `body`, one sentence a line.
pub fn english_outpatient_letter(date: &str, body: &[&str]) -> Vec<String> {
    let mut l = lines(&[
        "Rijnstad Medical Centre",
        "Department of Orthopaedics",
        "",
        "Outpatient letter",
        &format!("Date: {date}"),
        "Patient: Ms A. Testpersoon, date of birth 1 January 1980",
        "",
        "Dear colleague,",
        "We saw your patient in our outpatient clinic for pain in the right wrist.",
    ]);
    l.extend(lines(body));
    l.extend(lines(&["", "Kind regards,", "Dr. J. Smith"]));
    l
}

/// A short note holding one sentence under a Dutch date line, for tables of single sentences.
pub fn single_sentence(sentence: &str) -> Vec<String> {
    lines(&["Datum: 1 november 2026", "", sentence])
}

/// A short note holding one sentence under an English date line, for tables of single sentences.
pub fn single_sentence_english(sentence: &str) -> Vec<String> {
    lines(&["Date: 1 November 2026", "", sentence])
}

/// A pathology report (PA-verslag), for checklists of other clinics.
pub fn pathology_report(date: &str) -> Vec<String> {
    lines(&[
        "Ziekenhuis Rijnstad",
        "Afdeling Pathologie",
        "",
        "PA-verslag",
        &format!("Datum verslag: {date}"),
        "Materiaal: excisie ganglion rechterpols.",
        "Microscopie: synoviale cyste zonder aanwijzingen voor maligniteit.",
        "Conclusie: ganglion, radicaal verwijderd.",
        "dr. P. Patholoog, patholoog",
    ])
}

fn lines(l: &[&str]) -> Vec<String> {
    l.iter().map(|s| s.to_string()).collect()
}

/// Borrows lines as `&str` for the PDF and DOCX builders.
pub fn strs(lines: &[String]) -> Vec<&str> {
    lines.iter().map(String::as_str).collect()
}
