"""Part 5 of the ue sentence set: 25 nl, 15 en, 10 de. All content synthetic."""

Y, N, U = "yes", "no", "unmentioned"


def s(text, lang, imaging_done, operated, treated_abroad, phenomenon):
    return {"text": text, "lang": lang, "imaging_done": imaging_done,
            "operated": operated, "treated_abroad": treated_abroad,
            "phenomenon": phenomenon}


SENTENCES = [
    # --- Dutch (25) ---
    s("Patiënte is 3 jaar geleden geopereerd aan een carpaletunnelsyndroom rechts; nu recidief.", "nl", U, Y, U, "history"),
    s("Zij is als kind aan de pols geopereerd, details onbekend.", "nl", U, Y, U, "history"),
    s("Echo pols li (2024, elders): ganglion.", "nl", Y, U, U, "telegraphic"),
    s("Patiënt wil niet geopereerd worden.", "nl", U, U, U, "offer-advice"),
    s("Er heeft nooit een operatie plaatsgevonden en er is ook nooit een foto gemaakt.", "nl", N, N, U, "negation"),
    s("Er zijn geen röntgenfoto's meegestuurd.", "nl", U, U, U, "pseudo-negation"),
    s("Dubbelzijdige CTS-release in 2019 en 2021 in Nederland.", "nl", U, Y, N, "care-in-nl"),
    s("Hij is voor de fractuur behandeld in het ziekenhuis in Aken en daarna in Heerlen.", "nl", U, U, Y, "abroad-care"),
    s("Patiënt heeft zijn hand verbrand tijdens een vakantie in Egypte; hij heeft daar geen ziekenhuis bezocht.", "nl", U, U, N, "abroad-no-care"),
    s("Verzoek: wilt u de MRI-beelden op cd meesturen?", "nl", Y, U, U, "presupposition"),
    s("Geen MRI-indicatie volgens de radioloog; de röntgenfoto's waren normaal.", "nl", Y, U, U, "negation-scope"),
    s("Ingreep niet doorgegaan wegens koorts, nieuwe datum volgt.", "nl", U, N, U, "plan"),
    s("OK 14-05: ganglionextirpatie dorsaal li, geen complicaties.", "nl", U, Y, U, "abbreviation"),
    s("Status na ORIF radius re (2022), osteosynthesemateriaal in 2023 verwijderd.", "nl", U, Y, U, "abbreviation"),
    s("Geen foto's gemaakt, want de SEH-arts vond het klinisch geen breuk.", "nl", N, U, U, "negation"),
    s("Patiënt twijfelt of hij vroeger een scan heeft gehad.", "nl", U, U, U, "question-request"),
    s("Pols re: niet gebroken geweest, wel een MRI i.v.m. pijn.", "nl", Y, U, U, "negation-scope"),
    s("Zij verbleef drie weken in een ziekenhuis in Istanboel na een verkeersongeval.", "nl", U, U, Y, "abroad-care"),
    s("In het ziekenhuis in Paramaribo is de pols destijds gezet, zonder operatie.", "nl", U, N, Y, "abroad-care"),
    s("Niet onvermeld mag blijven dat patiënt al twee keer aan deze pols geopereerd is.", "nl", U, Y, U, "double-negation"),
    s("Broer van patiënt is in België geopereerd aan dezelfde aandoening.", "nl", U, U, U, "other-person"),
    s("Patiënt is bekend met MRSA-dragerschap sinds opname in een ziekenhuis in Spanje (2023).", "nl", U, U, Y, "abroad-care"),
    s("Beeldvorming: X-pols 2x, MRI 1x, alle in het Jeroen Bosch Ziekenhuis 's-Hertogenbosch.", "nl", Y, U, N, "care-in-nl"),
    s("Datum: 12-03-2026 Operateur: dr. P. Bakker Ingreep: trapeziectomie re", "nl", U, Y, U, "form-field"),
    s("Mrt 2026: echo pols ivm zwelling, uitslag nog niet bekend.", "nl", Y, U, U, "telegraphic"),

    # --- English (15) ---
    s("No imaging has been done: the patient did not attend the CT appointment.", "en", N, U, U, "negation"),
    s("The wrist was splinted in the ED at Sydney's Royal Prince Alfred Hospital.", "en", U, U, Y, "abroad-care"),
    s("He had dental X-rays last month.", "en", Y, U, U, "other-body-part"),
    s("Mother had bilateral carpal tunnel decompression.", "en", U, U, U, "other-person"),
    s("She is keen to avoid surgery.", "en", U, U, U, "offer-advice"),
    s("Two previous operations on this wrist (2019, 2021) have not resolved her pain.", "en", U, Y, U, "history"),
    s("No MRI was performed, but plain films showed SLAC wrist stage II.", "en", Y, U, U, "negation-scope"),
    s("Follow-up X-ray will be done in 6 weeks.", "en", U, U, U, "plan"),
    s("Neither an operation nor an injection has been performed.", "en", U, N, U, "negation-scope"),
    s("Patient reports she was not admitted during her stay in Morocco.", "en", U, U, N, "abroad-no-care"),
    s("Referral reason: second opinion regarding failed Sauvé-Kapandji procedure.", "en", U, Y, U, "form-field"),
    s("Holiday in Spain Aug 2025 - no medical treatment abroad.", "en", U, U, N, "abroad-no-care"),
    s("It is not correct that no surgery was done; a ganglion was excised in 2020.", "en", U, Y, U, "double-negation"),
    s("Scheduled for OR on 03/04/2026: right CTR.", "en", U, U, U, "abbreviation"),
    s("The US showed a partial tear of the ECU tendon.", "en", Y, U, U, "abbreviation"),

    # --- German (10) ---
    s("Auf eine operative Versorgung wurde verzichtet.", "de", U, N, U, "negation"),
    s("Auf eine Bildgebung wurde nicht verzichtet; das Röntgenbild zeigte eine perilunäre Luxation.", "de", Y, U, U, "double-negation"),
    s("Befundbericht Radiologie: MRT linke Hand vom 22.01.2026.", "de", Y, U, U, "form-field"),
    s("Die Patientin stellte sich nach einem Sturz im Skiurlaub in unserer Notaufnahme in Innsbruck vor.", "de", U, U, Y, "abroad-care"),
    s("Eine Röntgenaufnahme ist für die nächste Woche geplant.", "de", U, U, U, "plan"),
    s("Nach Angaben der Patientin keine Operationen in der Vorgeschichte.", "de", U, N, U, "negation"),
    s("Der Ehemann der Patientin wurde kürzlich an der Schulter operiert.", "de", U, U, U, "other-person"),
    s("Operationsbericht: Arthroskopie des rechten Handgelenks, Débridement des TFCC.", "de", U, Y, U, "form-field"),
    s("Wir bitten um Übersendung der auswärtigen Röntgenbilder.", "de", Y, U, U, "presupposition"),
    s("Alle bisherigen Behandlungen erfolgten in den Niederlanden (Radboudumc Nijmegen).", "de", U, U, N, "care-in-nl"),
]
