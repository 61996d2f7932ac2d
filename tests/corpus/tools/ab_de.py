"""ab corpus, part 2: German documents. Run: python3 ab_de.py"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ab_render import build


def lab(kinds, date, author, style, img, op, abroad, notes, **kw):
    d = dict(kinds=kinds, date=date, author=author, language='de', style=style,
             imaging_done=img, operated=op, treated_abroad=abroad, notes=notes)
    d.update(kw)
    return d


DOCS = []

# ---------------------------------------------------------------- 017 Arztbrief Rhizarthrose
DOCS.append(dict(stem='ab-017-klinikum-mg-arztbrief-rhizarthrose', fmt='pdf', font='helv',
    head={'org': 'St. Elisabeth-Klinikum Mönchengladbach',
          'lines': ['Klinik für Hand-, Plastische und Rekonstruktive Chirurgie', 'Chefarzt Prof. Dr. med. Matthias Oberländer',
                    'Hubertusstraße 100 · 41239 Mönchengladbach'],
          'right': ['Sekretariat: Fr. Kühn', 'Tel. +49 2166 394-2210', 'Fax +49 2166 394-2219', '', 'Mönchengladbach, 02.11.2026']},
    footer='St. Elisabeth-Klinikum Mönchengladbach gGmbH · Amtsgericht Mönchengladbach HRB 11872 · Seite {p} von {n}',
    body='''
L: Herrn
L: Dr. med. (NL) P. Janssen
L: Huisartsenpraktijk Blerick
L: Kloosterstraat 8
L: 5922 GB Venlo
L: NIEDERLANDE

**Unser Zeichen:** HCH-Amb 26/4471 – ob/kü

**Patientin:** Frau Maria Hendriks, geb. 14.08.1959, wohnhaft Hagerhofweg 3, 5912 PB Venlo
**Ambulante Vorstellung am:** 29.10.2026

Sehr geehrter Herr Kollege Janssen,

wir berichten Ihnen über die o. g. Patientin, die sich am 29.10.2026 in unserer Handsprechstunde vorstellte.

## Diagnosen
Rhizarthrose rechts, Stadium III nach Eaton/Littler
Beginnende Rhizarthrose links (Stadium I–II)
Arterielle Hypertonie

## Anamnese
Seit etwa zwei Jahren zunehmende belastungsabhängige Schmerzen am rechten Daumensattelgelenk, Kraftverlust beim Spitzgriff. Zwei Kortisoninfiltrationen durch den Hausarzt (zuletzt 06/2026) mit jeweils nur kurzfristiger Besserung. Nachtschiene wird getragen. Keine Voroperationen an den Händen.

## Klinischer Befund
Rechts: Schwellung und Druckschmerz über dem Daumensattelgelenk, positiver Grind-Test, beginnende Adduktionskontraktur der ersten Kommissur, MCP-Gelenk ohne Hyperextension. Kraftgrad Spitzgriff 3 kg (links 5 kg). DMS intakt.

## Bildgebung
Röntgen beider Daumensattelgelenke in 2 Ebenen (29.10.2026, hauseigene Radiologie): rechts deutliche Gelenkspaltverschmälerung, Osteophyten > 2 mm, subchondrale Sklerose, STT-Gelenk frei; links geringe Gelenkspaltverschmälerung.

## Beurteilung und Procedere
Bei ausgeschöpfter konservativer Therapie haben wir der Patientin eine Resektionsarthroplastik (Trapezektomie mit Suspensionsplastik) rechts angeboten. Risiken und Nachbehandlung (Gipsschiene 4 Wochen, anschließend Ergotherapie) wurden ausführlich besprochen. Die Patientin möchte die Entscheidung zunächst mit ihrer Familie besprechen und sich ggf. in den Niederlanden eine zweite Meinung einholen. Ein OP-Termin wurde noch nicht vereinbart.

Die Röntgenbilder wurden der Patientin auf CD mitgegeben.

Mit freundlichen kollegialen Grüßen

L: Prof. Dr. med. M. Oberländer          Dr. med. Anna Weißkopf
L: Chefarzt                              Fachärztin für Handchirurgie
''',
    label=lab(['correspondence'], '2026-11-02', 'specialist', 'German Arztbrief, Klinik für Hand-, Plastische und Rekonstruktive Chirurgie, letterhead with right info column',
              'yes', 'no', 'yes', 'Visit 29.10 vs letter 02.11; surgery offered not done; "Keine Voroperationen an den Händen"; clinic name contains Chirurgie',
              also_dates=['2026-10-29'])))

# ---------------------------------------------------------------- 018 Entlassungsbrief mit OP (rechts der Isar)
DOCS.append(dict(stem='ab-018-rechtsderisar-entlassungsbrief-radius', fmt='html', font='helv', size=9.5,
    head={'org': 'Klinikum rechts der Isar', 'lines': ['Technische Universität München', 'Klinik und Poliklinik für Unfallchirurgie',
                                                      'Ismaninger Straße 22 · 81675 München · Tel. +49 89 4140-2126'],
          'right': ['Station 3/4 Unfallchirurgie', 'Fallnummer 0026-7718302', 'München, den 18.09.2026']},
    body='''
L: An
L: Huisartsenpraktijk De Brink
L: z. Hd. Frau Dr. E. Mulder
L: Brink 14, 7411 BV Deventer
L: Niederlande

# Entlassungsbrief

Sehr geehrte Frau Kollegin,

wir berichten über Ihre Patientin **Sanne Bakker**, geb. 02.03.2003, die sich vom **12.09.2026 bis 18.09.2026** in unserer stationären Behandlung befand. Frau Bakker studiert im Rahmen eines Austauschsemesters in München.

## Diagnosen
Dislozierte distale intraartikuläre Radiusfraktur links (AO 23-C2)
Fraktur des Processus styloideus ulnae links (nicht versorgungsbedürftig)

## Therapie
13.09.2026: Offene Reposition und palmare winkelstabile Plattenosteosynthese distaler Radius links

## Anamnese
Sturz mit dem Fahrrad auf nasser Fahrbahn am 12.09.2026 auf die ausgestreckte linke Hand. Kein Kopfanprall. Vorstellung in unserer Notaufnahme.

## Befund bei Aufnahme
Fehlstellung und Schwellung des linken Handgelenks, Bajonettstellung. Periphere DMS intakt, kein Karpaltunnelsyndrom.

## Bildgebung
Röntgen Handgelenk links in 2 Ebenen und CT Handgelenk links (12.09.2026): intraartikuläre distale Radiusfraktur mit dorsaler Abkippung von 25°, Stufenbildung in der Fossa lunata 2 mm.

## Operationsbericht
**Datum:** 13.09.2026 · **Operateur:** OA Dr. med. Florian Brandstätter · **Assistenz:** Dr. med. Julia Weng · **Anästhesie:** Intubationsnarkose
Rückenlage, Armtisch, Oberarmblutsperre 250 mmHg. Erweiterter palmarer Zugang über der FCR-Sehne (Henry). Ablösen des M. pronator quadratus. Darstellung der Fraktur, Hämatomausräumung. Reposition unter Sicht und Bildwandlerkontrolle, temporäre K-Draht-Fixation. Anlage einer palmaren winkelstabilen Radiusplatte (2,4 mm, 3-Loch-Schaft), Besetzen der distalen Reihe mit winkelstabilen Schrauben, Schaft mit Kortikalisschrauben. Abschließende BV-Kontrolle in 2 Ebenen sowie Tangentialaufnahme: regelrechte Stellung, keine intraartikuläre Schraubenlage. Refixation des Pronator quadratus, schichtweiser Wundverschluss, Hautnaht mit Rückstichnähten. Steriler Verband, dorsale Unterarmschiene.

## Verlauf
Komplikationsloser postoperativer Verlauf. Postoperatives Röntgen: regelrechte Implantatlage. Reizlose Wundverhältnisse. Mobilisation der Finger ab dem ersten postoperativen Tag.

## Medikation bei Entlassung
Ibuprofen 600 mg 1-1-1 für 5 Tage, Pantoprazol 20 mg 1-0-0, Enoxaparin entfällt.

## Procedere
Fadenzug am 14. postoperativen Tag. Unterarmschiene für 2 Wochen, danach funktionelle Nachbehandlung mit Ergotherapie. Röntgenkontrolle nach 6 Wochen. Die Patientin plant die Weiterbehandlung in den Niederlanden; Bilder und OP-Bericht wurden ausgehändigt. Materialentfernung frühestens nach 12 Monaten bei Beschwerden.

Mit freundlichen Grüßen

L: Univ.-Prof. Dr. med. K. Hallermann       OA Dr. med. F. Brandstätter       Dr. med. J. Weng
L: Klinikdirektor                            Oberarzt                          Assistenzärztin
''',
    label=lab(['correspondence', 'operation-report'], '2026-09-18', 'specialist', 'German Entlassungsbrief with full Operationsbericht section, HTML->PDF',
              'yes', 'yes', 'yes', 'Discharge letter containing full op report (date, operator, description); admission dates; Dutch exchange student in Munich')))

# ---------------------------------------------------------------- 019 Operationsbericht Skidaumen (canvas)
GAP = {'org': 'Klinikum Garmisch-Partenkirchen', 'lines': ['Abteilung für Unfallchirurgie, Orthopädie und Sporttraumatologie',
                                                           'Auenstraße 6 · 82467 Garmisch-Partenkirchen · +49 8821 77-0']}
DOCS.append(dict(stem='ab-019-garmisch-operationsbericht-daumen', fmt='canvas', font='helv', value_x=45, h2_rule=True,
    head=GAP, footer='OP-Bericht · gedruckt 15.02.2026 08:12 · Seite {p}',
    body='''
# OPERATIONSBERICHT
F: Patient | Visser, Lotte   * 19.11.1996
F: Fall-Nr. | 2026-0211-774
F: OP-Datum | 14.02.2026   Schnitt 10:42 – Naht 11:31
F: Operateur | Dr. med. Stefan Huber (OA)
F: 1. Assistenz | Christoph Lang (AA)
F: Anästhesie | Plexusanästhesie axillär (Dr. Rieder)
F: Diagnose | Ruptur des ulnaren Seitenbandes am MCP-Gelenk des Daumens rechts mit knöchernem Ausriss (Skidaumen), Stener-Läsion
F: Eingriff | Offene Reposition und Refixation des ulnaren Kollateralbandes mit Knochenanker (Mini-Anker 1,8 mm), temporäre K-Draht-Transfixation MCP I

## Bericht
Rückenlage, Armtisch, Oberarmblutsperre 250 mmHg nach Auswickeln. Geschwungene Inzision ulnarseitig über dem MCP-Gelenk I. Schonung der sensiblen Äste des N. radialis superficialis. Darstellung der Adduktoraponeurose, unter der das Band nicht liegt: das ulnare Seitenband ist nach proximal umgeschlagen oberhalb der Aponeurose (Stener-Läsion). Längsinzision der Aponeurose. Das kleine knöcherne Fragment wird debridiert. Setzen eines Mini-Ankers an der Basis der Grundphalanx, Refixation des Bandes in leichter Flexion. Temporäre Transfixation des MCP-Gelenks mit K-Draht 1,2 mm. BV-Kontrolle: regelrechte Stellung. Naht der Adduktoraponeurose mit PDS 4-0, Hautnaht Prolene 4-0. Steriler Verband, Daumenspica-Schiene.

## Nachbehandlung
Ruhigstellung in Daumenschiene 6 Wochen, K-Draht-Entfernung nach 4 Wochen. Fadenzug nach 12–14 Tagen. Weiterbehandlung heimatnah in den Niederlanden.

L: Dr. med. S. Huber
''',
    label=lab(['operation-report'], '2026-02-14', 'specialist', 'German Operationsbericht, canvas form with ruled sections',
              'unmentioned', 'yes', 'yes', 'Print date 15.02 in footer differs from OP date; ski accident in Garmisch')))

# ---------------------------------------------------------------- 020 Röntgen Befund Garmisch (txt)
DOCS.append(dict(stem='ab-020-garmisch-roentgen-daumen', fmt='txt', encoding='utf-8',
    body='''
Klinikum Garmisch-Partenkirchen – Institut für Radiologie
Auenstraße 6, 82467 Garmisch-Partenkirchen

RÖNTGENBEFUND
=============

Patient:        Visser, Lotte
Geb.-Datum:     19.11.1996
Untersuchung:   Röntgen Daumen rechts in 2 Ebenen, Stressaufnahme entfällt
Untersuchungsdatum: 13.02.2026
Anforderung:    ZNA / Unfallchirurgie, Dr. Lang

Rechtfertigende Indikation: Skisturz, Schmerzen ulnarseitig MCP I rechts. Fraktur? Bandausriss?

Befund:
Kleines, etwa 3 x 2 mm messendes knöchernes Fragment ulnarseitig an der Basis der Grundphalanx des Daumens, leicht nach proximal disloziert (ca. 3 mm). Keine weiteren Frakturen. Gelenkstellung im MCP I regelrecht. Keine degenerativen Veränderungen.

Beurteilung:
Knöcherner Ausriss des ulnaren Kollateralbandes am Daumengrundgelenk rechts (knöcherner Skidaumen).

Dr. med. Birgit Zehetmair
Fachärztin für Radiologie
Befund elektronisch freigegeben am 13.02.2026
''',
    label=lab(['imaging-report'], '2026-02-13', 'radiologist', 'German X-ray Befund, plain text',
              'yes', 'unmentioned', 'yes', 'Same patient as ab-019; Beurteilung instead of Conclusie; question lines belong to the requester')))

# ---------------------------------------------------------------- 021 MRT Aachen (pdf platypus)
DOCS.append(dict(stem='ab-021-ukaachen-mrt-handgelenk', fmt='pdf', font='helv', size=9.5,
    head={'org': 'Uniklinik RWTH Aachen', 'lines': ['Klinik für Diagnostische und Interventionelle Radiologie',
                                                   'Pauwelsstraße 30 · 52074 Aachen · Telefon +49 241 80-88330']},
    footer='Befund {p}/{n} · UKA Radiologie · Dieser Befund wurde elektronisch erstellt',
    body='''
F: Patientin | Smeets, Ilse
F: Geburtsdatum | 05.05.1984
F: Anschrift | Akerstraat 120, 6417 BM Heerlen (NL)
F: Zuweiser | Klinik für Plastische, Hand- und Verbrennungschirurgie, UKA (Dr. Rademacher)
F: Untersuchung | MRT rechtes Handgelenk nativ und mit KM
F: Datum | 30.06.2026

**Klinische Angaben / Fragestellung:** Seit 5 Monaten zentrale dorsale Handgelenkschmerzen rechts, kein Trauma erinnerlich. Röntgen extern (Heerlen) unauffällig. Lunatummalazie? Okkulte Fraktur?

**Technik:** 3 T, dedizierte Handgelenksspule. cor T1, cor STIR, cor PD fs, ax PD fs, sag T2, cor T1 fs nach i.v.-Gabe von 0,1 mmol/kg KG Gadobutrol.

**Befund:**
Diffuse Signalminderung des Os lunatum in T1 mit Signalanhebung in STIR, betont radialseitig. Nach Kontrastmittelgabe inhomogenes, insgesamt vermindertes Enhancement des proximalen Lunatumanteils. Keine Fragmentation, kein Höhenverlust des Lunatum, keine Frakturlinie. Karpale Ausrichtung regelrecht (kein DISI/VISI). Ulnanegative Varianz von 2 mm. TFCC sowie SL- und LT-Band ohne Rupturnachweis. Kein Gelenkerguss von Bedeutung. Sehnen und Sehnenscheiden unauffällig.

**Beurteilung:**
1. Befundmuster passend zu einer Lunatumnekrose (M. Kienböck) rechts, Stadium II nach Lichtman (ohne Kollaps).
2. Ulna-Minusvariante (–2 mm).

Mit freundlichen Grüßen

L: Dr. med. Jonas Krämer, Oberarzt
L: Dr. med. Leonie Voss, Assistenzärztin
''',
    label=lab(['imaging-report'], '2026-06-30', 'radiologist', 'German MRI report without title, fields table then bold labelled paragraphs',
              'yes', 'unmentioned', 'yes', 'No title; requester is a hand surgery clinic (Chirurgie in its name); external Dutch X-ray mentioned; Dutch patient from Heerlen examined at Aachen university hospital')))

# ---------------------------------------------------------------- 022 CT Köln (canvas)
DOCS.append(dict(stem='ab-022-porz-ct-hamulus', fmt='canvas', font='times', size=10, value_x=38,
    head={'org': 'Krankenhaus Porz am Rhein', 'lines': ['Institut für Radiologie und Neuroradiologie', 'Urbacher Weg 19 · 51149 Köln · +49 2203 566-0'],
          'right': ['Befund-ID 2026-R-300821']},
    body='''
# CT-Befund
F: Name | de Wit, Maarten
F: geb. | 11.01.1971
F: Untersuchung | CT Handgelenk links, Dünnschicht, sekundäre Rekonstruktionen
F: Datum | 21.03.2026
F: Anforderer | Dr. Sommer, Unfallchirurgische Ambulanz

Indikation: Schmerzen ulnopalmar links seit Golfturnier vor 3 Wochen, Druckschmerz über Hamulus. Röntgen vom 03.03.2026 unauffällig.

Befund: Nicht dislozierte Fraktur an der Basis des Hamulus ossis hamati links, ohne Zeichen einer knöchernen Konsolidierung. Übrige Handwurzelknochen intakt. Keine Luxation. Pisotriquetralgelenk regelrecht.

Beurteilung: Basisnahe Hamulusfraktur links (Golferfraktur), nicht disloziert.

L: Dr. med. H. Oberhauser – Facharzt für Radiologie
L: Köln, 21.03.2026
''',
    label=lab(['imaging-report'], '2026-03-21', 'radiologist', 'German CT Befund, canvas form with Times font',
              'yes', 'unmentioned', 'yes', 'Earlier X-ray date 03.03 also in text; patient nationality not stated; written by German hospital')))

# ---------------------------------------------------------------- 023 Sonographie (docx)
DOCS.append(dict(stem='ab-023-lichtenberg-sonographie', fmt='docx', font='helv',
    head={'org': 'Sana Klinikum Lichtenberg', 'lines': ['Klinik für Unfallchirurgie und Orthopädie – Handchirurgische Sprechstunde',
                                                       'Fanningerstraße 32 · 10365 Berlin · +49 30 5518-0']},
    body='''
# Sonographie-Befund

F: Patient | Koen Verhoeven, * 27.07.1990
F: Untersuchungsdatum | 11.08.2026
F: Region | Hohlhand / Beugesehnen D3 links, Handgelenk links radial
F: Gerät | Linearschallkopf 18 MHz
F: Untersucher | Dr. med. T. Albrecht

**Fragestellung:** schnellender Mittelfinger links? DD Ganglion.

**Befund:**
Ringband A1 am Mittelfinger links auf 1,2 mm verdickt (Gegenseite 0,5 mm), echoarm. In der dynamischen Untersuchung sichtbares Hängenbleiben der Beugesehnen unter dem A1-Ringband bei Flexion. Beugesehnen selbst homogen, keine Partialruptur. Begleitende Tenosynovitis mit geringem Flüssigkeitssaum. Im Bereich des radialen Handgelenks kein Ganglion, 1. Strecksehnenfach unauffällig.

**Beurteilung:**
Tendovaginitis stenosans (Ringbandstenose A1) Mittelfinger links. Kein Ganglion.

**Empfehlung:** Steroidinfiltration möglich, bei Persistenz Ringbandspaltung.

Berlin, 11.08.2026
Dr. med. Tobias Albrecht
''',
    label=lab(['imaging-report'], '2026-08-11', 'specialist', 'German ultrasound report by the hand surgeon (point-of-care), docx',
              'yes', 'unmentioned', 'yes', 'Ultrasound report written by a surgeon, not a radiologist; recommendation of surgery is only a plan')))

# ---------------------------------------------------------------- 024 MRSA Dortmund (pdf)
DOCS.append(dict(stem='ab-024-klinikumdortmund-mrsa-screening', fmt='pdf', font='helv', size=9,
    colw=[0.22, 0.22, 0.36, 0.2],
    head={'org': 'Klinikum Dortmund gGmbH', 'lines': ['Institut für Krankenhaushygiene und Medizinische Mikrobiologie',
                                                     'Beurhausstraße 40 · 44137 Dortmund · Labor +49 231 953-21540'],
          'right': ['Akkreditiert nach DIN EN ISO 15189', 'Befundart: Endbefund']},
    footer='Klinikum Dortmund · Mikrobiologie · Seite {p}/{n}',
    body='''
# Mikrobiologischer Befund
F: Patient | Mertens, Daan   geb. 22.06.1998   m
F: Einsender | Station U3 – Klinik für Unfall-, Hand- und Wiederherstellungschirurgie
F: Auftragsnr. | 26-MB-1087334
F: Entnahme | 20.10.2026 19:40
F: Eingang Labor | 21.10.2026 07:15
F: Befunddatum | 23.10.2026
F: Untersuchung | MRSA-Aufnahmescreening (Risikopatient: Wohnsitz Ausland)

T: Material | Lokalisation | Ergebnis | Methode
T: Abstrich | Nasenvorhof beidseits | MRSA nicht nachgewiesen | Kultur (chromogen) + PCR
T: Abstrich | Rachen | MRSA nicht nachgewiesen | Kultur (chromogen)
T: Abstrich | Leiste / Perineum | MRSA nicht nachgewiesen | Kultur (chromogen)

**Beurteilung:** In allen eingesandten Materialien kein Nachweis von Methicillin-resistentem Staphylococcus aureus (MRSA). Isolierungsmaßnahmen können aufgehoben werden.

L: Validiert: Dr. rer. nat. K. Lindemann, Fachmikrobiologin
L: Ärztlich freigegeben: Dr. med. U. Pohl, Facharzt für Mikrobiologie, Virologie und Infektionsepidemiologie
''',
    label=lab(['mrsa-screening'], '2026-10-23', 'lab', 'German microbiology MRSA screening result with table',
              'unmentioned', 'unmentioned', 'yes', 'Admission screening on a German surgical ward (inpatient) so treated abroad; sender ward name contains Chirurgie; three dates (Entnahme, Eingang, Befund)',
              also_dates=[])))

# ---------------------------------------------------------------- 025 patient-facing letter (docx)
DOCS.append(dict(stem='ab-025-garmisch-patientenbrief-nachsorge', fmt='docx', font='dejavu',
    head={'org': 'Klinikum Garmisch-Partenkirchen', 'lines': ['Patientenservice / Ambulanzterminvergabe', 'Auenstraße 6 · 82467 Garmisch-Partenkirchen']},
    body='''
L: Frau
L: Lotte Visser
L: Oranjestraat 22
L: 3511 RB Utrecht
L: Niederlande

R: Garmisch-Partenkirchen, 20.02.2026

**Ihr Aufenthalt in unserem Klinikum – Informationen zur Nachsorge**

Sehr geehrte Frau Visser,

wir hoffen, dass Sie gut nach Hause gekommen sind. Nach Ihrer Operation am rechten Daumen bei uns möchten wir Ihnen einige Hinweise für die Zeit nach der Entlassung geben.

- Die Schiene bitte bis zur Entfernung des Drahtes Tag und Nacht tragen.
- Die Fäden können bei Ihrem Hausarzt gezogen werden (12 bis 14 Tage nach der Operation).
- Bei Fieber, zunehmender Rötung oder starken Schmerzen wenden Sie sich bitte an einen Arzt.

Ihren ärztlichen Entlassungsbericht, den Operationsbericht sowie eine CD mit den Röntgenbildern haben Sie bei der Entlassung erhalten. Sollten Unterlagen fehlen, können Sie diese schriftlich bei uns anfordern (Formular „Anforderung von Patientenunterlagen“ auf unserer Internetseite).

Die Rechnung für gesetzlich Versicherte aus dem EU-Ausland rechnen wir über Ihre Europäische Krankenversicherungskarte (EHIC) ab. Für Zuzahlungen erhalten Sie gesondert Post.

Wir wünschen Ihnen gute Besserung!

Mit freundlichen Grüßen

Ihr Patientenservice
Klinikum Garmisch-Partenkirchen
''',
    label=lab([], '2026-02-20', 'other', 'German patient-facing aftercare/administrative letter, docx',
              'yes', 'yes', 'yes', 'Not a medical letter of any kind; mentions op report, discharge report and X-ray CD (enclosure-like mentions)')))

# ---------------------------------------------------------------- 026 German Hausarzt Überweisung (txt)
DOCS.append(dict(stem='ab-026-hausarzt-kranenburg-ueberweisung', fmt='txt',
    body='''
Gemeinschaftspraxis Dr. med. Ulrike Derksen & Jan Terhorst
Fachärzte für Allgemeinmedizin
Große Straße 41 · 47559 Kranenburg · Tel. 02826 91 77 0 · Fax 02826 91 77 20
BSNR 381234500 · LANR 612345601

Kranenburg, 26.11.2026

An die
Handkliniek Zuidwest
- Second-Opinion-Sprechstunde -
Niederlande

Überweisung zur Zweitmeinung

Patient: Herr Niels van Rijn, geb. 03.04.1967
Anschrift: Bahnhofstraße 12, 47559 Kranenburg
Versicherung: AOK Rheinland/Hamburg

Sehr geehrte Kolleginnen und Kollegen,

Herr van Rijn, niederländischer Staatsbürger mit Wohnsitz in Kranenburg, wünscht eine Zweitmeinung in Ihrer Klinik.

Diagnose: V. a. Heberden-Arthrose DIP II und III rechts, DD Psoriasisarthritis (Psoriasis vulgaris bekannt).

Fragestellung: Ist eine weitere Abklärung (Bildgebung, rheumatologische Diagnostik) angezeigt und welche Therapie empfehlen Sie? Der Patient fragt gezielt nach einer Gelenkversteifung.

Bisheriger Verlauf: Seit ca. 1 Jahr Schmerzen und Schwellung der Fingerendgelenke rechts. Bisher ausschließlich hausärztlich behandelt (Diclofenac-Gel, Ibuprofen bei Bedarf, Schienung). Eine Bildgebung ist bisher nicht erfolgt, keine Vorstellung bei einem Facharzt oder im Krankenhaus. Keine Operationen an der Hand.

Dauermedikation: Ramipril 5 mg, Calcipotriol-Salbe.

Mit freundlichen kollegialen Grüßen

U. Derksen
Fachärztin für Allgemeinmedizin
''',
    label=lab(['referral'], '2026-11-26', 'gp', 'German GP Überweisung letter to Dutch clinic, plain text',
              'no', 'no', 'no', 'German-resident patient seen only by a German GP: no hospital care abroad; explicit negations for imaging and surgery; question asks for a second opinion',
              referral_question=True)))

# ---------------------------------------------------------------- 027 Entlassungsbrief Phlegmone ohne OP (multi-page pdf)
DOCS.append(dict(stem='ab-027-helioskrefeld-entlassungsbrief-phlegmone', fmt='pdf', font='helv', size=10,
    head={'org': 'HELIOS Klinikum Krefeld', 'lines': ['Klinik für Unfallchirurgie, Orthopädie und Handchirurgie',
                                                     'Lutherplatz 40 · 47805 Krefeld', 'Telefon +49 2151 32-0'],
          'right': ['Chefarzt Dr. med. R. Engelhardt', 'Ihr Ansprechpartner: Dr. Kowalski', 'Durchwahl -1903', '07.07.2026']},
    footer='Entlassungsbrief van Dongen, Ellen, geb. 18.10.1975 — Seite {p} von {n}',
    body='''
L: Frau Dr. med. N. Peters
L: Huisartsenpraktijk Tegelen
L: Kerkstraat 2, 5931 NM Tegelen, Niederlande

# Vorläufiger Entlassungsbrief

Sehr geehrte Frau Kollegin Peters,

wir berichten über Ihre Patientin Frau Ellen van Dongen, geb. 18.10.1975, die sich vom 02.07.2026 bis 07.07.2026 in unserer stationären Behandlung befand. Frau van Dongen arbeitet als Tierarzthelferin in einer Praxis in Krefeld.

**Diagnosen:**
Phlegmone der linken Hand und des distalen Unterarms nach Katzenbiss (Bissdatum 30.06.2026)
Lymphangitis Unterarm links
Diabetes mellitus Typ 2, nicht insulinpflichtig
Z. n. Sectio caesarea 2004 und 2007

**Anamnese:**
Die Patientin wurde am 30.06.2026 von einer Katze in die linke Hand (Thenar) gebissen. Am Folgetag Beginn von Rötung und Schwellung, trotz oraler Therapie mit Amoxicillin/Clavulansäure (Hausarzt) Zunahme der Beschwerden und Fieber bis 38,6 °C. Vorstellung in unserer Zentralen Notaufnahme am 02.07.2026.

**Aufnahmebefund:**
Ausgedehnte Rötung und Überwärmung der linken Hohlhand und des Thenars, Ausdehnung über das Handgelenk bis Unterarmmitte, streifige Lymphangitis. Zwei punktförmige Bisswunden am Thenar, kein Pus. Beugesehnenscheiden nicht druckschmerzhaft, Kanavel-Zeichen negativ. Fingerbeweglichkeit schmerzbedingt eingeschränkt. DMS intakt.

**Labor bei Aufnahme:** CRP 142 mg/l, Leukozyten 15,8 /nl, BZ 214 mg/dl.

**Bildgebung:**
Sonographie linke Hand (02.07.2026): ödematöse Weichteilverdickung thenar, kein Abszess, keine Flüssigkeit in den Sehnenscheiden.
Röntgen linke Hand in 2 Ebenen (02.07.2026): kein Fremdkörper, keine ossäre Beteiligung.

**Therapie und Verlauf:**
Stationäre Aufnahme, Hochlagerung und Ruhigstellung in einer Unterarmschiene. Intravenöse Antibiose mit Ampicillin/Sulbactam 3 g 3x täglich. Darunter rasche Rückbildung von Rötung und Schwellung, Entfieberung am 2. Tag, CRP bei Entlassung 21 mg/l. Eine operative Revision war zu keinem Zeitpunkt erforderlich. Blutzuckereinstellung durch die Kollegen der Inneren Medizin optimiert (Metformin-Dosis erhöht).

Bei Aufnahme erfolgte bei beruflichem Tierkontakt ein MRSA-Screening (Nase/Rachen): negativ.

**Medikation bei Entlassung:**
Amoxicillin/Clavulansäure 875/125 mg 1-1-1 bis einschließlich 12.07.2026
Metformin 1000 mg 1-0-1
Ibuprofen 400 mg bei Bedarf, max. 3x täglich

**Procedere:**
Klinische Kontrolle bei Ihnen in 2–3 Tagen. Bei erneuter Verschlechterung umgehende Wiedervorstellung. Handtherapeutische Übungsbehandlung zur Mobilisation empfohlen. Arbeitsunfähig bis 19.07.2026.

Für Rückfragen stehen wir Ihnen gerne zur Verfügung.

Mit freundlichen kollegialen Grüßen

L: Dr. med. R. Engelhardt          Dr. med. P. Kowalski
L: Chefarzt                        Assistenzarzt
''',
    label=lab(['correspondence'], '2026-07-07', 'specialist', 'German Entlassungsbrief, multi-page with repeated footer',
              'yes', 'no', 'yes', 'Admission in Germany without surgery ("operative Revision ... nicht erforderlich"); caesarean sections are other operations; MRSA result only mentioned')))

# ---------------------------------------------------------------- 028 OP-Bericht Dupuytren (docx)
DOCS.append(dict(stem='ab-028-badneustadt-opbericht-dupuytren', fmt='docx', font='helv', size=9.5,
    head={'org': 'RHÖN-KLINIKUM Campus Bad Neustadt', 'lines': ['Klinik für Handchirurgie', 'Von-Guttenberg-Straße 11 · 97616 Bad Neustadt a. d. Saale · +49 9771 66-0']},
    body='''
T: Operationsbericht | Datum: 07.10.2025
T: Patient: Jansen, Hendrik (geb. 01.06.1955) | Aufnahme-Nr.: 25-108823
T: Operateur: Dr. med. Karin Feldmann | Assistenz: Dr. med. Yusuf Demir
T: Anästhesie: Plexus axillär | Blutsperre: 260 mmHg, 74 min

**Diagnose:** Morbus Dupuytren rechts, Strang palmar Kleinfinger und Ringfinger, Streckdefizit Kleinfinger MCP 40°, PIP 55°, Ringfinger MCP 30° (Tubiana Stadium III).

**Operation:** Partielle Fasziektomie Hohlhand und Kleinfinger/Ringfinger rechts, Arthrolyse PIP V (Lösen der akzessorischen Kollateralbänder), Z-Plastiken.

**Operationsverlauf:**
Zickzack-Inzision nach Bruner von der distalen Hohlhandfurche über den Kleinfinger bis zur Mittelphalanx sowie Hilfsschnitt Ringfinger. Präparation der Haut-Fettlappen. Darstellung der neurovaskulären Bündel beidseits an D4 und D5; am Kleinfinger ulnarseitig spiraliger Strang mit Verlagerung des Gefäß-Nerven-Bündels nach zentral. Schrittweise Resektion der Dupuytren-Stränge (prätendinöser Strang, Spiralstrang, abductor digiti minimi-Strang). Danach MCP-Gelenke voll streckbar, PIP V mit Restdefizit 25°, daher Arthrolyse mit Lösen der akzessorischen Kollateralbänder und der Check-rein-Ligamente: Restdefizit 10°. Öffnen der Blutsperre, sorgfältige Blutstillung mit bipolarer Pinzette. Hautverschluss mit Z-Plastiken, Ethilon 5-0. Einlage einer Redon-Drainage. Steriler Kompressionsverband, palmare Streckschiene.

**Histologie:** Resektat an die Pathologie.

**Nachbehandlung:** Redon-Entfernung am 1. postop. Tag, Verbandswechsel am 2. Tag, Beginn Ergotherapie. Nachtschiene in Streckstellung für 3 Monate. Fadenzug nach 14 Tagen.

Dr. med. K. Feldmann, Oberärztin
''',
    label=lab(['operation-report'], '2025-10-07', 'specialist', 'German Operationsbericht docx, header as table, no letter salutation',
              'unmentioned', 'yes', 'yes', 'Title and date only in a DOCX table cell; older document (2025); patient nationality not stated; written by German hand surgery hospital that operated him')))

# ---------------------------------------------------------------- 029 Schulter Arztbrief (html)
DOCS.append(dict(stem='ab-029-schoenklinik-arztbrief-schulter', fmt='html', font='times', size=10.5,
    head={'org': 'Schön Klinik Düsseldorf', 'lines': ['Fachzentrum für Schulter- und Ellenbogenchirurgie', 'Am Heerdter Krankenhaus 2 · 40549 Düsseldorf · +49 211 5670-0']},
    body='''
R: Düsseldorf, den 15.05.2026

L: Herrn Dr. med. B. Schuurman
L: Huisartsenpraktijk Schuurman
L: Dorpsstraat 19, 6591 BG Gennep (NL)

**Arztbrief – ambulante Kontrolle**
**Patient:** Herr Frank Lammers, geb. 09.02.1963

Sehr geehrter Herr Kollege,

wir sahen Herrn Lammers zur Verlaufskontrolle 12 Wochen nach arthroskopischer Rekonstruktion der Supraspinatussehne rechts in Doppelreihentechnik sowie subakromialer Dekompression am 19.02.2026 in unserem Haus.

**Befund:** Reizlose Portale. Aktive Abduktion 150°, Flexion 160°, Außenrotation 40°. Kraftgrad Abduktion 4/5. Jobe-Test schmerzfrei.

**Bildgebung:** Die postoperative MRT der rechten Schulter vom 08.05.2026 zeigt eine intakte Rekonstruktion ohne Re-Ruptur.

Nebenbefundlich berichtet Herr Lammers über seit Monaten bestehende Taubheit des Ring- und Kleinfingers rechts, besonders beim Telefonieren und Radfahren. Klinisch Hoffmann-Tinel-Zeichen am Sulcus ulnaris positiv, Froment-Zeichen negativ. Wir empfehlen eine neurologische Abklärung (NLG) und ggf. die Vorstellung bei einem Handchirurgen; eine Dekompression des N. ulnaris kommt bei entsprechendem Befund in Betracht.

**Procedere:** Fortführung der Physiotherapie mit Kräftigung, Wiedervorstellung in 3 Monaten.

Mit freundlichen Grüßen

L: Dr. med. Carsten Voigt
L: Leitender Oberarzt Schulterchirurgie
''',
    label=lab(['correspondence'], '2026-05-15', 'specialist', 'German Arztbrief about shoulder surgery, HTML->PDF',
              'yes', 'unmentioned', 'yes', 'Operation and MRI are of the shoulder (other body part); hand/elbow nerve problem only with a possible future decompression; Dutch patient operated in Düsseldorf')))

# ---------------------------------------------------------------- 030 merged Dortmund Entlassungsbrief + Röntgen
DOR = {'org': 'Klinikum Dortmund', 'lines': ['Klinik für Unfall-, Hand- und Wiederherstellungschirurgie', 'Münsterstraße 240 · 44145 Dortmund · +49 231 953-18300']}
DOCS.append(dict(stem='ab-030-klinikumdortmund-unterlagen', fmt='pdf', font='helv', size=9.5,
    fax='Fax 26.10.2026 10:03  Klinikum Dortmund UCH  +49 231 953 18309  ->  0031 13 542 8890   S. {p}/{n}',
    parts=[dict(head=DOR, body='''
R: Dortmund, 24.10.2026

L: An die Hausarztpraxis Tilburg-Noord
L: z. Hd. Herrn M. van Gils
L: Ringbaan-Noord 60, 5046 AA Tilburg

# Entlassungsbericht

Patient: **Daan Mertens**, geb. 22.06.1998 · stationär vom 20.10.2026 bis 24.10.2026

Sehr geehrter Herr Kollege,

Herr Mertens wurde am Abend des 20.10.2026 nach einer Schlägerei im Anschluss an ein Fußballspiel mit Schmerzen an der rechten Hand über unsere Notaufnahme aufgenommen.

## Diagnose
Subkapitale Fraktur des Os metacarpale V rechts mit 50° palmarer Abkippung und Rotationsfehler.

## Operation am 21.10.2026
Operateur: Dr. med. A. Gruber · Assistenz: S. Nowak · Anästhesie: ITN
Geschlossene Reposition und intramedulläre K-Draht-Osteosynthese (Bouquet-Technik, 2 × 1,4 mm K-Draht) MHK V rechts. Inzision an der Basis MHK V ulnarseitig, Eröffnen der Kortikalis mit dem Pfriem, Einbringen der vorgebogenen Drähte unter BV-Kontrolle, Reposition durch Rotation der Drähte, Rotationsfehler ausgeglichen. Drähte subkutan gekürzt. Hautnaht, Intrinsic-plus-Gipsschiene.

## Verlauf
Komplikationslos. MRSA-Aufnahmescreening negativ (Befund anbei). Entlassung in gutem Allgemeinzustand.

## Procedere
Gipsschiene 4 Wochen, dann Drahtentfernung ambulant in Lokalanästhesie (Termin bei uns am 18.11.2026 oder heimatnah). Röntgenkontrolle nach 2 Wochen.

Mit freundlichen Grüßen
L: Dr. med. A. Gruber, Oberarzt
'''),
           dict(head={'org': 'Klinikum Dortmund – Klinik für Radiologie und Neuroradiologie', 'lines': ['Beurhausstraße 40 · 44137 Dortmund']}, body='''
# Röntgen rechte Hand in 2 Ebenen
F: Patient | Mertens, Daan (22.06.1998)
F: Untersuchungsdatum | 20.10.2026, 21:37
F: Anforderung | ZNA Unfallchirurgie

Befund: Subkapitale Querfraktur des Os metacarpale V mit palmarer Abkippung des Köpfchens um ca. 50°. Keine Gelenkbeteiligung. Übrige Mittelhandknochen und Phalangen intakt.

Beurteilung: Dislozierte subkapitale MHK-V-Fraktur rechts ("Boxerfraktur").

L: Dr. med. E. Yilmaz, Radiologie
''')],
    body='',
    label=lab(['correspondence', 'operation-report', 'imaging-report'], '2026-10-24', 'specialist',
              'merged faxed PDF: German discharge report with operation section + X-ray report',
              'yes', 'yes', 'yes', 'Fax header on every page with send date 26.10; discharge letter has an operation section with date, operator and steps; mentions MRSA Befund anbei but it is not in this file (see ab-024)',
              parts=[dict(kinds=['correspondence', 'operation-report'], date='2026-10-24', author='specialist'),
                     dict(kinds=['imaging-report'], date='2026-10-20', author='radiologist')])))

# ---------------------------------------------------------------- 031 Notaufnahme undated (txt)
DOCS.append(dict(stem='ab-031-klinikumemden-notaufnahme-kurzbrief', fmt='txt',
    body='''
Klinikum Emden – Hans-Susemihl-Krankenhaus
Zentrale Notaufnahme
Bolardusstraße 20, 26721 Emden   Tel. +49 4921 98-0

Ambulanzbrief / Kurzbericht  (Durchschlag für Patient und Hausarzt)

Name: Dijkstra, Jelle                       geb.: 14.03.1960
Wohnort: Delfzijl (NL)
Kostenträger: EHIC NL

Diagnose: Distorsion Handgelenk links. Kein Frakturnachweis.

Unfallhergang: Ausgerutscht auf dem Bootssteg im Hafen, Sturz auf die linke Hand.

Befund: Schwellung dorsal Handgelenk li., Druckschmerz über dem Radiokarpalgelenk, Tabatière frei, Beweglichkeit schmerzhaft eingeschränkt, DMS intakt.

Röntgen Handgelenk li. in 2 Ebenen + Kahnbeinquartett: keine Fraktur, keine Luxation.

Therapie: Unterarmschiene (Cast-Schiene), Kühlung, Ibuprofen 400 mg bei Bedarf.

Empfehlung: Klinisch-radiologische Kontrolle nach 10–14 Tagen beim Hausarzt/Facharzt in den Niederlanden, bei persistierendem Tabatièreschmerz MRT zum Ausschluss einer okkulten Kahnbeinfraktur.

Arzt: ______________________  (Dr. med. G. Onken, Assistenzärztin Chirurgie)
Datum: ____________
''',
    label=lab(['correspondence'], None, 'specialist', 'German ED short report, carbon-copy style plain text, date field left empty',
              'yes', 'unmentioned', 'yes', 'Undated: Datum field blank; MRI only recommended; Dutch sailor treated at German ED')))

# ---------------------------------------------------------------- 032 Hamburg Arztbrief, no imaging (docx)
DOCS.append(dict(stem='ab-032-bghamburg-arztbrief-schnellender-finger', fmt='docx', font='helv', docx_header=True,
    head={'org': 'BG Klinikum Hamburg', 'lines': ['Abteilung für Hand-, Plastische und Mikrochirurgie', 'Bergedorfer Straße 10 · 21033 Hamburg · Tel. +49 40 7306-0'],
          'right': ['Hamburg, 24. November 2026']},
    body='''
L: Frau Dr. med. Claudia Ehlers
L: Hausärztliche Praxis am Hofweg
L: Hofweg 61
L: 22085 Hamburg

**Arztbrief**

Patientin: Femke de Groot, geb. 30.01.1982, wohnhaft Mühlenkamp 8, 22303 Hamburg
Vorstellung in der Handsprechstunde am 20.11.2026

Sehr geehrte Frau Kollegin Ehlers,

vielen Dank für die Überweisung Ihrer Patientin.

Diagnose: Tendovaginitis stenosans (schnellender Finger) Daumen und Ringfinger rechts.

Anamnese: Seit 4 Monaten schmerzhaftes Schnappen des rechten Daumens und seit 6 Wochen auch des Ringfingers, morgens Streckhemmung. Zwei Infiltrationen des Daumens durch Sie ohne anhaltenden Erfolg. Frau de Groot arbeitet als Zahnärztin.

Befund: Tastbarer, druckschmerzhafter Knoten über dem A1-Ringband des Daumens und des Ringfingers rechts, reproduzierbares Schnappen. Keine Streckdefizite. Sensibilität intakt.

Die Diagnose ist klinisch eindeutig; eine Bildgebung war nicht erforderlich.

Procedere: Wir empfehlen die operative Ringbandspaltung A1 an Daumen und Ringfinger rechts in Lokalanästhesie. Frau de Groot ist gebürtige Niederländerin und möchte den Eingriff voraussichtlich während eines längeren Aufenthalts bei ihrer Familie in Groningen durchführen lassen. Wir haben ihr diesen Brief zur Vorlage dort mitgegeben. Sollte sie sich doch für eine Operation bei uns entscheiden, ist ein Termin kurzfristig möglich.

Mit freundlichen Grüßen

Dr. med. Henrike Paulsen
Fachärztin für Plastische und Ästhetische Chirurgie, Handchirurgie
''',
    label=lab(['correspondence'], '2026-11-24', 'specialist', 'German outpatient Arztbrief, docx with letterhead in header',
              'no', 'unmentioned', 'yes', 'Outpatient visit at German hospital = treated abroad; "Bildgebung war nicht erforderlich"; surgery only recommended; long date format "24. November 2026"',
              also_dates=['2026-11-20'])))

if __name__ == '__main__':
    build(DOCS)
