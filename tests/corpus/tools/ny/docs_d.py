"""ny- corpus, batch D: foreign letters (UK, DE, AT, CH, ES, TR, PL translation), non-kinds."""
from render import build

D = []

# 035 NHS clinic letter
D.append(dict(
    stem="ny-035-nhs-hand-clinic-letter-cts", fmt="pdf-rl",
    header=["Northumbria Healthcare NHS Foundation Trust", "Plastic Surgery & Hand Service – North Tyneside General Hospital",
            "Rake Lane, North Shields NE29 8NH"],
    header_right=["Clinic date: 28 October 2026", "Typed: 2 November 2026", "Hospital No: NT0921144", "NHS No: 000 111 2222"],
    footer="Please quote the hospital number on all correspondence. Northumbria Healthcare NHS Foundation Trust.",
    pagefmt="Page {p} of {n}",
    blocks=[
        ("p", "Dr S. Harrow\nJesmond Vale Surgery\n14 Vale Road\nNewcastle upon Tyne NE2 1XX"),
        ("p", "Dear Dr Harrow,"),
        ("p", "Re: Mrs Ingrid VOSKUILEN, DOB 12/07/1979, 22 Osborne Terrace, Newcastle NE2 1NE"),
        ("kv", [("Diagnosis:", "Bilateral carpal tunnel syndrome, right worse than left.\nEarly CMC joint arthritis right thumb."),
                ("Outcome:", "Listed for right carpal tunnel decompression (local anaesthetic).")]),
        ("p", "I saw this pleasant 47-year-old Dutch lady in the hand clinic today. She has had night-time tingling of the right "
              "thumb, index and middle finger for over a year, now also during the day when driving. Splints helped initially. "
              "She had a steroid injection into the right carpal tunnel by her GP in Amsterdam before moving to the UK, with "
              "three months' relief. She has never had any hand surgery."),
        ("p", "On examination there is mild thenar wasting on the right, Tinel's and Phalen's positive bilaterally. X-rays of "
              "the right hand taken in clinic today show early degenerative change at the base of the thumb only. Nerve conduction "
              "studies (Newcastle, September 2026) confirm moderate-severe median nerve compression on the right and mild on the left."),
        ("p", "Plan: I have offered her a right carpal tunnel decompression and she would like to proceed; she is aware the waiting "
              "list is around 14 weeks. She mentioned that she may move back to the Netherlands next spring and might prefer to "
              "have the surgery there, in which case we would be happy to send copies of our records."),
        ("p", "Yours sincerely,\n\nMs Philippa Okonjo-Reid\nConsultant Plastic & Hand Surgeon\n\ncc: Mrs I. Voskuilen (patient)"),
    ],
    label=dict(kinds=["correspondence"], date="2026-11-02", also_dates=["2026-10-28"], author="specialist", language="en",
               style="UK NHS clinic letter with Diagnosis/Outcome block", imaging_done="yes", operated="no", treated_abroad="yes",
               notes="Written by the UK hospital treating her (abroad). 'never had any hand surgery'; listed for surgery = plan. Clinic date vs typed date.")))

# 036 NHS discharge summary, operation mentioned in one line
D.append(dict(
    stem="ny-036-nhs-discharge-summary-radius", fmt="docx",
    header=["University Hospitals Sussex NHS Foundation Trust – Royal Sussex County Hospital, Brighton",
            "Trauma & Orthopaedics – Electronic Discharge Summary"],
    footer="This summary was produced electronically. For queries contact the T&O secretaries.",
    grid=True,
    blocks=[
        ("kv", [("Patient", "Mr Koen ALBERTS"), ("DOB", "21/03/1964"), ("Address", "Waalkade 7, 6511 XP Nijmegen, Netherlands"),
                ("Admitted", "06/08/2026 via Emergency Department"), ("Discharged", "08/08/2026"),
                ("Consultant", "Mr J. Whitlock, Consultant Orthopaedic Surgeon"), ("GP", "Overseas visitor – no UK GP registered")]),
        ("h", "Presenting complaint"),
        ("p", "Fall onto outstretched right hand on the seafront while visiting family. Deformity of the wrist."),
        ("h", "Diagnosis"),
        ("p", "Closed dorsally displaced fracture of the right distal radius with ulnar styloid fracture."),
        ("h", "Investigations"),
        ("p", "X-ray right wrist 06/08/2026: as above. CT wrist 06/08/2026: extra-articular, no intra-articular extension."),
        ("h", "Procedures"),
        ("p", "Underwent ORIF right distal radius (volar plate) on 07/08/2026 – please see separate operation note."),
        ("h", "Medication on discharge"),
        ("p", "Paracetamol 1 g QDS; codeine 30 mg QDS PRN (7 days); enoxaparin not required."),
        ("h", "Follow-up"),
        ("p", "Patient returning to the Netherlands on 10/08/2026. Wound check and removal of sutures by own GP at 10–14 days. "
              "Fracture clinic follow-up with a Dutch hospital at 2 weeks with X-ray. Please arrange MRSA screening before any "
              "further elective surgery in the Netherlands, as per Dutch policy."),
        ("p", "Completed by: Dr Amelia Frost, FY2, for Mr J. Whitlock"),
    ],
    label=dict(kinds=["correspondence"], date="2026-08-08", author="specialist", language="en",
               style="NHS electronic discharge summary, docx table header", imaging_done="yes", operated="yes",
               treated_abroad="yes",
               notes="Operation stated in one line with a reference to a separate operation note: not a full operation description, so not operation-report (judgement call).")))

# 037 German Arztbrief, TFCC conservative
D.append(dict(
    stem="ny-037-arztbrief-handchirurgie-tfcc", fmt="pdf-rl", serif=True,
    header=["Klinikum Duisburg-Nord", "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie",
            "Chefarzt Prof. Dr. med. R. Wendelstein · Fahrner Str. 133, 47169 Duisburg · Tel. +49 203 000000"],
    header_right=["Duisburg, den 16.10.2026", "Unser Zeichen: HPC/We/ak"],
    footer="Klinikum Duisburg-Nord gGmbH · Sitz Duisburg · Amtsgericht Duisburg HRB 0000",
    pagefmt="Seite {p} von {n}",
    blocks=[
        ("p", "Herrn\nDr. med. J. van Beek\nFacharzt für Allgemeinmedizin\nHuisartsenpraktijk Venlo-Zuid\nNL-5912 AB Venlo"),
        ("p", "Sehr geehrter Herr Kollege van Beek,"),
        ("p", "wir berichten Ihnen über Ihren Patienten Herrn Gerrit Peeters, geb. 04.02.1985, der sich am 14.10.2026 in unserer "
              "handchirurgischen Sprechstunde vorstellte."),
        ("h", "Diagnosen"),
        ("p", "1. Ulnokarpales Impaktionssyndrom links bei Ulna-Plus-Variante (+2,5 mm)\n2. Degenerative TFCC-Läsion Palmer 2C links\n"
              "3. Z. n. Knie-Arthroskopie rechts 2018"),
        ("h", "Anamnese"),
        ("p", "Seit einem Jahr belastungsabhängige ulnare Handgelenkschmerzen links, Berufskraftfahrer. Kein Trauma erinnerlich. "
              "Bisher keine operative Behandlung am Handgelenk."),
        ("h", "Befund"),
        ("p", "Druckschmerz ulnokarpal, Ulnokarpaler Stresstest positiv, DRUG stabil, freie Beweglichkeit."),
        ("h", "Bildgebung"),
        ("p", "Röntgen Handgelenk links in 2 Ebenen (extern, 09/2026) und MRT Handgelenk links vom 10.10.2026 (hiesige Radiologie): "
              "Ulna-Plus-Variante, Knochenmarködem im ulnaren Lunatum, zentrale TFCC-Perforation."),
        ("h", "Beurteilung und Procedere"),
        ("p", "Wir empfehlen zunächst eine konservative Therapie mit Handgelenksbandage und Belastungsreduktion für 8 Wochen. "
              "Bei Beschwerdepersistenz wäre eine Ulnaverkürzungsosteotomie zu diskutieren. Der Patient wünscht eine "
              "Zweitmeinung in den Niederlanden; die Befunde und Bilder (CD) wurden ihm mitgegeben."),
        ("p", "Mit freundlichen kollegialen Grüßen\n\nProf. Dr. med. R. Wendelstein, Chefarzt        Dr. med. L. Öztürk, Assistenzärztin"),
    ],
    label=dict(kinds=["correspondence"], date="2026-10-16", author="specialist", language="de",
               style="German Arztbrief (Diagnosen, Beurteilung, Procedere), serif", imaging_done="yes", operated="no",
               treated_abroad="yes",
               notes="German hospital clinic visit = treated abroad; knee arthroscopy other body part; osteotomy conditional.")))

# 038 Austrian Entlassungsbrief, 'OP-Bericht folgt'
D.append(dict(
    stem="ny-038-entlassungsbrief-innsbruck", fmt="pdf-fpdf",
    header=["Tirol Kliniken – Landeskrankenhaus Innsbruck", "Univ.-Klinik für Orthopädie und Traumatologie – Station 3 Hand",
            "Anichstraße 35, 6020 Innsbruck, Österreich"],
    header_right=["Entlassungsbrief", "Innsbruck, 03.02.2026"],
    footer="Tirol Kliniken GmbH – Vorläufiger Entlassungsbrief – OP-Bericht folgt separat",
    pagefmt="Seite {p}",
    blocks=[
        ("kv", [("Patientin", "Femke Hoogeveen, geb. 14.11.1993"), ("Wohnort", "Deventer, Niederlande"),
                ("Aufnahme", "30.01.2026"), ("Entlassung", "03.02.2026")]),
        ("h", "Diagnosen"),
        ("p", "Distale intraartikuläre Radiusfraktur rechts (AO 23-C1) nach Skisturz am 30.01.2026\n"
              "Nebendiagnosen: Z. n. Appendektomie (2008), Hashimoto-Thyreoiditis"),
        ("h", "Therapie"),
        ("p", "31.01.2026: Offene Reposition und palmare winkelstabile Plattenosteosynthese, Radius rechts (Operationsbericht folgt)."),
        ("h", "Verlauf"),
        ("p", "Postoperativ komplikationsloser Verlauf, Röntgenkontrolle regelrecht. Schmerzfrei unter oraler Analgesie. "
              "Die Patientin reist morgen mit ihrem Partner in die Niederlande zurück."),
        ("h", "Empfehlung / Procedere"),
        ("p", "Gipsschiene 2 Wochen, danach Physiotherapie. Nahtentfernung am 12.–14. postop. Tag durch den Hausarzt. "
              "Röntgenkontrolle nach 6 Wochen am Heimatort. Metallentfernung nicht zwingend erforderlich."),
        ("p", "Mit freundlichen Grüßen\nOA Dr. M. Pichler                 Ass.-Ärztin Dr. J. Kofler"),
    ],
    label=dict(kinds=["correspondence"], date="2026-02-03", author="specialist", language="de",
               style="Austrian Entlassungsbrief, operation only in Therapie line", imaging_done="yes", operated="yes",
               treated_abroad="yes", notes="Admission and operation in Innsbruck; 'Operationsbericht folgt' so not itself an operation report; appendectomy other body part; old letter.")))

# 039 Swiss consultation report, txt
D.append(dict(
    stem="ny-039-kantonsspital-sprechstundenbericht", fmt="txt",
    blocks=[("pre", """Kantonsspital St. Gallen
Klinik für Hand-, Plastische und Wiederherstellungschirurgie
Rorschacher Strasse 95, CH-9007 St. Gallen, Tel. +41 71 000 00 00

                                              St. Gallen, 05.11.2026
                                              Ambulanter Sprechstundenbericht

Herr Dr. med. M. Huber
Hausarztpraxis Rosenberg
CH-9000 St. Gallen

Betrifft: Frau Noor Bouwmeester, 22.06.1988, Weiherweid 4, 9000 St. Gallen
          (niederländische Staatsangehörige, seit 2023 in der Schweiz wohnhaft)

Diagnose:  Schnellender Finger D III rechts (Stadium nach Green II)

Anamnese:  Seit 4 Monaten schmerzhaftes Schnappen des Mittelfingers rechts, morgens
           betont. Bisher keine Behandlung, nicht operiert.

Befund:    Druckdolenz und tastbarer Knoten über dem A1-Ringband D III rechts,
           reproduzierbares Schnappen. Keine Bildgebung erfolgt (nicht indiziert).

Therapie:  Infiltration des A1-Ringbandes D III rechts mit Triamcinolon 10 mg
           + Lidocain 1 % am 05.11.2026, komplikationslos.

Procedere: Klinische Kontrolle in 6 Wochen. Bei Persistenz besprechen wir die
           Ringbandspaltung. Die Patientin erwägt, sich im Frühling in den
           Niederlanden eine Zweitmeinung einzuholen.

Freundliche Grüsse

Dr. med. A. Zellweger, Leitende Ärztin Handchirurgie
""")],
    label=dict(kinds=["correspondence"], date="2026-11-05", author="specialist", language="de",
               style="Swiss ambulatory consultation report, plain text, Swiss spelling", imaging_done="no", operated="no",
               treated_abroad="yes", notes="Injection by a Swiss hospital = treated abroad; 'keine Bildgebung erfolgt'; 'nicht operiert'; release only discussed.")))

# 040 Spanish hospital discharge report in English
D.append(dict(
    stem="ny-040-marbella-discharge-report-en", fmt="pdf-rl",
    header=["Hospital Costa del Sol – Marbella", "Servicio de Cirugía Ortopédica y Traumatología / Orthopaedic Surgery",
            "A-7, km 187, 29603 Marbella (Málaga), Spain · +34 951 000 000"],
    header_right=["DISCHARGE REPORT", "(English version for the patient)", "Episode: 2026/0831447"],
    footer="Servicio Andaluz de Salud – Informe de alta",
    pagefmt="{p}",
    blocks=[
        ("kv", [("Patient", "Mr Stefan WOUTERS"), ("Date of birth", "09/05/1970"), ("Nationality", "Dutch (tourist)"),
                ("Admission", "18/07/2026 (Emergency)"), ("Discharge", "22/07/2026"), ("Report date", "22/07/2026")]),
        ("h", "Reason for admission"),
        ("p", "Swollen, red left index finger 3 days after a cut from a fish hook. Kanavel signs positive."),
        ("h", "Diagnosis"),
        ("p", "Pyogenic flexor tenosynovitis left index finger."),
        ("h", "Investigations"),
        ("p", "X-ray left hand: no foreign body, no bone involvement. Blood: CRP 84 mg/L, WBC 14.2. Pus culture: Staphylococcus aureus, "
              "methicillin-sensitive."),
        ("h", "Treatment"),
        ("p", "Urgent surgery on 18/07/2026: incision and drainage with proximal and distal irrigation of the "
              "flexor tendon sheath of the left index finger under general anaesthesia. IV cloxacillin, switched to oral on day 4."),
        ("h", "Evolution"),
        ("p", "Good response, decreasing swelling, active flexion improving."),
        ("h", "Recommendations"),
        ("p", "Oral cloxacillin 500 mg every 6 hours for 10 more days. Wound care in the Netherlands by GP. Hand therapy. "
              "Bring this report to your doctor."),
        ("p", "Dr. Lucía Cabello Navarro, Traumatología – Facultativo Especialista de Área"),
    ],
    label=dict(kinds=["correspondence"], date="2026-07-22", author="specialist", language="en",
               style="Spanish hospital discharge report in English", imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Admission and surgery in Spain; surgery named with date and procedure but no operator and no description: correspondence, not operation report. MSSA culture is not MRSA screening.")))

# 041 Turkish hospital letter in English
D.append(dict(
    stem="ny-041-antalya-hospital-letter-en", fmt="pdf-fpdf",
    header=["Akdeniz University Hospital", "Department of Orthopaedics and Traumatology – Hand Surgery Unit",
            "Dumlupınar Bulvarı, 07070 Konyaaltı / Antalya, Türkiye"],
    header_right=["Date: 12.09.2026", "Protocol no: 2026/48812"],
    footer="This report was issued in English at the request of the patient.",
    pagefmt="Page {p}",
    blocks=[
        ("p", "TO WHOM IT MAY CONCERN / Dear Colleague,"),
        ("kv", [("Patient", "Mrs. Yasmina EL KHATTABI"), ("Date of birth", "18.02.1987"), ("Passport", "Netherlands")]),
        ("p", "The patient presented to our emergency department on 09.09.2026 during her holiday, after a glass injury to the dorsum "
              "of the right hand. Examination showed complete lacerations of the extensor tendons of the middle and ring fingers "
              "in zone VI. An X-ray was not needed as there was no bony tenderness or foreign body suspicion."),
        ("p", "On 10.09.2026 she underwent primary repair of the EDC III and EDC IV tendons under "
              "axillary block. She was hospitalised for two nights for IV antibiotics and discharged on "
              "12.09.2026 with a volar resting splint (wrist 30° extension, MCP 20° flexion)."),
        ("p", "Recommendation: splint for 4 weeks with early controlled motion under the supervision of a hand therapist in her home "
              "country. Control of wound at day 12. She is flying home on 13.09.2026."),
        ("p", "Respectfully,\n\nOp. Dr. Emre Karaağaç, Orthopaedic and Hand Surgeon"),
    ],
    label=dict(kinds=["correspondence"], date="2026-09-12", author="specialist", language="en",
               style="Turkish university hospital letter in English, 'To whom it may concern'", imaging_done="no", operated="yes",
               treated_abroad="yes", notes="Holiday with hospital care abroad (ED, surgery, 2-night admission); 'An X-ray was not needed'.")))

# 042 Sworn translation of a Polish discharge letter
D.append(dict(
    stem="ny-042-beedigde-vertaling-pools-ontslag", fmt="docx",
    header=["Vertaalbureau Weststad – mr. A. Kowalczyk-de Boer, beëdigd vertaler Pools-Nederlands", "Wbtv-nummer 00000"],
    footer="Beëdigde vertaling – elk blad is voorzien van stempel en paraaf van de vertaler",
    blocks=[
        ("p", "VERTALING UIT HET POOLS"),
        ("p", "[Logo] Uniwersyteckie Centrum Kliniczne (Universitair Klinisch Centrum) – Gdańsk\n"
              "Afdeling Traumatologie en Orthopedie\nul. Dębinki 7, 80-952 Gdańsk, Polen"),
        ("p", "ONTSLAGBRIEF (Karta informacyjna leczenia szpitalnego)"),
        ("kv", [("Patiënt", "Tomasz Nowicki-Brink"), ("Geboortedatum", "14-08-1981"), ("Woonplaats", "Zaandam, Nederland"),
                ("Opgenomen", "27-06-2026"), ("Ontslagen", "29-06-2026")]),
        ("p", "Diagnose: Fractuur van de distale radius links met verplaatsing (S52.5)."),
        ("p", "Beloop: Patiënt werd na een val van een steiger op de afdeling Spoedeisende Hulp opgevangen. Röntgenonderzoek van de "
              "linkerpols bevestigde een verplaatste fractuur. Op 28-06-2026 werd onder doorlichting gesloten repositie en "
              "percutane fixatie met drie Kirschnerdraden verricht. Postoperatief beloop zonder complicaties."),
        ("p", "Aanbevelingen: gips 6 weken; verwijderen van de draden na 6 weken in het land van verblijf; controle-röntgenfoto."),
        ("p", "Behandelend arts: lek. med. Piotr Zawadzki, specialist orthopedie en traumatologie [stempel] [handtekening onleesbaar]"),
        ("p", "Gdańsk, 29-06-2026"),
        ("h", "Verklaring van de vertaler"),
        ("p", "Ondergetekende, mr. A. Kowalczyk-de Boer, beëdigd vertaler voor de Poolse taal, verklaart dat het bovenstaande een "
              "getrouwe en volledige vertaling is van het haar getoonde, in de Poolse taal gestelde document.\n"
              "Amsterdam, 9 september 2026"),
    ],
    label=dict(kinds=["correspondence"], date="2026-06-29", also_dates=["2026-09-09"], author="specialist", language="nl",
               style="sworn translation (Vertaling) of a Polish hospital discharge letter, docx",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Two dates: the original letter (29-06-2026) and the translator's declaration (09-09-2026); author of the content is the Polish specialist. Percutaneous K-wire fixation counted as operation.")))

# 043 Patient's own e-mail in English asking second opinion
D.append(dict(
    stem="ny-043-patient-email-second-opinion-en", fmt="txt",
    blocks=[("pre", """From: Hannah Greenwood-Dekker <h.greenwood.dekker@mailbox.example>
Sent: Sunday, 22 November 2026 21:47
To: Secretariaat Second Opinion
Subject: Request for second opinion – wrist (Hannah Greenwood-Dekker, 30-04-1990)

Dear Sir or Madam,

I would like to ask for a second opinion about my left wrist. I am British but have lived in
Utrecht for eight years.

In March 2025 I was operated on my left wrist at the Diakonessenhuis (a ganglion was removed).
Since this summer the pain has come back and the swelling too. An MRI was made in September at
the same hospital; they told me it showed a new ganglion and "some wear" of a ligament. The
surgeon suggested a second operation, but I am not sure.

I was on holiday in Thailand in October, I did not see a doctor or go to a hospital there.

My GP, Dr. Verbruggen, will send the referral letter. Should I also bring the MRI on a CD?
Please let me know what else you need.

Kind regards,
Hannah Greenwood-Dekker
06-12345678
""")],
    label=dict(kinds=[], date="2026-11-22", author="patient", language="en", style="patient's own e-mail, plain text",
               imaging_done="yes", operated="yes", treated_abroad="no",
               notes="Patient asks for a second opinion herself: not a referral. Holiday in Thailand without any care.")))

# 044 UK hand therapist letter
D.append(dict(
    stem="ny-044-hand-therapy-report-en", fmt="docx",
    header=["Thames Hand Therapy Ltd", "Independent hand therapy practice – 12 Borough High Street, London SE1 9QQ"],
    footer="Registered with the HCPC. Thames Hand Therapy Ltd, company no. 00000000.",
    blocks=[
        ("p", "11 November 2026"),
        ("p", "To whom it may concern (for the patient's new clinicians in the Netherlands)"),
        ("p", "Re: Mr Joost HAVERKAMP, DOB 02/02/1976"),
        ("p", "Joost has attended 14 sessions of hand therapy with us since his Dupuytren's fasciectomy of the right little finger, "
              "performed at Guy's Hospital on 12 August 2026. He is relocating to Rotterdam next month and asked for a summary."),
        ("table", [["Measure", "Pre-op (Aug)", "Now (Nov)"], ["MCP V extension deficit", "-55°", "-5°"],
                   ["PIP V extension deficit", "-40°", "-20°"], ["Grip (Jamar, kg)", "38", "34"], ["QuickDASH", "41", "18"]]),
        ("p", "He wears a night extension splint. Scar is mature, mild hypersensitivity. We recommend continued night splinting for "
              "three months and a review with a hand therapist in the Netherlands. No further imaging or surgical review is planned "
              "from our side."),
        ("p", "Kind regards,\n\nRachel Tembo, BSc MSc, Accredited Hand Therapist (BAHT)"),
    ],
    label=dict(kinds=[], date="2026-11-11", author="other", language="en", style="UK hand therapist summary letter with table",
               imaging_done="unmentioned", operated="yes", treated_abroad="yes",
               notes="Hand therapist, not a specialist: no kind. Operation at Guy's Hospital (London) named by hospital only.")))

# 045 Appointment letter to patient
D.append(dict(
    stem="ny-045-afspraakbevestiging-patient", fmt="pdf-rl",
    header=["Handkliniek – polikliniek second opinion", "Postbus 0000, 3500 AA Utrecht"],
    header_right=["Datum: 24 november 2026", "Ons kenmerk: SO-26-1142"],
    footer="Kunt u niet komen? Meld dit uiterlijk 24 uur van tevoren, anders kunnen wij kosten in rekening brengen.",
    blocks=[
        ("p", "Mevrouw L. Bakker-Nooij\nKruidenweg 8\n1336 AB Almere"),
        ("title", "Bevestiging van uw afspraak"),
        ("p", "Geachte mevrouw Bakker-Nooij,"),
        ("p", "Hierbij bevestigen wij uw afspraak voor een second opinion:"),
        ("kv", [("Datum", "dinsdag 15 december 2026"), ("Tijd", "10:20 uur (meld u 10 minuten eerder)"),
                ("Bij", "drs. P.W. Harteveld, plastisch chirurg"), ("Locatie", "Polikliniek, 2e etage, balie B")]),
        ("p", "Wilt u meenemen: uw legitimatiebewijs, uw verzekeringspas, een actueel medicatieoverzicht van uw apotheek, en – als "
              "die er zijn – de cd-rom met röntgenfoto's, CT- of MRI-beelden. Als u in een buitenlands ziekenhuis bent behandeld, "
              "hebben wij vooraf de uitslag van een MRSA-screening nodig."),
        ("p", "Met vriendelijke groet,\n\nTeam Planning Second Opinion"),
    ],
    label=dict(kinds=[], date="2026-11-24", author="other", language="nl", style="appointment confirmation letter to the patient",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="Letter to the patient listing what to bring; conditional mentions of CD, foreign hospital and MRSA only.")))

if __name__ == "__main__":
    build(D)
