"""Part 1 of the ue sentence set: 25 nl, 15 en, 10 de. All content synthetic."""

Y, N, U = "yes", "no", "unmentioned"


def s(text, lang, imaging_done, operated, treated_abroad, phenomenon):
    return {"text": text, "lang": lang, "imaging_done": imaging_done,
            "operated": operated, "treated_abroad": treated_abroad,
            "phenomenon": phenomenon}


SENTENCES = [
    # --- Dutch (25) ---
    s("Er is in 2025 een MRI van de rechterpols gemaakt, waarop een TFCC-laesie werd gezien.", "nl", Y, U, U, "plain"),
    s("Patiënt is nooit aan de pols geopereerd.", "nl", U, N, U, "negation"),
    s("Geen trauma, geen operaties en geen beeldvorming in de voorgeschiedenis.", "nl", N, N, U, "negation-scope"),
    s("X-pols li 14-02-2026: geen fractuur, geringe artrose STT.", "nl", Y, U, U, "pseudo-negation"),
    s("Geen verbetering na de CTS-release van maart vorig jaar.", "nl", U, Y, U, "pseudo-negation"),
    s("Vraagstelling: is een operatie (artrodese) nog zinvol?", "nl", U, U, U, "question-request"),
    s("Patiënt staat op de wachtlijst voor een MRI-onderzoek van de linkerhand.", "nl", U, U, U, "plan"),
    s("In 2019 appendectomie, verder blanco chirurgische voorgeschiedenis.", "nl", U, N, U, "other-body-part"),
    s("Moeder en zus zijn beiden aan de hand geopereerd wegens carpaletunnelsyndroom.", "nl", U, U, U, "other-person"),
    s("Tijdens een vakantie in Spanje viel zij op de pols; zij is daar niet bij een arts geweest.", "nl", U, U, N, "abroad-no-care"),
    s("Na een val in Antalya werd zij op de spoedeisende hulp van het Memorial Hospital gezien en kreeg zij een gipsspalk.", "nl", U, U, Y, "abroad-care"),
    s("Op 12-03-2026 op de OK: open repositie en plaatfixatie distale radius rechts.", "nl", U, Y, U, "abbreviation"),
    s("Indien de klachten aanhouden kan een echo van de pols worden overwogen.", "nl", U, U, U, "conditional"),
    s("Een operatie werd aangeboden, maar patiënte wil eerst een second opinion.", "nl", U, U, U, "offer-advice"),
    s("12-01-2026 S: pijn pols re sinds val. O: drukpijn snuifdoosje. E: verdenking scaphoïdfractuur. P: X-scaphoid aangevraagd.", "nl", U, U, U, "telegraphic"),
    s("Röntgenfoto's en MRI-verslag zijn bijgevoegd; de cd volgt per post.", "nl", Y, U, U, "document-mention"),
    s("Het is niet zo dat er geen beeldvorming is gedaan: in januari is een echo gemaakt.", "nl", Y, U, U, "double-negation"),
    s("Pt is niet alleen aan de pols geopereerd maar ook aan de elleboog.", "nl", U, Y, U, "pseudo-negation"),
    s("Eerder geopereerd aan hand/pols: nee", "nl", U, N, U, "form-field"),
    s("Patiënt is in 2022 in Luik (CHU) geopereerd aan een scafoïdpseudartrose.", "nl", U, Y, Y, "abroad-care"),
    s("Bij terugkomst in Nederland werd in het Rijnstate alsnog een röntgenfoto gemaakt; in Frankrijk was zij niet bij een arts geweest.", "nl", Y, U, N, "care-in-nl"),
    s("Patiënt ontkent eerdere operaties aan de hand.", "nl", U, N, U, "negation"),
    s("Nog geen beeldvorming verricht, graag uw advies hierover.", "nl", N, U, U, "negation"),
    s("Verwijzing handchirurgie i.v.m. persisterende klachten na ORIF (2024).", "nl", U, Y, U, "abbreviation"),
    s("Patient heeft zijn pols gebroken in Marokko en is daar geoppereerd met pennen.", "nl", U, Y, Y, "typo"),

    # --- English (15) ---
    s("An MRI of the left wrist performed on 3 February 2026 showed a scapholunate ligament tear.", "en", Y, U, U, "plain"),
    s("No surgery has been performed on the wrist to date.", "en", U, N, U, "negation"),
    s("X-ray showed no evidence of fracture.", "en", Y, U, U, "pseudo-negation"),
    s("She was admitted to Hospital Universitario La Paz, Madrid, for two days after the fall.", "en", U, U, Y, "abroad-care"),
    s("Plan: refer for nerve conduction studies and consider carpal tunnel release if confirmed.", "en", U, U, U, "plan"),
    s("He underwent a right carpal tunnel release at St Thomas' Hospital, London, in 2023.", "en", U, Y, Y, "abroad-care"),
    s("Past surgical history: appendicectomy (2008), wisdom teeth extraction.", "en", U, U, U, "other-body-part"),
    s("Her father had a Dupuytren's fasciectomy on both hands.", "en", U, U, U, "other-person"),
    s("No imaging, no injections and no splinting have been tried so far.", "en", N, U, U, "negation-scope"),
    s("Would you kindly arrange an ultrasound of the wrist before the appointment?", "en", U, U, U, "question-request"),
    s("No change in symptoms since the operation in May.", "en", U, Y, U, "pseudo-negation"),
    s("The patient was on holiday in Portugal when the pain started but did not seek medical care there.", "en", U, U, N, "abroad-no-care"),
    s("Imaging: CT wrist 12/01/2026 (report enclosed).", "en", Y, U, U, "form-field"),
    s("s/p ORIF distal radius L, hardware in situ.", "en", U, Y, U, "abbreviation"),
    s("If conservative treatment fails, surgical options will be discussed.", "en", U, U, U, "conditional"),

    # --- German (10) ---
    s("Röntgen des rechten Handgelenks in 2 Ebenen: keine Fraktur nachweisbar.", "de", Y, U, U, "pseudo-negation"),
    s("Eine operative Versorgung ist bisher nicht erfolgt.", "de", U, N, U, "negation"),
    s("Der Patient wurde am 14.07.2025 in der Notaufnahme des Klinikums Garmisch-Partenkirchen bei distaler Radiusfraktur behandelt.", "de", U, U, Y, "abroad-care"),
    s("Auf eine Bildgebung wurde verzichtet.", "de", N, U, U, "negation"),
    s("Procedere: MRT des Handgelenks ambulant, Wiedervorstellung mit Befund.", "de", U, U, U, "plan"),
    s("Z. n. Karpaltunnelspaltung links 2021 (auswärts).", "de", U, Y, U, "abbreviation"),
    s("Operationsbericht Klinik für Handchirurgie, Bad Neustadt: Resektion eines dorsalen Handgelenksganglions rechts.", "de", U, Y, Y, "abroad-care"),
    s("Kein Trauma, keine Voroperationen an der Hand.", "de", U, N, U, "negation-scope"),
    s("Bei Persistenz der Beschwerden ist eine Arthroskopie zu erwägen.", "de", U, U, U, "conditional"),
    s("Die Patientin war im Urlaub in Österreich, eine ärztliche Behandlung erfolgte dort nicht.", "de", U, U, N, "abroad-no-care"),
]
