"""nx-013 .. nx-024: Dutch radiology, MRSA, patient/therapy/pharmacy/lab/forms, onward referral."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from nx_common import make, make_raw, lab

# 013 MRI report, RIS text export ---------------------------------------------------------
make_raw("nx-013-mri-pols-kienbock-ris", """
*** RIS EXPORT *** Ziekenhuis Gelderse Vallei - Medische Beeldvorming
Onderzoeksdatum : 2026-10-21 18:40          Verslagdatum : 2026-10-22
Patiënt         : Bosman, Anneke (V)        Geb.         : 1988-10-22
Aanvrager       : Handchirurgie, dr. S. Yilmaz
Onderzoek       : MRI POLS LINKS ZONDER CONTRAST (code 34582)

KLINISCHE INFORMATIE
Al maanden dorsale polspijn links, X-pols 08-2026 dubieuze sclerose lunatum.
M. Kienböck?

TECHNIEK
1.5T, T1 cor, PD-FS cor/sag/tra, T2* cor.

BEVINDINGEN
Diffuus verlaagd T1-signaal van het os lunatum met oedeem op PD-FS, zonder
collaps van de hoogte. Geen fragmentatie. Negatieve ulnaire variantie (-2 mm).
Scafolunair en lunotriquetraal ligament intact. TFCC intact. Geen synovitis.
Overige carpalia normaal signaal.

CONCLUSIE
Beeld passend bij M. Kienböck, Lichtman stadium II. Geen collaps.

dr. H.J. Wessels, radioloog                     geautoriseerd 22-10-2026 08:02
""", lab(["imaging-report"], "2026-10-22", "radiologist", "nl", "RIS text export, ISO dates",
         img="yes", op="unmentioned", ab="unmentioned", also=["2026-10-21"],
         notes="ISO dates; birth date 1988-10-22 equals report date day/month; exam vs report date; "
               "earlier X-ray mentioned in clinical info; requester is a hand surgeon."))

# 014 ultrasound report docx ----------------------------------------------------------------
make("nx-014-echo-ganglion-recidief", "docx", [
    ("lh", ["Medische Beeldvorming", "Ziekenhuis St Jansdal", "Wethouder Jansenlaan 90, Harderwijk"],
     ["Verslag", "3 nov. 2026"]),
    ("kv", [("Naam", "mw. R. Hoogland"), ("Geboren", "15-06-1983"), ("Aanvragend specialist", "dr. P. Nijhof, orthopedie"),
            ("Onderzoek", "Echografie pols links"), ("Onderzoeksdatum", "3 nov. 2026")], 1),
    ("sec", "Klinische gegevens", "Status na excisie ganglion dorsaal pols links (2024). Sinds 3 mnd weer zwelling. Recidief?"),
    ("sec", "Bevindingen", "Dorsaal ter hoogte van het scafolunaire interval een multiloculaire, echoarme, "
            "goed afgrensbare structuur van 14 x 9 x 8 mm met een steeltje naar het SL-ligament. Geen "
            "doppler-signaal. Litteken subcutaan zonder afwijkingen. Geen tenosynovitis van de extensoren."),
    ("sec", "Conclusie", "Recidief dorsaal ganglion pols links, 14 mm."),
    ("p", "drs. L. Peters, radioloog"),
], lab(["imaging-report"], "2026-11-03", "radiologist", "nl", "ultrasound report docx, letterhead table",
       img="yes", op="yes", ab="unmentioned",
       notes="'Verslag' as only title; abbreviated month date 'nov.'; previous excision in the clinical "
             "information counts as operated for the same wrist."))

# 015 MRSA lab result, reportlab, positive indication abroad -------------------------------
make("nx-015-mrsa-kweek-marokko", "pdf", [
    ("lh", ["Certe Medische Microbiologie", "Van Swietenlaan 2", "9728 NZ Groningen"],
     ["Aanvrager: huisarts J. Bouma, Hoogezand", "Labnummer: 26-M-441087", "Status: definitief"]),
    ("title", "Uitslag MRSA-screening"),
    ("kv", [("Patiënt", "dhr. M. Amrani"), ("Geboortedatum", "12-11-1962"),
            ("Afnamedatum", "09-11-2026"), ("Ontvangstdatum", "10-11-2026"),
            ("Uitslagdatum", "12-11-2026"),
            ("Indicatie", "Opname ziekenhuis buitenland < 2 mnd (Hôpital Hassani, Nador, Marokko, 09-2026)")], 2),
    ("table", [["Materiaal", "Bepaling", "Uitslag"],
               ["Neus", "MRSA kweek (ophoogbouillon)", "MRSA niet aangetoond"],
               ["Keel", "MRSA kweek (ophoogbouillon)", "MRSA niet aangetoond"],
               ["Perineum", "MRSA kweek (ophoogbouillon)", "MRSA niet aangetoond"]], [35, 70, 65]),
    ("sec", "Conclusie", "Geen MRSA-dragerschap aangetoond."),
    ("p", "Gevalideerd door: dr. A. Mulder, arts-microbioloog, 12-11-2026"),
], lab(["mrsa-screening"], "2026-11-12", "lab", "nl", "microbiology lab result with table",
       img="unmentioned", op="unmentioned", ab="yes", also=["2026-11-09"],
       notes="Three dates in the head plus birth date 12-11 equal to the result date's day/month; "
             "indication line states admission in a Moroccan hospital (abroad yes); negative result."))

# 016 MRSA lab text export from GP lab -------------------------------------------------------
make_raw("nx-016-mrsa-uitslag-huisartsenlab", """
SALTRO  Diagnostisch Centrum            Uitslagenoverzicht huisarts
Mississippidreef 83, Utrecht           Afgedrukt 05.11.2026 14:12
==============================================================================
Aanvrager : A.C. Smit, huisarts, Praktijk Lunetten
Patiënt   : Vermeulen, Henk     M     03.11.1957
Ordernr   : 7719022-03
Afname    : 03.11.2026 09:40   Ontvangst: 03.11.2026 13:02
------------------------------------------------------------------------------
Onderzoek                    Materiaal     Uitslag                Eenheid
------------------------------------------------------------------------------
MRSA screening PCR           neus          negatief
MRSA screening PCR           keel          negatief
MRSA screening PCR           perineum      negatief
MRSA kweek (bevestiging)     pool          volgt
------------------------------------------------------------------------------
Commentaar: PCR negatief. De kweekuitslag volgt; bij negatieve PCR is
dragerschap zeer onwaarschijnlijk.
Geautoriseerd: ing. P. de Boer, 05.11.2026
""", lab(["mrsa-screening"], "2026-11-05", "lab", "nl", "GP lab text printout, dotted dates",
         img="unmentioned", op="unmentioned", ab="unmentioned", also=["2026-11-03"],
         notes="Dates with dots; birth date 03.11.1957 shares day/month with the sample date; "
               "confirmation culture pending ('volgt') while PCR results are final; no indication given."))

# 017 patient's own letter ------------------------------------------------------------------
make("nx-017-patientbrief-second-opinion", "docx", [
    ("p", "L. Brinkman\nCalle del Sol 14\n03590 Altea (Alicante), Spanje\nlbrinkman@example.com"),
    ("p", "Altea, 17 november 2026"),
    ("addr", ["Handkliniek", "t.a.v. afdeling second opinion", "Utrecht"]),
    ("p", "Betreft: aanvraag second opinion rechterduim"),
    ("p", "Geachte heer, mevrouw,"),
    ("p", "Graag vraag ik een second opinion aan over mijn rechterduim. Ik woon sinds 2020 het grootste "
          "deel van het jaar in Spanje, maar al mijn medische zorg heb ik in Nederland gekregen. In mei "
          "2025 ben ik in het Diakonessenhuis aan mijn duim geopereerd (ringbandklieving). Daarna is de "
          "duim nooit meer goed gaan buigen. Er zijn in september foto's gemaakt, volgens de chirurg "
          "was daarop niets bijzonders te zien."),
    ("p", "Mijn huisarts, dokter Van Dam, zal de verwijzing sturen. Ik wil graag weten of een nieuwe operatie "
          "zin heeft of dat ik ermee moet leren leven."),
    ("p", "In december ben ik tot de 20e in Nederland; dan zou ik graag langskomen."),
    ("p", "Met vriendelijke groet,\n\nLies Brinkman\ngeboren 9 november 1956"),
], lab([], "2026-11-17", "patient", "nl", "patient's own letter, Word",
       img="yes", op="yes", ab="no",
       notes="Patient asks for a second opinion herself: not a referral. Lives abroad but explicitly "
             "treated in the Netherlands (abroad no); 'nieuwe operatie' is a question; birth date at the end."))

# 018 hand therapy letter, fpdf2 -------------------------------------------------------------
make("nx-018-handtherapie-voortgang", "fpdf", [
    ("lh", ["Handtherapie Twente", "Hengelosestraat 500", "7521 AN Enschede"],
     ["Tel. 053-4301122", "info@handtherapietwente.example", "AGB 04-12345"]),
    ("addr", ["Aan: dr. G. Timmer, plastisch chirurg", "MST, Afdeling Plastische Chirurgie", "Enschede"]),
    ("p", "Enschede, 26-10-2026"),
    ("inl", "Betreft:", "voortgangsverslag handtherapie - dhr. R. Oude Vrielink (29-04-1999)"),
    ("p", "Geachte dokter Timmer,"),
    ("p", "Dhr. Oude Vrielink is na zijn strekpeesherstel dig IV rechts (operatie 04-08-2026) sinds 11-08 bij "
          "ons onder behandeling volgens het ICAM-protocol. Hij heeft 16 behandelingen gehad."),
    ("table", [["Meting", "11-08-2026", "26-10-2026"],
               ["Extensiedeficit PIP IV", "-", "25 graden"],
               ["Flexie MCP/PIP/DIP IV", "60/45/20", "85/90/55"],
               ["Knijpkracht re (kg)", "n.v.t.", "31"]], [60, 50, 50]),
    ("p", "Er blijft een extensiedeficit van de PIP bestaan ondanks de spalk. Wij vragen ons af of "
          "aanvullende beeldvorming of een tenolyse zinvol zou zijn, en verzoeken u patiënt hiervoor "
          "te beoordelen."),
    ("p", "Met vriendelijke groet,\n\nM. Hulsbosch, gecertificeerd handtherapeut (CHT-NL)"),
], lab([], "2026-10-26", "other", "nl", "hand therapy progress letter, fpdf2 with measurement table",
       img="unmentioned", op="yes", ab="unmentioned",
       notes="Therapist's letter (not a specialist, not a referral) that asks the surgeon to assess; "
             "operation date in the text; imaging and tenolysis only asked about."))

# 019 pharmacy overview text -------------------------------------------------------------------
make_raw("nx-019-apotheek-medicatieoverzicht", """
APOTHEEK DE VIJZEL                                   MEDICATIEOVERZICHT
Vijzelstraat 77, 1017 HJ Amsterdam                   Datum: 19-11-2026
Tel 020-6254411

Naam:          mevr. F. Bakkali
Geboortedatum: 19-01-1975
Huisarts:      dr. T. Groen, Huisartsenpraktijk Weteringschans
Lengte/gewicht: 168 cm / 71 kg

ACTUELE MEDICATIE
Start      Geneesmiddel                               Dosering           Voorschrijver
03-2024    Levothyroxine 75 mcg tablet                1x per dag 1       Groen
08-2026    Naproxen 500 mg tablet                     2x per dag 1 zn    Groen
08-2026    Omeprazol 20 mg capsule msr                1x per dag 1       Groen
10-2026    Prednisolon 5 mg tablet (afbouwschema)     volgens schema     Lindqvist (reumatologie)
10-2026    Methotrexaat 15 mg tablet                  1x per WEEK (vrijdag) Lindqvist
10-2026    Foliumzuur 5 mg tablet                     1x per week (zaterdag) Lindqvist

GESTOPT (laatste 6 maanden)
07-2026    Diclofenac 50 mg                           maagklachten

INTOLERANTIES/ALLERGIEËN
Penicilline - huiduitslag (2011)

CONTRA-INDICATIES
Geen geregistreerd.

Dit overzicht is gemaakt op verzoek van de patiënt. Controleer altijd de actuele
medicatie met de patiënt.
""", lab([], "2026-11-19", "other", "nl", "pharmacy medication overview, fixed-width columns",
         img="unmentioned", op="unmentioned", ab="unmentioned",
         notes="Pharmacy overview: none of the kinds; birth date 19-01 shares the day with the date; "
               "a prescriber from rheumatology is not correspondence."))

# 020 blood count lab, reportlab -------------------------------------------------------------
make("nx-020-lab-bloedbeeld-reuma", "pdf", [
    ("lh", ["Atalmedial Diagnostische Centra", "Klinische Chemie", "Postbus 69641, 1060 CR Amsterdam"],
     ["Aanvrager: huisarts T. Groen", "Uitslag d.d. 14-10-2026", "Afname 13-10-2026"]),
    ("kv", [("Patiënt", "Bakkali, F."), ("Geb.", "19-01-1975"), ("Klinische info", "Zwelling MCP 2-3 beide handen, ochtendstijfheid. RA?")], 1),
    ("table", [["Bepaling", "Uitslag", "Eenheid", "Referentie"],
               ["Hemoglobine", "7.6", "mmol/L", "7.5 - 10.0"],
               ["Leukocyten", "9.8", "10^9/L", "4.0 - 10.0"],
               ["Trombocyten", "412 H", "10^9/L", "150 - 400"],
               ["BSE", "38 H", "mm/uur", "< 20"],
               ["CRP", "21 H", "mg/L", "< 10"],
               ["Reumafactor IgM", "64 H", "kU/L", "< 15"],
               ["Anti-CCP", "> 340 H", "U/mL", "< 7"],
               ["Urinezuur", "0.28", "mmol/L", "0.15 - 0.35"]], [55, 35, 30, 50]),
    ("p", "Opmerking: anti-CCP sterk verhoogd. Overleg met reumatologie aanbevolen."),
], lab([], "2026-10-14", "lab", "nl", "clinical chemistry lab table (not MRSA)",
       img="unmentioned", op="unmentioned", ab="unmentioned", also=["2026-10-13"],
       notes="Other lab result (blood count, inflammation, RA serology): none of the kinds; referral "
             "advice in a lab remark is not a referral."))

# 021 appointment letter for MRI ----------------------------------------------------------------
make("nx-021-afspraakbrief-mri", "docx", [
    ("lh", ["Isala", "Afdeling Radiologie", "Dr. van Heesweg 2, 8025 AB Zwolle"],
     ["Datum: 24 november 2026", "Uw afspraak: MRI"]),
    ("addr", ["Dhr. J. Wolters", "Thorbeckegracht 18", "8011 VM Zwolle"]),
    ("p", "Geachte heer Wolters,"),
    ("p", "Uw behandelend arts, dr. Kamphuis (orthopedie), heeft een MRI-onderzoek van uw linkerpols aangevraagd. "
          "Wij hebben hiervoor de volgende afspraak voor u gemaakt:"),
    ("kv", [("Datum", "dinsdag 8 december 2026"), ("Tijd", "19:35 uur (graag 15 minuten van tevoren)"),
            ("Locatie", "Isala Zwolle, gebouw C, route 2.14"), ("Duur", "circa 30 minuten")], 1),
    ("p", "Heeft u metaal in uw lichaam, een pacemaker, of bent u ooit geopereerd aan uw hoofd of hart? Neem "
          "dan vóór het onderzoek contact met ons op. Bent u de afgelopen twee maanden in een ziekenhuis in het "
          "buitenland opgenomen geweest, meld dit dan bij de balie."),
    ("p", "De uitslag krijgt u van uw behandelend arts."),
    ("p", "Met vriendelijke groet,\n\nAfdeling Radiologie, planning"),
], lab([], "2026-11-24", "other", "nl", "hospital appointment letter, Word",
       img="unmentioned", op="unmentioned", ab="unmentioned",
       notes="Appointment for a future MRI (not done yet); questions about operations and foreign "
             "admissions are screening questions without answers; appointment date after letter date."))

# 022 consent form -------------------------------------------------------------------------------
make("nx-022-machtiging-gegevens-opvragen", "docx", [
    ("title", "Machtiging opvragen medische gegevens"),
    ("p", "Hierbij geef ik toestemming aan de Handkliniek Utrecht om mijn medische gegevens (brieven, "
          "operatieverslagen, röntgenbeelden en verslagen) op te vragen bij onderstaande zorgverleners, "
          "ten behoeve van een second opinion."),
    ("table", [["Zorgverlener", "Afdeling", "Periode"],
               ["Huisartsenpraktijk Lunetten", "-", "2020 - heden"],
               ["Diakonessenhuis Utrecht", "Plastische chirurgie", "2024 - heden"],
               ["St. Antonius Ziekenhuis", "Radiologie", "2025 - heden"]], None),
    ("kv", [("Bent u in het buitenland behandeld?", "[ ] ja    [X] nee"),
            ("Naam", "J.H. Kortekaas"), ("Geboortedatum", "01-12-1968"),
            ("Handtekening", "(getekend)"), ("Datum", "25-11-2026")], 1),
    ("small", "Deze machtiging is één jaar geldig. U kunt de toestemming altijd intrekken."),
], lab([], "2026-11-25", "patient", "nl", "consent form with tables, Word",
       img="unmentioned", op="unmentioned", ab="no",
       notes="Consent form: none of the kinds; contains the words operatieverslagen/röntgenbeelden as "
             "records to request (no events); checkbox 'behandeld in het buitenland: nee' = abroad no; "
             "birth date 01-12 close to signing date."))

# 023 pre-op questionnaire -------------------------------------------------------------------------
make("nx-023-preoperatieve-vragenlijst", "docx", [
    ("title", "Vragenlijst preoperatieve screening"),
    ("p", "In te vullen door de patiënt vóór het gesprek met de anesthesioloog."),
    ("kv", [("Naam", "Sanne Drost"), ("Geboortedatum", "16-08-1990"), ("Datum ingevuld", "12 november 2026"),
            ("Geplande ingreep", "ganglion verwijderen linkerpols")], 1),
    ("table", [["Vraag", "Antwoord"],
               ["Bent u eerder geopereerd? Zo ja, waaraan en wanneer?", "Ja: blindedarm (2010), keizersnede (2016)"],
               ["Had u problemen met narcose?", "Misselijk na de keizersnede"],
               ["Zijn er foto's of scans gemaakt van het te opereren gebied?", "Ja, echo in oktober bij het ziekenhuis"],
               ["Bent u in de afgelopen 2 maanden opgenomen geweest in een buitenlands ziekenhuis?", "Nee"],
               ["Gebruikt u bloedverdunners?", "Nee"],
               ["Lengte / gewicht", "172 cm / 64 kg"]], None),
], lab([], "2026-11-12", "patient", "nl", "pre-operative questionnaire, Word table filled in",
       img="yes", op="unmentioned", ab="no",
       notes="Earlier operations are on other body parts (appendix, caesarean): operated unmentioned; "
             "planned wrist operation is not an event; 'Nee' to foreign admission = abroad no; "
             "answers in table cells."))

# 024 specialist letter that refers onward ------------------------------------------------------------
make("nx-024-poli-doorverwijzing-kienbock", "pdf", [
    ("lh", ["Ziekenhuis Gelderse Vallei", "Handchirurgie / Plastische Chirurgie", "Willy Brandtlaan 10, 6716 RP Ede"],
     ["Ede, 18 nov. 2026", "Kenmerk: HCH/ay/7730"]),
    ("addr", ["Aan: Xpert Clinics Handchirurgie", "t.a.v. dr. M. Sanders", "Eindhoven"]),
    ("p", "cc: huisarts mw. R. Visser, Bennekom; patiënte"),
    ("inl", "Betreft:", "mw. A. Bosman, geb. 22-10-1988"),
    ("p", "Beste collega Sanders,"),
    ("p", "Graag verwijs ik mevrouw Bosman, 38 jaar, naar uw kliniek. Zij is bij ons bekend met polspijn "
          "links sinds het voorjaar. De MRI van 21-10-2026 toonde een M. Kienböck stadium II zonder collaps, "
          "met een negatieve ulnaire variantie van 2 mm. Zij is niet eerder aan de pols geopereerd; een "
          "onderarmgips gedurende 6 weken gaf geen verbetering."),
    ("p", "Wij hebben een radiusverkortingsosteotomie besproken. Omdat deze ingreep bij ons weinig wordt "
          "gedaan en mevrouw graag de expertise van een gespecialiseerd centrum wil, vraag ik u: is een "
          "radiusverkorting in dit stadium de beste optie, of adviseert u een revascularisatie of "
          "afwachtend beleid? Wilt u de verdere behandeling zo nodig overnemen?"),
    ("p", "Het MRI-verslag en de röntgenfoto's van augustus zijn bijgevoegd (de beelden volgen via het LSP)."),
    ("p", "Met vriendelijke groet,\n\ndr. S. Yilmaz, plastisch chirurg"),
], lab(["correspondence", "referral"], "2026-11-18", "specialist", "nl",
       "specialist letter referring onward, reportlab two-column letterhead",
       q=True, img="yes", op="no", ab="unmentioned",
       notes="Specialist's letter that is also a referral with explicit question; date only in the right "
             "letterhead column with place name and 'nov.'; cc line above the Betreft; enclosures mentioned; "
             "surgery only discussed."))
print("ok")
