"""tm-034 .. tm-044 (invented patients only)."""
import lib
from lib import lab, part


def t034(base):
    lib.pdf(base + ".pdf", [
        ("p", "<b>Consult handchirurgie</b>  (second opinion)"),
        ("small", "Aangemaakt: 2026-09-18 14:03  ·  Verstuurd naar: Xpert Handkliniek Amersfoort  ·  Kenmerk: ZD-2026-7711093"),
        ("hr",),
        ("p", "Patiënt: dhr. K. (Koen) Schipper\nGeboren: 30 januari 1975\nAdres: Leusderweg 120, 3817 KD Amersfoort\n"
              "Verzekeraar: VGZ - 811203994"),
        ("p", "Verwijzer: drs. I. Yilmaz-de Boer, huisarts\nPraktijk: Huisartsen Soesterkwartier, Amersfoort\nAGB: 01-101277"),
        ("hr",),
        ("h2", "Reden van verwijzing"),
        ("p", "Pijn en zwelling MCP-2 en MCP-3 rechts sinds ruim een jaar, toenemend; bekend met hemochromatose."),
        ("h2", "Vraagstelling"),
        ("p", "Behandelend reumatoloog en orthopeed zijn het oneens: injecties voortzetten of een operatie "
              "(synovectomie/prothese)? Patiënt vraagt om een onafhankelijke second opinion. Wat is uw advies?"),
        ("h2", "Toelichting"),
        ("p", "Röntgen handen (maart 2026, Meander MC): artrose MCP-2/3 rechts met haakvormige osteofyten, passend bij "
              "hemochromatose-artropathie. Ferritine onder controle na aderlatingen."),
        ("h2", "Medicatie"),
        ("p", "Geen vaste medicatie. Paracetamol z.n."),
        ("h2", "Allergieën"),
        ("p", "Geen."),
        ("sp", 4),
        ("small", "Bijlagen: geen. Brieven van reumatologie en orthopedie volgen via de patiënt."),
    ], footer="ZorgDomein  ·  Consult handchirurgie  ·  Schipper, K.  ·  {page}/{pages}", size=10)
    return lab(["referral"], "2026-09-18", "gp", "nl", "ZorgDomein single-column product printout, ISO timestamp",
               "y", "u", "u",
               "Referral whose title is only the product name ('Consult handchirurgie'); question under "
               "Vraagstelling. No history/recent-treatment section (only a 'Toelichting') -> not history. Operation "
               "is one of the options being questioned; X-ray done (yes).", rq=True)


def t035(base):
    lib.docx(base + ".docx", [
        ("p", "<b>FysioZuidas</b> - Physiotherapy & Sports Rehabilitation\nGustav Mahlerlaan 300, 1082 ME Amsterdam"),
        ("right", "Amsterdam, 14 October 2026"),
        ("p", "To: Dr K. de Lange, GP, Huisartsenpraktijk Buitenveldert"),
        ("p", "<b>Discharge report physiotherapy</b>"),
        ("kv", [("Client", "Mr Arjun Mehta"), ("Date of birth", "19 February 1989"),
                ("Referral", "self-referral (direct access), 12 August 2026"),
                ("Complaint", "right wrist pain after fall during padel, 3 August 2026"),
                ("Sessions", "7 (12-08-2026 to 07-10-2026)")], {"grid": True, "widths": (40, 110)}),
        ("p", "<b>Course.</b> Mr Mehta presented 9 days after the fall. He told us that an X-ray taken at your "
              "request in August showed no fracture. Treatment consisted of mobilisation, grip and proprioception "
              "training and advice on load management at work (he types a lot)."),
        ("p", "<b>Outcome.</b> Range of motion is now symmetrical. Grip strength right 44 kg, left 48 kg. However, "
              "pain on the ulnar side (NRS 5) persists with forearm rotation under load and a painful click is "
              "reproducible on ulnar deviation with axial compression."),
        ("p", "<b>Conclusion / advice.</b> Because of the persistent ulnar-sided symptoms we have stopped treatment "
              "and advise further assessment (e.g. of the TFCC) by a hand surgeon. Mr Mehta asked whether a "
              "referral for a second opinion would be possible; we told him this is up to you."),
        ("p", "Kind regards,\n\nJoris Albers, MSc, physiotherapist (BIG 19912345604)"),
    ], font="Calibri", size=10.5, footer="FysioZuidas · KvK 71234567 · page {page}")
    return lab([], "2026-10-14", "other", "en", "physiotherapy discharge report in English (DOCX)",
               "y", "u", "u",
               "Physiotherapy report (no kind). Second-hand mention of an X-ray ('He told us ...') still says "
               "imaging was done. Advice for further assessment and a possible referral are plans, not a referral.")


def t036(base):
    lh = [("Southmere Hospitals", 13, True), ("NHS Trust", 9, False), ("Queen Anne Hospital, Harbour Road, Portsmouth PO3 6AD", 8, False)]
    p1 = dict(blocks=[
        ("h", "RADIOLOGY REPORT"),
        ("kv", [("Patient", "BAKKER, Iris  (F)"), ("DOB", "22/08/1998"), ("NHS No", "721 330 4456"),
                ("Examination", "CT LEFT WRIST (scaphoid protocol)"), ("Date of exam", "05/02/2026"),
                ("Referrer", "Fracture Clinic - Mr O. Adeyemi")], {"kw": 32}),
        ("p", "<b>Clinical details:</b> FOOSH 30/01/26, snuffbox tenderness, initial XR equivocal."),
        ("p", "<b>Report:</b> There is a minimally displaced fracture through the waist of the scaphoid (2 mm "
              "gap) with no comminution. No other carpal fracture. Radiocarpal alignment normal."),
        ("p", "<b>Conclusion:</b> Minimally displaced scaphoid waist fracture, left."),
        ("p", "Reported by Dr H. Lam, Consultant Radiologist, 05/02/2026 16:12"),
    ], letterhead=lh, lh_align="right", footer="Radiology Department - Southmere Hospitals NHS Trust - {page}/{pages}")
    p2 = dict(blocks=[
        ("cols", "Dr T. Green\nEastney Surgery\n3 Highland Road\nSouthsea PO4 9NH", "Fracture Clinic\nDate: 10 February 2026\nClinic date: 09/02/2026"),
        ("p", "<b>Re: Iris BAKKER, DOB 22/08/1998, NHS 721 330 4456</b>"),
        ("p", "<b>Diagnosis:</b> Left scaphoid waist fracture, minimally displaced (CT 05/02/2026)"),
        ("p", "Dear Dr Green,"),
        ("p", "Iris is a 27-year-old Dutch nurse working locally. She fell on her outstretched left hand on 30 "
              "January. The CT shows a minimally displaced waist fracture. We discussed cast treatment for 8-12 "
              "weeks versus percutaneous screw fixation. Given her job and the displacement she has opted for "
              "fixation, which is booked for 17 February."),
        ("p", "<b>Plan:</b> percutaneous scaphoid fixation, left. Thumb-spica splint meanwhile."),
        ("p", "Yours sincerely,\n\nMr O. Adeyemi, Consultant Orthopaedic Surgeon"),
    ], letterhead=lh, lh_align="right", footer="Fracture Clinic letter - BAKKER, Iris - {page}/{pages}")
    p3 = dict(blocks=[
        ("h", "Operation Note"),
        ("kv4", [["Patient", "BAKKER, Iris", "Date", "17/02/2026"],
                 ["Surgeon", "Mr O. Adeyemi", "Assistant", "Mr S. Patel (SpR)"],
                 ["Anaesthetic", "Regional block (supraclavicular)", "Tourniquet", "No"]], {"grid": True}),
        ("kv", [("Procedure", "Percutaneous volar fixation of left scaphoid waist fracture with 22 mm headless "
                              "compression screw (Acutrak mini)."),
                ("Details", "Volar approach via 5 mm stab incision at the scaphoid tubercle. Guide wire along the "
                            "central axis under image intensifier, confirmed in 4 views. Drilled and screw inserted; "
                            "compression obtained, screw fully buried. Skin closed with Steri-Strips."),
                ("Complications", "None."),
                ("Post-op", "Wrist splint 2 weeks then mobilise. CT at 8 weeks to confirm union. Patient returns to "
                            "the Netherlands in June; she will take copies.")], {"kw": 30}),
        ("p", "Signed: O. Adeyemi"),
    ], letterhead=lh, lh_align="right", footer="Operation Note - BAKKER, Iris - {page}/{pages}")
    lib.merge_pdfs(base + ".pdf", [p1, p2, p3])
    return lab(["imaging-report", "correspondence", "operation-report"], None, "radiologist", "en",
               "merged UK trust bundle: CT report + fracture clinic letter + operation note",
               "y", "y", "y",
               "Merged PDF whose first part is a radiology report (top-level author radiologist). The clinic letter "
               "plans the fixation (booked), the operation note reports it. Treated in the UK -> abroad=yes. Three dates, "
               "clinic date vs letter date in part 2.",
               parts=[part(["imaging-report"], "2026-02-05", "radiologist"),
                      part(["correspondence"], "2026-02-10", "specialist"),
                      part(["operation-report"], "2026-02-17", "specialist")])


def t037(base):
    text = """\
    Klinikum Kleve-Materborn  ·  Institut für Radiologie
    Chefarzt PD Dr. med. G. Fleischhauer
    Albersallee 5-7, 47533 Kleve  ·  Tel. +49 2821 490-0
    ________________________________________________________________________

    RÖNTGENBEFUND

    Patient:      Peters, Sanne            geb. 28.02.2009
    Anschrift:    Kerkstraat 9, NL-6571 AC Berg en Dal
    Zuweiser:     Ambulanz Unfall- und Handchirurgie (Dr. Yüksel)
    Untersuchung: Hand links in 2 Ebenen, Handgelenk links in 2 Ebenen
    Datum:        23.09.2026

    Klinische Angaben: Z.n. geschlossener Reposition und K-Draht-Osteosynthese einer
    distalen Radiusfraktur (Epiphysenlösung Salter-Harris II) links am 02.09.2026 in
    unserem Haus. Kontrolle 3 Wochen postop. K-Draht-Entfernung geplant.

    Befund:
    Voraufnahme vom 02.09.2026 (intraoperativ) zum Vergleich.
    Zwei gekreuzte K-Drähte in unveränderter Lage, keine Lockerungszeichen.
    Achsengerechte Stellung der distalen Radiusepiphyse, beginnende periostale
    Kallusbildung dorsal. Wachstumsfuge offen, keine Verbreiterung.
    Karpus regelrecht. Keine neue Fraktur.

    Beurteilung:
    Regelrechte Stellung 3 Wochen nach K-Draht-Osteosynthese, beginnende Konsolidierung.
    Aus radiologischer Sicht keine Einwände gegen die geplante Metallentfernung.

    Dr. med. N. Albers, Fachärztin für Radiologie
    (elektronisch signiert, 23.09.2026 12:44)
    """
    lib.txt(base + ".txt", text, enc="cp1252", crlf=False)
    return lab(["imaging-report"], "2026-09-23", "radiologist", "de", "German Röntgenbefund plain-text export, cp1252 LF",
               "y", "y", "y",
               "Radiology report that states the child was operated (K-wire fixation) 'in unserem Haus', a German "
               "hospital -> operated=yes and abroad=yes from an imaging report. Planned wire removal is a plan. "
               "Umlauts in Windows-1252.")


def t038(base):
    lib.pdf(base + ".pdf", [
        ("center", "<b>OPERATIEPROTOCOL</b>"),
        ("kv", [("Patiënt", "De Smet, Lieve  -  ° 09/11/1958  -  V"),
                ("Woonplaats", "Sluis (NL)"),
                ("Opnamenummer", "OP 26-0718-334"),
                ("Datum ingreep", "vrijdag 5 juni 2026"),
                ("Chirurg", "Prof. dr. Koen Verhaeghe"),
                ("Assistent", "dr. Lotte Van Damme (ASO)"),
                ("Anesthesie", "loco-regionaal (axillair blok), dr. Mertens"),
                ("Diagnose", "Morbus Dupuytren links, straal 4 en 5; contractuur MCP 5 40°, PIP 5 60°"),
                ("Ingreep", "Partiële fasciëctomie straal 4 en 5 links met Z-plastieken")], {"kw": 36, "shade": True}),
        ("h2", "Verloop"),
        ("p", "Bloedleegte met manchet bovenarm (250 mmHg). Bruner-incisie over straal 5 met uitbreiding naar straal 4. "
              "Uitgebreide pretendineuze en spirale strengen. Neurovasculaire bundels geïdentificeerd en over het "
              "volledige traject beschermd; de ulnaire digitale zenuw van D5 loopt door de spirale streng. Excisie van "
              "het aangetaste fasciaweefsel. Na release MCP 5 volledig extensie, PIP 5 restflexie 15°; geen "
              "capsulotomie. Manchet gelost, goede capillaire refill in alle vingers. Hemostase. Sluiting met "
              "Z-plastieken, Ethilon 5-0. Dorsale extensiespalk."),
        ("h2", "Complicaties"),
        ("p", "Geen."),
        ("h2", "Anatomopathologie"),
        ("p", "Weefsel verzonden voor pathologisch onderzoek (resultaat volgt)."),
        ("h2", "Postoperatief beleid"),
        ("p", "Ambulant. Wondzorg thuisverpleging. Hechtingen verwijderen op dag 14. Start handtherapie (nachtspalk) in "
              "Nederland, verwijzing meegegeven. Controle op raadpleging binnen 6 weken."),
        ("sp", 4),
        ("p", "Prof. dr. K. Verhaeghe  -  digitaal gevalideerd 05/06/2026"),
    ], letterhead=[("UZ Scheldeland", 14, True),
                   ("Dienst Plastische, Reconstructieve en Esthetische Heelkunde", 9, False),
                   ("Corneel Heymanslaan 30, 9000 Gent  ·  +32 9 332 00 00", 8, False)],
        lh_align="center", footer="UZ Scheldeland  ·  operatieprotocol OP 26-0718-334  ·  blz. {page}/{pages}", font="Times")
    return lab(["operation-report"], "2026-06-05", "specialist", "nl", "Flemish operatieprotocol (UZ letterhead, shaded label column)",
               "u", "y", "y",
               "Belgian (Flemish) operation protocol for a Dutch patient -> abroad=yes. Title 'Operatieprotocol' "
               "instead of operatieverslag; ° birth date; date with weekday; pathology pending.")


def t039(base):
    lib.docx(base + ".docx", [
        ("p", "Huisartsenpraktijk Duinzicht  ·  L. Mertens & F. Arslan, huisartsen\n"
              "Badhuisweg 41  ·  2587 CC Den Haag  ·  070-3551020"),
        ("sp",),
        ("p", "Aan: Handkliniek Den Haag, t.a.v. intake second opinion"),
        ("p", "Den Haag, 27-10-2026"),
        ("p", "<b>Betreft:</b> Mw. Carmen Rietveld-Ortega, geb. 18-04-1972 - samenvatting ten behoeve van second opinion"),
        ("p", "Geachte collega,"),
        ("p", "Op verzoek van patiënte stuur ik u hierbij een samenvatting van haar medische voorgeschiedenis. De "
              "verwijzing is door mijn collega Arslan via ZorgDomein verstuurd."),
        ("h2", "Voorgeschiedenis"),
        ("p", "1990 appendectomie\n2004 en 2007 partus (spontaan)\n2016 depressieve episode, hersteld\n"
              "2019 hypothyreoïdie\n2023 terugverhuisd uit Valencia (Spanje), waar zij 20 jaar woonde"),
        ("h2", "Huidig probleem en recente behandelingen"),
        ("p", "Sinds januari 2026 pijn en stijfheid van de PIP-gewrichten van beide handen, rechts meer dan links. "
              "Echo handen (april 2026, HMC): geen synovitis, wel beginnende artrose PIP 2-3 rechts. Reumafactor en "
              "anti-CCP negatief. Behandeld met paracetamol, later naproxen (gestopt wegens maagklachten). Zij kreeg "
              "via de orthopeed (HMC Westeinde) in juli een injectie in PIP-3 rechts, met weinig effect. De orthopeed "
              "heeft een PIP-prothese voorgesteld; zij wil eerst een tweede mening."),
        ("p", "Aan de handen is zij nooit geopereerd."),
        ("h2", "Medicatie"),
        ("p", "levothyroxine 75 µg 1dd1; paracetamol 1 g max 3dd1"),
        ("h2", "Allergieën"),
        ("p", "Geen bekend."),
        ("p", "Met vriendelijke groet,\n\nL. Mertens, huisarts"),
    ], font="Georgia", size=10.5)
    return lab(["history"], "2026-10-27", "gp", "nl", "GP summary letter (samenvatting) with sections, DOCX without letterhead header",
               "y", "n", "u",
               "History letter, not a referral (it says the referral went separately). 'Aan de handen ... nooit "
               "geopereerd' vs appendectomy and a proposed prosthesis -> operated=no. Lived 20 years in Spain "
               "without any mention of care there -> abroad=unmentioned.")


def t040(base):
    lib.pdf(base + ".pdf", [
        ("cols", "Ms Chloé Martin\nJan Pieterszoon Coenstraat 7\n2595 WP Den Haag",
         "Date: 6 November 2026\nPatient number: 8820-1145\nDate of birth: 02-05-1981"),
        ("h", "Appointment confirmation"),
        ("p", "Dear Ms Martin,"),
        ("p", "We hereby confirm your appointment(s) at HMC Imaging Centre:"),
        ("table", [["Date", "Time", "Department", "Location"],
                   ["Tuesday 24 November 2026", "08:45", "MRI Centre - MRI right wrist (with contrast)", "Route 38, ground floor"],
                   ["Thursday 3 December 2026", "14:10", "Plastic Surgery outpatient clinic - results", "Route 52"]],
         {"widths": [45, 18, 70, 35]}),
        ("p", "<b>Preparing for your MRI scan</b>\n- Please arrive 15 minutes early and bring your ID and insurance card.\n"
              "- Remove all metal objects; you will be asked about implants, pacemakers and previous operations.\n"
              "- Contrast fluid will be given through an IV line; please tell us if you have kidney disease.\n"
              "- The scan takes about 30 minutes."),
        ("p", "If you cannot attend, please call us at least 24 hours in advance on +31 70 330 2000. Appointments "
              "cancelled later may be charged."),
        ("p", "Kind regards,\n\nPatient Appointments Desk"),
    ], letterhead=[("HMC Imaging Centre", 13, True), ("Lijnbaan 32, 2512 VA Den Haag", 8, False)], lh_align="right",
        footer="This is an automatically generated letter. Page {page} of {pages}")
    return lab([], "2026-11-06", "other", "en", "hospital appointment letter in English (table of appointments)",
               "u", "u", "u",
               "Appointment letter: the MRI is upcoming (imaging=unmentioned); 'previous operations' is a generic "
               "question. Three dates (letter, appointments) plus birth date.")


def t041(base):
    text = """\
    SALTRO-NOORD DIAGNOSTISCH CENTRUM                    UITSLAGEN KLINISCHE CHEMIE
    Huisartsenlab - afdeling Bloedafname                     Printdatum 29-10-2026
    =============================================================================
    Patient  : Dekker, M.A. (Marloes)      geb. 09-09-1964  V    ID 00812267
    Aanvrager: R. Oudshoorn, huisarts, Utrecht-Overvecht
    Afname   : 27-10-2026 08:12            Labnr 2610274411
    Indicatie: pijnlijke zwelling MCP/PIP beide handen, ochtendstijfheid 1 uur; RA?
    =============================================================================
    Bepaling                     Uitslag    Eenheid     Referentie     Vlag
    -----------------------------------------------------------------------------
    BSE                          34         mm/uur      < 30            H
    CRP                          12         mg/L        < 10            H
    Hemoglobine                  7.9        mmol/L      7.5 - 10.0
    Leukocyten                   8.1        10^9/L      4.0 - 10.0
    Trombocyten                  402        10^9/L      150 - 400       H
    Reumafactor (IgM)            68         kU/L        < 15            H
    Anti-CCP                     >340       U/mL        < 7             H
    Urinezuur                    0.29       mmol/L      0.15 - 0.35
    ALAT                         21         U/L         < 35
    eGFR (CKD-EPI)               >90        ml/min/1.73m2
    -----------------------------------------------------------------------------
    Commentaar: sterk verhoogd anti-CCP en RF passend bij reumatoide artritis.
    Overweeg verwijzing reumatologie.

    Geautoriseerd: drs. H. Bakker, klinisch chemicus     28-10-2026
    """
    lib.txt(base + ".txt", text, enc="utf-8", crlf=True)
    return lab([], "2026-10-28", "lab", "nl", "GP-lab clinical chemistry result, fixed-width text, CRLF",
               "u", "u", "u",
               "Other lab result (not MRSA, no kind). Comment suggests a referral (advice). Print date, sampling "
               "date and authorisation date differ; the authorisation date is taken as the document date.",
               also=["2026-10-27"])


def t042(base):
    lib.docx_to_pdf(base + ".pdf", [
        ("table", [["Afdeling Orthopedie", "Bezoekadres: Molengracht 21, 4818 CK Breda"],
                   ["Polikliniek hand- en polschirurgie", "Telefoon: 076-5951000"]], {"header": False, "grid": False}),
        ("p", "Weledelzeergeleerde heer S. van Gils, huisarts\nDe Klokkenberg 12\n4822 ZS Breda"),
        ("kv", [("Datum", "3 november 2026"), ("Uw kenmerk", "-"), ("Ons kenmerk", "ORTH/HP/2026-9123"),
                ("Betreft", "mw. D.E. (Daphne) Akkermans, geb. 14-05-1996, BSN 9876.54.321")], {"widths": (35, 120)}),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënte werd op 28 oktober jl. op onze polikliniek gezien."),
        ("h2", "Anamnese"),
        ("p", "Zij werd in 2024 elders (privékliniek, Tilburg) geopereerd aan een volair ganglion van de rechterpols "
              "(excisie). Sinds juni 2026 is er op dezelfde plaats opnieuw een zwelling, met tintelingen in de duim "
              "bij dorsaalflexie. Geen trauma."),
        ("h2", "Lichamelijk onderzoek"),
        ("p", "Rechterpols: litteken volair-radiaal, rustig. Daaronder een vaste zwelling van ca. 1,5 cm, niet "
              "pulserend, Allen-test normaal. Sensibiliteit intact, Tinel over het litteken licht positief."),
        ("h2", "Conclusie"),
        ("p", "Verdenking recidief volair ganglion rechts, DD neuroom ramus palmaris n. medianus."),
        ("h2", "Beleid"),
        ("p", "MRI pols rechts aangevraagd; daarna bespreken wij de uitslag telefonisch. Een heroperatie is "
              "mogelijk, maar gezien het recidiefrisico en de nabijheid van de a. radialis terughoudend. Patiënte "
              "vraagt of een second opinion in een gespecialiseerde handkliniek zinvol is; wij staan daar positief "
              "tegenover."),
        ("p", "Met vriendelijke groet,\n\ndrs. F. Hamdaoui, physician assistant orthopedie\n"
              "supervisor: dr. J.P. Akerboom, orthopedisch chirurg"),
        ("small", "Kopie: patiënte"),
    ], letterhead=[("Amphia-Noord Ziekenhuis", 13, True)], footer="Pagina {page} van {pages} - ORTH/HP/2026-9123",
        font="Arial", size=10)
    return lab(["correspondence"], "2026-11-03", "specialist", "nl", "outpatient letter from a PA, DOCX->PDF via LibreOffice, header table",
               "u", "y", "u",
               "Outpatient letter signed by a physician assistant with supervisor. Previous excision elsewhere (2024) "
               "-> operated=yes; MRI only requested (imaging unmentioned); re-operation only 'mogelijk'. Visit date "
               "vs letter date; BSN inside the Betreft line.")


def t043(base):
    lib.docx(base + ".docx", [
        ("p", "Dr. med. Hendrik Wessels · Facharzt für Allgemeinmedizin\n"
              "Hausarztpraxis am Ring · Ringstraße 18 · 47574 Goch · Tel. 02823 4422-0"),
        ("hr",),
        ("p", "An die\nHandkliniek Nijmegen\nz. Hd. Zweitmeinungssprechstunde / second opinion\nNL-6525 Nijmegen"),
        ("right", "Goch, 30.10.2026"),
        ("p", "<b>Überweisung zur Zweitmeinung</b>\nPatient: Herr Stefan Janssen-Verhoeven, geb. 14.07.1972, "
              "wohnhaft Kessel (Goch), versichert AOK Rheinland (EHIC/S2 beantragt)"),
        ("p", "Sehr geehrte Kolleginnen und Kollegen,"),
        ("p", "ich überweise Ihnen o.g. Patienten mit der Bitte um eine Zweitmeinung. Herr Janssen-Verhoeven ist "
              "niederländischer Staatsbürger und spricht fließend Niederländisch; er wünscht ausdrücklich eine "
              "Beurteilung in Nijmegen."),
        ("p", "<b>Diagnose:</b> Persistierende Beschwerden nach Resektionsarthroplastik des Daumensattelgelenks "
              "links (Operation 11/2025 in der Handchirurgie des Wilhelm-Anton-Hospitals Goch)."),
        ("p", "<b>Bisheriger Verlauf:</b> postoperativ 12 Wochen Ergotherapie, danach zunehmende Schmerzen beim "
              "Greifen. MRT Hand links (06/2026, Radiologie Kleve): Proximalisierung des Metakarpale I, "
              "Impingement am Skaphoid. Der Operateur empfiehlt eine Revision mit Suspensionsplastik."),
        ("p", "<b>Fragestellung:</b> Ist eine Revision sinnvoll, oder gibt es konservative Alternativen? "
              "Welches Vorgehen empfehlen Sie?"),
        ("p", "<b>Vorerkrankungen:</b> Asthma bronchiale, Z.n. Leistenhernien-OP rechts 2018.\n"
              "<b>Medikation:</b> Budesonid/Formoterol 160/4,5 bei Bedarf, Ibuprofen 600 bei Bedarf."),
        ("p", "Befunde (OP-Bericht, MRT-Befund, Arztbriefe) liegen bei bzw. werden vom Patienten mitgebracht."),
        ("p", "Mit freundlichen kollegialen Grüßen\n\nDr. med. H. Wessels"),
    ], font="Arial", size=10.5, footer="Hausarztpraxis am Ring · BSNR 381234500 · LANR 123456701")
    return lab(["referral"], "2026-10-30", "gp", "de", "German Hausarzt Überweisung to a Dutch clinic (DOCX)",
               "y", "y", "y",
               "German GP referral asking a second opinion (Fragestellung). Thumb operation and MRI in Germany -> "
               "operated=yes, abroad=yes. Hernia operation is another body part; the revision is a proposal. "
               "'Befunde liegen bei' names attachments that are not this document.", rq=True)


def _t044_parts():
    p1 = dict(blocks=[
        ("cols", "<b>ZorgDomein - Verwijzing</b>\nSecond opinion Handchirurgie\nNaar: Handkliniek Rotterdam-Zuid",
         "Datum: 29 okt. 2026\nVerwijzer: dr. A. Bennani, huisarts\nAGB 01-066712"),
        ("kv", [("Patiënt", "mw. Fatima Amrani-El Khattabi, geb. 05-05-1967, Rotterdam"),
                ("Reden van verwijzing", "Scheefstand en pijn li pols na fractuur, maart 2026."),
                ("Vraagstelling", "Is er sprake van een malunion en is correctie-osteotomie aan te raden? Patiënte "
                                  "wil graag uw oordeel (second opinion), behandelaar Ikazia adviseert afwachten."),
                ("Relevante voorgeschiedenis", "Maart 2026 val tijdens familiebezoek in Marokko: opgenomen in "
                                               "ziekenhuis in Agadir (3 dagen), distale radiusfractuur li gesloten "
                                               "gereponeerd en gegipst, NIET geopereerd.\nDM2, obesitas (BMI 33)."),
                ("Recente behandelingen", "04-2026 gipscontrole en X-pols Ikazia: consolidatie in dorsale kanteling 20°.\n"
                                          "05-2026 t/m 09-2026 fysiotherapie.\n10-2026 MRSA-screening i.v.m. opname buitenland "
                                          "(uitslag bijgevoegd)."),
                ("Medicatie", "metformine, gliclazide, atorvastatine")], {"kw": 45}),
    ], footer="ZorgDomein - blad {page} van {pages}")
    p2 = dict(blocks=[
        ("h", "HIS-uittreksel (episodes + journaal 12 mnd)"),
        ("small", "Huisartsenpraktijk Zuidplein - uitdraai 29-10-2026 - Amrani-El Khattabi, F. (05-05-1967)"),
        ("table", [["Datum", "ICPC", "Journaal"],
                   ["14-03-2026", "L72", "Terug uit Marokko, pols li gegipst daar (opname Agadir 3 dgn). Verw. fractuurpoli Ikazia."],
                   ["22-04-2026", "L72", "Brief traumatologie: gips af, X: consolidatie met dorsale angulatie; advies fysio."],
                   ["18-06-2026", "T90", "DM-controle: HbA1c 58. Gliclazide verhoogd."],
                   ["10-09-2026", "L72", "Brief specialist: afwachten, evt later correctie. Pat. ontevreden."],
                   ["20-10-2026", "L72", "MRSA-kweek afgenomen (buitenlandse ziekenhuisopname < 12 mnd, beleid kliniek)."],
                   ["29-10-2026", "L72", "Verwijzing SO handchirurgie, HIS-uittreksel en kweekuitslag meegestuurd."]],
         {"widths": [24, 14, 128]}),
    ], footer="HIS-uittreksel - blad {page} van {pages}", size=9)
    p3 = dict(blocks=[
        ("h", "Uitslag MRSA-screening"),
        ("kv", [("Laboratorium", "Stichting Medische Microbiologie Rijnmond-Zuid"),
                ("Patiënt", "Amrani-El Khattabi, F., 05-05-1967"), ("Aanvrager", "A. Bennani, huisarts"),
                ("Afgenomen", "20-10-2026"), ("Rapportage", "24-10-2026")], {"kw": 35}),
        ("table", [["Materiaal", "Uitslag"], ["Neus", "MRSA niet aangetoond"], ["Keel", "MRSA niet aangetoond"],
                   ["Perineum", "MRSA niet aangetoond"]], {"widths": [40, 80]}),
        ("p", "Gevalideerd: J. de Korte, arts-microbioloog."),
    ], letterhead=[("SMM Rijnmond-Zuid", 11, True)], footer="{page}/{pages}")
    return [p1, p2, p3]


def t044(base):
    lib.merge_pdfs(base + ".pdf", _t044_parts())
    return lab(["referral", "history", "mrsa-screening"], None, "gp", "nl",
               "merged GP bundle: ZorgDomein referral + HIS-uittreksel + MRSA lab result",
               "y", "n", "y",
               "Merged GP bundle. Admission in Agadir (Morocco) -> abroad=yes; fracture reduced and cast, 'NIET "
               "geopereerd' -> operated=no. The referral carries voorgeschiedenis + recente behandelingen, so part 1 "
               "is referral+history by itself; part 2 is a journal extract. MRSA result is a separate lab part with "
               "its own date (24-10).",
               parts=[part(["referral", "history"], "2026-10-29", "gp"),
                      part(["history"], "2026-10-29", "gp"),
                      part(["mrsa-screening"], "2026-10-24", "lab")],
               rq=True)
