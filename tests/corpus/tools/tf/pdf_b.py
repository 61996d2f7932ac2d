"""tf-011 .. tf-020: reportlab PDFs (UK, US, Irish, Dutch merged files, HIS printout)."""
from common import *


# ------------------------------------------------------------------ tf-011
def tf011():
    stem = 'tf-011'
    s = S('LSans', 10)

    def first(c, d):
        logo_box_text(c, A4[0] - 42 * mm, A4[1] - 20 * mm)
        text_lines(c, A4[0] - 20 * mm, A4[1] - 25 * mm,
                   ['**North Wealdham Hospitals', '**NHS Foundation Trust', 'Wealdham General Hospital',
                    'Department of Hand Surgery', 'Orchard Road, Wealdham KW4 2PD', 'Tel: 01632 960 411'],
                   size=8.5, align='right')

    def num(c, p, n):
        c.setFont('LSans', 7.5)
        c.drawString(20 * mm, 10 * mm, 'NHS No: 999 401 2287   Hosp No: W0883124')
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, f'Page {p} of {n}')

    st = [Spacer(1, 30 * mm)]
    st.append(kv([('Clinic date', '28/05/2026'), ('Dictated', '28/05/2026'), ('Typed', '03/06/2026'),
                  ('Ref', 'JP/AH/hand')], s, colw=(26 * mm, 50 * mm), label_style=s.small, pad=0.5))
    st.append(Spacer(1, 5 * mm))
    st.append(Paragraph('Dr S. Patel<br/>Kingsmere Surgery<br/>22 Mill Lane<br/>Wealdham KW7 3RT', s.tight))
    st.append(Spacer(1, 6 * mm))
    st.append(Paragraph('3 June 2026', s.p))
    st.append(Paragraph('Dear Dr Patel', s.p))
    st.append(Paragraph('<b>Re: Ms Johanna (Hanneke) VOS, DOB 04/06/1986<br/>41 Chestnut Close, Wealdham KW7 5LN</b>', s.p))
    st.append(kv([
        ('Diagnosis:', 'Left scapholunate ligament injury (dynamic instability, Geissler 3 suspected)'),
        ('Investigations:', 'Plain radiographs left wrist incl. clenched-fist PA view (12/05/2026); '
                            'ultrasound left wrist (19/05/2026)'),
        ('Plan:', 'Listed for left wrist arthroscopy +/- SL ligament repair/reconstruction. Patient may '
                  'prefer to have this done in the Netherlands after relocation.'),
    ], s, colw=(32 * mm, 134 * mm), label_style=s.bt, pad=1))
    st.append(Spacer(1, 3 * mm))
    for t in [
        'I saw this 39 year old right-hand dominant laboratory technician in the hand clinic today. She fell '
        'onto her outstretched left hand while bouldering in February and has had dorsal wrist pain since, '
        'worse with push-ups and lifting her toddler. She describes an occasional painful clunk.',
        'On examination there is tenderness just distal to Lister\'s tubercle, a positive Watson scaphoid '
        'shift test with a painful clunk, and grip strength of 22 kg on the left versus 31 kg on the right. '
        'Range of movement is slightly reduced in extension (55 degrees vs 70). Neurovascularly intact.',
        'Her radiographs show a scapholunate gap of 4 mm on the clenched-fist view (2 mm on the standard PA), '
        'with a normal radiolunate angle. The ultrasound did not visualise the dorsal SL ligament adequately '
        'and was therefore not diagnostic. I have not requested an MR arthrogram as it would not change '
        'management at this stage.',
        'We discussed the options in detail, including continued splinting and proprioceptive therapy versus '
        'diagnostic arthroscopy with repair or reconstruction depending on the findings. She would like to '
        'proceed with surgery and I have placed her on the waiting list (approximately 14 weeks). She did '
        'mention that the family will be moving back to Utrecht in the summer and that she may prefer to have '
        'any operation there; if so, she will let us know and we will remove her from the list. I have given '
        'her copies of her imaging on CD.',
    ]:
        st.append(Paragraph(t, s.p))
    st.append(Paragraph('Yours sincerely', s.p))
    st.append(Spacer(1, 10 * mm))
    st.append(Paragraph('<b>Dr Amira Haddad</b><br/>Specialty Registrar (ST6) in Plastic Surgery<br/>'
                        'on behalf of Mr Jonathan Pryce FRCS (Plast), Consultant Hand Surgeon', s.tight))
    st.append(Spacer(1, 6 * mm))
    st.append(Paragraph('cc: Ms J. Vos (patient)', s.small))
    build_pdf(out(stem, 'pdf'), st, first, None, num, margins=(22 * mm, 20 * mm, 22 * mm, 20 * mm),
              title='Clinic letter')
    label(stem, kinds=['correspondence'], date='2026-06-03', also_dates=['2026-05-28'], author='specialist',
          language='en', style='NHS clinic letter (Diagnosis/Investigations/Plan block), registrar on behalf of consultant',
          imaging_done='yes', operated='unmentioned', treated_abroad='yes',
          notes='Written by a UK hospital that saw the (Dutch, relocating) patient; clinic date 28/05 vs typed date 03/06. '
                'Surgery only listed/planned; MR arthrogram explicitly not requested. DOB 04/06 one day from letter date.')


# ------------------------------------------------------------------ tf-012
def tf012():
    stem = 'tf-012'
    s = S('LSans', 9)
    nhs = colors.HexColor('#005eb8')

    def first(c, d):
        logo_box_text(c, A4[0] - 40 * mm, A4[1] - 18 * mm, 'NHS', '#005eb8', 18 * mm, 7.5 * mm, 'LSans-BI', 15)
        c.setFont('LSans-B', 10); c.drawString(18 * mm, A4[1] - 13 * mm, 'Severnside University Hospitals NHS Trust')
        c.setFont('LSans', 8); c.drawString(18 * mm, A4[1] - 17 * mm, 'Thornleigh Day Surgery Centre \u2013 Theatre 4')
        c.setFont('LSans-B', 16); c.setFillColor(nhs); c.drawString(18 * mm, A4[1] - 27 * mm, 'OPERATION NOTE')
        c.setFillColor(colors.black)

    def num(c, p, n):
        c.setFont('LSans', 7)
        c.drawString(18 * mm, 9 * mm, 'SUHT/THR/ON-03 v4.1   Printed 14/01/2026 16:22   Original to notes, copy to GP')
        c.drawRightString(A4[0] - 18 * mm, 9 * mm, f'{p} of {n}')

    g = colors.HexColor('#7f7f7f')
    head = Table([
        [Paragraph('<b>Surname</b><br/>DE GROOT', s.tight), Paragraph('<b>Forename</b><br/>Willem', s.tight),
         Paragraph('<b>DOB</b><br/>02/09/1961', s.tight), Paragraph('<b>NHS number</b><br/>999 723 1180', s.tight)],
        [Paragraph('<b>Hospital no</b><br/>S2214903', s.tight), Paragraph('<b>Ward</b><br/>Day Surgery', s.tight),
         Paragraph('<b>Date of operation</b><br/>14/01/2026', s.tight), Paragraph('<b>Consultant</b><br/>Ms C. Whitfield', s.tight)],
    ], colWidths=(44 * mm,) * 4)
    head.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, g), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    st = [head, Spacer(1, 3 * mm)]
    rows = [
        ('Surgeon', 'Ms Claire Whitfield, Consultant Plastic & Hand Surgeon'),
        ('Assistant', 'Mr Tomasz Nowak, Clinical Fellow'),
        ('Anaesthetist', 'Dr R. Okafor'),
        ('Anaesthetic', 'GA (LMA) + local infiltration 10 ml 0.5% levobupivacaine'),
        ('Tourniquet', 'Upper arm, 250 mmHg, on 09:41 off 10:37 (56 min)'),
        ('Antibiotics', 'None'),
        ('Pre-op diagnosis', 'Dupuytren\'s disease right ring finger. MCPJ contracture 40\u00b0, PIPJ 30\u00b0 (Tubiana II)'),
        ('Procedure', 'Limited (segmental) fasciectomy right ring finger, Brunner incision, Z-plasty closure'),
        ('Findings', 'Pretendinous cord to ring finger continuing as central and spiral cord. Ulnar digital '
                     'nerve displaced centrally and superficially by spiral cord at level of proximal phalanx. '
                     'Full MCPJ correction; PIPJ residual 10\u00b0 after gentle manipulation.'),
        ('Procedure details', 'Brunner incision from distal palmar crease to middle phalanx. Neurovascular bundles '
                              'identified proximally and traced distally. Cords excised. Spiral cord dissected off '
                              'ulnar digital nerve, which was preserved in continuity. Check release of PIPJ '
                              'accessory collateral ligaments not required. Tourniquet released, haemostasis with '
                              'bipolar. Good capillary refill in all fingers.'),
        ('Closure', '5/0 Vicryl Rapide interrupted, two Z-plasties over proximal phalanx'),
        ('Blood loss', 'Minimal'),
        ('Complications', 'None'),
        ('Specimens', 'Not sent'),
        ('VTE prophylaxis', 'Not required (day case, < 60 min)'),
        ('Post-op instructions', 'Bulky dressing, elevate. Hand therapy referral sent \u2013 thermoplastic extension '
                                 'splint at 5\u20137 days. Wound check with practice nurse at 10 days; sutures '
                                 'dissolvable. Follow-up hand clinic 6 weeks. Discharge same day if comfortable.'),
    ]
    st.append(kv(rows, s, colw=(38 * mm, 138 * mm), label_style=s.bt, grid=g, pad=2.5))
    st.append(Spacer(1, 5 * mm))
    st.append(Table([[Paragraph('<b>Signature:</b> C. Whitfield (electronic)', s.tight),
                      Paragraph('<b>GMC:</b> 0000000', s.tight),
                      Paragraph('<b>Date/time:</b> 14/01/2026 10:55', s.tight)]], colWidths=(70 * mm, 40 * mm, 66 * mm),
                    style=[('BOX', (0, 0), (-1, -1), 0.5, g)]))
    build_pdf(out(stem, 'pdf'), st, first, None, num, margins=(18 * mm, 18 * mm, 33 * mm, 16 * mm),
              title='Operation note')
    label(stem, kinds=['operation-report'], date='2026-01-14', author='specialist', language='en',
          style='NHS day-surgery Operation Note form, gridded boxes, patient header grid',
          imaging_done='unmentioned', operated='yes', treated_abroad='yes',
          notes='Dutch-named patient operated in an English NHS trust; no imaging mentioned. Form code footer with print date.')


# ------------------------------------------------------------------ tf-013
def tf013():
    stem = 'tf-013'
    s = S('LSans', 9.5)

    def first(c, d):
        logo_leaf(c, 19 * mm, LETTER[1] - 24 * mm, '#00838f', 11 * mm)
        c.setFont('LSans-B', 13); c.drawString(34 * mm, LETTER[1] - 16 * mm, 'MERCY PINES MEDICAL CENTER')
        c.setFont('LSans', 8.5); c.drawString(34 * mm, LETTER[1] - 20.5 * mm, 'Department of Radiology  |  2280 NE Halsey Street, Portland, OR 97232  |  (503) 555-0144')
        c.line(19 * mm, LETTER[1] - 28 * mm, LETTER[0] - 19 * mm, LETTER[1] - 28 * mm)

    def num(c, p, n):
        c.setFont('LSans', 7.5)
        c.drawString(19 * mm, 10 * mm, 'VAN DER LINDEN, EVA   MRN 00M4471920   ACC 61822047')
        c.drawRightString(LETTER[0] - 19 * mm, 10 * mm, f'Page {p} of {n}')

    st = []
    info = [[Paragraph('<b>PATIENT:</b> VAN DER LINDEN, EVA', s.tight), Paragraph('<b>MRN:</b> 00M4471920', s.tight)],
            [Paragraph('<b>DOB:</b> 08/19/1988', s.tight), Paragraph('<b>SEX:</b> F', s.tight)],
            [Paragraph('<b>ORDERING PHYSICIAN:</b> Kevin O\'Malley, MD (Orthopedics)', s.tight), Paragraph('<b>ACCESSION:</b> 61822047', s.tight)],
            [Paragraph('<b>DATE OF SERVICE:</b> 08/17/2026 14:06', s.tight), Paragraph('<b>LOCATION:</b> MPMC Outpatient Imaging', s.tight)]]
    st.append(Table(info, colWidths=(105 * mm, 70 * mm), style=[('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                                                 ('BOTTOMPADDING', (0, 0), (-1, -1), 1)]))
    st.append(Spacer(1, 5 * mm))
    for h, t in [
        ('EXAMINATION', 'MRI WRIST RIGHT WITHOUT CONTRAST'),
        ('CLINICAL HISTORY', 'Dorsal wrist mass and pain x 4 months, worse with yoga. Evaluate for ganglion cyst, '
                             'occult ganglion vs. ligament tear. No prior surgery.'),
        ('TECHNIQUE', 'Multiplanar, multisequence MR imaging of the right wrist was performed on a 1.5T magnet '
                      'without intravenous contrast.'),
        ('COMPARISON', 'Radiographs right wrist 08/02/2026.'),
        ('FINDINGS', 'There is a lobulated fluid signal collection measuring 1.6 x 0.9 x 1.1 cm along the dorsal '
                     'aspect of the wrist, arising from the dorsal capsule adjacent to the scapholunate interval, with '
                     'a thin neck extending toward the dorsal component of the scapholunate ligament. No internal '
                     'solid enhancement can be assessed on this non-contrast study; no internal septation of concern.<br/><br/>'
                     'Ligaments: Scapholunate and lunotriquetral ligaments are intact. Triangular fibrocartilage '
                     'complex shows a small central degenerative perforation without ulnar attachment tear.<br/><br/>'
                     'Bones: No fracture, marrow edema, or avascular necrosis. Ulnar variance neutral.<br/><br/>'
                     'Tendons: Extensor and flexor tendons intact. Trace fluid in the fourth extensor compartment '
                     'tendon sheath.<br/><br/>Carpal tunnel: Median nerve normal in caliber and signal.'),
        ('IMPRESSION', '1. 1.6 cm dorsal wrist ganglion cyst arising from the scapholunate interval.<br/>'
                       '2. Small central degenerative TFCC perforation, likely incidental.<br/>'
                       '3. No fracture or ligament tear.'),
    ]:
        st.append(Paragraph(f'<b>{h}:</b>', s.tight))
        st.append(Paragraph(t, s.p))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph('Dictated by: Priya Raman, MD<br/>Electronically signed by: Priya Raman, MD on 08/18/2026 09:31 AM PDT', s.tight))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph('This report has been electronically signed. Results were made available in MyMercyPines patient portal.', s.small))
    build_pdf(out(stem, 'pdf'), st, first, None, num, pagesize=LETTER,
              margins=(19 * mm, 19 * mm, 34 * mm, 18 * mm), title='Radiology Report')
    label(stem, kinds=['imaging-report'], date='2026-08-18', also_dates=['2026-08-17'], author='radiologist',
          language='en', style='US hospital radiology report, Letter size, MM/DD/YYYY dates, uppercase section heads',
          imaging_done='yes', operated='no', treated_abroad='yes',
          notes='US dates (08/17 service, 08/18 signed; DOB 08/19/1988 one day later). Clinical history says "No prior surgery". '
                'Imaging in a US hospital = care abroad.')


# ------------------------------------------------------------------ tf-014
def tf014():
    stem = 'tf-014'
    s = S('DV', 8.8)

    def first(c, d):
        c.setFillColor(colors.HexColor('#00695c')); c.rect(0, A4[1] - 20 * mm, A4[0], 20 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white); c.setFont('DV-B', 12)
        c.drawString(18 * mm, A4[1] - 10 * mm, 'University Hospital Clonmore')
        c.setFont('DV', 8.5)
        c.drawString(18 * mm, A4[1] - 15 * mm, 'Emergency Department  \u00b7  Ennis Road, Clonmore, Co. Clare, V95 XK00  \u00b7  +353 65 686 3000')
        c.setFont('DV-B', 10); c.drawRightString(A4[0] - 18 * mm, A4[1] - 10 * mm, 'ED DISCHARGE SUMMARY')
        c.setFillColor(colors.black)

    def num(c, p, n):
        c.setFont('DV', 7)
        c.drawString(18 * mm, 9 * mm, 'Printed from Symphony-ED (UHC) 11/04/2026 19:02 \u2013 Confidential patient information')
        c.drawRightString(A4[0] - 18 * mm, 9 * mm, f'Page {p} of {n}')

    g = colors.HexColor('#9e9e9e')
    st = [kv([
        ('Patient', 'DE BOER, Lotte'), ('DOB', '11/04/2001 (25 y)'), ('MRN', 'UHC-2610488'),
        ('Address', 'Kastanjelaan 54, 5616 LZ Eindhoven, The Netherlands (visitor)'),
        ('GP', 'Not registered in Ireland \u2013 letter given to patient for Dutch GP'),
        ('Arrival', '11/04/2026 14:37 (walk-in)'), ('Triage', 'MTS Orange \u2013 limb problem, pain 7/10'),
        ('Discharge', '11/04/2026 18:51'),
    ], s, colw=(28 * mm, 146 * mm), label_style=s.bt, grid=g, pad=1.8)]
    st.append(Spacer(1, 4 * mm))
    for h, t in [
        ('Presenting complaint', 'Fall from bicycle onto right hand on Burren cycle route (hire bike), approx 13:00 today. '
                                 'Right wrist pain and swelling. Right hand dominant. No head injury, no LOC.'),
        ('Examination', 'Swelling dorsal right wrist, tender over distal radius and scapholunate area. Snuffbox non-tender, '
                        'scaphoid compression negative. Full finger ROM. Sensation intact in median/ulnar/radial '
                        'distributions. CRT < 2 s. Small abrasions thenar eminence.'),
        ('Investigations', 'XR right wrist AP/lateral + scaphoid views: no fracture seen (reviewed by ED reg; formal '
                           'radiology report to follow, will contact patient if any discrepancy).'),
        ('Diagnosis', 'Soft tissue injury / sprain right wrist. Abrasions right palm.'),
        ('Treatment in ED', 'Ibuprofen 400 mg PO, paracetamol 1 g PO. Wounds cleaned, Mepore dressing. Tetanus up to date '
                            '(per patient). Futura-type wrist splint fitted.'),
        ('Outcome', 'No operative intervention required. Discharged home (hotel, Lahinch). Returns to NL 16/04.'),
        ('Follow-up', 'Splint for comfort 1\u20132 weeks, then mobilise. See own GP in the Netherlands if not improving in '
                      '10\u201314 days \u2013 consider repeat imaging / MRI if persistent SL-area pain. Advice leaflet given.'),
    ]:
        st.append(Paragraph(f'<b>{h}</b>', s.tight))
        st.append(Paragraph(t, s.p))
    st.append(Spacer(1, 3 * mm))
    st.append(Paragraph('Seen by: Dr Ciarán Moloney, Registrar in Emergency Medicine (MCRN 000000)<br/>'
                        'Senior review: Dr Aoife Brennan, Consultant in Emergency Medicine', s.tight))
    build_pdf(out(stem, 'pdf'), st, first, None, num, margins=(18 * mm, 18 * mm, 26 * mm, 16 * mm),
              title='ED Discharge Summary')
    label(stem, kinds=['correspondence'], date='2026-04-11', author='specialist', language='en',
          style='Irish ED discharge summary printout (EDIS), label grid plus headed paragraphs',
          imaging_done='yes', operated='no', treated_abroad='yes',
          notes='Dutch tourist seen in an Irish emergency department; birthday = attendance date (DOB 11/04/2001). '
                '"No operative intervention required" = operated no. MRI only suggested. Author is an ED registrar.')


# ------------------------------------------------------------------ tf-015 (merged)
def tf015():
    stem = 'tf-015'
    parts = []
    # part 1: GP verwijsbrief
    s = S('LSerif', 11)
    p1 = scratch('tf015_1.pdf'); parts.append(p1)

    def f1(c, d):
        text_lines(c, 22 * mm, A4[1] - 16 * mm, ['**Huisartsenpraktijk Cambuursterhoek',
                                                  'J.W. Hibma en S. de Jong-Veenstra, huisartsen',
                                                  'Cambuursterpad 12, 8921 AP Leeuwarden',
                                                  'tel. 058-212 40 66  |  AGB 01-078812'], font='LSerif', size=9.5)
        c.setLineWidth(0.5); c.line(22 * mm, A4[1] - 32 * mm, A4[0] - 22 * mm, A4[1] - 32 * mm)
    st = [Spacer(1, 6 * mm),
          Paragraph('Handcentrum Vijverhof<br/>t.a.v. polikliniek second opinion<br/>Postbus 1280<br/>3800 BG Amersfoort', s.tight),
          Spacer(1, 10 * mm),
          Paragraph('Leeuwarden, 12 oktober 2026', s.p),
          Paragraph('Betreft: mw. W. Tjoelker, geb. 23-05-1966, Groot Schavernek 9, 8911 JS Leeuwarden', s.b),
          Paragraph('Geachte collega,', s.p),
          Paragraph('Graag verwijs ik mevrouw Tjoelker naar u voor een second opinion. Mevrouw heeft sinds jaren pijn en '
                    'stijfheid van de linkerpols na een onbehandelde val in haar jeugd. De orthopeed in het Tjongerzicht '
                    'Ziekenhuis heeft een SLAC-pols stadium II vastgesteld en adviseert een partiële artrodese (four-corner '
                    'fusie). Mevrouw is hier erg onzeker over, zij is pianodocent en is bang beweeglijkheid te verliezen.', s.p),
          Paragraph('<b>Vraagstelling:</b> is een four-corner artrodese de aangewezen behandeling, of zijn er alternatieven '
                    '(bijv. proximale rij carpectomie, denervatie) die meer beweging sparen?', s.p),
          Paragraph('Voorgeschiedenis: 2009 hysterectomie; hypertensie. Medicatie: enalapril 10 mg 1dd, paracetamol zn. '
                    'Geen allergieën. De brief van de orthopeed en het röntgenverslag stuur ik mee.', s.p),
          Paragraph('Met vriendelijke groet,', s.p), Spacer(1, 12 * mm),
          Paragraph('S. de Jong-Veenstra, huisarts', s.p)]
    build_pdf(p1, st, f1, None, None, margins=(22 * mm, 22 * mm, 38 * mm, 20 * mm))

    # part 2: orthopedie letter
    s2 = S('LSans', 9.5)
    p2 = scratch('tf015_2.pdf'); parts.append(p2)

    def f2(c, d):
        logo_ring(c, 27 * mm, A4[1] - 20 * mm, '#ef6c00', 7 * mm, 'T')
        c.setFont('LSans-B', 12.5); c.drawString(38 * mm, A4[1] - 18 * mm, 'Tjongerzicht Ziekenhuis')
        c.setFont('LSans', 8.5); c.drawString(38 * mm, A4[1] - 22.5 * mm, 'Orthopedie \u2013 Thialfweg 44, 8441 PW Heerenveen \u2013 0513-68 50 00')

    def n2(c, p, n):
        c.setFont('LSans', 7.5); c.drawRightString(A4[0] - 20 * mm, 10 * mm, f'Pagina {p} van {n}')
    st = [Spacer(1, 6 * mm),
          Table([[Paragraph('Huisartsenpraktijk Cambuursterhoek<br/>t.a.v. mw. S. de Jong-Veenstra<br/>Cambuursterpad 12<br/>8921 AP Leeuwarden', s2.tight),
                  kv([('Datum', '04-09-2026'), ('Kenmerk', 'ORT/18830/wt'), ('Patiëntnr', '1883012')], s2,
                     colw=(20 * mm, 40 * mm), label_style=s2.small, pad=0.5)]],
                colWidths=(105 * mm, 62 * mm), style=[('VALIGN', (0, 0), (-1, -1), 'TOP')]),
          Spacer(1, 8 * mm),
          Paragraph('Betreft: mevrouw W. Tjoelker, 23-05-1966', s2.b),
          Paragraph('Geachte collega,', s2.p),
          Paragraph('Wij zagen uw patiënte op 01-09-2026 op de polikliniek.', s2.p)]
    for h, t in [('Anamnese', 'Al jaren wisselende pijn linkerpols, laatste jaar progressief; nachtpijn, startstijfheid. '
                              'Val op de pols als tiener, toen geen behandeling. Rechtshandig.'),
                 ('Onderzoek', 'Zwelling dorsoradiaal, drukpijn radioscafoïdaal. Extensie 30\u00b0, flexie 35\u00b0, '
                               'radiaal-/ulnairdeviatie 10/20. Knijpkracht li 14 kg, re 27 kg.'),
                 ('Aanvullend', 'X-pols li (21-08-2026): SLAC stadium II (zie verslag radioloog), scafolunaire diastase.'),
                 ('Conclusie', 'SLAC-pols links stadium II.'),
                 ('Beleid', 'Besproken: polsbrace, injectie, en operatief een vier-hoeks artrodese (scaphoïdexcisie + '
                            'four-corner fusie). Patiënte wil er over nadenken en zo nodig een tweede mening vragen. '
                            'Zij belt voor een vervolgafspraak. Geen operatie gepland.')]:
        st += [Paragraph(h, s2.h3), Paragraph(t, s2.p)]
    st += [Spacer(1, 4 * mm), Paragraph('Met vriendelijke groet,', s2.p), Spacer(1, 8 * mm),
           Paragraph('dr. H.R. Postma, orthopedisch chirurg', s2.p)]
    build_pdf(p2, st, f2, None, n2, margins=(22 * mm, 20 * mm, 32 * mm, 20 * mm))

    # part 3: X-ray report
    s3 = S('LMono', 9)
    p3 = scratch('tf015_3.pdf'); parts.append(p3)

    def f3(c, d):
        c.setFont('LSans-B', 10); c.drawString(20 * mm, A4[1] - 15 * mm, 'Tjongerzicht Ziekenhuis \u2013 Radiologie')
        c.setFont('LSans', 8); c.drawString(20 * mm, A4[1] - 19 * mm, 'Thialfweg 44, 8441 PW Heerenveen')
    txt = ('Patient     : TJOELKER, W.          Geb.datum : 23-05-1966\n'
           'Patientnr   : 1883012               Geslacht  : V\n'
           'Aanvrager   : H.R. Postma, orthopedie\n'
           'Onderzoek   : X-POLS LINKS (2 richtingen) + X-SCAPHOID\n'
           'Datum       : 21-08-2026\n'
           '\n'
           'Klin. gegevens: pijn li pols, artrose?\n'
           '\n'
           'Verslag:\n'
           'Scapholunaire diastase van 5 mm met proximale migratie van het capitatum.\n'
           'Versmalling van de radioscafoidale gewrichtsspleet met subchondrale\n'
           'sclerose en osteofytvorming aan de processus styloideus radii. Het\n'
           'radiolunaire gewricht is gespaard. Dorsale kanteling van het lunatum\n'
           '(DISI), radiolunaire hoek 25 gr. Geen fractuur.\n'
           '\n'
           'Conclusie:\n'
           'Beeld passend bij SLAC-pols links stadium II (radioscafoidaal,\n'
           'styloideus en scaphoidfossa), midcarpaal nog gespaard.\n'
           '\n'
           'B.J. van der Meulen, radioloog          21-08-2026 16:40')
    st = [Preformatted(txt, s3.mono)]
    build_pdf(p3, st, f3, None, None, margins=(20 * mm, 20 * mm, 28 * mm, 20 * mm))
    merge_pdfs(parts, out(stem, 'pdf'))
    label(stem, kinds=['referral', 'correspondence', 'imaging-report'], date='2026-10-12', author='gp', language='nl',
          style='merged PDF: GP letter + hospital outpatient letter + monospaced RIS X-ray report',
          referral_question=True, imaging_done='yes', operated='unmentioned', treated_abroad='unmentioned',
          notes='Three documents in one file (referral 12-10, orthopaedic letter 04-09, X-ray report 21-08). Top-level '
                'date/author = first part. Four-corner arthrodesis only proposed; hysterectomy irrelevant. '
                'GP referral has a short Voorgeschiedenis line but no recent treatments, so not labelled history.',
          parts=[dict(kinds=['referral'], date='2026-10-12', author='gp'),
                 dict(kinds=['correspondence'], date='2026-09-04', author='specialist'),
                 dict(kinds=['imaging-report'], date='2026-08-21', author='radiologist')])


# ------------------------------------------------------------------ tf-016 (merged fax)
def tf016():
    stem = 'tf-016'
    parts = []

    def faxnum(start, total, send='16-06-2026 14:03'):
        def fn(c, p, n):
            c.saveState(); c.setFont('LMono', 8)
            c.drawString(12 * mm, A4[1] - 7 * mm,
                         f'{send}  VAN: Westhaven Zkh OK-secr.  +31 10 460 19 99   AAN: 0334619200   P.{start + p - 1:02d}/{total:02d}')
            c.restoreState()
        return fn
    s = S('LSans', 9.5)

    def f1(c, d):
        logo_bars(c, 20 * mm, A4[1] - 28 * mm, ('#283593', '#5c6bc0', '#9fa8da'))
        c.setFont('LSans-B', 12); c.drawString(36 * mm, A4[1] - 19 * mm, 'Westhaven Ziekenhuis')
        c.setFont('LSans', 8.5); c.drawString(36 * mm, A4[1] - 23.5 * mm, 'locatie Vlaardingen \u2013 Holysingel 3, 3136 EA Vlaardingen')
        c.setFont('LSans-B', 11); c.drawString(36 * mm, A4[1] - 30 * mm, 'OK-verslag')
    p1 = scratch('tf016_1.pdf'); parts.append(p1)
    st = [kv([('Naam', 'Zwartjes, C. (Kees)'), ('Geb.', '01-06-1959'), ('Pat.nr.', '6008123'),
              ('OK-datum', '09-06-2026'), ('Specialisme', 'Orthopedie \u2013 hand/pols'),
              ('Operateur', 'dr. F. Bakkali'), ('Assistent', 'drs. E. Timmers (ANIOS)'),
              ('Anesthesie', 'ALRA (supraclaviculair blok)'), ('Tourniquet', 'ja, 84 min 250 mmHg')],
             s, colw=(30 * mm, 100 * mm), label_style=s.bt, pad=1)]
    st.append(Spacer(1, 3 * mm))
    for h, t in [('Diagnose', 'Ulnair impactiesyndroom links, ulnaire variant +3 mm, st.na conservatieve behandeling.'),
                 ('Verrichting', 'Ulnaverkortingsosteotomie links (4 mm) met 6-gaats compressieplaat (oblique osteotomie, zaagmal).'),
                 ('Verslag', 'Rugligging, arm op armtafel. Na desinfectie en steriel afdekken incisie langs de ulnaire '
                             'rand van de onderarm tussen FCU en ECU. N. ulnaris ramus dorsalis gespaard. Ulnaschacht vrij '
                             'geprepareerd. Plaat geplaatst, zaagmal aangebracht, 2 parallelle schuine zaagsneden op 4 mm afstand. '
                             'Segment verwijderd, compressie via plaat, lagschroef. Doorlichting: ulna-min 1 mm, goede '
                             'plaatligging. DRUG stabiel. Fascie sluiten, subcutaan Vicryl 3-0, intracutaan Monocryl 4-0.'),
                 ('Complicaties', 'geen'),
                 ('Nabehandeling', 'Bovenarmspalk 2 wk, daarna onderarmbrace. Poli 2 wk met X-onderarm. Handtherapie.')]:
        st += [Paragraph(f'<b>{h}:</b> {t}', s.p)]
    st.append(Paragraph('dr. F. Bakkali, orthopedisch chirurg \u2013 09-06-2026', s.i))
    build_pdf(p1, st, f1, None, faxnum(1, 3), margins=(20 * mm, 20 * mm, 36 * mm, 18 * mm))

    p2 = scratch('tf016_2.pdf'); parts.append(p2)

    def f2(c, d):
        logo_bars(c, 20 * mm, A4[1] - 28 * mm, ('#283593', '#5c6bc0', '#9fa8da'))
        c.setFont('LSans-B', 12); c.drawString(36 * mm, A4[1] - 19 * mm, 'Westhaven Ziekenhuis')
        c.setFont('LSans', 8.5); c.drawString(36 * mm, A4[1] - 23.5 * mm, 'Orthopedie \u2013 secretariaat 010-460 18 50')
    st = [Spacer(1, 4 * mm),
          Paragraph('Aan: dhr. R. Abspoel, huisarts, Gezondheidscentrum Westwijk, Vlaardingen', s.tight),
          Paragraph('Datum: 12-06-2026', s.tight), Spacer(1, 5 * mm),
          Paragraph('<b>ONTSLAGBRIEF dagbehandeling/kortverblijf</b>', s.h2),
          Paragraph('Betreft: dhr. C. Zwartjes, geb. 01-06-1959 \u2013 opname 09-06-2026, ontslag 10-06-2026', s.p),
          Paragraph('Geachte collega,', s.p),
          Paragraph('Uw patiënt werd op 09-06-2026 opgenomen voor een electieve ulnaverkortingsosteotomie links wegens '
                    'een ulnair impactiesyndroom. De operatie verliep ongecompliceerd (zie bijgevoegd OK-verslag). '
                    'Postoperatieve X-onderarm: goede stand, plaat in situ, osteotomie gesloten. Eén nacht opgenomen '
                    'voor pijnbestrijding (blok uitgewerkt), dag 1 ontslagen met spalk.', s.p),
          Paragraph('<b>Medicatie bij ontslag:</b> paracetamol 1 g 4dd, diclofenac 50 mg 3dd (5 dgn) + omeprazol 20 mg, '
                    'oxycodon 5 mg zn max 4dd (3 dgn), nadroparine niet geïndiceerd.', s.p),
          Paragraph('<b>Afspraken:</b> poli orthopedie 23-06-2026 met X-onderarm; handtherapie gestart via ons. Wondcontrole '
                    'door u niet nodig (intracutaan, oplosbaar).', s.p),
          Paragraph('Met collegiale groet,', s.p), Spacer(1, 6 * mm),
          Paragraph('drs. E. Timmers, ANIOS orthopedie, namens dr. F. Bakkali', s.p)]
    build_pdf(p2, st, f2, None, faxnum(2, 3), margins=(20 * mm, 20 * mm, 36 * mm, 18 * mm))
    # page 3: fax cover note at the end (systems add a transmission report)
    p3 = scratch('tf016_3.pdf'); parts.append(p3)
    s3 = S('LMono', 9)
    st = [Preformatted('*** VERZENDRAPPORT ***\n\nTX  16-06-2026 14:03  3 pagina(s)\nBestemming: 0334619200\n'
                       'Status: OK\n\nOpmerking: op verzoek patient t.b.v. second opinion Handcentrum Vijverhof.', s3.mono)]
    build_pdf(p3, st, None, None, faxnum(3, 3), margins=(20 * mm, 20 * mm, 30 * mm, 18 * mm))
    merge_pdfs(parts, out(stem, 'pdf'))
    label(stem, kinds=['operation-report', 'correspondence'], date='2026-06-09', author='specialist', language='nl',
          style='faxed merged PDF: OK-verslag + ontslagbrief + transmission report, fax header line on every page',
          imaging_done='yes', operated='yes', treated_abroad='unmentioned',
          notes='Fax send date 16-06-2026 on every page differs from both document dates. The discharge letter refers to the '
                'enclosed OK-verslag and gives no operator/description itself. Third page is a fax transmission report (no kind).',
          parts=[dict(kinds=['operation-report'], date='2026-06-09', author='specialist'),
                 dict(kinds=['correspondence'], date='2026-06-12', author='specialist'),
                 dict(kinds=[], date='2026-06-16', author='other')])


# ------------------------------------------------------------------ tf-017 (HIS professionele samenvatting)
def tf017():
    stem = 'tf-017'
    s = S('DVC', 8.5)

    def hdr(c, d):
        c.saveState()
        c.setFont('DVC-B', 9); c.drawString(15 * mm, A4[1] - 11 * mm, 'Gezondheidscentrum Kersentuin \u2013 huisartsen')
        c.setFont('DVC', 7.5)
        c.drawString(15 * mm, A4[1] - 14.5 * mm, 'Kersentuin 2, 3544 CZ Utrecht  \u2022  030-670 22 10  \u2022  AGB 01-066421')
        c.drawRightString(A4[0] - 15 * mm, A4[1] - 11 * mm, 'Patiënt: Bouzerda, F. (V)  geb. 14-10-1971')
        c.drawRightString(A4[0] - 15 * mm, A4[1] - 14.5 * mm, 'Datum uitdraai: 15-10-2026 11:27')
        c.line(15 * mm, A4[1] - 16.5 * mm, A4[0] - 15 * mm, A4[1] - 16.5 * mm)
        c.restoreState()

    def num(c, p, n):
        c.setFont('DVC', 7)
        c.drawString(15 * mm, 9 * mm, 'Professionele samenvatting \u2013 vertrouwelijk, uitsluitend voor behandelaar. Gegenereerd uit HIS.')
        c.drawRightString(A4[0] - 15 * mm, 9 * mm, f'Pagina {p} van {n}')

    st = [Paragraph('PROFESSIONELE SAMENVATTING', s.h1)]
    st.append(kv([('Naam', 'F. Bouzerda'), ('Geboortedatum', '14-10-1971'), ('BSN', '999955021'),
                  ('Adres', 'Zamenhofdreef 411, 3562 JE Utrecht'), ('Verzekering', 'Amstel Zorgverzekeringen 4418800'),
                  ('Eigen huisarts', 'dr. E.M. Kroon'), ('Aanleiding', 'Aanvraag gegevens t.b.v. second opinion handchirurgie')],
                 s, colw=(32 * mm, 120 * mm), label_style=s.bt, pad=0.8))
    st.append(Paragraph('Episodelijst (actueel)', s.h2))
    st.append(grid_table([
        ['ICPC', 'Omschrijving', 'Begin', 'Attentie'],
        ['L93', 'Tendovaginitis de Quervain links', '09-02-2026', 'J'],
        ['T90.02', 'Diabetes mellitus type 2, zonder insuline', '23-11-2015', 'J'],
        ['K86', 'Hypertensie zonder orgaanschade', '04-04-2013', ''],
        ['L18', 'Spierpijn schoudergordel re', '17-05-2025', ''],
        ['A97.01', 'Vakantie/reisadvies', '01-07-2026', ''],
    ], s, colw=(16 * mm, 108 * mm, 26 * mm, 18 * mm), grid=colors.HexColor('#aaaaaa')))
    st.append(Paragraph('Episodelijst (voorgeschiedenis, afgesloten)', s.h2))
    st.append(grid_table([
        ['ICPC', 'Omschrijving', 'Begin', 'Einde'],
        ['D88', 'Appendicitis \u2013 appendectomie (elders)', '12-08-1998', '30-09-1998'],
        ['W82', 'Miskraam', '03-1996', '03-1996'],
        ['S03', 'Wratten hand li, cryotherapie', '02-10-2019', '20-12-2019'],
        ['L99.07', 'Trigger vinger D3 re, 1x injectie, genezen', '14-06-2021', '01-02-2022'],
    ], s, colw=(16 * mm, 108 * mm, 26 * mm, 26 * mm), grid=colors.HexColor('#aaaaaa')))
    st.append(Paragraph('Medicatie (actueel)', s.h2))
    st.append(grid_table([
        ['Start', 'Middel', 'Dosering'],
        ['23-11-2015', 'Metformine 500 mg tablet', '2 dd 1'],
        ['04-04-2013', 'Losartan 50 mg tablet', '1 dd 1'],
        ['11-03-2026', 'Diclofenac-natrium 50 mg + omeprazol 20 mg', 'zo nodig 2 dd 1 (max 14 dgn per keer)'],
    ], s, colw=(22 * mm, 86 * mm, 68 * mm), grid=colors.HexColor('#aaaaaa')))
    st.append(Paragraph('Contra-indicaties / allergieën: geen bekend. Intoleranties: codeïne (misselijk).', s.p))
    st.append(Paragraph('Journaal L93 Tendovaginitis de Quervain links (alle contacten)', s.h2))
    j = [
        ('09-02-2026', 'S', 'sinds 6 wk pijn radiale zijde li pols, uitstralend naar duim. Werkt als schoonmaakster, veel wringen. Geen trauma.'),
        ('', 'O', 'zwelling 1e extensorcompartiment, Finkelstein ++ li, re neg. Geen crepitaties CMC-1.'),
        ('', 'E', 'Tendovaginitis de Quervain li'),
        ('', 'P', 'uitleg, duimspalk (via apotheek), ontzien, diclofenac zn. CV 4-6 wk.'),
        ('11-03-2026', 'S', 'spalk helpt deels, nog pijn bij werk.'),
        ('', 'O', 'idem, Finkelstein +'),
        ('', 'P', 'injectie triamcinolonacetonide 10 mg + lidocaïne 1 ml in 1e compartiment li. Na injectie direct pijnvrij.'),
        ('22-04-2026', 'S', 'na 4 wk klachten terug'),
        ('', 'P', 'aanvraag echo pols li via Diagnostisch Centrum Stichtse Vecht'),
        ('06-05-2026', 'E', 'Uitslag echo pols li (05-05-2026): verdikte peesschede 1e compartiment, tenosynovitis APL/EPB, '
                            'subcompartiment EPB met septum aanwezig. Geen ganglion.'),
        ('03-06-2026', 'P', '2e injectie triamcinolon 10 mg li (blind). Bespreken verwijzing als onvoldoende '
                            'effect.'),
        ('01-07-2026', 'S', 'reisadvies: vakantie familie Marokko (Nador) juli-aug. Spalk mee.'),
        ('08-07-2026', 'P', 'Verwijzing plastische chirurgie, Ziekenhuis Leidsche Rijn-Oost (Zorgdomein), vraag: operatieve behandeling?'),
        ('02-09-2026', 'S', 'terug van vakantie. In Marokko geen arts bezocht, geen medische zorg gehad. Klachten idem.'),
        ('17-09-2026', '', 'Brief specialist ontvangen: plastisch chirurg dr. Nieboer d.d. 14-09-2026: de Quervain li met '
                           'septum, splijten 1e compartiment aangeboden. Pt twijfelt, wil eerst second opinion.'),
        ('14-10-2026', 'S', 'wil second opinion Handcentrum Vijverhof, vraagt verwijzing en overzicht. Nooit geopereerd aan '
                            'hand of pols (wel appendectomie 1998).'),
        ('', 'P', 'Verwijzing second opinion via ZD; professionele samenvatting meegestuurd.'),
    ]
    rows = [['Datum', '', 'Journaalregel']] + [[a, b, c] for a, b, c in j]
    st.append(grid_table(rows, s, colw=(20 * mm, 8 * mm, 152 * mm), head_bg='#eeeeee', grid=None))
    st.append(Paragraph('Journaal overige episodes (laatste 12 mnd, selectie)', s.h2))
    j2 = [('23-11-2025', 'T90.02', 'DM-controle POH: HbA1c 52 mmol/mol, RR 138/84, gewicht 81 kg, BMI 29,8.'),
          ('17-05-2026', 'T90.02', 'DM-controle: HbA1c 55, eGFR > 60, voetonderzoek gb.'),
          ('21-08-2026', 'K86', 'RR 142/88, geen wijziging beleid.'),
          ('02-10-2026', 'L18', 'schouderpijn re weer wat meer, oefeningen fysio herhaald.')]
    st.append(grid_table([['Datum', 'Episode', 'Tekst']] + [list(x) for x in j2], s,
                         colw=(20 * mm, 18 * mm, 142 * mm), head_bg='#eeeeee', grid=None))
    st.append(Paragraph('Laatste labwaarden', s.h2))
    st.append(grid_table([['Datum', 'Bepaling', 'Uitslag', 'Eenheid'],
                          ['17-05-2026', 'HbA1c', '55', 'mmol/mol'], ['17-05-2026', 'Kreatinine', '71', 'umol/l'],
                          ['17-05-2026', 'eGFR (CKD-EPI)', '> 90', 'ml/min/1.73m2'], ['17-05-2026', 'LDL', '2,6', 'mmol/l']],
                         s, colw=(22 * mm, 50 * mm, 30 * mm, 30 * mm), grid=colors.HexColor('#cccccc')))
    build_pdf(out(stem, 'pdf'), st, hdr, hdr, num, margins=(15 * mm, 15 * mm, 22 * mm, 16 * mm),
              title='Professionele samenvatting')
    label(stem, kinds=['history'], date='2026-10-15', author='gp', language='nl',
          style='HIS professionele samenvatting: episode lists with ICPC, medication table, SOEP journal grid, repeated header',
          imaging_done='yes', operated='no', treated_abroad='no',
          notes='Print date 15-10-2026 one day after birth day 14-10. Explicit "nooit geopereerd aan hand of pols" next to an '
                'appendectomy (other body part). Holiday in Morocco with explicit no medical care. Surgery offered, not done.')


# ------------------------------------------------------------------ tf-018
def tf018():
    stem = 'tf-018'
    s = S('LSans', 10.5)

    def first(c, d):
        logo_leaf(c, A4[0] - 38 * mm, A4[1] - 30 * mm, '#558b2f', 14 * mm)
        text_lines(c, 24 * mm, A4[1] - 16 * mm, ['**Huisartsenpraktijk Maas & Waal', 'A.G.M. Derksen  \u2013  huisarts',
                                                  'Hogeweg 4a, 6651 BT Druten', 'T 0487-51 22 30   F 0487-51 22 39'],
                   font='LSans', size=9)

    st = [Spacer(1, 8 * mm),
          Paragraph('Handcentrum Vijverhof<br/>Postbus 1280<br/>3800 BG Amersfoort', s.tight), Spacer(1, 12 * mm),
          Paragraph('Druten, 3 november 2026', s.p),
          Paragraph('<b>Betreft:</b> dhr. J.P.M. Verhoeven, geb. 12-12-1952, Kerkstraat 19, 6651 CV Druten', s.p),
          Spacer(1, 2 * mm),
          Paragraph('Geachte collega,', s.p),
          Paragraph('Hierbij verwijs ik bovengenoemde patiënt naar uw kliniek voor behandeling van een triggerfinger '
                    'van de ringvinger rechts (D4). Klachten bestaan sinds het voorjaar; de vinger schiet ’s ochtends op '
                    'slot en is pijnlijk ter hoogte van het A1-ringband. Twee injecties (april en augustus 2026) met '
                    'triamcinolon gaven steeds enkele weken verlichting.', s.p),
          Paragraph('Aanvullend onderzoek heb ik niet laten doen, er is geen echo of foto gemaakt.', s.p),
          Paragraph('Voorgeschiedenis: DM type 2 (tabletten), atriumfibrilleren (apixaban), TURP 2019.<br/>'
                    'Medicatie: metformine 850 mg 2dd, apixaban 5 mg 2dd, metoprolol 50 mg 1dd.<br/>'
                    'Allergie: geen.', s.p),
          Paragraph('Let op: gebruik apixaban. Patiënt heeft een voorkeur voor uw kliniek ivm goede ervaringen van een '
                    'buurman.', s.p),
          Paragraph('Graag uw behandeling.', s.p),
          Paragraph('Met vriendelijke groet,', s.p), Spacer(1, 14 * mm),
          Paragraph('A.G.M. Derksen, huisarts<br/>AGB 01-091178', s.p)]
    build_pdf(out(stem, 'pdf'), st, first, None, None, margins=(24 * mm, 24 * mm, 36 * mm, 22 * mm),
              title='verwijzing Verhoeven')
    label(stem, kinds=['referral'], date='2026-11-03', author='gp', language='nl',
          style='free GP referral letter, small practice letterhead, prose',
          referral_question=False, imaging_done='no', operated='unmentioned', treated_abroad='unmentioned',
          notes='Referral "voor behandeling" without any question or second-opinion request (sent to the second-opinion '
                'clinic). Explicit "geen echo of foto gemaakt". TURP is an unrelated operation.')


# ------------------------------------------------------------------ tf-019
def tf019():
    stem = 'tf-019'
    s = S('LSans', 9.5)

    def first(c, d):
        logo_circles(c, 22 * mm, A4[1] - 18 * mm, '#00897b', '#80cbc4', 5 * mm)
        c.setFont('LSans-B', 11); c.drawString(36 * mm, A4[1] - 16 * mm, 'Ziekenhuis Eemzicht')
        c.setFont('LSans', 8); c.drawString(36 * mm, A4[1] - 20 * mm, 'Medische Beeldvorming | Maatweg 3, 3813 TZ Amersfoort')

    st = [Spacer(1, 2 * mm)]
    st.append(Table([[Paragraph('Aan:<br/>R. de Kraker, huisarts<br/>Huisartsenpraktijk Vathorst<br/>Veenslag 8<br/>3825 BA Amersfoort', s.tight),
                      kv([('Patiënt', 'dhr. L. Smit'), ('Geb. datum', '23-09-1994'), ('ZIS', '5520918'),
                          ('Onderzoeksdatum', '23-09-2026'), ('Ordernr.', 'US-26-44102')], s,
                         colw=(30 * mm, 45 * mm), label_style=s.small, pad=0.5)]],
                    colWidths=(90 * mm, 80 * mm), style=[('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    st.append(Spacer(1, 8 * mm))
    st.append(Paragraph('<b>Echo pols dorsaal rechts</b>', s.p))
    st.append(Paragraph('<i>Klinische vraag:</i> sinds 3 mnd zwelling dorsum pols re, pijnlijk bij opdrukken. Ganglion? Anders?', s.p))
    st.append(Paragraph('Ter plaatse van de palpabele zwelling dorsaal ter hoogte van het scafolunaire interval een '
                        'goed begrensde, anechogene, licht gelobde structuur van 14 x 9 x 8 mm met dorsale aankleuring, '
                        'zonder doppler-signaal in de wand of inhoud. Smalle steel richting het SL-ligament. Extensorpezen '
                        'van het 2e t/m 4e compartiment normaal van aspect, geen tenosynovitis. Geen effusie '
                        'radiocarpaal. Geen aanwijzingen voor een solide laesie.', s.p))
    st.append(Paragraph('<b>Conclusie:</b> dorsaal polsganglion rechts (14 mm) uitgaande van het SL-interval.', s.p))
    st.append(Spacer(1, 8 * mm))
    st.append(Paragraph('L.M. Hoekstra, radioloog<br/>23-09-2026', s.tight))
    build_pdf(out(stem, 'pdf'), st, first, None, None, margins=(22 * mm, 20 * mm, 28 * mm, 20 * mm), title='Uitslag')
    label(stem, kinds=['imaging-report'], date='2026-09-23', author='radiologist', language='nl',
          style='short hospital ultrasound report without a title word, addressed to GP',
          imaging_done='yes', operated='unmentioned', treated_abroad='unmentioned',
          notes='No "verslag/radiologie" title: only the exam line "Echo pols dorsaal rechts" and "Medische Beeldvorming" '
                'in the letterhead. Birth date 23-09-1994 shares day/month with exam date.')


# ------------------------------------------------------------------ tf-020
def tf020():
    stem = 'tf-020'
    s = S('LSerif', 10.5)

    def first(c, d):
        logo_bars(c, 22 * mm, A4[1] - 27 * mm, ('#283593', '#5c6bc0', '#9fa8da'))
        c.setFont('LSerif-B', 13); c.drawString(38 * mm, A4[1] - 18 * mm, 'Westhaven Ziekenhuis')
        c.setFont('LSerif', 9); c.drawString(38 * mm, A4[1] - 23 * mm, 'Neurologie en Klinische Neurofysiologie')

    def num(c, p, n):
        c.setFont('LSerif', 8)
        c.drawString(22 * mm, 10 * mm, 'Holysingel 3, 3136 EA Vlaardingen \u2013 010-460 10 00 \u2013 www.westhavenziekenhuis.nl')
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, f'{p}')

    st = [Spacer(1, 4 * mm),
          Paragraph('Aan de huisarts<br/>mw. dr. D. Groeneveld<br/>Huisartsenpraktijk Babberspolder<br/>Vlaardingen', s.tight),
          Spacer(1, 8 * mm),
          kv([('Datum', '10 juli 2026'), ('Betreft', 'Mw. R. Koppelaar, geb. 10-07-1964'), ('Patiëntnummer', '6120447'),
              ('Polikliniekbezoek', '06-07-2026, EMG 06-07-2026')], s, colw=(38 * mm, 120 * mm), label_style=s.tight, pad=0.5),
          Spacer(1, 6 * mm),
          Paragraph('Geachte collega,', s.p),
          Paragraph('Hartelijk dank voor uw verwijzing van mevrouw Koppelaar wegens tintelingen in beide handen.', s.p)]
    for h, t in [
        ('Anamnese', 'Sinds ruim een jaar nachtelijke tintelingen en doof gevoel in duim, wijs- en middelvinger links, '
                     'minder rechts. Wordt er \u2019s nachts wakker van, moet schudden. Laatste maanden laat zij voorwerpen '
                     'vallen met links. Geen nekpijn, geen uitstraling. Patiënte is niet eerder aan de handen geopereerd.'),
        ('Neurologisch onderzoek', 'Atrofie thenar links, lichte zwakte m. abductor pollicis brevis links MRC 4, '
                                   'rechts 5. Hypesthesie dig 1-3 links. Tinel en Phalen links positief. Reflexen '
                                   'symmetrisch, geen pathologische reflexen.'),
        ('EMG (06-07-2026)', 'Links ernstig carpaletunnelsyndroom: distale motorische latentie n. medianus 7,1 ms, '
                             'sensibele geleiding dig 2-pols niet opwekbaar. Rechts matig CTS (DML 4,9 ms, SNAP '
                             'vertraagd). Geen aanwijzingen voor C6/C7-radiculopathie of polyneuropathie.'),
        ('Aanvullend onderzoek', 'Aanvullende beeldvorming (echo of MRI van de pols, X-CWK) hebben wij niet verricht; '
                                 'dit is bij dit typische beeld niet geïndiceerd.'),
        ('Conclusie', 'Bilateraal carpaletunnelsyndroom, links ernstig met axonale schade, rechts matig.'),
        ('Beleid', 'Links is een operatieve decompressie geïndiceerd; wij hebben patiënte hiervoor verwezen naar de '
                   'plastische chirurgie. Rechts in eerste instantie een nachtspalk. Wij hebben patiënte niet '
                   'teruggezien.'),
    ]:
        st += [Paragraph(h, s.h3), Paragraph(t, s.p)]
    st += [Paragraph('Met vriendelijke groet,', s.p), Spacer(1, 10 * mm),
           Paragraph('drs. M.J. van den Heuvel-Pronk, neuroloog', s.p)]
    build_pdf(out(stem, 'pdf'), st, first, None, num, margins=(22 * mm, 20 * mm, 34 * mm, 20 * mm), title='brief neurologie')
    label(stem, kinds=['correspondence'], date='2026-07-10', author='specialist', language='nl',
          style='hospital neurology outpatient letter with EMG section, serif, label block for date/betreft',
          imaging_done='no', operated='no', treated_abroad='unmentioned',
          notes='EMG is neurophysiology, not imaging; letter explicitly says no imaging was done. "Niet eerder geopereerd"; '
                'operation only indicated (plan). Birth date 10-07-1964 equals letter day.')


if __name__ == '__main__':
    for f in (tf011, tf012, tf013, tf014, tf015, tf016, tf017, tf018, tf019, tf020):
        f()
    print('pdf_b done')
