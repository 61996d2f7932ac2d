"""tf-033 .. tf-038 (DOCX/ODT rendered to PDF by LibreOffice) and tf-041 .. tf-052 (DOCX)."""
from common import *
from docx.shared import Inches


def img_header(d, png, width_mm=95, address=None, size=8):
    for sct in d.sections:
        p = sct.header.paragraphs[0]
        p.add_run().add_picture(png, width=Mm(width_mm))
        if address:
            q = sct.header.add_paragraph()
            add_runs(q, address, size=size, color='444444')


def save_docx(d, stem):
    path = out(stem, 'docx')
    d.core_properties.author = ''
    d.save(path)
    return path


def save_for_pdf(d, stem, via_odt=False):
    path = scratch(f'{stem}.docx')
    d.save(path)
    docx_to_pdf(path, stem, via_odt=via_odt)


# ================================================================== LibreOffice PDFs
def tf033():
    stem = 'tf-033'
    d = new_docx('Arial', 10)
    png = logo_png(scratch('amstelkade.png'), 'Ziekenhuis Amstelkade', 'Plastische, Reconstructieve en Handchirurgie', '#00695c', 'circle')
    img_header(d, png, 100, 'Amstelkade 300, 1079 LJ Amsterdam  \u2022  020-599 40 00  \u2022  www.amstelkade-ziekenhuis.nl')
    footer_pages(d, 'Pagina ', ' van ', left_text='Klinische brief \u2013 S. Hoekman \u2013 07-09-1990')
    t = dtable(d, [['Aan:\nDe weledelgeleerde heer dr. B. Vink\nHuisartsenpraktijk De Pijp-Zuid\nCeintuurbaan 412\n1074 EA Amsterdam',
                    'Datum: 7 september 2026\nKenmerk: PCH/KL/2026-6671\nPatiëntnr: 8841207']], widths_mm=(100, 70), style=None)
    dpara(d, '')
    dpara(d, 'KLINISCHE BRIEF', bold=True, size=13)
    dtable(d, [['Patiënt', 'Dhr. S. Hoekman, geb. 07-09-1990, Rustenburgerstraat 77-III, 1074 EM Amsterdam'],
               ['Opname', '02-09-2026 (via SEH)'], ['Ontslag', '04-09-2026'],
               ['Afdeling', 'Chirurgie / Plastische chirurgie, verpleegafdeling C5'],
               ['Hoofdbehandelaar', 'dr. K. Lindeboom, plastisch chirurg']], widths_mm=(40, 130), bold_first_col=True)
    dpara(d, '')
    dpara(d, 'Geachte collega,')
    dpara(d, 'Uw patiënt werd van 2 t/m 4 september 2026 opgenomen op onze afdeling. Hieronder de gegevens.')
    sections = [
        ('Opnamediagnose', 'Septische artritis MCP-3 rechts na vechtbeet (\u201cfight bite\u201d), 31-08-2026.'),
        ('Anamnese', 'Patiënt sloeg in de nacht van 30 op 31 augustus iemand op de mond (uitgaan). Wondje over knokkel '
                     'D3 rechts. Sinds 1 sept toenemende pijn, zwelling en roodheid; kon de vinger niet meer buigen. '
                     'Geen koorts. Rechtshandig, werkt als barista. Roken: 5 sig/dag. Geen medicatie, geen allergieën.'),
        ('Lichamelijk onderzoek', 'Wond 4 mm dorsaal over MCP-3 re, roodheid en fluctuatie, pijnlijke passieve flexie. '
                                  'Geen lymfangitis. T 37,4.'),
        ('Aanvullend onderzoek', 'X-hand rechts (SEH): geen fractuur, geen tandfragment of ander corpus alienum, geen lucht '
                                 'in de weke delen. Lab: CRP 38, leuko 11,8.'),
    ]
    for h, t_ in sections:
        dpara(d, h, bold=True, space_after=0)
        dpara(d, t_)
    dpara(d, 'Operatie', bold=True, space_after=0)
    dtable(d, [['Datum', '02-09-2026'], ['Operateur', 'dr. K. Lindeboom, plastisch chirurg'],
               ['Assistent', 'drs. P. Agyeman, AIOS'], ['Anesthesie', 'algehele anesthesie (LMA)'],
               ['Ingreep', 'Artrotomie, débridement en spoelen MCP-3 rechts; wondexcisie'],
               ['Verslag', 'Bloedleegte. Excisie van de bijtwond in ovaal. Longitudinale incisie over MCP-3, '
                           'ulnair van de extensorpees. Sagittale band en kapsel met een 3 mm defect (tandletsel) '
                           'ter hoogte van het kopje MC3. Troebel vocht uit het gewricht, kweken afgenomen. Klein '
                           'kraakbeendefect (2 mm) dorsaal op het metacarpale kopje. Ruim spoelen met 2 liter NaCl 0,9%. '
                           'Extensorpees intact, geen aanwijzing voor peesdefect. Kapsel open gelaten, huid losjes met 2 '
                           'hechtingen, drain (vetgaas). Gipsspalk in intrinsic-plus stand.'],
               ['Complicaties', 'geen'], ['Kweken', 'gewrichtsvocht, 2x weefsel']],
           widths_mm=(32, 138), bold_first_col=True)
    dpara(d, '')
    for h, t_ in [
        ('Beloop', 'Postoperatief amoxicilline/clavulaanzuur i.v. 1000/200 mg 4 dd. Snelle afname van pijn en zwelling. '
                   'Kweek: Streptococcus anginosus en Eikenella corrodens, gevoelig voor amoxicilline/clavulaanzuur. '
                   'Dag 2 vetgaas verwijderd, start actieve oefeningen onder begeleiding handtherapie.'),
        ('Ontslagdiagnose', 'Septische artritis MCP-3 rechts na vechtbeet, status na artrotomie en spoelen 02-09-2026.'),
        ('Medicatie bij ontslag', 'amoxicilline/clavulaanzuur 875/125 mg 3 dd 1 tot en met 16-09-2026; paracetamol 1 g 4 dd zn.'),
        ('Beleid', 'Handtherapie 2x per week (verwijzing meegegeven). Poliklinische controle bij dr. Lindeboom op '
                   '15-09-2026. Hechtingen verwijderen dag 10-12 door u of bij de poli. Patiënt geïnformeerd over '
                   'risico op stijfheid en artrose van het MCP-gewricht.'),
    ]:
        dpara(d, h, bold=True, space_after=0)
        dpara(d, t_)
    dpara(d, 'Met vriendelijke groet,')
    dpara(d, '\n\ndrs. P. Agyeman, AIOS plastische chirurgie\nnamens dr. K. Lindeboom, plastisch chirurg')
    dpara(d, 'c.c.: patiënt', size=8)
    save_for_pdf(d, stem)
    label(stem, kinds=['correspondence', 'operation-report'], date='2026-09-07', author='specialist', language='nl',
          style='hospital klinische brief (Word template rendered to PDF by LibreOffice), image letterhead, operation table',
          imaging_done='yes', operated='yes', treated_abroad='unmentioned',
          notes='Discharge letter with a full operation section (date, operator, anaesthesia, procedure, description). '
                'Birth date 07-09-1990 equals letter date. Hospital name only in the header image; address line is text.')


def tf034():
    stem = 'tf-034'
    d = new_docx('Calibri', 10)
    png = logo_png(scratch('merwedal.png'), 'Ziekenhuis Merwedal', 'Radiologie', '#4527a0', 'bars')
    img_header(d, png, 80, 'Banneweg 57, 4204 AA Gorinchem \u2013 tel. 0183-64 44 44')
    footer_pages(d, 'pag. ', ' / ', size=7)
    dpara(d, 'VERSLAG RADIOLOGIE', bold=True, size=12)
    dtable(d, [['Naam', 'Leeuwen, D. van (Daphne)', 'Geboortedatum', '11-03-1999'],
               ['Patiëntnr', '3318420', 'Geslacht', 'V'],
               ['Aanvrager', 'J.M. Schipper, SEH-arts KNMG / orthopedie', 'Afdeling', 'Orthopedie'],
               ['Onderzoek', 'CT pols rechts', 'Onderzoeksdatum', '03-11-2026'],
               ['Verslagdatum', '03-11-2026', 'Accessionnr', 'CT2611030118']],
           widths_mm=(25, 62, 33, 50), bold_first_col=False, size=9)
    dpara(d, '')
    dpara(d, '**Klinische gegevens:** Val op de rechterhand tijdens weekend in Oostende (10-10). Gezien op de '
             'spoedgevallendienst AZ Sint-Remigius aldaar: X-pols zonder fractuur, drukverband. Sindsdien aanhoudende '
             'pijn hypothenair bij golf en bij knijpen, drukpijn hamulus. **Vraagstelling:** hamulusfractuur? Occulte '
             'fractuur anderszins?')
    dpara(d, '**Vergelijking:** X-pols rechts AZ Sint-Remigius Oostende d.d. 10-10-2026 (extern aangeleverd, ingelezen in PACS).')
    dpara(d, '**Techniek:** Dunne-coupe CT van de rechterpols, multiplanaire reconstructies, zonder contrast.')
    dpara(d, '**Verslag:**', space_after=0)
    dpara(d, 'Fractuur door de basis van de hamulus ossis hamati rechts, minimaal gedisloceerd (1 mm), met scherpe '
             'randen zonder sclerose of callus, passend bij een recente fractuur (enkele weken oud). Het corpus van het '
             'hamatum is intact. Overige carpalia, distale radius en ulna zonder fractuur. Geen intra-articulaire '
             'fragmenten. Normale carpale uitlijning. Guyon-kanaal: geen ossale vernauwing. Op de externe X-opnamen '
             'is de fractuur retrospectief niet zichtbaar (geen carpale-tunnel opname verricht).')
    dpara(d, '**Conclusie:**', space_after=0)
    dpara(d, 'Recente, minimaal gedisloceerde fractuur van de basis van de hamulus ossis hamati rechts.')
    dpara(d, '')
    dpara(d, 'dr. W.F. Sprenger, radioloog\nGeautoriseerd 03-11-2026 15:48', size=9)
    save_for_pdf(d, stem)
    label(stem, kinds=['imaging-report'], date='2026-11-03', author='radiologist', language='nl',
          style='hospital radiology report from Word template via LibreOffice, four-column header table',
          imaging_done='yes', operated='unmentioned', treated_abroad='yes',
          notes='Clinical data say the patient was seen at a Belgian emergency department (spoedgevallendienst, Oostende) and '
                'X-rayed there: treated abroad. The requester\'s "Vraagstelling" is not a referral.')


def tf035():
    stem = 'tf-035'
    d = new_docx('Verdana', 9)
    png = logo_png(scratch('meerwerk.png'), 'Arbodienst Meerwerk', 'bedrijfsgezondheidszorg', '#ef6c00', 'triangle')
    img_header(d, png, 75)
    for s_ in d.sections:
        p = s_.footer.paragraphs[0]
        add_runs(p, 'Arbodienst Meerwerk B.V. \u2013 Stationsplein 9, 3511 ED Utrecht \u2013 030-231 80 80 \u2013 '
                    'Deze brief bevat medische informatie en is uitsluitend bestemd voor de geadresseerde.', size=7)
    dpara(d, 'VERTROUWELIJK \u2013 MEDISCH GEHEIM', bold=True)
    dpara(d, 'Aan de huisarts van mevrouw P. Dijkman-Oost\nt.a.v. dr. S. van Beek\nHuisartsenpraktijk Zuilen\n'
             'Amsterdamsestraatweg 560\n3553 EP Utrecht')
    dpara(d, '')
    dpara(d, 'Utrecht, 17 september 2026')
    dpara(d, 'Betreft: mevrouw P. Dijkman-Oost, geboren 02-05-1977\nOns dossiernr.: MW-55128')
    dpara(d, '')
    dpara(d, 'Geachte collega,')
    for t_ in [
        'Als bedrijfsarts begeleid ik uw patiënte, werkzaam als kassamedewerker bij een supermarktketen, in verband met '
        'verzuim sinds 14 april 2026 wegens klachten van de linkerpols en -hand. Patiënte heeft mij schriftelijk '
        'toestemming gegeven om u om informatie te vragen; een kopie van de toestemmingsverklaring is bijgevoegd.',
        'Uit mijn spreekuurcontacten (laatste 15-09-2026) begrijp ik dat zij via u bij de orthopeed is geweest en dat er '
        'in augustus een MRI van de pols is gemaakt. Zij vertelde mij dat er een \u201cscheurtje in het kraakbeenschijfje\u201d '
        'is gezien en dat een kijkoperatie werd voorgesteld. Een operatie heeft tot nu toe niet plaatsgevonden; patiënte '
        'wacht op een second opinion in een handcentrum. Zij is momenteel voor 50% van haar uren in aangepast werk '
        '(geen scannen aan de kassa, wel vakkenvullen licht) aan het werk.',
        'Voor de probleemanalyse in het kader van de Wet verbetering poortwachter zou ik graag van u vernemen:\n'
        '1. wat de diagnose en het behandelplan zijn;\n2. wat de verwachte duur van het herstel is;\n'
        '3. of er vanuit uw kant beperkingen zijn voor repeterende handbewegingen.',
        'Ik hoef geen kopieën van specialistenbrieven te ontvangen; een korte samenvatting volstaat. U kunt reageren '
        'via Zorgmail of per post.',
    ]:
        dpara(d, t_)
    dpara(d, 'Met collegiale groet,')
    dpara(d, '\n\nW.H. Brugman\nbedrijfsarts (BIG 0000000000)')
    dpara(d, 'Bijlage: toestemmingsverklaring werknemer', size=8)
    save_for_pdf(d, stem)
    label(stem, kinds=[], date='2026-09-17', author='other', language='nl',
          style='occupational physician (bedrijfsarts) letter to GP, Word via LibreOffice',
          imaging_done='yes', operated='no', treated_abroad='unmentioned',
          notes='Occupational-health letter: hearsay MRI ("begrijp ik dat er een MRI is gemaakt"), arthroscopy proposed, '
                '"operatie heeft tot nu toe niet plaatsgevonden". Not correspondence from a treating specialist.')


def tf036():
    stem = 'tf-036'
    d = new_docx('Times New Roman', 11)
    png = logo_png(scratch('lindenhof.png'), 'Medisch Centrum Lindenhof', 'Orthopedie en Traumatologie', '#0d47a1', 'bars')
    img_header(d, png, 95, 'Dokter van Heesweg 2, 8025 AB Zwolle \u2013 038-424 99 00 \u2013 secretariaat orthopedie 038-424 51 20')
    footer_pages(d, '', '/', size=8)
    dpara(d, 'Handcentrum Vijverhof\nt.a.v. dr. N. Ravesteijn / second opinion\nPostbus 1280\n3800 BG Amersfoort')
    dpara(d, '')
    dtable(d, [['Datum', '26 oktober 2026'], ['Ons kenmerk', 'ORT/PV/sb 7702881'],
               ['Betreft', 'mevrouw G.A. Schuiling, geb. 15-01-1962\nBurgemeester Roelenweg 12, 8021 EW Zwolle']],
           widths_mm=(30, 120), style=None, bold_first_col=True)
    dpara(d, '')
    dpara(d, 'Geachte collega Ravesteijn, beste Nina,')
    for t_ in [
        'Hierbij verwijs ik mevrouw Schuiling naar u voor een second opinion betreffende haar rechterpols. Zij heeft '
        'daar zelf om gevraagd en ik sta daar volledig achter; het betreft een lastige afweging.',
        'Mevrouw is bekend met seropositieve reumatoïde artritis sinds 2004 (reumatoloog dr. Kamphuis, ons huis), '
        'thans stabiel op methotrexaat en adalimumab. In 2023 heb ik een synovectomie van de rechterpols en de '
        'extensorpezen verricht met een Darrach-procedure (operatieverslag van 21-03-2023 bijgevoegd). Dat gaf enkele '
        'jaren goede pijnverlichting. Sinds dit voorjaar toenemende pijn en instabiliteit. Recente X-pols rechts '
        '(14-10-2026, verslag en beelden bijgevoegd): Larsen-stadium IV, ulnaire translocatie van de carpus, geen '
        'peesrupturen klinisch.',
        'Ik heb haar een totale artrodese van de pols voorgesteld. Mevrouw vraagt zich af of een polsprothese niet '
        'een beter alternatief is, zeker omdat de linkerpols ook aangedaan is en zij bang is voor een dubbelzijdige '
        'artrodese in de toekomst.',
        '**Vraagstelling:** Is er bij deze patiënte een indicatie voor een totale polsprothese rechts, of adviseert u '
        'eveneens een artrodese? Zou u, indien u een prothese adviseert, de behandeling ook willen overnemen?',
        'Medicatie: methotrexaat 20 mg 1x/week, foliumzuur 5 mg 1x/week, adalimumab 40 mg s.c. 1x/2 weken, '
        'omeprazol 20 mg. Allergie: sulfonamiden (exantheem).',
    ]:
        dpara(d, t_)
    dpara(d, 'Met vriendelijke groet,')
    dpara(d, '\n\ndrs. P. Vermeulen\northopedisch chirurg')
    dpara(d, 'Bijlagen: operatieverslag 21-03-2023; röntgenverslag 14-10-2026\nc.c.: huisarts T. Wiersma, Zwolle; patiënte', size=9)
    save_for_pdf(d, stem, via_odt=True)
    label(stem, kinds=['referral', 'correspondence'], date='2026-10-26', author='specialist', language='nl',
          style='specialist (orthopaedic surgeon) referral letter to colleague, Word -> ODT -> PDF via LibreOffice',
          referral_question=True, imaging_done='yes', operated='yes', treated_abroad='unmentioned',
          notes='Referral by the treating specialist: both a referral (explicit Vraagstelling) and specialist correspondence. '
                'Mentions enclosed op report and X-ray report (not included). Previous wrist synovectomy + Darrach 2023.')


def tf037():
    stem = 'tf-037'
    d = new_docx('Arial', 9.5)
    png = logo_png(scratch('hoherbusch.png'), 'Praxisklinik Handchirurgie', 'am Hohen Busch \u2013 Viersen', '#2e7d32', 'square')
    img_header(d, png, 90, 'Dr. med. Annette Wellershoff \u00b7 Dr. med. Ralf Küppers \u00b7 Fachärzte für Chirurgie, Handchirurgie\n'
                           'Hoher Busch 11 \u00b7 41748 Viersen \u00b7 Tel. 02162 35 77 0 \u00b7 praxis@handchirurgie-hoherbusch.de')
    footer_pages(d, 'Seite ', ' von ', size=7)
    dpara(d, 'OPERATIONSBERICHT', bold=True, size=13)
    dtable(d, [['Patientin', 'Hulshof, Marieke', 'geb.', '18.06.1977'],
               ['Anschrift', 'Kaldenkerkerweg 40, 5913 AE Venlo (NL)', 'Kasse', 'Selbstzahlerin (Rechnung nach GOÄ)'],
               ['OP-Datum', '24.03.2026', 'Saal', 'ambulanter OP 1'],
               ['Operateurin', 'Dr. med. A. Wellershoff', 'Assistenz', 'OTA S. Janßen'],
               ['Anästhesie', 'WALANT (Lidocain 1 % mit Adrenalin, 8 ml)', 'Blutsperre', 'keine']],
           widths_mm=(25, 65, 22, 58), size=9)
    dpara(d, '')
    for h, t_ in [
        ('Diagnose', 'Tendovaginosis stenosans (schnellender Finger) D1 und D3 rechts, Quinnell Grad III.'),
        ('Operation', '1. Ringbandspaltung A1 Daumen rechts\n2. Ringbandspaltung A1 Mittelfinger rechts'),
        ('Bericht', 'Lagerung auf dem Handtisch, Hautdesinfektion, steriles Abdecken. Team-Time-out. Lokalanästhesie in '
                    'WALANT-Technik, 25 min Wartezeit. Querinzision von ca. 1,5 cm über dem A1-Ringband des Daumens in '
                    'der Beugefalte. Darstellung und Schonung beider Nn. digitales proprii, insbesondere des radialen '
                    'Fingernervs. Das A1-Ringband ist deutlich verdickt und wird unter Sicht vollständig längs gespalten. '
                    'Aktive Beugung und Streckung durch die wache Patientin: freies Gleiten, kein Schnappen mehr. '
                    'Anschließend schräge Inzision über A1 am Mittelfinger, identisches Vorgehen, Spaltung des A1 bis '
                    'zum Übergang A2 (A2 erhalten). Erneute aktive Funktionsprüfung unauffällig. Spülung, Hautnaht '
                    'Prolene 5-0 Einzelknopf. Steriler Verband.'),
        ('Komplikationen', 'keine'),
        ('Procedere', 'Sofortige Bewegungsübungen. Verbandwechsel nach 2 Tagen, Fadenzug am 10.\u201312. Tag (Hausarzt in '
                      'Venlo möglich). Kontrolle bei uns nach 3 Wochen. Arbeitsfähigkeit (Bürotätigkeit) nach ca. 1 Woche.'),
    ]:
        dpara(d, h + ':', bold=True, space_after=0)
        dpara(d, t_)
    dpara(d, '')
    dpara(d, 'Viersen, 24.03.2026\n\nDr. med. A. Wellershoff')
    save_for_pdf(d, stem)
    label(stem, kinds=['operation-report'], date='2026-03-24', author='specialist', language='de',
          style='German private hand-surgery clinic Operationsbericht, Word via LibreOffice, four-column header table',
          imaging_done='unmentioned', operated='yes', treated_abroad='yes',
          notes='Dutch patient (Venlo) operated as day case in a German Praxisklinik (clinic abroad). Self-paying.')


def tf038():
    stem = 'tf-038'
    d = new_docx('Segoe UI', 9.5, margins_mm=(18, 18, 18, 18))
    for s_ in d.sections:
        s_.page_height, s_.page_width = Mm(279.4), Mm(215.9)
    png = logo_png(scratch('lakeshore.png'), 'Lakeshore Orthopaedic Associates', 'Hand & Upper Extremity Center', '#1565c0', 'triangle', width=1100)
    img_header(d, png, 110, '1800 Sherman Ave, Suite 400, Evanston, IL 60201  |  Phone (847) 555-0190  |  Fax (847) 555-0191')
    footer_pages(d, 'Page ', ' of ', size=7, left_text='HENDRIKS, MARK  MRN 3300917  DOS 09/30/2026')
    dpara(d, 'Clinic Note \u2013 Established Patient', bold=True, size=12)
    dtable(d, [['Patient', 'HENDRIKS, MARK', 'DOB', '10/01/1979'],
               ['Date of service', '09/30/2026', 'MRN', '3300917'],
               ['Provider', 'Rachel Kim, PA-C', 'Supervising', 'David Levin, MD'],
               ['PCP', 'Nicole Alvarez, MD', 'Visit type', 'Follow-up, 25 min']],
           widths_mm=(30, 60, 28, 55), size=8.5, style='Light Grid Accent 1')
    dpara(d, '')
    blocks = [
        ('CHIEF COMPLAINT', 'Right thumb base pain.'),
        ('HISTORY OF PRESENT ILLNESS', '46 y/o right-hand-dominant male, software engineer, Dutch national, returns for '
         'f/u of R thumb CMC pain x ~1 yr. Seen 06/2026, treated w/ custom thermoplastic hand-based thumb spica + '
         'NSAIDs. Reports ~30% improvement. Pain 5/10 w/ pinch, opening jars, typing on phone. No numbness/tingling. '
         'No prior injections. No prior surgery to the hand. Pt is relocating to the Netherlands (Rotterdam) in Nov '
         'and asks what to do next.'),
        ('PAST MEDICAL / SURGICAL HISTORY', 'Hyperlipidemia. ACL reconstruction L knee 2008. Appendectomy 1994.'),
        ('MEDICATIONS', 'Rosuvastatin 10 mg daily; ibuprofen 600 mg PRN.'),
        ('ALLERGIES', 'NKDA'),
        ('PHYSICAL EXAM', 'R hand: mild prominence CMC joint, + grind test, + tenderness at CMC. MCP hyperextension 10\u00b0. '
         'Key pinch R 6 kg / L 9 kg. Neg Finkelstein. Neg Tinel/Phalen. NVI.'),
        ('IMAGING', 'XR right hand 3 views + Robert view obtained in clinic today and independently reviewed: CMC joint '
         'space narrowing with small osteophytes, mild radial subluxation, STT preserved. Eaton-Littler stage II.'),
        ('ASSESSMENT', '1. Primary osteoarthritis, R first carpometacarpal joint (M18.11), Eaton II.'),
        ('PLAN', '- Discussed natural history and options.\n'
                 '- Ultrasound-guided CMC corticosteroid injection performed today after verbal and written consent '
                 '(procedure note separate): 1 mL triamcinolone 40 mg/mL + 1 mL lidocaine 1%. Tolerated well.\n'
                 '- Surgical options (trapeziectomy with LRTI, CMC arthroplasty) discussed for the future if injection '
                 'and splinting fail. Pt will consider; no surgery scheduled.\n'
                 '- Copies of notes and images on CD provided for his new hand surgeon in NL.\n'
                 '- RTC PRN.'),
    ]
    for h, t_ in blocks:
        dpara(d, h, bold=True, size=9, space_after=0)
        dpara(d, t_)
    dpara(d, 'Electronically signed by Rachel Kim, PA-C on 09/30/2026 4:52 PM\nCo-signed by David Levin, MD on 10/01/2026 8:10 AM', size=8.5)
    save_for_pdf(d, stem)
    label(stem, kinds=['correspondence'], date='2026-09-30', author='specialist', language='en',
          style='US orthopaedic clinic note (Epic-like SOAP sections), US Letter, MM/DD/YYYY',
          imaging_done='yes', operated='no', treated_abroad='yes',
          notes='US outpatient clinic note (PA-C, co-signed by MD next day, 10/01/2026 = DOB day). "No prior surgery to the hand"; '
                'ACL reconstruction/appendectomy are other body parts. Injection given = treatment in a clinic abroad.')


# ================================================================== DOCX
def tf041():
    stem = 'tf-041'
    d = new_docx('Calibri', 11)
    header_text(d, '**Huisartsenpraktijk Oosterpoort**\nH.J. Bakker & M. Wiersema-Tuin, huisartsen\n'
                   'Oosterpoortplein 5 \u2022 9724 AN Groningen \u2022 050-313 20 40 \u2022 AGB-praktijkcode 01-033410',
                size=9, align='left', color='2E4A62')
    footer_pages(d, 'pagina ', ' van ', size=8)
    dpara(d, 'Handcentrum Vijverhof\nAfdeling second opinion\nPostbus 1280\n3800 BG Amersfoort')
    dpara(d, '')
    dpara(d, 'Groningen, 2 november 2026')
    dpara(d, 'Betreft: mevrouw A. Hofstede-Wiersma, geboren 01-11-1983\nHelperzoom 18, 9722 BL Groningen \u2013 BSN 999942117', bold=True)
    dpara(d, '')
    dpara(d, 'Geachte collega,')
    dpara(d, 'Graag verwijs ik mevrouw Hofstede naar uw centrum voor een second opinion.')
    dpara(d, 'Reden van verwijzing', bold=True, space_after=0)
    dpara(d, 'Sinds februari 2026 pijn centraal-dorsaal in de linkerpols, nachtpijn, zwelling en krachtverlies. Zij is '
             'linkshandig en werkt als fysiotherapeut. MRI pols links (11-08-2026, Ziekenhuis Hunzedal): '
             'signaalveranderingen van het lunatum passend bij M. Kienböck (Lichtman II), negatieve ulnaire variant '
             '(-2 mm). De orthopeed heeft een radiusverkortingsosteotomie voorgesteld.')
    dpara(d, 'Vraagstelling', bold=True, space_after=0)
    dpara(d, 'Is een radiusverkorting in dit stadium de beste optie, of zijn er andere behandelingen (bijv. '
             'gevasculariseerd bottransplantaat, conservatief) te overwegen? Patiënte wil graag een onderbouwd advies '
             'voordat zij een keuze maakt.')
    dpara(d, 'Voorgeschiedenis', bold=True, space_after=0)
    dtable(d, [['Jaar', 'Omschrijving'],
               ['2006', 'Ziekte van Pfeiffer'],
               ['2012', 'Partus, sectio caesarea'],
               ['2019', 'Migraine zonder aura (ICPC N89)'],
               ['2026', 'M. Kienböck linkerpols (ICPC L99), zie boven']], widths_mm=(25, 140), bold_first_row=True,
           shade_first_row='D9E2F3')
    dpara(d, '')
    dpara(d, 'Recente behandelingen', bold=True, space_after=0)
    dpara(d, '- 02-2026 t/m 05-2026: polsbrace, NSAID, fysiotherapie (collega in eigen praktijk)\n'
             '- 03-06-2026: X-pols links (huisartsenlab via Ziekenhuis Hunzedal): geen afwijkingen, negatieve ulnaire variant\n'
             '- 11-08-2026: MRI pols links, zie boven\n'
             '- 15-10-2026: consult orthopedie Ziekenhuis Hunzedal (dr. K. Mulder / PA B. Oosterhuis): operatie '
             'voorgesteld, bedenktijd\n'
             '- sinds 10-2026: onderarmspalk bij belasting, naproxen 500 mg 2dd zn')
    dpara(d, 'Patiënte is niet eerder aan de pols geopereerd. Familieanamnese: moeder is beiderzijds geopereerd aan '
             'een carpaletunnelsyndroom; verder blanco.')
    dpara(d, 'Medicatie', bold=True, space_after=0)
    dtable(d, [['Geneesmiddel', 'Dosering', 'Sinds'],
               ['Naproxen 500 mg', '2 dd 1 zo nodig', '10-2026'],
               ['Sumatriptan 50 mg', 'zo nodig bij migraine', '2019'],
               ['Ethinylestradiol/levonorgestrel 30/150', '1 dd 1 (stopweek)', '2014']], widths_mm=(80, 50, 35),
           bold_first_row=True, shade_first_row='D9E2F3')
    dpara(d, '')
    dpara(d, 'Allergieën: geen bekend.')
    dpara(d, 'De polikliniekbrief van de orthopedie en de MRI-beelden (cd) worden door patiënte meegenomen.')
    dpara(d, 'Met vriendelijke groet,')
    dpara(d, '\n\nM. Wiersema-Tuin, huisarts')
    save_docx(d, stem)
    label(stem, kinds=['referral', 'history'], date='2026-11-02', author='gp', language='nl',
          style='GP referral letter in Word with Voorgeschiedenis and medication tables, header with practice',
          referral_question=True, imaging_done='yes', operated='no', treated_abroad='unmentioned',
          notes='Referral with its own Voorgeschiedenis + Recente behandelingen. Surgery only proposed; "niet eerder aan de pols '
                'geopereerd"; mother\'s CTS operations and a caesarean are other people/body parts. DOB 01-11, letter 02-11.')


def tf042():
    stem = 'tf-042'
    d = new_docx('Arial', 10)
    png = logo_png(scratch('hunzedal.png'), 'Ziekenhuis Hunzedal', 'Orthopedie', '#00838f', 'circle')
    img_header(d, png, 80)
    for s_ in d.sections:
        p = s_.footer.paragraphs[0]
        add_runs(p, 'Ziekenhuis Hunzedal \u2022 Van Swietenlaan 2, 9728 NZ Groningen \u2022 050-524 55 55 \u2022 Polikliniek Orthopedie route 61', size=7)
    t = dtable(d, [['Huisartsenpraktijk Oosterpoort\nt.a.v. mevrouw M. Wiersema-Tuin\nOosterpoortplein 5\n9724 AN Groningen',
                    'Datum\t15-10-2026\nKenmerk\tORT-0466712\nBehandelaar\tdr. K. Mulder']],
               widths_mm=(100, 70), style=None)
    dpara(d, '')
    dpara(d, 'Betreft: Mw. A. Hofstede-Wiersma, 01-11-1983, Helperzoom 18, 9722 BL Groningen', bold=True)
    dpara(d, 'Geachte collega,')
    dpara(d, 'Vandaag zagen wij uw patiënte terug op de polikliniek orthopedie ter bespreking van de MRI.')
    dpara(d, 'Anamnese', bold=True, space_after=0)
    dpara(d, 'Sinds 8 maanden pijn li pols centraal dorsaal, niet beter met brace en fysiotherapie. Nachtpijn 2-3x/wk. '
             'Linkshandig, fysiotherapeut (massage belastend).')
    dpara(d, 'Lichamelijk onderzoek', bold=True, space_after=0)
    dtable(d, [['', 'Links', 'Rechts'],
               ['Extensie', '45\u00b0', '75\u00b0'], ['Flexie', '50\u00b0', '80\u00b0'],
               ['Radiaal-/ulnairdeviatie', '15\u00b0 / 25\u00b0', '20\u00b0 / 35\u00b0'],
               ['Knijpkracht (Jamar)', '18 kg', '30 kg'],
               ['Drukpijn lunatum', '++', '-']], widths_mm=(60, 40, 40), bold_first_row=True, size=9)
    dpara(d, '')
    dpara(d, 'Aanvullend onderzoek', bold=True, space_after=0)
    dpara(d, 'MRI pols links (11-08-2026): diffuus verlaagd T1-signaal lunatum met oedeem op T2, geen collaps, geen '
             'fragmentatie: Kienböck Lichtman stadium II. Ulnaire variant -2 mm. Overige carpalia normaal.')
    dpara(d, 'Conclusie', bold=True, space_after=0)
    dpara(d, 'M. Kienböck links, Lichtman II, bij negatieve ulnaire variant.')
    dpara(d, 'Beleid', bold=True, space_after=0)
    dpara(d, 'Wij hebben de opties besproken. Gezien het stadium en de negatieve ulnaire variant adviseren wij een '
             'radiusverkortingsosteotomie links. Patiënte heeft de informatie meegekregen en wil bedenktijd; zij '
             'overweegt een second opinion. Wij hebben haar gezegd dat wij dat goed vinden. Zij neemt contact op als '
             'zij op de wachtlijst geplaatst wil worden (wachttijd ca. 10 weken).')
    dpara(d, 'Met vriendelijke groet,')
    dpara(d, '\n\nB. Oosterhuis, MSc, physician assistant orthopedie\nsupervisor: dr. K. Mulder, orthopedisch chirurg')
    dpara(d, 'Kopie: patiënte', size=8)
    save_docx(d, stem)
    label(stem, kinds=['correspondence'], date='2026-10-15', author='specialist', language='nl',
          style='hospital outpatient letter in Word (HiX export to .docx), ROM table, physician assistant signing with supervisor',
          imaging_done='yes', operated='unmentioned', treated_abroad='unmentioned',
          notes='Quotes MRI findings (not an imaging report). Radius shortening only advised; waiting list offered.')


def tf043():
    stem = 'tf-043'
    d = new_docx('Calibri', 10)
    header_text(d, '**ZBC Handkliniek Noordoever**  |  Westzijde 188, 1506 GJ Zaandam  |  075-612 30 30  |  AGB 22-220871',
                size=8, align='center')
    footer_pages(d, 'Operatieverslag \u2013 pagina ', ' van ', size=8)
    dpara(d, 'Operatieverslag', bold=True, size=14)
    dtable(d, [['Patiënt', 'mw. R. (Roos) Timmerman'], ['Geboortedatum', '19-08-1996'], ['Patiëntnummer', 'HN-104477'],
               ['Datum operatie', '19-08-2026'], ['Operateur', 'drs. J.W. Spaans, plastisch chirurg'],
               ['Assistentie', 'J. de Lange, OK-assistent'], ['Anesthesie', 'IVRA (Bier-blok), anesthesioloog dr. L. Öztürk'],
               ['Bloedleegte', 'ja, 38 minuten'], ['Pre-operatieve diagnose', 'Dorsaal ganglion pols links, echografisch bevestigd (07-2026), '
                                                                               'recidief na 2x aspiratie'],
               ['Verrichting', 'Open excisie dorsaal polsganglion links met resectie van de steel (capsulotomie)'],
               ['Post-operatieve diagnose', 'idem']], widths_mm=(50, 120), bold_first_col=True, shade_first_row=None)
    dpara(d, '')
    dpara(d, 'Beschrijving', bold=True, space_after=0)
    dpara(d, 'Patiënte in rugligging, linkerarm op armtafel. IVRA door anesthesioloog. Desinfectie met chloorhexidine, '
             'steriel afdekken. Time-out. Transversale incisie van 3 cm over het ganglion in een huidlijn. Ramus '
             'superficialis n. radialis niet in het operatiegebied. Retinaculum extensorum tussen 3e en 4e compartiment '
             'ingesneden; EPL naar radiaal, EDC naar ulnair. Ganglion in toto vrijgeprepareerd tot aan de steel bij het '
             'SL-interval. Steel met kapselvenster (5x5 mm) gereseceerd, SL-ligament intact en niet beschadigd. '
             'Hemostase. Retinaculum niet gesloten. Huid intracutaan Monocryl 4-0, Steri-Strips. Drukverband en '
             'onderarmspalk in lichte extensie.')
    dpara(d, 'PA: ja, ganglion ingestuurd.\nComplicaties: geen.\nBloedverlies: minimaal.')
    dpara(d, 'Nabehandeling', bold=True, space_after=0)
    dpara(d, 'Spalk 1 week, daarna vrij bewegen. Controle verpleegkundig spreekuur na 10-14 dagen. Bij stijfheid '
             'handtherapie. Pijnstilling paracetamol/ibuprofen.')
    dpara(d, '')
    dpara(d, 'Getekend: drs. J.W. Spaans, 19-08-2026 14:12')
    save_docx(d, stem)
    label(stem, kinds=['operation-report'], date='2026-08-19', author='specialist', language='nl',
          style='independent treatment centre (ZBC) operation report in Word, label/value table',
          imaging_done='yes', operated='yes', treated_abroad='unmentioned',
          notes='Birth date 19-08-1996 equals operation date day/month. Ultrasound only referred to in the diagnosis line.')


def tf044():
    stem = 'tf-044'
    d = new_docx('Calibri', 11.5)
    dpara(d, 'E. Kaya\nPatrimoniumlaan 31\n7512 EC Enschede\nTel: 06-29 03 77 18')
    dpara(d, '')
    dpara(d, 'Aan: Handcentrum Vijverhof\nt.a.v. second opinion\nPostbus 1280\n3800 BG Amersfoort')
    dpara(d, '')
    dpara(d, 'Enschede, 12 november 2026')
    dpara(d, 'Onderwerp: aanvraag second opinion rechterpols', bold=True)
    dpara(d, '')
    dpara(d, 'Geachte heer/mevrouw,')
    for t_ in [
        'Mijn naam is Esra Kaya, ik ben 34 jaar (geboren 14-11-1991). Ik wil graag een second opinion aanvragen voor mijn '
        'rechterpols.',
        'In augustus 2024 ben ik tijdens mijn vakantie in Antalya (Turkije) van een trap gevallen. Ik ben toen in het '
        'ziekenhuis daar (Özel Akdeniz Kent Hastanesi) opgenomen en de volgende dag geopereerd aan mijn pols. Er zit een '
        'plaatje met schroeven in. Ik heb daar een brief in het Turks gekregen en een cd met foto\u2019s.',
        'Sinds de operatie kan ik mijn pols niet goed draaien en heb ik veel pijn bij het tillen van mijn dochtertje. '
        'In Nederland ben ik bij de orthopeed in Enschede geweest, die heeft nieuwe foto\u2019s gemaakt en zegt dat het '
        'plaatje eruit kan maar dat het draaien waarschijnlijk niet beter wordt. Dat vind ik moeilijk te accepteren, '
        'ik ben pas 34.',
        'Mijn huisarts (dokter Ter Braak) gaat een verwijzing sturen. Ik heb ook een MRSA-test laten doen omdat ik in '
        'een buitenlands ziekenhuis ben geweest, de uitslag stuurt de huisarts mee.',
        'Kunt u mij laten weten of ik bij u terecht kan en wat ik verder nog moet opsturen?',
    ]:
        dpara(d, t_)
    dpara(d, 'Met vriendelijke groet,')
    dpara(d, '\nEsra Kaya')
    save_docx(d, stem)
    label(stem, kinds=[], date='2026-11-12', author='patient', language='nl',
          style="patient's own letter in Word addressed t.a.v. second opinion",
          imaging_done='yes', operated='yes', treated_abroad='yes',
          notes='Patient letter, not a referral although it asks for a second opinion. Operation and admission in Turkey 2024; '
                'MRSA test only mentioned. Birth date 14-11 two days after letter date.')


def tf045():
    stem = 'tf-045'
    d = new_docx('Arial', 10)
    header_text(d, 'Handcentrum Vijverhof \u2013 Intakevragenlijst hand/pols (versie 3.2)', size=8, align='left')
    footer_pages(d, 'Vragenlijst \u2013 blz. ', ' van ', size=8)
    X, O = '\u2612', '\u2610'
    dpara(d, 'Intakevragenlijst second opinion', bold=True, size=14)
    dpara(d, 'Vul deze vragenlijst in vóór uw eerste afspraak en stuur hem terug per e-mail of neem hem mee.', italic=True, size=9)
    dtable(d, [['Naam', 'Henk Dijkstra'], ['Geboortedatum', '20-11-1958'], ['Datum ingevuld', '18-11-2026'],
               ['Huisarts', 'dokter Faber, Emmen'], ['Beroep', 'gepensioneerd (was lasser)']], widths_mm=(50, 120), bold_first_col=True)
    dpara(d, '')
    rows = [
        ['Vraag', 'Antwoord'],
        ['1. Om welke hand gaat het?', f'{O} links   {X} rechts   {O} beide'],
        ['2. Wat is uw belangrijkste klacht?', 'doof gevoel in vingers en krachtverlies, vooral duim. \u2019s nachts wakker'],
        ['3. Sinds wanneer?', 'klachten weer terug sinds begin 2026'],
        ['4. Bent u eerder geopereerd aan deze hand of pols?', f'{X} ja   {O} nee\nZo ja, wat en waar: carpaal tunnel rechts in 2023 '
                                                               'in ziekenhuis Emmen'],
        ['5. Zijn er foto\u2019s, een echo of een MRI gemaakt?', f'{X} ja   {O} nee   {O} weet ik niet\nZo ja: echo in september 2026 Emmen'],
        ['6. Heeft u een EMG (zenuwonderzoek) gehad?', f'{X} ja   {O} nee   \u2013 2023 en 2026'],
        ['7. Bent u in de afgelopen 2 jaar opgenomen geweest in een ziekenhuis in het buitenland?', f'{O} ja   {X} nee'],
        ['8. Bent u in het buitenland behandeld aan uw hand/pols?', f'{O} ja   {X} nee\n(wel elk jaar op vakantie in Spanje, camping)'],
        ['9. Gebruikt u bloedverdunners?', f'{X} ja   {O} nee   welke: ascal (carbasalaatcalcium) 100 mg'],
        ['10. Heeft u diabetes?', f'{X} ja   {O} nee'],
        ['11. Lengte en gewicht', '1,81 m / 97 kg'],
        ['12. Rookt u?', f'{O} ja   {X} nee (gestopt 2015)'],
        ['13. Wat verwacht u van de second opinion?', 'Of een tweede operatie zin heeft, de eerste hielp maar 1 jaar'],
    ]
    dtable(d, rows, widths_mm=(85, 85), bold_first_row=True, shade_first_row='E7E6E6')
    dpara(d, '')
    dpara(d, 'Handtekening: H. Dijkstra')
    save_docx(d, stem)
    label(stem, kinds=[], date='2026-11-18', author='patient', language='nl',
          style='intake questionnaire filled in by the patient in Word, question/answer table with ticked boxes',
          imaging_done='yes', operated='yes', treated_abroad='no',
          notes='Questionnaire: ticked boxes state earlier CTS operation (2023, NL) and an ultrasound; foreign hospital stay '
                'and foreign treatment ticked "nee"; holidays in Spain without care. DOB 20-11 near fill-in date 18-11.')


def tf046():
    stem = 'tf-046'
    d = new_docx('Arial', 10.5)
    header_text(d, '**Dr. med. Henrike Vossberg**\nFachärztin für Allgemeinmedizin \u2013 Hausärztliche Versorgung\n'
                   'Neustraße 12 \u00b7 48599 Gronau (Westf.) \u00b7 Tel. 02562 81 40 0 \u00b7 Fax 02562 81 40 29',
                size=9, align='right')
    dpara(d, 'Handcentrum Vijverhof\nAbteilung Second Opinion\nPostbus 1280\n3800 BG Amersfoort\nNIEDERLANDE')
    dpara(d, '')
    dpara(d, 'Gronau, den 05.11.2026', align='right')
    dpara(d, '')
    dpara(d, 'Überweisung zur Zweitmeinung (second opinion)', bold=True, size=12)
    dpara(d, 'Patientin: Frau Anja Terhorst, geb. 06.11.1990, Enscheder Str. 77, 48599 Gronau', bold=True)
    dpara(d, '')
    dpara(d, 'Sehr geehrte Kolleginnen und Kollegen,')
    for t_ in [
        'ich überweise Ihnen meine Patientin mit der Bitte um eine handchirurgische Zweitmeinung. Frau Terhorst '
        'arbeitet in Enschede und hat ausdrücklich um eine Vorstellung in Ihrem Zentrum gebeten.',
        '**Anamnese:** Seit ca. 6 Monaten ulnarseitige Handgelenksschmerzen rechts nach einem Sturz beim Volleyball '
        '(Mai 2026). Schmerzen bei Unterarmdrehung und Abstützen, gelegentliches Klicken. Ruhigstellung in einer '
        'Handgelenksorthese über 6 Wochen ohne wesentliche Besserung.',
        '**Bisherige Diagnostik:** MRT des rechten Handgelenks am 29.09.2026 im Ziekenhuis Twentepoort, Enschede: '
        'Verdacht auf foveale TFCC-Läsion (Palmer 1B), ulnare Plusvariante 1 mm, kein Knochenmarködem. Der '
        'Befund liegt bei.',
        '**Bisherige Therapie:** Orthese, Ibuprofen, Physiotherapie (10 Einheiten). Eine Operation ist bisher nicht erfolgt. '
        'Eine stationäre Behandlung erfolgte bisher nicht.',
        '**Fragestellung:** Besteht eine Indikation zur Arthroskopie bzw. zur (transossären) TFCC-Refixation, oder '
        'empfehlen Sie ein weiteres konservatives Vorgehen? Die Patientin wünscht eine fundierte Zweitmeinung, '
        'bevor sie sich für eine Operation entscheidet.',
        '**Vorerkrankungen:** Asthma bronchiale (gut eingestellt), Z.n. Tonsillektomie 1998.\n'
        '**Medikation:** Budesonid/Formoterol 160/4,5 1-0-1, Ibuprofen 400 mg bei Bedarf.\n**Allergien:** keine bekannt.',
    ]:
        dpara(d, t_)
    dpara(d, 'Für Ihre Mühe bedanke ich mich im Voraus.')
    dpara(d, 'Mit freundlichen kollegialen Grüßen')
    dpara(d, '\n\nDr. med. H. Vossberg')
    dpara(d, 'Anlage: MRT-Befund vom 29.09.2026', size=8.5)
    save_docx(d, stem)
    label(stem, kinds=['referral'], date='2026-11-05', author='gp', language='de',
          style='German Hausarzt referral letter (Überweisung zur Zweitmeinung) in Word with bold inline labels',
          referral_question=True, imaging_done='yes', operated='no', treated_abroad='no',
          notes='German GP referral with explicit Fragestellung. Patient lives in Germany; MRI was done in a Dutch hospital and '
                '"stationäre Behandlung erfolgte bisher nicht" -> treated_abroad no (unsure: all GP/physio care is in Germany). '
                'Birth date 06.11 one day after letter. Has Vorerkrankungen/Therapie paragraphs but labelled referral only.')


def tf047():
    stem = 'tf-047'
    d = new_docx('Times New Roman', 11)
    png = logo_png(scratch('kamptal.png'), 'Klinikum Kamptal', 'Abteilung für Orthopädie und Traumatologie', '#b71c1c', 'square')
    img_header(d, png, 95, 'A-3550 Langenlois, Spitalgasse 4 \u2013 Tel. +43 2734 9800 \u2013 Vorstand: Prim. Univ.-Doz. Dr. Helmut Gratzl')
    footer_pages(d, 'Seite ', ' von ', size=8)
    dpara(d, 'AMBULANZBEFUND', bold=True, size=13)
    dtable(d, [['Patientin', 'Dr. Liesbeth Mulder, geb. 25.05.1970'],
               ['Adresse', 'Praterstraße 41/12, 1020 Wien'], ['SV-Nr.', '4417 250570'],
               ['Ambulanz', 'Handambulanz, 11.06.2026'], ['Zuweisung', 'Dr. Sabine Pichler, Ärztin für Allgemeinmedizin, 1020 Wien']],
           widths_mm=(35, 135), style=None, bold_first_col=True)
    dpara(d, '')
    for h, t_ in [
        ('Anamnese', 'Die 56-jährige Patientin (Niederländerin, seit 2015 in Wien tätig, Bankangestellte) stellt sich mit '
                     'seit Jänner bestehenden ulnarseitigen Schmerzen im re. Handgelenk vor. Kein adäquates Trauma erinnerlich. '
                     'Schmerzen beim Tippen mit der Maus und beim Auswringen.'),
        ('Status', 'Re. Handgelenk: keine Schwellung, DS über Fovea und ulnokarpal, Ulnokarpaler Stresstest positiv, '
                   'DRUG stabil. Beweglichkeit Ext/Flex 70-0-70, Pro/Sup 80-0-80 schmerzhaft endlagig. DMS intakt.'),
        ('Befunde', 'Rö. Handgelenk re. (Fremdbefund, Diagnosezentrum Donaustadt 12.05.2026): Ulna-Plus-Variante 2 mm, '
                    'subchondrale Zyste Lunatum ulnarseitig.\nMRT Handgelenk re. (Diagnosezentrum Donaustadt, 02.06.2026): '
                    'zentrale degenerative TFCC-Läsion (Palmer 2C), Knochenmarködem proximal-ulnar am Lunatum.'),
        ('Diagnose', 'Ulnokarpales Impaktionssyndrom re. (Palmer 2C)'),
        ('Therapie', 'Beratung. Handgelenksbandage verordnet. Infiltration ulnokarpal mit Diprophos 1 ml + Xylocain '
                     '1 % 1 ml unter sterilen Kautelen.'),
        ('Procedere', 'Kontrolle in 6 Wochen. Bei persistierenden Beschwerden ist eine Arthroskopie mit TFCC-Débridement '
                      'bzw. eine Ulnaverkürzungsosteotomie zu empfehlen. Die Patientin möchte vor einer Operation eine '
                      'Zweitmeinung in den Niederlanden einholen; Befunde und Bilder wurden mitgegeben.'),
    ]:
        dpara(d, h + ':', bold=True, space_after=0)
        dpara(d, t_)
    dpara(d, '')
    dpara(d, 'OA Dr. Johannes Leitner e.h.\nFacharzt für Orthopädie und Traumatologie\n\nLanglois, am 11.06.2026')
    save_docx(d, stem)
    label(stem, kinds=['correspondence'], date='2026-06-11', author='specialist', language='de',
          style='Austrian hospital Ambulanzbefund in Word (Jänner, e.h., SV-Nr., OA title), image letterhead',
          imaging_done='yes', operated='unmentioned', treated_abroad='yes',
          notes='Dutch patient living in Vienna treated (injection) at an Austrian hospital outpatient clinic. Quotes external '
                'X-ray and MRI reports. Surgery only recommended. Place name typo "Langlois" in the signature kept.')


def tf048():
    stem = 'tf-048'
    d = new_docx('Arial', 10)
    header_text(d, '**Thornbury Vale NHS Foundation Trust**\nThornbury Vale Hospital \u2013 Plastic Surgery & Burns, Ward 7\n'
                   'Hollins Lane, Thornbury Vale TV2 9HF \u2013 01632 961 500', size=8.5, align='right', color='005EB8')
    footer_pages(d, 'Page ', ' of ', size=8, left_text='DISCHARGE SUMMARY \u2013 TEN HAVE, Jesse \u2013 NHS 999 640 1128')
    dpara(d, 'INPATIENT DISCHARGE SUMMARY', bold=True, size=13, color='005EB8')
    dtable(d, [['Patient', 'TEN HAVE, Jesse', 'DOB', '27/02/2003'],
               ['NHS No', '999 640 1128', 'Hosp No', 'TV7719034'],
               ['Admitted', '02/03/2026 via ED', 'Discharged', '03/03/2026'],
               ['Consultant', 'Mr R. Adeyemi', 'Specialty', 'Plastic Surgery (Hand)'],
               ['GP', 'University Health Centre, Thornbury Vale (temp. registered)', 'Date of summary', '03/03/2026']],
           widths_mm=(25, 65, 30, 50), size=9, shade_first_row=None)
    dpara(d, '')
    dpara(d, 'Diagnosis', bold=True, space_after=0)
    dpara(d, 'Complete laceration of flexor digitorum profundus (zone II) and ulnar digital nerve, left index finger \u2013 '
             'glass injury 01/03/2026.')
    dpara(d, 'Presenting complaint', bold=True, space_after=0)
    dpara(d, '23 y/o Dutch exchange student (Erasmus), right-handed. Cut left index finger on broken glass washing up. '
             'Unable to flex DIPJ, numb on ulnar side of finger. XR left hand: no retained glass, no fracture.')
    dpara(d, 'Operation', bold=True, space_after=0)
    dtable(d, [['Date', '02/03/2026'], ['Surgeon', 'Mr R. Adeyemi, Consultant Plastic Surgeon'],
               ['Assistant', 'Dr L. Fitzgerald, CT2'], ['Anaesthetic', 'GA + axillary block'],
               ['Procedure', 'Exploration left index finger; FDP zone II repair (4-strand Adelaide core suture 3/0 '
                             'Fiberwire + 6/0 Prolene epitendinous); ulnar digital nerve repair 9/0 Ethilon'],
               ['Findings', 'FDP completely divided at level of A2/C1, proximal end retracted to A1, retrieved via '
                            'separate palmar incision. FDS intact (50% partial, not repaired). Ulnar digital nerve '
                            'divided cleanly. A2 pulley vented distally 30%. Good tendon glide on passive testing.'],
               ['Closure', '5/0 Ethilon interrupted; dorsal blocking splint in POSI'],
               ['Complications', 'None']], widths_mm=(30, 140), bold_first_col=True, size=9)
    dpara(d, '')
    dpara(d, 'Medications on discharge', bold=True, space_after=0)
    dtable(d, [['Drug', 'Dose', 'Duration'], ['Co-amoxiclav', '625 mg TDS', '5 days'],
               ['Paracetamol', '1 g QDS PRN', ''], ['Ibuprofen', '400 mg TDS PRN', '7 days']],
           widths_mm=(55, 55, 40), bold_first_row=True, size=9)
    dpara(d, '')
    dpara(d, 'Follow-up / actions for GP', bold=True, space_after=0)
    dpara(d, 'Early active motion protocol (hand therapy started on ward 03/03). Patient is returning to the Netherlands '
             'on 07/03/2026 (end of exchange) \u2013 he has been given a copy of this summary, the operation note and '
             'the therapy protocol and should be referred urgently to a hand therapist and hand surgeon at home. '
             'Sutures out at 10\u201314 days. Splint 6 weeks. Risk of tendon rupture and adhesions explained.')
    dpara(d, 'Completed by: Dr L. Fitzgerald (CT2 Plastic Surgery) for Mr R. Adeyemi \u2013 03/03/2026 15:20', size=9)
    save_docx(d, stem)
    label(stem, kinds=['correspondence', 'operation-report'], date='2026-03-03', author='specialist', language='en',
          style='NHS inpatient discharge summary in Word with embedded Operation table (date, surgeon, procedure, findings)',
          imaging_done='yes', operated='yes', treated_abroad='yes',
          notes='Dutch exchange student admitted and operated in an English NHS hospital. Discharge summary with full operation '
                'section. DOB 27/02 near admission date; completed by a core trainee on behalf of the consultant.')


def tf049():
    stem = 'tf-049'
    d = new_docx('Calibri', 10.5)
    png = logo_png(scratch('meridian.png'), 'Meridian Global Health', 'International Private Medical Insurance', '#37474f', 'triangle')
    img_header(d, png, 85)
    for s_ in d.sections:
        p = s_.footer.paragraphs[0]
        add_runs(p, 'Meridian Global Health DAC, Harcourt Centre Block 9, Dublin 2, Ireland. Regulated by the Central Bank of '
                    'Ireland (ref. C00000). Claims line +353 1 555 0170.', size=7)
    dpara(d, 'Mrs Carla Rademaker\nMeidoornstraat 14\n3811 PK Amersfoort\nThe Netherlands')
    dpara(d, '')
    dtable(d, [['Date', '3 September 2026'], ['Policy number', 'MGH-EU-0041877-02'], ['Claim reference', 'CLM-26-118830'],
               ['Member', 'Carla J. Rademaker (DOB 16/11/1968)']], widths_mm=(40, 90), style=None, bold_first_col=True)
    dpara(d, '')
    dpara(d, 'Dear Mrs Rademaker,')
    dpara(d, 'Claim outcome: inpatient treatment abroad', bold=True)
    for t_ in [
        'Thank you for submitting your claim and the supporting documents from Hospital Costa Serena, Málaga, Spain. We '
        'have now assessed your claim for your inpatient stay from 14 July 2026 to 17 July 2026.',
        'We are pleased to confirm that the following has been approved under your Comprehensive plan:',
    ]:
        dpara(d, t_)
    dtable(d, [['Date', 'Description', 'Amount claimed', 'Amount approved'],
               ['14/07/2026', 'Emergency department attendance, X-ray left wrist', 'EUR 410.00', 'EUR 410.00'],
               ['15/07/2026', 'Open reduction and internal fixation, left distal radius (surgeon + anaesthetist fees)', 'EUR 3,950.00', 'EUR 3,950.00'],
               ['14-17/07/2026', 'Hospital accommodation (3 nights), theatre, implant', 'EUR 6,120.00', 'EUR 5,880.00'],
               ['17/07/2026', 'Discharge medication', 'EUR 64.30', 'EUR 64.30'],
               ['', 'Total', 'EUR 10,544.30', 'EUR 10,304.30']], widths_mm=(25, 85, 30, 30), bold_first_row=True, size=9,
           shade_first_row='DDDDDD')
    dpara(d, '')
    for t_ in [
        'The difference of EUR 240.00 relates to a private room supplement, which is not covered under your plan. The '
        'approved amount has been paid directly to the hospital. You do not need to take any further action.',
        'Follow-up treatment in the Netherlands should be claimed through your Dutch basic health insurer first; we will '
        'consider any remaining costs in line with your policy terms.',
        'If you have any questions, please contact our claims team quoting your claim reference.',
    ]:
        dpara(d, t_)
    dpara(d, 'Kind regards,\n\nDeclan Murray\nClaims Assessor, Meridian Global Health')
    save_docx(d, stem)
    label(stem, kinds=[], date='2026-09-03', author='other', language='en',
          style='international insurer claim-outcome letter (Irish-based) with itemised table',
          imaging_done='yes', operated='yes', treated_abroad='yes',
          notes='Insurer letter, not medical correspondence, but it states an inpatient stay with ORIF and X-ray in a Spanish '
                'hospital. Same invented patient as tf-028.')


def tf050():
    stem = 'tf-050'
    d = new_docx('Cambria', 11)
    header_text(d, '**Huisartsenpraktijk De Kouter**\ndr. Griet Van Damme \u2013 dr. Bart Verstraete \u2013 huisartsen\n'
                   'Kouterstraat 27, 9160 Lokeren \u2013 tel. 09 348 12 77 \u2013 RIZIV 1-41877-22-004',
                size=9, align='left', color='385723')
    dpara(d, 'Lokeren, 16 oktober 2026', align='right')
    dpara(d, '')
    dpara(d, 'Aan: Handcentrum Vijverhof \u2013 dienst second opinion\nPostbus 1280\n3800 BG Amersfoort\nNederland')
    dpara(d, '')
    dpara(d, 'Betreft: mevrouw Sofie DE CLERCQ, \u00b0 17/03/1985, Molenstraat 8, 9160 Lokeren', bold=True)
    dpara(d, '')
    dpara(d, 'Geachte collega,')
    for t_ in [
        'Mag ik u mevrouw De Clercq verwijzen voor een tweede advies? Zij werkt als verpleegkundige in Antwerpen en heeft '
        'via collega\u2019s over uw centrum gehoord.',
        'Zij heeft sinds begin dit jaar pijn aan de basis van de linkerduim (dominant links). In maart werd in AZ '
        'Sint-Vincentius Lokeren een RX en een echo gemaakt: beginnende artrose CMC-1, geen ganglion. Zij werd gezien op '
        'de raadpleging orthopedie (dr. Wouters), die in mei een infiltratie met corticoïden deed; effect 6 weken. Een '
        'EMG (juni) toonde geen carpaletunnelsyndroom. Dr. Wouters stelt nu een trapeziectomie voor.',
        'Vraagstelling: is een operatie op 41-jarige leeftijd reeds aangewezen, en zo ja, welke techniek? Zijn er '
        'nog conservatieve mogelijkheden (spalk op maat, handtherapie) die onvoldoende benut zijn?',
        'Voorgeschiedenis: hypothyreoïdie, 2 keizersneden. Medicatie: L-Thyroxine 100 \u00b5g. Geen allergieën.',
        'Het verslag van de radiologie en de briefwisseling met dr. Wouters geef ik haar mee.',
    ]:
        dpara(d, t_)
    dpara(d, 'Met collegiale groeten,')
    dpara(d, '\n\ndr. Griet Van Damme, huisarts')
    save_docx(d, stem)
    label(stem, kinds=['referral'], date='2026-10-16', author='gp', language='nl',
          style='Belgian (Flemish) GP referral letter in Word to the Dutch clinic (\u00b0 birth date, RIZIV, raadpleging)',
          referral_question=True, imaging_done='yes', operated='unmentioned', treated_abroad='yes',
          notes='Belgian resident; imaging and an infiltration at a Belgian hospital = treatment outside the Netherlands. '
                'Trapeziectomy only proposed; caesareans are other operations. Short Voorgeschiedenis line, no recent-treatments section.')


def tf051():
    stem = 'tf-051'
    d = new_docx('Calibri', 10)
    header_text(d, 'Eerstelijns Diagnostisch Centrum Kennemerland  \u2022  Spaarnepoort 3, 2134 TM Hoofddorp  \u2022  023-890 40 00',
                size=8, align='center', color='1F4E79')
    dpara(d, 'Echografie \u2013 verslag', bold=True, size=13)
    dtable(d, [['Patiënt', 'mw. J. (Janneke) Vermaas', 'Geboortedatum', '30-10-1987'],
               ['Aanvrager', 'huisarts D. Roos, Hoofddorp', 'Onderzoeksnr.', 'EDK-26-309917'],
               ['Onderzoek', 'Echo n. medianus / carpale tunnel beiderzijds', 'Onderzoeksdatum', '29-10-2026'],
               ['Echografist', 'R. Bos, MSK-echografist', 'Verslagdatum', '30-10-2026']],
           widths_mm=(25, 65, 32, 48), size=9)
    dpara(d, '')
    dpara(d, 'Vraagstelling aanvrager: tintelingen dig 1-3 beiderzijds, re>li, zwanger 30 wk. CTS? Andere oorzaak?', italic=True)
    dpara(d, 'Bevindingen', bold=True, space_after=0)
    dtable(d, [['', 'Rechts', 'Links', 'Referentie'],
               ['CSA n. medianus ingang carpale tunnel (os pisiforme)', '14 mm\u00b2', '10 mm\u00b2', '< 10 mm\u00b2'],
               ['CSA n. medianus distale onderarm (pronator quadratus)', '8 mm\u00b2', '8 mm\u00b2', ''],
               ['Ratio CT/PQ', '1,75', '1,25', '< 1,4'],
               ['Notching / flattening', 'ja', 'nee', ''],
               ['Tenosynovitis flexoren', 'licht', 'nee', ''],
               ['Ruimte-innemend proces / ganglion', 'nee', 'nee', ''],
               ['Persisterende a. mediana / bifide nervus', 'nee', 'nee', '']], widths_mm=(80, 30, 30, 30), bold_first_row=True, size=9)
    dpara(d, '')
    dpara(d, 'Conclusie', bold=True, space_after=0)
    dpara(d, 'Echografische kenmerken van een carpaletunnelsyndroom rechts (vergrote CSA, ratio verhoogd) met lichte '
             'flexortenosynovitis, passend bij zwangerschap. Links geen afwijkingen.')
    dpara(d, '')
    dpara(d, 'Supervisie en autorisatie: dr. E.C. Zijlstra, radioloog \u2013 30-10-2026')
    save_docx(d, stem)
    label(stem, kinds=['imaging-report'], date='2026-10-30', also_dates=['2026-10-29'], author='radiologist', language='nl',
          style='primary-care diagnostic centre ultrasound report in Word with measurement table',
          imaging_done='yes', operated='unmentioned', treated_abroad='unmentioned',
          notes='Ultrasound performed by a sonographer, authorised by a radiologist the next day. Birth date 30-10 equals '
                'report date day/month. Title "Echografie \u2013 verslag".')


def tf052():
    stem = 'tf-052'
    d = new_docx('Arial', 10)
    header_text(d, '**Physiotherapie & Handtherapie am Domplatz**\nDomplatz 28 \u00b7 48143 Münster \u00b7 Tel. 0251 48 22 90',
                size=9, align='left')
    dpara(d, 'Praxis Dr. med. T. Riedel\nFacharzt für Allgemeinmedizin\nLudgeristraße 60\n48143 Münster')
    dpara(d, '')
    dpara(d, 'Münster, 22.10.2026', align='right')
    dpara(d, 'Therapiebericht / Abschlussbericht', bold=True, size=12)
    dtable(d, [['Patient', 'Herr Lukas Brandt, geb. 09.04.1999'], ['Verordnung', 'KG 6x + 6x (Folge-VO), Heilmittel-VO vom 02.07.2026'],
               ['Diagnose lt. VO', 'M65.4 Tendovaginitis stenosans (de Quervain) re.'], ['Behandlungszeitraum', '08.07.2026 \u2013 20.10.2026'],
               ['Behandlungen', '12']], widths_mm=(40, 130), bold_first_col=True)
    dpara(d, '')
    for h, t_ in [
        ('Befund bei Aufnahme', 'Schmerzen radialseitig re. Handgelenk NRS 6/10 bei Belastung (Student, viel Smartphone/Gaming, '
                                'Nebenjob als Barista). Finkelstein-Test positiv, Schwellung 1. Strecksehnenfach. Keine Bildgebung '
                                'vorhanden, laut Patient wurde keine Bildgebung durchgeführt. Nicht voroperiert.'),
        ('Therapie', 'Aufklärung/Belastungssteuerung, Daumen-Orthese (Nachtlagerung), Querfriktion, exzentrisches Training '
                     'APL/EPB, Kinesiotape, ergonomische Beratung am Arbeitsplatz.'),
        ('Verlauf', 'Deutliche Besserung. Zum Abschluss NRS 1\u20132/10 bei Belastung, Finkelstein nur noch endgradig '
                    'leicht positiv. Volle Arbeitsfähigkeit. PRWE von 58 auf 14 Punkte.'),
        ('Empfehlung', 'Heimprogramm fortführen, Orthese bei Bedarf nachts. Keine weitere Verordnung notwendig. Bei '
                       'Rezidiv ggf. Infiltration oder handchirurgische Vorstellung.'),
    ]:
        dpara(d, h, bold=True, space_after=0)
        dpara(d, t_)
    dpara(d, 'Mit freundlichen Grüßen\n\nJana Overbeck\nPhysiotherapeutin B.Sc., zertifizierte Handtherapeutin (DAHTH)')
    save_docx(d, stem)
    label(stem, kinds=[], date='2026-10-22', author='other', language='de',
          style='German physiotherapy/hand-therapy final report to the GP in Word',
          imaging_done='no', operated='no', treated_abroad='unmentioned',
          notes='Allied-health report. "keine Bildgebung durchgeführt", "nicht voroperiert". German patient treated by German '
                'physiotherapist: no hospital care mentioned, so treated_abroad left unmentioned.')


if __name__ == '__main__':
    for f in (tf033, tf034, tf035, tf036, tf037, tf038, tf041, tf042, tf043, tf044, tf045, tf046, tf047, tf048, tf049,
              tf050, tf051, tf052):
        f()
    print('docx done')
