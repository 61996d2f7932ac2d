"""tm-023 .. tm-033 (invented patients only)."""
import lib
from lib import lab, part


def t023(base):
    text = """\
    ST BARNABAS UNIVERSITY HOSPITALS NHS TRUST                         DISCHARGE SUMMARY
    Acute Medical Unit / Trauma & Orthopaedics              Generated: 19-Mar-2026 17:48

    Patient:        MULDER, Evelien                 NHS number:   945 332 1180
    DOB:            07-Jun-1951  (74y)               Hospital no:  SB2209931
    Address:        c/o 14 Cranmer Terrace, London SW17 0RE (visiting daughter)
    Home address:   Weezenhof 3412, 6536 AV Nijmegen, The Netherlands
    GP:             Not registered in UK - Dutch GP: Dr. E. Peeters, Nijmegen

    Admission date: 16-Mar-2026          Discharge date: 19-Mar-2026
    Admitted via:   Emergency Department
    Consultant:     Mr N. Abiodun, Trauma & Orthopaedics

    PRESENTING COMPLAINT
    Mechanical fall on wet pavement onto outstretched right hand. Also bruising left hip.

    DIAGNOSES
    1. Closed extra-articular distal radius fracture, right (dorsally angulated 25 deg)
    2. Contusion left hip - X-ray pelvis/hip: no fracture
    3. Hyponatraemia (Na 129), mild, thiazide-related

    PROCEDURES
    - Closed reduction under haematoma block in ED (16-Mar-2026), backslab applied
    - Check X-ray post-reduction: acceptable alignment (dorsal tilt 5 deg, radial height maintained)
    - Converted to full forearm cast 18-Mar-2026
    No operative intervention was required.

    CLINICAL COURSE
    Admitted for 3 nights mainly for mobility assessment and correction of sodium. Bendroflumethiazide
    withheld; Na 134 at discharge. Mobile with frame and then stick, assessed by physiotherapy and OT.
    Fit to fly per Ortho team (cast split not required after 72 h).

    MEDICATION ON DISCHARGE
    - Paracetamol 1 g QDS PRN
    - Codeine 30 mg QDS PRN (max 5 days)
    - Bendroflumethiazide 2.5 mg - STOPPED, GP to review
    - Amlodipine 5 mg OD - continued

    FOLLOW-UP
    Patient returning to the Netherlands 22-Mar-2026. Virtual fracture clinic not arranged here.
    Please arrange fracture clinic follow-up in NL at 1 week (repeat X-ray) and cast removal at 6 weeks.
    Images can be requested from our PACS team (imaging.requests@stbarnabas.example).

    Completed by: Dr L. Whitfield (FY1) for Mr N. Abiodun          Bleep 4471
    Copy: patient
    """
    lib.txt(base + ".txt", text, enc="utf-8")
    return lab(["correspondence"], "2026-03-19", "specialist", "en", "UK discharge summary, plain-text EPR export",
               "y", "n", "y",
               "Discharge summary from a UK hospital (admission abroad -> abroad=yes). Closed reduction and cast "
               "are listed under PROCEDURES but 'No operative intervention was required' -> operated=no. Hip X-ray is "
               "another body part but wrist X-rays are also there. Date format 19-Mar-2026.",
               also=[])


def t024(base):
    lib.docx(base + ".docx", [
        ("right", "Amsterdam, 2 November 2026"),
        ("p", "Mr J.P. (Jean-Pierre) Castellane\nWillemsparkweg 88-hs\n1071 HL Amsterdam"),
        ("p", "Patient number: 55-208113\nDate of birth: 16/10/1958"),
        ("p", "<b>Subject: your place on the waiting list</b>"),
        ("p", "Dear Mr Castellane,"),
        ("p", "Following your consultation with Dr Hazelhoff on 20 October, you have been placed on our waiting "
              "list for the proposed operation on your left thumb (trapeziectomy with ligament reconstruction)."),
        ("p", "The current waiting time for this procedure is approximately 9 to 11 weeks. You will receive an "
              "invitation for the pre-operative screening (anaesthesia consultation) about 4 weeks before the date "
              "of the operation. If you use blood thinners, please inform us as soon as possible."),
        ("p", "Please note: if you have been admitted to or treated in a hospital outside the Netherlands in the "
              "past two months, we need an MRSA screening before your operation. Please contact us if this "
              "applies to you."),
        ("p", "If your complaints change, or you decide not to go ahead with the operation, please let us know "
              "so that we can offer your place to another patient."),
        ("p", "Yours sincerely,"),
        ("p", "Planning office\nHand & Wrist Clinic Amsterdam-Zuid"),
        ("small", "This letter was generated automatically and is valid without signature."),
    ], letterhead=[("Hand & Wrist Clinic Amsterdam-Zuid", 13, True),
                   ("Planning & Patient Office  ·  Prinses Irenestraat 19, 1077 WV Amsterdam  ·  020-3052090", 8, False)],
        lh_align="right", footer="Ref. WL/55-208113/2026-11")
    return lab([], "2026-11-02", "other", "en", "English waiting-list letter from a Dutch clinic (DOCX)",
               "u", "u", "u",
               "Waiting-list letter: operation is proposed/upcoming (operated=unmentioned). Generic MRSA paragraph "
               "about hospitals abroad is conditional and not about this patient (abroad=unmentioned). Consultation "
               "date and letter date.")


def t025(base):
    hdr = "Uitdraai journaal  |  Huisartsenpraktijk 't Schip, Deventer  |  Patiënt: Kamphuis, E.G. (geb. 02-10-1984)  |  Datum uitdraai: 03-11-2026"
    journal = [
        ("08-02-2024", "S: hoofdpijn bij beeldschermwerk. O: RR 142/91, visus nl. E: N02 spanningshoofdpijn. P: uitleg, "
                       "RR-controle POH."),
        ("22-02-2024", "POH: RR 138/88, 136/90. Leefstijladvies, zout beperken. Herhalen 3 mnd."),
        ("30-05-2024", "POH: RR 141/92. E: K86 hypertensie. P: start losartan 50 mg 1dd1, lab nierfunctie."),
        ("04-06-2024", "Lab: kreatinine 81, kalium 4.2, glucose nuchter 5.6, LDL 3.1."),
        ("17-09-2024", "S: pijn li knie na voetbal, geen slotklachten. O: geen hydrops, McMurray neg. E: L15 "
                       "knieklachten. P: oefeningen, fysio zn."),
        ("12-11-2024", "POH: RR 128/84 op losartan. Goed verdragen."),
        ("10-01-2025", "S: griepachtig, koorts 3 dgn. O: long schoon. E: R80 influenza. P: uitleg."),
        ("14-05-2025", "S: controle bloeddruk. O: RR 128/82. P: -"),
        ("29-07-2025", "S: gevallen met mountainbike op vakantie in Frankrijk (Ardèche), 26-07, daar geen arts "
                       "bezocht, sinds gisteren thuis. Pijn en zwelling li pols. O: zwelling dorsaal, drukpijn "
                       "distale radius en tabatière. E: verdenking fractuur. P: verwijzing SEH Deventer vandaag."),
        ("29-07-2025", "Brief SEH Deventer Ziekenhuis: X-pols li: niet-verplaatste distale radiusfractuur, "
                       "scaphoid intact. Onderarmgips 5 wkn. Controle fractuurpoli."),
        ("04-09-2025", "Brief specialist ontvangen (traumatologie): gips eraf, consolidatie op X. Niet geopereerd, "
                       "conservatief goed resultaat. Ontslag poli. Advies fysio."),
        ("02-10-2025", "S: pols nog stijf, fysio 6x gehad. O: extensie 50, flexie 55. E: L74 restklachten pols. "
                       "P: fysio continueren."),
        ("18-12-2025", "S: klikkend gevoel ulnair li pols bij draaien (schroevendraaier). O: drukpijn fovea "
                       "ulnaris, DRUG stabiel. E: TFCC? P: afwachten, polsbrace."),
        ("11-02-2026", "S: klachten wisselend, werk (monteur) lastig. P: verwijzing orthopedie Deventer Ziekenhuis."),
        ("30-03-2026", "Brief specialist ontvangen (orthopedie, dr. Nijland): MRI pols li 20-03-2026: "
                       "degeneratieve TFCC-laesie, ulna plus 2 mm. Beleid: injectie, evt. later ulnaverkorting."),
        ("03-04-2026", "S: injectie gehad 25-03, 2 wkn goed, nu terug. E: idem. P: afwachten controle ortho."),
        ("26-06-2026", "Brief specialist ontvangen: 2e injectie, voorstel ulnaverkortingsosteotomie. Pat. "
                       "twijfelt. Geen OK gehad tot nu toe."),
        ("15-08-2026", "S: hoest, verkoudheid. E: R74. P: uitleg."),
        ("22-09-2026", "S: wil SO ivm voorgestelde ulnaverkorting; broer had veel problemen na zelfde OK. "
                       "E: L74 TFCC-laesie li. P: verwijzing SO handchirurgie, samenvatting mee."),
        ("03-11-2026", "Administratief: uitdraai journaal t.b.v. second opinion op verzoek patiënt."),
    ]
    rows = [["Datum", "Regel"]] + [[d, t] for d, t in journal]
    lib.pdf(base + ".pdf", [
        ("kv4", [["Naam", "Kamphuis, Erik Gerrit", "Geboortedatum", "02-10-1984"],
                 ["Adres", "Brinkgreverweg 211, 7413 AD Deventer", "Verzekeraar", "Salland"],
                 ["Huisarts", "J.W. Bloemendaal", "Uitdraai door", "assistente (M.K.)"]], {"grid": True}),
        ("h2", "Episodelijst"),
        ("table", [["ICPC", "Omschrijving", "Begin", "Eind"],
                   ["L74", "Fractuur distale radius li / restklachten, TFCC-laesie li", "29-07-2025", "-"],
                   ["K86", "Hypertensie", "2021", "-"],
                   ["P17", "Roken (gestopt)", "2019", "2022"],
                   ["R80", "Influenza", "10-01-2025", "20-01-2025"],
                   ["L15", "Knieklachten li", "17-09-2024", "11-2024"],
                   ["N02", "Spanningshoofdpijn", "08-02-2024", "03-2024"]], {"widths": [18, 95, 28, 25]}),
        ("h2", "Journaal 01-01-2024 t/m 03-11-2026 (alle episodes)"),
        ("table", rows, {"widths": [25, 141], "hcolor": "#cfe0f0"}),
        ("h2", "Medicatie"),
        ("p", "losartan 50 mg 1dd1; diclofenac 50 mg z.n. (max 3dd1) - 06-2026"),
        ("h2", "Allergieën / intoleranties"),
        ("p", "Geen bekend."),
    ], header=hdr, footer="Pagina {page} van {pages}  -  vertrouwelijk medisch dossier", size=10.5, font="Times")
    return lab(["history"], "2026-11-03", "gp", "nl", "HIS journal printout as PDF table, repeated header, page x of y",
               "y", "n", "n",
               "Multi-page journal; accident in France without care there, treated at SEH Deventer (NL) -> abroad=no. "
               "'Niet geopereerd' and 'Geen OK gehad tot nu toe' vs proposed ulna-shortening (plan) and brother's "
               "operation (family) -> operated=no. X-ray and MRI reported in journal lines -> imaging=yes.")


def t026(base):
    lib.docx(base + ".docx", [
        ("p", "Vechtetal-Klinik Nordhorn · Abteilung für Hand- und Fußchirurgie · Sprechstunde Handchirurgie\n"
              "Albert-Schweitzer-Str. 10 · 48527 Nordhorn · Telefon +49 5921 84-2100"),
        ("sp",),
        ("p", "Herrn Huisarts\nR. Oosting\nHuisartsenpraktijk Emmen-Angelslo\nStatenweg 14\nNL-7824 CC Emmen"),
        ("right", "Nordhorn, 21.10.2026\nAmbulanz-Nr. A-26-30218"),
        ("p", "<b>Ambulanter Arztbrief</b>"),
        ("p", "Sehr geehrter Herr Kollege Oosting,"),
        ("p", "wir berichten über Ihre Patientin <b>Frau Jantine Bolhuis, geb. 03.03.1990</b>, wohnhaft in Emmen, "
              "die sich am 19.10.2026 in unserer Handsprechstunde vorstellte."),
        ("b", "Diagnose:"),
        ("p", "Tendovaginitis stenosans de Quervain rechts (ICD-10 M65.4), seit ca. 4 Monaten, postpartal."),
        ("b", "Anamnese:"),
        ("p", "Radialseitige Schmerzen am rechten Handgelenk, v.a. beim Hochheben des 3 Monate alten Säuglings. "
              "Eine Kortisoninfiltration durch den Hausarzt im August brachte nur kurz Besserung. Keine "
              "Voroperationen an der Hand. Die Patientin arbeitet als Pflegekraft in unserem Haus."),
        ("b", "Befund:"),
        ("p", "Schwellung und Druckschmerz über dem 1. Strecksehnenfach, Finkelstein-Test deutlich positiv. "
              "Sensibilität intakt."),
        ("b", "Sonographie (19.10.2026):"),
        ("p", "Verdickung des Retinakulums über dem 1. Strecksehnenfach auf 1,8 mm, Flüssigkeitssaum um APL/EPB, "
              "separates EPB-Septum darstellbar."),
        ("b", "Therapie und Procedere:"),
        ("p", "Erneute ultraschallgesteuerte Infiltration (Triamcinolon 20 mg) am 19.10.2026, Daumenorthese für "
              "3 Wochen. Bei Persistenz empfehlen wir die operative Spaltung des 1. Strecksehnenfachs inkl. des "
              "Septums. Die Patientin wünscht Bedenkzeit und möchte eine Zweitmeinung in den Niederlanden einholen. "
              "Eine Wiedervorstellung bei uns ist nach Bedarf möglich."),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("sp",),
        ("cols", "Dr. med. S. Terhorst\nLeitende Oberärztin Handchirurgie", "i.A. A. Janssen-Lübbers\nAssistenzärztin"),
    ], font="Times New Roman", size=11, footer="Vechtetal-Klinik Nordhorn gGmbH · Seite {page} von {pages}")
    return lab(["correspondence"], "2026-10-21", "specialist", "de", "German ambulant Arztbrief (DOCX, two signatures)",
               "y", "n", "y",
               "Outpatient letter from a German hospital that treated (infiltration) a Dutch patient -> abroad=yes. "
               "'Keine Voroperationen an der Hand' -> operated=no; operation only recommended. Employer detail "
               "('arbeitet ... in unserem Haus') is noise. Visit 19.10 vs letter 21.10.",
               also=["2026-10-19"])


def t027(base):
    lib.pdf(base + ".pdf", [
        ("h", "AANVRAAGFORMULIER RADIOLOGIE / ECHOGRAFIE"),
        ("small", "Inleveren bij de balie Radiologie of meenemen naar de afspraak. Geldig tot 3 maanden na aanvraagdatum."),
        ("kv", [("Patiënt", "Mw. L. (Lotte) Veenstra"), ("Geboortedatum", "21-12-1999"),
                ("Adres", "Brink 22, 9401 HS Assen"), ("Verzekering / nr.", "Menzis 202334981")], {"kw": 40, "grid": True}),
        ("table", [["Onderzoek", "Zijde", "Aangevinkt"],
                   ["X-thorax", "-", "[ ]"], ["X-hand / pols", "links", "[ ]"],
                   ["X-scaphoidserie", "links", "[ ]"], ["Echo pols / hand", "links", "[X]"],
                   ["Echo schouder", "-", "[ ]"], ["MRI (alleen via specialist)", "-", "n.v.t."]],
         {"widths": [70, 30, 30]}),
        ("kv", [("Klinische gegevens", "Sinds 2 mnd zwelling volaire zijde li pols, radiaal, ca. 1 cm, niet pijnlijk. "
                                       "Geen trauma. Nog geen beeldvorming verricht."),
                ("Vraagstelling", "Ganglion? Andere weke-delenzwelling? Relatie a. radialis?"),
                ("Zwanger", "nee"), ("Allergie contrast", "n.v.t."),
                ("Aanvrager", "T. de Haan, huisarts, Huisartsenpraktijk Assen-Pittelo, AGB 01-034455"),
                ("Datum aanvraag", "30-10-2026"),
                ("Handtekening", "[getekend]")], {"kw": 40, "grid": True}),
        ("small", "Afspraak maken: 0592-325555 (Wilhelmina Ziekenhuis Assen, afd. Radiologie). Uitslag gaat naar de aanvrager."),
    ], letterhead=[("Wilhelmina Ziekenhuis Assen", 12, True), ("Radiologie - Aanvraag vanuit de eerste lijn", 9, False)],
        footer="Formulier RAD-EL-02 (2024)  -  {page}/{pages}")
    return lab([], "2026-10-30", "gp", "nl", "radiology request form with checkbox table",
               "n", "u", "u",
               "Radiology request form from the GP with 'Vraagstelling' and 'Aanvrager': NOT a referral and not an "
               "imaging report; the echo is only requested and 'Nog geen beeldvorming verricht' -> imaging=no. "
               "Checkbox table lists other imaging types that are not ticked.")


def t028(base):
    text = """\
    ****************************************************************************
    *  RADIOLOGIE - ZIEKENHUIS GELDERSE POORT, ARNHEM-ZUID                     *
    *  PACS/RIS verslagexport                                                  *
    ****************************************************************************
    Pat.naam    : HERMANS, J.A.M. (Jos)
    Geb.datum   : 25-11-1970           Geslacht: M        Pat.nr: 0045-88213
    Aanvr. arts : drs. Y. El Idrissi, orthopedie (poli hand/pols)
    Onderzoek   : ECHO HAND RECHTS (weke delen)           Ordernr: ECH2610150033
    Datum onderz: 15-10-2026 10:40       Uitgevoerd: laborant R. Bos / radioloog
    Status      : DEFINITIEF             Geautoriseerd: 15-10-2026 13:02

    KLINISCHE INFORMATIE / VRAAGSTELLING
    Pijnlijke knobbel basis middelvinger re palmair, 'knappen' bij buigen, ± 3 mnd.
    Triggerfinger? Peesschedeganglion? Dupuytren-streng?

    VERSLAG
    Ter plaatse van de palpabele afwijking basis D3 rechts palmair een
    anechogene, scherp begrensde structuur van 5 x 4 mm, grenzend aan de
    A1/A2-ringband, zonder doppler-signaal: passend bij een peesschedeganglion.
    Daarnaast verdikking van de A1-ringband (1,1 mm; contralateraal niet
    beoordeeld) met dynamisch haperend glijden van de flexorpezen.
    Geen Dupuytren-noduli of -strengen. Geen tenosynovitis.

    CONCLUSIE
    1. Peesschedeganglion basis D3 rechts.
    2. Verdikte A1-ringband D3 rechts, passend bij triggerfinger.

    dr. A.C. Brinkman-Oyen, radioloog
    ----------------------------------------------------------------------------
    Export 06-11-2026 08:31 door gebruiker SECR-ORTHO2
    """
    lib.txt(base + ".txt", text, enc="cp1252", crlf=True)
    return lab(["imaging-report"], "2026-10-15", "radiologist", "nl", "PACS/RIS plain-text report export, boxed header, cp1252 CRLF",
               "y", "u", "u",
               "Plain-text ultrasound report; questions in the request (Dupuytren?) are not findings; export "
               "date (06-11) is not the document's date; 'Dupuytren' appears negated.")


def t029(base):
    lib.pdf(base + ".pdf", [
        ("kv", [("Department", "Plastic, Reconstructive and Hand Surgery"), ("Date", "15 September 2026"),
                ("Our reference", "PRH/2026/11873"), ("Telephone", "+31 (0)20 599 1212")], {"kw": 35, "bold": False}),
        ("p", "Dr M. Vos, general practitioner\nHuisartsenpraktijk Oostpoort\nRingdijk 41\n1097 AB Amsterdam"),
        ("p", "<b>Re:</b> Mr Thomas Baptiste RÉMY, date of birth 30-04-1991, Linnaeusstraat 12-2, 1093 EJ Amsterdam"),
        ("p", "Dear Dr Vos,"),
        ("p", "Thank you for referring Mr Rémy, a 35-year-old French chef living in Amsterdam, whom I saw in our "
              "hand clinic on 11 September. At his request this letter is written in English."),
        ("p", "<b>History.</b> On 2 July 2026, while on holiday in Bali, he cut the palmar side of his right ring "
              "finger on a broken glass. He was seen at the emergency department of a private hospital in "
              "Denpasar, where a flexor tendon and nerve repair was performed the same evening under regional "
              "anaesthesia, according to the discharge note he brought (in Indonesian and English; no formal "
              "operation report). He was splinted and flew home on 9 July. He has had no hand therapy since."),
        ("p", "<b>Examination.</b> Healed zig-zag scar, zone II right ring finger. Active flexion PIP 0-40 degrees, "
              "DIP no active flexion; passive flexion nearly full. Two-point discrimination 9 mm on the ulnar side."),
        ("p", "<b>Investigations.</b> Ultrasound of the finger today by our radiology department: discontinuity of "
              "the FDP tendon at the level of A4 with retraction of the proximal stump; FDS intact."),
        ("p", "<b>Conclusion.</b> Rupture (or failed repair) of the FDP tendon after primary repair abroad, with "
              "incomplete recovery of the ulnar digital nerve."),
        ("p", "<b>Plan.</b> We discussed a two-stage flexor tendon reconstruction versus a DIP arthrodesis and "
              "accepting the situation. He will think it over and would also like to hear a second opinion. As he "
              "was treated in a hospital abroad, we have asked him to have an MRSA screening done via your practice "
              "before any further surgery."),
        ("p", "With kind regards,"),
        ("sp", 6),
        ("p", "Dr. R.J. Stam, plastic surgeon"),
        ("small", "cc: Mr T.B. Rémy"),
    ], letterhead=[("Amstel Gasthuis Oost", 14, True), ("Oosterpark 9 · 1091 AC Amsterdam", 8, False)],
        lh_box=("AGO", "#c8102e"), footer="Amstel Gasthuis Oost · page {page} of {pages}")
    return lab(["correspondence"], "2026-09-15", "specialist", "en", "Dutch hospital consultation letter written in English",
               "y", "y", "y",
               "Dutch hospital writing in English; operation (tendon repair) performed in Bali -> operated=yes, "
               "abroad=yes, although no operation report exists. Ultrasound done here. Reconstruction only discussed; "
               "asks for an MRSA screening (pending, not a result).")


def t030(base):
    lib.docx(base + ".docx", [
        ("head", "Machtiging opvragen medische gegevens", 1),
        ("p", "Met dit formulier geeft u ons toestemming om uw medische gegevens op te vragen bij andere "
              "zorgverleners, zodat wij uw second opinion goed kunnen voorbereiden."),
        ("kv", [("Naam", "J.C. (Joost) Verbruggen"), ("Geboortedatum", "07-07-1977"),
                ("Adres", "Van Coothstraat 5, 4811 CS Breda"), ("Telefoon", "06-28836001"),
                ("Patiëntnummer kliniek", "SO-2026-04471")], {"grid": True}),
        ("p", "<b>Ik geef toestemming om gegevens op te vragen bij:</b>"),
        ("table", [["Zorgverlener / instelling", "Plaats / land", "Welke gegevens", "Periode"],
                   ["Huisartsenpraktijk Ginneken", "Breda", "samenvatting, medicatie", "2021 - heden"],
                   ["Universitair Ziekenhuis Antwerpen (orthopedie)", "Edegem, België",
                    "operatieverslag pols re (scafolunaire reconstructie, 2023), brieven, röntgenfoto's", "2023 - 2024"],
                   ["Amphia Ziekenhuis (radiologie)", "Breda", "MRI pols rechts + verslag", "2026"]],
         {"widths": [55, 30, 55, 25]}),
        ("p", "[X] De gegevens mogen rechtstreeks naar de kliniek worden gestuurd.\n"
              "[ ] Ik wil eerst zelf een kopie ontvangen."),
        ("p", "Deze machtiging is geldig tot 12 maanden na ondertekening. U kunt haar altijd intrekken."),
        ("kv", [("Plaats en datum", "Breda, 12-10-2026"), ("Handtekening patiënt", "J. Verbruggen (getekend)")],
         {"grid": False}),
        ("small", "Formulier MACH-01 v4  ·  Handkliniek Zuid-Nederland  ·  privacy@hkzn.example"),
    ], letterhead=[("Handkliniek Zuid-Nederland", 12, True), ("Intake second opinion", 9, False)],
        footer="MACH-01 v4")
    return lab([], "2026-10-12", "patient", "nl", "consent/authorisation form filled in by the patient (DOCX table)",
               "y", "y", "y",
               "Consent form (no kind), filled in and signed by the patient. Its table says the wrist was operated in "
               "Antwerp (Belgium) in 2023 and an MRI exists -> operated=yes, abroad=yes, imaging=yes although it is only a "
               "form. Author debatable (clinic template, patient's entries).")


def t031(base):
    lib.pdf(base + ".pdf", [
        ("kv4", [["Einsender", "Klinikum Lingen-Ems, Station 3B (Unfallchirurgie)", "Auftrags-Nr.", "31 908 442"],
                 ["Patient", "Koster, Wim", "geb.", "16.06.1969"],
                 ["Entnahme", "02.09.2026 07:10", "Eingang", "02.09.2026 10:34"],
                 ["Befund vom", "04.09.2026", "Status", "Endbefund"]], {"grid": True}),
        ("h", "MRSA-Screening (Aufnahmescreening)"),
        ("p", "Anforderungsgrund: stationäre Aufnahme 01.09.2026 nach Motorradunfall (Patient aus den Niederlanden), "
              "Risikofaktor: Wohnsitz Ausland / Tierhaltung (Schweinemast)."),
        ("table", [["Material", "Untersuchung", "Ergebnis"],
                   ["Nasenvorhofabstrich bds.", "MRSA-Kultur (chromogen)", "kein MRSA nachgewiesen"],
                   ["Rachenabstrich", "MRSA-Kultur (chromogen)", "kein MRSA nachgewiesen"],
                   ["Wundabstrich Handrücken li.", "MRSA-Kultur", "kein MRSA nachgewiesen; S. aureus (MSSA) spärlich"],
                   ["Leiste bds.", "MRSA-PCR", "negativ"]], {"widths": [55, 50, 60]}),
        ("p", "<b>Beurteilung:</b> Kein Nachweis von MRSA. MSSA im Wundabstrich, klinische Relevanz bitte prüfen. "
              "Isolierung kann aufgehoben werden."),
        ("p", "Ärztlich validiert: Dr. rer. nat. Dr. med. U. Hinrichs, Facharzt für Mikrobiologie, Virologie und "
              "Infektionsepidemiologie"),
    ], letterhead=[("MVZ Labor Emsland", 12, True),
                   ("Medizinische Mikrobiologie · Krankenhaushygiene · Laboratoriumsmedizin", 8, False),
                   ("Lindenstraße 4 · 49808 Lingen (Ems) · Tel. +49 591 9100-0", 8, False)],
        footer="Befundbericht 31 908 442 · Koster, Wim · Seite {page} / {pages}", font="Helvetica", size=9.5)
    return lab(["mrsa-screening"], "2026-09-04", "lab", "de", "German lab MRSA admission screening (label grid + table)",
               "u", "u", "y",
               "German admission screening after a motorbike accident: the patient was admitted to a German hospital "
               "-> abroad=yes. Wound swab of the back of the hand hints at a hand injury but says nothing about an "
               "operation. Sampling vs report date.", also=["2026-09-02"])


def t032(base):
    lib.docx_to_pdf(base + ".pdf", [
        ("table", [["Klinische brief / Ontslagbrief", "Datum: 18-09-2026"]], {"header": False, "grid": False, "widths": [110, 55]}),
        ("p", "Aan: mevrouw dr. C. Smit, huisarts, Gezondheidscentrum Kanaleneiland, Utrecht"),
        ("kv", [("Patiënt", "mw. N. (Nadia) Bouzid, geb. 03-08-1986"), ("Opname", "11-09-2026"),
                ("Ontslag", "13-09-2026"), ("Afdeling", "Chirurgie / Traumatologie, verpleegafdeling C5"),
                ("Hoofdbehandelaar", "dr. P.J. de Wolf, traumachirurg")], {"widths": (40, 120)}),
        ("h2", "Opnamediagnose"),
        ("p", "Intra-articulaire distale radiusfractuur links na val van trap (11-09-2026)."),
        ("h2", "Ingreep"),
        ("p", "12-09-2026: ORIF distale radius links met palmaire plaat (zie apart operatieverslag)."),
        ("h2", "Beloop"),
        ("p", "Patiënte werd via de SEH opgenomen. CT-pols toonde een intra-articulaire fractuur met een stap van "
              "2 mm. De operatie verliep ongecompliceerd; de postoperatieve röntgenfoto toonde een goede stand. "
              "Pijn goed onder controle met orale analgetica. Zij werd op dag 2 met een spalk naar huis ontslagen."),
        ("h2", "Medicatie bij ontslag"),
        ("p", "Paracetamol 1000 mg 4dd1; naproxen 500 mg 2dd1 gedurende 5 dagen; omeprazol 20 mg 1dd1 (maagbescherming)."),
        ("h2", "Beleid / afspraken"),
        ("p", "Gipskamer/poli traumatologie over 12 dagen voor wondcontrole en hechtingen. Start handtherapie na 2 "
              "weken. Röntgencontrole na 6 weken."),
        ("p", "Met collegiale groet,\n\nA. Yilmaz, arts-assistent chirurgie\nnamens dr. P.J. de Wolf, traumachirurg"),
    ], letterhead=[("Diakonessenhuis Utrecht-Zuid", 13, True),
                   ("Bosboomstraat 1, 3582 KE Utrecht  |  030-2566566", 8, False)],
        footer="Ontslagbrief Bouzid, N. - pagina {page} van {pages}")
    return lab(["correspondence"], "2026-09-18", "specialist", "nl", "discharge letter rendered DOCX->PDF via LibreOffice",
               "y", "y", "u",
               "Discharge letter that only MENTIONS the operation in one line ('zie apart operatieverslag'): "
               "correspondence, not an operation report, although operated=yes. Title and date in one table row. "
               "Admission/discharge/operation dates.")


def t033(base):
    text = """\
    Van: Ellen Hoekstra <ellenhoekstra61@mailbox.example>
    Verzonden: maandag 26 oktober 2026 21:47
    Aan: intake@handkliniek-oost.example
    Onderwerp: RE: aanvullende stukken second opinion (E. Hoekstra, 14-1-1961)
    Bijlagen: scan0001.pdf; scan0002.pdf; IMG_20261026_2133.jpg

    Beste mevrouw Lubbers,

    Dank voor uw mail van vorige week. Hierbij stuur ik de stukken die ik zelf heb:
    - scan0001 = de brief van de orthopeed uit het Rijnstate (augustus)
    - scan0002 = de uitslag van de MRI van mijn rechterpols, die is in juli in het Rijnstate gemaakt
    - de foto (IMG_...) is van het medicijnlijstje, de apotheek stuurt nog een officieel overzicht

    U vroeg of ik eerder geopereerd ben. Aan mijn pols ben ik nooit geopereerd, alleen aan mijn
    knie (meniscus, 2015) en mijn blindedarm toen ik klein was. Ik ben ook niet in het
    buitenland in een ziekenhuis geweest.

    De verwijsbrief heeft mijn huisarts (dokter Veldkamp) volgens de assistente vorige week al via
    ZorgDomein verstuurd. Kunt u controleren of die is aangekomen?

    Met vriendelijke groet,
    Ellen Hoekstra
    06-19283746

    -----Oorspronkelijk bericht-----
    Van: intake@handkliniek-oost.example
    Verzonden: dinsdag 20 oktober 2026 10:12
    Onderwerp: aanvullende stukken second opinion

    Geachte mevrouw Hoekstra, om uw second opinion te kunnen plannen hebben wij nog nodig: een
    verwijsbrief met vraagstelling, een recente samenvatting van uw huisarts, de brieven van uw
    behandelend specialist, de beelden op cd en de verslagen. Bent u geopereerd? Stuur dan ook het
    operatieverslag mee. Met vriendelijke groet, M. Lubbers, intakemedewerker
    """
    lib.txt(base + ".txt", text, enc="utf-8", crlf=True)
    return lab([], "2026-10-26", "patient", "nl", "e-mail export (Outlook-style, quoted reply), CRLF",
               "y", "n", "n",
               "Patient e-mail with quoted clinic e-mail full of checklist words (operatieverslag, verwijsbrief). "
               "'Aan mijn pols ben ik nooit geopereerd' (narrow negation; knee and appendix were operated) -> "
               "operated=no; MRI of the wrist was made -> imaging=yes; 'niet in het buitenland in een ziekenhuis' "
               "-> abroad=no. Attachments are named but not part of this document.")
