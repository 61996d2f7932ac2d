# th-045 .. th-064
from docs_a import add, add_merged, D  # noqa: F401

# ------------------------------------------------------------------ th-045
add("th-045", "txt", [
    ("p", "Dr. Pieter Van den Broeck\nHuisarts - Groepspraktijk De Vlier\nKerkstraat 12, 2300 Turnhout\ntel. 014 55 41 20 - RIZIV 1-23456-78-004"),
    ("p", "Turnhout, 2 februari 2026"),
    ("to", ["Handkliniek Lindeboom", "Polikliniek hand- en polschirurgie", "Ringbaan-Oost 120", "5013 CD Tilburg", "Nederland"]),
    ("p", "Geachte confrater,"),
    ("p", "Hierbij verwijs ik u mevrouw Annelies PEETERS (° 08/11/1972), wonende te Turnhout, voor advies en een second opinion betreffende haar rechterpols."),
    ("p", "Patiënte werd in maart 2024 in het AZ Noorderkempen geopereerd voor een carpaal tunnelsyndroom rechts (open klieving). Na een aanvankelijk goed resultaat zijn de paresthesieën van duim tot ringvinger sinds de zomer van 2025 teruggekomen, vooral 's nachts. EMG (11/2025): matig ernstige vertraging van de n. medianus ter hoogte van de pols, vergelijkbaar met de preoperatieve waarden. RX en echografie van de pols (AZ Noorderkempen, 12/2025): geen ossale afwijkingen, geen ganglion, de n. medianus is verdikt ter hoogte van de ingang van de tunnel."),
    ("p", "De behandelende orthopedist stelt een heringreep voor. Patiënte wenst eerst een onafhankelijk advies over de haalbaarheid en de verwachte resultaten, en koos zelf voor uw kliniek omdat zij werkt in Tilburg."),
    ("p", "Mijn vraag: gaat het om een recidief of een onvolledige klieving, en is een heringreep zinvol?"),
    ("p", "Voorgeschiedenis: hypothyreoïdie (levothyroxine 100 µg), migraine. Geen allergieën."),
    ("p", "Het operatieverslag, het consultatieverslag en het verslag van de beeldvorming worden door patiënte meegebracht."),
    ("sig", ["Met collegiale groeten,", "", "Dr. P. Van den Broeck"]),
], dict(kinds=["referral"], date="2026-02-02", author="gp", language="nl",
        style="Belgian (Flemish) GP referral letter ('Geachte confrater', ° birth date, RIZIV)",
        referral_question=True, imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Belgian GP referring a Belgian resident to a Dutch clinic; all care in a Belgian hospital named only 'AZ Noorderkempen' (city of the GP in letterhead). EMG is not imaging, but RX and echo are. Re-operation only proposed. Referral from a foreign GP still a physician referral."))

# ------------------------------------------------------------------ th-046 (merged, Belgian)
b1 = [
    ("lh", "AZ Noorderkempen", ["Dienst Orthopedie", "campus Sint-Lambertus, Steenweg op Gierle 88, 2300 Turnhout", "tel. +32 14 55 80 00"], {"right": ["dr. Lotte Wouters", "RIZIV 1-77421-33-580"]}),
    ("p", "Turnhout, 15/12/2025"),
    ("to", ["Dr. P. Van den Broeck", "Groepspraktijk De Vlier", "Kerkstraat 12", "2300 Turnhout"]),
    ("title", "Verslag raadpleging"),
    ("p", "Betreft: mevr. Annelies Peeters ° 08/11/1972"),
    ("p", "Geachte collega,"),
    ("p", "Patiënte werd op 12/03/2024 door mij geopereerd voor een carpaal tunnelsyndroom rechts. Sinds de zomer klaagt zij opnieuw over nachtelijke paresthesieën. Klinisch: Tinel positief over het litteken, Phalen positief na 30 seconden, geen thenaratrofie. Het EMG van november toont een matig ernstig CTS rechts."),
    ("p", "RX en echografie van de pols (10/12/2025): zie verslag. Geen ganglion of andere ruimte-innemende letsels."),
    ("h", "Besluit"),
    ("p", "Recidief carpaal tunnelsyndroom rechts, mogelijk door littekenweefsel."),
    ("h", "Voorstel"),
    ("p", "Heringreep met neurolyse en eventueel vetlap-interpositie. Patiënte wenst bedenktijd en een tweede advies."),
    ("sig", ["Met collegiale groeten,", "", "dr. Lotte Wouters, orthopedisch chirurg"]),
]
b2 = [
    ("lh", "AZ Noorderkempen", ["Operatiekwartier - Dienst Orthopedie", "2300 Turnhout"]),
    ("title", "Operatieverslag"),
    ("kv", [("Patiënt", "Peeters Annelies  ° 08/11/1972"), ("Datum ingreep", "12/03/2024"), ("Chirurg", "dr. L. Wouters"),
            ("Assistent", "dr. K. Mertens (ASO)"), ("Anesthesie", "locoregionaal (IVRA)"),
            ("Diagnose", "Carpaal tunnelsyndroom rechts, EMG-bevestigd"),
            ("Ingreep", "Open klieving ligamentum carpi transversum rechts")], {"grid": True}),
    ("p", "Tourniquet. Longitudinale incisie in de handpalm in het verlengde van de ringvinger. Doorsnijden van de palmaire fascie. Volledige klieving van het retinaculum flexorum onder zicht, distaal tot aan de vetpads, proximaal tot onder de polsplooi. N. medianus vernauwd en hyperemisch, geen ruimte-innemend proces. Motorische tak intact. Hechten huid met Ethilon 4/0. Drukverband."),
    ("p", "Verwikkelingen: geen. Nazorg: hand hoog houden, vingers bewegen, draadjes verwijderen na 12 dagen."),
    ("sig", ["dr. L. Wouters"]),
]
b3 = [
    ("lh", "AZ Noorderkempen", ["Dienst Medische Beeldvorming", "2300 Turnhout"]),
    ("title", "Verslag medische beeldvorming"),
    ("kv", [("Patiënt", "PEETERS ANNELIES  ° 08/11/1972"), ("Aanvragende arts", "dr. L. Wouters (orthopedie)"),
            ("Onderzoek", "RX pols rechts (F+P) en echografie pols rechts"), ("Datum onderzoek", "10/12/2025")]),
    ("p", "RX: normale ossale structuren, geen artrose, geen calcificaties in de weke delen.\nEchografie: status na klieving retinaculum flexorum. De n. medianus is verdikt proximaal van de tunnel (doorsnede 14 mm2) met een geleidelijke kaliberovergang ter hoogte van het litteken. Geen ganglion, geen tenosynovitis van de buigpezen."),
    ("p", "Besluit: geen ossale afwijkingen. Verdikte n. medianus proximaal, passend bij compressie ter hoogte van littekenweefsel."),
    ("sig", ["dr. B. Claes, radioloog"]),
]
add_merged("th-046", [(b1, {"footer": "AZ Noorderkempen - {page}"}), (b2, {}), (b3, {"footer": "Medische beeldvorming - p. {page}"})],
    dict(kinds=["correspondence", "operation-report", "imaging-report"], date="2025-12-15", author="specialist", language="nl",
         style="merged PDF of Belgian hospital documents: raadpleging + operatieverslag + verslag medische beeldvorming",
         imaging_done="yes", operated="yes", treated_abroad="yes",
         notes="Flemish vocabulary ('Besluit', 'Verwikkelingen', 'ASO', 'medische beeldvorming'), dd/mm/yyyy, °. The operation report is from 2024 (old) and the imaging is Dec 2025. Same patient as th-045. Top-level date/author = first part.",
         parts=[dict(kinds=["correspondence"], date="2025-12-15", author="specialist"),
                dict(kinds=["operation-report"], date="2024-03-12", author="specialist"),
                dict(kinds=["imaging-report"], date="2025-12-10", author="radiologist")]))

# ------------------------------------------------------------------ th-047
add("th-047", "pdf", [
    ("lh", "Bosphorus Vista Hospital", ["Department of Orthopaedics and Traumatology", "Barbaros Bulvarı 118, 34349 Beşiktaş / Istanbul, Türkiye", "Tel. +90 212 555 40 40"], {"right": ["Protocol No: 2025/118842"]}),
    ("title", "OPERATION REPORT"),
    ("kv", [("Patient name", "Emre AYDIN"), ("Date of birth", "14.09.1985"), ("Passport / ID", "NL - NXK7P40R2"),
            ("Date of surgery", "21.08.2025"), ("Surgeon", "Op. Dr. Serkan Yılmazer"), ("Assistant", "Dr. Elif Koç"),
            ("Anaesthesia", "General anaesthesia"),
            ("Pre-operative diagnosis", "Right intra-articular distal radius fracture (preoperative X-ray and CT: 3-part fracture with 2 mm articular step)"),
            ("Operation performed", "Open reduction and internal fixation with volar locking plate, right distal radius")], {"grid": True}),
    ("h", "Description of the procedure"),
    ("p", "The patient was placed supine with the arm on a hand table, pneumatic tourniquet applied. A modified Henry approach was used. The pronator quadratus was elevated. The fracture fragments were reduced and temporarily fixed with K-wires. A volar locking plate was applied and fixed with four distal locking screws and three proximal cortical screws. Articular congruity and plate position were confirmed. The pronator quadratus was repaired, the skin closed with 4/0 nylon. A short arm splint was applied."),
    ("kv", [("Complications", "None"), ("Blood loss", "Minimal"),
            ("Post-operative plan", "Discharge on post-operative day 1. Splint for 2 weeks, suture removal at 14 days. Physiotherapy after 2 weeks. Follow-up in the Netherlands as the patient returns home on 26.08.2025.")]),
    ("sig", ["Op. Dr. Serkan Yılmazer", "Orthopaedics and Traumatology Specialist"]),
    ("small", "This document is a certified English translation of the original Turkish operation report (Ameliyat Raporu), translated on 05.09.2025."),
], dict(kinds=["operation-report"], date="2025-08-21", author="specialist", language="en",
        style="Turkish private hospital operation report, certified English translation",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Turkish dotted dates (21.08.2025); Turkish characters in names. Foreign hospital by name and city; translation date is not the report date. Operation is older than 6 months but still an operation report."),
   footer="Bosphorus Vista Hospital - page {page} of {pages}")

# ------------------------------------------------------------------ th-048
add("th-048", "txt", [
    ("lh", "Medisch Centrum Kralendijk", ["Polikliniek Chirurgie / Orthopedie", "Kaya Soeur Bartola 12, Kralendijk, Bonaire - Caribisch Nederland", "tel. +599 717 5550"]),
    ("meta", [("Datum", "23 maart 2026"), ("Kenmerk", "CHI/BON/26-0332")]),
    ("to", ["Aan: mw. dr. E. Kok, huisarts", "Huisartsenpraktijk De Parkweg", "Apeldoorn"]),
    ("p", "Betreft: mw. J. (Joke) Wijnands, geb. 09-07-1958, woonachtig te Apeldoorn, verblijft in de wintermaanden op Bonaire"),
    ("p", "Geachte collega,"),
    ("p", "Uw patiënte werd op 02-03-2026 via onze spoedeisende hulp opgenomen na een val op de linkerhand tijdens het snorkelen (uitgegleden op de steiger). Er bleek sprake van een distale radiusfractuur links met dorsale kanteling. Onder hematoomblok werd een gesloten repositie verricht en een onderarmgips aangelegd. De controlefoto na repositie toonde een acceptabele stand. Zij bleef twee dagen opgenomen voor pijnbestrijding en bewaking van de circulatie."),
    ("p", "Op de controlefoto van 16-03-2026 is er geringe secundaire dislocatie (dorsale kanteling 12 graden). Een operatieve behandeling werd besproken, maar is niet verricht: patiënte wenst eventuele verdere behandeling in Nederland en keert op 28-03-2026 terug."),
    ("p", "Conclusie: distale radiusfractuur links, conservatief behandeld, geringe secundaire dislocatie."),
    ("p", "Beleid: gips tot 6 weken na trauma; overdracht aan u. Patiënte vraagt om een beoordeling door een handchirurg in Nederland over een eventuele operatie. Wij adviseren een MRSA-screening in verband met de opname hier."),
    ("sig", ["Met vriendelijke groet,", "", "dr. R. Cicilia, chirurg"]),
], dict(kinds=["correspondence"], date="2026-03-23", author="specialist", language="nl",
        style="Dutch-language outpatient letter from a hospital in Caribbean Netherlands (Bonaire)",
        imaging_done="yes", operated="no", treated_abroad="yes",
        notes="JUDGEMENT CALL: Bonaire is a special municipality of the Netherlands (Caribisch Nederland), so legally not abroad; I label treated_abroad = yes because the clinic would treat an admission outside the European Netherlands as a foreign-hospital MRSA risk, and the writing hospital itself advises MRSA screening. Closed reduction is not an operation; surgery 'besproken, maar niet verricht' -> no."),
   footer="Medisch Centrum Kralendijk")

# ------------------------------------------------------------------ th-049
add("th-049", "pdf", [
    ("lh", "Meridian Expat Health Insurance Ltd.", ["Claims & Pre-authorisation Department", "PO Box 4411, St Helier, Jersey JE4 8XX"], {"right": ["Form PA-7 (rev. 2024)", "Fax +44 1534 555 090"]}),
    ("title", "PRE-AUTHORISATION REQUEST - OUTPATIENT / SECOND OPINION"),
    ("h", "Section 1 - Member details"),
    ("kv", [("Member name", "Daniel K. Whitaker"), ("Date of birth (MM/DD/YYYY)", "06/14/1980"), ("Policy number", "MEH-0071-88412"),
            ("Country of residence", "Netherlands"), ("Email", "d.whitaker@mailbox.example")], {"grid": True}),
    ("h", "Section 2 - Treatment requested"),
    ("kv", [("Type of treatment", "Second opinion consultation - hand surgery"),
            ("Provider", "Handcentrum Zuidrand, Eindhoven"),
            ("Diagnosis (if known)", "suspected TFCC tear, left wrist"),
            ("Planned procedure (if any)", "possibly arthroscopic TFCC repair - to be decided after second opinion"),
            ("Has the member had previous surgery for this condition?", "[ ] Yes   [X] No"),
            ("Has the member been hospitalised in the last 12 months?", "[ ] Yes   [X] No"),
            ("Imaging performed to date", "[ ] X-ray   [ ] Ultrasound   [ ] MRI   [ ] CT   [X] None"),
            ("Referring physician", "Dr. H. Bos, huisarts, Amsterdam")], {"grid": True}),
    ("h", "Section 3 - Declaration"),
    ("p", "I declare that the information given is correct and I authorise Meridian to obtain medical information from the providers named above."),
    ("kv", [("Signature", "D. K. Whitaker"), ("Date (MM/DD/YYYY)", "04/02/2026")]),
    ("small", "Incomplete forms will be returned. Pre-authorisation is not a guarantee of payment."),
], dict(kinds=[], date="2026-04-02", author="patient", language="en", style="international expat insurer pre-authorisation form (US date format)",
        imaging_done="no", operated="no", treated_abroad="unmentioned",
        notes="Imaging checkbox 'None' ticked -> imaging no (though a TFCC tear is 'suspected'). US MM/DD/YYYY dates: 04/02/2026 is 2 April 2026 (labelled on the form), birth 14 June 1980. Previous-surgery checkbox 'No' -> operated no; planned procedure only possible. Insurer letterhead in Jersey is not care abroad; hospitalisation 'No' does not say where."),
   footer="PA-7 - page {page} of {pages}")

# ------------------------------------------------------------------ th-050
add("th-050", "docx", [
    ("lh", "Huisartsenpraktijk Vlietzicht", ["Vlietweg 30, 2266 KD Leidschendam", "Tel. 070-555 3318"], {"right": ["Datum uitdraai: 05-05-2026", "Uitgedraaid door: C. Maas"]}),
    ("title", "Professionele Samenvatting"),
    ("kv", [("Patiënt", "J. (Jolanda) Vink, vrouw"), ("Geboortedatum", "12-12-1967"), ("BSN", "999955420"),
            ("Huisarts", "C. Maas"), ("Verzekering", "Zorgverzekeraar Polderland")], {"grid": True}),
    ("h", "Episodelijst"),
    ("table", [["ICPC", "Omschrijving", "Begin", "Eind"],
               ["N93", "Carpaletunnelsyndroom links - recidief", "09-2025", ""],
               ["N93", "Carpaletunnelsyndroom links (st. na release 2021)", "01-2021", "08-2021"],
               ["K86", "Hypertensie", "2014", ""],
               ["P76", "Depressie", "2010", "2012"],
               ["X87", "Prolaps uteri, pessarium", "2019", ""]], {"cols": [0.1, 0.55, 0.18, 0.17]}),
    ("h", "Medicatie (actueel)"),
    ("table", [["Middel", "Dosering", "Sinds"], ["hydrochloorthiazide 12,5 mg", "1dd1", "2014"], ["amlodipine 5 mg", "1dd1", "2018"], ["paracetamol 500 mg", "z.n. max 6dd", "2025"]]),
    ("h", "Journaal (selectie, laatste 12 maanden)"),
    ("table", [["Datum", "", "Tekst"],
               ["14-08-2025", "S", "Terug van 3 weken vakantie Spanje. Hand links daar toegenomen tintelingen, geen arts bezocht."],
               ["29-09-2025", "S", "Opnieuw tintelingen dig I-III links, 's nachts wakker, laat dingen vallen. Bekend met carpaletunnelrelease links in 2021 (Rijnoever)."],
               ["29-09-2025", "O", "Tinel + Phalen + links, geen atrofie thenar, sensibiliteit verminderd dig II."],
               ["29-09-2025", "E", "Recidief CTS links? (N93)"],
               ["29-09-2025", "P", "Nachtspalk, verwijzing neurologie voor EMG."],
               ["18-12-2025", "", "Brief specialist ontvangen: neurologie: EMG ernstig CTS links; echo n. medianus (02-12-2025): verdikte zenuw proximaal van de tunnel, geen ruimte-innemend proces."],
               ["20-01-2026", "", "Brief specialist ontvangen: plastische chirurgie Rijnoever: revisie-operatie voorgesteld."],
               ["22-04-2026", "S", "Wil second opinion voordat zij opnieuw geopereerd wordt."],
               ["22-04-2026", "P", "Verwijzing second opinion via ZorgDomein; professionele samenvatting volgt."]], {"cols": [0.15, 0.05, 0.8]}),
    ("h", "Allergieën / intoleranties"),
    ("p", "Geen."),
], dict(kinds=["history"], date="2026-05-05", author="gp", language="nl",
        style="HIS professionele samenvatting in DOCX tables (episodes, medication, SOEP journal)",
        imaging_done="yes", operated="yes", treated_abroad="no",
        notes="Everything in tables; 'st. na release 2021' in an episode title and a journal line. Journal quotes echo result. Holiday in Spain without doctor -> no. Re-operation only proposed. Print date in the right header cell."),
   footer="Professionele samenvatting Vink J. - pagina {page} van {pages}")

# ------------------------------------------------------------------ th-051
add("th-051", "txt", [
    ("lh", "Kliniek Handchirurgie Veluwezoom", ["Rosendaalseweg 500, 6824 KM Arnhem", "Planning: 026-555 2040"]),
    ("p", "Mevrouw S. Koster\nBeekstraat 17\n6811 DW Arnhem"),
    ("p", "Arnhem, 2026-05-12"),
    ("p", "Betreft: bevestiging operatieafspraak\nPatiëntnummer VZ-11721, geboortedatum 1979-01-30"),
    ("p", "Geachte mevrouw Koster,"),
    ("p", "Hierbij bevestigen wij uw operatie: ringbandklieving (triggerfinger) dig. IV links door dr. H.J. Reitsma."),
    ("kv", [("Datum", "donderdag 4 juni 2026"), ("Melden", "07:45 uur, balie begane grond"), ("Verdoving", "plaatselijk (WALANT) - u hoeft niet nuchter te zijn"),
            ("Duur", "u bent ongeveer 2 uur in de kliniek")]),
    ("p", "Neemt u mee: legitimatie, medicatieoverzicht, een ruim zittend shirt. U mag na de ingreep niet zelf autorijden."),
    ("p", "Belangrijk: bent u in de afgelopen twee maanden in een buitenlands ziekenhuis opgenomen of behandeld? Neem dan direct contact met ons op. Wij vragen dan een MRSA-kweek aan via uw huisarts; de operatie kan pas doorgaan als de uitslag negatief is."),
    ("sig", ["Met vriendelijke groet,", "", "Planning Kliniek Handchirurgie Veluwezoom"]),
], dict(kinds=[], date="2026-05-12", author="other", language="nl", style="clinic appointment confirmation for a planned operation (ISO dates)",
        imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
        notes="Operation only scheduled in the future. MRSA/foreign hospital only in a conditional instruction. 'WALANT' appears but about the planned procedure."))

# ------------------------------------------------------------------ th-052
add("th-052", "pdf", [
    ("lh", "Ziekenhuis Vechtstede", ["Neurologie en Klinische Neurofysiologie", "Vechtoever 2, 3603 LA Maarssen"], {"right": ["Datum: 20 november 2025", "Ons kenmerk: NEU/KNF/25-7710"]}),
    ("to", ["Dhr. R. Ootes, huisarts", "Huisartsenpraktijk Op Buuren", "Maarssen"]),
    ("kv", [("Betreft", "dhr. M. de Graaf, geb. 19-02-1974"), ("Bezoek", "13-11-2025 (neurologie + EMG)")]),
    ("p", "Geachte collega,"),
    ("h", "Anamnese"),
    ("p", "51-jarige man, vrachtwagenchauffeur, met sinds een jaar tintelingen in duim, wijs- en middelvinger rechts, 's nachts wekend, met afschudden verlichting. Geen nekpijn. Voorgeschiedenis: hernia-operatie L5-S1 (2017), jicht."),
    ("h", "Neurologisch onderzoek"),
    ("p", "Hypesthesie dig I-III rechts, geringe atrofie thenar rechts, kracht m. abductor pollicis brevis MRC 4. Tinel en Phalen positief rechts. Reflexen symmetrisch."),
    ("h", "EMG"),
    ("p", "Ernstige vertraging van de sensibele en motorische geleiding van de n. medianus rechts over de pols (distale motorische latentie 7,2 ms), denervatie m. APB. Links lichte vertraging. N. ulnaris normaal. Geen aanwijzingen voor een cervicale radiculopathie."),
    ("h", "Conclusie"),
    ("p", "Ernstig carpaletunnelsyndroom rechts, licht links."),
    ("h", "Beleid"),
    ("p", "Gezien de ernst en de atrofie is een carpaletunnelrelease rechts geïndiceerd. Wij hebben patiënt verwezen naar de plastische chirurgie in ons huis. Beeldvorming is tot nu toe niet verricht; een echo van de n. medianus wordt nog aangevraagd om een ruimte-innemend proces uit te sluiten. Patiënt kan zo nodig terugkomen."),
    ("sig", ["Met collegiale groet,", "", "dr. A.F. Wiersma, neuroloog"]),
], dict(kinds=["correspondence"], date="2025-11-20", author="specialist", language="nl",
        style="neurology outpatient letter with EMG section (HiX-like)",
        imaging_done="no", operated="unmentioned", treated_abroad="unmentioned",
        notes="EMG is neurophysiology, not imaging; 'Beeldvorming is tot nu toe niet verricht' -> no, the echo is only 'wordt nog aangevraagd'. Release 'geïndiceerd' and referral for surgery are plans. Hernia operation on the spine is a distractor. Letter is older (Nov 2025)."),
   footer="Ziekenhuis Vechtstede - Neurologie - {page}/{pages}")

# ------------------------------------------------------------------ th-053
add("th-053", "docx", [
    ("lh", "Klinikum Westmünsterland-Süd", ["Institut für Radiologie", "Am Stadtpark 12, 48599 Gronau (Westf.)"], {"right": ["Tel. +49 2562 555-200"]}),
    ("title", "Röntgenbefund"),
    ("kv", [("Patient", "Ter Haar, Niels"), ("geb. am", "22.10.1983"), ("Wohnort", "Losser (NL)"),
            ("Überweiser", "Dr. med. K. Elsing, Handchirurgie (Ambulanz)"),
            ("Untersuchung", "Handgelenk links in 2 Ebenen"), ("Untersuchungsdatum", "06.03.2026")]),
    ("h", "Klinische Angabe"),
    ("p", "Z.n. palmarer Plattenosteosynthese bei distaler Radiusfraktur links (11/2025). Verlaufskontrolle, 16 Wochen postoperativ."),
    ("h", "Befund"),
    ("p", "Voraufnahmen vom 08.01.2026 zum Vergleich. Regelrechte Lage der palmaren winkelstabilen Platte und der Schrauben, keine intraartikuläre Schraubenlage, keine Lockerungssäume. Die Frakturzone ist weitgehend knöchern überbrückt. Radiale Inklination 21 Grad, palmare Inklination 8 Grad. Ulna-Neutralvariante. Keine Arthrose."),
    ("h", "Beurteilung"),
    ("p", "Fortgeschrittene knöcherne Konsolidierung nach Plattenosteosynthese, regelrechte Materiallage."),
    ("sig", ["Dr. med. Sabine Hövelmann", "Fachärztin für Diagnostische Radiologie", "Gronau, 06.03.2026"]),
], dict(kinds=["imaging-report"], date="2026-03-06", author="radiologist", language="de",
        style="German hospital X-ray report (Röntgenbefund) as DOCX",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Operation only as 'Z.n. Plattenosteosynthese' (German 'Zustand nach'). German hospital imaging of a Dutch resident -> abroad yes. Requester line ('Überweiser') is not a referral."),
   footer="Seite {page} von {pages}")

# ------------------------------------------------------------------ th-054
add("th-054", "txt", [
    ("lh", "Calderbrook Teaching Hospitals NHS Trust", ["Department of Microbiology - Pathology Services", "Calderbrook Royal Infirmary, Halifax HX3 0XX"]),
    ("title", "MICROBIOLOGY REPORT - MRSA SCREEN"),
    ("kv", [("Patient:", "VISSER, Hannah"), ("DOB:", "03/07/1984"), ("NHS No:", "468 221 9034"), ("Hospital No:", "CB7734120"),
            ("Location:", "Pre-operative Assessment Clinic"), ("Requested by:", "Mr J. Ashworth (T&O)"),
            ("Lab No:", "M25.0418872"), ("Collected:", "24/10/2025 10:32"), ("Received:", "24/10/2025 13:05"), ("Reported:", "26/10/2025 09:41")]),
    ("table", [["Specimen", "Test", "Result"],
               ["Nose swab", "MRSA screen (culture)", "MRSA NOT isolated"],
               ["Groin swab", "MRSA screen (culture)", "MRSA NOT isolated"],
               ["Throat swab", "MRSA screen (culture)", "MRSA NOT isolated"]]),
    ("p", "Comment: Pre-operative MRSA screen negative. No decolonisation required."),
    ("p", "Authorised by: Dr S. Khan, Consultant Microbiologist"),
    ("small", "This report was generated electronically. Page 1 of 1."),
], dict(kinds=["mrsa-screening"], date="2025-10-26", also_dates=["2025-10-24"], author="lab", language="en",
        style="UK NHS microbiology MRSA screen report, plain text",
        imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
        notes="English MRSA result from a UK hospital pre-operative clinic (same patient as th-023): screening taken abroad, before the operation -> too old for the 60-day rule and not arranged via the GP. Abroad yes because the patient attended a UK hospital clinic (doubtful: pre-assessment is outpatient). 'Pre-operative' is a plan."))

# ------------------------------------------------------------------ th-055 (merged Dutch)
m1 = [
    ("lh", "ZorgDomein", ["Verwijzing - afgedrukt 20-05-2026"]),
    ("title", "Second opinion plastische chirurgie - hand/pols"),
    ("kv", [("Verwijzer", "E. Hamers, huisarts - Huisartsenpraktijk Zuiderhaven, Lelystad (AGB 01-094552)"),
            ("Patiënt", "J. (Joost) Verhoef"), ("Geboortedatum", "16-06-1999"), ("Ontvanger", "Handcentrum Zuidrand"),
            ("Reden van verwijzing", "Persisterende pijn en scharen van de ringvinger over de pink na ORIF MC-IV fractuur links (13-01-2026)."),
            ("Vraagstelling", "Second opinion: is er sprake van een rotatiefout, en is een correctie-osteotomie zinvol?"),
            ("Medicatie", "geen"), ("Bijlagen", "polibrief plastische chirurgie 07-05-2026, CT-verslag, OK-verslag")], {"grid": True}),
]
m2 = [
    ("lh", "Ziekenhuis De Lindenhorst", ["Plastische Chirurgie", "Lindenlaan 1, 8232 AB Lelystad"], {"right": ["Datum: 07-05-2026", "Kenmerk: PLC/26/3310"]}),
    ("to", ["E. Hamers, huisarts", "Huisartsenpraktijk Zuiderhaven", "Lelystad"]),
    ("p", "Betreft: dhr. J. Verhoef, geb. 16-06-1999"),
    ("p", "Geachte collega,"),
    ("h", "Anamnese"),
    ("p", "Controle 16 weken na open repositie en plaatfixatie van een schuine MC-IV schachtfractuur links (13-01-2026). Patiënt, timmerman, ervaart bij vuist maken dat de ringvinger onder de pink schuift. Pijn dorsaal bij belasten."),
    ("h", "Lichamelijk onderzoek"),
    ("p", "Litteken rustig. Bij flexie scissoring dig IV over dig V, geschatte rotatie 10-15 graden. Volledige extensie."),
    ("h", "Aanvullend onderzoek"),
    ("p", "X-hand links 05-05-2026: geconsolideerd, materiaal in situ."),
    ("h", "Conclusie / Beleid"),
    ("p", "Geconsolideerde MC-IV fractuur met klinische rotatiefout. Een correctie-osteotomie met verwijderen van het materiaal is met patiënt besproken; hij wil eerst een second opinion. Wij werken daar graag aan mee."),
    ("sig", ["Met vriendelijke groet,", "L. Hendriksen, physician assistant", "supervisor dr. R. Lankhorst, plastisch chirurg"]),
]
m3 = [
    ("lh", "Ziekenhuis De Lindenhorst", ["Radiologie", "Lelystad"]),
    ("title", "VERSLAG CT"),
    ("kv", [("Patiënt", "Verhoef, J. - 16-06-1999"), ("Aanvrager", "SEH-arts / dienstdoend plastisch chirurg"),
            ("Onderzoek", "CT hand links, blanco"), ("Datum onderzoek", "12-01-2026")]),
    ("p", "Verslag: schuine schachtfractuur os metacarpale IV links met 4 mm verkorting en geringe rotatie van het distale fragment. Geen intra-articulaire uitbreiding. Overige metacarpalia intact."),
    ("p", "Conclusie: verplaatste schuine MC-IV schachtfractuur links."),
    ("sig", ["drs. P.L. Hoogland, radioloog"]),
]
m4 = [
    ("lh", "Ziekenhuis De Lindenhorst", ["Operatiekamercomplex"]),
    ("title", "Operatieverslag"),
    ("kv", [("Patiënt", "Verhoef, J. - 16-06-1999"), ("Datum operatie", "13-01-2026"), ("Operateur", "dr. R. Lankhorst, plastisch chirurg"),
            ("Anesthesie", "plexus axillaris"), ("Indicatie", "verplaatste schuine schachtfractuur MC IV links (CT 12-01-2026)"),
            ("Ingreep", "Open repositie en interne fixatie MC IV links met 1.5 mm lockingplaat"),
            ("Beschrijving", "Dorsale incisie over MC IV. Strekpezen naar ulnair. Fractuur gereponeerd, rotatie gecontroleerd door tenodese (geen scissoring). Plaat met 3 schroeven proximaal en 3 distaal. Doorlichting: goede stand. Sluiten in lagen."),
            ("Complicaties", "geen"), ("Nabehandeling", "spalk 1 week, daarna handtherapie")]),
    ("sig", ["dr. R. Lankhorst"]),
]
add_merged("th-055", [(m1, {"footer": "ZorgDomein - {page}"}), (m2, {"footer": "De Lindenhorst - pagina {page}"}), (m3, {}), (m4, {})],
    dict(kinds=["referral", "correspondence", "imaging-report", "operation-report"], date="2026-05-20", author="gp", language="nl",
         style="merged PDF: ZorgDomein referral + outpatient letter + CT report + operation report",
         referral_question=True, imaging_done="yes", operated="yes", treated_abroad="unmentioned",
         notes="Four parts. The imaging report included is the older pre-operative CT (12-01-2026); the newest imaging (X-hand 05-05-2026) is quoted in the letter and is a separate file (th-043). Top-level date/author = first part.",
         parts=[dict(kinds=["referral"], date="2026-05-20", author="gp"),
                dict(kinds=["correspondence"], date="2026-05-07", author="specialist"),
                dict(kinds=["imaging-report"], date="2026-01-12", author="radiologist"),
                dict(kinds=["operation-report"], date="2026-01-13", author="specialist")]))

# ------------------------------------------------------------------ th-056
add("th-056", "docx", [
    ("lh", "Huisartsenpraktijk De Wieken", ["Noorderdwarsvaart 5, 9201 GA Drachten", "0512-555 220"], {"right": ["AGB 01-061147"]}),
    ("to", ["Aan: Handcentrum Zuidrand", "t.a.v. dr. N. Postma, plastisch chirurg"]),
    ("p", "Datum: 4.3.2026"),
    ("p", "Betreft: aanvullende gegevens - mw. G. (Gea) Hoekstra, geb. 18-02-1960"),
    ("p", "Geachte collega,"),
    ("p", "Naar aanleiding van uw verzoek stuur ik u de relevante voorgeschiedenis en de recente behandelingen van bovengenoemde patiënte, die vorige maand door mijn collega naar u werd verwezen in verband met duimbasisklachten rechts."),
    ("h", "Voorgeschiedenis"),
    ("p", "- diabetes mellitus type 2 (sinds 2012)\n- 2019 mammacarcinoom links: lumpectomie en radiotherapie, in remissie\n- 2023 totale knieprothese rechts (Ziekenhuis De Lindenhorst), goed herstel\n- hypercholesterolemie"),
    ("h", "Recente behandelingen (hand)"),
    ("p", "- 10-2025 duimbasisspalk rechts op maat (handtherapeut)\n- 12-2025 injectie triamcinolon CMC-1 rechts, effect ca. 8 weken\n- 01-2026 handtherapie, 6 zittingen"),
    ("p", "Van beeldvorming van de hand is mij niets bekend; mogelijk heeft u dit zelf aangevraagd."),
    ("h", "Medicatie"),
    ("p", "metformine 850 mg 2dd; simvastatine 40 mg; tamoxifen 20 mg 1dd."),
    ("sig", ["Met vriendelijke groet,", "", "R.J. Bosma, huisarts"]),
], dict(kinds=["history"], date="2026-03-04", author="gp", language="nl",
        style="free GP letter with history and recent treatments (not a referral)",
        imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
        notes="GP letter sending history on request (the referral was separate) -> history, not referral. Only operations on other body parts (knee prosthesis, lumpectomy). 'Van beeldvorming is mij niets bekend' is ignorance, not a negation -> unmentioned. Date '4.3.2026'."))

# ------------------------------------------------------------------ th-057
add("th-057", "txt", [
    ("p", "ZorgDomein - Verwijzing"),
    ("p", "Product: Second opinion orthopedie - Hand en pols"),
    ("p", "Datum: 2026-05-18"),
    ("p", "Verwijzer: dr. A. Kaya, huisarts, Gezondheidscentrum Overvecht, Utrecht (AGB 01-077310)"),
    ("p", "Ontvanger: Handcentrum Zuidrand"),
    ("p", "---------------------------------------------"),
    ("p", "Patiënt: P. (Piotr) Nowak\nGeboortedatum: 1986-04-02\nVerzekering: Zorgverzekeraar Polderland"),
    ("p", "Reden van verwijzing: Sinds 8 maanden pijn en zwelling dorsale zijde pols rechts, verergerd bij werk (heftruckchauffeur, veel schakelen)."),
    ("p", "Vraagstelling: Patiënt vraagt zelf om een second opinion nadat een eerdere specialist 'niets kon vinden'. Graag uw oordeel over de diagnose (ganglion? extensor-tendinitis? SL-letsel?) en het beleid."),
    ("p", "Relevante voorgeschiedenis: Woont sinds 2024 in Nederland, daarvoor in Polen; daar nooit voor de pols behandeld. Eerder geopereerd: nee. Verder blanco."),
    ("p", "Recente behandelingen: 02-2026 polsbrace; 03-2026 fysiotherapie 6x; 04-2026 consult orthopedie Diakonessen-Oost (mondeling: 'geen afwijkingen', geen brief ontvangen)."),
    ("p", "Beeldvorming: Geen beeldvorming verricht."),
    ("p", "Medicatie: geen. Allergieën: geen."),
], dict(kinds=["referral", "history"], date="2026-05-18", author="gp", language="nl",
        style="ZorgDomein referral as plain-text export (Label: value lines)",
        referral_question=True, imaging_done="no", operated="no", treated_abroad="no",
        notes="Plain 'Label: value' lines. Relevante voorgeschiedenis + Recente behandelingen -> also history. Lived abroad (Poland) but 'daar nooit voor de pols behandeld' -> no (it does not strictly say no hospital care at all abroad; debatable between no and unmentioned). Explicit 'Eerder geopereerd: nee' and 'Geen beeldvorming verricht'."))

# ------------------------------------------------------------------ th-058
add("th-058", "pdf", [
    ("lh", "Handchirurgische Praxisklinik am Aasee", ["Dr. med. Tobias Rehkamp - Facharzt für Orthopädie und Unfallchirurgie, Handchirurgie", "Annette-Allee 18, 48149 Münster", "Tel. +49 251 555 7070"]),
    ("title", "Operationsbericht"),
    ("p", "Patient: Herr Lars Vos, geb. 13.05.1990, wohnhaft in Enschede (NL)\nDatum der Operation: 27.11.2025\nOperateur: Dr. med. T. Rehkamp   Anästhesie: Allgemeinanästhesie (Larynxmaske), Dr. med. I. Brockmann"),
    ("p", "Diagnose: Ulnarseitige TFCC-Läsion Typ Palmer 1B rechts mit DRUG-Instabilität (MRT-Arthrographie vom 30.10.2025)"),
    ("p", "Eingriff: Arthroskopie rechtes Handgelenk, arthroskopisch assistierte transossäre Refixation des TFCC"),
    ("p", "Nach Anlage der Oberarmblutsperre (250 mmHg) und Einhängen in den Extensionsturm mit 5 kg Zug wurde über das 3-4-Portal das Arthroskop eingeführt, das 6R-Portal wurde unter Sicht angelegt. Es zeigte sich eine frische periphere Ablösung des TFCC vom ulnaren Kapselansatz, Trampolin-Test positiv. Knorpel radiokarpal und mediokarpal intakt, SL- und LT-Band stabil. Anfrischen des Ansatzes mit dem Shaver. Über einen kleinen ulnaren Zugang wurde ein Bohrkanal zur Fovea angelegt und das TFCC mit zwei transossären Nähten (2-0 FiberWire) refixiert. Danach stabile Verhältnisse, Trampolin-Test negativ. Hautnaht, steriler Verband, Oberarmgips in 45 Grad Supination."),
    ("p", "Komplikationen: keine."),
    ("p", "Nachbehandlung: Oberarmgips 6 Wochen, anschließend Unterarmorthese 4 Wochen und Handtherapie. Fadenzug am 14. Tag. Kontrolle in unserer Sprechstunde oder heimatnah in den Niederlanden."),
    ("sig", ["Münster, den 27.11.2025", "", "Dr. med. T. Rehkamp"]),
], dict(kinds=["operation-report"], date="2025-11-27", author="specialist", language="de",
        style="German private-clinic narrative Operationsbericht (no grid, prose fields)",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Narrative German operation report; fields written as prose lines. Diagnosis cites an MR arthrography -> imaging yes. German private clinic (Praxisklinik) in Münster; Dutch resident -> abroad yes."),
   footer="Praxisklinik am Aasee - Seite {page} von {pages}", font="serif")

# ------------------------------------------------------------------ th-059
add("th-059", "docx", [
    ("lh", "Kliniek Zoniënwoud / Clinique de la Forêt de Soignes", ["Dienst Orthopedie - Service d'Orthopédie", "Terhulpsesteenweg 230 / Chaussée de La Hulpe 230, 1170 Brussel / Bruxelles", "tel. +32 2 555 14 00"], {"right": ["dr. Amélie Lambert", "RIZIV/INAMI 1-66210-12-580"]}),
    ("p", "Brussel, 18/03/2026"),
    ("to", ["Aan dokter / Au docteur M. Stassen, huisarts", "Huisartsenpraktijk Wyck", "Rechtstraat 40", "6221 EH Maastricht, Nederland"]),
    ("title", "Verslag raadpleging / Rapport de consultation"),
    ("p", "Betreft / Concerne: mevr. / Mme Claire DUBOIS-JACOBS  ° 03/10/1982"),
    ("p", "Geachte collega, Cher confrère,"),
    ("h", "Anamnese / Anamnèse"),
    ("p", "Patiënte, woonachtig te Maastricht en werkzaam te Brussel, meldt sinds januari een pijnlijk klikken aan de ulnaire zijde van de rechterpols bij supinatie (tennis). Douleur et ressaut au bord ulnaire du poignet droit."),
    ("h", "Onderzoek / Examen"),
    ("p", "Pijnlijke subluxatie van de ECU-pees bij supinatie en ulnaire deviatie. DRUG stabiel. Geen fovea-teken."),
    ("h", "Technische onderzoeken / Examens complémentaires"),
    ("p", "RX pols rechts / RX poignet droit (11/03/2026): geen fractuur, geen artrose - pas de fracture.\nEchografie (11/03/2026): tendinopathie en dynamische subluxatie van de ECU-pees uit de sulcus; geen scheur."),
    ("h", "Besluit / Conclusion"),
    ("p", "Tendinopathie en subluxatie van de ECU-pees rechts. Tendinopathie et subluxation de l'ECU droit."),
    ("h", "Behandeling / Traitement"),
    ("p", "Er werd geen chirurgische ingreep uitgevoerd. Immobilisatie in een onderarmspalk in pronatie gedurende 4 weken, daarna revalidatie. Bij falen van de conservatieve behandeling kan een chirurgische stabilisatie van de ECU-schede overwogen worden. En cas d'échec: stabilisation chirurgicale à discuter."),
    ("sig", ["Met collegiale groeten / Confraternellement,", "", "dr. Amélie Lambert", "orthopedisch chirurg / chirurgienne orthopédiste"]),
], dict(kinds=["correspondence"], date="2026-03-18", author="specialist", language="nl",
        style="bilingual Brussels hospital consultation report (Dutch/French), Belgian conventions",
        imaging_done="yes", operated="no", treated_abroad="yes",
        notes="Bilingual NL/FR (language label nl as dominant; French sentences interleaved). Belgian hospital examined a Dutch resident -> abroad yes. 'geen chirurgische ingreep uitgevoerd' -> no; stabilisation only 'à discuter'. Birth date with °."),
   footer="Kliniek Zoniënwoud - {page}/{pages}")

# ------------------------------------------------------------------ th-060
add("th-060", "txt", [
    ("lh", "Ziekenhuis Hollandse Kust", ["Spoedeisende Hulp", "Wilhelminalaan 12, 1815 JD Alkmaar"]),
    ("title", "SEH-brief"),
    ("kv", [("Datum", "02-01-2026"), ("Aan", "huisarts J.W. Pronk, Huisartsenpraktijk Zeeduin, Castricum"),
            ("Patiënt", "N. (Noah) Willems, geb. 2004-07-30"), ("SEH-bezoek", "02-01-2026 11:35")]),
    ("p", "Geachte collega,"),
    ("p", "Anamnese: Patiënt is op 28-12-2025 tijdens een skivakantie in Oostenrijk op de uitgestrekte rechterhand gevallen. Hij is daar niet bij een arts of in een ziekenhuis geweest en heeft de pols zelf getapet. Sinds terugkomst blijvende pijn aan de duimzijde. Hij meldt zich vandaag op onze SEH."),
    ("p", "Lichamelijk onderzoek: zwelling radiaal, drukpijn in de tabatière en op het tuberculum scaphoideum, axiale compressie duim pijnlijk."),
    ("p", "Aanvullend onderzoek: X-pols rechts + scafoïdserie: geen fractuur zichtbaar, geen luxatie."),
    ("p", "Conclusie: verdenking occulte scafoïdfractuur rechts."),
    ("p", "Beleid: onderarmgips met duimopname. Controle op de gipskamer over 10 dagen met herhaalfoto; bij aanhoudende verdenking CT of MRI. Pijnstilling met paracetamol."),
    ("sig", ["Met vriendelijke groet,", "", "A. Bakker, SEH-arts KNMG", "supervisor: dr. F. de Jong, SEH-arts"]),
], dict(kinds=["correspondence"], date="2026-01-02", author="specialist", language="nl",
        style="Dutch emergency-department letter (SEH-brief)",
        imaging_done="yes", operated="unmentioned", treated_abroad="no",
        notes="Fall abroad (Austria) but explicitly no doctor or hospital there; treated in a Dutch ED -> no. X-ray done with negated finding. CT/MRI only conditional plan."))

# ------------------------------------------------------------------ th-061
add("th-061", "pdf", [
    ("lh", "Severnvale General Hospital", ["Gloucestershire Valley NHS Trust - Imaging Department", "Severn Road, Gloucester GL1 9ZZ"], {"right": ["Imaging enquiries 01452 555 600"]}),
    ("title", "ULTRASOUND REPORT"),
    ("kv", [("Patient", "MULDER, Sophie"), ("DOB", "17/06/1990"), ("NHS No", "602 117 4438"),
            ("Requested by", "Dr F. McLeod, Riverside Surgery, Tewkesbury (GP)"),
            ("Examination", "US Left Wrist"), ("Date of exam", "05 Feb 2026"), ("Reported", "06/02/2026")], {"grid": True}),
    ("h", "Clinical details"),
    ("p", "Lump dorsal left wrist for 4 months, painful on extension. ?ganglion ?other soft-tissue mass."),
    ("h", "Report"),
    ("p", "A 12 x 8 x 7 mm well-defined, anechoic, mildly lobulated lesion is seen on the dorsal aspect of the wrist, arising from the region of the scapholunate interval, with posterior acoustic enhancement. No internal vascularity on Doppler. No solid component. The extensor tendons are normal."),
    ("h", "Conclusion"),
    ("p", "Appearances consistent with a dorsal wrist ganglion. No features of a solid soft-tissue tumour."),
    ("sig", ["Dr Anil Mehta, Consultant Radiologist", "Verified 06/02/2026 08:55"]),
], dict(kinds=["imaging-report"], date="2026-02-06", also_dates=["2026-02-05"], author="radiologist", language="en",
        style="UK NHS ultrasound report requested by a GP",
        imaging_done="yes", operated="unmentioned", treated_abroad="yes",
        notes="Requester is a UK GP (not a referral). Examined as an outpatient in a UK hospital imaging department -> abroad yes per the label definition (doubtful for MRSA since no admission). Exam '05 Feb 2026' vs report '06/02/2026'."),
   footer="Severnvale General Hospital - page {page} of {pages}")

# ------------------------------------------------------------------ th-062
add("th-062", "docx", [
    ("lh", "Ziekenhuis Zuiderpolder", ["Orthopedie - Hand- en polsteam", "Spaarnepolderweg 1, 2134 TM Hoofddorp"], {"right": ["Datum: 21-04-2026", "Kenmerk: ORT/MK/26-0981"]}),
    ("to", ["Handcentrum Zuidrand", "t.a.v. dr. N. Postma, plastisch chirurg", "Postbus 9120", "5600 HA Eindhoven"]),
    ("title", "Verwijsbrief second opinion"),
    ("p", "Betreft: mw. W. Schouten, geb. 05-05-1955"),
    ("p", "Geachte collega,"),
    ("p", "Graag verwijs ik mevrouw Schouten naar u voor een second opinion. Patiënte werd door mij op 08-09-2025 geopereerd: een CMC-1 prothese (dual mobility) links wegens duimbasisartrose Eaton III. Het herstel verliep aanvankelijk voorspoedig, maar sinds december 2025 heeft zij een luxatiegevoel en toenemende pijn bij knijpen."),
    ("p", "Röntgenfoto's van maart 2026 tonen een licht gekantelde cup zonder evidente loslating; een CT is niet verricht. Ik heb patiënte een revisie naar een trapeziectomie voorgesteld, maar gezien de twijfel over de oorzaak van de klachten en de wens van patiënte vraag ik graag uw oordeel."),
    ("p", "Vraagstelling: acht u een revisie (conversie naar trapeziectomie) geïndiceerd, of adviseert u een afwachtend/conservatief beleid?"),
    ("p", "Bijgevoegd: OK-verslag 08-09-2025 en de röntgenverslagen van 10-2025 en 03-2026."),
    ("sig", ["Met collegiale groet,", "", "dr. M. Kuiper, orthopedisch chirurg", "", "cc: huisarts mw. A. de Bruin, Hoofddorp; patiënte"]),
], dict(kinds=["referral", "correspondence"], date="2026-04-21", author="specialist", language="nl",
        style="specialist's referral letter for a second opinion (hospital letterhead)",
        referral_question=True, imaging_done="yes", operated="yes", treated_abroad="unmentioned",
        notes="Referral written by the treating specialist, so it is also correspondence from a specialist. Operated by the writer ('door mij ... geopereerd'). 'een CT is niet verricht' negates one modality while X-rays were done -> imaging yes. Enclosures announced are not in this file."),
   footer="Ziekenhuis Zuiderpolder - pagina {page} van {pages}")

# ------------------------------------------------------------------ th-063
add("th-063", "txt", [
    ("p", "*** Uitslag radiologie - ontvangen via Edifact 14-01-2026 08:02 ***"),
    ("p", "Afzender   : Afdeling Radiologie, IJsselborg Ziekenhuis, Zutphen\nPatiënt    : MULDER H (Henk)  M  geb. 1959-03-27\nAanvrager  : T. de Haan, huisarts, Huisartsenpraktijk Warnsveld\nOnderzoek  : X-pols rechts AP/lat\nDatum      : 13-01-2026\nKlin. info : pijn pols re na val van ladder 10-01, fractuur?"),
    ("p", "VERSLAG:\nGeen fractuur. Geen luxatie. Normale carpale uitlijning, geen verwijding van de SL-\nspleet. Geringe artrose van het STT-gewricht. Weke-delenzwelling dorsaal."),
    ("p", "CONCLUSIE:\nGeen fractuur. Geringe STT-artrose."),
    ("p", "Radioloog: dr. F. Aksoy    Verslagdatum: 13-01-2026"),
    ("p", "*** einde bericht ***"),
], dict(kinds=["imaging-report"], date="2026-01-13", author="radiologist", language="nl",
        style="radiology result as received in the GP's HIS via Edifact (plain text)",
        imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
        notes="HIS import wrapper with a receipt date (14-01) different from exam/report date (13-01). Hyphenated line break in 'SL-/spleet'. Negated findings. Requester is the GP."))

# ------------------------------------------------------------------ th-064
add("th-064", "pdf", [
    ("lh", "Medisch Centrum Eemvallei", ["Plastische Chirurgie / Handchirurgie", "Utrechtseweg 160, 3818 ES Amersfoort", "T 033-555 2000"], {"image": True, "right": ["Datum 28-04-2026", "Kenmerk PCH-26-1412"]}),
    ("to", ["Dr. A. van Dam, huisarts", "Biltstraat 190", "3572 BP Utrecht"]),
    ("p", "Betreft: mw. E. Timmermans, geb. 24-03-1987"),
    ("p", "Geachte collega,"),
    ("p", "Uw patiënte bezocht op 23-04-2026 onze polikliniek."),
    ("h", "Anamnese"),
    ("p", "Mevrouw werd in januari 2026 in Innsbruck geopereerd na een skiongeval: percutane schroeffixatie van een scafoïdfractuur rechts. Zij was daar drie dagen opgenomen. Sindsdien blijvende pijn radiaal, geen krachtherstel. Zij werkt als tandarts en kan nauwelijks instrumenten hanteren."),
    ("h", "Lichamelijk onderzoek"),
    ("p", "Litteken volair rustig. Drukpijn tabatière. Dorsaalflexie 40, palmairflexie 35 graden. Knijpkracht 18 kg (links 32 kg)."),
    ("h", "Aanvullend onderzoek"),
    ("p", "CT pols rechts (14-04-2026): geen consolidatie van de fractuur, resorptie rond de schroef, schroef steekt proximaal 1 mm uit in het radioscafoïdale gewricht."),
    ("h", "Conclusie"),
    ("p", "Uitblijvende consolidatie na schroeffixatie scafoïd rechts (non-union), prominente schroef."),
    ("h", "Beleid"),
    ("p", "Revisie met verwijderen van de schroef, debridement en bottransplantaat (crista iliaca) is aangeboden. Patiënte wenst eerst een second opinion. Gezien de opname in een buitenlands ziekenhuis is via u een MRSA-screening aangevraagd; de uitslag hebben wij nog niet ontvangen."),
    ("sig", ["Met vriendelijke groet,", "", "dr. C. Schoemaker, plastisch chirurg", "", "cc: patiënte"]),
], dict(kinds=["correspondence"], date="2026-04-28", author="specialist", language="nl",
        style="HiX-like outpatient letter, logo-only hospital name, fax header on every page",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Hospital name only inside the logo image (department and address are text); fax header with another date. Foreign hospital only by city ('in Innsbruck ... opgenomen'). MRSA result pending (mention only). Same patient as th-041."),
   header="28-04-2026 16:02  FAX MC Eemvallei PCH  +31335552001  -> 030 555 7810   blz. {page}/{pages}",
   footer="Medisch Centrum Eemvallei - Timmermans E. - pagina {page} van {pages}")
