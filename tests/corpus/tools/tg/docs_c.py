"""tg-033 .. tg-048"""
from common import pdf, docx, txt, label, merge, BUILD

FAX = '24-11-2026 16:02   VAN: +31 43 306 1122   HA-PRAKTIJK VAALS CENTRUM   P.{p}/{n}'

# ------------------------------------------------------------------ tg-033 merged fax: Dutch cover + German discharge letter + X-ray report
f1 = pdf('tg-033-p1', [
    ('title', 'FAXBERICHT'),
    ('kv', [
        ('Aan', 'Handkliniek Veluwezoom — secretariaat intake'),
        ('Faxnummer', '055-5790119'),
        ('Van', 'Huisartsenpraktijk Vaals Centrum, dr. R. Vliegen'),
        ('Datum', '24-11-2026'),
        ("Aantal pagina's", '4 (inclusief dit voorblad)'),
        ('Betreft', 'dhr. L. Franssen, geb. 17-09-1955 — nagezonden stukken uit Duitsland'),
    ], {'grid': True, 'widths': (0.25, 0.75)}),
    ('p', 'Beste collega\'s,'),
    ('p', 'Zoals telefonisch besproken hierbij de ontslagbrief en het röntgenverslag uit Aken. Het operatieverslag hebben '
          'wij daar opgevraagd maar nog niet ontvangen. De verwijsbrief is vanochtend via ZorgDomein verstuurd; de '
          'MRSA-screening is afgenomen en de uitslag volgt.'),
    ('p', 'Met vriendelijke groet,\nM. Ubachs, doktersassistente'),
    ('small', 'Dit faxbericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht onterecht ontvangen, '
              'neem dan contact op met 043-3061120.'),
], font='Helvetica', size=10, fax=FAX.replace('{n}', '4').replace('{p}', '1'), outdir=BUILD)
f2 = pdf('tg-033-p2', [
    ('lh', 'Elisabeth-Klinikum Eschweiler-Süd', ['Klinik für Unfall-, Hand- und Wiederherstellungschirurgie',
                                                  'Dechant-Deckers-Straße 8, 52249 Eschweiler', 'Tel. +49 2403 76 2201']),
    ('cols', 'Herrn Hausarzt Dr. R. Vliegen\nKerkstraat 2\n6291 EK Vaals\nNiederlande', 'Eschweiler, 06.11.2026\nPat.-Nr. 40081733'),
    ('p', '<b>Entlassungsbrief</b>'),
    ('p', 'Sehr geehrter Herr Dr. Vliegen,\nwir berichten über Herrn <b>Leon Franssen</b>, geb. 17.09.1955, wohnhaft in Vaals, '
          'der sich vom <b>02.11.2026 bis 06.11.2026</b> in unserer stationären Behandlung befand.'),
    ('p', '<b>Diagnosen:</b>\n• Hohlhandphlegmone links mit beginnender Beugesehnenscheidenphlegmone D4 nach Stichverletzung '
          '(Rosendorn, Gartenarbeit) am 29.10.2026\n• Diabetes mellitus Typ 2, insulinpflichtig\n• Z. n. Hüft-TEP rechts 2020'),
    ('p', '<b>Therapie:</b>\n02.11.2026 Inzision, Débridement und Spülung der Hohlhand und der Beugesehnenscheide D4 links\n'
          'Antibiose mit Ampicillin/Sulbactam i.v., anschließend Amoxicillin/Clavulansäure p.o.'),
    ('p', '<b>Verlauf:</b> Der Patient stellte sich über unsere Notaufnahme mit seit drei Tagen zunehmender Schwellung und '
          'Rötung der linken Hohlhand vor. Röntgenologisch kein Fremdkörper und keine ossäre Beteiligung. Nach der '
          'operativen Sanierung rasche Besserung der Infektparameter (CRP von 142 auf 31 mg/l). Im intraoperativen '
          'Abstrich Staphylococcus aureus (MSSA). Der MRSA-Aufnahmeabstrich war negativ. Die Wunde wurde offen '
          'behandelt und heilt sekundär. Entlassung in gutem Allgemeinzustand.'),
    ('p', '<b>Procedere:</b> Antibiose für weitere 7 Tage. Tägliche Wundkontrolle und Handbad. Handtherapie zur '
          'Vermeidung von Bewegungseinschränkungen. Der Patient wünscht die Weiterbehandlung in den Niederlanden.'),
    ('p', 'Mit freundlichen Grüßen\n\nDr. med. C. Offermann, Oberarzt          F. Kühnel, Assistenzarzt'),
], font='DejaVuSerif', size=9.5, fax=FAX.replace('{n}', '4').replace('{p}', '2'), outdir=BUILD,
   footer='Elisabeth-Klinikum Eschweiler-Süd gGmbH')
f3 = pdf('tg-033-p3', [
    ('lh', 'Elisabeth-Klinikum Eschweiler-Süd', ['Radiologie', 'Dechant-Deckers-Straße 8, 52249 Eschweiler']),
    ('p', '<b>Röntgen linke Hand in 2 Ebenen</b>\nPatient: Franssen, Leon, *17.09.1955\nUntersuchung vom: 02.11.2026, 14:35 Uhr\n'
          'Anforderung: Notaufnahme / Unfallchirurgie\nFragestellung: Fremdkörper? Ostitis?'),
    ('p', '<b>Befund:</b> Ausgeprägte Weichteilschwellung palmar über dem 3. und 4. Strahl. Kein röntgendichter '
          'Fremdkörper. Keine periostale Reaktion, keine Osteolysen. Gelenkflächen kongruent; mäßige degenerative '
          'Veränderungen der DIP-Gelenke (Heberden). Gefäßverkalkungen.'),
    ('p', '<b>Beurteilung:</b> Weichteilschwellung ohne Nachweis eines röntgendichten Fremdkörpers und ohne Zeichen '
          'einer ossären Beteiligung. Heberden-Arthrose.'),
    ('p', 'Dr. med. S. Nowak, Fachärztin für Radiologie — 02.11.2026'),
], font='DejaVuSerif', size=9.5, fax=FAX.replace('{n}', '4').replace('{p}', '3'), outdir=BUILD)
merge('tg-033', [f1, f2, f3])
label('tg-033', ['correspondence', 'imaging-report'], 'gp', 'de',
      'merged fax: Dutch GP cover sheet + German Entlassungsbrief + German X-ray report, fax header on every page',
      'yes', 'yes', 'yes', date='2026-11-24',
      notes='Fax bundle: the fax line (24-11-2026) repeats on every page; the Dutch cover sheet (no kind) announces that the '
            'operation report is still missing and that referral and MRSA result follow; the German discharge letter '
            'describes an admission with incision/debridement of the palm (operated yes, but no operation report); '
            '"MRSA-Aufnahmeabstrich negativ" is only a mention; hip replacement is another body part. Mixed nl/de, '
            'German predominates. Fax says 4 pages but holds 3.',
      parts=[{'kinds': [], 'date': '2026-11-24', 'author': 'gp'},
             {'kinds': ['correspondence'], 'date': '2026-11-06', 'author': 'specialist'},
             {'kinds': ['imaging-report'], 'date': '2026-11-02', 'author': 'radiologist'}])

# ------------------------------------------------------------------ tg-034 Dubai consultation note (DOCX)
docx('tg-034', [
    ('lh', 'Gulf Meridian Hospital', ['Department of Orthopaedics & Hand Surgery', 'Al Barsha 1, P.O. Box 392211, Dubai, UAE',
                                      'Tel +971 4 555 0142 | DHA Facility ID 0071-2291'], {'image': True, 'sub': 'Dubai'}),
    ('title', 'MEDICAL REPORT / CONSULTATION NOTE'),
    ('kv4', [
        ('Patient', 'Mr. Joris MEULENBELT', 'MRN', 'GMH-1180422'),
        ('DOB', '02-Feb-1979', 'Nationality', 'Netherlands'),
        ('Visit date', '19-Oct-2026', 'Insurer', 'Expat Global Health Plan (direct billing)'),
        ('Consultant', 'Dr. Farah Al-Mansoori', 'Referred by', 'Self (walk-in)'),
    ], {'grid': True}),
    ('p', '<b>To whom it may concern</b>'),
    ('p', 'Mr. Meulenbelt, a 47-year-old right-handed engineer working in Dubai, presented with a 5-month history of painful '
          'catching of the right ring finger, worse in the morning, with the finger occasionally locking in flexion so that '
          'he has to straighten it with the other hand (Quinnell grade 3). He also reports mild pain at the base of the '
          'right thumb without triggering. He is otherwise fit and well. Medication: none. NKDA.'),
    ('p', '<b>Examination:</b> Tender palpable nodule at the A1 pulley of the right ring finger with reproducible triggering. '
          'Full passive range of motion. No triggering of other digits. Thumb CMC grind test negative.'),
    ('p', '<b>Investigations:</b> Point-of-care ultrasound in clinic (performed by the undersigned): thickened A1 pulley '
          '(1.3 mm) of the right ring finger with a fusiform nodule of the FDS/FDP tendons; no tenosynovial effusion.'),
    ('p', '<b>Diagnosis:</b> Trigger finger, right ring finger (ICD-10 M65.341).'),
    ('p', '<b>Treatment today:</b> Ultrasound-guided injection of triamcinolone acetonide 20 mg with lidocaine 1% into the '
          'flexor tendon sheath of the right ring finger. Tolerated well.'),
    ('p', '<b>Plan / recommendations:</b> No surgical intervention has been performed to date. If triggering recurs after '
          '6–8 weeks, a second injection or percutaneous/open A1 pulley release would be considered. The patient informs us '
          'that he will relocate to Amsterdam in December 2026 and wishes to continue his care in the Netherlands; '
          'this report is issued at his request.'),
    ('sp', 10),
    ('p', 'Dr. Farah Al-Mansoori, MBBS, FRCS (Orth)\nConsultant Orthopaedic & Hand Surgeon\nDHA License No. 00418822'),
    ('small', 'This report is confidential and issued to the patient. Stamp: GULF MERIDIAN HOSPITAL — MEDICAL RECORDS — 20 OCT 2026'),
], font='Segoe UI', size=10, footer='Gulf Meridian Hospital LLC • Dubai Healthcare City Authority licensed • Page 1 of 1')
label('tg-034', ['correspondence'], 'specialist', 'en', 'international private hospital medical report / consultation note (Dubai), DOCX',
      'yes', 'no', 'yes', date='2026-10-19',
      notes='"To whom it may concern" letter issued to the patient by a hospital abroad that treated him (ultrasound, '
            'injection); DD-Mon-YYYY dates plus a records stamp dated the next day; hospital name only in the image '
            'letterhead; "No surgical intervention has been performed to date"; possible future A1 release.')

# ------------------------------------------------------------------ tg-035 Zorgdomein plain text export, referral only
txt('tg-035', '''
================================================================
 ZorgDomein - Verwijzing
 Product:   Second opinion Hand- en polschirurgie
 Ontvanger: Handkliniek Veluwezoom, Apeldoorn
 Kenmerk:   ZD-6604-1183-0047          Status: Verzonden
================================================================

Patiënt
  Naam ............... dhr. B.H.M. Wolters
  Geboortedatum ...... 19-06-1960
  BSN ................ 9999 71 022
  Adres .............. Hoogstraat 88, 6654 BC Afferden
  Verzekeraar ........ Noordhaven Zorg

Verwijzer
  Naam ............... C. Jacobs, huisarts
  Praktijk ........... Huisartsenpraktijk Druten-Afferden
  AGB ................ 01-061290
  Datum verwijzing ... 03-11-2026

Reden van verwijzing
  Rechtshandige metselaar met sinds jaren toenemende pijn en stijfheid van de rechterpols.
  Op de röntgenfoto's (oktober 2026) ernstige SLAC-pols stadium III. Door de orthopeed in
  Ziekenhuis Gelderse Poort is een totale polsartrodese voorgesteld.

Vraagstelling
  Patiënt wil graag een second opinion: is een gedeeltelijke artrodese (bijv. four-corner
  fusion) of een denervatie van de pols nog een optie, zodat hij enige beweging behoudt?

Medicatie
  Omeprazol 20 mg 1 dd 1; Diclofenac 50 mg z.n. (max 2 dd)

Allergieën/contra-indicaties
  Geen

Overig
  Status na carpaletunnelrelease LINKS (2019, elders).
  Patiënt is rookt 15 sig/dag.

Bijlagen
  - brief orthopedie Gelderse Poort 14-10-2026 (volgt per post)
================================================================
 Afgedrukt: 03-11-2026 16:41 door Jacobs, C.
''')
label('tg-035', ['referral'], 'gp', 'nl', 'Zorgdomein referral exported as plain text (dotted labels)',
      'yes', 'unmentioned', 'unmentioned', date='2026-11-03', rq=True,
      notes='Plain-text Zorgdomein export with an explicit second-opinion question; no history/recent-treatment section. '
            'The only operation mentioned is a carpal tunnel release of the OTHER (left) hand in 2019, a different '
            'problem from the right-wrist SLAC the second opinion is about, so operated is unmentioned; the arthrodesis '
            'is only proposed; X-rays done; typo "Patiënt is rookt".')

# ------------------------------------------------------------------ tg-036 Zorgdomein table layout, referral for treatment with history
pdf('tg-036', [
    ('lh', 'Consult handchirurgie', ['ZorgDomein verwijzing', 'Aan: Handkliniek Veluwezoom',
                                     'Deventerstraat 210, 7321 CH Apeldoorn'], {'line': '#0070c0'}),
    ('table', [
        ['PATIËNTGEGEVENS', ''],
        ['Naam', 'Bosman-Ter Horst, W. (Wilma)'],
        ['Geboortedatum', '02-03-1956'],
        ['Adres', 'Keizer Karelweg 301, 1185 HZ Amstelveen'],
        ['Verzekering', 'Zilverduin Zorgverzekeraar 710554318'],
    ], {'widths': (0.3, 0.7)}),
    ('table', [
        ['VERWIJZER', ''],
        ['Naam', 'S.K. Ramdin, huisarts (AGB 01-072245)'],
        ['Praktijk', 'Huisartsenpraktijk Elsrijk, Van Heuven Goedhartlaan 4, Amstelveen'],
        ['Datum', '09-11-2026'],
    ], {'widths': (0.3, 0.7)}),
    ('table', [
        ['VERWIJZING', ''],
        ['Reden van verwijzing', 'Ernstig carpaletunnelsyndroom rechts, EMG-bevestigd. Graag operatieve behandeling '
                                 '(carpaletunnelrelease rechts). Patiënte wil graag bij u geholpen worden in verband met '
                                 'de wachttijd in het eigen ziekenhuis.'],
        ['Vraagstelling', 'Verzoek overname behandeling.'],
        ['Relevante voorgeschiedenis', '2003 appendectomie\n2014 DM type 2 (orale medicatie)\n2021 TIA, sindsdien '
                                       'clopidogrel\n2023 cataract OD'],
        ['Recente behandelingen', '06-2026 – 09-2026 nachtspalk rechts, onvoldoende effect\n'
                                  '08-2026 injectie carpale tunnel rechts (huisarts), 4 weken effect\n'
                                  '27-10-2026 EMG Ziekenhuis Amstelveld: ernstig CTS rechts, links licht'],
        ['Beeldvorming', 'geen'],
        ['Medicatie', 'Metformine 500 mg 2 dd 1; Clopidogrel 75 mg 1 dd 1; Simvastatine 40 mg 1 dd 1'],
        ['Allergieën', 'Jodium'],
        ['Episodelijst', 'N93 Carpaletunnelsyndroom (actief); T90 Diabetes mellitus (actief); K89 TIA (inactief)'],
        ['Bijlagen', 'Brief neurologie d.d. 27-10-2026'],
    ], {'widths': (0.3, 0.7)}),
    ('small', 'Let op: patiënte gebruikt clopidogrel — in overleg peri-operatief beleid.'),
], font='Helvetica', size=9.5, footer='ZorgDomein — ZD-5120-8801-7734 — elektronisch ondertekend door S.K. Ramdin 09-11-2026 13:18')
label('tg-036', ['referral', 'history'], 'gp', 'nl', 'Zorgdomein referral in grid table layout with section rows',
      'no', 'unmentioned', 'unmentioned', date='2026-11-09', rq=False,
      notes='Referral for treatment only ("Vraagstelling: Verzoek overname behandeling") — the Vraagstelling field exists '
            'but holds no question; has Relevante voorgeschiedenis and Recente behandelingen (also the history letter); '
            '"Beeldvorming: geen"; EMG is not imaging; the operation is requested, not done; appendectomy/cataract are '
            'other body parts.')

# ------------------------------------------------------------------ tg-037 first-line X-ray report, GP requester, no title
pdf('tg-037', [
    ('lh', 'Eerstelijns Diagnostisch Centrum Amstelland', ['Röntgen & echografie voor huisartsen', 'Ouderkerkerlaan 21, 1185 AA Amstelveen',
                                                           'T 020-6431299']),
    ('kv4', [
        ('Patiënt', 'Schouten, D.', 'Geboortedatum', '22-02-2003'),
        ('Aanvrager', 'S.K. Ramdin, huisarts', 'Onderzoeksdatum', '02-11-2026'),
        ('Onderzoek', 'X-hand rechts, 2 richtingen', 'Ordernummer', 'EDCA-2611-0217'),
    ], {'widths': (0.15, 0.33, 0.2, 0.32)}),
    ('p', 'Klinische gegevens: stomp tegen muur 01-11, zwelling ulnaire zijde hand rechts, knokkel V "weg".'),
    ('p', 'Er is een subcapitale fractuur van het os metacarpale V rechts met volaire angulatie van het distale fragment van '
          'ongeveer 35 graden, zonder duidelijke rotatie op deze opnamen. Geen intra-articulaire uitbreiding. Overige '
          'metacarpalia en phalangen intact. Carpus zonder afwijkingen.'),
    ('p', '<b>Concl.:</b> subcapitale MC V-fractuur rechts ("boxer\'s fracture"), 35° volaire angulatie.'),
    ('p', 'Telefonisch doorgegeven aan de dienstdoende huisarts op 02-11-2026 om 16:10.'),
    ('sp', 6),
    ('p', 'R. Akkermans-Oei, radioloog'),
], font='DejaVuSans', size=9.5, footer='EDC Amstelland • verslag gegenereerd 02-11-2026 • dit verslag is zonder handtekening geldig')
label('tg-037', ['imaging-report'], 'radiologist', 'nl', 'first-line diagnostic centre X-ray report, no title, GP requester',
      'yes', 'unmentioned', 'unmentioned', date='2026-11-02',
      notes='No document title and no "radiologie" heading — only the exam line and a "Concl." abbreviation mark it as a '
            'radiology report; the requester is a GP; birth date and exam date in one header row.')

# ------------------------------------------------------------------ tg-038 older ultrasound report (DOCX -> PDF)
docx('tg-038', [
    ('lh', 'Ziekenhuis Zeevang', ['Radiologie', 'Dijkweg 5, 1135 GR Edam', '0299-371800'], {'stack': True}),
    ('title', 'Verslag echografie'),
    ('kv', [
        ('Patiënt', 'mw. I. Wessels'), ('Geboren', '07-07-1968'), ('Onderzoek', 'Echo pols links'),
        ('Datum', '11-03-2024'), ('Aanvragend arts', 'dr. K. Fransen, chirurg'),
    ], {'widths': (0.25, 0.75)}),
    ('p', 'Klinische informatie: status na excisie ganglion volair pols links (2022). Sinds enkele maanden opnieuw zwelling '
          'op dezelfde plaats. Recidief?'),
    ('p', 'Bevindingen: Volair-radiaal ter hoogte van het radioscafoïdale gewricht een multilobulaire, echoarme structuur van '
          '14 × 9 × 8 mm met dorsale versterking, zonder vascularisatie op doppler, in nauwe relatie tot de arteria radialis '
          'zonder deze te comprimeren. Een steeltje naar het gewrichtskapsel is waarschijnlijk. Peesscheden van FCR en '
          'flexoren normaal. Litteken subcutaan zichtbaar.'),
    ('p', 'Conclusie: Recidief volair polsganglion links (14 mm), nauw gelegen tegen de a. radialis.'),
    ('p', 'drs. P.G. Hoogland, radioloog\n11-03-2024'),
], font='Times New Roman', size=11, to_pdf=True, footer='Ziekenhuis Zeevang — afdeling Radiologie')
label('tg-038', ['imaging-report'], 'radiologist', 'nl', 'older hospital ultrasound report (DOCX converted with LibreOffice)',
      'yes', 'yes', 'unmentioned', date='2024-03-11',
      notes='Imaging report from 2024 — older than later studies the dossier may mention; its clinical information states '
            'an earlier ganglion excision (operated yes by what this document says; the GP letter tg-040 later corrects '
            'this to a puncture); requested by a general surgeon.')

# ------------------------------------------------------------------ tg-039 HIS professional summary with family history
txt('tg-039', '''
Huisartsenpraktijk 't Zand - P. Wiersma & K. de Haan
Zandweg 14, 8441 EB Heerenveen - 0513-624471
--------------------------------------------------------------------
PROFESSIONELE SAMENVATTING  (HIS-export, NHG-richtlijn Gegevensuitwisseling)
Datum: 24-11-2026
Patiënt: mevr. G.J. (Truus) van der Linden    geb. 15-10-1949   V
Adres: Schoterlandseweg 120, 8447 AB Heerenveen
Verzekering: Zilverduin 118245009

--- Episodes (actief) ---
L99   M. Dupuytren beide handen, rechts > links         sinds 05-2023
K78   Atriumfibrilleren (paroxysmaal)                    sinds 2018
T93   Hypercholesterolemie                               sinds 2016
L95   Osteoporose                                        sinds 2021

--- Episodes (inactief / voorgeschiedenis) ---
X87   Uterusprolaps, pessarium                           2012 - 2019
L76   Fractuur pols rechts (val op ijs), gips            1997
D97   Galstenen, cholecystectomie                        2005

--- Familieanamnese ---
Moeder en zus: ziekte van Dupuytren. Moeder is rond 1985 aan beide handen
geopereerd (fasciectomie), zus is behandeld met naaldfasciotomie.
Vader: CVA op 71-jarige leeftijd.

--- Relevante journaalregels (laatste 12 maanden) ---
19-02-2026  S  knobbels handpalm re worden groter, pink gaat krom staan.
            O  streng MCP V re, extensiedeficit MCP 20 gr, PIP 0. Tafeltest neg.
            E  M. Dupuytren re, nog geen indicatie behandeling.
            P  uitleg, afwachten, terugkomen bij toename. Geen beeldvorming
               nodig, die is ook nooit gemaakt.
22-09-2026  S  pink re nu duidelijk krommer, blijft haken bij aankleden.
            O  MCP V re 45 gr, PIP V 30 gr. Tafeltest positief. Li: noduli.
            E  Dupuytren re progressief.
            P  bespreken opties: naaldfasciotomie / collagenase (niet meer in
               NL) / operatie. Pt wil eerst een second opinion bij de
               handkliniek i.v.m. slechte ervaring moeder. Verwijzing volgt.
04-11-2026  --  pt overwintert van 15-12 t/m 15-03 in Benidorm (Spanje), zoals
               ieder jaar; daar nooit medische zorg nodig gehad. Wil liefst vóór
               vertrek of na terugkeer gezien worden.

--- Samenvatting ---
Patiënte is nooit aan de handen geopereerd of anderszins behandeld voor de
Dupuytren. Er is geen beeldvorming van de handen verricht.

--- Medicatie ---
Apixaban 5 mg 2 dd 1
Metoprolol 50 mg 1 dd 1
Atorvastatine 40 mg 1 dd 1
Alendroninezuur 70 mg 1x/wk; Calcium/vit D 1 dd 1

--- Allergieën ---
Geen
--------------------------------------------------------------------
Einde samenvatting                                      Pagina 1 van 1
''')
label('tg-039', ['history'], 'gp', 'nl', 'HIS professional summary export with family history and journal lines',
      'no', 'no', 'no', date='2026-11-24',
      notes='Family history mentions the mother was operated and the sister treated (not the patient); explicit "nooit aan '
            'de handen geopereerd" and "geen beeldvorming"; wintering in Spain every year without medical care '
            '(treated_abroad no); old wrist fracture in plaster and cholecystectomy are not operations on the current '
            'problem; future travel dates.')

# ------------------------------------------------------------------ tg-040 undated GP history letter (DOCX)
docx('tg-040', [
    ('p', '<b>Huisartsenpraktijk Volendam-Zuid</b>\nJ. Tuijp & M. Schilder, huisartsen\nJan Platstraat 3, 1131 JA Volendam\n0299-362200'),
    ('sp', 8),
    ('p', 'Samenvatting medische voorgeschiedenis ten behoeve van second opinion'),
    ('p', 'Naam: mevrouw Ingrid Wessels\nGeboortedatum: 07-07-1968\nAdres: Zeestraat 61, 1131 ZE Volendam'),
    ('p', 'Geachte collega,'),
    ('p', 'Op verzoek van patiënte stuur ik u hierbij een overzicht van haar voorgeschiedenis. De verwijzing voor de second '
          'opinion is apart via ZorgDomein verstuurd.'),
    ('table', [
        ['Jaar', 'Aandoening / gebeurtenis', 'Behandeling'],
        ['1998', 'Acute appendicitis', 'Appendectomie (Waterlandhof ziekenhuis)'],
        ['2004', 'Zwangerschap, stuitligging', 'Sectio caesarea'],
        ['2015', 'Hypertensie', 'Lisinopril'],
        ['2022', 'Ganglion volair pols links', 'Echo; verwezen naar chirurg Ziekenhuis Zeevang, punctie'],
        ['2024', 'Recidief ganglion pols links', 'Echo 11-03-2024; afwachtend beleid'],
        ['2026', 'Toename zwelling, tintelingen duim links', 'Echo pols links 03-2026 (groter ganglion); '
                                                             'chirurg stelt excisie voor'],
    ], {'widths': (0.1, 0.45, 0.45)}),
    ('p', 'Ik wil benadrukken dat mevrouw Wessels aan haar handen en polsen nooit geopereerd is: het ganglion is in 2022 '
          'alleen gepuncteerd, niet verwijderd. In een eerder echoverslag staat abusievelijk "status na excisie"; dat '
          'klopt niet.'),
    ('p', 'Medicatie: lisinopril 10 mg 1 dd 1. Allergieën: geen bekend. Intoxicaties: niet roken, 3–4 E alcohol per week.'),
    ('p', 'Met vriendelijke groet,\n\nM. Schilder, huisarts'),
], font='Calibri', size=11)
label('tg-040', ['history'], 'gp', 'nl', 'undated GP history letter with a table (DOCX)',
      'yes', 'no', 'unmentioned', 
      notes='NO document date at all: only the birth date and event dates/years (so it cannot prove recency). The GP '
            'explicitly states the hand was never operated and corrects an earlier radiology report that said '
            '"status na excisie" (see tg-038); appendectomy and caesarean are other body parts; excision only proposed.')

# ------------------------------------------------------------------ tg-041 neurology EMG letter (DOCX)
docx('tg-041', [
    ('lh', 'Ziekenhuis Amstelveld', ['Neurologie en Klinische Neurofysiologie', 'Laan van de Helende Meesters 8, 1186 AM Amstelveen',
                                     'Poli neurologie 020-7554610'], {'stack': True}),
    ('cols', 'Aan: S.K. Ramdin, huisarts\nHuisartsenpraktijk Elsrijk\nVan Heuven Goedhartlaan 4\n1181 LE Amstelveen',
             'Amstelveen, 27 oktober 2026\nKenmerk: NEU/KNF 26-8812\nPatiëntnr.: 3309125'),
    ('p', 'Betreft: mw. W. Bosman-Ter Horst, geb. 02-03-1956'),
    ('p', 'Geachte collega,'),
    ('p', 'U verwees uw patiënte naar de polikliniek neurologie met de vraag of er sprake is van een carpaletunnelsyndroom '
          'rechts, differentiaaldiagnostisch een cervicale radiculopathie C6.'),
    ('p', '<b>Anamnese.</b> Sinds een jaar tintelingen in duim, wijs- en middelvinger rechts, nachtelijk toenemend; sinds de '
          'zomer ook doofheid overdag en onhandigheid bij knoopjes. Nachtspalk en een injectie gaven tijdelijk baat. '
          'Geen nekpijn, geen uitstralende pijn in de arm. DM2, TIA in 2021.'),
    ('p', '<b>Neurologisch onderzoek.</b> Atrofie van de thenar rechts, kracht m. abductor pollicis brevis MRC 4. '
          'Hypesthesie dig. 1–3 rechts. Reflexen symmetrisch, geen pathologische reflexen. Spurling negatief.'),
    ('p', '<b>EMG (27-10-2026).</b> Rechts: distale motorische latentie n. medianus 7,8 ms, sensibele geleiding '
          'dig. 2 niet opwekbaar; denervatieactiviteit in de m. APB. Links: lichte vertraging sensibele geleiding. '
          'Geen aanwijzingen voor radiculopathie of polyneuropathie.'),
    ('p', '<b>Conclusie.</b> Ernstig carpaletunnelsyndroom rechts met axonale schade; links subklinisch.'),
    ('p', '<b>Beleid.</b> Gezien de axonale schade adviseren wij een operatieve decompressie op korte termijn. '
          'Wij hebben patiënte terugverwezen naar u voor verwijzing naar een (hand)chirurg van haar keuze. '
          'Controle neurologie niet nodig.'),
    ('p', 'Met collegiale groet,\n\ndr. N. Bakkali, neuroloog\nmede namens J. de Winter, laborant KNF'),
], font='Arial', size=10, footer='Ziekenhuis Amstelveld — Neurologie — deze brief is digitaal ondertekend')
label('tg-041', ['correspondence'], 'specialist', 'nl', 'neurology outpatient letter with EMG (DOCX)',
      'unmentioned', 'unmentioned', 'unmentioned', date='2026-10-27',
      notes='Specialist letter whose only test is an EMG (not imaging); operation advised but not done; in-text bold '
            'run-in headings; same patient as tg-036.')

# ------------------------------------------------------------------ tg-042 rheumatology letter
pdf('tg-042', [
    ('lh', 'Ziekenhuis De Wielewaal', ['Reumatologie', 'Postbus 9120, 6500 HC Nijmegen', 'Secretariaat 024-3659120']),
    ('cols', 'Geachte collega A.S. Kooistra\nHAP Ridderveld\nRidderveldlaan 2\n2402 LH Alphen aan den Rijn',
             'Datum: 01-12-2026\nOns kenmerk: REU/26/20418\nPolidatum: 26-11-2026'),
    ('p', 'Betreft: mevr. Y. Kramer-Dijk, geb. 29-07-1963, Alphen aan den Rijn'),
    ('p', 'Hartelijk dank voor uw verwijzing van bovengenoemde patiënte wegens artralgie van de handen met afwijkend lab '
          '(RF 42, anti-CCP >340). Zij bezoekt onze kliniek omdat haar dochter in Nijmegen woont en zij daar deels verblijft.'),
    ('h', 'Anamnese'),
    ('p', 'Sinds augustus pijnlijke, gezwollen vingers beiderzijds, ochtendstijfheid ruim een uur. Moeite met knopen en het '
          'openen van flessen. Geen psoriasis, geen darmklachten. VG: totale knieprothese rechts (2019), hypothyreoïdie. '
          'Roken: 20 pakjaren, gestopt 2015.'),
    ('h', 'Lichamelijk onderzoek'),
    ('p', 'DAS28-CRP 5,1. Synovitis MCP 2–3 beiderzijds en PIP 3 rechts, pols rechts gezwollen. Geen noduli.'),
    ('h', 'Aanvullend onderzoek'),
    ('p', 'Echografie handen en polsen (26-11-2026, op de poli verricht): graad 2–3 synovitis met powerdopplersignaal in '
          'MCP 2–3 beiderzijds en de rechterpols; kleine erosie MCP 2 rechts. Tenosynovitis van de ECU rechts. '
          'Röntgen handen/voeten aangevraagd.'),
    ('h', 'Conclusie'),
    ('p', 'Seropositieve reumatoïde artritis, hoog actief, met een eerste erosie.'),
    ('h', 'Beleid'),
    ('p', 'Start methotrexaat 15 mg/week, op te hogen naar 25 mg, met foliumzuur; overbruggend prednisolon-afbouwschema. '
          'Voor de pols rechts voorlopig geen chirurgische interventie; bij persisterende tenosynovitis ondanks '
          'medicatie kan een handchirurgische beoordeling (tenosynovectomie) worden overwogen. Controle 6 weken.'),
    ('p', 'Met vriendelijke groet,\n\ndr. L.M. Heijnen, reumatoloog'),
    ('small', 'c.c.: patiënte'),
], font='DejaVuSerif', size=9.5, footer='Ziekenhuis De Wielewaal · Reumatologie · {p}/{n}')
label('tg-042', ['correspondence'], 'specialist', 'nl', 'rheumatology outpatient letter (hospital template)',
      'yes', 'unmentioned', 'unmentioned', date='2026-12-01', also=[],
      notes='Ultrasound performed at the clinic (imaging yes) while X-rays are only requested; knee replacement is '
            'another body part; tenosynovectomy only as a future possibility; letter date vs clinic date; quotes lab '
            'values from tg-030.')

# ------------------------------------------------------------------ tg-043 clinic letter to patient about missing documents (DOCX)
docx('tg-043', [
    ('lh', 'Handkliniek Veluwezoom', ['Deventerstraat 210, 7321 CH Apeldoorn', 'Intake & planning: 055-5790110',
                                      'intake@handkliniek-veluwezoom.example.nl'], {'image': True, 'sub': 'hand- en polschirurgie'}),
    ('cols', 'De heer T. Achterberg\nBurgemeester Tenkinkstraat 9\n7101 KC Winterswijk',
             'Apeldoorn, 30 november 2026\nDossiernummer: HKV-26-04711\nUw geboortedatum: 13-05-1985'),
    ('p', '<b>Onderwerp: uw aanmelding voor een second opinion — aanvullende stukken nodig</b>'),
    ('p', 'Beste meneer Achterberg,'),
    ('p', 'Dank voor uw aanmelding. Wij hebben de verwijsbrief van uw huisarts, dokter Nijenhuis, in goede orde ontvangen. '
          'In het telefonische intakegesprek vertelde u dat u in mei 2025 in Duitsland (in het Klinikum Bocholt-Nord) '
          'aan uw linkerpols bent geopereerd en daar drie dagen opgenomen bent geweest, en dat er in september in '
          'Winterswijk een MRI is gemaakt.'),
    ('p', 'Voordat wij een eerste afspraak kunnen inplannen, hebben wij de volgende stukken nodig:'),
    ('p', '1. het operatieverslag van de operatie in Bocholt (ook als het in het Duits is);\n'
          '2. het verslag van de MRI en de beelden op cd, of een downloadlink van het ziekenhuis;\n'
          '3. een MRSA-screening. Omdat u in een buitenlands ziekenhuis bent opgenomen, vragen wij een kweek van neus, '
          'keel en perineum. Deze kunt u via uw huisarts laten afnemen; de uitslag mag bij de afspraak niet ouder zijn '
          'dan twee maanden;\n'
          '4. een recente samenvatting van uw huisarts (niet ouder dan een half jaar).'),
    ('p', 'U kunt de stukken per post sturen of (beveiligd) uploaden via het patiëntenportaal. Zodra alles compleet is, '
          'nemen wij contact met u op voor een afspraak. Heeft u vragen, bel ons dan op werkdagen tussen 9.00 en 12.00 uur.'),
    ('p', 'Met vriendelijke groet,\n\nnamens het intaketeam,\nL. Grootenhuis, medisch secretaresse'),
], font='Calibri', size=10.5, footer='Handkliniek Veluwezoom B.V. — KvK 08123456 — u ontvangt deze brief omdat u zich heeft aangemeld')
label('tg-043', [], 'other', 'nl', "clinic's own letter to the patient listing missing documents (DOCX, image letterhead)",
      'yes', 'yes', 'yes', date='2026-11-30',
      notes='Letter from the receiving clinic to the patient: names verwijsbrief, operatieverslag, MRI-verslag, '
            'MRSA-screening and samenvatting without being any of them; reports what the patient said (operated and '
            'admitted in Germany, MRI done in the Netherlands); birth date labelled next to the letter date.')

# ------------------------------------------------------------------ tg-044 forwarding e-mail from GP assistant (TXT)
txt('tg-044', '''
Van:        Assistente Huisartsenpraktijk Oosterpark <assistente@hp-oosterpark.example.nl>
Verzonden:  dinsdag 1 december 2026 10:47
Aan:        intake@handkliniek-veluwezoom.example.nl
Onderwerp:  RE: Aanvullende stukken dhr. M. Hendriks (geb. 30-04-1971)
Bijlagen:   Verwijsbrief_Hendriks.pdf; HIS-uittreksel_Hendriks.pdf; OK-verslag_2024_Rivierenhof.pdf

Goedemorgen,

Naar aanleiding van uw mail van vrijdag stuur ik u hierbij namens dokter Verweij de gevraagde stukken
van de heer Hendriks:
- de verwijsbrief (nogmaals, de eerste versie was onleesbaar gescand);
- het HIS-uittreksel met de episodelijst en journaalregels;
- het operatieverslag van de ingreep aan zijn rechterduim in 2024 in Ziekenhuis Rivierenhof.

De röntgenfoto's zijn destijds in het Rivierenhof gemaakt; de cd heeft meneer zelf, hij neemt die mee
naar de afspraak. Een MRSA-screening is volgens dokter Verweij niet nodig: meneer is niet in een
buitenlands ziekenhuis opgenomen of behandeld geweest.

Mocht u nog iets missen, laat het gerust weten.

Met vriendelijke groet,

Esra Yilmaz
doktersassistente
Huisartsenpraktijk Oosterpark, Gorinchem
0183-631044 (keuzemenu 3)

-----Oorspronkelijk bericht-----
Van: intake@handkliniek-veluwezoom.example.nl
Verzonden: vrijdag 27 november 2026 15:20
Onderwerp: Aanvullende stukken dhr. M. Hendriks (geb. 30-04-1971)

Geachte collega, voor het inplannen van een second opinion missen wij nog een leesbare verwijsbrief,
een recente samenvatting en het operatieverslag. Met vriendelijke groet, intake HKV.
''')
label('tg-044', [], 'gp', 'nl', 'forwarding e-mail from GP practice assistant with quoted reply',
      'yes', 'yes', 'no', date='2026-12-01',
      notes='Cover e-mail: attachment names and text mention a referral, HIS extract and operation report, but the e-mail '
            'is none of them; says the patient was operated (thumb, 2024) and X-rayed in a Dutch hospital, and '
            'explicitly not treated abroad; quoted earlier mail with its own date.')

# ------------------------------------------------------------------ tg-045 German orthopaedic practice Arztbrief
pdf('tg-045', [
    ('lh', 'Orthopädische Gemeinschaftspraxis am Spoykanal', ['Dr. med. Heinz-Georg Terlinden · Dr. med. Anja Wiegers',
                                                             'Fachärzte für Orthopädie und Unfallchirurgie · Handchirurgie',
                                                             'Spoystraße 21 · 47533 Kleve · Tel. 02821 71 48 60']),
    ('cols', 'Frau\nhuisarts drs. M. Peters\nHuisartsenpraktijk Groesbeek\nDorpsstraat 60\n6561 CG Groesbeek\nNiederlande',
             'Kleve, den 09.10.2026'),
    ('p', '<b>Pat.: Frau Marieke Lamers, geb. 30.12.1972</b>, Molenweg 4, 6562 AB Groesbeek (NL)\nVorstellung am 07.10.2026'),
    ('p', 'Sehr geehrte Frau Kollegin Peters,'),
    ('p', 'vielen Dank für die Zuweisung Ihrer Patientin, die sich bei uns in der Handsprechstunde vorgestellt hat. '
          'Frau Lamers arbeitet als Floristin in Kleve und ist bei uns über ihren deutschen Arbeitgeber mitversichert.'),
    ('p', '<b>Diagnose:</b> STT-Arthrose (Skaphotrapeziotrapezoidalgelenk) rechts, aktiviert. Ganglion-Verdacht radiopalmar.'),
    ('p', '<b>Anamnese:</b> Seit etwa einem Jahr belastungsabhängige Schmerzen radial am rechten Handgelenk, vor allem beim '
          'Schneiden mit der Gartenschere. Keine Verletzung erinnerlich. Bisher Schonung und Ibuprofen.'),
    ('p', '<b>Befund:</b> Druckschmerz über dem STT-Gelenk palmar, weiche Schwellung radiopalmar (ca. 1 cm). '
          'Grind-Test CMC I negativ. Freie Beweglichkeit des Handgelenks, Kraft seitengleich.'),
    ('p', '<b>Röntgen</b> rechtes Handgelenk in 2 Ebenen und Skaphoid-Spezialaufnahme (07.10.2026, in der Praxis): '
          'Gelenkspaltverschmälerung und subchondrale Sklerose im STT-Gelenk, DISI-Stellung nicht erkennbar, CMC I altersentsprechend.'),
    ('p', '<b>Therapie:</b> Röntgengestützte Infiltration des STT-Gelenks mit 10 mg Triamcinolon und Lidocain. '
          'Anpassung einer Handgelenksorthese mit Daumeneinschluss.'),
    ('p', '<b>Procedere:</b> Kontrolle in 6 Wochen. Eine operative Versorgung ist bislang nicht erfolgt; bei Therapieversagen '
          'käme eine Resektion des distalen Skaphoidpols in Betracht. Die Patientin erwägt, sich dazu zusätzlich in den '
          'Niederlanden beraten zu lassen.'),
    ('p', 'Mit freundlichen kollegialen Grüßen\n\nDr. med. Anja Wiegers'),
], font='Times-Roman', size=10.5, footer='Praxis am Spoykanal · BSNR 381234500 · Volksbank Kleverland IBAN DE00 0000 0000 0000 0000 00')
label('tg-045', ['correspondence'], 'specialist', 'de', 'German specialist practice Arztbrief to a Dutch GP',
      'yes', 'no', 'yes', date='2026-10-09', also=[],
      notes='Outpatient German orthopaedic/hand practice (clinic abroad) treating a Dutch border patient: X-ray and '
            'infiltration there; "operative Versorgung ist bislang nicht erfolgt" (not operated); surgery only '
            'considered; visit 07.10 vs letter 09.10; "den 09.10.2026" date form.')

# ------------------------------------------------------------------ tg-046 German GP referral for second opinion (DOCX)
docx('tg-046', [
    ('p', '<b>Hausarztpraxis Dr. med. Sabine Krings & Kollegen</b>\nFachärzte für Allgemeinmedizin\n'
          'Hauptstraße 40 · 52538 Gangelt · Tel. 02454 93 11 0 · Fax 02454 93 11 29'),
    ('hr',),
    ('cols', 'Handkliniek Veluwezoom\nz. Hd. Zweitmeinungssprechstunde\nDeventerstraat 210\n7321 CH Apeldoorn\nNiederlande',
             'Gangelt, 16.11.2026'),
    ('p', '<b>Überweisung zur Einholung einer ärztlichen Zweitmeinung</b>'),
    ('p', 'Patient: Herr Dirk Schmitz, geb. 11.11.1977\nSchulstraße 7, 52538 Gangelt\nKrankenkasse: AOK Rheinland/Hamburg'),
    ('p', 'Sehr geehrte Kolleginnen und Kollegen,'),
    ('p', 'ich überweise Ihnen Herrn Schmitz mit der Bitte um eine Zweitmeinung.'),
    ('p', 'Der Patient (Elektriker, Rechtshänder) leidet seit einem Sturz vom Gerüst im Herbst 2025 an ulnarseitigen '
          'Handgelenksschmerzen rechts. Nach MRT-Diagnose einer TFCC-Läsion erfolgte im April 2026 im Krankenhaus '
          'Heinsberg-Waldfeucht eine arthroskopische TFCC-Refixation. Die Beschwerden haben sich nicht gebessert. '
          'Der Operateur schlägt nun eine Ulnaverkürzungsosteotomie vor.'),
    ('p', '<b>Fragestellung:</b> Ist die vorgeschlagene Ulnaverkürzung aus Ihrer Sicht indiziert, oder gibt es eine '
          'andere Erklärung bzw. Behandlungsalternative für die persistierenden Beschwerden?'),
    ('p', 'Der Patient hat sich bewusst für eine Zweitmeinung in den Niederlanden entschieden, da er dort familiäre '
          'Bindungen hat und die Anreise kurz ist. Die Vorbefunde (MRT-Befund 01/2026, OP-Bericht 04/2026, Arztbriefe) '
          'liegen bei bzw. bringt der Patient mit.'),
    ('p', 'Mit freundlichen Grüßen\n\nDr. med. S. Krings\nFachärztin für Allgemeinmedizin'),
    ('small', 'Anlagen: MRT-Befund, OP-Bericht, Arztbrief Handchirurgie Heinsberg-Waldfeucht'),
], font='Arial', size=10.5)
label('tg-046', ['referral'], 'gp', 'de', 'German GP Überweisung zur Zweitmeinung (DOCX letter)',
      'yes', 'yes', 'yes', date='2026-11-16', rq=True,
      notes='German GP referral with "Fragestellung" for a second opinion; the patient lives in Germany and was operated '
            '(wrist arthroscopy) in a German hospital; further osteotomy only proposed; enclosures named (MRT-Befund, '
            'OP-Bericht) but not included.')

# ------------------------------------------------------------------ tg-047 German MRSA admission screening (TXT)
txt('tg-047', '''
MVZ Labor Niederrhein-West GmbH
Fachärzte für Laboratoriumsmedizin, Mikrobiologie, Virologie und Infektionsepidemiologie
Tiergartenstraße 60 * 47533 Kleve * Tel. 02821 99 470 * www.labor-nrw-west.example.de

MIKROBIOLOGISCHER BEFUND                                        Endbefund
-----------------------------------------------------------------------------
Einsender:   Klinikum Niederrhein-Grenzland, Goch, Station H2 (Handchirurgie)
Patient:     Peeters, Johannes                        geb.: 22.04.1962
Auftrags-Nr: 2609021147                               Eingang: 02.09.2026 07:55
Material:    Abstriche (eSwab)                         Befunddatum: 04.09.2026
Anforderung: MRSA-Screening (Aufnahmescreening, Risikoanamnese: Wohnsitz
             im Ausland / Landwirt mit Tierkontakt)
-----------------------------------------------------------------------------

Untersuchung                           Material               Ergebnis
MRSA-Kultur (chromogenes Medium)       Nasenvorhof bds.       nicht nachgewiesen
MRSA-Kultur (chromogenes Medium)       Rachen                 nicht nachgewiesen
MRSA-Kultur (chromogenes Medium)       Leiste/Perineum        nicht nachgewiesen
MRSA-PCR (Schnelltest, mecA/mecC)      Nasenvorhof bds.       negativ

Beurteilung:
Kein Nachweis von Methicillin-resistentem Staphylococcus aureus (MRSA).
Bei fortbestehendem Risiko (Kontakt zu landwirtschaftlichen Nutztieren) wird
bei erneuter Aufnahme ein Wiederholungsscreening empfohlen.

Validiert: Dr. med. B. Haverkamp, Fachärztin für Mikrobiologie, 04.09.2026
-----------------------------------------------------------------------------
Dieser Befund wurde elektronisch erstellt und ist ohne Unterschrift gültig.
''')
label('tg-047', ['mrsa-screening'], 'lab', 'de', 'German microbiology lab result (MRSA admission screening), fixed-width text',
      'unmentioned', 'unmentioned', 'yes', date='2026-09-04', also=['2026-09-02'],
      notes='German MRSA admission screening sent in by a German hospital ward where the patient was admitted (treated '
            'abroad; same patient as tg-013/014); result negative; three months old relative to December 2026 (not '
            'recent for the 60-day window); "Wohnsitz im Ausland" seen from the German side.')

# ------------------------------------------------------------------ tg-048 German Entlassungsbrief with OP section, 2 pages
H48 = 'Klinikum Mittelmosel · Entlassungsbrief · Post, Annemieke, *19.04.1969'
pdf('tg-048', [
    ('lh', 'Klinikum Mittelmosel', ['Abteilung für Unfallchirurgie, Hand- und Handgelenkschirurgie',
                                    'Chefarzt Dr. med. Florian Weinand', 'Cusanusstraße 14, 54470 Bernkastel-Kues',
                                    'Tel. +49 6531 58 0 · Fax +49 6531 58 1190']),
    ('cols', 'Frau\nhuisarts L. ten Brinke\nHuisartsenpraktijk Colmschate\nHolterweg 3\n7429 AD Colmschate (Deventer)\nNiederlande',
             'Bernkastel-Kues, 24.07.2026\nAufnahme-Nr. 26-07-33918\nBehandlungszeitraum:\n19.07.2026 – 21.07.2026'),
    ('title', 'Entlassungsbrief'),
    ('p', 'Sehr geehrte Frau Kollegin,\nwir berichten über Ihre Patientin <b>Frau Annemieke Post, geb. 19.04.1969</b>, '
          'wohnhaft Boxbergerweg 12, 7412 VJ Deventer, die sich während eines Radurlaubs an der Mosel in unserer '
          'stationären Behandlung befand.'),
    ('h', 'Diagnosen'),
    ('p', '1. Dislozierte Skaphoidfraktur links, Taille (Herbert B2), nach Fahrradsturz am 19.07.2026\n'
          '2. Schürfwunden Knie beidseits\n3. Asthma bronchiale (bekannt)'),
    ('h', 'Befunde'),
    ('p', 'Röntgen Handgelenk links mit Skaphoid-Quartett (19.07.2026): Frakturlinie durch die Skaphoidtaille mit Dislokation. '
          'CT Handgelenk links (19.07.2026): Dislokation 1,5 mm, Humpback-Fehlstellung beginnend, keine Trümmerzone.'),
    ('h', 'Operation'),
    ('kv', [
        ('OP-Datum', '20.07.2026'),
        ('Operateur', 'OA Dr. med. J. Feltes'),
        ('Assistenz', 'Dr. med. R. Bastian'),
        ('Narkose', 'Intubationsnarkose'),
        ('Eingriff', 'Offene Reposition und Schraubenosteosynthese des Skaphoids links von palmar '
                     '(kanülierte Doppelgewindeschraube 2,4 × 24 mm)'),
    ], {'grid': True, 'widths': (0.2, 0.8)}),
    ('p', '<b>OP-Bericht:</b> Rückenlage, Armtisch, Oberarmblutsperre 250 mmHg. Palmarer Zugang über dem FCR nach Russe, '
          'Eröffnen der Sehnenscheide, Darstellen des Skaphoids unter Schonung des R. palmaris. Reposition der Fraktur '
          'unter Sicht mit Joystick-K-Drähten, temporäre Fixation. Unter Bildwandlerkontrolle Einbringen des '
          'Führungsdrahts zentral entlang der Längsachse, Messen, Bohren und Einbringen einer kanülierten '
          'Doppelgewindeschraube. Kompression gut, Stellung in 4 Ebenen regelrecht, Schraubenlage zentral und nicht '
          'artikulär überstehend. Spülung, schichtweiser Wundverschluss, Hautnaht Einzelknopf. Steriler Verband, '
          'Unterarmgipsschiene mit Daumeneinschluss. Blutsperrenzeit 52 min. Keine intraoperativen Komplikationen.'),
    ('h', 'Verlauf'),
    ('p', 'Postoperativ komplikationsloser Verlauf, Röntgenkontrolle regelrecht, DMS intakt. Die Patientin konnte am '
          '21.07.2026 in gutem Zustand entlassen werden und reist mit ihrem Ehemann per Bahn in die Niederlande zurück.'),
    ('h', 'Medikation bei Entlassung'),
    ('p', 'Metamizol 500 mg 1-1-1-1 bei Bedarf · Ibuprofen 600 mg 1-0-1 für 5 Tage · Pantoprazol 20 mg 1-0-0 · '
          'Budesonid/Formoterol wie bisher'),
    ('h', 'Procedere'),
    ('p', '• Gipsschiene mit Daumeneinschluss für 6 Wochen\n• Fadenzug am 12.–14. Tag\n'
          '• CT-Kontrolle zur Beurteilung der Konsolidierung nach 8 Wochen, Weiterbehandlung durch Handchirurgie in den Niederlanden\n'
          '• Arbeitsunfähigkeit bis auf Weiteres'),
    ('p', 'Mit freundlichen kollegialen Grüßen'),
    ('sp', 8),
    ('cols', 'Dr. med. F. Weinand\nChefarzt', 'Dr. med. J. Feltes\nOberarzt'),
    ('small', 'Anlagen: Röntgen- und CT-Bilder auf CD (der Patientin mitgegeben)'),
], font='DejaVuSans', size=9.5, header=H48, pagenum='Seite {p} von {n}',
   footer='Klinikum Mittelmosel gGmbH · Sitz Bernkastel-Kues · Amtsgericht Wittlich HRB 4411')
label('tg-048', ['correspondence', 'operation-report'], 'specialist', 'de',
      'German Entlassungsbrief with full OP section, header with name/DOB on every page',
      'yes', 'yes', 'yes', date='2026-07-24',
      notes='Discharge letter of a German hospital (Dutch cyclist on holiday) containing a complete operation block '
            '(date, operator, anaesthesia, procedure, description): both correspondence and operation report; '
            'X-ray and CT done; knee abrasions are another body part; running header repeats the birth date.')
