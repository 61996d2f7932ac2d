"""Part 2 of the ue sentence set: 25 nl, 15 en, 10 de. All content synthetic."""

Y, N, U = "yes", "no", "unmentioned"


def s(text, lang, imaging_done, operated, treated_abroad, phenomenon):
    return {"text": text, "lang": lang, "imaging_done": imaging_done,
            "operated": operated, "treated_abroad": treated_abroad,
            "phenomenon": phenomenon}


SENTENCES = [
    # --- Dutch (25) ---
    s("03-09-2025 S: knie li pijnlijk na sporten. P: MRI knie aangevraagd.", "nl", U, U, U, "plan"),
    s("MRI knie rechts (2023): mediale meniscusruptuur, waarvoor artroscopie.", "nl", Y, U, U, "other-body-part"),
    s("Bij de tandarts werd een kies getrokken; verder geen ingrepen.", "nl", U, N, U, "other-body-part"),
    s("Patiënte werd na opname in het Hospital Clínic in Barcelona per ambulance gerepatrieerd naar het Spaarne Gasthuis.", "nl", U, U, Y, "repatriation"),
    s("Via de reisverzekering gerepatrieerd; in Griekenland is de fractuur geopereerd met een plaat.", "nl", U, Y, Y, "repatriation"),
    s("Zij is op de spoedgevallendienst van het AZ Groeninge te Kortrijk gezien; RX pols toonde een fractuur van het os scaphoideum.", "nl", Y, U, Y, "abroad-care"),
    s("Conclusie: conservatief beleid, geen operatie-indicatie.", "nl", U, U, U, "plan"),
    s("Patiënt heeft geen foto's laten maken, ondanks het advies van de huisarts.", "nl", N, U, U, "negation"),
    s("Advies: bij toename van de klachten opnieuw X-pols.", "nl", U, U, U, "offer-advice"),
    s("Er werd een echo gemaakt die geen ganglion liet zien.", "nl", Y, U, U, "pseudo-negation"),
    s("E: CTS re, EMG bevestigd. P: aangemeld voor CTS-release, wachttijd ca. 8 weken.", "nl", U, U, U, "plan"),
    s("Zowel de röntgenfoto's als de CT zijn in het Maasstad Ziekenhuis in Rotterdam gemaakt.", "nl", Y, U, N, "care-in-nl"),
    s("De MRI is uiteindelijk niet doorgegaan wegens claustrofobie; andere beeldvorming is niet verricht.", "nl", N, U, U, "negation"),
    s("Patiënte vraagt of zij in aanmerking komt voor een operatie.", "nl", U, U, U, "question-request"),
    s("Ganglion pols li, in 2020 gepuncteerd, nooit operatief verwijderd.", "nl", U, N, U, "negation"),
    s("Opname buitenland afgelopen 2 maanden: ja, Turkije (Izmir), 5 dagen.", "nl", U, U, Y, "form-field"),
    s("Patiënt woont sinds 2019 in Antwerpen maar wordt voor zijn pols in Nederland behandeld.", "nl", U, U, N, "care-in-nl"),
    s("Hij heeft geen MRI, maar wel een röntgenfoto en een echo gehad.", "nl", Y, U, U, "negation-scope"),
    s("Zowel operatie als beeldvorming werden door patiënt geweigerd.", "nl", N, N, U, "refusal"),
    s("St.p. Darrach-procedure re pols 2017, sindsdien instabiliteit ulna.", "nl", U, Y, U, "abbreviation"),
    s("OK-verslag en ontslagbrief volgen nog.", "nl", U, Y, U, "document-mention"),
    s("Rontgenfoto van de hand laat een oude fractuur van MC-V zien.", "nl", Y, U, U, "typo"),
    s("Zij gaat in juli naar Curaçao en wil vóór vertrek geopereerd worden.", "nl", U, U, U, "plan"),
    s("Eerdere behandeling: spalk en corticosteroïdinjectie door de huisarts.", "nl", U, U, U, "conservative"),
    s("Patient werd vorig jaar in Duitsland op de Notaufnahme geholpen, foto's zijn daar gemaakt maar niet meegekregen.", "nl", Y, U, Y, "abroad-care"),

    # --- English (15) ---
    s("Discharge Summary - Royal Free London NHS Foundation Trust. Procedure: open reduction and internal fixation, left distal radius.", "en", U, Y, Y, "abroad-care"),
    s("He was seen in A&E at Addenbrooke's Hospital, Cambridge, where radiographs were taken.", "en", Y, U, Y, "abroad-care"),
    s("Patient denies any previous hand or wrist surgery.", "en", U, N, U, "negation"),
    s("An MRI of the lumbar spine was done in 2022 for back pain.", "en", Y, U, U, "other-body-part"),
    s("Her sister recently had a wrist MRI which showed a ganglion.", "en", U, U, U, "other-person"),
    s("Operation Note. Date: 04/03/2026. Surgeon: Mr J. Patel. Procedure: excision of volar wrist ganglion.", "en", U, Y, U, "form-field"),
    s("She is on the waiting list for trapeziectomy.", "en", U, U, U, "plan"),
    s("No imaging was performed as the diagnosis was clinically evident.", "en", N, U, U, "negation"),
    s("No, I have never had an operation on my hand.", "en", U, N, U, "negation"),
    s("Nerve conduction studies confirmed moderate CTS; no imaging was requested.", "en", N, U, U, "negation"),
    s("We would be grateful for your opinion on whether revision surgery is indicated after her failed carpal tunnel release.", "en", U, Y, U, "question-request"),
    s("Treated in the Netherlands only; no hospital visits abroad.", "en", U, U, N, "care-in-nl"),
    s("Xray wrist: no fracture seen, soft tissue swelling.", "en", Y, U, U, "telegraphic"),
    s("Surgery was offered but he declined and opted for splinting.", "en", U, N, U, "refusal"),
    s("The patient spent three weeks in Thailand, where a local clinic applied a cast after the fall.", "en", U, U, Y, "abroad-care"),

    # --- German (10) ---
    s("Diagnosen: Rhizarthrose rechts, Z. n. Resektionsarthroplastik 2024.", "de", U, Y, U, "abbreviation"),
    s("Im MRT des Handgelenks kein Nachweis einer Läsion des TFCC.", "de", Y, U, U, "pseudo-negation"),
    s("Eine Operation wurde der Patientin empfohlen, sie wünscht jedoch eine Zweitmeinung.", "de", U, U, U, "offer-advice"),
    s("Entlassungsbrief: stationäre Aufnahme vom 02.11.2025 bis 05.11.2025 im Krankenhaus Bad Bentheim.", "de", U, U, Y, "abroad-care"),
    s("Röntgenaufnahmen liegen uns nicht vor.", "de", U, U, U, "pseudo-negation"),
    s("Bisher keine Bildgebung und keine Operation.", "de", N, N, U, "negation-scope"),
    s("Der Vater des Patienten wurde zweimal an der Hand operiert.", "de", U, U, U, "other-person"),
    s("Z. n. Appendektomie und Tonsillektomie im Kindesalter.", "de", U, U, U, "other-body-part"),
    s("CT-Untersuchung des Handgelenks geplant.", "de", U, U, U, "plan"),
    s("Die Patientin wurde in unserer Klinik (Universitätsklinikum Münster) am 12.01.2026 operiert.", "de", U, Y, Y, "abroad-care"),
]
