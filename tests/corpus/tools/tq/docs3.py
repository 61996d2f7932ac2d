from common import L, P, CLINIC_ADDR

DOCS = []
def add(**d):
    DOCS.append(d)

# ---------------------------------------------------------------- tq-033 insurer letter
add(stem="tq-033", fmt="pdf", engine="rl", font="sans",
    footer="Zorgverzekeraar Zekerheid Oost - Postbus 70110, 7500 KC Enschede - KvK 06088123", pagenum="{n}/{N}",
    blocks=[
        ("lh", {"name": "Zekerheid Oost Zorgverzekeringen", "logo": "ZO", "align": "right",
                "sub": ["Afdeling Zorgadvies en Declaraties"]}),
        ("addr", ["Mevrouw A.M. Dijkhuizen", "Kerkweg 7", "3881 BR Putten"]),
        ("kv", [("Datum", "25 november 2026"), ("Relatienummer", "55120981"), ("Ons kenmerk", "ZA/2611/84412"),
                ("Onderwerp", "Uw vraag over vergoeding second opinion")], {"w": 3.5}),
        ("p", "Geachte mevrouw Dijkhuizen,"),
        ("p", "U vroeg ons telefonisch op 20 november of een second opinion bij Handcentrum Oostvaarders wordt "
              "vergoed. Graag geven wij u hierover uitleg."),
        ("p", "Een second opinion valt onder de basisverzekering als:\n"
              "- u een verwijzing heeft van uw huisarts of behandelend medisch specialist;\n"
              "- de second opinion gaat over een diagnose of behandeling die al door een arts is gesteld of voorgesteld;\n"
              "- de zorgaanbieder waar u naartoe gaat, door ons is gecontracteerd.\n"
              "Handcentrum Oostvaarders is voor 2026 gecontracteerd. Als u wordt geopereerd na de second opinion, "
              "geldt daarvoor de gewone vergoeding; uw eigen risico (EUR 385) is van toepassing."),
        ("p", "Let op: een verwijzing is maximaal één jaar geldig. Voor röntgenfoto's, echo's of MRI-scans die "
              "tijdens de second opinion worden gemaakt heeft u geen aparte verwijzing nodig."),
        ("p", "Heeft u nog vragen? Bel ons dan op 053-4881200 of kijk op onze website."),
        ("p", "Met vriendelijke groet,\n\nK. Oude Luttikhuis\nZorgadviseur"),
    ],
    label=L([], "2026-11-25", "other", "nl", "insurer letter about second-opinion reimbursement",
            img="unmentioned", op="unmentioned", abroad="unmentioned",
            notes="Full of keywords (verwijzing, second opinion, geopereerd, röntgenfoto's, MRI) in general/conditional "
                  "sense; not a referral nor correspondence."))

# ---------------------------------------------------------------- tq-034 patient email English
add(stem="tq-034", fmt="txt",
    blocks=[
        ("mono", "From: Lucía Fernández Brandt <lucia.fb@example.net>\n"
                 "Sent: Monday, 30 November 2026 22:47\n"
                 "To: secretariaat@handcentrum-oostvaarders.example\n"
                 "Subject: second opinion request - right thumb (Fernández Brandt, 1989-05-17)"),
        ("p", "Dear Sir/Madam,"),
        ("p", "Sorry for writing in English, my Dutch is not good enough yet for medical things.\n"
              "I would like to ask for a second opinion about my right thumb. Since about a year my thumb gets "
              "stuck in the morning and it hurts at the base. My GP (Dr. van Rijn in Delft) gave me two "
              "injections. In September I saw a plastic surgeon at Westland Hospital Delft (I think that is the "
              "name) and he said I need an operation, but he did not really examine it and did not take an "
              "x-ray or anything. I have never had surgery on my hand (only my appendix this summer) and I am quite scared, so I want to be sure.\n"
              "I have lived in the Netherlands since 2019 and all my treatment has been here. My mother had the "
              "same operation in Madrid years ago and still has problems, which is another reason I am nervous.\n"
              "My GP says she can send a referral if you accept me. What documents do you need from me?\n"
              "Thank you in advance,\nLucía Fernández Brandt\nDate of birth 17 May 1989\n+31 6 1234 0099"),
    ],
    label=L([], "2026-11-30", "patient", "en", "patient e-mail with mail header, plain text",
            img="no", op="no", abroad="no",
            notes="Patient's own request (not a referral); 'did not take an x-ray or anything' and 'never had "
                  "surgery on my hand' negations (appendix operation is another body part); mother's operation in Madrid (family, abroad); 'all my treatment has been "
                  "here'; date inside the mail header."))

# ---------------------------------------------------------------- tq-035 German outpatient Arztbrief via LO
add(stem="tq-035", fmt="pdf", engine="lo", font="sans", lh_in_header=True, pagenum="Seite {n} von {N}",
    footer="St. Elisabeth-Krankenhaus Geilenkirchen gGmbH · Martin-Heyden-Str. 32 · 52511 Geilenkirchen · Tel. +49 2451 620-0",
    blocks=[
        ("lh", {"name": "St. Elisabeth-Krankenhaus Geilenkirchen", "logo": "SEK",
                "sub": ["Abteilung für Unfall-, Hand- und Orthopädische Chirurgie - Handchirurgische Sprechstunde"]}),
        ("addr", ["Frau Dr. med. S. Hendriks", "Huisartsenpraktijk Hendriks", "Markt 5", "6461 EC Kerkrade", "NIEDERLANDE"]),
        ("right", "Geilenkirchen, den 12.11.2026"),
        ("p", "Ambulanter Arztbrief\n\nPatient: Jos Lemmens, *05.02.1958, Kerkrade (NL)\nVorstellung am: 10.11.2026"),
        ("p", "Sehr geehrte Frau Kollegin,\nvielen Dank für die Überweisung Ihres Patienten, den wir in unserer "
              "handchirurgischen Sprechstunde gesehen haben."),
        ("h", "Diagnose:"),
        ("p", "Rhizarthrose rechts, Stadium Eaton III; Heberden-Arthrose Dig. II/III bds."),
        ("h", "Anamnese:"),
        ("p", "Seit 2 Jahren zunehmende Schmerzen im Daumensattelgelenk rechts, Kraftverlust beim Öffnen von "
              "Flaschen. Bisher Orthese und zwei Kortisoninfiltrationen (zuletzt 06/2026) mit kurzfristiger "
              "Besserung. Voroperationen an der Hand: keine. Z.n. Hüft-TEP links 2019."),
        ("h", "Befund:"),
        ("p", "Schwellung und Druckschmerz über dem CMC-I-Gelenk re., Grind-Test positiv, Adduktionskontraktur "
              "leichtgradig, Schlüsselgriff schmerzhaft. DMS intakt."),
        ("h", "Röntgen Daumen re. in 2 Ebenen (heute):"),
        ("p", "Gelenkspaltverschmälerung CMC-I mit Osteophyten > 2 mm, STT-Gelenk unauffällig."),
        ("h", "Procedere:"),
        ("p", "Wir haben dem Patienten eine Resektionsarthroplastik (Trapezektomie mit APL-Suspension) empfohlen. "
              "Der Patient möchte dies zunächst mit seiner Familie besprechen und sich ggf. in den Niederlanden "
              "eine Zweitmeinung einholen. Ein OP-Termin wurde noch nicht vereinbart."),
        ("p", "Mit freundlichen kollegialen Grüßen\n\n\nDr. med. T. Janßen                 J. Kaya\nChefarzt                                      Assistenzarzt"),
    ],
    label=L(["correspondence"], "2026-11-12", "specialist", "de", "German ambulant Arztbrief, LibreOffice, letterhead in header",
            img="yes", op="no", abroad="yes", also=None,
            notes="Operation only recommended ('empfohlen', no date); 'Voroperationen an der Hand: keine'; hip TEP other "
                  "body part; Vorstellung date vs letter date; German hospital across the border."))

# ---------------------------------------------------------------- tq-036 merged UK bundle
add(stem="tq-036", fmt="pdf",
    parts=[
        dict(engine="rl", font="sans", header="Westbridge Hospitals NHS Foundation Trust - Theatres", pagenum="Page {n} of {N}",
             blocks=[
            ("title", "OPERATION NOTE"),
            ("tbl", [["Patient", "VAN LOON, Ingrid", "DOB", "14/03/1957"],
                     ["Hospital No", "W2203318", "Date", "12/05/2026"],
                     ["Surgeon", "Mr D. Okonkwo", "Assistant", "Ms F. Adeyemi (ST6)"],
                     ["Anaesthetist", "Dr P. Lowe", "Anaesthetic", "GA + LA infiltration"]], {"head": False}),
            ("kv", [("Procedure", "Left trapeziectomy with ligament reconstruction and tendon interposition (FCR half-slip)"),
                    ("Indication", "Left thumb CMCJ OA, Eaton III, failed conservative management"),
                    ("Tourniquet", "250 mmHg, 74 min"),
                    ("Findings", "Severe OA trapezium with loose body; STT joint preserved"),
                    ("Procedure details", "Wagner approach. SRN branches identified and protected. Capsulotomy. "
                                          "Trapezium excised piecemeal. Half FCR harvested through two forearm "
                                          "incisions, passed through a drill hole at the base of MC1 and sutured "
                                          "back on itself; remainder rolled as anchovy. Capsule closed 3-0 Vicryl, "
                                          "skin 4-0 Monocryl subcuticular."),
                    ("Closure / dressing", "Thumb spica POP"),
                    ("Post-op instructions", "Elevate. Home today if comfortable. Hand therapy at 2 weeks for splint. "
                                             "Clinic 2 weeks.")], {"w": 4}),
            ("p", "Signed: D. Okonkwo, Consultant"),
        ], label=P(["operation-report"], "2026-05-12", "specialist")),
        dict(engine="rl", font="sans", header="Westbridge Hospitals NHS Foundation Trust", pagenum="Page {n} of {N}",
             blocks=[
            ("title", "Discharge Summary"),
            ("kv", [("Patient", "Ingrid VAN LOON (F) 14/03/1957"), ("Admitted", "12/05/2026"),
                    ("Discharged", "13/05/2026"), ("Ward", "Day Surgery Unit / overnight"),
                    ("Responsible consultant", "Mr D. Okonkwo"), ("GP", "Dr A. Whitcombe, Saltmarsh Surgery")], {"w": 4.5}),
            ("h", "Diagnosis"), ("p", "Left thumb base OA"),
            ("h", "Procedures"), ("p", "Left trapeziectomy + LRTI (12/05/2026) - see operation note"),
            ("h", "Clinical summary"),
            ("p", "Uneventful. Kept overnight for PONV. Neurovascularly intact. Discharged with POP."),
            ("h", "Medications on discharge"), ("p", "Paracetamol 1 g QDS, codeine 30 mg QDS PRN (5 days)"),
            ("h", "Actions for GP"), ("p", "None. Follow-up arranged in hand clinic."),
            ("p", "Completed by: Dr S. Patel FY2, 13/05/2026"),
        ], label=P(["correspondence"], "2026-05-13", "specialist")),
        dict(engine="rl", font="serif", pagenum="{n}", blocks=[
            ("lh", {"name": "Westbridge Hospitals NHS Foundation Trust", "sub": ["Hand Surgery Clinic, Royal Westbridge Infirmary"]}),
            ("p", "26 May 2026\n\nDr A. Whitcombe\nSaltmarsh Surgery\nWestbridge WB2 1LP"),
            ("p", "Dear Dr Whitcombe\n\nRe: Ingrid van Loon, 14.03.57"),
            ("p", "I saw Mrs van Loon two weeks after her left trapeziectomy. The wound has healed and sutures are "
                  "not required to be removed. She has been fitted with a thermoplastic splint by the hand "
                  "therapists. I will see her again in three months. No X-ray was needed today."),
            ("p", "Yours sincerely\n\nFunmi Adeyemi\nSpecialty Registrar to Mr D. Okonkwo"),
        ], label=P(["correspondence"], "2026-05-26", "specialist")),
    ],
    label=L(["operation-report", "correspondence"], "2026-05-12", "specialist", "en",
            "merged NHS bundle: operation note + discharge summary + clinic letter", img="unmentioned", op="yes", abroad="yes",
            notes="Three UK documents in one PDF; discharge summary only refers to the op note ('see operation note'); "
                  "'No X-ray was needed today' is a visit-level negation (imaging left unmentioned); three date styles (12/05/2026, 26 May 2026, 14.03.57). Top-level date = first part."))

# ---------------------------------------------------------------- tq-037 physiotherapy progress report (English, NL practice)
add(stem="tq-037", fmt="docx", font="sans",
    blocks=[
        ("lh", {"name": "Fysiotherapie Zuidas", "logo": "FZ",
                "sub": ["Hand & Sports Physiotherapy - Gustav Mahlerlaan 12, 1082 MK Amsterdam"]}),
        ("title", "Progress report physiotherapy"),
        ("kv", [("Client", "Mr Oliver Grant"), ("Date of birth", "22-08-1977"), ("Report date", "19 November 2026"),
                ("To", "Dr J. Alvarez, GP, Amsterdam International Family Practice"),
                ("Physiotherapist", "M. Verhoef, MSc, hand therapist (NVHT)")], {"w": 4}),
        ("h", "History"),
        ("p", "Mr Grant sustained a left distal radius fracture on 28 January 2026 while skiing in Austria. He was "
              "treated at the local trauma clinic in Sölden with closed reduction and a cast; no surgery was "
              "performed. X-rays at 6 weeks (Amsterdam) showed union in acceptable position."),
        ("h", "Treatment"),
        ("p", "22 sessions since 20-03-2026: mobilisation, strengthening, proprioception, return-to-sport "
              "(tennis)."),
        ("tbl", [["", "March 2026", "November 2026"],
                 ["Extension / flexion (deg)", "35 / 30", "60 / 65"],
                 ["Supination / pronation", "50 / 70", "75 / 80"],
                 ["Grip L/R (kg)", "12 / 46", "34 / 47"],
                 ["PRWE", "68", "22"]]),
        ("h", "Conclusion and advice"),
        ("p", "Good progress but persistent ulnar-sided pain with loading (tennis backhand). Clicking in "
              "supination. I suspect a TFCC problem and would suggest a review by a hand surgeon; an MRI might be "
              "considered. Therapy paused pending specialist advice."),
        ("p", "Kind regards,\nMarieke Verhoef"),
    ],
    label=L([], "2026-11-19", "other", "en", "physiotherapy progress report (English, Dutch practice)",
            img="yes", op="no", abroad="yes",
            notes="Physio report, not correspondence; 'no surgery was performed'; treated at a clinic in Austria; MRI only "
                  "suggested; report date in kv-table."))

# ---------------------------------------------------------------- tq-038 CT report docx, label above value
add(stem="tq-038", fmt="docx", font="sans", pagenum="{n}",
    blocks=[
        ("lh", {"name": "Medisch Centrum De Lindeboom", "sub": ["Medische Beeldvorming", "Utrechtseweg 160, 3818 ES Amersfoort"]}),
        ("kva", [("Patiënt", "Hagedoorn, E. (dhr.) - 04-03-1983 - 5519370"),
                 ("Aanvrager", "dr. C.J. Rozendaal - Plastische Chirurgie"),
                 ("Onderzoek", "CT pols links (scaphoid-protocol)"),
                 ("Datum onderzoek", "16 sep. 2026"),
                 ("Klinische vraag", "Scaphoidpseudartrose li? Pre-operatieve planning: humpback? bot-verlies?")]),
        ("h", "Verslag"),
        ("p", "Dunne coupes (0,6 mm) langs de lengteas van het scaphoid. Ter vergelijking conventionele opnamen van "
              "03-2025 en 07-2026.\nNiet-geconsolideerde fractuur door de taille van het os scaphoideum met "
              "sclerotische fractuurranden en subchondrale cysten, defect ca. 3 mm. Intrascaphoidale hoek 42 "
              "graden (humpback-deformiteit). Geen avasculaire aspect van de proximale pool op CT. Beginnende "
              "spitsing van de processus styloideus radii. Overige carpalia normaal."),
        ("h", "Conclusie"),
        ("p", "Scaphoidpseudartrose taille links met humpback-deformiteit, beginnend SNAC-stadium I."),
        ("p", "A. Groeneveld, radioloog - geautoriseerd 17-09-2026"),
    ],
    label=L(["imaging-report"], "2026-09-17", "radiologist", "nl", "CT report docx, labels above values",
            img="yes", op="unmentioned", abroad="unmentioned", also=["2026-09-16"],
            notes="'Pre-operatieve planning' mentions surgery as plan; labels above values; exam date '16 sep. 2026' vs "
                  "authorisation date; comparison with older X-rays."))

# ---------------------------------------------------------------- tq-039 outpatient letter plain text (Dupuytren)
add(stem="tq-039", fmt="txt", width=90,
    blocks=[
        ("p", "Ziekenhuis Amstelland-West\nafdeling Plastische Chirurgie\nLaan van de Helende Meesters 8, 1186 AM Amstelveen"),
        ("p", "Amstelveen, 19-11-2026\nKenmerk: PC-0099812/LdJ"),
        ("p", "Aan: huisarts J. van Rijn, Oude Delft 55, 2611 BD Delft"),
        ("p", "Betreft: Dhr. P.A. Zwart, geb. 2-7-1951"),
        ("p", "Waarde collega,"),
        ("p", "Wij zagen uw patiënt op 16-11-2026 op de polikliniek vanwege een recidief M. Dupuytren van de "
              "rechter pink.\nAnamnese: in 2022 onderging patiënt in ons ziekenhuis een partiële fasciëctomie van "
              "dig V rechts (operateur dr. de Jong). Aanvankelijk volledige strekking. Sinds een jaar weer "
              "toenemende flexiecontractuur, hindert bij handen geven en in de broekzak steken. Links geen "
              "klachten. Vader had ook 'de ziekte van de Vikingen' en werd daar meerdere malen aan geopereerd.\n"
              "Voorgeschiedenis: AF (DOAC), prostaatcarcinoom 2017 (radiotherapie), TURP 2015.\n"
              "LO: strengvorming vanuit de handpalm tot PIP V, extensiedeficit MCP 30 gr, PIP 55 gr (Tubiana II). "
              "Tabletop-test positief. Sensibiliteit intact, goede doorbloeding.\n"
              "Aanvullend onderzoek: niet verricht, niet geïndiceerd.\n"
              "Conclusie: recidief M. Dupuytren dig V rechts na eerdere fasciëctomie.\n"
              "Beleid: besproken zijn naaldfasciotomie versus re-fasciëctomie met eventueel dermofasciëctomie en "
              "huidtransplantaat. Patiënt kiest voor dermofasciëctomie. De operatie is gepland op 12-01-2027 in "
              "dagbehandeling. DOAC 2 dagen vooraf staken in overleg met de trombosedienst. Nabehandeling "
              "via handtherapie."),
        ("p", "Met vriendelijke groet,\n\nL. de Jong, plastisch chirurg\n\n"
              "c.c.: patiënt; handtherapie Amstelland; dossier"),
    ],
    label=L(["correspondence"], "2026-11-19", "specialist", "nl", "outpatient letter pasted as plain text, wide",
            img="no", op="yes", abroad="unmentioned",
            notes="Earlier fasciectomy (operated yes) and planned operation in 2027 (future date); father operated; "
                  "TURP/radiotherapy other body parts; 'niet verricht, niet geïndiceerd' for imaging; birth date '2-7-1951'."))

# ---------------------------------------------------------------- tq-040 specialist referral for second opinion
add(stem="tq-040", fmt="pdf", engine="rl", font="sans", pagenum="Pagina {n} van {N}",
    footer="Zuiderhaven Ziekenhuis - Havenkade 1, 3011 AA Rotterdam",
    blocks=[
        ("lh", {"name": "Zuiderhaven Ziekenhuis", "logo": "ZHZ", "align": "right",
                "sub": ["Plastische, Reconstructieve en Handchirurgie", "dr. A.F. Molenkamp, plastisch chirurg"]}),
        ("addr", CLINIC_ADDR[:1] + ["t.a.v. dr. M. Kalkman, plastisch chirurg"] + CLINIC_ADDR[2:]),
        ("kv", [("Datum", "3 december 2026"), ("Betreft", "mw. S. Boukhari, 22-05-1985"),
                ("Onderwerp", "Verwijzing voor second opinion")], {"w": 2.8}),
        ("p", "Beste collega Kalkman,"),
        ("p", "Op verzoek van patiënte verwijs ik haar naar u voor een second opinion. Zij heeft sinds januari 2026 "
              "ulnaire polspijn rechts na een val. De MRI van 3 september toont een perifere TFCC-laesie (Palmer 1B). "
              "Conservatieve behandeling (brace, handtherapie) gedurende 8 maanden heeft onvoldoende effect gehad. "
              "Ik heb haar een artroscopische foveale refixatie geadviseerd; zij is daar onzeker over, mede omdat een "
              "collega van haar na een vergelijkbare ingreep lang klachten hield. De ingreep is niet verricht; "
              "zij staat niet meer op onze wachtlijst."),
        ("p", "Mijn vraag aan u: deelt u de indicatie voor operatieve refixatie, of adviseert u een andere "
              "behandeling (bijvoorbeeld ulnaverkortingsosteotomie of voortzetten conservatief beleid)?"),
        ("p", "Het MRI-verslag, mijn polikliniekbrief van 17-09-2026 en de beelden (via LSP/Twiin) zijn beschikbaar."),
        ("p", "Met vriendelijke groet,\n\ndr. A.F. Molenkamp\nplastisch chirurg"),
        ("small", "cc: huisarts C.A. Lanting, Rotterdam; patiënte"),
    ],
    label=L(["referral", "correspondence"], "2026-12-03", "specialist", "nl", "specialist referral letter (hospital letterhead)",
            img="yes", op="no", abroad="unmentioned", rq=True,
            notes="Referral from the treating specialist, also a specialist letter; 'De ingreep is niet verricht'; "
                  "colleague's operation; mentions other documents (MRI report, earlier letter)."))

# ---------------------------------------------------------------- tq-041 German Ergotherapie report (not a kind)
add(stem="tq-041", fmt="docx", font="sans",
    blocks=[
        ("lh", {"name": "Praxis für Ergotherapie & Handtherapie Berg", "align": "left",
                "sub": ["Jakobstraße 44 - 52064 Aachen - Tel. +49 241 401 223"]}),
        ("p", "Aachen, 20.11.2026"),
        ("title", "Therapiebericht"),
        ("kv", [("Patientin", "Annelies Smeets-Janssen, geb. 30.03.1966"),
                ("Verordnender Arzt", "OA Dr. F. Berger, Klinikum Aachen-Nord"),
                ("Diagnose (ICD-10)", "M93.1 Lunatumnekrose li.; Z.n. Radiusverkürzungsosteotomie 08.09.2026"),
                ("Verordnung", "Ergotherapie, 10x, 2x/Woche")], {"w": 4}),
        ("p", "Frau Smeets-Janssen wird seit dem 24.09.2026 bei uns behandelt. Schwerpunkte: Ödem- und "
              "Narbenbehandlung, Beweglichkeit Handgelenk, später Kräftigung. Aktuell Extension 40°, Flexion 35°, "
              "Griffkraft (Jamar) 11 kg links vs. 28 kg rechts. Schmerzen VAS 3 in Belastung."),
        ("p", "Wir empfehlen eine Folgeverordnung über 10 weitere Einheiten. Die Patientin möchte die weitere "
              "Behandlung wohnortnah in den Niederlanden (Vaals) fortsetzen."),
        ("p", "Mit freundlichen Grüßen\nC. Berg, Ergotherapeutin B.Sc."),
    ],
    label=L([], "2026-11-20", "other", "de", "German occupational/hand therapy report",
            img="unmentioned", op="yes", abroad="yes",
            notes="Therapy report (not a kind) stating an operation in a German hospital; ICD code; 'Verordnender Arzt' "
                  "is not a referral to the clinic."))

# ---------------------------------------------------------------- tq-042 MRSA result drawn on canvas (form)
def draw_042(c):
    from reportlab.lib.units import cm
    W, H = 21 * cm, 29.7 * cm
    c.setFont("S-B", 15); c.drawString(2 * cm, H - 2.2 * cm, "Microbiologisch Laboratorium Zeeland")
    c.setFont("S", 8); c.drawString(2 * cm, H - 2.7 * cm, "Koudekerkseweg 88, 4382 EE Vlissingen  ·  tel. 0118-425000  ·  ISO 15189 (M 111)")
    c.setLineWidth(0.8); c.line(2 * cm, H - 3 * cm, W - 2 * cm, H - 3 * cm)
    # address window
    c.setFont("S", 9)
    for i, t in enumerate(["Huisartsenpraktijk Oostburg", "dr. L. Geerts", "Nieuwstraat 3", "4501 BE Oostburg"]):
        c.drawString(2 * cm, H - 4.2 * cm - i * 12, t)
    # right-hand block: labels and values at separate x positions
    labels = [("Labnummer", "Z26-330912"), ("Afnamedatum", "26.11.2026"), ("Ontvangst", "27.11.2026"),
              ("Uitslagdatum", "30.11.2026"), ("Status", "eindrapport")]
    for i, (k, v) in enumerate(labels):
        c.setFont("S-B", 8.5); c.drawString(11.5 * cm, H - 4.2 * cm - i * 12, k)
        c.setFont("S", 8.5); c.drawString(14.5 * cm, H - 4.2 * cm - i * 12, v)
    y = H - 7.6 * cm
    c.setFont("S-B", 8.5)
    for x, k in [(2, "Naam"), (8, "Geb.datum"), (11.5, "Geslacht"), (14.5, "BSN")]:
        c.drawString(x * cm, y, k)
    c.setFont("S", 9)
    for x, v in [(2, "Claessens, W.F.M."), (8, "21.04.1975"), (11.5, "M"), (14.5, "246810120")]:
        c.drawString(x * cm, y - 12, v)
    c.setFont("S-B", 12); c.drawString(2 * cm, y - 1.4 * cm, "MRSA-screening")
    c.setFont("S", 8.5)
    c.drawString(2 * cm, y - 1.9 * cm, "Reden aanvraag:  [X] opname/behandeling buitenlands ziekenhuis  [ ] contact MRSA-positief  [ ] beroep")
    c.drawString(2 * cm, y - 2.35 * cm, "Toelichting aanvrager: behandeling duim re. AZ Zeelandia (B) 01-2026 t/m 03-2026, second opinion gepland")
    yy = y - 3.3 * cm
    c.setFillGray(0.88); c.rect(2 * cm, yy - 3, 17 * cm, 14, fill=1, stroke=0); c.setFillGray(0)
    c.setFont("S-B", 9)
    for x, k in [(2.2, "Materiaal"), (7, "Methode"), (12.5, "Uitslag")]:
        c.drawString(x * cm, yy, k)
    c.setFont("S", 9)
    rows = [("Neus", "kweek (48 u)", "negatief"), ("Keel", "kweek (48 u)", "negatief"),
            ("Perineum", "kweek (48 u)", "negatief"), ("Wond duim re.", "n.v.t.", "niet ingezonden")]
    for i, r in enumerate(rows):
        for x, v in zip([2.2, 7, 12.5], r):
            c.drawString(x * cm, yy - 16 - i * 14, v)
    c.setFont("S-B", 9); c.drawString(2 * cm, yy - 90, "Conclusie: MRSA niet aangetoond.")
    c.setFont("S", 7.5)
    c.drawString(2 * cm, 2.2 * cm, "Geautoriseerd: dr. M. Verstraete, arts-microbioloog    30.11.2026 14:10")
    c.drawRightString(W - 2 * cm, 2.2 * cm, "Pagina 1 van 1")

add(stem="tq-042", fmt="pdf", engine="canvas", draw=draw_042,
    label=L(["mrsa-screening"], "2026-11-30", "lab", "nl", "lab form drawn at coordinates (canvas), separate label/value runs",
            img="unmentioned", op="unmentioned", abroad="yes", also=["2026-11-26"],
            notes="Every label and value is its own text run at fixed x; checkbox line and requester's note state "
                  "treatment abroad; dates '26.11.2026' with dots; 'negatief' per row; 'Wond ... niet ingezonden'."))

# ---------------------------------------------------------------- tq-043 Zorgdomein plain text export
add(stem="tq-043", fmt="txt",
    blocks=[
        ("mono", "ZorgDomein  |  Verwijsbrief  |  Second opinion Handchirurgie\n"
                 "----------------------------------------------------------------"),
        ("kv", [("Verwijsdatum", "24 nov 2026"), ("Verwijzer", "M. van den Berg, huisarts"),
                ("Praktijk", "Huisartsenpraktijk Van den Berg, Kerkstraat 12, 3881 BR Putten"),
                ("AGB", "01-022199"), ("Naar", "Handcentrum Oostvaarders, Almere")], {}),
        ("kv", [("Patiënt", "mw. A.M. Dijkhuizen"), ("Geb.", "11-10-1972"), ("Verzekeraar", "Zekerheid Oost (55120981)")], {}),
        ("h", "Vraagstelling"),
        ("p", "Graag second opinion: patiënte twijfelt aan het advies van de orthopeed (CTR li). Is operatie "
              "nu de beste optie, en kan de duimbasisartrose in dezelfde sessie aangepakt worden?"),
        ("h", "Anamnese / reden van verwijzing"),
        ("p", "Sinds medio 2025 CTS links, matig ernstig op EMG (01-2026). Toenemende klachten, nu beginnende "
              "thenaratrofie. Daarnaast pijnlijke CMC-1 links."),
        ("h", "Relevante voorgeschiedenis"),
        ("p", "2009 appendectomie; 1999 sectio; hypertensie. Niet geopereerd aan hand of pols."),
        ("h", "Recente behandelingen"),
        ("p", "09-2025 injectie carpale tunnel li (huisarts) - 6 wk effect\n"
              "2025 nachtspalk\n"
              "03-2026 orthopedie Zuiderhaven: X-pols/duim li (lichte artrose STT/CMC-1), advies CTR"),
        ("h", "Medicatie"),
        ("p", "amlodipine 5 mg 1dd1, paracetamol zn"),
        ("h", "Bijlagen"),
        ("p", "Journaaluitdraai (23-11-2026), brief orthopedie 12-03-2026, EMG-verslag"),
    ],
    label=L(["referral", "history"], "2026-11-24", "gp", "nl", "ZorgDomein plain text export",
            img="yes", op="no", abroad="unmentioned", rq=True,
            notes="Referral with own history and recent-treatment sections; CTR only advised; appendectomy/sectio other "
                  "body parts; 'Niet geopereerd aan hand of pols'; date '24 nov 2026'; lists enclosures."))

# ---------------------------------------------------------------- tq-044 Dubai ultrasound report (docx)
add(stem="tq-044", fmt="docx", font="sans", lh_in_header=True,
    blocks=[
        ("lh", {"name": "Al Noor Diagnostic Centre", "logo": "AND",
                "sub": ["Jumeirah Beach Road, Villa 412, Dubai, United Arab Emirates - Tel +971 4 349 0000",
                        "Department of Musculoskeletal Imaging"]}),
        ("tbl", [["Patient Name", "MR RAHUL MEHTA", "Patient ID", "AND-188273"],
                 ["Age/Sex", "44Y / M", "Study Date", "15-Apr-2025"],
                 ["Ref. Physician", "Dr Samir Haddad (Orthopaedics)", "Report Date", "15-Apr-2025"]], {"head": False}),
        ("title", "ULTRASOUND RIGHT WRIST - MEDIAN NERVE"),
        ("h", "Clinical history:"), ("p", "Numbness right hand, night symptoms. R/O CTS."),
        ("h", "Findings:"),
        ("p", "The median nerve at the level of the pisiform measures 16 mm2 in cross-sectional area (normal < 10 "
              "mm2) with loss of fascicular pattern and flattening under the flexor retinaculum. Wrist-to-forearm "
              "ratio 1.9. No bifid median nerve, no persistent median artery. Flexor tendons normal. No ganglion "
              "or space occupying lesion."),
        ("h", "Impression:"),
        ("p", "Sonographic features of moderate to severe carpal tunnel syndrome on the right."),
        ("p", "Dr. Leena Thomas, MD, Consultant Radiologist\n(electronically signed)"),
    ],
    label=L(["imaging-report"], "2025-04-15", "radiologist", "en", "UAE ultrasound report, docx header table",
            img="yes", op="unmentioned", abroad="yes",
            notes="Foreign imaging centre; 'dd-Mon-yyyy' dates; only age instead of birth date; pre-operative, older "
                  "than the later Dutch ultrasound (not the most recent)."))
