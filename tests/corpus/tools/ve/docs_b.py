"""Documents ve-017 .. ve-032 (texts and labels). All persons and institutions are fictional."""
from kit import H, KV, LINES, LOGO, P, PB, RIGHT, RULE, SMALL, SP, TABLE, TITLE, label, part

SPECS = []


def add(**spec):
    SPECS.append(spec)


# ---------------------------------------------------------------------------------------------- ve-017
add(stem="ve-017", fmt="pdf",
    opts={"size": 9, "footer": "Apotheek Het Gouden Vijzeltje · Brink 14 · 7411 BS Deventer · 0570-61 20 33 · "
                               "Dit overzicht is actueel op de datum van afdruk. Pagina {page} van {pages}"},
    blocks=[
        LOGO("Apotheek Het Gouden Vijzeltje", "Deventer", color="#558b2f", mark="circle"),
        TITLE("Medicatieoverzicht", size=13),
        KV([["Naam", "Dhr. H.W. Stoltenberg", "Datum", "02-11-2026"],
            ["Geboortedatum", "02-04-1958", "Huisarts", "Huisartsenpraktijk Bolwerk, Zwolle"],
            ["Lengte / gewicht", "182 cm / 93 kg", "Nierfunctie (eGFR)", "68 ml/min (07-2026)"]], size=9),
        H("Actuele medicatie"),
        TABLE([["Start", "Geneesmiddel", "Gebruik", "Voorschrijver"],
               ["12-06-2014", "Amlodipine 5 mg tablet", "1x per dag 1 tablet", "huisarts"],
               ["07-07-2025", "Metformine 1000 mg tablet", "2x per dag 1 tablet bij de maaltijd", "huisarts"],
               ["22-01-2024", "Paracetamol 500 mg tablet", "zo nodig max 4x per dag 2 tabletten", "huisarts"],
               ["16-01-2026", "Pyridoxine (vit. B6) 25 mg", "1x per dag 1 tablet (zelfzorg)", "-"]],
              widths=(2.2, 5.5, 5.5, 3.3), size=9),
        H("Gestopte medicatie (laatste 24 maanden)"),
        TABLE([["Periode", "Geneesmiddel", "Gebruik", "Voorschrijver"],
               ["12-02-2025 - 19-02-2025", "Tramadol 50 mg capsule", "zo nodig max 3x per dag 1",
                "M.A. Groeneveld, plastisch chirurg"],
               ["12-02-2025 - 22-02-2025", "Naproxen 500 mg tablet", "2x per dag 1", "M.A. Groeneveld"],
               ["03-2024 - 06-2024", "Diclofenac gel 1%", "3x per dag dun aanbrengen", "huisarts"]],
              widths=(3.6, 4.6, 4.6, 3.7), size=9),
        H("Overgevoeligheden en contra-indicaties"),
        P("Penicilline: huiduitslag (1992). Diabetes mellitus type 2."),
        SP(4),
        SMALL("Bij vragen over uw medicijnen kunt u contact opnemen met uw apotheker. Dit overzicht bevat alleen "
              "geneesmiddelen die via deze apotheek zijn verstrekt of door u zijn gemeld."),
    ],
    label=label([], "2026-11-02", "other", "nl", "pharmacy medication overview (tables)",
                "unmentioned", "unmentioned", "unmentioned",
                notes="Not a history letter; a surgeon prescribing tramadol in 02-2025 hints at an operation that the "
                      "document never states; dates of dispensing are not the document date."))

# ---------------------------------------------------------------------------------------------- ve-018
add(stem="ve-018", fmt="docx",
    opts={"header": "Wexmoor Hospitals NHS Foundation Trust · Therapy Services",
          "footer": "Hand Therapy Department · St Aldhelm's Hospital · Priory Road · Wexmoor WX4 7QP · 01632 960 522"},
    blocks=[
        TITLE("Hand Therapy Discharge Report", size=14),
        KV([["Patient", "Claire VANDERMEER", "DOB", "14/02/1982"],
            ["NHS No", "401 023 2137", "Hospital No", "W2298431"],
            ["Referred by", "Mr J Ashdown, Consultant Hand Surgeon", "Date of report", "24/07/2026"],
            ["Therapist", "Rachel Obi, Specialist Hand Therapist (HCPC OT61234)", "Sessions", "5 (of 6 planned)"]],
           grid=True),
        H("Reason for referral"),
        P("Post-operative therapy following release of the first dorsal extensor compartment, right wrist, on "
          "23/06/2026 (day case)."),
        H("Treatment provided"),
        P("Wound care and scar massage; thermoplastic thumb-based splint for 2 weeks; graded range of motion "
          "and tendon gliding exercises; desensitisation of the superficial radial nerve territory; return to "
          "light duties advice."),
        H("Outcome measures"),
        TABLE([["Measure", "Initial (30/06)", "Discharge (21/07)"],
               ["QuickDASH", "61", "34"],
               ["Grip strength R / L (kg)", "9 / 27", "17 / 28"],
               ["Pain NRS (activity)", "7", "4"]], size=10),
        H("Comments"),
        P("Good progress. Residual tenderness and hypersensitivity over the scar with an intermittent tingling "
          "along the dorsoradial thumb. Claire is relocating to the Netherlands on 10/08/2026 and will be "
          "discharged from our service. Home exercise programme provided. We would suggest continued hand "
          "therapy locally if the hypersensitivity does not settle."),
        SP(),
        P("Rachel Obi\nSpecialist Hand Therapist"),
        SMALL("cc: Mr J Ashdown; Dr S Pemberton, Millbrook Surgery; patient"),
    ],
    label=label([], "2026-07-24", "other", "en", "UK NHS hand therapy discharge report",
                "unmentioned", "yes", "yes",
                notes="Hand-therapy letter, not specialist correspondence; states the operation in passing ('following "
                      "release ... on 23/06/2026'); care in a UK hospital implied only by the trust; relocation to "
                      "the Netherlands is not care."))

# ---------------------------------------------------------------------------------------------- ve-019
add(stem="ve-019", fmt="pdf",
    opts={"size": 9.5, "header": "North Calderbrook NHS Foundation Trust   |   Radiology Report",
          "footer": "Calderbrook General Hospital, Moor Lane, Calderbrook CB9 2RT. Report generated by RIS "
                    "07/03/2026 09:14. Page {page} of {pages}"},
    blocks=[
        TITLE("Radiology Department", size=12),
        KV([["Patient", "KOOISTRA, Daan (Mr)", "Hospital No", "C4417920"],
            ["DOB", "11/10/2001", "NHS No", "486 230 1177"],
            ["Referrer", "Dr A Okafor, Emergency Department", "Location", "ED Majors"],
            ["Examination", "XR Wrist Left + Scaphoid views", "Accession", "CGH-XR-2603-55102"],
            ["Date of exam", "06/03/2026 14:52", "Reported", "07/03/2026 09:10"]], grid=True, size=9),
        H("Clinical details"),
        P("FOOSH while skateboarding today. Anatomical snuffbox tenderness. ?scaphoid fracture. Dutch exchange "
          "student."),
        H("Report"),
        P("Left wrist, PA and lateral, plus four scaphoid views. No definite fracture is demonstrated. The "
          "scaphoid cortex appears intact on all projections; the scaphoid fat stripe is subtly effaced. Carpal "
          "alignment is normal; no scapholunate widening. Distal radius and ulna are intact. Soft tissue "
          "swelling over the radial aspect of the wrist."),
        H("Conclusion"),
        P("No definite fracture. An occult scaphoid fracture cannot be excluded. Suggest treating clinically as "
          "a scaphoid injury, with MRI or repeat radiographs in 10-14 days if clinical concern persists."),
        SP(4),
        P("Dr Helen Marsh, Consultant Radiologist (GMC 7012345)"),
    ],
    label=label(["imaging-report"], "2026-03-07", "radiologist", "en", "UK NHS radiology report (RIS print)",
                "yes", "unmentioned", "yes", also=["2026-03-06"],
                notes="ED doctor as referrer is the requester, not a referral; MRI only suggested; care abroad only "
                      "implied by an English trust and ED attendance; dd/mm/yyyy."))

# ---------------------------------------------------------------------------------------------- ve-020
add(stem="ve-020", fmt="docx",
    opts={"header": "RADIOLOGIE AM WESTWALL · Gemeinschaftspraxis für Radiologie und Nuklearmedizin",
          "footer": "Westwall 44 · 47798 Krefeld · Tel. +49 2151 39 40 0 · Fax +49 2151 39 40 99 · "
                    "Dr. med. A. Kranz · Dr. med. M. Yilmaz · Dr. med. F. Oberhaus"},
    blocks=[
        P("Herrn\nDr. med. J. Petersen\nFacharzt für Orthopädie und Unfallchirurgie\nOstwall 120\n47798 Krefeld"),
        RIGHT("Krefeld, 09.10.2026"),
        KV([["Patientin:", "Schreurs, Marieke, geb. 16.06.1983"],
            ["Anschrift:", "Kaldenkerkerweg 71, 5913 AE Venlo (NL)"],
            ["Untersuchung:", "MRT des rechten Handgelenks nativ und nach i.v. KM-Gabe"],
            ["Untersuchungsdatum:", "08.10.2026"]], widths=(4, 12.5)),
        H("Klinische Angaben / Fragestellung"),
        P("Z. n. Ganglionexstirpation dorsal rechts 2023 (auswärts). Seit 3 Monaten erneute schmerzhafte "
          "Schwellung dorsal. Rezidiv? Andere Ursache?"),
        H("Technik"),
        P("1,5 T, Handgelenkspule; cor PD fs, cor T1, ax T2 fs, sag PD fs, nach KM cor und ax T1 fs."),
        H("Befund"),
        P("Postoperative Narbenveränderungen im Subkutangewebe dorsal über dem SL-Intervall. Unmittelbar "
          "dorsal des SL-Bandes glatt begrenzte, septierte, T2-hyperintense Raumforderung von 14 x 9 x 8 mm mit "
          "zartem randständigem KM-Enhancement, schlankem Stiel zum SL-Intervall. Das SL-Band ist "
          "kontinuierlich abgrenzbar. TFCC unauffällig. Kein Knochenmarködem. Keine Synovitis. Streck- und "
          "Beugesehnen regelrecht."),
        H("Beurteilung"),
        P("1. Rezidiv-Ganglion dorsal am SL-Intervall (14 x 9 x 8 mm).\n2. Kein Anhalt für SL-Bandläsion oder "
          "Arthrose."),
        SP(),
        P("Mit freundlichen kollegialen Grüßen\n\nDr. med. F. Oberhaus\nFacharzt für Radiologie"),
        SMALL("Elektronisch erstellt, ohne Unterschrift gültig."),
    ],
    label=label(["imaging-report"], "2026-10-09", "radiologist", "de", "German radiology practice MRT-Befund (letter form)",
                "yes", "yes", "yes", also=["2026-10-08"],
                notes="Befund addressed to the referring orthopaedist like a letter; operation only as 'Z. n. "
                      "Ganglionexstirpation ... (auswärts)'; patient lives in NL, so an MRI at a German practice is "
                      "care abroad (implied by address only)."))

# ---------------------------------------------------------------------------------------------- ve-021
add(stem="ve-021", fmt="txt",
    text="""\
ZIEKENHUIS KENNEMERDUIN - AFDELING RADIOLOGIE           Tel. 023-890 3300
Kennemerduinlaan 90, 2035 RC Haarlem
--------------------------------------------------------------------------
VERSLAG ECHOGRAFIE
--------------------------------------------------------------------------
Patient        : El Amrani, S.                      Pat.nr : 0874213
Geboren        : 23-06-1990                         Geslacht: V
Aanvrager      : E.M. Lansbergen, huisarts (Huisartsen Kleverpark-Noord)
Onderzoek      : ECHO POLS RECHTS
Datum onderzoek: 15-09-2026 10:40
Kamer          : Echo 3

Klinische gegevens:
Status na excisie dorsaal ganglion pols re (03-2025). Sinds enkele
maanden opnieuw zwelling. Recidief?

Verslag:
Dorsaal over het scafolunaire interval een anechogene, glad begrensde,
licht gelobde structuur van 11 x 7 x 6 mm zonder doppler-signaal, met een
dunne steel richting het scafolunaire ligament. Subcutaan littekenweefsel
ter plaatse van de eerdere incisie. Extensorpezen (compartiment 2-4)
intact en normaal glijdend. Geen tenosynovitis. Geen aanwijzingen voor
een solide proces.

Conclusie:
Beeld passend bij een recidief dorsaal polsganglion (11 mm).

Radioloog: drs. A.B. Terpstra
Geautoriseerd: 15-09-2026 16:20
--------------------------------------------------------------------------
""",
    label=label(["imaging-report"], "2026-09-15", "radiologist", "nl", "RIS ultrasound report, plain text",
                "yes", "yes", "unmentioned",
                notes="GP is the requester ('Aanvrager'), which is not a referral; prior excision only in clinical "
                      "data; exam and authorisation on the same day."))

# ---------------------------------------------------------------------------------------------- ve-022
add(stem="ve-022", fmt="pdf",
    opts={"size": 9.5, "header": "Hermans, L.  geb. 22-02-1994  Pat.nr. 5520871",
          "footer": "Medisch Centrum Heuvelrand · Heuvelrandweg 5 · 6419 PB Heerlen · 045 - 576 6666\n"
                    "Klinische brief · pagina {page} van {pages}"},
    blocks=[
        LOGO("Medisch Centrum Heuvelrand", "Plastische, Reconstructieve en Handchirurgie", color="#283593",
             mark="triangle"),
        KV([["Aan", "Huisartsenpraktijk Geleenbeek, t.a.v. dr. N. Schiffelers\nGeleenstraat 18, 6411 HR Heerlen"],
            ["Datum", "09-06-2026"],
            ["Betreft", "dhr. L. Hermans, geb. 22-02-1994, Akerstraat 103, 6417 BK Heerlen"],
            ["Opname", "06-06-2026"], ["Ontslag", "09-06-2026"]], widths=(2.5, 14), size=9),
        TITLE("Klinische brief", size=12),
        P("Geachte collega,"),
        P("Hierbij berichten wij u over de opname van bovengenoemde patiënt op onze afdeling."),
        H("Opnamediagnose"),
        P("Flexorpeesletsel zone II (FDP en FDS) dig III rechts met letsel n. digitalis proprius ulnaris, na "
          "snijletsel aan glas (05-06-2026)."),
        H("Voorgeschiedenis"),
        P("Blanco."),
        H("Beloop"),
        P("Patiënt verwondde zich op 05-06-2026 aan een glazen tafelblad tijdens een bezoek aan familie in "
          "Aken. Hij werd dezelfde avond gezien op de Notaufnahme van het Klinikum Aachen-Süd (Duitsland), waar "
          "de wond werd gespoeld en voorlopig gesloten en een röntgenfoto van de hand werd gemaakt (geen "
          "corpus alienum, geen fractuur). Hij werd met een gipsspalk naar ons overgeplaatst voor definitieve "
          "behandeling. Op 06-06-2026 volgde operatief herstel (zie hieronder). Het postoperatieve beloop was "
          "ongecompliceerd. Bij opname werd een MRSA-screening afgenomen in verband met de behandeling in een "
          "Duits ziekenhuis; de uitslag volgt."),
        H("Operatie"),
        KV([["Datum operatie", "06-06-2026"], ["Operateur", "dr. C.J. Raaijmakers, plastisch chirurg"],
            ["Assistent", "drs. F. Lemmens, AIOS"], ["Anesthesie", "Algehele anesthesie, bloedleegte bovenarm"],
            ["Ingreep", "Primair herstel FDP dig III rechts (4-strengs, Adelaide-techniek, 3-0 Fiberwire, "
                        "epitendineus 6-0 Prolene), excisie ulnaire slip FDS, herstel n. digitalis proprius "
                        "ulnaris (9-0 Ethilon)"],
            ["Beschrijving", "Bruner-incisie vanaf de DIP tot de distale handpalmplooi. Het FDP ligt volledig "
                             "doorgenomen ter hoogte van A2-A3, proximale stomp teruggetrokken tot in de "
                             "handpalm en met een catheter teruggebracht. Ulnaire slip FDS doorgenomen en "
                             "geëxcideerd. A2 voor 20% geventeld. N. digitalis ulnaris scherp doorgenomen, onder "
                             "de microscoop epineuraal gehecht. Pees met volledige excursie zonder gapping. "
                             "Huid gesloten met Ethilon 5-0. Dorsale blokspalk."],
            ["Complicaties", "Geen"]], widths=(3.3, 13.2), grid=True, size=9),
        H("Medicatie bij ontslag"),
        P("Paracetamol 1000 mg 4dd, naproxen 500 mg 2dd gedurende 5 dagen, esomeprazol 20 mg 1dd."),
        H("Beleid"),
        P("Handtherapie volgens early active motion-protocol, eerste afspraak 10-06-2026. Spalk 6 weken. "
          "Controle op onze polikliniek over 2 weken."),
        SP(4),
        P("Met vriendelijke groet,"),
        SP(6),
        P("drs. F. Lemmens, AIOS plastische chirurgie\nSupervisor: dr. C.J. Raaijmakers, plastisch chirurg"),
        SMALL("cc: patiënt; afdeling handtherapie"),
    ],
    label=label(["correspondence", "operation-report"], "2026-06-09", "specialist", "nl",
                "Dutch discharge letter (klinische brief) with full operation section",
                "yes", "yes", "yes",
                notes="Discharge letter with operator, date and description of the operation, so also an operation "
                      "report; care abroad in a subordinate clause (Notaufnahme Klinikum Aachen-Süd); MRSA screening "
                      "only mentioned, result pending; 'Voorgeschiedenis: Blanco'."))

# ---------------------------------------------------------------------------------------------- ve-023
add(stem="ve-023", fmt="docx",
    opts={"font": "Arial", "size": 10,
          "footer": "Millbrook Surgery · 14 Abbey Lane · Bristol BS7 9QD · Tel 0117 496 0321 · "
                    "Practice code L81999", "core_author": "EMIS Web"},
    blocks=[
        LOGO("Millbrook Surgery", "Dr S Pemberton · Dr A Hughes · Dr K Liang", color="#37474f", mark="circle"),
        P("Handkliniek Lindehof\nAttn: Second Opinion Service\nCatharijnesingel 210\n3511 GV Utrecht\nThe Netherlands"),
        P("31 July 2026"),
        P("Dear Colleague,"),
        P("**Re: Mrs Claire Vandermeer, DOB 14 Feb 1982, NHS No 401 023 2137**\n"
          "**From 10 August 2026: Oudegracht 302, 3511 PK Utrecht, Netherlands**"),
        P("Thank you for seeing this 44-year-old graphic designer who is relocating to Utrecht next month. She "
          "underwent a release of the first dorsal extensor compartment of her right wrist for De Quervain's "
          "tenosynovitis at St Aldhelm's Hospital, Wexmoor, on 23 June 2026, after a steroid injection gave "
          "only short-lived benefit."),
        P("Since the operation she has had persistent burning pain and tingling over the back of the thumb and "
          "a tender scar, despite five sessions of hand therapy. X-rays in May were normal. She is worried "
          "about a nerve injury and would like an independent opinion before deciding on any further "
          "treatment in the Netherlands."),
        P("**I would be grateful for your opinion on the cause of her ongoing symptoms (superficial radial nerve "
          "irritation? incomplete release / subluxation of APL-EPB?) and on whether further investigation or "
          "surgery is advisable.**"),
        H("Problems"),
        TABLE([["Date", "Active problems"],
               ["23-Jun-2026", "De Quervain's tenosynovitis right - release first dorsal compartment (day case)"],
               ["28-May-2026", "Injection of steroid into tendon sheath - right wrist (hand clinic)"],
               ["Date", "Significant past problems"],
               ["2019", "Caesarean section"],
               ["2008", "Asthma (childhood), inactive"]], header=True, grid=True, size=9.5),
        H("Medication"),
        P("Co-codamol 8/500 two tablets up to four times daily when required; Salbutamol 100 micrograms "
          "inhaler when required."),
        H("Allergies"),
        P("No known drug allergies."),
        P("Yours sincerely,"),
        SP(),
        P("Dr Sarah Pemberton MBChB MRCGP\nGeneral Practitioner"),
        SMALL("This letter was generated from the clinical system. Enclosures: clinic letter 02/06/2026, hand "
              "therapy report 24/07/2026."),
    ],
    label=label(["referral", "history"], "2026-07-31", "gp", "en",
                "UK GP referral letter (EMIS-style, auto-inserted problem list)",
                "yes", "yes", "yes", rq=True,
                notes="Foreign GP refers to the Dutch clinic; problem list with recent treatments makes it a history "
                      "letter too; care abroad only implied (UK hospital named without country); 'Caesarean section' "
                      "is another body part; question in bold prose, with hedged differential."))

# ---------------------------------------------------------------------------------------------- ve-024
add(stem="ve-024", fmt="pdf",
    opts={"size": 10, "footer": "Hausarztpraxis Dr. med. U. Brenninkmeyer & Kollegen · Kavarinerstraße 3 · 47533 Kleve · "
                                "Tel. +49 2821 71 88 0 · BSNR 391234500\nSeite {page}/{pages}"},
    blocks=[
        LOGO("Hausarztpraxis am Kavariner Tor", "Dr. med. Ulrike Brenninkmeyer & Kollegen · Fachärzte für Allgemeinmedizin",
             color="#4e342e", mark="triangle"),
        P("Handkliniek Lindehof\nAbteilung Zweitmeinung / second opinion\nCatharijnesingel 210\n3511 GV Utrecht\nNIEDERLANDE"),
        RIGHT("Kleve, den 02.11.2026"),
        P("**Überweisung zur Zweitmeinung**"),
        P("**Patient:** Herr Klaus Terhorst, geb. 19.08.1961, Tiergartenstraße 9, 47533 Kleve\n"
          "**Versicherung:** AOK Rheinland/Hamburg (Auslandsbehandlung nach Genehmigung)"),
        P("Sehr geehrte Kolleginnen und Kollegen,"),
        P("ich überweise Ihnen Herrn Terhorst mit der Bitte um eine Zweitmeinung."),
        P("Bei Herrn Terhorst wurde im März 2025 im Ev. Krankenhaus Lindenhain, Kleve, bei fortgeschrittener "
          "Rhizarthrose eine Arthrodese des rechten Daumensattelgelenks durchgeführt. Seither bestehen "
          "belastungsabhängige Schmerzen an der Daumenbasis. In der Röntgenkontrolle vom 22.09.2026 zeigt sich "
          "nach Auskunft des Operateurs eine ausbleibende knöcherne Durchbauung (Pseudarthrose). Empfohlen wurde "
          "eine Revision mit Spongiosaplastik; alternativ wurde eine Trapezektomie besprochen."),
        P("**Fragestellung:** Ist eine Revisionsarthrodese sinnvoll oder ist eine Resektionsarthroplastik "
          "vorzuziehen? Der Patient wünscht ausdrücklich eine unabhängige Einschätzung."),
        P("**Diagnosen:** Pseudarthrose nach CMC-I-Arthrodese rechts (M84.1); Arterielle Hypertonie (I10); "
          "Z. n. Knie-TEP links 2020."),
        P("**Medikation:** Ramipril 5 mg 1-0-0, Ibuprofen 400 mg bei Bedarf."),
        P("Ein aktuelles MRSA-Screening ist veranlasst; Befunde und Bilder (CD) bringt der Patient mit."),
        P("Mit freundlichen kollegialen Grüßen"),
        SP(8),
        P("Dr. med. Ulrike Brenninkmeyer\nFachärztin für Allgemeinmedizin"),
    ],
    label=label(["referral"], "2026-11-02", "gp", "de", "German GP (Hausarzt) referral letter to the Dutch clinic",
                "yes", "yes", "yes", rq=True,
                notes="Foreign GP; operation in a German hospital = treatment abroad from the clinic's point of view "
                      "(patient lives in Germany); revision only recommended; knee prosthesis is another body part; "
                      "MRSA screening only arranged."))

# ---------------------------------------------------------------------------------------------- ve-025
add(stem="ve-025", fmt="txt",
    text="""\
From:    Ana Ribeiro-de Graaf <ana.ribeiro.degraaf@mail.example>
Sent:    Thursday, 12 November 2026 21:14
To:      Planning Handkliniek Lindehof <planning@handkliniek-lindehof.example>
Subject: RE: Your appointment second opinion - 26 November 2026

Dear planning team,

Thank you for the confirmation. One question before I send everything:
my wrist was operated on in Madrid in August (I fell off my bike there,
they put in a plate and I stayed two nights in the hospital). Do I
still need the MRSA test? My GP says she can do it next week.

The X-rays and the CT from Madrid are on a USB stick, not on a CD - is
that okay? I only have the discharge papers in Spanish; a translation
is being made.

Kind regards,
Ana Ribeiro-de Graaf
06-18 44 90 27

-----Original Message-----
From: Planning Handkliniek Lindehof <planning@handkliniek-lindehof.example>
Sent: Tuesday, 10 November 2026 09:31
To: ana.ribeiro.degraaf@mail.example
Subject: Your appointment second opinion - 26 November 2026

Dear Mrs Ribeiro-de Graaf,

We confirm your appointment for a second opinion on Thursday 26 November
2026 at 14:10 with dr. M. Ottens, hand surgeon.

Please make sure we receive, at the latest one week in advance:
- a referral letter from your GP or specialist with a clear question;
- a recent summary of your medical history from your GP;
- all letters from the treating specialist(s);
- if imaging was done: the images on CD and the reports;
- if you had surgery: all operation reports;
- if you were admitted to or treated in a hospital outside the
  Netherlands in the last two months: an MRSA screening result (via
  your GP).

Kind regards,
Planning department, Handkliniek Lindehof
""",
    label=label([], "2026-11-12", "patient", "en", "e-mail thread: patient's reply above the clinic's quoted message",
                "yes", "yes", "yes",
                notes="Patient's reply states surgery, admission and imaging in Madrid; the quoted clinic message "
                      "below only has conditional checklist items; two sent dates, the reply's is the document's."))

# ---------------------------------------------------------------------------------------------- ve-026
add(stem="ve-026", fmt="docx",
    opts={"header": "Handkliniek Lindehof · Form PAT-07-EN · version 3.2",
          "footer": "Handkliniek Lindehof · Catharijnesingel 210 · 3511 GV Utrecht · privacy@handkliniek-lindehof.example"},
    blocks=[
        TITLE("Consent to request medical records\n(Toestemmingsformulier opvragen medische gegevens)", size=13),
        P("With this form you allow Handkliniek Lindehof to request copies of your medical records from other "
          "care providers for your second opinion. Please complete in block capitals."),
        H("1. Patient"),
        KV([["Surname / first name", "RIBEIRO-DE GRAAF, ANA"], ["Date of birth", "27-01-1985"],
            ["Address", "Lange Nieuwstraat 45, 3512 PH Utrecht"], ["Phone / e-mail", "06-18 44 90 27 / "
                                                                   "ana.ribeiro.degraaf@mail.example"]],
           grid=True, widths=(5, 11.5)),
        H("2. Care provider(s) from which records may be requested"),
        KV([["Name of hospital / practice", "HOSPITAL UNIVERSITARIO RIBERA DEL MANZANARES\nSERVICIO DE CIRUGÍA "
                                            "ORTOPÉDICA Y TRAUMATOLOGÍA"],
            ["Address / country", "AV. DE LA RIBERA 12, 28019 MADRID, SPAIN"],
            ["Treating physician (if known)", "DR. J. MORALES"],
            ["Period of treatment", "16-08-2026 TO 18-08-2026 (ADMITTED)"],
            ["Treatment received", "OPERATION RIGHT WRIST (BROKEN WRIST, PLATE)"]], grid=True, widths=(5, 11.5)),
        H("3. Which records (tick)"),
        LINES(["[X] Letters / discharge report", "[X] Operation report(s)",
               "[ ] Imaging (X-ray / CT / MRI) reports and images", "[ ] Laboratory results",
               "[ ] Complete medical record"]),
        H("4. Signature"),
        P("I consent to Handkliniek Lindehof requesting the records indicated above. This consent is valid "
          "for 6 months."),
        KV([["Place and date", "Utrecht, 13-11-2026"], ["Signature", "A. Ribeiro"]], grid=True, widths=(5, 11.5)),
    ],
    label=label([], "2026-11-13", "patient", "en", "clinic consent form filled in by the patient (Word form)",
                "unmentioned", "yes", "yes",
                notes="Consent form: not any kind; a Spanish hospital address and 'admitted' say treatment abroad; "
                      "'operation right wrist' stated in a form field; the imaging box is printed but not ticked, so "
                      "imaging is unmentioned."))

# ---------------------------------------------------------------------------------------------- ve-027
add(stem="ve-027", fmt="docx",
    opts={"footer": "ZorgSamen Verzekeringen N.V. · Postbus 4410 · 6202 ZA Maastricht · www.zorgsamen.example · "
                    "Ons kenmerk ZS/KS/2026/118204"},
    blocks=[
        LOGO("ZorgSamen", "Verzekeringen", color="#ef6c00", mark="circle", image=True),
        P("Mevrouw J. Hiemstra-Dijkstra\nPetrus Campersingel 77\n9713 AG Groningen"),
        P("Datum: 28 oktober 2026\nRelatienummer: 55-1043-772\nBetreft: uw vraag over vergoeding second opinion"),
        P("Beste mevrouw Hiemstra-Dijkstra,"),
        P("U vroeg ons of een second opinion bij Handkliniek Lindehof in Utrecht wordt vergoed. Graag geven "
          "wij u antwoord."),
        P("**Wanneer vergoeden wij een second opinion?**\nEen second opinion valt onder de basisverzekering als "
          "u een verwijzing heeft van uw huisarts of medisch specialist, de second opinion gaat over een "
          "aandoening waarvoor u al bij een medisch specialist onder behandeling bent, en de tweede specialist "
          "tot hetzelfde vakgebied behoort. Handkliniek Lindehof heeft een contract met ons; u hoeft de "
          "rekening niet voor te schieten."),
        P("**Eigen risico**\nVoor de second opinion betaalt u eigen risico. Heeft u dit jaar al zorg gehad, "
          "bijvoorbeeld een MRI of een operatie, dan is uw eigen risico mogelijk al (deels) opgebruikt. In "
          "Mijn ZorgSamen ziet u hoeveel eigen risico u nog betaalt."),
        P("**Behandeling in het buitenland**\nLaat u zich in het buitenland behandelen? Dan gelden andere "
          "voorwaarden. Neem in dat geval vooraf contact met ons op."),
        P("Heeft u nog vragen? Bel ons dan op 043-300 12 12. Wij zijn bereikbaar op werkdagen van 8.00 tot "
          "20.00 uur."),
        P("Met vriendelijke groet,"),
        P("K. Smeets\nAfdeling Klantenservice"),
    ],
    label=label([], "2026-10-28", "other", "nl", "health insurer's letter to the patient",
                "unmentioned", "unmentioned", "unmentioned",
                notes="Insurer's general policy text: 'een MRI of een operatie', 'behandeling in het buitenland' are "
                      "examples and conditions, nothing about this patient; 'verwijzing' without being one."))

# ---------------------------------------------------------------------------------------------- ve-028
add(stem="ve-028", fmt="docx",
    opts={"header": "Handkliniek Lindehof", "footer": "Catharijnesingel 210 · 3511 GV Utrecht · 030 - 231 44 00 · "
                                                      "www.handkliniek-lindehof.example"},
    blocks=[
        LOGO("Handkliniek Lindehof", "hand- en polschirurgie", color="#1565c0", mark="triangle"),
        P("De heer F. Olthof\nAmersfoortseweg 2A\n3941 EP Doorn"),
        KV([["Datum", "5 november 2026"], ["Patiëntnummer", "HL-260933"], ["Onderwerp", "Uw afspraak"]],
           widths=(3.5, 8)),
        P("Geachte heer Olthof,"),
        P("U bent door uw huisarts naar ons verwezen. Wij hebben een afspraak voor u gemaakt:"),
        TABLE([["Wanneer", "Bij wie", "Waar"],
               ["donderdag 19 november 2026, 10:40 uur", "dr. R.F. Veenstra, plastisch chirurg",
                "Polikliniek, 1e etage, balie A"]], size=10),
        P("**Neem mee naar de afspraak:**"),
        LINES(["- uw identiteitsbewijs en zorgpas;", "- een actueel medicijnoverzicht van uw apotheek;",
               "- röntgenfoto's, echo's of MRI's op cd met het verslag, als die gemaakt zijn;",
               "- het operatieverslag, als u aan de hand of pols geopereerd bent."]),
        P("Heeft u in de afgelopen twee maanden in een buitenlands ziekenhuis gelegen? Laat dan via uw "
          "huisarts een MRSA-kweek afnemen en neem de uitslag mee. Zonder deze uitslag kunnen wij u niet "
          "behandelen."),
        P("Met vriendelijke groet,"),
        P("Afdeling Planning"),
    ],
    label=label([], "2026-11-05", "other", "nl", "hospital appointment letter (Word)",
                "unmentioned", "unmentioned", "unmentioned",
                notes="'U bent door uw huisarts naar ons verwezen' does not make it a referral; all imaging/operation/"
                      "abroad words are conditional instructions; appointment date vs letter date."))

# ---------------------------------------------------------------------------------------------- ve-029
add(stem="ve-029", fmt="txt",
    text="""\
HUISARTSENLABORATORIUM GOOI EN VECHT (HLGV)                 Uitslagenoverzicht
Larenseweg 30, 1221 CM Hilversum  -  tel 035-622 41 00
==============================================================================
Patient  : dhr. P. Groothuis           Geb: 04-02-1957   M
Aanvrager: C. Blom, huisarts, Praktijk 't Hooge Erf, Bussum
Afname   : 12-10-2026 08:20          Uitslag: 13-10-2026 (volledig)
Labnr    : HLGV-26-3318842
Klin.geg.: zwelling en ochtendstijfheid MCP 2-3 beiderzijds, ?RA ?jicht
==============================================================================
Bepaling                 Uitslag     Eenheid      Referentie
------------------------------------------------------------------------------
Hemoglobine              8.4         mmol/l       8.5 - 11.0        L
Leukocyten               7.9         10^9/l       4.0 - 10.0
Trombocyten              388         10^9/l       150 - 400
BSE                      34          mm/uur       < 20              H
CRP                      18          mg/l         < 10              H
Reumafactor (IgM)        42          kU/l         < 15              H
Anti-CCP                 >340        U/ml         < 7               H
Urinezuur                0.31        mmol/l       0.20 - 0.42
Glucose nuchter          5.6         mmol/l       4.0 - 6.0
Kreatinine               81          umol/l       64 - 104
eGFR (CKD-EPI)           86          ml/min       > 60
TSH                      1.9         mU/l         0.4 - 4.0
------------------------------------------------------------------------------
Commentaar: Sterk positief anti-CCP en RF: passend bij reumatoide artritis.
Overweeg verwijzing reumatologie.
Geautoriseerd door: dr. M. Albers, klinisch chemicus
==============================================================================
""",
    label=label([], "2026-10-13", "lab", "nl", "GP laboratory blood results (plain text table)",
                "unmentioned", "unmentioned", "unmentioned", also=["2026-10-12"],
                notes="Other lab result, not MRSA; a laboratory letterhead and 'Uitslag' like an MRSA result; "
                      "referral only advised."))

# ---------------------------------------------------------------------------------------------- ve-030 merged
p30a = [
    LOGO("ZorgDomein", None, color="#0277bd", mark="circle"),
    TITLE("Verwijzing - Second opinion orthopedie (hand/pols)", size=12),
    KV([["Verwijzer", "C. Wiersma, huisarts\nHuisartsenpraktijk Helpman\nVerlengde Hereweg 150, 9722 AK Groningen\n"
                      "AGB 01-041920"],
        ["Ontvanger", "Handkliniek Lindehof, Utrecht"],
        ["Patiënt", "mw. J. Hiemstra-Dijkstra"], ["Geboortedatum", "30-01-1964"], ["Geslacht", "vrouw"],
        ["Verzekeraar", "ZorgSamen Verzekeringen, 55-1043-772"],
        ["Datum", "20-10-2026"]], widths=(4, 12.5), shade="#eeeeee", size=9),
    H("Reden van verwijzing"),
    P("Ulnaire polspijn rechts na eerdere distale radiusfractuur met plaatosteosynthese (2019). MRI 09-2026: "
      "ulnocarpaal impingement met TFCC-perforatie. Orthopedie Noorderhaven adviseert ulnaverkortings-"
      "osteotomie."),
    H("Vraagstelling"),
    P("Patiënte vraagt een second opinion: is een ulnaverkortingsosteotomie de beste behandeling, of is een "
      "artroscopische (wafer-)procedure een alternatief?"),
    KV([["Medicatie", "omeprazol 20 mg 1dd1; paracetamol z.n."], ["Allergieën", "geen"],
        ["Bijlagen", "brief orthopedie 01-10-2026; verslag X-pols 18-08-2026"]], widths=(4, 12.5), size=9),
]
p30b = [
    LOGO("Noorderhaven Ziekenhuis", "Orthopedie", addr=["Hereweg 300, 9725 AJ Groningen", "T 050 - 520 4000"],
         color="#6a1b9a", mark="cross", align="right"),
    P("Aan: C. Wiersma, huisarts, Verlengde Hereweg 150, 9722 AK Groningen"),
    KV([["Datum", "01-10-2026"], ["Betreft", "mw. J. Hiemstra-Dijkstra, geb. 30-01-1964"], ["Kenmerk", "ORT-3310457"]],
       widths=(2.5, 14), size=9),
    P("Geachte collega,"),
    P("Wij zagen uw patiënte terug na de MRI van de rechterpols."),
    H("Voorgeschiedenis"),
    P("2019 distale radiusfractuur rechts, plaatosteosynthese in ons ziekenhuis; 2020 plaatverwijdering "
      "wegens irritatie van de flexorpezen."),
    H("Anamnese"),
    P("Sinds ruim een jaar pijn aan de ulnaire zijde van de pols bij draaibewegingen (sleutel, pannen). Klikken."),
    H("Onderzoek"),
    P("Ulnocarpale stresstest positief, DRUG stabiel, pijnlijke fovea-test."),
    H("Aanvullend onderzoek"),
    P("X-pols rechts 18-08-2026: geconsolideerde fractuur, ulna-plus 2 mm. MRI 22-09-2026: centrale TFCC-"
      "perforatie, chondromalacie lunatum."),
    H("Conclusie"),
    P("Ulnocarpaal impingement rechts."),
    H("Beleid"),
    P("Wij adviseren een ulnaverkortingsosteotomie. Patiënte wil eerst een second opinion; wij hebben de "
      "aanvraag daarvan aan u overgelaten."),
    P("Met vriendelijke groet,\n\ndr. P.G. Ekkers, orthopedisch chirurg"),
    SMALL("cc: patiënte"),
]
p30c = [
    LOGO("Noorderhaven Ziekenhuis", "Afdeling Radiologie", color="#6a1b9a", mark="cross"),
    TITLE("Uitslag", size=12),
    KV([["Naam", "Hiemstra-Dijkstra, J.", "Geb.", "30-01-1964"],
        ["Onderzoek", "X-pols rechts 2 richtingen", "Datum", "18-08-2026"],
        ["Aanvrager", "dr. P.G. Ekkers (ORT)", "Verslag", "18-08-2026"]], size=9),
    P("**Klinische info:** ulnaire polspijn; eerder radiusfractuur met osteosynthese, materiaal verwijderd."),
    P("**Bevindingen:** Geconsolideerde distale radiusfractuur met geringe dorsale angulatie (volaire tilt 2 "
      "graden). Schroefkanalen zichtbaar, geen osteosynthesemateriaal meer in situ. Positieve ulnaire "
      "variantie van 2 mm. Geen artrose radiocarpaal. Subchondrale sclerose proximaal lunatum."),
    P("**Conclusie:** Status na radiusfractuur, ulna-plus variant; aanwijzingen voor ulnocarpaal impingement. "
      "Eventueel MRI."),
    P("drs. R. Kuipers, radioloog"),
]
add(stem="ve-030", fmt="pdf", pdf_title="Bijlagen verwijzing Hiemstra",
    parts=[
        {"blocks": p30a, "opts": {"size": 9.5, "footer": "Aangemaakt via ZorgDomein - 20-10-2026 16:03 - pagina {page}/{pages}"},
         "label": part(["referral"], "2026-10-20", "gp")},
        {"blocks": p30b, "opts": {"size": 9.5, "footer": "Noorderhaven Ziekenhuis - Orthopedie - pagina {page}/{pages}"},
         "label": part(["correspondence"], "2026-10-01", "specialist")},
        {"blocks": p30c, "opts": {"size": 9.5, "footer": "Noorderhaven Ziekenhuis - Radiologie - afgedrukt 20-10-2026"},
         "label": part(["imaging-report"], "2026-08-18", "radiologist")},
    ],
    label=label(["referral", "correspondence", "imaging-report"], None, "other", "nl",
                "merged PDF (bijlagen): ZorgDomein referral + outpatient letter + X-ray report",
                "yes", "yes", "unmentioned", rq=True,
                notes="Three documents in one file, each with its own date and author; the referral has no history "
                      "section with recent treatments; operations (osteosynthesis, plate removal) only in the "
                      "specialist letter and X-ray clinical info; the newest imaging (MRI 22-09) is only quoted, its "
                      "report is not in this file."))

# ---------------------------------------------------------------------------------------------- ve-031 merged
p31a = [
    P("**HOSPITAL UNIVERSITARIO RIBERA DEL MANZANARES**\nServicio de Cirugía Ortopédica y Traumatología\n"
      "Avenida de la Ribera 12 · 28019 Madrid · España · Tel. +34 91 000 44 00", size=9),
    RULE(),
    TITLE("DISCHARGE REPORT (Informe de alta hospitalaria)", size=12),
    P("Certified translation from Spanish", italic=True, size=8.5),
    KV([["Patient", "RIBEIRO DE GRAAF, ANA"], ["Date of birth", "27/01/1985"], ["Medical record no.", "HRM-2026-551902"],
        ["Admission", "16/08/2026 (via Emergency Department)"], ["Discharge", "18/08/2026"],
        ["Attending physician", "Dr. Javier Morales Ruiz"]], widths=(4.5, 12), size=9),
    H("Reason for admission"),
    P("Fall from a bicycle with trauma to the right wrist. Deformity and pain."),
    H("Complementary examinations"),
    P("X-ray of the right wrist (AP and lateral): intra-articular fracture of the distal radius with dorsal "
      "displacement. CT of the right wrist: articular step-off of 3 mm, comminution of the dorsal cortex."),
    H("Diagnosis"),
    P("Intra-articular fracture of the distal end of the right radius (AO 23-C2)."),
    H("Procedure"),
    P("17/08/2026: open reduction and internal fixation with a volar locking plate (see operative report)."),
    H("Course and recommendations"),
    P("Favourable postoperative course. Discharged with an antebrachial splint. Removal of stitches at 14 days. "
      "Rehabilitation. Follow-up by traumatology in her country of residence (the Netherlands)."),
    P("Madrid, 18/08/2026\nDr. Javier Morales Ruiz, Traumatology"),
    SMALL("Translated by M. Castillo-Jansen, sworn translator Spanish-English, Utrecht, 09/11/2026"),
]
p31b = [
    P("**HOSPITAL UNIVERSITARIO RIBERA DEL MANZANARES** · Bloque Quirúrgico", size=9),
    TITLE("OPERATIVE REPORT (Protocolo quirúrgico)", size=12),
    P("Certified translation from Spanish", italic=True, size=8.5),
    KV([["Patient", "RIBEIRO DE GRAAF, ANA", "Date", "17/08/2026"],
        ["Surgeon", "Dr. J. Morales Ruiz", "Assistant", "Dr. L. Peña"],
        ["Anaesthesia", "Supraclavicular block + sedation", "Tourniquet", "55 min"]], grid=True, size=9),
    H("Procedure"),
    P("Open reduction and internal fixation of right distal radius fracture."),
    H("Description"),
    P("Supine position, tourniquet on the arm. Modified Henry approach. The pronator quadratus is released. "
      "Fracture reduced under fluoroscopy, restoring the articular surface. Fixation with a 2.4 mm volar "
      "locking plate (3 proximal cortical screws, 7 distal locking screws). Fluoroscopic control in AP and "
      "lateral: correct reduction, no intra-articular screws. Haemostasis, closure in layers, intradermal "
      "suture. Antebrachial splint."),
    H("Incidents"),
    P("None."),
    SMALL("Translated by M. Castillo-Jansen, sworn translator Spanish-English, Utrecht, 09/11/2026"),
]
p31c = [
    LOGO("Regionaal Laboratorium Microbiologie Utrecht-West", None, color="#00695c", mark="circle"),
    KV([["Patiënt", "Ribeiro-de Graaf, A.", "Geboortedatum", "27-01-1985"],
        ["Aanvrager", "M. Bos, huisarts, Utrecht", "Labnummer", "RLM-26-119077"],
        ["Afnamedatum", "16-11-2026", "Uitslag", "19-11-2026"]], size=9),
    P("**Indicatie:** MRSA-screening i.v.m. ziekenhuisopname Spanje (Madrid) augustus 2026, voorafgaand aan "
      "second opinion handchirurgie."),
    TABLE([["Materiaal", "Onderzoek", "Resultaat"],
           ["Neus", "MRSA-kweek", "negatief"], ["Keel", "MRSA-kweek", "negatief"],
           ["Perineum", "MRSA-kweek", "negatief"]], size=9),
    P("**Eindconclusie:** MRSA niet aangetoond."),
    P("Gevalideerd: dr. A. van Wijk, arts-microbioloog", size=8.5),
]
add(stem="ve-031", fmt="pdf", pdf_title="Ribeiro documents",
    parts=[
        {"blocks": p31a, "opts": {"size": 9.5, "footer": "Translation page {page}/{pages}"},
         "label": part(["correspondence"], "2026-08-18", "specialist")},
        {"blocks": p31b, "opts": {"size": 9.5, "footer": "Translation page {page}/{pages}"},
         "label": part(["operation-report"], "2026-08-17", "specialist")},
        {"blocks": p31c, "opts": {"size": 9.5, "footer": "RLM Utrecht-West · Postbus 85500 · Utrecht"},
         "label": part(["mrsa-screening"], "2026-11-19", "lab")},
    ],
    label=label(["correspondence", "operation-report", "mrsa-screening"], None, "other", "en",
                "merged PDF: sworn English translations of Spanish discharge and operative report + Dutch MRSA result",
                "yes", "yes", "yes",
                notes="Mixed languages in one file (English translations, Dutch lab result); translation date "
                      "09/11/2026 is not the documents' date; Spanish hospital header is plain text, not a logo."))

# ---------------------------------------------------------------------------------------------- ve-032 merged fax
p32a = [
    TITLE("FAX", size=20),
    KV([["Aan", "Handkliniek Lindehof, t.a.v. intake second opinion"], ["Faxnummer", "030 - 231 44 09"],
        ["Van", "Huisartsenpraktijk De Veenhoeve, dr. A. Meulman"], ["Faxnummer", "0591 - 61 22 40"],
        ["Datum", "03-11-2026"], ["Aantal pagina's", "3 (incl. dit voorblad)"],
        ["Betreft", "mw. G. Kuipers-Lanting, geb. 08-08-1949"]], widths=(4, 12.5), grid=True),
    P("Hierbij de door u gevraagde gegevens: uittreksel uit ons HIS en de laatste brief van de orthopeed. "
      "De verwijzing is vorige week via ZorgDomein verstuurd."),
    SP(20),
    SMALL("Dit faxbericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht ten onrechte "
          "ontvangt, wordt u verzocht de afzender te waarschuwen en het bericht te vernietigen."),
]
p32b = [
    TITLE("HIS-uittreksel", size=12),
    KV([["Patiënt", "Kuipers-Lanting, G. (Gerrie)", "Geb.", "08-08-1949"],
        ["Praktijk", "De Veenhoeve, Emmen", "Datum uitdraai", "03-11-2026"]], size=9),
    H("Probleemlijst / episodes"),
    TABLE([["ICPC", "Omschrijving", "Sinds"],
           ["L99", "Dupuytren beiderzijds; li fasciectomie 2018", "2015"],
           ["K86", "Hypertensie", "2009"], ["T93", "Hypercholesterolemie", "2012"],
           ["F92", "Cataract beiderzijds, geopereerd", "2021"]], size=9),
    H("Journaal (selectie)"),
    KV([["14-05-2018", "Brief specialist: orthopedie Hondsrug-Zuid, partiële fasciectomie dig IV/V li "
                       "verricht 09-05-2018."],
        ["02-03-2021", "Brief specialist: oogheelkunde, cataractoperatie OD."],
        ["11-01-2026", "S: strengen handpalm re, pink en ringvinger kunnen niet meer strekken, haakt achter "
                       "handschoen. O: strengen dig IV/V re, PIP V 35 gr flexiecontractuur, tafeltest +. E: L99 "
                       "Dupuytren re. P: verwijzing orthopedie Hondsrug-Zuid."],
        ["15-06-2026", "Brief specialist ontvangen: orthopedie, naaldfasciotomie of fasciectomie voorgesteld."],
        ["20-10-2026", "S: wil second opinion, twijfelt na slechte ervaring links (stijve pink). Overwintert "
                       "vanaf december weer in Spanje (Benidorm), is daar nooit bij een arts geweest. P: "
                       "verwijzing second opinion handchirurgie via ZorgDomein."]], widths=(2.3, 14.2), size=9),
    H("Medicatie"),
    P("hydrochloorthiazide 12,5 mg 1dd1; atorvastatine 20 mg 1dd1"),
]
p32c = [
    P("**Ziekenhuis Hondsrug-Zuid** · Orthopedie · Hondsrugweg 60 · 7824 AA Emmen", size=9),
    RULE(),
    P("Aan: dr. A. Meulman, huisarts, De Veenhoeve, Emmen"),
    P("Datum: 15 juni 2026\nBetreft: mw. G. Kuipers-Lanting, geb. 08-08-1949"),
    P("Geachte collega,"),
    P("Uw patiënte kwam op ons spreekuur met een ziekte van Dupuytren van de rechterhand. Links werd in "
      "2018 door collega Brink een partiële fasciectomie dig IV en V verricht, met als restant een "
      "flexiecontractuur van de PIP van de pink."),
    P("Onderzoek: palpabele strengen over straal IV en V rechts; MCP V 20 graden, PIP V 35 graden "
      "extensiedeficit. Sensibiliteit intact."),
    P("Aanvullend onderzoek: niet verricht; beeldvorming is bij deze aandoening niet zinvol."),
    P("Conclusie: M. Dupuytren rechts, Tubiana II."),
    P("Beleid: wij hebben een percutane naaldfasciotomie en een partiële fasciectomie besproken. Patiënte "
      "wil nadenken en laat het ons weten."),
    P("Met vriendelijke groet,\n\nL. Brink, orthopedisch chirurg"),
]
add(stem="ve-032", fmt="pdf", single=True, pdf_title="fax",
    opts={"size": 9.5, "top": 2.2,
          "fax": "03-11-2026 16:42   VAN: 0591 612240 HAP DE VEENHOEVE   AAN: 0302314409   P.{page}/{pages}"},
    parts=[
        {"blocks": p32a, "label": part([], "2026-11-03", "gp")},
        {"blocks": p32b, "label": part(["history"], "2026-11-03", "gp")},
        {"blocks": p32c, "label": part(["correspondence"], "2026-06-15", "specialist")},
    ],
    label=label(["history", "correspondence"], None, "other", "nl",
                "faxed bundle: cover sheet + HIS extract + specialist letter, fax header on every page",
                "no", "yes", "no",
                notes="Fax header with send date on every page; cover sheet mentions the referral but is not one; "
                      "operation on the other hand 2018 ('fasciectomie ... verricht') counts; cataract operation is "
                      "another body part; 'Aanvullend onderzoek: niet verricht'; wintering in Spain without any "
                      "doctor visit."))
