# -*- coding: utf-8 -*-
"""ti-045 .. ti-064. All persons, practices, hospitals and addresses are invented."""
from common import (CLINIC_ADDR, CLINIC_ADDR_EN, LH_EEMHOF, LH_LINGEHOF, LH_TERWEYDE, LH_ALDEGONDE,
                    LH_HOORNBEEK, LH_AMSTELZICHT)

DOCS = []


def add(**kw):
    DOCS.append(kw)


# ---------------------------------------------------------------- ti-045
add(stem="ti-045", fmt="txt", text="""
AZ HEIDEBLOEM - KLINISCH LABORATORIUM - Dienst Microbiologie
Campus Mol, Heidebloemlaan 4, 2400 Mol   tel. 014 33 70 00
Erkend laboratorium RIZIV 8-25114-01-998
Klinisch bioloog: apr. biol. dr. Karolien Smets

PROTOCOL                                   Protocoldatum: 30/11/2026
Aanvragend arts: dr. W. Daelemans (huisarts), Kerkstraat 41, 2400 Mol
Patiënt        : BOSMANS-WOUTERS Lieve   °04/09/1961   V
Staalname      : 28/11/2026 10:05 (afname huisartspraktijk)
Ontvangst      : 28/11/2026 14:40
Staalnr        : 2611280417

----------------------------------------------------------------------
MICROBIOLOGIE - SCREENING MRSA
----------------------------------------------------------------------
Staal                     Techniek                 Resultaat
Neus (wisser)             PCR mecA/SCCmec + nuc    NEGATIEF
Keel (wisser)             cultuur selectief        geen MRSA gekweekt
Perineum (wisser)         cultuur selectief        geen MRSA gekweekt

Besluit: screening MRSA negatief.

Opmerking: resultaat definitief na 48 u incubatie van de culturen.
----------------------------------------------------------------------
Gevalideerd 30/11/2026 09:12 - dr. K. Smets
Pagina 1/1
""", label=dict(kinds=["mrsa-screening"], date="2026-11-30", also_dates=["2026-11-28"], author="lab",
                language="nl", style="Belgian hospital lab protocol (Flemish), plain text",
                imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
                notes="Belgian MRSA result requested by a Belgian GP: no clinical details, so nothing about "
                      "treatment abroad is stated in this document (the lab is abroad but did not treat her). "
                      "Flemish: 'staalname', 'Besluit', '°' birth date."),
    hard="Belgian lab; 'Besluit'; ° birth date; no clinical info")

# ---------------------------------------------------------------- ti-046
add(stem="ti-046", fmt="pdf", font="Sans", size=9,
    lh={"logo": "Kestrel Lane Surgery", "logo_size": 14, "logo_sub": "Patient Summary Printout",
        "color": "#005eb8", "shape": "bar",
        "right": ["Printed on 12-Nov-2026 10:32", "by Dr N Okafor (G8812345)", "Organisation: X99817",
                  "CONFIDENTIAL – patient identifiable data"]},
    footer=["Kestrel Lane Surgery, 14 Kestrel Lane, Long Ashcombe, Dorset DT6 4QP"],
    pagenum="Page {n}", later="HOLLINGS, Patricia Ann (Mrs)  DOB 03-Jul-1968  NHS 999 418 2275  – continued",
    blocks=[
        ("banner", [("Name", "HOLLINGS, Patricia Ann (Mrs)", "NHS Number", "999 418 2275"),
                    ("Date of birth", "03-Jul-1968 (58y)", "Usual GP", "Dr N Okafor"),
                    ("Address", "22 Bridge Street, Long Ashcombe, Dorset DT6 4RW", "Registered", "14-Feb-1999")]),
        ("h", "Active Problems"),
        ("table", ["Date", "Problem", "Comment"],
         [["18-Jun-2025", "Recurrent Dupuytren's contracture of right little finger", "Hand clinic review 02-Oct-2026"],
          ["09-Mar-2011", "Hypothyroidism", "On levothyroxine"]], {"widths": [26, 80, 60]}),
        ("h", "Significant Past Problems"),
        ("table", ["Date", "Problem", "Comment"],
         [["14-Mar-2024", "Fasciectomy of palmar fascia – right little finger",
           "St Aldhelm's Hospital, Mr J Pennock"],
          ["21-Jan-2023", "Dupuytren's contracture", "Referred to hand clinic"],
          ["02-Oct-2009", "Total abdominal hysterectomy", "Fibroids"]], {"widths": [26, 80, 60]}),
        ("h", "Current Repeat Medication"),
        ("table", ["Drug", "Dosage", "Last issued"],
         [["Levothyroxine 75 microgram tablets", "One daily", "28-Oct-2026"]], {"widths": [80, 50, 36]}),
        ("h", "Allergies"),
        ("p", "Penicillin – rash (recorded 1994)"),
        ("h", "Recent Consultations (last 6 months)"),
        ("table", ["Date", "Clinician", "Entry"],
         [["11-Nov-2026", "Dr N Okafor", "History: wants second opinion in NL re finger, moving to Amersfoort Jan 2027. "
                                         "Plan: referral letter; summary printed for patient."],
          ["09-Oct-2026", "Letter", "Letter from St Aldhelm's Hospital Hand Clinic (Mr Pennock) 02-Oct-2026: recurrent "
                                    "Dupuytren's R little finger, options PNF vs revision fasciectomy."],
          ["16-Jul-2026", "Dr R Hamblin", "Annual thyroid review. TSH 2.4. Continue."],
          ["03-Jun-2026", "Practice Nurse", "Cervical screening – no longer required (TAH). BP 128/76."]],
         {"widths": [26, 30, 110]}),
        ("h", "Investigations (last 12 months)"),
        ("p", "TSH 2.4 mU/L (16-Jul-2026). No other results."),
    ],
    label=dict(kinds=["history"], date="2026-11-12", author="gp", language="en",
               style="UK GP clinical system summary printout (EMIS-like), tables, reportlab PDF",
               imaging_done="unmentioned", operated="yes", treated_abroad="yes",
               notes="UK GP record of a UK operation (St Aldhelm's Hospital): treated_abroad=yes by definition though "
                     "nothing says 'abroad' (judgement). dd-Mon-yyyy dates. Hysterectomy is another body part. "
                     "'No other results' refers to lab results, not imaging (imaging_done=unmentioned)."),
    hard="EMIS-like tables; dd-Mon-yyyy; UK operation = abroad only implicitly")

# ---------------------------------------------------------------- ti-047
add(stem="ti-047", fmt="docx", font="Sans", size=10.5,
    lh=dict(LH_AMSTELZICHT, dept="Department of Plastic, Reconstructive and Hand Surgery"),
    footer=["Amstelzicht Medisch Centrum · Plastische Chirurgie · T 020 – 745 64 10"],
    blocks=[
        ("addr", ["Dr. M. Hoogstraten, GP", "Amstel International GP Practice", "Amstelhoflaan 9",
                  "1181 ZM Amstelveen"]),
        ("kv", [("Date", "26 November 2026"), ("Our reference", "PLA/FH/2611-6640"),
                ("Patient", "Ms P. Venkataraman, date of birth 21-03-1988"),
                ("Hospital number", "6640211")], {"w": 34}),
        ("p", "Dear colleague,"),
        ("p", "Thank you for referring Ms Venkataraman, whom I saw in our outpatient clinic today. As she does not "
              "speak Dutch, this letter is in English."),
        ("h", "History"),
        ("p", "Ms Venkataraman is a 38-year-old right-handed financial analyst who moved from Dubai to Amstelveen in "
              "August. She reports locking of the right thumb for about a year. She was previously treated for this "
              "at the Creekside Orthopaedic & Sports Clinic in Dubai, where a corticosteroid injection was given in February "
              "with relief for four months. No surgery was performed there or since."),
        ("h", "Examination"),
        ("p", "Tender nodule at the A1 pulley of the right thumb with active triggering, passively correctable. No "
              "swelling of the wrist, Finkelstein negative, no signs of CMC-1 arthritis. Sensation intact."),
        ("h", "Additional investigations"),
        ("p", "Ultrasound in our department today showed thickening of the A1 pulley (1.4 mm) with a small nodule "
              "of the flexor pollicis longus tendon. No ganglion."),
        ("h", "Conclusion"),
        ("p", "Stenosing tenosynovitis (trigger thumb), right."),
        ("h", "Policy"),
        ("p", "We offered a second corticosteroid injection or a surgical release of the A1 pulley under local "
              "anaesthesia. She would like to discuss the options with her family and may ask for a second opinion. "
              "She will contact our outpatient clinic."),
        ("p", "Yours sincerely,"),
        ("sig", ["", "dr. F. Hasselaar", "Plastic surgeon"]),
        ("small", "cc: patient"),
    ],
    label=dict(kinds=["correspondence"], date="2026-11-26", author="specialist", language="en",
               style="Dutch hospital outpatient letter written in English (Dutch section headings translated)",
               imaging_done="yes", operated="no", treated_abroad="yes",
               notes="Dutch hospital writing in English. Care abroad = injection at a (fictitious) clinic in Dubai "
                     "(treated in a clinic outside NL). 'No surgery was performed there or since' = operated no; "
                     "release only offered. DOB in Dutch dd-mm-yyyy, date in English long form."),
    hard="English letter from NL hospital; injection abroad; negated surgery; offered release")

# ---------------------------------------------------------------- ti-048
add(stem="ti-048", fmt="pdf", pagesize="letter", font="Serif", size=11, margin=25,
    lh={"logo": "Cedar Bluff Hand Surgery", "logo_size": 16, "logo_sub": "Hand · Wrist · Elbow · Microsurgery",
        "color": "#2b4162", "shape": "circle",
        "right": ["Laura M. Pettigrew, MD, FAAOS", "2210 Cedar Bluff Parkway", "Asheville, NC 28806",
                  "Tel (828) 555-0190 · Fax (828) 555-0199"]},
    footer=["This communication contains confidential health information."], pagenum="",
    blocks=[
        ("p", "November 3, 2026"),
        ("addr", ["Handkliniek Eemhof", "Attn: New Patient Coordinator", "Zuiderhofweg 40",
                  "3818 KX Amersfoort", "THE NETHERLANDS"]),
        ("lp", "RE:", "Noah T. Hartsfield – DOB 11/02/1979"),
        ("p", "Dear Colleagues,"),
        ("p", "I am writing to refer Mr. Hartsfield for continued postoperative care of his right wrist. He is "
              "relocating to Utrecht in December for work and will be living in the Netherlands for at least three "
              "years."),
        ("p", "Mr. Hartsfield developed ulnar-sided right wrist pain in March 2026. An MRI on 08/14/2026 showed a "
              "central TFCC perforation. After failing nonoperative treatment including a corticosteroid injection, "
              "he underwent right wrist arthroscopy with TFCC debridement and limited synovectomy on 09/03/2026. His "
              "recovery has been uneventful. At his last visit on 10/20/2026 he had near full range of motion, grip "
              "strength 41 kg (contralateral 47 kg) and mild residual ulnar-sided discomfort with heavy lifting. He "
              "has completed six weeks of hand therapy and is on a home exercise program."),
        ("p", "I would be grateful if you would assume his care. He will need a final postoperative review at around "
              "four months. Enclosed are the operative report, the MRI report and my clinic notes."),
        ("p", "Please do not hesitate to contact my office with any questions."),
        ("p", "Sincerely,"),
        ("sig", ["", "Laura M. Pettigrew, MD", "Board certified, Orthopaedic Surgery",
                 "Subspecialty certificate in Surgery of the Hand"]),
        ("small", "Enclosures (3)   cc: Noah T. Hartsfield; Samuel Oyelaran, DO"),
    ],
    label=dict(kinds=["referral", "correspondence"], date="2026-11-03", author="specialist", language="en",
               style="US surgeon referral/transfer-of-care letter, letter size, reportlab PDF",
               referral_question=False, imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Referral for continued care only – no question, no second opinion asked "
                     "(referral_question=false). Judgement: written by the treating surgeon, so also correspondence. "
                     "US dates throughout (11/02/1979 = 2 November; 10/20/2026). Operation abroad (US)."),
    hard="referral without question; US dates; specialist letter = referral + correspondence")

# ---------------------------------------------------------------- ti-049
add(stem="ti-049", fmt="txt", text="""
NOORDSTER TRAVEL ASSISTANCE                         MEDICAL EXPENSES CLAIM FORM
Claims department - P.O. Box 7720 - 2500 GS The Hague - claims@noordster-assist.eu
Form TA-M3 (rev. 05/2025)                          Claim no.: ES-26-0818-44721

SECTION 1 - POLICYHOLDER / PATIENT
  Name ................ Mrs Marloes VERHOEF-DIJKSTRA
  Date of birth ....... 17/04/1983
  Policy number ....... ETA-7781-2290-NL
  Address ............. Korenbloemstraat 8, 3832 ND Leusden, Netherlands
  Phone / e-mail ...... +31 6 5811 2047 / marloesverhoef@ziggo.nl

SECTION 2 - INCIDENT
  Country ............. Spain
  Date of incident .... 12/08/2026
  Description ......... Slipped on wet tiles at holiday apartment, fell on
                        outstretched left hand.

SECTION 3 - TREATMENT RECEIVED (tick all that apply)
  [X] Hospital admission abroad
  [ ] Outpatient / emergency treatment only
  [ ] Doctor's visit (GP / hotel doctor)
  [X] X-rays / scans
  [ ] Surgery
  [X] Medication
  [ ] Repatriation by Noordster
  Name of hospital .... Clinica Medica Puerto Azul, Torrevieja
  Admission ........... 12/08/2026     Discharge .... 14/08/2026
  Treating doctor ..... Dr. J. Ferrandiz Soler (traumatologia)
  Treatment ........... X-rays left wrist, closed reduction of fracture under
                        sedation, plaster cast, pain medication.

SECTION 4 - COSTS (attach original invoices)
  Hospital invoice no. 2026/08/1174 ........... EUR  2.846,00  [X] paid by me
  Pharmacy .................................... EUR     38,40  [X] paid by me
  Taxi to/from hospital ....................... EUR     46,00

SECTION 5 - DECLARATION
  I declare that the information given is true and complete. I authorise
  Noordster to obtain medical information from the treating physicians.

  Place/date: Leusden, 29/08/2026        Signature: M. Verhoef
""", label=dict(kinds=[], date="2026-08-29", author="patient", language="en",
                style="travel insurance claim form with [X] boxes, plain text",
                imaging_done="yes", operated="unmentioned", treated_abroad="yes",
                notes="Insurance form, no document kind. Admission abroad ticked and hospital named (Torrevieja). "
                      "Judgement: 'closed reduction under sedation' is not an operation and 'Surgery' is unticked – "
                      "an unticked box is not a clear statement, so operated=unmentioned. Incident date and claim date "
                      "in dd/mm/yyyy; form revision date is not the document date."),
    hard="tick boxes; closed reduction vs surgery; incident vs claim dates")

# ---------------------------------------------------------------- ti-050 (merged M3)
add(stem="ti-050", fmt="merged", parts=[
    dict(font="Sans", size=10,
         lh=dict(LH_HOORNBEEK, dept="Orthopedie en Traumatologie"),
         footer=["MC Hoornbeek · Orthopedie · T 0229 – 27 85 50"], pagenum="{n}",
         blocks=[
             ("kv", [("Datum", "8 september 2026"), ("Kenmerk", "ORT/RvW/2609-1184")], {"w": 24}),
             ("addr", ["Dhr. T. Visser, huisarts", "Huisartsenpraktijk Bessenhof", "Bessenhof 77",
                       "1625 HV Hoorn"]),
             ("lp", "Betreft:", "dhr. C. Schipper, geb. 13-03-1948"),
             ("p", "Geachte collega,"),
             ("p", "Op 7 september zagen wij uw patiënt terug op de polikliniek, zeven weken na de excisie van een "
                   "mucoïdcyste met osteofytresectie van het DIP-gewricht van de rechter middelvinger (21 juli 2026)."),
             ("p", "De wond is fraai genezen, geen recidief van de cyste. De nagel groeit zonder groeve uit. Flexie DIP "
                   "0-40°, niet pijnlijk. Zoals bekend toonde de röntgenfoto van mei 2026 artrose van meerdere "
                   "DIP-gewrichten; hierover heeft patiënt op dit moment geen klachten."),
             ("p", "Patiënt vroeg nog of hij vanwege zijn lange verblijven in Frankrijk een MRSA-probleem heeft. De "
                   "MRSA-vragenlijst bij de pre-operatieve screening was negatief: geen ziekenhuisopnames of "
                   "behandelingen in het buitenland."),
             ("h", "Beleid"),
             ("p", "Geen verdere controles. Bij nieuwe klachten kan hij via u terugkomen."),
             ("p", "Met vriendelijke groet,"),
             ("sig", ["", "R. van Wieringen, orthopedisch chirurg"]),
             ("small", "Bijlagen: operatieverslag 21-07-2026; medicatieoverzicht apotheek (ontvangen bij opname)"),
         ]),
    dict(font="Sans", size=9.5,
         lh=dict(LH_HOORNBEEK, dept="OK-complex – Orthopedie"),
         pagenum="",
         blocks=[
             ("title", "OK-verslag"),
             ("kv4", [("Patiënt", "Schipper, C.", "Geb.", "13-03-1948"),
                      ("Datum", "21-07-2026", "Locatie", "Dagbehandeling Enkhuizen"),
                      ("Operateur", "R. van Wieringen", "Assistent", "S. Koç (PA)"),
                      ("Anesthesie", "Oberst-blokkade dig III re", "Bloedleegte", "vingertourniquet 18 min")],
              {"grid": True, "w": 24}),
             ("lp", "Indicatie:", "recidiverende mucoïdcyste dorsaal DIP dig III re met nagelgroeve en lekkage."),
             ("lp", "Ingreep:", "excisie mucoïdcyste met osteofytresectie DIP dig III rechts, lokale rotatielap."),
             ("lp", "Verloop:", "Y-vormige incisie dorsaal over het DIP-gewricht. Cyste met steel tot in het gewricht "
                                "vrij geprepareerd en in toto geëxcideerd. Dorsale osteofyten van de middelste falanx "
                                "verwijderd met knabbeltang, extensorpees gespaard. Defect gesloten met een kleine "
                                "rotatielap. Ethilon 5-0. Verband met alumafoamspalk."),
             ("lp", "Complicaties:", "geen."),
             ("lp", "PA:", "ingestuurd (cyste)."),
             ("lp", "Nabeleid:", "hechtingen na 10 dagen bij huisarts; controle poli 6 weken."),
             ("small", "Verslag geautoriseerd 21-07-2026 door R. van Wieringen"),
         ]),
    dict(font="Mono", size=9, pagenum="", first_top=18,
         blocks=[
             ("pre", """APOTHEEK KAASPOORT  -  Kaaspoortstraat 60  -  1621 KN Hoorn  -  0229-21 44 90
MEDICATIEOVERZICHT                                   afgedrukt 18-07-2026
Patient: dhr. C. Schipper   geb. 13-03-1948
-----------------------------------------------------------------------
sinds       middel                                 dosering
2015        ACETYLSALICYLZUUR 80 MG TABLET         1x per dag 1
2015        SIMVASTATINE 40 MG TABLET              1x per dag 1 (avond)
2018        AMLODIPINE 5 MG TABLET                 1x per dag 1
2022        TAMSULOSINE 0,4 MG CAPSULE MGA         1x per dag 1
-----------------------------------------------------------------------
Overgevoeligheden: geen geregistreerd
Let op: acetylsalicylzuur - bij kleine ingrepen aan de hand meestal
doorgebruiken, overleg met behandelaar."""),
         ]),
],
    label=dict(kinds=["correspondence", "operation-report"], author="specialist", language="nl",
               style="merged hospital bundle: outpatient letter + OK-verslag + pharmacy medication overview",
               imaging_done="yes", operated="yes", treated_abroad="no",
               notes="Three parts, the third (pharmacy overview) has no kind. Top-level date omitted (bundle). Long "
                     "stays in France but the letter states no hospital admissions or treatment abroad "
                     "(treated_abroad=no). Finger DIP surgery counts as hand surgery.",
               parts=[dict(kinds=["correspondence"], date="2026-09-08", author="specialist"),
                      dict(kinds=["operation-report"], date="2026-07-21", author="specialist"),
                      dict(kinds=[], date="2026-07-18", author="other")]),
    hard="merged bundle with a no-kind part; stays in France without care; finger surgery")

# ---------------------------------------------------------------- ti-051 (merged M4, UK)
_lh_ald = {"logo": "NHS", "logo_size": 20, "logo_sub": "North Wealdshire Hospitals NHS Foundation Trust",
           "color": "#005eb8", "shape": None,
           "right": ["St Aldhelm's Hospital", "Priory Road", "Sherborne Minster SM4 2JT", "01935 820 000"]}
_fax51 = "15/07/2026 09:12  FROM: ST ALDHELMS MED RECORDS +44 1935 820 555  TO: +31 33 208 7719  PAGE {n}"
add(stem="ti-051", fmt="merged", fax=_fax51, parts=[
    dict(font="Sans", size=9.5, lh=dict(_lh_ald, dept="Day Surgery Unit – Plastic & Hand Surgery"),
         pagenum="", blocks=[
             ("title", "Discharge Summary"),
             ("kv4", [("Patient", "QUIGLEY, Thomas Edward", "NHS No", "999 246 8013"),
                      ("DOB", "23/11/1959", "Hospital No", "S0651187"),
                      ("Admitted", "15/06/2026", "Discharged", "15/06/2026"),
                      ("Consultant", "Mr A. Sethi", "Ward", "Day Surgery Unit")], {"grid": True, "w": 24}),
             ("kv", [("GP", "Dr L. Fairweather, Tanners Yard Surgery, Sherborne Minster"),
                     ("Diagnosis", "Giant cell tumour of tendon sheath, right index finger (clinical and ultrasound "
                                   "diagnosis; histology pending)"),
                     ("Procedure", "Excision of lesion right index finger – see operation note"),
                     ("Investigations", "Ultrasound right index finger 12/05/2026: 14 mm solid lesion volar to the "
                                        "flexor sheath. MRSA screen 02/06/2026: not isolated."),
                     ("Medication on discharge", "Paracetamol 1 g QDS PRN; no changes to regular medication"),
                     ("Follow-up", "Dressing clinic 10 days; hand therapy referral made; consultant clinic 6 weeks "
                                   "with histology"),
                     ("Information for GP", "Mr Quigley is moving to the Netherlands in August. Copies of his records "
                                            "have been sent to his new clinic at his request.")],
              {"grid": True, "w": 38}),
             ("small", "Completed by: Dr H. Lyle, CT2 Plastic Surgery, 15/06/2026 16:20"),
         ]),
    dict(font="Sans", size=9.5, lh=dict(_lh_ald, dept="Theatre Record – Operation Note"), pagenum="",
         blocks=[
             ("title", "OPERATION NOTE"),
             ("kv4", [("Patient", "QUIGLEY, Thomas Edward", "DOB", "23/11/1959"),
                      ("Date", "15/06/2026", "Theatre", "DSU 2"),
                      ("Surgeon", "Mr A. Sethi, Consultant", "Assistant", "Dr H. Lyle, CT2"),
                      ("Anaesthetic", "Local + WALANT", "Anaesthetist", "n/a")], {"grid": True, "w": 24}),
             ("kv", [("Operation", "Excision of soft tissue lesion, right index finger (volar, proximal phalanx)"),
                     ("Indication", "Enlarging painful lump, US consistent with GCTTS"),
                     ("Findings", "15 x 10 mm yellow-brown lobulated lesion adherent to the flexor sheath at A2, "
                                  "digital nerves displaced but intact"),
                     ("Procedure", "Bruner incision. Radial and ulnar neurovascular bundles identified and protected. "
                                   "Lesion dissected off the flexor sheath and excised en bloc with satellite "
                                   "nodule. Sheath intact. Washout. Skin closed 5/0 Ethilon."),
                     ("Closure / dressing", "Interrupted 5/0 Ethilon, non-adherent dressing, light bandage"),
                     ("Specimen", "Sent for histology"), ("Complications", "None"),
                     ("Post-op instructions", "Elevate, mobilise fingers, ROS 10-14 days at practice nurse")],
              {"grid": True, "w": 38}),
             ("small", "Signed: A. Sethi FRCS (Plast)   15/06/2026"),
         ]),
    dict(font="Mono", size=9, pagenum="", first_top=18,
         blocks=[
             ("pre", """NORTH WEALDSHIRE PATHOLOGY - MICROBIOLOGY
St Aldhelm's Hospital Laboratory, Priory Road, Sherborne Minster

Patient : QUIGLEY, Thomas Edward      DOB: 23/11/1959   NHS: 999 246 8013
Location: Pre-assessment Clinic (Day Surgery)
Requested by: Pre-op Assessment Nurse, for Mr A. Sethi

Specimen : Nose swab, Groin swab       Lab no: M26.114207
Collected: 02/06/2026 11:20            Received: 02/06/2026 15:02
Reported : 04/06/2026 09:48            Status: FINAL

Investigation: MRSA SCREEN
Culture      : MRSA NOT isolated (nose)
               MRSA NOT isolated (groin)

Comment: Patient may proceed to elective surgery.

Authorised by: Dr C. Ebbs, Consultant Microbiologist"""),
         ]),
],
    label=dict(kinds=["correspondence", "operation-report", "mrsa-screening"], author="specialist", language="en",
               style="faxed UK bundle: discharge summary + operation note + microbiology MRSA screen (merged PDF)",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Three UK parts with a fax header on every page (fax date 15/07/2026 is not a document date). "
                     "Top-level date omitted. The discharge summary names the procedure but refers to the operation "
                     "note (no operator, no description) – correspondence only. MRSA result from June 2026, older "
                     "than 60 days at the corpus date. Discharge summary also quotes the MRSA result (a mention).",
               parts=[dict(kinds=["correspondence"], date="2026-06-15", author="specialist"),
                      dict(kinds=["operation-report"], date="2026-06-15", author="specialist"),
                      dict(kinds=["mrsa-screening"], date="2026-06-04", author="lab")]),
    hard="faxed UK bundle; MRSA result inside bundle and quoted in letter; fax date vs document dates")

# ---------------------------------------------------------------- ti-052
add(stem="ti-052", fmt="docx", font="Sans", size=10.5,
    lh={"logo": "Physiotherapie am Quellengrund", "logo_sub": "Physiotherapie · Handtherapie · Manuelle Therapie",
        "color": "#2f6f73",
        "right": ["Inh. Sabine Terhorst", "Am Quellengrund 6", "48455 Bad Bentheim", "Tel. 05922 99 41 70"]},
    blocks=[
        ("p", "Bad Bentheim, 07.10.2026"),
        ("addr", ["An", "Herrn Dr. med. Jan-Hendrik Ahlers", "Facharzt für Orthopädie und Unfallchirurgie",
                  "Burgblick 21", "48455 Bad Bentheim"]),
        ("title", "Therapiebericht"),
        ("lp", "Patientin:", "Frau Anneke Hulshof, geb. 02.10.1970"),
        ("lp", "Verordnung:", "KG / Handtherapie 2 x 6, Diagnose S52.51 G"),
        ("p", "Sehr geehrter Herr Dr. Ahlers,"),
        ("p", "wir berichten über die Behandlung von Frau Hulshof nach operativer Versorgung einer distalen "
              "Radiusfraktur links (winkelstabile Plattenosteosynthese am 02.07.2026 im Klinikum Am Wiesengrund, "
              "Bielefeld). Die Röntgenkontrolle nach 6 Wochen zeigte laut Arztbrief eine regelrechte Stellung."),
        ("p", "Seit dem 24.08.2026 wurden 12 Behandlungen durchgeführt: Lymphdrainage, Narbenmobilisation, aktive und "
              "passive Mobilisation des Handgelenks, Kräftigung, Koordinations- und Alltagstraining."),
        ("table", ["", "24.08.2026", "05.10.2026", "rechts"],
         [["Extension/Flexion (°)", "30-0-25", "55-0-50", "70-0-75"],
          ["Pronation/Supination (°)", "70-0-50", "85-0-75", "90-0-90"],
          ["Grobgriffkraft (kg)", "8", "17", "29"],
          ["Schmerz NRS", "5", "2", "–"]]),
        ("p", "Frau Hulshof arbeitet als Verwaltungsangestellte und hat ihre Tätigkeit stundenweise wieder "
              "aufgenommen. Es besteht weiterhin eine Einschränkung der Extension und der Kraft. Wir empfehlen eine "
              "Folgeverordnung über 6 x Handtherapie. Eine Metallentfernung ist laut Patientin derzeit nicht geplant."),
        ("p", "Mit freundlichen Grüßen"),
        ("sig", ["", "Sabine Terhorst", "Physiotherapeutin, Handtherapeutin (AfH)"]),
    ],
    label=dict(kinds=[], date="2026-10-07", author="other", language="de",
               style="German physiotherapy/hand therapy report to an orthopaedic surgeon, Word",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Therapist report (no kind) addressed to a doctor. States the operation in a German hospital "
                     "(abroad) and an X-ray control reported in a doctor's letter ('laut Arztbrief'): imaging_done=yes "
                     "as a reported fact (judgement). Metal removal not planned."),
    hard="therapist report with op + hospital abroad; second-hand X-ray statement")

# ---------------------------------------------------------------- ti-053
add(stem="ti-053", fmt="docx", font="Sans", size=10.5,
    lh={"logo": "Lindenhof International Family Practice", "logo_sub": "huisartsen · general practitioners",
        "color": "#6b2c91",
        "right": ["Kruidhofkade 41", "3511 BK Utrecht", "T 030 – 231 47 70", "AGB 01-072215"]},
    footer=["Lindenhof International Family Practice · Utrecht · www.lindenhof-ifp.nl"],
    blocks=[
        ("kv", [("Datum / Date", "01-12-2026"), ("Aan / To", "Handkliniek Eemhof, Polikliniek Second Opinion, "
                                                            "Amersfoort"),
                ("Van / From", "Dr. Sophie Bakx, huisarts / GP"),
                ("Betreft / Re", "Mr Daniel R. Whitcombe, DOB 19-02-1981, BSN 999935522"),
                ("Verzekering", "Zorgverzekeraar Eemland U.A. – 44201877")], {"w": 34}),
        ("title", "Verwijzing / Referral – second opinion hand surgery"),
        ("p", "Dear colleague,"),
        ("p", "I would be grateful if you would see Mr Whitcombe, a 45-year-old American software architect, for a "
              "second opinion regarding his left wrist. As his Dutch is limited, I write in English."),
        ("h", "Question"),
        ("p", "Is there a treatment option for his persisting radial-sided wrist pain after scaphoid fixation? In "
              "particular: should the screw be removed, is a salvage procedure indicated at this stage, or can you "
              "offer conservative management?"),
        ("h", "Relevant medical history"),
        ("p", "• 03/2023 scaphoid waist fracture left, open reduction and screw fixation, Back Bay Hand & Upper "
              "Extremity Center, Boston (operative note enclosed by patient)\n• Mild asthma\n• 2010 ACL "
              "reconstruction right knee"),
        ("h", "Recent treatments"),
        ("p", "• 06-2026 consultation with me: radial-sided pain, X-ray requested\n• 09-2026 MRI left wrist "
              "(Amstelzicht MC): consolidated scaphoid, screw tip slightly prominent in the radioscaphoid joint, "
              "early radioscaphoid arthritis\n• 09-2026 consultation plastic surgery Amstelzicht: expectant "
              "management advised\n• 10-11/2026 hand therapy, 8 sessions, limited effect"),
        ("h", "Medication"),
        ("p", "Salbutamol inhaler as needed; ibuprofen 400 mg as needed"),
        ("h", "Allergies"),
        ("p", "None known"),
        ("p", "Kind regards,"),
        ("sig", ["", "Dr. S. Bakx", "huisarts / general practitioner"]),
    ],
    label=dict(kinds=["referral", "history"], date="2026-12-01", author="gp", language="en",
               style="bilingual-header English GP referral from a Dutch international practice, Word",
               referral_question=True, imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Dutch GP writing in English. Has 'Relevant medical history' and 'Recent treatments' sections, so "
                     "referral + history (judgement, English headings). Surgery abroad given as clinic + Boston only. "
                     "An X-ray was only 'requested'; the MRI was done. Knee ACL reconstruction is another body part."),
    hard="English referral with history sections; Boston surgery; requested vs done imaging")

# ---------------------------------------------------------------- ti-054
add(stem="ti-054", fmt="txt", text="""
SUMEHR - Samenvattend Medisch Dossier (Summarized Electronic Health Record)
---------------------------------------------------------------------------
Aangemaakt op   : 08/11/2026 14:22
Auteur          : dr. Mieke Vanderstraeten, huisarts - RIZIV 1-19873-42-004
                  Groepspraktijk Den Ouden Dijk, Kapelstraat 19, 3920 Lommel
Beheerder GMD   : dr. M. Vanderstraeten

PATIENT
  Naam          : VANHOUDT Jozef (Jef)
  Geboren       : 14/07/1958   (M)
  INSZ          : 58.07.14-000.00
  Adres         : Ringlaan 204, 3920 Lommel
  Ziekenfonds   : 3xx - aansluiting 1128840

ACTIEVE PROBLEMEN
  - Carpaletunnelsyndroom links (EMG 10/2026: matig ernstig)    sinds 08/2026
  - Diabetes mellitus type 2 (niet insulinedependent)            sinds 2015
  - Arteriële hypertensie                                        sinds 2012

ANTECEDENTEN
  - 2019  Carpaletunnelsyndroom rechts - vrijlating (AZ Heidebloem, Mol,
          dr. J. Verbelen). Goed resultaat.
  - 2022  Cervicobrachialgie links; NMR cervicale wervelzuil: discushernia
          C6-C7 links, conservatief behandeld (kinesitherapie)
  - 2004  Liesbreukherstel rechts
  - Familiaal: vader CVA

ALLERGIEEN / INTOLERANTIES
  - Geen gekende allergieën

MEDICATIE (actueel)
  - Metformine 850 mg       1-0-1
  - Gliclazide 60 mg        1-0-0
  - Perindopril 5 mg        1-0-0
  - Atorvastatine 20 mg     0-0-1

VACCINATIES
  - Influenza  16/10/2026
  - COVID-19   16/10/2026 (najaarsbooster)
  - Tetanus    03/2019

RISICOFACTOREN
  - Ex-roker (gestopt 2010), BMI 29

OPMERKING VAN DE HUISARTS
  Patiënt wenst voor de linkerhand een tweede advies in Nederland (woont
  10 km van de grens). Verwijsbrief volgt afzonderlijk.
---------------------------------------------------------------------------
Dit document werd elektronisch gegenereerd (KMEHR/Sumehr 2.0).
""", label=dict(kinds=["history"], date="2026-11-08", author="gp", language="nl",
                style="Belgian Sumehr (summarized EHR) export, plain text",
                imaging_done="yes", operated="yes", treated_abroad="yes",
                notes="Belgian summary record: history kind. Judgement calls: the CTR of the right wrist (other side, "
                      "same condition) counts as operated=yes; the NMR of the cervical spine is imaging of the patient "
                      "(imaging_done=yes even though not of the hand); care in a Belgian hospital counts as outside the "
                      "Netherlands for a Belgian resident. EMG is not imaging. Hernia repair is another body part."),
    hard="Belgian Sumehr; contralateral CTR; neck MRI as the only imaging; Belgian resident")

# ---------------------------------------------------------------- ti-055
add(stem="ti-055", fmt="docx", font="Serif", size=12, docx_font="Georgia",
    blocks=[
        ("p", "Aan de Handkliniek Eemhof"),
        ("p", "Afdeling second opinion"),
        ("sp", 1),
        ("p", "Beste dokter of mevrouw van de intake,"),
        ("p", "Ik schrijf u omdat mijn huisarts zegt dat ik zelf ook mag vertellen wat er aan de hand is, en dat vind ik "
              "prettig want aan de telefoon vergeet ik altijd de helft."),
        ("p", "In juli ben ik tijdens onze vakantie in Kroatië (we zaten op een camping bij Split) van een trapje "
              "gevallen en op mijn rechterhand terechtgekomen. Ik heb er daar niets mee gedaan, want het leek mee te "
              "vallen en ik wilde de vakantie niet bederven. Ik ben daar dus ook niet bij een dokter of ziekenhuis "
              "geweest. Thuis bleef het dik en pijnlijk en toen ben ik naar de huisarts gegaan. In het Lingehof "
              "Ziekenhuis hebben ze een foto en later een CT-scan gemaakt: er zit een breukje in het kahnbeen dat "
              "niet goed aan elkaar groeit."),
        ("p", "De chirurg wil opereren met een schroefje en bot uit mijn heup. Ik ben daar erg bang voor, want mijn "
              "moeder is vorig jaar ook aan haar pols geopereerd en daar is veel misgegaan (ze kan haar hand nog steeds "
              "niet goed gebruiken). Daarom wil ik graag van een andere dokter horen of het echt moet."),
        ("p", "Ik ben 52 jaar, werk in de thuiszorg en ben rechtshandig. Ik gebruik alleen de pil en soms paracetamol."),
        ("p", "Ik hoop dat u mij kunt helpen."),
        ("p", "Vriendelijke groet,"),
        ("sig", ["", "Esther Brinkman-Lagerweij", "Dorpsstraat 101, 4171 AD Herwijnen",
                 "tel. 0418 – 58 22 91", "geb. 5 juni 1974"]),
    ],
    label=dict(kinds=[], author="patient", language="nl",
               style="undated handwritten-style patient letter, Word, no letterhead",
               imaging_done="yes", operated="unmentioned", treated_abroad="no",
               notes="Undated patient letter (birth date at the bottom is the only date). Holiday fall in Croatia "
                     "explicitly without doctor or hospital (treated_abroad=no). The operation is only proposed; the "
                     "mother's wrist operation is another person's. Not a referral although it asks for a second "
                     "opinion."),
    hard="undated; holiday abroad without care; mother's operation; proposed operation")

# ---------------------------------------------------------------- ti-056
add(stem="ti-056", fmt="txt", text="""
Van:        Doktersassistente Huisartsenpraktijk Wiekenhof <assistente@wiekenhof-huisartsen.nl>
Verzonden:  wo 2-12-2026 10:41
Aan:        secondopinion@handkliniek-eemhof.nl
Onderwerp:  RE: ontbrekende stukken mw. Bloemendaal-Vis (geb. 19-06-1949)
Bijlagen:   verwijzing_BloemendaalVis.pdf; MRSA_uitslag_27-11.pdf

Goedemorgen,

Naar aanleiding van uw mail van maandag stuur ik u hierbij de verwijzing en de
MRSA-uitslag van mevrouw Bloemendaal-Vis. De MRSA-kweek is afgenomen omdat
mevrouw in augustus opgenomen is geweest. Dat was in Faro, tijdens een
rondreis met haar man.

Het operatieverslag van de ingreep aan haar pols daar hebben wij nog niet.
Mevrouw heeft het zelf bij het ziekenhuis opgevraagd en verwacht het binnen
twee weken; het zal in het Portugees of Engels zijn. De röntgenfoto's die daar
gemaakt zijn heeft zij op een usb-stick gekregen, die brengt ze mee.

Een samenvatting uit ons systeem volgt vandaag nog via ZorgMail.

Met vriendelijke groet,

Ilse Mooij
doktersassistente namens J.A. Kiers, huisarts
Huisartsenpraktijk Wiekenhof
Wiekenlaan 3, 1822 BA Alkmaar
072 - 511 30 44

-----Oorspronkelijk bericht-----
Van: Polikliniek Second Opinion <secondopinion@handkliniek-eemhof.nl>
Verzonden: maandag 30 november 2026 16:02
Onderwerp: ontbrekende stukken mw. Bloemendaal-Vis (geb. 19-06-1949)

Geachte collega, voor het inplannen van mevrouw missen wij nog: verwijsbrief,
MRSA-uitslag (i.v.m. opname buitenland), operatieverslag(en), beelden.
""", label=dict(kinds=[], date="2026-12-02", author="gp", language="nl",
                style="e-mail from GP practice assistant with quoted earlier message, plain text",
                imaging_done="yes", operated="yes", treated_abroad="yes",
                notes="GP-practice e-mail: not a referral, not an MRSA result (both only attached/mentioned). "
                      "Admission in one sentence, the place (Faro) in the next. Judgement: 'het operatieverslag van de "
                      "ingreep aan haar pols' states that a wrist operation took place (operated=yes). X-rays 'daar "
                      "gemaakt' = imaging done. The quoted clinic e-mail below adds more trigger words and a second "
                      "date."),
    hard="e-mail thread; abroad place in next sentence; operation implied by 'operatieverslag van de ingreep'")

# ---------------------------------------------------------------- ti-057
add(stem="ti-057", fmt="pdf", font="Sans", size=9.5,
    lh={"logo": "Diagnostisch Centrum De Dijk", "logo_size": 14, "logo_sub": "röntgen · echografie · bloedafname",
        "color": "#0f6e9e", "shape": "circle",
        "right": ["Dijkzicht 2", "1741 BN Schagen", "0224 – 29 70 00"]},
    footer=["Verslag verstuurd naar de aanvrager via Edifact. Beelden via het regionale beeldenuitwisselingsplatform."],
    pagenum="",
    blocks=[
        ("table", ["Naam", "Geb.datum", "Onderzoeksdatum", "Aanvrager"],
         [["Mw. R. Zijlstra", "31-12-1997", "10-06-2026", "M.L. Koopman, huisarts – Schagen"]],
         {"widths": [38, 30, 36, 62]}),
        ("lp", "Onderzoek:", "Echografie pols links (dorsaal)"),
        ("lp", "Klinische informatie:", "Sinds 2 maanden zwelling dorsaal li pols, pijn bij steunen. Ganglion? "
                                        "Geen trauma. Geen eerdere behandeling."),
        ("p", "Aan de dorsale zijde van de linkerpols, ter hoogte van het scapholunaire interval, een ovale, "
              "anechogene, scherp begrensde laesie van 11 x 8 x 7 mm met dorsale aankleuring en een smalle verbinding "
              "met het SL-gewricht. Geen interne vascularisatie. Geen tenosynovitis van de extensoren. Het SL-ligament "
              "is voor zover echografisch beoordeelbaar intact. Geen aanwijzingen voor een occult ganglion elders."),
        ("lp", "Conclusie:", "Dorsaal ganglion linkerpols, uitgaande van het SL-gewricht."),
        ("sp", 3),
        ("p", "J. Poelstra, radioloog\n11-06-2026"),
    ],
    label=dict(kinds=["imaging-report"], date="2026-06-10", also_dates=["2026-06-11"], author="radiologist",
               language="nl", style="first-line diagnostic centre ultrasound report without title, reportlab PDF",
               imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
               notes="No title; only a table header and 'Onderzoek:'. 'Geen eerdere behandeling' is the GP's "
                     "clinical info (judgement: too vague to label operated=no). Exam 10-06, signed 11-06 – older "
                     "than six months (not relevant for imaging-report recency, which depends on newer studies)."),
    hard="no title; table header; vague 'geen eerdere behandeling'")

# ---------------------------------------------------------------- ti-058
add(stem="ti-058", fmt="pdf", font="Sans", size=9.5,
    lh=dict(LH_TERWEYDE, dept="Radiologie en Nucleaire Geneeskunde"),
    footer=["Ziekenhuis Ter Weyde · Radiologie · T (0575) 69 15 00"], pagenum="pag {n}",
    blocks=[
        ("title", "RADIOLOGISCH ONDERZOEK"),
        ("kv4", [("Patiënt", "Welmers, M.A.", "Geb.", "22-06-1993"),
                 ("Patiëntnr.", "3412290", "Onderzoek", "CT pols rechts"),
                 ("Datum", "16-06-2026", "Aanvrager", "dr. G. Brandsma, Orthopedie"),
                 ("Verslag", "16-06-2026", "Radioloog", "dr. I. Pranoto")], {"grid": True, "w": 22}),
        ("lp", "Klinische gegevens:", "Scafoïdfractuur rechts 02-2026, conservatief behandeld (10 weken gips). "
                                      "Consolidatie?"),
        ("lp", "Techniek:", "Dunne coupes (0,6 mm) langs de lengteas van het scafoïd, sagittale en coronale "
                            "reconstructies."),
        ("lp", "Vergelijking:", "externe opnamen d.d. 14-02-2026 (Sölden, via patiënt op cd) en X-pols rechts Ter "
                                "Weyde d.d. 02-03-2026."),
        ("h", "Bevindingen"),
        ("p", "Fractuur door het middelste derde van het os scaphoideum met een persisterende spleet van 1,5 mm, "
              "gladde sclerotische fractuurranden en een kleine subchondrale cyste in het proximale fragment. Geen "
              "overbruggende trabekels. Geringe humpback-deformiteit (intrascafoïdale hoek 42°). Geen aanwijzingen "
              "voor avasculaire necrose op CT. Geen artrose radioscafoïdaal. Overige carpalia intact."),
        ("h", "Conclusie"),
        ("p", "Pseudartrose os scaphoideum rechts (middelste derde) met lichte humpback-deformiteit. Geen SNAC."),
    ],
    label=dict(kinds=["imaging-report"], date="2026-06-16", author="radiologist", language="nl",
               style="hospital CT report with 4-column banner grid, reportlab PDF",
               imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="Judgement: the comparison line cites external images taken abroad ('Sölden'), which implies care "
                     "at a clinic abroad – labelled treated_abroad=yes, but it is weak evidence. 'Conservatief "
                     "behandeld' describes the fracture treatment, not a statement that he was never operated "
                     "(operated=unmentioned). Same patient as ti-003."),
    hard="foreign imaging only in the comparison line; requester 'Orthopedie'; grid banner")

# ---------------------------------------------------------------- ti-059
add(stem="ti-059", fmt="lo", font="Sans", size=10,
    lh=dict(LH_ALDEGONDE, dept="Orthopedie"),
    footer=["Sint Aldegonde Gasthuis · Orthopedie · polikliniek 078 – 655 41 70"],
    blocks=[
        ("kv", [("Datum", "29-09-2026"), ("Kenmerk", "ORT/KdJ/260929-5512"),
                ("Aan", "Mw. E. Roskam, huisarts, Huisartsenpraktijk Wantijhof, Merwedekade-Zuid 240, 3313 BL "
                        "Dordrecht"),
                ("Betreft", "dhr. L.P. Verschoor, geb. 08-08-2002")], {"w": 24}),
        ("p", "Geachte mevrouw Roskam,"),
        ("p", "Uw patiënt kwam op 29 september op onze polikliniek voor een eerste controle na een polsfractuur "
              "rechts."),
        ("h", "Anamnese"),
        ("p", "Patiënt is op 18 augustus na een val met de mountainbike twee nachten opgenomen geweest en kreeg een "
              "onderarmgips. Dit gebeurde in Cortina d'Ampezzo, waar hij op vakantie was. Een operatie werd daar "
              "besproken maar niet verricht. Na terugkomst is het gips tweemaal door de gipsverbandmeester vervangen. "
              "Nu 6 weken gips. Geen tintelingen."),
        ("h", "Onderzoek"),
        ("p", "Na gipsverwijdering: lichte zwelling, geen drukpijn op de fractuur, geen drukpijn tabatière. Beweging "
              "extensie/flexie 40-0-35. Sensibiliteit intact. Geen tekenen van CRPS."),
        ("h", "Aanvullend onderzoek"),
        ("p", "Meegebrachte röntgenfoto's uit het ziekenhuis daar (18-08-2026) tonen een extra-articulaire distale "
              "radiusfractuur met geringe dorsale kanteling. X-pols rechts vandaag: consolidatie, stand ongewijzigd "
              "acceptabel."),
        ("h", "Conclusie"),
        ("p", "Geconsolideerde distale radiusfractuur rechts, conservatief behandeld."),
        ("h", "Beleid"),
        ("p", "Wij zien geen indicatie voor een operatie. Verwijzing handtherapie. Controle op indicatie. Vanwege de "
              "opname in een buitenlands ziekenhuis is bij een eventuele toekomstige opname hier een MRSA-screening "
              "nodig; nu niet van toepassing."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["", "K. de Jongh, physician assistant orthopedie", "supervisor: dr. T. Ramaker, orthopedisch chirurg"]),
    ],
    label=dict(kinds=["correspondence"], date="2026-09-29", author="specialist", language="nl",
               style="outpatient letter signed by a physician assistant, Word converted by LibreOffice",
               imaging_done="yes", operated="no", treated_abroad="yes",
               notes="Admission in one sentence, the place (Cortina d'Ampezzo) in the next, no country word. 'Een "
                     "operatie werd daar besproken maar niet verricht' = operated no. Signed by a physician assistant "
                     "with supervising specialist. Mentions MRSA screening as a conditional – not a result."),
    hard="admission and place in separate sentences; discussed-but-not-done operation; PA signature")

# ---------------------------------------------------------------- ti-060
add(stem="ti-060", fmt="lo", font="Serif", size=10.5,
    lh={"logo": "Klinik Rosenhalde", "logo_sub": "Handchirurgie und Chirurgie der peripheren Nerven",
        "color": "#8c2d19",
        "right": ["Rosenhaldenweg 3", "6006 Luzern", "Tel. +41 41 418 22 00"]},
    footer=["Klinik Rosenhalde AG · Operationsbericht · vertraulich"],
    blocks=[
        ("title", "Operationsbericht"),
        ("kv", [("Patientin", "Frau Femke de Graaf-Imhof, geb. 12.05.1986"),
                ("Fall-Nr.", "RH-26-11-0412"),
                ("Datum der Operation", "24.11.2026"),
                ("Operateurin", "Dr. med. Corinne Amstutz, Leitende Ärztin Handchirurgie"),
                ("Assistenz", "Dr. med. Lukas Frei, Assistenzarzt"),
                ("Anästhesie", "Allgemeinanästhesie (Larynxmaske), zusätzlich axillärer Plexus"),
                ("Diagnose", "Foveale TFCC-Läsion Handgelenk rechts (Atzei Klasse 2) mit DRUG-Instabilität"),
                ("Eingriff", "Handgelenksarthroskopie rechts, arthroskopisch assistierte transossäre foveale "
                             "TFCC-Refixation")], {"grid": True, "w": 40}),
        ("h", "Operationsverlauf"),
        ("p", "Rückenlage, Arm im Traktionsturm mit 5 kg. Blutsperre 250 mmHg. Anlage der Portale 3-4, 6R und 6U. "
              "Diagnostische Arthroskopie: Synovitis im prästyloidalen Recessus, Trampolin-Test positiv, Hook-Test "
              "positiv – foveale Desinsertion bestätigt. SL- und LT-Band intakt, Knorpel unauffällig. Débridement "
              "der Synovitis. Über eine kleine ulnare Inzision Bohrung eines 2,0 mm Tunnels vom Ulnahals zur Fovea "
              "unter arthroskopischer Sicht. Durchzug von zwei Fäden (2-0 nicht resorbierbar) durch den TFCC, "
              "Ausleitung durch den Tunnel und Knüpfen über dem Ulnahals in Neutralrotation. Stabilitätsprüfung: DRUG "
              "stabil. Wundverschluss, Oberarmgips in 45° Supination."),
        ("lp", "Komplikationen:", "keine"),
        ("lp", "Nachbehandlung:", "Oberarmgips 3 Wochen, dann Unterarmschiene 3 Wochen, Ergotherapie ab Woche 3. "
                                  "Wundkontrolle Hausarzt Tag 10–14. Nachkontrolle Sprechstunde nach 6 Wochen."),
        ("p", "Luzern, 24.11.2026"),
        ("sig", ["Dr. med. C. Amstutz"]),
    ],
    label=dict(kinds=["operation-report"], date="2026-11-24", author="specialist", language="de",
               style="Swiss Operationsbericht, Word converted by LibreOffice",
               imaging_done="unmentioned", operated="yes", treated_abroad="yes",
               notes="Operation report from a Swiss clinic (abroad). Arthroscopy is not imaging. Dutch-Swiss double "
                     "surname."),
    hard="Swiss op report via LibreOffice; arthroscopy is not imaging")

# ---------------------------------------------------------------- ti-061
add(stem="ti-061", fmt="docx", font="Sans", size=10,
    lh=dict(LH_EEMHOF, logo_sub="Hand- und Handgelenkchirurgie · Zweitmeinung"),
    footer=["Formular SO-04-DE · Handkliniek Eemhof · Zuiderhofweg 40 · NL-3818 KX Amersfoort"],
    blocks=[
        ("title", "Schweigepflichtentbindung und Einwilligung zur Anforderung von Unterlagen"),
        ("kv", [("Name, Vorname", "Hulshof, Anneke"), ("Geburtsdatum", "02.10.1970"),
                ("Anschrift", "Vechtauenweg 33, 48455 Bad Bentheim, Deutschland"),
                ("Telefon", "+49 5922 77 41 09")], {"grid": True, "w": 40}),
        ("p", "Hiermit entbinde ich die unten genannten Ärztinnen, Ärzte und Einrichtungen von der Schweigepflicht "
              "gegenüber der Handkliniek Eemhof und willige ein, dass Befunde, Arztbriefe, OP-Berichte und Bilder "
              "angefordert werden."),
        ("checks", [("Hausärztin/Hausarzt: Dr. med. R. Wessels, Bad Bentheim", [("ja", True)]),
                    ("Fachärztin/Facharzt: Dr. med. J.-H. Ahlers, Orthopädie, Bad Bentheim", [("ja", True)]),
                    ("Physiotherapie am Quellengrund, Bad Bentheim", [("ja", True)])]),
        ("h", "Fragen zur Aufnahme"),
        ("checks", [("Wurden Sie in einem Krankenhaus außerhalb der Niederlande behandelt oder stationär "
                     "aufgenommen?", [("Ja", True), ("Nein", False)]),
                    ("Wenn ja: Name/Ort des Krankenhauses – Klinikum Am Wiesengrund, Bielefeld (Juli 2026)", []),
                    ("Wurden Sie an der betroffenen Hand bzw. am Handgelenk operiert?", [("Ja", True), ("Nein", False)]),
                    ("Liegen Röntgen-, CT- oder MRT-Aufnahmen vor?", [("Ja", False), ("Nein", False),
                                                                     ("weiß nicht", True)])]),
        ("p", "Diese Einwilligung kann ich jederzeit widerrufen."),
        ("kv", [("Ort, Datum", "Bad Bentheim, 25.11.2026"), ("Unterschrift", "A. Hulshof")], {"w": 40}),
    ],
    label=dict(kinds=[], date="2026-11-25", author="patient", language="de",
               style="German-language consent form with ☒/☐ tick boxes, Word",
               imaging_done="unmentioned", operated="yes", treated_abroad="yes",
               notes="Consent form, no kind. Facts only in ticked boxes; imaging answered 'weiß nicht' (=unmentioned). "
                     "Patient lives in Germany; the hospital is German (outside NL). Same patient as ti-052."),
    hard="tick boxes; 'weiß nicht' for imaging; German resident")

# ---------------------------------------------------------------- ti-062
add(stem="ti-062", fmt="txt", encoding="utf-8", text="""
Kreiskrankenhaus Astenberg gGmbH
Abteilung für Unfallchirurgie und Orthopädie - Chefarzt Dr. med. Volker Schmallenbach
Am Astenberg 1, 59955 Winterberg   Tel. 02981 905-0   Fax 02981 905-219

Winterberg, 12.11.2026
Vorläufiger Entlassungsbrief

An den weiterbehandelnden Arzt / Huisarts
dr. P. Bijlsma, Huisartsenpraktijk Slikkerhof, Slikkerdijk 2, 8861 CJ Harlingen (NL)

Patient: Hoekstra, Sjoerd, geb. 03.06.1999
stationär vom 09.11.2026 bis 11.11.2026

Sehr geehrte Kolleginnen und Kollegen,

wir berichten über o. g. Patienten, der sich vom 09.11.2026 bis 11.11.2026 in unserer
stationären Behandlung befand.

Diagnosen:
- Distale Radiusfraktur links, extraartikulär, dorsal abgekippt (AO 23-A2)
- Prellung Hüfte links

Anamnese:
Der 27-jährige niederländische Urlauber stürzte am 09.11.2026 beim Skifahren in der
Skihalle auf die ausgestreckte linke Hand.

Befunde:
Röntgen Handgelenk links in 2 Ebenen: dorsal abgekippte extraartikuläre distale
Radiusfraktur, Dorsalkippung 20°. CT Handgelenk links: keine Gelenkbeteiligung.
Röntgen Hüfte links: keine Fraktur.

Therapie und Verlauf:
Geschlossene Reposition in Bruchspaltanästhesie und Anlage einer dorsalen
Unterarmgipsschiene. In der Retentionsaufnahme akzeptable Stellung. Eine operative
Versorgung (Plattenosteosynthese) wurde dem Patienten angeboten, von ihm jedoch
zugunsten einer Weiterbehandlung in den Niederlanden abgelehnt. Es erfolgte daher
eine konservative Therapie. Der Verlauf war unauffällig, Durchblutung, Motorik und
Sensibilität intakt.

Procedere:
- Röntgenkontrolle im Gips nach 1 und 2 Wochen in den Niederlanden
- Bei sekundärer Dislokation erneute Vorstellung zur operativen Versorgung
- Thromboseprophylaxe nicht erforderlich
- Analgesie: Ibuprofen 600 mg 1-1-1 für 5 Tage, Pantoprazol 20 mg

Mit freundlichen Grüßen

Dr. med. V. Schmallenbach          M. Yilmaz
Chefarzt                            Assistenzärztin

Der endgültige Brief folgt nach Vidierung.
""", label=dict(kinds=["correspondence"], date="2026-11-12", author="specialist", language="de",
                style="German preliminary discharge letter (vorläufiger Entlassungsbrief), plain text",
                imaging_done="yes", operated="no", treated_abroad="yes",
                notes="Judgement: operation offered and refused, 'Es erfolgte daher eine konservative Therapie' – "
                      "labelled operated=no (it implies no operation was done). Closed reduction is not an operation. "
                      "Admission to a German hospital = treated abroad. Preliminary letter ('vorläufig')."),
    hard="offered-and-refused operation; closed reduction; preliminary letter")

# ---------------------------------------------------------------- ti-063
add(stem="ti-063", fmt="docx", font="Sans", size=10,
    lh={"logo": "AZ Heidebloem", "logo_sub": "algemeen ziekenhuis · campus Mol", "color": "#7a1f5c",
        "dept": "Dienst Orthopedie – Hand- en polschirurgie",
        "right": ["Heidebloemlaan 4", "2400 Mol", "tel. 014 33 70 00", "www.azheidebloem.be"]},
    lh_in_header=True,
    footer=["AZ Heidebloem vzw · erkenningsnummer 71244"],
    blocks=[
        ("title", "OPERATIEVERSLAG"),
        ("table", None, [["Patiënt", "WOUTERS Hanne", "°", "22/02/1992"],
                         ["Opnamenummer", "26-048812", "Kamer", "dagziekenhuis"],
                         ["Datum ingreep", "07/07/2026", "Zaal", "3"]], {"widths": [34, 50, 30, 52]}),
        ("kv", [("Chirurg", "dr. Jonas Verbelen, orthopedisch chirurg"),
                ("Assistentie", "dr. Elien Goossens (ASO)"),
                ("Anesthesist", "dr. Tom Claes"),
                ("Anesthesie", "loco-regionaal – IVRA (Bier-blok)"),
                ("Preoperatieve diagnose", "tendovaginitis van De Quervain rechts, recidief na 2 infiltraties"),
                ("Ingreep", "vrijlating eerste dorsale compartiment rechts (APL/EPB), inclusief apart "
                            "EPB-subcompartiment")], {"w": 44}),
        ("h", "Verloop"),
        ("p", "Dwarse incisie van 2 cm over het eerste dorsale compartiment, 1 cm proximaal van de processus "
              "styloideus radii. Identificatie en bescherming van de takken van de n. radialis superficialis. "
              "Longitudinale klieving van het retinaculum over het volledige compartiment. Er wordt een apart "
              "subcompartiment voor de EPB gevonden, dat eveneens wordt gekliefd. Beide pezen glijden vrij. "
              "Tenosynovectomie. Spoeling. Sluiten van de huid met Prolene 4/0 intradermaal. Steriel verband."),
        ("lp", "Complicaties:", "geen."),
        ("h", "Besluit"),
        ("p", "Vlotte vrijlating eerste dorsale compartiment rechts met bijkomend EPB-subcompartiment."),
        ("h", "Nazorg"),
        ("p", "Verband 48 uur, daarna actief mobiliseren. Draad verwijderen na 12 dagen bij de huisarts. Controle "
              "raadpleging over 6 weken."),
        ("p", "dr. J. Verbelen – gevalideerd 07/07/2026"),
    ],
    label=dict(kinds=["operation-report"], date="2026-07-07", author="specialist", language="nl",
               style="Belgian (Flemish) operation report, Word with header letterhead and table",
               imaging_done="unmentioned", operated="yes", treated_abroad="yes",
               notes="Flemish op report ('Besluit', ASO, IVRA, °). Written by the Belgian hospital that operated her: "
                     "treated_abroad=yes by definition (whatever her residence, which is not stated). Table without "
                     "header row; '°' used as a column label for the birth date."),
    hard="Flemish op report; '°' label; header-only letterhead")

# ---------------------------------------------------------------- ti-064
add(stem="ti-064", fmt="pdf", font="Sans", size=9.5,
    lh=dict(LH_EEMHOF, logo_sub="hand and wrist surgery · second opinion", dept="Infection Prevention"),
    footer=["Form IP-07-EN · MRSA/BRMO risk questionnaire · Handkliniek Eemhof"], pagenum="",
    blocks=[
        ("title", "MRSA / BRMO risk questionnaire"),
        ("p", "To be completed by the patient before the first appointment. Your answers tell us whether an MRSA "
              "screening is needed before any treatment."),
        ("kv", [("Name", "Owen Gallagher"), ("Date of birth", "05/09/1977"),
                ("Date", "____ / ____ / ________")], {"grid": True, "w": 36}),
        ("checks", [("1. In the past 2 months, have you been admitted to a hospital outside the Netherlands, or had "
                     "surgery or dialysis there?", [("Yes", True), ("No", False)]),
                    ("   If yes – name and city of the hospital: Clínica Atlántica del Puerto, Puerto del Rosario; "
                     "2–4 October 2026 (kidney stone)", []),
                    ("2. Did you have an operation during that stay?", [("Yes", False), ("No", True)]),
                    ("3. Have you ever been told that you carry MRSA?", [("Yes", False), ("No", True), ("Don't know", False)]),
                    ("4. Do you live or work on a farm with live pigs, veal calves or broilers?",
                     [("Yes", False), ("No", True)]),
                    ("5. Do you live with someone who carries MRSA?", [("Yes", False), ("No", True)]),
                    ("6. Have you previously had surgery on the hand or wrist we are assessing?",
                     [("Yes", False), ("No", True)])], {"mode": "bracket"}),
        ("small", "If you answered 'yes' to question 1, 3, 4 or 5, please ask your GP to arrange an MRSA screening "
                  "(nose, throat and perineum swabs) and send us the result. MRSA carriers cannot be operated on in "
                  "our clinic."),
        ("kv", [("Signature", "O. Gallagher")], {"w": 36}),
    ],
    label=dict(kinds=[], author="patient", language="en",
               style="MRSA risk questionnaire with [X] boxes, undated (blank date field), reportlab PDF",
               imaging_done="unmentioned", operated="no", treated_abroad="yes",
               notes="Questionnaire, not an MRSA result, despite the title. Undated: the date field is blank; the stay "
                     "dates (October 2026) are not the document date. Admission abroad given via clinic + city on "
                     "Fuerteventura, no country word; it was for a kidney stone (any foreign admission counts). "
                     "Hand/wrist surgery ticked 'No'."),
    hard="'MRSA' title but no result; undated; abroad via island city; kidney-stone admission")
