"""German, Swiss and Austrian documents (te-008, 011, 020, 024, 025, 026, 059, 060, 061, 062, 063)."""
import os
import tempfile

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from common import (DOCS, styles, para, paras, kv_table, grid_table, build_pdf, make_numbered_canvas, logo,
                    text_lines, pdfunite, write_label, write_txt, new_docx, docx_header_footer, dpar, dblock, dtable)

PDF = lambda s: os.path.join(DOCS, s + ".pdf")
DOCX = lambda s: os.path.join(DOCS, s + ".docx")


def te008():
    st = styles("Sans", 9.5)

    def first(c, d):
        w, h = d.pagesize
        logo(c, w - 40 * mm, h - 30 * mm, "squares", (0.1, 0.25, 0.5), 20 * mm)
        text_lines(c, 18 * mm, h - 15 * mm, ["**Klinikum Niederrhein-Süd**",
                                             "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie",
                                             "Chefarzt Dr. med. H.-P. Lennartz", "Kempener Allee 117, 47803 Krefeld",
                                             "Tel. +49 2151 388-0"], size=8.5)

    num = make_numbered_canvas("Seite {p} von {n}", size=7.5)
    head = kv_table([["Patient/in", "Verstappen, Anneke", "geb.", "04.03.1984"],
                     ["Wohnort", "Venlo (NL)", "Fall-Nr.", "25-0771432"],
                     ["OP-Datum", "12.11.2025", "Saal", "OP 2"],
                     ["Operateur", "Dr. med. T. Schwarzkopf, OA", "Assistenz", "C. Heinen, Assistenzärztin"],
                     ["Anästhesie", "Plexusanästhesie axillär", "Blutsperre", "Oberarm, 250 mmHg, 34 min"]],
                    st, widths=(27 * mm, 60 * mm, 25 * mm, 60 * mm), grid=True)
    body = """**Diagnose:** Palmares Handgelenkganglion links, radiopalmar (sonographisch gesichert, 11 x 8 mm, in enger Lagebeziehung zur A. radialis)

**Indikation:** Seit 8 Monaten schmerzhafte Schwellung radiopalmar am linken Handgelenk, Zunahme bei Belastung, Parästhesien im Daumen. Frustrane Punktion alio loco. Aufklärung über Rezidivrisiko und Verletzung der A. radialis sowie des R. palmaris n. mediani erfolgt.

**Eingriff:** Offene Resektion des palmaren Handgelenkganglions links mit Stielresektion und Kapselverschluss

**OP-Bericht:**
Team-Time-out. Rückenlage, Arm auf Armtisch, Anlage der Blutsperre nach Auswickeln. Desinfektion und steriles Abdecken. S-förmige Inzision über dem tastbaren Befund radiopalmar. Darstellen der A. radialis, die das Ganglion bogenförmig umläuft; sorgfältige Präparation und Anschlingen der Arterie. Das Ganglion wird vollständig von der Arterie abgelöst und bis zu seinem Stiel am radioskaphoidalen Gelenk verfolgt. Resektion in toto mit einem kleinen Kapselanteil. Verschluss der Kapsel mit PDS 4-0. Öffnen der Blutsperre, A. radialis gut pulsierend, Blutstillung mit bipolarer Pinzette. Hautnaht mit Prolene 4-0 Einzelknopfnähten. Steriler Verband, palmare Unterarmgipsschiene.
Histologie: Präparat zur histologischen Untersuchung eingesandt.

**Komplikationen:** keine

**Nachbehandlung:** Hochlagerung, Gipsschiene für 10 Tage, Fadenzug am 12. postoperativen Tag durch den Hausarzt/huisarts. Anschließend freie Beübung. Wiedervorstellung in der Handsprechstunde in 6 Wochen bzw. bei Beschwerden.

Dr. med. T. Schwarzkopf
Oberarzt, Facharzt für Plastische und Ästhetische Chirurgie, Handchirurgie"""
    story = [Spacer(1, 24 * mm), para("OPERATIONSBERICHT", st["h"]), head, Spacer(1, 8)] + paras(body, st["n"])
    build_pdf(PDF("te-008"), story, first, first, margins=(18, 18, 20, 18), numbering=num)
    write_label("te-008", ["operation-report"], "specialist", "de", "German operation report with label grid",
                "yes", "yes", "yes", date="2025-11-12",
                notes="German hospital operated a patient living in Venlo (treated abroad); ultrasound mentioned in "
                      "diagnosis ('sonographisch gesichert'); 'alio loco' puncture; follow-up partly by Dutch huisarts.")


def te011():
    text = """REGIONALSPITAL ALBULA
Chirurgische Klinik / Notfallstation
Spitalstrasse 4, CH-7482 Bergün/Bravuogn
Tel. +41 81 407 11 00
________________________________________________________________

                                        Bergün, 20. Februar 2026

Herrn Dr. med. (NL) S. Hartman
Huisartsenpraktijk Presikhaaf
Kastanjelaan 12
6828 GN Arnhem
Niederlande

AUSTRITTSBERICHT

Patient:   Herr Maarten van Rooij, geb. 17.05.1991
           Sonsbeeksingel 30, 6814 AC Arnhem (NL)
Eintritt:  17.02.2026 (über Notfallstation, Rega-Transport)
Austritt:  18.02.2026

Sehr geehrter Herr Kollege

Wir berichten Ihnen über den oben genannten Patienten, der sich
vom 17.02. bis 18.02.2026 in unserer stationären Behandlung befand.

Diagnosen
1. Undislozierte Skaphoidfraktur links, distales Drittel
   (Herbert A2)
   - Skiunfall am 17.02.2026 (Sturz auf die ausgestreckte Hand)
2. Commotio cerebri
   - CT Schädel: keine intrakranielle Blutung, keine Fraktur
3. Schürfwunde Kinn

Anamnese
Sturz auf der Piste bei eisigen Verhältnissen, kurze Bewusstlosigkeit
(fremdanamnestisch < 1 Min.), danach Kopfschmerzen und Übelkeit.
Schmerzen am linken Handgelenk.

Befunde
GCS 15, neurologisch unauffällig. Druckschmerz Tabatière links,
Stauchungsschmerz Daumen. DMS intakt.
Röntgen Handgelenk links und Navikulare-Serie (17.02.2026): fragliche
Frakturlinie distaler Skaphoidpol.
CT Handgelenk links (17.02.2026): undislozierte Fraktur des distalen
Skaphoiddrittels, keine Stufe, keine Trümmerzone.

Therapie und Verlauf
24-stündige Überwachung bei Commotio cerebri, komplikationslos.
Anlage eines Unterarm-Daumengipses. Bei stabiler, undislozierter
Fraktur im distalen Drittel ist eine operative Versorgung nicht
notwendig; der Patient wurde konservativ behandelt.
Die Schürfwunde wurde gereinigt und steril verbunden.

Procedere
- Unterarm-Daumengips für insgesamt 6 Wochen
- Klinische und radiologische Kontrolle (ggf. CT) nach 6 Wochen
  beim Hausarzt bzw. Handchirurgen in den Niederlanden
- Keine Teilnahme am Strassenverkehr für 48 h nach Commotio
- Analgesie: Paracetamol 1 g bis 4x tgl., Ibuprofen 400 mg bei Bedarf

Freundliche Grüsse

Dr. med. Reto Caduff                 med. pract. Lena Rüegg
Leitender Arzt Chirurgie              Assistenzärztin
________________________________________________________________
Seite 1/1
"""
    write_txt("te-011", text)
    write_label("te-011", ["correspondence"], "specialist", "de", "Swiss discharge letter (Austrittsbericht), plain text",
                "yes", "no", "yes", date="2026-02-20", also_dates=["2026-02-18"],
                notes="Swiss hospital treated a Dutch skier (abroad); 'operative Versorgung nicht notwendig ... "
                      "konservativ behandelt' = operated no; two problems (concussion, CT head); Swiss spelling "
                      "(Grüsse, Strassenverkehr); 'ggf. CT' plan.")


def te020():
    tmp = tempfile.mkdtemp(prefix="te020_")
    st = styles("Sans", 9.5)

    def lh(c, d, sub):
        w, h = d.pagesize
        logo(c, 18 * mm, h - 26 * mm, "cross", (0.6, 0.1, 0.1), 13 * mm)
        text_lines(c, 35 * mm, h - 15 * mm, ["**Klinikum Emscher-Lippe Oberhausen**", sub,
                                             "Teutoburger Straße 40, 46145 Oberhausen · Tel. +49 208 697-0"], size=8.5)

    # part 1 Entlassungsbrief
    def f1(c, d):
        lh(c, d, "Klinik für Unfallchirurgie und Handchirurgie · Chefarzt Prof. Dr. med. K. Wendland")

    b1 = """Herrn
Dr. E. Koenders (huisarts)
Huisartsenpraktijk De Slinge
Raadhuisstraat 3
7001 EV Doetinchem, Niederlande

Oberhausen, 02.10.2025

**Entlassungsbrief**

Sehr geehrter Herr Kollege,

wir berichten über Herrn **Ruud Hermsen, geb. 21.01.1977**, Berufskraftfahrer, der sich vom 29.09.2025 bis 02.10.2025 in unserer stationären Behandlung befand.

**Diagnosen:**
- Geschlossene Schaftfraktur Os metacarpale IV rechts, Rotationsfehlstellung
- Strecksehnendurchtrennung D IV rechts, Zone VI, mit Rissquetschwunde Handrücken
- Arbeitsunfall (Sturz von der Ladefläche, Raststätte A3)

**Therapie:**
30.09.2025: Offene Reposition und Plattenosteosynthese MC IV rechts, Strecksehnennaht D IV (siehe OP-Bericht)

**Verlauf:**
Komplikationsloser postoperativer Verlauf. Röntgenkontrolle regelrecht. Wunde reizlos. Antibiose mit Cefuroxim bis 01.10.2025. Entlassung in die häusliche Umgebung in den Niederlanden.

**Procedere:**
Dynamische Strecksehnenschiene für 6 Wochen, Handtherapie nach Protokoll (Norwich). Röntgenkontrolle nach 6 Wochen. Fadenzug nach 14 Tagen durch den Hausarzt. Eine Metallentfernung ist nicht zwingend erforderlich. Arbeitsunfähig für ca. 8-10 Wochen. Ein MRSA-Screening bei Aufnahme war negativ.

Mit freundlichen Grüßen

Prof. Dr. med. K. Wendland · Dr. med. L. Brinkhoff, Oberärztin"""
    build_pdf(os.path.join(tmp, "1.pdf"), [Spacer(1, 20 * mm)] + paras(b1, st["n"]), f1, f1, margins=(18, 18, 20, 18))

    # part 2 Röntgenbefund
    def f2(c, d):
        lh(c, d, "Institut für Diagnostische und Interventionelle Radiologie")

    s2 = [Spacer(1, 20 * mm), para("Röntgenbefund", st["h"]),
          kv_table([["Patient", "Hermsen, Ruud, *21.01.1977", "Untersuchung", "29.09.2025 18:42"],
                    ["Anforderung", "Zentrale Notaufnahme / Unfallchirurgie", "Befunddatum", "29.09.2025"]],
                   st, widths=(25 * mm, 60 * mm, 28 * mm, 57 * mm), grid=True), Spacer(1, 6)] + paras(
        """**Untersuchung:** Röntgen Hand rechts in 2 Ebenen (d.p. und schräg)

**Fragestellung:** Sturz, Fehlstellung Ringfinger, Fraktur?

**Befund:** Kurze Schrägfraktur im mittleren Schaftdrittel des Os metacarpale IV mit Verkürzung um ca. 3 mm und Verkippung nach palmar. Keine Gelenkbeteiligung. Übrige Metacarpalia und Phalangen ohne Frakturnachweis. Kein röntgendichter Fremdkörper. Weichteilschwellung dorsal.

**Beurteilung:** Dislozierte Schaftfraktur MC IV rechts.

Dr. med. A. Yilmaz, Facharzt für Radiologie""", st["n"])
    build_pdf(os.path.join(tmp, "2.pdf"), s2, f2, f2, margins=(18, 18, 20, 18))

    # part 3 OP-Bericht
    def f3(c, d):
        lh(c, d, "Klinik für Unfallchirurgie und Handchirurgie · Operationsbericht")

    s3 = [Spacer(1, 20 * mm), para("OPERATIONSBERICHT", st["h"]),
          kv_table([["Patient", "Hermsen, Ruud, *21.01.1977", "OP-Datum", "30.09.2025"],
                    ["Operateur", "Dr. med. L. Brinkhoff", "Assistenz", "M. Kowalski"],
                    ["Anästhesie", "ITN", "Blutsperre", "Oberarm 250 mmHg, 71 min"]],
                   st, widths=(25 * mm, 60 * mm, 25 * mm, 60 * mm), grid=True), Spacer(1, 6)] + paras(
        """**Diagnose:** Dislozierte Schaftfraktur MC IV rechts mit Rotationsfehler; Strecksehnendurchtrennung D IV Zone VI.

**Operation:** Offene Reposition, Plattenosteosynthese MC IV (2,0-mm-Platte, 6 Löcher); Naht der Strecksehne D IV (Kirchmayr-Kessler 3-0, fortlaufende Epitendinalnaht 5-0).

**Vorgehen:** Nach Wunderweiterung der Rissquetschwunde am Handrücken Darstellung der vollständig durchtrennten Strecksehne D IV und der Fraktur. Débridement und Spülung. Reposition der Fraktur unter Sicht und Korrektur des Rotationsfehlers, Kontrolle des Fingerschlusses ohne Scherenphänomen. Anlage einer 6-Loch-Platte dorsal mit je 3 Schrauben. Bildwandlerkontrolle: regelrechte Stellung und Implantatlage. Naht der Strecksehne in Kern- und Ringnahttechnik. Hautverschluss, Verband, Unterarmschiene in Intrinsic-plus-Stellung.

**Komplikationen:** Keine.

Dr. med. L. Brinkhoff, Oberärztin""", st["n"])
    build_pdf(os.path.join(tmp, "3.pdf"), s3, f3, f3, margins=(18, 18, 20, 18))
    pdfunite([os.path.join(tmp, f"{i}.pdf") for i in (1, 2, 3)], PDF("te-020"))
    write_label("te-020", ["correspondence", "imaging-report", "operation-report"], "specialist", "de",
                "merged PDF: German discharge letter + X-ray report + operation report",
                "yes", "yes", "yes", date="2025-10-02", also_dates=["2025-09-29", "2025-09-30"],
                notes="Three German documents of one stay in one file; Dutch patient treated in a German hospital; "
                      "discharge letter only refers to the operation ('siehe OP-Bericht') while the third part is the "
                      "report; MRSA screening only mentioned; metal removal 'nicht zwingend'.",
                parts=[{"kinds": ["correspondence"], "date": "2025-10-02", "author": "specialist"},
                       {"kinds": ["imaging-report"], "date": "2025-09-29", "author": "radiologist"},
                       {"kinds": ["operation-report"], "date": "2025-09-30", "author": "specialist"}])


def te024():
    text = """Gemeinschaftspraxis Dres. med. Kersting & Aydın
Fachärzte für Allgemeinmedizin - Hausärztliche Versorgung
Hagsche Straße 41 - 47533 Kleve - Tel. 02821 / 71 94 60 - Fax 71 94 61
BSNR 38 112 4400

An die
Handkliniek Waalkade
z. Hd. Handchirurgie / Zweitmeinung
Waalkade 60
6511 XR Nijmegen
NIEDERLANDE
                                                     Kleve, 22.01.2026

Überweisung zur Zweitmeinung (second opinion)

Patientin: Frau Monika Hülsmann, geb. 08.10.1962
           Tiergartenstraße 15, 47533 Kleve
Kasse:     AOK Rheinland/Hamburg (S2-Antrag gestellt)

Sehr geehrte Kolleginnen und Kollegen,

ich überweise Ihnen Frau Hülsmann mit der Bitte um eine Zweitmeinung.

Diagnosen:
- SNAC-Wrist links (Stadium II) bei Skaphoidpseudarthrose
- Z. n. Schraubenosteosynthese des Skaphoids links 2019
  (St.-Gerebernus-Hospital Kleve)
- Arterielle Hypertonie
- Z. n. Mamma-Ca rechts 2015, brusterhaltend operiert, tumorfrei

Anamnese:
Seit gut einem Jahr zunehmende belastungsabhängige Schmerzen im linken
Handgelnek, seit Herbst 2025 auch Ruheschmerz. Die Patientin arbeitet als
Altenpflegerin und ist seit 10/2025 arbeitsunfähig.

Bisherige Therapie:
- Orthese, NSAR, Physiotherapie 2025
- 11/2025 Vorstellung in der Notaufnahme des St.-Gerebernus-Hospitals Kleve
  wegen Schmerzexazerbation; dort Röntgen und Infiltration
- MRT linkes Handgelenk vom 20.11.2025 (Radiologie am Markt, Kleve):
  Pseudarthrose Skaphoid mit Schraubenlockerung, radioskaphoidale Arthrose,
  Mediokarpalgelenk noch erhalten
- 12/2025 Vorstellung Unfallchirurgie Kleve: Empfehlung Mediokarpale
  Teilarthrodese (Four-Corner-Fusion) mit Skaphoidektomie

Fragestellung:
Die Patientin ist unsicher, ob die vorgeschlagene Teilarthrodese der richtige
Weg ist, und hat von einer Denervierung als weniger eingreifender Alternative
gehört. Wir bitten um Ihre Einschätzung: Teilarthrodese, Denervierung oder
ein anderes Vorgehen?

Medikation: Candesartan 8 mg 1-0-0, Ibuprofen 600 mg bei Bedarf,
Pantoprazol 20 mg 1-0-0
Allergien: keine bekannt

Befunde (Röntgen, MRT, Arztbriefe) sind beigefügt; CD folgt per Post.

Mit freundlichen kollegialen Grüßen

Dr. med. Jens Kersting
Facharzt für Allgemeinmedizin
"""
    write_txt("te-024", text)
    write_label("te-024", ["referral", "history"], "gp", "de", "German GP referral letter for a second opinion, text",
                "yes", "yes", "yes", date="2026-01-22", referral_question=True,
                notes="German GP referring across the border; emergency visit and 2019 screw fixation in a German "
                      "hospital (abroad); Diagnosen with 'Z. n.' and Bisherige Therapie section counts as history; "
                      "four-corner fusion only recommended; breast cancer surgery other body part.")


def te025():
    d = new_docx("Arial", 10)
    docx_header_footer(d, ["**Landesklinikum Pinzgau-Nord**", "Abteilung für Unfallchirurgie und Sporttraumatologie",
                           "Ambulanz · Schüttdorfer Straße 20 · 5700 Zell am See · Tel. +43 6542 777-0"],
                       footer_text="Ambulanzbrief - Bakker Jeroen", page_fmt=("Seite ", " von "))
    dblock(d, """Zell am See, am 31. Jänner 2026

An den weiterbehandelnden Arzt / die weiterbehandelnde Ärztin
(Patient wohnhaft in Haarlem, Niederlande)

**AMBULANZBRIEF**

**Hr. Jeroen BAKKER**, geb. 14.08.1986
Ambulanzkarte Nr. 26-004418 · Versicherung: EKVK/EHIC (NL)
Unfalltag: 30.01.2026 · Ambulante Vorstellung: 30.01. und 31.01.2026

**Diagnose**
Ruptur des ulnaren Seitenbandes am Daumengrundgelenk rechts (Skidaumen) mit Verdacht auf Stener-Läsion

**Anamnese**
Pat. stürzte am 30.01.2026 beim Skifahren mit dem Stock in der rechten Hand. Seither Schmerzen und Schwellung am Daumen.

**Status**
Schwellung und Hämatom ulnar am MCP-I-Gelenk rechts, tastbare Resistenz proximal des Adduktorrandes. Aufklappbarkeit ulnar in 30° Beugung > 40°, kein fester Anschlag. DMS intakt.

**Bildgebung**
Röntgen Daumen rechts in 2 Ebenen (30.01.2026): kein knöcherner Bandausriss, keine Fraktur.
Sonographie (31.01.2026, OA Dr. Pichler): retrahierter Bandstumpf oberhalb der Adduktoraponeurose, vereinbar mit einer Stener-Läsion.

**Therapie**
Daumenschiene (Daumen-Unterarm), Analgesie.

**Procedere / Empfehlung**
Aufgrund der Stener-Läsion ist eine operative Refixation des Seitenbandes innerhalb von 7-10 Tagen nach dem Unfall indiziert. Der Patient wünscht ausdrücklich die operative Versorgung in seiner Heimat; er reist am 01.02.2026 in die Niederlande zurück. Eine Operation wurde hier daher nicht durchgeführt. Wir bitten um zeitnahe Vorstellung bei einem Handchirurgen. Röntgenbilder auf CD mitgegeben.
Krankenstand: bis auf Weiteres.

Mit freundlichen Grüßen

OA Dr. Markus Pichler, FA für Orthopädie und Traumatologie
Dr.in Theresa Eder, Assistenzärztin""")
    d.save(DOCX("te-025"))
    write_label("te-025", ["correspondence"], "specialist", "de", "Austrian outpatient letter (Ambulanzbrief), Word",
                "yes", "no", "yes", date="2026-01-31", also_dates=["2026-01-30"],
                notes="Austrian hospital outpatient care (abroad); 'Jänner' month name; surgery indicated but 'Eine "
                      "Operation wurde hier daher nicht durchgeführt' = no; X-ray (negated finding) and ultrasound "
                      "done; 'Krankenstand' Austrian usage.")


def te026():
    st = styles("DV", 9)

    def first(c, d):
        w, h = d.pagesize
        logo(c, 18 * mm, h - 25 * mm, "circle", (0.3, 0.3, 0.3), 12 * mm)
        text_lines(c, 34 * mm, h - 15 * mm, ["**Röntgeninstitut Limmattal-West AG**",
                                             "MRI · CT · Ultraschall · konventionelles Röntgen",
                                             "Badenerstrasse 21, 8952 Schlieren · Tel. +41 44 733 20 20"],
                   font="DV", size=8)
        c.setFont("DV", 7)
        c.drawString(18 * mm, 10 * mm, "Befund elektronisch visiert. Bilder via Patientenportal oder CD.")

    head = kv_table([["Patientin", "de Haan Lieke, 29.07.1996"], ["Zuweiser", "Dr. med. R. Gisler, Notfallstation, "
                                                                              "Spital Säntisblick"],
                     ["Untersuchung", "MRI Handgelenk rechts nativ (3 Tesla)"],
                     ["Untersuchungsdatum", "22.12.2025"]], st, widths=(44 * mm, 128 * mm))
    body = """**Klinische Angaben / Fragestellung**
Sturz beim Snowboarden am 20.12.2025, Erstversorgung auf unserer Notfallstation mit Schiene. Konventionell radiologisch keine Fraktur, SL-Spalt grenzwertig weit. Bandläsion? Okkulte Fraktur?

**Befund**
Komplette Ruptur des skapholunären Ligamentes im dorsalen und intermediären Anteil, palmarer Anteil ausgedünnt aber in Kontinuität. Erweiterung des SL-Spaltes auf 4 mm. Beginnende DISI-Stellung des Lunatums (radiolunärer Winkel 15°). Kein Knochenmarködem im Skaphoid, keine okkulte Fraktur. TFCC intakt. Lunotriquetrales Band unauffällig. Mässiger Gelenkerguss radiokarpal. Sehnen unauffällig.

**Beurteilung**
1. Akute, weitgehend komplette Ruptur des SL-Bandes rechts mit beginnender DISI-Fehlstellung.
2. Keine Fraktur.
Eine zeitnahe handchirurgische Beurteilung wird empfohlen.

Freundliche Grüsse
Dr. med. Claudia Vogt-Bühler, FMH Radiologie
visiert am 22.12.2025"""
    story = [Spacer(1, 18 * mm), para("MRI-Befund", st["h"]), head, Spacer(1, 6)] + paras(body, st["n"])
    build_pdf(PDF("te-026"), story, first, first, margins=(18, 18, 20, 18))
    write_label("te-026", ["imaging-report"], "radiologist", "de", "Swiss MRI report (private institute)",
                "yes", "unmentioned", "yes", date="2025-12-22",
                notes="Swiss radiology institute; clinical details say first care at a Swiss emergency department "
                      "(Notfallstation) = treated abroad; Swiss spelling (Mässiger, Grüsse, visiert); 'Keine Fraktur' "
                      "negated finding.")


def te059():
    d = new_docx("Arial", 9.5)
    docx_header_footer(d, ["**MVZ Labor Münsterland-West GmbH**", "Medizinische Mikrobiologie, Virologie und "
                           "Infektionsepidemiologie", "Europaplatz 8 · 46399 Bocholt · Tel. +49 2871 2460-0"],
                       footer_text="Befundbericht · Akkreditiert nach DIN EN ISO 15189", page_fmt=("Seite ", "/"))
    dpar(d, "Mikrobiologischer Befund - Endbefund", bold=True, size=12)
    dtable(d, [["Patient", "Wissink, Dirk", "geb.", "02.02.1958"],
               ["Einsender", "Klinikum Bocholt-Süd, Station 3B (Unfallchirurgie)", "Auftrags-Nr.", "2602220731"],
               ["Entnahme", "22.02.2026 07:15", "Eingang", "22.02.2026 10:40"],
               ["Befunddatum", "24.02.2026", "Anforderung", "MRSA-Aufnahmescreening"]], widths_mm=(25, 70, 25, 50))
    dpar(d, "")
    dpar(d, "Klinische Angaben: stationäre Aufnahme am 21.02.2026 nach Sturz, distale Radiusfraktur links; "
            "Patient wohnhaft in den Niederlanden (Winterswijk).")
    dpar(d, "")
    dtable(d, [["Material", "Untersuchung", "Ergebnis"],
               ["Nasenvorhof-Abstrich bds.", "MRSA-Screening kulturell (chromogener Agar)", "MRSA nicht nachgewiesen"],
               ["Rachenabstrich", "MRSA-Screening kulturell", "MRSA nicht nachgewiesen"],
               ["Leistenabstrich", "MRSA-Screening kulturell", "MRSA nicht nachgewiesen"]],
           widths_mm=(50, 65, 55), header=True, bold_first_col=False)
    dpar(d, "")
    dpar(d, "Beurteilung: Kein Nachweis von Methicillin-resistentem Staphylococcus aureus (MRSA) in den untersuchten "
            "Materialien.")
    dpar(d, "Befund freigegeben: Dr. med. U. Terwey, Fachärztin für Mikrobiologie, 24.02.2026")
    d.save(DOCX("te-059"))
    write_label("te-059", ["mrsa-screening"], "lab", "de", "German lab report (Word) with result table",
                "unmentioned", "unmentioned", "yes", date="2026-02-24", also_dates=["2026-02-22"],
                notes="Admission screen of a Dutch resident while inpatient in a German hospital = treated abroad; "
                      "fracture mentioned but no operation stated; the screening itself was taken abroad, so it "
                      "documents the foreign stay rather than a post-return screening.")


def te060():
    d = new_docx("Calibri", 10)
    docx_header_footer(d, ["**Handkliniek Waalkade Nijmegen**", "Fragebogen für neue Patientinnen und Patienten "
                           "(deutschsprachige Fassung)"], footer_text="Formular F-12-DE", page_fmt=("Seite ", " von "))
    dtable(d, [["Name, Vorname", "Terhorst, Sabine"], ["Geburtsdatum", "12.12.1975"],
               ["Wohnort", "Isselburg (Deutschland)"], ["Datum", "05.03.2026"]], widths_mm=(50, 120))
    dpar(d, "")
    dpar(d, "Bitte kreuzen Sie Zutreffendes an.", italic=True)
    dtable(d, [["Frage", "Antwort"],
               ["Welche Hand ist betroffen?", "☒ rechts   ☐ links"],
               ["Seit wann bestehen die Beschwerden?", "seit ca. Oktober 2025"],
               ["Beschwerden", "☒ Schmerzen   ☒ Schwellung   ☐ Kribbeln   ☐ Taubheit   ☒ Schnappen"],
               ["Wurden Röntgenaufnahmen, Ultraschall, CT oder MRT gemacht?",
                "☒ ja   ☐ nein\nwelche / wo: Röntgen Januar 2026, Orthopäde Dr. Lammers, Bocholt"],
               ["Wurden Sie an dieser Hand schon einmal operiert?", "☐ ja   ☒ nein"],
               ["Waren Sie in den letzten 2 Monaten in einem Krankenhaus außerhalb der Niederlande in Behandlung "
                "(auch Notaufnahme)?", "☒ ja   ☐ nein\nwo / wann: Notaufnahme Krankenhaus Bocholt, 28.01.2026 "
                                      "(Handgelenk)"],
               ["Sind Sie MRSA-Trägerin oder arbeiten Sie in der Tierhaltung?", "☐ ja   ☒ nein"],
               ["Nehmen Sie blutverdünnende Medikamente?", "☐ ja   ☒ nein"],
               ["Frühere Operationen (andere)", "Kaiserschnitt 2004, Gallenblase 2019"],
               ["Ihre Frage an den Handchirurgen", "Der Orthopäde möchte eine Sehnenscheide operieren, ich möchte "
                                                    "wissen ob das nötig ist."]],
           widths_mm=(85, 85), header=True, bold_first_col=False)
    dpar(d, "")
    dpar(d, "Unterschrift: S. Terhorst")
    d.save(DOCX("te-060"))
    write_label("te-060", [], "patient", "de", "patient questionnaire in German, tick boxes in table cells",
                "yes", "no", "yes", date="2026-03-05",
                notes="German patient of a Dutch clinic; treated in a German emergency department (outside NL) = yes, "
                      "even though it is her home country; no previous hand operation; caesarean and gallbladder "
                      "other body parts; planned tendon sheath operation is a plan.")


def te061():
    text = """MEDIKATIONSPLAN                                                   Seite 1 von 1
für: Ursula Brandt                                  geb. am: 03.04.1951
ausgedruckt von: Hausarztpraxis Dr. med. H. Leuschner
                 Kaßstraße 22, 46446 Emmerich am Rhein, Tel. 02822 91 88 0
ausgedruckt am:  19.01.2026
--------------------------------------------------------------------------------------------
Wirkstoff        Handelsname     Stärke   Form  mo mi ab zn  Einheit  Hinweise        Grund
--------------------------------------------------------------------------------------------
Ramipril         Ramipril-ratio  5 mg     Tabl  1  0  0  0   Stück                    Bluthochdruck
Amlodipin        Amlodipin AL    5 mg     Tabl  0  0  1  0   Stück                    Bluthochdruck
Metformin        Metformin Lich  850 mg   Tabl  1  0  1  0   Stück    zum Essen       Diabetes
Simvastatin      Simva-Aristo    20 mg    Tabl  0  0  1  0   Stück                    Cholesterin
Metamizol        Novaminsulfon   500 mg   Tabl  bei Bedarf   Stück    max. 4x tgl.    Schmerzen
                                                                                        rechte Hand
Pantoprazol      Panto-Hexal     20 mg    Tabl  1  0  0  0   Stück    vor dem Essen   Magenschutz

Selbstmedikation:
Magnesium        Magnesium Verla 300 mg   Kaps  0  0  1  0   Stück                    Wadenkrämpfe
--------------------------------------------------------------------------------------------
Bitte bringen Sie diesen Plan zu jedem Arzt- und Krankenhausbesuch sowie in die Apotheke mit.
Version 2.7 | ID 1138447092 | www.medikationsplan.example
"""
    write_txt("te-061", text)
    write_label("te-061", [], "other", "de", "German federal-style medication plan, fixed-width text",
                "unmentioned", "unmentioned", "unmentioned", date="2026-01-19",
                notes="Medication plan only (no kind); 'Schmerzen rechte Hand' as indication says nothing about "
                      "imaging, surgery or hospital stays.")


def te062():
    d = new_docx("Cambria", 10.5)
    docx_header_footer(d, ["**Praxisklinik für Handchirurgie am Rathausplatz**",
                           "Dr. med. Sabine Oberländer · Fachärztin für Chirurgie, Handchirurgie",
                           "Rathausplatz 3 · 41334 Nettetal · Tel. 02153 95 77 10"], page_fmt=None,
                       footer_text="Praxisklinik am Rathausplatz · Seite 1")
    dblock(d, """Herrn
W. Janssen, huisarts
Huisartsenpraktijk Blerick-Centrum
Kloosterstraat 21
5922 BN Venlo
Niederlande

Nettetal, 12.02.2026

**Arztbrief**

Patient: Herr Wim Peeters, geb. 27.11.1955, Venlo (NL)
Vorstellung in unserer Sprechstunde am 10.02.2026

Sehr geehrter Herr Kollege Janssen,

vielen Dank für die Überweisung Ihres Patienten, der sich bei uns mit Schmerzen am rechten Daumensattelgelenk vorstellte.

**Diagnose:** Rhizarthrose rechts, Stadium Eaton-Littler III; beginnende Rhizarthrose links

**Anamnese:** Seit ca. 3 Jahren zunehmende Schmerzen an der Daumenbasis rechts, besonders beim Greifen und Drehen. Der Patient ist pensionierter Schreiner und arbeitet noch in seiner Hobbywerkstatt. Zwei Kortisoninfiltrationen durch Sie (2024, 2025) mit jeweils nur kurzer Wirkung, Daumenorthese. Bisher erfolgte keine operative Therapie an der Hand. An Voroperationen bestehen eine Leistenhernien-OP beidseits und eine Prostatektomie (2020).

**Befund:** Adduktionskontraktur des ersten Strahls rechts, positiver Grind-Test, Druckschmerz über dem Sattelgelenk. Hyperextension MCP I 15°. Spitzgriff schmerzhaft. Sensibilität intakt.

**Röntgen** beider Hände d.p. und Sattelgelenk in Spezialprojektion (10.02.2026): rechts deutliche Gelenkspaltverschmälerung, subchondrale Sklerose und Osteophyten > 2 mm, STT-Gelenk unauffällig. Links geringe Gelenkspaltverschmälerung.

**Beurteilung und Empfehlung:** Nach Ausschöpfung der konservativen Therapie empfehlen wir rechts eine Resektions-Suspensions-Arthroplastik (Trapezektomie mit APL-Suspensionsplastik) in Plexusanästhesie, ambulant in unserer Praxisklinik. Nachbehandlung: 4 Wochen Daumenorthese, anschließend Handtherapie. Herr Peeters möchte die Kostenübernahme durch seine niederländische Krankenversicherung (S2-Formular) klären und sich dann zur OP-Terminierung melden.

Mit freundlichen kollegialen Grüßen

Dr. med. S. Oberländer""")
    d.save(DOCX("te-062"))
    write_label("te-062", ["correspondence"], "specialist", "de", "German practice-clinic letter to a Dutch huisarts (Word)",
                "yes", "no", "yes", date="2026-02-12", also_dates=["2026-02-10"],
                notes="Outpatient care in a German clinic (abroad) for a Venlo resident; 'Bisher erfolgte keine "
                      "operative Therapie an der Hand' = no, while hernia and prostatectomy are other body parts; "
                      "arthroplasty only recommended.")


def te063():
    text = """LANDESKRANKENHAUS MÜRZTAL-SÜD
Institut für Radiologie
Vorstand: Prim. Univ.-Doz. Dr. G. Hafner
A-8605 Kapfenberg, Wiener Straße 42 · Tel. +43 3862 380-0

------------------------------------------------------------------------
RÖNTGENBEFUND
------------------------------------------------------------------------
Name:           DRAAISMA Ilse              Geb.-Dat.: 06.06.1968
Aufn.-Zahl:     26/000318                  Station/Amb.: Unfallambulanz
Zuweiser:       Dr. Kröpfl, Unfallambulanz
Untersuchung:   Röntgen linke Hand und linkes Handgelenk, je 2 Ebenen
Unters.-Datum:  03.01.2026 14:20

Klinische Angabe: Sturz auf Glatteis, Schmerzen Handgelenk radial.

Befund:
Kein Hinweis auf eine frische ossäre Läsion im dargestellten Bereich.
Insbesondere kein Frakturnachweis am distalen Radius und am Skaphoid.
Regelrechte Artikulationen. Mäßige Rhizarthrose mit Gelenkspalt-
verschmälerung und kleinen Osteophyten. Heberden-Arthrose DIP II und III.
Weichteile: leichte Schwellung radial.

Beurteilung:
Keine Fraktur. Degenerative Veränderungen wie beschrieben.
Bei persistierender Schmerzsymptomatik im Bereich der Tabatière ist eine
Verlaufskontrolle bzw. MRT in 10-14 Tagen zu empfehlen.

Dr. Katharina Moser, FÄ für Radiologie
elektronisch vidiert 03.01.2026 15:02
------------------------------------------------------------------------
"""
    write_txt("te-063", text)
    write_label("te-063", ["imaging-report"], "radiologist", "de", "Austrian X-ray report, plain text",
                "yes", "unmentioned", "yes", date="2026-01-03",
                notes="Austrian hospital X-ray requested by the trauma outpatient department (Unfallambulanz) for a "
                      "Dutch-named patient = treated abroad; negated fracture findings; hyphenated line break "
                      "'Gelenkspalt-verschmälerung'; MRI only recommended.")


if __name__ == "__main__":
    for f in (te008, te011, te020, te024, te025, te026, te059, te060, te061, te062, te063):
        f()
        print("ok", f.__name__)
