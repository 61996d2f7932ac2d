#!/usr/bin/env python3
"""Generate the sentence corpus sj.toml (imaging_done / operated / treated_abroad).

Each entry: (text, variant, imaging_done, operated, treated_abroad, phenomenon)
Codes: Y = yes, N = no, U = unmentioned.
variant: nl (Netherlands), be (Flemish), gb, us, int (English, international),
de, ch, at (German, Germany / Switzerland / Austria). Only lang goes into the TOML.
All people, practices and hospitals are invented.
"""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sentences", "sj.toml")
NOTES = os.path.join(HERE, "NOTES.md")

S = [
# ---------------------------------------------------------------- Dutch (NL)
("Z.n. carpaletunnelrelease rechts (2023, Maasduin Ziekenhuis).", "nl", "U", "Y", "U", "abbreviation; procedure-name"),
("St. na ORIF distale radius li. 03-2025, plaat nog in situ.", "nl", "U", "Y", "U", "abbreviation; procedure-name"),
("Aan de aangedane hand heeft zij nooit een operatie ondergaan.", "nl", "U", "N", "U", "negation"),
("Tot op heden is de pols niet radiologisch onderzocht.", "nl", "N", "U", "U", "negation"),
("Röntgenfoto pols rechts (12-02-2026): geen fractuur, geen luxatie.", "nl", "Y", "U", "U", "negated-finding"),
("Echografie: geen ganglion aantoonbaar, wel tenosynovitis van de eerste extensorloge.", "nl", "Y", "U", "U", "negated-finding"),
("Beleid: MRI pols aangevraagd, retour poli na uitslag.", "nl", "U", "U", "U", "plan"),
("Wij hebben patiënte een trapeziectomie aangeboden; zij wil hier nog over nadenken.", "nl", "U", "U", "U", "offer; procedure-name"),
("Patiënt ziet af van de voorgestelde artrodese.", "nl", "U", "U", "U", "refusal; procedure-name"),
("Vraagstelling: is een operatie nog zinvol na twee jaar klachten?", "nl", "U", "U", "U", "question"),
("Indien de klachten persisteren, valt een denervatie van de pols te overwegen.", "nl", "U", "U", "U", "conditional; procedure-name"),
("Zijn broer is vorig jaar aan beide handen geopereerd wegens Dupuytren.", "nl", "U", "U", "U", "other-person"),
("St. na appendectomie (2009) en sectio caesarea (2014).", "nl", "U", "U", "U", "other-body-part; abbreviation"),
("Tijdens een vakantie in Portugal gevallen op de uitgestrekte hand; daar geen arts bezocht.", "nl", "U", "U", "N", "holiday-abroad; negation"),
("Na een val op de skipiste in Oostenrijk pas thuis op onze SEH gezien; X-pols toonde een scafoïdfractuur.", "nl", "Y", "U", "N", "accident-abroad-care-nl"),
("In augustus 2025 opgenomen geweest in een ziekenhuis in Alanya na een scooterongeluk.", "nl", "U", "U", "Y", "place-city"),
("Patiënt woont sinds 2018 in het zuiden van Spanje en komt voor controles naar Nederland.", "nl", "U", "U", "U", "living-abroad"),
("Afdeling Plastische, Reconstructieve en Handchirurgie", "nl", "U", "U", "U", "name-not-event; letterhead"),
("Huisartsenpraktijk Over de Grens, Kerkrade", "nl", "U", "U", "U", "name-not-event"),
("Eerdere operaties aan hand/pols: ja — CMC-1 artrodese li. 2021", "nl", "U", "Y", "U", "form-field; procedure-name"),
("Beeldvorming verricht: nee", "nl", "N", "U", "U", "form-field"),
("Gevraagd onderzoek: ☒ MRI pols rechts ☐ CT ☐ echo", "nl", "U", "U", "U", "tick-box; request"),
("Opname in buitenlands ziekenhuis afgelopen 2 maanden: nee", "nl", "U", "U", "N", "form-field"),
("Opname in buitenlands ziekenhuis afgelopen 2 maanden: ja (Agadir, Marokko)", "nl", "U", "U", "Y", "form-field; place-city"),
("Reeds verricht aanvullend onderzoek: ☒ röntgen ☐ echo ☐ MRI ☐ CT", "nl", "Y", "U", "U", "tick-box"),
("Eerder geopereerd aan deze hand: ☐ ja ☒ nee", "nl", "U", "N", "U", "tick-box"),
("Geen operatie gehad, wel een röntgenfoto en een corticosteroïdinjectie.", "nl", "Y", "N", "U", "negation-scope; non-surgical-treatment"),
("Behalve een echo van de pols is er geen beeldvorming gedaan.", "nl", "Y", "U", "U", "negation-scope"),
("Geen andere ingrepen dan de ganglionextirpatie in 2022.", "nl", "U", "Y", "U", "negation-scope; procedure-name"),
("Nooit geopereerd, behalve aan de meniscus links.", "nl", "U", "N", "U", "negation-scope; other-body-part"),
("Patiënt ontkent eerdere operaties en opnames in het buitenland.", "nl", "U", "N", "N", "negation"),
("EMG (15-01-2026): ernstig carpaletunnelsyndroom rechts.", "nl", "U", "U", "U", "non-imaging-test"),
("Patiënt liet op zijn telefoon foto's van de zwelling zien.", "nl", "U", "U", "U", "homonym"),
("Zie bijgevoegd verslag van de CT-scan van 4 maart.", "nl", "Y", "U", "U", "presupposition"),
("Het OK-verslag van de A1-klieving volgt per post.", "nl", "U", "Y", "U", "presupposition; procedure-name; abbreviation"),
("Graag ontvangen wij de röntgenfoto's op cd, indien deze gemaakt zijn.", "nl", "U", "U", "U", "request; conditional"),
("De geplande CTS-release van 14 april is niet doorgegaan.", "nl", "U", "N", "U", "cancelled-plan; abbreviation"),
("Patiënt staat op de wachtlijst voor een proximale rij carpectomie.", "nl", "U", "U", "U", "plan; procedure-name"),
("12-01-2026 S: sinds val 3 wk pijn in de snuifdoos. O: drukpijn. E: verd. scafoïdfractuur. P: X-pols + scafoïdserie.", "nl", "U", "U", "U", "journal-line; plan"),
("19-01-2026 Brief radiologie ontvangen: scafoïdserie zonder fractuur.", "nl", "Y", "U", "U", "journal-line; negated-finding"),
("L87 Ganglion pols — extirpatie 2019 (Amstelwijde Ziekenhuis)", "nl", "U", "Y", "U", "episode-list; procedure-name"),
("Voor zover bekend nooit beeldvorming van de hand gehad.", "nl", "N", "U", "U", "hedge; negation"),
("Mogelijk is destijds in Turkije een foto gemaakt; patiënte weet het niet meer.", "nl", "U", "U", "U", "hedge"),
("Patiënt is in 2024 in Duitsland aan de pols geopereerd (Klinikum Auenwald, Kassel).", "nl", "U", "Y", "Y", "place-hospital"),
("De fractuur is destijds in Benidorm met K-draden gefixeerd, daarna in Nederland ingegipst.", "nl", "U", "Y", "Y", "place-city; procedure-name"),
("Alle behandeling heeft in Nederland plaatsgevonden.", "nl", "U", "U", "N", "plain-event"),
("Haar dochter werd tijdens de vakantie in Griekenland opgenomen met een onderarmfractuur.", "nl", "U", "U", "U", "other-person; holiday-abroad"),
("Medicatie: omeprazol 20 mg 1dd, paracetamol zo nodig.", "nl", "U", "U", "U", "plain-irrelevant"),
("Geachte collega, hierbij verwijs ik u mevrouw De Ruijter-Baas voor een second opinion.", "nl", "U", "U", "U", "plain-irrelevant"),
("Conclusie: STT-artrose rechts, radiologisch bevestigd.", "nl", "Y", "U", "U", "plain-event"),
("De echo liet een ganglion van 8 mm aan de dorsale zijde zien.", "nl", "Y", "U", "U", "plain-event"),
("Zij onderging in maart een open carpaletunnelklieving.", "nl", "U", "Y", "U", "procedure-name"),
("03-06-2025 triggervingerrelease dig. III re.", "nl", "U", "Y", "U", "journal-line; procedure-name; abbreviation"),
("Operatieve behandeling wordt vooralsnog niet geadviseerd.", "nl", "U", "U", "U", "advice; negation"),
("Niet geopereerd vanwege MRSA-dragerschap.", "nl", "U", "N", "U", "negation"),
("Hij is niet in het buitenland opgenomen geweest, wel op vakantie in Thailand.", "nl", "U", "U", "N", "holiday-abroad; negation-scope"),
("Relevante voorgeschiedenis: 2023 distale radiusfractuur li., in gips behandeld; 2024 MRI pols: TFCC-laesie.", "nl", "Y", "U", "U", "form-field; non-surgical-treatment"),
("Recente behandelingen: injectie eerste extensorloge (jan. 2026), geen operatie.", "nl", "U", "N", "U", "form-field; negation"),
("Reden van verwijzing: aanhoudende pijn na plaatosteosynthese distale radius.", "nl", "U", "Y", "U", "form-field; procedure-name"),
("Het osteosynthesemateriaal is in 2025 verwijderd.", "nl", "U", "Y", "U", "procedure-name"),
("Sinds de artroscopie van de pols is de pijn eerder toegenomen.", "nl", "U", "Y", "U", "procedure-name; presupposition"),
("Gesloten repositie op de SEH en een onderarmgipsspalk.", "nl", "U", "U", "U", "non-surgical-treatment; abbreviation"),
("De fractuur werd percutaan met twee K-draden gefixeerd.", "nl", "U", "Y", "U", "procedure-name"),
("Controlefoto na 6 weken: fractuur geconsolideerd.", "nl", "Y", "U", "U", "plain-event"),
("Aanvullende beeldvorming is destijds niet nodig geacht en ook niet verricht.", "nl", "N", "U", "U", "negation"),
("Er zijn foto's gemaakt op de huisartsenpost, maar het verslag ontbreekt.", "nl", "Y", "U", "U", "plain-event"),
("Is patiënt in Spanje ook in een ziekenhuis geweest?", "nl", "U", "U", "U", "question"),
("Graag uw oordeel of een herhaalde CTS-release zinvol is.", "nl", "U", "Y", "U", "question; presupposition"),
("Recidief Dupuytren na fasciectomie in 2020.", "nl", "U", "Y", "U", "procedure-name"),
("MRI lumbale wervelkolom (2024): discushernia L5-S1.", "nl", "Y", "U", "U", "other-body-part"),
("Uitdraai journaal — Huisartsenpraktijk De Röntgenhof, Tilburg", "nl", "U", "U", "U", "name-not-event"),
("Route 64: Radiologie, begane grond.", "nl", "U", "U", "U", "name-not-event"),
("Afspraak: dinsdag 10 maart 2026 om 09:40, Dagbehandeling OK-complex, Maasduin Ziekenhuis", "nl", "U", "U", "U", "name-not-event; plan"),
("Aanvrager: drs. P. Holwerda, Orthopedie", "nl", "U", "U", "U", "radiology-header"),
("Onderzoek: MRI pols rechts zonder contrast — Datum onderzoek: 21-01-2026", "nl", "Y", "U", "U", "radiology-header"),
("Klinische gegevens: val op pols, scafoïdfractuur?", "nl", "U", "U", "U", "radiology-header; question"),
("Conclusie: op de MRI geen aanwijzingen voor een occulte scafoïdfractuur.", "nl", "Y", "U", "U", "negated-finding"),
("Verslag: normale botstructuur, geen erosies, gewrichtsspleten behouden.", "nl", "Y", "U", "U", "negated-finding; implicit-modality"),
("Dupuytren-contractuur dig. IV en V rechts, nog niet geopereerd.", "nl", "U", "N", "U", "negation; abbreviation"),
("Tijdens wintersport in Val Thorens gevallen; de polsfractuur is na terugkeer in Nederland geopereerd.", "nl", "U", "Y", "N", "accident-abroad-care-nl; place-city"),
("Na een val in Marrakech werd hij drie dagen opgenomen en aan de pols geopereerd.", "nl", "U", "Y", "Y", "place-city"),
("De Engelstalige ontslagbrief uit het buitenland is bijgevoegd.", "nl", "U", "U", "Y", "presupposition; letter-from-abroad"),
("MRSA-kweek volgt, gezien de opname in een Duits ziekenhuis in januari.", "nl", "U", "U", "Y", "plain-event"),
("Geen MRSA-screening nodig: patiënt is niet in een buitenlands ziekenhuis geweest.", "nl", "U", "U", "N", "negation"),
("In Suriname opgenomen geweest met een wondinfectie van de hand.", "nl", "U", "U", "Y", "place-country"),
("In 2024 is een MRI van de rechterpols gemaakt in het Zuiderhaven MC.", "nl", "Y", "U", "U", "plain-event"),
("Patiënt is in januari aan zijn linkerduim geopereerd.", "nl", "U", "Y", "U", "plain-event"),
("Ze is eerder in een Spaans ziekenhuis behandeld voor dezelfde klachten.", "nl", "U", "U", "Y", "plain-event"),
("Tweemaal geopereerd aan de pols, laatstelijk in 2025.", "nl", "U", "Y", "U", "plain-event"),
("St. na 2x infiltratie CMC-1, geen OK.", "nl", "U", "N", "U", "abbreviation; negation; non-surgical-treatment"),
("X-hand re (HAP): geen fractuur.", "nl", "Y", "U", "U", "abbreviation; negated-finding"),
("Behandeld op de spoedeisende hulp in Antwerpen; daar is een foto van de pols gemaakt.", "nl", "Y", "U", "Y", "place-city"),
("De pols is in het ziekenhuis in Aken gegipst.", "nl", "U", "U", "Y", "place-city; non-surgical-treatment"),
("Gezien op de SEH van het Amstelwijde Ziekenhuis, direct na terugkeer uit Turkije.", "nl", "U", "U", "N", "accident-abroad-care-nl"),
("Vraag: moet er na het verblijf in Egypte nog een MRSA-kweek worden afgenomen?", "nl", "U", "U", "U", "question; holiday-abroad"),
("Overweegt zich in België te laten opereren.", "nl", "U", "U", "U", "plan; place-country"),
("Hij is destijds in Duitsland aan zijn knie geopereerd; de pols is nooit geopereerd.", "nl", "U", "N", "Y", "other-body-part; negation-scope"),
("Geen operaties, geen opnames, geen verblijf in het buitenland.", "nl", "U", "N", "N", "negation"),
("Patiënte kreeg in het ziekenhuis van Hurghada een gipsspalk.", "nl", "U", "U", "Y", "place-city; non-surgical-treatment"),
("Beeldvorming: röntgen pols re 2-2025, MRI 11-2025.", "nl", "Y", "U", "U", "form-field"),
("Buitenland: vakantie Spanje mei 2026, geen medische zorg.", "nl", "U", "U", "N", "form-field; holiday-abroad"),
("Zie ook de brief van de orthopeed d.d. 03-03-2026 (na de MRI).", "nl", "Y", "U", "U", "presupposition"),
("3 weken post-OK (CTS-release) wondcontrole bij de praktijkondersteuner.", "nl", "U", "Y", "U", "abbreviation"),
("OK: CTR li. in dagbehandeling, 12-06-2025.", "nl", "U", "Y", "U", "abbreviation; procedure-name"),
("Verwezen door dr. M. Spanjaard, huisarts te Gouda.", "nl", "U", "U", "U", "name-not-event"),
# ---------------------------------------------------------------- Dutch (Flemish)
("Patiënt werd via de spoedgevallendienst van AZ Zeeveld opgenomen met een open polsfractuur.", "be", "U", "U", "Y", "place-hospital"),
("RX pols links: geen fractuurlijn weerhouden.", "be", "Y", "U", "U", "negated-finding; abbreviation"),
("Besluit: dorsaal ganglion, heelkundige excisie voorgesteld.", "be", "U", "U", "U", "offer"),
("Mevrouw werd op 14/02/2026 gehospitaliseerd in UZ Dijleveld voor een plaatosteosynthese van de pols.", "be", "U", "Y", "Y", "place-hospital; procedure-name"),
("Raadpleging handchirurgie: patiënte wenst voorlopig geen ingreep.", "be", "U", "U", "U", "refusal"),
("NMR van de pols toont een letsel van het TFCC.", "be", "Y", "U", "U", "abbreviation"),
("Echografie van de pols werd nog niet uitgevoerd.", "be", "N", "U", "U", "negation"),
("Ze werd niet geopereerd; conservatieve behandeling met een brace.", "be", "U", "N", "U", "negation; non-surgical-treatment"),
("Geboren °12/05/1971, wonende te Maaseik.", "be", "U", "U", "U", "living-abroad; plain-irrelevant"),
("Dr. L. Vandenbroucke, diensthoofd orthopedie, AZ Heidebloem Geel", "be", "U", "U", "U", "name-not-event; letterhead"),
("Er werd een CT-scan van de pols uitgevoerd op de dienst medische beeldvorming.", "be", "Y", "U", "U", "plain-event"),
("Status na osteosynthese van het scafoïd met een Herbert-schroef.", "be", "U", "Y", "U", "procedure-name"),
("Patiënt verblijft een half jaar aan de Belgische kust en een half jaar in Zeeland.", "be", "U", "U", "U", "living-abroad"),
("Verdere opvolging gebeurt in Nederland; in België enkel een eerste verzorging op de spoed.", "be", "U", "U", "Y", "negation-scope; place-country"),
("Gelieve patiënt bij hernieuwde klachten terug te verwijzen naar onze raadpleging.", "be", "U", "U", "U", "conditional; plain-irrelevant"),
("Geen heelkundige voorgeschiedenis.", "be", "U", "N", "U", "negation"),
("Er is geen medische beeldvorming gebeurd.", "be", "N", "U", "U", "negation"),
("Artroscopie van de pols gepland op 03/03/2026 in AZ Heidebloem.", "be", "U", "U", "U", "plan; place-hospital"),
("Verpleegd op de dienst heelkunde van 2/1 tot 5/1, daarna ontslag naar huis.", "be", "U", "U", "U", "name-not-event"),
("Na de spoedopname in Gent werd de patiënt door zijn huisarts in Breda verder opgevolgd.", "be", "U", "U", "Y", "place-city"),
# ---------------------------------------------------------------- English
("Dear Dr Okonkwo-Hale, I saw this 54-year-old joiner in the hand clinic today.", "gb", "U", "U", "U", "plain-irrelevant; implicit-location"),
("Diagnosis: right carpal tunnel syndrome, confirmed on nerve conduction studies.", "gb", "U", "U", "U", "non-imaging-test"),
("Plan: MRI of the left wrist; review in clinic in 6 weeks.", "gb", "U", "U", "U", "plan"),
("s/p R CTR 2022 with good relief until last spring.", "us", "U", "Y", "U", "abbreviation; procedure-name"),
("Hx: ORIF L distal radius fracture (volar plate), Málaga 2021.", "int", "U", "Y", "Y", "abbreviation; place-city"),
("Plain radiographs of the wrist show no acute bony injury.", "gb", "Y", "U", "U", "negated-finding"),
("No imaging has been performed to date.", "gb", "N", "U", "U", "negation"),
("He has never had surgery on either hand.", "gb", "U", "N", "U", "negation"),
("She denies previous wrist surgery or hospital admissions abroad.", "us", "U", "N", "N", "negation"),
("Listed for left trapeziectomy under regional block.", "gb", "U", "U", "U", "plan; procedure-name"),
("We discussed a surgical release, which he would like to consider.", "gb", "U", "U", "U", "offer"),
("She has declined surgery for now and prefers splinting.", "gb", "U", "U", "U", "refusal"),
("Question: would you consider a partial wrist fusion?", "int", "U", "U", "U", "question; procedure-name"),
("Should the symptoms recur, a revision decompression may be indicated.", "gb", "U", "Y", "U", "conditional; presupposition"),
("Past surgical history: laparoscopic cholecystectomy 2017, right knee arthroscopy 2019.", "gb", "U", "U", "U", "other-body-part"),
("Seen in A&E at Tamsworth Vale Hospital (North Wealdshire NHS Foundation Trust) after a fall.", "gb", "U", "U", "Y", "place-hospital; abbreviation"),
("X-rays taken in A&E were reported as normal.", "gb", "Y", "U", "U", "negated-finding"),
("Operation Note — Procedure: open A1 pulley release, right ring finger. Surgeon: Mr D. Farrow-Lisle.", "gb", "U", "Y", "U", "form-field; procedure-name"),
("MRI wrist (Dr Anwar Siddiq, consultant radiologist): no TFCC tear identified.", "gb", "Y", "U", "U", "negated-finding"),
("Imaging: none.", "gb", "N", "U", "U", "form-field"),
("Previous hand surgery: No", "int", "U", "N", "U", "form-field"),
("Hospital admission outside the Netherlands in the past 2 months: Yes — Faro, Portugal", "int", "U", "U", "Y", "form-field; place-city"),
("Hospital admission outside the Netherlands in the past 2 months: No", "int", "U", "U", "N", "form-field"),
("Imaging performed so far: [x] X-ray  [ ] Ultrasound  [ ] MRI  [x] CT", "int", "Y", "U", "U", "tick-box"),
("The patient lives in Luxembourg and works in Maastricht.", "int", "U", "U", "U", "living-abroad"),
("While on holiday in Crete he sprained his wrist but did not seek medical attention there.", "int", "U", "U", "N", "holiday-abroad; negation"),
("After a cycling accident in the Ardennes she was treated at her local hospital in Eindhoven.", "int", "U", "U", "N", "accident-abroad-care-nl; place-region"),
("He was admitted to Özel Kumsal Şifa Hastanesi in Antalya for two nights.", "int", "U", "U", "Y", "place-hospital"),
("DISCHARGE SUMMARY — Hospital Comarcal Punta del Moro, Tarragona. Admission 03/08/2026, discharge 05/08/2026.", "int", "U", "U", "Y", "letter-from-abroad; place-hospital"),
("Translated from French: the patient underwent K-wire fixation of the fifth metacarpal at Clinique Jardin d'Atlas, Marrakech.", "int", "U", "Y", "Y", "letter-from-abroad; place-hospital; procedure-name"),
("Ultrasound was not performed because the radiographs were conclusive.", "gb", "Y", "U", "U", "negation-scope"),
("A CT was requested but the patient did not attend.", "gb", "N", "U", "U", "plan; did-not-attend"),
("The scan showed a 6 mm ganglion arising from the scapholunate ligament.", "gb", "Y", "U", "U", "plain-event"),
("He underwent a four-corner fusion in 2023 at another centre.", "gb", "U", "Y", "U", "procedure-name"),
("Status post proximal row carpectomy, left.", "us", "U", "Y", "U", "abbreviation; procedure-name"),
("Thank you for seeing this lady, whom I am referring for a second opinion about her painful thumb base.", "gb", "U", "U", "U", "plain-irrelevant"),
("Yours sincerely, Ms H. Pennington-Rowe, Consultant Hand Surgeon", "gb", "U", "U", "U", "plain-irrelevant; name-not-event"),
("Department of Trauma & Orthopaedics, Tamsworth Vale Hospital", "gb", "U", "U", "U", "name-not-event; letterhead"),
("Radiology Department, St Aldhelm's Hospital — Request for imaging", "gb", "U", "U", "U", "name-not-event; request"),
("Managed non-operatively in a thumb spica cast for eight weeks.", "gb", "U", "N", "U", "non-surgical-treatment; negation"),
("Surgery was not felt to be indicated.", "gb", "U", "U", "U", "advice; negation"),
("The patient is on the waiting list at a private clinic in Marbella.", "int", "U", "U", "U", "plan; place-city"),
("He has lived in Dubai for ten years; all earlier hand treatment, including a carpal tunnel release, was done there.", "int", "U", "Y", "Y", "living-abroad; place-city"),
("Medications: amlodipine 5 mg OD, levothyroxine 75 mcg OD.", "gb", "U", "U", "U", "plain-irrelevant"),
("NHS number: 485 777 3291", "gb", "U", "U", "U", "plain-irrelevant"),
("US wrist: no ganglion seen.", "us", "Y", "U", "U", "abbreviation; homonym; negated-finding"),
("He was assessed at Harrowgate Bend Orthopedic Clinic in Houston last year; no imaging was done there.", "us", "N", "U", "Y", "place-hospital; negation-scope"),
("Pt denies prior hand surgery. No XR on file.", "us", "U", "N", "U", "abbreviation; absent-record"),
("Radiology report not available; the patient reports an X-ray was taken at urgent care.", "us", "Y", "U", "U", "reported-speech"),
("Procedure: arthroscopic TFCC repair, left wrist. Date of surgery: 14/05/2025.", "int", "U", "Y", "U", "form-field; procedure-name"),
("The scaphoid non-union was fixed with a headless compression screw and iliac crest graft.", "gb", "U", "Y", "U", "procedure-name"),
("He fractured his distal radius in Bali and was treated with closed reduction and casting in a local hospital.", "int", "U", "U", "Y", "place-region; non-surgical-treatment"),
("No history of hospital treatment abroad.", "int", "U", "U", "N", "negation"),
("If conservative measures fail, we would offer a Darrach procedure.", "us", "U", "U", "U", "conditional; offer; procedure-name"),
("Outcome: discharged to GP; no further imaging required.", "gb", "Y", "U", "U", "presupposition; negation"),
("She was not operated on at the time, as the fracture was undisplaced.", "gb", "U", "N", "U", "negation"),
("CT wrist 02/03/2026: united scaphoid waist fracture.", "gb", "Y", "U", "U", "plain-event"),
("Her husband had his wrist plated in Spain.", "int", "U", "U", "U", "other-person"),
("Past medical history: hypertension, type 2 diabetes, left total hip replacement (2018).", "gb", "U", "U", "U", "other-body-part"),
("The hand laceration was explored and the flexor tendon repaired in theatre.", "gb", "U", "Y", "U", "plain-event"),
("Referral source: Dr K. Mbeki-Larsen, Riverside Surgery, Tamsworth", "gb", "U", "U", "U", "name-not-event; homonym"),
("She attends the Surgery twice a week for dressing changes.", "gb", "U", "U", "U", "homonym"),
("Pre-op chest X-ray was normal.", "gb", "Y", "U", "U", "other-body-part; negated-finding"),
("Investigations: none so far.", "gb", "N", "U", "U", "form-field; negation"),
("He was treated for septic arthritis of the wrist at Mercy Saint Columba Hospital, Ohio, including two arthroscopic washouts.", "us", "U", "Y", "Y", "place-hospital; procedure-name"),
("Please forward any previous imaging and operation notes, if available.", "gb", "U", "U", "U", "request; conditional"),
("She is a Dutch national living in Cape Town; she has had no hospital care there for this problem.", "int", "U", "U", "N", "living-abroad; negation"),
("Ultrasound and MRI were both unremarkable.", "gb", "Y", "U", "U", "negated-finding"),
("No fracture was identified on the scaphoid series.", "gb", "Y", "U", "U", "negated-finding"),
("Awaiting surgery at Ludlow Lake Orthopedics, Milwaukee.", "us", "U", "U", "U", "plan; place-hospital"),
("The patient underwent open carpal tunnel release in Toronto in 2019 and has since moved to Utrecht.", "int", "U", "Y", "Y", "place-city; procedure-name"),
("She had an MRI of the wrist in March.", "gb", "Y", "U", "U", "plain-event"),
("He had his wrist operated on twice in 2024.", "gb", "U", "Y", "U", "plain-event"),
("Open reduction and internal fixation was performed on 4 June.", "us", "U", "Y", "U", "procedure-name"),
("She was treated at Hôpital Sainte-Aure in Lyon for an infected finger.", "int", "U", "U", "Y", "place-hospital"),
# ---------------------------------------------------------------- German
("Z.n. Karpaltunnelspaltung rechts 2022.", "de", "U", "Y", "U", "abbreviation; procedure-name"),
("Z.n. palmarer Plattenosteosynthese bei distaler Radiusfraktur links (04/2024).", "de", "U", "Y", "U", "abbreviation; procedure-name"),
("Röntgen Handgelenk links in 2 Ebenen: kein Frakturnachweis.", "de", "Y", "U", "U", "negated-finding"),
("MRT des Handgelenks ohne pathologischen Befund.", "de", "Y", "U", "U", "negated-finding"),
("Eine Bildgebung ist bisher nicht erfolgt.", "ch", "N", "U", "U", "negation"),
("Keine Voroperationen an der Hand.", "ch", "U", "N", "U", "negation"),
("Wir empfehlen eine operative Versorgung mittels Arthrodese.", "de", "U", "U", "U", "advice; procedure-name"),
("Die Patientin lehnt eine Operation derzeit ab.", "de", "U", "U", "U", "refusal"),
("Fragestellung: Skaphoidpseudarthrose?", "de", "U", "U", "U", "question"),
("Bei Persistenz der Beschwerden ist eine Denervation nach Wilhelm zu erwägen.", "de", "U", "U", "U", "conditional; procedure-name"),
("Der Ehemann der Patientin wurde vor zwei Jahren an der Hand operiert.", "de", "U", "U", "U", "other-person"),
("Z.n. Appendektomie und Cholezystektomie.", "at", "U", "U", "U", "other-body-part; abbreviation"),
("Der Patient wurde vom 03.02. bis 06.02.2026 im Kantonsspital Oberthal stationär behandelt.", "ch", "U", "U", "Y", "place-hospital"),
("Klinik für Hand-, Plastische und Rekonstruktive Chirurgie, Klinikum Auenwald", "de", "U", "U", "U", "name-not-event; letterhead"),
("Operationsbericht — Eingriff: Ringbandspaltung D3 rechts; Operateur: Dr. med. F. Lohbrügger", "de", "U", "Y", "U", "form-field; procedure-name"),
("Sonographisch kein Nachweis eines Ganglions.", "at", "Y", "U", "U", "negated-finding"),
("Procedere: Gipsruhigstellung für 6 Wochen, anschließend Röntgenkontrolle.", "de", "U", "U", "U", "plan; non-surgical-treatment"),
("Der niederländische Patient stellte sich nach einem Skiunfall in unserer Notaufnahme in Innsbruck vor.", "at", "U", "U", "Y", "place-city; letter-from-abroad"),
("Im Unfallkrankenhaus Salzachau erfolgten die Reposition und K-Draht-Osteosynthese.", "at", "U", "Y", "Y", "place-hospital; procedure-name"),
("Eine Behandlung im Ausland hat nicht stattgefunden.", "de", "U", "U", "N", "negation"),
("Die Patientin lebt seit 2020 in den Niederlanden und arbeitet in Aachen.", "de", "U", "U", "U", "living-abroad"),
("Während des Urlaubs in der Schweiz keine ärztliche Behandlung.", "de", "U", "U", "N", "holiday-abroad; negation"),
("Nach Rückkehr in die Niederlande wurde die Radiusfraktur dort operativ versorgt.", "de", "U", "Y", "N", "accident-abroad-care-nl"),
("Voroperationen: keine.", "de", "U", "N", "U", "form-field; negation"),
("Bildgebung: Röntgen, MRT (auswärts).", "de", "Y", "U", "U", "form-field; homonym"),
("Diagnosen: Rhizarthrose beidseits, radiologisch Stadium III nach Eaton.", "de", "Y", "U", "U", "implicit-modality"),
("Therapie: Resektionsarthroplastik des Daumensattelgelenks nach Epping am 12.03.2026.", "de", "U", "Y", "U", "procedure-name"),
("Beurteilung: im Röntgenbild keine Arthrose im Radiokarpalgelenk.", "de", "Y", "U", "U", "negated-finding"),
("Eine MRT wurde angefordert, aber vom Patienten abgesagt.", "de", "N", "U", "U", "cancelled-plan"),
("Ob eine Operation erfolgt ist, lässt sich den Unterlagen nicht entnehmen.", "de", "U", "U", "U", "hedge"),
("Wir bitten um Zusendung der auswärtigen Röntgenbilder.", "de", "Y", "U", "U", "request; presupposition"),
("Die Tochter der Patientin arbeitet als MTRA in unserer Radiologie.", "de", "U", "U", "U", "other-person; name-not-event"),
("Entlassungsbrief — stationärer Aufenthalt vom 11.07.2026 bis 14.07.2026, Kreiskrankenhaus Selbeck", "de", "U", "U", "Y", "letter-from-abroad; place-hospital"),
("Konservative Therapie mit Orthese, eine operative Therapie erfolgte nicht.", "de", "U", "N", "U", "negation; non-surgical-treatment"),
("Sturz auf Mallorca, Erstversorgung in der Clínica Cala Blava, Manacor.", "de", "U", "U", "Y", "place-hospital"),
("Arthroskopie des Handgelenks mit Débridement des TFCC (Spital Linthwiese, 2023).", "ch", "U", "Y", "Y", "place-hospital; procedure-name"),
("Keine Röntgenaufnahmen wegen Schwangerschaft in der 20. SSW.", "de", "N", "U", "U", "negation; abbreviation"),
("Neurographie: distale motorische Latenz des N. medianus deutlich verlängert.", "de", "U", "U", "U", "non-imaging-test"),
("Gelenkpunktion in Lokalanästhesie, kein Erregernachweis.", "at", "U", "U", "U", "non-surgical-treatment"),
("Hausarztpraxis Dr. Rönsch & Kollegen, Röntgenstraße 4, 52062 Aachen", "de", "U", "U", "U", "name-not-event"),
("Die handchirurgische Nachbehandlung erfolgt heimatnah in den Niederlanden.", "ch", "U", "U", "U", "plan"),
("Postoperative Röntgenkontrolle des Handgelenks: regelrechte Stellung, Implantat in situ.", "de", "Y", "Y", "U", "plain-event"),
("Eine Operation ist nicht indiziert.", "de", "U", "U", "U", "advice; negation"),
("Anamnestisch wurde die Patientin in der Türkei an der Hand operiert, Unterlagen liegen nicht vor.", "de", "U", "Y", "Y", "place-country; absent-record"),
("Die Patientin hat die Operation abgelehnt und wurde konservativ behandelt.", "at", "U", "N", "U", "refusal; non-surgical-treatment"),
("Letzter stationärer Aufenthalt: LKH Gurktal-Mitte, 09/2025.", "at", "U", "U", "Y", "form-field; place-hospital"),
("Wir sahen den Patienten heute in unserer handchirurgischen Sprechstunde.", "de", "U", "U", "U", "plain-irrelevant; implicit-location"),
("Sonografie des Handgelenks am 05.05.2026: dorsales Ganglion, 9 mm.", "de", "Y", "U", "U", "plain-event"),
("Der Patient wurde 2025 an der Hand operiert und ist seither beschwerdefrei.", "ch", "U", "Y", "U", "plain-event"),
("CT-Befund vom 14.01.2026: knöchern konsolidierte Skaphoidfraktur.", "ch", "Y", "U", "U", "plain-event"),
]

LANG = {"nl": "nl", "be": "nl", "gb": "en", "us": "en", "int": "en", "de": "de", "ch": "de", "at": "de"}
VAL = {"Y": "yes", "N": "no", "U": "unmentioned"}


def q(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    out = ["# Sentence corpus: imaging_done / operated / treated_abroad.",
           "# Generated by make_sj.py; all people, practices and hospitals are invented.", ""]
    seen = set()
    for text, var, img, op, ab, ph in S:
        assert text not in seen, text
        seen.add(text)
        out += ["[[sentence]]",
                f"text = {q(text)}",
                f"lang = {q(LANG[var])}",
                f"imaging_done = {q(VAL[img])}",
                f"operated = {q(VAL[op])}",
                f"treated_abroad = {q(VAL[ab])}",
                f"phenomenon = {q(ph)}",
                ""]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))

    # counts for NOTES.md
    n = len(S)
    lang = Counter(LANG[v] for _, v, *_ in S)
    var = Counter(v for _, v, *_ in S)
    facts = {name: Counter(VAL[r[i]] for r in S) for i, name in
             ((2, "imaging_done"), (3, "operated"), (4, "treated_abroad"))}
    tags = Counter(t.strip() for r in S for t in r[5].split(";"))
    all_unm = sum(1 for r in S if r[2] == r[3] == r[4] == "U")
    lines = ["# Sentence corpus sj: notes", "",
             "Generated by `make_sj.py` (which holds the texts) into `sentences/sj.toml`.",
             "All people, practices and hospitals are invented; cities, regions and countries are real.", "",
             f"Total sentences: {n}", "",
             "## Per language", "",
             "| lang | count | share |", "|---|---|---|"]
    for k in ("nl", "en", "de"):
        lines.append(f"| {k} | {lang[k]} | {100*lang[k]/n:.0f} % |")
    lines += ["", "Regional variants (not in the TOML): " + ", ".join(
        f"{k} {var[k]}" for k in ("nl", "be", "gb", "us", "int", "de", "ch", "at")) +
        " (be = Flemish; gb/us/int = English; ch/at = Swiss/Austrian German).", "",
        "## Per label value", "",
        "| fact | yes | no | unmentioned |", "|---|---|---|---|"]
    for name, c in facts.items():
        lines.append(f"| {name} | {c['yes']} | {c['no']} | {c['unmentioned']} |")
    lines += ["", f"Sentences with all three facts unmentioned: {all_unm}.", "",
              "## Phenomenon tags (a sentence may carry several)", "",
              "| tag | count |", "|---|---|"]
    for t, c in sorted(tags.items(), key=lambda x: (-x[1], x[0])):
        lines.append(f"| {t} | {c} |")
    lines += ["", "## Labelling conventions", "",
        "- Facts are judged from the sentence alone, by the definitions in label_format.md.",
        "- `imaging_done`: any X-ray/ultrasound/CT/MRI of the patient, any body part (the definition is not "
        "limited to the hand; e.g. chest X-ray, lumbar MRI = yes, tagged other-body-part). A negated finding "
        "of an exam (\"no fracture on X-ray\") = yes. A phrase presupposing an exam (\"zie bijgevoegd "
        "CT-verslag\", \"no further imaging\", \"auswärtige Röntgenbilder\") = yes. Plans, requests, refusals "
        "and questions = unmentioned. EMG / nerve conduction = not imaging. Phone photos = not imaging. "
        "\"No XR on file\" (record absent) = unmentioned. A requested exam that was cancelled / not attended = no.",
        "- `operated`: only the hand/wrist problem (thumb and fingers included). Procedure names without the "
        "word operation (CTR, ORIF, A1-klieving, Ringbandspaltung, K-draden, artroscopie, materiaalverwijdering) "
        "= yes. Presuppositions (\"herhaalde CTS-release\", \"revision decompression\") = yes. Offers, plans, "
        "waiting lists, advice, refusals alone = unmentioned; refusal plus conservative treatment, "
        "\"managed non-operatively\", \"nog niet geopereerd\", a cancelled planned operation = no. Injections, "
        "closed reduction and casting, joint puncture = not an operation (unmentioned). Other people's and "
        "other body parts' operations = unmentioned (or no when the hand is explicitly excluded).",
        "- `treated_abroad`: yes when a hospital or clinic outside the Netherlands (ED included) treated or "
        "admitted the patient, named by country, city, region or hospital name only (AZ/UZ = Belgium, "
        "Klinikum/Kreiskrankenhaus = Germany, Kantonsspital/Spital = Switzerland, LKH/Unfallkrankenhaus = "
        "Austria, NHS Trust = UK), for any complaint. no when the sentence says care was in the Netherlands "
        "after an event abroad, a stay/holiday abroad without care, or denies foreign admissions. Living or "
        "travelling abroad alone = unmentioned. A mere Dutch hospital name without any contrast to abroad = "
        "unmentioned. A foreign letterhead or an \"our clinic\" sentence without a location = unmentioned. "
        "\"auswärts\" (= at another institution) is not abroad.",
        "- Name-not-event: department, practice, street and person names (Handchirurgie, Radiologie, "
        "Röntgenhof, Röntgenstraße, Over de Grens, Spaanse Polder, dr. Spanjaard, \"Riverside Surgery\" = a UK "
        "GP practice, dienst heelkunde) say nothing about events.",
        "- Scoped negation: a sentence denying one exam or one place (\"CT not attended\", \"no imaging was done "
        "there\", \"daar geen arts bezocht\") is labelled no, unless the same sentence affirms another exam or "
        "a foreign treatment (then yes).",
        "- Borderline cases deliberately avoided: ultrasound-guided injections, intra-operative fluoroscopy, "
        "foreign GPs / campsite doctors / dental clinics, Caribbean parts of the Kingdom.",
        ""]
    with open(NOTES, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print(n, dict(lang), dict(var))
    for name, c in facts.items():
        print(name, dict(c))


if __name__ == "__main__":
    main()
