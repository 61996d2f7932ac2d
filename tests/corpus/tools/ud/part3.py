# Part 3 of the ud sentence set: 25 nl (incl. Flemish), 15 en, 10 de.
# All patients, clinicians, dates and most hospital names are invented.

Y, N, U = "yes", "no", "unmentioned"


def p(text, lang, imaging_done, operated, treated_abroad, phenomenon):
    return {
        "text": text,
        "lang": lang,
        "imaging_done": imaging_done,
        "operated": operated,
        "treated_abroad": treated_abroad,
        "phenomenon": phenomenon,
    }


PASSAGES = [
    # ---------------- Dutch / Flemish (25) ----------------
    p("Afdeling Radiologie. Onderzoek: X-hand links. Datum onderzoek: 04-03-2026. Klinische gegevens: val, pijn MC-V. "
      "Vraagstelling: fractuur? Verslag: nog niet geautoriseerd.",
      "nl", Y, U, U, "radiology header, exam dated, report pending"),
    p("Aanvraagformulier radiologie. Gevraagd onderzoek: MRI pols rechts. Vraagstelling: avasculaire necrose os lunatum? "
      "Aanvrager: dr. M. Bakker, orthopedie.",
      "nl", U, U, U, "request form, imaging requested"),
    p("Conclusie (X-pols re): geen fractuur; wel degeneratieve afwijkingen van het STT-gewricht.",
      "nl", Y, U, U, "radiology conclusion, negated finding"),
    p("Ontslagbrief. Opname: 02-10-2025 t/m 03-10-2025. Opnamediagnose: flexorpeesletsel D2 re. "
      "Ingreep: primaire peeshechting FDP D2 re (dr. A. Smit). Beleid: Kleinert-schema via handtherapeut.",
      "nl", U, Y, U, "discharge letter fields"),
    p("Mail patiënt: 'Ik ben de cd met de foto's van het ziekenhuis in Gent helaas kwijt, kunt u ze zelf opvragen?'",
      "nl", Y, U, Y, "patient e-mail, cd lost, foreign hospital"),
    p("Mail patiënt: 'De foto's van mijn hand die ik met mijn telefoon heb gemaakt stuur ik mee, zodat u de zwelling kunt zien.'",
      "nl", U, U, U, "phone photos not imaging"),
    p("Machtiging: ondergetekende geeft de kliniek toestemming het operatieverslag op te vragen bij AZ Westhoek, Roeselare.",
      "nl", U, Y, Y, "consent form, presupposes operation abroad"),
    p("Beeldvorming: MRI niet verricht (pacemaker); X-pols wel gemaakt op 02-02.",
      "nl", Y, U, U, "field block, negation then 'wel'"),
    p("Patiënt wenst geen operatie en ook geen verdere diagnostiek.",
      "nl", U, U, U, "wish about future"),
    p("In 2015 is in het academisch ziekenhuis van Paramaribo een peesnaad aan de linkerhand verricht.",
      "nl", U, Y, Y, "foreign hospital by city"),
    p("Patiënt kwam vanuit Aruba voor deze second opinion; daar is hij tweemaal aan de pols geopereerd.",
      "nl", U, Y, Y, "kingdom country outside nl"),
    p("Patiënte heeft de afgelopen twee maanden geen ziekenhuis in het buitenland bezocht (MRSA-vragenlijst: nee op alle vragen).",
      "nl", U, U, N, "mrsa questionnaire, negation"),
    p("12-01 E: ganglion pols re. P: punctie verricht, 2 ml helder vocht.",
      "nl", U, U, U, "aspiration not operation"),
    p("17-02 Brief ontvangen van orthopedie: recidief ganglion, excisie gepland 14-04.",
      "nl", U, U, U, "journal line, planned operation"),
    p("28-04 Brief ontvangen: excisie ganglion pols re op 14-04 verricht, PA: ganglion.",
      "nl", U, Y, U, "journal line, past plan done"),
    p("Huisarts meldt dat er 'waarschijnlijk' een foto is gemaakt op de SEH, maar hij heeft daarvan geen verslag ontvangen.",
      "nl", U, U, U, "uncertainty, report missing"),
    p("Voorgeschiedenis: sectio caesarea 2012, cholecystectomie 2019.",
      "nl", U, U, U, "other body part operations"),
    p("Verslag medische beeldvorming, AZ Kempenland Mol. RX linkerpols F/P: geen fractuur, geen luxatie. "
      "Besluit: normaal onderzoek.",
      "nl", Y, U, Y, "flemish radiology report"),
    p("Mevrouw werd doorverwezen naar uw raadpleging voor een second opinion. Tot op heden gebeurde enkel kinesitherapie; "
      "er werd nog geen medische beeldvorming uitgevoerd.",
      "nl", N, N, U, "flemish referral, 'enkel' excludes surgery, negation"),
    p("Datum: 04-11-2026. Geachte collega, hierbij verwijs ik mevrouw J. Koster (geb. 12-08-1969) voor een second opinion "
      "met betrekking tot haar pijnlijke rechterpols.",
      "nl", U, U, U, "silent, referral opening"),
    p("Na de operatie in 2022 (TFCC-refixatie) heeft zij geen MRI meer gehad; de laatste MRI dateert van vóór de ingreep (2021).",
      "nl", Y, Y, U, "negation of later imaging, earlier imaging done"),
    p("Dhr. heeft geen scans meegenomen, want er zijn nooit scans gemaakt.",
      "nl", N, U, U, "negation with reason"),
    p("Dhr. heeft geen scans meegenomen naar het spreekuur.",
      "nl", U, U, U, "absent media is not absent imaging"),
    p("Behandeling tot nu toe: 6 weken onderarmgips in Ziekenhuis Veluwezoom te Ede, daarna handtherapie; geen operatie.",
      "nl", U, N, N, "conservative treatment, care in nl"),
    p("OK-planning: 18-05-2026 artrodese CMC-1 re. Pre-operatieve screening: MRSA negatief.",
      "nl", U, U, U, "planned operation, mrsa mention"),

    # ---------------- English (15) ----------------
    p("From a patient e-mail: 'The doctor at the clinic in Marbella said it was only a sprain and didn't take any pictures.'",
      "en", N, U, Y, "patient e-mail, foreign clinic, negation"),
    p("Radiology Report. Exam: MRI wrist left. Clinical details: ?scapholunate ligament tear. Findings: intact SL ligament, "
      "small dorsal ganglion. Reported by Dr R. Hughes, Consultant Radiologist.",
      "en", Y, U, U, "radiology report, location unknown"),
    p("Referral reason: second opinion regarding persistent pain after carpal tunnel release (2023, Leiden).",
      "en", U, Y, N, "care in nl by city"),
    p("He has had two operations on his right hand in the past; he is not sure where.",
      "en", U, Y, U, "patient-reported, location unknown"),
    p("I am not aware of any imaging having been performed.",
      "en", U, U, U, "hedged negation"),
    p("Past surgical history: nil.",
      "en", U, N, U, "field, nil"),
    p("Investigations: FBC and CRP normal. Nerve conduction studies: moderate CTS on the right.",
      "en", U, U, U, "nerve conduction not imaging"),
    p("The images from the private clinic in Brussels arrived on a CD that our system cannot read.",
      "en", Y, U, Y, "unreadable cd, foreign clinic"),
    p("She would like to know whether she should have the operation done here or back home in Poland.",
      "en", U, U, U, "question about future"),
    p("Seen in the fracture clinic at Northgate General Hospital, Leeds, on 5 January 2026: undisplaced scaphoid waist "
      "fracture on CT, managed non-operatively in a cast.",
      "en", Y, N, Y, "uk hospital, non-operative"),
    p("Travel history: returned from Kenya three weeks ago; no contact with healthcare there.",
      "en", U, U, N, "travel without care"),
    p("Plan: X-ray at 2 weeks to check alignment.",
      "en", U, U, U, "plan"),
    p("Her previous surgeon in Amsterdam has retired, which is why she is seeking a second opinion.",
      "en", U, U, N, "surgeon does not imply surgery, care in nl"),
    p("No fracture was seen, but the X-ray was of poor quality and a repeat was never done.",
      "en", Y, U, U, "negations around done imaging"),
    p("Ultrasound was not performed because the sonographer was unavailable; plain radiographs were taken instead.",
      "en", Y, U, U, "negation then alternative"),

    # ---------------- German (10) ----------------
    p("Arztbrief, Klinik für Hand-, Plastische und Rekonstruktive Chirurgie, Klinikum Niederrhein-West, Geldern. "
      "Diagnose: Rhizarthrose rechts. Therapie: Resektionsarthroplastik am 03.06.2025.",
      "de", U, Y, Y, "german hospital letter"),
    p("Entlassungsbrief: Die stationäre Aufnahme in unserem Haus in Bocholt erfolgte vom 10. bis 12.08.2025 zur "
      "intravenösen Antibiose bei Phlegmone der linken Hand; eine operative Sanierung war nicht erforderlich.",
      "de", U, N, Y, "german admission, no surgery"),
    p("Röntgen: keine Fraktur. Sonographie: keine Flüssigkeitsansammlung.",
      "de", Y, U, U, "negated findings, imaging done"),
    p("Eine CT-Untersuchung wurde angemeldet.",
      "de", U, U, U, "imaging requested"),
    p("Die Mutter der Patientin wurde zweimal an der Hand operiert.",
      "de", U, U, U, "family history"),
    p("Keine Bildgebung, keine OP – bisher ausschließlich Physiotherapie in Venlo.",
      "de", N, N, N, "telegram negation, care in nl"),
    p("Der Patient berichtet über eine Handgelenksoperation in der Türkei vor fünf Jahren; Unterlagen liegen nicht vor.",
      "de", U, Y, Y, "patient-reported, abroad, documents missing"),
    p("Eine Operation ist nicht erfolgt, jedoch wurde eine Kortisoninfiltration durchgeführt.",
      "de", U, N, U, "negation, injection not surgery"),
    p("Zur Abklärung einer Skaphoidfraktur bitten wir um Durchführung einer CT.",
      "de", U, U, U, "imaging request"),
    p("Sehr geehrte Kolleginnen und Kollegen, wir berichten über Ihre Patientin Frau M. Schulte, geb. 14.02.1975.",
      "de", U, U, U, "silent, salutation"),
]
