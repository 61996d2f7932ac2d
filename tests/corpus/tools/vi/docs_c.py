# vi-033 .. vi-048   (all persons, numbers and addresses invented)
from common import L, P, pdf, docx, txt, CLINIC_NL

DOCS = []
add = DOCS.append

# vi-033 German physiotherapy report (TXT), patient E
PHYSIO_033 = """
Praxis für Physiotherapie & Handtherapie am Stadtgarten
Inh. Birgit Leuchtenberg - Ostwall 112 - 47798 Krefeld - Tel. 02151 / 60 44 19

An
Helios Klinikum Krefeld
Klinik für Plastische, Hand- und Ästhetische Chirurgie
z. Hd. Frau Dr. med. J. Wendt

nachrichtlich: Huisartsenpraktijk Blerick, Venlo (NL)

Krefeld, den 10.06.2026

THERAPIEBERICHT

Patientin:   Katrin Hoffmann, geb. 07.12.1966
Verordnung:  KG 2x wöchentlich, MT; Verordnung vom 28.04.2026 (Klinikum Krefeld)
Diagnose:    Z.n. ORIF distale Radiusfraktur rechts (OP am 14.04.2026 im Helios Klinikum Krefeld)
Zeitraum:    29.04.2026 - 09.06.2026, 10 Behandlungen

Sehr geehrte Frau Dr. Wendt,

Frau Hoffmann kam zu Beginn mit deutlicher Schwellung und Bewegungseinschränkung des rechten
Handgelenks. Unter Lymphdrainage, manueller Therapie, Narbenbehandlung und aktivem Üben verbesserte
sich die Beweglichkeit auf Extension/Flexion 50-0-45°, Pro-/Supination 75-0-65°. Die Griffkraft
(Jamar Stufe 2) liegt bei 14 kg rechts gegenüber 27 kg links.

Die Patientin gibt seit etwa zwei Wochen nächtliches Kribbeln im Daumen und Zeigefinger an. Wir bitten
um Abklärung bei der nächsten Kontrolle und empfehlen eine Folgeverordnung (10x KG/MT).

Mit freundlichen Grüßen

B. Leuchtenberg
Physiotherapeutin, zert. Handtherapeutin (AFH)
"""

add(txt("vi-033",
    L([], "2026-06-10", "other", "de", "German physiotherapy report (Therapiebericht)",
      "unmentioned", "yes", "yes",
      "Physiotherapy report: none of the kinds. Addressed to a German hospital with a copy to the Dutch GP. "
      "States the operation in a German hospital. Several dates (prescription, treatment period, operation) "
      "next to the letter date 'Krefeld, den 10.06.2026'."),
    PHYSIO_033))


# vi-034 UK discharge summary (PDF), patient S: Mrs Margaret Ellison (lives in Zierikzee)
add(pdf("vi-034",
    L(["correspondence"], "2026-08-05", "specialist", "en", "UK NHS discharge summary (table sections)",
      "yes", "yes", "yes",
      "Admission in a UK hospital (abroad) with ORIF. The 'Procedures' row gives only date and name of the "
      "operation, no operator or description: correspondence, not an operation report. Asks the Dutch GP to "
      "arrange MRSA screening before elective surgery (a plan). Dates in dd/mm/yyyy; admission 02/08/2026, "
      "discharge and letter 05/08/2026."),
    blocks=[
        ("lh2", ["Royal Devon University Healthcare", "NHS Foundation Trust", "Barrack Road, Exeter EX2 5DW"],
                ["DISCHARGE SUMMARY", "Trauma & Orthopaedics", "Ward: Otter"]),
        ("rule",),
        ("table", [["Patient", "DOB", "NHS / Hospital no", "Admitted", "Discharged"],
                   ["Mrs Margaret ELLISON", "23/05/1954", "Overseas visitor / RD 9917734", "02/08/2026",
                    "05/08/2026"]], [45, 25, 45, 25, 25]),
        ("kv", [("GP", "Dr E. van Dijk, Huisartsenpraktijk Zierikzee, Poststraat 30, 4301 AC Zierikzee, "
                       "the Netherlands"),
                ("Consultant", "Mr Oliver Penhaligon, Consultant Orthopaedic Surgeon"),
                ("Date of letter", "05/08/2026")], {"label_w_mm": 32}),
        ("table", [["Section", "Details"],
                   ["Presenting complaint", "Fall on outstretched left hand while visiting family in Exeter."],
                   ["Diagnosis", "Displaced intra-articular fracture of the left distal radius."],
                   ["Procedures", "03/08/2026 ORIF left distal radius (volar locking plate)"],
                   ["Investigations", "X-ray left wrist 02/08/2026; CT left wrist 02/08/2026; post-op X-ray "
                                      "03/08/2026: satisfactory position."],
                   ["Clinical course", "Uncomplicated. Neurovascularly intact. Mobilised independently."],
                   ["Medication on discharge", "Paracetamol 1 g QDS PRN; codeine 30 mg QDS PRN 5 days; "
                                               "amlodipine 5 mg OD (usual)"],
                   ["Allergies", "Penicillin - rash"]], [45, 125]),
        ("h2", "Actions for GP / follow-up"),
        ("p", "Mrs Ellison lives in the Netherlands and will travel home on 07/08/2026. Please arrange fracture "
              "clinic follow-up locally at 2 weeks (wound check, removal of backslab) and physiotherapy. As she "
              "has been an inpatient in a UK hospital, MRSA screening will be required before any elective "
              "surgery in the Netherlands. Images have been provided on CD."),
        ("p", "Completed by: Dr Amira Haddad, FY2, on behalf of Mr O. Penhaligon"),
    ],
    opts={"size": 9.5, "footer": ["Royal Devon University Healthcare NHS Foundation Trust - Discharge Summary - "
                                  "Page {page} of {pages}"]},
    meta={"title": "Discharge Summary", "creator": "Epic"}))


# vi-035 Professionele samenvatting (PDF, multi-page), patient F: dhr. Pieter de Boer, Groningen
EPISODES_035 = [["ICPC", "Omschrijving", "Begin", "Einde"],
                ["K86", "Hypertensie zonder orgaanbeschadiging", "04-2011", ""],
                ["T90.02", "Diabetes mellitus type 2", "09-2015", ""],
                ["N93", "Carpaletunnelsyndroom rechts", "10-2023", ""],
                ["N93", "Carpaletunnelsyndroom links", "02-2025", "06-2025"],
                ["L84", "Lage rugpijn met uitstraling", "03-2019", "08-2019"],
                ["D12", "Obstipatie", "11-2024", "12-2024"]]

JOURNAL_035 = """
09-10-2023 N93  S: 3 mnd tintelingen dig 1-3 re, 's nachts wakker. O: Tinel+, Phalen+ re, geen atrofie.
                E: CTS re. P: nachtspalk, uitleg.
12-12-2023 N93  S: spalk helpt onvoldoende. P: injectie triamcinolon 10 mg carpale tunnel re.
22-02-2024 N93  S: 6 wk verbetering, nu terug. O: lichte thenaratrofie re.
                P: verwijzing plastische chirurgie Martini Ziekenhuis.
18-04-2024 N93  Brief specialist: CTS re, operatie-indicatie, op wachtlijst.
21-05-2024 N93  Bericht ziekenhuis: open carpaletunnelrelease re (Martini Ziekenhuis, drs. Postma).
03-06-2024 N93  O: wond rustig, hechtingen verwijderd. Tintelingen 's nachts weg.
02-02-2025 N93  S: nu tintelingen links. P: nachtspalk links.
16-06-2025 N93  S: links klachtenvrij. Episode links afgesloten.
14-10-2025 N93  S: sinds zomer weer tintelingen dig 1-3 RECHTS, krachtverlies, laat dingen vallen.
                O: Tinel+ over litteken, 2-puntsdiscriminatie dig 2 re 8 mm, thenaratrofie.
                E: recidief/persisterend CTS re na CTR. P: verwijzing neurologie voor EMG.
10-02-2026 N93  Brief specialist (neurologie Martini): EMG ernstig CTS re. Advies handchirurg.
02-03-2026 N93  Tel: pt wil eerst afwachten i.v.m. mantelzorg. Samenvatting gemaakt op verzoek pt.
"""

add(pdf("vi-035",
    L(["history"], "2026-03-02", "gp", "nl", "HIS 'Professionele Samenvatting' print (multi-page, tables)",
      "unmentioned", "yes", "unmentioned",
      "Standard 'Professionele Samenvatting' with episode table, medication table, measurements and a "
      "journal extract; repeated header and page numbers. Dated 02-03-2026: a history document, but about "
      "9 months old by the time of the referral (not recent). EMG is not imaging. Mentions the 2024 carpal "
      "tunnel release and a neurology letter."),
    blocks=[
        ("lh2", ["Professionele Samenvatting", "Huisartsenpraktijk Helpman", "Verlengde Hereweg 161, 9721 AN Groningen"],
                ["Datum aanmaak: 02-03-2026", "Aangemaakt door: W. Schuiling, huisarts", "AGB 01045520"]),
        ("rule",),
        ("kv", [("Patiënt", "Dhr. P. (Pieter) de Boer"), ("Geboortedatum", "18-01-1958"), ("BSN", "1570 44 281"),
                ("Adres", "Helperzoom 77, 9722 BB Groningen"), ("Verzekeraar", "Menzis")], {"label_w_mm": 35}),
        ("h2", "Actuele problemen en relevante episodes"),
        ("table", EPISODES_035, [22, 90, 25, 25]),
        ("h2", "Medicatie (actueel)"),
        ("table", [["Middel", "Dosering", "Start"],
                   ["Metformine 850 mg", "2 dd 1", "09-2015"],
                   ["Lisinopril 10 mg", "1 dd 1", "04-2011"],
                   ["Simvastatine 40 mg", "1 dd 1 's avonds", "09-2015"],
                   ["Paracetamol 500 mg", "zo nodig max 6 dd 1", "10-2023"]], [70, 60, 40]),
        ("h2", "Allergieën en intoleranties"),
        ("p", "Pleisterallergie (contacteczeem), 2012."),
        ("h2", "Meetwaarden (laatste)"),
        ("table", [["Bepaling", "Waarde", "Datum"],
                   ["RR", "142/86 mmHg", "11-11-2025"], ["HbA1c", "54 mmol/mol", "11-11-2025"],
                   ["BMI", "29,1 kg/m2", "11-11-2025"], ["eGFR", "71 ml/min/1,73m2", "11-11-2025"]], [60, 60, 50]),
        ("h2", "Journaal (relevante regels, laatste 3 jaar)"),
        ("pre", JOURNAL_035.strip("\n"), {"size": 7.3}),
        ("h2", "Sociale anamnese"),
        ("p", "Gehuwd, gepensioneerd timmerman, rechtshandig. Mantelzorger voor echtgenote. Niet-roker, "
              "alcohol 1-2 E/dag."),
        ("small", "Deze samenvatting bevat de gegevens zoals vastgelegd in het HIS op de datum van aanmaak."),
    ],
    opts={"size": 9.5, "header": ["Professionele Samenvatting - De Boer, P. - 18-01-1958 - aangemaakt 02-03-2026"],
          "footer": ["Huisartsenpraktijk Helpman - vertrouwelijk"], "pageno": "Pagina {page} van {pages}",
          "margin_bottom": 24},
    meta={"title": "Professionele Samenvatting", "creator": "Promedico-VDF"}))


# vi-036 neurology letter with EMG (PDF), patient F
add(pdf("vi-036",
    L(["correspondence"], "2026-02-10", "specialist", "nl", "neurology outpatient letter with EMG result (HiX)",
      "no", "yes", "unmentioned",
      "Specialist letter from neurology: EMG result (not imaging). 'Een echografie van de n. medianus is niet "
      "verricht' = imaging no. Operation (CTR 2024) in the history. Advice to refer to a hand surgeon is a "
      "plan. Title line 'Uitslag EMG' could suggest a lab/test report."),
    blocks=[
        ("lh", ["Martini Ziekenhuis", "Neurologie en Klinische Neurofysiologie",
                "Van Swietenplein 1, 9728 NT Groningen  |  050-524 52 45"], "left"),
        ("addr_meta", ["De weledelgeleerde heer W. Schuiling, huisarts", "Huisartsenpraktijk Helpman",
                       "Verlengde Hereweg 161", "9721 AN  GRONINGEN"],
         [("Datum", "10-02-2026"), ("Kenmerk", "NEU/KNF/26-0210"), ("Patiëntnr", "M-0422981")]),
        ("p", "Betreft: dhr. P. de Boer, geb. 18-01-1958  -  Uitslag EMG"),
        ("p", "Geachte collega,"),
        ("p", "Op uw verzoek zagen wij uw patiënt op 10-02-2026 voor een EMG in verband met recidiverende "
              "tintelingen van de rechterhand."),
        ("h2", "Voorgeschiedenis"),
        ("p", "Open carpaletunnelrelease rechts mei 2024 (Martini Ziekenhuis, plastische chirurgie). DM type 2, "
              "hypertensie."),
        ("h2", "Anamnese en onderzoek"),
        ("p", "Na de operatie een half jaar klachtenvrij, sinds de zomer van 2025 weer nachtelijke tintelingen "
              "en krachtsverlies. Thenaratrofie rechts, zwakte m. abductor pollicis brevis MRC 4. Sensibiliteit "
              "verminderd in het medianusgebied. Reflexen symmetrisch."),
        ("h2", "EMG"),
        ("p", "Sterk verlengde distale motorische latentie van de n. medianus rechts (7,2 ms) met verlaagde "
              "CMAP-amplitude; sensibele geleiding dig. II rechts niet op te wekken. Denervatieactiviteit in de "
              "m. abductor pollicis brevis rechts. Links licht verlengde latentie. Geen aanwijzingen voor "
              "polyneuropathie of cervicale radiculopathie. Een echografie van de n. medianus is niet verricht."),
        ("h2", "Conclusie"),
        ("p", "Ernstig carpaletunnelsyndroom rechts, passend bij een persisterend of recidief CTS na release."),
        ("h2", "Advies"),
        ("p", "Wij adviseren verwijzing naar een handchirurg ter beoordeling van een heroperatie. Wij hebben "
              "geen vervolgafspraak gemaakt."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["dr. W. Kramer, neuroloog"], {"gap_mm": 8}),
    ],
    opts={"size": 10, "footer": ["Martini Ziekenhuis - Neurologie - Dit is een elektronisch geautoriseerde brief"],
          "pageno": "{page}/{pages}"},
    meta={"title": "Brief neurologie", "creator": "HiX"}))


# vi-037 OK-verslag as a Word table, patient F
add(docx("vi-037",
    L(["operation-report"], "2024-05-21", "specialist", "nl", "operation report as Word grid table",
      "unmentioned", "yes", "unmentioned",
      "Whole report is one bordered table (label column shaded), no letter structure. WALANT anaesthesia, "
      "no tourniquet. Wound check by GP is a plan. Old (2024) but operation reports never expire."),
    [
        ("lh", ["Martini Ziekenhuis Groningen", "Plastische Chirurgie - Dagbehandeling"], "left", {"big": False}),
        ("h1", "OK-verslag", {"size": 13}),
        ("kvgrid", [("Patiënt", "De Boer, P.  (M)  18-01-1958  M-0422981"),
                    ("Datum", "21-05-2024"),
                    ("Operateur", "drs. E. Postma, plastisch chirurg"),
                    ("Assistentie", "L. Dijkstra, OK-assistent"),
                    ("Anesthesie", "WALANT (lidocaïne 1% met adrenaline, 15 ml), geen bloedleegte"),
                    ("Pre-operatieve diagnose", "Carpaletunnelsyndroom rechts, EMG niet verricht, klinisch evident "
                                               "met thenaratrofie"),
                    ("Ingreep", "Open carpaletunnelrelease rechts"),
                    ("Beschrijving", "Time-out. Longitudinale incisie van 3 cm in de handpalm in het verlengde "
                                     "van de radiale zijde van dig. IV. Palmaire fascie gekliefd. Ligamentum "
                                     "carpi transversum over de volle lengte gekliefd onder zicht van de n. "
                                     "medianus; distaal tot het vetkussen van de arcus palmaris superficialis, "
                                     "proximaal tot voorbij de polsplooi. N. medianus duidelijk ingesnoerd en "
                                     "hyperemisch; ramus motoricus intact. Geen tenosynovitis. Hemostase. Huid "
                                     "gesloten met Ethilon 4-0 (Donati). Drukverband."),
                    ("Bevindingen", "Ernstige compressie n. medianus met zandlopervormige insnoering"),
                    ("Complicaties", "Geen"),
                    ("Nabehandeling", "Drukverband 2 dagen, hand hoog houden, vingers bewegen. Hechtingen "
                                      "verwijderen bij huisarts na 10-14 dagen. Geen standaard poli-controle."),
                    ("Ondertekend", "E. Postma, 21-05-2024 12:48")],
         {"widths_mm": (48, 117)}),
    ],
    {"font": "Calibri", "size": 10, "footer": ["Martini Ziekenhuis - OK-verslag - Pagina {PAGE} van {NUMPAGES}"],
     "meta": {"title": "OK-verslag", "author": "HiX"}}))


# vi-038 Zorgdomein referral WITHOUT question (PDF), referral + history, patient F
add(pdf("vi-038",
    L(["referral", "history"], "2026-11-20", "gp", "nl", "zorgdomein print with grey label column (treatment request)",
      "unmentioned", "yes", "unmentioned",
      "Referral 'for treatment' only: 'Vraagstelling' is empty ('-') and the reason asks for a re-operation; "
      "no second-opinion question, so referral_question = false. Has both 'Relevante voorgeschiedenis' and "
      "'Recente behandelingen' (EMG, night splint), so it doubles as a history letter. EMG is not imaging. "
      "Print footer date 23-11-2026.",
      rq=False),
    blocks=[
        ("lh2", ["Verwijzing", "ZorgDomein"], ["Handchirurgie - behandeling", "ZD 6630-0178-2241"]),
        ("kvgrid", [("Datum verwijzing", "20-11-2026"),
                    ("Verwijzer", "W. Schuiling, huisarts, Huisartsenpraktijk Helpman, Groningen - AGB 01045520"),
                    ("Zorgaanbieder", "Handkliniek Zuid - locatie Groningen"),
                    ("Patiënt", "Dhr. P. de Boer, Helperzoom 77, 9722 BB Groningen"),
                    ("Geboortedatum", "18-01-1958"),
                    ("Verzekeraar", "Menzis, 2017 44 190"),
                    ("Reden van verwijzing", "Recidief carpaletunnelsyndroom rechts na open release (21-05-2024). "
                                             "EMG 10-02-2026 ernstig CTS rechts. Graag behandeling / heroperatie."),
                    ("Vraagstelling", "-"),
                    ("Relevante voorgeschiedenis", "Hypertensie (2011), DM type 2 (2015), open CTR rechts 05-2024, "
                                                   "CTS links 2025 (conservatief hersteld)"),
                    ("Recente behandelingen", "10-02-2026 EMG Martini Ziekenhuis: ernstig CTS re\n"
                                              "03-2026 t/m 06-2026 nachtspalk rechts: geen effect"),
                    ("Medicatie", "Metformine 850 mg 2dd, lisinopril 10 mg 1dd, simvastatine 40 mg 1dd"),
                    ("Allergieën", "Pleisters (contacteczeem)")],
         {"widths_mm": (48, 122)}),
    ],
    opts={"size": 9.5, "footer": ["Geprint 23-11-2026 08:05 - ZorgDomein"], "pageno": "1"},
    meta={"title": "Verwijzing", "creator": "ZorgDomein"}))


# vi-039 appointment letter (PDF, English), patient D
add(pdf("vi-039",
    L([], "2026-11-12", "other", "en", "hospital appointment confirmation (English)",
      "unmentioned", "unmentioned", "unmentioned",
      "Appointment letter for a FUTURE MR arthrogram (3 December 2026): imaging is planned, not done. "
      "Letter date 12 November 2026; other dates are the appointment and a cancellation deadline. None of "
      "the kinds."),
    blocks=[
        ("logo", "AZ"),
        ("lh", ["Amstelland Ziekenhuis", "Radiology Department / Afdeling Radiologie",
                "Laan van de Helende Meesters 8, 1186 AM Amstelveen"], "right"),
        ("addr", ["Mr J. Whitfield", "Startbaan 16", "1185 XR  AMSTELVEEN"]),
        ("kv", [("Date", "12 November 2026"), ("Patient number", "AZ-1104478"),
                ("Date of birth", "11-04-1979")], {"label_w_mm": 35}),
        ("h1", "Appointment confirmation", {"size": 13}),
        ("p", "Dear Mr Whitfield,"),
        ("p", "We confirm the following appointment, requested by your GP, Dr F. Hartley:"),
        ("kv", [("Examination", "MR arthrography of the right wrist (injection + MRI)"),
                ("Date and time", "Thursday 3 December 2026, 08:45 (please report at 08:30)"),
                ("Location", "Radiology, route 12, ground floor"),
                ("Duration", "about 75 minutes")], {"label_w_mm": 35}),
        ("h2", "Preparation"),
        ("p", "You do not need to fast. Please tell us in advance if you use blood thinners, are allergic to "
              "contrast agents, or have a pacemaker or other implant. Do not drive yourself home."),
        ("p", "If you cannot attend, please let us know before 1 December 2026 via 020-755 61 10."),
        ("p", "Kind regards,"),
        ("p", "Appointments office, Radiology"),
    ],
    opts={"size": 10, "footer": ["Amstelland Ziekenhuis - www.amstellandziekenhuis.nl"]},
    meta={"title": "Afspraakbevestiging", "creator": "HiX"}))


# ------------------------------------------------------------------------------------------
# Patient G (continued): GP summary with negations, cp1252 + CRLF
# ------------------------------------------------------------------------------------------
SUMM_040 = """
MEDISCHE SAMENVATTING (HUISARTS)
================================
Praktijk    : Huisartsenpraktijk Het Bolwerk, Bolwerksweg 30, 8011 KH Zwolle
Opgesteld   : 27-10-2026 door A. de Wit, huisarts
Bestemd voor: Handkliniek Zuid, Amsterdam (bij verwijzing d.d. 27-10-2026)

Patiënt     : mevr. A.C. Jansen
Geb.datum   : 30-07-1962          Geslacht: V
Adres       : Van Karnebeekstraat 41, 8011 JP Zwolle

ACTUELE PROBLEMEN
- L87.03 Ziekte van Dupuytren links (dig. IV en V), sinds 11-2024
- T90.02 Diabetes mellitus type 2, sinds 2015

VOORGESCHIEDENIS
- 1998 appendectomie (Isala, toen Sophia Ziekenhuis)
- 2004 sectio caesarea
- 2019 frozen shoulder links, fysiotherapie, hersteld
- Nooit geopereerd aan handen of polsen.

RECENTE CONTACTEN / BEHANDELINGEN BETREFFENDE DE HAND
- 14-11-2024 eerste consult: knobbel handpalm links, geen contractuur. Uitleg, afwachten.
- 03-04-2026 toename strengvorming dig. V, PIP-extensiebeperking circa 20 graden.
- 11-06-2026 consult plastische chirurgie Isala (brief ontvangen 20-06-2026): expectatief beleid.
- 22-10-2026 PIP-extensiebeperking dig. V circa 30 graden, tafeltop-test positief.
- Geen beeldvorming van de handen verricht.
- Geen behandeling in het buitenland; geen ziekenhuisopnamen in de afgelopen 10 jaar.

MEDICATIE
- Metformine 500 mg 2 dd 1

ALLERGIEËN / INTOLERANTIES
- Geen bekend

SOCIALE ANAMNESE
- Gehuwd, 2 kinderen. Werkt als tandartsassistente (fijne motoriek!). Niet-roker.

================================
Einde samenvatting
"""

add(txt("vi-040",
    L(["history"], "2026-10-27", "gp", "nl", "GP summary letter as plain text (windows-1252, CRLF)",
      "no", "no", "no",
      "Encoded windows-1252 with CRLF (ë/Ë bytes are not UTF-8). Explicit negations: never operated on hands "
      "or wrists (appendectomy/caesarean are other body parts), no imaging of the hands, no treatment abroad. "
      "Lists recent treatments, so it is a recent history letter. Mentions a specialist letter that is not "
      "in this file."),
    SUMM_040, encoding="cp1252", newline="\r\n"))


# vi-041 consent / authorisation form (PDF), patient G
add(pdf("vi-041",
    L([], "2026-10-30", "patient", "nl", "clinic consent form (machtiging) filled in and signed by patient",
      "unmentioned", "unmentioned", "unmentioned",
      "Consent to request records: none of the kinds. Checkboxes for letters, operation reports and imaging "
      "are a list of what may be requested, not statements that they exist ('[ ] operatieverslagen' is "
      "unticked). Signature date 30-10-2026, birth date above it."),
    blocks=[
        ("lh", ["Handkliniek Zuid", "Second Opinion Hand & Pols", "Postbus 75123, 1070 AC Amsterdam"], "center"),
        ("h1", "Toestemmingsformulier opvragen medische gegevens (machtiging)", {"center": True, "size": 12}),
        ("kv", [("Naam patiënt", "A.C. Jansen"), ("Geboortedatum", "30-07-1962"),
                ("Adres", "Van Karnebeekstraat 41, 8011 JP Zwolle"), ("Telefoon", "06-2234 9071")],
         {"label_w_mm": 40, "colon": True}),
        ("p", "Hierbij geef ik Handkliniek Zuid toestemming om de volgende gegevens over mijn behandeling op te "
              "vragen bij de hieronder genoemde zorgverlener(s):"),
        ("kv", [("Zorgverlener 1", "Isala, Zwolle - afdeling Plastische chirurgie"),
                ("Zorgverlener 2", "Huisartsenpraktijk Het Bolwerk, Zwolle")], {"label_w_mm": 40}),
        ("pre", "[X] poliklinische brieven / ontslagbrieven\n"
                "[ ] operatieverslagen\n"
                "[ ] verslagen beeldvorming (röntgen, echo, MRI, CT)\n"
                "[ ] beelden op CD / via uitwisselportaal\n"
                "[X] samenvatting huisarts / medicatieoverzicht", {"size": 10}),
        ("p", "Deze toestemming is geldig tot één jaar na ondertekening en kan op elk moment worden ingetrokken."),
        ("kv", [("Plaats en datum", "Zwolle, 30-10-2026"), ("Handtekening", "A.C. Jansen")], {"label_w_mm": 40}),
        ("small", "Formulier SO-04 versie 3 (2025). Stuur het ondertekende formulier retour aan de intake."),
    ],
    opts={"size": 10, "footer": ["Handkliniek Zuid - formulier SO-04"], "scan_look": True},
    meta={"title": "scan_20261030_1412", "creator": "HP Scan"}))


# ------------------------------------------------------------------------------------------
# Patient H: dhr. Koen Claes, Knokke-Heist (BE). Fracture base MC V, K-wires in AZ Zeno.
# vi-042 merged PDF (Belgian hospital bundle)
# ------------------------------------------------------------------------------------------
BE_HDR = ["AZ Zeno - Kalvekeetdijk 260 - 8300 Knokke-Heist - tel. +32 50 55 00 00"]
add(pdf("vi-042",
    L(["imaging-report", "operation-report", "correspondence"], None, "specialist", "nl",
      "merged PDF: Belgian hospital bundle (RX verslag + operatieverslag + raadplegingsverslag)",
      "yes", "yes", "yes",
      "Flemish documents in one PDF: 'Dienst Medische Beeldvorming', 'Besluit' for conclusion, '°' before "
      "the birth date, dates with slashes, +32 phone, 4-digit postcodes. Patient lives in Belgium and was "
      "treated and operated there (abroad from the Dutch clinic's view). K-wire removal in the consultation "
      "letter is a second, minor procedure.",
      parts=[P(["imaging-report"], "2026-05-05", "radiologist"),
             P(["operation-report"], "2026-05-06", "specialist"),
             P(["correspondence"], "2026-05-28", "specialist")]),
    parts=[
        {"opts": {"size": 9.5, "footer": BE_HDR},
         "blocks": [
            ("lh", ["AZ Zeno", "Dienst Medische Beeldvorming", "Campus Knokke-Heist"], "left"),
            ("kv", [("Patiënt", "CLAES Koen  ° 02/03/1983"), ("Dossiernr", "ZN-00871145"),
                    ("Aanvragend arts", "dr. P. Maes, orthopedie (spoedgevallendienst)"),
                    ("Onderzoek", "RX rechterhand F + P + schuin"), ("Datum onderzoek", "05/05/2026")],
             {"label_w_mm": 38}),
            ("h2", "Verslag"),
            ("p", "Intra-articulaire fractuur van de basis van het vijfde metacarpale rechts met dorsoulnaire "
                  "subluxatie van het hoofdfragment ('reverse Bennett'). Geringe verkorting. Overige "
                  "metacarpalia en carpus zonder fractuur."),
            ("h2", "Besluit"),
            ("p", "Intra-articulaire basisfractuur MC V rechts met subluxatie van het CMC-5 gewricht."),
            ("p", "dr. A. Verhaeghe, radioloog - gevalideerd 05/05/2026"),
         ]},
        {"opts": {"size": 9.5, "footer": BE_HDR},
         "blocks": [
            ("lh", ["AZ Zeno", "Dienst Orthopedie en Traumatologie - Handchirurgie"], "left"),
            ("h1", "Operatieverslag", {"size": 13}),
            ("kv", [("Patiënt", "Claes Koen, ° 02/03/1983"), ("Datum ingreep", "06/05/2026"),
                    ("Chirurg", "dr. P. Maes"), ("Assistent", "dr. E. Vandenbussche (ASO)"),
                    ("Anesthesie", "algemene anesthesie (dr. K. Dewulf)"),
                    ("Diagnose", "intra-articulaire basisfractuur MC V rechts met CMC-subluxatie"),
                    ("Ingreep", "gesloten reductie en percutane fixatie met 2 K-draden (1,4 mm) MC V - MC IV en "
                                "transarticulair MC V - hamatum, rechts")], {"label_w_mm": 32}),
            ("h2", "Verloop"),
            ("p", "Rugligging, armtafel, tourniquet niet opgeblazen. Onder fluoroscopie reductie door tractie en "
                  "druk op de basis van MC V. Percutaan één K-draad transversaal van MC V naar MC IV en één "
                  "transarticulair naar het hamatum. Goede reductie en stabiliteit. Draden omgebogen en "
                  "afgeknipt boven de huid. Ulnaire gipsspalk met MCP in 70° flexie."),
            ("p", "Complicaties: geen. Nazorg: gipsspalk 4 weken, verwijderen K-draden op raadpleging na 4 weken."),
            ("p", "dr. P. Maes, orthopedisch chirurg"),
         ]},
        {"opts": {"size": 9.5, "footer": BE_HDR},
         "blocks": [
            ("lh", ["AZ Zeno", "Raadpleging Orthopedie", "dr. P. Maes - dr. L. De Clercq"], "right"),
            ("addr", ["Dr. L. Vermeersch, huisarts", "Lippenslaan 233", "8300 Knokke-Heist"]),
            ("p", "Knokke-Heist, 28/05/2026"),
            ("p", "Betreft: Dhr. Koen Claes, ° 02/03/1983, Zeedijk 512/3, 8301 Knokke-Heist"),
            ("p", "Beste collega,"),
            ("p", "Uw patiënt werd vandaag op de raadpleging gezien, 3 weken na gesloten reductie en percutane "
                  "K-draadfixatie van een basisfractuur MC V rechts (06/05/2026). De gipsspalk werd verwijderd. "
                  "Controle-RX toont een behouden reductie met beginnende callusvorming. De K-draden werden "
                  "verwijderd op de raadpleging (lokale verdoving)."),
            ("p", "Klinisch: lichte zwelling, geen infectie. Er is een discrete rotatiestand van de pink bij "
                  "vuistvorming, die wij verder zullen opvolgen."),
            ("h2", "Besluit"),
            ("p", "Gunstige evolutie na osteosynthese basis MC V rechts. Start kinesitherapie (9 sessies). "
                  "Nieuwe raadpleging binnen 6 weken met RX."),
            ("p", "Met collegiale groeten,"),
            ("sig", ["dr. P. Maes, orthopedisch chirurg"], {"gap_mm": 6}),
         ]},
    ],
    meta={"title": "AZ Zeno - documenten", "creator": "KWS export"}))


# vi-043 Belgian GP referral letter (DOCX), patient H
add(docx("vi-043",
    L(["referral"], "2026-10-21", "gp", "nl", "Belgian GP referral letter (Flemish, RIZIV number)",
      "yes", "yes", "yes",
      "Belgian 'verwijsbrief' in Flemish: '° 02/03/1983', RIZIV number instead of AGB, +32 phone, 'Beste "
      "collega'. Operated and X-rayed in a Belgian hospital: treated abroad from the Dutch clinic's view. "
      "Short 'Voorgeschiedenis' line only (no recent-treatments section). Enclosures are mentioned.",
      rq=True),
    [
        ("lh", ["Dr. Lien Vermeersch", "Huisarts", "Lippenslaan 233 - 8300 Knokke-Heist",
                "tel. +32 50 60 12 34 - RIZIV 1-48213-77-004"], "left"),
        ("p", "Knokke-Heist, 21 oktober 2026", {"indent_mm": 0}),
        ("addr", ["Aan de collega's van Handkliniek Zuid", "Second opinion hand & pols", "Postbus 75123",
                  "1070 AC Amsterdam", "Nederland"]),
        ("p", "Betreft: Dhr. Koen Claes, ° 02/03/1983, Zeedijk 512/3, 8301 Knokke-Heist - rijksregisternr. "
              "83.03.02-417.55"),
        ("p", "Beste collega,"),
        ("p", "Graag had ik uw advies gevraagd (second opinion) voor bovengenoemde patiënt. Hij liep op "
              "05/05/2026 een intra-articulaire basisfractuur van het vijfde metacarpale rechts op (val met de "
              "mountainbike). Hij werd op 06/05/2026 in AZ Zeno behandeld met gesloten reductie en percutane "
              "K-draden; de draden werden na drie weken verwijderd."),
        ("p", "Sindsdien blijft hij pijn hebben aan de ulnaire zijde van de hand, en er is een duidelijke "
              "rotatiestand van de pink bij vuistvorming (overlapping over de ringvinger). De behandelende "
              "orthopedist stelt voorlopig een afwachtende houding voor."),
        ("p", "Vraag: is een correctie-osteotomie aangewezen, en zo ja, op welke termijn? Patiënt werkt als "
              "schrijnwerker en is sinds mei arbeidsongeschikt."),
        ("p", "Voorgeschiedenis: 2010 meniscectomie links; rookt 10 sigaretten per dag."),
        ("p", "Medicatie: geen vaste medicatie; paracetamol indien nodig."),
        ("p", "In bijlage vindt u het RX-verslag, het operatieverslag en het raadplegingsverslag van AZ Zeno. "
              "Een MRSA-screening werd aangevraagd."),
        ("p", "Met collegiale groeten,"),
        ("sig", ["Dr. L. Vermeersch"], {"gap_mm": 10}),
    ],
    {"font": "Times New Roman", "size": 11.5, "meta": {"title": "Verwijsbrief", "author": "dr Vermeersch"}}))


# vi-044 Belgian MRSA screening (TXT)
MRSA_044 = """
AZ ZENO - LABORATORIUM KLINISCHE BIOLOGIE
Kalvekeetdijk 260, 8300 Knokke-Heist   tel. +32 50 55 31 00
Erkenningsnr. labo 8-22417-01     Klinisch bioloog: apr. D. Ghekiere

VERSLAG MICROBIOLOGIE                                         Verslagdatum: 27/10/2026
----------------------------------------------------------------------------------------
Patiënt      : CLAES KOEN           ° 02/03/1983        M
Aanvragend arts: Dr. L. Vermeersch (huisarts) 1-48213-77-004
Staalname    : 25/10/2026 10:20     Ontvangst: 25/10/2026 11:02
Staalnummer  : 26-1025-0377

Klinische inlichtingen:
  Screening vóór consultatie/ingreep in Nederland. Eerdere opname en ingreep (K-draden
  basis MC V rechterhand) AZ Zeno 05/2026.

MRSA-SCREENING (chromogeen medium + verrijking)
  Neus .......................... negatief
  Keel .......................... negatief
  Perineum ...................... negatief

Besluit: Geen MRSA-dragerschap aangetoond.

(Volledig verslag - gevalideerd 27/10/2026 14:18)
----------------------------------------------------------------------------------------
Resultaten enkel geldig voor het ingestuurde staal.
"""

add(txt("vi-044",
    L(["mrsa-screening"], "2026-10-27", "lab", "nl", "Belgian hospital lab report (Flemish, dotted leaders)",
      "unmentioned", "yes", "yes",
      "Belgian lab layout: 'Staalname' (sampling) 25/10/2026 and 'Verslagdatum' 27/10/2026, '°' birth date, "
      "dotted leaders before results, 'negatief' rather than 'niet aangetoond', 'Besluit'. Clinical info "
      "mentions an earlier admission and operation (K-wires, hand) in the Belgian hospital.",
      also=["2026-10-25"]),
    MRSA_044))


# ------------------------------------------------------------------------------------------
# Patient I: mevr. Fatma Yilmaz, Rotterdam. CMC-1 artrose, BMI 42, holiday Turkey w/o care.
# vi-045 Zorgdomein (stacked labels) referral + history with episode table (PDF)
# ------------------------------------------------------------------------------------------
add(pdf("vi-045",
    L(["referral", "history"], "2026-11-12", "gp", "nl", "zorgdomein print with stacked labels and episode table",
      "yes", "no", "no",
      "Labels on their own line with values below; episode list as a table with ICPC codes. Question about "
      "operability at BMI 42 (staff note: with BMI > 40 only diagnostics are possible). Holiday in Turkey "
      "explicitly without medical care = treated_abroad no. 'Nooit geopereerd aan de handen'; trapeziectomy "
      "was only advised. Has both history sections.",
      rq=True),
    blocks=[
        ("lh2", ["ZorgDomein", "Verwijsbrief"], ["Second opinion handchirurgie", "ZD 4471-9920-0316"]),
        ("rule",),
        ("kv", [("Datum", "12-11-2026"), ("Verwijzer", "G. Verhoeven, huisarts - Gezondheidscentrum Charlois, "
                                                       "Rotterdam - AGB 01103385"),
                ("Patiënt", "Mevr. F. Yilmaz, geb. 09-11-1969 - Wolphaertsbocht 302, 3083 KN Rotterdam"),
                ("Verzekering", "Zilveren Kruis, 7711 302 98")], {"label_w_mm": 28}),
        ("kvstack", [
            ("Reden van verwijzing",
             "CMC-1 artrose beiderzijds, rechts meer dan links, met forse beperking in dagelijkse activiteiten "
             "(schoonmaakster). Orthopeed Ikazia adviseerde trapeziectomie rechts, maar pas na gewichtsverlies "
             "(BMI 42)."),
            ("Vraagstelling",
             "Graag uw oordeel: is operatie bij een BMI van 42 mogelijk (eventueel onder plexusanesthesie), of "
             "zijn er andere behandelopties? Patiënte vraagt om een second opinion."),
            ("Relevante voorgeschiedenis",
             "Diabetes mellitus type 2 (2014), OSAS met CPAP (2020), morbide obesitas (BMI 42, gemeten "
             "10-11-2026). Nooit geopereerd aan de handen."),
            ("Recente behandelingen",
             "28-08-2026 röntgen beide handen (Ikazia): CMC-1 artrose Eaton III rechts, II links.\n"
             "17-09-2026 injectie corticosteroïd CMC-1 rechts (orthopedie Ikazia): 4 weken effect.\n"
             "Sinds 10-2026 duimspalk op maat (handtherapie)."),
            ("Overig",
             "In augustus 2026 op vakantie geweest in Turkije; daar geen medische zorg ontvangen."),
            ("Medicatie", "Metformine 1000 mg 2dd, sitagliptine 100 mg 1dd, paracetamol 1 g zo nodig"),
            ("Allergieën", "Geen bekend"),
        ]),
        ("h2", "Episodelijst"),
        ("table", [["ICPC", "Omschrijving", "Begindatum"],
                   ["L91", "Artrose CMC-1 beiderzijds", "03-2025"],
                   ["T90.02", "Diabetes mellitus type 2", "06-2014"],
                   ["T82", "Obesitas (BMI > 40)", "01-2018"],
                   ["R99.01", "Obstructief slaapapneusyndroom", "05-2020"]], [25, 100, 40]),
    ],
    opts={"size": 9.5, "footer": ["ZorgDomein - verwijzing F. Yilmaz - 09-11-1969"], "pageno": "Pagina {page} van {pages}"},
    meta={"title": "Verwijsbrief", "creator": "ZorgDomein"}))


# vi-046 X-ray report without title (TXT), patient I
XR_046 = """
Ikazia Ziekenhuis Rotterdam
Radiologie

Patiënt: Yilmaz, F.        Geb: 09-11-1969        Pat.nr: 3318842
Aanvrager: G. Verhoeven, huisarts (Gezondheidscentrum Charlois)
Onderzoek: X-handen beiderzijds + duim
Datum: 28-08-2026

Klinische informatie: pijn basis duim beiderzijds, re>li. Artrose?

Beiderzijds artrose van het CMC-1 gewricht: rechts met forse gewrichtsspleetversmalling, subchondrale
sclerose, osteofyten en geringe radiale subluxatie van MC1 (Eaton-Littler III); links gewrichts-
spleetversmalling en kleine osteofyten (Eaton-Littler II). STT-gewricht beiderzijds gespaard.
Geringe artrose van de DIP-gewrichten dig. II-III beiderzijds. Geen erosies. Geen fractuur.

Concl.: CMC-1 artrose beiderzijds, rechts Eaton III, links Eaton II. Geringe DIP-artrose.

dr. A.M. de Ruiter, radioloog
28-08-2026 16:02
"""

add(txt("vi-046",
    L(["imaging-report"], "2026-08-28", "radiologist", "nl", "radiology report without title (plain text export)",
      "yes", "unmentioned", "unmentioned",
      "No title, no 'Verslag'/'Conclusie' headings (only 'Concl.'); only the department line and structure "
      "show it is a radiology report. Hyphenated line break ('gewrichts-/spleetversmalling'). Requester is "
      "the GP; 'Artrose?' is the clinical question."),
    XR_046))


# vi-047 German lab results (DOCX), patient M: Herr Thomas Brandt, Kleve
add(docx("vi-047",
    L([], "2026-10-23", "lab", "de", "German lab report (Laborbefund table, not MRSA)",
      "unmentioned", "unmentioned", "unmentioned",
      "A lab result, but blood chemistry/serology: none of the kinds (not an MRSA screening). Sampling "
      "22.10.2026, report 23.10.2026; reference ranges and flags in a table."),
    [
        ("lh2", ["MVZ Labor Niederrhein", "Labordiagnostik - Mikrobiologie", "Hafenstraße 9, 47533 Kleve"],
                ["LABORBEFUND", "Endbefund", "Tel. +49 2821 99 70-0"]),
        ("kv", [("Patient", "Brandt, Thomas"), ("Geb.-Datum", "05.05.1961"),
                ("Einsender", "Dr. med. U. Schaaf, Fachärztin für Allgemeinmedizin, Kleve"),
                ("Auftragsnr.", "2610-22-48812"), ("Abnahme", "22.10.2026 08:15"), ("Befund vom", "23.10.2026")],
         {"mode": "tabs", "label_w_mm": 35}),
        ("table", [["Parameter", "Ergebnis", "Einheit", "Referenzbereich", ""],
                   ["CRP", "2,1", "mg/l", "< 5,0", ""],
                   ["BSG (1 h)", "12", "mm", "< 20", ""],
                   ["Rheumafaktor (IgM)", "< 10", "IU/ml", "< 14", ""],
                   ["Anti-CCP-AK", "< 7", "U/ml", "< 17", ""],
                   ["Harnsäure", "7,4", "mg/dl", "3,4 - 7,0", "H"],
                   ["HbA1c", "6,9", "%", "< 5,7", "H"],
                   ["Kreatinin", "0,98", "mg/dl", "0,7 - 1,2", ""],
                   ["eGFR (CKD-EPI)", "84", "ml/min/1,73m²", "> 60", ""]], [45, 25, 30, 35, 10]),
        ("p", "Kommentar: Kein Hinweis auf eine rheumatoide Arthritis. Leicht erhöhte Harnsäure. Bekannter "
              "Diabetes mellitus Typ 2."),
        ("p", "Befund elektronisch freigegeben: Dr. med. K. Heisterkamp, Facharzt für Laboratoriumsmedizin"),
    ],
    {"font": "Arial", "size": 9.5, "footer": ["MVZ Labor Niederrhein GmbH - akkreditiert nach DIN EN ISO 15189"],
     "meta": {"title": "Laborbefund", "author": "LIS"}}))


# vi-048 MRI report OLVG (PDF), patient J: mevr. Eva Smit, Amsterdam
add(pdf("vi-048",
    L(["imaging-report"], "2026-10-03", "radiologist", "nl", "MRI report (hospital radiology, two-column header)",
      "yes", "unmentioned", "unmentioned",
      "MRI exam 01-10-2026, report 03-10-2026 (both own dates). Refers to an older X-ray (12-08-2026) for "
      "comparison: the newest study is this MRI. Requester is an orthopaedic surgeon; 'Vraagstelling' is "
      "the requester's question."),
    blocks=[
        ("lh2", ["OLVG", "Radiologie", "Oosterpark 9, 1091 AC Amsterdam"],
                ["Verslag", "MRI pols rechts", "Accessie MR-26-220917"]),
        ("rule",),
        ("cols", "Patiënt: Smit, E. (mevr.)\nGeboortedatum: 17-03-1990\nPatiëntnummer: 6023117",
                 "Datum onderzoek: 01-10-2026\nDatum verslag: 03-10-2026\nAanvrager: dr. K. Meijer, orthopedie"),
        ("kv", [("Vraagstelling", "Ulnaire polspijn rechts sinds 06-2026 na val bij hockey. TFCC-letsel? "
                                  "ECU-instabiliteit?"),
                ("Techniek", "MRI 3T, dedicated polsspoel, PD-FS, T1, 3D-GRE, na i.v. gadolinium")],
         {"label_w_mm": 32}),
        ("h2", "Bevindingen"),
        ("p", "Vergeleken met de röntgenopnamen van 12-08-2026 (geen fractuur, ulnaire variantie neutraal)."),
        ("p", "Perifere (ulnaire) scheur van het TFCC ter plaatse van de insertie aan de fovea, met vocht en "
              "aankleuring van het omliggende synovium (Palmer 1B). Het centrale discus-deel is intact. De ECU-pees "
              "ligt in de groeve, met geringe tendinose, zonder subluxatie. Geen botoedeem. Scapholunair en "
              "lunotriquetraal ligament intact. Geen ganglion. Geringe hoeveelheid vocht in het DRUG."),
        ("h2", "Conclusie"),
        ("p", "Perifere TFCC-scheur (Palmer 1B) met foveale betrokkenheid. Geringe ECU-tendinose, geen instabiliteit."),
        ("small", "Radioloog: dr. N. Koç - geautoriseerd 03-10-2026 09:41"),
    ],
    opts={"size": 9.5, "footer": ["OLVG - Radiologie - vertrouwelijk medisch document"], "pageno": "{page}"},
    meta={"title": "Verslag MRI", "creator": "Epic Radiant"}))
