# vi-049 .. vi-064   (all persons, numbers and addresses invented)
from common import L, P, pdf, docx, txt, CLINIC_NL

DOCS = []
add = DOCS.append

# vi-049 OLVG outpatient letter (DOCX, HiX-like), patient J
add(docx("vi-049",
    L(["correspondence"], "2026-10-15", "specialist", "nl", "HiX outpatient letter in Word (header/footer, page fields)",
      "yes", "unmentioned", "unmentioned",
      "Outpatient letter: 'Een artroscopie met TFCC-refixatie is geïndiceerd' is a plan; nothing says she "
      "was or was not operated before. Quotes X-ray and MRI results (imaging done) but is not a radiology "
      "report. Letter header repeats patient data on every page; referral back to the GP is mentioned."),
    [
        ("lh2", ["OLVG", "Orthopedie - Hand- en polsteam", "Oosterpark 9, 1091 AC Amsterdam"],
                ["Datum: 15-10-2026", "Kenmerk: ORT/KM/26-1015-06", "Telefoon: 020-599 30 40"]),
        ("addr", ["Huisartsenpraktijk Dapperbuurt", "t.a.v. mw. I. Bouzid, huisarts", "Dapperstraat 88",
                  "1093 BX  Amsterdam"]),
        ("p", "Betreft: mw. E. Smit, geb. 17-03-1990, Pieter Nieuwlandstraat 61-II, 1093 XN Amsterdam"),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënte bezocht op 15-10-2026 opnieuw onze polikliniek voor de uitslag van de MRI."),
        ("h2", "Anamnese"),
        ("p", "36-jarige vrouw, fanatiek hockeyspeelster, met sinds een val in juni "
              "2026 pijn aan de ulnaire zijde van de rechterpols, vooral bij draaien (sleutel omdraaien, "
              "stick-handling). Spalk zes weken zonder blijvend effect."),
        ("h2", "Lichamelijk onderzoek"),
        ("p", "Drukpijn fovea ulnaris rechts, foveasign positief, ulnocarpale stresstest pijnlijk. DRUG stabiel "
              "in neutrale stand, licht verhoogde laxiteit in supinatie ten opzichte van links."),
        ("h2", "Aanvullend onderzoek"),
        ("p", "X-pols rechts (12-08-2026): geen fractuur, neutrale ulnaire variantie.\n"
              "MRI pols rechts (01-10-2026): perifere TFCC-scheur met foveale betrokkenheid (Palmer 1B)."),
        ("h2", "Conclusie"),
        ("p", "Perifere TFCC-laesie rechts met klinisch geringe DRUG-laxiteit."),
        ("h2", "Beleid"),
        ("p", "Een artroscopie met TFCC-refixatie is geïndiceerd. Patiënte wil hierover eerst een second opinion; "
              "wij hebben haar verzocht daarvoor contact met u op te nemen. Zij staat voorlopig niet op de "
              "wachtlijst."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["dr. K. Meijer, orthopedisch chirurg"], {"gap_mm": 8}),
        ("p", "Kopie: patiënte"),
    ],
    {"font": "Segoe UI", "size": 9.5,
     "header": ["OLVG - Smit, E. - 17-03-1990 - 6023117"], "header_align": "right",
     "footer": ["OLVG locatie Oost - Pagina {PAGE} van {NUMPAGES}"],
     "meta": {"title": "Brief", "author": "HiX"}}))


# vi-050 ZorgDomein plain-text export, referral, patient J
ZD_050 = """
ZorgDomein - Verwijzing
Kenmerk: ZD-2026-8817-3390
Verwijsdatum: 2026-10-20
Product: Second opinion orthopedie - hand/pols

VERWIJZER
mw. I. Bouzid, huisarts
Huisartsenpraktijk Dapperbuurt, Dapperstraat 88, 1093 BX Amsterdam
AGB 01110274  |  Tel. 020-665 47 10

PATIËNT
mw. E. Smit
Geboren: 1990-03-17
Pieter Nieuwlandstraat 61-II, 1093 XN Amsterdam
Verzekerd: DSW, nr. 557 120 889

REDEN VAN VERWIJZING
Ulnaire polspijn rechts na val (06-2026). MRI (OLVG, 01-10-2026): perifere TFCC-scheur. Orthopeed
OLVG adviseert artroscopische TFCC-refixatie; patiënte wil een tweede mening voordat zij beslist.

VRAAGSTELLING
Second opinion: is artroscopische TFCC-refixatie nu geïndiceerd, of is eerst een conservatief
traject (spalk, handtherapie) verantwoord?

RELEVANTE VOORGESCHIEDENIS
Geen.

MEDICATIE
Geen.

ALLERGIEËN
Geen bekend.

BIJLAGEN
Polikliniekbrief OLVG 15-10-2026; MRI-verslag 03-10-2026

--
Deze verwijzing is aangemaakt in ZorgDomein op 2026-10-20 11:26 en verzonden naar de zorgaanbieder.
"""

add(txt("vi-050",
    L(["referral"], "2026-10-20", "gp", "nl", "zorgdomein plain-text export (ISO dates, capitalised sections)",
      "yes", "unmentioned", "unmentioned",
      "Plain-text ZorgDomein export with ISO dates (2026-10-20, birth date 1990-03-17). The operation is "
      "only advised (plan). 'Relevante voorgeschiedenis: Geen' and no recent-treatments section: referral "
      "only, not history.",
      rq=True),
    ZD_050))


# ------------------------------------------------------------------------------------------
# Patient K: Ms Hannah Novak (expat, Rotterdam). Distal radius fracture, ED Marbella (Spain).
# vi-051 translated Spanish ED report (PDF)
# ------------------------------------------------------------------------------------------
add(pdf("vi-051",
    L(["correspondence"], "2026-08-09", "specialist", "en", "certified English translation of a Spanish ED report",
      "yes", "no", "yes",
      "Sworn translation: the original report date (09/08/2026) is the document's own date; the "
      "translator's certification date 20/08/2026 is a second date that belongs to the translation. "
      "Closed reduction under haematoma block is not an operation ('No surgical treatment was required'). "
      "Emergency care in a Spanish hospital = treated abroad."),
    blocks=[
        ("pi", "[Translation from Spanish - original letterhead: Hospital Costa del Sol, Servicio Andaluz de Salud]"),
        ("lh", ["HOSPITAL COSTA DEL SOL", "Emergency Department (Servicio de Urgencias)",
                "Autovía A-7, km 187, 29603 Marbella (Málaga), Spain"], "left"),
        ("h1", "EMERGENCY DEPARTMENT DISCHARGE REPORT", {"size": 12}),
        ("kv", [("Patient", "NOVAK, HANNAH"), ("Date of birth", "25/06/1984"), ("Sex", "Female"),
                ("Document", "Passport CZ 41882093"), ("Episode no.", "URG-2026-0809-1177"),
                ("Date of attendance", "09/08/2026 22:14"), ("Discharge", "10/08/2026 02:05")],
         {"label_w_mm": 40}),
        ("h2", "Reason for attendance"),
        ("p", "Fall on the outstretched left hand on wet tiles. Pain and deformity of the left wrist."),
        ("h2", "Examination"),
        ("p", "Dinner-fork deformity of the left wrist. Skin intact. Distal pulses and sensation preserved."),
        ("h2", "Complementary tests"),
        ("p", "X-ray of the left wrist (AP and lateral): extra-articular fracture of the distal radius with dorsal "
              "angulation (Colles type). Post-reduction X-ray: acceptable alignment."),
        ("h2", "Treatment"),
        ("p", "Closed reduction under haematoma block (lidocaine 1%, 10 ml) and dorsal plaster backslab. "
              "Metamizole and paracetamol. No surgical treatment was required."),
        ("h2", "Diagnosis"),
        ("p", "Fracture of the distal end of the left radius (S52.5), closed, reduced."),
        ("h2", "Recommendations"),
        ("p", "Arm in sling, elevation. Follow-up in Traumatology in the home country within 7 days with a "
              "control X-ray. Immobilisation 5-6 weeks. Return if pain or numbness increases."),
        ("p", "Physician: Dr. Álvaro Ruiz Montes, Emergency Medicine (Col. no. 29/41188)"),
        ("rule",),
        ("pi", "I, the undersigned, sworn translator registered with the Ministry of Foreign Affairs of Spain, "
               "certify that the above is a true and complete translation into English of the original Spanish "
               "document presented to me."),
        ("p", "Marbella, 20/08/2026 - María J. Ortega Blanco, Traductora-Intérprete Jurada de inglés, no. 7715"),
        ("stamp", ["TRADUCCION JURADA", "M. J. ORTEGA BLANCO - N. 7715"]),
    ],
    opts={"size": 9.5, "font": "times", "footer": ["Page {page} of {pages} - translation"]},
    meta={"title": "translation_informe_urgencias", "creator": "Microsoft Word"}))


# vi-052 patient e-mail (TXT, English), patient K
MAIL_052 = """
Date: Mon, 2 Nov 2026 21:17:03 +0100
From: Hannah Novak <hannah.novak@example.com>
To: info@handkliniekzuid.example.nl
Subject: Second opinion left wrist (fracture Spain) - Hannah Novak 25/06/1984
Content-Type: text/plain; charset=utf-8

Hello,

I would like to ask for a second opinion about my left wrist. I am Czech, I have lived in
Rotterdam since 2019 and I am insured with a Dutch insurer.

On 9 August I fell during a holiday in Marbella and broke my wrist. In the emergency room of the
Hospital Costa del Sol they straightened the bone and put on a plaster (no operation). Back home my
GP sent me to the Maasstad Ziekenhuis, where they made new X-rays on 17 August and 21 September.
The surgeon there now says the bone has shifted ("malunion") and that I may need an operation
(osteotomy with a plate). I have not been operated so far.

Before I decide I would like an independent opinion. I attach the sworn English translation of the
Spanish emergency report. My GP (Dr. Wagenaar, Huisartsenpraktijk Kralingen) will send the referral
and the letters from Maasstad.

Best regards,
Hannah Novak
+31 6 1188 4402
"""

add(txt("vi-052",
    L([], "2026-11-02", "patient", "en", "patient e-mail with RFC 2822 headers (English)",
      "yes", "no", "yes",
      "A patient's own request: not a referral although it asks a question. RFC-style 'Date:' header with "
      "weekday and timezone. States ED treatment in Spain (abroad), later X-rays in the Netherlands, 'no "
      "operation' and 'I have not been operated so far'; the osteotomy is only proposed."),
    MAIL_052))


# ------------------------------------------------------------------------------------------
# Patient L: Ms Charlotte Pryce, moving from Bristol to Leiden. De Quervain, no imaging.
# vi-053 UK GP referral letter (PDF)
# ------------------------------------------------------------------------------------------
add(pdf("vi-053",
    L(["referral"], "2026-10-14", "gp", "en", "UK GP referral letter (EMIS template, 'Dear Colleague')",
      "no", "no", "no",
      "UK GP referral to a Dutch clinic: ordinal date '14th October 2026', NHS number, 'Dear Colleague'. "
      "Negations: no imaging, no surgery, not seen in hospital (so no hospital care abroad; GP care in the "
      "UK is not hospital treatment). A steroid injection by the GP is not an operation. 'Past medical "
      "history' line without recent-treatment section: referral only.",
      rq=True),
    blocks=[
        ("lh", ["Cotham Vale Surgery", "41 Cotham Vale, Bristol BS6 6HS", "Tel 0117 973 0000   Practice code L81999"],
         "right"),
        ("p", "14th October 2026"),
        ("addr", ["Handkliniek Zuid", "Second Opinion Hand & Wrist", "Postbus 75123", "1070 AC Amsterdam",
                  "The Netherlands"]),
        ("p", "Dear Colleague,"),
        ("kv", [("Re", "Ms Charlotte PRYCE"), ("DOB", "08/12/1992"), ("NHS No", "943 476 5919"),
                ("Address", "Flat 3, 17 Redland Grove, Bristol BS6 6PR (from 1 Nov 2026: Haarlemmerstraat "
                            "102, 2312 GD Leiden)")], {"label_w_mm": 25}),
        ("p", "Thank you for seeing this 33-year-old software engineer who is relocating to Leiden for work at the "
              "beginning of November. She has had pain over the radial styloid of her right wrist for eight "
              "months, consistent with De Quervain's tenosynovitis (positive Finkelstein test). I gave her a "
              "steroid injection into the first dorsal compartment in June 2026 with three months of relief; "
              "symptoms have now returned and she wears a thumb spica splint at work."),
        ("p", "She would like a specialist opinion on whether surgical release of the first extensor compartment "
              "is appropriate, or whether a second injection is reasonable. As she will be living in the "
              "Netherlands, she prefers to be seen there."),
        ("p", "No imaging has been performed. She has not had any surgery and has not been seen in hospital for "
              "this problem."),
        ("p", "Past medical history: asthma (well controlled), eczema in childhood.\n"
              "Medication: salbutamol inhaler PRN, beclometasone 100 micrograms 2 puffs BD.\n"
              "Allergies: none known."),
        ("p", "Yours faithfully,"),
        ("sig", ["Dr Tom Ashworth MRCGP", "GP Partner"], {"gap_mm": 10}),
        ("small", "Letter generated from EMIS Web 14-Oct-2026 09:44. cc: patient"),
    ],
    opts={"size": 10, "footer": ["Cotham Vale Surgery - Partners: Dr T Ashworth, Dr R Begum, Dr S O'Neill"],
          "footer_center": True},
    meta={"title": "Referral letter", "creator": "EMIS Web"}))


# vi-054 UK GP summary printout (TXT), patient L
SUMMARY_054 = """
Cotham Vale Surgery - Patient Summary Printout
Printed on 14-Oct-2026 09:31 by Dr Tom Ashworth                                  Page 1 of 1

Patient:  Ms Charlotte PRYCE     DOB: 08-Dec-1992     NHS No: 943 476 5919     Sex: F
Address:  Flat 3, 17 Redland Grove, Bristol BS6 6PR

PROBLEMS
 Active
   11-Feb-2026  De Quervain's tenosynovitis, right
   01-Mar-2001  Asthma
 Past significant
   14-Jul-2010  Glandular fever
 Past minor
   02-Sep-2019  Sprain of left ankle

MEDICATION (repeat)
   Salbutamol 100micrograms/dose inhaler     2 puffs when required
   Clenil Modulite 100micrograms/dose        2 puffs twice daily

ALLERGIES
   No known drug allergies

INVESTIGATIONS
   none relevant to the wrist - no X-rays or scans on record

MINOR SURGERY
   18-Jun-2026  Injection of steroid into first dorsal compartment, right wrist
                (methylprednisolone 40 mg + lidocaine)  - Dr T Ashworth

RECENT CONSULTATIONS
   11-Feb-2026  Dr R Begum      Pain radial wrist R 2 months, Finkelstein +ve. Splint, NSAID gel.
   28-Apr-2026  Dr T Ashworth   No better. Discussed injection vs referral. Pt prefers injection.
   18-Jun-2026  Dr T Ashworth   Injection as above. Review 6 weeks.
   02-Oct-2026  Dr T Ashworth   Symptoms back since Sept. Moving to NL 01-Nov-2026. Will refer to
                                Dutch hand clinic as per pt wish; summary printed.
"""

add(txt("vi-054",
    L(["history"], "2026-10-14", "gp", "en", "UK GP summary printout ('Patient Summary', EMIS-like)",
      "no", "unmentioned", "unmentioned",
      "Recent UK GP history printout. 'MINOR SURGERY' heading holds a steroid injection, which is not an "
      "operation; the printout lists no operation but never says 'not operated', so "
      "operated = unmentioned. 'no X-rays or scans on record' = imaging no. dd-Mon-yyyy dates."),
    SUMMARY_054))


# vi-055 UK MRSA screen (DOCX), patient D (2024)
add(docx("vi-055",
    L(["mrsa-screening"], "2024-03-07", "lab", "en", "UK pathology result (microbiology MRSA screen, Word table)",
      "unmentioned", "unmentioned", "yes",
      "UK lab result: collected 05/03/2024, reported 07/03/2024. 'Pre-operative screen' for a PLANNED "
      "arthroscopy (so operated = unmentioned here). Written by a hospital abroad. An MRSA result, but far "
      "older than 60 days.",
      also=["2024-03-05"]),
    [
        ("lh2", ["Royal Free London NHS Foundation Trust", "Department of Microbiology", "Pond Street, London NW3 2QG"],
                ["PATHOLOGY REPORT", "Microbiology", "Lab enquiries 020 7830 2000"]),
        ("table", [["Patient", "DOB", "Hospital no", "NHS no"],
                   ["WHITFIELD, James", "11/04/1979", "RF1193356", "485 777 3456"]]),
        ("table", [["Requested by", "Location", "Collected", "Received", "Reported"],
                   ["Pre-assessment clinic (Mr E. Lang)", "Pre-op assessment", "05/03/2024 10:14",
                    "05/03/2024 13:40", "07/03/2024 11:52"]]),
        ("kv", [("Clinical details", "Pre-operative MRSA screen. Planned: right wrist arthroscopy 19/03/2024."),
                ("Test", "MRSA SCREEN (culture)")], {"mode": "tabs", "label_w_mm": 35}),
        ("table", [["Specimen", "Site", "Result"],
                   ["Swab", "Nose", "MRSA NOT isolated"],
                   ["Swab", "Groin", "MRSA NOT isolated"]]),
        ("p", "Comment: No MRSA isolated. No decolonisation required."),
        ("p", "Authorised by: Dr S. Fairweather, Consultant Microbiologist, 07/03/2024"),
    ],
    {"font": "Arial", "size": 9.5, "footer": ["Royal Free London NHS FT - Pathology - Page {PAGE} of {NUMPAGES}"],
     "meta": {"title": "MRSA screen", "author": "Winpath"}}))


# ------------------------------------------------------------------------------------------
# Patient M: Herr Thomas Brandt, Kleve (D). Rhizarthrose bds., no surgery.
# vi-056 German GP referral (PDF)
# ------------------------------------------------------------------------------------------
add(pdf("vi-056",
    L(["referral"], "2026-11-02", "gp", "de", "German GP referral letter (Hausarzt Arztbrief, Fragestellung)",
      "yes", "no", "unmentioned",
      "German Hausarzt referral to a Dutch clinic: 'Fragestellung' holds the second-opinion question. "
      "'Bisher keine operative Behandlung' = not operated; OP is only recommended. X-ray done in a German "
      "radiology practice. The patient lives in Germany and was seen by outpatient practices there; no "
      "hospital or clinic care is mentioned, so treated_abroad left 'unmentioned' (a clerk may still ask "
      "for MRSA screening).",
      rq=True),
    blocks=[
        ("lh", ["Dr. med. Ulrike Schaaf", "Fachärztin für Allgemeinmedizin - Hausärztliche Versorgung",
                "Große Straße 21 - 47533 Kleve - Tel. +49 2821 71 45 80 - BSNR 381234500"], "left"),
        ("addr", ["Sint Maartenskliniek", "Abteilung Handchirurgie / Zweitmeinung", "Hengstdal 3",
                  "6574 NA Ubbergen", "NIEDERLANDE"]),
        ("p", "Kleve, 02.11.2026"),
        ("h2", "Überweisung zur Einholung einer Zweitmeinung"),
        ("kv", [("Patient", "Herr Thomas Brandt, geb. 05.05.1961"),
                ("Anschrift", "Lindenallee 14, 47533 Kleve"),
                ("Versicherung", "AOK Rheinland/Hamburg, Vers.-Nr. B402288174")], {"label_w_mm": 30}),
        ("p", "Sehr geehrte Kolleginnen und Kollegen,"),
        ("p", "ich überweise Ihnen o.g. Patienten mit der Bitte um eine Zweitmeinung."),
        ("h2", "Fragestellung"),
        ("p", "Besteht bei Rhizarthrose beidseits (rechts > links) eine OP-Indikation, und wenn ja: "
              "Resektionsarthroplastik oder Prothese, wie vom niedergelassenen Orthopäden empfohlen?"),
        ("h2", "Diagnosen"),
        ("p", "Rhizarthrose beidseits, rechts betont (M18.0 G)\nArterielle Hypertonie (I10.90 G)\n"
              "Diabetes mellitus Typ 2, nicht insulinpflichtig (E11.90 G)"),
        ("h2", "Bisherige Therapie"),
        ("p", "Daumenorthese, NSAR, zweimalige Kortisoninfiltration in unserer Praxis (03/2026, 07/2026) mit jeweils "
              "nur kurzfristiger Besserung. Vorstellung bei einem niedergelassenen Orthopäden in Goch (08/2026): "
              "OP empfohlen. Bisher keine operative Behandlung."),
        ("h2", "Befunde"),
        ("p", "Röntgen beider Hände (Radiologische Gemeinschaftspraxis Kleve, 17.09.2026): Rhizarthrose rechts "
              "Stadium III, links II nach Eaton-Littler. Labor vom 22.10.2026 ohne Hinweis auf rheumatoide "
              "Arthritis. Befunde anbei."),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("sig", ["Dr. med. U. Schaaf"], {"gap_mm": 10}),
        ("small", "Anlagen: Röntgenbefund 18.09.2026, Laborbefund 23.10.2026, Karteiauszug"),
    ],
    opts={"size": 10, "footer": ["Praxis Dr. med. U. Schaaf - Bankverbindung Sparkasse Rhein-Maas - "
                                 "IBAN DE00 3245 0000 0001 2345 67"], "footer_center": True},
    meta={"title": "Überweisung Brandt", "creator": "medatixx"}))


# vi-057 German Karteiauszug / Patientenübersicht (TXT), patient M
KARTEI_057 = """
Praxis Dr. med. U. Schaaf, Fachärztin für Allgemeinmedizin, Große Straße 21, 47533 Kleve
=========================================================================================
KARTEIAUSZUG / PATIENTENÜBERSICHT                               Druckdatum: 29.10.2026
Patient: Brandt, Thomas    geb. 05.05.1961    männl.    Pat.-Nr. 10442
Kasse:   AOK Rheinland/Hamburg
=========================================================================================

DAUERDIAGNOSEN
  M18.0 G   Primäre Rhizarthrose, beidseitig                                 seit 05/2025
  I10.90 G  Essentielle Hypertonie                                           seit 2012
  E11.90 G  Diabetes mellitus Typ 2 ohne Komplikationen                      seit 2019
  E79.0 G   Hyperurikämie ohne Gicht                                         seit 2021

ANAMNESTISCHE DIAGNOSEN
  Z.n. Appendektomie 1975
  Z.n. Leistenhernien-OP rechts 2011 (Lichtenstein)
  Hand: bisher ausschließlich konservativ behandelt, keine Hand-OP

DAUERMEDIKATION
  Ramipril 5 mg           1-0-0
  Metformin 1000 mg       1-0-1
  Ibuprofen 400 mg        bei Bedarf, max. 3x tgl.

ALLERGIEN / UNVERTRÄGLICHKEITEN
  keine bekannt

KARTEIEINTRÄGE (Auswahl, 01/2025 - 10/2026)
  14.05.2025  A  Schmerzen Daumensattelgelenk re. seit Monaten, Grind-Test pos.
              D  Rhizarthrose re. (klin.)
              T  Daumenorthese rezeptiert, Ibuprofen b. Bed.
  10.03.2026  A  Orthese hilft wenig, auch li. Beschwerden.
              T  Kortisoninfiltration (Triamcinolon 10 mg) DSG re.
  21.07.2026  A  Nach Infiltration 6 Wochen gut, jetzt wieder Schmerzen.
              T  2. Infiltration DSG re. Überweisung Orthopädie (Goch).
  19.08.2026  B  Befund Orthopäde: Rhizarthrose bds., OP empfohlen (Resektionsarthroplastik re.).
  17.09.2026  B  Röntgen Hände bds. (Radiologie Kleve): Eaton III re., II li.
  22.10.2026  L  Labor: CRP, BSG, RF, Anti-CCP unauffällig; Harnsäure 7,4; HbA1c 6,9 %.
  29.10.2026  A  Pat. wünscht Zweitmeinung vor OP, in den Niederlanden (Nähe Nimwegen).
              T  Überweisung vorbereitet, Karteiauszug mitgegeben.
=========================================================================================
"""

add(txt("vi-057",
    L(["history"], "2026-10-29", "gp", "de", "German GP practice record extract (Karteiauszug, ICD-10)",
      "yes", "no", "unmentioned",
      "German practice-software printout: 'Druckdatum' 29.10.2026, ICD-10 permanent diagnoses with 'G' "
      "flags, A/D/T/B/L entry codes. Appendectomy and hernia repair are other body parts; 'keine Hand-OP' "
      "= operated no. X-ray recorded as done. Outpatient care in Germany only."),
    KARTEI_057))


# vi-058 German radiology report (DOCX), patient M
add(docx("vi-058",
    L(["imaging-report"], "2026-09-18", "radiologist", "de", "German outpatient radiology Befundbericht (Word)",
      "yes", "unmentioned", "unmentioned",
      "German radiology practice report: exam 17.09.2026, letter dated 'Kleve, 18.09.2026' (both own "
      "dates). 'Rechtfertigende Indikation' is the requester's question. Outpatient practice abroad, no "
      "hospital treatment.",
      also=["2026-09-17"]),
    [
        ("lh", ["Radiologische Gemeinschaftspraxis Kleve", "Dr. med. J. Becker - Dr. med. S. Aydin - Fachärzte für Radiologie",
                "Emmericher Straße 70, 47533 Kleve - Tel. +49 2821 99 81 0"], "center"),
        ("addr", ["Frau Dr. med. U. Schaaf", "Große Straße 21", "47533 Kleve"]),
        ("p", "Kleve, 18.09.2026", {"indent_mm": 0}),
        ("h2", "Befundbericht"),
        ("kv", [("Patient", "Herr Thomas Brandt, geb. 05.05.1961"),
                ("Untersuchung", "Röntgen beider Hände d.p. und schräg, Daumensattelgelenk bds. (Robert-Aufnahme)"),
                ("Untersuchungsdatum", "17.09.2026"),
                ("Rechtfertigende Indikation", "Rhizarthrose? Stadieneinteilung vor OP-Planung")],
         {"mode": "table", "label_w_mm": 50}),
        ("h2", "Befund"),
        ("p", "Rechts: deutliche Gelenkspaltverschmälerung des Daumensattelgelenkes mit subchondraler Sklerose, "
              "Osteophyten > 2 mm und leichter radialer Subluxation der Metakarpale-I-Basis. STT-Gelenk "
              "unauffällig. Links: mäßige Gelenkspaltverschmälerung mit kleinen Osteophyten < 2 mm. Geringe "
              "Heberden-Arthrose D2/D3 beidseits. Keine Erosionen. Normale Mineralisation."),
        ("h2", "Beurteilung"),
        ("p", "Rhizarthrose rechts Stadium III, links Stadium II nach Eaton-Littler. Beginnende Heberden-Arthrose."),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("sig", ["Dr. med. J. Becker", "Facharzt für Radiologie"], {"gap_mm": 8}),
    ],
    {"font": "Arial", "size": 10, "meta": {"title": "Befund", "author": "RIS"}}))


# ------------------------------------------------------------------------------------------
# Patient N: Ms Olivia Chen (expat, Breda). Trigger thumb; ultrasound + injection at Amphia.
# vi-059 specialist e-mail forwarded by the GP (TXT)
# ------------------------------------------------------------------------------------------
MAIL_059 = """
From: Dr. Marc Verhagen <m.verhagen@hapbreda-centrum.example.nl>
Sent: Thursday, October 1, 2026 8:12 AM
To: secondopinion@handkliniekzuid.example.nl
Subject: FW: Ms O. Chen - right thumb

Dear colleagues,
FYI the specialist's reply below. Ms Chen asked me to send it to you; the formal referral
follows via ZorgDomein.
Marc Verhagen, GP

________________________________
From: Dr. Laura Timmermans <l.timmermans@amphia.example.nl>
Sent: Tuesday, September 22, 2026 4:55 PM
To: Dr. Marc Verhagen
Subject: RE: Ms O. Chen, DOB 30-01-1987 - right thumb

Dear Marc,

Thank you for referring Ms Chen (DOB 30-01-1987, Amphia no. 2204418). I saw her in the hand clinic
yesterday, 21 September.

History: 4 months of painful triggering of the right thumb, locking in the morning. No previous
treatment apart from a splint. No prior surgery on the hand.

Examination: tender nodule over the A1 pulley of the thumb, active triggering, full passive range.

Point-of-care ultrasound in clinic: thickened A1 pulley (1.2 mm) with a nodular FPL tendon; no
tenosynovitis of other digits.

Diagnosis: trigger thumb right (Quinnell grade 3).

Treatment: ultrasound-guided corticosteroid injection (triamcinolone 10 mg + lidocaine) around
the A1 pulley.

Plan: review by phone in 6 weeks. If symptoms recur, a percutaneous or open A1 pulley release can
be considered. She mentioned she is considering a second opinion because a colleague of hers had a
complicated release elsewhere - no objection from my side.

Kind regards,
Laura Timmermans
Plastic and hand surgeon, Amphia Hospital, Breda

Disclaimer: This message is intended for the addressee only.
"""

add(txt("vi-059",
    L(["correspondence"], "2026-09-22", "specialist", "en", "specialist e-mail reply forwarded by the GP (English)",
      "yes", "no", "unmentioned",
      "A forwarded e-mail: the outer GP message (1 October 2026, US date order 'October 1, 2026') is only a "
      "cover; the substantive document is the surgeon's reply of 22 September 2026 about the clinic visit of "
      "21 September, so labelled as specialist correspondence dated 2026-09-22. Point-of-care ultrasound "
      "was done; release is a plan; 'No prior surgery on the hand'."),
    MAIL_059))


# ------------------------------------------------------------------------------------------
# Patient O: dhr. Henk Mulder, Arnhem. Flexor tendon injury; discharge letter with full operation.
# vi-060 Klinische brief with operation section (PDF)
# ------------------------------------------------------------------------------------------
add(pdf("vi-060",
    L(["correspondence", "operation-report"], "2026-06-05", "specialist", "nl",
      "discharge letter (klinische brief) with full operation section",
      "yes", "yes", "unmentioned",
      "Discharge letter that contains a complete operation description (date, operator, assistant, "
      "anaesthesia, procedure, course): both correspondence and operation report. Admission 02-06-2026, "
      "discharge 04-06-2026, letter 05-06-2026. Hand therapy and follow-up are plans."),
    blocks=[
        ("logo", "RS"),
        ("lh", ["Rijnstate", "Plastische Chirurgie en Handchirurgie", "Wagnerlaan 55, 6815 AD Arnhem  -  088-005 88 88"],
         "right"),
        ("addr_meta", ["Huisartsenpraktijk Presikhaaf", "t.a.v. dhr. J. Hermsen, huisarts", "Slichtenhorststraat 2",
                       "6825 AM Arnhem"],
         [("Datum", "05-06-2026"), ("Opname", "02-06-2026"), ("Ontslag", "04-06-2026"), ("Afdeling", "C4 Chirurgie")]),
        ("h1", "Klinische brief", {"size": 13}),
        ("p", "Betreft: dhr. H. Mulder, geb. 11-08-1975, Rosendaalseweg 401, 6824 KJ Arnhem"),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënt werd van 02-06-2026 tot 04-06-2026 opgenomen op onze afdeling."),
        ("h2", "Opnamediagnose"),
        ("p", "Snijletsel linkerhand (cirkelzaag) met doorsnijding van FDP en FDS dig. II en III links in zone II "
              "en doorsnijding van de n. digitalis proprius radialis dig. II."),
        ("h2", "Aanvullend onderzoek"),
        ("p", "X-hand links (02-06-2026): geen fracturen, geen corpora aliena."),
        ("h2", "Operatie"),
        ("kv", [("Datum", "02-06-2026"), ("Operateur", "dr. F. Rutten, plastisch chirurg"),
                ("Assistent", "drs. A. Peters, AIOS"), ("Anesthesie", "algehele anesthesie"),
                ("Ingreep", "Primair herstel FDP en FDS dig. II en III links (zone II); herstel n. digitalis "
                            "proprius radialis dig. II"),
                ("Beschrijving", "Exploratie via Bruner-incisies. FDP dig. II en III volledig doorgesneden, "
                                 "FDS beide slips doorgesneden. A2- en A4-pulley gespaard. FDP hersteld met 4-strengs "
                                 "kernhechting (Adelaide, Fiberwire 3-0) en epitendineuze doorlopende hechting "
                                 "(Prolene 6-0); FDS-slips met Kessler 4-0. Zenuw microchirurgisch epineuraal "
                                 "gehecht (Ethilon 9-0). Dynamische test: glijden zonder gapping. Huid met Ethilon "
                                 "5-0. Dorsale blokkeerspalk pols 20° flexie, MCP 60°."),
                ("Complicaties", "Geen"),
                ("Bloedleegte", "92 minuten")], {"label_w_mm": 30}),
        ("h2", "Beloop"),
        ("p", "Ongecompliceerd. Op dag 1 gestart met handtherapie volgens het vroeg-actieve protocol. Pijn goed "
              "onder controle met paracetamol."),
        ("h2", "Medicatie bij ontslag"),
        ("p", "Paracetamol 1000 mg 4 dd; naproxen 500 mg 2 dd gedurende 5 dagen; omeprazol 20 mg 1 dd."),
        ("h2", "Beleid"),
        ("p", "Handtherapie 2x per week volgens protocol. Hechtingen verwijderen op de poli over 12 dagen. Spalk 6 "
              "weken dag en nacht. Niet autorijden. Arbeidsongeschikt minimaal 12 weken (timmerman)."),
        ("p", "Met collegiale groet,"),
        ("sig", ["dr. F. Rutten, plastisch chirurg", "drs. A. Peters, AIOS plastische chirurgie"], {"gap_mm": 8}),
    ],
    opts={"size": 9.5, "header": ["Rijnstate - Mulder, H. - 11-08-1975 - 4410297"],
          "footer": ["Dit is een elektronisch geautoriseerde brief van Rijnstate."], "pageno": "Pagina {page}/{pages}"},
    meta={"title": "Klinische brief", "creator": "HiX"}))


# ------------------------------------------------------------------------------------------
# Patient Q: mevr. Joke Hendriks, Dordrecht. Flexor sheath infection; discharge letter, op only mentioned.
# vi-061 Ontslagbrief (DOCX)
# ------------------------------------------------------------------------------------------
add(docx("vi-061",
    L(["correspondence"], "2026-07-16", "specialist", "nl", "discharge letter (ontslagbrief, Word, Word headings)",
      "yes", "yes", "no",
      "Discharge letter where the procedure is one line ('zie operatieverslag'): operated yes, but the "
      "letter is not itself an operation report. 'MRSA negatief' concerns a wound culture quoted in the "
      "letter: not an MRSA screening document. Holiday in France without medical care = treated_abroad no."),
    [
        ("lh", ["Albert Schweitzer ziekenhuis", "Plastische chirurgie", "Albert Schweitzerplaats 25, 3318 AT Dordrecht"],
         "left"),
        ("addr_meta", ["Huisartsenpraktijk Stadspolders", "mw. C. de Jong, huisarts", "Karel Doormanweg 5",
                       "3317 DD Dordrecht"],
         [("Datum", "16-07-2026"), ("Opnamedatum", "11-07-2026"), ("Ontslagdatum", "15-07-2026")]),
        ("h1", "Ontslagbrief"),
        ("p", "Betreft: mw. J. Hendriks, geb. 04-04-1949"),
        ("p", "Geachte collega,"),
        ("h2", "Opnamediagnose"),
        ("p", "Bacteriële flexorpeesschede-infectie dig. III rechts (Kanavel 4/4) na rozendoornprik."),
        ("h2", "Ingreep"),
        ("p", "12-07-2026: incisie en spoelen peesschede dig. III rechts (zie operatieverslag)."),
        ("h2", "Beloop"),
        ("p", "Patiënte presenteerde zich op de SEH met een gezwollen, pijnlijke middelvinger. Röntgenfoto van de hand: "
              "geen gasvorming, geen corpus alienum. Na de ingreep snel verbetering onder flucloxacilline i.v. "
              "Wondkweek: Staphylococcus aureus (MSSA), MRSA negatief. Patiënte was kort voor opname op vakantie in "
              "Frankrijk; daar is zij niet bij een arts of in een ziekenhuis geweest."),
        ("h2", "Medicatie bij ontslag"),
        ("p", "Flucloxacilline 500 mg 4 dd tot en met 25-07-2026; paracetamol 1 g 3 dd zo nodig."),
        ("h2", "Beleid"),
        ("p", "Handtherapie (mobiliseren dig. III). Controle polikliniek plastische chirurgie over 1 week."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["drs. Y. Bakker, arts-assistent plastische chirurgie", "namens dr. H. Vos, plastisch chirurg"],
         {"gap_mm": 6}),
    ],
    {"font": "Calibri", "size": 10.5, "word_headings": True,
     "footer": ["Albert Schweitzer ziekenhuis - pagina {PAGE}"], "meta": {"title": "Ontslagbrief", "author": "HiX"}}))


# vi-062 radiology request form (PDF), patient I
add(pdf("vi-062",
    L([], "2026-08-20", "gp", "nl", "radiology request form (aanvraagformulier, checkboxes)",
      "unmentioned", "unmentioned", "unmentioned",
      "A GP's request for an X-ray: has 'Vraagstelling', 'Verwijzer' and 'Aanvrager' fields and looks like a "
      "referral, but a radiology request form is not a referral and not an imaging report. Imaging is only "
      "requested here."),
    blocks=[
        ("lh2", ["Ikazia Ziekenhuis", "Radiologie", "Montessoriweg 1, 3083 AN Rotterdam"],
                ["AANVRAAGFORMULIER", "Röntgen / Echografie", "Huisartsen"]),
        ("rule",),
        ("cols", "Aanvrager (verwijzer):\nG. Verhoeven, huisarts\nGezondheidscentrum Charlois\nAGB 01103385",
                 "Patiënt:\nMevr. F. Yilmaz\nGeboortedatum: 09-11-1969\nBSN: 1809 22 374"),
        ("h2", "Onderzoek"),
        ("pre", "[X] X-hand(en)   [X] beiderzijds  [ ] links  [ ] rechts   [X] incl. duim/CMC-1\n"
                "[ ] X-pols       [ ] X-schouder     [ ] X-knie\n"
                "[ ] Echo:  ..............................................", {"size": 9.5}),
        ("kv", [("Klinische gegevens", "Pijn basis duim beiderzijds, re > li, 1 jaar. Grind-test positief."),
                ("Vraagstelling", "Artrose CMC-1? Stadium?"),
                ("Zwangerschap", "n.v.t."),
                ("Datum aanvraag", "20-08-2026"),
                ("Handtekening", "G. Verhoeven")], {"label_w_mm": 40}),
        ("small", "Afspraak niet nodig: inloop ma-vr 08:00-16:30. Neem dit formulier mee."),
    ],
    opts={"size": 10, "footer": ["Ikazia - formulier RAD-HA-02"], "scan_look": True},
    meta={"title": "aanvraag rontgen", "creator": "Canon iR-ADV"}))


# vi-063 GP cover letter with enclosures (DOCX), patient B
add(docx("vi-063",
    L([], "2026-11-02", "gp", "nl", "GP cover letter sending missing documents (Word)",
      "yes", "no", "yes",
      "A GP's own letter that only sends documents: not a referral (refers to the earlier ZorgDomein "
      "referral of 19-10-2026), not history, not correspondence. Mentions an MRSA result, discharge summary "
      "and radiology reports as enclosures (mentions, not documents). 'Een operatieverslag is er niet: "
      "patiënt is niet geopereerd'. CD with CT images is with the patient."),
    [
        ("lh", ["Huisartsenpraktijk Lombok", "R. Kuijpers, huisarts",
                "Kanaalstraat 190, 3531 CK Utrecht - 030-293 11 40 - AGB 01088102"], "right"),
        ("addr", ["Handkliniek Zuid", "t.a.v. intake / second opinion", "Postbus 75123", "1070 AC Amsterdam"]),
        ("p", "Utrecht, 2 november 2026"),
        ("p", "Betreft: aanvullende stukken dhr. Y. El Amrani, geb. 03-09-1988 - uw kenmerk SO-2026-1187 - "
              "ZorgDomein-verwijzing d.d. 19-10-2026"),
        ("p", "Geachte collega,"),
        ("p", "Naar aanleiding van uw verzoek stuur ik u de ontbrekende stukken:"),
        ("p", "- uitslag MRSA-screening van 28-10-2026 (negatief)\n"
              "- ontslagbericht SEH Memorial Antalya (Engelstalig) van 21-07-2026\n"
              "- röntgen- en CT-verslag Antalya van 21-07-2026"),
        ("p", "De CD met de CT-beelden uit Turkije heeft patiënt zelf; hij neemt deze mee naar het eerste consult. "
              "Een operatieverslag is er niet: patiënt is niet geopereerd."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["R. Kuijpers, huisarts"], {"gap_mm": 10}),
    ],
    {"font": "Calibri", "size": 11, "meta": {"title": "Begeleidende brief", "author": "R. Kuijpers"}}))


# vi-064 German consent form (DOCX), patient E
add(docx("vi-064",
    L([], "2026-11-03", "patient", "de", "German hospital consent form (Schweigepflichtentbindung), signed",
      "unmentioned", "unmentioned", "yes",
      "Release-of-records form: none of the kinds. The filled-in treatment period ('stationär 12.04.2026 - "
      "17.04.2026') in a German hospital states hospital care abroad. Ticked boxes list record types that may "
      "be released (OP-Berichte, Röntgenbilder), which says nothing definite about operation or imaging. "
      "Signed 'Venlo, den 03.11.2026'."),
    [
        ("lh", ["HELIOS Klinikum Krefeld", "Patientenverwaltung / Archiv", "Lutherplatz 40, 47805 Krefeld"], "left"),
        ("h1", "Entbindung von der ärztlichen Schweigepflicht und Einwilligung in die Übermittlung von "
               "Behandlungsunterlagen", {"size": 12}),
        ("kvgrid", [("Name, Vorname", "Hoffmann, Katrin"),
                    ("Geburtsdatum", "07.12.1966"),
                    ("Anschrift", "Maasboulevard 6, 5911 AB Venlo, Niederlande"),
                    ("Behandlungszeitraum", "stationär 12.04.2026 - 17.04.2026; ambulant bis 30.06.2026"),
                    ("Empfänger der Unterlagen", "Handkliniek Zuid, Second Opinion Hand & Pols, Postbus 75123, "
                                                 "1070 AC Amsterdam, Niederlande")], {"widths_mm": (55, 110)}),
        ("p", "Ich entbinde die mich behandelnden Ärztinnen und Ärzte des HELIOS Klinikum Krefeld gegenüber dem "
              "oben genannten Empfänger von der ärztlichen Schweigepflicht und willige in die Übermittlung "
              "folgender Unterlagen ein:"),
        ("pre", "[X] Arztbriefe / Entlassungsbriefe\n[X] OP-Berichte\n[X] Befunde (Labor, Radiologie)\n"
                "[X] Röntgenbilder / CD\n[ ] vollständige Krankenakte", {"size": 10}),
        ("p", "Diese Erklärung kann ich jederzeit mit Wirkung für die Zukunft widerrufen."),
        ("kv", [("Ort, Datum", "Venlo, den 03.11.2026"), ("Unterschrift", "K. Hoffmann")],
         {"mode": "tabs", "label_w_mm": 35}),
        ("small", "Formular PV-12/2024 - Bitte im Original oder als Scan an archiv.krefeld@example.de senden."),
    ],
    {"font": "Arial", "size": 10, "meta": {"title": "Schweigepflichtentbindung", "author": "Archiv"}}))
