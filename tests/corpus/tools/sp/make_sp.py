#!/usr/bin/env python3
"""Writes sentences/sp.toml: labelled sentences/short passages for the three facts
(imaging_done, operated, treated_abroad). All people, addresses and events are invented.

Each entry: (text, lang, imaging_done, operated, treated_abroad, phenomenon)
with Y = "yes", N = "no", U = "unmentioned". See NOTES.md for the labelling rules.
"""
import json
import os
import sys
from collections import Counter

Y, N, U = "yes", "no", "unmentioned"

S = [
    # ------------------------------------------------------------------ Dutch
    # --- plain
    ("Op 14-02-2026 werd een röntgenfoto van de rechterpols gemaakt; hierop een distale radiusfractuur met dorsale kanteling.", "nl", Y, U, U, "plain"),
    ("Patiënte is op 3 maart 2025 geopereerd aan het carpaletunnelsyndroom links.", "nl", U, Y, U, "plain"),
    ("Patiënt is niet geopereerd.", "nl", U, N, U, "plain"),
    ("Er is geen beeldvorming verricht.", "nl", N, U, U, "plain"),
    ("Patiënte is in het buitenland in een ziekenhuis opgenomen geweest.", "nl", U, U, Y, "plain"),
    ("Patiënte werkt als verpleegkundige en is rechtshandig.", "nl", U, U, U, "plain"),
    ("Medicatie: omeprazol 20 mg 1dd, paracetamol 500 mg zo nodig.", "nl", U, U, U, "plain"),
    ("Echografie van de linkerpols toont een ganglion van 8 mm aan de dorsale zijde.", "nl", Y, U, U, "plain"),
    ("MRI rechterpols (12-01-2026): partiële ruptuur van het scafolunaire ligament.", "nl", Y, U, U, "plain"),
    ("In 2024 heeft zij een trapeziectomie rechts ondergaan.", "nl", U, Y, U, "plain"),
    ("Hij onderging vorig jaar een ganglionextirpatie aan de linkerhand.", "nl", U, Y, U, "plain"),
    ("Geachte collega, hierbij verwijs ik u mevrouw J. de Ruiter-Bakker voor een second opinion.", "nl", U, U, U, "plain"),
    ("Met vriendelijke groet,\nS. van der Linden, huisarts", "nl", U, U, U, "plain"),
    ("Allergieën: geen bekend.", "nl", U, U, U, "plain"),
    ("Vraagstelling: graag uw oordeel over de verdere behandeling van de pijnlijke duimbasis.", "nl", U, U, U, "plain"),
    ("Sinds een half jaar tintelingen in duim, wijs- en middelvinger rechts, vooral 's nachts.", "nl", U, U, U, "plain"),
    ("Lichamelijk onderzoek: positieve Phalen en Tinel rechts, geen thenaratrofie.", "nl", U, U, U, "plain"),
    ("De CT-scan van de linkerpols liet een niet-geconsolideerde scafoïdfractuur zien.", "nl", Y, U, U, "plain"),
    ("De distale radiusfractuur werd op 2 mei 2026 operatief behandeld met een volaire plaat.", "nl", U, Y, U, "plain"),
    ("Alle behandelingen hebben in Nederland plaatsgevonden.", "nl", U, U, N, "plain"),
    ("Hij is nooit in een buitenlands ziekenhuis behandeld.", "nl", U, U, N, "plain"),
    ("Rookt niet, drinkt 1-2 glazen wijn per week. BMI 27.", "nl", U, U, U, "plain"),
    ("Op de röntgenfoto's van beide handen is artrose van de CMC-1-gewrichten te zien.", "nl", Y, U, U, "plain"),
    ("Zij werd in december geopereerd aan een triggerduim rechts (klieving van de A1-ringband).", "nl", U, Y, U, "plain"),
    ("Patiënt heeft nooit een operatie aan hand of pols gehad.", "nl", U, N, U, "plain"),
    ("Echo rechterduim 10-10-2025: tendovaginitis van de eerste extensorenloge.", "nl", Y, U, U, "plain"),
    ("Conclusie: artrose van het STT-gewricht links.", "nl", U, U, U, "plain"),
    ("Zij wordt door de handtherapeut behandeld met een spalk en oefentherapie.", "nl", U, U, U, "plain"),
    ("Beleid: afwachtend, nachtspalk, controle over drie maanden.", "nl", U, U, U, "plain"),
    ("Patiënt is in 2022 aan de rechterpols geopereerd wegens een scafoïdpseudartrose.", "nl", U, Y, U, "plain"),
    ("Familieanamnese: broer reumatoïde artritis.", "nl", U, U, U, "plain"),
    ("Bloedonderzoek: BSE 12 mm/uur, CRP < 5, reumafactor negatief.", "nl", U, U, U, "plain"),
    ("Ontslagen met een gipsspalk; controle op de polikliniek over één week.", "nl", U, U, U, "plain"),
    ("S: wil graag een second opinion, is niet tevreden over de uitleg van de orthopeed.", "nl", U, U, U, "plain"),
    ("N93 Carpaletunnelsyndroom (sinds 14-06-2021)", "nl", U, U, U, "plain"),
    ("Ingreep: open carpaletunnelrelease links. Operateur: dr. M. Bos. Anesthesie: lokaal (WALANT).", "nl", U, Y, U, "plain"),
    ("Onderzoek: MRI pols links zonder contrast. Datum onderzoek: 03-04-2026.", "nl", Y, U, U, "plain"),
    ("Opname 12-08-2026 t/m 14-08-2026 wegens een open fractuur van MC2 rechts, waarvoor spoed-OK met K-draden.", "nl", U, Y, U, "plain"),
    ("Patiënte is voor deze klachten uitsluitend in Nederland behandeld.", "nl", U, U, N, "plain"),
    ("Patiënte is tijdens haar vakantie in Griekenland in het ziekenhuis behandeld voor haar pols.", "nl", U, U, Y, "plain"),

    # --- negation: scope and position
    ("Een operatie heeft nooit plaatsgevonden.", "nl", U, N, U, "negation"),
    ("Geopereerd is zij niet; wel heeft ze zes weken een onderarmgips gehad.", "nl", U, N, U, "negation"),
    ("Er werd geen röntgenfoto gemaakt, omdat er klinisch geen aanwijzingen waren voor een fractuur.", "nl", N, U, U, "plain"),
    ("Niet eerder beeldvorming gehad.", "nl", N, U, U, "negation"),
    ("Eerdere operaties aan de pols: geen.", "nl", U, N, U, "negation"),
    ("Er is geen MRI gemaakt, wel een röntgenfoto in 2024.", "nl", Y, U, U, "negation scope"),
    ("Niet de pols maar de knie werd geopereerd (meniscectomie 2019).", "nl", U, N, U, "negation scope"),
    ("Beeldvormend onderzoek werd niet nodig geacht en is ook niet verricht.", "nl", N, U, U, "negation"),
    ("Foto's zijn er toen niet van gemaakt.", "nl", N, U, U, "negation"),
    ("Geen operatie-indicatie; uitleg gegeven over het natuurlijk beloop.", "nl", U, U, U, "negation not event"),
    ("Complicaties: geen.", "nl", U, U, U, "negation not event"),
    ("De fractuur werd niet-operatief behandeld met een onderarmgips.", "nl", U, N, U, "negation"),
    ("Dat er ooit een MRI van deze pols is gemaakt, kan ik in ons dossier niet terugvinden.", "nl", U, U, U, "uncertain"),
    ("De geplande operatie is niet doorgegaan omdat patiënte koorts had; zij is sindsdien niet geopereerd.", "nl", U, N, U, "cancelled"),
    ("Sectio caesarea in 2014, verder geen operaties ondergaan.", "nl", U, N, U, "other body part + negation"),

    # --- negated findings (exam done)
    ("Op de röntgenfoto werd geen fractuur gezien.", "nl", Y, U, U, "negated finding"),
    ("MRI pols links: geen afwijkingen.", "nl", Y, U, U, "negated finding"),
    ("Echo: geen ganglion, geen tendinopathie.", "nl", Y, U, U, "negated finding"),
    ("Röntgen pols rechts in twee richtingen: normale stand van de carpalia, geen fractuur.", "nl", Y, U, U, "negated finding"),
    ("Conclusie: op deze MRI geen aanwijzingen voor een occulte scafoïdfractuur.", "nl", Y, U, U, "negated finding"),
    ("Geen tekenen van infectie na de ganglionextirpatie aan de pols.", "nl", U, Y, U, "negated finding"),

    # --- plans, requests, offers, advice, questions, conditionals
    ("P: X-pols re aangevraagd, terug voor uitslag.", "nl", U, U, U, "request"),
    ("De operatie staat gepland voor 14 januari 2027.", "nl", U, U, U, "plan"),
    ("Ik heb hem een artrodese van het polsgewricht aangeboden.", "nl", U, U, U, "offer"),
    ("Advies: MRI ter uitsluiting van een occulte scafoïdfractuur.", "nl", U, U, U, "advice"),
    ("Indien de klachten aanhouden, kan een operatie worden overwogen.", "nl", U, U, U, "conditional"),
    ("Vraagstelling: is een operatie zinvol bij deze patiënt?", "nl", U, U, U, "question"),
    ("Verwezen naar de plastisch chirurg voor operatieve behandeling.", "nl", U, U, U, "plan"),
    ("Zij laat zich liever niet opereren.", "nl", U, U, U, "preference"),
    ("Patiënt vraagt of een operatie in het buitenland vergoed wordt.", "nl", U, U, U, "question"),
    ("Indien patiënt in een buitenlands ziekenhuis is opgenomen geweest, graag een MRSA-screening via de huisarts.", "nl", U, U, U, "conditional"),
    ("18-06-2026 Verwijzing radiologie: echo pols re.", "nl", U, U, U, "request"),
    ("De controlefoto wordt over zes weken herhaald.", "nl", Y, U, U, "plan presupposes past"),
    ("Een heroperatie wordt overwogen vanwege het recidief na de eerdere release.", "nl", U, Y, U, "plan presupposes past"),
    ("02-09-2025 E: CTS re, recidief na OK in 2021?", "nl", U, Y, U, "question presupposes past"),
    ("Zorgproduct: Second opinion orthopedie - operatieve behandeling pols", "nl", U, U, U, "name not event"),

    # --- history
    ("In 2011 werd zij al aan dezelfde pols geopereerd in verband met een ganglion.", "nl", U, Y, U, "history"),
    ("Voorgeschiedenis: 2008 appendectomie, 2015 sectio caesarea, 2020 CTR rechts.", "nl", U, Y, U, "history + abbreviation"),
    ("Eerder, in 2019, is elders een MRI van deze pols gemaakt (Bergman Clinics).", "nl", Y, U, U, "history"),
    ("Vergeleken met de foto van 12-01-2026 is de consolidatie van de fractuur toegenomen.", "nl", Y, U, U, "implicit"),

    # --- other persons
    ("Vader had de ziekte van Dupuytren en is daar twee keer aan geopereerd.", "nl", U, U, U, "other person"),
    ("Haar echtgenoot werd vorig jaar in een ziekenhuis in Marokko opgenomen.", "nl", U, U, U, "other person"),

    # --- other body parts / unrelated operations
    ("Status na appendectomie (2002) en laparoscopische cholecystectomie (2018).", "nl", U, U, U, "other body part"),

    # --- names that are not events
    ("Afdeling Radiologie en Nucleaire Geneeskunde, locatie Zuid", "nl", U, U, U, "name not event"),
    ("Bezoekadres: Röntgenweg 12, 3812 AB Amersfoort", "nl", U, U, U, "name not event"),
    ("Bureau Buitenlandse Patiënten, tel. 030-1234567", "nl", U, U, U, "name not event"),

    # --- not imaging / not sent
    ("Patiënte laat op haar telefoon foto's zien van de zwelling aan de middelvinger.", "nl", U, U, U, "not imaging"),
    ("EMG (12-06-2026): ernstig carpaletunnelsyndroom rechts.", "nl", U, U, U, "not imaging"),
    ("Er zijn geen foto's of cd meegestuurd met de verwijzing.", "nl", U, U, U, "not sent, not not done"),
    ("De cd met de MRI-beelden volgt per post.", "nl", Y, U, U, "mention of media"),
    ("Het OK-verslag van de trapeziectomie is bijgevoegd.", "nl", U, Y, U, "mention of document"),
    ("MRSA-kweek van 02-10-2026: negatief.", "nl", U, U, U, "mrsa mention"),

    # --- abbreviations / journal shorthand
    ("St. na CTR li 2021, nu recidiefklachten.", "nl", U, Y, U, "abbreviation"),
    ("Z.n. ORIF DRF re 03-2025.", "nl", U, Y, U, "abbreviation"),
    ("Pols ok, vingers ok, sensibiliteit intact.", "nl", U, U, U, "abbreviation trap"),
    ("Geen OK gehad.", "nl", U, N, U, "abbreviation"),
    ("X-pols re: gb.", "nl", Y, U, U, "abbreviation"),
    ("RX pols: geen fractuur. Besluit: distorsie.", "nl", Y, U, U, "abbreviation (Flemish)"),
    ("NMR van de pols toont een letsel van het TFCC.", "nl", Y, U, U, "abbreviation (Flemish)"),

    # --- typos
    ("Patiënt is nooit geopereed aan zijn hand.", "nl", U, N, U, "typo"),
    ("Er is een röntenfoto gemaakt van de linker pols.", "nl", Y, U, U, "typo"),
    ("Pt is in Belgie op de spoed geholpen.", "nl", U, U, Y, "typo + abbreviation"),

    # --- separable verbs, passives, causatives
    ("De chirurg voerde de polsartrodese in dagbehandeling uit.", "nl", U, Y, U, "separable verb"),
    ("De pees van de extensor pollicis longus werd op 5 juni hersteld.", "nl", U, Y, U, "passive"),
    ("De huisarts heeft toen direct een foto laten maken.", "nl", Y, U, U, "causative"),
    ("Hij heeft zich in Antwerpen laten opereren aan zijn pols.", "nl", U, Y, Y, "abroad by city + causative"),
    ("De spalk werd in het ziekenhuis in Málaga aangelegd.", "nl", U, U, Y, "abroad by city + passive"),

    # --- coordination
    ("Een MRI of echo is niet gemaakt.", "nl", N, U, U, "coordination"),
    ("Geen foto's, geen operatie, alleen rust en een brace.", "nl", N, N, U, "coordination"),
    ("Niet geopereerd en ook nooit in het buitenland behandeld.", "nl", U, N, N, "coordination"),
    ("Noch röntgen, noch echografie is tot nu toe verricht.", "nl", N, U, U, "coordination"),
    ("Zij is in Spanje gegipst en later in Nederland aan de pols geopereerd.", "nl", U, Y, Y, "coordination"),
    ("Op de spoedgevallendienst van AZ Sint-Jan Brugge werden röntgenfoto's en een CT gemaakt; de polsoperatie volgde later in het Amphia.", "nl", Y, Y, Y, "abroad by hospital name + coordination"),
    ("Aanvullend onderzoek: geen beeldvormend onderzoek, wel een EMG.", "nl", N, U, U, "coordination + not imaging"),

    # --- abroad: hospital name, city
    ("Opgevangen op de spoedgevallendienst van UZ Leuven.", "nl", U, U, Y, "abroad by hospital name"),
    ("Operatie aan de rechterpols in het Acıbadem-ziekenhuis, augustus 2025.", "nl", U, Y, Y, "abroad by hospital name"),
    ("Op de raadpleging handchirurgie van AZ Groeninge werd een spalk aangemeten. Besluit: scafoïdpseudartrose, operatie voorgesteld.", "nl", U, U, Y, "abroad by hospital name + offer"),
    ("Na een val tijdens de wintersport is hij in Innsbruck aan de pols geopereerd.", "nl", U, Y, Y, "abroad by city"),
    ("In Agadir op de eerste hulp gezien en gegipst.", "nl", U, U, Y, "abroad by city"),
    ("In het ziekenhuis in Funchal werden foto's gemaakt en kreeg zij een gipsspalk.", "nl", Y, U, Y, "abroad by city"),
    ("12-03-2026 S: na val op skivakantie pijn li pols, daar in het Krankenhaus Schwarzach gegipst. P: verwijzing orthopedie.", "nl", U, U, Y, "abroad by hospital name + journal line"),

    # --- accident abroad, care in NL / negated place
    ("Gevallen op Kreta, daar geen arts bezocht; na thuiskomst via de huisarts naar de SEH.", "nl", U, U, N, "accident abroad, care in NL"),
    ("Tijdens een fietsvakantie in Frankrijk gevallen en daar niet naar een arts gegaan; pas terug in Nederland is een foto gemaakt.", "nl", Y, U, N, "accident abroad, care in NL"),
    ("Niet in Spanje maar pas thuis in Nederland naar het ziekenhuis gegaan.", "nl", U, U, N, "negated place"),
    ("Patiënt is niet in Duitsland maar in het Medisch Spectrum Twente aan zijn hand geopereerd.", "nl", U, Y, N, "negated place"),

    # --- holiday / living abroad without care
    ("De klachten begonnen tijdens een vakantie in Thailand.", "nl", U, U, U, "holiday abroad"),
    ("Overwintert in Portugal; heeft daar geen medische zorg gehad.", "nl", U, U, N, "living abroad, no care"),
    ("Patiënt woont in Dubai en komt speciaal voor de second opinion naar Nederland.", "nl", U, U, U, "living abroad"),

    # --- tick boxes / form fields
    ("Operatie verricht:  ☐ ja  ☒ nee", "nl", U, N, U, "tick box"),
    ("Beeldvorming:  ☒ röntgen  ☐ echo  ☐ MRI  ☐ CT", "nl", Y, U, U, "tick box"),
    ("Opgenomen geweest in een buitenlands ziekenhuis (afgelopen 2 maanden)?  [ ] ja  [X] nee", "nl", U, U, N, "tick box"),
    ("Behandeld in buitenlands ziekenhuis: ja", "nl", U, U, Y, "form field"),
    ("Eerder geopereerd aan hand/pols:  ☐ ja  ☐ nee", "nl", U, U, U, "tick box blank"),
    ("Aanvullend onderzoek: geen.", "nl", N, U, U, "empty field"),

    # --- mixed language
    ("Pt. is in Spanje op de urgencias gezien, X-ray: no fracture.", "nl", Y, U, Y, "mixed language"),
    ("Operatie: nee (patient declined surgery).", "nl", U, N, U, "mixed language"),
    ("Opgenomen geweest in het Royal Free Hospital, London; zie discharge summary.", "nl", U, U, Y, "mixed language + abroad by hospital name"),
    ("Status na Karpaltunnelspaltung in Aachen; OP-Bericht liegt bij.", "nl", U, Y, Y, "mixed language + abroad by city"),

    # ---------------------------------------------------------------- English
    # --- plain
    ("An MRI of the left wrist was performed on 3 March 2026 and showed a TFCC tear.", "en", Y, U, U, "plain"),
    ("She underwent an open carpal tunnel release on the right in 2023.", "en", U, Y, U, "plain"),
    ("He has never had surgery on his hand.", "en", U, N, U, "plain"),
    ("No imaging has been performed so far.", "en", N, U, U, "plain"),
    ("Thank you for seeing this 54-year-old right-handed carpenter.", "en", U, U, U, "plain"),
    ("Plain radiographs of the right hand showed a fifth metacarpal neck fracture.", "en", Y, U, U, "plain"),
    ("Dear Dr Visser,", "en", U, U, U, "plain"),
    ("Past medical history: hypertension, type 2 diabetes.", "en", U, U, U, "plain"),
    ("All of his care has taken place in the Netherlands.", "en", U, U, N, "plain"),
    ("Ultrasound of the left wrist confirmed a volar ganglion.", "en", Y, U, U, "plain"),
    ("On examination: full range of motion, mild swelling over the radial styloid.", "en", U, U, U, "plain"),
    ("Diagnosis: de Quervain's tenosynovitis, right.", "en", U, U, U, "plain"),
    ("She was not operated on.", "en", U, N, U, "plain"),
    ("A CT scan of the right wrist on 12/05/2026 demonstrated a displaced scaphoid waist fracture.", "en", Y, U, U, "plain"),
    ("She was admitted to a hospital abroad for three days.", "en", U, U, Y, "plain"),
    ("He had a trapeziectomy on the left thumb in January.", "en", U, Y, U, "plain"),
    ("Yours sincerely,\nMr J. Hale, Consultant Hand Surgeon", "en", U, U, U, "plain"),
    ("She works as a dental hygienist and is left-handed.", "en", U, U, U, "plain"),
    ("He has not been treated in any hospital outside the Netherlands.", "en", U, U, N, "plain"),
    ("The flexor tendon of the index finger was repaired on 2 November 2026.", "en", U, Y, U, "plain"),

    # --- negation
    ("There has been no surgical intervention to date.", "en", U, N, U, "plain"),
    ("No surgery other than a carpal tunnel release in 2019.", "en", U, Y, U, "negation scope"),
    ("Imaging was not felt to be necessary and has not been done.", "en", N, U, U, "negation"),
    ("She did not have any imaging at the time of the injury, nor since.", "en", N, U, U, "negation"),
    ("He has never had surgery, and he has never been in hospital abroad.", "en", U, N, N, "coordination"),
    ("No further imaging apart from the initial radiographs.", "en", Y, U, U, "negation scope"),
    ("He denies any previous operations on either hand.", "en", U, N, U, "negation"),

    # --- negated findings
    ("X-rays (R wrist, 04/02/2026): no fracture, no dislocation.", "en", Y, U, U, "negated finding"),
    ("Ultrasound: no evidence of a ganglion.", "en", Y, U, U, "negated finding"),
    ("MRI: normal study.", "en", Y, U, U, "negated finding"),
    ("Post-op CTR: wound clean and dry, no signs of infection.", "en", U, Y, U, "negated finding + abbreviation"),

    # --- plans etc.
    ("We will arrange an ultrasound scan of the wrist.", "en", U, U, U, "plan"),
    ("She has been listed for a trapeziectomy.", "en", U, U, U, "plan"),
    ("I have offered him a carpal tunnel decompression under local anaesthetic.", "en", U, U, U, "offer"),
    ("Should her symptoms persist, we could consider surgery.", "en", U, U, U, "conditional"),
    ("Has she ever had an X-ray of this wrist?", "en", U, U, U, "question"),
    ("Plan: review in 6 weeks with repeat X-rays.", "en", Y, U, U, "plan presupposes past"),
    ("If she was admitted to a hospital abroad, an MRSA screen will be needed before surgery.", "en", U, U, U, "conditional"),
    ("I have advised splinting and a steroid injection rather than surgery.", "en", U, U, U, "advice"),

    # --- history, other persons, other body parts
    ("She broke the same wrist in 2009; it was X-rayed at the time and treated in a cast.", "en", Y, U, U, "history"),
    ("He had the same finger operated on twice in his twenties.", "en", U, Y, U, "history"),
    ("Her sister had the same operation last year.", "en", U, U, U, "other person"),
    ("Her mother was treated at a hospital in Lagos for a hip fracture.", "en", U, U, U, "other person"),
    ("He had an appendicectomy as a child and a right knee arthroscopy in 2015.", "en", U, U, U, "other body part"),

    # --- names not events
    ("Hand Surgery Unit, Radiology Department entrance, Level 2", "en", U, U, U, "name not event"),
    ("Referred by: Dr A. Okafor, The Elms Surgery", "en", U, U, U, "name not event"),
    ("Leeds Teaching Hospitals NHS Trust - Department of Plastic Surgery", "en", U, U, U, "name not event"),

    # --- abbreviations, idioms
    ("s/p ORIF distal radius 2023, hardware in situ.", "en", U, Y, U, "abbreviation"),
    ("XR R wrist: NAD.", "en", Y, U, U, "abbreviation"),
    ("CTD (R) 2019, now recurrent symptoms.", "en", U, Y, U, "abbreviation"),
    ("She went to theatre on 3 April for a washout of the flexor sheath.", "en", U, Y, U, "idiom"),
    ("Wound check following excision of the wrist ganglion: healing well.", "en", U, Y, U, "implicit"),
    ("The MRI report is attached; the images will follow on a disc.", "en", Y, U, U, "mention of media"),
    ("No imaging CD was enclosed with the referral.", "en", U, U, U, "not sent, not not done"),
    ("Nerve conduction studies confirmed moderate carpal tunnel syndrome.", "en", U, U, U, "not imaging"),

    # --- typos
    ("She has had no previous surgrey to the wrist.", "en", U, N, U, "typo"),
    ("Xray of the hand was unremarkable.", "en", Y, U, U, "typo"),
    ("His thumb was opperated on in Krakow in 2022.", "en", U, Y, Y, "typo + abroad by city"),

    # --- abroad
    ("She was admitted to Hospital Costa del Sol in Marbella after the fall.", "en", U, U, Y, "abroad by hospital name"),
    ("He was treated at the Royal Berkshire Hospital in Reading, where the wrist fracture was fixed with K-wires.", "en", U, Y, Y, "abroad by hospital name"),
    ("Seen in A&E at St Mary's Hospital, Paddington.", "en", U, U, Y, "abroad by hospital name"),
    ("He had the wrist fracture plated in Dubai in 2024.", "en", U, Y, Y, "abroad by city"),
    ("The fracture was initially managed in a hospital in Spain with a cast, and she flew home a week later.", "en", U, U, Y, "abroad by country"),
    ("He had his wrist operated on in his home country, Poland, before moving to the Netherlands.", "en", U, Y, Y, "abroad by country"),
    ("She spent two nights on a ward in Nairobi after the injury.", "en", U, U, Y, "abroad by city"),
    ("The injury happened while skiing in Austria, but he was only treated after his return to the Netherlands.", "en", U, U, N, "accident abroad, care in NL"),
    ("Although she lives in Brussels, all of her treatment has been in Maastricht.", "en", U, U, N, "living abroad, care in NL"),
    ("He works offshore in Norway for four weeks at a time.", "en", U, U, U, "living abroad"),
    ("Symptoms started on a cruise in the Caribbean; she did not see a doctor on board or ashore.", "en", U, U, N, "holiday abroad, no care"),
    ("It is unclear whether she received any treatment in Spain.", "en", U, U, U, "uncertain"),

    # --- tick boxes
    ("Previous surgery on this hand: [x] Yes  [ ] No", "en", U, Y, U, "tick box"),
    ("Imaging performed?  ☐ Yes  ☒ No", "en", N, U, U, "tick box"),
    ("Hospital admission outside the Netherlands in the past 2 months: No", "en", U, U, N, "form field"),

    # --- mixed language
    ("X-ray pols rechts: no bony injury.", "en", Y, U, U, "mixed language + negated finding"),
    ("Patient was seen at the spoedeisende hulp of the local hospital after returning from Spain; no treatment abroad.", "en", U, U, N, "mixed language + accident abroad, care in NL"),

    # ---------------------------------------------------------------- German
    ("Röntgen der linken Hand in zwei Ebenen: keine frische knöcherne Verletzung.", "de", Y, U, U, "negated finding"),
    ("Am 02.11.2026 erfolgte die Karpaltunnelspaltung rechts in Lokalanästhesie.", "de", U, Y, U, "plain"),
    ("Die Patientin wurde bisher nicht operiert.", "de", U, N, U, "plain"),
    ("Eine bildgebende Diagnostik ist bislang nicht erfolgt.", "de", N, U, U, "plain"),
    ("Der Patient wurde vom 03.08. bis 06.08.2026 im Klinikum Garmisch-Partenkirchen stationär behandelt.", "de", U, U, Y, "abroad by hospital name"),
    ("Diagnosen: Rhizarthrose rechts, arterielle Hypertonie.", "de", U, U, U, "plain"),
    ("Sehr geehrte Frau Kollegin,", "de", U, U, U, "plain"),
    ("MRT des rechten Handgelenks vom 14.05.2026: dorsales Ganglion, ca. 1 cm.", "de", Y, U, U, "plain"),
    ("Mit freundlichen kollegialen Grüßen", "de", U, U, U, "plain"),
    ("Sonographie des Handgelenks: palmares Ganglion radialseitig.", "de", Y, U, U, "plain"),
    ("CT Handgelenk links: nicht dislozierte Skaphoidfraktur.", "de", Y, U, U, "plain"),
    ("OP-Bericht: Offene Reposition und Plattenosteosynthese der distalen Radiusfraktur links.", "de", U, Y, U, "plain"),
    ("Keine Allergien bekannt.", "de", U, U, U, "plain"),
    ("Eine operative Versorgung wurde empfohlen; die Patientin möchte sich dies noch überlegen.", "de", U, U, U, "advice"),
    ("Z. n. Karpaltunnelspaltung rechts 2019.", "de", U, Y, U, "abbreviation"),
    ("Keine Voroperationen an der Hand.", "de", U, N, U, "plain"),
    ("Bisher keine Bildgebung.", "de", N, U, U, "plain"),
    ("MRT: kein Nachweis einer Ruptur des SL-Bandes.", "de", Y, U, U, "negated finding"),
    ("Eine MRT des Handgelenks wurde angemeldet.", "de", U, U, U, "plan"),
    ("Bei Persistenz der Beschwerden ist eine Arthrodese zu erwägen.", "de", U, U, U, "conditional"),
    ("Die Mutter der Patientin wurde ebenfalls an beiden Händen operiert.", "de", U, U, U, "other person"),
    ("Z. n. Appendektomie, Z. n. Sectio 2012.", "de", U, U, U, "other body part"),
    ("Klinik für Hand-, Plastische und Rekonstruktive Chirurgie", "de", U, U, U, "name not event"),
    ("Radiologische Gemeinschaftspraxis am Markt, Terminvergabe Mo-Fr 8-16 Uhr", "de", U, U, U, "name not event"),
    ("Der Patient stellte sich am 12.07.2026 in der Notaufnahme des Universitätsklinikums Freiburg vor.", "de", U, U, Y, "abroad by hospital name"),
    ("Ein Röntgenbild wurde nicht angefertigt.", "de", N, U, U, "plain"),
    ("Weder eine Röntgenaufnahme noch eine Sonographie wurde durchgeführt.", "de", N, U, U, "coordination"),
    ("Die Fäden wurden am 10. postoperativen Tag nach Ringbandspaltung entfernt.", "de", U, Y, U, "passive"),
    ("Geplant ist eine Denervation des Handgelenks nach Wilhelm.", "de", U, U, U, "plan"),
    ("Die Patientin wurde während eines Urlaubs in Österreich im Krankenhaus Zell am See an der Hand operiert.", "de", U, Y, Y, "abroad by hospital name"),
    ("Sie war zwar im Urlaub in Spanien, ärztliche Hilfe hat sie dort aber nicht in Anspruch genommen.", "de", U, U, N, "holiday abroad, no care"),
    ("Aufnahme in ein Krankenhaus außerhalb der Niederlande in den letzten 2 Monaten: nein", "de", U, U, N, "form field"),
    ("Röntgen-Hand li.: o. B.", "de", Y, U, U, "abbreviation"),
    ("Sie wurde in Antalya in einem Privatkrankenhaus versorgt.", "de", U, U, Y, "abroad by city"),
    ("Unfall im Urlaub in Italien; die Behandlung erfolgte erst nach der Rückkehr in die Niederlande.", "de", U, U, N, "accident abroad, care in NL"),
    ("Bildgebung: [x] Röntgen  [x] MRT  [ ] CT", "de", Y, U, U, "tick box"),
    ("Eine Operation ist nicht erfolgt, jedoch wurde eine Kortisoninjektion durchgeführt.", "de", U, N, U, "negation + coordination"),
]

ALLOWED_LANG = {"nl", "en", "de"}
ALLOWED_VAL = {"yes", "no", "unmentioned"}


def q(s: str) -> str:
    # JSON string escapes (\" \\ \n \uXXXX) are valid TOML basic-string escapes.
    return json.dumps(s, ensure_ascii=False)


def main() -> int:
    errors = []
    seen = set()
    for i, row in enumerate(S):
        if len(row) != 6:
            errors.append(f"entry {i}: expected 6 fields, got {len(row)}")
            continue
        text, lang, img, op, abr, phen = row
        if not text.strip():
            errors.append(f"entry {i}: empty text")
        if text in seen:
            errors.append(f"entry {i}: duplicate text {text!r}")
        seen.add(text)
        if lang not in ALLOWED_LANG:
            errors.append(f"entry {i}: bad lang {lang!r}")
        for name, v in (("imaging_done", img), ("operated", op), ("treated_abroad", abr)):
            if v not in ALLOWED_VAL:
                errors.append(f"entry {i}: bad {name} {v!r}")
        if not phen.strip():
            errors.append(f"entry {i}: empty phenomenon")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1

    here = os.path.dirname(os.path.abspath(__file__))
    out_dir = os.path.join(here, "sentences")
    os.makedirs(out_dir, exist_ok=True)
    out = os.path.join(out_dir, "sp.toml")
    lines = ["# Labelled sentences for imaging_done / operated / treated_abroad.",
             "# Generated by make_sp.py; all people and events invented.", ""]
    for text, lang, img, op, abr, phen in S:
        lines += ["[[sentence]]",
                  f"text = {q(text)}",
                  f"lang = {q(lang)}",
                  f"imaging_done = {q(img)}",
                  f"operated = {q(op)}",
                  f"treated_abroad = {q(abr)}",
                  f"phenomenon = {q(phen)}",
                  ""]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))

    print(f"wrote {out}: {len(S)} sentences")
    print("lang:", dict(Counter(r[1] for r in S)))
    for k, name in ((2, "imaging_done"), (3, "operated"), (4, "treated_abroad")):
        print(f"{name}:", dict(Counter(r[k] for r in S)))
    plain = sum(1 for r in S if r[5] == "plain")
    print(f"plain: {plain}  harder: {len(S) - plain}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
