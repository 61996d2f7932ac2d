# Part 2 of the ud sentence set: 25 nl (incl. Flemish), 15 en, 10 de.
# All patients, clinicians, dates and most hospital names are invented.

Y, N, U = "yes", "no", "unmentioned"


def p(text, lang, imaging_done, operated, treated_abroad, phenomenon):
    return {
        "text": text,
        "lang": lang,
        "imaging_done": imaging_done,
        "operated": operated,
        "treated_abroad": treated_abroad,
        "phenomenon": phenomenon,
    }


PASSAGES = [
    # ---------------- Dutch / Flemish (25) ----------------
    p("03-02-2026 S: controle na CTS-release li. O: wond rustig, sensibiliteit hersteld. P: hechtingen verwijderd.",
      "nl", U, Y, U, "soep journal, operation implied by follow-up"),
    p("Reden van verwijzing: second opinion pijnlijke duimbasis re.\nVraagstelling: artrose CMC-1? Operatie zinvol?\n"
      "Recente behandelingen: spalk, NSAID.",
      "nl", U, U, U, "zorgdomein fields, question"),
    p("Relevante voorgeschiedenis: 2019 ganglionexcisie pols re (Ziekenhuis Betuwe, Tiel); 2021 X-pols re: geen afwijkingen.",
      "nl", Y, Y, N, "zorgdomein history, multi-fact, care in nl"),
    p("Patiënt meldt dat hij in een ziekenhuis in Izmir 'een scan' heeft gehad, maar weet niet of het een echo "
      "of een MRI was. Er is geen verslag.",
      "nl", Y, U, Y, "patient-reported, modality unknown, report missing"),
    p("L72 Fractuur radius/ulna li (2025) – in Duitsland op de SEH gezien en daar gegipst.",
      "nl", U, U, Y, "episode line, foreign emergency department"),
    p("Mevrouw werd op 12/05/2025 in het dagziekenhuis geopereerd: release van de eerste dorsale loge links. "
      "Postoperatief verloop zonder problemen. Verdere opvolging via de huisarts. "
      "Met collegiale groeten, dr. K. Van Damme, AZ Maasland Maaseik.",
      "nl", U, Y, Y, "flemish letter, signature names belgian hospital"),
    p("Er is geen operatieverslag bijgevoegd, omdat patiënt niet is geopereerd.",
      "nl", U, N, U, "report mention negated"),
    p("OK-verslag volgt per post.",
      "nl", U, Y, U, "report to follow presupposes operation"),
    p("Geen aanwijzingen voor een fractuur op de X-pols van 09-01.",
      "nl", Y, U, U, "negated finding not imaging"),
    p("Patiënte is uitgelegd dat een MRI pas na zes weken zinvol is; tot die tijd wil zij geen onderzoek.",
      "nl", U, U, U, "future imaging only"),
    p("MRSA-screening aangevraagd i.v.m. recente opname in een ziekenhuis in Casablanca (dec. 2025).",
      "nl", U, U, Y, "mrsa context, foreign admission"),
    p("MRSA-screening niet nodig: patiënt is de afgelopen jaren niet in een buitenlands ziekenhuis geweest.",
      "nl", U, U, N, "mrsa context, negation"),
    p("Pijn bij ulnadeviatie, Finkelstein positief, geen zwelling, geen crepitaties.",
      "nl", U, U, U, "silent, clinical findings only"),
    p("Beeldvorming: X-pols (SEH, 2024) en echo pols\nOperaties: geen\nBuitenland: onbekend",
      "nl", Y, N, U, "field block, 'onbekend'"),
    p("Dhr. werkt als vrachtwagenchauffeur in Duitsland en België; de klachten ontstonden tijdens het laden.",
      "nl", U, U, U, "works abroad, no care"),
    p("Volgens de verwijzer is er een echo gemaakt, volgens patiënt niet; er is geen verslag in het dossier.",
      "nl", U, U, U, "conflicting sources"),
    p("Vorig jaar is een operatie aan de pols besproken, maar omdat de klachten afnamen is daarvan afgezien.",
      "nl", U, N, U, "past plan not done"),
    p("Op 24-06 werd de geplande artroscopie van de pols uitgevoerd in Ziekenhuis De Peel, Helmond.",
      "nl", U, Y, N, "past plan done, care in nl"),
    p("Episodelijst:\nL92 Schoudersyndroom\nK86 Hypertensie\nN93 Carpaletunnelsyndroom re – 2024 operatief behandeld",
      "nl", U, Y, U, "episode list"),
    p("Patiënte geeft aan nog nooit in een ziekenhuis te zijn geweest, ook niet in het buitenland.",
      "nl", U, N, N, "global negation"),
    p("Ingreep: geen. Indicatie: n.v.t. Nabehandeling: fysiotherapie via de huisarts.",
      "nl", U, N, U, "form fields, negative"),
    p("Patiënt verbleef van 3 tot 5 maart in ons ziekenhuis (AZ Scheldeland, Bornem) na een val van de ladder; "
      "CT-scan van de pols toonde een comminutieve fractuur, waarvoor osteosynthese met plaat.",
      "nl", Y, Y, Y, "flemish hospital, multi-fact"),
    p("Zij is in 2018 in Sint-Truiden aan de rechterknie geopereerd; aan handen en polsen nooit.",
      "nl", U, N, Y, "other body part, foreign city only, negation"),
    p("Er volgt nog een CT van de pols; de MRI is al gemaakt.",
      "nl", Y, U, U, "plan plus done"),
    p("P: verwijzing plastische chirurgie i.v.m. triggervinger D3 li; eerdere injectie hielp onvoldoende.",
      "nl", U, U, U, "referral for treatment, injection"),

    # ---------------- English (15) ----------------
    p("Operation Note. Date: 14/09/2025. Surgeon: Mr A. Patel. Procedure: excision of dorsal wrist ganglion, left. "
      "Anaesthetic: regional block. Closure: 4-0 Prolene.",
      "en", U, Y, U, "operation note, location not stated"),
    p("Imaging: none performed. Surgery: none. Seen in A&E at St Luke's Infirmary, Bath, and discharged with a splint.",
      "en", N, N, Y, "field block, uk emergency department"),
    p("If the MRI confirms a TFCC tear, we would offer arthroscopic debridement.",
      "en", U, U, U, "conditional plan"),
    p("Her husband recently had wrist surgery in Spain, which is why she is asking about the same operation.",
      "en", U, U, U, "other person's operation abroad"),
    p("He was booked for a carpal tunnel release in March, but the operation was cancelled and never rescheduled.",
      "en", U, N, U, "past plan cancelled"),
    p("s/p K-wire fixation R 5th metacarpal; wires removed at 4 weeks in clinic.",
      "en", U, Y, U, "abbreviation s/p"),
    p("Ultrasound of the right wrist has been requested; results awaited.",
      "en", U, U, U, "requested, pending"),
    p("We have received the radiology report, but not the CD, for her wrist MRI of 2 February 2026.",
      "en", Y, U, U, "cd missing, report present"),
    p("Living in Spain since 2020, she flies back to the Netherlands for all her medical care, including her "
      "wrist surgery in Amersfoort in 2024.",
      "en", U, Y, N, "living abroad, care in nl"),
    p("Dear Dr de Vries, thank you for referring this pleasant 54-year-old lady with pain at the base of the thumb.",
      "en", U, U, U, "silent, salutation"),
    p("Does she need a CT before we decide on surgery? No imaging has been done so far.",
      "en", N, U, U, "question then negation"),
    p("She was treated at the emergency department of a hospital in Antalya after a fall; the wrist was X-rayed "
      "and a cast applied. No surgery was needed.",
      "en", Y, N, Y, "foreign emergency department, multi-fact"),
    p("No history of hand surgery. Appendicectomy aged 12, tonsillectomy aged 6.",
      "en", U, N, U, "negation plus other body part operations"),
    p("She had a second-opinion consultation at a hand clinic in Zurich in 2024, where no further treatment was advised.",
      "en", U, U, Y, "foreign outpatient consultation"),
    p("Ultrasound hand (2 Jan 2026, Eastbourne District General): 1.2 cm ganglion arising from the A1 pulley region.",
      "en", Y, U, Y, "radiology fragment, uk hospital"),

    # ---------------- German (10) ----------------
    p("OP-Bericht. Datum: 11.03.2025. Operateur: Dr. med. S. Krüger. Eingriff: offene Karpaltunnelspaltung links. "
      "Verlauf komplikationslos.",
      "de", U, Y, Y, "german operation report implies foreign hospital"),
    p("Eine Röntgenaufnahme wurde nicht angefertigt, da die Patientin schwanger war.",
      "de", N, U, U, "negation with reason"),
    p("Anamnestisch keine Operationen, keine Krankenhausaufenthalte im Ausland.",
      "de", U, N, N, "telegram negation list"),
    p("Beurteilung: V.a. Läsion des SL-Bandes. Empfehlung: MRT des Handgelenks mit Kontrastmittel, ggf. Arthroskopie.",
      "de", U, U, U, "suspicion, recommendation"),
    p("Die Patientin wohnt in Enschede und arbeitet in Gronau.",
      "de", U, U, U, "silent, cross-border commuter"),
    p("MRT Handgelenk rechts vom 12.01.2026 (Radiologische Abteilung, Euregio-Klinik Nordhorn): "
      "kein Nachweis einer Ruptur des TFCC.",
      "de", Y, U, Y, "imaging in german hospital, negated finding"),
    p("Die geplante Operation am 20.02. wurde durchgeführt; siehe beigefügten OP-Bericht.",
      "de", U, Y, U, "past plan done"),
    p("Bei Beschwerdepersistenz wäre eine Denervation zu erwägen.",
      "de", U, U, U, "hypothetical"),
    p("Eine Behandlung im Ausland hat nicht stattgefunden; alle Vorbehandlungen erfolgten in Maastricht.",
      "de", U, U, N, "negation, care in nl"),
    p("Sonographie der Beugesehnen: unauffällig. Eine operative Therapie ist nicht indiziert.",
      "de", Y, U, U, "normal result, surgery not indicated"),
]
