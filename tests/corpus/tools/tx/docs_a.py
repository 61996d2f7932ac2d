# tx-001 .. tx-016
from common import *

DOCS_A = []
def reg(f):
    DOCS_A.append(f)
    return f

# ------------------------------------------------------------------ 001
@reg
def tx001():
    stem = "tx-001"
    blocks = [
        ("kv4", [
            ["Verwijzer", "H.M. Zwart, huisarts", "Ontvanger", "Kliniek voor Hand- en Polschirurgie Zeist"],
            ["Praktijk", "Huisartsenpraktijk De Linde<br/>Lindelaan 12, 3818 AB Amersfoort", "Specialisme", "Handchirurgie"],
            ["AGB-code", "01-054321", "Product", "Second opinion handchirurgie"],
            ["Telefoon", "033-4611200", "Urgentie", "Regulier"],
        ]),
        ("sp", 4),
        ("kv4", [
            ["Patiënt", "Mw. A.J. Verhoeven-de Bruin", "Geboortedatum", "14-05-1979"],
            ["Adres", "Kortenaerstraat 8<br/>3815 CK Amersfoort", "BSN", "999012345"],
            ["Verzekering", "CZ Zorgverzekeringen", "Polisnummer", "41122873"],
        ]),
        ("sp", 5),
        ("h", "Reden van verwijzing"),
        ("p", "Persisterende pijn dorsaal aan de rechterpols na excisie van een ganglion in april van dit jaar. "
              "Patiënte werkt als tandartsassistente en kan haar werk niet volledig doen."),
        ("h", "Vraagstelling"),
        ("p", "Graag uw second opinion: is er sprake van een recidief ganglion of van een (partiële) SL-ruptuur, "
              "en is een nieuwe operatie zinvol? Patiënte wil dit zelf graag bij u laten beoordelen."),
        ("h", "Relevante voorgeschiedenis"),
        ("kv", [
            ["2019", "Sectio caesarea"],
            ["2024", "Ganglion dorsaal pols rechts (L87), punctie door huisarts, recidief"],
            ["2025", "Hypothyreoïdie (T86)"],
        ], 0.15),
        ("h", "Recente behandelingen"),
        ("kv", [
            ["15-04-2026", "Excisie ganglion dorsaal pols rechts, Meander Medisch Centrum (dr. P. Rozendaal, plastisch chirurg)"],
            ["juni-aug 2026", "Handtherapie, 9 behandelingen (Handtherapie Eemland)"],
            ["21-09-2026", "Echo pols rechts (Meander MC): geen duidelijk recidief, wel vochtcollectie"],
            ["28-10-2026", "MRI pols rechts (Meander MC): verdenking partiële ruptuur SL-ligament"],
            ["12-11-2026", "Laatste controle plastische chirurgie: afwachtend beleid voorgesteld"],
        ], 0.2),
        ("h", "Medicatie"),
        ("p", "Levothyroxine 75 mcg 1dd1; paracetamol 500 mg zo nodig max 6dd"),
        ("h", "Allergieën / contra-indicaties"),
        ("p", "Geen bekende allergieën. BMI 24."),
        ("h", "Episodelijst (actief)"),
        ("pre", "L87  Ganglion pols re            sinds 03-2024\nT86  Hypothyreoïdie               sinds 09-2025"),
        ("sp", 4),
        ("kv", [["Datum verwijzing", "02-12-2026"], ["Ondertekend", "H.M. Zwart, huisarts (elektronisch)"]], 0.3),
    ]
    make_pdf(pdf_path(stem), blocks,
             top_banner=[("ZorgDomein", True, 15), ("Verwijzing  -  Second opinion handchirurgie", False, 10)],
             footer="Afgedrukt op 09-12-2026 08:41 door assistente KvdB   |   ZorgDomein-nummer ZD-88412093\n"
                    "Dit document is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.",
             page_numbers="Pagina {page}")
    write_label(stem, dict(
        kinds=["referral", "history"], date="2026-12-02", author="gp", language="nl",
        style="zorgdomein two-column form printout", referral_question=True,
        imaging_done="yes", operated="yes", treated_abroad="unmentioned",
        notes="Two-column ZorgDomein form; labels and values in separate cells. The question sits only in "
              "'Vraagstelling'. Own date only in 'Datum verwijzing' at the bottom; the footer print date "
              "(09-12-2026) is later and is not the document date. History section has recent treatments, "
              "so it is also the history letter; sectio caesarea is another body part."))

# ------------------------------------------------------------------ 002
@reg
def tx002():
    stem = "tx-002"
    d = Docx(font="Arial", size=10)
    d.letterhead_table(
        [("Huisartsenpraktijk Kleverpark", "b"), ("R. Demir, huisarts", ""), ("M. van Vliet, huisarts", "")],
        [("Kleverparkweg 101", "s"), ("2023 CD Haarlem", "s"), ("tel. 023-5271144", "s"), ("AGB 01-077812", "s")])
    d.p("Aan: Kliniek voor Hand- en Polschirurgie", space_after=0)
    d.p("t.a.v. polikliniek handchirurgie", space_after=0)
    d.p("Postbus 210, 3700 AE Zeist")
    d.p("Haarlem, 4 november 2026", align="right")
    d.p(("Betreft: ", "b"), "dhr. T. (Tom) Schouten, geb. 30-06-1958, BSN 999045671")
    d.p("Geachte collega,")
    d.p("Hierbij verwijs ik bovengenoemde patiënt voor operatieve behandeling van een carpaletunnelsyndroom rechts. "
        "Sinds ruim een jaar heeft hij tintelingen in dig. I-III rechts, 's nachts wakker van de klachten. "
        "Nachtspalk gedurende 3 maanden en een injectie met triamcinolon (juni 2026) gaven slechts kortdurend verlichting.")
    d.p("Bij onderzoek positieve Tinel en Phalen rechts, lichte atrofie thenar. Sensibiliteit verminderd in het "
        "medianusgebied. Er zijn geen foto's gemaakt en er is geen EMG verricht; de diagnose lijkt mij klinisch duidelijk.")
    d.p("Patiënt is nooit eerder aan de hand of pols geopereerd. Voorgeschiedenis: hypertensie, "
        "liesbreukoperatie links (2012).")
    d.p("Verzoek: CTS-release rechts. Patiënt heeft voorkeur voor uw kliniek vanwege de korte wachttijd.")
    d.p(("Medicatie: ", "b"), "amlodipine 5 mg 1dd1, hydrochloorthiazide 12,5 mg 1dd1.")
    d.p("Met vriendelijke groet,")
    d.p("")
    d.p("R. Demir, huisarts", space_after=0)
    d.footer("Huisartsenpraktijk Kleverpark  ·  Kleverparkweg 101  ·  2023 CD Haarlem")
    d.save(stem)
    write_label(stem, dict(
        kinds=["referral"], date="2026-11-04", author="gp", language="nl",
        style="free GP letter, docx letterhead table", referral_question=False,
        imaging_done="no", operated="no", treated_abroad="unmentioned",
        notes="Referral for treatment only ('Verzoek: CTS-release') without any question: referral_question false. "
              "Negations: 'geen foto's gemaakt', 'geen EMG', 'nooit eerder aan de hand of pols geopereerd'; the hernia "
              "operation is another body part. Date in 'Haarlem, 4 november 2026' form, right aligned."))

# ------------------------------------------------------------------ 003
@reg
def tx003():
    stem = "tx-003"
    txt = r"""
================================================================================
 PROFESSIONELE SAMENVATTING                       Datum uitdraai: 01-12-2026 14:07
 Huisartsenpraktijk Het Spijkerkwartier           Gebruiker: L. Arends (assistente)
 Spijkerstraat 88, 6828 DL Arnhem  AGB 01-061234
================================================================================
 Patiënt : Kuipers, H. (Henk)          M      Geb.datum: 22-08-1961
 Adres   : Rosendaalseweg 40, 6824 KL Arnhem  BSN: 999078812
 Verz.   : Menzis  (polisnr 20219988)         Eigen huisarts: J.P. Nijland
--------------------------------------------------------------------------------
 EPISODELIJST (actieve episodes en attentiewaarden)
--------------------------------------------------------------------------------
 ICPC   Omschrijving                                   Begin        Einde
 L72    Fractuur distale radius rechts                 10-02-2026
 K86    Hypertensie zonder orgaanschade                03-05-2011
 T90    Diabetes mellitus type 2                       17-09-2015
 D88    Appendicitis - st.n. appendectomie             1985         1985
 L84    Rugklachten zonder uitstraling                 08-01-2019   30-04-2019
 P17    Tabak: gestopt 2014
--------------------------------------------------------------------------------
 MEDICATIE (actueel)
--------------------------------------------------------------------------------
 metformine 500 mg tablet            2dd1           sinds 17-09-2015
 perindopril 4 mg tablet             1dd1           sinds 03-05-2011
 simvastatine 40 mg tablet           1dd1 a.n.      sinds 03-05-2011
 paracetamol 1000 mg tablet          zn max 3dd1    sinds 10-02-2026
--------------------------------------------------------------------------------
 ALLERGIEËN / CONTRA-INDICATIES
--------------------------------------------------------------------------------
 Penicilline: huiduitslag (1998)
--------------------------------------------------------------------------------
 JOURNAAL (laatste 12 maanden, selectie episode L72 en relevante regels)
--------------------------------------------------------------------------------
 10-02-2026  JPN  S: van keukentrap gevallen op uitgestrekte re hand, veel pijn pols.
                  O: zwelling en standsafwijking distale radius re, sens/motoriek
                     vingers intact.
                  E: L72 verdenking distale radiusfractuur re
                  P: Verwijzing SEH Rijnstate Arnhem.
 12-02-2026  JPN  Brief specialist ontvangen: SEH/traumachirurgie Rijnstate,
                  X-pols re: dislocerende distale radiusfractuur. Opname.
 14-02-2026  JPN  Brief specialist ontvangen: ontslagbrief traumachirurgie
                  Rijnstate, ORIF distale radius re met volaire plaat op
                  12-02-2026 (operateur dr. Bouwman). Fysio na 2 wk.
 26-02-2026  ASS  Hechtingen verwijderd, wond rustig.
 03-03-2026  JPN  E: L72  P: Verwijzing fysiotherapie/handtherapie.
 19-05-2026  JPN  S: nog steeds stijve pols, pijn bij draaien sleutel.
                  O: extensie 30 gr, flexie 35 gr, pro/supinatie beperkt.
                  E: L72 st.n. ORIF distale radius re, bewegingsbeperking.
                  P: overleg traumachirurg; afwachten, handtherapie voortzetten.
 02-07-2026  JPN  Brief specialist ontvangen: polikliniek traumachirurgie,
                  X-pols re 30-06-2026: fractuur geconsolideerd, plaat in situ.
                  Conclusie: verwijderen osteosynthesemateriaal eventueel
                  later, niet geïndiceerd op dit moment.
 18-08-2026  JPN  S: terug van 3 weken vakantie in Portugal, daar geen arts of
                  ziekenhuis bezocht. Klachten pols onveranderd.
                  P: afwachten.
 07-10-2026  POH  DM-controle: HbA1c 52, RR 138/84. Voetonderzoek gb.
 28-11-2026  JPN  S: wil een second opinion, twijfelt aan beleid Rijnstate.
                  Vraagt of plaat verwijderd moet worden / of er een
                  correctie-osteotomie mogelijk is.
                  O: extensie 25 gr, flexie 35 gr, knarsen DRUG re.
                  E: L72 st.n. ORIF distale radius re, functiebeperking
                  P: Verwijzing handchirurgie (second opinion) via ZorgDomein.
                     Röntgenverslagen en OK-verslag Rijnstate worden
                     meegestuurd.
--------------------------------------------------------------------------------
 LABUITSLAGEN (laatste)
--------------------------------------------------------------------------------
 07-10-2026  HbA1c 52 mmol/mol   kreatinine 84 umol/l   eGFR >60
--------------------------------------------------------------------------------
 Einde uitdraai - pagina 1 van 1
"""
    write_txt(stem, txt)
    write_label(stem, dict(
        kinds=["history"], date="2026-12-01", author="gp", language="nl",
        style="HIS printout 'Professionele samenvatting' with episode list and SOEP journal",
        imaging_done="yes", operated="yes", treated_abroad="no",
        notes="HIS printout: own date is 'Datum uitdraai'; dozens of other dates in episodes and journal. Journal "
              "lines 'Brief specialist ontvangen', 'Verwijzing handchirurgie' and 'OK-verslag ... meegestuurd' are "
              "mentions, not documents (not a referral, not an operation report). Appendectomy 1985 is another body "
              "part. Holiday in Portugal explicitly without doctor or hospital -> treated_abroad no."))

# ------------------------------------------------------------------ 004
@reg
def tx004():
    stem = "tx-004"
    side = [("AZ Sint-Jan", True, 11), ("Brugge-Oostende AV", False, 8), "", ("Dienst Orthopedie", True, 8),
            ("Hand- en polschirurgie", False, 7.5), "", "Campus Brugge", "Ruddershove 10", "8000 Brugge",
            "België", "", "T +32 50 45 21 11", "", ("Artsen", True, 7.5), "dr. K. Vandenberghe", "dr. E. Claeys",
            "dr. S. Maertens", "dr. B. Van Damme (ASO)", "", "Afspraken", "+32 50 45 26 00",
            "RIZIV 1-23456-78-910"]
    blocks = [
        ("cols", ["Dokter W. Pieters", "Huisartsenpraktijk Oostburg", "Nieuwstraat 3", "4501 BD Oostburg",
                  "NEDERLAND"], ["Brugge, 3 dec. 2026", "", "Uw ref.: -", "Onze ref.: ORT/KV/26-11842"], 0.6),
        ("sp", 8),
        ("p", "<b>Betreft:</b> mevrouw Lieke De Smet-Janssens, ° 03/07/1968<br/>"
              "Boulevard 14, 4525 AE Retranchement (NL)<br/>Raadpleging d.d. 28/11/2026"),
        ("sp", 3),
        ("p", "Geachte confrater,"),
        ("p", "Wij zagen uw patiënte op de raadpleging handchirurgie voor pijn aan de radiale zijde van de "
              "rechterpols, sinds ongeveer een jaar progressief. Ze werkt als poetsvrouw en heeft vooral last bij "
              "het uitwringen van dweilen. Eerdere infiltratie bij u (maart 2026) gaf drie maanden verbetering. "
              "Er werden in het verleden geen ingrepen aan de pols uitgevoerd."),
        ("h", "Klinisch onderzoek"),
        ("p", "Drukpijn ter hoogte van het STT-gewricht rechts, geen drukpijn over de tabatière. Grind-test van de "
              "duimbasis licht positief. Beweeglijkheid pols: dorsiflexie 60°, palmairflexie 55°. Geen "
              "neurologisch deficit."),
        ("h", "Technische onderzoeken"),
        ("p", "RX rechterpols en CT-scan, uitgevoerd op 14/11/2026 in ons ziekenhuis: duidelijke STT-artrose met "
              "gewrichtsspleetversmalling en subchondrale cysten, discrete CMC-1-artrose. Geen aanwijzingen "
              "voor SLAC-pols."),
        ("h", "Besluit"),
        ("p", "Symptomatische STT-artrose rechts, naast beginnende rizartrose."),
        ("h", "Voorstel"),
        ("p", "We verrichtten vandaag een echogeleide infiltratie van het STT-gewricht. Een op maat gemaakte spalk "
              "wordt voorzien via het ergotherapeutisch team. Bij onvoldoende effect kan een STT-artrodese of "
              "een resectie van de distale pool van het scafoïd besproken worden. Patiënte woont in Nederland en "
              "wenst eventuele verdere behandeling dichter bij huis; zij vroeg een kopie van dit verslag."),
        ("p", "Met collegiale groeten,"),
        ("sp", 8),
        ("p", "dr. Bert Van Damme<br/>arts-specialist in opleiding orthopedie"),
        ("p", "dr. Koen Vandenberghe<br/>orthopedisch chirurg, hand- en polschirurgie"),
        ("ps", "c.c.: patiënte"),
    ]
    make_pdf(pdf_path(stem), blocks, side=side,
             footer="Gedicteerd: 28/11/2026 – Getypt: 02/12/2026 (vdm) – Niet ondertekend indien elektronisch verzonden",
             page_numbers="{page}/1")
    write_label(stem, dict(
        kinds=["correspondence"], date="2026-12-03", also_dates=["2026-11-28", "2026-12-02"],
        author="specialist", language="nl", style="Flemish AZ consultation letter, letterhead in left side column",
        imaging_done="yes", operated="no", treated_abroad="yes",
        notes="Flemish vocabulary (raadpleging, Geachte confrater, Besluit, technische onderzoeken, ° birth date). "
              "Letter date '3 dec. 2026' competes with consult/dictation 28/11 and typing 02/12 in the footer. "
              "Written by an ASO (resident) and co-signed. Belgian hospital that treated a patient living in NL -> "
              "treated abroad. 'Geen ingrepen aan de pols' = not operated; arthrodesis only discussed as a future option."))

# ------------------------------------------------------------------ 005
@reg
def tx005():
    stem = "tx-005"
    blocks = [
        ("title", "DISCHARGE SUMMARY"),
        ("kv4", [
            ["Patient", "VAN LEEUWEN, Joris Mr", "Hospital No", "RCH 7741902"],
            ["DOB", "11/02/1990", "NHS No", "Not applicable (overseas visitor)"],
            ["Address", "Thorbeckegracht 17, 8011 VM Zwolle, Netherlands", "GP", "Huisartsenpraktijk Thorbecke, Zwolle (NL)"],
            ["Admitted", "14/08/2026 21:40", "Discharged", "16/08/2026 12:15"],
            ["Ward", "Wheal Coates Ward (Trauma)", "Consultant", "Mr A. Pengelly, Trauma &amp; Orthopaedics"],
        ]),
        ("sp", 4),
        ("h", "Presenting complaint"),
        ("p", "Fall from surfboard onto outstretched left hand at Perranporth beach whilst on holiday. Seen in the "
              "Emergency Department, Royal Cornwall Hospital."),
        ("h", "Diagnosis"),
        ("p", "1. Displaced intra-articular distal radius fracture, LEFT (AO 23-C1)<br/>2. Abrasions left knee"),
        ("h", "Investigations"),
        ("p", "XR left wrist 14/08/2026: dorsally angulated intra-articular distal radius fracture. CT left wrist "
              "15/08/2026 (pre-operative planning): two-part articular split, no carpal injury."),
        ("h", "Operation"),
        ("kv", [
            ["Date of operation", "15/08/2026"],
            ["Procedure", "Open reduction and internal fixation left distal radius, volar locking plate (Acu-Loc 2)"],
            ["Surgeon", "Mr A. Pengelly, Consultant Orthopaedic Surgeon"],
            ["Assistant", "Dr R. Okafor, ST5 Trauma &amp; Orthopaedics"],
            ["Anaesthetic", "General anaesthetic + supraclavicular block; tourniquet 250 mmHg, 68 min"],
            ["Findings", "Dorsal comminution, articular step 2 mm, reduced under direct vision"],
            ["Description", "Modified Henry approach. FCR sheath opened, pronator quadratus elevated. Fracture "
                            "reduced, held with K-wire, volar plate applied, 3 distal locking screws and 2 locking pegs, "
                            "3 cortical shaft screws. Image intensifier confirms reduction. PQ repaired, skin closed "
                            "with 3-0 Monocryl subcuticular."],
            ["Complications", "None"],
        ], 0.25, "grid"),
        ("h", "Medication on discharge"),
        ("p", "Paracetamol 1 g QDS PRN; Ibuprofen 400 mg TDS with food for 5 days; Dalteparin not required."),
        ("h", "Follow-up / plan"),
        ("p", "Patient returning to the Netherlands on 18/08/2026. Please arrange wound check and removal of dressing "
              "at 10-14 days with GP, and fracture clinic follow-up with a local orthopaedic or hand surgeon at 2 and "
              "6 weeks. Copies of radiographs provided on CD. Early finger mobilisation encouraged."),
        ("sp", 4),
        ("kv", [["Completed by", "Dr L. Trewin, FY2 doctor, on behalf of Mr A. Pengelly"],
                ["Date completed", "16/08/2026"]], 0.25),
    ]
    make_pdf(pdf_path(stem), blocks,
             top_banner=[("Royal Cornwall Hospitals NHS Trust", True, 13),
                         ("Royal Cornwall Hospital, Treliske, Truro TR1 3LJ   Tel 01872 250000", False, 8)],
             footer="Printed on 02/12/2026 10:02 by Medical Records (Subject Access Request 26-3391)   "
                    "CONFIDENTIAL - patient identifiable information", page_numbers="Page {page} of 1")
    write_label(stem, dict(
        kinds=["correspondence", "operation-report"], date="2026-08-16", author="specialist", language="en",
        style="NHS discharge summary with embedded operation section",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="English (UK) discharge summary with a full operation section (date, procedure, surgeon, description): "
              "both correspondence and operation-report. Dates dd/mm; the 'Printed on 02/12/2026' footer is a later "
              "print date, not the document date. Written by an FY2 doctor on behalf of the consultant. Holiday in UK "
              "with admission -> treated abroad."))

# ------------------------------------------------------------------ 006
@reg
def tx006():
    stem = "tx-006"
    txt = """
                                        Sanne Vermeulen
                                        MRN: 10448827   DOB: 9/4/1985
                                        Visit date: 11/18/2026

AFTER VISIT SUMMARY

Massachusetts General Hospital
Hand & Upper Extremity Service - Yawkey Center, 55 Fruit St, Boston MA 02114
617-726-2000

Sanne Vermeulen  11/18/2026 10:20 AM   Office Visit   MRN: 10448827

Instructions from Jonathan Reyes, PA-C
------------------------------------------------------------
 - Wear your thumb spica splint at all times for 3 weeks, except for
   showering and gentle range-of-motion exercises.
 - You received a steroid injection in your right wrist today. Some
   soreness for 24-48 hours is normal. Apply ice 15 minutes at a time.
 - Call us if you develop fever, redness, or warmth at the injection site.
 - If you are not better in 6 weeks, we can talk about other options,
   including a small surgery to release the tendon sheath.

Today's Visit
------------------------------------------------------------
 You saw Jonathan Reyes, PA-C on Wednesday November 18, 2026.
 Reason for visit: Wrist Pain (right)

 Diagnoses
   * De Quervain's tenosynovitis of right wrist - Primary

 Procedures done today
   * INJECTION, TENDON SHEATH, SINGLE (20550) - right first dorsal compartment

 Imaging tests
   * XR WRIST RIGHT 3+ VIEWS - Completed 11/18/2026
     Your results: No fracture or arthritis seen. (see MyChart for full report)

 Vitals:  BP 118/76  Pulse 68  Wt 61.2 kg

What's Next
------------------------------------------------------------
 DEC
  9     Occupational Therapy - Hand Therapy
 2026   Wednesday  1:30 PM   MGH Hand Therapy, Yawkey 2B
        Arrive 15 minutes early.

 DEC
 30     Follow-up visit with Jonathan Reyes, PA-C
 2026   Wednesday  9:40 AM

Your Medication List as of November 18, 2026
------------------------------------------------------------
 ibuprofen 600 MG tablet      Take 1 tablet by mouth every 8 hours as
                              needed for pain. Take with food.
 levonorgestrel IUD           (Mirena) - Patient reported

Allergies as of 11/18/2026
 No Known Allergies

MyChart
 Send messages to your care team, view your test results and more at
 patientgateway.massgeneralbrigham.org. Activation code: XXXXX-XXXXX

------------------------------------------------------------
Printed 11/18/2026 10:58 AM                                  Page 1 of 1
Sanne Vermeulen (MRN 10448827)   Epic - AVS
"""
    write_txt(stem, txt)
    write_label(stem, dict(
        kinds=[], date="2026-11-18", author="specialist", language="en",
        style="Epic After Visit Summary (patient handout) text printout",
        imaging_done="yes", operated="unmentioned", treated_abroad="yes",
        notes="Epic AVS is a patient handout (instructions, appointments, medication list), not a clinical letter; "
              "labelled no kind although it comes from a specialist clinic. US dates m/d/yyyy (DOB 9/4/1985 = "
              "4 Sept). X-ray completed -> imaging yes; surgery only offered as a future option; steroid injection "
              "is not an operation. US hospital care -> treated abroad."))

# ------------------------------------------------------------------ 007
@reg
def tx007():
    stem = "tx-007"
    txt = """
Stanford Health Care                                   SMIT, PIETER-JAN
Hand and Upper Extremity Surgery                       MRN: 73310458
450 Broadway St, Redwood City, CA 94063                DOB: 12/01/1979
                                                       Sex: M
Progress Notes
Emily Chen, PA-C at 3/11/2026  2:15 PM
   Author: Emily Chen, PA-C        Service: Orthopedic Surgery
   Author Type: Physician Assistant
   Filed: 3/12/2026 8:03 AM        Date of Service: 3/11/2026 2:15 PM
   Status: Attested                Editor: Emily Chen, PA-C (Physician Assistant)
   Cosigner: David Park, MD at 3/12/2026 5:40 PM

HAND SURGERY POSTOPERATIVE VISIT

Chief Complaint
Patient presents with:
 - Post-op (R CTR 1/22/2026)

HPI: Pieter-Jan Smit is a 46 y.o. right-hand-dominant male software engineer
originally from the Netherlands who is now ~7 weeks s/p right open carpal
tunnel release performed by Dr. Park on 01/22/2026 at Stanford Outpatient
Surgery Center. Numbness in the thumb and index finger has improved, but he
reports persistent pillar pain with push-ups and typing. He is relocating
back to Utrecht, NL in April and asks whether this is normal.

Review of Systems: negative except as in HPI.

Physical Exam
 Right hand: incision well healed, mild hypertrophy, tender thenar and
 hypothenar pillars. Tinel negative. 2PD 5 mm in median distribution.
 Grip (Jamar II): R 28 kg, L 46 kg.

Imaging: No imaging obtained today; none indicated.

Assessment/Plan
 1. Status post right carpal tunnel release - pillar pain
    - Expected course discussed, typically resolves within 3-6 months
    - Referral to hand therapy for scar massage, desensitization
    - No further surgical intervention recommended at this time
 2. Relocation: copy of operative report and this note given to patient
    for his new physician in the Netherlands.

Return in about 6 weeks (around 4/22/2026), or telehealth if relocated.

Electronically signed by Emily Chen, PA-C at 3/12/2026 8:03 AM

Attestation signed by David Park, MD at 3/12/2026 5:40 PM:
I saw and evaluated the patient, discussed the case with the PA, and agree
with the findings and plan as documented in the PA's note.

-------------------------------------------------------------------------
Printed by BOWMAN, LINDA [HIM] on 11/30/2026 11:12 AM        Page 1 of 1
"""
    write_txt(stem, txt)
    write_label(stem, dict(
        kinds=["correspondence"], date="2026-03-11", also_dates=["2026-03-12"], author="specialist", language="en",
        style="Epic 'Progress Notes' printout (US), PA note with MD attestation",
        imaging_done="no", operated="yes", treated_abroad="yes",
        notes="US date format: 3/11/2026 is 11 March, not 3 November; filed/cosigned 3/12/2026; printed 11/30/2026 "
              "(print date, not own date). Written by a physician assistant with attending attestation (two "
              "signatures). 'No imaging obtained today' -> imaging no. Mentions an operative report but is not one. "
              "Carpal tunnel release in a US surgery center -> operated yes, treated abroad yes."))

# ------------------------------------------------------------------ 008
@reg
def tx008():
    stem = "tx-008"

    def draw(c, W, H):
        x0 = 54
        y = H - 54
        c.setFont("Helvetica-Bold", 13)
        c.drawString(x0, y, "HOSPITAL FOR SPECIAL SURGERY")
        c.setFont("Helvetica", 8)
        c.drawString(x0, y - 12, "535 East 70th Street, New York, NY 10021  |  Department of Hand and Upper Extremity Surgery")
        c.line(x0, y - 18, W - 54, y - 18)
        y -= 42
        c.setFont("Helvetica-Bold", 12)
        c.drawString(x0, y, "OPERATIVE REPORT")
        y -= 22
        fields = [("PATIENT:", "DE GROOT, MAARTEN"), ("MRN:", "0041-558-27"), ("DOB:", "05/23/1962"),
                  ("DATE OF SURGERY:", "October 7, 2026"), ("ATTENDING SURGEON:", "Rachel M. Feldman, MD"),
                  ("ASSISTANT:", "Kevin Osei, MD (Hand Surgery Fellow)"),
                  ("ANESTHESIA:", "Regional (infraclavicular block) with monitored anesthesia care"),
                  ("PREOPERATIVE DIAGNOSIS:", "Right thumb carpometacarpal arthritis, Eaton stage III"),
                  ("POSTOPERATIVE DIAGNOSIS:", "Same"),
                  ("PROCEDURE:", "Right trapeziectomy with ligament reconstruction and tendon interposition (LRTI)"),
                  ("", "using half of the flexor carpi radialis tendon"),
                  ("ESTIMATED BLOOD LOSS:", "Minimal"), ("TOURNIQUET TIME:", "71 minutes at 250 mmHg"),
                  ("COMPLICATIONS:", "None"), ("SPECIMENS:", "Trapezium, to pathology"),
                  ("DISPOSITION:", "To PACU in stable condition")]
        for lab, val in fields:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x0, y, lab)
            c.setFont("Helvetica", 9)
            c.drawString(x0 + 165, y, val)
            y -= 13
        y -= 8
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x0, y, "INDICATIONS:")
        y -= 12
        body = [
            "The patient is a 64-year-old right-hand-dominant man, a retired engineer from the Netherlands who winters",
            "in New York, with basal thumb pain refractory to splinting and two corticosteroid injections. Radiographs",
            "showed advanced CMC arthritis. Risks, benefits and alternatives were discussed and informed consent obtained.",
            "",
        ]
        c.setFont("Helvetica", 9)
        for line in body:
            c.drawString(x0, y, line)
            y -= 12
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x0, y, "DESCRIPTION OF PROCEDURE:")
        y -= 12
        desc = [
            "The patient was identified in the preoperative holding area and the right upper extremity was marked.",
            "After regional block the arm was prepped and draped in the usual sterile fashion. A time-out was performed.",
            "A Wagner incision was made over the thumb base. The superficial radial nerve branches were protected. The",
            "capsule was opened longitudinally and the trapezium was removed piecemeal. Moderate STT arthritis was noted.",
            "Half of the FCR tendon was harvested through two small forearm incisions, passed through a drill hole in the",
            "base of the first metacarpal and sutured back onto itself; the remainder was rolled as an anchovy into the",
            "trapezial space. The capsule was closed with 3-0 Ethibond, skin with 4-0 nylon. A thumb spica splint was",
            "applied. The patient tolerated the procedure well.",
            "",
            "PLAN: Non-weight bearing, splint 2 weeks, then cast/orthosis and hand therapy. Follow-up in 12-14 days.",
        ]
        c.setFont("Helvetica", 9)
        for line in desc:
            c.drawString(x0, y, line)
            y -= 12
        y -= 18
        c.setFont("Helvetica", 8.5)
        c.drawString(x0, y, "Rachel M. Feldman, MD")
        c.drawString(x0, y - 11, "Electronically signed 10/09/2026 07:51")
        c.setFont("Helvetica", 7)
        c.drawString(x0, 40, "D: 10/07/2026 14:22   T: 10/08/2026 09:10   Job# 5528163   Doc ID 99120-OP")
        c.drawRightString(W - 54, 40, "Page 1 of 1")
    make_canvas_pdf(pdf_path(stem), draw, pagesize=LETTER)
    write_label(stem, dict(
        kinds=["operation-report"], date="2026-10-07", also_dates=["2026-10-08", "2026-10-09"],
        author="specialist", language="en", style="US operative report, canvas labels with values in separate runs",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="US operative note: Preoperative/Postoperative diagnosis, Procedure, Surgeon, Anesthesia as separate "
              "label/value runs. Date written 'October 7, 2026'; dictation/transcription/signature dates in US "
              "m/d/yyyy footer. Dutch patient wintering in New York operated there -> treated abroad. 'Radiographs "
              "showed' -> imaging yes."))

# ------------------------------------------------------------------ 009
@reg
def tx009():
    stem = "tx-009"
    d = Docx(font="Arial", size=10)
    d.letterhead_table(
        [("Klinikum Garmisch-Partenkirchen", "b"), ("Klinik für Unfallchirurgie, Orthopädie", ""),
         ("und Handchirurgie", ""), ("Chefarzt Prof. Dr. med. K. Brandstätter", "s")],
        [("Auenstraße 6", "s"), ("82467 Garmisch-Partenkirchen", "s"), ("Tel. +49 8821 77-0", "s"),
         ("Fax +49 8821 77-1350", "s"), ("Sekretariat Handchirurgie: -1412", "s")])
    d.p("Klinikum Garmisch-Partenkirchen · Auenstraße 6 · 82467 Garmisch-Partenkirchen", size=7)
    d.p("Frau Dr. med. (NL) I. Hendriks", space_after=0)
    d.p("Huisartsenpraktijk Lombok", space_after=0)
    d.p("Kanaalstraat 51", space_after=0)
    d.p("3531 CG Utrecht, NIEDERLANDE")
    d.p("Garmisch-Partenkirchen, 17.02.2026", align="right")
    d.p(("Arztbrief", "b"), size=13)
    d.p("Patient: Herr Bram Hoekstra, geb. 19.01.1994, wohnhaft Oudegracht 210, 3511 NR Utrecht (NL)")
    d.p("Stationärer Aufenthalt vom 14.02.2026 bis 15.02.2026")
    d.p("Sehr geehrte Frau Kollegin,")
    d.p("wir berichten über Ihren o.g. Patienten, der sich während eines Skiurlaubs am 14.02.2026 in unserer "
        "Notaufnahme vorstellte.")
    d.p(("Diagnosen:", "b"))
    d.p("1. Ruptur des ulnaren Seitenbandes MCP-Gelenk Daumen rechts mit knöchernem Ausriss (Skidaumen)", space_after=0)
    d.p("2. Prellung Schulter links", space_after=0)
    d.p("3. Z.n. Appendektomie (2008)")
    d.p(("Anamnese:", "b"))
    d.p("Sturz auf der Piste mit dem Skistock in der rechten Hand. Schmerzen und Instabilität am Daumen.")
    d.p(("Befunde:", "b"))
    d.p("Röntgen Daumen rechts in 2 Ebenen vom 14.02.2026: knöcherner Ausriss an der ulnaren Basis der Grundphalanx, "
        "Fragment um ca. 3 mm disloziert. Röntgen Schulter links: keine Fraktur.")
    d.p(("Therapie:", "b"))
    d.p("Am 14.02.2026 offene Refixation des ulnaren Seitenbandes mit Fadenanker und Kirschnerdraht-Transfixation "
        "MCP I rechts in Plexusanästhesie. Postoperativ komplikationsloser Verlauf, Entlassung am 15.02.2026 in "
        "gutem Allgemeinzustand.")
    d.p(("Procedere:", "b"))
    d.p("- Daumenschiene für 6 Wochen, K-Draht-Entfernung nach 5 Wochen", space_after=0)
    d.p("- Fadenentfernung am 12. postoperativen Tag durch die Hausärztin", space_after=0)
    d.p("- Weiterbehandlung und Kontrolle in einer handchirurgischen Sprechstunde in den Niederlanden", space_after=0)
    d.p("- Röntgenbilder wurden dem Patienten auf CD mitgegeben")
    d.p("Mit freundlichen kollegialen Grüßen")
    d.p("")
    d.letterhead_table(
        [("Prof. Dr. med. K. Brandstätter", ""), ("Chefarzt", "s"), ("i.V. Dr. med. S. Oberhuber, Oberärztin", "s")],
        [("J. Weiß", ""), ("Assistenzarzt", "s")])
    d.footer("Diktiert: 15.02.26 / geschrieben: 17.02.26 sk   –   Seite 1 von 1")
    d.save(stem)
    write_label(stem, dict(
        kinds=["correspondence"], date="2026-02-17", also_dates=["2026-02-15"], author="specialist", language="de",
        style="German Arztbrief, docx letterhead and signature tables",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="German Arztbrief with 'Diagnosen:', 'Therapie:', 'Procedere:' and signatures in a table "
              "('Prof. Dr. med.' with 'i.V.' Oberärztin and an Assistenzarzt). Therapy paragraph names the operation "
              "and date but no operator/description: correspondence only, not an operation report. Dates 17.02.2026 "
              "vs stay 14.-15.02 vs footer 'Diktiert 15.02.26'. Appendectomy is another body part; ski holiday with "
              "admission -> treated abroad."))

# ------------------------------------------------------------------ 010
@reg
def tx010():
    stem = "tx-010"
    blocks = [
        ("title", "Operationsbericht"),
        ("kv", [
            ["Patient/in", "Dijkstra, Eva, geb. 02.04.1983"],
            ["Fall-Nr.", "2026-118832 / Station U3"],
            ["OP-Datum", "22.08.2026   Schnitt 10:42 – Naht 11:51"],
            ["Operateur", "Dr. med. T. Haslinger, Oberarzt"],
            ["Assistenz", "M. Kowalczyk, Assistenzärztin"],
            ["Anästhesie", "ITN (Dr. med. R. Stöckl)"],
            ["Diagnose", "Distale Radiusextensionsfraktur links (AO 23-A3), Fraktur Proc. styloideus ulnae"],
            ["Eingriff", "Offene Reposition und winkelstabile palmare Plattenosteosynthese distaler Radius links"],
        ], 0.22, "grid"),
        ("sp", 4),
        ("h", "Indikation"),
        ("p", "Mountainbike-Sturz am 21.08.2026 im Wettersteingebirge. Dislozierte Fraktur, geschlossene Reposition in "
              "der Notaufnahme nicht haltbar (Röntgenkontrolle 21.08.2026). Aufklärung der Patientin (Niederländerin, "
              "Aufklärung in englischer Sprache) über Risiken erfolgt."),
        ("h", "Bericht"),
        ("p", "Rückenlage, Armtisch, Oberarmblutsperre 250 mmHg. Team-Time-Out. Palmarer Zugang nach Henry über der "
              "FCR-Sehne. Darstellung und Ablösen des M. pronator quadratus. Frakturreposition unter Bildwandler-"
              "kontrolle, temporäre K-Draht-Fixation. Anlage einer winkelstabilen palmaren Radiusplatte (2,4 mm), "
              "distal 6 winkelstabile Schrauben, proximal 3 Kortikalisschrauben. Regelrechte Stellung und "
              "Schraubenlage in 2 Ebenen, keine intraartikulären Schrauben. Refixation des M. pronator quadratus, "
              "schichtweiser Wundverschluss, Intrakutannaht, steriler Verband, dorsale Unterarmschiene."),
        ("h", "Procedere"),
        ("p", "Hochlagerung, Kühlung, Analgesie nach Schema. Röntgenkontrolle postoperativ. Schiene für 2 Wochen, "
              "dann funktionelle Nachbehandlung. Entlassung voraussichtlich 24.08.2026. Weiterbehandlung in den "
              "Niederlanden durch Hausarzt bzw. Handchirurgie."),
        ("sp", 8),
        ("p", "Dr. med. T. Haslinger<br/>Oberarzt Unfallchirurgie"),
    ]
    make_pdf(pdf_path(stem), blocks,
             top_banner=[("BG Unfallklinik Murnau", True, 13),
                         ("Abteilung für Hand-, Plastische und Rekonstruktive Chirurgie · Prof.-Küntscher-Str. 8 · 82418 Murnau · +49 8841 48-0", False, 7.5)],
             footer="Gedruckt am 02.12.2026 09:14 – Dokument elektronisch freigegeben am 22.08.2026 12:30 – Seite {page}",
             header="Dijkstra, Eva * 02.04.1983   Fall 2026-118832")
    write_label(stem, dict(
        kinds=["operation-report"], date="2026-08-22", author="specialist", language="de",
        style="German Operationsbericht form with grid label table",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="German operation report (OP-Datum, Operateur, Assistenz, Anästhesie, Eingriff, Bericht). Dates: OP "
              "22.08.2026, accident and X-ray 21.08, expected discharge 24.08, 'Gedruckt am 02.12.2026' footer. "
              "Dutch patient operated in Germany -> treated abroad."))

# ------------------------------------------------------------------ 011
@reg
def tx011():
    stem = "tx-011"
    blocks = [
        ("cols", ["Kantonsspital St. Gallen", "Klinik für Radiologie und Nuklearmedizin", "Rorschacher Strasse 95",
                  "CH-9007 St. Gallen", "Tel. +41 71 494 11 11"],
                 ["<b>Zuweiser</b>", "Dr. med. C. Rüegg", "Klinik für Hand-, Plastische und", "Wiederherstellungschirurgie",
                  "Haus 03, KSSG"], 0.55),
        ("sp", 6),
        ("kv", [
            ["Patient", "Mulder Daan, 07.11.1987, m"],
            ["PID / Auftrag", "4471902 / R-26-558120"],
            ["Untersuchung", "MRI Handgelenk rechts nativ und mit KM"],
            ["Untersuchungsdatum", "24.11.2026"],
        ], 0.25),
        ("sp", 3),
        ("h", "Klinische Angaben / Fragestellung"),
        ("p", "St. n. Scaphoidverschraubung rechts 03/2025 (extern, Niederlande). Seit Sturz im Sept. erneut "
              "Schmerzen radial. Pseudarthrose? Vitalität proximaler Pol?"),
        ("h", "Voruntersuchungen"),
        ("p", "Zum Vergleich liegt die CT des rechten Handgelenks vom 12.01.2026 (KSSG) vor."),
        ("h", "Befund"),
        ("p", "Einliegende Herbert-Schraube im Scaphoid mit diskreter Auslockerung (Saum 1 mm) im proximalen Pol. "
              "Persistierender Frakturspalt an der Taille mit flüssigkeitsäquivalentem Signal, im Vergleich zur CT "
              "vom 12.01.2026 ohne Konsolidierungsfortschritt. Proximaler Pol in T1 hypointens mit fleckiger, "
              "reduzierter KM-Aufnahme. Beginnende radioscaphoidale Arthrose. SL- und LT-Band intakt. TFCC "
              "unauffällig. Kein Gelenkerguss von Bedeutung."),
        ("h", "Beurteilung"),
        ("p", "1. Scaphoid-Pseudarthrose rechts nach Schraubenosteosynthese, im Verlauf zur CT vom 12.01.2026 "
              "unverändert, keine Konsolidierung.<br/>2. Teilweise verminderte Perfusion des proximalen Pols, "
              "beginnende Nekrose nicht ausgeschlossen.<br/>3. Beginnende Radioscaphoidarthrose (SNAC I)."),
        ("sp", 6),
        ("p", "Dr. med. A. Tanner, Assistenzärztin Radiologie<br/>"
              "Visiert: PD Dr. med. M. Gähwiler, Leitender Arzt Muskuloskelettale Radiologie"),
        ("ps", "Befund vom 25.11.2026 16:22, definitiv visiert 25.11.2026 17:05"),
    ]
    make_pdf(pdf_path(stem), blocks, footer="KSSG Radiologie · Befund R-26-558120 · Seite {page}/1",
             header="Radiologischer Befund")
    write_label(stem, dict(
        kinds=["imaging-report"], date="2026-11-25", also_dates=["2026-11-24"], author="radiologist", language="de",
        style="Swiss radiology Befund with Zuweiser column and Beurteilung",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Swiss MRI report: exam 24.11.2026 vs report 25.11.2026 (only in a small line at the end), comparison "
              "with an older CT 12.01.2026. 'Zuweiser' block is the requesting hand surgeon, not the author. The clinical "
              "question mentions an earlier scaphoid screw fixation done in the Netherlands (operated yes); the "
              "patient was examined in a Swiss hospital -> treated abroad yes."))

# ------------------------------------------------------------------ 012
@reg
def tx012():
    stem = "tx-012"
    txt = """
From: Ambulanz UKH Salzburg <ambulanz.ukh-salzburg@auva.at>
Sent: Tuesday, 6 January 2026 09:41
To: fleur.bakker83@gmail.com
Subject: Ambulanzbrief / Befundbericht - Bakker Fleur
Attachments: Roentgen_0301.jpg

Sehr geehrte Frau Bakker,
anbei erhalten Sie wie besprochen Ihren Ambulanzbrief zur Vorlage bei Ihrem
Hausarzt. Mit freundlichen Grüßen, Ihr Ambulanzteam

-----------------------------------------------------------------------
AUVA-Unfallkrankenhaus Salzburg
Dr.-Franz-Rehrl-Platz 5, 5010 Salzburg, Österreich, Tel. +43 5 93 93-44000
Ärztlicher Leiter: Prim. Univ.-Prof. Dr. H. Resch-Wimmer

AMBULANZBRIEF                                   Salzburg, am 03.01.26

Patientin: BAKKER Fleur, geb. 17.03.1983
Wohnort:   Dorpsstraat 4, 1721 BA Broek op Langedijk, NIEDERLANDE
Versicherung: EKVK (NL)        Aufnahmezahl: A-26-000317

Unfallhergang:
Sturz beim Skifahren am 02.01.2026 in Flachau auf die ausgestreckte
rechte Hand. Erstvorstellung in unserer Ambulanz am 03.01.2026.

Befund:
Schwellung radiales Handgelenk rechts, Druckschmerz in der Tabatière,
Stauchungsschmerz Daumen. DMS intakt.

Röntgen Handgelenk rechts + Scaphoidserie (03.01.26):
Nicht dislozierte Fraktur des Os scaphoideum im mittleren Drittel.
Keine weiteren Frakturen.

Diagnose:
Unverschobener Kahnbeinbruch rechts (S62.0)

Therapie:
Ruhigstellung im Unterarmgips mit Daumeneinschluss. Eine operative
Versorgung ist bei unverschobener Fraktur nicht notwendig; die Patientin
wurde konservativ behandelt.

Procedere:
Gipsruhigstellung für insgesamt 6-8 Wochen. Kontrolle mit Röntgen nach
2 Wochen beim Hausarzt bzw. in einer Unfallambulanz in den Niederlanden,
CT-Kontrolle zur Beurteilung der Durchbauung empfohlen.
Thromboseprophylaxe nicht erforderlich.

Für den Abteilungsvorstand:
OA Dr. M. Pichler-Gruber e.h.

Dieser Befund wurde elektronisch erstellt und ist ohne Unterschrift gültig.
-----------------------------------------------------------------------
"""
    write_txt(stem, txt)
    write_label(stem, dict(
        kinds=["correspondence"], date="2026-01-03", author="specialist", language="de",
        style="Austrian Ambulanzbrief inside an e-mail export",
        imaging_done="yes", operated="no", treated_abroad="yes",
        notes="Austrian emergency outpatient letter pasted into an e-mail export: e-mail 'Sent' date 6 January 2026 vs "
              "letter date 'am 03.01.26' (two-digit year) vs accident 02.01.2026. Signed 'Für den Abteilungsvorstand: "
              "OA Dr.'. Operation explicitly not done ('nicht notwendig ... konservativ') -> operated no. Treated in an "
              "Austrian trauma hospital -> treated abroad."))

# ------------------------------------------------------------------ 013
@reg
def tx013():
    stem = "tx-013"
    blocks = [
        ("cols", ["<b>Ziekenhuis Gelderse Vallei</b>", "Afdeling Radiologie", "Willy Brandtlaan 10",
                  "6716 RP Ede", "T 0318 43 43 43"],
                 ["<b>Aanvrager:</b> drs. M.A. Terpstra", "plastisch chirurg, Plastische chirurgie",
                  "<b>Kopie:</b> huisarts C. de Wit, Bennekom"], 0.5),
        ("sp", 5), ("hr",), ("sp", 2),
        ("kv", [
            ["Patiënt", "Mw. J. Hofstede-Ouwerkerk"],
            ["Geboortedatum", "23-11-1955"],
            ["Patiëntnummer", "1928734"],
            ["Onderzoek", "X-pols rechts AP en lateraal"],
            ["Datum onderzoek", "11-11-2026"],
            ["Accessionnr.", "GV26R0448120"],
        ], 0.25),
        ("sp", 3),
        ("h", "Klinische gegevens"),
        ("p", "Status na ORIF distale radius re (juni 2025, dr. Terpstra). Sinds 2 mnd pijn bij pronatie/supinatie. "
              "Schroef in DRUG? Plaatverwijdering overwegen."),
        ("h", "Verslag"),
        ("p", "Vergeleken met de opnamen van 03-06-2025 (postoperatief) en 12-09-2025. Geconsolideerde distale "
              "radiusfractuur met volaire plaat en schroeven in situ, ongewijzigde positie. De meest ulnaire distale "
              "schroef projecteert tot aan de sigmoïde notch; penetratie in het DRUG is op deze opnamen niet met "
              "zekerheid uit te sluiten. Ulnaire variantie +2 mm (voorheen +1 mm). Geen tekenen van loslating."),
        ("h", "Conclusie"),
        ("p", "Geconsolideerde fractuur, osteosynthesemateriaal in situ. Verdenking te lange ulnaire distale schroef "
              "tot in het DRUG; zo nodig CT ter verificatie."),
        ("p", "<i>S.L. Kramer, radioloog</i>   -   geautoriseerd 11-11-2026 16:48"),
        ("sp", 4), ("hr",),
        ("h", "ADDENDUM  d.d. 13-11-2026"),
        ("p", "Na bespreking in het handenoverleg van 13-11-2026 en herbeoordeling met aanvullende schuine opname: "
              "de betreffende schroef eindigt 1 mm buiten de cortex ter hoogte van de sigmoïde notch. Dit past bij "
              "schroefpenetratie in het DRUG. Advies: CT ter bevestiging is niet meer noodzakelijk."),
        ("p", "<i>S.L. Kramer, radioloog</i>   -   addendum geautoriseerd 13-11-2026 09:12"),
    ]
    make_pdf(pdf_path(stem), blocks, footer="Afgedrukt op: 02-12-2026 11:30 door H. Jansen (secretariaat plastische chirurgie)",
             page_numbers="Pagina {page} van 1", top_banner=[("RADIOLOGISCH ONDERZOEK", True, 12)])
    write_label(stem, dict(
        kinds=["imaging-report"], date="2026-11-11", also_dates=["2026-11-13"], author="radiologist", language="nl",
        style="Dutch radiology report with addendum, requester column",
        imaging_done="yes", operated="yes", treated_abroad="unmentioned",
        notes="Radiology report with a later addendum (13-11-2026) and comparison with 2025 studies; print footer "
              "02-12-2026. 'Aanvrager' (plastic surgeon) is not the author. Clinical data mention an earlier ORIF "
              "(operated yes); 'Plaatverwijdering overwegen' is only a plan."))

# ------------------------------------------------------------------ 014
@reg
def tx014():
    stem = "tx-014"
    blocks = [
        ("kv", [
            ["Naam", "Dhr. S. (Sjoerd) Hoekstra"],
            ["Geb. datum", "08-08-2001"],
            ["Aanvrager", "dr. F. Bosma, traumachirurg, SEH/Chirurgie MCL"],
            ["Datum verslag", "09-10-2026"],
        ], 0.2),
        ("sp", 3),
        ("table", ["Nr", "Onderzoek", "Datum onderzoek", "Status"], [
            ["1", "X-hand links, 3 richtingen", "01-10-2026", "verslagen"],
            ["2", "Echo hand links (dig. IV)", "01-10-2026", "verslagen"],
            ["3", "CT hand links", "08-10-2026", "verslagen"],
        ], [0.08, 0.47, 0.25, 0.2]),
        ("sp", 3),
        ("h", "Klinische vraagstelling"),
        ("p", "Vuistslag tegen muur 30-09. Fractuur MC IV links? Rotatiefout dig. IV? Operatie wordt overwogen "
              "indien rotatiefout."),
        ("h", "1. X-hand links"),
        ("p", "Schuine fractuur van de schacht van metacarpale IV met lichte verkorting (ca. 3 mm) en dorsale "
              "angulatie van ca. 15 graden. Geen intra-articulaire uitbreiding. Overige skelet intact."),
        ("h", "2. Echo hand links"),
        ("p", "Geen peesletsel van de extensorpezen dig. IV/V. Klein hematoom dorsaal. Geen vreemd lichaam."),
        ("h", "3. CT hand links (aanvullend, op verzoek aanvrager)"),
        ("p", "Bevestiging schuine schachtfractuur MC IV met 3 mm verkorting; rotatie van het distale fragment "
              "circa 8 graden in supinatie. Geen fractuur MC V. Carpus intact."),
        ("h", "Conclusie"),
        ("p", "Schuine schachtfractuur MC IV links met verkorting, 15° dorsale angulatie en ca. 8° rotatie. Geen "
              "peesletsel."),
        ("sp", 5),
        ("p", "dr. R.J. Wiersma, radioloog"),
    ]
    make_pdf(pdf_path(stem), blocks,
             side=[("MCL", True, 16), ("Medisch Centrum", False, 8), ("Leeuwarden", False, 8), "",
                   ("Radiologie", True, 8), "Henri Dunantweg 2", "8934 AD Leeuwarden", "058 286 6666", "",
                   "Verslag nr.", "MCL-RAD-26-77102"], side_all_pages=True,
             footer="Dit verslag is elektronisch geautoriseerd. MCL Radiologie.", page_numbers="blad {page}")
    write_label(stem, dict(
        kinds=["imaging-report"], date="2026-10-09", also_dates=["2026-10-01", "2026-10-08"],
        author="radiologist", language="nl", style="one report of three exams with exam table, side-column letterhead",
        imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
        notes="Several exams (X-ray, ultrasound, CT) on two dates in one report dated 09-10-2026; the newest study is "
              "the CT of 08-10. The requester is a trauma surgeon. Operation only considered ('wordt overwogen') -> "
              "operated unmentioned."))

# ------------------------------------------------------------------ 015
@reg
def tx015():
    stem = "tx-015"
    blocks = [
        ("cols", ["<b>Laboratorium Medische Microbiologie</b>", "LabMicTA - Hengelo", "Postbus 377, 7550 AJ Hengelo",
                  "T 088 - 00 85 200"], ["<b>Aan:</b> C.J. Smeenk, huisarts", "Gezondheidscentrum De Es",
                                          "Esstraat 4, 7481 CX Haaksbergen"], 0.5),
        ("sp", 6),
        ("title", "Uitslag bacteriologisch onderzoek"),
        ("kv4", [
            ["Patiënt", "Yilmaz, E. (Emre)", "Geb.datum", "19-12-1975"],
            ["Geslacht", "M", "BSN", "999033214"],
            ["Labnummer", "M26-1144877", "Aanvraagnr.", "HA-556710"],
            ["Afnamedatum", "24-11-2026", "Ontvangen", "25-11-2026 07:55"],
            ["Bepaling", "MRSA-screening (kweek + PCR)", "Status", "Definitief"],
        ]),
        ("sp", 3),
        ("p", "<b>Klinische gegevens:</b> screening i.v.m. opname in een ziekenhuis in Turkije (Izmir) okt. 2026 "
              "na verkeersongeval; verwijzing handchirurgie gepland."),
        ("sp", 3),
        ("table", ["Materiaal", "Onderzoek", "Uitslag", "Eenheid/opm."], [
            ["Neus", "MRSA PCR", "negatief", ""],
            ["Neus", "MRSA kweek (ophoping)", "MRSA niet aangetoond", "na 48 uur"],
            ["Keel", "MRSA kweek (ophoping)", "MRSA niet aangetoond", "na 48 uur"],
            ["Perineum", "MRSA kweek (ophoping)", "MRSA niet aangetoond", "na 48 uur"],
        ], [0.18, 0.32, 0.3, 0.2]),
        ("sp", 4),
        ("p", "<b>Conclusie:</b> In de ingestuurde materialen (neus, keel, perineum) is geen MRSA aangetoond."),
        ("sp", 6),
        ("kv", [["Gevalideerd door", "dr. L.M. Kampinga, arts-microbioloog"],
                ["Datum validatie", "27-11-2026"]], 0.25),
    ]
    make_pdf(pdf_path(stem), blocks, footer="LabMicTA  |  RvA M 219  |  Uitslag M26-1144877  |  Afdrukdatum 27-11-2026",
             page_numbers="1/1")
    write_label(stem, dict(
        kinds=["mrsa-screening"], date="2026-11-27", also_dates=["2026-11-24"], author="lab", language="nl",
        style="microbiology lab result, two-column header and result table",
        imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
        notes="MRSA screening with three swab sites in a table; sampling 24-11, received 25-11, validated 27-11. "
              "Clinical data on the request say the patient was admitted to a hospital in Turkey -> treated abroad yes."))

# ------------------------------------------------------------------ 016
@reg
def tx016():
    stem = "tx-016"

    def draw(c, W, H):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, H - 55, "Regionaal Laboratorium Medische Microbiologie")
        c.setFont("Helvetica", 8)
        c.drawString(50, H - 67, "Albert Schweitzer ziekenhuis, locatie Dordwijk - Albert Schweitzerplaats 25, 3318 AT Dordrecht")
        c.setFillColorRGB(0.85, 0.1, 0.1)
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(W - 50, H - 55, "VOORLOPIGE UITSLAG")
        c.setFillColorRGB(0, 0, 0)
        y = H - 105
        left = [("Patiënt", "El Amrani, N."), ("Geboren", "02-02-1969"), ("Patiëntnr.", "ASZ 3318772"),
                ("Aanvrager", "huisarts A. Koster, Zwijndrecht"), ("Afname", "27-11-2026 10:10"),
                ("Ontvangst", "27-11-2026 14:32")]
        right = [("Rapportdatum", "30-11-2026"), ("Ordernr.", "26MB447190"), ("Onderzoek", "MRSA screening"),
                 ("Indicatie", "opname buitenland"), ("Rapport", "tussentijds (2 van ?)")]
        for i, (l, v) in enumerate(left):
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(50, y - i * 13, l)
            c.setFont("Helvetica", 8.5)
            c.drawString(125, y - i * 13, v)
        for i, (l, v) in enumerate(right):
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(320, y - i * 13, l)
            c.setFont("Helvetica", 8.5)
            c.drawString(400, y - i * 13, v)
        y -= 95
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y, "Klinische informatie:")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, y - 12, "Pt. in augustus 2026 10 dagen opgenomen geweest in Hassan II ziekenhuis te Nador (Marokko),")
        c.drawString(50, y - 24, "wegens cellulitis rechter hand/onderarm, i.v. antibiotica. Verwezen naar handchirurg.")
        y -= 50
        cols = [50, 150, 330]
        c.setFont("Helvetica-Bold", 9)
        for x, t in zip(cols, ["Materiaal", "Uitslag", "Opmerking"]):
            c.drawString(x, y, t)
        c.line(50, y - 4, W - 50, y - 4)
        rows = [("Neus", "MRSA niet aangetoond", "definitief"),
                ("Keel", "MRSA niet aangetoond", "definitief"),
                ("Perineum", "Kweek in behandeling", "definitieve uitslag volgt"),
                ("Wond hand re", "niet ingestuurd", "")]
        c.setFont("Helvetica", 9)
        for i, r in enumerate(rows):
            for x, t in zip(cols, r):
                c.drawString(x, y - 18 - i * 14, t)
        y -= 100
        c.setFont("Helvetica-Oblique", 8.5)
        c.drawString(50, y, "Let op: dit is een tussentijdse rapportage. De MRSA-status kan pas worden vastgesteld na")
        c.drawString(50, y - 11, "afronding van alle kweken. Patiënt geldt tot die tijd als MRSA-verdacht (categorie 2).")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, y - 40, "Geautoriseerd: drs. P. van Oers, arts-microbioloog i.o., namens dr. E. Bakker-Visser")
        c.setFont("Helvetica", 7)
        c.drawString(50, 40, "RLMM Dordrecht  -  26MB447190  -  pag. 1/1  -  verzonden via Edifact 30-11-2026 16:02")
    make_canvas_pdf(pdf_path(stem), draw)
    write_label(stem, dict(
        kinds=["mrsa-screening"], date="2026-11-30", also_dates=["2026-11-27"], author="lab", language="nl",
        style="interim MRSA lab report, canvas two-column header, pending culture",
        imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
        notes="Interim ('voorlopige') MRSA screening: nose and throat negative, perineum culture still pending -> the "
              "MRSA status is not yet established although it is an MRSA screening result. Clinical info: 10-day admission "
              "in Nador (Morocco) for cellulitis with i.v. antibiotics -> treated abroad yes; no operation mentioned. "
              "Own date = report date 30-11; sampling 27-11; Edifact send date in footer."))
