"""tv-014 .. tv-025: single PDFs (page-2 running headers, Zorgdomein, lab, teleconsult, German radiology,
discharge letter with op section, Turkish op note, appointment/insurer letters, referrals)."""
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from lib import Pdf, out, write_label

CLINIC_NL = ["ParkHand Kliniek", "t.a.v. Intake second opinion", "Spaarnepoort 4", "2134 TM  Hoofddorp"]


# --------------------------------------------------------------------------- 014
def tv014():
    d = Pdf("Serif", 10)
    d.letterhead(["Harley Hand & Wrist Clinic", "Miss Harriet Okonjo-Lane MA FRCS (Plast) · Consultant Plastic & Hand Surgeon"],
                 ["14 Welbeck Mews, London W1G 8QA", "T 020 7555 1904", "GMC 6104417"], logo="HHW", logo_color="#4a148c")
    d.boxed_title("CLINIC LETTER", [["Patient", "Ms Emma Brouwer-Laing, DOB 02/05/1975"],
                                    ["Address", "Flat 3, 21 Cranley Gardens, London SW7 (until 31/12/2026)"],
                                    ["Date of clinic", "12 October 2026"], ["Date typed", "14 October 2026"],
                                    ["To", "Dr Sophie van der Meulen, huisarts, Leiden (new GP) — cc Dr A. Patel, Onslow Surgery"]])
    d.labelled("Diagnoses:", "1. Right thumb base pain 26 months after trapeziectomy with LRTI (performed by me, 19/08/2024)\n"
               "2. Right trigger thumb, injected today\n3. Early STT arthritis, right")
    d.labelled("Plan:", "MRI not required. Splint, therapy review. Second opinion in the Netherlands welcomed.")
    d.p("Dear Dr van der Meulen,")
    d.p("I reviewed Emma in clinic today. As you may know, she has lived in London for eleven years, works as a violinist "
        "with a chamber orchestra and is relocating to Leiden at the end of this year. She asked me to write to you directly "
        "so that her care can continue seamlessly in the Netherlands.")
    d.p("She underwent a right trapeziectomy with ligament reconstruction and tendon interposition (FCR half-slip) under my "
        "care at the Harley Street Day Hospital on 19/08/2024 for Eaton stage III basal thumb arthritis. The early outcome "
        "was very good and she returned to playing within four months. Over the past year, however, she has developed "
        "recurrent aching at the base of the thumb when playing for longer than an hour, and since the summer painful "
        "catching of the thumb at the A1 pulley.")
    d.p("On examination there is a well-healed scar, a tender, nodular flexor pollicis longus tendon at the A1 pulley with "
        "triggering on active flexion, mild tenderness at the STT joint, no tenderness at the base of the second metacarpal. "
        "The grind test is negative. Key pinch 5.5 kg on the right versus 7.0 kg on the left.")
    d.p("Plain radiographs taken today show the expected trapeziectomy space with 3 mm proximal migration of the first "
        "metacarpal compared with the postoperative films of September 2024, without impingement on the scaphoid. There "
        "is joint space narrowing and subchondral sclerosis at the STT joint (scaphotrapezoid facet).")
    d.p("I injected the right A1 pulley with 1 ml of triamcinolone 40 mg/ml and 1 ml of 1% lidocaine today, under aseptic "
        "conditions, with immediate relief of the triggering. With regard to the basal thumb pain, I do not think that "
        "revision surgery is indicated at this stage; the symptoms are activity-related and the degree of subsidence is "
        "within the range that we see after trapeziectomy. I have recommended a custom thermoplastic short opponens splint "
        "for performances, a renewed course of hand therapy, and activity modification. Should the STT joint become the "
        "dominant pain generator, a trapezoid excision or partial STT procedure could be considered in due course.")
    d.p("Emma would, understandably, like a hand surgeon in the Netherlands to take over her follow-up and to give an "
        "independent opinion on whether anything further should be done before she resumes a full concert schedule in "
        "spring. I would support a referral for a second opinion. I am very happy to discuss her care with a Dutch "
        "colleague; the operation note from 2024 and today's radiographs are enclosed on a CD, and the radiology report "
        "will follow from the imaging provider.")
    d.p("If the triggering recurs after six to eight weeks, a percutaneous or open A1 pulley release would be reasonable. She "
        "understands that a second injection has a lower success rate.")
    d.p("Thank you for taking over her care. Please do not hesitate to contact my secretary, Mrs Joanne Fielding, if you "
        "need any further information.")
    d.p("Yours sincerely,")
    d.sp(8)
    d.p("Miss Harriet Okonjo-Lane\nConsultant Plastic & Hand Surgeon")
    d.p("Enc.: operation note 19/08/2024; CD with radiographs 12/10/2026\ncc: Ms Emma Brouwer-Laing (patient)", "small")
    later = [(20, 12, "CLINIC LETTER (continued) — Ms Emma Brouwer-Laing — DOB 02/05/1975 — typed 14/10/2026", 8, True),
             (20, 16, "Harley Hand & Wrist Clinic · Private & Confidential", 7, False)]
    d.build(out("tv-014", "pdf"), later=later, margins=(22, 22, 24, 22),
            footer="Harley Hand & Wrist Clinic Ltd · Registered in England No. 09871234 · Page {page} of {pages}")
    write_label("tv-014", kinds=["correspondence"], date="2026-10-14", author="specialist", language="en",
                style="UK private plastic surgeon clinic letter: title in boxed letterhead table, running header on page 2",
                imaging_done="yes", operated="yes", treated_abroad="yes",
                notes="Title 'CLINIC LETTER' and dates live in a bordered table; page 2 has a running header repeating the title, patient and typed date. Date of clinic (12 Oct) vs date typed (14 Oct): the typed date is the letter's date. Expat operated in London 19/08/2024. The surgeon supports a referral but this is not itself a referral to the clinic (addressed to the new GP). Operation note and CD only mentioned as enclosures.")


# --------------------------------------------------------------------------- 015
def tv015():
    d = Pdf("Sans", 9)
    d.kv([["ZorgDomein", "Verwijzing"], ["Second opinion handchirurgie", "ParkHand Kliniek – Hand- en polschirurgie"]],
         widths=(70 * mm, 100 * mm), bold_labels=True)
    d.sp(2)
    d.h("Verwijzer")
    d.kv([["Naam", "J.P. Stroeve", "Praktijk", "Huisartsenpraktijk Het Kompas"],
          ["Functie", "huisarts", "Adres", "Hamersveldseweg 21, 3833 GL Leusden"],
          ["AGB-code", "01-054321", "Telefoon", "033 555 17 40"]], widths=(22 * mm, 55 * mm, 22 * mm, 70 * mm), grid=True)
    d.h("Patiënt")
    d.kv([["Naam", "mw. N. Bakkali", "Geboortedatum", "30-08-1991"], ["BSN", "123456782", "Geslacht", "vrouw"],
          ["Verzekeraar", "VGZ, 8843172", "Telefoon", "06 5555 0127"]], widths=(22 * mm, 55 * mm, 28 * mm, 64 * mm), grid=True)
    d.h("Reden van verwijzing")
    d.kv([["Specialisme", "Plastische chirurgie / handchirurgie"], ["Urgentie", "regulier"],
          ["Reden van verwijzing", "Persisterende ulnaire polspijn rechts sinds val (maart 2026), TFCC-letsel op MRI-artrografie. "
           "Orthopeed stelt een artroscopie met TFCC-hechting voor; patiënte twijfelt en wil een tweede mening."],
          ["Vraagstelling", "Graag uw second opinion: is een artroscopische TFCC-hechting zinvol, of is verdere conservatieve "
           "behandeling te verkiezen?"]],
         widths=(40 * mm, 130 * mm))
    d.h("Relevante voorgeschiedenis")
    d.kv([["2018", "Astma (R96), stabiel op ICS"],
          ["2023", "Appendectomie tijdens verblijf in Spanje: 3 dagen opgenomen in Hospital Costa del Sol, Marbella"],
          ["2024", "Tendinopathie de Quervain links, conservatief"]], widths=(20 * mm, 150 * mm), bold_labels=False)
    d.h("Recente behandelingen")
    d.kv([["03-2026", "Val op rechterhand; X-pols huisartsenpost/SEH: geen fractuur"],
          ["05-2026", "Polsbrace 6 weken (huisarts)"],
          ["07-2026", "Injectie ulnocarpaal (orthopeed, Meander MC)"],
          ["08-2026 – 10-2026", "Handtherapie, 12 behandelingen"],
          ["22-09-2026", "MRI-artrografie pols rechts: perifere TFCC-laesie (Palmer 1B), DRUG stabiel"],
          ["", "Patiënte is niet geopereerd aan de pols."]], widths=(32 * mm, 138 * mm), bold_labels=False)
    d.h("Medicatie")
    d.p("Fluticason/salmeterol 250/25 inhalator 2dd; naproxen 500 mg zo nodig (max 2dd).")
    d.h("Allergieën / contra-indicaties")
    d.p("Geen bekende allergieën. Geen MRSA-risicofactoren bekend bij verwijzer.")
    d.h("Bijlagen")
    d.p("Brief orthopedie Meander MC (10-10-2026); verslag MRI-artrografie (22-09-2026).")
    d.build(out("tv-015", "pdf"), margins=(18, 18, 22, 22),
            footer=["Dit document is aangemaakt via ZorgDomein op 12-11-2026 10:14 · ZD-nummer ZD14338712",
                    "Verwijzing: Second opinion handchirurgie · pagina {page} van {pages}"])
    write_label("tv-015", kinds=["referral", "history"], date="2026-11-12", author="gp", language="nl",
                style="ZorgDomein printout, two-column field grid, no salutation",
                referral_question=True, imaging_done="yes", operated="no", treated_abroad="yes",
                notes="Date only in the ZorgDomein footer ('aangemaakt via ZorgDomein op 12-11-2026'). Question only in 'Vraagstelling'. Has 'Relevante voorgeschiedenis' + 'Recente behandelingen' so also a history document. Tourist admission abroad mentioned in passing (appendectomy in Marbella, 2023) = treated abroad; the appendectomy is not a hand operation, and the wrist was explicitly not operated. Bijlagen are only mentions.")


# --------------------------------------------------------------------------- 016
def tv016():
    d = Pdf("Sans", 9)
    d.letterhead(["Stichting Artsenlaboratorium Kennemerland", "Medische Microbiologie en Infectiepreventie"],
                 ["Boerhaavelaan 22, 2035 RC  Haarlem", "Tel. 023 555 72 72 (arts-microbioloog)", "ISO 15189 M123"],
                 logo="SAK", logo_color="#1565c0")
    d.kv([["Aanvrager", "P. Hagenaars, huisarts\nHuisartsenpraktijk Zuiderhout, Haarlem", "Patiënt", "mw. L. van Amerongen\ngeb. 11-04-1979 · V"],
          ["Labnummer", "M26-118734", "Afnamedatum", "20-11-2026 09:10"],
          ["Ontvangstdatum", "20-11-2026 13:45", "Uitslagdatum", "23-11-2026"]],
         widths=(28 * mm, 60 * mm, 28 * mm, 55 * mm), grid=True)
    d.sp(3)
    d.title("Uitslag microbiologie – MRSA-screening")
    d.labelled("Klinische gegevens:", "voorafgaand aan verwijzing handchirurgie; opname ziekenhuis buitenland (VS) juli 2026.")
    d.table([["Materiaal", "Bepaling", "Uitslag", "Status"],
             ["Neus (beide neusgaten)", "MRSA-kweek (ophopingsbouillon)", "MRSA niet aangetoond", "definitief"],
             ["Keel", "MRSA-kweek (ophopingsbouillon)", "MRSA niet aangetoond", "definitief"],
             ["Perineum", "MRSA-kweek (ophopingsbouillon)", "MRSA niet aangetoond", "definitief"],
             ["Pool neus/keel/perineum", "MRSA-PCR (mecA/mecC, SCCmec)", "negatief", "definitief"]],
            widths=(40 * mm, 55 * mm, 45 * mm, 25 * mm))
    d.sp(2)
    d.labelled("Conclusie:", "Geen aanwijzingen voor dragerschap van MRSA in de ingezonden materialen.")
    d.p("Opmerking: een eenmalige negatieve screening sluit dragerschap niet volledig uit. Bij opname in een Nederlands "
        "ziekenhuis geldt het beleid van dat ziekenhuis (WIP-richtlijn MRSA).", "small")
    d.sp(3)
    d.kv([["Gevalideerd door", "dr. C.M. Verhoef-Tan, arts-microbioloog, 23-11-2026 11:20"]], widths=(35 * mm, 130 * mm))
    d.build(out("tv-016", "pdf"), footer="SAK Medische Microbiologie · M26-118734 · van Amerongen, L. · blad {page}/{pages}")
    write_label("tv-016", kinds=["mrsa-screening"], date="2026-11-23", also_dates=["2026-11-20"], author="lab",
                language="nl", style="microbiology lab result, field grid + results table",
                imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
                notes="MRSA screening result in table layout; collection 20-11 vs report/validation 23-11. Clinical information says the patient was admitted to a hospital abroad (US).")


# --------------------------------------------------------------------------- 017
def tv017():
    d = Pdf("Sans", 8.5)
    d.letterhead(["Diagnostisch Centrum Rijnland", "Klinisch chemisch en medisch-microbiologisch laboratorium"],
                 ["Postbus 301, 2300 AH  Leiden", "Uitslagen: 071 555 88 11", "Rapport voor de aanvrager"], logo="DCR",
                 logo_color="#00838f")
    d.kv([["Aanvrager", "dr. A.C. de Lange, huisarts, Castricum", "Patiënt", "dhr. W. Rutgers, geb. 12-01-1955"],
          ["Afname", "16-11-2026 08:22 (prikpost Castricum)", "Rapportdatum", "17-11-2026"]],
         widths=(24 * mm, 62 * mm, 26 * mm, 58 * mm), grid=True)
    d.labelled("Klinische gegevens:", "pijnlijke zwelling MCP-gewrichten beide handen, ochtendstijfheid; RA? DM-controle.")
    d.table([["Bepaling", "Uitslag", "Eenheid", "Referentie", ""],
             ["Hemoglobine", "8.9", "mmol/l", "8.5 – 11.0", ""],
             ["Leukocyten", "7.4", "10^9/l", "4.0 – 10.0", ""],
             ["BSE", "28", "mm/uur", "< 20", "H"],
             ["CRP", "11", "mg/l", "< 10", "H"],
             ["Reumafactor (IgM)", "9", "kU/l", "< 15", ""],
             ["Anti-CCP", "< 7", "U/ml", "< 7", ""],
             ["Urinezuur", "0.46", "mmol/l", "0.20 – 0.42", "H"],
             ["Glucose nuchter", "7.6", "mmol/l", "4.0 – 6.1", "H"],
             ["HbA1c", "56", "mmol/mol", "< 53", "H"],
             ["TSH", "2.1", "mU/l", "0.4 – 4.0", ""],
             ["Urinekweek", "geen groei", "", "", ""]],
            widths=(45 * mm, 30 * mm, 25 * mm, 35 * mm, 10 * mm))
    d.p("H = boven referentiewaarde. Alle uitslagen geautoriseerd door de klinisch chemicus / arts-microbioloog.", "small")
    d.sp(2)
    d.p("Geautoriseerd 17-11-2026 14:05, dr. F. Mertens, klinisch chemicus", "small")
    d.build(out("tv-017", "pdf"), footer="DCR · laboratoriumrapport · Rutgers, W. · 12-01-1955 · {page}/{pages}")
    write_label("tv-017", kinds=[], date="2026-11-17", also_dates=["2026-11-16"], author="lab", language="nl",
                style="GP lab results table (blood + urine culture)",
                imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
                notes="Other lab results: not an MRSA screening although from a combined chemistry/microbiology lab and containing a culture ('Urinekweek'). Sampling date vs report date.")


# --------------------------------------------------------------------------- 018
def tv018():
    d = Pdf("Sans", 9.5)
    d.letterhead(["Erasmus MC", "Department of Plastic, Reconstructive and Hand Surgery"],
                 ["Dr. Molewaterplein 40, 3015 GD Rotterdam", "The Netherlands", "International Patient Office +31 10 555 3300"],
                 logo="EMC", logo_color="#0c2340")
    d.title("Video consultation summary")
    d.kv([["Patient", "Mr Thijs Oudshoorn, date of birth 23 January 1984"],
          ["Residence", "Dubai, United Arab Emirates (Dutch national, insured via expat policy)"],
          ["Consultation", "secure video consultation, 6 November 2026, 10:30–10:55 CET"],
          ["Clinician", "Dr Anouk Remmelink, plastic and hand surgeon"],
          ["Copy to", "patient; Dr K. Haddad, general practitioner, Dubai Healthcare City"]],
         widths=(30 * mm, 135 * mm))
    d.sp(2)
    d.labelled("Reason:", "request for assessment and possible treatment in Rotterdam of persistent left wrist pain after "
               "scaphoid surgery abroad.")
    d.labelled("History:", "left scaphoid waist fracture after a padel accident in Dubai in February 2026. Operated on "
               "09/03/2026 at Mediclinic City Hospital, Dubai: percutaneous fixation with a headless compression screw. "
               "Cast for 6 weeks. Since June increasing radial wrist pain and stiffness. He uploaded the CT of the left "
               "wrist made in Dubai on 14/09/2026 to our portal together with the local report.")
    d.labelled("Review of imaging (uploaded, not re-reported):", "the CT shows a partially bridged waist fracture with the screw "
               "tip protruding about 1.5 mm into the scaphotrapezial joint. No humpback deformity.")
    d.labelled("Findings on video:", "wrist extension and flexion visibly limited (estimated 40°/40°), radial deviation painful. "
               "Formal examination was not possible by video.")
    d.labelled("Assessment:", "symptomatic scaphoid delayed union with a prominent screw after fixation abroad.")
    d.labelled("Plan:", "in-person consultation in Rotterdam on 17 December 2026 during his home visit, with new CT. Please bring "
               "the original images on CD (DICOM) and the operative report from Mediclinic. Because he was treated and "
               "admitted in a hospital abroad, MRSA screening (nose, throat, perineum) is required before any procedure; "
               "we have asked him to arrange this through his Dutch GP on arrival. A revision operation was discussed as an "
               "option; no decision was taken.")
    d.sp(3)
    d.p("Dr Anouk Remmelink, plastic and hand surgeon — summary written and authorised 6 November 2026", "small")
    d.build(out("tv-018", "pdf"), footer="Erasmus MC · video consultation · Oudshoorn, T. · page {page} of {pages}")
    write_label("tv-018", kinds=["correspondence"], date="2026-11-06", author="specialist", language="en",
                style="Dutch university hospital video-consult summary in English for an expat",
                imaging_done="yes", operated="yes", treated_abroad="yes",
                notes="Teleconsultation summary: specialist correspondence although no physical exam. Expat living in Dubai, operated there (dates in text day-first 09/03/2026 = 9 March). Future appointment date 17 December 2026 must not be taken as the letter date. Revision operation only discussed; MRSA screening only requested.")


# --------------------------------------------------------------------------- 019
def tv019():
    d = Pdf("Serif", 9.5)
    d.letterhead(["Radiologische Gemeinschaftspraxis am Kaiserplatz", "Dr. med. F. Lennartz · Dr. med. C. Houben · Fachärzte für Radiologie"],
                 ["Kaiserplatz 5, 52062 Aachen", "Tel. +49 241 555 730", "MRT · CT · Röntgen · Sonographie"], logo="RGK",
                 logo_color="#283593")
    d.address(["Frau Dr. med. Annette Wirtz", "Fachärztin für Orthopädie und Unfallchirurgie", "Theaterstraße 40", "52062 Aachen"])
    d.p("Aachen, den 3. Dezember 2026", "right")
    d.kv([["Patient:", "Herr Ruud Bastiaans, geb. 08.12.1966, Kerkrade (NL)"],
          ["Untersuchungen vom 02.12.2026:", "1. Röntgen linke Hand in 2 Ebenen\n2. MRT linkes Handgelenk nativ und nach KM-Gabe"],
          ["Rechtfertigende Indikation:", "Dr. med. C. Houben"]], widths=(50 * mm, 115 * mm))
    d.sp(2)
    d.p("Sehr geehrte Frau Kollegin Wirtz,")
    d.p("vielen Dank für die Überweisung Ihres Patienten.")
    d.labelled("Klinische Angaben / Fragestellung:", "Z. n. operativer Versorgung einer Bennett-Fraktur links 2019 "
               "(Kirschner-Draht-Osteosynthese, Materialentfernung 2019). Zunehmende Schmerzen Daumensattelgelenk. "
               "Posttraumatische Arthrose? Begleitende Pathologie im Handgelenk?")
    d.labelled("Voraufnahmen zum Vergleich:", "Röntgen linke Hand vom 12.03.2025 (Praxis Dr. Lenzen, Herzogenrath).")
    d.h("Befund")
    d.labelled("Röntgen:", "Im Vergleich zum 12.03.2025 deutliche Progredienz der Gelenkspaltverschmälerung im "
               "Daumensattelgelenk mit Subluxation der Metakarpale-I-Basis nach radial um ca. 30 %, subchondraler Sklerose und "
               "Osteophyten. Verheilte intraartikuläre Fraktur ohne Fehlstellung. STT-Gelenk erhalten.")
    d.labelled("MRT:", "Aktivierte Arthrose des Daumensattelgelenks mit Erguss und Knochenmarködem an Trapezium und MHK-I-Basis. "
               "Intaktes SL- und LT-Band, TFCC ohne Läsion. Kein Hinweis auf Osteonekrose. Sehnen regelrecht.")
    d.h("Beurteilung")
    d.p("1. Fortgeschrittene posttraumatische Rhizarthrose links (Eaton III), progredient gegenüber 12.03.2025.\n"
        "2. Keine relevante Begleitpathologie im Handgelenk.")
    d.sp(2)
    d.p("Mit freundlichen kollegialen Grüßen")
    d.sp(4)
    d.p("Dr. med. Claudia Houben\nFachärztin für Radiologie")
    d.build(out("tv-019", "pdf"), footer="Radiologische Gemeinschaftspraxis am Kaiserplatz · USt-IdNr. DE 812345678 · Seite {page}/{pages}")
    write_label("tv-019", kinds=["imaging-report"], date="2026-12-03", also_dates=["2026-12-02"], author="radiologist",
                language="de", style="German radiology practice Befund letter, two exams, comparison with older X-ray",
                imaging_done="yes", operated="yes", treated_abroad="yes",
                notes="Letter-shaped radiology report (salutation to the referring orthopaedist, 'Überweisung' thanks it for the request: not a referral to the clinic). Report date 'den 3. Dezember 2026' in words; exam date 02.12.2026; comparison 12.03.2025. Dutch border resident imaged in Germany = treated abroad. 'Z. n. operativer Versorgung einer Bennett-Fraktur' = operated on the hand.")


# --------------------------------------------------------------------------- 020
def tv020():
    d = Pdf("Sans", 9.5)
    d.letterhead(["Maasstad Ziekenhuis", "Plastische, Reconstructieve en Handchirurgie"],
                 ["Maasstadweg 21, 3079 DZ  Rotterdam", "Secretariaat 010 555 34 40"], logo="MZ", logo_color="#00695c")
    d.address(["Huisartsenpraktijk Lombardijen", "t.a.v. dr. N. Bakker", "Spinozaweg 300", "3076 ET  Rotterdam"])
    d.kv([["Datum", "31-07-2026"], ["Ons kenmerk", "PCH/KB/71142"], ["Betreft", "dhr. K. Verbrugge, geb. 30-06-1979"]],
         widths=(28 * mm, 120 * mm))
    d.sp(2)
    d.title("Ontslagbrief")
    d.p("Geachte collega,")
    d.p("Hierbij berichten wij u over uw patiënt, die van 27-07-2026 tot en met 29-07-2026 was opgenomen op de afdeling "
        "chirurgie (verpleegafdeling 4 Oost) van ons ziekenhuis.")
    d.labelled("Opnamediagnose:", "gedisloceerde scafoidtaillefractuur rechts.")
    d.labelled("Anamnese:", "patiënt viel op 24-07-2026 tijdens een vakantie op Kreta van een muurtje op de uitgestrekte "
               "rechterhand. Hij is ter plaatse niet door een arts gezien en heeft geen zorg in het buitenland ontvangen; "
               "na terugkeer op 27-07-2026 via de huisartsenpost naar onze SEH.")
    d.labelled("Aanvullend onderzoek:", "X-pols en scafoidserie rechts (27-07-2026): taillefractuur scafoid met 2 mm dislocatie. "
               "CT-pols rechts (27-07-2026): bevestiging, humpback-stand 35° intrascafoïdaal, geen comminutie.")
    d.labelled("Beloop:", "na bespreking in het handenoverleg werd besloten tot operatieve behandeling, die op 28-07-2026 "
               "plaatsvond. Het postoperatieve beloop was ongecompliceerd; ontslag op 29-07-2026 met onderarmspalk.")
    d.h("Operatie")
    d.kv([["Datum operatie", "28-07-2026"], ["Operateur", "dr. L.M. Tjong, plastisch chirurg"],
          ["Assistent", "drs. F. Bos, AIOS plastische chirurgie"], ["Anesthesie", "plexus axillaris + sedatie (dr. I. Yilmaz)"],
          ["Ingreep", "Open repositie en interne fixatie scafoid rechts met kopschroef (volaire benadering)"],
          ["Bloedleegte", "bovenarm, 250 mmHg, 41 minuten"]], widths=(32 * mm, 130 * mm))
    d.p("Beschrijving: volaire benadering over de FCR-pees, opening van het kapsel tussen de radioscafocapitate en lange "
        "radiolunate ligamenten. Fractuur gereinigd, humpback gecorrigeerd met joysticks (K-draden), waarna tijdelijke "
        "fixatie. Onder doorlichting geleidedraad centraal in de lengteas van het scafoid, boren en plaatsen van een "
        "kopschroef 2,5 x 24 mm. Goede compressie, gereconstrueerde lengte, stand in vier richtingen gecontroleerd. "
        "Kapselherstel met Vicryl 3-0, huid intracutaan Monocryl 4-0. Geen complicaties. Bloedverlies minimaal.")
    d.labelled("Medicatie bij ontslag:", "paracetamol 1000 mg 4dd zo nodig, naproxen 500 mg 2dd gedurende 5 dagen met "
               "pantoprazol 40 mg 1dd.")
    d.labelled("Beleid:", "onderarmgips met duimeinsluiting 6 weken; controle poli plastische chirurgie over 12 dagen "
               "(wondcontrole) en na 6 weken met CT. Handtherapie na gipsperiode.")
    d.p("Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.")
    d.p("Met vriendelijke groet,")
    d.sp(5)
    d.p("drs. F. Bos, AIOS plastische chirurgie\nnamens dr. L.M. Tjong, plastisch chirurg")
    d.p("cc: patiënt", "small")
    later = [(20, 12, "Ontslagbrief – dhr. K. Verbrugge – 30-06-1979 – Plastische chirurgie Maasstad Ziekenhuis", 8, True)]
    d.build(out("tv-020", "pdf"), later=later, margins=(20, 20, 22, 22),
            footer="Maasstad Ziekenhuis · blz. {page} van {pages}")
    write_label("tv-020", kinds=["correspondence", "operation-report"], date="2026-07-31", author="specialist",
                language="nl", style="discharge letter with full operation section; running header on page 2",
                imaging_done="yes", operated="yes", treated_abroad="no",
                notes="Discharge letter containing a full operation report (date, operator, assistant, anaesthesia, description) = correspondence + operation-report. Accident abroad (Crete) but explicitly no care abroad: treated_abroad=no. Admission/discharge/operation dates are events; letter date 31-07-2026.")


# --------------------------------------------------------------------------- 021
def tv021():
    d = Pdf("Sans", 9)
    d.letterhead(["Anatolia Private Hospital", "Department of Orthopaedics and Hand Surgery"],
                 ["Güzeloba Mah. 2241 Sk. No:7, 07230 Muratpaşa / Antalya, Türkiye", "Tel +90 242 555 1800",
                  "International patients: intpatient@anatolia-hospital.example"], logo="APH", logo_color="#b71c1c")
    d.title("OPERATION NOTE")
    d.p("(English translation of the original Turkish record, certified by the International Patient Department)", "small")
    d.kv([["Patient name:", "Esra DEMİRCİ-JANSSEN", "Protocol no:", "2026/118402"],
          ["Date of birth:", "21.04.1995", "Nationality:", "Netherlands"],
          ["Date of operation:", "14.08.2026", "Room:", "OR-2"],
          ["Surgeon:", "Op. Dr. Murat Kaya", "Assistant:", "Dr. Elif Şahin"],
          ["Anaesthetist:", "Uzm. Dr. Cem Aydın", "Admission:", "13.08.2026 (inpatient, ward 3B)"]],
         widths=(30 * mm, 52 * mm, 26 * mm, 58 * mm), grid=True)
    d.sp(2)
    d.kv([["Diagnosis", "Laceration left palm with complete division of FDP and FDS tendons, ring finger, zone II"],
          ["Procedure", "Exploration, primary repair FDP (4-strand core suture + epitendinous), FDS slip repair, digital nerve check"],
          ["Anaesthesia", "[x] General   [ ] Axillary block   [ ] Local"],
          ["Tourniquet", "[x] Upper arm 250 mmHg — on 09:12, off 10:34"],
          ["Preop X-ray", "[x] done: no fracture, no radio-opaque foreign body"],
          ["Antibiotic", "[x] Cefazolin 1 g IV at induction"],
          ["Specimen", "[ ] yes   [x] no"],
          ["Times", "Induction 08:55 · Incision 09:18 · Skin closure 10:29 · Out of OR 10:45"]],
         widths=(30 * mm, 136 * mm))
    d.h("Operative findings and technique")
    d.p("Oblique 2 cm laceration at the level of the A2 pulley after a broken glass injury in the hotel on 13.08.2026. "
        "Bruner extensions. Both digital nerves and arteries intact. FDP divided 5 mm distal to the A2 pulley, proximal stump "
        "retracted to the palm and retrieved through a separate incision. Repair with 4-0 Fiberloop 4-strand core suture and "
        "6-0 running epitendinous suture. Radial slip of FDS repaired, ulnar slip excised. Free gliding confirmed, A2 pulley "
        "vented 30%. Skin closed with 5-0 nylon. Dorsal blocking splint (wrist 20° flexion, MCP 60°, IP straight).")
    d.labelled("Complications:", "none")
    d.labelled("Postoperative:", "discharge 15.08.2026. Early active motion protocol; patient returns to the Netherlands on "
               "18.08.2026 and must start hand therapy there within 3–5 days. Sutures to be removed at 12–14 days.")
    d.sp(3)
    d.p("Op. Dr. Murat Kaya, Orthopaedics and Traumatology — signed 14.08.2026", "small")
    d.build(out("tv-021", "pdf"), footer="Anatolia Private Hospital · Operation Note · Protocol 2026/118402 · {page}/{pages}")
    write_label("tv-021", kinds=["operation-report"], date="2026-08-14", author="specialist", language="en",
                style="Turkish private hospital operation note, translated, [x] fields and time stamps, dd.mm.yyyy dates",
                imaging_done="yes", operated="yes", treated_abroad="yes",
                notes="Holiday injury treated and operated abroad (admitted in Turkey) with dd.mm.yyyy dates in an English document. Admission 13.08, discharge 15.08 and return date are other dates. 'Preop X-ray [x] done' = imaging done.")


# --------------------------------------------------------------------------- 022
def tv022():
    d = Pdf("Sans", 10)
    d.letterhead(["Haaglanden Hand Center", "Hand & Wrist Outpatient Clinic · International Patient Desk"],
                 ["Lijnbaan 32, 2512 VA  The Hague", "+31 70 555 2020", "appointments@hhc-denhaag.example"], logo="HHC",
                 logo_color="#0d47a1")
    d.address(["Mr Daniel O'Rourke", "Laan van Meerdervoort 512", "2563 BJ  The Hague"])
    d.p("Date: 25 November 2026\nPatient number: 2026-55180")
    d.title("Appointment confirmation")
    d.p("Dear Mr O'Rourke,")
    d.p("We are pleased to confirm your appointment at the Hand & Wrist Outpatient Clinic:")
    d.table([["Date", "Time", "With", "Location"],
             ["Tuesday 15 December 2026", "10:40", "Dr Marieke Sanders, hand surgeon", "Ground floor, desk B"],
             ["Tuesday 15 December 2026", "10:10", "Radiology (X-ray of the wrist, walk-in)", "Ground floor, desk R"]],
            widths=(45 * mm, 18 * mm, 60 * mm, 45 * mm))
    d.sp(2)
    d.p("An X-ray of your wrist will be made before the consultation. Please report to the radiology desk thirty minutes "
        "before your appointment. If you have had images taken elsewhere, please bring the CD and the report.")
    d.p("Please also bring: a valid ID, your insurance card, a list of your current medication and the referral letter from "
        "your general practitioner. Without a valid referral your insurer may not reimburse the consultation.")
    d.p("If you have been admitted to a hospital abroad in the last two months, please contact us before your visit: we may "
        "need to arrange an MRSA screening.")
    d.p("Unable to attend? Please let us know at least 24 hours in advance, otherwise we may charge the consultation.")
    d.p("Kind regards,")
    d.p("Appointments office\nHaaglanden Hand Center")
    d.build(out("tv-022", "pdf"), footer="Haaglanden Hand Center B.V. · KvK 27123456 · Page {page} of {pages}")
    write_label("tv-022", kinds=[], date="2026-11-25", author="other", language="en",
                style="appointment confirmation letter with appointment table",
                imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
                notes="Appointment letter: no kind. X-ray only planned, CD/report and MRSA screening only conditional ('if you have …'). Future appointment date 15 December 2026 is not the letter date.")


# --------------------------------------------------------------------------- 023
def tv023():
    d = Pdf("Sans", 9.5)
    d.letterhead(["Onafhankelijk Ziekenfonds Kempen-Maas", "Dienst Geneeskundige Verzorging – Buitenland"],
                 ["Grote Markt 12, 2300 Turnhout", "Tel. +32 14 55 66 00", "www.oz-kempenmaas.example"], logo="OZ",
                 logo_color="#6a1b9a")
    d.address(["Mevrouw Kim Van Gorp", "Steenweg op Gierle 221", "2300 Turnhout"], left_indent=90 * mm)
    d.table([["Uw kenmerk", "Ons kenmerk", "Datum", "Dossierbeheerder"],
             ["mail 16/11", "DGV/BUI/2026/44812", "27/11/2026", "Els Verhaegen"]], widths=(35 * mm, 45 * mm, 30 * mm, 55 * mm),
            grid=False, shade=None)
    d.sp(3)
    d.labelled("Betreft:", "aanvraag voorafgaande toestemming (S2) – second opinion handchirurgie in Nederland")
    d.p("Geachte mevrouw,")
    d.p("Wij hebben uw aanvraag goed ontvangen. U vraagt een tussenkomst voor een raadpleging in het kader van een second "
        "opinion bij de ParkHand Kliniek in Hoofddorp (Nederland), na uw opname in AZ Turnhout in september 2026 waarbij u "
        "aan de rechterpols geopereerd werd.")
    d.p("Voor geplande zorg in een andere lidstaat is een voorafgaande toestemming (formulier S2) nodig. Om uw aanvraag te "
        "kunnen beoordelen, ontvangen wij graag nog:")
    d.p("- een voorschrift of verwijsbrief van uw behandelende arts waarin de medische noodzaak van de second opinion wordt "
        "gemotiveerd;\n- een kostenraming van de Nederlandse kliniek;\n- het ingevulde aanvraagformulier (bijlage), ondertekend.")
    d.p("Zodra wij deze documenten hebben ontvangen, legt onze adviserend arts uw dossier voor. U ontvangt binnen 30 dagen "
        "een beslissing. Zonder voorafgaande toestemming kan de tussenkomst beperkt blijven tot de Belgische tarieven.")
    d.p("Met vriendelijke groeten,")
    d.sp(3)
    d.p("Els Verhaegen\nDossierbeheerder Buitenland")
    d.p("Bijlage: aanvraagformulier S2", "small")
    d.build(out("tv-023", "pdf"), footer="Onafhankelijk Ziekenfonds Kempen-Maas · ondernemingsnr. 0411.123.456 · {page}/{pages}")
    write_label("tv-023", kinds=[], date="2026-11-27", author="other", language="nl",
                style="Flemish health-insurer (ziekenfonds) letter, date only in the reference-line table",
                imaging_done="unmentioned", operated="yes", treated_abroad="yes",
                notes="Insurer letter: no kind. Belgian patient; admission and wrist operation in a Belgian hospital (AZ Turnhout) = treated outside the Netherlands. Date only as value in the 'Uw kenmerk / Ons kenmerk / Datum' table (day-first 27/11/2026). Asks for a referral: does not contain one.")


# --------------------------------------------------------------------------- 024
def tv024():
    d = Pdf("Serif", 10.5)
    d.letterhead(["Huisartsenpraktijk Molenwijk", "dr. A.C. de Lange · M. Visser · huisartsen"],
                 ["Molenweg 7, 1901 EK  Castricum", "tel. 0251 55 12 12 · spoed 0251 55 12 13", "AGB 01-077882"],
                 logo=None, rule=True, logo_color="#333333")
    d.address(["Aan: ParkHand Kliniek", "t.a.v. de dienstdoende handchirurg", "Spaarnepoort 4", "2134 TM  Hoofddorp"])
    d.p("Castricum, 3 december 2026")
    d.labelled("Betreft:", "dhr. W. Rutgers, geb. 12-01-1955, Dorpsstraat 60, 1901 EL Castricum")
    d.p("Geachte collega,")
    d.p("Graag verwijs ik bovengenoemde patiënt naar u voor behandeling van zijn Dupuytren-contractuur van de ringvinger "
        "en pink rechts.")
    d.p("Patiënt, gepensioneerd timmerman, merkt sinds ongeveer drie jaar strengvorming in de rechterhandpalm. Sinds dit "
        "jaar kan hij de hand niet meer plat op tafel leggen (positieve tafeltest) en blijft hij haken bij het aantrekken "
        "van handschoenen. Extensiedeficit MCP IV ongeveer 40°, PIP V ongeveer 30°. Geen pijn. Linkerhand: kleine nodus, "
        "geen contractuur. Zijn vader en broer hadden dezelfde aandoening.")
    d.p("Een röntgenfoto van de rechterhand (februari 2025, Rode Kruis Ziekenhuis) toonde geen artrose. Patiënt is niet "
        "eerder aan de hand geopereerd. Voorgeschiedenis: diabetes mellitus type 2 (metformine), hypertensie (amlodipine), "
        "matig alcoholgebruik. Recente labwaarden stuur ik mee.")
    d.p("Bij voorbaat dank voor uw behandeling.")
    d.p("Met vriendelijke groet,")
    d.sp(6)
    d.p("dr. A.C. de Lange, huisarts")
    d.p("Bijlage: laboratoriumuitslagen d.d. 17-11-2026", "small")
    d.build(out("tv-024", "pdf"), footer="Huisartsenpraktijk Molenwijk · Castricum")
    write_label("tv-024", kinds=["referral"], date="2026-12-03", author="gp", language="nl",
                style="free GP referral letter, date written in words",
                referral_question=False, imaging_done="yes", operated="no", treated_abroad="unmentioned",
                notes="Referral 'voor behandeling' without any question or second-opinion request (referral_question=false). Date in words ('Castricum, 3 december 2026'); lab enclosure date 17-11-2026 is another document's date. No history section with recent treatments, so not a history document.")


# --------------------------------------------------------------------------- 025
def tv025():
    d = Pdf("Sans", 9.5)
    d.letterhead(["Tjongerschans", "Orthopedie en Traumatologie"], ["Thialfweg 44, 8441 PW  Heerenveen",
                 "Polikliniek orthopedie 0513 68 50 00"], logo="TS", logo_color="#1b5e20")
    d.address(CLINIC_NL, left_indent=85 * mm)
    d.kv([["Datum", "26-11-2026"], ["Ons kenmerk", "ORT/BS/2026-3312"],
          ["Betreft", "mw. G. Hoekstra-Dijkstra, geb. 07-03-1963, Oranjewoud"],
          ["Onderwerp", "Verwijzing voor second opinion"]], widths=(30 * mm, 130 * mm))
    d.sp(2)
    d.p("Geachte collega,")
    d.p("Graag verwijs ik u bovengenoemde patiënte voor een second opinion. Patiënte is 63 jaar, rechtshandig, werkzaam als "
        "verpleegkundige in deeltijd. Zij is bij mij sinds 2025 onder behandeling voor progressieve pijn in de rechterpols "
        "op basis van een SLAC-pols (scapholunate advanced collapse) stadium II, vermoedelijk na een oud scafolunair letsel "
        "bij een val in 2014 dat destijds niet is behandeld.")
    d.h("Vraagstelling")
    d.p("Is er bij deze patiënte, bij wie de denervatie onvoldoende effect heeft gehad, een indicatie voor een proximale rij "
        "carpectomie of is een 4-corner fusie te verkiezen? Patiënte wil graag een tweede mening voordat zij een besluit neemt.")
    d.h("Voorgeschiedenis")
    d.p("Hypertensie, artrose knie links (TKP links 2021), hysterectomie 2010. Geen diabetes. Zij verblijft sinds twee jaar "
        "in de wintermaanden enkele weken in Spanje; daar is zij nooit medisch behandeld of opgenomen.")
    d.h("Recente behandelingen")
    d.table([["Datum", "Behandeling", "Waar"],
             ["04-2025", "Polsbrace, NSAID", "poli orthopedie Tjongerschans"],
             ["09-2025", "Intra-articulaire injectie radiocarpaal (Kenacort 40 mg)", "poli orthopedie Tjongerschans"],
             ["12-05-2026", "Totale denervatie pols rechts (Wilhelm)", "OK Tjongerschans, operateur dr. B.H. Sikkema"],
             ["06-2026 – 09-2026", "Handtherapie", "Fysiotherapie De Tjonger, Heerenveen"],
             ["14-10-2026", "MRI pols rechts", "radiologie Tjongerschans"]], widths=(30 * mm, 85 * mm, 50 * mm))
    d.sp(2)
    d.h("Huidige situatie")
    d.p("Na de denervatie aanvankelijk duidelijke verbetering, maar sinds augustus weer pijn (NRS 7 bij belasting), "
        "krachtsverlies en nachtelijke pijn. Extensie 35°, flexie 40°. Knijpkracht 14 kg rechts, 24 kg links. De MRI van "
        "14-10-2026 toont artrose radioscafoïdaal met gespaard capitolunair gewricht en geen avasculaire necrose. Ik heb "
        "beide reconstructieve opties met patiënte besproken; zij twijfelt vanwege haar werk en wil graag de mening van "
        "een gespecialiseerd handcentrum.")
    d.h("Medicatie")
    d.p("Amlodipine 5 mg 1dd, paracetamol 1 g 3dd, naproxen 250 mg zo nodig.")
    d.h("Allergieën")
    d.p("Pleister (huidirritatie).")
    d.p("Ik zie uw bevindingen graag tegemoet en ben uiteraard bereid patiënte verder te behandelen als u een van beide "
        "ingrepen adviseert.")
    d.p("Met vriendelijke groet,")
    d.sp(6)
    d.p("dr. B.H. Sikkema\northopedisch chirurg, aandachtsgebied hand en pols")
    d.p("Bijlagen: operatieverslag d.d. 12-05-2026; MRI-verslag d.d. 14-10-2026; röntgenfoto's en MRI op cd\n"
        "cc: huisarts mw. T. de Boer, Oranjewoud; patiënte", "small")
    later = [(20, 12, "Verwijzing second opinion – mw. G. Hoekstra-Dijkstra, 07-03-1963 – Orthopedie Tjongerschans", 8, True)]
    d.build(out("tv-025", "pdf"), later=later, margins=(20, 20, 22, 22),
            footer="Tjongerschans · ORT/BS/2026-3312 · pagina {page} van {pages}")
    write_label("tv-025", kinds=["referral", "history", "correspondence"], date="2026-11-26", author="specialist",
                language="nl", style="specialist's referral letter for second opinion, treatment table, running header on page 2",
                referral_question=True, imaging_done="yes", operated="yes", treated_abroad="no",
                notes="Referral from a treating specialist (orthopaedic surgeon), with its own Voorgeschiedenis and a 'Recente behandelingen' table = referral + history; as a letter from the treating specialist it is also correspondence. Enclosures (operation report, MRI report, CD) are only mentioned. Winter stays in Spain explicitly without treatment = treated_abroad no. TKP knee and hysterectomy are other body parts; the wrist denervation counts as operated.")


if __name__ == "__main__":
    for f in [tv014, tv015, tv016, tv017, tv018, tv019, tv020, tv021, tv022, tv023, tv024, tv025]:
        f()
    print("pdf_b done")
