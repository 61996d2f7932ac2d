# ts-017 .. ts-032
# All patients, practices, doctors and hospitals are invented.

DOCS = []

# ---------------------------------------------------------------------------------------- ts-017
DOCS.append(dict(
    stem="ts-017", fmt="docx",
    spec=dict(
        docx_font="Verdana", size=9,
        header_lines=["Apotheek Zuiderpoort  ·  Zuiderstraat 9  ·  8911 HP Leeuwarden  ·  058-2121212",
                      "apotheker: mw. drs. T. Hiemstra"],
        footer="Dit overzicht is aangemaakt op 03-11-2026 om 11:20 en geeft de medicatie weer die via deze "
               "apotheek is verstrekt.  Pagina {page}",
        blocks=[
            ("title", "Actueel medicatieoverzicht"),
            ("kv", [("Naam", "dhr. S. (Sjoerd) Bouma"), ("Geboortedatum", "01-11-1952"),
                    ("Adres", "Tweebaksmarkt 30, 8911 KZ Leeuwarden"),
                    ("Huisarts", "M. de Jong, Gezondheidscentrum Camminghaburen")], {"lw": 0.25}),
            ("table", [["Start", "Geneesmiddel", "Gebruik", "Voorschrijver", "Laatste uitgifte"],
                       ["14-02-2019", "METHOTREXAAT TABLET 2,5MG", "1x per week 6 tabletten (vrijdag)",
                        "J. Zijlstra, reumatoloog", "20-10-2026"],
                       ["14-02-2019", "FOLIUMZUUR TABLET 5MG", "1x per week 1 tablet (zaterdag)",
                        "J. Zijlstra, reumatoloog", "20-10-2026"],
                       ["03-06-2023", "METOPROLOLSUCCINAAT TABLET MGA 50MG", "1 x per dag 1 tablet",
                        "M. de Jong, huisarts", "02-10-2026"],
                       ["03-06-2023", "ACETYLSALICYLZUUR TABLET 80MG", "1 x per dag 1 tablet",
                        "M. de Jong, huisarts", "02-10-2026"],
                       ["11-09-2026", "CELECOXIB CAPSULE 200MG", "zo nodig 1 x per dag 1 capsule",
                        "R. Tuinstra, plastisch chirurg", "11-09-2026"],
                       ["11-09-2026", "PANTOPRAZOL TABLET MSR 20MG", "1 x per dag 1 tablet bij celecoxib",
                        "R. Tuinstra, plastisch chirurg", "11-09-2026"]],
             {"header": True}),
            ("h", "Contra-indicaties en overgevoeligheden"),
            ("table", [["Soort", "Omschrijving", "Vastgelegd"],
                       ["Overgevoeligheid", "Penicillines (huiduitslag)", "1998"],
                       ["Contra-indicatie", "Verminderde nierfunctie (eGFR 52)", "04-2026"]]),
            ("small", "Gestopt in de afgelopen 6 maanden: PREDNISOLON TABLET 5MG (kuur, 02-05-2026 t/m 16-05-2026, "
                      "reumatoloog)."),
            ("p", "Controleer of dit overzicht klopt met wat u werkelijk gebruikt. Neem bij vragen contact op met uw "
                  "apotheek."),
        ]),
    label=dict(kinds=[], date="2026-11-03", author="other", language="nl",
               style="pharmacy medication overview (table in DOCX)",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="Pharmacy overview: no kind. Date only in the footer 'aangemaakt op 03-11-2026'; birth date "
                     "01-11-1952 two days earlier. Specialist names (plastisch chirurg, reumatoloog) appear as "
                     "prescribers only."),
))

# ---------------------------------------------------------------------------------------- ts-018
DOCS.append(dict(
    stem="ts-018", fmt="pdf",
    spec=dict(
        size=9, font="Helvetica",
        logo="Diagnostisch Centrum Eemland",
        logo_color="#8b0000",
        header_lines=["Klinisch Chemisch Laboratorium  ·  Utrechtseweg 160  ·  3818 ES Amersfoort  ·  033-4609000"],
        footer="DC Eemland - KCL - uitslagen zijn gevalideerd - blad {page}/{pages}",
        blocks=[
            ("cols", ["Aanvrager: C. Brinkman, huisarts", "Huisartsenpraktijk Schothorst",
                      "Kopie: -"],
                     ["Patiënt: mw. H.E. Lageveen", "Geb.: 09-09-1971", "Labnr: 260907-0192",
                      "Afname: 07-09-2026 08:34", "Rapport: 08-09-2026 15:11"]),
            ("title", "Laboratoriumuitslagen"),
            ("table", [["Bepaling", "Uitslag", "Eenheid", "Referentie", ""],
                       ["Hemoglobine", "8.1", "mmol/L", "7.5 - 10.0", ""],
                       ["Leukocyten", "7.9", "10^9/L", "4.0 - 10.0", ""],
                       ["Trombocyten", "412", "10^9/L", "150 - 400", "H"],
                       ["BSE", "34", "mm/uur", "< 20", "H"],
                       ["CRP", "18", "mg/L", "< 10", "H"],
                       ["Reumafactor (IgM)", "42", "kU/L", "< 15", "H"],
                       ["Anti-CCP", "> 340", "U/mL", "< 7", "H"],
                       ["Urinezuur", "0.29", "mmol/L", "0.15 - 0.35", ""],
                       ["TSH", "2.1", "mU/L", "0.3 - 4.8", ""],
                       ["Glucose (nuchter)", "5.4", "mmol/L", "4.0 - 6.1", ""]],
             {"cw": [0.32, 0.14, 0.14, 0.28, 0.12]}),
            ("kv", [("Opmerking", "Anti-CCP sterk positief, passend bij reumatoïde artritis. "
                                  "Bacteriologische kweken (o.a. MRSA-screening) worden apart gerapporteerd door "
                                  "het microbiologisch laboratorium.")], {"lw": 0.18}),
            ("p", "Klinisch chemicus: dr. R.P. van Os"),
        ]),
    label=dict(kinds=[], date="2026-09-08", also_dates=["2026-09-07"], author="lab", language="nl",
               style="GP lab (clinical chemistry) result table",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="Lab result that is not an MRSA screening -> no kind; mentions MRSA-screening is reported "
                     "separately (trap). Birth date 09-09-1971 between the sample and report dates."),
))

# ---------------------------------------------------------------------------------------- ts-019
DOCS.append(dict(
    stem="ts-019", fmt="txt",
    text="""Huisartspraktijk Kloosterveen
dokter R.A. Zandstra
Kloosterveen 14 9403 AA Assen   tel 0592-340340

                                                       assen 12-1-2026
aan de poli handchirurgie
handkliniek noord

verwijsbrief

betreft mevr. G. Dijkhuizen  geb 3-2-1966
            Bosrand 7 Assen

geachte collega,

mevr heeft al ruim een jaar een triggervinger dig 3 li. zij is 2x bij mij geinfiltreerd met
kenacort (maart en okt 2025), beide keren maar kort effect. nu weer elke ochtend op slot,
pijnlijk knobbeltje ter hoogte van A1. geen foto gemaakt, lijkt me ook niet nodig.

verder: DM2 (metformine), hypothyreoidie (thyrax), geen allergieen.

graag behandeling, svp operatie (ringbandkliving) want zij is het zat.

mvg

R. Zandstra, huisarts
""",
    label=dict(kinds=["referral"], date="2026-01-12", author="gp", language="nl",
               style="sloppy typed GP letter, lower case, no accents",
               referral_question=False, imaging_done="no", operated="unmentioned", treated_abroad="unmentioned",
               notes="Referral for treatment without any question ('graag behandeling, svp operatie') -> "
                     "referral_question false. Date '12-1-2026' without leading zero in a lower-case place line. "
                     "'geen foto gemaakt' negation. Operation requested, not done."),
))

# ---------------------------------------------------------------------------------------- ts-020
DOCS.append(dict(
    stem="ts-020", fmt="docx",
    spec=dict(
        docx_font="Calibri", size=10,
        header_lines=["Scheveningen International Medical Practice",
                      "Gevers Deynootweg 61  ·  2586 BK The Hague  ·  +31 70 555 1700  ·  AGB 01-099887"],
        footer="Patient Summary generated 02-10-2026 14:07 by Dr. E. Visser  ·  CONFIDENTIAL  ·  page {page}",
        blocks=[
            ("title", "Patient Summary"),
            ("kv", [("Patient", "Ms Isabel Ferreira Costa"), ("Date of birth", "29-09-1990"),
                    ("Address", "Badhuisweg 112, 2587 CL The Hague"),
                    ("GP", "Dr. E. Visser"), ("Language", "English / Portuguese")], {"lw": 0.25}),
            ("h", "Active problems"),
            ("table", [["Code", "Problem", "Since"],
                       ["L81", "Wrist injury right (scapholunate ligament injury suspected)", "14-06-2026"],
                       ["P76", "Depressive episode, in remission", "2023"],
                       ["A12", "Allergy: ibuprofen (urticaria)", "2015"]],
             {"cw": [0.12, 0.68, 0.2]}),
            ("h", "Past history"),
            ("table", [["Date", "Item"],
                       ["1995", "Tonsillectomy (Porto)"],
                       ["2018", "Laparoscopic cholecystectomy (The Hague)"]], {"cw": [0.2, 0.8]}),
            ("h", "Family history"),
            ("p", "Father: rheumatoid arthritis. Mother: hypothyroidism."),
            ("h", "Consultations (last 6 months)"),
            ("table", [["Date", "Note"],
                       ["14-06-2026", "Fell on outstretched right hand during a holiday in Lisbon. Seen at the "
                                      "emergency department of Hospital de Santa Clara, Lisbon: X-rays of the "
                                      "wrist, no fracture, splint for 3 weeks. Letter in Portuguese received."],
                       ["21-07-2026", "S: persistent pain dorsal wrist R, clicking. O: tender SL interval, Watson "
                                      "test painful. P: MRI wrist requested."],
                       ["18-08-2026", "MRI right wrist (MC Haaglanden-West): partial tear dorsal SL ligament, "
                                      "no DISI. Referred to plastic surgery."],
                       ["22-09-2026", "Letter plastic surgery received: conservative, hand therapy, no surgery "
                                      "at present. Patient wishes second opinion at hand clinic."],
                       ["02-10-2026", "Summary printed for second-opinion referral. Medication reviewed."]],
             {"cw": [0.16, 0.84]}),
            ("h", "Medication"),
            ("p", "Sertraline 50 mg once daily; paracetamol 1 g as needed."),
        ]),
    label=dict(kinds=["history"], date="2026-10-02", author="gp", language="en",
               style="expat GP 'Patient Summary' export with problem/consultation tables (DOCX)",
               imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="English GP summary from a Dutch practice. Only date is the footer print line and the last "
                     "journal entry. Birth date 29-09-1990 three days before. ED visit in Lisbon -> treated abroad; "
                     "tonsillectomy and cholecystectomy are other body parts; 'no surgery at present' is the plan "
                     "of the specialist, so operated unmentioned. Requests vs done MRI both present."),
))

# ---------------------------------------------------------------------------------------- ts-021
DOCS.append(dict(
    stem="ts-021", fmt="form",
    spec=dict(
        meta_title="Consult handchirurgie",
        header=[("Consult handchirurgie", 13, True),
                ("Handkliniek Amstelland  -  Plastische chirurgie", 9, False),
                ("Verzonden via ZorgDomein op 02-11-2026", 8, False, "r")],
        labx=18, valx=60, size=9, boldlabel=True, secbg="#eeeeee",
        footer="ZD-81100293   |   Deze verwijzing is digitaal ondertekend door de verwijzer.",
        rows=[
            ("box", [("Patiënt", "dhr. D. (Daan) Schouten"), ("Geboren", "24-10-1999"), ("Geslacht", "M")]),
            ("box", [("BSN", "999056789"), ("Verzekeraar", "Delta Zorg Utrecht"), ("Polisnr.", "DZ-4471190")]),
            ("box", [("Verwijzer", "mw. A.J. Bos, huisarts"), ("AGB", "01-077123"),
                     ("Praktijk", "Huisartsen Leidsche Rijn")]),
            ("gap", 3),
            ("sec", "Klachten"),
            ("f", "Hulpvraag", "Sinds 6 weken pijnlijke zwelling radiale zijde linker pols, meer bij duim-"
                               "bewegingen. Werkt als barista. Finkelstein positief. Geen trauma."),
            ("f", "Vraagstelling", "Graag uw beoordeling en behandeladvies: tendovaginitis de Quervain of "
                                   "intersectiesyndroom? Is een injectie zinvol of meteen een operatieve release?"),
            ("f", "Aanvullend onderzoek", "Niet verricht"),
            ("sec", "Medisch"),
            ("f", "Medicatie", "Geen"),
            ("f", "Allergieën", "Pinda (anafylaxie), EpiPen aanwezig"),
            ("f", "Bijzonderheden", "Geen"),
        ]),
    label=dict(kinds=["referral"], date="2026-11-02", author="gp", language="nl",
               style="zorgdomein 'Consult handchirurgie' product form with boxed fields (labels above values)",
               referral_question=True, imaging_done="no", operated="unmentioned", treated_abroad="unmentioned",
               notes="No 'verwijsbrief' word and no salutation; title is the product name. Boxed fields with the "
                     "label above the value. Question only in 'Vraagstelling'. No history section. 'Aanvullend "
                     "onderzoek: Niet verricht' -> imaging no. Birth date 24-10-1999 close to the date; "
                     "hyphenated 'duim-bewegingen'."),
))

# ---------------------------------------------------------------------------------------- ts-022
DOCS.append(dict(
    stem="ts-022", fmt="lo",
    spec=dict(
        docx_font="Liberation Sans", size=10,
        logo="Ziekenhuis Amstelzicht",
        header_lines=["Afdeling Heelkunde – sectie Traumatologie", "Amstelkade 5, 1078 AA Amsterdam  ·  020-5620000"],
        footer="Klinische brief – Ziekenhuis Amstelzicht – pagina {page}",
        blocks=[
            ("cols", ["Aan de huisarts:", "mw. dr. E.C. Aalders", "Huisartsenpraktijk Rivierenbuurt",
                      "Maasstraat 44", "1078 HJ Amsterdam"],
                     ["Datum: 18-09-2026", "Kenmerk: HEE/KL/26-90231", "Afdeling: C5 Traumatologie"]),
            ("title", "Klinische brief"),
            ("kv", [("Patiënt", "mw. E.M. Smit-Visser, geboren 16-09-1948"),
                    ("Opnamedatum", "15-09-2026"), ("Ontslagdatum", "17-09-2026"),
                    ("Opnamediagnose", "Intra-articulaire distale radiusfractuur links (AO 23-C2) na val van de fiets"),
                    ("Specialist", "dr. G.H. Fransen, traumachirurg")], {"lw": 0.25}),
            ("p", "Geachte collega,"),
            ("p", "Uw patiënte werd op 15-09-2026 via de SEH opgenomen na een val van de fiets op de linker hand."),
            ("h", "Voorgeschiedenis"),
            ("p", "Appendectomie (1966), totale knieprothese rechts (2019), hypertensie, osteopenie."),
            ("h", "Aanvullend onderzoek"),
            ("p", "X-pols links: intra-articulaire distale radiusfractuur met dorsale kanteling en "
                  "verkorting. CT-pols links: drie articulaire fragmenten, stap 2 mm."),
            ("h", "Ingreep"),
            ("kv", [("Datum operatie", "16-09-2026"),
                    ("Operateur", "dr. G.H. Fransen, traumachirurg"),
                    ("Assistent", "drs. N. Çelik, AIOS heelkunde"),
                    ("Anesthesie", "Plexusblokkade (infraclaviculair), bloedleegte 250 mmHg"),
                    ("Procedure", "Open repositie en interne fixatie (ORIF) distale radius links met palmaire "
                                  "hoekstabiele plaat"),
                    ("Beschrijving", "Volaire benadering volgens Henry via de FCR-schede. Pronator quadratus "
                                     "ingesneden. Repositie van de fractuur onder doorlichting; articulaire "
                                     "fragmenten met tijdelijke K-draden gefixeerd. Plaatsing 2,4 mm palmaire "
                                     "plaat met 3 schachtschroeven en 6 distale hoekstabiele schroeven. Controle "
                                     "doorlichting: goede stand, geen intra-articulaire schroeven. Herstel "
                                     "pronator quadratus, sluiten in lagen, intracutane hechting."),
                    ("Complicaties", "Geen")], {"lw": 0.22, "grid": True}),
            ("h", "Beloop"),
            ("p", "Ongecompliceerd postoperatief beloop. Postoperatieve röntgenfoto's tonen een goede stand. "
                  "Pijn goed onder controle met paracetamol. Op 17-09-2026 in goede conditie ontslagen naar huis."),
            ("h", "Medicatie bij ontslag"),
            ("p", "Paracetamol 1000 mg 4 dd, oxycodon 5 mg z.n. max 3 dd (3 dagen), amlodipine 5 mg 1 dd "
                  "(ongewijzigd), macrogol 1 sachet z.n."),
            ("h", "Beleid"),
            ("p", "Onderarmspalk 2 weken, controle gipskamer en polikliniek traumatologie over 12 dagen met "
                  "röntgenfoto, daarna start handtherapie. Hechtingen oplosbaar."),
            ("p", "Met vriendelijke groet,"),
            ("sig", [["drs. N. Çelik", "AIOS heelkunde"], ["dr. G.H. Fransen", "traumachirurg"]]),
            ("small", "cc: patiënte; polikliniek handtherapie Amstelzicht"),
        ]),
    label=dict(kinds=["correspondence", "operation-report"], date="2026-09-18", author="specialist", language="nl",
               style="HiX 'Klinische brief' (discharge letter) with gridded Ingreep section, printed via LibreOffice",
               imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="Discharge letter with a full operation description (date, operator, procedure, course) -> both "
                     "kinds. Birth date 16-09-1948 and admission/operation/discharge dates all within days of the "
                     "letter date. Appendectomy and knee prosthesis are other body parts."),
))

# ---------------------------------------------------------------------------------------- ts-023
DOCS.append(dict(
    stem="ts-023", fmt="txt",
    text="""SOUTH MERCIA HOSPITALS NHS TRUST - MICROBIOLOGY
Patient: OKAFOR, Grace   DOB 11/11/1980   NHS 455 902 1186
Specimen: Nasal + groin swabs   Collected 09/10/2026   Received 10/10/2026
Clinical details: Admission screen, Ward 12 (Trauma), #R wrist
MRSA SCREEN: MRSA NOT isolated
Authorised 12/10/2026 J.Reeve BMS
""",
    label=dict(kinds=["mrsa-screening"], date="2026-10-12", also_dates=["2026-10-09"], author="lab",
               language="en", style="very short UK LIS result, six lines",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
               notes="Very short; no title besides the department line. 'Admission screen, Ward 12' at a UK trust "
                     "-> admitted abroad. '#R wrist' is a fracture abbreviation, not imaging or surgery."),
))

# ---------------------------------------------------------------------------------------- ts-024
DOCS.append(dict(
    stem="ts-024", fmt="docx",
    spec=dict(
        docx_font="Arial", size=9.5,
        footer="ZBC Beeld & Echo Nieuwegein  ·  Archimedesbaan 16  ·  3439 ME Nieuwegein  ·  030-6001122",
        blocks=[
            ("table", [["Medische Beeldvorming", "Echografie pols links"],
                       ["Naam: mw. M. Koç", "Onderzoeksdatum: 19-05-2026"],
                       ["Geboortedatum: 19-05-1993", "Aanvrager: huisarts T. Mertens, Vreeswijk"],
                       ["Ordernummer: ECH-2605-1172", "Status: definitief"]],
             {"cw": [0.5, 0.5], "hdrbg": "#003366"}),
            ("p", "<b>Klinische informatie:</b> zwelling dorsum linker pols sinds 3 maanden, drukpijnlijk. "
                  "Ganglion?"),
            ("p", "<b>Bevindingen:</b> Dorsaal over de pols, uitgaande van het scafolunaire interval, een "
                  "multilobulaire anechogene structuur van 14 x 9 x 8 mm met dorsale aankleuring, zonder "
                  "Dopplersignaal. Geen verbinding met de extensorpezen. Extensorcompartimenten 2 t/m 4 zonder "
                  "tenosynovitis. Geen synovitis radiocarpaal."),
            ("p", "<b>Beoordeling:</b> Dorsaal polsganglion links (14 mm), uitgaande van het SL-interval."),
            ("p", "A. Çelik, radioloog  –  19-05-2026"),
        ]),
    label=dict(kinds=["imaging-report"], date="2026-05-19", author="radiologist", language="nl",
               style="ultrasound report whose title exists only in a dark table header row",
               imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
               notes="No title line, no 'verslag' word: modality/department only in the table header. Birth date "
                     "19-05-1993 has the same day and month as the exam date. Requester is a GP."),
))

# ---------------------------------------------------------------------------------------- ts-025
DOCS.append(dict(
    stem="ts-025", fmt="pdf",
    spec=dict(
        font="Times", size=11,
        header_lines=["ZUIDAS EXPAT HEALTH PRACTICE", "Gustav Mahlerplein 8  ·  1082 MA Amsterdam  ·  +31 20 555 9090"],
        header_align="right",
        blocks=[
            ("sp", 6),
            ("lines", ["To the hand surgeons", "Handkliniek Amstelland", "Postbus 1234", "1180 AA Amstelveen"]),
            ("p", "<b>Re: Mr Luca Bianchi, date of birth 28/01/1983</b><br/>Prinsengracht 700-3, 1017 LW Amsterdam"),
            ("p", "Dear colleagues,"),
            ("p", "I would be grateful if you could see Mr Bianchi, a 43-year-old Italian software engineer who "
                  "has lived in Amsterdam since 2021, for a second opinion about his left wrist."),
            ("p", "In August 2025 he fell during a bicycle race near Milan. He was seen at the emergency department "
                  "of the Ospedale Civile di Legnano, where X-rays were reported as normal and a below-elbow cast "
                  "was applied for four weeks. Since then he has had dorsal wrist pain with loading and a painful "
                  "clunk. An MRI of the left wrist in November 2025 in the OLVG-Zuid (report enclosed) showed a "
                  "complete tear of the scapholunate ligament with a widened SL gap and early DISI."),
            ("p", "He has been seen by an orthopaedic surgeon, who advised a four-corner fusion. He has not "
                  "undergone any surgery so far and is reluctant to lose wrist motion. My question is whether a "
                  "ligament reconstruction is still possible this long after the injury, or whether a salvage "
                  "procedure is indeed the only option."),
            ("p", "He is otherwise healthy, takes no medication and has no allergies."),
            ("p", "Kind regards,"),
            ("lines", ["", "", "Dr. Hannah Okonkwo", "General practitioner"]),
            ("small", "Enclosures: MRI report 11/2025; orthopaedic clinic letter 12/2025"),
            ("sp", 8),
            ("p", "Amsterdam, 29 January 2026"),
        ]),
    label=dict(kinds=["referral"], date="2026-01-29", author="gp", language="en",
               style="English GP letter from a Dutch expat practice, date at the very bottom",
               referral_question=True, imaging_done="yes", operated="no", treated_abroad="yes",
               notes="Date 'Amsterdam, 29 January 2026' only at the bottom after the enclosure line; birth date "
                     "28/01/1983 is one day earlier and at the top. ED visit in Italy -> treated abroad. "
                     "Four-corner fusion advised (plan); 'has not undergone any surgery' negation."),
))

# ---------------------------------------------------------------------------------------- ts-026
_pp = """PATIËNTOVERZICHT                                                   Praktijk Oude Rijn
mw. Y. (Yvonne) Tromp     geb. 02-08-1975     V     BSN 999067890
Havenstraat 22, 2441 CK Nieuwveen       Huisarts: G.W. de Haas
"""
DOCS.append(dict(
    stem="ts-026", fmt="pdf",
    spec=dict(
        font="Courier", size=9,
        footer="Promedico-VDF  |  Afgedrukt op 14-05-2026 10:32 door assistente L. Bakker  |  Pagina {page} van {pages}",
        blocks=[
            ("mono", _pp),
            ("mono", """EPISODES
 ICPC    Omschrijving                                 Begin       Eind
 L87.01  Ganglion pols links (recidief)               09-02-2026
 L87.01  Ganglion pols links                          11-03-2018  15-11-2019
 K86     Hypertensie                                  04-05-2020
 W82     Miskraam                                     2004        2004
 R96     Astma                                        1990
"""),
            ("mono", """JOURNAAL
11-03-2018  S  Sinds 2 mnd bobbel dorsum pols li, soms pijnlijk bij steunen.
            O  Ronde, elastische zwelling 1,5 cm dorsaal pols li, niet drukpijnlijk.
            E  Ganglion pols li.
            P  Uitleg, afwachten.
02-04-2019  S  Toenemende pijn, wil behandeling. P  Verwijzing chirurgie.
15-11-2019  Brief specialist ontvangen (chirurgie Rijnland Ziekenhuis): excisie
            ganglion pols li verricht op 04-11-2019, ongecompliceerd.
09-02-2026  S  Bobbel pols li is terug, op dezelfde plek als in 2019. Pijnlijk bij
               steunen, werkt als pedicure.
            O  Zwelling 1 cm dorsaal pols li op litteken, drukpijnlijk.
            E  Recidief ganglion pols li.
            P  X-pols li ter uitsluiting andere pathologie.
16-02-2026  X-pols links (Rijnland Ziekenhuis): geen ossale afwijkingen, geen artrose.
            Weke delen zwelling dorsaal.
24-04-2026  S  Pt wil niet opnieuw naar dezelfde chirurg; vraagt second opinion
               bij handkliniek. P  Verwijzing volgt, samenvatting meegeven.
"""),
            ("mono", """MEDICATIE
 salbutamol inhalatie 100 mcg z.n.
 losartan 50 mg 1 dd 1

ALLERGIEËN / CONTRA-INDICATIES
 Geen bekend
"""),
        ]),
    label=dict(kinds=["history"], date="2026-05-14", author="gp", language="nl",
               style="Promedico 'Patiëntoverzicht' in monospace; only own date in the page footer",
               imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="The print date exists only in the footer 'Afgedrukt op 14-05-2026'; every other date is a "
                     "journal or birth date. Earlier ganglion excision of the same wrist (2019) -> operated yes. "
                     "X-pols done. Monospace columns."),
))

# ---------------------------------------------------------------------------------------- ts-027
DOCS.append(dict(
    stem="ts-027", fmt="txt",
    text="""GASTHUIS OVERVECHT - AFDELING CHIRURGIE
OPERATIEVERSLAG

PATIENT       : DHR. J.A. VAN ES
GEB. DATUM    : 02-04-1977
PAT.NR.       : 0448812
DATUM OK      : 01-04-2026
OPERATEUR     : DR. P.W. LAMMERS, CHIRURG
ASSISTENT     : M. ROOS, ANIOS
ANESTHESIE    : LOKAAL (LIDOCAINE 1%), BLOEDLEEGTE BOVENARM

INDICATIE     : PERSISTERENDE TENDO-
                VAGINITIS DE QUERVAIN LINKS, NA 2X INJECTIE ZONDER BLIJVEND EFFECT.

INGREEP       : KLIEVING EERSTE EXTENSORENCOMPARTIMENT LINKS.

VERSLAG       : TRANSVERSALE INCISIE 2 CM PROXIMAAL VAN DE PROC. STYLOIDEUS RADII. SPAREN
                VAN DE R. SUPERFICIALIS N. RADIALIS, DIE WORDT OPGEZOCHT EN MET EEN
                VESSELLOOP OPZIJ GEHOUDEN. HET EERSTE EXTENSORENCOMPARTIMENT IS FORS
                VERDIKT. KLIEVING VAN HET RETINACULUM AAN DE DORSALE ZIJDE. ER BLIJKT
                EEN APART SUBCOMPARTIMENT VOOR DE EPB TE BESTAAN, DAT EVENEENS WORDT
                GEKLIEFD. APL MET 3 SLIPPEN EN EPB VRIJ GLIJDEND. BLOEDLEEGTE AF,
                HEMOSTASE. HUID MET ETHILON 4-0 ENKELE KNOPEN.

COMPLICATIES  : GEEN.

NABEHANDELING : DRUKVERBAND 2 DAGEN, DAARNA VRIJ BEWEGEN. HECHTINGEN ERUIT NA 10
                DAGEN BIJ HUISARTS. GEEN CONTROLE NODIG TENZIJ KLACHTEN.

GETEKEND      : P.W. LAMMERS
""",
    label=dict(kinds=["operation-report"], date="2026-04-01", author="specialist", language="nl",
               style="typed all-capitals OK-verslag, no accents, hyphenated line break",
               imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
               notes="Entirely in capitals, without diacritics. 'TENDO-/VAGINITIS' hyphenated over a line break. "
                     "Birth date 02-04-1977 one day after the operation date 01-04-2026 (the only own date)."),
))

# ---------------------------------------------------------------------------------------- ts-028
DOCS.append(dict(
    stem="ts-028", fmt="docx",
    spec=dict(
        docx_font="Helvetica", size=10,
        logo="Spital Zimmerberg",
        header_lines=["Klinik für Handchirurgie  ·  Asylstrasse 10  ·  8810 Horgen  ·  Schweiz",
                      "Telefon +41 44 555 30 00  ·  handchirurgie@spital-zimmerberg.example"],
        footer="Spital Zimmerberg AG  ·  Klinik für Handchirurgie  ·  Seite {page}",
        blocks=[
            ("cols", ["Frau Dr. med. S. Brunner", "Fachärztin Allgemeine Innere Medizin", "Hausarztpraxis Seefeld",
                      "Seefeldstrasse 120", "8008 Zürich"],
                     ["Horgen, 21. September 2026", "Fall-Nr. 26-077310"]),
            ("title", "Sprechstundenbericht"),
            ("p", "<b>Patientin:</b> Frau Anouk de Wit, geb. 30.06.1991, Dufourstrasse 45, 8008 Zürich"),
            ("p", "<b>Konsultation vom:</b> 16.09.2026"),
            ("p", "Sehr geehrte Frau Kollegin"),
            ("p", "Besten Dank für die Zuweisung Ihrer Patientin, die wir in unserer Sprechstunde gesehen haben."),
            ("h", "Diagnose"),
            ("p", "Ulnokarpales Impaktionssyndrom rechts bei Ulna-Plus-Variante von 3 mm, zentrale "
                  "TFCC-Degeneration (Palmer 2C)"),
            ("h", "Anamnese"),
            ("p", "Die 35-jährige Rechtshänderin (Pianistin und Musiklehrerin) klagt seit über einem Jahr über "
                  "zunehmende ulnarseitige Handgelenksschmerzen rechts, vor allem beim Üben. Kein Trauma erinnerlich. "
                  "Ergotherapie und eine Infiltration im März 2026 brachten nur vorübergehende Besserung. Bisher keine "
                  "Operationen."),
            ("h", "Befund"),
            ("p", "Druckdolenz ulnokarpal, positiver Ulnokarpaler Stresstest, DRUG stabil. Volle Beweglichkeit."),
            ("h", "Bildgebung"),
            ("p", "Röntgen Handgelenk rechts d.p./seitlich (16.09.2026, hier): Ulna-Plus-Variante 3 mm, "
                  "subchondrale Sklerose ulnoproximales Lunatum. MRI vom 22.08.2026 (Radiologie Zürich-Enge): "
                  "Knochenmarködem Lunatum ulnar, zentrale TFCC-Perforation."),
            ("h", "Beurteilung und Procedere"),
            ("p", "Wir haben der Patientin eine Ulnaverkürzungsosteotomie rechts empfohlen und ausführlich über "
                  "Chancen und Risiken gesprochen. Da die Patientin Ende Jahr zurück in die Niederlande (Delft) zieht, "
                  "möchte sie die Operation gegebenenfalls dort durchführen lassen und wünscht vorgängig eine "
                  "Zweitmeinung. Wir geben ihr die Bilder auf CD mit. Eine Wiedervorstellung bei uns ist jederzeit "
                  "möglich."),
            ("p", "Freundliche Grüsse"),
            ("sig", [["", "Dr. med. C. Gerber", "Leitende Ärztin Handchirurgie"],
                     ["", "med. pract. L. Meier", "Assistenzarzt"]]),
            ("small", "Kopie an: Patientin"),
        ]),
    label=dict(kinds=["correspondence"], date="2026-09-21", author="specialist", language="de",
               style="Swiss 'Sprechstundenbericht' (no sharp s, 'Freundliche Grüsse', Fall-Nr.)",
               imaging_done="yes", operated="no", treated_abroad="yes",
               notes="Swiss hospital letter for a Dutch patient living in Zurich: treated abroad. Consultation "
                     "16.09 vs letter date 21. September. Ulna shortening only recommended (plan); 'Bisher keine "
                     "Operationen' negation. CD mentioned."),
))

# ---------------------------------------------------------------------------------------- ts-029
DOCS.append(dict(
    stem="ts-029", fmt="pdf",
    spec=dict(
        size=9.5,
        header_lines=["Tauernklinikum Pinzgau  ·  Abteilung für Unfallchirurgie und Sporttraumatologie",
                      "Paracelsusstraße 8  ·  5700 Zell am See  ·  Österreich  ·  Tel. +43 6542 777-0"],
        footer="OP-Bericht  ·  Tauernklinikum Pinzgau  ·  vidiert: OA Dr. Huber 09.02.2026  ·  Seite {page}/{pages}",
        blocks=[
            ("title", "OPERATIONSBERICHT"),
            ("table", [["Patient", "Geb.-Dat.", "Aufn.-Zahl", "OP-Datum"],
                       ["KRAMER Joost", "18.12.1958", "26-001877", "09.02.2026"]],
             {"cw": [0.34, 0.2, 0.22, 0.24]}),
            ("kv", [("Wohnort", "Heuvelrug 3, 3958 AA Amerongen, Niederlande"),
                    ("Operateur", "OA Dr. Markus Huber"),
                    ("Assistenz", "Dr. Theresa Lindner"),
                    ("Anästhesie", "Dr. P. Wallner – Plexusanästhesie"),
                    ("Diagnose", "Dislozierte distale Radiusfraktur rechts (AO 23-C2) nach Skisturz am 08.02.2026"),
                    ("Eingriff", "Offene Reposition und palmare winkelstabile Plattenosteosynthese rechts"),
                    ("Lagerung", "Rückenlage, Armtisch, Oberarmblutsperre 260 mmHg")], {"lw": 0.2}),
            ("h", "OP-Verlauf"),
            ("p", "Nach Hautdesinfektion und sterilem Abdecken erweiterter palmarer Zugang über der FCR-Sehne. "
                  "Darstellung und Einkerbung des M. pronator quadratus. Reposition der Fraktur unter "
                  "Bildwandlerkontrolle, temporäre Fixation mit zwei Kirschnerdrähten. Anlage einer palmaren "
                  "winkelstabilen Radiusplatte (2,5 mm), Besetzung mit drei Kortikalisschrauben und sieben "
                  "winkelstabilen Schrauben. Abschließende Bildwandlerkontrolle in zwei Ebenen: anatomische Reposition, "
                  "korrekte Implantatlage, keine intraartikuläre Schraubenlage. Entfernung der Kirschnerdrähte. "
                  "Spülung, Refixation des Pronator quadratus, Subkutan- und Hautnaht. Steriler Verband, "
                  "dorsale Unterarmgipsschiene."),
            ("h", "Procedere"),
            ("p", "Hochlagerung, Kühlung, Röntgenkontrolle am 1. postoperativen Tag. Gipsschiene für 2 Wochen, "
                  "danach funktionelle Nachbehandlung. Fadenentfernung am 14. Tag. Heimtransport in die "
                  "Niederlande nach Rücksprache mit der Versicherung möglich; Weiterbehandlung beim Hausarzt "
                  "bzw. Unfallchirurgen am Wohnort."),
            ("lines", ["", "OA Dr. Markus Huber", "Facharzt für Unfallchirurgie"]),
        ]),
    label=dict(kinds=["operation-report"], date="2026-02-09", author="specialist", language="de",
               style="Austrian LKH Operationsbericht with header table and Procedere",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Austrian conventions (OA, vidiert, Aufn.-Zahl, Österreich postcode 5700). Imaging yes via "
                     "intraoperative Bildwandlerkontrolle; the post-op X-ray is a plan. Injury date 08.02 one day "
                     "before the operation date."),
))

# ---------------------------------------------------------------------------------------- ts-030
DOCS.append(dict(
    stem="ts-030", fmt="txt",
    text="""MVZ Labor Niederrhein GmbH - Medizinische Mikrobiologie, Virologie und Infektionsepidemiologie
Am Bahnhof 7 - 46483 Wesel - Tel. +49 281 300 400 - www.labor-niederrhein.example
=====================================================================================

MIKROBIOLOGISCHER BEFUND                                    Endbefund

Einsender   : Klinikum Rheinaue Wesel, Station 4B (Handchirurgie)
Patient     : van Dam, Pieter                      geb. 12.05.1975   m
Auftrags-Nr.: 2610-88213
Eingang     : 28.10.2026  11:42
Befunddatum : 30.10.2026  09:15

Material    : Abstrich Nasenvorhof beidseits, Rachen, Leiste
Anforderung : MRSA-Screening (Aufnahmescreening gemäß KRINKO)

-------------------------------------------------------------------------------------
Untersuchung                     Ergebnis
-------------------------------------------------------------------------------------
MRSA-PCR (Nase/Rachen/Leiste)    negativ
Kultur auf chromogenem Medium    kein Nachweis von MRSA (48 h)
-------------------------------------------------------------------------------------

Beurteilung: Kein Nachweis von Methicillin-resistentem Staphylococcus aureus.

Technisch freigegeben: MTLA B. Scholten       Medizinisch freigegeben: Dr. med. F. Wagner
                                                   Facharzt für Mikrobiologie
""",
    label=dict(kinds=["mrsa-screening"], date="2026-10-30", also_dates=["2026-10-28"], author="lab", language="de",
               style="German MVZ lab plain-text result with fixed-width table",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
               notes="German MRSA result ('kein Nachweis', 'negativ'); admission screening for a German hospital "
                     "ward -> admitted abroad. Eingang vs Befunddatum; the sample date equals the Eingang day."),
))

# ---------------------------------------------------------------------------------------- ts-031
DOCS.append(dict(
    stem="ts-031", fmt="form",
    spec=dict(
        meta_title="Toestemmingsformulier",
        header=[("Handkliniek Amstelland", 13, True),
                ("Machtiging opvragen medische gegevens bij andere zorgverleners", 10, True),
                ("Versie 3.2 - formulier PAT-017", 7, False, "r")],
        labx=20, valx=85, size=9.5,
        footer="Retour naar: Handkliniek Amstelland, afdeling Intake, Postbus 1234, 1180 AA Amstelveen",
        rows=[
            ("txt", "Met dit formulier geeft u ons toestemming om uw medische gegevens op te vragen bij een andere "
                    "zorgverlener. Wij gebruiken deze gegevens alleen voor uw behandeling in onze kliniek."),
            ("sec", "1. Uw gegevens"),
            ("f", "Naam", "Koen Aarts"),
            ("f", "Geboortedatum", "19-11-1970"),
            ("f", "Adres", "Kapelstraat 9, 6021 EL Budel"),
            ("f", "Telefoon", "06-55512345"),
            ("sec", "2. Zorgverlener waar de gegevens liggen"),
            ("f", "Naam ziekenhuis / praktijk", "AZ Sint-Gerlindis, campus Mol"),
            ("f", "Land", "België"),
            ("f", "Afdeling / behandelaar", "Dienst Orthopedie, dr. D. Vandenbroucke"),
            ("f", "Behandeling / periode", "Artroscopie rechterpols, mei 2026 (dagopname)"),
            ("sec", "3. Welke gegevens"),
            ("check", "Operatieverslag(en)", True),
            ("check", "Brieven van de specialist", True),
            ("check", "Verslagen en beelden van röntgen / MRI (op CD)", True),
            ("check", "Laboratoriumuitslagen", False),
            ("check", "Anders, namelijk: ____________________", False),
            ("sec", "4. Ondertekening"),
            ("f", "Datum", "03-06-2026"),
            ("f", "Handtekening", "K. Aarts"),
        ]),
    label=dict(kinds=[], date="2026-06-03", author="patient", language="nl",
               style="consent / records-release form (machtiging) with checkboxes, canvas-drawn",
               imaging_done="unmentioned", operated="yes", treated_abroad="yes",
               notes="Consent form: no kind despite ticked 'Operatieverslag(en)' and 'röntgen / MRI'. Filled in and "
                     "signed by the patient. Arthroscopy of the wrist in a Belgian hospital -> operated and treated "
                     "abroad. Requesting imaging on CD does not itself state that it was done (unmentioned)."),
))

# ---------------------------------------------------------------------------------------- ts-032
DOCS.append(dict(
    stem="ts-032", fmt="docx",
    spec=dict(
        docx_font="Calibri", size=10.5,
        logo="Handkliniek Amstelland",
        header_lines=["Intake & Planning  ·  Postbus 1234  ·  1180 AA Amstelveen  ·  The Netherlands",
                      "Tel. +31 20 555 4400  ·  intake@handkliniek-amstelland.example"],
        blocks=[
            ("lines", ["Medical Records Department", "South Mercia Hospitals NHS Trust", "Queen's Road",
                       "Worcester WR5 1DD", "United Kingdom"]),
            ("p", "Amstelveen, 20 October 2026"),
            ("p", "<b>Subject: Request for medical records – Mrs Grace Okafor, date of birth 11/11/1980, NHS number "
                  "455 902 1186</b>"),
            ("p", "Dear Sir or Madam,"),
            ("p", "The above-named patient has been referred to our clinic for a second opinion regarding her right "
                  "wrist. She was admitted to your hospital in October 2026 with a fracture of the right distal radius "
                  "and underwent surgery (open reduction and internal fixation) during that admission."),
            ("p", "With the patient's written consent (enclosed), we kindly request copies of:"),
            ("lines", ["• the operation note(s);", "• the discharge summary and any clinic letters;",
                       "• reports of any imaging performed, and the images themselves on CD or via a secure "
                       "image-exchange link;", "• the result of the MRSA admission screen."]),
            ("p", "Please send the records to the address above or by secure e-mail. If a fee applies, please let us "
                  "know in advance."),
            ("p", "Thank you for your cooperation."),
            ("p", "Yours faithfully,"),
            ("lines", ["", "M. de Graaf", "Intake coordinator, on behalf of dr. R.J. Postma, plastic surgeon"]),
            ("small", "Enclosure: signed patient consent form"),
        ]),
    label=dict(kinds=[], date="2026-10-20", author="other", language="en",
               style="records-release request letter from the clinic (DOCX letterhead, bulleted list)",
               imaging_done="unmentioned", operated="yes", treated_abroad="yes",
               notes="Records request: no kind, though it names operation notes, discharge summaries, imaging and "
                     "an MRSA screen. 'reports of any imaging performed' is conditional -> imaging unmentioned. "
                     "States admission and surgery in a UK hospital."),
))
