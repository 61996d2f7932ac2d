#!/usr/bin/env python3
"""Write the sentence corpus si.toml (imaging_done / operated / treated_abroad).

Each entry: (text, lang, imaging_done, operated, treated_abroad, phenomenon)
Y = yes, N = no, U = unmentioned.  All people, practices and hospitals are invented.
See NOTES.md for the labelling conventions.
"""
import json
import pathlib
import tomllib
from collections import Counter

Y, N, U = "yes", "no", "unmentioned"

S = [
    # ------------------------------------------------------------------ Dutch: plain events
    ("St. na CTS-release rechts (2023, Maasoever Ziekenhuis Venlo).", "nl", U, Y, N, "status-post; nl-place"),
    ("Op 3 februari werd een MRI van de rechterpols verricht; hierop een TFCC-laesie type 1B.", "nl", Y, U, U, "plain-event"),
    ("Echo li pols: ganglion dorsaal, 1,2 cm, geen vascularisatie.", "nl", Y, U, U, "abbreviation; radiology-line"),
    ("Onderzoek: X-hand rechts AP/schuin\nDatum onderzoek: 02-10-2025", "nl", Y, U, U, "form-field; radiology-header"),
    ("Ingreep: open repositie en interne fixatie distale radius links met volaire hoekstabiele plaat.", "nl", U, Y, U, "procedure-name; op-report-field"),
    ("Patiënte onderging in 2019 een trapeziectomie links wegens CMC-1 artrose.", "nl", U, Y, U, "historical; procedure-name"),
    ("L93 Tendovaginitis stenosans D3 re – st.n. ringbandkliefing 11-2024", "nl", U, Y, U, "icpc; status-post"),
    ("Status na ORIF dist. radius re (2022), OSM verwijderd in 2023.", "nl", U, Y, U, "status-post; abbreviation"),
    ("In Gasthuis Ter Linde is door dr. Kromhout een partiële fasciëctomie D4/D5 links verricht.", "nl", U, Y, U, "procedure-name; hospital-without-place"),
    ("Poli plastische chirurgie 05-06-2025: littekens na eerdere pezenhechting flexoren D2 re rustig.", "nl", U, Y, U, "implicit-event; department-name"),
    ("Aanvullend onderzoek: CT pols links (12-01-2026) toont een non-union van het scaphoïd met sclerose van de proximale pool.", "nl", Y, U, U, "plain-event; letter-section"),
    ("Sinds de artroscopie van de pols in september houdt zij last van de ulnaire zijde.", "nl", U, Y, U, "implicit-event; subordinate-clause"),
    ("Op de controlefoto: status na osteosynthese van het scaphoïd met een Herbertschroef, materiaal in situ zonder tekenen van loslating.", "nl", Y, Y, U, "mixed; status-post; radiology"),
    ("Het echoverslag van Echocentrum Zuidkade zit niet bij de stukken, de echo is wel in januari gemaakt.", "nl", Y, U, U, "mention-of-document; missing-report"),
    ("Opnamediagnose: flexorpeesletsel D3 re zone II.\nIngreep: primaire peesnaad FDP en FDS (15-07-2025)", "nl", U, Y, U, "discharge-letter; procedure-name"),
    ("Complicaties: geen. Peroperatieve doorlichting: goede positie van plaat en schroeven.", "nl", Y, Y, U, "op-report; fluoroscopy"),

    # ------------------------------------------------------------------ Dutch: negation
    ("Er is nooit beeldvorming verricht.", "nl", N, U, U, "negation; nooit"),
    ("Patiënt is nooit aan de hand geopereerd.", "nl", U, N, U, "negation; nooit"),
    ("Geen trauma, geen eerdere operaties, geen beeldvorming tot nu toe.", "nl", N, N, U, "negation-list"),
    ("Beeldvorming: geen", "nl", N, U, U, "form-field; negation"),
    ("Voor zover bekend is er tot op heden geen enkele foto, echo of MRI van de pols gemaakt, en evenmin een operatieve behandeling ingezet.", "nl", N, N, U, "negation-long-scope; list"),
    ("Geen OK in de voorgeschiedenis.", "nl", U, N, U, "negation; abbreviation"),
    ("Nooit opgenomen geweest, ook niet in het buitenland.", "nl", U, U, N, "negation; nooit; abroad-word"),
    ("Patiënte is niet geopereerd, wel tweemaal geïnjecteerd met corticosteroïden in de eerste extensorenloge.", "nl", U, N, U, "negation; injection-not-operation"),
    ("Geen röntgenfoto gemaakt omdat er klinisch geen verdenking op een fractuur was, wel een echo door de sportarts.", "nl", Y, U, U, "negation-scope; mixed-modalities"),
    ("Aanvullend onderzoek: niet verricht", "nl", N, U, U, "form-field; negation"),
    ("Van een eerdere ingreep aan deze pols is mij niets bekend.", "nl", U, U, U, "unknown-not-negation"),

    # ------------------------------------------------------------------ Dutch: negated findings (exam done)
    ("Op de X-pols geen aanwijzingen voor een fractuur of luxatie.", "nl", Y, U, U, "negated-finding"),
    ("MRI: geen afwijkingen van het TFCC, geen bone bruise, geen hydrops.", "nl", Y, U, U, "negated-finding; list"),
    ("Echografisch geen ganglion aangetoond.", "nl", Y, U, U, "negated-finding"),
    ("Conclusie: geen aanwijzingen voor een scaphoïdfractuur. Bij persisterende klinische verdenking kan een MRI worden overwogen.", "nl", Y, U, U, "negated-finding; plan"),

    # ------------------------------------------------------------------ Dutch: plans, offers, advice, questions, conditionals
    ("Beleid: MRI pols re aanvragen, daarna terug op de poli.", "nl", U, U, U, "plan"),
    ("Wij hebben patiënte een carpaletunnelrelease aangeboden; zij wil hier nog over nadenken.", "nl", U, U, U, "offer"),
    ("Vraagstelling: is een operatieve behandeling van de scaphoïd-pseudartrose zinvol, en zo ja welke?", "nl", U, U, U, "question; form-field"),
    ("Graag uw oordeel of aanvullende beeldvorming (CT) geïndiceerd is.", "nl", U, U, U, "request"),
    ("Indien de klachten na zes weken spalk persisteren, komt zij in aanmerking voor een ringbandkliefing.", "nl", U, U, U, "conditional"),
    ("Mocht er in het buitenland een foto zijn gemaakt, wilt u die dan meesturen?", "nl", U, U, U, "conditional; abroad-word"),
    ("Patiënt staat op de wachtlijst voor een Dupuytren-operatie.", "nl", U, U, U, "plan; waiting-list"),
    ("Verwezen voor operatieve behandeling van de CMC-1 artrose.", "nl", U, U, U, "referral-for-treatment"),
    ("Operatie is geïndiceerd; patiënt wil eerst een second opinion.", "nl", U, U, U, "indication"),
    ("P: bij onvoldoende effect verw. handchirurg voor evt. release.", "nl", U, U, U, "soep; conditional; abbreviation"),
    ("Patiënt vraagt zelf om een MRI, omdat hij op internet las dat je daar meer op ziet.", "nl", U, U, U, "request-by-patient"),
    ("E: verdenking occulte scaphoïdfractuur. P: gips, over 10 dagen foto herhalen.", "nl", Y, U, U, "soep; plan; presupposition-repeat"),
    ("Geen indicatie voor beeldvorming.", "nl", U, U, U, "indication-not-event"),

    # ------------------------------------------------------------------ Dutch: declined / cancelled / pending
    ("De geplande artrodese is op verzoek van patiënt afgezegd.", "nl", U, N, U, "cancelled"),
    ("Patiënte zag af van de voorgestelde operatie en koos voor handtherapie.", "nl", U, N, U, "declined"),
    ("MRI werd niet verricht wegens claustrofobie.", "nl", N, U, U, "negation; reason"),
    ("De OK is tweemaal uitgesteld in verband met een huidinfectie en heeft nog niet plaatsgevonden.", "nl", U, N, U, "postponed"),
    ("MRI is op 20 februari gemaakt, het verslag volgt nog.", "nl", Y, U, U, "pending-result"),
    ("Uitslag echo nog niet binnen.", "nl", Y, U, U, "pending-result; implicit"),
    ("CT aangevraagd, patiënt heeft nog geen afspraak gekregen.", "nl", N, U, U, "pending-not-done"),
    ("Patiënt weigerde de voorgestelde röntgenfoto, hij wilde ‘geen straling’.", "nl", N, U, U, "declined"),

    # ------------------------------------------------------------------ Dutch: historical
    ("In 2008 fractuur rechterpols, destijds gipsbehandeling, geen operatie.", "nl", U, N, U, "historical; negation"),
    ("Als kind (1995) een pees van de duim laten hechten na een snijwond met een glasscherf.", "nl", U, Y, U, "historical; tendon-repair"),
    ("Oude foto's uit 2014 tonen al beginnende artrose van het STT-gewricht.", "nl", Y, U, U, "historical"),
    ("Voorgeschiedenis:\n1998 ganglionextirpatie pols li\n2011 hysterectomie", "nl", U, Y, U, "historical; list; form-field"),

    # ------------------------------------------------------------------ Dutch: other people / other body parts
    ("Moeder en zus zijn beiden geopereerd aan de ziekte van Dupuytren.", "nl", U, U, U, "other-person"),
    ("Haar echtgenoot werd vorig jaar in Spanje opgenomen na een hartinfarct.", "nl", U, U, U, "other-person; abroad"),
    ("Besproken met collega-radioloog dr. Ooms: de MRI-beelden passen bij de ziekte van Kienböck.", "nl", Y, U, U, "colleague; implicit-event"),
    ("Mijn collega orthopeed opereerde patiënte in 2021 aan de linkerpols (artroscopie en débridement).", "nl", U, Y, U, "colleague-performed"),
    ("Voorgeschiedenis: 2017 appendectomie, 2020 sectio caesarea.", "nl", U, U, U, "other-body-part"),
    ("St. na TKP rechts 2022.", "nl", U, U, U, "other-body-part; status-post"),
    ("Schouderartroscopie links in 2024 wegens impingement; de MRI van de schouder was toen afwijkend.", "nl", Y, U, U, "other-body-part; imaging-any-site"),
    ("Behandeld voor een hernia L5-S1, niet geopereerd.", "nl", U, U, U, "other-body-part; negation"),
    ("De kleindochter, die in Portugal woont, is daar aan haar pols geopereerd.", "nl", U, U, U, "other-person; abroad"),

    # ------------------------------------------------------------------ Dutch: departments / names / addresses
    ("Aan: Afdeling Plastische, Reconstructieve en Handchirurgie\nt.a.v. dr. L. Vermaat", "nl", U, U, U, "department-name; addressee"),
    ("Centrum voor Medische Beeldvorming Lindewerf – Parkweg 14, 2033 KL Haarlem", "nl", U, U, U, "department-name; letterhead"),
    ("Huisartsenpraktijk De Snijder – P. Snijders en M. Opheij, huisartsen", "nl", U, U, U, "practice-name"),
    ("Aanvrager: H.J. Wolters, orthopedisch chirurg, Orthopedie / Handchirurgie", "nl", U, U, U, "form-field; requester"),
    ("Bureau Buitenlandse Patiënten – Opnameplanning, Ziekenhuis De Wielewaal", "nl", U, U, U, "department-name; abroad-word"),
    ("Röntgenstraat 12, 5611 AB Eindhoven", "nl", U, U, U, "address; imaging-word"),
    ("Specialisme: Plastische chirurgie – Product: Second opinion handchirurgie", "nl", U, U, U, "zorgdomein; department-name"),
    ("Fysiotherapie & Handtherapie Operatieweg, Operatieweg 3, Zwolle", "nl", U, U, U, "address; surgery-word"),

    # ------------------------------------------------------------------ Dutch: treated abroad
    ("Zij werd tijdens een vakantie in Alicante opgenomen in de Clínica San Telmo del Mar en daar geopereerd (K-draden distale radius).", "nl", U, Y, Y, "abroad-hospital; mixed"),
    ("Eerste opvang op de SEH van een ziekenhuis in Antalya; daar werd een spalk aangelegd.", "nl", U, U, Y, "abroad-city; emergency"),
    ("Na een val in Marrakech is hij in de Clinique Atlas Nour aan de rechterhand geopereerd; het operatieverslag (Frans) is bijgevoegd.", "nl", U, Y, Y, "abroad-hospital; foreign-document"),
    ("Patiënte woont in Maastricht maar is in Luik, in het CHR Meuse-Ouest, behandeld.", "nl", U, U, Y, "abroad-city; border"),
    ("Opname op Curaçao (2025) wegens cellulitis van de hand, i.v. antibiotica.", "nl", U, U, Y, "abroad-kingdom; unsure"),
    ("Bijgevoegd de vertaalde ontslagbrief van het ziekenhuis in Izmir, waar hij vijf dagen opgenomen was.", "nl", U, U, Y, "foreign-document; abroad-city"),
    ("De Belgische orthopeed, dr. Vanhoutte, heeft in juni een MRI laten maken in zijn ziekenhuis in Gent.", "nl", Y, U, Y, "foreign-doctor; mixed"),
    ("Graag MRSA-screening via de huisarts, gezien de recente opname in Turkije.", "nl", U, U, Y, "mrsa-context; abroad"),
    ("In Duitsland (Klinikum Rheinhöhe, Bonn) werden een CT en een ORIF verricht; de nacontrole vond plaats bij ons in Nijmegen.", "nl", Y, Y, Y, "mixed; abroad-hospital"),
    ("Hij werkte op een booreiland voor de Noorse kust en werd na een beknelling per helikopter naar het ziekenhuis in Bergen gebracht.", "nl", U, U, Y, "working-abroad-with-care"),
    ("De wond werd in een privékliniek op Phuket gehecht; daar is ook een röntgenfoto gemaakt om glassplinters uit te sluiten.", "nl", Y, U, Y, "abroad-clinic; wound-suture"),

    # ------------------------------------------------------------------ Dutch: accident abroad, care in NL / abroad without care
    ("Tijdens de wintersport in Oostenrijk gevallen; zij is pas na thuiskomst op de SEH in Apeldoorn gezien, waar de foto een distale radiusfractuur toonde.", "nl", Y, U, N, "accident-abroad-care-nl"),
    ("Ski-ongeval in Zwitserland, ter plaatse geen arts bezocht; de volgende dag in Nederland gegipst.", "nl", U, U, N, "accident-abroad-care-nl"),
    ("Patiënt werkt doordeweeks in Duitsland als monteur.", "nl", U, U, U, "working-abroad"),
    ("Zij verbleef drie maanden in Australië en heeft daar geen medische zorg nodig gehad.", "nl", U, U, N, "abroad-no-care"),
    ("Patiënte is verpleegkundige in een ziekenhuis in Aken.", "nl", U, U, U, "working-in-foreign-hospital"),
    ("Dr. Rahimi, plastisch chirurg in ons ziekenhuis te Leiden, verrichtte de release.", "nl", U, Y, N, "foreign-sounding-doctor; nl-place"),
    ("Door een Franse huisarts op de camping gezien, die een mitella gaf; geen ziekenhuisbezoek.", "nl", U, U, N, "abroad-no-hospital"),
    ("Patiënt is half Marokkaans en gaat elke zomer naar familie in Nador.", "nl", U, U, U, "abroad-family-visits"),

    # ------------------------------------------------------------------ Dutch: form fields
    ("OK: ja ☒  nee ☐", "nl", U, Y, U, "form-field; tick-box"),
    ("Operatie hand/pols in voorgeschiedenis?   ☐ ja   ☒ nee", "nl", U, N, U, "form-field; tick-box"),
    ("Opname in buitenlands ziekenhuis afgelopen 2 maanden: nee", "nl", U, U, N, "form-field"),
    ("MRSA-risico: ☒ behandeld in een ziekenhuis buiten Nederland", "nl", U, U, Y, "form-field; tick-box"),
    ("Röntgen: n.v.t.", "nl", N, U, U, "form-field; nvt-unsure"),
    ("Beeldvorming:", "nl", U, U, U, "form-field; empty"),
    ("Verricht aanvullend onderzoek:  Echo ☒   MRI ☐   CT ☐   Röntgen ☒", "nl", Y, U, U, "form-field; tick-box"),
    ("Eerder geopereerd: ja, zie bijlage (OK-verslag 14-05-2025)", "nl", U, Y, U, "form-field; mention-of-document"),
    ("Buitenland: vakantie Turkije 2025, geen ziekenhuiscontact", "nl", U, U, N, "form-field; abroad-no-care"),
    ("Recente behandelingen\nCTS-release li 10/2025 (Ziekenhuis De Wielewaal)", "nl", U, Y, U, "zorgdomein; two-column"),
    ("Beeldvorming aanwezig op cd?  ☐ ja  ☐ nee", "nl", U, U, U, "form-field; unticked"),
    ("Operatie gepland: ☒", "nl", U, U, U, "form-field; plan"),
    ("Ziekenhuisopname buitenland: ja – Hospital Comarcal del Ter, Girona (aug. 2025)", "nl", U, U, Y, "form-field; abroad-hospital"),

    # ------------------------------------------------------------------ Dutch: mixed
    ("Geen foto's, wel een operatie: in 2020 een ganglionextirpatie dorsaal rechts.", "nl", N, Y, U, "mixed; negation"),
    ("Na de MRI (maart 2025) is geen operatie verricht; zij werd naar de handtherapeut verwezen.", "nl", Y, N, U, "mixed"),
    ("Alle zorg vond in Nederland plaats: röntgenfoto's in het Sint Bavonius Ziekenhuis, geen ingreep.", "nl", Y, N, N, "mixed; all-three"),
    ("Geopereerd in Nederland, nooit in het buitenland behandeld, nooit een scan gehad.", "nl", N, Y, N, "mixed; all-three; negation"),

    # ------------------------------------------------------------------ Dutch: HIS journal / SOEP
    ("03-09-2025 S: tintelingen D1-D3 re, 's nachts erger. O: Tinel +, Phalen +. E: N93 carpaletunnelsyndroom. P: nachtspalk, uitleg.", "nl", U, U, U, "soep; clinical-words"),
    ("17-10-2025 P: verw. neuroloog voor EMG; evt. daarna handchirurg.", "nl", U, U, U, "soep; emg-not-imaging"),
    ("21-01-2026 E: st.n. CTS-OK re, restklachten. P: brief naar plastisch chirurg.", "nl", U, Y, U, "soep; status-post"),
    ("08-12-2025 Verslag OK ontvangen: CTS-release li ongecompliceerd verlopen.", "nl", U, Y, U, "his; mention-of-document"),
    ("Episodelijst: L92 Schoudersyndroom; L87 Ganglion pols re; K86 Hypertensie", "nl", U, U, U, "icpc; episode-list"),
    ("E: malletvinger D4 li. P: stack-spalk 8 wk, geen foto nodig.", "nl", U, U, U, "soep; indication-not-event"),
    ("Klinische gegevens: st.n. val op uitgestrekte hand, vraag fractuur?", "nl", U, U, U, "status-post-trauma; question"),
    ("14-03-2026 Brief specialist ontvangen: X-scaphoid li geen fractuur, gips 2 wk.", "nl", Y, U, U, "his; negated-finding"),
    ("Foto's van de hand (door patiënte met haar telefoon gemaakt) zijn bijgevoegd.", "nl", U, U, U, "clinical-photos-not-imaging"),
    ("MRSA-kweek neus/keel/perineum: negatief.", "nl", U, U, U, "mrsa-result; distractor"),
    ("Patiënt wil graag weten of opereren zin heeft en vraagt of de foto's opnieuw bekeken kunnen worden.", "nl", Y, U, U, "question; presupposition-unsure"),
    ("Percutane naaldfasciotomie D5 re op de polikliniek (2024), recidief sinds de zomer.", "nl", U, Y, U, "minor-procedure-unsure"),
    ("Snijwond D2 li op de SEH gehecht, pees intact.", "nl", U, U, U, "wound-suture-not-operation"),

    # ------------------------------------------------------------------ Flemish
    ("Patiënte werd op onze spoedgevallendienst gezien; RX pols toonde een Colles-fractuur.", "nl", Y, U, U, "flemish; no-place"),
    ("Besluit: conservatieve behandeling met gipsspalk; geen heelkundige indicatie.", "nl", U, U, U, "flemish; plan; indication"),
    ("Raadpleging handchirurgie – AZ Sint-Ermelinde Kortrijk – dr. K. Vandenbroucke", "nl", U, U, U, "flemish; letterhead"),
    ("Mevrouw Claes, ° 12/04/1968, onderging op 03/02/2026 in AZ Sint-Wivina te Brugge een open carpale tunnel release.", "nl", U, Y, Y, "flemish; abroad-hospital"),
    ("Er werd een NMR van de linkerpols verricht in het Heilig Bloed Ziekenhuis te Aalst, zonder afwijkingen.", "nl", Y, U, Y, "flemish; abroad-hospital; negated-finding"),
    ("De patiënt werd gehospitaliseerd op de dienst orthopedie van AZ Mariaberg, Genk, van 4 tot 9 januari.", "nl", U, U, Y, "flemish; abroad-hospital"),
    ("Na consultatie bij dr. Peeters werd geopteerd voor een afwachtende houding; een ingreep werd niet weerhouden.", "nl", U, U, U, "flemish; decision-not-to-operate"),
    ("Patiënt woont in Lanaken en werkt in Maastricht; tot nu toe enkel opgevolgd door de huisarts.", "nl", U, U, N, "flemish; border; gp-only"),
    ("Verwijzing naar uw raadpleging voor een tweede opinie; er werd nog geen beeldvorming verricht.", "nl", N, U, U, "flemish; negation"),
    ("Peroperatief: ganglion uitgaande van het scafolunair ligament, in toto verwijderd. Anatomopathologisch onderzoek volgt.", "nl", U, Y, U, "flemish; pathology-pending"),
    ("In 2019 in de Kliniek Ter Hoeve te Oostende geopereerd voor een trigger duim.", "nl", U, Y, Y, "flemish; abroad-hospital; historical"),
    ("Bij thuiskomst uit Frankrijk meldde hij zich op de spoedgevallen van het AZ Kempenheide in Lommel.", "nl", U, U, Y, "flemish; home-is-belgium"),
    ("Er is geen voorgeschiedenis van heelkundige ingrepen aan de hand.", "nl", U, N, U, "flemish; negation"),
    ("Op de dienst fysische geneeskunde van het AZ Mariaberg in Genk kreeg zij een infiltratie van de A1-pulley.", "nl", U, U, Y, "flemish; abroad-hospital; injection"),
    ("RX hand li dd. 14/01/2026: status na ORIF MC4, consolidatie.", "nl", Y, Y, U, "flemish; mixed; abbreviation"),
    ("Geen operatieve behandeling gehad, noch in België noch in Nederland.", "nl", U, N, U, "flemish; negation; country-names"),

    # ------------------------------------------------------------------ English
    ("She underwent a right carpal tunnel decompression at St Aldric's Hospital, Leeds, in March 2025.", "en", U, Y, Y, "uk; abroad-hospital"),
    ("Plain radiographs of the left wrist showed no fracture.", "en", Y, U, U, "negated-finding"),
    ("No imaging has been performed to date.", "en", N, U, U, "negation"),
    ("He has never had surgery on either hand.", "en", U, N, U, "negation; never"),
    ("There is no history of hospital admission abroad.", "en", U, U, N, "negation"),
    ("Plan: MRI right wrist, review in clinic with results.", "en", U, U, U, "plan"),
    ("I have offered her a trapeziectomy; she would like a second opinion first.", "en", U, U, U, "offer"),
    ("If symptoms persist despite splinting, we would consider a trigger finger release.", "en", U, U, U, "conditional"),
    ("OPERATION NOTE\nProcedure: Excision of dorsal wrist ganglion, right\nSurgeon: Mr R. Aldous, Consultant Hand Surgeon", "en", U, Y, U, "uk; op-note; form"),
    ("Discharge Summary – Harrowgate Vale NHS Foundation Trust: admitted 02/11/2025 with a distal radius fracture, manipulated under anaesthesia and K-wired.", "en", U, Y, Y, "uk; discharge; abroad-trust"),
    ("No evidence of scapholunate dissociation on the MRI.", "en", Y, U, U, "negated-finding; no-evidence-of"),
    ("s/p ORIF left distal radius (2021), hardware removed 2022.", "en", U, Y, U, "status-post; abbreviation"),
    ("She declined surgery and opted for a steroid injection.", "en", U, N, U, "declined"),
    ("His operation was cancelled on the day because of raised blood pressure and has not been rescheduled.", "en", U, N, U, "cancelled"),
    ("CT performed on 4 December; formal report awaited.", "en", Y, U, U, "pending-result"),
    ("Past surgical history: laparoscopic cholecystectomy 2016, left knee arthroscopy 2019.", "en", U, U, U, "other-body-part"),
    ("Department of Plastic Surgery & Hand Unit, Kingsmoor General Hospital", "en", U, U, U, "department-name; letterhead"),
    ("Seen in A&E at the Royal Wrenfield Infirmary, Glasgow: X-ray confirmed a fifth metacarpal neck fracture, treated with buddy strapping.", "en", Y, U, Y, "uk; abroad-hospital; mixed"),
    ("Dear Dr Visser, thank you for referring this 54-year-old lady, who fell while on holiday in Cornwall but did not seek medical attention until she was back in the Netherlands.", "en", U, U, N, "accident-abroad-care-nl"),
    ("Imaging: none", "en", N, U, U, "form-field; negation"),
    ("Previous hand surgery:  Yes ☒   No ☐", "en", U, Y, U, "form-field; tick-box"),
    ("Have you been admitted to a hospital outside the Netherlands in the last two months?  No", "en", U, U, N, "form-field; question-answered"),
    ("Would you please arrange an MRSA screen before we list her for surgery?", "en", U, U, U, "request; plan"),
    ("Operated in Istanbul in 2024 (Moda Hand and Microsurgery Centre); no operative notes available.", "en", U, Y, Y, "abroad-clinic; missing-document"),
    ("Following a fall in Tenerife she was treated at Hospital Santa Brígida del Norte, where a cast was applied after X-rays.", "en", Y, U, Y, "abroad-hospital; mixed"),
    ("The patient was seen by a locum doctor at the campsite in the Dordogne and given a sling; there was no hospital visit.", "en", U, U, N, "abroad-no-hospital"),
    ("Nerve conduction studies confirmed moderate CTS; no scans were done.", "en", N, U, U, "negation; emg-not-imaging"),
    ("Radiographs obtained at an urgent care center in Orlando, FL, showed a nondisplaced scaphoid waist fracture.", "en", Y, U, Y, "us; abroad-clinic"),
    ("Status post right thumb UCL repair (skier's thumb), Vail, Colorado, 2023.", "en", U, Y, Y, "us; status-post; place-implies-site"),
    ("Assessment & Plan:\n1. Right wrist pain – obtain MR arthrogram.\n2. Consider diagnostic arthroscopy.", "en", U, U, U, "us; plan"),
    ("She is a 38-year-old expat from Singapore who has received all her care at our hospital in Amsterdam.", "en", U, U, N, "expat; care-in-nl"),
    ("She had an MRI of her lumbar spine in 2022.", "en", Y, U, U, "other-body-part; imaging-any-site"),
    ("I am writing to refer Mr Jansen, a Dutch national living in Bristol, for a second opinion regarding persistent ulnar-sided wrist pain.", "en", U, U, U, "living-abroad; referral"),
    ("He was admitted under the orthopaedic team at Lindmere Hospital, Cork, and underwent washout of a septic flexor sheath.", "en", U, Y, Y, "ireland; abroad-hospital"),
    ("No fracture seen. No dislocation. Soft tissues unremarkable.", "en", Y, U, U, "radiology; negated-finding"),
    ("Radiology requested: XR wrist 2 views. Status: not yet performed.", "en", N, U, U, "pending-not-done"),
    ("Surgery:  ☐ yes  ☒ no", "en", U, N, U, "form-field; tick-box"),
    ("She has not travelled abroad recently.", "en", U, U, N, "negation; travel-unsure"),
    ("We reviewed the outside films, which show advanced SLAC wrist changes.", "en", Y, U, U, "us; outside-films"),
    ("Procedure performed: four-corner fusion with scaphoid excision, left wrist (08/14/2025).", "en", U, Y, U, "us; procedure-name"),
    ("The surgical department at Quillfield Memorial will send the op note directly to your office.", "en", U, Y, U, "mention-of-document; department-name"),
    ("No surgery, no injections, no imaging so far – only physiotherapy.", "en", N, N, U, "negation-list"),
    ("Patient reports a hand operation 'years ago in Morocco' but cannot recall any details.", "en", U, Y, Y, "patient-report; abroad"),
    ("She was reviewed in the Emergency Department at Wattlegrove Base Hospital, NSW, and an ultrasound excluded a tendon rupture.", "en", Y, U, Y, "australia; abroad-hospital"),
    ("He spends every winter in Spain; no medical problems while abroad.", "en", U, U, N, "abroad-no-care"),
    ("Her previous surgeon in Dubai performed a carpal tunnel release; she is unhappy with the result.", "en", U, Y, Y, "foreign-doctor; abroad"),
    ("Bone scan (Tc-99m) showed increased uptake in the lunate.", "en", Y, U, U, "scintigraphy-unsure"),
    ("Investigations: bloods normal; X-ray pending.", "en", U, U, U, "pending-ambiguous"),
    ("A wrist arthroscopy was planned, but she moved back to the Netherlands before it could take place.", "en", U, N, U, "cancelled; moving"),
    ("Registered GP: The Willows Surgery, 4 Mill Lane, Exeter", "en", U, U, U, "uk; surgery=practice"),
    ("The Hand Surgery Research Group at Northbridge University is recruiting patients with thumb-base arthritis.", "en", U, U, U, "distractor; department-name"),
    ("Returned from Bali with an infected dog bite to the hand, treated with oral antibiotics by her GP here in Utrecht.", "en", U, U, N, "accident-abroad-care-nl"),
    ("Thank you for seeing this gentleman, who was operated on his left wrist by my colleague Mr Okafor at Fenbridge Community Hospital, Norfolk.", "en", U, Y, Y, "uk; colleague; abroad-hospital"),
    ("Neither X-rays nor an ultrasound have been obtained.", "en", N, U, U, "negation; neither-nor"),
    ("History of present illness: 3 weeks of volar wrist swelling, no trauma, no prior procedures, no prior studies.", "en", N, N, U, "us; negation-list; abbreviation"),
    ("Patient denies prior wrist surgery.", "en", U, N, U, "us; denies"),
    ("MRI scheduled for next Tuesday.", "en", U, U, U, "plan"),
    ("Diagnosis: Kienböck's disease, Lichtman stage IIIa on CT.", "en", Y, U, U, "implicit-event"),
    ("Her mother was treated at Kingsmoor General Hospital for a wrist fracture.", "en", U, U, U, "other-person; abroad-hospital"),
    ("Discharge Summary – Department of Hand Surgery, Hospital Universitario San Remigio, Valencia. Diagnosis on discharge: closed fracture of the right scaphoid.", "en", U, U, Y, "spain; translated; discharge"),
    ("No MRSA risk factors; all previous treatment took place in the Netherlands.", "en", U, U, N, "care-in-nl"),
    ("The radiologist's report of 11 January is enclosed.", "en", Y, U, U, "mention-of-document"),

    # ------------------------------------------------------------------ German
    ("Z.n. offener Karpaldachspaltung rechts 03/2024.", "de", U, Y, U, "status-post; abbreviation"),
    ("Röntgen Handgelenk links in 2 Ebenen: kein Frakturnachweis.", "de", Y, U, U, "negated-finding"),
    ("Eine Bildgebung ist bislang nicht erfolgt.", "de", N, U, U, "negation"),
    ("Der Patient wurde noch nie an der Hand operiert.", "de", U, N, U, "negation; never"),
    ("Procedere: MRT des rechten Handgelenks, Wiedervorstellung mit Befund.", "de", U, U, U, "plan"),
    ("Wir empfehlen die operative Versorgung mittels Plattenosteosynthese.", "de", U, U, U, "advice"),
    ("Bei Persistenz der Beschwerden wäre eine Ringbandspaltung zu erwägen.", "de", U, U, U, "conditional"),
    ("Die geplante Operation wurde von der Patientin abgelehnt.", "de", U, N, U, "declined"),
    ("Der OP-Termin am 14.01.2026 wurde abgesagt und bisher nicht neu vergeben.", "de", U, N, U, "cancelled"),
    ("Die MRT-Untersuchung erfolgte am 02.11.2025; der schriftliche Befund steht noch aus.", "de", Y, U, U, "pending-result"),
    ("Operationsbericht\nDiagnose: distale Radiusfraktur links (AO 23-C1)\nOperation: offene Reposition und palmare winkelstabile Plattenosteosynthese\nOperateur: Dr. med. F. Lindqvist", "de", U, Y, U, "op-report; form"),
    ("Entlassungsbrief – Klinikum Mittelwald, Unfallchirurgie, Garmisch-Partenkirchen: stationärer Aufenthalt vom 27.12.2025 bis 30.12.2025.", "de", U, U, Y, "foreign-letter; abroad-hospital"),
    ("Der Patient, niederländischer Staatsbürger, stürzte beim Skifahren in Ischgl und wurde im Landeskrankenhaus Paznaun-Süd operativ versorgt.", "de", U, Y, Y, "austria; abroad-hospital"),
    ("Die Erstversorgung erfolgte im Krankenhaus in Venlo (Niederlande).", "de", U, U, N, "care-in-nl; german-letter"),
    ("Die Mutter der Patientin wurde zweimal wegen eines Morbus Dupuytren operiert.", "de", U, U, U, "other-person"),
    ("Vorerkrankungen: Z.n. Appendektomie, Z.n. Hüft-TEP links.", "de", U, U, U, "other-body-part; status-post"),
    ("Klinik für Hand-, Plastische und Rekonstruktive Chirurgie – Chefarzt Prof. Dr. H. Albrecht-Sauer", "de", U, U, U, "department-name; letterhead"),
    ("Praxis für Radiologie und Nuklearmedizin am Röntgenplatz, Köln", "de", U, U, U, "practice-name; letterhead"),
    ("Keine Voroperationen, keine Bildgebung, keine Physiotherapie.", "de", N, N, U, "negation-list"),
    ("Diagnosen:\n1. Rhizarthrose rechts\n2. Z.n. Trapezektomie links 2019", "de", U, Y, U, "diagnosis-list; status-post"),
    ("Der Patient wohnt in Kerkrade und arbeitet in Aachen; ärztliche Behandlungen erfolgten bisher ausschließlich in den Niederlanden.", "de", U, U, N, "border; care-in-nl"),
    ("Beurteilung: Kein Hinweis auf eine knöcherne Verletzung.", "de", Y, U, U, "radiology; negated-finding"),
    ("Therapie: Ruhigstellung im Unterarmgips, eine operative Therapie ist nicht erforderlich.", "de", U, U, U, "indication-not-event"),
    ("Wir sahen die Patientin am 05.08.2025 in unserer Notaufnahme nach einem Sturz während ihres Urlaubs am Bodensee.", "de", U, U, Y, "foreign-letter; holiday-with-care"),
    ("Eine Röntgenkontrolle ist in 6 Wochen beim Hausarzt in den Niederlanden geplant.", "de", U, U, U, "plan"),
    ("Die Patientin lehnte eine MRT wegen Platzangst ab.", "de", N, U, U, "declined"),
    ("Zustand nach Beugesehnennaht D2 rechts, auswärts operiert (Klinikum Am Rosenhain, Graz).", "de", U, Y, Y, "austria; status-post"),
    ("Anamnestisch keine Krankenhausaufenthalte im Ausland.", "de", U, U, N, "negation"),
    ("Fragestellung: Fraktur? Bandläsion?", "de", U, U, U, "question; radiology-request"),
    ("Befund: Kernspintomographie des linken Handgelenks – TFCC-Läsion Palmer 1B.", "de", Y, U, U, "radiology"),
    ("Nach dem Sturz wurde er in der Privatklinik Sonnwendhof in Innsbruck geröntgt und gegipst.", "de", Y, U, Y, "austria; mixed"),
    ("Die intraoperative Durchleuchtung zeigte eine regelrechte Implantatlage.", "de", Y, Y, U, "op-report; fluoroscopy"),
    ("Es erfolgte keine Operation; die Behandlung war konservativ.", "de", U, N, U, "negation"),
    ("Wir bitten um Übersendung der auswärtigen Röntgenbilder auf CD.", "de", Y, U, U, "request; presupposition-unsure"),
    ("Die Operation am linken Knie verlief komplikationslos.", "de", U, U, U, "other-body-part"),
    ("Kantonsspital Unterrhein, Schaffhausen: Hospitalisation vom 3. bis 6. März 2026.", "de", U, U, Y, "switzerland; abroad-hospital"),
    ("Aufgrund der Urlaubsreise nach Mallorca wurde der OP-Termin verschoben.", "de", U, N, U, "postponed; holiday"),
    ("Die Sonographie wurde beim niedergelassenen Orthopäden durchgeführt.", "de", Y, U, U, "plain-event"),
    ("Röntgenologisch kein Anhalt für Arthrose.", "de", Y, U, U, "negated-finding"),
    ("Epikrise: Die 62-jährige Patientin wurde bei dislozierter Radiusfraktur in Allgemeinanästhesie operativ versorgt. Die Röntgenkontrollen zeigten eine regelrechte Stellung.", "de", Y, Y, U, "mixed; discharge"),
    ("Keine Auslandsaufenthalte.", "de", U, U, N, "negation"),
    ("Überweisung – Fachrichtung: Handchirurgie – Diagnose: Tendovaginitis stenosans D3 re. – Auftrag: Mitbehandlung", "de", U, U, U, "form; referral"),
    ("Eine ambulante Vorstellung erfolgte im Marienhospital Oberhessen in Gießen; eine Bildgebung wurde dort nicht durchgeführt.", "de", N, U, Y, "mixed; abroad-hospital; negation"),
    ("Die Wunde wurde in unserer Ambulanz versorgt und genäht.", "de", U, U, U, "wound-suture-not-operation"),
    ("Ob eine MRT durchgeführt wurde, ist uns nicht bekannt.", "de", U, U, U, "unknown-not-negation"),
    ("Die Patientin verbrachte ihren Urlaub in Tirol; ärztliche Hilfe wurde dort nicht in Anspruch genommen.", "de", U, U, N, "abroad-no-care"),
    ("Z.n. Kahnbeinfraktur 2018, damals konservativ im Gips behandelt.", "de", U, N, U, "historical; conservative-unsure"),
    ("Im Rahmen der stationären Behandlung im St.-Anselm-Krankenhaus Wuppertal erfolgte eine Sehnentransposition.", "de", U, Y, Y, "abroad-hospital; procedure-name"),
    ("Röntgen-Thorax vom 20.01.2026 ohne pathologischen Befund.", "de", Y, U, U, "other-body-part; imaging-any-site"),
    ("OP-Bericht folgt.", "de", U, Y, U, "pending-document"),
]

VALID = {Y, N, U}


def toml_str(s: str) -> str:
    # JSON string escaping is valid TOML basic-string escaping.
    return json.dumps(s, ensure_ascii=False)


def main() -> None:
    out = pathlib.Path(__file__).parent / "sentences" / "si.toml"
    out.parent.mkdir(parents=True, exist_ok=True)
    texts = set()
    lines = ["# Sentence corpus: imaging_done / operated / treated_abroad.",
             "# Generated by make_si.py; all people, practices and hospitals are invented.", ""]
    for text, lang, img, op, abr, phen in S:
        assert lang in {"nl", "en", "de"}, text
        assert {img, op, abr} <= VALID, text
        assert text not in texts, f"duplicate: {text}"
        texts.add(text)
        lines += ["[[sentence]]",
                  f"text = {toml_str(text)}",
                  f"lang = {toml_str(lang)}",
                  f"imaging_done = {toml_str(img)}",
                  f"operated = {toml_str(op)}",
                  f"treated_abroad = {toml_str(abr)}",
                  f"phenomenon = {toml_str(phen)}",
                  ""]
    out.write_text("\n".join(lines), encoding="utf-8")

    data = tomllib.loads(out.read_text(encoding="utf-8"))
    sents = data["sentence"]
    assert len(sents) == len(S)
    print("total", len(sents))
    print("lang", dict(Counter(s["lang"] for s in sents)))
    for f in ("imaging_done", "operated", "treated_abroad"):
        print(f, dict(Counter(s[f] for s in sents)))
    allu = sum(1 for s in sents if s["imaging_done"] == s["operated"] == s["treated_abroad"] == U)
    print("all unmentioned", allu)


if __name__ == "__main__":
    main()
