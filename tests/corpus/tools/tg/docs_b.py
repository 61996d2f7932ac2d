"""tg-017 .. tg-032"""
import os
from common import pdf, docx, txt, label, merge, BUILD

# ------------------------------------------------------------------ tg-017 Spanish ED discharge, sworn English translation
pdf('tg-017', [
    ('small', 'TRANSLATION FROM SPANISH — page numbering and layout follow the original document'),
    ('lh', 'Hospital General Costa Cálida', ['Torrevieja (Alicante) — Spain', 'Emergency Department (Servicio de Urgencias)',
                                              'Traumatology and Orthopaedic Surgery', 'Tel. +34 965 72 18 00'], {'line': '#8a1c1c'}),
    ('title', 'EMERGENCY DEPARTMENT DISCHARGE REPORT'),
    ('kv4', [
        ('Patient', 'ROODENBURG, MARIJKE', 'Record no.', 'HC 3391027'),
        ('Date of birth', '23/06/1958', 'Passport', 'NLD (number on file)'),
        ('Arrival', '09/08/2026 11:42', 'Triage', 'Manchester — yellow'),
        ('Discharge', '09/08/2026 16:05', 'Destination', 'Home (tourist accommodation)'),
    ], {'widths': (0.15, 0.35, 0.15, 0.35)}),
    ('h', 'REASON FOR CONSULTATION'),
    ('p', 'Fall in the street onto the outstretched left hand. Pain and deformity of the left wrist. Right-handed. '
          'Dutch tourist on holiday. Previous history: hypothyroidism, on levothyroxine. No known drug allergies.'),
    ('h', 'EXAMINATION'),
    ('p', 'Swelling and "dinner fork" deformity of the left wrist. Skin intact. Distal pulses present. Sensation in the '
          'median, ulnar and radial territories preserved. Elbow and shoulder without findings.'),
    ('h', 'COMPLEMENTARY TESTS'),
    ('p', 'X-ray left wrist, AP and lateral: extra-articular fracture of the distal radius with dorsal angulation of '
          'approximately 20° and fracture of the ulnar styloid tip. Post-reduction X-ray: acceptable alignment, '
          'residual dorsal angulation 5°.'),
    ('h', 'TREATMENT IN THE DEPARTMENT'),
    ('p', 'Closed reduction under haematoma block (lidocaine 2%, 10 ml). Dorsal antebrachial plaster splint (férula). '
          'Metamizole 2 g i.v. Surgical treatment was not required.'),
    ('h', 'DIAGNOSIS'),
    ('p', 'Colles-type fracture of the distal left radius (S52.5). Ulnar styloid fracture.'),
    ('h', 'RECOMMENDATIONS'),
    ('p', 'Keep arm elevated; move the fingers. Paracetamol 1 g every 8 hours, alternating with metamizole 575 mg if needed. '
          'Return to the Emergency Department if the fingers become cold, numb or very swollen. Follow-up by the '
          'traumatology service of your home country within 7–10 days with a control X-ray. The patient was given '
          'the images on CD.'),
    ('sp', 6),
    ('p', 'Dr. Alejandro Ruiz Montero\nAttending physician, Traumatology (Colegiado nº 03/1288741)'),
    ('hr',),
    ('small', 'I, Lucía Martínez Vidal, Sworn Translator-Interpreter of Spanish and English appointed by the Spanish '
              'Ministry of Foreign Affairs, certify that the foregoing is a true and complete translation of the '
              'original document in Spanish. Alicante, 14 August 2026. [seal]'),
], font='DejaVuSans', size=9, footer='Page {p} of {n}')
label('tg-017', ['correspondence'], 'specialist', 'en', 'Spanish ED discharge report, sworn English translation',
      'yes', 'no', 'yes', date='2026-08-09',
      notes='Emergency department of a Spanish hospital treated a Dutch tourist (reduction and splint) = treated abroad; '
            '"Surgical treatment was not required" (operated no); translation date 14 August differs from report date; '
            'dd/mm dates; CD handed to patient is mentioned.')

# ------------------------------------------------------------------ tg-018 Belgian AZ letter (DOCX)
docx('tg-018', [
    ('lh', 'AZ Kempenland', ['campus Lommel', 'Dienst Orthopedie – Hand- en Polschirurgie', 'Hospitaalstraat 21, 3920 Lommel',
                             'Tel. +32 11 55 08 40 – raadpleging: +32 11 55 08 44'], {'image': True, 'sub': 'algemeen ziekenhuis'}),
    ('cols', 'Dokter W. Hermans\nHuisartsenpraktijk Bergeijk\nMolenstraat 18\n5571 GC Bergeijk\nNederland',
             'Lommel, 02/10/2026\nOns kenmerk: ORTHO/BV/26-7712\nUw kenmerk: /'),
    ('p', '<b>Betreft: Mevrouw Ilse DEKKERS (° 12/05/1990)</b>\nKempenweg 3, 5571 XB Bergeijk (NL) — raadpleging d.d. 29/09/2026'),
    ('p', 'Geachte Collega,\nBeste dokter Hermans,'),
    ('p', 'Ik zag uw patiënte op mijn raadpleging voor pijn aan de radiale zijde van de rechterpols. Zij was eerder deze '
          'zomer langs de spoedgevallendienst van ons ziekenhuis gekomen omdat zij tijdens het werk (kinderopvang) de pols '
          'verstuikte; toen werd een RX van de pols genomen zonder fractuur. Sindsdien blijft de pijn, vooral bij het '
          'optillen van kinderen en het wringen van doeken. U gaf reeds twee infiltraties (april en juli) met telkens '
          'slechts kortdurende verbetering.'),
    ('p', '<b>Klinisch onderzoek</b>: zwelling en drukpijn ter hoogte van het eerste extensorcompartiment. Test van '
          'Finkelstein duidelijk positief. Geen crepitaties van het CMC-1-gewricht. Sensibiliteit intact, geen Tinel '
          'over de ramus superficialis van de n. radialis.'),
    ('p', '<b>Technische onderzoeken</b>: RX pols (spoedgevallendienst, 07/2026): normale botstructuren, geen artrose. '
          'Echografie (24/09/2026): verdikking van de schede van het eerste compartiment met een intracompartimenteel septum '
          '(zie verslag dienst medische beeldvorming).'),
    ('p', '<b>Besluit</b>: tendovaginitis van De Quervain rechts, therapieresistent, met vermoedelijk septum.'),
    ('p', '<b>Voorstel</b>: chirurgische vrijlating van het eerste extensorcompartiment in dagkliniek, onder lokale of '
          'locoregionale anesthesie. Ik heb de procedure en het risico op irritatie van de sensibele radialistak met haar '
          'overlopen. Mevrouw wenst hierover eerst na te denken en overweegt, omdat zij in Nederland verzekerd is, '
          'eventueel een second opinion aan Nederlandse zijde. Zij neemt desgewenst zelf contact op voor een ingreepdatum.'),
    ('p', 'Ik dank u voor de verwijzing en houd u op de hoogte.'),
    ('p', 'Met collegiale groeten,'),
    ('sp', 10),
    ('p', 'Dr. Bart Vandenbussche\nOrthopedisch chirurg – handchirurgie\nRIZIV 1-48213-77-580'),
    ('small', 'Kopie: patiënte\nBijlage: verslag echografie d.d. 24/09/2026'),
], font='Calibri', size=10.5, footer='AZ Kempenland vzw – Hospitaalstraat 21 – 3920 Lommel – ondernemingsnr. 0412.000.000')
label('tg-018', ['correspondence'], 'specialist', 'nl', 'Belgian (Flemish) hospital consultation letter, DOCX with image letterhead',
      'yes', 'unmentioned', 'yes', date='2026-10-02', also=[],
      notes='Flemish wording (raadpleging, spoedgevallendienst, Besluit, ° before birth date, RIZIV); Dutch patient '
            'treated in a Belgian hospital (ED visit, X-ray, echo, consultation); surgery only proposed; the patient '
            'considering a second opinion is not a referral; dd/mm/yyyy dates.')

# ------------------------------------------------------------------ tg-019 Belgian ultrasound report
pdf('tg-019', [
    ('lh', 'AZ Kempenland — Dienst Medische Beeldvorming', ['campus Lommel', 'Hospitaalstraat 21, 3920 Lommel',
                                                           'Tel. +32 11 55 07 00']),
    ('kv', [
        ('Patiënt', 'DEKKERS Ilse   ° 12/05/1990   V'),
        ('Patiëntnummer', '0712 44391'),
        ('Verwijzende arts', 'Dr. VANDENBUSSCHE Bart (orthopedie)'),
        ('Kopie aan', 'Dr. HERMANS W., huisarts, Bergeijk (NL)'),
        ('Onderzoek', 'ECHOGRAFIE POLS RECHTS'),
        ('Datum onderzoek', '24/09/2026'),
    ], {'widths': (0.25, 0.75), 'boldlabel': False}),
    ('h', 'Klinische inlichtingen'),
    ('p', 'Pijn radiale zijde pols re sinds 07/2026, Finkelstein +. Tendinopathie? Septum?'),
    ('h', 'Verslag'),
    ('p', 'Er wordt een verdikking gezien van de peesschede van het eerste extensorcompartiment (abductor pollicis longus '
          'en extensor pollicis brevis) tot 2,1 mm, met een discrete hypervasculariteit op de powerdoppler. Er is een '
          'hypo-echogeen intracompartimenteel septum dat de EPB-pees van de APL-slips scheidt. Geen peesscheur. Een '
          'kleine hoeveelheid vocht in de peesschede. Geen ganglion. Het CMC-1-gewricht en het STT-gewricht tonen '
          'geen effusie. Ramus superficialis nervi radialis normaal van kaliber.'),
    ('h', 'Besluit'),
    ('p', 'Tendovaginitis van De Quervain rechts met een intracompartimenteel septum (subcompartiment EPB). '
          'Geen peesscheur.'),
    ('sp', 8),
    ('p', 'Dr. Katrien Wuyts, radioloog\nGevalideerd op 24/09/2026 om 15:18'),
], font='Times-Roman', size=10.5, footer='Dit verslag werd elektronisch gevalideerd en verzonden via het Vlaams eHealth-netwerk.')
label('tg-019', ['imaging-report'], 'radiologist', 'nl', 'Belgian radiology report (Dienst Medische Beeldvorming), Times',
      'yes', 'unmentioned', 'yes', date='2026-09-24',
      notes='Flemish ultrasound report: "Besluit" for conclusion, ° birth date, referring orthopaedic surgeon, copy to a '
            'Dutch GP; examination in a Belgian hospital; labels not bold.')

# ------------------------------------------------------------------ tg-020 bilingual Brussels operation protocol
pdf('tg-020', [
    ('lh', 'Clinique Sainte-Adélaïde · Kliniek Sint-Adelheid', ['Service de chirurgie de la main / Dienst handchirurgie',
                                                                'Rue des Champs 112 / Veldstraat 112', '1040 Etterbeek (Bruxelles / Brussel)',
                                                                'Tél./Tel. +32 2 739 41 00']),
    ('title', 'Protocole opératoire / Operatieprotocol'),
    ('kv4', [
        ('Patient / Patiënt', 'VERBRUGGEN Thomas', 'Né le / Geboren', '14/11/1983'),
        ('N° séjour / Opnamenr.', '26-054417', 'Date / Datum', '18/06/2026'),
        ('Chirurgien / Chirurg', 'Dr S. Lambert-Devos', 'Assistant(e)', 'Dr N. Haddouchi (MACCS)'),
        ('Anesthésie / Anesthesie', 'Bloc axillaire (Dr P. Nys)', 'Type', 'Hôpital de jour / dagziekenhuis'),
    ], {'grid': True, 'widths': (0.2, 0.3, 0.18, 0.32)}),
    ('kv', [
        ('Indication / Indicatie', 'Recidief dorsaal polsganglion links na aspiratie (2025), pijn bij steunen en bij '
                                  'het werk aan de computer.'),
        ('Intervention / Ingreep', 'Open excisie dorsaal ganglion pols links met resectie van de steel ter hoogte van '
                                   'het scafolunaire ligament en partiële dorsale kapsulectomie.'),
    ], {'widths': (0.25, 0.75)}),
    ('h', 'Description / Verloop'),
    ('p', 'Garrot op de bovenarm 250 mmHg. Transversale incisie over het ganglion op de dorsale zijde van de pols. '
          'Het extensorenretinaculum wordt tussen het 3de en 4de compartiment geopend; EPL naar radiaal, '
          'extensor digitorum naar ulnair. Het ganglion (ca. 2 × 1,5 cm) wordt in toto vrijgeprepareerd tot aan de steel, '
          'die ontspringt uit het dorsale kapsel boven het SL-ligament. Resectie van de steel met een kapselvenster van '
          '1 × 1 cm. Het SL-ligament is macroscopisch intact, geen instabiliteit bij de scafoïdshifttest. Hemostase na '
          'lossen van de garrot. Sluiten van het retinaculum met Vicryl 3-0, huid intracutaan Monocryl 4-0. '
          'Steriel verband en volaire polsspalk.'),
    ('kv', [
        ('Anatomopathologie', 'Envoyé / verstuurd (ganglion)'),
        ('Complications', 'Aucune / geen'),
        ('Suites / Nabehandeling', 'Spalk 10 dagen, daarna mobiliseren. Verwijderen hechting niet nodig. '
                                   'Controle raadpleging 4 weken.'),
    ], {'widths': (0.25, 0.75)}),
    ('sp', 6),
    ('p', 'Dr Sophie Lambert-Devos — chirurgienne de la main / handchirurg — INAMI/RIZIV 1-20841-33-490\n'
          'Validé électroniquement le 18/06/2026 / elektronisch gevalideerd'),
], font='DejaVuSans', size=9, footer='Clinique Sainte-Adélaïde asbl/vzw · Page/Pagina {p}/{n}')
label('tg-020', ['operation-report'], 'specialist', 'nl', 'bilingual French/Dutch Brussels operation protocol (labels bilingual, body Dutch)',
      'unmentioned', 'yes', 'yes', date='2026-06-18',
      notes='French-Belgian style: French-first bilingual labels (Protocole opératoire / Operatieprotocol, Né le, '
            'Chirurgien, Suites) with a Dutch body; Brussels hospital = treated abroad; dd/mm dates; earlier aspiration '
            'mentioned; the only dates are birth date and operation date.')

# ------------------------------------------------------------------ tg-021 patient e-mail from the US
txt('tg-021', '''
From: Lotte Vermeulen <lotte.vermeulen.bos@mail.example>
Sent: Sunday, November 29, 2026 9:14 PM
To: info@handkliniek-veluwezoom.example.nl
Subject: Question about second opinion wrist - moving back to NL in January
Attachments: MRI_report_Bayside_0911.pdf; visit_note_Bayside_0922.pdf

Dear Sir/Madam,

Sorry for writing in English, my Dutch spelling has gotten terrible after 6 years in Boston :)

My name is Charlotte (Lotte) Vermeulen, date of birth 5 December 1990. I will be moving back to Eindhoven at the
beginning of January and I would like to make an appointment for a second opinion about my left wrist.

Short history: I have had pain on the pinky side of my left wrist since a fall while ice skating in February.
In September I saw an orthopedic hand surgeon at Bayside Orthopedic & Sports Medicine in Quincy, MA. They did an
MRI (report attached) which showed a TFCC tear, and they gave me a cortisone injection in the office on 9/22,
which helped for about a month. The surgeon there recommended an arthroscopy with a repair, but I have not had
any surgery and I would rather have it done (if needed at all) once I'm back home, since my insurance here ends
when I leave my job.

My questions:
1. Do I need a referral from a Dutch GP (huisarts)? I am not registered with one yet; I will do that as soon
   as I have an address.
2. Can I send you the MRI images? I have a download link from the imaging center, no CD.
3. Is there a waiting list?

Thank you very much in advance!

Kind regards,
Lotte Vermeulen
+1 (617) 555-0148 (until Jan 3)
''')
label('tg-021', [], 'patient', 'en', 'patient e-mail (plain text with mail header)',
      'yes', 'no', 'yes', date='2026-11-29',
      notes='Patient e-mail, not a referral; US-style dates ("November 29, 2026", "9/22"); MRI done and injection '
            'given in a US orthopaedic practice (care abroad); arthroscopy only recommended, "I have not had any '
            'surgery"; ice-skating fall; asks whether a referral is needed.')

# ------------------------------------------------------------------ tg-022 US operative report (MM/DD dates)
pdf('tg-022', [
    ('lh', 'Saint Brendan Medical Center', ['Department of Orthopaedic Surgery — Hand & Upper Extremity',
                                             '2650 Ridge Avenue, Evanston, IL 60201', 'Phone (847) 555-0190']),
    ('title', 'OPERATIVE REPORT'),
    ('kv4', [
        ('PATIENT:', 'ZWART, PIETER', 'MRN:', 'SB-00718243'),
        ('DOB:', '08/11/1984', 'ACCOUNT #:', '4410972261'),
        ('DATE OF SERVICE:', '04/03/2026', 'LOCATION:', 'Ambulatory Surgery Center, OR 6'),
        ('SURGEON:', 'Daniel K. Whitcomb, MD', 'ASSISTANT:', 'Rachel Ng, PA-C'),
        ('ANESTHESIA:', 'General (LMA) + supraclavicular block', 'ANESTHESIOLOGIST:', 'Omar Haddad, MD'),
    ], {'widths': (0.2, 0.28, 0.24, 0.28), 'boldlabel': True}),
    ('kv', [
        ('PREOPERATIVE DIAGNOSIS:', 'Right wrist triangular fibrocartilage complex tear (Palmer 1B), foveal detachment, '
                                    'with distal radioulnar joint instability.'),
        ('POSTOPERATIVE DIAGNOSIS:', 'Same. Grade II chondromalacia of the ulnar head.'),
        ('PROCEDURE(S):', '1. Right wrist arthroscopy with limited debridement (CPT 29845)\n'
                          '2. Arthroscopic-assisted transosseous foveal TFCC repair, right (CPT 29846)'),
        ('ESTIMATED BLOOD LOSS:', 'Minimal (< 10 mL)'),
        ('SPECIMENS:', 'None'),
        ('IMPLANTS:', '2.0 mm knotless suture anchor (ulnar fovea)'),
        ('COMPLICATIONS:', 'None apparent'),
    ], {'widths': (0.3, 0.7)}),
    ('h', 'INDICATIONS'),
    ('p', 'Mr. Zwart is a 41-year-old right-hand-dominant software engineer, a Dutch national residing in Chicago, who sustained '
          'a fall while snowboarding in December 2025 and has had persistent ulnar-sided wrist pain with clicking and a '
          'positive ulnar fovea sign. MRI on 02/17/2026 demonstrated a peripheral TFCC tear. Despite bracing and a '
          'corticosteroid injection he remained symptomatic. Risks, benefits and alternatives were discussed at length '
          'and informed consent was obtained.'),
    ('h', 'DESCRIPTION OF PROCEDURE'),
    ('p', 'The patient was identified in the holding area and the right upper extremity was marked. After induction of '
          'anesthesia, the arm was prepped and draped in the usual sterile fashion, and a time-out was performed. The '
          'wrist was placed in a traction tower with 10 lb of finger-trap traction. Standard 3-4 and 6R portals were '
          'established. Diagnostic arthroscopy revealed an intact scapholunate and lunotriquetral ligament. There was '
          'a positive hook test with peripheral detachment of the TFCC from the fovea. Synovitis was debrided with a '
          'shaver. Through a small incision over the ulnar fovea, a suture anchor was placed under fluoroscopic '
          'guidance and the TFCC was repaired back to the fovea. The hook test was negative at completion and the DRUJ '
          'was stable in neutral, pronation and supination. Portals were closed with 4-0 nylon and a sugar-tong splint '
          'in neutral rotation was applied.'),
    ('h', 'DISPOSITION'),
    ('p', 'The patient tolerated the procedure well and was discharged home the same day in stable condition. Follow-up '
          'in clinic in 10–14 days for splint change to a Muenster cast.'),
    ('sp', 6),
    ('small', 'Electronically signed by Daniel K. Whitcomb, MD on 04/03/2026 at 5:18 PM CDT\n'
              'Dictated 04/03/2026 3:02 PM  Transcribed 04/03/2026 3:40 PM  Job #88120457'),
], font='Helvetica', size=9, header='Saint Brendan Medical Center — ZWART, PIETER — MRN SB-00718243',
   footer='CONFIDENTIAL: This document contains protected health information. Page {p} of {n}')
label('tg-022', ['operation-report'], 'specialist', 'en', 'US (Epic-like) operative report, MM/DD/YYYY dates',
      'yes', 'yes', 'yes', date='2026-04-03',
      notes='US date format: 04/03/2026 is 3 April (not 4 March), DOB 08/11/1984 is 11 August; Dutch national living '
            'in Chicago operated in a US hospital; prior MRI mentioned; CPT codes; snowboarding fall.')

# ------------------------------------------------------------------ tg-023 US MRI report (same patient)
pdf('tg-023', [
    ('lh', 'Saint Brendan Medical Center', ['Department of Radiology — Lakeshore Imaging Pavilion',
                                             '2650 Ridge Avenue, Evanston, IL 60201']),
    ('kv', [
        ('PATIENT NAME:', 'ZWART, PIETER'),
        ('DOB / SEX:', '08/11/1984 / M'),
        ('MRN:', 'SB-00718243'),
        ('ORDERING PHYSICIAN:', 'Daniel K. Whitcomb, MD (Orthopaedics – Hand)'),
        ('EXAM:', 'MRI WRIST RIGHT WITHOUT CONTRAST'),
        ('DATE OF EXAM:', '02/17/2026 18:20'),
        ('ACCESSION:', 'MR26-0217-5521'),
    ], {'widths': (0.28, 0.72)}),
    ('p', '<b>CLINICAL HISTORY:</b> 41-year-old male with right ulnar-sided wrist pain after a fall snowboarding in 12/2025. '
          'Evaluate TFCC. Painful clicking with forearm rotation.'),
    ('p', '<b>COMPARISON:</b> Radiographs of the right wrist 01/06/2026.'),
    ('p', '<b>TECHNIQUE:</b> Multiplanar, multisequence MR imaging of the right wrist was performed on a 3 Tesla magnet '
          'without intravenous contrast.'),
    ('p', '<b>FINDINGS:</b>'),
    ('p', '<i>TFCC:</i> There is a peripheral tear of the TFCC at its foveal attachment with fluid signal undercutting the '
          'proximal lamina; the styloid attachment is partially preserved. The articular disc is intact.\n'
          '<i>Ligaments:</i> Scapholunate and lunotriquetral ligaments are intact.\n'
          '<i>DRUJ:</i> Small joint effusion. No subluxation in neutral position.\n'
          '<i>Tendons:</i> Mild ECU tendinosis without tear; ECU is located within its groove.\n'
          '<i>Osseous structures:</i> No fracture or bone marrow edema. Neutral ulnar variance.\n'
          '<i>Other:</i> No ganglion cyst. Median nerve normal in caliber.'),
    ('p', '<b>IMPRESSION:</b>\n1. Peripheral (foveal) TFCC tear, Palmer 1B.\n2. Small DRUJ effusion.\n3. Mild ECU tendinosis.'),
    ('sp', 6),
    ('small', 'Electronically signed by: Meredith A. Kowalski, MD    Date/Time: 02/18/2026 07:42 CST\n'
              'This report has been electronically signed. Findings were made available to the ordering provider via the EHR.'),
], font='Helvetica', size=9.5, footer='FINAL REPORT — Saint Brendan Medical Center Radiology — Page {p} of {n}')
label('tg-023', ['imaging-report'], 'radiologist', 'en', 'US radiology report (FINDINGS / IMPRESSION), MM/DD dates',
      'yes', 'unmentioned', 'yes', date='2026-02-17', also=['2026-02-18'],
      notes='American MRI report: exam 02/17/2026, signed 02/18/2026; labels in capitals followed by colon; earlier '
            'radiographs 01/06/2026 (6 January); exam in a US hospital; ordering physician is a hand surgeon.')

# ------------------------------------------------------------------ tg-024 UK GP referral (EMIS-like), referral + history
txt('tg-024', '''
OAKFIELD SURGERY
Dr S. Patel  Dr M. O'Rourke  Dr H. Lindqvist
Oakfield Road, Headingley, Leeds LS6 3BN
Tel 0113 496 0721   Practice code B86999

REFERRAL LETTER                                        Date: 10-Nov-2026
Urgency: Routine

To:   The Hand Surgeon on duty
      Handkliniek Veluwezoom (Second Opinion Clinic)
      Deventerstraat 210, 7321 CH Apeldoorn, The Netherlands

Patient:  Mrs Sophie BRANDT
DOB:      17-Mar-1975          NHS No: 999 611 0832
Address:  22 Ash Grove, Leeds LS6 1DF (from 01-Jan-2027: Oudegracht 301, Utrecht, NL)
Tel:      07700 900414

Dear Colleague,

Re: Persistent left radial wrist pain after De Quervain's release - request for second opinion

I would be grateful if you could see Mrs Brandt, a 51-year-old secondary school teacher who is relocating to
the Netherlands with her family at the turn of the year. She has asked for a referral so that she can be seen
shortly after the move.

She underwent a left De Quervain's release at Aire Valley General Hospital in March 2023. The triggering
pain settled initially, but since mid-2025 she has had burning pain and tingling over the dorsoradial wrist
and thumb, aggravated by writing on the whiteboard and by wearing a watch. The local hand team felt this may be
a neuroma or irritation of the superficial branch of the radial nerve, or a missed subcompartment. Opinions in
Leeds have differed and she is keen to have an independent view before deciding on anything further.

My question: is there an indication for re-exploration of the first extensor compartment and/or surgery to the
superficial radial nerve, or would you advise continued conservative management?

Problems
  Active    Left wrist pain / neuropathic pain, post-operative      (since Jun 2025)
  Active    Asthma                                                  (since 1998)
  Past      Left De Quervain's release (Aire Valley GH)             09-Mar-2023
  Past      Caesarean section                                       2008
  Past      Right ankle fracture, conservative                      2016

Recent treatment
  12-Aug-2026  Ultrasound-guided steroid injection, left 1st dorsal compartment (MSK radiology, Aire Valley GH).
               Ultrasound at that visit: thickened retinaculum, possible residual EPB subcompartment.
  Sep-Oct 2026 Hand therapy, 6 sessions (desensitisation, splint).
  Oct 2026     Pregabalin 75 mg bd - stopped after 3 weeks (dizziness).

Current medication
  Salbutamol 100 micrograms inhaler  2 puffs prn
  Clenil Modulite 100 micrograms      2 puffs bd
  Paracetamol 1 g                     qds prn

Allergies: Elastoplast (skin reaction)
Smoking: never. BMI 24.

She will bring copies of the operation note, the clinic letters from the hand service and the ultrasound report.

Yours faithfully,

Dr Helena Lindqvist
GP Partner, GMC 7034412

This letter was generated by EMIS Web on 10-Nov-2026 at 11:26
''')
label('tg-024', ['referral', 'history'], 'gp', 'en', 'UK GP referral letter, EMIS-like printout with problem list',
      'yes', 'yes', 'yes', date='2026-11-10', rq=True,
      notes='English GP referral to the Dutch clinic with an explicit question; carries problem list, recent treatment '
            'and medication sections (also a history letter); previous De Quervain release in a UK hospital; '
            'ultrasound done in the UK; DD-Mon-YYYY dates; caesarean and ankle fracture are other body parts; '
            'enclosures only announced.')

# ------------------------------------------------------------------ tg-025 NHS Operation Note form
pdf('tg-025', [
    ('lh', 'Calderbrook Hospitals NHS Trust', ['Day Surgery Unit — Plastic & Hand Surgery', 'Calderbrook Royal Infirmary',
                                                'Halifax Road, Huddersfield HD3 4XJ']),
    ('title', 'OPERATION NOTE'),
    ('kv4', [
        ('Name', 'HOGENDOORN, Pieter-Jan', 'Hospital no.', 'CRI 2290417'),
        ('DOB', '29/01/1959', 'NHS no.', '999 358 2264'),
        ('Date of operation', '05/03/2026', 'Theatre', 'DSU 2'),
        ('Consultant', 'Ms F. Adeyemi', 'Operating surgeon', 'Ms F. Adeyemi'),
        ('Assistant', 'Mr T. Kowalczyk (ST5)', 'Anaesthetist', 'Dr R. Pillai'),
        ('Anaesthetic', 'GA + local infiltration', 'Tourniquet', 'Arm, 250 mmHg, 54 min'),
    ], {'grid': True, 'widths': (0.17, 0.33, 0.17, 0.33)}),
    ('kv', [
        ('Procedure', 'Limited palmar fasciectomy, right little finger (cord to MCPJ and PIPJ)'),
        ('Indication', 'Dupuytren\'s contracture right little finger: MCPJ 40°, PIPJ 55° fixed flexion; positive table-top '
                       'test; unable to wear gloves. Previously treated with needle fasciotomy in 2023 (recurrence).'),
        ('Findings', 'Pretendinous and central cord with spiral cord displacing the ulnar digital neurovascular bundle '
                     'centrally and superficially at the level of the PIPJ.'),
        ('Procedure details', 'Bruner zig-zag incision from distal palmar crease to middle phalanx. Neurovascular bundles '
                              'identified proximally and traced distally; spiral cord excised with care to the ulnar NVB. '
                              'Full correction at MCPJ; PIPJ corrected to 10° after check-rein release. Tourniquet '
                              'down, good capillary refill. Haemostasis. Skin closed with 5-0 Vicryl Rapide, one Y-V '
                              'advancement.'),
        ('Closure / dressing', 'Vicryl Rapide 5-0; non-adherent dressing, wool and crepe, volar POP extension splint'),
        ('EBL', 'Minimal'),
        ('Antibiotics', 'Nil'),
        ('VTE prophylaxis', 'Not required (day case, mobile)'),
        ('Post-op instructions', 'Elevate. Hand therapy review in 5 days for thermoplastic night extension splint. '
                                 'Sutures dissolvable. Paracetamol / ibuprofen as needed.'),
        ('Follow-up', 'Plastic surgery clinic 6 weeks'),
    ], {'grid': True, 'widths': (0.22, 0.78)}),
    ('sp', 6),
    ('p', 'Signed: F. Adeyemi     Ms Folasade Adeyemi FRCS (Plast), Consultant Hand Surgeon     GMC 7012345\n'
          'Date/time: 05/03/2026 12:47'),
], font='DejaVuSans', size=8.8, footer='Calderbrook Hospitals NHS Trust — Operation Note — filed in patient record')
label('tg-025', ['operation-report'], 'specialist', 'en', 'NHS Operation Note form (grid)',
      'unmentioned', 'yes', 'yes', date='2026-03-05',
      notes='UK operation note without salutation; earlier needle fasciotomy abroad also mentioned; dd/mm/yyyy; '
            'Dutch-named patient operated in an English hospital.')

# ------------------------------------------------------------------ tg-026 physiotherapy final report (DOCX)
docx('tg-026', [
    ('p', '<b>FYSIO- EN MANUELE THERAPIE HOFSTAD</b>\nLaan van Meerdervoort 540 · 2563 BK Den Haag · 070-3457790 · AGB 04-062318'),
    ('hr',),
    ('p', 'Aan: dr. I. Kasem, huisarts, Gezondheidscentrum Segbroek, Den Haag'),
    ('p', 'Den Haag, 12 november 2026'),
    ('p', '<b>Eindverslag fysiotherapie</b>'),
    ('kv', [
        ('Cliënt', 'dhr. C. (Kees) Bos'),
        ('Geboortedatum', '04-12-1971'),
        ('Toegang', 'Directe toegankelijkheid (DTF), geen verwijzing'),
        ('Behandelperiode', '15-09-2026 t/m 10-11-2026 (8 zittingen)'),
        ('Hulpvraag', 'Weer kunnen keepen (zaalvoetbal) en zonder pijn kunnen steunen op de rechterhand'),
    ], {'widths': (0.28, 0.72)}),
    ('p', 'Geachte collega,'),
    ('p', 'De heer Bos meldde zich in september zelf bij onze praktijk met pijn aan de duimzijde van de rechterpols, '
          'ontstaan na een duik op de hand tijdens zaalvoetbal in augustus. Er is tot nu toe geen beeldvorming verricht; '
          'hij is niet bij een arts geweest. Geen relevante voorgeschiedenis, nooit geopereerd.'),
    ('p', 'Bij onderzoek vond ik zwelling en drukpijn in de tabatière, pijn bij axiale compressie van de duim en een '
          'beperkte extensie van de pols (30° vs. 70° links). Wij zijn gestart met belastbaarheidsopbouw en een '
          'ondersteunende tape, met aanvankelijk wat verbetering.'),
    ('p', 'Inmiddels, 3 maanden na het trauma, zijn de drukpijn in de tabatière en de pijn bij steunen echter niet '
          'verdwenen. Dat past mijns inziens niet bij een gewone distorsie. Ik heb de behandeling daarom beëindigd '
          'en adviseer u aanvullend onderzoek (röntgen scafoïdserie, zo nodig CT of MRI) ter uitsluiting van een '
          'scafoïdfractuur of -pseudartrose.'),
    ('p', 'Met vriendelijke groet,\n\nM. (Mirjam) el Amrani\nfysiotherapeut / manueel therapeut, BIG 49912345604'),
], font='Verdana', size=9.5)
label('tg-026', [], 'other', 'nl', 'physiotherapy final report to GP (DOCX, key-value table)',
      'no', 'no', 'unmentioned', date='2026-11-12',
      notes='Physiotherapist letter with "Geachte collega": not correspondence from a specialist; explicit "geen '
            'beeldvorming verricht" and "nooit geopereerd"; imaging only advised (röntgen, CT, MRI listed), which a '
            'keyword match would take as imaging done.')

# ------------------------------------------------------------------ tg-027 appointment letter for an MRI
pdf('tg-027', [
    ('lh', 'Ziekenhuis Bollenstreek', ['Afdeling Radiologie — Afsprakenbureau', 'Heereweg 288, 2161 BT Lisse',
                                        'Telefoon 0252-439100 (ma–vr 8.00–17.00 uur)']),
    ('cols', 'Mevrouw E. Pronk\nNachtegaallaan 9\n2215 AC Voorhout',
             'Datum: 25 november 2026\nPatiëntnummer: 2077318\nGeboortedatum: 01-06-1983\nKenmerk: RAD-AFS-991204'),
    ('p', '<b>Afspraakbevestiging MRI-onderzoek</b>'),
    ('p', 'Geachte mevrouw Pronk,'),
    ('p', 'Uw behandelend specialist, dr. Y. Koster (orthopedie), heeft voor u een MRI-onderzoek van de <b>linkerpols</b> '
          'aangevraagd. Hierbij bevestigen wij uw afspraak:'),
    ('kv', [
        ('Datum', 'woensdag 16 december 2026'),
        ('Tijd', '08:40 uur (graag 15 minuten eerder aanwezig)'),
        ('Onderzoek', 'MRI pols links (zonder contrastmiddel)'),
        ('Locatie', 'Route 42, begane grond, MRI-wachtkamer 2'),
        ('Duur', 'ongeveer 30 minuten'),
    ], {'grid': True, 'widths': (0.22, 0.78)}),
    ('h', 'Voorbereiding'),
    ('p', '• Vul de bijgevoegde veiligheidsvragenlijst in en neem deze mee.\n'
          '• Heeft u een pacemaker, neurostimulator, insulinepomp of metaal in het lichaam (bijvoorbeeld na een '
          'operatie of een ongeluk met metaalsplinters)? Neem dan vóór het onderzoek contact met ons op.\n'
          '• Laat sieraden, piercings, horloge en bankpassen thuis of in het kluisje.\n'
          '• U mag gewoon eten, drinken en uw medicijnen innemen.\n'
          '• Neem een geldig legitimatiebewijs en uw verzekeringspas mee.'),
    ('h', 'Uitslag'),
    ('p', 'De radioloog beoordeelt de beelden en stuurt het verslag naar dr. Koster. U hoort de uitslag tijdens uw '
          'controleafspraak op de polikliniek orthopedie op 5 januari 2027.'),
    ('p', 'Kunt u niet komen? Geef dit dan uiterlijk 48 uur van tevoren door. Wij kunnen de tijd dan aan een andere '
          'patiënt geven.'),
    ('p', 'Met vriendelijke groet,\n\nAfsprakenbureau Radiologie'),
    ('small', 'Bijlagen: veiligheidsvragenlijst MRI, routebeschrijving'),
], font='Helvetica', size=10, footer='Ziekenhuis Bollenstreek · www.zhbollenstreek.example.nl · Volg ons op sociale media')
label('tg-027', [], 'other', 'nl', 'hospital appointment letter for an MRI (to patient)',
      'unmentioned', 'unmentioned', 'unmentioned', date='2026-11-25',
      notes='Radiology department letterhead and exam name (MRI pols links) but the exam is only planned for '
            '16 December 2026; future dates; "metaal na een operatie" is generic; addressed to the patient.')

# ------------------------------------------------------------------ tg-028 insurer form filled by patient (DOCX)
docx('tg-028', [
    ('lh', 'Noordhaven Zorgverzekeringen', ['Afdeling Zorgadvies en Machtigingen', 'Postbus 4410, 9701 CK Groningen',
                                             'www.noordhaven.example.nl / 050-3173000']),
    ('title', 'Aanvraagformulier second opinion'),
    ('small', 'Formulier ZA-217 (versie 03-2026). Vul dit formulier volledig in. Een second opinion wordt vergoed vanuit de '
              'basisverzekering als u een verwijzing heeft van uw huisarts of medisch specialist.'),
    ('h', '1. Gegevens verzekerde'),
    ('kv', [
        ('Naam en voorletters', 'Haverkamp, R.E.'),
        ('Geboortedatum', '26-02-1990'),
        ('Relatienummer', '330 718 442'),
        ('Adres', 'Dorpsstraat 17, 9461 AC Gieten'),
        ('Telefoon / e-mail', '06-38271150 / rhaverkamp@mail.example'),
    ], {'grid': True, 'widths': (0.32, 0.68)}),
    ('h', '2. Gegevens second opinion'),
    ('kv', [
        ('Specialisme', 'Handchirurgie'),
        ('Instelling second opinion', 'Handkliniek Veluwezoom, Apeldoorn'),
        ('Huidige behandelaar', 'Plastische chirurgie, Ziekenhuis Hondsrug, Emmen'),
        ('Reden van de aanvraag', 'In september 2025 ben ik in Emmen geopereerd aan een triggerduim links. Sindsdien kan '
                                  'ik de duim niet meer goed strekken en heb ik pijn. De arts zegt dat het goed is gegaan '
                                  'en dat ik moet afwachten. Ik wil graag weten of er nog iets aan te doen is.'),
        ('Heeft u een verwijzing?', '[X] Ja, van mijn huisarts (wordt nagestuurd)   [ ] Nee'),
        ('Zorg in het buitenland ontvangen in de afgelopen 12 maanden?', '[ ] Ja   [X] Nee'),
    ], {'grid': True, 'widths': (0.32, 0.68)}),
    ('h', '3. Ondertekening'),
    ('p', 'Ik verklaar dit formulier naar waarheid te hebben ingevuld en geef toestemming dat Noordhaven Zorgverzekeringen '
          'voor de beoordeling van deze aanvraag zo nodig medische gegevens opvraagt bij de behandelaar.'),
    ('kv', [
        ('Plaats en datum', 'Gieten, 28-11-2026'),
        ('Handtekening', '[handtekening] R. Haverkamp'),
    ], {'widths': (0.32, 0.68)}),
    ('small', 'Stuur het formulier met een kopie van de verwijsbrief naar: Noordhaven Zorgverzekeringen, Antwoordnummer 4410, '
              '9700 VB Groningen. U ontvangt binnen 10 werkdagen bericht.'),
], font='Arial', size=9.5, footer='ZA-217 — pagina 1 van 1')
label('tg-028', [], 'patient', 'nl', "insurer's second-opinion application form filled in by the patient (DOCX grid)",
      'unmentioned', 'yes', 'no', date='2026-11-28',
      notes='Insurance form: not a referral (mentions a referral that will follow); patient states she was operated on '
            'her left trigger thumb in a Dutch hospital; ticked "Zorg in het buitenland: Nee"; form version date 03-2026 '
            'in the small print.')

# ------------------------------------------------------------------ tg-029 intake questionnaire (two-column form, filled)
pdf('tg-029', [
    ('lh', 'Handkliniek Veluwezoom', ['Intakevragenlijst nieuwe patiënten', 'Deventerstraat 210, 7321 CH Apeldoorn'], {'line': '#6a8f3a'}),
    ('title', 'Intakevragenlijst hand en pols'),
    ('kv4', [
        ('Naam', 'R. (Rik) Jansen', 'Geboortedatum', '11-01-1967'),
        ('Datum ingevuld', '30-11-2026', 'Klacht aan', 'rechterhand'),
        ('Lengte', '182 cm', 'Gewicht', '94 kg'),
        ('Beroep', 'stukadoor (zzp)', 'Dominante hand', 'rechts'),
    ], {'grid': True, 'widths': (0.19, 0.31, 0.2, 0.3)}),
    ('kv', [
        ('1. Wat is uw belangrijkste klacht?', 'Pijn en zwelling aan de duimkant van de pols, kan de spaan niet meer '
                                               'goed vasthouden.'),
        ('2. Sinds wanneer?', 'voorjaar 2024'),
        ('3. Bent u eerder aan deze hand of pols geopereerd?', '[ ] Ja   [X] Nee'),
        ('4. Zijn er röntgenfoto\'s, echo, CT of MRI gemaakt?', '[X] Ja   [ ] Nee\nZo ja, waar en wanneer: foto bij '
                                                               'de huisarts (via het lab in Deventer) in 2025, echo in '
                                                               'het ziekenhuis in maart 2026'),
        ('5. Welke behandelingen heeft u gehad?', 'brace, 2 injecties, fysio'),
        ('6. Bent u in de afgelopen 2 maanden opgenomen of behandeld in een ziekenhuis buiten Nederland?', '[ ] Ja   [X] Nee'),
        ('7. Gebruikt u bloedverdunners?', '[ ] Ja   [X] Nee'),
        ('8. Rookt u?', '[X] Ja, 10 per dag   [ ] Nee'),
        ('9. Wie heeft u verwezen?', 'huisarts dr. Bakhuis, Deventer (verwijsbrief is via Zorgdomein gestuurd)'),
    ], {'grid': True, 'widths': (0.5, 0.5), 'boldlabel': False}),
    ('h', 'QuickDASH (ingevuld door patiënt)'),
    ('table', [
        ['Activiteit', 'Geen moeite', 'Weinig', 'Matig', 'Veel', 'Onmogelijk'],
        ['Een nieuwe of vaste pot openen', '', '', '', 'X', ''],
        ['Zwaar huishoudelijk werk doen', '', '', 'X', '', ''],
        ['Een boodschappentas dragen', '', '', 'X', '', ''],
        ['Uw rug wassen', '', 'X', '', '', ''],
        ['Een mes gebruiken om voedsel te snijden', '', 'X', '', '', ''],
        ['Recreatieve activiteiten met kracht op arm/hand', '', '', '', '', 'X'],
    ], {'widths': (0.4, 0.12, 0.12, 0.12, 0.12, 0.12)}),
    ('small', 'Voor gebruik door de kliniek: QuickDASH-score ____   Ingevoerd door: ____'),
], font='DejaVuSans', size=8.8, footer='HKV-F12 Intakevragenlijst — versie 2.1')
label('tg-029', [], 'patient', 'nl', 'clinic intake questionnaire filled in by patient (two-column Q/A form with checkboxes)',
      'yes', 'no', 'no', date='2026-11-30',
      notes='Questions containing "geopereerd", "röntgenfoto\'s, echo, CT of MRI", "ziekenhuis buiten Nederland" with '
            'ticked answers: operated Nee, imaging Ja, abroad Nee; BMI about 28; on the clinic\'s own form, but '
            'written by the patient.')

# ------------------------------------------------------------------ tg-030 GP lab results (TXT), non-MRSA
txt('tg-030', '''
DIAGNOSTIEK CENTRUM RIJNSTREEK - klinische chemie | hematologie | microbiologie
Rijnkade 7 - 2406 LA Alphen aan den Rijn - 0172-468100 - www.dcrijnstreek.example.nl
----------------------------------------------------------------------------------------------
UITSLAGEN LABORATORIUMONDERZOEK                               Definitief rapport
Aanvrager : A.S. Kooistra, huisarts, HAP Ridderveld             Ordernr.  : 26-1116-40882
Patiënt   : Kramer-Dijk, Y.  (V)                                Afname    : 16-11-2026 08:12
Geb.datum : 29-07-1963                                          Rapport   : 16-11-2026 15:47
Klin.info : artralgie handen, ochtendstijfheid, zwelling MCP 2-3 bdz. RA?
----------------------------------------------------------------------------------------------
Bepaling                         Uitslag    Eenheid      Referentie
HEMATOLOGIE
  Hemoglobine                    7.9        mmol/L       7.5 - 10.0
  Leukocyten                     8.4        10^9/L       4.0 - 10.0
  Trombocyten                    402   H    10^9/L       150 - 400
  BSE                            34    H    mm/uur       < 30
KLINISCHE CHEMIE
  CRP                            18    H    mg/L         < 10
  Kreatinine                     71         umol/L       50 - 90
  eGFR (CKD-EPI)                 >90        ml/min/1.73m2
  Urinezuur                      0.31       mmol/L       0.15 - 0.35
  TSH                            2.1        mU/L         0.4 - 4.0
IMMUNOLOGIE
  Reumafactor IgM                42    H    kU/L         < 15
  Anti-CCP                       >340  H    U/mL         < 7
  ANA screening                  negatief

Commentaar: Sterk positieve anti-CCP en reumafactor, in combinatie met verhoogde ontstekings-
parameters passend bij (vroege) reumatoïde artritis. Overweeg verwijzing reumatologie.

Microbiologie: MRSA-screening neus/keel/perineum (afname 16-11-2026) in behandeling,
uitslag volgt separaat.
----------------------------------------------------------------------------------------------
Gevalideerd door: drs. T. Schaap, klinisch chemicus                       pagina 1 van 1
''')
label('tg-030', [], 'lab', 'nl', 'GP laboratory results printout (fixed-width text)',
      'unmentioned', 'unmentioned', 'unmentioned', date='2026-11-16',
      notes='Lab result that is not an MRSA screening: the MRSA screening is only announced ("uitslag volgt '
            'separaat"); microbiology in the letterhead; sample and report on the same day; clinical info asks "RA?".')

# ------------------------------------------------------------------ tg-031 merged: GP referral + orthopaedic letter + MRI report
p1 = docx('tg-031-p1', [
    ('lh', 'Huisartsenpraktijk Het Anker', ['Vondellaan 12, 3843 AJ Harderwijk', 'T 0341-412286',
                                            'AGB 01-058812'], {'stack': True}),
    ('cols', 'Handkliniek Veluwezoom\nDeventerstraat 210\n7321 CH Apeldoorn', 'Harderwijk, 20 november 2026'),
    ('p', 'Betreft: mw. J. Mensink, geb. 08-10-1974\nZeebiesweg 40, 3844 HW Harderwijk'),
    ('p', 'Geachte collega,'),
    ('p', 'Graag vraag ik uw mening over mevrouw Mensink, 52 jaar, administratief medewerker. Zij heeft sinds ruim een '
          'jaar pijn en stijfheid van de linkerpols (niet-dominant). Via de orthopeed in het St. Catharina Gasthuis is '
          'de diagnose ziekte van Kienböck stadium IIIa gesteld. De orthopeed adviseert een proximale rij carpectomie.'),
    ('p', 'Mevrouw is hier erg van geschrokken en wil graag weten of er gewrichtssparende alternatieven zijn, '
          'bijvoorbeeld een revascularisatie of een ontlastende osteotomie, of dat de voorgestelde operatie inderdaad '
          'de beste keuze is. Kunt u haar hierover een second opinion geven?'),
    ('p', 'De brief van de orthopeed en het MRI-verslag stuur ik mee.'),
    ('p', 'Met vriendelijke groet,\n\nA.M. (Annet) de Gier, huisarts'),
    ('small', 'Bijlagen: 2'),
], font='Georgia', size=10.5, outdir=BUILD, to_pdf=True)
p2 = pdf('tg-031-p2', [
    ('lh', 'St. Catharina Gasthuis', ['Orthopedie', 'Stationslaan 101, 3844 GA Harderwijk', 'Poli orthopedie 0341-463380']),
    ('cols', 'Aan: A.M. de Gier, huisarts\nHuisartsenpraktijk Het Anker\nVondellaan 12\n3843 AJ Harderwijk',
             'Datum: 06-10-2026\nOns kenmerk: ORT-26-33105\nPatiëntnr: 5501962'),
    ('p', '<b>Betreft:</b> Mw. J. Mensink, geb. 08-10-1974'),
    ('p', 'Geachte collega,'),
    ('p', 'Op 01-10-2026 bespraken wij met uw patiënte de uitslag van de MRI van de linkerpols.'),
    ('h', 'Anamnese'),
    ('p', 'Sinds 2025 progressieve dorsale polspijn links zonder duidelijk trauma. Zes weken onderarmgips in het voorjaar '
          'gaf geen verbetering.'),
    ('h', 'Aanvullend onderzoek'),
    ('p', 'X-pols links (09-2025): negatieve ulnaire variantie, sclerose lunatum. MRI pols links (28-09-2026): avasculaire '
          'necrose van het lunatum met beginnende collaps, geen scafoïdrotatie.'),
    ('h', 'Conclusie'),
    ('p', 'Morbus Kienböck links, Lichtman stadium IIIa.'),
    ('h', 'Beleid'),
    ('p', 'Wij adviseren een proximale rij carpectomie. Patiënte wil hierover nadenken en eventueel een second opinion '
          'aanvragen; dat ondersteunen wij. Zij is op de wachtlijst geplaatst zonder datum.'),
    ('p', 'Met vriendelijke groet,\n\ndr. E.P. Wijers, orthopedisch chirurg'),
], font='Helvetica', size=9.5, outdir=BUILD, footer='St. Catharina Gasthuis — Orthopedie')
p3 = pdf('tg-031-p3', [
    ('lh', 'St. Catharina Gasthuis', ['Afdeling Radiologie', 'Stationslaan 101, 3844 GA Harderwijk']),
    ('title', 'RADIOLOGISCH ONDERZOEK'),
    ('kv', [
        ('Naam', 'Mensink, J.'), ('Geboren', '08-10-1974'), ('Aanvrager', 'Wijers, E.P. (ORT)'),
        ('Onderzoek', 'MRI pols links met i.v. gadolinium'), ('Datum', '28-09-2026'),
    ], {'widths': (0.2, 0.8)}),
    ('p', '<b>Klinische vraag:</b> Kienböck? stadium?'),
    ('p', '<b>Bevindingen:</b> Diffuus verlaagd T1-signaal van het os lunatum met fragmentarische aankleuring na contrast, '
          'passend bij avasculaire necrose. Geringe hoogteverlies van het lunatum met fractuurlijn in het proximale deel. '
          'Carpale hoogte-index nog binnen normaal; geen vaste flexiestand van het scafoïd (RS-hoek 52°). '
          'Kraakbeen van de fossa lunata en capitatumkop behouden. Negatieve ulnaire variantie (-2 mm).'),
    ('p', '<b>Conclusie:</b> Ziekte van Kienböck links, Lichtman IIIa. Kraakbeen radiocarpaal en midcarpaal behouden.'),
    ('p', 'B.J. Nauta, radioloog — 29-09-2026'),
], font='Helvetica', size=9.5, outdir=BUILD)
merge('tg-031', [p1, p2, p3])
label('tg-031', ['referral', 'correspondence', 'imaging-report'], 'gp', 'nl',
      'merged PDF (bijlagen): GP letter via LibreOffice + orthopaedic letter + MRI report',
      'yes', 'unmentioned', 'unmentioned', date='2026-11-20',
      notes='Three documents in one PDF: the GP referral (question about alternatives, second opinion), the orthopaedic '
            'outpatient letter (operation only advised, on a waiting list) and the MRI report (exam 28-09, signed 29-09). '
            'The referral announces the enclosed letter and MRI report; a plaster cast is not an operation.',
      rq=True,
      parts=[{'kinds': ['referral'], 'date': '2026-11-20', 'author': 'gp'},
             {'kinds': ['correspondence'], 'date': '2026-10-06', 'author': 'specialist'},
             {'kinds': ['imaging-report'], 'date': '2026-09-28', 'author': 'radiologist'}])

# ------------------------------------------------------------------ tg-032 merged: HIS summary + pharmacy overview + MRSA positive
q1 = pdf('tg-032-p1', [
    ('mono', '''PROFESSIONELE SAMENVATTING                          Huisartspraktijk Kanaleneiland
Gegenereerd: 27-11-2026 10:03                        Van Zijstweg 1, 3526 KA Utrecht
Voor: Handkliniek Veluwezoom (second opinion)        tel 030-2881940

Patiënt: dhr. A. Doğan                  Geboortedatum: 14-05-1980
BSN: 9999 20 147                        Huisarts: F. Bakker-Yilmaz

ACTUELE PROBLEMEN
  L12  Stijve wijsvinger rechts na peesschede-infectie      sinds 09-2026
  K86  Hypertensie                                          sinds 2019
  T82  Obesitas (BMI 33)                                    sinds 2015

VOORGESCHIEDENIS
  2004  Appendectomie
  2017  Meniscectomie knie links (artroscopisch)
  09-2026  Flexorpeesschede-infectie D2 rechts na kattenbeet tijdens vakantie in
           Turkije; opgenomen 7 dagen in Özel Dimçayı Hastanesi, Alanya. Daar
           tweemaal operatief gespoeld (13-09 en 15-09-2026), i.v. antibiotica.
           Echo hand in Alanya. Ontslagbrief (Engels) in dossier.

RECENTE CONTACTEN (laatste 6 maanden)
  22-09-2026  S: terug uit Turkije, wond nog open, vinger dik.
              O: granulerende wond palmair D2, geen roodheid meer.
              E: status na peesschede-infectie, postoperatief.  P: wondzorg POH,
              verwijzing handtherapie.
  20-10-2026  S: vinger wordt niet meer recht, kan niet buigen.
              O: actieve flexie PIP D2 20-40 gr, wond genezen.
              E: adhesies na infectie/operatie.  P: handtherapie continueren.
  24-11-2026  S: wil second opinion bij handkliniek, werkgever dringt aan.
              P: verwijzing volgt; MRSA-screening i.v.m. opname buitenland
              afgenomen 23-11 (uitslag: zie lab).

MEDICATIE: zie medicatieoverzicht apotheek
ALLERGIEËN: geen bekend
'''),
], font='DejaVuMono', size=9, outdir=BUILD)
q2 = pdf('tg-032-p2', [
    ('lh', 'Apotheek Kanaleneiland', ['Marshalllaan 4, 3527 TK Utrecht', '030-2945512']),
    ('title', 'Medicatieoverzicht'),
    ('kv4', [('Patiënt', 'A. Doğan', 'Geb.', '14-05-1980'), ('Datum', '27-11-2026', 'Huisarts', 'F. Bakker-Yilmaz')]),
    ('table', [
        ['Middel', 'Dosering', 'Sinds'],
        ['Losartan 50 mg tablet', '1 dd 1', '03-2019'],
        ['Hydrochloorthiazide 12,5 mg tablet', '1 dd 1', '05-2021'],
        ['Paracetamol 1000 mg tablet', 'z.n. max 3 dd 1', '09-2026'],
        ['Amoxicilline/clavulaanzuur 875/125 mg', '3 dd 1 — kuur beëindigd 29-09-2026', '16-09-2026'],
    ], {'widths': (0.45, 0.35, 0.2)}),
    ('small', 'Let op: medicatie die in het buitenland is verstrekt is niet in dit overzicht opgenomen.'),
], font='DejaVuSans', size=9, outdir=BUILD)
q3 = pdf('tg-032-p3', [
    ('lh', 'Saltenburg Laboratoria — Medische Microbiologie', ['Mississippidreef 95, 3565 CE Utrecht', '030-2607300']),
    ('kv4', [
        ('Naam', 'Doğan, A.', 'Geboortedatum', '14-05-1980'),
        ('Aanvrager', 'F. Bakker-Yilmaz (huisarts)', 'Labnr', 'SL26-M-771203'),
        ('Afgenomen', '23-11-2026', 'Uitslagdatum', '25-11-2026'),
    ]),
    ('p', '<b>Onderzoek:</b> MRSA-screening — reden: opname in buitenlands ziekenhuis (Turkije) < 2 maanden geleden'),
    ('table', [
        ['Materiaal', 'Uitslag'],
        ['Neus', 'MRSA AANGETOOND (Staphylococcus aureus, meticilline-resistent; mecA-PCR positief)'],
        ['Keel', 'MRSA niet aangetoond'],
        ['Perineum', 'MRSA niet aangetoond'],
    ], {'widths': (0.25, 0.75)}),
    ('p', '<b>Commentaar:</b> Patiënt is MRSA-drager. Gevoeligheidsbepaling volgt. Advies: overleg met arts-microbioloog '
          'over dekolonisatie; vermeld MRSA-dragerschap bij verwijzing en opname. Melding aan GGD niet verplicht.'),
    ('p', 'Geautoriseerd: dr. M. Stolk, arts-microbioloog, 25-11-2026'),
], font='DejaVuSans', size=9, outdir=BUILD)
merge('tg-032', [q1, q2, q3])
label('tg-032', ['history', 'mrsa-screening'], 'gp', 'nl',
      'merged PDF: HIS professional summary (monospace) + pharmacy overview + MRSA lab result (positive)',
      'yes', 'yes', 'yes', date='2026-11-27',
      notes='Bundle sent by the GP: recent professional summary with a 7-day admission and two operative washouts in a '
            'Turkish hospital; pharmacy overview; MRSA screening with a POSITIVE nose culture (carrier). The summary only '
            'mentions the MRSA screening; the lab part is the result. Appendectomy and knee surgery are other body parts.',
      parts=[{'kinds': ['history'], 'date': '2026-11-27', 'author': 'gp'},
             {'kinds': [], 'date': '2026-11-27', 'author': 'other'},
             {'kinds': ['mrsa-screening'], 'date': '2026-11-25', 'author': 'lab'}])
