"""tr-057 .. tr-064: plain-text documents."""
from common import label, write_txt


# =========================================================================== tr-057
def tr057():
    stem = "tr-057"
    text = """HUISARTSINFORMATIE - SAMENVATTING
(bijlage bij verwijzing, gegenereerd uit HIS)

Praktijk:      Huisartsenpraktijk De Akkers, Spijkenisse - mw. R.E. Hoogvliet, huisarts
Datum:         02-04-2026
Patiënt:       mw. W. (Wilma) Stolk-van Rij
Geb.:          25-08-1955
Adres:         Akkerstraat 77, 3201 CJ Spijkenisse

ACTUELE PROBLEMEN
- Artrose vingers beide handen (Heberden/Bouchard), vooral DIP II-III re    sinds 2023
- Hypothyreoidie                                                             sinds 2012
- Hypertensie                                                                sinds 2020

VOORGESCHIEDENIS
- 1988 en 1991 partus, ongecompliceerd
- 2010 cholecystectomie (laparoscopisch)
- Geen operaties aan hand of pols ondergaan.

RECENTE BEHANDELINGEN (12 mnd)
- 10-2025 paracetamol + diclofenac gel, matig effect
- 01-2026 ergotherapie (6x): gewrichtsbescherming, spalkje DIP II re voor de nacht
- 03-2026 consult reumatoloog (telefonisch overleg): geen aanwijzing voor RA, lab normaal
- Geen beeldvorming van de handen verricht; diagnose klinisch.

MEDICATIE
levothyroxine 100 ug 1dd1; amlodipine 5 mg 1dd1; calcium/vit D 1dd1;
paracetamol 1 g 3dd zn; diclofenac gel 1% zn

ALLERGIEEN / INTOLERANTIES
sulfonamiden (exantheem)

SOCIAAL
Weduwe, woont zelfstandig, zingt in koor, wil graag weer kunnen breien en piano spelen.

VRAAG / REDEN
Patiënte vraagt zelf om een second opinion bij een handchirurg over mogelijke
gewrichtsvervangende of -vastzettende operatie DIP/PIP. (Zie aparte verwijsbrief.)

R.E. Hoogvliet, huisarts
"""
    write_txt(stem, text)
    label(stem, ["history"], "2026-04-02", "gp", "nl",
          "GP summary exported from the HIS as plain text (uppercase section headings)",
          "no", "no", "unmentioned",
          "History letter dated 02-04-2026: more than 183 days before today (recency test). "
          "'Geen operaties aan hand of pols ondergaan' and 'Geen beeldvorming van de handen "
          "verricht' negations; cholecystectomy on another body part. The 'VRAAG / REDEN' "
          "block asks for a second opinion and points to a separate referral; this file itself "
          "is not a referral.")


# =========================================================================== tr-058
def tr058():
    stem = "tr-058"
    text = """CENTRO HOSPITALAR DO DOURO LITORAL - PORTO
Serviço de Imagiologia / Department of Radiology
Rua de Camões 410, 4049-021 Porto, Portugal   |  +351 22 5 07 10 00

[Unofficial English translation provided by MedAssist Europe for the insurer - original in Portuguese]

REPORT - COMPUTED TOMOGRAPHY
Patient: ROOS, Frederik                      Process no.: 2026-448172
Date of birth: 30-07-1960                    Episode: Emergency Dept. (SU) 2026/19920
Exam: CT of the left wrist (without contrast)
Exam date: 12-10-2026                        Report date: 13-10-2026
Requested by: Dr. Tiago Moreira (Orthopaedics, Emergency)

Clinical information:
Fall from bicycle (tourist). Deformity of the left wrist. X-ray: comminuted distal radius
fracture. CT for pre-operative evaluation.

Findings:
Comminuted intra-articular fracture of the distal radius with dorsal displacement and 2 mm
articular step-off at the lunate facet. Fracture of the ulnar styloid base. Carpal bones
without fractures. Scapholunate interval within normal limits. No dislocation of the distal
radioulnar joint.

Conclusion:
Intra-articular fracture of the left distal radius (AO 23-C2.1) with fracture of the base of
the ulnar styloid.

The radiologist: Dra. Inês Carvalho Pinto (OM 51207)
Validated electronically 13-10-2026 09:41
"""
    write_txt(stem, text)
    label(stem, ["imaging-report"], "2026-10-13", "radiologist", "en",
          "Portuguese hospital CT report, unofficial English translation (plain text)",
          "yes", "unmentioned", "yes",
          "Radiology from a hospital abroad via its emergency department (treated abroad). "
          "'pre-operative evaluation' is a plan, not an operation. Translation note at the top "
          "(insurer). Exam vs report date, dd-mm-yyyy.", also=["2026-10-12"])


# =========================================================================== tr-059
def tr059():
    stem = "tr-059"
    text = """Marien-Hospital Borken-Süd * Klinik für Plastische und Handchirurgie
KIS-Export  OP-Bericht                                   Druck: 08.09.2026 07:55

Pat.-Name: ten Brinke, Hendrik          geb.: 14.02.1950      Fall: 4471 0921
Wohnort: 7101 JK Winterswijk (NL)       Kostenträger: EHIC / NL-Zorgverzekeraar

Eingriffsdatum:   07.09.2026
Operateur:        Dr. med. V. Schulte-Herbrüggen
Assistenz:        A. Nowak (AÄ)
Anästhesie:       i.v. Regionalanästhesie (Dr. Greiwe)
Blutsperre:       Oberarm 250 mmHg, 58 min

Diagnose:         Morbus Dupuytren rechts, Strang Kleinfinger (MP-Streckdefizit 50°, PIP 30°),
                  Tubiana III
OPS:              5-842.71  partielle Fasziektomie, Hohlhand und ein Finger

Bericht:
Zickzack-Schnittführung nach Bruner von der distalen Hohlhandfalte bis zum Mittelglied
Kleinfinger. Darstellung des prätendinösen und spiralen Strangs. Das ulnare Gefäß-
Nervenbündel wird vom Spiralstrang umwickelt und kann unter Lupenbrille sicher dargestellt
und geschont werden. Resektion des Stranggewebes. Danach volle Streckung im MP-Gelenk,
im PIP-Gelenk Restdefizit 10° (Kapsel nicht gelöst). Öffnung der Blutsperre, Blutstillung
bipolar. Y-V-Plastik an der Grundgliedbasis. Hautnaht Ethilon 5-0. Kompressionsverband,
palmare Streckschiene.

Intraop. Komplikationen: keine
Histologie: ja (Fibromatose?)

Nachbehandlung: Schiene nachts 3 Monate, Ergotherapie ab 3. Tag, Wundkontrolle 5. Tag,
Fäden 14. Tag (Hausarzt NL möglich).

Dr. med. V. Schulte-Herbrüggen, Oberarzt  -  freigegeben 07.09.2026 16:12
"""
    write_txt(stem, text)
    label(stem, ["operation-report"], "2026-09-07", "specialist", "de",
          "German KIS export of an OP-Bericht (plain text, padded labels)",
          "unmentioned", "yes", "yes",
          "German operation on a Dutch patient from Winterswijk (EHIC): treated abroad. Print "
          "date the day after the operation; birth date. 'Histologie: ja (Fibromatose?)' is a "
          "question. Dupuytren of the hand counts as the hand problem.")


# =========================================================================== tr-060
def tr060():
    stem = "tr-060"
    text = """From: Handkliniek Amstelhof <noreply-afspraken@handkliniek-amstelhof.nl>
Date: 3 December 2026 at 16:05:12 CET
To: priya.raman@example.co.uk
Subject: Appointment confirmation / Afspraakbevestiging - 18 December 2026

Dear Ms Raman,

We are pleased to confirm your appointment for a second opinion:

  Date:       Friday 18 December 2026
  Time:       13:20 (please arrive 15 minutes early)
  Doctor:     Dr. E. Vos, hand and wrist surgeon
  Location:   Handkliniek Amstelhof, Laan van Kronenburg 40, Amstelveen, ground floor

Please note that we can only keep this appointment if we have received all documents
at least 5 working days beforehand:

  [x] referral letter (received 15/10/2026)
  [ ] recent summary of your medical history from your GP
  [ ] letters from the specialist(s) who treated you
  [ ] operation report(s), if you have been operated on
  [ ] imaging on CD and the radiology reports
  [ ] MRSA screening result, if you were admitted to or treated in a hospital outside
      the Netherlands in the past 12 months (to be arranged via your GP)

You can upload the documents in our patient portal or send them by secure mail.

If you need to cancel, please do so at least 48 hours in advance.

Kind regards,

Planning & Intake
Handkliniek Amstelhof
T +31 20 7 33 41 00

---
Dit is een automatisch gegenereerd bericht. This is an automatically generated message.
Patient number: HA-26-6120   Date of birth on file: 02/03/1990
"""
    write_txt(stem, text)
    label(stem, [], "2026-12-03", "other", "en",
          "automatic appointment-confirmation e-mail from the clinic (bilingual subject)",
          "unmentioned", "unmentioned", "unmentioned",
          "Clinic e-mail (none kind) whose checklist names every kind with conditionals ('if you "
          "have been operated on', 'if you were admitted ... outside the Netherlands'); says "
          "nothing about this patient's facts. Ticked box '[x] referral letter (received ...)' "
          "is a receipt, not a referral. Appointment date after the e-mail date.")


# =========================================================================== tr-061
def tr061():
    stem = "tr-061"
    text = """AMSTERDAM EXPAT MEDICAL CENTRE - General Practice
Prinsengracht 770, 1017 LE Amsterdam | +31 20 6 27 00 12 | AGB 01-101577
========================================================================
REFERRAL                                          Date: 26/11/2026
To:        Handkliniek Amstelhof - Second opinion hand & wrist
From:      Dr. Marieke Olthof, GP
Patient:   Mr Lucas FONTAINE   DOB 05/09/1989   BSN 2401 78 226
Address:   Czaar Peterstraat 88-2, 1018 PV Amsterdam
Insurer:   ZorgSaam Verzekeringen (policy 55102291)
Language:  English / French
------------------------------------------------------------------------

Reason for referral
Recurrent dorsal wrist ganglion (left) after surgical excision.

Question
Mr Fontaine asks for a second opinion: is a second (arthroscopic?) excision advisable, or
should he accept the swelling? He was told at Amstelmere that recurrence "happens" and that
re-operation has a high recurrence risk again.

Relevant history
- 02/2025 open excision dorsal ganglion left wrist, Amstelmere Hospital (Dr. Lemstra)
- 2023 appendectomy (Paris)
- Mild asthma
- Non-smoker, BMI 23, works as a software developer (mouse/keyboard)

Recent treatment (last 12 months)
- 06/2026 recurrence noted; aspiration by me 07/2026 - recurred within 4 weeks
- 10/2026 ultrasound left wrist (Amstelmere): recurrent ganglion 9 mm from SL ligament
- 11/2026 outpatient visit plastic surgery Amstelmere: re-excision offered, patient undecided

Other
Holiday in Bali in July 2026 - no medical issues, no hospital visits there.

Medication
Salbutamol inhaler PRN. No allergies.

Attachments
Letter plastic surgery 11/2026; ultrasound report 10/2026 (sent by Zorgmail)

Kind regards,
Dr. M. Olthof, GP  (sent electronically, no signature)
"""
    write_txt(stem, text)
    label(stem, ["referral", "history"], "2026-11-26", "gp", "en",
          "English expat-GP referral as plain-text HIS export with history sections",
          "yes", "yes", "yes",
          "English referral with 'Relevant history' and 'Recent treatment' sections (both "
          "kinds). Earlier ganglion excision done (operated yes); re-excision offered. "
          "Appendectomy in Paris (2023) is care abroad named by city only, on another body part "
          "(treated_abroad yes though old and unrelated); Bali holiday explicitly without care. "
          "Dates as dd/mm/yyyy and mm/yyyy.", rq=True)


# =========================================================================== tr-062
def tr062():
    stem = "tr-062"
    text = """OK-VERSLAG  -  Ziekenhuis De Wieken, Emmeloord  -  dagbehandeling
pat: Postma-Kuiper, H.   geb 11-11-1961   pnr 0399127
d.d. 21-10-2026   OK 2   start 13.05  eind 13.31

operateur: dr. A.F. Schaap, pl.chir.
assist: OK-assistent (geen arts)
anesth: WALANT, lidoc 1% + adr 1:200.000, 10 ml; geen bloedleegte

ind: triggerfinger dig III en IV li, Green gr. 3, 2x inj. zonder blijvend effect
ingr: A1-klieving dig III + dig IV li (open)

verloop: transv. incisies in distale handpalmplooi tpv dig III en IV. NV-bundels zijdelings
gehouden. A1 dig III en IV in lengte gekliefd onder zicht, A2 intact gelaten. pt. laat
actief volledige flexie/extensie zien zonder haperen. huid 4-0 ethilon 2+2. verband.

compl: geen
PA: nee
nabeh: verband 2 dgn, daarna pleister; direct bewegen; HT niet nodig. HH dg 10-14 (HA).
       controle tel. 6 wk

getekend elektr. A.F. Schaap 21-10-2026
"""
    write_txt(stem, text)
    label(stem, ["operation-report"], "2026-10-21", "specialist", "nl",
          "terse OK-verslag text export with lower-case abbreviations",
          "unmentioned", "yes", "unmentioned",
          "Heavily abbreviated (ind, ingr, compl, nabeh, HH, HA, HT); 'geen bloedleegte', 'PA: "
          "nee', 'HT niet nodig' negate other things. Earlier injections are not operations.")


# =========================================================================== tr-063
def tr063():
    stem = "tr-063"
    text = """St.-Georg-Krankenhaus Winterberg
Abteilung für Unfallchirurgie und Orthopädie - Ambulanz/D-Arzt
Am Waltenberg 12 - 59955 Winterberg - Tel. +49 2981 8 02-0

Winterberg, den 30.08.2026

An die weiterbehandelnde Ärztin / den weiterbehandelnden Arzt
(Hausarzt in den Niederlanden, über den Patienten)

Ambulanzbrief

Patient: Dhr. Daan Verhagen, geb. 08.06.2006, Doetinchem (NL)
Vorstellung: 28.08.2026, 16:40 Uhr, Ambulanz (Selbstvorstellung)

Diagnose:
Kontusion/Distorsion rechtes Handgelenk; Verdacht auf okkulte Skaphoidfraktur nicht
ausgeschlossen (S60.2, S63.5)

Anamnese:
Sturz mit dem Mountainbike im Bikepark am 28.08.2026 auf die ausgestreckte rechte Hand. Kein
Kopfanprall. Rechtshänder, Student.

Befund:
Schwellung radiodorsal, Druckschmerz Tabatière und Skaphoidtuberkel, Stauchungsschmerz
Daumen. DMS intakt.

Röntgen Handgelenk rechts in 2 Ebenen und Skaphoidquartett (28.08.2026):
Keine Fraktur sicher abgrenzbar. Keine Luxation.

Therapie:
Keine Operation erfolgt. Anlage einer Unterarmgipsschiene mit Daumeneinschluss (Skaphoid-
Gips). Analgesie mit Ibuprofen.

Procedere:
Ruhigstellung bis zur Kontrolle. Klinische Kontrolle mit Röntgen in 10-14 Tagen, bei
fortbestehenden Beschwerden MRT, heimatnah in den Niederlanden. Der Patient reist am
31.08. nach Hause.

Mit freundlichen Grüßen

Dr. med. B. Schmallenbach
Facharzt für Orthopädie und Unfallchirurgie, D-Arzt
"""
    write_txt(stem, text)
    label(stem, ["correspondence"], "2026-08-30", "specialist", "de",
          "German Ambulanzbrief (D-Arzt) as plain text, addressed 'to whom it may concern'",
          "yes", "no", "yes",
          "German outpatient letter for a Dutch tourist (treated abroad). No named addressee. "
          "'Keine Operation erfolgt' negation; MRT only planned. Visit date (28.08) differs from "
          "letter date (30.08); travel date; birth date.")


# =========================================================================== tr-064
def tr064():
    stem = "tr-064"
    text = """WESTBURY PARK HOSPITAL (private) - Hand & Upper Limb Unit
1 Westbury Park Road, Bristol BS6 7XD | Secretary: 0117 496 0031
----------------------------------------------------------------------

12 November 2026

Second Opinion Service
Handkliniek Amstelhof
Laan van Kronenburg 40
1183 AS Amstelveen
The Netherlands

Dear Colleague,

Re: Mrs Saskia HENDRIKSE-PRICE, date of birth 29 December 1968
    Hospital no. WPH 22 87 190

I would be very grateful if you would see Mrs Hendrikse-Price, a Dutch national who has lived
in Bristol for twenty years and is now returning to Haarlem, for a second opinion and, if
you agree, for continuing care of her right wrist.

She had a SLAC wrist (stage III) after an old scapholunate injury. On 24 March 2025 I
performed a scaphoid excision and four-corner fusion (lunate, capitate, hamate, triquetrum)
with a circular plate at this hospital. The fusion united (CT July 2025), but she has
persistent dorsal impingement pain with extension and the plate appears to sit proud on
recent X-rays (10 October 2026).

My questions:
1. Would you consider removal of the plate, and is this likely to help?
2. Is there any indication for conversion to a total wrist arthrodesis at this stage, which
   she is keen to avoid?

She takes no regular medication apart from levothyroxine and has no allergies. Her MRSA
screen before the 2025 operation was negative; she has not been admitted to hospital
since. I enclose my operation note, the CT report and the latest clinic letter.

With kind regards,

Mr Alistair Penrose FRCS (Orth)
Consultant Hand & Wrist Surgeon
GMC 4417208

cc: Dr H. Kuiper, GP, Haarlem (new GP); Mrs S. Hendrikse-Price
Enc.: operation note 24/03/2025; CT report 14/07/2025; clinic letter 10/10/2026
"""
    write_txt(stem, text)
    label(stem, ["referral", "correspondence"], "2026-11-12", "specialist", "en",
          "UK private consultant's referral letter for a second opinion (plain text)",
          "yes", "yes", "yes",
          "A referral written by a treating specialist abroad: both referral and specialist "
          "correspondence. Numbered questions. Operation done by the writer in the UK (treated "
          "abroad). 'MRSA screen ... was negative' is a mention; enclosures are only listed. "
          "Total arthrodesis is a question. Dates written out; operation in 2025.", rq=True)


if __name__ == "__main__":
    for f in (tr057, tr058, tr059, tr060, tr061, tr062, tr063, tr064):
        f()
    print("gen_txt_2 done")
