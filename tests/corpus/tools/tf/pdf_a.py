"""tf-001 .. tf-010: reportlab PDFs (Dutch GP/hospital, Belgian, German, Swiss)."""
from common import *


# ------------------------------------------------------------------ tf-001
def tf001():
    stem = 'tf-001'
    s = S('LSans', 9.5)
    grey = colors.HexColor('#5a5a5a')

    def first(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor('#e8eef5'))
        c.rect(0, A4[1] - 24 * mm, A4[0], 24 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor('#1c4f82')); c.setFont('LSans-B', 15)
        c.drawString(20 * mm, A4[1] - 14 * mm, 'Verwijsbrief')
        c.setFont('LSans', 9.5); c.setFillColor(grey)
        c.drawString(20 * mm, A4[1] - 19.5 * mm, 'Second opinion handchirurgie  \u2022  Handcentrum Vijverhof, Amersfoort')
        text_lines(c, A4[0] - 20 * mm, A4[1] - 11 * mm,
                   ['Verwijsnummer ZD-2611-0048213', 'Aangemaakt: 05-11-2026 16:41', 'Status: verzonden'],
                   size=8, align='right', color=grey)
        c.restoreState()

    def later(c, d):
        c.saveState(); c.setFont('LSans', 8); c.setFillColor(grey)
        c.drawString(20 * mm, A4[1] - 12 * mm, 'Verwijsbrief ZD-2611-0048213 \u2013 M.C. Brinkhorst (03-11-1979)')
        c.restoreState()

    def num(c, p, n):
        c.saveState(); c.setFont('LSans', 7.5); c.setFillColor(grey)
        c.line(20 * mm, 15 * mm, A4[0] - 20 * mm, 15 * mm)
        c.drawString(20 * mm, 11 * mm, 'Deze verwijzing is aangemaakt via ZorgDomein. Afgedrukt door: Handcentrum Vijverhof, 06-11-2026 08:12')
        c.drawRightString(A4[0] - 20 * mm, 11 * mm, f'Pagina {p} van {n}')
        c.restoreState()

    st = []
    st.append(Paragraph('Patiënt', s.h2))
    st.append(kv([
        ('Naam', 'Mevrouw M.C. Brinkhorst (Marloes)'),
        ('Geboortedatum', '03-11-1979 (47 jaar)'),
        ('Geslacht', 'Vrouw'),
        ('BSN', '999912345'),
        ('Adres', 'Ridderstraat 41, 2011 TR Haarlem'),
        ('Telefoon', '06-41 77 20 93'),
        ('Verzekeraar', 'ZorgSamen Verzekeringen, polisnr. 774120093'),
    ], s, colw=(40 * mm, 128 * mm)))
    st.append(Paragraph('Verwijzer', s.h2))
    st.append(kv([
        ('Naam', 'L.J. Mertens, huisarts'),
        ('Praktijk', 'Huisartsenpraktijk De Linde\nKleine Houtweg 88, 2012 CK Haarlem'),
        ('AGB-code', '01-054321'),
        ('Telefoon', '023-531 44 80 (spoedlijn 023-531 44 89)'),
    ], s, colw=(40 * mm, 128 * mm)))
    st.append(Paragraph('Verwijzing', s.h2))
    st.append(kv([
        ('Specialisme', 'Plastische chirurgie / handchirurgie'),
        ('Zorgproduct', 'Second opinion handchirurgie'),
        ('Urgentie', 'Regulier'),
        ('Reden van verwijzing', 'Persisterende tintelingen en nachtelijke pijn dig 1-3 rechts, ruim een half jaar na '
         'carpaletunnelrelease rechts. Daarnaast toenemende pijn duimbasis rechts bij knijpen. Patiënte is '
         'rechtshandig, werkt als tandartsassistente en is sinds september gedeeltelijk arbeidsongeschikt.'),
        ('Vraagstelling', 'Graag uw second opinion. Is er sprake van een incomplete release / recidief CTS, of '
         'verklaart CMC-1 artrose een deel van de klachten? Is een re-operatie zinvol of adviseert u '
         'conservatief beleid? Patiënte heeft zelf om deze second opinion gevraagd.'),
    ], s, colw=(40 * mm, 128 * mm)))
    st.append(Paragraph('Relevante voorgeschiedenis', s.h2))
    st.append(kv([
        ('2004', 'Sectio caesarea'),
        ('2017', 'Hypothyreoïdie (levothyroxine)'),
        ('11-2025', 'Carpaletunnelsyndroom rechts, EMG: matig-ernstig (Neurologie, Ziekenhuis Spaarnewoude)'),
        ('03-2026', 'Carpaletunnelrelease rechts, open, dagbehandeling Ziekenhuis Spaarnewoude (dr. A.K. Tjin, plastisch chirurg)'),
    ], s, colw=(22 * mm, 146 * mm)))
    st.append(Paragraph('Recente behandelingen', s.h2))
    st.append(kv([
        ('14-03-2026', 'Open carpaletunnelrelease rechts (zie boven). Wondgenezing ongestoord.'),
        ('04-06-2026', 'Handtherapie afgerond (9 sessies), bij ontslag DASH 38.'),
        ('22-09-2026', 'Echo pols/duimbasis rechts: n. medianus proximaal van de tunnel verdikt (CSA 14 mm2), '
                       'artrotische veranderingen CMC-1. Verslag volgt separaat via ziekenhuis.'),
        ('08-10-2026', 'Injectie triamcinolon 10 mg CMC-1 rechts door huisarts; kortdurend (2 wk) effect.'),
        ('sept-nov 2026', 'Paracetamol 1 g 3 dd, naproxen 250 mg 2 dd z.n. (met pantoprazol).'),
    ], s, colw=(22 * mm, 146 * mm)))
    st.append(Paragraph('Medicatie', s.h2))
    st.append(kv([
        ('Levothyroxine 75 mcg', '1 dd 1 tablet, nuchter'),
        ('Naproxen 250 mg', 'zo nodig max 2 dd 1'),
        ('Pantoprazol 20 mg', '1 dd 1 bij gebruik naproxen'),
        ('Paracetamol 500 mg', 'zo nodig 3 dd 2'),
    ], s, colw=(52 * mm, 116 * mm), label_style=s.tight))
    st.append(Paragraph('Allergieën / intoleranties', s.h2))
    st.append(Paragraph('Pleisterallergie (huidreactie). Geen geneesmiddelenallergieën bekend.', s.p))
    st.append(Paragraph('Episodelijst (actief)', s.h2))
    st.append(grid_table([
        ['ICPC', 'Omschrijving', 'Begindatum'],
        ['N93', 'Carpaletunnelsyndroom rechts, st.na release 03-2026', '12-10-2025'],
        ['L91', 'Artrose CMC-1 rechts', '22-09-2026'],
        ['T86', 'Hypothyreoïdie', '03-05-2017'],
        ['P78', 'Burn-out klachten (in remissie)', '14-01-2022'],
    ], s, colw=(16 * mm, 112 * mm, 30 * mm), grid=colors.HexColor('#b0b0b0')))
    st.append(Spacer(1, 6 * mm))
    st.append(Paragraph('Bijlagen: geen (beeldvorming en correspondentie worden door Ziekenhuis Spaarnewoude '
                        'nagestuurd op verzoek van patiënte).', s.small))
    build_pdf(out(stem, 'pdf'), st, first, later, num, margins=(20 * mm, 20 * mm, 30 * mm, 22 * mm),
              title='Verwijsbrief')
    label(stem, kinds=['referral', 'history'], date='2026-11-05', author='gp', language='nl',
          style='ZorgDomein printout, two-column label/value blocks, episode table',
          referral_question=True, imaging_done='yes', operated='yes', treated_abroad='unmentioned',
          notes='Referral with its own Relevante voorgeschiedenis + Recente behandelingen sections. '
                'Birth date 03-11-1979 two days from letter date; print date 06-11-2026 in footer. '
                'Earlier CTS release in NL hospital; sectio caesarea is an unrelated operation.')


# ------------------------------------------------------------------ tf-002
def tf002():
    stem = 'tf-002'
    s = S('LSans', 10)

    def first(c, d):
        logo_circles(c, 24 * mm, A4[1] - 20 * mm, '#7b1f45', '#d48aa8')
        c.setFont('LSans-B', 14); c.setFillColor(colors.HexColor('#7b1f45'))
        c.drawString(42 * mm, A4[1] - 19 * mm, 'Rijnoever Ziekenhuis')
        c.setFont('LSans', 8.5); c.setFillColor(colors.black)
        c.drawString(42 * mm, A4[1] - 24 * mm, 'Plastische, Reconstructieve en Handchirurgie')
        text_lines(c, A4[0] - 20 * mm, A4[1] - 14 * mm,
                   ['Postbus 9012', '6800 GB Arnhem', 'T 026 - 388 70 00', 'www.rijnoeverziekenhuis.nl'],
                   size=8, align='right')
        num_footer(c)

    def num_footer(c):
        c.setFont('LSans', 7); c.setFillColor(colors.grey)
        c.drawString(22 * mm, 10 * mm, 'Rijnoever Ziekenhuis is een topklinisch opleidingsziekenhuis. KvK 09112233')

    def num(c, p, n):
        c.setFont('LSans', 8); c.setFillColor(colors.black)
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, f'{p}/{n}')
        if p > 1:
            c.drawString(22 * mm, A4[1] - 15 * mm, 'Betreft: T. van Wijngaarden, 22-07-1968 \u2013 vervolg')

    st = [Spacer(1, 12 * mm)]
    addr = Paragraph('Aan de weledelzeergeleerde heer<br/>M.P. Schimmelpenninck, huisarts<br/>'
                     'Huisartsenpraktijk Schuytgraaf<br/>Schuytgraaf 14<br/>6846 AA Arnhem', s.tight)
    meta = kv([('Datum', '18 september 2026'), ('Ons kenmerk', 'PLA/EJT/gho 4471092'),
               ('Uw kenmerk', '-'), ('Polidatum', '15-09-2026')], s, colw=(24 * mm, 40 * mm),
              label_style=s.small)
    t = Table([[addr, meta]], colWidths=(100 * mm, 68 * mm)); t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    st += [t, Spacer(1, 10 * mm)]
    st.append(Paragraph('<b>Betreft:</b> dhr. T. van Wijngaarden, geb. 22-07-1968, Meester Spoorstraat 3, 6822 EK Arnhem, '
                        'ZIS-nr 4471092', s.p))
    st.append(Spacer(1, 3 * mm))
    st.append(Paragraph('Geachte collega,', s.p))
    st.append(Paragraph('Op 15 september jl. zagen wij uw patiënt opnieuw op ons spreekuur in verband met aanhoudende '
                        'ulnaire polspijn links, vier maanden na een artroscopisch TFCC-debridement.', s.p))
    body = [
        ('Anamnese', 'Rechtshandige man, elektricien. Sinds een val van een trap in november 2025 pijn aan de ulnaire '
         'zijde van de linkerpols. Op 12 mei 2026 verrichtten wij een artroscopie van de linkerpols waarbij een '
         'centrale perforatie van het TFCC werd gedebrideerd; het operatieverslag sturen wij u hierbij nogmaals mee. '
         'Na een aanvankelijke verbetering zijn de klachten sinds de zomer terug, vooral bij draaien (schroeven, '
         'sleutel omdraaien) en steunen op de hand. Geen klikken, geen tintelingen. Gebruikt naproxen z.n.'),
        ('Lichamelijk onderzoek', 'Littekens portalen 3-4, 6R en 6U rustig. Drukpijn fovea ulnaris links, ulnocarpale '
         'stresstest positief, DRUG stabiel in vergelijking met rechts (piano key negatief). Pro-/supinatie 80/0/75 '
         '(re 85/0/85). Knijpkracht (Jamar II) li 28 kg, re 46 kg.'),
        ('Aanvullend onderzoek', 'MRI pols links (02-03-2026, Rijnoever): centrale perforatie TFCC, geen perifere '
         'loslating, ulnaire variant +1,5 mm, beginnend chondromalacie proximaal-ulnair lunatum, geen '
         'botoedeem. Nieuwe X-pols links PA neutrale rotatie (15-09-2026): ulna-plus 2 mm, geen artrose DRUG.'),
        ('Conclusie', 'Persisterende ulnaire polspijn links na artroscopisch TFCC-debridement bij ulnair '
         'impactiesyndroom (ulna-plus variant).'),
        ('Beleid', 'Wij hebben met patiënt een ulnaverkortingsosteotomie besproken, inclusief de revalidatieduur '
         '(3 maanden geen zwaar werk) en de kans op hinderlijk osteosynthesemateriaal. Patiënt wil voordat hij een '
         'beslissing neemt graag een second opinion in een gespecialiseerd handcentrum; hij vraagt u hiervoor een '
         'verwijzing. Wij hebben hem een kopie van de beelden (cd) meegegeven. Vooralsnog geen nieuwe afspraak; '
         'wij zien hem graag terug indien hij tot operatie besluit.'),
    ]
    for h, txt in body:
        st.append(Paragraph(h, s.h3))
        st.append(Paragraph(txt, s.p))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph('Met collegiale groet,', s.p))
    st.append(Spacer(1, 9 * mm))
    sig = Table([[Paragraph('G.H. Oudemans<br/>arts in opleiding tot specialist<br/>plastische chirurgie', s.tight),
                  Paragraph('namens dr. E.J. Terlouw<br/>plastisch chirurg / handchirurg', s.tight)]],
                colWidths=(80 * mm, 80 * mm))
    st.append(sig)
    st.append(Spacer(1, 8 * mm))
    st.append(Paragraph('Bijlage: operatieverslag d.d. 12-05-2026<br/>cc: patiënt', s.small))
    build_pdf(out(stem, 'pdf'), st, first, None, num, margins=(22 * mm, 20 * mm, 32 * mm, 20 * mm),
              title='Brief PLA 4471092')
    label(stem, kinds=['correspondence'], date='2026-09-18', also_dates=None, author='specialist', language='nl',
          style='HiX-like polikliniekbrief, letterhead with shape logo, sections, AIOS signing on behalf of specialist',
          imaging_done='yes', operated='yes', treated_abroad='unmentioned',
          notes='Quotes MRI and X-ray results (not an imaging report). Mentions enclosed operation report, '
                'which is not in this file. Ulnar shortening only discussed (plan). Polidatum 15-09 differs from letter date.')


# ------------------------------------------------------------------ tf-003
def tf003():
    stem = 'tf-003'
    s = S('DV', 9)

    def first(c, d):
        logo_bars(c, 20 * mm, A4[1] - 25 * mm, ('#0d47a1', '#1976d2', '#64b5f6'))
        c.setFont('DV-B', 12); c.drawString(36 * mm, A4[1] - 17 * mm, 'Medisch Centrum Lindenhof')
        c.setFont('DV', 8.5); c.drawString(36 * mm, A4[1] - 22 * mm, 'Afdeling Radiologie & Nucleaire Geneeskunde')
        c.drawString(36 * mm, A4[1] - 26 * mm, 'Dokter van Heesweg 2  \u2022  8025 AB Zwolle  \u2022  038 - 424 99 00')

    def num(c, p, n):
        c.setFont('DV', 7); c.setFillColor(colors.grey)
        c.drawString(20 * mm, 10 * mm, 'Dit verslag is elektronisch geautoriseerd en daarom niet ondertekend.')
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, f'Blad {p} van {n}')

    st = []
    st.append(Paragraph('RADIOLOGISCH ONDERZOEK', s.h1))
    st.append(kv([
        ('Patiënt', 'Kooistra, S. (Sanne)'), ('Geboortedatum', '09-10-1990'), ('Patiëntnummer', '7730415'),
        ('Aanvrager', 'drs. P. Vermeulen, orthopedisch chirurg \u2013 Orthopedie'),
        ('Kopie aan', 'huisarts T. Wiersma, Huisartsenpraktijk Stadshagen'),
        ('Onderzoek', 'MRI pols links zonder contrast'),
        ('Datum onderzoek', '07-10-2026 18:35'), ('Accessienummer', 'MR26-0711845'),
    ], s, colw=(34 * mm, 80 * mm), label_style=s.small, pad=1))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph('<b>Klinische gegevens / vraagstelling</b>', s.p))
    st.append(Paragraph('36-jarge vrouw, 6 wk geleden FOOSH (val van fiets). Drukpijn tabatière, X-scaphoid '
                        '4 opnames d.d. 28-08 zonder fractuur. Vraagstelling: occulte scaphoïdfractuur? Ligamentair letsel SL?', s.p))
    st.append(Paragraph('<b>Techniek</b>', s.p))
    st.append(Paragraph('3T, handgelenkspoel. Coronaal T1, PD FS, sagittaal en axiaal PD FS, coronaal 3D GRE. '
                        'Vergeleken met röntgenopnamen van 28-08-2026.', s.p))
    st.append(Paragraph('<b>Verslag</b>', s.p))
    st.append(Paragraph('Lineaire T1-hypointense, op PD FS hypointense lijn door de taille van het os scaphoideum met '
                        'omgevend beenmergoedeem, zonder dislocatie of stapvorming in de cortex. Het proximale pooldeel '
                        'toont normaal T1-signaal, geen aanwijzingen voor avasculaire necrose. Overige carpalia zonder '
                        'oedeem. Scafolunaire ligament intact (dorsale, membraneuze en volaire deel). Lunotriquetrale '
                        'ligament intact. TFCC: normaal aspect, geen perforatie. Geen effusie van betekenis in het '
                        'radiocarpale gewricht. Pezen normaal. Geen ganglion.', s.p))
    st.append(Paragraph('<b>Conclusie</b>', s.p))
    st.append(Paragraph('1. Niet-gedisloceerde fractuur van de taille van het os scaphoideum links (occult op de X-opnamen '
                        'van 28-08), ca. 6 weken oud, nog geen tekenen van consolidatie of van AVN.<br/>'
                        '2. Geen ligamentair letsel.', s.p))
    st.append(Spacer(1, 5 * mm))
    st.append(kv([('Radioloog', 'dr. R.A. Feenstra'), ('Geautoriseerd', '09-10-2026 16:12'),
                  ('Supervisie', '-')], s, colw=(34 * mm, 80 * mm), label_style=s.small, pad=1))
    build_pdf(out(stem, 'pdf'), st, first, None, num, margins=(20 * mm, 20 * mm, 34 * mm, 20 * mm),
              title='MR26-0711845')
    label(stem, kinds=['imaging-report'], date='2026-10-09', also_dates=['2026-10-07'], author='radiologist',
          language='nl', style='hospital RIS radiology report, label/value header block',
          imaging_done='yes', operated='unmentioned', treated_abroad='unmentioned',
          notes='Exam date 07-10 and authorisation date 09-10; birth date 09-10-1990 equals the report day/month. '
                'Earlier X-rays 28-08 referenced. Vraagstelling is the requester\'s question, not a referral. '
                'Typo ("jarge") kept on purpose.')


# ------------------------------------------------------------------ tf-004
def tf004():
    stem = 'tf-004'
    s = S('LSerif', 10.5)

    def first(c, d):
        logo_cross(c, 20 * mm, A4[1] - 26 * mm, '#00796b', 13 * mm)
        c.setFont('LSerif-B', 15); c.drawString(37 * mm, A4[1] - 18 * mm, 'Ziekenhuis De Vaart')
        c.setFont('LSerif', 9); c.drawString(37 * mm, A4[1] - 23 * mm, 'Hospitaalweg 1 \u2013 1315 RA Almere \u2013 036 - 520 00 00')
        c.setFont('LSerif-B', 11); c.drawRightString(A4[0] - 20 * mm, A4[1] - 18 * mm, 'OPERATIEVERSLAG')
        c.setFont('LSerif', 8); c.drawRightString(A4[0] - 20 * mm, A4[1] - 23 * mm, 'Operatiekamers locatie Almere')
        c.setStrokeColor(colors.HexColor('#00796b')); c.setLineWidth(1.2)
        c.line(20 * mm, A4[1] - 30 * mm, A4[0] - 20 * mm, A4[1] - 30 * mm)

    def num(c, p, n):
        c.setFont('LSerif', 8)
        c.drawString(20 * mm, 10 * mm, 'Afdrukdatum: 22-04-2026 09:03   Gebruiker: SEC-PCH-02')
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, f'pag. {p} / {n}')

    lab = ParagraphStyle('l', parent=s.tight, fontName='LSerif-B')
    st = [kv([
        ('Patiënt', 'Boskamp-Ruiter, H.A. (V)'), ('Geb. datum', '30-01-1957'), ('Pat. nr.', '2209176'),
        ('Afdeling', 'Dagbehandeling chirurgie'),
        ('Datum operatie', '21-04-2026'), ('Tijd', 'snijtijd 10:42 \u2013 einde 11:51'),
        ('Operateur', 'dr. M.F. Lankhorst, plastisch chirurg'),
        ('Assistent', 'A. Dijkhuizen, AIOS'),
        ('Anesthesist', 'drs. R. Kalkman'),
        ('Anesthesie', 'Plexus brachialis blokkade (axillair) + sedatie'),
        ('Bloedleegte', 'Bovenarmmanchet 250 mmHg, 62 min'),
        ('Antibiotica', 'Cefazoline 2 g i.v. 10:15'),
    ], s, colw=(38 * mm, 130 * mm), label_style=lab, grid=colors.HexColor('#9e9e9e'), pad=2.5),
        Spacer(1, 5 * mm)]
    rows = [
        ('Indicatie', 'Symptomatische CMC-1 artrose links, röntgenologisch Eaton-Littler stadium III. '
         'Conservatief beleid (spalk, 2x injectie, handtherapie) onvoldoende effectief.'),
        ('Ingreep', 'Trapeziectomie links met ligamentreconstructie en peesinterpositie (LRTI) met '
         'FCR-hemislip.'),
        ('Beschrijving', 'Patiënte in rugligging, linkerarm op armtafel. Desinfectie en steriel afdekken. '
         'Time-out uitgevoerd. Bloedleegte aangelegd. Gebogen incisie over de basis van MC1 in de '
         'tabatière; ramus superficialis n. radialis geïdentificeerd en beschermd. Arteria radialis '
         'naar dorsaal weggehouden. Kapsel T-vormig geopend. Trapezium in delen verwijderd. Fors '
         'artrotisch aspect met eburnatie aan MC1-zijde; ook STT-gewricht artrotisch, distale pool '
         'scaphoid beperkt (2 mm) gereseceerd. Via twee incisies aan de onderarm een radiale helft van de '
         'FCR-pees geoogst, distaal aanhechtend gelaten. Boorgat door de basis van MC1 (3,2 mm), pees '
         'erdoorheen gehaald, aangespannen en op zichzelf gehecht (Ethibond 3-0); restant als anchovy in de '
         'holte. Goede stabiliteit, geen proximale migratie bij axiale druk. Kapsel gesloten met Vicryl 3-0, '
         'huid intracutaan Monocryl 4-0. Bloedleegte eraf; goede capillaire refill alle vingers.'),
        ('Complicaties', 'Geen'),
        ('PA', 'Nee'),
        ('Nabehandeling', 'Onderarmgipsspalk met duim in, elevatie. Wondcontrole + gipswissel na 2 weken '
         '(onderarm-duimgips 4 wk), daarna verwijzing handtherapie. Pijnstilling volgens protocol dagbehandeling.'),
    ]
    st.append(kv(rows, s, colw=(38 * mm, 130 * mm), label_style=lab, pad=3))
    st.append(Spacer(1, 8 * mm))
    st.append(Paragraph('Ondertekend: dr. M.F. Lankhorst, 21-04-2026 12:20', s.i))
    build_pdf(out(stem, 'pdf'), st, first, None, num, margins=(20 * mm, 20 * mm, 36 * mm, 20 * mm),
              title='Operatieverslag')
    label(stem, kinds=['operation-report'], date='2026-04-21', author='specialist', language='nl',
          style='hospital OK-verslag form, gridded two-column header, printed footer with print date',
          imaging_done='yes', operated='yes', treated_abroad='unmentioned',
          notes='Pure operation report form without salutation; print date 22-04 differs from operation date. '
                'Imaging only implied via radiological Eaton stage.')


# ------------------------------------------------------------------ tf-005
def tf005():
    stem = 'tf-005'
    s = S('LSans', 9)

    def first(c, d):
        logo_ring(c, 27 * mm, A4[1] - 19 * mm, '#37474f', 7 * mm, 'M')
        c.setFont('LSans-B', 11.5); c.drawString(38 * mm, A4[1] - 17 * mm, 'Microbiologisch Laboratorium Oost-Veluwe')
        c.setFont('LSans', 8); c.drawString(38 * mm, A4[1] - 21.5 * mm,
                                             'Medische Microbiologie & Infectiepreventie  |  Laan der Verenigde Naties 18, 7331 AE Apeldoorn')
        c.drawString(38 * mm, A4[1] - 25.5 * mm, 'Tel. 055 - 581 23 40  |  ISO 15189 geaccrediteerd (M 417)')

    def num(c, p, n):
        c.setFont('LSans', 7.5)
        c.drawString(20 * mm, 10 * mm, 'Uitslag MLOV \u2013 vertrouwelijk medisch')
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, f'pagina {p} van {n}')

    st = [Paragraph('Uitslag microbiologie \u2013 EINDUITSLAG', s.h1)]
    left = kv([('Patiënt', 'Yıldız, A. (M)'), ('Geb.datum', '12-06-1975'), ('BSN', '999936512'),
               ('Adres', 'Kanaal Noord 218, 7323 AK Apeldoorn')], s, colw=(24 * mm, 62 * mm), label_style=s.smallb, pad=1)
    right = kv([('Aanvrager', 'N. Vos, huisarts'), ('', 'Huisartsenpraktijk Osseveld'), ('Labnummer', '26-MRS-118042'),
                ('Afname', '02-11-2026 09:20'), ('Ontvangst', '03-11-2026 07:55'), ('Einduitslag', '05-11-2026 13:47')],
               s, colw=(24 * mm, 56 * mm), label_style=s.smallb, pad=1)
    t = Table([[left, right]], colWidths=(88 * mm, 82 * mm)); t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                                                                       ('BOX', (0, 0), (-1, -1), 0.5, colors.grey)]))
    st += [t, Spacer(1, 4 * mm)]
    st.append(Paragraph('<b>Klinische gegevens:</b> opgenomen geweest in ziekenhuis in Turkije (Izmir) sept. 2026 i.v.m. '
                        'hand-/polsletsel rechts. Screening vóór second opinion / evt. ingreep handchirurgie. '
                        'Risicocategorie 2 (SWAB/WIP).', s.p))
    st.append(Paragraph('<b>Onderzoek:</b> MRSA-screening (kweek met selectieve ophoping, PCR mecA/mecC op ophoping)', s.p))
    st.append(grid_table([
        ['Materiaal', 'Afnameplaats', 'Bepaling', 'Uitslag', 'Status'],
        ['Wat', 'Neus (beide neusvleugels)', 'MRSA kweek', 'MRSA niet aangetoond', 'definitief'],
        ['Wat', 'Keel', 'MRSA kweek', 'MRSA niet aangetoond', 'definitief'],
        ['Wat', 'Perineum', 'MRSA kweek', 'MRSA niet aangetoond', 'definitief'],
        ['Ophoping', 'pool', 'PCR mecA/mecC + nuc', 'negatief', 'definitief'],
    ], s, colw=(20 * mm, 42 * mm, 36 * mm, 44 * mm, 24 * mm), grid=colors.HexColor('#9e9e9e')))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph('<b>Conclusie:</b> In de ingezonden materialen is geen meticilline-resistente <i>Staphylococcus '
                        'aureus</i> (MRSA) aangetoond. Eén negatieve screeningsserie; voor opname in een ziekenhuis kan '
                        'volgens het lokale protocol een tweede serie nodig zijn.', s.p))
    st.append(Spacer(1, 3 * mm))
    st.append(Paragraph('Gevalideerd door: dr. I. Schoutenbeek, arts-microbioloog, 05-11-2026', s.p))
    build_pdf(out(stem, 'pdf'), st, first, None, num, margins=(20 * mm, 20 * mm, 32 * mm, 18 * mm),
              title='26-MRS-118042')
    label(stem, kinds=['mrsa-screening'], date='2026-11-05', also_dates=['2026-11-02'], author='lab', language='nl',
          style='microbiology lab result, boxed two-block header, results grid',
          imaging_done='unmentioned', operated='unmentioned', treated_abroad='yes',
          notes='Lab result with three dates (sampling, receipt, final). Clinical info states admission in Turkey, '
                'so treated_abroad yes; the hand injury there is not said to have been operated.')


# ------------------------------------------------------------------ tf-006
def tf006():
    stem = 'tf-006'
    s = S('DVS', 9.5, justify=True)

    def first(c, d):
        logo_wave(c, 20 * mm, A4[1] - 22 * mm, '#0277bd')
        c.setFont('DVS-B', 13); c.setFillColor(colors.HexColor('#01579b'))
        c.drawString(46 * mm, A4[1] - 16 * mm, 'AZ Sint-Remigius')
        c.setFont('DVS', 8.5); c.setFillColor(colors.black)
        c.drawString(46 * mm, A4[1] - 21 * mm, 'campus Oostende \u2013 Dienst Orthopedie en Traumatologie')
        c.drawString(46 * mm, A4[1] - 25 * mm, 'Stuiverstraat 210, 8400 Oostende  \u2022  tel. +32 59 55 41 00  \u2022  RIZIV 1-71234-56-780')
        c.setFont('DVS', 7); c.setFillColor(colors.grey)
        c.drawCentredString(A4[0] / 2, 10 * mm, 'AZ Sint-Remigius vzw \u2013 ondernemingsnummer 0412.345.678 \u2013 Gelieve steeds het patiëntnummer te vermelden.')

    st = [Spacer(1, 4 * mm)]
    addr = Paragraph('Dokter H. Brouwer<br/>Huisartsenpraktijk Assendorp<br/>Assendorperstraat 120<br/>8012 DK Zwolle<br/>NEDERLAND', s.tight)
    st.append(Table([[Paragraph('Oostende, 28/07/2026<br/><br/>Ons ref.: ORT/PJV/26-31877<br/>Patiëntnr. 9088214', s.tight), addr]],
                    colWidths=(85 * mm, 80 * mm), style=[('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    st.append(Spacer(1, 10 * mm))
    st.append(Paragraph('<b>Betreft: mevrouw Ingrid HOOGEVEEN, \u00b0 14/02/1962</b><br/>Dorpsweg 7, 8051 AK Hattem (NL)', s.tight))
    st.append(Spacer(1, 6 * mm))
    st.append(Paragraph('Waarde collega,', s.p))
    st.append(Paragraph('Uw patiënte, op vakantie aan de kust, meldde zich op 19/07/2026 op onze dienst '
                        'spoedgevallen na een val op de rechterhand (uitgegleden op de dijk). Zij werd daar gezien door '
                        'dr. Lien Maes (spoedarts). Klinisch zwelling en drukpijn distale radius rechts, geen '
                        'neurovasculaire uitval.', s.p))
    st.append(Paragraph('<b>RX pols rechts F/P (19/07/2026):</b> niet-verplaatste extra-articulaire distale '
                        'radiusfractuur rechts, geen ulnaire styloïdfractuur. Ulnaire variant neutraal, normale volaire tilt.', s.p))
    st.append(Paragraph('Er werd een dorsale spalk aangelegd en patiënte werd doorverwezen naar onze raadpleging. '
                        'Op de raadpleging van 28/07/2026 werd een gesloten onderarmgips aangelegd. Controle-RX in gips: '
                        'stand behouden. Een chirurgische ingreep is niet nodig gebleken.', s.p))
    st.append(Paragraph('<b>Besluit</b>', s.tight))
    st.append(Paragraph('Niet-verplaatste distale radiusfractuur rechts, conservatief behandeld.', s.p))
    st.append(Paragraph('<b>Verdere aanpak</b>', s.tight))
    st.append(Paragraph('Gips in totaal 5 weken (tot ca. 23/08/2026). Verdere opvolging in Nederland: wij vragen u '
                        'een controle-RX na gipsverwijdering te regelen. Bij persisterende klachten of verlies van '
                        'mobiliteit is doorverwijzing naar een handchirurg aangewezen. Patiënte ontving een cd-rom met de '
                        'beelden en het verslag van de radiologie.', s.p))
    st.append(Paragraph('Medicatie: paracetamol 1 g max. 4x/dag; geen antistolling.', s.p))
    st.append(Spacer(1, 5 * mm))
    st.append(Paragraph('Met collegiale groeten,', s.p))
    st.append(Spacer(1, 10 * mm))
    st.append(Paragraph('Dr. Pieter-Jan Vanhoutte<br/>orthopedisch chirurg', s.tight))
    st.append(Spacer(1, 6 * mm))
    st.append(Paragraph('Kopie: patiënte', s.small))
    build_pdf(out(stem, 'pdf'), st, first, None, None, margins=(22 * mm, 22 * mm, 34 * mm, 20 * mm),
              title='Brief huisarts')
    label(stem, kinds=['correspondence'], date='2026-07-28', author='specialist', language='nl',
          style='Belgian hospital raadplegingsbrief (Flemish: spoedgevallen, Besluit, \u00b0 birth date, RIZIV)',
          imaging_done='yes', operated='no', treated_abroad='yes',
          notes='Dutch patient treated at Belgian ED and outpatient clinic during a holiday; explicit "niet nodig gebleken" '
                'surgery denial. Date in "Oostende, 28/07/2026" form; ED date 19/07 also present.')


# ------------------------------------------------------------------ tf-007
def tf007():
    stem = 'tf-007'
    s = S('LSans', 9.5)

    def first(c, d):
        c.setFillColor(colors.HexColor('#c62828')); c.rect(0, A4[1] - 8 * mm, A4[0], 8 * mm, stroke=0, fill=1)
        logo_ring(c, 27 * mm, A4[1] - 22 * mm, '#c62828', 6.5 * mm, 'M')
        c.setFillColor(colors.black); c.setFont('LSans-B', 13)
        c.drawString(37 * mm, A4[1] - 20 * mm, 'AZ Maasland')
        c.setFont('LSans', 8.5)
        c.drawString(37 * mm, A4[1] - 25 * mm, 'campus Genk \u2013 Handchirurgie \u2013 Synaps Park 3, 3600 Genk \u2013 +32 89 30 77 00')

    def num(c, p, n):
        c.setFont('LSans', 7.5); c.setFillColor(colors.grey)
        c.drawString(20 * mm, 9 * mm, 'Operatieverslag HERMANS Rob \u00b0 19/05/1983 \u2013 opname 260603-0412')
        c.drawRightString(A4[0] - 20 * mm, 9 * mm, f'{p}/{n}')

    st = [Paragraph('OPERATIEVERSLAG', s.h1)]
    st.append(kv([
        ('Patiënt', 'HERMANS Rob, \u00b0 19/05/1983, man'),
        ('Adres', 'Tongerseweg 311, 6213 GE Maastricht, Nederland'),
        ('Verzekering', 'buitenlandse patiënt \u2013 EHIC (NL)'),
        ('Datum ingreep', '03/06/2026'),
        ('Chirurg', 'Dr. Sofie Peeters'),
        ('Assistentie', 'Dr. Jens Claes (ASO orthopedie)'),
        ('Anesthesie', 'Algemene anesthesie + infraclaviculair blok (Dr. W. Thys)'),
        ('Pre-operatieve diagnose', 'Intra-articulaire verplaatste distale radiusfractuur links (AO 23-C2), '
                                    'na val met mountainbike in Lanaken op 01/06/2026'),
        ('Ingreep', 'Open repositie en interne fixatie (ORIF) distale radius links met volaire hoekstabiele plaat'),
    ], s, colw=(44 * mm, 124 * mm), label_style=s.smallb, grid=colors.HexColor('#cccccc'), pad=2))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph('<b>Verloop</b>', s.p))
    st.append(Paragraph('Rugligging, arm op armtafel, garrot 250 mmHg. Cefazoline 2 g i.v. Preoperatieve CT van 01/06 '
                        'besproken: dorsaal comminutief fragment, volair-ulnair hoekfragment. Volaire benadering volgens '
                        'Henry (FCR-schede). Pronator quadratus L-vormig ingesneden en opgelicht. Fractuur gereduceerd '
                        'onder doorlichting, tijdelijke fixatie met 2 K-draden. Plaatsing volaire hoekstabiele plaat '
                        '(2.4 mm, 3 gaten schacht), distaal 6 hoekstabiele schroeven, proximaal 3 corticale schroeven. '
                        'Controle onder beeldversterker in F, P en 23\u00b0-kantelopname: gewrichtsvlak congruent, geen '
                        'intra-articulaire schroef. DRUG stabiel. Pronator quadratus gereconstrueerd, subcutaan '
                        'Vicryl 3-0, huid agrafes. Garrottijd 71 minuten.', s.p))
    st.append(Paragraph('<b>Bevindingen / complicaties</b>', s.p))
    st.append(Paragraph('Geen peroperatieve complicaties. Bloedverlies minimaal.', s.p))
    st.append(Paragraph('<b>Postoperatief beleid</b>', s.p))
    st.append(Paragraph('Gipsspalk 10 dagen. Agrafes verwijderen dag 12-14 (huisarts in NL). Raadpleging + RX-controle '
                        'hier of bij de behandelend arts in Nederland na 2 weken. Vroege mobilisatie vingers. Geen '
                        'tromboseprofylaxe nodig. Ontslag dag 1 postoperatief voorzien.', s.p))
    st.append(Spacer(1, 6 * mm))
    st.append(Paragraph('Dr. Sofie Peeters, handchirurg \u2013 elektronisch gevalideerd 03/06/2026 17:02', s.i))
    build_pdf(out(stem, 'pdf'), st, first, None, num, margins=(20 * mm, 20 * mm, 34 * mm, 18 * mm),
              title='Operatieverslag')
    label(stem, kinds=['operation-report'], date='2026-06-03', author='specialist', language='nl',
          style='Belgian hospital operatieverslag form (Flemish, \u00b0 birth date, EHIC), bordered label table',
          imaging_done='yes', operated='yes', treated_abroad='yes',
          notes='Dutch patient (Maastricht) operated in a Belgian hospital; document itself from the foreign hospital. '
                'Accident date 01/06 and CT 01/06 also present.')


# ------------------------------------------------------------------ tf-008
def tf008():
    stem = 'tf-008'
    s = S('LSans', 9.5)

    def first(c, d):
        logo_leaf(c, 20 * mm, A4[1] - 26 * mm, '#1565c0', 12 * mm)
        c.setFont('LSans-B', 13); c.drawString(36 * mm, A4[1] - 17 * mm, 'Klinikum Niederrhein-Süd')
        c.setFont('LSans', 8.5)
        c.drawString(36 * mm, A4[1] - 21.5 * mm, 'Klinik für Hand-, Plastische und Rekonstruktive Chirurgie')
        c.drawString(36 * mm, A4[1] - 25.5 * mm, 'Chefarzt Prof. Dr. med. Jörg Albrecht-Lindner')
        text_lines(c, A4[0] - 20 * mm, A4[1] - 15 * mm,
                   ['Albersallee 40', '47533 Kleve', 'Tel. +49 2821 884-0', 'Sekretariat -4120'],
                   size=8, align='right')
        c.setFont('LSans', 6.5)
        c.drawString(22 * mm, A4[1] - 38 * mm, 'Klinikum Niederrhein-Süd \u00b7 Albersallee 40 \u00b7 47533 Kleve')

    def num(c, p, n):
        c.setFont('LSans', 7.5)
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, f'Seite {p} von {n}')
        if p > 1:
            c.drawString(22 * mm, A4[1] - 15 * mm, 'Rutgers, Daan, geb. 17.09.1984 \u2013 Entlassungsbrief vom 14.08.2026')

    st = [Spacer(1, 10 * mm)]
    st.append(Table([[Paragraph('Herrn<br/>Dr. med. (NL) W. Kuipers<br/>Huisartsenpraktijk Dukenburg<br/>'
                                'Meijhorst 60-11<br/>6537 KT Nijmegen<br/>NIEDERLANDE', s.tight),
                      Paragraph('Kleve, 14.08.2026<br/>Fall-Nr. 26081170<br/>Station H2', s.right)]],
                    colWidths=(100 * mm, 66 * mm), style=[('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    st.append(Spacer(1, 8 * mm))
    st.append(Paragraph('<b>Entlassungsbrief</b>', s.h2))
    st.append(Paragraph('Sehr geehrter Herr Kollege Kuipers,', s.p))
    st.append(Paragraph('wir berichten über Ihren Patienten <b>Herrn Daan Rutgers, geb. 17.09.1984</b>, wohnhaft in Nijmegen, '
                        'der sich vom <b>11.08.2026 bis 14.08.2026</b> in unserer stationären Behandlung befand.', s.p))
    st.append(Paragraph('Diagnosen', s.h3))
    st.append(Paragraph('- Phlegmone der Beugesehnenscheide D3 rechts (Kanavel-Zeichen 4/4) nach Katzenbiss am 09.08.2026<br/>'
                        '- Z.n. Tetanusauffrischung 2021<br/>- Nebenbefundlich: Nikotinabusus (ca. 10 py)', s.p))
    st.append(Paragraph('Anamnese', s.h3))
    st.append(Paragraph('Vorstellung über unsere Zentrale Notaufnahme am 11.08.2026. Der Patient war zu Besuch bei '
                        'Verwandten in Kleve und wurde am 09.08. von der Hauskatze in den rechten Mittelfinger gebissen. '
                        'Seither progrediente Schwellung, Rötung und Schmerzen, seit dem Vortag Fieber bis 38,6 °C.', s.p))
    st.append(Paragraph('Befunde', s.h3))
    st.append(Paragraph('Röntgen Hand rechts in 2 Ebenen (11.08.2026): kein Fremdkörper, keine ossäre Beteiligung. '
                        'Labor bei Aufnahme: CRP 94 mg/l, Leukozyten 14,2/nl. MRSA-Aufnahmescreening: negativ. '
                        'Mikrobiologie intraoperativ: <i>Pasteurella multocida</i>, sensibel auf Ampicillin/Sulbactam.', s.p))
    st.append(Paragraph('Operationsbericht', s.h3))
    st.append(kv([
        ('OP-Datum', '11.08.2026, 21:10 \u2013 21:58 Uhr'),
        ('Operateur', 'Dr. med. Katrin Oelmann, Oberärztin'),
        ('Assistenz', 'M. Yüksel, Assistenzarzt'),
        ('Anästhesie', 'Intubationsnarkose'),
        ('Eingriff', 'Eröffnung und Spülung der Beugesehnenscheide D3 rechts (Brunner-Zugang über A1 und '
                     'Inzision distal A5), Débridement der Bisswunden, Abstrichentnahme'),
    ], s, colw=(30 * mm, 134 * mm), label_style=s.bt, pad=1.5))
    st.append(Paragraph('Blutsperre 250 mmHg. Zick-Zack-Inzision über dem A1-Ringband D3, trübes Sekret aus der '
                        'Sehnenscheide, Abstrich. Zweite Inzision distal über A5. Einlage eines Katheters und Spülung '
                        'der Sehnenscheide mit 1000 ml NaCl 0,9 % bis klare Flüssigkeit austritt. Beugesehnen intakt, '
                        'keine Nekrosen. Débridement der zwei Bisswunden palmar über dem Mittelglied. Lockerer '
                        'Wundverschluss, Einlage von Laschen. Steriler Verband, palmare Gipsschiene in Intrinsic-plus-Stellung.', s.p))
    st.append(Paragraph('Verlauf', s.h3))
    st.append(Paragraph('Unter i.v.-Antibiose mit Ampicillin/Sulbactam 3 x 3 g rascher Rückgang der Entzündungszeichen, '
                        'CRP am 14.08. 21 mg/l. Laschenentfernung am 13.08.2026. Wunden reizlos. Beginn der aktiven '
                        'Beübung aus der Schiene heraus.', s.p))
    st.append(Paragraph('Medikation bei Entlassung', s.h3))
    st.append(Paragraph('Amoxicillin/Clavulansäure 875/125 mg 1-0-1 für weitere 7 Tage; Ibuprofen 600 mg bis 3 x tgl. bei Bedarf.', s.p))
    st.append(Paragraph('Procedere', s.h3))
    st.append(Paragraph('Weiterbehandlung in den Niederlanden. Wundkontrolle in 2\u20133 Tagen beim Hausarzt, '
                        'Fadenentfernung nach 12\u201314 Tagen. Handtherapie dringend empfohlen. Bei erneuter Rötung oder '
                        'Fieber umgehende Wiedervorstellung. AU bis 30.08.2026.', s.p))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph('Mit freundlichen kollegialen Grüßen', s.p))
    st.append(Spacer(1, 9 * mm))
    st.append(Table([[Paragraph('Prof. Dr. med. J. Albrecht-Lindner<br/>Chefarzt', s.tight),
                      Paragraph('Dr. med. K. Oelmann<br/>Oberärztin', s.tight),
                      Paragraph('M. Yüksel<br/>Assistenzarzt', s.tight)]], colWidths=(58 * mm, 54 * mm, 50 * mm)))
    build_pdf(out(stem, 'pdf'), st, first, None, num, margins=(22 * mm, 20 * mm, 34 * mm, 20 * mm),
              title='Entlassungsbrief')
    label(stem, kinds=['correspondence', 'operation-report'], date='2026-08-14', author='specialist', language='de',
          style='German Entlassungsbrief with embedded Operationsbericht section (date, surgeon, procedure, course)',
          imaging_done='yes', operated='yes', treated_abroad='yes',
          notes='Dutch patient admitted in a German hospital; discharge letter with a full OP section. '
                'Mentions a negative MRSA admission screening (mention only, not a lab result).')


# ------------------------------------------------------------------ tf-009
def tf009():
    stem = 'tf-009'
    s = S('DVC', 9.5)

    def first(c, d):
        logo_box_text(c, 20 * mm, A4[1] - 22 * mm, 'LK', '#455a64', 14 * mm, 10 * mm, 'DV-B', 15)
        c.setFont('DVC-B', 12); c.drawString(38 * mm, A4[1] - 15 * mm, 'Luisenklinik Aachen')
        c.setFont('DVC', 8.5)
        c.drawString(38 * mm, A4[1] - 19.5 * mm, 'Institut für Diagnostische und Interventionelle Radiologie')
        c.drawString(38 * mm, A4[1] - 23.5 * mm, 'Boxgraben 101 \u00b7 52064 Aachen \u00b7 Tel. +49 241 6006-3300')

    def num(c, p, n):
        c.setFont('DVC', 7)
        c.drawString(20 * mm, 10 * mm, 'Befund elektronisch freigegeben \u2013 gültig ohne Unterschrift')
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, f'Seite {p}/{n}')

    st = [Spacer(1, 2 * mm)]
    st.append(kv([
        ('Patient/in', 'Jansen, Femke, geb. 05.03.1995'),
        ('Anschrift', 'Akerstraat 90, 6411 HD Heerlen (NL)'),
        ('Zuweiser', 'Zentrale Notaufnahme, Luisenklinik'),
        ('Untersuchung', 'Röntgen Handgelenk links in 2 Ebenen + Kahnbeinserie (Stecher)'),
        ('Untersuchungsdatum', '21.02.2026, 23:48'),
        ('Befunddatum', '22.02.2026, 08:15'),
    ], s, colw=(36 * mm, 130 * mm), label_style=s.bt, pad=1.2))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph('<b>Rechtfertigende Indikation:</b> Sturz auf die ausgestreckte linke Hand (Karnevalsumzug), '
                        'Druckschmerz Tabatière und distaler Radius. Frage nach Fraktur.', s.p))
    st.append(Paragraph('<b>Befund:</b>', s.tight))
    st.append(Paragraph('Keine Voraufnahmen zum Vergleich. Regelrechte Artikulation im Radiokarpal- und Mediokarpalgelenk. '
                        'Kein Nachweis einer frischen Fraktur des distalen Radius oder der Ulna. Das Skaphoid in den '
                        'Spezialprojektionen ohne sicheren Frakturspalt, kortikale Konturen glatt. Skapholunärer Abstand '
                        'nicht erweitert (2 mm). Kein Gelenkerguss abgrenzbar, leichte Weichteilschwellung dorsoradial. '
                        'Keine röntgendichten Fremdkörper.', s.p))
    st.append(Paragraph('<b>Beurteilung:</b>', s.tight))
    st.append(Paragraph('Kein Frakturnachweis. Eine okkulte Skaphoidfraktur ist röntgenologisch nicht sicher auszuschließen; '
                        'bei persistierender klinischer Symptomatik empfehlen wir eine MRT oder CT in 10\u201314 Tagen.', s.p))
    st.append(Spacer(1, 6 * mm))
    st.append(Paragraph('Dr. med. K. Brandenburg, Oberarzt<br/>Befundung nach Erstsichtung durch Dr. med. S. Aydın (Assistenzärztin)', s.tight))
    build_pdf(out(stem, 'pdf'), st, first, None, num, margins=(20 * mm, 20 * mm, 30 * mm, 18 * mm),
              title='Befund Röntgen')
    label(stem, kinds=['imaging-report'], date='2026-02-22', also_dates=['2026-02-21'], author='radiologist',
          language='de', style='German hospital Röntgenbefund (Befund/Beurteilung), label/value header',
          imaging_done='yes', operated='unmentioned', treated_abroad='yes',
          notes='Dutch patient examined via the emergency department of a German hospital (Zuweiser: Zentrale Notaufnahme). '
                'Exam late on 21.02, report 22.02. MRI/CT only recommended.')


# ------------------------------------------------------------------ tf-010
def tf010():
    stem = 'tf-010'
    s = S('LSerif', 10.5)

    def first(c, d):
        logo_cross(c, A4[0] - 34 * mm, A4[1] - 27 * mm, '#d32f2f', 13 * mm)
        text_lines(c, 22 * mm, A4[1] - 15 * mm,
                   ['**Bergspital Lenzerheide', 'Chirurgie und Traumatologie', 'Voa Principala 44',
                    'CH-7078 Lenzerheide/Lai', 'Telefon +41 81 385 21 00'], font='LSerif', size=9)

    def num(c, p, n):
        c.setFont('LSerif', 8)
        c.drawCentredString(A4[0] / 2, 10 * mm, f'- {p} -')

    st = [Spacer(1, 14 * mm)]
    st.append(Table([[Paragraph('Frau Dr. med. (NL) C. Vrolijk<br/>Huisartsenpraktijk Lunetten<br/>Hondsrug 21<br/>3524 BN Utrecht<br/>Niederlande', s.tight),
                      Paragraph('Lenzerheide, 6. Februar 2026<br/>UC/lb', s.right)]],
                    colWidths=(100 * mm, 66 * mm), style=[('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    st.append(Spacer(1, 10 * mm))
    st.append(Paragraph('<b>Austrittsbericht</b>', s.h2))
    st.append(Paragraph('<b>Schouten Bram, 29.12.1971, Oudwijk 19, 3581 TH Utrecht (NL)</b><br/>Hospitalisation vom 02.02.2026 bis 05.02.2026', s.p))
    st.append(Paragraph('Sehr geehrte Frau Kollegin', s.p))
    st.append(Paragraph('Wir berichten Ihnen über den oben genannten Patienten, der sich nach einem Skiunfall bei uns in '
                        'stationärer Behandlung befand.', s.p))
    st.append(Paragraph('<b>Diagnosen</b>', s.tight))
    st.append(Paragraph('1. Undislozierte Skaphoidtaillenfraktur rechts (Herbert B2), Skisturz am 01.02.2026<br/>'
                        '&nbsp;&nbsp;&nbsp;- perkutane Schraubenosteosynthese am 03.02.2026<br/>'
                        '2. Kontusion Schulter rechts<br/>3. Arterielle Hypertonie, medikamentös eingestellt', s.p))
    st.append(Paragraph('<b>Anamnese und Verlauf</b>', s.tight))
    st.append(Paragraph('Der 54-jährige Patient stürzte am Nachmittag des 01.02.2026 auf der Piste auf die ausgestreckte rechte '
                        'Hand und stellte sich am Folgetag auf unserer Notfallstation vor. Konventionell-radiologisch '
                        'Verdacht auf Skaphoidfraktur, im CT des Handgelenks rechts vom 02.02.2026 Bestätigung einer '
                        'undislozierten Fraktur der Taille. Nach Aufklärung über konservative und operative Therapie '
                        'entschied sich der Patient als selbständiger Schreiner für die operative Versorgung, welche am '
                        '03.02.2026 komplikationslos mittels perkutaner Verschraubung von palmar erfolgte (Operationsbericht '
                        'liegt bei). Postoperativ regelrechte Implantatlage im Bildwandler. Schmerzen unter oraler Analgesie '
                        'gut kontrolliert. Austritt in gutem Allgemeinzustand am 05.02.2026 zur Heimreise in die Niederlande.', s.p))
    st.append(Paragraph('<b>Procedere</b>', s.tight))
    st.append(Paragraph('- Unterarmgipsschiene für 2 Wochen, danach Wundkontrolle und Fadenentfernung durch Sie<br/>'
                        '- Klinische und radiologische Verlaufskontrolle nach 6 Wochen beim Handchirurgen am Wohnort<br/>'
                        '- Thromboseprophylaxe nicht erforderlich<br/>'
                        '- Arbeitsunfähigkeit als Schreiner voraussichtlich 6\u20138 Wochen', s.p))
    st.append(Paragraph('<b>Medikamente bei Austritt</b>', s.tight))
    st.append(Paragraph('Paracetamol 1 g bis 4x täglich, Ibuprofen 400 mg bis 3x täglich, Amlodipin 5 mg 1-0-0 (vorbestehend)', s.p))
    st.append(Paragraph('Für Rückfragen stehen wir Ihnen gerne zur Verfügung.', s.p))
    st.append(Paragraph('Freundliche Grüsse', s.p))
    st.append(Spacer(1, 10 * mm))
    st.append(Table([[Paragraph('Dr. med. Ursina Caduff<br/>Leitende Ärztin Chirurgie', s.tight),
                      Paragraph('Luca Brunold<br/>Assistenzarzt', s.tight)]], colWidths=(85 * mm, 80 * mm)))
    st.append(Spacer(1, 6 * mm))
    st.append(Paragraph('Kopie: Patient', s.small))
    build_pdf(out(stem, 'pdf'), st, first, None, num, margins=(22 * mm, 22 * mm, 30 * mm, 20 * mm),
              title='Austrittsbericht')
    label(stem, kinds=['correspondence'], date='2026-02-06', author='specialist', language='de',
          style='Swiss Austrittsbericht (Spital, "Grüsse" without ß, Notfallstation), centred page number',
          imaging_done='yes', operated='yes', treated_abroad='yes',
          notes='Swiss hospital after ski accident; operation only summarised (date, type) without operator or '
                'description and the real OP report is only said to be enclosed, so not an operation report. '
                'Hospitalisation dates 02-05.02 near letter date.')


if __name__ == '__main__':
    for f in (tf001, tf002, tf003, tf004, tf005, tf006, tf007, tf008, tf009, tf010):
        f()
    print('pdf_a done')
