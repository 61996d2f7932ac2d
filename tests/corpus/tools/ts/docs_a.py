# ts-001 .. ts-016
# All patients, practices, doctors and hospitals are invented.

DOCS = []

# ---------------------------------------------------------------------------------------- ts-001
DOCS.append(dict(
    stem="ts-001", fmt="form",
    spec=dict(
        meta_title="ZD-73920118",
        header=[("ZorgDomein", 15, True), ("Second opinion handchirurgie", 11, True),
                ("Huisartsenpraktijk De Lindeboom  |  Lindelaan 14  |  2012 KP Haarlem  |  AGB 01-123456", 7.5, False)],
        labx=20, valx=68, footer="ZorgDomein-verwijzing ZD-73920118  -  verzonden 13-10-2026 09:41  -  pagina {page}",
        rows=[
            ("sec", "Ontvanger"),
            ("f", "Zorgaanbieder", "Handkliniek Amstelland, locatie Amstelveen"),
            ("f", "Specialisme", "Plastische chirurgie / handchirurgie"),
            ("f", "Product", "Second opinion handchirurgie"),
            ("f", "Urgentie", "Regulier"),
            ("sec", "Patiënt"),
            ("f", "Naam", "mw. J.C. van der Plas-Kooistra (Joke)"),
            ("f", "Geboortedatum", "11-10-1968"),
            ("f", "Geslacht", "Vrouw"),
            ("f", "BSN", "999012345"),
            ("f", "Adres", "Kleverparkweg 88, 2023 CJ Haarlem"),
            ("f", "Telefoon", "06-12345678"),
            ("f", "Verzekeraar", "Onderlinge Zorgverzekeraar Kennemerland (UZOVI 9991), polis 55120877"),
            ("sec", "Verwijzer"),
            ("f", "Naam", "J.P. Brouwer, huisarts"),
            ("f", "AGB-code", "01-123456"),
            ("f", "Datum verwijzing", "13-10-2026"),
            ("sec", "Verwijzing"),
            ("f", "Reden van verwijzing",
             "Persisterende pijn radiodorsale zijde rechter pols sinds februari 2026. Rechtshandig, werkzaam als "
             "kapper. Dorsaal ganglion, na punctie binnen 4 weken recidief. Klachten belemmeren werk."),
            ("f", "Vraagstelling",
             "Patiënte wenst zelf een second opinion. Bij de orthopeed in het Kennemerduin Ziekenhuis werd een "
             "afwachtend beleid geadviseerd. Is er een indicatie voor excisie van het ganglion, of is er andere "
             "pathologie (scafolunair letsel?) die de pijn verklaart?"),
            ("f", "Relevante voorgeschiedenis",
             "2004 sectio caesarea\n2015 hypothyreoïdie\n2019 tendovaginitis de Quervain links, injectie, hersteld\n"
             "Niet eerder geopereerd aan de rechter pols of hand."),
            ("f", "Recente behandelingen",
             "02-07-2026 echo rechter pols (Kennemerduin Ziekenhuis): dorsaal ganglion 11 mm, geen tenosynovitis.\n"
             "18-08-2026 punctie en injectie triamcinolon door orthopeed; na 4 weken recidief.\n"
             "Sinds juli 2026 polsbrace 's nachts, werkaanpassing in overleg met bedrijfsarts."),
            ("f", "Medicatie", "levothyroxine 75 microg 1 dd 1\nparacetamol 500 mg z.n. max 6 dd"),
            ("f", "Allergieën", "Geen bekend"),
            ("f", "Bijlagen", "Brief orthopedie d.d. 25-08-2026; verslag echo d.d. 02-07-2026"),
        ]),
    label=dict(kinds=["referral", "history"], date="2026-10-13", author="gp", language="nl",
               style="zorgdomein two-column canvas form (labels and values as separate runs)",
               referral_question=True, imaging_done="yes", operated="no", treated_abroad="unmentioned",
               notes="Zorgdomein form without 'Verwijsbrief' title or salutation; product name only. Birth date "
                     "11-10-1968 two days from the referral date. Has Relevante voorgeschiedenis + Recente "
                     "behandelingen, so also history. 'Niet eerder geopereerd aan de rechter pols' is a negation; "
                     "sectio caesarea is another body part. Date appears as 'Datum verwijzing' and in the footer."),
))

# ---------------------------------------------------------------------------------------- ts-002
DOCS.append(dict(
    stem="ts-002", fmt="docx",
    spec=dict(
        logo="Huisartsenpraktijk Westzijde",
        header_lines=["J. Verbeek en M. Özdemir, huisartsen  ·  Westzijde 201  ·  1506 EK Zaandam",
                      "tel. 075-6123456  ·  spoed 075-6123400  ·  AGB 01-054321"],
        footer="Huisartsenpraktijk Westzijde is aangesloten bij Huisartsen Zaanstreek-Waterland",
        blocks=[
            ("lines", ["Aan: Handkliniek Amstelland", "t.a.v. polikliniek handchirurgie / second opinion",
                       "Postbus 1234", "1180 AA  AMSTELVEEN"]),
            ("pr", "Zaandam, 9 september 2026"),
            ("p", "<b>Betreft:</b> dhr. R. (Ruud) Hoekstra, geb. 03-09-1979, Vinkenstraat 12, 1506 TP Zaandam, "
                  "BSN 999023456"),
            ("p", "Geachte collega,"),
            ("p", "Hierbij verwijs ik bovengenoemde patiënt, 47 jaar, timmerman, voor een second opinion. "
                  "Patiënt heeft sinds 2024 tintelingen in digiti I-III rechts, 's nachts en bij het vasthouden "
                  "van gereedschap. Na een EMG (carpaletunnelsyndroom rechts, matig-ernstig) werd hij op "
                  "14-03-2026 in het Zaanland Ziekenhuis geopereerd: open klieving van het ligamentum carpi "
                  "transversum rechts."),
            ("p", "Postoperatief zijn de nachtelijke klachten verdwenen, maar de doofheid van de duim en "
                  "wijsvinger is onveranderd en er is nu pijn in de hand­palm en krachtsverlies. Een echo van de "
                  "n. medianus in mei 2026 liet volgens de plastisch chirurg geen duidelijke restcompressie zien. "
                  "Hem werd geadviseerd het verdere beloop af te wachten; patiënt kan zich hier niet in vinden."),
            ("p", "<b>Vraagstelling:</b> is er sprake van een incomplete klieving of een andere oorzaak van de "
                  "persisterende klachten (cervicale radiculopathie?), en is een re-operatie zinvol?"),
            ("p", "Voorgeschiedenis: 2011 meniscectomie rechter knie, 2018 hypertensie. Medicatie: amlodipine 5 mg "
                  "1 dd. Geen allergieën. Patiënt is niet in een buitenlands ziekenhuis opgenomen of behandeld "
                  "geweest."),
            ("p", "Met vriendelijke groet,"),
            ("lines", ["", "", "J. Verbeek, huisarts"]),
            ("small", "Bijlagen: operatieverslag d.d. 14-03-2026, polikliniekbrief plastische chirurgie d.d. "
                      "20-06-2026, EMG-verslag d.d. 02-12-2025."),
            ("small", "cc: patiënt"),
        ]),
    label=dict(kinds=["referral"], date="2026-09-09", author="gp", language="nl",
               style="free GP letter, letterhead in DOCX header, addressee block t.a.v. second opinion",
               referral_question=True, imaging_done="yes", operated="yes", treated_abroad="no",
               notes="Place+date line 'Zaandam, 9 september 2026'; birth date 03-09-1979 six days earlier. "
                     "Enclosure line lists operatieverslag/polibrief (mentions, not documents). Soft hyphen in "
                     "'hand­palm'. Knee meniscectomy is another body part; CTS release is the hand operation. "
                     "Explicit 'niet in een buitenlands ziekenhuis opgenomen' -> treated_abroad no. EMG is not imaging; "
                     "the echo is."),
))

# ---------------------------------------------------------------------------------------- ts-003
_p1 = """MEDICOM                                              Professionele Samenvatting
Huisartsenpraktijk Het Anker  -  Dorpsstraat 3  -  8051 GA Hattem  -  038-4441122
Datum uitdraai : 21-09-2026                                    Pagina 1 van 3
---------------------------------------------------------------------------------------
Patiënt        : mw. A.M. de Groot-Smeenk         Geboortedatum : 19-09-1957
Adres          : Molenweg 41, 8051 BK Hattem      BSN           : 999034567
Verzekering    : Zorgverzekeraar Salland-IJssel    Polisnummer   : 400912883
Eigen huisarts : H.J. Wolters
---------------------------------------------------------------------------------------

EPISODELIJST (actief)
  ICPC     Omschrijving                                   Begin        Attentie
  L90.02   Artrose CMC-1 (duimbasis) rechts                03-02-2025   ja
  K86      Hypertensie zonder orgaanbeschadiging           12-06-2012
  T90.02   Diabetes mellitus type 2                        22-11-2019   ja
  L95      Osteoporose                                     05-03-2021

EPISODELIJST (inactief / voorgeschiedenis)
  D88      Appendicitis - appendectomie                   1979
  L72      Fractuur radius/ulna links, gips 6 wk          14-01-2011
  X77      Mammacarcinoom rechts - lumpectomie + RT       2016
  S88      Eczeem                                          2008

FAMILIEANAMNESE
  Moeder: artrose handen en knieën. Zus: reumatoïde artritis. Vader: CVA op 71-jarige leeftijd.

MEDICATIE (actueel)
  metformine 500 mg              2 dd 1
  perindopril 4 mg               1 dd 1
  alendroninezuur 70 mg          1 x per week
  calcium/colecalciferol 500/800 1 dd 1
  paracetamol 1000 mg            z.n. max 3 dd 1
  diclofenac gel 1%              z.n.

CONTRA-INDICATIES / INTOLERANTIES
  Overgevoeligheid: pleisters (contacteczeem)
  Verminderde nierfunctie: eGFR 58 (07-2026)
\f"""
_p2 = """MEDICOM                                              Professionele Samenvatting
Patiënt: mw. A.M. de Groot-Smeenk, geb. 19-09-1957    Datum uitdraai: 21-09-2026    Pagina 2 van 3
---------------------------------------------------------------------------------------
JOURNAAL (episode L90.02 Artrose CMC-1 rechts)

03-02-2025  HW  S: al maanden pijn duimbasis re, vooral bij openen potten en sleutels omdraaien.
                   Rechtshandig. Werkt als administratief medewerker.
                O: drukpijn CMC-1 re, crepitaties, grind-test pos. Geen zwelling MCP.
                E: L90.02 artrose CMC-1 re
                P: uitleg, paracetamol, X-hand re aangevraagd.
11-02-2025  HW  Uitslag X-hand re: artrose CMC-1 met gewrichtsspleetversmalling en osteofyten
                (Eaton stadium III), lichte STT-artrose. Tel. besproken.
12-03-2025  HW  S: weinig effect paracetamol. P: verwijzing handtherapie voor spalk.
                   Verwijzing fysiotherapie/handtherapie.
24-06-2025  MB  S: spalk helpt deels. O: idem. E: idem. P: injectie triamcinolonacetonide 10 mg
                   CMC-1 re, na uitleg en toestemming.
30-10-2025  HW  S: injectie 3 mnd goed effect, nu terug. Wil verder. P: verwijzing plastische
                   chirurgie Isala-Oost (ZorgDomein).
                   Verwijzing plastische chirurgie
08-01-2026  --  Brief specialist ontvangen (plastische chirurgie, dr. Veldkamp): CMC-1 artrose
                re Eaton III. Conservatief beleid voortgezet, tweede injectie gegeven. Operatieve
                behandeling (trapeziectomie) besproken; pt wil eerst bedenktijd.
14-04-2026  HW  S: pijn weer toegenomen, slaapt slecht. Twijfelt over operatie, wil graag
                   een second opinion bij een handkliniek. O: forse drukpijn, adductiestand duim.
                P: overleg, pt neemt zelf contact op met handkliniek; verwijzing volgt.
\f"""
_p3 = """MEDICOM                                              Professionele Samenvatting
Patiënt: mw. A.M. de Groot-Smeenk, geb. 19-09-1957    Datum uitdraai: 21-09-2026    Pagina 3 van 3
---------------------------------------------------------------------------------------
JOURNAAL (overige episodes, laatste 12 maanden)

02-10-2025  MB  T90.02  DM-controle POH: HbA1c 52, RR 138/82, voeten ok.
15-01-2026  HW  K86     RR 142/86, perindopril continueren.
19-05-2026  MB  T90.02  DM-controle: HbA1c 55. Metformine ophogen naar 2 dd 1.
07-07-2026  --          Lab: eGFR 58, kreatinine 92.
21-09-2026  HW  L90.02  S: verzoek verwijsbrief second opinion handchirurgie. Samenvatting
                   meegestuurd. P: ZorgDomein-verwijzing Handkliniek Zwolle verstuurd.
                   Verwijzing plastische chirurgie

METINGEN (laatste)
  Lengte 1,66 m   Gewicht 71 kg   BMI 25,8   RR 142/86   HbA1c 55 mmol/mol

---------------------------------------------------------------------------------------
Einde samenvatting. Deze uitdraai bevat medische gegevens en is vertrouwelijk.
"""
DOCS.append(dict(
    stem="ts-003", fmt="txt", text=_p1 + _p2 + _p3,
    label=dict(kinds=["history"], date="2026-09-21", author="gp", language="nl",
               style="Medicom HIS printout 'Professionele Samenvatting', form feeds between pages",
               imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
               notes="Print date 'Datum uitdraai' 21-09-2026 next to birth date 19-09-1957. Episode list with ICPC; "
                     "appendectomy and lumpectomy are other body parts; trapeziectomie only discussed (plan). "
                     "'Verwijzing plastische chirurgie' journal lines and 'Brief specialist ontvangen' must not make "
                     "it a referral or correspondence. X-hand done (uitslag)."),
))

# ---------------------------------------------------------------------------------------- ts-004
DOCS.append(dict(
    stem="ts-004", fmt="pdf",
    spec=dict(
        logo="Oostervaart Ziekenhuis",
        header_lines=["Plastische, Reconstructieve en Handchirurgie",
                      "Hospitaalweg 1  ·  1315 RA Almere  ·  T 036-5550000  ·  www.oostervaart-zh.nl"],
        footer="Oostervaart Ziekenhuis  ·  Polikliniek Plastische Chirurgie  ·  pagina {page} van {pages}",
        blocks=[
            ("cols", ["Huisartsenpraktijk Stedenwijk", "T.a.v. dhr. drs. P.C. Ramdin", "Baltimoreweg 3",
                      "1325 KK  ALMERE"],
                     ["Ons kenmerk: PLA/LSM/88213", "Uw kenmerk: -", "Datum: 25 augustus 2026",
                      "Inlichtingen: secretariaat 036-5551234"]),
            ("p", "<b>Betreft:</b> dhr. M. Yilmaz, geboren 14-02-1985, patiëntnummer 4402917"),
            ("p", "Geachte collega,"),
            ("p", "Op 18 augustus 2026 zagen wij uw patiënt op de polikliniek Plastische Chirurgie in verband met "
                  "pijn in de rechter pols."),
            ("h", "Anamnese"),
            ("p", "Rechtshandige 41-jarige magazijnmedewerker. In 2023 tijdens een vakantie in Turkije van een "
                  "scooter gevallen op de uitgestrekte hand; hij heeft daar geen arts bezocht. Sindsdien wisselende "
                  "pijn radiaal aan de pols, sinds dit voorjaar toenemend, met krachtsverlies bij tillen. Geen "
                  "eerdere operaties aan hand of pols. Roker, 10 sigaretten per dag."),
            ("h", "Lichamelijk onderzoek"),
            ("p", "Drukpijn in de tabatière anatomique rechts. Extensie 45° (links 70°), flexie 50° (links 75°). "
                  "Knijpkracht (Jamar) rechts 28 kg, links 46 kg. Sensibiliteit intact."),
            ("h", "Aanvullend onderzoek"),
            ("p", "Röntgen pols rechts (04-08-2026): pseudartrose van het os scaphoideum ter hoogte van de taille "
                  "met cysteuze veranderingen, geen collaps. MRI pols rechts (11-08-2026): pseudartrose scaphoid, "
                  "proximale pool vitaal, geen tekenen van avasculaire necrose, geen artrose."),
            ("h", "Conclusie"),
            ("p", "Pseudartrose os scaphoideum rechts, ontstaan na een niet-behandelde fractuur in 2023, zonder "
                  "tekenen van SNAC-pols."),
            ("h", "Beleid"),
            ("p", "Wij hebben de behandelopties besproken en patiënt een operatie aangeboden (open repositie met "
                  "corticospongieuze bottransplantatie uit de crista iliaca en schroeffixatie). Patiënt wil hierover "
                  "nadenken en overweegt een second opinion; hij neemt zelf contact met ons op. Stoppen met roken "
                  "is geadviseerd in verband met de botgenezing."),
            ("p", "Met collegiale groet,"),
            ("sig", [["", "drs. L.S. Smit", "AIOS plastische chirurgie"],
                     ["", "dr. E.M. Bakker", "plastisch chirurg, supervisor"]]),
            ("small", "cc: patiënt  ·  Deze brief is elektronisch geautoriseerd en daarom niet ondertekend."),
        ]),
    label=dict(kinds=["correspondence"], date="2026-08-25", author="specialist", language="nl",
               style="HiX outpatient letter with two-column address/kenmerk block, sections, two signatories",
               imaging_done="yes", operated="no", treated_abroad="no",
               notes="Visit date 18-08-2026 differs from letter date 25-08-2026. Fall on holiday in Turkey but "
                     "'geen arts bezocht' -> treated_abroad no. 'Geen eerdere operaties aan hand of pols' negation; "
                     "operation only offered (plan). Quotes X-ray and MRI results but is not a radiology report."),
))

# ---------------------------------------------------------------------------------------- ts-005
DOCS.append(dict(
    stem="ts-005", fmt="pdf",
    spec=dict(
        font="Helvetica", size=9.5,
        header_lines=["Maasoever Ziekenhuis  -  Afdeling Radiologie en Nucleaire Geneeskunde",
                      "Tegelseweg 210, 5912 BL Venlo  -  secretariaat radiologie 077-3206000"],
        footer="Dit verslag is elektronisch geautoriseerd.  Afdruk d.d. 12-06-2026 14:05  -  pag. {page}/{pages}",
        blocks=[
            ("title", "RADIOLOGISCH ONDERZOEK"),
            ("table", [["Patiënt", "Geboortedatum", "Patiëntnr.", "Accessienr."],
                       ["PEETERS, S. (Sanne)", "12-06-1990", "7719023", "VNL26061100452"]],
             {"cw": [0.34, 0.2, 0.18, 0.28]}),
            ("kv", [("Aanvrager", "drs. P.A.M. Janssen, orthopedisch chirurg - Orthopedie"),
                    ("Kopie aan", "huisarts F. Hendriks, Tegelen"),
                    ("Onderzoek", "MRI pols rechts zonder contrast"),
                    ("Datum onderzoek", "11-06-2026"),
                    ("Klinische gegevens", "Val op de uitgestrekte hand 03-2026, pijn ulnair, klik bij pro-/supinatie."),
                    ("Vraagstelling", "TFCC-laesie? Ulnocarpale impactie?")], {"lw": 0.25}),
            ("h", "Verslag"),
            ("p", "Vergelijking met conventionele opnamen pols rechts d.d. 20-05-2026: ulnavariantie neutraal."),
            ("p", "Protocol: coronaal PD-FS, T1, sagittaal PD-FS, axiaal T2-FS, 3T, dedicated polsspoel."),
            ("p", "Perifere scheur van het triangulair fibrocartilagineus complex aan de ulnaire insertie (Palmer 1B), "
                  "met beperkte vochtcollectie in het distale radio-ulnaire gewricht. Ulnaire styloïd intact. Geen "
                  "beenmergoedeem van de lunatum of ulnakop; geen aanwijzingen voor ulnocarpale impactie. "
                  "Scafolunair en lunotriquetraal ligament intact. ECU-pees in de groeve, met geringe tenosynovitis. "
                  "Geen ganglion."),
            ("h", "Conclusie"),
            ("p", "1. Perifere TFCC-laesie (Palmer 1B) rechts.<br/>2. Geringe tenosynovitis ECU.<br/>"
                  "3. Geen ulnocarpale impactie, intacte intrinsieke ligamenten."),
            ("lines", ["", "dr. K.W. Vermeulen, radioloog", "Geautoriseerd: 12-06-2026 14:02"]),
        ]),
    label=dict(kinds=["imaging-report"], date="2026-06-12", also_dates=["2026-06-11"], author="radiologist",
               language="nl", style="RIS radiology report with patient table and Aanvrager field",
               imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
               notes="Birth date 12-06-1990 shares day and month with the report date; exam date 11-06 differs "
                     "from authorisation date 12-06. Aanvrager is an orthopaedic surgeon (requester, not author); "
                     "'Vraagstelling' is the requester's question, not a referral."),
))

# ---------------------------------------------------------------------------------------- ts-006
DOCS.append(dict(
    stem="ts-006", fmt="docx",
    spec=dict(
        header_lines=["Vechtstreek Ziekenhuis  ·  Snelliuslaan 20  ·  1222 TE Hilversum",
                      "Operatiekamers / Plastische Chirurgie"], header_align="right",
        footer="Afgedrukt: 31-03-2026 08:12 door J. Kok  ·  pagina {page}",
        blocks=[
            ("table", [["OPERATIEVERSLAG", ""],
                       ["Patiënt", "dhr. W.H. Mulder"],
                       ["Geboortedatum", "07-07-1962"],
                       ["Patiëntnummer", "3310456"],
                       ["Datum operatie", "30-03-2026"],
                       ["Operateur", "drs. H.J. de Wit, plastisch chirurg"],
                       ["Assistent", "J. Kok, AIOS plastische chirurgie"],
                       ["Anesthesie", "WALANT (lidocaïne 1% met adrenaline), geen tourniquet"],
                       ["Indicatie", "Ziekte van Dupuytren rechts, strengvorming dig IV en V, "
                                     "extensiedeficit PIP V 55°, MCP IV 40° (Tubiana II)"],
                       ["Ingreep", "Partiële (limited) fasciëctomie dig IV en V rechts"],
                       ["Verloop",
                        "Bruner-incisie vanaf de distale handpalmplooi tot de middenfalanx dig V en over de "
                        "grondfalanx dig IV. Pretendineuze en centrale streng dig IV geïdentificeerd en na "
                        "identificatie en vrijleggen van beide neurovasculaire bundels geëxcideerd. Dig V: spiral "
                        "cord, n. digitalis ulnaris verplaatst naar mediaan, vrijgelegd en gespaard. Na excisie "
                        "volledige extensie MCP IV, PIP V resterend 10° extensiedeficit. Capillaire refill alle "
                        "vingers goed. Hemostase. Huid gesloten met Ethilon 5-0, Y-V-plastiek dig V."],
                       ["Complicaties", "Geen"],
                       ["Nabehandeling", "Drukverband 2 dagen, daarna handtherapie (extensiespalk 's nachts). "
                                         "Hechtingen verwijderen na 12 dagen bij huisarts. Controle polikliniek "
                                         "over 6 weken."],
                       ["PA", "Materiaal ingestuurd: ja (fascie dig IV/V rechts)"]],
             {"hdrbg": "#c6d9f1"}),
            ("p", "drs. H.J. de Wit, plastisch chirurg"),
        ]),
    label=dict(kinds=["operation-report"], date="2026-03-30", author="specialist", language="nl",
               style="OK-verslag as a DOCX two-column table; title only in the table header row",
               imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
               notes="Title 'OPERATIEVERSLAG' is only the first table cell. Footer 'Afgedrukt: 31-03-2026' differs "
                     "from the operation date 30-03-2026 (the document's date). Birth date 07-07-1962."),
))

# ---------------------------------------------------------------------------------------- ts-007
DOCS.append(dict(
    stem="ts-007", fmt="pdf",
    spec=dict(
        size=9,
        logo="RLMM Westfriesland",
        logo_color="#5b2c6f",
        header_lines=["Regionaal Laboratorium Medische Microbiologie Westfriesland",
                      "Maelsonstraat 3, 1624 NP Hoorn  ·  tel. 0229-257000  ·  laboratorium@rlmm-wf.nl"],
        footer="RLMM Westfriesland  ·  ISO 15189 geaccrediteerd  ·  Eindrapport  ·  blad {page}/{pages}",
        blocks=[
            ("cols", ["<b>Aanvrager</b>", "A. de Boer, huisarts", "Huisartsenpraktijk Kersenboogerd",
                      "Kersenboogerd 2, 1628 ZA Hoorn"],
                     ["<b>Patiënt</b>", "BAKKER-DIJKSTRA, F.", "Geb.: 02-11-1949  (V)", "BSN: 999045678",
                      "Labnummer: 26-M-118834"]),
            ("table", [["Afnamedatum", "Ontvangstdatum", "Rapportdatum", "Status"],
                       ["28-10-2026 10:15", "29-10-2026 08:02", "31-10-2026 12:47", "Eindrapport"]],
             {"cw": [0.25, 0.25, 0.25, 0.25]}),
            ("kv", [("Klinische gegevens",
                     "Opname in ziekenhuis in buitenland (Alanya, Turkije) juli 2026. Screening i.v.m. "
                     "verwijzing naar handkliniek."),
                    ("Aanvraag", "MRSA-screening (BRMO-kweek)")], {"lw": 0.25}),
            ("table", [["Materiaal", "Bepaling", "Uitslag", "Opmerking"],
                       ["Neus (vestibulum nasi)", "MRSA-kweek (selectieve ophoging)", "MRSA niet aangetoond", ""],
                       ["Keel", "MRSA-kweek (selectieve ophoging)", "MRSA niet aangetoond", ""],
                       ["Perineum", "MRSA-kweek (selectieve ophoging)", "MRSA niet aangetoond", ""],
                       ["Neus/keel/perineum", "MRSA-PCR (mecA/mecC)", "Negatief", "sneltest"]],
             {"cw": [0.22, 0.32, 0.26, 0.20]}),
            ("h", "Conclusie"),
            ("p", "In de ingestuurde materialen is geen MRSA aangetoond."),
            ("kv", [("Gevalideerd door", "dr. I.H. Vos, arts-microbioloog"),
                    ("Datum validatie", "31-10-2026")], {"lw": 0.25}),
        ]),
    label=dict(kinds=["mrsa-screening"], date="2026-10-31", also_dates=["2026-10-28"], author="lab", language="nl",
               style="LIS microbiology printout with result table, patient/requester two-column block",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
               notes="Three dates in one table row (afname, ontvangst, rapport). Birth date 02-11-1949 near the "
                     "report date. Clinical info states admission in a Turkish hospital -> treated_abroad yes."),
))

# ---------------------------------------------------------------------------------------- ts-008
DOCS.append(dict(
    stem="ts-008", fmt="txt",
    text="""From: Sarah Whitfield <s.whitfield.utrecht@mailbox.example>
Sent: Monday, 5 October 2026 21:14
To: info@handkliniek-amstelland.example
Subject: Request for second opinion - right wrist

Dear Sir or Madam,

I am a British citizen and have lived in Utrecht since 2019. I would like to ask for a second
opinion about my right wrist, and I hope you can help me.

In February 2026 I broke my right wrist while skiing in Austria. I was taken to the hospital in
Innsbruck, where they took X-rays and a CT scan, and the next day I was operated on: they put a
plate in. After I came home I had physiotherapy in Utrecht for three months.

My wrist is still stiff and painful, especially when I turn my hand (for example with a key or a
screwdriver), and I cannot put weight on it in yoga. My GP, Dr. de Vries, thinks the plate might
be irritating a tendon and suggested a second opinion at a specialised hand clinic. She will send
you a referral letter this week.

I have a CD from Innsbruck with the X-rays and the CT scan, and a discharge letter in German. I
do not have the operation report yet; I have asked the hospital in Innsbruck to send it.

Could you please let me know what else you need, and whether I need to do an MRSA test because
I was in a hospital abroad?

Kind regards,

Sarah Whitfield
Date of birth: 14 March 1986
Oudegracht 301-bis, 3511 PA Utrecht
+31 6 98765432
""",
    label=dict(kinds=[], date="2026-10-05", author="patient", language="en",
               style="patient e-mail printed as plain text with mail headers",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Patient's own request for a second opinion: not a referral despite 'second opinion', "
                     "'referral letter', 'operation report', 'MRSA test'. Date only in the 'Sent:' header line."),
))

# ---------------------------------------------------------------------------------------- ts-009
DOCS.append(dict(
    stem="ts-009", fmt="pdf",
    spec=dict(
        font="Helvetica", size=10,
        header_lines=["North Wessex Hospitals NHS Foundation Trust", "St Aldhelm's Hospital, Hand Surgery Unit",
                      "Odstock Lane, Salisbury SP2 8XY", "Tel: 01722 555 000   Fax: 01722 555 001"],
        header_align="right",
        footer="North Wessex Hospitals NHS Foundation Trust - Hand Surgery Unit - Page {page} of {pages}",
        blocks=[
            ("sp", 8),
            ("lines", ["Consultant: Miss Helen Radcliffe FRCS (Plast)", "Secretary: 01722 555 214",
                       "Our ref: HR/AB/K7734512"]),
            ("lines", ["Date dictated: 14/09/2026", "Date typed: 18/09/2026"]),
            ("lines", ["Dr A. Khan", "Riverside Surgery", "12 Mill Road", "Salisbury SP2 7RT"]),
            ("p", "Dear Dr Khan,"),
            ("p", "<b>Re: Mr Daniel PRICE   DOB: 02/05/1977   NHS No: 943 476 5919</b><br/>"
                  "14 Castle Street, Salisbury SP1 3TB"),
            ("p", "<b>Diagnosis:</b><br/>1. Right trigger thumb<br/>2. Mild left carpal tunnel syndrome (clinical)"),
            ("p", "<b>Plan:</b><br/>1. Listed for right trigger thumb release under local anaesthetic<br/>"
                  "2. Night splint left wrist<br/>3. Review in clinic after surgery"),
            ("p", "I saw Mr Price in the hand clinic today. He is a 49-year-old right-handed electrician who has had "
                  "triggering of the right thumb for eight months. He had one steroid injection at the surgery in "
                  "March which helped for about six weeks. He has not had any previous surgery on either hand. He "
                  "also describes intermittent tingling in the left hand at night."),
            ("p", "On examination there is a tender nodule over the A1 pulley of the right thumb with reproducible "
                  "triggering. Tinel's and Phalen's tests are positive on the left, with normal two-point "
                  "discrimination and no thenar wasting."),
            ("p", "Radiographs of the right hand taken in clinic today showed no bony abnormality and no "
                  "degenerative change at the thumb base."),
            ("p", "I have offered him a right trigger thumb release, which he would like to go ahead with, and he "
                  "has been added to the waiting list. He mentioned that he may be moving to the Netherlands for "
                  "work next year; if so, he will let us know. For the left side I have provided a night splint and "
                  "will review his symptoms after the operation."),
            ("p", "Yours sincerely,"),
            ("lines", ["", "", "Miss Helen Radcliffe", "Consultant Plastic and Hand Surgeon"]),
            ("small", "cc: Mr Daniel Price (patient)<br/>Dictated but not checked to avoid delay."),
        ]),
    label=dict(kinds=["correspondence"], date="2026-09-18", also_dates=["2026-09-14"], author="specialist",
               language="en", style="NHS clinic letter, Diagnosis/Plan blocks, dictated/typed dates",
               imaging_done="yes", operated="no", treated_abroad="yes",
               notes="UK consultant letter: written by a hospital abroad that saw the patient -> treated_abroad yes. "
                     "Two dates (dictated 14/09 = clinic day, typed 18/09). 'Listed for ... release' and 'offered' "
                     "are plans; 'has not had any previous surgery' is a negation. DOB 02/05/1977 in dd/mm."),
))

# ---------------------------------------------------------------------------------------- ts-010
DOCS.append(dict(
    stem="ts-010", fmt="pdf",
    spec=dict(
        size=9.5,
        header_lines=["Royal Tamar Valley Hospitals NHS Trust  |  Derriford Road, Plymouth PL6 8DH"],
        footer="Printed from e-Theatre 05/03/2026 07:58  |  Page {page} of {pages}",
        blocks=[
            ("table", [["OPERATION NOTE", "Theatre 7  |  Trauma & Orthopaedics"],
                       ["Patient", "Mrs Catherine Louise DUNN"],
                       ["DOB", "04/03/1971"],
                       ["Hospital No / NHS No", "RTV1180392  /  487 221 6630"],
                       ["Date of operation", "03/03/2026"],
                       ["Surgeon", "Mr J. Hartley FRCS (Tr & Orth)"],
                       ["Assistant", "Dr S. Patel (ST5)"],
                       ["Anaesthetist", "Dr M. O'Brien"],
                       ["Anaesthetic", "Regional (ultrasound-guided supraclavicular block) + sedation"],
                       ["Tourniquet", "250 mmHg, 58 minutes"],
                       ["Diagnosis", "Closed dorsally displaced intra-articular fracture of right distal radius "
                                     "(AO 23-C1), fall on ice 27/02/2026, on holiday from the Netherlands"],
                       ["Procedure", "ORIF right distal radius with volar locking plate"],
                       ["Findings", "Dorsal comminution, two articular fragments, no DRUJ instability after fixation"],
                       ["Description",
                        "Modified Henry approach through FCR sheath. Pronator quadratus elevated. Fracture reduced "
                        "with traction and K-wire joystick; provisional K-wire fixation. 7-hole variable-angle volar "
                        "locking plate applied, 3 cortical shaft screws, 6 distal locking screws. Image intensifier "
                        "confirmed satisfactory reduction and screw lengths, no intra-articular screw. Pronator "
                        "quadratus repaired. Skin closed with 3-0 Monocryl subcuticular."],
                       ["Implants", "VA-LCP 2.4 mm volar plate, 7 holes (lot 2203-8891)"],
                       ["Complications", "None"],
                       ["Post-op instructions",
                        "Backslab 2 weeks, elevate, fingers free. Check X-ray in recovery. Wound check and "
                        "removal of backslab at 2 weeks; physiotherapy referral. Patient returning to the "
                        "Netherlands - copy of this note to patient for her GP."],
                       ["VTE prophylaxis", "Not required"],
                       ["Signed", "J. Hartley, 03/03/2026 16:42"]],
             {"cw": [0.28, 0.72], "hdrbg": "#bcd4e6"}),
        ]),
    label=dict(kinds=["operation-report"], date="2026-03-03", author="specialist", language="en",
               style="NHS e-Theatre operation note, whole document one table, title in header cell",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Title only in the table header cell. DOB 04/03/1971 one day after the operation date; footer "
                     "print date 05/03/2026. Imaging 'yes' via intra-operative image intensifier (fluoroscopy); "
                     "'Check X-ray in recovery' alone would be a plan. Written by a UK hospital -> abroad."),
))

# ---------------------------------------------------------------------------------------- ts-011
DOCS.append(dict(
    stem="ts-011", fmt="docx",
    spec=dict(
        docx_font="Arial", size=10,
        logo="Klinikum Rheinaue Wesel",
        header_lines=["Klinik für Hand-, Plastische und Rekonstruktive Chirurgie",
                      "Chefarzt Prof. Dr. med. R. Albers  ·  Hansaring 40  ·  46483 Wesel  ·  Tel. +49 281 9990-0"],
        footer="Klinikum Rheinaue Wesel gGmbH  ·  Amtsgericht Duisburg HRB 9999  ·  Seite {page}",
        blocks=[
            ("cols", ["Herrn", "drs. B. Jansen (Huisarts)", "Huisartsenpraktijk Hatert", "Hatertseweg 550",
                      "6535 ZM Nijmegen", "NIEDERLANDE"],
                     ["Wesel, 02.11.2026", "Unser Zeichen: HPC/kh/26-4471", "Station 4B",
                      "Durchwahl: +49 281 9990-4410"]),
            ("title", "Entlassungsbrief"),
            ("p", "Sehr geehrter Herr Kollege Jansen,"),
            ("p", "wir berichten über Ihren Patienten <b>Herrn Pieter van Dam, geb. 12.05.1975</b>, wohnhaft "
                  "Groesbeekseweg 14, 6524 DB Nijmegen, der sich vom <b>28.10.2026 bis 30.10.2026</b> in unserer "
                  "stationären Behandlung befand."),
            ("h", "Diagnosen"),
            ("p", "- Beugesehnenverletzung (FDP und FDS) Dig. III links, Zone II, nach Schnittverletzung "
                  "(Glasscheibe) am 27.10.2026<br/>- Teildurchtrennung N. digitalis palmaris proprius radialis "
                  "Dig. III links<br/>- Nebendiagnose: arterielle Hypertonie"),
            ("h", "Anamnese"),
            ("p", "Der Patient zog sich am 27.10.2026 bei Renovierungsarbeiten im Ferienhaus in Xanten eine "
                  "Schnittverletzung an der linken Hand zu und stellte sich noch am selben Abend in unserer "
                  "Notaufnahme vor. Rechtshänder, Beruf: Grafikdesigner."),
            ("h", "Befund bei Aufnahme"),
            ("p", "3 cm lange Schnittwunde palmar über der Grundphalanx Dig. III links. Aktive Beugung im DIP und "
                  "PIP nicht möglich. Hypästhesie radialseitig Dig. III. Durchblutung erhalten."),
            ("p", "Röntgen linke Hand in 2 Ebenen (27.10.2026): kein röntgendichter Fremdkörper, keine Fraktur."),
            ("h", "Therapie – Operationsbericht"),
            ("kv", [("OP-Datum", "28.10.2026"),
                    ("Operateur", "Dr. med. K. Hoffmann, Oberarzt"),
                    ("Assistenz", "L. Schröder, Assistenzärztin"),
                    ("Anästhesie", "Plexusanästhesie (axillär), Blutleere 300 mmHg, 74 min"),
                    ("Eingriff", "Naht der Beugesehnen FDP (4-Strang-Kernnaht, Ethibond 3-0, epitendinöse "
                                 "Naht Prolene 6-0) und FDS Dig. III links, Nervennaht N. digitalis radialis "
                                 "Dig. III (Ethilon 9-0)"),
                    ("OP-Verlauf", "Wundexploration nach Bruner-Erweiterung. Beide Sehnenstümpfe proximal im "
                                   "Bereich des A2-Ringbandes aufgesucht und atraumatisch vorgeführt. FDS-Naht mit "
                                   "2-Strang-Technik, FDP-Naht wie oben. Teilweise Venting des A4-Ringbandes. "
                                   "Freies Gleiten bei passiver Bewegung. Epineurale Naht des Fingernerven unter dem "
                                   "Mikroskop. Spülung, schichtweiser Wundverschluss, dorsale Schiene in "
                                   "Kleinert-Stellung."),
                    ("Komplikationen", "keine")], {"lw": 0.22}),
            ("h", "Verlauf"),
            ("p", "Komplikationsloser postoperativer Verlauf. Das Aufnahmescreening auf MRSA war negativ. "
                  "Beginn der frühfunktionellen Nachbehandlung durch unsere Handtherapie am 1. postoperativen Tag. "
                  "Entlassung in gutem Allgemeinzustand nach Hause."),
            ("h", "Procedere"),
            ("p", "- Frühfunktionelle Nachbehandlung nach modifiziertem Kleinert-Schema für 6 Wochen, Handtherapie "
                  "in den Niederlanden (Rezept mitgegeben)<br/>- Fadenzug am 12. postoperativen Tag durch den "
                  "Hausarzt<br/>- Wiedervorstellung in unserer Handsprechstunde nach 6 Wochen oder Weiterbetreuung "
                  "durch eine Handchirurgie in den Niederlanden"),
            ("p", "Mit freundlichen kollegialen Grüßen"),
            ("sig", [["", "Prof. Dr. med. R. Albers", "Chefarzt"],
                     ["", "Dr. med. K. Hoffmann", "Oberarzt"],
                     ["", "L. Schröder", "Assistenzärztin"]]),
        ]),
    label=dict(kinds=["correspondence", "operation-report"], date="2026-11-02", author="specialist", language="de",
               style="German Entlassungsbrief (DOCX) with embedded full Operationsbericht table",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Discharge letter with a complete operation section (date, operator, procedure, course) -> both "
                     "kinds. Dates in dd.mm.yyyy; admission/discharge/operation/injury dates near the letter date "
                     "'Wesel, 02.11.2026'. Mentions a negative MRSA admission screen (mention only). Three signatories."),
))

# ---------------------------------------------------------------------------------------- ts-012
DOCS.append(dict(
    stem="ts-012", fmt="pdf",
    spec=dict(
        size=9.5,
        logo="Marienhospital Bocholt-Land",
        header_lines=["Institut für Diagnostische und Interventionelle Radiologie",
                      "Dr. med. U. Terhorst  ·  Klosterstraße 12  ·  46399 Bocholt  ·  Tel. +49 2871 4400-0"],
        footer="Befund elektronisch freigegeben - ohne Unterschrift gültig  |  Seite {page} von {pages}",
        blocks=[
            ("cols", ["Überweiser:", "Dr. med. T. Krämer", "Unfallchirurgie – Ambulanz", "im Hause"],
                     ["Bocholt, den 19.08.2026", "Untersuchungsnr.: MR-26-018823"]),
            ("kv", [("Patientin", "Wessels, Ingrid"), ("Geb.-Datum", "07.01.1964"),
                    ("Anschrift", "Kotten 5, 7108 AB Winterswijk (NL)"),
                    ("Untersuchung", "MRT linkes Handgelenk nativ und nach i.v. KM-Gabe (Gadobutrol 6 ml)"),
                    ("Untersuchungsdatum", "19.08.2026")], {"lw": 0.26}),
            ("h", "Klinische Angaben / Fragestellung"),
            ("p", "Z. n. distaler Radiusfraktur links 03/2026, konservativ im Gips behandelt, kein operativer "
                  "Eingriff. Persistierende Schmerzen dorsal und ulnar. SL-Band-Ruptur? TFCC?"),
            ("h", "Befund"),
            ("p", "Voraufnahmen: Röntgen Handgelenk links vom 14.03.2026 und 02.05.2026 (auswärtig, digital "
                  "vorliegend)."),
            ("p", "In Fehlstellung (dorsale Abkippung ca. 12°) konsolidierte distale Radiusfraktur ohne "
                  "Stufenbildung der Gelenkfläche. Ulnavorschub ca. +2 mm. Diskrete Signalanhebung im "
                  "ulnoproximalen Lunatum ohne Kollaps. Komplette Ruptur des dorsalen Anteils des "
                  "skapholunären Bandes mit SL-Distanz 3,5 mm; DISI-Stellung (SL-Winkel 72°). Zentrale "
                  "Degeneration des TFCC (Palmer 2B) ohne periphere Ablösung. Geringer Gelenkerguss radiokarpal. "
                  "Sehnen unauffällig."),
            ("h", "Beurteilung"),
            ("p", "1. Komplette SL-Bandruptur mit beginnender DISI-Fehlstellung links.<br/>"
                  "2. In leichter Fehlstellung konsolidierte distale Radiusfraktur, Ulna-Plus-Variante, "
                  "beginnendes ulnokarpales Impaktionssyndrom.<br/>3. Degenerative TFCC-Läsion Palmer 2B."),
            ("p", "Mit freundlichen kollegialen Grüßen"),
            ("lines", ["Dr. med. J. Lensing", "Facharzt für Radiologie"]),
        ]),
    label=dict(kinds=["imaging-report"], date="2026-08-19", author="radiologist", language="de",
               style="German radiology Befund (hospital institute), Befund/Beurteilung",
               imaging_done="yes", operated="no", treated_abroad="yes",
               notes="German hospital radiology report for a Dutch resident: written by a hospital abroad that "
                     "examined her, and prior X-rays 'auswärtig'. 'konservativ im Gips behandelt, kein operativer "
                     "Eingriff' -> operated no. Überweiser is the requester (Unfallchirurgie), not a referral to the "
                     "clinic. Fragestellung with question marks is the requester's question."),
))

# ---------------------------------------------------------------------------------------- ts-013
DOCS.append(dict(
    stem="ts-013", fmt="txt",
    text="""Royal Tamar Valley Hospitals NHS Trust
Outpatient Appointments Centre
Derriford Road, Plymouth PL6 8DH
Telephone: 01752 555 800 (Mon-Fri 8am-5pm)


Mr Thomas BARNES
Flat 3, 27 Mutley Plain
Plymouth PL4 6LB

27 October 2026

NHS Number: 612 339 0845
Hospital Number: RTV2291004
Date of birth: 30/10/1958

Dear Mr Barnes,

YOUR APPOINTMENT - HAND SURGERY CLINIC (NEW PATIENT)

We have received a referral from your GP and have arranged the following appointment:

  Clinic:      Hand Surgery - Mr J. Hartley
  Date:        Tuesday 17 November 2026
  Time:        10:40 (please arrive 15 minutes early)
  Location:    Level 4, Outpatients B, Derriford Hospital

You may have an X-ray on the day of your clinic appointment, so please allow up to two
hours. If you are taking blood-thinning medication, please bring a list of your medicines.

If you cannot attend, please contact us as soon as possible so that the appointment can be
offered to another patient. Patients who do not attend without letting us know may be
discharged back to their GP.

Yours sincerely,

Outpatient Appointments Centre
On behalf of Royal Tamar Valley Hospitals NHS Trust

This letter was produced automatically and is not signed. Ref: OPA/NP/2211-7734
""",
    label=dict(kinds=[], date="2026-10-27", author="other", language="en",
               style="NHS automated appointment letter",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="Appointment letter from a UK hospital: no kind. Future appointment and possible X-ray are "
                     "plans, not events, so treated_abroad and imaging stay unmentioned. DOB 30/10/1958 three days "
                     "after letter date; appointment date 17 November 2026 is not the letter date."),
))

# ---------------------------------------------------------------------------------------- ts-014
DOCS.append(dict(
    stem="ts-014", fmt="docx",
    spec=dict(
        docx_font="Georgia", size=10,
        logo="AZ Sint-Gerlindis",
        header_lines=["campus Mol  ·  Dienst Orthopedie – Hand- en polschirurgie",
                      "Gasthuisstraat 17  ·  2400 Mol  ·  België  ·  tel. +32 14 33 99 00  ·  RIZIV 1-23456-78-910"],
        footer="AZ Sint-Gerlindis vzw  ·  ondernemingsnummer 0400.000.123",
        blocks=[
            ("cols", ["Dr. M. Hermans, huisarts", "Huisartsenpraktijk De Kempen", "Dorpsstraat 8",
                      "5571 AB Bergeijk", "Nederland"],
                     ["Mol, 21 juli 2026", "Ref.: ORTHO/DV/2026-3318"]),
            ("p", "<b>Betreft:</b> Mevrouw Lotte Verhoeven °23/04/1988 – raadpleging hand- en polschirurgie dd. "
                  "14/07/2026"),
            ("p", "Waarde collega,"),
            ("p", "Bovenvermelde patiënte werd gezien op de raadpleging hand- en polschirurgie voor pijn aan de "
                  "rechterpols sedert een val tijdens het mountainbiken in april."),
            ("h", "Anamnese"),
            ("p", "Patiënte kwam destijds langs op onze spoedgevallendienst, waar een RX rechterpols werd genomen "
                  "zonder fractuur; ze kreeg een polsorthese voor drie weken. Sindsdien aanhoudende pijn ulnair "
                  "bij steunen en draaien. Ze werkt als kinesitherapeute en ondervindt hinder bij mobilisaties."),
            ("h", "Klinisch onderzoek"),
            ("p", "Drukpijn in de fovea ulnaris, positieve ulnocarpale stresstest, DRUG stabiel. Goede mobiliteit."),
            ("h", "Technisch onderzoek"),
            ("p", "RX rechterpols (04/2026, spoed): geen fractuur, ulnaire variantie neutraal. Arthro-CT "
                  "rechterpols (09/07/2026): centrale perforatie van de TFCC, geen ligamentaire letsels."),
            ("h", "Besluit"),
            ("p", "Traumatisch centraal TFCC-letsel rechterpols (Palmer 1A)."),
            ("h", "Voorstel"),
            ("p", "Wij stelden een artroscopisch debridement van de TFCC voor. Patiënte wenst eerst bedenktijd en "
                  "wil, gezien zij in Nederland woont, eventueel een tweede advies in Nederland vragen. Zij krijgt "
                  "een nieuwe afspraak op de raadpleging binnen zes weken indien zij voor de ingreep kiest."),
            ("p", "Met collegiale groeten,"),
            ("lines", ["", "dr. D. Vandenbroucke", "Orthopedisch chirurg – hand- en polschirurgie"]),
            ("small", "Kopie: patiënte"),
        ]),
    label=dict(kinds=["correspondence"], date="2026-07-21", author="specialist", language="nl",
               style="Belgian AZ consultation letter (raadpleging, Besluit, ° birth date, +32)",
               imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="Flemish vocabulary (raadpleging, spoedgevallendienst, Besluit, kinesitherapeute, RX), "
                     "° before birth date, dd/mm/yyyy. Consultation date 14/07 differs from letter date 'Mol, 21 "
                     "juli 2026'. Arthroscopic debridement only proposed (plan). Belgian hospital treated her "
                     "(emergency department + consultation) -> abroad."),
))

# ---------------------------------------------------------------------------------------- ts-015 (merged 1)
_m1_ref = dict(fmt="pdf", plabel=dict(kinds=["referral"], date="2026-06-02", author="gp"), spec=dict(
    font="Times", size=11,
    header_lines=["Gezondheidscentrum Overvecht  -  huisartsen S. el Amrani en T. Groen",
                  "Vasco da Gamalaan 40  -  3563 AH Utrecht  -  030-2612612"],
    blocks=[
        ("lines", ["Handkliniek Utrecht-Oost", "Afdeling handchirurgie", "Biltstraat 400", "3572 BJ Utrecht"]),
        ("p", "Utrecht, 2 juni 2026"),
        ("p", "Betreft: dhr. K. (Kevin) Boateng, geb. 17-11-2002"),
        ("p", "Geachte collega,"),
        ("p", "Graag verwijs ik bovengenoemde patiënt naar uw kliniek voor een second opinion. Hij brak in april "
              "2026 zijn rechter scaphoid bij een val tijdens het voetballen. De fractuur werd door de orthopeed "
              "in het Stadsziekenhuis Utrecht conservatief behandeld met gips; patiënt is niet geopereerd. Na "
              "gipsverwijdering blijft hij pijn houden en hij maakt zich zorgen over een pseudartrose."),
        ("p", "Vraag: is de fractuur voldoende geconsolideerd, en is aanvullende beeldvorming (CT) of operatieve "
              "behandeling aan te raden?"),
        ("p", "Bijgevoegd: de brief van de orthopeed en het röntgenverslag."),
        ("p", "Met vriendelijke groet,"),
        ("lines", ["", "S. el Amrani, huisarts"]),
    ]))
_m1_poli = dict(fmt="pdf", plabel=dict(kinds=["correspondence"], date="2026-05-12", author="specialist"), spec=dict(
    size=10, logo="Stadsziekenhuis Utrecht", logo_color="#00695c",
    header_lines=["Orthopedie & Traumatologie  ·  Lange Nieuwstraat 100  ·  3512 PN Utrecht"],
    footer="Stadsziekenhuis Utrecht · Orthopedie · brief gegenereerd uit HiX · pagina {page}/{pages}",
    blocks=[
        ("cols", ["Gezondheidscentrum Overvecht", "t.a.v. mw. S. el Amrani, huisarts", "Vasco da Gamalaan 40",
                  "3563 AH Utrecht"],
                 ["Datum: 12-05-2026", "Kenmerk: ORT/2026/55102"]),
        ("p", "Betreft: K. Boateng, geb. 17-11-2002"),
        ("p", "Geachte collega,"),
        ("p", "Wij zagen uw patiënt op de polikliniek orthopedie voor controle na een scaphoidfractuur rechts."),
        ("h", "Anamnese"),
        ("p", "Val op de uitgestrekte hand op 12-04-2026. Sindsdien onderarmgips met duiminsluiting."),
        ("h", "Aanvullend onderzoek"),
        ("p", "Röntgen scaphoidserie rechts 28-04-2026: fractuurlijn nog zichtbaar in de taille, niet gedisloceerd."),
        ("h", "Conclusie"),
        ("p", "Niet-gedisloceerde scaphoid tailefractuur rechts, conservatief behandeld."),
        ("h", "Beleid"),
        ("p", "Gips verwijderd, brace voor 4 weken. Operatieve behandeling is op dit moment niet geïndiceerd. "
              "Controle met nieuwe foto over 6 weken."),
        ("p", "Met vriendelijke groet,"),
        ("lines", ["", "dr. F.J. Kuiper, orthopedisch chirurg"]),
    ]))
_m1_rx = dict(fmt="pdf", plabel=dict(kinds=["imaging-report"], date="2026-04-28", author="radiologist"), spec=dict(
    size=9.5,
    header_lines=["Stadsziekenhuis Utrecht - Radiologie"],
    footer="Definitief verslag - geautoriseerd 28-04-2026 16:20",
    blocks=[
        ("kv", [("Naam", "Boateng, K."), ("Geb. datum", "17-11-2002"),
                ("Aanvrager", "F.J. Kuiper (ORT)"), ("Onderzoek", "X-scaphoid serie rechts (4 opnamen)"),
                ("Onderzoeksdatum", "28-04-2026")], {"lw": 0.22}),
        ("h", "Verslag:"),
        ("p", "Ter vergelijking SEH-opnamen van 12-04-2026. Dunne fractuurlijn door de taille van het os "
              "scaphoideum, zonder dislocatie of angulatie. Geen andere fracturen. Normale carpale uitlijning."),
        ("h", "Conclusie:"),
        ("p", "Niet-gedisloceerde scaphoid tailefractuur rechts, nog niet geconsolideerd."),
        ("p", "M. Dekker, radioloog"),
    ]))
DOCS.append(dict(
    stem="ts-015", fmt="merged", parts=[_m1_ref, _m1_poli, _m1_rx],
    label=dict(kinds=["referral", "correspondence", "imaging-report"], date="2026-06-02", author="gp", language="nl",
               style="merged PDF 'bijlagen': GP referral + HiX outpatient letter + radiology report",
               referral_question=True, imaging_done="yes", operated="no", treated_abroad="unmentioned",
               notes="Three documents in one file, each with its own letterhead; top-level date/author are those "
                     "of the first part (the referral). 'patiënt is niet geopereerd' (negation); 'operatieve "
                     "behandeling niet geïndiceerd' is a plan. Referral mentions the enclosed letters."),
))

# ---------------------------------------------------------------------------------------- ts-016
DOCS.append(dict(
    stem="ts-016", fmt="txt",
    text="""                         Royal Tamar Valley Hospitals NHS Trust
                      Hand Therapy Department - Therapy Services
                  Derriford Road, Plymouth PL6 8DH - 01752 555 930

HAND THERAPY DISCHARGE REPORT

To:        Mr J. Hartley, Consultant Orthopaedic Surgeon (Hand & Wrist)
Copy:      Dr L. van Rijn, GP, Huisartsenpraktijk Duinzicht, Katwijk, The Netherlands
           Patient

Patient:   Ms Emma JONGSMA       DOB: 08/08/1996
NHS No:    701 558 2290          Hospital No: RTV2209931
Date:      20/08/2026

Diagnosis: Zone II flexor tendon laceration (FDP + FDS) right index finger, repaired
           12/05/2026 (Mr Hartley).

Therapy summary
Emma attended 14 sessions of hand therapy following her flexor tendon repair. She was
managed with the early active motion protocol in a dorsal blocking splint for 6 weeks,
followed by graded strengthening from week 8.

Outcome at discharge (week 14)
  Active ROM R index:   MCP 0-85   PIP 0-95   DIP 10-60
  Total active motion:  225 deg (Strickland: good)
  Grip (Jamar II):      R 31 kg / L 36 kg
  QuickDASH:            13.6

Emma has returned to her studies and is able to write and use a keyboard without pain. She
has mild stiffness of the DIP joint and a tender scar, for which she has been taught scar
massage. She is moving back to the Netherlands next month and has been advised to contact
a hand therapist there if stiffness does not continue to improve.

Discharged from hand therapy.

Rachel Penrose
Clinical Specialist Hand Therapist (BAHT accredited)
""",
    label=dict(kinds=[], date="2026-08-20", author="other", language="en",
               style="NHS hand therapy discharge report, plain text with field columns",
               imaging_done="unmentioned", operated="yes", treated_abroad="yes",
               notes="Hand-therapy letter: no kind, even though it comes from a hospital department and summarises "
                     "an operation. DOB 08/08/1996 vs date 20/08/2026. Therapy in a UK hospital after surgery there "
                     "-> abroad yes."),
))
