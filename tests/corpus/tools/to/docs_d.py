"""to-049 .. to-064"""
from lib import L


# ------------------------------------------------------------------ 049
def d049():
    blocks = [
        ("lh", "St Jansdal", ["Orthopedie en Traumatologie", "Wethouder Jansenlaan 90, 3844 DG  Harderwijk"],
         {"right": ["Secretariaat 0341-46 3000", "Fax 0341-46 3199", "Ons kenmerk: ORTH/WvdM/6620431"]}),
        ("p", "Harderwijk, 25 november 2026"),
        ("addr", ["Handkliniek Meridiaan", "t.a.v. dr. E.M. Sterkenburg, plastisch chirurg / handchirurg",
                  "Postbus 4410", "3800 GK  Amersfoort"]),
        ("p", "**Betreft:** dhr. D. Hazeleger, geb. 09-09-1979, Stationslaan 112, 3841 GJ Harderwijk\n"
              "**Verzoek:** second opinion - persisterende non-union scaphoid rechts na operatie"),
        ("p", "Beste collega Sterkenburg,"),
        ("p", "Hierbij verwijs ik de heer Hazeleger, 47 jaar, vrachtwagenchauffeur, naar u met het "
              "verzoek om een second opinion. Patiënt vroeg daar zelf om en ik sta daar volledig "
              "achter."),
        ("p", "**Voorgeschiedenis:** in februari 2025 scaphoid-middenpoolfractuur rechts, primair "
              "conservatief behandeld. Bij een non-union heb ik hem op 16-10-2025 geopereerd: "
              "open repositie, spongiosaplastiek uit de crista iliaca en fixatie met een "
              "kopcompressieschroef (operatieverslag bijgevoegd)."),
        ("p", "**Beloop:** aanhoudende pijn radiaal. CT-scan pols rechts (03-11-2026): geen "
              "consolidatie, schroef deels losgelaten, beginnende sclerose van de proximale pool "
              "zonder collaps. Lichamelijk: extensie 35, flexie 40 graden, knijpkracht 60% van links."),
        ("p", "**Vraagstelling:** acht u een revisie met een gevasculariseerd bottransplantaat "
              "(bijv. mediale femurcondyl) zinvol, of adviseert u gezien de sclerose van de "
              "proximale pool een salvage-procedure? Patiënt wil graag door u behandeld worden "
              "als u een revisie zinvol acht."),
        ("p", "De CT-beelden worden via het LSP/beeldenuitwisseling klaargezet; het operatieverslag "
              "en het CT-verslag zijn bijgevoegd."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["dr. W. van der Meulen, orthopedisch chirurg"]),
        ("small", "cc: huisarts T. Evers, Harderwijk; patiënt"),
        ("pb",),
        ("h", "Medicatie en overige gegevens (bijlage bij verwijzing)", 11),
        ("fields", [("Medicatie", "paracetamol 1 g zn; tramadol 50 mg zn (max 2 dd)"),
                    ("Allergieën", "geen"), ("Roken", "ja, 15 sigaretten per dag (geadviseerd te stoppen)"),
                    ("Overig", "BMI 31; geen diabetes"),
                    ("MRSA-risico", "nee (geen behandeling in een buitenlands ziekenhuis)")], {"lw": 30}),
    ]
    page = {"font": "Helvetica", "size": 10,
            "fax": "25/11/2026 11:02   FAX +31 341 46 3199   ST JANSDAL ORTHOPEDIE      P.{page:03d}/{pages:03d}",
            "footer": "St Jansdal - Harderwijk | Lelystad - pagina {page}/{pages}"}
    lab = L(["referral", "correspondence"], "2026-11-25", "specialist", "nl",
            "specialist referral letter received by fax (fax header per page)",
            "yes", "yes", "no",
            "Referral by the treating orthopaedic surgeon; 'MRSA-risico: nee (geen behandeling in een "
            "buitenlands ziekenhuis)' on the appendix page (a specialist referral is also "
            "specialist correspondence); the writer operated himself ('heb ik hem op 16-10-2025 "
            "geopereerd'); fax header with the same date on every page; 'Verzoek' and "
            "'Vraagstelling' both present; second page is an appendix with medication.",
            rq=True)
    return {"fmt": "pdf", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 050
def d050():
    blocks = [
        ("p", "Amstelveen, 24 November 2026"),
        ("addr", ["To: Handkliniek Meridiaan", "Attn. second opinion hand surgery",
                  "P.O. Box 4410", "3800 GK Amersfoort"]),
        ("p", "**Regarding:** Ms. H. (Hannah) Whitfield-Kok, born 05-06-1983\n"
              "Address: Keizer Karelweg 301, 1181 RJ Amstelveen - insured: OHRA / international policy"),
        ("p", "Dear colleague,"),
        ("p", "Hereby I refer Ms. Whitfield-Kok to your clinic. She is British, married to a Dutch "
              "man and speaks little Dutch, therefore I write in English."),
        ("p", "**Reason for referral:** painful and stiff right wrist since a fall in London in "
              "March 2026."),
        ("p", "**Question:** she would like a second opinion. Can you please judge whether the "
              "persisting complaints are caused by the old fracture of the scaphoid that was "
              "seen in London, and whether a further treatment (operation or otherwise) is "
              "advisable?"),
        ("fields", [
            ("Relevant history", "- 14-03-2026: fall on outstretched right hand in London; seen at "
                                 "the A&E department of St Thomas' Hospital, X-ray: 'possible "
                                 "scaphoid fracture', cast for 6 weeks.\n"
                                 "- Hypothyroidism since 2015.\n"
                                 "- 2019 laparoscopic sterilisation.\n"
                                 "- She has not had any surgery on the wrist or hand."),
            ("Recent treatments", "- 02-06-2026: X-ray right wrist (Ziekenhuis Amstelland): "
                                  "healed scaphoid fracture, mild narrowing radioscaphoid joint.\n"
                                  "- 07-2026 to 10-2026: physiotherapy (12 sessions), little "
                                  "effect.\n"
                                  "- 09-10-2026: corticosteroid injection by me, 4 weeks effect.\n"
                                  "- 17-11-2026: consult: pain when pushing up, extension 45 degrees."),
            ("Medication", "levothyroxine 88 mcg 1dd; naproxen 250 mg when needed"),
            ("Allergies", "none known"),
        ], {"docx": "table", "lw": 40}),
        ("p", "The X-ray report from London and of Amstelland are enclosed."),
        ("p", "With kind regards,"),
        ("sig", ["drs. F.E. de Graaff, general practitioner (huisarts)",
                 "Huisartsenpraktijk Amstelveen-Zuid, Zonnestein 210, 1181 LZ Amstelveen",
                 "AGB 01-066130"]),
    ]
    page = {"docx_font": "Calibri", "size": 10.5,
            "header_table": [["**Huisartsenpraktijk Amstelveen-Zuid**",
                              "Zonnestein 210 - 1181 LZ Amstelveen - 020-641 2200"]],
            "footer": "Page {page}"}
    lab = L(["referral", "history"], "2026-11-24", "gp", "en",
            "Dutch GP writing an English referral with history sections (DOCX)",
            "yes", "no", "yes",
            "Dutch sender writing English ('Hereby I refer', 'judge'); contains 'Relevant "
            "history' and 'Recent treatments' -> also history; A&E of St Thomas' Hospital, "
            "London = treated abroad; sterilisation is another body part; 'has not had any "
            "surgery on the wrist or hand'; dd-mm-yyyy dates inside English text.",
            rq=True)
    return {"fmt": "docx", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 051
def d051():
    t = """Van: Secretariaat Plastische Chirurgie - Maasstad Ziekenhuis <secr.plastchir@maasstad.example>
Verzonden: vrijdag 6 november 2026 11:20
Aan: 'Huisartsenpraktijk Lombardijen' <info@hp-lombardijen.example>
CC: intake@handkliniekmeridiaan.example
Onderwerp: Brief poli plastische chirurgie - dhr. Ramdin, geb. 21-01-1966

Geachte heer/mevrouw,

Namens dr. De Vries stuur ik u hieronder de brief naar aanleiding van het polibezoek van
dhr. Ramdin. Op verzoek van patiënt is een kopie verzonden aan de Handkliniek Meridiaan.

Met vriendelijke groet,
Yvonne Brandsma
secretaresse plastische chirurgie, Maasstad Ziekenhuis
--------------------------------------------------------------------------------------------

Maasstad Ziekenhuis - Plastische Chirurgie
Maasstadweg 21, 3079 DZ Rotterdam

Rotterdam, 5 november 2026

Aan: mw. C. Tjon, huisarts, Huisartsenpraktijk Lombardijen, Rotterdam

Betreft: dhr. S. Ramdin, geboren 21-01-1966

Geachte collega,

Uw patiënt bezocht op 3 november 2026 onze polikliniek in verband met een pijnlijke, op slot
schietende duim rechts sinds een half jaar. Hij is diabeet (type 2, insuline).

Bij onderzoek een palpabele, pijnlijke nodus ter hoogte van de A1-pulley van de duim met
triggering bij actieve flexie, passief volledig strekbaar. Geen tekenen van artrose.
Er is geen beeldvorming verricht; de diagnose is klinisch gesteld. Patiënt is niet eerder
geopereerd aan de hand en heeft nog geen injectie gehad.

Conclusie: triggerduim rechts (Quinnell graad 2).

Beleid: injectie met triamcinolon 10 mg in de peesschede, gegeven op 3 november. Bij recidief
kan een tweede injectie of een operatieve release volgen. Patiënt heeft aangegeven voor een
eventuele operatie een tweede mening te willen, vandaar de kopie.

Met vriendelijke groet,

namens dr. M.J. de Vries, plastisch chirurg
Y. Brandsma, secretariaat (brief niet ondertekend in verband met snelle verzending)
"""
    lab = L(["correspondence"], "2026-11-05", "specialist", "nl",
            "specialist letter pasted in an e-mail by the secretary",
            "no", "no", "unmentioned",
            "Secretary sends the letter 'namens' the plastic surgeon (unsigned); e-mail sent "
            "date (6 november) and letter date (5 november) both the document's own; 'geen "
            "beeldvorming verricht' and 'niet eerder geopereerd' are negations; patient's wish "
            "for a second opinion does not make it a referral.",
            also=["2026-11-06"])
    return {"fmt": "txt", "text": t, "label": lab}


# ------------------------------------------------------------------ 052
def d052():
    blocks = [
        ("lh", "AUVA-Unfallkrankenhaus Salzburg", ["Dr.-Franz-Rehrl-Platz 5, 5010 Salzburg, Österreich"],
         {"right": ["Ambulanz: +43 5 93 93-44000", "Ambulanzkarte Nr. 26-071822"]}),
        ("h", "Ambulanzbrief", 13),
        ("p", "Salzburg, am 23. Juli 2026"),
        ("fields", [("Patientin", "Frau Femke de Jong"), ("geb.", "03.05.2002"),
                    ("Anschrift", "Oudegracht 201-bis, 3511 NG Utrecht, Niederlande"),
                    ("Unfalltag", "18.07.2026, 16:30 Uhr, Radsturz am Wolfgangsee"),
                    ("Erstbehandlung", "18.07.2026 in unserer Ambulanz")], {"lw": 35}),
        ("p", "**Diagnose:** Distale Radiusfraktur rechts, extraartikulär, nicht verschoben (AO 23-A2)."),
        ("p", "**Befunde:** Röntgen Handgelenk rechts in 2 Ebenen am Unfalltag: undislozierte "
              "distale Radiusfraktur, keine Gelenkbeteiligung. Kontrollröntgen im Gips am "
              "23.07.2026: unveränderte Stellung."),
        ("p", "**Therapie:** Konservativ mit dorsaler Unterarmgipsschiene, nach Abschwellung "
              "Zirkulierung am 23.07.2026. Eine operative Versorgung war nicht erforderlich."),
        ("p", "**Weiteres Procedere:** Die Patientin reist morgen in die Niederlande zurück. Wir "
              "empfehlen eine Röntgenkontrolle nach 10-14 Tagen sowie Gipsabnahme nach insgesamt "
              "5 Wochen bei ihrem Hausarzt bzw. im Heimatkrankenhaus. Bei Zunahme der Schmerzen, "
              "Schwellung oder Gefühlsstörungen sofortige Vorstellung. Thromboseprophylaxe nicht "
              "erforderlich."),
        ("p", "Mit freundlichen Grüßen"),
        ("sig", ["Dr. Florian Aigner, Assistenzarzt", "OA Dr. Sabine Hutter, Fachärztin für Unfallchirurgie"]),
    ]
    page = {"font": "Times", "size": 10.5,
            "footer": "AUVA-UKH Salzburg - Ambulanzbrief de Jong Femke - Seite {page}/{pages}"}
    lab = L(["correspondence"], "2026-07-23", "specialist", "de", "Austrian outpatient letter (Ambulanzbrief)",
            "yes", "no", "yes",
            "Austrian trauma hospital letter for a Dutch tourist (emergency treatment abroad); "
            "'am 23. Juli 2026' with month name plus dotted dates; 'Eine operative Versorgung "
            "war nicht erforderlich' = not operated; control X-ray date equals letter date.")
    return {"fmt": "pdf", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 053
def d053():
    blocks = [
        ("h", "OPERATIEVERSLAG", 15),
        ("fields", [("Patiënt", "mw. S. (Samira) El Idrissi"), ("Geboortedatum", "02-11-1981"),
                    ("Patiëntnummer", "BR-8812076"), ("Operatiedatum", "5 mei 2026"),
                    ("Locatie", "Bravis ziekenhuis, locatie Roosendaal - OK 4 (dagbehandeling)"),
                    ("Operateur", "dr. L.P. Verhoeven, plastisch chirurg"),
                    ("Assistentie", "OK-assistent N. Maas"),
                    ("Anesthesie", "lokaal (lidocaïne 1% met adrenaline), geen bloedleegte")],
         {"grid": True, "lw": 42}),
        ("p", "**Pre-operatieve diagnose:** carpaletunnelsyndroom links, EMG-bevestigd (ernstig)."),
        ("p", "**Ingreep:** open carpaletunnelrelease links."),
        ("p", "**Beschrijving:** Incisie van 2,5 cm in het verlengde van de radiaire zijde van de "
              "ringvinger tot net distaal van de rascetta. Palmaire fascie gekliefd. Het "
              "ligamentum carpi transversum volledig gekliefd onder zicht van de n. medianus, "
              "die ter plaatse ingesnoerd en hyperemisch is. Motorische tak intact. Geen "
              "ruimte-innemende afwijkingen. Hemostase. Huid gesloten met 4 Ethilon 4-0 "
              "Donati-hechtingen. Drukverband."),
        ("p", "**Complicaties:** geen.   **Bloedverlies:** minimaal."),
        ("p", "**Nabehandeling:** drukverband 2 dagen, daarna pleister; hand hoog; vingers "
              "direct bewegen; hechtingen verwijderen na 10-14 dagen bij de huisarts; "
              "telefonische controle na 6 weken."),
        ("sig", ["dr. L.P. Verhoeven, plastisch chirurg", "(geautoriseerd in HiX 06-05-2026)"]),
    ]
    page = {"docx_font": "Calibri", "size": 10.5,
            "header_table": [["**Bravis ziekenhuis**", "Plastische Chirurgie"],
                             ["Boerhaveplein 1, 4624 VT Bergen op Zoom", "Bulkenaardsestraat 1, Roosendaal"]],
            "header_grid": True,
            "footer": "Operatieverslag El Idrissi S. - BR-8812076 - pagina {page} van {pages}"}
    lab = L(["operation-report"], "2026-05-05", "specialist", "nl",
            "operation report from Word template with header table (DOCX -> PDF)",
            "unmentioned", "yes", "unmentioned",
            "Operation date written with a Dutch month name ('5 mei 2026'); letterhead is a "
            "DOCX header table (converted to PDF by LibreOffice); authorisation date 06-05-2026 in the signature; EMG is not "
            "imaging; report is 7 months old.",
            also=["2026-05-06"])
    return {"fmt": "docx2pdf", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 054
def d054():
    t = """T.C. AKDENIZ UNIVERSITY HOSPITAL
Department of Orthopaedics and Traumatology
Dumlupinar Bulvari, 07070 Konyaalti / ANTALYA - TURKEY
Tel: +90 242 249 60 00

                        EPICRISIS / DISCHARGE SUMMARY
                        (English translation)

Patient name      : Emre KAYA
Date of birth     : 15.05.1963
Nationality       : Netherlands (passport NL)
Protocol no       : 2026/118224
Admission date    : 08.10.2026
Discharge date    : 14.10.2026
Service           : Orthopaedics and Traumatology, Ward 3B

COMPLAINT: Pain and deformity of the left wrist after falling down stairs at his hotel
on 07.10.2026.

DIAGNOSIS: Left distal radius fracture, dorsally displaced, extra-articular (ICD-10 S52.5).

EXAMINATIONS: Left wrist X-ray (AP/lateral) on admission: dorsally angulated distal radius
fracture with shortening. Control X-rays after surgery: acceptable reduction.
Blood tests within normal limits.

TREATMENT: Closed reduction and percutaneous K-wire fixation (3 wires) of the left distal
radius under general anaesthesia on 09.10.2026. Short arm cast. IV cefazolin prophylaxis.

COURSE: Uneventful. Neurovascular status of the hand normal. The patient was mobilised and
discharged in good general condition.

RECOMMENDATIONS: Keep the arm elevated. Cast and K-wires for 5-6 weeks; removal of the wires
by an orthopaedic surgeon in the Netherlands. Control X-ray after 1 week. Paracetamol 500 mg
as required.

Responsible physician: Dr. Mehmet Yildiz, Orthopaedic Surgeon
Approved: Assoc. Prof. Dr. Ayse Demirkaya, Head of Clinic

---------------------------------------------------------------------------------------------
Translated from Turkish by Sevda Öztürk, sworn translator, Antalya, 20.10.2026. The
translation corresponds to the original document.
"""
    lab = L(["correspondence"], "2026-10-14", "specialist", "en",
            "Turkish discharge summary (epicrisis), English translation",
            "yes", "yes", "yes",
            "Foreign hospital (Antalya) discharge summary in translated English with dd.mm.yyyy "
            "dates; operation with date and technique but without operator or full description "
            "(so correspondence only); translator's date 20.10.2026 is not the document's own "
            "date; no addressee, no salutation.")
    return {"fmt": "txt", "text": t, "encoding": "utf-8", "label": lab}


# ------------------------------------------------------------------ 055
def d055():
    blocks = [
        ("p", "**UMC Utrecht** - Department of Radiology and Nuclear Medicine\n"
              "Heidelberglaan 100, 3584 CX Utrecht, the Netherlands"),
        ("h", "Radiology report", 13),
        ("fields", [("Patient", "Mr. O. (Oliver) Grant"), ("Born", "14-03-1979"),
                    ("Patient number", "3390125"),
                    ("Requesting physician", "J. Meijer, general practitioner (huisarts), Utrecht"),
                    ("Examination", "X-ray left wrist and hand, 3 views"),
                    ("Date of examination", "12-11-2026"),
                    ("Report date", "12-11-2026")], {"docx": "tabs", "lw": 50}),
        ("p", "**Clinical information:** Pain radial side left wrist, previous wrist fracture "
              "in childhood. Arthrosis?"),
        ("p", "**Findings:** Old, non-united fracture of the ulnar styloid process with a "
              "well-corticated ossicle. Joint space narrowing and subchondral sclerosis of the "
              "scaphotrapeziotrapezoid (STT) joint with small osteophytes. Radiocarpal joint "
              "preserved. Normal carpal alignment, no widening of the scapholunate interval. "
              "Mild degenerative changes of the first CMC joint."),
        ("p", "**Conclusion:** STT osteoarthritis of the left wrist; old ulnar styloid nonunion. "
              "No acute abnormalities."),
        ("sig", ["Dr. I. Bakker, radiologist", "Authorised 12-11-2026 15:06"]),
    ]
    page = {"docx_font": "Arial", "size": 10,
            "footer": "This report was produced on request of a Dutch general practitioner in English for an "
                      "English-speaking patient - page {page}"}
    lab = L(["imaging-report"], "2026-11-12", "radiologist", "en",
            "Dutch hospital radiology report in English (DOCX, tab-aligned fields)",
            "yes", "unmentioned", "unmentioned",
            "Dutch radiology department writing English with dd-mm-yyyy dates; GP as "
            "requesting physician; childhood fracture mentioned without treatment details.")
    return {"fmt": "docx", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 056
def d056():
    blocks = [
        ("lh", "Huisartsenpraktijk Wittevrouwen", ["Tongersestraat 22, 6211 LN  Maastricht"],
         {"right": ["tel. 043-321 4455", "AGB 01-071204"]}),
        ("p", "**SAMENVATTING MEDISCHE VOORGESCHIEDENIS**"),
        ("fields", [("Datum", "27-11-2026"), ("Aan", "Handkliniek Meridiaan, t.a.v. intake"),
                    ("Patiënt", "mw. R. Janssen-Hoebens, geb. 15-08-1974"),
                    ("Adres", "Hoogbrugstraat 40, 6221 CR Maastricht")], {"docx": "tabs", "lw": 30}),
        ("p", "Geachte collega,"),
        ("p", "Op verzoek van patiënte stuur ik u, ten behoeve van de door haar aangevraagde second "
              "opinion, een samenvatting van de voorgeschiedenis en recente behandelingen."),
        ("table", ["Jaar", "Voorgeschiedenis"], [
            ["2002", "Partus (spontaan)"],
            ["2011", "Depressieve episode, behandeld met sertraline t/m 2013"],
            ["03-2024", "Excisie ganglion dorsaal pols rechts, Maastricht UMC+ (dr. Houben)"],
            ["10-2025", "Opname Hospital Clínic Barcelona (Spanje) met pneumonie, 5 dagen, "
                        "iv antibiotica; daarna herstel thuis"],
            ["2026", "Recidief ganglion pols rechts, zie hieronder"],
        ]),
        ("p", "**Recente behandelingen (2026):**"),
        ("p", "- 12-05-2026: zwelling dorsaal pols rechts op de plaats van het litteken.\n"
              "- 03-06-2026: echo pols rechts (MUMC+): recidief ganglion 9 mm.\n"
              "- 17-06-2026: aspiratie door mij, na 5 weken recidief.\n"
              "- 09-09-2026: consult plastische chirurgie MUMC+: heroperatie voorgesteld; "
              "patiënte twijfelt en vraagt second opinion.\n"
              "- 20-11-2026: MRSA-screening ingezet in verband met opname Barcelona (uitslag volgt)."),
        ("p", "**Medicatie:** geen vaste medicatie. **Allergieën:** penicilline (urticaria)."),
        ("p", "De verwijzing volgt separaat via ZorgDomein."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["dr. P.J.M. Ramaekers, huisarts"]),
    ]
    page = {"docx_font": "Times New Roman", "size": 11,
            "footer": "Huisartsenpraktijk Wittevrouwen - Maastricht - vertrouwelijk"}
    lab = L(["history"], "2026-11-27", "gp", "nl", "GP history summary letter with table (DOCX)",
            "yes", "yes", "yes",
            "GP summary addressed to the clinic (not a referral: 'De verwijzing volgt "
            "separaat'); admission in Hospital Clínic Barcelona for pneumonia counts as "
            "treatment abroad though unrelated to the hand; earlier ganglion excision = operated "
            "for the hand problem; heroperatie only proposed; MRSA result only announced.")
    return {"fmt": "docx", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 057
def d057():
    t = """VERWIJSBRIEF                                   verzonden via eHealthBox
===============================================================================
Verwijzende arts : dr. Katrien Mertens, huisarts
                   Huisartsenpraktijk Zurenborg, Dolfijnstraat 48, 2018 Antwerpen
                   RIZIV 1-98765-43-004   tel. +32 3 239 11 20
Bestemmeling     : Handkliniek Meridiaan - handchirurgie (Nederland)
Datum            : Antwerpen, 04/11/2026
-------------------------------------------------------------------------------
Patiënt          : Dhr. Jens WOUTERS  °14/07/1986
                   Cogels-Osylei 61, 2600 Berchem
                   Ziekenfonds: CM, INSZ 86.07.14-311.09
-------------------------------------------------------------------------------

Waarde collega,

Graag verwijs ik dhr. Wouters, 40 jaar, IT-consultant en fervent klimmer, voor uw
deskundig advies in verband met pijn aan de rechterpols sinds een val tijdens het
klimmen (juni 2026).

Hij werd toen op de spoedgevallendienst van AZ Monica (campus Deurne) onderzocht: RX pols
rechts zonder fractuur, polsspalk gedurende 3 weken. Sindsdien blijvende dorsale pijn bij
steunen en een klik bij ulnairdeviatie. Kinesitherapie (10 sessies) bracht weinig
verbetering. Klinisch drukpijn over het scafolunair interval, Watson-test pijnlijk, niet
duidelijk positief.

Vraagstelling: graag uw advies betreffende verdere diagnostiek (NMR/artro-CT?) en
behandeling. Is er een indicatie voor een artroscopie? Patiënt werkt deels in Breda en
verkiest een behandeling in Nederland.

Antecedenten: astma (inhalatie), geen heelkundige ingrepen.
Medicatie: budesonide/formoterol, zo nodig ibuprofen 400 mg.
Allergie: geen.

Met collegiale groeten,

dr. K. Mertens
-------------------------------------------------------------------------------
Dit bericht werd elektronisch ondertekend (eHealth-certificaat).
"""
    lab = L(["referral"], "2026-11-04", "gp", "nl", "Flemish GP referral exported from eHealthBox (text)",
            "yes", "no", "yes",
            "Flemish vocabulary ('Waarde collega', 'spoedgevallendienst', 'kinesitherapie', "
            "'Antecedenten', 'heelkundige ingrepen', 'NMR'); emergency care and X-ray at AZ "
            "Monica, Antwerp = treated abroad; 'geen heelkundige ingrepen' = not operated; "
            "further imaging only asked; date in a labelled 'Datum' field with city.",
            rq=True)
    return {"fmt": "txt", "text": t, "label": lab}


# ------------------------------------------------------------------ 058
def d058():
    blocks = [
        ("lh", "Haaglanden MC", ["Neurologie - Klinische Neurofysiologie",
                                 "Lijnbaan 32, 2512 VA  Den Haag"],
         {"right": ["Poli neurologie 070-330 2000", "Den Haag, 2 dec. 2026"],
          "image": True, "sub": "Haaglanden Medisch Centrum"}),
        ("addr", ["Aan: dhr. K. Boukhari, huisarts", "Gezondheidscentrum Transvaal",
                  "Paul Krugerlaan 105", "2571 HH  Den Haag"]),
        ("p", "**Betreft:** mevr. T. (Tineke) van Dam, 12-09-1957, Fahrenheitstraat 600, Den Haag"),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënte werd door ons gezien op de polikliniek neurologie in verband met "
              "tintelingen en pijn in de linkerhand, vooral 's nachts, sinds ongeveer acht "
              "maanden. Geen nekklachten. Zij is bekend met reumatoïde artritis (methotrexaat)."),
        ("p", "Bij neurologisch onderzoek: hypesthesie van de radiale drie vingers links, lichte "
              "zwakte van de m. abductor pollicis brevis (MRC 4), geen thenaratrofie. Reflexen "
              "symmetrisch. Tinel links positief over de carpale tunnel."),
        ("p", "EMG (26-11-2026): vertraagde sensibele en motorische geleiding van de n. medianus "
              "ter hoogte van de pols links, passend bij een matig-ernstig carpaletunnelsyndroom. "
              "Geen aanwijzingen voor een cervicale radiculopathie of polyneuropathie. "
              "Echo of MRI is niet verricht en is ook niet geïndiceerd."),
        ("p", "**Conclusie:** carpaletunnelsyndroom links, matig-ernstig."),
        ("p", "**Beleid:** wij hebben patiënte verwezen naar de plastische chirurgie voor een "
              "carpaletunnelrelease. Zij wil zich eerst nog laten informeren over een second "
              "opinion in verband met haar reuma."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["drs. E. Kok, arts-assistent neurologie", "dr. M. Hazelzet, neuroloog"]),
    ]
    page = {"font": "DejaVu", "size": 10,
            "footer": "HMC Neurologie - brief van Dam, T. - pagina {page} van {pages}"}
    lab = L(["correspondence"], "2026-12-02", "specialist", "nl",
            "neurology outpatient letter, image letterhead",
            "no", "unmentioned", "unmentioned",
            "Hospital name only in the letterhead image; date abbreviated 'Den Haag, 2 dec. "
            "2026' in the right column; EMG is not imaging and 'Echo of MRI is niet verricht' "
            "is a negation; 'verwezen ... voor een carpaletunnelrelease' is a plan, not an "
            "operation; neurologist's letter also counts as specialist correspondence.")
    return {"fmt": "pdf", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 059
def d059():
    blocks = [
        ("lh", "Praxis für Ergotherapie & Handtherapie", ["Inh. Katrin Mühlbauer, B.Sc.",
                                                          "Bismarckstraße 61, 67059 Ludwigshafen am Rhein"],
         {"right": ["Tel. 0621 52 99 310", "IK 590000000"]}),
        ("p", "Ludwigshafen, 12. Oktober 2026"),
        ("addr", ["An", "BG Klinikum Ludwigshafen", "Abteilung für Hand-, Plastische und Rekonstruktive Chirurgie",
                  "z. Hd. Herrn Dr. med. J. Lorenz", "Ludwig-Guttmann-Straße 13", "67071 Ludwigshafen"]),
        ("p", "**Therapiebericht Handtherapie**\nPatient: Herr Niels Kuipers, geb. 08.01.1990, "
              "Mannheim (niederländischer Staatsangehöriger)"),
        ("p", "Sehr geehrter Herr Dr. Lorenz,"),
        ("p", "Herr Kuipers befindet sich seit dem 24.08.2026 in unserer handtherapeutischen "
              "Behandlung nach der bei Ihnen am 02.08.2026 durchgeführten Rekonstruktion des "
              "ulnaren Seitenbandes am Daumengrundgelenk rechts (Sehnentransplantat, "
              "Palmaris longus)."),
        ("table", ["Befund", "24.08.2026", "09.10.2026"], [
            ["Flexion MCP I aktiv", "15°", "40°"],
            ["Flexion IP aktiv", "45°", "70°"],
            ["Schlüsselgriff (kg)", "nicht getestet", "5,5 (links 9,0)"],
            ["Schmerz (VAS 0-10) bei Belastung", "6", "3"],
        ]),
        ("p", "Die Narbe ist reizlos und gut verschieblich, das Ödem rückläufig. Stabilität im "
              "Seitenvergleich gut. Der Patient arbeitet wieder als Maschinenbauingenieur "
              "(Bürotätigkeit). Er zieht Ende Oktober zurück in die Niederlande (Arnhem) und "
              "möchte die Therapie dort fortsetzen."),
        ("p", "**Empfehlung:** weitere Handtherapie 1-2x/Woche für 6 Wochen mit Kräftigung, "
              "Belastungsaufbau, Orthese bei Sport bis zur 16. Woche."),
        ("p", "Mit freundlichen Grüßen"),
        ("sig", ["Katrin Mühlbauer", "Ergotherapeutin, zert. Handtherapeutin (AFH)"]),
        ("small", "Kopie: Patient (zur Mitnahme in die Niederlande)"),
    ]
    page = {"docx_font": "Arial", "size": 10,
            "footer": "Praxis für Ergotherapie & Handtherapie Ludwigshafen - Seite {page}"}
    lab = L([], "2026-10-12", "other", "de", "German hand therapy report (Ergotherapie) with table",
            "unmentioned", "yes", "yes",
            "Hand therapist's report to the surgeon (not specialist correspondence); states "
            "ligament reconstruction at BG Klinikum Ludwigshafen = operated abroad; date "
            "'Ludwigshafen, 12. Oktober 2026'; measurement table with other dates.")
    return {"fmt": "docx", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 060
def d060():
    blocks = [
        ("p", "**GlobeCare International Health**\nClaims & Medical Review - 1200 Brickell Avenue, "
              "Suite 900, Miami, FL 33131, USA - claims@globecare.example"),
        ("h", "MEDICAL INFORMATION REQUEST - PRE-AUTHORISATION", 13),
        ("p", "To be completed by the treating physician. Please return within 14 days."),
        ("fields", [("Member name", "Daniel Okonkwo-Bakker"), ("Member ID", "GCI-77-2210934"),
                    ("Date of birth", "03/22/1975"), ("Country of residence", "The Netherlands"),
                    ("Requested service", "Second opinion hand surgery (Handkliniek Meridiaan, NL)")],
         {"grid": True, "lw": 50}),
        ("h", "Section B - Clinical information", 11),
        ("fields", [("Diagnosis / ICD-10", "M18.1 Primary osteoarthritis of first CMC joint, right"),
                    ("Onset of symptoms", "2024")], {"grid": True, "lw": 50}),
        ("check", [("Has the patient undergone surgery for this condition?  YES", False),
                   ("Has the patient undergone surgery for this condition?  NO", True),
                   ("Imaging performed:  X-ray", False),
                   ("Imaging performed:  MRI", False),
                   ("Imaging performed:  CT", False),
                   ("Imaging performed:  None", True),
                   ("Treatment received outside the country of residence?  YES", False),
                   ("Treatment received outside the country of residence?  NO", True)]),
        ("fields", [("Current treatment", "Splint, NSAIDs, one steroid injection (08/2026); diagnosis made clinically"),
                    ("Proposed treatment", "Trapeziectomy proposed by local orthopaedic surgeon; member "
                                           "requests second opinion before authorisation")],
         {"grid": True, "lw": 50}),
        ("h", "Section C - Physician declaration", 11),
        ("fields", [("Physician", "drs. M. Koster, huisarts (GP), Huisartsenpraktijk Bloemendaal"),
                    ("Signature", "M. Koster"), ("Date", "11/25/2026")], {"grid": True, "lw": 50}),
        ("small", "GlobeCare International Health is an invented insurer for this test document. "
                  "Form GCI-MIR-3 (rev. 2025)."),
    ]
    page = {"docx_font": "Arial", "size": 9.5,
            "footer": "GlobeCare - Medical Information Request - Member GCI-77-2210934 - Page {page} of {pages}"}
    lab = L([], "2026-11-25", "other", "en", "international insurer pre-authorisation form, check boxes, US dates",
            "no", "no", "no",
            "Insurer form completed by the GP: facts only in check boxes (☒ NO surgery, ☒ imaging None, "
            "☒ NO treatment outside country of residence = the Netherlands); US month-first "
            "dates (03/22/1975, 11/25/2026); trapeziectomy only proposed; not a referral "
            "although it names the second-opinion clinic.")
    return {"fmt": "docx", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 061
def d061():
    t = """Huisartsenpraktijk Huizum-West\tLeeuwarden\tAfgedrukt: 01-12-2026 08:57
Patiënt:\tmw. K. Postma\tgeb.\t22-02-1972\tV\tpat.nr. 20331
Huisarts:\tR. de Haan\tAGB\t01-088412

EPISODELIJST
Nr\tICPC\tOmschrijving\tBegin\tEinde\tStatus
1\tN93\tCarpaletunnelsyndroom rechts\t15-02-2023\t\tactief
2\tN93\tCarpaletunnelsyndroom links\t04-06-2026\t\tactief
3\tT90\tDiabetes mellitus type 2\t20-10-2018\t\tactief
4\tK86\tHypertensie\t20-10-2018\t\tactief

JOURNAAL (selectie episode 1 en 2)
Datum\tDeelnemer\tRegel\tTekst
15-02-2023\tRdH\tS\tTintelingen D1-D3 rechts 's nachts, wakker van pijn.
15-02-2023\tRdH\tE\tCTS rechts. P: nachtspalk, evaluatie 6 wk.
02-05-2023\tRdH\tP\tVerwijzing plastische chirurgie MCL.
19-09-2023\t-\tE\tBrief specialist: EMG CTS re ernstig; carpaletunnelrelease re verricht 12-09-2023 (MCL, dr. Zijlstra).
04-06-2026\tRdH\tS\tSinds half jaar opnieuw tintelingen rechts en nu ook links. Litteken re pijnlijk.
04-06-2026\tRdH\tO\tTinel re+ li+, Phalen li+. Geen atrofie.
04-06-2026\tRdH\tE\tCTS li; recidief/persisterend CTS re na release?
04-06-2026\tRdH\tP\tEcho beide polsen (MCL) + EMG neurologie.
30-06-2026\t-\tE\tUitslag echo: n. medianus re verdikt proximaal van litteken (CSA 15 mm2), li CSA 13 mm2.
21-07-2026\t-\tE\tBrief neurologie: EMG CTS li matig, re persisterend ernstig.
10-09-2026\t-\tE\tBrief plastische chirurgie MCL: release li voorgesteld; re revisie 'niet zinvol'.
24-11-2026\tMB\tS\tPatiënte belt: wil second opinion voor rechts bij gespecialiseerde handkliniek.
24-11-2026\tRdH\tP\tVerwijzing Handkliniek Meridiaan (ZorgDomein) verstuurd; uitdraai journaal meegeven.

MEDICATIE
metformine 1000 mg 2dd1; enalapril 10 mg 1dd1; paracetamol zn

-- einde afdruk (1/1) --
"""
    lab = L(["history"], "2026-12-01", "gp", "nl", "HIS export with tab-separated episode list and journal",
            "yes", "yes", "unmentioned",
            "Tab-separated HIS print (UTF-8 with BOM, CRLF); carpal tunnel release right "
            "12-09-2023 stated inside a 'Brief specialist' journal line; left release only "
            "proposed; echo done (EMG is not imaging); journal 'Verwijzing' lines are not a "
            "referral letter; 'Afgedrukt:' date on the first line.")
    return {"fmt": "txt", "text": t, "encoding": "utf-8-sig", "newline": "\r\n", "label": lab}


# ------------------------------------------------------------------ 062
def d062():
    blocks = [
        ("lh", "AZ Delta", ["Dienst Plastische, Reconstructieve en Esthetische Heelkunde",
                            "Campus Rumbeke - Deltalaan 1, 8800 Roeselare"],
         {"right": ["tel. +32 51 23 71 11", "Operatiekwartier"]}),
        ("h", "OPERATIEPROTOCOL", 14),
        ("fields2",
         [("Patiënt", "Mevr. Nele VANDAMME"), ("Geboren", "°30/09/1959"), ("Dossiernr.", "AZD-4471920")],
         [("Datum ingreep", "07/07/2026"), ("Chirurg", "dr. Bart Declercq"),
          ("Assistent", "dr. Febe Lambrecht (ASO)")]),
        ("fields", [("Anesthesie", "loco-regionaal (plexus axillaris), dr. Desmet"),
                    ("Diagnose", "rizartrose rechterduim, Eaton IV (incl. STT)"),
                    ("Ingreep", "trapeziëctomie rechts met ligamentreconstructie en "
                                "tendinterpositie (LRTI, halve FCR-pees)"),
                    ("Garrot", "250 mmHg, 74 minuten")], {"lw": 34}),
        ("h", "Verloop", 11),
        ("p", "Dorsoradiale incisie over de duimbasis. Sparen van de takken van de n. radialis "
              "superficialis. Kapsel T-vormig geopend. Trapezium in fragmenten verwijderd. "
              "Osteofyt van de STT-rand afgeknabbeld. Halve FCR-pees geoogst via twee kleine "
              "incisies aan de onderarm, doorgevoerd door een boorkanaal in de basis van MC I en "
              "op zichzelf gehecht; rest als 'anchovy' in de trapeziumloge. Controle onder "
              "fluoroscopie: goede hoogte van de loge. Kapselsluiting Vicryl 3-0, huid "
              "intracutaan Monocryl 4-0. Duim-onderarmspalk."),
        ("p", "**Verwikkelingen:** geen.  **Anatomopathologie:** trapezium - ja."),
        ("p", "**Postoperatief:** spalk 4 weken, dan handtherapie (kinesitherapie), controle op "
              "raadpleging na 2 weken voor wondnazicht."),
        ("sig", ["dr. B. Declercq, plastisch chirurg", "gevalideerd 08/07/2026"]),
    ]
    page = {"font": "Helvetica", "size": 9.5,
            "footer": "AZ Delta vzw - operatieprotocol - Vandamme Nele - p. {page}/{pages}"}
    lab = L(["operation-report"], "2026-07-07", "specialist", "nl",
            "Flemish operation protocol (two-column header)",
            "yes", "yes", "yes",
            "Belgian hospital (Roeselare) = treated abroad; Flemish vocabulary ('Verwikkelingen', "
            "'garrot', 'raadpleging', 'kinesitherapie', 'ASO'); intraoperative fluoroscopy = "
            "imaging; '°' birth date; validation date the next day.",
            also=["2026-07-08"])
    return {"fmt": "pdf", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 063
def d063():
    blocks = [
        ("p", "2nd December 2026"),
        ("addr", ["Dr R. Ahmed", "Village Surgery, Mickleover", "Derby DE3 0DR"]),
        ("p", "Dear Dr Ahmed,"),
        ("p", "**Re: Mrs Yvonne Dijkhuis-Hall   DOB 09/04/1969   NHS No 622 105 8891**\n"
              "**Clinic: Hand Clinic (Physician Associate), Pulvertaft Hand Centre, 30 November 2026**"),
        ("p", "**Diagnosis:** Right ring finger trigger finger (Green grade 3). Mild right thumb "
              "CMC joint discomfort.\n**Outcome:** Listed for right ring finger A1 pulley release "
              "under local anaesthetic (WALANT)."),
        ("p", "Thank you for referring Mrs Dijkhuis-Hall, a 57-year-old Dutch-born teaching "
              "assistant, who has a 9-month history of painful triggering of the right ring "
              "finger. A steroid injection given in your surgery in July helped for about six "
              "weeks. She now locks every morning and has to unlock the finger with the other "
              "hand."),
        ("p", "On examination there is a tender nodule over the A1 pulley of the right ring finger "
              "with reproducible triggering and an extension lag when locked. Neurovascularly "
              "intact. No imaging has been performed, as the diagnosis is clinical and none is "
              "required."),
        ("p", "We discussed a second injection versus surgical release. She would prefer a "
              "release and has been placed on the waiting list (approximately 12-14 weeks). She "
              "mentioned that she may move back to the Netherlands next year and might seek "
              "treatment there instead; she will let us know."),
        ("p", "Yours sincerely,"),
        ("sig", ["Lucy Hargreaves", "Physician Associate, Hand Surgery",
                 "On behalf of Mr A. Chaudhry, Consultant Hand and Plastic Surgeon"]),
        ("small", "cc: Mrs Y. Dijkhuis-Hall (patient)\nTyped: LH/gm 02/12/2026"),
    ]
    page = {"docx_font": "Arial", "size": 10.5,
            "header_table": [["**University Hospitals of Derby and Burton NHS Foundation Trust**",
                              "Pulvertaft Hand Centre\nRoyal Derby Hospital, Uttoxeter Road, Derby DE22 3NE"]],
            "footer": "Pulvertaft Hand Centre - Page {page} of {pages}"}
    lab = L(["correspondence"], "2026-12-02", "specialist", "en",
            "UK clinic letter by physician associate (DOCX header table)",
            "no", "unmentioned", "yes",
            "Signed by a physician associate on behalf of the consultant; ordinal date '2nd "
            "December 2026' plus clinic date '30 November 2026'; 'No imaging has been "
            "performed'; surgery only listed; the letter itself is from a UK hospital clinic "
            "that treats her (abroad); the GP injection happened in the UK practice.",
            also=["2026-11-30"])
    return {"fmt": "docx", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 064
def d064():
    hdr = ["Huisartsenpraktijk Kanaleneiland - Utrecht", "Informatie t.b.v. second opinion - mw. A. Lagerwey, geb. 18-10-1990"]
    blocks = [
        ("lh", "Huisartsenpraktijk Kanaleneiland", ["Marshallaan 1, 3527 TK  Utrecht"],
         {"right": ["T 030-293 1818", "huisartsen: drs. G. Yilmaz, N. Brouwers"]}),
        ("addr", ["Handkliniek Meridiaan", "t.a.v. de intakeverpleegkundige", "Postbus 4410",
                  "3800 GK  Amersfoort"]),
        ("p", "**Betreft:** mw. A. (Annelot) Lagerwey, geb. 18-10-1990, Bernadottelaan 7, 3527 GA Utrecht"),
        ("p", "Geachte collega,"),
        ("p", "Ter voorbereiding van de second opinion die patiënte bij u wil aanvragen, stuur ik u "
              "alvast onderstaand overzicht van de voorgeschiedenis en de recente behandelingen. "
              "De verwijzing zelf volgt via ZorgDomein zodra patiënte haar verzekeraar heeft "
              "gesproken."),
        ("h", "Voorgeschiedenis", 11),
        ("p", "- 2008: ziekte van Pfeiffer.\n- 2016: fractuur os metatarsale V rechts (gips).\n"
              "- 2021: migraine, sumatriptan zo nodig.\n- Geen allergieën."),
        ("h", "Recente voorgeschiedenis pols links", 11),
        ("p", "In juni 2026 is patiënte op vakantie in Griekenland gevallen op haar linkerhand. "
              "Zij werd gezien in het ziekenhuis van Chania (Kreta), waar een röntgenfoto werd "
              "gemaakt en een distale radiusfractuur links werd vastgesteld; zij kreeg daar een "
              "onderarmgips. Na terugkeer werd zij doorverwezen naar de fractuurpoli van het "
              "Sint Antonius Ziekenhuis (Utrecht). Een CT-scan (06-07-2026) toonde een "
              "intra-articulaire fractuur met een stap van 2 mm in het gewrichtsvlak."),
        ("p", "De traumachirurg heeft een operatie (ORIF met plaat) voorgesteld; patiënte koos "
              "na uitleg voor conservatieve behandeling in gips (totaal 6 weken). Sinds de "
              "gipsverwijdering (zij is dus niet geopereerd) heeft zij pijn en beperkte rotatie van de pols, en zij vraagt "
              "zich af of een correctie nu nog zinvol is."),
        ("p", "Recente behandelingen: gips tot 28-07-2026; fysiotherapie sinds augustus "
              "(14 behandelingen); naproxen zo nodig. Op 24-11-2026 op mijn spreekuur: pronatie "
              "70, supinatie 45 graden, pijn ulnair."),
        ("p", "Gezien het ziekenhuisverblijf in het buitenland is een MRSA-screening aangevraagd "
              "(afname gepland in week 50)."),
        ("pb",),
        ("h", "Medicatie (actueel)", 11),
        ("table", ["Middel", "Dosering"], [["Naproxen 500 mg", "zo nodig max 2 dd 1"],
                                          ["Sumatriptan 50 mg", "zo nodig"],
                                          ["Ethinylestradiol/levonorgestrel", "1 dd 1"]]),
        ("p", "Mocht u nog aanvullende gegevens nodig hebben, dan hoor ik dat graag."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["N. Brouwers, huisarts"]),
    ]
    page = {"font": "Helvetica", "size": 10, "header": hdr, "header_from": 2,
            "footer": "Huisartsenpraktijk Kanaleneiland - 30-11-2026 - pagina {page} van {pages}"}
    lab = L(["history"], "2026-11-30", "gp", "nl",
            "GP history letter, multi-page with repeated header; date only in footer",
            "yes", "no", "yes",
            "GP letter that is explicitly not the referral ('De verwijzing zelf volgt via "
            "ZorgDomein'); its only own date is in the footer of each page; treated in the "
            "hospital of Chania (Crete); ORIF only proposed, patient chose cast ('zij is dus "
            "niet geopereerd' in a parenthesis); metatarsal fracture is another body part; MRSA screening only "
            "planned.")
    return {"fmt": "pdf", "blocks": blocks, "page": page, "label": lab}
