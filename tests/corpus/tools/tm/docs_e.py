"""tm-045 .. tm-055 (invented patients only)."""
import lib
from lib import lab, part


def t045(base):
    text = """\
    From:    International Patient Office <ipo@hospitalmarinabaixa.example>
    To:      r.vandenberg82@mail.example
    Date:    Thu, 20 Aug 2026 12:31:07 +0200
    Subject: Your medical report / Informe de alta - VAN DEN BERG, Roel

    Dear Mr van den Berg,

    As requested, please find below the English version of your discharge report. The original
    Spanish report and the X-ray images (CD) were handed to you at discharge. For a certified
    translation please contact us.

    Best regards,
    Lucía Ferrer - International Patient Office
    Hospital Marina Baixa Levante, Av. Alcalde Jaume Botella 7, 03570 Villajoyosa (Alicante), Spain

    ===========================================================================================
    DISCHARGE REPORT - TRAUMATOLOGY AND ORTHOPAEDIC SURGERY
    Patient: VAN DEN BERG, ROEL          Passport: NW7K81PQ2 (Netherlands)
    Date of birth: 11/02/1979             Clinical record no.: 2026-118830
    Admission: 12/08/2026 (via Emergency Department)     Discharge: 14/08/2026
    Responsible physician: Dr. Andrés Soler Martí, Traumatology

    Reason for admission: fall from bicycle, pain and deformity of right wrist.
    Examinations: X-ray right wrist AP/lateral: displaced fracture of the distal radius with
    dorsal angulation, ulnar styloid fracture. Chest X-ray normal (pre-operative).
    Diagnosis: Closed displaced fracture of the distal radius, right (Colles type). Ulnar styloid
    fracture.
    Procedure (13/08/2026): closed reduction and percutaneous fixation with three Kirschner wires
    under fluoroscopy, brachial plexus block. Surgeon: Dr. A. Soler. No complications.
    Evolution: good pain control, neurovascular status intact. Discharged with forearm cast.
    Treatment at discharge: paracetamol 1 g/8 h, dexketoprofen 25 mg/8 h for 5 days,
    enoxaparin 40 mg/24 h s.c. for 10 days.
    Recommendations: keep arm elevated; follow-up with a traumatologist in your country in
    7-10 days; removal of K-wires at 5-6 weeks. Return to the emergency department if pain,
    swelling or numbness increases.

    Villajoyosa, 14/08/2026                        Dr. Andrés Soler Martí (col. 03/0812345)
    ===========================================================================================
    """
    lib.txt(base + ".txt", text, enc="utf-8")
    return lab(["correspondence", "operation-report"], "2026-08-14", "specialist", "en",
               "e-mail from a Spanish hospital's international office containing an English discharge report",
               "y", "y", "y",
               "Discharge report abroad (Spain) embedded in an e-mail: e-mail sent date (20 Aug) vs report date "
               "(14 Aug). Its 'Procedure' paragraph gives procedure, date and surgeon -> also operation-report by the "
               "label definition (debatable: very short). Chest X-ray is another body part; wrist X-ray done.")


def t046(base):
    lib.docx(base + ".docx", [
        ("p", "<b>Handtherapie Oost-Brabant</b>\nkatern hand- en polsrevalidatie\nKruisstraat 4 · 5341 GW Oss · 0412-640011"),
        ("p", "Oss, 6 oktober 2026"),
        ("p", "Aan: dr. B. Rutten, plastisch chirurg, Bernhoven-Zuid\nCc: huisarts P. van Lieshout, Oss"),
        ("p", "<b>Betreft:</b> mw. H.M. van Kessel-Derks (°12-12-1955) - tussenrapportage handtherapie"),
        ("p", "Geachte dokter Rutten,"),
        ("p", "Mevrouw Van Kessel is sinds 26 mei 2026 bij ons in behandeling na de operatie van 12 mei 2026 "
              "(CMC-1 prothese rechts). Zij is inmiddels 21 weken postoperatief."),
        ("table", [["Meting", "26-05-2026", "07-07-2026", "29-09-2026"],
                   ["Kapandji-score re", "5", "7", "8"],
                   ["Sleutelgreep re (kg)", "-", "2,5", "3,5"],
                   ["Pincetgreep li (kg)", "5,0", "5,0", "5,0"],
                   ["PRWHE (0-100)", "71", "52", "48"]], {"widths": [50, 30, 30, 30]}),
        ("p", "De eerste weken verliepen voorspoedig. Sinds eind augustus neemt de pijn aan de duimbasis bij "
              "knijpen weer toe en hoort patiënte soms een klik. Wij hebben de belasting teruggebracht en een "
              "nachtspalk aangemeten. Wij kunnen niet uitsluiten dat er een mechanisch probleem is en adviseren u "
              "patiënte eerder dan gepland terug te zien; eventueel aanvullend röntgenonderzoek laten wij graag aan "
              "u over. Patiënte vraagt zich af of een second opinion zinvol is."),
        ("p", "Met vriendelijke groet,\n\nM. Verhoeven, handtherapeut (ergotherapeut, CHT-NL)"),
    ], font="Calibri", size=10.5, header="Handtherapie Oost-Brabant - rapportage", header_align="right")
    return lab([], "2026-10-06", "other", "nl", "hand therapy interim report with measurement table (DOCX)",
               "u", "y", "u",
               "Hand-therapy letter (no kind) addressed TO a specialist. States the CMC-1 prosthesis operation -> "
               "operated=yes. X-ray only suggested -> imaging unmentioned. Birth date with '°' in a Dutch "
               "(not Flemish) letter; four measurement dates.")


def t047(base):
    lib.pdf(base + ".pdf", [
        ("kv", [("Naam", "mw. R.W. Bosch"), ("Geb.", "3 jan. 1988"), ("Pat.nr.", "2239-0051"),
                ("Aanvragend specialist", "dr. H.J. Oosterbaan, orthopedisch chirurg (poli Hand & Pols)"),
                ("Onderzoek", "MRI rechterpols (3T) met i.v. gadolinium"),
                ("Onderzoeksdatum", "10 mrt. 2026"), ("Verslagdatum", "12 mrt. 2026")], {"kw": 45}),
        ("hr",),
        ("b", "Vraagstelling"),
        ("p", "Bekende kienböckziekte rechts (CT mei 2025: Lichtman IIIa). Progressie? Vitaliteit lunatum?"),
        ("b", "Bevindingen"),
        ("p", "Vergeleken met CT van 21 mei 2025. Diffuus verlaagd T1-signaal van het lunatum met nu ook geringe "
              "hoogteafname van het radiale deel; geen fragmentatie. Na contrast heterogene, overwegend afwezige "
              "aankleuring in het proximale deel, beperkte aankleuring distaal-radiaal. Scafoïd niet geroteerd, "
              "radioscafoïdale hoek normaal. Geen artrose radiocarpaal of midcarpaal. Ulna minus variant (-2 mm). "
              "Kleine hoeveelheid vocht radiocarpaal."),
        ("b", "Conclusie"),
        ("p", "Ziekte van Kienböck rechts, Lichtman IIIa, sinds CT 05-2025 licht progressief (geringe hoogteafname) "
              "zonder collaps of secundaire artrose. Beperkte restvascularisatie distaal-radiaal."),
        ("sp", 3),
        ("p", "Radioloog: dr. T. Kuipers-Maas"),
    ], letterhead=[("Zaans Medisch Centrum Noord", 12, False), ("RADIOLOGIE", 16, True)], lh_align="center",
        footer="Verslag radiologie - Bosch, R.W. - 3 jan. 1988 - pagina {page} van {pages}", font="Times", size=10.5)
    return lab(["imaging-report"], "2026-03-12", "radiologist", "nl", "Dutch MRI report, abbreviated month dates, centred letterhead",
               "y", "u", "u",
               "MRI report compared with an older CT (two studies, newest is this MRI). Dates as '10 mrt. 2026'; "
               "birth date written '3 jan. 1988' also in the footer.", also=["2026-03-10"])


def t048(base):
    text = """\
    PatiÃ«ntoverzicht                                             afgedrukt 30-10-2026 16:02
    Praktijk Het Lindenhof, Zeist - K. Verweij (huisarts)
    ---------------------------------------------------------------------------------------
    Naam: Postma, G. (Gijs)  | geb. 17-08-2001 | M | Lindenlaan 90, 3705 GH Zeist
    ---------------------------------------------------------------------------------------
    EPISODES
    L12  Klachten hand/vinger (li), ulnair                    sinds 06-05-2026
    R96  Astma                                                sinds 2008
    S88  Eczeem, constitutioneel                              sinds 2003

    JOURNAAL
    06-05-26 S pijn ulnaire zijde li hand na gamen/typen, ~3 wk. geen trauma. gn koorts.
             O zwelling -, crepitatie -, drukpijn ECU-pees. kracht nl.
             E tendinitis ECU li?  P rust, NSAID 1 wk, brace.
    24-06-26 S idem, iets minder. P ergonomie, fysio.
    09-09-26 S fysio 8x, wisselend, nu ook klik bij supinatie.
             O ECU subluxeert? DRUG stabiel.  E ECU-instabiliteit li?
             P echo/rontgen nu niet zinvol geacht, eerst beloop. gn OK, gn injectie.
    21-10-26 S wil SO bij handkliniek (via ouders). P verw. SO hand/pols; samenvatting mee.
    ---------------------------------------------------------------------------------------
    Medicatie: salbutamol inh zn, fluticason inh 1dd, cetomacrogolcreme zn
    Allergie: noten (anafylaxie 2012)
    ---------------------------------------------------------------------------------------
    """
    # written as UTF-8 bytes that were mis-decoded once (mojibake in the title only), as exported
    lib.txt(base + ".txt", text, enc="utf-8", crlf=True)
    return lab(["history"], "2026-10-30", "gp", "nl", "terse HIS patient overview, telegram journal, CRLF, mojibake title",
               "n", "n", "u",
               "Telegram-style journal with abbreviations (gn, P, E). 'echo/rontgen nu niet zinvol geacht' -> "
               "imaging=no (none done); 'gn OK, gn injectie' -> operated=no. Two-digit years in the journal. "
               "Title carries UTF-8 mojibake ('PatiÃ«ntoverzicht').")


def t049(base):
    lib.pdf(base + ".pdf", [
        ("cols", "Praxis Dr. med. M. Boersma\nHausarzt\nGroßer Markt 2\n47559 Kranenburg",
         "Kleve, 07.10.2026\nUntersuchung am: 05.10.2026\nTgb.-Nr. NL-26/4471"),
        ("p", "<b>Neurologischer Befundbericht / Konsil</b>"),
        ("p", "Patientin: Frau Marleen Hofstede, geb. 21.06.1974, Bahnhofstraße 33, 47559 Kranenburg"),
        ("p", "Sehr geehrter Herr Kollege Boersma,"),
        ("p", "vielen Dank für die Zuweisung Ihrer Patientin zur elektrophysiologischen Abklärung von "
              "Parästhesien D1-3 beidseits, rechts betont, nachts zunehmend."),
        ("b", "Elektroneurographie (05.10.2026):"),
        ("table", [["Nerv", "DML (ms)", "sensible NLG (m/s)", "Bewertung"],
                   ["N. medianus re.", "6,1", "31", "pathologisch"],
                   ["N. medianus li.", "4,6", "41", "grenzwertig"],
                   ["N. ulnaris re.", "3,0", "55", "normal"]], {"widths": [40, 25, 40, 40]}),
        ("p", "EMG M. abductor pollicis brevis rechts: vereinzelt pathologische Spontanaktivität, chronisch-neurogener Umbau."),
        ("b", "Beurteilung:"),
        ("p", "Schweres Karpaltunnelsyndrom rechts mit axonaler Beteiligung, beginnendes KTS links. Kein Hinweis auf "
              "zervikale Radikulopathie."),
        ("b", "Empfehlung:"),
        ("p", "Rechts ist eine operative Dekompression (Karpaldachspaltung) zu empfehlen; links zunächst "
              "Nachtlagerungsschiene. Eine Bildgebung halten wir nicht für erforderlich. Die Patientin möchte die "
              "Operation möglichst in den Niederlanden durchführen lassen."),
        ("p", "Mit freundlichen Grüßen\n\nDr. med. J. Reuvers, Fachärztin für Neurologie\nNeurologische Klinik, "
              "Klinikum Kleve-Materborn"),
    ], letterhead=[("Klinikum Kleve-Materborn", 12, True), ("Neurologische Klinik · Ambulanz für Neurophysiologie", 9, False)],
        lh_align="right", footer="Seite {page} von {pages}")
    return lab(["correspondence"], "2026-10-07", "specialist", "de", "German neurology consultation report with NCS table",
               "u", "u", "y",
               "Neurology consultation (EMG/NCS) from a German hospital for a Dutch woman living in Germany -> "
               "abroad=yes (examined there). EMG is not imaging; 'Bildgebung nicht erforderlich' is advice, not a "
               "statement that none was done -> imaging unmentioned (arguable 'no'). Operation only recommended.",
               also=["2026-10-05"])


def t050(base):
    lib.docx(base + ".docx", [
        ("p", "<b>GlobalCare International Health</b>\nPre-authorisation request - elective treatment\nFax +44 20 7946 0958 · "
              "preauth@globalcare.example"),
        ("kv", [("Member name", "Ms Rebecca O'Sullivan"), ("Member ID", "GCI-00481772-02"),
                ("Date of birth", "12/03/1970"), ("Country of residence", "Netherlands"),
                ("Treating physician", "Dr L. Hazelhoff, hand surgeon"),
                ("Facility", "Hand & Wrist Clinic Amsterdam-Zuid, Netherlands")], {"grid": True, "widths": (55, 105)}),
        ("b", "Section B - to be completed by the treating physician"),
        ("kv", [("Diagnosis (ICD-10)", "M18.1 Primary osteoarthritis of first carpometacarpal joint, left"),
                ("Date of first symptoms", "approx. 2023"),
                ("Diagnostic tests performed", "X-ray left hand, 14/08/2026"),
                ("Proposed procedure", "Trapeziectomy with LRTI, left"),
                ("Proposed date / setting", "January 2027, day case"),
                ("Has the patient previously had surgery for this condition?", "[ ] Yes   [X] No"),
                ("Has conservative treatment been tried?", "[X] Yes - splint, 2 steroid injections, hand therapy"),
                ("Estimated cost", "EUR 3,850 (DBC/DOT tariff)")], {"grid": True, "widths": (70, 90)}),
        ("p", "I confirm that the information given is correct to the best of my knowledge.\n"
              "Signature physician: [signed]      Date: 05/11/2026"),
        ("small", "Pre-authorisation is not a guarantee of payment. Benefits are subject to the terms of the policy."),
    ], font="Arial", size=10, footer="GCI-PA-07 (2025)  ·  page {page} of {pages}")
    return lab([], "2026-11-05", "other", "en", "English insurance pre-authorisation form with checkbox fields",
               "y", "n", "u",
               "Insurance form (no kind): X-ray performed -> imaging=yes; checkbox 'previously had surgery ... [X] "
               "No' -> operated=no; proposed procedure is a plan. British insurer address is not treatment abroad.")


def t051(base):
    lib.pdf(base + ".pdf", [
        ("cols", "Huisarts G. Bruinsma\nBurgemeester Falkenaweg 58\n8911 JE Leeuwarden",
         "Reumatologie\nDatum: 27-08-2026\nPatiëntnr.: 4490117\nBehandelaar: dr. W. Hoekstra"),
        ("p", "<b>Betreft:</b> mw. S. (Sietske) de Vries, * 19-01-1958"),
        ("p", "Geachte collega Bruinsma,"),
        ("p", "Uw patiënte kwam op 20 augustus op controle op ons spreekuur. Diagnose: seropositieve reumatoïde "
              "artritis (sinds 2019), thans matig actief."),
        ("p", "<b>Anamnese:</b> toenemende pijn en zwelling MCP 2-3 rechts en een 'knak' bij strekken van de "
              "pink rechts sinds twee weken. Geen trauma. Familieanamnese: moeder is in de jaren 90 aan beide handen "
              "geopereerd (Dupuytren), een zus heeft RA."),
        ("p", "<b>Onderzoek:</b> synovitis MCP 2-3 rechts, DAS28 4,1. Pink rechts: actieve extensie MCP ontbreekt, "
              "passief volledig. Caput ulnae prominent."),
        ("p", "<b>Aanvullend:</b> echo handen (20-08-2026, op ons spreekuur): actieve synovitis MCP 2-3 rechts, "
              "tenosynovitis van de extensorpezen ter hoogte van het caput ulnae; ruptuur EDM/EDC-5 niet uit te "
              "sluiten. BSE 28, CRP 14."),
        ("p", "<b>Conclusie:</b> actieve RA; verdenking extensorpeesruptuur D5 rechts (caput-ulnaesyndroom)."),
        ("p", "<b>Beleid:</b> methotrexaat verhoogd naar 20 mg/week, start prednisolon 7,5 mg afbouwschema. Wegens "
              "verdenking peesruptuur verwijs ik haar met spoed naar de handchirurg; een peestransfer en resectie "
              "caput ulnae zullen vermoedelijk nodig zijn. Patiënte heeft aangegeven daarvoor een second opinion te "
              "willen in een gespecialiseerde kliniek; ik heb haar gezegd dat dit via u moet lopen."),
        ("p", "Met vriendelijke groet,\n\ndr. W. Hoekstra, reumatoloog"),
    ], letterhead=[("Medisch Centrum Leeuwarden-Noord", 12, True), ("Reumatologie  ·  Henri Dunantweg 2  ·  8934 AD Leeuwarden", 8, False)],
        lh_box=("MCL", "#004a7c"), footer="Reumatologie - De Vries, S. - {page}/{pages}")
    return lab(["correspondence"], "2026-08-27", "specialist", "nl", "rheumatology outpatient letter, two-column head",
               "y", "u", "u",
               "Rheumatology letter: the mother's hand operations are family history; tendon transfer is expected "
               "(plan) -> operated=unmentioned. Echo done on the clinic -> imaging=yes. Mentions a referral to a hand "
               "surgeon but is not addressed to the clinic as a referral. Birth date with '*'.")


def t052(base):
    text = """\
    Rijnland Ziekenhuis Alphen  -  Afsprakenbureau                    tel. 0172-467467
    ================================================================================
    AFSPRAAKBEVESTIGING                                  Aangemaakt: 04-11-2026 11:20

    Mevrouw E.J. (Esther) Groen
    Hoorn 118
    2404 HL  ALPHEN AAN DEN RIJN                       Geboortedatum: 29-05-1977
                                                       Patiëntnummer: 2280-43319
    Geachte mevrouw Groen,

    Hierbij bevestigen wij de volgende afspraken:

    Datum       Tijd   Afdeling                 Omschrijving
    ----------  -----  -----------------------  ----------------------------------
    di 17-11    08:50  Röntgen (route 12)       X-hand + pols links, vrije inloop
    di 17-11    09:40  Plastische chirurgie     Dr. Oudshoorn - nieuw consult hand
    do 10-12    14:00  Gipskamer                indien nodig (wordt bevestigd)

    Neem mee: uw identiteitsbewijs, een actueel medicijnoverzicht van uw apotheek en,
    als u eerder in een ander ziekenhuis onderzocht of geopereerd bent, de brieven en
    beelden (cd).

    Kunt u niet komen? Bel dan uiterlijk 24 uur van tevoren. Te laat afgezegde of niet
    nagekomen afspraken kunnen in rekening worden gebracht.

    Met vriendelijke groet,
    Afsprakenbureau Rijnland Ziekenhuis Alphen
    ================================================================================
    Dit is een automatisch gegenereerd bericht (HIS-afsprakenmodule, batch 1104-07).
    """
    lib.txt(base + ".txt", text, enc="cp1252", crlf=True)
    return lab([], "2026-11-04", "other", "nl", "hospital appointment confirmation, plain text from HIS, cp1252 CRLF",
               "u", "u", "u",
               "Appointment letter (no kind): X-ray is scheduled (future) and 'als u eerder ... geopereerd bent' is "
               "conditional -> all facts unmentioned. Appointment dates without year.")


def t053(base):
    lib.pdf(base + ".pdf", [
        ("h", "Microbiology report - MRSA screening"),
        ("small", "Report language: English (requested by GP for expat patient)"),
        ("kv4", [["Patient", "NAKAMURA, Kenji (M)", "Date of birth", "1985-12-04"],
                 ["Requested by", "Dr S. Hollander, GP, The Hague International Practice", "Lab no.", "MB-2026-553190"],
                 ["Collected", "2026-10-19", "Received", "2026-10-20"],
                 ["Reported", "2026-10-23", "Status", "FINAL"]], {"grid": True}),
        ("p", "<b>Indication:</b> risk category 2 (Dutch MRSA guideline): admitted to a hospital abroad in the past "
              "two months (Bangkok, Thailand, 09-2026: cellulitis of the left hand, 4 days IV antibiotics)."),
        ("table", [["Specimen", "Test", "Result"],
                   ["Nose (both nostrils)", "MRSA culture (enrichment broth)", "MRSA not detected"],
                   ["Throat", "MRSA culture (enrichment broth)", "MRSA not detected"],
                   ["Perineum", "MRSA culture (enrichment broth)", "MRSA not detected"],
                   ["Wound, left middle finger", "MRSA culture", "MRSA not detected"]], {"widths": [50, 60, 55]}),
        ("p", "<b>Conclusion:</b> MRSA not detected. No isolation measures required for future admission."),
        ("p", "Authorised by: Dr. I. van Eerden, clinical microbiologist - 2026-10-23 14:05"),
    ], letterhead=[("Haaglanden Microbiology Laboratory", 12, True), ("Medical Microbiology & Infection Prevention · Den Haag", 8, False)],
        footer="HML · MB-2026-553190 · page {page} of {pages}")
    return lab(["mrsa-screening"], "2026-10-23", "lab", "en", "Dutch lab MRSA result in English, ISO dates",
               "u", "u", "y",
               "English MRSA result from a Dutch lab; indication states an admission in Bangkok (hand cellulitis, IV "
               "antibiotics) -> abroad=yes. The wound swab of a finger hints at a hand problem but no operation is "
               "mentioned. ISO dates throughout.",
               also=["2026-10-19"])


def t054(base):
    lib.docx(base + ".docx", [
        ("p", "Gelre-Zuid Ziekenhuizen · Orthopedie\nAlbert Schweitzerlaan 31 · 7334 DZ Apeldoorn"),
        ("sp",),
        ("p", "Aan: Handkliniek Oost-Nederland\nt.a.v. dr. M. Reinders, plastisch chirurg-handchirurg"),
        ("kv", [("Datum", "2 november 2026"), ("Betreft", "dhr. H.B. (Harm) Wolters, geb. 01-09-1962"),
                ("Kopie", "huisarts H. Jonker, Apeldoorn; patiënt")], {"widths": (25, 130)}),
        ("p", "Beste collega Reinders, beste Marloes,"),
        ("p", "Graag verwijs ik dhr. Wolters naar jou voor een second opinion. Ik heb hem op 17 maart 2026 "
              "geopereerd aan zijn rechterduim (CMC-1 prothese, Touch). Het postoperatieve beloop was eerst goed, "
              "maar sinds juni heeft hij toenemende pijn en een gevoel van instabiliteit."),
        ("p", "Röntgenfoto's (3 en 24 juni en 6 oktober 2026) laten een goede positie van de cup zien zonder "
              "loslating; op de laatste opname lijkt er enige heterotope ossificatie radiaal. Een CT heb ik nog niet "
              "laten maken. Een luxatie is niet aangetoond."),
        ("p", "<b>Mijn vraag:</b> zie jij een verklaring voor de klachten en een indicatie voor revisie (nekwissel, "
              "conversie naar trapeziectomie) of adviseer je conservatief beleid? Patiënt stelt een tweede mening "
              "op prijs, en ik eerlijk gezegd ook."),
        ("p", "Het operatieverslag en de röntgenverslagen stuur ik mee."),
        ("p", "Met collegiale groet,\n\nE.W. Timmerman, orthopedisch chirurg\nGelre-Zuid Ziekenhuizen, Apeldoorn"),
    ], font="Cambria", size=11, footer="Gelre-Zuid Ziekenhuizen · Orthopedie · vertrouwelijk")
    return lab(["referral", "correspondence"], "2026-11-02", "specialist", "nl",
               "specialist-to-specialist referral letter (DOCX, informal salutation)",
               "y", "y", "u",
               "Referral from the treating orthopaedic surgeon (a physician) -> referral with a question, and also "
               "correspondence because it is a treating specialist's letter. 'Een CT heb ik nog niet laten maken' is a "
               "narrow negation (X-rays were done). Addressed to a named surgeon, not 't.a.v. second opinion'. Attachments are only announced.", rq=True)


def t055(base):
    lh = [("AZ Zwinstede Knokke-Heist", 13, True), ("Zeelaan 96, 8300 Knokke-Heist  ·  +32 50 61 00 00", 8, False)]
    p1 = dict(blocks=[
        ("h", "Verslag spoedgevallendienst"),
        ("kv", [("Patiënt", "Van Leeuwen, Mirjam  ° 08/04/1983  (NL)"), ("Datum/uur aanmelding", "02/08/2026 16:41"),
                ("Behandelend arts", "dr. Joris Claeys, urgentiearts"), ("Bestemmeling", "huisarts in Nederland (via patiënt)")],
         {"kw": 42}),
        ("p", "<b>Anamnese:</b> val met fiets op de zeedijk, op gestrekte rechterhand. Toeriste uit Nederland (Gouda)."),
        ("p", "<b>Klinisch onderzoek:</b> zwelling en drukpijn distale radius re, geen sensibiliteitsstoornissen."),
        ("p", "<b>Technische onderzoeken:</b> RX pols re: distale radiusfractuur, zie verslag radiologie."),
        ("p", "<b>Besluit:</b> weinig verplaatste distale radiusfractuur rechts. <b>Behandeling:</b> gesloten reductie "
              "onder hematoomblok, onderarmgips. Controle op raadpleging orthopedie binnen 1 week."),
    ], letterhead=lh, footer="Spoedgevallendienst - blad {page}/{pages}")
    p2 = dict(blocks=[
        ("h", "Dienst medische beeldvorming"),
        ("kv", [("Patiënt", "Van Leeuwen Mirjam, ° 08/04/1983"), ("Aanvrager", "dr. J. Claeys, spoedgevallen"),
                ("Onderzoek", "RX pols rechts F/P - controle na reductie"), ("Datum", "02/08/2026")], {"kw": 32}),
        ("p", "Distale radiusfractuur rechts, extra-articulair, initieel dorsale kanteling 15°. Na reductie in gips: "
              "neutrale stand van het gewrichtsvlak, radiale lengte behouden. Geen ulnaire styloïdfractuur."),
        ("p", "<b>Besluit:</b> extra-articulaire distale radiusfractuur rechts, goede stand na reductie."),
        ("p", "dr. Ann Desmet, radioloog"),
    ], letterhead=lh, footer="Medische beeldvorming - blad {page}/{pages}")
    p3 = dict(blocks=[
        ("p", "Knokke-Heist, 10/08/2026"),
        ("p", "<b>Raadpleging orthopedie</b> - Mevrouw Mirjam Van Leeuwen ° 08/04/1983"),
        ("p", "Geachte collega,"),
        ("p", "Ik zag uw patiënte op 09/08 voor controle van haar distale radiusfractuur rechts. Controle-RX in gips: "
              "stand behouden. Een heelkundige ingreep is niet nodig; wij zetten de conservatieve behandeling verder. "
              "Verdere opvolging (gipsverwijdering na 5 weken en revalidatie) gebeurt in Nederland. Mocht er alsnog "
              "verplaatsing optreden, dan moet een osteosynthese overwogen worden."),
        ("p", "Met collegiale groeten,\n\ndr. Wim Vandenbussche, orthopedisch chirurg"),
    ], letterhead=lh, footer="Raadpleging orthopedie - blad {page}/{pages}")
    lib.merge_pdfs(base + ".pdf", [p1, p2, p3])
    return lab(["correspondence", "imaging-report"], None, "specialist", "nl",
               "merged Belgian (Flemish) hospital bundle: spoedgevallendienst + RX verslag + raadpleging letter",
               "y", "n", "y",
               "Flemish bundle for a Dutch tourist treated at the Belgian coast -> abroad=yes. Closed reduction and "
               "cast, 'heelkundige ingreep is niet nodig' -> operated=no; osteosynthesis only conditional. Both the ED "
               "report and the consultation letter count as correspondence.",
               parts=[part(["correspondence"], "2026-08-02", "specialist"),
                      part(["imaging-report"], "2026-08-02", "radiologist"),
                      part(["correspondence"], "2026-08-10", "specialist")])
