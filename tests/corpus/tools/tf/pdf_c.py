"""tf-021 .. tf-032, tf-039, tf-040: reportlab PDFs (non-kinds, forms, abroad, merged)."""
from common import *

BOX_ON = '\u2612'   # ballot box with X
BOX_OFF = '\u2610'


# ------------------------------------------------------------------ tf-021 hand therapy
def tf021():
    stem = 'tf-021'
    s = S('LSans', 9.5)

    def first(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor('#f9a825'))
        p = c.beginPath(); x, y = 20 * mm, A4[1] - 28 * mm
        p.moveTo(x, y); p.lineTo(x + 8 * mm, y + 14 * mm); p.lineTo(x + 16 * mm, y); p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(colors.black); c.setFont('LSans-B', 12)
        c.drawString(40 * mm, A4[1] - 18 * mm, 'Praktijk voor Handtherapie De Duim')
        c.setFont('LSans', 8.5)
        c.drawString(40 * mm, A4[1] - 22.5 * mm, 'Handtherapie \u2022 Ergotherapie \u2022 Spalktechniek')
        c.drawString(40 * mm, A4[1] - 26.5 * mm, 'Zijlweg 150, 2015 BH Haarlem \u2022 023-542 18 80 \u2022 info@handtherapie-deduim.nl')
        c.restoreState()

    def num(c, p, n):
        c.setFont('LSans', 7.5)
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, f'{p} / {n}')

    st = [Spacer(1, 4 * mm), Paragraph('Voortgangsverslag handtherapie', s.h1)]
    st.append(kv([('Cliënt', 'mw. Y. Pauwels, geb. 19-02-1974'), ('Verwijzer', 'dr. A.K. Tjin, plastisch chirurg, Ziekenhuis Spaarnewoude'),
                  ('Kopie', 'huisarts J. Koster, Haarlem-Noord'), ('Diagnose', 'Status na open carpaletunnelrelease rechts (12-05-2026)'),
                  ('Start behandeling', '26-05-2026'), ('Aantal behandelingen', '7'), ('Datum verslag', '30-06-2026')],
                 s, colw=(42 * mm, 126 * mm), label_style=s.bt, pad=1))
    st.append(Paragraph('Beloop', s.h2))
    st.append(Paragraph('Cliënte is 2 weken postoperatief gestart met littekenbehandeling, oedeemreductie en tendon- en '
                        'zenuwglijoefeningen. Het litteken was aanvankelijk verdikt en gevoelig (pillar pain). Na '
                        'siliconentape en littekenmassage nu soepel. Nachtelijke tintelingen zijn verdwenen; wel nog '
                        'pijn bij steunen op de handpalm en bij langdurig typen.', s.p))
    st.append(Paragraph('Metingen', s.h2))
    st.append(grid_table([
        ['Meting', '26-05-2026', '30-06-2026', 'Links (ref.)'],
        ['Extensie/flexie pols re', '45\u00b0 / 50\u00b0', '65\u00b0 / 70\u00b0', '75\u00b0 / 80\u00b0'],
        ['Knijpkracht Jamar II (kg)', '9', '19', '28'],
        ['Pincetgreep (kg)', '3', '5', '6'],
        ['Semmes-Weinstein dig 2', '3.61', '2.83', '2.83'],
        ['VAS pijn belasting (0-10)', '6', '3', '-'],
        ['QuickDASH', '61', '34', '-'],
    ], s, colw=(58 * mm, 34 * mm, 34 * mm, 34 * mm), grid=colors.HexColor('#bdbdbd')))
    st.append(Paragraph('Conclusie en plan', s.h2))
    st.append(Paragraph('Goed herstel van mobiliteit en sensibiliteit. Nog krachtsverlies en pillar pain. Plan: nog 3-4 '
                        'behandelingen, focus op krachtopbouw en belastbaarheid voor werk (administratief, 32 uur). '
                        'Geleidelijke werkhervatting in overleg met bedrijfsarts. Wij verwachten de behandeling eind juli '
                        'af te ronden.', s.p))
    st.append(Spacer(1, 6 * mm))
    st.append(Paragraph('Met vriendelijke groet,<br/><br/>Marieke de Waal, handtherapeut (ergotherapeut, CHT-NL)<br/>BIG/KP-registratie nvt', s.tight))
    build_pdf(out(stem, 'pdf'), st, first, None, num, margins=(20 * mm, 20 * mm, 34 * mm, 18 * mm), title='Voortgangsverslag')
    label(stem, kinds=[], date='2026-06-30', author='other', language='nl',
          style='hand therapy progress report, measurement table',
          imaging_done='unmentioned', operated='yes', treated_abroad='unmentioned',
          notes='Allied health report; not correspondence from a specialist. Says patient is status after carpal tunnel release.')


# ------------------------------------------------------------------ tf-022 pharmacy
def tf022():
    stem = 'tf-022'
    s = S('DVC', 8.5)

    def first(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor('#2e7d32'))
        c.rect(15 * mm, A4[1] - 24 * mm, 5 * mm, 14 * mm, stroke=0, fill=1)
        c.rect(10.5 * mm, A4[1] - 19.5 * mm, 14 * mm, 5 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black); c.setFont('DVC-B', 12)
        c.drawString(30 * mm, A4[1] - 15 * mm, 'Apotheek Lasonder-Oost')
        c.setFont('DVC', 8)
        c.drawString(30 * mm, A4[1] - 19 * mm, 'Lasondersingel 201, 7514 BS Enschede  |  053-430 55 10  |  apotheker: drs. T.J. Nijenhuis')
        c.restoreState()

    def num(c, p, n):
        c.setFont('DVC', 7)
        c.drawString(15 * mm, 9 * mm, 'Medicatieoverzicht gegenereerd 28-10-2026 10:14 \u2013 controleer altijd met de patiënt. Gegevens volgens LSP-aansluiting.')
        c.drawRightString(A4[0] - 15 * mm, 9 * mm, f'blad {p}/{n}')

    st = [Paragraph('Actueel medicatieoverzicht', s.h1)]
    st.append(kv([('Patiënt', 'dhr. G. Nijhof'), ('Geboortedatum', '07-04-1949'), ('Adres', 'Hengelosestraat 512, 7521 AM Enschede'),
                  ('Huisarts', 'dr. P.H. Kamphuis, Enschede'), ('Gewicht/lengte', '84 kg / 1,78 m (12-2025)'),
                  ('Nierfunctie', 'eGFR 54 ml/min (09-2026)')], s, colw=(30 * mm, 120 * mm), label_style=s.bt, pad=0.5))
    st.append(Spacer(1, 3 * mm))
    st.append(grid_table([
        ['Startdatum', 'Geneesmiddel', 'Gebruik', 'Voorschrijver', 'Laatste afl.'],
        ['03-02-2014', 'ACENOCOUMAROL 1 MG TABLET', 'volgens schema trombosedienst', 'cardioloog R. Dijkman', '14-10-2026'],
        ['03-02-2014', 'METOPROLOLSUCCINAAT 47,5 MG TABLET MGA', '1x per dag 1 tablet', 'cardioloog R. Dijkman', '14-10-2026'],
        ['22-08-2019', 'ATORVASTATINE 20 MG TABLET', '1x per dag 1 tablet \u2019s avonds', 'huisarts P.H. Kamphuis', '14-10-2026'],
        ['22-08-2019', 'FUROSEMIDE 40 MG TABLET', '1x per dag 1 tablet', 'huisarts P.H. Kamphuis', '14-10-2026'],
        ['11-06-2026', 'PARACETAMOL 500 MG TABLET', '3x per dag 2 tabletten zo nodig', 'huisarts P.H. Kamphuis', '02-10-2026'],
        ['11-06-2026', 'DICLOFENAC GEL 1%', '3x per dag dun aanbrengen op pols', 'huisarts P.H. Kamphuis', '11-06-2026'],
        ['18-09-2026', 'TRAMADOL 50 MG CAPSULE', 'zo nodig 1 capsule, max 3x per dag', 'orthopeed K. Zandbergen', '18-09-2026'],
    ], s, colw=(19 * mm, 56 * mm, 44 * mm, 40 * mm, 19 * mm), grid=colors.HexColor('#9e9e9e')))
    st.append(Spacer(1, 3 * mm))
    st.append(Paragraph('Gestopt (laatste 6 maanden)', s.h3))
    st.append(grid_table([
        ['Periode', 'Geneesmiddel', 'Reden stoppen'],
        ['11-06-2026 \u2013 25-06-2026', 'NAPROXEN 250 MG TABLET', 'interactie acenocoumarol, bloedneus (melding huisarts)'],
        ['02-04-2026 \u2013 30-04-2026', 'AMOXICILLINE 500 MG CAPSULE', 'kuur afgerond'],
    ], s, colw=(42 * mm, 56 * mm, 80 * mm), grid=colors.HexColor('#9e9e9e')))
    st.append(Spacer(1, 3 * mm))
    st.append(Paragraph('Overgevoeligheden / contra-indicaties', s.h3))
    st.append(Paragraph('- Allergie: penicillines? NEE (amoxicilline 2026 goed verdragen; vermelding 2011 vervallen)<br/>'
                        '- Contra-indicatie: hartfalen; verminderde nierfunctie (eGFR 30-60)<br/>'
                        '- Intolerantie: codeïne (obstipatie)', s.p))
    st.append(Paragraph('Let op bij ingreep: gebruikt cumarinederivaat, overleg trombosedienst Twente.', s.b))
    build_pdf(out(stem, 'pdf'), st, first, None, num, margins=(15 * mm, 15 * mm, 28 * mm, 16 * mm), title='Medicatieoverzicht')
    label(stem, kinds=[], date='2026-10-28', author='other', language='nl',
          style='pharmacy medication overview (apotheek), dense tables with prescriber column',
          imaging_done='unmentioned', operated='unmentioned', treated_abroad='unmentioned',
          notes='Medication overview; mentions an orthopaedic prescriber and "ingreep" only as a caution (no operation stated).')


# ------------------------------------------------------------------ tf-023 NHS admission letter
def tf023():
    stem = 'tf-023'
    s = S('LSans', 10.5)

    def first(c, d):
        logo_box_text(c, A4[0] - 42 * mm, A4[1] - 20 * mm)
        text_lines(c, A4[0] - 20 * mm, A4[1] - 25 * mm, ['**Severnside University Hospitals', '**NHS Trust',
                                                          'Thornleigh Day Surgery Centre', 'Bramley Way, Severnside SV3 8QA',
                                                          'Admissions: 01632 960 772'], size=8.5, align='right')

    st = [Spacer(1, 28 * mm),
          Paragraph('Mr Erik de Vries<br/>Flat 3, 17 Kingfisher Court<br/>Severnside<br/>SV2 4JD', s.tight),
          Spacer(1, 8 * mm),
          Table([[Paragraph('Our ref: ADM/DS/44017', s.tight), Paragraph('Date: 19 August 2026', s.right)]],
                colWidths=(85 * mm, 80 * mm)),
          Paragraph('Hospital No: S3390114 &nbsp;&nbsp; NHS No: 999 518 6602 &nbsp;&nbsp; DOB: 21/08/1976', s.small),
          Spacer(1, 6 * mm),
          Paragraph('Dear Mr de Vries', s.p),
          Paragraph('<b>Admission for surgery</b>', s.p),
          Paragraph('Following your outpatient appointment with Ms Claire Whitfield\u2019s team on 4 August 2026, I am '
                    'pleased to confirm the following arrangements for your operation:', s.p),
          kv([('Procedure', 'Right carpal tunnel decompression (day case, local anaesthetic)'),
              ('Date of admission', 'Tuesday 22 September 2026'),
              ('Time to arrive', '07:30'),
              ('Where', 'Thornleigh Day Surgery Centre, Level 1 reception'),
              ('Consultant', 'Ms C. Whitfield'),
              ('Pre-operative assessment', 'Tuesday 8 September 2026 at 10:15 (nurse-led, including MRSA swabs)')],
             s, colw=(48 * mm, 118 * mm), label_style=s.bt, pad=1.5),
          Spacer(1, 4 * mm),
          Paragraph('As you are having a local anaesthetic you may eat and drink normally. Please take your usual '
                    'medicines unless you have been told otherwise at your pre-operative assessment. Remove rings and '
                    'nail varnish from the right hand before you come in. You will need someone to drive you home.', s.p),
          Paragraph('If you can no longer attend, or no longer wish to have the operation (for example because you are '
                    'moving abroad), please telephone the admissions office as soon as possible so that we can offer '
                    'the date to another patient.', s.p),
          Paragraph('Yours sincerely', s.p), Spacer(1, 8 * mm),
          Paragraph('Sharon Pike<br/>Admissions Coordinator, Day Surgery', s.tight),
          Spacer(1, 8 * mm),
          Paragraph('cc: GP \u2013 Dr L. Ahmed, Riverside Medical Practice', s.small)]
    build_pdf(out(stem, 'pdf'), st, first, None, None, margins=(22 * mm, 22 * mm, 22 * mm, 20 * mm), title='Admission letter')
    label(stem, kinds=[], date='2026-08-19', author='other', language='en',
          style='NHS admission/TCI letter to patient, booking table',
          imaging_done='unmentioned', operated='unmentioned', treated_abroad='yes',
          notes='Admission letter for a planned operation (not an operation). Written by a UK hospital after an outpatient '
                'appointment there: labelled treated_abroad yes (outpatient care at a foreign hospital) - unsure. '
                'DOB 21/08 two days after letter date; MRSA swabs only planned.')


# ------------------------------------------------------------------ tf-024 wound culture
def tf024():
    stem = 'tf-024'
    s = S('LMono', 8.5)
    st_ = S('LSans', 9)

    def first(c, d):
        logo_circles(c, 22 * mm, A4[1] - 18 * mm, '#7b1f45', '#d48aa8', 5 * mm)
        c.setFont('LSans-B', 11); c.drawString(36 * mm, A4[1] - 16 * mm, 'Rijnoever Ziekenhuis \u2013 Laboratorium Medische Microbiologie')
        c.setFont('LSans', 8); c.drawString(36 * mm, A4[1] - 20 * mm, 'Postbus 9012, 6800 GB Arnhem  \u2013  lab 026-388 71 40')

    txt = """KWEEKUITSLAG                                       EINDUITSLAG
--------------------------------------------------------------------------
Patient    : Lammers, R.J. (M)        Geb.: 02-08-1981     Pat.nr: 4519003
Aanvrager  : dr. E.J. Terlouw, Plastische chirurgie (poli)
Labnr      : 26-W-774310
Materiaal  : Wondswab, volair litteken pols rechts
Afname     : 11-08-2026 11:05      Ontvangst: 11-08-2026 13:40
Uitslag    : 14-08-2026 10:22
Klin. geg. : wondinfectie 10 dagen na ORIF distale radius re (31-07-2026),
             roodheid, pus uit wondhoek. Start flucloxacilline 11-08.
--------------------------------------------------------------------------
Grampreparaat : matig leukocyten, matig grampositieve kokken in clusters

Kweek         : 1. Staphylococcus aureus            ++ (matig)
                2. huidflora                         +  (weinig)

Gevoeligheid  Staphylococcus aureus
                flucloxacilline          S
                cefoxitine-screen        neg   (geen MRSA)
                clindamycine             S
                erytromycine             R     (ind. clindamycine-test neg)
                doxycycline              S
                co-trimoxazol            S
                rifampicine              S   (alleen in combinatie)
                fusidinezuur             S

Commentaar    : Geen meticilline-resistentie aangetoond. Flucloxacilline
                is middel van keuze. Bij osteosynthesemateriaal in situ
                overweeg overleg infectioloog (consult bijgevoegd in EPD).
--------------------------------------------------------------------------
Geautoriseerd : dr. A.F. Nijland, arts-microbioloog   14-08-2026"""
    st = [Preformatted(txt, s.mono)]
    build_pdf(out(stem, 'pdf'), st, first, None, None, margins=(20 * mm, 15 * mm, 28 * mm, 16 * mm), title='Kweekuitslag')
    label(stem, kinds=[], date='2026-08-14', also_dates=['2026-08-11'], author='lab', language='nl',
          style='microbiology wound culture printout (monospace, susceptibility table)',
          imaging_done='unmentioned', operated='yes', treated_abroad='unmentioned',
          notes='Wound culture with S. aureus and "geen MRSA" in the susceptibility section: a culture result but NOT an '
                'MRSA screening. Clinical data state ORIF distal radius 31-07-2026.')


# ------------------------------------------------------------------ tf-025 insurer
def tf025():
    stem = 'tf-025'
    s = S('LSans', 10)

    def first(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor('#e65100'))
        c.circle(A4[0] - 30 * mm, A4[1] - 20 * mm, 8 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white); c.setFont('LSans-B', 11)
        c.drawCentredString(A4[0] - 30 * mm, A4[1] - 21.5 * mm, 'ZS')
        c.setFillColor(colors.HexColor('#e65100')); c.setFont('LSans-B', 13)
        c.drawString(22 * mm, A4[1] - 18 * mm, 'ZorgSamen Verzekeringen')
        c.setFillColor(colors.black); c.setFont('LSans', 7.5)
        c.drawString(22 * mm, 14 * mm, 'ZorgSamen Verzekeringen N.V. \u2022 Postbus 4400, 3006 AK Rotterdam \u2022 KvK 00000000 \u2022 Telefoon 010-303 44 00 (werkdagen 8-20 uur)')
        c.restoreState()

    st = [Spacer(1, 14 * mm),
          Paragraph('Mevrouw M.C. Brinkhorst<br/>Ridderstraat 41<br/>2011 TR Haarlem', s.tight), Spacer(1, 10 * mm),
          kv([('Datum', '2 oktober 2026'), ('Relatienummer', '774120093'), ('Ons kenmerk', 'ZA/2026/0919-338'),
              ('Onderwerp', 'Uw vraag over vergoeding second opinion')], s, colw=(34 * mm, 100 * mm), label_style=s.small, pad=0.5),
          Spacer(1, 8 * mm),
          Paragraph('Beste mevrouw Brinkhorst,', s.p),
          Paragraph('U belde ons op 28 september 2026 met de vraag of een second opinion bij een handchirurg wordt vergoed. '
                    'Graag zetten wij de voorwaarden voor u op een rij.', s.p),
          Paragraph('<b>Wat vergoeden wij?</b><br/>Een second opinion valt onder de basisverzekering als medisch-specialistische '
                    'zorg. U heeft hiervoor een verwijzing nodig van uw huisarts of van uw behandelend medisch specialist. '
                    'De second opinion moet gaan over een diagnose of behandeling die u al heeft gehad of die is voorgesteld, '
                    'en de tweede specialist moet hetzelfde specialisme hebben als uw eerste behandelaar.', s.p),
          Paragraph('<b>Eigen risico</b><br/>Voor deze zorg betaalt u eigen risico. Van uw verplicht eigen risico 2026 '
                    '(\u20ac 385) is op dit moment \u20ac 385 verbruikt.', s.p),
          Paragraph('<b>Gecontracteerde zorgaanbieder</b><br/>Handcentrum Vijverhof heeft een contract met ons. U krijgt de '
                    'kosten daarom volledig vergoed (na eigen risico). De kliniek declareert rechtstreeks bij ons.', s.p),
          Paragraph('Heeft u nog vragen? Kijk op onze website of bel ons gerust.', s.p),
          Paragraph('Met vriendelijke groet,', s.p), Spacer(1, 6 * mm),
          Paragraph('Anouk Verbeek<br/>Zorgadviseur', s.tight)]
    build_pdf(out(stem, 'pdf'), st, first, None, None, margins=(22 * mm, 22 * mm, 30 * mm, 24 * mm), title='Brief')
    label(stem, kinds=[], date='2026-10-02', author='other', language='nl',
          style='health insurer letter to patient about second-opinion reimbursement',
          imaging_done='unmentioned', operated='unmentioned', treated_abroad='unmentioned',
          notes='Insurer letter full of referral/second-opinion vocabulary but no clinical content; not a referral.')


# ------------------------------------------------------------------ tf-026 appointment confirmation
def tf026():
    stem = 'tf-026'
    s = S('DV', 9.5)

    def first(c, d):
        logo_ring(c, 28 * mm, A4[1] - 20 * mm, '#1a237e', 8 * mm, 'V')
        c.setFont('DVS-B', 14); c.setFillColor(colors.HexColor('#1a237e'))
        c.drawString(40 * mm, A4[1] - 19 * mm, 'Handcentrum Vijverhof')
        c.setFont('DV', 8); c.setFillColor(colors.black)
        c.drawString(40 * mm, A4[1] - 23.5 * mm, 'Hand- en polschirurgie \u2022 Second opinion \u2022 Handtherapie')
        c.drawString(22 * mm, 12 * mm, 'Vijverhoflaan 2, 3818 LE Amersfoort  |  Postbus 1280, 3800 BG Amersfoort  |  033-461 92 00  |  planning@vijverhof-hand.nl')

    st = [Spacer(1, 14 * mm),
          Paragraph('De heer J.P.M. Verhoeven<br/>Kerkstraat 19<br/>6651 CV Druten', s.tight), Spacer(1, 10 * mm),
          Paragraph('Amersfoort, 20 november 2026', s.p),
          Paragraph('Patiëntnummer: V-26-08821 &nbsp;&nbsp; Geboortedatum: 12-12-1952', s.small), Spacer(1, 4 * mm),
          Paragraph('<b>Bevestiging van uw afspraak</b>', s.p),
          Paragraph('Geachte heer Verhoeven,', s.p),
          Paragraph('Wij hebben uw verwijzing ontvangen. Hierbij bevestigen wij uw afspraak:', s.p),
          kv([('Datum', 'dinsdag 8 december 2026'), ('Tijd', '10:40 uur (graag 10 minuten eerder aanwezig)'),
              ('Bij', 'dr. N. Ravesteijn, plastisch chirurg / handchirurg'), ('Soort afspraak', 'Eerste consult (intake)'),
              ('Locatie', 'Vijverhoflaan 2, polikliniek B, 1e etage')], s, colw=(34 * mm, 120 * mm), label_style=s.bt,
             box=colors.HexColor('#1a237e'), pad=2),
          Spacer(1, 5 * mm),
          Paragraph('<b>Neem mee</b>', s.tight),
          Paragraph('- uw identiteitsbewijs en zorgpas<br/>- een actueel medicatieoverzicht van uw apotheek<br/>'
                    '- eventuele foto\u2019s of scans op cd (als die elders gemaakt zijn)<br/>'
                    '- bent u in de afgelopen twee maanden opgenomen geweest in een ziekenhuis in het buitenland? Dan '
                    'heeft u een recente MRSA-kweekuitslag nodig; neem contact met ons op.', s.p),
          Paragraph('Bent u verhinderd? Geef dit dan uiterlijk 48 uur van tevoren door. Bij niet tijdig afmelden kunnen '
                    'wij kosten in rekening brengen.', s.p),
          Paragraph('Met vriendelijke groet,', s.p), Spacer(1, 4 * mm),
          Paragraph('Afdeling Planning<br/>Handcentrum Vijverhof', s.tight)]
    build_pdf(out(stem, 'pdf'), st, first, None, None, margins=(22 * mm, 22 * mm, 30 * mm, 22 * mm), title='Afspraakbevestiging')
    label(stem, kinds=[], date='2026-11-20', author='other', language='nl',
          style='clinic appointment confirmation letter to patient, boxed appointment table',
          imaging_done='unmentioned', operated='unmentioned', treated_abroad='unmentioned',
          notes='Mentions verwijzing, scans, MRSA-kweek and foreign hospital only as generic instructions (conditional).')


# ------------------------------------------------------------------ tf-027 German radiology request form
def tf027():
    stem = 'tf-027'
    s = S('DVC', 8.5)
    red = colors.HexColor('#c62828')

    def first(c, d):
        c.saveState()
        c.setStrokeColor(red); c.setLineWidth(1)
        c.rect(14 * mm, 14 * mm, A4[0] - 28 * mm, A4[1] - 28 * mm)
        c.setFillColor(red); c.setFont('LSans-B', 12)
        c.drawString(18 * mm, A4[1] - 22 * mm, 'Anforderungsschein Radiologie / Überweisung Bildgebung')
        c.setFont('LSans', 7.5)
        c.drawString(18 * mm, A4[1] - 26 * mm, 'Bitte vollständig ausfüllen \u2013 ohne rechtfertigende Indikation keine Untersuchung (StrlSchG)')
        c.restoreState()

    cb = lambda on: BOX_ON if on else BOX_OFF
    st = []
    st.append(kv([
        ('Versicherte/r', 'Terhorst, Anja \u2013 geb. 06.11.1990'),
        ('Anschrift', 'Enscheder Str. 77, 48599 Gronau (Westf.)'),
        ('Kostenträger', 'BKK Westmünsterland-Ost \u2013 Vers.-Nr. T448120931'),
        ('Überweisende Praxis', 'Dr. med. Henrike Vossberg, Fachärztin für Allgemeinmedizin, Neustr. 12, 48599 Gronau, BSNR 381122300'),
        ('An', 'Radiologie \u2013 Ziekenhuis Twentepoort, Enschede (NL) \u2013 Grenzüberschreitende Versorgung'),
        ('Datum', '14.09.2026'),
    ], s, colw=(36 * mm, 140 * mm), label_style=s.bt, grid=colors.HexColor('#e0a0a0'), pad=2))
    st.append(Spacer(1, 3 * mm))
    st.append(Paragraph('<b>Untersuchungsart</b>', s.tight))
    st.append(Table([[Paragraph(f'{cb(0)} Röntgen', s.tight), Paragraph(f'{cb(0)} Sonographie', s.tight),
                      Paragraph(f'{cb(0)} CT', s.tight), Paragraph(f'{cb(1)} MRT', s.tight),
                      Paragraph(f'{cb(0)} Szintigraphie', s.tight)]], colWidths=(35 * mm,) * 5))
    st.append(Paragraph('<b>Region / Seite</b>', s.tight))
    st.append(Table([[Paragraph(f'{cb(1)} Handgelenk', s.tight), Paragraph(f'{cb(0)} Hand', s.tight),
                      Paragraph(f'{cb(0)} Finger', s.tight), Paragraph(f'{cb(1)} rechts', s.tight),
                      Paragraph(f'{cb(0)} links', s.tight)]], colWidths=(35 * mm,) * 5))
    st.append(Table([[Paragraph(f'{cb(0)} mit KM', s.tight), Paragraph(f'{cb(1)} ohne KM', s.tight),
                      Paragraph(f'{cb(0)} Arthro-MRT', s.tight), Paragraph('', s.tight), Paragraph('', s.tight)]],
                    colWidths=(35 * mm,) * 5))
    st.append(Spacer(1, 3 * mm))
    st.append(kv([
        ('Klinische Angaben', 'Seit 5 Monaten ulnarseitige Handgelenksschmerzen re. nach Sturz beim Volleyball. Druckschmerz '
                              'Fovea, Supinationsschmerz. Schiene 6 Wo ohne Besserung.'),
        ('Fragestellung', 'TFCC-Läsion? Ulnokarpales Impaktionssyndrom? Okkulte Fraktur?'),
        ('Voruntersuchungen', f'{cb(0)} ja (bitte beifügen) &nbsp; {cb(1)} nein'),
        ('Voroperationen Region', f'{cb(0)} ja &nbsp; {cb(1)} nein'),
        ('Schwangerschaft', f'{cb(0)} ja &nbsp; {cb(1)} nein &nbsp; {cb(0)} unbekannt'),
        ('Kreatinin / Allergie KM', 'entfällt (ohne KM) / keine bekannt'),
        ('Herzschrittmacher / Implantate', f'{cb(0)} ja &nbsp; {cb(1)} nein'),
        ('Dringlichkeit', f'{cb(1)} normal &nbsp; {cb(0)} dringlich &nbsp; {cb(0)} Notfall'),
    ], s, colw=(44 * mm, 132 * mm), label_style=s.bt, grid=colors.HexColor('#e0a0a0'), pad=2))
    st.append(Spacer(1, 10 * mm))
    st.append(Table([[Paragraph('Gronau, 14.09.2026', s.tight),
                      Paragraph('<i>H. Vossberg</i><br/>__________________________<br/>Stempel / Unterschrift Ärztin', s.tight)]],
                    colWidths=(80 * mm, 90 * mm)))
    build_pdf(out(stem, 'pdf'), st, first, None, None, margins=(18 * mm, 18 * mm, 32 * mm, 20 * mm), title='Anforderung')
    label(stem, kinds=[], date='2026-09-14', author='gp', language='de',
          style='German radiology request form with ticked boxes (Anforderungsschein), red-bordered',
          imaging_done='no', operated='no', treated_abroad='unmentioned',
          notes='Request form only: MRI is requested, not done; "Voruntersuchungen: nein" ticked = no earlier imaging, '
                'so imaging_done no (unsure: the requested MRI will happen later). '
                '"Voroperationen Region: nein" ticked = operated no. Birth date 06.11 vs form date 14.09.')


# ------------------------------------------------------------------ tf-028 consent form
def tf028():
    stem = 'tf-028'
    s = S('LSans', 9.5)
    hand = ParagraphStyle('hand', parent=s.tight, fontName='LSerif-I', fontSize=11.5, textColor=colors.HexColor('#1a237e'))

    def first(c, d):
        logo_ring(c, 26 * mm, A4[1] - 18 * mm, '#1a237e', 6 * mm, 'V')
        c.setFont('DVS-B', 11); c.drawString(36 * mm, A4[1] - 17 * mm, 'Handcentrum Vijverhof')
        c.setFont('DV', 7.5); c.drawString(36 * mm, A4[1] - 21 * mm, 'formulier F-SO-04 versie 2025-1')

    H = lambda t: Paragraph(t, hand)
    st = [Paragraph('Machtiging opvragen medische gegevens', s.h1),
          Paragraph('Met dit formulier geeft u ons toestemming om uw medische gegevens op te vragen bij andere '
                    'zorgverleners, ook in het buitenland. Wij gebruiken deze gegevens alleen voor uw second opinion.', s.p)]
    rows = [('Achternaam', H('Rademaker')), ('Voorletters / voornaam', H('C.J. (Carla)')),
            ('Geboortedatum', H('16 - 11 - 1968')), ('Adres', H('Meidoornstraat 14, 3811 PK Amersfoort')),
            ('Telefoon / e-mail', H('06 2288 4170  c.rademaker@mailbox.example'))]
    st.append(kv(rows, s, colw=(48 * mm, 120 * mm), label_style=s.bt, grid=colors.HexColor('#9e9e9e'), pad=3))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph('<b>Ik geef toestemming om gegevens op te vragen bij:</b>', s.p))
    st.append(kv([
        (f'{BOX_ON}', Table([[Paragraph('Zorgverlener / ziekenhuis:', s.tight), H('Hospital Costa Serena, Málaga (Spanje)')],
                             [Paragraph('Afdeling / arts:', s.tight), H('Traumatología, dr. Ruiz Almagro')],
                             [Paragraph('Periode / reden:', s.tight), H('14 t/m 17 juli 2026 opgenomen, polsbreuk links geopereerd (plaatje)')]],
                            colWidths=(40 * mm, 112 * mm))),
        (f'{BOX_ON}', Table([[Paragraph('Zorgverlener / ziekenhuis:', s.tight), H('Ziekenhuis Eemzicht Amersfoort')],
                             [Paragraph('Afdeling / arts:', s.tight), H('gipskamer / orthopedie')],
                             [Paragraph('Periode / reden:', s.tight), H('controles + röntgenfoto\u2019s na terugkomst, aug-okt 2026')]],
                            colWidths=(40 * mm, 112 * mm))),
        (f'{BOX_OFF}', Table([[Paragraph('Zorgverlener / ziekenhuis:', s.tight), Paragraph('', s.tight)]], colWidths=(40 * mm, 112 * mm))),
    ], s, colw=(10 * mm, 158 * mm), label_style=ParagraphStyle('cbx', parent=s.tight, fontName='DV', fontSize=12),
        grid=colors.HexColor('#9e9e9e'), pad=2))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph('<b>Welke gegevens?</b>', s.tight))
    st.append(Paragraph(f'{BOX_ON} brieven / ontslagbrief &nbsp;&nbsp; {BOX_ON} operatieverslag &nbsp;&nbsp; {BOX_ON} '
                        f'röntgenfoto\u2019s en verslagen &nbsp;&nbsp; {BOX_OFF} laboratoriumuitslagen &nbsp;&nbsp; {BOX_OFF} anders: ____',
                        ParagraphStyle('x', parent=s.p, fontName='DV')))
    st.append(Spacer(1, 3 * mm))
    st.append(Paragraph('Ik begrijp dat deze machtiging geldig is tot het einde van het second-opiniontraject en dat ik '
                        'haar altijd kan intrekken.', s.p))
    st.append(Spacer(1, 6 * mm))
    st.append(Table([[Paragraph('Datum:', s.tight), H('16-11-2026'), Paragraph('Handtekening:', s.tight), H('C. Rademaker')]],
                    colWidths=(18 * mm, 45 * mm, 28 * mm, 70 * mm),
                    style=[('LINEBELOW', (1, 0), (1, 0), 0.5, colors.black), ('LINEBELOW', (3, 0), (3, 0), 0.5, colors.black)]))
    build_pdf(out(stem, 'pdf'), st, first, None, None, margins=(20 * mm, 20 * mm, 28 * mm, 20 * mm), title='Machtiging')
    label(stem, kinds=[], date='2026-11-16', author='patient', language='nl',
          style='clinic consent/authorisation form filled in by the patient (handwriting-like font, ticked boxes)',
          imaging_done='yes', operated='yes', treated_abroad='yes',
          notes='Consent form; the patient\'s entries state admission and wrist operation in a Spanish hospital and X-rays. '
                'Birth date 16-11-1968 equals signing date day/month. X-rays stated in the patient\'s entry for the Dutch hospital.')


# ------------------------------------------------------------------ tf-029 Austrian merged
def tf029():
    stem = 'tf-029'
    parts = []
    s = S('LSans', 9.5)

    def hdr(c, d):
        logo_cross(c, 20 * mm, A4[1] - 26 * mm, '#c62828', 12 * mm)
        c.setFont('LSans-B', 12); c.drawString(36 * mm, A4[1] - 17 * mm, 'Unfallambulanz & Sanatorium Gerlosblick')
        c.setFont('LSans', 8.5)
        c.drawString(36 * mm, A4[1] - 21.5 * mm, 'Unfallchirurgie \u2013 Dorfplatz 3, A-6280 Zell am Ziller \u2013 Tel. +43 5282 4700')
        c.drawString(36 * mm, A4[1] - 25.5 * mm, 'Ärztlicher Leiter: Prim. Dr. Georg Haidacher')

    p1 = scratch('tf029_1.pdf'); parts.append(p1)
    st = [Spacer(1, 4 * mm),
          Table([[Paragraph('An den weiterbehandelnden Arzt /<br/>Huisarts in den Niederlanden<br/>(über den Patienten)', s.tight),
                  Paragraph('Zell am Ziller, am 27. Jänner 2026<br/>Amb.-Nr. 2026/00417', s.right)]],
                colWidths=(95 * mm, 72 * mm), style=[('VALIGN', (0, 0), (-1, -1), 'TOP')]),
          Spacer(1, 6 * mm), Paragraph('<b>Ambulanzbrief / Arztbrief</b>', s.h2),
          Paragraph('<b>Patient:</b> Bakker Sem, geb. 02.02.2004, wh. Rijnkade 4, 3511 LC Utrecht (NL) \u2013 Urlaubsgast, EKVK vorgelegt', s.p)]
    for h, t in [
        ('Anamnese', 'Sturz beim Snowboarden heute gegen 11 Uhr (Skigebiet Gerlos) auf die ausgestreckte linke Hand. '
                     'Kein Kopfanprall. Rechtshänder.'),
        ('Status', 'Fourchette-Fehlstellung li. Handgelenk, DMS intakt, kein offener Bruch.'),
        ('Befunde', 'Rö. li. Handgelenk 2 Ebenen: dorsal abgekippte extraartikuläre distale Radiusfraktur (Colles), '
                    'Abbruch Proc. styloideus ulnae. Nach Reposition: gute Stellung (siehe Röntgenbefund).'),
        ('Diagnose', 'Fractura radii loco typico sin. (AO 23-A2) cum fract. proc. styl. ulnae'),
        ('Therapie', 'Geschlossene Reposition in Bruchspaltanästhesie (Lidocain 1 % 10 ml) unter Mädchenfänger-Extension, '
                     'dorsoradiale Gipsschiene. Nach Reposition achsengerechte Stellung. Eine operative Versorgung ist '
                     'derzeit nicht notwendig.'),
        ('Procedere', 'Hochlagern, Finger bewegen. Gipskontrolle morgen hier. Röntgenkontrolle nach 1 Woche (sekundäre '
                      'Dislokation?) beim Hausarzt/Krankenhaus am Wohnort, Gipsdauer insgesamt 5 Wochen. Bei Dislokation '
                      'ist eine Operation (Plattenosteosynthese) zu erwägen. Schmerzmittel: Mexalen 500 mg bis 4x tgl., '
                      'Seractil 300 mg bis 2x tgl.'),
    ]:
        st += [Paragraph(f'<b>{h}:</b> {t}', s.p)]
    st += [Spacer(1, 8 * mm), Paragraph('Dr. Verena Kröll e.h.<br/>Fachärztin für Orthopädie und Traumatologie', s.tight)]
    build_pdf(p1, st, hdr, None, None, margins=(22 * mm, 20 * mm, 34 * mm, 20 * mm))

    p2 = scratch('tf029_2.pdf'); parts.append(p2)
    s2 = S('DVC', 9)
    st = [Spacer(1, 4 * mm), Paragraph('RÖNTGENBEFUND', s2.h1),
          kv([('Name', 'Bakker Sem'), ('Geb.-Dat.', '02.02.2004'), ('Untersuchung', 'Handgelenk li. a.p./seitl., nach Reposition im Gips'),
              ('Datum', '27.01.2026 12:52'), ('Zuweisung', 'Unfallambulanz (Dr. Kröll)')], s2,
             colw=(30 * mm, 120 * mm), label_style=s2.bt, pad=1),
          Spacer(1, 4 * mm),
          Paragraph('<b>Befund:</b> Im Vergleich zur Voraufnahme von 11:34 Uhr nun nach geschlossener Reposition '
                    'weitgehend anatomische Stellung der distalen Radiusfraktur; palmare Inklination 4\u00b0, radiale '
                    'Inklination 20\u00b0, Radiusverkürzung 1 mm. Keine intraartikuläre Stufe. Abriss des Processus '
                    'styloideus ulnae unverändert. Dorsoradiale Gipsschiene überlagert.', s2.p),
          Paragraph('<b>Beurteilung:</b> Gute Stellung nach Reposition einer distalen Radiusfraktur li.', s2.p),
          Spacer(1, 6 * mm),
          Paragraph('Dr. Martin Stöckl, FA für Radiologie (Radiologie-Kooperation Zillertal) \u2013 vidiert 27.01.2026', s2.tight)]
    build_pdf(p2, st, hdr, None, None, margins=(22 * mm, 20 * mm, 34 * mm, 20 * mm))
    merge_pdfs(parts, out(stem, 'pdf'))
    label(stem, kinds=['correspondence', 'imaging-report'], date='2026-01-27', author='specialist', language='de',
          style='merged PDF: Austrian Ambulanzbrief (Jänner, e.h., Latin diagnosis) + Röntgenbefund on same letterhead',
          imaging_done='yes', operated='no', treated_abroad='yes',
          notes='Dutch tourist treated in an Austrian trauma outpatient clinic. "Operative Versorgung derzeit nicht notwendig" = no; '
                'plate fixation only conditional. Birth date 02.02 close to visit date 27.01.',
          parts=[dict(kinds=['correspondence'], date='2026-01-27', author='specialist'),
                 dict(kinds=['imaging-report'], date='2026-01-27', author='radiologist')])


# ------------------------------------------------------------------ tf-030 German MRSA positive
def tf030():
    stem = 'tf-030'
    s = S('LSans', 9)

    def first(c, d):
        logo_leaf(c, 18 * mm, A4[1] - 24 * mm, '#1565c0', 10 * mm)
        c.setFont('LSans-B', 11); c.drawString(32 * mm, A4[1] - 15 * mm, 'Klinikum Niederrhein-Süd')
        c.setFont('LSans', 8)
        c.drawString(32 * mm, A4[1] - 19 * mm, 'Institut für Medizinische Mikrobiologie und Krankenhaushygiene')
        c.drawString(32 * mm, A4[1] - 23 * mm, 'Albersallee 40 \u00b7 47533 Kleve \u00b7 Labor-Hotline +49 2821 884-5510')
        c.setFont('LSans-B', 10); c.drawRightString(A4[0] - 18 * mm, A4[1] - 15 * mm, 'Mikrobiologischer Befund')
        c.setFont('LSans', 8); c.drawRightString(A4[0] - 18 * mm, A4[1] - 19 * mm, 'Endbefund')

    def num(c, p, n):
        c.setFont('LSans', 7)
        c.drawString(18 * mm, 9 * mm, 'Akkreditiert nach DIN EN ISO 15189 (D-ML-17204-01-00). Befund gilt ohne Unterschrift.')
        c.drawRightString(A4[0] - 18 * mm, 9 * mm, f'Blatt {p}/{n}')

    st = [kv([('Patient', 'Wijnberg, Els'), ('Geb.', '30.11.1958'), ('Fall-Nr.', '26110342'),
              ('Einsender', 'Station U3 (Unfallchirurgie), Aufnahme 03.11.2026'),
              ('Auftrags-Nr.', 'MB-2611-30877'), ('Material', 'Abstriche (eSwab)'),
              ('Entnahme', '03.11.2026 16:20'), ('Eingang', '03.11.2026 18:02'), ('Befund', '05.11.2026 11:48')],
             s, colw=(28 * mm, 90 * mm), label_style=s.bt, pad=0.8),
          Spacer(1, 3 * mm),
          Paragraph('<b>Anforderung:</b> MRSA-Screening (Aufnahmescreening gem. KRINKO-Risikoprofil: stationärer '
                    'Aufenthalt in den letzten 12 Monaten, chronische Hautläsion)', s.p),
          grid_table([
              ['Lokalisation', 'Methode', 'Ergebnis'],
              ['Nasenvorhof bds.', 'Kultur (chromogener Agar)', '<b>MRSA nachgewiesen</b>'],
              ['Rachen', 'Kultur (chromogener Agar)', '<b>MRSA nachgewiesen</b>'],
              ['Leiste/Perineum', 'Kultur (chromogener Agar)', 'kein MRSA nachgewiesen'],
              ['Wunde Handrücken re.', 'Kultur', 'kein MRSA nachgewiesen'],
          ], s, colw=(44 * mm, 60 * mm, 70 * mm), grid=colors.HexColor('#9e9e9e')),
          Spacer(1, 3 * mm),
          Paragraph('<b>Resistogramm</b> (Isolat Nase, <i>Staphylococcus aureus</i>, MRSA; mecA positiv)', s.tight),
          grid_table([['Antibiotikum', 'MHK mg/l', 'Bewertung'], ['Oxacillin', '> 2', 'R'], ['Cefoxitin-Screen', 'pos', 'R'],
                      ['Clindamycin', '0,125', 'S'], ['Cotrimoxazol', '\u2264 10', 'S'], ['Doxycyclin', '0,5', 'S'],
                      ['Vancomycin', '1', 'S'], ['Linezolid', '2', 'S'], ['Mupirocin', '\u2264 1', 'S']],
                     s, colw=(44 * mm, 30 * mm, 30 * mm), grid=colors.HexColor('#bdbdbd')),
          Spacer(1, 3 * mm),
          Paragraph('<b>Kommentar:</b> Nachweis von MRSA (Kolonisation). Isolierungsmaßnahmen gemäß Hygieneplan. '
                    'Dekolonisierung mit Mupirocin-Nasensalbe und antiseptischen Waschungen über 5 Tage empfohlen, '
                    'Kontrollabstriche frühestens 3 Tage nach Ende der Dekolonisierung (3 Serien). Station telefonisch '
                    'informiert am 05.11.2026 11:55 (Hr. Krämer).', s.p),
          Paragraph('Dr. med. Friederike Hollmann, Fachärztin für Mikrobiologie, Virologie und Infektionsepidemiologie', s.small)]
    build_pdf(out(stem, 'pdf'), st, first, None, num, margins=(18 * mm, 18 * mm, 30 * mm, 16 * mm), title='Befund')
    label(stem, kinds=['mrsa-screening'], date='2026-11-05', also_dates=['2026-11-03'], author='lab', language='de',
          style='German hospital microbiology Befund, MRSA admission screening with resistogram',
          imaging_done='unmentioned', operated='unmentioned', treated_abroad='yes',
          notes='POSITIVE MRSA screening from a German hospital lab during an admission (Aufnahmescreening), so the patient '
                'was admitted abroad (Station U3, Aufnahme 03.11.2026). Sample and report dates differ.')


# ------------------------------------------------------------------ tf-031 UK GP referral
def tf031():
    stem = 'tf-031'
    s = S('LSerif', 10.5)

    def first(c, d):
        text_lines(c, A4[0] / 2, A4[1] - 16 * mm, ['**KINGSMERE SURGERY', 'Dr S. Patel  \u2022  Dr H. Okonjo  \u2022  Dr F. McAllister',
                                                    '22 Mill Lane, Wealdham KW7 3RT', 'Tel 01632 960 238   kingsmere.surgery@nhs.example'],
                   font='LSerif', size=9.5, align='center')
        c.line(22 * mm, A4[1] - 33 * mm, A4[0] - 22 * mm, A4[1] - 33 * mm)

    st = [Spacer(1, 6 * mm),
          Paragraph('21 October 2026', s.right), Spacer(1, 4 * mm),
          Paragraph('Second Opinion Desk<br/>Handcentrum Vijverhof<br/>Postbus 1280<br/>3800 BG Amersfoort<br/>The Netherlands', s.tight),
          Spacer(1, 8 * mm),
          Paragraph('Dear Colleague', s.p),
          Paragraph('<b>Re: Mr Pieter HOGENBIRK &nbsp; DOB 21/10/1980 &nbsp; NHS No 999 306 4471<br/>'
                    '9 Larch Rise, Wealdham KW7 1DE (from December: Biltstraat 210, 3572 BK Utrecht)</b>', s.p),
          Paragraph('I would be grateful if you could see this 46 year old graphic designer, who is relocating to Utrecht '
                    'in December, for a <b>second opinion</b> regarding his right thumb.', s.p),
          Paragraph('He has had pain at the base of the right thumb for about 18 months, worse with gripping, drawing on '
                    'a tablet and opening jars. He was seen by the hand surgeons at Wealdham General Hospital (Mr Pryce) '
                    'who felt this was early basal thumb (CMC) arthritis. An ultrasound in February 2026 showed a small '
                    'effusion and synovitis of the CMC joint; X-rays were reported as showing only mild joint space '
                    'narrowing. He had an ultrasound-guided steroid injection in the hospital in March 2026, which helped '
                    'for around 8 weeks only.', s.p),
          Paragraph('The hospital team have now suggested a trapeziectomy. Mr Hogenbirk is hesitant given his age and '
                    'occupation and has read about joint replacement and arthroscopic options. <b>Specifically, he would '
                    'like your opinion on whether surgery is indicated at this stage, and if so which procedure you would '
                    'recommend.</b> He has not had any surgery on the hand.', s.p),
          Paragraph('Current medication: salbutamol inhaler prn, naproxen 500 mg bd prn with omeprazole 20 mg od.<br/>'
                    'Allergies: none known.', s.p),
          Paragraph('He will bring his imaging on disc. Copies of the hospital clinic letters are enclosed.', s.p),
          Paragraph('Yours faithfully', s.p), Spacer(1, 12 * mm),
          Paragraph('Dr Sunita Patel MBBS MRCGP<br/>General Practitioner', s.tight)]
    build_pdf(out(stem, 'pdf'), st, first, None, None, margins=(22 * mm, 22 * mm, 38 * mm, 20 * mm), title='Referral letter')
    label(stem, kinds=['referral'], date='2026-10-21', author='gp', language='en',
          style='UK GP ("Surgery") referral letter addressed to the Dutch clinic\'s second-opinion desk',
          referral_question=True, imaging_done='yes', operated='no', treated_abroad='yes',
          notes='English GP referral with explicit question. Care (ultrasound, injection) at a UK hospital = treated abroad. '
                'Trapeziectomy only suggested; "has not had any surgery". DOB 21/10 equals letter date. '
                'No structured history section, so referral only.')


# ------------------------------------------------------------------ tf-032 patient letter (en)
def tf032():
    stem = 'tf-032'
    s = S('LSans', 11)
    st = [Paragraph('Tomás Ferreira-Lindqvist<br/>Van Woustraat 88-2<br/>1073 LR Amsterdam<br/>tomas.fl@mailbox.example', s.tight),
          Spacer(1, 10 * mm),
          Paragraph('To: Handcentrum Vijverhof<br/>Attn. second opinion department', s.tight), Spacer(1, 8 * mm),
          Paragraph('Amsterdam, 9 November 2026', s.p), Spacer(1, 2 * mm),
          Paragraph('<b>Subject: request for a second opinion \u2013 right thumb</b>', s.p),
          Paragraph('Dear Sir/Madam,', s.p),
          Paragraph('I am writing to ask whether I can have a second opinion at your clinic about my right thumb. I '
                    'moved to Amsterdam from Lisbon three years ago for work and my Dutch is not good enough yet for '
                    'medical things, so I hope it is okay to write in English.', s.p),
          Paragraph('Since about March my right thumb gets stuck in a bent position in the morning and then suddenly '
                    'snaps straight, which is painful. My GP, Dr. Bosman, gave me an injection in June which helped '
                    'for a couple of months. In September I saw a surgeon at Ziekenhuis Amstelkade, who made an '
                    'ultrasound and told me it is a trigger thumb and that I should have a small operation. I am not '
                    'against it, but I play classical guitar semi-professionally and I would like to hear from a '
                    'specialised hand clinic whether another injection or a different treatment is possible first.', s.p),
          Paragraph('To answer the questions on your website: I have never had surgery on my hand or wrist. I was on '
                    'holiday in Portugal in August, but I did not see any doctor or go to a hospital there.', s.p),
          Paragraph('My GP said she will send a referral letter to you this week. I can bring the letter from the hospital '
                    'and the ultrasound report.', s.p),
          Paragraph('Thank you very much in advance.', s.p),
          Paragraph('Kind regards,', s.p), Spacer(1, 6 * mm),
          Paragraph('Tomás Ferreira-Lindqvist<br/>date of birth: 09-11-1991', s.tight)]
    build_pdf(out(stem, 'pdf'), st, None, None, None, margins=(25 * mm, 25 * mm, 25 * mm, 25 * mm), title='Document1')
    label(stem, kinds=[], date='2026-11-09', author='patient', language='en',
          style='patient\'s own typed letter (plain word-processor look) to the second-opinion department',
          imaging_done='yes', operated='no', treated_abroad='no',
          notes='Patient asks for a second opinion himself: not a referral. Explicit "never had surgery", holiday in Portugal '
                'without any doctor. Birth date 09-11 equals letter date. Surgery only advised.')


# ------------------------------------------------------------------ tf-039 merged ZorgDomein pack
def tf039():
    stem = 'tf-039'
    parts = []
    s = S('LSans', 9.5)
    p1 = scratch('tf039_1.pdf'); parts.append(p1)

    def f1(c, d):
        c.setFont('LSans', 7.5); c.setFillColor(colors.grey)
        c.drawString(18 * mm, A4[1] - 10 * mm, 'ZorgDomein \u2013 Verwijzing ZD-2610-0097744 \u2013 afgedrukt 29-10-2026')
        c.setFillColor(colors.black)

    st = [Paragraph('Consult Handchirurgie \u2013 second opinion', s.h1),
          Paragraph('Handcentrum Vijverhof, Amersfoort', s.p), Spacer(1, 2 * mm)]
    for h, t in [
        ('Patiënt', 'Dhr. Y. Amrani \u2013 geboren 04-08-1987 \u2013 BSN 999977143<br/>Bergweg 60b, 3036 BE Rotterdam \u2013 06-18 44 20 71'),
        ('Verwijzer', 'J. Oudshoorn, huisarts, Huisartsenpraktijk Bergpolder, Rotterdam \u2013 AGB 01-044871'),
        ('Datum verwijzing', '29-10-2026'),
        ('Reden van verwijzing', 'Pols rechts: pijn en bewegingsbeperking na operatieve behandeling scaphoïdfractuur in '
                                 'Marokko. Patiënt viel op 12-06-2026 tijdens familiebezoek in Agadir van een scooter, werd '
                                 'opgenomen in Clinique Al Amal en daar op 14-06-2026 geopereerd (schroef in scaphoïd). '
                                 'Brief in het Frans + vertaling ontvangen, geen operatieverslag. Sindsdien blijvende pijn, '
                                 'extensie pols sterk beperkt.'),
        ('Vraagstelling', 'Graag second opinion: is de fractuur geconsolideerd? Is de schroefpositie acceptabel of moet het '
                          'materiaal worden verwijderd/gereviseerd? Patiënt is ongerust over de behandeling in het buitenland.'),
        ('Beeldvorming', 'X-pols + scaphoïdserie re 02-09-2026 (Ziekenhuis Zuiderhaven, Rotterdam): schroef in situ, fractuurlijn '
                         'nog zichtbaar. Cd wordt door patiënt meegenomen.'),
        ('MRSA', 'Screening afgenomen 26-10-2026 i.v.m. opname buitenland, uitslag bijgevoegd.'),
        ('Medicatie', 'paracetamol zn, ibuprofen 400 mg zn'),
        ('Allergieën', 'geen'),
    ]:
        st += [Paragraph(h, s.h3), Paragraph(t, s.p)]
    build_pdf(p1, st, f1, None, None, margins=(18 * mm, 18 * mm, 18 * mm, 18 * mm))

    p2 = scratch('tf039_2.pdf'); parts.append(p2)
    s2 = S('LMono', 8.5)
    journal = """Huisartsenpraktijk Bergpolder                      UITDRAAI JOURNAAL
Patient: Amrani, Y.  (M)  04-08-1987                Datum uitdraai: 29-10-2026
Selectie: episode L74 Fractuur hand/pols, alle regels + probleemlijst
================================================================================
PROBLEEMLIJST
 L74   Fractuur scaphoid re, geopereerd Marokko 06-2026      sinds 12-06-2026
 R96   Astma (kinderleeftijd), thans geen medicatie          sinds 1995
 S88   Constitutioneel eczeem                                sinds 2003
--------------------------------------------------------------------------------
JOURNAAL
12-07-2026  S  terug uit Marokko. Val van scooter 12-06 in Agadir, opname
               Clinique Al Amal 12-06 t/m 16-06, OK 14-06: schroef scaphoid re.
               Franse ontslagbrief mee, vertaald door neef. Gips tot 10-07.
            O  rustig litteken volair 2 cm. Extensie 20, flexie 40. Geen
               zwelling. Sensibiliteit intact.
            E  st.na osteosynthese scaphoid re (buitenland)
            P  fysiotherapie, CV 6 wk. MRSA-risico besproken (opname bui-
               tenland); nu geen ingreep gepland, kweek als verwijzing nodig.
26-08-2026  S  weinig vooruitgang, pijn bij steunen.
            P  X-pols re + scaphoidserie aangevraagd.
03-09-2026  E  Uitslag X-pols re 02-09: schroef in situ, fractuurspleet taille
               nog zichtbaar, geen duidelijke consolidatie. Geen schroefmigratie.
            P  overleg met patient: verwijzing orthopedie vs SO. Pt denkt na.
26-10-2026  S  wil second opinion Handcentrum Vijverhof.
            P  MRSA-screening neus/keel/perineum afgenomen via prikpost
               Diagnostisch Lab Rijnmond-Noord. Verwijzing volgt na uitslag.
29-10-2026  P  uitslag MRSA neg. Verwijzing via ZorgDomein verstuurd.
================================================================================
"""
    st = [Preformatted(journal, s2.mono)]
    build_pdf(p2, st, None, None, None, margins=(16 * mm, 16 * mm, 16 * mm, 16 * mm))

    p3 = scratch('tf039_3.pdf'); parts.append(p3)
    s3 = S('LSans', 9)

    def f3(c, d):
        logo_bars(c, 18 * mm, A4[1] - 24 * mm, ('#6a1b9a', '#ab47bc', '#ce93d8'), 11 * mm, 2.5 * mm)
        c.setFont('LSans-B', 11); c.drawString(32 * mm, A4[1] - 16 * mm, 'Diagnostisch Lab Rijnmond-Noord')
        c.setFont('LSans', 8); c.drawString(32 * mm, A4[1] - 20.5 * mm, 'Medische microbiologie \u2013 Zuidplein 80, 3083 CW Rotterdam')

    st = [Paragraph('Uitslagoverzicht', s3.h2),
          kv([('Patiënt', 'Amrani Y'), ('Geb.dat.', '04-08-1987'), ('Aanvrager', 'Oudshoorn J, huisarts'),
              ('Ordernummer', 'RN26-5518720'), ('Afname', '26-10-2026'), ('Rapportage', '28-10-2026')], s3,
             colw=(30 * mm, 80 * mm), label_style=s3.bt, pad=0.6),
          Spacer(1, 3 * mm),
          grid_table([['Test', 'Materiaal', 'Resultaat', 'Opm.'],
                      ['MRSA screening (PCR + kweek)', 'neus', 'negatief', ''],
                      ['MRSA screening (PCR + kweek)', 'keel', 'negatief', ''],
                      ['MRSA screening (PCR + kweek)', 'perineum', 'negatief', ''],
                      ['Conclusie', '', 'MRSA niet aangetoond', 'definitief']],
                     s3, colw=(60 * mm, 30 * mm, 45 * mm, 30 * mm), grid=colors.HexColor('#aaaaaa')),
          Spacer(1, 3 * mm), Paragraph('Validatie: E. van Dam, arts-microbioloog', s3.small)]
    build_pdf(p3, st, f3, None, None, margins=(18 * mm, 18 * mm, 30 * mm, 18 * mm))
    merge_pdfs(parts, out(stem, 'pdf'))
    label(stem, kinds=['referral', 'history', 'mrsa-screening'], date='2026-10-29', author='gp', language='nl',
          style='merged PDF: ZorgDomein referral (stacked headings) + monospaced HIS journal printout + MRSA lab overview',
          referral_question=True, imaging_done='yes', operated='yes', treated_abroad='yes',
          notes='Three parts. Referral states a question and mentions the MRSA result; the lab result itself is part 3. '
                'Operation and admission in Morocco. Part 2 is a journal extract (history) dated 29-10.',
          parts=[dict(kinds=['referral'], date='2026-10-29', author='gp'),
                 dict(kinds=['history'], date='2026-10-29', author='gp'),
                 dict(kinds=['mrsa-screening'], date='2026-10-28', author='lab')])


# ------------------------------------------------------------------ tf-040 NHS MRSA screen
def tf040():
    stem = 'tf-040'
    s = S('LMono', 8.8)

    def first(c, d):
        c.setFont('LSans-B', 10.5); c.drawString(18 * mm, A4[1] - 14 * mm, 'Severnside Pathology \u2013 Microbiology')
        c.setFont('LSans', 8); c.drawString(18 * mm, A4[1] - 18 * mm, 'Severnside University Hospitals NHS Trust  |  Bramley Way, Severnside SV3 8QA  |  01632 960 800')
        logo_box_text(c, A4[0] - 38 * mm, A4[1] - 19 * mm, 'NHS', '#005eb8', 18 * mm, 7.5 * mm, 'LSans-BI', 15)

    txt = """------------------------------------------------------------------------------
 CUMULATIVE MICROBIOLOGY REPORT                                  FINAL REPORT
------------------------------------------------------------------------------
 Patient : DE VRIES, Erik                    NHS No : 999 518 6602
 DOB     : 21/08/1976   Sex: M               Hosp No: S3390114
 Location: Pre-operative Assessment Clinic (Day Surgery, Thornleigh)
 Req. by : Ms C. Whitfield (Plastic Surgery)
------------------------------------------------------------------------------
 Lab No      : M26.0908.1142
 Collected   : 08/09/2026 10:41
 Received    : 08/09/2026 14:05
 Reported    : 10/09/2026 09:12
 Specimen    : MRSA screen - nose swab, groin swab
 Clinical    : Pre-op screen, elective R carpal tunnel decompression 22/09/26

 INVESTIGATION       SITE        RESULT
 MRSA screen         Nose        MRSA NOT isolated
 MRSA screen         Groin       MRSA NOT isolated

 Comment: No MRSA isolated. No decolonisation required.

 Authorised by: Dr P. Gunasekara, Consultant Microbiologist  10/09/2026
------------------------------------------------------------------------------
 Results relate only to the samples received. UKAS accredited medical lab.
------------------------------------------------------------------------------"""
    st = [Preformatted(txt, s.mono)]
    build_pdf(out(stem, 'pdf'), st, first, None, None, margins=(18 * mm, 18 * mm, 26 * mm, 18 * mm), title='Micro report')
    label(stem, kinds=['mrsa-screening'], date='2026-09-10', also_dates=['2026-09-08'], author='lab', language='en',
          style='NHS pathology cumulative microbiology report, monospace',
          imaging_done='unmentioned', operated='unmentioned', treated_abroad='yes',
          notes='UK hospital MRSA pre-op screen (English wording "NOT isolated"). Sampled at a foreign hospital clinic, hence '
                'treated_abroad yes (unsure: outpatient pre-op visit). Surgery mentioned only as planned (22/09/26).')


if __name__ == '__main__':
    for f in (tf021, tf022, tf023, tf024, tf025, tf026, tf027, tf028, tf029, tf030, tf031, tf032, tf039, tf040):
        f()
    print('pdf_c done')
