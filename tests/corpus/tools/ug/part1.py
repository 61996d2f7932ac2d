"""Sentence corpus, part 1: 25 nl, 15 en, 10 de. Fictional patients only."""

Y, N, U = "yes", "no", "unmentioned"


def s(text, lang, imaging_done, operated, treated_abroad, phenomenon):
    return {
        "text": text,
        "lang": lang,
        "imaging_done": imaging_done,
        "operated": operated,
        "treated_abroad": treated_abroad,
        "phenomenon": phenomenon,
    }


SENTENCES = [
    # ---------------------------------------------------------------- nl (25)
    s("Patiënte is nooit eerder aan de rechterhand geopereerd; wel in 2018 een sectio caesarea.",
      "nl", U, N, U, "negation, other-body-part"),
    s("X-pols li (SEH Franciscus Vlietland): geen fractuur, geen luxatie. Beleid: brace 4 wk.",
      "nl", Y, U, N, "negated-finding, telegraphic, abbreviation, dutch-hospital-named (care in NL)"),
    s("Vorig jaar tijdens de wintersport in Oostenrijk gevallen. In het Krankenhaus Schwarzach werd de pols "
      "gespalkt zonder dat er foto's werden gemaakt; na terugkomst heeft de huisarts de controle overgenomen.",
      "nl", N, U, Y, "abroad-named-hospital, historical, passive, negation via 'zonder dat'"),
    s("Er is geen beeldvorming verricht, gezien het klinisch duidelijke beeld van een triggervinger dig. 4 re. "
      "Niet eerder behandeld.",
      "nl", N, N, U, "negation, telegraphic"),
    s("Graag uw oordeel of een operatieve behandeling van de CMC-1-artrose bij deze patiënte nog zinvol is. "
      "Zij is nooit geopereerd en heeft geen ziekenhuiszorg in het buitenland gehad.",
      "nl", U, N, N, "request, question, negation, mixed"),
    s("Hierbij verwijs ik dhr. naar de afdeling Plastische, Reconstructieve en Handchirurgie voor een second opinion.",
      "nl", U, U, U, "surgery-word-name"),
    s("Pt heeft zich in 2021 in het AZ Sint-Jan in Brugge laten opereren voor een scafoïdfractuur (Herbert-schroef).",
      "nl", U, Y, Y, "abroad-named-hospital, historical, laten-construction; imaging implied by diagnosis but not stated"),
    s("Echo en MRI van de linkerpols zijn aangevraagd, uitslag volgt.",
      "nl", U, U, U, "plan"),
    s("De gebroken pols werd op de SEH van het Spaarne Gasthuis gereponeerd en gegipst; een operatie bleek niet nodig.",
      "nl", U, N, N, "passive, non-operative-procedure, dutch-hospital-named (care in NL); fracture without exam word"),
    s("12-03-2026 S: pijn pols re sinds val van fiets. O: drukpijn tabatière. E: verd. scafoïdfractuur. "
      "P: X-pols + scafoïdserie aangevraagd.",
      "nl", U, U, U, "journal-SOEP, plan, abbreviation"),
    s("De foto's zijn gemaakt bij de eerstelijns röntgenafdeling in Zeist: artrose CMC-1, Eaton-stadium III. "
      "Geen eerdere ingrepen aan de hand.",
      "nl", Y, N, U, "passive, negation"),
    s("Patiënt woont in Marbella en verblijft een paar maanden per jaar in Nederland. Voor de polsklachten is hij "
      "alleen bij ons op het spreekuur geweest, rontgen niet gedaan.",
      "nl", N, U, N, "living-abroad, care in NL, typo, telegraphic"),
    s("Geen foto, geen operatie, geen injectie; alleen een spalk en handtherapie.",
      "nl", N, N, U, "list, negation"),
    s("Na de operatie in Antwerpen (ZNA Stuivenberg) houdt zij tintelingen in dig. 1-3.",
      "nl", U, Y, Y, "abroad-named-hospital, implied event"),
    s("Moeder en zus zijn allebei geopereerd aan een carpaletunnelsyndroom.",
      "nl", U, U, U, "family"),
    s("Niet alleen de röntgenfoto maar ook de echo liet geen afwijkingen zien.",
      "nl", Y, U, U, "pseudo-negation, negated-finding"),
    s("Op vakantie in Turkije is ze met haar hand tussen een deur gekomen, maar ze heeft daar geen arts bezocht. "
      "Ook in Nederland is nog geen foto gemaakt.",
      "nl", N, U, N, "holiday-no-care, negation"),
    s("MRI-arthrografie pols re (Alrijne, 14-02-2026): recidief TFCC-laesie na artroscopische hechting in 2024.",
      "nl", Y, Y, U, "telegraphic, abbreviation, implied operation; imaging-only at Dutch hospital does not settle "
      "treated_abroad"),
    s("Bij twijfel over een occulte fractuur kan alsnog een CT worden gemaakt.",
      "nl", U, U, U, "conditional, modal"),
    s("In 2019 is patiënt na een val van de trap opgenomen geweest in het UZ Gent. De pols is toen "
      "conservatief behandeld.",
      "nl", U, N, Y, "abroad-named-hospital, historical; conservative treatment read as not operated"),
    s("Eerder geopereerd: nee. Röntgen: ja (Gelre Apeldoorn, 2024). Behandeld in het buitenland: nee.",
      "nl", Y, N, N, "form-fields, list"),
    s("Wondje dig. 3 re gehecht op de HAP, 5 hechtingen, geen peesletsel. Geen X-foto.",
      "nl", N, U, U, "non-operative-procedure, abbreviation, negated-finding, negation"),
    s("Hij wil absoluut niet geopereerd worden en vraagt naar alternatieven.",
      "nl", U, U, U, "refusal of future operation, says nothing about the past"),
    s("De fractuur is in het Catharina Ziekenhuis met een plaat gefixeerd; het osteosynthesemateriaal werd een "
      "jaar later verwijderd.",
      "nl", U, Y, N, "passive, dutch-hospital-named (care in NL)"),
    s("Echo pols: dorsaal ganglion van 12 mm. Het ganglion is vorig jaar al eens in een kliniek in Aken gepuncteerd.",
      "nl", Y, U, Y, "abroad-named-city, border-town, non-operative-procedure (aspiration is not an operation)"),
    # ---------------------------------------------------------------- en (15)
    s("She underwent a carpal tunnel release at Guy's Hospital, London, in March 2025 after nerve conduction "
      "studies; no imaging was done.",
      "en", N, Y, Y, "abroad-named-hospital, historical, non-imaging-exam, negation"),
    s("X-rays of the left wrist showed no fracture.",
      "en", Y, U, U, "negated-finding"),
    s("No imaging has been performed to date, and she has never had surgery on either hand.",
      "en", N, N, U, "negation"),
    s("Seen today at Riverside Surgery with ongoing pain at the base of the thumb.",
      "en", U, U, U, "surgery-word-name (UK GP practice)"),
    s("He was advised to consider surgery but would prefer to wait and see.",
      "en", U, U, U, "advice"),
    s("Plan: MRI wrist, review in clinic with results. Not for surgery at present.",
      "en", U, U, U, "plan, telegraphic; 'not for surgery' is a decision, not a history"),
    s("Although he lives in Brussels, all treatment so far has taken place at the OLVG in Amsterdam, where "
      "the X-rays were reported as normal.",
      "en", Y, U, N, "living-abroad, dutch-hospital-named, concessive"),
    s("Discharge summary, Hospital Universitario Virgen del Rocío, Seville: admitted with a distal radius "
      "fracture, treated with ORIF on day 2.",
      "en", U, Y, Y, "abroad-named-hospital, abbreviation, document written abroad"),
    s("There is no history of previous hand surgery; appendicectomy aged 12. No previous imaging.",
      "en", N, N, U, "negation, other-body-part"),
    s("An ultrasound-guided steroid injection into the first dorsal compartment was given.",
      "en", Y, U, U, "non-operative-procedure; ambiguous: US guidance counted as imaging done by a careful clerk"),
    s("Her brother had exactly the same operation in Turkey last year.",
      "en", U, U, U, "family, abroad-other-person"),
    s("Could you confirm whether any scans were taken at the walk-in centre?",
      "en", U, U, U, "question"),
    s("Following a fall in Lisbon she was seen in the emergency department of Hospital de Santa Maria, where a "
      "cast was applied. No X-rays were taken and she flew home the next day.",
      "en", N, U, Y, "abroad-named-hospital, abroad-named-city, negation"),
    s("CT (13/01/2026) confirms union of the scaphoid; the screw is in a satisfactory position.",
      "en", Y, Y, U, "implied operation (hardware)"),
    s("Pt is an expat, no hospital visits abroad, first presentation was to his GP here in Utrecht, who sent "
      "him for an xray (normal).",
      "en", Y, U, N, "living-abroad, negation, telegraphic, typo"),
    # ---------------------------------------------------------------- de (10)
    s("Der Patient stellte sich am 03.08.2025 in unserer Notaufnahme im Klinikum Garmisch-Partenkirchen vor. "
      "Die Röntgenaufnahmen zeigten eine nicht dislozierte distale Radiusfraktur.",
      "de", Y, U, Y, "abroad-named-hospital, separable-verb, document written abroad"),
    s("Röntgen Handgelenk rechts in zwei Ebenen: kein Frakturnachweis.",
      "de", Y, U, U, "negated-finding, telegraphic"),
    s("Eine operative Versorgung ist nicht erfolgt; der Patient wurde in Venlo lediglich mit einer Schiene versorgt.",
      "de", U, N, N, "negation, care in NL (Dutch town in a German letter)"),
    s("Wir empfehlen eine operative Versorgung nach Rückkehr in die Niederlande.",
      "de", U, U, Y, "advice; writer is a clinic abroad that saw the patient (clerk reading)"),
    s("Nach radiologischer Diagnostik wurde eine geschlossene Reposition mit Gipsanlage durchgeführt, eine "
      "Operation war nicht notwendig.",
      "de", Y, N, U, "non-operative-procedure, negation"),
    s("Bei anhaltenden Beschwerden sollte eine MRT-Untersuchung erfolgen.",
      "de", U, U, U, "conditional, modal"),
    s("Z. n. operativer Versorgung einer distalen Radiusfraktur links 2019 (palmare Plattenosteosynthese, "
      "Uniklinik Köln).",
      "de", U, Y, Y, "abbreviation, historical, abroad-named-hospital"),
    s("Der Patient wurde in den Niederlanden voroperiert; bei uns in Bocholt erfolgte lediglich die Röntgenkontrolle.",
      "de", Y, Y, Y, "mixed, border-town; ambiguous: diagnostics-only visit to a foreign clinic counted as care abroad"),
    s("Die Ehefrau des Patienten wurde vor zwei Jahren bei uns an der Hand operiert. Der Patient selbst wurde "
      "bisher weder geröntgt noch operiert.",
      "de", N, N, U, "family, negation (weder ... noch)"),
    s("Sonographisch zeigte sich ein Ganglion; eine Punktion lehnte die Patientin ab.",
      "de", Y, U, U, "refusal of a non-operative procedure, german-word-order"),
]
