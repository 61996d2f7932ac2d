"""Dutch (and Flemish) GP-side documents and patient/GP e-mails of the ty- batch."""
from common import bsn
from labels import L

DOCS = []

# ------------------------------------------------------------------------------------------ ty-001
DOCS.append(dict(
    id="ty-001", fmt="pdf", engine="canvas",
    meta=dict(font="helv", size=9, label_w=52 * 2.835,
              header="ZorgDomein  |  Verwijzing ZD-48213907  |  Second opinion handchirurgie",
              footer="Afgedrukt op 04-11-2026 09:12 door Kliniek voor Hand- en Polschirurgie Randstad"
                     "  -  Pagina {page} van {pages}",
              pdf_title="ZD-48213907"),
    blocks=[
        ("letterhead", dict(logo="ZD", color="#00629b", name="ZorgDomein",
                            sub="Verwijzing - Second opinion handchirurgie",
                            lines=["Ontvangende instelling: Kliniek voor Hand- en Polschirurgie Randstad",
                                   "Locatie Leiden, Poortgebouw 4, 2333 ZA Leiden"],
                            right=["Verwijsnummer ZD-48213907", "Urgentie: regulier"])),
        ("fields2", [
            ("Verwijzer", "J.P. Aalbers, huisarts", "AGB-code", "01-058214"),
            ("Praktijk", "Huisartsenpraktijk De Vaart", "Telefoon", "023-5318840"),
            ("Adres", "Vaartstraat 112, 2032 LB Haarlem", "Datum verwijzing", "03-11-2026"),
        ]),
        ("hr",),
        ("h", "Patiëntgegevens"),
        ("fields2", [
            ("Patiënt", "mw. S.J. Verhoeven-Bakker", "Geboortedatum", "14-02-1981"),
            ("Geslacht", "Vrouw", "BSN", bsn(0)),
            ("Adres", "Rijksstraatweg 40, 2022 DB Haarlem", "Telefoon", "06-41298833"),
            ("Verzekeraar", "DeltaZorg Verzekeringen", "Polisnummer", "DZ-77120984"),
        ]),
        ("hr",),
        ("h", "Verwijzing"),
        ("fields", [
            ("Specialisme", "Plastische chirurgie / handchirurgie"),
            ("Product", "Second opinion handchirurgie"),
            ("Reden van verwijzing",
             "Sinds januari 2026 pijn radiale zijde pols links, toenemend bij tillen van haar zoontje. "
             "Beeld past bij tendovaginitis van De Quervain. Behandeld door orthopedie Ziekenhuis "
             "Kennemerland-West met tweemaal een injectie en een duimspalk; na tijdelijke verbetering "
             "opnieuw klachten. De orthopeed stelt een operatieve release van het eerste "
             "extensorcompartiment voor. Patiënte twijfelt en wil eerst een tweede mening."),
            ("Vraagstelling",
             "Graag uw second opinion: is een operatieve release op dit moment geïndiceerd, of zijn er "
             "nog conservatieve mogelijkheden die onvoldoende benut zijn?"),
            ("Relevante voorgeschiedenis",
             "2014 sectio caesarea\n2019 hypothyreoïdie\nNiet eerder geopereerd aan hand of pols."),
            ("Recente behandelingen",
             "18-03-2026 echografie pols links (Ziekenhuis Kennemerland-West): verdikte peesschede "
             "1e extensorcompartiment, passend bij tendovaginitis\n"
             "02-2026 en 05-2026 corticosteroïdinjectie 1e extensorcompartiment links (orthopedie)\n"
             "06-2026 t/m 09-2026 handtherapie met duimspalk"),
            ("Medicatie", "Levothyroxine 75 microg 1 dd 1"),
            ("Allergieën", ""),
            ("Contra-indicaties", ""),
            ("Episodelijst",
             "L87 Tendovaginitis De Quervain links (01-2026)\nT86 Hypothyreoïdie (2019)\n"
             "W92 Partus met complicaties / sectio (2014)"),
            ("Bijlagen", "Brief orthopedie d.d. 12-09-2026; verslag echografie 18-03-2026"),
        ]),
        ("space", 6),
        ("small", "Deze verwijzing is elektronisch verzonden via ZorgDomein en is zonder handtekening geldig."),
    ],
    label=L(["referral", "history"], "2026-11-03", "gp", "nl", "zorgdomein two-column canvas form",
            "yes", "no", "unmentioned", rq=True,
            notes="No salutation; question only in the Vraagstelling field; history + recent treatments "
                  "fields make it a history too. Operation only offered; 'niet eerder geopereerd' is a "
                  "negation; sectio is another body part. Empty Allergieën/Contra-indicaties fields. "
                  "Print date 04-11-2026 in the footer is not the referral date."),
))

# ------------------------------------------------------------------------------------------ ty-002
DOCS.append(dict(
    id="ty-002", fmt="docx",
    meta=dict(footer="Huisartsenpraktijk Lindenhof - IBAN NL00 TEST 0123 4567 89 - AGB 01-047731",
              pdf_title="verwijzing van Dijk", pdf_author="praktijk"),
    blocks=[
        ("letterhead", dict(logo="HL", color="#2e7d32", name="Huisartsenpraktijk Lindenhof",
                            lines=["J. Kok en E.A. Mulder, huisartsen", "Lindenhoflaan 7, 7314 AB Apeldoorn"],
                            right=["Tel. 055-3561200", "Spoed 055-3561299", "www.lindenhof-huisartsen.example"])),
        ("lines", ["Aan: Handkliniek Oost", "t.a.v. dr. M. Terpstra, plastisch chirurg",
                   "Postbus 9120", "6500 HB Nijmegen"]),
        ("fields", [("Datum", "Apeldoorn, 17 oktober 2026"),
                    ("Betreft", "dhr. K. van Dijk, geb. 22-07-1972, BSN " + bsn(1)),
                    ("Adres patiënt", "Loolaan 233, 7315 AG Apeldoorn")]),
        ("p", "Geachte collega,"),
        ("p", "Graag verwijs ik bovengenoemde patiënt naar u voor een second opinion. Dhr. Van Dijk is "
              "stukadoor en heeft sinds jaren pijn in de rechterpols bij een SLAC-pols. In maart 2025 werd "
              "hij in Ziekenhuis Veluwe-Noord geopereerd: een denervatie van de pols volgens Wilhelm. Dit "
              "gaf ongeveer een half jaar verlichting. De pijn is inmiddels terug en hij kan zijn werk "
              "nauwelijks volhouden."),
        ("p", "De röntgenfoto's van augustus 2026 tonen volgens de orthopeed een progressie naar stadium III. "
              "De behandelend orthopeed stelt nu een four-corner fusion voor. Patiënt vraagt zich af of dit "
              "de juiste keuze is, omdat een collega met hetzelfde probleem een proximale rij-carpectomie "
              "kreeg."),
        ("p", "<b>Mijn vraag aan u:</b> is een partiële artrodese in zijn situatie de beste optie, of komen "
              "ook alternatieven zoals een proximale rij-carpectomie in aanmerking, gezien zijn zware werk?"),
        ("p", "Medicatie: naproxen 500 mg zo nodig, omeprazol 20 mg 1 dd 1. Geen allergieën bekend."),
        ("p", "Bijgevoegd vindt u de brieven van de orthopeed en het röntgenverslag van 14-08-2026."),
        ("lines", ["Met collegiale groet,", "", "",
                   "mw. drs. E.A. Mulder, huisarts", "namens J. Kok, huisarts (eigen huisarts van patiënt)"]),
    ],
    label=L(["referral"], "2026-10-17", "gp", "nl", "free GP letter, docx table letterhead",
            "yes", "yes", "unmentioned", rq=True,
            notes="Clear question under bold label. Surgery (denervation) in the past = operated yes; "
                  "four-corner fusion only proposed. No separate history section with recent treatments, "
                  "so not labelled history. Enclosures only mentioned. Signed by a colleague GP 'namens'."),
))

# ------------------------------------------------------------------------------------------ ty-003
TXT_003 = """
===============================================================================
PROFESSIONELE SAMENVATTING                                   Datum uitdraai: 28-11-2026
Huisartsenpraktijk Zuiderpark - F.M. de Bruijn, huisarts - AGB 01-062950
Zuiderparkweg 3, 2532 CA Den Haag - tel 070-3861400
===============================================================================
Patiënt      : mw. N. el Amrani
Geboren      : 03-05-1990                 Geslacht: V
BSN          : {bsn}
Adres        : Loosduinseweg 918, 2571 AX Den Haag
Verzekering  : DeltaZorg Verzekeringen, polis DZ-55019321
Huisarts     : F.M. de Bruijn              Apotheek: Apotheek Zuiderpark
-------------------------------------------------------------------------------
EPISODELIJST (actief)
-------------------------------------------------------------------------------
Begin       ICPC   Omschrijving                                           Attentie
01-02-2026  N93    Carpaletunnelsyndroom rechts                              *
14-09-2021  P76    Depressieve stoornis (in remissie)
05-2018     W92    Partus, sectio caesarea
-------------------------------------------------------------------------------
EPISODELIJST (inactief / voorgeschiedenis)
-------------------------------------------------------------------------------
1998        D88    Appendicitis - appendectomie
03-2012     L77    Distorsie enkel links
2016        A97    Geen ziekte (check-up)
-------------------------------------------------------------------------------
ACTUELE MEDICATIE
-------------------------------------------------------------------------------
sertraline tablet 50 mg         1 dd 1            start 14-09-2021
paracetamol tablet 500 mg       z.n. max 6 dd 2   start 02-2026
-------------------------------------------------------------------------------
CONTRA-INDICATIES / ALLERGIEËN
-------------------------------------------------------------------------------
Geen bekend.
-------------------------------------------------------------------------------
JOURNAAL (selectie: episode N93 en laatste 12 maanden)
-------------------------------------------------------------------------------
03-02-2026  S  Sinds ca. 3 mnd tintelingen dig 1-3 re, vooral 's nachts, wordt
               wakker, schudt hand. Werkt als kassamedewerker.
            O  Tinel + re, Phalen + na 30 sec. Geen atrofie thenar. Sens. dig 1-3
               iets verminderd.
            E  N93 Carpaletunnelsyndroom rechts
            P  Nachtspalk, uitleg, controle 6 wk.
17-03-2026  S  Nachtspalk helpt deels. Nog steeds tintelingen overdag.
            O  idem.
            E  N93
            P  Injectie carpale tunnel re (triamcinolon 40 mg) gegeven.
                                                            Pagina 1 van 3
-------------------------------------------------------------------------------
Professionele samenvatting - mw. N. el Amrani - 03-05-1990    Uitdraai 28-11-2026
-------------------------------------------------------------------------------
22-04-2026  S  Na injectie 4 wk goed, nu klachten terug.
            P  Verwijzing neurologie ivm EMG (ZorgDomein).
19-05-2026     Brief specialist ontvangen: neurologie Ziekenhuis Rivierenland-Zuid.
               EMG: matig ernstig CTS re. Echo n. medianus re: verdikte
               zenuw, CSA 14 mm2. Advies: CTS-release.
19-05-2026  P  Verwijzing plastische chirurgie (ZorgDomein).
02-02-2026     Uitslag X-hand re (aangevraagd ivm pijn basis duim): geen
               afwijkingen, geen artrose CMC-1.
14-07-2026     Brief specialist ontvangen: plastische chirurgie Ziekenhuis
               Rivierenland-Zuid. Op 07-07-2026 open CTS-release re verricht
               onder lokale anesthesie. Ongecompliceerd.
20-07-2026  S  Hechtingen verwijderen.
            O  Wond rustig, droog.
            P  Hechtingen verwijderd.
08-09-2026  S  Nog steeds tintelingen dig 2-3 re, nu ook pijn in de handpalm
               bij steunen (pillar pain?). Kan niet werken.
            O  Litteken rustig, iets drukpijnlijk. Tinel zwak +.
            E  N93 Restklachten na CTS-release re
            P  Overleg plastisch chirurg: afwachten tot 6 mnd postop.
14-10-2026     Brief specialist ontvangen: controle plastische chirurgie.
               Restklachten, geen verklaring. Eventueel herhaal-EMG.
02-11-2026  S  Pt. ontevreden over beloop, wil graag een second opinion.
            E  N93 Persisterende klachten na CTS-release rechts
            P  Samenvatting en brieven opvragen, verwijzing second opinion
               handchirurgie (ZorgDomein) volgt.
                                                            Pagina 2 van 3
-------------------------------------------------------------------------------
Professionele samenvatting - mw. N. el Amrani - 03-05-1990    Uitdraai 28-11-2026
-------------------------------------------------------------------------------
OVERIGE JOURNAALREGELS (laatste 12 mnd, niet episodegebonden)
11-12-2025  S  Verkouden, hoest 2 wk.  E  R74 URI.  P  uitleg.
26-01-2026  S  Controle sertraline. Stemming stabiel.  P  continueren.
16-06-2026     Griepvaccinatie niet van toepassing (geen indicatie).
-------------------------------------------------------------------------------
LABUITSLAGEN (laatste 12 mnd)
-------------------------------------------------------------------------------
03-02-2026  glucose nuchter 5,2 mmol/l;  TSH 2,1 mU/l
-------------------------------------------------------------------------------
Einde samenvatting.        Afgedrukt door: F.M. de Bruijn       Pagina 3 van 3
"""
DOCS.append(dict(
    id="ty-003", fmt="txt", text=TXT_003.format(bsn=bsn(2)),
    label=L(["history"], "2026-11-28", "gp", "nl", "HIS professionele samenvatting, monospaced printout",
            "yes", "yes", "unmentioned",
            notes="HIS printout with episode list and SOEP journal = history, dated by Datum uitdraai. "
                  "CTS release documented via 'Brief specialist ontvangen' journal line (operated yes); "
                  "appendectomy and sectio are other body parts. X-hand and echo n. medianus = imaging. "
                  "Many dates: birth date next to print date, journal dates."),
))

# ------------------------------------------------------------------------------------------ ty-014
DOCS.append(dict(
    id="ty-014", fmt="docx",
    meta=dict(header="Verwijsformulier - Huisartsen Gezondheidscentrum Kanaleneiland",
              footer="Geprint: 29-10-2026 14:03 | Pagina {page} van {pages}"),
    blocks=[
        ("letterhead", dict(logo="GK", color="#6a1b9a", name="Gezondheidscentrum Kanaleneiland",
                            sub="Huisartsen - Fysiotherapie - Apotheek",
                            lines=["Marnixlaan 180, 3526 KK Utrecht"],
                            right=["Tel. 030-2880910", "AGB 01-071122"])),
        ("title", "Verwijzing"),
        ("fields", [
            ("Verwijzer", "dr. H. Visser, huisarts"),
            ("Ingevuld door", "A. Brouwer, doktersassistente, namens dr. H. Visser"),
            ("Datum verwijzing", ""),
            ("Aan", "Orthopedie - hand/pols, t.a.v. spreekuur handchirurgie"),
            ("Patiënt", "dhr. R.A. Smit"),
            ("Geboortedatum", "08-12-1961"),
            ("BSN", bsn(3)),
            ("Verzekeraar / polisnr.", "Zorg Unie Midden / 448102877"),
            ("Reden van verwijzing", "Graag behandeling triggerduim rechts. Pt. wil graag snel geholpen worden, "
                                     "klachten sinds ca. 4 maanden, duim schiet op slot."),
            ("Vraagstelling", ""),
            ("Relevante voorgeschiedenis", "DM type 2 (sinds 2015)\nArtrose beide knieën"),
            ("Recente behandelingen", ""),
            ("Medicatie", "metformine 500 mg 2 dd 1; simvastatine 40 mg 1 dd 1"),
            ("Allergieën", "Geen bekend"),
            ("Aanvullend onderzoek / beeldvorming", ""),
            ("Bijlagen", "geen"),
        ], {"grid": True}),
        ("p", "Handtekening verwijzer: ______________________"),
    ],
    label=L(["referral"], None, "gp", "nl", "referral form docx table with empty fields",
            "unmentioned", "unmentioned", "unmentioned", rq=False,
            notes="Referral 'for treatment' with an empty Vraagstelling field: no question. Date field empty "
                  "(undated); only a print date in the footer. Recente behandelingen empty, so not labelled "
                  "history. Filled in by an assistant namens the GP (author gp)."),
))

# ------------------------------------------------------------------------------------------ ty-016
TXT_016 = """
HIS - UITDRAAI PATIËNTGEGEVENS EN ACTUELE MEDICATIE
Praktijk: Huisartsen Maarssenbroek, mw. dr. L. Hoogendoorn     Datum uitdraai: 12-11-2026 10:47

Personalia
  Naam ..................: Pieterse, G.H. (Gerda)
  Geboortedatum .........: 27-01-1949
  BSN ...................: {bsn}
  Adres .................: Bisonspoor 1020, 3605 LR Maarssen
  Telefoon ..............: 0346-551203
  Verzekeraar ...........: Zorg Unie Midden, polisnr. 990127744
  Eigen huisarts ........: L. Hoogendoorn
  Apotheek ..............: Apotheek Bisonspoor
  Wilsverklaring ........: niet bekend
  Contactpersoon ........: J. Pieterse (zoon), 06-22014477

Actuele medicatie
  Middel                              Dosering          Start        Voorschrijver
  amlodipine tablet 5 mg              1 dd 1            03-04-2019   huisarts
  metoprolol tablet MGA 50 mg         1 dd 1            03-04-2019   huisarts
  calciumcarbonaat/colecalciferol     1 dd 1            11-2024      huisarts
  alendroninezuur tablet 70 mg        1x per week       11-2024      huisarts
  paracetamol tablet 1000 mg          z.n. 3 dd 1       09-2026      huisarts

Contra-indicaties / intoleranties
  - Overgevoeligheid penicilline (exantheem, 1985)
  - Verminderde nierfunctie (eGFR 52), geregistreerd 2025

Registratie
  Laatste contact : 11-11-2026 (telefonisch, receptaanvraag)
  Gegevens gecontroleerd door: doktersassistente M. Ploeg

*** Deze uitdraai bevat geen journaal en geen episodelijst. ***
"""
DOCS.append(dict(
    id="ty-016", fmt="txt", text=TXT_016.format(bsn=bsn(4)),
    label=L([], "2026-11-12", "gp", "nl", "HIS printout personalia + medication list",
            "unmentioned", "unmentioned", "unmentioned",
            notes="GP record printout with only administrative data and medication; no episodes, no journal, "
                  "no history of the hand problem: not a history letter."),
))

# ------------------------------------------------------------------------------------------ ty-024
TXT_024 = """
ZorgDomein  -  Verwijzing                                Kenmerk: ZD-51097733
Product:      Consult handchirurgie  (second opinion)
Ontvanger:    Kliniek voor Hand- en Polschirurgie Randstad, locatie Rotterdam
Datum verwijzing: 12-11-2026          Urgentie: regulier

Verwijzer
  Naam:        W.G. Hoekman, huisarts
  Praktijk:    Huisartsenpraktijk Kralingen-Oost, Kralingseweg 77, 3062 CD Rotterdam
  AGB:         01-049901         Tel: 010-4521100

Patiënt
  Naam:                 dhr. D.J. Koster
  Geboortedatum:        19-08-1967
  BSN:                  {bsn}
  Verzekering:          DeltaZorg Verzekeringen, DZ-38120551

Reden van verwijzing
  Persisterende tintelingen en nachtelijke pijn dig 1-3 rechts ondanks
  carpaletunnelrelease. Pt. is timmerman, sinds de operatie arbeidsongeschikt.

Vraagstelling
  Graag second opinion: is er een indicatie voor revisie van de
  carpaletunnelrelease rechts, of is verdere diagnostiek nodig?

Relevante voorgeschiedenis
  2009  Hernia nuclei pulposi L5-S1, conservatief
  2016  Hypertensie
  03-2026  Carpaletunnelsyndroom rechts

Recente behandelingen
  24-03-2026  open carpaletunnelrelease rechts (Maasstad-Noord Ziekenhuis,
              plastische chirurgie)
  06-2026     EMG: persisterende geleidingsvertraging n. medianus rechts
  19-08-2026  corticosteroïdinjectie carpale tunnel rechts (plastisch chirurg)
  09-2026 - heden  handtherapie, 8 sessies

Aanvullend onderzoek
  Geen beeldvorming verricht.

Medicatie
  perindopril 4 mg 1 dd 1; pregabaline 75 mg 2 dd 1 (sinds 07-2026)

Allergieën
  -

Bijlagen
  Operatieverslag 24-03-2026 wordt door het ziekenhuis nagestuurd.
"""
DOCS.append(dict(
    id="ty-024", fmt="txt", text=TXT_024.format(bsn=bsn(5)),
    label=L(["referral", "history"], "2026-11-12", "gp", "nl", "zorgdomein referral copied as plain text",
            "no", "yes", "unmentioned", rq=True,
            notes="Plain-text copy of a ZorgDomein referral; question in Vraagstelling; history + recent "
                  "treatments sections. 'Geen beeldvorming verricht' = imaging no (EMG is not imaging). "
                  "Operation report only announced, not present."),
))

# ------------------------------------------------------------------------------------------ ty-035
TXT_035 = """
PATIËNTOVERZICHT                                   Huisartsenpraktijk 't Ravelijn, Bergen op Zoom
Uitdraai d.d. 20-11-2026 door D. van Gool (huisarts)                       blad 1/2
Naam: mw. E.M. Kerckhoffs            Geb.dat.: 11-10-1976      BSN: {bsn}
Adres: Ravelstraat 14, 4611 RZ Bergen op Zoom                  Ingeschreven: 16-09-2024

EPISODES
  Code  Titel                                    Begin        Eind
  L88   Polsklachten rechts / TFCC-letsel         10-2024      -
  K86   Essentiële hypertensie                    2017         -
  A23   Woonde 2019-2024 in Spanje (Valencia)     09-2024      -
  L96   Meniscusletsel knie links, conservatief   2015         2016

DATUM       CODE  REGEL
16-09-2024  A23   Nieuwe inschrijving. Pt. woonde 2019-2024 in Valencia, Spanje, terug
                  ivm werk partner. Medische gegevens uit Spanje niet beschikbaar; pt.
                  geeft aan daar geen ziekenhuiszorg te hebben gehad.
21-10-2024  L88   S: pijn ulnaire zijde pols re sinds val van fiets in 2023 in Spanje,
                  toen niet naar een arts geweest. Pijn bij draaien (deur, pot).
                  O: drukpijn fovea ulnaris, ulnocarpale stresstest +.
                  E: vd TFCC-letsel re. P: spalk 4 wk, ZN verwijzing.
02-12-2024  L88   S: geen verbetering. P: verwijzing orthopedie (ZorgDomein).
14-01-2025  L88   Brief specialist ontvangen: orthopedie Ziekenhuis Brabant-West.
                  MRI pols re (08-01-2025): perifere TFCC-scheur (Palmer 1B).
                  Beleid: artroscopie pols re.
28-11-2025  L88   Brief specialist ontvangen: artroscopische TFCC-refixatie re
                  verricht op 25-11-2025 (Ziekenhuis Brabant-West). Gips 6 wk.
--------------------------------------------------------------------------- blad 2/2
Pt. mw. E.M. Kerckhoffs, 11-10-1976                        Uitdraai 20-11-2026
DATUM       CODE  REGEL
10-02-2026  L88   S: na gips handtherapie, nog pijn bij rotatie. O: pronatie/supinatie
                  70/60. P: handtherapie voortzetten.
16-06-2026  L88   Brief specialist ontvangen: controle orthopedie. X-pols re 06-2026:
                  geen afwijkingen, ulna-variantie neutraal. Beleid: afwachten.
05-10-2026  L88   S: blijvend pijn, kan niet tillen op werk (verzorgende). Orthopeed
                  zegt 'niets meer aan te doen'. Pt. wil second opinion.
                  P: verwijzing second opinion handchirurgie, patiëntoverzicht mee.
05-10-2026  K86   Bloeddruk 138/86. Amlodipine 5 mg continueren.

MEDICATIE: amlodipine 5 mg 1dd1; naproxen 250 mg zn.
ALLERGIE/CI: geen.
"""
DOCS.append(dict(
    id="ty-035", fmt="txt", text=TXT_035.format(bsn=bsn(6)),
    label=L(["history"], "2026-11-20", "gp", "nl", "HIS patientoverzicht, compact column layout",
            "yes", "yes", "no",
            notes="Patient lived in Spain and fell there, but the printout says she had no hospital care "
                  "there and did not see a doctor: treated_abroad no. TFCC refixation in a Dutch hospital "
                  "= operated yes. Meniscus episode is another body part."),
))

# ------------------------------------------------------------------------------------------ ty-044
TXT_044 = """
Uitdraai journaal                                         Praktijk: Huisarts Lombok, Utrecht
Datum/tijd uitdraai: 25-11-2026 16:31                      Afgedrukt door: R. Dekker (POH)
Patiënt: dhr. M. Kaya   (M)   geb. 02-06-1983   BSN {bsn}
Adres: Kanaalstraat 201, 3531 CK Utrecht
Verzekeraar: Zorg Unie Midden   polisnr 330918264
Huisarts: dr. A. van Rijn

Episodelijst
  ICPC  Omschrijving                                 Start
  L99   M. Dupuytren (contractuur) links        04-2026
  L96   Knieletsel re, st.n. artroscopie 2019        2019
  T90   Diabetes mellitus type 2                     2020
  P17   Roken                                        -

Journaal
  08-04-2026  S  Knobbeltje in handpalm li, pink gaat krom staan, sinds ca. 1 jr.
                 Vader had hetzelfde.
              O  Streng palmair straal 5 li, MCP-extensiedeficit 20 gr.,
                 tafeltopstest neg.
              E  L99 M. Dupuytren links
              P  Uitleg, afwachten, bij progressie verwijzing.
  30-09-2026  S  Pink kromt verder, hindert bij handschoen aan / werk (monteur).
                 Pt. meent dat hij in 2023 tijdens familiebezoek in Turkije iets aan
                 de hand heeft laten doen, maar weet niet meer wat en waar. Onduidelijk
                 of hij daar een arts of ziekenhuis heeft bezocht; geen brieven.
              O  Extensiedeficit MCP 5 nu 40 gr., PIP 20 gr. Tafeltopstest pos.
              E  L99 M. Dupuytren li, progressief
              P  Verwijzing plastische chirurgie ivm eventuele operatie (fasciectomie
                 of naaldfasciotomie) besproken; pt. wil eerst nadenken.
              P  Echo hand li aangevraagd (ivm vraag: ook knobbel dorsaal pols?).
  14-10-2026     Echo hand li: pt. niet verschenen, opnieuw in te plannen.
  11-11-2026  S  Pt. wil verwijzing naar handkliniek voor second opinion, kent
                 iemand die daar geopereerd is.
              P  Verwijzing second opinion handchirurgie; journaaluitdraai mee.
                 Nagaan: eerdere behandeling in Turkije? Pt. vraagt familie.
  11-11-2026     Glucose nuchter 7,9, HbA1c 54. DM-controle door POH.

Medicatie
  metformine 850 mg 2 dd 1 (sinds 2020)

Contra-indicaties: geen geregistreerd
"""
DOCS.append(dict(
    id="ty-044", fmt="txt", text=TXT_044.format(bsn=bsn(7)),
    label=L(["history"], "2026-11-25", "gp", "nl", "HIS uitdraai journaal with episode list",
            "unmentioned", "unmentioned", "unmentioned",
            notes="Ultrasound requested but patient did not attend: imaging only planned. Surgery only "
                  "discussed (plan). Possible treatment in Turkey explicitly uncertain/questioned. Knee "
                  "arthroscopy is another body part. Printed by the practice nurse (POH): author gp."),
))

# ------------------------------------------------------------------------------------------ ty-056
DOCS.append(dict(
    id="ty-056", fmt="pdf", engine="flow",
    meta=dict(font="times", size=10.5,
              footer="Huisartsenpraktijk Sluis - Kaai 9, 4524 CK Sluis - tel. 0117-461830 - pagina {page}"),
    blocks=[
        ("letterhead", dict(logo="HS", color="#8d6e63", name="Huisartsenpraktijk Sluis",
                            lines=["P.C. Dhondt, huisarts", "Kaai 9, 4524 CK Sluis"],
                            right=["AGB 01-039112", "tel. 0117-461830"])),
        ("lines", ["Aan wie het aangaat", "", "Sluis, 12 februari 2026"]),
        ("p", "<b>Betreft:</b> mw. M.A. (Marleen) de Witte-Claeys, geboren 30-07-1964, BSN " + bsn(8)),
        ("p", "Geachte collega,"),
        ("p", "Op verzoek van patiënte stuur ik u hierbij een medische samenvatting."),
        ("h", "Voorgeschiedenis"),
        ("lines", ["1992  tonsillectomie",
                   "2011  mammacarcinoom rechts, lumpectomie en radiotherapie; in remissie",
                   "2018  hypertensie",
                   "03-2025  distale radiusfractuur links na val op ijzel, behandeld in AZ Sint-Remigius "
                   "(gesloten repositie en gips, niet geopereerd)"]),
        ("h", "Recente behandelingen"),
        ("lines", ["04-2025 t/m 09-2025  fysiotherapie pols links (Fysio Oostburg)",
                   "10-2025  röntgenfoto pols links: geconsolideerde fractuur, lichte radiale verkorting",
                   "11-2025  pijnklachten, naproxen gestart; handtherapie 6 sessies",
                   "01-2026  corticosteroïdinjectie besproken; patiënte zag hiervan af"]),
        ("h", "Medicatie"),
        ("lines", ["losartan 50 mg 1 dd 1", "naproxen 250 mg z.n.", "tamoxifen gestopt in 2021"]),
        ("h", "Allergieën"),
        ("p", "Pleister (jeuk)."),
        ("h", "Uittreksel journaal (laatste 12 maanden, episode polsklachten links)"),
        ("table", [["Datum", "Regel"],
                   ["14-03-2025", "E: distale radiusfractuur li (val op ijzel); behandeld op spoedgevallen AZ "
                                  "Sint-Remigius, gesloten repositie en gips."],
                   ["28-03-2025", "Brief AZ Sint-Remigius ontvangen: controle RX goede stand, gips 6 weken."],
                   ["02-05-2025", "S: gips eraf, stijve pols. P: verwijzing fysiotherapie."],
                   ["19-09-2025", "S: fysio afgerond, nog pijn ulnair bij draaien. O: drukpijn fovea. "
                                  "E: L88 pijn pols li na fractuur. P: aanvragen RX."],
                   ["06-10-2025", "Uitslag RX pols li (Ziekenhuis Zeeuws-Vlaanderen): geconsolideerde "
                                  "fractuur, lichte radiale verkorting, ulna plus 2 mm."],
                   ["14-11-2025", "S: pijn blijft. P: naproxen, verwijzing handtherapie."],
                   ["16-01-2026", "S: handtherapie geeft weinig verbetering. Injectie besproken, pt. ziet "
                                  "ervan af. P: pt. denkt na over second opinion."],
                   ["12-02-2026", "Samenvatting opgesteld op verzoek van patiënte."]],
         {"widths": [0.18, 0.82]}),
        ("h", "Overige actuele episodes"),
        ("table", [["ICPC", "Omschrijving", "Begin"],
                   ["K86", "Essentiële hypertensie", "2018"],
                   ["X76", "Mammacarcinoom rechts (in remissie)", "2011"],
                   ["L88", "Pijn pols links na distale radiusfractuur", "03-2025"]],
         {"widths": [0.15, 0.6, 0.25]}),
        ("p", "Patiënte heeft nog steeds pijn aan de ulnaire zijde van de linkerpols bij draaibewegingen. "
              "Zij overweegt een second opinion. Een verwijzing volgt zo nodig apart."),
        ("lines", ["Met vriendelijke groet,", "", "P.C. Dhondt, huisarts"]),
    ],
    label=L(["history"], "2026-02-12", "gp", "nl", "GP summary letter, platypus, serif",
            "yes", "no", "yes",
            notes="History letter (Voorgeschiedenis + Recente behandelingen) but dated February 2026 - "
                  "older than 6 months at intake. Not a referral: explicitly says a referral follows. Care "
                  "abroad named only by hospital name 'AZ Sint-Remigius' (Belgian AZ). Fracture explicitly "
                  "'niet geopereerd'; lumpectomy is another body part. Injection only discussed, declined."),
))

# ------------------------------------------------------------------------------------------ ty-061
TXT_061 = """
Dr. Bart Vermeersch
huisarts
Kerkstraat 12
8400 Oostende
tel. +32 59 70 12 34
RIZIV 1-12345-67-004

                                                    Oostende, 20/10/2026

Aan de dienst handchirurgie
Kliniek voor Hand- en Polschirurgie
t.a.v. second opinion
Middelburg (Nederland)

Betreft: mevrouw Hilde Vanhoutte, °12/03/1968
         Zeedijk 88 bus 3, 8400 Oostende

Geachte confrater,

Graag verwijs ik bovengenoemde patiënte naar u door voor verdere
behandeling.

Mevrouw Vanhoutte is een 58-jarige bediende met sinds begin dit jaar
toenemende pijn aan de basis van de rechterduim. De RX van beide handen
in het AZ Kustzone (05/03/2026) toonde een duidelijke artrose van het
trapeziometacarpaal gewricht rechts, stadium III volgens Eaton. Zij kreeg
in april en in juli een infiltratie door de orthopedist van het AZ
Kustzone, met telkens slechts enkele weken beterschap. Een orthèse voor
de nacht helpt matig.

De orthopedist stelt een trapeziectomie voor en patiënte is daarmee
akkoord. Zij heeft familie in Zeeland en wenst de ingreep in uw kliniek
te laten uitvoeren. Zij werd nooit eerder aan de hand geopereerd.

Graag verdere behandeling (trapeziectomie rechts).

Voorgeschiedenis: hypothyreoïdie, cholecystectomie (2010).
Medicatie: L-thyroxine 100 µg, dafalgan zo nodig.

Met collegiale groeten,

Dr. B. Vermeersch
"""
DOCS.append(dict(
    id="ty-061", fmt="txt", text=TXT_061,
    label=L(["referral"], "2026-10-20", "gp", "nl", "Flemish GP verwijsbrief, plain text",
            "yes", "no", "yes", rq=False,
            notes="Referral for treatment only (the operation the Belgian orthopaedist proposed): no question, "
                  "although addressed 't.a.v. second opinion'. "
                  "Belgian GP ('Geachte confrater', ° birth date, RIZIV). X-ray and injections in a Belgian "
                  "hospital (AZ Kustzone): treated abroad from the Dutch clinic's view. 'Nooit eerder aan de "
                  "hand geopereerd' = operated no; trapeziectomy only proposed; cholecystectomy other body "
                  "part. Only a one-line Voorgeschiedenis, no recent-treatments section: not history."),
))

# ------------------------------------------------------------------------------------------ ty-008
TXT_008 = """
Van:        Marloes Timmer <m.timmer82@voorbeeldmail.nl>
Verzonden:  maandag 9 november 2026 21:14
Aan:        secretariaat@handkliniek-randstad.example
Onderwerp:  Aanvraag second opinion pols
Bijlagen:   brief orthopeed.pdf; MRI verslag.pdf

Geachte heer/mevrouw,

Via uw website las ik dat ik zelf een second opinion kan aanvragen. Mijn naam
is Marloes Timmer, geboren 4 april 1982.

In juli ben ik op vakantie in Spanje (Nerja) gevallen op mijn linkerhand. Ik
ben daar niet naar een dokter of ziekenhuis geweest omdat het eerst wel
meeviel. Terug in Nederland ben ik in augustus naar mijn huisarts gegaan.
Er is een röntgenfoto gemaakt en later in Ziekenhuis Noordkop ook een MRI.
Daarop zou een scheurtje in een band in de pols te zien zijn (scafolunair?).

De orthopeed heeft mij een operatie aangeraden (bandreconstructie), maar ik
wil eerst een tweede mening voordat ik daaraan begin. Mijn huisarts, dokter
Reitsma in Den Helder, wil wel een verwijzing maken als dat nodig is.

In de bijlage stuur ik de brief van de orthopeed en het MRI-verslag mee.

Met vriendelijke groet,
Marloes Timmer
06-18827340
"""
DOCS.append(dict(
    id="ty-008", fmt="txt", text=TXT_008,
    label=L([], "2026-11-09", "patient", "nl", "e-mail export from a patient",
            "yes", "unmentioned", "no",
            notes="Patient's own request for a second opinion: not a referral. Holiday fall in Spain "
                  "without any doctor or hospital: treated_abroad no. Operation only advised. Attachments "
                  "are only mentioned."),
))

# ------------------------------------------------------------------------------------------ ty-051
TXT_051 = """
-----Oorspronkelijk bericht-----
Van: Assistente Praktijk Veldman <assistente@praktijkveldman.example>
Verzonden: dinsdag 24 november 2026 11:02
Aan: intake@handkliniek-oost.example
Onderwerp: RE: aanvullende gegevens dhr. Brouwers, geb. 13-01-1958

Goedemorgen,

Namens dokter Veldman stuur ik u de gevraagde aanvullende informatie over
dhr. J. Brouwers (geb. 13-01-1958).

Dhr. Brouwers heeft in september 2026 na een val van een trap een week in het
ziekenhuis in Alanya gelegen. Daar zijn foto's gemaakt van de rechterpols; hij
heeft een gipsspalk gekregen en is niet geopereerd.

De MRSA-kweek die wij op 16-11-2026 hebben afgenomen (neus, keel, perineum) is
negatief. De officiële uitslag van het laboratorium sturen wij u na zodra wij
die binnen hebben.

De verwijsbrief is vorige week via ZorgDomein verstuurd.

Met vriendelijke groet,

Sandra Koopman
doktersassistente, namens R. Veldman, huisarts
Huisartsenpraktijk Veldman, Deventer
"""
DOCS.append(dict(
    id="ty-051", fmt="txt", text=TXT_051,
    label=L([], "2026-11-24", "gp", "nl", "e-mail reply from GP assistant",
            "yes", "no", "yes",
            notes="Mentions a negative MRSA culture but is not the lab result; the lab result is only "
                  "announced. Admission abroad named only by city (Alanya). 'Niet geopereerd' = operated no. "
                  "Written by the assistant namens the GP: author gp. Referral only mentioned."),
))

# ------------------------------------------------------------------------------------------ ty-058
TXT_058 = """
Van: ZorgDomein <noreply@zorgdomein.example>
Datum: 18-11-2026 08:40
Aan: intake@handkliniek-randstad.example
Onderwerp: Nieuwe verwijzing ontvangen (ZD-52011846)

Beste gebruiker,

Er is in ZorgDomein een nieuwe verwijzing voor uw organisatie binnengekomen.

Product:        Second opinion handchirurgie
Kenmerk:        ZD-52011846
Ontvangen op:   18-11-2026 08:39

Om privacyredenen worden de gegevens van de patiënt en de verwijzer niet in
deze e-mail vermeld. Log in op ZorgDomein om de verwijzing te bekijken en te
accepteren.

Dit is een automatisch verzonden bericht. U kunt niet op deze e-mail
reageren.

ZorgDomein
"""
DOCS.append(dict(
    id="ty-058", fmt="txt", text=TXT_058,
    label=L([], "2026-11-18", "other", "nl", "automatic portal notification e-mail",
            "unmentioned", "unmentioned", "unmentioned",
            notes="Notification that a referral exists, with product name 'Second opinion handchirurgie', "
                  "but no referral content, no patient, no question: not a referral."),
))
