"""tz-049 .. tz-064 (texts and labels). All persons, numbers and institutions are invented."""

DOCS = []

# ------------------------------------------------------------------ tz-049 (merged bundle, 4 parts)
_B49_1 = [
    ("lhc", ["Huisartsenpraktijk Dorpsstraat", "Dorpsstraat 99 · 2631 CR Nootdorp · 015 - 999 3344"]),
    ("p", "Nootdorp, 18 maart 2026"),
    ("p", "Aan: Handkliniek Zuid, t.a.v. intake second opinion"),
    ("p", "Betreft: bijlagen bij verwijzing dhr. M. Kaya, geb. 22-10-1964"),
    ("p", "Geachte collega,"),
    ("p", "Aansluitend op mijn verwijsbrief van 16 maart stuur ik u hierbij de volgende bijlagen:\n"
          "1. professionele samenvatting uit ons HIS;\n"
          "2. het operatieverslag uit Alanya (Engelse vertaling, door patiënt meegenomen);\n"
          "3. de uitslag van de MRSA-screening."),
    ("p", "De röntgenfoto's van januari 2026 (Ziekenhuis Haaglanden-Oost) worden door de patiënt op cd "
          "meegebracht."),
    ("p", "Met vriendelijke groet,"),
    ("sig", ["M. Hoogendijk, huisarts"]),
]
_B49_2 = [
    ("pre", """PROFESSIONELE SAMENVATTING                         Datum uitdraai: 18-03-2026
Huisartsenpraktijk Dorpsstraat, Nootdorp
Patiënt: M. Kaya   geb. 22-10-1964   BSN 999992589

EPISODES
L72  Fractuur radius/ulna links (status na ORIF Alanya, Turkije)   08-2025
K86  Hypertensie                                                   2010
T92  Jicht                                                         2017

JOURNAAL
02-09-2025 S: terug uit Turkije; in aug. gevallen van ladder, opgenomen ziekenhuis Alanya,
           plaat in linkerpols. O: litteken rustig. P: verwijzing fysiotherapie, controle.
14-10-2025 S: pijn draaien pols li. P: fysiotherapie continueren.
12-01-2026 P: verwijzing röntgen pols links (Ziekenhuis Haaglanden-Oost).
19-01-2026 Uitslag röntgen: plaat goede stand, incongruent DRUG.
03-02-2026 Brief specialist ontvangen (orthopedie): afwachten, fysiotherapie.
02-03-2026 P: MRSA-screening i.v.m. opname buitenland; aanvraag lab.
16-03-2026 P: verwijzing second opinion handkliniek.

MEDICATIE: amlodipine 10 mg 1dd1; allopurinol 100 mg 1dd1
ALLERGIE : geen""")]
_B49_3 = [
    ("lhc", ["ALANYA OZEL YASAM HASTANESI", "Alanya Private Life Hospital - Orthopaedics and Traumatology",
             "Saray Mah. 99, Alanya / Antalya, Turkiye  -  +90 242 999 00 00"]),
    ("title", "OPERATION REPORT (translation)"),
    ("fields", [("Patient", "Mehmet KAYA"), ("Birth date", "22.10.1964"), ("Protocol", "2025-08-7712"),
                ("Operation date", "19.08.2025"), ("Surgeon", "Op. Dr. Kemal Arslan"),
                ("Anaesthesia", "General anaesthesia"),
                ("Diagnosis", "Left distal radius fracture, dorsally displaced, with ulnar styloid fracture"),
                ("Procedure", "Open reduction and internal fixation, volar plate, left distal radius"),
                ("Description", "Volar approach. Fracture reduced, fixed with volar locking plate and screws. "
                                "Ulnar styloid not fixed. Fluoroscopic control acceptable. Closure, splint."),
                ("Complications", "None")]),
    ("sig", ["Op. Dr. Kemal Arslan (stamp)"]),
]
_B49_4 = [
    ("lh", ["Microbiologisch Laboratorium Rijn en Duin", "Medische Microbiologie"],
     ["Labnummer 26-M-0098810", "Status: definitief"]),
    ("fields", [("Patiënt", "Dhr. M. Kaya"), ("Geboortedatum", "22-10-1964"),
                ("Aanvrager", "M. Hoogendijk, huisarts, Nootdorp"), ("Afnamedatum", "06-03-2026"),
                ("Uitslagdatum", "10-03-2026"), ("Onderzoek", "MRSA-screening")], 2),
    ("table", [["Materiaal", "Uitslag"], ["Neus", "MRSA niet aangetoond"], ["Keel", "MRSA niet aangetoond"],
               ["Perineum", "MRSA niet aangetoond"]]),
    ("sig", ["Gevalideerd: dr. K. Ammerlaan, arts-microbioloog"]),
]
DOCS.append(dict(
    id=49, fmt="pdf",
    parts=[(_B49_1, dict(font="serif", size=10.5)),
           (_B49_2, dict(font="mono", size=10, footer="Uitdraai HIS - pagina {page}/{pages}")),
           (_B49_3, dict(font="sans", size=9.5, scan=True, seed=493)),
           (_B49_4, dict(font="cond", size=9.5, footer="Elektronisch gevalideerd 10-03-2026"))],
    label=dict(kinds=["history", "operation-report", "mrsa-screening"], date="2026-03-18",
               also_dates=["2026-03-10", "2025-08-19"], author="gp", language="nl",
               style="merged PDF bundle ('bijlagen'): GP cover letter + HIS summary + translated foreign operation report + MRSA result",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Four documents in one PDF; the cover letter (no kind) only lists the enclosures. One part is "
                     "English (translated Turkish operation report, scanned look) inside a Dutch bundle. Top-level "
                     "date is the newest part (cover letter and summary share 18-03-2026).",
               part=[dict(kinds=[], date="2026-03-18", author="gp"),
                     dict(kinds=["history"], date="2026-03-18", author="gp"),
                     dict(kinds=["operation-report"], date="2025-08-19", author="specialist"),
                     dict(kinds=["mrsa-screening"], date="2026-03-10", author="lab")]),
))

# ------------------------------------------------------------------ tz-050 (merged bundle, 2 parts)
_B50_1 = [
    ("lh", ["North Wessex Hospitals NHS Foundation Trust", "Hand and Upper Limb Unit", "Royal Downs Hospital",
            "Kingsbridge Road, Salisbury SP9 9ZZ"],
     ["Consultant: Mr Daniel Okafor FRCS (Tr&Orth)", "Tel 01722 990 412"]),
    ("p", "Dictated: 10/02/2026     Typed: 12/02/2026"),
    ("p", "Dr S. Lamb\nHarbour Surgery\nFalmouth TR11 9ZZ"),
    ("p", "Dear Dr Lamb,"),
    ("p", "Re: Mr Thomas BRENNAN, DOB 29/01/1971, NHS No 999 000 5529"),
    ("p", "Diagnosis: Recurrent ulnar-sided left wrist pain; previous arthroscopic TFCC debridement (June 2019)\n"
          "Plan: MRI left wrist; review with result"),
    ("p", "I saw Mr Brennan, a 55-year-old boat builder, who had a left wrist arthroscopy with TFCC "
          "debridement under my colleague Mr Harris in 2019 (operation note enclosed). He did well for several "
          "years but over the past six months the ulnar-sided pain has returned, with clicking on rotation."),
    ("p", "Examination shows fovea sign positive, stable DRUJ, full range of movement. Radiographs today show "
          "neutral ulnar variance and no arthritis."),
    ("p", "I have requested an MRI scan of the left wrist and will see him with the result. He mentions that "
          "his family may move to the Netherlands later this year."),
    ("p", "Yours sincerely,"),
    ("sig", ["Mr D. Okafor", "Consultant Hand Surgeon"]),
]
_B50_2 = [
    ("lh", ["North Wessex Hospitals NHS Foundation Trust", "Day Surgery Unit"],
     ["Patient: BRENNAN, Thomas", "DOB: 29/01/1971", "NHS: 999 000 5529"]),
    ("title", "OPERATION NOTE"),
    ("fields", [("Date", "07/06/2019"), ("Surgeon", "Mr J. Harris, Consultant"), ("Assistant", "Mr D. Okafor, SpR"),
                ("Anaesthetic", "GA + local infiltration"), ("Procedure", "Left wrist arthroscopy, TFCC debridement"),
                ("Findings", "Central TFCC perforation (Palmer 2A) with unstable flap; chondral surfaces intact; "
                             "SL and LT ligaments intact"),
                ("Procedure details", "3-4 and 6R portals. Debridement of unstable TFCC flap with shaver to stable "
                                      "rim. Portals closed with Steri-Strips."),
                ("Complications", "None"),
                ("Post-op", "Wool and crepe, early mobilisation, physio referral, review 6 weeks")]),
    ("sig", ["Signed: J. Harris 07/06/2019"]),
]
DOCS.append(dict(
    id=50, fmt="pdf",
    parts=[(_B50_1, dict(font="sans", size=10, footer="Clinic letter - page {page} of {pages}")),
           (_B50_2, dict(font="sans", size=9.5, form_grid=True, scan=True, seed=502))],
    label=dict(kinds=["correspondence", "operation-report"], date="2026-02-12",
               also_dates=["2026-02-10", "2019-06-07"], author="specialist", language="en",
               style="merged PDF: UK clinic letter + scanned older operation note",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Two documents in one PDF. The letter carries only 'Dictated'/'Typed' dates (12/02/2026 used "
                     "as own date). MRI only requested; radiographs taken. The operation note is from 2019 and "
                     "the assistant in it is the later consultant. Care in UK hospitals = abroad.",
               part=[dict(kinds=["correspondence"], date="2026-02-12", author="specialist"),
                     dict(kinds=["operation-report"], date="2019-06-07", author="specialist")]),
))

# ------------------------------------------------------------------ tz-051 (merged bundle, 3 parts)
_B51_1 = [
    ("lh", ["St. Agatha Krankenhaus Aachen", "Klinik für Unfall-, Hand- und Wiederherstellungschirurgie",
            "Sektion Handchirurgie"], ["Agathastraße 9, 52064 Aachen", "Tel. +49 241 999-0"]),
    ("addr", ["Herrn dr. P. Vroemen", "Huisarts", "Markt 9", "NL-6461 EC Kerkrade"],
     [("Datum", "19.09.2025"), ("Fall-Nr.", "25-440912")]),
    ("title", "Vorläufiger Entlassungsbrief"),
    ("p", "Sehr geehrter Herr Kollege,\nwir berichten über Herrn Lars Hermans, geb. 15.03.1983, der sich vom "
          "16.09.2025 bis 19.09.2025 in unserer stationären Behandlung befand."),
    ("p", "Diagnose: Skaphoidpseudarthrose rechts (Herbert D2)\n"
          "Therapie: 17.09.2025 Rekonstruktion mit gestieltem Radiusspan und Schraubenosteosynthese "
          "(OP-Bericht liegt bei)"),
    ("p", "Verlauf: komplikationslos. Postoperative Röntgenkontrolle mit regelrechter Implantatlage. "
          "Entlassung in die ambulante Weiterbehandlung in den Niederlanden."),
    ("p", "Procedere: Gips mit Daumeneinschluss 8 Wochen, CT-Kontrolle nach 10 Wochen, Fadenzug am 12. Tag."),
    ("p", "Mit freundlichen Grüßen"),
    ("sig", ["Dr. med. Henrike Maas, Oberärztin"]),
]
_B51_2 = [
    ("small", "St. Agatha Krankenhaus Aachen - Institut für Radiologie"),
    ("title", "Röntgenbefund"),
    ("fields", [("Patient", "Hermans, Lars, 15.03.1983"), ("Untersuchung", "Handgelenk rechts in 2 Ebenen + Skaphoidserie"),
                ("Datum", "18.09.2025"), ("Anforderer", "Handchirurgie, Station 4B")]),
    ("p", "Befund: Zustand nach Schraubenosteosynthese des Skaphoids mit Spaninterposition. Regelrechte "
          "Implantatlage, keine Schraubenperforation. Stellung des Karpus regelrecht."),
    ("p", "Beurteilung: Regelrechter postoperativer Befund."),
    ("sig", ["Dr. med. F. Bauer, Facharzt für Radiologie"]),
]
_B51_3 = [
    ("lh", ["Laboratorium Medische Microbiologie Zuid-Limburg (test)", "Postbus 99904, 6400 ZZ Heerlen"],
     ["Uitslag MRSA-screening", "Status: definitief"]),
    ("fields", [("Patiënt", "L. Hermans"), ("Geb.datum", "15-03-1983"), ("Aanvrager", "dr. P. Vroemen, huisarts"),
                ("Afname", "17-03-2026"), ("Uitslag", "20-03-2026"),
                ("Indicatie", "opname buitenlands ziekenhuis (Aken, 09-2025)")], 2),
    ("table", [["Materiaal", "Bepaling", "Resultaat"], ["Neus", "MRSA", "niet aangetoond"],
               ["Keel", "MRSA", "niet aangetoond"], ["Perineum", "MRSA", "niet aangetoond"]]),
    ("sig", ["Gevalideerd 20-03-2026 door dr. J. Stassen, arts-microbioloog"]),
]
DOCS.append(dict(
    id=51, fmt="pdf",
    parts=[(_B51_1, dict(font="serif", size=10, footer="St. Agatha Krankenhaus Aachen · Seite {page}/{pages}")),
           (_B51_2, dict(font="sans", size=9.5)),
           (_B51_3, dict(font="cond", size=9.5))],
    label=dict(kinds=["correspondence", "imaging-report", "mrsa-screening"], date="2026-03-20",
               also_dates=["2025-09-19", "2025-09-18"], author="specialist", language="de",
               style="merged PDF: German discharge letter + German X-ray report + Dutch MRSA result",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Mixed-language bundle (two German parts, one Dutch; language = majority). The discharge "
                     "letter names the operation but says the OP-Bericht is enclosed (it is not in this file): "
                     "correspondence only. Top-level date = newest part (MRSA result).",
               part=[dict(kinds=["correspondence"], date="2025-09-19", author="specialist"),
                     dict(kinds=["imaging-report"], date="2025-09-18", author="radiologist"),
                     dict(kinds=["mrsa-screening"], date="2026-03-20", author="lab")]),
))

# ------------------------------------------------------------------ tz-052
DOCS.append(dict(
    id=52, fmt="docx",
    opts=dict(font="sans", size=10, footer="The Hague International Family Practice - medical summary - page {page} of {pages}"),
    blocks=[
        ("lh", ["The Hague International Family Practice", "Huisartsenpraktijk", "Laan van Meerdervoort 999",
                "2517 AZ Den Haag"], ["T +31 70 999 4455", "AGB 01-999602"]),
        ("title", "Medical summary (samenvatting)"),
        ("fields", [("Date", "24 March 2026"), ("Patient", "Oliver Grant"), ("Date of birth", "12-08-1975"),
                    ("BSN", "999993118"), ("GP", "Dr Emma Whitfield")]),
        ("h", "Medical history"),
        ("table", [["When", "What"],
                   ["06-2025", "Right thumb CMC-1 arthrodesis for basal thumb osteoarthritis (Amstelrand Ziekenhuis)"],
                   ["2019", "Registered with this practice after moving from Canada"],
                   ["2016", "Mild hypertension"],
                   ["2012", "Left knee ACL reconstruction (Lakeshore General Hospital, Toronto, Canada)"]]),
        ("h", "Recent treatments (last 6 months)"),
        ("p", "- Hand therapy (Handtherapie Amstelveen) until December 2025\n"
              "- X-ray right thumb 12-02-2026: nonunion of the arthrodesis\n"
              "- Outpatient visit plastic surgery 16-03-2026: revision arthrodesis proposed\n"
              "- Paracetamol and naproxen as needed"),
        ("h", "Medication"),
        ("p", "Losartan 50 mg once daily; naproxen 500 mg as needed with omeprazole 20 mg."),
        ("h", "Allergies"),
        ("p", "None known."),
        ("sig", ["Dr Emma Whitfield, general practitioner"]),
    ],
    label=dict(kinds=["history"], date="2026-03-24", author="gp", language="en",
               style="GP medical summary in English from a Dutch practice (Word), history table",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="English GP summary from a Dutch practice. Treated abroad: an old knee operation in Canada "
                     "(2012), another body part but treatment abroad counts whatever it was for; contrasts with "
                     "tz-022 which says 'not treated abroad since 2019'. Revision only proposed."),
))

# ------------------------------------------------------------------ tz-053
TXT53 = """PATIËNTOVERZICHT                                        Datum uitdraai: 12-06-2025
Huisartsenpraktijk Neede, dr. B. Scholten        AGB 01-999905
Patiënt: G. Wassink, geb. 01-05-1950, M, BSN 999994550

Episodes (actief)
  L99  Ziekte van Dupuytren rechterhand                      sinds 03-2022
  K86  Hypertensie                                           sinds 2009
  Y85  Benigne prostaathypertrofie (st. na TURP 2021)        sinds 2019

Episodes (passief)
  L81  Distorsie knie rechts                                 2014

Journaal
  14-03-2022  S: knobbel handpalm re, geen pijn. O: nodus palmair straal IV, geen contractuur.
              E: L99 Dupuytren re.  P: uitleg, afwachten.  Familie: broer 2x geopereerd (Dupuytren).
  20-09-2023  S: pink gaat krom staan. O: contractuur MCP V 20 gr. E: L99. P: afwachten.
  11-02-2025  S: kan hand niet meer plat op tafel leggen. O: MCP V 35 gr, PIP V 20 gr, koord straal IV.
              E: L99 Dupuytren, Tubiana 2. Pat. zelf nooit aan hand geopereerd.
              P: verwijzing plastische chirurgie besproken, pat wil nadenken.
  02-06-2025  S: overwintert elk jaar in Spanje, daar geen medische zorg gehad. Nu controle RR.
              O: RR 138/82. P: amlodipine continueren.

Medicatie
  amlodipine 5 mg 1dd1
  tamsulosine 0,4 mg 1dd1

Allergieën: geen
"""
DOCS.append(dict(
    id=53, fmt="txt", text=TXT53,
    label=dict(kinds=["history"], date="2025-06-12", author="gp", language="nl",
               style="HIS 'Patiëntoverzicht' plain-text printout with episodes and journal",
               imaging_done="unmentioned", operated="no", treated_abroad="no",
               notes="Old history printout (dated 12-06-2025, older than 6 months at intake). Brother's operations "
                     "are family history; 'nooit aan hand geopereerd' negation; TURP is another body part. "
                     "'overwintert in Spanje, daar geen medische zorg' gives abroad no."),
))

# ------------------------------------------------------------------ tz-054
DOCS.append(dict(
    id=54, fmt="pdf",
    opts=dict(font="serif", size=10,
              header="Ziekenhuis De Lindeborg  -  Reumatologie  -  mw. S.E. Jonker  (02-02-1981)",
              footer="Ziekenhuis De Lindeborg, Lindeborglaan 99, 7334 DZ Apeldoorn  -  pagina {page} van {pages}"),
    blocks=[
        ("lh", ["Lindeborglaan 99", "7334 DZ Apeldoorn"],
         ["Reumatologie", "Secretariaat 055 - 999 1450", "Ons kenmerk REU-26-3391"], {"logo": "De Lindeborg"}),
        ("p", "Apeldoorn, 25 maart 2026"),
        ("p", "Aan: mevrouw dr. R. Idema, huisarts\nGezondheidscentrum Zevenhuizen\nLoolaan 9\n7314 AB Apeldoorn"),
        ("p", "Betreft: mw. S.E. Jonker, geboren 02-02-1981"),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënte bezocht op 20 maart jl. onze polikliniek reumatologie in verband met pijn en zwelling "
              "van de handen."),
        ("h", "Anamnese"),
        ("p", "Sinds vier maanden ochtendstijfheid van ruim een uur, zwelling van de knokkels en de rechterpols. "
              "Moeheid. Geen huidafwijkingen, geen darmklachten."),
        ("h", "Familieanamnese"),
        ("p", "Moeder reumatoïde artritis, meerdere handoperaties (synovectomie en peestransposities). "
              "Zus psoriasis."),
        ("h", "Lichamelijk onderzoek"),
        ("p", "Synovitis MCP 2-3 beiderzijds en van de rechterpols. DAS28-CRP 4,9."),
        ("h", "Aanvullend onderzoek"),
        ("p", "Laboratorium: CRP 18 mg/L, anti-CCP sterk positief, IgM-reumafactor positief.\n"
              "Echografie handen en polsen (20-03-2026, reumatologie): synovitis met powerdopplersignaal MCP 2-3 "
              "beiderzijds en radiocarpaal rechts.\nRöntgenfoto's handen en voeten (20-03-2026): geen erosies."),
        ("h", "Conclusie"),
        ("p", "Vroege seropositieve reumatoïde artritis."),
        ("h", "Beleid"),
        ("p", "Start methotrexaat 15 mg/week met foliumzuur, overbrugging met prednisolon volgens schema. "
              "Patiënte vroeg of de zwelling van de pols, zoals bij haar moeder, geopereerd moet worden; daarvoor is "
              "op dit moment geen indicatie. Controle over 6 weken met laboratorium."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["dr. N. Bouzid, reumatoloog", "Gedicteerd 25-03-2026, getypt door secretariaat (HvD)"]),
        ("small", "cc: mw. S.E. Jonker"),
        ("pb",),
        ("h", "Medicatieoverzicht bij deze brief"),
        ("table", [["Middel", "Dosering", "Start"],
                   ["Methotrexaat 2,5 mg tablet", "15 mg 1x per week (vrijdag)", "27-03-2026"],
                   ["Foliumzuur 5 mg tablet", "1x per week (zaterdag)", "28-03-2026"],
                   ["Prednisolon 5 mg tablet", "afbouwschema 15-10-5 mg, 6 weken", "27-03-2026"],
                   ["Pantoprazol 20 mg", "1dd1 tijdens prednisolon", "27-03-2026"]]),
    ],
    label=dict(kinds=["correspondence"], date="2026-03-25", author="specialist", language="nl",
               style="two-page hospital letter (rheumatology), logo image, repeating header with patient, medication table page",
               imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
               notes="Family history: the mother's hand operations are not the patient's. 'geen indicatie' for "
                     "surgery is advice, not a statement that she was not operated. Ultrasound and X-rays done. "
                     "Letterhead name is a logo image; as text only in running header/footer."),
))

# ------------------------------------------------------------------ tz-055
DOCS.append(dict(
    id=55, fmt="docx",
    opts=dict(font="sans", size=10,
              footer="Maasheuvel Ziekenhuis · Orthopedie · Henri Dunantstraat 999 · 6419 PC Heerlen · T 045 - 999 6000"),
    blocks=[
        ("lh", ["Maasheuvel Ziekenhuis", "Orthopedie en Traumatologie", "Henri Dunantstraat 999", "6419 PC Heerlen"],
         ["Datum: 2 april 2026", "Ons kenmerk: ORT/WR/8120", "Behandelaar: dr. F. Senden"]),
        ("p", "Aan: Handkliniek Zuid\ndr. E. van Beek, plastisch en handchirurg\nPostbus 99901\n5600 ZZ Eindhoven"),
        ("p", "Betreft: verwijzing voor second opinion - dhr. W. (Wim) Ramakers, geb. 17-01-1958"),
        ("p", "Geachte collega,"),
        ("p", "Graag verwijs ik dhr. Ramakers naar u voor een second opinion."),
        ("p", "Bij patiënt werd in 2021 in ons ziekenhuis een partiële fasciëctomie van digitus V rechts verricht "
              "in verband met de ziekte van Dupuytren. Sinds 2024 is er een recidief met een toenemende "
              "flexiecontractuur van het PIP-gewricht (nu 70 graden) en een extensiedeficit MCP van 30 graden. "
              "De huid over de straal is littekenrijk. Röntgenfoto's zijn niet gemaakt; ik acht deze ook niet "
              "nodig."),
        ("p", "Bij mijn onderzoek op 26 maart jl. zag ik een goed doorbloede vinger met intacte sensibiliteit. "
              "Patiënt is gitaarbouwer en ervaart veel hinder."),
        ("p", "Vraagstelling: is bij dit recidief een dermofasciëctomie met huidtransplantaat nog zinvol, of is "
              "een amputatie van digitus V te overwegen? Graag uw oordeel, omdat wij deze revisies zelf niet "
              "uitvoeren."),
        ("p", "Voorgeschiedenis verder: atriumfibrilleren (apixaban), TIA 2019."),
        ("p", "Met collegiale groet,"),
        ("sig", ["dr. F. Senden", "orthopedisch chirurg"]),
        ("small", "cc: huisarts dr. L. Frijns, Brunssum; patiënt"),
    ],
    label=dict(kinds=["referral", "correspondence"], date="2026-04-02", author="specialist", language="nl",
               style="specialist-to-specialist referral letter (Word), meta in letterhead column",
               referral_question=True, imaging_done="no", operated="yes", treated_abroad="unmentioned",
               notes="Referral from a treating specialist: both referral and specialist correspondence. "
                     "Explicit 'Röntgenfoto's zijn niet gemaakt'. Earlier fasciectomy = operated; amputation and "
                     "dermofasciectomy are questions. 'Voorgeschiedenis verder' is comorbidity only, no "
                     "recent-treatment section (not history)."),
))

# ------------------------------------------------------------------ tz-056
TXT56 = """Fysiotherapie De Brug  -  Hand- en polsrevalidatie
Burgemeester Roelenweg 99, 8021 EV Zwolle  -  038 - 999 8181  -  AGB 04-999120

Aan: dr. A.M. Dijkstra, huisarts, Huisartsenpraktijk Rozengracht, Zwolle

Datum: 09-03-2026
Betreft: tussenrapportage Sem Dijkman, geb. 23-03-2000

Geachte collega,

Sem is sinds 2 februari 2026 bij ons onder behandeling via directe toegankelijkheid, in verband
met pijn aan de radiale zijde van de linkerpols.

Anamnese: patiënt vertelt dat hij eind december tijdens een vakantie in Portugal (omgeving Sintra)
met zijn mountainbike is gevallen op de gestrekte linkerhand. Op de spoedeisende hulp in Lissabon is
een foto gemaakt; er werd geen breuk gezien en hij kreeg een polsbrace. Papieren heeft hij niet
meegekregen. Na terugkomst geen controle gehad.

Onderzoek (02-02-2026): drukpijn in de tabatière en op de tuberositas scaphoidei, pijnlijke
dorsaalflexie, knijpkracht links 32 kg, rechts 46 kg.

Behandeling: 5 sessies, belastbaarheid opbouwen, brace afgebouwd.

Conclusie: ondanks oefentherapie aanhoudende pijn in de tabatière. Wij adviseren nader onderzoek
(CT of MRI) om een gemiste scaphoidfractuur uit te sluiten, eventueel verwijzing naar de
handchirurgie. De behandeling is gepauzeerd.

Met vriendelijke groet,

J. Hoekman
fysiotherapeut, handtherapeut i.o.
"""
DOCS.append(dict(
    id=56, fmt="txt", text=TXT56,
    label=dict(kinds=[], date="2026-03-09", author="other", language="nl",
               style="physiotherapy / hand-therapy progress letter to the GP (plain text)",
               imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="Therapist letter is no kind. Patient-reported ED visit with an X-ray in Lisbon during a "
                     "holiday: imaging done and care abroad. CT/MRI only advised."),
))

# ------------------------------------------------------------------ tz-057
DOCS.append(dict(
    id=57, fmt="pdf",
    opts=dict(font="sans", size=9.5,
              footer="Laboratorium voor Infectieziekten Noord (test) - Van Ketwich Verschuurlaan 999 - 9721 SW Groningen - {page}/{pages}"),
    blocks=[
        ("lh", ["Laboratorium voor Infectieziekten Noord", "Medische microbiologie"],
         ["T 050 - 999 5100", "Labnr. LIN-26-033178", "Uitslag: definitief"]),
        ("title", "Uitslag MRSA-screening"),
        ("fields", [("Patiënt", "Dhr. H.J. Dijkhuis"), ("Geboortedatum", "30-09-1971"),
                    ("Aanvrager", "E. Postma, huisarts, Groningen"), ("Afnamedatum", "16-03-2026"),
                    ("Ontvangst", "16-03-2026"), ("Uitslagdatum", "19-03-2026")], 2),
        ("h", "Risicovragenlijst (ingevuld door aanvrager)"),
        ("table", [["Vraag", "Antwoord"],
                   ["Opname in buitenlands ziekenhuis afgelopen 2 maanden", "Nee"],
                   ["Beroepsmatig contact met levende varkens of vleeskalveren", "Ja (varkenshouder)"],
                   ["Eerder MRSA-positief", "Nee"],
                   ["Huisgenoot MRSA-positief", "Onbekend"]]),
        ("h", "Resultaat"),
        ("table", [["Materiaal", "Onderzoek", "Uitslag"],
                   ["Neus", "MRSA kweek + PCR", "negatief"],
                   ["Keel", "MRSA kweek", "negatief"],
                   ["Perineum", "MRSA kweek", "negatief"]]),
        ("p", "Conclusie: geen MRSA aangetoond."),
        ("sig", ["Geautoriseerd door drs. W. Hofstra, arts-microbioloog, 19-03-2026"]),
    ],
    label=dict(kinds=["mrsa-screening"], date="2026-03-19", also_dates=["2026-03-16"], author="lab", language="nl",
               style="MRSA lab result with risk questionnaire table and result table",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="no",
               notes="Screening for another risk (pig farmer); the questionnaire row 'Opname in buitenlands "
                     "ziekenhuis ... Nee' gives treated_abroad no, but the answer sits in a separate table cell."),
))

# ------------------------------------------------------------------ tz-058
DOCS.append(dict(
    id=58, fmt="docx",
    opts=dict(font="sans", size=10,
              footer="Praxisklinik Handchirurgie Limmat AG · Seefeldstrasse 99 · 8008 Zürich · +41 44 999 77 00"),
    blocks=[
        ("lh", ["Praxisklinik Handchirurgie Limmat", "Dr. med. Andrea Bühler", "Fachärztin FMH für Handchirurgie"],
         ["Seefeldstrasse 99", "8008 Zürich", "Tel. +41 44 999 77 00"]),
        ("p", "Herr Dr. med. F. Keller\nFacharzt Allgemeine Innere Medizin\nBahnhofstrasse 9\n8400 Winterthur"),
        ("p", "Zürich, 5. Februar 2026"),
        ("title", "Sprechstundenbericht"),
        ("p", "Patientin: Frau Eline de Graaf, geb. 11.09.1987, Zürich (Umzug nach Utrecht im April 2026)"),
        ("p", "Sehr geehrter Herr Kollege\nBesten Dank für die Zuweisung Ihrer Patientin, die ich am 3.2.2026 "
              "in meiner Sprechstunde sehen konnte."),
        ("h", "Diagnose"),
        ("p", "Tendovaginitis stenosans de Quervain rechts\n- St. n. Infiltration mit Triamcinolon 12/2025, "
              "vorübergehende Besserung"),
        ("h", "Befund"),
        ("p", "Druckdolenz und Schwellung über dem ersten Strecksehnenfach rechts, Finkelstein-Test deutlich positiv. "
              "Keine Arthrosezeichen am Daumensattelgelenk klinisch."),
        ("h", "Beurteilung"),
        ("p", "Typischer Befund. Eine Bildgebung (Röntgen, Ultraschall oder MRI) wurde bisher nicht durchgeführt "
              "und ist aus meiner Sicht auch nicht notwendig."),
        ("h", "Procedere"),
        ("p", "Zweite Infiltration heute durchgeführt, Daumenschiene für 3 Wochen. Falls danach keine anhaltende "
              "Besserung eintritt, wäre eine operative Spaltung des ersten Strecksehnenfachs zu erwägen; dies "
              "könnte auch nach dem Umzug in den Niederlanden erfolgen."),
        ("p", "Freundliche Grüsse"),
        ("sig", ["Dr. med. Andrea Bühler"]),
    ],
    label=dict(kinds=["correspondence"], date="2026-02-05", author="specialist", language="de",
               style="Swiss hand-surgery consultation report (Word), 'Sprechstundenbericht'",
               imaging_done="no", operated="unmentioned", treated_abroad="yes",
               notes="Hypothetical operation ('wäre ... zu erwägen'); explicit 'Bildgebung ... nicht "
                     "durchgeführt'. Swiss private clinic treated her (injections): care abroad. Short date "
                     "'3.2.2026' for the visit; letter date '5. Februar 2026'."),
))

# ------------------------------------------------------------------ tz-059
TXT59 = """MVZ Labor Dr. Kramer & Kollegen (test)
Fachärzte für Laboratoriumsmedizin, Mikrobiologie und Infektionsepidemiologie
Pascalstraße 99, 52076 Aachen  -  Tel. +49 241 999 66 0

MIKROBIOLOGISCHER BEFUND                                     ENDBEFUND
Einsender : St. Agatha Krankenhaus Aachen, Station 4B Handchirurgie
Patient   : Hermans, Lars                     geb. 15.03.1983      m
Auftrags-Nr.: 25-0915-4471
Material  : Nasen-/Rachenabstrich; Leistenabstrich
Entnahme  : 16.09.2025 07:30     Eingang: 16.09.2025 09:02     Befund: 17.09.2025 10:14

Untersuchung: MRSA-Screening (Aufnahmescreening bei stationärer Aufnahme)

Ergebnis
  MRSA-PCR (Nase/Rachen)            negativ
  MRSA-Kultur (Nase/Rachen)         kein MRSA nachgewiesen
  MRSA-Kultur (Leiste)              kein MRSA nachgewiesen

Beurteilung: Kein Nachweis von MRSA. Keine Isolierung erforderlich.

Validiert: Dr. med. U. Schmitz, Fachärztin für Mikrobiologie, Virologie und Infektionsepidemiologie
"""
DOCS.append(dict(
    id=59, fmt="txt", text=TXT59,
    label=dict(kinds=["mrsa-screening"], date="2025-09-17", also_dates=["2025-09-16"], author="lab", language="de",
               style="German microbiology lab report (plain text)",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
               notes="German admission screening taken in a German hospital (sender Station 4B): itself evidence of "
                     "an admission abroad. Old result (Sept 2025), far beyond 60 days, taken during the foreign "
                     "stay itself: it cannot serve as the post-abroad screening."),
))

# ------------------------------------------------------------------ tz-060
DOCS.append(dict(
    id=60, fmt="pdf",
    opts=dict(font="sans", size=9.5,
              footer="North Wessex Hospitals NHS Foundation Trust - Radiology - CRIS report - page {page} of {pages}"),
    blocks=[
        ("lh", ["North Wessex Hospitals NHS Foundation Trust", "Department of Radiology", "Royal Downs Hospital"],
         ["Kingsbridge Road, Salisbury SP9 9ZZ", "Radiology enquiries 01722 990 640"]),
        ("fields", [("Patient", "BRENNAN, Thomas"), ("DOB", "29/01/1971"), ("NHS No", "999 000 5529"),
                    ("Exam", "MR Wrist Lt"), ("Exam date", "23/03/2026"), ("Reported", "25/03/2026"),
                    ("Referrer", "Mr D Okafor (T&O Hand)"), ("Accession", "RDH26MR08841")], 2),
        ("p", "Clinical details: Ongoing ulnar-sided pain left wrist. Previous arthroscopic TFCC debridement "
              "2019. ?recurrent tear."),
        ("p", "Findings: Post-debridement appearance of the central TFCC with a small central perforation. In "
              "addition there is a new foveal detachment of the TFCC with fluid signal at the ulnar insertion. "
              "No ulnar impaction, ulnar variance neutral. ECU tendon subsheath intact. Carpal ligaments intact. "
              "No bone marrow oedema."),
        ("p", "Conclusion: Foveal TFCC detachment (new since 2019 arthroscopy) in addition to a stable central "
              "post-debridement defect."),
        ("sig", ["Reported by: Dr S. Iyer, Consultant Radiologist", "Verified 25/03/2026 12:40"]),
    ],
    label=dict(kinds=["imaging-report"], date="2026-03-25", also_dates=["2026-03-23"], author="radiologist",
               language="en", style="UK radiology report without title, label/value fields in two columns",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="No title; kind from fields and 'Reported by ... Consultant Radiologist'. Previous "
                     "arthroscopic debridement (an operation) only in the clinical details. Exam date vs report "
                     "date, dd/mm format."),
))

# ------------------------------------------------------------------ tz-061
DOCS.append(dict(
    id=61, fmt="docx",
    opts=dict(font="sans", size=10, form_grid=True,
              footer="AZ Kempenhof - Campus Geel - Dienst Plastische Heelkunde - operatieprotocol"),
    blocks=[
        ("lh", ["AZ Kempenhof", "Campus Geel", "Dienst Plastische, Reconstructieve en Esthetische Heelkunde"],
         ["J.-B. Stessensstraat 999, 2440 Geel", "tel. +32 14 99 10 00"]),
        ("title", "Operatieprotocol"),
        ("fields", [("Patiënt", "CLAES Sofie"), ("Geboren", "° 21/04/1979"),
                    ("Adres", "Hoofdstraat 9, 5111 CE Baarle-Nassau (NL)"),
                    ("Datum ingreep", "09.12.2025"), ("Chirurg", "dr. Bart Wouters"),
                    ("Assistent", "dr. Lien Goossens (ASO)"), ("Anesthesie", "loco-regionaal (IV-regionaal, Bier-blok)"),
                    ("Diagnose", "dorsaal polsganglion links, pijnlijk, recidief na 2x aspiratie"),
                    ("Ingreep", "excisie dorsaal polsganglion links met resectie van de steel t.h.v. het SL-ligament"),
                    ("Verloop", "Transversale incisie dorsaal. Tussen 3e en 4e strekpeesloge ingegaan. Ganglion in toto "
                                "vrijgeprepareerd tot aan de steel op het scafolunaire ligament; steel en kapselvenster "
                                "gereseceerd. SL-ligament intact. Terminale tak n. interosseus posterior gereseceerd. "
                                "Intracutaan sluiten."),
                    ("Anatomopathologie", "ganglion ingestuurd"),
                    ("Nazorg", "drukverband 48 u, hechtingen verwijderen bij huisarts na 12 dagen, controle "
                               "raadpleging na 6 weken")]),
        ("sig", ["dr. Bart Wouters, plastisch chirurg"]),
    ],
    label=dict(kinds=["operation-report"], date="2025-12-09", author="specialist", language="nl",
               style="Belgian (Flemish) operation protocol as a Word table",
               imaging_done="unmentioned", operated="yes", treated_abroad="yes",
               notes="Flemish 'Operatieprotocol' (not 'operatieverslag'), dotted date 09.12.2025, '°' birth date. "
                     "Patient lives in the Netherlands (Baarle-Nassau) and was operated in Belgium: care abroad."),
))

# ------------------------------------------------------------------ tz-062
TXT62 = """Dr. Hilde MAES
Huisarts - Groepspraktijk De Linde
Kerkstraat 99, 2390 Westmalle
tel. +32 3 999 99 99 - RIZIV 1-99999-99-999

Westmalle, 31 maart 2026

Aan de collega's van de Handkliniek Zuid
Postbus 99901
5600 ZZ Eindhoven
Nederland

Betreft: mevrouw Sofie CLAES (° 21/04/1979), wonende te Baarle-Nassau

Geachte collega,

Ik ben sinds vele jaren de huisarts van mevrouw Claes, die net over de grens woont maar in onze
praktijk ingeschreven bleef.

Mevrouw werd op 9 december 2025 in AZ Kempenhof (Geel) geopereerd voor een dorsaal ganglion van
de linkerpols. Sindsdien heeft zij blijvende, brandende pijn rond het litteken met uitstraling naar
de duim, en ze kan haar werk als verpleegkundige niet hervatten. Een echografie in AZ Kempenhof
(03/03/2026) toonde geen recidief van het ganglion, wel een verdikking van een zenuwtakje
(neuroom van de ramus superficialis n. radialis?).

Vraag: graag uw tweede advies over de verdere aanpak van de pijn. Is een neuroomresectie aangewezen,
of eerder een conservatieve behandeling?

Met collegiale groeten,

dr. H. Maes
"""
DOCS.append(dict(
    id=62, fmt="txt", text=TXT62,
    label=dict(kinds=["referral"], date="2026-03-31", author="gp", language="nl",
               style="Belgian (Flemish) GP referral letter to the Dutch clinic (plain text)",
               referral_question=True, imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Flemish GP ('Vraag:', 'tweede advies', 'aangewezen', '°'). Operation and ultrasound in a "
                     "Belgian hospital: care abroad. Question phrased as 'tweede advies' instead of 'second "
                     "opinion'. No separate history section."),
))

# ------------------------------------------------------------------ tz-063
DOCS.append(dict(
    id=63, fmt="pdf",
    opts=dict(font="sans", size=10,
              footer="Klinikum Niederrhein Kleve gGmbH · Albersallee 40 · 47533 Kleve · Patientenmanagement +49 2821 999-3100"),
    blocks=[
        ("lh", ["Klinikum Niederrhein Kleve", "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie",
                "Patientenmanagement / OP-Planung"],
         ["Albersallee 40", "47533 Kleve", "Tel. +49 2821 999-3100"]),
        ("addr", ["Frau", "Birgit Schäfer-Lambers", "Dorfstraße 9", "47559 Kranenburg"],
         [("Kleve,", "20.03.2026"), ("Fall-Nr.", "26-031155")]),
        ("title", "Ihr Operationstermin"),
        ("p", "Sehr geehrte Frau Schäfer-Lambers,"),
        ("p", "nach Ihrer Vorstellung in unserer handchirurgischen Sprechstunde am 12.03.2026 bestätigen wir Ihnen "
              "den Termin für die geplante Operation (Resektionsarthroplastik des Daumensattelgelenks rechts):"),
        ("fields", [("Aufnahme", "Donnerstag, 23. April 2026, 07:00 Uhr, Aufnahmestation Ebene 2"),
                    ("Prämedikation", "Dienstag, 14. April 2026, 10:30 Uhr, Anästhesie-Ambulanz"),
                    ("Nüchternheit", "ab 24:00 Uhr am Vorabend keine feste Nahrung")]),
        ("p", "Bitte bringen Sie Ihre Versichertenkarte, Ihren Medikamentenplan und vorhandene Röntgenbilder mit. "
              "Ein MRSA-Aufnahmescreening wird bei uns am Aufnahmetag durchgeführt. Sollten Sie den Termin nicht "
              "wahrnehmen können, bitten wir um rechtzeitige Absage."),
        ("p", "Mit freundlichen Grüßen"),
        ("sig", ["Ihr Team der Handchirurgie", "i. A. S. Kuhlmann, OP-Koordination"]),
    ],
    label=dict(kinds=[], date="2026-03-20", author="other", language="de",
               style="German hospital appointment letter to the patient (operation date), meta column",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
               notes="Appointment letter: no kind. Operation is planned (future), not done; 'vorhandene "
                     "Röntgenbilder' and 'MRSA-Aufnahmescreening' are instructions. The earlier consultation in "
                     "a German hospital clinic is care abroad. Date only as 'Kleve, 20.03.2026' in the meta "
                     "column."),
))

# ------------------------------------------------------------------ tz-064
DOCS.append(dict(
    id=64, fmt="docx",
    opts=dict(font="sans", size=10,
              header="EuroShield Travel Assistance (test) - Medical Department - CONFIDENTIAL",
              footer="Case ETA-2025-88123 - page {page} of {pages}"),
    blocks=[
        ("lh", ["EuroShield Travel Assistance", "Medical Department", "Postbus 99905, 2300 ZZ Leiden"],
         ["24/7 alarm centre +31 71 999 0000", "medical@euroshield.test"]),
        ("title", "Medical case report"),
        ("fields", [("Case number", "ETA-2025-88123"), ("Date", "29 October 2025"),
                    ("Insured", "Mr Kees Verhoef, date of birth 05-05-1955"),
                    ("Policy", "Continuous travel insurance TRV-99-120034"),
                    ("Place of event", "Hersonissos, Crete, Greece")]),
        ("h", "Course of events"),
        ("p", "On 18/10/2025 the insured fell on the wet floor of his hotel bathroom and injured his left hand. "
              "He was taken by taxi to the Hersonissos Medical Center (private clinic), where an X-ray showed a "
              "displaced fracture of the neck of the fifth metacarpal (boxer's fracture). Treatment consisted of "
              "closed reduction and an ulnar gutter splint. No surgery was performed in Greece; the treating "
              "surgeon advised fixation with K-wires, which the insured wished to have done in the Netherlands."),
        ("h", "Repatriation"),
        ("p", "Fit to fly on a scheduled flight 21/10/2025 without medical escort. Referral letter from the "
              "Greek clinic handed to the insured for his GP."),
        ("h", "Costs"),
        ("p", "Clinic invoice EUR 640.00 paid directly to the provider. Outpatient follow-up in the Netherlands "
              "falls under the health insurance of the insured."),
        ("sig", ["Dr M. Jansen, medical adviser"]),
    ],
    label=dict(kinds=[], date="2025-10-29", author="other", language="en",
               style="travel-insurance medical case report (Word), header/footer",
               imaging_done="yes", operated="no", treated_abroad="yes",
               notes="Insurer report (no kind) describing care in a private clinic on Crete, written by a Dutch "
                     "assistance company. 'No surgery was performed in Greece' = not operated as of this report; "
                     "K-wire fixation advised for later (plan). 'Referral letter from the Greek clinic' is a "
                     "mention."),
))
