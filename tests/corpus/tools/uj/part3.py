"""Labelled passages, part 3 (25 nl, 15 en, 10 de).

Each entry: (lang, imaging_done, operated, treated_abroad, phenomenon, text).
Values: Y = "yes", N = "no", U = "unmentioned". All persons and hospitals invented.
"""
Y, N, U = "yes", "no", "unmentioned"

SENTENCES = [
    # ---------------- Dutch (25) ----------------
    ("nl", Y, U, U, "negation-list",
     "Patiënt heeft geen MRI of CT gehad, alleen een echo via de huisarts."),
    ("nl", U, N, U, "negation-passive",
     "Er is in het verleden nooit een operatie aan de linkerpols uitgevoerd."),
    ("nl", U, U, U, "negation-split-verb",
     "De chirurg stelde geen operatie voor, maar verwees haar door naar de handtherapeut."),
    ("nl", Y, U, U, "negated-finding",
     "CT pols rechts: fractuur van het scaphoid, geen tekenen van consolidatie."),
    ("nl", U, U, U, "offer-advice",
     "Wij spraken af dat zij zich bij aanhoudende klachten opnieuw meldt; een operatie houden wij als optie achter de hand."),
    ("nl", U, Y, U, "question",
     "Welke behandeling adviseert u: een tweede operatie of verwijzing naar de pijnpoli?"),
    ("nl", U, U, U, "request",
     "Mag ik u vragen patiënt te zien en zo nodig een echo te laten verrichten?"),
    ("nl", U, U, U, "plan",
     "De operatie staat gepland voor 12 januari 2027 in Ziekenhuis Rivierenland-Oost."),
    ("nl", Y, U, U, "pending-result",
     "Op de röntgenfoto van vorige maand, waarvan het verslag nog niet is ontvangen, zag de SEH-arts geen fractuur."),
    ("nl", U, Y, Y, "history",
     "Als jongvolwassene (1989) werd zij in België aan haar rechterpols geopereerd na een brommerongeval."),
    ("nl", U, U, U, "other-experiencer",
     "Haar dochter is in januari in het UZ Kempenland geopereerd aan een scaphoidfractuur."),
    ("nl", U, U, U, "other-body-part",
     "Status na meniscectomie links en liesbreukoperatie; verder blanco voorgeschiedenis."),
    ("nl", U, Y, U, "hand-operation",
     "Postoperatief na de CMC-1-artrodese rechts ontwikkelde zich een CRPS type 1."),
    ("nl", U, U, U, "name-not-event",
     "Huisartsenpraktijk De Echo, Röntgenlaan 14, 2711 AB Zoetermeer"),
    ("nl", U, U, Y, "abroad-named",
     "Zij werd in het CHU Val-de-Meuse te Luik opgenomen en daar aan haar hand behandeld met een gipsspalk."),
    ("nl", U, U, N, "abroad-no-care",
     "Patiënt is Duitser, woont in Kleef en werkt in Nijmegen; voor deze klachten is hij uitsluitend in het "
     "Waalziekenhuis in Nijmegen behandeld."),
    ("nl", U, U, N, "fall-abroad-nl-care",
     "Tijdens een stedentrip naar Praag uitgegleden; de pols werd pas na thuiskomst op de SEH van Ziekenhuis "
     "Amstelland-Noord gegipst."),
    ("nl", U, U, U, "abbreviation",
     "dd TFCC-letsel; i.o.m. orthopeed MRI aangevraagd."),
    ("nl", U, Y, U, "telegraphic",
     "14-05-2026 Brief specialist ontvangen: st. na ORIF dist. radius re, verdere controle poli."),
    ("nl", Y, U, U, "long-sentence",
     "Omdat zowel de echo van februari als de MRI van april geen verklaring gaven voor de pijn aan de ulnaire zijde "
     "van de pols, en een diagnostische artroscopie door patiënt werd afgewezen, vragen wij u of verdere diagnostiek "
     "zinvol is."),
    ("nl", U, Y, Y, "mixed-language",
     "Ontslagbrief uit Marmaris bijgevoegd: 'Patient was operated for flexor tendon injury of the left index finger.'"),
    ("nl", U, N, U, "negation-passive",
     "Het scaphoid is niet operatief gefixeerd."),
    ("nl", N, N, U, "negation-list",
     "Zij heeft geen operatie gehad en ook geen foto's, alleen een brace van de apotheek."),
    ("nl", Y, U, Y, "telegraphic",
     "22-08-2026 S: terug van vakantie Spanje, daar SEH Hospital Costa Cálida: foto: fractuur MC V re, spalk. "
     "O: zwelling handrug re. P: controle, brief ziekenhuis opvragen."),
    ("nl", U, Y, Y, "mixed-language",
     "Arztbrief van de universiteitskliniek in Keulen, waar zij werd behandeld: 'Z.n. Arthroskopie des Handgelenks rechts 05/2025'."),

    # ---------------- English (15) ----------------
    ("en", U, N, U, "negation-list",
     "No previous fractures or operations to the hands."),
    ("en", N, N, U, "long-sentence",
     "Although he has had carpal tunnel symptoms for years and was put on the waiting list for a decompression in "
     "2024, he never actually underwent the operation because of his cardiac history, and nerve conduction studies "
     "are the only investigations done so far."),
    ("en", U, U, U, "plan",
     "She is due to have her carpal tunnel release next month at Northgate Treatment Centre."),
    ("en", U, U, U, "offer-advice",
     "Surgery was offered but the patient prefers to wait."),
    ("en", U, U, U, "question",
     "Has this patient ever been treated in a hospital outside the Netherlands? Please confirm so that MRSA "
     "screening can be arranged."),
    ("en", Y, U, U, "request",
     "Please could you send us the MRI images on CD."),
    ("en", Y, U, U, "plan",
     "Repeat ultrasound booked for three weeks' time to reassess the collection."),
    ("en", U, Y, U, "history",
     "He had a trigger finger release in 2012 and was symptom-free until the adjacent finger started triggering."),
    ("en", U, U, N, "other-experiencer",
     "His wife was admitted to a hospital in Lisbon last summer; he himself has had no hospital care abroad."),
    ("en", U, U, U, "other-body-part",
     "Medical history: caesarean section x2, hysterectomy."),
    ("en", U, U, U, "name-not-event",
     "Hand Surgery Unit, Castlebrook Hospitals NHS Foundation Trust"),
    ("en", U, Y, Y, "abroad-named",
     "While on holiday in Thailand he cut his thumb and was treated at the Bangkok Riverside International Clinic, "
     "where the tendon was repaired under local anaesthesia."),
    ("en", U, U, N, "abroad-no-care",
     "Lives in Spain six months a year but has had all treatment for the wrist at home in Groningen."),
    ("en", Y, U, N, "fall-abroad-nl-care",
     "Fell skiing in Val d'Isère, did not see a doctor there and attended our ED in Eindhoven two days later; "
     "X-ray confirmed a scaphoid fracture."),
    ("en", N, N, U, "telegraphic",
     "Nil imaging. Nil surgery. Splint only."),

    # ---------------- German (10) ----------------
    ("de", N, N, U, "negation-list",
     "Bisher wurde weder eine Bildgebung noch eine Operation durchgeführt."),
    ("de", U, N, U, "negation",
     "Die Patientin wurde niemals an der Hand operiert."),
    ("de", Y, Y, Y, "long-sentence",
     "Der 48-jährige niederländische Urlauber stürzte am 03.08.2026 in Südtirol mit dem Mountainbike auf die rechte "
     "Hand, wurde in unserer Notaufnahme im Krankenhaus Brixen-Eisacktal geröntgt und bei dislozierter distaler "
     "Radiusfraktur am Folgetag mittels winkelstabiler Plattenosteosynthese versorgt."),
    ("de", Y, U, Y, "mixed-language",
     "Laut niederländischem Hausarztbrief 'geen foto's gemaakt'; wir haben daher am 05.09.2026 in unserer Ambulanz "
     "im Klinikum Ostallgäu-Nord ein Röntgenbild angefertigt."),
    ("de", U, U, U, "mixed-language",
     "Procedere: MRT ambulant; laut Patient 'liever in Nederland opereren', daher keine OP-Planung bei uns."),
    ("de", U, Y, Y, "abroad-named",
     "Entlassungsbrief: Aufnahme am 12.07.2026 in der Unfallchirurgie der Kreisklinik Werdenfels, "
     "Garmisch-Partenkirchen; operative Versorgung mittels K-Draht-Osteosynthese am 13.07.2026."),
    ("de", U, Y, U, "question",
     "Ist eine erneute Operation des Daumensattelgelenks sinnvoll?"),
    ("de", U, U, U, "other-experiencer",
     "Der Bruder des Patienten wurde in Wien an beiden Händen operiert."),
    ("de", U, U, U, "other-body-part",
     "Z.n. Tonsillektomie und Cholezystektomie."),
    ("de", U, U, N, "abroad-no-care",
     "Der Patient lebt seit Jahren in Kaldenkirchen; die Behandlung erfolgte nicht in Deutschland, sondern in Venlo."),
]
