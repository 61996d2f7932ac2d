"""tu-055 .. tu-064 (German: Swiss, Austrian, German)."""
from common import *

# ------------------------------------------------------------------ tu-055 Swiss Austrittsbericht
pdf('tu-055', [
    ('two', 'Kantonsspital Graubünden\nDepartement Chirurgie · Handchirurgie\nLoëstrasse 170, CH-7000 Chur\nTel. +41 81 256 61 11',
     'Frau Dr. med. M. van Houten\nHuisartsenpraktijk Het Anker\nAnkerstraat 4\nNL-3512 AB Utrecht'),
    ('sp', 5),
    ('r', 'Chur, 03.12.26'),
    ('p', 'Austrittsbericht\nPatient: Herr Jeroen Smulders, geb. 17.05.1992, NL-Utrecht\nHospitalisation vom 26.11.26 bis 30.11.26'),
    ('p', 'Sehr geehrte Frau Kollegin'),
    ('p', 'Wir berichten Ihnen über den oben genannten Patienten, der sich am 26.11.26 nach einem Sturz beim '
          'Skifahren in Davos auf unserer Notfallstation vorstellte.'),
    ('h', 'Diagnosen'),
    ('p', '1. Dislozierte distale intraartikuläre Radiusfraktur links (AO 23-C1)\n'
          '   - St. n. offener Reposition und palmarer Plattenosteosynthese am 27.11.26\n'
          '2. Undislozierte Fraktur Processus styloideus ulnae links'),
    ('h', 'Befunde'),
    ('p', 'Röntgen und CT Handgelenk links vom 26.11.26: dorsal abgekippte intraartikuläre Fraktur mit Stufe 2 mm.'),
    ('h', 'Verlauf'),
    ('p', 'Komplikationsloser postoperativer Verlauf. Postoperative Röntgenkontrolle mit regelrechter Stellung. '
          'Entlassung in gutem Allgemeinzustand mit Unterarmschiene.'),
    ('h', 'Procedere'),
    ('p', '- Fadenentfernung am 14. postoperativen Tag beim Hausarzt\n- Ergotherapie/Handtherapie in den Niederlanden\n'
          '- Klinische und radiologische Kontrolle nach 6 Wochen beim Handchirurgen am Wohnort\n'
          '- Ein MRSA-Screening empfehlen wir vor weiteren Eingriffen in den Niederlanden.'),
    ('p', 'Freundliche Grüsse'),
    ('sp', 6),
    ('two', 'Dr. med. Reto Caflisch\nLeitender Arzt Handchirurgie', 'Dr. med. Laura Bärtsch\nAssistenzärztin'),
], font='LibSans', size=10, footer='KSGR · Austrittsbericht Smulders Jeroen, 17.05.1992\tSeite {page} von {pages}')
label('tu-055', kinds=['correspondence'], date='2026-12-03', author='specialist', language='de',
      style='Swiss hospital discharge letter (Austrittsbericht, "Sehr geehrte Frau Kollegin" without comma, dates dd.mm.yy, "Grüsse")',
      imaging_done='yes', operated='yes', treated_abroad='yes',
      notes='Two-digit-year dates (03.12.26); operation only as "St. n." line in Diagnosen (no operator) -> not an operation report; hospitalised in Switzerland; MRSA only recommended.')

# ------------------------------------------------------------------ tu-056 Austrian LKH Operationsbericht
docx_file('tu-056', [
    ('p', 'LKH Villach · Abteilung für Unfallchirurgie\nNikolaigasse 43, A-9500 Villach · Tel. +43 5 7208 0'),
    ('t', 'OPERATIONSBERICHT'),
    ('kv4', [['Patient', 'Frau Nicole Brouwer', 'Geb.-Dat.', '08.08.1985'],
             ['Fallzahl', '26-014471', 'OP-Datum', '14.02.2026'],
             ['Operateur', 'OA Dr. Stefan Kofler', 'Assistenz', 'Dr. Miriam Pichler'],
             ['Anästhesie', 'Plexus axillaris (Dr. Gruber)', 'OP-Saal', 'UCH 2']]),
    ('sp',),
    ('kv', [('Diagnose', 'Ruptur des ulnaren Seitenbandes am Daumengrundgelenk rechts (Skidaumen), Stener-Läsion'),
            ('Eingriff', 'Offene Naht des ulnaren Seitenbandes MCP I rechts mit Knochenanker (Mini-Mitek), temporäre K-Draht-Transfixation'),
            ('Zeiten', 'Schnitt 11:05 · Naht 11:52 · Blutsperre 11:00-11:55 (250 mmHg)'),
            ('Präop. Bildgebung', 'Röntgen Daumen rechts 13.02.2026: kein knöcherner Ausriss'),
            ('OP-Bericht', 'Geschwungener Schnitt ulnar über MCP I. Schonung der sensiblen Äste des N. radialis. Darstellung '
                           'der Adduktoraponeurose, das rupturierte Band liegt proximal davon (Stener). Inzision der '
                           'Aponeurose, Refixation des Bandes an der Grundphalanxbasis mit Knochenanker. Transfixation MCP I '
                           'mit 1,2 mm K-Draht. Naht der Aponeurose, Hautnaht.'),
            ('Komplikationen', 'keine'),
            ('Nachbehandlung', 'Daumengips 5 Wochen, K-Draht-Entfernung nach 5 Wochen (Heimatland NL), danach Ergotherapie')]),
], font='Cambria', size=10, header='LKH Villach – KABEG', footer='Vidiert: OA Dr. S. Kofler, 14.02.2026 · Seite {page}')
label('tu-056', kinds=['operation-report'], date='2026-02-14', author='specialist', language='de',
      style='Austrian LKH operation report (KABEG), 4-col header table, time stamps',
      imaging_done='yes', operated='yes', treated_abroad='yes',
      notes='Dutch patient on ski holiday operated in Austria; pre-op X-ray mentioned; "Heimatland NL".')

# ------------------------------------------------------------------ tu-057 merged: German radiology + Kurzarztbrief
g1 = [
    ('two', 'Radiologie am Rhein · MVZ\nHohenzollernring 37 · 50672 Köln\nTel. 0221 555 7700',
     'Herrn Dr. med. Tobias Brenner\nFacharzt für Handchirurgie\nRingstraße 12, 50996 Köln'),
    ('sp', 4),
    ('r', 'Köln, 3. Dezember 2026'),
    ('p', 'Patientin: Frau Sandra Hermans, geb. 26.01.1980, wohnhaft in Vaals (NL)'),
    ('p', 'Untersuchung: Röntgen rechtes Handgelenk in 2 Ebenen sowie Kahnbeinserie vom 03.12.2026'),
    ('p', 'Sehr geehrter Herr Kollege Brenner,\nvielen Dank für die Überweisung.'),
    ('h', 'Befund'),
    ('p', 'Regelrechte Artikulation im Handgelenk. Erweiterter skapholunärer Spalt (4 mm) im Seitenvergleich, '
          'Terry-Thomas-Zeichen. Skapholunärer Winkel 75°. Keine frische Fraktur. Beginnende Ausziehung am '
          'Processus styloideus radii.'),
    ('h', 'Beurteilung'),
    ('p', 'Hinweis auf skapholunäre Dissoziation rechts mit beginnender SLAC-Konstellation (Stadium I).'),
    ('p', 'Mit freundlichen kollegialen Grüßen\n\nDr. med. Julia Wegener, Fachärztin für Radiologie'),
]
g2 = [
    ('p', 'Praxis für Handchirurgie Dr. med. Tobias Brenner · Ringstraße 12 · 50996 Köln'),
    ('t', 'Kurzarztbrief'),
    ('kv', [('Datum', '04.12.2026'), ('An', 'Huisarts drs. P. Lemmens, Vaals (NL)'),
            ('Patientin', 'Sandra Hermans, *26.01.1980')]),
    ('p', 'Sehr geehrter Herr Kollege,\nIhre Patientin stellte sich bei uns mit Schmerzen am rechten Handgelenk nach '
          'einem Sturz vor 4 Monaten vor. Röntgenologisch SL-Dissoziation (Befund anbei). Wir empfehlen eine '
          'MRT-Arthrographie und ggf. eine Arthroskopie mit SL-Bandrekonstruktion. Die Patientin wünscht vor einer '
          'Operation eine Zweitmeinung in den Niederlanden.\n\nMit freundlichen Grüßen\nDr. med. T. Brenner'),
]
merged_pdf('tu-057', [(g1, dict(font='Helvetica', size=10, footer='Radiologie am Rhein MVZ · Befund')),
                      (g2, dict(font='Times', size=11))])
label('tu-057', kinds=['imaging-report', 'correspondence'], date='2026-12-03', also_dates=['2026-12-04'],
      author='radiologist', language='de',
      style='merged PDF: German radiology Befund (letter form) + hand surgeon Kurzarztbrief',
      imaging_done='yes', operated='unmentioned', treated_abroad='yes',
      notes='Radiology report written as a letter to the referring surgeon ("Sehr geehrter Herr Kollege") - still imaging report; Dutch resident of Vaals seen in Cologne; date "3. Dezember 2026"; MRI arthrography and arthroscopy only recommended.',
      parts=[dict(kinds=['imaging-report'], date='2026-12-03', author='radiologist'),
             dict(kinds=['correspondence'], date='2026-12-04', author='specialist')])

# ------------------------------------------------------------------ tu-058 German MRSA lab (plain text)
txt('tu-058', '''
MVZ Labor Niederrhein GmbH - Mikrobiologie / Krankenhaushygiene
Dießemer Bruch 81, 47805 Krefeld - Tel. 02151 555 300

Einsender:  Klinikum Krefeld-Nord, Station 4B (Handchirurgie)
Patient:    van Dijk, Ruud               geb. 19.12.1958        Fall-Nr. 2611098
Material:   Abstriche (Aufnahmescreening)
Entnahme:   09.11.2026 07:45     Eingang: 09.11.2026 10:30     Befunddatum: 11.11.2026

BEFUND: MRSA-Screening (Kultur, chromogener Selektivagar, 48 h)

  Nasenvorhof beidseits ......... kein MRSA nachgewiesen
  Rachen ........................ kein MRSA nachgewiesen
  Leiste ........................ kein MRSA nachgewiesen
  Wunde Hand rechts ............. kein MRSA nachgewiesen

Beurteilung: Kein Nachweis von MRSA in den eingesandten Materialien.

Endbefund - elektronisch freigegeben: Dr. med. K. Albers, Fachärztin für Mikrobiologie,
Virologie und Infektionsepidemiologie, 11.11.2026
''')
label('tu-058', kinds=['mrsa-screening'], date='2026-11-11', also_dates=['2026-11-09'], author='lab', language='de',
      style='German lab MRSA admission screening (plain text, dotted leaders)',
      imaging_done='unmentioned', operated='unmentioned', treated_abroad='yes',
      notes='Admission screen on a German hand-surgery ward -> treated abroad (Dutch patient name); Entnahme/Eingang/Befund dates.')

# ------------------------------------------------------------------ tu-059 German Arztbrief via LibreOffice, 2 pages
lang = ('Die Patientin berichtet über seit etwa 18 Monaten zunehmende Schmerzen im Bereich des ulnaren '
        'Handgelenks links, belastungsabhängig, besonders beim Tragen von Einkaufstaschen und beim '
        'Auswringen. Ein Trauma sei nicht erinnerlich. Nächtliche Beschwerden bestehen nicht. Sie arbeitet als '
        'Pflegekraft in einem Altenheim in Emmen und ist durch die Beschwerden im Beruf deutlich eingeschränkt. '
        'Konservative Maßnahmen mit Orthese, NSAR und Physiotherapie brachten nur eine vorübergehende Besserung.')
lo_pdf('tu-059', [
    ('p', 'Klinikum Emsland-Nord\nKlinik für Hand-, Plastische und Rekonstruktive Chirurgie\nHauptkanal links 75 · 26871 Papenburg · Tel. +49 4961 555-0'),
    ('sp',),
    ('p', 'Frau\nDr. B. Schuiling, huisarts\nHoofdstraat 101\nNL-7811 EK Emmen'),
    ('r', 'Papenburg, 3. Dezember 2026'),
    ('p', 'Arztbrief — ambulante Vorstellung am 01.12.2026\nPatientin: Frau Heike Zwiers, geb. 14.04.1969'),
    ('p', 'Sehr geehrte Frau Kollegin Schuiling,'),
    ('p', 'wir berichten über die oben genannte Patientin, die sich in unserer handchirurgischen Sprechstunde vorstellte.'),
    ('h', 'Diagnosen'),
    ('p', 'Ulnokarpales Impaction-Syndrom links bei Ulna-Plus-Variante (+3 mm)\nZentrale TFCC-Läsion (Palmer 2C)'),
    ('h', 'Anamnese'), ('p', lang),
    ('p', 'Bislang keine operative Behandlung am Handgelenk. Vorerkrankungen: Hypothyreose. Voroperationen: '
          'Cholezystektomie 2012, Sectio 1998 und 2001.'),
    ('h', 'Befund'),
    ('p', 'Keine Schwellung, Druckschmerz über dem ulnokarpalen Gelenkspalt, positiver Ulnokarpal-Stresstest. '
          'DRUG stabil. Beweglichkeit Extension/Flexion 60-0-55°, Pro-/Supination 80-0-80°. Grobe Kraft '
          'links 22 kg, rechts 30 kg.'),
    ('h', 'Bildgebung'),
    ('p', 'Röntgen beider Handgelenke (01.12.2026): Ulna-Plus-Variante links +3 mm. MRT Handgelenk links '
          '(extern, 10.11.2026): zentrale TFCC-Perforation, Knochenmarködem im ulnaren Lunatum.'),
    ('h', 'Therapie und Procedere'),
    ('p', 'Wir haben eine Ulnaverkürzungsosteotomie empfohlen und die Risiken ausführlich erläutert. Die Patientin '
          'lehnt eine Operation derzeit ab und möchte zunächst eine Zweitmeinung in den Niederlanden einholen. '
          'Es erfolgte eine ulnokarpale Infiltration mit Triamcinolon. Eine Wiedervorstellung bei uns ist jederzeit '
          'möglich.'),
    ('p', 'Mit freundlichen kollegialen Grüßen'),
    ('sp',),
    ('two', 'Prof. Dr. med. H. Tammen\nChefarzt', 'Dr. med. A. Stolte\nOberärztin'),
], font='Liberation Serif', size=12,
    header='Klinikum Emsland-Nord · Zwiers, Heike · geb. 14.04.1969 · Seite {page} von {pages}',
    footer='Ausdruck vom 04.12.2026 · Diktat 01.12.2026 / Schreibkraft ks')
label('tu-059', kinds=['correspondence'], date='2026-12-03', author='specialist', language='de',
      style='German Arztbrief via LibreOffice, multi-page with repeated header (name, DOB, Seite x von y) and print/dictation footer',
      imaging_done='yes', operated='no', treated_abroad='yes',
      notes='Operation recommended and declined; explicit "Bislang keine operative Behandlung am Handgelenk"; cholecystectomy/caesarean are other body parts; consultation + infiltration in a German clinic -> treated abroad; print date 04.12 and dictation 01.12 vs letter date "3. Dezember 2026".')

# ------------------------------------------------------------------ tu-060 German Entlassungsbrief with OP section
docx_file('tu-060', [
    ('p', 'Marienhospital Aachen · Klinik für Hand- und Plastische Chirurgie\nZeise 4 · 52066 Aachen · Tel. 0241 6006-0'),
    ('sp',),
    ('p', 'Herrn\nR. Vliegen, huisarts\nMarkt 8\nNL-6461 EC Kerkrade'),
    ('r', 'Aachen, den 20.10.2026'),
    ('t', 'Entlassungsbrief'),
    ('p', 'Patient: Herr Dirk Schreurs, geb. 02.09.1971, wohnhaft in Kerkrade\nStationärer Aufenthalt: 15.10.2026 – 18.10.2026'),
    ('p', 'Sehr geehrter Herr Kollege,'),
    ('h', 'Diagnosen'),
    ('p', 'Schnittverletzung Hohlhand links mit Durchtrennung der FDS- und FDP-Sehne D III (Zone III) und des N. digitalis communis II/III'),
    ('h', 'Operation'),
    ('kv', [('OP-Datum', '15.10.2026'), ('Operateur', 'Dr. med. F. Laschet, Oberarzt'), ('Assistenz', 'Dr. med. N. Özdemir'),
            ('Anästhesie', 'Intubationsnarkose'),
            ('Eingriff', 'Wundrevision, Naht der FDS- und FDP-Sehne D III (4-Strang-Kernnaht), mikrochirurgische Nervennaht N. digitalis communis II/III'),
            ('OP-Verlauf', 'Blutsperre 260 mmHg. Erweiterung der Wunde nach Bruner. Darstellung der Sehnenstümpfe, Kernnaht und '
                           'epitendinöse Naht. Nervenkoaptation mit 9/0. Hautnaht, dorsale Schiene.')]),
    ('h', 'Befunde'),
    ('p', 'Röntgen Hand links (15.10.2026): kein Fremdkörper, keine knöcherne Verletzung.'),
    ('h', 'Verlauf und Procedere'),
    ('p', 'Komplikationsloser Verlauf. Beginn der Frühmobilisation nach modifiziertem Kleinert-Schema. Handtherapie '
          'in den Niederlanden ist organisiert. Wiedervorstellung in unserer Sprechstunde in 3 Wochen oder '
          'Weiterbehandlung am Wohnort.'),
    ('p', 'Mit freundlichen Grüßen\n\nDr. med. F. Laschet, Oberarzt'),
], font='Arial', size=10, footer='Marienhospital Aachen · Seite {page} von {pages}')
label('tu-060', kinds=['correspondence', 'operation-report'], date='2026-10-20', author='specialist', language='de',
      style='German Entlassungsbrief (docx) with full Operation section (date, operator, procedure, course)',
      imaging_done='yes', operated='yes', treated_abroad='yes',
      notes='Discharge letter containing a full operation description -> also operation report; cross-border patient from Kerkrade admitted in Aachen.')

# ------------------------------------------------------------------ tu-061 German patient letter
txt('tu-061', '''
Katrin Vogel
Maasboulevard 12
5911 PN Venlo
Niederlande

An die Handkliniek Limburg
z. Hd. Second-Opinion-Sprechstunde

Venlo, 29. November 2026

Betreff: Bitte um eine Zweitmeinung - Schmerzen im rechten Daumen

Sehr geehrte Damen und Herren,

ich bin 58 Jahre alt (geb. 03.06.1968) und habe seit fast einem Jahr Schmerzen am rechten
Daumengrundgelenk. Mein Hausarzt in Venlo vermutet eine Arthrose und hat einen Ultraschall
angefordert; der Termin ist erst im Januar.

Im Urlaub in Österreich (Tirol) im August waren die Schmerzen sehr stark. Ich war dort aber bei
keinem Arzt und in keinem Krankenhaus, nur in einer Apotheke, wo ich eine Bandage gekauft habe.

Meine Mutter wurde 2019 an beiden Händen operiert (Karpaltunnel), und ich habe Angst, dass es bei
mir auch so weit kommt. Deshalb möchte ich gerne eine unabhängige Meinung eines Handchirurgen.
Mein Hausarzt schickt Ihnen die Überweisung.

Mit freundlichen Grüßen

Katrin Vogel
''')
label('tu-061', kinds=[], date='2026-11-29', author='patient', language='de',
      style='German patient letter asking for a second opinion (plain text)',
      imaging_done='unmentioned', operated='unmentioned', treated_abroad='no',
      notes='Holiday in Austria explicitly without doctor or hospital -> no; mother\'s operation is a family member; ultrasound only requested/scheduled; not a referral.')

# ------------------------------------------------------------------ tu-062 Austrian radiology, several exams
pdf('tu-062', [
    ('two', 'tirol kliniken\nUniversitätsklinik für Radiologie\nAnichstraße 35, A-6020 Innsbruck',
     'Zuweiser: Universitätsklinik für Orthopädie und Traumatologie, Unfallambulanz\nPatient: Pieter Kok, geb. 21.02.1999'),
    ('sp', 4),
    ('t', 'Radiologischer Befund'),
    ('kv', [('Untersuchungen', '1) Röntgen Hand rechts dv/schräg, 03.12.26 14:12\n2) CT Handgelenk rechts nativ, 05.12.26 09:30'),
            ('Klinische Angabe', 'Snowboardsturz, Schmerzen Tabatière, Fraktur? Kahnbein?')], (40 * mm, 120 * mm)),
    ('h', 'Befund Röntgen (03.12.26)'),
    ('p', 'Kein eindeutiger Frakturnachweis. Weichteilschwellung radial.'),
    ('h', 'Befund CT (05.12.26)'),
    ('p', 'Undislozierte Fraktur des Os scaphoideum im mittleren Drittel (Herbert B2), ohne Trümmerzone. '
          'Übrige Handwurzelknochen intakt. Keine Luxation.'),
    ('h', 'Zusammenfassung'),
    ('p', 'Röntgenologisch okkulte, in der CT nachweisbare undislozierte Skaphoidfraktur rechts.'),
    ('sp', 3),
    ('small', 'Befundet: Dr. A. Mair, Assistenzärztin · Vidiert: OA Dr. G. Hörtnagl, Facharzt für Radiologie, 05.12.2026'),
], font='DejaVuSans', size=9.5, footer='tirol kliniken · Radiologie · Befund 26-R-993412\tSeite {page}/{pages}')
label('tu-062', kinds=['imaging-report'], date='2026-12-05', also_dates=['2026-12-03'], author='radiologist', language='de',
      style='Austrian university radiology report listing two exams with different dates (dd.mm.yy)',
      imaging_done='yes', operated='unmentioned', treated_abroad='yes',
      notes='Two exams (X-ray 03.12.26 negative, CT 05.12.26 positive); Dutch patient seen in the Innsbruck trauma outpatient clinic -> treated abroad.')

# ------------------------------------------------------------------ tu-063 German specialist referral for second opinion
docx_file('tu-063', [
    ('tab', [['Luisenhospital Aachen\nSektion Handchirurgie · Handchirurgische Ambulanz\nDr. med. Claudia Reinartz, Oberärztin\nBoxgraben 56, 52064 Aachen',
              'An die\nHandkliniek Zuid-Limburg\nz. Hd. Zweitmeinung / second opinion\nNL-6229 Maastricht']]),
    ('sp',),
    ('r', 'Aachen, 27.11.2026'),
    ('p', 'Überweisung zur Zweitmeinung\nPatient: Herr Wim Janssen, geb. 05.05.1960, NL-6291 Vaals'),
    ('p', 'Sehr geehrte Kolleginnen und Kollegen,'),
    ('p', 'ich überweise Ihnen Herrn Janssen mit der Bitte um eine Zweitmeinung. Er wird seit Juli 2026 bei uns '
          'ambulant wegen eines Morbus Dupuytren der rechten Hand mit Beugekontraktur des Kleinfingers behandelt '
          '(PIP-Streckdefizit 50°, MCP 20°). Eine Kortisoninjektion in den Strang im Oktober 2026 brachte keine '
          'Besserung. Die Sonographie in unserer Ambulanz zeigte einen kräftigen palmodigitalen Strang. Er ist '
          'nicht voroperiert.'),
    ('p', 'Fragestellung: Partielle Fasziektomie oder perkutane Nadelfasziotomie bei ausgeprägter PIP-Kontraktur? '
          'Der Patient möchte die Behandlung gerne in den Niederlanden durchführen lassen.'),
    ('p', 'Mit freundlichen kollegialen Grüßen\n\nDr. med. C. Reinartz'),
], font='Calibri', size=10.5, footer='Luisenhospital Aachen · Sektion Handchirurgie · Seite {page}')
label('tu-063', kinds=['referral', 'correspondence'], date='2026-11-27', author='specialist', language='de',
      style='German hand surgeon referral letter for a second opinion (Überweisung zur Zweitmeinung, letterhead in table)',
      referral_question=True, imaging_done='yes', operated='no', treated_abroad='yes',
      notes='Specialist referral: both referral and correspondence; outpatient treatment (injection, ultrasound) in a German hospital outpatient clinic -> treated abroad yes (no admission); "nicht voroperiert" = operated no.')

# ------------------------------------------------------------------ tu-064 German Medikationsplan
txt('tu-064', '''
Medikationsplan                                         Seite 1 von 1
für: Vogel, Katrin            geb. am: 03.06.1968
ausgedruckt von: Grenzland-Apotheke, Grenzweg 3, 41334 Nettetal
Tel: 02153 555 200            ausgedruckt am: 01.12.2026
---------------------------------------------------------------------------------------
Wirkstoff          Handelsname      Stärke   Form   mo mi ab zn  Einheit  Hinweise        Grund
---------------------------------------------------------------------------------------
Levothyroxin       L-Thyroxin       75 µg    Tabl   1  0  0  0   Stück    nüchtern        Schilddrüse
Candesartan        Atacand          8 mg     Tabl   1  0  0  0   Stück                    Blutdruck
Ibuprofen          Ibuprofen        400 mg   Tabl   bei Bedarf   Stück    max. 3x tgl.    Daumenschmerz
Pantoprazol        Pantozol         20 mg    Tabl   1  0  0  0   Stück    bei Ibuprofen   Magenschutz
---------------------------------------------------------------------------------------
Selbstmedikation: Diclofenac-Gel 1 %, äußerlich, bei Bedarf
---------------------------------------------------------------------------------------
bundeseinheitlicher Medikationsplan, Version 2.8
''')
label('tu-064', kinds=[], date='2026-12-01', author='other', language='de',
      style='German bundeseinheitlicher Medikationsplan printout (plain text table)',
      imaging_done='unmentioned', operated='unmentioned', treated_abroad='unmentioned',
      notes='Medication plan (no kind) printed by a German border pharmacy; print date is the document date; Ibuprofen for thumb pain is no fact.')
