"""tp-055 .. tp-064: German documents (Germany, Austria; hospitals, labs, patients, GP)."""
from reportlab.lib import colors

from lib import (BUILD, DOCS, Docx, Pdf, ctext, doc, docx_to_pdf, hline, label, logo_bars,
                 logo_circle, logo_square, merge_pdfs, part, write_txt)

GREY = colors.Color(0.4, 0.4, 0.4)


# ----------------------------------------------------------------------------------------- 055
@doc("tp-055")
def tp055():
    d = Docx(font="Arial", size=9.5, margins_cm=(2.2, 2.0, 1.5, 1.5))
    d.header("Klinikum Oldenburg AöR  ·  Rahel-Straus-Straße 10  ·  26133 Oldenburg", size=7.5)
    d.footer("Klinikum Oldenburg AöR - Vorstand: Dr. R. Meyer (Vors.), K. Albrecht - Sitz Oldenburg")
    d.table([["Klinikum Oldenburg", "Universitätsklinik für Hand-, Plastische\nund "
              "Rekonstruktive Chirurgie\nDirektor: Prof. Dr. med. H. Albers\nTel. +49 441 403-0"]],
            widths_cm=(8, 8.8), header=True, grid=False, size=9)
    d.kv([["", "Oldenburg, 15.08.2026"]], widths_cm=(11, 5.8), bold_labels=False, grid=False)
    d.p("Herrn\nDr. med. (NL) G. Hoogeveen\nHuisartsenpraktijk Winschoten-Oost\nBlijhamsterweg 2\n"
        "9671 AA Winschoten\nNIEDERLANDE", after=10)
    d.p("**Entlassungsbrief**", size=12, after=4)
    d.p("Patient: Herr Jelle Dijkstra, geb. 04.04.1974, wohnhaft in Winschoten (NL)\n"
        "Stationärer Aufenthalt vom 12.08.2026 bis 15.08.2026, Station H3", after=8)
    d.p("Sehr geehrter Herr Kollege,")
    d.p("wir berichten über den o.g. Patienten, der sich vom 12.08. bis 15.08.2026 in unserer "
        "stationären Behandlung befand.")
    d.p("**Diagnosen:**\n- Distale Radiusfraktur links, AO 23-A2, dorsal abgekippt\n"
        "- Arterielle Hypertonie")
    d.p("**Anamnese:** Sturz vom Fahrrad während einer Radtour an der Hunte am 12.08.2026. Vorstellung "
        "über unsere Zentrale Notaufnahme.")
    d.p("**Befunde:** Röntgen linkes Handgelenk in 2 Ebenen: dorsal abgekippte extraartikuläre distale "
        "Radiusfraktur, Ulnavorschub 3 mm. CT zur Planung: keine Gelenkbeteiligung.")
    d.p("**Therapie:** Am 13.08.2026 offene Reposition und winkelstabile palmare Plattenosteosynthese. "
        "Postoperative Röntgenkontrolle regelrecht.")
    d.p("**Verlauf:** komplikationslos, Wunde reizlos, Durchblutung, Motorik und Sensibilität intakt.")
    d.p("**Procedere:**\n- Unterarmschiene für 2 Wochen, danach Ergotherapie/Handtherapie\n"
        "- Fadenzug am 12.-14. postoperativen Tag\n- Röntgenkontrolle nach 6 Wochen\n"
        "- Weiterbehandlung durch Hausarzt und Handchirurgie in den Niederlanden\n"
        "- Thromboseprophylaxe mit Enoxaparin 40 mg s.c. bis zur Schienenabnahme")
    d.p("Mit freundlichen kollegialen Grüßen", after=14)
    d.p("Prof. Dr. med. H. Albers\t\tDr. med. K. Wenzel\nDirektor der Klinik\t\tAssistenzärztin")
    src = BUILD / "tp-055.docx"
    BUILD.mkdir(parents=True, exist_ok=True)
    d.save(src)
    if not docx_to_pdf(src, DOCS / "tp-055.pdf"):
        raise RuntimeError("LibreOffice conversion failed for tp-055")
    return label(["correspondence"], "2026-08-15", "specialist", "de",
                 "German Entlassungsbrief (DOCX converted by LibreOffice), date right-aligned in a cell",
                 imaging="yes", operated="yes", abroad="yes",
                 notes="German hospital admission and operation (one-line 'Therapie', no operator: not an "
                       "operation report); date '15.08.2026' alone in a right-hand table cell; address "
                       "'NIEDERLANDE'.")


# ----------------------------------------------------------------------------------------- 056
@doc("tp-056")
def tp056():
    def page(c, d):
        logo_square(c, 20, 275, 12, colors.Color(0.1, 0.35, 0.25))
        ctext(c, 36, 284, "St. Antonius-Hospital Kleve", 12, "Helvetica-Bold")
        ctext(c, 36, 279.5, "Klinik für Unfallchirurgie, Orthopädie und Handchirurgie", 8.5)
        ctext(c, 36, 276, "Albersallee 5-7, 47533 Kleve  ·  Tel. +49 2821 490-0", 7.5)
        ctext(c, 190, 284, "OPERATIONSBERICHT", 11, "Helvetica-Bold", align="right")
        hline(c, 271)
        ctext(c, 20, 10, f"Ausdruck aus ORBIS - Seite {d.page}", 7, color=GREY)

    pdf = Pdf(DOCS / "tp-056.pdf", on_page=page, margins=(20, 20, 33, 20), size=9)
    pdf.kv([["Patient", "Frau Marieke Gerritsen, geb. 18.01.1963", "Fall-Nr.", "26004417"],
            ["OP-Datum", "03.02.2026", "Saal", "OP 3, ambulant"],
            ["Operateur", "Dr. med. T. Hoffmann (OA)", "Assistenz", "A. Yilmaz (AA)"],
            ["Anästhesie", "i.v.-Regionalanästhesie", "Blutsperre", "250 mmHg, 18 min"]],
           widths=(25, 70, 25, 50), grid=True, size=8.5)
    pdf.kv([["Diagnose", "Karpaltunnelsyndrom rechts (NLG: distale motorische Latenz 6,1 ms)"],
            ["Eingriff", "Offene Spaltung des Retinaculum flexorum rechts (OPS 5-056.40)"],
            ["Bericht", "Rückenlage, Armtisch, Blutsperre. Längsschnitt von ca. 3 cm in Verlängerung "
                        "des Ringfingerstrahls. Durchtrennung der Palmaraponeurose. Darstellung und "
                        "vollständige Spaltung des Retinaculum flexorum unter Sicht bis in den "
                        "distalen Unterarm. Der N. medianus ist sanduhrförmig eingeschnürt und "
                        "hyperämisch, der motorische Ast ist intakt. Keine Neurolyse erforderlich. "
                        "Spülung, Blutstillung nach Öffnen der Blutsperre. Hautnaht mit "
                        "Einzelknopfnähten Prolene 4-0. Steriler Verband."],
            ["Komplikationen", "keine"],
            ["Procedere", "Hochlagern, Fingerbewegung ab sofort. Verbandswechsel am 2. postop. Tag, "
                          "Fadenzug nach 12 Tagen (Hausarzt in den Niederlanden). AU 3 Wochen."]],
           widths=(28, 142), grid=True, size=9)
    pdf.p("Kleve, 03.02.2026 - Dr. med. T. Hoffmann, Oberarzt Handchirurgie", size=8.5, before=4)
    pdf.save()
    return label(["operation-report"], "2026-02-03", "specialist", "de",
                 "German Operationsbericht form (grid)",
                 imaging="unmentioned", operated="yes", abroad="yes",
                 notes="Operation in a German hospital (Kleve) on a Dutch patient; NLG (nerve "
                       "conduction) is not imaging; dates dd.mm.yyyy.")


# ----------------------------------------------------------------------------------------- 057
@doc("tp-057")
def tp057():
    d = Docx(font="Arial", size=10)
    d.table([["Luisenhospital Aachen\nInstitut für Radiologie\nBoxgraben 56, 52064 Aachen",
              "Chefarzt Dr. med. W. Lorenz\nTel. +49 241 414-0"]], widths_cm=(10, 7), header=True,
            grid=False, size=9)
    d.h("Radiologischer Befund", 13)
    d.kv([["Patient", "Lukas Peeters"], ["Geburtsdatum", "27.07.1999"],
          ["Anforderung", "Zentrale Notaufnahme (Dr. Schulte)"],
          ["Untersuchung", "Röntgen rechtes Handgelenk in 2 Ebenen + Kahnbeinserie"],
          ["Untersuchungsdatum", "18.05.2026"],
          ["Fragestellung", "Sturz beim Fußball, Druckschmerz Tabatière. Fraktur?"]],
         widths_cm=(4.5, 12))
    d.p("**Befund:**", after=1)
    d.p("Keine Frakturlinie abgrenzbar, insbesondere kein Nachweis einer Skaphoidfraktur in den "
        "Spezialaufnahmen. Regelrechte Artikulation im Radiokarpal- und Interkarpalgelenk. "
        "Skapholunärer Abstand normal (2 mm). Weichteilschwellung radialseitig.")
    d.p("**Beurteilung:**", after=1)
    d.p("Kein Frakturnachweis. Bei klinischem Verdacht auf okkulte Skaphoidfraktur MRT oder "
        "Verlaufskontrolle nach 10-14 Tagen empfohlen.")
    d.p("Aachen, 18.05.2026\nDr. med. S. Krämer, Fachärztin für Radiologie\n"
        "(elektronisch freigegeben)", size=9)
    d.save(DOCS / "tp-057.docx")
    return label(["imaging-report"], "2026-05-18", "radiologist", "de", "German radiology Befund (DOCX)",
                 imaging="yes", operated="unmentioned", abroad="yes",
                 notes="Tricky: findings negated ('Kein Frakturnachweis') but exam done; requested by a "
                       "German emergency department, so the patient was treated in a hospital abroad; "
                       "MRI only recommended.")


# ----------------------------------------------------------------------------------------- 058
LAB_058 = """\
UNIVERSITÄTSKLINIKUM MÜNSTER
Institut für Medizinische Mikrobiologie
Domagkstraße 10, 48149 Münster                                   Tel. +49 251 83-0

MIKROBIOLOGISCHER BEFUND                                         ENDBEFUND
------------------------------------------------------------------------------
Patient:        van Wijk, Hanneke            geb. 09.06.1988      weibl.
Einsender:      Klinik für Unfall-, Hand- und Wiederherstellungschirurgie, Station 15A
Auftragsnr.:    0126-448-1923
Entnahme:       20.01.2026   Eingang: 20.01.2026   Befunddatum: 22.01.2026
Untersuchung:   MRSA-Aufnahmescreening (stationäre Aufnahme)
------------------------------------------------------------------------------
Material                     Untersuchung              Ergebnis
Nasenvorhof-Abstrich         MRSA-Kultur/PCR           kein MRSA nachgewiesen
Rachen-Abstrich              MRSA-Kultur/PCR           kein MRSA nachgewiesen
Leisten-Abstrich             MRSA-Kultur/PCR           kein MRSA nachgewiesen
------------------------------------------------------------------------------
Beurteilung:  Kein Nachweis von Methicillin-resistentem Staphylococcus aureus.
              Isolierung nicht erforderlich.

Validiert: Dr. med. P. Schröder, Fachärztin für Mikrobiologie
"""


@doc("tp-058")
def tp058():
    write_txt("tp-058", LAB_058)
    return label(["mrsa-screening"], "2026-01-22", "lab", "de",
                 "German hospital MRSA admission screen (text export)",
                 also_dates=["2026-01-20"], imaging="unmentioned", operated="unmentioned",
                 abroad="yes",
                 notes="Tricky: an MRSA screen taken by a German hospital at admission (the patient was "
                       "admitted abroad), not the GP's screening after return; old (January 2026).")


# ----------------------------------------------------------------------------------------- 059
@doc("tp-059")
def tp059():
    d = Docx(font="Times New Roman", size=11)
    d.p("RHÖN-KLINIKUM Campus Bad Neustadt", bold=True, size=13, after=0)
    d.p("Klinik für Handchirurgie · Von-Guttenberg-Straße 11 · 97616 Bad Neustadt a. d. Saale · "
        "Tel. +49 9771 66-0", size=8, after=14)
    d.p("Frau\nDr. J. Mulder\nHuisartsenpraktijk Ootmarsum\nMarkt 3\n7631 BW Ootmarsum\nNiederlande",
        after=10)
    d.p("Bad Neustadt, 02.11.2026", align="right", after=10)
    d.p("**Ambulanter Arztbrief**\nPatientin: Frau Evelien Kroeze, geb. 15.12.1980\n"
        "Vorstellung in der handchirurgischen Sprechstunde am 29.10.2026", after=8)
    d.p("Sehr geehrte Frau Kollegin Mulder,")
    d.p("wir berichten über Ihre Patientin, die sich während eines Kuraufenthaltes in Bad Neustadt in "
        "unserer handchirurgischen Sprechstunde vorstellte.")
    d.p("**Diagnose:** Tendovaginitis stenosans de Quervain links.")
    d.p("**Anamnese:** seit 6 Wochen Schmerzen radialseitig am linken Handgelenk, v. a. beim Heben "
        "ihrer Enkelin. Kein Trauma.")
    d.p("**Befund:** Schwellung und Druckschmerz über dem 1. Strecksehnenfach, Finkelstein-Test "
        "positiv. Sensibilität intakt.")
    d.p("**Sonographie:** Verdickung des Retinakulums über dem 1. Strecksehnenfach mit "
        "Flüssigkeitssaum um APL- und EPB-Sehne, kein Septum nachweisbar.")
    d.p("**Therapie:** Infiltration des 1. Strecksehnenfachs mit 10 mg Triamcinolon und Lidocain, "
        "Daumenorthese für 3 Wochen. Eine operative Versorgung war nicht erforderlich.")
    d.p("**Procedere:** Weiterbehandlung nach Rückkehr in die Niederlande. Bei Persistenz der "
        "Beschwerden ist eine operative Spaltung des 1. Strecksehnenfachs zu erwägen.")
    d.p("Mit freundlichen Grüßen", after=16)
    d.p("Dr. med. F. Brandner\nOberarzt, Klinik für Handchirurgie")
    d.save(DOCS / "tp-059.docx")
    return label(["correspondence"], "2026-11-02", "specialist", "de",
                 "German ambulatory Arztbrief (Times, right-aligned date)",
                 imaging="yes", operated="no", abroad="yes",
                 notes="Outpatient treatment (injection) in a German hand clinic; 'Eine operative "
                       "Versorgung war nicht erforderlich' (not operated) and surgery only to be "
                       "considered; visit date differs from letter date.")


# ----------------------------------------------------------------------------------------- 060
def _p060_brief(path):
    blue = colors.Color(0.0, 0.3, 0.5)

    def page(c, d):
        logo_circle(c, 26, 281, 6, blue)
        ctext(c, 35, 285, "Klinikum Garmisch-Partenkirchen", 12, "Helvetica-Bold", blue)
        ctext(c, 35, 280.5, "Abteilung für Unfallchirurgie, Orthopädie und Sportorthopädie - "
              "Auenstraße 6, 82467 Garmisch-Partenkirchen", 7.5)
        hline(c, 275, color=blue)
        ctext(c, 105, 10, f"Seite {d.page}", 7, color=GREY, align="center")

    pdf = Pdf(path, on_page=page, margins=(22, 20, 30, 20), size=9.5)
    pdf.columns("An den weiterbehandelnden Arzt\n(Hausarzt in den Niederlanden)",
                "Datum: 20.03.2026\nAufnahme: 16.03.2026\nEntlassung: 20.03.2026", widths=(100, 66),
                size=9, after=8)
    pdf.p("<b>Entlassungsbrief</b> - Herr Ruben Smit, geb. 01.02.1990, Utrecht (NL)", size=10.5)
    pdf.p("Sehr geehrte Kolleginnen und Kollegen,")
    pdf.p("wir berichten über o.g. Patienten, der sich nach einem Skiunfall am 16.03.2026 in unserer "
          "stationären Behandlung befand.")
    pdf.p("<b>Diagnosen:</b> Bennett-Fraktur rechts (intraartikuläre Fraktur der Basis des "
          "Os metacarpale I).")
    pdf.p("<b>Therapie:</b> Offene Reposition und Schraubenosteosynthese am 17.03.2026 (siehe "
          "beiliegender OP-Bericht).")
    pdf.p("<b>Verlauf:</b> komplikationslos. Postoperative Röntgenkontrolle (18.03.2026) mit "
          "anatomischer Gelenkstellung.")
    pdf.p("<b>Procedere:</b> Daumenschiene 4 Wochen, Fadenzug nach 12 Tagen, Röntgenkontrolle nach "
          "6 Wochen, Handtherapie. Weiterbehandlung in den Niederlanden.")
    pdf.p("Mit freundlichen Grüßen", before=4, after=10)
    pdf.p("Dr. med. A. Huber, Oberarzt - i.A. Dr. med. L. Brandl, Assistenzärztin")
    pdf.save()


def _p060_op(path):
    def page(c, d):
        ctext(c, 20, 285, "Klinikum Garmisch-Partenkirchen - Unfallchirurgie", 10, "Helvetica-Bold")
        ctext(c, 190, 285, "OP-Bericht", 10, "Helvetica-Bold", align="right")
        hline(c, 281)

    pdf = Pdf(path, on_page=page, margins=(20, 20, 25, 20), size=9)
    pdf.kv([["Patient", "Smit, Ruben, 01.02.1990"], ["OP-Datum", "17.03.2026"],
            ["Operateur", "Dr. med. A. Huber"], ["1. Assistenz", "Dr. med. L. Brandl"],
            ["Narkose", "ITN"], ["Diagnose", "Bennett-Fraktur rechts"],
            ["Operation", "Offene Reposition, Osteosynthese mit 2 Kleinfragmentschrauben 2,0 mm"]],
           widths=(30, 140), grid=True, size=9)
    pdf.p("<b>Operationsbericht:</b> Wagner-Zugang radial am Daumensattelgelenk unter Schonung des "
          "R. superficialis n. radialis. Darstellung der Fraktur, Hämatomausräumung. Reposition der "
          "Gelenkfläche unter Sicht und Bildwandlerkontrolle, temporäre K-Draht-Fixation, dann "
          "Osteosynthese mit zwei Zugschrauben. Gelenkfläche stufenfrei. Schichtweiser Wundverschluss. "
          "Gipsschiene.", before=3)
    pdf.p("Dr. med. A. Huber, 17.03.2026")
    pdf.save()


def _p060_rx(path):
    def page(c, d):
        ctext(c, 20, 285, "Klinikum Garmisch-Partenkirchen - Institut für Radiologie", 10,
              "Helvetica-Bold")
        hline(c, 281)

    pdf = Pdf(path, on_page=page, margins=(20, 20, 25, 20), size=9.5)
    pdf.kv([["Patient", "Smit, Ruben"], ["Geb.", "01.02.1990"], ["Untersuchung", "Röntgen Daumen rechts "
                                                                    "in 2 Ebenen (postoperativ)"],
            ["Datum", "18.03.2026"], ["Anforderung", "Unfallchirurgie, Station 2"]], widths=(30, 140),
           size=9)
    pdf.p("<b>Befund:</b> Z.n. Schraubenosteosynthese einer Bennett-Fraktur rechts mit zwei "
          "Schrauben. Anatomische Reposition, Gelenkfläche stufenfrei. Kein Materialversagen.")
    pdf.p("<b>Beurteilung:</b> regelrechte postoperative Stellung.")
    pdf.p("Dr. med. C. Ostler, Radiologe")
    pdf.save()


@doc("tp-060")
def tp060():
    BUILD.mkdir(parents=True, exist_ok=True)
    parts = [BUILD / "tp-060-1.pdf", BUILD / "tp-060-2.pdf", BUILD / "tp-060-3.pdf"]
    _p060_brief(parts[0])
    _p060_op(parts[1])
    _p060_rx(parts[2])
    merge_pdfs(parts, DOCS / "tp-060.pdf")
    return label(["correspondence", "operation-report", "imaging-report"], "2026-03-20", "specialist",
                 "de", "merged PDF (bijlagen): German Entlassungsbrief + OP-Bericht + Röntgenbefund",
                 also_dates=["2026-03-17", "2026-03-18"], imaging="yes", operated="yes", abroad="yes",
                 notes="Merged file from a German hospital (ski accident); top-level date is the first "
                       "part; the discharge letter's date sits in a right-hand column with admission "
                       "and discharge dates.",
                 parts=[part(["correspondence"], "2026-03-20", "specialist"),
                        part(["operation-report"], "2026-03-17", "specialist"),
                        part(["imaging-report"], "2026-03-18", "radiologist")])


# ----------------------------------------------------------------------------------------- 061
LETTER_061 = """\
Petra Janssen-Weber
Kirchstraße 14
46446 Emmerich am Rhein
Deutschland

An die
Handklinik De Brug
Catharijnesingel 120
3511 GP Utrecht
Niederlande

Emmerich, den 17. November 2026

Anfrage Zweitmeinung - meine rechte Hand

Sehr geehrte Damen und Herren,

ich wohne in Emmerich, arbeite aber in Arnheim und bin in den Niederlanden krankenversichert.
Ich möchte Sie um eine Zweitmeinung bitten.

Im Juli 2025 wurde ich im St. Willibrord-Spital in Emmerich an der rechten Hand operiert
(Ringbandspaltung am Mittelfinger). Danach bekam ich eine starke Schwellung und seitdem kann ich
den Finger nicht mehr ganz beugen. Es wurde ein MRT gemacht, das angeblich "unauffällig" war.

Mein Hausarzt in Arnheim, Herr Dr. de Vries, schickt Ihnen die Überweisung. Die Berichte aus dem
Krankenhaus habe ich angefordert. Leider spreche ich nur wenig Niederländisch - ist ein Gespräch
auf Deutsch oder Englisch möglich?

Mit freundlichen Grüßen

Petra Janssen-Weber
geb. 03.03.1972
Tel. +49 2822 000 4471
"""


@doc("tp-061")
def tp061():
    write_txt("tp-061", LETTER_061, encoding="utf-8")
    return label([], "2026-11-17", "patient", "de", "patient letter in German",
                 imaging="yes", operated="yes", abroad="yes",
                 notes="Patient's own letter (not a referral); operation in a German hospital named by "
                       "name and city; MRI done with normal result; date 'den 17. November 2026'.")


# ----------------------------------------------------------------------------------------- 062
@doc("tp-062")
def tp062():
    def page(c, d):
        ctext(c, 20, 285, "Praxis für Ergotherapie & Handtherapie Sabine Lütke", 11, "Helvetica-Bold",
              colors.Color(0.6, 0.2, 0.2))
        ctext(c, 20, 280.5, "Neustraße 22 · 48599 Gronau (Westf.) · Tel. +49 2562 000 918", 7.5)
        hline(c, 277)

    pdf = Pdf(DOCS / "tp-062.pdf", on_page=page, margins=(22, 22, 30, 20), size=10)
    pdf.lines("Herrn\nDr. med. M. Terhorst\nFacharzt für Allgemeinmedizin\nEnscheder Straße 101\n"
              "48599 Gronau", after=10)
    pdf.p("Gronau, 25.09.2026", align=2)
    pdf.p("<b>Therapiebericht Ergotherapie</b>", size=11)
    pdf.p("Patient: Herr Niels Oude Elferink, geb. 11.11.1995 - Verordnung vom 01.07.2026 "
          "(10 x Ergotherapie, motorisch-funktionelle Behandlung)")
    pdf.p("Sehr geehrter Herr Dr. Terhorst,")
    pdf.p("Herr Oude Elferink befindet sich seit dem 03.07.2026 in unserer Behandlung. Z. n. "
          "operativer Versorgung einer Beugesehnenverletzung D3 rechts (FDP/FDS, Zone 2) am "
          "10.06.2026 im Universitätsklinikum Münster. Nachbehandlung nach Kleinert-Schema bis zur "
          "7. Woche, seitdem aktive Übungen.")
    pdf.table([["", "03.07.2026", "22.09.2026"],
               ["Finger-Hohlhand-Abstand D3", "4,5 cm", "1,0 cm"],
               ["Streckdefizit PIP D3", "-30°", "-10°"],
               ["Grobkraft re/li (kg)", "12 / 44", "30 / 45"]], widths=(65, 35, 35), size=9.5)
    pdf.p("<b>Empfehlung:</b> Folgeverordnung über 10 Einheiten, Schwerpunkt Kraft und Streckung "
          "PIP. Nächtliche Quengelschiene.")
    pdf.p("Mit freundlichen Grüßen", before=6, after=10)
    pdf.p("Sabine Lütke, Ergotherapeutin B.Sc., zertifizierte Handtherapeutin (AfH)")
    pdf.save()
    return label([], "2026-09-25", "other", "de", "German occupational therapy report",
                 imaging="unmentioned", operated="yes", abroad="yes",
                 notes="Therapy report (kind none); operation at a German university hospital named by "
                       "name ('Z. n. operativer Versorgung ... im Universitätsklinikum Münster').")


# ----------------------------------------------------------------------------------------- 063
@doc("tp-063")
def tp063():
    d = Docx(font="Arial", size=9.5)
    d.table([["AUVA-Unfallkrankenhaus Salzburg\nDr.-Franz-Rehrl-Platz 5, 5010 Salzburg, Österreich\n"
              "Tel. +43 5 9393-44000", "Ambulanz Handchirurgie\nAmbulanzbefund / Arztbrief"]],
            widths_cm=(10, 7), header=True, grid=False, size=9)
    d.kv([["Patient", "Sven Hulshof, geb. 28.12.1992, NL-Zwolle"],
          ["Ambulanzdatum", "02.01.2026"],
          ["Unfall", "01.01.2026, Skisturz Obertauern, Daumen re. im Skistock verfangen"]],
         widths_cm=(4, 13))
    d.p("**Befund:** Schwellung und Hämatom ulnarseitig am Daumengrundgelenk rechts, Druckschmerz "
        "über dem ulnaren Seitenband. Aufklappbarkeit in 30° Flexion ca. 35° (Gegenseite 15°), fester "
        "Endpunkt fraglich.")
    d.p("**Röntgen Daumen re. 2 Ebenen:** kein knöcherner Bandausriss, keine Fraktur.")
    d.p("**Diagnose:** Ruptur des ulnaren Seitenbandes am Daumengrundgelenk rechts (Skidaumen), "
        "Stener-Läsion nicht sicher auszuschließen.")
    d.p("**Therapie:** Daumengips (Schiene) in Neutralstellung angelegt, Schmerzmedikation "
        "(Ibuprofen 400 mg bei Bedarf).")
    d.p("**Empfehlung:** eine operative Versorgung (Bandnaht/-refixation) wurde mit dem Patienten "
        "besprochen und wird bei Verdacht auf Stener-Läsion empfohlen. Der Patient wünscht die "
        "weitere Abklärung (Ultraschall/MRT) und ggf. Operation in den Niederlanden; Rückreise "
        "morgen. Röntgenbilder auf CD mitgegeben.")
    d.p("Salzburg, 02.01.2026\nOA Dr. B. Leitner, Facharzt für Unfallchirurgie", size=9)
    d.save(DOCS / "tp-063.docx")
    return label(["correspondence"], "2026-01-02", "specialist", "de",
                 "Austrian trauma hospital outpatient report (DOCX)",
                 imaging="yes", operated="unmentioned", abroad="yes",
                 notes="Tricky: treated in an Austrian hospital (outpatient, splint); operation only "
                       "discussed and recommended; ultrasound/MRI planned; X-ray done with negative "
                       "findings; old date 02.01.2026.")


# ----------------------------------------------------------------------------------------- 064
UEB_064 = """\
Gemeinschaftspraxis Dr. med. Hans-Peter Wessels & Dr. med. Anna Tenbrink
Fachärzte für Allgemeinmedizin
Nordstraße 40, 46399 Bocholt - Tel. +49 2871 000 2290 - BSNR 71 3420 100

                                ÜBERWEISUNG / ARZTBRIEF

An:            Handklinik De Brug, Utrecht (NL) - Zweitmeinung Handchirurgie
Datum:         27.10.2026

Patient:       Herr Bernd Schulte-Hemming
geb.:          06.05.1958
Anschrift:     Dingdener Straße 118, 46395 Bocholt
Versicherung:  AOK NordWest (Grenzgänger, Zweitmeinung auf Wunsch des Patienten)

Auftrag:       Zweitmeinung / Konsil
Diagnose:      Rhizarthrose rechts (ICD-10 M18.1), Stadium III nach Eaton

Fragestellung:
Bitte um Zweitmeinung zur Therapie der Rhizarthrose rechts: ist eine Resektionsarthroplastik
(Trapezektomie) oder eine Prothese sinnvoll, oder sollte weiter konservativ behandelt werden?

Bisheriger Verlauf:
Seit 2024 zunehmende Schmerzen am rechten Daumensattelgelenk. Röntgen beider Hände (radiologische
Praxis Bocholt, 02/2026): Rhizarthrose rechts Eaton III, links II. Zwei Kortisoninfiltrationen
(03/2026 und 06/2026) mit jeweils nur kurzer Wirkung. Im April 2026 ambulante Vorstellung in
der Notaufnahme des St. Agnes-Hospitals Bocholt wegen akuter Schmerzexazerbation (Schiene,
Analgesie). Bisher nicht operiert. Der Patient arbeitet als Landwirt.

Medikation:    Ramipril 5 mg 1-0-0, Ibuprofen 600 mg bei Bedarf
Allergien:     keine bekannt

Mit freundlichen kollegialen Grüßen

Dr. med. Anna Tenbrink
Fachärztin für Allgemeinmedizin
"""


@doc("tp-064")
def tp064():
    write_txt("tp-064", UEB_064)
    return label(["referral"], "2026-10-27", "gp", "de", "German GP Überweisung (plain text)",
                 referral_question=True, imaging="yes", operated="no", abroad="yes",
                 notes="German GP referral asking a second opinion under 'Fragestellung'; care at a "
                       "German hospital's emergency department counts as treated abroad; 'Bisher "
                       "nicht operiert'; operations only asked about.")
