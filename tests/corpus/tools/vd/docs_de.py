"""German-language documents vd-055 .. vd-063 (Germany, Austria, Switzerland; all fictional)."""
from common import CLINIC, CLINIC_ADDR, label, part

DOCS = []

# ---------------------------------------------------------------------------------------------- vd-055
DOCS.append(dict(
    stem="vd-055", fmt="pdf",
    opts=dict(font="times", size=10.5,
              header=["Klinikum Niederrhein-Süd - Klinik für Hand-, Plastische und Rekonstruktive Chirurgie"],
              header_from=2,
              footer="Klinikum Niederrhein-Süd gGmbH - Albersallee 99 - 47533 Kleve - Tel. +49 2821 555-0 - "
                     "Amtsgericht Kleve HRB 9999\nSeite {page} von {pages}",
              meta=dict(title="Arztbrief", creator="KIS Arztbriefschreibung")),
    blocks=[
        ("letterhead", {"name": "Klinikum Niederrhein-Süd", "sub": ["Klinik für Hand-, Plastische und Rekonstruktive Chirurgie",
                                                                    "Chefarzt Prof. Dr. med. H. Reinartz"],
                        "lines": ["Albersallee 99", "47533 Kleve", "Sekretariat: +49 2821 555-4410",
                                  "handchirurgie@kns.example"], "logo": "cross", "color": (0, 70, 130)}),
        ("addr_meta", ["Herrn", "Huisarts J. Peeters", "Huisartsenpraktijk Maasboulevard", "Maasboulevard 12",
                       "NL-5911 AA Venlo"],
         [("Datum", "02.11.2026"), ("Unser Zeichen", "Rei/kb"), ("Fall-Nr.", "2026-0078813"),
          ("Ambulant", "29.10.2026")]),
        ("p", "**Ihr Patient: Herr Frans Gielen, geb. 12.02.1964, wohnhaft Parade 5, NL-5911 CA Venlo**"),
        ("p", "Sehr geehrter Herr Kollege Peeters,"),
        ("p", "wir berichten über die ambulante Vorstellung Ihres o. g. Patienten in unserer handchirurgischen "
              "Sprechstunde am 29.10.2026."),
        ("h", "Diagnosen"),
        ("p", "1. Rhizarthrose rechts, Stadium III nach Eaton-Littler\n"
              "2. Z. n. Resektionsarthroplastik (Trapezektomie mit APL-Suspensionsplastik) links 03/2024 in "
              "unserem Hause, beschwerdefrei\n3. Arterielle Hypertonie"),
        ("h", "Anamnese"),
        ("p", "Seit etwa einem Jahr zunehmende belastungsabhängige Schmerzen am rechten Daumensattelgelenk, "
              "Kraftverlust beim Schlüsseldrehen. Zwei Kortisoninfiltrationen (zuletzt 06/2026) mit nur "
              "kurzfristiger Besserung. Mit dem Ergebnis links ist der Patient sehr zufrieden."),
        ("h", "Befund"),
        ("p", "Rechts: Druckschmerz über dem Daumensattelgelenk, positiver Grind-Test, beginnende "
              "Adduktionsfehlstellung des ersten Mittelhandknochens, MCP-Hyperextension 15 Grad. "
              "Links: reizlose Narbe, Kraftgrad 5/5, Kapandji 10."),
        ("h", "Bildgebung"),
        ("p", "Röntgen Daumensattelgelenk rechts in 2 Ebenen vom 29.10.2026: deutliche Gelenkspaltverschmälerung, "
              "Osteophyten, STT-Gelenk unauffällig."),
        ("h", "Beurteilung und Procedere"),
        ("p", "Symptomatische Rhizarthrose rechts bei ausgeschöpfter konservativer Therapie. Wir haben dem "
              "Patienten die operative Versorgung analog zur Gegenseite angeboten. Der Patient wünscht vor einer "
              "Entscheidung eine Zweitmeinung in den Niederlanden. Selbstverständlich stehen wir für Rückfragen "
              "zur Verfügung; die Röntgenbilder wurden dem Patienten auf CD mitgegeben."),
        ("sig", ["Mit freundlichen kollegialen Grüßen", "",
                 "Prof. Dr. med. H. Reinartz          Dr. med. K. Bongartz          M. Sayed",
                 "Chefarzt                                      Oberarzt                           Assistenzarzt"]),
        ("small", "Dieser Brief wurde elektronisch erstellt und freigegeben (02.11.2026) und ist ohne Unterschrift "
                  "gültig."),
    ],
    label=label(["correspondence"], "2026-11-02", "specialist", "de",
                "German Arztbrief (KIS template), Diagnosen/Befund/Beurteilung, three signature columns",
                "yes", "yes", "yes",
                "German hospital examined a Dutch resident (treated abroad); the earlier trapeziectomy was on the "
                "LEFT hand while the second opinion is about the right thumb - counted as operated because it is a "
                "hand operation (judgement call); surgery on the right only offered; letter vs visit date.",
                also_dates=["2026-10-29"]),
))

# ---------------------------------------------------------------------------------------------- vd-056
DOCS.append(dict(
    stem="vd-056", fmt="pdf",
    opts=dict(font="helv", size=9.5,
              header=["St.-Hildegard-Krankenhaus Moselhöhe - Abteilung für Handchirurgie"],
              header_right="OP-Bericht - Seite {page}/{pages}",
              footer="St.-Hildegard-Krankenhaus Moselhöhe gGmbH - Moselufer 12 - 54290 Trier - +49 651 555-0",
              meta=dict(title="Operationsbericht", creator="OP-Dokumentation")),
    blocks=[
        ("title", "OPERATIONSBERICHT", {"size": 14}),
        ("kv2",
         [("Patient", "Visser, Anouk"), ("geb.", "17.06.1979"), ("Fallnummer", "H-26-044711"),
          ("Station", "Tagesklinik")],
         [("OP-Datum", "17.06.2026"), ("Operateur", "Dr. med. T. Morbach"), ("1. Assistenz", "A. Kessler, AÄ"),
          ("Anästhesie", "Plexusanästhesie (axillär), Dr. R. Lenz"), ("Blutsperre", "18 min, 250 mmHg")],
         {"grid": True}),
        ("kv", [("Diagnose", "Karpaltunnelsyndrom rechts (elektroneurographisch gesichert)"),
                ("Eingriff", "Offene Karpaldachspaltung rechts"),
                ("OPS", "5-056.40")], {"lw": 30}),
        ("h", "Bericht"),
        ("p", "Team-Time-out. Rückenlage, Hand auf dem Handtisch, Anlage der Blutsperre. Steriles Abwaschen und "
              "Abdecken. Ca. 2,5 cm lange Längsinzision in der Hohlhand in Verlängerung der Radialseite des "
              "Ringfingers. Durchtrennung der Palmaraponeurose. Darstellung des Retinaculum flexorum, das unter "
              "Sicht vollständig gespalten wird. Der N. medianus zeigt eine deutliche Einschnürung mit "
              "Hyperämie. Der motorische Ast ist intakt. Keine Raumforderung im Karpalkanal. Spülung, Blutstillung "
              "nach Öffnen der Blutsperre. Hautnaht Einzelknopf Prolene 4-0. Steriler Verband, "
              "Unterarmgipsschiene in Funktionsstellung."),
        ("h", "Procedere"),
        ("p", "Hochlagerung, Fingerbewegungsübungen ab sofort. Schiene für 1 Woche. Verbandswechsel am 2. "
              "postoperativen Tag. Fäden ex am 12.-14. postoperativen Tag beim Hausarzt. Arbeitsunfähigkeit "
              "ca. 3 Wochen."),
        ("small", "Diktiert: 17.06.2026 Dr. med. T. Morbach - geschrieben: 18.06.2026 ba - elektronisch freigegeben"),
    ],
    label=label(["operation-report"], "2026-06-17", "specialist", "de",
                "German Operationsbericht, two-column grid, OPS code, no letterhead block (name in header)",
                "unmentioned", "yes", "yes",
                "Birth date 17.06.1979 has the same day and month as the operation; dictated vs typed date "
                "(typing date not taken as own date); nerve conduction ('elektroneurographisch') is not imaging."),
))

# ---------------------------------------------------------------------------------------------- vd-057
DOCS.append(dict(
    stem="vd-057", fmt="docx",
    opts=dict(font="Arial", size=10,
              footer="Radiologische Gemeinschaftspraxis am Stadtpark - Monheimsallee 99 - 52062 Aachen - "
                     "Tel. +49 241 555 7700 - Seite {page}",
              meta=dict(author="RIS", title="Befundbericht")),
    blocks=[
        ("letterhead", {"name": "Radiologische Gemeinschaftspraxis am Stadtpark",
                        "sub": ["Dr. med. C. Hoven - Dr. med. P. Lambertz - Fachärzte für Radiologie"],
                        "lines": ["Monheimsallee 99, 52062 Aachen", "Tel. +49 241 555 7700"], "logo": "square",
                        "color": (60, 60, 60), "size": 12}),
        ("addr", ["Herrn Dr. med. W. Schröder", "Facharzt für Orthopädie und Unfallchirurgie", "Theaterstraße 9",
                  "52062 Aachen"]),
        ("kv", [("Patient", "Frau Romy Janssen, geb. 23.09.1999"), ("Wohnort", "Kerkrade (NL)"),
                ("Untersuchung", "MRT des rechten Handgelenks nativ"), ("Untersuchungsdatum", "21.09.2026"),
                ("Befunddatum", "22.09.2026"), ("Überweiser", "Dr. med. W. Schröder")], {"grid": True}),
        ("h", "Fragestellung"),
        ("p", "Z. n. Skaphoidfraktur rechts 03/2026, konservativ im Gips behandelt, keine operative Versorgung. "
              "Persistierende Schmerzen. Pseudarthrose? Nekrose des proximalen Pols?"),
        ("h", "Technik"),
        ("p", "1,5 T, Oberflächenspule; koronare T1, koronare und axiale PD fs, sagittale T2."),
        ("h", "Befund"),
        ("p", "Persistierender Frakturspalt im mittleren Drittel des Skaphoids mit flüssigkeitsäquivalentem "
              "Signal und randständiger Sklerose. Keine knöcherne Überbrückung. Der proximale Pol zeigt in T1 ein "
              "erhaltenes Fettmarksignal, kein Hinweis auf avaskuläre Nekrose. Diskretes Knochenmarködem im "
              "distalen Fragment. SL-Band und TFCC intakt. Kein Gelenkerguss."),
        ("h", "Beurteilung"),
        ("p", "1. Pseudarthrose des Skaphoids rechts im mittleren Drittel.\n"
              "2. Kein Anhalt für eine Nekrose des proximalen Pols.\n3. Intakte intrinsische Bänder."),
        ("sig", ["Mit freundlichen kollegialen Grüßen", "", "Dr. med. P. Lambertz, Facharzt für Radiologie"]),
    ],
    label=label(["imaging-report"], "2026-09-22", "radiologist", "de",
                "German radiology practice Befundbericht (DOCX, field table)",
                "yes", "no", "yes",
                "Requester is an orthopaedic surgeon with a Fragestellung (not a referral); 'keine operative "
                "Versorgung'; German private practice examined a Dutch resident (Kerkrade), counted as care "
                "abroad; exam vs report date; birth date 23.09 next to 21./22.09.",
                also_dates=["2026-09-21"]),
))

# ---------------------------------------------------------------------------------------------- vd-058
DOCS.append(dict(
    stem="vd-058", fmt="txt",
    opts={"crlf": True},
    text="""
MVZ Labormedizin Rhein-Ruhr GmbH
Mikrobiologie, Virologie und Infektionsepidemiologie
Kruppstraße 99, 45128 Essen  -  Tel. +49 201 555 3100

BEFUNDBERICHT - ENDBEFUND                                 Befunddatum: 18.09.2026

Einsender : Klinikum Essen-Nord, Klinik für Unfallchirurgie, Station 3B
Patient   : Meijer, Sander        geb. 16.09.1985        m
Auftrag   : 2609-557102           Entnahme: 16.09.2026 07:40   Eingang: 16.09.2026 11:15

Untersuchung: MRSA-Screening (Aufnahmescreening)

Material              Untersuchung            Ergebnis
--------------------  ----------------------  ------------------------------
Abstrich Nase         MRSA-Kultur             kein MRSA nachgewiesen
Abstrich Rachen       MRSA-Kultur             kein MRSA nachgewiesen
Abstrich Leiste       MRSA-Kultur             kein MRSA nachgewiesen

Beurteilung:
Kein Nachweis von Methicillin-resistentem Staphylococcus aureus (MRSA) in den
eingesandten Materialien.

Klinische Angaben des Einsenders: Aufnahme nach Sturz mit Handverletzung rechts,
niederländischer Staatsangehöriger.

Dieser Befund wurde elektronisch validiert von Dr. med. B. Kowalski,
Fachärztin für Mikrobiologie, 18.09.2026 10:02
""",
    label=label(["mrsa-screening"], "2026-09-18", "lab", "de", "German lab MRSA admission screen, plain text (CRLF)",
                "unmentioned", "unmentioned", "yes",
                "Sender is a German hospital ward with 'Aufnahmescreening' and 'Aufnahme nach Sturz', so the patient "
                "was admitted abroad; birth date 16.09.1985 equals the sampling day and month; sampling vs report "
                "date.",
                also_dates=["2026-09-16"]),
))

# ---------------------------------------------------------------------------------------------- vd-059
DOCS.append(dict(
    stem="vd-059", fmt="pdf",
    opts=dict(font="helv", size=9.5,
              header=["A.ö. Landeskrankenhaus Hohe Salve - Unfallchirurgie und Sporttraumatologie"],
              header_from=2, header_right="Seite {page}/{pages}",
              footer="A.ö. Landeskrankenhaus Hohe Salve - Bahnhofstraße 99, 6300 Wörgl, Österreich - "
                     "Tel. +43 5332 555-0 - DVR 0099999\nSeite {page} von {pages}",
              meta=dict(title="Entlassungsbrief", creator="KIS")),
    blocks=[
        ("letterhead", {"name": "Landeskrankenhaus Hohe Salve", "sub": ["Abteilung für Unfallchirurgie und Sporttraumatologie",
                                                                       "Vorstand: Prim. Univ.-Doz. Dr. G. Haider"],
                        "lines": ["Bahnhofstraße 99", "6300 Wörgl, Österreich", "+43 5332 555-0"], "logo": "cross",
                        "color": (200, 0, 0)}),
        ("p", "Wörgl, am 16. Feber 2026"),
        ("addr", ["An die weiterbehandelnde Ärztin / den weiterbehandelnden Arzt", "bzw. Patientin mitgegeben"]),
        ("title", "Entlassungsbrief", {"size": 13}),
        ("kv", [("Patientin", "Frau Marit Schouten, geb. 04.02.1974"),
                ("Adresse", "Kerkweg 18, NL-3911 AB Rhenen, Niederlande"),
                ("Aufnahme", "14.02.2026"), ("Entlassung", "16.02.2026"), ("Zahl", "LKH-HS 26/01187")],
         {"cols": 1, "lw": 28}),
        ("p", "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege!"),
        ("p", "Wir berichten über Ihre Patientin, die sich nach einem Schiunfall am 14.02.2026 in unserer "
              "stationären Behandlung befand."),
        ("h", "Diagnosen"),
        ("p", "Distale Radiusfraktur links, extraartikulär, dorsal abgekippt (AO 23-A3)\n"
              "Prellung rechtes Knie"),
        ("h", "Operation am 14.02.2026"),
        ("kv", [("Eingriff", "Offene Reposition und Plattenosteosynthese distaler Radius links (palmare "
                             "winkelstabile Platte)"),
                ("Operateur", "OA Dr. S. Wallner"), ("Assistenz", "Dr. L. Pichler"),
                ("Narkose", "Plexusanästhesie (infraklavikulär)"),
                ("OP-Verlauf", "Palmarer Zugang nach Henry, Darstellung der Fraktur, offene Reposition unter "
                               "BV-Kontrolle, temporäre Kirschnerdraht-Fixation, Anlage einer 2,4 mm palmaren "
                               "winkelstabilen Platte (3 Schaft-, 7 distale Schrauben). Abschließende "
                               "BV-Kontrolle in zwei Ebenen: anatomische Stellung, korrekte Schraubenlagen. "
                               "Refixation des M. pronator quadratus, Hautnaht. Dorsale Gipsschiene."),
                ("Komplikationen", "keine")], {"grid": True, "lw": 32}),
        ("h", "Verlauf"),
        ("p", "Komplikationsloser Verlauf. Röntgenkontrolle am 15.02.2026: regelrechte Stellung und "
              "Implantatlage. Durchblutung, Motorik und Sensibilität der Finger intakt."),
        ("h", "Therapieempfehlung"),
        ("p", "Gipsschiene für 2 Wochen, danach Bewegungstherapie. Wundkontrolle und Entfernung des Nahtmaterials "
              "am 12. Tag beim Hausarzt in den Niederlanden. Röntgenkontrolle nach 6 Wochen. "
              "Medikation: Mexalen 500 mg bei Bedarf bis 3x tgl., Lovenox 40 mg s.c. 1x tgl. bis zur "
              "Gipsabnahme."),
        ("sig", ["Mit kollegialen Grüßen", "", "OA Dr. S. Wallner", "für Prim. Univ.-Doz. Dr. G. Haider"]),
    ],
    label=label(["correspondence", "operation-report"], "2026-02-16", "specialist", "de",
                "Austrian hospital discharge letter (Entlassungsbrief) with full operation section",
                "yes", "yes", "yes",
                "Austrian date 'am 16. Feber 2026'; skiing holiday with admission and operation abroad; full "
                "operation table (date, operator, description) makes it also an operation report; knee contusion "
                "is another body part; birth date 04.02 near the dates."),
))

# ---------------------------------------------------------------------------------------------- vd-060
DOCS.append(dict(
    stem="vd-060", fmt="docx",
    opts=dict(font="Arial", size=10,
              header=["Kantonsspital Limmatfeld  |  Klinik für Handchirurgie  |  Sprechstundenbericht"],
              footer="Kantonsspital Limmatfeld, Spitalstrasse 99, 8952 Schlieren - Tel. +41 44 555 11 00 - Seite {page}",
              meta=dict(author="KSL", title="Sprechstundenbericht")),
    blocks=[
        ("letterhead", {"name": "Kantonsspital Limmatfeld", "sub": ["Klinik für Handchirurgie"],
                        "lines": ["Spitalstrasse 99", "8952 Schlieren", "Tel. +41 44 555 11 00"], "logo": "cross",
                        "color": (200, 0, 0)}),
        ("addr", ["Frau Dr. med. S. Brunner", "Fachärztin FMH für Allgemeine Innere Medizin", "Badenerstrasse 99",
                  "8004 Zürich"]),
        ("p", "Schlieren, 5. Oktober 2026"),
        ("p", "**Sprechstundenbericht vom 02.10.2026**\n"
              "Patient: Herr Thijs van der Laan, 14.10.1968, Seestrasse 99, 8002 Zürich"),
        ("p", "Sehr geehrte Frau Kollegin"),
        ("p", "Besten Dank für die Zuweisung Ihres Patienten, den wir am 02.10.2026 in unserer Sprechstunde "
              "gesehen haben."),
        ("h", "Diagnose"),
        ("p", "Tendovaginitis stenosans (schnellender Finger) Dig. III rechts, Stadium Quinnell 3"),
        ("h", "Anamnese"),
        ("p", "Seit 4 Monaten schmerzhaftes Schnappen des rechten Mittelfingers, morgens blockiert. Bisher keine "
              "Infiltration. Keine Voroperationen an der Hand. Diabetes mellitus Typ 2."),
        ("h", "Befund"),
        ("p", "Druckdolenz und tastbarer Knoten über dem A1-Ringband Dig. III rechts, reproduzierbares Schnappen "
              "mit aktiver Streckhemmung. Keine Flexionskontraktur."),
        ("h", "Bildgebung"),
        ("p", "Keine Bildgebung erfolgt; diese ist bei klinisch eindeutigem Befund nicht erforderlich."),
        ("h", "Procedere"),
        ("p", "Wir haben heute eine Kortikosteroid-Infiltration der Sehnenscheide durchgeführt. Bei Persistenz "
              "haben wir die operative Ringbandspaltung angeboten. Der Patient zieht im Dezember beruflich nach "
              "Arnhem (NL) und möchte das weitere Vorgehen dort mit einem Handchirurgen besprechen, allenfalls "
              "im Sinne einer Zweitmeinung. Eine Kopie dieses Berichts geht an den Patienten."),
        ("sig", ["Freundliche Grüsse", "", "Dr. med. A. Keller", "Oberärztin Handchirurgie",
                 "", "Dr. med. R. Frei, Assistenzarzt"]),
    ],
    label=label(["correspondence"], "2026-10-05", "specialist", "de",
                "Swiss outpatient report (Sprechstundenbericht), Swiss spelling without ß",
                "no", "no", "yes",
                "Swiss hospital treated the patient (injection), so treated abroad; 'Keine Bildgebung erfolgt'; "
                "'Keine Voroperationen an der Hand'; surgery only offered; report date vs consultation date; "
                "birth date 14.10.1968 close to the dates.",
                also_dates=["2026-10-02"]),
))

# ---------------------------------------------------------------------------------------------- vd-061
DOCS.append(dict(
    stem="vd-061", fmt="txt",
    opts={},
    text="""
Gemeinschaftspraxis Dr. med. A. Többen & Dr. med. R. Lammers
Fachärzte für Allgemeinmedizin
Enscheder Straße 99, 48599 Gronau (Westf.)  -  Tel. +49 2562 555 80  -  Fax +49 2562 555 81

An die
Kliniek voor Hand- en Polschirurgie Oosterlaan
Oosterlaan 220
NL-3581 KX Utrecht

Gronau, 27.10.2026

Überweisung zur Zweitmeinung (Handchirurgie)

Patientin: Frau Svenja Hüsken, geb. 30.10.1990
           Ochtruper Straße 12, 48599 Gronau (Westf.)
Versicherung: Gesundheitskasse Münsterland (gesetzlich), Vers.-Nr. X999999999 - Kostenübernahme über
           S2-Formular beantragt

Sehr geehrte Kolleginnen und Kollegen,

ich überweise Ihnen meine Patientin mit der Bitte um eine Zweitmeinung. Frau Hüsken
arbeitet in Enschede und wünscht ausdrücklich eine Beurteilung in Ihrer Klinik.

Fragestellung:
Rezidiv eines dorsalen Handgelenksganglions links 3 Monate nach Exzision. Ist eine
erneute Exzision sinnvoll, oder empfehlen Sie ein anderes Vorgehen (z. B. arthroskopische
Resektion)?

Vorgeschichte:
- 2009 Tonsillektomie
- 2017 Sectio caesarea
- Hashimoto-Thyreoiditis, substituiert
- seit 2024 dorsales Ganglion Handgelenk links

Bisherige Behandlungen:
- 05/2026 Röntgen und Sonographie Handgelenk links (Radiologie Gronau): Ganglion
  18 mm, ossär unauffällig
- 07/2026 ambulante operative Exzision des Ganglions, Klinikum Münsterland-West, Ahaus
  (Operateur Dr. Brinkmann), histologisch Ganglion
- 08-09/2026 Ergotherapie, 10 Sitzungen
- 10/2026 Rezidiv sonographisch bestätigt (12 mm)

Medikation: L-Thyroxin 75 µg 1-0-0
Allergien: keine bekannt

Anbei erhalten Sie den OP-Bericht und den Sonographiebefund.

Mit freundlichen kollegialen Grüßen

Dr. med. R. Lammers
Fachärztin für Allgemeinmedizin
""",
    label=label(["referral", "history"], "2026-10-27", "gp", "de",
                "German GP referral letter (Überweisung zur Zweitmeinung) with Vorgeschichte and "
                "bisherige Behandlungen, plain text",
                "yes", "yes", "yes",
                "German GP refers a German resident to the Dutch clinic; all care (imaging, excision) in Germany, "
                "which counts as treated abroad for the Dutch checklist; birth date 30.10.1990 three days after the "
                "letter; tonsillectomy and caesarean are other body parts; enclosures only announced.",
                referral_question=True),
))

# ---------------------------------------------------------------------------------------------- vd-062 merged
_foot62 = "Klinikum Hellweg-Börde - Klinik für Unfall- und Handchirurgie - Wiesenstraße 99 - 59494 Soest"
_p62a = dict(
    opts=dict(font="times", size=10.5, footer=_foot62 + " - Seite {page} von {pages}"),
    blocks=[
        ("letterhead", {"name": "Klinikum Hellweg-Börde", "sub": ["Klinik für Unfall- und Handchirurgie",
                                                                  "Chefarzt Dr. med. F. Overmann"],
                        "lines": ["Wiesenstraße 99", "59494 Soest", "Tel. +49 2921 555-0"], "logo": "circle",
                        "color": (0, 100, 70)}),
        ("addr_meta", ["Herrn", "Dick Postma", "Vaart NZ 12", "NL-8441 AA Heerenveen"],
         [("Datum", "20.08.2026"), ("Fall-Nr.", "HB-2026-33810")]),
        ("title", "Arztbrief", {"size": 13}),
        ("p", "Sehr geehrte Kolleginnen und Kollegen,\nwir berichten über Herrn Dick Postma, geb. 27.07.1970, "
              "der sich vom 05.08.2026 bis 07.08.2026 in unserer stationären Behandlung befand und am 19.08.2026 "
              "zur Kontrolle in unserer Ambulanz war."),
        ("p", "**Diagnose:** Basisnahe Metakarpale-IV- und -V-Schaftfraktur rechts nach Quetschtrauma "
              "(Arbeitsunfall als LKW-Fahrer auf der A2, Rastplatz Soest).\n"
              "**Therapie:** Offene Reposition und Plattenosteosynthese MHK IV und V rechts am 06.08.2026."),
        ("p", "**Verlauf:** Reizlose Wundverhältnisse, Fäden am 18.08. entfernt. Röntgen vom 19.08.2026: "
              "regelrechte Stellung, Implantate in situ."),
        ("p", "**Procedere:** Weiterbehandlung heimatnah in den Niederlanden. Physiotherapie/Ergotherapie. "
              "Röntgenkontrolle nach 6 Wochen. Metallentfernung nur bei Beschwerden."),
        ("sig", ["Mit freundlichen Grüßen", "", "Dr. med. F. Overmann, Chefarzt", "J. Hellmich, Assistenzärztin"]),
    ])
_p62b = dict(
    opts=dict(font="helv", size=9.5, footer=_foot62 + " - OP-Dokumentation"),
    blocks=[
        ("title", "Operationsbericht", {"size": 13}),
        ("kv", [("Patient", "Postma, Dick, * 27.07.1970"), ("OP-Datum", "06.08.2026"),
                ("Operateur", "Dr. med. F. Overmann"), ("Assistenz", "J. Hellmich"),
                ("Anästhesie", "ITN"),
                ("Diagnose", "Metakarpale-IV/V-Schaftfraktur rechts, verkürzt und rotationsfehlgestellt"),
                ("Eingriff", "ORIF MHK IV und V rechts mit je einer 2,0-mm-Platte")], {"grid": True, "lw": 30}),
        ("p", "**Bericht:** Dorsaler Längsschnitt zwischen MHK IV und V. Schonung der Äste des R. dorsalis n. "
              "ulnaris. Darstellung beider Frakturen, Reposition mit Repositionszange, Rotationskontrolle durch "
              "Tenodese: regelrecht. Osteosynthese mit je einer 6-Loch-Platte 2,0 mm. BV-Kontrolle: gute "
              "Stellung. Spülung, schichtweiser Wundverschluss, Intrinsic-plus-Schiene."),
        ("small", "Elektronisch freigegeben 06.08.2026 Dr. F. Overmann"),
    ])
_p62c = dict(
    opts=dict(font="helv", size=10, footer=_foot62 + " - Institut für Radiologie"),
    blocks=[
        ("title", "Radiologischer Befund", {"size": 12}),
        ("kv", [("Patient", "Postma, Dick (27.07.1970)"), ("Untersuchung", "Röntgen Hand rechts in 2 Ebenen"),
                ("Untersuchungsdatum", "19.08.2026"), ("Anforderung", "Unfallchirurgische Ambulanz")],
         {"lw": 40}),
        ("p", "**Befund:** Zustand nach Plattenosteosynthese der Metakarpalia IV und V rechts. Regelrechte "
              "Stellung, Frakturspalt noch abgrenzbar, keine sekundäre Dislokation, keine Implantatlockerung.\n"
              "**Beurteilung:** Regelrechter postoperativer Befund."),
        ("small", "Dr. med. E. Sander, Fachärztin für Radiologie - 19.08.2026"),
    ])
DOCS.append(dict(
    stem="vd-062", fmt="pdf",
    opts=dict(meta=dict(title="Unterlagen Postma", creator="Archiv-Export")),
    parts=[_p62a, _p62b, _p62c],
    label=label(["correspondence", "operation-report", "imaging-report"], None, "specialist", "de",
                "merged PDF from a German hospital: Arztbrief + Operationsbericht + Röntgenbefund",
                "yes", "yes", "yes",
                "Dutch truck driver treated in a German hospital after a work accident; three parts in one file; "
                "the letter's admission, operation and control dates differ from its own date; no date of its own.",
                parts=[part(["correspondence"], "2026-08-20", "specialist"),
                       part(["operation-report"], "2026-08-06", "specialist"),
                       part(["imaging-report"], "2026-08-19", "radiologist")]),
))

# ---------------------------------------------------------------------------------------------- vd-063
DOCS.append(dict(
    stem="vd-063", fmt="docx",
    opts=dict(font="Calibri", size=10.5, letterhead_in_header=True,
              footer="Ergotherapie Handwerk - Mag. J. Fuchs - Annenstraße 99, 8020 Graz - +43 316 555 420",
              meta=dict(author="Ergotherapie Handwerk", title="Therapiebericht")),
    blocks=[
        ("letterhead", {"name": "Ergotherapie Handwerk", "sub": ["Handtherapie - Schienenbau"],
                        "lines": ["Annenstraße 99, 8020 Graz", "+43 316 555 420"], "inline": True,
                        "logo": "wave", "color": (120, 80, 20), "size": 12}),
        ("p", "Graz, 23.09.2026"),
        ("title", "Ergotherapeutischer Abschlussbericht", {"size": 12}),
        ("kv", [("Klient", "Herr Bram Vos, geb. 11.09.1995"),
                ("Zuweisung", "Unfallkrankenhaus Graz-Süd, Ambulanz Handchirurgie"),
                ("Diagnose", "Z. n. Beugesehnennaht FDP Dig. II rechts Zone II am 02.06.2026"),
                ("Therapiezeitraum", "09.06.2026 - 18.09.2026 (22 Einheiten)")], {"grid": True, "lw": 35}),
        ("h", "Verlauf"),
        ("p", "Nachbehandlung nach frühfunktionellem Schema (Kleinert-modifiziert) mit dorsaler "
              "Blockierungsschiene bis zur 6. Woche, danach aktive Bewegungstherapie, Narbenbehandlung und "
              "Kräftigung. Herr Vos, Austauschstudent aus den Niederlanden, kehrt Ende September nach Groningen "
              "zurück."),
        ("h", "Abschlussbefund"),
        ("table", [["Messung", "Woche 6", "Woche 15"],
                   ["Aktive Flexion DIP Dig. II", "15°", "50°"],
                   ["Aktive Flexion PIP Dig. II", "60°", "90°"],
                   ["Streckdefizit PIP", "25°", "10°"],
                   ["Grobkraft rechts / links (kg)", "-", "34 / 46"]], {"header": True}),
        ("h", "Empfehlung"),
        ("p", "Fortführung des Heimprogramms; Nachtschiene zur Streckung noch 4 Wochen. Eine Weiterbehandlung "
              "in den Niederlanden ist bei persistierendem Streckdefizit empfehlenswert."),
        ("sig", ["Mit freundlichen Grüßen", "", "Mag. Julia Fuchs, Ergotherapeutin"]),
    ],
    label=label([], "2026-09-23", "other", "de", "Austrian occupational/hand-therapy discharge report (DOCX)",
                "unmentioned", "yes", "yes",
                "Therapist's report (no kind); flexor tendon repair in an Austrian trauma hospital (treated abroad); "
                "birth date 11.09.1995 near the report date; therapy period dates."),
))
