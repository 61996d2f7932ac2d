#!/usr/bin/env python3
"""Write sentences/sq.toml: 250 labelled passages for the three dossier facts.

Each entry: (lang, phenomenon, imaging_done, operated, treated_abroad, text)
with y/n/u for yes/no/unmentioned. All patients, doctors and addresses are invented.

Labelling conventions (see NOTES.md):
- operated: only the hand/wrist problem; other body parts, other people, plans, offers,
  advice, questions, requests -> u. "verder geen operaties"/"no other operations" -> n.
- imaging_done: done whatever it found (also "geen afwijkingen"); done but report pending -> y.
- treated_abroad: y for a hospital/clinic/ED outside NL (any time, any reason); n only when the
  text says the care was in the Netherlands or that there was no hospital care abroad; a Dutch
  hospital or town named without more is u; a holiday/living abroad with nothing said about care is u.
"""
import json
import os
import sys
import tomllib
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sentences", "sq.toml")

VOCAB = {
    "plain", "negation", "pseudo-negation", "hypothetical", "planned", "offered", "advised",
    "question", "request", "result-pending", "historical", "other-experiencer",
    "finding-negated", "name-not-event", "other-body-part", "abroad-place",
    "abroad-hospital-name", "abroad-negated", "holiday-no-care", "list", "passive",
    "separable-verb", "long-scope", "abbreviation", "form-field", "mixed",
}
VAL = {"y": "yes", "n": "no", "u": "unmentioned"}

S = [
    # ------------------------------------------------------------------ plain, Dutch
    ("nl", "plain", "y", "u", "u", "Op 14-02-2026 werd een röntgenfoto van de linkerpols gemaakt; deze toonde een distale radiusfractuur."),
    ("nl", "plain", "u", "y", "u", "Patiënte is op 3 maart 2025 geopereerd aan een carpaletunnelsyndroom rechts."),
    ("nl", "plain", "u", "u", "y", "In augustus 2025 werd hij tijdens een vakantie opgenomen in het Universitair Ziekenhuis Antwerpen na een val van een ladder."),
    ("nl", "plain", "y", "u", "u", "MRI rechterpols d.d. 12-01-2026: partiële ruptuur van het TFCC, geen ossale afwijkingen."),
    ("nl", "plain", "y", "u", "u", "Echografie van de pols liet een ganglion van 11 mm aan de dorsale zijde zien."),
    ("nl", "plain", "u", "y", "u", "Hallo, ik ben in 2024 aan mijn rechterpols geopereerd (vastgezet) en heb nog steeds veel pijn. Kunt u mij helpen? Met vriendelijke groet, Joke de Wit"),
    ("nl", "plain", "y", "u", "u", "Na de val is op de SEH een foto gemaakt van de rechterhand. Daarop was een fractuur van het vijfde metacarpale te zien."),
    ("nl", "plain", "u", "y", "u", "Vorig jaar is een triggerfinger van de ringvinger links operatief gekliefd door collega Hoekstra."),
    ("nl", "plain", "u", "u", "y", "Patiënt werd in juni 2025 in Spanje in het ziekenhuis opgenomen wegens een open fractuur van de pols."),
    ("nl", "plain", "y", "u", "u", "Er is een CT-scan van de pols verricht om de consolidatie van het scafoïd te beoordelen."),
    ("nl", "plain", "u", "y", "u", "De scafoïdpseudartrose werd op 8 oktober 2025 behandeld met een Matti-Russe-plastiek."),
    ("nl", "plain", "y", "u", "u", "Op de röntgenfoto's van beide handen zijn artrotische veranderingen van de duimbasis te zien, rechts meer dan links."),
    ("nl", "plain", "u", "y", "y", "Hij is in november 2025 in het AZ Sint-Jan in Brugge geopereerd aan zijn rechterpols."),
    ("nl", "plain", "y", "u", "u", "Op het spreekuur werd een echo van de flexorpezen van de middelvinger gemaakt."),
    ("nl", "plain", "u", "y", "u", "Patiënte onderging in 2023 een plaatosteosynthese van een distale radiusfractuur links."),
    ("nl", "plain", "u", "y", "y", "Tijdens de opname in Istanbul is de polsfractuur operatief gefixeerd met een plaat."),
    ("nl", "plain", "y", "u", "u", "De MRI van de hand toonde een reuzeceltumor van de peesschede bij de wijsvinger."),
    ("nl", "plain", "u", "y", "u", "Dezelfde avond is in het ziekenhuis de doorgesneden buigpees van de wijsvinger gehecht."),
    ("nl", "plain", "u", "u", "y", "Hij werd na een scooterongeval op Kreta twee dagen opgenomen in het Venizeleio-ziekenhuis in Heraklion."),
    ("nl", "plain", "u", "y", "u", "Datum operatie: 22-04-2026. Operateur: dr. M. Verbeek. Ingreep: endoscopische carpaletunnelrelease rechts."),
    ("nl", "plain", "u", "u", "y", "Patiënte is in het Klinikum Aachen behandeld voor een infectie van de middelvinger."),
    ("nl", "plain", "u", "y", "u", "Vanwege de Dupuytren-contractuur van de pink werd in januari 2026 een partiële fasciëctomie verricht."),
    ("nl", "plain", "u", "y", "y", "Zij werd in de zomer van 2025 in Marokko opgenomen en daar aan haar pols geopereerd."),
    ("nl", "plain", "y", "u", "u", "Ter controle werd na zes weken opnieuw een röntgenfoto gemaakt; de fractuur is geconsolideerd."),
    ("nl", "plain", "u", "y", "u", "Hij is twee keer aan dezelfde pols geopereerd, het laatst in september 2025."),
    ("nl", "plain", "u", "u", "y", "Na een val op de skipiste in Oostenrijk is hij in Innsbruck in het ziekenhuis behandeld."),
    ("nl", "plain", "y", "u", "u", "03-02-2026 S: gevallen op uitgestrekte hand. O: zwelling en drukpijn distale radius. E: fractuur pols. P: via SEH foto gemaakt: distale radiusfractuur, gipsspalk."),
    ("nl", "plain", "u", "y", "u", "Het osteosynthesemateriaal is in maart 2026 onder plexusanesthesie verwijderd."),
    ("nl", "plain", "u", "u", "y", "Mevr. Claes (°14/07/1958) werd op de spoedgevallendienst van AZ Maria Middelares te Gent verzorgd. Besluit: distale radiusfractuur, gipsimmobilisatie."),
    ("nl", "plain", "y", "u", "u", "De MRI-scan bevestigde een avasculaire necrose van het os lunatum (ziekte van Kienböck)."),
    ("nl", "plain", "u", "y", "u", "In 2024 werd een polsartroscopie uitgevoerd met debridement van het TFCC."),
    ("nl", "plain", "u", "u", "y", "Patiënte is in december 2025 met spoed opgenomen in een ziekenhuis in Alicante."),
    ("nl", "plain", "y", "u", "u", "Op de echo werd een tendovaginitis van De Quervain gezien."),
    ("nl", "plain", "u", "y", "u", "14-01-2026 Brief specialist ontvangen: carpaletunnelrelease rechts verricht, wond rustig."),
    ("nl", "plain", "y", "u", "u", "Röntgenonderzoek van de hand toonde een subcapitale fractuur van het vijfde middenhandsbeen."),
    ("nl", "plain", "u", "y", "u", "Hij onderging een peestransfer aan de onderarm voor zijn radialisparese."),
    ("nl", "plain", "u", "u", "y", "Na een motorongeluk in Polen lag zij een week in het ziekenhuis in Wrocław."),
    ("nl", "plain", "y", "u", "y", "In het ziekenhuis in Luik werd een foto gemaakt en de pols ingegipst."),
    ("nl", "plain", "u", "y", "u", "In oktober 2025 is een revisie-operatie van de duimbasisprothese uitgevoerd."),
    ("nl", "plain", "u", "u", "y", "Patiënt is in Turkije op de spoedeisende hulp gezien en kreeg daar een gipsspalk."),
    ("nl", "plain", "y", "u", "u", "Zowel een röntgenfoto als een MRI van de pols zijn gemaakt."),
    ("nl", "plain", "u", "y", "y", "Zij werd in het UZ Gent geopereerd en daarna in Nederland nabehandeld door de handtherapeut."),
    # ------------------------------------------------------------------ plain, English
    ("en", "plain", "y", "u", "u", "An X-ray of the right wrist taken on 2 March 2026 showed a displaced distal radius fracture."),
    ("en", "plain", "u", "y", "u", "She underwent a left carpal tunnel release in January 2026."),
    ("en", "plain", "u", "u", "y", "He was admitted to St George's Hospital, London, after a fall from his bicycle."),
    ("en", "plain", "y", "u", "u", "MRI of the wrist demonstrated a complete scapholunate ligament tear."),
    ("en", "plain", "u", "y", "u", "The patient had open reduction and internal fixation of the scaphoid in 2025."),
    ("en", "plain", "y", "u", "u", "Ultrasound of the volar wrist confirmed a ganglion cyst arising from the radiocarpal joint."),
    ("en", "plain", "u", "u", "y", "She was treated at a hospital in Madrid for an infected cat bite to the hand."),
    ("en", "plain", "y", "u", "u", "A CT scan of the wrist was performed to assess fracture union."),
    ("en", "plain", "u", "y", "y", "Dear Dr Okafor, Diagnosis: left thumb CMC joint arthritis. Outcome: trapeziectomy performed at Derriford Hospital, University Hospitals Plymouth NHS Trust, on 14/10/2025; recovering well."),
    ("en", "plain", "u", "u", "y", "While living in Dubai she was admitted to Rashid Hospital with a hand infection."),
    ("en", "plain", "y", "u", "u", "Radiographs of both hands show erosive changes at the MCP joints."),
    ("en", "plain", "u", "y", "u", "Operation performed: release of the A1 pulley, right middle finger."),
    ("en", "plain", "u", "u", "y", "She was seen in the emergency department of a hospital in Brussels, where her wrist was splinted."),
    ("en", "plain", "y", "u", "u", "An MRI scan of the right hand was obtained on 14/01/2026."),
    ("en", "plain", "u", "y", "u", "The flexor tendon was repaired under general anaesthetic the same day."),
    ("en", "plain", "u", "u", "y", "He spent three nights at Hospital Universitario La Paz in Madrid."),
    ("en", "plain", "y", "u", "u", "Plain films of the left wrist were taken at his first visit."),
    ("en", "plain", "u", "y", "u", "She had her wrist fused in 2024 and has been pain free since."),
    ("en", "plain", "u", "y", "y", "He was operated on at the Charité in Berlin for a complex intra-articular wrist fracture."),
    ("en", "plain", "y", "u", "u", "X-rays showed a healed fracture of the distal radius with 10 degrees of dorsal tilt."),
    ("en", "plain", "u", "y", "u", "The wrist plate was removed in theatre on 5 May 2026."),
    ("en", "plain", "u", "u", "y", "She was treated in hospital in Antalya after a quad bike accident."),
    ("en", "plain", "y", "u", "u", "A repeat MRI showed progression of the Kienböck disease."),
    ("en", "plain", "u", "y", "u", "He underwent a proximal row carpectomy in March 2026."),
    ("en", "plain", "u", "y", "y", "She was admitted to Antrim Area Hospital in Northern Ireland with a wrist fracture, which was plated the next day."),
    # ------------------------------------------------------------------ plain, German
    ("de", "plain", "y", "u", "u", "Die Röntgenaufnahme des rechten Handgelenks zeigt eine distale Radiusfraktur."),
    ("de", "plain", "u", "y", "u", "Am 02.11.2025 erfolgte die operative Versorgung mittels palmarer Plattenosteosynthese."),
    ("de", "plain", "u", "u", "y", "Die Patientin wurde vom 02.11. bis 05.11.2025 in unserer Klinik in Düsseldorf stationär behandelt."),
    ("de", "plain", "y", "u", "u", "Die MRT des Handgelenks ergab eine Läsion des TFCC."),
    ("de", "plain", "u", "y", "y", "Der Patient wurde im Klinikum Nürnberg an der linken Hand operiert."),
    ("de", "plain", "y", "u", "u", "Sonographisch zeigte sich ein Ganglion am dorsalen Handgelenk."),
    ("de", "plain", "u", "y", "u", "Es erfolgte eine Karpaltunnelspaltung rechts in Lokalanästhesie."),
    ("de", "plain", "u", "u", "y", "Nach einem Sturz beim Wandern wurde sie in der Notaufnahme des Klinikums Garmisch-Partenkirchen versorgt."),
    ("de", "plain", "y", "u", "u", "In der CT bestätigte sich eine nicht dislozierte Skaphoidfraktur."),
    ("de", "plain", "u", "y", "y", "Die Patientin wurde wegen einer Handphlegmone in der Universitätsklinik Innsbruck stationär aufgenommen und operiert."),
    ("de", "plain", "y", "u", "u", "Es wurden Röntgenaufnahmen der linken Hand in zwei Ebenen angefertigt."),

    # ------------------------------------------------------------------ negation
    ("nl", "negation", "u", "n", "u", "Patiënt is nooit aan de pols geopereerd."),
    ("nl", "negation", "n", "u", "u", "Er is geen beeldvorming verricht."),
    ("nl", "negation", "u", "n", "u", "Zij is niet geopereerd; de fractuur is zes weken in gips behandeld."),
    ("nl", "negation", "n", "u", "u", "Nog nooit een röntgenfoto of echo gehad, ook niet bij de eerste klachten in 2024."),
    ("en", "negation", "u", "n", "u", "No surgery was performed on the wrist."),
    ("en", "negation", "n", "u", "u", "No imaging has been done so far."),
    ("de", "negation", "u", "n", "u", "Eine operative Therapie erfolgte bisher nicht."),
    ("de", "negation", "n", "u", "u", "Eine bildgebende Diagnostik wurde nicht durchgeführt."),
    # ------------------------------------------------------------------ pseudo-negation
    ("nl", "pseudo-negation", "u", "y", "u", "Sinds de operatie in mei heeft zij geen tintelingen meer in de vingers."),
    ("nl", "pseudo-negation", "y", "u", "u", "Niet alleen de röntgenfoto maar ook de MRI toonde een pseudartrose van het scafoïd."),
    ("nl", "pseudo-negation", "u", "y", "u", "Geen verbetering na de carpaletunnelrelease van vorig jaar."),
    ("nl", "pseudo-negation", "u", "y", "u", "De pijn is niet minder geworden nadat de pols in maart met een plaat werd vastgezet."),
    ("en", "pseudo-negation", "u", "y", "u", "No complications after the tendon repair; the wound has healed well."),
    ("en", "pseudo-negation", "y", "u", "u", "Not only the X-ray but also the CT was reviewed at our radiology meeting."),
    ("de", "pseudo-negation", "u", "y", "u", "Nach der Operation keine Besserung der Beschwerden."),
    # ------------------------------------------------------------------ hypothetical
    ("nl", "hypothetical", "u", "u", "u", "Mocht een operatie nodig blijken, dan verwijzen wij haar graag naar uw kliniek."),
    ("nl", "hypothetical", "u", "u", "u", "Indien de MRI afwijkingen laat zien, kan een artroscopie worden overwogen."),
    ("nl", "hypothetical", "u", "u", "u", "Als hij in Spanje opgenomen zou worden, moeten we dat weten in verband met de MRSA-screening."),
    ("en", "hypothetical", "u", "u", "u", "If surgery were to be performed abroad, she would need MRSA screening afterwards."),
    ("de", "hypothetical", "u", "u", "u", "Falls eine Operation erforderlich wird, bitten wir um Wiedervorstellung."),
    # ------------------------------------------------------------------ planned
    ("nl", "planned", "u", "u", "u", "Operatie gepland op 12-12-2026 in het Rijnstate."),
    ("nl", "planned", "u", "u", "u", "Staat op de wachtlijst voor een CTS-release rechts."),
    ("nl", "planned", "u", "u", "u", "Volgende week wordt een MRI van de pols gemaakt."),
    ("nl", "planned", "u", "u", "u", "Hij gaat in januari in België aan zijn duim geopereerd worden."),
    ("en", "planned", "u", "u", "u", "She is listed for trapeziectomy in the new year."),
    ("en", "planned", "u", "u", "u", "MRI wrist booked for 3 December."),
    ("de", "planned", "u", "u", "u", "Die operative Versorgung ist für den 15.01.2027 geplant."),
    # ------------------------------------------------------------------ offered
    ("nl", "offered", "u", "u", "u", "Operatieve behandeling werd aangeboden; patiënte wil eerst een second opinion."),
    ("nl", "offered", "u", "u", "u", "Wij hebben haar een MRI aangeboden, maar zij wilde daar nog over nadenken."),
    ("nl", "offered", "u", "u", "u", "De optie van een polsartrodese is met hem besproken en aangeboden."),
    ("en", "offered", "u", "u", "u", "Surgical release was offered, and he would like to discuss it with your team first."),
    ("en", "offered", "u", "u", "u", "We offered her an ultrasound scan of the wrist at her next visit."),
    ("de", "offered", "u", "u", "u", "Eine operative Revision wurde der Patientin angeboten."),
    # ------------------------------------------------------------------ advised
    ("nl", "advised", "u", "u", "u", "Geadviseerd om een MRI te laten maken als de klachten aanhouden."),
    ("nl", "advised", "u", "n", "u", "De orthopeed adviseerde een operatie, maar die heeft nog niet plaatsgevonden."),
    ("nl", "advised", "u", "u", "u", "Advies: echo pols bij persisterende zwelling."),
    ("en", "advised", "u", "u", "u", "I have advised him to have an X-ray if the swelling persists."),
    ("de", "advised", "u", "u", "u", "Wir empfehlen eine MRT des Handgelenks zur weiteren Abklärung."),
    # ------------------------------------------------------------------ question
    ("nl", "question", "u", "u", "u", "Vraagstelling: is een operatie zinvol bij deze scafoïdpseudartrose?"),
    ("nl", "question", "u", "u", "u", "Graag uw oordeel: heeft een MRI meerwaarde?"),
    ("nl", "question", "u", "u", "u", "Is patiënt in het afgelopen jaar in een buitenlands ziekenhuis opgenomen geweest?"),
    ("nl", "question", "u", "u", "u", "Vraag: degeneratie TFCC? Indicatie voor artroscopie?"),
    ("en", "question", "u", "u", "u", "Question: would she benefit from surgical fixation?"),
    ("en", "question", "u", "u", "u", "Has he ever had surgery on this wrist?"),
    ("de", "question", "u", "u", "u", "Fragestellung: Operationsindikation?"),
    # ------------------------------------------------------------------ request
    ("nl", "request", "u", "u", "u", "Graag MRI pols rechts ter uitsluiting van een occulte scafoïdfractuur."),
    ("nl", "request", "u", "u", "u", "Verzoek om beoordeling voor operatieve behandeling van de Dupuytren."),
    ("nl", "request", "u", "u", "u", "12-03-2026 S: pijn pols re na val. O: drukpijn tabatière. E: verdenking scafoïdfractuur. P: X-pols aangevraagd."),
    ("en", "request", "u", "u", "u", "Please could you arrange an ultrasound of the left wrist."),
    ("en", "request", "u", "u", "u", "Request: X-ray right hand, two views."),
    ("de", "request", "u", "u", "u", "Wir bitten um Durchführung einer CT des Handgelenks."),
    # ------------------------------------------------------------------ result-pending
    ("nl", "result-pending", "y", "u", "u", "De MRI is op 3 november gemaakt; het verslag hebben wij nog niet ontvangen."),
    ("nl", "result-pending", "y", "u", "u", "Echo verricht, uitslag volgt."),
    ("nl", "result-pending", "u", "y", "u", "De pols is op 20-10 geopereerd; de PA-uitslag van het weggenomen weefsel volgt nog."),
    ("en", "result-pending", "y", "u", "u", "The CT was done last week and the report is awaited."),
    ("en", "result-pending", "u", "y", "u", "Histology from the excised wrist ganglion is pending."),
    ("de", "result-pending", "y", "u", "u", "Die MRT wurde am 30.10. durchgeführt, der schriftliche Befund steht noch aus."),
    # ------------------------------------------------------------------ historical
    ("nl", "historical", "u", "y", "u", "In 2009 geopereerd aan de rechterpols (osteosynthese na fractuur)."),
    ("nl", "historical", "u", "y", "u", "Status na CTS-release rechts in 2018."),
    ("nl", "historical", "u", "u", "y", "Als student in 1998 in Frankrijk opgenomen geweest na een val met de fiets; toen is de pols gegipst."),
    ("nl", "historical", "y", "u", "u", "Jaren geleden al eens een echo van deze pols gehad."),
    ("en", "historical", "u", "n", "u", "Remote history of a scaphoid fracture treated in plaster in 1990; no operation at the time."),
    ("en", "historical", "y", "u", "u", "Previous X-rays from 2015 already showed early SLAC changes."),
    ("de", "historical", "u", "y", "u", "Zustand nach Handgelenksarthroskopie 2019."),
    # ------------------------------------------------------------------ other-experiencer
    ("nl", "other-experiencer", "u", "u", "u", "Moeder is twee keer geopereerd aan een carpaletunnelsyndroom."),
    ("nl", "other-experiencer", "u", "u", "u", "Haar zus werd vorig jaar in Turkije opgenomen met een gebroken pols."),
    ("nl", "other-experiencer", "n", "u", "u", "Echtgenoot heeft onlangs een MRI gehad; bij patiënte zelf is nooit beeldvorming gedaan."),
    ("nl", "other-experiencer", "u", "u", "u", "Familieanamnese: broer geopereerd aan een ganglion van de pols."),
    ("en", "other-experiencer", "u", "u", "u", "Her father had Dupuytren's surgery on both hands."),
    ("en", "other-experiencer", "u", "u", "u", "His brother was treated in a Spanish hospital for the same condition."),
    ("de", "other-experiencer", "u", "u", "u", "Der Vater des Patienten wurde ebenfalls an der Hand operiert."),
    # ------------------------------------------------------------------ finding-negated
    ("nl", "finding-negated", "y", "u", "u", "Onderzoek: MRI pols rechts. Datum onderzoek: 02-03-2026. Conclusie: geen afwijkingen, met name geen TFCC-laesie."),
    ("nl", "finding-negated", "y", "u", "u", "Röntgenfoto toont geen fractuur."),
    ("nl", "finding-negated", "y", "u", "u", "Echo: geen ganglion of tenosynovitis zichtbaar."),
    ("nl", "finding-negated", "u", "y", "u", "Postoperatief geen wondinfectie en geen zenuwletsel."),
    ("en", "finding-negated", "y", "u", "u", "X-ray wrist: no fracture or dislocation seen."),
    ("en", "finding-negated", "y", "u", "u", "The MRI was unremarkable."),
    ("en", "finding-negated", "u", "y", "u", "Post-operatively there were no signs of infection."),
    ("de", "finding-negated", "y", "u", "u", "Röntgen Handgelenk rechts: kein Frakturnachweis."),
    # ------------------------------------------------------------------ name-not-event
    ("nl", "name-not-event", "u", "u", "u", "Patiënte werkt als operatieassistente in het Erasmus MC."),
    ("nl", "name-not-event", "u", "u", "u", "Correspondentieadres: Röntgenlaan 12, 2719 DX Zoetermeer."),
    ("nl", "name-not-event", "u", "u", "u", "Zij is werkzaam als radiodiagnostisch laborant en heeft last van haar pols bij het tillen van patiënten."),
    ("nl", "name-not-event", "u", "u", "u", "Afzender: Kliniek voor Handchirurgie, Operatiecentrum Noord, Echtenerbrug."),
    ("en", "name-not-event", "u", "u", "u", "He works for a company that manufactures MRI scanners."),
    ("en", "name-not-event", "u", "u", "u", "Copy to: Department of Radiology, Spire Hospital."),
    ("de", "name-not-event", "u", "u", "u", "Der Patient arbeitet als OP-Pfleger in einem Krankenhaus in Kleve."),
    # ------------------------------------------------------------------ other-body-part
    ("nl", "other-body-part", "u", "u", "u", "Voorgeschiedenis: appendectomie 2012, sectio caesarea 2016."),
    ("nl", "other-body-part", "u", "u", "u", "In 2020 geopereerd aan de meniscus van de rechterknie."),
    ("nl", "other-body-part", "u", "u", "u", "Hij is vorig jaar aan een liesbreuk geopereerd."),
    ("nl", "other-body-part", "u", "n", "u", "Staaroperatie beiderzijds in 2024; verder geen operaties."),
    ("en", "other-body-part", "u", "u", "u", "Past surgical history: laparoscopic cholecystectomy 2019."),
    ("en", "other-body-part", "u", "n", "u", "She had a total hip replacement in 2023 and no other operations."),
    ("de", "other-body-part", "u", "u", "u", "Z.n. Appendektomie 2005, Tonsillektomie im Kindesalter."),
    # ------------------------------------------------------------------ abroad-place
    ("nl", "abroad-place", "u", "u", "y", "Na de val werd hij in Emmerich opgenomen en twee dagen later ontslagen."),
    ("nl", "abroad-place", "u", "u", "u", "Na de val werd zij in Emmen opgenomen en twee dagen later ontslagen."),
    ("nl", "abroad-place", "u", "u", "y", "Eerste opvang op de spoedgevallendienst in Maaseik."),
    ("nl", "abroad-place", "u", "u", "y", "Zij is in Aken op de eerste hulp geholpen."),
    ("nl", "abroad-place", "u", "y", "y", "In Luik werd de pees dezelfde nacht nog gehecht."),
    ("en", "abroad-place", "u", "y", "y", "He was taken to hospital in Lisbon where the fracture was plated."),
    ("en", "abroad-place", "u", "u", "y", "She attended A&E in Cardiff and was put in a cast."),
    ("de", "abroad-place", "u", "u", "y", "Die Erstversorgung erfolgte in Venlo, die weitere Behandlung stationär in unserem Haus in Krefeld."),
    # ------------------------------------------------------------------ abroad-hospital-name
    ("nl", "abroad-hospital-name", "u", "u", "y", "Behandeld in het AZ Delta, campus Rumbeke."),
    ("nl", "abroad-hospital-name", "u", "u", "y", "Opname in Acıbadem Hospital na een verkeersongeval."),
    ("nl", "abroad-hospital-name", "u", "u", "u", "Zij werd behandeld in het Canisius Wilhelmina Ziekenhuis."),
    ("en", "abroad-hospital-name", "u", "u", "y", "She was discharged from Hospital Clínic de Barcelona on 4 July 2026."),
    ("en", "abroad-hospital-name", "u", "y", "y", "Seen at Szpital Uniwersytecki in Kraków, where a K-wire fixation was done."),
    ("en", "abroad-hospital-name", "u", "u", "y", "Treated at the Royal Free Hospital after the injury."),
    ("de", "abroad-hospital-name", "u", "u", "y", "Die Erstversorgung erfolgte im Klinikum rechts der Isar."),
    # ------------------------------------------------------------------ abroad-negated
    ("nl", "abroad-negated", "u", "u", "n", "Zij is niet in het buitenland opgenomen geweest."),
    ("nl", "abroad-negated", "u", "u", "n", "Geen ziekenhuisopname buiten Nederland in de afgelopen twee jaar."),
    ("nl", "abroad-negated", "u", "y", "n", "De operatie vond gewoon in Nederland plaats, niet in Turkije zoals eerder gedacht."),
    ("nl", "abroad-negated", "u", "u", "n", "MRSA-risico: nee, geen opname in buitenlands ziekenhuis."),
    ("en", "abroad-negated", "u", "u", "n", "He has not been treated in any hospital outside the Netherlands."),
    ("en", "abroad-negated", "u", "u", "n", "No hospital admissions abroad."),
    ("de", "abroad-negated", "u", "u", "n", "Der Patient wurde ausschließlich in den Niederlanden behandelt."),
    # ------------------------------------------------------------------ holiday-no-care
    ("nl", "holiday-no-care", "u", "u", "n", "Tijdens de vakantie in Spanje viel zij op haar hand; zij heeft daar geen arts bezocht."),
    ("nl", "holiday-no-care", "u", "u", "u", "Klachten begonnen tijdens een vakantie in Thailand."),
    ("nl", "holiday-no-care", "u", "u", "n", "Op vakantie in Frankrijk gevallen, na terugkomst op de SEH in Nederland gezien en gegipst."),
    ("nl", "holiday-no-care", "u", "u", "n", "Woont sinds 2019 in Antwerpen, maar alle zorg vindt plaats in Nederland."),
    ("en", "holiday-no-care", "u", "u", "n", "He injured his wrist skiing in Austria but did not seek medical attention until he was back in the Netherlands."),
    ("en", "holiday-no-care", "u", "u", "u", "She lives part of the year in Portugal."),
    ("de", "holiday-no-care", "u", "u", "n", "Während ihres Urlaubs in Italien suchte die Patientin keinen Arzt und kein Krankenhaus auf."),
    # ------------------------------------------------------------------ list
    ("nl", "list", "u", "y", "u", "VG: 2012 appendectomie, 2019 CTS-release re, 2021 fractuur pols li (gips)."),
    ("nl", "list", "y", "u", "u", "Aanvullend onderzoek: X-pols re (geen fractuur), echo (ganglion 8 mm), EMG (normaal)."),
    ("nl", "list", "u", "u", "u", "Episodelijst: L87 Ganglion pols; N93 Carpaletunnelsyndroom; K86 Hypertensie."),
    ("nl", "list", "u", "n", "u", "Behandelingen tot nu toe: brace, injectie, handtherapie; een operatie is nog niet gedaan."),
    ("en", "list", "y", "u", "u", "Investigations: bloods normal, X-ray wrist normal, nerve conduction studies pending."),
    ("en", "list", "n", "u", "u", "Previous treatments: splinting, steroid injection x2, physiotherapy. No imaging to date."),
    ("de", "list", "u", "y", "u", "Diagnosen: 1. Distale Radiusfraktur links, 2. Z.n. Plattenosteosynthese 11/2025, 3. Arterielle Hypertonie."),
    # ------------------------------------------------------------------ passive
    ("nl", "passive", "y", "u", "u", "Er werd een röntgenfoto vervaardigd van beide polsen."),
    ("nl", "passive", "u", "y", "u", "De fractuur werd door de dienstdoende chirurg met twee K-draden gefixeerd."),
    ("nl", "passive", "y", "u", "u", "Door de radioloog werd een echografie van de pols verricht."),
    ("en", "passive", "y", "u", "u", "The wrist was imaged with MRI at an outside facility."),
    ("en", "passive", "u", "y", "u", "The median nerve was decompressed through a mini-open incision."),
    ("de", "passive", "u", "y", "u", "Die Fraktur wurde offen reponiert und mit einer Platte versorgt."),
    ("de", "passive", "u", "u", "y", "Der Patient wurde in unserem Haus in Aachen stationär aufgenommen."),
    # ------------------------------------------------------------------ separable-verb
    ("nl", "separable-verb", "u", "y", "u", "De chirurg zette de fractuur vast met een plaat en vier schroeven."),
    ("nl", "separable-verb", "u", "u", "y", "Ze namen haar in het ziekenhuis van Brugge twee nachten op."),
    ("nl", "separable-verb", "y", "u", "u", "De radioloog voerde op 3 maart een MRI van de pols uit."),
    ("nl", "separable-verb", "u", "y", "u", "De handchirurg haalde in februari het osteosynthesemateriaal weer uit de pols."),
    ("nl", "separable-verb", "u", "n", "u", "De chirurg voerde geen ingreep uit, omdat de zwelling spontaan afnam."),
    ("de", "separable-verb", "u", "y", "y", "Wir führten am 12.03.2026 in unserer Klinik in Bonn eine Handgelenksarthroskopie durch."),
    ("de", "separable-verb", "u", "u", "y", "In der Notaufnahme in Köln legte man der Patientin einen Gips an; stationär nahm man sie nicht auf."),
    # ------------------------------------------------------------------ long-scope
    ("nl", "long-scope", "n", "u", "u", "Er is, voor zover wij uit de eerdere correspondentie en het gesprek met patiënte kunnen opmaken, nooit een foto van de pols gemaakt."),
    ("nl", "long-scope", "n", "n", "u", "Geen röntgenfoto, echo of MRI verricht en nooit geopereerd."),
    ("nl", "long-scope", "u", "n", "y", "Patiënt is, nadat hij in 2024 in Spanje van zijn fiets viel en daar op de spoedeisende hulp werd gezien, nooit geopereerd."),
    ("nl", "long-scope", "u", "n", "u", "Niet de pols maar alleen de elleboog is destijds geopereerd."),
    ("en", "long-scope", "n", "u", "u", "At no point during two years of splints, injections and hand therapy was any imaging of the wrist obtained."),
    ("en", "long-scope", "u", "n", "n", "Neither surgery nor any admission abroad has taken place."),
    ("de", "long-scope", "n", "n", "u", "Weder eine Röntgenaufnahme noch eine MRT oder gar eine Operation wurden bislang durchgeführt."),
    # ------------------------------------------------------------------ abbreviation
    ("nl", "abbreviation", "y", "u", "u", "X-pols li: gn fractuur."),
    ("nl", "abbreviation", "u", "y", "u", "OK 3/2025: ORIF dist. radius li."),
    ("nl", "abbreviation", "u", "u", "u", "VG: AE 2010, DM2, HT."),
    ("nl", "abbreviation", "u", "u", "y", "Pt. gezien op SEH Antalya, gips aangelegd."),
    ("en", "abbreviation", "u", "y", "u", "s/p ORIF L DRF 2024."),
    ("en", "abbreviation", "y", "u", "u", "XR wrist NAD."),
    ("en", "abbreviation", "y", "u", "u", "USS R wrist: 6 mm dorsal ganglion."),
    # ------------------------------------------------------------------ form-field
    ("nl", "form-field", "u", "n", "u", "Eerder geopereerd aan de hand/pols: nee"),
    ("nl", "form-field", "y", "u", "u", "Beeldvorming verricht: ja (MRI 03-2026)"),
    ("nl", "form-field", "u", "u", "n", "Opname in buitenlands ziekenhuis afgelopen 12 maanden: ☐ ja ☒ nee"),
    ("nl", "form-field", "n", "n", "u", "Recente behandelingen: injectie met corticosteroïd 09-2026. Beeldvorming: geen. Operatie: geen."),
    ("nl", "form-field", "u", "u", "y", "MRSA-risicovragen - opname buitenland: ja, ziekenhuis in Gdańsk 10-2026"),
    ("en", "form-field", "u", "u", "u", "Previous surgery: ☐ yes ☐ no"),
    ("en", "form-field", "y", "u", "u", "Imaging performed?  Yes - X-ray and MRI"),
    ("de", "form-field", "u", "n", "u", "Voroperationen: keine"),
    # ------------------------------------------------------------------ mixed
    ("nl", "mixed", "y", "n", "u", "MRI toonde een TFCC-laesie; een operatie werd geadviseerd maar is nog niet uitgevoerd."),
    ("nl", "mixed", "y", "u", "u", "Echo niet verricht, wel een röntgenfoto; operatie wordt overwogen."),
    ("nl", "mixed", "n", "y", "y", "In Turkije geopereerd volgens patiënt, maar een operatieverslag ontbreekt; beeldvorming is niet gedaan."),
    ("en", "mixed", "u", "y", "y", "Pt was in Spain, 'fractura de radio distal', ORIF at Hospital Quirónsalud Marbella."),
    ("en", "mixed", "y", "n", "n", "X-rays were taken here in the Netherlands; no surgery has been performed and she has never been admitted abroad."),
    ("en", "mixed", "y", "u", "u", "No further imaging is planned; the MRI from June showed a healing fracture."),
    ("de", "mixed", "y", "n", "y", "Röntgen ohne Frakturnachweis, daher keine Operation; Entlassung aus unserer Notaufnahme in Münster."),
]


def toml_str(s: str) -> str:
    # JSON string escapes (\" \\ \n \uXXXX) are valid TOML basic-string escapes.
    return json.dumps(s, ensure_ascii=False)


def main() -> int:
    errors = []
    for i, e in enumerate(S):
        if len(e) != 6:
            errors.append(f"entry {i}: wrong arity {e!r}")
            continue
        lang, ph, img, op, abr, text = e
        if lang not in ("nl", "en", "de"):
            errors.append(f"entry {i}: lang {lang}")
        if ph not in VOCAB:
            errors.append(f"entry {i}: phenomenon {ph}")
        for v in (img, op, abr):
            if v not in VAL:
                errors.append(f"entry {i}: value {v}")
        if not text.strip():
            errors.append(f"entry {i}: empty text")
    texts = Counter(e[5] for e in S)
    errors += [f"duplicate text: {t}" for t, n in texts.items() if n > 1]
    if len(S) != 250:
        errors.append(f"expected 250 entries, have {len(S)}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1

    lines = ["# Labelled passages for imaging_done / operated / treated_abroad.",
             "# Generated by make_sq.py; fictional patients only.", ""]
    for lang, ph, img, op, abr, text in S:
        lines += ["[[sentence]]",
                  f"text = {toml_str(text)}",
                  f"lang = {toml_str(lang)}",
                  f"imaging_done = {toml_str(VAL[img])}",
                  f"operated = {toml_str(VAL[op])}",
                  f"treated_abroad = {toml_str(VAL[abr])}",
                  f"phenomenon = {toml_str(ph)}",
                  ""]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))

    # validate what was written
    with open(OUT, "rb") as f:
        data = tomllib.load(f)
    sents = data["sentence"]
    assert len(sents) == 250, len(sents)
    keys = {"text", "lang", "imaging_done", "operated", "treated_abroad", "phenomenon"}
    for i, s in enumerate(sents):
        assert set(s) == keys, (i, s)
        assert s["lang"] in ("nl", "en", "de"), (i, s)
        assert s["phenomenon"] in VOCAB, (i, s)
        for k in ("imaging_done", "operated", "treated_abroad"):
            assert s[k] in ("yes", "no", "unmentioned"), (i, s)
        assert s["text"] == S[i][5]

    lang_c = Counter(s["lang"] for s in sents)
    ph_c = Counter(s["phenomenon"] for s in sents)
    print(f"wrote {OUT}: {len(sents)} entries")
    print("languages:", ", ".join(f"{k}={v} ({100*v/len(sents):.0f}%)" for k, v in lang_c.most_common()))
    plain = ph_c["plain"]
    print(f"plain={plain} ({100*plain/len(sents):.0f}%), hard={len(sents)-plain}")
    print("phenomena:", ", ".join(f"{k}={v}" for k, v in sorted(ph_c.items())))
    for k in ("imaging_done", "operated", "treated_abroad"):
        print(k, dict(Counter(s[k] for s in sents)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
