"""Documents tn-033 .. tn-048."""
from lib import L


def tn_033():
    blocks = [
        ("lh", dict(name="Isala", sub="Orthopedie & Traumatologie - Handteam", logo="IS",
                    lines=["Dokter van Heesweg 2", "8025 AB Zwolle", "038-4245000"])),
        ("cols", "HandKliniek Noord\nt.a.v. dr. M. Kuipers, handchirurg\nHoofdstraat 80\n9801 BR Zuidhorn",
                 "Zwolle, 17 augustus 2026\nKenmerk: ORT/HT/22871\nUw kenmerk: -"),
        ("p", "Betreft: dhr. Gerrit-Jan Lubbers, geb. 05-05-1990, Dalfsen\nVerwijzing voor second opinion / collegiaal consult"),
        ("p", "Waarde collega Kuipers, beste Marieke,"),
        ("p", "Ik verwijs je graag deze 36-jarige loodgieter, die ik op 14 december 2025 heb geopereerd voor een "
              "scafoïd-pseudartrose rechts: open repositie, corticospongieuze bot-graft uit de crista iliaca en "
              "fixatie met een Herbert-schroef. De CT van 20 juli 2026 laat helaas een persisterende pseudartrose "
              "zien met resorptie rond de schroef; de proximale pool lijkt sclerotisch."),
        ("p", "Mijn vraag aan jou: zou jij nog een gevasculariseerde graft (1,2 ICSRA of MFC-flap) proberen, of is "
              "een salvage-ingreep (4-corner fusie / PRC) op deze leeftijd verstandiger? Patiënt en ik willen graag "
              "jouw visie voordat we een keuze maken."),
        ("p", "Voorgeschiedenis: blanco. Roker (10/dag). Werkzaam, momenteel in de ziektewet."),
        ("p", "Met collegiale groet,\n\ndr. H.A. Wolters-Brink\northopedisch chirurg, handteam Isala"),
        ("small", "Bijlagen: operatieverslag 14-12-2025, CT-verslag 20-07-2026, cd-rom\ncc: huisarts B. Kamphuis, Dalfsen; patiënt"),
    ]
    label = L(["referral", "correspondence"], "2026-08-17", "specialist", "nl",
              "specialist-to-specialist referral letter (Word)",
              "yes", "yes", "unmentioned",
              "Referral written by a treating specialist, so also correspondence; informal salutation; several "
              "procedures named only as options (ICSRA, 4-corner fusion) next to the real past operation; "
              "enclosures only mentioned.", rq=True)
    return dict(fmt="docx", blocks=blocks, opts=dict(pagefmt="Pagina {x} van {y}", footer="Isala - Zwolle"), label=label)


def tn_034():
    text = """Van: dr. Lieve Goossens <praktijk.goossens@huisartsen-berchem.be>
Aan: intake@handkliniek-noord.nl
Cc: jens.peeters76@telenet.be
Verzonden: donderdag 24 september 2026 11:03
Onderwerp: Verwijzing - Peeters Jens °12/06/1976 - vraag naar tweede advies

Geachte collega,

Ik verwijs u graag dhr. Jens Peeters (° 12/06/1976, Driekoningenstraat 41, 2600 Berchem), die
binnenkort in Groningen gaat werken en u om een tweede advies vraagt.

Ziektegeschiedenis:
Op 3 mei jl. werd hij gezien op de spoedgevallendienst van ZNA Middelheim na een val met de
mountainbike. RX toonde een avulsie aan de basis van de middenfalanx dig. IV rechts. Hij kreeg een
spalk en werd opgevolgd op de raadpleging handchirurgie. Er werd geen heelkundige ingreep gedaan.
Nu, vier maanden later, een flexiecontractuur van het PIP-gewricht van 30° en zwelling.

Vraagstelling: is er nog een plaats voor chirurgie (bv. artrolyse) of blijft kinesitherapie
aangewezen?

Medicatie: geen. Allergie: geen gekend. Voorgeschiedenis: knie-arthroscopie 2010 (menisectomie).

Verslag RX en brief van de raadpleging volgen via de patiënt.

Met collegiale groeten,

Dr. Lieve Goossens
Huisarts - Groepspraktijk Berchem
Grotesteenweg 150, 2600 Berchem - tel. +32 3 555 44 12
RIZIV 1-77421-33-004
"""
    label = L(["referral"], "2026-09-24", "gp", "nl", "Flemish GP referral by e-mail",
              "yes", "no", "yes",
              "Flemish (° birth date, spoedgevallendienst, raadpleging, kinesitherapie, 'gekend'); Belgian ED -> "
              "abroad yes; 'geen heelkundige ingreep'; knee arthroscopy other body part; 'tweede advies' instead "
              "of 'second opinion'.", rq=True)
    return dict(fmt="txt", text=text, crlf=True, label=label)


def tn_035():
    blocks = [
        ("lh", dict(name="Oxford University Hospitals NHS Foundation Trust", sub="Microbiology Laboratory - John Radcliffe Hospital",
                    logo="OUH", lines=["Headley Way, Headington", "Oxford OX3 9DU", "Lab enquiries 01865 220 000"])),
        ("h", "MICROBIOLOGY REPORT - FINAL"),
        ("kv2", [("Name", "VISSER, Johanna E"), ("DOB", "30/07/1959"), ("Hosp No", "OX5521906"), ("Location", "Ward 7E Trauma")],
                [("Lab No", "M26.4417201"), ("Collected", "04/03/2026 07:20"), ("Received", "04/03/2026 10:02"),
                 ("Reported", "06/03/2026 15:31")]),
        ("kv", [("Requested by", "Dr T. Adeyemi (Orthopaedics)"), ("Test", "MRSA screen (admission)"),
                ("Clinical details", "Admitted with left wrist fracture following fall from horse; Dutch visitor")]),
        ("table", [["Specimen", "Site", "Result"],
                   ["Swab", "Nose", "MRSA NOT isolated"],
                   ["Swab", "Groin", "MRSA NOT isolated"],
                   ["Swab", "Wrist wound", "Meticillin-sensitive S. aureus (MSSA) isolated"]]),
        ("p", "Comment: MSSA is not MRSA. No isolation precautions required for MRSA."),
        ("p", "Authorised by: Dr R. Cavendish, Consultant Microbiologist"),
    ]
    label = L(["mrsa-screening"], "2026-03-06", "lab", "en", "UK microbiology report, two-column header grid",
              "unmentioned", "unmentioned", "yes",
              "MRSA screen done during admission in Oxford -> abroad yes; MSSA isolated (not MRSA) is a trap; "
              "collected vs reported dates; 'fracture' without treatment detail.", also=["2026-03-04"])
    return dict(fmt="pdf", blocks=blocks, opts=dict(pagefmt="Page {x} of {y}", footer="OUH Pathology - CONFIDENTIAL"), label=label)


def tn_036():
    blocks = [
        ("lh", dict(name="Kantonsspital Graubünden", sub="Departement Chirurgie - Handchirurgie", logo="KSGR",
                    lines=["Loëstrasse 170", "7000 Chur", "Tel. +41 81 256 61 11"])),
        ("h", "Operationsbericht"),
        ("kv2", [("Name", "Kuijpers"), ("Vorname", "Bas"), ("Geb.-Datum", "14.02.1996"), ("PID", "3389120")],
                [("Datum", "27.12.2025"), ("Operateur", "Dr. med. R. Caflisch, Leitender Arzt"),
                 ("Assistenz", "Dr. med. L. Maissen"), ("Anästhesie", "i.v. Regionalanästhesie (Bier)")]),
        ("kv", [("Indikation", "Strecksehnenverletzung Zone VI Dig. III und IV links durch Schnittverletzung "
                 "(Skikante) am 26.12.2025"),
                ("Eingriff", "Wundrevision, Naht der Extensor-digitorum-Sehnen Dig. III und IV (Kessler 4-0 + "
                 "fortlaufende Epitendinnaht 6-0)")]),
        ("h2", "Vorgehen"),
        ("p", "Desinfektion und steriles Abdecken. Wundverlängerung nach proximal und distal. Darstellung der "
              "vollständig durchtrennten EDC-Sehnen III und IV. Keine Gelenkbeteiligung. Adaptation der "
              "Sehnenstümpfe in Kessler-Technik, epitendinöse Naht. Stabile Sehnennaht bei passiver "
              "Faustschlussbewegung. Spülung. Hautnaht Prolene 5-0. Palmare Schiene in Intrinsic-plus-Stellung."),
        ("h2", "Nachbehandlung"),
        ("p", "Ruhigstellung 4 Wochen, Handtherapie nach Protokoll (in den Niederlanden). Fäden ex nach 12-14 Tagen."),
        ("p", "Chur, 27.12.2025    Dr. med. R. Caflisch"),
    ]
    label = L(["operation-report"], "2025-12-27", "specialist", "de", "Swiss Operationsbericht, two-column form",
              "unmentioned", "yes", "yes",
              "Swiss hospital operated on a Dutch skier -> abroad yes; surname 'Kuijpers'; no imaging mentioned; "
              "injury date 26.12 vs operation date 27.12; form without salutation.")
    return dict(fmt="pdf", blocks=blocks, opts=dict(font="Helvetica"), label=label)


def tn_037():
    blocks = [
        ("lh", dict(name="FysioFit Amsterdam-Zuid", sub="Physiotherapy & Hand Rehabilitation", logo="FF",
                    lines=["Beethovenstraat 112", "1077 JN Amsterdam", "020-555 3910", "KvK 61234567"])),
        ("p", "To: Mr F. Castellanos, orthopaedic surgeon, OLVG West, Amsterdam\ncc: GP practice De Pijp, Dr A. Hoekman"),
        ("p", "Amsterdam, 29 June 2026"),
        ("p", "Re: Ms Olivia Brandt-Lindqvist, date of birth 17-11-1983"),
        ("p", "Dear Mr Castellanos,"),
        ("p", "As requested, a short update on our mutual client, whom we have treated since 3 March for lateral "
              "elbow and wrist extensor pain (right). Because her Dutch is limited we write in English."),
        ("p", "Progress: grip strength improved from 14 to 23 kg (left 31 kg). PRTEE from 61 to 38. She still has "
              "pain after long days at the laptop. The wrist operation you suggested in April has not been "
              "scheduled; she would like to postpone any surgery and asks whether a hand-surgery second opinion "
              "would be useful. She recovered well from her knee arthroscopy (2024) and runs again."),
        ("p", "Our advice: continue the eccentric loading programme for 6 more weeks. We will report again in August."),
        ("p", "Kind regards,\n\nDaan Hofstede, MSc\nPhysiotherapist / hand therapist (BIG 19912345604)"),
    ]
    label = L([], "2026-06-29", "other", "en", "physiotherapy progress letter in English from a Dutch practice",
              "unmentioned", "unmentioned", "unmentioned",
              "Physiotherapy letter (no kind); wrist operation only suggested and not scheduled; knee arthroscopy "
              "other body part; Dutch practice writing in English; patient's question about a second opinion is "
              "not a referral.")
    return dict(fmt="docx", blocks=blocks, opts=dict(docx_font="Verdana"), label=label)


def tn_038():
    text = """*** PACS / RIS verslagexport ***   systeem: Sectra RIS   export 05-06-2026 14:12
Instelling: Gelre ziekenhuizen Apeldoorn - Radiologie
----------------------------------------------------------------
Patientnaam  : SNIJDERS, Rosalie
Geboortedatum: 13-01-2004
Patientnr    : 1043877
Onderzoek    : X-HAND LINKS + SCAFOIDSERIE (XHANDL)
Onderzoeksdatum: 05-06-2026 10:48
Aanvrager    : SEH-arts drs. P. Nooitgedagt (Spoedeisende Hulp)
Status       : DEFINITIEF
----------------------------------------------------------------
Klin. gegevens: val op hand tijdens handbal, drukpijn tabatiere. ?fractuur

Verslag:
Geen fractuur aantoonbaar, ook niet op de scafoidopnamen. Normale
carpale uitlijning. Weke delen zwelling dorsaal. Epifysairschijven
gesloten. Geen osteosynthesemateriaal.
Bij persisterende klinische verdenking: herhaling over 10-14 dagen
of MRI overwegen.

Conclusie: geen fractuur.

Radioloog: dr. W.J. van Operen
----------------------------------------------------------------
"""
    label = L(["imaging-report"], "2026-06-05", "radiologist", "nl", "RIS plain-text export, CRLF",
              "yes", "unmentioned", "unmentioned",
              "Patient surname 'Snijders' and requester 'Nooitgedagt', radiologist 'van Operen' (surgery-like names); "
              "'geen osteosynthesemateriaal' is not an operation statement; MRI only suggested; no letter prose.")
    return dict(fmt="txt", text=text, crlf=True, label=label)


def tn_039():
    blocks = [
        ("lh", dict(name="Lee Health - Gulf Coast Medical Center", sub="Department of Emergency Medicine / Orthopedics",
                    logo="LEE", lines=["13681 Doctors Way", "Fort Myers, FL 33912", "(239) 555-0100"])),
        ("h", "Discharge Summary"),
        ("kv", [("Patient", "Van Rijswijk, Noor"), ("DOB", "08/21/2010"), ("MRN", "LH88120076"),
                ("Admit date", "04/02/2026"), ("Discharge date", "04/03/2026"), ("Attending", "Jason M. Whitfield, MD"),
                ("Date of service", "April 3, 2026")]),
        ("h2", "Diagnoses"),
        ("p", "1. Displaced distal radius and ulna shaft fractures, left forearm (pediatric, age 15).\n"
              "2. Observation overnight for swelling / compartment checks."),
        ("h2", "Hospital course"),
        ("p", "15-year-old Dutch tourist who fell from a rental scooter in Cape Coral. X-rays showed displaced "
              "fractures. Under procedural sedation in the ED a closed reduction was performed and a sugar-tong "
              "splint applied. Post-reduction films acceptable. She did not require operative fixation. "
              "Compartments soft overnight."),
        ("h2", "Discharge instructions"),
        ("p", "Elevate, ice. Ibuprofen 400 mg q6h prn. Follow up with an orthopedic surgeon in the Netherlands "
              "within 7 days for repeat X-rays and conversion to a cast. Family given CD of images."),
        ("p", "Electronically signed by Jason M. Whitfield, MD on 04/03/2026 at 11:52 AM"),
    ]
    label = L(["correspondence"], "2026-04-03", "specialist", "en",
              "US discharge summary (DOCX converted by LibreOffice), MM/DD dates",
              "yes", "no", "yes",
              "US hospital; closed reduction under sedation is not an operation ('did not require operative "
              "fixation'); MM/DD (04/02 = 2 April); minor patient; X-rays planned in NL as well.")
    return dict(fmt="soffice", blocks=blocks, opts=dict(pagefmt="Page {x} of {y}"), label=label)


def tn_040():
    blocks = [
        ("lh", dict(name="GlobalCare Expat Health Insurance", sub="Claims Department - Member Services", logo="GCE",
                    lines=["P.O. Box 75021", "1070 AA Amsterdam", "claims@globalcare-expat.example"])),
        ("h", "Pre-authorisation request - second medical opinion"),
        ("p", "Section A - to be completed by the member"),
        ("kv", [("Member name", "Eliza Kowalczyk-Bos"), ("Date of birth", "22/01/1990"), ("Policy number", "GCE-4471-0098"),
                ("Country of residence", "Netherlands (since 2024)")]),
        ("p", "Section B - treatment details"),
        ("table", [["Question", "Answer"],
                   ["Condition", "painful clicking right wrist (ulnar side)"],
                   ["Were you hospitalised in the last 12 months?", "[ ] yes   [X] no"],
                   ["Were you treated outside your country of residence?", "[ ] yes   [X] no"],
                   ["Has surgery been performed for this condition?", "[ ] yes   [X] no"],
                   ["Has imaging (X-ray/MRI/ultrasound) been done?", "[X] yes   [ ] no   - ultrasound, Spaarne Gasthuis"],
                   ["Second opinion provider", "HandKliniek Noord, Zuidhorn"]]),
        ("p", "Section C - declaration\nI declare that the information above is complete and correct."),
        ("kv", [("Signature", "E. Kowalczyk-Bos"), ("Date", "03/11/2026")]),
        ("small", "Please attach the referral letter from your GP. Without a referral the second opinion is not reimbursed."),
    ]
    label = L([], "2026-11-03", "patient", "en", "insurance pre-authorisation form with checkboxes",
              "yes", "no", "no",
              "Insurance form (no kind); facts given as ticked checkboxes '[X] no' next to 'surgery' and 'outside "
              "your country'; imaging yes via checkbox; referral only requested.")
    return dict(fmt="docx", blocks=blocks, opts=dict(pagefmt="Page {x} of {y}", footer="Form GC-SO-03 (rev. 2026)"), label=label)


def tn_041():
    blocks = [
        ("lh", dict(name="Gemeinschaftspraxis Dr. med. H. Terhorst & Dr. med. A. Willemsen", sub="Fachärzte für Allgemeinmedizin",
                    logo="GP", lines=["Große Straße 18", "47533 Kleve", "Tel. +49 2821 555 37"])),
        ("p", "An die\nHandKliniek Noord\nHoofdstraat 80\nNL-9801 BR Zuidhorn"),
        ("p", "Kleve, den 9. Oktober 2026"),
        ("h2", "Überweisung zur Zweitmeinung (grenzüberschreitend)"),
        ("kv", [("Patientin", "Frau Gerda Hendriks-Wolters"), ("geb.", "11.11.1963"),
                ("Versicherung", "AOK Rheinland/Hamburg (Grenzgängerin, Wohnsitz Millingen a/d Rijn)")]),
        ("p", "Sehr geehrte Kolleginnen und Kollegen,"),
        ("p", "ich überweise Ihnen Frau Hendriks-Wolters mit der Bitte um eine Zweitmeinung. Sie leidet seit "
              "Frühjahr an einer schmerzhaften Schwellung des rechten Handgelenks streckseitig. Ambulante "
              "Abklärung im Marienhospital Emmerich (Handsprechstunde): Sonographie vom 14.07.2026 mit "
              "Tenosynovitis des 4. Strecksehnenfachs. Dort wurde eine Synovektomie empfohlen."),
        ("p", "Fragestellung: Besteht eine Indikation zur operativen Synovektomie, oder sollte zunächst eine "
              "rheumatologische Abklärung erfolgen? Die Patientin ist bisher an der Hand nicht operiert."),
        ("p", "Vorerkrankungen: Psoriasis seit 2012. Z.n. Hysterektomie 2015. Dauermedikation: keine."),
        ("p", "Mit freundlichen kollegialen Grüßen\n\nDr. med. A. Willemsen"),
        ("small", "Anlage: Sonographiebefund Marienhospital Emmerich"),
    ]
    label = L(["referral"], "2026-10-09", "gp", "de", "German GP cross-border referral (Word)",
              "yes", "no", "yes",
              "German GP refers a cross-border worker living in the Netherlands; outpatient work-up in a German "
              "hospital (Marienhospital Emmerich) -> abroad yes; synovectomy only recommended; hysterectomy other "
              "body part; 'bisher nicht operiert'.", rq=True)
    return dict(fmt="docx", blocks=blocks, opts=dict(docx_font="Arial"), label=label)


def tn_042():
    text = """Van: huisartsenpraktijk Wierden <info@hapwierden.nl>
Datum: 13-10-2026 17:58
Aan: handkliniek noord intake
Onderwerp: verwijsbreif mw Hulshof

Beste collega's

Hierbij de verwijsbreif voor mw. Gerdien Hulshof, geb 30-4-1955, Wierden.

Reden: sinds de zomer pijnlijke verdikking van de duimmuis li. en 'vastzitten' van de duim bij het
melken (melkveehouderij). Ik denk aan een tendovaginitis of begindende artrose van het CMC-1 (duimbasis, 'zadelgewricht').
Er is nog gen foto gemaakt, ook geen echo, dit laat ik graag aan jullie over.

Ze is nooit aan de hand geopreerd. Wel in 2019 een nieuwe heup gekregen (ZGT Almelo).

Vraagstelling: diagnose? en wat is het beste behandelplan? Patiënte heeft zelf om een second opinion
gevraagd omdat zij in ZGT 'alleen een spuitje' kreeg.

Medicatie: ascal 80, simvastatine 40. Allergieën: geen.

mvg,
dokter A.J. Wolterink
huisarts

--
Deze e-mail is verzonden via beveiligde mail (Zorgmail). Vertrouwelijk.
"""
    label = L(["referral"], "2026-10-13", "gp", "nl", "GP referral e-mail with typos (Zorgmail)",
              "no", "no", "unmentioned",
              "Typos: 'verwijsbreif', 'gen foto', 'geopreerd', 'begindende'; hip replacement other body part; "
              "birth date without leading zero '30-4-1955'; 'spuitje' (injection) in ZGT is not surgery; informal "
              "e-mail form.", rq=True)
    return dict(fmt="txt", text=text, encoding="cp1252", label=label)


def tn_043():
    head = dict(name="Florence-Nightingale-Krankenhaus", sub="Klinik für Hand- und Fußchirurgie, Plastische Chirurgie",
                logo="FNK", lines=["Kreuzbergstraße 79", "40489 Düsseldorf-Kaiserswerth", "Tel. +49 211 409-0"])
    brief = [
        ("lh", head),
        ("cols", "Herrn\nDr. med. P. de Vries (huisarts)\nMarktstraat 2\nNL-7101 DD Winterswijk",
                 "Düsseldorf, 16.04.2026\nAufenthalt 13.04.-15.04.2026"),
        ("h", "Entlassungsbrief"),
        ("p", "Patient: Herr Thijs Nijenhuis, geb. 01.12.1977"),
        ("p", "Diagnosen: Kahnbeinfraktur rechts (Herbert B2) nach Sturz bei Messebesuch am 12.04.2026."),
        ("p", "Therapie: 13.04.2026 perkutane Schraubenosteosynthese (siehe OP-Bericht). Verlauf komplikationslos. "
              "Procedere: Unterarmgips 6 Wochen, CT-Kontrolle in 6 Wochen in den Niederlanden empfohlen."),
        ("p", "Mit freundlichen Grüßen\nDr. med. C. Overbeck, Oberärztin"),
    ]
    op = [
        ("lh", head),
        ("h", "OP-Bericht"),
        ("kv", [("Patient", "Nijenhuis, Thijs, 01.12.1977"), ("OP-Datum", "13.04.2026"),
                ("Operateur", "Dr. med. C. Overbeck"), ("Assistenz", "J. Lindemann"),
                ("Diagnose", "Kahnbeinfraktur re., mittleres Drittel"),
                ("Eingriff", "Perkutane Schraubenosteosynthese (kanülierte Doppelgewindeschraube 22 mm), palmar")]),
        ("p", "Unter Bildwandlerkontrolle Einbringen des Führungsdrahtes über das STT-Gelenk entlang der "
              "Kahnbeinachse. Überbohren, Einbringen der Schraube. Kompression gut. Hautnaht, Gipsschiene."),
    ]
    rx = [
        ("lh", dict(head, sub="Institut für Radiologie")),
        ("kv", [("Patient", "Nijenhuis, Thijs, 01.12.1977"), ("Untersuchung", "Röntgen Handgelenk rechts + Kahnbeinquartett"),
                ("Datum", "12.04.2026"), ("Anforderung", "Zentrale Notaufnahme")]),
        ("p", "Befund: Nicht dislozierte Querfraktur im mittleren Drittel des Os scaphoideum. Übrige Handwurzel regelrecht."),
        ("p", "Beurteilung: Kahnbeinfraktur (mittleres Drittel), nicht disloziert.\nDr. med. S. Yilmaz, Radiologie"),
    ]
    parts = [dict(blocks=brief, opts=dict(), label=dict(kinds=["correspondence"], date="2026-04-16", author="specialist")),
             dict(blocks=op, opts=dict(), label=dict(kinds=["operation-report"], date="2026-04-13", author="specialist")),
             dict(blocks=rx, opts=dict(), label=dict(kinds=["imaging-report"], date="2026-04-12", author="radiologist"))]
    label = L(["correspondence", "operation-report", "imaging-report"], None, "specialist", "de",
              "merged PDF from a German hospital: Entlassungsbrief + OP-Bericht + Röntgenbefund",
              "yes", "yes", "yes",
              "Merged file, three German documents on one letterhead; Dutch patient admitted in Düsseldorf during "
              "a trade fair -> abroad yes; CT only recommended; top-level date omitted.")
    return dict(fmt="merged", parts=parts, label=label)


def tn_044():
    blocks = [
        ("lh", dict(name="HandKliniek Noord", sub="Patient information leaflet", logo="HKN",
                    lines=["Hoofdstraat 80", "9801 BR Zuidhorn", "www.handkliniek-noord.nl"])),
        ("h", "Your hand or wrist operation: what to expect"),
        ("p", "This leaflet is for patients who are scheduled for an operation on the hand or wrist. Your surgeon "
              "will explain which operation (for example a carpal tunnel release, trigger finger release or "
              "Dupuytren fasciectomy) is planned for you."),
        ("h2", "Before the operation"),
        ("p", "- Bring all letters from other hospitals, your operation reports and imaging reports (X-ray, "
              "ultrasound, MRI).\n- If you have been admitted to a hospital abroad in the last two months, your GP "
              "must arrange an MRSA screening before your operation.\n- Stop smoking if you can."),
        ("h2", "On the day"),
        ("p", "Most operations are done under local anaesthetic (WALANT) and you can go home the same day."),
        ("h2", "After the operation"),
        ("table", [["When", "What"], ["Day 1-3", "Keep the hand elevated"], ["Day 10-14", "Stitches removed by practice nurse"],
                   ["Week 2-6", "Hand therapy if needed"]]),
        ("small", "Leaflet PIL-HKN-07, version 4, March 2026. This leaflet is general information and not about you personally."),
    ]
    label = L([], None, "other", "en", "patient information leaflet (no patient)",
              "unmentioned", "unmentioned", "unmentioned",
              "Generic leaflet full of keywords (operation reports, MRSA, hospital abroad, imaging) but about "
              "no patient; only a version month 'March 2026', no day -> date omitted.")
    return dict(fmt="pdf", blocks=blocks, opts=dict(pagefmt="{x}"), label=label)


def tn_045():
    blocks = [
        ("lh", dict(name="Hampstead Group Practice", sub="EMIS Web - Patient Summary", logo="HGP",
                    lines=["75 Fleet Road", "London NW3 2QU", "020 7555 6464"])),
        ("kv", [("Printed", "03-Nov-2026 09:14 by Dr S. Adebayo"), ("Patient", "Mr Willem (Wim) TER HAAR"),
                ("DOB", "19-Jun-1958"), ("NHS Number", "401 223 8890"), ("Usual GP", "Dr S. Adebayo")]),
        ("h2", "Active problems"),
        ("table", [["Date", "Problem"], ["Apr 2022", "Dupuytren's contracture - right hand"],
                   ["Jan 2014", "Type 2 diabetes mellitus"], ["Sep 2019", "Essential hypertension"]]),
        ("h2", "Past problems"),
        ("table", [["Date", "Problem"],
                   ["11-Feb-2023", "Fasciectomy of palm - right ring & little finger (Royal Free Hospital)"],
                   ["2010", "Inguinal hernia repair - left"],
                   ["Nov-2024", "Recurrence Dupuytren's right little finger, PIP 50 degrees"]]),
        ("h2", "Recent consultations"),
        ("p", "12-Aug-2026 Dr Adebayo: recurrent contracture; patient returning to the Netherlands Dec 2026 and wishes "
              "to be seen by a Dutch hand surgeon. Ultrasound not indicated. Discussed collagenase vs revision "
              "surgery; no decision.\n"
              "29-Sep-2026 Practice nurse: HbA1c 52, BP 134/80."),
        ("h2", "Current medication"),
        ("p", "Metformin 1 g BD; Ramipril 5 mg OD; Atorvastatin 20 mg ON."),
        ("h2", "Allergies"),
        ("p", "No known drug allergies."),
    ]
    label = L(["history"], "2026-11-03", "gp", "en", "UK EMIS patient summary printout, tables",
              "unmentioned", "yes", "yes",
              "History printout; fasciectomy at the Royal Free (London) -> operated yes and abroad yes (from the "
              "Dutch clinic's point of view the UK is abroad); hernia repair other body part; revision surgery only "
              "discussed; 'Ultrasound not indicated' is not a statement that imaging was never done; dates as "
              "03-Nov-2026.")
    return dict(fmt="docx", blocks=blocks, opts=dict(footer="Printed from EMIS Web - CONFIDENTIAL", pagefmt="Page {x} of {y}"), label=label)


def tn_046():
    text = """Von: Anouk Brinkman <a.brinkman@bluewin.ch>
An: info@handkliniek-noord.nl
Datum: Mi, 19. Aug. 2026 um 22:10
Betreff: Zweitmeinung Daumen links - Anfrage

Grüezi / Goedendag,

entschuldigen Sie, dass ich auf Deutsch schreibe, mein Niederländisch ist nach 20 Jahren in Basel
etwas eingerostet. Ich bin Niederländerin (geb. 3. Oktober 1970) und komme im Herbst zurück nach
Leeuwarden.

Im März 2026 wurde ich im Universitätsspital Basel am linken Daumen operiert (Resektions-
Suspensions-Arthroplastik wegen Rhizarthrose). Vorher gab es Röntgen und ein MRI. Seit der
Operation habe ich mehr Schmerzen als vorher und der Daumen ist kraftlos. Der Operateur meint,
das brauche Zeit. Meine Schwester wurde bei Ihnen 2022 an der Hand operiert und war sehr zufrieden.

Könnte ich bei Ihnen eine Zweitmeinung bekommen? Welche Unterlagen brauchen Sie? Braucht es eine
Überweisung von einem Hausarzt in den Niederlanden?

Freundliche Grüsse
Anouk Brinkman
+41 79 555 18 22
"""
    label = L([], "2026-08-19", "patient", "de", "patient e-mail in Swiss German style",
              "yes", "yes", "yes",
              "Patient's own request (not a referral); Swiss spelling (Grüsse, MRI); operated at Universitätsspital "
              "Basel -> abroad yes; sister's operation (family); date in German e-mail header 'Mi, 19. Aug. 2026'; "
              "hyphenated line break 'Resektions-/Suspensions'.")
    return dict(fmt="txt", text=text, label=label)


def tn_047():
    blocks = [
        ("lh", dict(name="Ziekenhuis Gelderse Vallei", sub="Neurologie - Klinische Neurofysiologie", logo="ZGV",
                    lines=["Willy Brandtlaan 10", "6716 RP Ede", "0318-434343"])),
        ("cols", "Aan de weledelgeleerde\nmevrouw A. van Dam, huisarts\nBergstraat 3\n6711 AA Ede",
                 "Datum: 25-08-2026\nPolidatum: 21-08-2026\nKenmerk: NEU-22091"),
        ("p", "Inzake: mevrouw Hanneke Bosch-Dijkhuizen, geboren 6 juni 1966"),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënte bezocht onze polikliniek wegens tintelingen in beide handen, rechts meer dan links, "
              "vooral 's nachts. Zij werkt als kapster."),
        ("p", "Neurologisch onderzoek: Tinel en Phalen rechts positief, geen atrofie van de thenar, sensibiliteit "
              "dig. I-III rechts verminderd."),
        ("p", "EMG (21-08-2026): matig ernstig carpaletunnelsyndroom rechts, licht links. Geen aanwijzingen voor "
              "een cervicale radiculopathie of polyneuropathie. Aanvullende beeldvorming is niet verricht en "
              "achten wij niet nodig."),
        ("p", "Conclusie: CTS rechts > links.\nBeleid: nachtspalk; bij onvoldoende effect adviseren wij een "
              "carpaletunnelrelease rechts. Patiënte wil dit graag in een gespecialiseerde handkliniek laten doen "
              "en vraagt u om een verwijzing."),
        ("p", "Met vriendelijke groet,\n\ndr. R. Scheltinga, neuroloog"),
        ("small", "cc: patiënte"),
    ]
    label = L(["correspondence"], "2026-08-25", "specialist", "nl", "neurology outpatient letter, address left / dates right",
              "no", "unmentioned", "unmentioned",
              "EMG is not imaging; 'beeldvorming is niet verricht' negation -> no; carpal tunnel release only "
              "advised; patient asks the GP for a referral (this is not one); polidatum vs letter date.")
    return dict(fmt="pdf", blocks=blocks, opts=dict(pagefmt="Pagina {x} van {y}", footer="Ziekenhuis Gelderse Vallei - Neurologie"), label=label)


def tn_048():
    blocks = [
        ("lh", dict(name="Aanvraagformulier Beeldvorming", sub="Ommelander Ziekenhuis Groningen - Radiologie (huisartsenaanvraag)",
                    logo="OZG", lines=["Ommelanderweg 1", "9679 LE Scheemda", "Fax 0597-555021"])),
        ("kv2", [("Naam patiënt", "Mulder, Klaas"), ("Geboortedatum", "02-02-1944"), ("Verzekeraar", "Menzis"),
                 ("BSN", "555012778")],
                [("Aanvragend arts", "M. Zijlstra, huisarts"), ("AGB", "01-029931"), ("Datum aanvraag", "11-09-2026"),
                 ("Handtekening", "M. Zijlstra")]),
        ("table", [["Gevraagd onderzoek", "X", "Zijde"],
                   ["X-hand", "X", "rechts"], ["X-pols", "", ""], ["Echo hand/pols", "", ""], ["X-thorax", "", ""]]),
        ("h2", "Klinische gegevens"),
        ("p", "82-jarige man, val van de trap 09-09, zwelling en hematoom MC-V rechts. Antistolling (apixaban)."),
        ("h2", "Vraagstelling"),
        ("p", "Fractuur MC-V? Zo ja graag doorverwijzing SEH i.o.m. dienstdoend chirurg."),
        ("small", "Onderzoek zonder afspraak: ma-vr 8.00-17.00. Neem dit formulier en uw ID mee."),
    ]
    label = L([], "2026-09-11", "gp", "nl", "radiology request form (checkbox table)",
              "unmentioned", "unmentioned", "unmentioned",
              "Request form: has 'Vraagstelling' and 'doorverwijzing' but is neither a referral nor an imaging "
              "report; the X-ray is only requested; fall date 09-09 vs request date.")
    return dict(fmt="pdf", blocks=blocks, opts=dict(), label=label)
