"""Labelled passages, part 2 of 5 (25 nl, 15 en, 10 de). All patients, names and places of care are fictional."""

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
    # ---- Dutch (25) ----
    s("04-11-2026 E: ganglion pols li. P: echo pols li aangevraagd via Medische Beeldvorming.", "nl", U, U, U, "request"),
    s("Uitslag echo 18-11: dorsaal ganglion 1,2 cm, geen tenosynovitis.", "nl", Y, U, U, "telegraphic"),
    s("Beeldvorming: geen.", "nl", N, U, U, "form-field"),
    s("Operaties: geen. Allergieën: geen bekend.", "nl", U, N, U, "form-field"),
    s("Patiënt werd in maart 2025 in het AZ Scheldemeersen te Antwerpen geopereerd aan de rechterduim (trapeziectomie).", "nl", U, Y, Y, "abroad-by-name"),
    s("St. na fasciëctomie dig 4-5 links (2019), nu recidief strengvorming.", "nl", U, Y, U, "procedure-without-keyword"),
    s("De plastisch chirurg zet een MRI in gang en ziet patiënte daarna terug.", "nl", U, U, U, "plan"),
    s("Collega Van Dijk legt de foto's voor aan de radioloog.", "nl", Y, U, U, "presupposition"),
    s("Er wordt een röntgenfoto van beide handen gemaakt.", "nl", U, U, U, "plan"),
    s("Er werd een röntgenfoto van beide handen gemaakt: artrose CMC-1 beiderzijds.", "nl", Y, U, U, "plain"),
    s("Tijdens een verblijf in Marokko werd patiënt opgenomen in een kliniek in Agadir vanwege een geïnfecteerde snijwond aan de hand.", "nl", U, U, Y, "abroad-by-name"),
    s("Woont sinds 2020 in Spanje en komt voor de behandeling naar Nederland.", "nl", U, U, U, "abroad-without-care"),
    s("Zij is nergens geopereerd; wel is zij op de spoedgevallendienst van het AZ Korenbloem in Gent gezien en kreeg zij een spalk.", "nl", U, N, Y, "contrast"),
    s("Ondanks de verwijzing voor operatie is patiënt tot op heden niet geopereerd.", "nl", U, N, U, "negation"),
    s("Verwezen voor operatieve behandeling van een recidief Dupuytren.", "nl", U, U, U, "plan"),
    s("Patiënt meldt dat hij in 2012 in Duitsland aan deze pols is geopereerd, vermoedelijk een plaatosteosynthese.", "nl", U, Y, Y, "uncertainty"),
    s("Een MRI van de pols is nooit gemaakt.", "nl", U, U, U, "negation"),
    s("De cd met de MRI-beelden is niet meegestuurd; het verslag wel.", "nl", Y, U, U, "negation"),
    s("Zenuwgeleidingsonderzoek (EMG) 09-2026: matig-ernstig CTS rechts.", "nl", U, U, U, "false-friend"),
    s("Geen aanwijzingen voor een fractuur bij lichamelijk onderzoek, daarom werd afgezien van beeldvorming.", "nl", N, U, U, "negation"),
    s("Na de gesloten repositie op de SEH werd de stand op een controlefoto goed bevonden.", "nl", Y, U, U, "non-operative-procedure"),
    s("Bij twijfel over een scaphoïdfractuur kan alsnog een CT worden gemaakt.", "nl", U, U, U, "conditional"),
    s("Haar zus heeft vorig jaar in België een CMC-1-prothese gekregen.", "nl", U, U, U, "other-experiencer"),
    s("Er is geen operatieverslag van de ingreep uit 2021 beschikbaar.", "nl", U, Y, U, "mention-of-document"),
    s("Verslag radiologie volgt nog.", "nl", Y, U, U, "presupposition"),
    # ---- English (15) ----
    s("Operation note - Procedure: open carpal tunnel decompression, right. Surgeon: Mr A. Pennington. Date: 14/09/2026.", "en", U, Y, U, "form-field"),
    s("Discharge Summary, Northbrook Valley NHS Foundation Trust: admitted 2 November 2026 with a crush injury to the left hand; underwent wound washout and K-wire fixation of the 4th metacarpal.", "en", U, Y, Y, "abroad-by-name"),
    s("No X-rays or scans have been done to date.", "en", N, U, U, "negation"),
    s("MRI showed no evidence of a TFCC tear.", "en", Y, U, U, "negated-finding"),
    s("We discussed the option of a trapeziectomy; she would like time to think it over.", "en", U, U, U, "offer"),
    s("Would you be able to arrange an ultrasound scan of the wrist?", "en", U, U, U, "question"),
    s("Previous GP: Elm Grove Surgery, Chester (registered until 2024).", "en", U, U, U, "surgery-word-in-name"),
    s("She was treated conservatively with a thumb spica splint and was never operated on.", "en", U, N, U, "negation"),
    s("He had his appendix out as a child and a right knee arthroscopy in 2015.", "en", U, U, U, "other-body-part"),
    s("While working in Dubai he was seen in the emergency department of Crescent Bay Hospital, where an X-ray was taken.", "en", Y, U, Y, "abroad-by-name"),
    s("The fracture was sustained in France, but all treatment, including the plate fixation, took place in the Netherlands.", "en", U, Y, N, "abroad-event-nl-care"),
    s("Outcome: listed for A1 pulley release.", "en", U, U, U, "plan"),
    s("The patient states he may have had an X-ray in Turkey, but no images or report are available.", "en", U, U, U, "uncertainty"),
    s("Thank you for referring this lady to the Hand Surgery clinic.", "en", U, U, U, "surgery-word-in-name"),
    s("Nerve conduction studies were normal; no imaging was felt necessary.", "en", N, U, U, "negation"),
    # ---- German (10) ----
    s("Diagnosen: Distale Radiusfraktur links (AO 23-A2), Z.n. palmarer Plattenosteosynthese am 04.06.2026.", "de", U, Y, U, "procedure-without-keyword"),
    s("Procedere: Vorstellung in der handchirurgischen Sprechstunde zur Besprechung einer operativen Therapie.", "de", U, U, U, "plan"),
    s("Im Röntgen keine Fraktur nachweisbar.", "de", Y, U, U, "negated-finding"),
    s("Es erfolgte keine Bildgebung.", "de", N, U, U, "negation"),
    s("Entlassungsbrief – Krankenhaus St. Evergislus, Kleve: Die Patientin wurde am 12.07.2026 über die Notaufnahme aufgenommen.", "de", U, U, Y, "abroad-by-name"),
    s("Der Patient ist nie an der Hand operiert worden, eine Infiltration erfolgte zweimal.", "de", U, N, U, "contrast"),
    s("Geschlossene Reposition und Gipsruhigstellung, eine Operation war nicht erforderlich.", "de", U, N, U, "non-operative-procedure"),
    s("Ob früher bereits eine Ringbandspaltung erfolgte, ist unklar.", "de", U, U, U, "uncertainty"),
    s("Die Mutter der Patientin leidet ebenfalls an einem Karpaltunnelsyndrom und wurde beidseits operiert.", "de", U, U, U, "other-experiencer"),
    s("Eine MRT wurde veranlasst.", "de", U, U, U, "request"),
]
