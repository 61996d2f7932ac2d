#!/usr/bin/env python3
"""Write tests/corpus/sentences/sw-{nl,en,de}.toml: hand-written labelled passages.

Each entry: (text, labels, phenomenon); labels = three letters for
imaging_done, operated, treated_abroad: y = yes, n = no, u = unmentioned.
All names of patients, doctors, practices are invented.
"""
import json
import os
import sys

NL = [
# plain
("Op 14-02-2026 is een MRI van de rechterpols verricht.", "yuu", "plain"),
("Patiënte werd op 3 maart 2025 geopereerd aan een ganglion dorsaal aan de linkerpols.", "uyu", "plain"),
("Echo pols links d.d. 12-01-2026 toont een tendovaginitis van het eerste extensorcompartiment.", "yuu", "plain"),
("In 2024 onderging hij een carpaletunnelrelease rechts.", "uyu", "plain"),
("Op de röntgenfoto van de hand is een oude fractuur van het os scaphoideum te zien.", "yuu", "plain"),
("Besluit: status na osteosynthese van de distale radius, goede consolidatie op RX.", "yyu", "plain"),
# negation
("Patiënt is nooit aan de hand of pols geopereerd.", "unu", "negation"),
("Er is tot op heden geen beeldvorming verricht.", "nuu", "negation"),
("Patiënte heeft geen röntgenfoto laten maken, omdat de klachten aanvankelijk leken af te nemen.", "nuu", "negation"),
("Hij is niet geopereerd; de fractuur is met gips behandeld.", "unu", "negation"),
("Ondanks de aanhoudende klachten na de val in november, waarvoor zij meerdere keren bij de huisarts en later bij de fysiotherapeut is geweest zonder dat er ooit aan gedacht werd om verder te kijken, is er tot op heden geen echo of foto gemaakt.", "nuu", "negation"),
("Zij is nooit in een buitenlands ziekenhuis behandeld.", "uun", "negation"),
("Aan de pols is, anders dan in de verwijsbrief van de vorige huisarts werd gesuggereerd en ook anders dan patiënt zelf aanvankelijk dacht, bij nader inzien nooit een ingreep verricht.", "unu", "negation"),
# negated-finding
("X-pols re: geen fractuur, geen luxatie.", "yuu", "negated-finding"),
("MRI: geen afwijkingen aan het TFCC.", "yuu", "negated-finding"),
("De echo liet geen ganglion zien.", "yuu", "negated-finding"),
("CT pols: geen aanwijzingen voor non-union van het scafoïd.", "yuu", "negated-finding"),
("Bij echografisch onderzoek werd geen peesruptuur gezien, wel vocht rond de peesschede.", "yuu", "negated-finding"),
("Aanvullend onderzoek: X-pols beiderzijds zonder afwijkingen.", "yuu", "negated-finding"),
# hypothetical
("Mocht conservatieve behandeling onvoldoende effect hebben, dan kan een operatieve release overwogen worden.", "uuu", "hypothetical"),
("Een eventuele MRI zou meer duidelijkheid kunnen geven over het TFCC.", "uuu", "hypothetical"),
("Theoretisch zou een CT-scan de stand van de fragmenten beter in beeld kunnen brengen.", "uuu", "hypothetical"),
("Een operatie in het buitenland zou voor haar financieel niet haalbaar zijn.", "uuu", "hypothetical"),
# planned
("Er is een MRI van de linkerpols gepland op 18 december.", "uuu", "planned"),
("Patiënt staat op de wachtlijst voor een carpaletunnelrelease.", "uuu", "planned"),
("De operatie is ingepland voor 9 januari 2027.", "uuu", "planned"),
("P: OK-planning voor triggerfinger-release dig III re.", "uuu", "planned"),
# offered
("Patiënt werd een operatie aangeboden maar heeft deze afgewezen.", "unu", "offered"),
("Wij hebben een operatieve behandeling aangeboden; patiënte wil hierover nadenken.", "uuu", "offered"),
("Een MRI werd aangeboden, maar patiënte zag daarvan af vanwege claustrofobie.", "nuu", "offered"),
# advised
("Wij raden een release van het eerste extensorcompartiment aan.", "uuu", "advised"),
("Advies: MRI pols ter uitsluiting van TFCC-letsel.", "uuu", "advised"),
("Huisarts adviseert een second opinion alvorens tot operatie over te gaan.", "uuu", "advised"),
("Wij hebben geadviseerd een echo te laten maken via de huisarts.", "uuu", "advised"),
("Ik raad patiënt af om zich opnieuw aan de pols te laten opereren.", "uyu", "advised"),
# question
("Vraagstelling: TFCC-letsel? Graag uw visie op het verdere beleid.", "uuu", "question"),
("Is er een indicatie voor een operatieve ingreep?", "uuu", "question"),
("Patiënte vraagt zich af of een operatie haar klachten zou verhelpen.", "uuu", "question"),
("Is er destijds in Turkije ook een foto gemaakt? Dat is ons niet bekend.", "uuu", "question"),
("Vraagstelling: is de eerdere CTS-release adequaat verricht?", "uyu", "question"),
# requested
("Aanvraag: MRI pols links, vraagstelling scafolunair letsel.", "uuu", "requested"),
("Röntgenfoto aangevraagd via Zorgdomein.", "uuu", "requested"),
("Wij hebben het operatieverslag uit Antwerpen opgevraagd.", "uyy", "requested"),
("Ik heb de foto's die op de SEH zijn gemaakt opgevraagd bij het ziekenhuis.", "yuu", "requested"),
# pending
("De MRI is op 2 november gemaakt; het verslag hebben wij nog niet ontvangen.", "yuu", "pending"),
("Echo is vorige week verricht, uitslag nog niet bekend.", "yuu", "pending"),
("Patiënt wacht nog op een oproep voor de MRI.", "uuu", "pending"),
("Operatie uitgesteld in afwachting van de CT-scan.", "uuu", "pending"),
# historical
("In 2009 werd zij aan dezelfde pols geopereerd vanwege een ganglion.", "uyu", "historical"),
("Jaren geleden is er een foto van de hand gemaakt, toen zonder afwijkingen.", "yuu", "historical"),
("Als kind brak hij de linkerpols, die toen in een ziekenhuis in Marokko met K-draden werd gefixeerd.", "uyy", "historical"),
("Eerder (2018) al een echo van de pols, destijds werd een ganglion beschreven.", "yuu", "historical"),
# family
("Moeder is twee keer geopereerd aan een carpaletunnelsyndroom.", "uuu", "family"),
("Zijn broer werd vorig jaar in een ziekenhuis in Berlijn geopereerd aan de pols.", "uuu", "family"),
("Familieanamnese: vader Dupuytren, geopereerd in 2012.", "uuu", "family"),
("Haar dochter heeft dezelfde klachten gehad; bij haar werd een MRI gemaakt.", "uuu", "family"),
("Patiënt begeleidde zijn vrouw, die in Spanje was opgenomen na een val.", "uuu", "family"),
# other-body-part
("Voorgeschiedenis: appendectomie (2004), sectio caesarea (2011).", "uuu", "other-body-part"),
("X-thorax: geen afwijkingen.", "yuu", "other-body-part"),
("Eerder geopereerd aan de schouder (rotator cuff), verder blanco.", "uuu", "other-body-part"),
("MRI lumbale wervelkolom in 2023 toonde een hernia L5-S1.", "yuu", "other-body-part"),
("Zij werd in Portugal geopereerd aan haar heup.", "uuy", "other-body-part"),
# name-not-event
("Afdeling Heelkunde, Rode Kruis Ziekenhuis Beverwijk", "uuu", "name-not-event"),
("Radiologie Centrum Oost, Röntgenweg 14, 7511 AB Enschede", "uuu", "name-not-event"),
("Aan: Polikliniek Plastische, Reconstructieve en Handchirurgie, t.a.v. dr. M. Verhoeven", "uuu", "name-not-event"),
("Verwijzer: dr. P. Snijder, huisarts, Gezondheidscentrum De Operahof", "uuu", "name-not-event"),
("Specialisme: Handchirurgie / Orthopedie", "uuu", "name-not-event"),
("Kopie aan: afdeling Medische Beeldvorming", "uuu", "name-not-event"),
("Product: Second opinion handchirurgie – operatieve behandeling", "uuu", "name-not-event"),
("Bezoekadres: route 42 (Radiologie en OK-complex), ingang Zuid", "uuu", "name-not-event"),
("Kliniek voor Handchirurgie Antwerpen – dr. L. Vermeulen – tel. +32 3 555 01 22", "uuu", "name-not-event"),
# abroad-hospital
("Zij werd opgenomen in AZ Sint-Jan Brugge na een val van de trap.", "uuy", "abroad-hospital"),
("Op 4 augustus 2026 werd hij in UZ Leuven geopereerd aan een scafoïdfractuur.", "uyy", "abroad-hospital"),
("Patiënt is in het Klinikum rechts der Isar behandeld voor een polsfractuur.", "uuy", "abroad-hospital"),
("De fractuur werd in het AZ Groeninge te Kortrijk met gips behandeld nadat een RX was genomen.", "yuy", "abroad-hospital"),
("Opname in het Hospital Universitario Virgen de la Arrixaca in Murcia, aldaar röntgenfoto's en gipsspalk.", "yuy", "abroad-hospital"),
("Behandeling vond plaats in het Royal Free Hospital in Londen.", "uuy", "abroad-hospital"),
("Na de val op de skipiste werd zij in het Krankenhaus Zell am See opgevangen door de traumatoloog.", "uuy", "abroad-hospital"),
("Op de spoedgevallendienst van het AZ Monica te Antwerpen werd een RX pols genomen.", "yuy", "abroad-hospital"),
# abroad-city
("Op vakantie in Antalya gevallen, daar in een ziekenhuis geopereerd aan de pols.", "uyy", "abroad-city"),
("Hij is in Malaga op de spoedeisende hulp gezien en kreeg daar een gipsspalk.", "uuy", "abroad-city"),
("In Casablanca werd een foto gemaakt en de pols gezet.", "yuy", "abroad-city"),
("Patiënte is in Düsseldorf in het ziekenhuis geopereerd (plaat en schroeven).", "uyy", "abroad-city"),
("Eerste opvang en röntgenfoto's in een kliniek in Hurghada.", "yuy", "abroad-city"),
("Behandeld in Gent, daarna voor revalidatie terug naar Nederland.", "uuy", "abroad-city"),
("Men maakte destijds op de spoedgevallendienst in Brugge een foto, die wij niet hebben ontvangen.", "yuy", "abroad-city"),
# abroad-not-treated
("Tijdens de vakantie in Frankrijk ontstonden de klachten; zij heeft daar geen arts bezocht.", "uun", "abroad-not-treated"),
("Hij was in Spanje op vakantie, maar is daar niet in een ziekenhuis geweest.", "uun", "abroad-not-treated"),
("Geen ziekenhuisopname in het buitenland.", "uun", "abroad-not-treated"),
("Patiënt woont sinds 2019 in België, maar wordt volledig in Nederland behandeld.", "uun", "abroad-not-treated"),
("Alleen gezien door een plaatselijke huisarts op Kreta, geen ziekenhuisbezoek.", "uun", "abroad-not-treated"),
("Patiënte verbleef drie maanden in Thailand; de pijn begon pas na terugkomst.", "uuu", "abroad-not-treated"),
# home-after-abroad
("Na een val in Portugal werd hij na terugkeer in Nederland geopereerd.", "uyn", "home-after-abroad"),
("Zij viel op vakantie in Italië, maar zocht pas in Nederland medische hulp; op de SEH hier werd een foto gemaakt.", "yun", "home-after-abroad"),
("Terug uit Turkije meldde hij zich bij de huisarts, die een echo aanvroeg.", "uuu", "home-after-abroad"),
("Het letsel ontstond tijdens een skivakantie in Oostenrijk; de behandeling vond volledig in Nederland plaats, in het ziekenhuis in Deventer.", "uun", "home-after-abroad"),
("Na thuiskomst uit Spanje werd in Nederland een MRI gemaakt.", "yun", "home-after-abroad"),
# pseudo-negation
("Geen verbetering na de operatie in mei.", "uyu", "pseudo-negation"),
("Sinds de release zijn de tintelingen niet verdwenen.", "uyu", "pseudo-negation"),
("Niet alleen de röntgenfoto maar ook de CT-scan laat zien dat de fractuur niet geconsolideerd is.", "yuu", "pseudo-negation"),
("Postoperatief geen complicaties.", "uyu", "pseudo-negation"),
("De klachten zijn na de ingreep aan de pols niet minder geworden.", "uyu", "pseudo-negation"),
("Er is geen twijfel dat de fractuur op de foto goed zichtbaar is.", "yuu", "pseudo-negation"),
("Geen recidief na excisie van het ganglion in 2022.", "uyu", "pseudo-negation"),
("Het was niet de eerste keer dat zij in een Belgisch ziekenhuis werd behandeld.", "uuy", "pseudo-negation"),
# conditional
("Indien patiënt in het buitenland in een ziekenhuis behandeld is, graag een MRSA-screening via de huisarts.", "uuu", "conditional"),
("Als de echo een ganglion laat zien, kan dit worden verwijderd.", "uuu", "conditional"),
("Als de MRI van vorige week geen afwijkingen toont, is een operatie niet nodig.", "yuu", "conditional"),
("Bij onvoldoende herstel wordt alsnog een operatie verricht.", "uuu", "conditional"),
# telegraphic
("12-03-2026 S: pijn pols re sinds val. O: drukpijn tabatière. E: verdenking scafoïdfractuur. P: X-pols.", "uuu", "telegraphic"),
("st. na CTS-release re 2024", "uyu", "telegraphic"),
("E: st.n. ORIF radius li (OK 2025). P: controle 3 mnd.", "uyu", "telegraphic"),
("O: X-hand li: geen fractuur. P: tape, ctrl 2 wk.", "yuu", "telegraphic"),
("L87 Ganglion pols", "uuu", "telegraphic"),
("03-11-2026 Brief specialist ontvangen: echo pols toont ganglion.", "yuu", "telegraphic"),
("09-05-2026 E: CTS li. P: echo + EMG aangevraagd, verwijzing neurologie.", "uuu", "telegraphic"),
("OK 14/6: triggerfinger release dig IV re, z.b.", "uyu", "telegraphic"),
("S: is op vakantie in Spanje op de SEH geweest, foto gemaakt, gips gekregen.", "yuy", "telegraphic"),
# passive
("Door de chirurg werd een klieving van het ligamentum carpi transversum verricht.", "uyu", "passive"),
("Er werd besloten af te zien van operatieve behandeling.", "unu", "passive"),
("Door de huisarts werd een injectie met corticosteroïden gegeven.", "uuu", "passive"),
("Op de SEH werd de pols gereponeerd en gegipst; na repositie werd een controlefoto gemaakt.", "yuu", "passive"),
("Er is destijds geen MRI gemaakt, wel een echo.", "yuu", "passive"),
# separable-verb
("De plastisch chirurg stelt een carpaletunnelrelease voor.", "uuu", "separable-verb"),
("De handchirurg stelde destijds een artrodese voor, maar patiënt zag daarvan af.", "unu", "separable-verb"),
("Collega Jansen voerde op 2 juni een ganglionexcisie aan de linkerpols uit.", "uyu", "separable-verb"),
("De orthopeed raadt een CT-scan aan om de stand te beoordelen.", "uuu", "separable-verb"),
("Patiënte ziet van een operatie af.", "unu", "separable-verb"),
("Wij sluiten een fractuur uit op basis van de CT van gisteren.", "yuu", "separable-verb"),
("De radioloog voerde op 7 oktober een echografie van beide polsen uit.", "yuu", "separable-verb"),
# list
("Geen röntgen, echo of MRI verricht.", "nuu", "list"),
("Aanvullend onderzoek: X-pols, echo en MRI (zie bijlagen).", "yuu", "list"),
("Beleid: spalk, pijnstilling, zo nodig injectie; operatie pas bij uitblijven van verbetering.", "uuu", "list"),
("Voorgeschiedenis: DM2, hypertensie, CTS-release li 2021, knie-TEP re 2023.", "uyu", "list"),
("Geen trauma, geen operaties, geen ziekenhuisopnames in het buitenland.", "unn", "list"),
("Niet opgenomen geweest, niet geopereerd, geen beeldvorming.", "nnu", "list"),
("Voorgeschiedenis: 2015 ORIF distale radius re, 2016 verwijderen osteosynthesemateriaal.", "uyu", "list"),
# conflicting
("Volgens patiënt is hij nooit geopereerd, maar in 2019 werd in ons ziekenhuis een ganglion aan de pols verwijderd.", "uyu", "conflicting"),
("In de verwijzing staat dat er geen foto's zijn gemaakt, terwijl patiënt een CD met röntgenbeelden van zijn pols meebracht.", "yuu", "conflicting"),
("Zij zegt niet in het buitenland behandeld te zijn; uit de meegebrachte ontslagbrief blijkt echter een opname in Alanya.", "uuy", "conflicting"),
("Eerder werd vermeld dat er geen MRI is gemaakt; bij navraag blijkt deze in maart alsnog verricht.", "yuu", "conflicting"),
# other: mixtures
("Na een röntgenfoto op de SEH in Gran Canaria werd zij in Nederland geopereerd aan de scafoïdfractuur.", "yyy", "other"),
("De MRI werd gemaakt, maar een operatie is nooit verricht.", "ynu", "other"),
("Hij werd geopereerd zonder dat er ooit een foto of scan is gemaakt.", "nyu", "other"),
("Echo en röntgen pols waren negatief, waarna een diagnostische artroscopie volgde.", "yyu", "other"),
# other: tempting, all unmentioned
("Patiënte draagt sinds drie weken een brace en heeft nachtelijke tintelingen in dig I-III.", "uuu", "other"),
("Bij lichamelijk onderzoek een positieve test van Finkelstein en drukpijn over het eerste compartiment.", "uuu", "other"),
("Patiënt werkt als timmerman en is sinds de val arbeidsongeschikt.", "uuu", "other"),
("Handtherapie gestart; de pijn bij knijpen is afgenomen.", "uuu", "other"),
("Haar klachten begonnen kort nadat haar dochter naar Frankrijk verhuisde.", "uuu", "other"),
("Zij heeft een litteken op de onderarm van een fietsongeval als kind.", "uuu", "other"),
("Medicatie: paracetamol 1 g 4dd, naproxen 500 mg 2dd.", "uuu", "other"),
("Verwijsreden: aanhoudende pijn ulnaire zijde pols re, belemmerend in werk.", "uuu", "other"),
("Hij is linkshandig en speelt fanatiek tennis.", "uuu", "other"),
("Zij verblijft 's winters in Spanje bij haar zus.", "uuu", "other"),
("De spalk werd op maat gemaakt door de handtherapeut.", "uuu", "other"),
("Zij kreeg een corticosteroïdinjectie in de peesschede, met tijdelijk effect.", "uuu", "other"),
("Bespreking in het multidisciplinair overleg handchirurgie volgt.", "uuu", "other"),
# added: harder cases
("Zowel de MRI als de operatie vonden plaats in het Ziekenhuis Oost-Limburg in Genk.", "yyy", "abroad-hospital"),
("Patiënt is op 2 juni in AZ Delta Roeselare aan zijn pols geopereerd; een MRI is daar niet gemaakt.", "uyy", "other"),
("Een operatieve behandeling, waarover in de afgelopen twee jaar door verschillende behandelaars uitgebreid met patiënte is gesproken en die zij zelf steeds heeft uitgesteld, heeft uiteindelijk nooit plaatsgevonden.", "unu", "negation"),
("Eerdere operaties: geen", "unu", "telegraphic"),
("Behandeling in buitenlands ziekenhuis (afgelopen 2 mnd): nee", "uun", "telegraphic"),
("Opname in buitenlands ziekenhuis: ja, Alanya (Turkije), 3 dagen.", "uuy", "telegraphic"),
("Zijn collega werd in het UZ Gent geopereerd en raadde hem onze kliniek aan.", "uuu", "family"),
("Sinds de OK kan hij zijn duim niet goed meer buigen.", "uyu", "pseudo-negation"),
("De fractuur werd in Turkije, waar zij met haar familie op vakantie was en waar zij naar eigen zeggen liever niet naar een dokter ging, niet behandeld.", "uun", "abroad-not-treated"),
("Foto gemaakt: ja (SEH 04-11-2026).", "yuu", "telegraphic"),
("De ingreep aan de rechterpols, die op 12 mei door dr. Hoekstra werd verricht, verliep ongecompliceerd.", "uyu", "passive"),
("Aanvrager: dr. R. Meijer, afdeling Orthopedie. Onderzoek: MRI pols rechts. Datum onderzoek: 21-10-2026.", "yuu", "name-not-event"),
]

EN = [
# plain
("She underwent a right carpal tunnel decompression in March 2025.", "uyu", "plain"),
("An MRI of the left wrist was performed on 3 October 2026.", "yuu", "plain"),
("Plain radiographs of the right hand showed a healed fifth metacarpal fracture.", "yuu", "plain"),
("He had an open reduction and internal fixation of a distal radius fracture in 2023.", "uyu", "plain"),
# negation
("No imaging has been performed to date.", "nuu", "negation"),
("She has never had surgery on either hand.", "unu", "negation"),
("No X-rays were taken at the time of injury.", "nuu", "negation"),
("There is no history of hand or wrist surgery.", "unu", "negation"),
("Despite several visits to the practice over the past two years for what was initially thought to be tendinitis, and a course of physiotherapy that brought only partial relief, she has not had any scans.", "nuu", "negation"),
("She has not been treated in any hospital outside the Netherlands.", "uun", "negation"),
# negated-finding
("X-ray right wrist: no fracture seen.", "yuu", "negated-finding"),
("MRI showed no evidence of a TFCC tear.", "yuu", "negated-finding"),
("The ultrasound was unremarkable.", "yuu", "negated-finding"),
("CT scan: no displacement, no intra-articular extension.", "yuu", "negated-finding"),
# hypothetical
("Should her symptoms persist, we would consider a carpal tunnel release.", "uuu", "hypothetical"),
("Were surgery to become necessary, she would need an MRSA screen first.", "uuu", "hypothetical"),
# planned
("He was listed for carpal tunnel decompression.", "uuu", "planned"),
("She is on the waiting list for a trapeziectomy.", "uuu", "planned"),
("Diagnosis: scaphoid non-union. Outcome: listed for surgery.", "uuu", "planned"),
# offered
("She was offered surgery but declined.", "unu", "offered"),
("We offered her an MRI scan, which she declined because of claustrophobia.", "nuu", "offered"),
("He declined surgery and opted for a steroid injection instead.", "unu", "offered"),
# advised
("Surgery was recommended by the orthopaedic team.", "uuu", "advised"),
("I would recommend a formal MR arthrogram before any decision about surgery.", "uuu", "advised"),
("She has been advised against further operative treatment of the wrist.", "uyu", "advised"),
# question
("Question: is there an indication for surgery?", "uuu", "question"),
("Was the original fixation of her radius fracture adequate?", "uyu", "question"),
("I am not sure whether she had any scans in Spain.", "uuu", "question"),
# requested
("X-rays were requested.", "uuu", "requested"),
("I have requested the operation notes from the hospital in Marbella.", "uyy", "requested"),
("MRI wrist requested – clinical details: ?scapholunate ligament injury.", "uuu", "requested"),
("We have requested the images taken in the emergency department in Faro.", "yuy", "requested"),
# pending
("MRI awaited.", "uuu", "pending"),
("The MRI was done last week; the report is awaited.", "yuu", "pending"),
("Surgery is on hold pending the results of her nerve conduction studies.", "uuu", "pending"),
# historical
("In 2012 she had a ganglion excised from the same wrist.", "uyu", "historical"),
("As a teenager he fractured his scaphoid, which was fixed with a screw in a hospital in Cape Town.", "uyy", "historical"),
# family
("Her mother had both hands operated on for carpal tunnel syndrome.", "uuu", "family"),
("His brother underwent an MRI for a similar problem.", "uuu", "family"),
("Family history: father had a fasciectomy for Dupuytren's disease.", "uuu", "family"),
("She accompanied her husband, who was admitted to hospital in Alicante.", "uuu", "family"),
# other-body-part
("Past surgical history: appendicectomy 1998, laparoscopic cholecystectomy 2015.", "uuu", "other-body-part"),
("Chest X-ray was clear.", "yuu", "other-body-part"),
("She had a shoulder arthroscopy in a private hospital in Dubai.", "uuy", "other-body-part"),
# name-not-event
("Mill Lane Surgery, 14 Mill Lane, Cheltenham GL50 2QT", "uuu", "name-not-event"),
("Hand & Wrist Surgery Unit, Northbridge NHS Foundation Trust", "uuu", "name-not-event"),
("Department of Radiology and Imaging, St Aldhelm's Hospital", "uuu", "name-not-event"),
("cc: Mr J. Whitfield, Consultant Hand Surgeon", "uuu", "name-not-event"),
("GP: Dr A. Okafor, Riverside Surgery", "uuu", "name-not-event"),
# abroad-hospital
("She was admitted to the Royal Free Hospital, London, after a fall on 2 June 2026.", "uuy", "abroad-hospital"),
("He underwent fixation of the fracture at Hospital Quirónsalud in Marbella.", "uyy", "abroad-hospital"),
("She was treated in the emergency department of Klinikum Nürnberg.", "uuy", "abroad-hospital"),
("He was seen in the Emergency Department of St George's Hospital in London, where X-rays confirmed a distal radius fracture.", "yuy", "abroad-hospital"),
("Discharge Summary – Acıbadem Hospital Antalya: closed reduction and K-wire fixation, left wrist.", "uyy", "abroad-hospital"),
# abroad-city
("While on holiday she fell and was treated in a hospital in Antalya.", "uuy", "abroad-city"),
("He had his wrist plated in Lisbon.", "uyy", "abroad-city"),
("An MRI was done in a private clinic in Dubai.", "yuy", "abroad-city"),
("In Bangkok the fracture was put in a cast after X-rays at a local hospital.", "yuy", "abroad-city"),
# abroad-not-treated
("The injury happened in Spain, but she did not seek medical attention there.", "uun", "abroad-not-treated"),
("He lives in Belgium but has had all his care in Maastricht.", "uun", "abroad-not-treated"),
("She was on holiday in Greece when the symptoms started; she saw no doctor there.", "uun", "abroad-not-treated"),
("He works in Germany during the week.", "uuu", "abroad-not-treated"),
# home-after-abroad
("After a fall in Portugal he was operated on in the Netherlands on his return.", "uyn", "home-after-abroad"),
("She injured her wrist skiing in France and only sought help after returning home to Utrecht, where an X-ray was taken.", "yun", "home-after-abroad"),
("He flew back from Tenerife the next day and was seen in our emergency department.", "uuu", "home-after-abroad"),
# pseudo-negation
("There has been no improvement since the carpal tunnel release.", "uyu", "pseudo-negation"),
("No complications were noted post-operatively.", "uyu", "pseudo-negation"),
("She has not been pain-free since her ORIF.", "uyu", "pseudo-negation"),
("Not only the X-ray but also the CT confirmed the non-union.", "yuu", "pseudo-negation"),
("No recurrence following excision of the ganglion.", "uyu", "pseudo-negation"),
# conditional
("If the ultrasound confirms a ganglion, we will list her for excision.", "uuu", "conditional"),
("If she was admitted abroad, an MRSA screen will be needed.", "uuu", "conditional"),
# telegraphic
("PMH: R CTR 2022. DH: nil. SH: smoker.", "uyu", "telegraphic"),
("Imaging: nil.", "nuu", "telegraphic"),
("XR L wrist 04/11/2026 – NAD.", "yuu", "telegraphic"),
("Seen in ED, XR, backslab applied, fracture clinic f/u.", "yuu", "telegraphic"),
# passive
("A trigger finger release was performed under local anaesthetic.", "uyu", "passive"),
("The fracture was managed non-operatively in a cast.", "unu", "passive"),
# list
("No X-ray, ultrasound or MRI has been done.", "nuu", "list"),
("Investigations: XR wrist, USS, NCS – all enclosed.", "yuu", "list"),
("No operations, no hospital admissions abroad, no known allergies.", "unn", "list"),
# conflicting
("The referral states no previous surgery, although she has a well-healed scar from a ganglion excision at the wrist in 2017.", "uyu", "conflicting"),
("He reports that no scans were done in Turkey, yet the discharge letter mentions a CT of the wrist at Memorial Hospital Istanbul.", "yuy", "conflicting"),
# other: mixtures
("The MRI in Leeds was followed by an arthroscopic TFCC repair in the same hospital.", "yyy", "other"),
("She was operated on without any imaging ever having been done.", "nyu", "other"),
# other: tempting, all unmentioned
("She works as a hairdresser and is struggling with fine motor tasks.", "uuu", "other"),
("Examination revealed a positive Tinel's sign at the wrist.", "uuu", "other"),
("She has been wearing a night splint for six weeks.", "uuu", "other"),
("Thank you for seeing this 54-year-old lady who would like a second opinion regarding her painful left wrist.", "uuu", "other"),
("She is moving to Spain next year and would like a diagnosis before then.", "uuu", "other"),
("A steroid injection gave three months of relief.", "uuu", "other"),
# added: harder cases
("She was seen in the fracture clinic at Royal Devon University Healthcare NHS Foundation Trust and treated in a cast.", "uuy", "abroad-hospital"),
("I note that the MRI report from the clinic in Valencia has not been enclosed.", "yuy", "pending"),
("She had surgery on her right wrist in 2019 and on her left in 2021, both at Southmead Hospital, Bristol.", "uyy", "list"),
("No operation note is available for the procedure performed on his wrist in Izmir.", "uyy", "pseudo-negation"),
("She is keen to avoid surgery if at all possible.", "uuu", "other"),
("Operation Note. Procedure: excision of volar wrist ganglion, left. Surgeon: Mr D. Hartley.", "uyu", "telegraphic"),
("Although she was told in A&E in Manchester that nothing was broken, no X-ray was actually taken.", "nuy", "negation"),
("Following a fall in Crete she was admitted for two nights and underwent manipulation under anaesthesia and K-wiring of the left wrist.", "uyy", "abroad-city"),
("Her sister, a radiographer, looked at the patient's wrist X-rays and thought they were normal.", "yuu", "family"),
]

DE = [
# plain
("Röntgen der rechten Hand zeigte eine knöcherne Konsolidierung.", "yuu", "plain"),
("Die Patientin wurde 2024 an einem Karpaltunnelsyndrom rechts operiert.", "uyu", "plain"),
("Sonographie Handgelenk: Ganglion dorsal, 1,5 cm.", "yuu", "plain"),
("Er wurde 2022 in Köln an der Hand operiert.", "uyy", "plain"),
# negation
("Eine Bildgebung erfolgte bisher nicht.", "nuu", "negation"),
("Der Patient wurde nie an der Hand operiert.", "unu", "negation"),
("Röntgenaufnahmen wurden zu keinem Zeitpunkt angefertigt.", "nuu", "negation"),
("Nach dem Sturz, der sich bereits im Frühjahr beim Umzug ereignete und seitdem zu zunehmenden Beschwerden bei Belastung führt, wurde bislang keine weiterführende Diagnostik, auch kein Röntgen, veranlasst.", "nuu", "negation"),
("Eine stationäre Behandlung im Ausland fand nicht statt.", "uun", "negation"),
# negated-finding
("Rö: o.B.", "yuu", "negated-finding"),
("MRT: kein Nachweis einer TFCC-Läsion.", "yuu", "negated-finding"),
("CT: keine Stufenbildung der Gelenkfläche.", "yuu", "negated-finding"),
# hypothetical
("Eine Arthrodese käme allenfalls bei Versagen der konservativen Therapie in Betracht.", "uuu", "hypothetical"),
("Im Falle einer Pseudarthrose wäre eine Operation zu erwägen.", "uuu", "hypothetical"),
# planned
("Die Operation ist für den 14.01.2027 geplant.", "uuu", "planned"),
("Procedere: stationäre Aufnahme zur Karpaltunnelspaltung am 03.12.", "uuu", "planned"),
# offered
("Eine operative Versorgung wurde angeboten, vom Patienten jedoch abgelehnt.", "unu", "offered"),
("Wir haben der Patientin eine Arthroskopie angeboten; sie möchte zunächst abwarten.", "uuu", "offered"),
# advised
("Eine Operation wurde empfohlen.", "uuu", "advised"),
("Von einer erneuten Operation am Handgelenk raten wir ab.", "uyu", "advised"),
("Der Hausarzt rät zu einer Zweitmeinung vor der Operation.", "uuu", "advised"),
# question
("Fragestellung: Skapholunäre Bandläsion?", "uuu", "question"),
("Ist die Schraube nach der Skaphoidosteosynthese zu lang?", "uyu", "question"),
# requested
("MRT Handgelenk links angefordert.", "uuu", "requested"),
("Wir haben den OP-Bericht aus Innsbruck angefordert.", "uyy", "requested"),
("Die in der Notaufnahme angefertigten Röntgenbilder wurden beim Krankenhaus angefordert.", "yuu", "requested"),
# pending
("Der MRT-Befund steht noch aus; die Untersuchung erfolgte am 02.11.2026.", "yuu", "pending"),
("Die OP-Entscheidung wird bis zum Vorliegen der CT zurückgestellt.", "uuu", "pending"),
# historical
("Z.n. Op eines Ganglions am rechten Handgelenk 2015.", "uyu", "historical"),
("Bereits 2010 erfolgte eine Röntgenaufnahme, damals unauffällig.", "yuu", "historical"),
("Als Kind Handgelenksfraktur links, damals in Izmir operativ versorgt.", "uyy", "historical"),
# family
("Die Mutter wurde zweimal am Karpaltunnel operiert.", "uuu", "family"),
("Bei seinem Bruder wurde eine MRT der Hand durchgeführt.", "uuu", "family"),
("Familienanamnese: Vater mit Morbus Dupuytren, operiert.", "uuu", "family"),
# other-body-part
("Z.n. Appendektomie 1999, Z.n. Sectio 2008.", "uuu", "other-body-part"),
("Röntgen-Thorax: kein Infiltrat.", "yuu", "other-body-part"),
("Sie wurde in Salzburg an der Schulter operiert.", "uuy", "other-body-part"),
# name-not-event
("Klinik für Hand-, Plastische und Rekonstruktive Chirurgie, Städtisches Klinikum Karlsruhe", "uuu", "name-not-event"),
("Institut für Radiologie und Nuklearmedizin, Chefarzt Prof. Dr. H. Brandt", "uuu", "name-not-event"),
("Praxis für Orthopädie und Unfallchirurgie Dr. med. S. Keller", "uuu", "name-not-event"),
("Abteilung: Handchirurgie / OP-Koordination, Tel. +49 721 555 0193", "uuu", "name-not-event"),
# abroad-hospital
("Die Aufnahme erfolgte im Klinikum rechts der Isar nach Sturz auf die ausgestreckte Hand.", "uuy", "abroad-hospital"),
("Operative Versorgung am 05.08.2026 im Universitätsklinikum Freiburg.", "uyy", "abroad-hospital"),
("Sie wurde im Kantonsspital St. Gallen stationär behandelt.", "uuy", "abroad-hospital"),
("In der BG Unfallklinik Murnau erfolgte eine CT des Handgelenks.", "yuy", "abroad-hospital"),
# abroad-city
("Der Patient wurde in der Notaufnahme in Innsbruck versorgt.", "uuy", "abroad-city"),
("Im Urlaub in Antalya gestürzt, dort im Krankenhaus geröntgt und eingegipst.", "yuy", "abroad-city"),
("In Wien wurde die Fraktur mit K-Drähten fixiert.", "uyy", "abroad-city"),
("Erstversorgung in einer Klinik in Palma de Mallorca.", "uuy", "abroad-city"),
# abroad-not-treated
("Während des Urlaubs in Spanien traten die Beschwerden auf; ein Arzt wurde dort nicht aufgesucht.", "uun", "abroad-not-treated"),
("Die Patientin lebt in den Niederlanden und wurde ausschließlich dort behandelt.", "uun", "abroad-not-treated"),
("Er arbeitet als Grenzgänger in Aachen, ärztliche Behandlungen erfolgten jedoch nur in Heerlen.", "uun", "abroad-not-treated"),
# home-after-abroad
("Nach Rückkehr in die Niederlande erfolgte dort die operative Versorgung des Handgelenks.", "uyn", "home-after-abroad"),
("Der Unfall ereignete sich in Italien; die Behandlung fand erst nach der Heimreise in Nijmegen statt.", "uun", "home-after-abroad"),
# pseudo-negation
("Keine Besserung nach der Operation.", "uyu", "pseudo-negation"),
("Postoperativ keine Komplikationen.", "uyu", "pseudo-negation"),
("Nicht nur im Röntgen, sondern auch in der CT zeigt sich eine Pseudarthrose.", "yuu", "pseudo-negation"),
("Seit der Karpaltunnelspaltung sind die Parästhesien nicht rückläufig.", "uyu", "pseudo-negation"),
# conditional
("Sollte die MRT eine Bandläsion zeigen, ist eine Arthroskopie geplant.", "uuu", "conditional"),
("Falls eine Behandlung im Ausland erfolgte, bitten wir um ein MRSA-Screening.", "uuu", "conditional"),
# telegraphic
("Diagnosen: 1. Distale Radiusfraktur li. 2. Z.n. ORIF 06/2025.", "uyu", "telegraphic"),
("Therapie: konservativ, keine OP.", "unu", "telegraphic"),
("Procedere: Röntgen in 2 Wochen, danach Wiedervorstellung.", "uuu", "telegraphic"),
("Befund: MRT re HG vom 01.10.2026 – TFCC-Läsion Palmer 1B.", "yuu", "telegraphic"),
# passive
("Am 12.03.2026 erfolgte die operative Versorgung mittels palmarer Plattenosteosynthese.", "uyu", "passive"),
("Es wurde eine MRT des linken Handgelenks durchgeführt.", "yuu", "passive"),
("Es wurde eine Arthroskopie mit TFCC-Refixation durchgeführt.", "uyu", "passive"),
("Eine Röntgenaufnahme wurde nicht angefertigt.", "nuu", "passive"),
# separable-verb
("Wir schlagen eine Denervierung des Handgelenks vor.", "uuu", "separable-verb"),
("Der Patient lehnte die vorgeschlagene Operation ab.", "unu", "separable-verb"),
("Die Radiologie führte am 04.11. eine CT-Untersuchung des Handgelenks durch.", "yuu", "separable-verb"),
# list
("Keine Röntgen-, CT- oder MRT-Untersuchung.", "nuu", "list"),
("Vorbefunde: Röntgen, Sonographie, MRT (liegen bei).", "yuu", "list"),
("Keine Voroperationen, keine Krankenhausaufenthalte im Ausland.", "unn", "list"),
# conflicting
("Laut Überweisung keine Voroperation, jedoch findet sich eine Narbe nach Ganglionexstirpation am Handgelenk 2018.", "uyu", "conflicting"),
("Anamnestisch keine Bildgebung, allerdings bringt die Patientin eine CD mit MRT-Bildern ihres Handgelenks mit.", "yuu", "conflicting"),
# other: mixtures
("Nach Röntgen und CT in Köln erfolgte die Operation in Venlo.", "yyy", "other"),
("Sie wurde operiert, ohne dass je eine Bildgebung erfolgte.", "nyu", "other"),
# other: tempting, all unmentioned
("Die Patientin ist Rechtshänderin und arbeitet als Pflegekraft.", "uuu", "other"),
("Klinisch positiver Phalen-Test beidseits.", "uuu", "other"),
("Seit dem Sturz trägt sie eine Orthese.", "uuu", "other"),
("Vielen Dank für die Überweisung Ihrer Patientin zur Zweitmeinung.", "uuu", "other"),
("Schmerzen VAS 6/10, v.a. bei Pronation.", "uuu", "other"),
("Die Patientin verbringt den Sommer regelmäßig in Österreich.", "uuu", "other"),
("Kortisoninjektion mit vorübergehender Besserung.", "uuu", "other"),
# added: harder cases
("Eine Operation wurde in der Türkei durchgeführt, ein OP-Bericht liegt jedoch nicht vor.", "uyy", "pseudo-negation"),
("Keine Röntgenkontrolle nach der Operation.", "uyu", "pseudo-negation"),
("Die Patientin stellte sich am 02.11.2026 in der Notaufnahme des Kantonsspitals Baden vor; dort wurde das Handgelenk geröntgt und eine Gipsschiene angelegt.", "yuy", "abroad-hospital"),
("Z.n. CTS-OP li. 2019 (Maastricht), jetzt Rezidiv.", "uyn", "telegraphic"),
("Der Bruder des Patienten ist Radiologe in Rotterdam und hat die Röntgenbilder der Hand des Patienten befundet.", "yuu", "family"),
]

CODE = {"y": "yes", "n": "no", "u": "unmentioned"}


def write(path, lang, items):
    out = [f"# sw-{lang}: hand-written labelled passages (synthetic; names invented).",
           "# Generated by tests/corpus/tools/sw_sentences.py", ""]
    for text, lab, phen in items:
        assert len(lab) == 3 and set(lab) <= set("ynu"), (text, lab)
        out += ["[[sentence]]",
                "text = " + json.dumps(text, ensure_ascii=False),
                f'lang = "{lang}"',
                f'imaging_done = "{CODE[lab[0]]}"',
                f'operated = "{CODE[lab[1]]}"',
                f'treated_abroad = "{CODE[lab[2]]}"',
                f'phenomenon = "{phen}"',
                ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sentences")
    for lang, items in (("nl", NL), ("en", EN), ("de", DE)):
        texts = [t for t, _, _ in items]
        assert len(texts) == len(set(texts)), lang
        write(os.path.join(root, f"sw-{lang}.toml"), lang, items)
        print(lang, len(items), file=sys.stderr)
