#!/usr/bin/env python3
"""Write /tmp/dc/so/sentences/so.toml (250 labelled sentences) and /tmp/dc/so/NOTES.md.

Each entry: (text, lang, imaging_done, operated, treated_abroad, phenomenon)
Y = "yes", N = "no", U = "unmentioned".
All people are invented; real hospitals and towns appear only as places.
"""
import json
import os
from collections import Counter, defaultdict

Y, N, U = "yes", "no", "unmentioned"
HERE = os.path.dirname(os.path.abspath(__file__))

S = []


def add(lang, rows):
    for r in rows:
        text, img, op, abr, phen = r
        S.append((text, lang, img, op, abr, phen))


# ---------------------------------------------------------------- Dutch (incl. Flemish)
add("nl", [
    # plain-positive
    ("Er is op 14 maart een röntgenfoto van de linkerpols gemaakt.", Y, U, U, "plain-positive"),
    ("Patiënte werd op 3 februari 2026 geopereerd aan een carpaal tunnel syndroom rechts.", U, Y, U, "plain-positive"),
    ("De MRI van de rechterpols toont een ruptuur van het TFCC.", Y, U, U, "plain-positive"),
    ("Echografie van de pols liet een ganglion aan de dorsale zijde zien.", Y, U, U, "plain-positive"),
    ("Hij is in 2024 aan zijn duim geopereerd wegens een skiduim.", U, Y, U, "plain-positive"),
    ("Op de echo werd een tendovaginitis van De Quervain bevestigd.", Y, U, U, "plain-positive"),
    ("Mevrouw werd tijdens haar vakantie in Spanje opgenomen in het ziekenhuis van Alicante vanwege een polsfractuur.", U, U, Y, "plain-positive"),
    ("Zij onderging in december een trapeziectomie links.", U, Y, U, "plain-positive"),
    ("Ter beoordeling van de consolidatie werd een CT-scan van de pols verricht.", Y, U, U, "plain-positive"),
    ("De scafoïdfractuur werd operatief behandeld met een Herbert-schroef.", U, Y, U, "plain-positive"),
    ("Patiënt is in Turkije in een ziekenhuis behandeld na een val op de hand.", U, U, Y, "plain-positive"),
    ("Na de val werden op de SEH foto's van de pols gemaakt.", Y, U, U, "plain-positive"),
    ("Op 12-01-2026 werd een ringbandklieving van de middelvinger rechts verricht.", U, Y, U, "plain-positive"),
    ("In verband met aanhoudende pijn werd een MRI-scan van de rechterhand gemaakt.", Y, U, U, "plain-positive"),
    ("Vorige maand is zij geopereerd aan een ganglion van de linkerpols.", U, Y, U, "plain-positive"),
    ("Röntgenfoto's van beide handen zijn in oktober gemaakt.", Y, U, U, "plain-positive"),
    ("Zij is twee keer aan dezelfde pols geopereerd.", U, Y, U, "plain-positive"),
    ("Bij de eerste operatie aan de pols werd een plaat geplaatst, die in mei weer is verwijderd.", U, Y, U, "plain-positive"),
    ("Na röntgenonderzoek werd zij dezelfde week geopereerd aan haar gebroken pols.", Y, Y, U, "plain-positive"),
    ("Patiënt lag een week in een Duits ziekenhuis na een motorongeluk.", U, U, Y, "plain-positive"),
    ("De echo toonde een verdikte nervus medianus ter hoogte van de carpale tunnel.", Y, U, U, "plain-positive"),
    ("In 2023 werd een naaldfasciotomie verricht; in 2025 volgde een open fasciectomie van de pink.", U, Y, U, "plain-positive"),
    ("De foto's van de hand laten een mallet-fractuur van het eindkootje zien.", Y, U, U, "plain-positive"),
    ("Hij is in september geopereerd aan een peesletsel van de wijsvinger links.", U, Y, U, "plain-positive"),
    ("Patiënte werd tijdens een reis in Marokko in het ziekenhuis van Marrakech opgenomen.", U, U, Y, "plain-positive"),
    ("Een MRI van de pols liet een avasculaire necrose van het os lunatum zien.", Y, U, U, "plain-positive"),
    ("Patiënte werd op 5/02/2026 op de raadpleging handchirurgie van het AZ Groeninge in Kortrijk gezien; de RX toonde een distale radiusfractuur.", Y, U, Y, "plain-positive"),
    ("Sinds de operatie aan haar duimbasis in januari heeft zij minder pijn.", U, Y, U, "plain-positive"),
    ("Er werd een echo van de linkerhand gemaakt.", Y, U, U, "plain-positive"),
    # plain-unrelated
    ("Patiënte is rechtshandig en werkt als kapster.", U, U, U, "plain-unrelated"),
    ("Zij rookt niet en drinkt af en toe een glas wijn.", U, U, U, "plain-unrelated"),
    ("De klachten bestaan sinds ongeveer een half jaar en nemen geleidelijk toe.", U, U, U, "plain-unrelated"),
    ("Bij lichamelijk onderzoek is de test van Finkelstein links positief.", U, U, U, "plain-unrelated"),
    ("Medicatie: omeprazol 20 mg 1dd, metformine 500 mg 2dd.", U, U, U, "plain-unrelated"),
    ("Wij zagen uw patiënte op ons spreekuur in verband met pijn aan de basis van de duim.", U, U, U, "plain-unrelated"),
    ("Allergieën: geen bekend.", U, U, U, "plain-unrelated"),
    ("Mevrouw vraagt of zij haar werk als verpleegkundige kan hervatten.", U, U, U, "plain-unrelated"),
    ("De sensibiliteit van de vingers is intact, de knijpkracht is symmetrisch.", U, U, U, "plain-unrelated"),
    ("Er is sprake van ochtendstijfheid van ongeveer een half uur.", U, U, U, "plain-unrelated"),
    ("Patiënt heeft diabetes mellitus type 2 en hypertensie.", U, U, U, "plain-unrelated"),
    ("Graag zien wij patiënte over zes weken terug op de polikliniek.", U, U, U, "plain-unrelated"),
    ("Zij heeft last bij het openen van potten en het uitwringen van een dweil.", U, U, U, "plain-unrelated"),
    ("Het tintelen is 's nachts het ergst en zij schudt dan haar hand uit.", U, U, U, "plain-unrelated"),
    ("Patiënte werkt als poetsvrouw en heeft vooral pijn bij het wringen.", U, U, U, "plain-unrelated"),
    ("Zij is bekend met een lichte vorm van reumatoïde artritis, goed ingesteld op methotrexaat.", U, U, U, "plain-unrelated"),
    ("Met vriendelijke groet, mede namens dr. Verbeek, huisarts.", U, U, U, "plain-unrelated"),
    # negation / long or split scope
    ("Patiënte is, ondanks jarenlange klachten en meerdere consulten bij orthopeden in de regio, nooit aan haar pols geopereerd.", U, N, U, "negation-long-scope"),
    ("Een MRI of echografie van de pols is tot op heden niet verricht.", N, U, U, "negation-long-scope"),
    ("Er zijn, voor zover wij uit de meegestuurde stukken kunnen opmaken, bij hem nooit röntgenfoto's van de hand gemaakt.", N, U, U, "negation-long-scope"),
    ("Geopereerd is zij niet.", U, N, U, "negation"),
    ("Een foto heeft hij destijds niet laten maken.", N, U, U, "negation"),
    ("Noch in het ziekenhuis noch bij de huisarts is er enige beeldvorming gedaan.", N, U, U, "negation"),
    ("Er is geen röntgenfoto gemaakt, wel een echo.", Y, U, U, "mixed"),
    ("Er is destijds op de SEH van Gelre in Apeldoorn niet gefotografeerd, omdat er geen verdenking op een fractuur bestond.", N, U, N, "negation"),
    ("Dat hij elders al aan de pols geopereerd zou zijn, wordt door patiënt zelf ontkend.", U, N, U, "negation"),
    ("Geen OK, geen foto's, alleen rust en een brace.", N, N, U, "negation"),
    ("De pols werd destijds niet-operatief behandeld.", U, N, U, "negation"),
    # negated findings (exam done)
    ("Röntgenfoto pols links: geen fractuur, geen luxatie.", Y, U, U, "negated-finding"),
    ("Er werden op de röntgenfoto's geen afwijkingen gezien; een MRI is niet gemaakt.", Y, U, U, "negated-finding"),
    ("RX pols: geen fractuurlijn weerhouden.", Y, U, U, "negated-finding"),
    ("Niet alleen werd op de foto geen fractuur gezien, ook de CT liet geen afwijkingen zien.", Y, U, U, "negated-finding"),
    # plans, offers, advice, requests, questions, future
    ("Wij zullen een MRI van de rechterpols aanvragen.", U, U, U, "plan"),
    ("Wij hebben haar een operatie aangeboden; daar wil zij nog over nadenken.", U, U, U, "plan"),
    ("Zij laat volgende week een foto maken bij het Diagnostisch Centrum.", U, U, U, "future"),
    ("Vraagstelling: scafoïdfractuur? Graag MRI.", U, U, U, "question"),
    ("Een operatie is geïndiceerd, maar patiënte twijfelt.", U, U, U, "plan"),
    ("Zij wordt binnenkort in het Spaarne Gasthuis geopereerd.", U, U, U, "future"),
    ("Patiënt gaf aan liever niet geopereerd te willen worden.", U, U, U, "plan"),
    ("Wilt u de röntgenfoto's die in oktober zijn gemaakt op cd meesturen?", Y, U, U, "request"),
    ("Wordt aangemeld voor OK.", U, U, U, "plan"),
    ("Het is de bedoeling dat zij in juni in het UZ Leuven geopereerd wordt.", U, U, U, "future"),
    ("Is er destijds een foto gemaakt?", U, U, U, "question"),
    ("Is patiënte in het buitenland in een ziekenhuis behandeld? Dan graag een MRSA-kweek.", U, U, U, "question"),
    # historical
    ("In 2009 werd een ORIF van de linkerpols verricht in verband met een distale radiusfractuur.", U, Y, U, "historical"),
    ("Als kind heeft zij haar pols gebroken; er zijn toen foto's gemaakt.", Y, U, U, "historical"),
    ("Twintig jaar geleden is hij in Marokko aan zijn hand geopereerd na een snijwond.", U, Y, Y, "historical"),
    ("Voorgeschiedenis: 1998 appendectomie, 2004 sectio caesarea, 2015 knie-artroscopie links.", U, U, U, "other-body-part"),
    ("In 2021 werd de pols in gips behandeld, zonder operatie.", U, N, U, "historical"),
    # other people
    ("Haar moeder en zus zijn beiden geopereerd aan een carpaal tunnel syndroom.", U, U, U, "other-person"),
    ("Haar dochter werd vorig jaar in een ziekenhuis in Antalya opgenomen.", U, U, U, "other-person"),
    ("Familieanamnese: vader M. Dupuytren, tweemaal geopereerd.", U, U, U, "other-person"),
    # conditionals
    ("Indien de klachten persisteren, kan een MRI worden overwogen.", U, U, U, "conditional"),
    ("Mocht de echo een ganglion tonen, dan kan dit operatief worden verwijderd.", U, U, U, "conditional"),
    ("Als zij in het buitenland opgenomen is geweest, is een MRSA-screening nodig.", U, U, U, "conditional"),
    # pseudo-negations
    ("Geen verbetering na de operatie aan de pols in mei.", U, Y, U, "pseudo-negation"),
    ("Niet alleen een röntgenfoto, maar ook een MRI werd gemaakt.", Y, U, U, "pseudo-negation"),
    ("Sinds de OK aan haar duim nooit meer pijnvrij geweest.", U, Y, U, "pseudo-negation"),
    ("Zij is niet alleen in Spanje opgenomen geweest, maar heeft daar ook een plaat in de pols gekregen.", U, Y, Y, "pseudo-negation"),
    ("De tintelingen zijn na de CTS-release niet verdwenen.", U, Y, U, "pseudo-negation"),
    ("De foto's van het ziekenhuis hebben wij nog niet ontvangen.", Y, U, U, "presupposition"),
    ("Er zijn op dit moment geen foto's beschikbaar.", U, U, U, "unavailable-not-undone"),
    # department / practice names with procedure words
    ("Wij zagen patiënte op de polikliniek Plastische, Reconstructieve en Handchirurgie.", U, U, U, "department-name"),
    ("Afzender: Handchirurgisch Centrum Oost, locatie OK-centrum Arnhem.", U, U, U, "department-name"),
    ("Hij meldde zich bij de balie van het Röntgen- en Echocentrum, maar er is uiteindelijk geen foto gemaakt.", N, U, U, "department-name"),
    ("Huisartsenpraktijk Chirurgijnsweg, Chirurgijnsweg 12, 2312 AB Leiden.", U, U, U, "department-name"),
    # other body parts / domestic care
    ("Zij is in 2022 geopereerd aan haar rechterknie.", U, U, U, "other-body-part"),
    ("Patiënt onderging een schouderoperatie links; de pols is nooit geopereerd.", U, N, U, "other-body-part"),
    ("Haar heup werd vorig jaar vervangen in het Reinier de Graaf in Delft.", U, U, N, "domestic-care"),
    ("Rechts werd in 2017 een CTS-release verricht; aan de linkerhand, waar de huidige klachten zitten, is zij nooit geopereerd.", U, N, U, "contralateral"),
    ("In het St. Antonius Ziekenhuis in Nieuwegein werd een ORIF van de distale radius verricht.", U, Y, N, "domestic-care"),
    # abroad named by hospital or city
    ("Zij werd na een val op de uitgestrekte hand opgenomen in het Hospital Clínica Benidorm.", U, U, Y, "abroad-named-place"),
    ("Na het ongeval werd hij in Antwerpen op de spoedgevallendienst gezien en gegipst.", U, U, Y, "abroad-named-place"),
    ("De polsfractuur werd in het Universitätsklinikum Münster met een plaat gefixeerd.", U, Y, Y, "abroad-named-place"),
    ("Patiënt is in Agadir in een privékliniek geopereerd aan de buigpees van zijn wijsvinger.", U, Y, Y, "abroad-named-place"),
    ("Opname in Ankara, daar is een foto gemaakt en is de pols gereponeerd.", Y, U, Y, "abroad-named-place"),
    # injured abroad, treated at home / abroad without care
    ("Het ongeval gebeurde in Aken, maar de operatie aan de pols vond plaats in het Maastricht UMC+.", U, Y, N, "injured-abroad-treated-home"),
    ("Tijdens de wintersport in Oostenrijk gevallen; pas thuis op de SEH van het Deventer Ziekenhuis gezien.", U, U, N, "injured-abroad-treated-home"),
    ("Op vakantie in Griekenland de pols verstuikt, daar geen arts bezocht; na terugkeer heeft de huisarts een foto aangevraagd.", U, U, N, "injured-abroad-treated-home"),
    ("Het letsel ontstond in Duitsland, maar hij reed dezelfde dag terug en is in Enschede in het MST geopereerd.", U, Y, N, "injured-abroad-treated-home"),
    ("Zij woont sinds 2019 in Portugal en is daar niet onder behandeling geweest.", U, U, N, "abroad-no-care"),
    ("Patiënte is in het buitenland niet in een ziekenhuis geweest; zij heeft daar alleen een apotheek bezocht.", U, U, N, "abroad-no-care"),
    ("Zij was net terug van een reis naar Marokko toen de klachten begonnen.", U, U, U, "abroad-no-care"),
    ("Tijdens de vakantie in Frankrijk heeft zij geen arts gezien.", U, U, N, "abroad-no-care"),
    # abbreviations and typos
    ("Pte is i.v.m. CTS re geopereed op 4/3.", U, Y, U, "typo"),
    ("z.n. paracetamol, st. na OK li pols 2020.", U, Y, U, "abbreviation"),
    ("Pt. st. na ORIF DRF li in Gent (2023).", U, Y, Y, "abbreviation"),
    ("Echo hand li: ggn afw.", Y, U, U, "abbreviation"),
    ("MRI pols nog niet gedaan ivm claustrofobie.", N, U, U, "abbreviation"),
    ("Rontgen hand re: geen #.", Y, U, U, "typo"),
    ("Pt. werd dd. 12/03 geopereerd (CTR re) in AZ Monica te Antwerpen.", U, Y, Y, "abbreviation"),
    ("Pte heeft nooit een foto gehad vd pols, ook geen echo.", N, U, U, "typo"),
    # HIS journal lines (SOEP)
    ("12-03-2026 S: val op li pols bij schaatsen. O: drukpijn tabatière. E: verd. scafoïdfractuur. P: X-scafoïdserie aangevraagd, onderarmspalk.", U, U, U, "his-journal"),
    ("03-04-2026 E: brief ortho ontvangen, CTS-release re op 28-03 verricht.", U, Y, U, "his-journal"),
    ("14-05-2026 S: terug uit Turkije, daar opgenomen geweest ivm polsfractuur, gips erom. P: MRSA-kweek.", U, U, Y, "his-journal"),
    ("02-02-2026 S: uitslag echo besproken: ganglion 1,5 cm. P: expectatief.", Y, U, U, "his-journal"),
    ("S: pijn na OK li pols, wond rustig.", U, Y, U, "his-journal"),
    ("10-01-2026 S: in Spanje gevallen, daar niet naar een arts geweest. O: zwelling, geen standsafwijking. P: X-pols.", U, U, N, "his-journal"),
    # radiology conclusions
    ("Conclusie: status na ORIF distale radius links met volaire plaat, geen tekenen van loslating.", Y, Y, U, "radiology-conclusion"),
    ("Röntgenonderzoek pols links. Conclusie: geen fractuur; zo nodig MRI bij persisterende klachten.", Y, U, U, "radiology-conclusion"),
    ("Conclusie X-hand rechts: artrose CMC-1, Eaton stadium III.", Y, U, U, "radiology-conclusion"),
    ("Besluit RX pols: gekende scafoïdpseudartrose, status na schroeffixatie.", Y, Y, U, "radiology-conclusion"),
    # discharge letters
    ("Opnamedatum 02-05-2026, ontslagdatum 04-05-2026; ingreep: ORIF scafoïd rechts.", U, Y, U, "discharge-letter"),
    ("Opnamediagnose: distale radiusfractuur links; beleid: gesloten repositie en gips, geen operatie.", U, N, U, "discharge-letter"),
    ("Patiënte werd opgenomen ter observatie van de hand; operatief ingrijpen bleek niet nodig.", U, N, U, "discharge-letter"),
    # patient e-mails
    ("Ik ben vorig jaar in Alanya aan mijn pols geopereerd en heb alleen een briefje in het Turks.", U, Y, Y, "patient-email"),
    ("Ik heb nog nooit een scan of foto van mijn hand gehad, is dat een probleem?", N, U, U, "patient-email"),
    ("Ik ben in Spanje wel naar de eerste hulp geweest maar ze hebben daar niks gedaan.", U, U, Y, "patient-email"),
    ("Mijn man is aan zijn pols geopereerd, ik zelf nooit.", U, N, U, "patient-email"),
])

# ---------------------------------------------------------------- English (UK / Irish / US)
add("en", [
    # plain-positive
    ("An MRI of the left wrist was performed on 3 February 2026.", Y, U, U, "plain-positive"),
    ("She underwent a right carpal tunnel decompression in March 2025.", U, Y, U, "plain-positive"),
    ("X-rays of the right hand showed a displaced fracture of the fifth metacarpal.", Y, U, U, "plain-positive"),
    ("He was admitted to Hospital Costa del Sol in Marbella after a fall and had his wrist plated there.", U, Y, Y, "plain-positive"),
    ("An ultrasound scan confirmed a volar wrist ganglion.", Y, U, U, "plain-positive"),
    ("Mr Dekker had open reduction and internal fixation of his left distal radius on 14/01/2026.", U, Y, U, "plain-positive"),
    ("She was treated in the emergency department in Benidorm, Spain, where a cast was applied.", U, U, Y, "plain-positive"),
    ("A CT scan demonstrated a non-union of the scaphoid waist.", Y, U, U, "plain-positive"),
    ("He had a trigger finger release of the right ring finger last year.", U, Y, U, "plain-positive"),
    ("Plain radiographs of both wrists were taken in clinic today.", Y, U, U, "plain-positive"),
    ("She underwent excision of a dorsal wrist ganglion at St Vincent's University Hospital, Dublin.", U, Y, Y, "plain-positive"),
    ("She was operated on for De Quervain's tenosynovitis in 2023.", U, Y, U, "plain-positive"),
    ("While working in Dubai he was admitted to Rashid Hospital with a crush injury to his hand.", U, U, Y, "plain-positive"),
    ("The wrist was imaged with MRI, which showed avascular necrosis of the proximal pole.", Y, U, U, "plain-positive"),
    ("She had a base of thumb joint replacement on the left in September.", U, Y, U, "plain-positive"),
    # plain-unrelated
    ("Thank you for referring this pleasant 54-year-old lady with pain at the base of her thumb.", U, U, U, "plain-unrelated"),
    ("She is right-hand dominant and works as a software developer.", U, U, U, "plain-unrelated"),
    ("On examination there is tenderness over the first dorsal compartment.", U, U, U, "plain-unrelated"),
    ("Past medical history: asthma, hypothyroidism.", U, U, U, "plain-unrelated"),
    ("She takes levothyroxine 75 micrograms once daily.", U, U, U, "plain-unrelated"),
    ("Her symptoms are worse at night and wake her two or three times a week.", U, U, U, "plain-unrelated"),
    ("I would be grateful if you could see her for a second opinion.", U, U, U, "plain-unrelated"),
    ("Grip strength was reduced on the left compared with the right.", U, U, U, "plain-unrelated"),
    ("He is a keen golfer and would like to return to playing as soon as possible.", U, U, U, "plain-unrelated"),
    ("Yours sincerely, Dr Fiona Gallagher, GP.", U, U, U, "plain-unrelated"),
    # negation
    ("There has been no imaging of the wrist to date.", N, U, U, "negation"),
    ("She has never had surgery on either hand, despite being offered a carpal tunnel release back in 2019.", U, N, U, "negation-long-scope"),
    ("He has not, as far as we are aware from the notes available to us, undergone any operative intervention for this.", U, N, U, "negation-long-scope"),
    ("No surgery was performed; the wrist fracture was managed in a cast.", U, N, U, "negation"),
    ("He denies any previous surgery to the hand or wrist.", U, N, U, "negation"),
    ("She did not attend her ultrasound appointment and the scan was never rebooked.", N, U, U, "negation"),
    # negated findings
    ("X-ray of the right wrist: no fracture or dislocation.", Y, U, U, "negated-finding"),
    ("The MRI showed no evidence of a TFCC tear.", Y, U, U, "negated-finding"),
    ("Radiographs obtained in the ED were negative for acute fracture.", Y, U, U, "negated-finding"),
    # plans etc.
    ("She has been listed for a right trapeziectomy.", U, U, U, "plan"),
    ("Plan: US-guided steroid injection, review in 6 weeks.", U, U, U, "plan"),
    ("Would you be kind enough to arrange an ultrasound scan of the ganglion?", U, U, U, "request"),
    ("Please could you advise whether surgical release would be appropriate?", U, U, U, "question"),
    ("Surgery was offered but she declined.", U, N, U, "declined-offer"),
    ("She will be having her operation at the Beacon Hospital in Dublin next month.", U, U, U, "future"),
    ("Q: ?scaphoid fracture - please image.", U, U, U, "question"),
    ("She follows up with orthopedics for possible surgical intervention.", U, U, U, "plan"),
    # historical
    ("Previous ORIF right distal radius (2014, Galway).", U, Y, Y, "historical"),
    ("She fractured her left wrist aged 12; it was X-rayed and treated in plaster.", Y, U, U, "historical"),
    ("PMH: appendicectomy 1995, laparoscopic cholecystectomy 2018.", U, U, U, "other-body-part"),
    # other people
    ("Her sister has had bilateral carpal tunnel releases.", U, U, U, "other-person"),
    ("Her husband was recently admitted to hospital in Lisbon.", U, U, U, "other-person"),
    # conditionals
    ("Should her symptoms persist, an MRI would be the next step.", U, U, U, "conditional"),
    ("If she has been treated in a hospital abroad, an MRSA screen will be required.", U, U, U, "conditional"),
    # pseudo-negation
    ("No improvement following the carpal tunnel decompression in May.", U, Y, U, "pseudo-negation"),
    ("Not only was the wrist X-rayed, a CT was also obtained.", Y, U, U, "pseudo-negation"),
    ("She has not been pain-free since her trigger finger release.", U, Y, U, "pseudo-negation"),
    ("No complications were encountered during the ganglion excision.", U, Y, U, "pseudo-negation"),
    ("We have not yet received the MRI images from the hospital.", Y, U, U, "presupposition"),
    # department names
    ("Seen today in the Hand and Plastic Surgery Outpatient Clinic.", U, U, U, "department-name"),
    ("cc: Radiology Department, Ninewells Hospital.", U, U, U, "department-name"),
    # other body parts / contralateral
    ("He underwent a left shoulder arthroscopy in 2020 but has had no surgery to the wrist.", U, N, U, "other-body-part"),
    # abroad named / domestic in English
    ("He was seen at Hospital Universitario La Paz in Madrid, where the fracture was manipulated under sedation.", U, U, Y, "abroad-named-place"),
    ("She was treated at Galway University Hospital following the fall.", U, U, Y, "abroad-named-place"),
    ("She attended the Mater Misericordiae University Hospital, where an X-ray was taken.", Y, U, Y, "abroad-named-place"),
    ("Patient is s/p right CTR at Mass General in Boston.", U, Y, Y, "abroad-named-place"),
    ("She had her carpal tunnel release at OLVG in Amsterdam before moving to Bristol.", U, Y, N, "domestic-care"),
    # injured abroad treated at home / no care abroad
    ("She was on holiday in Crete at the time but did not seek medical attention until she returned home to Utrecht.", U, U, N, "injured-abroad-treated-home"),
    ("He injured the hand skiing in Val d'Isère and was seen at Máxima MC in Veldhoven two days later.", U, U, N, "injured-abroad-treated-home"),
    ("She lives in Spain for part of the year but has never received hospital treatment there.", U, U, N, "abroad-no-care"),
    # abbreviations
    ("s/p ORIF L DRF 03/2024.", U, Y, U, "abbreviation"),
    ("XR L wrist NAD.", Y, U, U, "abbreviation"),
    ("Pt ?# scaphoid, for MRI.", U, U, U, "abbreviation"),
    ("CTD R 2022, now recurrent sx.", U, Y, U, "abbreviation"),
    ("Pt declined op, managed conservatively.", U, N, U, "abbreviation"),
    # discharge / operation note
    ("Discharge summary: admitted via ED after FOOSH, K-wire fixation of the left distal radius under GA on 12/03/2026.", U, Y, U, "discharge-letter"),
    ("Operation Note - Procedure: right A1 pulley release. Surgeon: Mr O'Connell.", U, Y, U, "operation-note"),
    # patient e-mails
    ("I had surgery on my wrist in Thailand last year and only have a discharge paper in Thai.", U, Y, Y, "patient-email"),
    ("I've never had an X-ray or scan on my hand, my GP just examined it.", N, U, U, "patient-email"),
    ("I was in A&E in Cork for a few hours but they just gave me a sling.", U, U, Y, "patient-email"),
])

# ---------------------------------------------------------------- German (incl. Austrian / Swiss)
add("de", [
    # plain-positive
    ("Am 02.11.2025 erfolgte eine Röntgenaufnahme des rechten Handgelenks.", Y, U, U, "plain-positive"),
    ("Die Patientin wurde am 14.01.2026 an einem Karpaltunnelsyndrom links operiert.", U, Y, U, "plain-positive"),
    ("Im Klinikum Garmisch-Partenkirchen wurde nach einem Skisturz eine Plattenosteosynthese des distalen Radius durchgeführt.", U, Y, Y, "plain-positive"),
    ("Die MRT des Handgelenks zeigte eine Läsion des SL-Bandes.", Y, U, U, "plain-positive"),
    ("Die Patientin wurde im Kantonsspital Graubünden in Chur stationär aufgenommen.", U, U, Y, "plain-positive"),
    ("Sonographisch zeigte sich ein Ganglion am dorsalen Handgelenk.", Y, U, U, "plain-positive"),
    ("Der Patient wurde im Unfallkrankenhaus Salzburg an der Hand operiert.", U, Y, Y, "plain-positive"),
    # plain-unrelated
    ("Die Patientin ist Rechtshänderin und arbeitet als Bürokauffrau.", U, U, U, "plain-unrelated"),
    ("Die Beschwerden bestehen seit etwa drei Monaten.", U, U, U, "plain-unrelated"),
    ("Klinisch Druckschmerz über dem ersten Strecksehnenfach.", U, U, U, "plain-unrelated"),
    ("Dauermedikation: Ramipril 5 mg, ASS 100 mg.", U, U, U, "plain-unrelated"),
    ("Wir bedanken uns für die freundliche Zuweisung.", U, U, U, "plain-unrelated"),
    # hard
    ("Eine operative Versorgung erfolgte bisher nicht.", U, N, U, "negation"),
    ("Eine Bildgebung wurde trotz der seit Monaten bestehenden Beschwerden bislang nicht durchgeführt.", N, U, U, "negation-long-scope"),
    ("Röntgen Handgelenk rechts: kein Frakturnachweis.", Y, U, U, "negated-finding"),
    ("MRT ohne pathologischen Befund.", Y, U, U, "negated-finding"),
    ("Wir empfehlen eine MRT-Untersuchung des Handgelenks.", U, U, U, "plan"),
    ("Die Indikation zur operativen Versorgung wurde gestellt; die Patientin wünscht jedoch eine Zweitmeinung.", U, U, U, "plan"),
    ("V.a. Skaphoidfraktur, CT angefordert.", U, U, U, "abbreviation"),
    ("Eine Röntgenkontrolle ist in sechs Wochen geplant.", U, U, U, "future"),
    ("Z.n. Plattenosteosynthese distaler Radius links 2019.", U, Y, U, "abbreviation"),
    ("Z.n. Appendektomie, Z.n. Hysterektomie.", U, U, U, "other-body-part"),
    ("Die Mutter der Patientin wurde zweimal an der Hand operiert.", U, U, U, "other-person"),
    ("Sollten die Beschwerden persistieren, wäre eine operative Revision zu erwägen.", U, U, U, "conditional"),
    ("Keine Besserung nach der Karpaldachspaltung.", U, Y, U, "pseudo-negation"),
    ("Nicht nur im Röntgen, sondern auch in der MRT zeigte sich eine Pseudarthrose.", Y, U, U, "pseudo-negation"),
    ("Klinik für Hand-, Plastische und Rekonstruktive Chirurgie – Ambulanz.", U, U, U, "department-name"),
    ("Die Erstversorgung nach dem Sturz erfolgte in der Notaufnahme des Klinikums Kleve.", U, U, Y, "abroad-named-place"),
    ("Der Patient wurde im Inselspital Bern an der Beugesehne operiert.", U, Y, Y, "abroad-named-place"),
    ("Die Patientin verbrachte ihren Urlaub am Gardasee, ärztliche Hilfe wurde dort nicht in Anspruch genommen.", U, U, N, "abroad-no-care"),
    ("Die Patientin hat sich auf Mallorca beim Sturz verletzt, die Behandlung erfolgte erst nach Rückkehr in Utrecht.", U, U, N, "injured-abroad-treated-home"),
    ("Die Operation am Handgelenk fand nicht in Deutschland, sondern am Radboudumc in Nijmegen statt.", U, Y, N, "domestic-care"),
    ("Eine Operation wurde der Patientin angeboten, von ihr aber abgelehnt.", U, N, U, "declined-offer"),
    ("Entlassungsbrief: stationäre Aufnahme vom 02.11. bis 04.11.2025 im LKH Feldkirch zur Ganglionexstirpation am Handgelenk.", U, Y, Y, "discharge-letter"),
    ("Beurteilung: Zustand nach Handgelenksarthrodese, röntgenologisch knöchern durchbaut.", Y, Y, U, "radiology-conclusion"),
    ("Operationsbericht – Eingriff: Ringbandspaltung D3 rechts; Operateur: Dr. med. K. Aebischer.", U, Y, U, "operation-note"),
    ("Aktuell liegt uns keine Bildgebung vor.", U, U, U, "unavailable-not-undone"),
])

# ---------------------------------------------------------------- checks and output
ALLOWED = {Y, N, U}
LANGS = {"nl", "en", "de"}
assert len(S) == 250, len(S)
texts = [s[0] for s in S]
assert len(set(texts)) == len(texts), "duplicate sentence"
for s in S:
    assert s[1] in LANGS and s[2] in ALLOWED and s[3] in ALLOWED and s[4] in ALLOWED, s


def q(v):
    # JSON string escaping is valid TOML basic-string escaping for this text
    return json.dumps(v, ensure_ascii=False)


out_dir = os.path.join(HERE, "sentences")
os.makedirs(out_dir, exist_ok=True)
lines = ["# Synthetic labelled sentences (accuracy corpus, set 'so').",
         "# Written independently of the checker's rules; all people invented.",
         "# Generated by make_so.py - edit the script, not this file.", ""]
for text, lang, img, op, abr, phen in S:
    lines += ["[[sentence]]",
              f"text = {q(text)}",
              f"lang = {q(lang)}",
              f"imaging_done = {q(img)}",
              f"operated = {q(op)}",
              f"treated_abroad = {q(abr)}",
              f"phenomenon = {q(phen)}",
              ""]
with open(os.path.join(out_dir, "so.toml"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines))

# ---------------------------------------------------------------- NOTES.md
langs = ["nl", "en", "de"]
fields = [("imaging_done", 2), ("operated", 3), ("treated_abroad", 4)]
by_lang = Counter(s[1] for s in S)
plain = sum(1 for s in S if s[5].startswith("plain-"))
md = ["# Sentence set `so`: notes", "",
      f"{len(S)} sentences in `sentences/so.toml`, generated by `make_so.py`.", "",
      "## Sentences per language", "", "| lang | n | share |", "|---|---:|---:|"]
for l in langs:
    md.append(f"| {l} | {by_lang[l]} | {100*by_lang[l]/len(S):.0f} % |")
md += ["", f"Plain sentences (`plain-positive` + `plain-unrelated`): {plain} ({100*plain/len(S):.0f} %); "
       f"hard: {len(S)-plain}.", "",
       "## Label distribution per field and language", "",
       "| field | lang | yes | no | unmentioned |", "|---|---|---:|---:|---:|"]
for name, i in fields:
    for l in langs + ["all"]:
        c = Counter(s[i] for s in S if l == "all" or s[1] == l)
        md.append(f"| {name} | {l} | {c[Y]} | {c[N]} | {c[U]} |")
md += ["", "## Phenomena", "",
       "| phenomenon | nl | en | de | total | imaging y/n/u | operated y/n/u | abroad y/n/u |",
       "|---|---:|---:|---:|---:|---|---|---|"]
ph = defaultdict(list)
for s in S:
    ph[s[5]].append(s)
for p in sorted(ph, key=lambda k: (-len(ph[k]), k)):
    rows = ph[p]
    cl = Counter(s[1] for s in rows)
    def yn(i):
        c = Counter(s[i] for s in rows)
        return f"{c[Y]}/{c[N]}/{c[U]}"
    md.append(f"| {p} | {cl['nl']} | {cl['en']} | {cl['de']} | {len(rows)} | {yn(2)} | {yn(3)} | {yn(4)} |")
md += ["", "## Labelling conventions used", "",
       "- Facts are about this patient only; family members' operations, scans or admissions are `unmentioned`.",
       "- `imaging_done = yes` whenever the sentence says an exam was done, whatever it found "
       "(\"geen fractuur op de foto\", \"MRI zonder afwijkingen\"), and when it presupposes existing images "
       "(\"wilt u de röntgenfoto's op cd meesturen\", \"we have not yet received the MRI images\"). "
       "\"Geen foto's beschikbaar\" / \"Aktuell liegt uns keine Bildgebung vor\" says nothing about whether imaging was done: `unmentioned`.",
       "- `operated`: any operation on this patient's hand, wrist, thumb or fingers counts as `yes` "
       "(including historical ones); plans, offers, listings, wishes and preferences are `unmentioned`; "
       "an offer that was declined, \"niet-operatief\", \"zonder operatie\" or \"operatief ingrijpen bleek niet nodig\" is `no`; "
       "operations on other body parts (knee, shoulder, appendix, gallbladder, caesarean) are `unmentioned` "
       "unless the sentence also says the wrist was never operated. One sentence has an operation on the "
       "other hand while the current (left) complaint was never operated: `no` (phenomenon `contralateral`).",
       "- A closed reduction / cast (gesloten repositie, gereponeerd, manipulated under sedation) is not an operation.",
       "- `treated_abroad = yes` when the sentence places hospital or clinic care (ED included) of this patient "
       "outside the Netherlands, by country, city or hospital name (Belgium, Germany, Switzerland, Austria, UK, "
       "Ireland, US count as abroad), even when nothing was done there (\"ze hebben daar niks gedaan\"). "
       "`no` when it says care was given in a named Dutch hospital/town or that there was no care abroad "
       "(\"daar geen arts bezocht\", \"daar niet onder behandeling geweest\"). Living or travelling abroad "
       "without any statement about care is `unmentioned`. Planned care abroad is `unmentioned`.",
       "- German and English sentences without a named place are not assumed to be written abroad: "
       "the label follows what the sentence itself says.",
       "- A negated single exam (\"MRI nog niet gedaan\", \"een foto heeft hij niet laten maken\") is `imaging_done = no` "
       "unless the same sentence affirms another exam (\"geen röntgenfoto, wel een echo\" = yes).",
       "",
       "## Judgement calls a reviewer may want to check",
       "",
       "- `contralateral` (operated = no): right hand operated, current left-hand complaint never operated.",
       "- `declined-offer` (operated = no): \"Surgery was offered but she declined\", \"angeboten, aber abgelehnt\".",
       "- `presupposition` / `request` (imaging = yes): requests for or missing receipt of images that the sentence says exist.",
       "- `domestic-care` and `injured-abroad-treated-home` (treated_abroad = no): care located in a named Dutch hospital or town.",
       "- \"Ik ben in Spanje wel naar de eerste hulp geweest maar ze hebben daar niks gedaan\": treated_abroad = yes (ED visit abroad).",
       "- \"Twintig jaar geleden ... in Marokko aan zijn hand geopereerd na een snijwond\": operated = yes (hand operation, old).",
       ""]
with open(os.path.join(HERE, "NOTES.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(md))
print(f"wrote {len(S)} sentences: " + ", ".join(f"{l}={by_lang[l]}" for l in langs) + f"; plain={plain}")
