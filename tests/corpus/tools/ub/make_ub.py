#!/usr/bin/env python3
"""Write sentences/ub.toml: 250 labelled passages for the three dossier facts.

Each entry: (lang, imaging_done, operated, treated_abroad, phenomenon, text)
with Y/N/U for yes/no/unmentioned. Labels follow label_format.md ("Facts").
The TOML is read back with tomllib and validated; any problem exits 1.
"""
import collections
import pathlib
import sys
import tomllib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent.parent / "sentences" / "ub.toml"

VOCAB = {
    "not-yet",                   # nog niet / not yet / noch nicht
    "time",                      # since then, inmiddels, eerder, scheduled, rescheduled
    "conditional",               # indien / mocht / falls / if, incl. real events inside
    "question",                  # whether / of er / ob / vraagstelling
    "reported-speech",           # patiënt zegt / she reports / angeblich / reportedly
    "uncertain-memory",          # mogelijk / possibly / weet niet meer
    "double-negation",           # niet zonder / not without / not only / niet alleen
    "pseudo-negation",           # geen verbetering na / no change after / keine Besserung nach
    "form-field",                # labelled fields, lists, tables
    "abbreviation",              # s/p, z.n., st.n., Rö, US, NMR, OK, OP, telegram style
    "long-sentence",             # several events, only some negated or planned
    "distant-negation",          # negation far from its verb (verb-final, passive)
    "other-person",              # family, colleagues, other patients
    "abroad-cue",                # foreign hospital named without (or with) country
    "abroad-not-care",           # holiday, living abroad, tourist here, planned/refused, telemedicine, Dutch names
    "non-radiological-imaging",  # photos, EMG, scintigraphy, DEXA, clinical exam
    "negative-finding",          # imaging done with normal result
    "name-not-event",            # departments, practices, units, job titles
    "other-body-part",           # operations elsewhere on the body
    "minor-procedure",           # injections, punctures, closed reduction, casts, K-wires
}

V = {"Y": "yes", "N": "no", "U": "unmentioned"}

E = [
    # ------------------------------------------------------------------ Dutch / Flemish
    ("nl", "N", "Y", "N", "not-yet", "Rond de operatie aan deze pols in het Bravis (2022) is geen beeldvorming verricht, en ook daarna nog niet; een echo staat gepland voor 14 april."),
    ("nl", "Y", "N", "U", "not-yet", "Patiënte is tot op heden nog niet geopereerd; de ingreep staat gepland voor 2 juni. Wel werd in maart een MRI gemaakt."),
    ("nl", "Y", "Y", "N", "time", "Aanvankelijk werd afgezien van een MRI, maar inmiddels is die wel gemaakt in ZGT Hengelo (03-02-2025), een jaar na de artroscopie van de pols."),
    ("nl", "Y", "Y", "U", "time", "Sinds de polsoperatie in 2021 is er eenmaal een controlefoto gemaakt, die geen bijzonderheden liet zien."),
    ("nl", "N", "N", "U", "not-yet", "Patiënt is nog niet geopereerd en ook nog niet gescand; hij wil eerst de handtherapie afmaken en dan opnieuw beslissen."),
    ("nl", "N", "U", "N", "not-yet", "Eerder is nooit een foto van de hand gemaakt, ook niet in Spanje, waar hij na de val geen arts heeft bezocht; ik heb nu een röntgenfoto aangevraagd."),
    ("nl", "Y", "U", "N", "time", "De OK werd twee keer verzet en staat nu gepland voor 18 september; de MRI van juli (UMCG) is bijgevoegd."),
    ("nl", "Y", "N", "Y", "time", "In de tussentijd is in het AZ Maria Middelares een echo gemaakt (tendinitis, geen ganglion); geopereerd is zij nog niet."),
    ("nl", "Y", "Y", "U", "time", "Eerder (2018) werd elders een ganglion aan de dorsale zijde van de pols verwijderd; de MRI van vorige week toont een recidief."),
    ("nl", "U", "Y", "N", "time", "Inmiddels is patiënt alsnog geopereerd in het Rijnstate; de tintelingen zijn sindsdien afgenomen."),
    ("nl", "N", "N", "U", "not-yet", "Er is nog geen foto gemaakt en er is ook nog niet geopereerd."),
    ("nl", "Y", "U", "U", "time", "Patiënt staat op de wachtlijst voor een CTR rechts; de wachttijd in het Amphia is ruim vier maanden. Echo en EMG zijn wel al verricht."),
    ("nl", "Y", "U", "Y", "time", "Zij heeft in de tussentijd op eigen initiatief een MRI laten maken bij een privékliniek in Antwerpen."),
    ("nl", "Y", "N", "N", "not-yet", "Echo pols (Rode Kruis Ziekenhuis Beverwijk): ganglion van 8 mm. Nog niet gepuncteerd en nog niet geopereerd."),
    ("nl", "N", "N", "Y", "abroad-cue", "In het ziekenhuis in Faro werd zij een nacht ter observatie opgenomen; er werden geen foto's gemaakt en zij werd niet geopereerd."),
    ("nl", "Y", "U", "Y", "conditional", "Indien de MRI die in mei in het UZ Antwerpen werd gemaakt inderdaad een TFCC-laesie toont, kan een artroscopie worden overwogen."),
    ("nl", "U", "U", "U", "conditional", "Mocht een operatie nodig zijn, dan heeft patiënte de voorkeur voor een kliniek in België."),
    ("nl", "Y", "N", "U", "conditional", "Mocht u het echoverslag van 12 maart (geen afwijkingen) niet hebben ontvangen, dan sturen wij het na; patiënt is overigens nooit geopereerd."),
    ("nl", "N", "U", "Y", "abroad-cue", "Op de spoedgevallendienst van het AZ Turnhout werd de wonde gehecht; een RX werd niet genomen."),
    ("nl", "Y", "U", "U", "question", "Vraagstelling: gemiste scafoïdfractuur? De X-pols op de huisartsenpost was destijds negatief."),
    ("nl", "U", "U", "U", "question", "Of er in Turkije destijds foto's zijn gemaakt, is mij niet bekend."),
    ("nl", "Y", "U", "N", "conditional", "Als de röntgenfoto die op de SEH in Venlo is gemaakt al een fractuur laat zien, is een CT niet meer nodig."),
    ("nl", "U", "Y", "Y", "question", "Wij willen graag weten of de ingreep die in 2020 in Gent aan de duim werd verricht de huidige klachten kan verklaren."),
    ("nl", "U", "Y", "Y", "conditional", "Indien zij tijdens de opname in het ziekenhuis in Alicante, waar haar pols werd geopereerd, op MRSA gescreend is, ontvangen wij graag die uitslag."),
    ("nl", "N", "N", "U", "conditional", "Mocht patiënt toch ooit geopereerd zijn, dan is dat ons niet bekend; hijzelf ontkent eerdere ingrepen aan de hand, en foto's zijn er nooit van gemaakt."),
    ("nl", "U", "U", "U", "question", "Is patiënte in het buitenland behandeld? Dit is niet uit de verwijzing op te maken."),
    ("nl", "U", "U", "U", "conditional", "Indien er sprake is geweest van een opname in een buitenlands ziekenhuis, is een MRSA-screening via de huisarts nodig."),
    ("nl", "Y", "U", "Y", "reported-speech", "Patiënt zegt dat er in Marokko in het ziekenhuis een foto is gemaakt en dat de pols daar in het gips is gezet."),
    ("nl", "U", "N", "U", "uncertain-memory", "Patiënte weet niet meer zeker of er destijds een röntgenfoto is gemaakt; geopereerd is ze in elk geval niet."),
    ("nl", "U", "Y", "Y", "reported-speech", "Volgens de patiënt is hij als kind in Suriname al eens aan deze duim geopereerd; stukken hierover ontbreken."),
    ("nl", "U", "U", "U", "uncertain-memory", "Mogelijk is er in 2015 een operatie aan de pols geweest, maar dit is niet terug te vinden in ons systeem."),
    ("nl", "N", "U", "N", "reported-speech", "Zij vertelt dat ze op vakantie in Frankrijk niet naar een arts of ziekenhuis is geweest en dat er nooit foto's zijn gemaakt."),
    ("nl", "Y", "U", "N", "reported-speech", "Hij herinnert zich dat er in het Ikazia een echo is gemaakt, maar niet wat eruit kwam."),
    ("nl", "U", "U", "U", "uncertain-memory", "Patiënt weet niet of de 'kleine ingreep' in 2012 een operatie of een injectie was."),
    ("nl", "Y", "Y", "Y", "reported-speech", "Volgens zijn dochter is hij in Istanbul aan de pols geopereerd nadat daar een CT was gemaakt."),
    ("nl", "N", "U", "Y", "reported-speech", "Patiënte geeft aan deze zomer op de spoedgevallendienst van AZ Groeninge te Kortrijk te zijn verzorgd; een RX werd daar niet genomen en ook later niet."),
    ("nl", "N", "U", "N", "reported-speech", "Volgens de patiënt is er nooit een scan of foto gemaakt, ook niet op de SEH van het Jeroen Bosch Ziekenhuis na de val."),
    ("nl", "U", "U", "U", "uncertain-memory", "Of de pols toen alleen gezet of ook geopereerd is, kan patiënte niet meer zeggen."),
    ("nl", "Y", "U", "N", "double-negation", "De diagnose scafoïdfractuur is niet zonder aanvullende beeldvorming gesteld: zowel een X-pols als een CT werden in het Deventer Ziekenhuis verricht."),
    ("nl", "U", "Y", "N", "pseudo-negation", "Geen verbetering na de carpaletunnelrelease van vorig jaar in het Anna Ziekenhuis."),
    ("nl", "N", "N", "U", "pseudo-negation", "Geen verbetering na twee corticosteroïdinjecties in de peesschede; een operatie of beeldvormend onderzoek heeft nooit plaatsgevonden."),
    ("nl", "Y", "Y", "U", "double-negation", "Niet alleen de röntgenfoto maar ook de echo toonde geen afwijkingen, en toch werd zij geopereerd."),
    ("nl", "U", "Y", "Y", "double-negation", "Zij is niet alleen in Nederland maar ook in België behandeld: in het UZ Gent werd zij aan de pols geopereerd."),
    ("nl", "U", "Y", "N", "double-negation", "Het is niet zo dat patiënt nooit geopereerd is: in 2017 volgde in het Waterland Ziekenhuis een tenolyse van de wijsvinger."),
    ("nl", "Y", "N", "N", "pseudo-negation", "Geen fractuur op de X-pols in het Ommelander Ziekenhuis; geen indicatie voor operatie, patiënt is dan ook niet geopereerd."),
    ("nl", "N", "Y", "U", "pseudo-negation", "Geen verbetering na de release van het eerste extensorcompartiment; aanvullende beeldvorming is nooit gedaan."),
    ("nl", "Y", "Y", "U", "pseudo-negation", "Na de operatie geen verandering in het gevoel van digitus 3 en 4; ook de controle-echo liet geen afwijkingen zien."),
    ("nl", "N", "U", "U", "double-negation", "Er is niet eens een foto gemaakt, laat staan een MRI."),
    ("nl", "N", "N", "U", "double-negation", "Niet dat een operatie of een MRI nooit ter sprake kwam, maar uitgevoerd is geen van beide."),
    ("nl", "Y", "U", "N", "form-field", "MRI pols: 12-03-2025 (Alrijne Leiderdorp)"),
    ("nl", "U", "N", "U", "form-field", "Operaties: geen"),
    ("nl", "U", "Y", "U", "form-field", "Voorgeschiedenis:\n- 2019 CTS re, CTR\n- 2022 triggerfinger D3 li"),
    ("nl", "N", "Y", "U", "form-field", "Röntgen: nee | Echo: nee | MRI: nee | OK: 2021 (CTR)"),
    ("nl", "N", "N", "N", "form-field", "Beeldvorming: geen\nOperaties: geen\nBehandeling buitenland: nee"),
    ("nl", "Y", "Y", "U", "form-field", "Aanvullend onderzoek: X-pols li (04-01-2025): status na CMC-1-artroplastiek, geen loslating, geen fractuur."),
    ("nl", "U", "N", "Y", "form-field", "Recente behandelingen:\n- gipsimmobilisatie spoed ZNA Middelheim, juli\n- nog geen operatie"),
    ("nl", "Y", "N", "Y", "form-field", "Röntgen: ja (SEH Hospital Costa del Sol, 2 richtingen)\nOK: nee"),
    ("nl", "N", "N", "U", "form-field", "Recente behandelingen: spalk, handtherapie (geen OK, geen beeldvorming)\nMedicatie: paracetamol zo nodig"),
    ("nl", "Y", "Y", "N", "form-field", "Episodelijst:\nL74 Fractuur pols/hand — ORIF distale radius li, Isala Zwolle 2023\nX-pols controle 6 wk: consolidatie"),
    ("nl", "Y", "N", "Y", "form-field", "Behandeling buitenland: ja — SEH Ospedale San Maurizio Bolzano, X-pols, gips\nOperatie: nee"),
    ("nl", "N", "Y", "N", "form-field", "Echo: niet verricht\nMRI: niet verricht\nOperatie: 2023, Ziekenhuis Rivierenland Tiel"),
    ("nl", "U", "U", "N", "form-field", "Opname buitenlands ziekenhuis afgelopen 2 maanden: nee"),
    ("nl", "U", "U", "Y", "form-field", "Opname buitenlands ziekenhuis afgelopen 2 maanden: ja, Antalya (3 dagen)"),
    ("nl", "U", "Y", "U", "abbreviation", "Z.n. CTR li 2021."),
    ("nl", "N", "Y", "N", "abbreviation", "Z.n. ganglionextirpatie li pols (Tergooi MC, 2020). Geen beeldvorming verricht."),
    ("nl", "Y", "U", "N", "abbreviation", "X-pols re (SEH Tjongerschans): gn fractuur, dd contusie."),
    ("nl", "U", "U", "U", "abbreviation", "Polspijn re e.c.i., dd TFCC-laesie, dd ECU-tendinitis. P: MRI aanvragen."),
    ("nl", "U", "Y", "Y", "abbreviation", "S/p ORIF scaphoid re (2020, Antwerpen), nu persisterende pijn."),
    ("nl", "Y", "N", "Y", "abbreviation", "CT-scan pols (Klinikum Emden): pseudartrose scaphoid. Nog geen OK."),
    ("nl", "Y", "U", "Y", "abbreviation", "NMR li pols 02/2024 (AZ Klina Brasschaat): geen afwijkingen."),
    ("nl", "N", "N", "U", "abbreviation", "Gn beeldvorming verricht, gn OK gehad, gn trauma in anamnese."),
    ("nl", "Y", "Y", "U", "abbreviation", "Rö-foto's na K-draadfixatie MC5 li: goede stand."),
    ("nl", "N", "N", "U", "abbreviation", "Ganglion pols li, 2x gepuncteerd, geen OK, geen beeldv."),
    ("nl", "Y", "Y", "U", "abbreviation", "US pols (na De Quervain-release 2023): geen recidief tenosynovitis 1e extensorencompartiment."),
    ("nl", "U", "U", "U", "abbreviation", "E: CTS re. P: EMG, evt. echo; OK bespreken."),
    ("nl", "Y", "N", "U", "long-sentence", "Na de val op de uitgestrekte hand werd op de SEH een röntgenfoto gemaakt waarop geen fractuur werd gezien, werd zij met een onderarmspalk naar huis gestuurd en is zij, ondanks de aanhoudende klachten, nooit geopereerd."),
    ("nl", "U", "N", "N", "long-sentence", "Dat patiënt bij de orthopeed in het Gelre, die hem in 2022 zag en een operatie voorstelde, ook daadwerkelijk geopereerd is, klopt niet."),
    ("nl", "Y", "U", "N", "long-sentence", "De MRI, die de huisarts in januari aanvroeg en die uiteindelijk pas in maart in het Spaarne Gasthuis werd gemaakt, toont geen afwijkingen van de TFCC."),
    ("nl", "N", "Y", "U", "distant-negation", "Foto's van de pols zijn, ook rond de operatie in 2019 waarbij een ganglion werd verwijderd, nooit gemaakt."),
    ("nl", "N", "N", "N", "distant-negation", "Patiënte heeft, hoewel haar in het Catharina Ziekenhuis een operatie en een MRI werden aangeboden, tot op heden geen van beide laten uitvoeren."),
    ("nl", "Y", "U", "N", "long-sentence", "Omdat de echo die in de huisartsenpraktijk werd gemaakt een ganglion liet zien, maar de klachten daar niet goed bij pasten, werd aanvullend een MRI in het Elkerliek verricht, die de diagnose bevestigde."),
    ("nl", "N", "U", "U", "distant-negation", "Röntgenfoto's of andere beeldvorming zijn, gezien het beloop en het ontbreken van een trauma, tot nu toe niet gemaakt."),
    ("nl", "U", "Y", "Y", "pseudo-negation", "De duim, die in 2016 in Innsbruck wegens een skiduim werd geopereerd, is sindsdien nooit meer helemaal stabiel geworden."),
    ("nl", "Y", "N", "N", "long-sentence", "Ze werd in het Zuyderland in Heerlen gezien, kreeg daar een echo en een injectie, en is, anders dan in de verwijsbrief staat, niet geopereerd."),
    ("nl", "U", "U", "N", "distant-negation", "In het buitenland is patiënt, ook niet tijdens zijn lange verblijf in Thailand, nooit in een ziekenhuis opgenomen of behandeld."),
    ("nl", "U", "U", "U", "distant-negation", "Of een operatie zinvol is, kunnen wij zonder MRI niet beoordelen."),
    ("nl", "N", "N", "U", "other-person", "Haar moeder is twee keer aan een carpaletunnelsyndroom geopereerd; bij patiënte zelf is nog niets gedaan, geen foto en geen operatie."),
    ("nl", "U", "N", "N", "other-person", "De partner van patiënte is vorig jaar in Gent aan de pols geopereerd; zijzelf is nooit geopereerd en nooit in het buitenland behandeld."),
    ("nl", "N", "U", "N", "other-person", "Zijn broer werd na een motorongeluk in Duitsland opgenomen en geopereerd; patiënt zelf is nooit in het buitenland behandeld en heeft nog geen foto gehad."),
    ("nl", "Y", "N", "U", "other-person", "Een collega van patiënt met dezelfde klachten werd geopereerd; bij patiënt zelf is tot nu toe alleen een echo gemaakt."),
    ("nl", "U", "U", "Y", "other-person", "Zij reisde met haar man naar Egypte, waar zij beiden na het busongeluk in een ziekenhuis in Hurghada werden behandeld."),
    ("nl", "Y", "U", "N", "other-person", "Echtgenoot is röntgenlaborant en heeft de foto's van de pols die in het Amphia gemaakt zijn al bekeken."),
    ("nl", "N", "N", "U", "other-person", "Haar man heeft de MRI's van zijn eigen pols meegenomen; van patiënte zelf is geen beeldvorming gemaakt en zij is nooit geopereerd."),
    ("nl", "U", "Y", "U", "other-person", "Niet haar zus maar patiënte zelf werd in 2020 aan de triggerduim geopereerd."),
    ("nl", "U", "Y", "Y", "abroad-cue", "Patiënt werd in het AZ Delta te Roeselare geopereerd aan een fractuur van de distale radius."),
    ("nl", "Y", "U", "U", "abroad-cue", "Op de spoedgevallendienst werd een RX van de pols genomen. Besluit: geen fractuur, wel een distorsie."),
    ("nl", "Y", "Y", "Y", "abroad-cue", "Raadpleging dr. Peeters, AZ Sint-Jan Brugge: status na osteosynthese scafoïd, CT toont consolidatie."),
    ("nl", "Y", "N", "Y", "abroad-cue", "Zij werd in het Hospital Universitario La Paz opgevangen na een val tijdens haar vakantie; daar werd een CT gemaakt en de pols gespalkt, geopereerd werd zij niet."),
    ("nl", "U", "Y", "Y", "abroad-cue", "In het Acıbadem-ziekenhuis werd een peesnaad van de buigpees van digitus 4 verricht."),
    ("nl", "Y", "N", "Y", "abroad-cue", "In het CHU Ibn Rochd werden röntgenfoto's gemaakt en werd de pols in gips gezet; een operatie bleef hem bespaard."),
    ("nl", "U", "Y", "Y", "abroad-cue", "Patiënt is in 2023 in een ziekenhuis in Wrocław aan de hand geopereerd; het Poolse operatieverslag is bijgevoegd."),
    ("nl", "N", "U", "Y", "abroad-cue", "Opname in het Curaçao Medical Center wegens een geïnfecteerde bijtwond van de hand; beeldvorming werd daar niet verricht."),
    ("nl", "Y", "U", "Y", "abroad-cue", "Op Bonaire werd in het ziekenhuis in Kralendijk een foto gemaakt; de fractuur werd daar conservatief behandeld."),
    ("nl", "U", "N", "Y", "abroad-cue", "Patiënt werd door de scheepsarts van het cruiseschip gespalkt en in Bergen naar het Haukeland-ziekenhuis verwezen, waar hij een nacht werd opgenomen; geopereerd werd hij daar niet."),
    ("nl", "U", "Y", "Y", "abroad-cue", "Als militair op uitzending in Mali werd hij in het veldhospitaal aan de hand geopereerd."),
    ("nl", "N", "U", "N", "abroad-not-care", "Patiënte had vanuit haar vakantiehuis in Spanje een videoconsult met onze polikliniek; in Spanje is zij niet bij een arts geweest en een foto is nog niet gemaakt."),
    ("nl", "Y", "Y", "N", "abroad-not-care", "Duitse toeriste, op de SEH van het ADRZ in Vlissingen gezien; X-pols toonde een distale radiusfractuur, waarvoor zij de volgende dag daar werd geopereerd."),
    ("nl", "U", "Y", "N", "abroad-not-care", "Geopereerd in de Sint Maartenskliniek in Nijmegen (artrodese CMC-1)."),
    ("nl", "U", "U", "U", "abroad-not-care", "Patiënt overweegt zich in een privékliniek in Antwerpen te laten opereren."),
    ("nl", "U", "U", "N", "abroad-not-care", "Hij woont in Baarle-Nassau en is steeds in het Amphia in Breda behandeld, nooit in België."),
    ("nl", "Y", "Y", "Y", "abroad-cue", "Zij woont in Kerkrade en werd na de val in het Uniklinikum Aachen behandeld, waar na een echo de strekpees werd gehecht."),
    ("nl", "U", "U", "N", "abroad-not-care", "Ondanks het advies van de reisverzekeraar weigerde patiënt in Agadir naar het ziekenhuis te gaan; hij vloog dezelfde dag terug naar Nederland."),
    ("nl", "N", "U", "Y", "abroad-cue", "In het buitenland (Turkije) werd op de spoedeisende hulp een wondtoilet verricht; foto's werden niet gemaakt."),
    ("nl", "U", "U", "U", "abroad-not-care", "Patiënt is geboren in Marokko en woont sinds 1998 in Nederland."),
    ("nl", "Y", "U", "N", "abroad-not-care", "Tijdens de wintersport in Oostenrijk geen arts bezocht; pas thuis naar de huisarts gegaan, die een foto liet maken."),
    ("nl", "U", "U", "N", "abroad-not-care", "De geplande behandeling in Duitsland werd door de zorgverzekeraar niet vergoed en is daarom niet doorgegaan; in het buitenland is zij verder nooit behandeld."),
    ("nl", "N", "U", "U", "non-radiological-imaging", "Patiënte heeft foto's van haar gezwollen vingers met haar telefoon gemaakt en meegestuurd; röntgenfoto's zijn nooit gemaakt."),
    ("nl", "N", "U", "N", "non-radiological-imaging", "EMG (Maasstad Ziekenhuis): ernstig CTS rechts. Verder geen beeldvorming verricht."),
    ("nl", "N", "U", "N", "time", "Sindsdien is hij alleen bij de huisarts in Zaandam geweest; foto's zijn tot op heden niet gemaakt."),
    ("nl", "U", "U", "U", "non-radiological-imaging", "Een botscan (skeletscintigrafie) toonde verhoogde opname in het scafoïd."),
    ("nl", "U", "U", "U", "non-radiological-imaging", "DEXA-scan 2024: osteopenie, T-score -1,8."),
    ("nl", "U", "U", "U", "non-radiological-imaging", "Bij lichamelijk onderzoek zichtbare zwelling dorsaal en een positieve Finkelstein; beeldvorming wordt aangevraagd."),
    ("nl", "Y", "U", "N", "negative-finding", "Röntgenfoto handen beiderzijds (ZGT Almelo): geen aanwijzingen voor artrose of fractuur."),
    ("nl", "Y", "U", "U", "negative-finding", "De echo was geheel normaal."),
    ("nl", "Y", "U", "U", "negative-finding", "Foto's van de pols lieten niets bijzonders zien."),
    ("nl", "U", "U", "U", "non-radiological-imaging", "De handtherapeut heeft klinische foto's gemaakt van de stand van de vingers voor en na het spalken."),
    ("nl", "U", "U", "U", "name-not-event", "Afdeling Radiologie en Nucleaire Geneeskunde, Meander Medisch Centrum — Aan: huisartsenpraktijk De Linde"),
    ("nl", "U", "U", "U", "name-not-event", "Plastische, Reconstructieve en Handchirurgie — verpleegafdeling B3 (dagbehandeling), kamer 2.14; behandelaar: dr. J. de Wit, plastisch chirurg"),
    ("nl", "N", "U", "Y", "reported-speech", "Patiënt vertelt dat hij in het ziekenhuis in Gdańsk alleen een mitella kreeg; een foto is volgens hem daar noch later ooit gemaakt."),
    ("nl", "N", "N", "U", "name-not-event", "Patiënte werd gezien door onze physician assistant handchirurgie; zij is niet eerder geopereerd en beeldvormend onderzoek heeft niet plaatsgevonden."),
    ("nl", "N", "N", "N", "long-sentence", "Zowel de huisarts in Emmen als de orthopeed in het Treant hebben afgezien van beeldvorming en van een operatie."),
    ("nl", "U", "U", "U", "other-body-part", "St.n. VKB-reconstructie knie re (2019), st.n. sectio caesarea."),
    ("nl", "U", "N", "U", "other-body-part", "Aan de hand nooit geopereerd; wel een heupprothese links (2020)."),
    ("nl", "U", "N", "U", "minor-procedure", "Het ganglion is tweemaal gepuncteerd, met telkens een recidief; operatief verwijderd is het nooit."),
    ("nl", "Y", "U", "Y", "minor-procedure", "Gesloten repositie onder hematoomblok op de spoedgevallendienst van AZ Zeno in Knokke, daarna gips; controlefoto in goede stand."),
    ("nl", "N", "Y", "Y", "reported-speech", "Operatie aan de pees van de duim in het Hospital Clínic de Barcelona; röntgenfoto's zijn volgens patiënte nooit gemaakt, ook niet in Nederland."),
    ("nl", "N", "Y", "U", "minor-procedure", "Het ganglion is uiteindelijk operatief verwijderd nadat punctie niet hielp; een echo is nooit gemaakt."),
    ("nl", "Y", "Y", "U", "minor-procedure", "Percutane K-draadfixatie van de MC5-fractuur onder doorlichting."),
    # ------------------------------------------------------------------ English
    ("en", "N", "Y", "U", "not-yet", "No imaging has been performed yet; an ultrasound of the right wrist is booked for 14 May, six months after her carpal tunnel release."),
    ("en", "N", "N", "U", "not-yet", "She has not yet had surgery or any scan and remains on the waiting list for a trapeziectomy."),
    ("en", "Y", "U", "Y", "time", "An MRI was initially declined by the patient, but it has since been done at a private clinic in Leeds."),
    ("en", "U", "Y", "N", "time", "Since the carpal tunnel release at Bergman Clinics in 2022 her numbness has gradually returned."),
    ("en", "U", "U", "U", "time", "Surgery was rescheduled twice and she is now scheduled for 3 October."),
    ("en", "Y", "N", "N", "time", "In the meantime a CT scan at Radboudumc confirmed a scaphoid non-union; she has not been operated on."),
    ("en", "U", "Y", "Y", "time", "He eventually underwent a ganglion excision in Ghent last spring after two failed aspirations and has been symptom-free since then."),
    ("en", "N", "N", "U", "not-yet", "Not yet X-rayed, not yet operated."),
    ("en", "Y", "U", "N", "time", "Previously an ultrasound was done (2019, Gelre Apeldoorn), which showed a small volar ganglion."),
    ("en", "U", "U", "U", "conditional", "If symptoms persist, an MR arthrogram and possibly arthroscopy would be the next step."),
    ("en", "Y", "U", "Y", "conditional", "If the MRI that was done in May at the Beacon Hospital in Dublin shows a TFCC tear, I would be grateful for your opinion on arthroscopy."),
    ("en", "N", "U", "Y", "abroad-cue", "Attended the emergency department at Hospital de Santa Maria, Lisbon; wound irrigated and closed, no X-ray taken."),
    ("en", "Y", "N", "N", "long-sentence", "She was seen at Isala Zwolle, where an ultrasound confirmed a ganglion; she chose not to have it removed and has had no operation."),
    ("en", "U", "Y", "Y", "conditional", "Should the tendon transfer performed in Bruges in 2021 have failed, a revision might be considered."),
    ("en", "U", "U", "Y", "conditional", "If she was screened for MRSA during her admission in Lisbon, please send us the result."),
    ("en", "N", "N", "Y", "long-sentence", "She was admitted overnight to Hospital Italiano in Buenos Aires for observation; no imaging was performed and she was not operated on."),
    ("en", "N", "N", "U", "distant-negation", "At no point, either before or after her fall in March, was she scanned, X-rayed or operated on."),
    ("en", "Y", "N", "U", "conditional", "Unless the ultrasound of 2 March is reviewed by a hand surgeon, she does not wish to proceed; she has never had an operation."),
    ("en", "Y", "U", "Y", "reported-speech", "She reports that an X-ray was taken at a hospital in Crete and that she was told it was not broken."),
    ("en", "U", "Y", "Y", "reported-speech", "Reportedly he had a tendon repair of this finger as a teenager in Lagos, but no records are available."),
    ("en", "U", "N", "U", "uncertain-memory", "He cannot recall whether he was ever X-rayed for this, but is certain he never had an operation on the hand."),
    ("en", "U", "U", "U", "uncertain-memory", "Possibly operated on in Poland in 2010 - details unknown."),
    ("en", "N", "Y", "Y", "reported-speech", "According to her husband, no scans were ever done, not even when she was operated on in Amman."),
    ("en", "U", "N", "N", "reported-speech", "He denies any previous hand surgery and has never been treated outside the Netherlands."),
    ("en", "U", "U", "U", "uncertain-memory", "She thinks she may have had 'some sort of scan' abroad but is not sure."),
    ("en", "N", "Y", "Y", "reported-speech", "The patient states he was operated on in a private hospital in Izmir without any scan before or afterwards."),
    ("en", "Y", "U", "U", "uncertain-memory", "She clearly remembers the ultrasound but not whether an MRI followed."),
    ("en", "U", "Y", "Y", "pseudo-negation", "No change after the operation at Guy's Hospital; the thumb remains painful at the base."),
    ("en", "U", "Y", "U", "double-negation", "She was not discharged without surgery: the flexor tendon was repaired the same night."),
    ("en", "Y", "U", "Y", "double-negation", "Not only plain films but also a CT scan of the wrist were obtained at Ziekenhuis Oost-Limburg in Genk."),
    ("en", "N", "U", "U", "pseudo-negation", "No improvement after six weeks of splinting and a steroid injection; no imaging so far."),
    ("en", "N", "U", "U", "double-negation", "It is not the case that imaging was overlooked; none was indicated and none was performed."),
    ("en", "U", "U", "N", "double-negation", "She was treated not only in Amsterdam but also, for follow-up, in Utrecht, and never outside the Netherlands."),
    ("en", "N", "U", "U", "form-field", "Imaging: none"),
    ("en", "U", "N", "U", "form-field", "Previous operations: nil"),
    ("en", "Y", "Y", "U", "form-field", "Investigations:\n- XR wrist L (02/03/2025): no fracture\n- Op note 2019 (trigger thumb release) enclosed"),
    ("en", "U", "Y", "U", "form-field", "PMH:\n- 2018 L CTD\n- Hypothyroidism"),
    ("en", "U", "Y", "Y", "form-field", "Treatment abroad in the last 12 months: Yes - admitted, Hospital Quirónsalud Marbella, 2 nights (ORIF scaphoid)"),
    ("en", "U", "U", "N", "form-field", "Hospital admission outside NL: No"),
    ("en", "N", "N", "N", "form-field", "Imaging: none | Surgery: none | Treated abroad: no"),
    ("en", "Y", "Y", "U", "form-field", "Procedure: ORIF distal radius (volar plate)\nIntra-op imaging: satisfactory position on II"),
    ("en", "N", "N", "N", "form-field", "Imaging to date: nil\nPrevious treatment: GP (Haarlem) and hand therapy only"),
    ("en", "U", "Y", "N", "abbreviation", "S/p A1 pulley release R ring finger (2023, Xpert Clinics)."),
    ("en", "Y", "U", "U", "abbreviation", "XR: NAD."),
    ("en", "N", "Y", "U", "abbreviation", "S/p open CTR R 2021; never imaged."),
    ("en", "U", "N", "U", "abbreviation", "No PSH of note; no previous hand ops."),
    ("en", "Y", "U", "Y", "abbreviation", "MRI L wrist 11/24 at Spire Manchester: small dorsal ganglion, TFCC intact."),
    ("en", "Y", "N", "N", "long-sentence", "After she fell on the ice she was seen in the emergency department of OLVG in Amsterdam, where radiographs showed an undisplaced fracture, was placed in a cast for six weeks and, contrary to what her referral letter suggests, never operated on."),
    ("en", "U", "Y", "Y", "long-sentence", "Having been admitted under the orthopaedic team at St James's Hospital in Dublin, where the laceration was explored and the digital nerve repaired, he flew home two days later."),
    ("en", "Y", "U", "N", "long-sentence", "The ultrasound requested by her GP, which was eventually performed at Tergooi MC after a long delay, showed no ganglion."),
    ("en", "N", "U", "U", "distant-negation", "Neither an X-ray nor any other form of imaging, despite two visits to the out-of-hours service, was ever arranged."),
    ("en", "U", "N", "N", "long-sentence", "Although surgery was discussed at length with Mr Bakker at the Hand & Wrist Surgery Unit in Rotterdam, he opted for conservative treatment and has not had an operation."),
    ("en", "U", "U", "U", "other-person", "Her sister had both hands operated on for carpal tunnel syndrome."),
    ("en", "U", "N", "U", "other-person", "His wife, who accompanies him, had wrist surgery last year; he himself has never had an operation."),
    ("en", "U", "U", "U", "other-person", "A fellow patient in the waiting room told her he had been operated on at a clinic in Germany, which is why she asked for a second opinion."),
    ("en", "Y", "N", "U", "other-person", "Unlike her daughter, who needed an operation, she was managed with an X-ray and a splint only."),
    ("en", "Y", "U", "Y", "abroad-cue", "Seen at Hospital Universitari Son Espases, where X-rays were normal and a volar slab was applied."),
    ("en", "Y", "Y", "Y", "abroad-cue", "Discharge summary, Royal Infirmary of Edinburgh: MUA and K-wiring of left distal radius; post-op X-ray satisfactory."),
    ("en", "N", "N", "Y", "abroad-cue", "He was treated at Massachusetts General Hospital while working in Boston; the tendon healed without surgery or scans."),
    ("en", "U", "U", "Y", "abroad-cue", "Medical evacuation from a cruise ship to a hospital in Nassau, where the hand wound was cleaned and dressed."),
    ("en", "Y", "U", "N", "abroad-not-care", "She spends winters in Portugal but has had all her medical care, including two X-rays, in Eindhoven."),
    ("en", "N", "U", "N", "abroad-not-care", "Teleconsultation from Dubai with our hand surgeon; she was not seen by any doctor there and no imaging has been done yet."),
    ("en", "U", "U", "N", "abroad-not-care", "Overseas treatment was offered through his employer, but he declined it and has only been treated in the Netherlands."),
    ("en", "U", "Y", "N", "abroad-not-care", "American exchange student, operated on at UMC Utrecht for a flexor tendon injury."),
    ("en", "U", "U", "Y", "abroad-cue", "Seen in the Emergency Department, Mater Misericordiae University Hospital, Dublin 7."),
    ("en", "Y", "U", "Y", "abroad-cue", "Radiology report, Lenox Hill Hospital: PA and lateral views of the right wrist; no acute fracture."),
    ("en", "U", "U", "Y", "abroad-cue", "He was treated at the Role 2 medical facility at Camp Castor in Gao before repatriation."),
    ("en", "U", "U", "U", "name-not-event", "Mill Lane Surgery, 14 Mill Lane, Cambridge - Dear Dr Visser,"),
    ("en", "N", "U", "Y", "name-not-event", "Seen by her GP at Priory Road Surgery, who sent her to the Bristol Royal Infirmary; no X-ray was done there or since."),
    ("en", "N", "N", "U", "name-not-event", "Referred by Dr Khan, Surgery Lane Medical Practice; no surgical history and no imaging to date."),
    ("en", "U", "U", "U", "other-body-part", "Past surgical history: laparoscopic cholecystectomy 2015, right knee arthroscopy 2019."),
    ("en", "U", "N", "U", "other-body-part", "No hand or wrist surgery; left total hip replacement 2021."),
    ("en", "Y", "N", "U", "minor-procedure", "The ganglion was aspirated in clinic under ultrasound guidance; it has never been excised."),
    ("en", "U", "U", "U", "minor-procedure", "Closed reduction in ED and a below-elbow backslab; fracture clinic to follow up."),
    ("en", "N", "Y", "U", "minor-procedure", "Trigger finger: two steroid injections, then open A1 pulley release in 2024, all without any imaging."),
    # ------------------------------------------------------------------ German / Austrian / Swiss
    ("de", "N", "U", "U", "not-yet", "Eine Bildgebung ist bislang noch nicht erfolgt; ein MRT ist für den 14.05. geplant."),
    ("de", "N", "N", "U", "not-yet", "Der Patient wurde noch nicht operiert, auch eine Bildgebung steht noch aus."),
    ("de", "Y", "N", "U", "time", "Inzwischen wurde doch ein Röntgenbild angefertigt, das keine Fraktur zeigt; operiert wurde bislang nicht."),
    ("de", "Y", "U", "U", "time", "Der OP-Termin wurde auf den 03.11.2025 verschoben; das MRT vom September liegt vor."),
    ("de", "U", "Y", "Y", "pseudo-negation", "Keine Besserung nach der Operation im März im Klinikum Kleve; weiterhin Taubheitsgefühl D1-D3."),
    ("de", "U", "U", "U", "conditional", "Falls die Beschwerden persistieren, ist eine operative Dekompression zu erwägen."),
    ("de", "U", "U", "U", "question", "Wir bitten um Klärung, ob der Patient im Ausland behandelt wurde."),
    ("de", "Y", "U", "Y", "conditional", "Sollte das MRT, das im Mai im Inselspital Bern angefertigt wurde, eine TFCC-Läsion bestätigen, empfehlen wir eine Arthroskopie."),
    ("de", "U", "Y", "Y", "reported-speech", "Angeblich wurde die Patientin bereits 2019 in einer Privatklinik in Antalya an der Hand operiert."),
    ("de", "U", "U", "N", "uncertain-memory", "Ob damals geröntgt wurde, weiß der Patient nicht mehr; im Ausland sei er jedenfalls nicht behandelt worden."),
    ("de", "N", "N", "U", "form-field", "Bildgebung: —\nVoroperationen: keine"),
    ("de", "U", "U", "N", "form-field", "Auslandsaufenthalt: nein"),
    ("de", "Y", "Y", "U", "form-field", "Rö Handgelenk li. (12.02.2025): kein Frakturnachweis, einliegende Platte nach Osteosynthese 2019."),
    ("de", "U", "Y", "Y", "abbreviation", "Z.n. OP nach Kapandji re. 2020 (LKH Villach)."),
    ("de", "U", "U", "U", "name-not-event", "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie, Chefarzt Prof. Dr. M. Huber"),
    ("de", "U", "U", "U", "other-person", "Die Tochter der Patientin wurde im Vorjahr in Wien an der Hand operiert."),
    ("de", "Y", "N", "Y", "abroad-cue", "Im Kantonsspital St. Gallen wurde eine CT des Handgelenks durchgeführt; eine Operation lehnte die Patientin ab."),
    ("de", "U", "Y", "Y", "abroad-cue", "Operationsbericht, Unfallkrankenhaus Salzburg: offene Reposition und Plattenosteosynthese der distalen Radiusfraktur links."),
    ("de", "N", "U", "U", "long-sentence", "Eine weiterführende Bildgebung wurde, obwohl der Patient bei seinem Hausarzt mehrfach darum bat, nicht veranlasst und ist daher auch nicht erfolgt."),
    ("de", "N", "N", "U", "distant-negation", "Operiert wurde die Patientin an der Hand, trotz entsprechender Empfehlung des Handchirurgen, bis heute nicht; ebenso wenig wurde eine Bildgebung durchgeführt."),
    ("de", "U", "U", "N", "abroad-not-care", "Im Urlaub auf Mallorca kein Arztbesuch; Erstvorstellung erst nach Rückkehr beim Hausarzt in Venlo."),
    ("de", "N", "U", "N", "non-radiological-imaging", "Die Elektroneurographie im VieCuri Venlo zeigte eine deutlich verlängerte distale motorische Latenz des N. medianus; eine Bildgebung erfolgte bisher nicht."),
    ("de", "Y", "U", "Y", "negative-finding", "Sonographie des Handgelenks (extern, Radiologie Bocholt): unauffälliger Befund."),
    ("de", "U", "U", "Y", "minor-procedure", "Geschlossene Reposition in Bruchspaltanästhesie und Gipsruhigstellung im Kantonsspital Aarau."),
    ("de", "U", "N", "U", "other-body-part", "Keine Voroperationen an der Hand; Z.n. Appendektomie 1998."),
    ("de", "Y", "Y", "U", "double-negation", "Nicht nur wurde ein MRT angefertigt, der Patient wurde auch bereits arthroskopisch operiert."),
    ("de", "U", "Y", "N", "time", "Seitdem er im Maastricht UMC+ operiert wurde, ist die Beweglichkeit eingeschränkt."),
    ("de", "N", "N", "Y", "abroad-cue", "Stationäre Aufnahme im Klinikum Nürnberg vom 02.08. bis 05.08.2025; konservative Therapie ohne Bildgebung, keine Operation."),
    ("de", "Y", "N", "N", "long-sentence", "Die Patientin wurde in Nijmegen geröntgt und mit einer Schiene versorgt, eine Operation erfolgte nicht, im Ausland war sie nicht in Behandlung."),
    ("de", "U", "U", "U", "abroad-not-care", "Eine Behandlung in der Schweiz ist geplant, sofern die Kostenübernahme erfolgt."),
    ("de", "N", "U", "Y", "abroad-cue", "Ambulante Vorstellung in der Notaufnahme des LKH Graz; eine Röntgenaufnahme wurde nicht angefertigt."),
    ("de", "U", "U", "U", "other-person", "Der Ehemann begleitet die Patientin; er selbst wurde nach einem Arbeitsunfall im Ausland operiert."),
    ("de", "Y", "U", "U", "abbreviation", "NMR re. HG: V.a. Ganglion, sonst o.B."),
    ("de", "U", "N", "U", "reported-speech", "Laut Angaben der Patientin sei eine Operation zwar empfohlen, aber nie durchgeführt worden."),
    ("de", "N", "Y", "N", "double-negation", "Nicht ein einziges Röntgenbild wurde angefertigt, weder vor noch nach der Operation im Erasmus MC."),
    ("de", "U", "N", "Y", "abroad-cue", "Konsil in der Uniklinik Köln; dort Anlage einer Unterarmschiene, keine Operation."),
    ("de", "Y", "Y", "U", "form-field", "Diagnosen:\n1. Rhizarthrose re. (Rö 01/2025)\n2. Z.n. Resektionsarthroplastik re. 2022"),
]


def toml_str(s: str) -> str:
    out = ['"']
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\u%04X" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def write() -> None:
    lines = [
        "# ub: 250 labelled passages for imaging_done / operated / treated_abroad.",
        "# Generated by make_ub.py; edit the script, not this file.",
        "",
    ]
    for i, (lang, im, op, ab, ph, text) in enumerate(E, 1):
        lines += [
            "[[sentence]]",
            f'id = "ub-{i:03d}"',
            f"text = {toml_str(text)}",
            f'lang = "{lang}"',
            f'imaging_done = "{V[im]}"',
            f'operated = "{V[op]}"',
            f'treated_abroad = "{V[ab]}"',
            f'phenomenon = "{ph}"',
            "",
        ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines), encoding="utf-8")


def check() -> list[str]:
    errs = []
    with OUT.open("rb") as f:
        data = tomllib.load(f)
    if set(data) != {"sentence"}:
        errs.append(f"top-level keys {sorted(data)} != ['sentence']")
    rows = data.get("sentence", [])
    if len(rows) != 250:
        errs.append(f"expected 250 entries, got {len(rows)}")
    keys = {"id", "text", "lang", "imaging_done", "operated", "treated_abroad", "phenomenon"}
    facts = ("imaging_done", "operated", "treated_abroad")
    seen = {}
    for i, r in enumerate(rows, 1):
        want = f"ub-{i:03d}"
        if set(r) != keys:
            errs.append(f"entry {i}: keys {sorted(r)}")
            continue
        if r["id"] != want:
            errs.append(f"entry {i}: id {r['id']!r} != {want!r}")
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            errs.append(f"{r['id']}: empty text")
        elif t != t.strip():
            errs.append(f"{r['id']}: leading/trailing whitespace")
        else:
            norm = " ".join(t.lower().split())
            if norm in seen:
                errs.append(f"{r['id']}: duplicate text of {seen[norm]}")
            seen[norm] = r["id"]
        if r["lang"] not in ("nl", "en", "de"):
            errs.append(f"{r['id']}: lang {r['lang']!r}")
        for k in facts:
            if r[k] not in ("yes", "no", "unmentioned"):
                errs.append(f"{r['id']}: {k} {r[k]!r}")
        if r["phenomenon"] not in VOCAB:
            errs.append(f"{r['id']}: phenomenon {r['phenomenon']!r} not in vocabulary")
    return errs, rows


def report(rows) -> None:
    n = len(rows)
    langs = collections.Counter(r["lang"] for r in rows)
    print(f"entries: {n}")
    print("per language: " + ", ".join(f"{k}={langs[k]} ({100*langs[k]/n:.0f}%)" for k in ("nl", "en", "de")))
    for k in ("imaging_done", "operated", "treated_abroad"):
        c = collections.Counter(r[k] for r in rows)
        print(f"{k}: " + ", ".join(f"{v}={c[v]}" for v in ("yes", "no", "unmentioned")))
        for lang in ("nl", "en", "de"):
            cl = collections.Counter(r[k] for r in rows if r["lang"] == lang)
            print(f"    {lang}: " + ", ".join(f"{v}={cl[v]}" for v in ("yes", "no", "unmentioned")))
    mentioned = collections.Counter(
        sum(r[k] != "unmentioned" for k in ("imaging_done", "operated", "treated_abroad")) for r in rows)
    print("facts mentioned per entry: " + ", ".join(f"{m}={mentioned[m]}" for m in range(4)))
    mixed = sum(1 for r in rows
                if len({r[k] for k in ("imaging_done", "operated", "treated_abroad")} - {"unmentioned"}) >= 2)
    print(f"entries with two different mentioned values: {mixed}")
    ph = collections.Counter(r["phenomenon"] for r in rows)
    print("phenomena: " + ", ".join(f"{k}={v}" for k, v in sorted(ph.items())))


def main() -> int:
    write()
    try:
        errs, rows = check()
    except (tomllib.TOMLDecodeError, OSError) as e:
        print(f"cannot read back {OUT}: {e}", file=sys.stderr)
        return 1
    if errs:
        for e in errs:
            print("ERROR: " + e, file=sys.stderr)
        return 1
    report(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
