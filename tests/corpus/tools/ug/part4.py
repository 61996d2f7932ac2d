"""Sentence corpus, part 4: 25 nl, 15 en, 10 de. Fictional patients only."""

Y, N, U = "yes", "no", "unmentioned"


def s(text, lang, imaging_done, operated, treated_abroad, phenomenon):
    return {
        "text": text,
        "lang": lang,
        "imaging_done": imaging_done,
        "operated": operated,
        "treated_abroad": treated_abroad,
        "phenomenon": phenomenon,
    }


SENTENCES = [
    # ---------------------------------------------------------------- nl (25)
    s("14-10-2025 Brief specialist ontvangen (orthopedie Isala): behandeld met een nachtspalk, een operatie was "
      "niet nodig.",
      "nl", U, N, N, "journal-line, dutch-hospital-named, negation (past 'was niet nodig' = not done)"),
    s("L87 Ganglion pols. 03-02-2025: ganglion geëxtirpeerd door plastisch chirurg.",
      "nl", U, Y, U, "episode-list, ICPC code, passive participle"),
    s("Patiënte is op vakantie in Frankrijk door een hond in de hand gebeten en kreeg in het Centre "
      "Hospitalier de Perpignan antibiotica. Röntgenfoto's zijn niet gemaakt.",
      "nl", N, U, Y, "abroad-named-hospital, passive, negation"),
    s("Hij heeft ondanks ons advies geen foto laten maken.",
      "nl", N, U, U, "negation, laten-construction"),
    s("De MRI zou eind maart gemaakt worden, maar de uitslag heb ik nog niet ontvangen.",
      "nl", U, U, U, "plan; unclear whether the exam took place"),
    s("Sinds de operatie van haar man is zij mantelzorger en overbelast zij haar handen.",
      "nl", U, U, U, "family"),
    s("Aanvullend onderzoek: X-pols op de SEH van Amphia Breda: scafoïdfractuur. Eerdere behandeling: "
      "gipsimmobilisatie 6 weken aldaar, geen operatie.",
      "nl", Y, N, N, "form-fields, dutch-hospital-named, negation"),
    s("Controlefoto na 1 week toont geen secundaire dislocatie.",
      "nl", Y, U, U, "negated-finding"),
    s("Vraagstelling: operatie-indicatie? Patiënt is eerder in Turkije aan de pols geopereerd, een verslag "
      "ontbreekt.",
      "nl", U, Y, Y, "question, historical, abroad-country"),
    s("Pt heeft op eigen initiatief een MRI laten doen in een privékliniek in Düsseldorf.",
      "nl", Y, U, Y, "laten-construction, abroad-named-city; ambiguous: diagnostics abroad counted as care abroad"),
    s("Tot op heden is er geen operatieve behandeling ingesteld en geen beeldvorming verricht; patiënt is "
      "uitsluitend door de huisarts en de fysiotherapeut in Zwolle behandeld.",
      "nl", N, N, N, "negation, separable-verb, care in NL"),
    s("De echo van de pols is op 4 juni verricht in het Meander MC, twee jaar na de ganglionextirpatie: "
      "recidiefganglion.",
      "nl", Y, Y, U, "passive, implied operation; imaging-only at Dutch hospital does not settle treated_abroad"),
    s("Hij gaat volgend jaar een halfjaar in Australië wonen en wil vóór vertrek geopereerd worden.",
      "nl", U, U, U, "plan, living-abroad (future)"),
    s("Bij de vorige ingreep (CTS-release 2019) is geen zenuwschade opgetreden.",
      "nl", U, Y, U, "pseudo-negation (negated complication), separable-verb, abbreviation"),
    s("Hand geopereerd? nee. Foto's? nee. Buitenland? nee.",
      "nl", N, N, N, "question-answer, telegraphic, list"),
    s("Wegens persisterende pijn werd patiënt uiteindelijk in het AZ Delta in Roeselare opgenomen voor "
      "een polsartrodese.",
      "nl", U, Y, Y, "abroad-named-hospital, passive"),
    s("Foto's zijn niet nodig geweest; het betrof een oppervlakkige snijwond die op de SEH van het Martini "
      "Ziekenhuis is gelijmd.",
      "nl", N, U, N, "negation, non-operative-procedure, dutch-hospital-named"),
    s("We hebben hem verteld dat een MRI in Duitsland sneller kan, maar hij wacht liever op het ziekenhuis hier.",
      "nl", U, U, U, "advice, abroad-wish, modal"),
    s("Patiënt vertelt dat de pols nooit gebroken is geweest, maar wel geopereerd (ganglion, 2020).",
      "nl", U, Y, U, "pseudo-negation, mixed"),
    s("De foto's uit Spanje (Hospital Quirónsalud Málaga) zitten op de bijgevoegde cd-rom.",
      "nl", Y, U, Y, "abroad-named-hospital, implied exam abroad; ambiguous: diagnostics abroad counted as care abroad"),
    s("Aanvullend onderzoek: -",
      "nl", N, U, U, "form-field, dash read as none"),
    s("Zij is twee keer naar de OK gebracht, beide keren werd de ingreep afgeblazen wegens anesthesieproblemen.",
      "nl", U, N, U, "cancelled operation, separable-verb, surgery-word in context"),
    s("Beeldvorming niet verricht i.v.m. zwangerschap; echo eventueel later.",
      "nl", N, U, U, "negation, plan, abbreviation"),
    s("Vanwege de wachtlijst laat ze zich in België opereren; de intake in het AZ Groeninge is volgende week.",
      "nl", U, U, U, "plan in present tense, abroad (future)"),
    s("S/ val van ladder O/ zwelling radiaal, drukpijn tabatière E/ scaphoid # P/ gips + verw. handchir.",
      "nl", U, U, U, "telegraphic, abbreviation, slash notation; fracture without stated exam (no imaging word)"),
    # ---------------------------------------------------------------- en (15)
    s("Imaging: none. Surgery: none. Seen previously in Germany: no.",
      "en", N, N, N, "form-fields, negation"),
    s("He reports being admitted to a hospital in Phuket for two nights after the injury, where the wrist was "
      "X-rayed and splinted.",
      "en", Y, U, Y, "abroad-named-city, reported, passive"),
    s("There is no doubt that the original fixation was suboptimal.",
      "en", U, Y, U, "pseudo-negation, implied operation"),
    s("Radiographs were reviewed by our radiologist, who noted early CMC joint arthritis.",
      "en", Y, U, U, "passive, abbreviation"),
    s("We would be happy to see her for a second opinion regarding possible surgical management.",
      "en", U, U, U, "offer"),
    s("She had her carpal tunnel decompression done privately in Spain; clinic name unknown.",
      "en", U, Y, Y, "abroad-country, causative 'had done'"),
    s("No fracture was seen on X-ray and no surgery was required; she was discharged from A&E at "
      "St Mary's Hospital, Paddington, with a splint.",
      "en", Y, N, Y, "negated-finding, negation, abroad-named-hospital, abbreviation"),
    s("MRI cancelled due to claustrophobia; no alternative imaging has been arranged.",
      "en", N, U, U, "cancelled exam, negation"),
    s("He is a Dutch national living in Singapore; all previous treatment took place at Raffles Hospital.",
      "en", U, U, Y, "living-abroad, abroad-named-hospital"),
    s("Pending: operation note from the Alexandra Hospital, Redditch.",
      "en", U, Y, Y, "report-mention implies operation, abroad-named-hospital, telegraphic"),
    s("The patient wonders whether an X-ray is needed at all, as none was done after the fall.",
      "en", N, U, U, "question, negation (pronoun 'none')"),
    s("Before presentation she had no treatment whatsoever, neither here nor abroad.",
      "en", U, N, N, "negation, list"),
    s("Her symptoms started after her daughter's wedding in Istanbul, where she carried heavy luggage; she did "
      "not see a doctor there.",
      "en", U, U, N, "abroad-without-care, negation"),
    s("Plain films: healed distal radius fracture with 10 degrees dorsal tilt; no hardware.",
      "en", Y, U, U, "negated-finding; no hardware does not prove no operation"),
    s("Operated x3 (2015 CTR, 2017 re-do, 2021 tenolysis), all at the Royal Free.",
      "en", U, Y, Y, "abbreviation, list, abroad-named-hospital"),
    # ---------------------------------------------------------------- de (10)
    s("Entlassungsbrief: stationäre Aufnahme vom 12.03. bis 15.03.2026 in der Klinik für Unfallchirurgie, "
      "Klinikum Oldenburg. Diagnostik: Röntgen und CT des rechten Handgelenks.",
      "de", Y, U, Y, "surgery-word-name, abroad-named-hospital, document written abroad"),
    s("Eine MRT wäre wünschenswert gewesen, wurde aber von der Krankenkasse nicht genehmigt.",
      "de", N, U, U, "Konjunktiv, negation via refusal of approval"),
    s("Die Beugesehnennaht erfolgte alio loco in den Niederlanden.",
      "de", U, Y, N, "abbreviation (alio loco), care in NL"),
    s("Ein Rötgenbild wurde bislang nicht angefertigt; die bisherige Behandlung erfolgte ausschließlich beim "
      "Hausarzt in Enschede.",
      "de", N, U, N, "negation, passive, typo, care in NL"),
    s("Wir haben dem Patienten in unserer Ambulanz in Aachen zu einer operativen Stabilisierung geraten.",
      "de", U, U, Y, "advice, border-town, document written abroad"),
    s("CT: Pseudarthrose des Skaphoids nach Schraubenosteosynthese 2024, kein Hinweis auf Osteonekrose.",
      "de", Y, Y, U, "negated-finding, telegraphic, implied operation"),
    s("Die Patientin wurde bereits zweimal voroperiert, zuletzt in Maastricht.",
      "de", U, Y, U, "historical; first operation's location unknown, so treated_abroad not settled"),
    s("Bei Persistenz der Beschwerden wird eine Operation empfohlen; eine Bildgebung ist bisher nicht erfolgt.",
      "de", N, U, U, "conditional, advice, negation"),
    s("Im Röntgen zeigt sich die Platte regelrecht, ohne Lockerungszeichen.",
      "de", Y, Y, U, "implied operation (hardware), negated-finding"),
    s("Der Patient wohnt in Kleve und wurde ausschließlich in Nijmegen behandelt.",
      "de", U, U, N, "living-abroad, border-town, care in NL"),
]
