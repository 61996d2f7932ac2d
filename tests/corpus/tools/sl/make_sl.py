#!/usr/bin/env python3
"""Write /tmp/dc/sl/sentences/sl.toml: labelled sentences for the letter-reading accuracy corpus.

Each entry: (lang, imaging_done, operated, treated_abroad, phenomenon, text)
Y/N/U = yes/no/unmentioned.  All patients, doctors and places of care are invented or generic.
Labelling conventions: see NOTES.md.
"""
import json, os, collections

Y, N, U = "yes", "no", "unmentioned"

S = [
# ---------------------------------------------------------------- plain-positive
("nl", Y, U, U, "plain-positive", "Op 3 maart 2026 werd een röntgenfoto van de rechterpols gemaakt."),
("nl", U, Y, U, "plain-positive", "Patiënte is op 14 januari 2025 geopereerd aan een triggerfinger van de linker ringvinger."),
("nl", Y, U, U, "plain-positive", "Echografie van de linkerpols toonde een dorsaal ganglion van 12 mm."),
("nl", U, Y, U, "plain-positive", "In september 2024 onderging hij een carpaletunnelrelease rechts in het Spaarne Gasthuis."),
("nl", Y, U, U, "plain-positive", "De MRI van de rechterpols van 18-06-2025 liet een scheur in het TFCC zien."),
("nl", U, U, Y, "plain-positive", "Tijdens een vakantie in Turkije werd zij in het ziekenhuis van Alanya opgenomen met een open fractuur van de middenhand."),
("nl", U, Y, U, "plain-positive", "Conclusie: status na plaatosteosynthese distale radius links (2023), nu persisterende pijn ulnair."),
("nl", Y, U, U, "plain-positive", "Op de SEH is een CT-scan van de pols vervaardigd."),
("nl", U, U, Y, "plain-positive", "Zij is eerder in Gent in het AZ Sint-Lucas behandeld voor deze klachten."),
("nl", U, Y, U, "plain-positive", "Op 2 februari 2026 werd in dagbehandeling een ganglion van de pols verwijderd."),
("nl", Y, U, U, "plain-positive", "Er zijn röntgenfoto's van beide handen gemaakt."),
("nl", U, Y, U, "plain-positive", "Vorig jaar heeft de plastisch chirurg haar duim geopereerd."),
("nl", U, U, Y, "plain-positive", "Na de val is zij in een ziekenhuis in Agadir gegipst en na tien dagen naar Nederland teruggekeerd."),
("nl", Y, U, U, "plain-positive", "Bij echografie werd een tendovaginitis van de eerste extensorloge gezien."),
("nl", U, Y, U, "plain-positive", "In 2022 is een artrodese van het polsgewricht verricht."),
("nl", U, U, Y, "plain-positive", "Zij lag tijdens haar verblijf in Portugal twee nachten in het Hospital de Faro."),
("nl", Y, U, U, "plain-positive", "De röntgenfoto's en de MRI zijn op CD meegegeven."),
("nl", U, Y, U, "plain-positive", "Inmiddels is zij tweemaal aan dezelfde hand geopereerd."),
("nl", U, Y, U, "plain-positive", "Hij is aan zijn linkerpols geopereerd en daarna zes weken gegipst."),
("nl", Y, U, U, "plain-positive", "Er is een MR-artrografie van de rechterpols verricht."),
("nl", U, U, Y, "plain-positive", "Pt. werd in België op de spoedgevallendienst van AZ Delta Roeselare gezien."),
("nl", U, Y, U, "plain-positive", "De handchirurg heeft de A1-ringband van de rechter middelvinger gekliefd."),
("en", Y, U, U, "plain-positive", "An X-ray of the left wrist was taken on 4 November 2026."),
("en", U, Y, U, "plain-positive", "She underwent a carpal tunnel decompression on the right in March 2025."),
("en", U, U, Y, "plain-positive", "He was admitted to Hospital Universitario Virgen del Rocío in Seville after falling off a scooter."),
("en", Y, U, U, "plain-positive", "MRI of the right wrist demonstrated a scapholunate ligament tear."),
("en", U, Y, U, "plain-positive", "The patient had an open reduction and internal fixation of the left distal radius on 12/02/2025."),
("en", Y, U, U, "plain-positive", "Ultrasound confirmed a volar wrist ganglion."),
("en", U, U, Y, "plain-positive", "She was treated in the emergency department of St Vincent's University Hospital in Dublin."),
("en", Y, U, U, "plain-positive", "A CT scan of the wrist was performed to assess union of the scaphoid."),
("en", U, Y, U, "plain-positive", "Mr Jansen had a trapeziectomy of his right thumb base in 2021."),
("en", U, U, Y, "plain-positive", "He was seen and splinted at the Royal Infirmary of Edinburgh while visiting family in Scotland."),
("en", Y, U, U, "plain-positive", "Plain radiographs of both hands were obtained."),
("en", U, Y, U, "plain-positive", "The flexor tendon of the right index finger was repaired by our hand surgeons on 3 June 2026."),
("de", Y, U, U, "plain-positive", "Am 02.11.2026 erfolgte eine Röntgenaufnahme des rechten Handgelenks."),
("de", U, Y, U, "plain-positive", "Die Patientin wurde am 15.03.2025 an der linken Hand operiert."),
("de", U, U, Y, "plain-positive", "Der Patient wurde vom 03.08. bis 07.08.2026 im Klinikum Garmisch-Partenkirchen stationär behandelt."),
("de", Y, U, U, "plain-positive", "Die MRT des Handgelenks zeigte ein Knochenmarködem im Os scaphoideum."),
("de", U, Y, U, "plain-positive", "Es erfolgte eine offene Reposition und Plattenosteosynthese der distalen Radiusfraktur links."),
("en", Y, U, U, "plain-positive", "An ultrasound arranged by her GP showed a small ganglion on the dorsum of the wrist."),
# ---------------------------------------------------------------- plain-unmentioned
("nl", U, U, U, "plain-unmentioned", "Patiënt is rechtshandig en werkt als timmerman."),
("nl", U, U, U, "plain-unmentioned", "De klachten bestaan sinds ongeveer anderhalf jaar en nemen geleidelijk toe."),
("nl", U, U, U, "plain-unmentioned", "Medicatie: paracetamol 1000 mg driemaal daags, omeprazol 20 mg 1dd."),
("nl", U, U, U, "plain-unmentioned", "Zij rookt niet en drinkt af en toe een glas wijn."),
("nl", U, U, U, "plain-unmentioned", "Bij onderzoek een zwelling aan de dorsale zijde van de pols, niet drukpijnlijk."),
("nl", U, U, U, "plain-unmentioned", "De sensibiliteit in het verzorgingsgebied van de nervus medianus is verminderd."),
("nl", U, U, U, "plain-unmentioned", "Allergieën: geen bekend."),
("nl", U, U, U, "plain-unmentioned", "Patiënte vraagt zelf om een second opinion, omdat zij de pijn niet vertrouwt."),
("nl", U, U, U, "plain-unmentioned", "Geachte collega, hierbij verwijs ik mevrouw De Vries, geboren 12-04-1968, naar u voor een second opinion."),
("nl", U, U, U, "plain-unmentioned", "Sinds de val op haar uitgestrekte hand kan zij niet meer fietsen."),
("nl", U, U, U, "plain-unmentioned", "Zij draagt sinds drie maanden een polsbrace, met matig effect."),
("nl", U, U, U, "plain-unmentioned", "Twaalf weken fysiotherapie hebben weinig verbetering gebracht."),
("nl", U, U, U, "plain-unmentioned", "Hij speelt fanatiek volleybal en wil dat graag weer oppakken."),
("nl", U, U, U, "plain-unmentioned", "Diagnose: morbus Dupuytren beide handen, contractuur D5 rechts van 40 graden."),
("nl", U, U, U, "plain-unmentioned", "Er is sprake van ochtendstijfheid van ongeveer tien minuten."),
("nl", U, U, U, "plain-unmentioned", "De knijpkracht rechts is duidelijk minder dan links."),
("nl", U, U, U, "plain-unmentioned", "Voorgeschiedenis: diabetes mellitus type 2, hypertensie."),
("nl", U, U, U, "plain-unmentioned", "Zij is bekend met reumatoïde artritis en gebruikt methotrexaat."),
("nl", U, U, U, "plain-unmentioned", "Betreft: dhr. K. Bakker, geb. 03-09-1957, Lindenlaan 4, Amersfoort"),
("nl", U, U, U, "plain-unmentioned", "Een corticosteroïdinjectie in de eerste extensorloge gaf tijdelijk verlichting."),
("nl", U, U, U, "plain-unmentioned", "Wij zagen patiënt op 4 november op ons spreekuur."),
("nl", U, U, U, "plain-unmentioned", "Tinel positief, Phalen positief na 30 seconden."),
("en", U, U, U, "plain-unmentioned", "She is a 54-year-old right-handed hairdresser."),
("en", U, U, U, "plain-unmentioned", "Her symptoms started after she lifted a heavy box at work."),
("en", U, U, U, "plain-unmentioned", "There is tenderness over the anatomical snuffbox."),
("en", U, U, U, "plain-unmentioned", "Current medication: levothyroxine 75 micrograms once daily."),
("en", U, U, U, "plain-unmentioned", "He reports night-time numbness in the thumb, index and middle finger."),
("en", U, U, U, "plain-unmentioned", "Thank you for seeing this pleasant gentleman for a second opinion."),
("en", U, U, U, "plain-unmentioned", "She has worn a night splint for three months with partial relief."),
("en", U, U, U, "plain-unmentioned", "Grip strength is reduced on the left."),
("en", U, U, U, "plain-unmentioned", "Past medical history: asthma, hypothyroidism."),
("en", U, U, U, "plain-unmentioned", "She would like to know whether anything more can be done for her thumb."),
("en", U, U, U, "plain-unmentioned", "He works as a software developer and types for most of the day."),
("en", U, U, U, "plain-unmentioned", "Diagnosis: de Quervain's tenosynovitis, right."),
("de", U, U, U, "plain-unmentioned", "Der Patient ist Rechtshänder und arbeitet als Elektriker."),
("de", U, U, U, "plain-unmentioned", "Die Beschwerden bestehen seit etwa sechs Monaten."),
("de", U, U, U, "plain-unmentioned", "Klinisch Druckschmerz über dem Processus styloideus radii."),
("de", U, U, U, "plain-unmentioned", "Aktuelle Medikation: Ibuprofen 600 mg bei Bedarf."),
("de", U, U, U, "plain-unmentioned", "Diagnosen: Rhizarthrose rechts, arterielle Hypertonie."),
("en", U, U, U, "plain-unmentioned", "He is a keen amateur guitarist and finds chord changes painful."),
# ---------------------------------------------------------------- negation (simple, explicit)
("nl", U, N, U, "negation", "Patiënt is nooit aan de hand of pols geopereerd."),
("nl", N, U, U, "negation", "Er is tot op heden geen beeldvorming verricht."),
("nl", U, U, N, "negation", "Zij heeft nooit in een buitenlands ziekenhuis gelegen."),
("nl", N, U, U, "negation", "Röntgenfoto's zijn destijds niet gemaakt."),
("en", N, U, U, "negation", "No imaging has been performed to date."),
("en", U, N, U, "negation", "She has never had an operation on either hand."),
("de", N, U, U, "negation", "Eine Bildgebung ist bislang nicht erfolgt."),
("en", U, N, U, "negation", "Managed non-operatively throughout; there has been no surgery on this wrist."),
# ---------------------------------------------------------------- negation-wide
("nl", N, N, U, "negation-wide", "Geen foto's, geen echo en geen operatie tot nu toe."),
("nl", N, N, U, "negation-wide", "Er is nooit een röntgenfoto, MRI of operatie geweest."),
("nl", U, N, N, "negation-wide", "Niet geopereerd en nergens opgenomen geweest, ook niet tijdens het halfjaar in Spanje."),
("nl", N, N, U, "negation-wide", "Zowel beeldvorming als chirurgische behandeling hebben tot dusver niet plaatsgevonden."),
("en", N, N, U, "negation-wide", "Neither X-rays nor an ultrasound have been done, and she has not had surgery."),
("en", N, N, N, "negation-wide", "No imaging, no operations and no hospital admissions abroad."),
("de", N, N, N, "negation-wide", "Keine Voroperationen, keine Bildgebung, kein Krankenhausaufenthalt im Ausland."),
# ---------------------------------------------------------------- negation-narrow
("nl", Y, U, U, "negation-narrow", "Geen MRI gemaakt, wel een echo van de pols."),
("nl", Y, N, U, "negation-narrow", "Niet geopereerd, wel een röntgenfoto van de hand op de SEH."),
("nl", Y, U, U, "negation-narrow", "Er werd geen CT verricht; de diagnose is op de conventionele foto's gesteld."),
("nl", U, N, U, "negation-narrow", "Niet de pols maar de elleboog is in 2019 geopereerd."),
("en", Y, U, U, "negation-narrow", "No MRI was obtained, only plain films."),
("en", U, N, U, "negation-narrow", "He did not have surgery on the hand; his shoulder was operated on in 2018."),
("de", Y, U, U, "negation-narrow", "Keine MRT, jedoch eine Sonographie des Handgelenks am 12.09.2026."),
("de", U, N, U, "negation-narrow", "Nicht die Hand, sondern das Knie wurde 2020 arthroskopiert."),
# ---------------------------------------------------------------- negation-terminated
("nl", Y, U, U, "negation-terminated", "Geen zwelling of roodheid, maar op de röntgenfoto een fractuur van het os scaphoideum."),
("nl", U, Y, U, "negation-terminated", "Geen klachten van de knie. Hij werd in 2022 aan zijn rechterpols geopereerd."),
("nl", Y, U, U, "negation-terminated", "Geen koorts, niet misselijk; na de val is een echo van de pols gemaakt."),
("nl", U, U, Y, "negation-terminated", "Rookt niet, drinkt niet, maar is wel in 2021 in een kliniek in Istanbul behandeld voor een peesletsel van de hand."),
("en", Y, U, U, "negation-terminated", "No numbness or tingling, but the radiographs show advanced arthritis at the thumb base."),
("en", U, Y, Y, "negation-terminated", "She denies any trauma. Surgery was performed in Marbella in 2023 for a trigger thumb."),
("de", Y, U, U, "negation-terminated", "Keine Schwellung, aber im Röntgen eine dislozierte Fraktur des Os metacarpale V."),
("de", U, Y, Y, "negation-terminated", "Kein Fieber. Die Patientin wurde noch am selben Tag im Landeskrankenhaus Bregenz an der Hand operiert."),
# ---------------------------------------------------------------- negated-finding (exam done)
("nl", Y, U, U, "negated-finding", "Echo: geen afwijkingen."),
("nl", Y, U, U, "negated-finding", "X-pols rechts: geen fractuur zichtbaar."),
("nl", Y, U, U, "negated-finding", "Aanvullend onderzoek: röntgenfoto van de hand in twee richtingen, geen bijzonderheden."),
("nl", Y, U, U, "negated-finding", "Op de MRI geen aanwijzingen voor een occulte scaphoidfractuur."),
("nl", Y, U, U, "negated-finding", "De CT liet geen non-union meer zien."),
("en", Y, U, U, "negated-finding", "Ultrasound of the wrist: no abnormality detected."),
("en", Y, U, U, "negated-finding", "MRI showed no evidence of a TFCC tear."),
("de", Y, U, U, "negated-finding", "Die Sonographie ergab keinen pathologischen Befund."),
# ---------------------------------------------------------------- plan
("nl", U, U, U, "plan", "Wij zullen een MRI van de rechterpols aanvragen."),
("nl", U, U, U, "plan", "Beleid: carpaletunnelrelease rechts, patiënte is op de wachtlijst geplaatst."),
("nl", U, U, U, "plan", "Een operatie is geïndiceerd."),
("nl", U, U, U, "plan", "Indien de klachten aanhouden, overwegen wij een artrodese van de pols."),
("en", U, U, U, "plan", "She has been listed for a right carpal tunnel decompression."),
("en", U, U, U, "plan", "Plan: trapeziectomy under regional anaesthesia early in the new year."),
("de", U, U, U, "plan", "Geplant ist eine MRT-Untersuchung des Handgelenks in der kommenden Woche."),
# ---------------------------------------------------------------- offer
("nl", U, U, U, "offer", "Wij hebben patiënte een operatieve behandeling aangeboden."),
("nl", U, U, U, "offer", "Zij kan desgewenst op de OK-planning worden gezet."),
("en", U, U, U, "offer", "I have offered him a surgical release of the A1 pulley."),
("en", U, U, U, "offer", "Surgery remains an option should her symptoms persist."),
("de", U, U, U, "offer", "Wir boten der Patientin eine Arthrodese des Daumensattelgelenks an."),
# ---------------------------------------------------------------- advice
("nl", U, U, U, "advice", "Ik heb haar geadviseerd alsnog een röntgenfoto te laten maken."),
("nl", U, U, U, "advice", "De orthopeed raadde een operatie aan."),
("en", U, U, U, "advice", "I advised her to have the wrist X-rayed if the pain does not settle."),
("en", U, U, U, "advice", "He was advised to undergo surgery but wanted time to think it over."),
("de", U, U, U, "advice", "Wir empfehlen eine operative Dekompression des N. medianus."),
# ---------------------------------------------------------------- refusal
("nl", U, U, U, "refusal", "Patiënt ziet vooralsnog af van een operatie."),
("nl", U, U, U, "refusal", "Zij wilde geen MRI vanwege claustrofobie."),
("en", U, U, U, "refusal", "She declined surgery and opted for a steroid injection instead."),
("en", U, U, U, "refusal", "He refused X-rays on the day of the injury."),
("de", U, U, U, "refusal", "Der Patient lehnte die vorgeschlagene Operation ab."),
# ---------------------------------------------------------------- question
("nl", U, U, U, "question", "Vraagstelling: is er een indicatie voor operatieve behandeling?"),
("nl", U, U, U, "question", "Is er ooit een MRI van de pols gemaakt?"),
("nl", U, U, U, "question", "Vraagstelling: degeneratie TFCC? Re-operatie zinvol?"),
("en", U, U, U, "question", "Would she benefit from surgical decompression?"),
("en", U, U, U, "question", "Has she ever been seen in a hospital abroad for this?"),
("de", U, U, U, "question", "Fragestellung: Operationsindikation bei Rhizarthrose?"),
# ---------------------------------------------------------------- request
("nl", U, U, U, "request", "Graag eventuele beeldvorming en verslagen meesturen op CD."),
("nl", U, U, U, "request", "Wilt u voorafgaand aan het consult een MRSA-screening laten verrichten?"),
("nl", U, U, Y, "request", "Graag MRSA-kweek i.v.m. opname in het Devlet Hastanesi in Izmir in augustus."),
("en", U, U, U, "request", "Please could you arrange an ultrasound of the wrist before her appointment?"),
("en", U, U, U, "request", "Kindly send any operation notes and imaging you may have on CD."),
("de", U, U, U, "request", "Wir bitten um Zusendung vorhandener Bildgebung auf CD."),
# ---------------------------------------------------------------- pending-result
("nl", U, U, U, "pending-result", "MRI aangevraagd, uitslag volgt."),
("nl", U, U, U, "pending-result", "Echo pols gepland op 12-12-2026; het verslag wordt nagestuurd."),
("nl", N, U, U, "pending-result", "X-pols nog niet verricht, de afspraak staat voor volgende week."),
("en", U, U, U, "pending-result", "MRI requested; result awaited."),
("en", U, U, U, "pending-result", "Awaiting nerve conduction studies and an ultrasound scan."),
("de", U, U, U, "pending-result", "Der Befund der geplanten MRT steht noch aus."),
# ---------------------------------------------------------------- separable-verb
("nl", U, Y, U, "separable-verb", "Zij voerden in het Maasstad Ziekenhuis een carpaletunnelrelease uit."),
("nl", Y, U, U, "separable-verb", "De SEH-arts liet direct een foto van de pols maken."),
("nl", U, Y, U, "separable-verb", "De chirurg legde de nervus ulnaris in de loge van Guyon vrij."),
("nl", U, Y, Y, "separable-verb", "Men nam haar op in de Clínica Benidorm en zette de polsfractuur daar met pennen vast."),
("nl", U, U, U, "separable-verb", "Over twee weken voeren wij de ingreep uit."),
("de", U, Y, U, "separable-verb", "Wir führten am 14.05.2026 eine Ringbandspaltung am Mittelfinger durch."),
("de", Y, U, U, "separable-verb", "Die Röntgenaufnahmen fertigten wir noch am Unfalltag an."),
# ---------------------------------------------------------------- passive
("nl", Y, U, U, "passive", "Er werden op de SEH foto's van de hand gemaakt."),
("nl", U, Y, U, "passive", "Door de plastisch chirurg werd in 2023 de buigpees van de wijsvinger gehecht."),
("nl", U, U, U, "passive", "Er wordt een MRI aangevraagd."),
("nl", U, Y, U, "passive", "Het ganglion is vorig jaar operatief verwijderd."),
("en", U, Y, U, "passive", "The ganglion was excised under general anaesthetic in May."),
("en", U, U, U, "passive", "An MRI is to be requested via the orthopaedic clinic."),
("de", Y, U, U, "passive", "Es wurde eine Röntgenaufnahme der Hand in zwei Ebenen angefertigt."),
# ---------------------------------------------------------------- historical
("nl", U, U, U, "historical", "Als kind (1985) een polsbreuk links, toen zes weken gegipst."),
("nl", U, Y, U, "historical", "In 2009 al eens aan dezelfde pols geopereerd wegens een scaphoid-pseudartrose."),
("nl", Y, U, Y, "historical", "Destijds, rond 2012, zijn in een Krankenhaus in Duitsland foto's van de pols gemaakt."),
("nl", U, Y, U, "historical", "Twintig jaar geleden is dezelfde carpale tunnel al eens gekliefd; sinds een jaar recidief."),
("en", U, Y, U, "historical", "She had a left distal radius fracture in 1998 that was fixed with K-wires."),
("en", Y, U, U, "historical", "Back in 2005 he had an MRI of this wrist, which he recalls was normal."),
("de", U, U, Y, "historical", "Früher, etwa 2015, stationäre Behandlung in einem Krankenhaus in Krakau nach einem Sturz auf die Hand."),
# ---------------------------------------------------------------- other-experiencer
("nl", U, U, U, "other-experiencer", "Haar moeder is tweemaal geopereerd aan een carpaletunnelsyndroom."),
("nl", U, U, U, "other-experiencer", "Familieanamnese: vader en broer met morbus Dupuytren, beiden geopereerd."),
("nl", U, U, U, "other-experiencer", "Haar zoon werd vorig jaar in Turkije in het ziekenhuis opgenomen."),
("nl", U, U, U, "other-experiencer", "Echtgenoot had vergelijkbare klachten en kreeg daarvoor een MRI."),
("en", U, U, U, "other-experiencer", "Her sister had the same operation in Spain last year."),
("en", U, U, U, "other-experiencer", "Family history: his father had Dupuytren's surgery twice."),
("de", U, U, U, "other-experiencer", "Die Mutter der Patientin wurde ebenfalls an beiden Händen operiert."),
# ---------------------------------------------------------------- other-body-part
("nl", U, U, U, "other-body-part", "Voorgeschiedenis: appendectomie 1994, sectio caesarea 2003."),
("nl", U, U, U, "other-body-part", "Status na totale knieprothese rechts in 2020."),
("nl", U, N, U, "other-body-part", "Hij onderging een liesbreukoperatie; aan de hand is hij nooit geopereerd."),
("nl", U, U, U, "other-body-part", "Eerdere operaties: tonsillectomie, meniscectomie links."),
("en", U, U, U, "other-body-part", "Past surgical history: appendicectomy, caesarean section."),
("en", U, U, U, "other-body-part", "She had an arthroscopy of the left knee in 2017."),
("de", U, U, U, "other-body-part", "Voroperationen: Sectio caesarea 2012, Hüft-TEP links 2021."),
# ---------------------------------------------------------------- department-name
("nl", U, U, U, "department-name", "Brief ontvangen van de polikliniek Plastische Chirurgie."),
("nl", U, U, U, "department-name", "Patiënt werkt als anesthesiemedewerker op de OK van Gelre ziekenhuizen."),
("nl", U, U, U, "department-name", "Huisartsenpraktijk Röntgenlaan, Röntgenlaan 14, 2719 DA Zoetermeer"),
("nl", U, U, U, "department-name", "Aan: Maatschap Chirurgie, t.a.v. polikliniek handchirurgie"),
("en", U, U, U, "department-name", "Referred by Dr A. Patel, The Beeches Surgery, Loughborough."),
("de", U, U, U, "department-name", "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie – Sekretariat Prof. Dr. Weber"),
# ---------------------------------------------------------------- abbreviation
("nl", U, Y, U, "abbreviation", "St.n. CTR re 2021, nu recidiefklachten."),
("nl", U, U, U, "abbreviation", "Ibuprofen 400 mg z.n., brace z.n.; evt. OK bespreken bij volgend consult."),
("nl", U, Y, U, "abbreviation", "OK 12/3: excisie ganglion dorsaal li pols."),
("nl", Y, U, U, "abbreviation", "X-pols re: gn #."),
("nl", U, U, U, "abbreviation", "CTS li, EMG bevestigd; MRSA-screening neg."),
("en", Y, U, U, "abbreviation", "X-ray OK, no fracture."),
("en", U, U, U, "abbreviation", "Wrist ROM OK, grip 5/5, NVI distally."),
("en", U, Y, U, "abbreviation", "s/p ORIF L distal radius 2024, now c/o ulnar-sided pain."),
("de", U, Y, U, "abbreviation", "Z.n. Ringbandspaltung D3 rechts 2022."),
# ---------------------------------------------------------------- typo-telegram
("nl", U, U, U, "typo-telegram", "12-03-2026 S: val op li pols bij schaatsen O: drukpijn tabatière E: verd scaphoid# P: gips, X-pols over 10 dgn"),
("nl", Y, U, U, "typo-telegram", "pt gevalllen op re hand, rontgen: gn fractuur, drukverband"),
("nl", U, Y, U, "typo-telegram", "S: pijn pols sinds OK in mei, wond rustig O: litteken gb E: beloop na ganglionexcisie"),
("nl", Y, N, U, "typo-telegram", "Pat is nooit geoppereerd aan de hand, wel MIR gehad in het UMCU"),
("nl", Y, U, U, "typo-telegram", "brf SEH ontv: X-hand re: # MC5, gegipst"),
("nl", U, U, U, "typo-telegram", "E: triggervinger D3 re P: inj, evt verw hch"),
("en", Y, U, U, "typo-telegram", "pt FOOSH, xray neg, splint + r/v 2/52"),
("de", Y, U, U, "typo-telegram", "Pat. gestürzt, Rö o.B., Gips für 4 Wo."),
# ---------------------------------------------------------------- abroad-place
("nl", U, U, Y, "abroad-place", "Zij werd in het UZ Leuven behandeld voor een infectie van de handpalm."),
("nl", U, U, Y, "abroad-place", "Na een scooterongeval op Kreta opgenomen in het Venizeleio-ziekenhuis in Heraklion."),
("nl", U, U, Y, "abroad-place", "Hij is gezien op de spoedafdeling van het CHU de Liège."),
("nl", U, U, Y, "abroad-place", "In augustus vier dagen opgenomen geweest in het Antalya Devlet Hastanesi."),
("nl", U, U, Y, "abroad-place", "In het ZNA Middelheim te Antwerpen werd de pols gegipst."),
("en", U, U, Y, "abroad-place", "She was managed at Klinikum rechts der Isar in Munich for a wrist infection."),
("en", U, U, Y, "abroad-place", "During her stay in Bali she was admitted to a hospital in Kuta with a septic finger."),
("de", U, U, Y, "abroad-place", "Die Erstversorgung erfolgte im Kantonsspital St. Gallen."),
("en", U, U, Y, "abroad-place", "Following the fall she spent three nights at the Szpital Wojewódzki in Opole, Poland."),
# ---------------------------------------------------------------- abroad-reverse
("nl", Y, U, N, "abroad-reverse", "Tijdens een skivakantie in Oostenrijk gevallen; pas na terugkomst naar de SEH van het Deventer Ziekenhuis, waar een foto werd gemaakt."),
("nl", U, U, N, "abroad-reverse", "Zij is in Frankrijk op vakantie geweest maar heeft daar geen arts of ziekenhuis bezocht."),
("nl", U, U, U, "abroad-reverse", "Patiënt woont sinds 2019 in Spanje en komt voor deze second opinion naar Nederland."),
("nl", U, Y, U, "abroad-reverse", "In 2023 aan de rechterpols geopereerd in de Sint Maartenskliniek in Nijmegen."),
("nl", U, Y, N, "abroad-reverse", "Na de val in Marokko is zij direct teruggevlogen en in het Amphia in Breda geopereerd."),
("nl", U, Y, U, "abroad-reverse", "Geopereerd aan de duimbasis door dr. Yılmaz in Xpert Clinics Handchirurgie Amsterdam."),
("en", U, U, N, "abroad-reverse", "He lives in Dubai but has had all his care for this wrist in the Netherlands."),
("en", U, U, N, "abroad-reverse", "She injured the wrist skiing in Switzerland and was first seen at our emergency department in Utrecht two days later."),
("de", U, U, N, "abroad-reverse", "Der Unfall ereignete sich im Urlaub in Spanien; eine ärztliche Behandlung erfolgte erst nach der Rückkehr in die Niederlande."),
("en", U, U, N, "abroad-reverse", "Lives across the border in Aachen, but has never been to a hospital there or anywhere else abroad."),
# ---------------------------------------------------------------- conflict
("nl", Y, U, U, "conflict", "In de verwijsbrief staat dat er geen foto's zijn gemaakt, maar patiënte heeft de CD met de X-pols van 2 maart meegenomen."),
("nl", U, Y, U, "conflict", "Patiënt ontkent eerdere operaties; op de handrug zit echter een litteken van de ganglionexcisie uit 2020."),
("nl", U, U, Y, "conflict", "Eerder schreef ik dat zij nooit in het buitenland is opgenomen; dat klopt niet, zij lag in 2025 vijf dagen in een ziekenhuis in Izmir."),
("nl", Y, U, U, "conflict", "Volgens de huisarts is er geen MRI verricht, maar de orthopeed beschrijft een MRI van 12-01-2026."),
("en", Y, U, U, "conflict", "The referral states no imaging was done; however, an ultrasound report dated 3 March 2026 is enclosed."),
("en", U, Y, U, "conflict", "She says she has never had surgery, although our records show a right carpal tunnel release in 2017."),
("de", U, U, Y, "conflict", "Die Patientin verneint einen Krankenhausaufenthalt im Ausland, im Entlassungsbrief der Clínica Dénia ist jedoch eine stationäre Behandlung dokumentiert."),
# ---------------------------------------------------------------- unusual-wording
("nl", U, Y, U, "unusual-wording", "De pols is operatief gestabiliseerd met een volaire plaat."),
("nl", U, Y, U, "unusual-wording", "Het ganglion werd onder plaatselijke verdoving weggehaald."),
("nl", Y, U, U, "unusual-wording", "Een doorlichting tijdens de repositie bevestigde een goede stand."),
("nl", U, N, U, "unusual-wording", "De breuk is non-operatief behandeld; zij is nooit onder het mes geweest."),
("en", Y, U, U, "unusual-wording", "The wrist was imaged on arrival."),
("en", U, Y, U, "unusual-wording", "He went under the knife for his thumb in 2020."),
("de", Y, U, U, "unusual-wording", "Bildgebend zeigte sich eine Rhizarthrose Stadium III nach Eaton."),
]

VALID = {Y, N, U}
texts = set()
for lang, img, op, abr, phen, text in S:
    assert lang in ("nl", "en", "de"), text
    assert {img, op, abr} <= VALID, text
    assert text not in texts, "duplicate: " + text
    texts.add(text)

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences", "sl.toml")
os.makedirs(os.path.dirname(out), exist_ok=True)
q = lambda s: json.dumps(s, ensure_ascii=False)  # JSON string escapes are valid TOML basic strings
with open(out, "w", encoding="utf-8") as f:
    f.write("# Labelled sentences for the letter-reading accuracy corpus (generated by make_sl.py).\n")
    f.write("# Invented patients only. Conventions: see ../NOTES.md\n\n")
    for lang, img, op, abr, phen, text in S:
        f.write("[[sentence]]\n")
        f.write(f"text = {q(text)}\nlang = {q(lang)}\n")
        f.write(f"imaging_done = {q(img)}\noperated = {q(op)}\ntreated_abroad = {q(abr)}\n")
        f.write(f"phenomenon = {q(phen)}\n\n")

langs = collections.Counter(s[0] for s in S)
phens = collections.Counter(s[4] for s in S)
print(f"wrote {len(S)} sentences to {out}")
print("languages:", dict(langs), {k: f"{100*v/len(S):.0f}%" for k, v in langs.items()})
for p, c in phens.items():
    by = collections.Counter(s[0] for s in S if s[4] == p)
    print(f"  {p:22s} {c:3d}  nl={by['nl']} en={by['en']} de={by['de']}")
for i, name in ((1, "imaging_done"), (2, "operated"), (3, "treated_abroad")):
    print(name, dict(collections.Counter(s[i] for s in S)))
