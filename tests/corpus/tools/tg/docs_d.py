"""tg-049 .. tg-064"""
from common import pdf, docx, txt, label, merge, BUILD

# ------------------------------------------------------------------ tg-049 German hand/ergotherapy report (DOCX with table)
docx('tg-049', [
    ('p', '<b>Praxis für Ergotherapie & Handtherapie</b>\nLisa Hoffmann, Ergotherapeutin B.Sc., zert. Handtherapeutin (DAHTH)\n'
          'Roermonder Straße 215 · 52072 Aachen-Laurensberg · Tel. 0241 91 22 70'),
    ('hr',),
    ('cols', 'Klinikum Aachen-Nord\nSektion Handchirurgie\nz. Hd. Frau Dr. med. C. Reuter\nPauwelsstraße 9\n52074 Aachen',
             'Aachen, 28.10.2026'),
    ('p', '<b>Therapiebericht</b>\nPatient: Herr Bas Vos, geb. 05.08.1990, wohnhaft Vaals (NL)\n'
          'Diagnose lt. Verordnung: Z. n. Beugesehnennaht FDP und FDS D4 rechts, Zone II, nach Schnittverletzung\n'
          'Verordnung: Ergotherapie, motorisch-funktionelle Behandlung, 2×/Woche, 10 Einheiten (2. VO)'),
    ('p', 'Sehr geehrte Frau Dr. Reuter,'),
    ('p', 'Herr Vos befindet sich seit dem 14.08.2026 in unserer Behandlung, nachdem er am 11.08.2026 in Ihrer Klinik '
          'operativ versorgt wurde. Die Nachbehandlung erfolgte nach einem frühfunktionellen aktiven Protokoll '
          '(Saint-John-Schema) mit dorsaler Schiene bis Ende der 6. Woche.'),
    ('table', [
        ['Bewegungsausmaß D4 re. (aktiv)', '02.09.2026', '30.09.2026', '27.10.2026'],
        ['MCP Ext/Flex', '0-0-60°', '0-0-80°', '0-0-85°'],
        ['PIP Ext/Flex', '0-25-70°', '0-15-85°', '0-10-95°'],
        ['DIP Ext/Flex', '0-10-30°', '0-5-45°', '0-5-55°'],
        ['Fingerkuppen-Hohlhand-Abstand', '3,5 cm', '1,5 cm', '0,5 cm'],
        ['Grobgriff (Jamar), li. 48 kg', '—', '—', '22 kg'],
    ], {'widths': (0.4, 0.2, 0.2, 0.2)}),
    ('p', 'Es besteht weiterhin ein Streckdefizit im PIP-Gelenk von 10°, das wir mit einer dynamischen Streckschiene '
          'nachts behandeln. Die Narbe ist noch leicht adhärent. Herr Vos arbeitet als Koch in Maastricht und möchte '
          'möglichst bald wieder voll einsteigen. Wir empfehlen eine Folgeverordnung über 10 Einheiten.'),
    ('p', 'Mit freundlichen Grüßen\n\nLisa Hoffmann'),
], font='Calibri', size=10.5)
label('tg-049', [], 'other', 'de', 'German ergotherapy / hand therapy report with ROM table (DOCX)',
      'unmentioned', 'yes', 'yes', date='2026-10-28',
      notes='Therapist report (no kind) addressed to a hospital surgeon; states the tendon repair was done in a German '
            'hospital (Dutch resident, cross-border worker): operated yes, treated abroad yes; several measurement dates '
            'in a table; no imaging mentioned.')

# ------------------------------------------------------------------ tg-050 German appointment confirmation to patient (TXT)
txt('tg-050', '''
Klinikum Niederrhein-Grenzland
Klinik für Hand-, Plastische und Rekonstruktive Chirurgie - Handsprechstunde
Pfalzdorfer Straße 12 - 47574 Goch - Terminvergabe +49 2823 97 4411

Frau
Sanne de Wit
Van Welderenstraat 77
6511 MC Nijmegen
NIEDERLANDE
                                                          Goch, 19.11.2026

Terminbestätigung

Sehr geehrte Frau de Wit,

hiermit bestätigen wir Ihren Termin in unserer Handsprechstunde:

    Montag, 14. Dezember 2026, 10:30 Uhr
    Ebene 0, Ambulanzzentrum, Anmeldung B

Bitte bringen Sie zu Ihrem Termin mit:
  - Ihre Versichertenkarte bzw. für Versicherte in den Niederlanden die EHIC
    (Europäische Krankenversicherungskarte) oder ein S2-Formular Ihrer Versicherung
  - eine Überweisung Ihres Hausarztes (huisarts), falls vorhanden
  - vorhandene Röntgen-, CT- oder MRT-Bilder auf CD sowie die zugehörigen Befunde
  - eine aktuelle Medikamentenliste

Sollte bei Ihnen eine Operation geplant werden, erfolgt bei stationärer Aufnahme
ein MRSA-Screening in unserem Hause.

Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden
vorher ab.

Mit freundlichen Grüßen
Ihr Team der Handsprechstunde

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.
''')
label('tg-050', [], 'other', 'de', 'German hospital appointment confirmation to a Dutch patient (plain text)',
      'unmentioned', 'unmentioned', 'unmentioned', date='2026-11-19',
      notes='Future appointment in a German hospital: no care has taken place yet (treated_abroad unmentioned); asks to '
            'bring X-ray/CT/MRI images "falls vorhanden" — nothing says imaging was done; operation and MRSA screening '
            'only conditional.')

# ------------------------------------------------------------------ tg-051 German CT report, admission for wrist fracture
pdf('tg-051', [
    ('lh', 'Klinikum Aachen-Süd', ['Klinik für Diagnostische und Interventionelle Radiologie', 'Schurzelter Weg 80, 52074 Aachen',
                                   'Befundsekretariat +49 241 600 3311']),
    ('kv4', [
        ('Name', 'Lubbers, Willem', 'Geb.-Datum', '05.06.1949'),
        ('Wohnort', 'Apeldoorn (NL)', 'Fall-Nr.', '7788041'),
        ('Anf. Abteilung', 'Unfallchirurgie, Station 3C', 'Anf. Arzt', 'Dr. med. T. Schenk'),
        ('Untersuchung', 'CT Handgelenk rechts nativ', 'Datum', '03.10.2026 19:48'),
    ], {'widths': (0.18, 0.32, 0.15, 0.35)}),
    ('p', '<b>Rechtfertigende Indikation/Fragestellung:</b> Sturz auf Treppe am 03.10.2026, distale Radiusfraktur rechts im '
          'konventionellen Röntgen. Gelenkbeteiligung? OP-Planung.'),
    ('p', '<b>Technik:</b> Spiral-CT, 0,6 mm Schichtdicke, multiplanare Rekonstruktionen und 3D-VRT.'),
    ('p', '<b>Befund:</b> Mehrfragmentäre distale Radiusfraktur mit Gelenkbeteiligung: sagittal verlaufende Frakturlinie '
          'zwischen Fossa scaphoidea und Fossa lunata mit Gelenkstufe von 2 mm und Dehiszenz von 3 mm; dorsales '
          'Impressionsfragment (die-punch). Dorsalkippung der Gelenkfläche 18°. Radiusverkürzung 3 mm. Abriss der '
          'Processus-styloideus-ulnae-Spitze. Handwurzelknochen intakt, insbesondere kein Nachweis einer Skaphoidfraktur. '
          'DRUG kongruent. Degenerative Veränderungen des STT-Gelenkes. Deutliche Weichteilschwellung dorsal.'),
    ('p', '<b>Beurteilung:</b>\n1. Intraartikuläre distale Radiusfraktur rechts (AO 23-C2) mit 2 mm Gelenkstufe und dorsalem '
          'die-punch-Fragment.\n2. Ulnare Styloidspitzenfraktur.\n3. Keine Carpalfraktur.'),
    ('sp', 6),
    ('p', 'Dr. med. Yasemin Kaya, Fachärztin für Radiologie\nvidiert: PD Dr. med. H. Lindemann, Oberarzt — 03.10.2026 21:15'),
], font='DejaVuSans', size=9.2, footer='Klinikum Aachen-Süd · Radiologie · Befundbericht · Seite {p}/{n}')
label('tg-051', ['imaging-report'], 'radiologist', 'de', 'German hospital CT report (Befundbericht, 4-column header)',
      'yes', 'unmentioned', 'yes', date='2026-10-03',
      notes='CT done in a German hospital ward (patient from Apeldoorn, see tg-007); "OP-Planung" is a purpose, not an '
            'operation; earlier X-ray mentioned; report co-signed the same evening.')

# ------------------------------------------------------------------ tg-052 Austrian Ambulanzbericht (ski thumb)
pdf('tg-052', [
    ('lh', 'Bezirkskrankenhaus Oberes Gericht', ['Abteilung für Unfallchirurgie – Unfallambulanz', 'Krankenhausweg 3, 6500 Landeck, Tirol',
                                                  'Tel. +43 5442 600 0']),
    ('title', 'AMBULANZBERICHT'),
    ('kv4', [
        ('Patient', 'KUIPER Niels', 'geb.', '28.03.1994'),
        ('Wohnhaft', 'Groningen, Niederlande', 'Versicherung', 'EHIC (NL)'),
        ('Ambulanzbesuch', '08. Jänner 2026', 'Uhrzeit', '15:27'),
        ('Unfallhergang', 'Skisturz, Pistenunfall', 'Unfallort', 'Skigebiet Serfaus'),
    ], {'grid': True, 'widths': (0.18, 0.32, 0.16, 0.34)}),
    ('p', '<b>Anamnese:</b> Sturz beim Skifahren mit dem Skistock in der rechten Hand, Abspreizung des Daumens. '
          'Schmerzen ulnarseitig am Daumengrundgelenk rechts.'),
    ('p', '<b>Status:</b> Schwellung und Hämatom ulnar am MCP-I rechts, Druckschmerz über dem ulnaren Seitenband. '
          'Valgusstress in 30° Flexion: vermehrte Aufklappbarkeit ca. 30° mit festem Endpunkt (Gegenseite 15°). DMS intakt.'),
    ('p', '<b>Röntgen</b> Daumen rechts in 2 Ebenen: kein knöcherner Bandausriss, keine Fraktur.\n'
          '<b>Ultraschall</b> MCP-I rechts: Teilruptur des ulnaren Kollateralbandes, keine Stener-Läsion, Band nicht disloziert.'),
    ('p', '<b>Diagnose:</b> Partielle Ruptur des ulnaren Seitenbandes am Daumengrundgelenk rechts ("Skidaumen"), '
          'S63.4.'),
    ('p', '<b>Therapie:</b> Konservativ. Anlage einer Daumenschiene (Unterarm-Daumengips) in der Ambulanz. '
          'Eine operative Versorgung ist derzeit nicht indiziert.'),
    ('p', '<b>Procedere:</b> Gips für 5–6 Wochen, Kontrolle beim Unfallchirurgen/Handchirurgen am Heimatort in 7 Tagen. '
          'Thromboseprophylaxe nicht erforderlich. Bei Instabilität nach Gipsabnahme ggf. operative Bandrekonstruktion.'),
    ('sp', 6),
    ('p', 'OA Dr. Martin Pfeifhofer, Facharzt für Unfallchirurgie\nLandeck, am 08.01.2026'),
], font='Helvetica', size=9.5, footer='BKH Oberes Gericht – Unfallambulanz – Ausdruck für den Patienten')
label('tg-052', ['correspondence'], 'specialist', 'de', 'Austrian hospital emergency-department report (Ambulanzbericht)',
      'yes', 'no', 'yes', date='2026-01-08',
      notes='Austrian German ("Jänner"); Dutch skier treated in an Austrian hospital A&E (treated abroad, no admission); '
            'X-ray and ultrasound done; conservative cast treatment, operation "nicht indiziert", possible later '
            'reconstruction only conditional; date older than 6 months.')

# ------------------------------------------------------------------ tg-053 travel insurance claim form (TXT)
txt('tg-053', '''
EUROASSIST GLOBAL - TRAVEL INSURANCE
MEDICAL EXPENSES CLAIM FORM  (form MC-04, please complete in CAPITALS)
Claim reference: EAG-26-0917733        Policy no.: TRV-NL-4482019

SECTION A - INSURED PERSON
  Surname / first name ...... JASPERS, FEMKE
  Date of birth ............. 14/02/1997
  Address ................... KORTE NIEUWSTRAAT 5, 3512 AN UTRECHT, NETHERLANDS
  E-mail / phone ............ femke.jaspers@mail.example / +31 6 1855 2390

SECTION B - TRIP
  Destination ............... RHODES, GREECE
  Travel dates .............. 16/08/2026 - 30/08/2026
  Purpose ................... HOLIDAY

SECTION C - ILLNESS / INJURY
  Date of incident .......... 24/08/2026
  Description ............... FELL ON WET STAIRS AT HOTEL POOL, LANDED ON RIGHT HAND.
                              LITTLE FINGER SWOLLEN AND CROOKED.
  Where were you treated? ... LINDOS BAY MEDICAL CENTRE (PRIVATE CLINIC), RHODES
  Type of treatment ......... [X] Outpatient / emergency   [ ] Hospital admission
  Diagnosis (as stated by doctor): FRACTURE PROXIMAL PHALANX 5TH FINGER RIGHT HAND
  X-ray taken? .............. [X] Yes   [ ] No
  Surgery? .................. [ ] Yes   [X] No
  Treatment given ........... CLOSED REDUCTION, ALUMINIUM SPLINT, PAINKILLERS
  Follow-up at home ......... GP + HOSPITAL (ORTHOPAEDICS) IN UTRECHT, 02/09/2026

SECTION D - EXPENSES
  Item                                    Currency   Amount    Paid by
  Emergency consultation                  EUR         120.00   insured
  X-ray right hand (2 views)              EUR          85.00   insured
  Reduction + splint                      EUR         140.00   insured
  Pharmacy (ibuprofen, paracetamol)       EUR          14.60   insured
  Taxi hotel - clinic - hotel             EUR          38.00   insured
                                          TOTAL       397.60

SECTION E - DECLARATION
  I declare that the information given is true and complete. I authorise
  EuroAssist Global to obtain medical information from the treating doctors.
  Enclosed: invoices (5), medical report Lindos Bay Medical Centre, copy EHIC.

  Signature: F. Jaspers                   Date: 02/09/2026
''')
label('tg-053', [], 'patient', 'en', 'travel insurance medical claim form filled in by the patient (plain text)',
      'yes', 'no', 'yes', date='2026-09-02',
      notes='Insurance form (no kind) with ticked boxes: X-ray Yes, Surgery No, outpatient emergency treatment in a clinic '
            'in Greece (treated abroad, no admission); travel dates and incident date; enclosed foreign medical report '
            'only mentioned.')

# ------------------------------------------------------------------ tg-054 Turkish private hospital discharge summary with operation notes
pdf('tg-054', [
    ('lh', 'Özel Lara Deniz Hastanesi', ['Lara Deniz Private Hospital — Orthopaedics and Traumatology',
                                         'Güzeloba Mah. 2214 Sok. No: 9, 07230 Muratpaşa / Antalya, Türkiye',
                                         'International Patient Center: +90 242 555 70 70']),
    ('title', 'EPICRISIS / DISCHARGE SUMMARY'),
    ('kv4', [
        ('Patient Name', 'Bram VAN LEEUWEN', 'Protocol No', '2026/091144'),
        ('Date of Birth', '12.12.1988', 'Nationality', 'The Netherlands'),
        ('Admission', '09.09.2026', 'Discharge', '11.09.2026'),
        ('Department', 'Orthopaedics & Traumatology', 'Insurance', 'Travel insurance (guarantee letter)'),
    ], {'grid': True, 'widths': (0.17, 0.33, 0.17, 0.33)}),
    ('h', 'Complaint and history'),
    ('p', 'Patient was admitted to our clinic from the emergency service after punching a wall during a holiday, with '
          'pain, swelling and deformity of the right hand. No previous illness. No drug allergy.'),
    ('h', 'Examination and imaging'),
    ('p', 'Rotational malalignment of the right little finger on flexion (scissoring). Direct X-ray right hand: displaced '
          'oblique shaft fracture of the 5th metacarpal with shortening.'),
    ('h', 'Diagnosis'),
    ('p', 'Closed displaced fracture of the 5th metacarpal shaft, right hand (ICD-10 S62.32).'),
    ('h', 'Operation notes'),
    ('kv', [
        ('Date of operation', '10.09.2026'),
        ('Surgeon', 'Op. Dr. Mehmet Karaca, Orthopaedics and Traumatology Specialist'),
        ('Assistant', 'Dr. Elif Şahin'),
        ('Anaesthesia', 'Infraclavicular block (Dr. Burak Aydemir)'),
        ('Procedure', 'Open reduction and internal fixation of right 5th metacarpal with a 2.0 mm titanium mini-plate '
                      'and 5 screws'),
    ], {'grid': True, 'widths': (0.22, 0.78)}),
    ('p', 'Under tourniquet a dorsoulnar incision was made over the 5th metacarpal. The dorsal sensory branch of the ulnar '
          'nerve was protected. Fracture hematoma was cleaned, the fracture reduced with correction of rotation and fixed '
          'with a mini-plate. Rotation checked by tenodesis; fluoroscopy showed good position. The wound was closed in layers '
          'and a volar ulnar gutter splint was applied. No complication.'),
    ('h', 'Course and recommendations'),
    ('p', 'Postoperative period was uneventful. Control X-ray satisfactory. The patient is fit to fly on 12.09.2026 with the '
          'arm in a sling. Sutures to be removed on day 12–14. Control X-ray and physiotherapy in his home country. '
          'Medication: amoxicillin-clavulanate 1 g 2×1 for 5 days, dexketoprofen 25 mg 2×1, pantoprazole 40 mg 1×1.'),
    ('sp', 6),
    ('p', 'Op. Dr. Mehmet Karaca\nOrthopaedics and Traumatology Specialist — Diploma Reg. No. 88214'),
    ('small', 'Print date: 14.09.2026 — printed for insurance company on request of the International Patient Center'),
], font='DejaVuSans', size=9, footer='Özel Lara Deniz Hastanesi A.Ş. · Page {p}/{n}')
label('tg-054', ['correspondence', 'operation-report'], 'specialist', 'en',
      'Turkish private hospital epicrisis in English with an operation-notes block',
      'yes', 'yes', 'yes', date='2026-09-11', also=['2026-09-14'],
      notes='Discharge summary from a hospital in Turkey (admission 09–11.09.2026) with a full operation block (date, '
            'surgeon, anaesthesia, procedure, description): both correspondence and operation report; dotted dates; '
            'print date 14.09 in the small print; "fit to fly" date.')

# ------------------------------------------------------------------ tg-055 NHS consultant letter written to the patient (DOCX)
docx('tg-055', [
    ('lh', 'Medway Vale University Hospitals NHS Foundation Trust', ['Department of Trauma & Orthopaedics — Hand and Wrist Service',
                                                                      'Elmstead Hospital, Windmill Road, Gillingham ME7 9QT',
                                                                      'Appointments 01634 830 400'], {'stack': True}),
    ('cols', 'Mrs Grace Okafor-Smit\n31 Hawthorn Rise\nRainham\nGillingham ME8 7DS',
             'Date: 30 June 2026\nClinic date: 24 June 2026\nNHS number: 999 270 5516\nHospital number: EH4471093'),
    ('p', 'Dear Mrs Okafor-Smit,'),
    ('p', 'Thank you for coming to see me in the hand and wrist clinic last week. As you know, I write my clinic letters '
          'directly to patients, with a copy to your GP, so that you have a record of what we discussed.'),
    ('p', '<b>What we found</b>\nYou have had pain on the back of your left wrist for about eight months, worse when you push '
          'up from a chair and when you practise yoga. When I examined you, you were tender over the area between two of '
          'the wrist bones (the scaphoid and the lunate) and there was a small soft swelling that comes and goes. Your '
          'grip was a little weaker on the left. Your nerves and circulation were normal.'),
    ('p', '<b>What I think is going on</b>\nThis may be a small ganglion hidden under the tendons ("occult ganglion"), '
          'but I would also like to make sure that there is no damage to the ligament between the scaphoid and lunate.'),
    ('p', '<b>What happens next</b>\nI have requested an MRI scan of your left wrist. You should receive an appointment '
          'letter within six weeks. I will see you again with the result. In the meantime please use the wrist support '
          'we gave you when you are doing heavy tasks. You mentioned that your knee replacement (2021) is doing well and '
          'that you and your husband may spend part of next year in the Netherlands; if so, please let us know so that '
          'the results can be sent to you.'),
    ('p', 'Yours sincerely,'),
    ('sp', 12),
    ('p', 'Miss Catherine Ashdown-Reid\nConsultant Orthopaedic Hand Surgeon'),
    ('small', 'cc: Dr P. Brennan, Highfield Surgery, 2 Station Road, Rainham ME8 7RS\nDictated 24/06/2026, typed 29/06/2026'),
], font='Arial', size=10.5, footer='Medway Vale University Hospitals NHS Foundation Trust — We are a smoke-free site')
label('tg-055', ['correspondence'], 'specialist', 'en', 'NHS consultant letter written to the patient with copy to GP (DOCX)',
      'unmentioned', 'unmentioned', 'yes', date='2026-06-30',
      notes='UK "writing to patients" style: addressed to the patient, plain-language headings; MRI only requested; knee '
            'replacement is another body part; seen and given a wrist support at a UK hospital (care abroad); possible '
            'future stay in the Netherlands; clinic/dictated/typed dates differ from letter date.')

# ------------------------------------------------------------------ tg-056 short HIS-generated GP referral (TXT), dotted date
txt('tg-056', '''
Huisartsenpraktijk Oostburg
H.C. Tak-de Smet, huisarts
Markt 9, 4501 CJ Oostburg - 0117-452030

Verwijsbrief

Aan:       Handkliniek Veluwezoom, t.a.v. dienstdoende handchirurg
Datum:     4.11.2026
Patiënt:   S. (Sem) Vermeer, geb. 23.08.2001
           Nieuwstraat 40, 4501 BD Oostburg
Verzekerd: Zilverduin, 660218731

Geachte collega,

Graag uw beoordeling van Sem Vermeer, 25 jaar, student fysiotherapie in Gent en fanatiek
volleyballer. Sinds een val op de uitgestrekte hand in het voorjaar van 2025 heeft hij
pijn aan de pinkzijde van de linkerpols met een klikkend gevoel bij draaien (deurklink,
bal opslaan). Hij werd in 2025 in het AZ Meetjesland in Eeklo gezien door een orthopeed
en kreeg daar twee infiltraties, zonder blijvend effect.

Vraag: is er sprake van een instabiliteit van het distale radio-ulnaire gewricht, en zou
een operatieve stabilisatie zinvol zijn? Hij wil graag een Nederlandse second opinion
voordat hij in België een beslissing neemt.

Medicatie: geen. Allergieën: geen.

Met collegiale groet,

H.C. Tak-de Smet, huisarts
(elektronisch verzonden, niet ondertekend)
''')
label('tg-056', ['referral'], 'gp', 'nl', 'short HIS-generated GP referral letter (plain text), dotted dates',
      'unmentioned', 'unmentioned', 'yes', date='2026-11-04', rq=True,
      notes='Dates in "4.11.2026" form, birth date "23.08.2001"; question labelled "Vraag:"; infiltrations in a Belgian '
            'hospital (treated abroad); surgery only asked about; no imaging mentioned; Zeeuws-Vlaanderen border patient.')

# ------------------------------------------------------------------ tg-057 orthopaedic letter: holiday in France without care
pdf('tg-057', [
    ('lh', 'Ziekenhuis Gelderse Poort', ['Orthopedie & Traumatologie', 'Wijchenseweg 400, 6537 TL Nijmegen', '024-3890500']),
    ('cols', 'Aan de huisarts\nmw. J.H. Roelofs\nHuisartsenpraktijk Hatert\nHatertseweg 900\n6535 ZZ Nijmegen',
             'Nijmegen, 30 augustus 2026\nKenmerk: ORT/2026/55190\nBehandelaar: P. Jongsma, physician assistant'),
    ('p', 'Betreft: de heer J. Postma, geboren 06-06-1988\nSEH-bezoek 09-08-2026, controle polikliniek 26-08-2026'),
    ('p', 'Geachte collega,'),
    ('p', 'Uw patiënt meldde zich op 9 augustus op onze Spoedeisende Hulp met pijn aan de rechterpols. Hij was op 2 augustus '
          'tijdens een vakantie in de Dordogne (Frankrijk) met de mountainbike gevallen op de uitgestrekte hand. Hij heeft '
          'daar geen arts of ziekenhuis bezocht en is na terugkomst naar ons gekomen.'),
    ('p', '<b>Onderzoek SEH:</b> zwelling dorsoradiaal, drukpijn tabatière en scafoïdtuberkel. Röntgen pols rechts met '
          'scafoïdserie: geen fractuur zichtbaar. Behandeld als verdenking scafoïdfractuur met onderarmbrace met duimdeel.'),
    ('p', '<b>Controle 26-08-2026:</b> drukpijn tabatière verdwenen, rest-drukpijn dorsaal SL-interval, scafoïdshift-test '
          'negatief. Herhaalde röntgenfoto (incl. gebalde vuist-opname): geen fractuur, SL-afstand 2 mm, normaal.'),
    ('p', '<b>Conclusie:</b> distorsie pols rechts; scafoïdfractuur en SL-letsel klinisch en radiologisch niet aannemelijk.'),
    ('p', '<b>Beleid:</b> conservatief; brace afbouwen, oefenen volgens folder. Geen vervolgafspraak. Bij persisterende '
          'klachten na 6 weken kan een MRI worden overwogen; wij horen het dan graag.'),
    ('p', 'Met vriendelijke groet,\n\nP. Jongsma, physician assistant orthopedie\nsupervisor: dr. A.W. Haak, orthopedisch chirurg'),
    ('small', 'cc: patiënt'),
], font='Helvetica', size=10, footer='Ziekenhuis Gelderse Poort — Orthopedie — pagina {p} van {n}')
label('tg-057', ['correspondence'], 'specialist', 'nl', 'Dutch hospital outpatient letter signed by a physician assistant',
      'yes', 'no', 'no', date='2026-08-30',
      notes='Accident on holiday in France but explicitly no doctor or hospital there (treated_abroad no); care at a Dutch '
            'ED; X-rays done, MRI only possible later; conservative treatment; signed by a physician assistant with '
            'supervisor; three dates in the heading.')

# ------------------------------------------------------------------ tg-058 fax printout (2 pages), patient living in Spain
F58 = '19-11-2026 09:12  FROM: ZH DE WIELEWAAL PLCH  +31 24 365 9871   TO: 0555790119   P.{p}/{n}'
pdf('tg-058', [
    ('mono', '''ZIEKENHUIS DE WIELEWAAL - Plastische, Reconstructieve en Handchirurgie
Postbus 9120, 6500 HC Nijmegen - polikliniek 024-3659870

Aan:  huisarts dr. B.E. Stam (waarnemend, tijdelijk adres patiënte)
      Groesbeekseweg 12, 6524 DA Nijmegen
Kopie: Handkliniek Veluwezoom, Apeldoorn (op verzoek van patiënte)

Datum:        17-11-2026
Ons kenmerk:  PLA/2026/131770
Betreft:      mw. C.M. Reinders-Vidal, geb. 25-01-1959
              vast adres: Calle Pintor Sorolla 14, 03690 San Vicente del
              Raspeig (Alicante), Spanje; in NL verblijvend bij dochter

Geachte collega,

Op 16 november zagen wij bovengenoemde patiënte op de polikliniek. Me-
vrouw woont sinds 2019 in Spanje en is voor deze klachten naar Neder-
land gekomen, omdat zij hier verzekerd is gebleven en de behandeling
hier wil laten plaatsvinden.

Anamnese
Sinds ruim een jaar pijnlijke knik van de rechterduim en 's nachts tin-
telingen in duim tot en met middelvinger rechts. In Spanje is zij in
april 2026 door een traumatoloog in de Clínica San Vicente in Alicante
behandeld met een injectie in de duimpees, met kortdurend effect. Daar
is ook een echo van de duim en pols gemaakt (verslag in het Spaans,
meegenomen): verdikte A1-ringband duim, verdikte n. medianus (CSA 14
mm2). Geen operaties in het verleden. Rechtshandig.

Lichamelijk onderzoek
Triggering IP-1 rechts met palpabele nodus ter hoogte van de A1-pulley.
Tinel en Phalen positief rechts. Geen thenaratrofie. Two-point dis-
criminatie 5 mm.

Conclusie
1. Triggerduim rechts (Quinnell 3).
2. Carpaletunnelsyndroom rechts, klinisch matig, echografisch onder-
   steund.

Beleid
Wij hebben een gecombineerde ingreep voorgesteld: open carpaletunnel-
release en A1-release van de duim rechts onder WALANT. Patiënte gaat
hiermee akkoord; de operatie is gepland op 14-01-2027. Zij heeft aan-
gegeven daarnaast een second opinion te willen bij de Handkliniek Ve-
luwezoom, vandaar de kopie van deze brief. Een EMG vinden wij gezien de
duidelijke kliniek niet noodzakelijk.

Omdat patiënte in 2026 in een Spaanse kliniek is behandeld, vragen wij
u vóór de operatie een MRSA-screening (neus, keel, perineum) af te ne-
men.

Met collegiale groet,

dr. F.M. Wolters, plastisch chirurg

(dit document is elektronisch geautoriseerd)'''),
], font='Courier', size=11.5, fax=F58, margins=(22, 24, 20, 22))
label('tg-058', ['correspondence'], 'specialist', 'nl', 'faxed outpatient letter, Courier, fax transmission line on every page, hyphenated line breaks',
      'yes', 'no', 'yes', date='2026-11-17',
      notes='Fax header dated 19-11-2026 on every page vs letter date 17-11-2026 vs clinic date 16 November; patient living '
            'in Spain, treated (injection, ultrasound) at a Spanish clinic and came back to NL for surgery that is only '
            'planned (14-01-2027); "Geen operaties in het verleden" (operated no); copy to the second-opinion clinic is '
            'not a referral; MRSA screening only requested; words hyphenated across lines (Me-/vrouw, Ve-/luwezoom).')

# ------------------------------------------------------------------ tg-059 pre-operative screening letter, BMI 41 (DOCX)
docx('tg-059', [
    ('lh', 'Medisch Centrum Eemvallei', ['Anesthesiologie — Preoperatieve Screening (POS)', 'Utrechtseweg 160, 3818 ES Amersfoort',
                                          'POS-spreekuur 033-8503710']),
    ('cols', 'Aan: dr. R.J. Dekker, orthopedisch chirurg\nPolikliniek Orthopedie — intern\n\nIn afschrift aan: huisarts '
             'T. Mollema, Hoogland', 'Amersfoort, 05-11-2026\nPOS-datum: 03-11-2026\nPatiëntnr.: 8804215'),
    ('p', '<b>Betreft:</b> mw. G. Hulshof, geb. 03-08-1962\n<b>Geplande ingreep:</b> totale polsartrodese rechts, '
          'gepland 12-01-2027 (klinisch, 1 nacht)'),
    ('p', 'Geachte collega Dekker,'),
    ('p', 'Bovengenoemde patiënte werd op het POS-spreekuur gezien ter voorbereiding op de geplande ingreep.'),
    ('kv', [
        ('Voorgeschiedenis', 'Obesitas (lengte 1,64 m, gewicht 111 kg, BMI 41,3)\nOSAS, CPAP sinds 2020\n'
                             'DM type 2 (metformine, HbA1c 58)\nHypertensie\n'
                             '2022 proximale rij carpectomie pols rechts (elders, Ziekenhuis Rivierenhof), persisterende '
                             'pijn\n2015 laparoscopische cholecystectomie, postoperatief moeizaam wakker worden'),
        ('Medicatie', 'Metformine 1000 mg 2 dd, lisinopril 20 mg 1 dd, paracetamol 1 g 3 dd, tramadol 50 mg z.n.'),
        ('Allergieën', 'Pleister (huidreactie)'),
        ('Luchtweg', 'Mallampati III, beperkte halsextensie, mondopening > 3 cm'),
        ('ASA-klasse', 'III'),
        ('Aanvullend', 'ECG: sinusritme, geen afwijkingen. Lab: Hb 8,4, kreatinine 76, glucose 9,1.'),
    ], {'grid': True, 'widths': (0.25, 0.75)}),
    ('p', '<b>Anesthesieplan:</b> plexus-infraclaviculair blok met lichte sedatie; algehele anesthesie als back-up '
          '(videolaryngoscoop klaarzetten). Postoperatief CPAP gebruiken, patiënte neemt eigen apparaat mee. '
          'Metformine op de dag van de ingreep staken.'),
    ('p', '<b>Conclusie:</b> akkoord voor de ingreep onder bovengenoemde voorwaarden. Gezien het BMI boven 40 is de '
          'ingreep niet geschikt voor een zelfstandig behandelcentrum.'),
    ('p', 'Met vriendelijke groet,\n\ndrs. H. van Wijngaarden, anesthesioloog'),
], font='Arial', size=10, footer='MC Eemvallei — POS-brief — vertrouwelijk')
label('tg-059', ['correspondence'], 'specialist', 'nl', 'pre-operative screening letter from anaesthesiology (DOCX, grid table)',
      'unmentioned', 'yes', 'unmentioned', date='2026-11-05', also=[],
      notes='Anaesthesiologist\'s POS letter: wrist arthrodesis only planned (12-01-2027), but the history lists an '
            'earlier proximal row carpectomy of the same wrist (operated yes); BMI 41.3 (over 40, diagnostics only at the '
            'clinic); cholecystectomy is another body part; ECG and lab are not imaging.')

# ------------------------------------------------------------------ tg-060 HIS patient overview with stay in Morocco (TXT)
txt('tg-060', '''
PATIËNTOVERZICHT                                   Datum uitdraai: 28-11-2026 08:31
Huisartsen Westerwatering, Zaandam                 Uitgedraaid door: dr. L. Hoekman
----------------------------------------------------------------------------------
Naam: El Amrani, Y. (Youssef)     Geb: 21-03-1992   M   Tel: 06-18452207
Adres: Westzijde 402, 1506 GJ Zaandam               Verz: Noordhaven 512277804
----------------------------------------------------------------------------------
PROBLEEMLIJST
 L74   Fractuur MC V rechts, status na K-draadfixatie (Marokko)   07-2026  actief
 L12   Rotatiefout pink rechts                                    10-2026  actief
 R96   Astma                                                      2004     actief
 S06   Eczeem handen (beroeps, schilder)                          2019     inactief

JOURNAAL  (01-06-2026 t/m 28-11-2026)
datum      | door | ICPC | regel
-----------+------+------+-------------------------------------------------------
29-07-2026 | LH   | L74  | S: terug van vakantie in Marokko. Op 12-07 in Agadir van
           |      |      |    scooter gevallen, rechterhand. Opgenomen (2 nachten) in
           |      |      |    Clinique Al Massira, Agadir; onder narcose "ijzerdraadjes"
           |      |      |    in de pink. Franstalige ontslagbrief + foto's op telefoon.
           |      |      | O: 2 K-draden MC V re, insteekopeningen rustig. Gips.
           |      |      | E: status na percutane K-draadfixatie fractuur MC V re.
           |      |      | P: verwijzing heelkunde Zaans MC Noord voor controle en
           |      |      |    verwijderen K-draden.
12-08-2026 | LH   | L74  | Brief specialist ontvangen: heelkunde ZMC-Noord. X-hand:
           |      |      | consoliderende fractuur, K-draden 10-08 poliklinisch verwijderd.
           |      |      | Handtherapie.
23-10-2026 | LH   | L12  | S: pink kruist over ringvinger bij vuist maken, kan niet goed
           |      |      |    kwast vasthouden, werkt als schilder.
           |      |      | O: rotatiefout D5 re ca. 15 gr, vuistsluiting onvolledig.
           |      |      | E: malunion MC V re met rotatiefout.
           |      |      | P: overleg heelkunde ZMC-Noord (tel.): correctie-osteotomie
           |      |      |    mogelijk, pt twijfelt, wil eerst second opinion.
02-11-2026 | AS   | L12  | Telefoon pt: wil naar Handkliniek Veluwezoom. Verwijzing
           |      |      | second opinion via ZorgDomein. Handkliniek vraagt MRSA-
           |      |      | screening i.v.m. opname buitenland.
06-11-2026 | AS   | --   | MRSA-kweken afgenomen (neus/keel/perineum), naar lab.
13-11-2026 | LH   | --   | Lab: MRSA niet aangetoond. Doorgestuurd naar Handkliniek.
20-11-2026 | LH   | R96  | Astma stabiel, inhalatietechniek ok.

MEDICATIE
 Budesonide/formoterol 200/6 Turbuhaler  2 dd 1 inh.
 Salbutamol 100 mcg                      z.n.
 Triamcinolonacetonide crème 0,1%        z.n. handen (gestopt 2024)

ALLERGIE/INTOLERANTIE: nikkel (eczeem)
----------------------------------------------------------------------------------
                                                           - einde overzicht -
''')
label('tg-060', ['history'], 'gp', 'nl', 'HIS patient overview with problem list and journal in a pipe-table',
      'yes', 'yes', 'yes', date='2026-11-28',
      notes='GP printout documenting an admission with K-wire fixation in a Moroccan clinic (treated abroad, operated), '
            'later X-ray in a Dutch hospital; journal lines "Brief specialist ontvangen" and "Lab: MRSA niet aangetoond" '
            'are mentions, not correspondence or a lab result; osteotomy only possible; the printout is recent.')

# ------------------------------------------------------------------ tg-061 specialist referral for second opinion (HiX letter via LibreOffice)
docx('tg-061', [
    ('lh', 'Ziekenhuis Gelderse Poort', ['Orthopedie — Hand- en Polsteam', 'Wijchenseweg 400, 6537 TL Nijmegen',
                                         'Polikliniek 024-3890500'], {'image': True, 'sub': 'Nijmegen'}),
    ('cols', 'Handkliniek Veluwezoom\nt.a.v. dr. M. Reijnders, handchirurg\nDeventerstraat 210\n7321 CH Apeldoorn',
             'Datum: 11-11-2026\nOns kenmerk: ORT/HP/26-60712\nUw kenmerk: -'),
    ('p', '<b>Betreft: verwijzing voor second opinion</b>\nmw. L. Timmer, geb. 17-01-1995, patiëntnummer 7720461\n'
          'Graafseweg 190, 6531 ZX Nijmegen'),
    ('p', 'Beste Maarten,'),
    ('p', 'Graag verwijs ik mevrouw Timmer naar jullie voor een second opinion. Zij is 31 jaar, operatieassistent van '
          'beroep, en heeft een lange voorgeschiedenis aan haar rechterpols. Ik heb met haar besproken dat een frisse blik '
          'van buiten ons team nu zinvol is.'),
    ('h', 'Beloop'),
    ('p', '- 03-2024: val van paard; X-pols zonder fractuur, aanhoudende pijn.\n'
          '- 09-2024: MRI pols re: partiële SL-ruptuur. Diagnostische artroscopie pols re (Geissler III), debridement.\n'
          '- 04-2025: SL-reconstructie volgens modified Brunelli (3LT) rechts.\n'
          '- 02-2026: revisie wegens losgeraakt anker, herfixatie.\n'
          '- 10-2026: CT pols re: SL-diastase 4 mm, DISI-stand, beginnende artrose radiale styloïd (SLAC I).'),
    ('h', 'Huidige situatie'),
    ('p', 'Persisterende pijn en klikken, knijpkracht 14 kg (links 30 kg), extensie 35°, flexie 30°. Zij kan haar werk op de '
          'OK niet meer doen. Handtherapie en spalk hebben onvoldoende geholpen.'),
    ('h', 'Vraagstelling'),
    ('p', 'Zien jullie nog een plaats voor een (her)reconstructie, of adviseren jullie een salvage-ingreep '
          '(scafoïdexcisie met four-corner fusion of proximale rij carpectomie)? Wij hebben haar beide opties genoemd '
          'maar nog geen keuze gemaakt.'),
    ('p', 'De operatieverslagen, de CT- en MRI-verslagen en de beelden (via de regionale beeldenuitwisseling) sturen wij mee.'),
    ('p', 'Met collegiale groet,'),
    ('sp', 10),
    ('p', 'dr. A.W. Haak\northopedisch chirurg, hand- en polschirurgie'),
    ('small', 'cc: huisarts mw. J.H. Roelofs, Nijmegen; patiënte\nBijlagen: OK-verslagen (3), verslag MRI 09-2024, verslag CT 10-2026'),
], font='Calibri', size=10.5, footer='Ziekenhuis Gelderse Poort — HiX — printdatum 11-11-2026', to_pdf=True)
label('tg-061', ['referral', 'correspondence'], 'specialist', 'nl', 'specialist (orthopaedic surgeon) referral letter for second opinion, HiX-like, via LibreOffice',
      'yes', 'yes', 'unmentioned', date='2026-11-11', rq=True,
      notes='Referral written by a treating specialist (not a GP) with an explicit "Vraagstelling": both referral and '
            'specialist correspondence; informal salutation by first name; list of three earlier wrist operations and '
            'MRI/CT; enclosures only announced; hospital name only in the picture letterhead and footer.')

# ------------------------------------------------------------------ tg-062 merged Belgian: discharge letter day hospital + RX report + Dutch MRSA result
b1 = pdf('tg-062-p1', [
    ('lh', 'AZ Zwin-Oost', ['campus Knokke-Heist', 'Dienst Orthopedie en Traumatologie — Dagziekenhuis',
                            'Kustlaan 190, 8300 Knokke-Heist', 'Tel. +32 50 63 12 00']),
    ('cols', 'Dokter P. de Kraker\nHuisartsenpraktijk Sluis\nKade 6\n4524 CK Sluis\nNederland',
             'Knokke-Heist, 16/10/2026\nOns ref.: ORT-DZ-26/4480'),
    ('p', '<b>ONTSLAGBRIEF DAGZIEKENHUIS</b>'),
    ('p', 'Betreft: Mevrouw Noor CLAEYS-DE JONGE, ° 02/09/1981, Nieuwstraat 3, 4524 AA Sluis (NL)\n'
          'Opname: 15/10/2026 — Ontslag: 16/10/2026'),
    ('p', 'Geachte Collega,'),
    ('p', 'Uw patiënte werd op 14/10/2026 gezien op onze spoedgevallendienst na een val tijdens het zeilen, met pijn aan de '
          'basis van de linkerduim. RX toonde een intra-articulaire fractuur van de basis van het eerste metacarpaal '
          '(Bennett). Zij werd opgenomen in het dagziekenhuis en op 15/10/2026 behandeld met gesloten repositie en percutane '
          'fixatie met K-draden. Het verloop was ongecompliceerd en zij mocht de volgende ochtend naar huis.'),
    ('p', '<b>Behandeling bij ontslag</b>: duimgips 4 weken, paracetamol 1 g max 4×/dag, ibuprofen 400 mg 3×/dag gedurende '
          '5 dagen.\n<b>Opvolging</b>: controle met RX op onze raadpleging op 29/10/2026; verwijderen K-draden na 4–5 weken.'),
    ('p', 'Met collegiale groeten,\n\nDr. Pieter-Jan Lootens, orthopedisch chirurg'),
], font='DejaVuSans', size=9.5, outdir=BUILD, footer='AZ Zwin-Oost vzw — ontslagbrief')
b2 = pdf('tg-062-p2', [
    ('lh', 'AZ Zwin-Oost — Medische Beeldvorming', ['campus Knokke-Heist', 'Kustlaan 190, 8300 Knokke-Heist']),
    ('kv', [
        ('Patiënt', 'CLAEYS-DE JONGE Noor  (° 02/09/1981)'),
        ('Aanvrager', 'Spoedgevallendienst — Dr. E. Declercq'),
        ('Onderzoek', 'RX duim links (2 opnames) + RX pols links'),
        ('Datum', '14/10/2026'),
    ], {'widths': (0.2, 0.8)}),
    ('p', 'Intra-articulaire fractuur van de basis van het os metacarpale I links met een klein volair-ulnair fragment '
          '(ca. 20% van het gewrichtsvlak) dat in situ blijft, en radiale en proximale subluxatie van de schacht. '
          'Geen andere fracturen. Pols zonder traumatische letsels.'),
    ('p', '<b>Besluit:</b> Bennett-fractuur links met subluxatie CMC-1.'),
    ('p', 'Dr. Hanne Verstraete, radioloog — gevalideerd 14/10/2026'),
], font='DejaVuSans', size=9.5, outdir=BUILD)
b3 = pdf('tg-062-p3', [
    ('lh', 'Laboratorium Medische Microbiologie Zeeuws-Vlaanderen', ['Terneuzen', 'Kennedylaan 48, 4535 PC Terneuzen', '0115-688500']),
    ('title', 'Uitslag'),
    ('kv4', [
        ('Patiënt', 'Claeys-de Jonge, N.', 'Geb.', '02-09-1981'),
        ('Aanvrager', 'P. de Kraker, huisarts Sluis', 'Labnr.', 'ZV26-40117'),
        ('Afname', '24-11-2026', 'Uitslag', '26-11-2026'),
    ]),
    ('kv', [
        ('Klinische gegevens', 'Dagopname ziekenhuis België (okt 2026); screening vóór second opinion handchirurgie'),
        ('Bepaling', 'MRSA-screening kweek (neus, keel, perineum, gepoold)'),
        ('Uitslag', 'MRSA niet aangetoond'),
    ], {'grid': True, 'widths': (0.25, 0.75)}),
    ('small', 'Geautoriseerd door: dr. W. Boone, arts-microbioloog'),
], font='Helvetica', size=9.5, outdir=BUILD)
merge('tg-062', [b1, b2, b3])
label('tg-062', ['correspondence', 'imaging-report', 'mrsa-screening'], 'specialist', 'nl',
      'merged PDF: Belgian day-hospital discharge letter + Belgian X-ray report + Dutch MRSA lab result',
      'yes', 'yes', 'yes', date='2026-10-16',
      notes='Dutch patient from Sluis treated in a Belgian hospital (ED, day admission, K-wire fixation); the discharge letter '
            'names the procedure and date but has no operator or operative description, so it is not an operation report; '
            'Belgian RX report (Besluit, °); Dutch MRSA screening on pooled swabs with clinical info on the Belgian '
            'admission; slash dates in the Belgian parts, dashes in the Dutch part.',
      parts=[{'kinds': ['correspondence'], 'date': '2026-10-16', 'author': 'specialist'},
             {'kinds': ['imaging-report'], 'date': '2026-10-14', 'author': 'radiologist'},
             {'kinds': ['mrsa-screening'], 'date': '2026-11-26', 'author': 'lab'}])

# ------------------------------------------------------------------ tg-063 GP letter to patient with ultrasound result (DOCX)
docx('tg-063', [
    ('p', 'Huisartsenpraktijk De Tulp\nC. Zwetsloot, huisarts\nHoofdstraat 120, 2171 AZ Sassenheim\n0252-211940'),
    ('sp', 10),
    ('p', 'Mevrouw E. Pronk\nNachtegaallaan 9\n2215 AC Voorhout'),
    ('p', 'Sassenheim, 12 oktober 2026'),
    ('p', 'Betreft: uitslag echo linkerpols'),
    ('p', 'Beste mevrouw Pronk, beste Esther,'),
    ('p', 'Zoals beloofd stuur ik je de uitslag van de echo van je linkerpols, die op 8 oktober in Ziekenhuis Bollenstreek '
          'is gemaakt. Op de echo is aan de bovenkant van de pols een zogenaamd ganglion te zien, een met vocht gevuld '
          'bultje dat uitgaat van het gewrichtskapsel (ongeveer 1 centimeter groot). Dat verklaart de bult die je voelt. '
          'Er zijn geen aanwijzingen voor iets kwaadaardigs.'),
    ('p', 'Een ganglion gaat soms vanzelf weer weg. Omdat je al een half jaar pijn hebt bij het steunen en bij je werk als '
          'kapster, heb ik je zoals afgesproken doorverwezen naar de orthopeed in Ziekenhuis Bollenstreek. Je krijgt '
          'van het ziekenhuis bericht over de afspraak. Het kan zijn dat de orthopeed nog een MRI wil laten maken.'),
    ('p', 'Tot die tijd mag je gewoon bewegen; als de pijn toeneemt kun je paracetamol gebruiken.'),
    ('p', 'Hartelijke groet,\n\nCorine Zwetsloot, huisarts'),
], font='Calibri', size=11)
label('tg-063', [], 'gp', 'nl', 'GP letter to the patient explaining an ultrasound result (informal, DOCX)',
      'yes', 'unmentioned', 'unmentioned', date='2026-10-12',
      notes='GP letter addressed to the patient (no kind; not a referral even though it says she was referred); ultrasound '
            'done on 8 October, MRI only possible later; informal first-name salutation; same patient as tg-027.')

# ------------------------------------------------------------------ tg-064 Bangkok hospital medical report (TXT)
txt('tg-064', '''
SIAM RIVERSIDE INTERNATIONAL HOSPITAL
1088 Charoen Krung Road, Bang Rak, Bangkok 10500, Thailand
International Medical Coordination Office  Tel. +66 2 555 0199

                              MEDICAL REPORT

Date: 23 January 2026
HN: 64-118-20931                                   Ref: IMC/2026/0123-07

Patient:        Mr. Koen DIRKSEN
Date of birth:  01 April 1986          Nationality: Dutch
Passport no.:   (on file)
Admitted:       19 January 2026        Discharged: 21 January 2026

To whom it may concern,

This is to certify that the above-named patient was brought to our Emergency Department
on 19 January 2026 at 23:40 with a deep laceration on the palmar side of the left index
finger caused by broken glass. On examination he was unable to flex the distal and
proximal interphalangeal joints of the index finger and had reduced sensation on the
radial side of the finger. X-ray of the left hand showed no fracture and no radio-
opaque foreign body.

He was admitted under the Hand and Microsurgery Unit. On 19-20 January 2026 (overnight)
he underwent exploration of the wound under general anaesthesia with repair of the
flexor digitorum profundus and flexor digitorum superficialis tendons (zone II) and
microsurgical repair of the radial digital nerve of the left index finger. The
postoperative course was uneventful. He received intravenous cefazolin and was
discharged on 21 January 2026 with a dorsal blocking splint.

Diagnosis:
  1. Complete laceration of FDP and FDS tendons, left index finger, zone II
  2. Laceration of radial digital nerve, left index finger

Recommendations:
  - Keep dorsal blocking splint for 6 weeks
  - Early protected mobilisation programme with a certified hand therapist in his home
    country, starting within 3-5 days
  - Suture removal 12-14 days after surgery
  - The patient is fit to fly on 24 January 2026 (economy seat with arm elevation)

Should you require further information, please contact our International Medical
Coordination Office.

Yours faithfully,

Dr. Pichaya Srisawat, M.D.
Attending Physician, Hand and Microsurgery Unit
Medical License No. 41822

[hospital stamp]
''')
label('tg-064', ['correspondence'], 'specialist', 'en', 'international hospital "medical report / to whom it may concern" (Thailand), plain text',
      'yes', 'yes', 'yes', date='2026-01-23',
      notes='Certificate-style report from a hospital in Thailand that admitted and operated the patient (tendon and nerve '
            'repair) — operation described in prose without operator, so not an operation report; X-ray done; "fit to '
            'fly" future date; hyphenated "radio-/opaque"; January 2026 (old).')
