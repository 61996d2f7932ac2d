#!/usr/bin/env python3
"""Write and validate /tmp/dc/ss/sentences/ss.toml: 250 labelled passages for the
three dossier facts (imaging_done, operated, treated_abroad).

All people, practices and hospitals are invented; city and country names are real.
Run: python3 make_ss.py   (exit 0 = written and valid, 1 = validation error)
"""
import json
import os
import re
import sys
import tomllib
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sentences", "ss.toml")

VOCAB = {
    "plain", "negation", "pseudo-negation", "hypothetical", "planned", "offered", "advised",
    "question", "request", "result-pending", "historical", "other-experiencer",
    "finding-negated", "name-not-event", "other-body-part", "abroad-place",
    "abroad-hospital-name", "abroad-negated", "holiday-no-care", "list", "passive",
    "separable-verb", "long-scope", "abbreviation", "form-field", "typo", "mixed",
    "non-imaging", "non-operative",
}
KEYS = {"text", "lang", "imaging_done", "operated", "treated_abroad", "phenomenon"}
VALUES = {"yes", "no", "unmentioned"}
LANGS = {"nl", "en", "de"}
CODE = {"y": "yes", "n": "no", "u": "unmentioned"}

S = []


def s(lang, phen, img, op, abr, text):
    """img/op/abr: y = yes, n = no, u = unmentioned."""
    S.append(dict(text=text, lang=lang, imaging_done=CODE[img], operated=CODE[op],
                  treated_abroad=CODE[abr], phenomenon=phen))


# ---------------------------------------------------------------- plain, Dutch
s("nl", "plain", "y", "u", "u", "Op 14-02-2026 is een röntgenfoto van de rechterpols gemaakt.")
s("nl", "plain", "u", "y", "u", "Patiënte is in 2023 elders geopereerd aan een dorsaal ganglion van de linkerpols.")
s("nl", "plain", "y", "u", "u", "Echografie rechterhand: tendovaginitis van de flexorpees van digitus III.")
s("nl", "plain", "y", "u", "u", "MRI linkerpols verricht in Ziekenhuis Amstelrand (2 februari jl.).")
s("nl", "plain", "u", "y", "u", "Zij onderging in juni een carpaletunnelrelease rechts.")
s("nl", "plain", "u", "y", "u", "Vorig jaar is de triggervinger van de ringvinger links operatief gekliefd.")
s("nl", "plain", "u", "y", "y", "Tijdens de reis werd zij in een ziekenhuis in Alicante opgenomen, waar de polsfractuur met een plaat werd gefixeerd.")
s("nl", "plain", "y", "u", "u", "CT-scan van de pols liet een verplaatste scafoïdfractuur zien.")
s("nl", "plain", "y", "u", "u", "Bij ons op de polikliniek is aanvullend een echo verricht.")
s("nl", "plain", "u", "y", "u", "In 2024 onderging hij een trapeziectomie rechts vanwege duimbasisartrose.")
s("nl", "plain", "u", "y", "u", "Gezien de dislocatie hebben wij op 5 januari een open repositie met interne fixatie verricht.")
s("nl", "plain", "u", "u", "y", "Na een val van de scooter was hij vier dagen opgenomen in een ziekenhuis in Tanger (Marokko).")
s("nl", "plain", "y", "u", "u", "Aanvullend werd een MR-artrografie van de pols vervaardigd.")
s("nl", "plain", "u", "y", "u", "De Dupuytren-streng van de pink is vorig voorjaar middels een partiële fasciëctomie verwijderd.")
s("nl", "plain", "y", "u", "u", "Röntgenonderzoek beide handen (12-01-2026): erosieve artrose van de DIP-gewrichten.")
s("nl", "plain", "y", "u", "u", "Op de SEH van het Rijnoever Ziekenhuis zijn foto's van de pols gemaakt.")
s("nl", "plain", "u", "y", "u", "In november volgde een peestranspositie (EIP naar EPL) rechts.")
s("nl", "plain", "u", "y", "u", "Hij is op 12-09-2025 geopereerd; er werd een artrodese van het STT-gewricht verricht.")
s("nl", "plain", "u", "y", "y", "Hij is bij een handchirurg in België geweest en daar aan zijn duim geopereerd.")
s("nl", "plain", "u", "y", "u", "Afgelopen zomer is haar rechterpink op de OK rechtgezet en met een K-draad gefixeerd.")
s("nl", "plain", "y", "u", "u", "Een CT van de hand werd gemaakt ter beoordeling van de consolidatie.")
s("nl", "plain", "u", "y", "u", "2022: endoscopische carpaletunnelklieving links (dr. Wessels, Zuiderlicht Ziekenhuis).")
s("nl", "plain", "u", "u", "y", "In maart lag patiënte vijf dagen in een ziekenhuis in Nice met een geïnfecteerde bijtwond van de hand.")
s("nl", "plain", "y", "u", "u", "Echo en röntgen van de duim rechts zijn inmiddels verricht.")
s("nl", "plain", "u", "y", "u", "Linkerpols in 2019 geopereerd (plaatosteosynthese); de plaat is een jaar later verwijderd.")
s("nl", "plain", "y", "u", "u", "Wegens verdenking op een glomustumor werd een MRI van de rechter wijsvinger gemaakt.")
s("nl", "plain", "u", "u", "y", "Tijdens de wintersport in Oostenrijk is zij op de eerste hulp in Innsbruck behandeld voor een skiduim.")
s("nl", "plain", "u", "u", "y", "Na een hondenbeet in de hand is hij in Portugal opgenomen geweest voor intraveneuze antibiotica.")
s("nl", "plain", "y", "u", "u", "Zij heeft een echografie van beide polsen laten maken.")
s("nl", "plain", "u", "y", "u", "Hij werd in mei geopereerd aan een doorgesneden buigpees van de wijsvinger.")
s("nl", "plain", "u", "y", "y", "Na het ongeluk in Frankrijk is hij in een ziekenhuis in Lyon geopereerd aan zijn os scaphoideum.")
s("nl", "plain", "y", "u", "u", "Röntgenfoto rechterhand in twee richtingen vervaardigd.")
s("nl", "plain", "u", "y", "u", "Zij ging in augustus onder het mes voor haar duimbasisartrose.")
s("nl", "plain", "y", "u", "u", "Brief specialist ontvangen: MRI pols li toont een TFCC-laesie.")
s("nl", "plain", "u", "y", "u", "Carpaletunnelrelease rechts (Zuiderlicht Ziekenhuis, 12-05-2024), aanvankelijk goed herstel.")
s("nl", "plain", "u", "u", "y", "Patiënt werd via spoedgevallen opgenomen in het AZ Sint-Amandus te Brugge.")
s("nl", "plain", "y", "u", "u", "NMR van de linkerpols werd uitgevoerd op 03/02/2026.")
s("nl", "plain", "u", "y", "u", "Patiënte werd op 14/11 geopereerd volgens Sauvé-Kapandji.")
s("nl", "plain", "y", "u", "u", "De RX van de rechterhand werd genomen op de raadpleging.")
s("nl", "plain", "u", "y", "u", "Opname: 03-05-2026 t/m 05-05-2026\nIngreep: open repositie en plaatosteosynthese distale radius links (04-05-2026)")
s("nl", "plain", "u", "y", "u", "10-02-2026 O: wond na ganglionexcisie rustig, hechtingen verwijderd.")
s("nl", "plain", "y", "u", "u", "Onderzoek: MRI pols rechts\nDatum onderzoek: 02-02-2026\nConclusie: partiële ruptuur van het scafolunaire ligament.")
s("nl", "plain", "u", "y", "y", "Vervolgens is de wijsvinger gereplanteerd in een gespecialiseerd centrum in Düsseldorf.")
s("nl", "plain", "y", "u", "u", "Bij de echo werd een ganglion van 8 mm aan de volaire zijde gezien.")
s("nl", "plain", "u", "y", "u", "De duim is in januari operatief gestabiliseerd met een peesplastiek (UCL-reconstructie).")
s("nl", "plain", "u", "u", "y", "In Turkije (Antalya) is zij na de val twee nachten in het ziekenhuis gebleven.")

# ---------------------------------------------------------------- plain, English
s("en", "plain", "u", "y", "u", "She underwent a right carpal tunnel release in March 2025.")
s("en", "plain", "y", "u", "u", "Plain radiographs of the left wrist were obtained in the emergency department.")
s("en", "plain", "y", "u", "u", "An MRI of the right wrist was performed on 4 February 2026.")
s("en", "plain", "y", "u", "u", "He had an ultrasound scan of his hand done privately last month.")
s("en", "plain", "u", "y", "y", "She was admitted to a hospital in Bangkok after a motorcycle accident, and her wrist was plated there.")
s("en", "plain", "y", "u", "y", "Mrs de Wit attended A&E at St Aldhelm's Hospital, Bristol, where X-rays were taken.")
s("en", "plain", "y", "u", "u", "CT scan of the wrist demonstrated a displaced scaphoid waist fracture.")
s("en", "plain", "u", "y", "u", "She had a trigger finger release of the left thumb two years ago.")
s("en", "plain", "u", "y", "u", "Open reduction and internal fixation of the distal radius was carried out on 12/03/2025.")
s("en", "plain", "u", "u", "y", "He was treated at a private clinic in Dubai for a flexor tendon laceration.")
s("en", "plain", "y", "u", "u", "X-rays of both hands were taken today.")
s("en", "plain", "y", "u", "u", "Ultrasound confirmed a volar wrist ganglion.")
s("en", "plain", "u", "y", "u", "She underwent excision of a dorsal wrist ganglion in 2021.")
s("en", "plain", "u", "u", "y", "Following the fall she was admitted overnight to the local hospital on Crete.")
s("en", "plain", "y", "u", "u", "A CT of the carpus was requested and performed the same afternoon.")
s("en", "plain", "u", "y", "u", "Mr Peters has had surgery to his right wrist (a proximal row carpectomy).")
s("en", "plain", "u", "y", "u", "Outcome: right Dupuytren's fasciectomy performed under GA, day case.")
s("en", "plain", "y", "u", "u", "Imaging: MRI L wrist (02/11/2025), reported by Dr Okafor.")
s("en", "plain", "u", "y", "y", "He was operated on for a scapholunate ligament tear while working in Germany.")
s("en", "plain", "u", "u", "y", "After cutting her hand on a glass she was treated in the emergency room of a hospital in Orlando, Florida.")
s("en", "plain", "y", "u", "u", "Radiographs show a healed fracture of the fifth metacarpal neck.")
s("en", "plain", "u", "y", "u", "The patient underwent wrist denervation surgery at our unit in 2024.")
s("en", "plain", "y", "u", "u", "She had an MRI scan of the hand at a private imaging centre.")
s("en", "plain", "u", "u", "y", "He was treated as an inpatient at the Hospital Universitario del Sol, Málaga.")
s("en", "plain", "u", "y", "u", "Procedure: release of the first dorsal extensor compartment (De Quervain), right wrist.")

# ---------------------------------------------------------------- plain, German
s("de", "plain", "y", "u", "u", "Am 14.03.2026 erfolgte eine MRT des rechten Handgelenks.")
s("de", "plain", "u", "y", "y", "Die Patientin wurde in unserer Klinik in Aachen an der rechten Hand operiert (Karpaltunnelspaltung).")
s("de", "plain", "u", "u", "y", "Der Patient befand sich vom 03.05. bis 08.05.2025 im Klinikum Kassel-Ost in stationärer Behandlung.")
s("de", "plain", "u", "y", "u", "Operation: offene Reposition und Plattenosteosynthese der distalen Radiusfraktur links.")
s("de", "plain", "y", "u", "u", "Im CT bestätigte sich die Skaphoidfraktur.")
s("de", "plain", "u", "y", "u", "Die distale Radiusfraktur haben wir am 12.01. operativ versorgt.")
s("de", "plain", "u", "u", "y", "Nach dem Skiunfall wurde er in einer Klinik in Garmisch-Partenkirchen behandelt.")
s("de", "plain", "u", "y", "u", "Die Ringbandspaltung am Daumen erfolgte komplikationslos in Lokalanästhesie.")
s("de", "plain", "u", "y", "y", "Die Patientin, die sich im Urlaub in Tirol das Handgelenk gebrochen hatte, wurde im dortigen Krankenhaus operiert.")

# ---------------------------------------------------------------- negation
s("nl", "negation", "n", "u", "u", "Er is nooit een röntgenfoto van de hand gemaakt.")
s("nl", "negation", "u", "n", "u", "Patiënt is niet eerder aan de pols geopereerd.")
s("nl", "negation", "n", "u", "u", "Er zijn geen foto's, echo's of scans gemaakt.")
s("en", "negation", "n", "u", "u", "No imaging has been performed so far.")
s("en", "negation", "u", "n", "u", "She has never had any surgery on her hands.")
s("de", "negation", "n", "u", "u", "Eine Bildgebung ist bislang nicht erfolgt.")

# ---------------------------------------------------------------- pseudo-negation
s("nl", "pseudo-negation", "y", "u", "u", "Niet alleen een röntgenfoto, maar ook een CT-scan werd verricht.")
s("nl", "pseudo-negation", "u", "y", "u", "Geen verbetering na de carpaletunnelrelease van vorig jaar.")
s("nl", "pseudo-negation", "u", "y", "u", "Zonder complicaties aan de linkerpols geopereerd op 10-10-2025; wondgenezing ongestoord.")
s("nl", "pseudo-negation", "u", "u", "y", "Patiënt weet niet meer precies wanneer, maar hij is zeker in een ziekenhuis in Polen opgenomen geweest.")
s("en", "pseudo-negation", "u", "y", "u", "No change in her symptoms since the trigger finger release in May.")
s("de", "pseudo-negation", "u", "y", "u", "Keine wesentliche Besserung nach der Operation des Handgelenks im Januar.")

# ---------------------------------------------------------------- hypothetical
s("nl", "hypothetical", "u", "u", "u", "Mocht er alsnog een fractuur blijken, dan volgt een operatie.")
s("nl", "hypothetical", "u", "u", "u", "Indien de klachten persisteren, kan een operatieve release overwogen worden.")
s("nl", "hypothetical", "u", "u", "u", "Als er geen verbetering optreedt, zou ik een echo laten maken.")
s("en", "hypothetical", "u", "u", "u", "Should conservative measures fail, surgical decompression would be a reasonable option.")
s("en", "hypothetical", "u", "u", "u", "If she is ever admitted to a hospital abroad, an MRSA screen will be needed before any surgery here.")
s("de", "hypothetical", "u", "u", "u", "Sollte eine MRT notwendig werden, würden wir diese ambulant veranlassen.")

# ---------------------------------------------------------------- planned
s("nl", "planned", "u", "u", "u", "OK gepland op 14 april 2026: CTR links.")
s("nl", "planned", "u", "u", "u", "Zij staat op de wachtlijst voor een trapeziectomie rechts.")
s("nl", "planned", "u", "u", "u", "Ingreep voorzien op 12/06 in daghospitalisatie.")
s("en", "planned", "u", "u", "u", "He was listed for scaphoid fixation in January.")
s("en", "planned", "u", "u", "u", "MRI wrist booked for next Tuesday at 14:30.")
s("de", "planned", "u", "u", "u", "Die operative Versorgung ist für den 20.05.2026 geplant.")

# ---------------------------------------------------------------- offered
s("nl", "offered", "u", "u", "u", "Operatieve behandeling is besproken en aangeboden; patiënte wil er nog over nadenken.")
s("nl", "offered", "u", "u", "u", "Wij boden patiënt een echo aan; hij beslist na overleg met zijn partner.")
s("nl", "offered", "u", "n", "u", "Operatie werd aangeboden, doch patiënt koos voor conservatief beleid en is dus niet geopereerd.")
s("en", "offered", "u", "u", "u", "I have offered her a carpal tunnel decompression under local anaesthetic.")
s("nl", "offered", "u", "u", "u", "Wij hebben haar een trapeziectomie voorgesteld; de wachttijd bedraagt circa vier maanden.")
s("de", "offered", "u", "u", "u", "Wir haben dem Patienten eine operative Revision angeboten; er möchte sich dies noch überlegen.")

# ---------------------------------------------------------------- advised
s("nl", "advised", "u", "u", "u", "Geadviseerd om via de huisarts een röntgenfoto van de pols te laten maken.")
s("nl", "advised", "u", "u", "u", "Ik adviseer een MRI ter uitsluiting van een occulte scafoïdfractuur.")
s("nl", "advised", "u", "u", "u", "Advies: bij aanhoudende klachten operatie overwegen.")
s("en", "advised", "u", "u", "u", "I would recommend an MRI of the wrist to exclude a TFCC tear.")
s("en", "advised", "u", "u", "u", "She was advised to have the ganglion removed surgically.")
s("de", "advised", "u", "u", "u", "Wir empfehlen eine operative Sanierung des Befundes.")

# ---------------------------------------------------------------- question
s("nl", "question", "u", "u", "u", "Vraagstelling: scafoïdfractuur? Graag uw beoordeling en beleid.")
s("nl", "question", "u", "u", "u", "Is er bij patiënte ooit een echo van de pols gemaakt?")
s("nl", "question", "u", "u", "u", "Vraag: is een heelkundige ingreep aangewezen?")
s("en", "question", "u", "u", "u", "Has she ever been operated on for this problem?")
s("en", "question", "u", "u", "u", "Was any imaging done while she was on holiday in Portugal?")
s("de", "question", "u", "u", "u", "Fragestellung: Ruptur des SL-Bandes?")

# ---------------------------------------------------------------- request
s("nl", "request", "u", "u", "u", "Aanvraag radiologie — Onderzoek: X-pols rechts AP/lat. Klinische gegevens: val op gestrekte hand.")
s("nl", "request", "u", "u", "u", "Graag echo van de pols links ter uitsluiting van een ganglion.")
s("nl", "request", "u", "u", "u", "12-03-2026 S: pijn pols re na val. O: drukpijn tabatière. E: verdenking scafoïdfractuur. P: X-pols aangevraagd.")
s("en", "request", "u", "u", "u", "Request: MRI right wrist with contrast. Clinical details: persistent ulnar-sided pain.")
s("de", "request", "u", "u", "u", "Anforderung: MRT Handgelenk links. Fragestellung: TFCC-Läsion?")

# ---------------------------------------------------------------- result-pending
s("nl", "result-pending", "y", "u", "u", "De MRI is op 3 maart gemaakt; de uitslag volgt.")
s("nl", "result-pending", "y", "u", "u", "De uitslag van de echo van vorige week is nog niet binnen.")
s("nl", "result-pending", "u", "u", "u", "MRI aangevraagd, uitslag volgt.")
s("en", "result-pending", "y", "u", "u", "X-rays taken today; formal report to follow.")
s("en", "result-pending", "u", "u", "u", "The CT has been requested and we are awaiting an appointment.")
s("de", "result-pending", "y", "u", "u", "Die MRT wurde am 10.02. durchgeführt, der schriftliche Befund steht noch aus.")

# ---------------------------------------------------------------- historical
s("nl", "historical", "u", "u", "u", "Als kind (1998) onderarmfractuur links, destijds behandeld met gips.")
s("nl", "historical", "y", "u", "u", "In 2015 is al een röntgenfoto van de rechterpols gemaakt, toen zonder afwijkingen.")
s("nl", "historical", "u", "y", "u", "Status na CTR links (2017); de huidige klachten zijn rechts.")
s("nl", "historical", "u", "y", "y", "In 2010 is zij in Duitsland, waar zij toen woonde, aan haar pols geopereerd.")
s("en", "historical", "u", "y", "u", "Past history: right wrist fracture in 2009, fixed with K-wires.")
s("en", "historical", "u", "u", "u", "She broke her wrist as a teenager; it was treated in plaster.")
s("de", "historical", "u", "y", "u", "Anamnestisch 2016 Exstirpation eines Ganglions am linken Handgelenk.")

# ---------------------------------------------------------------- other-experiencer
s("nl", "other-experiencer", "u", "u", "u", "Moeder van patiënte is twee keer aan de handen geopereerd (Dupuytren).")
s("nl", "other-experiencer", "u", "u", "u", "Haar zoon lag vorig jaar na een ongeval in een Spaans ziekenhuis.")
s("nl", "other-experiencer", "u", "u", "u", "Bij haar tweelingzus werd een scafoïdfractuur op de CT gezien.")
s("en", "other-experiencer", "u", "u", "u", "Her sister had an MRI for very similar complaints.")
s("en", "other-experiencer", "u", "u", "u", "His father underwent a carpal tunnel release in Germany in the nineties.")
s("de", "other-experiencer", "u", "u", "u", "Der Ehemann der Patientin wurde kürzlich in Belgien an der Hand operiert.")

# ---------------------------------------------------------------- finding-negated
s("nl", "finding-negated", "y", "u", "u", "Röntgenfoto pols: geen fractuur zichtbaar.")
s("nl", "finding-negated", "y", "u", "u", "Op de echo geen aanwijzingen voor een ganglion of synovitis.")
s("nl", "finding-negated", "y", "u", "u", "RX: geen ossale letsels.")
s("en", "finding-negated", "y", "u", "u", "MRI: no evidence of a TFCC tear.")
s("de", "finding-negated", "y", "u", "u", "Im Röntgen kein Frakturnachweis.")

# ---------------------------------------------------------------- name-not-event
s("nl", "name-not-event", "u", "u", "u", "Patiënte werkt als OK-assistente in het Zuiderlicht Ziekenhuis.")
s("nl", "name-not-event", "u", "u", "u", "Folder 'Uw operatie aan de hand' meegegeven.")
s("nl", "name-not-event", "u", "u", "u", "Adres: Röntgenlaan 14, 2711 AB Zoetermeer")
s("en", "name-not-event", "u", "u", "u", "He works as a radiographer at a hospital in Leeds.")
s("en", "name-not-event", "u", "u", "u", "Leaflet given: 'Having an MRI scan'.")
s("de", "name-not-event", "u", "u", "u", "Abteilung für Radiologie und Nuklearmedizin – Sekretariat: Frau K. Brandt")

# ---------------------------------------------------------------- other-body-part
s("nl", "other-body-part", "u", "u", "u", "Voorgeschiedenis: appendectomie (2005), sectio caesarea (2014).")
s("nl", "other-body-part", "u", "u", "u", "Geopereerd aan de rechterschouder (cuffherstel) in 2022, nu pijn in de pols.")
s("nl", "other-body-part", "u", "u", "y", "In Turkije is zij in 2019 aan haar galblaas geopereerd.")
s("en", "other-body-part", "u", "u", "u", "He had a laparoscopic cholecystectomy in 2020.")
s("en", "other-body-part", "u", "u", "u", "She underwent a total hip replacement last spring.")
s("de", "other-body-part", "u", "u", "u", "Z.n. Appendektomie und Tonsillektomie im Kindesalter.")

# ---------------------------------------------------------------- abroad-place
s("nl", "abroad-place", "u", "u", "y", "Ze is in Aken op de spoedeisende hulp geweest; daar werd gips aangelegd.")
s("nl", "abroad-place", "u", "u", "y", "Na de val werd hij in Luik twee dagen opgenomen.")
s("nl", "abroad-place", "u", "u", "n", "Behandeld in het ziekenhuis in Maastricht.")
s("en", "abroad-place", "u", "u", "y", "She was treated in hospital in Marbella after the fall.")
s("en", "abroad-place", "u", "u", "n", "Seen at the emergency department in Venlo the same evening.")
s("de", "abroad-place", "u", "u", "n", "Die Patientin wurde in Enschede im Krankenhaus behandelt.")

# ---------------------------------------------------------------- abroad-hospital-name
s("nl", "abroad-hospital-name", "u", "u", "y", "Opvang op de spoedgevallendienst van het AZ Ter Linde, waarna ontslag met een spalk.")
s("nl", "abroad-hospital-name", "u", "u", "y", "18-09-2025 Correspondentie: ontslagbrief AZ Heidebloem (Genk) — opname 3 dagen na val op vakantie.")
s("nl", "abroad-hospital-name", "u", "u", "y", "Patiënt is gezien in het Hôpital Saint-Éloi in Charleroi.")
s("en", "abroad-hospital-name", "u", "u", "y", "Treated at the Klinikum Rheinaue for a distal radius fracture.")
s("en", "abroad-hospital-name", "u", "u", "n", "Treated at Medisch Centrum Veluwezoom (Ede) in 2024.")
s("de", "abroad-hospital-name", "u", "u", "y", "Behandlung im St.-Marien-Hospital Kleve, anschließend Weiterbehandlung in den Niederlanden.")

# ---------------------------------------------------------------- abroad-negated
s("nl", "abroad-negated", "u", "u", "n", "Geen ziekenhuisopname in het buitenland in het afgelopen jaar.")
s("nl", "abroad-negated", "u", "u", "n", "Patiënt is niet in een buitenlands ziekenhuis behandeld.")
s("nl", "abroad-negated", "u", "u", "n", "MRSA-risico: geen opname of behandeling in een buitenlands ziekenhuis.")
s("en", "abroad-negated", "u", "u", "n", "No hospital admissions outside the Netherlands.")
s("en", "abroad-negated", "u", "u", "n", "She has not received any medical care abroad.")
s("de", "abroad-negated", "u", "u", "n", "Eine Behandlung im Ausland hat nicht stattgefunden.")

# ---------------------------------------------------------------- holiday-no-care
s("nl", "holiday-no-care", "u", "u", "n", "Klachten begonnen tijdens een vakantie in Italië; zij heeft daar geen arts bezocht.")
s("nl", "holiday-no-care", "u", "u", "u", "Net terug van drie weken rondreizen in Thailand.")
s("nl", "holiday-no-care", "u", "u", "n", "Patiënte overwintert jaarlijks in Portugal, zonder medische contacten aldaar.")
s("en", "holiday-no-care", "u", "u", "n", "She injured her wrist skiing in France but sought no medical attention until she was back in the Netherlands.")
s("en", "holiday-no-care", "u", "u", "u", "He lives in Spain for half of the year.")
s("de", "holiday-no-care", "u", "u", "u", "Die Beschwerden traten erstmals im Urlaub in Kroatien auf.")

# ---------------------------------------------------------------- list
s("nl", "list", "u", "y", "u", "Voorgeschiedenis:\n- 2008 appendectomie\n- 2017 CTS rechts, operatief behandeld\n- DM type 2")
s("nl", "list", "y", "u", "u", "Aanvullend onderzoek (verricht 12-01): lab (BSE, CRP), EMG en röntgen beide handen.")
s("nl", "list", "y", "u", "u", "Datum | Onderzoek | Uitslag\n12-01-2026 | X-pols li | geen fractuur\n20-01-2026 | MRI pols li | botoedeem scafoïd")
s("nl", "list", "u", "u", "u", "Episodelijst: L87 Ganglion pols; K86 Essentiële hypertensie; L81 Letsel hand/vinger.")
s("en", "list", "u", "y", "u", "PMH: 1. Hypertension 2. Right ORIF distal radius 2019 3. Asthma")
s("de", "list", "u", "y", "u", "Diagnosen:\n1. Rhizarthrose rechts\n2. Z.n. Karpaltunnelspaltung links 2020\n3. Arterielle Hypertonie")

# ---------------------------------------------------------------- passive
s("nl", "passive", "u", "y", "u", "Door de dienstdoende chirurg werd de strekpees van de middelvinger dezelfde nacht nog gehecht.")
s("nl", "passive", "y", "u", "u", "Er werd een röntgenonderzoek van de pols verricht.")
s("nl", "passive", "u", "y", "u", "Het ganglion is in dagbehandeling verwijderd.")
s("en", "passive", "u", "y", "u", "The fracture was fixed with a volar locking plate.")
s("de", "passive", "u", "y", "u", "Von uns wurde die Fraktur mittels Kirschner-Drähten stabilisiert.")

# ---------------------------------------------------------------- separable-verb
s("nl", "separable-verb", "u", "y", "u", "De handchirurg voerde in maart een revisie van de carpale tunnel uit.")
s("nl", "separable-verb", "u", "y", "u", "Men haalde het ganglion in 2021 onder plaatselijke verdoving weg.")
s("nl", "separable-verb", "u", "n", "u", "Er vond geen operatie plaats.")
s("nl", "separable-verb", "u", "y", "y", "In Gent zette men de fractuur met twee schroeven vast.")
s("nl", "separable-verb", "y", "u", "u", "Op de SEH stelde men op de röntgenfoto een scafoïdfractuur vast.")
s("de", "separable-verb", "u", "y", "u", "Am 04.06. nahmen wir die Entfernung des Osteosynthesematerials am Handgelenk vor.")
s("de", "separable-verb", "u", "u", "y", "Die Patientin stellte sich am 12.08. in unserer Notaufnahme in Freiburg vor.")

# ---------------------------------------------------------------- long-scope
s("nl", "long-scope", "n", "u", "u", "Er is, ondanks herhaald aandringen van patiënte en na overleg met de orthopeed van het ziekenhuis waar zij eerder onder controle was, tot op heden nooit een MRI of andere beeldvorming van de pols gemaakt.")
s("nl", "long-scope", "u", "y", "n", "Patiënt is niet, zoals zijn collega dacht, in Duitsland geopereerd, maar gewoon in het Zuiderlicht Ziekenhuis in Apeldoorn.")
s("nl", "long-scope", "y", "u", "u", "Geen fractuur op de foto's die op de SEH, ongeveer twee uur na de val van de trap, werden gemaakt.")
s("en", "long-scope", "n", "u", "u", "Although an MRI had been discussed at several appointments and was eventually requested by her previous consultant, it was never actually performed, and no other imaging has been done either.")
s("en", "long-scope", "u", "u", "y", "She was not admitted, as the insurer's letter seems to suggest, but was seen and discharged from the emergency department in Benidorm the same evening.")
s("en", "long-scope", "y", "n", "u", "No surgery, injections or splinting have been tried to date, although X-rays were taken at the walk-in centre.")
s("de", "long-scope", "n", "u", "u", "Da die Beschwerden seit dem Sturz, der sich im Oktober auf einer Baustelle ereignet hatte, nur langsam abklangen, wurde eine Bildgebung bislang nicht für nötig gehalten und auch nicht durchgeführt.")

# ---------------------------------------------------------------- abbreviation
s("nl", "abbreviation", "u", "y", "u", "St.n. CTR li 2019, nu recidief?")
s("nl", "abbreviation", "y", "u", "u", "X-pols re: g.b.")
s("nl", "abbreviation", "u", "u", "u", "CTS re, klinisch gediagnosticeerd; beweeglijkheid pols OK.")
s("en", "abbreviation", "u", "y", "u", "S/p ORIF L DRF (2023).")
s("en", "abbreviation", "y", "u", "u", "XR R hand: NAD.")
s("en", "abbreviation", "u", "u", "y", "Pt seen in ED (Málaga), POP applied, d/c home.")
s("de", "abbreviation", "y", "y", "u", "Z.n. ORIF distale Radiusfraktur re. 2022, MRT o.B.")

# ---------------------------------------------------------------- form-field
s("nl", "form-field", "y", "u", "u", "Beeldvorming verricht: [x] ja  [ ] nee")
s("nl", "form-field", "u", "u", "n", "Behandeld in buitenlands ziekenhuis (afgelopen 2 mnd): ☐ ja ☒ nee")
s("nl", "form-field", "y", "u", "u", "Röntgen:\tja, 12-01-2026 (Zuiderlicht)\nEcho:\tnee\nMRI:\tnee")
s("nl", "form-field", "u", "u", "y", "Opname buitenland:\tja, Spanje (2025)")
s("en", "form-field", "u", "y", "u", "Previous surgery to affected hand: Yes — trigger thumb release 2022")
s("en", "form-field", "n", "u", "u", "Imaging done?\nNo")
s("de", "form-field", "u", "n", "u", "Voroperationen: keine")

# ---------------------------------------------------------------- typo
s("nl", "typo", "u", "y", "u", "Patiënt is vorig jaar geopereert aan zijn rechterpols.")
s("nl", "typo", "y", "u", "u", "Er is een röntegnfoto gemaakt van de linkerhand.")
s("nl", "typo", "u", "u", "y", "Ze is in het buitenand opgenomen geweest (Spanje).")
s("en", "typo", "u", "y", "u", "She underwnet a carpal tunel release in 2021.")
s("en", "typo", "n", "u", "u", "No imagign has been done yet.")
s("de", "typo", "u", "y", "u", "Die Pateintin wurde an der rechten Hand bereits operirt.")

# ---------------------------------------------------------------- mixed
s("nl", "mixed", "u", "y", "u", "Pt. s/p CTR rechts, wondcontrole ok, follow-up over 6 weken.")
s("nl", "mixed", "y", "u", "u", "Echo done op de poli: geen ganglion, wel tendinitis.")
s("nl", "mixed", "u", "u", "u", "MRI scan pending, maar patiënt gaat eerst op vakantie naar Bali.")
s("en", "mixed", "y", "u", "n", "Seen at the SEH of a Dutch hospital, where the X-pols showed a distal radius fracture.")
s("en", "mixed", "y", "u", "u", "Plan: splint for 6 weeks and review; röntgen al gedaan bij de huisartsenpost.")
s("de", "mixed", "u", "y", "n", "Der Patient wurde im UMC Utrecht an der Hand operiert, das Follow-up erfolgt bei uns.")

# ---------------------------------------------------------------- non-imaging
s("nl", "non-imaging", "u", "u", "u", "EMG toont een ernstig carpaletunnelsyndroom rechts.")
s("nl", "non-imaging", "u", "u", "u", "Patiënte stuurde via de app foto's van de gezwollen vinger.")
s("nl", "non-imaging", "u", "u", "u", "De brief is gescand en toegevoegd aan het dossier.")
s("en", "non-imaging", "u", "u", "u", "Nerve conduction studies were performed and were abnormal.")
s("en", "non-imaging", "u", "u", "u", "Clinical photographs of the hand were taken for the record.")
s("de", "non-imaging", "u", "u", "u", "Die Neurographie ergab eine verlängerte distale motorische Latenz des N. medianus.")

# ---------------------------------------------------------------- non-operative
s("nl", "non-operative", "u", "u", "u", "Behandeld met een corticosteroïdinjectie in de carpale tunnel.")
s("nl", "non-operative", "u", "u", "u", "De fractuur is conservatief behandeld met een onderarmgips gedurende zes weken.")
s("nl", "non-operative", "u", "n", "u", "Behandeling bestond uit handtherapie en een spalk; een ingreep heeft niet plaatsgevonden.")
s("en", "non-operative", "y", "u", "u", "The ganglion was aspirated under ultrasound guidance.")
s("en", "non-operative", "u", "u", "u", "She has been managed with a night splint and hand therapy.")
s("de", "non-operative", "u", "u", "u", "Die Fraktur wurde geschlossen reponiert und im Unterarmgips ruhiggestellt.")


def toml_str(t):
    # JSON string escapes (\" \\ \n \t \uXXXX ...) are all valid TOML basic-string escapes.
    return json.dumps(t, ensure_ascii=False)


def write():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    lines = ["# Labelled passages for imaging_done / operated / treated_abroad.",
             "# Generated by make_ss.py; see ../NOTES.md. All people and hospitals invented.", ""]
    for e in S:
        lines.append("[[sentence]]")
        for k in ("text", "lang", "imaging_done", "operated", "treated_abroad", "phenomenon"):
            lines.append(f"{k} = {toml_str(e[k])}")
        lines.append("")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def validate():
    errs = []
    with open(OUT, "rb") as f:
        data = tomllib.load(f)
    if set(data) != {"sentence"}:
        errs.append(f"top-level keys {sorted(data)}")
    ents = data.get("sentence", [])
    if len(ents) != 250:
        errs.append(f"{len(ents)} entries, want 250")
    seen = {}
    for i, e in enumerate(ents):
        if set(e) != KEYS:
            errs.append(f"#{i}: keys {sorted(e)}")
            continue
        for k in ("imaging_done", "operated", "treated_abroad"):
            if e[k] not in VALUES:
                errs.append(f"#{i}: {k}={e[k]!r}")
        if e["lang"] not in LANGS:
            errs.append(f"#{i}: lang={e['lang']!r}")
        if e["phenomenon"] not in VOCAB:
            errs.append(f"#{i}: phenomenon={e['phenomenon']!r}")
        if not isinstance(e["text"], str) or not e["text"].strip():
            errs.append(f"#{i}: empty text")
            continue
        key = re.sub(r"\s+", " ", e["text"]).strip().casefold()
        if key in seen:
            errs.append(f"#{i}: duplicate of #{seen[key]}: {e['text']!r}")
        seen[key] = i
    n = len(ents) or 1
    lang = Counter(e.get("lang") for e in ents)
    phen = Counter(e.get("phenomenon") for e in ents)
    print(f"entries: {len(ents)}")
    print("lang: " + ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in lang.most_common()))
    print(f"plain: {phen['plain']} ({100 * phen['plain'] / n:.0f}%), hard: {len(ents) - phen['plain']}")
    for fact in ("imaging_done", "operated", "treated_abroad"):
        c = Counter(e.get(fact) for e in ents)
        print(f"{fact}: " + ", ".join(f"{v} {c[v]}" for v in ("yes", "no", "unmentioned")))
    print("phenomena: " + ", ".join(f"{k} {v}" for k, v in sorted(phen.items(), key=lambda kv: (-kv[1], kv[0]))))
    missing = VOCAB - set(phen)
    if missing:
        print("note: phenomena not used: " + ", ".join(sorted(missing)))
    if errs:
        print(f"\n{len(errs)} error(s):", file=sys.stderr)
        for x in errs:
            print("  " + x, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    write()
    sys.exit(validate())
