"""Part 3 of the ue sentence set: 25 nl, 15 en, 10 de. All content synthetic."""

Y, N, U = "yes", "no", "unmentioned"


def s(text, lang, imaging_done, operated, treated_abroad, phenomenon):
    return {"text": text, "lang": lang, "imaging_done": imaging_done,
            "operated": operated, "treated_abroad": treated_abroad,
            "phenomenon": phenomenon}


SENTENCES = [
    # --- Dutch (25) ---
    s("Reden van verwijzing: second opinion na mislukte ORIF scaphoïd.", "nl", U, Y, U, "form-field"),
    s("Recente behandelingen: geen operaties, geen beeldvorming.", "nl", N, N, U, "form-field"),
    s("Onderzoek: MRI pols rechts. Datum onderzoek: 08-01-2026.", "nl", Y, U, U, "form-field"),
    s("Klinische gegevens: pijn ulnair na val. Vraagstelling: TFCC-letsel?", "nl", U, U, U, "question-request"),
    s("Conclusie: op de CT geen aanwijzingen voor een occulte scaphoïdfractuur.", "nl", Y, U, U, "pseudo-negation"),
    s("Beeldvorming: n.v.t.", "nl", N, U, U, "form-field"),
    s("Operatie: gepland 14-04-2026.", "nl", U, U, U, "plan"),
    s("Ingreep: CTS-release links onder lokale anesthesie (WALANT).", "nl", U, Y, U, "form-field"),
    s("Patiënte is voor dezelfde klacht nooit eerder in het ziekenhuis geweest; er zijn ook nooit foto's gemaakt.", "nl", N, N, U, "negation"),
    s("De huisarts vroeg zich af of een echo zinvol zou zijn.", "nl", U, U, U, "question-request"),
    s("Niet uitgesloten is dat de plaat moet worden verwijderd.", "nl", U, Y, U, "presupposition"),
    s("Geen koorts, geen roodheid; de röntgenfoto toont een goede stand van de fractuur.", "nl", Y, U, U, "negation-scope"),
    s("Patiënt werd na opname in Alicante gerepatrieerd voor verdere behandeling in Nederland.", "nl", U, U, Y, "repatriation"),
    s("Er is vooralsnog afgezien van operatief ingrijpen.", "nl", U, N, U, "negation"),
    s("Patiënt wacht nog op een oproep voor de MRI.", "nl", U, U, U, "plan"),
    s("Wel degelijk geopereerd, anders dan de verwijsbrief vermeldt: in 2021 een ganglionextirpatie.", "nl", U, Y, U, "double-negation"),
    s("Familieanamnese: vader reumatoïde artritis, meerdere handoperaties.", "nl", U, U, U, "other-person"),
    s("In 2016 knieprothese links, in 2020 galblaasoperatie.", "nl", U, U, U, "other-body-part"),
    s("Pt heeft in 2018 een CT-scan van de buik gehad i.v.m. nierstenen.", "nl", Y, U, U, "other-body-part"),
    s("Is de pols ooit gefotografeerd? Patiënt weet het niet meer.", "nl", U, U, U, "question-request"),
    s("Vakantie Thailand jan 2026, geen medische zorg aldaar.", "nl", U, U, N, "abroad-no-care"),
    s("Echografie pols re toonde tenosynovitis van de eerste extensorloge.", "nl", Y, U, U, "plain"),
    s("Pijnklachten na operatie in Gent (UZ Gent, 2024) zijn niet afgenomen.", "nl", U, Y, Y, "abroad-care"),
    s("Patient is geopereed aan een trigger finger van de rechter duim.", "nl", U, Y, U, "typo"),
    s("Patiënte is tot op heden niet geopereerd en wordt naar u terugverwezen.", "nl", U, N, U, "negation"),

    # --- English (15) ---
    s("Radiographs of both wrists were obtained and are unremarkable.", "en", Y, U, U, "plain"),
    s("There is no history of trauma or previous surgery.", "en", U, N, U, "negation-scope"),
    s("Not only the wrist but also the thumb base was operated on in 2024.", "en", U, Y, U, "pseudo-negation"),
    s("The scan was not without findings: a small ganglion was noted.", "en", Y, U, U, "double-negation"),
    s("Could you arrange a wrist X-ray before she is seen in clinic?", "en", U, U, U, "question-request"),
    s("She was repatriated by air ambulance from a hospital in Crete after plating of the radius.", "en", U, Y, Y, "repatriation"),
    s("He lives in Dubai and has been treated there at Rashid Hospital for the wrist injury.", "en", U, U, Y, "abroad-care"),
    s("Ultrasound-guided steroid injection of the first dorsal compartment, 10 January 2026.", "en", Y, U, U, "imaging-as-guidance"),
    s("Plan: MRI arthrogram, then review in clinic.", "en", U, U, U, "plan"),
    s("Previous imaging: none.", "en", N, U, U, "form-field"),
    s("Date of surgery: 15/09/2025 Procedure: Scaphoid ORIF with headless compression screw.", "en", U, Y, U, "form-field"),
    s("No further imaging is required.", "en", Y, U, U, "presupposition"),
    s("The patient had a knee arthroscopy in Spain while on holiday in 2019.", "en", U, U, Y, "other-body-part"),
    s("If an operation is required, this should be done in the Netherlands.", "en", U, U, U, "conditional"),
    s("pt not operated, conservative mgmt w/ splint", "en", U, N, U, "telegraphic"),

    # --- German (10) ---
    s("Befund: Handgelenk rechts in zwei Ebenen, regelrechte Artikulation, keine Fraktur.", "de", Y, U, U, "pseudo-negation"),
    s("Die Patientin wurde am 03.03.2026 in der Zentralen Notaufnahme des St. Franziskus-Hospitals Münster vorstellig.", "de", U, U, Y, "abroad-care"),
    s("Eine bildgebende Diagnostik wurde bislang nicht durchgeführt.", "de", N, U, U, "negation"),
    s("Therapie: Ruhigstellung im Unterarmgips für 6 Wochen.", "de", U, U, U, "conservative"),
    s("Operative Therapie: offene Reposition und palmare Plattenosteosynthese am 21.08.2025.", "de", U, Y, U, "plain"),
    s("Wir empfehlen eine MRT-Untersuchung zur weiteren Abklärung.", "de", U, U, U, "offer-advice"),
    s("Nicht nur das Handgelenk, sondern auch der Ellenbogen wurde geröntgt.", "de", Y, U, U, "pseudo-negation"),
    s("Die Mutter leidet an einer Rhizarthrose, operiert 2019.", "de", U, U, U, "other-person"),
    s("Voroperationen: keine.", "de", U, N, U, "form-field"),
    s("Rückverlegung in die Niederlande nach stationärer Behandlung in Aachen.", "de", U, U, Y, "repatriation"),
]
