#!/usr/bin/env python3
"""Generate the labelled sentence corpus /tmp/dc/sk/sentences/sk.toml and /tmp/dc/sk/NOTES.md.

Each row: (text, imaging_done, operated, treated_abroad, phenomenon)
Y = yes, N = no, U = unmentioned (label_format.md, "Facts").
All people, practices and hospitals are invented; cities and countries are real.

Labelling rules applied (what one careful clinician concludes from this one sentence):
- imaging_done: any X-ray/US/CT/MRI (NMR, RX, Rö, Sono, MRT, XR, plain films) reported as done,
  whatever it found; requested/planned/advised/asked -> U; "not available" is not "not done" -> U;
  EMG / nerve conduction is not imaging -> U; a finding without an exam ("geen fractuur") -> U.
- operated: only hand/wrist/finger/thumb surgery of the patient; other body parts and other
  people -> U; plans/offers/advice/questions/conditionals -> U; statements that the operation did
  not take place (never operated, declined, cancelled, treated non-operatively/"conservatief")
  -> N; injection, splint, cast, closed reduction alone -> U.
- treated_abroad: seen/admitted/treated/imaged in a hospital or clinic outside the Netherlands,
  whatever for -> Y (a German-language sentence whose writer says "unsere Notaufnahme/Klinik"
  counts as the document being written by a hospital abroad); care explicitly in the Netherlands,
  or explicitly no medical care abroad -> N; mere travel/holiday/living abroad -> U.
"""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
V = {"Y": "yes", "N": "no", "U": "unmentioned"}

NL = [
    # --- GP / HIS journal lines and Zorgdomein fields
    ("12-03-2026 S: sinds 3 mnd tintelingen dig 1-3 re, 's nachts erger. O: Tinel+, Phalen+. E: CTS re. P: EMG aangevraagd.", "U", "U", "U", "not-imaging"),
    ("E: ganglion dorsaal pols li. P: echo pols aangevraagd via Diagnostisch Centrum Spaarnelanden.", "U", "U", "U", "planned"),
    ("O: zwelling radiaal pols li; echo 14-02: ganglion 8 mm uitgaand van het STT-gewricht.", "Y", "U", "U", "abbreviation"),
    ("Röntgenfoto rechterhand: geen fractuur, geen luxatie, geen artrose.", "Y", "U", "U", "finding-negated"),
    ("Patiënt is nooit aan de pols geopereerd.", "U", "N", "U", "negation"),
    ("Zij werd niet geopereerd, maar kreeg in 2025 wel tweemaal een corticosteroïdinjectie in de eerste extensorenloge.", "U", "N", "U", "negation-but"),
    ("Geen operatie gehad, maar wel een MRI in Ziekenhuis Eemvallei te Amersfoort.", "Y", "N", "N", "multi-fact"),
    ("Er werd in 2025 een operatie gepland die uiteindelijk niet doorging wegens een zwangerschap.", "U", "N", "U", "planned-cancelled"),
    ("Status na ORIF distale radius rechts (2024, Ziekenhuis Amstelvlied, Amsterdam).", "U", "Y", "N", "noun-event"),
    ("St.n. appendectomie 2011, tonsillectomie op kinderleeftijd.", "U", "U", "U", "other-body-part"),
    ("Moeder en zus zijn beiden aan een carpaletunnelsyndroom geopereerd.", "U", "U", "U", "other-experiencer"),
    ("Indien de klachten persisteren, kan een diagnostische artroscopie van de pols overwogen worden.", "U", "U", "U", "conditional"),
    ("Wij hebben hem een ringbandkliesing van de rechter middelvinger aangeboden; hij denkt er nog over na.", "U", "U", "U", "offered"),
    ("Zij heeft afgezien van de voorgestelde operatie en kiest voorlopig voor een nachtspalk.", "U", "N", "U", "declined"),
    ("Tijdens een vakantie in Turkije viel hij op de uitgestrekte hand; hij heeft daar geen arts bezocht.", "U", "U", "N", "holiday-no-care"),
    ("In augustus op vakantie in Marokko gevallen, aldaar in het ziekenhuis van Nador gegipst.", "U", "U", "Y", "place-abroad"),
    ("In Spanje heeft zij geen dokter gezien; na terugkomst werd op de SEH van het Spaarnezicht Ziekenhuis in Haarlem een foto gemaakt.", "Y", "U", "N", "accident-abroad-care-home"),
    ("Zij is in 2023 in Paramaribo aan haar rechterduim geopereerd.", "U", "Y", "Y", "place-abroad"),
    ("Geen ziekenhuisopname in het buitenland.", "U", "U", "N", "negation"),
    ("Patiënt woont sinds 2019 in Spanje, maar is voor deze klachten uitsluitend in Nederland behandeld.", "U", "U", "N", "living-abroad"),
    ("Niet alleen een röntgenfoto, maar ook een CT-scan van de pols werd verricht.", "Y", "U", "U", "pseudo-negation"),
    ("Er bestond geen twijfel dat de scafoïdfractuur operatief behandeld moest worden; dit is op 3 mei in het Maasoever Ziekenhuis te Rotterdam gebeurd.", "U", "Y", "N", "pseudo-negation"),
    ("Het is niet uitgesloten dat op termijn toch een operatie nodig wordt.", "U", "U", "U", "double-negation"),
    ("Het is niet zo dat er geen foto's zijn gemaakt: de röntgenfoto's van maart staan op de meegestuurde cd.", "Y", "U", "U", "double-negation"),
    ("Aanvullend onderzoek: echo pols li (Ziekenhuis Veenhoven, Assen, 02-10-2026): tenosynovitis, geen ganglion.", "Y", "U", "N", "finding-negated"),
    ("Huisartsenpraktijk De Röntgenhof, Röntgenstraat 14, 2031 AB Haarlem", "U", "U", "U", "name-not-event"),
    ("Uw patiënte werd op de polikliniek Orthopedie gezien; aanvullend beeldvormend onderzoek achtten wij niet nodig en is daarom niet verricht.", "N", "U", "U", "negation"),
    ("Gezien de aanhoudende klachten heb ik een MRI van de pols laten maken, die geen afwijkingen liet zien.", "Y", "U", "U", "finding-negated"),
    ("Zij werd opgenomen in een ziekenhuis in Alanya, waar de pols onder narcose werd gereponeerd en met K-draden gefixeerd.", "U", "Y", "Y", "multi-fact"),
    ("Opname of behandeling in een ziekenhuis in het buitenland in de afgelopen 2 maanden?   Nee", "U", "U", "N", "table-row"),
    ("Behandeld in buitenlands ziekenhuis: ja / nee (doorhalen wat niet van toepassing is)", "U", "U", "U", "form-blank"),
    ("Eerdere operaties hand/pols: geen", "U", "N", "U", "table-row"),
    ("Beeldvorming: X-pols re 05-11-2026 (geen #), MRI volgt.", "Y", "U", "U", "list"),
    ("Er is geen MRI gemaakt, wel een echo.", "Y", "U", "U", "negation-but"),
    ("Geen röntgenfoto, geen echo, geen MRI: tot dusver uitsluitend klinisch beoordeeld.", "N", "U", "U", "list"),
    ("Advies: geen operatie, eerst zes weken handtherapie.", "U", "U", "U", "advice"),
    ("Na klieven van het ligamentum carpi transversum werd de huid gesloten met Ethilon 4-0.", "U", "Y", "U", "procedure-name"),
    ("Datum operatie: 14-09-2026    Ingreep: artroscopische TFCC-hechting rechts", "U", "Y", "U", "table-row"),
    ("U heeft een afspraak bij dr. Özdemir op 3 december om 10.40 uur; meldt u zich bij de balie van de afdeling Radiologie, route 42.", "U", "U", "U", "appointment"),
    ("Afgelopen zomer sleutelbeenfractuur na een fietsval in Frankrijk, conservatief behandeld in het ziekenhuis van Lyon.", "U", "U", "Y", "other-body-part"),
    ("Vader is vorig jaar in Duitsland aan zijn knie geopereerd.", "U", "U", "U", "other-experiencer"),
    ("Betreft: dhr. P. Spanjaard, geb. 12-04-1968, Turfmarkt 3, Gouda", "U", "U", "U", "name-not-event"),
    ("De geplande MRI is niet doorgegaan wegens claustrofobie.", "N", "U", "U", "planned-cancelled"),
    ("Eerder (2018) een carpaletunnelrelease aan dezelfde zijde, nu recidiefklachten.", "U", "Y", "U", "historical"),
    ("In de voorgeschiedenis geen operaties, behoudens een sectio caesarea in 2015.", "U", "N", "U", "other-body-part"),
    ("De pols werd destijds niet geopereerd, doch wel acht weken gegipst in het ziekenhuis van Gouda.", "U", "N", "N", "negation-but"),
    ("Vorige week werd in een ziekenhuis in Ankara een MRI gemaakt; het verslag in het Turks heeft patiënt meegenomen.", "Y", "U", "Y", "place-abroad"),
    ("Patiënt is op 12 juli naar Suriname vertrokken en komt eind augustus terug.", "U", "U", "U", "travel-only"),
    ("Niet bekend is of er in Marokko foto's zijn gemaakt.", "U", "U", "U", "uncertain"),
    ("De röntgenfoto's die in Spanje zijn gemaakt, heeft patiënt op een USB-stick meegenomen.", "Y", "U", "Y", "place-abroad"),
    ("Zie röntgenverslag d.d. 04-11-2026 van de afdeling Radiologie.", "Y", "U", "U", "reference-to-document"),
    ("Het operatieverslag van de CTS-release (Ziekenhuis Eemvallei, Amersfoort, 2024) is bijgevoegd.", "U", "Y", "N", "reference-to-document"),
    ("Graag ontvangen wij de beelden van de MRI op cd.", "Y", "U", "U", "request"),
    ("Mocht er in het buitenland een opname zijn geweest, dan is een MRSA-screening via de huisarts nodig.", "U", "U", "U", "conditional"),
    ("MRSA-kweek neus/keel/perineum d.d. 01-11-2026: MRSA niet aangetoond.", "U", "U", "U", "vocabulary-only"),
    ("Ivm recente opname in een ziekenhuis in Izmir MRSA-screening aangevraagd.", "U", "U", "Y", "abbreviation"),
    ("Pt was met vakantie in Thailand, daar op straat gevallen, niet naar ziekenhuis gegaan, bij thuiskomst naar HA.", "U", "U", "N", "holiday-no-care"),
    ("02-09-2026 Tel: pt belt, pols nog dik na val op Kreta, is daar in het ziekenhuis in Heraklion geweest, foto was goed.", "Y", "U", "Y", "finding-negated"),
    ("E: distale radiusfractuur li, in Oostenrijk conservatief behandeld. P: controlefoto over 1 week.", "U", "N", "Y", "non-operative"),
    ("Na een skiongeval in Ischgl is de gescheurde duimband in een kliniek aldaar operatief hersteld.", "U", "Y", "Y", "place-abroad"),
    ("Het ongeval gebeurde in Duitsland, maar patiënt werd per ambulance direct naar het Maasoever Ziekenhuis in Rotterdam vervoerd.", "U", "U", "N", "accident-abroad-care-home"),
    ("Patiënt wenst een second opinion, omdat hij twijfelt aan het advies om te opereren.", "U", "U", "U", "advice"),
    ("Vraagstelling: is een operatie zinvol, of kan worden volstaan met een brace?", "U", "U", "U", "question"),
    ("Reden van verwijzing: persisterende pijn na een operatie aan de rechterpols in 2025.", "U", "Y", "U", "noun-event"),
    ("Recente behandelingen: fysiotherapie (6x), polsbrace, corticosteroïdinjectie 09-2026.", "U", "U", "U", "list"),
    ("Relevante voorgeschiedenis: 2019 Bennett-fractuur re, ORIF.", "U", "Y", "U", "abbreviation"),
    ("12-01-2026 Brief specialist ontvangen: CTS li, release gepland 2 feb.", "U", "U", "U", "planned"),
    ("19-02-2026 Brief specialist ontvangen: CTR li verricht op 02-02, wondcontrole goed.", "U", "Y", "U", "abbreviation"),
    ("P: controle over 3 mnd, zo nodig OK-planning.", "U", "U", "U", "conditional"),
    ("Bij patiënt is nooit een foto gemaakt, ook niet na de val in 2019.", "N", "U", "U", "negation"),
    ("Een foto werd destijds door de huisarts niet nodig geacht, maar de fysiotherapeut stuurde haar later alsnog door voor een echo, die een partiële peesruptuur liet zien.", "Y", "U", "U", "negation-but"),
    ("Hoewel zowel patiënte als haar partner ervan overtuigd waren dat er bij de eerste presentatie op de huisartsenpost in Zaandam foto's van de pols waren gemaakt, blijkt uit de meegestuurde correspondentie dat dit niet het geval is geweest.", "N", "U", "N", "negation-far"),
    ("Patiënt werd niet, zoals eerder gedacht, in Antwerpen aan zijn pols geopereerd, maar in Bergen op Zoom.", "U", "Y", "N", "negation-scope"),
    ("Zowel de röntgenfoto als de MRI werden gemaakt in het Hospital Marítimo Alborada.", "Y", "U", "Y", "hospital-name"),
    ("Vanwege de wachtlijsten overweegt patiënt zich in België te laten opereren.", "U", "U", "U", "hypothetical"),
    ("Zij onderging in 2022 in een privékliniek in Istanbul een haartransplantatie.", "U", "U", "Y", "other-body-part"),
    ("De handchirurg in Gent, bij wie zij in mei op het spreekuur was, adviseerde een operatie, die uiteindelijk in Nederland heeft plaatsgevonden.", "U", "Y", "Y", "multi-fact"),
    ("Het betreft een Duitse patiënte die al twintig jaar in Nederland woont en hier altijd onder behandeling is geweest.", "U", "U", "N", "place-home"),
    ("Een röntgenfoto van de linkerhand werd gemaakt.", "Y", "U", "U", "passive"),
    ("De plastisch chirurg voerde in maart een ringbandkliesing van de linker ringvinger uit.", "U", "Y", "U", "separable-verb"),
    ("Het ziekenhuis in Agadir nam hem drie dagen op.", "U", "U", "Y", "separable-verb"),
    ("De huisarts stelde een echo voor, maar patiënte zag daarvan af.", "N", "U", "U", "declined"),
    ("Patiënt geeft aan dat hij in Spanje niet is opgenomen, maar wel op de Urgencias is behandeld.", "U", "U", "Y", "negation-but"),
    ("Hij is niet in het buitenland behandeld, al gebeurde de val wel tijdens een reis door Italië.", "U", "U", "N", "negation"),
    ("Radiologie voerde op 3 juni een MRI van de linkerpols uit.", "Y", "U", "U", "separable-verb"),
    ("De echo die de huisarts in het voorjaar had aangevraagd, is om onduidelijke redenen nooit gemaakt.", "N", "U", "U", "negation-far"),
    ("Onderzoek: MRI pols re | Datum onderzoek: 21-10-2026 | Aanvrager: dr. M. Keijzer, Orthopedie", "Y", "U", "U", "table-row"),
    ("Patiënt vertelt dat een handchirurg in Dubai hem in 2024 aan de strekpees van zijn wijsvinger heeft geopereerd.", "U", "Y", "Y", "place-abroad"),
    ("In een privékliniek in Bangkok werd de doorgesneden buigpees van de duim gehecht.", "U", "Y", "Y", "passive"),
    ("Patiënt ontkent eerdere operaties aan hand of pols.", "U", "N", "U", "negation"),
    ("Er is sprake van een recidief van een eerder geopereerd ganglion aan de pols.", "U", "Y", "U", "noun-event"),
    ("De metacarpale fractuur is zonder operatie in goede stand geconsolideerd.", "U", "N", "U", "negation"),
    ("Röntgenfoto's van vóór de polsoperatie zijn helaas niet meer beschikbaar.", "Y", "Y", "U", "pseudo-negation"),
    ("Er zijn geen beelden beschikbaar.", "U", "U", "U", "pseudo-negation"),
    ("Van de polsoperatie in Marokko is geen verslag beschikbaar.", "U", "Y", "Y", "pseudo-negation"),
    ("Dhr. werd in februari in een ziekenhuis in Luik opgenomen met een hartinfarct.", "U", "U", "Y", "other-body-part"),
    ("De zus van patiënte werd in Casablanca aan haar pols geopereerd.", "U", "U", "U", "other-experiencer"),
    ("O: geen zwelling, geen drukpijn tabatière, geen aanwijzing voor fractuur.", "U", "U", "U", "finding-negated"),
    ("St.n. CTR bdz.", "U", "Y", "U", "abbreviation"),
    ("22-12-2025 HAP: uitgegleden op ijs, X-pols op SEH Ziekenhuis Dijkzicht Leeuwarden: geen #.", "Y", "U", "N", "abbreviation"),
    ("De eerste opvang vond niet in Aken plaats, maar in het ziekenhuis van Heerlen.", "U", "U", "N", "negation-scope"),
    ("Het is niet zo dat hij nooit geopereerd is: in 2017 werd een ganglion van de pols verwijderd.", "U", "Y", "U", "double-negation"),
    ("Patiënte wordt voor controle van de polsfractuur gezien in Ziekenhuis De Lindehof te Zwolle.", "U", "U", "N", "place-home"),
    ("03-03-2026 S: wil verwijzing voor second opinion handchirurgie, niet tevreden over resultaat OK pols elders.", "U", "Y", "U", "abbreviation"),
    ("Het advies van de SEH-arts in Málaga was om thuis alsnog een foto te laten maken.", "U", "U", "Y", "advice"),
    ("Er is in Nederland nooit een operatie aan de pols verricht; wel werd zij in 2021 in Casablanca aan dezelfde pols geopereerd.", "U", "Y", "Y", "negation-but"),
    ("Patiënt heeft nooit in het buitenland gewoond of gewerkt.", "U", "U", "U", "pseudo-negation"),
    ("Aanvullend onderzoek: geen.", "N", "U", "U", "table-row"),
    ("Een operatie door de plastisch chirurg stond gepland, maar werd geannuleerd toen de klachten spontaan verdwenen.", "U", "N", "U", "planned-cancelled"),
    # --- Flemish
    ("Patiënte meldde zich op de spoedgevallendienst van AZ Heidebloem te Genk na een val van de trap.", "U", "U", "Y", "hospital-name"),
    ("RX pols rechts: geen fractuur; een NMR werd niet verricht.", "Y", "U", "U", "abbreviation"),
    ("Op de raadpleging werd een ingreep volgens Eaton-Littler besproken, maar patiënt wenst eerst bedenktijd.", "U", "U", "U", "procedure-name"),
    ("Mevrouw werd op 12/06/2026 in daghospitalisatie geopereerd: suspensieplastiek volgens Weilby van de rechterduimbasis.", "U", "Y", "U", "procedure-name"),
    ("Dr. Vandenbussche, handchirurg te Kortrijk, voerde in 2024 een partiële fasciëctomie uit wegens Dupuytren van de pink.", "U", "Y", "Y", "separable-verb"),
    ("Betreft: mevr. Els Goossens, ° 03/02/1961, verwezen naar de dienst orthopedie voor een second opinion.", "U", "U", "U", "vocabulary-only"),
    ("Tot op heden werd geen medische beeldvorming uitgevoerd.", "N", "U", "U", "negation"),
    ("De NMR van de pols toonde een letsel van het scafolunaire ligament.", "Y", "U", "U", "abbreviation"),
    ("Er werd geen heelkundige behandeling uitgevoerd.", "U", "N", "U", "negation"),
    ("Na de val legde de spoedarts een gipsspalk aan; een RX werd niet genomen.", "N", "U", "U", "separable-verb"),
    ("Besluit: status na heelkundige behandeling van een Dupuytren-contractuur van de ringvinger.", "U", "Y", "U", "noun-event"),
    ("Patiënt werd opgenomen op de dienst orthopedie van het AZ Scheldeborg, waar een ingreep aan de linkerpols werd uitgevoerd.", "U", "Y", "Y", "hospital-name"),
    ("Een echografie van de pols werd op de raadpleging in het AZ Heidebloem uitgevoerd en toonde geen ganglion.", "Y", "U", "Y", "finding-negated"),
    ("Mijnheer werd op de spoedgevallendienst in Brugge voor een snijwond in de handpalm gehecht en dezelfde dag naar huis gestuurd; een operatie bleek niet nodig.", "U", "N", "Y", "multi-fact"),
    ("In 2019 onderging zij in het AZ Scheldeborg een ingreep aan de galblaas.", "U", "U", "Y", "other-body-part"),
    ("St.n. trapeziumectomie met LRTI-plastiek li 2022.", "U", "Y", "U", "procedure-name"),
]

EN = [
    ("She underwent carpal tunnel decompression under local anaesthetic in 2023.", "U", "Y", "U", "plain"),
    ("s/p ORIF L distal radius 03/2024.", "U", "Y", "U", "abbreviation"),
    ("No imaging has been performed to date.", "N", "U", "U", "negation"),
    ("X-rays of the right wrist showed no fracture.", "Y", "U", "U", "finding-negated"),
    ("He has never had any surgery on his hands.", "U", "N", "U", "negation"),
    ("Plan: MRI wrist, review in clinic with results.", "U", "U", "U", "planned"),
    ("We discussed a trapeziectomy, which she would like to think about.", "U", "U", "U", "offered"),
    ("She declined surgical release and opted for a night splint.", "U", "N", "U", "declined"),
    ("If symptoms persist, we could consider a wrist arthroscopy.", "U", "U", "U", "conditional"),
    ("Her mother had Dupuytren's surgery on both hands.", "U", "U", "U", "other-experiencer"),
    ("PMH: appendicectomy 1998, R knee arthroscopy 2015.", "U", "U", "U", "other-body-part"),
    ("He was admitted to Our Lady of the Harbour Hospital, Galway, for two nights after the fall.", "U", "U", "Y", "hospital-name"),
    ("Seen in A&E at Wexcombe General Hospital, Bristol, where a scaphoid fracture was excluded on X-ray.", "Y", "U", "Y", "finding-negated"),
    ("While on holiday in Portugal he fell off a scooter but did not seek medical attention until he returned home.", "U", "U", "N", "holiday-no-care"),
    ("She sustained the injury skiing in France and was treated with a cast at a local clinic in Chamonix.", "U", "U", "Y", "place-abroad"),
    ("After returning to the Netherlands, she was first seen at the emergency department in Utrecht.", "U", "U", "N", "accident-abroad-care-home"),
    ("Dear Dr Hargreaves, thank you for referring this 54-year-old joiner to the hand clinic.", "U", "U", "U", "vocabulary-only"),
    ("Mill Lane Surgery, 14 Mill Lane, Chester CH1 2AB", "U", "U", "U", "name-not-event"),
    ("Is there a role for surgery at this stage?", "U", "U", "U", "question"),
    ("An ultrasound was requested, but she did not attend the appointment.", "N", "U", "U", "planned-cancelled"),
    ("Nerve conduction studies confirmed moderate carpal tunnel syndrome on the right.", "U", "U", "U", "not-imaging"),
    ("Operation Note. Procedure: right ring finger A1 pulley release. Surgeon: Mr D. Okafor-Lindqvist.", "U", "Y", "U", "table-row"),
    ("Diagnosis: Left thumb CMC OA. Plan: steroid injection today, hand therapy referral.", "U", "U", "U", "abbreviation"),
    ("CT wrist 12/10/2026: united scaphoid waist fracture, no AVN.", "Y", "U", "U", "abbreviation"),
    ("There is no history of previous hand surgery, but she did have a cholecystectomy.", "U", "N", "U", "negation-but"),
    ("He was not operated on at that time, although internal fixation of his wrist was discussed at length with him and his wife.", "U", "N", "U", "negation-far"),
    ("It would be wrong to say she received no treatment abroad, as she spent a night at Clínica Mirasierra del Sol in Marbella.", "U", "U", "Y", "double-negation"),
    ("No fracture was seen on the plain films, and an MRI was not felt necessary.", "Y", "U", "U", "finding-negated"),
    ("She has lived in Dubai for six years, but all her treatment for this problem has been in London.", "U", "U", "Y", "living-abroad"),
    ("Discharge Summary. Admitted 02/11/2026, discharged 04/11/2026. Procedure: ORIF right distal radius (volar locking plate).", "U", "Y", "U", "table-row"),
    ("Wexcombe Hospitals NHS Foundation Trust, Department of Plastic Surgery, NHS number 943 476 5919", "U", "U", "U", "name-not-event"),
    ("Pt is a 38 yo RHD female s/p CTR 2/2025 at Maple Ridge Orthopedic Institute, Denver, CO, presenting with recurrent numbness.", "U", "Y", "Y", "abbreviation"),
    ("XR L wrist 3 views: no acute fx or dislocation.", "Y", "U", "U", "abbreviation"),
    ("MRI w/o contrast ordered; prior authorization pending.", "U", "U", "U", "planned"),
    ("She works as a theatre nurse at a hospital in Leeds.", "U", "U", "U", "name-not-event"),
    ("Previous fractured scaphoid in 2019, treated non-operatively in a cast.", "U", "N", "U", "non-operative"),
    ("Following the injury in Bali, she was admitted to Seminyak Garden International Hospital for washout and flexor tendon repair of the left index finger.", "U", "Y", "Y", "multi-fact"),
    ("She attended the Emergency Department at Mercy Bridge Hospital, Cork, where an X-ray was normal and she was given a splint.", "Y", "U", "Y", "multi-fact"),
    ("She was not seen by a doctor in Spain; the first X-ray was taken in Leiden three weeks later.", "Y", "U", "N", "accident-abroad-care-home"),
    ("There is no mention in the records of any operation.", "U", "U", "U", "pseudo-negation"),
    ("Surgery was not without complications: she developed CRPS after her carpal tunnel release.", "U", "Y", "U", "double-negation"),
    ("I am not sure whether she had an MRI while she was in the States.", "U", "U", "U", "uncertain"),
    ("He denies any previous wrist surgery.", "U", "N", "U", "negation"),
    ("Imaging: nil.", "N", "U", "U", "table-row"),
    ("Previous surgery: none.", "U", "N", "U", "table-row"),
    ("Treated in a hospital abroad in the last 12 months: No", "U", "U", "N", "table-row"),
    ("Hospital admissions abroad: Yes - Antalya, Türkiye, 08/2026 (3 days).", "U", "U", "Y", "table-row"),
    ("Outcome: listed for right trigger thumb release under WALANT.", "U", "U", "U", "planned"),
    ("He was listed for surgery in March, but the operation was cancelled on the day because of a chest infection and never rescheduled.", "U", "N", "U", "planned-cancelled"),
    ("An ultrasound scan performed at Wexcombe General Hospital, Bristol, demonstrated a 1 cm volar ganglion.", "Y", "U", "Y", "hospital-name"),
    ("She would like a second opinion before agreeing to a wrist fusion.", "U", "U", "U", "question"),
    ("Mr A. Radcliffe-Osei, Consultant Hand Surgeon, Hand Unit, Outpatients Level 2", "U", "U", "U", "name-not-event"),
    ("The patient's brother underwent an identical procedure in Istanbul last year.", "U", "U", "U", "other-experiencer"),
    ("Wrist arthroscopy and TFCC debridement were performed on 14 September 2026.", "U", "Y", "U", "passive"),
    ("We performed a Darrach procedure through a dorsal approach.", "U", "Y", "U", "procedure-name"),
    ("Post-op X-ray shows satisfactory position of the distal radius plate.", "Y", "Y", "U", "noun-event"),
    ("Six weeks post Sauvé-Kapandji procedure, she still has ulnar-sided wrist pain.", "U", "Y", "U", "procedure-name"),
    ("Had she been operated on at the time, the outcome might well have been better.", "U", "N", "U", "conditional"),
    ("Advice given: rest, ice and elevation; return if worse.", "U", "U", "U", "advice"),
    ("She was advised to have an X-ray but has not yet had one.", "N", "U", "U", "negation-far"),
    ("The patient was hospitalized at Özel Mavikent Hastanesi from 3 to 6 August 2026 (translated discharge summary attached).", "U", "U", "Y", "hospital-name"),
    ("Translation of the discharge report from Clinique Les Oliviers du Rif: fracture of the fifth metacarpal, treated with closed reduction and plaster.", "U", "U", "Y", "hospital-name"),
    ("He has been living in Spain since his retirement and flew back for this assessment.", "U", "U", "U", "living-abroad"),
    ("Appointment: Hand Clinic, Tuesday 10 November 2026 at 09:30. Please bring any X-ray CDs and a list of your medication.", "U", "U", "U", "appointment"),
    ("Please forward the operation notes from her wrist surgery in Ghent.", "U", "Y", "Y", "request"),
    ("Please arrange an MRSA screen, as she was an inpatient in Germany in September.", "U", "U", "Y", "request"),
    ("She saw a hand surgeon privately in London, who recommended splinting and review in three months.", "U", "U", "Y", "advice"),
    ("She had an X-ray at the walk-in centre in Amersfoort, which was reported as normal.", "Y", "U", "N", "place-home"),
    ("US L wrist (Charlesgate Diagnostic Imaging, Boston, 10/02/2026): 6 mm dorsal ganglion.", "Y", "U", "Y", "abbreviation"),
    ("No imaging was done at the time, as the clinic in Ibiza where she was seen had no X-ray facilities.", "N", "U", "Y", "multi-fact"),
    ("His symptoms began after a fall in Marrakech, for which he did not seek any treatment locally.", "U", "U", "N", "holiday-no-care"),
    ("Previous surgery: L CTR 2015 (Leeds), R trigger finger release 2020 (Leeds).", "U", "Y", "Y", "list"),
    ("She tells me that an MRI was done in Spain, but we have been unable to obtain the images.", "Y", "U", "Y", "pseudo-negation"),
    ("The scaphoid fracture was undisplaced, so surgery was not felt to be needed, but a CT was obtained to confirm union.", "Y", "N", "U", "negation-but"),
    ("He was seen and treated entirely at Orchard Bay Medical Centre in Singapore before moving to Rotterdam.", "U", "U", "Y", "place-abroad"),
]

DE = [
    ("Z.n. Karpaltunnelspaltung rechts 2021.", "U", "Y", "U", "noun-event"),
    ("Röntgen Handgelenk re. in 2 Ebenen: kein Frakturnachweis.", "Y", "U", "U", "finding-negated"),
    ("Eine Bildgebung erfolgte bislang nicht.", "N", "U", "U", "negation"),
    ("Die Patientin stellte sich am 02.11.2026 in unserer Notaufnahme im Klinikum Weserbogen in Bremen vor.", "U", "U", "Y", "separable-verb"),
    ("Wir führten am 04.11.2026 eine palmare Plattenosteosynthese des distalen Radius links durch.", "U", "Y", "Y", "writer-abroad"),
    ("Eine operative Versorgung wurde empfohlen, von der Patientin jedoch abgelehnt.", "U", "N", "U", "declined"),
    ("Bei Persistenz der Beschwerden wäre eine Handgelenksarthroskopie zu erwägen.", "U", "U", "U", "conditional"),
    ("Ein MRT des Handgelenks ist für Anfang Dezember geplant.", "U", "U", "U", "planned"),
    ("Procedere: Gipsruhigstellung für 6 Wochen, Röntgenkontrolle in 1 Woche.", "U", "U", "U", "planned"),
    ("Der Vater des Patienten wurde ebenfalls an einer Dupuytren-Kontraktur operiert.", "U", "U", "U", "other-experiencer"),
    ("Z.n. Cholezystektomie, Z.n. Hüft-TEP links.", "U", "U", "U", "other-body-part"),
    ("Diagnosen: 1. Distale Radiusfraktur links, 2. Arterielle Hypertonie.", "U", "U", "U", "vocabulary-only"),
    ("Therapie: Offene Reposition und interne Fixation (ORIF) mittels winkelstabiler Platte am 03.08.2026.", "U", "Y", "U", "table-row"),
    ("Sonographisch zeigte sich ein 9 mm großes dorsales Handgelenksganglion.", "Y", "U", "U", "plain"),
    ("Die CT-Untersuchung des Handgelenks ergab keinen Hinweis auf eine Skaphoidfraktur.", "Y", "U", "U", "finding-negated"),
    ("Der Patient ist an der Hand nicht voroperiert.", "U", "N", "U", "negation"),
    ("Keine Voroperationen an der Hand, aber Z.n. Appendektomie.", "U", "N", "U", "negation-but"),
    ("Im Urlaub auf Mallorca gestürzt, dort keine ärztliche Behandlung.", "U", "U", "N", "holiday-no-care"),
    ("Nach einem Skiunfall wurde der Patient im Sanatorium Bergwald in Innsbruck aufgenommen und am Folgetag am rechten Daumen operativ versorgt (Naht des ulnaren Seitenbandes).", "U", "Y", "Y", "multi-fact"),
    ("Die Patientin wurde auf der Notfallstation des Spitals Limmatfeld in Zürich gesehen; das Röntgenbild zeigte eine undislozierte Fraktur des Os scaphoideum.", "Y", "U", "Y", "multi-fact"),
    ("Eine Operation ist aus unserer Sicht derzeit nicht indiziert.", "U", "U", "U", "advice"),
    ("Eine Operation wurde für den 12.01. geplant, fand jedoch wegen eines Infekts nicht statt.", "U", "N", "U", "planned-cancelled"),
    ("Die Ringbandspaltung am linken Mittelfinger fand am 12.01.2026 statt und verlief komplikationslos.", "U", "Y", "U", "separable-verb"),
    ("Wir bitten um Übersendung der MRT-Bilder auf CD.", "Y", "U", "U", "request"),
    ("Falls eine MRT-Untersuchung durchgeführt wurde, bitten wir um Zusendung der Bilder.", "U", "U", "U", "conditional"),
    ("Kein Hinweis auf Voroperationen in den uns vorliegenden Unterlagen.", "U", "U", "U", "pseudo-negation"),
    ("Resektions-Suspensions-Arthroplastik nach Epping rechts (03/2025).", "U", "Y", "U", "procedure-name"),
    ("Der Patient lebt in den Niederlanden und wurde ausschließlich dort behandelt.", "U", "U", "N", "place-home"),
    ("Es erfolgte keine stationäre Aufnahme; die Schnittwunde wurde ambulant in unserer Notaufnahme versorgt.", "U", "U", "Y", "writer-abroad"),
    ("MRT des Handgelenks mit Kontrastmittel vom 21.10.2026: TFCC-Läsion Palmer 1B.", "Y", "U", "U", "abbreviation"),
    ("Sehr geehrte Frau Kollegin, wir berichten über Ihre Patientin, die sich am 14.10.2026 in unserer handchirurgischen Sprechstunde vorstellte.", "U", "U", "Y", "writer-abroad"),
    ("Klinik für Hand-, Plastische und Rekonstruktive Chirurgie, Chefarzt Prof. Dr. med. K. Wendelstein", "U", "U", "U", "name-not-event"),
    ("Bei ausbleibender Besserung stellen wir die Indikation zur operativen Revision.", "U", "U", "U", "conditional"),
    ("Eine Röntgenaufnahme wurde nicht angefertigt, da die Patientin schwanger ist.", "N", "U", "U", "negation"),
    ("Eine Röntgenaufnahme wurde zwar nicht angefertigt, eine Sonographie jedoch schon.", "Y", "U", "U", "negation-but"),
    ("Nicht nur das Röntgen, sondern auch das MRT war unauffällig.", "Y", "U", "U", "pseudo-negation"),
    ("Unklar ist, ob in der Türkei eine Operation an der Hand durchgeführt wurde.", "U", "U", "U", "uncertain"),
    ("Laut Patient wurde in der Türkei eine Operation an der Hand durchgeführt, ein Bericht liegt nicht vor.", "U", "Y", "Y", "pseudo-negation"),
    ("Der Unfall ereignete sich in den Niederlanden, die Erstversorgung erfolgte jedoch im Krankenhaus in Aachen.", "U", "U", "Y", "place-abroad"),
    ("Ambulante Weiterbehandlung durch den Hausarzt in Venlo empfohlen.", "U", "U", "U", "advice"),
    ("Die Wunde am Zeigefinger wurde gespült und genäht, eine operative Versorgung war nicht erforderlich.", "U", "N", "U", "negation"),
    ("Röntgen: nicht erfolgt", "N", "U", "U", "table-row"),
    ("Voroperationen: keine", "U", "N", "U", "table-row"),
    ("Stationärer Aufenthalt vom 02.08. bis 05.08.2026 im Krankenhaus Am Lindenhain, Köln.", "U", "U", "Y", "hospital-name"),
    ("Z.n. offener Karpaltunnelspaltung links (2019) und endoskopischer Spaltung rechts (2022).", "U", "Y", "U", "list"),
    ("Nach dem Sturz beim Wandern in Tirol suchte die Patientin erst zu Hause in den Niederlanden einen Arzt auf.", "U", "U", "N", "accident-abroad-care-home"),
    ("Eine spätere Operation wird von uns nicht ausgeschlossen.", "U", "U", "U", "double-negation"),
    ("CT-Hand bds. vom 12.09.2026 (Radiologie am Domplatz, Köln): kein Frakturnachweis.", "Y", "U", "Y", "abbreviation"),
    ("Die Röntgenbilder aus dem Krankenhaus in Spanien konnten leider nicht eingesehen werden.", "Y", "U", "Y", "pseudo-negation"),
    ("Beurteilung: fortgeschrittene Rhizarthrose rechts; eine Resektionsarthroplastik wurde der Patientin angeboten.", "U", "U", "U", "offered"),
]


def main():
    rows = []
    for lang, table in (("nl", NL), ("en", EN), ("de", DE)):
        for text, img, op, abr, phen in table:
            rows.append(dict(text=text, lang=lang, imaging_done=V[img], operated=V[op],
                             treated_abroad=V[abr], phenomenon=phen))
    texts = [r["text"] for r in rows]
    dup = [t for t, c in Counter(texts).items() if c > 1]
    assert not dup, dup

    out_dir = os.path.join(HERE, "sentences")
    os.makedirs(out_dir, exist_ok=True)
    lines = ["# Labelled sentences for the dossier checker accuracy corpus (set: sk).",
             "# Generated by /tmp/dc/sk/make_sk.py; edit the script, not this file.", ""]
    for r in rows:
        lines.append("[[sentence]]")
        for k in ("text", "lang", "imaging_done", "operated", "treated_abroad", "phenomenon"):
            lines.append(f"{k} = {json.dumps(r[k], ensure_ascii=False)}")
        lines.append("")
    with open(os.path.join(out_dir, "sk.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))

    # NOTES.md with counts
    def table(title, counter, total):
        s = [f"### {title}", "", "| value | count |", "|---|---|"]
        for k, c in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            s.append(f"| {k} | {c} |")
        s.append(f"| **total** | {total} |")
        s.append("")
        return s

    n = len(rows)
    notes = ["# Sentence set sk: counts", "",
             f"{n} sentences, generated by `make_sk.py` into `sentences/sk.toml`.", ""]
    notes += table("Per language", Counter(r["lang"] for r in rows), n)
    for fact in ("imaging_done", "operated", "treated_abroad"):
        notes += table(f"{fact}", Counter(r[fact] for r in rows), n)
        notes += [f"{fact} by language:", ""]
        for lang in ("nl", "en", "de"):
            c = Counter(r[fact] for r in rows if r["lang"] == lang)
            notes.append(f"- {lang}: " + ", ".join(f"{k} {c[k]}" for k in ("yes", "no", "unmentioned")))
        notes.append("")
    allu = sum(1 for r in rows if r["imaging_done"] == r["operated"] == r["treated_abroad"] == "unmentioned")
    notes += [f"Sentences with all three facts unmentioned: {allu}", ""]
    notes += table("Per phenomenon", Counter(r["phenomenon"] for r in rows), n)
    notes += [open(os.path.join(HERE, "notes_tail.md"), encoding="utf-8").read()] \
        if os.path.exists(os.path.join(HERE, "notes_tail.md")) else []
    with open(os.path.join(HERE, "NOTES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(notes))
    print(n, Counter(r["lang"] for r in rows))


if __name__ == "__main__":
    main()
