# td-017 .. td-032
DOCS = []
def add(**d): DOCS.append(d)

# ---------------------------------------------------------------- td-017
add(stem="td-017", fmt="pdf", opts={"font": "Helvetica", "size": 9, "kvgrid": True, "footer": "MVZ Labor Dr. Brandeis & Kollegen GbR - akkreditiert nach DIN EN ISO 15189 - Seite {page}"},
label=dict(kinds=["mrsa-screening"], date="2026-10-21", also_dates=["2026-10-19"], author="lab", language="de",
  style="German lab Befund (MRSA admission screening) with table", imaging_done="unmentioned",
  operated="unmentioned", treated_abroad="yes",
  notes="Admission screening during a stay in a German hospital (Aufnahmescreening, Station) => treated abroad; Dutch patient address; sample vs report date."),
blocks=[
 ("lh", ["MVZ Labor Dr. Brandeis & Kollegen", "Fachärzte für Laboratoriumsmedizin und Mikrobiologie", "Nassauerallee 41, 47533 Kleve"], ["Tel. +49 2821 7140-0", "Befundbericht", "Auftrags-Nr. 2610-198244"]),
 ("kv2", [[("Patient", "Janssen, Wim"), ("Geb.-Datum", "15.01.1949")], [("Anschrift", "Kerkstraat 5, 6571 AJ Berg en Dal (NL)"), ("Einsender", "Katharinen-Hospital Goch-Weeze, Station 3B Unfallchirurgie")],
          [("Entnahme", "19.10.2026"), ("Eingang", "19.10.2026")], [("Befunddatum", "21.10.2026"), ("Status", "Endbefund")]]),
 ("h", "MRSA-Screening (Aufnahmescreening)"),
 ("table", ["Material", "Untersuchung", "Ergebnis"], [["Nasenabstrich", "MRSA-Kultur (chromogener Agar)", "kein MRSA nachgewiesen"], ["Rachenabstrich", "MRSA-Kultur", "kein MRSA nachgewiesen"], ["Leistenabstrich", "MRSA-Kultur", "kein MRSA nachgewiesen"], ["Wundabstrich Hand li.", "MRSA-Kultur", "kein MRSA nachgewiesen; Begleitflora"]]),
 ("h", "Beurteilung"),
 ("p", "MRSA-Screening negativ. Kein Hinweis auf eine Besiedlung mit MRSA. Isolierung aus mikrobiologischer Sicht nicht erforderlich."),
 ("p", "Freigabe: Dr. med. C. Brandeis, Fachärztin für Mikrobiologie, Virologie und Infektionsepidemiologie, 21.10.2026"),
])

# ---------------------------------------------------------------- td-018
add(stem="td-018", fmt="docx", opts={"dfont": "Calibri", "dsize": 10.5, "header": "Al Safwa International Hospital  |  Orthopaedic & Hand Surgery Department  |  Dubai Healthcare City, UAE"},
label=dict(kinds=["referral", "correspondence"], date="2026-11-09", author="specialist", language="en",
  style="international hospital referral letter from a hand surgeon, tables for patient data and procedures", referral_question=True,
  imaging_done="yes", operated="yes", treated_abroad="yes",
  notes="Referral from a specialist abroad asking a second opinion; it is also the treating specialist's letter. Earlier ORIF and hardware removal done in Dubai."),
blocks=[
 ("lh", ["Al Safwa International Hospital", "Orthopaedic & Hand Surgery Department", "Building 64, Dubai Healthcare City", "P.O. Box 505118, Dubai, United Arab Emirates"], ["Tel +971 4 362 8800", "Date: 9 November 2026", "MRN: ASIH-0048821"]),
 ("p", "To: Intake Department\nHand and Wrist Clinic Zuid-Holland\nLeiden, The Netherlands"),
 ("title", "Referral for second opinion"),
 ("kv", [("Patient", "Mr. Thijs van der Linden-Haddad"), ("Date of birth", "27 April 1984"), ("Nationality", "Dutch (resident in Dubai since 2019, relocating to Leiden January 2027)"), ("Insurance", "Allianz Care International, policy 88-210-4471")]),
 ("p", "Dear Colleagues,"),
 ("p", "I am writing to refer Mr. van der Linden-Haddad, a 42-year-old right-handed engineer, for a second opinion regarding persistent ulnar-sided pain of his right wrist. He will be moving back to the Netherlands shortly and has asked to continue care with you."),
 ("h", "History"),
 ("table", ["Date", "Event"], [["14 Mar 2025", "Fall from padel court, distal radius fracture right (AO 23-A3) with ulnar styloid base fracture; X-ray and CT in our ED"], ["16 Mar 2025", "ORIF distal radius with volar locking plate (myself); ulnar styloid left untreated"], ["Jun 2025 - Dec 2025", "Hand therapy; range of motion recovered to 80% of contralateral side"], ["22 Feb 2026", "Removal of volar plate because of FPL irritation (myself)"], ["Aug 2026", "MRI right wrist: ulnar styloid non-union, suspected foveal TFCC tear, ulnar positive variance +2 mm"], ["Sep 2026", "Ultrasound-guided steroid injection ulnocarpal joint, relief for 4 weeks"]]),
 ("h", "Current findings"),
 ("p", "Tender fovea sign, painful ulnocarpal stress test, mild DRUJ laxity compared with the left side. Grip strength 28 kg right versus 46 kg left."),
 ("h", "Question"),
 ("p", "I have discussed with him two options: arthroscopic foveal TFCC repair, or ulnar shortening osteotomy with excision of the styloid non-union. He has not decided and neither procedure has been scheduled. I would be grateful for your opinion on the diagnosis and on which of these options, if any, you would recommend, and I would be happy for you to take over his care. Copies of the operative notes, the MRI report and the images on disc will be given to the patient."),
 ("p", "With kind regards,"),
 ("p", "Dr. Karim Abdel-Messih, MD, FRCS (Orth)\nConsultant Orthopaedic and Hand Surgeon\nDHA licence 00193347"),
])

# ---------------------------------------------------------------- td-019
add(stem="td-019", fmt="pdf", opts={"font": "Helvetica", "size": 10, "footer": "Regionalspital Prättigau - Institut für Radiologie - Befund elektronisch visiert"},
label=dict(kinds=["imaging-report"], date="2026-08-14", author="radiologist", language="de",
  style="Swiss radiology Befund, letterhead with logo, Zuweiser/Fragestellung/Befund/Beurteilung", imaging_done="yes",
  operated="unmentioned", treated_abroad="yes",
  notes="Swiss hospital imaging of a Dutch hiker (care abroad); Zuweiser is the ED doctor, not a referral; dates with dots; birth date next to exam date."),
blocks=[
 ("lh", ["Regionalspital Prättigau", "Institut für Radiologie", "Spitalstrasse 12, 7220 Schiers", "Schweiz"], ["Tel. +41 81 308 08 08", "Untersuchungsdatum: 14.08.2026", "Befund vom: 14.08.2026"], {"color": "#c0392b"}),
 ("kv", [("Patient/in", "Frau Ilse Vermeer-Poot, geb. 03.03.1977, Wohnort: Nijmegen (NL)"), ("Zuweiser/in", "Dr. med. A. Caduff, Notfallstation"), ("Untersuchung", "Röntgen Handgelenk links in 2 Ebenen + Skaphoid-Serie")]),
 ("h", "Fragestellung"), ("p", "Sturz beim Wandern auf die li. Hand. Fraktur? Skaphoid?"),
 ("h", "Befund"),
 ("p", "Undislozierte, extraartikuläre distale Radiusfraktur links mit geringer dorsaler Abkippung (ca. 5 Grad). Skaphoid in der Spezialserie ohne Frakturnachweis. Processus styloideus ulnae intakt. Carpale Ausrichtung regelrecht, SL-Abstand nicht erweitert. Weichteilschwellung dorsal."),
 ("h", "Beurteilung"),
 ("p", "Undislozierte distale Radiusfraktur links. Kein Nachweis einer Skaphoidfraktur."),
 ("p", "Dr. med. R. Jenal, Leitender Arzt Radiologie"),
])

# ---------------------------------------------------------------- td-020
V20 = """Huisartsenpraktijk 't Zand                         VERWIJSBRIEF
E. Bosman / L. Yildiz, huisartsen
Zandweg 3, 3454 HJ De Meern
tel. 030-666 1280

Aan:     Afdeling Plastische Chirurgie / Handchirurgie
         St. Jacobus Ziekenhuis, Utrecht
Datum:   7.10.2026

Patiënt: mw. T. Hoogendoorn                 geb.: 11.11.1952
         Zandweg 77, 3454 HK De Meern        Verz.: CZ 2093318

Geachte collega,

Graag verwijs ik mevrouw Hoogendoorn naar u ter behandeling van een
triggerfinger van de rechter ringvinger. Zij heeft sinds een half jaar
last van haken en op slot schieten van de vinger, 's ochtends het
ergst. Bij onderzoek een pijnlijke noduslus ter hoogte van de A1-
katrol met reproduceerbaar triggeren. Ik heb haar in mei en augustus
een injectie gegeven, telkens met slechts tijdelijk resultaat.

Graag behandeling.

Medicatie: metoprolol 50 mg 1dd1, omeprazol 20 mg 1dd1
Allergie: jodium

Met collegiale groet,

E. Bosman, huisarts
"""
add(stem="td-020", fmt="txt", opts={"encoding": "cp1252", "crlf": True},
label=dict(kinds=["referral"], date="2026-10-07", author="gp", language="nl",
  style="plain GP referral from HIS, cp1252, CRLF, date 7.10.2026", referral_question=False,
  imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
  notes="Referral 'ter behandeling' / 'graag behandeling' without any question or second-opinion request; injections are not operations."),
blocks=[("raw", V20)])

# ---------------------------------------------------------------- td-021 (merged, same page)
add(stem="td-021", fmt="merged", opts={"font": "Helvetica", "size": 9.5, "footer": "Severn Vale University Hospitals NHS Trust - printed from Evolve EPR"},
label=dict(kinds=["correspondence", "operation-report"], date="2026-06-04", author="specialist", language="en",
  style="merged PDF: UK discharge summary + operation note running on the same page", imaging_done="yes",
  operated="yes", treated_abroad="yes",
  notes="Two documents on one page separated only by a rule; Dutch student treated in England; discharge summary mentions the operation briefly, the operation note is the full report."),
parts=[
 dict(label=dict(kinds=["correspondence"], date="2026-06-04", author="specialist"), blocks=[
  ("lh", ["Severn Vale University Hospitals NHS Trust", "Gloucester Royal Infirmary - Plastic Surgery & Hand Trauma", "Great Western Road, Gloucester GL1 3NN"], ["DISCHARGE SUMMARY", "Date: 04/06/2026"]),
  ("kv2", [[("Patient", "Jasper BOERSMA"), ("DOB", "21/12/2003")], [("Hospital No", "G4418820"), ("NHS No", "not registered (overseas visitor, EHIC)")],
           [("Admitted", "03/06/2026"), ("Discharged", "04/06/2026")], [("Consultant", "Ms A. Whitcombe"), ("GP", "Huisartsenpraktijk Kronenburg, Arnhem, NL")]]),
  ("h", "Diagnosis"), ("p", "Dog bite right hand with open injury to the extensor tendon of the index finger (zone V) and MCP joint capsule."),
  ("h", "Procedures"), ("p", "03/06/2026: Exploration, washout and extensor tendon repair right index finger (see operation note)."),
  ("h", "Investigations"), ("p", "X-ray right hand 03/06/2026: no fracture, no foreign body. CRP 14."),
  ("h", "Medication on discharge"), ("p", "Co-amoxiclav 625 mg TDS for 7 days; paracetamol 1 g QDS PRN."),
  ("h", "Follow-up"), ("p", "Patient returning to the Netherlands on 06/06/2026. Relative motion splint to remain for 4 weeks. Please arrange hand therapy and wound check with his GP at home. Written advice given."),
  ("p", "Completed by: Dr L. Farooqui, Core Surgical Trainee, for Ms A. Whitcombe"),
 ]),
 dict(join="sep", label=dict(kinds=["operation-report"], date="2026-06-03", author="specialist"), blocks=[
  ("title", "OPERATION NOTE"),
  ("kv", [("Date", "03/06/2026"), ("Surgeon", "Ms A. Whitcombe, Consultant Plastic Surgeon"), ("Assistant", "Dr L. Farooqui (CT2)"), ("Anaesthetic", "GA + local infiltration; tourniquet 250 mmHg, 38 min"),
   ("Procedure", "Exploration, washout, extensor tendon repair right index finger, zone V"),
   ("Findings", "Two puncture wounds dorsal to the 2nd MCP joint. EDC to index 70% lacerated, EIP intact. Small capsular breach, joint surface intact, no purulence."),
   ("Procedure detail", "Wounds extended and debrided. Joint washed out with 1 L saline. Capsule closed with 4-0 PDS. Tendon repaired with 3-0 Ethibond modified Kessler and running 5-0 Prolene. Wounds loosely closed with 4-0 Ethilon. Relative motion splint applied."),
   ("Complications", "None"), ("Post-op", "IV co-amoxiclav overnight, elevate, review in the morning, home if wounds settled.")]),
  ("p", "Signed: A. Whitcombe"),
 ]),
])

# ---------------------------------------------------------------- td-022
add(stem="td-022", fmt="pdf", opts={"font": "Times-Roman", "size": 10.5, "header": "Isala-Delta Ziekenhuis  -  Operatieverslag  -  Vertrouwelijk"},
label=dict(kinds=["operation-report"], date="2026-07-22", author="specialist", language="nl",
  style="operation report of another body region (appendectomy), prose with labelled lines", imaging_done="yes",
  operated="unmentioned", treated_abroad="unmentioned",
  notes="It is an operation report, but of an appendectomy: operated stays unmentioned for the hand/wrist problem. Ultrasound of the abdomen was done (imaging_done yes)."),
blocks=[
 ("lh", ["Isala-Delta Ziekenhuis", "Maatschap Chirurgie", "Dokter Jan Vinkweg 2, 8271 GB IJsselmuiden"], ["Patiënt: mw. M. Scholten-Brink", "Geboortedatum: 18-07-1988", "Opname-nr: 26-188431"]),
 ("title", "OK-verslag"),
 ("p", "Datum: 22-07-2026      Aanvang: 21:14     Einde: 21:52"),
 ("p", "Operateur: M.J. Dekker, chirurg\nAssistent: drs. P. Tuinstra, ANIOS chirurgie\nAnesthesioloog: dr. I. van Houten   Anesthesie: algeheel"),
 ("p", "Indicatie: sinds 24 uur pijn rechtsonder, défense, CRP 96; echo abdomen: niet-comprimeerbare appendix 11 mm met omgevend vet-infiltratie. Acute appendicitis."),
 ("p", "Ingreep: laparoscopische appendectomie."),
 ("p", "Verloop: open introductie umbilicaal (Hasson), pneumoperitoneum 12 mmHg. Twee 5 mm-trocars suprapubisch en linksonder. Gezwollen, phlegmoneuze appendix zonder perforatie; weinig troebel vocht in het kleine bekken, opgezogen, kweek afgenomen. Mesenteriolum gecoaguleerd met LigaSure, basis appendix afgebonden met twee Endoloops, appendix uitgenomen in endobag. Spoelen, controle hemostase. Fascie umbilicaal gesloten met Vicryl 0, huid intracutaan Monocryl 4-0."),
 ("p", "Complicaties: geen.\nPA: appendix ingestuurd."),
 ("p", "Nabehandeling: antibiotica eenmalig peroperatief, geen verdere antibiotica. Mobiliseren, normaal dieet. Naar verwachting morgen ontslag. Controle telefonisch na 2 weken."),
 ("p", "M.J. Dekker, chirurg"),
])

# ---------------------------------------------------------------- td-023
add(stem="td-023", fmt="docx", opts={"dfont": "Verdana", "dsize": 9, "header": "Professionele samenvatting - vertrouwelijk - HAP Veenendaal-Oost", "grid": True},
label=dict(kinds=["history"], date="2026-11-05", author="gp", language="nl",
  style="HIS 'Professionele samenvatting' with tables (episodes, journal extract), DOCX", imaging_done="yes",
  operated="no", treated_abroad="no",
  notes="History printout with print date; 'Geen operaties in de voorgeschiedenis'; X-pols made in 2025 and echo 2026; snowboard injury in Winterberg (DE) but 'niet naar arts geweest' there, care in NL => treated_abroad no; referral only mentioned in journal."),
blocks=[
 ("title", "Professionele samenvatting"),
 ("kv", [("Datum uitdraai", "05-11-2026"), ("Patiënt", "dhr. L.J. (Luuk) van Ravenswaaij"), ("Geboortedatum", "09-09-2001"), ("Huisarts", "drs. G. Bruinsma, Gezondheidscentrum Veenendaal-Oost"), ("Opgevraagd door", "patiënt (t.b.v. second opinion)")]),
 ("h", "Actieve episodes"),
 ("table", ["ICPC", "Omschrijving", "Begin"], [["L12", "Klachten pols rechts (ulnair)", "03-02-2025"], ["R96", "Astma", "2008"], ["S88", "Contacteczeem", "2019"]]),
 ("h", "Voorgeschiedenis"),
 ("p", "Astma sinds jeugd, goed ingesteld. Geen operaties in de voorgeschiedenis. Geen opnames."),
 ("h", "Medicatie"),
 ("p", "Salbutamol inh. 100 ug zn; budesonide/formoterol 200/6 2dd1; hydrocortisoncrème 1% zn."),
 ("h", "Relevante journaalregels"),
 ("table", ["Datum", "Regel"], [
   ["03-02-2025", "S: val met snowboard (Winterberg, niet naar arts geweest), sindsdien pijn ulnair re pols. O: drukpijn TFCC-regio, geen zwelling. E: L12 distorsie pols re. P: rust, brace, X-pols."],
   ["10-02-2025", "Uitslag X-pols re (Ziekenhuis Gelderse Vallei): geen fractuur, ulnaire variantie neutraal."],
   ["12-05-2025", "Klachten wisselend. Fysiotherapie gestart (6x)."],
   ["18-03-2026", "S: toename pijn bij draaien (bouwvakker, boren). O: pos. fovea-teken. P: verwijzing orthopedie Gelderse Vallei."],
   ["22-05-2026", "Brief orthopedie: echo pols: geen ganglion, mogelijk TFCC-letsel. Injectie gegeven. Bij onvoldoende effect MRI en eventueel artroscopie overwegen."],
   ["14-09-2026", "S: injectie 4 weken effect. Orthopeed stelt artroscopie voor; pt twijfelt, wil second opinion. P: verwijzing second opinion handkliniek (ZorgDomein)."],
   ["05-11-2026", "Samenvatting uitgedraaid op verzoek patiënt."]]),
 ("p", "Einde samenvatting."),
])

# ---------------------------------------------------------------- td-024
R24 = """LAKESHORE MEDICAL CENTER
Department of Diagnostic Radiology - Musculoskeletal Section
1900 Sheridan Road, Evanston, IL 60201, USA  |  (847) 555-0193

PATIENT: DE BRUIJN, MAARTJE           MRN: 30917254      DOB: 06/14/1979
ORDERING PHYSICIAN: Daniel R. Whitfield, MD (Orthopaedic Hand Surgery)
EXAM: MRI WRIST LEFT WITHOUT CONTRAST
EXAM DATE: 09/03/2026 10:20 CDT          ACCESSION: MR-26-0441982
REPORT SIGNED: September 4, 2026

CLINICAL HISTORY: 47-year-old female, fall on outstretched hand 07/2026 while
visiting family. Persistent radial-sided wrist pain. Evaluate scapholunate
ligament.

TECHNIQUE: Multiplanar, multisequence MRI of the left wrist at 3T.

COMPARISON: Radiographs left wrist 08/19/2026.

FINDINGS:
Scapholunate ligament: full-thickness tear of the dorsal and membranous
portions with mild widening of the scapholunate interval (3.5 mm). Volar
component partially intact.
Lunotriquetral ligament: intact.
TFCC: degenerative fraying of the central disc without full-thickness
perforation.
Bones: bone marrow edema in the proximal pole of the scaphoid and radial
lunate, likely contusional. No fracture line. No avascular necrosis.
Tendons: intact; mild tenosynovitis of the first extensor compartment.
Ganglion: 6 mm dorsal ganglion arising from the SL ligament.

IMPRESSION:
1. Full-thickness dorsal and membranous scapholunate ligament tear with
   mild SL diastasis (pre-dynamic/dynamic instability pattern).
2. Contusional marrow edema, scaphoid and lunate.
3. Small dorsal ganglion.

Electronically signed by: Priya Natarajan, MD, Radiologist 09/04/2026 08:47
"""
add(stem="td-024", fmt="txt", opts={},
label=dict(kinds=["imaging-report"], date="2026-09-04", also_dates=["2026-09-03"], author="radiologist", language="en",
  style="US radiology report, plain text, MM/DD/YYYY dates", imaging_done="yes",
  operated="unmentioned", treated_abroad="yes",
  notes="US dates (09/03/2026 = 3 September); exam vs signed date; imaging by a US hospital counts as care abroad."),
blocks=[("raw", R24)])

# ---------------------------------------------------------------- td-025
add(stem="td-025", fmt="pdf", opts={"font": "Helvetica", "size": 10, "footer": "Neurologische Gemeinschaftspraxis am Spoykanal - Seite {page}"},
label=dict(kinds=["correspondence"], date="2026-10-30", author="specialist", language="de",
  style="German neurology Arztbrief (ambulant) with EMG/NLG table and nerve ultrasound", imaging_done="yes",
  operated="no", treated_abroad="yes",
  notes="Neurologist in Kleve (DE) examined a Dutch cross-border patient (ENG + Nervensonographie => imaging done); surgery only recommended; 'Keine Voroperationen an den Händen' => operated no; 'Z.n. Appendektomie' other body part."),
blocks=[
 ("lh", ["Neurologische Gemeinschaftspraxis am Spoykanal", "Dr. med. H. Terlinden - Dr. med. E. Böhm", "Fachärzte für Neurologie", "Hafenstraße 9, 47533 Kleve"], ["Tel. +49 2821 99 41 0", "Kleve, den 30.10.2026"]),
 ("p", "Herrn\nJ. Hebing, Huisarts\nHuisartsenpraktijk Millingen\nHeerbaan 12\n6566 EA Millingen aan de Rijn, Niederlande"),
 ("p", "Betr.: Frau Gerda Arts-Wijnen, geb. 02.02.1963\nUntersuchung am 27.10.2026"),
 ("p", "Sehr geehrter Herr Kollege Hebing,"),
 ("p", "vielen Dank für die Überweisung Ihrer Patientin, die seit etwa acht Monaten über nächtliche Parästhesien der Finger I-IV rechts sowie ein Ungeschicklichkeitsgefühl beim Knöpfen klagt."),
 ("h", "Diagnose"),
 ("p", "Karpaltunnelsyndrom rechts, mittelgradig (sensomotorisch, demyelinisierend)\nDifferenzialdiagnostisch keine Hinweise auf Radikulopathie C6/C7"),
 ("h", "Anamnese"),
 ("p", "Vorerkrankungen: Hypothyreose, Z.n. Appendektomie 1981. Keine Voroperationen an den Händen. Medikation: L-Thyroxin 100 µg."),
 ("h", "Befund"),
 ("p", "Hoffmann-Tinel über dem Karpaltunnel rechts positiv, Phalen-Test nach 30 s positiv. Leichte Thenaratrophie rechts. Muskeleigenreflexe seitengleich. Keine Paresen außerhalb des Medianus-Versorgungsgebietes."),
 ("h", "Elektrophysiologie"),
 ("table", ["Nerv", "DML (ms)", "sNLG (m/s)", "Bewertung"], [["N. medianus re.", "5,8", "36", "pathologisch"], ["N. medianus li.", "4,0", "48", "grenzwertig"], ["N. ulnaris re.", "2,9", "56", "normal"]]),
 ("h", "Nervensonographie"),
 ("p", "Querschnittsfläche des N. medianus am Karpaltunneleingang rechts 15 mm² (Norm < 10), links 10 mm². Keine raumfordernde Läsion."),
 ("h", "Beurteilung und Procedere"),
 ("p", "Mittelgradiges Karpaltunnelsyndrom rechts. Bei bereits motorischer Beteiligung empfehlen wir die operative Dekompression; eine weitere konservative Therapie erscheint wenig aussichtsreich. Die Patientin möchte die Operation in den Niederlanden durchführen lassen. Eine Kontrolluntersuchung ist nur bei ausbleibender Besserung nach einer Operation erforderlich."),
 ("p", "Mit freundlichen kollegialen Grüßen"),
 ("p", "Dr. med. E. Böhm\nFachärztin für Neurologie"),
])

# ---------------------------------------------------------------- td-026
add(stem="td-026", fmt="lo", opts={"dfont": "Cambria", "dsize": 11, "footer": "Maasland Ziekenhuis Venlo - Vakgroep Orthopedie"},
label=dict(kinds=["referral", "correspondence"], date="2026-11-11", author="specialist", language="nl",
  style="specialist referral letter (orthopaedic surgeon) for second opinion, DOCX converted by LibreOffice", referral_question=True,
  imaging_done="yes", operated="yes", treated_abroad="unmentioned",
  notes="Referral from a treating specialist to another clinic, with explicit second-opinion question; also a specialist letter. Wrist arthroscopy and debridement were done; further surgery only considered."),
blocks=[
 ("lh", ["Maasland Ziekenhuis Venlo", "Vakgroep Orthopedie", "Tegelseweg 210", "5912 BL Venlo"], ["Venlo, 11 november 2026", "Ons kenmerk: ORT-VL/jb/26-4419"]),
 ("p", "Handkliniek Zuid\nt.a.v. dr. M. Coenen, handchirurg\nMolenweg 4\n6229 HX Maastricht"),
 ("p", "Betreft: mevrouw S. (Sigrid) Peeters, geboren 28 januari 1990\nVerzoek om second opinion"),
 ("p", "Beste collega Coenen,"),
 ("p", "Hierbij verwijs ik mevrouw Peeters naar u met het verzoek om een second opinion over haar linkerpols. Zij is 36 jaar, verpleegkundige, linkshandig."),
 ("p", "Zij kwam in november 2025 bij mij met dorsale polspijn links na een val tijdens volleybal. De röntgenfoto's lieten geen fractuur zien; de MRI (januari 2026) toonde een partiële scafolunaire ligamentlaesie zonder diastase. Na zes weken gips en handtherapie bleef zij klachten houden, waarop ik op 12 april 2026 een polsartroscopie links heb verricht met debridement van het SL-ligament (Geissler II) en een kleine synovectomie. Het postoperatieve beloop was aanvankelijk gunstig, maar sinds de zomer heeft zij opnieuw pijn bij belasten en een pijnlijke klik bij ulnair-deviatie."),
 ("p", "Bij mijn laatste controle (4 november 2026) is er een positieve Watson-test links en drukpijn over het SL-interval. Op de stressopnamen van die dag zag ik een SL-afstand van 3 mm links tegenover 2 mm rechts."),
 ("p", "Ik twijfel tussen een tweede artroscopie met capsulodese of een ligamentreconstructie en heb mevrouw gezegd dat ik hiervoor liever de mening van een gespecialiseerd handcentrum vraag. Mijn vraag is dan ook: is er sprake van een dynamische SL-instabiliteit, en welke behandeling adviseert u? Indien u een reconstructie geïndiceerd acht, zou ik het op prijs stellen als u de behandeling overneemt."),
 ("p", "Het operatieverslag van de artroscopie, het MRI-verslag en de beelden worden door onze afdeling Medische Informatie nagestuurd."),
 ("p", "Met vriendelijke groet,"),
 ("p", "dr. J. Beckers\northopedisch chirurg"),
 ("small", "cc: huisarts, mw. drs. R. Hendrix, Venlo; patiënte"),
])

# ---------------------------------------------------------------- td-027
A27 = """Afsprakenbureau Handkliniek Rijnmond
Postbus 4470, 3006 AL Rotterdam  |  010-288 4400 (ma-vr 8.30-16.30)

Mevrouw P. Groenewegen
Lijnbaan 412
3012 EV Rotterdam

Rotterdam, 2 december 2026
Patiëntnummer: HR-0219844

Onderwerp: bevestiging van uw afspraak

Geachte mevrouw Groenewegen,

Hierbij bevestigen wij uw eerste afspraak voor een second opinion bij
onze handchirurg:

    Datum:      donderdag 14 januari 2027
    Tijd:       10:40 uur (graag 15 minuten eerder aanwezig)
    Arts:       dr. E. Lammers, plastisch chirurg/handchirurg
    Locatie:    Polikliniek Hand & Pols, 2e verdieping, balie C

Neem mee naar uw afspraak:
 - uw legitimatiebewijs en verzekeringspas;
 - een actueel medicatieoverzicht van uw apotheek;
 - de CD met beelden (röntgen, echo, MRI) als u die nog niet heeft
   opgestuurd;
 - als u de afgelopen twee maanden in een ziekenhuis in het buitenland
   bent opgenomen of behandeld: de uitslag van de MRSA-kweek, aan te
   vragen bij uw huisarts.

Kunt u niet komen? Meld dit dan minimaal 24 uur van tevoren. Een niet
afgemelde afspraak kan bij u in rekening worden gebracht.

Met vriendelijke groet,

Afsprakenbureau Handkliniek Rijnmond
"""
add(stem="td-027", fmt="txt", opts={},
label=dict(kinds=[], date="2026-12-02", author="other", language="nl",
  style="appointment confirmation letter, plain text", imaging_done="unmentioned",
  operated="unmentioned", treated_abroad="unmentioned",
  notes="Generic conditional instructions ('als u ... in het buitenland bent opgenomen') say nothing about this patient; appointment date in the future next to the letter date."),
blocks=[("raw", A27)])

# ---------------------------------------------------------------- td-028
add(stem="td-028", fmt="pdf", opts={"font": "Helvetica", "size": 8.5, "footer": "Dit overzicht is een momentopname. Controleer altijd met de patiënt. - Pagina {page}"},
label=dict(kinds=[], date="2026-11-26", author="other", language="nl",
  style="pharmacy medication overview (actueel medicatieoverzicht) with table", imaging_done="unmentioned",
  operated="unmentioned", treated_abroad="unmentioned",
  notes="Pharmacy document: none of the kinds; prescriber column names a hand surgeon (post-op painkillers) but no statement that surgery happened."),
blocks=[
 ("lh", ["Apotheek De Gaper Leiderdorp", "Hoofdstraat 104, 2352 EM Leiderdorp", "071-589 3311"], ["ACTUEEL MEDICATIEOVERZICHT", "Afdrukdatum: 26-11-2026"]),
 ("kv2", [[("Naam", "J.W. van Leeuwen"), ("Geb. datum", "12-03-1944")], [("Huisarts", "dr. T. Heemskerk"), ("Gewicht / nierfunctie", "78 kg / eGFR 52 (09-2026)")]]),
 ("table", ["Start", "Geneesmiddel", "Dosering", "Voorschrijver"], [
   ["04-2019", "Acetylsalicylzuur 80 mg tablet", "1x per dag 1", "Heemskerk (HA)"],
   ["04-2019", "Atorvastatine 40 mg tablet", "1x per dag 1 (avond)", "Heemskerk (HA)"],
   ["11-2021", "Metoprolol succ. 47,5 mg tablet MGA", "1x per dag 1", "Roos (cardioloog)"],
   ["06-2024", "Macrogol/elektrolyten sachet", "zo nodig 1", "Heemskerk (HA)"],
   ["10-2026", "Paracetamol 1000 mg tablet", "max 3x per dag 1", "Noorlander (plast. chir.)"],
   ["10-2026", "Tramadol 50 mg capsule", "zo nodig max 2x per dag 1", "Noorlander (plast. chir.)"]]),
 ("h", "Overgevoeligheden / contra-indicaties"),
 ("p", "Overgevoelig: codeïne (misselijkheid). Contra-indicatie: verminderde nierfunctie."),
 ("h", "Gestopt afgelopen 6 maanden"),
 ("p", "Diclofenac 50 mg (gestopt 09-2026, reden: nierfunctie)"),
 ("small", "Apotheker: mw. drs. A. Boukhari. Afgedrukt op verzoek van patiënt voor ziekenhuisbezoek."),
])

# ---------------------------------------------------------------- td-029
add(stem="td-029", fmt="docx", opts={"dfont": "Calibri", "dsize": 10.5, "footer": "Handtherapie Kennemerland - lid NVHT"},
label=dict(kinds=[], date="2026-11-20", author="other", language="nl",
  style="hand therapist progress letter with measurement table", imaging_done="unmentioned",
  operated="yes", treated_abroad="unmentioned",
  notes="Hand therapy letter is none of the kinds; it states the CTS release (operated yes) with date."),
blocks=[
 ("lh", ["Handtherapie Kennemerland", "J. Poolman, gecertificeerd handtherapeut (CHT-NL)", "Zijlweg 190, 2015 BK Haarlem"], ["Haarlem, 20 november 2026", "Tel. 023-531 7788"]),
 ("p", "Aan: dr. I. Vermeulen, huisarts, Huisartsenpraktijk Schalkwijk\nCc: polikliniek Plastische Chirurgie Spaarnedal Ziekenhuis"),
 ("p", "Betreft: tussenrapportage handtherapie mw. C. Hoek, geb. 25-10-1970"),
 ("p", "Beste dokter Vermeulen,"),
 ("p", "Mevrouw Hoek is bij ons in behandeling sinds 1 september 2026, drie weken na een open carpaletunnelrelease links (11 augustus 2026, Spaarnedal Ziekenhuis). Zij heeft tot nu toe 9 behandelingen gehad: littekenbehandeling, sensibiliteitstraining, zenuwglijoefeningen en opbouwende krachttraining."),
 ("table", ["Meting", "01-09-2026", "17-11-2026"], [["Knijpkracht links (Jamar, kg)", "8", "17"], ["Knijpkracht rechts (kg)", "26", "27"], ["Pinchkracht links (kg)", "2,5", "4,5"], ["Semmes-Weinstein dig II links", "3,61", "3,22"], ["Pijn VAS (0-10) bij belasten", "7", "5"], ["PRWHE-score", "68", "49"]]),
 ("p", "De sensibiliteit verbetert, maar zij houdt veel pijn in de handpalm (pillar pain) en kan haar werk als schoonmaakster nog niet hervatten. Het litteken is verhard en gevoelig. Wij hebben het advies gegeven de behandeling nog zes weken voort te zetten. Indien er dan onvoldoende vooruitgang is, adviseren wij een evaluatie door de behandelend chirurg."),
 ("p", "Met vriendelijke groet,"),
 ("p", "Jolien Poolman\nhandtherapeut"),
])

# ---------------------------------------------------------------- td-030
add(stem="td-030", fmt="pdf", opts={"font": "Helvetica", "size": 9.5, "footer": "St. Brigid's University Hospital Galway - HSE West and North West - Page {page}"},
label=dict(kinds=["correspondence", "operation-report"], date="2026-07-29", author="specialist", language="en",
  style="Irish discharge summary with embedded full operation note section", imaging_done="yes",
  operated="yes", treated_abroad="yes",
  notes="Irish hospital discharge summary containing procedure, surgeon, date and operative details; dates DD/MM/YYYY; patient is Dutch tourist."),
blocks=[
 ("lh", ["St. Brigid's University Hospital", "Department of Orthopaedic Surgery", "Newcastle Road, Galway H91 YR71, Ireland"], ["DISCHARGE SUMMARY", "Consultant: Mr Cathal Ó Riordáin", "Date of letter: 29/07/2026"], {"color": "#0b6623"}),
 ("kv2", [[("Patient", "Mr Bram Wolters"), ("DOB", "19/02/1971")], [("MRN", "SBU-2207719"), ("Address", "Lange Nieuwstraat 9, 3512 PA Utrecht, Netherlands")], [("Admission", "24/07/2026"), ("Discharge", "28/07/2026")]]),
 ("p", "Dear Colleague,\nThis Dutch gentleman was admitted under our care while on a cycling holiday in Connemara."),
 ("h", "Diagnosis"), ("p", "Displaced intra-articular fracture of the base of the right thumb metacarpal (Bennett fracture)."),
 ("h", "Investigations"), ("p", "Radiographs right hand and thumb 24/07/2026; CT right thumb 25/07/2026 confirming a single large volar-ulnar fragment with 3 mm articular step."),
 ("h", "Operation note"),
 ("kv", [("Date of surgery", "26/07/2026"), ("Surgeon", "Mr C. Ó Riordáin, Consultant Orthopaedic Surgeon"), ("Assistant", "Dr S. Mulcahy, SpR"), ("Anaesthesia", "Regional (axillary block) with sedation"),
  ("Procedure", "Closed reduction and percutaneous K-wire fixation, right Bennett fracture (Iselin technique)"),
  ("Details", "Arm table, tourniquet not inflated. Traction, abduction and pronation of the thumb metacarpal under image intensifier; reduction of the articular step confirmed. 1.6 mm K-wire from thumb metacarpal into second metacarpal, second wire from metacarpal into trapezium. Satisfactory reduction in two planes. Wires bent and cut outside the skin. Thumb spica backslab."),
  ("Complications", "None")]),
 ("h", "Progress"), ("p", "Uneventful. Neurovascularly intact. Discharged 28/07/2026 in a thumb spica cast."),
 ("h", "Plan"), ("p", "Wire removal at 5-6 weeks post-op and X-ray, to be arranged in the Netherlands (patient flies home 30/07/2026). Copy of this summary and images given to the patient. Please forward to his GP, Dr E. Koster, Huisartsen Wittevrouwen, Utrecht."),
 ("p", "Mr Cathal Ó Riordáin, FRCSI (Tr & Orth)\nConsultant Orthopaedic Surgeon"),
])

# ---------------------------------------------------------------- td-031
B31 = """Betreff: Arztbrief Fr. Noor Hofstede-Bakker - Sprechstunde 24.11.2026
Von: Sekretariat Handchirurgie <handchirurgie@vivantes-spree.example>
An: praxis@hausarzt-prenzlauerberg.example
Datum: 26.11.2026 11:03

---------------------------------------------------------------
Spreeklinikum Friedrichshain
Klinik für Hand-, Plastische und Rekonstruktive Chirurgie
Chefärztin: Prof. Dr. med. U. Saalbach
Landsberger Allee 49, 10249 Berlin, Tel. +49 30 4202 7700
---------------------------------------------------------------

Frau Dr. med. K. Wendt
Hausarztpraxis Prenzlauer Berg
Kollwitzstraße 60
10405 Berlin

Berlin, 26.11.2026

Patientin: Noor Hofstede-Bakker, geb. 12.12.1991
wohnhaft: Stargarder Str. 18, 10437 Berlin

Sehr geehrte Frau Kollegin Wendt,

wir berichten über die ambulante Vorstellung Ihrer Patientin in unserer
handchirurgischen Sprechstunde am 24.11.2026.

Diagnosen:
- Ganglion dorsal Handgelenk rechts (ED 2025)
- Z.n. zweimaliger Punktion (03/2026, 07/2026) mit Rezidiv

Anamnese:
Die 34-jährige niederländische Grafikdesignerin berichtet über eine seit
ca. 18 Monaten bestehende Schwellung am rechten Handrücken mit
belastungsabhängigen Schmerzen, v.a. beim Arbeiten an Tablet und Maus.
Zwei Punktionen in Ihrer Praxis brachten nur kurzfristige Besserung.
Keine Voroperationen an der Hand.

Befund:
Prall-elastische, 1,5 cm große Raumforderung dorsal über dem SL-Gelenk,
gut verschieblich, schmerzhafte Extension endgradig. DMS intakt.

Bildgebung:
Sonographie heute: 14 x 9 mm großes, mehrkammeriges Ganglion mit Stiel
zum SL-Band. MRT Handgelenk rechts (extern, 02.10.2026): Ganglion, keine
Bandläsion, kein Knochenmarködem.

Beurteilung und Procedere:
Rezidivierendes dorsales Handgelenksganglion rechts. Wir haben mit der
Patientin die offene bzw. arthroskopische Ganglionresektion besprochen
und ihr die arthroskopische Resektion empfohlen. Ein OP-Termin wurde für
den 19.01.2027 vorgemerkt. Die Patientin möchte vorher, da sie im
Frühjahr nach Utrecht zurückzieht, eine Zweitmeinung in den Niederlanden
einholen und sagt den Termin ggf. ab.

Mit freundlichen Grüßen

Dr. med. T. Rosenau
Oberarzt, Facharzt für Handchirurgie
"""
add(stem="td-031", fmt="txt", opts={},
label=dict(kinds=["correspondence"], date="2026-11-26", author="specialist", language="de",
  style="German Arztbrief pasted into an e-mail, plain text", imaging_done="yes",
  operated="no", treated_abroad="yes",
  notes="Dutch expat seen in a Berlin hospital clinic (care abroad); surgery only scheduled ('vorgemerkt'); 'Keine Voroperationen an der Hand' => operated no; punctures are not operations; visit date vs letter date vs e-mail date."),
blocks=[("raw", B31)])

# ---------------------------------------------------------------- td-032 (merged, 4 parts)
add(stem="td-032", fmt="merged", opts={"font": "Helvetica", "size": 9.5},
label=dict(kinds=["referral", "history", "correspondence", "imaging-report"], date="2026-11-24", author="gp", language="nl",
  style="merged PDF 'bijlagen verwijzing': zorgdomein referral + GP samenvatting + outpatient letter + X-ray report, page breaks", referral_question=True,
  imaging_done="yes", operated="yes", treated_abroad="unmentioned",
  notes="Four documents with page breaks; referral has question but no history section; separate GP summary is the history; ganglion excised in 2022 (operated yes)."),
parts=[
 dict(label=dict(kinds=["referral"], date="2026-11-24", author="gp"), blocks=[
  ("title", "Verwijzing - Consult handchirurgie (second opinion)"),
  ("kv", [("Datum", "24-11-2026"), ("Verwijzer", "Mw. A. Heijink, huisarts, Huisartsenpraktijk Het Baken, Almere"), ("Naar", "Handkliniek Flevoland - Intake"), ("Patiënt", "Dhr. R.J. Mol, geb. 16-06-1976"), ("Verzekeraar", "ONVZ"),
   ("Vraagstelling", "Second opinion gewenst: recidief ganglion linkerpols na excisie in 2022. Nogmaals opereren, of is er een andere oorzaak van de pijn?"), ("Bijlagen", "Samenvatting, brief chirurg, röntgenverslag")]),
 ]),
 dict(label=dict(kinds=["history"], date="2026-11-24", author="gp"), blocks=[
  ("lh", ["Huisartsenpraktijk Het Baken", "Baken 12, 1317 BA Almere"], ["Samenvatting medische voorgeschiedenis", "d.d. 24-11-2026"]),
  ("p", "Patiënt: R.J. Mol, geb. 16-06-1976"),
  ("h", "Voorgeschiedenis"),
  ("p", "2004 meniscectomie rechterknie\n2015 lumbago, fysiotherapie\n2021 ganglion dorsaal linkerpols\n09-2022 excisie ganglion linkerpols (Flevoziekenhuis, dr. Smit)\n2024 hypercholesterolemie"),
  ("h", "Recente behandelingen"),
  ("p", "03-2026 recidief zwelling linkerpols, pijn bij steunen; punctie door huisarts (helder gelei-achtig vocht)\n06-2026 X-pols links (Flevoziekenhuis): zie verslag\n08-2026 polikliniek chirurgie Flevoziekenhuis: advies afwachten\n10-2026 toename pijn, wil second opinion"),
  ("h", "Medicatie"), ("p", "rosuvastatine 10 mg 1dd1"),
 ]),
 dict(label=dict(kinds=["correspondence"], date="2026-08-19", author="specialist"), blocks=[
  ("lh", ["Flevoziekenhuis Almere", "Chirurgie - polikliniek hand/pols", "Hospitaalweg 1, 1315 RA Almere"], ["Datum: 19 augustus 2026", "Kenmerk: CHI/ms/082619"]),
  ("p", "Aan: mw. A. Heijink, huisarts\nBetreft: dhr. R.J. Mol, 16-06-1976"),
  ("p", "Geachte collega,\nUw patiënt kwam op controle wegens recidief zwelling en pijn van de linkerpols, vier jaar na excisie van een dorsaal ganglion. Bij onderzoek een kleine, weke zwelling radiaal van het litteken; drukpijn over het scafolunaire interval, Watson-test niet afwijkend. De röntgenfoto van juni toont geen afwijkingen. Conclusie: waarschijnlijk klein recidief ganglion. Gezien de beperkte klachten adviseren wij vooralsnog een afwachtend beleid. Bij toename van de klachten is een echo of MRI te overwegen, en eventueel een hernieuwde excisie. Wij hebben geen nieuwe afspraak gemaakt.\n\nMet vriendelijke groet,\ndr. W. Smit, chirurg"),
 ]),
 dict(label=dict(kinds=["imaging-report"], date="2026-06-11", author="radiologist"), blocks=[
  ("lh", ["Flevoziekenhuis Almere", "Radiologie"], ["Onderzoeksdatum 11-06-2026"]),
  ("kv", [("Patiënt", "Mol, R.J. (16-06-1976)"), ("Aanvrager", "huisarts A. Heijink"), ("Onderzoek", "X-pols links AP/lat")]),
  ("p", "Klinische informatie: st.n. ganglionexcisie 2022, recidief zwelling.\nBevindingen: normale stand van de carpalia, geen verwijding van het SL-interval, geen artrose, geen kalkhaarden. Weke delen zwelling dorsaal.\nConclusie: geen ossale afwijkingen.\n\nE. Baldewsingh, radioloog"),
 ]),
])
