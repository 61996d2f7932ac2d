"""Labelled passages, part 1 (25 nl, 15 en, 10 de).

Each entry: (lang, imaging_done, operated, treated_abroad, phenomenon, text).
Values: Y = "yes", N = "no", U = "unmentioned". All persons and hospitals invented.
"""
Y, N, U = "yes", "no", "unmentioned"

SENTENCES = [
    # ---------------- Dutch (25) ----------------
    ("nl", U, N, U, "negation",
     "Patiënt is nooit aan de hand of pols geopereerd."),
    ("nl", N, U, U, "negation-passive",
     "Er werd destijds geen röntgenfoto gemaakt, omdat de huisarts een kneuzing vermoedde."),
    ("nl", N, N, U, "negation-list",
     "Geen trauma, geen eerdere operaties, geen beeldvorming tot nu toe."),
    ("nl", Y, U, U, "negated-finding",
     "MRI pols rechts: geen afwijkingen, met name geen TFCC-laesie."),
    ("nl", U, U, U, "plan",
     "Wij vragen een MRI van de linkerpols aan en zien patiënte daarna terug op de polikliniek."),
    ("nl", U, U, U, "offer-advice",
     "Een operatieve behandeling werd met patiënt besproken, maar hij ziet daar vooralsnog van af."),
    ("nl", U, U, U, "question",
     "Vraagstelling: is er een indicatie voor een (partiële) artrodese van de pols?"),
    ("nl", U, Y, U, "request",
     "Graag uw second opinion over de vraag of een revisie van de CMC-1-prothese links zinvol is."),
    ("nl", Y, U, U, "pending-result",
     "Het verslag van de echo van de rechterpols volgt; het onderzoek is op 3 maart verricht."),
    ("nl", U, Y, U, "history",
     "In 2009 is patiënte aan haar rechter carpale tunnel geopereerd; de huidige klachten betreffen de linkerhand."),
    ("nl", U, U, U, "other-experiencer",
     "Haar moeder en zus zijn beiden geopereerd aan de ziekte van Dupuytren."),
    ("nl", U, U, U, "other-body-part",
     "VG: appendectomie (1998), sectio caesarea (2004), laparoscopische cholecystectomie (2019)."),
    ("nl", U, Y, U, "hand-operation",
     "Ingreep: open release A1-pulley ringvinger links. Operateur: dr. M. Verhagen, plastisch chirurg. Anesthesie: WALANT."),
    ("nl", U, U, U, "name-not-event",
     "Afdeling Radiologie en Nucleaire Geneeskunde, Ziekenhuis Veluwerand, locatie Barneveld"),
    ("nl", U, Y, Y, "abroad-named",
     "Tijdens een vakantie in Turkije werd zij in het Özel Lara Sahil Hastanesi in Antalya opgenomen en aan de pols geopereerd."),
    ("nl", U, U, N, "abroad-no-care",
     "Patiënt woont sinds 2021 in de Algarve; voor zijn handklachten is hij uitsluitend in Nederland gezien."),
    ("nl", Y, U, N, "fall-abroad-nl-care",
     "Val op de uitgestrekte hand tijdens een skivakantie in Oostenrijk; pas na terugkomst op de SEH in Deventer gezien, "
     "waar op de foto een scaphoidfractuur werd vastgesteld."),
    ("nl", U, Y, U, "abbreviation",
     "St. na CTS-release re (2018), nu recidief klachten met nachtelijke tintelingen dig I-III."),
    ("nl", U, U, U, "telegraphic",
     "12-03-2026 S: pijn pols li na val fiets. O: drukpijn tabatière. E: dd scaphoidfractuur. P: gipsspalk, X-pols z.n."),
    ("nl", Y, N, U, "long-sentence",
     "Patiënte, een 54-jarige rechtshandige kapster, werd in 2023 elders zonder operatie, met zes weken onderarmgips, "
     "behandeld voor een distale radiusfractuur links, waarna zij bij persisterende pijn en bewegingsbeperking door de "
     "orthopeed werd gezien, die op basis van de CT-scan een malunie vaststelde en een correctieosteotomie adviseerde, "
     "waarvoor zij thans een second opinion wenst."),
    ("nl", U, Y, Y, "mixed-language",
     "Pt. is in 2024 in Londen geopereerd (ORIF scaphoid), operation note volgt via de patiënt."),
    ("nl", U, N, U, "negation",
     "Patiënt ontkent eerdere operaties aan de handen; wel werd in 2015 de linkerknie gearthroscopeerd."),
    ("nl", N, U, U, "negation-passive",
     "Bij lichamelijk onderzoek geen zwelling; aanvullend beeldvormend onderzoek werd niet verricht."),
    ("nl", N, U, U, "negation-split-verb",
     "Hij liet destijds geen foto's maken en zag ook van een operatie af."),
    ("nl", U, Y, U, "hand-operation",
     "Op 4 februari 2026 onderging zij een limited fasciectomie van de pink rechts wegens Dupuytren; wondgenezing ongestoord."),

    # ---------------- English (15) ----------------
    ("en", U, N, U, "negation",
     "Patient denies any previous surgery on either hand."),
    ("en", Y, U, U, "negated-finding",
     "X-ray of the left wrist: no evidence of fracture or dislocation."),
    ("en", U, U, U, "plan",
     "We will arrange an MRI of the right wrist and review her in clinic in six weeks."),
    ("en", U, U, U, "offer-advice",
     "If the splint does not help, she would be a candidate for a trapeziectomy."),
    ("en", U, Y, Y, "abroad-named",
     "Admitted to Hospital Marina Serena, Marbella, 02/08/2026 to 05/08/2026 for closed reduction and K-wire fixation "
     "of a left distal radius fracture."),
    ("en", U, U, U, "name-not-event",
     "The Willows Surgery, 14 Church Lane, Reading RG1 4QT. Tel 0118 496 0000."),
    ("en", U, U, N, "abroad-no-care",
     "Dear Dr Janssen, thank you for seeing this gentleman, who was on holiday in Crete; he did not seek medical "
     "attention there and the swelling appeared after his return."),
    ("en", U, U, U, "other-experiencer",
     "Her father had his thumb base fused in the 1990s."),
    ("en", Y, Y, U, "abbreviation",
     "s/p ORIF R scaphoid (2022), hardware still in situ on today's radiographs."),
    ("en", N, N, U, "negation-list",
     "No imaging has been performed to date, and she has not had an operation."),
    ("en", U, U, U, "plan",
     "Plan: ultrasound-guided steroid injection of the first dorsal compartment; if symptoms persist, consider surgical release."),
    ("en", U, U, U, "pending-result",
     "Outcome: listed for carpal tunnel decompression, awaiting a date."),
    ("en", U, Y, U, "question",
     "Question for the hand surgeon: was the previous fixation adequate, or is revision indicated?"),
    ("en", U, Y, Y, "hand-operation",
     "Operation Note, St Aldhelm's Hospital, Salisbury. Date: 14/05/2026. Surgeon: Mr A. Pembroke. Procedure: "
     "excision of dorsal wrist ganglion, right."),
    ("en", U, U, Y, "abroad-named",
     "Seen at the emergency department of St Columba's Hospital, Galway, after a fall; a scaphoid cast was applied "
     "and she flew home the next day."),

    # ---------------- German (10) ----------------
    ("de", U, Y, Y, "abbreviation",
     "Z.n. operativer Versorgung einer distalen Radiusfraktur links mittels palmarer Plattenosteosynthese "
     "im Klinikum Passau-Land (03/2025)."),
    ("de", U, N, U, "negation-split-verb",
     "Eine Operation fand bislang nicht statt."),
    ("de", Y, U, U, "negated-finding",
     "Röntgen Handgelenk rechts in zwei Ebenen: kein Nachweis einer Fraktur."),
    ("de", U, U, U, "plan",
     "Wir empfehlen die Durchführung einer MRT des Handgelenks; eine operative Revision sollte erwogen werden."),
    ("de", U, U, Y, "abroad-named",
     "Die Patientin befand sich vom 02.11.2026 bis 05.11.2026 in unserer stationären Behandlung im Klinikum "
     "Niederrhein-Süd, Krefeld."),
    ("de", U, U, U, "other-experiencer",
     "Der Vater des Patienten wurde wegen eines Karpaltunnelsyndroms operiert."),
    ("de", N, N, U, "negation-list",
     "Keine Bildgebung, keine Voroperationen, keine Allergien bekannt."),
    ("de", U, U, U, "name-not-event",
     "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie, Chefarzt Prof. Dr. H. Lindqvist"),
    ("de", U, U, N, "fall-abroad-nl-care",
     "Der Patient stürzte im Urlaub auf Mallorca, ließ sich dort aber nicht behandeln; die Erstversorgung erfolgte "
     "erst nach der Rückkehr im Krankenhaus in Enschede."),
    ("de", U, U, U, "other-body-part",
     "Diagnosen: 1. Rhizarthrose rechts. 2. Z.n. Appendektomie 1990."),
]
