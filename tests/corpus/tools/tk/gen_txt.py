"""Plain-text documents: HIS printouts, EDIFACT/HL7 messages, e-mails, dictations
(tk-005, 009, 012, 014, 029, 031, 037, 040, 045, 048, 049, 053, 055, 056, 063, 064)."""
import sys, os, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write_text, finish


def wrap(s, width=78, indent=""):
    return "\n".join(textwrap.wrap(s, width, initial_indent=indent, subsequent_indent=indent))


# ============================================================== tk-005 EDIFACT MEDVRI referral "for treatment"
def tk005():
    stem = "tk-005"
    segs = [
        "UNA:+.? '",
        "UNB+UNOC:3+01071188:14+HANDKLVZ:ZZ+261015:0932+VRI261015093201++MEDVRI'",
        "UNH+1+MEDVRI:1:1:NL'",
        "BGM+VRI+2026-4471+9'",
        "DTM+137:20261015:102'",
        "NAD+VZR+01071188:AGB:14++Peters:H.J.:huisarts+Huisartsenpraktijk De Maasoever:Grotestraat 5+Cuijk++5431 DH+NL'",
        "COM+0485-000330:TE'",
        "NAD+ONT+++Handkliniek Veluwezoom:handchirurgie+Velperweg 212+Arnhem++6824 HL+NL'",
        "PNA+PAT++Verhoef:C.M.:Carla:mw.'",
        "DTM+329:19721203:102'",
        "ADR+Molenstraat 17:5431 CC Cuijk'",
        "RFF+BSN:172044395'",
        "RFF+VZK:VZG Zorgverzekeringen:551207734'",
        "SPC+HCH:Handchirurgie'",
        "GIS+REG:Regulier'",
        "FTX+RED+++Verwijzing voor behandeling?: triggervinger dig. III links'",
        "FTX+RED+++sinds 4 maanden, pijnlijk haperen bij buigen, 's ochtends op slot.'".replace("'s", "?'s"),
        "FTX+RED+++Tweemaal injectie (05-2026 en 08-2026) zonder blijvend effect.'",
        "FTX+VZK+++Verzoek?: ringbandklieving (A1) dig. III links.'",
        "FTX+VGS+++Eerdere operaties?: geen. Diabetes mellitus type 2.'",
        "FTX+ONZ+++Aanvullend onderzoek?: niet verricht, geen beeldvorming.'",
        "FTX+MED+++Metformine 850 mg 2dd1?; simvastatine 20 mg 1dd1'",
        "FTX+ALL+++Geen bekende allergieën'",
        "FTX+OPM+++Patiënte heeft voorkeur voor behandeling in Arnhem i.v.m. werk.'",
        "UNT+25+1'",
        "UNZ+1+VRI261015093201'",
    ]
    text = "\n".join(segs) + "\n"
    write_text(stem, text, encoding="latin-1", crlf=True, ext="txt")
    finish(stem, "txt", "text (EDIFACT MEDVRI, ISO-8859-1, CRLF)", "nl", dict(
        kinds=["referral"], date="2026-10-15", author="gp", language="nl",
        style="EDIFACT MEDVRI referral message, one segment per line, escaped characters",
        referral_question=False, imaging_done="no", operated="no", treated_abroad="unmentioned",
        notes="A referral 'for treatment' (ringbandklieving) without any question or second-opinion request; dates "
              "as CCYYMMDD in DTM segments (137 message date, 329 birth date); Latin-1 encoding; '?:' escapes; "
              "'geen beeldvorming', 'Eerdere operaties: geen'."))


# ============================================================== tk-009 HIS Professionele Samenvatting (cp1252, form feeds)
def tk009():
    stem = "tk-009"
    hdr = ("PROFESSIONELE SAMENVATTING                    Huisartsen Dorpsstraat Bergeijk        pag. {p}\n"
           "Patiënt : Smulders-Aerts, W. (Wendy)   V   geb. 09-07-1969   BSN 189044536\n"
           "Adres   : Hof 7, 5571 GE Bergeijk                 Huisarts: R. Visser\n"
           "Datum uitdraai: 03-11-2026 11:05                  Gebruiker: R. Visser\n"
           + "=" * 86 + "\n")
    p1 = """EPISODELIJST (actief / attentie)
ICPC    Omschrijving                                         Begin       Eind        Att
N93     Carpaletunnelsyndroom links                          14-03-2024              !
L87     Ganglion pols rechts                                 02-09-2021  10-01-2022
L72     Fractuur distale radius rechts (conservatief)        18-12-2018  30-04-2019
K86     Hypertensie zonder orgaanbeschadiging                05-06-2015              !
T90     Diabetes mellitus type 2                             22-11-2017              !
P74     Angststoornis/paniekstoornis                         03-03-2010  01-06-2011

MEDICATIE (chronisch)
Start       Omschrijving                                   Gebruik
05-06-2015  LOSARTAN TABLET 50MG                           1 dd 1 tablet
22-11-2017  METFORMINE TABLET 500MG                        2 dd 1 tablet
14-03-2024  PARACETAMOL TABLET 500MG                       zo nodig max 4 dd 2

CONTRA-INDICATIES / ALLERGIEËN
Diabetes mellitus (CI)          Hypertensie (CI)
Allergie: geen bekend

JOURNAAL (selectie N93 / L87 / L72, 2024-2026)
14-03-2024 S: 3 mnd tintelingen dig I-III li, 's nachts wakker, schudden helpt.
           Werkt als schoonmaakster.
           O: Tinel + li, Phalen + na 30 sec, geen thenaratrofie.
           E: N93 carpaletunnelsyndroom links
           P: nachtspalk 6 wk, uitleg, controle zn.
02-07-2024 S: spalk helpt onvoldoende. O: idem. E: N93.
           P: verwijzing plastische chirurgie Maasdal Ziekenhuis (ZorgDomein).
19-09-2024 Brief specialist ontvangen: plastische chirurgie Maasdal Ziekenhuis,
           dr. L. Janssen-Coenen. EMG 09-2024: ernstig CTS li. Op wachtlijst
           voor carpaletunnelrelease.
12-02-2025 Brief specialist ontvangen: OK-verslag carpaletunnelrelease links
           12-02-2025 (Maasdal Ziekenhuis), ongecompliceerd.
24-02-2025 S: hechtingen verwijderen. O: wond rustig. E: N93 st.na release.
           P: hechtingen verwijderd.
"""
    p2 = """10-06-2025 S: tintelingen grotendeels weg, wel pijn in handpalm bij steunen.
           E: N93. P: handtherapie 6x.
20-01-2026 S: sinds 2 mnd opnieuw tintelingen dig I-III li, 's nachts.
           O: Tinel + over litteken, lichte thenaratrofie li.
           E: N93 recidief?
           P: echo pols li aangevraagd, overleg plastisch chirurg.
11-03-2026 Uitslag echo pols links (Maasdal Ziekenhuis): verdikte n. medianus
           proximaal van carpale tunnel, littekenweefsel, geen ganglion.
02-04-2026 Brief specialist ontvangen: plastische chirurgie: recidief CTS links
           waarschijnlijk; nieuw EMG en eventueel re-operatie besproken.
           Patiënte twijfelt.
14-08-2026 S: terug van vakantie in Turkije (Side), daar geen klachten gehad en
           geen arts bezocht. Tintelingen li blijven.
           E: N93. P: bespreken opties.
21-10-2026 S: wil graag een second opinion voordat zij opnieuw geopereerd wordt.
           O: Tinel + li, 2-punts discriminatie dig II 7 mm.
           E: N93 recidief na release.
           P: verwijzing via ZorgDomein: second opinion handchirurgie, Handkliniek
           Veluwezoom Arnhem. Samenvatting + brieven meegestuurd.
03-11-2026 Samenvatting uitgedraaid t.b.v. second opinion.

CORRESPONDENTIE
19-09-2024  Plastische chirurgie Maasdal Ziekenhuis   polikliniekbrief
12-02-2025  Plastische chirurgie Maasdal Ziekenhuis   operatieverslag
11-03-2026  Radiologie Maasdal Ziekenhuis              echo pols li
02-04-2026  Plastische chirurgie Maasdal Ziekenhuis   polikliniekbrief

*** einde uitdraai ***
"""
    text = hdr.format(p=1) + p1 + "\f" + hdr.format(p=2) + p2
    write_text(stem, text, encoding="cp1252", crlf=True)
    finish(stem, "txt", "text (HIS printout, Windows-1252, CRLF, form feeds)", "nl", dict(
        kinds=["history"], date="2026-11-03", author="gp", language="nl",
        style="HIS 'Professionele Samenvatting' printout, fixed width, header repeated per page after form feed",
        imaging_done="yes", operated="yes", treated_abroad="no",
        notes="Windows-1252 bytes; page header with print date repeated; SOEP journal lines continued on indented "
              "lines; operation known from 'Brief specialist ontvangen: OK-verslag'; re-operation only discussed; "
              "holiday in Turkey without any doctor."))


# ============================================================== tk-012 UK GP (EMIS-like) patient summary
def tk012():
    stem = "tk-012"
    text = """CASTLE MEWS SURGERY                                   PATIENT SUMMARY
3 Castle Mews, Ludlow, Shropshire SY8 1ZZ            Printed: 19-Oct-2026 14:02
Tel 01584 000 300                                    Printed by: Dr A Kenworthy
----------------------------------------------------------------------------
Name:      BROUWER, Evelien (Ms)          NHS No:  943 476 5919
DOB:       30-Mar-1977 (49y)              Sex:     Female
Address:   11 Corve Street, Ludlow SY8 1ZZ
Usual GP:  Dr A Kenworthy                 Registered: 02-Jan-2012
----------------------------------------------------------------------------

PROBLEMS
 Active
   12-Aug-2026  Trigger finger - right middle finger
   04-Feb-2019  Hypothyroidism
 Significant Past
   03-Jun-2025  Release of trigger finger - right ring finger
                (Severn Meadows Hospital, Ms K Thornbury)
   17-Sep-2009  Caesarean section
 Minor Past
   22-Mar-2024  Trigger finger - right ring finger (ended 03-Jun-2025)
   10-Oct-2022  Lateral epicondylitis - left (ended 01-Feb-2023)

MEDICATION
 Repeat
   Levothyroxine 100micrograms tablets  - one daily            last issued 02-Oct-2026
 Acute (last 6 months)
   Naproxen 250mg tablets - one twice daily with food         issued 12-Aug-2026

ALLERGIES / SENSITIVITIES
   No known drug allergies

RECENT CONSULTATIONS
 12-Aug-2026  Dr A Kenworthy (Surgery)
   History: 6/52 triggering R middle finger, painful nodule palm. Ring finger
            fine since release last year.
   Examination: tender nodule A1 pulley R middle finger, triggering on
            active flexion.
   Problem: Trigger finger - right middle finger
   Plan: steroid injection offered - declined for now. Naproxen.
 04-Sep-2026  Dr A Kenworthy (Surgery)
   History: no better. Wants injection.
   Procedure: Injection of steroid into tendon sheath R middle finger
            (methylprednisolone 20mg + lidocaine).
 01-Oct-2026  Dr S Patel (Telephone)
   History: partial improvement only. Moving to the Netherlands (Deventer)
            in November. Asks for referral there rather than to Severn
            Meadows again.
   Plan: summary and referral to hand clinic NL; pt will register with a
         Dutch GP.
 19-Oct-2026  Dr A Kenworthy (Administration)
   Referral letter - second opinion hand surgery, Handkliniek Veluwezoom (NL).
   Summary printed for patient to take.

INVESTIGATIONS (last 2 years)
   20-Feb-2025  X-ray hand right - reported: no bony abnormality, soft tissue
                swelling at ring finger MCP. (Severn Meadows Hospital)
   02-Oct-2026  TSH 2.1 mU/L (0.35-4.94)

--- End of summary ---
"""
    write_text(stem, text)
    finish(stem, "txt", "text (UK GP system summary)", "en-GB", dict(
        kinds=["history"], date="2026-10-19", author="gp", language="en",
        style="UK GP clinical system patient summary printout (Problems/Medication/Consultations)",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="UK GP summary; the trigger finger release in an English hospital sits under 'Significant Past' as "
              "a problem title, not a sentence; caesarean is another body part; steroid injection is not an "
              "operation; dates like 19-Oct-2026."))


# ============================================================== tk-014 old GP summary letter (HIS export)
def tk014():
    stem = "tk-014"
    text = """HUISARTSENPRAKTIJK DE VAART
M.G. Bakker en J. Oosting, huisartsen
Vaart Zuidzijde 40, 7902 ?? Hoogeveen - tel. 0528-000 400
________________________________________________________________________

Aan:        Orthopedie, Ziekenhuis De Lingegaarde
            t.a.v. dr. E. Smeets
Datum:      15-12-2025
Betreft:    dhr. K. Hoogland, geb. 17-05-1971
            Boerhaavelaan 3, 7901 ?? Hoogeveen
Onderwerp:  medische samenvatting bij verwijzing

Geachte collega,

Hierbij een samenvatting bij de verwijzing van de heer Hoogland.

Voorgeschiedenis
- 2003 ulcus duodeni, H. pylori-eradicatie
- 2014 hypertensie
- Geen operaties in de voorgeschiedenis.

Huidige klacht
Sinds 2023 toenemende pijn en stijfheid van de rechterpols. Hij is
vrachtwagenchauffeur en rijdt veel in Duitsland en Polen. Op 16
september 2025 viel hij van de laadklep in Hannover; hij is daar op de
Notaufnahme gezien en kreeg een gipsspalk (geen fractuur volgens de
Duitse brief). Na terugkomst bleef de pijn bestaan.

Onderzoek en behandeling hier
- 06-10-2025 X-pols rechts (Hoogeveen): SLAC-pols stadium II,
  geen recente fractuur.
- 10/2025 polsbrace, diclofenac.
- 01-12-2025 injectie radiocarpaal gewricht (huisarts), kortdurend effect.

Medicatie
diclofenac 50 mg 2 dd zn, pantoprazol 20 mg 1 dd, perindopril 4 mg 1 dd.

Allergieën: geen.

De verwijzing zelf is via ZorgDomein verstuurd.

Met vriendelijke groet,

M.G. Bakker, huisarts
""".replace("7902 ?? Hoogeveen", "7902 JB Hoogeveen").replace("7901 ?? Hoogeveen", "7901 BN Hoogeveen")
    write_text(stem, text)
    finish(stem, "txt", "text (HIS correspondence export)", "nl", dict(
        kinds=["history"], date="2025-12-15", author="gp", language="nl",
        style="GP summary letter exported as plain text from the HIS correspondence module",
        imaging_done="yes", operated="no", treated_abroad="yes",
        notes="Older than six months (December 2025); summary addressed to an orthopaedic surgeon to accompany an "
              "earlier ZorgDomein referral elsewhere, not a referral to the clinic; emergency visit "
              "abroad named only by the city (Hannover) and the German word 'Notaufnahme'; 'Geen operaties in de "
              "voorgeschiedenis'."))


# ============================================================== tk-029 HL7 v2 ORU echo report with hyphenation
def tk029():
    stem = "tk-029"
    obx = [
        "ECHO POLS RECHTS",
        "",
        "Klinische gegevens: pijn radiale zijde pols re sinds nov 2025, Finkel-",
        "stein +, 1x injectie. Vraagstelling: tendovaginitis De Quervain?",
        "ganglion?",
        "",
        "Verslag: Echografisch onderzoek van de radiale zijde van de rechter-",
        "pols. Verdikte peesschede van het eerste extensorcompartiment (APL/EPB)",
        "met verhoogde doorbloeding bij power-doppler. Een septum tussen APL en",
        "EPB is zichtbaar. Geen peesruptuur. Geen ganglion. CMC-1-gewricht: geen",
        "effusie, geringe osteofytvorming zichtbaar aan de radiale zijde (beperkt",
        "te beoordelen met echografie; zo nodig aanvullend conventionele opname).",
        "",
        "Conclusie: Beeld passend bij tendovaginitis van De Quervain rechts met",
        "intercompartimenteel septum. Geen ganglion.",
        "",
        "Radioloog: dr. S. Tjon-A-Fat",
    ]
    lines = [
        "MSH|^~\\&|RIS|EEMHOF_ZH|HIS|HAP_BONGERD|20260603161204||ORU^R01|RIS26060316120477|P|2.4|||AL|NE",
        "PID|1||8841207^^^EEMHOF^PI~204587116^^^NLMINBIZA^NNNLD||van Dongen-Ruiter^M.J.^^^mw.||19790417|F|||"
        "Kapelweg 41^^Amersfoort^^3818 BC^NL",
        "PV1|1|O|RAD^ECHO||||LAMMERS^F.^^^dr.^^orthopedisch chirurg",
        "ORC|RE|ORD-3381207|ACC-EC26-22019||CM",
        "OBR|1|ORD-3381207|ACC-EC26-22019|ECHPOLSR^Echo pols rechts^L|||20260603143000|||||||"
        "|LAMMERS^F.^^^dr.^^orthopedie||||||20260603160900||US|F|||BAKHUIZEN^J.A.^^^^^huisarts",
    ]
    for i, t in enumerate(obx, 1):
        lines.append(f"OBX|{i}|TX|ECHPOLSR^Echo pols rechts^L|{i}|{t}||||||F|||20260603160900")
    text = "\r".join(lines) + "\r"
    with open(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs", stem + ".txt"), "wb") as f:
        f.write(text.encode("utf-8"))
    finish(stem, "txt", "text (HL7 v2.4 ORU^R01, CR segment separators)", "nl", dict(
        kinds=["imaging-report"], date="2026-06-03", author="radiologist", language="nl",
        style="HL7 v2 ORU^R01 radiology result message, report text in OBX TX segments",
        imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
        notes="Segments separated by carriage returns only; dates as YYYYMMDDhhmmss in MSH/OBR/OBX; birth date "
              "19790417 in PID; report lines hyphenated across OBX segments ('Finkel-/stein', 'rechter-/pols'); "
              "requester is an orthopaedic surgeon; conventional X-ray only suggested."))


# ============================================================== tk-031 EDIFACT MEDRPT radiology report, no title
def tk031():
    stem = "tk-031"
    segs = [
        "UNA:+.? '",
        "UNB+UNOC:3+BETUWEMC-RAD:ZZ+01088311:14+260212:0748+RPT260212074803++MEDRPT'",
        "UNH+1+MEDRPT:1:1:NL'",
        "BGM+RPT+RAD-26-010772+9'",
        "DTM+137:20260212:102'",
        "NAD+AFZ+++Betuwe Medisch Centrum:Afdeling Radiologie+Stationsweg 40+Culemborg++4101 HT+NL'",
        "NAD+GER+01088311:AGB:14++Brouwer-Lim:T.M.:huisarts+Het Oude Raadhuis:Markt 4+Wijk bij Duurstede++3961 BC+NL'",
        "PNA+PAT++van der Meulen:G.:Gijs:dhr.'",
        "DTM+329:19630228:102'",
        "RFF+BSN:203117856'",
        "RFF+ONZ:X-HANDEN BDZ'",
        "DTM+ONZ:20260211:102'",
        "FTX+TXT+++X-handen beiderzijds, PA en schuin.'",
        "FTX+TXT+++Klinische gegevens?: pijnlijke DIP- en PIP-gewrichten bdz, ochtendstijfheid. Artrose? Artritis?'",
        "FTX+TXT+++Bevindingen?: Gewrichtsspleetversmalling met centrale erosies en marginale osteofyten van de DIP-'",
        "FTX+TXT+++gewrichten II t/m IV beiderzijds (gull-wing configuratie). PIP III rechts eveneens versmald met'",
        "FTX+TXT+++subchondrale sclerose. MCP-gewrichten en carpus zonder afwijkingen. Geen periarticulaire'",
        "FTX+TXT+++osteopenie, geen marginale erosies passend bij reumatoïde artritis. Geen chondrocalcinose.'",
        "FTX+TXT+++Conclusie?: Erosieve handartrose DIP II-IV beiderzijds en PIP III rechts. Geen aanwijzingen'",
        "FTX+TXT+++voor een inflammatoire artritis.'",
        "FTX+TXT+++Radioloog?: dr. W.F. Krijnen'",
        "UNT+20+1'",
        "UNZ+1+RPT260212074803'",
    ]
    write_text(stem, "\n".join(segs) + "\n", encoding="utf-8", crlf=False, ext="txt")
    finish(stem, "txt", "text (EDIFACT MEDRPT)", "nl", dict(
        kinds=["imaging-report"], date="2026-02-12", also_dates=["2026-02-11"], author="radiologist", language="nl",
        style="EDIFACT MEDRPT radiology report without any title, free text in FTX segments",
        imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
        notes="No title line: only the segment codes and content say it is a radiology report; words hyphenated "
              "across segments ('DIP-/gewrichten'); exam date in DTM+ONZ, message date in DTM+137; '?:' escapes."))


# ============================================================== tk-037 HiX OK-verslag plain-text export
def tk037():
    stem = "tk-037"
    banner = "Smit-de Graaf, Y.   21-08-1961   V   Pat.nr. 6612098   Ziekenhuis Rijnvliet"
    page1 = f"""{banner}
--------------------------------------------------------------------------------
OK-VERSLAG                                        Plastische en Handchirurgie

Operatiedatum       : 19-03-2026
Operateur(s)        : dr. R.J. Verbeek, plastisch chirurg
Assistent(en)       : drs. M. Kuipers, AIOS
Anesthesioloog      : dr. C. Hofstede
Anesthesietechniek  : plexus supraclaviculair + sedatie
Bloedleegte         : bovenarm, 250 mmHg, 55 min
Antibiotica         : cefazoline 2 g i.v.
Doorlichting        : n.v.t.

Preoperatieve diagnose : symptomatische CMC-1-artrose rechts, Eaton IV
Postoperatieve diagnose: idem
Verrichting(en)        : trapeziectomie rechts met ligamentreconstructie en
                         peesinterpositie (LRTI, halve FCR-pees)

Verslag:
Time-out volgens protocol. Rugligging, arm op handtafel. Dorsoradiale
incisie over de duimbasis; r. superficialis n. radialis geïdentificeerd en
gespaard. Kapsel T-vormig geopend. Trapezium in fragmenten verwijderd;
uitgebreide artrose, ook van het STT-gewricht. Halve FCR-pees via aparte
"""
    page2 = f"""{banner}
--------------------------------------------------------------------------------
OK-VERSLAG 19-03-2026 (vervolg)

incisie in de onderarm geoogst, door een boorgat in de basis van MC-1
gehaald en aan zichzelf gehecht (ligamentreconstructie); rest als
'anchovy' in de ruimte van het trapezium. Kapsel gesloten met Vicryl 3-0,
huid intracutaan Monocryl 4-0. Duimspica-gipsspalk.

Complicaties        : geen
Bloedverlies        : minimaal
PA                  : nee

Nabehandeling:
Spalk 2 weken, daarna handtherapie en onderarm-duimspalk tot 6 weken.
Wondcontrole bij de huisarts na 12 dagen; hechting is oplosbaar.
Controle polikliniek plastische chirurgie over 6 weken.

Opgesteld door: dr. R.J. Verbeek     Status: geautoriseerd
Gegenereerd op 19-03-2026 16:02 uit het EPD
"""
    text = page1 + "\n" + " " * 30 + "- pagina 1 van 2 -\n\f" + page2 + "\n" + " " * 30 + "- pagina 2 van 2 -\n"
    write_text(stem, text)
    finish(stem, "txt", "text (EPD print-to-text export, form feed)", "nl", dict(
        kinds=["operation-report"], date="2026-03-19", author="specialist", language="nl",
        style="HiX-like OK-verslag exported to plain text, patient banner repeated on each page",
        imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
        notes="Colon-aligned fields; the narrative breaks mid-sentence across the page boundary with the banner "
              "repeated; 'Doorlichting: n.v.t.' means no fluoroscopy; only own date is the operation date and the "
              "generation timestamp (same day)."))


# ============================================================== tk-040 EDIFACT MEDLAB MRSA (several specimens)
def tk040():
    stem = "tk-040"
    segs = [
        "UNA:+.? '",
        "UNB+UNOC:3+LABMMBWF:ZZ+01099552:14+260725:1012+LAB260725101209++MEDLAB'",
        "UNH+1+MEDLAB:1:2:NL'",
        "BGM+LRP+MMB-26-031877+9'",
        "DTM+137:20260725:102'",
        "NAD+AFZ+++Microbiologie Westfriesland:Laboratorium Medische Microbiologie+Westfrieseweg 12+Hoorn++1624 NP+NL'",
        "NAD+AAN+01099552:AGB:14++de Wit:K.:huisarts+Huisartsenpraktijk De Wielewaal:Wielewaalstraat 3+Hoorn++1622 CD+NL'",
        "PNA+PAT++Schouten:W.:Wilma:mw.'",
        "DTM+329:19560411:102'",
        "RFF+BSN:160228741'",
        "FTX+KLI+++MRSA-screening i.v.m. opname ziekenhuis buitenland (Alicante, Spanje) 12-16 juli 2026.'",
        "SPC+1+NEUS'",
        "DTM+AFN:20260722:102'",
        "DTM+ONT:20260722:102'",
        "RSL+1+MRSAKWEEK:MRSA kweek+NEG:MRSA niet aangetoond'",
        "SPC+2+KEEL'",
        "DTM+AFN:20260722:102'",
        "RSL+2+MRSAKWEEK:MRSA kweek+NEG:MRSA niet aangetoond'",
        "SPC+3+PERINEUM'",
        "DTM+AFN:20260722:102'",
        "RSL+3+MRSAKWEEK:MRSA kweek+NEG:MRSA niet aangetoond'",
        "SPC+4+WOND:insteekopening K-draad pols re'",
        "DTM+AFN:20260722:102'",
        "RSL+4+MRSAKWEEK:MRSA kweek+NEG:MRSA niet aangetoond'",
        "FTX+OPM+++Conclusie?: in alle ingezonden materialen geen MRSA aangetoond.'",
        "FTX+OPM+++Definitieve uitslag. Gevalideerd door dr. E. Zwaan, arts-microbioloog, 25-07-2026.'",
        "UNT+27+1'",
        "UNZ+1+LAB260725101209'",
    ]
    write_text(stem, "\n".join(segs) + "\n", crlf=True, ext="txt")
    finish(stem, "txt", "text (EDIFACT MEDLAB, CRLF)", "nl", dict(
        kinds=["mrsa-screening"], date="2026-07-25", also_dates=["2026-07-22"], author="lab", language="nl",
        style="EDIFACT MEDLAB lab result message, one SPC/RSL group per specimen",
        imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
        notes="Four specimens (neus, keel, perineum, wond) in segment groups; the K-wire insertion site implies an "
              "operation but the message does not state one (operated left unmentioned); admission in Spain named "
              "in the clinical info; sampling date vs validation date."))


# ============================================================== tk-045 patient's own letter (English)
def tk045():
    stem = "tk-045"
    text = """Claire Hollis
Soesterweg 211
3812 BJ Amersfoort
tel. 06 3877 1029

20 October 2026

Handkliniek Veluwezoom
Attn: Second opinion intake
Velperweg 212
6824 HL Arnhem


Dear Sir or Madam,

Request for a second opinion - left wrist
Date of birth: 02/08/1962

I am writing to ask whether I could be seen at your clinic for a second
opinion about my left wrist.

In April this year I broke my wrist when I missed a step leaving our hotel
in Antalya, Turkey. I was taken to a private hospital there (Ozel Lara Akdeniz
Hastanesi), where they X-rayed my wrist and did a CT scan. The next day I had
an operation and they fixed the break with a plate and screws. I stayed in
the hospital for three nights before flying home.

Since then my GP, Dr Yilmaz, has been looking after me and I have had
physiotherapy twice a week. My wrist is still stiff and painful, and I cannot
turn my hand palm-up properly. An orthopaedic surgeon in Amersfoort said that
the plate could be removed and that the bone may have healed slightly
crooked, but I would like an independent opinion before I agree to another
operation.

Dr Yilmaz has told me she will send you a referral letter. I have the
Turkish discharge papers (partly in English) and a CD with the scans, which I
can bring or post to you. I have never had any other operations on my
hands.

Could you let me know whether you need anything else from me?

Yours faithfully,

Claire Hollis
"""
    write_text(stem, text)
    finish(stem, "txt", "text (typed letter)", "en", dict(
        kinds=[], date="2026-10-20", author="patient", language="en",
        style="patient's own typed letter asking for a second opinion",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="A patient's request is not a referral even though it asks for a second opinion; operation and "
              "admission in a Turkish private hospital; second operation only proposed; birth date in the subject "
              "block; GP referral only announced."))


# ============================================================== tk-048 pharmacy medication overview (fixed width)
def tk048():
    stem = "tk-048"
    text = """APOTHEEK DE VIJZEL                                   Slotlaan 40, 3701 GB Zeist
                                                     tel 030-6900 400
===============================================================================
MEDICATIEOVERZICHT                                   Afdrukdatum: 15-09-2026
===============================================================================
Patiënt   : dhr. H.J. Wolters                  Geboortedatum: 02-11-1958
Adres     : Slotlaan 118, 3701 GK Zeist       Huisarts     : A.C. Overmars
Lengte/gewicht: 1,81 m / 94 kg (opgegeven 03-2026)

HUIDIGE MEDICATIE
Start      Geneesmiddel                           Dosering        Voorschrijver   Laatste uitgifte
---------- -------------------------------------- --------------- --------------- ----------------
14-05-2019 METFORMINE TABLET 850MG                2 x per dag 1   Overmars        01-09-2026
14-05-2019 GLICLAZIDE TABLET MGA 30MG             1 x per dag 1   Overmars        01-09-2026
02-02-2021 LISINOPRIL TABLET 10MG                 1 x per dag 1   Overmars        01-09-2026
02-02-2021 ATORVASTATINE TABLET 20MG              1 x per dag 1   Overmars        01-09-2026
07-07-2026 PREGABALINE CAPSULE 75MG               2 x per dag 1   Brouwer (PCH)   18-08-2026
12-03-2024 PARACETAMOL TABLET 500MG               zo nodig 4x2    Overmars        04-06-2026

GESTOPTE MEDICATIE (laatste 12 maanden)
12-03-2024 tm 26-03-2024  TRAMADOL CAPSULE 50MG   (na operatie, via ziekenhuis)
05-11-2025 tm 19-11-2025  AMOXICILLINE/CLAV 500/125   (luchtweginfectie)

CONTRA-INDICATIES / OVERGEVOELIGHEDEN
Diabetes mellitus            Nierfunctie: eGFR 68 (06-2026)
Overgevoeligheid: geen geregistreerd

Dit overzicht bevat de medicatie die via deze apotheek is verstrekt. Neem
dit overzicht mee naar uw arts of het ziekenhuis. Vragen? Bel de apotheek.
                                             Apotheker: mw. drs. I. Sedney
"""
    write_text(stem, text)
    finish(stem, "txt", "text (pharmacy system printout)", "nl", dict(
        kinds=[], date="2026-09-15", author="other", language="nl",
        style="pharmacy medication overview (medicatieoverzicht), fixed-width table",
        imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
        notes="Not a history letter; 'na operatie, via ziekenhuis' hints at an operation without saying what "
              "was operated (left unmentioned); several dispensing dates besides the print date."))


# ============================================================== tk-049 Belgian lab blood results (not MRSA)
def tk049():
    stem = "tk-049"
    text = """LABO DOMMELVALLEI  -  Klinisch Laboratorium
Kolonel Dusartplein 8, 3900 Pelt  -  tel. +32 11 00 30 30
Erkenningsnr. 8-00000-00  -  Klinisch bioloog: apr. biol. M. Schepers
-------------------------------------------------------------------------------
VERSLAG                                   Staalname : 28/09/2026  08:12
                                          Ontvangst : 28/09/2026  10:40
                                          Verslag   : 29/09/2026  (volledig)
Patiënt     : CLAES Lieve  (V)   °23/08/1967
Adres       : Kerkhofstraat 12, 3900 Pelt
Aanvrager   : dr. W. Vanderheyden, huisarts (1-23456-78-004)
Kopie aan   : -
-------------------------------------------------------------------------------
                                  Resultaat     Eenheid   Referentie
HEMATOLOGIE
  Hemoglobine                     13,1          g/dL      12,0 - 16,0
  Leukocyten                      7,4           10^3/µL   4,0 - 10,0
  Bloedplaatjes                   268           10^3/µL   150 - 400
  Sedimentatie (BSE)              18            mm/u      < 20
ONTSTEKING
  CRP                             2,1           mg/L      < 5,0
REUMASEROLOGIE
  Reumafactor (IgM)               < 10          IU/mL     < 14
  Anti-CCP                        0,8           U/mL      < 7,0
SCHEIKUNDE
  Creatinine                      0,82          mg/dL     0,51 - 0,95
  eGFR (CKD-EPI)                  82            mL/min
  Urinezuur                       4,9           mg/dL     2,4 - 5,7
  Glucose nuchter                 96            mg/dL     70 - 99
  TSH                             1,62          mU/L      0,27 - 4,20

BACTERIOLOGIE
  Geen staal ontvangen voor bacteriologie / MRSA-screening.

Commentaar: geen aanwijzingen voor een inflammatoir of metabool proces.
Gevalideerd door apr. biol. M. Schepers op 29/09/2026.
"""
    write_text(stem, text)
    finish(stem, "txt", "text (lab printout)", "nl-BE", dict(
        kinds=[], date="2026-09-29", also_dates=["2026-09-28"], author="lab", language="nl",
        style="Flemish clinical laboratory blood results (staalname, klinisch bioloog)",
        imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
        notes="A lab result that is not an MRSA screening; it even says no MRSA sample was received; Belgian "
              "lab words and °-birth date; sampling and report dates."))


# ============================================================== tk-053 GP assistant cover note (e-mail)
def tk053():
    stem = "tk-053"
    text = """From: Assistente Huisartsenpraktijk De Kreek <assistente@dekreek-middelburg.example>
To: intake@handkliniek-veluwezoom.example
Subject: Stukken mw. A. de Groot, geb. 05-03-1992 - second opinion
Date: Wed, 28 Oct 2026 09:14:33 +0100
Attachments: scan0001.pdf; scan0002.pdf; Document (3).pdf; IMG_20261027_1532.jpg
Content-Type: text/plain; charset=utf-8

Goedemorgen,

Namens dokter Hoogendijk stuur ik u hierbij de gevraagde stukken voor
mevrouw A. de Groot (geb. 05-03-1992), die bij u is aangemeld voor een
second opinion van haar linkerpols:

- scan0001.pdf: de verwijsbrief (ZorgDomein-uitdraai van 26-10)
- scan0002.pdf: de brief van de handchirurg uit Engeland (Halifax)
- Document (3).pdf: het operatieverslag van de polsartroscopie
- IMG_20261027_1532.jpg: foto van de Engelse MRSA-uitslag

Mevrouw De Groot is in september in Engeland geopereerd (artroscopie van de
linkerpols) in het ziekenhuis in Halifax. De MRSA-screening via onze praktijk
volgt nog; de kweken zijn gisteren afgenomen. Zodra de uitslag binnen is,
sturen wij die na.

Wilt u laten weten of er nog iets ontbreekt?

Met vriendelijke groet,

Marieke Dekker
doktersassistente
Huisartsenpraktijk De Kreek
Kreekweg 4, 4331 AA Middelburg
tel. 0118-000 220 (ma-vr 8.00-17.00)

--
Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de
geadresseerde, verwijder het bericht dan en informeer de afzender.
"""
    write_text(stem, text, ext="txt")
    finish(stem, "txt", "text (e-mail)", "nl", dict(
        kinds=[], date="2026-10-28", author="other", language="nl",
        style="GP assistant cover e-mail listing attachments by meaningless file names",
        imaging_done="unmentioned", operated="yes", treated_abroad="yes",
        notes="Cover note, not a referral or history: it names a referral, a specialist letter, an operation "
              "report and an MRSA result only as attachments; states the operation in an English hospital; own "
              "MRSA screening still pending; date only in the e-mail header."))


# ============================================================== tk-055 patient e-mail reply thread (English)
def tk055():
    stem = "tk-055"
    text = """From: Pieter van der Linden <p.vdlinden@mailbox.example>
To: Intake Handkliniek Veluwezoom <intake@handkliniek-veluwezoom.example>
Subject: RE: Aanvullende gegevens / additional information - P. van der Linden
Date: Mon, 12 Oct 2026 08:47:10 +0100

Dear intake team,

Thank you for your message. Answers below.

1. Images: I don't have any X-rays or scans. The surgeon at Corrib Valley
   University Hospital in Galway told me no imaging was needed for Dupuytren's,
   and none was done.
2. Operations: I have never had surgery on either hand. (I did have my
   appendix out in 1987, if that matters.)
3. Hospital abroad: apart from the outpatient visit in Galway on 1 September
   I have not been to any hospital. We spent two weeks in the Algarve in
   August but I didn't need a doctor there.
4. Referral: my new GP in Ter Aar, Dr Smulders, will send you the referral
   letter this week. He already has the clinic letter from Galway.

I move back to the Netherlands on 4 December, so any appointment after the
8th would suit me best.

Kind regards,
Pieter van der Linden
+353 87 000 4411

-----Original message-----
From: Intake Handkliniek Veluwezoom
Sent: Thursday, 8 October 2026 16:02
To: p.vdlinden@mailbox.example
Subject: Aanvullende gegevens / additional information - P. van der Linden

Geachte heer Van der Linden, dear Mr van der Linden,

To complete your file for a second opinion we would like to know:
1. Have X-rays, ultrasound or MRI been made? If so, please send the CD.
2. Have you been operated on for this problem?
3. Have you been admitted to or treated in a hospital outside the
   Netherlands? If so, we need an MRSA screening result via your GP.
4. Has your GP sent a referral letter?

Met vriendelijke groet / kind regards,
Intake Handkliniek Veluwezoom
"""
    write_text(stem, text)
    finish(stem, "txt", "text (e-mail thread)", "en", dict(
        kinds=[], date="2026-10-12", author="patient", language="en",
        style="patient e-mail reply with the clinic's quoted questions below",
        imaging_done="no", operated="no", treated_abroad="yes",
        notes="Quoted clinic questions contain all the trigger words; the patient's answers say no imaging, no "
              "hand surgery (appendix is another body part), a holiday in Portugal without care, but an "
              "outpatient hospital visit in Ireland (care abroad); two e-mail dates, the reply's is the own date."))


# ============================================================== tk-056 UK pre-operative assessment appointment letter
def tk056():
    stem = "tk-056"
    text = """Wye & Severn Hospitals NHS Trust
Severn Meadows Hospital - Pre-operative Assessment Clinic
Meadow Lane, Worcester WR5 1ZZ      Appointments: 01905 000 733

Our Ref: SMH/POA/77120934                 Hospital No: SM7712093
NHS No: 401 552 8876                      Date: 21/10/2026

PRIVATE & CONFIDENTIAL
Ms Ingeborg Vermeer
Flat 2, 19 Sansome Walk
Worcester WR1 1ZZ

Dear Ms Vermeer,

PRE-OPERATIVE ASSESSMENT APPOINTMENT

Following your consultation with Ms K. Thornbury, Consultant Hand Surgeon, in
the Hand Clinic on 30/09/2026, you have been placed on the waiting list for:

    LEFT DE QUERVAIN'S RELEASE (day case, local anaesthetic)

Before your operation you need a pre-operative assessment. We have booked:

    Date:      Tuesday 10 November 2026
    Time:      09:30
    Place:     Pre-operative Assessment Clinic, Level 1, Severn Meadows Hospital

At this appointment a nurse will check your general health and take swabs
from your nose and groin for MRSA screening. Please bring a list of all your
medicines and, if you have them, letters from other doctors.

A date for your operation will be sent to you separately. If you no longer
wish to have the operation, for example because you are moving abroad or want
a second opinion elsewhere, please let us know so that we can offer your slot
to another patient.

Yours sincerely,

Pre-operative Assessment Team
on behalf of Ms K. Thornbury

cc: GP - Dr M. Ashworth, St John's Surgery, Worcester
"""
    write_text(stem, text)
    finish(stem, "txt", "text (hospital PAS letter)", "en-GB", dict(
        kinds=[], date="2026-10-21", author="other", language="en",
        style="NHS pre-operative assessment appointment letter from the patient administration system",
        imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
        notes="Appointment letter: the operation and MRSA swabs are future plans; the earlier hand clinic "
              "consultation in an English hospital is care abroad; several dates (consultation, letter, "
              "appointment)."))


# ============================================================== tk-063 US dictated progress note
def tk063():
    stem = "tk-063"
    text = """BAYFRONT ORTHOPAEDIC ASSOCIATES, P.A.
Hand & Upper Extremity Service
2400 Bayshore Blvd, Tampa, FL 33629   Phone (813) 000-2200

PROGRESS NOTE

PATIENT: HUIZINGA, MARCO              MRN: BOA-0558130
DOB: 01/30/1979                       DATE OF SERVICE: 06/15/2026
PROVIDER: Brian T. Caldwell, MD       LOCATION: Tampa Main Office

SUBJECTIVE: Mr. Huizinga is a 47-year-old right-hand-dominant Dutch engineer
on a six-month work assignment in Tampa who returns today, 6 weeks and 4 days
status post open reduction and internal fixation of a left distal radius
fracture with a volar locking plate, which I performed on 04/30/2026 at Bayfront
Surgery Center. He reports minimal pain, no numbness or tingling. He has been
doing his home exercises.

OBJECTIVE: Incision well healed. No tenderness over the plate. Wrist flexion
45 degrees, extension 50, pronation 80, supination 70. Sensation intact in the
median, ulnar and radial distributions. Fingers full composite fist.

X-rays of the left wrist, 3 views obtained today, show a healing distal radius
fracture with maintained volar tilt and radial height, hardware intact, no
loosening.

ASSESSMENT: Status post ORIF left distal radius fracture, healing well.

PLAN: Discontinue splint. Begin formal occupational therapy for range of
motion and strengthening. No lifting over 10 lb for 4 more weeks. He returns
to the Netherlands on 07/10/2026 and will establish care with a hand surgeon
there; he may seek a second opinion regarding eventual hardware removal. A
copy of this note and the operative report was given to the patient.

Brian T. Caldwell, MD
Dictated: 06/15/2026  Transcribed: 06/17/2026  Job# 4471936 / kt

This note was dictated using voice recognition software. Minor transcription
errors may be present. DICTATED BUT NOT READ.
"""
    write_text(stem, text)
    finish(stem, "txt", "text (dictation transcript)", "en-US", dict(
        kinds=["correspondence"], date="2026-06-15", also_dates=["2026-06-17"], author="specialist", language="en",
        style="US dictated progress note ('DICTATED BUT NOT READ'), SOAP headings",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Outpatient note of the treating surgeon abroad (filed as specialist correspondence); US MM/DD "
              "dates incl. future 07/10/2026 (10 July); operation stated by the surgeon himself; operative report "
              "only mentioned; hardware removal only a future question."))


# ============================================================== tk-064 Swiss MRI report (text transmission)
def tk064():
    stem = "tk-064"
    text = """INSTITUT FÜR RADIOLOGIE AM LIMMATQUAI
Limmatquai 94, 8001 Zürich  ·  Tel. +41 44 000 00 00
Fachärztinnen und Fachärzte FMH für Radiologie
==========================================================================

Zuweiser:      Dr. med. A. Keller, Praxis für Handchirurgie,
               Schaffhauserstrasse 350, 8050 Zürich-Oerlikon
Kopie:         Patientin
Patientin:     Frau Femke Bakker, geb. 04.04.1991
               Rötelstrasse 12, 8006 Zürich
Untersuchung:  MR-Arthrographie Handgelenk links
Datum:         08.09.2026

Zürich, 9. September 2026

Sehr geehrter Herr Kollege

Klinische Angaben / Fragestellung:
Seit Sturz beim Bouldern (05/2026) ulnarseitige Handgelenkschmerzen links,
Klick bei Supination. TFCC-Läsion? SL-Band?

Technik:
Intraartikuläre Injektion von verdünntem Gadolinium radiokarpal unter
Durchleuchtung. MRT 3 Tesla: koronar T1 FS, PD FS, 3D-Sequenz, axial und
sagittal PD FS.

Befund:
Kontrastmittelübertritt vom radiokarpalen ins distale Radioulnargelenk.
Abriss des TFCC von der Fovea ulnaris mit Flüssigkeitssignal an der foveal-
en Insertion (Palmer 1B / Atzei Klasse 2). Diskus selbst intakt. SL-Band
und LT-Band intakt, kein Kontrastmittelübertritt in die Mediokarpalreihe.
Ulnavarianz neutral. Kein Knochenmarködem. Keine Voraufnahmen zum Vergleich.

Beurteilung:
1. Foveale TFCC-Läsion (Palmer 1B) links.
2. Intaktes SL- und LT-Band.

Freundliche Grüsse

Dr. med. Nadine Gerber
Fachärztin FMH für Radiologie

(Übermittelt via gesicherte E-Mail; Originalbefund folgt nicht per Post.)
"""
    write_text(stem, text)
    finish(stem, "txt", "text (radiology report sent as secure e-mail text)", "de-CH", dict(
        kinds=["imaging-report"], date="2026-09-09", also_dates=["2026-09-08"], author="radiologist", language="de",
        style="Swiss radiology institute MR arthrography report as plain text (ss for sz, FMH)",
        imaging_done="yes", operated="unmentioned", treated_abroad="yes",
        notes="Dutch patient living in Zurich, imaged at a Swiss institute (care abroad); exam date in a field, "
              "report date in 'Zürich, 9. September 2026'; hyphenated 'foveal-/en'; requester is a hand surgeon."))


if __name__ == "__main__":
    for f in (tk005, tk009, tk012, tk014, tk029, tk031, tk037, tk040, tk045, tk048, tk049, tk053, tk055, tk056,
              tk063, tk064):
        f()
        print("ok", f.__name__)
