"""to-017 .. to-032"""
from lib import L


# ------------------------------------------------------------------ 017
def d017():
    blocks = [
        ("lh", "Massachusetts General Hospital", ["Department of Radiology - Musculoskeletal Imaging",
                                                  "55 Fruit Street, Boston, MA 02114"],
         {"right": ["Phone (617) 726-2000", "Fax (617) 726-0000"]}),
        ("h", "MRI WRIST WITHOUT CONTRAST - RIGHT", 12),
        ("fields2",
         [("Patient", "VERMEULEN, PIETER-JAN"), ("DOB", "04/28/1982"), ("Sex", "M"),
          ("MRN", "5520-3381-07")],
         [("Exam Date", "10/21/2026"), ("Accession", "MGH-MR-26-914772"),
          ("Ordering", "Kevin O'Rourke, MD (Orthopaedic Hand Service)"), ("Location", "MGH Yawkey 2")]),
        ("p", "**CLINICAL HISTORY:** 44-year-old right-hand-dominant male, seen in the MGH "
              "Emergency Department on 10/14/2026 after a fall from a bicycle onto the "
              "outstretched right hand; radiographs at that visit showed no fracture. Persistent "
              "dorsal wrist pain and clicking. Evaluate for scapholunate ligament injury."),
        ("p", "**COMPARISON:** Right wrist radiographs 10/14/2026."),
        ("p", "**TECHNIQUE:** Multiplanar multisequence MRI of the right wrist was performed on a "
              "3T magnet without intravenous contrast."),
        ("p", "**FINDINGS:**\nLigaments: Full-thickness tear of the dorsal and membranous portions "
              "of the scapholunate ligament with mild widening of the scapholunate interval "
              "(3.5 mm). The volar portion appears partially intact. The lunotriquetral ligament is "
              "intact. The triangular fibrocartilage complex is intact.\n"
              "Bones: Bone marrow edema in the proximal pole of the scaphoid and radial aspect of "
              "the lunate, consistent with contusion. No fracture line. No dorsal intercalated "
              "segment instability pattern on this static exam (radiolunate angle 12 degrees).\n"
              "Tendons: Extensor and flexor tendons are intact. Small amount of fluid in the second "
              "extensor compartment.\nNerves: Median and ulnar nerves are normal in caliber and "
              "signal.\nOther: Small dorsal ganglion cyst, 4 mm, adjacent to the SL ligament."),
        ("p", "**IMPRESSION:**\n1. Full-thickness tear of the dorsal and membranous scapholunate "
              "ligament with mild SL widening; no static DISI.\n2. Bone contusions of the scaphoid "
              "and lunate. No fracture.\n3. Intact TFCC and LT ligament."),
        ("sig", ["Electronically signed by: Rachel Whitcomb, MD - Musculoskeletal Radiology",
                 "Signed: October 23, 2026 08:14 EDT"]),
        ("small", "Preliminary report reviewed by: Daniel Osei, MD (Radiology Resident)"),
    ]
    page = {"font": "Helvetica", "size": 9.5, "letter": True,
            "footer": "VERMEULEN, PIETER-JAN | MRN 5520-3381-07 | DOB 04/28/1982 | Page {page} of {pages} | "
                      "CONFIDENTIAL"}
    lab = L(["imaging-report"], "2026-10-23", "radiologist", "en", "US radiology report (Letter size)",
            "yes", "unmentioned", "yes",
            "US month-first dates (04/28/1982, 10/21/2026 with day > 12) and 'October 23, 2026' "
            "sign date; exam date differs from signed date; patient seen in MGH Emergency "
            "Department = treated abroad; 'Ordering' physician is not a referrer.",
            also=["2026-10-21"])
    return {"fmt": "pdf", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 018
def d018():
    t = """From: Huisartsenpraktijk Zuiderhout <assistente@zuiderhout-praktijk.example>
To: "Handkliniek Meridiaan - intake" <intake@handkliniekmeridiaan.example>
Date: Mon, 30 Nov 2026 09:12:44 +0100
Subject: Verwijzing mw. Hoogendoorn - graag beoordeling vinger
Message-ID: <20261130081244.77A1@zuiderhout-praktijk.example>
Content-Type: text/plain; charset="utf-8"

Goedemorgen,

Namens dokter Van Leeuwen stuur ik u hierbij de verwijzing voor onderstaande patiënte. De
verwijzing via ZorgDomein lukte niet (storing), dokter heeft gevraagd het zo te sturen.

Patiënte : mevrouw M.J. Hoogendoorn-Pronk
Geb.     : 13-12-1961
Adres    : Zuiderhoutlaan 40, 2012 PJ Haarlem
BSN      : 2391.55.072
Verzekerd: Zilveren Kruis, 40112288

Tekst van dokter Van Leeuwen:
"Collega, mevrouw heeft sinds maart een pijnlijke, soms verspringende middelvinger rechts
met een verdikking ter hoogte van de A1-pulley en daarnaast ochtendstijfheid van meerdere
vingers. Eén injectie (triamcinolon, 9 september) gaf slechts kort verlichting. Er is nog geen
foto of echo gemaakt. Patiënte is nooit aan de hand geopereerd.
Vraagstelling: betreft het een triggerfinger of speelt er (ook) artrose/artritis? Is een
tweede injectie of een operatie zinvol? Graag uw beoordeling en advies."

Medicatie: levothyroxine 100 mcg 1dd, paracetamol zn.
Allergie: penicilline (exantheem).

Dokter Van Leeuwen is maandag, dinsdag en donderdag bereikbaar via de
terugbellijn 023-532 0099.

Met vriendelijke groet,

Sandra Kuiper
doktersassistente, namens A. van Leeuwen, huisarts
Huisartsenpraktijk Zuiderhout | Zuiderhoutlaan 2 | 2012 PJ Haarlem | AGB 01-041923

Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder
het dan en stel ons op de hoogte.
"""
    lab = L(["referral"], "2026-11-30", "gp", "nl", "e-mail from GP assistant (RFC 822 headers)",
            "no", "no", "unmentioned",
            "Referral sent by the doctor's assistant on the GP's behalf with the GP's text quoted; "
            "only date in an English RFC-822 'Date:' header; 'nooit aan de hand geopereerd' and "
            "'nog geen foto of echo gemaakt' are negations; injection date without year.",
            rq=True)
    return {"fmt": "txt", "text": t, "newline": "\r\n", "label": lab}


# ------------------------------------------------------------------ 019
def d019():
    blocks = [
        ("lh", "LKH-Univ. Klinikum Graz", ["Universitätsklinik für Orthopädie und Traumatologie",
                                           "Auenbruggerplatz 5, 8036 Graz, Österreich"],
         {"right": ["Tel. +43 316 385-0", "OP-Saal 4 (Unfall)", "Fallzahl 26-0814-3317"]}),
        ("h", "OPERATIONSBERICHT", 14),
        ("fields2",
         [("Patientin", "Bos, Ingrid"), ("Geb.-Datum", "19.03.1965"), ("Wohnort", "Deventer (NL)"),
          ("Versicherung", "EKVK / EHIC NL")],
         [("OP-Datum", "14.08.2026"), ("Beginn/Ende", "10:12 / 11:26"), ("Seite", "links"),
          ("Dringlichkeit", "dringlich")]),
        ("fields", [
            ("Diagnose", "Distale intraartikuläre Radiusfraktur links (AO 23-C2) nach Sturz beim "
                         "Wandern (Schöckl) am 12.08.2026"),
            ("Operation", "Offene Reposition und palmare winkelstabile Plattenosteosynthese "
                          "(2,4 mm Radiusplatte) links"),
            ("Operateur", "OA Dr. Markus Pichler"),
            ("Assistenz", "Dr. Lena Hofer (Assistenzärztin)"),
            ("Anästhesie", "Axilläre Plexusanästhesie, Dr. Wagner"),
            ("Lagerung", "Rückenlage, Armtisch, Oberarmblutsperre 250 mmHg (62 min)"),
            ("Präoperative Bildgebung", "Röntgen und CT Handgelenk links vom 12.08.2026"),
        ], {"lw": 42}),
        ("h", "OP-Verlauf", 11),
        ("p", "Nach Hautdesinfektion und sterilem Abdecken modifizierter Henry-Zugang über der "
              "FCR-Sehne. Darstellen und Inzision des M. pronator quadratus. Darstellung der "
              "Fraktur: dorsale Abkippung, Stufe in der Gelenkfläche von ca. 2 mm zwischen "
              "scaphoidaler und lunärer Facette. Reposition unter Bildwandlerkontrolle mittels "
              "Längszug und Kirschnerdrähten temporär. Anlegen der winkelstabilen palmaren Platte, "
              "Fixation im Langloch, Feinjustierung, danach distale winkelstabile Schrauben und "
              "proximale Kortikalisschrauben. Bildwandlerkontrolle in zwei Ebenen sowie "
              "Tangentialaufnahme: regelrechte Stellung, kein intraartikulärer Schraubenüberstand. "
              "Stabilitätsprüfung des DRUG: stabil. Refixation des Pronator quadratus, Spülung, "
              "schichtweiser Wundverschluss, Hautnaht. Steriler Verband, dorsale "
              "Unterarmgipsschiene."),
        ("fields", [("Komplikationen", "keine"),
                    ("Blutverlust", "gering"),
                    ("Implantate", "Palmare Radiusplatte 2,4 mm LCP, 7 Schrauben (Chargen s. Implantatpass)"),
                    ("Procedere", "Hochlagerung, Fingerbewegung ab sofort, Röntgenkontrolle morgen, "
                                  "Gipsschiene 2 Wochen, Nahtentfernung 12.-14. Tag, Kontrolle durch "
                                  "Hausarzt/Unfallchirurgen im Heimatland, Metallentfernung nicht "
                                  "zwingend")], {"lw": 42}),
        ("sig", ["OA Dr. Markus Pichler", "Facharzt für Orthopädie und Traumatologie"]),
    ]
    page = {"font": "Times", "size": 10,
            "footer": "diktiert 14.08.2026 / geschrieben 17.08.2026 (ko) - Operationsbericht Bos Ingrid - "
                      "Seite {page}/{pages}"}
    lab = L(["operation-report"], "2026-08-14", "specialist", "de",
            "Austrian Operationsbericht, two-column header form",
            "yes", "yes", "yes",
            "Dutch tourist operated in Graz (hospital abroad writes the report); dotted German "
            "dates; dictated vs typed date only in the footer; pre-op X-ray/CT mentioned inside a "
            "field; accident date next to the operation date.",
            also=["2026-08-17"])
    return {"fmt": "pdf", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 020
def d020():
    blocks = [
        ("p", "12th November 2026"),
        ("addr", ["The Hand Surgeon", "Handkliniek Meridiaan", "Postbus 4410",
                  "3800 GK Amersfoort", "The Netherlands"]),
        ("p", "Dear Colleague,"),
        ("p", "**Re: Mr Ruud Smeets, DOB 21/09/1971**\nAddress until 30/11/2026: 14 Leeside Grove, "
              "Ballincollig, Co. Cork, P31 X2Y7. From December: Stratumseind area, Eindhoven."),
        ("p", "I would be grateful if you could see Ruud, a 55-year-old Dutch engineer who has "
              "been a patient of this practice for eleven years and is now relocating to "
              "Eindhoven, for a **second opinion regarding recurrent symptoms after carpal tunnel "
              "release** of his right hand."),
        ("p", "He underwent an open right carpal tunnel release at Cork University Hospital in "
              "March 2025 under Mr O'Sullivan. Night-time symptoms settled initially, but since "
              "early 2026 he has had recurrent numbness of the thumb, index and middle fingers, "
              "worse when driving and cycling, and a tender scar. Nerve conduction studies "
              "(June 2026) showed persisting moderate median neuropathy at the wrist. An "
              "ultrasound of the right wrist at the Bon Secours Hospital, Cork in September 2026 "
              "reported an enlarged median nerve proximal to the tunnel with perineural scarring."),
        ("p", "Mr O'Sullivan has offered a revision decompression with a hypothenar fat pad flap; "
              "given his move, Ruud would prefer to have this assessed in the Netherlands. "
              "My question: in your opinion, is revision surgery indicated, or would you first "
              "advise further work-up or conservative treatment?"),
        ("p", "Past medical history: hypertension; hypercholesterolaemia; left knee arthroscopy "
              "2016. Medications: ramipril 5 mg od, atorvastatin 20 mg nocte. No known drug "
              "allergies. Non-smoker. Right hand dominant."),
        ("p", "Enclosed: operation note (Cork University Hospital, 11/03/2025), nerve conduction "
              "report, ultrasound report and my practice summary."),
        ("p", "Kind regards,"),
        ("sig", ["Dr Aoife Brennan MB BCh BAO MICGP", "General Practitioner",
                 "IMC Reg. No. 412345"]),
    ]
    page = {"docx_font": "Georgia", "size": 10.5,
            "header_table": [["**Ballincollig Family Practice**",
                              "Main Street, Ballincollig, Co. Cork, P31 E1K2\nTel: +353 21 487 0000"]],
            "footer": "Dr A. Brennan  |  Dr C. Walsh  |  Dr M. Nolan - General Practitioners"}
    lab = L(["referral"], "2026-11-12", "gp", "en", "Irish GP referral letter",
            "yes", "yes", "yes",
            "Irish GP referral with ordinal date '12th November 2026' and dd/mm dates; operated "
            "in Cork University Hospital (abroad); revision only offered; knee arthroscopy is "
            "another body part; enclosures only listed; nerve conduction is not imaging but the "
            "ultrasound is.",
            rq=True)
    return {"fmt": "docx", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 021
def d021():
    blocks = [
        ("lh", "Royal Devon University Healthcare", ["NHS Foundation Trust",
                                                     "Imaging Department - MRI Appointments",
                                                     "Barrack Road, Exeter EX2 5DW"],
         {"right": ["Appointments: 01392 402335", "Mon-Fri 08:30-17:00",
                    "Our ref: MRI/RDE/778214", "Date: 26 November 2026"]}),
        ("addr", ["Mrs Hanneke Scott", "7 Wonford Street", "Exeter", "EX2 5DB"]),
        ("p", "NHS Number: 612 448 9053    Hospital Number: RDE-K778214    Date of birth: 17/08/1980"),
        ("p", "Dear Mrs Scott,"),
        ("h", "Your MRI scan appointment", 12),
        ("p", "Following your appointment in the Hand Clinic on 12 November 2026, your consultant "
              "has requested an MRI scan. We have arranged the following appointment for you:"),
        ("fields", [("Examination", "MRI RIGHT WRIST"),
                    ("Date", "Thursday 14 January 2027"),
                    ("Time", "10:40 (please arrive at 10:20)"),
                    ("Location", "MRI Unit, Level 1, Centre for Women's Health entrance, "
                                 "Royal Devon and Exeter Hospital (Wonford)"),
                    ("Requested by", "Miss K. Tremayne, Consultant Orthopaedic Hand Surgeon")],
         {"lw": 38, "grid": True}),
        ("p", "Please complete the enclosed MRI safety questionnaire and bring it with you. "
              "If you have a pacemaker, any metal implants, or have ever had metal fragments in "
              "your eyes, please telephone us before your appointment."),
        ("p", "Please remove all jewellery and do not wear make-up. You may eat and drink as "
              "normal. The scan takes approximately 30 minutes. The results will be sent to the "
              "consultant who requested the scan; they will not be available on the day."),
        ("p", "If you cannot attend, please let us know as soon as possible so that the "
              "appointment can be offered to another patient. Patients who do not attend without "
              "notice may be discharged back to their GP."),
        ("p", "Yours sincerely,"),
        ("sig", ["MRI Booking Team", "Imaging Department"]),
        ("small", "Enclosed: MRI safety questionnaire, map and parking information.\n"
                  "This letter was generated automatically and is not signed."),
    ]
    page = {"font": "LiberationSans", "size": 9.5,
            "footer": "Royal Devon University Healthcare NHS Foundation Trust - Page {page} of {pages}"}
    lab = L([], "2026-11-26", "other", "en", "UK NHS imaging appointment letter",
            "unmentioned", "unmentioned", "yes",
            "Appointment letter for a future MRI (planned, not done); the patient was seen in the "
            "Hand Clinic of this UK hospital on 12 November 2026 (outpatient care abroad); the only 'Date' field in "
            "the body is the appointment date in 2027; letter date sits in the right letterhead "
            "column; requesting consultant is not a referrer.")
    return {"fmt": "pdf", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 022
def d022():
    t = """COASTAL DIAGNOSTICS LABORATORY                              CLIA #05D0000000
4410 Mission Bay Drive, San Diego, CA 92109             Phone (858) 555-0142

PATIENT REPORT                                             FINAL
--------------------------------------------------------------------------
Patient:   DEKKER, MARLOES A.           DOB: 02/14/1977     Sex: F
Specimen:  SD2611-40877                 Account: 10442 Pacific Beach Family Med.
Ordering:  Samuel Park, MD
Collected: 11/16/2026 07:45             Received: 11/16/2026 11:02
Reported:  11/17/2026 16:20
--------------------------------------------------------------------------
TEST                           RESULT      FLAG    REF RANGE        UNITS
--------------------------------------------------------------------------
CBC WITH DIFFERENTIAL
  WBC                          7.8                 3.8-10.8         K/uL
  Hemoglobin                   13.1                11.7-15.5        g/dL
  Platelets                    312                 140-400          K/uL
INFLAMMATORY MARKERS
  C-Reactive Protein           11.4        H       <8.0             mg/L
  Sed Rate by Modified
  Westergren                   28          H       <=20             mm/h
RHEUMATOLOGY
  Rheumatoid Factor            <10                 <14              IU/mL
  Cyclic Citrullinated
  Peptide (CCP) Ab IgG         2           (NEG)   <20              units
  ANA Screen, IFA              Negative            Negative
  Uric Acid                    5.2                 2.5-7.0          mg/dL
--------------------------------------------------------------------------
Comment: Clinical information provided: "painful swelling R wrist and MCP 2-3,
r/o inflammatory arthritis". Results telephoned to ordering office 11/17/2026.

Electronically verified by: L. Nguyen, MLS(ASCP)      Medical Director: J. Alvarez, MD
                                  Page 1 of 1
"""
    lab = L([], "2026-11-17", "lab", "en", "US lab report, fixed-width (not MRSA)",
            "unmentioned", "unmentioned", "unmentioned",
            "Lab result that is not an MRSA screening (rheumatology/inflammation); US "
            "month-first dates with day > 12; collected vs reported dates; CRLF line ends; ordered "
            "by a US family practice but no hospital or clinic treatment stated -> "
            "treated_abroad unmentioned.",
            also=["2026-11-16"])
    return {"fmt": "txt", "text": t, "newline": "\r\n", "label": lab}


# ------------------------------------------------------------------ 023
def d023():
    hdr = ["Amphia - Plastische, Reconstructieve en Handchirurgie - Klinische brief",
           "Patiënt: dhr. K. van Rijswijk, geb. 08-08-1990 - vervolg"]
    blocks = [
        ("lh", "Amphia", ["Plastische, Reconstructieve en Handchirurgie",
                          "Molengracht 21, 4818 CK  Breda"],
         {"right": ["Secretariaat 076-595 3000", "Kenmerk: PRH/26/88412"]}),
        ("addr", ["Aan: dr. S. Ververs, huisarts", "Huisartsenpraktijk Ginneken",
                  "Ginnekenweg 190", "4835 NK  Breda"]),
        ("p", "Breda, 18 september 2026"),
        ("h", "KLINISCHE BRIEF / ONTSLAGBRIEF", 12),
        ("fields", [("Patiënt", "dhr. K. (Koen) van Rijswijk, geb. 08-08-1990"),
                    ("Adres", "Haagweg 415, 4813 XJ Breda"),
                    ("Opnamedatum", "14-09-2026 (via SEH)"),
                    ("Ontslagdatum", "16-09-2026"),
                    ("Hoofdbehandelaar", "dr. F.J. Huijbregts, plastisch chirurg")], {"lw": 40}),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënt, de heer Van Rijswijk, 36 jaar, rechtshandig, timmerman, werd op "
              "14 september 2026 via de Spoedeisende Hulp opgenomen op onze afdeling na een "
              "zaagletsel van de linkerhand met een cirkelzaag."),
        ("h", "Opnamediagnose", 11),
        ("p", "Open fractuur (Gustilo II) proximale falanx D3 links met doorsnijding van de "
              "extensorpees (zone IV) en een schaafdefect dorsaal; n. digitalis intact."),
        ("h", "Aanvullend onderzoek", 11),
        ("p", "X-hand links (SEH, 14-09-2026): schuine, licht verplaatste schachtfractuur "
              "falanx 1 D3 met een klein cortexfragment, geen corpus alienum. Postoperatieve "
              "X-hand (15-09-2026): goede stand, K-draden in situ."),
        ("h", "Operatie", 11),
        ("fields", [("Datum operatie", "14-09-2026"),
                    ("Operateur", "dr. F.J. Huijbregts, plastisch chirurg"),
                    ("Assistent", "drs. T. Aydin, AIOS plastische chirurgie"),
                    ("Anesthesie", "algehele anesthesie; bloedleegte bovenarm 45 min"),
                    ("Ingreep", "Wonddebridement, gesloten repositie en fixatie met 2 gekruiste "
                                "K-draden (1,2 mm) falanx 1 D3 links, primair herstel extensorpees "
                                "zone IV"),
                    ("Beschrijving", "Na desinfectie en afdekken uitgebreid debridement van de "
                                     "wond en spoelen met 2 liter NaCl 0,9%. Fractuur gereponeerd "
                                     "onder doorlichting en gefixeerd met twee gekruiste "
                                     "K-draden; stabiel. Extensorpees (centrale slip intact) "
                                     "gehecht met Prolene 4-0 in kernsteek + doorlopende "
                                     "epitendineuze hechting. Huid gesloten met Ethilon 5-0, "
                                     "klein restdefect secundair genezend. Gipsspalk in intrinsic "
                                     "plus-stand."),
                    ("Complicaties", "geen")], {"lw": 34, "grid": True}),
        ("h", "Beloop", 11),
        ("p", "Postoperatief ongecompliceerd beloop. Intraveneus cefazoline gedurende 48 uur "
              "in verband met de open fractuur, daarna gestopt. Tetanusvaccinatie gegeven op de "
              "SEH. Geen contact met buitenlandse ziekenhuizen, MRSA-screening niet geïndiceerd. Wond rustig bij ontslag, goede capillaire refill. Patiënt is op 16-09-2026 in "
              "goede conditie naar huis ontslagen."),
        ("h", "Medicatie bij ontslag", 11),
        ("p", "Paracetamol 1000 mg 4dd zo nodig; naproxen 500 mg 2dd gedurende 5 dagen; "
              "esomeprazol 20 mg 1dd zolang naproxen."),
        ("h", "Beleid", 11),
        ("p", "Gipsspalk houden tot controle. Wondcontrole en verbandwissel over 5 dagen op de "
              "polikliniek plastische chirurgie, start handtherapie via ons centrum (extensorpees "
              "protocol). K-draden verwijderen na 4 weken op de polikliniek. Arbeidsongeschikt "
              "als timmerman voor minimaal 10 weken."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["dr. F.J. Huijbregts, plastisch chirurg",
                 "mede namens drs. T. Aydin, AIOS"]),
        ("small", "Kopie: patiënt; Handtherapie Amphia"),
    ]
    page = {"font": "Helvetica", "size": 10, "header": hdr, "header_from": 2,
            "footer": "Amphia Breda - klinische brief K. van Rijswijk - pagina {page} van {pages}"}
    lab = L(["correspondence", "operation-report"], "2026-09-18", "specialist", "nl",
            "discharge letter (klinische brief) with full operation section, multi-page",
            "yes", "yes", "no",
            "Discharge letter with a complete operation block (date, operator, assistant, "
            "anaesthesia, procedure, description) -> also an operation report; admission, "
            "discharge, operation and X-ray dates compete with the letter date ('Breda, 18 "
            "september 2026'); repeated running header from page 2; 'Geen contact met buitenlandse "
            "ziekenhuizen' -> treated_abroad no.")
    return {"fmt": "pdf", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 024
def d024():
    blocks = [
        ("lh", "Fysiotherapie Apeldoorn-Zuid", ["Sportfysiotherapie - handtherapie - manuele therapie",
                                                "Laan van Osseveld 4, 7324 AA  Apeldoorn"],
         {"right": ["tel. 055-366 0102", "AGB praktijk 04-123456"]}),
        ("addr", ["Aan: huisarts dr. I. de Kruijf", "Huisartsenpraktijk Osseveld",
                  "Laan van Osseveld 2", "7324 AA  Apeldoorn"]),
        ("p", "**Betreft:** eindverslag fysiotherapie - dhr. B. (Bas) Hulshof, geb. 25-02-1993"),
        ("fields", [("Verwijsdiagnose", "Skiduim links (letsel ulnaire collaterale band MCP-1)"),
                    ("Behandelperiode", "03-03-2026 t/m 05-11-2026"),
                    ("Aantal behandelingen", "21")], {"docx": "tabs", "lw": 50}),
        ("p", "Beste collega,"),
        ("p", "Hierbij het eindverslag van de behandeling van bovengenoemde patiënt. De heer "
              "Hulshof liep het letsel op tijdens een skivakantie in Saalbach (Oostenrijk) in "
              "februari. Hij is daar niet bij een arts of in een ziekenhuis geweest; na terugkomst "
              "werd hij gezien op de SEH van Gelre Apeldoorn, waar een röntgenfoto werd gemaakt "
              "(geen avulsiefractuur) en een duimspalk werd aangemeten. Er is gekozen voor een "
              "conservatief beleid; hij is niet geopereerd."),
        ("p", "**Beloop:** na 6 weken spalk gestart met mobiliserende oefeningen, daarna "
              "stabiliteits- en krachttraining van de duim. Pijn bij knijpen nam af van NPRS 6 "
              "naar 2. Laterale knijpkracht links 7,5 kg (rechts 9,0 kg). Er resteert een lichte "
              "laxiteit bij valgusstress (ca. 10 graden meer dan rechts) met vaste eindgevoel."),
        ("p", "**Conclusie en advies:** functioneel goed herstel; patiënt kan weer klimmen en "
              "werken als elektricien. Bij toename van instabiliteitsklachten adviseren wij "
              "verwijzing naar een handchirurg voor beoordeling. De behandeling is hiermee "
              "afgesloten."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["Wendy Scholten", "fysiotherapeut / handtherapeut CHT-NL"]),
    ]
    page = {"docx_font": "Calibri", "size": 10.5,
            "footer": ["Fysiotherapie Apeldoorn-Zuid - verslag getypt op 9-11-2026 (WS) - pagina {page}",
                       "Aangesloten bij KNGF - Kwaliteitsregister Paramedici"]}
    lab = L([], "2026-11-09", "other", "nl", "physiotherapy end report (DOCX), date only in footer",
            "yes", "no", "no",
            "Physiotherapy letter (not a specialist letter); its only own date is in the DOCX "
            "footer ('verslag getypt op 9-11-2026'); injured abroad (ski holiday Austria) but "
            "explicitly not treated there, first care in Apeldoorn; 'niet geopereerd'; X-ray at "
            "the ED = imaging done; referral to a hand surgeon only advised.")
    return {"fmt": "docx", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 025
def d025():
    blocks = [
        ("h", "Kantonsspital St. Gallen", 15),
        ("p", "Klinik für Radiologie und Nuklearmedizin\nRorschacher Strasse 95, CH-9007 St. Gallen\n"
              "Telefon +41 71 494 11 11"),
        ("hr",),
        ("p", "St. Gallen, 5. März 2026"),
        ("fields", [("Patient", "Herr Jan-Willem Post"), ("Geburtsdatum", "16.10.1977"),
                    ("Wohnort", "Speicherstrasse 12, 9000 St. Gallen"),
                    ("Zuweiser", "Notfallzentrum KSSG, Dr. med. A. Gubler"),
                    ("Untersuchung", "Röntgen Handgelenk rechts in 2 Ebenen, Scaphoid-Serie (Stecher)"),
                    ("Untersuchungsdatum", "04.03.2026, 21:47")], {"lw": 40, "grid": True}),
        ("p", "**Fragestellung:** Sturz beim Skifahren (Flumserberg) auf die rechte Hand, "
              "Druckdolenz Tabatière. Fraktur?"),
        ("p", "**Befund:**\nKeine Voraufnahmen zum Vergleich. Feine, nicht dislozierte "
              "Frakturlinie im Taillenbereich des Os scaphoideum rechts, am besten in der "
              "Stecher-Aufnahme abgrenzbar. Keine Stufenbildung, keine Trümmerzone. Karpale "
              "Stellung regelrecht, skapholunärer Abstand nicht erweitert. Distaler Radius und "
              "Ulna intakt. Weichteilschwellung radialseitig."),
        ("p", "**Beurteilung:**\nNicht dislozierte Fraktur der Scaphoid-Taille rechts (Herbert "
              "Typ A2). Gemäss Klinik CT zur weiteren Beurteilung empfohlen, falls eine operative "
              "Versorgung erwogen wird."),
        ("p", "Freundliche Grüsse"),
        ("sig", ["Dr. med. Corinne Baumberger", "Oberärztin Radiologie",
                 "visiert: PD Dr. med. T. Frischknecht, Leitender Arzt"]),
    ]
    page = {"docx_font": "Arial", "size": 10,
            "footer": "KSSG Radiologie - Befund 26-RX-0304-1182 - Seite {page} von {pages}"}
    lab = L(["imaging-report"], "2026-03-05", "radiologist", "de",
            "Swiss radiology report (DOCX -> PDF)",
            "yes", "unmentioned", "yes",
            "Swiss German spelling (ss for ß); report written a day after the exam; emergency "
            "department of a Swiss hospital (abroad); CT only recommended; report is 9 months "
            "old; 'Zuweiser' is the ED, not a referral.",
            also=["2026-03-04"])
    return {"fmt": "docx2pdf", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 026
def d026():
    t = """The Ridgeway Surgery                                         Patient Summary
41 Ridgeway Road, Derby DE23 1XY                                  Printed on: 27-Nov-2026
Tel 01332 000 000                                                 Printed by: J. Carter (Admin)

Name: Mr Thomas VAN DER LINDEN          DOB: 06-Jun-1969        Gender: Male
NHS No: 401 882 7706                    Usual GP: Dr Helen Marsh
Address: 12 Swarkestone Drive, Derby DE23 2AB (registration ended 20-Nov-2026:
moving to the Netherlands)

------------------------------------------------------------------------
ACTIVE PROBLEMS
  02-Sep-2026   Osteoarthritis of carpometacarpal joint of right thumb
  14-Jan-2024   Trigger finger of right ring finger
  11-Mar-2015   Essential hypertension

SIGNIFICANT PAST PROBLEMS
  15-Mar-2024   Trigger finger release, right ring finger (Royal Derby Hospital,
                day case, Mr A. Chaudhry) - uneventful
  08-Jul-2011   Inguinal hernia repair (left)
  1998          Fracture of right fifth metacarpal (conservative)

------------------------------------------------------------------------
MEDICATION (repeat)
  Amlodipine 5mg tablets - one daily          last issued 03-Nov-2026
  Paracetamol 500mg tablets - two QDS PRN     last issued 03-Nov-2026
  Ibuprofen 5% gel - apply TDS PRN            last issued 12-Sep-2026

ALLERGIES
  No known drug allergies

------------------------------------------------------------------------
CONSULTATIONS (last 6 months)

03-Nov-2026  Dr Helen Marsh (Face to face)
  History: R thumb base pain persists despite splint + gel. Moving to NL end of
           November, wants hand surgery opinion there. Asks for summary.
  Plan:    Summary printed for patient. Advised to register with Dutch GP
           (huisarts) and ask for referral.

12-Sep-2026  Dr Helen Marsh (Telephone)
  History: X-ray result discussed.
  Result:  XR right hand 02-Sep-2026 (Royal Derby Hospital): moderate OA of the
           1st CMC joint with joint space narrowing and osteophytes; previous
           surgery ring finger noted, no abnormality.
  Plan:    Thumb splint via physio, topical NSAID.

02-Sep-2026  Radiology request: XR right hand - attended.

19-Aug-2026  Dr P. Okafor (Face to face)
  History: 4/12 R thumb base pain, worse gripping. No trauma.
  Exam:    Tender 1st CMC joint, positive grind test.
  Plan:    X-ray right hand. Review with result.

06-Jun-2026  Nurse (BP check)  BP 138/84. Continue amlodipine.

------------------------------------------------------------------------
End of summary - 2 of 2 sections printed
"""
    lab = L(["history"], "2026-11-27", "gp", "en", "UK GP practice summary (EMIS-like)",
            "yes", "yes", "yes",
            "UK GP summary with 'dd-Mon-yyyy' dates; trigger finger release at Royal Derby "
            "Hospital (abroad from the Dutch clinic's view) is hand surgery; hernia repair is "
            "another body part; X-ray done 02-Sep-2026; printed by admin staff.")
    return {"fmt": "txt", "text": t, "label": lab}


# ------------------------------------------------------------------ 027
def d027():
    blocks = [
        ("lh", "AZ Groeninge", ["Dienst Medische Beeldvorming", "President Kennedylaan 4",
                                "8500 Kortrijk - België"],
         {"right": ["tel. +32 56 63 32 00", "Protocolnr. MB-26-0917-0442", "Kortrijk, 18/09/2026"]}),
        ("addr", ["Geachte Collega dr. B. Vanhoutte", "dienst orthopedie - campus Kennedylaan"]),
        ("fields2",
         [("Patiënt", "Dhr. Wout DESMET"), ("Geboren", "°03/02/1975"), ("Patiëntnr.", "8204417")],
         [("Datum onderzoek", "17/09/2026"), ("Onderzoek", "NMR rechterpols + RX rechterpols"),
          ("Verwijzer", "dr. B. Vanhoutte")]),
        ("p", "**Klinische inlichtingen:** Chronische pijn radiale zijde rechterpols na "
              "ongeval op het werk (val van ladder, 2024). Vraag naar SLAC-pols?"),
        ("h", "RX rechterpols (F + P)", 11),
        ("p", "Verbreding van de scafolunaire spleet tot 5 mm met 'ring sign' van het "
              "scaphoid. Beginnende artrose tussen processus styloideus radii en scaphoid. "
              "Radiolunair gewricht gespaard."),
        ("h", "NMR rechterpols", 11),
        ("p", "Volledige ruptuur van het scafolunair ligament met DISI-stand (scafolunaire hoek "
              "78°). Kraakbeenverlies en subchondraal oedeem in het radioscafoïdaal gewricht "
              "(styloïd deel). Lunatum en radiolunaire facet met normaal kraakbeen. Geen "
              "aanwijzingen voor osteonecrose. TFCC intact. Klein synoviaal vochtvolume."),
        ("h", "Besluit", 11),
        ("p", "SLAC-pols rechts stadium I-II (artrose styloïd-scaphoid, beginnend "
              "radioscafoïdaal), volledige SL-ruptuur met DISI. Geen avasculaire necrose."),
        ("sig", ["dr. Els Verstraete, radioloog",
                 "Dit verslag werd elektronisch gevalideerd."]),
    ]
    page = {"font": "DejaVu", "size": 9.5,
            "footer": "AZ Groeninge vzw - Medische Beeldvorming - protocol MB-26-0917-0442 - p. {page}/{pages}"}
    lab = L(["imaging-report"], "2026-09-18", "radiologist", "nl",
            "Flemish radiology protocol (medische beeldvorming)",
            "yes", "unmentioned", "yes",
            "Belgian hospital (Kortrijk) = treated outside NL; Flemish terms ('Besluit', 'NMR', "
            "'Klinische inlichtingen', '°' birth date); two exams in one report; report date in "
            "letterhead column, exam date in field block; addressed to the requesting colleague.",
            also=["2026-09-17"])
    return {"fmt": "pdf", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 028
def d028():
    blocks = [
        ("lh", "Zuyderland Medisch Centrum", ["Plastische Chirurgie - Handcentrum",
                                               "Henri Dunantstraat 5, 6419 PC  Heerlen"],
         {"right": ["T 088 459 7777", "Datum: 22 oktober 2026", "Kenmerk: PLCH/MP/3318740"]}),
        ("addr", ["Geachte mevrouw dr. A. Ramakers, huisarts", "Gezondheidscentrum Hoensbroek",
                  "Akerstraat 80", "6431 HL  Hoensbroek"]),
        ("p", "**Betreft:** mw. J. Schrijnemakers, geb. 17-01-1966, Kerkstraat 4, 6431 HK Hoensbroek"),
        ("p", "Geachte collega,"),
        ("p", "Op het spreekuur van de verpleegkundig specialist handchirurgie zag ik uw "
              "patiënte in verband met tintelingen in beide handen, rechts meer dan links."),
        ("p", "**Anamnese:** sinds ruim een jaar nachtelijke tintelingen in duim, wijs- en "
              "middelvinger rechts, waar ze 's nachts wakker van wordt. Links minder uitgesproken. "
              "Laat voorwerpen vallen. Nachtspalk (via u gestart in mei) helpt gedeeltelijk. "
              "Diabetes mellitus type 2, hypothyreoïdie. Zij verbleef deze zomer zes weken in Spanje, "
              "maar heeft daar geen arts of ziekenhuis bezocht."),
        ("p", "**Lichamelijk onderzoek:** geen thenaratrofie. Hypesthesie D1-D3 rechts. Tinel "
              "en Phalen positief rechts, Phalen links na 50 sec. Abductiekracht duim symmetrisch."),
        ("p", "**Aanvullend onderzoek:** EMG (neurologie, 15-09-2026): matig-ernstig "
              "carpaletunnelsyndroom rechts, licht links. Echografie pols rechts (22-10-2026, "
              "tijdens dit bezoek): vergrote doorsnede n. medianus (CSA 16 mm²), geen ruimte-"
              "innemend proces."),
        ("p", "**Conclusie:** carpaletunnelsyndroom beiderzijds, rechts matig-ernstig."),
        ("p", "**Beleid:** een carpaletunnelrelease rechts is met patiënte besproken, met uitleg "
              "over de ingreep onder lokale verdoving en de nazorg. Mevrouw heeft in haar omgeving "
              "een tegenvallend resultaat gezien en wil eerst een second opinion. Zij zal dit via "
              "u aanvragen. Zij staat (nog) niet op de wachtlijst. Links voorlopig nachtspalk."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["M. Pelzer MANP, verpleegkundig specialist handchirurgie",
                 "Supervisor: dr. H.C. Lemmens, plastisch chirurg"]),
        ("small", "cc: patiënte\nBijlage: EMG-verslag neurologie"),
    ]
    page = {"docx_font": "Segoe UI", "size": 10,
            "footer": "Zuyderland Medisch Centrum - Heerlen | Sittard-Geleen - www.zuyderland.nl - {page}/{pages}"}
    lab = L(["correspondence"], "2026-10-22", "specialist", "nl",
            "outpatient letter by nurse specialist (DOCX)",
            "yes", "unmentioned", "no",
            "Hospital letter signed by a nurse specialist under supervision of the plastic "
            "surgeon; six weeks in Spain without any doctor or hospital -> treated_abroad no; operation only discussed, not on waiting list; echo done on the day of the "
            "letter; EMG (not imaging) attached; patient will ask the GP for a second opinion.")
    return {"fmt": "docx", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 029
def d029():
    fax1 = "25-11-2026 10:44   VAN: 0527-681234 HUISARTSEN HET WANT URK       AAN: 033-4770190    P.01/02"
    fax2 = "25-11-2026 10:45   VAN: 0527-681234 HUISARTSEN HET WANT URK       AAN: 033-4770190    P.02/02"
    t = fax1 + """

HUISARTSENPRAKTIJK HET WANT
Wijk 2-18, 8321 EK  Urk   -   tel. 0527-681230   -   fax 0527-681234
H. Kramer & T. de Boer, huisartsen

                                                        Urk, 24 november 2026

Aan:    Handkliniek Meridiaan, afd. Planning
        Fax 033-4770190

VERWIJSBRIEF

Betreft : dhr. J. (Jan) Brouwer, geb. 03-01-1951
          Oranjestraat 11, 8321 BS Urk
          Zorgverzekeraar: Zilveren Kruis, polisnr. 33018277

Collega,

Graag verwijs ik bovengenoemde patiënt ter behandeling van een triggerfinger
van de middelvinger rechts. Klachten bestaan sinds het voorjaar; de vinger
schiet 's ochtends op slot en moet met de andere hand worden gestrekt.
Palpabele nodus ter hoogte van A1. Twee injecties met corticosteroïden (juni en
september 2026) gaven slechts kortdurend effect.

Niet eerder geopereerd. Geen aanvullend onderzoek (geen foto of echo) verricht.

Verzoek: graag operatieve release van de A1-pulley D3 rechts.

""" + "\f" + fax2 + """

Voorgeschiedenis : COPD GOLD 2, AF (DOAC), 2017 coronaire bypass (CABG).
Medicatie        : apixaban 5 mg 2dd, tiotropium inh., metoprolol 50 mg 1dd.
Let op           : antistolling - graag beleid rondom ingreep afstemmen.

Met vriendelijke groet,

H. Kramer, huisarts

(Deze fax bevat 2 pagina's. Bij onleesbaarheid graag bellen 0527-681230.)
"""
    lab = L(["referral"], "2026-11-24", "gp", "nl", "GP referral as fax text with fax header per page",
            "no", "no", "unmentioned",
            "Referral 'ter behandeling' asking for an operation without any question or second "
            "opinion (referral_question false); fax header with send date (25-11) on each page "
            "differs from the letter date (24 november); form-feed between pages; 'Niet eerder "
            "geopereerd' and 'geen foto of echo' are negations; CABG is another body part; cp1252.",
            rq=False)
    return {"fmt": "txt", "text": t, "encoding": "cp1252", "label": lab}


# ------------------------------------------------------------------ 030
def d030():
    blocks = [
        ("lh", "Erasmus MC", ["Department of Plastic and Reconstructive Surgery and Hand Surgery",
                              "Dr. Molewaterplein 40, 3015 GD Rotterdam, the Netherlands"],
         {"right": ["Outpatient clinic: +31 10 704 0704", "Our reference: PRHC/RK/AdB/5519032",
                    "Date: 3 November 2026"], "image": True, "sub": "University Medical Center Rotterdam"}),
        ("addr", ["Dr. Elena Ruiz Molina", "Centro de Salud Las Tablas", "Calle de Palas de Rey 7",
                  "28050 Madrid, Spain"]),
        ("p", "**Concerning:** Ms. L. (Lucía) Fernández García, born 22-09-1988\n"
              "Address in the Netherlands: Witte de Withstraat 61-B, 3012 BN Rotterdam"),
        ("p", "Dear colleague,"),
        ("p", "We saw your patient on our outpatient clinic on 29-10-2026 for her left wrist "
              "complaints. She is a 38 years old right handed PhD student who lives in Rotterdam "
              "since 2024 and visits her family in Madrid regularly."),
        ("p", "**History:** In June 2026, during a visit to Madrid, she fell from an electric "
              "scooter on the outstretched left hand. She did not see a doctor in Spain; after "
              "her return two days later she was seen at our emergency department, where X-rays "
              "showed no fracture and a plaster splint was applied for two weeks. Since then she has persisting dorsal wrist pain "
              "with a painful click during loaded extension. She has never undergone surgery of "
              "the wrist. No relevant other medical history."),
        ("p", "**Physical examination:** Tender point dorsally over the scapholunate interval. "
              "Watson scaphoid shift test positive with a painful clunk, compared to the right "
              "side. Range of motion extension 60 / flexion 55 degrees (right 75/70). Grip "
              "strength 22 kg left versus 30 kg right."),
        ("p", "**Additional investigations:** MRI arthrography of the left wrist at our department "
              "(27-10-2026): partial tear of the dorsal scapholunate ligament without widening "
              "of the SL interval, no DISI."),
        ("p", "**Conclusion:** Dynamic (pre-dynamic) scapholunate instability of the left wrist "
              "after a fall in June 2026."),
        ("p", "**Policy:** We started proprioceptive hand therapy (dart-throwing motion "
              "exercises, strengthening of the FCR and ECRL) for 12 weeks. If complaints persist, "
              "a diagnostic wrist arthroscopy with possible debridement or capsulodesis can be "
              "considered. We will see her back in February 2027."),
        ("p", "Yours sincerely,"),
        ("sig", ["dr. R.A. Kuijpers, plastic surgeon",
                 "A. de Boer MSc, physician assistant"]),
        ("small", "cc: patient; H. van Dijk, huisarts, Rotterdam-Centrum"),
    ]
    page = {"font": "LiberationSerif", "size": 10.5,
            "footer": "Erasmus MC - Page {page} of {pages}"}
    lab = L(["correspondence"], "2026-11-03", "specialist", "en",
            "Dutch hospital letter written in English (Dutch-English phrasing)",
            "yes", "no", "no",
            "Dutch sender writing English ('on our outpatient clinic', 'Policy'); hospital name "
            "only in an image letterhead, address as text; injured in Madrid but 'did not see a "
            "doctor in Spain', treated at the Rotterdam ED -> treated_abroad no; letter addressed "
            "to a GP in Madrid; 'never "
            "undergone surgery of the wrist'; arthroscopy only considered; dd-mm-yyyy dates in "
            "English text.",
            also=["2026-10-29"])
    return {"fmt": "pdf", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 031
def d031():
    blocks = [
        ("addr", ["Gemeinschaftspraxis Dr. med. B. Schmitz & Dr. med. K. Offermann",
                  "Fachärzte für Allgemeinmedizin", "Jakobstraße 44 · 52064 Aachen",
                  "Tel. +49 241 401 22 0"]),
        ("addr", ["Handkliniek Meridiaan", "z. Hd. Handchirurgie / Zweitmeinung",
                  "Postbus 4410", "NL-3800 GK Amersfoort"]),
        ("p", "Aachen, den 16.11.2026"),
        ("p", "**Überweisung zur Zweitmeinung (Handchirurgie)**"),
        ("p", "Patientin: **Frau Annelies Coenen**, geb. 11.05.1970, Lütticher Straße 201, "
              "52074 Aachen"),
        ("p", "Sehr geehrte Kolleginnen und Kollegen,"),
        ("p", "ich überweise Ihnen meine Patientin mit der Bitte um eine Zweitmeinung bei "
              "symptomatischer Rhizarthrose beidseits, rechts führend."),
        ("p", "**Anamnese/Befunde:** Seit 2023 zunehmende Schmerzen am Daumensattelgelenk "
              "rechts, Kraftverlust beim Spitzgriff, inzwischen auch nachts. Konservative "
              "Therapie mit Orthese, NSAR und zwei Kortisoninfiltrationen (zuletzt 08/2026) ohne "
              "anhaltenden Erfolg. Röntgen beider Hände (05.06.2026) und MRT rechts (02.09.2026): "
              "Rhizarthrose Stadium Eaton III rechts, II links. Die Patientin wurde in der "
              "Sektion Handchirurgie des Luisenhospitals Aachen ambulant behandelt; dort wurde "
              "eine Resektionsarthroplastik (Trapezektomie mit Sehnensuspension) empfohlen. "
              "Bisher wurde sie an der Hand nicht operiert."),
        ("p", "**Fragestellung:** Ist eine operative Therapie derzeit indiziert, oder kommen "
              "alternativ eine Denervierung bzw. eine Daumensattelgelenkprothese in Betracht? "
              "Die Patientin (Niederländerin, Grenzgängerin) wünscht ausdrücklich eine "
              "Beurteilung in den Niederlanden."),
        ("p", "**Vorerkrankungen:** Z. n. Sectio 2001, Hashimoto-Thyreoiditis. "
              "**Medikation:** L-Thyroxin 100 µg. **Allergien:** keine bekannt."),
        ("p", "Befunde (Röntgen, MRT, Arztbrief Luisenhospital) liegen bei."),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("sig", ["Dr. med. Barbara Schmitz", "Fachärztin für Allgemeinmedizin"]),
    ]
    page = {"docx_font": "Arial", "size": 10.5,
            "footer": "Gemeinschaftspraxis Schmitz & Offermann · BSNR 38 000 000 · Sprechzeiten Mo-Fr 8-12 Uhr"}
    lab = L(["referral"], "2026-11-16", "gp", "de", "German GP referral letter for second opinion",
            "yes", "no", "yes",
            "German GP ('Überweisung zur Zweitmeinung') with 'Aachen, den 16.11.2026'; outpatient "
            "treatment at Luisenhospital Aachen = abroad from the Dutch clinic's view; operation "
            "only recommended and 'nicht operiert' stated; caesarean is another body part; "
            "enclosures mentioned.",
            rq=True)
    return {"fmt": "docx", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 032
def d032():
    blocks = [
        ("lh", "Handkliniek Meridiaan", ["Postbus 4410, 3800 GK Amersfoort",
                                         "Hand and wrist clinic - second opinions"],
         {"right": ["T +31 33 477 0100", "privacy@handkliniekmeridiaan.example"]}),
        ("h", "AUTHORISATION TO REQUEST MEDICAL RECORDS", 13),
        ("p", "(Machtiging opvragen medische gegevens - English version)"),
        ("p", "I, the undersigned, authorise Handkliniek Meridiaan to request copies of my "
              "medical records (letters, operation reports, imaging reports and images on CD) "
              "from the healthcare providers listed below, for the purpose of a second opinion."),
        ("fields", [("Full name", "Charlotte M. Verbruggen"), ("Date of birth", "31-07-1984"),
                    ("Address", "Van Baerlestraat 102-III, 1071 BB Amsterdam"),
                    ("Phone / e-mail", "+31 6 2938 4410 / c.verbruggen@mail.example")],
         {"lw": 40, "grid": True}),
        ("table", ["Provider / hospital", "Department", "Treatment", "Period"], [
            ["Ziekenhuis Amstelland, Amstelveen", "Orthopaedics", "outpatient follow-up",
             "May - Sept 2026"],
            ["Hospital Quirónsalud Marbella (Spain)", "Emergency dept. / Traumatology",
             "admission, surgery left wrist (plate)", "April 2026"],
            ["Huisartsenpraktijk Oud-Zuid", "GP", "summary", "-"],
        ], {"widths": [0.33, 0.22, 0.27, 0.18]}),
        ("p", "I understand that I can withdraw this authorisation at any time. The information "
              "will only be used for my treatment at Handkliniek Meridiaan."),
        ("fields", [("Date", "......................"), ("Place", "Amsterdam"),
                    ("Signature", "(signed) C.M. Verbruggen")], {"lw": 40}),
        ("small", "Form HKM-PRIV-07 EN - please return to the intake desk or by post."),
    ]
    page = {"font": "Helvetica", "size": 9.5,
            "footer": "Handkliniek Meridiaan - authorisation form - page {page} of {pages}"}
    lab = L([], None, "patient", "en", "clinic consent / records authorisation form (English), date left blank",
            "unmentioned", "yes", "yes",
            "Consent form filled and signed by the patient but the date line left blank "
            "(no own date; only periods 'April 2026' etc.); kinds none; author patient, arguably "
            "other; the provider table states admission and wrist surgery in Hospital "
            "Quirónsalud Marbella; 'imaging reports and images on CD' is boilerplate, not a "
            "statement that imaging was done.")
    return {"fmt": "pdf", "blocks": blocks, "page": page, "label": lab}
