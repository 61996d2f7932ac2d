"""tu-036 .. tu-054 (English: Scottish/Irish/English NHS, US, Thai, Turkish, Dutch-in-English)."""
from common import *

# ------------------------------------------------------------------ tu-036 Scottish NHS clinic letter
pdf('tu-036', [
    ('two', 'NHS Lothian\nDepartment of Plastic Surgery\nSt John\'s Hospital\nHowden Road West, Livingston EH54 6PP\nTel 01506 523000',
     'Dr A. Campbell\nBruntsfield Medical Practice\n11 Forbes Road\nEdinburgh EH10 4EY'),
    ('sp', 5),
    ('kv', [('Date', '3rd December 2026'), ('Clinic date', '24/11/2026'),
            ('Dictated / typed', '01/12/2026  /  03/12/2026'), ('Our ref', 'PLS/HND/KvB')], (40 * mm, 120 * mm)),
    ('sp', 3),
    ('p', 'Dear Dr Campbell'),
    ('p', 'Re:  Miss Kirsten VAN BEEK   DOB 09/04/1996   CHI 0904961234\n      Flat 3/2, 18 Marchmont Crescent, Edinburgh EH9 1HN'),
    ('kv', [('Diagnosis', 'Right thumb base (CMCJ) osteoarthritis, symptomatic\nFailed splint and steroid injection'),
            ('Plan', 'Listed for right trapeziectomy\nPatient considering second opinion in the Netherlands')], (30 * mm, 130 * mm)),
    ('p', 'I reviewed this 30-year-old PhD student in the hand clinic. Her right thumb base pain has persisted despite '
          'a thermoplastic splint and an ultrasound-guided steroid injection given in this clinic in June. Radiographs '
          'of the right hand taken today show joint-space narrowing and osteophytes at the CMC joint, Eaton stage III, '
          'unusual at her age. We discussed trapeziectomy and she was happy to be listed.'),
    ('p', 'She will return to the Netherlands in the new year and may prefer to have surgery there; she has asked '
          'for a copy of this letter for that purpose. If so, she will let us know and we will remove her from the '
          'waiting list.'),
    ('p', 'Yours sincerely'),
    ('sp', 7),
    ('p', 'Mr Hamish Ross FRCS(Plast)\nConsultant Plastic and Hand Surgeon'),
    ('p', 'cc: Miss K van Beek (patient)'),
], font='Helvetica', size=10, footer='NHS Lothian · St John\'s Hospital · Hand Clinic\tPage {page} of {pages}')
label('tu-036', kinds=['correspondence'], date='2026-12-03', author='specialist', language='en',
      style='Scottish NHS clinic letter (CHI number, Diagnosis/Plan block, dictated/typed dates, ordinal date)',
      imaging_done='yes', operated='unmentioned', treated_abroad='yes',
      notes='Letter date 3rd December plus clinic 24/11 and dictated 01/12 dates; listed for surgery is a plan; seen and injected in a Scottish hospital -> treated abroad for a Dutch clinic.')

# ------------------------------------------------------------------ tu-037 Irish discharge summary with operation section
docx_file('tu-037', [
    ('p', 'Beaumont Hospital · Department of Plastic & Reconstructive Surgery\nBeaumont Road, Dublin 9, D09 V2N0 · +353 1 809 3000'),
    ('t', 'Discharge Summary'),
    ('kv4', [['Patient', 'Mr Ruud Hermans', 'DOB', '14/02/1984'],
             ['MRN', 'B2611487', 'Address', 'Utrecht, the Netherlands (tourist)'],
             ['Admitted', '14/07/2026', 'Discharged', '16/07/2026'],
             ['Consultant', 'Mr C. O\'Donnell', 'Summary date', '16/07/2026']]),
    ('sp',),
    ('h', 'Presenting complaint'),
    ('p', 'Laceration to the volar aspect of the right ring finger from a broken glass, presented to the Emergency '
          'Department. Unable to flex DIP joint; numbness radial side of finger. X-ray: no foreign body, no fracture.'),
    ('h', 'Operation'),
    ('kv', [('Date', '14/07/2026'), ('Surgeon', 'Mr Conor O\'Donnell, Consultant Plastic Surgeon'),
            ('Assistant', 'Dr Aoife Kelly, SpR'), ('Anaesthetic', 'General anaesthetic, upper arm tourniquet 250 mmHg'),
            ('Procedure', 'Exploration right ring finger; repair of FDP tendon zone II (4-strand core suture plus epitendinous '
                          'suture) and repair of radial digital nerve (9/0 nylon)'),
            ('Findings', 'Complete FDP division zone II, FDS intact, radial digital nerve divided'),
            ('Closure', '5/0 Prolene, dorsal blocking splint')]),
    ('h', 'Post-operative course'),
    ('p', 'Uneventful. Reviewed by hand therapy on day 1; early active motion protocol commenced.'),
    ('h', 'Discharge medication'),
    ('p', 'Paracetamol 1 g QDS PRN; flucloxacillin 500 mg QDS for 5 days.'),
    ('h', 'Follow-up'),
    ('p', 'Patient returns to the Netherlands on 18/07/2026. Please arrange hand therapy and review by a hand surgeon '
          'at home within 1 week. Copy of operation note given to patient.'),
    ('p', 'Dr Aoife Kelly, SpR, for Mr C. O\'Donnell'),
], font='Arial', size=10, header='Beaumont Hospital — Discharge Summary — HERMANS, Ruud (B2611487)', footer='Page {page} of {pages}')
label('tu-037', kinds=['correspondence', 'operation-report'], date='2026-07-16', author='specialist', language='en',
      style='Irish hospital discharge summary with full operation section (docx, 4-col table)',
      imaging_done='yes', operated='yes', treated_abroad='yes',
      notes='Discharge summary containing operation date, surgeon and procedure -> also operation report; tourist treated in Ireland; "X-ray: no foreign body" = imaging done.')

# ------------------------------------------------------------------ tu-038 US clinic note
pdf('tu-038', [
    ('two', 'Coastal Orthopaedic & Hand Specialists, P.A.\n1260 Pine Ridge Rd, Suite 200\nNaples, FL 34108\nPh (239) 555-0142  Fax (239) 555-0143',
     'CLINIC NOTE\nDOS: 12/03/2026\nProvider: Daniel R. Whitaker, MD\nLocation: Naples Office'),
    ('sp', 3),
    ('kv4', [('Patient', 'BOSCH, HENDRIKUS J', 'DOB', '04/11/1969'),
             ('MRN', 'COH-0048812', 'Sex', 'M'),
             ('PCP', 'None in US (Netherlands)', 'Insurance', 'Self-pay / travel')]),
    ('sp', 3),
    ('h', 'CHIEF COMPLAINT'), ('p', 'Numbness and tingling right hand x 8 months.'),
    ('h', 'HISTORY OF PRESENT ILLNESS'),
    ('p', '57 y/o right-hand-dominant male, Dutch citizen wintering in Florida, presents with numbness of the right thumb, '
          'index and middle finger, worse at night and when cycling. Wakes 3-4 x/night. Tried OTC wrist brace with partial '
          'relief. Denies neck pain. No prior hand surgery.'),
    ('h', 'PAST MEDICAL / SURGICAL HISTORY'),
    ('p', 'HTN. Hypothyroidism. Appendectomy (1990). Left inguinal hernia repair (2015).'),
    ('h', 'MEDICATIONS'), ('p', 'Lisinopril 10 mg daily; levothyroxine 50 mcg daily.'),
    ('h', 'ALLERGIES'), ('p', 'NKDA'),
    ('h', 'PHYSICAL EXAM'),
    ('p', 'Right: + Tinel at carpal tunnel, + Phalen at 20 s, 2-point discrimination 7 mm index. Mild APB atrophy. '
          'Left: negative provocative tests.'),
    ('h', 'IMAGING'),
    ('p', 'XR right wrist, 3 views, obtained in office today: no fracture, no significant degenerative change.'),
    ('h', 'ASSESSMENT'), ('p', '1. Carpal tunnel syndrome, right upper limb (G56.01)'),
    ('h', 'PLAN'),
    ('p', 'Discussed natural history. Recommended right open carpal tunnel release; EMG/NCS prior to surgery. Patient '
          'prefers to have surgery at home in the Netherlands in spring and requested records. Night splint. '
          'RTC PRN.'),
    ('sp', 3),
    ('small', 'Electronically signed by Daniel R. Whitaker, MD on 12/03/2026 04:52 PM EST'),
], font='Helvetica', size=9.5, pagesize=LETTER,
    footer='BOSCH, HENDRIKUS J  DOB 04/11/1969  MRN COH-0048812\tPage {page} of {pages}')
label('tu-038', kinds=['correspondence'], date='2026-12-03', author='specialist', language='en',
      style='US clinic note (EMR, SOAP-like headings in capitals, US mm/dd/yyyy dates, ICD-10, Letter size)',
      imaging_done='yes', operated='no', treated_abroad='yes',
      notes='US date format 12/03/2026 = 3 December and DOB 04/11/1969 = 11 April; "No prior hand surgery" -> operated no; appendectomy/hernia repair are other body parts; CTR only recommended; US clinic treated a Dutch patient.')

# ------------------------------------------------------------------ tu-039 forwarded e-mail (Thailand)
txt('tu-039', '''
From:    Maarten Visser <m.visser.nl@gmail.example>
To:      intake@handclinic-noord.nl
Date:    Mon, 7 Dec 2026 08:03:41 +0100
Subject: Fwd: Medical summary and operative note - HN 26-118702

Dear intake team,

My GP told me to forward this to you before my appointment. The hospital in Phuket sent me the
summary below; the operative note and the CT report are attached to their e-mail.

Kind regards,
Maarten Visser (born 22 May 1979)

---------- Forwarded message ---------
From: International Patient Services <ips@phuket-intl-hospital.example>
Date: Fri, Nov 27, 2026 at 10:15 AM
Subject: Medical summary and operative note - HN 26-118702
To: Maarten Visser <m.visser.nl@gmail.example>

Dear Mr. Visser,

As requested, please find attached your medical summary and operative note.

You were admitted to our hospital on October 2, 2026 after a motorbike accident. A CT scan of
the left wrist showed a comminuted intra-articular fracture of the distal radius. On October 3,
2026 Dr. Somchai Prasert performed open reduction and internal fixation with a volar locking
plate. You were discharged on October 6, 2026 in good condition.

> On Wed, Nov 25, 2026 at 9:02 PM Maarten Visser wrote:
> Hello, could you please send me the operation report and the summary? I am now back in
> the Netherlands and need them for a second opinion. Thank you.

Best regards,
Khun Nattaya
International Patient Services
''')
label('tu-039', kinds=[], date='2026-12-07', author='patient', language='en',
      style='forwarded e-mail printout with nested quoted messages (Fwd + quoted reply), each with its own date',
      imaging_done='yes', operated='yes', treated_abroad='yes',
      notes='E-mail body summarises the admission/ORIF in Thailand but is not the operation note ("attached"); outer date vs quoted 27 Nov and 25 Nov; birth date in signature.')

# ------------------------------------------------------------------ tu-040 UK micro lab, MRSA among other swabs
pdf('tu-040', [
    ('two', 'Leeds Teaching Hospitals NHS Trust\nPathology - Microbiology\nOld Medical School, Leeds LS1 3EX',
     'Patient: DE WIT, Femke\nDOB: 30/03/1990   NHS No: 485 777 3456\nHosp No: L2649901'),
    ('sp', 3),
    ('kv4', [('Location', 'Ward J24 Plastic Surgery', 'Consultant', 'Ms S. Khan'),
             ('Collected', '18/11/2026 07:30', 'Received', '18/11/2026 10:12'),
             ('Reported', '20/11/2026', 'Lab no', 'M,26.7781245.P')]),
    ('p', 'Clinical details: Admission screen. Flexor sheath infection R index finger. On IV co-amoxiclav.'),
    ('tab', [['Specimen', 'Test', 'Result'],
             ['Nose swab', 'MRSA screen (culture)', 'MRSA NOT isolated'],
             ['Groin swab', 'MRSA screen (culture)', 'MRSA NOT isolated'],
             ['Wound swab R index finger', 'Culture & sensitivity',
              'Staphylococcus aureus isolated (meticillin sensitive, MSSA). Sensitive: flucloxacillin, clindamycin, doxycycline'],
             ['Blood culture x2', 'Culture', 'No growth after 5 days (final)']], (42 * mm, 40 * mm, 88 * mm)),
    ('sp', 3),
    ('small', 'Authorised by: Dr P. Ashworth, Consultant Microbiologist, 20/11/2026 15:40. '
              'Results relate only to the specimens received.'),
], font='DejaVuSans', size=9, footer='LTHT Pathology  ·  Report printed 21/11/2026\tPage {page} of {pages}')
label('tu-040', kinds=['mrsa-screening'], date='2026-11-20', also_dates=['2026-11-18'], author='lab', language='en',
      style='UK NHS microbiology report, MRSA screen rows among wound swab and blood cultures',
      imaging_done='unmentioned', operated='unmentioned', treated_abroad='yes',
      notes='MRSA screen from a lab abroad; MSSA in a wound swab is not MRSA; ward admission (admission screen) in a UK hospital -> treated abroad; collected/reported/printed dates.')

# ------------------------------------------------------------------ tu-041 UK operation note form
docx_file('tu-041', [
    ('tab', [['OPERATION NOTE', 'Royal Berkshire NHS Foundation Trust — Day Surgery Unit']]),
    ('sp',),
    ('kv4', [['Name', 'Mrs Ingrid Visscher', 'Hosp No', 'RBH 7740192'],
             ['DOB', '21.06.1966', 'NHS No', '612 448 9073'],
             ['Date', '19/11/2026', 'Theatre', 'DSU Theatre 2'],
             ['Surgeon', 'Miss R. Patel (Consultant)', 'Assistant', 'Mr J. Owens (ST5)'],
             ['Anaesthetist', 'n/a', 'Anaesthesia', 'WALANT (1% lidocaine + adrenaline)']]),
    ('sp',),
    ('kv', [('Procedure', 'Release of A1 pulley, right middle finger'),
            ('Indication', 'Triggering right middle finger, locking, failed 2 steroid injections'),
            ('Time', 'Knife to skin 09:41   Closure 09:58'),
            ('Tourniquet', 'None'),
            ('Findings', 'Thickened A1 pulley, tendon nodule FDS; full excursion after release, no triggering on active flexion'),
            ('Closure', '4/0 nylon interrupted, soft dressing'),
            ('Complications', 'None'),
            ('Post-op instructions', 'Elevate, mobilise fingers immediately. Wound check and ROS practice nurse day 10-12. '
                                     'No routine follow-up; hand therapy if stiffness.'),
            ('VTE', 'Not required')]),
    ('p', 'Signed: R. Patel  GMC 6123457'),
], font='Calibri', size=10, footer='Operation note — printed from theatre system 19/11/2026 10:14')
label('tu-041', kinds=['operation-report'], date='2026-11-19', author='specialist', language='en',
      style='UK operation note form (docx tables: title bar, 4-col demographics, label/value body)',
      imaging_done='unmentioned', operated='yes', treated_abroad='yes',
      notes='Dutch-named patient operated in an English NHS trust; DOB with dots vs dates with slashes.')

# ------------------------------------------------------------------ tu-042 UK radiology with addendum
pdf('tu-042', [
    ('t', 'Radiology Report'),
    ('small', 'NHS Lothian · Royal Infirmary of Edinburgh · Department of Clinical Radiology'),
    ('kv', [('Patient', 'MEIJER, Thomas'), ('DOB', '15/08/2002'), ('CHI', '1508021177'),
            ('Referrer', 'Emergency Department (Dr L. Fraser)'),
            ('Examination', 'XR Left Wrist (scaphoid views)'), ('Exam date', '20/11/2026 23:14')], (32 * mm, 120 * mm)),
    ('sp', 3),
    ('p', 'Clinical history: FOOSH playing rugby. Tender anatomical snuffbox. ?scaphoid fracture'),
    ('p', 'Report: No acute bony injury is demonstrated. Carpal alignment maintained. Soft tissue swelling over the '
          'radial aspect of the wrist. If clinical suspicion persists, suggest repeat imaging or CT in 10-14 days.'),
    ('p', 'Reported by: Dr S. McLeod, Consultant Radiologist, 21/11/2026'),
    ('sp', 4),
    ('box', 'ADDENDUM  23/11/2026 (Dr S. McLeod)\nReviewed with the subsequent CT left wrist of 23/11/2026: undisplaced '
            'fracture of the scaphoid waist, occult on the radiographs. Fracture clinic informed.'),
], font='Times', size=10.5, footer='Report status: FINAL + ADDENDUM\tPage {page} of {pages}')
label('tu-042', kinds=['imaging-report'], date='2026-11-21', also_dates=['2026-11-20', '2026-11-23'], author='radiologist',
      language='en', style='UK radiology report with boxed addendum of later date referencing a further CT',
      imaging_done='yes', operated='unmentioned', treated_abroad='yes',
      notes='Exam 20/11 late evening, report 21/11, addendum 23/11; referred by a Scottish ED -> treated abroad (Dutch student); "no acute bony injury" still imaging done.')

# ------------------------------------------------------------------ tu-043 English referral from a Dutch GP
txt('tu-043', '''
International GP Practice Amsterdam - Huisartsenpraktijk Jordaan
Rozengracht 150, 1016 NH Amsterdam - T +31 20 6250000

To: Hand & Wrist Clinic Amsterdam, second opinion service

Amsterdam, Dec 3rd, 2026

Re: Ms Priya Raman, date of birth 02/03/1991 (2 March 1991), BSN 6677.88.990

Dear colleague,

I would be grateful if you could see Ms Raman, a 35-year-old software engineer, for a second
opinion. She has had pain and numbness on the ulnar side of the right hand for 7 months, worse
when leaning on her elbow at the desk. Nerve conduction studies at the OLVG in October showed a
mild ulnar neuropathy at the elbow. No imaging has been performed. No surgery to date.

The neurologist suggested an ulnar nerve release at the elbow. My question is whether surgery is
indicated at this stage, or whether further conservative treatment (splinting, workplace
adaptation) is reasonable.

Medication: none. Allergies: none known.

Kind regards,

Dr. Sophie Ambrose, GP (huisarts)
AGB 01-112233
''')
label('tu-043', kinds=['referral'], date='2026-12-03', author='gp', language='en',
      style='English-language referral from a Dutch international GP practice (plain text), ordinal date',
      referral_question=True, imaging_done='no', operated='no', treated_abroad='unmentioned',
      notes='Date "Dec 3rd, 2026"; DOB given twice in two formats; "No imaging has been performed", "No surgery to date"; nerve conduction studies are not imaging.')

# ------------------------------------------------------------------ tu-044 patient portal message (English)
pdf('tu-044', [
    ('small', 'MyChart  •  Messages  •  Printed 18/11/2026'),
    ('kv', [('From', 'Laura Whitfield'), ('To', 'Hand Clinic Intake Team'),
            ('Sent', '17 November 2026 22:05'), ('Subject', 'Second opinion - left thumb')], (25 * mm, 130 * mm)),
    ('sp', 3),
    ('p', 'Hello,\n\nThank you for your reply. To answer your questions: the pain in my left thumb started after I '
          'fell on the ice in February. My GP sent me for an X-ray in October, which showed no fracture but "some '
          'wear". While on holiday in Mallorca in September it got worse, but I didn\'t see a doctor there - I just '
          'rested it and used the brace.\n\nI have never had an operation on my hands. My GP is sending the referral '
          'this week.\n\nBest wishes,\nLaura Whitfield (DOB 12/12/1972)'),
    ('sp', 3),
    ('kv', [('From', 'Hand Clinic Intake Team'), ('Sent', '16 November 2026 09:40')], (25 * mm, 130 * mm)),
    ('p', '> Dear Ms Whitfield, to prepare your second opinion, could you tell us whether imaging was done, whether '
          'you have had surgery, and whether you were treated in a hospital abroad in the last year? Kind regards, '
          'Intake team'),
], font='LibSans', size=10, footer='This message was sent through the patient portal.\t{page}/{pages}')
label('tu-044', kinds=[], date='2026-11-17', author='patient', language='en',
      style='patient-portal message printout with the quoted clinic question',
      imaging_done='yes', operated='no', treated_abroad='no',
      notes='Holiday in Mallorca without doctor -> treated_abroad no; the quoted clinic message asks about imaging/surgery/abroad (questions, not facts); X-ray "no fracture" = imaging done.')

# ------------------------------------------------------------------ tu-045 English HIS patient summary
docx_file('tu-045', [
    ('p', 'The Hague International Health Centre · GP practice · Laan van Meerdervoort 55, 2517 AG Den Haag'),
    ('t', 'Patient Summary'),
    ('kv4', [['Patient', 'Mr Oliver Grant', 'Date of birth', '08-01-1988'],
             ['Printed', '02-12-2026', 'GP', 'Dr M. Haddad']]),
    ('sp',),
    ('h', 'Active problems (ICPC)'),
    ('tab', [['Start', 'Code', 'Description'],
             ['14-06-2026', 'L76', 'Fracture 5th metacarpal left hand'],
             ['03-2020', 'R96', 'Asthma'],
             ['11-2018', 'P74', 'Anxiety disorder']]),
    ('h', 'Journal'),
    ('p', '20-06-2026  S: returning from Istanbul, Turkey. Punched a wall on 13-06, seen in the A&E of Acıbadem '
          'hospital, X-ray showed fracture of the neck of MC5 left, treated with ulnar gutter splint. Letter in Turkish '
          'and English provided.\n'
          '            O: splint in situ, no malrotation visible.\n'
          '            A: boxer\'s fracture left, conservative management abroad.\n'
          '            P: referral fracture clinic HMC Westeinde.\n'
          '15-07-2026  Specialist letter received: HMC trauma surgery: consolidation on X-ray, 30° volar angulation, accept.\n'
          '10-11-2026  S: knuckle "gone", pain on gripping, weak grip at the gym. O: loss of MC5 head prominence, '
          'extension lag 15°. A: malunion MC5 neck left. P: patient requests second opinion; referral hand clinic.'),
    ('h', 'Medication'),
    ('p', 'Salbutamol inhaler PRN; sertraline 50 mg OD'),
    ('h', 'Allergies'),
    ('p', 'Penicillin (rash)'),
], font='Arial', size=10, footer='Printed 02-12-2026 14:33 · Patient Summary · page {page} of {pages}')
label('tu-045', kinds=['history'], date='2026-12-02', author='gp', language='en',
      style='English HIS patient summary from a Dutch international GP practice (problem list ICPC, SOAP journal)',
      imaging_done='yes', operated='unmentioned', treated_abroad='yes',
      notes='A&E treatment in Istanbul = treated abroad; SOAP with "A:" instead of "E:"; print date is the document date.')

# ------------------------------------------------------------------ tu-046 multi-page London consultant letter
para = ('He describes the pain as a constant ache in the palm with shooting pains into the middle and ring fingers, '
        'worse with gripping the handlebars of his bicycle and when typing. Night symptoms have returned to the '
        'pre-operative level. He has tried a night splint for eight weeks without benefit. He works as a '
        'financial analyst and types for most of the day. He is otherwise fit and well, a non-smoker.')
pdf('tu-046', [
    ('two', 'The Harley Street Hand Unit\n82 Harley Street\nLondon W1G 7HN\nT: 020 7946 0321',
     'Dr E. Okafor\nMarylebone Health Centre\n17 Marylebone Road\nLondon NW1 5LT'),
    ('sp', 5),
    ('p', '4th November 2026'),
    ('p', 'Dear Dr Okafor'),
    ('p', 'Re: Mr Joris SMIT, DOB 12/06/1980, 41 Elgin Avenue, London W9'),
    ('p', 'Thank you for asking me to see Mr Smit again, who underwent a right open carpal tunnel release under my care '
          'at London Bridge Hospital on 22 September 2025. He reports that the numbness improved for around three months '
          'but has gradually recurred since the spring.'),
    ('p', para),
    ('p', 'He has not had any other surgery on either hand. He had a steroid injection into the carpal tunnel in '
          'July 2026 at our unit, which gave him about four weeks of relief. He has also seen a hand therapist '
          'for nerve gliding exercises, again with only temporary improvement. He is understandably frustrated, '
          'as the symptoms now interfere with his sleep and his work, and he is keen to find a lasting solution. '
          'He is aware that a revision procedure carries a lower success rate than a primary release.'),
    ('p', 'On examination, the scar is well healed but tender, with a positive Tinel sign at the proximal end of the '
          'incision. Two-point discrimination is 6 mm in the index and middle fingers. There is no thenar wasting.'),
    ('p', 'An ultrasound scan on 14 October 2026 showed an enlarged median nerve proximal to the previous release with '
          'perineural scar tissue; repeat nerve conduction studies showed mild improvement compared to 2025.'),
    ('p', 'Summary of investigations:\n'
          '  - Nerve conduction studies, August 2025 (pre-operative): moderate-severe right median neuropathy at the wrist\n'
          '  - Nerve conduction studies, 30 October 2026: mild-moderate, improved compared with 2025\n'
          '  - Ultrasound right wrist, 14 October 2026: see above\n'
          '  - Blood tests (HbA1c, TSH) in September 2026 via your surgery: normal'),
    ('p', 'I explained to Mr Smit that persistent or recurrent symptoms after carpal tunnel release are not unusual, '
          'and that the most common causes are incomplete division of the transverse carpal ligament, perineural '
          'scarring, or a second site of compression. On balance I think scarring is the most likely explanation '
          'in his case, given the ultrasound appearance and the partial improvement on the nerve studies.'),
    ('p', 'Options include a revision release with a hypothenar fat pad flap, or continued observation. He is moving '
          'back to the Netherlands in December and would like a second opinion there before deciding. I have '
          'enclosed the ultrasound report and the original operation note for his new team.'),
    ('p', 'Yours sincerely'),
    ('sp', 8),
    ('p', 'Mr Alistair Greaves MA FRCS (Tr & Orth)\nConsultant Hand and Upper Limb Surgeon'),
    ('p', 'cc: Mr J. Smit'),
], font='Times', size=12,
    header='Mr Joris SMIT   DOB 12/06/1980   Hospital No HSH-22817\nPage {page} of {pages}',
    footer='The Harley Street Hand Unit Ltd · Registered in England 0899123 · Printed 05/11/2026', top=32)
label('tu-046', kinds=['correspondence'], date='2026-11-04', author='specialist', language='en',
      style='private London consultant letter, 2 pages, repeated page header with patient/DOB/page x of y, print date in footer',
      imaging_done='yes', operated='yes', treated_abroad='yes',
      notes='Prior CTR in London (operated, abroad); revision only an option; "enclosed the ultrasound report and the original operation note" are not this document.')

# ------------------------------------------------------------------ tu-047 appointment letter (English)
txt('tu-047', '''
Xpert Handclinic Amsterdam
Appointment confirmation

Mr. Daniel Okonkwo
Van Baerlestraat 21-2
1071 AN Amsterdam

November 30, 2026
Patient number: 2026-771045    Date of birth: 19-07-1985

Dear Mr. Okonkwo,

We have received your GP's referral for a second opinion. Your appointment:

  Date:      Friday, January 8, 2027
  Time:      14:20
  With:      Dr. S. Kuijpers, hand surgeon
  Location:  Xpert Handclinic, Amsterdam Zuid, 2nd floor

Please bring:
  * your passport or ID card and insurance card
  * a list of the medication you use
  * a CD or USB stick with any X-rays, ultrasound or MRI images of your hand, if available
  * if you have been admitted to a hospital outside the Netherlands in the past two months:
    the result of an MRSA screening arranged by your GP

To cancel, please call +31 88 123 4500 at least 48 hours in advance.

Kind regards,
Planning department
''')
label('tu-047', kinds=[], date='2026-11-30', author='other', language='en',
      style='appointment confirmation letter (plain text, US-style month-first date)',
      imaging_done='unmentioned', operated='unmentioned', treated_abroad='unmentioned',
      notes='Conditional instructions only; appointment date in 2027 is not the document date.')

# ------------------------------------------------------------------ tu-048 UK hand therapy discharge report
docx_file('tu-048', [
    ('p', 'Leeds Teaching Hospitals NHS Trust\nHand Therapy Department, Chancellor Wing, St James\'s University Hospital'),
    ('t', 'Hand Therapy Discharge Report'),
    ('kv', [('Patient', 'Ms Femke de Wit'), ('DOB', '30/03/1990'), ('NHS No', '485 777 3456'),
            ('Date of report', '11 December 2026'), ('Consultant', 'Ms S. Khan, Plastic Surgery')]),
    ('sp',),
    ('p', 'Ms de Wit attended 9 sessions following washout of the right index flexor sheath and debridement on '
          '19/11/2026. She is relocating to the Netherlands and is discharged from our service with a home '
          'exercise programme.'),
    ('tab', [['Measure', 'Initial (24/11/2026)', 'Discharge (10/12/2026)'],
             ['R index TAM', '120°', '215°'],
             ['Grip (kg)', '9', '21'],
             ['QuickDASH', '61', '27']]),
    ('p', 'Recommendation: continue scar management and tendon gliding exercises; local hand therapy in the '
          'Netherlands if progress plateaus.'),
    ('p', 'G. Fletcher, Senior Hand Therapist (HCPC OT61234)'),
], font='Arial', size=10, footer='Hand Therapy · LTHT')
label('tu-048', kinds=[], date='2026-12-11', author='other', language='en',
      style='UK hospital hand-therapy discharge report (docx table of measurements)',
      imaging_done='unmentioned', operated='yes', treated_abroad='yes',
      notes='Therapy report (no kind) from a hospital abroad that treated the patient; mentions surgery (washout/debridement) -> operated yes; same patient as tu-040.')

# ------------------------------------------------------------------ tu-049 Thai lab report with MRSA PCR row
pdf('tu-049', [
    ('two', 'Phuket International Hospital\nDepartment of Pathology & Laboratory Medicine\n44 Chalermprakiat Rd, Phuket 83000, Thailand',
     'HN: 26-118702\nName: MR. MAARTEN VISSER\nAge/Sex: 47 Y / M\nWard: 6B (Orthopedic)'),
    ('sp', 3),
    ('kv4', [('Collected', '04-Oct-2026 06:10', 'Reported', '05-Oct-2026 14:25'),
             ('Requesting Dr', 'Dr. Somchai Prasert', 'Visit', 'IPD')]),
    ('sp', 2),
    ('tab', [['Test', 'Result', 'Unit', 'Reference'],
             ['Hemoglobin', '12.9', 'g/dL', '13.0-17.0'],
             ['WBC', '11.2', 'x10^3/uL', '4.5-11.0'],
             ['Platelet', '251', 'x10^3/uL', '150-450'],
             ['Creatinine', '0.9', 'mg/dL', '0.7-1.2'],
             ['Sodium', '139', 'mmol/L', '136-145'],
             ['Potassium', '4.1', 'mmol/L', '3.5-5.1'],
             ['MRSA screening (nasal swab, PCR)', 'NOT DETECTED', '', 'Not detected'],
             ['HbsAg', 'Negative', '', 'Negative']]),
    ('sp', 2),
    ('small', 'Medical technologist: Ms. Pornpan S.   Approved by: Dr. Wichai T., Pathologist'),
], font='Courier', size=9, footer='Phuket International Hospital LIS · printed 05-Oct-2026\tPage {page} of {pages}')
label('tu-049', kinds=['mrsa-screening'], date='2026-10-05', also_dates=['2026-10-04'], author='lab', language='en',
      style='Thai hospital lab report (inpatient), MRSA PCR as one row among chemistry/haematology',
      imaging_done='unmentioned', operated='unmentioned', treated_abroad='yes',
      notes='MRSA result from a lab abroad (not recent for the intake, but still an MRSA screening); dd-Mon-yyyy dates; same patient as tu-039.')

# ------------------------------------------------------------------ tu-050 US MRI report (plain text)
txt('tu-050', '''
GULF COAST OPEN MRI & IMAGING
4801 Tamiami Trail N, Naples, FL 34103   Tel (239) 555-0190

PATIENT: BOSCH, HENDRIKUS J          DOB: 04/11/1969        MRN: GCI-771203
REFERRING PHYSICIAN: Daniel R. Whitaker, MD
DATE OF SERVICE: December 8, 2026

EXAM: MRI RIGHT WRIST WITHOUT CONTRAST

CLINICAL HISTORY: Numbness right hand. Evaluate carpal tunnel, mass?

TECHNIQUE: Multiplanar multisequence MR imaging of the right wrist without IV contrast.

COMPARISON: Radiographs right wrist 12/03/2026 (outside).

FINDINGS:
Median nerve: enlarged proximal to the carpal tunnel with increased T2 signal and mild
flattening at the level of the hook of the hamate. No space-occupying lesion in the canal.
Flexor tendons: mild tenosynovitis.
Bones: no fracture or marrow edema. Small intraosseous ganglion in the lunate.
TFCC: intact. Ligaments: scapholunate and lunotriquetral ligaments intact.

IMPRESSION:
1. Findings compatible with carpal tunnel syndrome. No mass.
2. Mild flexor tenosynovitis.

Electronically signed: Rachel M. Ortiz, MD, Radiologist   12/08/2026 3:17 PM
''')
label('tu-050', kinds=['imaging-report'], date='2026-12-08', author='radiologist', language='en',
      style='US radiology report (plain text, EXAM/CLINICAL HISTORY/TECHNIQUE/FINDINGS/IMPRESSION)',
      imaging_done='yes', operated='unmentioned', treated_abroad='yes',
      notes='US imaging centre abroad; mm/dd dates (12/03 comparison = 3 Dec, signed 12/08 = 8 Dec); same patient as tu-038.')

# ------------------------------------------------------------------ tu-051 English referral from a Dutch specialist
pdf('tu-051', [
    ('two', 'Erasmus MC\nDepartment of Plastic and Reconstructive Surgery and Hand Surgery\nDr. Molewaterplein 40, 3015 GD Rotterdam',
     'Hand & Wrist Center Rotterdam\nAttn: second opinion intake'),
    ('sp', 5),
    ('kv', [('Date', 'November 26, 2026'), ('Our reference', 'PRHC-EN-2026-0412'),
            ('Regarding', 'Mr. Lucas Fontaine, DOB 07/07/1994 (7 July 1994)')], (35 * mm, 125 * mm)),
    ('sp', 2),
    ('p', 'Dear colleague,'),
    ('p', 'I would be grateful for your second opinion on Mr. Fontaine, a 32-year-old French violinist living in Rotterdam, '
          'whom I have treated for a recurrent dorsal wrist ganglion on the left. The ganglion was excised in 2024 '
          'elsewhere and again by me on 12 May 2026 (open excision with partial capsulectomy). An MRI of the left wrist '
          'on 20 October 2026 shows a 9 mm recurrence arising from the scapholunate interval.'),
    ('p', 'Question: would you advise an arthroscopic resection, a further open excision, or observation, given his '
          'profession and the high demands on wrist mobility? The patient himself asked for an independent opinion, '
          'which I fully support.'),
    ('p', 'The operation report and MRI report are available on request.'),
    ('p', 'Kind regards,'),
    ('sp', 6),
    ('p', 'Dr. H.J. van der Meulen, plastic and hand surgeon'),
], font='Helvetica', size=10.5, footer='Erasmus MC · Plastic Surgery\tpage {page} of {pages}')
label('tu-051', kinds=['referral', 'correspondence'], date='2026-11-26', author='specialist', language='en',
      style='specialist referral letter in English from a Dutch academic hospital',
      referral_question=True, imaging_done='yes', operated='yes', treated_abroad='unmentioned',
      notes='Referral written by the treating specialist: both referral and specialist correspondence (debatable whether a specialist referral counts as correspondence); dd/mm DOB with written-out duplicate; living in NL as a French citizen is not abroad.')

# ------------------------------------------------------------------ tu-052 travel insurance letter
docx_file('tu-052', [
    ('p', 'EuroAssist Travel Insurance N.V. · Medical Assistance Department\nP.O. Box 1101, 2130 EC Hoofddorp · +31 20 555 9090'),
    ('sp',),
    ('p', 'Mrs. Anneke Post\nDorpsstraat 12\n1621 AB Hoorn'),
    ('p', 'Hoofddorp, 14 September 2026'),
    ('kv', [('Claim number', 'EA-2026-0819-4471'), ('Insured', 'Mrs. A. Post, born 28-10-1963'),
            ('Policy', 'Continuous travel insurance, Europe')]),
    ('p', 'Dear Mrs. Post,'),
    ('p', 'Following your admission to Hospital Quirónsalud Marbella from 12 to 16 August 2026, where you underwent '
          'surgery on your right wrist on 14 August 2026, we confirm that the costs of your treatment and of your '
          'repatriation by air ambulance on 16 August 2026 are covered under your policy.'),
    ('p', 'The hospital invoice of EUR 8,412.50 has been paid directly. Please send us the invoices of any '
          'follow-up treatment in the Netherlands; these are claimed via your health insurer first.'),
    ('p', 'Yours sincerely,\n\nM. de Groot, claims handler'),
], font='Calibri', size=10.5, footer='EuroAssist Travel Insurance N.V. · KvK 33445566')
label('tu-052', kinds=[], date='2026-09-14', author='other', language='en',
      style='travel-insurance claim confirmation letter (docx)',
      imaging_done='unmentioned', operated='yes', treated_abroad='yes',
      notes='Insurance letter with no kind but two facts: admission and wrist surgery in Spain.')

# ------------------------------------------------------------------ tu-053 merged Turkish documents
r1 = [
    ('two', 'AKDENİZ LIFE HOSPITAL\nOrthopedics and Traumatology\nKonyaaltı Cd. 118, 07070 Antalya, TÜRKİYE\n+90 242 555 1234',
     'EPICRISIS / DISCHARGE SUMMARY\n(translated from Turkish)'),
    ('sp', 3),
    ('kv', [('Patient', 'Mrs. Marieke JANSSEN (Netherlands)'), ('Date of birth', '11.03.1977'), ('Protocol no', '2026/77814'),
            ('Admission', '12.07.2026'), ('Discharge', '15.07.2026'), ('Date', '15.07.2026')], (35 * mm, 120 * mm)),
    ('p', 'Diagnosis: S52.5 Fracture of lower end of radius, right (dorsally displaced, extra-articular).'),
    ('p', 'History: tourist, fell at the hotel pool on 12.07.2026. X-ray showed a displaced distal radius fracture. The '
          'patient underwent closed reduction and percutaneous K-wire fixation on 13.07.2026 under general anaesthesia. '
          'Post-operative course uneventful.'),
    ('p', 'Recommendations: below-elbow cast 6 weeks; K-wire removal after 6 weeks in the home country; control X-ray.'),
    ('p', 'Op. Dr. Emre Yıldız, Orthopedics and Traumatology Specialist'),
]
r2 = [
    ('t', 'RADIOLOGY REPORT'),
    ('small', 'Akdeniz Life Hospital · Radiology Department'),
    ('kv', [('Patient', 'JANSSEN MARIEKE'), ('Exam', 'Right wrist X-ray AP/lateral'), ('Exam date', '12.07.2026'),
            ('Requested by', 'Emergency Department')]),
    ('p', 'Findings: Transverse fracture of the distal radius metaphysis 2 cm proximal to the joint line with 25 degrees '
          'dorsal angulation and 3 mm shortening. Ulnar styloid fracture. No intra-articular extension.'),
    ('p', 'Impression: Displaced distal radius fracture with ulnar styloid fracture, right.'),
    ('p', 'Uzm. Dr. Ayşe Kara, Radiologist'),
]
r3 = [
    ('t', 'OPERATION NOTE'),
    ('kv', [('Patient', 'Marieke Janssen, 11.03.1977'), ('Date of operation', '13.07.2026'), ('Start / end', '09:35 / 10:10'),
            ('Surgeon', 'Op. Dr. Emre Yıldız'), ('Assistant', 'Dr. Can Öztürk'), ('Anaesthesia', 'General (Dr. S. Aydın)'),
            ('Pre-op diagnosis', 'Displaced distal radius fracture right'),
            ('Procedure', 'Closed reduction under fluoroscopy; fixation with 3 K-wires 1.8 mm (2 radial styloid, 1 dorsal ulnar corner), wires bent and cut outside the skin'),
            ('Complications', 'None'), ('Post-op', 'Below-elbow cast, elevation, analgesia')]),
]
merged_pdf('tu-053', [(r1, dict(font='DejaVuSans', size=9.5, footer='Akdeniz Life Hospital · Epicrisis')),
                      (r2, dict(font='DejaVuSans', size=9.5)),
                      (r3, dict(font='DejaVuSerif', size=9.5, footer='Operation note · page {page}'))])
label('tu-053', kinds=['correspondence', 'imaging-report', 'operation-report'], date='2026-07-15',
      also_dates=['2026-07-12', '2026-07-13'], author='specialist', language='en',
      style='merged PDF of a Turkish hospital: translated epicrisis + radiology report + operation note (dd.mm.yyyy dates)',
      imaging_done='yes', operated='yes', treated_abroad='yes',
      notes='Merged file from a hospital abroad; epicrisis mentions the operation in one sentence (no operator) so only the third part is the operation report.',
      parts=[dict(kinds=['correspondence'], date='2026-07-15', author='specialist'),
             dict(kinds=['imaging-report'], date='2026-07-12', author='radiologist'),
             dict(kinds=['operation-report'], date='2026-07-13', author='specialist')])

# ------------------------------------------------------------------ tu-054 imaging request form
txt('tu-054', '''
ROYAL INFIRMARY OF EDINBURGH - RADIOLOGY REQUEST (MRI)
=====================================================================
Patient:        MEIJER, Thomas              CHI: 1508021177
DOB:            15/08/2002                  Location: Fracture Clinic
Requested by:   Mr D. Sinclair, Consultant Orthopaedic (Hand) Surgeon
Date requested: 25/11/2026                  Priority: Routine (within 4 weeks)
---------------------------------------------------------------------
Examination requested:  MRI LEFT WRIST
Clinical details:       Scaphoid waist fracture on CT 23/11/2026, seen in fracture
                        clinic today, in cast. Persistent ulnar-sided pain as well.
Question:               ?TFCC tear  ?SL ligament injury  ?vascularity proximal pole
MRI safety checklist:   [x] no pacemaker  [x] no metal implants  [ ] claustrophobia
---------------------------------------------------------------------
Radiology use only:     Vetted: Y   Protocol: wrist routine + T1   Appointment: TBC
''')
label('tu-054', kinds=[], date='2026-11-25', author='specialist', language='en',
      style='radiology request form (plain text), Scottish fracture clinic',
      imaging_done='yes', operated='unmentioned', treated_abroad='yes',
      notes='A request form is neither referral nor imaging report; the requested MRI is not done, but the clinical details cite a CT of 23/11 (imaging done); seen in a Scottish fracture clinic -> treated abroad; same patient as tu-042.')
