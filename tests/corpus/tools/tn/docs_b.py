"""Documents tn-017 .. tn-032."""
from lib import L


def tn_017():
    blocks = [
        ("lh", dict(name="Huisartsenpraktijk Brinkhuis", sub="Verwijzing via ZorgDomein", logo="HB",
                    lines=["Brink 22", "7411 BW Deventer", "AGB-code 01-063387"])),
        ("h", "Verwijsbrief"),
        ("table", [["Veld", "Inhoud"],
                   ["Product", "Consult handchirurgie"],
                   ["Ontvangende instelling", "HandKliniek Noord"],
                   ["Patiënt", "Derksen, Wilhelmina (Mien), 23-04-1948"],
                   ["Verzekering", "VGZ 770231458"],
                   ["Datum verwijzing", "05-10-2026"],
                   ["Urgentie", "regulier"]]),
        ("h2", "Reden van verwijzing"),
        ("p", "Graag behandeling van duimbasisartrose rechts. Patiënte wil graag geholpen worden, pijnstilling "
              "en brace helpen onvoldoende. Zij heeft gelezen dat u goede resultaten heeft."),
        ("h2", "Medicatie"),
        ("p", "Paracetamol 3dd 1 g; omeprazol 20 mg; acenocoumarol volgens trombosedienst (AF)."),
        ("h2", "Aanvullende informatie"),
        ("p", "Let op: antistolling. Geen relevante allergieën."),
        ("p", "M.J. Brinkhuis, huisarts"),
    ]
    label = L(["referral"], "2026-10-05", "gp", "nl", "ZorgDomein-style table printout, no letter prose",
              "unmentioned", "unmentioned", "unmentioned",
              "Referral 'for treatment' only, no question and no second-opinion request -> referral_question "
              "false; no history section (medication only); date only inside the table.", rq=False)
    return dict(fmt="docx", blocks=blocks, opts=dict(docx_header_table=False, pagefmt="Pagina {x} van {y}"), label=label)


def tn_018():
    text = """APOTHEEK DE GAPER - Medicatieoverzicht
Markt 3, 4331 LK Middelburg   Tel 0118-612345   AGB 06-001122
Afdrukdatum: 19 okt. 2026

Patiënt:   Dhr. L. (Lucas) Boogaard          Geboortedatum: 01-07-1961
Huisarts:  G. van Strien, Middelburg
Overgevoeligheden/contra-indicaties: Penicilline (exantheem, 1998); Nierfunctie eGFR 55 (09-2026)

Actuele medicatie
---------------------------------------------------------------------------------------------
Startdatum  Geneesmiddel                        Dosering             Voorschrijver
14-02-2019  Metoprolol succ. 47,5 mg tablet MGA  1x per dag 1        v. Strien (HA)
03-05-2022  Atorvastatine 40 mg tablet          1x per dag 1 avond   v. Strien (HA)
22-09-2026  Tramadol 50 mg capsule              max 3x per dag 1     dr. Kuijpers (orthopedie, ADRZ)
22-09-2026  Macrogol/elektrolyten sachet        z.n. 1x per dag 1    dr. Kuijpers (orthopedie, ADRZ)
30-09-2026  Diclofenac 1% gel                   3x per dag op pols   v. Strien (HA)

Gestopt in afgelopen 6 maanden
---------------------------------------------------------------------------------------------
04-04-2026  Prednisolon 30 mg (stootkuur, 5 dgn) - COPD-exacerbatie
18-08-2026  Cefuroxim 500 mg - ingenomen tijdens vakantie, voorgeschreven door huisarts vóór vertrek

Dit overzicht is met zorg samengesteld; controleer het met de patiënt.
Apotheker: mw. A. Polderman
"""
    label = L([], "2026-10-19", "other", "nl", "pharmacy medication overview, cp1252 table",
              "unmentioned", "unmentioned", "unmentioned",
              "Pharmacy overview (no kind); orthopaedic prescriber named; 'vakantie' with antibiotics prescribed "
              "by the Dutch GP before departure is not care abroad (left unmentioned: no destination, no hospital); "
              "abbreviated month 'okt.'.")
    return dict(fmt="txt", text=text, encoding="cp1252", label=label)


def tn_019():
    blocks = [
        ("lh", dict(name="Leeds Teaching Hospitals NHS Trust", sub="Chapel Allerton Hospital - Day Surgery Unit",
                    logo="LTH", lines=["Chapeltown Road", "Leeds LS7 4SA"])),
        ("h", "OPERATION NOTE"),
        ("kv2", [("Patient", "VAN DER MEULEN, Jorien"), ("DOB", "12/12/1984"), ("NHS No", "485 777 3456"),
                 ("MRN", "L2290716")],
                [("Date", "19/01/2026"), ("Theatre", "DSU 4"), ("Start", "14:05"), ("Finish", "14:40")]),
        ("kv", [("Surgeon", "Ms P. Okonkwo-Reid, Consultant Plastic Surgeon"), ("Assistant", "Dr L. Harding (ST5)"),
                ("Anaesthetic", "WALANT, 1% lidocaine with adrenaline 15 ml"),
                ("Pre-op diagnosis", "De Quervain's tenosynovitis, right wrist, failed two injections"),
                ("Procedure", "Release of first extensor compartment, right")]),
        ("h2", "Findings"),
        ("p", "Separate EPB subcompartment with tight septum. Thickened retinaculum. Superficial radial nerve branches identified and protected."),
        ("h2", "Procedure"),
        ("p", "Transverse incision 2 cm over first compartment. Blunt dissection. Dorsal release of retinaculum and "
              "septum. Tendons glided freely, no subluxation on wrist flexion. Haemostasis. 4/0 Monocryl subcuticular. "
              "Steri-strips, soft dressing."),
        ("h2", "Post-op instructions"),
        ("p", "Elevate. Remove dressing 48 h. Wound check practice nurse 10-14 days. Hand therapy referral sent. "
              "No routine follow-up. VTE: not required. Antibiotics: none."),
        ("p", "Signed: P. Okonkwo-Reid   GMC 6045881"),
    ]
    label = L(["operation-report"], "2026-01-19", "specialist", "en", "UK NHS operation note form, two-column header",
              "unmentioned", "yes", "yes",
              "Operation note form without salutation; UK hospital -> abroad yes; 'injections' are not surgery; "
              "DD/MM/YYYY.")
    return dict(fmt="pdf", blocks=blocks, opts=dict(footer="Printed from PPM+ 19/01/2026 15:02",
                pagefmt="Page {x} of {y}"), label=label)


def tn_020():
    blocks = [
        ("lh", dict(name="Huisartsenpraktijk Aan de Vaart", sub="T. Meulenbelt en E. Sijbrandij", logo="AV",
                    lines=["Vaartweg 61", "1211 JE Hilversum", "035-6210042"])),
        ("p", "HandKliniek Noord\nafdeling intake\nPostbus 2210\n9800 AE Zuidhorn"),
        ("kv", [("Datum", "1 oktober 2026"), ("Betreft", "dhr. K.L. Röntgen, geb. 07-07-1957"),
                ("Adres", "Schoutenstraat 3, Hilversum")]),
        ("p", "Geachte collega,"),
        ("p", "Graag vraag ik uw aandacht voor dhr. Röntgen, gepensioneerd pianostemmer. Sinds een half jaar "
              "heeft hij een snel groeiende, harde zwelling aan de palmaire zijde van de rechter wijsvinger, "
              "ter hoogte van de grondfalanx. Pijnloos, geen trauma. Er is nog geen röntgenfoto of echo gemaakt; "
              "ik wilde dat aan u laten."),
        ("p", "Differentiaaldiagnostisch denk ik aan een reuscelturor van de peesschede of een epidermoïdcyste. "
              "Mijn vraag is of u de zwelling wilt beoordelen en zo nodig wilt verwijderen; patiënt wil hiervoor "
              "nadrukkelijk naar uw kliniek omdat zijn broer eerder bij u werd geopereerd aan een Dupuytren."),
        ("p", "Voorgeschiedenis: TURP 2018, cataract-OK beiderzijds 2021. Geen antistolling."),
        ("p", "Met vriendelijke groeten,\n\nE. Sijbrandij, huisarts"),
        ("small", "cc: dhr. K.L. Röntgen"),
    ]
    label = L(["referral"], "2026-10-01", "gp", "nl", "GP referral letter with label/value block",
              "no", "unmentioned", "unmentioned",
              "Patient surname 'Röntgen' (imaging keyword in a name); 'nog geen röntgenfoto of echo gemaakt' -> "
              "imaging no; brother was operated (family); TURP and cataract surgery are other body parts; question "
              "about assessment/removal present.", rq=True)
    return dict(fmt="pdf", blocks=blocks, opts=dict(), label=label)


def tn_021():
    blocks = [
        ("lh", dict(name="AUVA-Unfallkrankenhaus Salzburg", sub="Abteilung für Unfallchirurgie und Sporttraumatologie",
                    logo="UKH", lines=["Dr.-Franz-Rehrl-Platz 5", "5010 Salzburg", "Tel. +43 5 93 93-44000"])),
        ("p", "An\nHerrn Dr. J. Smulders\nHuisartsenpraktijk Berg en Dal\nNL-6571 Berg en Dal"),
        ("p", "Salzburg, am 14. Jänner 2026"),
        ("h", "Entlassungsbrief"),
        ("kv", [("Patient", "Hr. Daan Verstappen, geb. 30.10.1993"), ("Aufenthalt stationär", "08.01.2026 - 13.01.2026"),
                ("Aufnahmezahl", "2026/00477")]),
        ("h2", "Diagnosen"),
        ("p", "Perilunäre Luxation rechts (Mayfield III) nach Snowboardsturz am 07.01.2026\n"
              "Nebendiagnose: Zustand nach Kreuzbandplastik links 2018"),
        ("h2", "Therapie"),
        ("p", "08.01.2026 geschlossene Reposition in Plexusanästhesie; 09.01.2026 offene Reposition, "
              "Bandnaht SL/LT und K-Draht-Transfixation (Operateur OA Dr. Hinterberger), siehe "
              "gesonderten OP-Bericht."),
        ("h2", "Befunde"),
        ("p", "Röntgen Handgelenk re. 2 Eb. und CT: perilunäre Luxation ohne Begleitfraktur. Postoperatives "
              "Röntgen: achsengerechte Stellung, K-Drähte regelrecht."),
        ("h2", "Procedere"),
        ("p", "Gipsschiene 8 Wochen, K-Draht-Entfernung nach 8 Wochen in den Niederlanden geplant. Wir bitten um "
              "Weiterbetreuung durch einen Handchirurgen in der Heimat. MRSA-Screening bei Aufnahme nicht erfolgt."),
        ("p", "Mit freundlichen Grüßen\n\nOA Dr. K. Hinterberger            Ass. Dr. M. Pichler"),
        ("small", "Beilagen: OP-Bericht, Bilder-CD"),
    ]
    label = L(["correspondence"], "2026-01-14", "specialist", "de", "Austrian Entlassungsbrief (Word), 'Jänner'",
              "yes", "yes", "yes",
              "Austrian month name 'Jänner'; operation only summarised, full OP report 'gesondert' -> only "
              "correspondence; cruciate ligament repair is another body part; 'MRSA-Screening nicht erfolgt' is a "
              "mention, not a result; K-wire removal planned.")
    return dict(fmt="docx", blocks=blocks, opts=dict(pagefmt="Seite {x} von {y}", docx_font="Arial"), label=label)


def tn_022():
    text = """From: "Hannah Whitcombe" <hwhitcombe@protonmail.com>
To: secretariaat@handkliniek-noord.nl
Sent: Tuesday, 8 September 2026 07:55
Subject: RE: RE: documents for second opinion appointment

Hi Marloes,

Thanks for your quick reply. To answer your questions:

1) Yes, my GP in Utrecht (Dr de Groot) will send the referral this week.
2) No X-ray was ever taken. Dr de Groot examined it and said it looked like tendonitis.
3) You asked about the trip to Lisbon - I hurt my wrist there carrying a suitcase, but I only went
   to a pharmacy (farmácia) for a bandage and ibuprofen. I didn't see a doctor or go to a hospital.
4) Surgery: my hand has never been operated on. I did have my wisdom teeth out in 2019, not sure
   if that matters!

Kind regards,
Hannah Whitcombe (DOB 14 June 1995)

> On 7 Sept 2026, at 16:12, HandKliniek Noord <secretariaat@handkliniek-noord.nl> wrote:
> Dear Ms Whitcombe, before we can plan your first visit we need a referral letter, any imaging
> reports and, if you were treated in a hospital abroad, an MRSA screening via your GP.
"""
    label = L([], "2026-09-08", "patient", "en", "patient e-mail reply with quoted clinic mail",
              "no", "no", "no",
              "Patient e-mail; 'No X-ray was ever taken'; injury in Lisbon with pharmacy only -> no hospital care "
              "abroad; 'never been operated on'; wisdom teeth = other body part; quoted clinic text lists "
              "imaging/MRSA as requirements (mentions, not facts); quoted date 7 Sept is not the document date.")
    return dict(fmt="txt", text=text, crlf=True, label=label)


def tn_023():
    blocks = [
        ("lh", dict(name="Stichting Artsenlaboratorium en Trombosedienst", sub="Medische Microbiologie (SALTRO-regio Utrecht)",
                    logo="SAT", lines=["Mississippidreef 83", "3565 CE Utrecht", "030-2877600"])),
        ("kv2", [("Naam", "Ouali, Ilyas"), ("Geb.", "21-11-1977"), ("Geslacht", "M"), ("Pat-ID", "UT-0778120")],
                [("Aanvrager", "Huisartsen Overvecht, dr. L. Bos"), ("Ordernr", "MB26-204417"),
                 ("Afname", "23-09-2026 09:10"), ("Ontvangst", "23-09-2026 13:55")]),
        ("h", "Uitslag MRSA-screening"),
        ("p", "Indicatie (door aanvrager): opgenomen geweest in ziekenhuis Hassan II, Nador (Marokko), juli 2026, "
              "i.v.m. fractuur pols na verkeersongeval. Screening vóór verwijzing handchirurgie."),
        ("table", [["Materiaal", "Bepaling", "Uitslag", "Eenheid/opm."],
                   ["Neus (beiderzijds)", "MRSA kweek (selectief)", "Staphylococcus aureus, geen MRSA", "-"],
                   ["Keel", "MRSA kweek (selectief)", "MRSA niet aangetoond", "-"],
                   ["Perineum", "MRSA kweek (selectief)", "MRSA niet aangetoond", "-"],
                   ["Wond pols li", "niet ingestuurd", "-", "geen wond meer"]]),
        ("p", "Definitieve uitslag. Gevalideerd: 26-09-2026, dr. H. ten Cate, arts-microbioloog."),
        ("small", "Uitslag alleen bestemd voor de aanvrager. Bij vragen: 030-2877600, toestel 2."),
    ]
    label = L(["mrsa-screening"], "2026-09-26", "lab", "nl", "lab result table with two-column header grid",
              "unmentioned", "unmentioned", "yes",
              "MRSA result in a ruled table; 'Staphylococcus aureus, geen MRSA' contains both words; admission "
              "abroad named by hospital and city (Nador); sample date vs validation date; 'fractuur' without "
              "mention of treatment type.", also=["2026-09-23"])
    return dict(fmt="pdf", blocks=blocks, opts=dict(pagefmt="blad {x} van {y}"), label=label)


def tn_024():
    blocks = [
        ("lh", dict(name="Huisartsenpraktijk Zuiderpark", sub="dr. I.M. Haverkamp", logo="ZP",
                    lines=["Zuiderparklaan 230", "2574 JE Den Haag", "070-3660110"])),
        ("p", "Den Haag, 12-08-2026"),
        ("h", "Medische samenvatting ten behoeve van second opinion"),
        ("kv", [("Patiënt", "mw. F. (Fatma) Arslan-de Ruiter"), ("Geboren", "15-09-1969"),
                ("Opgesteld voor", "HandKliniek Noord (op verzoek van patiënte)")]),
        ("h2", "Actuele problemen"),
        ("p", "Pijn en stijfheid vingers beide handen, ochtendstijfheid ca. 20 minuten. Heberdense knobbels."),
        ("h2", "Voorgeschiedenis"),
        ("table", [["Jaar", "Probleem", "Behandeling"],
                   ["1986", "Appendicitis", "appendectomie (Westeinde)"],
                   ["2004", "Sectio caesarea", "HMC Bronovo"],
                   ["2017", "Hypothyreoïdie", "levothyroxine"],
                   ["2025", "Artrose handen", "X-handen 09-2025: erosieve artrose DIP/PIP"],
                   ["2026", "CMC-1 artrose re", "2x injectie (HMC), spalk, handtherapie"]]),
        ("h2", "Recente behandelingen"),
        ("p", "Februari en mei 2026 injectie CMC-1 rechts in het HMC Westeinde (orthopedie). Echo handen 04-2026: "
              "geen synovitis. Aan de handen is patiënte nooit geopereerd. Een trapeziectomie is haar "
              "geadviseerd; zij wil eerst een tweede mening."),
        ("h2", "Medicatie"),
        ("p", "Levothyroxine 100 mcg, paracetamol z.n., diclofenac gel."),
        ("p", "Met collegiale groet,\n\ndr. I.M. Haverkamp, huisarts"),
    ]
    label = L(["history"], "2026-08-12", "gp", "nl", "GP medical summary with history table",
              "yes", "no", "unmentioned",
              "History letter, not a referral (written on patient's request, no question addressed to the "
              "clinic) although it names the second opinion; appendectomy and sectio are other body parts; "
              "'aan de handen nooit geopereerd'; trapeziectomy only advised; nothing about abroad.")
    return dict(fmt="pdf", blocks=blocks, opts=dict(footer="Huisartsenpraktijk Zuiderpark - vertrouwelijk medisch"), label=label)


def tn_025():
    blocks = [
        ("lh", dict(name="Saolta University Health Care Group", sub="University Hospital Galway - Department of Plastic & Reconstructive Surgery",
                    logo="UHG", lines=["Newcastle Road", "Galway H91 YR71", "Ireland", "+353 91 524222"])),
        ("h", "DISCHARGE SUMMARY"),
        ("kv2", [("Patient", "Pieter JANSEN-MURPHY"), ("DOB", "03/03/1979"), ("MRN", "G0447812")],
                [("Admitted", "22/06/2026"), ("Discharged", "24/06/2026"), ("Consultant", "Mr D. Fahy")]),
        ("kv", [("Date of summary", "25/06/2026"), ("GP", "Dr N. Geraghty, Salthill Medical Centre")]),
        ("h2", "Presenting complaint"),
        ("p", "Circular saw injury to the left hand at home (22/06/2026). Dutch national living in Connemara."),
        ("h2", "Procedure"),
        ("p", "Date: 22/06/2026. Surgeon: Mr D. Fahy, Consultant Plastic Surgeon; assistant Dr S. Kelleher (SpR). "
              "GA. Exploration left index and middle finger. Findings: complete division FDP index zone I, partial "
              "(40 %) FDP middle finger zone II, radial digital nerve index divided. Repair: FDP index 4-strand "
              "Adelaide + epitendinous suture, middle finger epitendinous repair, digital nerve 9/0 epineurial repair. "
              "Skin 5/0 Ethilon. Dorsal blocking splint."),
        ("h2", "Investigations"),
        ("p", "XR left hand 22/06: no fracture, no foreign body."),
        ("h2", "Discharge medications"),
        ("p", "Co-amoxiclav 625 mg TDS 5 days; paracetamol; ibuprofen."),
        ("h2", "Follow-up"),
        ("p", "Hand therapy (UHG) day 3-5. He plans to move back to Nijmegen in August; please arrange ongoing "
              "hand therapy and review by a hand surgeon there."),
        ("p", "Dr Aisling Breathnach, SHO, for Mr D. Fahy"),
    ]
    label = L(["correspondence", "operation-report"], "2026-06-25", "specialist", "en",
              "Irish discharge summary with full procedure section (Word)",
              "yes", "yes", "yes",
              "Discharge summary containing full procedure (date, surgeon, repair) -> also operation report; Irish "
              "hospital; admission date = injury date = operation date; summary dated a day after discharge.")
    return dict(fmt="docx", blocks=blocks, opts=dict(pagefmt="Page {x} of {y}", footer="Saolta - Discharge Summary"), label=label)


def tn_026():
    text = """HandKliniek Noord  -  Zuidhorn
Hoofdstraat 80, 9801 BR Zuidhorn  |  +31 594 555 100  |  www.handkliniek-noord.nl

                                                Zuidhorn, 2 November 2026
Mr R. (Rafael) Moreira Santos
Paterswoldseweg 410
9727 DJ Groningen

Your appointment - patient number HKN-0081774 (date of birth 19-04-1988)

Dear Mr Moreira Santos,

Thank you for registering for a second opinion at our clinic. We have booked the following:

   Date:      Thursday 26 November 2026
   Time:      10:20 (please report to the desk 15 minutes earlier)
   With:      Dr M. Kuipers, hand surgeon
   Location:  Outpatient clinic, ground floor, desk B

An MRI of your right wrist is planned on the same morning at 08:45 in our imaging suite; please do
not wear jewellery. Whether an operation could help you will be discussed at the visit; no
operation will take place on this day.

Please bring: your ID, your insurance card, your medication list. We have received the referral
from your GP; we are still waiting for the letter from the hospital in Porto where you were
treated in 2025 - please ask them to send it to us.

If you cannot attend, let us know at least 24 hours in advance.

Kind regards,

Planning desk, HandKliniek Noord
(this letter was generated automatically and is valid without signature)
"""
    label = L([], "2026-11-02", "other", "en", "clinic appointment letter (plain text export)",
              "unmentioned", "unmentioned", "yes",
              "Appointment letter (no kind) full of keywords: MRI only planned, operation only to be discussed and "
              "'no operation will take place' (future, not history); but it does state treatment in a hospital in "
              "Porto -> abroad yes; appointment date 26 Nov is not the letter date.")
    return dict(fmt="txt", text=text, label=label)


def tn_027():
    blocks = [
        ("lh", dict(name="Asklepios Klinik St. Georg", sub="Abteilung für Hand-, Plastische und Rekonstruktive Chirurgie",
                    logo="AK", lines=["Lohmühlenstraße 5", "20099 Hamburg", "Tel. +49 40 181885-0"])),
        ("cols", "Frau Dr. med. S. Albers\nFachärztin für Allgemeinmedizin\nLange Reihe 88\n20099 Hamburg",
                 "Hamburg, 02.11.2026\nUnser Zeichen: HPC/ka\nAmbulanz vom 29.10.2026"),
        ("p", "Patient: Herr Maarten Visscher, geb. 18.01.1981, wohnhaft in Hamburg"),
        ("p", "Sehr geehrte Frau Kollegin Albers,"),
        ("p", "wir berichten über o.g. Patienten, der sich in unserer Handsprechstunde vorstellte."),
        ("h2", "Diagnosen"),
        ("p", "Rhizarthrose rechts, Eaton-Stadium III\nKarpaltunnelsyndrom rechts (NLG: distal motorische Latenz 5,9 ms)"),
        ("h2", "Befund"),
        ("p", "Grind-Test positiv, Adduktionskontraktur der Daumenbasis, Hoffmann-Tinel positiv über dem "
              "Karpaltunnel. Röntgen Daumensattelgelenk re. (29.10.2026): Gelenkspaltverschmälerung, Osteophyten."),
        ("h2", "Beurteilung und Procedere"),
        ("p", "Bei ausgeschöpfter konservativer Therapie sehen wir die OP-Indikation zur Resektionsarthroplastik "
              "nach Epping mit simultaner Karpaltunnelspaltung. Der Patient möchte vor einer Entscheidung eine "
              "Zweitmeinung in den Niederlanden einholen, wo seine Familie lebt. Wir haben ihm die Unterlagen "
              "mitgegeben. Eine Operation wurde noch nicht terminiert."),
        ("p", "Mit freundlichen kollegialen Grüßen\n\nPD Dr. med. J. Rehwinkel\nChefarzt\n\nDr. med. A. Köhler, Assistenzärztin"),
        ("small", "Dieser Brief wurde elektronisch erstellt. Kopie an: Patient"),
    ]
    label = L(["correspondence"], "2026-11-02", "specialist", "de", "German Arztbrief, recipient left / reference right",
              "yes", "unmentioned", "yes",
              "OP-Indikation and planned surgery only ('noch nicht terminiert') -> operated unmentioned; patient "
              "lives in Hamburg and is treated there -> abroad yes; 'Zweitmeinung' wish is not a referral to the "
              "clinic; visit 29.10 vs letter 02.11.")
    return dict(fmt="pdf", blocks=blocks, opts=dict(footer="Asklepios Kliniken Hamburg GmbH - Sitz Hamburg - HRB 59575",
                pagefmt="Seite {x} von {y}"), label=label)


def tn_028():
    gp = [
        ("lh", dict(name="The Grange Surgery", sub="Dr S. Patel, Dr M. O'Neill, Dr K. Brennan", logo="TGS",
                    lines=["14 High Street", "Harpenden AL5 2RY", "01582 555700"])),
        ("p", "Private & Confidential\nThe Intake Team\nHandKliniek Noord\nHoofdstraat 80\n9801 BR Zuidhorn\nNetherlands"),
        ("p", "Date: 15 September 2026"),
        ("p", "Dear Colleague,\n\nRe: Mrs Ingrid BAKKER-HOLT  DOB 09/09/1961  NHS 612 448 0937"),
        ("p", "Mrs Bakker-Holt is moving back to Friesland and has asked me to refer her for a second opinion "
              "regarding her painful left wrist after a distal radius fracture treated at the Luton & Dunstable "
              "Hospital in March. The fracture was manipulated and plastered in A&E; the orthopaedic team did not "
              "operate. She now has a prominent ulnar head and pain on rotation."),
        ("p", "I would value your opinion on whether an ulnar shortening or other procedure is advisable, or "
              "whether further physiotherapy is the better option. Copies of the latest radiology report and "
              "fracture clinic letter are attached."),
        ("p", "Yours faithfully,\n\nDr Kieran Brennan MRCGP"),
    ]
    clinic = [
        ("lh", dict(name="Bedfordshire Hospitals NHS Foundation Trust", sub="Trauma & Orthopaedics - Fracture Clinic",
                    logo="BH", lines=["Luton & Dunstable University Hospital", "Lewsey Road, Luton LU4 0DZ"])),
        ("p", "Clinic date: 10/07/2026   Typed: 14/07/2026"),
        ("p", "Dear Dr Brennan, Re: Ingrid Bakker-Holt 09/09/1961"),
        ("p", "Diagnosis: malunited left distal radius fracture with DRUJ symptoms. Plan: I have discussed that "
              "corrective osteotomy could be considered; she would like to think about it. Review in 3 months."),
        ("p", "Mr A. Sandhu, Consultant Orthopaedic Surgeon"),
    ]
    rad = [
        ("lh", dict(name="Bedfordshire Hospitals NHS Foundation Trust", sub="Department of Radiology",
                    logo="BH", lines=["Luton & Dunstable University Hospital"])),
        ("kv", [("Exam", "CT LEFT WRIST"), ("Exam date", "02/07/2026"), ("Referrer", "Mr A. Sandhu (T&O)"),
                ("Patient", "BAKKER-HOLT, Ingrid  09/09/1961")]),
        ("p", "Report: Healed distal radius fracture with 18 degrees dorsal angulation and 4 mm radial "
              "shortening. Positive ulnar variance +3 mm. DRUJ congruent. No ulnar styloid non-union."),
        ("p", "Reported by Dr F. Mensah, Consultant Radiologist, 03/07/2026"),
    ]
    parts = [dict(blocks=gp, opts=dict(), label=dict(kinds=["referral"], date="2026-09-15", author="gp")),
             dict(blocks=clinic, opts=dict(), label=dict(kinds=["correspondence"], date="2026-07-14", author="specialist")),
             dict(blocks=rad, opts=dict(), label=dict(kinds=["imaging-report"], date="2026-07-03", author="radiologist"))]
    label = L(["referral", "correspondence", "imaging-report"], None, "gp", "en",
              "merged PDF: UK GP referral + NHS fracture clinic letter + CT report",
              "yes", "no", "yes",
              "Merged file; A&E manipulation in Luton (treatment abroad, ED counts); 'did not operate' negation; "
              "osteotomy/ulnar shortening only discussed; clinic vs typed dates; top-level date omitted.", rq=True)
    return dict(fmt="merged", parts=parts, label=label)


def tn_029():
    blocks = [
        ("lh", dict(name="HandKliniek Noord", sub="Toestemmingsformulier opvragen medische gegevens", logo="HKN",
                    lines=["Hoofdstraat 80", "9801 BR Zuidhorn", "0594-555100"])),
        ("h", "Machtiging"),
        ("p", "Ondergetekende geeft HandKliniek Noord toestemming om de onderstaande medische gegevens op te "
              "vragen bij de genoemde zorgverleners, uitsluitend ten behoeve van een second opinion."),
        ("kv", [("Naam", "Vermeulen, Tom"), ("Geboortedatum", "02-03-1986"), ("Adres", "Lindelaan 7, 6226 AB Maastricht"),
                ("BSN", "146722019")]),
        ("table", [["Zorgverlener", "Plaats", "Gegevens", "Periode"],
                   ["Ziekenhuis Oost-Limburg (ZOL), dienst orthopedie", "Genk (B)", "raadplegingsverslagen, operatieverslag, beelden", "2025-2026"],
                   ["Maastricht UMC+, plastische chirurgie", "Maastricht", "poliklinische brieven", "2026"],
                   ["Huisartsenpraktijk Wyck", "Maastricht", "samenvatting", "actueel"]]),
        ("p", "Ik ben in 2025 in het ZOL te Genk aan mijn rechterpols geopereerd (scafoïdpseudartrose) en heb "
              "daarna de nabehandeling in Maastricht gehad."),
        ("kv", [("Plaats en datum", "Maastricht, 21-10-2026"), ("Handtekening", "T. Vermeulen (getekend)")]),
        ("small", "Deze machtiging is één jaar geldig en kan altijd worden ingetrokken."),
    ]
    label = L([], "2026-10-21", "patient", "nl", "consent/authorisation form (machtiging) with table",
              "unmentioned", "yes", "yes",
              "Consent form (no kind) signed by the patient; states surgery in ZOL Genk (Belgium, hospital named "
              "with a '(B)' only) -> operated yes, abroad yes; 'operatieverslag' in a request table is not a "
              "report; 'beelden' requested does not itself say imaging was done (unmentioned).")
    return dict(fmt="docx", blocks=blocks, opts=dict(pagefmt="{x}/{y}"), label=label)


def tn_030():
    fax = "21-09-2026 16:48  VAN: HAP Veenendaal-West  +31 318 555 120  AAN: 0594555110  p. {x}/{y}"
    journal = [
        ("08-01-2025", "S: pijn MCP-II li na val op ijs. O: zwelling, geen deformiteit. E: L17 Contusie hand li. P: X-hand (SEH Gelderse Vallei)."),
        ("10-01-2025", "Brief SEH ontvangen: X-hand li geen fractuur."),
        ("21-03-2025", "S: zwelling dorsaal pols li. O: ganglion 1 cm. E: L87 Ganglion pols li. P: expectatief."),
        ("04-09-2025", "S: ganglion groter, pijn bij yoga. P: Verwijzing chirurgie Gelderse Vallei."),
        ("12-12-2025", "Brief specialist ontvangen (chirurgie): excisie ganglion pols li in dagbehandeling 05-12-2025, PA: ganglion."),
        ("20-12-2025", "Hechtingen verwijderd. Wond rustig."),
        ("17-02-2026", "S: sinds operatie doof gevoel dorsum duim li. O: hypesthesie RSN-gebied. E: N94 Letsel n. radialis superficialis? P: afwachten 3 mnd."),
        ("26-05-2026", "S: onveranderd, tintelingen, wil niet nog eens worden geopereerd door zelfde chirurg. P: echo."),
        ("03-06-2026", "Echo pols li (Meander, Amersfoort): neuroom RSN 4 mm ter hoogte litteken."),
        ("11-06-2026", "Telefonisch: pat. overweegt second opinion; informatie HandKliniek Noord gegeven."),
        ("30-06-2026", "S: vakantie Frankrijk geannuleerd i.v.m. klachten. Slaapt slecht. P: amitriptyline 10 mg."),
        ("21-09-2026", "P: Uitdraai journaal voor verwijzing second opinion (zie ZorgDomein)."),
    ]
    blocks = [
        ("lh", dict(name="Huisartsenpraktijk Veenendaal-West", sub="HIS: Promedico ASP - Uitdraai journaal", logo="HVW",
                    lines=["Prins Bernhardlaan 40", "3904 AB Veenendaal", "0318-555120"])),
        ("kv2", [("Patiënt", "Schouten, Annelies"), ("Geb.datum", "28-08-1972"), ("Patiëntnr", "004512")],
                [("Datum uitdraai", "21-09-2026"), ("Huisarts", "M. Brouwer"), ("Periode", "01-01-2025 - heden")]),
        ("h2", "Episodes"),
        ("table", [["ICPC", "Omschrijving", "Begin", "Eind"],
                   ["L87", "Ganglion pols li", "21-03-2025", ""],
                   ["N94", "Neuroom RSN li na excisie ganglion", "17-02-2026", ""],
                   ["L17", "Contusie hand li", "08-01-2025", "02-2025"],
                   ["P06", "Slaapproblemen", "30-06-2026", ""]]),
        ("h2", "Journaal"),
    ]
    for d, t in journal:
        blocks.append(("kv", [(d, t)], 24 * 2.83))
    blocks += [("pb",), ("h2", "Medicatie"), ("p", "amitriptyline 10 mg 1dd a.n.; paracetamol z.n."),
               ("h2", "Allergieën / contra-indicaties"), ("p", "Geen."),
               ("p", "Einde uitdraai.")]
    label = L(["history"], "2026-09-21", "gp", "nl", "HIS journal printout, fax header on every page",
              "yes", "yes", "no",
              "Fax header with send date on every page; 'Brief specialist ontvangen' + ganglion excision 05-12-2025 "
              "-> operated yes; 'wil niet nog eens worden geopereerd' is modal; holiday France cancelled; SEH and "
              "echo in NL -> abroad no; many dates, own date = Datum uitdraai.")
    return dict(fmt="pdf", blocks=blocks, opts=dict(fax=fax, pagefmt="Pagina {x} van {y}", font="Courier"), label=label)


def tn_031():
    text = """Klinisch Chemisch & Hematologisch Laboratorium - Ziekenhuis Rivierenland Tiel
Uitslagenoverzicht (extern: huisarts)                       Printdatum: 04-11-2026
Patiënt: Verbeek-Aalders, C.    geb. 12-12-1966   V   ZRT-nr 0921187
Aanvrager: huisarts J. Tromp, Culemborg
Afname: 02-11-2026 08:31   Klinische info: zwelling MCP/PIP beide handen, ochtendstijfheid; RA?

Bepaling                       Uitslag     Eenheid   Referentie     Vlag
-------------------------------------------------------------------------
BSE                            28          mm/uur    < 20           H
CRP                            14          mg/L      < 10           H
Hemoglobine                    7,9         mmol/L    7,5 - 10,0
Leukocyten                     8,2         10^9/L    4,0 - 10,0
Reumafactor (IgM)              31          kU/L      < 15           H
Anti-CCP                       > 340       U/mL      < 7            H
Urinezuur                      0,31        mmol/L    0,15 - 0,35
TSH                            2,1         mU/L      0,4 - 4,0
eGFR (CKD-EPI)                 > 90        ml/min

Commentaar: sterk positief anti-CCP; past bij reumatoïde artritis. Overweeg verwijzing reumatologie.
Geautoriseerd: 03-11-2026, dr. E. Lammers, klinisch chemicus
"""
    label = L([], "2026-11-03", "lab", "nl", "hospital lab result overview (not MRSA)",
              "unmentioned", "unmentioned", "unmentioned",
              "Lab result but not an MRSA screening -> no kind; 'Overweeg verwijzing' is advice, not a referral; "
              "three dates (sample, authorisation, print).", also=["2026-11-04"])
    return dict(fmt="txt", text=text, label=label)


def tn_032():
    blocks = [
        ("lh", dict(name="ZorgSaam Zeeuws-Vlaanderen", sub="Afdeling Radiologie - Terneuzen", logo="ZS",
                    lines=["Wielingenlaan 2", "4535 PA Terneuzen", "0115-688000"])),
        ("kv2", [("Patiënt", "De Bruijckere, Jan"), ("Geb.", "04-04-1949"), ("Pat.nr", "8800412")],
                 [("Aanvrager", "dr. E. Claeys, Orthopedie"), ("Onderzoek", "CT pols rechts"),
                  ("Datum", "18-02-2026")]),
        ("h2", "Klinische informatie"),
        ("p", "Patiënt is in januari in AZ Sint-Jan Brugge conservatief behandeld voor een scafoïdfractuur. "
              "Consolidatie? Vraag patiënt om CD."),
        ("h2", "Verslag"),
        ("p", "Vergeleken met de röntgenopnamen van 03-01-2026 (AZ Sint-Jan, ingelezen in PACS). "
              "Fractuurlijn door het middendeel van het scafoïd, geen overbrugging, sclerotische randen, "
              "cysteuze resorptie. Geen dislocatie, geen humpback-deformiteit. Proximale pool normaal van densiteit."),
        ("h2", "Conclusie"),
        ("p", "Uitblijvende consolidatie scafoïd-wortfractuur rechts (vertraagde consolidatie/beginnende pseudartrose)."),
        ("p", "drs. J.H. Bleijenberg, radioloog  -  geautoriseerd 19-02-2026"),
    ]
    label = L(["imaging-report"], "2026-02-19", "radiologist", "nl", "radiology report, two-column header",
              "yes", "unmentioned", "yes",
              "Earlier X-rays and conservative treatment at AZ Sint-Jan Brugge, named only by hospital and city -> "
              "abroad yes; 'conservatief behandeld' says nothing about surgery; typo 'wortfractuur' (for "
              "wortelfractuur/taillefractuur); exam 18-02 vs authorised 19-02.", also=["2026-02-18"])
    return dict(fmt="pdf", blocks=blocks, opts=dict(pagefmt="{x}/{y}"), label=label)
