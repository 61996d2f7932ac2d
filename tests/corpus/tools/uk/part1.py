"""Labelled passages, part 1 of 5 (25 nl, 15 en, 10 de).

Entry: (lang, imaging_done, operated, treated_abroad, phenomenon, text)
Values: "yes" | "no" | "unmentioned"; phenomenon "" when the passage is a plain control.
"""
Y, N, U = "yes", "no", "unmentioned"

SENTENCES = [
    # ---- Dutch (25) ----
    ("nl", N, U, U, "negation", "Er is tot op heden geen beeldvorming van de pols verricht."),
    ("nl", Y, U, U, "finding-negated", "Röntgenfoto rechterhand: geen fractuur, geen luxatie."),
    ("nl", U, N, U, "negation", "Patiënte is nooit aan de hand geopereerd."),
    ("nl", U, U, U, "plan", "Een operatie is geïndiceerd; patiënt staat op de wachtlijst voor een carpaletunnelrelease."),
    ("nl", U, Y, U, "terse", "St. na CTS-release rechts (2021)."),
    ("nl", Y, U, U, "passive", "Er werd op 3 februari 2026 een MRI van de linkerpols gemaakt."),
    ("nl", U, U, U, "question", "Vraagstelling: is er een indicatie voor een MRI of een artroscopie?"),
    ("nl", U, Y, Y, "abroad-by-place", "In juli 2025 geopereerd aan een distale radiusfractuur in het AZ Sint-Bavo-Linde te Gent."),
    ("nl", U, U, N, "abroad-no-care", "Patiënt was op vakantie in Portugal maar heeft daar geen arts of ziekenhuis bezocht."),
    ("nl", U, U, U, "family", "Moeder en zus zijn beiden geopereerd aan een ziekte van Dupuytren."),
    ("nl", U, U, U, "name-not-event", "Aan: polikliniek Plastische, Reconstructieve en Handchirurgie, t.a.v. second opinion."),
    ("nl", Y, U, U, "separable-verb", "De radioloog voerde op 14-01-2026 een echo van de duimmuis uit."),
    ("nl", U, Y, U, "separable-verb", "De plaat van de pols werd er in september op de OK weer uitgehaald."),
    ("nl", U, U, U, "non-operative-treatment", "E: tendovaginitis de Quervain. P: injectie met Kenacort in de eerste extensorloge, controle over 6 weken."),
    ("nl", U, U, U, "non-imaging-test", "EMG bij de neuroloog toont een ernstig carpaletunnelsyndroom rechts."),
    ("nl", U, U, U, "other-body-part", "Voorgeschiedenis: appendectomie 1998, sectio caesarea 2010."),
    ("nl", Y, N, U, "negation-scope", "Niet geopereerd; de echo liet een ganglion van de polsrug zien."),
    ("nl", U, U, Y, "abroad-by-place", "Na een val van de scooter op Kreta werd zij opgenomen in een ziekenhuis in Heraklion."),
    ("nl", U, U, N, "injured-abroad-treated-home", "Tijdens wintersport in Oostenrijk gevallen; pas na terugkomst op onze SEH in Zwolle gezien."),
    ("nl", U, U, U, "conditional", "P: verwijzing handchirurgie, z.n. echo pols laten maken."),
    ("nl", U, Y, U, "document-mention", "Het operatieverslag van de trapeziectomie in 2024 is bijgevoegd."),
    ("nl", U, U, U, "offer", "Wij hebben patiënte een artrodese van de duimbasis aangeboden; zij wil eerst een second opinion."),
    ("nl", N, N, U, "negation", "Er zijn geen foto's gemaakt en er heeft geen operatie plaatsgevonden."),
    ("nl", Y, U, U, "date", "12-03-2026 O: zwelling MCP-2 li. Röntgen hand li: geen afwijkingen."),
    ("nl", U, U, U, "name-not-event", "Huisartsenpraktijk Röntgenlaan, Röntgenlaan 14, 2131 AB Hoofddorp."),
    # ---- English (15) ----
    ("en", N, U, U, "negation", "No imaging has been performed so far."),
    ("en", Y, U, U, "finding-negated", "Plain radiographs of the left wrist showed no fracture."),
    ("en", U, N, U, "negation", "She has never had surgery on either hand."),
    ("en", U, U, U, "plan", "She is listed for a carpal tunnel decompression in the spring."),
    ("en", U, Y, U, "terse", "s/p ORIF right distal radius 2023."),
    ("en", U, U, Y, "abroad-by-place", "He was admitted overnight to Hospital Costa Blanca Levante in Benidorm after the fall."),
    ("en", U, U, U, "family", "Her father underwent a Dupuytren's fasciectomy in his sixties."),
    ("en", U, U, N, "abroad-no-care", "He has lived in Spain for ten years but has not been under the care of any hospital there."),
    ("en", U, U, U, "question", "Would an MRI scan add anything at this stage?"),
    ("en", U, Y, Y, "abroad-by-place", "Discharge Summary, Northgate General Hospital, Leeds: K-wire fixation of the left fifth metacarpal on 2 November 2026."),
    ("en", U, U, U, "advice", "I have advised him to consider a scaphoid fixation."),
    ("en", U, U, U, "name-not-event", "Dr J. Okafor, The Willows Surgery, 3 Mill Lane, Cambridge."),
    ("en", U, N, U, "non-operative-treatment", "The wrist fracture was managed non-operatively in a cast for six weeks."),
    ("en", U, U, U, "other-body-part", "Past history: laparoscopic cholecystectomy 2015, right knee arthroscopy 2019."),
    ("en", U, U, U, "request", "Could you please arrange an ultrasound of the wrist before her appointment?"),
    # ---- German (10) ----
    ("de", U, Y, U, "terse", "Z.n. Plattenosteosynthese distaler Radius links 03/2025."),
    ("de", U, U, U, "terse", "Z.n. Kahnbeinfraktur links 2019."),
    ("de", Y, U, U, "finding-negated", "Röntgen Handgelenk rechts in 2 Ebenen: kein Frakturnachweis."),
    ("de", U, U, Y, "abroad-by-place", "Die Erstversorgung erfolgte in der Notaufnahme des Klinikums Nordstadt in Düsseldorf."),
    ("de", U, Y, N, "care-in-nl", "Die Patientin wurde bereits in den Niederlanden an der Hand operiert."),
    ("de", U, U, U, "advice", "Procedere: Wir empfehlen eine operative Versorgung mittels Trapezektomie."),
    ("de", N, U, U, "negation", "Eine weiterführende Bildgebung erfolgte bisher nicht."),
    ("de", U, U, U, "name-not-event", "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie, Klinikum Am Rheinufer, 50667 Köln"),
    ("de", Y, U, U, "passive", "Am 02.11.2026 wurde eine MRT des rechten Handgelenks durchgeführt."),
    ("de", U, U, U, "family", "Der Bruder des Patienten wurde wegen eines Karpaltunnelsyndroms operiert."),
]
