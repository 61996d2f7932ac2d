"""German documents tw-055 .. tw-064 (Germany, Austria, Switzerland; all patients invented)."""
from common import L, P

DOCS = []


def add(stem, fmt, label, body=None, opts=None, parts=None):
    d = {"stem": stem, "fmt": fmt, "label": label, "opts": opts or {}}
    if parts is not None:
        d["parts"] = parts
    else:
        d["body"] = body
    DOCS.append(d)


# ---------------------------------------------------------------- tw-055 German Arztbrief, three signatures in table
add("tw-055", "pdf",
    L(["correspondence"], "2026-11-03", "specialist", "de",
      "German Arztbrief from a BG hand surgery department; Chefarzt, Oberarzt and Assistenzarzt in a signature table",
      "yes", "yes", "yes",
      "Date written as 'Hamburg, den 3. November 2026'; dictation date 28.10.2026 at the bottom. Three signers "
      "in a table (Chefarzt, Oberarzt, Assistenzarzt). The tendon repair is only summarised under Therapie (no "
      "operator/description), so correspondence only. 'MRSA-Screening bei Aufnahme negativ' is a mention. "
      "Dutch lorry driver treated in Hamburg: treated abroad."),
    [
        ("letterhead", ["BG Klinikum Hamburg", "Abteilung für Hand-, Plastische und Mikrochirurgie",
                        "Bergedorfer Straße 10, 21033 Hamburg", "Tel. +49 40 7306-0"], "right"),
        ("p", "BG Klinikum Hamburg - Bergedorfer Str. 10 - 21033 Hamburg"),
        ("p", "Herrn\nDr. med. J. Hiemstra (Hausarzt)\nHuisartsenpraktijk Vinkhuizen\nPenninglaan 2\n9742 AB Groningen\nNIEDERLANDE"),
        ("p", "Hamburg, den 3. November 2026"),
        ("p", "<b>Arztbrief</b>\n<b>Patient: Herr Maarten Kok, geb. 19.03.1977</b>, wohnhaft Groningen (NL)\n"
              "Stationärer Aufenthalt vom 12.10.2026 bis 15.10.2026, ambulante Kontrolle am 27.10.2026"),
        ("p", "Sehr geehrter Herr Kollege Hiemstra,"),
        ("p", "wir berichten über Ihren Patienten, der sich am 12.10.2026 als Arbeitsunfall (Berufskraftfahrer, "
              "Schnittverletzung an einer Ladeklappe im Hamburger Hafen) in unserer Notaufnahme vorstellte."),
        ("h", "Diagnosen"),
        ("p", "- Beugesehnendurchtrennung FDP und FDS Zone II, Zeigefinger rechts\n"
              "- Teildurchtrennung N. digitalis palmaris proprius radialis D2 rechts"),
        ("h", "Therapie"),
        ("p", "12.10.2026: Beugesehnennaht FDP (4-Strang-Kernnaht) und FDS, epineurale Nervennaht D2 rechts in "
              "Plexusanästhesie. Postoperativ Kleinert-Schiene, frühfunktionelle Nachbehandlung."),
        ("h", "Befunde"),
        ("p", "Röntgen rechte Hand in 2 Ebenen vom 12.10.2026: kein knöcherner Begleitschaden, kein Fremdkörper. "
              "MRSA-Screening bei Aufnahme negativ."),
        ("h", "Verlauf und Procedere"),
        ("p", "Reizlose Wundverhältnisse, Fadenzug am 27.10.2026. Der Patient kehrt in die Niederlande zurück. Wir bitten "
              "um Fortführung der Handtherapie nach Kleinert-Protokoll bis zur 6. postoperativen Woche und um "
              "Vorstellung bei einem Handchirurgen vor Ort. Arbeitsunfähig bis auf Weiteres (D-Arzt-Verfahren, BG Verkehr)."),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("sig", [["Prof. Dr. med. H. Brandt", "Chefarzt"], ["Dr. med. S. Wendt", "Oberärztin"],
                 ["K. Yilmaz", "Assistenzarzt"]]),
        ("small", "Diktiert: 28.10.2026 / geschrieben: 02.11.2026 (ab)"),
    ],
    {"footer": "BG Klinikum Hamburg gGmbH  -  Seite {page} von {pages}", "font": "helv"})

# ---------------------------------------------------------------- tw-056 Operationsbericht
add("tw-056", "pdf",
    L(["operation-report"], "2026-08-12", "specialist", "de",
      "German university hospital Operationsbericht (form header + narrative)",
      "yes", "yes", "yes",
      "Classic German OP-Bericht: OP-Datum, Operateur, Assistenz, Anästhesie, Diagnose, Eingriff, narrative. "
      "Intra-operative image intensifier (Bildwandler) control counts as X-ray imaging. Dutch cross-border "
      "worker operated in Münster: treated abroad."),
    [
        ("letterhead", ["Universitätsklinikum Münster", "Klinik für Unfall-, Hand- und Wiederherstellungschirurgie",
                        "Albert-Schweitzer-Campus 1, 48149 Münster"], "left"),
        ("title", "Operationsbericht"),
        ("kv", [("Patient", "de Vries, Johan", "Geb.-Datum", "05.05.1969"),
                ("Fall-Nr.", "26-0812-4471", "Station", "15 Ost"),
                ("OP-Datum", "12.08.2026", "OP-Saal", "Zentral-OP 4, 09:12 - 10:20 Uhr"),
                ("Operateur", "OA Dr. med. F. Lehmann", "Assistenz", "Dr. med. A. Wagner"),
                ("Anästhesie", "Intubationsnarkose (Dr. med. C. Klein)", "Blutsperre", "Oberarm, 250 mmHg, 54 min")],
         {"grid": True}),
        ("p", "<b>Diagnose:</b> Luxationsfraktur der Basis des Os metacarpale I rechts (Bennett-Fraktur)."),
        ("p", "<b>Eingriff:</b> Offene Reposition und Schraubenosteosynthese (2 x 2,0 mm Kortikalisschrauben) MC I rechts."),
        ("p", "<b>OP-Bericht:</b> Rückenlage, Armtisch, Single-Shot-Antibiose. Hautdesinfektion, steriles Abdecken. "
              "Wagner-Zugang über der Basis des MC I. Schonung der sensiblen Äste des R. superficialis n. radialis. "
              "Eröffnung der Gelenkkapsel, Darstellung der Fraktur: volar-ulnares Fragment ca. 30 % der Gelenkfläche. "
              "Reposition unter Sicht und Traktion, temporäre K-Draht-Fixation. Bildwandlerkontrolle: anatomische "
              "Gelenkfläche. Osteosynthese mit zwei 2,0-mm-Schrauben in Lag-Technik. Abschließende Bildwandlerkontrolle "
              "in 2 Ebenen: regelrechte Stellung und Implantatlage. Kapselnaht, Subkutannaht, Hautnaht Einzelknopf 4/0. "
              "Steriler Verband, Daumen-Unterarmgipsschiene."),
        ("p", "<b>Procedere:</b> Hochlagerung, Kühlung. Röntgenkontrolle am 1. postop. Tag. Gips 4 Wochen. "
              "Fadenzug am 12. Tag (ggf. Hausarzt in den Niederlanden)."),
        ("p", "Gez. OA Dr. med. F. Lehmann   12.08.2026 10:48"),
    ],
    {"footer": "UKM  -  Operationsbericht  -  de Vries, Johan  -  Seite {page}/{pages}", "size": 9.5})

# ---------------------------------------------------------------- tw-057 Austrian Kurzbericht OP (docx)
add("tw-057", "docx",
    L(["operation-report"], "2026-02-28", "specialist", "de",
      "Austrian trauma hospital 'OP-Kurzbericht' in Word: short form, few lines",
      "yes", "yes", "yes",
      "Very short operation report ('Kurzbericht') with date, operator, procedure and anaesthesia but only a "
      "two-line course: still the operation report. Ski accident in Salzburg (Austria): treated abroad. "
      "Austrian wording (Jänner, Unfallkrankenhaus, BV-Kontrolle)."),
    [
        ("letterhead", ["AUVA-Unfallkrankenhaus Salzburg", "Dr.-Franz-Rehrl-Platz 5, 5010 Salzburg, Österreich"], "left"),
        ("title", "OP-Kurzbericht"),
        ("kv", [("Patientin", "Schuurman Eline, geb. 14.09.2001"),
                ("OP-Datum", "28.02.2026"),
                ("Operateur", "OA Dr. Markus Huber"),
                ("Assistenz", "Dr. Julia Leitner (Assistenzärztin)"),
                ("Anästhesie", "Plexus axillaris"),
                ("Diagnose", "Distale Radiusfraktur links, extraartikulär, disloziert (Schiunfall 27.02.2026)"),
                ("Eingriff", "Geschlossene Reposition und perkutane Kirschnerdrahtosteosynthese (3 K-Drähte 1,6 mm)"),
                ("Verlauf", "Reposition unter BV-Kontrolle, Drahtosteosynthese komplikationslos. Drähte subkutan versenkt."),
                ("Komplikationen", "keine"),
                ("Weiteres Procedere", "Unterarmgips 6 Wochen, Röntgenkontrolle nach 1 und 2 Wochen, Drahtentfernung nach "
                                       "6 Wochen - Weiterbehandlung im Heimatland (Niederlande). Pat. war bereits im "
                                       "Jänner 2024 hier wegen Knöchelverletzung in Behandlung.")], {"grid": True}),
        ("p", "Salzburg, 28.02.2026 - elektronisch vidiert OA Dr. Huber"),
    ],
    {"footer": "AUVA UKH Salzburg - Kurzbericht - Seite {page}", "size": 10})

# ---------------------------------------------------------------- tw-058 MERGED German bundle
add("tw-058", "pdf",
    L(["correspondence", "imaging-report", "mrsa-screening"], "2026-03-06", "specialist", "de",
      "merged German hospital bundle: Entlassungsbrief + Röntgenbefund + MRSA-Aufnahmescreening",
      "yes", "yes", "yes",
      "Three documents from one German hospital: discharge letter (06.03.2026) with only a brief mention of the "
      "operation, radiology report covering two exams (27.02. and 02.03.2026), MRSA admission screening "
      "(Abstrich 27.02., Befund 01.03.2026) with 'kein MRSA nachgewiesen'. The MRSA result is from abroad and "
      "old - still a lab result.",
      parts=[P(["correspondence"], "2026-03-06", "specialist"),
             P(["imaging-report"], "2026-03-02", "radiologist", also=["2026-02-27"]),
             P(["mrsa-screening"], "2026-03-01", "lab", also=["2026-02-27"])]),
    parts=[
        {"opts": {}, "body": [
            ("letterhead", ["Klinikum Garmisch-Partenkirchen", "Abteilung für Unfallchirurgie und Orthopädie",
                            "Auenstraße 6, 82467 Garmisch-Partenkirchen"], "right"),
            ("p", "Garmisch-Partenkirchen, 06.03.2026"),
            ("p", "<b>Entlassungsbrief</b>\nPatient: Herr Sander Wijnands, geb. 30.11.1966, Eindhoven (NL)\n"
                  "Aufenthalt: 27.02.2026 - 03.03.2026"),
            ("p", "Sehr geehrte Damen und Herren,"),
            ("p", "wir berichten über den o.g. Patienten, der nach einem Skisturz am Hausberg stationär aufgenommen wurde."),
            ("h", "Diagnosen"),
            ("p", "Distale intraartikuläre Radiusfraktur rechts (AO 23-C2)\nNebendiagnose: arterielle Hypertonie"),
            ("h", "Therapie"),
            ("p", "28.02.2026 offene Reposition und winkelstabile palmare Plattenosteosynthese rechts."),
            ("h", "Verlauf"),
            ("p", "Komplikationsloser Verlauf. Röntgenkontrolle postoperativ regelrecht (siehe Befund). Entlassung in "
                  "gutem Allgemeinzustand. Rückreise in die Niederlande mit Begleitperson."),
            ("h", "Procedere"),
            ("p", "Fadenzug am 12. postoperativen Tag. Physiotherapie. Röntgenkontrolle nach 6 Wochen durch "
                  "weiterbehandelnden Arzt. Thromboseprophylaxe bis zur Vollbelastung."),
            ("p", "Mit freundlichen Grüßen\n\nDr. med. T. Gruber, Oberarzt     U. Maier, Assistenzärztin"),
        ]},
        {"opts": {}, "body": [
            ("letterhead", ["Klinikum Garmisch-Partenkirchen - Institut für Radiologie"], "left"),
            ("title", "Befund"),
            ("kv", [("Patient", "Wijnands, Sander", "Geb.", "30.11.1966"),
                    ("Anforderung", "Unfallchirurgie, Station 3B", "Befunddatum", "02.03.2026")], {"grid": True}),
            ("p", "<b>1. Röntgen Handgelenk rechts in 2 Ebenen vom 27.02.2026</b>\nIntraartikuläre distale Radiusfraktur mit "
                  "dorsaler Abkippung von 25° und Stufe in der Gelenkfläche. Abriss des Processus styloideus ulnae."),
            ("p", "<b>2. Röntgen Handgelenk rechts in 2 Ebenen vom 02.03.2026 (postoperativ)</b>\nIm Vergleich zur "
                  "Voraufnahme vom 27.02.2026 Zustand nach palmarer Plattenosteosynthese. Achsengerechte Stellung, "
                  "Gelenkfläche rekonstruiert, keine intraartikuläre Schraubenlage."),
            ("p", "<b>Beurteilung:</b> Regelrechte postoperative Stellung."),
            ("p", "Dr. med. B. Schreiner, Fachärztin für Radiologie"),
        ]},
        {"opts": {"font": "dejavu"}, "body": [
            ("letterhead", ["Synlab MVZ Weilheim - Mikrobiologie / Krankenhaushygiene"], "left"),
            ("title", "Mikrobiologischer Befund"),
            ("kv", [("Patient", "Wijnands, Sander, 30.11.1966", "Einsender", "Klinikum Garmisch-Partenkirchen, Stat. 3B"),
                    ("Abnahme", "27.02.2026", "Eingang", "27.02.2026"),
                    ("Befund vom", "01.03.2026", "Auftrag", "MRSA-Aufnahmescreening")], {"grid": True}),
            ("table", [("Material", "Untersuchung", "Ergebnis"),
                       ("Nasenvorhof-Abstrich", "MRSA-Screening (Kultur, chromogener Agar)", "kein MRSA nachgewiesen"),
                       ("Rachenabstrich", "MRSA-Screening (Kultur)", "kein MRSA nachgewiesen"),
                       ("Leiste", "MRSA-Screening (Kultur)", "kein MRSA nachgewiesen")], {"header": True}),
            ("p", "Endbefund. Dr. med. K. Vogt, Fachärztin für Mikrobiologie, Virologie und Infektionsepidemiologie"),
        ]},
    ],
    opts={"font": "helv"})

# ---------------------------------------------------------------- tw-059 Swiss Zweitmeinung Radiologie
add("tw-059", "pdf",
    L(["imaging-report"], "2026-09-16", "radiologist", "de",
      "Swiss radiology second opinion (Zweitmeinung/Zweitbefundung) of an MRI made in the Netherlands",
      "yes", "unmentioned", "no",
      "Report of a report: the MRI was made 02.09.2026 at MUMC+ Maastricht and re-read remotely in Switzerland "
      "on 16.09.2026; the patient was not seen there ('ausschliesslich anhand der übermittelten Bilder'), so no "
      "care abroad. Swiss spelling without ß. Original Dutch report quoted.",
      also=["2026-09-02"]),
    [
        ("letterhead", ["Kantonsspital Baden", "Institut für Radiologie - Muskuloskelettale Radiologie",
                        "Im Ergel 1, 5404 Baden, Schweiz"], "right"),
        ("title", "Zweitmeinung Radiologie"),
        ("kv", [("Patientin", "Frau Esmée Hendriks-Lambert, geb. 21.07.1985"),
                ("Untersuchung", "MRI Handgelenk links nativ, 3 T"),
                ("Untersuchungsdatum / Ort", "02.09.2026, Maastricht UMC+ (Niederlande)"),
                ("Auftraggeber", "Patientin selbst, via Hausarzt Dr. W. Coenen, Maastricht"),
                ("Datum Zweitbefundung", "16.09.2026")], {"grid": True}),
        ("p", "Die Patientin wurde von uns nicht untersucht; die Beurteilung erfolgte ausschliesslich anhand der "
              "übermittelten DICOM-Daten und des Erstbefundes."),
        ("h", "Erstbefund (Maastricht UMC+, 03.09.2026, sinngemäss übersetzt)"),
        ("quote", "Kein Hinweis auf Bandläsion. Geringer Erguss im DRUG. Keine Fraktur."),
        ("h", "Befund"),
        ("p", "Intrinsische Bänder: SL-Band im dorsalen und membranösen Anteil intakt. Das LT-Band zeigt eine "
              "partielle Ruptur des volaren Anteils mit Flüssigkeit im LT-Intervall. TFCC: degenerative zentrale "
              "Ausdünnung ohne Perforation. Kein Knochenmarködem. Keine Fraktur. Geringer Erguss im DRUG."),
        ("h", "Beurteilung"),
        ("p", "Partielle volare LT-Bandläsion links, im Erstbefund nicht beschrieben. Ansonsten Übereinstimmung mit "
              "dem Erstbefund. Klinische Korrelation (Ballottement-Test) empfohlen."),
        ("p", "Dr. med. R. Kessler, Leitender Arzt Radiologie"),
    ],
    {"footer": "KSB Radiologie - Zweitmeinung - Seite {page}/{pages}", "font": "dejavu", "size": 9.5})

# ---------------------------------------------------------------- tw-060 Austrian Röntgenbefund (docx)
add("tw-060", "docx",
    L(["imaging-report"], "2026-10-07", "radiologist", "de",
      "Austrian private radiology institute report (Röntgenbefund) in Word; Untersuchungsdatum vs Befunddatum",
      "yes", "unmentioned", "yes",
      "Untersuchungsdatum 05.10.2026 and Befunddatum 07.10.2026 at the top; comparison with an earlier X-ray from "
      "LKH Villach (12.08.2026). Imaging abroad (Vienna) for a Dutch student: treated abroad. Austrian terms "
      "(Jänner, Zuweiser, o.B.). 'OP-Indikation?' in the question is a question.",
      also=["2026-10-05"]),
    [
        ("letterhead", ["Röntgeninstitut Döbling", "Dr. E. Pichler & Dr. R. Hofer, Fachärzte für Radiologie",
                        "Billrothstraße 49, 1190 Wien"], "right"),
        ("kv", [("Patient", "Koen Brouwers, geb. 12.12.2000"),
                ("Zuweiser", "Dr. M. Steiner, Arzt für Allgemeinmedizin, 1090 Wien"),
                ("Untersuchungsdatum", "05.10.2026"),
                ("Befunddatum", "07.10.2026")], {"grid": False}),
        ("h", "Untersuchung: Handgelenk rechts a.p. und seitlich, Kahnbeinserie (4 Aufnahmen)"),
        ("p", "Fragestellung: Z.n. Sturz mit dem Mountainbike im Jänner 2026 und erneut 08/2026 (Behandlung LKH Villach). "
              "Persistierende Schmerzen. Kahnbeinpseudarthrose? OP-Indikation?"),
        ("p", "Vergleich: Voraufnahmen LKH Villach vom 12.08.2026."),
        ("h", "Befund"),
        ("p", "Im Vergleich zur Voraufnahme unverändert abgrenzbare Frakturlinie im mittleren Drittel des Os scaphoideum mit "
              "sklerosierten Rändern und beginnender Resorptionszone. Keine Dislokation, kein Humpback. Karpale "
              "Ausrichtung regelrecht, SL-Distanz o.B. Radiokarpalgelenk o.B."),
        ("h", "Zusammenfassung"),
        ("p", "Bild einer beginnenden Kahnbeinpseudarthrose rechts ohne Fehlstellung. Ergänzende CT empfohlen."),
        ("p", "Mit freundlichen kollegialen Grüßen\nDr. Elisabeth Pichler"),
    ],
    {"footer": "Röntgeninstitut Döbling  |  Befund 2026-10-1187  |  Seite {page} von {pages}", "size": 10})

# ---------------------------------------------------------------- tw-061 German lab, no MRSA (txt)
add("tw-061", "txt",
    L([], "2026-11-12", "lab", "de",
      "German outpatient laboratory result (Laborbefund) as fixed-width text, no MRSA",
      "unmentioned", "unmentioned", "unmentioned",
      "Ordinary lab (Blutbild, CRP, HbA1c, Urinstatus), not an MRSA screening; 'MRSA-Screening: nicht "
      "angefordert'. Ordered by a German family doctor, not a hospital, so treated_abroad is unmentioned. "
      "Abnahme/Eingang 10.11.2026 vs Befunddatum 12.11.2026.",
      also=["2026-11-10"]),
    [
        ("pre",
         "MVZ Labor Aachen-Süd                                         LABORBEFUND - Endbefund\n"
         "Einsender: Praxis Dr. med. U. Schmitz, Allgemeinmedizin, Vaals/Aachen (Lichtenbusch)\n"
         "Patient:   Janssen-Offermans, Petra   geb. 02.09.1962   w\n"
         "Auftrag:   2611-40771      Abnahme: 10.11.2026      Eingang: 10.11.2026      Befund: 12.11.2026\n"
         "Klin. Angaben: Schwellung PIP-Gelenke bds., V.a. Polyarthrose DD Arthritis, DM2\n"
         "-----------------------------------------------------------------------------------------\n"
         "Untersuchung               Ergebnis    Einheit     Referenzbereich\n"
         "Leukozyten                 6,9         /nl         3,9 - 10,2\n"
         "Hämoglobin                 13,1        g/dl        12,0 - 15,4\n"
         "Thrombozyten               268         /nl         150 - 370\n"
         "CRP                        3,1         mg/l        < 5,0\n"
         "BSG 1h                     12          mm          < 20\n"
         "HbA1c                      7,2  +      %           4,8 - 5,9\n"
         "HbA1c (IFCC)               55   +      mmol/mol    < 42\n"
         "Harnsäure                  5,4         mg/dl       2,4 - 5,7\n"
         "Rheumafaktor               < 10        IU/ml       < 14\n"
         "Anti-CCP-AK                < 7         U/ml        < 17\n"
         "Urinstatus (Stix)          Glukose neg., Eiweiß neg., Leukozyten neg., Nitrit neg.\n"
         "MRSA-Screening             nicht angefordert\n"
         "-----------------------------------------------------------------------------------------\n"
         "Beurteilung: keine laborchemischen Hinweise auf entzündlich-rheumatische Erkrankung.\n"
         "Dr. med. H. Krämer, Facharzt für Laboratoriumsmedizin                       Seite 1/1\n"),
    ],
    {"txt_wrap": 0})

# ---------------------------------------------------------------- tw-062 German GP Überweisung (form), operated in NL
add("tw-062", "pdf",
    L(["referral"], "2026-11-09", "gp", "de",
      "German GP referral form (Überweisungsschein, Muster-6-like) to a Dutch clinic for a Zweitmeinung",
      "yes", "yes", "no",
      "Form, not a letter: Auftrag 'Zweitmeinung' with a Fragestellung is the question. German GP, but the "
      "operation was done in the Netherlands (CWZ Nijmegen) and no hospital care abroad is stated: "
      "treated_abroad no even though the document itself comes from Germany (GP practice, not a hospital; the "
      "X-ray was also made in Nijmegen). ICD-10 code instead of ICPC. "
      "'Ausstellungsdatum' 09.11.2026.",
      rq=True),
    [
        ("letterhead", ["Überweisungsschein / Überweisung an Facharzt", "(Kurative Behandlung)"], "center"),
        ("kv", [("Krankenkasse", "AOK Rheinland/Hamburg", "Kassen-IK", "104212505"),
                ("Name, Vorname", "Bos, Willemijn", "geb. am", "18.06.1967"),
                ("Anschrift", "Hoffmann-von-Fallersleben-Str. 12, 47533 Kleve", "Status", "1000 1"),
                ("Versicherten-Nr.", "K123456789", "BSNR", "381234500"),
                ("Ausstellungsdatum", "09.11.2026", "LANR", "123456701")],
         {"grid": True, "widths": [0.25, 0.33, 0.14, 0.28]}),
        ("h", "Überweisung an"),
        ("p", "Handchirurgie - Kliniek voor Hand- en Polschirurgie, Zeist (NL)"),
        ("check", [(False, "Ausführung von Auftragsleistungen"), (True, "Konsiliaruntersuchung / Zweitmeinung"),
                   (False, "Mit-/Weiterbehandlung")]),
        ("kv", [("Diagnose / Verdachtsdiagnose", "M18.1 R - Rhizarthrose rechts, Z.n. Denervierung CMC I rechts"),
                ("Befund / Medikation", "Z.n. Denervierung des Daumensattelgelenks rechts 03/2025 im Canisius Wilhelmina "
                                        "Ziekenhuis Nijmegen (Pat. arbeitet in Nijmegen). Persistierende Schmerzen, "
                                        "Kraftminderung. Rö. Daumen re. 09/2026 (CWZ Nijmegen): Eaton III. "
                                        "Ibuprofen 600 mg b.B."),
                ("Auftrag / Fragestellung", "Bitte um Zweitmeinung: Resektionsarthroplastik vs. Prothese vs. Arthrodese? "
                                            "Die Patientin wünscht Behandlung in den Niederlanden.")], {"grid": True, "widths": [0.3, 0.7]}),
        ("p", "Vertragsarztstempel / Unterschrift:\nDr. med. Klaus Verhoeven, Facharzt für Allgemeinmedizin, Kavarinerstr. 1, 47533 Kleve"),
    ],
    {"font": "dejavu", "size": 9.5, "footer": "Muster 6 (ähnlich) - Ausdruck aus Praxissoftware"})

# ---------------------------------------------------------------- tw-063 Swiss hand therapy (Ergotherapie) report
add("tw-063", "docx",
    L([], "2026-10-24", "other", "de",
      "Swiss hand therapy / Ergotherapie report in Word, Swiss spelling",
      "unmentioned", "yes", "yes",
      "Hand therapy report (not a kind) from Zurich: states the partial wrist (STT) arthrodesis at the "
      "Universitätsspital Zürich (operated, treated abroad). Swiss spelling (ss for ß), date "
      "'Zürich, 24. Oktober 2026'."),
    [
        ("letterhead", ["Handtherapie Zürich-Oerlikon", "Ergotherapie / zertifizierte Handtherapie SGHR",
                        "Schaffhauserstrasse 355, 8050 Zürich"], "left"),
        ("p", "Zürich, 24. Oktober 2026"),
        ("p", "<b>Bericht Handtherapie</b>\nPatient: Herr Floris van der Meer, geb. 07.02.1984\n"
              "Zuweisung: Klinik für Plastische Chirurgie und Handchirurgie, Universitätsspital Zürich"),
        ("p", "Sehr geehrte Damen und Herren"),
        ("p", "Herr van der Meer wurde nach einer Teilarthrodese des Handgelenks (STT-Arthrodese) links, durchgeführt am "
              "14.07.2026 am Universitätsspital Zürich, vom 28.07. bis 22.10.2026 bei uns behandelt (16 Sitzungen)."),
        ("p", "Massnahmen: Anpassung einer Handgelenksschiene, Ödemreduktion, Narbenbehandlung, aktive Mobilisation der "
              "Finger, ab der 8. Woche Handgelenksmobilisation."),
        ("p", "Aktueller Befund: Extension/Flexion Handgelenk links 35-0-30°, Faustschluss komplett, Kraft (Jamar) "
              "links 24 kg, rechts 44 kg. Schmerzen VAS 2/10 bei Belastung."),
        ("p", "Herr van der Meer zieht per Ende Oktober in die Niederlande zurück. Wir empfehlen die Fortsetzung der "
              "Handtherapie vor Ort."),
        ("p", "Freundliche Grüsse\n\nCorinne Baumann, dipl. Ergotherapeutin HF, zert. Handtherapeutin"),
    ],
    {"footer": "Handtherapie Zürich-Oerlikon  |  ZSR-Nr. K123456", "size": 10.5})

# ---------------------------------------------------------------- tw-064 Swiss Austrittsbericht with full OP section, i.V.
add("tw-064", "pdf",
    L(["correspondence", "operation-report"], "2026-10-05", "specialist", "de",
      "Swiss cantonal hospital Austrittsbericht with a complete Operationsbericht section, signed 'i.V.'",
      "yes", "yes", "yes",
      "Discharge report (Austrittsbericht, Swiss term) containing the full operation report (date, operator, "
      "anaesthesia, description): both kinds. Signed 'i.V.' (in Vertretung) by the Oberärztin for the Chefarzt, "
      "plus an Assistenzärztin. Swiss dates without leading zeros ('5.10.2026').",
      also=[]),
    [
        ("letterhead", ["Kantonsspital St. Gallen", "Klinik für Hand-, Plastische und Wiederherstellungschirurgie",
                        "Rorschacher Strasse 95, 9007 St. Gallen, Schweiz"], "left"),
        ("p", "Frau Dr. med. A. Willems\nHuisartsenpraktijk Zuidbroek\nNederland"),
        ("p", "St. Gallen, 5.10.2026"),
        ("p", "<b>Austrittsbericht</b>\nPatientin: Frau Ilse Timmermans, geb. 29.4.1958, wohnhaft Apeldoorn (NL)\n"
              "Eintritt 2.10.2026 - Austritt 4.10.2026"),
        ("p", "Sehr geehrte Frau Kollegin"),
        ("p", "Wir berichten Ihnen über die oben genannte Patientin, welche sich während eines Ferienaufenthalts "
              "eine Verletzung der rechten Hand zuzog."),
        ("h", "Diagnosen"),
        ("p", "1. Hundebissverletzung Handrücken rechts mit Strecksehnenverletzung EDC D3 (Zone VI)\n"
              "2. Phlegmone Handrücken rechts"),
        ("h", "Operationsbericht"),
        ("kv", [("Datum", "2.10.2026"), ("Operateur", "Dr. med. L. Frei, Oberärztin"),
                ("Assistenz", "Dr. med. N. Keller, Assistenzärztin"),
                ("Anästhesie", "Plexus axillaris"),
                ("Eingriff", "Débridement, Wundspülung, Naht der Strecksehne EDC D3 rechts, Einlage Drainage")],
         {"grid": False}),
        ("p", "Blutleere am Oberarm. Erweiterung der Bisswunde, Débridement des nekrotischen Gewebes, ausgiebige "
              "Spülung mit 3 l NaCl. Strecksehne EDC D3 zu 70 % durchtrennt, Naht in Kessler-Technik 4/0 und "
              "fortlaufende epitendinöse Naht. Abstrich entnommen. Lockerer Wundverschluss, Easy-Flow-Drainage. "
              "Volare Schiene in Intrinsic-plus-Stellung."),
        ("h", "Verlauf"),
        ("p", "Intravenöse Antibiose mit Amoxicillin/Clavulansäure, rasche Regredienz der Rötung. Drainage am 3.10. "
              "entfernt. Abstrich: Pasteurella multocida, sensibel. Röntgen der Hand präoperativ ohne Fremdkörper oder "
              "Fraktur. MRSA-Abstrich nicht durchgeführt."),
        ("h", "Procedere"),
        ("p", "Orale Antibiose für weitere 7 Tage. Rückreise in die Niederlande am 6.10.2026. Wundkontrolle beim "
              "Hausarzt, Fadenentfernung nach 14 Tagen, Handtherapie nach Strecksehnenprotokoll (Schiene 4 Wochen)."),
        ("p", "Freundliche Grüsse"),
        ("sig", [["i.V. Dr. med. L. Frei", "Oberärztin", "für Prof. Dr. med. M. Ammann, Chefarzt"],
                 ["Dr. med. N. Keller", "Assistenzärztin"]]),
    ],
    {"footer": "KSSG - Austrittsbericht - Timmermans Ilse - Seite {page}/{pages}"})
