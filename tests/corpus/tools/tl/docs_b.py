# tl-017 .. tl-032
from lib import *
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.pagesizes import A4

GREY = colors.HexColor('#555555')


@doc(17)
def d017():
    path = out(17, 'docx')
    D = Docx(font='Times New Roman', size=11)
    D.header_lines(['ÖZEL AKDENİZ ŞİFA HASTANESİ', 'Private Akdeniz Şifa Hospital - Department of Orthopaedics and Traumatology',
                    'Fener Mah. Tekelioğlu Cad. No: 41, 07160 Muratpaşa / ANTALYA - TÜRKİYE  ·  +90 242 310 44 00'],
                   align='center', size=8.5)
    D.footer('Certified translation from Turkish - see translator\'s statement on the last page', fmt='{PAGE}/{NUMPAGES}')
    D.h('DISCHARGE SUMMARY (EPİKRİZ)', size=13)
    D.table([['Patient name', 'Dirk HOOGENDOORN', 'Protocol no', '2026/118 274'],
             ['Date of birth', '30.09.1962', 'Nationality', 'Netherlands (passport)'],
             ['Admission date', '11.08.2026', 'Discharge date', '13.08.2026'],
             ['Service', 'Orthopaedics and Traumatology', 'Insurance', 'Travel insurance (TravelCare Europe)']],
            widths=(30, 55, 30, 55), header=False, bold_first_col=False)
    D.lv('Diagnosis:', 'Left distal radius fracture, dorsally displaced, extra-articular (ICD-10 S52.5)')
    D.lv('Complaint on admission:', 'Pain, swelling and deformity of the left wrist after a fall on a wet boat deck.')
    D.lv('Examination:', 'Dinner-fork deformity of the left wrist, neurovascular examination normal, skin intact.')
    D.lv('Investigations:', 'Left wrist X-ray (AP and lateral): displaced fracture of the distal radius with dorsal '
         'angulation and ulnar styloid fracture. Wrist CT: no intra-articular extension. Blood tests within normal limits.')
    D.lv('Treatment:', 'Closed reduction and percutaneous K-wire fixation of the left distal radius was performed under '
         'general anaesthesia on 12.08.2026. A short arm cast was applied. Prophylactic cefazolin was given. Post-reduction '
         'X-ray: acceptable alignment.')
    D.lv('Course:', 'Uneventful. The patient was mobilised and discharged in good general condition.')
    D.lv('Discharge medication:', 'Paracetamol 500 mg 3x1, Diclofenac 75 mg 2x1 for 5 days, Pantoprazole 40 mg 1x1.')
    D.lv('Recommendations:', 'Elevation, finger exercises. Cast and wire check at an orthopaedic clinic in the home '
         'country within one week. K-wire removal after 5-6 weeks. Fit to fly with cast.')
    D.p('')
    D.p('Op. Dr. Mehmet Karaaslan', space_after=0)
    D.p('Orthopaedics and Traumatology Specialist  ·  Diploma reg. no. 88214', space_after=0)
    D.p('[signature and hospital stamp]', italic=True)
    D.br()
    D.h('Translator\'s statement', size=11)
    D.p('I, the undersigned, sworn translator for the Turkish language registered with the Bureau Wbtv under number '
        '21177, declare that the above is a true and complete translation of the Turkish document "Epikriz" presented '
        'to me.')
    D.p('Amsterdam, 24-08-2026')
    D.p('drs. A. Demir-Visser, beëdigd vertaler Turks-Nederlands-Engels')
    D.save(path)
    return dict(kinds=['correspondence'], date='2026-08-13', author='specialist', language='en',
                style='Turkish hospital discharge summary (epikriz), certified English translation in Word',
                imaging_done='yes', operated='yes', treated_abroad='yes',
                notes='Operation (K-wire fixation) stated in one sentence without operator or procedure description, '
                      'so not an operation report. Discharge date is the document date; translator\'s date '
                      '24-08-2026 on the last page and birth date 30.09.1962 in the grid are distractors. '
                      'Turkish title "Op. Dr." marks the specialist.')


@doc(18)
def d018():
    path = out(18, 'pdf')
    W, H = A4

    def first(c, d):
        c.setFillColor(colors.HexColor('#0b6e4f'))
        c.rect(20 * mm, H - 27 * mm, 4 * mm, 12 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont('Sans-Bold', 12); c.drawString(27 * mm, H - 19 * mm, 'Hospital Costa Blanca Norte')
        c.setFont('Sans', 8.5)
        c.drawString(27 * mm, H - 24 * mm, 'Servicio de Radiodiagnóstico  /  Department of Radiology')
        draw_lines(c, 190 * mm, H - 17 * mm, ['Partida Benimaquia s/n', '03700 Dénia (Alicante) - España',
                                              'Tel. +34 966 42 90 00', 'international@hcbnorte.es'], size=7.3,
                   align='right', color=GREY)

    def footer(c, page, total):
        c.setFont('Sans', 6.8); c.setFillColor(GREY)
        c.drawString(20 * mm, 10 * mm, 'English version issued by the International Patient Office. In case of '
                                       'discrepancy the Spanish original prevails.  Page %d of %d' % (page, total))

    p = Pdf(path, first_top=36, first=first, footer=footer, size=9.4)
    p.h('RADIOLOGY REPORT - INFORME RADIOLÓGICO', size=11.5, space_before=0)
    p.fields2([('Patient', 'MEIJER, Femke'), ('Date of birth', '07/01/1995'), ('Medical record', 'HC 0 552 187'),
               ('Origin', 'Outpatients')],
              [('Study', 'MRI right wrist'), ('Study date', '14/04/2026'), ('Accession no.', 'MR26041402281'),
               ('Referring physician', 'Dr. J. Navarro Gil, Orthopaedic Surgery and Traumatology')],
              widths=(30, 52, 30, 58))
    p.sp(3)
    p.lv('Clinical information:', 'Ulnar-sided wrist pain after a fall while windsurfing (03/2026). Clicking on '
         'pronation-supination. TFCC injury?')
    p.lv('Technique:', '1.5 T MRI, dedicated wrist coil. Coronal T1, coronal and axial PD FS, sagittal T2 FS.')
    p.h('Findings', size=10)
    p.p('There is a full-thickness tear of the peripheral (ulnar) attachment of the triangular fibrocartilage '
        'complex at the fovea, with a small amount of fluid in the distal radioulnar joint. The central disc is '
        'intact. Mild bone marrow oedema in the ulnar head. Neutral ulnar variance. The extensor carpi ulnaris '
        'tendon is in its groove, with mild tenosynovitis. Scapholunate and lunotriquetral ligaments intact. No '
        'fracture. No avascular necrosis. No ganglion.')
    p.h('Impression', size=10)
    p.p('1. Peripheral foveal tear of the TFCC (Palmer 1B).\n2. Mild ECU tenosynovitis.\n3. No fracture.')
    p.sp(5)
    p.p('Dra. Lucía Ferrer Montaner - Radiologist (Col. nº 03/03/11427)\nElectronically signed 15/04/2026 09:12',
        size=8.8)
    p.build()
    return dict(kinds=['imaging-report'], date='2026-04-15', also_dates=['2026-04-14'], author='radiologist',
                language='en', style='Spanish hospital radiology report, English version for international patients',
                imaging_done='yes', operated='unmentioned', treated_abroad='yes',
                notes='Spanish hospital in Dénia (city/region names only, no "abroad" word) -> treated abroad. '
                      'Referring physician from "Orthopaedic Surgery and Traumatology" does not mean surgery. '
                      'Day-first dates 07/01/1995 (birth), 14/04/2026 (study), 15/04/2026 (signature).')


@doc(19)
def d019():
    D = Docx(font='Liberation Serif', size=11)
    D.header_table(['**Ziekenhuis Maas en Kempen', 'Reumatologie & Klinische Immunologie'],
                   ['Polikliniek Reumatologie', 'Mgr. Nolenslaan 12, 6041 BT Roermond', '0475 - 38 72 10'])
    D.footer('Maas en Kempen · Reumatologie', fmt='blad {PAGE}')
    D.lines(['Mevrouw dr. E. Smeets, huisarts', 'Gezondheidscentrum Kapel in \'t Zand', 'Kapellerlaan 200',
             '6041 JZ  Roermond'])
    D.p('')
    D.fields([('Datum', '8 juli 2026'), ('Uw kenmerk', '-'), ('Ons kenmerk', 'REU/JvO/0708-6'),
              ('Betreft', 'mw. C.M.J. (Carla) Houben-Rutten, geboren 17 juli 1961')], widths=(30, 120))
    D.p('Geachte collega,')
    D.p('Op 1 juli zag ik uw patiënte op de polikliniek reumatologie met de vraag of er sprake is van een '
        'inflammatoire artritis van de handen.')
    D.h('Anamnese', size=11)
    D.p('Sinds anderhalf jaar pijn in beide duimbasisgewrichten, rechts meer dan links, en in de DIP-gewrichten van '
        'wijs- en middelvinger. Ochtendstijfheid ongeveer tien minuten. Geen zwelling van de MCP-gewrichten, geen '
        'huidafwijkingen, geen psoriasis in de familie. Haar moeder had "reuma in de handen" waarvoor zij aan beide '
        'handen is geopereerd. Voorgeschiedenis: hallux valgus-correctie rechts (2021), hypercholesterolemie.')
    D.h('Lichamelijk onderzoek', size=11)
    D.p('Heberdense noduli DIP II en III beiderzijds. Crepitatie en drukpijn CMC-1 rechts > links, positieve '
        'grindtest rechts. Geen synovitis van MCP- of PIP-gewrichten. Overige gewrichtsstatus zonder afwijkingen.')
    D.h('Aanvullend onderzoek', size=11)
    D.p('Laboratorium: BSE 12 mm/uur, CRP < 3 mg/l, IgM-reumafactor en anti-CCP negatief.')
    D.p('Echografie beide handen (door ondergetekende, 01-07-2026): geen synovitis, geen power-Doppler-signaal, geen '
        'erosies. Osteofyten aan de CMC-1- en DIP-gewrichten.')
    D.h('Conclusie', size=11)
    D.p('Primaire (nodale) artrose van de handen met symptomatische CMC-1-artrose rechts. Geen aanwijzingen voor '
        'reumatoïde artritis of een andere inflammatoire artritis.')
    D.h('Beleid', size=11)
    D.p('Uitleg gegeven. Verwijzing naar de handtherapeut voor een duimspalk en gewrichtsbeschermingsadviezen. '
        'Paracetamol en zo nodig een NSAID-gel. Indien onvoldoende effect kan een verwijzing naar een handchirurg '
        'worden overwogen; patiënte is daar op dit moment nog niet aan toe. Ik heb haar niet in controle gehouden.')
    D.p('')
    D.p('Met vriendelijke groet,')
    D.p('')
    D.p('J. van Oosten, reumatoloog', space_after=0)
    D.p('cc: patiënte', size=9)
    lo_pdf(D, 19, via_odt=True)
    return dict(kinds=['correspondence'], date='2026-07-08', also_dates=['2026-07-01'], author='specialist',
                language='nl', style='rheumatology outpatient letter, ODT converted to PDF by LibreOffice, fields table',
                imaging_done='yes', operated='unmentioned', treated_abroad='unmentioned',
                notes='Birth date "17 juli 1961" is written in words just like the letter date "8 juli 2026". '
                      'Echo done by the rheumatologist herself (findings negated). The mother\'s hand operations and '
                      'the hallux valgus correction (other body part) are not operations on this problem; referral to '
                      'a hand surgeon only considered.')


@doc(20)
def d020():
    path = out(20, 'docx')
    D = Docx(font='Verdana', size=9.5)
    D.header_table(['**Rode Kruis Ziekenhuis Waterland', 'Orthopedie & Traumatologie'],
                   ['Vaartweg 44', '1441 HK Purmerend', 'T 0299 - 45 70 00'], first_only=True)
    D.header_lines(['Waterland Orthopedie - vervolgblad'], size=7.5, bold_first=False)
    D.footer('', fmt='{PAGE}/{NUMPAGES}')
    D.lines(['Aan: Handkliniek Noord-Veluwe', 't.a.v. dr. H.W. Brands, plastisch chirurg', 'Stationsweg 88',
             '8071 CZ  Nunspeet'])
    D.p('')
    D.p('Purmerend, 28-10-2026', align='right')
    D.lv('Onderwerp:', 'verwijzing voor second opinion')
    D.lv('Patiënt:', 'dhr. S. (Stefan) Kok, geb. 12-12-1990, Patiëntnr. 9907 1124')
    D.lv('Kopie:', 'huisarts T. Schagen, Purmerend; patiënt')
    D.p('')
    D.p('Waarde collega Brands,')
    D.p('Hierbij verwijs ik de heer Kok, 35 jaar, tegelzetter, naar u voor een second opinion. Ik behandel hem sinds '
        'november 2024 voor een scaphoidfractuur rechts die initieel gemist is (val van de steiger, pas na 6 weken '
        'gepresenteerd).')
    D.p('Hij is op 22-01-2025 door mij geopereerd: open repositie en fixatie met een kopcompressieschroef via een '
        'volaire benadering, met een spongiosaplastiek uit de distale radius. Het postoperatieve beloop was traag. '
        'De CT van 18-06-2025 toonde een gedeeltelijke consolidatie; op de CT van 07-10-2026 is er een persisterende '
        'pseudartrose aan de proximale zijde met een schroef die het proximale fragment net raakt, zonder evidente '
        'collaps. De MRI met contrast (07-10-2026) suggereert een verminderde doorbloeding van de proximale pool.')
    D.p('Klinisch heeft hij pijn bij belasten en een extensie van 40°, flexie 45°. Hij werkt sinds een jaar aangepast '
        'en is hier zeer gefrustreerd over.')
    D.p('Mijn vraagstelling: acht u een revisie met een gevasculariseerd bottransplantaat (bv. MFC-flap) zinvol, of is '
        'bij hem een salvage-procedure (bv. proximale rij carpectomie of vierhoeksartrodese) op termijn de betere keuze? '
        'Wij hebben in ons ziekenhuis geen ervaring met gevasculariseerde transplantaten en ik wil hem graag de beste '
        'optie bieden.')
    D.p('De operatieverslagen, poliklinische brieven en beelden (CD) worden separaat door ons secretariaat verstuurd.')
    D.p('')
    D.p('Met collegiale groet,')
    D.p('')
    D.p('dr. F.J. Roozendaal', space_after=0)
    D.p('orthopedisch chirurg', space_after=0)
    D.p('BIG 59012345601', size=8)
    D.save(path)
    return dict(kinds=['referral', 'correspondence'], date='2026-10-28', author='specialist', language='nl',
                style='specialist referral letter from hospital orthopaedics, first-page header differs from later pages',
                referral_question=True, imaging_done='yes', operated='yes', treated_abroad='unmentioned',
                notes='Referral written by the treating orthopaedic surgeon (not the GP): counts as referral and, being a '
                      'specialist letter, as correspondence (borderline). Several CT/MRI dates; the most recent imaging is '
                      '07-10-2026. Salvage procedures and revision are options, the 2025 operation is a fact. Enclosed '
                      'operation reports are only announced.')


@doc(21)
def d021():
    path = out(21, 'txt')
    t = """ZorgDomein - Verwijzing
========================================================================

Verwijsdatum:            30-09-2026
Referentienummer:        ZD-26-7719341
Soort verwijzing:        Eerste consult / behandeling

VERWIJZER
Naam:                    A.M. de Ruiter-Bos
Functie:                 Huisarts
Praktijk:                Huisartsenpraktijk Lindenhof, Lindenlaan 2, 3862 PL Nijkerk
AGB-code:                01-117220
Telefoon (voor collega's): 033-245 11 90

ONTVANGER
Zorgaanbieder:           Handkliniek Noord-Veluwe
Specialisme:             Plastische chirurgie
Product:                 Behandeling triggerfinger

PATIËNT
Naam:                    H.J. Ravenhorst
Geboortedatum:           01-09-1948
Geslacht:                Man
BSN:                     999970224
Verzekeraar:             Nexus Zorgverzekeringen, 44102283

REDEN VAN VERWIJZING
Triggerfinger digitus III links, bij vlagen op slot in de ochtend, pijnlijk.
Verzoek operatieve behandeling (release A1-ringband).

VRAAGSTELLING
-

RELEVANTE VOORGESCHIEDENIS
- Diabetes mellitus type 2 (sinds 2011), HbA1c 58 mmol/mol (08-2026)
- Atriumfibrilleren, antistolling met apixaban
- TIA 2019
- Triggerfinger dig IV rechts 2020, genezen na injectie

RECENTE BEHANDELINGEN
- 14-03-2026 corticosteroidinjectie peesschede dig III links (huisarts): 2 mnd effect
- 02-07-2026 tweede injectie: kort effect (3 weken)
Er is tot op heden geen beeldvorming of operatieve behandeling verricht.

MEDICATIE
- Metformine 1000 mg 2dd1
- Apixaban 5 mg 2dd1
- Metoprolol 50 mg 1dd1

ALLERGIEËN
Geen bekend

BIJLAGEN
Geen

------------------------------------------------------------------------
Deze verwijzing is aangemaakt via ZorgDomein op 30-09-2026 11:46.
"""
    write_text(path, t, encoding='utf-8')
    return dict(kinds=['referral', 'history'], date='2026-09-30', author='gp', language='nl',
                style='ZorgDomein referral exported as plain text, label: value lines',
                referral_question=False, imaging_done='no', operated='no', treated_abroad='unmentioned',
                notes='Referral "for treatment" with an empty Vraagstelling ("-"): no second-opinion question. '
                      '"Verzoek operatieve behandeling" is a request. One sentence with wide-scope negation covers both '
                      'imaging and operation. Has Relevante voorgeschiedenis + Recente behandelingen -> also history.')


@doc(22)
def d022():
    path = out(22, 'pdf')
    W, H = A4

    def first(c, d):
        c.setFont('Sans-Bold', 14); c.drawString(20 * mm, H - 20 * mm, 'Professionele Samenvatting')
        c.setFont('Sans', 8.5)
        c.drawString(20 * mm, H - 25 * mm, 'Huisartsenpraktijk Vossenberg  ·  Vossenberglaan 70, 5044 RV Tilburg  ·  013-463 18 18')
        c.line(20 * mm, H - 28 * mm, 190 * mm, H - 28 * mm)

    def later(c, d):
        c.setFont('Sans', 7.5)
        c.drawString(20 * mm, H - 14 * mm, 'Professionele Samenvatting - N. Aydın - geb. 02-11-1970')
        c.line(20 * mm, H - 16 * mm, 190 * mm, H - 16 * mm)

    def footer(c, page, total):
        c.setFont('Sans', 7); c.setFillColor(GREY)
        c.drawString(20 * mm, 10 * mm, 'Gegenereerd 02-11-2026 10:03 uit HIS  ·  vertrouwelijk medisch dossier')
        c.drawRightString(190 * mm, 10 * mm, 'Pagina %d van %d' % (page, total))

    p = Pdf(path, first_top=34, first=first, later=later, footer=footer, size=8.8)
    p.fields2([('Naam', 'mevr. N. (Nermin) Aydın'), ('Geboortedatum', '02-11-1970'), ('BSN', '999981470'),
               ('Adres', 'Ringbaan-Oost 212, 5013 CD Tilburg')],
              [('Datum samenvatting', '02-11-2026'), ('Opgesteld door', 'B.H.M. Lammers, huisarts'),
               ('Reden', 'verwijzing tweede mening'), ('Eigen huisarts', 'B.H.M. Lammers')],
              widths=(30, 54, 34, 52), size=8.5)
    p.h('Episodelijst (actueel en relevant)', size=10)
    p.table([['ICPC', 'Omschrijving', 'Begin', 'Eind'],
             ['L91', 'Artrose handen (DIP/PIP), Heberden', '11-2019', ''],
             ['L87', 'Mucoïde cyste DIP III links', '04-2025', '09-2025'],
             ['L92', 'Schouder: tendinopathie supraspinatus rechts', '03-2023', '10-2023'],
             ['T90', 'Diabetes mellitus type 2', '2016', ''],
             ['K86', 'Hypertensie', '2016', ''],
             ['D88', 'Appendicitis, appendectomie', '1989', '1989'],
             ['X87', 'Uterusprolaps, pessarium', '2022', '']],
            widths=(14, 96, 30, 30), size=8.2)
    p.h('Medicatie (actueel)', size=10)
    p.table([['Middel', 'Gebruik', 'Start'],
             ['Metformine 850 mg', '2 dd 1', '2016'],
             ['Perindopril 4 mg', '1 dd 1', '2016'],
             ['Atorvastatine 20 mg', '1 dd 1 (avond)', '2018'],
             ['Paracetamol 1000 mg', 'zo nodig 3 dd 1', '2019'],
             ['Diclofenac gel 1%', 'zo nodig 3 dd op DIP', '2025']], widths=(70, 60, 40), size=8.2)
    p.h('Allergieën / intoleranties / contra-indicaties', size=10)
    p.p('Intolerantie codeïne (misselijkheid). Contra-indicatie: nierfunctiestoornis (eGFR 52, 06-2026).')
    p.h('Metingen', size=10)
    p.fields2([('Lengte', '1,62 m'), ('Gewicht', '84 kg (09-2026)'), ('BMI', '32,0')],
              [('RR', '142/86 (09-2026)'), ('HbA1c', '55 mmol/mol (06-2026)'), ('eGFR', '52 ml/min (06-2026)')],
              widths=(22, 58, 22, 58), size=8.5)
    p.h('Journaal (selectie laatste 12 maanden, polsen/handen)', size=10)
    rows = [['Datum', 'Regel'],
            ['04-11-2025', 'S: pijn en stijfheid vingers beide handen, vooral ochtend. Linker middelvinger nog '
                           'wat gezwollen na de operatie. O: noduli DIP II-V bdz. E: artrose handen. P: uitleg, '
                           'paracetamol, handoefeningen.'],
            ['12-02-2026', 'S: toenemende pijn duimbasis rechts. O: grindtest + rechts. E: CMC-1 artrose re? '
                           'P: X-handen beiderzijds aangevraagd.'],
            ['19-02-2026', 'U: X-handen bdz (Radiologie ETZ-Tilburg-Noord): erosieve artrose DIP/PIP, '
                           'CMC-1-artrose rechts gr 2, geen fractuur.'],
            ['18-06-2026', 'S: duim rechts pijnlijker, laat dingen vallen. Injectie gewenst. P: injectie CMC-1 re '
                           '(triamcinolon 10 mg), duimspalk via handtherapeut.'],
            ['15-09-2026', 'S: effect injectie 6 wk. Wil "iets definitiefs". Las over operaties. E: CMC-1 '
                           'artrose re, therapieresistent. P: overleg: wil tweede mening in handkliniek.'],
            ['02-11-2026', 'A: samenvatting t.b.v. verwijzing tweede mening handchirurgie opgesteld.']]
    p.table(rows, widths=(22, 148), size=8.2)
    p.h('Correspondentie (ontvangen)', size=10)
    p.table([['Datum', 'Van', 'Onderwerp'],
             ['09-05-2025', 'Plastische Chirurgie, ETZ-Tilburg-Noord', 'Poliklinische brief: mucoïde cyste DIP III li'],
             ['24-06-2025', 'Plastische Chirurgie, ETZ-Tilburg-Noord', 'Operatieverslag: excisie mucoïde cyste + '
                                                                      'osteofytectomie DIP III links (12-06-2025)'],
             ['02-09-2025', 'Plastische Chirurgie, ETZ-Tilburg-Noord', 'Ontslag uit controle'],
             ['19-02-2026', 'Radiologie', 'Verslag X-handen bdz']], widths=(22, 62, 86), size=8.2)
    p.sp(3)
    p.p('Deze samenvatting is opgesteld volgens de NHG-richtlijn Gegevensuitwisseling huisarts en zorgverleners.',
        size=7.5, textColor=GREY)
    p.build()
    return dict(kinds=['history'], date='2026-11-02', author='gp', language='nl',
                style='HIS Professionele Samenvatting PDF with episode, medication, journal and correspondence tables',
                imaging_done='yes', operated='yes', treated_abroad='unmentioned',
                notes='Birth date 02-11-1970 and summary date 02-11-2026 share day and month. The hand operation '
                      '(excision mucoid cyst DIP III, 12-06-2025) is only visible in the correspondence table and a '
                      'journal line; appendectomy is another body part. Journal is a two-column table.')


@doc(23)
def d023():
    path = out(23, 'docx')
    D = Docx(font='Calibri', size=10.5)
    D.header_table(['**Zuidas International GP Practice', 'Huisartsenpraktijk Zuidas'],
                   ['Gustav Mahlerplein 9', '1082 MS Amsterdam', '+31 20 303 61 70'])
    D.footer('Zuidas International GP Practice · AGB 01-061144 · This summary was prepared at the patient\'s request.',
             fmt='Page {PAGE} of {NUMPAGES}')
    D.h('MEDICAL SUMMARY', size=14)
    D.fields([('Date', '19 October 2026'), ('Patient', 'Ms Priya RAMAN'), ('Date of birth', '7 March 1988'),
              ('Address', 'Parnassusweg 801, 1077 DK Amsterdam'), ('Registered GP', 'Dr. L. de Graaf')],
             widths=(35, 120))
    D.h('Problem list', size=11)
    D.table([['Problem', 'Since', 'Status'],
             ['De Quervain tenosynovitis, right wrist', 'April 2026', 'active'],
             ['Iron deficiency anaemia (heavy menstrual bleeding)', '2024', 'resolved'],
             ['Migraine without aura', '2010', 'active, infrequent'],
             ['Hypothyroidism', '2019', 'active, on levothyroxine']], widths=(95, 35, 40))
    D.h('History of the present problem', size=11)
    D.p('Ms Raman, a 38-year-old software engineer (right-handed), presented in April 2026 with pain on the radial side '
        'of the right wrist, worse with typing on her phone and lifting her toddler. An ultrasound on 12 May 2026 '
        '(Radiology, OLVG-Zuid outpatient centre) showed thickening of the first extensor compartment with '
        'tenosynovitis and no ganglion. She was treated with a thumb spica splint and an ultrasound-guided '
        'corticosteroid injection on 9 June 2026, which gave about six weeks of relief. The pain has since returned.')
    D.p('She has not been seen by a hand surgeon yet. Her mother underwent bilateral carpal tunnel release in India and '
        'she is worried that her symptoms are hereditary. She travelled to Portugal in August 2026; no medical care was '
        'needed there.')
    D.h('Recent consultations', size=11)
    D.table([['Date', 'Summary'],
             ['22-04-2026', 'Radial wrist pain R, Finkelstein +. Splint, ibuprofen. Ultrasound requested.'],
             ['19-05-2026', 'Ultrasound result discussed (tenosynovitis 1st compartment).'],
             ['09-06-2026', 'Ultrasound-guided injection by radiologist (referral via GP).'],
             ['30-09-2026', 'Recurrence. Discussed options; patient requests a second opinion at a hand clinic.']],
            widths=(28, 142))
    D.h('Medication', size=11)
    D.p('Levothyroxine 75 µg once daily; sumatriptan 50 mg as required; ibuprofen 400 mg as required.')
    D.h('Allergies', size=11)
    D.p('Penicillin (rash, 2005).')
    D.p('')
    D.p('Dr. L. de Graaf, general practitioner (huisarts)', space_after=0)
    D.p('BIG 49087712301')
    D.save(path)
    return dict(kinds=['history'], date='2026-10-19', author='gp', language='en',
                style='Dutch GP medical summary in English for an expat, Word with tables, header table letterhead',
                imaging_done='yes', operated='unmentioned', treated_abroad='no',
                notes='English summary from a Dutch GP. Mother\'s carpal tunnel release (family member) is not the '
                      'patient\'s operation; "not been seen by a hand surgeon yet" says nothing about surgery directly. '
                      'Holiday in Portugal "no medical care was needed" -> no. Date in words; birth date in words right '
                      'below it.')


@doc(24)
def d024():
    path = out(24, 'docx')
    D = Docx(font='Arial', size=10)
    D.header_table(['**Hausarztpraxis am Dreiecksplatz', 'Dr. med. Anja Wiegand & Dr. med. Jörg Tenhagen',
                    'Fachärzte für Allgemeinmedizin'],
                   ['Enscheder Straße 14', '48599 Gronau (Westf.)', 'Tel. 02562 / 93 41 0', 'Fax 02562 / 93 41 29'])
    D.footer('BSNR 55 18822 00 · Sprechzeiten Mo–Fr 8–12 Uhr, Mo/Di/Do 15–18 Uhr', page_numbers=False)
    D.lines(['An die weiterbehandelnden Kolleginnen und Kollegen', 'Huisartsenpraktijk De Laares',
             'Laaresweg 4', '7522 NL Enschede', 'Niederlande'])
    D.p('')
    D.p('Gronau, 22.10.2026', align='right')
    D.p('Zusammenfassung der Krankengeschichte / Übergabe der hausärztlichen Betreuung', bold=True)
    D.p('Patient: Herr Tobias Schulte-Wever, geb. 25.04.1982, zuletzt wohnhaft Bahnhofstraße 7, 48599 Gronau, '
        'seit 01.10.2026 wohnhaft in Enschede (NL)')
    D.p('')
    D.p('Sehr geehrte Kolleginnen und Kollegen,')
    D.p('Herr Schulte-Wever war seit 2012 in unserer hausärztlichen Betreuung und ist nun in die Niederlande verzogen. '
        'Auf seinen Wunsch übersenden wir eine Zusammenfassung.')
    D.h('Dauerdiagnosen', size=11)
    D.table([['ICD-10', 'Diagnose', 'seit'],
             ['J45.0', 'Asthma bronchiale, allergisch (Gräserpollen)', '2003'],
             ['F41.1', 'Generalisierte Angststörung, derzeit stabil', '2018'],
             ['S52.50', 'Distale Radiusfraktur links, konservativ behandelt', '03/2026'],
             ['M25.53', 'Persistierende Handgelenksschmerzen links', '07/2026']], widths=(22, 118, 30))
    D.h('Verlauf 2026', size=11)
    D.p('Am 14.03.2026 Sturz beim Inlineskaten auf die linke Hand. Ambulante Behandlung in der Notaufnahme des '
        'St.-Agatha-Hospitals Ahaus: Röntgen Handgelenk links in zwei Ebenen mit nicht dislozierter distaler '
        'Radiusfraktur; Versorgung im Unterarmgips für 5 Wochen. Eine Operation war nach Auskunft der '
        'Unfallchirurgie nicht erforderlich und ist nicht erfolgt. Röntgenkontrolle am 21.03. und 18.04.2026 '
        '(Praxis für Radiologie Gronau): keine sekundäre Dislokation, knöcherne Konsolidierung.')
    D.p('Seit Juli 2026 erneut belastungsabhängige ulnarseitige Schmerzen links, v.a. beim Abstützen und bei '
        'Unterarmdrehbewegungen, gelegentliches Klicken. Physiotherapie (12 Einheiten) ohne durchgreifende Besserung. '
        'Eine MRT-Untersuchung wurde von uns empfohlen, aufgrund des Umzugs aber nicht mehr durchgeführt. '
        'Der Patient wünscht eine Abklärung in den Niederlanden.')
    D.h('Aktuelle Medikation', size=11)
    D.p('Budesonid/Formoterol 160/4,5 µg 2x1 Hub; Salbutamol bei Bedarf; Sertralin 50 mg 1-0-0.')
    D.h('Allergien / Unverträglichkeiten', size=11)
    D.p('Gräserpollen, Hausstaubmilbe. Keine Medikamentenallergien bekannt.')
    D.p('')
    D.p('Mit freundlichen kollegialen Grüßen')
    D.p('')
    D.p('Dr. med. Anja Wiegand', space_after=0)
    D.p('Fachärztin für Allgemeinmedizin')
    D.save(path)
    return dict(kinds=['history'], date='2026-10-22', author='gp', language='de',
                style='German Hausarzt handover summary (Zusammenfassung der Krankengeschichte) in Word',
                imaging_done='yes', operated='no', treated_abroad='yes',
                notes='German GP (the German practice is not a hospital) but the letter states ED treatment in a German '
                      'hospital (Ahaus) -> treated abroad. "Eine Operation ... nicht erforderlich und ist nicht erfolgt" '
                      '= no. MRI recommended but "nicht mehr durchgeführt" while X-rays were done -> imaging yes. '
                      'Move date 01.10.2026 and birth date 25.04.1982 near the letter date.')


@doc(25)
def d025():
    path = out(25, 'txt')
    hdr = "PATIENTOVERZICHT                     Huisartsenpraktijk Maasbommel - dr. K.J. van Gils\n"
    t = hdr + """Dorpsstraat 31, 6627 AB Maasbommel                   tel 0487-56 12 08
Afgedrukt: 16-11-2026  09:51                         door: K.J. van Gils
-------------------------------------------------------------------------------
Naam      : Wijnen, Maria Johanna Geertruida (Marja)
Geboren   : 16-11-1963 (63 jr)     Geslacht: V
Adres     : Kanaaldijk 4, 6627 BM Maasbommel
Verzekerd : Nexus Zorgverzekeringen 33019857
-------------------------------------------------------------------------------
PROBLEEMLIJST
  N93  Carpaletunnelsyndroom links     (2023) - geopereerd 2024, klachtenvrij
  N93  Carpaletunnelsyndroom rechts    (2026) - actief
  D89  Liesbreuk rechts                (2019) - operatie 2019
  K86  Hypertensie                     (2015)
  T93  Hypercholesterolemie            (2015)
  P74  Angststoornis                   (2008) - inactief

FAMILIEANAMNESE
  Moeder: CTS beiderzijds, geopereerd. Vader: myocardinfarct op 61 jr.

JOURNAAL (laatste 2 jaar)
-------------------------------------------------------------------------------
04-03-2024  S  tintelingen li hand nachts, duim-wijs-middelvinger, al jaar
            O  Tinel+ Phalen+ li, geen atrofie
            E  N93 CTS li
            P  nachtspalk, EMG via neurologie
22-04-2024  B  Brief neurologie: EMG matig ernstig CTS li, licht CTS re
16-05-2024  V  verwijzing handchirurgie (Handcentrum Maas & Waal, ZBC)
30-08-2024  B  Brief Handcentrum Maas & Waal: 26-08-2024 carpaletunnel-
               release li onder lokale verdoving (WALANT), ongecompliceerd.
10-09-2024  C  praktijkondersteuner: hechtingen verwijderd, wond rustig
14-01-2025  S  geen tintelingen links meer. Bloeddruk 138/84.
            P  controle RR over 6 mnd
27-06-2025  S  controle RR. Vakantie Spanje geweest, daar pols rechts verzwikt
               bij val op strand, niet naar een arts geweest, nu over.
            O  RR 136/82. Pols re soepel, geen drukpijn.
            E  K86
            P  beleid ongewijzigd
13-02-2026  S  nu tintelingen re hand, nachts wakker, schudt hand uit. Sinds
               okt. Valt dingen uit hand. "Net als links destijds."
            O  Tinel+ re, Phalen+ re na 30 sec, 2PD 5 mm, geen thenaratrofie
            E  N93 CTS re
            P  nachtspalk re, evt. injectie. Pt wil liefst direct operatie.
03-04-2026  S  spalk helpt matig.
            P  injectie carpale tunnel re (depomedrol 40 mg), uitleg
12-06-2026  S  3 wk effect. Weer wakker van tintelingen.
            P  EMG aanvragen; overweegt operatie bij zelfde kliniek
07-07-2026  B  Brief neurologie: EMG ernstig CTS re, li restverschijnselen
               na release, geen polyneuropathie.
02-10-2026  S  Handcentrum Maas & Waal wil rechts eerst nog een echo en
               tweede injectie; pt wil dat niet en vraagt second opinion
               bij handkliniek. Ook vragen over resttintelingen links.
            E  N93 CTS re, ernstig volgens EMG
            P  verwijzing second opinion via ZorgDomein, journaaluitdraai mee
-------------------------------------------------------------------------------
MEDICATIE: amlodipine 5 mg 1dd1, simvastatine 40 mg 1dd1, paracetamol zn
ALLERGIE : geen bekend
-------------------------------------------------------------------------------
einde overzicht
"""
    write_text(path, t, encoding='utf-8')
    return dict(kinds=['history'], date='2026-11-16', author='gp', language='nl',
                style='HIS Patiëntoverzicht, fixed-width plain text with probleemlijst, familieanamnese and journal',
                imaging_done='unmentioned', operated='yes', treated_abroad='no',
                notes='Print date 16-11-2026 and birth date 16-11-1963 on adjacent lines with the same day/month. '
                      'Operation on the left hand (same condition, other side) counts as a hand operation; mother\'s '
                      'operation and the hernia are distractors. Holiday in Spain: sprained wrist, "niet naar een arts '
                      'geweest" -> no. Echo only proposed by the ZBC; EMG is not imaging.')


@doc(26)
def d026():
    path = out(26, 'pdf')
    W, H = A4
    logo = logo_png('tjongerzorg', ['Tjongerzorg Ziekenhuis', 'Heerenveen · Wolvega'], color=(150, 30, 40))

    def first(c, d):
        c.drawImage(logo, 120 * mm, H - 28 * mm, width=70 * mm, height=15.5 * mm)
        draw_lines(c, 20 * mm, H - 18 * mm, ['**Heelkunde - Traumatologie', 'Thialfweg 44, 8441 PW Heerenveen',
                                             'Afdeling C3 - tel. 0513 - 68 54 30'], size=8)
        draw_lines(c, 20 * mm, H - 42 * mm, ['Huisartsenpraktijk Skoatterwald', 't.a.v. dhr. P. Zijlstra, huisarts',
                                             'Skoatterwald 2', '8446 SR  Heerenveen'], size=9.5)

    def later(c, d):
        c.setFont('Sans', 7.5)
        c.drawString(20 * mm, H - 14 * mm, 'Klinische brief - J. Dijkstra - 19-04-1975 - blz. vervolg')

    def footer(c, page, total):
        c.setFont('Sans', 7); c.setFillColor(GREY)
        c.drawString(20 * mm, 10 * mm, 'Tjongerzorg Ziekenhuis · Heelkunde · documentnr. KB-2026-031699')
        c.drawRightString(190 * mm, 10 * mm, 'Pagina %d van %d' % (page, total))

    p = Pdf(path, first_top=68, first=first, later=later, footer=footer, size=9.2)
    p.h('KLINISCHE BRIEF', size=12, space_before=0)
    p.fields2([('Patiënt', 'dhr. J. (Jelle) Dijkstra'), ('Geboortedatum', '19-04-1975'), ('Patiëntnr.', '0824 7713')],
              [('Opname', '14-03-2026'), ('Ontslag', '16-03-2026'), ('Datum brief', '17-03-2026')],
              widths=(33, 51, 28, 58))
    p.sp(2)
    p.p('Geachte collega Zijlstra,')
    p.p('Uw patiënt was van 14 t/m 16 maart 2026 opgenomen op onze afdeling Heelkunde.')
    p.h('Opnamediagnose', size=10)
    p.p('Intra-articulaire distale radiusfractuur rechts (AO 23-C2).')
    p.h('Anamnese', size=10)
    p.p('Patiënt viel op 13 maart tijdens een wandelvakantie in de Ardennen van een rotsblok op zijn gestrekte '
        'rechterhand. In België werd geen medische hulp ingeroepen; hij werd de volgende ochtend door zijn echtgenote '
        'naar onze SEH gereden. Voorgeschiedenis: appendectomie (1990), lumbale HNP (conservatief).')
    p.h('Aanvullend onderzoek', size=10)
    p.p('X-pols rechts: intra-articulaire distale radiusfractuur met dorsale kanteling 28°, radiale verkorting 4 mm. '
        'CT pols rechts: meerfragmentair met impressie van de fossa lunata.')
    p.h('Beloop', size=10)
    p.p('Na gesloten repositie en gipsspalk op de SEH bleef de stand onacceptabel; besloten tot operatieve '
        'behandeling op 15-03-2026. Postoperatief ongecompliceerd beloop, goede pijnstilling, patiënt kon op 16-03 '
        'naar huis.')
    p.h('Operatie', size=10)
    p.fields([('Datum', '15-03-2026'), ('Operateur', 'A.B. Wiersma, traumachirurg'), ('Assistent', 'dr. E. Hoekstra, AIOS heelkunde'),
              ('Anesthesie', 'Algehele anesthesie + plexus supraclaviculair'),
              ('Ingreep', 'Open repositie en interne fixatie distale radius rechts met volaire hoekstabiele plaat')],
             label_w=26, size=8.8)
    p.p('Beschrijving: rugligging, armtafel, bloedleegte 250 mmHg. Gemodificeerde Henry-benadering. Pronator quadratus '
        'ingesneden en afgeschoven. Fractuur gereponeerd, fragment van de fossa lunata via het fractuurvlak geëleveerd '
        'en ondersteund met een K-draad. Volaire hoekstabiele plaat (2,4 mm) geplaatst, distaal 6 hoekstabiele schroeven, '
        'proximaal 3 corticalisschroeven. Doorlichting in twee richtingen: herstel van de gewrichtsvlakte, geen '
        'intra-articulaire schroeven, radiale inclinatie 21°, volaire tilt 8°. DRUG stabiel. Pronator quadratus '
        'teruggehecht, subcutis Vicryl 3-0, huid intracutaan Monocryl 4-0. Drukverband en onderarmspalk. '
        'Complicaties: geen. Bloedverlies: minimaal.', size=8.8)
    p.h('Medicatie bij ontslag', size=10)
    p.table([['Geneesmiddel', 'Dosering', 'Duur'],
             ['Paracetamol 1000 mg', '4 dd 1', '1 week, daarna zo nodig'],
             ['Naproxen 500 mg + esomeprazol 20 mg', '2 dd 1 / 1 dd 1', '5 dagen'],
             ['Oxycodon 5 mg', 'zo nodig max 4 dd 1', 'max 3 dagen']], widths=(75, 45, 50), size=8.5)
    p.h('Beleid', size=10)
    p.p('Onderarmspalk 2 weken, wondcontrole en hechtingen (oplosbaar) niet nodig. Start handtherapie na 2 weken. '
        'Controle polikliniek traumatologie met X-pols over 6 weken. Bij koorts of toenemende pijn contact met de SEH.')
    p.sp(3)
    p.p('Met vriendelijke groet,')
    p.sp(6)
    p.p('A.B. Wiersma, traumachirurg\nnamens de vakgroep Heelkunde')
    p.build()
    return dict(kinds=['correspondence', 'operation-report'], date='2026-03-17', author='specialist', language='nl',
                style='hospital Klinische brief (discharge letter) with a full Operatie section, image logo, header field grid',
                imaging_done='yes', operated='yes', treated_abroad='no',
                notes='Discharge letter containing a complete operation description (date, operator, assistant, '
                      'procedure) -> both kinds. Accident during a hike in the Belgian Ardennes but "In België werd geen '
                      'medische hulp ingeroepen", treated in NL -> treated_abroad no. Admission, discharge and letter '
                      'dates side by side; appendectomy is another body part.')


@doc(27)
def d027():
    D = Docx(font='Calibri', size=10.5)
    D.header_lines(['Ziekenhuis Oost-Achterhoek', 'Neurologie en Klinische Neurofysiologie',
                    'Beukenstraat 3 · 7101 BN Winterswijk · 0543 - 54 40 00'], size=8.5)
    D.footer('Uitsluitend bestemd voor de geadresseerde. Neurologie ZOA.', fmt='pag. {PAGE}')
    D.lines(['Dhr. R. ter Haar, huisarts', 'Huisartsenpraktijk Meddosestraat', 'Meddosestraat 15',
             '7101 AL  Winterswijk'])
    D.p('')
    D.table([['Datum', 'Kenmerk', 'Betreft'],
             ['05-10-2026', 'NEU/RvS/26-5590', 'dhr. G.H. Lenderink, geb. 03-10-1957']],
            widths=(30, 45, 95), style=None, header=True)
    D.p('Geachte collega,')
    D.p('Uw patiënt werd op 28 september 2026 op de polikliniek neurologie gezien met doofheid van de pink en ringvinger '
        'van de linkerhand sinds ongeveer vier maanden, met sinds kort onhandigheid bij het dichtknopen van zijn overhemd.')
    D.p('Anamnese: geen nekpijn, geen uitstraling vanuit de nek. Hij leunt veel op zijn ellebogen bij het werk '
        '(tekenaar) en slaapt met gebogen armen. Diabetes is niet bekend. Patiënt is nooit aan de arm of hand '
        'geopereerd; wel appendectomie (1999) en een knieartroscopie rechts (2017).')
    D.p('Onderzoek: atrofie van de m. interosseus dorsalis I links, kracht van de abductie van de pink MRC 4, '
        'teken van Froment positief links. Hypesthesie van de ulnaire anderhalve vinger en de ulnaire handrug. '
        'Tinel positief over de sulcus ulnaris links. Reflexen symmetrisch.')
    D.p('EMG (28-09-2026): vertraagde geleiding van de n. ulnaris links over de elleboog (38 m/s, onder de '
        'elleboog 56 m/s) met tekenen van axonale schade in de eerste dorsale interosseus. Geen afwijkingen van de '
        'n. medianus, geen aanwijzingen voor een radiculopathie C8 of een polyneuropathie. Beeldvorming van elleboog '
        'en pols is niet verricht; daar is op dit moment geen indicatie voor.')
    D.p('Conclusie: ulnaris-neuropathie links ter hoogte van de elleboog (cubitaletunnelsyndroom), matig ernstig met '
        'axonale schade.')
    D.p('Beleid: gezien de axonale schade adviseer ik verwijzing naar een (hand)chirurg voor beoordeling van een '
        'decompressie. Tot die tijd een nachtspalk met de elleboog in lichte extensie. Patiënt wil eerst met u '
        'overleggen waar hij heen wil. Ik heb hem niet in controle gehouden.')
    D.p('')
    D.p('Met vriendelijke groet,')
    D.p('R. van Setten, neuroloog', space_after=0)
    D.p('cc: patiënt', size=9)
    lo_pdf(D, 27, via_odt=False)
    return dict(kinds=['correspondence'], date='2026-10-05', also_dates=['2026-09-28'], author='specialist',
                language='nl', style='neurology outpatient letter, DOCX converted by LibreOffice, date/kenmerk/betreft table',
                imaging_done='no', operated='no', treated_abroad='unmentioned',
                notes='"Beeldvorming van elleboog en pols is niet verricht" = no imaging; EMG is not imaging. "nooit aan '
                      'de arm of hand geopereerd" = no, while appendectomy and knee arthroscopy are other body parts. '
                      'Decompression only advised. Date, kenmerk and Betreft (with birth date 03-10-1957) as a table row.')


@doc(28)
def d028():
    path = out(28, 'docx')
    D = Docx(font='Arial', size=9.5)
    D.header_lines(['Streekziekenhuis De Lek  ·  Medische Beeldvorming',
                    'Lekdijk West 18, 2861 GB Bergambacht  ·  0182 - 35 60 00'], size=8, bold_first=True)
    D.footer('Dit verslag is elektronisch geautoriseerd. Beelden beschikbaar via het regionale PACS / op CD aan te vragen '
             'bij het secretariaat.', fmt='{PAGE}', size=7)
    D.table([['Naam', 'mw. D.A. Versteeg-Koster', 'Geb.', '26-10-1980'],
             ['Aanvrager', 'A. Jansen, huisarts, Schoonhoven', 'Patiëntnr.', '4402 118'],
             ['Onderzoek(en)', 'X-hand links (2 richtingen)\nEcho hand/pols links', 'Onderzoeksdatum', '27-10-2026'],
             ['Ordernr.', 'RX-26-113740 / US-26-049921', 'Verslagdatum', '27-10-2026']],
            widths=(28, 62, 30, 50), header=False, bold_first_col=True, size=9)
    D.lv('Klinische gegevens:', 'Zwelling dorsale pols links, st. na excisie ganglion pols links 2022 (Streekziekenhuis '
         'De Lek, plastische chirurgie). Recidief? Daarnaast pijnlijke DIP III links.')
    D.p('')
    D.lv('X-hand links:', '')
    D.p('Normale botstructuur. Geen fractuur. Beginnende artrose van het DIP-gewricht van digitus III met een kleine '
        'dorsale osteofyt. Overige gewrichten normaal. Geen weke delen kalk.')
    D.lv('Echo hand/pols links:', '')
    D.p('Dorsaal ter hoogte van het scapholunaire interval een anechogene, multiloculaire structuur van 12 x 8 x 7 mm met '
        'een smalle hals richting het gewrichtskapsel, passend bij een (recidief) ganglion. Geen doppler-signaal. '
        'Postoperatieve littekenverandering in de subcutis. Ter hoogte van DIP III dorsaal een kleine cyste van 4 mm, '
        'passend bij een mucoïde cyste.')
    D.lv('Conclusie:', '')
    D.p('1. Recidief dorsaal polsganglion links, 12 mm.\n2. Beginnende artrose DIP III links met mucoïde cyste.')
    D.p('')
    D.p('drs. F. Smit, radioloog')
    D.save(path)
    return dict(kinds=['imaging-report'], date='2026-10-27', author='radiologist', language='nl',
                style='radiology report without a title, patient grid table in Word, department only in page header',
                imaging_done='yes', operated='yes', treated_abroad='unmentioned',
                notes='No title ("Verslag" missing); kind must come from fields and content. Requester is a GP. Clinical '
                      'data state a prior ganglion excision (2022) -> operated yes even though the report is radiology. '
                      'Birth date 26-10-1980 one day before the exam date. Department "plastische chirurgie" in the '
                      'clinical data.')


@doc(29)
def d029():
    path = out(29, 'pdf')
    W, H = A4

    def first(c, d):
        c.setFont('Sans-Bold', 12); c.drawString(20 * mm, H - 18 * mm, 'Radiologie am Spoykanal')
        c.setFont('Sans', 8.2)
        c.drawString(20 * mm, H - 22.5 * mm, 'Gemeinschaftspraxis Dr. med. U. Hendricks · Dr. med. L. Achterberg · A. Yıldız')
        c.drawString(20 * mm, H - 26.5 * mm, 'Fachärzte für Diagnostische Radiologie · Spoystraße 9 · 47533 Kleve · Tel. +49 2821 / 99 77 0')
        c.line(20 * mm, H - 29 * mm, 190 * mm, H - 29 * mm)
        draw_lines(c, 20 * mm, H - 37 * mm, ['Herrn Dr. med. M. Peters', 'Facharzt für Orthopädie und Unfallchirurgie',
                                             'Orthopädische Praxis Kleve-Mitte', 'Hagsche Straße 48', '47533 Kleve'],
                   size=9)
        draw_lines(c, 190 * mm, H - 37 * mm, ['Kleve, 09.09.2026'], size=9, align='right')

    def footer(c, page, total):
        c.setFont('Sans', 7)
        c.drawCentredString(W / 2, 10 * mm, 'Seite %d von %d' % (page, total))

    p = Pdf(path, first_top=68, first=first, footer=footer, size=9.2, columns=2, col_gap=8)
    p.h('Sonographie des rechten Handgelenks', size=10.5, space_before=0)
    p.fields([('Patientin', 'Frau Ilona Kersten'), ('geb.', '03.09.1988'), ('wohnhaft', 'Nijmegen (NL)'),
              ('Untersuchung', '09.09.2026')], label_w=29, size=8.6)
    p.sp(2)
    p.p('Sehr geehrter Herr Kollege Peters,')
    p.p('vielen Dank für die Zuweisung Ihrer Patientin, die in Kleve als Pflegekraft arbeitet.')
    p.lv('Fragestellung:', 'Ganglion dorsal? Tendovaginitis? Schmerzen dorsal am rechten Handgelenk seit 2 Monaten.')
    p.lv('Technik:', 'Hochfrequenter Linearschallkopf (18 MHz), B-Bild und Power-Doppler, dynamische Untersuchung.')
    p.lv('Voruntersuchungen:', 'keine bildgebenden Voruntersuchungen vorliegend; klinisch Druckschmerz dorsal über '
         'dem SL-Intervall, Watson-Test negativ (Angaben des Zuweisers).')
    p.colbreak()
    p.h('Befund', size=10, space_before=0)
    p.p('Die Strecksehnen der Fächer I bis VI sind regelrecht in Kaliber und Echostruktur, kein '
        'Flüssigkeitssaum in den Sehnenscheiden, keine Hyperperfusion im Power-Doppler. Kein Nachweis eines dorsalen '
        'oder palmaren Ganglions, auch nicht eines okkulten Ganglions am skapholunären Band. Das SL-Band stellt sich '
        'dorsal kontinuierlich dar, dynamisch keine Aufweitung. Kein Gelenkerguss im Radiokarpalgelenk. '
        'Unauffällige Darstellung des N. medianus im Karpaltunnel (Querschnittsfläche 8 mm²). '
        'Palmar A. radialis und A. ulnaris regelrecht perfundiert.')
    p.h('Beurteilung', size=10)
    p.p('Unauffälliger sonographischer Befund des rechten Handgelenks. Kein Ganglion, keine Tendovaginitis. '
        'Bei persistierenden Beschwerden ggf. MRT oder handchirurgische Vorstellung.')
    p.sp(4)
    p.p('Mit freundlichen kollegialen Grüßen')
    p.sp(5)
    p.p('A. Yıldız\nFacharzt für Diagnostische Radiologie')
    p.build()
    return dict(kinds=['imaging-report'], date='2026-09-09', author='radiologist', language='de',
                style='German radiology practice ultrasound report as a letter, two text columns, addressed to an orthopaedist',
                imaging_done='yes', operated='unmentioned', treated_abroad='yes',
                notes='Two text columns: column order matters for extraction. Entirely negative findings (imaging still '
                      'done). Addressed to an orthopaedist/"Unfallchirurgie" (not surgery). Radiology practice in Kleve '
                      'examined a patient living in Nijmegen -> clinic abroad. Birth date 03.09.1988 six days before '
                      'the exam/letter date. "keine bildgebenden Voruntersuchungen" negates only earlier imaging.')


@doc(30)
def d030():
    path = out(30, 'txt')
    t = """WESSEX COAST NHS TRUST - RADIOLOGY REPORT
St Aldhelm's Hospital, Harbour Road, Seaburgh SB3 1AA

Patient name:  VAN BEEK, Joris                 Sex: M
DOB:           22/07/1994                      Hosp No: SA-1102557
NHS No:        (overseas visitor - none)       Patient type: Emergency Dept

Exam:          XR WRIST LEFT (2 views) + SCAPHOID VIEWS
Exam date:     02/03/2026 11:14                Accession: RSA2603020114
Referrer:      Dr N. Adeyemi, Emergency Department, St Aldhelm's Hospital

Clinical history:
  FOOSH on holiday (surfing lesson), tender anatomical snuffbox. ?scaphoid #

Report:
  No acute bony injury is demonstrated. Specifically, no scaphoid fracture is
  seen on the dedicated views, although an occult injury cannot be excluded.
  Carpal alignment is maintained. Soft tissue swelling over the radial aspect
  of the wrist. Incidental small bone island in the capitate.

Conclusion:
  No fracture seen. If clinical suspicion persists, suggest immobilisation and
  repeat imaging / MRI in 10-14 days (can be arranged in home country).

Reported by:   Dr K. Mensah, Consultant Radiologist
Report date:   02/03/2026 15:40
Verified:      Yes

*** Report issued to overseas patient on request - 03/03/2026 ***
"""
    write_text(path, t, encoding='utf-8', crlf=True)
    return dict(kinds=['imaging-report'], date='2026-03-02', author='radiologist', language='en',
                style='NHS PACS/RIS radiology report plain text export (CRLF)',
                imaging_done='yes', operated='unmentioned', treated_abroad='yes',
                notes='Patient type "Emergency Dept" and overseas visitor at a UK hospital -> treated abroad; "on holiday" '
                      'is only context here. Report and exam date identical, issue date 03/03/2026 below; DOB 22/07/1994 '
                      'in day-first format. "No fracture seen" is a negated finding.')


@doc(31)
def d031():
    path = out(31, 'pdf')
    W, H = A4

    def first(c, d):
        c.setFillColor(colors.HexColor('#1f4e79'))
        c.setFont('Lib-Bold', 14); c.drawString(20 * mm, H - 19 * mm, 'Handcentrum Zuid-Holland')
        c.setFillColor(colors.black)
        c.setFont('Lib', 8.5)
        c.drawString(20 * mm, H - 24 * mm, 'Zelfstandig Behandelcentrum voor hand- en polschirurgie · Plaszoom 1, 3062 CP Rotterdam')
        c.setFont('Lib-Bold', 11); c.drawRightString(190 * mm, H - 19 * mm, 'OK-verslag')

    def footer(c, page, total):
        c.setFont('Lib', 7)
        c.drawString(20 * mm, 10 * mm, 'Handcentrum Zuid-Holland · OK-verslag 26-OK-01872 · %d/%d' % (page, total))

    p = Pdf(path, font='Lib', first_top=30, first=first, footer=footer, size=9.3)
    p.table([['Patiënt', 'dhr. M. (Mohamed) El Idrissi', 'Geboortedatum', '30-06-1986'],
             ['Datum ingreep', '30-06-2026', 'Locatie', 'OK 2, dagbehandeling'],
             ['Operateur', 'drs. K. Wolters, plastisch chirurg', 'Assistent', 'B. de Wit, physician assistant'],
             ['Anesthesie', 'Regionaal (plexus axillaris)', 'Anesthesioloog', 'dr. R. Tan'],
             ['ASA', 'I', 'Bloedleegte', 'ja, 61 min']],
            widths=(28, 60, 30, 52), header=False, size=8.8)
    p.sp(2)
    p.table([['Rubriek', 'Inhoud'],
             ['Pre-operatieve diagnose', 'Ulnaire polspijn rechts bij perifere TFCC-laesie (Palmer 1B), MRI-artrografie 04-2026'],
             ['Indicatie', 'Persisterende klachten > 6 maanden ondanks spalk en handtherapie; instabiliteit DRUG bij onderzoek'],
             ['Ingreep', 'Polsartroscopie rechts, debridement en artroscopische transcapsulaire hechting TFCC (outside-in)'],
             ['Bevindingen', 'Perifere afscheuring TFCC ulnair-dorsaal, trampoline-test positief; centrale discus intact; '
                             'chondromalacie graad 1 ulnakop; SL- en LT-ligament intact (Geissler 0)'],
             ['Verloop', 'Tractie 5 kg in toren. Portalen 3-4 en 6R, aanvullend 4-5. Inspectie radiocarpaal en midcarpaal. '
                         'Debridement rafelige randen met shaver. Twee PDS 2-0 hechtingen outside-in via 6U-hulpincisie '
                         '(dorsale tak n. ulnaris gevisualiseerd en gespaard), geknoopt op het kapsel met pols in '
                         'neutrale rotatie. Goede spanning, trampoline-test negatief. Portalen gesloten met steristrips.'],
             ['Complicaties', 'Geen'],
             ['PA / kweek', 'Niet ingestuurd'],
             ['Nabehandeling', 'Bovenarmgips (Münster) in neutrale stand 4 weken, daarna onderarmbrace 2 weken; handtherapie '
                               'vanaf week 4. Controle 2 en 6 weken postoperatief.']],
            widths=(40, 130), size=8.8, bold_first_col=True)
    p.sp(4)
    p.p('Ondertekend: drs. K. Wolters, plastisch chirurg - 30-06-2026 16:10', size=8.5)
    p.build()
    return dict(kinds=['operation-report'], date='2026-06-30', author='specialist', language='nl',
                style='private treatment centre (ZBC) OK-verslag as two stacked grid tables (Rubriek/Inhoud)',
                imaging_done='yes', operated='yes', treated_abroad='unmentioned',
                notes='Birth date 30-06-1986 and operation date 30-06-2026 share day and month. All content lives in '
                      'table cells. Imaging only as "MRI-artrografie 04-2026" in the diagnosis cell. Author is a plastic '
                      'surgeon, assisted by a physician assistant.')


@doc(32)
def d032():
    D = Docx(font='Liberation Sans', size=10)
    D.header_table(['**Kliniek Handchirurgie Veluwezoom', 'Zelfstandig behandelcentrum'],
                   ['Beekhuizenseweg 2', '6991 JE Rheden', '026 - 495 30 30'])
    D.footer('Kliniek Handchirurgie Veluwezoom - operatieverslag', fmt='pagina {PAGE} van {NUMPAGES}')
    D.h('Operatieverslag', size=13)
    D.fields([('Patiënt', 'mevr. W. (Wilma) Hendriksen'), ('Geboortedatum', '09-04-1949'), ('Datum operatie', '9 april 2026'),
              ('Operateur', 'dr. L.P. Goossens, plastisch chirurg'), ('Anesthesie', 'WALANT (lidocaïne 1% met adrenaline, 8 ml)'),
              ('Diagnose', 'Triggerfinger digitus III rechts (Quinnell graad 3)'),
              ('Ingreep', 'Open release A1-ringband dig III rechts')], widths=(40, 125), grid=True)
    D.lv('Bijzonderheden voorafgaand:', 'Patiënte was in maart 2026 vijf dagen opgenomen in een ziekenhuis in Alanya '
         '(Turkije) wegens een pneumonie. MRSA-screening via de huisarts voorafgaand aan de ingreep: negatief '
         '(uitslag aanwezig in dossier). Gebruikt acenocoumarol, INR dag van operatie 2,4 - conform protocol '
         'doorgegaan.')
    D.h('Verslag', size=11)
    D.p('Patiënte wakker op de OK-tafel, arm op armtafel. Lokale infiltratie volgens WALANT, 25 minuten gewacht. '
        'Desinfectie, afdekken. Geen bloedleegte. Transversale incisie van 1,5 cm in de distale handpalmplooi ter '
        'hoogte van dig III. Stomp doorprepareren, de neurovasculaire bundels worden opzij gehouden. A1-ringband '
        'verdikt, wordt over de volle lengte gekliefd. Patiënte buigt en strekt actief op verzoek: geen triggering '
        'meer, volledige excursie. A2-band intact gelaten. Huid gesloten met 2 hechtingen Ethilon 4-0. Kleine '
        'pleister en lichte zwachtel.')
    D.lv('Complicaties:', 'geen')
    D.lv('Nabehandeling:', 'Direct bewegen, zwachtel na 2 dagen eraf. Hechtingen verwijderen na 10-12 dagen bij de '
         'huisarts. Telefonische controle na 6 weken.')
    D.p('')
    D.p('dr. L.P. Goossens, 09-04-2026')
    lo_pdf(D, 32, via_odt=True)
    return dict(kinds=['operation-report'], date='2026-04-09', author='specialist', language='nl',
                style='ZBC operation report, Word -> ODT -> PDF via LibreOffice, bordered field grid',
                imaging_done='unmentioned', operated='yes', treated_abroad='yes',
                notes='Treatment abroad for an unrelated illness (pneumonia, admission in Alanya, Turkey) still counts. '
                      'The MRSA result is only mentioned, not attached. Birth date 09-04-1949 matches day/month of '
                      'operation date written in words (9 april 2026) and at the signature (09-04-2026).')
