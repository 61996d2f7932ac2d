"""ab corpus, part 4: elsewhere abroad (translations, patient letters, insurance) and Dutch reverse cases."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ab_render import build


def lab(kinds, date, author, lang, style, img, op, abroad, notes, **kw):
    d = dict(kinds=kinds, date=date, author=author, language=lang, style=style,
             imaging_done=img, operated=op, treated_abroad=abroad, notes=notes)
    d.update(kw)
    return d


DOCS = []

# ---------------------------------------------------------------- 051 Turkey translated discharge summary
DOCS.append(dict(stem='ab-051-alanya-discharge-translation', fmt='pdf', font='dejavu', size=9.5,
    head={'org': 'Özel Alanya Akdeniz Hastanesi', 'lines': ['Private Alanya Akdeniz Hospital', 'Saray Mah. Atatürk Bulvarı No: 118, 07400 Alanya / Antalya, TÜRKİYE',
                                                           'Tel: +90 242 513 44 00'],
          'right': ['[Translation from Turkish]', 'Protocol No: 2026/58821']},
    footer='Sworn translation - page {p} of {n}',
    body='''
# EPİKRİZ / DISCHARGE SUMMARY

F: Patient name | Yasemin KAYA
F: Date of birth | 04.09.1985
F: Nationality | Netherlands (passport NW4KP81R2)
F: Department | Orthopaedics and Traumatology
F: Admission date | 19.08.2026
F: Discharge date | 22.08.2026
F: Responsible physician | Op. Dr. Mehmet Yıldırım

## Complaint and history
The patient was brought to our emergency service by ambulance after falling from a water slide in an aqua park. Pain, swelling and deformity of the right wrist.

## Examination
Deformity of the right wrist (dinner-fork). Distal pulses present, sensation intact.

## Radiology
Right wrist X-ray (2 views): displaced fracture of the distal radius with dorsal angulation, ulnar styloid fracture.

## Diagnosis
S52.5 Fracture of lower end of radius, right.

## Operation
Date of operation: 20.08.2026
Surgeon: Op. Dr. Mehmet Yıldırım; Assistant: Dr. Elif Şahin; Anaesthesia: general (Dr. Can Aydın)
Procedure: Closed reduction and percutaneous fixation with three Kirschner wires (1.8 mm) of the right distal radius.
Description: Under fluoroscopy the fracture was reduced by traction and palmar flexion. Two K-wires from the radial styloid and one K-wire from the dorsoulnar corner were inserted crossing the fracture. Stability and position checked under fluoroscopy in AP and lateral planes. Wire ends bent and left outside the skin. Sterile dressing, below-elbow short arm cast.

## Course in hospital
No complications. Intravenous cefazolin 1 g 3x1 for 24 hours. Patient mobilised.

## Discharge recommendations
Cast for 6 weeks. Wire site care every 2 days. Removal of the K-wires after 5-6 weeks; the patient will continue treatment in the Netherlands. Control X-ray after 1 week. Paracetamol 500 mg 3x1.

L: Op. Dr. Mehmet Yıldırım - Orthopaedics and Traumatology Specialist (signature, stamp)

---
**Translator's certificate**
I, the undersigned sworn translator of the Alanya 2nd Notary Public, certify that this is a true and complete translation of the attached Turkish original document.
L: Alanya, 03.09.2026
L: Aylin Demirtaş, sworn translator (Turkish - English), seal no. 114
''',
    label=lab(['correspondence', 'operation-report'], '2026-08-22', 'specialist', 'en', 'translated Turkish discharge summary (epikriz) with operation section, sworn translation page',
              'yes', 'yes', 'yes', 'Turkish characters; translator certificate dated 03.09.2026 on page 2; discharge summary with full operation section',
              also_dates=['2026-09-03'])))

# ---------------------------------------------------------------- 052 Spain informe de alta translated (docx)
DOCS.append(dict(stem='ab-052-costadelsol-emergency-report', fmt='docx', font='helv', size=10,
    head={'org': 'Hospital Universitario Costa del Sol', 'lines': ['Servicio de Urgencias / Emergency Department', 'Autovía A-7, km 187, 29603 Marbella (Málaga), Spain - Tel. +34 951 976 669']},
    body='''
**EMERGENCY DEPARTMENT DISCHARGE REPORT** (Informe de alta de Urgencias - English version issued by the hospital's International Patient Office)

Patient: Mr Gerrit ZWART     Date of birth: 17/01/1956     NIE/Passport: NL BX9021374
Date of attendance: 09/04/2026     Time of arrival: 11:32     Episode: URG-26-0049317
Attending physician: Dra. Lucía Moreno Serrano (Traumatology)

Reason for attendance: Fall from bicycle on the promenade, pain in left wrist.

Physical examination: Tenderness in the anatomical snuffbox and over the scaphoid tubercle, left. No deformity. Normal neurovascular status.

Complementary tests:
- X-ray left wrist, scaphoid series: doubtful fracture line at the scaphoid waist.
- CT left wrist: non-displaced fracture of the waist of the scaphoid (Herbert type A2).

Diagnosis: Non-displaced fracture of the left scaphoid waist.

Treatment: Closed treatment with scaphoid cast (forearm cast including thumb). No surgical treatment was required. Analgesia: metamizol 575 mg every 8 hours if pain.

Recommendations: Keep the arm elevated. Control in trauma outpatient clinic in 10-14 days; the patient informs that he will return to the Netherlands and continue follow-up with his own doctor. Bring this report and the CD with the images.

Marbella, 09/04/2026
Dra. L. Moreno Serrano - Collegiate no. 29/12884
''',
    label=lab(['correspondence'], '2026-04-09', 'specialist', 'en', 'Spanish ED discharge report, hospital-issued English version, docx without tables',
              'yes', 'no', 'yes', 'Written by the Spanish hospital that treated him; CT and X-ray described in the letter (not a radiology report); "No surgical treatment was required"')))

# ---------------------------------------------------------------- 053 Morocco Dutch translation (txt)
DOCS.append(dict(stem='ab-053-marrakech-vertaling-ontslagverslag', fmt='txt', wrap=88,
    body='''
VERTALING UIT HET FRANS

Beëdigd vertaler: mr. drs. H. Benali, Utrecht - Wbtv-nr. 21874
Datum vertaling: 28-04-2026

---------------------------------------------------------------

Clinique Internationale Ménara
Avenue Mohammed VI, Marrakech 40000, Marokko
Tel. +212 524 43 88 00

VERSLAG VAN OPNAME (compte rendu d'hospitalisation)

Patiënt: de heer Karim OUALI, geboren op 15-06-1991
Adres: Professor Lorentzlaan 70, 3707 HD Zeist (Nederland)
Opname: 10 april 2026 - Ontslag: 13 april 2026
Afdeling: Orthopedische en traumatologische chirurgie

Reden van opname: snijwond van de linkerpols door een glazen deur in het vakantiehuis.

Bij onderzoek: transversale wond van 4 cm aan de voorzijde van de linkerpols. Onvermogen om de wijs- en middelvinger actief te buigen in de eindkootjes. Gevoel in de vingers intact. Röntgenfoto: geen fractuur, geen glassplinter.

Behandeling: chirurgische exploratie en herstel onder algehele narcose op 10 april 2026: hechting van de pezen van de diepe buigspier van de wijs- en middelvinger en van de oppervlakkige buigspier van de middelvinger (zone V). Nervus medianus intact. Spalk in beschermende positie.

Verloop: zonder bijzonderheden. Antibiotica (amoxicilline-clavulaanzuur) gedurende 5 dagen.

Advies bij ontslag: spalk 4 weken dag en nacht. Revalidatie met handtherapie zo spoedig mogelijk in Nederland. Hechtingen verwijderen na 14 dagen.

Marrakech, 13 april 2026
De behandelend chirurg (handtekening en stempel onleesbaar)

---------------------------------------------------------------
Voor eensluidende vertaling, Utrecht, 28 april 2026.
H. Benali
''',
    label=lab(['correspondence'], '2026-04-13', 'specialist', 'nl', 'Dutch sworn translation of Moroccan hospital report, plain text',
              'yes', 'yes', 'yes', 'Translation date 28-04 on top, original date 13 april at the bottom; operation described without operator name so not an operation report; illegible signature',
              also_dates=['2026-04-28'])))

# ---------------------------------------------------------------- 054 Thailand discharge summary (canvas)
DOCS.append(dict(stem='ab-054-bangkokhospitalphuket-discharge', fmt='canvas', font='helv', size=9, value_x=48,
    head={'org': 'Bangkok Hospital Phuket', 'lines': ['2/1 Hongyok Utis Road, Talat Yai, Mueang Phuket, Phuket 83000, Thailand', 'International Patient Center - Tel +66 76 254 425'],
          'right': ['DISCHARGE SUMMARY', 'HN 26-0077145  AN 26-0011981']},
    footer='Bangkok Hospital Phuket - Discharge Summary - page {p}',
    body='''
F: Patient name | MR. RICK VAN DEN HEUVEL
F: Age / Sex | 27 Y / Male
F: Date of birth | 30-Mar-1998
F: Nationality | Dutch
F: Admission date | 15-Jan-2026
F: Discharge date | 19-Jan-2026
F: Attending physician | Dr. Somchai Wongsakul, Orthopedic Surgeon
F: Insurance | Travel insurance - guarantee of payment received

## Principal diagnosis
Open fracture of the shaft of the 4th metacarpal, left hand (Gustilo I), with laceration.
## Secondary diagnosis
Multiple abrasions both knees and left forearm (motorcycle accident 15-Jan-2026).

## Investigations
X-ray left hand 3 views: displaced oblique fracture of the 4th metacarpal shaft. X-ray both knees: no fracture. CBC, electrolytes normal.

## Operation / Procedure
Date: 15-Jan-2026, 22:10-23:05. Surgeon: Dr. Somchai Wongsakul. Anesthesia: general anesthesia.
Procedure: Debridement of the open wound and closed reduction with percutaneous K-wire fixation (two transverse 1.6 mm K-wires into the 5th metacarpal) of the left 4th metacarpal. Operative findings: 2 cm contaminated laceration over the dorsum of the 4th metacarpal, extensor tendon intact. Wound irrigated with 3 litres NSS, devitalised tissue excised, fracture reduced under fluoroscopy, rotation checked clinically, wires inserted, wound closed loosely with nylon 4-0, ulnar gutter slab.

## Hospital course
IV cefazolin 2 g every 8 h for 72 h. Wound clean. Pain controlled. Discharged to hotel; fit to fly from 21-Jan-2026.

## Discharge medication
Cephalexin 500 mg QID x 5 days; paracetamol 500 mg PRN; ibuprofen 400 mg TID PC x 5 days.

## Follow-up
Wound dressing every 2 days. K-wire removal at 4-6 weeks at home country. MRSA screening was not performed during this admission.

L: Dr. Somchai Wongsakul      Date: 19-Jan-2026
''',
    label=lab(['correspondence', 'operation-report'], '2026-01-19', 'specialist', 'en', 'Thai hospital English discharge summary, canvas two-column',
              'yes', 'yes', 'yes', 'Admission abroad with operation section (date, surgeon, procedure, findings); "MRSA screening was not performed" is a negation, not a result')))

# ---------------------------------------------------------------- 055 Dutch GP referral, operated in Turkey (docx)
DOCS.append(dict(stem='ab-055-huisarts-verwijsbrief-na-turkije', fmt='docx', font='helv', docx_header=False,
    head={'org': 'Huisartsenpraktijk Kanaleneiland', 'lines': ['H. Bouzid & M. de Vries, huisartsen', 'Marshallaan 4, 3527 TK Utrecht - 030 288 19 40 - AGB 01-054321']},
    body='''
L: Aan: Handkliniek Zuidwest
L: T.a.v.: polikliniek handchirurgie - second opinion
L:
L: Utrecht, 23 november 2026
L:
L: **Betreft:** mw. Y. Kaya, geb. 04-09-1985, BSN 123456782
L: Verzekeraar: Zilveren Kruis

Geachte collega,

Hierbij verwijs ik mw. Kaya voor een second opinion.

Patiënte viel op 19 augustus jl. tijdens een vakantie in Alanya (Turkije) van een waterglijbaan op de rechterpols. Zij werd daar opgenomen in een particulier ziekenhuis en op 20 augustus geopereerd (gesloten repositie en fixatie met drie K-draden van een distale radiusfractuur). De draden zijn hier op 29 september verwijderd door de collega's orthopedie van het St. Antonius; daarna fysiotherapie.

Zij houdt pijn aan de ulnaire zijde van de pols en een beperkte supinatie. Op de controlefoto in het Antonius (oktober) zou de radius met lichte dorsale kanteling genezen zijn.

Vraagstelling: Is er sprake van een malunion of een DRUG-probleem waarvoor een correctie-osteotomie of andere behandeling zinvol is? Patiënte wil graag een onafhankelijk oordeel.

De Turkse ontslagbrief (beëdigde vertaling) is bijgevoegd; de foto's uit Turkije en het Antonius heeft patiënte op cd. Omdat zij in een buitenlands ziekenhuis is opgenomen is op 20-11-2026 een MRSA-kweek (neus, keel, perineum) afgenomen; de uitslag volgt zodra bekend.

Medicatie: naproxen 500 mg zo nodig. Allergieën: geen.

Met vriendelijke groet,

L: H. Bouzid, huisarts
''',
    label=lab(['referral'], '2026-11-23', 'gp', 'nl', 'Dutch GP free referral letter, docx, letterhead in body',
              'yes', 'yes', 'yes', 'Referral with Vraagstelling; patient operated in Turkey; MRSA swab taken but result pending (mention, not a result); enclosures mentioned',
              referral_question=True)))

# ---------------------------------------------------------------- 056 Dutch polikliniekbrief about Spain (pdf)
DOCS.append(dict(stem='ab-056-ikazia-polibrief-na-spanje', fmt='pdf', font='helv', size=10,
    head={'org': 'Ikazia Ziekenhuis', 'lines': ['Afdeling Orthopedie', 'Montessoriweg 1, 3083 AN Rotterdam', 'T 010 297 50 00'],
          'right': ['Ons kenmerk: ORT/26/18831', 'Datum: 15-10-2026', 'Behandelaar: dr. R.J. Timmermans']},
    footer='Ikazia Ziekenhuis - pagina {p} van {n}',
    body='''
L: Aan: J.P. de Lange, huisarts
L: Huisartsenpraktijk Charlois
L: Boergoensevliet 55, 3082 EE Rotterdam

L: **Betreft:** Dhr. A. (Arie) Verbeek, geb. 12-12-1949, BSN 234567891
L: **Polikliniekbezoek:** 13-10-2026

Geachte collega,

Op 13 oktober zagen wij uw patiënt op onze polikliniek.

## Anamnese
Dhr. Verbeek viel op 21-09-2026 in Benidorm (Spanje) op zijn linkerhand. Hij werd gezien op de spoedeisende hulp van het Hospital Comarcal de la Marina Baixa, waar een distale radiusfractuur werd vastgesteld en gesloten werd gereponeerd onder lokale verdoving, met aanleggen van een onderarmgips. Hij is daar niet geopereerd. Hij is op 02-10 teruggekeerd naar Nederland. Geen Spaanse brief, wel een cd met de foto's meegenomen.

## Lichamelijk onderzoek
Circulair onderarmgips links, goed zittend. Vingers goed doorbloed, sensibiliteit intact, flexie en extensie van de vingers volledig.

## Aanvullend onderzoek
Röntgen pols links in gips (13-10-2026): distale radiusfractuur in redelijke stand, dorsale kanteling 8 graden, radiale inclinatie 18 graden, geen verkorting. Vergelijking met Spaanse opnamen van 21-09: stand behouden.

## Conclusie
Distale radiusfractuur links, conservatief behandeld in Spanje, stand behouden na 3 weken.

## Beleid
Gips verwijderen over 2 weken (totaal 6 weken), dan controle met röntgen uit gips en start fysiotherapie. Gezien het verblijf in een buitenlands ziekenhuis (alleen SEH, geen opname) is geen MRSA-isolatiebeleid nodig voor poliklinische controles.

Met vriendelijke groet,

L: dr. R.J. Timmermans, orthopedisch chirurg
L: cc: patiënt
''',
    label=lab(['correspondence'], '2026-10-15', 'specialist', 'nl', 'Dutch HiX-like outpatient letter with reference block, about care in Spain',
              'yes', 'no', 'yes', 'Treated at Spanish ED (reduction, cast) counts as treated abroad even without admission; "daar niet geopereerd"; visit date 13-10 vs letter 15-10',
              also_dates=['2026-10-13'])))

# ---------------------------------------------------------------- 057 patient's own letter in English (txt)
DOCS.append(dict(stem='ab-057-patient-letter-dubai', fmt='txt',
    body='''
From: Sophie Lindqvist-de Haan
Keizersgracht 610-3
1017 ER Amsterdam
sophie.ldh@example.com / +31 6 4417 2290

12 November 2026

To the Hand and Wrist Clinic, second opinion desk

Dear Sir or Madam,

My name is Sophie Lindqvist-de Haan (born 3 May 1986). I am writing to ask whether I can have a second opinion at your clinic about my right wrist. I do not speak Dutch well yet, so I hope it is fine that I write in English.

Until July I lived in Dubai. In January 2025 I fell during a padel game and broke a small bone in my wrist (the scaphoid). It was first treated with a cast, but it did not heal, and in June 2025 I had surgery at Mediclinic City Hospital in Dubai: they put in a screw with a bone graft from my hip. After that I had an MRI in March 2026 which showed it had healed, but my wrist is still painful and stiff, especially when I do yoga or carry my daughter.

My Dutch GP (Dr. Veenstra) said she can refer me to you. I have the operation report and the MRI report in English, and a USB stick with the scans. I will ask Dr. Veenstra to send the referral letter.

Could you let me know what else you need from me?

Kind regards,
Sophie Lindqvist-de Haan
''',
    label=lab([], '2026-11-12', 'patient', 'en', "patient's own letter asking for second opinion, plain text",
              'yes', 'yes', 'yes', 'Patient letter is not a referral even though it asks for a second opinion; surgery and MRI in a Dubai hospital; mentions op report and MRI report it does not contain')))

# ---------------------------------------------------------------- 058 travel insurance medical report (canvas)
DOCS.append(dict(stem='ab-058-travel-insurance-medical-report', fmt='canvas', font='helv', size=9, value_x=62,
    head={'org': 'Noordzee Reisassistentie B.V.', 'lines': ['Medical Department - Postbus 2210, 2301 CE Leiden, The Netherlands', 'Alarm centre 24/7: +31 71 512 88 00 - medical@noordzee-assist.example'],
          'right': ['MEDICAL REPORT FORM', 'Claim no. NZ-2026-071146']},
    footer='Form MR-03 (2024) - To be completed by the treating physician - page {p}',
    body='''
## Section A - Insured person
F: Surname, first name | Hermans, Lisa
F: Date of birth | 19-02-1994
F: Policy number | NZR-0477-221983
F: Home address | Tolhuisweg 31, 6522 HM Nijmegen, Netherlands

## Section B - Treating facility
F: Name of hospital / clinic | Venizeleio General Hospital of Heraklion
F: Address | Leoforos Knossou 44, 71409 Heraklion, Crete, Greece
F: Treating physician | Dr. Nikolaos Papadakis, Orthopaedics
F: Date of first consultation | 06-07-2026

## Section C - Medical details
F: Cause | Fall from scooter, 06-07-2026
F: Diagnosis | Fracture of base of 5th metacarpal, right hand, minimally displaced
F: Diagnostic tests performed | X-ray right hand (3 views)
F: Treatment given | Closed reduction, ulnar gutter splint, analgesics
F: Surgery | No
F: Hospital admission | No (emergency department only)
F: Pre-existing condition | None known
F: Fit to travel | Yes, from 08-07-2026, economy class, no escort required
F: Follow-up required | Orthopaedic review and X-ray in 7-10 days in home country

## Section D - Declaration
I declare that the information given above is correct to the best of my knowledge.
F: Signature / stamp | N. Papadakis (stamp)
F: Date | 09-07-2026
''',
    label=lab([], '2026-07-09', 'other', 'en', 'travel insurance medical report form, canvas two-column sections',
              'yes', 'no', 'yes', 'Insurance form, none of the kinds, though filled by a treating doctor; ED-only treatment in Greece counts as treated abroad; "Surgery: No"')))

# ---------------------------------------------------------------- 059 English letter from Dutch hospital for expat (html)
DOCS.append(dict(stem='ab-059-olvg-english-letter-expat', fmt='html', font='helv', size=10,
    head={'org': 'OLVG', 'lines': ['Department of Plastic, Reconstructive and Hand Surgery', 'Oosterpark 9, 1091 AC Amsterdam - T +31 20 599 9111'],
          'right': ['Our ref.: PCH-26-30771', 'Date: June 23, 2026']},
    body='''
L: To: Dr. M. Cohen, general practitioner
L: The Expat Medical Practice Amsterdam
L: Keizersgracht 210, 1016 DZ Amsterdam

L: **Regarding:** Ms. Olivia BRENNAN, date of birth July 2, 1989, BSN 987654321
L: Copy: patient

Dear Dr. Cohen,

At your request I am writing this letter in English, as Ms. Brennan, who moved from Toronto to Amsterdam in 2021, prefers this.

**History:** Ms. Brennan was seen in our outpatient clinic on May 12, 2026 with a painful dorsal wrist lump on the left. All her care for this problem has been in the Netherlands; she has never been treated for it abroad. Ultrasound at OLVG (April 28, 2026) showed a 16 mm dorsal wrist ganglion from the scapholunate interval.

**Treatment:** After aspiration had failed twice, we performed an open excision of the dorsal ganglion of the left wrist in day surgery on June 2, 2026 (operation report enclosed).

**Follow-up today:** The wound has healed well, no recurrence, full range of motion. Grip strength almost equal to the right.

**Conclusion:** Uncomplicated recovery after excision of a dorsal wrist ganglion, left.

**Plan:** No further follow-up. Recurrence risk about 5-10%; she may contact us if the swelling returns.

Kind regards,

L: Dr. Marieke Jongejan, plastic surgeon
''',
    label=lab(['correspondence'], '2026-06-23', 'specialist', 'en', 'English outpatient letter from a Dutch hospital for an expat, US-style dates, HTML->PDF',
              'yes', 'yes', 'no', 'English language but Dutch hospital; explicit "never been treated for it abroad"; living abroad before 2021 irrelevant; op report enclosed is a mention')))

# ---------------------------------------------------------------- 060 Dutch SEH letter, fall in Austria (pdf)
DOCS.append(dict(stem='ab-060-gelre-seh-val-oostenrijk', fmt='pdf', font='times', size=10.5,
    head={'org': 'Gelre ziekenhuizen', 'lines': ['Spoedeisende Hulp - locatie Apeldoorn', 'Albert Schweitzerlaan 31, 7334 DZ Apeldoorn - 055 581 81 81']},
    footer='SEH-brief Gelre Apeldoorn - {p}/{n}',
    body='''
L: Apeldoorn, 5 februari 2026
L:
L: Aan de huisarts: dr. E.W. Lammers, Huisartsenpraktijk De Maten, Apeldoorn
L: Betreft: mw. Fleur Hendriksen, geboren 22-11-2000

Geachte collega,

Uw patiënte bezocht vandaag onze SEH.

**Anamnese:** Op 2 februari tijdens wintersport in Sölden (Oostenrijk) gevallen op de rechterhand bij het snowboarden. Zij heeft daar geen arts of ziekenhuis bezocht en is gisteren met de bus teruggereisd. Sindsdien aanhoudende pijn radiaal aan de pols.

**Onderzoek:** Zwelling en drukpijn in de tabatière anatomique rechts, pijn bij axiale compressie van de duim. Geen neurovasculaire uitval.

**Aanvullend onderzoek:** Röntgen pols rechts met scafoïdseries: niet-verplaatste fractuur van de taille van het os scaphoideum.

**Conclusie:** Niet-gedisloceerde scafoïdfractuur rechts, 3 dagen oud.

**Beleid:** Onderarmgips met duiminclusie. Controle op de gipskamer/polikliniek traumatologie over 2 weken, met CT na 6 weken ter beoordeling van consolidatie.

Met collegiale groet,

L: drs. S. Akkerman, SEH-arts KNMG
''',
    label=lab(['correspondence'], '2026-02-05', 'specialist', 'nl', 'Dutch ED letter, platypus, Times',
              'yes', 'unmentioned', 'no', 'Accident abroad but no care abroad ("geen arts of ziekenhuis bezocht"); treated in the Netherlands; CT only planned')))

# ---------------------------------------------------------------- 061 Dutch HIS summary, winters in Spain (txt)
DOCS.append(dict(stem='ab-061-his-samenvatting-overwinteraar', fmt='txt',
    body='''
Huisartsenpraktijk Veldhoven-Zuid          Datum uitdraai: 30-11-2026
Dr. R. Smulders, huisarts                  AGB 01-076543
Burgemeester van Hoofflaan 20, 5503 BJ Veldhoven

PROFESSIONELE SAMENVATTING

Patiënt:   Dhr. Theo van Gerwen
Geb.datum: 08-08-1951         Geslacht: M
BSN:       345678912          Verzekeraar: CZ

ACTUELE EPISODES
L20    Artrose pols rechts (STT/radiocarpaal)           vanaf 14-03-2026
L91.01 Artrose CMC I beiderzijds                         vanaf 02-10-2023
K86    Essentiële hypertensie                            vanaf 11-01-2012
T90.02 Diabetes mellitus type 2                         vanaf 19-05-2016

INACTIEVE / HISTORISCHE EPISODES
L76    Fractuur onderarm links (kinderleeftijd, conservatief)   1959
D13    Cholecystectomie                                  2008

MEDICATIE (actueel)
metformine 500 mg       2 dd 1
amlodipine 5 mg         1 dd 1
paracetamol 500 mg      z.n. max 6 dd 1
diclofenac gel 1%       3 dd

JOURNAAL (selectie)
25-11-2026  S: komt met vraag om second opinion handchirurgie, pijn pols rechts neemt toe, kan golfclub niet meer goed vasthouden.
            O: zwelling radiaal pols re, drukpijn STT, beperkte dorsaalflexie.
            E: artrose pols re, conservatief onvoldoende.
            P: overleg, verwijzing second opinion handkliniek via Zorgdomein volgt.
02-10-2026  S: terug uit Spanje (overwintert nov-apr in Torrevieja). Pols re daar in februari gezien door de huisarts ter plaatse (centro de salud), kreeg een brace en ibuprofen. Geen ziekenhuis, geen foto's in Spanje.
            O: geen.
            E: artrose pols re.
            P: ibuprofen gestopt i.v.m. nierfunctie, paracetamol.
14-03-2026  S: pols re pijnlijk sinds najaar, was in Spanje.
            O: drukpijn STT-gewricht, crepitaties.
            E: artrose?
            P: X-pols re aangevraagd (Máxima MC).
21-03-2026  Uitslag röntgen pols rechts (MMC): STT-artrose en beginnende radioscafoïdale artrose, geen fractuur.
12-06-2025  Diabetescontrole POH: HbA1c 52.
02-10-2023  S: pijn duimbasis beiderzijds. E: CMC I artrose. P: duimbrace, uitleg.

Nooit geopereerd aan handen of polsen.
Geen allergieën bekend.

--- einde uitdraai ---
''',
    label=lab(['history'], '2026-11-30', 'gp', 'nl', 'Dutch HIS professional summary printout with ICPC episodes and SOEP journal',
              'yes', 'no', 'no', 'Winters in Spain, seen there only by a GP, explicitly no hospital and no imaging in Spain; X-ray done in NL; "Nooit geopereerd aan handen"; cholecystectomy other operation')))

# ---------------------------------------------------------------- 062 merged Zorgdomein + Spanish operative report
DOCS.append(dict(stem='ab-062-zorgdomein-plus-spaans-okverslag', fmt='pdf', font='helv', size=9.5, label_w=0.32,
    footer='Bijlagen bij verwijzing - pagina {p} van {n}',
    parts=[dict(head={'org': 'ZorgDomein', 'lines': ['Verwijsbrief - Second opinion handchirurgie', 'Aangemaakt: 27-11-2026 09:14']}, body='''
F: Patiënt | Mw. C.M. (Carla) Brinkman
F: Geboortedatum | 17-02-1962
F: BSN | 456789123
F: Adres | Lindenlaan 12, 1405 AN Bussum
F: Verzekering | VGZ, polisnr. 88120344
F: Verwijzer | M.A. Dekker, huisarts, Huisartsenpraktijk Spiegel, Bussum (AGB 01-098765)
F: Specialisme | Plastische chirurgie / Handchirurgie
F: Zorgproduct | Second opinion handchirurgie
F: Urgentie | Regulier

## Reden van verwijzing
Persisterende pijn en stijfheid rechterpols na operatie in Spanje.

## Vraagstelling
Graag second opinion: is de stand van de radius na de plaatosteosynthese acceptabel, en is er een indicatie voor verwijdering van de plaat of verdere behandeling?

## Relevante voorgeschiedenis
L: 2015 carpaal tunnelsyndroom links, conservatief
L: 2019 hypothyreoïdie
L: 03-08-2026 distale radiusfractuur rechts, geopereerd in Hospital Quirónsalud Marbella (plaat)

## Recente behandelingen
Fysiotherapie sinds september 2026 (2x/week). Röntgencontrole pols rechts Tergooi MC 14-10-2026: consolidatie, plaat in situ. Controle orthopedie Tergooi 21-10-2026.

## Medicatie
levothyroxine 75 µg 1dd1; paracetamol zn

## Allergieën
Geen

## Bijlagen
Operatieverslag Marbella (Engelse vertaling, door patiënte aangeleverd)
'''),
           dict(head={'org': 'Hospital Quirónsalud Marbella', 'lines': ['Avda. Severo Ochoa 22, 29603 Marbella, Málaga, Spain', 'Traumatology and Orthopaedic Surgery Department']}, body='''
# SURGICAL REPORT (English translation)
F: Patient | BRINKMAN, CARLA MARIA
F: Date of birth | 17/02/1962
F: Date of surgery | 04/08/2026
F: Surgeon | Dr. Javier Ortega Ruiz
F: Assistant | Dr. Marta Gil
F: Anaesthesia | Regional (infraclavicular block) + sedation
F: Preoperative diagnosis | Intra-articular fracture distal radius, right (fall on 03/08/2026)
F: Procedure | Open reduction and internal fixation with volar locking plate

Description: Patient supine, ischaemia cuff on the arm. Volar FCR approach. Pronator quadratus released. Reduction of the articular fragments under direct vision and fluoroscopic control. Fixation with volar distal radius locking plate (7 distal locking screws, 3 cortical screws). Correct position confirmed with fluoroscopy. Closure in layers, intradermal suture. Volar splint.

Incidents: none.
Post-operative plan: splint 2 weeks, rehabilitation, review in 2 weeks (patient returning to the Netherlands).

L: Dr. J. Ortega Ruiz - Nº Col. 29/09331
''')],
    body='',
    label=lab(['referral', 'history', 'operation-report'], '2026-11-27', 'gp', 'nl', 'merged PDF: Zorgdomein referral two-column + English translation of Spanish operative report',
              'yes', 'yes', 'yes', 'Two documents in one file in two languages (nl, en); Zorgdomein referral with Vraagstelling, Relevante voorgeschiedenis and Recente behandelingen; second part is the Spanish surgical report',
              referral_question=True,
              parts=[dict(kinds=['referral', 'history'], date='2026-11-27', author='gp'),
                     dict(kinds=['operation-report'], date='2026-08-04', author='specialist')])))

if __name__ == '__main__':
    build(DOCS)
