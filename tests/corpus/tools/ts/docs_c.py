# ts-033 .. ts-048
# All patients, practices, doctors and hospitals are invented.

DOCS = []

# ---------------------------------------------------------------------------------------- ts-033
DOCS.append(dict(
    stem="ts-033", fmt="form",
    spec=dict(
        meta_title="Pre-authorisation request",
        header=[("MERIDIAN GLOBAL HEALTH", 14, True),
                ("Treatment Guarantee / Pre-authorisation Request", 10, True),
                ("Claims Dept., PO Box 4410, Dublin 2, Ireland  -  +353 1 555 0100", 7.5, False)],
        labx=18, size=9.5, secbg="#dfe9d8",
        footer="Form MGH-PA-07 (rev. 2025)  -  page {page}  -  Please complete in BLOCK CAPITALS",
        rows=[
            ("sec", "Section A - Member details"),
            ("box", [("Member name", "Olivia Grant"), ("Date of birth", "25/09/1988"),
                     ("Policy number", "MGH-NL-0093317")]),
            ("box", [("Country of residence", "Netherlands"), ("Employer / scheme", "Vanterpool Shipping BV"),
                     ("Telephone", "+31 6 4455 1122")]),
            ("sec", "Section B - Treatment requested"),
            ("box", [("Type of treatment", "Outpatient second opinion, hand surgery"),
                     ("Proposed provider", "Handkliniek Amstelland")]),
            ("box", [("Diagnosis (if known)", "Suspected ganglion / wrist pain right"),
                     ("Expected date", "November 2026")]),
            ("sec", "Section C - Medical history (to be completed by the member)"),
            ("box", [("Date symptoms started", "05/2026"), ("Diagnostic tests done so far", "X-ray right wrist 08/2026")]),
            ("box", [("Previous surgery for this condition?", "No"),
                     ("Hospitalised in the past 12 months?", "No")]),
            ("box", [("Treating doctor", "Dr. P. Hol (GP), Rotterdam"), ("Referral attached?", "Yes")]),
            ("sec", "Section D - Declaration"),
            ("txt", "I declare that the information given is true and complete. I authorise Meridian Global Health to "
                    "obtain medical information from the providers named above."),
            ("box", [("Signature", "O. Grant"), ("Date", "30/09/2026")]),
        ]),
    label=dict(kinds=[], date="2026-09-30", author="patient", language="en",
               style="insurer pre-authorisation form, boxed fields with label above value",
               imaging_done="yes", operated="no", treated_abroad="no",
               notes="Insurance form completed by the member: no kind. Values sit below their labels inside boxes. "
                     "'Previous surgery for this condition? No' and 'Hospitalised in the past 12 months? No' are "
                     "negations as form answers. DOB 25/09/1988 five days before the signature date."),
))

# ---------------------------------------------------------------------------------------- ts-034
DOCS.append(dict(
    stem="ts-034", fmt="txt",
    text="""Huisartsenpraktijk Kersenboogerd
A. de Boer, huisarts
Kersenboogerd 2, 1628 ZA Hoorn - tel. 0229-233445 - AGB 01-066554

Aan:      Handkliniek Amstelland, afdeling Intake
          Postbus 1234, 1180 AA Amstelveen
Datum:    03-11-2026
Betreft:  mw. F. Bakker-Dijkstra, geb. 02-11-1949
          uw kenmerk INT-26-4410

Geachte collega,

Naar aanleiding van uw bericht dat het dossier van bovengenoemde patiënte nog niet compleet is,
stuur ik u hierbij de ontbrekende stukken na.

Mevrouw Bakker werd in juli 2026 tijdens haar vakantie in Alanya (Turkije) na een val op de
rechterhand opgenomen in het Alanya Akdeniz Hastanesi en daar geopereerd aan de rechterpols
(gesloten repositie en fixatie met K-draden). De draden zijn in augustus bij ons in de regio
verwijderd. De verwijzing voor de second opinion heeft u al op 19-10-2026 ontvangen.

Bijgevoegd:
  1. Operatieverslag Alanya (Engelse vertaling), 2 pagina's
  2. Uitslag MRSA-screening RLMM Westfriesland d.d. 31-10-2026 (negatief)

De röntgenfoto's uit Turkije heeft patiënte niet meegekregen; zij probeert deze nog op te vragen.

Met vriendelijke groet,

A. de Boer, huisarts

cc: patiënte
""",
    label=dict(kinds=[], date="2026-11-03", author="gp", language="nl",
               style="GP cover letter sending missing documents (plain text, Aan/Datum/Betreft block)",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="GP covering letter that only encloses and mentions an operation report and an MRSA result: "
                     "none of the kinds (not a referral: the referral was sent earlier). Birth date 02-11-1949 one "
                     "day before the letter date 03-11-2026; the MRSA date 31-10-2026 and referral date 19-10 are "
                     "other dates. X-rays from Turkey exist (not brought) -> imaging yes."),
))

# ---------------------------------------------------------------------------------------- ts-035
DOCS.append(dict(
    stem="ts-035", fmt="lo",
    spec=dict(
        docx_font="Arial", size=10,
        header_lines=["South Mercia Hospitals NHS Trust", "Worcestershire Royal Hospital, Charles Hastings Way, "
                      "Worcester WR5 1DD"], header_align="right",
        footer="Discharge Summary – generated by Lorenzo ePR – Page {page}",
        blocks=[
            ("title", "DISCHARGE SUMMARY"),
            ("table", [["Patient details", ""],
                       ["Name", "Mrs Margaret HOLLOWAY"],
                       ["DOB", "05/03/1944"],
                       ["NHS number", "388 610 2257"],
                       ["Address", "c/o Mr P. Holloway, Leliegracht 5, 1016 GR Amsterdam, Netherlands"],
                       ["GP", "Dr J. Mulder, Huisartsenpraktijk Jordaan, Amsterdam"]],
             {"cw": [0.3, 0.7], "spans": [[(0, 0), (1, 0)]]}),
            ("table", [["Admission details", ""],
                       ["Admitted", "02/03/2026 via Emergency Department"],
                       ["Discharged", "06/03/2026"],
                       ["Ward", "Laurel 2 (Trauma & Orthopaedics)"],
                       ["Consultant responsible", "Mr R. Osei, Consultant Orthopaedic Surgeon"]],
             {"cw": [0.3, 0.7], "spans": [[(0, 0), (1, 0)]]}),
            ("h", "Diagnosis"),
            ("p", "Displaced extra-articular fracture of the left distal radius (fall while visiting family)."),
            ("h", "Procedures"),
            ("p", "04/03/2026 ORIF left distal radius (volar plate) – see separate operation note."),
            ("h", "Investigations"),
            ("p", "X-ray left wrist 02/03/2026: dorsally angulated distal radius fracture. Post-operative X-ray "
                  "05/03/2026: satisfactory position. MRSA screen on admission: negative."),
            ("h", "Clinical summary"),
            ("p", "82-year-old lady visiting her son in Worcester. Admitted after a fall on the left hand. "
                  "Closed reduction in ED failed to hold. Underwent ORIF on 04/03/2026, uncomplicated. "
                  "Mobilised with physiotherapy; independent on discharge. Flying home to Amsterdam on "
                  "09/03/2026 (cleared by team)."),
            ("h", "Medication on discharge"),
            ("table", [["Drug", "Dose", "Status"],
                       ["Paracetamol", "1 g QDS PRN", "New"],
                       ["Codeine phosphate", "30 mg QDS PRN, 5 days", "New"],
                       ["Bisoprolol", "2.5 mg OD", "Unchanged"],
                       ["Alendronic acid", "70 mg weekly", "New – bone protection"]],
             {"cw": [0.35, 0.4, 0.25]}),
            ("h", "Follow-up"),
            ("p", "Fracture clinic follow-up to be arranged in the Netherlands by GP: wound check at 2 weeks, "
                  "X-ray at 6 weeks. Copy of operation note and images given to the patient on CD."),
            ("lines", ["Completed by: Dr A. Whitmore, FY2, 06/03/2026 11:20",
                       "Authorised by: Mr R. Osei, Consultant"]),
        ]),
    label=dict(kinds=["correspondence"], date="2026-03-06", author="specialist", language="en",
               style="NHS 'Discharge Summary' (Lorenzo-like tables), printed to PDF via LibreOffice",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Discharge summary that names the operation but has no operation description or operator "
                     "('see separate operation note') -> correspondence only, not operation-report. Mentions an "
                     "MRSA screen result (not a lab document). DOB 05/03/1944 near the admission dates. Written by "
                     "a foundation doctor, authorised by the consultant."),
))

# ---------------------------------------------------------------------------------------- ts-036
DOCS.append(dict(
    stem="ts-036", fmt="docx",
    spec=dict(
        docx_font="Segoe UI", size=9.5,
        logo="Ziekenhuis Amstelzicht",
        header_lines=["Orthopedie  ·  Amstelkade 5, 1078 AA Amsterdam  ·  020-5620000"],
        footer="Ziekenhuis Amstelzicht – Orthopedie – deze brief is digitaal geautoriseerd",
        blocks=[
            ("kv", [("Aan", "Huisartsenpraktijk Oost-Watergraafsmeer\nt.a.v. dhr. M.A. Rijkers, huisarts\n"
                            "Middenweg 120\n1097 VB Amsterdam"),
                    ("Datum", "6 oktober 2026"),
                    ("Ons kenmerk", "ORT-PA/2026/1189"),
                    ("Betreft", "dhr. T. van Leeuwen, geboren 05-10-2001, Linnaeusstraat 5, 1092 CG Amsterdam"),
                    ("Polikliniekbezoek", "29-09-2026")], {"lw": 0.22}),
            ("p", "Geachte heer Rijkers, beste collega,"),
            ("p", "Dank voor uw verwijzing van dhr. Van Leeuwen, 25 jaar, student bouwkunde, die wij zagen in "
                  "verband met pijn in de rechter pols."),
            ("h", "Anamnese"),
            ("p", "Sinds ongeveer een jaar geleidelijk toenemende pijn dorsaal centraal in de rechter pols, "
                  "zonder trauma. Hij studeert sinds twee jaar in Gent, maar is daar niet bij een arts of "
                  "ziekenhuis geweest voor deze klachten. Patiënt is nooit geopereerd. Geen relevante "
                  "voorgeschiedenis; familieanamnese: vader ziekte van Bechterew."),
            ("h", "Onderzoek"),
            ("p", "Drukpijn dorsaal over het lunatum. Extensie 40°, flexie 45° (links 75/70). Knijpkracht "
                  "verminderd."),
            ("h", "Aanvullend onderzoek"),
            ("p", "X-pols rechts (29-09-2026): sclerose van het lunatum zonder collaps, ulna-minvariant 2 mm. "
                  "MRI pols rechts (02-10-2026): diffuus verlaagd T1-signaal van het gehele lunatum, passend bij "
                  "ziekte van Kienböck, Lichtman stadium II."),
            ("h", "Conclusie"),
            ("p", "Ziekte van Kienböck rechts, stadium II."),
            ("h", "Beleid"),
            ("p", "Wij hebben het natuurlijk beloop en de behandelopties besproken: in eerste instantie "
                  "immobilisatie in een polsbrace gedurende 3 maanden; bij persisteren kan een radiusverkorting "
                  "worden overwogen. Patiënt wenst, gezien zijn jonge leeftijd, een second opinion in een "
                  "gespecialiseerde handkliniek; wij staan daar volledig achter en hebben hem verzocht u om een "
                  "verwijzing te vragen. De beelden worden via het PACS-uitwisselingsplatform beschikbaar gesteld."),
            ("p", "Met vriendelijke groet,"),
            ("sig", [["", "M. Dekkers, MSc", "Physician assistant orthopedie"],
                     ["", "dr. A.W. Brink", "Orthopedisch chirurg, supervisor"]]),
            ("small", "cc: patiënt"),
        ]),
    label=dict(kinds=["correspondence"], date="2026-10-06", author="specialist", language="nl",
               style="HiX outpatient letter whose address/date/kenmerk/betreft are a borderless label-value table",
               imaging_done="yes", operated="no", treated_abroad="no",
               notes="Letter head fields are a two-column table. Written by a physician assistant with the "
                     "orthopaedic surgeon as co-signatory. Birth date 05-10-2001 one day before the letter date; "
                     "visit date 29-09. 'nooit geopereerd'; studies in Ghent but 'niet bij een arts of ziekenhuis "
                     "geweest' -> abroad no. Radius shortening only as possible plan; father's Bechterew is family "
                     "history."),
))

# ---------------------------------------------------------------------------------------- ts-037
DOCS.append(dict(
    stem="ts-037", fmt="txt",
    text="""ZorgDomein - Verwijsbrief
==========================================================
Zorgvraag     : Second opinion orthopedie - hand/pols
Ontvanger     : Handkliniek Utrecht-Oost, Biltstraat 400, Utrecht
Datum         : 31-08-2026
Verwijzer     : mw. I. Hazenberg, huisarts, Praktijk Lunetten, Utrecht (AGB 01-088776)

Patiënt       : mw. N. (Noor) Kuipers
Geboren       : 27-08-1994
BSN           : 999078901
Verzekering   : Zorgverzekeraar Utrecht-Midden, 601122349

Reden van verwijzing
Status na distale radiusfractuur rechts, opgelopen in Thailand (juni 2026), aldaar
gesloten gereponeerd en gefixeerd met K-draden. Nu pijnlijke, stijve pols met zichtbare
standsafwijking. Patiënte (fysiotherapeut) kan niet werken.

Vraagstelling
Graag uw second opinion: is er sprake van een malunion, en is een correctie-osteotomie
zinvol? Zo ja, op welke termijn?

Relevante voorgeschiedenis
- 2012 anorexia nervosa, behandeld, stabiel
- 2020 enkelfractuur links, conservatief
- Uit de Engelse ontslagbrief van het ziekenhuis in Bangkok (vertaald door patiënte
  meegenomen, hieronder letterlijk overgenomen):

    "Discharge summary - Chao Phraya International Hospital, Bangkok.
     Admitted 14/06/2026, discharged 16/06/2026. Diagnosis: closed fracture distal
     radius right (dorsally displaced). X-ray: dorsal angulation 25 degrees. Treatment:
     closed reduction and percutaneous pinning (3 K-wires) under general anaesthesia on
     15/06/2026 by Dr. Somchai P. Follow-up: K-wire removal after 6 weeks."

Recente behandelingen
- 28-07-2026 verwijdering K-draden op de SEH van het St. Elisabeth Utrecht; röntgenfoto
  na verwijdering: dorsale kanteling 18 graden, fractuur geconsolideerd.
- Sinds 08-2026 fysiotherapie 2x/week, weinig vooruitgang.

Medicatie     : ibuprofen 400 mg z.n.; ethinylestradiol/levonorgestrel
Allergieën    : geen
""",
    label=dict(kinds=["referral", "history"], date="2026-08-31", author="gp", language="nl",
               style="ZorgDomein referral as text export, with an English discharge summary quoted inside",
               referral_question=True, imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Mixed-language: Dutch referral quoting an English Bangkok discharge summary with its own dates "
                     "(14/06, 15/06, 16/06). Birth date 27-08-1994 four days before the referral date. Has Relevante "
                     "voorgeschiedenis + Recente behandelingen -> also history. K-wire fixation abroad = operated; "
                     "correction osteotomy only asked about."),
))

# ---------------------------------------------------------------------------------------- ts-038
DOCS.append(dict(
    stem="ts-038", fmt="pdf",
    spec=dict(
        size=10, font="Helvetica",
        logo="SEVERNVALE IMAGING", logo_color="#2e7d32",
        header_lines=["Independent diagnostic imaging  ·  Unit 4, Bristol Road, Gloucester GL2 5YD  ·  01452 555 770"],
        footer="Severnvale Imaging Ltd - CQC registered - Report ID SVI-26-071255 - Page {page} of {pages}",
        blocks=[
            ("title", "REPORT"),
            ("table", [["Patient", "DOB", "Exam date", "Reported"],
                       ["Mr Oliver James KEMP", "22/07/1979", "21/07/2026", "23/07/2026"]],
             {"cw": [0.34, 0.2, 0.22, 0.24]}),
            ("kv", [("Referrer", "Mr S. Aziz, Consultant Hand Surgeon, Cheltenham General Hospital"),
                    ("Examination", "MRI LEFT WRIST (3T, non-contrast)"),
                    ("Clinical history", "Previous arthroscopic TFCC repair (2024). Recurrent ulnar-sided pain since "
                                         "a fall in March. ?Re-tear ?DRUJ instability")], {"lw": 0.2}),
            ("h", "Findings"),
            ("p", "Post-surgical changes at the ulnar aspect of the wrist with susceptibility artefact from a suture "
                  "anchor in the ulnar fovea. The foveal attachment of the TFCC is discontinuous with fluid signal "
                  "tracking into the defect, consistent with a re-tear. The articular disc is intact. There is mild "
                  "synovitis of the DRUJ. ECU tendon is subluxed ulnarly on the pronated sequences with "
                  "tendinopathic thickening. Scapholunate and lunotriquetral ligaments are intact. No bone marrow "
                  "oedema. Ulnar variance neutral."),
            ("h", "Conclusion"),
            ("p", "1. Foveal re-tear of the TFCC following previous repair.<br/>"
                  "2. ECU tendinopathy with ulnar subluxation.<br/>3. Mild DRUJ synovitis."),
            ("lines", ["", "Dr Fiona McLeod MBChB FRCR", "Consultant Musculoskeletal Radiologist"]),
        ]),
    label=dict(kinds=["imaging-report"], date="2026-07-23", also_dates=["2026-07-21"], author="radiologist",
               language="en", style="UK independent imaging centre report titled only 'REPORT'",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Title is only 'REPORT'; modality in the Examination field. DOB 22/07/1979 between exam and "
                     "report dates. Clinical history states a previous TFCC repair (operated). UK imaging centre "
                     "-> examined abroad (and UK hand surgeon treating)."),
))

# ---------------------------------------------------------------------------------------- ts-039
DOCS.append(dict(
    stem="ts-039", fmt="docx",
    spec=dict(
        docx_font="Cambria", size=10.5,
        logo="Maasoever Ziekenhuis",
        header_lines=["Orthopedie  ·  Tegelseweg 210, 5912 BL Venlo  ·  077-3206000"],
        footer="Maasoever Ziekenhuis  ·  Orthopedie  ·  pagina {page}",
        blocks=[
            ("cols", ["Handkliniek Zuid-Limburg", "t.a.v. dr. J. Hamers, plastisch chirurg", "Akerstraat 90",
                      "6417 BM Heerlen"],
                     ["Venlo, 14 september 2026", "Ons kenmerk: ORT/PJ/26-4415"]),
            ("p", "<b>Betreft:</b> verwijzing dhr. H. (Harrie) Gielen, geb. 30-01-1961, Kaldenkerkerweg 80, Venlo"),
            ("p", "Beste Jos,"),
            ("p", "Graag verwijs ik dhr. Gielen naar jullie kliniek voor een beoordeling en second opinion. Hij is een "
                  "65-jarige rechtshandige metselaar met een SLAC-pols rechts stadium II na een oud, destijds niet "
                  "onderkend SL-letsel."),
            ("p", "In 2024 heb ik bij hem een polsartroscopie rechts met debridement en denervatie (AIN/PIN) "
                  "verricht, met ongeveer anderhalf jaar goed effect. Sinds begin dit jaar nemen de pijn en de "
                  "stijfheid weer toe. Op de recente MRI (juli 2026) en de röntgenfoto's is progressie te zien "
                  "met artrose radioscafoïdaal en beginnende capitolunaire versmalling."),
            ("p", "Mijn vraag is of er bij hem nog een plaats is voor een partiële artrodese (four-corner fusion) "
                  "of proximale rij carpectomie, of dat een totale artrodese beter past bij zijn zware werk. "
                  "Patiënt wil graag door jullie beoordeeld worden voordat hij een beslissing neemt."),
            ("p", "Voorgeschiedenis: diabetes mellitus type 2, CABG 2019. Medicatie: metformine, simvastatine, "
                  "acetylsalicylzuur. Geen ziekenhuisopnames in het buitenland."),
            ("p", "Met collegiale groet,"),
            ("lines", ["", "drs. P.A.M. Janssen", "orthopedisch chirurg"]),
            ("small", "Bijlagen: OK-verslag artroscopie d.d. 17-04-2024; MRI-verslag d.d. 22-07-2026; beelden op CD "
                      "volgen via patiënt."),
            ("small", "cc: huisarts F. Hendriks, Tegelen; patiënt"),
        ]),
    label=dict(kinds=["referral", "correspondence"], date="2026-09-14", author="specialist", language="nl",
               style="specialist-to-specialist referral letter (first-name salutation) with letterhead",
               referral_question=True, imaging_done="yes", operated="yes", treated_abroad="no",
               notes="A referral written by the treating orthopaedic surgeon: both a referral and a specialist "
                     "letter. 'Beste Jos' informal salutation. Enclosure list mentions OK-verslag and MRI report. "
                     "Previous arthroscopic debridement of this wrist -> operated yes; fusion options are "
                     "questions. CABG is another body part. 'Geen ziekenhuisopnames in het buitenland' -> no."),
))

# ---------------------------------------------------------------------------------------- ts-040 (merged 2)
_m2_zd = dict(fmt="pdf", plabel=dict(kinds=["referral"], date="2026-10-20", author="gp"), spec=dict(
    size=9.5,
    header_lines=["ZorgDomein  |  Verwijzing  |  ZD-80455120"],
    footer="Afgedrukt uit ZorgDomein op 20-10-2026  |  pagina {page}/{pages}",
    blocks=[
        ("title", "Verwijzing Plastische chirurgie – Second opinion hand/pols"),
        ("table", [["Patiënt", "", "Verwijzer", ""],
                   ["Naam", "dhr. R. (Rob) Verhagen", "Naam", "T. Willemsen, huisarts"],
                   ["Geboortedatum", "15-10-1966", "Praktijk", "Huisartsen De Veste, Gorinchem"],
                   ["BSN", "999089012", "AGB", "01-044332"],
                   ["Verzekeraar", "Rivierenland Zorgverzekeringen", "Datum", "20-10-2026"]],
         {"cw": [0.17, 0.33, 0.15, 0.35], "spans": [[(0, 0), (1, 0)], [(2, 0), (3, 0)]]}),
        ("kv", [("Reden van verwijzing",
                 "Aanhoudende pijn en bewegingsbeperking linker pols na operatie in Spanje (zie samenvatting)."),
                ("Vraagstelling",
                 "Second opinion gewenst door patiënt: is de huidige stand van de fractuur acceptabel, en is "
                 "het osteosynthesemateriaal oorzaak van de klachten (peesirritatie)?"),
                ("Medicatie", "zie bijgevoegde samenvatting"),
                ("Bijzonderheden", "Opgenomen geweest in ziekenhuis buitenland; MRSA-screening is verricht, "
                                   "uitslag bijgevoegd.")], {"lw": 0.25, "grid": True}),
    ]))
_m2_his = dict(fmt="pdf", plabel=dict(kinds=["history"], date="2026-10-20", author="gp"), spec=dict(
    font="Courier", size=8.5,
    blocks=[
        ("mono", """Huisartsen De Veste - Gorinchem                    HIS-uittreksel / samenvatting
Datum uitdraai: 20-10-2026                           Afdruk door: T. Willemsen
Patiënt: Verhagen, R.      Geb: 15-10-1966   M     Burg. Hoffmannstraat 7, Gorinchem
--------------------------------------------------------------------------------
EPISODELIJST
 L72    Fractuur distale radius links (Alicante, 2026)          24-07-2026
 K74    Angina pectoris, stent RCA 2017                         2017
 T93    Hypercholesterolemie                                    2015
 F92    Staaroperatie rechts                                     2022

JOURNAAL
 24-07-2026  E-consult: pt belt vanuit Spanje. Gevallen van ladder op vakantieadres
             in Jávea, opgenomen in Hospital General de la Costa, Alicante.
             Aldaar op 25-07 geopereerd: plaatosteosynthese li pols.
 06-08-2026  S: terug in NL, hechtingen verwijderd. O: wond rustig.
             P: verwijzing fysiotherapie; Spaanse brief opgevraagd.
 02-09-2026  Brief ontvangen Hospital General de la Costa (Spaans): ORIF op 25-07-2026,
             ontslag 27-07. Röntgen postoperatief goede stand (volgens brief).
 30-09-2026  S: pijn dorsaal, kan duim niet goed strekken, knapt niet op met fysio.
             O: drukpijn over Lister, crepitatie EPL.  E: peesirritatie door plaat?
             P: bespreken opties, pt wil second opinion. MRSA-screening aangevraagd
             i.v.m. opname buitenland.
 20-10-2026  Uitslag MRSA: niet aangetoond. Verwijzing verstuurd.

MEDICATIE
 acetylsalicylzuur 80 mg 1dd1, metoprolol 50 mg 1dd1, atorvastatine 40 mg 1dd1
 paracetamol 1 g z.n.
ALLERGIE: jodium (contrastmiddel) - urticaria
"""),
    ]))
_m2_lab = dict(fmt="pdf", plabel=dict(kinds=["mrsa-screening"], date="2026-10-19", author="lab"), spec=dict(
    size=9,
    header_lines=["Laboratorium Medische Microbiologie Rivierenland  -  Banneweg 57, 4204 AA Gorinchem"],
    footer="LMMR - uitslag - afgedrukt 20-10-2026 08:02",
    blocks=[
        ("title", "Kweekuitslag"),
        ("kv", [("Patiënt", "Verhagen, R., 15-10-1966"), ("Aanvrager", "T. Willemsen, huisarts"),
                ("Afnamedatum", "16-10-2026"), ("Uitslagdatum", "19-10-2026"),
                ("Onderzoek", "MRSA-screening (BRMO)"), ("Materiaal", "neus, keel, perineum (gepoold)")],
         {"lw": 0.22}),
        ("table", [["Bepaling", "Uitslag"], ["MRSA kweek", "niet aangetoond"], ["MRSA PCR", "negatief"]],
         {"cw": [0.5, 0.5]}),
        ("p", "Geautoriseerd door: drs. K. Hol, arts-microbioloog"),
    ]))
DOCS.append(dict(
    stem="ts-040", fmt="merged", parts=[_m2_zd, _m2_his, _m2_lab],
    label=dict(kinds=["referral", "history", "mrsa-screening"], date="2026-10-20", author="gp", language="nl",
               style="merged PDF: ZorgDomein table referral + monospace HIS extract + MRSA lab result",
               referral_question=True, imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Three documents in one file. The referral's patient/verwijzer table is a four-column grid "
                     "(two label/value pairs per row). HIS part has the Spanish admission and operation; cataract "
                     "surgery and stent are other body parts. The lab part's own date (19-10) precedes the print "
                     "footer (20-10). Birth date 15-10-1966 near all dates."),
))

# ---------------------------------------------------------------------------------------- ts-041
DOCS.append(dict(
    stem="ts-041", fmt="docx",
    spec=dict(
        docx_font="Courier New", size=10,
        blocks=[
            ("p", "St. Jansdal-Noord  afd. radiologie"),
            ("p", "pt: Bruggink, W.   16-02-1959   nr 2210433"),
            ("p", "aanvr: dr. Y. Meijer (plast. chir.)"),
            ("p", "echo re hand 10-02-2026"),
            ("p", "vraag: triggerfinger dig III? andere oorzaak knobbel?"),
            ("p", ""),
            ("p", "Ter hoogte van de A1-pulley dig III re verdikking van de ringband (1,6 mm) met "
                  "hypo-echogene verdikte flexorpees en geringe vochtcollectie in de peesschede. Dynamisch: "
                  "haperend glijden. Geen ganglion, geen reuzenceltumor."),
            ("p", "concl: past bij triggerfinger dig III re."),
            ("p", ""),
            ("p", "R. Oosterbaan, radioloog"),
        ]),
    label=dict(kinds=["imaging-report"], date="2026-02-10", author="radiologist", language="nl",
               style="terse typed ultrasound report in Courier, abbreviations, no headings",
               imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
               notes="Very short report with abbreviations ('echo re hand', 'concl', 'aanvr'); no title. Exam date is "
                     "the only own date and sits in the modality line; birth date 16-02-1959 six days later in the "
                     "year. Requester is a plastic surgeon."),
))

# ---------------------------------------------------------------------------------------- ts-042
DOCS.append(dict(
    stem="ts-042", fmt="docx",
    spec=dict(
        docx_font="Times New Roman", size=10.5,
        logo="AZ Sint-Gerlindis",
        header_lines=["campus Mol  ·  Dienst Orthopedie", "Gasthuisstraat 17  ·  2400 Mol  ·  +32 14 33 99 00"],
        footer="Operatieverslag – AZ Sint-Gerlindis – vertrouwelijk",
        blocks=[
            ("title", "Operatieverslag"),
            ("kv", [("Patiënt", "Dhr. Koen Aarts °19/11/1970"), ("Adres", "Kapelstraat 9, 6021 EL Budel (NL)"),
                    ("Opnamenummer", "26-DAG-003318"), ("Datum ingreep", "12/05/2026"),
                    ("Chirurg", "dr. D. Vandenbroucke"), ("Assistentie", "dr. E. Claes (ASO orthopedie)"),
                    ("Anesthesist", "dr. L. Maes – algemene anesthesie"),
                    ("Verpleegkundige", "S. Wouters"),
                    ("Diagnose", "Chronische ulnaire polspijn rechts, TFCC-letsel (Palmer 1A) en synovitis"),
                    ("Ingreep", "Artroscopie rechterpols – debridement TFCC en synovectomie")], {"lw": 0.25}),
            ("h", "Verloop"),
            ("p", "Patiënt in ruglugging, arm op armtafel, verticale tractie 5 kg via vingerhoedjes. Tourniquet "
                  "250 mmHg. Standaard 3-4 en 6R portaal, hulpportaal 4-5. Inspectie radiocarpaal: uitgesproken "
                  "synovitis ulnair, centrale flap-tear van de TFCC zonder foveale desinsertie (hook-test negatief). "
                  "SL- en LT-ligament intact, kraakbeen gaaf. Debridement van de flap tot stabiele rand met shaver "
                  "en radiofrequente probe. Synovectomie ulnair. Midcarpaal: geen afwijkingen. Sluiten van de "
                  "poorten met steristrips. Drukverband."),
            ("h", "Postoperatieve richtlijnen"),
            ("p", "Dagopname. Verband 48 u, daarna vrij mobiliseren binnen pijngrens. Kinesitherapie vanaf week 2. "
                  "Controle op de raadpleging na 6 weken."),
            ("lines", ["", "dr. D. Vandenbroucke, 12/05/2026"]),
        ]),
    label=dict(kinds=["operation-report"], date="2026-05-12", author="specialist", language="nl",
               style="Belgian operatieverslag (° birth date, ASO, kinesitherapie, raadpleging)",
               imaging_done="unmentioned", operated="yes", treated_abroad="yes",
               notes="Flemish report for a patient living in the Netherlands; the Belgian hospital operated on him. "
                     "Birth date with the ° sign in the patient line. Date in dd/mm/yyyy in both the form field and "
                     "the signature line."),
))

# ---------------------------------------------------------------------------------------- ts-043
DOCS.append(dict(
    stem="ts-043", fmt="pdf",
    spec=dict(
        font="Helvetica", size=9,
        header_lines=["Riverside Surgery  -  12 Mill Road, Salisbury SP2 7RT  -  01722 555 600"],
        footer="EMIS Web - Summary printout - printed 25-Sep-2026 by Reception (R.B.) - Page {page} of {pages}",
        blocks=[
            ("title", "Patient Summary"),
            ("table", [["Name", "Mr Daniel PRICE", "NHS number", "943 476 5919"],
                       ["Date of birth", "02-May-1977 (49 y)", "Usual GP", "Dr A. Khan"],
                       ["Address", "Moving to: Stationsweg 12, 2312 AV Leiden, Netherlands", "Registered", "11-Jan-2009"]],
             {"header": False, "cw": [0.18, 0.4, 0.17, 0.25]}),
            ("h", "Active Problems"),
            ("table", [["Date", "Problem", "Comment"],
                       ["14-Sep-2026", "Trigger thumb right", "Seen Hand Surgery St Aldhelm's. Trigger thumb release "
                                                              "06-Nov-2026? - awaiting date"],
                       ["03-Mar-2025", "Carpal tunnel syndrome left", "Night splint"],
                       ["2014", "Essential hypertension", ""]], {"cw": [0.16, 0.34, 0.5]}),
            ("h", "Past Problems"),
            ("table", [["Date", "Problem", "Comment"],
                       ["11-Nov-2025", "Carpal tunnel decompression right", "Salisbury District Hospital, day case"],
                       ["2016", "Hernia repair inguinal", ""],
                       ["2003", "Fracture of scaphoid left", "Conservative, healed"]], {"cw": [0.16, 0.34, 0.5]}),
            ("h", "Investigations"),
            ("table", [["Date", "Test", "Result"],
                       ["14-Sep-2026", "X-ray right hand", "No bony abnormality (hospital report)"],
                       ["22-Jul-2025", "Nerve conduction studies", "Moderate CTS right, mild left"],
                       ["01-Feb-2026", "HbA1c", "39 mmol/mol"]], {"cw": [0.16, 0.34, 0.5]}),
            ("h", "Current Medication"),
            ("p", "Amlodipine 5 mg tablets, one daily.  Co-codamol 8/500 two tablets up to four times a day when "
                  "required."),
            ("h", "Allergies"),
            ("p", "No known drug allergies."),
            ("h", "Recent Consultations"),
            ("table", [["Date", "Clinician", "Entry"],
                       ["08-Mar-2026", "Dr A. Khan", "Triggering R thumb. Steroid injection R A1 pulley "
                                                   "(Depo-Medrone 20 mg + lidocaine)."],
                       ["18-Sep-2026", "Admin", "Clinic letter received: Hand Surgery (Miss Radcliffe) - listed for "
                                                "R trigger thumb release."],
                       ["25-Sep-2026", "Dr A. Khan", "Patient emigrating to NL in October; summary printed for new "
                                                   "Dutch GP. Wishes second opinion there rather than waiting for "
                                                   "surgery here."]], {"cw": [0.16, 0.16, 0.68]}),
        ]),
    label=dict(kinds=["history"], date="2026-09-25", author="gp", language="en",
               style="UK GP EMIS-like summary printout with problem tables; print date only in footer/last entry",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="UK GP summary: print date in the footer '25-Sep-2026' (month abbreviations). Right carpal "
                     "tunnel decompression in a UK hospital (11-Nov-2025) is a hand operation -> operated yes, "
                     "treated abroad yes; trigger thumb release is only planned; hernia repair is another body "
                     "part. Nerve conduction studies are not imaging; the X-ray is."),
))

# ---------------------------------------------------------------------------------------- ts-044
DOCS.append(dict(
    stem="ts-044", fmt="pdf",
    spec=dict(
        size=10,
        fax="26.10.2026 08:14   Von: +49 5921 7070-199   An: 0031534321555   Klinikum Lippe-Ems      S. {page}/{pages}",
        logo="Klinikum Lippe-Ems",
        header_lines=["Klinik für Unfall-, Hand- und Orthopädische Chirurgie  ·  Handchirurgische Ambulanz",
                      "Ochtruper Straße 30  ·  48529 Nordhorn  ·  Telefon +49 5921 7070-0"],
        footer="Klinikum Lippe-Ems gGmbH  ·  Seite {page} von {pages}",
        tm=34,
        blocks=[
            ("cols", ["Herrn", "Huisarts J. Nijhuis", "Huisartsenpraktijk Denekamp", "Oldenzaalsestraat 9",
                      "7591 GK Denekamp", "NIEDERLANDE"],
                     ["Nordhorn, 21.10.2026", "Ambulanz-Nr. A-26-11873", "Unser Zeichen: Dr. Sch/mk"]),
            ("title", "Arztbrief"),
            ("p", "<b>Patientin:</b> Frau Gerda Oosterhuis, geb. 04.03.1955, wohnhaft in Denekamp (NL)<br/>"
                  "<b>Vorstellung in unserer Ambulanz am:</b> 15.10.2026"),
            ("p", "Sehr geehrter Herr Kollege Nijhuis,"),
            ("p", "wir berichten Ihnen über die ambulante Vorstellung der o. g. Patientin."),
            ("h", "Diagnosen"),
            ("p", "1. Rhizarthrose rechts, Stadium Eaton-Littler III<br/>2. Rhizarthrose links, Stadium II<br/>"
                  "3. Z. n. Hüft-TEP links 2019"),
            ("h", "Anamnese"),
            ("p", "Seit zwei Jahren zunehmende belastungsabhängige Schmerzen am Daumensattelgelenk rechts, "
                  "Kraftverlust beim Spitzgriff. Orthesenversorgung und zwei Kortison-Infiltrationen durch den "
                  "Hausarzt mit nur kurzfristigem Effekt. Bislang keine operative Versorgung an den Händen."),
            ("h", "Befund"),
            ("p", "Druckschmerz über dem Daumensattelgelenk rechts, positiver Grind-Test, leichte "
                  "Adduktionskontraktur. Sensibilität intakt."),
            ("h", "Röntgen"),
            ("p", "Daumensattelgelenk rechts in 2 Ebenen (15.10.2026): deutliche Gelenkspaltverschmälerung, "
                  "Osteophyten bis 3 mm, Subluxation < 1/3, STT-Gelenk unauffällig."),
            ("h", "Beurteilung und Procedere"),
            ("p", "Wir haben der Patientin eine Resektionsarthroplastik (Trapezektomie mit Suspensionsplastik) rechts "
                  "angeboten. Die Patientin möchte sich den Eingriff überlegen und ggf. eine Zweitmeinung in den "
                  "Niederlanden einholen. Eine Wiedervorstellung ist jederzeit möglich. Bis dahin "
                  "Fortführung der Orthesenbehandlung."),
            ("p", "Mit freundlichen kollegialen Grüßen"),
            ("sig", [["", "Dr. med. A. Schulte-Rohling", "Oberarzt, Handchirurgie"],
                     ["", "M. Kötter", "Assistenzärztin"]]),
        ]),
    label=dict(kinds=["correspondence"], date="2026-10-21", author="specialist",
               language="de", style="German Ambulanz Arztbrief received by fax: fax header with send date on every page",
               imaging_done="yes", operated="no", treated_abroad="yes",
               notes="Fax header '26.10.2026' at the top of every page is the transmission date, not the letter date "
                     "'Nordhorn, 21.10.2026'; visit 15.10.2026. 'Bislang keine operative Versorgung an den Händen' -> "
                     "operated no; hip replacement is another body part; trapeziectomy only offered. Outpatient "
                     "visit at a German hospital -> treated abroad."),
))

# ---------------------------------------------------------------------------------------- ts-045
DOCS.append(dict(
    stem="ts-045", fmt="txt",
    text="""MicroHIS X  -  Uitdraai journaal                                Praktijk Brinkman & Stam
Uitdraai d.d. 02-12-2025                                        Steenwijk
Patiënt: Jansen-Mulder, P.C. (Petra)   02-12-1963   V   Bisschopsweg 3, 8331 AB Steenwijk
-------------------------------------------------------------------------------------------
Datum      Arts  Code    Regel
-------------------------------------------------------------------------------------------
14-01-2025 HB    L93     S  tintelingen dig 1-3 re 's nachts, schudt hand uit. Ook pijn
                            radiale pols re bij tillen kleinkind.
14-01-2025 HB    L93     O  Tinel + re, Phalen +. Finkelstein + re.
14-01-2025 HB    L93     E  CTS re; tendovaginitis De Quervain re
14-01-2025 HB    L93     P  nachtspalk, injectie 1e compartiment re (kenacort 10 mg)
03-03-2025 HB    L93     S  De Quervain veel beter. Tintelingen blijven.
03-03-2025 HB    L93     P  EMG via neurologie. Verwijzing neurologie
21-04-2025 --    L93     Brief neuroloog: EMG CTS re ernstig, li licht.
29-04-2025 HB    L93     P  Verwijzing plastische chirurgie Antonie-Zorg Meppel
02-06-2025 MS    D73     S  sinds terugkomst Marokko diarree. Was daar 3 dagen
                            opgenomen in ziekenhuis Agadir i.v.m. gastro-enteritis,
                            infuus gehad.
02-06-2025 MS    D73     P  feceskweek; MRSA-/BRMO-screening bij eventuele
                            ziekenhuisopname in NL melden.
15-10-2025 --    L93     Brief specialist: CTS-release re verricht op 14-10-2025,
                            ongecompliceerd. Hechtingen na 12 dgn bij HA.
27-10-2025 PA    L93     Hechtingen verwijderd, wond mooi.
25-11-2025 HB    L93     S  tintelingen weg, maar nu weer pijn radiaal pols re en
                            knobbel. Wil liever naar handkliniek voor 2e mening.
25-11-2025 HB    L93     P  uitdraai journaal + verwijzing handkliniek
-------------------------------------------------------------------------------------------
einde uitdraai
""",
    label=dict(kinds=["history"], date="2025-12-02", author="gp", language="nl",
               style="MicroHIS journal printout (journal lines only, no episode list)",
               imaging_done="unmentioned", operated="yes", treated_abroad="yes",
               notes="Print date 02-12-2025 equals the birth day and month (02-12-1963). Older than six months for "
                     "a late-2026 dossier. Admission in a Moroccan hospital for gastro-enteritis counts as treated "
                     "abroad. CTS release done (from the specialist letter line). 'Verwijzing ...' journal lines and "
                     "'Brief neuroloog/specialist' are mentions. EMG is not imaging."),
))

# ---------------------------------------------------------------------------------------- ts-046
DOCS.append(dict(
    stem="ts-046", fmt="docx",
    spec=dict(
        docx_font="Arial", size=9.5,
        header_lines=["ZorgDomein  ·  Verwijsbrief  ·  Plastische chirurgie – Handchirurgie"],
        footer="ZD-77031502  ·  pagina {page}",
        blocks=[
            ("table", [["Verwijzer", "Patiënt"],
                       ["mw. dr. L.M. Voskuil, huisarts\nHuisartsenpraktijk Bergweg\nBergweg 20, 3707 AC Zeist\n"
                        "AGB 01-033221\n07-07-2026",
                        "dhr. G. (Gerrit) van Beek\ngeb. 03-07-1951\nBSN 999090123\nSlotlaan 8, 3701 GJ Zeist"]],
             {"cw": [0.5, 0.5]}),
            ("table", [["Reden van verwijzing"],
                       ["Ziekte van Dupuytren linker hand, streng dig V met contractuur PIP ca. 45°. Hinder bij "
                        "handschoenen aantrekken en in broekzak grijpen. Graag operatie."]], {"cw": [1.0]}),
            ("table", [["Vraagstelling"], ["Graag behandeling."]], {"cw": [1.0]}),
            ("table", [["Relevante voorgeschiedenis"],
                       ["- 2008 myocardinfarct, PCI\n- 2015 ziekte van Dupuytren rechter hand, destijds "
                        "afwachtend beleid\n- 2021 prostaathyperplasie\n- Geen eerdere operaties aan de handen"]],
             {"cw": [1.0]}),
            ("table", [["Recente behandelingen"],
                       ["- 03-2026 handtherapie (spalk 's nachts), zonder effect\n- 05-2026 consult "
                        "bedrijfsarts: aanpassing werk (hovenier)"]], {"cw": [1.0]}),
            ("table", [["Medicatie", "Allergieën"],
                       ["clopidogrel 75 mg 1dd; metoprolol 50 mg 1dd; tamsulosine 0,4 mg 1dd", "Geen"]],
             {"cw": [0.7, 0.3]}),
            ("p", "Let op: gebruik clopidogrel, graag overleg over staken rondom een eventuele ingreep."),
        ]),
    label=dict(kinds=["referral", "history"], date="2026-07-07", author="gp", language="nl",
               style="ZorgDomein referral as stacked one-cell DOCX tables (label in header cell, value below)",
               referral_question=False, imaging_done="unmentioned", operated="no", treated_abroad="unmentioned",
               notes="Referral for treatment only ('Graag operatie', Vraagstelling 'Graag behandeling.') -> no "
                     "question. Has Relevante voorgeschiedenis and Recente behandelingen -> also history. Labels are "
                     "table header cells with the value in the cell below. Date only under the referrer's address, "
                     "birth date 03-07-1951 four days earlier. 'Geen eerdere operaties aan de handen' -> no."),
))

# ---------------------------------------------------------------------------------------- ts-047
DOCS.append(dict(
    stem="ts-047", fmt="pdf",
    spec=dict(
        size=9.5,
        logo="University Hospital Corrib", logo_color="#004d40",
        header_lines=["Department of Radiology  ·  Newcastle Road, Galway H91 XY00, Ireland  ·  +353 91 555 000"],
        footer="HSE West - Radiology Information System - verified report - page {page}/{pages}",
        blocks=[
            ("kv", [("Patient", "de VRIES, Maarten"), ("Date of birth", "04/01/1990"),
                    ("MRN", "UHC-7781203"), ("Referrer", "Dr K. Byrne, Emergency Department"),
                    ("Exam date", "03/01/2026 23:41"), ("Report date", "03/01/2026")], {"lw": 0.2}),
            ("h", "XR LEFT HAND"),
            ("p", "<i>Clinical details:</i> Punched a wall. Swelling over 5th metacarpal. ?Boxer's fracture."),
            ("p", "Transverse fracture of the neck of the left fifth metacarpal with 35 degrees of volar angulation. "
                  "No intra-articular extension. No other fracture."),
            ("h", "XR LEFT WRIST"),
            ("p", "<i>Clinical details:</i> Also wrist pain."),
            ("p", "No fracture or dislocation of the distal radius, ulna or carpus. Normal carpal alignment."),
            ("h", "Conclusion"),
            ("p", "Fracture of the neck of the left 5th metacarpal with volar angulation. Normal wrist."),
            ("lines", ["Reported by: Dr N. Fitzgerald, Consultant Radiologist", "Verified 03/01/2026 23:58"]),
        ]),
    label=dict(kinds=["imaging-report"], date="2026-01-03", author="radiologist", language="en",
               style="Irish hospital RIS report covering two exams, headings are the exam names",
               imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="Two studies in one report; no 'report' title, headings are 'XR LEFT HAND' / 'XR LEFT WRIST'. "
                     "Referrer is the Emergency Department of an Irish hospital -> treated abroad. DOB 04/01/1990 "
                     "one day after the exam date."),
))

# ---------------------------------------------------------------------------------------- ts-048 (merged 3)
_m3_poli = dict(fmt="pdf", plabel=dict(kinds=["correspondence"], date="2026-05-27", author="specialist"), spec=dict(
    size=10, logo="Ziekenhuis Hunzedal", logo_color="#6a1b9a",
    header_lines=["Plastische Chirurgie  ·  Hereweg 300  ·  9725 AJ Groningen  ·  050-5550000"],
    footer="Ziekenhuis Hunzedal  ·  Plastische Chirurgie  ·  pagina {page}",
    blocks=[
        ("cols", ["Huisartsenpraktijk Helpman", "t.a.v. mw. A. Wiersma, huisarts", "Verlengde Hereweg 60",
                  "9722 AE Groningen"],
                 ["Groningen, 27 mei 2026", "Kenmerk: PLC/2026/33018"]),
        ("p", "<b>Betreft:</b> mw. R. Hoogeveen, geb. 21-05-1967"),
        ("p", "Geachte collega,"),
        ("p", "Op 26 mei 2026 zagen wij uw patiënte zes weken na de operatie aan haar rechter duim. Op 14 april "
              "2026 verrichtten wij een trapeziectomie met LRTI-plastiek rechts in verband met CMC-1 artrose. "
              "De wond is rustig genezen. Zij heeft nog pijn bij knijpen en de duim staat in lichte adductie. De "
              "controlefoto toont een behouden trapeziumruimte zonder proximalisatie van metacarpale I."),
        ("p", "Conclusie: ongecompliceerd herstel na trapeziectomie rechts, nog beperkte kracht."),
        ("p", "Beleid: voortzetten handtherapie, afbouwen spalk. Patiënte heeft vragen over de linker duim en "
              "wenst daarvoor elders een second opinion. Controle bij ons over 3 maanden."),
        ("p", "Met vriendelijke groet,"),
        ("lines", ["", "dr. S.T. Venema, plastisch chirurg"]),
        ("small", "cc: patiënte"),
    ]))
_m3_ok = dict(fmt="pdf", plabel=dict(kinds=["operation-report"], date="2026-04-14", author="specialist"), spec=dict(
    size=9.5,
    header_lines=["Ziekenhuis Hunzedal  ·  OK-complex  ·  Hereweg 300, 9725 AJ Groningen"],
    footer="OK-verslag gegenereerd 14-04-2026 13:05",
    blocks=[
        ("table", [["Ingreep", "Trapeziectomie met ligamentreconstructie en peesinterpositie (LRTI) rechts"],
                   ["Patiënt", "mw. R. Hoogeveen, 21-05-1967"],
                   ["Datum", "14-04-2026"],
                   ["Operateur", "dr. S.T. Venema"],
                   ["Assistent", "drs. P. de Boer (AIOS)"],
                   ["Anesthesie", "Algehele anesthesie + plexus"],
                   ["Indicatie", "CMC-1 artrose rechts Eaton III, falen conservatieve therapie"],
                   ["Verslag", "Dorsoradiale incisie over CMC-1. R. superficialis n. radialis gespaard. Kapsel "
                               "T-vormig geopend. Trapezium in stukken verwijderd. Halve FCR-pees proximaal "
                               "geoogst, door boorgat basis MC I gehaald, om resterende FCR gewikkeld en "
                               "geïnterponeerd als ansjovis. Kapselsluiting. Huid intracutaan."],
                   ["Complicaties", "Geen"],
                   ["Nabehandeling", "Gips 2 weken, daarna duimspalk en handtherapie"]],
         {"cw": [0.2, 0.8], "hdrbg": "#e1bee7"}),
        ("p", "Getekend: dr. S.T. Venema"),
    ]))
_m3_rx = dict(fmt="pdf", plabel=dict(kinds=["imaging-report"], date="2026-05-26", author="radiologist"), spec=dict(
    size=9.5,
    header_lines=["Ziekenhuis Hunzedal  -  Radiologie"],
    blocks=[
        ("title", "Uitslag"),
        ("kv", [("Patiënt", "R. Hoogeveen (21-05-1967)"), ("Aanvrager", "S.T. Venema, plastische chirurgie"),
                ("Onderzoek", "X-hand/duim rechts"), ("Datum", "26-05-2026")], {"lw": 0.2}),
        ("p", "Status na trapeziectomie rechts. Trapeziumruimte 6 mm, geen proximale migratie van MC I. Geen "
              "nieuwe afwijkingen. STT-gewricht zonder artrose."),
        ("p", "dr. J. Bolt, radioloog"),
    ]))
DOCS.append(dict(
    stem="ts-048", fmt="merged", parts=[_m3_poli, _m3_ok, _m3_rx],
    label=dict(kinds=["correspondence", "operation-report", "imaging-report"], date="2026-05-27",
               author="specialist", language="nl",
               style="merged PDF from one hospital: outpatient letter + OK-verslag table + short radiology 'Uitslag'",
               imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="Three documents from the same hospital; OK-verslag has no title (first table row 'Ingreep'); "
                     "radiology part titled only 'Uitslag'. Birth date 21-05-1967 close to the letter (27-05) and "
                     "exam (26-05) dates. Top-level date/author from the first part."),
))
