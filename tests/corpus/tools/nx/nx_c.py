"""nx-025 .. nx-036: merged Dutch files, GP letter to patient, wound culture, OCR referral, CT,
Belgian documents, positive MRSA."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from nx_common import make, make_raw, make_merged, lab

# 025 merged: referral + HIS summary + ultrasound report ----------------------------------------
p1 = [("lh", ["Huisartsenpraktijk Dorpsstraat", "Dorpsstraat 5", "3732 HA De Bilt"], ["Tel 030-2201144", "AGB 01-099887"]),
      ("p", "De Bilt, 25-11-2026"),
      ("addr", ["Handkliniek Utrecht", "t.a.v. de dienstdoende handchirurg"]),
      ("inl", "Betreft:", "dhr. C. van Rijn, geb. 25-11-1971"),
      ("p", "Waarde collega,"),
      ("p", "Dhr. Van Rijn heeft sinds een jaar een pijnlijke knobbel in de handpalm rechts, die bij "
            "echografie (Diakonessenhuis, 02-10-2026) een reuzenceltumor van de peesschede leek te zijn. "
            "De chirurg in het Diakonessenhuis stelde excisie voor. Patiënt wil graag een second opinion over de "
            "vraag of excisie nodig is en wie dit het beste kan doen."),
      ("p", "Bijgaand de samenvatting uit ons HIS en het echoverslag."),
      ("p", "Met collegiale groet,\n\nE. Schipper, huisarts")]
p2 = [("title", "Samenvatting HIS"),
      ("kv", [("Patiënt", "C. van Rijn"), ("Geboren", "25-11-1971"), ("Datum uitdraai", "25-11-2026")], 1),
      ("table", [["ICPC", "Omschrijving", "Begin"],
                 ["L98", "Zwelling handpalm re", "11-2025"],
                 ["T93", "Hypercholesterolemie", "2017"],
                 ["L81", "Meniscusletsel knie li, artroscopie", "2014"]], [20, 100, 40]),
      ("h", "Journaal"),
      ("p", "18-11-2025 S: bultje handpalm re. O: vaste zwelling 1 cm volair MCP III. P: afwachten.\n"
            "09-09-2026 S: groter, pijn bij gereedschap vasthouden. P: echo.\n"
            "06-10-2026 Uitslag echo: reuzenceltumor peesschede? P: verwijzing chirurgie.\n"
            "12-11-2026 Brief specialist ontvangen: excisie voorgesteld, pt twijfelt.\n"
            "25-11-2026 P: verwijzing second opinion handkliniek.")]
p3 = [("lh", ["Diakonessenhuis", "Afdeling Radiologie", "Bosboomstraat 1, Utrecht"],
       ["Aanvrager: E. Schipper, huisarts", "Onderzoek: echo hand re", "Datum: 02-10-2026"]),
      ("sec", "Vraagstelling", "Zwelling handpalm re, ganglion?"),
      ("sec", "Bevindingen", "Solide, hypo-echogene, goed begrensde laesie van 13 mm, grenzend aan de "
              "buigpeesschede dig III ter hoogte van de A1-ringband, met interne vascularisatie. Pees glijdt vrij."),
      ("sec", "Conclusie", "Solide laesie aan de peesschede, meest passend bij een reuzenceltumor (TGCT). "
              "Geen ganglion."),
      ("p", "dr. W. Hoekman, radioloog")]
make_merged("nx-025-bijlagen-verwijzing-his-echo", [("pdf", p1, {}), ("pdf", p2, {"footer": "HIS-uitdraai p. {page}"}), ("pdf", p3, {})],
            lab(["referral", "history", "imaging-report"], "2026-11-25", "gp", "nl",
                "merged PDF: GP letter + HIS summary + ultrasound report",
                q=True, img="yes", op="unmentioned", ab="unmentioned",
                notes="Three documents in one PDF; the GP letter's date equals the patient's birthday "
                      "(25-11); knee arthroscopy in 2014 is another body part; excision only proposed.",
                parts=[(["referral"], "2026-11-25", "gp"), (["history"], "2026-11-25", "gp"),
                       (["imaging-report"], "2026-10-02", "radiologist")]))

# 026 merged: discharge letter + OK report + outpatient follow-up --------------------------------
q1 = [("lh", ["Catharina Ziekenhuis", "Heelkunde - Handchirurgie", "Michelangelolaan 2, 5623 EJ Eindhoven"],
       ["Ontslagbrief", "Datum: 30-09-2026"]),
      ("kv", [("Patiënt", "dhr. F. Lambrechts, 05-05-1966"), ("Opname", "27-09-2026"), ("Ontslag", "29-09-2026"),
              ("Huisarts", "dr. J. Swinkels, Veldhoven")], 1),
      ("sec", "Diagnose", "Flegmone dig II rechts na bijtwond (kat)."),
      ("sec", "Beloop", "Start iv antibiotica. Op 28-09-2026 chirurgisch gedebrideerd en gespoeld (zie "
              "operatieverslag). Daarna snelle verbetering. Geen beeldvorming verricht."),
      ("sec", "Ontslagmedicatie", "amoxicilline/clavulaanzuur 625 mg 3dd, nog 7 dagen"),
      ("p", "dr. L. Verbeek, chirurg")]
q2 = [("title", "OPERATIEVERSLAG"),
      ("kv", [("Datum", "28-09-2026"), ("Operateur", "dr. L. Verbeek"), ("Anesthesie", "algehele"),
              ("Ingreep", "Incisie, debridement en spoelen buigpeesschede dig II re")], 1),
      ("p", "Mid-laterale incisie, troebel vocht uit de peesschede, kweek afgenomen. Spoelen met 1 L NaCl via "
            "katheter proximaal A1. Wond open gelaten. Geen complicaties.")]
q3 = [("lh", ["Catharina Ziekenhuis", "Polikliniek Heelkunde"], ["14 oktober 2026"]),
      ("p", "Geachte collega Swinkels,"),
      ("p", "Controle na debridement van de peesschede dig II rechts. Wond genezen, flexie volledig, lichte "
            "stijfheid PIP. Verwezen naar handtherapie. Geen verdere controles nodig."),
      ("p", "Met vriendelijke groet,\ndr. L. Verbeek")]
make_merged("nx-026-bijlagen-ontslag-ok-poli", [("pdf", q1, {}), ("lo", q2, {}), ("pdf", q3, {})],
            lab(["correspondence", "operation-report"], "2026-10-14", "specialist", "nl",
                "merged PDF from two generators: discharge letter, OK form, outpatient letter",
                img="no", op="yes", ab="unmentioned", also=["2026-09-30", "2026-09-28"],
                notes="Merged hospital documents; newest part is the outpatient letter; 'Geen beeldvorming verricht' "
                      "in the discharge letter; the file's date is ambiguous (each part has its own).",
                parts=[(["correspondence"], "2026-09-30", "specialist"),
                       (["operation-report"], "2026-09-28", "specialist"),
                       (["correspondence"], "2026-10-14", "specialist")]))

# 027 GP letter to patient ----------------------------------------------------------------------
make_raw("nx-027-huisarts-brief-aan-patient", """
Huisartsenpraktijk Stadshagen
Werkerlaan 20 - 8043 LT Zwolle

Zwolle, 9 november 2026

Beste mevrouw Kleine,

Zoals telefonisch besproken stuur ik u hierbij de uitslag van de röntgenfoto van uw
rechterhand van vorige week (2 november). Op de foto is slijtage te zien van het
gewricht aan de basis van uw duim en van twee vingerkootjes. Een breuk is niet
gezien.

U vertelde dat de spalk onvoldoende helpt en dat u niet geopereerd wilt worden
zonder eerst een tweede mening te horen. Ik zal u, zoals afgesproken, verwijzen
naar de handchirurg. U krijgt hierover bericht van het ziekenhuis.

Uw moeder is destijds aan beide duimen geopereerd; dat betekent niet dat dat bij
u ook nodig zal zijn.

Met vriendelijke groet,

J. Wiersma, huisarts
""", lab([], "2026-11-09", "gp", "nl", "GP letter to the patient, plain text",
         img="yes", op="unmentioned", ab="unmentioned",
         notes="GP writes to the patient, not a referral (referral announced in the future tense); "
               "mother's operations are another person; patient does not want surgery."))

# 028 wound culture, fpdf2 -----------------------------------------------------------------------
make("nx-028-wondkweek-postoperatief", "fpdf", [
    ("lh", ["Laboratorium Medische Microbiologie", "Rijnstate / Ziekenhuis Gelderse Vallei", "Arnhem"],
     ["Aanvrager: dr. R.W. van Gelder, plastische chirurgie", "Labnr 26-W-55102"]),
    ("title", "Uitslag bacteriologisch onderzoek"),
    ("kv", [("Patiënt", "Janssen, L. (30-09-1994)"), ("Materiaal", "Wondvocht pols rechts, dorsaal"),
            ("Klinische gegevens", "Roodheid en pus uit wond 10 dagen na SL-ligamentreconstructie pols re"),
            ("Afname", "16-11-2026"), ("Eindrapport", "19-11-2026")]),
    ("table", [["Micro-organisme", "Hoeveelheid", "Opmerking"],
               ["Staphylococcus aureus", "++", "Methicilline-gevoelig (MSSA), geen MRSA"],
               ["Huidflora", "+", ""]], [60, 30, 80]),
    ("table", [["Antibioticum", "S. aureus"],
               ["Flucloxacilline", "S"], ["Clindamycine", "S"], ["Co-trimoxazol", "S"], ["Doxycycline", "S"]], [60, 30]),
    ("p", "Gevalideerd: dr. E. Wolf, arts-microbioloog, 19-11-2026"),
], lab([], "2026-11-19", "lab", "nl", "wound culture report, fpdf2 tables",
       img="unmentioned", op="yes", ab="unmentioned", also=["2026-11-16"],
       notes="Wound culture, not an MRSA screening although it says 'geen MRSA'; clinical info states "
             "an SL reconstruction of the wrist (operated yes)."))

# 029 OCR-like Zorgdomein referral ----------------------------------------------------------------
make_raw("nx-029-zd-verwijzing-ocr-scan", """
ZorgDomein                                              Verwijzing
Huisartsen Maarssen-Dorp  AGB O1-O55432
Breedstraat 1, 3611 BN Maarssen

Specia1isme:     Orthopedie - handchirurgie
Product:         Second opinion hand/pols
Patiënt:         dhr. D. (Dirk) Smeets    Geb: 11-1O-1984
Verwijzer:       C.M. van Hout, huisarts
Datum:           10-11-2026

Reden van verwij- zing
Pijn pols Iinks radiaal sinds februari 2O26. Op wintersport in Oostenrijk
(Ischgl) gevallen, daar niet naar een arts geweest; thuis pas na 3 weken
naar de huisarts. Foto (Antonius Utrecht, 10-2026): geen fractuur, wel
verdenking oude scaphoidfractuur?? Door orthopeed gips 6 wk, nu nog pijn.

Vraagstel1ing
Graag uw oordeel: is er sprake van een pseudartrose van het scaphoid en is
een operatie nodig, of kan verder conservatief worden afgewacht?

Voorgeschiedenis:  astma
Medicatie:         salbutamol zn
Allergie:          geen

                          - 1 -
""", lab(["referral"], "2026-11-10", "gp", "nl", "OCR output of a scanned Zorgdomein referral",
         q=True, img="yes", op="unmentioned", ab="no",
         notes="OCR errors (l->1, O->0 in AGB and birth year, split 'verwij- zing', 'Vraagstel1ing'); "
               "fell abroad but not treated there, care at home (abroad no); operation only asked."))

# 030 CT report via LibreOffice, addressed to GP ----------------------------------------------------
make("nx-030-ct-scaphoid-nonunion", "lo", [
    ("lh", ["Jeroen Bosch Ziekenhuis", "Afdeling Radiologie en Nucleaire Geneeskunde",
            "Henri Dunantstraat 1, 5223 GZ 's-Hertogenbosch"], ["Datum verslag: 2026-10-30"]),
    ("addr", ["Aan: dr. M. Hermans, orthopedisch chirurg (aanvrager)", "Kopie: huisarts T. van den Broek, Rosmalen"]),
    ("kv", [("Patiënt", "mw. L. Aydın, 30-10-1997"), ("Onderzoek", "CT pols rechts (scaphoid-protocol)"),
            ("Datum onderzoek", "2026-10-29")], 1),
    ("sec", "Klinische vraagstelling", "Status na fixatie scaphoid re met Herbert-schroef (maart 2025). "
            "Aanhoudende pijn. Consolidatie?"),
    ("sec", "Verslag", "Schroef in situ door de scaphoidtaille, geen loslating. Persisterende fractuurspleet "
            "van 1,5 mm met sclerotische randen over het gehele oppervlak, geen overbruggend bot. Humpback-"
            "deformiteit met een intrascafoïdale hoek van 48 graden. Beginnende artrose tussen radius en "
            "scaphoid (styloïd). Vergeleken met CT 04-2025: geen progressie van consolidatie."),
    ("sec", "Conclusie", "Non-union van het scaphoid rechts na schroeffixatie, met humpback-deformiteit en "
            "beginnende SNAC stadium I."),
    ("p", "Dr. C. Verschuren, radioloog"),
], lab(["imaging-report"], "2026-10-30", "radiologist", "nl", "CT report with addressee/copy block, LibreOffice PDF",
       img="yes", op="yes", ab="unmentioned", also=["2026-10-29"],
       notes="Radiology report addressed like a letter (requester + copy to GP): still only an imaging "
             "report; ISO dates; birth date 30-10 equals report date day/month; previous screw fixation."))

# 031 Belgian consultation letter ---------------------------------------------------------------------
make("nx-031-be-raadpleging-handchirurgie", "pdf", [
    ("lh", ["AZ Groeninge", "Dienst Orthopedie - Hand- en polschirurgie", "President Kennedylaan 4, 8500 Kortrijk",
            "tel. +32 56 63 63 63"], ["Kortrijk, 9 november 2026", "Ref.: ORT/HP/26-3381"]),
    ("addr", ["Dokter H. Maas, huisarts", "Markt 9", "4571 BG Axel", "Nederland"]),
    ("inl", "Betreft:", "Mevr. Lotte Claeys, ° 12/04/1977"),
    ("p", "Geachte collega,"),
    ("p", "Uw patiënte werd op 5/11/2026 gezien op mijn raadpleging voor pijn aan de rechterpols na een val "
          "op de werkvloer (Kortrijk) op 20/10/2026. Zij werd toen opgevangen op onze spoedgevallendienst."),
    ("sec", "Klinisch onderzoek", "Pijn over de tabatière en het scafolunaire interval. Geen neurovasculair deficit."),
    ("sec", "Technische onderzoeken", "RX pols rechts (20/10/2026 en 5/11/2026): geen fractuur. Lichte SL-diastase bij "
            "gebalde vuist. NMR werd nog niet uitgevoerd."),
    ("sec", "Besluit", "Vermoeden van partieel SL-letsel rechts."),
    ("sec", "Voorstel", "Immobilisatie in polsbrace 4 weken. Bij persisterende klachten een NMR en eventueel een "
            "arthroscopie. Patiënte woont in Nederland en verkiest de verdere opvolging daar."),
    ("p", "Met collegiale groeten,\n\ndr. Pieter Vandenbroucke\nOrthopedisch chirurg"),
], lab(["correspondence"], "2026-11-09", "specialist", "nl",
       "Belgian consultation letter (Flemish terms), reportlab letterhead",
       img="yes", op="unmentioned", ab="yes",
       notes="Belgian hospital treated her (spoedgevallendienst, raadpleging): abroad yes; 'Besluit' as "
             "conclusion; ° birth date; dates with slashes; 'NMR werd nog niet uitgevoerd' but X-rays were; "
             "arthroscopy only proposed."),
    footer="AZ Groeninge vzw - ondernemingsnummer 0123.456.789")

# 032 Belgian operation report ---------------------------------------------------------------------
make("nx-032-be-operatieverslag-cts", "docx", [
    ("lh", ["UZ Gent", "Dienst Plastische en Reconstructieve Chirurgie", "C. Heymanslaan 10, 9000 Gent"],
     ["OPERATIEVERSLAG", "Datum ingreep: 14/10/2026"]),
    ("kv", [("Patiënt", "Dhr. Jeroen Martens"), ("Geboortedatum", "° 03/03/1969"), ("Chirurg", "Prof. dr. K. De Wilde"),
            ("Assistent", "dr. A. Van Hecke (ASO)"), ("Anesthesie", "locoregionaal (IV-Bier-blok)"),
            ("Ingreep", "Open klieving retinaculum flexorum rechts")], 1),
    ("sec", "Indicatie", "Carpaletunnelsyndroom rechts, EMG bevestigd (ernstig). Conservatieve therapie gefaald."),
    ("sec", "Verslag", "Garrot. Longitudinale incisie in de palm in het verlengde van de 4e straal. Volledige "
            "klieving van het ligamentum carpi transversum onder zicht. N. medianus hyperemisch en versmald, "
            "thenartak intact. Hemostase. Huidsluiting met Prolene 4/0. Steriel drukverband."),
    ("sec", "Postoperatief", "Verband 48 u, hechtingen verwijderen na 12 dagen door huisarts. Controle op raadpleging na 6 weken."),
    ("p", "Prof. dr. K. De Wilde"),
], lab(["operation-report"], "2026-10-14", "specialist", "nl", "Belgian operation report, Word kv table",
       img="unmentioned", op="yes", ab="yes",
       notes="Written by a Belgian hospital that operated the patient: abroad yes; date only as 'Datum ingreep' "
             "with slashes in the letterhead column; ° birth date; EMG is not imaging."))

# 033 Belgian X-ray report, text -----------------------------------------------------------------
make_raw("nx-033-be-rx-verslag-medische-beeldvorming", """
AZ Delta - Campus Rumbeke
Dienst Medische Beeldvorming
Deltalaan 1, 8800 Roeselare - tel. +32 51 23 71 11

Aanvragende arts : dr. S. Deprez (spoedgevallendienst)
Patiënt          : Vos Marleen  ° 28/10/1959   Patiëntnr. 00977123
Onderzoek        : RX rechterpols F+P, RX rechterhand
Datum            : 28/10/2026

Klinische inlichtingen: val met de fiets tijdens vakantie, pijn pols, Nederlandse
patiënte.

Protocol:
Extra-articulaire distale radiusfractuur rechts met dorsale kanteling van ca. 15°
en geringe radiale verkorting. Avulsie van de processus styloideus ulnae. Geen
intra-articulaire extensie zichtbaar. Carpus en metacarpalia zonder letsel.

Besluit:
Colles-fractuur rechts met ulnaire styloïdavulsie.

dr. B. Lefevere, radioloog
""", lab(["imaging-report"], "2026-10-28", "radiologist", "nl", "Belgian radiology protocol, text",
         img="yes", op="unmentioned", ab="yes",
         notes="Belgian report ('Protocol', 'Besluit', °) for a Dutch patient on holiday: the document "
               "itself is by a hospital abroad that treated her (abroad yes); birth date 28/10 equals exam date."))

# 034 Belgian emergency department letter, LibreOffice -------------------------------------------------
make("nx-034-be-spoedgevallendienst-knokke", "lo", [
    ("lh", ["AZ Zeno", "Spoedgevallendienst", "Kalvekeetdijk 260, 8300 Knokke-Heist", "+32 50 53 30 00"],
     ["Knokke-Heist, 16/08/2026"]),
    ("p", "Aan de behandelende huisarts in Nederland"),
    ("inl", "Betreft:", "Mevr. Iris Gerritsen (°21/06/2008), Amersfoort (NL)"),
    ("p", "Beste collega,"),
    ("p", "Uw patiënte meldde zich vandaag op onze spoedgevallendienst na een val op het strand bij het "
          "beachvolley. Pijn en zwelling aan de linkerpols."),
    ("p", "RX linkerpols: niet-verplaatste fractuur van de distale radius (torus). Geen chirurgische "
          "ingreep nodig. Er werd een onderarmgipsspalk aangelegd."),
    ("p", "Gelieve een controle-RX en gipswissel te regelen in Nederland binnen 7 à 10 dagen. De beelden werden "
          "op cd-rom meegegeven."),
    ("p", "Met vriendelijke groeten,\n\ndr. Els Wuyts, urgentiearts"),
], lab(["correspondence"], "2026-08-16", "specialist", "nl", "Belgian emergency department letter, LibreOffice PDF",
       img="yes", op="no", ab="yes",
       notes="Emergency doctor abroad treated her (abroad yes); 'Geen chirurgische ingreep nodig' = operated no; "
             "follow-up X-ray only requested; images on CD mentioned; letter is 3.5 months old."))

# 035 Belgian GP referral to a Dutch clinic ----------------------------------------------------------
make("nx-035-be-huisarts-verwijsbrief-lommel", "docx", [
    ("lh", ["Huisartsenpraktijk De Kempen", "dr. Wim Peeters & dr. Ann Jacobs", "Stationsstraat 40, 3920 Lommel"],
     ["tel. +32 11 54 00 00", "RIZIV 1-23456-78-004"]),
    ("p", "Lommel, 23 november 2026"),
    ("addr", ["Aan: Handkliniek Eindhoven", "Polikliniek handchirurgie", "Nederland"]),
    ("p", "Verwijsbrief"),
    ("inl", "Patiënt:", "Mevr. Sofie Hermans, °07/02/1980, wonende te Bergeijk (NL)"),
    ("p", "Waarde collega,"),
    ("p", "Mevrouw Hermans werd in juni 2025 in het AZ Vesalius (Tongeren) geopereerd voor een "
          "scafolunaire instabiliteit links (capsulodese). Sinds enkele maanden heeft zij terug pijn en een "
          "verminderde beweeglijkheid. Een recente NMR werd in Tongeren verricht (09/2026), het verslag voeg ik toe."),
    ("p", "Zij is intussen naar Nederland verhuisd en wenst een tweede advies. Graag uw advies over de verdere "
          "aanpak: is een nieuwe ingreep aangewezen, en zo ja welke?"),
    ("p", "Met collegiale groeten,\n\ndr. Ann Jacobs"),
], lab(["referral"], "2026-11-23", "gp", "nl", "Belgian GP referral letter to a Dutch clinic, Word",
       q=True, img="yes", op="yes", ab="yes",
       notes="Flemish GP refers for second opinion ('tweede advies'); earlier operation in a Belgian hospital "
             "(operated yes, abroad yes); NMR = MRI; title 'Verwijsbrief' is a plain paragraph."))

# 036 MRSA positive, docx table ------------------------------------------------------------------------
make("nx-036-mrsa-positief-preop", "docx", [
    ("lh", ["Streeklaboratorium voor de Volksgezondheid Kennemerland", "Medische Microbiologie",
            "Boerhaavelaan 26, 2035 RC Haarlem"], ["Uitslag", "Datum rapport: 27-11-2026"]),
    ("table", [["Patiënt", "Geboortedatum", "Aanvrager", "Afname"],
               ["N. Dijkstra (M)", "27-07-1970", "huisarts P. Jonker, Heemstede", "24-11-2026"]], None),
    ("kv", [("Reden aanvraag", "Preoperatieve screening (geplande handoperatie)")], 1),
    ("table", [["Materiaal", "Onderzoek", "Resultaat"],
               ["Neus", "MRSA screeningskweek", "MRSA AANGETOOND"],
               ["Keel", "MRSA screeningskweek", "MRSA niet aangetoond"],
               ["Perineum", "MRSA screeningskweek", "MRSA niet aangetoond"]], None),
    ("p", "Commentaar: patiënt is MRSA-drager (neus). Melding aan huisarts telefonisch gedaan 27-11-2026. "
          "Advies: dekolonisatiebehandeling volgens NHG/SWAB, daarna 3 controlekweken."),
    ("p", "Gevalideerd: dr. J. van Dijk, arts-microbioloog"),
], lab(["mrsa-screening"], "2026-11-27", "lab", "nl", "MRSA lab result, Word tables, positive",
       img="unmentioned", op="unmentioned", ab="unmentioned", also=["2026-11-24"],
       notes="Positive MRSA result (carrier); planned hand operation is not an event; patient data in a "
             "header-row table; no indication about foreign hospitals."))
print("ok")
