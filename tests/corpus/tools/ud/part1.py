# Part 1 of the ud sentence set: 25 nl (incl. Flemish), 15 en, 10 de.
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
    p("Er is bij patiënte nooit een röntgenfoto of MRI van de pols gemaakt.",
      "nl", N, U, U, "negation"),
    p("12-03-2026 S: sinds val op uitgestrekte hand pijn re pols. O: drukpijn tabatière. "
      "E: verdenking scaphoidfractuur. P: X-pols + scaphoidserie aangevraagd, gips z.n.",
      "nl", U, U, U, "soep journal, imaging requested, z.n. plan"),
    p("14-03-2026 Uitslag X-pols re: geen fractuur zichtbaar. P: bij aanhoudende klachten MRI overwegen.",
      "nl", Y, U, U, "negated finding not imaging, hypothetical plan"),
    p("Episodelijst: L87 Ganglion pols li (2019); D88 Appendicitis – appendectomie 2004; L93 Epicondylitis lateralis.",
      "nl", U, U, U, "episode list, other body part operation"),
    p("Patiënt is nooit geopereerd aan de hand, maar heeft in 2022 wel een MRI van de pols gehad "
      "in het Ziekenhuis Land van Cuijk in Boxmeer.",
      "nl", Y, N, N, "negation scope stops at maar, care in nl"),
    p("Patiënt werd op 02/11/2025 gezien op onze spoedgevallendienst (AZ Leiedal, Deinze) na een val van de fiets. "
      "RX pols: distale radiusfractuur, niet verplaatst. Behandeling: gipsspalk, opvolging bij de huisarts.",
      "nl", Y, U, Y, "flemish hospital letter, multi-fact"),
    p("Vraagstelling: is er sprake van een scapholunaire ligamentlaesie? Zo ja, is operatief herstel zinvol?",
      "nl", U, U, U, "question"),
    p("De MRI van 4 februari jl. is volgens patiënt gemaakt, maar het verslag en de cd hebben wij niet ontvangen.",
      "nl", Y, U, U, "patient-reported, report and cd missing"),
    p("Patiënte twijfelt of er destijds in Marokko een foto is gemaakt; zij herinnert zich alleen een bezoek "
      "aan een huisarts ter plaatse.",
      "nl", U, U, U, "uncertainty, gp abroad not hospital"),
    p("Zomer 2025 drie weken op vakantie in Kroatië geweest; daar geen medische zorg gehad. "
      "Klachten begonnen pas na terugkomst.",
      "nl", U, U, N, "holiday abroad without care"),
    p("Op vakantie in Portugal uitgegleden; op de urgência van het ziekenhuis in Faro werd de pols gespalkt, "
      "foto's zijn daar niet gemaakt.",
      "nl", N, U, Y, "foreign emergency department, negation"),
    p("Beeldvorming: geen\nOperaties: geen\nBehandeling buitenland: n.v.t.",
      "nl", N, N, N, "field block, all negative"),
    p("Ingreep: CTS-release rechts (open), 14-05-2024. Operateur: dr. P. Hermans. Complicaties: geen.",
      "nl", U, Y, U, "operation report fields, 'geen' belongs to complications"),
    p("St.n. ORIF distale radius li (2023, Ziekenhuis Parkstad, Heerlen), osteosynthesemateriaal in situ. "
      "Thans pijn ulnair.",
      "nl", U, Y, N, "abbreviation st.n., border-region hospital in nl"),
    p("Telefonisch contact met de dochter van patiënte: patiënte is vorig jaar in Duitsland aan haar heup geopereerd "
      "(Klinikum Emmerich), verder geen ziekenhuisopnames.",
      "nl", U, U, Y, "other body part, abroad counts for any reason"),
    p("Echo pols links i.o.m. orthopeed aangevraagd, maar patiënt heeft de afspraak afgezegd; de echo is niet gemaakt.",
      "nl", N, U, U, "past plan not done, i.o.m."),
    p("Het is niet zo dat er nooit foto's zijn gemaakt: in 2021 is een X-hand gedaan op de SEH in Tiel.",
      "nl", Y, U, N, "double negative, care in nl"),
    p("Geen OK, geen gips, wel een brace via de huisarts.",
      "nl", U, N, U, "telegram negation, 'wel' scope"),
    p("Verwijzing handchirurgie. Patiënt heeft tot 2023 in Antwerpen gewoond en werkt nu in Breda.",
      "nl", U, U, U, "living abroad, no care mentioned"),
    p("Dhr. werd in 2020 in het UZ Gent geopereerd voor een scaphoid-pseudartrose (Matti-Russe). "
      "Het OK-verslag ontbreekt in het dossier.",
      "nl", U, Y, Y, "foreign hospital by name, report missing"),
    p("Raadpleging handchirurgie AZ Kortrijk-Zuid, 14/01/2026, dr. L. Verstraete. Pt. °03/07/1978. "
      "Sinds maanden tintelingen D1-D3 rechts. EMG: ernstig CTS. Geen medische beeldvorming verricht.",
      "nl", N, U, Y, "flemish consultation, emg not imaging"),
    p("Foto's van de wond zijn per e-mail meegestuurd door patiënte.",
      "nl", U, U, U, "clinical photos not imaging"),
    p("P: i.o.m. patiënt afwachtend beleid; bij progressie z.n. verwijzing voor MRI en/of operatieve behandeling.",
      "nl", U, U, U, "plan, z.n., i.o.m."),
    p("Schoonvader is vorig jaar in Spanje opgenomen geweest; patiënt zelf is daar niet mee geweest.",
      "nl", U, U, U, "other person abroad"),
    p("Echo-verslag 03-10-2025: dorsaal ganglion aan de pols, 8 mm. Geen tekenen van tendinopathie.",
      "nl", Y, U, U, "radiology fragment, negated finding"),

    # ---------------- English (15) ----------------
    p("She has never had any imaging of the wrist, but was operated on for a trigger thumb in 2019 "
      "at Riverside Community Hospital, Kingston upon Thames.",
      "en", N, Y, Y, "negation scope stops at but, uk hospital by name"),
    p("Plan: MRI left wrist if symptoms persist beyond six weeks; consider arthroscopy.",
      "en", U, U, U, "hypothetical plan"),
    p("Hx of ORIF R distal radius (2017, North Shore Hand Centre, Auckland); removal of metalwork 2018. "
      "Now presents with ulnar-sided pain.",
      "en", U, Y, Y, "abbreviation hx, foreign city"),
    p("X-rays were requested by her GP but she never attended the appointment.",
      "en", N, U, U, "requested, not done"),
    p("No surgery to date. Steroid injection to the first extensor compartment on 3 March 2026.",
      "en", U, N, U, "injection is not surgery"),
    p("We were unable to obtain the CD of her CT scan from the hospital in Malaga; the report is attached in Spanish.",
      "en", Y, U, Y, "imaging abroad, cd missing"),
    p("During a holiday in Thailand he cut his palm on glass; it was cleaned and dressed at a private clinic in Phuket.",
      "en", U, U, Y, "holiday with clinic care abroad"),
    p("Her mother and sister both had carpal tunnel releases; she herself has not had surgery.",
      "en", U, N, U, "family history, negation"),
    p("Question: would a scaphoid MRI change management, or should she proceed straight to fixation?",
      "en", U, U, U, "question"),
    p("Hi, I'm attaching the discharge letter from the hospital in Lisbon where they put the pins in my wrist "
      "last August. The X-rays are on a USB stick that I will bring.",
      "en", Y, Y, Y, "patient e-mail, informal, multi-fact"),
    p("Discharge Summary. Admission 12/06/2025, Royal Harbour NHS Foundation Trust. Procedure: none. "
      "Imaging: plain films R wrist, no fracture.",
      "en", Y, N, Y, "field block, uk trust"),
    p("He lives in Brussels, but all of his hand care so far has been at the university hospital in Utrecht.",
      "en", U, U, N, "living abroad, care in nl"),
    p("No X-ray was taken at the time, although one was recommended.",
      "en", N, U, U, "negation, recommendation"),
    p("It is not true that she has never been operated on: the Dupuytren fasciectomy in 2015 was simply "
      "omitted from the GP summary.",
      "en", U, Y, U, "double negative"),
    p("Referred for a second opinion. He lived in Dubai for ten years but never received hospital care there.",
      "en", U, U, N, "living abroad, explicit no care"),

    # ---------------- German (10) ----------------
    p("Z.n. Karpaltunnelspaltung rechts 03/2022 (Klinikum Kleve). Aktuell Rezidivbeschwerden.",
      "de", U, Y, Y, "abbreviation z.n. = zustand nach, german hospital"),
    p("Röntgen Handgelenk li. in 2 Ebenen: o.B.",
      "de", Y, U, U, "abbreviation o.b., normal result still imaging"),
    p("Eine operative Versorgung wurde empfohlen, von der Patientin jedoch abgelehnt.",
      "de", U, N, U, "advised surgery declined"),
    p("Befund: Klinisch kein Hinweis auf Instabilität. Procedere: MRT bei Persistenz der Beschwerden.",
      "de", U, U, U, "plan"),
    p("Die Patientin stellte sich am 02.11.2025 in der Zentralen Notaufnahme des Klinikums Westmünsterland-Süd "
      "in Borken vor. Eine Bildgebung erfolgte nicht; Ruhigstellung in einer Unterarmschiene.",
      "de", N, U, Y, "german emergency department, negation"),
    p("Praxis Dr. med. H. Weber, Röntgenstraße 14, 52062 Aachen. Überweisung zur Zweitmeinung Handchirurgie.",
      "de", U, U, U, "keyword in street name"),
    p("Keine Voroperationen an der Hand, aber eine Arthroskopie des rechten Knies 2019.",
      "de", U, N, U, "negation scope stops at aber, other body part"),
    p("Die Ganglionexzision erfolgte 2024 in einem Krankenhaus in Venlo, also in den Niederlanden.",
      "de", U, Y, N, "german text, care in nl"),
    p("Ob eine MRT durchgeführt wurde, ist der Patientin nicht erinnerlich.",
      "de", U, U, U, "uncertainty"),
    p("Klinik für Unfallchirurgie, Städtisches Klinikum Gronau. Diagnose: distale Radiusfraktur rechts. "
      "Therapie: geschlossene Reposition und Gipsanlage. Kontrolle in unserer Ambulanz in 7 Tagen.",
      "de", U, U, Y, "closed reduction not operation, german hospital"),
]
