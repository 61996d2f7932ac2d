"""Dutch and Flemish hospital documents of the ty- batch (letters, radiology, OR reports, lab)."""
from common import bsn
from labels import L

DOCS = []
MM = 2.835

# ------------------------------------------------------------------------------------------ ty-004
DOCS.append(dict(
    id="ty-004", fmt="pdf", engine="flow",
    meta=dict(font="helv", size=9.5,
              footer="Gedicteerd: 22-09-2026  |  Geautoriseerd door dr. A.B. Veenstra, radioloog, op 23-09-2026 "
                     "08:41  |  Afdrukdatum 02-11-2026\nZiekenhuis Gooi-Vecht - Afdeling Radiologie - "
                     "Pagina {page} van {pages}"),
    blocks=[
        ("letterhead", dict(logo="GV", color="#005a70", name="Ziekenhuis Gooi-Vecht",
                            sub="Afdeling Radiologie en Nucleaire Geneeskunde",
                            lines=["Rijksweg 210, 1411 GE Naarden"],
                            right=["Secretariaat radiologie", "035-6992400"])),
        ("title", "Verslag"),
        ("fields2", [
            ("Patiënt", "dhr. B.T. Hoogeveen", "Geboortedatum", "30-11-1988"),
            ("Patiëntnr.", "7716203", "BSN", bsn(10)),
            ("Aanvrager", "dr. R. Hoekstra, orthopedisch chirurg", "Afdeling", "Orthopedie"),
            ("Onderzoek", "MRI pols rechts, MR-artrografie", "Datum onderzoek", "21-09-2026"),
        ]),
        ("h", "Klinische gegevens"),
        ("p", "Pijn ulnaire zijde pols rechts na val op de uitgestrekte hand (06-2026), klikken bij "
              "pro-/supinatie. Vraagstelling: TFCC-laesie? Ulnocarpaal impactiesyndroom?"),
        ("h", "Verslag"),
        ("p", "MR-artrografie na intra-articulaire injectie van verdund gadolinium in het radiocarpale "
              "gewricht onder doorlichting. Geen eerder MRI-onderzoek ter vergelijking beschikbaar."),
        ("p", "Contrastlekkage van het radiocarpale naar het distale radio-ulnaire gewricht via een "
              "perifere (foveale) scheur van het triangulaire fibrocartilago complex. Het centrale discus-"
              "deel is intact. Neutrale ulnaire variantie. Geen beenmergoedeem in lunatum of ulnakop, "
              "geen aanwijzingen voor ulnocarpale impactie. Scafolunair en lunotriquetraal ligament "
              "intact. Pezen van de extensor carpi ulnaris in de sulcus, geen tendinopathie."),
        ("h", "Conclusie"),
        ("p", "Perifere (foveale) TFCC-scheur rechts, Palmer type 1B, met communicatie naar het DRUG. Geen "
              "ulnocarpale impactie."),
        ("space", 8),
        ("lines", ["dr. A.B. Veenstra, radioloog"]),
    ],
    label=L(["imaging-report"], "2026-09-23", "radiologist", "nl",
            "HiX-like radiology report, generic title 'Verslag', authorisation footer",
            "yes", "unmentioned", "unmentioned", also=["2026-09-21", "2026-09-22"],
            notes="Generic title; the Aanvrager is an orthopaedic surgeon (requester, not author); "
                  "'Vraagstelling' is the requester's question, not a referral. Exam, dictation and "
                  "authorisation dates plus a later print date."),
))

# ------------------------------------------------------------------------------------------ ty-005
DOCS.append(dict(
    id="ty-005", fmt="pdf", engine="flow",
    meta=dict(font="dejavu", size=9.5,
              footer="Gedicteerd 06-10-2026 / getypt 08-10-2026 JvD  -  Printdatum 14-11-2026  -  "
                     "Pagina {page}/{pages}"),
    blocks=[
        ("letterhead", dict(logo="ZO", color="#c62828", name="Ziekenhuis Zaanoever",
                            sub="Plastische, Reconstructieve en Handchirurgie",
                            lines=["Postbus 2001, 1500 GA Zaandam"],
                            right=["Polikliniek 075-6502911", "plastische.chirurgie@zaanoever.example"])),
        ("lines", ["Aan de weledelgeleerde heer", "H.J. Groot, huisarts", "Westzijde 54",
                   "1506 EG Zaandam"]),
        ("fields", [("Ons kenmerk", "PLA/LdG/2026-4471"), ("Datum", "09-10-2026"),
                    ("Betreft", "dhr. T. Jansen, geb. 11-06-1958, patiëntnr. 1184420")]),
        ("p", "Geachte collega,"),
        ("p", "Op 06-10-2026 zagen wij uw patiënt op de polikliniek handchirurgie in verband met "
              "buigstand van de ring- en pink van de rechterhand."),
        ("h", "Anamnese"),
        ("p", "Sinds twee jaar toenemende kromstand van dig IV en V rechts. Hij blijft haken achter zijn "
              "broekzak en heeft moeite met handen schudden. Geen pijn. Vader had dezelfde klachten. "
              "Rechtshandig, gepensioneerd timmerman. Voorgeschiedenis: hypertensie, knieprothese links "
              "(2021)."),
        ("h", "Lichamelijk onderzoek"),
        ("p", "Palmaire strengen straal IV en V rechts. Extensiedeficit MCP IV 35 graden, PIP IV 20 graden, "
              "MCP V 25 graden. Tafeltopstest positief. Sensibiliteit intact. Links enkele noduli zonder "
              "contractuur."),
        ("h", "Aanvullend onderzoek"),
        ("p", "Geen."),
        ("h", "Conclusie"),
        ("p", "M. Dupuytren rechts, Tubiana stadium II straal IV en stadium I straal V."),
        ("h", "Beleid"),
        ("p", "Wij hebben de behandelopties besproken: een partiële fasciectomie of als alternatief een "
              "percutane naaldfasciotomie, met de kans op recidief en de nabehandeling met handtherapie. "
              "Patiënt wil bedenktijd en overweegt een second opinion. Hij neemt zelf contact op als hij "
              "voor een ingreep kiest; een controle is niet afgesproken."),
        ("p", "Met vriendelijke groet,"),
        ("lines", ["namens dr. L.M. de Graaf, plastisch chirurg", "", "drs. P. Nguyen",
                   "AIOS plastische chirurgie", "", "cc: patiënt"]),
    ],
    label=L(["correspondence"], "2026-10-09", "specialist", "nl",
            "HiX-like outpatient letter with sections, AIOS signing namens",
            "no", "unmentioned", "unmentioned", also=["2026-10-06", "2026-10-08"],
            notes="Signed by a resident (AIOS) on behalf of the plastic surgeon. Surgery offered, not "
                  "done. 'Aanvullend onderzoek: Geen.' = imaging no. Knee prosthesis is another body part. "
                  "Consult/dictation, typing, letter and print dates all differ."),
))

# ------------------------------------------------------------------------------------------ ty-010
DOCS.append(dict(
    id="ty-010", fmt="docx",
    meta=dict(header="Ziekenhuis De Peelrand - Heelkunde / Traumatologie - Klinische brief",
              footer="Ziekenhuis De Peelrand, Wilhelminalaan 50, 5751 GK Deurne - Pagina {page} van {pages}"),
    blocks=[
        ("letterhead", dict(logo="DP", color="#0d47a1", name="Ziekenhuis De Peelrand",
                            sub="Heelkunde - Traumatologie",
                            lines=["Wilhelminalaan 50, 5751 GK Deurne"],
                            right=["Secretariaat heelkunde", "0493-388100"])),
        ("lines", ["Aan: mw. drs. C. van Loon, huisarts", "Huisartsenpraktijk De Zeilberg",
                   "Zeilbergsestraat 3, 5751 LK Deurne"]),
        ("title", "Klinische brief"),
        ("fields", [
            ("Datum", "08-10-2026"),
            ("Patiënt", "mw. J.M. Verhagen-Roos, geb. 17-04-1951"),
            ("BSN", bsn(11)),
            ("Opname", "03-10-2026"),
            ("Ontslag", "06-10-2026"),
            ("Afdeling", "Chirurgie C2"),
            ("Hoofdbehandelaar", "dr. W. Smits, traumachirurg"),
        ], {"grid": True}),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënte werd opgenomen na een val van de trap thuis op 02-10-2026 op de "
              "uitgestrekte linkerhand."),
        ("h", "Opnamediagnose"),
        ("p", "Intra-articulaire distale radiusfractuur links (AO 23-C2) met fractuur processus styloideus "
              "ulnae."),
        ("h", "Aanvullend onderzoek"),
        ("p", "Röntgen pols links (02-10-2026): dorsaal gekantelde, intra-articulaire distale radiusfractuur. "
              "CT pols links (03-10-2026): tweedelige gewrichtsvlakfractuur met stap van 2 mm."),
        ("h", "Operatie"),
        ("fields", [
            ("Datum operatie", "04-10-2026"),
            ("Operateur", "dr. W. Smits, traumachirurg"),
            ("Assistent", "drs. E. Janssen, AIOS heelkunde"),
            ("Anesthesie", "Algehele anesthesie en supraclaviculair blok; cefazoline 2 g i.v. profylactisch"),
            ("Ingreep", "Open repositie en interne fixatie distale radius links met palmaire hoekstabiele plaat"),
            ("Verloop", "Rugligging, armtafel, bloedleegte 250 mmHg. Gemodificeerde Henry-benadering via de "
                        "FCR-schede. Pronator quadratus L-vormig losgemaakt. Fractuur gereponeerd onder "
                        "doorlichting, gewrichtsvlak hersteld. Palmaire hoekstabiele plaat (2.4 mm), 3 "
                        "corticale en 6 hoekstabiele schroeven. Controle doorlichting: goede stand, geen "
                        "intra-articulaire schroeven. Pronator gehecht, subcutaan Vicryl 3-0, huid "
                        "intracutaan Monocryl 4-0. Bloedleegtetijd 74 minuten."),
            ("Complicaties", "Geen"),
            ("Nabehandeling", "Onderarmspalk 2 weken, daarna brace en handtherapie"),
        ]),
        ("h", "Beloop"),
        ("p", "Ongecompliceerd postoperatief beloop. Goede pijnstilling met paracetamol en naproxen. "
              "Neurovasculair intact. Fysiotherapeut gaf oefeninstructies voor vingers en schouder."),
        ("h", "Medicatie bij ontslag"),
        ("p", "Paracetamol 1000 mg 3 dd 1; naproxen 500 mg 2 dd 1 gedurende 5 dagen met pantoprazol 40 mg "
              "1 dd 1; eigen medicatie ongewijzigd."),
        ("h", "Beleid"),
        ("p", "Controle polikliniek traumatologie over 2 weken met röntgenfoto; wondcontrole en verwijderen "
              "hechtingen niet nodig (oplosbaar). Verwijzing handtherapie meegegeven."),
        ("p", "Met vriendelijke groet,"),
        ("lines", ["namens dr. W. Smits, traumachirurg,", "", "L. Bos, MSc", "physician assistant heelkunde"]),
    ],
    label=L(["correspondence", "operation-report"], "2026-10-08", "specialist", "nl",
            "discharge letter (klinische brief) docx with full operation section",
            "yes", "yes", "unmentioned", also=["2026-10-04"],
            notes="Discharge letter with a complete operation description (date, operator, procedure, "
                  "course) = also an operation report. Signed by a physician assistant namens the surgeon. "
                  "Dates: fall, admission, X-ray, CT, operation, discharge, letter."),
))

# ------------------------------------------------------------------------------------------ ty-011
DOCS.append(dict(
    id="ty-011", fmt="pdf", engine="flow",
    meta=dict(font="helv", size=9,
              footer="Regionaal Laboratorium Medische Microbiologie Noord-Holland - Deze uitslag is "
                     "elektronisch gevalideerd en geldig zonder handtekening - blad {page}/{pages}"),
    blocks=[
        ("letterhead", dict(logo="RLM", color="#4a148c", name="Regionaal Laboratorium Medische Microbiologie",
                            sub="Noord-Holland - locatie Hoorn",
                            lines=["Maelsonstraat 3, 1624 NP Hoorn"],
                            right=["Tel. 0229-257800", "Uitslagen: 0229-257810"])),
        ("fields2", [
            ("Aanvrager", "A.C. Reitsma, huisarts, Den Helder", "Labnummer", "M26-118402"),
            ("Patiënt", "mw. G. Yildiz", "Geboortedatum", "22-09-1969"),
            ("BSN", bsn(12), "Geslacht", "V"),
            ("Afnamedatum", "20-10-2026", "Ontvangstdatum", "21-10-2026"),
        ]),
        ("fields", [("Klinische gegevens",
                     "Opname in ziekenhuis buitenland (Antalya, Turkije) 08-2026 i.v.m. polsfractuur; "
                     "screening voor geplande behandeling handkliniek.")]),
        ("table", [
            ["Materiaal", "Bepaling", "Uitslag", "Status"],
            ["Neus (beide neusgaten)", "MRSA-screening (kweek + PCR)", "MRSA niet aangetoond", "definitief"],
            ["Keel", "MRSA-screening (kweek + PCR)", "MRSA niet aangetoond", "definitief"],
            ["Perineum", "MRSA-screening (kweek + PCR)", "MRSA niet aangetoond", "definitief"],
        ], {"widths": [0.22, 0.3, 0.3, 0.18]}),
        ("h", "Conclusie"),
        ("p", "Geen MRSA aangetoond in de ingezonden screeningsmaterialen."),
        ("fields", [("Datum uitslag", "23-10-2026"),
                    ("Gevalideerd door", "dr. H. Kuipers, arts-microbioloog, 23-10-2026 15:12")]),
    ],
    label=L(["mrsa-screening"], "2026-10-23", "lab", "nl", "microbiology lab result, table layout",
            "unmentioned", "unmentioned", "yes", also=["2026-10-20"],
            notes="MRSA screening result itself (lab). The clinical information line states an admission "
                  "abroad (Antalya). Sampling, receipt, validation dates."),
))

# ------------------------------------------------------------------------------------------ ty-013
DOCS.append(dict(
    id="ty-013", fmt="pdf", engine="flow",
    meta=dict(font="dejavuserif", size=10,
              footer="AZ Sint-Elooi vzw - campus Kortrijk - Doorniksesteenweg 150, 8500 Kortrijk - "
                     "+32 56 41 20 00 - pagina {page} van {pages}"),
    blocks=[
        ("letterhead", dict(logo="AZ", color="#00796b", name="AZ Sint-Elooi",
                            sub="Dienst Orthopedie en Traumatologie - Hand- en polschirurgie",
                            lines=["Doorniksesteenweg 150, 8500 Kortrijk"],
                            right=["Secretariaat: +32 56 41 23 10", "RIZIV-nr. 1-71222-33-580"])),
        ("lines", ["Dokter J. de Kok", "Huisartsenpraktijk Aardenburg", "Weststraat 5",
                   "4527 AD Aardenburg (Nederland)", "", "Kortrijk, 18/08/2026"]),
        ("p", "<b>Betreft:</b> mevrouw Lotte De Smet-Verbeke, °23/03/1979 - raadpleging van 14/08/2026"),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënte, woonachtig in Sluis, werd gezien op de raadpleging handchirurgie. Zij kwam "
              "eerder op 02/08/2026 via onze spoedgevallendienst na een val met de fiets op de "
              "gestrekte rechterhand."),
        ("h", "Anamnese"),
        ("p", "Sindsdien pijn dorsaal aan de rechterpols, vooral bij steunen. Geen voorgaande heelkunde aan "
              "de rechterpols. Rechtshandig, kinesitherapeute van beroep."),
        ("h", "Klinisch onderzoek"),
        ("p", "Zwelling dorsaal ter hoogte van het scafolunaire interval, drukpijn. Watson-test positief "
              "rechts met pijn, geen klik. Kracht 60 % van links."),
        ("h", "Technisch onderzoek"),
        ("p", "RX rechterpols face/profiel en clenched-fist (spoedgevallendienst 02/08/2026 en controle "
              "14/08/2026): geen fractuur, scafolunaire afstand 3 mm bij vuistopname, geen DISI-stand."),
        ("h", "Besluit"),
        ("p", "Distorsie rechterpols met vermoedelijk partieel scafolunair letsel."),
        ("h", "Beleid"),
        ("p", "Immobilisatie in een polsbrace voor 4 weken. Een NMR van de rechterpols werd aangevraagd; "
              "patiënte wenst de verdere opvolging en eventueel de NMR in Nederland te laten gebeuren. "
              "Wij bezorgen haar een kopie van de beelden op cd-rom."),
        ("p", "Met collegiale groeten,"),
        ("lines", ["Dr. Pieter Vandenbroucke, orthopedisch chirurg", "",
                   "Dr. Sofie Claeys, arts-specialist in opleiding orthopedie"]),
    ],
    label=L(["correspondence"], "2026-08-18", "specialist", "nl",
            "Flemish AZ consultation letter (raadpleging), serif",
            "yes", "no", "yes", also=[],
            notes="Written by a Belgian hospital that treated the patient (emergency department and "
                  "consultation): treated abroad yes. Flemish words (raadpleging, spoedgevallendienst, "
                  "Besluit, NMR, ° birth date). MRI only requested. 'Geen voorgaande heelkunde' = no."),
))

# ------------------------------------------------------------------------------------------ ty-017
DOCS.append(dict(
    id="ty-017", fmt="pdf", engine="canvas",
    meta=dict(font="helv", size=9, label_w=30 * MM,
              footer="Voorlopig verslag 05-08-2026 16:10 (drs. R. El Idrissi)  -  Definitief geautoriseerd door "
                     "dr. J.W. Bosman, radioloog, op 06-08-2026 09:02\nZiekenhuis Delfland-Oost  -  pagina "
                     "{page} van {pages}"),
    blocks=[
        ("letterhead", dict(logo="DO", color="#37474f", name="Ziekenhuis Delfland-Oost",
                            sub="Medische Beeldvorming",
                            lines=["Reinier de Graafweg 80, 2625 AD Delft"],
                            right=["Radiologie 015-2603300"])),
        ("title", "RADIOLOGISCH ONDERZOEK"),
        ("fields2", [
            ("Naam", "mw. P.L. van Beek", "Geboortedatum", "05-05-1956"),
            ("Patiëntnr.", "2290117", "Geslacht", "V"),
            ("Aanvrager", "drs. M. Peeters, AIOS orthopedie, namens dr. K. Baars, orthopeed",
             "Afdeling", "Orthopedie"),
            ("Onderzoek", "CT pols links zonder contrast", "Datum onderzoek", "05-08-2026"),
            ("Accessienr.", "DOR26-0550913", "Vergelijking", "X-pols li 12-05-2026"),
        ]),
        ("h", "Klinische gegevens"),
        ("p", "Status na ORIF distale radius links (03-2026) met palmaire plaat. Aanhoudende pijn en "
              "beperkte dorsaalflexie. Vraagstelling: consolidatie? Intra-articulaire stap? "
              "Schroefpenetratie?"),
        ("h", "Verslag"),
        ("p", "Status na palmaire hoekstabiele plaatosteosynthese van de distale radius links met zeven "
              "schroeven. Fractuurlijn metafysair grotendeels overbrugd, dorsaal nog een smalle spleet "
              "zonder volledige brugvorming. Gewrichtsvlak radiocarpaal congruent, geen stap. De meest "
              "ulnaire distale schroef protrudeert ca. 2 mm dorsaal in het vierde extensorcompartiment. "
              "Geen intra-articulaire schroefpenetratie. Ulna plus-variantie 2 mm. Lichte artrose "
              "scafotrapeziotrapezoïdaal."),
        ("h", "Conclusie"),
        ("p", "1. Vertraagde, nog incomplete consolidatie dorsaal bij status na ORIF distale radius links. "
              "2. Dorsale protrusie van de ulnaire distale schroef (ca. 2 mm), mogelijk irritatie "
              "extensorpezen. 3. Geen intra-articulaire schroef."),
        ("space", 6),
        ("fields", [("Verslaglegging", "drs. R. El Idrissi, AIOS radiologie"),
                    ("Supervisor", "dr. J.W. Bosman, radioloog")]),
    ],
    label=L(["imaging-report"], "2026-08-06", "radiologist", "nl",
            "radiology report canvas form, two-column header fields",
            "yes", "yes", "unmentioned", also=["2026-08-05"],
            notes="Written by a radiology resident with supervising radiologist; the requester line names an "
                  "orthopaedic resident namens an orthopaedist (not the author). 'Status na ORIF' says the "
                  "wrist was operated. Comparison X-ray date and operation month are earlier events."),
))

# ------------------------------------------------------------------------------------------ ty-019
DOCS.append(dict(
    id="ty-019", fmt="pdf", engine="flow",
    meta=dict(font="helv", size=10,
              footer="Ziekenhuis Vechtdal-Zuid  -  Orthopedie  -  Dokter van Deventerlaan 1, 7772 SE Hardenberg  "
                     "-  {page}/{pages}"),
    blocks=[
        ("letterhead", dict(logo="VZ", color="#ef6c00", name="Ziekenhuis Vechtdal-Zuid",
                            sub="Orthopedie - Hand- en polsspreekuur",
                            lines=["Dokter van Deventerlaan 1, 7772 SE Hardenberg"],
                            right=["Tel. 0523-276000", "Ons kenmerk ORT-SY-0722"])),
        ("lines", ["De weledelgeleerde heer B. Nijhuis, huisarts", "Stationsstraat 12", "7771 BE Hardenberg",
                   "", "Hardenberg, 22-07-2026"]),
        ("p", "Betreft: dhr. G.J. Lubbers, geboren 09-12-1994, BSN " + bsn(13)),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënt werd op 20-07-2026 op onze poliklinische behandelkamer behandeld voor een "
              "recidiverend ganglion aan de dorsale zijde van de rechterpols. Eerder werd het ganglion "
              "tweemaal geaspireerd (01-2026 en 04-2026). Echografie (03-2026) liet een ganglion van 14 mm "
              "zien uitgaande van het scafolunaire interval."),
        ("h", "Ingreep"),
        ("fields", [
            ("Datum", "20-07-2026"),
            ("Ingreep", "Excisie ganglion dorsale pols rechts"),
            ("Operateur", "dr. S. Yilmaz, orthopedisch chirurg"),
            ("Assistentie", "J. de Waal, operatieassistent"),
            ("Anesthesie", "Lokaal, lidocaïne 1% met adrenaline, 10 ml; bloedleegte met manchet"),
            ("Beschrijving", "Transversale incisie over het ganglion. Sparen van de sensibele takken van de "
                             "n. radialis. Ganglion vrijgeprepareerd tussen het 3e en 4e extensorcompartiment "
                             "tot aan de steel op het scafolunaire ligament. Excisie in toto met een klein "
                             "kapselvenster, ligament intact. Ingestuurd voor PA. Hemostase, huid Ethilon 4-0."),
            ("Complicaties", "Geen"),
            ("Nabehandeling", "Drukverband 2 dagen, daarna vrij bewegen. Hechtingen verwijderen bij u "
                              "na 10-14 dagen."),
        ]),
        ("h", "Beleid"),
        ("p", "Controle op ons spreekuur over 6 weken met de PA-uitslag. Wij verwachten geen problemen; "
              "bij een recidief kan een artroscopische resectie overwogen worden."),
        ("p", "Met vriendelijke groet,"),
        ("lines", ["dr. S. Yilmaz", "orthopedisch chirurg", "", "cc: patiënt"]),
    ],
    label=L(["correspondence", "operation-report"], "2026-07-22", "specialist", "nl",
            "outpatient letter without title containing a procedure report",
            "yes", "yes", "unmentioned", also=["2026-07-20"],
            notes="No title. Letter to the GP that carries a complete report of an outpatient procedure "
                  "(operator, anaesthesia, description): both correspondence and operation report. "
                  "Ultrasound mentioned as done. Arthroscopic resection is only a future option."),
))

# ------------------------------------------------------------------------------------------ ty-028
TXT_028 = """
26-10-2026 10:14   VAN: ZKH MAAS EN WAAL NEUROLOGIE   FAX 0487-596110      P. 1/2
--------------------------------------------------------------------------------
              Ziekenhuis Maas en Waal - Afdeling Neuro1ogie
              Dijkstraat 40, 6601 BG Wijchen      tel. 0487-596100

Aan: dhr. dr. K. Peters, huisarts                Datum: 22-10-2026
     Huisartsenpraktijk De Molen                 Ons kenmerk: NEU/BH/88120
     Molenstraat 8, 6602 AB Wijchen

Betreft: mw. A.M.J. Hendriks, geb. 14-08-1963

Geachte collega,

Uw patiente werd op 15-10-2026 op onze polikliniek gezien in verband met
tintelingen in beide handen, rechts meer dan links, vooral 's nachts.

Anamnese: klachten sinds ca. 1 jaar, wordt 3-4x per nacht wakker. Geen nek-
klachten. Diabetes mellitus type 2, goed ingesteld.

Neurologisch onderzoek: Tinel en Phalen positief beiderzijds. Lichte
hypesthesie dig 1-3 rechts. Geen atrofie van de thenar. Reflexen symmetrisch.

EMG (15-10-2026): matig ernstig carpaletunnelsyndroom rechts, licht
carpaletunnelsyndroom links. Geen aanwijzingen voor polyneuropathie of
cervicale radiculopathie.

Aanvul1ende beeldvorming (echo n. medianus) is niet verricht en lijkt ons
niet noodzakelijk.
--------------------------------------------------------------------------------
26-10-2026 10:15   VAN: ZKH MAAS EN WAAL NEUROLOGIE   FAX 0487-596110      P. 2/2
--------------------------------------------------------------------------------
Conc1usie: carpaletunnelsyndroom beiderzijds, rechts > links.

Beleid: patiente krijgt nachtspalken. Een verwijzing naar de plastisch
chirurg voor een carpaletunnelrelease rechts hebben wij besproken; zij wil
hier eerst over nadenken en eventueel elders een second opinion vragen. Wij
hebben geen vervolgafspraak gemaakt.

Met vriendelijke groet,

dr. B. Hartman, neuroloog
i.o. G. Smit, AIOS neurologie

cc: patiente
"""
DOCS.append(dict(
    id="ty-028", fmt="txt", text=TXT_028,
    label=L(["correspondence"], "2026-10-22", "specialist", "nl",
            "fax with OCR errors, fax header on each page",
            "no", "unmentioned", "unmentioned",
            notes="OCR errors (Neuro1ogie, Conc1usie, Aanvul1ende). Fax send date 26-10-2026 on each page "
                  "differs from letter date 22-10-2026. EMG is not imaging; ultrasound explicitly not done. "
                  "Release only discussed. Signed 'i.o.' by a resident."),
))

# ------------------------------------------------------------------------------------------ ty-030
DOCS.append(dict(
    id="ty-030", fmt="docx",
    meta=dict(header="UZ Scheldevallei - Orthopedie - Hand- en polschirurgie",
              footer="UZ Scheldevallei - Herestraat 200, 3000 Leuven - T +32 16 33 00 00 - blz. {page}"),
    blocks=[
        ("letterhead", dict(logo="UZS", color="#1565c0", name="UZ Scheldevallei",
                            sub="Dienst Orthopedie - Hand- en polschirurgie",
                            lines=["Herestraat 200, 3000 Leuven"],
                            right=["Diensthoofd: Prof. dr. E. Vermeulen", "T +32 16 33 87 10"])),
        ("title", "Verslag"),
        ("fields", [("Patiënt", "Mevrouw Anouk Peeters, °07/11/1974"),
                    ("Adres", "Axelsestraat 19, 4537 AK Terneuzen (NL)"),
                    ("Raadpleging", "02/09/2026"),
                    ("Verslagdatum", "04/09/2026"),
                    ("Bestemmeling", "Dokter L. Maas, huisarts, Terneuzen")]),
        ("p", "Geachte collega,"),
        ("p", "Wij zagen mevrouw Peeters op controle, acht maanden na een proximale rij carpectomie "
              "(PRC) van de rechterpols, uitgevoerd op 15/01/2026 in ons ziekenhuis wegens een SNAC-pols "
              "stadium III (zie operatieverslag in bijlage)."),
        ("p", "Zij meldt aanhoudende pijn bij belasten en een stijf gevoel. Zij werkt halftijds als "
              "administratief bediende. Kinesitherapie twee keer per week."),
        ("p", "<b>Klinisch onderzoek:</b> rustig litteken. Dorsaalflexie 35°, palmairflexie 30°, "
              "pro-/supinatie volledig. Knijpkracht 14 kg rechts versus 28 kg links."),
        ("p", "<b>RX rechterpols (02/09/2026):</b> goede congruentie capitatum-lunatumfossa, geen "
              "progressieve artrose."),
        ("p", "<b>Besluit:</b> trage revalidatie na PRC rechts, radiologisch goed resultaat."),
        ("p", "<b>Beleid:</b> kinesitherapie verderzetten, evaluatie binnen drie maanden. Een artrodese "
              "is op dit moment niet aan de orde. Patiënte wenst een second opinion in Nederland, "
              "waartegen wij geen bezwaar hebben."),
        ("p", "Met collegiale groeten,"),
        ("lines", ["Dr. Jonas Wouters, arts-specialist in opleiding orthopedie",
                   "namens Prof. dr. Els Vermeulen, diensthoofd"]),
    ],
    label=L(["correspondence"], "2026-09-04", "specialist", "nl",
            "Flemish university hospital letter, generic title 'Verslag', docx",
            "yes", "yes", "yes", also=[],
            notes="Generic title. Written by a Belgian hospital that operated the patient: treated abroad "
                  "yes. Operation report only mentioned as enclosure ('zie operatieverslag in bijlage'), "
                  "not present. Consultation 02/09 vs report date 04/09."),
))

# ------------------------------------------------------------------------------------------ ty-038
DOCS.append(dict(
    id="ty-038", fmt="pdf", engine="flow",
    meta=dict(font="helv", size=10,
              header="Ziekenhuis Hollands Midden-Oost - Chirurgie/Traumatologie", header_first=False,
              footer="Pagina {page} van {pages}  -  Printdatum 03-09-2026"),
    blocks=[
        ("letterhead", dict(logo="HMO", color="#00838f", name="Ziekenhuis Hollands Midden-Oost",
                            sub="Chirurgie - Traumatologie",
                            lines=["Bospad 3, 2401 RX Alphen aan den Rijn"],
                            right=["Poli chirurgie 0172-467200"])),
        ("lines", ["Aan: mw. S. Haverkamp, huisarts", "Julianastraat 40, 2405 CL Alphen aan den Rijn"]),
        ("fields", [("Datum", "30-08-2026"), ("Kenmerk", "CHI/TR/26-8812"),
                    ("Betreft", "dhr. R. Zwart, geb. 21-02-1975, BSN " + bsn(14))]),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënt viel op 18-07-2026 tijdens een vakantie van een muurtje op de linkerhand. Hij werd "
              "opgevangen in het Hospital Regional de Málaga, waar op 20-07-2026 een gesloten repositie en "
              "percutane fixatie met drie K-draden van een distale radiusfractuur links werden verricht. Hij "
              "werd na twee nachten ontslagen met een onderarmgips en een Spaanstalige ontslagbrief."),
        ("h", "Beloop"),
        ("p", "Op 28-08-2026 zagen wij hem op de gipskamer. Na gipsverwijdering zijn de K-draden "
              "poliklinisch verwijderd. Röntgenfoto pols links (28-08-2026): geconsolideerde fractuur in "
              "acceptabele stand, lichte dorsale kanteling van 8 graden."),
        ("h", "Conclusie"),
        ("p", "Geconsolideerde distale radiusfractuur links na K-draadfixatie in het buitenland."),
        ("h", "Beleid"),
        ("p", "Handtherapie. In verband met de opname in een buitenlands ziekenhuis is bij de eerste "
              "controle een MRSA-screening afgenomen; de uitslag volgt en wordt u apart toegestuurd. "
              "Controle over 6 weken."),
        ("p", "Met vriendelijke groet,"),
        ("lines", ["drs. T. Mulder, AIOS chirurgie", "supervisor: dr. H. Dekker, traumachirurg"]),
    ],
    label=L(["correspondence"], "2026-08-30", "specialist", "nl",
            "Dutch outpatient letter (trauma surgery) about care abroad",
            "yes", "yes", "yes", also=[],
            notes="Care abroad named by hospital name and city (Málaga). K-wire fixation abroad = operated "
                  "yes. MRSA screening only mentioned as pending, not a result. Resident with supervisor. "
                  "Print date in footer; header only from page 2 (single page here)."),
))

# ------------------------------------------------------------------------------------------ ty-039
DOCS.append(dict(
    id="ty-039", fmt="docx",
    meta=dict(footer="Reumatologie Centrum Twente-Zuid - Pagina {page} van {pages}"),
    blocks=[
        ("letterhead", dict(logo="RC", color="#ad1457", name="Reumatologie Centrum Twente-Zuid",
                            sub="Polikliniek Reumatologie, Ziekenhuis Twente-Zuid",
                            lines=["Haaksbergerstraat 55, 7513 ER Enschede"],
                            right=["T 053-4871200", "AGB 03-910221"])),
        ("lines", ["Kliniek voor Hand- en Polschirurgie Oost", "t.a.v. het secretariaat / intake",
                   "Postbus 443", "7400 AK Deventer"]),
        ("fields", [("Datum", "11 november 2026"),
                    ("Onderwerp", "Verwijzing mw. I. Wolters, geb. 03-03-1960"),
                    ("Uw kenmerk", "-")]),
        ("p", "Geachte collega,"),
        ("p", "Hierbij verwijs ik mevrouw Wolters, 66 jaar, bekend op onze polikliniek met seropositieve "
              "reumatoïde artritis sinds 2008. De ziekte is sinds 2024 in remissie op methotrexaat en "
              "adalimumab."),
        ("p", "Sinds het voorjaar ontwikkelt zij toenemende ulnaire deviatie van de vingers van de "
              "rechterhand en kan zij dig IV en V niet meer actief strekken in het MCP-gewricht. Echo "
              "handen (05-10-2026): tenosynovitis van de extensoren ter hoogte van de pols rechts, "
              "discontinuïteit van de extensor digiti minimi-pees. Zij is nooit aan de handen geopereerd."),
        ("p", "<b>Vraagstelling:</b> is er een indicatie voor een peestranspositie en/of "
              "MCP-artroplastiek, en op welke termijn?"),
        ("p", "Medicatie: methotrexaat 15 mg 1x/week, foliumzuur, adalimumab 40 mg 2-wekelijks. "
              "Allergie: sulfasalazine (exantheem)."),
        ("p", "Met vriendelijke groet,"),
        ("lines", ["dr. C. Bakker", "reumatoloog"]),
    ],
    label=L(["referral", "correspondence"], "2026-11-11", "specialist", "nl",
            "specialist-to-specialist referral letter, docx",
            "yes", "no", "unmentioned", rq=True,
            notes="Referral from a treating specialist (rheumatologist) with an explicit Vraagstelling: both "
                  "referral and specialist correspondence. 'Nooit aan de handen geopereerd' = operated no."),
))

# ------------------------------------------------------------------------------------------ ty-043
DOCS.append(dict(
    id="ty-043", fmt="pdf", engine="canvas",
    meta=dict(font="helv", size=9, label_w=40 * MM,
              header="Ziekenhuis De Lindenhorst - OK-complex",
              footer="Verslag vastgelegd door dr. F. Lammers op 09-06-2026 11:20  |  Afgedrukt 01-10-2026  |  "
                     "Pagina {page} van {pages}"),
    blocks=[
        ("letterhead", dict(logo="LH", color="#558b2f", name="Ziekenhuis De Lindenhorst",
                            sub="Plastische chirurgie",
                            lines=["Lindenlaan 1, 8011 AA Zwolle"], right=["OK-complex, 038-4245000"])),
        ("title", "Verslag"),
        ("fields2", [("Patiënt", "dhr. H. Bosch", "Geb.datum", "19-10-1949"),
                     ("Opnamenr.", "OK-26-10442", "BSN", bsn(15))]),
        ("fields", [
            ("Datum operatie", "09-06-2026"),
            ("Operateur", "dr. F. Lammers, plastisch chirurg"),
            ("Assistent", "drs. I. Koster, ANIOS plastische chirurgie"),
            ("Anesthesie", "WALANT (lidocaïne 1% met adrenaline), geen bloedleegte"),
            ("Indicatie", "M. Dupuytren dig IV rechts, extensiedeficit MCP 45 graden, PIP 30 graden"),
            ("Ingreep", "Partiële fasciectomie dig IV rechts"),
            ("Beschrijving", "Brunner-incisie palmair straal IV. Identificatie en bescherming van de "
                             "neurovasculaire bundels radiair en ulnair. Excisie van de pretendineuze en "
                             "spirale streng tot aan de PIP. Volledige extensie MCP, PIP restdeficit 10 "
                             "graden. Huid gesloten met Ethilon 5-0, Y-V-plastiek aan de basis."),
            ("Complicaties", "Geen"),
            ("Snijtijd", "10:14 - 11:02"),
            ("Nabehandeling", "Drukverband, na 1 week handtherapie en nachtspalk in extensie gedurende 3 maanden"),
        ]),
    ],
    label=L(["operation-report"], "2026-06-09", "specialist", "nl",
            "operation report canvas form with generic title 'Verslag'",
            "unmentioned", "yes", "unmentioned",
            notes="Generic title 'Verslag' and no salutation: the fields (Datum operatie, Operateur, Ingreep, "
                  "Beschrijving) make it an operation report. Print date later in footer."),
))

# ------------------------------------------------------------------------------------------ ty-047
DOCS.append(dict(
    id="ty-047", fmt="pdf", engine="flow",
    meta=dict(font="helv", size=9.5,
              footer="Medische Beeldvorming Maes & Janssens - Leopoldlaan 12, 9300 Aalst - +32 53 21 44 10 - "
                     "Verslag gevalideerd op 10/10/2026"),
    blocks=[
        ("letterhead", dict(logo="MB", color="#283593", name="Medische Beeldvorming Maes & Janssens",
                            sub="Dr. K. Maes - Dr. L. Janssens, radiologen",
                            lines=["Leopoldlaan 12, 9300 Aalst"],
                            right=["Afspraken +32 53 21 44 10", "RIZIV 1-60119-88-950"])),
        ("fields", [("Patiënt", "Mevr. Eline Van Damme (°15/06/1992)"),
                    ("Aanvragende arts", "Dr. W. Goossens, huisarts, Aalst"),
                    ("Datum onderzoek", "09/10/2026"),
                    ("Onderzoek", "RX linkerpols (F/P) + echografie linkerpols")]),
        ("p", "<b>Klinische inlichtingen:</b> zwelling volaire zijde linkerpols sinds 2 maanden, pijn bij "
              "steunen. Ganglion?"),
        ("p", "<b>RX linkerpols:</b> normale botstructuur en gewrichtsspleten. Geen fractuur. Geen "
              "calcificaties in de weke delen."),
        ("p", "<b>Echografie:</b> volair radiaal, tussen de a. radialis en de FCR-pees, een goed begrensde "
              "anechogene multiloculaire structuur van 11 x 8 x 7 mm met een steel naar het "
              "radioscafoïdaal gewricht. Geen doppler-signaal. A. radialis doorgankelijk, niet "
              "gecomprimeerd."),
        ("p", "<b>Besluit:</b> volair ganglion linkerpols uitgaande van het radioscafoïdaal gewricht, in "
              "nauw contact met de a. radialis. Geen ossale letsels."),
        ("space", 6),
        ("lines", ["Met collegiale groeten,", "Dr. K. Maes, radioloog"]),
    ],
    label=L(["imaging-report"], "2026-10-10", "radiologist", "nl",
            "Flemish private radiology practice report without title",
            "yes", "unmentioned", "yes", also=["2026-10-09"],
            notes="No title; Flemish style ('Besluit', ° birth date, RIZIV). Report of a Belgian radiology "
                  "practice that examined the patient: treated abroad yes (clinic abroad). Validation date "
                  "only in the footer."),
))

# ------------------------------------------------------------------------------------------ ty-062
DOCS.append(dict(
    id="ty-062", fmt="pdf", engine="flow",
    meta=dict(font="dejavu", size=9.5,
              footer="Ziekenhuis Amstelveen-Zuid | Reumatologie | Dictaat 27-10-2026 | pagina {page} van {pages}"),
    blocks=[
        ("letterhead", dict(logo="AZ-Z", color="#5d4037", name="Ziekenhuis Amstelveen-Zuid",
                            sub="Reumatologie",
                            lines=["Laan van de Helende Meesters 8, 1186 AM Amstelveen"],
                            right=["Poli 020-7556100"])),
        ("title", "Brief"),
        ("lines", ["Aan: dr. M. Overmars, huisarts, Amstelveen",
                   "Datum: 27-10-2026",
                   "Patiënt: mw. C.A. Rietveld, 18-01-1961"]),
        ("p", "Beste collega,"),
        ("p", "Mw. Rietveld werd verwezen in verband met pijnlijke, gezwollen DIP- en PIP-gewrichten van "
              "beide handen, vraagstelling reumatoïde artritis?"),
        ("p", "<b>Bevindingen:</b> benige zwellingen DIP II-V en PIP III beiderzijds, geen synovitis van "
              "de MCP-gewrichten of polsen. Reumafactor en anti-CCP negatief, BSE 12."),
        ("p", "<b>Aanvullend onderzoek:</b> X-handen (20-10-2026): erosieve artrose DIP II-V beiderzijds "
              "en PIP III rechts. Echo handen: geen synovitis, geen tenosynovitis."),
        ("p", "<b>Conclusie:</b> erosieve handartrose; geen aanwijzingen voor reumatoïde artritis."),
        ("p", "<b>Beleid:</b> uitleg, paracetamol en handoefeningen; ergotherapie. Patiënte heeft veel "
              "last van de PIP III rechts. Wij adviseren u haar te verwijzen naar een handchirurg voor een "
              "second opinion over operatieve mogelijkheden (artrodese of prothese). Wij hebben haar "
              "terugverwezen naar u."),
        ("p", "Met collegiale groet,"),
        ("lines", ["J. Wouda, verpleegkundig specialist reumatologie",
                   "supervisor: dr. A. Ramdin, reumatoloog"]),
    ],
    label=L(["correspondence"], "2026-10-27", "specialist", "nl",
            "outpatient letter with generic title 'Brief', nurse practitioner with supervisor",
            "yes", "unmentioned", "unmentioned",
            notes="Specialist letter advising the GP to refer for a second opinion: it is not itself a "
                  "referral to the clinic. 'Vraagstelling reumatoïde artritis?' is the GP's earlier question. "
                  "Written by a nurse practitioner for the rheumatology department: author specialist."),
))

# ------------------------------------------------------------------------------------------ ty-063
DOCS.append(dict(
    id="ty-063", fmt="docx",
    meta=dict(header="Handcentrum Zuid - zelfstandig behandelcentrum voor hand- en polschirurgie",
              footer="Handcentrum Zuid B.V. - Stationsplein 2, 5611 AB Eindhoven - KvK 00000000 - p. {page}"),
    blocks=[
        ("letterhead", dict(logo="HZ", color="#00695c", name="Handcentrum Zuid",
                            sub="Zelfstandig behandelcentrum hand- en polschirurgie",
                            lines=["Stationsplein 2, 5611 AB Eindhoven"], right=["T 040-2190550"])),
        ("title", "OK-verslag"),
        ("fields", [
            ("Patiënt", "mw. T. van den Heuvel"),
            ("Geboortedatum", "26-04-1972"),
            ("BSN", bsn(16)),
            ("Datum ingreep", "17-09-2026"),
            ("Operateur", "H.P. Claassen, plastisch chirurg"),
            ("Anesthesie", "WALANT, lidocaïne 1% + adrenaline 5 ml"),
            ("Pre-operatieve MRSA-screening", "n.v.t. (geen risicofactoren)"),
            ("Indicatie", "Triggervinger dig III rechts, Quinnell graad 3, na tweemalige injectie"),
            ("Ingreep", "A1-pulley-klieving dig III rechts"),
            ("Verloop", "Transversale incisie ter hoogte van de distale palmaire plooi. Pezen "
                        "geïdentificeerd, A1-pulley over volle lengte gekliefd, A2 gespaard. Actief buigen "
                        "en strekken door patiënte zonder haperen. Huid Ethilon 5-0."),
            ("Complicaties", "Geen"),
            ("Nabehandeling", "Direct bewegen, hechtingen verwijderen na 10 dagen bij de huisarts"),
            ("Datum verslag", "18-09-2026"),
        ], {"grid": True}),
        ("p", "H.P. Claassen, plastisch chirurg"),
    ],
    label=L(["operation-report"], "2026-09-17", "specialist", "nl",
            "independent treatment centre (ZBC) operation report, docx grid table",
            "unmentioned", "yes", "unmentioned", also=["2026-09-18"],
            notes="Operation report from a ZBC; the MRSA line is 'n.v.t.' and is not a screening result. "
                  "Operation date vs report date."),
))
