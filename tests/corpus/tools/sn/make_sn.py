#!/usr/bin/env python3
"""Write sentences/sn.toml (250 invented, labelled letter sentences) and NOTES.md.

All patients, doctors and practices are invented; real hospital and town names appear only as places.
Each row: (variant, text, imaging_done, operated, treated_abroad, phenomenon)
variant: nl | be (Flemish, lang nl) | uk | us | ie (lang en) | de
labels: y = yes, n = no, u = unmentioned
"""
import collections
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_TOML = os.path.join(HERE, "sentences", "sn.toml")
OUT_NOTES = os.path.join(HERE, "NOTES.md")

LANG = {"nl": "nl", "be": "nl", "uk": "en", "us": "en", "ie": "en", "de": "de"}
VAL = {"y": "yes", "n": "no", "u": "unmentioned"}
PLAIN = {"plain-positive", "plain-unrelated"}

S = [
# ---------------------------------------------------------------- Dutch, plain
("nl", "Op 14 januari 2026 is een röntgenfoto van de rechterpols gemaakt.", "y", "u", "u", "plain-positive"),
("nl", "Patiënte werd op 3 maart 2025 geopereerd aan een carpaletunnelsyndroom links.", "u", "y", "u", "plain-positive"),
("nl", "Op de röntgenfoto van de linkerhand is een oude fractuur van het vijfde middenhandsbeentje te zien.", "y", "u", "u", "plain-positive"),
("nl", "Hij is in november in het Catharina Ziekenhuis aan zijn rechterduim geopereerd.", "u", "y", "u", "plain-positive"),
("nl", "Patiënt gebruikt sinds twee jaar metformine en lisinopril.", "u", "u", "u", "plain-unrelated"),
("nl", "De klachten bestaan sinds ongeveer een half jaar en nemen 's nachts toe.", "u", "u", "u", "plain-unrelated"),
("nl", "Bij onderzoek is de test van Finkelstein rechts duidelijk positief.", "u", "u", "u", "plain-unrelated"),
("nl", "Een MRI van de linkerpols liet een TFCC-laesie zien.", "y", "u", "u", "plain-positive"),
("nl", "In augustus werd zij tijdens een vakantie op Kreta na een val met de scooter twee dagen opgenomen in het ziekenhuis van Chania.", "u", "u", "y", "plain-positive"),
("nl", "Er is een echo van de pols verricht, waarop een ganglion van 8 mm werd gezien.", "y", "u", "u", "plain-positive"),
("nl", "Allergieën: geen bekend.", "u", "u", "u", "plain-unrelated"),
("nl", "Patiënte is rechtshandig en werkt als kapster in een salon in Zwolle.", "u", "u", "u", "plain-unrelated"),
("nl", "In 2023 onderging hij een trapeziectomie van de rechterduimbasis.", "u", "y", "u", "plain-positive"),
("nl", "Zij rookt niet en drinkt af en toe een glas wijn.", "u", "u", "u", "plain-unrelated"),
("nl", "De pijn zit vooral aan de ulnaire zijde van de pols, met name bij het openen van potten.", "u", "u", "u", "plain-unrelated"),
("nl", "Hij is in mei 2025 in het Universitätsklinikum Münster aan zijn pols geopereerd.", "u", "y", "y", "plain-positive"),
("nl", "De sensibiliteit van de vingertoppen is intact.", "u", "u", "u", "plain-unrelated"),
("nl", "Geachte collega, hierbij verwijs ik u mevrouw De Wit voor een second opinion.", "u", "u", "u", "plain-unrelated"),
("nl", "Patiënte had een distale radiusfractuur rechts die met een plaat is gefixeerd.", "u", "y", "u", "plain-positive"),
("nl", "Er werd een CT-scan van de pols gemaakt om de stand van de fractuur te beoordelen.", "y", "u", "u", "plain-positive"),
("nl", "Met vriendelijke groet, mede namens de huisartsen van Gezondheidscentrum Lunetten,", "u", "u", "u", "plain-unrelated"),
("nl", "Zij is bekend met diabetes mellitus type 2 en hypothyreoïdie.", "u", "u", "u", "plain-unrelated"),
("nl", "De röntgenfoto's van 12-02-2026 tonen artrose van het CMC-1-gewricht.", "y", "u", "u", "plain-positive"),
("nl", "Hij is vorig jaar door de plastisch chirurg geopereerd aan een triggervinger van de ringvinger.", "u", "y", "u", "plain-positive"),
("nl", "Op de echo van 5 januari wordt een tendinopathie van de eerste extensorloge beschreven.", "y", "u", "u", "plain-positive"),
("nl", "Patiënt is tijdens een werkreis in Polen een week opgenomen geweest in een ziekenhuis in Wrocław.", "u", "u", "y", "plain-positive"),
("nl", "Zij kan de knoopjes van haar blouse niet meer dichtmaken.", "u", "u", "u", "plain-unrelated"),
("nl", "Medicatie: paracetamol 1 g zo nodig, omeprazol 20 mg 1dd.", "u", "u", "u", "plain-unrelated"),
("nl", "Patiënte is een 67-jarige vrouw met sinds 2024 pijn aan de duimbasis rechts.", "u", "u", "u", "plain-unrelated"),
("nl", "Lichamelijk onderzoek: zwelling dorsaal ter hoogte van het os lunatum.", "u", "u", "u", "plain-unrelated"),
("nl", "Op 8 oktober 2025 is zij in het Rode Kruis Ziekenhuis in Beverwijk aan haar rechterpols geopereerd.", "u", "y", "u", "plain-positive"),
("nl", "Er werd een röntgenfoto van beide handen gemaakt.", "y", "u", "u", "plain-positive"),
("nl", "Hij werkt als stratenmaker en heeft vooral last bij het tillen van tegels.", "u", "u", "u", "plain-unrelated"),
("nl", "De MRI van 3 februari toont een ganglion uitgaande van het scapholunaire ligament.", "y", "u", "u", "plain-positive"),
("nl", "In 2018 onderging zij een carpaletunnelrelease rechts in het Zuyderland.", "u", "y", "u", "plain-positive"),
("nl", "In juni heeft patiënt drie dagen in een ziekenhuis in Marrakech gelegen met een infectie van de hand.", "u", "u", "y", "plain-positive"),
("nl", "Er werd een echo gemaakt die een peesschedeontsteking van de middelvinger liet zien.", "y", "u", "u", "plain-positive"),
("nl", "Bloeddruk 135/80 mmHg, pols regulair 72/min.", "u", "u", "u", "plain-unrelated"),
("nl", "Betreft: mevrouw J. van Dam, geb. 14-07-1958", "u", "u", "u", "plain-unrelated"),
# ---------------------------------------------------------------- Flemish, plain
("be", "Patiënte werd op 2 februari 2026 op de spoedgevallendienst van het AZ Groeninge in Kortrijk gezien.", "u", "u", "y", "plain-positive"),
("be", "Ik zag mevrouw op mijn raadpleging handchirurgie op 12/01/2026.", "u", "u", "u", "plain-unrelated"),
("be", "Besluit: tendovaginitis van De Quervain rechts.", "u", "u", "u", "plain-unrelated"),
("be", "Zij werd op 14/03/2025 in het UZ Gent geopereerd (carpaletunnelrelease links).", "u", "y", "y", "plain-positive"),
("be", "De patiënt werd in 2019 aan de rechterhand geopereerd (ganglionectomie), zonder verwikkelingen.", "u", "y", "u", "plain-positive"),
("be", "Werd opgenomen in ZNA Middelheim na een verkeersongeval in Antwerpen.", "u", "u", "y", "plain-positive"),
("be", "Patiënt, °12/04/1961, is gedomicilieerd te Maasmechelen.", "u", "u", "u", "plain-unrelated"),
# ---------------------------------------------------------------- Dutch, hard
# negation with long or split scope
("nl", "Een operatie aan de pols heeft, voor zover patiënte zich kan herinneren en ook volgens de brieven van het Deventer Ziekenhuis, nooit plaatsgevonden.", "u", "n", "u", "negation-long-scope"),
("nl", "Geopereerd is zij aan deze hand nooit.", "u", "n", "u", "negation-split-scope"),
("nl", "Noch in Spanje, noch na terugkomst in Nederland is er een röntgenfoto gemaakt.", "n", "u", "u", "negation-split-scope"),
("nl", "Aanvullend onderzoek in de vorm van beeldvorming heeft bij ons niet plaatsgevonden.", "u", "u", "u", "negation-limited-to-place"),
("nl", "Er is geen sprake geweest van een ziekenhuisopname of behandeling in het buitenland.", "u", "u", "n", "negation"),
("nl", "Het is niet zo dat zij nooit geopereerd is: in 2017 werd het ganglion in Tergooi verwijderd.", "u", "y", "u", "double-negation"),
("nl", "De MRI die de huisarts in 2024 wilde aanvragen, is er nooit van gekomen.", "n", "u", "u", "negation-idiom"),
("nl", "Op advies van haar schoonzoon, die orthopeed is in Antwerpen, liet zij zich nog niet opereren.", "u", "n", "u", "negation+family-member"),
# negated findings with the exam done
("nl", "MRI pols rechts: geen afwijkingen.", "y", "u", "u", "negated-finding"),
("nl", "X-pols li: gn aanwijzingen voor #.", "y", "u", "u", "negated-finding+abbreviation"),
("nl", "De CT toont geen consolidatie van het scaphoid, ook niet na twaalf weken gips.", "y", "u", "u", "negated-finding"),
("nl", "Na de val is op de SEH een foto gemaakt; er was geen fractuur.", "y", "u", "u", "negated-finding"),
# separable verbs and passives
("nl", "De draden werden er na vijf weken op de polikliniek weer uitgehaald.", "u", "y", "u", "separable-verb"),
("nl", "Het ganglion is in 2022 aangeprikt en leeggezogen, maar kwam terug.", "u", "u", "u", "separable-verb+non-operative-procedure"),
("nl", "In Turkije zou volgens patiënt een plaatje zijn ingezet, maar een operatieverslag ontbreekt.", "u", "y", "y", "separable-verb+reported"),
("nl", "De breuk werd op de SEH rechtgezet en ingegipst.", "u", "u", "u", "separable-verb+non-operative-procedure"),
("nl", "Hij had al in 2024 geopereerd moeten worden, maar de ingreep werd twee keer afgezegd.", "u", "n", "u", "cancelled"),
("nl", "Op 12-06-2025 is de carpale tunnel rechts vrijgelegd.", "u", "y", "u", "passive+procedure-phrase"),
# plans, offers, advice, requests, questions
("nl", "Wij hebben patiënte een operatieve behandeling aangeboden; zij wil hierover eerst een second opinion.", "u", "u", "u", "offer"),
("nl", "Een MRI werd niet nodig geacht; de diagnose werd op klinische gronden gesteld.", "n", "u", "u", "negation"),
("nl", "Vraagstelling: ligamentair letsel? Beeldvorming gewenst?", "u", "u", "u", "question-form-field"),
("nl", "Kunt u de röntgenfoto's uit het Spaarne Gasthuis meesturen?", "y", "u", "u", "request-presupposition"),
("nl", "Wij verzoeken u het operatieverslag op te vragen bij Rijnstate.", "u", "y", "u", "request-presupposition"),
("nl", "Zij twijfelt of zij zich in België wil laten opereren.", "u", "u", "u", "plan-abroad"),
# conditional and hypothetical
("nl", "Als er op de MRI een scapholunair letsel wordt gezien, verwijs ik haar naar u voor een operatie.", "u", "u", "u", "conditional"),
("nl", "Mocht patiënt in het buitenland behandeld zijn, dan is een MRSA-screening nodig.", "u", "u", "u", "conditional"),
("nl", "Achteraf gezien had de fractuur direct operatief behandeld moeten worden; nu is er een malunion.", "u", "n", "u", "counterfactual"),
# history vs now
("nl", "In 2009 is zij aan de linkerpols geopereerd; de huidige klachten betreffen de rechterhand.", "u", "y", "u", "history-vs-now"),
("nl", "Een eerdere foto uit 2015 is niet meer beschikbaar.", "y", "u", "u", "history-vs-now"),
("nl", "Destijds is afgezien van een operatie; nu, tien jaar later, is er progressieve artrose.", "u", "n", "u", "history-vs-now"),
("nl", "Vorig jaar bij de plastisch chirurg in het Amphia geweest; toen werd een operatie niet nodig gevonden.", "u", "n", "u", "history-vs-now"),
# family members
("nl", "De echtgenoot van patiënte werd vorig jaar in een ziekenhuis in Málaga opgenomen; zijzelf is daar niet behandeld.", "u", "u", "n", "family-member+abroad-city"),
("nl", "Haar zoon van veertien had vorig jaar een scaphoidfractuur waarvoor een CT werd gemaakt.", "u", "u", "u", "family-member"),
# other body parts
("nl", "Voorgeschiedenis: appendectomie (1998), sectio caesarea (2006), cholecystectomie (2019).", "u", "u", "u", "other-body-part"),
("nl", "Hij is twee keer aan de schouder geopereerd; de hand is nooit geopereerd.", "u", "n", "u", "other-body-part+negation"),
("nl", "Zij is in 2024 in het AZ Turnhout aan haar voet geopereerd.", "u", "u", "y", "other-body-part+abroad-hospital-name"),
("nl", "Hij werd aan zijn rug geopereerd in een kliniek in Istanbul; aan de hand is nooit iets gedaan.", "u", "n", "y", "other-body-part+abroad-city"),
# imaging requested or pending
("nl", "MRI aangevraagd, patiënte is hiervoor nog niet opgeroepen.", "u", "u", "u", "imaging-pending"),
("nl", "De uitslag van de CT van vorige week is nog niet binnen.", "y", "u", "u", "result-pending"),
("nl", "Een CT-scan is aangevraagd, maar patiënte is niet op de afspraak verschenen.", "n", "u", "u", "imaging-not-attended"),
("nl", "Opgevraagd: operatieverslag en beelden uit het UMCG.", "y", "y", "u", "request-presupposition"),
# treatment abroad by hospital or city
("nl", "Hij werd behandeld in het Jessa Ziekenhuis.", "u", "u", "y", "abroad-hospital-name"),
("nl", "Na het ongeval werd zij overgebracht naar het Ziekenhuis Oost-Limburg.", "u", "u", "y", "abroad-hospital-name"),
("nl", "De operatie vond plaats in het Erasmus MC.", "u", "y", "u", "domestic-hospital-name"),
("nl", "De operatie vond plaats in het Erasmusziekenhuis in Anderlecht.", "u", "y", "y", "abroad-hospital-name"),
("nl", "Zij werd in Aken aan haar duim geopereerd.", "u", "y", "y", "abroad-city"),
("nl", "Hij heeft in Istanbul een haartransplantatie laten doen, verder geen behandelingen in het buitenland.", "u", "u", "y", "abroad-city+negation"),
("nl", "Zij is in Maaseik geopereerd.", "u", "y", "y", "abroad-city"),
("nl", "Mevrouw woont in Terneuzen en is voor haar handklachten steeds in het AZ Sint-Lucas in Gent gezien.", "u", "u", "y", "abroad-hospital-name"),
("nl", "Op 1 juli met de mountainbike gevallen in de Eifel; per ambulance naar het Krankenhaus in Prüm, daar foto's en gips.", "y", "u", "y", "abroad-city"),
# holidays and living abroad without care
("nl", "De klachten ontstonden tijdens een vakantie op Bali; daar is zij niet bij een arts geweest.", "u", "u", "n", "holiday-no-care"),
("nl", "Tijdens de wintersport in Oostenrijk gevallen, pas thuis naar de huisarts gegaan.", "u", "u", "n", "holiday-no-care"),
("nl", "Ze woont sinds 2018 in Brussel, maar is altijd in Breda onder behandeling geweest.", "u", "u", "n", "living-abroad-care-nl"),
# accidents abroad treated in the Netherlands
("nl", "Val op de uitgestrekte hand in Frankrijk; na de terugreis dezelfde avond op de SEH van het Maasstad gezien, waar een foto werd gemaakt.", "y", "u", "n", "accident-abroad-treated-nl"),
("nl", "Hij werd in Winterswijk opgevangen na een val met de fiets in Bocholt.", "u", "u", "n", "accident-abroad-treated-nl"),
# department / practice names, occupations
("nl", "Aan: Polikliniek Plastische Chirurgie, t.a.v. dr. A. Visser", "u", "u", "u", "department-name"),
("nl", "Een röntgenfoto noch een echo is ooit van deze pols gemaakt.", "n", "u", "u", "negation-split-scope"),
("nl", "Patiënte werkt als operatieassistente in het OLVG.", "u", "u", "u", "occupation"),
("nl", "Bijgevoegd: foto's van de gezwollen hand, door patiënte zelf met haar telefoon gemaakt.", "u", "u", "u", "clinical-photo"),
("nl", "De röntgenfoto's zijn op cd bijgevoegd.", "y", "u", "u", "enclosure"),
# procedure names as nouns
("nl", "Z.n. CTR re (2019).", "u", "y", "u", "abbreviation+procedure-noun"),
("nl", "Ingreep: excisie ganglion dorsaal pols rechts.", "u", "y", "u", "procedure-noun+form-field"),
# GP journal / telegram style
("nl", "12-03-2026 S: pijn pols re na val van fiets. O: drukpijn tabatière. E: vd scaphoid#. P: X-pols, gips.", "u", "u", "u", "telegram-soep-plan"),
("nl", "Brief specialist ontvangen: z.n. TFCC-hechting, herstel verloopt goed.", "u", "y", "u", "telegram"),
("nl", "Uitslag X-hand: gn afw.", "y", "u", "u", "telegram+negated-finding"),
("nl", "Tel.: pt belt vanuit Portugal, is op EH geweest, pols gegipst, foto gemaakt.", "y", "u", "y", "telegram+abroad-country"),
("nl", "CTS li: 2x infiltratie, geen OK.", "u", "n", "u", "telegram-negation"),
("nl", "Med. beeldvorming 2024: echo schouder li (bursitis subacromialis)", "y", "u", "u", "imaging-other-body-part"),
# typos
("nl", "Patient is in 2021 geopereed aan de rechter pols.", "u", "y", "u", "typo"),
("nl", "Geen MIR gemaakt.", "n", "u", "u", "typo+negation"),
("nl", "Opgenoemn in ziekenhuis in Spanje (Alicante).", "u", "u", "y", "typo+abroad-city"),
# form fields, headings, tables
("nl", "Operatie: ja", "u", "y", "u", "form-field"),
("nl", "Voorgeschiedenis: geen", "u", "u", "u", "form-field"),
("nl", "Eerdere operaties aan hand/pols: nee", "u", "n", "u", "form-field"),
("nl", "Behandeling in buitenland (laatste 2 mnd): nee", "u", "u", "n", "form-field"),
("nl", "Aanvullend onderzoek: niet verricht.", "n", "u", "u", "form-field"),
("nl", "Opname buitenland: ja, Klinikum Garmisch-Partenkirchen, 02-2026", "u", "u", "y", "form-field+abroad-hospital-name"),
("nl", "Ganglionectomie | 03-2024 | Ziekenhuis Gelderse Vallei", "u", "y", "u", "table-row"),
("nl", "OK-VERSLAG HANDCHIRURGIE", "u", "y", "u", "heading"),
# ---------------------------------------------------------------- Flemish, hard
("be", "RX pols links: geen fractuur.", "y", "u", "u", "negated-finding"),
("be", "Een ingreep werd voorzien op 12 mei, maar patiënte wenst eerst een tweede advies.", "u", "u", "u", "plan"),
("be", "Er werd een NMO uitgevoerd, die een matig uitgesproken CTS rechts aantoonde.", "u", "u", "u", "non-imaging-test"),
("be", "Een echografie van de pols werd aangevraagd en zal doorgaan in AZ Sint-Jan.", "u", "u", "u", "imaging-pending+abroad-hospital-name"),
("be", "Geen heelkundige voorgeschiedenis.", "u", "n", "u", "negation"),
("be", "Zij viel op de skipiste in Les Deux Alpes, maar liet zich pas thuis in België verzorgen.", "u", "u", "y", "abroad-country"),
("be", "Beeldvorming: RX en CT van de pols, beide uitgevoerd op 03/02/2026 in AZ Delta.", "y", "u", "y", "form-field+abroad-hospital-name"),
("be", "Vervolgens werd zij doorverwezen naar de raadpleging handchirurgie van UZ Leuven.", "u", "u", "u", "referral-plan-abroad"),
("be", "Er werd tot op heden geen medische beeldvorming verricht.", "n", "u", "u", "negation"),
("be", "Heeft nooit een ingreep ondergaan aan handen of polsen.", "u", "n", "u", "negation"),
("be", "Gezien op de spoedgevallen van het Ziekenhuis Maas en Kempen; RX toonde een Colles-fractuur.", "y", "u", "y", "abroad-hospital-name"),
("be", "Zijn vader werd destijds in het UZ Brussel aan een gelijkaardig letsel geopereerd.", "u", "u", "u", "family-member"),
("be", "Controle-RX na zes weken: goede consolidatie, het osteosynthesemateriaal ligt goed.", "y", "y", "u", "telegram"),
# ---------------------------------------------------------------- English, plain
("uk", "X-rays of the right wrist taken on 4 March 2026 showed a minimally displaced distal radius fracture.", "y", "u", "u", "plain-positive"),
("uk", "She underwent an open carpal tunnel release on the left in June 2024.", "u", "y", "u", "plain-positive"),
("uk", "He is right-hand dominant and works as a joiner.", "u", "u", "u", "plain-unrelated"),
("uk", "She was admitted to the Royal Victoria Hospital in Belfast following a fall on ice.", "u", "u", "y", "plain-positive"),
("uk", "An MRI scan of the left wrist was performed on 12/01/2026.", "y", "u", "u", "plain-positive"),
("uk", "Thank you for seeing this pleasant 54-year-old lady.", "u", "u", "u", "plain-unrelated"),
("uk", "Her past medical history includes hypertension and asthma.", "u", "u", "u", "plain-unrelated"),
("ie", "He had a trapeziectomy at St Vincent's University Hospital, Dublin, in 2022.", "u", "y", "y", "plain-positive"),
("uk", "Examination revealed a positive Tinel's sign over the median nerve at the wrist.", "u", "u", "u", "plain-unrelated"),
("uk", "Ultrasound confirmed a 1 cm volar ganglion.", "y", "u", "u", "plain-positive"),
("uk", "He is a non-smoker and drinks about 10 units a week.", "u", "u", "u", "plain-unrelated"),
("uk", "She had a Dupuytren's fasciectomy of the right ring finger in 2020.", "u", "y", "u", "plain-positive"),
("uk", "Medications: amlodipine 5 mg OD, atorvastatin 20 mg ON.", "u", "u", "u", "plain-unrelated"),
("uk", "A CT scan on 2 February confirmed a scaphoid waist non-union.", "y", "u", "u", "plain-positive"),
("ie", "She was seen in the Emergency Department at Cork University Hospital on 3 January.", "u", "u", "y", "plain-positive"),
("uk", "Grip strength was reduced on the left.", "u", "u", "u", "plain-unrelated"),
("us", "PMH: T2DM, HTN, hyperlipidemia.", "u", "u", "u", "plain-unrelated"),
("us", "Patient presents with 6 months of numbness in the radial three digits.", "u", "u", "u", "plain-unrelated"),
("us", "He was treated at Massachusetts General Hospital in Boston while living in the US.", "u", "u", "y", "plain-positive"),
("uk", "X-ray: osteoarthritis of the first CMC joint, Eaton stage III.", "y", "u", "u", "plain-positive"),
("uk", "Her symptoms began after a fall while gardening.", "u", "u", "u", "plain-unrelated"),
("uk", "She had K-wire fixation of a fifth metacarpal fracture in 2023.", "u", "y", "u", "plain-positive"),
("uk", "She reports night pain waking her three to four times a week.", "u", "u", "u", "plain-unrelated"),
("uk", "Dear Dr Jansen,", "u", "u", "u", "plain-unrelated"),
("us", "She underwent right wrist arthroscopy with TFCC debridement on March 3, 2025.", "u", "y", "u", "plain-positive"),
# ---------------------------------------------------------------- English, hard
("uk", "No surgery has been performed to date.", "u", "n", "u", "negation"),
("uk", "She has never had any imaging of the hand, despite two previous GP consultations.", "n", "u", "u", "negation-long-scope"),
("uk", "X-rays of the wrist were unremarkable.", "y", "u", "u", "negated-finding"),
("uk", "MRI: no evidence of a TFCC tear or ligamentous injury.", "y", "u", "u", "negated-finding"),
("uk", "She declined surgery and opted for a thumb spica splint.", "u", "n", "u", "declined"),
("uk", "He has been listed for a carpal tunnel decompression.", "u", "u", "u", "plan"),
("uk", "I have requested an MRI arthrogram and will review her with the results.", "u", "u", "u", "imaging-requested"),
("uk", "Should the splint fail, we could consider a trapeziectomy.", "u", "u", "u", "conditional"),
("uk", "Would a wrist arthroscopy be of any benefit at this stage?", "u", "u", "u", "question"),
("uk", "Her mother had bilateral carpal tunnel releases in her fifties.", "u", "u", "u", "family-member"),
("us", "PSH: lap chole 2015, C-section x2.", "u", "u", "u", "other-body-part+abbreviation"),
("us", "PSH: L CTR 2017, R trigger thumb release 2019.", "u", "y", "u", "abbreviation+procedure-noun"),
("us", "Patient denies any prior hand or wrist surgery.", "u", "n", "u", "negation"),
("uk", "Referred by Dr Amira Khan, Riverside Surgery, Norwich.", "u", "u", "u", "practice-name"),
("ie", "Department of Diagnostic Imaging, Beaumont Hospital", "u", "u", "u", "department-name"),
("uk", "She is a theatre nurse at the Royal Free and is keen to return to work.", "u", "u", "u", "occupation"),
("uk", "The CT was booked for 14 March but she did not attend.", "n", "u", "u", "imaging-not-attended"),
("uk", "Results of last week's MRI are awaited.", "y", "u", "u", "result-pending"),
("uk", "She injured her wrist on holiday in Crete but did not seek medical attention until she got home.", "u", "u", "n", "holiday-no-care"),
("us", "He fell skiing in Whistler and was seen the same day at the local medical clinic, where X-rays were taken.", "y", "u", "y", "abroad-city"),
("uk", "Although he lives in Spain, all of his treatment has been in the Netherlands.", "u", "u", "n", "living-abroad-care-nl"),
("ie", "She was initially managed in A&E at Tallaght University Hospital with a backslab.", "u", "u", "y", "abroad-hospital-name"),
("uk", "Scaphoid views x4: no fracture seen; clinically suspicious, repeat films in 10-14 days.", "y", "u", "u", "negated-finding+plan"),
("us", "Hx of R DRF 2019 s/p ORIF, HW removed 2020.", "u", "y", "u", "abbreviation+procedure-noun"),
("us", "s/p CMC arthroplasty, now c/o contralateral pain.", "u", "y", "u", "abbreviation+history-vs-now"),
("uk", "She has had no X-rays, scans or operations for this problem.", "n", "n", "u", "negation-long-scope"),
("uk", "Imaging: nil.", "n", "u", "u", "form-field"),
("uk", "Previous surgery: none.", "u", "n", "u", "form-field"),
("uk", "Treated abroad: yes – Hospital Clínic de Barcelona, 11/2025", "u", "u", "y", "form-field+abroad-hospital-name"),
("uk", "She was seen in our fracture clinic, where a cast was applied.", "u", "u", "u", "location-unspecified"),
("uk", "She had surgery on her knee, not her wrist.", "u", "n", "u", "other-body-part+negation"),
("uk", "Carpal tunnel syndrome was confirmed on nerve conduction studies.", "u", "u", "u", "non-imaging-test"),
("uk", "She sent photographs of the swelling via the patient portal.", "u", "u", "u", "clinical-photo"),
("uk", "Unfortunately, surgery was postponed twice because of bed pressures and never took place.", "u", "n", "u", "cancelled"),
("uk", "If an MRI has been done, please forward the report.", "u", "u", "u", "conditional"),
("uk", "Had she been operated on acutely, the outcome might have been better.", "u", "n", "u", "counterfactual"),
("uk", "He was repatriated from Thailand after a week in Bangkok Hospital, where his hand was debrided.", "u", "y", "y", "abroad-hospital-name"),
("us", "Dx: ? de Quervain's. Ddx: CMC OA – xray ordered.", "u", "u", "u", "imaging-requested+abbreviation"),
("uk", "Her brother, a radiologist, looked at the films informally.", "y", "u", "u", "family-member+presupposition"),
("ie", "Operatd in 2018 at Galway University Hospital – details unknown.", "u", "y", "y", "typo+abroad-hospital-name"),
("uk", "Xray R wrist: NAD", "y", "u", "u", "abbreviation+negated-finding"),
("uk", "She was not admitted, but was treated in the ED at Hospital Universitario La Paz.", "u", "u", "y", "negation+abroad-hospital-name"),
("uk", "In Madrid she saw only a pharmacist, who sold her a wrist support.", "u", "u", "n", "holiday-no-care"),
("ie", "Kind regards, Mr Pádraig O'Sullivan, Consultant Orthopaedic Surgeon", "u", "u", "u", "signature-title"),
("uk", "An MRI has not yet been arranged, as the waiting list locally is about four months.", "n", "u", "u", "negation+plan"),
("us", "No imaging on file; pt states x-rays were done at an urgent care in Florida.", "y", "u", "y", "reported+abroad-city"),
("uk", "Enclosed: operation note (Leeds General Infirmary, 05/09/2025) and discharge summary.", "u", "y", "y", "enclosure+abroad-hospital-name"),
("us", "ORTHOPEDIC SURGERY CONSULT NOTE", "u", "u", "u", "heading"),
("uk", "Neither the ultrasound nor the MRI that were requested in January have been carried out yet.", "n", "u", "u", "negation-split-scope"),
("uk", "She had her appendix out in Spain as a child.", "u", "u", "y", "other-body-part+abroad-country"),
# ---------------------------------------------------------------- German, plain
("de", "Am 12.03.2026 erfolgte eine Röntgenaufnahme des rechten Handgelenks.", "y", "u", "u", "plain-positive"),
("de", "Die Patientin wurde am 04.02.2025 an einem Karpaltunnelsyndrom links operiert.", "u", "y", "u", "plain-positive"),
("de", "Der Patient stellte sich in der Notaufnahme des Klinikums Bremen-Mitte vor.", "u", "u", "y", "plain-positive"),
("de", "Die MRT zeigt eine Ruptur des skapholunären Bandes.", "y", "u", "u", "plain-positive"),
("de", "Sehr geehrte Frau Kollegin,", "u", "u", "u", "plain-unrelated"),
("de", "Der Patient ist Rechtshänder und von Beruf Elektriker.", "u", "u", "u", "plain-unrelated"),
("de", "Diagnosen: Rhizarthrose rechts, arterielle Hypertonie.", "u", "u", "u", "plain-unrelated"),
("de", "Es erfolgte eine palmare Plattenosteosynthese im BG Klinikum Duisburg.", "u", "y", "y", "plain-positive"),
("de", "Sonographisch zeigt sich ein Ganglion von 12 mm Durchmesser.", "y", "u", "u", "plain-positive"),
("de", "Mit freundlichen kollegialen Grüßen", "u", "u", "u", "plain-unrelated"),
("de", "Die Patientin wurde vom 03.01. bis 06.01.2026 im Krankenhaus Zell am See stationär behandelt.", "u", "u", "y", "plain-positive"),
("de", "Die Beschwerden bestehen seit etwa drei Monaten.", "u", "u", "u", "plain-unrelated"),
# ---------------------------------------------------------------- German, hard
("de", "Eine Röntgenaufnahme wurde nicht angefertigt.", "n", "u", "u", "negation"),
("de", "Röntgen: kein Frakturnachweis.", "y", "u", "u", "negated-finding"),
("de", "Keine Voroperationen an Hand oder Handgelenk.", "u", "n", "u", "negation"),
("de", "Z.n. Appendektomie 1998, Z.n. Sectio 2004.", "u", "u", "u", "other-body-part"),
("de", "Eine operative Versorgung wurde mit der Patientin besprochen, sie wünscht jedoch zunächst eine Zweitmeinung.", "u", "u", "u", "offer"),
("de", "Geplant ist eine Handgelenksarthroskopie am 14.04.2026.", "u", "u", "u", "plan"),
("de", "Der Vater der Patientin wurde an beiden Händen wegen Morbus Dupuytren operiert.", "u", "u", "u", "family-member"),
("de", "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie", "u", "u", "u", "department-name"),
("de", "Der Patient arbeitet als OP-Pfleger im Klinikum.", "u", "u", "u", "occupation"),
("de", "Z.n. operativer Spaltung des Retinaculum flexorum re. 2021", "u", "y", "u", "abbreviation+procedure-noun"),
("de", "Die operative Versorgung erfolgte in unserem Hause.", "u", "y", "u", "location-unspecified"),
("de", "Eine stationäre oder ambulante Behandlung im Ausland hat nicht stattgefunden.", "u", "u", "n", "negation"),
("de", "Während eines Urlaubs in Italien traten die Beschwerden erstmals auf, eine ärztliche Behandlung vor Ort erfolgte nicht.", "u", "u", "n", "holiday-no-care"),
("de", "Nach dem Sturz in Winterberg wurde sie erst nach der Rückkehr in die Niederlande ärztlich versorgt.", "u", "u", "n", "accident-abroad-treated-nl"),
("de", "Operation: nein", "u", "n", "u", "form-field"),
("de", "Nach Entfernung der K-Drähte in der 6. postoperativen Woche freie Beweglichkeit.", "u", "y", "u", "implicit-operation"),
("de", "Falls die Beschwerden persistieren, wäre eine Denervation nach Wilhelm zu erwägen.", "u", "u", "u", "conditional"),
("de", "Vorstellung in der Notaufnahme des Universitätsspitals Basel, dort Röntgen und Gipsschiene.", "y", "u", "y", "abroad-hospital-name+telegram"),
("de", "Wir bitten um Übersendung der CT-Bilder aus dem Klinikum Oldenburg.", "y", "u", "y", "request-presupposition"),
("de", "Ambulante OP eines Ganglions 2019 auswärts, Bericht liegt nicht vor.", "u", "y", "u", "abbreviation"),
("de", "Befund: Rö. li. Hand o.B.", "y", "u", "u", "abbreviation+negated-finding"),
("de", "Der Operationsbericht wird nachgereicht.", "u", "y", "u", "presupposition"),
("de", "Zweitägige Hospitalisation im Kantonsspital St. Gallen nach Skiunfall.", "u", "u", "y", "abroad-hospital-name"),
("de", "Eine Kernspintomographie ist bislang nicht erfolgt, ebensowenig eine Sonographie.", "n", "u", "u", "negation-split-scope"),
("de", "Die Arthroskopie wurde wegen eines Infekts abgesagt und bisher nicht nachgeholt.", "u", "n", "u", "cancelled"),
]


def tq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    rows = []
    for v, text, img, op, ab, ph in S:
        assert img in VAL and op in VAL and ab in VAL, text
        rows.append(dict(variant=v, text=text, lang=LANG[v], imaging_done=VAL[img],
                         operated=VAL[op], treated_abroad=VAL[ab], phenomenon=ph))
    texts = [r["text"] for r in rows]
    dup = [t for t, c in collections.Counter(texts).items() if c > 1]
    assert not dup, dup

    os.makedirs(os.path.dirname(OUT_TOML), exist_ok=True)
    with open(OUT_TOML, "w", encoding="utf-8") as f:
        f.write("# 250 invented sentences from letters about patients (no real patient data).\n")
        f.write("# Generated by make_sn.py; labels follow label_format.md 'Sentence labels' / 'Facts'.\n\n")
        for r in rows:
            f.write("[[sentence]]\n")
            for k in ("text", "lang", "imaging_done", "operated", "treated_abroad", "phenomenon"):
                f.write(f"{k} = {tq(r[k])}\n")
            f.write("\n")

    # ---- notes
    n = len(rows)
    by_lang = collections.Counter(r["lang"] for r in rows)
    by_var = collections.Counter(r["variant"] for r in rows)
    plain = sum(r["phenomenon"] in PLAIN for r in rows)
    L = []
    L.append("# Sentence set `sn` — notes\n")
    L.append(f"{n} invented sentences in `sentences/sn.toml`, written by `make_sn.py` (run it to regenerate). "
             "All patients, doctors, practices and GP centres are invented; real hospital and town names are used only as places.\n")
    L.append("## Counts per language\n")
    L.append("| lang | sentences | share | variants |\n|---|---|---|---|")
    for lg in ("nl", "en", "de"):
        vs = ", ".join(f"{v} {c}" for v, c in sorted(by_var.items()) if LANG[v] == lg)
        L.append(f"| {lg} | {by_lang[lg]} | {100*by_lang[lg]/n:.0f} % | {vs} |")
    L.append("\n(variants: nl = Netherlands Dutch, be = Flemish (lang still `nl`), uk/ie/us = British/Irish/American letter styles; the variant is not stored in the TOML.)\n")
    L.append(f"Plain sentences (phenomenon `plain-positive` or `plain-unrelated`): {plain} ({100*plain/n:.0f} %); hard: {n-plain} ({100*(n-plain)/n:.0f} %).\n")
    L.append("## Label distribution per field and language\n")
    for field in ("imaging_done", "operated", "treated_abroad"):
        L.append(f"### {field}\n")
        L.append("| lang | yes | no | unmentioned |\n|---|---|---|---|")
        for lg in ("nl", "en", "de", "all"):
            sub = [r for r in rows if lg == "all" or r["lang"] == lg]
            c = collections.Counter(r[field] for r in sub)
            L.append(f"| {lg} | {c['yes']} | {c['no']} | {c['unmentioned']} |")
        L.append("")
    L.append(CONVENTIONS)
    L.append("## Phenomena covered\n")
    L.append("Counted per tag; a `+` joins two tags on one sentence, so the per-tag counts add up to more than the number of sentences.\n")
    tagc = collections.Counter()
    for r in rows:
        for t in r["phenomenon"].split("+"):
            tagc[t] += 1
    L.append("| tag | sentences |\n|---|---|")
    for t, c in sorted(tagc.items(), key=lambda x: (-x[1], x[0])):
        L.append(f"| {t} | {c} |")
    L.append("")
    with open(OUT_NOTES, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    print(f"wrote {n} sentences: {dict(by_lang)}; plain {plain}")


CONVENTIONS = """## Labelling conventions

Each sentence is labelled on its own text only, as an intake clerk would read that one sentence
(no knowledge of the rest of the letter, its letterhead or the language it is written in). Values follow
label_format.md "Facts": yes | no | unmentioned.

**imaging_done** (X-ray, ultrasound, CT, MRI of the patient)
- `yes` when the sentence says or clearly presupposes that such an exam was made, whatever it found:
  negated findings ("MRI pols rechts: geen afwijkingen", "RX pols links: geen fractuur", "Xray R wrist:
  NAD", "Befund: Rö. li. Hand o.B."); a result still awaited for an exam already done ("De uitslag van de
  CT van vorige week is nog niet binnen", "Results of last week's MRI are awaited"); requests for or
  enclosures of existing images ("Kunt u de röntgenfoto's uit het Spaarne Gasthuis meesturen?", "De
  röntgenfoto's zijn op cd bijgevoegd"); old films that are lost ("Een eerdere foto uit 2015 is niet meer
  beschikbaar"); someone looking at "the films".
- Imaging of another body part is `yes`, because the Facts definition of imaging_done is not limited to
  the hand (only `operated` is). The one such sentence ("Med. beeldvorming 2024: echo schouder li") is
  tagged `imaging-other-body-part` so it can be filtered out if the project decides otherwise.
- `no` when the sentence says imaging was not done, also when only one modality is negated and no other
  exam is mentioned ("Een MRI werd niet nodig geacht", "Geen MIR gemaakt", "An MRI has not yet been
  arranged"), when a booked exam was missed ("did not attend", "niet op de afspraak verschenen"), when a
  planned exam never came about ("is er nooit van gekomen"), and for form answers "Imaging: nil",
  "Aanvullend onderzoek: niet verricht".
- `unmentioned` for requested, planned, advised or conditional imaging ("MRI aangevraagd", "xray
  ordered", "If an MRI has been done, please forward the report"), the plan line of a GP SOEP entry
  ("P: X-pols, gips"), imaging of a family member, clinical photos ("foto's van de gezwollen hand, door
  patiënte zelf met haar telefoon gemaakt", "photographs … via the patient portal"), non-imaging tests
  (NMO/EMG, nerve conduction studies), radiology department names, and a negation limited to one place
  ("Aanvullend onderzoek in de vorm van beeldvorming heeft bij ons niet plaatsgevonden" does not say that
  none was done elsewhere).

**operated** (the hand/wrist; for this checklist any hand or wrist operation of the patient)
- `yes` for a hand or wrist operation of the patient, also on the other hand than the current complaint
  and also long ago ("In 2009 is zij aan de linkerpols geopereerd; de huidige klachten betreffen de
  rechterhand"); procedure nouns after Z.n., s/p or PSH; operation-report form fields and
  titles ("Ingreep: excisie ganglion…", "OK-VERSLAG HANDCHIRURGIE", "Operatie: ja", a table row
  "Ganglionectomie | 03-2024 | …"); things that presuppose an operation (K-wires removed, "postoperativen
  Woche", osteosynthesis material on a control X-ray, a request for or the enclosure of an operation report
  — "Wij verzoeken u het operatieverslag op te vragen bij Rijnstate", "Der Operationsbericht wird
  nachgereicht"); operations the patient reports ("zou … een plaatje zijn ingezet").
- `no` when the sentence says the hand was not operated: "Geen heelkundige voorgeschiedenis", "Previous
  surgery: none", "Eerdere operaties aan hand/pols: nee", "geen OK"; a declined operation ("She declined
  surgery"); an operation cancelled or that "never took place"; counterfactuals implying it did not happen
  ("Had she been operated on acutely…", "direct operatief behandeld moeten worden"); "liet zij zich
  nog niet opereren"; "toen werd een operatie niet nodig gevonden"; "Destijds is afgezien van een operatie".
- `unmentioned` for plans, waiting lists, offers, advice, questions and conditionals; operations of family
  members; operations on other body parts (appendix, caesarean, gallbladder, knee, back, foot) unless the
  sentence also denies a hand operation; non-operative procedures (closed reduction and cast "rechtgezet en
  ingegipst", ganglion aspiration "aangeprikt en leeggezogen", injections); department names, signatures
  ("Consultant Orthopaedic Surgeon"), a GP practice called "… Surgery", headings such as "ORTHOPEDIC
  SURGERY CONSULT NOTE", and occupations (operatieassistente, theatre nurse, OP-Pfleger). "Voorgeschiedenis:
  geen" alone is `unmentioned` (it does not address the hand problem), while "Eerdere operaties aan
  hand/pols: nee" is `no`.

**treated_abroad** (any condition; outside the Netherlands)
- `yes` when the sentence places hospital or clinic care — admission, emergency department, outpatient
  treatment, imaging, an operation, also for another body part (a foot operation in AZ Turnhout, an
  appendix out in Spain, a hair transplant in Istanbul) — outside the Netherlands, named by country, by a
  city (Aken, Maaseik, Prüm, Whistler) or only by a hospital (Jessa Ziekenhuis, Ziekenhuis Oost-Limburg,
  Erasmusziekenhuis in Anderlecht, Ziekenhuis Maas en Kempen, Tallaght University Hospital, Klinikum
  Oldenburg). A Flemish sentence saying she was treated "thuis in België" is `yes`. Reported or enclosed
  care counts ("pt states x-rays were done at an urgent care in Florida", "Enclosed: operation note
  (Leeds General Infirmary …)").
- `no` when the sentence denies care abroad ("geen … behandeling in het buitenland", "eine ärztliche
  Behandlung vor Ort erfolgte nicht", only a pharmacist in Madrid, "zijzelf is daar niet behandeld"), or
  when an accident or stay abroad is explicitly followed by care in the Netherlands ("pas thuis naar de
  huisarts gegaan", "in Winterswijk opgevangen na een val … in Bocholt", "all of his treatment has been in
  the Netherlands").
- `unmentioned` otherwise: a Dutch hospital named without any foreign context (Erasmus MC, Amphia,
  UMCG) — domestic hospitals are not turned into `no`; plans or referrals to a foreign hospital not yet
  carried out ("zal doorgaan in AZ Sint-Jan", "doorverwezen naar … UZ Leuven", "Zij twijfelt of zij zich
  in België wil laten opereren"); treatment of family members abroad; living abroad without a word on
  care (domiciled in Maasmechelen); "Noch in Spanje …" (says no X-ray was made there, not that she was not
  seen); and "our fracture clinic", "in unserem Hause", because the sentence alone does not say where that
  is, even if the letter's language suggests it. "auswärts" (elsewhere) is not "abroad".

**Borderline calls worth a second look** (labelled as above, but a reviewer may disagree):
single-modality negations labelled imaging `no` ("Een MRI werd niet nodig geacht", "An MRI has not yet been
arranged"); the one imaging-of-another-body-part `yes`; counterfactuals and declined/cancelled operations
labelled operated `no`; "OK-VERSLAG HANDCHIRURGIE" (a bare title) labelled operated `yes`; "Het is niet zo
dat zij nooit geopereerd is …" (double negation, `yes`); the hair transplant in Istanbul labelled
treated_abroad `yes` (clinic care abroad, whatever it was for); closed reduction ("rechtgezet en
ingegipst") labelled operated `unmentioned`.

**phenomenon** is a short tag (see the table below); `plain-positive` / `plain-unrelated` mark the plain
third; two tags are joined with `+` when a sentence combines two difficulties. Flemish sentences have
`lang = "nl"`; the variant (nl/be, uk/ie/us) is kept only in make_sn.py and counted above.
"""

if __name__ == "__main__":
    main()

