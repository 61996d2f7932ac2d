# nz-015 .. nz-023: specialist correspondence
DOCS = []

DOCS.append(dict(stem="nz-015-polikliniekbrief-plastische-chirurgie-duimbasis", fmt="rl",
    lh=["Ziekenhuis Gelderse Vallei", "Plastische, Reconstructieve en Handchirurgie", "Willy Brandtlaan 10, 6716 RP Ede",
        "Telefoon (0318) 43 43 43"],
    lh_right=["Datum: 14-10-2026", "Ons kenmerk: PCH/EB/2026-8812", "Patiëntnummer: 1044387", "Uw kenmerk: —"],
    footer="Ziekenhuis Gelderse Vallei · Postbus 9025 · 6710 HN Ede · www.geldersevallei.nl", color="#7a1f5c",
    blocks=[
        ("addr", ["Aan de weledelgeleerde vrouw", "drs. J.M. Scholten, huisarts", "Gezondheidscentrum Veldhuizen",
                  "Parkweg 2", "6717 AB Ede"]),
        ("p", "Betreft: Mw. I. Mulder, geb. 05-05-1962, Bospad 14, 6718 EE Ede"),
        ("p", "Geachte collega Scholten,"),
        ("p", "Uw patiënte bezocht op 7 oktober 2026 onze polikliniek in verband met pijn aan de duimbasis rechts."),
        ("h", "Anamnese"),
        ("p", "Sinds drie jaar progressieve pijn aan de basis van de rechterduim, vooral bij knijpen en draaien (sleutel, "
              "pot openen). Nachtelijke pijn sinds dit voorjaar. Eerdere behandeling: spalk en tweemaal een injectie via u, "
              "laatste met weinig effect. Geen eerdere operaties aan de handen. Werkzaam als administratief medewerker, "
              "typt veel. Rechtshandig."),
        ("h", "Lichamelijk onderzoek"),
        ("p", "Rechterhand: subluxatie van de duimbasis, positieve grind-test, pijnlijke CMC-1 bij palpatie. MCP-1 "
              "hyperextensie 15°. Knijpkracht (pinch) 3 kg rechts versus 6 kg links. Sensibiliteit intact, Tinel en Phalen "
              "negatief."),
        ("h", "Aanvullend onderzoek"),
        ("p", "Röntgenfoto hand rechts (30-09-2026): duimbasisartrose Eaton-Littler stadium III met osteofyten en "
              "gewrichtsspleetversmalling; STT-gewricht gespaard."),
        ("h", "Conclusie"),
        ("p", "Symptomatische duimbasisartrose rechts, Eaton III, conservatief uitbehandeld."),
        ("h", "Beleid"),
        ("p", "Wij hebben de operatieve mogelijkheden besproken: trapeziectomie met ligamentreconstructie, of een CMC-1 "
              "prothese. Gezien leeftijd en activiteitenniveau hebben wij een trapeziectomie voorgesteld. Patiënte wil "
              "hierover nadenken en heeft aangegeven eventueel elders een second opinion te willen vragen. Zij neemt zelf "
              "contact op voor het inplannen. Tot die tijd continueren van de spalk en pijnstilling naar behoefte."),
        ("p", "Met vriendelijke groet,"),
        ("sp", 14),
        ("p", "E. Brinkman, physician assistant\nnamens dr. H.T. de Vries, plastisch chirurg"),
        ("small", "Deze brief is elektronisch geautoriseerd en daarom niet ondertekend.\ncc: patiënte"),
    ],
    label=dict(kinds=["correspondence"], date="2026-10-14", author="specialist", language="nl",
               style="HiX outpatient letter with right-hand reference block", imaging_done="yes", operated="no",
               treated_abroad="unmentioned",
               notes="Visit date (7 okt) differs from letter date (14-10). Signed by a physician assistant on behalf of the "
                     "surgeon. Trapeziectomy only proposed; 'Geen eerdere operaties aan de handen'.")))

# ---------------------------------------------------------------- 016 discharge letter with operation section
DOCS.append(dict(stem="nz-016-ontslagbrief-met-operatie-flexorpees", fmt="rl",
    lh=["Albert Schweitzer ziekenhuis", "Plastische chirurgie — Verpleegafdeling B3", "Albert Schweitzerplaats 25, 3318 AT Dordrecht",
        "T 078 654 11 11"],
    lh_right=["KLINISCHE BRIEF", "Datum brief: 07-08-2026", "Opname: 03-08-2026", "Ontslag: 05-08-2026"],
    footer="Albert Schweitzer ziekenhuis — locatie Dordwijk", color="#005a9c",
    blocks=[
        ("addr", ["Aan: dhr. P. Koopman, huisarts", "Huisartsenpraktijk Crabbehof", "Aert de Gelderlaan 2", "3317 JD Dordrecht"]),
        ("kv", [("Patiënt", "M. Bouzid (dhr.)"), ("Geboortedatum", "11-11-1987"), ("Patiëntnummer", "2218840"),
                ("Opnamedatum", "03-08-2026"), ("Ontslagdatum", "05-08-2026"), ("Behandelaar", "dr. S.J. Rutten, plastisch chirurg")]),
        ("p", "Geachte collega,"),
        ("p", "Wij berichten u over de opname van uw patiënt op onze afdeling."),
        ("h", "Opnamediagnose"),
        ("p", "Snijletsel volaire zijde wijsvinger rechts (zone II) met complete doorsnijding van de FDP- en FDS-pees en "
              "partiële laesie van de ulnaire digitale zenuw."),
        ("h", "Anamnese"),
        ("p", "Patiënt, rechtshandig, magazijnmedewerker, sneed zich op 02-08-2026 thuis aan een brekend glas. Via de SEH "
              "opgenomen. Röntgenfoto hand rechts: geen fractuur, geen radio-opaak corpus alienum."),
        ("h", "Operatie"),
        ("kv", [("Datum operatie", "03-08-2026"), ("Operateur", "dr. S.J. Rutten, plastisch chirurg"),
                ("Assistent", "drs. L. Bos, AIOS plastische chirurgie"), ("Anesthesie", "Plexus axillaris rechts, sedatie"),
                ("Ingreep", "Primaire hechting FDP D2 rechts (4-strengs, Adelaide), excisie FDS-slip, hechting n. digitalis "
                            "propria ulnaris D2 (9-0 nylon)"),
                ("Bloedleegte", "Ja, 48 minuten, 250 mmHg")]),
        ("p", "Verloop: Bruner-incisie vanaf de wond naar proximaal en distaal. Proximale FDP-stomp teruggetrokken tot in de "
              "handpalm, met katheter teruggeleid door A2. Kernhechting 4-strengs met Fiberloop 4-0, epitendineuze hechting "
              "6-0 prolene. A4-pulley gespaard, A2 gedeeltelijk geventeerd. FDS: ulnaire slip geëxcideerd, radiale slip "
              "intact. Zenuw ulnair: 50% doorsnijding, epineurale hechting. Goede glijding na hechting, geen gapping bij "
              "passieve extensie. Huid gesloten met Ethilon 5-0. Dorsale blokspalk pols 20° flexie, MCP 70°. "
              "Complicaties: geen."),
        ("h", "Beloop"),
        ("p", "Ongecompliceerd postoperatief beloop. Start handtherapie dag 1 volgens vroeg-actief protocol. Wond droog."),
        ("h", "Medicatie bij ontslag"),
        ("p", "Paracetamol 1000 mg 4dd1, naproxen 500 mg 2dd1 gedurende 5 dagen, omeprazol 20 mg 1dd1 zolang naproxen."),
        ("h", "Beleid"),
        ("p", "Handtherapie 2x per week. Spalk 6 weken dag en nacht. Hechtingen verwijderen dag 12 bij handtherapie. "
              "Controle polikliniek over 3 weken. Niet werken gedurende minimaal 12 weken."),
        ("p", "Met vriendelijke groet,"),
        ("p", "drs. L. Bos, AIOS plastische chirurgie\nSupervisor: dr. S.J. Rutten, plastisch chirurg"),
        ("small", "cc: patiënt; handtherapie ASz"),
    ],
    label=dict(kinds=["correspondence", "operation-report"], date="2026-08-07", author="specialist", language="nl",
               style="discharge letter (klinische brief) with full operation section in a label/value table",
               imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="Discharge letter that contains a full operation description (date, operator, assistant, anaesthesia, "
                     "procedure, course, complications). Admission/discharge dates near the letter date.")))

# ---------------------------------------------------------------- 017 SEH letter docx
DOCS.append(dict(stem="nz-017-seh-brief-heelkunde-volaire-plaat", fmt="docx",
    lh=["Amphia", "Spoedeisende Hulp / Heelkunde", "Molengracht 21, 4818 CK Breda"],
    lh_right=["Datum: 18 september 2026", "Kenmerk: SEH-26-091744"],
    footer="Amphia · Breda · Oosterhout · Etten-Leur",
    blocks=[
        ("addr", ["Mevr. C. Aarts, huisarts", "Huisartsenpraktijk Ginneken", "Ulvenhoutselaan 9", "4835 MB Breda"]),
        ("p", "Betreft: mevrouw L. Vermeulen, geboren 29-01-2001, BSN 23xxxx611"),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënte werd op 16-09-2026 gezien op de Spoedeisende Hulp na een val tijdens een volleybalwedstrijd, "
              "waarbij de rechtermiddelvinger overstrekt werd."),
        ("h", "Bevindingen"),
        ("p", "Zwelling en hematoom rond het PIP-gewricht D3 rechts, drukpijn volair. Actieve flexie mogelijk maar pijnlijk. "
              "Geen rotatiefout. Stabiel bij zijdelingse belasting. Sensibiliteit en capillaire refill normaal."),
        ("h", "Aanvullend onderzoek"),
        ("p", "X-middelvinger rechts AP en lateraal: klein avulsiefragment aan de volaire basis van de middelste falanx "
              "(<20% gewrichtsoppervlak), congruent gewricht."),
        ("h", "Diagnose"),
        ("p", "Volaire plaat-avulsie PIP D3 rechts."),
        ("h", "Behandeling"),
        ("p", "Conservatief behandeld met buddy-taping aan D4 en een extension-block spalk. Niet geopereerd; een operatie "
              "is bij dit kleine, congruente fragment niet nodig."),
        ("h", "Beleid"),
        ("p", "Controle op de fractuurpoli (gipskamer) over 1 week met nieuwe foto. Verwijzing handtherapie. "
              "Pijnstilling: paracetamol, zo nodig ibuprofen."),
        ("p", "Met vriendelijke groet,"),
        ("p", "drs. N. Pieters, arts-assistent Heelkunde\nSupervisor: dr. G. Willems, traumachirurg"),
        ("small", "Deze brief is gedicteerd en niet gecorrigeerd."),
    ],
    label=dict(kinds=["correspondence"], date="2026-09-18", also_dates=None, author="specialist", language="nl",
               style="ED letter from a hospital surgery department, docx with letterhead table in header",
               imaging_done="yes", operated="no", treated_abroad="unmentioned",
               notes="Stem mentions 'plaat' (volar plate), which is anatomy not a plate fixation. 'Niet geopereerd'. "
                     "Letterhead in DOCX header section.")))

# ---------------------------------------------------------------- 018 Belgian AZ consultation report
DOCS.append(dict(stem="nz-018-az-sint-lucas-verslag-raadpleging-sl", fmt="rl",
    lh=["AZ Sint-Lucas Gent", "Dienst Orthopedie en Traumatologie — Hand- en polschirurgie",
        "Groene Briel 1, 9000 Gent  ·  tel. +32 9 224 61 11"],
    lh_right=["Gent, 21/10/2026", "Dossiernr. 0088-4471-22"], color="#c0392b",
    footer="AZ Sint-Lucas vzw · Groene Briel 1 · 9000 Gent · RPR Gent", pagefmt="{p}/1",
    blocks=[
        ("addr", ["Geachte collega,", "dr. H. de Kok, huisarts", "Kerkstraat 12", "4501 AX Oostburg (Nederland)"]),
        ("title", "Verslag raadpleging"),
        ("p", "Betreft: Dhr. Pieter DE KONING, °03/06/1970, Nieuwstraat 4, 4524 EA Sluis (NL)\nRaadpleging van 19/10/2026"),
        ("p", "Geachte collega,"),
        ("p", "Wij zagen uw patiënt op onze raadpleging hand- en polschirurgie. Hij werd op 24/08/2026 gezien op de "
              "spoedgevallendienst van ons ziekenhuis na een val met de koersfiets op de linkerpols tijdens een tocht in "
              "de Vlaamse Ardennen. Toen werd een pijnlijke pols met negatieve RX weerhouden; immobilisatie in een spalk "
              "gedurende twee weken."),
        ("h", "Klachten"),
        ("p", "Persisterende pijn dorsaal aan de linkerpols, klikken bij radiaal-deviatie, krachtverlies. Hij is "
              "bouwkundig tekenaar, linkshandig."),
        ("h", "Klinisch onderzoek"),
        ("p", "Drukpijn ter hoogte van het scapholunaire interval. Watson-test positief links. Beperkte extensie (50°)."),
        ("h", "Technische onderzoeken"),
        ("p", "RX pols links met dynamische opnames (19/10/2026): scapholunaire diastase van 4 mm bij gebalde vuist, "
              "ringteken. Geen artrose. Een MRI werd aangevraagd."),
        ("h", "Besluit"),
        ("p", "Scapholunair ligamentletsel links, dynamische instabiliteit."),
        ("h", "Voorstel"),
        ("p", "Wij stellen een artroscopische evaluatie voor met desgevallend een ligamentreconstructie. Patiënt wenst "
              "dit eerst met u en in Nederland te bespreken. Hij krijgt een kopie van dit verslag en de beelden mee."),
        ("p", "Met collegiale groeten,"),
        ("p", "dr. Kristof Van Damme\nOrthopedisch chirurg"),
        ("small", "Kopie: patiënt"),
    ],
    label=dict(kinds=["correspondence"], date="2026-10-21", author="specialist", language="nl",
               style="Belgian hospital consultation report (Flemish: raadpleging, Besluit, °, spoedgevallendienst)",
               imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="Dutch patient living in Sluis treated at a Belgian hospital (ED and outpatient). Dynamic X-rays done, "
                     "MRI only requested. Arthroscopy only proposed. Consultation date vs letter date.")))

# ---------------------------------------------------------------- 020 UK clinic letter
DOCS.append(dict(stem="nz-020-leeds-clinic-letter-occult-scaphoid", fmt="rl",
    lh=["The Leeds Teaching Hospitals NHS Trust", "Department of Plastic and Hand Surgery", "Leeds General Infirmary",
        "Great George Street, Leeds LS1 3EX"],
    lh_right=["Hand Clinic — Outpatients", "Tel: 0113 243 2799", "Our ref: HS/KT/2209871", "Date typed: 03/11/2026",
              "Clinic date: 28/10/2026"], color="#005eb8",
    footer="This letter contains confidential information. If received in error please notify the sender.", pagefmt="Page {p} of 1",
    blocks=[
        ("addr", ["Dr P. Hargreaves", "Leeds University Student Medical Practice", "4 Blenheim Court", "Leeds LS2 9AE"]),
        ("p", "Dear Dr Hargreaves,"),
        ("p", "Re: Miss Emma VISSER, DOB 08/08/2003, Hosp No. L2209871, NHS No. 733 019 4452\n"
              "Flat 12, 31 Hyde Park Road, Leeds LS6 1PY"),
        ("kv", [("Diagnosis:", "Undisplaced waist fracture of the right scaphoid (occult on initial radiographs), "
                               "clinically and radiologically united"),
                ("Outcome:", "Discharged from Hand Clinic; may return to sport")]),
        ("p", "I reviewed Emma in the hand clinic today, 12 weeks after she fell on her outstretched right hand while "
              "climbing on 4 August 2026. Her initial radiographs in our Emergency Department were normal, but because of "
              "persistent snuffbox tenderness an MRI was performed on 11 August 2026, which confirmed an undisplaced waist "
              "fracture. She was treated in a below-elbow cast for eight weeks and has not required any surgery."),
        ("p", "Today she has a full range of movement with only mild discomfort at the extremes of extension. Grip "
              "strength is 90% of the left side. Repeat radiographs show bridging trabeculae across the fracture."),
        ("p", "Emma is returning home to the Netherlands at the end of her exchange year in December. She has asked "
              "about ongoing follow-up there; I do not think any further imaging is required, but she is welcome to be "
              "seen by a hand surgeon at home if symptoms persist. I have given her copies of this letter and the MRI "
              "report."),
        ("p", "Yours sincerely,"),
        ("sp", 12),
        ("p", "Ms Katherine Thornton FRCS (Plast)\nConsultant Plastic and Hand Surgeon"),
        ("small", "cc: Miss E. Visser (patient)"),
    ],
    label=dict(kinds=["correspondence"], date="2026-11-03", also_dates=["2026-10-28"], author="specialist", language="en",
               style="NHS clinic letter with Diagnosis/Outcome fields, typed date vs clinic date",
               imaging_done="yes", operated="no", treated_abroad="yes",
               notes="Dutch student treated in an English hospital (ED, cast). 'has not required any surgery'. "
                     "'Today' refers to clinic date 28/10, letter typed 03/11.")))

# ---------------------------------------------------------------- 021 Spanish ED discharge in English (fpdf)
DOCS.append(dict(stem="nz-021-informe-alta-urgencias-arrixaca-colles", fmt="fpdf",
    lh=["Hospital Clínico Universitario Virgen de la Arrixaca", "Servicio de Urgencias · Traumatología",
        "Ctra. Madrid-Cartagena s/n, 30120 El Palmar, Murcia · Tel. +34 968 36 95 00"],
    lh_right=["INFORME DE ALTA DE URGENCIAS", "Emergency Department Discharge Report", "Nº episodio: 26-0712-38841"],
    footer="Servicio Murciano de Salud — Translated copy (EN) issued at patient's request", pagefmt="Página {p}",
    blocks=[
        ("kv", [("Paciente / Patient", "SMITS, WILMA"), ("Fecha nacimiento / DOB", "14/03/1956"),
                ("Nacionalidad", "Países Bajos (EHIC 8052 8000 1234 5678 90)"), ("Fecha ingreso / Arrival", "02/07/2026 18:47"),
                ("Fecha alta / Discharge", "02/07/2026 23:15"), ("Médico / Doctor", "Dr. Alejandro Ruiz Molina, COT")]),
        ("h", "Motivo de consulta / Reason for attendance"),
        ("p", "Fall on the street in Cartagena onto the outstretched left hand. Pain, swelling and deformity of the left "
              "wrist. No loss of consciousness. Right-handed."),
        ("h", "Antecedentes / Past history"),
        ("p", "Hypertension. Osteopenia. Cholecystectomy (2001). No known drug allergies."),
        ("h", "Exploración / Examination"),
        ("p", "Dinner-fork deformity of the left wrist. Neurovascular status distally intact. Skin intact."),
        ("h", "Pruebas complementarias / Investigations"),
        ("p", "Rx left wrist AP and lateral: extra-articular distal radius fracture with dorsal angulation of 25° and "
              "radial shortening (Colles type). Ulnar styloid fracture. Post-reduction Rx: acceptable alignment."),
        ("h", "Tratamiento / Treatment"),
        ("p", "Closed reduction under haematoma block; below-elbow dorsal plaster splint. No surgical treatment was "
              "performed. Analgesia: metamizol 575 mg, paracetamol 1 g."),
        ("h", "Juicio clínico / Diagnosis"),
        ("p", "Fractura extraarticular de radio distal izquierdo (Colles) + fractura de estiloides cubital."),
        ("h", "Recomendaciones / Recommendations"),
        ("p", "Elevate the arm, move fingers. Control X-ray within 7 days. Follow-up with traumatologist in home country "
              "(the patient returns to the Netherlands on 05/07/2026). Return to ED if numbness, cold fingers or "
              "increasing pain."),
        ("p", "Murcia, 02/07/2026\nFdo. Dr. A. Ruiz Molina — Nº colegiado 303012345"),
    ],
    label=dict(kinds=["correspondence"], date="2026-07-02", author="specialist", language="en",
               style="Spanish ED discharge report, bilingual headings, English body (fpdf2)",
               imaging_done="yes", operated="no", treated_abroad="yes",
               notes="Written by a Spanish hospital that treated the patient. Closed reduction is not surgery: "
                     "'No surgical treatment was performed'. Cholecystectomy other body part. Spanish field labels.")))

# ---------------------------------------------------------------- 022 Neurology letter docx
DOCS.append(dict(stem="nz-022-neurologie-brief-emg-carpaal", fmt="docx",
    lh=["Deventer Ziekenhuis", "Neurologie & Klinische Neurofysiologie", "Nico Bolkesteinlaan 75, 7416 SE Deventer"],
    lh_right=["Deventer, 27-10-2026", "Ons kenmerk: NEU/KNF 26-4418", "Patiëntnr.: 881 204 5"],
    footer="Deventer Ziekenhuis — Neurologie — tel. 0570 53 53 53",
    blocks=[
        ("addr", ["Aan: dhr. J. Smeets, huisarts", "Huisartsenpraktijk Colmschate", "Holterweg 88", "7429 AL Colmschate"]),
        ("p", "Betreft: dhr. B. Lammers, geb. 15-06-1969"),
        ("p", "Geachte collega,"),
        ("p", "Dank voor uw verwijzing van de heer Lammers, 57 jaar, vrachtwagenchauffeur, wegens tintelingen in de "
              "rechterhand. Ik zag hem op 20-10-2026."),
        ("h", "Anamnese"),
        ("p", "Sinds een half jaar 's nachts slapende rechterhand, vooral duim tot en met ringvinger, schudt de hand wakker. "
              "Overdag tintelingen tijdens het rijden. Geen nekklachten. Geen diabetes. Nooit eerder behandeld."),
        ("h", "Neurologisch onderzoek"),
        ("p", "Geen atrofie van de thenar. Kracht APB MRC 5. Hypesthesie volaire zijde D1-D3 rechts. Tinel en Phalen "
              "positief rechts. Reflexen symmetrisch. Geen aanwijzingen voor cervicale radiculopathie."),
        ("h", "EMG (20-10-2026)"),
        ("table", [["Zenuw", "Latentie", "Amplitude", "Geleidingssnelheid"],
                   ["N. medianus re, sensibel D2", "4,1 ms", "9 µV", "34 m/s (vertraagd)"],
                   ["N. medianus re, motorisch APB", "5,6 ms", "6,8 mV", "52 m/s"],
                   ["N. ulnaris re, sensibel D5", "2,6 ms", "14 µV", "53 m/s"]]),
        ("p", "Conclusie EMG: matig ernstig carpaal tunnel syndroom rechts, zonder tekenen van axonale schade. Links "
              "normale bevindingen."),
        ("p", "Echografie van de n. medianus is niet verricht; aanvullende beeldvorming achtte ik bij dit klassieke beeld "
              "niet nodig."),
        ("h", "Conclusie en beleid"),
        ("p", "Carpaal tunnel syndroom rechts, matig ernstig. Ik adviseer een nachtspalk gedurende 6-8 weken; bij "
              "onvoldoende effect kan een injectie of een verwijzing naar de (hand)chirurg voor een carpale tunnel release "
              "overwogen worden. Patiënt gaf aan mogelijk een second opinion te willen bij een handkliniek voordat hij "
              "beslist. Geen vervolgafspraak neurologie."),
        ("p", "Met vriendelijke groet,"),
        ("p", "dr. W.A. Hulshof, neuroloog"),
        ("small", "cc: patiënt"),
    ],
    label=dict(kinds=["correspondence"], date="2026-10-27", author="specialist", language="nl",
               style="neurology letter with EMG table, docx",
               imaging_done="no", operated="unmentioned", treated_abroad="unmentioned",
               notes="EMG is not imaging; 'Echografie ... is niet verricht'. Release only discussed as an option. "
                     "'Nooit eerder behandeld' is about treatment, not surgery specifically.")))

# ---------------------------------------------------------------- 023 Rheumatology letter soffice
DOCS.append(dict(stem="nz-023-reumatologie-brief-erosieve-handartrose", fmt="soffice",
    lh=["Sint Maartenskliniek", "Reumatologie", "Hengstdal 3, 6574 NA Ubbergen", "Postbus 9011, 6500 GM Nijmegen"],
    lh_right=["Datum: 2 september 2026", "Polidatum: 26 augustus 2026", "Kenmerk: RE-77418/GH"],
    footer="Sint Maartenskliniek · www.maartenskliniek.nl · 024 365 99 11",
    blocks=[
        ("addr", ["Mw. drs. A. Terhorst, huisarts", "Praktijk Groenewoud", "Groenewoudseweg 180", "6524 VK Nijmegen"]),
        ("p", "Betreft: Mevrouw G. Hofman-Vos, geboren 21 december 1955"),
        ("p", "Geachte collega Terhorst,"),
        ("p", "Op 26 augustus zag ik mevrouw Hofman terug op de polikliniek reumatologie voor de uitslagen."),
        ("h", "Voorgeschiedenis"),
        ("p", "2014 cholecystectomie; 2021 totale knieprothese rechts; hypertensie; osteoporose."),
        ("h", "Anamnese"),
        ("p", "Sinds twee jaar pijnlijke, gezwollen vingergewrichten van beide handen, ochtendstijfheid circa 30 minuten. "
              "Geen klachten van andere gewrichten. Zij verbleef in het voorjaar van 2025 drie maanden bij haar dochter in "
              "Spanje; daar heeft zij geen arts bezocht."),
        ("h", "Aanvullend onderzoek"),
        ("p", "Laboratorium (22-07-2026): BSE 14 mm/u, CRP 4 mg/l, reumafactor en anti-CCP negatief.\n"
              "Echo handen beiderzijds (12-08-2026): synovitis graad 1-2 in PIP 2 en 3 rechts en DIP 3 links; geen "
              "tenosynovitis. Röntgenfoto's handen (12-08-2026): centrale erosies DIP 2-3 beiderzijds en PIP 3 rechts, "
              "'gull-wing' aspect, passend bij erosieve handartrose. CMC-1 beiderzijds matige artrose."),
        ("h", "Conclusie"),
        ("p", "Erosieve handartrose, geen aanwijzingen voor reumatoïde artritis of artritis psoriatica."),
        ("h", "Beleid"),
        ("p", "Uitleg gegeven. Verwijzing ergotherapie voor hulpmiddelen en gewrichtsbescherming. Intra-articulaire "
              "injectie PIP 3 rechts gegeven. Voor de pijnlijke, instabiele DIP 2 rechts zou een artrodese kunnen worden "
              "overwogen; patiënte wil hierover het advies van een handchirurg. Ik heb haar geadviseerd hiervoor via u een "
              "verwijzing te vragen. Controle reumatologie niet noodzakelijk."),
        ("p", "Met vriendelijke groet,"),
        ("p", "dr. F. Janssen-Lemmens, reumatoloog"),
        ("small", "cc: patiënte"),
    ],
    label=dict(kinds=["correspondence"], date="2026-09-02", author="specialist", language="nl",
               style="rheumatology outpatient letter, DOCX converted by LibreOffice",
               imaging_done="yes", operated="unmentioned", treated_abroad="no",
               notes="Knee prosthesis and cholecystectomy are other body parts. Stay in Spain without seeing a doctor. "
                     "Arthrodesis only considered. Clinic date vs letter date.")))

# ---------------------------------------------------------------- 019 merged: German Arztbrief + Operationsbericht
ab19 = dict(fmt="soffice",
    lh=["Klinikum Kassel", "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie",
        "Mönchebergstraße 41–43 · 34125 Kassel · Tel. +49 561 980-0"],
    lh_right=["Chefarzt Prof. Dr. med. T. Reinhardt", "Sekretariat: +49 561 980-4411", "Kassel, 15.09.2026"],
    footer="Klinikum Kassel GmbH · Gesundheit Nordhessen",
    blocks=[
        ("addr", ["Herrn", "Dr. med. Frank Wiegand", "Durchgangsarzt / Weiterbehandelnder Arzt", "Holländische Straße 120",
                  "34127 Kassel"]),
        ("title", "Entlassungsbrief"),
        ("p", "Patient: Herr Ricardo Pinas, geb. 17.02.1983, wohnhaft in 1104 KL Amsterdam (Niederlande)\n"
              "Stationärer Aufenthalt vom 12.09.2026 bis 15.09.2026"),
        ("p", "Sehr geehrter Herr Kollege Wiegand,"),
        ("p", "wir berichten über o. g. Patienten, der sich vom 12.09. bis 15.09.2026 in unserer stationären Behandlung befand."),
        ("h", "Diagnosen"),
        ("p", "Schnittverletzung linke Hohlhand/Finger mit Durchtrennung der tiefen Beugesehnen D3 und D4 links (Zone II) "
              "sowie Teildurchtrennung des N. digitalis palmaris proprius radialis D4 links (Arbeitsunfall 12.09.2026)."),
        ("h", "Therapie"),
        ("p", "12.09.2026: Beugesehnennaht FDP D3 und D4 links, mikrochirurgische Nervennaht N. digitalis D4 radial "
              "(siehe beiliegender Operationsbericht)."),
        ("h", "Verlauf"),
        ("p", "Herr Pinas, niederländischer LKW-Fahrer, verletzte sich beim Öffnen einer Ladung mit einem Cuttermesser auf "
              "einem Betriebsgelände in Kassel. Röntgenaufnahme der linken Hand ohne knöcherne Verletzung. Notfallmäßige "
              "operative Versorgung am Unfalltag. Postoperativ komplikationsloser Verlauf, reizlose Wundverhältnisse. "
              "Beginn der Nachbehandlung nach modifiziertem Kleinert-Schema durch unsere Ergotherapie."),
        ("h", "Procedere"),
        ("p", "Weiterbehandlung in den Niederlanden, der Patient reist am 16.09. mit seinem Arbeitgeber nach Amsterdam zurück. "
              "Fadenzug am 12.–14. postoperativen Tag. Dorsale Schiene für 6 Wochen. Handtherapie 2–3x/Woche. "
              "Arbeitsunfähigkeit voraussichtlich 12 Wochen. Bei Rückfragen stehen wir gern zur Verfügung."),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("p", "Prof. Dr. med. T. Reinhardt, Chefarzt          Dr. med. S. Yilmaz, Oberärztin          M. Krause, Assistenzarzt"),
    ])
op19 = dict(fmt="rl",
    lh=["Klinikum Kassel", "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie", "Mönchebergstraße 41–43 · 34125 Kassel"],
    lh_right=["OPERATIONSBERICHT", "Fall-Nr. 2026-0912-7781"], color="#8b0000", pagefmt="Seite {p}",
    footer="Ausdruck aus dem KIS — gültig ohne Unterschrift",
    blocks=[
        ("kv2", [("Patient", "Pinas, Ricardo", "Geb.-Datum", "17.02.1983"),
                 ("OP-Datum", "12.09.2026", "OP-Zeit", "19:42 – 21:18"),
                 ("Operateur", "Dr. med. S. Yilmaz", "Assistenz", "M. Krause"),
                 ("Anästhesie", "Plexusanästhesie axillär links", "Blutsperre", "Oberarm, 250 mmHg, 82 min")]),
        ("h", "Diagnose"),
        ("p", "Durchtrennung FDP D3 und D4 links Zone II, Teildurchtrennung N. digitalis palmaris proprius radialis D4 links."),
        ("h", "Operation"),
        ("p", "Beugesehnennaht FDP D3 und D4 links (4-Strang-Kernnaht + Ringnaht), epineurale Nervennaht N. digitalis D4 radial."),
        ("h", "Bericht"),
        ("p", "Desinfektion und steriles Abdecken. Wunderweiterung nach Bruner an D3 und D4. Darstellung der proximal "
              "retrahierten FDP-Stümpfe in der Hohlhand, Rückführung durch die Ringbänder mittels Katheter. An beiden Fingern "
              "4-Strang-Kernnaht mit 4-0 Fiberwire, fortlaufende epitendinöse Ringnaht 6-0 Prolene. FDS D3 und D4 intakt. "
              "Ringband A2 und A4 erhalten. Freies Gleiten der Sehnen, kein Gapping bei passiver Streckung. "
              "N. digitalis radialis D4 zu etwa zwei Dritteln durchtrennt: epineurale Naht mit 9-0 Ethilon unter dem Mikroskop. "
              "Öffnen der Blutsperre, sorgfältige Blutstillung. Hautverschluss mit 5-0 Ethilon. Steriler Verband, dorsale "
              "Unterarmschiene in Intrinsic-plus-Stellung."),
        ("h", "Komplikationen"),
        ("p", "Keine."),
        ("h", "Nachbehandlung"),
        ("p", "Frühfunktionelle Nachbehandlung nach modifiziertem Kleinert-Schema ab dem 1. postoperativen Tag. "
              "Antibiose: Cefuroxim 1,5 g single shot. Tetanusschutz aufgefrischt."),
        ("p", "Dr. med. S. Yilmaz, Oberärztin"),
    ])
DOCS.append(dict(stem="nz-019-arztbrief-und-op-bericht-kassel-beugesehne", fmt="merged", parts=[ab19, op19], label=dict(
    kinds=["correspondence", "operation-report"], date="2026-09-15", author="specialist", language="de",
    style="merged PDF: German Entlassungsbrief (LibreOffice) + Operationsbericht form (reportlab)",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="Dutch truck driver admitted and operated in a German hospital. The discharge letter only mentions the operation "
          "('siehe beiliegender Operationsbericht'); the second part is the full report.",
    part=[dict(kinds=["correspondence"], date="2026-09-15", author="specialist"),
          dict(kinds=["operation-report"], date="2026-09-12", author="specialist")])))
