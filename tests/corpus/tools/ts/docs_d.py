# ts-049 .. ts-064
# All patients, practices, doctors and hospitals are invented.

DOCS = []

# ---------------------------------------------------------------------------------------- ts-049
DOCS.append(dict(
    stem="ts-049", fmt="docx",
    spec=dict(
        docx_font="Calibri", size=10.5,
        logo="Oostervaart Ziekenhuis",
        header_lines=["Department of Plastic, Reconstructive and Hand Surgery",
                      "Hospitaalweg 1  ·  1315 RA Almere  ·  The Netherlands  ·  +31 36 555 0000"],
        footer="Oostervaart Ziekenhuis  ·  outpatient letter (English translation at patient's request)  ·  page {page}",
        blocks=[
            ("cols", ["Dr. P. Sandhu", "Almere International GP Practice", "Grote Markt 12", "1315 JG Almere"],
                     ["Date: 29 September 2026", "Our reference: PLA/EN/26-1204"]),
            ("p", "<b>Re: Ms Chloe Tremblay, born September 24, 1984 – hospital no. 4478110</b>"),
            ("p", "Dear Dr. Sandhu,"),
            ("p", "Thank you for referring Ms Tremblay, a 42-year-old right-handed graphic designer, whom I saw in the "
                  "hand clinic on 24 September 2026 with painful locking of the left ring finger for five months."),
            ("p", "<b>History:</b> No trauma. She moved to the Netherlands from Montreal two years ago; she has not "
                  "received any treatment abroad for this problem, nor any hospital treatment in Canada in recent "
                  "years. No diabetes. No previous hand surgery."),
            ("p", "<b>Examination:</b> Tender nodule at the A1 pulley of the left ring finger with reproducible "
                  "triggering (Green grade III). Full passive extension."),
            ("p", "<b>Investigations:</b> No imaging has been done so far, and none is needed for this diagnosis."),
            ("p", "<b>Impression:</b> Trigger finger, left ring finger."),
            ("p", "<b>Plan:</b> After discussion she opted for a corticosteroid injection, which I gave today "
                  "(triamcinolone 10 mg with lidocaine). If symptoms recur, a percutaneous or open A1 pulley release "
                  "can be offered. No follow-up appointment has been made; she will contact us if needed."),
            ("p", "Kind regards,"),
            ("lines", ["", "Dr. E.M. Bakker", "Plastic and hand surgeon"]),
            ("small", "cc: Ms C. Tremblay"),
        ]),
    label=dict(kinds=["correspondence"], date="2026-09-29", author="specialist", language="en",
               style="English outpatient letter from a Dutch hospital (HiX template translated)",
               imaging_done="no", operated="no", treated_abroad="no",
               notes="English letter from a Dutch hospital. Month-first birth date 'September 24, 1984' equals the "
                     "visit day 24 September; letter date 29 September. 'has not received any treatment abroad' -> "
                     "no; 'No imaging has been done' -> no; 'No previous hand surgery' -> no; release only offered."),
))

# ---------------------------------------------------------------------------------------- ts-050
DOCS.append(dict(
    stem="ts-050", fmt="txt",
    text="""Wassenaar Expat Family Doctors
Dr. M. Lindqvist, GP (BIG 19099887701)
Rijksstraatweg 50, 2241 BZ Wassenaar, the Netherlands - +31 70 555 2233

12/10/2026

To: Handkliniek Amstelland, outpatient hand surgery

Referral - second opinion

Patient: Mrs Anna Kowalski
Date of birth: 10/12/1966
Address: Langstraat 3, 2242 KL Wassenaar
Insurance: BlueShore Expat Health, policy 5530019

Dear colleague,

I would be grateful for a second opinion for Mrs Kowalski, a 59-year-old translator, regarding
persistent symptoms after a right carpal tunnel release performed in March 2026 at the
Oostervaart Ziekenhuis in Almere. Since the operation she has had pillar pain and a tender
scar, and her night-time tingling has only partly resolved. Her treating surgeon considers the
result satisfactory and advises patience.

No imaging has been performed; a nerve conduction study before surgery showed severe
right-sided CTS. She has not had any repeat EMG.

Question: is there an indication for further investigation (repeat EMG, ultrasound of the
median nerve) or for revision surgery?

Past history: hysterectomy (2012), asthma. Medication: budesonide/formoterol inhaler.
Allergies: none known.

With kind regards,

Dr. M. Lindqvist
""",
    label=dict(kinds=["referral"], date="2026-10-12", author="gp", language="en",
               style="English GP referral from an expat practice in NL, plain text, slash dates",
               referral_question=True, imaging_done="no", operated="yes", treated_abroad="unmentioned",
               notes="Slash dates: letter date 12/10/2026 and birth date 10/12/1966 are mirror images (dd/mm vs "
                     "mm/dd trap; Dutch context -> 12 October). Ultrasound and revision surgery are only asked "
                     "about; 'No imaging has been performed' -> no. Hysterectomy is another body part."),
))

# ---------------------------------------------------------------------------------------- ts-051
DOCS.append(dict(
    stem="ts-051", fmt="lo",
    spec=dict(
        docx_font="Liberation Serif", size=11,
        logo="Ziekenhuis Gooi-Eemland",
        header_lines=["Neurologie en Klinische Neurofysiologie",
                      "Bosweg 12 · 3818 AP Amersfoort · 033-8500000 · neurologie@zge.example"],
        footer="Ziekenhuis Gooi-Eemland · Neurologie · brief uit Epic · pagina {page}",
        blocks=[
            ("cols", ["Huisartsenpraktijk Schothorst", "T.a.v. mw. C. Brinkman", "Hogeweg 100",
                      "3814 CE Amersfoort"],
                     ["Datum: 30 juni 2026", "Afdeling: Neurologie", "Behandelaar: dr. S. Ahmadi",
                      "MRN: ZGE2291045"]),
            ("p", "Betreft: mw. H.E. Lageveen, geb. 09-09-1971, Amersfoort"),
            ("p", "Geachte collega,"),
            ("p", "Uw patiënte werd op 23 juni 2026 door ons gezien op de polikliniek Neurologie met de vraag of er "
                  "sprake is van een carpaletunnelsyndroom."),
            ("h", "Anamnese"),
            ("p", "Sinds een half jaar tintelingen en doofheid in de duim, wijs- en middelvinger van beide handen, "
                  "rechts meer dan links, met nachtelijk wakker worden. Daarnaast ochtendstijfheid van de handen "
                  "gedurende een uur en pijnlijke zwelling van de polsen. In de voorgeschiedenis een meniscectomie "
                  "van de rechter knie (2010) en een sectio caesarea (2004). Zij is niet eerder aan de handen of "
                  "polsen behandeld. Familieanamnese: moeder reumatoïde artritis."),
            ("h", "Neurologisch onderzoek"),
            ("p", "Hypesthesie in het verzorgingsgebied van de n. medianus beiderzijds, Tinel en Phalen positief "
                  "beiderzijds. Geen thenaratrofie. Reflexen symmetrisch. Verder geen uitval."),
            ("p", "Daarnaast zwelling en drukpijn van beide polsen en MCP II-III beiderzijds."),
            ("h", "Aanvullend onderzoek"),
            ("p", "EMG (23-06-2026): matig ernstig carpaletunnelsyndroom rechts, licht links; geen aanwijzingen voor "
                  "een polyneuropathie of cervicale radiculopathie. Er is geen beeldvorming verricht."),
            ("h", "Conclusie"),
            ("p", "1. Carpaletunnelsyndroom beiderzijds, rechts matig ernstig.<br/>2. Polyartritis van polsen en "
                  "MCP-gewrichten, verdacht voor reumatoïde artritis (zie ook uw laboratoriumuitslagen: anti-CCP "
                  "sterk positief)."),
            ("h", "Beleid"),
            ("p", "Wij adviseren een verwijzing naar de reumatoloog. Synovitis kan bijdragen aan de compressie van de "
                  "n. medianus; na behandeling van de artritis kan opnieuw worden beoordeeld of een carpale-"
                  "tunnelklieving nodig is. Een echo van de polsen zou daarbij zinvol kunnen zijn. Patiënte is "
                  "terugverwezen naar u; zij wil graag een second opinion in een handkliniek voordat eventueel "
                  "geopereerd wordt."),
            ("p", "Met vriendelijke groet,"),
            ("lines", ["", "dr. S. Ahmadi, neuroloog"]),
            ("small", "Kopie: patiënte"),
            ("pb",),
            ("h", "Bijlage: EMG-uitslag (samenvatting)"),
            ("table", [["Zenuw", "Distale latentie (ms)", "Geleidingssnelheid (m/s)", "Amplitude"],
                       ["N. medianus re (sens.)", "4,6", "31", "8 µV"],
                       ["N. medianus li (sens.)", "3,7", "41", "16 µV"],
                       ["N. medianus re (mot.)", "5,9", "49", "6,1 mV"],
                       ["N. medianus li (mot.)", "4,3", "53", "8,4 mV"],
                       ["N. ulnaris re (sens.)", "2,6", "56", "21 µV"]]),
        ]),
    label=dict(kinds=["correspondence"], date="2026-06-30", author="specialist", language="nl",
               style="Epic neurology consultation letter, two pages (EMG table on page 2), via LibreOffice",
               imaging_done="no", operated="no", treated_abroad="unmentioned",
               notes="Neurology letter: 'Er is geen beeldvorming verricht' (EMG is not imaging; the echo is a "
                     "suggestion). 'niet eerder aan de handen of polsen behandeld' -> operated no; meniscectomy and "
                     "caesarean are other body parts; carpal tunnel release only conditional. Hyphen split "
                     "'carpale-tunnelklieving'. Visit 23 juni vs letter date 30 juni."),
))

# ---------------------------------------------------------------------------------------- ts-052
DOCS.append(dict(
    stem="ts-052", fmt="docx",
    spec=dict(
        docx_font="Arial", size=9.5,
        logo="Ziekenhuis Hunzedal",
        header_lines=["Plastische Chirurgie – Operatieverslag", "Hereweg 300 · 9725 AJ Groningen"],
        footer="Afdruk operatieverslag · HiX 6.3 · {page}",
        blocks=[
            ("kv", [("Naam patiënt", "mw. J. Ploeg-Kamminga"), ("Geboortedatum", "25-06-1958"),
                    ("Patiëntnummer", "5530917"), ("Operatiedatum", "23-06-2026"),
                    ("Operatiekamer", "OK 4, dagbehandeling"),
                    ("1e operateur", "drs. M.F. Ubbens, plastisch chirurg"),
                    ("2e operateur", "dr. S.T. Venema, plastisch chirurg"),
                    ("Anesthesioloog", "dr. B. Kuipers; algehele anesthesie + plexus axillaris"),
                    ("Indicatie", "CMC-1 artrose rechts, Eaton IV op röntgenfoto d.d. 12-03-2026, ondanks "
                                  "spalk en 2 injecties invaliderende pijn"),
                    ("Verrichting", "Trapeziectomie rechts met suspensieplastiek volgens Weilby (FCR-slip om "
                                    "APL)"),
                    ("Beschrijving",
                     "Bloedleegte. Longitudinale dorsoradiale incisie. Takjes van de r. superficialis n. radialis "
                     "opgezocht en gespaard. Arteria radialis geïdentificeerd en naar proximaal gehouden. Kapsel "
                     "geopend, trapezium in delen geëxcideerd. STT-gewricht: kraakbeen matig, geen resectie. Halve "
                     "FCR-pees via twee kleine incisies in de onderarm geoogst, om de APL-pees geslagen en op "
                     "zichzelf gehecht (Weilby). Test: MC I blijft op hoogte bij axiale druk. Kapsel gesloten, huid "
                     "intracutaan Monocryl 4-0. Gips onderarm met duiminsluiting."),
                    ("Bloedverlies", "minimaal"),
                    ("Complicaties", "geen"),
                    ("Beleid", "Gips 2 weken, daarna duimspalk 4 weken en handtherapie. Controle poli over 2 weken."),
                    ], {"lw": 0.22, "grid": True, "shade": True}),
            ("sig", [["1e operateur", "drs. M.F. Ubbens", "23-06-2026 12:41"],
                     ["2e operateur (supervisie)", "dr. S.T. Venema", "23-06-2026 13:02"]]),
        ]),
    label=dict(kinds=["operation-report"], date="2026-06-23", author="specialist", language="nl",
               style="HiX OK-verslag as shaded label/value grid with two electronic signatures",
               imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="No title other than the header line 'Plastische Chirurgie – Operatieverslag'. Birth date "
                     "25-06-1958 two days after the operation date. Two signatories with timestamps. Indication "
                     "quotes an X-ray of 12-03-2026 -> imaging yes."),
))

# ---------------------------------------------------------------------------------------- ts-053 (merged 4)
_m4_brief = dict(fmt="pdf", plabel=dict(kinds=["correspondence"], date="2026-03-20", author="specialist"), spec=dict(
    size=10, font="DejaVu", logo="Kreisklinikum Winterberg-Lenne", logo_color="#b71c1c",
    header_lines=["Klinik für Unfallchirurgie, Orthopädie und Handchirurgie",
                  "Am Kurpark 4  ·  59955 Winterberg  ·  Tel. +49 2981 800-0"],
    footer="Kreisklinikum Winterberg-Lenne  ·  Entlassungsbrief  ·  Seite {page}/{pages}",
    blocks=[
        ("cols", ["Herrn Huisarts", "dr. W. Smeets", "Gezondheidscentrum Brunssum-Noord", "6441 AB Brunssum",
                  "Niederlande"],
                 ["Winterberg, 20.03.2026", "Fall-Nr. 2026031604"]),
        ("title", "Entlassungsbrief"),
        ("p", "Sehr geehrter Herr Kollege,"),
        ("p", "wir berichten über Ihren Patienten <b>Herrn Stijn Bouwens, geb. 17.03.2003</b>, der sich vom "
              "15.03.2026 bis zum 20.03.2026 in unserer stationären Behandlung befand."),
        ("p", "<b>Diagnose:</b> Dislozierte Skaphoidfraktur rechts (Herbert B2) nach Snowboardsturz am 14.03.2026"),
        ("p", "<b>Therapie:</b> Offene Reposition und Schraubenosteosynthese (Herbert-Schraube) am 16.03.2026, "
              "siehe beigefügten OP-Bericht."),
        ("p", "<b>Verlauf:</b> Komplikationsloser Verlauf. Postoperative Röntgenkontrolle: regelrechte "
              "Schraubenlage. Das MRSA-Aufnahmescreening war negativ (Befund anbei). Entlassung in "
              "häusliche Umgebung in den Niederlanden."),
        ("p", "<b>Procedere:</b> Unterarmgips mit Daumeneinschluss für 6 Wochen, anschließend CT zur "
              "Konsolidierungskontrolle. Weiterbehandlung in den Niederlanden."),
        ("p", "Mit freundlichen Grüßen"),
        ("sig", [["", "Dr. med. H. Rademacher", "Chefarzt"], ["", "S. Yıldız", "Assistenzärztin"]]),
    ]))
_m4_op = dict(fmt="pdf", plabel=dict(kinds=["operation-report"], date="2026-03-16", author="specialist"), spec=dict(
    size=9.5, font="DejaVu",
    header_lines=["Kreisklinikum Winterberg-Lenne  –  Zentral-OP"],
    footer="Operationsbericht  –  gedruckt 20.03.2026",
    blocks=[
        ("title", "Operationsbericht"),
        ("kv", [("Patient", "Bouwens, Stijn, 17.03.2003"), ("OP-Datum", "16.03.2026"),
                ("Operateur", "Dr. med. H. Rademacher"), ("1. Assistenz", "S. Yıldız"),
                ("Narkose", "ITN"), ("Diagnose", "Skaphoidfraktur rechts, Herbert B2, disloziert"),
                ("Operation", "Offene Reposition, Osteosynthese mit kanülierter Herbert-Schraube über palmaren "
                              "Zugang")], {"lw": 0.2}),
        ("h", "Bericht"),
        ("p", "Palmarer Zugang nach Russe. Eröffnung der Kapsel, Darstellung der Fraktur. Reposition unter Sicht, "
              "Führungsdraht von distal-palmar, Bildwandlerkontrolle in 4 Ebenen. Einbringen einer 22 mm "
              "Herbert-Schraube mit guter Kompression. Kapselverschluss, Hautnaht, Gipsschiene."),
        ("p", "Dr. med. H. Rademacher"),
    ]))
_m4_lab = dict(fmt="pdf", plabel=dict(kinds=["mrsa-screening"], date="2026-03-18", author="lab"), spec=dict(
    size=9,
    header_lines=["Labor Sauerland MVZ  ·  Mikrobiologie  ·  Bahnhofstraße 2  ·  59872 Meschede"],
    blocks=[
        ("title", "Befundbericht Mikrobiologie"),
        ("table", [["Einsender", "Patient", "Eingang", "Befund"],
                   ["KK Winterberg, Station 2", "Bouwens, Stijn *17.03.2003", "15.03.2026", "18.03.2026"]]),
        ("table", [["Material", "Untersuchung", "Ergebnis"],
                   ["Nasenabstrich", "MRSA-Kultur", "kein MRSA nachgewiesen"],
                   ["Rachenabstrich", "MRSA-Kultur", "kein MRSA nachgewiesen"]]),
        ("p", "Endbefund. Freigabe: Dr. rer. nat. U. Kessler"),
    ]))
DOCS.append(dict(
    stem="ts-053", fmt="merged", parts=[_m4_brief, _m4_op, _m4_lab],
    label=dict(kinds=["correspondence", "operation-report", "mrsa-screening"], date="2026-03-20",
               author="specialist", language="de",
               style="merged German bundle: Entlassungsbrief + Operationsbericht + MRSA Befundbericht",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="The discharge letter names the operation but refers to the attached OP-Bericht (not a full "
                     "description) -> part 1 correspondence only. Birth date 17.03.2003 within days of all other "
                     "dates; '*' before the birth date in the lab table. Future CT is a plan; Bildwandler and "
                     "post-op X-ray are done."),
))

# ---------------------------------------------------------------------------------------- ts-054
DOCS.append(dict(
    stem="ts-054", fmt="txt",
    text="""Marlies Schneider
Akerstraat 41
6291 HB Vaals
Niederlande
Tel. 0031 6 12 34 98 76

Handkliniek Zuid-Limburg
Akerstraat 90
6417 BM Heerlen

Vaals, 08.09.2026

Bitte um einen Termin für eine Zweitmeinung (linke Hand)

Sehr geehrte Damen und Herren,

ich bin 58 Jahre alt, Deutsche, und wohne seit vielen Jahren in Vaals. Im Mai 2026 wurde ich in
der Luisenklinik in Aachen an der linken Hand operiert (Ringbandspaltung am Mittelfinger). Seitdem
kann ich den Finger nicht mehr ganz strecken, und die Narbe schmerzt stark. Ein Röntgenbild wurde
nicht gemacht.

Meine Hausärztin in Vaals, Frau Dr. Lemmens, wird Ihnen eine Überweisung schicken. Den
Operationsbericht aus Aachen lege ich bei, ebenso den Bericht meiner Ergotherapeutin.

Ich spreche gut Niederländisch, schreibe aber lieber auf Deutsch. Ich bitte um einen Termin
möglichst an einem Vormittag.

Mit freundlichen Grüßen

Marlies Schneider
geb. 10.09.1967
""",
    label=dict(kinds=[], date="2026-09-08", author="patient", language="de",
               style="German patient letter, date line 'Vaals, 08.09.2026', birth date in the signature",
               imaging_done="no", operated="yes", treated_abroad="yes",
               notes="Patient's own letter asking for a second opinion: not a referral. Birth date 10.09.1967 at the "
                     "bottom, two days after the letter date. Operated in a German hospital -> abroad yes. "
                     "'Ein Röntgenbild wurde nicht gemacht' -> imaging no. Mentions an enclosed operation report."),
))

# ---------------------------------------------------------------------------------------- ts-055
DOCS.append(dict(
    stem="ts-055", fmt="form",
    spec=dict(
        meta_title="Therapiebericht Handtherapie",
        header=[("Praxis für Ergotherapie und Handtherapie Kleve-Kellen", 11, True),
                ("M. Janssen-Derks, Ergotherapeutin / zert. Handtherapeutin (AFH)", 8, False),
                ("Emmericher Straße 101  ·  47533 Kleve  ·  Tel. +49 2821 55 66 77", 8, False),
                ("Therapiebericht an den verordnenden Arzt", 10, True, "r")],
        labx=18, valx=70, size=9, secbg="#fde9d9",
        footer="Seite {page}  ·  Bericht erstellt am 15.06.2026",
        rows=[
            ("box", [("Patient/in", "Wim Hendriks"), ("geb.", "13.06.1962"), ("Wohnort", "Millingen aan de Rijn (NL)")]),
            ("box", [("Verordnender Arzt", "Dr. med. B. Terlinden, St.-Anna-Hospital Goch"),
                     ("Verordnung vom", "04.05.2026")]),
            ("box", [("Diagnose", "Z. n. offener Karpaldachspaltung rechts am 22.04.2026"),
                     ("Anzahl Behandlungen", "10 von 10")]),
            ("sec", "Befund bei Abschluss"),
            ("table_like", None),
        ],
    ),
    label=dict(kinds=[], date="2026-06-15", author="other", language="de",
               style="German hand-therapy report form: boxed header fields and a measurements grid",
               imaging_done="unmentioned", operated="yes", treated_abroad="yes",
               notes="Hand-therapy report (no kind). Label-above-value boxes; the date exists only in the footer "
                     "'Bericht erstellt am 15.06.2026'; birth date 13.06.1962 two days earlier. Operation in a German "
                     "hospital for a Dutch resident -> operated yes, treated abroad yes."),
))
# the measurements grid for ts-055 is appended as plain rows (f = label / value at fixed x)
DOCS[-1]["spec"]["rows"] = DOCS[-1]["spec"]["rows"][:-1] + [
    ("f", "Narbe", "reizlos, leicht druckempfindlich, Pillar Pain thenar"),
    ("f", "Sensibilität", "Semmes-Weinstein D1-D3: 2,83 (normal); Nachtschmerz nicht mehr vorhanden"),
    ("f", "Beweglichkeit", "Handgelenk Ext/Flex 65-0-70; Faustschluss komplett; Daumenopposition Kapandji 10"),
    ("f", "Griffkraft (Jamar, Stufe 2)", "rechts 21 kg / links 30 kg"),
    ("f", "Spitzgriff", "rechts 5 kg / links 6,5 kg"),
    ("f", "DASH-Score", "24 (Beginn: 51)"),
    ("sec", "Beurteilung und Empfehlung"),
    ("txt", "Guter Verlauf nach Karpaltunneloperation. Restbeschwerden im Sinne eines Pillar Pain und verminderte "
            "Griffkraft. Empfehlung: Eigenübungsprogramm fortführen, Narbenmassage. Eine weitere Verordnung ist aus "
            "unserer Sicht nicht erforderlich. Der Patient wünscht wegen der Restbeschwerden eine Beurteilung in den "
            "Niederlanden."),
    ("gap", 4),
    ("f", "Therapeutin", "M. Janssen-Derks"),
]

# ---------------------------------------------------------------------------------------- ts-056
DOCS.append(dict(
    stem="ts-056", fmt="docx",
    spec=dict(
        docx_font="Calibri", size=10.5,
        logo="AZ Sint-Lutgardis",
        header_lines=["Dienst Plastische, Reconstructieve en Esthetische Heelkunde",
                      "Steenweg op Merksplas 44  ·  2300 Turnhout  ·  tel. 014 40 60 00"],
        footer="AZ Sint-Lutgardis Turnhout  ·  raadplegingsverslag",
        blocks=[
            ("cols", ["Aan dokter A. van Gils", "Huisartsenpraktijk Baarle", "Nieuwstraat 2",
                      "5111 CW Baarle-Nassau (NL)"],
                     ["Turnhout, 28/07/2026"]),
            ("p", "<b>Patiënt:</b> Mevr. Ilse Michielsen, ° 02/08/1979, Baarle-Nassau"),
            ("p", "<b>Raadpleging:</b> 27/07/2026 – postoperatieve controle"),
            ("p", "Zeer geachte collega,"),
            ("p", "Uw patiënte kwam op controle zes weken na de heelkundige ingreep aan haar linkerhand. Op "
                  "15/06/2026 werd bij haar op onze dienst een fasciëctomie uitgevoerd van de vierde straal "
                  "links voor ziekte van Dupuytren, tijdens een kortverblijf van twee dagen. De MRSA-screening "
                  "bij opname was negatief."),
            ("p", "Klinisch: wonden volledig genezen, litteken nog wat hypertrofisch. Extensiedeficit PIP IV 15°, "
                  "flexie volledig. Sensibiliteit ongestoord. De RX-controle van de hand (ter uitsluiting van "
                  "artrose PIP) is normaal."),
            ("p", "<b>Besluit:</b> goed postoperatief verloop na fasciëctomie IV links."),
            ("p", "<b>Beleid:</b> verder kinesitherapie met nachtspalk gedurende 3 maanden. Patiënte vraagt of de "
                  "verdere opvolging in Nederland kan gebeuren; wij hebben het operatieverslag en dit verslag "
                  "aan haar meegegeven. Geen verdere afspraak bij ons."),
            ("p", "Met vriendelijke collegiale groeten,"),
            ("lines", ["", "dr. W. Goossens", "plastisch chirurg"]),
        ]),
    label=dict(kinds=["correspondence"], date="2026-07-28", author="specialist",
               language="nl",
               style="Belgian consultation report (raadplegingsverslag), place+date in the right column",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Belgian letter that mentions an MRSA screening and an operation report: it is neither. Birth "
                     "date ° 02/08/1979 a few days after the letter date 28/07/2026; consultation 27/07. Operation "
                     "and short stay in a Belgian hospital -> operated and abroad."),
))

# ---------------------------------------------------------------------------------------- ts-057
DOCS.append(dict(
    stem="ts-057", fmt="txt",
    text="""Huisartsenpraktijk Kaai - Zierikzee
Verwijzing d.d. 02-11-2026
Pt: mw. E. Jobse, 14-08-1961
Collega, graag uw second opinion m.b.t. pijnlijke duimbasis re; elders trapeziectomie geadviseerd, pt twijfelt.
Mvg, K. Lievense, huisarts
""",
    label=dict(kinds=["referral"], date="2026-11-02", author="gp", language="nl",
               style="five-line GP referral",
               referral_question=True, imaging_done="unmentioned", operated="unmentioned",
               treated_abroad="unmentioned",
               notes="Very short referral: the whole letter is five lines. 'Verwijzing d.d.' carries the date. "
                     "Trapeziectomy advised elsewhere is a plan, not an operation."),
))

# ---------------------------------------------------------------------------------------- ts-058
DOCS.append(dict(
    stem="ts-058", fmt="pdf",
    spec=dict(
        size=9.5,
        blocks=[
            ("table", [["Ultrasound Report", "Hampshire Downs Hospitals NHS Foundation Trust"],
                       ["Patient: Ms Priya NAIR", "Hospital No: HDH0049921"],
                       ["DOB: 09/05/1995", "NHS No: 712 004 8839"],
                       ["Examination: US Right Wrist", "Date of exam: 12/05/2026"],
                       ["Referrer: Mr D. Fielding (Hand Surgery)", "Location: Winchester Outpatients"]],
             {"cw": [0.5, 0.5], "hdrbg": "#7fa7c9"}),
            ("p", "<b>Clinical details:</b> Lump volar radial wrist, 2 months. ?Ganglion ?FCR tenosynovitis."),
            ("p", "A well-defined anechoic, non-compressible lesion measuring 11 x 7 x 6 mm lies at the volar radial "
                  "aspect of the wrist, between the radial artery and the FCR tendon, with a neck extending towards "
                  "the radioscaphoid joint. No internal vascularity on colour Doppler. The radial artery is "
                  "displaced but patent. FCR tendon normal, no tenosynovitis."),
            ("p", "<b>Impression:</b> Volar wrist ganglion arising from the radioscaphoid joint, closely related to "
                  "the radial artery."),
            ("p", "Dr Tom Ashworth, Consultant Radiologist   |   Verified 12/05/2026 15:20"),
            ("small", "This report was produced by the Trust's radiology information system and is valid without "
                      "signature. If you are a patient and have questions about this report, please contact the "
                      "referring clinician."),
        ]),
    label=dict(kinds=["imaging-report"], date="2026-05-12", author="radiologist", language="en",
               style="NHS ultrasound report whose title is only the left header cell of a table",
               imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="No letterhead or title line; 'Ultrasound Report' sits in a coloured table header next to the "
                     "trust name. DOB 09/05/1995 three days before the exam date. UK hospital exam -> abroad."),
))

# ---------------------------------------------------------------------------------------- ts-059
DOCS.append(dict(
    stem="ts-059", fmt="docx",
    spec=dict(
        docx_font="Tahoma", size=9,
        header_lines=["Promedico-ASP  ·  Samenvatting  ·  Huisartsenpraktijk Den Hout, Houtstraat 2, 4811 HV Breda"],
        footer="vertrouwelijk  ·  pagina {page}",
        blocks=[
            ("kv", [("Datum uitdraai", "28-10-2026"), ("Patiënt", "mw. S. (Sabine) Verschuren-de Bruijn"),
                    ("Geboortedatum", "27-10-1986"), ("Huisarts", "R.J. van Dongen")], {"lw": 0.22, "boldlabel": False}),
            ("h", "Episodes"),
            ("table", [["ICPC", "Omschrijving", "Begin", "Status"],
                       ["L87", "Tendovaginitis stenosans / triggerduim links", "12-01-2026", "actief"],
                       ["W84", "Zwangerschap (G2P2), sectio caesarea", "2016", "afgesloten"],
                       ["L15", "Knieklachten rechts, artroscopie", "2020", "afgesloten"],
                       ["P74", "Angststoornis", "2019", "actief"]], {"cw": [0.1, 0.55, 0.17, 0.18]}),
            ("h", "Familieanamnese"),
            ("p", "Moeder reumatoïde artritis (methotrexaat). Vader diabetes mellitus type 2. Zus: triggerfingers "
                  "beiderzijds, geopereerd."),
            ("h", "Journaal (episode L87)"),
            ("table", [["Datum", "", "Tekst"],
                       ["12-01-2026", "S", "Sinds 2 mnd pijn en haperen duim links, ochtendstijfheid duim."],
                       ["", "O", "Nodulus ter hoogte van A1 duim li, triggering bij flexie."],
                       ["", "E", "Triggerduim links."],
                       ["", "P", "Injectie triamcinolonacetonide 10 mg A1 duim li."],
                       ["06-04-2026", "S", "Recidief na 2 mnd."],
                       ["", "P", "Tweede injectie. X-hand li aangevraagd i.v.m. ochtendstijfheid (RA in familie)."],
                       ["19-08-2026", "S", "Opnieuw haperen, nu ook wijsvinger li."],
                       ["", "P", "Verwijzing plastische chirurgie Amphia-West besproken; pt wil liever second "
                                 "opinion in handkliniek. Lab: BSE/CRP/RF/anti-CCP."],
                       ["27-08-2026", "", "Lab: BSE 8, CRP <5, RF neg, anti-CCP neg."],
                       ["28-10-2026", "", "Samenvatting uitgedraaid voor verwijzing handkliniek."]],
             {"cw": [0.15, 0.06, 0.79]}),
            ("h", "Medicatie"),
            ("p", "sertraline 50 mg 1 dd; ethinylestradiol/levonorgestrel 1 dd"),
        ]),
    label=dict(kinds=["history"], date="2026-10-28", author="gp", language="nl",
               style="Promedico-ASP summary exported to DOCX (episode and SOEP journal tables)",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="X-hand was only requested ('aangevraagd') and never reported -> imaging unmentioned. Sister's "
                     "operated trigger fingers are family history; caesarean and knee arthroscopy are other body "
                     "parts. Birth date 27-10-1986 one day before the print date. SOEP letters in their own column."),
))

# ---------------------------------------------------------------------------------------- ts-060
DOCS.append(dict(
    stem="ts-060", fmt="txt",
    text="""LMMZ - Laboratorium voor Medische Microbiologie Zeeland-West        Vlissingen
Koudekerkseweg 88, 4382 EE Vlissingen  tel 0118-425000
-------------------------------------------------------------------------------
UITSLAG BACTERIOLOGIE                                    Definitief
-------------------------------------------------------------------------------
Patient   : JOBSE E                    Geb.datum: 14-08-1961  V
Aanvrager : LIEVENSE K, huisarts, Zierikzee
Labnummer : Z26-044871
Afname    : 14-09-2026 09:05     Ontvangst: 14-09-2026 13:40
Validatie : 16-09-2026 11:12
Indicatie : voorafgaand aan verwijzing/opname handkliniek

Materiaal             Onderzoek                    Uitslag
--------------------  ---------------------------  ----------------------------
Neus                  Kweek op MRSA                MRSA niet aangetoond
Keel                  Kweek op MRSA                MRSA niet aangetoond
Perineum              Kweek op MRSA                MRSA niet aangetoond

Opmerking: kweek op selectief chromogeen medium, 48 uur bebroed.

Gevalideerd door: dr. P. Kodde, arts-microbioloog
-------------------------------------------------------------------------------
""",
    label=dict(kinds=["mrsa-screening"], date="2026-09-16", also_dates=["2026-09-14"], author="lab", language="nl",
               style="Dutch LIS bacteriology printout in fixed-width plain text",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="MRSA result without any mention of a stay abroad (routine indication). Title 'UITSLAG "
                     "BACTERIOLOGIE' rather than 'MRSA-screening'. Sample, receipt and validation dates."),
))

# ---------------------------------------------------------------------------------------- ts-061
DOCS.append(dict(
    stem="ts-061", fmt="lo",
    spec=dict(
        docx_font="Liberation Sans", size=10,
        logo="Ziekenhuis Hunzedal",
        header_lines=["Reumatologie en Klinische Immunologie", "Hereweg 300 · 9725 AJ Groningen · 050-5550000"],
        footer="Ziekenhuis Hunzedal – Reumatologie",
        blocks=[
            ("kv", [("Aan", "mw. A. Wiersma, huisarts\nHuisartsenpraktijk Helpman\nVerlengde Hereweg 60\n9722 AE Groningen"),
                    ("Betreft", "mw. T. Zandbergen-Koops, geb. 07-10-1973, Paterswoldseweg 9, Groningen"),
                    ("Kenmerk", "REU/2026/71560")], {"lw": 0.18, "boldlabel": True}),
            ("p", "Geachte collega,"),
            ("p", "Uw patiënte is op 1 oktober 2026 op onze polikliniek gezien voor controle van haar reumatoïde "
                  "artritis (seropositief, sinds 2014)."),
            ("p", "Zij heeft de laatste maanden toenemend pijn en zwelling van de rechter pols, ondanks "
                  "methotrexaat 20 mg per week en adalimumab. In 2021 onderging zij een synovectomie van de "
                  "rechter pols en een extensorpeesreconstructie (EDC IV-V) in het UMC Groningen-Stad. De linker "
                  "pols is rustig."),
            ("p", "Bij onderzoek een warme, gezwollen rechter pols met beperkte extensie (20°) en dorsale "
                  "instabiliteit van de ulnakop. Echografie van de polsen (01-10-2026, op de polikliniek verricht "
                  "door de reumatoloog): actieve synovitis radiocarpaal en in het DRUG rechts, power-Doppler graad 2. "
                  "Röntgenfoto's van de handen tonen progressieve destructie van de rechter pols (Larsen 4)."),
            ("p", "<b>Conclusie:</b> actieve RA met destructieve artritis van de rechter pols.<br/>"
                  "<b>Beleid:</b> switch adalimumab naar tocilizumab. Wij hebben patiënte geadviseerd om de "
                  "mogelijkheid van een (partiële) polsartrodese te laten beoordelen door een handchirurg; zij wil "
                  "hiervoor graag naar een gespecialiseerde handkliniek. Controle bij ons over 3 maanden."),
            ("p", "Met collegiale groet,"),
            ("lines", ["", "dr. H.J. Oosting, reumatoloog"]),
            ("sp", 4),
            ("lines", ["Gedicteerd: 02-10-2026  /  Uitgewerkt: 08-10-2026  /  Verzonden: 09-10-2026",
                       "cc: patiënte; handtherapie Hunzedal"]),
        ]),
    label=dict(kinds=["correspondence"], date="2026-10-09", also_dates=["2026-10-02"], author="specialist",
               language="nl",
               style="rheumatology outpatient letter; date only in a dictation/sending line at the bottom, via LibreOffice",
               imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="No 'Datum:' near the top: the only own dates are 'Gedicteerd/Uitgewerkt/Verzonden' at the "
                     "bottom. Visit 1 oktober; birth date 07-10-1973. Previous wrist synovectomy and tendon "
                     "reconstruction -> operated yes; arthrodesis only advised to be assessed. Rheumatologist's own "
                     "ultrasound + X-rays -> imaging yes (letter, not a radiology report)."),
))

# ---------------------------------------------------------------------------------------- ts-062
DOCS.append(dict(
    stem="ts-062", fmt="docx",
    spec=dict(
        docx_font="Arial", size=10,
        header_lines=["Hausarztpraxis Dr. med. Anja Peters  ·  Fachärztin für Allgemeinmedizin",
                      "Große Straße 15  ·  47559 Kranenburg  ·  Tel. +49 2826 91 91 0  ·  BSNR 38 999 1100"],
        header_align="right",
        blocks=[
            ("lines", ["An die", "Handkliniek Zuid-Limburg", "– Handchirurgie –", "Akerstraat 90",
                       "6417 BM Heerlen", "Niederlande"]),
            ("pr", "Kranenburg, den 26.10.2026"),
            ("title", "Überweisung – Bitte um Zweitmeinung"),
            ("kv", [("Patient", "Herr Bernd Hüsken"), ("geb.", "22.10.1964"),
                    ("Anschrift", "Mühlenweg 3, 47559 Kranenburg"), ("Versicherung", "AOK Rheinland/Hamburg")],
             {"lw": 0.2}),
            ("p", "Sehr geehrte Kolleginnen und Kollegen,"),
            ("p", "ich überweise Ihnen Herrn Hüsken mit der Bitte um eine Zweitmeinung. Bei Herrn Hüsken wurde im "
                  "November 2025 im Klinikum Rheinaue Wesel eine Karpaldachspaltung rechts durchgeführt. Die "
                  "nächtlichen Parästhesien sind seitdem zwar rückläufig, es bestehen jedoch weiterhin ein "
                  "Taubheitsgefühl D1–D3 und ausgeprägte Narbenschmerzen. Das Röntgenbild der Hand im März 2026 war "
                  "unauffällig."),
            ("p", "<b>Fragestellung:</b> Liegt eine inkomplette Spaltung oder ein Rezidiv vor? Ist eine "
                  "Revisionsoperation sinnvoll?"),
            ("p", "Der Patient arbeitet als Fernfahrer und wohnt nahe der Grenze; er wünscht ausdrücklich eine "
                  "Beurteilung in den Niederlanden."),
            ("p", "Mit freundlichen kollegialen Grüßen"),
            ("lines", ["", "Dr. med. Anja Peters"]),
            ("small", "Anlagen: OP-Bericht vom 18.11.2025, Arztbrief Klinikum Rheinaue Wesel"),
        ]),
    label=dict(kinds=["referral"], date="2026-10-26", author="gp", language="de",
               style="German GP Überweisung letter to a Dutch clinic with 'Fragestellung'",
               referral_question=True, imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="German referral from a Hausärztin; birth date 22.10.1964 four days before 'den 26.10.2026'. "
                     "Carpal tunnel release in a German hospital -> operated and treated abroad (from the Dutch "
                     "clinic's view). Revision surgery is a question. Enclosures named."),
))

# ---------------------------------------------------------------------------------------- ts-063
DOCS.append(dict(
    stem="ts-063", fmt="lo",
    spec=dict(
        docx_font="Arial", size=9.5,
        header_lines=["Hampshire Downs Hospitals NHS Foundation Trust"], header_align="right",
        footer="Consent Form 1 – Patient agreement to investigation or treatment – page {page}",
        blocks=[
            ("title", "Consent Form 1"),
            ("p", "<b>Patient agreement to investigation or treatment</b>"),
            ("table", [["Patient details (or pre-printed label)", ""],
                       ["Patient's surname/family name", "NAIR"],
                       ["Patient's first names", "Priya"],
                       ["Date of birth", "09/05/1995"],
                       ["NHS number", "712 004 8839"],
                       ["Responsible health professional", "Mr D. Fielding, Consultant Hand Surgeon"],
                       ["Job title", "Consultant"],
                       ["Special requirements", "None"]],
             {"cw": [0.45, 0.55], "spans": [[(0, 0), (1, 0)]]}),
            ("h", "Name of proposed procedure or course of treatment"),
            ("p", "Excision of volar ganglion, right wrist (day case, general or regional anaesthetic)."),
            ("h", "Statement of health professional"),
            ("p", "I have explained the procedure to the patient. In particular, I have explained the intended "
                  "benefits (removal of the lump and relief of symptoms) and serious or frequently occurring risks "
                  "(recurrence 10–20 %, scar sensitivity, injury to the radial artery or nerve branches, infection, "
                  "complex regional pain syndrome)."),
            ("table", [["Signed", "Date", "Name (PRINT)"],
                       ["D. Fielding", "22/04/2026", "D. FIELDING"]], {"cw": [0.33, 0.33, 0.34]}),
            ("h", "Statement of patient"),
            ("p", "I agree to the procedure or course of treatment described on this form. I understand that I will "
                  "have the opportunity to discuss the details of anaesthesia with an anaesthetist before the "
                  "procedure. I understand that any procedure in addition to those described on this form will only "
                  "be carried out if it is necessary to save my life or to prevent serious harm to my health."),
            ("table", [["Patient's signature", "Date", "Name (PRINT)"],
                       ["P. Nair", "22/04/2026", "PRIYA NAIR"]], {"cw": [0.33, 0.33, 0.34]}),
            ("h", "Confirmation of consent (on the day of the procedure)"),
            ("table", [["Signed", "Date", "Name (PRINT)"], ["", "", ""]], {"cw": [0.33, 0.33, 0.34]}),
            ("small", "Top copy accepted by patient: yes"),
        ]),
    label=dict(kinds=[], date="2026-04-22", author="other", language="en",
               style="NHS 'Consent Form 1' with signature tables, printed via LibreOffice",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
               notes="Consent form: no kind. The procedure is only proposed and the day-of-surgery confirmation is "
                     "empty -> operated unmentioned. Signed in a UK hospital clinic by the consultant who is "
                     "treating her -> treated abroad (clinic). Two signature dates 22/04/2026."),
))

# ---------------------------------------------------------------------------------------- ts-064
DOCS.append(dict(
    stem="ts-064", fmt="txt",
    text="""SWORN TRANSLATION FROM SPANISH INTO ENGLISH / TRADUCCIÓN JURADA
Translator: L. Martínez Ruiz, sworn translator no. 4417 (Ministerio de Asuntos Exteriores)
Translation completed: 01/09/2026
------------------------------------------------------------------------------------------

[Letterhead:] HOSPITAL UNIVERSITARIO COSTA BLANCA NORTE - Dénia (Alicante)
Servicio de Cirugía Ortopédica y Traumatología - Unidad de Mano
Partida Beniadlà s/n, 03700 Dénia - Tel. +34 96 555 10 00

INFORME DE ALTA / DISCHARGE REPORT

Patient: Mr Jeroen SPAANS           Date of birth: 05/08/1980
Nationality: Dutch                  Medical record no.: 2026-118834
Admission date: 03/08/2026          Discharge date: 06/08/2026
Service: Orthopaedic Surgery and Traumatology - Hand Unit

Reason for admission (Motivo de ingreso):
Patient on holiday in Dénia who fell from an electric scooter on 03/08/2026, with pain
and deformity of the left wrist.

Examinations (Exploraciones complementarias):
X-ray of the left wrist AP and lateral: dorsally displaced fracture of the distal radius
with ulnar styloid fracture. CT of the wrist: intra-articular extension, three fragments.

Principal diagnosis (Diagnóstico principal):
Intra-articular fracture of the left distal radius (AO 23-C2) and ulnar styloid.

Surgical procedure (Intervención quirúrgica):
Date of surgery: 04/08/2026
Surgeon: Dr. Javier Castelló Ferrer. Assistant: Dr. Marta Ivars.
Anaesthesia: axillary block.
Procedure: open reduction and internal fixation with a volar locking plate (Henry approach).
Description: Incision over the FCR. Release of pronator quadratus. Reduction of the
articular fragments under fluoroscopy and provisional fixation with K-wires. Placement of a
volar locking plate with 3 proximal and 7 distal screws. Fluoroscopic check in two planes:
correct reduction, no intra-articular screws. The ulnar styloid was not fixed (DRUJ stable).
Closure in layers. Volar splint.
Intra-operative complications: none.

Course (Evolución):
Favourable. Post-operative X-ray with correct position of the material. Discharged on the
third day. MRSA and other multi-resistant organisms: not screened.

Treatment on discharge (Tratamiento al alta):
Paracetamol 1 g/8 h, dexketoprofen 25 mg/8 h for 5 days, enoxaparin 40 mg/24 h for
10 days. Splint for 3 weeks. Follow-up with his own doctor in the Netherlands; suture
removal at 12-14 days.

Dénia, 06/08/2026
Dr. Javier Castelló Ferrer - Orthopaedic Surgeon (Colegiado 03/09876)

------------------------------------------------------------------------------------------
I certify that the above is a true and complete translation of the original Spanish
document. Valencia, 01/09/2026. [stamp and signature]
""",
    label=dict(kinds=["correspondence", "operation-report"], date="2026-08-06", author="specialist", language="en",
               style="sworn English translation of a Spanish 'Informe de alta' with Spanish headings kept",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Translation header dated 01/09/2026 precedes the document; the document's own date is the "
                     "discharge report 'Dénia, 06/08/2026'. Mixed Spanish/English headings. Discharge report with a "
                     "full surgical description (date, surgeon, procedure) -> both kinds. Birth date 05/08/1980 "
                     "between the admission and discharge dates. 'MRSA ... not screened' is a statement about "
                     "screening, not a result."),
))
