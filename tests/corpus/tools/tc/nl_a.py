"""tc-001 .. tc-017: Dutch (and Belgian) documents. All invented."""
from lib import make, L

# ---------------------------------------------------------------- tc-001 Zorgdomein two-column, with history
make("tc-001", "rl", [
    ("lh2", ["Huisartsenpraktijk De Lindeboom", "Lindelaan 14, 3731 BK De Bilt", "AGB-code 01-054871",
             "Tel. 030 - 220 41 87"],
     ["ZorgDomein", "Verwijzing", "Ref.nr. ZD-7731-0048-2213", "Aangemaakt: 14-01-2026 10:42"]),
    ("title", "Second opinion handchirurgie"),
    ("kv2", [
        ("Patiënt", "Mw. H.J. (Hanneke) Verschuur-Blom", "Geboortedatum", "23-06-1971"),
        ("BSN", "1843.27.905", "Geslacht", "Vrouw"),
        ("Adres", "Tolakkerweg 203, 3739 JN Hollandsche Rading", "Telefoon", "06-41 88 20 37"),
        ("Verzekeraar", "Zilveren Kruis", "Polisnummer", "Z-55 801 927"),
        ("Verwijzer", "M.A. Oudendijk, huisarts", "AGB verwijzer", "01-102938"),
        ("Specialisme", "Handchirurgie", "Ontvanger", "Handkliniek Utrecht-Oost, afd. intake"),
        ("Urgentie", "Regulier", "Datum verwijzing", "14-01-2026"),
    ]),
    ("h", "Reden van verwijzing"),
    ("p", "Sinds voorjaar 2025 opnieuw tintelingen en nachtelijke pijn in digiti 1-3 rechts, na carpaletunnel"
          "release rechts in maart 2024 (Diakonessenhuis). Na de operatie circa acht maanden klachtenvrij. "
          "Patiënte is rechtshandig en werkt als tandartsassistente."),
    ("h", "Vraagstelling"),
    ("p", "Graag uw second opinion: is er sprake van een recidief carpaletunnelsyndroom of van een andere "
          "oorzaak (cervicaal?), en is een heroperatie zinvol? Patiënte vraagt zelf om een tweede mening "
          "omdat de behandelend chirurg geen verdere opties zag."),
    ("h", "Relevante voorgeschiedenis"),
    ("kv", [
        ("2009", "Sectio caesarea"),
        ("2016", "Hypothyreoïdie, levothyroxine"),
        ("03-2024", "Carpaletunnelrelease rechts (open), Diakonessenhuis Utrecht"),
        ("11-2024", "Lichte artrose CMC-1 beiderzijds (röntgen)"),
    ]),
    ("h", "Recente behandelingen"),
    ("p", "Echo pols rechts 08-2025: nervus medianus proximaal van de retinaculum verdikt (CSA 14 mm²), "
          "geen ruimte-innemend proces. EMG 09-2025 (neurologie Diakonessenhuis): matig ernstig CTS rechts, "
          "geen aanwijzingen voor radiculopathie. Nachtspalk sinds 10-2025, corticosteroïdinjectie 11-2025 "
          "door orthopeed met effect van slechts 3 weken."),
    ("kv2", [
        ("Medicatie", "Levothyroxine 75 µg 1dd; paracetamol zo nodig", "Allergieën", "Geen bekend"),
        ("Roken", "Nee", "BMI", "26"),
    ]),
    ("h", "Bijlagen"),
    ("p", "Brief plastische chirurgie 02-10-2025; EMG-verslag; echoverslag."),
], L(["referral", "history"], "2026-01-14", "gp", "nl", "zorgdomein two-column form (reportlab table cells)",
     question=True, imaging="yes", operated="yes",
     notes="Zorgdomein form with Relevante voorgeschiedenis and Recente behandelingen; previous CTS release "
           "2024 = operated on the hand problem; 'heroperatie zinvol?' is a question; sectio is another body part."),
   header="ZorgDomein verwijzing - afdruk 14-01-2026 10:44", footer="Pagina {page} - Verschuur-Blom H.J. - 23-06-1971")

# ---------------------------------------------------------------- tc-002 Zorgdomein, no question
make("tc-002", "fpdf", [
    ("lh", ["Gezondheidscentrum Kanaleneiland", "Huisartsen J. Bakkali & R. de Wijs",
            "Marco Polohof 2, 3526 XV Utrecht - AGB 01-067734"]),
    ("title", "Verwijsbrief - Consult handchirurgie"),
    ("kv", [
        ("Datum", "03-11-2025"),
        ("Patiënt", "Dhr. Y. el Amrani"),
        ("Geboren", "02-09-1984"),
        ("Verzekering", "VGZ, 4022 881 93"),
        ("Verwijzer", "J. Bakkali, huisarts"),
        ("Naar", "Polikliniek Plastische Chirurgie / Handchirurgie"),
        ("Reden van verwijzing", "Graag behandeling triggerfinger D3 links. Klachten sinds juni, eenmalig "
                                 "injectie zonder blijvend effect. Verzoek ringbandklieving."),
        ("Vraagstelling", "-"),
        ("Medicatie", "Metformine 500 mg 2dd"),
        ("Allergieën", "Penicilline (huiduitslag)"),
        ("Aanvullende info", "Niet eerder geopereerd aan de hand. Geen beeldvorming verricht, "
                             "klinisch beeld duidelijk."),
    ]),
    ("sig", ["J. Bakkali", "huisarts"]),
], L(["referral"], "2025-11-03", "gp", "nl", "zorgdomein printout, fpdf2 label/value cells",
     question=False, imaging="no", operated="no",
     notes="Referral 'for treatment' with an empty Vraagstelling: no question. Negated imaging and operation."),
   footer="Verwijzing gegenereerd via ZorgDomein - pagina {page}")

# ---------------------------------------------------------------- tc-003 free GP letter (docx), Spain ED
make("tc-003", "docx", [
    ("lh", ["Huisartspraktijk Zuiderpark", "drs. E.W. Sprengers en dr. P. Lammerts", "Zuiderparklaan 88",
            "2574 HK Den Haag", "070 - 366 10 45  |  zuiderpark@praktijkmail.nl"]),
    ("addr", ["Aan: Handkliniek Leiden", "t.a.v. de dienstdoende handchirurg", "Postbus 9120",
              "2300 RC Leiden"]),
    ("p", "Den Haag, 9 februari 2026"),
    ("p", "Betreft: dhr. T.R. (Thijs) Hoekstra, geb. 17-11-1996, Duinstraat 41, 2584 AZ Den Haag"),
    ("p", "Geachte collega,"),
    ("p", "Graag verwijs ik bovengenoemde patiënt naar u voor een second opinion. Dhr. Hoekstra is 29 jaar, "
          "fanatiek klimmer en werkzaam als software-ontwikkelaar."),
    ("p", "In augustus 2025 viel hij tijdens een vakantie in Andalusië met de fiets op de rechter "
          "uitgestrekte hand. Hij is op de urgencias van het Hospital Costa del Sol in Marbella gezien; "
          "daar zijn röntgenfoto's gemaakt en werd een polsdistorsie vastgesteld. Hij kreeg een "
          "onderarmspalk voor een week. Na terugkomst bleef de pols pijnlijk in de tabatière anatomique."),
    ("p", "In november 2025 is op mijn verzoek in het HMC een CT-scan van de pols gemaakt. Daarop "
          "een scaphoidfractuur in de taille met resorptie aan de fractuurranden, passend bij een "
          "uitblijvende consolidatie. De orthopeed van het HMC adviseerde een operatie (schroef en "
          "eventueel bottransplantaat). Patiënt twijfelt en wil voor hij beslist een tweede mening van "
          "een gespecialiseerde handchirurg."),
    ("p", "Vraagstelling: bent u het eens met de diagnose scaphoid-pseudartrose en met het voorgestelde "
          "operatieve beleid, of is er nog ruimte voor conservatieve behandeling?"),
    ("p", "Patiënt is tot op heden niet geopereerd. Hij gebruikt geen medicatie, heeft geen allergieën en "
          "rookt niet. Voorgeschiedenis verder blanco."),
    ("p", "De Spaanse en Nederlandse beelden heeft patiënt op cd; het CT-verslag en de brief van de "
          "orthopeed stuur ik mee. Omdat hij in Spanje alleen poliklinisch op de spoedpost is geweest en "
          "niet is opgenomen, heb ik geen MRSA-screening laten doen; mocht u die toch wensen, dan hoor ik dat "
          "graag."),
    ("p", "Met vriendelijke groet,"),
    ("sig", ["drs. E.W. Sprengers", "huisarts", "AGB 01-088420"]),
    ("p", "Bijlagen: CT-verslag 14-11-2025, polikliniekbrief orthopedie HMC 02-12-2025"),
], L(["referral"], "2026-02-09", "gp", "nl", "free GP letter, python-docx",
     question=True, imaging="yes", operated="no", abroad="yes",
     notes="Seen at a Spanish emergency department (urgencias) without admission = treated abroad (ED counts); "
           "GP explains why no MRSA screen. Operation only advised; 'tot op heden niet geopereerd'."),
   header="Huisartspraktijk Zuiderpark - vertrouwelijk", footer="Hoekstra T.R. - 17-11-1996")

# ---------------------------------------------------------------- tc-004 HIS journal txt
make("tc-004", "txt", """
HUISARTSENPRAKTIJK MOLENWIJK - Enschede                        Datum uitdraai: 02-03-2026 14:07
Uitdraai journaal (selectie: alle episodes, laatste 3 jaar)     Gebruiker: ABOS
==========================================================================================
Patiënt : Dhr. G.H.J. Nijhuis              Geb.datum: 11-04-1958     Geslacht: M
Adres   : Haaksbergerstraat 412, 7545 GZ Enschede
BSN     : 2210.45.776                      Verzekeraar: Menzis 1180 77 413
Eigen huisarts: A. Bosman
==========================================================================================

EPISODELIJST (actief)
  ICPC   Omschrijving                                   Begin       Attentie
  L93    Ziekte van Dupuytren beide handen             12-05-2021  
  K86    Hypertensie zonder orgaanschade               03-10-2014  *
  T90.02 Diabetes mellitus type 2                      19-01-2017  *
  L90    Artrose knie links                            08-09-2019
  R95    COPD GOLD II                                  14-02-2020  *

EPISODELIJST (inactief)
  S18    Snijwond duim rechts                          22-07-2023 - 05-08-2023
  D12    Obstipatie                                    04-04-2024 - 30-04-2024

JOURNAAL
------------------------------------------------------------------------------------------
11-01-2024  ABOS  L93 Ziekte van Dupuytren beide handen
  S: strengen in handpalm rechts nemen toe, pink rechts kan niet meer strekken, haakt achter zak.
  O: R: streng over straal 5 met PIP-flexiecontractuur 40 gr, MCP 20 gr. Tafeltest positief. L: nodus straal 4.
  E: Dupuytren rechts met functionele beperking
  P: verwijzing plastische chirurgie MST (ZorgDomein). Uitleg opties (naaldfasciotomie / fasciectomie).
------------------------------------------------------------------------------------------
19-03-2024  ABOS  L93
  Brief specialist ontvangen: plastisch chirurg dr. Kuipers MST 05-03-2024. Advies limited
  fasciectomie straal 5 rechts, pt op wachtlijst.
------------------------------------------------------------------------------------------
28-05-2024  ABOS  L93
  Brief specialist ontvangen: operatieverslag MST 21-05-2024 - limited fasciectomie straal 5 rechts
  onder plexusanesthesie, ongecompliceerd. Nabehandeling handtherapie + nachtspalk.
------------------------------------------------------------------------------------------
14-06-2024  PRAK  L93 wondcontrole
  S: wond dicht, iets gevoelig. O: rustig litteken, geen roodheid. E: normaal herstel. P: handtherapie loopt.
------------------------------------------------------------------------------------------
02-10-2024  ABOS  K86 controle RR
  O: RR 142/84, pols 72 reg. E: redelijk ingesteld. P: amlodipine continueren, lab jaarcontrole.
------------------------------------------------------------------------------------------
20-02-2025  ABOS  R95
  S: meer kortademig bij traplopen, geen koorts. O: verlengd exp., geen crepitaties. Sat 95%.
  E: COPD, licht exacerbatie. P: prednisolon 30 mg 5 dagen, evaluatie na 1 week.
------------------------------------------------------------------------------------------
09-07-2025  ABOS  L93
  S: pink rechts buigt weer krom sinds voorjaar, ook ringvinger nu. Links geen toename.
  O: R: recidiefstreng straal 5 tot over PIP, contractuur PIP 35 gr; straal 4 MCP 25 gr.
  E: recidief Dupuytren rechts, 14 mnd na fasciectomie
  P: overleg, pt wil eerst afwachten. Handtherapeut: spalk aanpassen.
------------------------------------------------------------------------------------------
17-09-2025  RAD   L93
  Uitslag echo hand rechts (ZGT, 15-09-2025): hypo-echogene nodulaire verdikking palmaire fascie
  straal 4-5, geen aanwijzing voor ganglion of tendinopathie.
------------------------------------------------------------------------------------------
04-11-2025  ABOS  L93
  S: hindert bij fietsen en golfen. Wil weten wat nog kan, ook gehoord van collagenase-injecties.
  O: idem, contractuur PIP 5 nu 45 gr.
  E: recidief Dupuytren rechts
  P: verwijzing plastische chirurgie MST opnieuw; pt vraagt ook over second opinion elders.
------------------------------------------------------------------------------------------
16-12-2025  ABOS  L93
  Brief specialist ontvangen: dr. Kuipers 09-12-2025. Recidief straal 4/5 rechts; advies
  dermofasciectomie met huidtransplantaat. Pt twijfelt.
------------------------------------------------------------------------------------------
12-01-2026  ABOS  T90.02 DM-controle
  O: HbA1c 54 mmol/mol, eGFR 71, voetonderzoek zonder bijzonderheden. P: beleid ongewijzigd.
------------------------------------------------------------------------------------------
27-02-2026  ABOS  L93
  S: wil second opinion bij gespecialiseerde handkliniek voor hij instemt met grote ingreep.
  E: recidief Dupuytren na limited fasciectomie 2024
  P: verwijzing second opinion handchirurgie via ZorgDomein; journaaluitdraai + brieven meegestuurd.
------------------------------------------------------------------------------------------

MEDICATIE (actueel)
  amlodipine 5 mg 1dd1 | metformine 850 mg 2dd1 | tiotropium inh 2,5 µg 1dd2 | paracetamol zn
ALLERGIEËN / CONTRA-INDICATIES: geen bekend

-- einde uitdraai --                                                           pagina 1 van 1
""", L(["history"], "2026-03-02", "gp", "nl", "HIS journal printout (SOEP lines, episode list) as text",
       imaging="yes", operated="yes",
       notes="Journal with 'Brief specialist ontvangen' and 'verwijzing' lines; operated yes (fasciectomie "
             "2024 on the same hand); advised dermofasciectomy is a plan; echo 2025."))

# ---------------------------------------------------------------- tc-005 outpatient letter orthopedics
make("tc-005", "rl", [
    ("lh2", ["Rivierenland Ziekenhuis", "Afdeling Orthopedie", "President Kennedylaan 1, 4002 WP Tiel"],
     ["Polikliniek orthopedie", "Tel. 0344 - 67 49 10", "orthopedie@rivierenlandzkh.example"]),
    ("addr", ["Aan de weledelgeleerde heer", "P.C. van der Wal, huisarts", "Achterweg 9",
              "4011 BL Zoelen"]),
    ("kv", [("Ons kenmerk", "ORTH/2025/10488 - JdB"), ("Datum", "21 oktober 2025"),
            ("Betreft", "Mevr. A.M. Kortekaas, geboren 30-01-1962, patiëntnummer 7712093")]),
    ("p", "Geachte collega,"),
    ("p", "Op 14 oktober jl. zagen wij uw patiënte op de polikliniek orthopedie in verband met pijn aan de "
          "radiale zijde van de linker pols."),
    ("h", "Anamnese"),
    ("p", "Mevrouw Kortekaas, 63 jaar, linkshandig, gepensioneerd onderwijzeres en fanatiek tuinierster, "
          "heeft sinds ongeveer een jaar toenemende pijn aan de basis van de duim en net proximaal daarvan. "
          "Pijn bij knijpen, potjes opendraaien en snoeien. 's Nachts geen tintelingen. Geen trauma. Eerder "
          "geen operaties aan handen of polsen; wel in 2018 een totale heupprothese rechts elders. "
          "Zij gebruikt paracetamol en af en toe naproxen, met matig effect."),
    ("h", "Lichamelijk onderzoek"),
    ("p", "Linker hand: geen zwelling van betekenis, drukpijn over het STT-gewricht, minder over het "
          "CMC-1-gewricht. Grind-test CMC-1 licht positief. Finkelstein negatief. Goede mobiliteit van de "
          "pols: extensie 60°, flexie 55°. Sensibiliteit intact. Knijpkracht links 18 kg, rechts 22 kg."),
    ("h", "Aanvullend onderzoek"),
    ("p", "Röntgenfoto's pols en hand links (14-10-2025): gewrichtsspleetversmalling en subchondrale "
          "sclerose van het STT-gewricht met osteofyten; CMC-1 minimale artrose (Eaton I). Geen "
          "aanwijzingen voor SLAC."),
    ("h", "Conclusie"),
    ("p", "Symptomatische STT-artrose links, beginnende CMC-1-artrose."),
    ("h", "Beleid"),
    ("p", "Wij hebben de conservatieve mogelijkheden besproken. Patiënte krijgt een op maat gemaakte "
          "duimbasisspalk via de handtherapeut en wij hebben vandaag het STT-gewricht echogeleid "
          "geïnfiltreerd met 1 ml Depo-Medrol en lidocaïne. Bij onvoldoende effect kan een operatieve "
          "behandeling (bijvoorbeeld een STT-artrodese of distale scaphoïdresectie) worden overwogen; "
          "patiënte wil daar op dit moment nog niet aan. Zij heeft gevraagd of een MRI zinvol is; dat "
          "achten wij vooralsnog niet nodig. Controle over drie maanden."),
    ("p", "Met collegiale groet,"),
    ("sig", ["J. de Boer, orthopedisch chirurg", "", "cc: patiënte"]),
], L(["correspondence"], "2025-10-21", "specialist", "nl", "hospital outpatient letter (HiX-like), reportlab",
     imaging="yes", operated="no",
     notes="'Eerder geen operaties aan handen of polsen' = no; hip prosthesis is another body part; "
           "surgery and MRI only discussed/declined. Visit date 14-10 differs from letter date."),
   footer="Rivierenland Ziekenhuis - ORTH/2025/10488 - pagina {page}")

# ---------------------------------------------------------------- tc-006 MRI report, requester plastic surgery
make("tc-006", "rl", [
    ("lh2", ["Gelre ziekenhuizen", "Afdeling Radiologie en Nucleaire Geneeskunde", "Albert Schweitzerlaan 31",
             "7334 DZ Apeldoorn"], ["Secretariaat radiologie", "055 - 581 82 30"]),
    ("kv2", [
        ("Patiënt", "W.F. Brinkman", "Patiëntnr.", "3098176"),
        ("Geb. datum", "04-12-1979", "Geslacht", "M"),
        ("Aanvrager", "Dr. S.L. Meijerink, plastisch chirurg", "Afdeling", "Plastische Chirurgie"),
        ("Onderzoek", "MRI pols rechts zonder contrast", "Datum onderzoek", "27-01-2026"),
        ("Accessienr.", "GLR26-0041187", "Datum verslag", "28-01-2026"),
    ]),
    ("h", "Klinische gegevens"),
    ("p", "St. na ORIF distale radiusfractuur rechts (volaire plaat) maart 2024. Aanhoudende ulnaire polspijn "
          "en klikken bij pro-/supinatie. Vraagstelling: TFCC-letsel? Ulna-impactie?"),
    ("h", "Verslag"),
    ("p", "Vergelijking met röntgenopnamen van 12-09-2025. Volaire plaat distale radius met lokale "
          "susceptibiliteitsartefacten, de distale radius is geconsolideerd. Positieve ulnavariant van circa "
          "2 mm. Signaalverhoging en irregulariteit van de centrale discus van het TFCC met een perforatie "
          "van circa 3 mm. Focaal beenmergoedeem en subchondrale cystevorming in het proximaal-ulnaire deel "
          "van het os lunatum. Foveale insertie van het TFCC intact. Het DRUG toont geringe vochtcollectie. "
          "Scapholunaire ligament intact. Geen avasculaire necrose. Pezen van het extensor carpi "
          "ulnaris-compartiment zonder tendinopathie of subluxatie."),
    ("h", "Conclusie"),
    ("p", "1. Ulna-impactiesyndroom met centrale TFCC-perforatie en beenmergoedeem lunatum, bij positieve "
          "ulnavariant na geconsolideerde distale radiusfractuur met plaat.\n"
          "2. Geen foveale TFCC-avulsie; SL-ligament intact."),
    ("sig", ["Dr. R.A.M. Thijssen, radioloog", "Elektronisch geautoriseerd 28-01-2026 09:14"]),
], L(["imaging-report"], "2026-01-28", "radiologist", "nl", "radiology report, reportlab two-column header",
     also=["2026-01-27"], imaging="yes", operated="yes",
     notes="Requester block names plastic surgery (not a referral); 'st. na ORIF' in Klinische gegevens means "
           "operated on this wrist; exam date and report date differ."),
   footer="Afdruk d.d. 03-02-2026 - Gelre ziekenhuizen - pagina {page}")

# ---------------------------------------------------------------- tc-007 operation report form
make("tc-007", "rl", [
    ("lh", ["Ziekenhuis Amstelland", "Plastische Chirurgie / Handchirurgie",
            "Laan van de Helende Meesters 8, 1186 AM Amstelveen"]),
    ("title", "OK-verslag"),
    ("kv2", [
        ("Patiënt", "Mw. S. Doğan", "Geb.", "19-08-1990"),
        ("Patiëntnr.", "0671233", "Kamer", "Dagbehandeling 2"),
        ("Datum operatie", "12-09-2025", "OK", "OK 4, 08:35 - 09:02"),
        ("Operateur", "drs. L.M. van Rijn, plastisch chirurg", "Assistent", "K. Ouali, AIOS"),
        ("Anesthesie", "WALANT (lidocaïne 1% met adrenaline)", "Anesthesist", "n.v.t."),
        ("Zijde", "Links", "ASA", "I"),
    ]),
    ("kv", [
        ("Indicatie", "Carpaletunnelsyndroom links, EMG-bevestigd, onvoldoende effect van nachtspalk."),
        ("Ingreep", "Open klieving ligamentum carpi transversum links"),
        ("Verloop", "Geen bloedleegte. Longitudinale incisie van 2,5 cm in het verlengde van de "
                    "radiale rand van de 4e straal. Doorklieven van de palmaire fascie. Het ligamentum "
                    "carpi transversum wordt onder zicht volledig gekliefd, distaal tot het vetkussen, "
                    "proximaal tot in de onderarmfascie. N. medianus toont een zandlopervormige insnoering, "
                    "motorische tak intact. Geen synovitis. Spoelen, hemostase. Huid gesloten met "
                    "Ethilon 4-0 intracutaan. Drukverband."),
        ("Complicaties", "Geen"),
        ("PA", "Niet ingestuurd"),
        ("Nabehandeling", "Verband 2 dagen, daarna pleister. Direct bewegen vingers. Hechtingen "
                          "verwijderen bij huisarts na 12 dagen. Controle handtherapeut over 6 weken."),
    ]),
    ("sig", ["Geautoriseerd door: drs. L.M. van Rijn", "12-09-2025 09:20"]),
], L(["operation-report"], "2025-09-12", "specialist", "nl", "OK-verslag form, label/value cells",
     imaging="unmentioned", operated="yes",
     notes="Form with labelled fields, no title prose; EMG is not imaging."),
   header="Ziekenhuis Amstelland - OK-verslag - Doğan S. 19-08-1990", footer="Pagina {page} van 1")

# ---------------------------------------------------------------- tc-008 MRSA lab table
make("tc-008", "rl", [
    ("lh2", ["Certe Medische Microbiologie", "Laboratorium voor Infectieziekten",
             "Van Ketwich Verschuurlaan 92, 9721 SW Groningen"],
     ["Tel. 050 - 521 51 00", "Uitslag microbiologie"]),
    ("kv2", [
        ("Patiënt", "J.K. Hofstede", "Geb.datum", "07-03-1966"),
        ("Aanvrager", "B.R. Veenstra, huisarts, Hoogezand", "Lab.nr.", "M26-020931"),
        ("Afnamedatum", "17-02-2026", "Ontvangstdatum", "18-02-2026"),
        ("Uitslagdatum", "20-02-2026", "Status", "Definitief"),
    ]),
    ("kv", [("Klinische gegevens", "Opname ziekenhuis buitenland (Alanya, Turkije) januari 2026 in verband "
                                   "met polsfractuur; screening vóór verwijzing handchirurgie.")]),
    ("table", [
        ["Materiaal", "Bepaling", "Uitslag", "Opmerking"],
        ["Neus (beiderzijds)", "MRSA-kweek (selectief)", "MRSA niet aangetoond", ""],
        ["Keel", "MRSA-kweek (selectief)", "MRSA niet aangetoond", ""],
        ["Perineum", "MRSA-kweek (selectief)", "MRSA niet aangetoond", ""],
        ["Wond pols links", "MRSA-kweek (selectief)", "MRSA niet aangetoond", "Wel S. aureus (MSSA)"],
    ]),
    ("p", "Conclusie: in de ingestuurde materialen is geen meticilline-resistente Staphylococcus aureus "
          "aangetoond. Kweek bebroed 48 uur in ophopingsbouillon."),
    ("sig", ["Gevalideerd: dr. M.E. Postma, arts-microbioloog, 20-02-2026"]),
], L(["mrsa-screening"], "2026-02-20", "lab", "nl", "microbiology lab result table, reportlab",
     also=["2026-02-17"], imaging="unmentioned", operated="unmentioned", abroad="yes",
     notes="Klinische gegevens state an admission in Turkey; result table with separate cells; "
           "MSSA remark must not read as MRSA positive."),
   footer="Certe - uitslag M26-020931 - pagina {page}")

# ---------------------------------------------------------------- tc-009 discharge letter with operation section
make("tc-009", "docx2pdf", [
    ("lh", ["Maasstad Ziekenhuis", "Afdeling Traumatologie / Chirurgie", "Maasstadweg 21, 3079 DZ Rotterdam"]),
    ("addr", ["Mevr. dr. F. Kramer, huisarts", "Gezondheidscentrum Lombardijen", "Spinozaweg 300",
              "3076 EW Rotterdam"]),
    ("kv", [("Datum", "05-12-2025"), ("Kenmerk", "CHI-KB-25-88213"),
            ("Betreft", "Dhr. D.A. (Dennis) Vermeulen, geb. 25-05-1973, Paul Krugerstraat 10, Rotterdam")]),
    ("title", "Klinische brief / Ontslagbrief"),
    ("p", "Geachte collega,"),
    ("p", "Uw patiënt was van 01-12-2025 tot 03-12-2025 opgenomen op onze afdeling Traumatologie."),
    ("h", "Opnamediagnose"),
    ("p", "Intra-articulaire distale radiusfractuur rechts (AO 23-C2) met dorsale kanteling 25°."),
    ("h", "Anamnese"),
    ("p", "Op 30-11-2025 van een ladder gevallen (circa 2 meter) op de rechter hand. Op de SEH "
          "röntgenfoto's en een CT van de pols: intra-articulaire fractuur met verkorting van de radius. "
          "Gesloten repositie op de SEH gaf onvoldoende stand."),
    ("h", "Operatie"),
    ("kv", [("Datum", "01-12-2025"), ("Operateur", "dr. H.J. Brouwer, traumachirurg"),
            ("Assistent", "M. Yilmaz, ANIOS"), ("Anesthesie", "Algehele anesthesie + plexus axillaris"),
            ("Ingreep", "Open repositie en interne fixatie distale radius rechts met volaire hoekstabiele "
                        "plaat (Henry-benadering)")]),
    ("p", "Beschrijving: rugligging, armtafel, bloedleegte 250 mmHg. Henry-benadering over de FCR-pees, "
          "pronator quadratus ingesneden en opgeklapt. Fractuur gereponeerd, tijdelijk gefixeerd met twee "
          "K-draden. Volaire plaat (2,4 mm) geplaatst, distaal vier hoekstabiele schroeven, proximaal drie "
          "corticalisschroeven. Doorlichting: goede stand, gewrichtsvlak congruent, geen intra-articulaire "
          "schroeven. DRUG stabiel. Pronator quadratus gehecht. Huid gesloten met Monocryl 4-0. Gipsspalk. "
          "Complicaties: geen."),
    ("h", "Beloop"),
    ("p", "Ongecompliceerd postoperatief beloop. Controlefoto postoperatief: goede stand van de plaat. "
          "Goede pijnstilling met paracetamol en oxycodon. Op 03-12-2025 naar huis."),
    ("h", "Medicatie bij ontslag"),
    ("p", "Paracetamol 1000 mg 4dd; oxycodon 5 mg zn max 4dd (3 dagen); fraxiparine 2850 IE 1dd s.c. "
          "zolang gips."),
    ("h", "Beleid"),
    ("p", "Controle op de gipskamer/polikliniek traumatologie over 10 dagen met wondcontrole en "
          "circulair gips. Verwijzing handtherapie na 2 weken."),
    ("p", "Met vriendelijke groet,"),
    ("sig", ["dr. H.J. Brouwer, traumachirurg", "namens deze: A. Sneek, physician assistant", "cc: patiënt"]),
], L(["correspondence", "operation-report"], "2025-12-05", "specialist", "nl", "discharge letter with full "
     "operation section, docx converted to PDF by LibreOffice",
     imaging="yes", operated="yes",
     notes="Discharge letter containing operation date, operator and full description: both kinds. "
           "Admission/discharge dates are not the letter date."),
   header="Maasstad Ziekenhuis - Klinische brief", footer="Vermeulen D.A. - 25-05-1973 - CHI-KB-25-88213")

# ---------------------------------------------------------------- tc-010 patient e-mail
make("tc-010", "txt", """
Van: Marieke Zandbergen <m.zandbergen71@kpnmail.example>
Aan: intake@handkliniek-nijmegen.example
Datum: di 10 mrt. 2026 21:16
Onderwerp: aanvraag second opinion rechter pols

Geachte heer, mevrouw,

Mijn naam is Marieke Zandbergen (geboren 5 oktober 1971, Beek-Ubbergen). Ik heb sinds ruim een jaar
last van mijn rechter pols aan de pinkzijde. Mijn huisarts heeft in december een echo laten maken en
daar kwam een "TFCC-scheurtje" uit. De orthopeed in het CWZ wil een kijkoperatie doen, maar ik ben er
niet gerust op. Mijn buurman is vorig jaar aan zijn pols geopereerd en heeft nu meer klachten dan
daarvoor, dus ik wil graag eerst een tweede mening.

Ikzelf ben nooit aan mijn hand of pols geopereerd. Ik ben wel in de zomer in Frankrijk op vakantie
geweest maar daar niet bij een dokter geweest.

Kunt u mij laten weten wat ik moet opsturen? Mijn huisarts (dokter Willems in Ubbergen) wil wel een
verwijzing maken als dat nodig is.

Met vriendelijke groet,
Marieke Zandbergen
06-23 44 91 08
""", L([], "2026-03-10", "patient", "nl", "patient e-mail (plain text)",
       imaging="yes", operated="no", abroad="no",
       notes="Patient asking for a second opinion herself: not a referral. Neighbour's operation is someone "
             "else's; holiday in France without care; arthroscopy is only proposed."))

# ---------------------------------------------------------------- tc-011 hand therapy letter
make("tc-011", "docx", [
    ("lh", ["Handtherapie Oost-Brabant", "Hand- en polsrevalidatie | fysio- en ergotherapie",
            "Kruisstraat 21, 5341 AC Oss  -  0412 - 62 40 55"]),
    ("addr", ["Aan: drs. K. Hendriks, plastisch chirurg", "Bernhoven, poli plastische chirurgie",
              "Nistelrodeseweg 10", "5406 PT Uden"]),
    ("p", "Oss, 6 januari 2026"),
    ("p", "Betreft: tussenrapportage handtherapie - dhr. L. (Luuk) van Dinther, geb. 12-02-2001"),
    ("p", "Geachte heer Hendriks,"),
    ("p", "Hierbij informeer ik u over het verloop van de handtherapie bij bovengenoemde patiënt, die u op "
          "15-10-2025 opereerde in verband met een doorgesneden buigpees (FDP en FDS) van de wijsvinger "
          "links in zone II. Hij wordt sinds 20-10-2025 behandeld volgens het vroeg-actieve protocol."),
    ("table", [["Meting", "19-11-2025", "05-01-2026"],
               ["Actieve flexie PIP D2 links", "55°", "80°"],
               ["Actieve flexie DIP D2 links", "20°", "45°"],
               ["Extensiedeficit PIP", "-25°", "-10°"],
               ["Knijpkracht (Jamar, kg) L / R", "n.v.t.", "24 / 46"]]),
    ("p", "Het litteken is soepel, er is nog een lichte verkleving ter hoogte van de A2-pulley. Patiënt "
          "oefent trouw. Hij vraagt of hij in maart weer mag keepen bij de voetbal; ik heb gezegd dat ik dit "
          "aan u voorleg. Bij onvoldoende verdere winst in de komende zes weken kan een tenolyse aan de orde "
          "komen; dat laat ik uiteraard aan uw oordeel over."),
    ("p", "Met vriendelijke groet,"),
    ("sig", ["Iris Verhoeven, MSc", "gecertificeerd handtherapeut (CHT-NL)", "BIG/ KRF 19930388"]),
], L([], "2026-01-06", "other", "nl", "hand therapy progress letter with table, python-docx",
     imaging="unmentioned", operated="yes",
     notes="Hand therapist's letter (not a specialist): kinds none. Says the surgeon operated the tendon."),
   footer="Handtherapie Oost-Brabant - AGB 04-0099812")

# ---------------------------------------------------------------- tc-012 pharmacy overview
make("tc-012", "rl", [
    ("lh2", ["Apotheek De Gaper", "Hoogstraat 101, 3011 PN Rotterdam", "Tel. 010 - 411 22 09"],
     ["Medicatieoverzicht", "Afgedrukt: 02-02-2026 11:32", "Apotheker: drs. N. Aksoy"]),
    ("kv2", [("Naam", "Mw. C. (Corrie) van Leeuwen", "Geboortedatum", "14-05-1948"),
             ("Huisarts", "R.J. Smit, Rotterdam", "Gewicht/lengte", "72 kg / 164 cm"),
             ("Nierfunctie", "eGFR 52 (11-2025)", "Contra-indicaties", "Verminderde nierfunctie")]),
    ("h", "Actuele medicatie"),
    ("table", [["Start", "Geneesmiddel", "Dosering", "Voorschrijver"],
               ["11-03-2019", "Metoprolol succinaat 50 mg tablet MGA", "1x per dag 1 tablet", "Huisarts"],
               ["02-06-2021", "Apixaban 2,5 mg tablet", "2x per dag 1 tablet", "Cardioloog"],
               ["14-09-2023", "Omeprazol 20 mg capsule msr", "1x per dag 1 capsule", "Huisarts"],
               ["20-11-2025", "Paracetamol 500 mg tablet", "3x per dag 2 tabletten", "Plastisch chirurg"],
               ["20-11-2025", "Diclofenac gel 1%", "3x per dag dun aanbrengen op duimbasis", "Plastisch chirurg"],
               ["08-01-2026", "Alendroninezuur 70 mg tablet", "1x per week 1 tablet", "Reumatoloog"]]),
    ("h", "Overgevoeligheden"),
    ("p", "Sulfonamiden (exantheem, 2004)."),
    ("p", "Let op: bij een eventuele ingreep overleg over het tijdelijk staken van apixaban."),
], L([], "2026-02-02", "other", "nl", "pharmacy medication overview with table",
     notes="Pharmacy medication overview: none of the kinds; the hint about a possible procedure is not "
           "an operation."),
   footer="Dit overzicht is met zorg samengesteld; controleer bij twijfel met de apotheek. Pagina {page}")

# ---------------------------------------------------------------- tc-013 GP cover letter with enclosures
make("tc-013", "fpdf", [
    ("lh", ["Huisartsenpraktijk 't Hooge Veld", "A.C. Lagerweij, huisarts",
            "Dorpsstraat 3, 7681 CA Vroomshoop  -  0546 - 64 12 78"]),
    ("addr", ["Handkliniek Zwolle", "t.a.v. afdeling intake / second opinion", "Dokter van Heesweg 2",
              "8025 AB Zwolle"]),
    ("p", "Vroomshoop, 25 februari 2026"),
    ("p", "Betreft: aanvulling dossier mw. B. (Bertha) Kamphuis-Roelofs, geb. 29-07-1955"),
    ("p", "Geachte collega's,"),
    ("p", "Naar aanleiding van uw brief van 18 februari stuur ik u de gevraagde aanvullende stukken voor "
          "de second opinion van mevrouw Kamphuis, die ik u in januari verwees. Bijgaand treft u aan:"),
    ("p", "1. Operatieverslag van de partiële polsartrodese links (4-hoeksartrodese), Isala, 3 juni 2025\n"
          "2. MRI-verslag pols links d.d. 28 oktober 2025\n"
          "3. Polikliniekbrief orthopedie Isala d.d. 11 november 2025\n"
          "4. Medicatieoverzicht apotheek"),
    ("p", "De beelden van de MRI heeft mevrouw zelf bij de radiologie van Isala op cd laten branden; zij "
          "neemt die mee naar het eerste gesprek. Een MRSA-screening is niet nodig: mevrouw is niet in het "
          "buitenland behandeld."),
    ("p", "Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd."),
    ("p", "Met vriendelijke groet,"),
    ("sig", ["A.C. Lagerweij", "huisarts"]),
], L([], "2026-02-25", "gp", "nl", "GP cover letter listing enclosures, fpdf2",
     imaging="yes", operated="yes", abroad="no",
     notes="Cover letter: mentions an operation report, MRI report and specialist letter but is none of them "
           "and not a referral (no question; the referral was earlier). Says operation and MRI happened."))

# ---------------------------------------------------------------- tc-014 appointment letter
make("tc-014", "docx", [
    ("lh", ["Xpert Handkliniek Eindhoven", "Locatie Flight Forum 3, 5657 DV Eindhoven",
            "Telefoon 040 - 888 12 00 (ma-vr 8.00-17.00)"]),
    ("addr", ["Dhr. R.P.M. Claassen", "Hertogstraat 17", "5611 PA Eindhoven"]),
    ("p", "Datum: 12 maart 2026"),
    ("p", "Patiëntnummer: 2026-00417    Geboortedatum: 21-08-1988"),
    ("p", "Onderwerp: bevestiging van uw afspraak"),
    ("p", "Beste heer Claassen,"),
    ("p", "Wij hebben uw verwijzing voor een second opinion ontvangen en uw dossier is compleet. Hierbij "
          "bevestigen wij uw eerste afspraak:"),
    ("kv", [("Datum en tijd", "dinsdag 7 april 2026, 10:15 uur"),
            ("Bij", "dr. M. Vos, handchirurg"),
            ("Duur", "ongeveer 45 minuten (inclusief meting door de handtherapeut)"),
            ("Locatie", "begane grond, balie 2")]),
    ("p", "Neem uw identiteitsbewijs, verzekeringspas en een actueel medicatieoverzicht mee. Heeft u "
          "röntgenfoto's of een MRI laten maken in een ander ziekenhuis, neem dan de cd mee als u die nog "
          "niet heeft opgestuurd. Kunt u niet komen, meld dit dan minimaal 24 uur van tevoren."),
    ("p", "Met vriendelijke groet,"),
    ("sig", ["Team Patiëntplanning", "Xpert Handkliniek Eindhoven"]),
], L([], "2026-03-12", "other", "nl", "appointment confirmation letter, python-docx",
     notes="Appointment letter: none of the kinds. Imaging mentioned only conditionally ('heeft u ... laten "
           "maken')."),
   footer="Xpert Handkliniek - KvK 56012388 - www.xperthand.example")

# ---------------------------------------------------------------- tc-015 Belgian consultation letter
make("tc-015", "rl", [
    ("lh2", ["AZ Sint-Lucas Brugge", "Dienst Orthopedie en Traumatologie - Hand- en polschirurgie",
             "Sint-Lucaslaan 29, 8310 Brugge"], ["Tel. +32 50 36 91 11", "RIZIV 1-48219-93-580"]),
    ("addr", ["Aan dr. W. Dierickx, huisarts", "Noordzandstraat 60", "8000 Brugge"]),
    ("p", "Brugge, 18 november 2025"),
    ("p", "Betreft: Mevrouw Eline Claeys, ° 03/04/1993, Langestraat 112, 8000 Brugge"),
    ("p", "Waarde collega,"),
    ("p", "Ik zag uw patiënte op de raadpleging handchirurgie op 13/11/2025 voor een zwelling aan de "
          "dorsale zijde van de rechterpols."),
    ("h", "Anamnese"),
    ("p", "Sinds zes maanden een wisselend grote zwelling dorsaal aan de rechterpols, pijnlijk bij "
          "steunen op de hand (yoga) en bij langdurig typen. Geen trauma. Eerder aspiratie door u in juli, "
          "met recidief na enkele weken."),
    ("h", "Klinisch onderzoek"),
    ("p", "Soepele, goed afgrensbare zwelling van 1,5 cm ter hoogte van het scapholunaire interval. "
          "Transilluminatie positief. Volledige beweeglijkheid, geen neurologisch deficit."),
    ("h", "Technische onderzoeken"),
    ("p", "RX pols rechts (frontaal en profiel): geen ossale letsels, geen scapholunaire diastase. "
          "Echografie: anechogene, multiloculaire structuur met steel richting SL-ligament, passend bij een "
          "dorsaal ganglion."),
    ("h", "Besluit"),
    ("p", "Recidiverend dorsaal polsganglion rechts."),
    ("h", "Voorstel"),
    ("p", "Ik heb de opties uitgelegd: afwachten, opnieuw aspireren of een (artroscopische) excisie. "
          "Heelkundige behandeling werd voorgesteld gezien het recidief; patiënte wenst eerst bedenktijd "
          "en zal zelf een nieuwe afspraak maken. Zij verhuist in het voorjaar naar Nederland."),
    ("p", "Met collegiale groeten,"),
    ("sig", ["dr. Pieter Vandamme", "Orthopedisch chirurg - hand- en polschirurgie"]),
], L(["correspondence"], "2025-11-18", "specialist", "nl", "Belgian consultation letter (raadpleging, Besluit)",
     imaging="yes", operated="unmentioned", abroad="yes",
     notes="Written by a Belgian hospital that treated the patient: treated abroad. Aspiration is not an "
           "operation; surgery only proposed. '°' birth date."),
   footer="AZ Sint-Lucas Brugge - Dienst Orthopedie - pagina {page}")

# ---------------------------------------------------------------- tc-016 Belgian emergency department
make("tc-016", "fpdf", [
    ("lh", ["AZ Zeno Knokke-Heist", "Spoedgevallendienst", "Kalvekeetdijk 260, 8300 Knokke-Heist  -  "
            "tel. +32 50 53 30 00"]),
    ("title", "Verslag spoedgevallendienst"),
    ("kv", [("Patiënt", "De heer Bram Wijnands (NL)"),
            ("Geboortedatum", "° 11/10/2003"),
            ("Adres", "Boulevard de Ruyter 22, 4381 KH Vlissingen, Nederland"),
            ("Datum aanmelding", "16/08/2025 - 23:41"),
            ("Behandelend arts", "dr. S. Maes, urgentiearts")]),
    ("h", "Reden van komst"),
    ("p", "Vuistslag tegen een muur tijdens een feestavond aan de zeedijk. Pijn en zwelling rechter hand, "
          "ulnaire zijde."),
    ("h", "Klinisch onderzoek"),
    ("p", "Zwelling en drukpijn over metacarpaal 5 rechts, knokkel verzonken. Geen rotatiefout bij "
          "vuistvorming. Huid intact, geen bijtwonden. Sensibiliteit en doorbloeding normaal."),
    ("h", "Technisch onderzoek"),
    ("p", "RX hand rechts (3 opnamen): subcapitale fractuur metacarpaal 5 met 30° palmaire angulatie, "
          "geen intra-articulaire uitbreiding."),
    ("h", "Besluit"),
    ("p", "Boksersfractuur MC5 rechts."),
    ("h", "Behandeling en beleid"),
    ("p", "Gesloten reductie onder hematoomblok, ulnaire gipsspalk in intrinsic-plusstand. Controle-RX: "
          "verbeterde stand (15°). Patiënt keert morgen terug naar Nederland; advies controle binnen de "
          "week bij de eigen huisarts of de spoedeisende hulp in Nederland, met deze brief en de beelden "
          "(cd meegegeven). Pijnstilling: paracetamol 1 g 4x/dag."),
    ("sig", ["dr. S. Maes", "urgentiearts, AZ Zeno"]),
], L(["correspondence"], "2025-08-16", "specialist", "nl", "Belgian emergency department report, fpdf2",
     imaging="yes", operated="unmentioned", abroad="yes",
     notes="Belgian ED (spoedgevallendienst) letter for a Dutch patient: treated abroad yes. Closed reduction "
           "is not an operation; surgery neither said nor denied."),
   footer="AZ Zeno - spoedgevallen - pagina {page}")

# ---------------------------------------------------------------- tc-017 Belgian operation report (docx)
make("tc-017", "docx", [
    ("lh", ["UZ Gent", "Dienst Plastische en Reconstructieve Chirurgie", "C. Heymanslaan 10, 9000 Gent",
            "+32 9 332 21 11"]),
    ("title", "Operatieverslag"),
    ("kv", [("Patiënt", "Mevr. Lotte Vermeersch"),
            ("Geboortedatum", "°27/02/1985"),
            ("Dossiernummer", "UZG-5531-0937"),
            ("Datum ingreep", "03/07/2025"),
            ("Chirurg", "Prof. dr. K. Van den Broeck"),
            ("Assistent", "dr. J. Peeters (ASO)"),
            ("Anesthesie", "Loco-regionaal (plexus axillaris), dr. E. Martens"),
            ("Pre-operatieve diagnose", "Chronische scapholunaire instabiliteit rechts, Geissler III, "
                                        "reduceerbaar"),
            ("Ingreep", "Artroscopie rechterpols + open dorsale capsulodese (Mayo-techniek) en "
                        "SL-ligamentreconstructie, K-draadfixatie")]),
    ("h", "Verloop"),
    ("p", "Tractietoren 5 kg. Standaardportalen 3-4, 4-5 en midcarpaal radiaal. Bevestiging van een "
          "volledig doorgescheurd SL-ligament (Geissler III), kraakbeen radiocarpaal en midcarpaal intact. "
          "Vervolgens dorsale incisie over het vierde compartiment, dorsale capsule gelift. Reductie van "
          "scaphoïd en lunatum met joysticks; fixatie met twee K-draden 1,2 mm SL en één SC. Anker in het "
          "lunatum, reconstructie van het dorsale SL-ligament en dorsale capsulodese. Controle onder "
          "doorlichting: SL-hoek 55°. Sluiten in lagen. Dorsale gipsspalk."),
    ("h", "Complicaties"),
    ("p", "Geen."),
    ("h", "Postoperatief beleid"),
    ("p", "Gipsspalk 2 weken, daarna onderarmgips tot 8 weken. K-draden verwijderen na 8 weken. "
          "Kinesitherapie vanaf week 8. Raadpleging na 2 weken."),
    ("sig", ["Prof. dr. K. Van den Broeck", "elektronisch ondertekend 03/07/2025"]),
], L(["operation-report"], "2025-07-03", "specialist", "nl", "Belgian operation report (UZ), python-docx table",
     imaging="unmentioned", operated="yes", abroad="yes",
     notes="Operation report written by a Belgian university hospital: treated abroad yes. Arthroscopy "
           "is not radiological imaging."),
   header="UZ Gent - Operatieverslag - vertrouwelijk")

print("nl_a done")
