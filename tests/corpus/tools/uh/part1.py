"""Labelled passages, part 1 of 5 (25 nl, 15 en, 10 de). All patients, names and places of care are fictional."""

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
    # ---- Dutch (25) ----
    s("Er zijn geen foto's (X, echo of CT) gemaakt van de rechterpols.", "nl", N, U, U, "negation"),
    s("Patiënte is nooit aan de hand geopereerd.", "nl", U, N, U, "negation"),
    s("MRI pols links d.d. 14-02-2026: geen afwijkingen, met name geen TFCC-laesie.", "nl", Y, U, U, "negated-finding"),
    s("De orthopeed stelt een CTS-release voor; patiënt wil eerst een second opinion.", "nl", U, U, U, "offer"),
    s("Een echo van de pols wordt aangevraagd.", "nl", U, U, U, "request"),
    s("Als de klachten na zes weken spalken aanhouden, volgt alsnog een MRI.", "nl", U, U, U, "conditional"),
    s("In 2017 CTS-release rechts in het Rijnoever Ziekenhuis; sindsdien recidiefklachten.", "nl", U, Y, U, "procedure-without-keyword"),
    s("Moeder is tweemaal aan Dupuytren geopereerd; patiënt zelf is nog niet behandeld.", "nl", U, N, U, "other-experiencer"),
    s("VG: st. na appendectomie (1998), sectio caesarea (2004).", "nl", U, U, U, "other-body-part"),
    s("Gezien op de polikliniek van de afdeling Heelkunde; röntgenfoto pols zonder fractuur.", "nl", Y, U, U, "surgery-word-in-name"),
    s("Tijdens vakantie in Spanje van de trap gevallen en opgevangen in het Hospital Costa Serena in Málaga, waar de pols werd gegipst.", "nl", U, U, Y, "abroad-by-name"),
    s("Viel in januari op wintersport in Oostenrijk; bij terugkomst op de SEH van het IJsselvliet Ziekenhuis gezien, de foto toonde een scaphoïdfractuur.", "nl", Y, U, N, "abroad-event-nl-care"),
    s("12-03-2026 S: sinds 3 mnd tintelingen dig 1-3 re. O: Tinel +, Phalen +. E: CTS re. P: nachtspalk, EMG aangevraagd.", "nl", U, U, U, "telegraphic"),
    s("Het is niet zo dat er geen beeldvorming is verricht: in 2024 is in een ander ziekenhuis al een MRI gemaakt.", "nl", Y, U, U, "double-negation"),
    s("Mogelijk is patiënt als kind al eens aan deze pols geopereerd; verslagen daarvan zijn niet beschikbaar.", "nl", U, U, U, "uncertainty"),
    s("Geen MRI gemaakt, wel een echo waarop een ganglion van 8 mm werd gezien.", "nl", Y, U, U, "contrast"),
    s("Injectie met corticosteroïden in de eerste extensorenloge (De Quervain) op 3 april; goed effect.", "nl", U, U, U, "non-operative-procedure"),
    s("K-draden verwijderd op de poli, 6 weken na de repositie.", "nl", U, Y, U, "procedure-without-keyword"),
    s("Patiënte stuurde een foto van de zwelling aan haar pols via het patiëntenportaal.", "nl", U, U, U, "false-friend"),
    s("De operatieve behandeling is uitgebreid besproken; patiënt heeft bedenktijd gevraagd.", "nl", U, U, U, "offer"),
    s("Was afgelopen zomer in Turkije, maar heeft daar geen arts of ziekenhuis bezocht.", "nl", U, U, N, "abroad-without-care"),
    s("Ontslagbrief van het AZ Heidebloem bijgevoegd: opname van 2 t/m 4 oktober, waarbij een osteosynthese van de distale radius werd verricht.", "nl", U, Y, Y, "abroad-by-name"),
    s("Verwijzing: Consult handchirurgie. Vraagstelling: is er een indicatie voor operatie?", "nl", U, U, U, "question"),
    s("Zij werkt als operatieassistente in het Maasduinen MC.", "nl", U, U, U, "false-friend"),
    s("Conservatief behandeld: geen operatie, wel handtherapie en een brace.", "nl", U, N, U, "contrast"),
    # ---- English (15) ----
    s("No imaging was performed, either at the time of injury or since.", "en", N, U, U, "negation"),
    s("X-ray of the left wrist (02/11/2026): no fracture, no dislocation.", "en", Y, U, U, "negated-finding"),
    s("She was offered surgery (trigger finger release) and will let us know.", "en", U, U, U, "offer"),
    s("Mill Lane Surgery, 14 Mill Lane, Hebden Bridge. Dear Colleague, thank you for seeing Mr Okafor, whose right thumb has been painful for a year.", "en", U, U, U, "surgery-word-in-name"),
    s("s/p ORIF distal radius right, 2023 (St Aldric's Hospital, Norwich).", "en", U, Y, Y, "procedure-without-keyword"),
    s("Plan: MRI wrist to exclude a scapholunate ligament injury.", "en", U, U, U, "plan"),
    s("If the nerve conduction study confirms carpal tunnel syndrome, we will proceed to decompression.", "en", U, U, U, "conditional"),
    s("He has never had surgery on either hand.", "en", U, N, U, "negation"),
    s("His wife had both wrists operated on in Spain last year.", "en", U, U, U, "other-experiencer"),
    s("He sustained the injury on holiday in Portugal but did not seek medical attention until he was back home in Utrecht.", "en", U, U, N, "abroad-without-care"),
    s("No imaging was requested because the clinical diagnosis was clear.", "en", N, U, U, "negation"),
    s("Seen in the Trauma & Orthopaedic Surgery clinic at Harbourside Royal Infirmary, Bristol; managed in a below-elbow cast.", "en", U, U, Y, "surgery-word-in-name"),
    s("Contrary to the referral letter, imaging was done: a CT of the wrist on 3 March showed a non-united scaphoid waist fracture.", "en", Y, U, U, "contrast"),
    s("Possibly had a ganglion excised in the past - patient unsure.", "en", U, U, U, "uncertainty"),
    s("Closed reduction under haematoma block in the emergency department, then a plaster backslab.", "en", U, U, U, "non-operative-procedure"),
    # ---- German (10) ----
    s("Bildgebung: keine – kein Röntgen, keine Sonographie, kein MRT.", "de", N, U, U, "negation"),
    s("MRT des rechten Handgelenks vom 12.05.2026: kein Nachweis einer Ganglionzyste.", "de", Y, U, U, "negated-finding"),
    s("Operationsbericht – Datum: 02.11.2026, Operateur: Dr. med. L. Brandauer, Eingriff: Ringbandspaltung A1 D3 rechts.", "de", U, Y, U, "form-field"),
    s("Eine operative Versorgung wurde der Patientin empfohlen; sie wünscht zunächst eine Zweitmeinung in den Niederlanden.", "de", U, U, U, "advice"),
    s("Die Patientin wurde vom 03.08. bis 06.08.2026 in der Klinik für Unfallchirurgie des Klinikums Lindenhöhe (Aachen) stationär behandelt.", "de", U, U, Y, "surgery-word-in-name"),
    s("Z.n. Appendektomie und Knie-Arthroskopie links; an der Hand bislang keine Eingriffe.", "de", U, N, U, "other-body-part"),
    s("Konservative Therapie mit Unterarmgips für sechs Wochen, keine Operation.", "de", U, N, U, "non-operative-procedure"),
    s("Bei Persistenz der Beschwerden ist eine Denervierung des Handgelenks zu erwägen.", "de", U, U, U, "conditional"),
    s("Röntgen der Hand in zwei Ebenen wird angemeldet.", "de", U, U, U, "request"),
    s("Der Ehemann der Patientin wurde in Antalya am Handgelenk operiert; sie selbst war dort nicht in ärztlicher Behandlung.", "de", U, U, N, "other-experiencer"),
]
