"""tz-001 .. tz-016 (texts and labels). All persons, numbers and institutions are invented."""

DOCS = []

# ------------------------------------------------------------------ tz-001
DOCS.append(dict(
    id=1, fmt="pdf",
    opts=dict(font="sans", size=9,
              footer="ZorgDomein  |  Verwijzing ZD-2026-0314-77120  |  Afgedrukt op 02-03-2026 14:22 door J.P. Kooistra  |  Pagina {page} van {pages}"),
    blocks=[
        ("lh", ["ZorgDomein", "Verwijzing", "Second opinion handchirurgie"],
         ["Handkliniek Zuid", "t.a.v. intake second opinion", "Verwijsnummer: ZD-2026-0314-77120",
          "Urgentie: regulier"], {"bold_first": True}),
        ("h", "Patiëntgegevens"),
        ("fields", [("Patiënt", "Mw. M.J. de Vries-Hoogland"), ("Geboortedatum", "14-07-1978"),
                    ("BSN", "999990019"), ("Geslacht", "Vrouw"),
                    ("Adres", "Kleverlaan 212\n2023 JK Haarlem"), ("Telefoon", "06-99990012"),
                    ("Verzekeraar", "Polderzorg Zorgverzekeringen (test)"), ("Polisnummer", "TST-448812093")], 2),
        ("h", "Verwijzer"),
        ("fields", [("Naam", "J.P. Kooistra, huisarts"), ("AGB-code", "01-999314"),
                    ("Praktijk", "Huisartsenpraktijk De Wielewaal\nDr. Schaepmanlaan 12, 2035 AB Haarlem"),
                    ("Datum verwijzing", "02-03-2026"), ("Specialisme", "Plastische chirurgie / handchirurgie"),
                    ("Zorgproduct", "Second opinion handchirurgie")], 2),
        ("h", "Verwijsgegevens"),
        ("fields", [
            ("Reden van verwijzing", "Persisterende pijn en zwelling dorsale zijde pols rechts sinds november 2025, "
             "recidief na aspiratie van een ganglion. Patiënte is kapster en kan haar werk slecht volhouden."),
            ("Vraagstelling", "Patiënte wenst een second opinion. Is er een indicatie voor excisie van het "
             "ganglion, of is verder conservatief beleid te verkiezen? Wat is de kans op recidief na operatie?"),
            ("Relevante voorgeschiedenis", "2011 sectio caesarea\n2019 migraine zonder aura\n"
             "Geen eerdere operaties aan hand of pols."),
            ("Recente behandelingen", "12-01-2026 echo pols rechts (Amstelrand Ziekenhuis): dorsaal ganglion 14 mm, "
             "uitgaand van het scafolunaire ligament.\n03-02-2026 aspiratie en injectie (orthopedie Amstelrand), "
             "recidief binnen 3 weken.\n05-02-2026 consult plastische chirurgie Amstelrand: excisie besproken."),
            ("Medicatie", "Paracetamol 500 mg z.n.; sumatriptan 50 mg z.n."),
            ("Allergieën / intoleranties", "Geen bekend"),
            ("Bijlagen", "Brief plastische chirurgie d.d. 09-02-2026"),
        ]),
        ("small", "Deze verwijzing is digitaal verstuurd via ZorgDomein. Een verwijzing is één jaar geldig."),
    ],
    label=dict(kinds=["referral", "history"], date="2026-03-02", author="gp", language="nl",
               style="ZorgDomein printout, labelled fields in two columns, print line in footer",
               referral_question=True, imaging_done="yes", operated="no", treated_abroad="unmentioned",
               notes="Form printout without salutation; question only in field 'Vraagstelling'; history in "
                     "'Relevante voorgeschiedenis' + 'Recente behandelingen' makes it also a history letter. "
                     "Sectio caesarea is another body part; 'Geen eerdere operaties aan hand of pols' is a negation. "
                     "Excision only discussed (plan)."),
))

# ------------------------------------------------------------------ tz-002
DOCS.append(dict(
    id=2, fmt="docx",
    opts=dict(font="sans", size=10),
    blocks=[
        ("lh", ["Gezondheidscentrum Lindenhof", "Huisartsen J. Mulder en S. Baran", "Lindenlaan 4",
                "6721 KL Bennekom"],
         ["Tel. 0318-999123", "Fax 0318-999124", "AGB 01-999827", "www.lindenhof-test.nl"]),
        ("p", "Aan:\nHandkliniek Zuid\nPolikliniek handchirurgie\nPostbus 99901\n5600 ZZ Eindhoven"),
        ("p", "Bennekom, 18 februari 2026"),
        ("p", "Betreft: dhr. R. (Ruud) van Asselt, geb. 03-09-1961, BSN 999990330"),
        ("p", "Geachte collega,"),
        ("p", "Hierbij verwijs ik bovengenoemde patiënt naar u voor operatieve behandeling van zijn "
              "carpaletunnelsyndroom rechts. Sinds ongeveer een jaar heeft hij tintelingen in digitus 1 tot en "
              "met 3 rechts en wordt hij 's nachts wakker van de klachten. Een nachtspalk gedurende drie maanden "
              "gaf geen verbetering."),
        ("p", "Het EMG (neurologie Ziekenhuis Valleirand, januari 2026) toonde een matig ernstig "
              "carpaletunnelsyndroom rechts zonder aanwijzingen voor een polyneuropathie."),
        ("p", "Graag decompressie van de nervus medianus rechts. Patiënt heeft een voorkeur voor een ingreep "
              "onder lokale verdoving."),
        ("p", "Medicatie: metformine 500 mg 2dd1, simvastatine 40 mg 1dd1.\nAllergieën: geen."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["S. Baran", "huisarts"]),
    ],
    label=dict(kinds=["referral"], date="2026-02-18", author="gp", language="nl",
               style="free GP letter (Word), letterhead in table, 'Betreft' line",
               referral_question=False, imaging_done="unmentioned", operated="unmentioned",
               treated_abroad="unmentioned",
               notes="Referral 'for treatment' without any question: referral_question false. EMG is not imaging. "
                     "'operatieve behandeling' / decompressie is the requested plan, not an event."),
))

# ------------------------------------------------------------------ tz-003
TXT3 = """PROFESSIONELE SAMENVATTING                                   Datum uitdraai: 23-03-2026
Huisartsenpraktijk Kanaalzicht  -  Vaartsche Rijn 88, 3523 BM Utrecht  -  AGB 01-999455
--------------------------------------------------------------------------------------------
Patiënt   : Y. (Yasmina) El Amrani                 Geb.datum : 21-11-1990   (V)
BSN       : 999991425                              Verzekering: Polderzorg (test)
Huisarts  : dr. H.C. Verbeek                       Uitgedraaid door: H.C. Verbeek
--------------------------------------------------------------------------------------------

EPISODELIJST - ACTIEF
ICPC    Omschrijving                                           Begin       Attentie
L74.02  Fractuur os scaphoideum rechts                         14-08-2025  *
P74     Angststoornis                                          03-2019
A97.01  Geen ziekte / preventie (reisadvies)                   06-2025

EPISODELIJST - INACTIEF
D88     Appendicitis (appendectomie UMC)                       2009        afgesloten
L77     Distorsie enkel links                                  2016        afgesloten

JOURNAAL (selectie, laatste 12 maanden)
17-06-2025  Reisadvies Turkije, geen vaccinaties nodig.
14-08-2025  S: telefonisch; op vakantie in Turkije van een scooter gevallen op gestrekte rechterhand.
            Gezien op de spoedeisende hulp in Antalya, daar röntgenfoto's gemaakt, geen breuk gezien maar
            'verdacht', duimgips aangelegd. Sinds gisteren terug in NL.
            O: gips intact, vingers warm, goede capillaire refill.
            E: L74.02 verdenking scaphoidfractuur rechts.
            P: verwijzing SEH Diakonessenhuis-Oost (test) voor beoordeling, buitenlandse papieren meenemen.
20-08-2025  Brief specialist ontvangen (traumachirurgie): CT scaphoid rechts: niet-gedisloceerde fractuur
            middenderde. Beleid conservatief, scaphoidgips 10 weken.
05-11-2025  S: gips eraf sinds 2 wk, nog steeds pijn in tabatière, kan niet steunen.
            O: drukpijn tabatière, pijnlijke dorsaalflexie.
            E: vertraagde consolidatie?  P: overleg/controle traumachirurgie afwachten.
18-11-2025  Brief specialist ontvangen: CT 14-11: geen consolidatie. Schroeffixatie voorgesteld, patiënte
            twijfelt en wil bedenktijd.
09-01-2026  S: slaapt slecht, piekert over operatie. E: P74 P: gesprek, geen medicatie.
10-03-2026  S: wil een second opinion in een handkliniek voordat ze beslist over de operatie.
            P: verwijzing second opinion via ZorgDomein; samenvatting meegestuurd.

MEDICATIE (actueel)
  Paracetamol 1000 mg  zo nodig max 3dd
  Naproxen 250 mg      zo nodig max 2dd (maagbescherming besproken)

CONTRA-INDICATIES / ALLERGIEËN
  Geen bekend

--- einde uitdraai (pagina 1/1) ---
"""
DOCS.append(dict(
    id=3, fmt="txt", text=TXT3,
    label=dict(kinds=["history"], date="2026-03-23", author="gp", language="nl",
               style="HIS printout 'Professionele samenvatting': episode list with ICPC codes, SOEP journal lines",
               imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="Care abroad only in a journal line (SEH in Antalya during holiday). Operation (schroeffixatie) "
                     "only proposed; appendectomy is another body part. Print date is the document date; many "
                     "other dates in journal."),
))

# ------------------------------------------------------------------ tz-004
DOCS.append(dict(
    id=4, fmt="pdf",
    opts=dict(font="sans", size=9.5,
              footer="Amstelrand Ziekenhuis  -  KvK 99912345  -  Printdatum: 10-02-2026 08:15\npagina {page}/{pages}"),
    blocks=[
        ("lh", ["Amstelrandlaan 100", "1187 XZ Amstelveen"],
         ["Plastische, Reconstructieve en Handchirurgie", "Secretariaat: 020 - 999 4400",
          "plastischechirurgie@amstelrand-zh.test"], {"logo": "Amstelrand Ziekenhuis"}),
        ("addr", ["Weledelgeleerde heer J.P. Kooistra, huisarts", "Huisartsenpraktijk De Wielewaal",
                  "Dr. Schaepmanlaan 12", "2035 AB HAARLEM"],
         [("Ons kenmerk", "PRH/2026/00871"), ("Datum", "9 februari 2026"),
          ("Behandelaar", "drs. L.A. Smeets"), ("Patiëntnr.", "7009912")]),
        ("p", "Betreft: mw. M.J. de Vries-Hoogland, geboren 14-07-1978"),
        ("p", "Geachte collega,"),
        ("p", "Op 5 februari 2026 zagen wij uw patiënte op ons spreekuur handchirurgie, op verwijzing van de "
              "orthopeed, in verband met een zwelling aan de rugzijde van de rechterpols."),
        ("h", "Anamnese"),
        ("p", "Sinds november 2025 een pijnlijke zwelling dorsaal aan de rechterpols, toenemend bij "
              "dorsaalflexie en bij het knippen (kapster). Op 3 februari 2026 werd door de orthopeed een "
              "aspiratie met injectie verricht; de zwelling was binnen enkele dagen terug. Geen trauma. "
              "Rechtshandig."),
        ("h", "Lichamelijk onderzoek"),
        ("p", "Ovale, gladde, vaste zwelling van ca. 1,5 cm dorsaal ter hoogte van het scafolunaire interval, "
              "transilluminatie positief. Pijnlijke extreme dorsaalflexie. Watson-test negatief. Sensibiliteit "
              "intact."),
        ("h", "Aanvullend onderzoek"),
        ("p", "Echografie pols rechts (12-01-2026): dorsaal ganglion 14 mm uitgaand van het SL-ligament.\n"
              "MRI pols rechts (04-02-2026): lobulair ganglion dorsaal, geen aanwijzingen voor SL-ruptuur of "
              "occult ganglion elders."),
        ("h", "Conclusie"),
        ("p", "Recidief dorsaal polsganglion rechts, klachten passend."),
        ("h", "Beleid"),
        ("p", "Wij bespraken de mogelijkheden: afwachten (spontane regressie is mogelijk), herhaalde aspiratie "
              "of een operatieve excisie, eventueel artroscopisch. Een operatie is besproken, inclusief de kans op "
              "recidief en stijfheid. Patiënte wil hierover eerst nadenken en overweegt een second opinion; zij "
              "neemt zelf contact met ons op. Wij hebben geen vervolgafspraak gemaakt."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["drs. L.A. Smeets", "plastisch chirurg", "",
                 "Dit document is elektronisch geautoriseerd en daarom niet ondertekend."]),
        ("small", "cc: patiënte; dr. R. Bakker, orthopedisch chirurg, Amstelrand Ziekenhuis"),
    ],
    label=dict(kinds=["correspondence"], date="2026-02-09", author="specialist", language="nl",
               style="HiX outpatient letter, logo as image, letterhead and meta block in columns, print date footer",
               imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
               notes="Letterhead hospital name is an image (logo); as text it appears only in the footer and cc line. "
                     "Meta fields (Datum) in the right column; printdatum in footer differs from letter date. Operation only discussed; aspiration "
                     "is not an operation."),
))

# ------------------------------------------------------------------ tz-005
DOCS.append(dict(
    id=5, fmt="pdf",
    opts=dict(font="sans", size=9.5, footer="IJsselhof Medisch Centrum - Radiologie - verslag {page}/{pages}"),
    blocks=[
        ("lh", ["IJsselhof Medisch Centrum", "Afdeling Radiologie en Nucleaire Geneeskunde",
                "Dokter van Heesweg 2, 8025 AB Zwolle"],
         ["Tel. 038 - 999 2800", "Secretariaat radiologie, toestel 4410"]),
        ("title", "RADIOLOGISCH ONDERZOEK"),
        ("fields", [("Patiënt", "B. Hendriks (M)"), ("Geboren", "30-04-1985"),
                    ("Patiëntnummer", "IJ-4417730"), ("Onderzoeknr.", "MR26-011852"),
                    ("Aanvrager", "dr. M. Oudkerk, orthopedisch chirurg\nOrthopedie"),
                    ("Afdeling", "Polikliniek Orthopedie"),
                    ("Onderzoek", "MRI pols rechts"), ("Datum onderzoek", "17-03-2026"),
                    ("Datum verslag", "18-03-2026"), ("Status", "Definitief")], 2),
        ("h", "Klinische gegevens"),
        ("p", "Status na plaatosteosynthese distale radius rechts (2024). Aanhoudende ulnaire polspijn bij "
              "rotatie. Vraagstelling: TFCC-letsel? Ulnocarpaal impingement?"),
        ("h", "Verslag"),
        ("p", "Vergelijking met röntgenfoto's pols rechts d.d. 02-02-2026. Status na volaire plaatosteosynthese "
              "van de distale radius met lokale susceptibiliteitsartefacten, de beoordeelbaarheid van het "
              "radiocarpale gewricht is hierdoor beperkt. Geconsolideerde fractuur. Positieve ulnaire variantie "
              "van circa 2 mm. Perifere scheur van de foveale insertie van het TFCC met vochtsignaal (Palmer 1B). "
              "Geringe subchondrale oedeemvorming in het proximale ulnaire deel van het os lunatum, passend bij "
              "beginnend ulnocarpaal impingement. Distaal radio-ulnair gewricht congruent. Geen avasculaire "
              "necrose. Pezen van het eerste tot zesde strekpeescompartiment intact."),
        ("h", "Conclusie"),
        ("p", "1. Perifere TFCC-laesie (Palmer 1B).\n2. Positieve ulnaire variantie met beginnend ulnocarpaal "
              "impingement (oedeem lunatum).\n3. Geconsolideerde distale radiusfractuur na osteosynthese."),
        ("sig", ["R.J.M. Wouters, radioloog", "Elektronisch geautoriseerd op 18-03-2026 11:02"]),
    ],
    label=dict(kinds=["imaging-report"], date="2026-03-18", also_dates=["2026-03-17"], author="radiologist",
               language="nl", style="radiology report with title, two-column label/value header",
               imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="Aanvrager is an orthopaedic surgeon and 'Vraagstelling' is the radiology question, not a "
                     "referral. Operated only stated in clinical data ('Status na plaatosteosynthese'). Exam and "
                     "report dates differ."),
))

# ------------------------------------------------------------------ tz-006
DOCS.append(dict(
    id=6, fmt="pdf",
    opts=dict(font="sans", size=9.5, form_grid=True,
              footer="Maasoever Ziekenhuis Venlo  |  OK-verslag  |  Afdruk 23-10-2025  |  blad {page} van {pages}"),
    blocks=[
        ("lh", ["Maasoever Ziekenhuis", "Operatiekamercomplex / Orthopedie", "Tegelseweg 990, 5912 BL Venlo"],
         ["T 077 - 999 6000", "Patiëntsticker:", "PEETERS, H.G.  V  11-02-1957", "Pat.nr 3318840"]),
        ("title", "OPERATIEVERSLAG"),
        ("fields", [
            ("Datum operatie", "22-10-2025"),
            ("Operateur", "dr. F.K. Janssen, orthopedisch chirurg"),
            ("Assistent", "A. Römer, AIOS orthopedie"),
            ("Anesthesie", "Plexusblokkade (axillair) + sedatie"),
            ("Anesthesioloog", "dr. M. Claassen"),
            ("Indicatie", "Gedisloceerde intra-articulaire distale radiusfractuur links (AO 23-C1) na val van "
                          "de trap d.d. 18-10-2025. X-pols links 18-10-2025: dorsale kanteling 25 graden, "
                          "radiale verkorting 4 mm."),
            ("Ingreep", "Open repositie en interne fixatie met volaire hoekstabiele plaat (2.4 mm), links"),
            ("Verloop / beschrijving", "Rugligging, arm op handtafel, bloedleegte bovenarm 250 mmHg. Gemodificeerde "
             "Henry-benadering. M. pronator quadratus losgemaakt. Fractuur gereponeerd onder direct zicht, "
             "tijdelijk gefixeerd met K-draad. Plaatsen van volaire plaat, distaal 6 hoekstabiele schroeven, "
             "proximaal 3 corticale schroeven. Doorlichting: goede stand, geen intra-articulaire schroeven, "
             "herstel van de volaire kanteling. Pronator quadratus gereconstrueerd. Huid intracutaan gesloten."),
            ("Bloedleegtetijd", "58 minuten"),
            ("Complicaties", "Geen"),
            ("PA / kweken", "Niet van toepassing"),
            ("Nabehandeling", "Drukverband en onderarmspalk, hoogleggen. Controle gipskamer na 1 week. Start "
                              "handtherapie na 2 weken. Controle X-pols na 6 weken."),
        ]),
        ("sig", ["Gedicteerd: F.K. Janssen, 22-10-2025", "Uitgewerkt: 23-10-2025 (medisch secretaresse JvdL)"]),
    ],
    label=dict(kinds=["operation-report"], date="2025-10-22", also_dates=["2025-10-23"], author="specialist",
               language="nl", style="operation report form, label/value grid, patient sticker in letterhead",
               imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="Form without salutation; operation date vs typed date. Imaging: pre-operative X-ray in "
                     "Indicatie (and intraoperative fluoroscopy)."),
))

# ------------------------------------------------------------------ tz-007
DOCS.append(dict(
    id=7, fmt="pdf",
    opts=dict(font="cond", size=9,
              footer="Dit is een elektronisch gevalideerde uitslag. Rapportagedatum 12-03-2026 16:40. Pagina {page}/{pages}"),
    blocks=[
        ("lh", ["Microbiologisch Laboratorium Rijn en Duin", "Medische Microbiologie en Infectiepreventie",
                "Wassenaarseweg 990, 2333 AL Leiden"],
         ["Tel. 071 - 999 1200 (uitslagen)", "Labnummer: 26-M-0099231",
          "Status: DEFINITIEVE UITSLAG"]),
        ("fields", [("Patiënt", "Mw. A.C. Verhagen"), ("Geboortedatum", "17-05-1949"),
                    ("BSN", "999990871"), ("Aanvrager", "dr. P. de Groot, huisarts, Leiden"),
                    ("Afnamedatum", "09-03-2026"), ("Ontvangstdatum", "10-03-2026"),
                    ("Uitslagdatum", "12-03-2026"), ("Kopie aan", "Handkliniek Zuid")], 2),
        ("fields", [("Klinische gegevens", "MRSA-screening i.v.m. opname in ziekenhuis buitenland "
                                           "(Spanje, februari 2026), verwijzing handkliniek")]),
        ("title", "MRSA-screening"),
        ("table", [["Materiaal", "Bepaling", "Uitslag", "Methode"],
                   ["Neus", "MRSA-kweek", "MRSA niet aangetoond", "selectieve ophoogkweek"],
                   ["Keel", "MRSA-kweek", "MRSA niet aangetoond", "selectieve ophoogkweek"],
                   ["Perineum", "MRSA-kweek", "MRSA niet aangetoond", "selectieve ophoogkweek"]]),
        ("p", "Conclusie: MRSA niet aangetoond in de ingezonden materialen."),
        ("sig", ["Gevalideerd door: dr. K. Ammerlaan, arts-microbioloog", "12-03-2026"]),
    ],
    label=dict(kinds=["mrsa-screening"], date="2026-03-12", also_dates=["2026-03-09"], author="lab", language="nl",
               style="microbiology lab result sheet with result table",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
               notes="Table layout; sampling, receipt and report dates; abroad admission stated only in the "
                     "Klinische gegevens field."),
))

# ------------------------------------------------------------------ tz-008
DOCS.append(dict(
    id=8, fmt="docx",
    opts=dict(font="sans", size=10,
              footer="North Wessex Hospitals NHS Foundation Trust - Hand and Upper Limb Unit - Page {page} of {pages}"),
    blocks=[
        ("lh", ["North Wessex Hospitals NHS Foundation Trust", "Hand and Upper Limb Unit",
                "Royal Downs Hospital", "Kingsbridge Road, Salisbury SP9 9ZZ"],
         ["Consultant: Mr Daniel Okafor FRCS (Tr&Orth)", "Secretary: 01722 990 412",
          "Clinic date: 14/01/2026", "Date typed: 19/01/2026"]),
        ("p", "Dr A. Patel\nMeadowbank Surgery\n22 Meadow Lane\nSalisbury SP1 9ZZ"),
        ("p", "Date: 19 January 2026"),
        ("p", "Dear Dr Patel,"),
        ("p", "Re: Mrs Helen Margaret CARVER, DOB 02/06/1969\nNHS No. 999 000 4417   Hospital No. RDH7712093"),
        ("p", "Diagnosis:\n1. Recurrent triggering, right ring finger, following A1 pulley release (March 2023)\n"
              "2. Early basal thumb osteoarthritis, right"),
        ("p", "Plan:\n1. Ultrasound-guided steroid injection, right ring finger flexor sheath\n"
              "2. Thumb splint provided by hand therapy\n3. Review in 8 weeks"),
        ("p", "I reviewed Mrs Carver in the hand clinic today. As you know she underwent a right ring finger "
              "trigger finger release here in March 2023, which was uncomplicated. Over the last four months she "
              "has noticed painful clicking at the base of the same finger again, worse in the mornings. She also "
              "describes aching at the base of the thumb when opening jars."),
        ("p", "On examination there is a tender nodule at the A2 level with reproducible triggering. The "
              "scar is well healed. Grind test is mildly positive on the right."),
        ("p", "Radiographs of the right hand taken in clinic today show early degenerative change at the "
              "trapeziometacarpal joint with no other bony abnormality."),
        ("p", "She tells me she is relocating to the Netherlands in the spring with her husband's work, and she "
              "would like a copy of her records to take with her. I have explained that the injection can be "
              "done before she leaves. Should the triggering persist, a revision release could be considered, "
              "which she may prefer to have done locally in the Netherlands."),
        ("p", "Yours sincerely,"),
        ("sig", ["Mr D. Okafor", "Consultant Hand Surgeon", "Dictated but not checked"]),
        ("small", "cc: Mrs H. M. Carver (patient), 5 Elm Close, Salisbury"),
    ],
    label=dict(kinds=["correspondence"], date="2026-01-19", also_dates=["2026-01-14"], author="specialist",
               language="en", style="UK NHS clinic letter, Diagnosis/Plan headings, dictated-not-checked",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Treatment abroad follows from the letterhead (NHS trust) and 'here' in 'release here in March "
                     "2023'; relocation to NL is not care abroad. Clinic date vs typed date. Revision release only "
                     "a possibility."),
))

# ------------------------------------------------------------------ tz-009
DOCS.append(dict(
    id=9, fmt="pdf",
    opts=dict(font="sans", size=9.5, form_grid=True,
              header="St Aldhelm's University Hospitals NHS Trust      OPERATION NOTE      Printed 04/11/2025 16:45",
              footer="Patient: FOSTER, Rachel   NHS 999 000 7731   Page {page} of {pages}"),
    blocks=[
        ("lh", ["St Aldhelm's University Hospitals NHS Trust", "Day Surgery Unit - Theatre 3",
                "Abbey Road, Sherborne DT9 9ZZ"],
         ["Name: FOSTER, Rachel Louise", "DOB: 17/09/1982", "NHS number: 999 000 7731",
          "MRN: SAH0448291"]),
        ("title", "Operation Note"),
        ("fields", [
            ("Date of operation", "04/11/2025"),
            ("Surgeon", "Ms R. Achterberg, Consultant Hand Surgeon"),
            ("Assistant", "Dr J. Bell (CT2)"),
            ("Anaesthetist", "None - WALANT"),
            ("Anaesthetic", "Wide-awake local anaesthesia, 1% lidocaine with 1:200,000 adrenaline, 15 ml"),
            ("Tourniquet", "None"),
            ("Procedure", "Right open carpal tunnel decompression"),
            ("Indication", "Right carpal tunnel syndrome, severe on nerve conduction studies (08/2025), failed "
                           "splinting and steroid injection"),
            ("Findings", "Thickened transverse carpal ligament, hourglass constriction of median nerve, "
                         "motor branch extraligamentous, no space-occupying lesion"),
            ("Procedure details", "Longitudinal incision in line with radial border of ring finger. Palmar "
             "fascia divided. TCL divided under direct vision from distal forearm fascia to fat pad distally. "
             "Nerve inspected, no neurolysis. Haemostasis."),
            ("Closure", "4/0 nylon interrupted, Mepore and wool/crepe"),
            ("Complications", "None"),
            ("Post-op instructions", "Elevate; keep dressing dry and intact. Removal of sutures at GP surgery "
                                     "at 10-14 days. Referral to hand therapy. Follow-up: patient-initiated."),
            ("VTE prophylaxis", "Not required"),
        ]),
        ("sig", ["Electronically signed by R. Achterberg (Consultant) 04/11/2025 16:41"]),
    ],
    label=dict(kinds=["operation-report"], date="2025-11-04", author="specialist", language="en",
               style="UK operation note form, label/value grid, header and footer on page",
               imaging_done="unmentioned", operated="yes", treated_abroad="yes",
               notes="English form from a UK trust (care abroad only via letterhead); dd/mm dates; nerve conduction "
                     "study is not imaging."),
))

# ------------------------------------------------------------------ tz-010
DOCS.append(dict(
    id=10, fmt="pdf",
    opts=dict(font="serif", size=9.5,
              footer="Klinikum Niederrhein Kleve gGmbH  ·  Albersallee 40  ·  47533 Kleve  ·  Amtsgericht Kleve HRB 99999\nSeite {page} von {pages}"),
    blocks=[
        ("lh", ["Klinikum Niederrhein Kleve", "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie",
                "Chefarzt Prof. Dr. med. T. Brandhorst"],
         ["Albersallee 40, 47533 Kleve", "Tel. +49 2821 999-0", "Sekretariat +49 2821 999-3120",
          "handchirurgie@kn-kleve.test"]),
        ("addr", ["Huisartsenpraktijk Zevenheuvelen", "Herrn G. Arts (huisarts)", "Postweg 3",
                  "NL-6561 KB Groesbeek", "NIEDERLANDE"],
         [("Datum", "02.12.2025"), ("Unser Zeichen", "Bh/wi"), ("Fall-Nr.", "25-118832")]),
        ("title", "Entlassungsbrief"),
        ("p", "Sehr geehrter Herr Kollege Arts,"),
        ("p", "wir berichten über Ihren Patienten Herrn Pieter Jan Lammers, geb. 08.05.1974, wohnhaft in "
              "Groesbeek, der sich vom 24.11.2025 bis 26.11.2025 in unserer stationären Behandlung befand."),
        ("h", "Diagnosen"),
        ("p", "Durchtrennung der tiefen und oberflächlichen Beugesehne Dig. III rechts, Zone II, mit "
              "Teildurchtrennung des ulnaren Fingernerven nach Schnittverletzung (Glas) am 23.11.2025"),
        ("h", "Therapie"),
        ("p", "Beugesehnennaht (FDP und FDS), epineurale Nervennaht am 24.11.2025"),
        ("h", "Operationsbericht"),
        ("fields", [("OP-Datum", "24.11.2025"), ("Operateurin", "Dr. med. S. Wiegand, Oberärztin"),
                    ("Assistenz", "M. Yilmaz, Assistenzarzt"), ("Anästhesie", "Axilläre Plexusanästhesie"),
                    ("Blutsperre", "250 mmHg, 72 min")]),
        ("p", "Bruner-Zickzack-Erweiterung der Schnittwunde palmar über dem Grundglied Dig. III rechts. "
              "Darstellung der retrahierten Sehnenstümpfe, Rückführung der proximalen Stümpfe durch den A2-Ringband. "
              "Naht der FDP-Sehne in 4-Strang-Technik (Adelaide) mit 3-0 Fiberwire und epitendinöser Ringnaht 6-0, "
              "Naht der FDS-Sehne (beide Zügel). Epineurale Naht des ulnaren Digitalnerven mit 9-0 Nylon unter "
              "Lupenbrillenvergrößerung. Prüfung des Gleitverhaltens: freies Gleiten ohne Anstoßen am A2. "
              "Hautverschluss, dorsale Unterarmschiene in Intrinsic-plus-Stellung."),
        ("h", "Befunde"),
        ("p", "Röntgen rechte Hand in 2 Ebenen vom 23.11.2025: kein röntgendichter Fremdkörper, keine knöcherne "
              "Verletzung."),
        ("h", "Verlauf"),
        ("p", "Komplikationsloser postoperativer Verlauf. Schmerzkontrolle mit Metamizol. Die Wunde war bei "
              "Entlassung reizlos. Der Patient wurde in die frühfunktionelle Nachbehandlung eingewiesen."),
        ("h", "Procedere"),
        ("p", "Nachbehandlung nach modifiziertem Kleinert-Schema für 6 Wochen, Handtherapie wohnortnah in den "
              "Niederlanden. Fadenzug am 12. postoperativen Tag. Arbeitsunfähigkeit voraussichtlich 10-12 Wochen."),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("sig", ["Prof. Dr. med. T. Brandhorst, Chefarzt", "Dr. med. S. Wiegand, Oberärztin"]),
    ],
    label=dict(kinds=["correspondence", "operation-report"], date="2025-12-02", author="specialist", language="de",
               style="German Entlassungsbrief with embedded Operationsbericht section, addressee and meta in columns",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="German discharge letter to a Dutch GP that contains a full operation description "
                     "(date, operator, procedure) and is therefore also an operation report. Date only as "
                     "'Datum 02.12.2025' in the right column; admission dates in text."),
))

# ------------------------------------------------------------------ tz-011
TXT11 = """From: Sanne Visser-Hughes <sanne.vh@mailbox.test>
To: intake@handkliniek-zuid.test
Date: Sun, 15 Mar 2026 21:47:12 +0100
Subject: Second opinion wrist - request / vraag
Attachments: MRI_report_JBJC.pdf, IMG_2231.jpg, IMG_2232.jpg

Dear intake team,

I am writing to ask whether I could get a second opinion at your clinic for my left wrist. Sorry
for writing in English: I lived in Dubai for nine years and my medical Dutch is rusty.

Last October I fell during a padel match and landed on my left hand. The pain never went away. In
November I had an MRI at the Jumeirah Bone & Joint Clinic in Dubai, which showed a tear of the
scapholunate ligament. The surgeon there recommended a ligament reconstruction fairly quickly.
I have never had surgery on my wrist (or anywhere else, apart from wisdom teeth) and I would like
to be sure that this is really necessary before I agree to an operation.

We moved back to Utrecht in January. My new GP, dr. Verbeek, has said he will send a referral
through ZorgDomein this week. I have attached the MRI report and two photos of my wrist.

Could you let me know what else you need from me? I can bring the MRI disc to the appointment.

Kind regards,
Sanne Visser-Hughes
date of birth 02-10-1987
06-99994471
"""
DOCS.append(dict(
    id=11, fmt="txt", text=TXT11,
    label=dict(kinds=[], date="2026-03-15", author="patient", language="en",
               style="patient e-mail with headers and attachment list",
               imaging_done="yes", operated="no", treated_abroad="yes",
               notes="Patient's own request for a second opinion: not a referral. MRI at a clinic in Dubai is "
                     "care abroad told by the patient; 'never had surgery on my wrist' is a negation; "
                     "reconstruction only recommended. Attachment list mentions a report that is not this document."),
))

# ------------------------------------------------------------------ tz-012
DOCS.append(dict(
    id=12, fmt="docx",
    opts=dict(font="sans", size=10, footer="Hand Therapy Service - St Aldhelm's University Hospitals NHS Trust"),
    blocks=[
        ("lh", ["St Aldhelm's University Hospitals NHS Trust", "Therapy Services - Hand Therapy",
                "Abbey Road, Sherborne DT9 9ZZ"],
         ["Tel 01935 990 233", "handtherapy@staldhelms.nhs.test"]),
        ("title", "Hand Therapy Discharge Report"),
        ("fields", [("Patient", "Rachel Louise FOSTER"), ("DOB", "17/09/1982"),
                    ("NHS No", "999 000 7731"), ("Date", "12 December 2025"),
                    ("Referred by", "Ms R. Achterberg, Consultant Hand Surgeon"),
                    ("Diagnosis", "Right open carpal tunnel decompression 04/11/2025")]),
        ("h", "Summary of treatment"),
        ("p", "Rachel attended 5 sessions between 18/11/2025 and 09/12/2025. Treatment comprised wound care "
              "advice, scar massage and silicone gel, desensitisation, nerve and tendon gliding exercises and "
              "graded strengthening."),
        ("h", "Outcome"),
        ("p", "Scar well healed, mild pillar pain on weight bearing through the palm. Night symptoms resolved. "
              "Grip strength (Jamar, position 2): right 22 kg, left 29 kg. QuickDASH improved from 52 to 20."),
        ("h", "Plan"),
        ("p", "Discharged with a home exercise programme. Rachel informs us that she is moving to Rotterdam in "
              "January 2026 and will register with a Dutch GP. Copies of her notes have been given to her."),
        ("sig", ["Laura Finch", "Clinical Specialist Hand Therapist (OT)", "HCPC OT99421"]),
        ("small", "cc: Ms R. Achterberg; Dr K. Moss, Abbey View Surgery"),
    ],
    label=dict(kinds=[], date="2025-12-12", author="other", language="en",
               style="UK hand therapy discharge report (Word), label/value table",
               imaging_done="unmentioned", operated="yes", treated_abroad="yes",
               notes="Hand-therapy letter from a hospital therapy service is not specialist correspondence. "
                     "Operation and therapy both in a UK hospital; move to Rotterdam is not care abroad."),
))

# ------------------------------------------------------------------ tz-013
DOCS.append(dict(
    id=13, fmt="pdf",
    opts=dict(font="mono", size=9, footer="Harbourside Pharmacy  GPhC 9912345  printed 02/02/2026 10:31  page {page}/{pages}"),
    blocks=[
        ("lhc", ["Harbourside Pharmacy", "14 Quay Street, Falmouth TR11 9ZZ  -  01326 990 118"]),
        ("title", "Patient Medication Record"),
        ("fields", [("Patient", "Mr Thomas BRENNAN"), ("DOB", "29/01/1971"),
                    ("NHS No", "999 000 5529"), ("Nominated GP", "Harbour Surgery, Falmouth")], 2),
        ("table", [["Medicine", "Dose / directions", "Qty", "Last issued", "Prescriber"],
                   ["Naproxen 500 mg tablets", "1 twice daily with food", "56", "20/01/2026", "Dr S. Lamb"],
                   ["Omeprazole 20 mg capsules", "1 daily", "28", "20/01/2026", "Dr S. Lamb"],
                   ["Amitriptyline 10 mg tablets", "1-2 at night", "56", "05/12/2025", "Dr S. Lamb"],
                   ["Levothyroxine 75 microgram tablets", "1 daily in the morning", "56", "20/01/2026", "Dr S. Lamb"],
                   ["Co-codamol 8/500 mg tablets", "2 up to four times daily when required", "32", "11/11/2025", "Dr S. Lamb"]]),
        ("p", "Allergies / sensitivities: none recorded.\nThis record lists items dispensed by this pharmacy only."),
    ],
    label=dict(kinds=[], date="2026-02-02", author="other", language="en",
               style="UK pharmacy medication record, table, monospaced",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="Completely silent on the three facts; pharmacy overview is no kind. Only a print date."),
))

# ------------------------------------------------------------------ tz-014
TXT14 = """North Wessex Hospitals NHS Foundation Trust
Radiology Appointments Office
Royal Downs Hospital, Kingsbridge Road, Salisbury SP9 9ZZ
Telephone: 01722 990 650 (Mon-Fri 8am-5pm)

Date: 26 February 2026
Our ref: RAD/MRI/229104

PRIVATE & CONFIDENTIAL
Mr Thomas Brennan
4 Harbour Terrace
Falmouth TR11 9ZZ

NHS Number: 999 000 5529

Dear Mr Brennan,

Following your appointment with Mr Okafor in the Hand Clinic on 10 February 2026, you have been
booked for an MRI scan of your left wrist.

    Date:      Monday 23 March 2026
    Time:      08:40 (please arrive 15 minutes early)
    Location:  MRI Unit, Level 1, Royal Downs Hospital

Please complete the enclosed safety questionnaire before you attend. If you have a pacemaker, any
metal implants or have ever worked with metal, contact us before your appointment. The scan takes
about 30 minutes. You can eat and drink normally.

If you cannot attend, or if you will be away or abroad on this date, please let us know as soon as
possible so that the appointment can be offered to another patient.

Yours sincerely,

Radiology Appointments Team
"""
DOCS.append(dict(
    id=14, fmt="txt", text=TXT14,
    label=dict(kinds=[], date="2026-02-26", author="other", language="en",
               style="UK hospital appointment letter (plain text)",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
               notes="MRI is only booked (future): imaging not done. The patient was seen in a UK hospital hand "
                     "clinic (care abroad) only implied by 'Following your appointment with Mr Okafor'. "
                     "'away or abroad' is boilerplate."),
))

# ------------------------------------------------------------------ tz-015
DOCS.append(dict(
    id=15, fmt="docx",
    opts=dict(font="serif", size=10.5,
              footer="AZ Duinenzee vzw - Campus Oostende - Nieuwpoortsesteenweg 999, 8400 Oostende - ondernemingsnr. 0999.999.999"),
    blocks=[
        ("lh", ["AZ Duinenzee", "Campus Oostende", "Dienst Orthopedie en Traumatologie - Handchirurgie"],
         ["Nieuwpoortsesteenweg 999, 8400 Oostende", "tel. +32 59 99 12 00", "raadpleging +32 59 99 12 45"]),
        ("p", "Dokter W. de Kraker\nHuisarts\nNieuwstraat 8\n4524 CL Sluis\nNederland"),
        ("p", "Oostende, 27 januari 2026"),
        ("p", "Betreft: Mevrouw Ilse VERMEULEN (° 12/10/1966)\nRaadpleging van 22/01/2026"),
        ("p", "Geachte collega, beste Willem,"),
        ("p", "Uw patiënte werd gezien op de raadpleging handchirurgie voor pijn aan de basis van de rechterduim "
              "sinds ongeveer één jaar, toenemend bij het openen van potten en bij het schrijven. Zij werkt als "
              "administratief bediende."),
        ("h", "Klinisch onderzoek"),
        ("p", "Lichte zwelling thv het trapeziometacarpaal gewricht rechts, positieve grind-test, geen "
              "hyperextensie van het MCP-gewricht. Sensibiliteit normaal, Tinel en Phalen negatief."),
        ("h", "Technische onderzoeken"),
        ("p", "RX rechterhand (22/01/2026): artrose van het trapeziometacarpaal gewricht, Eaton-Littler graad "
              "III, STT-gewricht gespaard."),
        ("h", "Besluit"),
        ("p", "Rizartrose rechts, graad III."),
        ("h", "Voorstel"),
        ("p", "Mevrouw heeft tot op heden geen heelkundige ingreep aan de hand gehad. Wij stelden een infiltratie "
              "voor, die tijdens de raadpleging werd uitgevoerd, en een duimspalk op maat via de ergotherapie. "
              "Bij onvoldoende resultaat na drie maanden kan een trapeziectomie met ligamentplastie besproken "
              "worden. Controle op de raadpleging binnen drie maanden."),
        ("p", "Met collegiale groeten,"),
        ("sig", ["Dr. Koen Vanhaecke", "Orthopedisch chirurg", "RIZIV 1-99999-01-999"]),
    ],
    label=dict(kinds=["correspondence"], date="2026-01-27", author="specialist", language="nl",
               style="Belgian (Flemish) consultation letter, 'raadpleging', 'Besluit', ° birth date",
               imaging_done="yes", operated="no", treated_abroad="yes",
               notes="Flemish vocabulary (raadpleging, heelkundige ingreep, Besluit, RX); birth date after '°'; "
                     "Belgian hospital letter to a Dutch GP: care abroad follows from the writer. Negation "
                     "'geen heelkundige ingreep'; trapeziectomie only a future option. Consultation date differs "
                     "from letter date."),
))

# ------------------------------------------------------------------ tz-016
DOCS.append(dict(
    id=16, fmt="pdf",
    opts=dict(font="sans", size=9.5, footer="UZ Scheldeland - Medische Beeldvorming - verslag gevalideerd - p. {page}/{pages}"),
    blocks=[
        ("lh", ["UZ Scheldeland", "Dienst Medische Beeldvorming", "Campus Kruidtuin"],
         ["Kruidtuinlaan 999, 9000 Gent", "+32 9 999 30 00", "RIZIV-nr dienst 9-99999-99"]),
        ("title", "Verslag"),
        ("fields", [("Patiënt", "JANSSENS Marc"), ("Geboortedatum", "° 03/03/1958"),
                    ("Aanvragende arts", "Dr. An Peeters (Orthopedie)"), ("Onderzoek", "CT rechterpols"),
                    ("Datum onderzoek", "06/02/2026"), ("Dossiernr.", "UZS-88120441")], 2),
        ("h", "Klinische inlichtingen"),
        ("p", "Pijn in de tabatière na val op de rechterhand op 30/01/2026. RX negatief. Scafoïdfractuur?"),
        ("h", "Bevindingen"),
        ("p", "Fijne, niet-verplaatste fractuurlijn doorheen de taille van het scafoïd, zonder comminutie of "
              "humpback-deformiteit. Geen bijkomende carpale fracturen. Distale radius en ulna intact. Normale "
              "carpale uitlijning, geen DISI. Weke delen zwelling aan de radiale zijde."),
        ("h", "Besluit"),
        ("p", "Niet-verplaatste taillefractuur van het scafoïd rechts."),
        ("sig", ["Dr. Pieter De Smedt, radioloog", "Gevalideerd op 06/02/2026 om 15u12"]),
    ],
    label=dict(kinds=["imaging-report"], date="2026-02-06", author="radiologist", language="nl",
               style="Belgian radiology report, title 'Verslag', 'Besluit' as conclusion",
               imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="Flemish radiology report ('Besluit', '°', '15u12'); generic title 'Verslag'; care abroad "
                     "follows only from the Belgian hospital letterhead."),
))
