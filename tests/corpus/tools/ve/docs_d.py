"""Documents ve-049 .. ve-064 (texts and labels). All persons and institutions are fictional."""
from kit import H, KV, LINES, LOGO, P, PB, RIGHT, RULE, SMALL, SP, TABLE, TITLE, label

SPECS = []


def add(**spec):
    SPECS.append(spec)


# ---------------------------------------------------------------------------------------------- ve-049
add(stem="ve-049", fmt="txt",
    text="""\
UITDRAAI JOURNAAL                                  Datum uitdraai: 27-10-2026
Huisartsenpraktijk Dorpsstraat - Dorpsstraat 21 - 3981 EB Bunnik
------------------------------------------------------------------------------
Naam     : Wolters, T. (Thijs)          Geb.dat: 18-01-1991     M
Verzekerd: ZorgSamen 55-0918-220        Huisarts: A.C. de Ridder
Selectie : episode L81 Letsel pols rechts + gerelateerde contacten
------------------------------------------------------------------------------
Episode: L81 Letsel pols rechts (scafolunair?)        begin 03-02-2026
------------------------------------------------------------------------------
03-02-2026  CONS  de Ridder
  S  Gisteren bij zaalvoetbal gevallen op uitgestrekte re hand. Pijn dorsaal.
  O  Zwelling dorsaal pols re, drukpijn tabatière -, drukpijn SL-interval +.
     Flexie/extensie pijnlijk beperkt. Sensibiliteit intact.
  E  L81 Polsletsel re, distorsie, fractuur niet uitgesloten.
  P  X-pols re + scafoidserie aangevraagd (Rijnstroom). Brace, NSAID 5 dgn.
10-02-2026  TEL   de Ridder
  S  Pt heeft de foto niet laten maken, klachten al veel minder. Wil
     afwachten.
  P  Akkoord, terugkomen bij aanhouden klachten.
21-04-2026  CONS  de Ridder
  S  Nog steeds pijn bij push-ups en bij steunen; klik in pols.
     Op vakantie in Turkije geweest in maart, daar niet bij een arts of
     ziekenhuis geweest.
  O  Watson-test re pijnlijk, geen duidelijke klik. Kracht iets minder.
  E  L81 Persisterende polsklachten re, SL-letsel?
  P  Fysiotherapie, uitleg. Zo nodig verwijzing.
02-07-2026  CONS  van Dijk (waarnemer)
  S  Fysio helpt onvoldoende. Wil weten wat het is.
  E  L81.
  P  Overleg met pt: verwijzing handchirurgie i.v.m. mogelijk SL-letsel,
     evt. operatie (arthroscopie). Pt wil eerst tweede mening.
20-10-2026  CONS  de Ridder
  S  Pt wil second opinion in Handkliniek Lindehof. Geen nieuwe klachten.
  P  Verwijzing via ZorgDomein.
------------------------------------------------------------------------------
Medicatie actueel: geen
Allergieen       : geen bekend
------------------------------------------------------------------------------
Einde uitdraai (pagina 1/1)
""",
    label=label(["history"], "2026-10-27", "gp", "nl", "HIS journal printout, episode selection (plain text SOEP)",
                "no", "unmentioned", "no",
                notes="X-ray requested but explicitly not made ('heeft de foto niet laten maken'); operation only as a "
                      "possibility; holiday in Turkey explicitly without doctor or hospital; journal is a selection "
                      "of one episode."))

# ---------------------------------------------------------------------------------------------- ve-050
add(stem="ve-050", fmt="docx",
    opts={"font": "Times New Roman", "size": 11,
          "footer": "Clinique Oasis Menara · Avenue de la Menara, lot 14 · 40000 Marrakech · Maroc · "
                    "Tél. +212 524 00 77 10 · contact@oasismenara.example"},
    blocks=[
        LOGO("Clinique Oasis Menara", "Traumatologie - Orthopédie", color="#bf360c", mark="triangle", image=True),
        RIGHT("Marrakech, 03/08/2026"),
        TITLE("MEDICAL REPORT", size=14, align="center"),
        P("I, the undersigned, Dr. Youssef Benkirane, orthopaedic and trauma surgeon, certify that I examined "
          "Mrs **Samira OUALI**, born 11/11/1968, residing at Schiedamseweg 210, 3025 AH Rotterdam "
          "(Netherlands), in our clinic on **01/08/2026** after a fall at home of her family."),
        P("**Clinical findings:** pain, swelling and ecchymosis at the base of the right thumb, painful and "
          "limited movement of the thumb."),
        P("**Radiology:** X-ray of the right thumb (AP and lateral): intra-articular fracture of the base of the "
          "first metacarpal (Bennett fracture) with a small volar-ulnar fragment and slight subluxation."),
        P("**Treatment given:** immobilisation in a thumb spica plaster cast; analgesics (paracetamol, "
          "diclofenac)."),
        P("**Recommendation:** surgical fixation (pinning or screw) is advised on her return to the Netherlands "
          "within 10 days, by a hand surgeon. The patient preferred to be operated in her country of "
          "residence."),
        P("This report is delivered to the patient, at her request, for all legal purposes."),
        SP(),
        P("Dr. Youssef Benkirane\n(stamp and signature)"),
    ],
    label=label(["correspondence"], "2026-08-03", "specialist", "en",
                "Moroccan private clinic medical report in English (certificate style)",
                "yes", "unmentioned", "yes", also=["2026-08-01"],
                notes="Treatment abroad only implied by the clinic's Marrakech address ('in our clinic'); surgery "
                      "only advised; certificate wording; dd/mm/yyyy."))

# ---------------------------------------------------------------------------------------------- ve-051
add(stem="ve-051", fmt="pdf",
    opts={"size": 9.5, "header": "Antunes Ferreira, M. | 02-05-1990 | 0877120",
          "footer": "Ziekenhuis Kennemerduin · Kennemerduinlaan 90 · 2035 RC Haarlem · +31 23 890 3000\n"
                    "Printed 07-09-2026 · Page {page} of {pages}"},
    blocks=[
        LOGO("Ziekenhuis Kennemerduin", "Plastic, Reconstructive and Hand Surgery", color="#2e7d32", mark="circle"),
        P("To: J. Verhagen, general practitioner\nHuisartsenpraktijk Zijlweg\nZijlweg 140\n2015 BL Haarlem"),
        KV([["Date", "3 September 2026"], ["Re", "Mr M. Antunes Ferreira, DOB 02-05-1990, Kleverparkweg 8, Haarlem"],
            ["Visit", "outpatient clinic, 1 September 2026"]], widths=(2.5, 14), size=9),
        P("Dear colleague,"),
        P("At your request we saw Mr Antunes Ferreira, a 36-year-old chef, in our hand surgery clinic. As he "
          "prefers English, this letter is in English."),
        H("History"),
        P("On 14 May 2026 he had a motorbike accident in Lisbon, Portugal. He was treated at the Hospital "
          "Particular do Tejo, where a fracture of the proximal phalanx of the right ring finger was reduced and "
          "fixed with two K-wires under anaesthesia. The wires were removed there after four weeks. He returned "
          "to the Netherlands in June. Since then, stiffness of the ring finger and pain when gripping knives."),
        H("Examination"),
        P("Right ring finger: PIP active range 10-60 degrees, passive 0-75; MCP full; no rotational "
          "malalignment. Scars healed."),
        H("Imaging"),
        P("X-rays of the right ring finger taken today: consolidated fracture in good alignment, no joint "
          "involvement."),
        H("Conclusion"),
        P("Stiff PIP joint right ring finger after K-wire fixation of a proximal phalanx fracture (adhesions)."),
        H("Plan"),
        P("Intensive hand therapy for 8 weeks, dynamic extension splint at night. If the range does not improve, "
          "tenolysis and capsulotomy could be considered. Follow-up in our clinic in 2 months."),
        P("Kind regards,"),
        SP(6),
        P("drs. A. Koster, plastic surgeon"),
        SMALL("cc: patient"),
    ],
    label=label(["correspondence"], "2026-09-03", "specialist", "en",
                "Dutch hospital outpatient letter written in English",
                "yes", "yes", "yes", also=["2026-09-01"],
                notes="Dutch hospital, English language; the operation (K-wire fixation) was abroad (Lisbon); "
                      "tenolysis only considered; letter date, visit date and print date differ."))

# ---------------------------------------------------------------------------------------------- ve-052
add(stem="ve-052", fmt="txt",
    text="""\
From: Oliver Grant <o.grant@mail.example>
To: intake@handkliniek-lindehof.example
Date: Mon, 19 Oct 2026 07:55:12 +0200
Subject: Request for second opinion - left wrist

Dear Sir or Madam,

My name is Oliver Grant (date of birth 7 March 1979). I am British and have
lived in Amstelveen for six years. I would like to ask whether I can come to
your clinic for a second opinion about my left wrist.

I have had pain in the wrist since a fall in 2023. I was never operated on
my wrist, but the orthopaedic surgeon I see in Amstelveen now recommends a
partial wrist fusion (four-corner fusion) because of arthritis (SLAC).

In April, while visiting my parents, I paid for an MRI at a private clinic in
London because the waiting list here was long; the report is attached. The
X-rays were made in the Netherlands.

My GP, dr. Bakker, is happy to write a referral. Could you tell me what else
you need from me?

With kind regards,
Oliver Grant
+31 6 2900 4471

Attachment: MRI_report_LWC_April2026.pdf
""",
    label=label([], "2026-10-19", "patient", "en", "patient's own e-mail asking for a second opinion",
                "yes", "no", "yes",
                notes="Patient's request, not a referral; 'never operated', fusion only recommended; MRI at a "
                      "private clinic in London counts as care in a clinic abroad; 'visiting my parents' alone "
                      "would not; RFC 2822 date line."))

# ---------------------------------------------------------------------------------------------- ve-053
add(stem="ve-053", fmt="pdf",
    opts={"size": 9.5,
          "footer": "Klinikum Aachen-Süd · Klinik für Plastische, Hand- und Wiederherstellungschirurgie · "
                    "Schurzelter Höhe 7 · 52074 Aachen · +49 241 880 0\nSeite {page}/{pages}"},
    blocks=[
        LOGO("Klinikum Aachen-Süd", "Klinik für Plastische, Hand- und Wiederherstellungschirurgie",
             addr=["Sektion Handchirurgie · Leitung: Prof. Dr. med. C. Offermann",
                   "Handsprechstunde: +49 241 880 4412"],
             color="#4a148c", mark="circle", align="right"),
        P("Frau\nAnneke Mertens\nHolleweg 22\n6291 AH Vaals\nNiederlande"),
        RIGHT("Aachen, 30.09.2026"),
        P("**Ambulanter Arztbrief** – Vorstellung in der Handsprechstunde am 28.09.2026"),
        P("Nachrichtlich: Huisartsenpraktijk Vaals, Dr. T. Jongen"),
        P("Sehr geehrte Frau Mertens,"),
        P("wie besprochen erhalten Sie einen Bericht über Ihre Vorstellung in unserer Sprechstunde."),
        H("Diagnosen"),
        P("Rhizarthrose rechts, Eaton/Littler Stadium III\nBeginnende Rhizarthrose links (klinisch)"),
        H("Anamnese"),
        P("Seit zwei Jahren zunehmende Schmerzen am rechten Daumensattelgelenk, v. a. beim Öffnen von Flaschen "
          "und beim Schreiben. Bisher Orthese und Infiltrationen durch den Orthopäden in Heerlen. Eine "
          "operative Therapie erfolgte bislang nicht."),
        H("Befund"),
        P("Positiver Grind-Test rechts, Druckschmerz CMC I, leichte Adduktionskontraktur, MCP-I-Hyperextension "
          "15°. Kraft Schlüsselgriff re. 4 kg, li. 7 kg."),
        H("Bildgebung"),
        P("Röntgen Daumensattelgelenk rechts in 2 Ebenen (28.09.2026): deutliche Gelenkspaltverschmälerung, "
          "Osteophyten > 2 mm, STT-Gelenk unauffällig."),
        H("Beurteilung und Procedere"),
        P("Bei ausgeschöpfter konservativer Therapie empfehlen wir eine Resektionsarthroplastik (Trapezektomie "
          "mit Suspensionsplastik). Alternativ wäre eine Prothese zu diskutieren. Frau Mertens wünscht vor "
          "einer Entscheidung eine Zweitmeinung in den Niederlanden, was wir ausdrücklich unterstützen."),
        P("Mit freundlichen Grüßen"),
        SP(6),
        P("Dr. med. Lena Hoffstadt, Fachärztin für Plastische und Ästhetische Chirurgie, Handchirurgie"),
    ],
    label=label(["correspondence"], "2026-09-30", "specialist", "de",
                "German outpatient Arztbrief addressed to the patient (GP in cc)",
                "yes", "no", "yes", also=["2026-09-28"],
                notes="German hospital letter to a Dutch patient (care abroad implied by the sender); 'Eine operative "
                      "Therapie erfolgte bislang nicht' is a negation; surgery only recommended; letter addressed "
                      "to the patient, GP only 'nachrichtlich'."))

# ---------------------------------------------------------------------------------------------- ve-054
add(stem="ve-054", fmt="docx",
    opts={"header": "Ev. Krankenhaus Lindenhain Kleve · Abteilung für Unfall-, Hand- und Orthopädische Chirurgie",
          "footer": "Ev. Krankenhaus Lindenhain gGmbH · Lindenallee 40 · 47533 Kleve · Tel. +49 2821 490-0\n"
                    "Seite {page} von {pages}"},
    blocks=[
        P("Frau Dr. med. U. Brenninkmeyer\nHausarztpraxis am Kavariner Tor\nKavarinerstraße 3\n47533 Kleve"),
        RIGHT("Kleve, 21.03.2025"),
        P("**Entlassungsbrief**"),
        P("Patient: Herr Klaus Terhorst, geb. 19.08.1961\nStationär vom 17.03.2025 bis 20.03.2025"),
        P("Sehr geehrte Frau Kollegin Brenninkmeyer,"),
        P("wir berichten über Ihren gemeinsamen Patienten, Herrn Terhorst, der sich zur elektiven operativen "
          "Versorgung einer Rhizarthrose rechts in unserer stationären Behandlung befand."),
        H("Diagnosen"),
        P("Rhizarthrose rechts, Stadium III nach Eaton (M18.1)\nArterielle Hypertonie"),
        H("Operationsbericht"),
        KV([["OP-Datum", "18.03.2025"], ["Operateur", "Dr. med. Hendrik Falkenberg, Oberarzt"],
            ["Assistenz", "Dr. med. Mira Janssen"], ["Anästhesie", "Intubationsnarkose"],
            ["Eingriff", "Arthrodese des Daumensattelgelenks rechts (Plattenarthrodese, Spongiosa vom distalen "
                         "Radius)"]], widths=(3.5, 13), grid=True),
        P("Bogenförmiger dorsoradialer Zugang über dem CMC-I-Gelenk unter Schonung der Äste des R. superficialis "
          "n. radialis. Kapsulotomie. Entknorpelung der Gelenkflächen von Trapezium und Metakarpale I bis auf "
          "den spongiösen Knochen. Entnahme von Spongiosa über ein kleines Fenster am distalen Radius. "
          "Einstellung der Arthrodese in 30° palmarer und 35° radialer Abduktion sowie leichter Pronation, "
          "Fixation mit einer Mini-T-Platte (4 Schrauben). Bildwandlerkontrolle: korrekte Stellung und "
          "Implantatlage. Kapselnaht, Subkutan- und Hautnaht, Daumengips."),
        H("Verlauf"),
        P("Komplikationsloser Verlauf, postoperative Röntgenkontrolle mit regelrechter Stellung. Entlassung am "
          "20.03.2025."),
        H("Procedere"),
        P("Daumengips für 6 Wochen, anschließend Röntgenkontrolle in unserer Ambulanz. Fadenzug nach 14 Tagen."),
        P("Mit freundlichen kollegialen Grüßen"),
        P("Dr. med. Hendrik Falkenberg, Oberarzt"),
    ],
    label=label(["correspondence", "operation-report"], "2025-03-21", "specialist", "de",
                "German Entlassungsbrief with embedded Operationsbericht (Word)",
                "yes", "yes", "yes",
                notes="Discharge letter with a full operation section (date, operator, description): both kinds; "
                      "German hospital abroad; old date (2025), so not recent; letterhead only in the Word header."))

# ---------------------------------------------------------------------------------------------- ve-055
add(stem="ve-055", fmt="txt",
    text="""\
Huisartsenpraktijk De Sprengen - P. Kruisinga, huisarts
Sprengenweg 3, 7314 PE Apeldoorn - tel 055-521 33 80

Datum:   26-10-2026
Aan:     Handkliniek Lindehof, intake second opinion
Betreft: dhr. M. Yildiz, geb. 05-05-1969

Geachte collega,

Aanvullend op mijn verwijzing van 12-10-2026 stuur ik u, zoals gevraagd:

 1. de uitslag van de MRSA-screening (MRSA niet aangetoond, 23-10-2026);
 2. de ontslagbrief van het ziekenhuis in Antalya, waar dhr. Yildiz in
    augustus is opgenomen en aan de strekpezen van zijn rechterhand is
    geopereerd.

Van de operatie is geen apart verslag meegegeven; in de ontslagbrief staat
een beschrijving. Beeldmateriaal is er niet in ons bezit.

Met vriendelijke groet,

P. Kruisinga, huisarts
""",
    label=label([], "2026-10-26", "gp", "nl", "GP cover note for enclosures (HIS letter, plain text)",
                "unmentioned", "yes", "yes",
                notes="Mentions are not documents: names an MRSA result, a discharge letter and an operation without "
                      "being any of them; GP's own letter is not correspondence; 'geen beeldmateriaal in ons bezit' "
                      "does not say no imaging was done."))

# ---------------------------------------------------------------------------------------------- ve-056
j56 = [
    ("15-01-2025", "S: griepvaccinatie gemist, wil alsnog. P: vaccinatie gegeven."),
    ("03-03-2025", "S: controle RR. O: 148/92. E: K86. P: amlodipine start 5 mg."),
    ("14-04-2025", "S: RR-controle. O: 136/84. E: K86 goed ingesteld. P: jaarcontrole."),
    ("22-09-2025", "S: lage rugpijn na tillen. O: geen radiculaire prikkeling. E: L03. P: uitleg, paracetamol."),
    ("10-02-2026", "S: sinds enkele maanden pijn en zwelling dorsaal pols re, zelfde plek als ganglion dat in 2011 "
                   "operatief is verwijderd (Ziekenhuis Hanzeweide). O: zwelling 1,5 cm dorsaal SL, "
                   "transilluminatie +. E: L87 recidief ganglion pols re? P: X-pols + echo."),
    ("03-03-2026", "Uitslag X-pols re (Hanzeweide): geen ossale afwijkingen, geen artrose."),
    ("07-04-2026", "Uitslag echo pols re: recidief dorsaal ganglion 16 mm, steel naar SL-interval."),
    ("14-04-2026", "S: wil ervan af, werkt als fysiotherapeut, hinder bij steunen. E: L87. P: aspiratie "
                   "besproken, pt wil dat niet. Verwijzing chirurgie Hanzeweide."),
    ("27-05-2026", "Brief specialist ontvangen: chirurgie Hanzeweide: heroperatie aangeboden, wachttijd 5 mnd. Pt "
                   "twijfelt."),
    ("09-06-2026", "S: wil second opinion in gespecialiseerde handkliniek. P: verwijzing second opinion, "
                   "patiëntoverzicht meegestuurd."),
]
rows56 = [[d, t] for d, t in j56]
add(stem="ve-056", fmt="pdf",
    opts={"size": 9.5, "top": 2.4,
          "header": "Patiëntoverzicht  -  Dhr. B. Koning  -  13-06-1973\nDatum uitdraai: 12-06-2026  -  Pagina {page} van {pages}",
          "footer": "Gezondheidscentrum Stadshagen · Werkeren 1 · 8043 LA Zwolle · 038-420 77 00 · "
                    "vertrouwelijk"},
    blocks=[
        TITLE("Patiëntoverzicht", size=13),
        H("Personalia"),
        KV([["Naam", "Koning, B. (Bas)", "Geboortedatum", "13-06-1973"],
            ["Adres", "Stadshagenallee 211, 8043 AA Zwolle", "Geslacht", "man"],
            ["BSN", "5509 11 027", "Verzekeraar", "ZorgSamen 55-2281-004"],
            ["Huisarts", "I. Dekker", "Datum uitdraai", "12-06-2026"]], grid=True, size=9),
        H("Episodes"),
        TABLE([["ICPC", "Omschrijving", "Begin", "Eind", "Attentie"],
               ["L87", "Ganglion pols rechts (recidief); z.n. ganglionextirpatie 2011", "10-02-2026", "", "ja"],
               ["K86", "Hypertensie", "03-03-2025", "", "ja"],
               ["L03", "Lage rugpijn", "22-09-2025", "30-10-2025", ""],
               ["L87", "Ganglion pols rechts, extirpatie Hanzeweide", "05-2011", "08-2011", ""],
               ["S18", "Snijwond linkerhand dig II, gehecht", "2016", "2016", ""],
               ["R81", "Pneumonie", "2019", "2019", ""]], widths=(1.3, 8.3, 2.3, 2.3, 2.3), size=9),
        H("Actuele medicatie"),
        TABLE([["Middel", "Dosering", "Voorschrijver", "Start"],
               ["amlodipine 5 mg tablet", "1dd1", "huisarts", "03-03-2025"],
               ["paracetamol 500 mg tablet", "z.n. max 3dd2", "huisarts", "22-09-2025"]], size=9),
        H("Contra-indicaties / allergieën"),
        P("Geen bekend."),
        H("Meetwaarden (laatste)"),
        TABLE([["Meting", "Waarde", "Datum"], ["RR", "136/84 mmHg", "14-04-2025"], ["Gewicht", "84 kg", "14-04-2025"],
               ["Lengte", "186 cm", "2019"], ["eGFR", "> 90 ml/min", "03-03-2025"]], size=9),
        PB(),
        H("Journaal (laatste 18 maanden)"),
        KV(rows56, widths=(2.4, 14.1), grid=True, size=9),
        SP(6),
        P("Einde patiëntoverzicht."),
    ],
    label=label(["history"], "2026-06-12", "gp", "nl", "HIS 'Patiëntoverzicht' with tables, header on every page",
                "yes", "yes", "unmentioned",
                notes="Operation 15 years ago (2011) for the same wrist problem, in an episode title and journal "
                      "line; re-operation only offered; imaging as 'Uitslag' journal lines; header with print date "
                      "repeats on every page; cut finger sutured is not an operation."))

# ---------------------------------------------------------------------------------------------- ve-057
add(stem="ve-057", fmt="docx",
    opts={"header": "MC Eemvallei · Operatieverslag · Brink, W. · 05-10-1970", "font": "Arial", "size": 10,
          "footer": "MC Eemvallei · Eemvalleilaan 12 · 3823 KM Amersfoort · pagina {page}"},
    blocks=[
        TABLE([["Operatiedatum", "14-04-2026", "Locatie", "OK-complex C, zaal 4"],
               ["Patiënt", "dhr. W. Brink, 05-10-1970", "Patiëntnummer", "7098415"]], header=False, grid=True),
        TABLE([["Rol", "Naam"], ["Operateur", "drs. H. Veldkamp, orthopedisch chirurg"],
               ["1e assistent", "dr. S. Ait Said, fellow handchirurgie"],
               ["Anesthesioloog", "dr. P. Wouters"], ["Anesthesietechniek", "Plexusblok (supraclaviculair) + sedatie"]],
              grid=True),
        H("Pre-operatieve diagnose"),
        P("CMC-1 artrose links, Eaton III, therapieresistent."),
        H("Postoperatieve diagnose"),
        P("Idem; tevens STT-artrose graad 1."),
        H("Verrichting"),
        P("Trapeziectomie links met ligamentreconstructie en peesinterpositie (LRTI, halve FCR), tijdelijke "
          "K-draad fixatie MC1-MC2 (code 038811)."),
        H("Beschrijving"),
        P("Time-out. Bloedleegte 250 mmHg. Dorsoradiale incisie. Sparen van de takken van de n. radialis "
          "superficialis. Kapsulotomie, piecemeal excisie van het trapezium. Oogsten van de radiale helft van de "
          "FCR via twee kleine incisies aan de onderarm. Boorgat door basis MC1; FCR-slip hierdoor gehaald en op "
          "zichzelf teruggehecht; rest van de pees als ansjovis in de holte. K-draad 1,2 mm van MC1 naar MC2. "
          "Doorlichting: goede positie van de K-draad, hoogte van de MC1-basis gehandhaafd. Kapselsluiting, "
          "huid intracutaan, gipsspalk."),
        H("Bloedverlies / complicaties"),
        P("Minimaal / geen."),
        H("Postoperatief beleid"),
        P("Dagopname. Gipsspalk 4 weken, K-draad eruit na 4 weken op de poli, daarna handtherapie. Paracetamol, "
          "naproxen 3 dagen."),
        SP(),
        P("Verslag: drs. H. Veldkamp – 14-04-2026 13:05"),
    ],
    label=label(["operation-report"], "2026-04-14", "specialist", "nl", "OK-verslag in Word with role table (HiX export)",
                "yes", "yes", "unmentioned",
                notes="No title line, only 'Operatieverslag' in the page header; intraoperative fluoroscopy "
                      "('Doorlichting') is the only imaging; diagnosis fields pre/post-operative."))

# ---------------------------------------------------------------------------------------------- ve-058
add(stem="ve-058", fmt="pdf",
    opts={"size": 9.5, "footer": "Ziekenhuis Hanzeweide · Neurologie / Klinische Neurofysiologie · Hanzeweidelaan 4 · "
                                 "8025 TX Zwolle\nPagina {page} van {pages}"},
    blocks=[
        LOGO("Ziekenhuis Hanzeweide", "Neurologie", color="#c62828", align="right"),
        P("Huisartsenpraktijk Bolwerk\nt.a.v. dr. E. Post, huisarts\nBolwerksweg 3\n8011 MR Zwolle"),
        KV([["Datum", "15-09-2026"], ["Betreft", "dhr. H.W. Stoltenberg, geb. 02-04-1958"],
            ["Onderzoek", "EMG/zenuwgeleidingsonderzoek armen, 10-09-2026"]], widths=(2.8, 13.7), size=9),
        P("Geachte collega,"),
        P("Uw patiënt werd door de plastisch chirurg van het IJsselkust Ziekenhuis naar ons verwezen voor een "
          "EMG wegens verdenking op een recidief carpaletunnelsyndroom rechts."),
        H("Voorgeschiedenis"),
        P("Carpaletunnelsyndroom rechts, open release 12-02-2025 (IJsselkust Ziekenhuis). DM type 2. "
          "Hypertensie."),
        H("Anamnese"),
        P("Na een aanvankelijk goed resultaat sinds eind 2025 opnieuw tintelingen van duim tot en met "
          "middelvinger rechts, nu ook overdag, en onhandigheid."),
        H("Neurologisch onderzoek"),
        P("Hypesthesie dig I-III rechts, lichte atrofie m. abductor pollicis brevis rechts, kracht MRC 4+. Links "
          "normaal. Reflexen symmetrisch."),
        H("Aanvullend onderzoek"),
        P("EMG: ernstige vertraging van de distale motorische latentie van de n. medianus rechts (6,8 ms), "
          "sensibele geleiding over de pols niet afleidbaar; denervatie in de m. abductor pollicis brevis. Links "
          "lichte afwijkingen passend bij een mild CTS. Geen aanwijzingen voor polyneuropathie of cervicale "
          "radiculopathie. Een echografie van de n. medianus is niet verricht."),
        H("Conclusie"),
        P("Ernstig (recidief of persisterend) carpaletunnelsyndroom rechts na eerdere release; mild CTS links."),
        H("Beleid"),
        P("Terug naar de plastisch chirurg voor bespreking van een revisie-release."),
        P("Met vriendelijke groet,"),
        SP(6),
        P("dr. J. Brouwer-Smit, neuroloog/klinisch neurofysioloog"),
        SMALL("cc: dr. M.A. Groeneveld, plastisch chirurg, IJsselkust Ziekenhuis"),
    ],
    label=label(["correspondence"], "2026-09-15", "specialist", "nl", "Dutch neurology consultation letter (EMG)",
                "no", "yes", "unmentioned", also=["2026-09-10"],
                notes="EMG is not imaging and the only imaging statement is a negation ('echografie ... niet "
                      "verricht'); earlier release in 'Voorgeschiedenis'; revision only to be discussed; exam date "
                      "vs letter date."))

# ---------------------------------------------------------------------------------------------- ve-059
add(stem="ve-059", fmt="txt",
    text="""\
*** VERWIJSBRIEF ***                                   Verzonden: 30-10-2026 12:48
Afzender : Huisartsenpraktijk De Vesting, J.W. Cornelissen, huisarts
           Vestingwal 18, 4561 GA Hulst   AGB 01-066542   0114-31 22 05
Ontvanger: Handkliniek Lindehof, Utrecht - second opinion handchirurgie

Patient  : mevr. N. Verstraeten        geboren 21-08-1983   BSN 2120 94 387
           Gentsevaart 9, 4565 ET Kapellebrug

VRAAGSTELLING
  Second opinion: is de in Gent voorgestelde revisie-operatie (partiele
  polsartrodese) zinvol, of zijn er alternatieven?

REDEN VAN VERWIJZING
  Chronische polspijn links bij SLAC-pols stadium 2. Onvoldoende effect van
  denervatie. Patiente wil een tweede mening in Nederland.

RELEVANTE VOORGESCHIEDENIS
  2004  scafoidfractuur links, conservatief (gips)
  2013  depressie
  2019  cholecystectomie

RECENTE BEHANDELINGEN
  01-2026  raadpleging handchirurgie AZ Vijverhof Gent, injectie pols li
  05-2026  denervatie pols links (AZ Vijverhof Gent, dagopname)
  09-2026  CT pols links (AZ Vijverhof): SLAC 2, geen pseudartrose
  10-2026  advies revisie: partiele artrodese (4-corner)

MEDICATIE
  paracetamol 1000 mg 3dd1, naproxen 500 mg zn, sertraline 50 mg 1dd1

ALLERGIEEN
  geen

BIJLAGEN
  brief AZ Vijverhof 12-10-2026, verslag CT 09-2026
""",
    label=label(["referral", "history"], "2026-10-30", "gp", "nl",
                "HIS-generated referral (plain text) with history and recent-treatment sections",
                "yes", "yes", "yes", rq=True,
                notes="Referral that carries its own history section with recent treatments (both kinds); care "
                      "abroad only implied by 'AZ Vijverhof Gent' (a Belgian hospital, country never named); "
                      "denervation is an operation, fusion only advised; cholecystectomy is another body part."))

# ---------------------------------------------------------------------------------------------- ve-060
add(stem="ve-060", fmt="pdf",
    opts={"size": 10, "footer": "Huisartsenpraktijk Statenkwartier International · Frederik Hendriklaan 88 · "
                                "2582 BZ Den Haag · +31 70 350 12 12 · AGB 01-100388"},
    blocks=[
        LOGO("Statenkwartier International", "General Practice · Huisartsenpraktijk", color="#00897b", mark="circle"),
        P("Handkliniek Lindehof\nSecond opinion hand surgery\nCatharijnesingel 210\n3511 GV Utrecht"),
        P("November 2, 2026"),
        TITLE("Referral letter", size=12),
        KV([["Patient", "Mr Arjun Nair"], ["Date of birth", "14/06/1984"], ["Address", "Sweelinckstraat 31, 2517 GX Den Haag"],
            ["BSN", "6631 04 218"], ["Insurance", "ZorgSamen Verzekeringen"]], widths=(3.5, 13)),
        P("Dear colleague,"),
        P("I am referring Mr Nair, a 42-year-old engineer, for a second opinion about his right wrist."),
        P("He underwent surgery for a scaphoid fracture (screw fixation) at a private hospital in Mumbai in "
          "2019, shortly before moving to the Netherlands. He has had intermittent radial wrist pain ever since, "
          "worse over the past six months, with reduced grip when playing cricket. He brought no operative "
          "records; he believes the screw is still in place."),
        P("An orthopaedic surgeon at a local hospital saw him in September and proposed removal of the screw "
          "and possibly a bone graft. A CT scan was requested but has not yet been done, as Mr Nair preferred to "
          "obtain an independent opinion first."),
        P("**Question:** Is there a non-union or screw problem, and is further surgery indicated? Please advise "
          "on the appropriate work-up."),
        P("Medication: none. Allergies: none known."),
        P("Kind regards,"),
        SP(6),
        P("Dr. Marieke Janssens, huisarts / general practitioner"),
    ],
    label=label(["referral"], "2026-11-02", "gp", "en", "Dutch expat GP practice referral written in English",
                "unmentioned", "yes", "yes", rq=True,
                notes="US-style date 'November 2, 2026'; surgery abroad years ago (Mumbai 2019); CT only requested, "
                      "not done (neither yes nor no); further surgery only proposed."))

# ---------------------------------------------------------------------------------------------- ve-061
add(stem="ve-061", fmt="docx",
    opts={"header": "GLOBAL EXPAT HEALTH COVER · Medical Assistance Team · Form PA-2 (pre-authorisation)",
          "footer": "Global Expat Health Cover Ltd · Claims & Authorisations · PO Box 7001 · Dublin 2 · "
                    "preauth@geh-cover.example · Page {page} of {pages}"},
    blocks=[
        TITLE("Pre-authorisation request: outpatient specialist treatment", size=13),
        P("Please complete all sections. Incomplete forms will delay the authorisation."),
        H("Section A - Member"),
        KV([["Member name", "Hannah Lindqvist"], ["Policy / member no.", "GEH-NL-204417 / 02"],
            ["Date of birth", "02/02/1992"], ["Country of residence", "Netherlands"]], grid=True, widths=(6, 10.5)),
        H("Section B - Medical information (to be completed by the treating physician)"),
        KV([["Diagnosis / symptoms", "Persistent ulnar-sided wrist pain right, suspected TFCC injury"],
            ["Date of first symptoms", "06/2026"],
            ["Investigations performed (type, date)", "X-ray right wrist 09/10/2026 (Ziekenhuis Rijnstroom): normal"],
            ["Previous surgery on the affected area?", "[ ] Yes   [X] No"],
            ["Treatment received outside the country of residence for this condition?", "[ ] Yes   [X] No"],
            ["Treatment requested", "Second opinion consultation, hand surgery (Handkliniek Lindehof, Utrecht); "
                                    "MRI if advised"],
            ["Estimated costs", "EUR 450 (consultation), EUR 650 (MRI)"]], grid=True, widths=(6, 10.5)),
        H("Section C - Declaration"),
        P("I declare that the information given is correct and complete. I authorise the insurer to obtain "
          "medical information from the physicians involved."),
        KV([["Member signature / date", "H. Lindqvist    25/10/2026"],
            ["Physician name / stamp / date", "A. Gerritsen, huisarts, Arnhem    24/10/2026"]], grid=True, widths=(6, 10.5)),
    ],
    label=label([], "2026-10-25", "other", "en", "international health insurer pre-authorisation form (checkboxes)",
                "yes", "no", "no", also=["2026-10-24"],
                notes="Insurance form: no document kind even though it names a referral-like request; answers are "
                      "in checkbox fields ('[X] No'); two signature dates; MRI only 'if advised'."))

# ---------------------------------------------------------------------------------------------- ve-062
add(stem="ve-062", fmt="txt",
    text="""\
Von:      Jürgen Althoff <j.althoff@mail.example>
Gesendet: Montag, 9. November 2026 08:17
An:       info@handkliniek-lindehof.example
Betreff:  Anfrage Zweitmeinung Handgelenk links

Sehr geehrte Damen und Herren,

ich wohne in Gronau direkt an der Grenze und arbeite in Enschede. Seit
einem Sturz beim Radfahren im Juni habe ich Schmerzen im linken
Handgelenk. Die Röntgenbilder wurden im Krankenhaus in Gronau gemacht,
dort wurde mir eine Schiene gegeben; ein Bruch wurde nicht gesehen.

Der Orthopäde dort möchte jetzt eine Handgelenksspiegelung machen. Ich
wurde bisher nicht operiert und möchte vorher gerne eine zweite Meinung
hören. Mein Bruder hatte vor zwei Jahren die gleiche OP und war danach
lange krank.

Brauche ich eine Überweisung von meinem Hausarzt in Deutschland, oder
reicht eine von meinem Betriebsarzt in den Niederlanden?

Mit freundlichen Grüßen
Jürgen Althoff
geb. 03.05.1977
Tel. +49 2562 91 22 40
""",
    label=label([], "2026-11-09", "patient", "de", "patient's own e-mail in German",
                "yes", "no", "yes",
                notes="Patient's request, not a referral; care abroad implied only by 'Krankenhaus in Gronau' "
                      "(Germany); 'bisher nicht operiert'; the brother's operation and the planned arthroscopy do "
                      "not count."))

# ---------------------------------------------------------------------------------------------- ve-063
add(stem="ve-063", fmt="pdf",
    opts={"size": 10.5, "footer": "Huisartsenpraktijk De Linde · Amersfoortseweg 14 · 3941 EP Doorn · "
                                  "0343-41 20 88 · spoed 0343-41 20 80"},
    blocks=[
        LOGO("Huisartsenpraktijk De Linde", "A.M. Vreeswijk · K. Oudshoorn", color="#33691e", mark="triangle",
             image=True),
        P("Handkliniek Lindehof\nt.a.v. de dienstdoende handchirurg\nCatharijnesingel 210\n3511 GV Utrecht"),
        P("Doorn, 4.11.2026"),
        P("Betreft: dhr. F. Olthof, geb. 28-02-1966, Amersfoortseweg 2A, 3941 EP Doorn"),
        P("Geachte collega,"),
        P("Graag verwijs ik de heer Olthof, 60 jaar, hovenier, naar u met polsklachten rechts."),
        P("Sinds een val van een ladder in augustus, tijdens een vakantie in de Ardèche (Frankrijk), heeft hij "
          "pijn aan de rugzijde van de rechterpols, vooral bij het steunen en bij het snoeien. Hij is daar niet "
          "naar een arts of ziekenhuis gegaan. Bij onderzoek vind ik drukpijn over het scafolunaire interval en een "
          "pijnlijke Watson-test. Er zijn nog geen foto's gemaakt; ik wil de diagnostiek graag aan u overlaten."),
        P("De heer Olthof is nooit aan de pols geopereerd. Zijn vader is op latere leeftijd aan beide polsen "
          "geopereerd wegens artrose en hij maakt zich daarom zorgen."),
        P("Mijn vraag is of er sprake is van een scafolunair letsel en welke diagnostiek en behandeling u "
          "zinvol acht."),
        P("Voorgeschiedenis: hypertensie, jicht (2021). Medicatie: losartan 50 mg 1dd1, colchicine zo nodig."),
        P("Met vriendelijke groet,"),
        SP(8),
        P("A.M. Vreeswijk, huisarts"),
    ],
    label=label(["referral"], "2026-11-04", "gp", "nl", "GP referral letter with image letterhead (PDF)",
                "no", "no", "no", rq=True,
                notes="Date as 'Doorn, 4.11.2026'; practice name only as image; 'nog geen foto's gemaakt' and 'nooit "
                      "aan de pols geopereerd' are negations; the injury happened on holiday in France but 'niet naar "
                      "een arts of ziekenhuis gegaan'; father's operations do not count; one-line "
                      "'Voorgeschiedenis' without recent treatments is not a history section."))

# ---------------------------------------------------------------------------------------------- ve-064
add(stem="ve-064", fmt="txt",
    text="""\
MILLBROOK SURGERY                                         SUMMARY PRINT
14 Abbey Lane, Bristol BS7 9QD                            Printed: 04-Aug-2026 10:31
                                                          By: J. Carter (Admin)
-------------------------------------------------------------------------------------
Name:  VANDERMEER, Claire (Mrs)      DOB: 14-Feb-1982     NHS No: 401 023 2137
Usual GP: Dr S Pemberton             Registered: 03-Sep-2015
Address: 22 Cotham Grove, Bristol BS6 6AN
-------------------------------------------------------------------------------------
ACTIVE PROBLEMS
  23-Jun-2026  De Quervain's tenosynovitis - right
               Release of first dorsal compartment (St Aldhelm's Hospital, Wexmoor)
  31-Jul-2026  Referral to hand surgery, Handkliniek Lindehof (NL) - second opinion

SIGNIFICANT PAST PROBLEMS
  14-Mar-2019  Caesarean section
  2008         Asthma (childhood), inactive

MINOR PAST PROBLEMS
  11-Nov-2021  Sprained ankle, left

INVESTIGATIONS
  28-May-2026  Plain X-ray of wrist, right: no bony abnormality (Wexmoor)
  28-May-2026  Plain X-ray of thumb, right: no CMC arthritis (Wexmoor)
  12-Jan-2026  Full blood count: normal

CONSULTATIONS (last 6 months)
  18-Feb-2026  Dr S Pemberton  Surgery consultation
               History: 6/52 pain radial side R wrist, lifting toddler
               Examination: Finkelstein positive
               Plan: thumb splint, ibuprofen, review 4/52
  24-Mar-2026  Dr A Hughes  Surgery consultation
               History: no better
               Plan: referral T&O hand clinic
  02-Jun-2026  Letter from outpatients: T&O hand clinic, steroid injection 28/05
  23-Jun-2026  Discharge summary: day case, release first dorsal compartment R
  24-Jul-2026  Letter: hand therapy discharge report
  31-Jul-2026  Dr S Pemberton  Letter to Handkliniek Lindehof (NL)

CURRENT MEDICATION
  Co-codamol 8mg/500mg tablets, 2 QDS PRN (issued 23-Jun-2026)
  Salbutamol 100micrograms/dose inhaler, 2 puffs PRN

ALLERGIES
  No known drug allergies
-------------------------------------------------------------------------------------
Note: patient emigrating to the Netherlands 10-Aug-2026 - records to be transferred on request
""",
    label=label(["history"], "2026-08-04", "gp", "en", "UK GP record summary print (EMIS-like, plain text)",
                "yes", "yes", "yes",
                notes="English GP summary with dd-Mon-yyyy dates; care abroad only implied by UK hospital and "
                      "practice; the operation is a problem-list entry; caesarean and ankle sprain are other body "
                      "parts; emigration note is not care."))
