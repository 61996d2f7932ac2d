"""Labelled passages, part 4 (25 nl, 15 en, 10 de).

Each entry: (lang, imaging_done, operated, treated_abroad, phenomenon, text).
Values: Y = "yes", N = "no", U = "unmentioned". All persons and hospitals invented.
"""
Y, N, U = "yes", "no", "unmentioned"

SENTENCES = [
    # ---------------- Dutch (25) ----------------
    ("nl", N, U, U, "negation-list",
     "Noch een röntgenfoto, noch een echo is ooit gemaakt."),
    ("nl", Y, U, N, "fall-abroad-nl-care",
     "Na een val in de Ardennen bleef de pols onbehandeld tot zij een week later in Maastricht een MRI kreeg."),
    ("nl", N, U, U, "negation-split-verb",
     "De huisarts vroeg geen foto aan en ook elders is geen beeldvorming gedaan."),
    ("nl", Y, U, U, "negated-finding",
     "Echo: geen aanwijzingen voor een peesruptuur."),
    ("nl", U, U, U, "offer-advice",
     "Indien de klachten aanhouden, komt een operatieve decompressie in aanmerking."),
    ("nl", U, N, U, "question",
     "Vraag: had de fractuur destijds geopereerd moeten worden in plaats van gegipst?"),
    ("nl", U, U, U, "request",
     "Wilt u beoordelen of een MRI meerwaarde heeft?"),
    ("nl", U, U, U, "pending-result",
     "Patiënt staat op de wachtlijst voor een echo van beide handen."),
    ("nl", U, Y, Y, "history",
     "Sinds haar polsfractuur in 2016, die toen in het Klinikum Emsland-Mitte in Lingen met een plaat werd "
     "gefixeerd, heeft zij wisselende klachten."),
    ("nl", U, U, Y, "abbreviation",
     "VG: st. na opname Klinikum Bad Bentheim-Süd i.v.m. cellulitis hand li (2025)."),
    ("nl", U, U, U, "other-body-part",
     "Patiënt is in 2021 geopereerd aan een hernia nuclei pulposi L5-S1."),
    ("nl", U, Y, U, "hand-operation",
     "Tweede OK-verslag: revisie-tenolyse flexorpezen dig IV links, 3 maart 2026."),
    ("nl", U, U, U, "name-not-event",
     "Poli Handchirurgie, route 52, tweede verdieping, naast de afdeling Röntgen en het Operatiecentrum."),
    ("nl", U, Y, Y, "abroad-named",
     "Patiënte werd in augustus op de urgences van de Clinique Sainte-Aurore in Nice gezien en daar geopereerd aan een "
     "gebroken pink."),
    ("nl", U, U, N, "abroad-no-care",
     "Patiënt woont in Antwerpen, maar is voor zijn hand alleen in Nederland behandeld."),
    ("nl", Y, U, N, "fall-abroad-nl-care",
     "Op vakantie op Kreta de duim verstuikt en daar geen arts gezien; thuis in Almere door de huisarts naar de SEH verwezen, waar een foto "
     "werd gemaakt."),
    ("nl", U, Y, U, "abbreviation",
     "St. na ganglionextirpatie re pols 2019 (elders)."),
    ("nl", U, U, U, "telegraphic",
     "E: CTS li. P: EMG aangevr., z.n. verw. plast. chir."),
    ("nl", Y, Y, N, "long-sentence",
     "Hoewel patiënt aangeeft dat hij in Marokko na zijn val alleen door een familielid is verbonden en geen ziekenhuis "
     "heeft bezocht, werd bij terugkomst in Rotterdam op de SEH een röntgenfoto gemaakt die een gedisloceerde fractuur "
     "van het vijfde middenhandsbeen liet zien, waarvoor hij daags nadien een osteosynthese onderging."),
    ("nl", Y, N, U, "mixed-language",
     "Volgens de verwijzer, een expat-huisarts in Den Haag: 'no surgery so far, X-rays normal'; verdere behandeling bij ons."),
    ("nl", U, U, N, "negation",
     "Patiënt is niet in een ziekenhuis in het buitenland geweest."),
    ("nl", N, U, U, "negation-passive",
     "Beeldvorming is niet verricht en een operatie is nog niet overwogen."),
    ("nl", U, Y, U, "negated-finding",
     "Geen recidief na de operatie aan de rechterhand."),
    ("nl", Y, U, U, "negated-finding",
     "De MRI is gemaakt, maar toonde geen afwijkingen die de klachten verklaren."),
    ("nl", U, U, U, "plan",
     "Wij sturen haar door voor een röntgenfoto van beide handen."),

    # ---------------- English (15) ----------------
    ("en", U, N, U, "negation",
     "There is no history of wrist surgery."),
    ("en", Y, Y, Y, "long-sentence",
     "Following a dog bite sustained in Bali, she was admitted for intravenous antibiotics and surgical washout of the "
     "left ring finger at Seminyak Medika Hospital, and on return to the Netherlands her GP arranged an ultrasound, "
     "which showed no residual collection."),
    ("en", N, U, U, "pending-result",
     "She has been referred for an MRI scan; no imaging has been done so far."),
    ("en", U, Y, Y, "mixed-language",
     "The referral from her Dutch GP says 'nooit geopereerd', but the patient reports a tendon repair of the left "
     "thumb at a clinic in Agadir in 2010."),
    ("en", U, U, U, "question",
     "Was the distal radius fracture ever fixed surgically? The patient cannot remember."),
    ("en", U, Y, Y, "request",
     "Could you kindly request the operation notes from the hospital in Malaga where he was operated on?"),
    ("en", U, Y, U, "history",
     "Two years ago she underwent a revision amputation of the left index finger following a crush injury."),
    ("en", Y, N, Y, "mixed-language",
     "Her German discharge letter reads 'Röntgen o.B., keine OP'; she left the Klinikum the same day."),
    ("en", U, U, U, "other-body-part",
     "He had a coronary bypass in 2020 and a right total knee replacement in 2023."),
    ("en", U, Y, U, "hand-operation",
     "Post-operative day 1 after right thumb MCPJ arthrodesis: wound dry, neurovascular status intact."),
    ("en", U, U, U, "name-not-event",
     "Ashfield Road Surgery, Dr P. Okonkwo, General Practitioner"),
    ("en", Y, U, Y, "abroad-named",
     "Sustained a fall in Lanzarote and was admitted overnight to Hospital del Volcán in Arrecife, where X-rays showed "
     "a distal radius fracture that was manipulated under sedation."),
    ("en", U, U, N, "abroad-no-care",
     "He spends the winters in Florida but has never been to a hospital there."),
    ("en", U, U, N, "fall-abroad-nl-care",
     "Fell during a hiking trip in Scotland; seen only after his return, by his GP in Leiden."),
    ("en", U, U, U, "abbreviation",
     "f/u 6/52, XR on arrival, ?ORIF."),

    # ---------------- German (10) ----------------
    ("de", U, N, U, "negation",
     "Es erfolgte keine operative Therapie, sondern eine Ruhigstellung im Unterarmgips."),
    ("de", U, Y, U, "telegraphic",
     "Diagnose: Ganglion Handgelenk dorsal re. Therapie: Exzision am 02.10.2026. Procedere: Fadenzug am 12. Tag."),
    ("de", Y, U, N, "long-sentence",
     "Da die Patientin während ihres Aufenthalts in Österreich keinen Arzt aufsuchte und erst nach der Rückkehr in die "
     "Niederlande eine Sonographie erhielt, liegen uns keine Befunde aus Österreich vor."),
    ("de", U, U, U, "offer-advice",
     "Die Operation sollte möglichst im Heimatland des Patienten erfolgen."),
    ("de", U, Y, Y, "history",
     "Nach Angaben der Patientin wurde sie bereits 2015 in der Schweiz an der Hand operiert."),
    ("de", U, U, U, "other-experiencer",
     "Seine Ehefrau wurde in unserer Klinik wegen einer Radiusfraktur behandelt."),
    ("de", Y, U, Y, "abroad-named",
     "Die Patientin stellte sich am 14.08.2026 in unserer Notaufnahme im Klinikum Sauerland-Nord vor; die "
     "Röntgenaufnahmen zeigten eine Skaphoidfraktur."),
    ("de", U, Y, Y, "hand-operation",
     "Operationsbericht, Klinikum Oberlahn, Weilburg: Offene Reposition und Plattenosteosynthese des distalen Radius "
     "rechts. Operateur: Dr. med. K. Brandtner."),
    ("de", U, U, N, "negation",
     "Ein Krankenhausaufenthalt während des Urlaubs in Italien wird verneint."),
    ("de", N, U, U, "negation-passive",
     "Klinisch keine Fraktur, daher wurde auf eine Röntgenaufnahme verzichtet."),
]
