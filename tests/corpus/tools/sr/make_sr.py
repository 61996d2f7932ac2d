#!/usr/bin/env python3
"""Write sentences/sr.toml: 250 labelled passages for the facts
imaging_done, operated, treated_abroad (see label_format.md, "Sentence labels").

All people and places of care are invented; real city and country names only.
Labels: y = yes, n = no, u = unmentioned.
Run: python3 make_sr.py   (writes and then re-reads and checks the file)
"""
import collections
import json
import pathlib
import sys
import tomllib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "sentences" / "sr.toml"

PHENOMENA = [
    "plain",
    "negation", "pseudo-negation", "hypothetical", "planned", "offered", "advised",
    "question", "request", "result-pending", "historical", "other-experiencer",
    "finding-negated", "name-not-event", "other-body-part", "abroad-place",
    "abroad-hospital-name", "abroad-negated", "holiday-no-care", "list", "passive",
    "separable-verb", "long-scope", "abbreviation", "form-field", "typo", "mixed",
    "non-imaging", "non-operative",
]
LANGS = {"nl", "en", "de"}
VALUES = {"yes", "no", "unmentioned"}
KEYS = {"text", "lang", "imaging_done", "operated", "treated_abroad", "phenomenon"}
V = {"y": "yes", "n": "no", "u": "unmentioned"}

# (phenomenon, lang, imaging_done, operated, treated_abroad, text)
E = []


def add(ph, lang, img, op, abr, text):
    E.append((ph, lang, V[img], V[op], V[abr], text))


# ---------------------------------------------------------------- plain (79)
# Dutch: GP journal (SOEP), Zorgdomein fields, HiX letters, radiology and
# OK-verslag fields, Belgian letters, patient e-mails.
P = "plain"
add(P, "nl", "y", "u", "u", "Onderzoek: X-pols rechts, 2 richtingen\nBevindingen: distale radiusfractuur met dorsale kanteling van 20°.")
add(P, "nl", "y", "u", "u", "Op 12-03-2026 is een MRI van de linkerpols verricht vanwege aanhoudende ulnaire pijn.")
add(P, "nl", "y", "u", "u", "Echo: dorsaal ganglion van 8 mm, uitgaande van het SL-ligament.")
add(P, "nl", "u", "y", "u", "Patiënte werd op 4 februari geopereerd aan een triggerfinger van de rechter middelvinger.")
add(P, "nl", "u", "y", "u", "14-03-2025 E: CTS li. P: carpaletunnelrelease verricht door chirurg, wond rustig.")
add(P, "nl", "u", "u", "y", "Hij is afgelopen zomer in Spanje in het ziekenhuis opgenomen geweest na een val van de scooter.")
add(P, "nl", "u", "y", "u", "Ingreep: open repositie en plaatosteosynthese distale radius re\nDatum operatie: 09-01-2026")
add(P, "nl", "y", "u", "u", "P: X-pols re via ziekenhuis, uitslag: scaphoïdfractuur, verwezen naar gipskamer.")
add(P, "nl", "u", "y", "y", "In Turkije heeft zij een operatie aan haar hand ondergaan.")
add(P, "nl", "u", "y", "u", "Zij is door de plastisch chirurg geopereerd aan een Dupuytren-streng van de pink (fasciëctomie).")
add(P, "nl", "y", "u", "u", "CT-scan van de pols: niet-geconsolideerde scaphoïdfractuur, proximale pool sclerotisch.")
add(P, "nl", "y", "u", "u", "Aanvullend onderzoek\nEchografie pols: tenosynovitis van de eerste extensorloge.")
add(P, "nl", "u", "y", "u", "Status na artrodese CMC-1 links (2024).")
add(P, "nl", "u", "u", "y", "Patiënt is in Marokko in een kliniek behandeld voor een diepe snijwond van de hand.")
add(P, "nl", "y", "u", "u", "Op de SEH werden foto's gemaakt van hand en pols.")
add(P, "nl", "u", "y", "u", "Zij onderging in 2023 een tenolyse van de flexorpees van de middelvinger.")
add(P, "nl", "y", "u", "u", "De MRI van 3 januari laat een TFCC-laesie zien.")
add(P, "nl", "u", "u", "y", "Tijdens de vakantie in Griekenland is zij in het ziekenhuis van Chania gegipst.")
add(P, "nl", "u", "y", "u", "Recente behandelingen: excisie ganglion pols rechts (14-11-2025)")
add(P, "nl", "u", "u", "y", "Patiënt werd op 2 mei in een ziekenhuis te Antwerpen geholpen voor een polsfractuur.")
add(P, "nl", "u", "y", "u", "Vorig jaar is haar duim geopereerd in het Maasoever Ziekenhuis.")
add(P, "nl", "y", "u", "u", "Foto's van beide handen: beginnende artrose van de DIP-gewrichten.")
add(P, "nl", "y", "u", "u", "Conclusie MRI: avasculaire necrose van het os lunatum (Kienböck stadium II).")
add(P, "nl", "u", "y", "u", "Patiënt is in december 2025 aan zijn rechterpols geopereerd.")
add(P, "nl", "u", "u", "y", "Tijdens een verblijf in Suriname heeft zij met een infectie van de hand in het ziekenhuis in Paramaribo gelegen.")
add(P, "nl", "y", "u", "u", "03-02-2026 Brief specialist ontvangen: echo bevestigt ganglion aan de volaire zijde.")
add(P, "nl", "u", "y", "u", "Drie weken geleden is een proximale rij carpectomie verricht.")
add(P, "nl", "u", "y", "y", "Na het ongeval is hij in Duitsland behandeld en aan zijn pols geopereerd.")
add(P, "nl", "y", "u", "u", "De röntgenfoto's van 18 augustus tonen consolidatie van de fractuur.")
add(P, "nl", "u", "y", "u", "Sinds de peestranspositie kan zij de duim beter strekken.")
add(P, "nl", "y", "u", "u", "CT pols li d.d. 05-01-2026: intra-articulaire distale radiusfractuur, 3 fragmenten.")
add(P, "nl", "u", "u", "y", "Patiënt werd op de spoedeisende hulp in Benidorm behandeld.")
add(P, "nl", "u", "y", "u", "Beste dokter, ik ben in oktober aan mijn hand geopereerd en heb nog steeds veel pijn.")
add(P, "nl", "y", "u", "u", "Er is een echo van mijn pols gedaan en daar kwam een cyste uit.")
add(P, "nl", "u", "y", "u", "Ze is in 2024 twee keer aan de linkerduim geopereerd.")
add(P, "nl", "y", "u", "u", "Aanvullend: MRI-artrografie pols rechts d.d. 22-02.")
add(P, "nl", "u", "y", "y", "Hij is na een val in Oostenrijk in een Unfallkrankenhaus aan zijn pols geopereerd.")
add(P, "nl", "y", "u", "u", "Beeldvorming: X-pols AP/lat (10-10-2025) en CT (14-10-2025).")
add(P, "nl", "u", "y", "u", "Patiënte is bij ons aan de carpale tunnel geopereerd.")
add(P, "nl", "u", "u", "y", "Mijn zoon heeft met zijn hand in een ziekenhuis in Turkije gelegen.")
add(P, "nl", "y", "u", "u", "Via de huisarts is bij het diagnostisch centrum een echo gemaakt.")
add(P, "nl", "u", "y", "u", "Verrichting: klieving A1-pulley digitus 4 rechts\nOperateur: dr. M. Vos")
add(P, "nl", "u", "y", "y", "Hij heeft in Polen een operatie aan zijn pols gehad.")
add(P, "nl", "y", "u", "u", "Patiënte heeft in het ziekenhuis een MRI van de hand gehad.")
add(P, "nl", "y", "u", "u", "Besluit: RX pols toont een fractuur van het os scaphoideum.")
add(P, "nl", "u", "y", "y", "Patiënte werd op de raadpleging handchirurgie van AZ Heiderust (Genk) gezien en op 12/01/2026 geopereerd.")
add(P, "nl", "y", "u", "u", "Er is een röntgenfoto gemaakt van de linkerhand.")
add(P, "nl", "u", "y", "u", "Hij is op 3 maart door de orthopeed geopereerd wegens een scaphoïdpseudartrose.")
add(P, "nl", "u", "y", "u", "S: na de operatie aan de pols nog pijn bij knijpen.")
# English: UK clinic letters and operation notes, US reports, expat e-mails
add(P, "en", "y", "u", "u", "X-rays of the right wrist showed a displaced distal radius fracture.")
add(P, "en", "u", "y", "u", "She underwent a left carpal tunnel decompression in March 2025.")
add(P, "en", "u", "u", "y", "He was admitted to a hospital in Bangkok after a motorbike accident.")
add(P, "en", "y", "u", "u", "MRI L wrist 12/02/2026: complete scapholunate ligament tear with DISI.")
add(P, "en", "u", "y", "u", "Operation Note\nProcedure: Open reduction and internal fixation, left scaphoid\nSurgeon: Mr A. Whitcombe")
add(P, "en", "y", "u", "u", "An ultrasound scan confirmed a volar wrist ganglion.")
add(P, "en", "u", "y", "u", "He had surgery on his right thumb last year.")
add(P, "en", "u", "u", "y", "She was treated in the emergency department of a hospital in Lisbon.")
add(P, "en", "y", "u", "u", "CT of the wrist demonstrated a scaphoid non-union.")
add(P, "en", "u", "y", "u", "Previous surgery: trapeziectomy (R), 2022.")
add(P, "en", "y", "u", "u", "Plain films of the hand were taken in the emergency department.")
add(P, "en", "u", "y", "y", "Hi, I had an operation on my wrist in Dubai two years ago and it still clicks.")
add(P, "en", "u", "y", "u", "The patient underwent trigger finger release of the right ring finger on May 5, 2025.")
add(P, "en", "u", "u", "y", "He spent four days as an inpatient in a hospital in Cape Town with a hand infection.")
add(P, "en", "y", "u", "u", "Radiographs confirm union of the fracture.")
add(P, "en", "u", "y", "u", "Wrist arthroscopy and TFCC repair were performed on 14 January.")
add(P, "en", "u", "y", "y", "He was operated on for a scaphoid fracture at a clinic in Istanbul.")
add(P, "en", "u", "u", "y", "She was seen and treated at the ER in Orlando, Florida.")
add(P, "en", "y", "u", "u", "IMPRESSION: MRI of the right hand demonstrates flexor tenosynovitis of the third digit.")
add(P, "en", "u", "y", "u", "We repaired the flexor tendon of the index finger under a regional block.")
add(P, "en", "y", "u", "u", "Echo of the wrist was done at the GP's request.")
# German: Arztbrief, Befund, Operationsbericht; Germany, Austria, Switzerland
add(P, "de", "y", "u", "u", "Röntgen Handgelenk rechts in 2 Ebenen: distale Radiusfraktur.")
add(P, "de", "u", "y", "u", "Die Patientin wurde am 14.01.2026 an der rechten Hand operiert.")
add(P, "de", "y", "u", "u", "MRT des linken Handgelenks vom 02.02.2026: dorsales Ganglion.")
add(P, "de", "u", "u", "y", "Der Patient wurde während seines Urlaubs in München im Krankenhaus behandelt.")
add(P, "de", "u", "y", "u", "Zustand nach Karpaltunnelspaltung links 2021.")
add(P, "de", "y", "u", "u", "Sonographie: Tendovaginitis stenosans de Quervain.")
add(P, "de", "u", "u", "y", "Stationäre Aufnahme im Kantonsspital Unterseetal (Schweiz) vom 03.02. bis 06.02.2026.")
add(P, "de", "y", "y", "u", "Postoperative Röntgenkontrolle des Handgelenks: regelrechte Lage der Platte.")
add(P, "de", "u", "y", "y", "Er wurde in der Türkei im Krankenhaus an der Hand operiert.")

# ---------------------------------------------------------------- hard (171)
P = "negation"
add(P, "nl", "n", "u", "u", "Er is nooit beeldvorming van de pols verricht.")
add(P, "nl", "u", "n", "u", "Patiënte is nooit aan de hand geopereerd.")
add(P, "nl", "u", "n", "u", "Hij heeft geen operatie gehad, alleen een brace gedragen.")
add(P, "nl", "n", "u", "u", "Er werd geen echo of MRI gedaan.")
add(P, "en", "n", "u", "u", "No imaging has been performed to date.")
add(P, "en", "u", "n", "u", "He has not had any surgery on the wrist.")
add(P, "de", "u", "n", "u", "Eine Operation erfolgte bisher nicht.")

P = "pseudo-negation"
add(P, "nl", "y", "u", "u", "Niet alleen een röntgenfoto, maar ook een MRI werd gemaakt.")
add(P, "nl", "u", "y", "u", "De carpaletunnelrelease verliep zonder complicaties; patiënte kon dezelfde dag naar huis.")
add(P, "nl", "u", "y", "u", "Sinds de operatie aan haar pols heeft zij geen nachtelijke tintelingen meer.")
add(P, "en", "u", "y", "u", "Her wrist surgery was uneventful, with no post-operative complications.")
add(P, "en", "y", "u", "u", "The MRI was not unremarkable: it shows a small central TFCC perforation.")
add(P, "de", "u", "y", "u", "Die Operation an der linken Hand verlief komplikationslos.")

P = "hypothetical"
add(P, "nl", "u", "u", "u", "Mocht er toch een operatie nodig zijn, dan zien wij haar graag terug.")
add(P, "nl", "u", "u", "u", "Als de klachten aanhouden, kan een MRI overwogen worden.")
add(P, "nl", "u", "u", "u", "Indien hij in een buitenlands ziekenhuis behandeld zou zijn, is een MRSA-screening nodig.")
add(P, "en", "u", "u", "u", "Should she require surgery in the future, we would be happy to see her again.")
add(P, "en", "u", "u", "u", "If an ultrasound were to show a ganglion, excision could be considered.")
add(P, "de", "u", "u", "u", "Falls eine operative Versorgung notwendig wird, bitten wir um erneute Vorstellung.")

P = "planned"
add(P, "nl", "u", "u", "u", "Zij staat op de wachtlijst voor een trapeziectomie.")
add(P, "nl", "u", "u", "u", "P: MRI pols li aangevraagd, controle na uitslag.")
add(P, "nl", "u", "u", "u", "Volgende maand gaat hij naar Turkije om zich daar te laten opereren.")
add(P, "en", "u", "u", "u", "She is booked for a carpal tunnel release on 3 July.")
add(P, "en", "u", "u", "u", "We will arrange an MRI scan of the wrist and review her with the results.")
add(P, "de", "u", "u", "u", "Geplant ist eine Arthroskopie des Handgelenks am 12.05.2026.")

P = "offered"
add(P, "nl", "u", "u", "u", "Wij hebben haar een operatie aangeboden; zij wil hierover nog nadenken.")
add(P, "nl", "u", "u", "u", "Er is patiënt een echo aangeboden, maar hij zag daar het nut niet van in.")
add(P, "nl", "u", "u", "u", "Beleid: optie van een artrodese besproken en aangeboden, patiënt belt terug.")
add(P, "en", "u", "u", "u", "I have offered him a wrist arthroscopy, which he would like to consider.")
add(P, "en", "u", "u", "u", "Surgical release was offered but she declined.")
add(P, "de", "u", "u", "u", "Wir haben der Patientin die operative Therapie angeboten, sie wünscht zunächst Bedenkzeit.")

P = "advised"
add(P, "nl", "u", "u", "u", "Geadviseerd om via de huisarts een echo te laten maken.")
add(P, "nl", "u", "u", "u", "Advies: operatieve decompressie van de n. medianus.")
add(P, "nl", "u", "u", "u", "De huisarts adviseert röntgenfoto's als de pijn over twee weken niet minder is.")
add(P, "en", "u", "u", "u", "I have advised her to have an ultrasound scan of the wrist.")
add(P, "en", "u", "u", "u", "Recommendation: surgical excision of the ganglion.")
add(P, "de", "u", "u", "u", "Empfehlung: MRT des Handgelenks zur weiteren Abklärung.")

P = "question"
add(P, "nl", "u", "u", "u", "Vraagstelling: is er een indicatie voor operatieve behandeling?")
add(P, "nl", "u", "u", "u", "Graag uw mening: heeft een MRI bij deze klachten zin?")
add(P, "nl", "u", "u", "u", "Is zij de afgelopen maanden in een buitenlands ziekenhuis opgenomen geweest? Graag navragen.")
add(P, "nl", "u", "u", "u", "Moet ik eerst nog een foto laten maken voordat ik bij u op het spreekuur kom?")
add(P, "en", "u", "u", "u", "?scaphoid fracture – would you consider a CT?")
add(P, "de", "u", "u", "u", "Fragestellung: OP-Indikation bei Rhizarthrose?")

P = "request"
add(P, "nl", "u", "u", "u", "Verzoek: echo pols rechts. Vraagstelling: ganglion?")
add(P, "nl", "u", "u", "u", "Aanvraag radiologie – Gevraagd onderzoek: X-hand links, 2 richtingen.")
add(P, "nl", "u", "u", "u", "Wilt u een MRI van de linkerpols voor haar aanvragen?")
add(P, "en", "u", "u", "u", "Please arrange an ultrasound of the right wrist.")
add(P, "en", "u", "u", "u", "Examination requested: MRI wrist (L)\nClinical details: ?TFCC tear")
add(P, "de", "u", "u", "u", "Bitte um Röntgen der Hand in zwei Ebenen.")

P = "result-pending"
add(P, "nl", "y", "u", "u", "De MRI is op 14 maart gemaakt; de uitslag hebben wij nog niet ontvangen.")
add(P, "nl", "y", "u", "u", "Echo verricht, verslag volgt.")
add(P, "nl", "u", "u", "u", "De uitslag van de CT wordt nagestuurd zodra het onderzoek heeft plaatsgevonden.")
add(P, "en", "y", "u", "u", "X-rays were taken today; the formal report is awaited.")
add(P, "en", "u", "u", "u", "Result of the MRI scan scheduled for next week to follow.")
add(P, "de", "y", "u", "u", "CT vom 04.03.2026 durchgeführt, Befund ausstehend.")

P = "historical"
add(P, "nl", "u", "y", "u", "In 1998, als kind, aan de linkerpols geopereerd na een val uit een boom.")
add(P, "nl", "y", "u", "u", "Jaren geleden zijn er eens foto's van haar handen gemaakt.")
add(P, "nl", "u", "u", "y", "Destijds (2009) in het ziekenhuis in Nickerie behandeld aan een peesletsel van de duim.")
add(P, "en", "u", "y", "u", "Remote history of a right scaphoid ORIF in 2004.")
add(P, "en", "y", "u", "u", "Back in 2015 her previous GP arranged X-rays of both hands.")
add(P, "de", "u", "y", "u", "Anamnestisch Z.n. Sehnennaht am Zeigefinger 1995.")

P = "other-experiencer"
add(P, "nl", "u", "u", "u", "Haar moeder is twee keer aan carpaletunnelsyndroom geopereerd.")
add(P, "nl", "u", "u", "u", "Zijn broer heeft vorig jaar in een Spaans ziekenhuis gelegen.")
add(P, "nl", "u", "u", "u", "Familieanamnese: vader Dupuytren, geopereerd op 60-jarige leeftijd.")
add(P, "en", "u", "u", "u", "Her husband recently had an MRI of his wrist.")
add(P, "en", "u", "u", "u", "Family history: sister had bilateral trigger finger releases.")
add(P, "de", "u", "u", "u", "Die Mutter der Patientin wurde in Polen an der Hand operiert.")

P = "finding-negated"
add(P, "nl", "y", "u", "u", "X-pols: geen fractuur, geen luxatie.")
add(P, "nl", "y", "u", "u", "Op de echo geen aanwijzingen voor een ganglion.")
add(P, "nl", "y", "u", "u", "O: drukpijn tabatière. P: foto gemaakt, geen fractuur zichtbaar, toch gips.")
add(P, "en", "y", "u", "u", "Ultrasound: no evidence of tenosynovitis.")
add(P, "en", "y", "u", "u", "CT shows no fracture.")
add(P, "de", "y", "u", "u", "Röntgen: kein Frakturnachweis.")

P = "name-not-event"
add(P, "nl", "u", "u", "u", "Afdeling Radiologie en Nucleaire Geneeskunde, Ziekenhuis Amstelrand – route 42")
add(P, "nl", "u", "u", "u", "Kopie aan: Operatiecentrum Westflank, t.a.v. planning")
add(P, "nl", "u", "u", "u", "Patiënt werkt als OK-assistent in een Belgisch ziekenhuis.")
add(P, "en", "u", "u", "u", "She works as a theatre nurse at the local hospital.")
add(P, "en", "u", "u", "u", "Sonography & MRI suite, 2nd floor – open Mon–Fri 8:00–17:00")
add(P, "de", "u", "u", "u", "Institut für Radiologie – Sprechzeiten Mo–Fr 8–16 Uhr")

P = "other-body-part"
add(P, "nl", "u", "u", "u", "Voorgeschiedenis: appendectomie (2005), sectio caesarea (2016).")
add(P, "nl", "u", "u", "u", "Hij is in 2021 aan zijn rechterknie geopereerd (meniscectomie).")
add(P, "nl", "y", "u", "u", "MRI van de lumbale wervelkolom (2020): discushernia L5-S1.")
add(P, "en", "u", "u", "u", "Past surgical history: laparoscopic cholecystectomy, right shoulder arthroscopy.")
add(P, "en", "u", "u", "y", "She had a hip replacement at a private hospital in Spain in 2019.")
add(P, "de", "u", "u", "u", "Z.n. Kniegelenks-TEP rechts 2018.")

P = "abroad-place"
add(P, "nl", "y", "u", "y", "Tijdens de vakantie in Alicante op de urgencias geröntgend en gegipst.")
add(P, "nl", "u", "y", "y", "Zij is in Casablanca in een privékliniek aan haar pols geopereerd.")
add(P, "nl", "u", "u", "y", "Hij is in Aken op de Notaufnahme geweest.")
add(P, "en", "u", "u", "y", "He was treated at a local hospital in Bali following the injury.")
add(P, "en", "u", "y", "y", "Initial management took place in Izmir, where a K-wire fixation was performed.")
add(P, "de", "u", "u", "y", "Erstversorgung im Krankenhaus in Innsbruck mit Gipsschiene.")

P = "abroad-hospital-name"
add(P, "nl", "u", "u", "y", "Opname in AZ Zonnedauw van 02/01 t.e.m. 05/01 wegens flegmone van de hand.")
add(P, "nl", "u", "y", "y", "Operatie verricht in het Klinikum Hochwald door dr. Berger.")
add(P, "en", "u", "u", "y", "Discharge summary, Northmoor NHS Foundation Trust: admitted 4/2, discharged 6/2.")
add(P, "en", "u", "y", "y", "Hand wound washed out in theatre at St Aldric's Hospital (Royal Ashvale NHS Trust).")
add(P, "en", "u", "y", "y", "Özel Defne Hastanesi – Epicrisis (translation): patient operated for right distal radius fracture, K-wires.")
add(P, "de", "u", "u", "y", "Entlassungsbrief Landesklinikum Almtal, Abteilung für Unfallchirurgie")

P = "abroad-negated"
add(P, "nl", "u", "u", "n", "Geen opname in een buitenlands ziekenhuis in de afgelopen twee maanden.")
add(P, "nl", "u", "u", "n", "Zij is niet in het buitenland behandeld; alle zorg vond plaats in Nederland.")
add(P, "nl", "u", "y", "n", "De operatie vond, anders dan patiënt eerst van plan was, niet in Turkije maar in Nederland plaats.")
add(P, "en", "u", "u", "n", "She has not been hospitalised abroad.")
add(P, "en", "u", "y", "n", "He was not treated abroad; the operation took place after his return to the Netherlands.")
add(P, "de", "u", "u", "n", "Keine Krankenhausbehandlung außerhalb der Niederlande.")

P = "holiday-no-care"
add(P, "nl", "u", "u", "n", "Gevallen op de skipiste in Oostenrijk; pas thuis in Nederland naar de huisarts gegaan.")
add(P, "nl", "u", "u", "u", "Zij verstuikte haar pols op vakantie in Frankrijk.")
add(P, "nl", "u", "u", "n", "Klachten begonnen tijdens een vakantie in Thailand, daar geen arts bezocht.")
add(P, "en", "u", "u", "n", "He injured his hand while on holiday in Portugal, did not seek medical attention there and saw his GP on his return.")
add(P, "en", "u", "u", "n", "She spends the winters in Florida but has had no medical care there.")
add(P, "de", "u", "u", "n", "Der Sturz ereignete sich im Urlaub in Italien; eine ärztliche Behandlung vor Ort erfolgte nicht.")

P = "list"
add(P, "nl", "y", "y", "u", "Voorgeschiedenis:\n- 2012 appendectomie\n- 2019 CTS-release rechts\n- 2023 echo schouder li")
add(P, "nl", "u", "u", "u", "Episodelijst: L87 Ganglion pols/hand; L92 Schoudersyndroom; K86 Hypertensie")
add(P, "nl", "y", "u", "u", "Aanvullend onderzoek: lab (BSE, CRP), X-handen bdz., echo pols re.")
add(P, "en", "u", "y", "u", "PMH: T2DM, HTN, L CTR 2020, R TFCC debridement 2022.")
add(P, "en", "n", "u", "u", "Investigations: bloods normal; nerve conduction studies: moderate CTS; no imaging.")
add(P, "de", "u", "u", "u", "Diagnosen:\n1. Distale Radiusfraktur rechts\n2. Z.n. Appendektomie\n3. Arterielle Hypertonie")

P = "passive"
add(P, "nl", "y", "u", "u", "Door de SEH-arts werd een scaphoïdserie aangevraagd en beoordeeld.")
add(P, "nl", "u", "y", "u", "Er werd door dr. Van Lier een revisie van de extensorpees verricht.")
add(P, "nl", "u", "u", "y", "De pols is in het buitenland gezet en gegipst.")
add(P, "en", "u", "y", "u", "The fracture was fixed with a volar plate by the on-call team.")
add(P, "en", "y", "u", "u", "Imaging was obtained prior to referral.")
add(P, "de", "u", "y", "u", "Die Beugesehne wurde in Lokalanästhesie genäht.")

P = "separable-verb"
add(P, "nl", "u", "y", "u", "De chirurg voerde de ingreep aan haar pols in mei uit onder plexusanesthesie.")
add(P, "nl", "n", "u", "u", "Men voerde destijds geen beeldvormend onderzoek uit.")
add(P, "nl", "u", "y", "u", "De plastisch chirurg haalde het ganglion in 2024 weg.")
add(P, "nl", "u", "u", "u", "De huisarts vroeg een echo aan, maar patiënte zegde de afspraak af.")
add(P, "de", "u", "y", "u", "Wir führten am 12.02. eine Karpaldachspaltung rechts durch.")
add(P, "de", "y", "u", "u", "Man fertigte Röntgenaufnahmen des Handgelenks in zwei Ebenen an.")

P = "long-scope"
add(P, "nl", "n", "u", "u", "Er is, ondanks herhaaldelijk aandringen van patiënt en de uitdrukkelijke wens van zijn werkgever, tot op heden geen MRI of andere beeldvorming van de pols gemaakt.")
add(P, "nl", "u", "n", "u", "Een operatie, zoals door de eerste orthopeed voorgesteld en door patiënte na lang wikken en wegen afgewezen, heeft nooit plaatsgevonden.")
add(P, "nl", "y", "n", "n", "Hij is niet geopereerd en ook niet in het buitenland behandeld, maar er is wel een echo gemaakt.")
add(P, "en", "u", "u", "n", "At no point during his three-month stay in Spain, despite the fall and the persistent swelling, did he see a doctor or attend a hospital.")
add(P, "en", "n", "u", "u", "Neither X-rays, ultrasound nor MRI have been done, although she did have a corticosteroid injection.")
add(P, "de", "n", "n", "u", "Weder eine operative Versorgung noch eine bildgebende Diagnostik ist bislang erfolgt.")

P = "abbreviation"
add(P, "nl", "u", "y", "u", "s/p ORIF DRF re 2024, OSM 2025.")
add(P, "nl", "y", "y", "u", "Z.n. CTR li, rö pols bdz. gb.")
add(P, "nl", "u", "y", "y", "Pt. in BE op SEH gezien, fx MC-V, K-dr.")
add(P, "en", "u", "n", "u", "Hx: L DRF 2023, managed in POP, no ORIF.")
add(P, "en", "y", "u", "u", "US R wrist: 9mm dorsal ganglion.")
add(P, "de", "y", "y", "u", "Z.n. ORIF dist. Radius li. 2022, Rö-Kontrolle o.B.")

P = "form-field"
add(P, "nl", "u", "n", "u", "Eerdere operaties aan hand/pols:  [ ] ja   [x] nee")
add(P, "nl", "y", "u", "u", "Beeldvorming verricht:  ☒ röntgen  ☐ echo  ☐ MRI  ☐ CT")
add(P, "nl", "u", "u", "n", "MRSA-risico – Opname in buitenlands ziekenhuis (< 2 mnd): nee")
add(P, "nl", "n", "y", "u", "Relevante voorgeschiedenis: 2020 OK ganglion pols re\nAanvullend onderzoek: geen")
add(P, "en", "u", "y", "u", "Previous surgery to this hand?  Yes ☒  No ☐   Details: carpal tunnel release 2019")
add(P, "en", "u", "u", "u", "Investigations requested:  ☒ X-ray  ☐ Ultrasound  ☐ MRI")
add(P, "de", "y", "n", "u", "Voroperationen: keine\nBildgebung: Röntgen Hand re. (extern)")

P = "typo"
add(P, "nl", "u", "y", "u", "Patiente is in 2019 geoppereerd aan de rechter pols.")
add(P, "nl", "y", "u", "u", "MIR van de pols toonde een ganglion aan de dorsale zijde.")
add(P, "nl", "u", "u", "y", "Vorig jaar in Spajne in het ziekenhiuis opgenomen met haar pols.")
add(P, "en", "y", "u", "u", "She had an ultrasond scan of her wrist in January.")
add(P, "en", "u", "n", "u", "No sugery to date.")
add(P, "de", "u", "y", "u", "Die Patietnin wurde 2020 an der Hand opertiert.")

P = "mixed"
add(P, "nl", "y", "y", "y", "Op de SEH in Málaga alleen een foto gemaakt; de operatie vond later in Nederland plaats.")
add(P, "nl", "y", "u", "u", "Geen MRI, wel een echo: hierop een tenosynovitis.")
add(P, "nl", "y", "n", "u", "Zij is niet geopereerd; de röntgenfoto liet een goede stand zien.")
add(P, "nl", "u", "u", "y", "Niet in Turkije geopereerd, wel daar op de spoedeisende hulp geweest.")
add(P, "en", "y", "u", "u", "MRI was planned but never done; X-rays were taken in the ED.")
add(P, "en", "y", "u", "y", "Although she was admitted in a hospital in Tenerife, no scans or operations were done there; X-rays followed after she got home.")
add(P, "de", "y", "n", "u", "Keine Operation; konservative Therapie mit Schiene. Röntgen unauffällig.")

P = "non-imaging"
add(P, "nl", "u", "u", "u", "EMG: vertraagde geleiding n. medianus over de pols.")
add(P, "nl", "u", "u", "u", "Patiënte stuurde via de app foto's van haar gezwollen vinger.")
add(P, "nl", "u", "u", "u", "Lab: BSE 32, CRP 18, urinezuur normaal.")
add(P, "en", "u", "u", "u", "Nerve conduction studies confirmed severe carpal tunnel syndrome.")
add(P, "en", "u", "u", "u", "Clinical photographs of the wound were taken for the record.")
add(P, "de", "u", "u", "u", "Neurographie: distale motorische Latenz des N. medianus verlängert.")

P = "non-operative"
add(P, "nl", "u", "u", "u", "Er is een corticosteroïdinjectie gegeven in de eerste extensorloge.")
add(P, "nl", "u", "u", "u", "Gesloten gereponeerd en gegipst op de SEH.")
add(P, "nl", "u", "u", "u", "Behandeld met een spalk en handtherapie.")
add(P, "en", "u", "u", "u", "Managed conservatively with a thumb spica splint.")
add(P, "en", "u", "u", "u", "She had a steroid injection into the A1 pulley last month.")
add(P, "de", "u", "u", "u", "Konservative Behandlung mit Unterarmgipsschiene für 6 Wochen.")


def q(s):
    # JSON string escaping is valid TOML basic-string escaping
    return json.dumps(s, ensure_ascii=False)


def write():
    lines = [
        "# Labelled passages for imaging_done, operated, treated_abroad.",
        "# Generated by make_sr.py; see NOTES.md for the mix and labelling decisions.",
        "# All people and places of care are invented.",
        "",
    ]
    for ph, lang, img, op, abr, text in E:
        lines += [
            "[[sentence]]",
            f"text = {q(text)}",
            f"lang = {q(lang)}",
            f"imaging_done = {q(img)}",
            f"operated = {q(op)}",
            f"treated_abroad = {q(abr)}",
            f"phenomenon = {q(ph)}",
            "",
        ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines), encoding="utf-8")


def check():
    data = tomllib.loads(OUT.read_text(encoding="utf-8"))
    errs = []
    if set(data) != {"sentence"}:
        errs.append(f"top-level keys: {sorted(data)}")
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
        if e["phenomenon"] not in PHENOMENA:
            errs.append(f"#{i}: phenomenon={e['phenomenon']!r}")
        t = " ".join(e["text"].split()).casefold()
        if not t:
            errs.append(f"#{i}: empty text")
        if t in seen:
            errs.append(f"#{i}: duplicate of #{seen[t]}: {e['text']!r}")
        seen[t] = i
    return ents, errs


def summary(ents):
    n = len(ents)
    lc = collections.Counter(e["lang"] for e in ents)
    print("languages:", ", ".join(f"{k} {v} ({100*v/n:.0f}%)" for k, v in lc.most_common()))
    pc = collections.Counter(e["phenomenon"] for e in ents)
    print(f"plain {pc['plain']}, hard {n - pc['plain']}")
    print("phenomena:", ", ".join(f"{p} {pc[p]}" for p in PHENOMENA))
    for k in ("imaging_done", "operated", "treated_abroad"):
        c = collections.Counter(e[k] for e in ents)
        print(f"{k}: " + ", ".join(f"{v} {c[v]}" for v in ("yes", "no", "unmentioned")))


if __name__ == "__main__":
    write()
    ents, errs = check()
    for m in errs:
        print("ERROR:", m, file=sys.stderr)
    summary(ents)
    sys.exit(1 if errs else 0)
