#!/usr/bin/env python3
"""Writes sentences/sm.toml: hand-written, invented sentences with labels.

Each entry: (text, imaging_done, operated, treated_abroad, phenomenon)
labels: y = yes, n = no, u = unmentioned. All patients and persons are invented.
"""
import collections, os, tomllib

Y, N, U = "yes", "no", "unmentioned"

NL = [
# ---- plain: clear positives / unrelated
("Röntgenfoto van de rechterpols toont een consoliderende distale radiusfractuur.", Y, U, U, "plain-positive"),
("Op 14-02-2026 carpaletunnelrelease links verricht in het Spaarne Gasthuis.", U, Y, U, "plain-positive"),
("Patiënte is bekend met diabetes mellitus type 2 en hypertensie.", U, U, U, "plain-unrelated"),
("Geachte collega, hierbij verwijs ik u bovengenoemde patiënt voor een second opinion.", U, U, U, "plain-unrelated"),
("MRI pols links d.d. 03-03-2026: partiële ruptuur van het scapholunaire ligament.", Y, U, U, "plain-positive"),
("Echografie van de hand liet een tendovaginitis van de flexor pollicis longus zien.", Y, U, U, "plain-positive"),
("Medicatie: paracetamol 1 g 3dd, omeprazol 20 mg 1dd.", U, U, U, "plain-unrelated"),
("Patiënt werkt als timmerman en is rechtshandig.", U, U, U, "plain-unrelated"),
("Tijdens een vakantie in Turkije is hij in een privékliniek in Antalya opgenomen en aan zijn pols geopereerd.", U, Y, Y, "plain-positive"),
("Allergieën: geen bekend.", U, U, U, "plain-unrelated"),
("CT van de pols toonde een niet-geconsolideerde scaphoïdfractuur.", Y, U, U, "plain-positive"),
("Met vriendelijke groet, J. de Vries, huisarts", U, U, U, "plain-unrelated"),
("Pt is in januari aan haar rechterduim geopereerd wegens een triggerduim.", U, Y, U, "plain-positive"),
("Reden van verwijzing: aanhoudende pijn radiale zijde pols na val van de fiets.", U, U, U, "plain-unrelated"),
("Patiënte is moeder van twee kinderen en woont samen met haar partner in Zwolle.", U, U, U, "plain-unrelated"),
("Op 8 januari 2026 onderging patiënte een fasciëctomie wegens Dupuytren van de vierde straal links.", U, Y, U, "plain-positive"),
("De röntgenfoto's van 12 februari staan op de bijgevoegde cd.", Y, U, U, "plain-positive"),
("Patiënt is sinds 2019 in behandeling bij de reumatoloog wegens psoriasisartritis.", U, U, U, "plain-unrelated"),
("Op de MRI is een avasculaire necrose van het os lunatum zichtbaar (Kienböck stadium II).", Y, U, U, "plain-positive"),
("Patiënte werd in het Alrijne Ziekenhuis geopereerd aan een triggervinger van de middelvinger rechts.", U, Y, U, "plain-positive"),
("Hij is bekend met jicht en gebruikt sinds jaren allopurinol.", U, U, U, "plain-unrelated"),
("In augustus is zij tijdens een verblijf in de Algarve in het ziekenhuis van Faro opgenomen met een gebroken pols.", U, U, Y, "plain-positive"),
("Echografie rechterpols (15-05-2026): verdikte eerste extensorenloge.", Y, U, U, "plain-positive"),
("Verwijzer: J.A. Smit, huisarts, AGB 01012345", U, U, U, "plain-unrelated"),
("Telefoon patiënt: 06-12345678; voorkeur voor afspraken in de ochtend.", U, U, U, "plain-unrelated"),
("Patiënte speelt piano en wil haar hand zo snel mogelijk weer volledig kunnen gebruiken.", U, U, U, "plain-unrelated"),
("In 2023 heeft de plastisch chirurg een ganglion aan de volaire zijde van haar linkerpols verwijderd.", U, Y, U, "plain-positive"),
("Een MRI-arthrografie van de rechterpols toonde een scheur in het TFCC.", Y, U, U, "plain-positive"),
("Patiënt is in 2025 in het Jeroen Bosch Ziekenhuis geopereerd aan een scaphoïd-pseudartrose met een bottransplantaat.", U, Y, U, "plain-positive"),
("Zij is gepensioneerd lerares en fietst dagelijks.", U, U, U, "plain-unrelated"),
("Op de röntgenfoto van 3 juni is een fractuur van het os hamatum te zien.", Y, U, U, "plain-positive"),
("Ik zag uw patiënte vandaag op het spreekuur in verband met een pijnlijke duimbasis.", U, U, U, "plain-unrelated"),
("In het Klinikum Oldenburg werd haar pols in juli met een plaat gefixeerd.", U, Y, Y, "plain-positive"),
("Patiënt is 1,82 m lang en weegt 96 kg (BMI 29).", U, U, U, "plain-unrelated"),
("De CT-scan van 20-10-2026 laat een intra-articulaire fractuur van de distale radius zien.", Y, U, U, "plain-positive"),
("Patiënte heeft in 2024 een artrodese van het polsgewricht ondergaan.", U, Y, U, "plain-positive"),
# ---- negation: exams, findings, wide, narrow, terminated
("Er is tot op heden geen beeldvorming verricht.", N, U, U, "negated-exam"),
("Patiënt is nooit geopereerd aan de hand of pols.", U, N, U, "negation"),
("Geen foto's, geen operaties en geen ziekenhuisopname in het buitenland.", N, N, N, "negation-wide"),
("Geen operatie, maar wel een MRI in november vorig jaar.", Y, N, U, "negation-terminated"),
("Echo zonder afwijkingen.", Y, U, U, "negated-finding"),
("Er is nog geen röntgenfoto gemaakt; die staat gepland voor volgende week.", N, U, U, "negated-exam"),
("Niet geopereerd, wel tweemaal een corticosteroïdinjectie gehad.", U, N, U, "negation-terminated"),
("Patiënte is niet in het buitenland behandeld.", U, U, N, "negation"),
("Zij is nog nooit in een ziekenhuis opgenomen geweest, ook niet tijdens haar reizen.", U, U, N, "negation-wide"),
("Aanvullend onderzoek: geen.", N, U, U, "negated-exam"),
("Geen MRI gemaakt, alleen een echo.", Y, U, U, "negation-narrow"),
("Niet in Spanje maar in Portugal is zij op de spoedeisende hulp behandeld.", U, U, Y, "negation-narrow"),
("Geen fractuur, geen luxatie, geen operatie-indicatie.", U, U, U, "negated-finding"),
("Patiënt heeft geen operatie ondergaan en er zijn geen foto's gemaakt, maar hij is wel in Duitsland op de eerste hulp geweest.", N, N, Y, "negation-terminated"),
("Nooit een röntgenfoto van de pols gehad, wel van de knie na een sportblessure.", Y, U, U, "other-body-part-imaging"),
("Geen eerdere behandelingen voor deze klacht, maar wel een echo bij de huisarts-echografist.", Y, N, U, "negation-terminated"),
("Er zijn geen opnames in het buitenland geweest; in Frankrijk heeft zij alleen pijnstillers bij een apotheek gehaald.", U, U, N, "negation"),
("Een operatie heeft nooit plaatsgevonden, ook niet in Marokko.", U, N, U, "negation-narrow"),
("Pt gn OK gehad, gn foto's.", N, N, U, "telegram+negation-wide"),
("Nooit eerder behandeld voor deze klacht.", U, N, U, "negation-wide"),
# ---- plans, offers, advice, refusals, questions, requests, pending
("Wij hebben patiënte een carpaletunnelrelease aangeboden.", U, U, U, "offer"),
("Patiënte ziet vooralsnog af van een operatie.", U, U, U, "refusal+separable-verb"),
("Vraagstelling: is er een indicatie voor operatieve behandeling?", U, U, U, "question"),
("Operatie gepland op 12 januari 2027.", U, U, U, "future"),
("Echo aangevraagd, uitslag nog niet bekend.", U, U, U, "pending-requested"),
("De MRI is op 2 maart gemaakt; het verslag volgt nog.", Y, U, U, "pending-result"),
("Wilt u de beelden van de CT van 5 januari op cd meesturen?", Y, U, U, "request+presupposition"),
("Als de klachten aanhouden, volgt mogelijk een tweede operatie.", U, Y, U, "conditional+presupposition"),
("De huisarts stelde een echo voor, maar patiënt zag daarvan af.", U, U, U, "refusal+separable-verb"),
("Indien patiënt geopereerd is, graag het operatieverslag meesturen.", U, U, U, "conditional"),
("Bij uitblijven van verbetering zal in het nieuwe jaar een MRI worden verricht.", U, U, U, "future+conditional"),
("Eerdere operatie? Onbekend, patiënt weet het niet meer.", U, U, U, "question"),
# ---- separable verbs, passives
("De handchirurg voerde in maart 2025 een ganglionexcisie uit.", U, Y, U, "separable-verb"),
("De radioloog stelde op de echo een peesschedeontsteking vast.", Y, U, U, "separable-verb"),
("Wij voeren de ingreep pas uit als zij gestopt is met roken.", U, U, U, "conditional+separable-verb"),
("Op de foto kwam een oude fractuur van het os scaphoideum naar voren.", Y, U, U, "separable-verb"),
("De orthopeed nam de MRI met patiënte door en stelde een operatie voor.", Y, U, U, "separable-verb+offer"),
("De orthopeed schoof de operatie op naar na de zomer.", U, U, U, "separable-verb+postponed-cancelled"),
("Er werd een röntgenfoto van beide handen vervaardigd.", Y, U, U, "passive"),
("De gescheurde pees werd in het Maasstad Ziekenhuis gehecht.", U, Y, U, "passive"),
("Er is destijds geen foto gemaakt omdat de SEH-arts het niet nodig vond.", N, U, U, "negated-exam+passive"),
# ---- history, other experiencers, other body parts
("Voorgeschiedenis: 2012 appendectomie, 2016 sectio caesarea, 2021 CTS-release rechts.", U, Y, U, "historical"),
("Voorgeschiedenis: 2008 appendectomie, 2015 knie-artroscopie links.", U, U, U, "other-body-part"),
("Als kind heeft zij haar pols gebroken; destijds is er een foto van gemaakt.", Y, U, U, "historical"),
("In 1998 is patiënt in Marokko aan dezelfde pols geopereerd; een verslag is niet beschikbaar.", U, Y, Y, "historical+abroad-place"),
("Moeder is tweemaal geopereerd aan een carpaletunnelsyndroom.", U, U, U, "other-experiencer"),
("Haar zus heeft in Spanje een MRI van de pols laten maken.", U, U, U, "other-experiencer"),
("Echtgenoot werd tijdens de vakantie in Griekenland opgenomen; patiënte zelf niet.", U, U, N, "other-experiencer"),
("In 2020 is zij geopereerd aan haar linkerknie (meniscectomie).", U, U, U, "other-body-part"),
("X-thorax 2025: geen afwijkingen.", Y, U, U, "other-body-part-imaging"),
("Niet de pols maar de elleboog is in 2022 geopereerd.", U, U, U, "other-body-part+contrast"),
# ---- department / practice names, address lines
("Afdeling Plastische, Reconstructieve en Handchirurgie, route 34", U, U, U, "department-name"),
("Kopie aan: afdeling Radiologie en Nucleaire Geneeskunde", U, U, U, "department-name"),
("Melden bij: Operatiecentrum, 2e etage, balie 12.", U, U, U, "department-name"),
# ---- GP journal, telegram, abbreviations, typos
("12-03-2026 S: pijn pols re sinds val. O: zwelling tabatière. E: verd scaphoïd#. P: X-pols aangevr.", U, U, U, "telegram+plan"),
("19-03-2026 S: uitslag X-pols: geen # zichtbaar. P: gips continueren, controle 2 wk.", Y, U, U, "telegram+negated-finding"),
("E: st na CTR re 2024, recidief klachten? P: verw handchir.", U, Y, U, "abbreviation"),
("S: pt is gisteren geoppereerd aan li duim, veel pijn.", U, Y, U, "typo"),
("S: rontgen in 2019 gemaakt in ziekenhuis, pt weet uitslag niet meer.", Y, U, U, "typo"),
("Episodelijst: L74 Fractuur hand/voet (2023); K86 Hypertensie; L92 Schoudersyndroom.", U, U, U, "telegram"),
("S: terug van vakantie Spanje, daar gevallen, nergens geweest. O: zwelling pols.", U, U, N, "holiday-no-care"),
("P: pt gaat 3/12 naar OK voor CTR li.", U, U, U, "telegram+future"),
("S: wil 2e mening, eerder al 2x geopeerd aan re pols in Turkije.", U, Y, Y, "typo+abroad-place"),
# ---- abroad and the reverse
("Op wintersport in Oostenrijk gevallen; in Innsbruck is een foto gemaakt en kreeg zij gips.", Y, U, Y, "abroad-place"),
("Na een skiongeval in Frankrijk is hij thuis in Nederland op de SEH gezien en gefotografeerd.", Y, U, N, "accident-abroad-treated-nl"),
("Zij woont sinds 2021 in Spanje en komt voor de second opinion naar Nederland.", U, U, U, "living-abroad"),
("In het Hôpital de la Croix-Rousse in Lyon werd de pees hersteld.", U, Y, Y, "abroad-place+passive"),
("De scaphoïdfractuur is in het Akdeniz Üniversitesi Hastanesi in Antalya met een schroef gefixeerd.", U, Y, Y, "abroad-place"),
("In Duitsland is alleen een röntgenfoto gemaakt; de operatie vond plaats in Nijmegen.", Y, Y, Y, "contrast+abroad-place"),
("MRSA-screening is nodig: patiënt lag in september vijf dagen in een ziekenhuis in Warschau.", U, U, Y, "abroad-place"),
("Het verslag van de MRI uit Düsseldorf is in het Duits opgesteld.", Y, U, Y, "imaging-only-abroad"),
("Patiënt is in Nederland geopereerd; in Turkije heeft hij alleen vakantie gevierd.", U, Y, N, "contrast+abroad-place"),
("De echo van 2 april toont een ganglion van 8 mm aan de radiale zijde van de pols.", Y, U, U, "plain-positive"),
("Patiënte is in 2022 in Isala Zwolle geopereerd aan een tendovaginitis van de Quervain.", U, Y, U, "plain-positive"),
("Zij gebruikt geen medicatie.", U, U, U, "plain-unrelated"),
("Hij is getrouwd, heeft drie kinderen en werkt in de thuiszorg.", U, U, U, "plain-unrelated"),
("In juni werd zij in Zuyderland Heerlen geopereerd aan een Dupuytrencontractuur.", U, Y, U, "plain-positive"),
("De röntgenfoto van de linkerhand toont gevorderde artrose van het CMC-1-gewricht.", Y, U, U, "plain-positive"),
("Patiënte werd in het AZ Delta in Roeselare geopereerd aan een carpaal tunnelsyndroom.", U, Y, Y, "plain-positive"),
("Patiënte is een Belgische vrachtwagenchauffeur die in Venlo woont.", U, U, U, "plain-unrelated"),
("Na de val in Benidorm is zij direct teruggevlogen en pas in het Amphia Ziekenhuis behandeld.", U, U, N, "accident-abroad-treated-nl"),
("De MRI is niet in het buitenland maar in het Erasmus MC gemaakt.", Y, U, N, "negation-narrow+contrast"),
("Volgens patiënte is zij in 2020 in Nickerie aan de pols geopereerd.", U, Y, Y, "hearsay+abroad-place"),
("Klinische foto's van de hand, door patiënte zelf met haar telefoon gemaakt, zijn bijgevoegd.", U, U, U, "not-imaging"),
("Het EMG liet een ernstig carpaletunnelsyndroom zien.", U, U, U, "not-imaging"),
# ---- forms
("Eerder geopereerd aan deze klacht: [x] ja  [ ] nee", U, Y, U, "form"),
("Beeldvorming verricht: ☐ ja ☒ nee", N, U, U, "form"),
("Röntgen / echo / MRI: ______________ (invullen indien van toepassing)", U, U, U, "form"),
("Behandeld in buitenlands ziekenhuis (laatste 2 mnd): ja – Klinikum Aachen, opname 3 dagen", U, U, Y, "form"),
("Operatie(s) aan hand/pols:   nee", U, N, U, "form"),
# ---- Flemish
("Patiënte werd heelkundig behandeld in AZ Sint-Jan Brugge voor een fractuur van het os scaphoideum.", U, Y, Y, "flemish+abroad-place"),
("RX pols rechts: geen recente fractuurlijn.", Y, U, U, "flemish+negated-finding"),
("NMR van de pols werd aangevraagd; patiënte zal opgeroepen worden.", U, U, U, "flemish+plan+passive"),
("Besluit: tendinopathie van de Quervain, geen heelkundige indicatie.", U, U, U, "flemish+negated-indication"),
("Wij zagen mevrouw op onze spoedgevallendienst na een val met de fiets.", U, U, U, "flemish+place-not-stated"),
("Betrokkene, °12/04/1971, werd op raadpleging gezien door dr. Peeters.", U, U, U, "flemish+plain-unrelated"),
("Er werd een echografie uitgevoerd die een ganglion toonde ter hoogte van de dorsale pols.", Y, U, U, "flemish+passive"),
("Een heelkundige ingreep werd voorgesteld maar door patiënte geweigerd.", U, U, U, "flemish+refusal+passive"),
("Patiënt verblijft momenteel bij familie in België maar werd er niet gehospitaliseerd.", U, U, N, "flemish+negation"),
("In het UZ Leuven werd in 2024 een artrodese van de pols verricht; hij woont nu in Tilburg.", U, Y, Y, "flemish+abroad-place"),
("Het postoperatief verloop na de carpale tunnel release in AZ Groeninge Kortrijk was ongecompliceerd.", U, Y, Y, "flemish+abroad-place"),
("Gelieve de beelden op cd mee te brengen naar de raadpleging.", U, U, U, "flemish+request"),
]

EN = [
# ---- plain
("X-rays of the left wrist showed a minimally displaced distal radius fracture.", Y, U, U, "plain-positive"),
("She underwent a carpal tunnel decompression on the right in March 2025.", U, Y, U, "plain-positive"),
("He is a keen cyclist and works as a software engineer.", U, U, U, "plain-unrelated"),
("Dear Dr Jansen, thank you for referring this 52-year-old lady with pain at the base of her thumb.", U, U, U, "plain-unrelated"),
("An MRI scan of the right wrist demonstrated a tear of the triangular fibrocartilage complex.", Y, U, U, "plain-positive"),
("Past medical history: asthma, hypothyroidism.", U, U, U, "plain-unrelated"),
("She was admitted to St James's University Hospital, Leeds, and underwent open reduction and internal fixation of the scaphoid.", U, Y, Y, "plain-positive"),
("Ultrasound confirmed a 9 mm ganglion arising from the scapholunate interval.", Y, U, U, "plain-positive"),
("Medications: levothyroxine 100 mcg once daily, salbutamol inhaler as required.", U, U, U, "plain-unrelated"),
("Operation: Trapeziectomy, left thumb. Surgeon: Mr A. Patel, Consultant Hand Surgeon.", U, Y, U, "plain-positive"),
("He underwent scaphoid fixation with a headless compression screw at Addenbrooke's Hospital, Cambridge.", U, Y, Y, "plain-positive"),
("An ultrasound of the left wrist on 12 May showed a dorsal ganglion.", Y, U, U, "plain-positive"),
("She lives with her husband and has two grown-up children.", U, U, U, "plain-unrelated"),
("Diagnosis: De Quervain's tenosynovitis, left wrist.", U, U, U, "plain-unrelated"),
("NHS number: 943 476 5919", U, U, U, "plain-unrelated"),
("He was treated in the emergency department of Mount Sinai Hospital in New York after a fall onto his outstretched hand.", U, U, Y, "plain-positive"),
("CT of the wrist showed a united scaphoid fracture.", Y, U, U, "plain-positive"),
("She moved to the Netherlands from Canada in 2023.", U, U, U, "plain-unrelated"),
("Following the fall he underwent flexor tendon repair at Royal Perth Hospital, Western Australia.", U, Y, Y, "plain-positive"),
("Plain radiographs taken on 2 November 2026 are enclosed.", Y, U, U, "plain-positive"),
("She is right-hand dominant and works as a nurse.", U, U, U, "plain-unrelated"),
("He had K-wire fixation of a fifth metacarpal fracture at Mediclinic City Hospital in Dubai.", U, Y, Y, "plain-positive"),
("Allergies: penicillin (rash).", U, U, U, "plain-unrelated"),
("Her blood pressure was 128/76 and she is otherwise fit and well.", U, U, U, "plain-unrelated"),
("On 4 June 2026 she had a Dupuytren's fasciectomy of the right little finger.", U, Y, U, "plain-positive"),
# ---- negation
("No imaging has been performed to date.", N, U, U, "negated-exam"),
("She has never had surgery on either hand.", U, N, U, "negation"),
("No X-rays, no operations, no hospital stays abroad.", N, N, N, "negation-wide"),
("There was no fracture on the radiographs.", Y, U, U, "negated-finding"),
("He has not had any surgery but did have an ultrasound in 2024.", Y, N, U, "negation-terminated"),
("The MRI did not show any ligament injury.", Y, U, U, "negated-finding"),
("She was not treated abroad.", U, U, N, "negation"),
("She saw only a pharmacist while in Spain, and no scans were done there.", U, U, N, "negation-narrow"),
("No previous hand surgery, but she did have a Caesarean section in 2019.", U, N, U, "negation-terminated"),
("Investigations: none.", N, U, U, "negated-exam"),
("No radiology reports are available, although the patient says an X-ray was taken in Spain.", Y, U, Y, "hearsay+imaging-only-abroad"),
("Although the X-ray was normal, an MRI was never obtained.", Y, U, U, "contrast"),
# ---- plans, offers, advice, refusals, questions, requests, pending
("I have offered her a carpal tunnel release under local anaesthetic.", U, U, U, "offer"),
("We will arrange an MRI arthrogram of the wrist.", U, U, U, "plan"),
("I would suggest a trial of splinting before considering surgery.", U, U, U, "advice"),
("He declined surgical intervention and would like a second opinion.", U, U, U, "refusal"),
("Could you please advise whether a fusion would be appropriate?", U, U, U, "question"),
("Please send copies of the X-rays taken at the time of injury.", Y, U, U, "request+presupposition"),
("Nerve conduction studies are awaited.", U, U, U, "not-imaging"),
("The ultrasound has been done and we are awaiting the formal report.", Y, U, U, "pending-result"),
("MRI requested; result to follow.", U, U, U, "pending-requested"),
("If conservative measures fail, surgery could be considered in the new year.", U, U, U, "conditional"),
("Surgery is booked for 14 January 2027.", U, U, U, "future"),
("Would a repeat operation be worthwhile?", U, Y, U, "question+presupposition"),
("He was listed for surgery but the procedure was cancelled during the pandemic.", U, U, U, "postponed-cancelled"),
("Radiographs will be repeated at her next visit.", Y, U, U, "future+presupposition"),
("Rather than surgery, she opted for a steroid injection, which was given in clinic.", U, U, U, "not-surgery"),
("Has she ever been scanned? We could not find any report.", U, U, U, "question"),
# ---- department / practice names
("The Elms Surgery, 14 Church Road, Harrogate HG1 2AB", U, U, U, "department-name"),
("Department of Plastic and Reconstructive Surgery, Ninewells Hospital, Dundee", U, U, U, "department-name"),
("Kind regards, Dr Emily Hart, Consultant Orthopaedic Surgeon", U, U, U, "department-name"),
# ---- abbreviations, telegram, typos
("s/p ORIF L distal radius 2023, hardware in situ.", U, Y, U, "abbreviation"),
("Hx: # scaphoid 2021 managed in cast, no op.", U, N, U, "abbreviation"),
("XR L wrist: NAD.", Y, U, U, "abbreviation"),
("Plan: USS wrist, review 6/52.", U, U, U, "telegram+plan"),
("Pt had CTR R 2022 in Marbella – no op note avail.", U, Y, Y, "abbreviation+abroad-place"),
("Seen in ED, XR done, backslab applied, fracture clinic f/u.", Y, U, U, "telegram"),
("Recieved an xray at the walk in centre last week, results normal.", Y, U, U, "typo"),
("Opertaion note from the private hospital is attached.", U, Y, U, "typo"),
# ---- abroad and the reverse
("While on holiday in Crete she fell but did not seek medical attention until she returned home.", U, U, N, "holiday-no-care"),
("He injured his hand skiing in Val d'Isère and was treated on his return to Amsterdam.", U, U, N, "accident-abroad-treated-nl"),
("She lives in Brussels but all her care has been at Amsterdam UMC.", U, U, N, "living-abroad+contrast"),
("She was admitted for two nights to Hospital Universitario La Paz in Madrid with cellulitis of the hand.", U, U, Y, "abroad-place"),
("The wound was debrided in theatre at Bumrungrad International Hospital in Bangkok.", U, Y, Y, "abroad-place+passive"),
("Her husband was hospitalised in Lisbon during the trip; she herself needed no treatment.", U, U, N, "other-experiencer"),
("The fracture was fixed in Birmingham, not in Rotterdam as the referral states.", U, Y, Y, "contrast"),
# ---- other experiencers, other body parts
("Her mother had bilateral carpal tunnel releases in her sixties.", U, U, U, "other-experiencer"),
("Previous surgery: laparoscopic cholecystectomy (2018), right knee arthroscopy (2020).", U, U, U, "other-body-part"),
("A chest X-ray in 2024 was normal.", Y, U, U, "other-body-part-imaging"),
# ---- passives
("The tendon was repaired primarily under a regional block.", U, Y, U, "passive"),
]

DE = [
# ---- plain
("Röntgen der linken Hand in zwei Ebenen: kein Frakturnachweis.", Y, U, U, "negated-finding"),
("Die Patientin wurde am 02.11.2026 im Klinikum Aachen an der rechten Hand operiert.", U, Y, Y, "plain-positive"),
("Diagnosen: Rhizarthrose links, arterielle Hypertonie.", U, U, U, "plain-unrelated"),
("MRT des Handgelenks: Ganglion dorsal, sonst unauffällig.", Y, U, U, "plain-positive"),
("Die Röntgenaufnahme vom 12.10.2026 zeigt eine dislozierte distale Radiusfraktur.", Y, U, U, "plain-positive"),
("Am 15.10.2026 erfolgte die offene Reposition und Plattenosteosynthese im St. Antonius-Hospital Gronau.", U, Y, Y, "plain-positive"),
("Die Patientin ist Rechtshänderin und arbeitet als Friseurin.", U, U, U, "plain-unrelated"),
("Dauermedikation: Ramipril 5 mg, Metformin 1000 mg.", U, U, U, "plain-unrelated"),
("Sehr geehrte Frau Kollegin, wir berichten über Ihren Patienten Herrn M. de Boer, geb. 14.03.1968.", U, U, U, "plain-unrelated"),
("In der MRT vom 20.09.2026 zeigte sich eine Ruptur des skapholunären Bandes.", Y, U, U, "plain-positive"),
("Der Patient wurde im Marienhospital Bottrop an der linken Hand operiert.", U, Y, Y, "plain-positive"),
("Sozialanamnese: verheiratet, zwei Kinder, Nichtraucher.", U, U, U, "plain-unrelated"),
("Die Patientin wohnt in Enschede und arbeitet in Gronau.", U, U, U, "plain-unrelated"),
# ---- hard
("Z.n. operativer Versorgung einer distalen Radiusfraktur rechts 2024.", U, Y, U, "abbreviation"),
("Der Patient lehnte eine Operation ab.", U, U, U, "refusal+separable-verb"),
("Bislang erfolgte keine Bildgebung.", N, U, U, "negated-exam"),
("Keine Voroperationen an der Hand.", U, N, U, "negation"),
("Die Patientin stellte sich am 14.08.2026 in der Notaufnahme des Krankenhauses Kleve vor.", U, U, Y, "separable-verb+abroad-place"),
("Operationsbericht – Eingriff: Karpaldachspaltung rechts; Operateur: Dr. med. K. Wagner", U, Y, U, "form+place-not-stated"),
("Mit freundlichen Grüßen, Prof. Dr. med. H. Becker, Chefarzt der Klinik für Hand-, Plastische und Rekonstruktive Chirurgie", U, U, U, "department-name"),
("Eine Operation ist derzeit nicht indiziert.", U, U, U, "negated-indication"),
("Die Patientin war im Urlaub in Österreich, eine ärztliche Behandlung erfolgte dort nicht.", U, U, N, "holiday-no-care"),
("Nach dem Sturz auf Mallorca wurde der Patient erst in den Niederlanden behandelt.", U, U, N, "accident-abroad-treated-nl"),
("Die Mutter der Patientin ist zweimal an der Hand operiert worden.", U, U, U, "other-experiencer"),
("Anamnestisch Appendektomie 1995 und Hysterektomie 2010.", U, U, U, "other-body-part"),
("Eine CT-Untersuchung wurde nicht durchgeführt, da das Röntgenbild eindeutig war.", Y, U, U, "negation-narrow"),
("Keine Operation, aber Ruhigstellung im Unterarmgips für sechs Wochen.", U, N, U, "negation-terminated"),
("Wir führten am 05.09.2026 eine Ganglionexstirpation am linken Handgelenk durch.", U, Y, U, "separable-verb+place-not-stated"),
("Falls sich die Beschwerden nicht bessern, ist eine Arthroskopie zu erwägen.", U, U, U, "conditional"),
("Stationäre Aufnahme vom 03.10. bis 07.10.2026 in der Uniklinik Köln, Entlassung in die Niederlande.", U, U, Y, "abroad-place"),
("Röntgenbefund: Z.n. Plattenosteosynthese, Implantatlage regelrecht.", Y, Y, U, "abbreviation"),
("Ob eine MRT durchgeführt wurde, ist uns nicht bekannt.", U, U, U, "uncertainty"),
("Zustand nach Sehnennaht der Beugesehne D3 links in der BG Klinik Ludwigshafen.", U, Y, Y, "historical+abroad-place"),
("Röntgen Thorax: kein Infiltrat.", Y, U, U, "other-body-part-imaging"),
("Der Patient wurde in unserer Ambulanz in Wien behandelt und mit einer Schiene versorgt.", U, U, Y, "abroad-place"),
("Ein Krankenhausaufenthalt außerhalb der Niederlande wird verneint.", U, U, N, "negation"),
("Sono Handgelenk re.: o.B.", Y, U, U, "abbreviation"),
]

# ---- check and write
ROWS = [(t, "nl", *r) for t, *r in NL] + [(t, "en", *r) for t, *r in EN] + [(t, "de", *r) for t, *r in DE]

def esc(s):
    out = []
    for ch in s:
        if ch == "\\": out.append("\\\\")
        elif ch == '"': out.append('\\"')
        elif ch == "\n": out.append("\\n")
        elif ch == "\t": out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7f: out.append("\\u%04x" % ord(ch))
        else: out.append(ch)
    return '"' + "".join(out) + '"'


UNSURE = """\
## Labelling conventions and things I was unsure of

- **Imaging of other body parts is `imaging_done = yes`.** label_format.md restricts `operated` to the
  hand/wrist problem but puts no body-part limit on `imaging_done` ("imaging ... of the patient was done").
  So "X-thorax 2025: geen afwijkingen", "A chest X-ray in 2024 was normal", "Röntgen Thorax: kein Infiltrat"
  and "Nooit een röntgenfoto van de pols gehad, wel van de knie" are `yes` (phenomenon
  `other-body-part-imaging`, 4 sentences). If the project decides imaging is also limited to hand/wrist,
  flip these four to `unmentioned` (the knee one arguably to `no`).
- **Imaging-only abroad counts as treated abroad (`yes`).** "In Duitsland is alleen een röntgenfoto gemaakt",
  "Het verslag van de MRI uit Düsseldorf", "the patient says an X-ray was taken in Spain": being examined in a
  foreign hospital/clinic is read as "treated in a hospital or clinic outside the Netherlands". Arguable
  (an outpatient scan is not an admission; MRSA policy cares about admissions). Tags: `imaging-only-abroad`,
  plus the contrast sentence with Duitsland/Nijmegen.
- **Hearsay counts.** "Volgens patiënte is zij in 2020 in Nickerie aan de pols geopereerd" -> operated yes,
  abroad yes; "the patient says an X-ray was taken in Spain" -> imaging yes. Tag `hearsay`.
- **Presupposition counts.** "volgt mogelijk een tweede operatie", "Would a repeat operation be worthwhile?"
  -> operated yes; "Wilt u de beelden van de CT van 5 januari meesturen?", "Please send copies of the X-rays
  taken at the time of injury", "Radiographs will be repeated" -> imaging yes. A generic instruction
  ("Gelieve de beelden op cd mee te brengen") presupposes nothing -> unmentioned. Tag `presupposition`.
- **Refusals, postponements and cancellations are `unmentioned`**, not `no`: "Patiënte ziet af van een
  operatie", "He declined surgical intervention", "the procedure was cancelled", "De huisarts stelde een echo
  voor, maar patiënt zag daarvan af". They talk about a plan and do not state that the patient was never
  operated/imaged. Same for "geen operatie-indicatie" / "nicht indiziert" / "geen heelkundige indicatie"
  (tag `negated-indication`).
- **Negating one modality is `no`** when it is the whole statement ("Er is nog geen röntgenfoto gemaakt"),
  `yes` when another modality is affirmed ("Geen MRI gemaakt, alleen een echo"). "Aanvullend onderzoek: geen",
  "Investigations: none" -> imaging no.
- **Negation restricted to a place is not a general no.** "no scans were done there [Spain]" -> imaging
  unmentioned; "Een operatie heeft nooit plaatsgevonden, ook niet in Marokko" -> operated no, abroad
  unmentioned (no operation in Morocco says nothing about other care there).
- **treated_abroad = no** only when the sentence says care was in the Netherlands as opposed to abroad, or
  that there was no (hospital) care abroad ("nergens geweest", "alleen een apotheek", "niet gehospitaliseerd",
  "never admitted, also not on her travels", accidents abroad treated at home). A plain Dutch hospital name
  without any abroad context is `unmentioned`.
- **Place not stated.** A German/Flemish/UK sentence written by "wir"/"onze spoedgevallendienst"/"Mr Patel"
  without a place is `unmentioned` for treated_abroad at sentence level, even though the whole document (on a
  foreign letterhead) would be `yes` by the document rule. Tag `place-not-stated` (3) plus the UK operation
  line and the Ninewells letterhead (a letterhead alone is not treatment: `department-name`).
- "Geen fractuur, geen luxatie, geen operatie-indicatie" names no exam -> imaging unmentioned (a fracture can
  be excluded clinically in a sentence even if one suspects a film).
- "Echo aangevraagd, uitslag nog niet bekend" / "MRI requested; result to follow" -> unmentioned (requested;
  not stated as done). Contrast: "De MRI is op 2 maart gemaakt; het verslag volgt nog" -> yes.
- "Pt had CTR R 2022 in Marbella" / "S: wil 2e mening, eerder al 2x geopeerd ... in Turkije": an operation
  abroad is both operated yes and treated_abroad yes.
- EMG / nerve conduction studies and the patient's own clinical photos are not imaging (`not-imaging`);
  injections, casts and splints are not operations (`not-surgery`).
- Belgium, Germany, UK etc. are all "abroad"; I avoided Caribbean parts of the Kingdom (Curaçao, Bonaire)
  because "outside the Netherlands" is ambiguous there.
- "Opertaion note from the private hospital is attached" -> operated yes (mention of an existing note), abroad
  unmentioned.
"""

def write_notes(here, rows):
    langs = ["nl", "en", "de"]
    L = collections.Counter(r[1] for r in rows)
    out = ["# sm batch: synthetic labelled sentences", "",
           "Generated by `make_sm.py` (run: `python3 make_sm.py`), output `sentences/sm.toml`. All sentences are",
           "invented by hand; patients, doctors and numbers are fictional (real hospital and town names are used only as places), no real patient data.", "",
           "## Counts", "",
           f"Total: {len(rows)} sentences.", "",
           "| language | n | share |", "|---|---|---|"]
    for l in langs:
        out.append(f"| {l} | {L[l]} | {100*L[l]/len(rows):.0f} % |")
    fl = sum("flemish" in r[5] for r in rows)
    plain = sum("plain-" in r[5] for r in rows)
    out += ["", f"Flemish-flavoured (within nl): {fl}. Plain (plain-positive / plain-unrelated): {plain}"
            f" ({100*plain/len(rows):.0f} %); hard: {len(rows)-plain}.", "",
            "## Label distribution", "",
            "| field | lang | yes | no | unmentioned |", "|---|---|---|---|---|"]
    for i, f in ((2, "imaging_done"), (3, "operated"), (4, "treated_abroad")):
        for l in langs + ["all"]:
            sub = [r for r in rows if l == "all" or r[1] == l]
            c = collections.Counter(r[i] for r in sub)
            out.append(f"| {f} | {l} | {c[Y]} | {c[N]} | {c[U]} |")
    out += ["", "## Phenomena by language", "",
            "`phenomenon` is one tag or several joined by `+` from the vocabulary below; a sentence counts once",
            "under every tag it carries.", "", "| phenomenon | nl | en | de | total |", "|---|---|---|---|---|"]
    atoms = collections.Counter(a for r in rows for a in r[5].split("+"))
    for a, _ in sorted(atoms.items(), key=lambda kv: (-kv[1], kv[0])):
        cs = [sum(1 for r in rows if r[1] == l and a in r[5].split("+")) for l in langs]
        out.append(f"| {a} | {cs[0]} | {cs[1]} | {cs[2]} | {sum(cs)} |")
    out += ["", UNSURE]
    with open(os.path.join(here, "NOTES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))

def main():
    texts = [r[0] for r in ROWS]
    dup = [t for t, c in collections.Counter(texts).items() if c > 1]
    assert not dup, dup
    for r in ROWS:
        assert len(r) == 6, r
        assert all(v in (Y, N, U) for v in r[2:5]), r
    here = os.path.dirname(os.path.abspath(__file__))
    os.makedirs(os.path.join(here, "sentences"), exist_ok=True)
    path = os.path.join(here, "sentences", "sm.toml")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Synthetic labelled sentences (invented patients). Generated by make_sm.py.\n\n")
        for t, lang, img, op, ab, ph in ROWS:
            f.write("[[sentence]]\n")
            f.write(f"text = {esc(t)}\n")
            f.write(f"lang = {esc(lang)}\n")
            f.write(f"imaging_done = {esc(img)}\n")
            f.write(f"operated = {esc(op)}\n")
            f.write(f"treated_abroad = {esc(ab)}\n")
            f.write(f"phenomenon = {esc(ph)}\n\n")
    with open(path, "rb") as f:
        data = tomllib.load(f)
    assert len(data["sentence"]) == len(ROWS)
    write_notes(here, ROWS)
    print(path, len(ROWS), collections.Counter(r[1] for r in ROWS))
    return ROWS

if __name__ == "__main__":
    main()
