"""tm-056 .. tm-064 (invented patients only)."""
import lib
from lib import lab, part


def t056(base):
    text = """\
    ---------- Forwarded message ---------
    From: Harbourside Surgery <admin.harbourside@nhs-mail.example>
    Date: Mon, 9 Nov 2026 at 11:02
    Subject: Referral - Mrs A. Willemse-Clarke - second opinion hand surgery
    To: <secondopinion@handkliniek-noord.example>


    HARBOURSIDE SURGERY
    Dr P. Hughes, Dr M. Okonjo, Dr S. Lennox
    2 Quay Street, Falmouth, Cornwall TR11 3HH   Tel 01326 310 000

    6th November 2026

    Dear Colleague,

    Re: Mrs Anneke WILLEMSE-CLARKE   DOB 23.01.1964   NHS No 612 447 8890
        c/o 14 Pelikaanstraat, 9713 Groningen (family address, Netherlands)

    Thank you for seeing this 62 year old retired teacher, Dutch by birth, who will be staying with
    her family in Groningen for several months from December and has asked me to refer her for a
    second opinion regarding her right hand.

    She underwent a right carpal tunnel decompression at the Royal Cornwall Treliske day unit in
    January 2026. Numbness in the thumb and index finger initially improved but has returned since
    the summer, together with weakness of pinch. Repeat nerve conduction studies (September 2026)
    reportedly show persistent severe median nerve compression at the wrist. No imaging has been
    performed. The local team have offered a revision decompression; she would value an independent
    opinion before agreeing to further surgery.

    In March she also attended A&E at Treliske with a wound infection of the scar, treated with oral
    flucloxacillin; this settled.

    My question: is this incomplete release or recurrence, and would you recommend revision surgery
    or another approach?

    PMH: hypothyroidism, osteoporosis. DH: levothyroxine 100 mcg, alendronic acid 70 mg weekly,
    Adcal-D3. Allergies: NKDA.

    Yours faithfully,

    Dr Susan Lennox MRCGP
    (dictated but not signed to avoid delay)
    """
    lib.txt(base + ".txt", text, enc="utf-8", crlf=True)
    return lab(["referral"], "2026-11-06", "gp", "en", "UK GP referral forwarded as e-mail text, CRLF",
               "n", "y", "y",
               "UK GP ('Surgery' = practice) referral forwarded by e-mail: forward date 9 Nov vs letter date "
               "'6th November 2026'; DOB with dots. Operated in the UK (abroad=yes, also A&E visit). 'No imaging has "
               "been performed' -> imaging=no (nerve conduction is not imaging). Revision only offered.", rq=True)


def t057(base):
    lib.docx(base + ".docx", [
        ("table", [["Spaarne Gasthuis-West\nPlastische Chirurgie", "Datum: 22-10-2026\nKenmerk: PC-26-40119\nPoli: 023-8907777"]],
         {"header": False, "grid": False, "widths": (100, 60)}),
        ("p", "Aan de weledelgeleerde heer dr. R. Snijders, huisarts\nZijlweg 201\n2015 BH Haarlem"),
        ("p", "<b>Betreft:</b> mevrouw Yasemin Kaya, geboren 4 februari 1998"),
        ("p", "Geachte collega,"),
        ("p", "Dank voor uw verwijzing van mevrouw Kaya, die ik op 20 oktober zag in verband met pijn aan de "
              "radiale zijde van de linkerpols sinds ongeveer vier maanden, aanvankelijk ontstaan tijdens een "
              "vakantie in Turkije (zij is daar niet behandeld en heeft geen arts bezocht)."),
        ("p", "<b>Voorgeschiedenis:</b> blanco. Geen operatie, geen injecties en geen beeldvorming tot nu toe; "
              "alleen een polsbrace van de drogist."),
        ("p", "<b>Lichamelijk onderzoek:</b> links drukpijn over het STT-gewricht en de FCR-pees, geen zwelling, "
              "Finkelstein negatief, scaphoid-shift-test pijnlijk zonder klik. Goede kracht."),
        ("p", "<b>Conclusie:</b> differentiaal diagnose FCR-tendinopathie, STT-synovitis, occulte "
              "scaphoidpathologie."),
        ("p", "<b>Beleid:</b> wij vragen een echo en een röntgenfoto van de pols links aan. Tot de uitslag een "
              "spalk 's nachts. Afhankelijk van de uitslag bespreken wij een injectie of een MRI. Zij komt over drie "
              "weken terug op het spreekuur. Een operatie is op dit moment niet aan de orde."),
        ("p", "Met vriendelijke groet,\n\nmw. drs. E. Kooistra, plastisch chirurg i.o.\nsupervisie: dr. A.J. Valk"),
        ("small", "Deze brief is elektronisch geautoriseerd. Kopie aan patiënte via het patiëntenportaal."),
    ], font="Segoe UI", size=10, footer="Spaarne Gasthuis-West - PC-26-40119 - blad {page} van {pages}")
    return lab(["correspondence"], "2026-10-22", "specialist", "nl", "outpatient letter with header table, DOCX",
               "n", "n", "n",
               "Wide negation 'Geen operatie, geen injecties en geen beeldvorming tot nu toe' while echo/X-ray are "
               "requested (pending) -> imaging=no, operated=no. Holiday in Turkey explicitly without care -> abroad=no. "
               "The GP's name 'Snijders' contains 'snijden' (cut).", also=["2026-10-20"])


def t058(base):
    lib.pdf(base + ".pdf", [
        ("kv", [("Patient", "Ruiter, Floor de"), ("Geburtsdatum", "17.10.1996"),
                ("Wohnort", "Enschede (NL)"), ("OP-Datum", "28.04.2026"),
                ("Operateur", "Dr. med. Volker Hesselbach"), ("Anästhesie", "Plexus axillär (Dr. Sommer)"),
                ("Versorgungsart", "ambulant")], {"kw": 35, "grid": True}),
        ("h", "Operationsbericht"),
        ("b", "Diagnose:"),
        ("p", "Ulnarseitige Handgelenksbeschwerden rechts bei foveolärem TFCC-Abriss (Atzei Klasse 2) nach Sturz "
              "beim Handballtraining (10/2025); MRT-Arthrographie auswärts (Gronau, 02/2026) mit entsprechendem Befund."),
        ("b", "Operation:"),
        ("p", "Diagnostische Handgelenksarthroskopie rechts (3-4, 4-5, 6R, DRUG-Portal), arthroskopisch assistierte "
              "transossäre Refixation des TFCC an der Fovea ulnaris."),
        ("b", "Befund und Vorgehen:"),
        ("p", "Trampolinzeichen positiv, Hook-Test positiv. SL- und LT-Band intakt, keine Knorpelschäden. Débridement "
              "des Foveabereichs. Über einen ulnaren Minizugang Anlage eines transossären Tunnels unter "
              "Bildwandlerkontrolle, Durchzug der Fäden und Verknotung über der Ulnakortikalis bei Neutralrotation. "
              "Abschließend stabiles DRUG, Hook-Test negativ. Hautnaht. Oberarmgipsschiene in Neutralstellung."),
        ("b", "Nachbehandlung:"),
        ("p", "Oberarmschiene 3 Wochen, danach Unterarmorthese 3 Wochen, anschließend Physiotherapie. Fadenentfernung "
              "durch den niederländischen Hausarzt. Kontrolle in unserer Sprechstunde nach 6 Wochen "
              "(Termin 09.06.2026)."),
        ("p", "Dr. med. V. Hesselbach\nFacharzt für Orthopädie und Unfallchirurgie, Handchirurgie"),
    ], letterhead=[("Praxisklinik Handchirurgie Münsterland", 13, True),
                   ("Ambulantes OP-Zentrum · Bahnhofstraße 61 · 48599 Gronau (Westf.)", 8, False)], lh_align="right",
        footer="OP-Bericht de Ruiter, Floor · Seite {page}/{pages}", font="Helvetica", size=10)
    return lab(["operation-report"], "2026-04-28", "specialist", "de", "German ambulant Operationsbericht (Praxisklinik)",
               "y", "y", "y",
               "German day-surgery clinic operation report for a Dutch patient -> abroad=yes (clinic abroad). Arthroscopy "
               "is not imaging, but the report cites an MRI arthrography and uses the image intensifier -> imaging=yes. "
               "Accident date, MRI month, operation and follow-up dates.")


def t059(base):
    text = """\
    Von:     Katrin Vos-Möller <katrin.vosmoeller@webpost.example>
    An:      secretariaat@handkliniek-zuidwest.example
    Datum:   Sonntag, 1. November 2026 19:12
    Betreff: Zweitmeinung Handgelenk links - Katrin Vos-Möller (geb. 30.11.1980)

    Sehr geehrte Damen und Herren,

    entschuldigen Sie bitte, dass ich auf Deutsch schreibe; mein Niederländisch ist für medizinische
    Dinge noch nicht gut genug. Ich wohne seit 2022 in Middelburg.

    Im Februar dieses Jahres bin ich im Skiurlaub in Österreich gestürzt. Im Krankenhaus Schwarzach
    wurde das linke Handgelenk geröntgt, man sagte mir, es sei eine "nicht verschobene Fraktur" des
    Kahnbeins, und ich bekam einen Gips für sechs Wochen. Operiert wurde ich nicht. Zu Hause hat mein
    Hausarzt (dokter De Bruijne) mich dann zur Gipskontrolle ins ZorgSaam-Krankenhaus geschickt.

    Jetzt, neun Monate später, habe ich immer noch Schmerzen beim Abstützen, zum Beispiel beim Yoga.
    Im ZorgSaam sagte man mir, auf dem letzten Röntgenbild sei "alles verheilt". Ich würde gerne
    eine zweite Meinung bei Ihnen einholen. Braucht meine Hausärztin dafür eine Überweisung zu
    schicken, und brauche ich wegen des Krankenhauses in Österreich einen MRSA-Test?

    Mit freundlichen Grüßen
    Katrin Vos-Möller
    Tel. 06-55512870
    """
    lib.txt(base + ".txt", text, enc="cp1252", crlf=True)
    return lab([], "2026-11-01", "patient", "de", "patient e-mail in German, cp1252 CRLF",
               "y", "n", "y",
               "Patient e-mail (no kind) in German: treated with X-ray and cast in an Austrian hospital -> abroad=yes; "
               "'Operiert wurde ich nicht' -> operated=no; asks about a referral and an MRSA test (questions). Also "
               "follow-up in a Dutch hospital.")


def t060(base):
    lib.pdf(base + ".pdf", [
        ("cols", "<b>Patient:</b> Mr Pieter-Jan HOLWERDA\n<b>DOB:</b> 15 Jan 1987\n<b>MRN:</b> ASH-2211874\n<b>Nationality:</b> Dutch",
         "<b>Study date:</b> 03 Jun 2026\n<b>Report date:</b> 03 Jun 2026\n<b>Referred by:</b> Dr Rania Haddad,\nOrthopaedic Clinic (OPD)"),
        ("h", "ULTRASOUND - LEFT HAND / FINGERS"),
        ("p", "<b>Clinical information:</b> Painless nodule palm left ring finger, slowly growing. Expat, family history "
              "of Dupuytren's disease (father operated). ?Dupuytren nodule ?ganglion ?giant cell tumour."),
        ("p", "<b>Technique:</b> High-frequency linear transducer (18 MHz), grey-scale and colour Doppler."),
        ("p", "<b>Findings:</b> At the level of the distal palmar crease over the fourth ray there is a hypoechoic, "
              "fusiform, poorly vascularised thickening of the palmar aponeurosis measuring 9 x 4 x 3 mm, superficial "
              "to and separate from the flexor tendons, which glide normally. No cystic component. No tendon sheath "
              "mass. Similar smaller nodule (4 mm) over the fifth ray."),
        ("p", "<b>Impression:</b> Findings are consistent with Dupuytren's nodules of the left 4th and 5th rays. No "
              "features of ganglion or giant cell tumour of tendon sheath."),
        ("p", "Dr Suresh Pillai, MBBS, FRCR - Consultant Radiologist"),
        ("small", "This report has been electronically verified. DHA licence 00012345."),
    ], letterhead=[("Al Safa Specialist Hospital", 14, True), ("Department of Radiology & Imaging", 9, False),
                   ("Al Wasl Road, Jumeirah 2, PO Box 12345, Dubai, United Arab Emirates  ·  +971 4 000 0000", 8, False)],
        lh_box=("ASH", "#0a6e6e"), footer="Al Safa Specialist Hospital · Radiology · Page {page} of {pages}")
    return lab(["imaging-report"], "2026-06-03", "radiologist", "en", "Dubai private hospital ultrasound report, two-column header",
               "y", "u", "y",
               "Ultrasound report written by a hospital abroad (Dubai) for an outpatient referred by its orthopaedic "
               "clinic -> abroad=yes (outpatient care, arguable). Father's Dupuytren operation is family history.")


def t061(base):
    lib.docx(base + ".docx", [
        ("p", "<b>Dokter Griet Van den Broeck</b> - huisarts\nGroepspraktijk De Wissel - Steenweg op Gierle 12 - 2300 Turnhout\n"
              "tel. +32 14 41 22 00 - RIZIV 1-98765-43-001"),
        ("hr",),
        ("p", "Turnhout, 29 oktober 2026"),
        ("p", "Aan de collega's van de Handkliniek Tilburg\nAfdeling second opinion\nNederland"),
        ("p", "<b>Verwijsbrief</b>\nBetreft: Mijnheer Bart Jacobs, ° 02.06.1969, Kasteelstraat 8, 2300 Turnhout\n"
              "Mutualiteit: CM - aansluitingsnr. 123/45678"),
        ("p", "Waarde collega,"),
        ("p", "Gelieve mijnheer Jacobs, vrachtwagenchauffeur, te willen zien voor een tweede advies omtrent zijn "
              "linkerhand. Hij heeft sinds anderhalf jaar klachten van een verspringende ringvinger links en pijn "
              "in de handpalm."),
        ("p", "Hij werd op raadpleging gezien bij de orthopedist in het AZ Turnhout, waar een echografie werd "
              "verricht (peesschedeverdikking, nodulus FDS) en tweemaal een infiltratie werd gegeven, telkens met "
              "kortdurend effect. Er werd nog geen ingreep uitgevoerd. De orthopedist stelt nu een percutane release "
              "voor; patiënt heeft daar weinig vertrouwen in en wenst, omdat zijn zoon in Tilburg werkt, een advies "
              "in Nederland."),
        ("p", "<b>Vraagstelling:</b> Wat is uw diagnose en welke behandeling raadt u aan: open of percutane "
              "release, of nog een conservatieve poging?"),
        ("p", "<b>Antecedenten:</b> diabetes type 2 (insuline), slaapapneu (CPAP), rookt 10 sig./d.\n"
              "<b>Medicatie:</b> insuline glargine 24 E, metformine 1 g 2x/d, atorvastatine 40 mg."),
        ("p", "Met collegiale groeten,\n\ndr. G. Van den Broeck"),
    ], font="Calibri", size=11, footer="Groepspraktijk De Wissel - Turnhout")
    return lab(["referral"], "2026-10-29", "gp", "nl", "Flemish GP verwijsbrief to a Dutch clinic (DOCX)",
               "y", "n", "y",
               "Belgian GP referral in Flemish (Gelieve, ° birth date with dots, antecedenten, mutualiteit, RIZIV). "
               "Patient lives and was treated in Belgium (echo, infiltrations at AZ Turnhout) -> abroad=yes. 'Er werd "
               "nog geen ingreep uitgevoerd' -> operated=no; release only proposed. 'Antecedenten' without recent "
               "treatments section -> not history.", rq=True)


def t062(base):
    lib.docx_to_pdf(base + ".pdf", [
        ("table", [["Neurologie", "Datum: 14 oktober 2026"],
                   ["Poli zenuw- en spierziekten", "Ons kenmerk: NEU/KNF/2026/3312"]], {"header": False, "grid": False}),
        ("p", "Geachte collega Meijer,"),
        ("p", "Op uw verzoek zag ik op 7 oktober 2026 uw patiënt, <b>dhr. L.F. (Lucas) Brandsma, geboren 25-03-1980</b>, "
              "wegens tintelingen en krachtsverlies in de pink en ringvinger rechts sinds de zomer."),
        ("h2", "Anamnese"),
        ("p", "Tintelingen D4-D5 rechts, vooral bij langdurig buigen van de elleboog (bellen, fietsen). Sinds enkele "
              "weken onhandig met knoopjes. Geen nekpijn. In het verleden geen trauma van de elleboog."),
        ("h2", "Neurologisch onderzoek"),
        ("p", "Atrofie m. interosseus dorsalis I rechts, Froment positief. Hypesthesie ulnaire zijde D4 en D5. Tinel "
              "positief over de sulcus ulnaris. Reflexen symmetrisch."),
        ("h2", "Aanvullend onderzoek"),
        ("p", "EMG/zenuwgeleidingsonderzoek (7-10-2026): geleidingsvertraging n. ulnaris over de elleboog rechts "
              "(38 m/s), denervatie FDI. MRI cervicale wervelkolom (2 oktober 2026, aangevraagd door u): geen "
              "hernia, geen myelopathie."),
        ("h2", "Conclusie"),
        ("p", "Ulnaropathie ter hoogte van de elleboog rechts (cubitaletunnelsyndroom), matig ernstig met axonale "
              "schade."),
        ("h2", "Beleid"),
        ("p", "Gezien de axonale schade adviseer ik een verwijzing naar een (hand)chirurg; een decompressie of "
              "anterieure transpositie van de n. ulnaris kan worden overwogen. Patiënt heeft zelf gevraagd om "
              "verwijzing naar een handkliniek voor second opinion; dat laat ik aan u over. Controle-EMG na 3 maanden "
              "indien geen operatie."),
        ("p", "Met vriendelijke groet,\n\ndr. I.S. Mulder-Pranoto, neuroloog"),
        ("small", "Aan: E. Meijer, huisarts, Huisartsenpraktijk Vinkhuizen, Groningen  ·  cc: patiënt"),
    ], letterhead=[("Martini-Oost Ziekenhuis Groningen", 13, True)], footer="NEU/KNF/2026/3312 - p. {page}/{pages}",
        font="Liberation Serif", size=11)
    return lab(["correspondence"], "2026-10-14", "specialist", "nl", "neurology outpatient letter, DOCX->PDF via LibreOffice, addressee at the end",
               "y", "u", "u",
               "Neurology letter: the only imaging is an MRI of the cervical spine (another body part) -> imaging=yes by "
               "the definition ('imaging of the patient'). EMG is not imaging. Operation only 'kan worden overwogen'. "
               "Addressee block at the bottom.", also=["2026-10-07"])


def t063(base):
    text = """\
    ZORGDOMEIN - VERWIJZING (tekstexport)
    Product   : Second opinion Handchirurgie - Handkliniek Eindhoven
    Kenmerk   : ZD-2026-8890214          Verstuurd: 5-11-2026 16:44
    ------------------------------------------------------------------
    PATIENT
    Naam            : Martina (Tina) Isenia
    Geboortedatum   : 11-08-1990
    Adres           : Tongelresestraat 301, 5613 DK Eindhoven
    Verzekeraar     : CZ   Polisnummer: 7781223340
    ------------------------------------------------------------------
    VERWIJZER
    Naam            : L. Hendriks, huisarts (AGB 01-045566)
    Praktijk        : Huisartsenpraktijk Tongelre, Eindhoven
    ------------------------------------------------------------------
    REDEN VAN VERWIJZING
    Stijve, pijnlijke rechterpols na fractuur en behandeling op Curaçao (2025).

    VRAAGSTELLING
    Graag second opinion: verklaring voor de bewegingsbeperking en is een
    (correctie)operatie of artrolyse zinvol?

    RELEVANTE VOORGESCHIEDENIS
    - 06-2025 val tijdens werk op Curaçao (woonde daar 2019-2025): SEH en
      opname Curaçao Medisch Centrum, Willemstad; distale radiusfractuur re,
      percutane K-draadfixatie (3 draden), draden verwijderd na 6 weken aldaar.
    - 2017 ziekte van Pfeiffer
    - G6PD-deficiëntie

    RECENTE BEHANDELINGEN
    - 02-2026 X-pols re (Catharina Ziekenhuis): geconsolideerde fractuur,
      verkorting radius 3 mm, beginnende artrose radiocarpaal
    - 03-2026 t/m 07-2026 fysiotherapie, 18x, matig effect
    - 09-2026 consult orthopedie Catharina: advies 'accepteren', geen
      vervolgafspraak

    MEDICATIE
    - paracetamol 500 mg zo nodig
    ALLERGIEEN
    - sulfonamiden (hemolyse bij G6PD)
    ------------------------------------------------------------------
    Deze verwijzing is een jaar geldig.
    """
    lib.txt(base + ".txt", text, enc="cp1252", crlf=True)
    return lab(["referral", "history"], "2026-11-05", "gp", "nl", "ZorgDomein plain-text export, cp1252 CRLF",
               "y", "y", "y",
               "Text export of a Zorgdomein referral with voorgeschiedenis + recente behandelingen (referral+history). "
               "Treated and operated (K-wires) on Curaçao: part of the Kingdom but outside the Netherlands itself -> "
               "abroad=yes (hard, arguable). A 'correctieoperatie' is asked about (question).", rq=True)


def t064(base):
    lib.docx(base + ".docx", [
        ("p", "<b>St Kevin's University Hospital</b>\nDepartment of Plastic & Reconstructive Surgery - Hand Clinic\n"
              "Dublin Road, Dublin 4, D04 X2Y3, Ireland - Tel +353 1 555 0100"),
        ("hr",),
        ("kv", [("Date of clinic", "14/09/2026"), ("Date typed", "16/09/2026"), ("MRN", "SKH 7731192")], {"widths": (35, 60)}),
        ("p", "Dr Aoife Brennan\nRanelagh Medical Practice\n18 Ranelagh Road, Dublin 6"),
        ("p", "<b>RE: Joris VAN DER HEIJDEN, DOB 09/09/1992</b>\n21 Charlemont Street, Dublin 2"),
        ("p", "Dear Dr Brennan,"),
        ("p", "<b>Diagnosis:</b> Volar wrist ganglion, left (non-dominant), 2 cm\n"
              "<b>Procedure today:</b> Ultrasound-guided aspiration"),
        ("p", "I saw Joris, a 34-year-old Dutch software engineer, in the hand clinic today. He has had a swelling "
              "on the volar-radial aspect of his left wrist for about eight months, intermittently painful when "
              "climbing. He has never had surgery on the wrist and there is no history of trauma."),
        ("p", "An ultrasound in our department today confirmed a 2 cm unilocular ganglion arising from the radiocarpal "
              "joint, closely related to the radial artery. Under ultrasound guidance we aspirated 2 ml of gelatinous "
              "fluid, which reduced the swelling considerably."),
        ("p", "I explained that the recurrence rate after aspiration is around 50% and that excision carries its own "
              "risks given the proximity of the radial artery. He is moving back to Utrecht in October and would like "
              "to be followed up there if it recurs. No follow-up has been arranged here."),
        ("p", "Yours sincerely,\n\nMs Niamh Gallagher, FRCSI (Plast)\nConsultant Plastic & Hand Surgeon"),
        ("small", "cc: Mr J. van der Heijden"),
    ], font="Calibri", size=10.5, footer="St Kevin's University Hospital - Hand Clinic - page {page} of {pages}")
    return lab(["correspondence"], "2026-09-16", "specialist", "en", "Irish hospital clinic letter (DOCX), clinic/typed dates",
               "y", "n", "y",
               "Letter from a hospital in Ireland that treated the patient (ultrasound + aspiration) -> abroad=yes. "
               "Aspiration is not an operation and 'never had surgery on the wrist' -> operated=no; excision only "
               "discussed. 'Procedure today' heading is a trap for operation-report.", also=["2026-09-14"])
