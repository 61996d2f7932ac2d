"""to-033 .. to-048 (033-036 are the four merged PDFs)"""
from lib import L


def P(kinds, date, author):
    d = {"kinds": list(kinds), "author": author}
    if date:
        d["date"] = date
    return d


# ------------------------------------------------------------------ 033  merged: GP referral + ortho letter + radiology
def d033():
    p1 = {"blocks": [
        ("lh", "Huisartsenpraktijk Dukenburg", ["Meijhorst 60-01, 6537 KT  Nijmegen"],
         {"right": ["tel. 024-344 1717", "AGB 01-029931"]}),
        ("p", "Nijmegen, 20-11-2026"),
        ("addr", ["Handkliniek Meridiaan", "t.a.v. afdeling intake / second opinion",
                  "Postbus 4410, 3800 GK Amersfoort"]),
        ("p", "**Betreft:** mw. E. (Esther) Willems, geboren 04-04-1975\nMeijhorst 71-14, 6537 KS Nijmegen"),
        ("p", "Geachte collega,"),
        ("p", "Graag verwijs ik mevrouw Willems naar u voor een second opinion. Zij is bekend met "
              "de ziekte van Kienböck van de linkerpols (zie bijgevoegde brief en verslag). De "
              "orthopeed in het CWZ heeft een radiusverkortende osteotomie voorgesteld. "
              "Patiënte, lerares basisonderwijs, twijfelt omdat zij las dat bij haar stadium ook "
              "andere opties bestaan."),
        ("p", "**Vraag:** welke behandeling adviseert u bij Kienböck stadium IIIa links bij een "
              "50-jarige vrouw, en is een radiusverkorting in haar geval de beste keuze?"),
        ("p", "Voorgeschiedenis: migraine; 2010 sectio caesarea. Niet eerder aan de pols "
              "geopereerd. Medicatie: sumatriptan zn. Allergie: geen."),
        ("p", "Bijlagen: polikliniekbrief orthopedie CWZ (02-10-2026), MRI-verslag (15-09-2026)."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["drs. M.A. Bosman, huisarts"]),
    ], "page": {"font": "Helvetica", "size": 10}}
    p2 = {"blocks": [
        ("lh", "Canisius Wilhelmina Ziekenhuis", ["Orthopedie", "Weg door Jonkerbos 100, 6532 SZ  Nijmegen"],
         {"right": ["Datum: 02-10-2026", "Kenmerk: ORT/JH/1188204", "Telefoon 024-365 7657"]}),
        ("addr", ["drs. M.A. Bosman, huisarts", "Huisartsenpraktijk Dukenburg", "Meijhorst 60-01",
                  "6537 KT  Nijmegen"]),
        ("fields", [("Betreft", "mw. E. Willems, geb. 04-04-1975, pat.nr. 1188204"),
                    ("Bezoekdatum", "30-09-2026")], {"lw": 30}),
        ("p", "Geachte collega,"),
        ("p", "Wij zagen uw patiënte op de polikliniek orthopedie in verband met pijn in de "
              "linkerpols sinds een jaar, zonder trauma. Pijn dorsaal centraal, bij belasten en "
              "in rust, afgenomen knijpkracht. Zij is niet eerder geopereerd."),
        ("p", "**Onderzoek:** zwelling dorsaal centraal, drukpijn over het lunatum, extensie "
              "40 graden, flexie 35 graden. Knijpkracht links 14 kg, rechts 27 kg."),
        ("p", "**Aanvullend onderzoek:** X-pols links en MRI pols links (15-09-2026): lunatum "
              "met sclerose en beginnende collaps, passend bij Kienböck stadium IIIa (Lichtman); "
              "negatieve ulnavariantie van 2 mm."),
        ("p", "**Conclusie:** ziekte van Kienböck links, stadium IIIa."),
        ("p", "**Beleid:** wij hebben een radiusverkortende osteotomie voorgesteld. Patiënte wil "
              "hierover nadenken en eventueel een second opinion. Zij belt ons terug."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["dr. J. Hermsen, orthopedisch chirurg"]),
        ("small", "cc: patiënte"),
    ], "page": {"font": "Times", "size": 10.5,
                "footer": "CWZ - Weg door Jonkerbos 100 - Nijmegen - pagina {page}"}}
    p3 = {"blocks": [
        ("h", "CWZ  Radiologie en Nucleaire Geneeskunde", 12),
        ("fields", [("Patiënt", "WILLEMS, E.  (V)  04-04-1975"), ("Onderzoek", "MRI POLS LINKS"),
                    ("Datum onderzoek", "15-09-2026"), ("Aanvrager", "dr. J. Hermsen, Orthopedie"),
                    ("Klinische vraag", "Kienböck? Avasculaire necrose lunatum?")], {"lw": 38}),
        ("p", "**Bevindingen:** Diffuus verlaagd signaal van het os lunatum op T1 en "
              "heterogeen signaal op T2/STIR met een geringe hoogteafname en fragmentatie "
              "radiair. Geen scafolunaire dissociatie; geen fixed flexie van het scaphoid. "
              "Negatieve ulnavariantie 2 mm. Overige carpalia normaal. TFCC intact."),
        ("p", "**Conclusie:** avasculaire necrose van het lunatum (ziekte van Kienböck), "
              "Lichtman stadium IIIa."),
        ("sig", ["dr. F. Kersten, radioloog - geautoriseerd 15-09-2026"]),
    ], "page": {"font": "Courier", "size": 9.5}}
    parts = [P(["referral"], "2026-11-20", "gp"), P(["correspondence"], "2026-10-02", "specialist"),
             P(["imaging-report"], "2026-09-15", "radiologist")]
    lab = L(["referral", "correspondence", "imaging-report"], "2026-11-20", "gp", "nl",
            "merged PDF 'bijlagen': GP referral + outpatient letter + MRI report",
            "yes", "no", "unmentioned",
            "Three documents in one PDF without separator pages, three different fonts; top-level "
            "date is the referral (first part); the referral mentions the enclosures that follow "
            "as separate parts; osteotomy only proposed; 'niet eerder geopereerd' in two parts; "
            "caesarean is another body part.",
            rq=True, parts=parts)
    return {"fmt": "merged", "parts": [p1, p2, p3], "label": lab}


# ------------------------------------------------------------------ 034  merged: UK discharge + op note + X-ray
def d034():
    ftr = "Royal Cornwall Hospitals NHS Trust - JACOBS, Henk - Hosp No RCH-2281904 - Page {page} of {pages}"
    p1 = {"blocks": [
        ("lh", "Royal Cornwall Hospitals", ["NHS Trust", "Royal Cornwall Hospital (Treliske)",
                                            "Truro, Cornwall TR1 3LJ"],
         {"right": ["Trauma & Orthopaedics", "Ward: Wheal Prosper"]}),
        ("h", "DISCHARGE SUMMARY", 13),
        ("fields2",
         [("Patient", "Mr Henk JACOBS"), ("DOB", "12 May 1958"), ("Hospital No", "RCH-2281904"),
          ("Home address", "Dorpsstraat 8, 1749 AB Warmenhuizen, Netherlands")],
         [("Admitted", "3 August 2026"), ("Discharged", "6 August 2026"),
          ("Consultant", "Mr S. Penhaligon"), ("GP", "Not registered in UK (tourist)")]),
        ("p", "**Presenting complaint:** Fall from a coastal path near St Ives on 3 August 2026 "
              "onto the outstretched left hand. Seen in the Emergency Department: deformity and "
              "median nerve paraesthesia."),
        ("p", "**Diagnosis:** Left trans-scaphoid perilunate fracture-dislocation (Mayfield IV)."),
        ("p", "**Investigations:** Left wrist radiographs 3 August 2026 (see report). Post-"
              "operative radiographs satisfactory."),
        ("p", "**Procedures:** Closed reduction in ED under sedation (3 August 2026); open "
              "reduction, scaphoid screw fixation and K-wire stabilisation on 4 August 2026 "
              "(see operation note)."),
        ("p", "**Progress:** Median nerve symptoms resolved after reduction. Uneventful "
              "post-operative course. MRSA screen on admission: not isolated."),
        ("p", "**Medication on discharge:** Paracetamol 1 g QDS, Codeine 30 mg QDS PRN (5 days), "
              "Lansoprazole 30 mg OD."),
        ("p", "**Follow-up / plan:** Below-elbow backslab, elevation. Patient returning to the "
              "Netherlands on 8 August by car/ferry. He has been given copies of the operation "
              "note and radiographs on CD. K-wire removal at 8 weeks and further fracture clinic "
              "follow-up to be arranged with his local hospital in the Netherlands."),
        ("sig", ["Dr Tamsin Rowe, FY2 Trauma & Orthopaedics, for Mr S. Penhaligon, Consultant"]),
    ], "page": {"font": "Helvetica", "size": 9.5, "footer": ftr}}
    p2 = {"blocks": [
        ("h", "OPERATION NOTE", 13),
        ("fields", [("Patient", "JACOBS, Henk - DOB 12/05/1958 - RCH-2281904"),
                    ("Date of operation", "04/08/2026"), ("Theatre", "Main Theatre 3"),
                    ("Surgeon", "Mr S. Penhaligon FRCS (Tr&Orth)"),
                    ("Assistant", "Ms R. Kaur, ST5"),
                    ("Anaesthetist", "Dr J. Moyle - GA + supraclavicular block"),
                    ("Tourniquet", "Upper arm, 250 mmHg, 88 min"),
                    ("Procedure", "Open reduction and internal fixation left scaphoid (headless "
                                  "compression screw), reduction of lunate, K-wire stabilisation "
                                  "(scapholunate and lunotriquetral), repair of dorsal capsule")],
         {"lw": 38, "grid": True}),
        ("p", "**Findings:** Displaced waist fracture of scaphoid, dorsal perilunate dislocation "
              "reduced in ED but unstable; LT ligament avulsed; cartilage intact."),
        ("p", "**Procedure:** Dorsal approach through 3rd/4th compartment interval. Ligament-"
              "sparing capsulotomy. Scaphoid fracture reduced and fixed with a 2.5 mm headless "
              "compression screw under image intensifier. Lunate reduced, SL and LT joints "
              "pinned with 1.6 mm K-wires. Capsule repaired. EPL left transposed. Closure with "
              "3-0 Monocryl. Volar backslab."),
        ("p", "**Complications:** None. **EBL:** minimal."),
        ("p", "**Post-op instructions:** Elevate, neurovascular observations, check X-ray, "
              "discharge when comfortable, K-wires out at 8 weeks, physiotherapy thereafter."),
        ("sig", ["S. Penhaligon"]),
    ], "page": {"font": "Helvetica", "size": 9.5, "footer": ftr}}
    p3 = {"blocks": [
        ("h", "Department of Clinical Imaging - Radiology Report", 12),
        ("fields", [("Patient", "JACOBS Henk  12-May-1958  RCH-2281904"),
                    ("Examination", "XR Wrist Left (3 views)"),
                    ("Date of exam", "03 Aug 2026 14:12"),
                    ("Referrer", "Emergency Department (Dr O. Grant)")], {"lw": 34}),
        ("p", "**Report:** Trans-scaphoid perilunate dislocation. The capitate is dorsally "
              "dislocated relative to the lunate, which remains aligned with the radius. "
              "Displaced fracture through the scaphoid waist. No distal radius fracture."),
        ("p", "**Conclusion:** Left trans-scaphoid perilunate fracture-dislocation. Urgent "
              "orthopaedic referral made."),
        ("sig", ["Dr M. Trelawny, Consultant Radiologist - verified 03/08/2026 15:40"]),
    ], "page": {"font": "LiberationSans", "size": 9.5}}
    parts = [P(["correspondence"], "2026-08-06", "specialist"),
             P(["operation-report"], "2026-08-04", "specialist"),
             P(["imaging-report"], "2026-08-03", "radiologist")]
    lab = L(["correspondence", "operation-report", "imaging-report"], "2026-08-06", "specialist", "en",
            "merged PDF: UK discharge summary + operation note + radiology report",
            "yes", "yes", "yes",
            "Bundle from a hospital abroad (Truro, Cornwall) for a Dutch tourist; three parts "
            "with mixed date spellings ('6 August 2026', '04/08/2026', '03 Aug 2026'); discharge "
            "summary mentions an MRSA screen and the operation note but is neither; the "
            "radiology report says 'Urgent orthopaedic referral made' (not a referral letter). "
            "Top-level date = first part.",
            parts=parts)
    return {"fmt": "merged", "parts": [p1, p2, p3], "label": lab}


# ------------------------------------------------------------------ 035  merged: Austrian discharge + OP report + Dutch MRSA
def d035():
    hd = ["Tirol Kliniken - LKH Innsbruck - Univ.-Klinik für Plastische, Rekonstruktive und Ästhetische Chirurgie"]
    p1 = {"blocks": [
        ("lh", "Tirol Kliniken", ["LKH Innsbruck - Universitätskliniken",
                                  "Univ.-Klinik für Plastische, Rekonstruktive und Ästhetische Chirurgie",
                                  "Anichstraße 35, 6020 Innsbruck, Österreich"],
         {"right": ["Tel. +43 50 504-0", "Innsbruck, 30.01.2026"]}),
        ("h", "Arztbrief / Entlassungsbericht", 12),
        ("p", "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,"),
        ("p", "wir berichten über Herrn **Sjoerd Wijnberg, geb. 02.02.1981**, wohnhaft in "
              "Zwolle (NL), der sich vom 26.01.2026 bis 29.01.2026 in unserer stationären "
              "Behandlung befand."),
        ("p", "**Diagnosen:** Bennett-Fraktur links (Skiunfall Kühtai, 25.01.2026)."),
        ("p", "**Therapie:** Offene Reposition und Schraubenosteosynthese (2 x 1,5 mm Kortikalis-"
              "schrauben) am 27.01.2026 - siehe OP-Bericht."),
        ("p", "**Befunde:** Röntgen Daumen links in 2 Ebenen und CT (25.01.2026): intraartikuläre "
              "Fraktur der Basis Metakarpale I mit Subluxation. Postoperatives Röntgen: "
              "anatomische Stellung."),
        ("p", "**Verlauf:** Komplikationslos. Entlassung mit Daumen-Unterarmgips."),
        ("p", "**Empfehlung:** Gips für insgesamt 5 Wochen, anschließend Handtherapie. Klinische "
              "und radiologische Kontrolle in den Niederlanden. Bei Wiederaufnahme in einem "
              "Krankenhaus bitte MRSA-Screening."),
        ("p", "Mit freundlichen Grüßen"),
        ("sig", ["Dr. Theresa Gstrein, Assistenzärztin", "Univ.-Prof. Dr. W. Rainer, Oberarzt"]),
    ], "page": {"font": "Helvetica", "size": 9.5, "header": hd, "header_from": 2,
                "footer": "Seite {page} von {pages}"}}
    p2 = {"blocks": [
        ("h", "OPERATIONSBERICHT", 13),
        ("fields2",
         [("Patient", "Wijnberg, Sjoerd"), ("Geb.", "02.02.1981"), ("Fallnr.", "IBK-26-011877")],
         [("OP-Datum", "27.01.2026"), ("Operateur", "OA Dr. W. Rainer"),
          ("Assistenz", "Dr. T. Gstrein")]),
        ("fields", [("Anästhesie", "Plexusanästhesie (axillär)"),
                    ("Diagnose", "Bennett-Fraktur links"),
                    ("Eingriff", "Offene Reposition, Schraubenosteosynthese Basis MC I links"),
                    ("Verlauf", "Wagner-Zugang, Darstellen des Frakturspalts, Reposition des "
                                "Schaftes gegen das Bennett-Fragment unter BV-Kontrolle, "
                                "temporäre K-Draht-Fixation, dann zwei 1,5-mm-Zugschrauben. "
                                "Gelenkfläche stufenfrei. Kapselnaht, Hautnaht, Gipsschiene."),
                    ("Komplikationen", "keine")], {"lw": 36, "grid": True}),
        ("sig", ["OA Dr. W. Rainer"]),
    ], "page": {"font": "Helvetica", "size": 9.5, "header": hd, "header_from": 1}}
    p3 = {"blocks": [
        ("lh", "Laboratorium Medische Microbiologie Noord", ["Hanzeplein 20, 9713 GZ  Groningen"],
         {"right": ["Uitslag microbiologie", "Labnr. MMN-26-77120"]}),
        ("table", None, [
            ["Patiënt", "Wijnberg, S.", "Geb.datum", "02-02-1981"],
            ["Aanvrager", "R. Dijkstra, huisarts Zwolle", "Afname", "24-11-2026"],
            ["Materiaal", "neus, keel, perineum", "Uitslagdatum", "27-11-2026"],
        ]),
        ("p", "**Klinische gegevens:** opname buitenland (Oostenrijk, jan. 2026), screening voor "
              "verwijzing handchirurgie."),
        ("table", ["Onderzoek", "Uitslag"], [["MRSA-screening kweek neus", "negatief"],
                                            ["MRSA-screening kweek keel", "negatief"],
                                            ["MRSA-screening kweek perineum", "negatief"]]),
        ("p", "Conclusie: geen MRSA aangetoond."),
        ("small", "Geautoriseerd door dr. J. Wierenga, arts-microbioloog."),
    ], "page": {"font": "DejaVu", "size": 9}}
    parts = [P(["correspondence"], "2026-01-30", "specialist"),
             P(["operation-report"], "2026-01-27", "specialist"),
             P(["mrsa-screening"], "2026-11-27", "lab")]
    lab = L(["correspondence", "operation-report", "mrsa-screening"], "2026-01-30", "specialist", "de",
            "merged PDF: Austrian discharge letter + OP report + Dutch MRSA lab result",
            "yes", "yes", "yes",
            "Mixed-language bundle (two German parts, one Dutch lab result); German parts are "
            "from January (old), MRSA result is recent; the discharge letter recommends MRSA "
            "screening but only part 3 is the result; header line repeated on the OP report; "
            "top-level date = first part.",
            parts=parts)
    return {"fmt": "merged", "parts": [p1, p2, p3], "label": lab}


# ------------------------------------------------------------------ 036  merged: patient's bundle
def d036():
    p1 = {"fmt": "docx2pdf", "blocks": [
        ("p", "Leiden, 28 november 2026"),
        ("p", "Aan: Handkliniek Meridiaan\nT.a.v. de intake / second opinion"),
        ("p", "Beste medewerkers,"),
        ("p", "Zoals telefonisch besproken stuur ik hierbij alvast de papieren die ik zelf heb. "
              "Mijn huisarts stuurt de verwijzing apart. In september ben ik in Spanje in het "
              "ziekenhuis opgenomen geweest vanwege een ontstoken kattenbeet in mijn rechterhand "
              "en daar twee keer geopereerd. Sindsdien kan ik mijn wijsvinger niet goed buigen."),
        ("p", "In deze pdf zitten:\n1. mijn medicijnoverzicht van de apotheek\n"
              "2. de samenvatting van mijn huisarts\n3. de uitslag van de MRSA-test die de "
              "huisarts heeft laten doen"),
        ("p", "De Spaanse ontslagbrief en de foto's heb ik alleen op papier, die neem ik mee."),
        ("p", "Met vriendelijke groet,\n\nIngrid Hartman-Vos\nBreestraat 141, 2311 CP Leiden\n06-33 81 20 77"),
    ], "page": {"docx_font": "Calibri", "size": 11}}
    p2 = {"blocks": [
        ("lh", "Apotheek Breestraat", ["Breestraat 30, 2311 CS  Leiden"],
         {"right": ["Medicatieoverzicht", "Afgedrukt 26-11-2026"]}),
        ("fields", [("Patiënt", "mw. I. Hartman-Vos, geb. 09-07-1967")], {"lw": 25}),
        ("table", ["Middel", "Gebruik", "Sinds"], [
            ["Amoxicilline/clavulaanzuur 875/125 mg", "gestopt 02-10-2026", "22-09-2026"],
            ["Paracetamol 500 mg", "zo nodig 4x per dag 2", "22-09-2026"],
            ["Levothyroxine 75 mcg", "1x per dag", "2015"],
            ["Rosuvastatine 10 mg", "1x per dag", "2021"],
        ]),
        ("small", "Overgevoeligheden: geen geregistreerd."),
    ], "page": {"font": "LiberationSans", "size": 9}}
    p3 = {"blocks": [
        ("h", "Professionele Samenvatting", 13),
        ("fields", [("Praktijk", "Huisartsenpraktijk Pieterswijk, Leiden - dr. S. Noordam"),
                    ("Datum", "25-11-2026"),
                    ("Patiënt", "mw. I. Hartman-Vos, geboren 09-07-1967")], {"lw": 30}),
        ("h", "Actuele episoden", 10),
        ("table", ["ICPC", "Omschrijving", "Begin"], [
            ["S13", "Beet dier (kat) rechterhand, gecompliceerd - flexorpeesschede-infectie D2", "14-09-2026"],
            ["T86", "Hypothyreoïdie", "12-03-2015"],
            ["T93", "Hypercholesterolemie", "06-06-2021"],
        ]),
        ("h", "Relevante voorgeschiedenis en recente behandelingen", 10),
        ("p", "14-09-2026: in Alicante (Spanje) door kat gebeten in rechter wijsvinger. "
              "17-09-2026 opgenomen in het Hospital General Universitario de Alicante met "
              "peesschede-infectie D2 rechts: X-hand (geen corpus alienum), tweemaal operatieve "
              "drainage en spoeling van de buigpeesschede (17-09 en 19-09), iv antibiotica. "
              "Ontslag 24-09-2026 met amoxicilline/clavulaanzuur tot 02-10-2026."),
        ("p", "06-10-2026 consult huisarts: wonden genezen, flexie D2 beperkt (vingertop-"
              "handpalmafstand 3 cm). Verwezen naar handtherapie."),
        ("p", "18-11-2026 consult: ondanks 6 weken handtherapie weinig progressie. Patiënte wil "
              "beoordeling door handchirurg (second opinion over tenolyse). MRSA-screening "
              "ingezet i.v.m. ziekenhuisopname buitenland."),
        ("h", "Medicatie / allergieën", 10),
        ("p", "Levothyroxine 75 mcg 1dd, rosuvastatine 10 mg 1dd, paracetamol zn. Geen allergieën."),
    ], "page": {"font": "Helvetica", "size": 9.5,
                "footer": "HIS-export Professionele Samenvatting - 25-11-2026 - pagina {page}"}}
    p4 = {"blocks": [
        ("pre", "LABORATORIUM MEDISCHE MICROBIOLOGIE - LEIDEN REGIO (SALT-LAB)\n"
                "---------------------------------------------------------------\n"
                "Patient      : HARTMAN-VOS, I.           Geb: 09-07-1967   V\n"
                "Aanvrager    : S. Noordam, huisarts (Pieterswijk)\n"
                "Afnamedatum  : 19-11-2026      Uitslag: 23-11-2026   DEFINITIEF\n"
                "Indicatie    : ziekenhuisopname buitenland (Spanje) sept 2026\n"
                "---------------------------------------------------------------\n"
                "MRSA screening (kweek)\n"
                "  Neus                 : MRSA niet aangetoond\n"
                "  Keel                 : MRSA niet aangetoond\n"
                "  Perineum             : MRSA niet aangetoond\n"
                "  Wond D2 rechts       : n.v.t. (genezen)\n"
                "---------------------------------------------------------------\n"
                "Geautoriseerd: drs. P. Lambregts, arts-microbioloog"),
    ], "page": {"font": "Courier", "size": 9}}
    parts = [P([], "2026-11-28", "patient"), P([], "2026-11-26", "other"),
             P(["history"], "2026-11-25", "gp"), P(["mrsa-screening"], "2026-11-23", "lab")]
    lab = L(["history", "mrsa-screening"], "2026-11-28", "patient", "nl",
            "merged PDF assembled by the patient: cover letter + pharmacy list + GP summary + MRSA result",
            "yes", "yes", "yes",
            "Patient-made bundle: first part is the patient's own letter (Word -> PDF) listing "
            "the contents; pharmacy overview is not a history; the GP summary is the history; "
            "the MRSA result is a monospace LIS print; admission and two operations in Hospital "
            "General Universitario de Alicante; top-level date = first part.",
            parts=parts)
    return {"fmt": "merged", "parts": [p1, p2, p3, p4], "label": lab}


# ------------------------------------------------------------------ 037
def d037():
    t = """From: Sophie Martens <sophie.martens@outlook.example>
Sent: 19 November 2026 22:41
To: intake@handkliniekmeridiaan.example
Subject: Second opinion for my mother (Mrs A. Martens-de Graaf) - wrist

Dear Sir or Madam,

I am writing on behalf of my mother, Mrs Anneke Martens-de Graaf (date of birth 17 March 1948),
who lives in Utrecht. I live in London, which is why I am writing in English - I hope that is
alright. My mother has asked me to help her because she finds e-mail difficult.

In August my mother fell during a holiday in Spain and broke her right wrist. She was taken to
the Hospital Costa del Sol in Marbella, where they took X-rays and operated on her the next
day (they put in wires and an external frame, as far as I understood). She stayed in the
hospital for four days before she could fly home.

Back in the Netherlands the wires were removed at the Diakonessenhuis, but her wrist is still
very stiff and painful and her fingers are swollen. The doctor there says it will improve with
time, but we are worried because she can no longer do her own shopping or knit.

We would very much like a second opinion from your clinic. Her GP (Dr. Sanders, Utrecht) has
said he is willing to write a referral. Could you tell us what documents you need? We have the
Spanish discharge letter (in Spanish) and a CD with the X-rays from the Diakonessenhuis.

Many thanks in advance.

Kind regards,

Sophie Martens
(daughter of Mrs A. Martens-de Graaf)
+44 7700 900 118
"""
    lab = L([], "2026-11-19", "patient", "en", "e-mail from daughter on behalf of her mother",
            "yes", "yes", "yes",
            "Written by a relative on behalf of the patient (not a referral); operation and "
            "4-day admission at Hospital Costa del Sol, Marbella; X-rays mentioned; birth date "
            "written with month name like a letter date; only own date in 'Sent:' header.")
    return {"fmt": "txt", "text": t, "label": lab}


# ------------------------------------------------------------------ 038
def d038():
    blocks = [
        ("lh", "Ziekenhuis Rivierenland Tiel", ["Orthopedie", "President Kennedylaan 1, 4002 WP  Tiel"],
         {"right": ["Polikliniek 0344-674 911", "Uw kenmerk: -", "Ons kenmerk: ORT/JvB/440917"]}),
        ("addr", ["Aan de weledelzeergeleerde vrouwe drs. T. Hak, huisarts", "Huisartsenpraktijk Passewaaij",
                  "Passewaaijse Hogeweg 99", "4007 EH  Tiel"]),
        ("p", "**Betreft:** dhr. R. Verhagen, geb. 19-10-1969, Stationsstraat 24, 4001 CE Tiel"),
        ("p", "Geachte collega,"),
        ("p", "Op ons spreekuur zagen wij de heer Verhagen, 57 jaar, hovenier, rechtshandig, in "
              "verband met pijn aan de radiale zijde van de rechterpols sinds vier maanden."),
        ("p", "**Anamnese:** pijn bij optillen van de kleinzoon en bij snoeiwerk, uitstralend naar "
              "de duim. Geen trauma. Eén injectie bij de huisarts (augustus) hielp twee weken. "
              "Voorgeschiedenis: appendectomie 1998, hypertensie. Hij is niet eerder aan de pols "
              "of hand geopereerd. Geen opnames of behandelingen in het buitenland."),
        ("p", "**Lichamelijk onderzoek:** zwelling en drukpijn over het eerste extensorcompartiment. "
              "Test van Finkelstein positief. Geen drukpijn CMC-1, grind-test negatief. "
              "Sensibiliteit intact."),
        ("p", "**Aanvullend onderzoek:** echografie pols rechts (aangevraagd door u, 12-08-2026): "
              "verdikte peesschede van het eerste compartiment met een septum tussen APL en EPB."),
        ("p", "**Conclusie:** tendovaginitis van De Quervain rechts, met septum in het eerste "
              "compartiment."),
        ("p", "**Beleid:** vandaag echogeleide injectie met triamcinolon in het subcompartiment van "
              "de EPB. Bij onvoldoende effect na 6 weken kan een operatieve release worden "
              "overwogen; patiënt heeft daar nog geen behoefte aan. Controle op afroep."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["J. van Beek MPA, physician assistant orthopedie",
                 "Supervisor: dr. H.A. Wolters, orthopedisch chirurg"]),
        ("small", "cc: patiënt\nDatum dictaat: 10-11-2026   getypt: 12-11-2026 (ml)   "
                  "HiX-kenmerk ORT-PB-0011"),
    ]
    page = {"docx_font": "Arial", "size": 10,
            "footer": "Ziekenhuis Rivierenland Tiel - orthopedie - {page}"}
    lab = L(["correspondence"], "2026-11-12", "specialist", "nl",
            "outpatient letter by physician assistant; dates only in 'Datum dictaat / getypt' line",
            "yes", "no", "no",
            "No 'Datum:' near the top: the letter's own dates are only in the small 'Datum "
            "dictaat: 10-11-2026 getypt: 12-11-2026' line at the end; signed by a physician "
            "assistant; appendectomy is another body part; release only 'overwogen'; echo date "
            "12-08-2026 is an event date.",
            also=["2026-11-10"])
    return {"fmt": "docx", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 039
def d039():
    hdr = ["OLVG  |  Poliklinisch consult  |  WESTERVELD, Marit  |  MRN 102-883-417  |  geb. 26-06-1998"]
    blocks = [
        ("fields2",
         [("Naam", "WESTERVELD, Marit"), ("Geboortedatum", "26-06-1998"), ("Geslacht", "Vrouw"),
          ("MRN", "102-883-417"), ("BSN", "2771.09.845"), ("Adres", "Jan Pieter Heijestraat 80-2, 1053 GS Amsterdam")],
         [("Contactdatum", "29-10-2026 10:20"), ("Contacttype", "Nieuwe patiënt (poli)"),
          ("Afdeling", "Orthopedie - locatie Oost"), ("Behandelaar", "dr. S. Ouali, orthopedisch chirurg"),
          ("Verwijzer", "C. de Ruiter, huisarts"), ("Status", "Ondertekend 29-10-2026 16:02")]),
        ("h", "Poliklinisch consult - Orthopedie", 12),
        ("fields", [
            ("Reden van komst", "Pijn ulnaire zijde pols links sinds juli 2026"),
            ("Anamnese", "27-jarige verpleegkundige, linkshandig. In juli 2026 tijdens vakantie in "
                         "Italië (Toscane) gevallen van mountainbike op de linkerhand. Daar geen arts "
                         "bezocht; bij thuiskomst huisarts, polsbrace. Sindsdien pijn bij tillen van "
                         "patiënten, draaien van deurknop en steunen. Klikken bij rotatie. Geen "
                         "tintelingen. Geen eerdere polsproblemen."),
            ("Lichamelijk onderzoek", "Geen zwelling. Drukpijn fovea ulnaris. Ulnocarpale "
                                      "stresstest positief. DRUG stabiel in vergelijking met rechts. "
                                      "Pronatie/supinatie 80/80. Knijpkracht L 24 kg / R 27 kg."),
            ("Conclusie", "Verdenking TFCC-letsel links (foveaal?), DD ECU-tendinopathie."),
            ("Beleid", "Uitleg. Polsbrace overdag bij belasting. MRI-artrografie pols links "
                       "aangevraagd. Telefonisch consult na MRI. Patiënte vraagt naar de "
                       "mogelijkheid van een second opinion bij een handkliniek; informatie "
                       "meegegeven."),
            ("Orders", "MRI-artrografie pols links (status: gepland 14-12-2026)"),
            ("Medicatie", "Ethinylestradiol/levonorgestrel; ibuprofen 400 mg zn"),
            ("Allergieën", "Geen bekende allergieën"),
        ], {"lw": 40, "grid": True}),
        ("p", "Elektronisch ondertekend door: dr. S. Ouali, orthopedisch chirurg, 29-10-2026 16:02"),
        ("p", "Kopie naar: C. de Ruiter, huisarts (Huisartsenpraktijk De Baarsjes) - via Edifact"),
    ]
    page = {"font": "LiberationSans", "size": 9, "header": hdr, "header_from": 1,
            "footer": "Afgedrukt op 02-11-2026 13:17 door BAKKERJ (secretariaat orthopedie) - "
                      "Pagina {page} van {pages} - Vertrouwelijk"}
    lab = L(["correspondence"], "2026-10-29", "specialist", "nl",
            "Epic-style consult printout with many labelled fields",
            "unmentioned", "unmentioned", "no",
            "Epic-like printout: many labelled fields in two column groups, date labels "
            "'Contactdatum', 'Ondertekend', 'Afgedrukt op' (print date in footer); MRI only "
            "ordered (future date 14-12-2026); injured on holiday in Italy but explicitly no "
            "doctor there; header repeated on every page; not a letter but the specialist's "
            "consult record.",
            also=["2026-11-02"])
    return {"fmt": "pdf", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 040
def d040():
    t = """================================================================================
PROFESSIONELE SAMENVATTING (NHG-standaard)                      Medicom HIS
Aanmaakdatum: 10 maart 2026                    Aangemaakt door: dr. L. Zandbergen
================================================================================
PATIËNTGEGEVENS
Naam ............ dhr. P.H. Smits
Geboortedatum ... 01-12-1988
Adres ........... Bisschop Hamerstraat 3, 5041 KA Tilburg
Verzekering ..... Infomedics / CZ, 77210093

PRAKTIJK
Huisartsenpraktijk Oude Stad, Piusstraat 12, 5038 WP Tilburg, tel 013-543 2100

--------------------------------------------------------------------------------
ACTUELE EPISODES (met attentiewaarde)
L12  Hand/vinger symptomen/klachten rechts                       vanaf 14-11-2025
L92  Schoudersyndroom links                                      vanaf 03-02-2024
R96  Astma                                                       vanaf 1995

INACTIEVE EPISODES (selectie)
S18  Snijwond onderarm links (hechting)                          2019
--------------------------------------------------------------------------------
VOORGESCHIEDENIS
- Astma sinds jeugd, stabiel op ICS.
- 2024 schouderklachten links, fysiotherapie, hersteld.
- Nooit geopereerd (ook niet aan hand of pols).

RECENTE CONSULTEN
14-11-2025  S: Pijn en stijfheid MCP-gewrichten rechterhand, ochtendstijfheid 20 min.
            O: Lichte zwelling MCP 2-3 rechts, geen roodheid.
            E: Artralgie hand rechts, DD artrose/artritis.
            P: NSAID proef 2 wk, lab (BSE, CRP, RF, anti-CCP).
21-11-2025  Lab: BSE 12, CRP 4, RF neg, anti-CCP neg.
09-01-2026  S: Klachten wisselend, niet beter.
            E: Artralgie MCP rechts, geen aanwijzing reumatoïde artritis.
            P: Geen beeldvorming verricht; overleg: bij persisteren verwijzing.
05-03-2026  S: Toenemende pijn bij werk (monteur). Wil naar specialist.
            P: Verwijzing reumatologie ETZ besproken; pat. wil liever handchirurg.

MEDICATIE
Budesonide/formoterol 200/6 inh 2dd2; salbutamol zn; naproxen 250 mg zn (sinds 14-11-2025)

ALLERGIEËN / INTOLERANTIES
Geen bekend

================================================================================
Einde professionele samenvatting - 1 pagina
"""
    lab = L(["history"], "2026-03-10", "gp", "nl", "HIS professional summary (NHG), dotted labels",
            "no", "no", "unmentioned",
            "Professional summary dated 10 maart 2026, i.e. about 9 months before today (not "
            "recent); 'Geen beeldvorming verricht' and 'Nooit geopereerd' are negations; lab "
            "results quoted in journal are not a lab document; referral only discussed.")
    return {"fmt": "txt", "text": t, "label": lab}


# ------------------------------------------------------------------ 041
def d041():
    blocks = [
        ("lh", "Radiologie am Rhein", ["Gemeinschaftspraxis für Radiologie und Nuklearmedizin",
                                       "Kaiserswerther Str. 230, 40474 Düsseldorf"],
         {"right": ["Tel. +49 211 430 77 0", "Fax +49 211 430 77 99",
                    "Düsseldorf, den 04.11.2026"]}),
        ("addr", ["Herrn Dr. med. F. Albers", "Facharzt für Orthopädie und Unfallchirurgie",
                  "Nordstraße 55", "40477 Düsseldorf"]),
        ("p", "**Patientin:** Frau Eline van Houten, geb. 29.08.1985"),
        ("p", "**Untersuchung vom 03.11.2026:** MRT des linken Handgelenks (3 Tesla), nativ und "
              "nach i.v. KM-Gabe"),
        ("p", "Sehr geehrter Herr Kollege Albers,"),
        ("p", "vielen Dank für die Überweisung Ihrer Patientin."),
        ("p", "**Rechtfertigende Indikation / Fragestellung:** Seit 6 Monaten belastungsabhängige "
              "Schmerzen dorsal Handgelenk links, Röntgen auswärts unauffällig. Lunatummalazie?"),
        ("p", "**Befund:** Das Os lunatum zeigt eine diffuse Signalminderung in T1w und eine "
              "inhomogene Signalanhebung in der PD-fs-Sequenz. Nach Kontrastmittelgabe "
              "fehlende Anreicherung im proximalen Anteil. Keine Höhenminderung, keine "
              "Fragmentation. Ulnaminusvariante von 2,5 mm. SL- und LT-Band intakt. TFCC "
              "unauffällig. Kein Gelenkerguss."),
        ("p", "**Beurteilung:**\n1. Lunatummalazie (Morbus Kienböck) links, Stadium II nach "
              "Lichtman (ohne Kollaps).\n2. Ulnaminusvariante."),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("sig", ["Dr. med. Johannes Kreuzberg", "Facharzt für Diagnostische Radiologie"]),
    ]
    page = {"docx_font": "Arial", "size": 10,
            "footer": "Radiologie am Rhein - Befund-Nr. 26-110347 - elektronisch erstellt, ohne Unterschrift gültig"}
    lab = L(["imaging-report"], "2026-11-04", "radiologist", "de",
            "German radiology practice report as letter (DOCX)",
            "yes", "unmentioned", "yes",
            "Radiology report written as a letter to the orthopaedist ('Sehr geehrter Herr "
            "Kollege', 'vielen Dank für die Überweisung' - not a referral); practice in "
            "Düsseldorf = care outside NL; exam date and report date differ; earlier X-ray "
            "'auswärts'.",
            also=["2026-11-03"])
    return {"fmt": "docx", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 042
def d042():
    blocks = [
        ("p", "**HOSPITAL FOR SPECIAL SURGERY**\n535 East 70th Street, New York, NY 10021\n"
              "Hand and Upper Extremity Service"),
        ("h", "OPERATIVE REPORT", 14),
        ("fields", [("PATIENT NAME", "VOS, MARJOLEIN"), ("DATE OF BIRTH", "07/30/1966"),
                    ("MRN", "HSS-3320917"), ("DATE OF SURGERY", "09/17/2026"),
                    ("SURGEON", "Andrew Caldwell, MD"), ("ASSISTANT", "Priya Raman, MD (Hand Fellow)"),
                    ("ANESTHESIA", "Regional (infraclavicular block) with MAC"),
                    ("ANESTHESIOLOGIST", "Thomas Lee, MD")], {"docx": "table", "lw": 50}),
        ("p", "**PREOPERATIVE DIAGNOSIS:** Right thumb carpometacarpal osteoarthritis, Eaton stage III."),
        ("p", "**POSTOPERATIVE DIAGNOSIS:** Same."),
        ("p", "**PROCEDURE PERFORMED:** Right thumb trapeziectomy with ligament reconstruction and "
              "tendon interposition (LRTI) using one half of the flexor carpi radialis tendon."),
        ("p", "**INDICATIONS:** The patient is a 60-year-old right-hand-dominant woman, a Dutch "
              "national working in New York, with progressive basal thumb pain refractory to "
              "splinting and two corticosteroid injections. Preoperative radiographs "
              "demonstrated joint space loss, subluxation and osteophytes of the first CMC joint. "
              "Risks, benefits and alternatives were discussed and informed consent was obtained."),
        ("p", "**DESCRIPTION OF PROCEDURE:** The patient was identified in the holding area and the "
              "right thumb was marked. After the block, she was brought to the operating room and "
              "placed supine with an arm table. A tourniquet was inflated to 250 mmHg. A Wagner "
              "incision was made; branches of the superficial radial nerve were protected. The "
              "capsule was incised and the trapezium excised piecemeal. The FCR was harvested "
              "through two small forearm incisions, split, passed through a drill hole in the "
              "base of the first metacarpal, and sutured back on itself; the remainder was "
              "rolled as an anchovy and placed in the trapezial space. Fluoroscopy confirmed "
              "maintenance of trapezial space height. The capsule and skin were closed. A thumb "
              "spica splint was applied."),
        ("p", "**ESTIMATED BLOOD LOSS:** Minimal. **COMPLICATIONS:** None. **SPECIMENS:** Trapezium "
              "to pathology."),
        ("p", "**DISPOSITION:** Discharged home the same day in stable condition. Follow up in 10-14 "
              "days for suture removal and cast. The patient plans to relocate to Amsterdam in "
              "December; a copy of this report was provided."),
        ("sig", ["Electronically signed: Andrew Caldwell, MD 09/18/2026 07:02"]),
        ("small", "D: 09/17/2026 16:44  T: 09/18/2026 06:30  Job #88214-HSS"),
    ]
    page = {"docx_font": "Courier New", "size": 10,
            "footer": "VOS, MARJOLEIN  HSS-3320917  OPERATIVE REPORT  Page {page} of {pages}"}
    lab = L(["operation-report"], "2026-09-17", "specialist", "en", "US operative report (transcription style)",
            "yes", "yes", "yes",
            "US transcription report: all dates month-first with day > 12 (07/30/1966, "
            "09/17/2026, 09/18/2026); operation in New York = abroad; preoperative radiographs "
            "and fluoroscopy = imaging; 'D:'/'T:' dictation and transcription stamps.",
            also=["2026-09-18"])
    return {"fmt": "docx", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 043
def d043():
    t = """MICROBIOLOGISCH LABORATORIUM OOST                         GLIMS  uitslagrapport
Ariënsplein 1, 7511 JX Enschede                                   tel 053-487 2000
================================================================================
Patiënt       : SAHIN, Y.                       Geb.datum : 30-04-1958   (M)
Patiëntnr.    : 4409128                         BSN       : 2250.88.316
Aanvrager     : J. ter Horst, huisarts, Gezondheidscentrum Wesselerbrink
Aanvraagnr.   : 26MB120288
Afname        : 02-12-2026 08:50                Ontvangst : 02-12-2026 13:15
Autorisatie   : 04-12-2026 11:32                Status    : EINDUITSLAG
Klinische info: opname Hôpital Universitaire Ibn Rochd Casablanca (MA) sept 2026;
                screening ivm verwijzing handchirurgie / mogelijke ingreep
================================================================================

BEPALING: MRSA-screening (kweek met ophoping + chromogeen medium)

  Materiaal                 Uitslag
  ------------------------  -------------------------------------------------
  Neus (beide neusgaten)    Staphylococcus aureus, meticilline-resistent (MRSA)
                            AANGETOOND
  Keel                      MRSA niet aangetoond
  Perineum                  MRSA niet aangetoond

  Gevoeligheid MRSA-isolaat (neus):
    Oxacilline      R        Cotrimoxazol   S
    Clindamycine    S        Doxycycline    S
    Mupirocine      S        Rifampicine    S

OPMERKING
  MRSA-dragerschap. Uitslag telefonisch doorgegeven aan dr. Ter Horst op 04-12-2026.
  Isolaat ingestuurd naar RIVM voor typering. Raadpleeg de LCI-richtlijn voor
  eradicatiebehandeling. Bij verwijzing of opname de ontvangende instelling
  informeren (BRMO-status).

Geautoriseerd door: dr. M.A. Veltkamp, arts-microbioloog
================================================================================
"""
    lab = L(["mrsa-screening"], "2026-12-04", "lab", "nl", "GLIMS-like LIS export, positive result",
            "unmentioned", "unmentioned", "yes",
            "Positive MRSA result (still an MRSA screening document); clinical info names the "
            "hospital in Casablanca; sampling, receipt and authorisation dates; 'mogelijke "
            "ingreep' is a plan.",
            also=["2026-12-02"])
    return {"fmt": "txt", "text": t, "label": lab}


# ------------------------------------------------------------------ 044
def d044():
    blocks = [
        ("lh", "UZ Leuven", ["Dienst Orthopedie - Hand- en Polschirurgie", "Campus Pellenberg",
                             "Weligerveld 1, 3212 Pellenberg"],
         {"right": ["raadpleging tel. +32 16 33 81 00", "Leuven, 19 augustus 2026"]}),
        ("addr", ["Aan dr. Hilde Claes", "Huisartsenpraktijk Heverlee", "Naamsesteenweg 255",
                  "3001 Heverlee"]),
        ("p", "**Betreft:** Mevrouw Lotte PEETERS °21/11/1992 - patiëntnummer 5120398"),
        ("p", "Geachte collega,"),
        ("p", "Wij zagen uw patiënte op onze raadpleging handchirurgie op 14/08/2026."),
        ("p", "**Anamnese:** 33-jarige verpleegkundige, rechtshandig. In mei 2026 val op de "
              "spoedgevallendienst van ons ziekenhuis gezien met een distale radiusfractuur "
              "links, conservatief behandeld met gips gedurende 6 weken. Nu persisterende pijn "
              "ulnair en beperkte supinatie."),
        ("p", "**Klinisch onderzoek:** supinatie 40°, pronatie 80°. Drukpijn ulnaire kop. "
              "DRUG stabiel."),
        ("p", "**Technische onderzoeken:** RX pols links en CT-scan beide polsen (11/08/2026): "
              "geconsolideerde fractuur met 25° dorsale angulatie en 4 mm radiale verkorting, "
              "incongruentie DRUG."),
        ("p", "**Besluit:** symptomatische malunion distale radius links."),
        ("p", "**Voorstel:** wij stellen een correctieosteotomie van de radius voor met "
              "3D-planning. Patiënte wenst bedenktijd; zij overweegt eveneens een second opinion "
              "in Nederland, waar zij binnenkort gaat werken. Wij bezorgen haar desgewenst de "
              "beelden op cd."),
        ("p", "Met collegiale hoogachting,"),
        ("sig", ["Prof. dr. K. Vandenberghe", "dienst orthopedie",
                 "i.o. dr. A. Wouters, assistent orthopedie"]),
    ]
    page = {"font": "LiberationSerif", "size": 10.5,
            "footer": "UZ Leuven - Herestraat 49 - 3000 Leuven - www.uzleuven.be - p. {page}/{pages}"}
    lab = L(["correspondence"], "2026-08-19", "specialist", "nl",
            "Flemish consultation letter (raadpleging)",
            "yes", "no", "yes",
            "Belgian university hospital letter: 'Leuven, 19 augustus 2026' in letterhead "
            "column, consult 14/08/2026; Flemish vocabulary (raadpleging, spoedgevallendienst, "
            "Besluit, Voorstel, technische onderzoeken); fracture 'conservatief "
            "behandeld' (= not operated, without the word 'geopereerd'); osteotomy only proposed; signed 'i.o.' by resident.",
            also=["2026-08-14"])
    return {"fmt": "pdf", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 045
def d045():
    blocks = [
        ("lh", "Handtherapie De Hand", ["Praktijk voor hand- en polsrevalidatie",
                                        "Brinkgreverweg 64, 7413 AE  Deventer"],
         {"right": ["T 0570-61 44 20", "info@dehand-deventer.example"]}),
        ("addr", ["Deventer Ziekenhuis", "t.a.v. dr. W. Nijland, plastisch chirurg",
                  "Nico Bolkesteinlaan 75", "7416 SE  Deventer"]),
        ("p", "**Betreft:** voortgangsverslag handtherapie - mw. D. (Demi) Lubbers, geb. 11-11-2000"),
        ("p", "Geachte dokter Nijland,"),
        ("p", "Mevrouw Lubbers is sinds uw tenolyse van de buigpezen van de ringvinger rechts "
              "(12-08-2026) bij ons onder behandeling volgens het tenolyseprotocol (direct "
              "actief, oedeemcontrole, nachtelijke extensiespalk)."),
        ("table", ["Meting", "Week 1", "Week 4", "Week 8"], [
            ["Actieve flexie PIP D4 (gr)", "55", "70", "78"],
            ["Actieve flexie DIP D4 (gr)", "20", "35", "40"],
            ["Extensiedeficit PIP D4 (gr)", "-25", "-15", "-10"],
            ["Vingertop-handpalmafstand (cm)", "3,5", "1,5", "0,5"],
            ["Knijpkracht re/li (kg)", "n.v.t.", "12 / 30", "19 / 31"],
        ]),
        ("p", "Het actieve bewegingsbereik neemt gestaag toe; de passieve flexie is nagenoeg "
              "volledig. Littekenadhesie is afgenomen na littekenmassage en siliconentape. "
              "Patiënte werkt weer 50% als kapster."),
        ("p", "**Advies:** voortzetten handtherapie 1x per week gedurende 6 weken. Wij zien geen "
              "reden voor een eerdere controle, tenzij de extensie verslechtert."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["Marloes Kamphuis", "handtherapeut (ergotherapeut) CHT-NL"]),
        ("small", "cc: huisarts mw. E. Dost, Deventer; patiënte"),
    ]
    page = {"docx_font": "Tahoma", "size": 10,
            "footer": "Handtherapie De Hand - KvK 00000000 - AGB 05-000000"}
    lab = L([], None, "other", "nl", "hand therapy progress letter with measurement table (DOCX), undated",
            "unmentioned", "yes", "unmentioned",
            "Hand therapist writing to the surgeon: states the tenolysis (12-08-2026) but is "
            "neither a specialist letter nor an operation report; table of week-wise "
            "measurements; the letter carries no date at all (only the operation date "
            "12-08-2026 and week numbers).")
    return {"fmt": "docx", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 046
def d046():
    blocks = [
        ("h", "Norfolk and Norwich University Hospitals NHS Foundation Trust", 11),
        ("h", "RADIOLOGY REQUEST FORM - GP DIRECT ACCESS", 13),
        ("fields", [("Patient surname", "VISSER"), ("Forename", "Annemiek"),
                    ("Date of birth", "23/12/1990"), ("NHS number", "733 109 2248"),
                    ("Address", "18 Hall Road, Norwich NR1 3HQ"),
                    ("Telephone", "07700 900 442")], {"grid": True, "lw": 45}),
        ("fields", [("Examination requested", "Ultrasound RIGHT wrist (dorsal)"),
                    ("Clinical details", "3/12 dorsal wrist swelling, fluctuates in size, "
                                         "painful on extension. ?ganglion ?tenosynovitis. "
                                         "Patient moving to Netherlands in Jan - please scan "
                                         "before then if possible."),
                    ("Question to be answered", "Ganglion? Size and origin?"),
                    ("Previous imaging", "None"),
                    ("Previous surgery", "None"),
                    ("Pregnant?", "No"),
                    ("Urgency", "Routine")], {"grid": True, "lw": 45}),
        ("fields", [("Referrer", "Dr Imogen Pryce, GP"),
                    ("Practice", "Lakenham Surgery, 24 Ninham Street, Norwich NR1 3JJ"),
                    ("Signature", "I. Pryce"),
                    ("Date of request", "18/11/2026"),
                    ("Results to", "Referrer (electronic)")], {"grid": True, "lw": 45}),
        ("small", "Radiology use only: vetted ______  Protocol ______  Appointment ______"),
    ]
    page = {"docx_font": "Arial", "size": 10,
            "footer": "NNUH Radiology request - RAD-F-002 v6 - page {page}"}
    lab = L([], "2026-11-18", "gp", "en", "UK GP radiology request form (DOCX -> PDF)",
            "no", "no", "unmentioned",
            "A radiology request form from a GP: it asks for an ultrasound (planned), so it is "
            "neither an imaging report nor a referral; 'Previous imaging: None' and 'Previous "
            "surgery: None' are negations in form fields; 'Question to be answered' looks like a "
            "referral question; a UK GP's request, no hospital care stated -> treated_abroad "
            "unmentioned.")
    return {"fmt": "docx2pdf", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 047
def d047():
    t = """Von: Hans-Peter Wolters <hp.wolters@t-online.example>
Gesendet: Mittwoch, 25. November 2026 um 18:03 Uhr
An: intake@handkliniekmeridiaan.example
Betreff: Anfrage Zweitmeinung Daumen rechts / Termin

Sehr geehrte Damen und Herren,

ich wohne in Kleve (Deutschland), direkt an der Grenze, und bin seit letztem Jahr wegen
meines rechten Daumens ausschließlich im Radboudumc in Nijmegen in Behandlung gewesen, weil
ich dort arbeite und dort versichert bin. In Deutschland war ich deswegen nie beim Arzt oder
im Krankenhaus.

Im Radboudumc wurden Röntgenbilder gemacht (Arthrose im Daumensattelgelenk) und ich habe
eine Schiene und zwei Spritzen bekommen. Jetzt wird mir eine Operation angeboten, bei der der
Knochen (Trapezium) entfernt wird. Ich wurde noch nie an der Hand operiert und habe großen
Respekt davor, weil ich als Zahntechniker auf meine Hände angewiesen bin.

Deshalb möchte ich gerne eine zweite Meinung bei Ihnen einholen. Meine Hausärztin in
Nijmegen (Frau Dr. Peters) schickt eine Überweisung, sobald ich ihr Bescheid gebe. Ich spreche
etwas Niederländisch, schreibe aber lieber auf Deutsch.

Mit freundlichen Grüßen
Hans-Peter Wolters
geb. 14.02.1964
Tel. +49 2821 99 41 07
"""
    lab = L([], "2026-11-25", "patient", "de", "German patient e-mail (Outlook header in German)",
            "yes", "no", "no",
            "Patient living in Germany but treated only in Nijmegen (in the Netherlands) and "
            "'in Deutschland nie beim Arzt oder im Krankenhaus' -> treated_abroad no; "
            "operation only offered, 'noch nie an der Hand operiert'; date in German 'Gesendet:' "
            "line with weekday and 'um ... Uhr'.")
    return {"fmt": "txt", "text": t, "label": lab}


# ------------------------------------------------------------------ 048
def d048():
    blocks = [
        ("lh", "NHS Lothian", ["Department of Laboratory Medicine - Medical Microbiology",
                               "Royal Infirmary of Edinburgh, 51 Little France Crescent",
                               "Edinburgh EH16 4SA"],
         {"right": ["Microbiology enquiries: 0131 242 6060", "Lab No: M26.8831402"]}),
        ("h", "MICROBIOLOGY REPORT", 13),
        ("fields2",
         [("Patient", "BRINKMAN, Floor"), ("DOB", "15/09/1995"), ("CHI", "1509950000"),
          ("Location", "Ward 108 (Orthopaedic Trauma), RIE")],
         [("Requested by", "Dr C. MacLeod (FY1)"), ("Collected", "28/11/2026 06:30"),
          ("Received", "28/11/2026 09:12"), ("Reported", "30/11/2026 14:55")]),
        ("fields", [("Clinical details", "Inpatient since 24/11 - distal radius + ulna fracture "
                                         "(ORIF 25/11). Pre-transfer MRSA screen, repatriation to "
                                         "the Netherlands."),
                    ("Specimen", "Nose swab, throat swab, groin swab")], {"lw": 38}),
        ("table", ["Specimen", "Investigation", "Result"], [
            ["Nose swab", "MRSA screen (culture)", "MRSA not isolated"],
            ["Throat swab", "MRSA screen (culture)", "MRSA not isolated"],
            ["Groin swab", "MRSA screen (culture)", "MRSA not isolated"],
        ]),
        ("p", "**Comment:** MRSA screen negative. This report is FINAL."),
        ("small", "Authorised by: Dr R. Sinclair, Consultant Microbiologist, 30/11/2026. "
                  "UKAS accredited medical laboratory No. 0000."),
    ]
    page = {"font": "Helvetica", "size": 9.5,
            "footer": "NHS Lothian Microbiology - BRINKMAN, Floor - M26.8831402 - Page {page} of {pages}"}
    lab = L(["mrsa-screening"], "2026-11-30", "lab", "en", "Scottish NHS microbiology report (MRSA screen)",
            "unmentioned", "yes", "yes",
            "Lab report from a hospital abroad for an inpatient (admitted in Edinburgh, ORIF "
            "25/11 stated in clinical details -> operated yes); collected/received/reported "
            "dates in dd/mm.",
            also=["2026-11-28"])
    return {"fmt": "pdf", "blocks": blocks, "page": page, "label": lab}
