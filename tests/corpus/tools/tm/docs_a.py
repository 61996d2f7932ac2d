"""tm-001 .. tm-011 (invented patients only)."""
import lib
from lib import lab, part


def t001(base):
    lib.pdf(base + ".pdf", [
        ("cols", "<b>ZorgDomein</b>\nVerwijzing\nSecond opinion handchirurgie",
         "Verwijsdatum: 2-11-2026\nZD-nummer: ZD84412907\nPrioriteit: regulier"),
        ("h2", "Patiënt"),
        ("kv4", [["Naam", "Hoogendijk-Brands, M.J.", "Geboortedatum", "14-02-1968"],
                 ["Geslacht", "Vrouw", "BSN", "2468.13.579"],
                 ["Adres", "Kastanjelaan 41, 2101 KP Heemstede", "Telefoon", "06-41239876"],
                 ["Verzekeraar", "Zilveren Kruis", "Polisnr.", "184 226 091"]]),
        ("h2", "Verwijzer"),
        ("kv4", [["Naam", "A.C. de Ruyter, huisarts", "AGB-code", "01-055371"],
                 ["Praktijk", "Huisartsenpraktijk De Linde", "Telefoon", "023-5288110"]]),
        ("h2", "Ontvanger"),
        ("kv", [("Specialisme", "Plastische chirurgie - handchirurgie (second opinion)"),
                ("Instelling", "Handkliniek Spaarnestad, t.a.v. intake second opinion")]),
        ("hr",),
        ("kv", [
            ("Reden van verwijzing", "Persisterende pijn en krachtsverlies duim rechts, ruim een jaar na trapeziectomie rechts."),
            ("Vraagstelling", "Graag uw second opinion: wat is de oorzaak van de aanhoudende klachten en is er een "
                              "indicatie voor een revisie-ingreep of juist niet? Patiënte wil graag een onafhankelijk oordeel."),
            ("Anamnese", "Sinds de operatie (sept. 2025) wisselende pijn basis duim re, vooral bij knijpen en "
                         "potten openen. Handtherapie 2x gevolgd. Geen trauma. Werkt als doktersassistente (!)."),
            ("Lichamelijk onderzoek", "Litteken rustig. Drukpijn basis MC-1. Grind-test n.v.t. Knijpkracht re duidelijk minder dan li."),
            ("Relevante voorgeschiedenis", "2025 trapeziectomie rechts met LRTI (Spaarne Gasthuis, dr. Pranger)\n"
                                          "2019 hypertensie\n2012 sectio caesarea"),
            ("Recente behandelingen", "07-2026 X-hand rechts: proximalisatie MC-1, geen impingement beschreven\n"
                                      "06-2026 corticosteroïdinjectie CMC-1 LINKS (orthopeed, Spaarne Gasthuis)\n"
                                      "05-2026 t/m 08-2026 handtherapie (Handcentrum Haarlem), 12 sessies"),
            ("Medicatie", "Amlodipine 5 mg 1dd1; paracetamol 1000 mg zo nodig"),
            ("Allergieën", "Geen bekend"),
            ("Episodelijst", "L90 Artrose CMC-1 beiderzijds (2023); K86 Hypertensie (2019)"),
        ], {"kw": 48}),
        ("small", "Deze verwijzing is digitaal aangemaakt en ondertekend via ZorgDomein. Geldig tot 2-11-2027."),
    ], footer="ZorgDomein verwijzing ZD84412907 - Hoogendijk-Brands, M.J. - pagina {page} van {pages}", size=9.5)
    return lab(["referral", "history"], "2026-11-02", "gp", "nl", "zorgdomein two-column (kv4 grid + label column)",
               "y", "y", "u",
               "Zorgdomein form without salutation; question only in 'Vraagstelling'; has Relevante voorgeschiedenis + "
               "Recente behandelingen so also history. Injection was on the LEFT side, operation on the right; "
               "'sectio caesarea' is an unrelated operation. 'doktersassistente' is a job, not an author.",
               rq=True)


def t002(base):
    lib.docx(base + ".docx", [
        ("p", "Aan: Maatschap Handchirurgie, Isala Kliniek Noord\nt.a.v. polikliniek handchirurgie\nDokter van Heesweg 2\n8025 AB Zwolle"),
        ("sp",),
        ("right", "Zwolle, 19 oktober 2026"),
        ("p", "<b>Betreft:</b> mw. J. (Joke) Bosscher-Vrielink, geb. 30-06-1957\nBurg. Roelenweg 114, 8021 EW Zwolle"),
        ("sp",),
        ("p", "Geachte collega,"),
        ("p", "Hierbij verwijs ik bovengenoemde patiënte naar u voor operatieve behandeling (A1-pulleyrelease) van een "
              "triggerfinger D3 links, zoals ik met haar heb besproken. De klachten bestaan sinds het voorjaar; zij "
              "heeft in juni en in augustus een injectie met triamcinolon gehad, beide met slechts kortdurend effect. "
              "'s Ochtends zit de vinger op slot en moet zij hem met de andere hand strekken."),
        ("p", "Zij is niet eerder aan de hand geopereerd. Aanvullend onderzoek heb ik niet laten verrichten, dit lijkt mij "
              "bij dit klinische beeld ook niet nodig."),
        ("p", "Voorgeschiedenis: DM type 2 (metformine), 2015 totale knieprothese rechts.\n"
              "Medicatie: metformine 500 mg 2dd1, simvastatine 40 mg 1dd1.\nAllergie: pleister."),
        ("p", "Ik hoor graag wanneer u haar kunt inplannen."),
        ("p", "Met vriendelijke groet,"),
        ("sp",),
        ("p", "H.J. Ter Horst, huisarts\nHuisartsenpraktijk Assendorp\nAGB 01-078813 | tel. 038-4217700"),
    ], letterhead=[("Huisartsenpraktijk Assendorp", 14, True),
                   ("Koestraat 9  -  8011 NK Zwolle  -  038-4217700  -  www.hapassendorp.nl", 8, False)],
        footer="Verwijsbrief - vertrouwelijk")
    return lab(["referral"], "2026-10-19", "gp", "nl", "free GP letter, letterhead in DOCX header",
               "n", "n", "u",
               "Referral FOR TREATMENT without any question (referral_question=false). Explicit negations: not "
               "operated on the hand, no additional imaging; knee prosthesis is another body part.",
               rq=False)


def t003(base):
    text = """\
    PROFESSIONELE SAMENVATTING                                  Datum uitdraai: 05-11-2026 10:41
    Huisartsenpraktijk Wielewaal  -  R. Zandbergen, huisarts  -  AGB 01-063390
    ======================================================================================
    Patiënt : M. (Mehmet) Yildiz                     Geb.datum : 23-07-1979   (M)
    Adres   : Leeuweriklaan 7, 7462 BR Rijssen       BSN       : ***.**.*82
    Verzekeraar: Menzis                               Patiëntnr.: 20744
    ======================================================================================

    EPISODELIJST (actueel)
      ICPC   Omschrijving                                    Begin        Attentie
      N93    Carpaletunnelsyndroom links                     02-10-2025   *
      L18    Spierpijn/ spierkramp onderarm li               14-06-2026
      K86    Hypertensie zonder orgaanbeschadiging           11-2020
      T90.02 Diabetes mellitus type 2                        03-2021      *
    EPISODELIJST (inactief)
      S18    Snijwond duim rechts (hechtingen)               08-2018      afgesloten
      D88    Appendicitis - appendectomie                    1994         afgesloten

    JOURNAAL (laatste 14 maanden, episode N93/L18)
    02-10-2025 S: tintelingen dig 1-3 links, 's nachts wakker, schudden helpt. Werk: lasser.
               O: Tinel +, Phalen + li. Geen thenaratrofie.
               E: CTS links   P: nachtspalk, evt verw.
    18-12-2025 S: spalk helpt onvoldoende.  P: verwijzing plastische chirurgie Isala
    21-01-2026 Brief specialist ontvangen: EMG (neurologie) matig ernstig CTS li; echo pols li: n. medianus
               verdikt (CSA 16 mm2). Voorstel operatie.
    14-03-2026 Brief specialist ontvangen: 14-03-2026 CTS-release links verricht (dr. Schouten), wond rustig.
    29-03-2026 S: hechtingen verwijderd door POH. O: wond goed.
    14-06-2026 S: pijn in litteken en onderarm bij tillen, tintelingen iets minder maar niet weg.
               O: drukpijn litteken, pillar pain. Kracht knijpen li < re.
               E: restklachten na CTS-release   P: paracetamol, oefeningen, afwachten 6 wk
    28-07-2026 S: terug van vakantie Mallorca, daar geen arts bezocht. Klachten onveranderd.
               P: terugverwijzen? pat. wil liever ander ziekenhuis
    09-09-2026 Brief specialist ontvangen: controle Isala, 'normaal beloop, geduld'. Geen nieuwe afspraak.
    22-10-2026 S: wil second opinion, las over handkliniek. E: aanhoudende klachten na CTS-release li.
               P: verwijzing second opinion handchirurgie via ZorgDomein; samenvatting meegestuurd.

    MEDICATIE (actueel)
      metformine 850 mg           2dd1
      lisinopril 10 mg            1dd1
      paracetamol 500 mg          z.n. max 6dd2

    CONTRA-INDICATIES / ALLERGIEËN
      geen bekend

    -- einde uitdraai --                                             pagina 1/1
    """
    lib.txt(base + ".txt", text, enc="cp1252", crlf=True)
    return lab(["history"], "2026-11-05", "gp", "nl", "HIS printout (professionele samenvatting), fixed width, cp1252 CRLF",
               "y", "y", "n",
               "Dense HIS printout with ICPC episodes and SOEP journal; operation and echo only known from "
               "'Brief specialist ontvangen' journal lines; holiday in Mallorca explicitly WITHOUT care (abroad=no); "
               "appendectomy and sutured cut are other problems. Windows-1252 with CRLF.")


def t004(base):
    lib.pdf(base + ".pdf", [
        ("cols", "Dr R. Mistry\nKennet Valley Surgery\n12 Bath Road\nThatcham RG18 3AG",
         "Hand Unit, Level 2\nTel: 0118 496 0123\nDictated: 21/10/2026\nTyped: 23/10/2026\nOur ref: HU/KT/88213"),
        ("p", "<b>Re: Ms Sophie ATHERTON-DE WIT</b>   DOB: 03/09/1985   NHS No: 486 112 9073\n"
              "Hospital No: W0815527   Flat 4, 19 Kings Road, Newbury RG14 5RB"),
        ("p", "<b>Diagnosis:</b> Chronic scapholunate ligament injury, right (dominant) wrist\n"
              "<b>Clinic:</b> Consultant hand clinic, 21 October 2026"),
        ("p", "Dear Dr Mistry,"),
        ("p", "I reviewed Sophie in clinic today. She fell off her bicycle in May and has had dorsal wrist pain and a "
              "painful clunk since, particularly when pushing up from a chair and doing yoga. She works as a "
              "software tester and is right-hand dominant."),
        ("p", "On examination there is tenderness over the scapholunate interval and a positive Watson shift test. "
              "Grip strength 22 kg on the right against 31 kg on the left. Plain radiographs taken in clinic today "
              "show a scapholunate gap of 4 mm on the clenched-fist view without radiographic arthritis. The MRI "
              "arthrogram of 12 August has already been reported as showing a complete tear of the dorsal SL ligament."),
        ("p", "<b>Plan:</b> We had a long discussion about the options, including continued splintage and "
              "proprioceptive physiotherapy, and a scapholunate ligament reconstruction. She is relocating to the "
              "Netherlands in December for her partner's job and would prefer to have any surgery there, once "
              "settled. I have given her copies of her imaging on disc and this letter, and I am happy to be "
              "contacted by her new surgeon. No further follow-up has been arranged here."),
        ("p", "Yours sincerely,"),
        ("sp", 8),
        ("p", "<b>Mr Kieran Tallis</b> FRCS (Tr &amp; Orth)\nConsultant Hand &amp; Wrist Surgeon"),
        ("small", "cc: Ms S. Atherton-de Wit (patient)"),
    ], letterhead=[("North Wessex Hospitals", 15, True), ("NHS Foundation Trust", 10, False),
                   ("Royal Kennet Hospital, London Road, Reading RG1 5AN", 8, False)],
        lh_align="right", lh_box=("NHS", "#005eb8"),
        footer="Confidential - North Wessex Hospitals NHS Foundation Trust - Page {page} of {pages}", font="Helvetica")
    return lab(["correspondence"], "2026-10-23", "specialist", "en", "UK NHS consultant clinic letter",
               "y", "u", "y",
               "Written by the UK hospital that saw her (abroad=yes). Surgery only discussed/offered, to be done "
               "in NL later (operated=unmentioned). Dictated vs typed date; DOB in dd/mm/yyyy; 'Mr' consultant title.",
               also=["2026-10-21"])


def t005(base):
    lib.pdf(base + ".pdf", [
        ("h", "OPERATIONSBERICHT"),
        ("kv", [("Patient", "van der Meulen, Thijs, geb. 09.11.1994"),
                ("Wohnort", "Amersfoort (NL), z.Zt. Urlaub in Oberstdorf"),
                ("Fall-Nr.", "2026-0038812 / stationär"),
                ("OP-Datum", "14.02.2026"), ("OP-Saal", "3"),
                ("Schnitt / Naht", "10:12 / 11:31 Uhr"),
                ("Operateur", "Dr. med. F. Hägele, Oberarzt"),
                ("Assistenz", "K. Wimmer, Assistenzärztin"),
                ("Anästhesie", "Plexusanästhesie (axillär), Dr. Oberndorfer"),
                ("Blutsperre", "Oberarm, 250 mmHg, 68 min")], {"kw": 38}),
        ("h2", "Diagnose"),
        ("p", "Distale intraartikuläre Radiusfraktur rechts (AO 23-C2) nach Skisturz am 12.02.2026."),
        ("h2", "Eingriff"),
        ("p", "Offene Reposition und palmare winkelstabile Plattenosteosynthese (2,4 mm, 7-Loch) distaler Radius rechts."),
        ("h2", "Indikation"),
        ("p", "Dislozierte Gelenkfraktur mit Stufe von 3 mm im präoperativen CT. Aufklärung des Patienten in "
              "englischer Sprache am Vortag, schriftliche Einwilligung liegt vor."),
        ("h2", "Operationsverlauf"),
        ("p", "Rückenlage, Armtisch, Hautdesinfektion, steriles Abdecken. Erweiterter Henry-Zugang palmar über der "
              "FCR-Sehne. Darstellen und Ablösen des M. pronator quadratus. Darstellung der Fraktur, Ausräumen des "
              "Frakturhämatoms. Reposition unter Bildwandlerkontrolle, temporäre Fixierung mit 2 K-Drähten. "
              "Anlage der Platte, Besetzen mit 3 Kortikalisschrauben proximal und 6 winkelstabilen Schrauben distal. "
              "BV-Kontrolle in zwei Ebenen sowie Skyline-View: regelrechte Stellung, keine intraartikuläre "
              "Schraubenlage. Entfernen der K-Drähte. Spülung, Refixation des Pronator quadratus, schichtweiser "
              "Wundverschluss, Intrakutannaht. Steriler Verband, dorsale Unterarmschiene."),
        ("h2", "Procedere"),
        ("p", "Hochlagerung, Kühlung. Röntgenkontrolle am 1. postop. Tag. Schiene für 2 Wochen, dann funktionelle "
              "Nachbehandlung. Fadenzug am 12.-14. Tag beim Hausarzt in den Niederlanden. Metallentfernung nicht "
              "zwingend. Keine intraoperativen Komplikationen."),
        ("sp", 6),
        ("p", "Dr. med. F. Hägele\nOberarzt Unfall- und Handchirurgie"),
        ("small", "diktiert: 14.02.2026  /  geschrieben: 15.02.2026 (sb)"),
    ], letterhead=[("Kreisklinikum Oberallgäu-Süd", 14, True),
                   ("Klinik für Unfall-, Hand- und Wiederherstellungschirurgie  ·  Chefarzt Prof. Dr. med. L. Brandstätter", 8, False),
                   ("Marktstraße 20  ·  87561 Oberstdorf  ·  Tel. +49 8322 70 40", 8, False)],
        footer="Operationsbericht van der Meulen, Thijs  ·  Seite {page}/{pages}", font="Times", size=10.5)
    return lab(["operation-report"], "2026-02-14", "specialist", "de", "German Operationsbericht form, Times, Klinikum letterhead",
               "y", "y", "y",
               "German operation report from a hospital abroad (ski accident); Dutch patient on holiday. "
               "Imaging = preoperative CT and intraoperative image intensifier (BV). Dictated/typed dates differ.",
               also=["2026-02-15"])


def t006(base):
    text = """\
    LabNoord - Medische Microbiologie & Infectiepreventie
    Wilhelminalaan 12, 1815 JD Alkmaar | tel 072-5483900 | www.labnoord.example
    -------------------------------------------------------------------------------
    UITSLAG MICROBIOLOGIE                                    DEFINITIEF
    -------------------------------------------------------------------------------
    Patient        : Kok, Anneke (V)         Geb.datum : 04-04-1990
    Patientnr      : 7730215                 BSN       : 1234.56.782
    Aanvrager      : M. Schaap, huisarts, Huisartsenpraktijk Heiloo-Zuid
    Kopie aan      : -
    Labnummer      : 26-MB-118440
    Afnamedatum    : 28-10-2026 09:15        Ontvangst : 28-10-2026 16:02
    Rapportdatum   : 31-10-2026 11:47
    Klin. gegevens : MRSA-risico: opname in buitenlands ziekenhuis < 2 mnd
                     (Antalya, Turkije, sept. 2026, polsfractuur li). Preop. screening
                     i.v.m. verwijzing handkliniek.
    -------------------------------------------------------------------------------
    Materiaal          Bepaling                      Uitslag
    Neus (beiderz.)    MRSA-screening (kweek+PCR)    MRSA niet aangetoond
    Keel               MRSA-screening (kweek+PCR)    MRSA niet aangetoond
    Perineum           MRSA-screening (kweek+PCR)    MRSA niet aangetoond
    -------------------------------------------------------------------------------
    Conclusie: Geen MRSA-dragerschap aangetoond in de ingezonden materialen.
    NB: een negatieve screening sluit dragerschap niet volledig uit.

    Gevalideerd door: dr. P.J. Wiersma, arts-microbioloog       31-10-2026
    """
    lib.txt(base + ".txt", text, enc="utf-8")
    return lab(["mrsa-screening"], "2026-10-31", "lab", "nl", "LIS microbiology export, fixed-width text",
               "u", "u", "y",
               "Plain-text lab result; the clinical information line states a hospital admission abroad "
               "(Antalya) -> treated_abroad=yes. Afname/ontvangst/rapport dates; the word 'polsfractuur' must not "
               "make it correspondence.",
               also=["2026-10-28"])


def t007(base):
    lib.docx(base + ".docx", [
        ("kv", [("Ons kenmerk", "PCH/ 0931184 /lvd"), ("Datum", "8 september 2026"),
                ("Telefoon", "040-8881234 (poli)")], {"widths": (35, 80)}),
        ("p", "Weledelgeleerde heer\nDr. S. Amrani, huisarts\nGezondheidscentrum Woensel\nVan Dalslaan 3\n5625 AB EINDHOVEN"),
        ("p", "<b>Betreft:</b> Dhr. T.W. (Tom) Verkuijlen, geboren 11-01-2001, Lijsterlaan 8, 5642 EB Eindhoven"),
        ("p", "Geachte collega,"),
        ("p", "Op 2 september 2026 zagen wij uw patiënt op onze polikliniek in verband met een zwelling aan de "
              "dorsale zijde van de rechterpols."),
        ("h2", "Anamnese"),
        ("p", "Sinds ca. 5 maanden een wisselend grote zwelling, soms pijnlijk bij steunen (fitness, push-ups). "
              "Geen trauma. Geen eerdere operaties aan de hand of pols. Rechtshandig, student werktuigbouwkunde."),
        ("h2", "Lichamelijk onderzoek"),
        ("p", "Rechterpols: elastische, goed afgrensbare zwelling dorsaal ter hoogte van het SL-interval, ca. 1,5 cm, "
              "doorschijnend bij transilluminatie. Volledige beweeglijkheid, geen sensibele stoornissen."),
        ("h2", "Aanvullend onderzoek"),
        ("p", "Echo pols rechts (26-08-2026, aangevraagd door u): dorsaal ganglion van 14 x 9 mm uitgaande van het "
              "SL-ligament, geen andere afwijkingen."),
        ("h2", "Conclusie"),
        ("p", "Dorsaal polsganglion rechts."),
        ("h2", "Beleid"),
        ("p", "Uitleg gegeven over het natuurlijk beloop; veel ganglia verdwijnen spontaan. Wij adviseren "
              "vooralsnog een afwachtend beleid. Bij toename van klachten kan een excisie worden overwogen; "
              "punctie is besproken maar door patiënt niet gewenst. Patiënt gaf aan graag een second opinion "
              "elders te willen; daar hebben wij uiteraard geen bezwaar tegen. Wij hebben hem niet teruggepland."),
        ("p", "Met collegiale groet,"),
        ("sp",),
        ("p", "drs. L. van Dongen, AIOS plastische chirurgie\nnamens dr. E.M. Goossens, plastisch chirurg"),
        ("small", "cc: patiënt"),
    ], letterhead=[("Sint Gerardus Ziekenhuis", 16, True),
                   ("Plastische, Reconstructieve en Handchirurgie", 10, False),
                   ("Chirurgijnsweg 12, 5623 EJ Eindhoven  |  Postbus 90151, 5600 RC Eindhoven", 8, False)],
        first_page_header_only=True, footer="Pagina {page} van {pages}")
    return lab(["correspondence"], "2026-09-08", "specialist", "nl", "HiX-like polikliniekbrief, DOCX, first-page letterhead",
               "y", "n", "u",
               "Outpatient letter; 'Geen eerdere operaties' (operated=no) while excision is only 'kan worden "
               "overwogen' (plan). Street 'Chirurgijnsweg' contains a surgery word. Visit date 2 Sept vs letter date 8 Sept; "
               "mentions a second opinion but is not a referral.")


def t008(base):
    lib.pdf(base + ".pdf", [
        ("h", "RADIOLOGISCH ONDERZOEK"),
        ("kv4", [["Patiënt", "Brouwer, Femke", "Geb.datum", "17-05-2012"],
                 ["Patiëntnr", "3318870", "Geslacht", "V"],
                 ["Aanvrager", "A. Kramer, huisarts, Ede", "Afdeling", "Huisartsen (extern)"],
                 ["Onderzoek", "X-pols rechts + scaphoidserie", "Accessionnr", "RX26110300127"],
                 ["Datum onderzoek", "03-11-2026 14:20", "Datum verslag", "04-11-2026"]], {"grid": True}),
        ("h2", "Klinische gegevens / vraagstelling"),
        ("p", "Val op uitgestrekte hand tijdens hockey op 01-11. Drukpijn tabatière. Fractuur? Scaphoid?"),
        ("h2", "Verslag"),
        ("p", "Pols rechts in 4 richtingen inclusief scaphoidopnamen. Open groeischijven, passend bij leeftijd. "
              "Geen corticale onderbreking van de distale radius of ulna. Os scaphoideum intact afgebeeld, geen "
              "fractuurlijn zichtbaar. Carpale uitlijning regulier. Geringe wekedelenzwelling radiodorsaal. "
              "Vetstreep naviculare niet verstreken."),
        ("h2", "Conclusie"),
        ("p", "Geen fractuur aangetoond. Een occulte scaphoidfractuur is hiermee niet uitgesloten; bij persisterende "
              "klinische verdenking herhaling na 10-14 dagen of MRI te overwegen."),
        ("sp", 4),
        ("p", "Dr. W.G.M. Lensink, radioloog\nElektronisch geautoriseerd 04-11-2026 08:12"),
    ], letterhead=[("Ziekenhuis De Veluwerand", 13, True), ("Afdeling Medische Beeldvorming", 10, False),
                   ("Röntgenweg 1, 6716 RP Ede  ·  0318-434343", 8, False)], lh_box=("VR", "#2a7a3a"),
        footer="Uitdraai d.d. 05-11-2026 - verslag Brouwer, Femke (17-05-2012) - {page}/{pages}")
    return lab(["imaging-report"], "2026-11-04", "radiologist", "nl", "Dutch radiology report, label/value grid",
               "y", "u", "u",
               "Radiology report whose 'Aanvrager' is a GP and whose vraagstelling is a question (not a referral). "
               "Conclusion offers MRI as an option (plan). Dates: exam 03-11, report 04-11, print 05-11 (print "
               "date is not the document's date). Street 'Röntgenweg' in letterhead.",
               also=["2026-11-03"])


def t009(base):
    lib.pdf(base + ".pdf", [
        ("cols", "Dokter B. Claessens\nHuisartsenpraktijk Budel-Dorplein\nDorpsstraat 40\n6021 BW Budel\nNederland",
         "Mol, 17/09/2026\nRaadpleging: 15/09/2026\nOns ref.: ORT/26/55413"),
        ("p", "<b>Betreft:</b> Mevrouw Gerda Smolders, ° 12/05/1971\nwonende Hoofdstraat 3, 6021 AC Budel (NL)\n"
              "Rijksregisternr.: n.v.t.  -  buitenlands verzekerde (CZ, Nederland)"),
        ("p", "Geachte collega, beste Bart,"),
        ("p", "Ik zag uw patiënte op mijn raadpleging handchirurgie voor pijn aan de radiale zijde van de linkerpols, "
              "toenemend sinds vorig jaar. Zij is kapster en werkt nog halftijds."),
        ("p", "<b>Klinisch onderzoek:</b> drukpijn ter hoogte van het STT-gewricht, geen zwelling van de 1e "
              "extensorloge, Finkelstein negatief. Goede mobiliteit pols, knijpkracht licht verminderd."),
        ("p", "<b>Technische onderzoeken:</b> RX pols links F/P en scaphoid (15/09/2026, dienst medische "
              "beeldvorming AZ Sint-Arnoldus): uitgesproken STT-artrose met gewrichtsspleetversmalling en subchondrale "
              "sclerose; CMC-1 gespaard."),
        ("p", "<b>Besluit:</b> symptomatische STT-artrose links."),
        ("p", "<b>Voorstel:</b> ik heb vandaag een echogeleide infiltratie met corticoïden van het STT-gewricht "
              "uitgevoerd. Bij onvoldoende effect stellen wij een ingreep voor (STT-artrodese of trapeziumresectie). "
              "Patiënte wenst echter eerst een tweede advies in Nederland, wat wij uiteraard begrijpen. Zij krijgt "
              "een kopie van dit verslag en de beelden mee."),
        ("p", "Met collegiale groeten,"),
        ("sp", 6),
        ("p", "Dr. Pieter-Jan Vermeulen\nOrthopedisch chirurg - hand- en polschirurgie\nRIZIV 1-23456-78-910"),
    ], letterhead=[("AZ Sint-Arnoldus Kempen", 14, True), ("campus Mol - dienst orthopedie & traumatologie", 9, False),
                   ("Kapelstraat 45, 2400 Mol  -  tel. +32 14 33 21 00  -  orthopedie@azsa.example", 8, False)],
        footer="AZ Sint-Arnoldus Kempen vzw - Ondernemingsnr. 0412.345.678 - p. {page}/{pages}")
    return lab(["correspondence"], "2026-09-17", "specialist", "nl", "Flemish AZ consultation letter (raadpleging, Besluit, °)",
               "y", "u", "y",
               "Belgian hospital letter to a Dutch GP: treated abroad (infiltration in Belgium). Flemish cues: "
               "°birth date, raadpleging, Besluit, RIZIV. Surgery only proposed (plan); dates dd/mm/yyyy; "
               "consultation date differs from letter date.",
               also=["2026-09-15"])


def t010(base):
    lib.docx(base + ".docx", [
        ("p", "Daniel Okafor\nBiltstraat 212-III\n3572 BP Utrecht\nd.okafor@mailbox.example\n+31 6 2871 4409"),
        ("sp",),
        ("p", "To: Hand & Wrist Clinic, second opinion intake\nUtrecht, 12 October 2026"),
        ("p", "<b>Subject: request for a second opinion - left wrist (date of birth 27 March 1988)</b>"),
        ("p", "Dear Sir or Madam,"),
        ("p", "I am writing to ask whether your clinic could give me a second opinion about my left wrist. In "
              "February 2024, while I was still living in Portugal, I had surgery on the wrist at a private hospital "
              "in Lisbon (an arthroscopic TFCC repair, as far as I understood). They did an MRI there before the "
              "operation. Since then the pain on the little-finger side has never really gone away, and turning a "
              "key or a doorknob is still painful."),
        ("p", "Last month I saw an orthopaedic surgeon here in Utrecht. He said he would 'wait and see' and did not "
              "arrange any new scans. I would like someone who specialises in wrists to look at it."),
        ("p", "My GP, Dr van Rijn, has said she will send a referral. I can send you the Portuguese operation report "
              "(in Portuguese) and a CD with the MRI. Could you please tell me what else you need from me, and how "
              "long the waiting time is at the moment?"),
        ("p", "Thank you in advance."),
        ("p", "Kind regards,\n\nDaniel Okafor"),
    ], font="Arial", size=11)
    return lab([], "2026-10-12", "patient", "en", "patient's own letter (DOCX), English",
               "y", "y", "y",
               "Patient letter asking for a second opinion: NOT a referral. Reports past surgery and MRI in Lisbon "
               "(abroad=yes) and that no new scans were arranged in Utrecht (does not negate the earlier MRI). "
               "Announces a referral and an operation report that are not in this document.")


def t011(base):
    text = """\
    From: Handtherapie Amstelland <info@handtherapie-amstelland.example>
    Sent: Wednesday, 30 September 2026 16:05
    To: dr. P. Wouters <p.wouters@huisartsen-buitenveldert.example>
    Cc: l.m.harrington@mail.example
    Subject: Progress note hand therapy - L.M. Harrington (DOB 14-08-1976)

    Dear Dr Wouters,

    Please find below a short progress note on Ms Harrington, whom we see for hand therapy at the
    request of the treating plastic surgeon.

    Diagnosis      : distal radius fracture right, 6 weeks post volar plate fixation (ORIF)
    Sessions       : 5 (since 19-08-2026), next 07-10-2026
    Splint         : thermoplastic wrist splint, now weaning - only at night and outdoors

    Findings 30-09-2026
      ROM wrist R   ext 35 / flex 30 / pron 70 / sup 45 (deg)
      ROM wrist L   ext 70 / flex 75 / pron 85 / sup 85
      Grip (Jamar)  R 9 kg / L 27 kg
      Scar          mobile, slight adhesion distal end, hypersensitivity decreasing
      Oedema        figure-of-eight R +1.5 cm
      Pain (NRS)    rest 1, activity 4-5

    Assessment: progressing as expected, supination still clearly limited. Patient is anxious
    about returning to work (dental hygienist) and asks whether a second opinion is sensible; we
    advised her to discuss this with you and the surgeon.

    Plan: continue 1x/week, dynamic supination splint to be considered, home exercise programme
    updated (see attachment - not included in this e-mail).

    Kind regards,

    Sanne Bakhuis, MSc
    certified hand therapist (CHT-NL)
    Handtherapie Amstelland | Van Heuven Goedhartlaan 121 | 1181 LE Amstelveen | 020-6457281
    """
    lib.txt(base + ".txt", text, enc="utf-8", crlf=True)
    return lab([], "2026-09-30", "other", "en", "e-mail export from a hand therapy practice, CRLF",
               "u", "y", "u",
               "Hand therapy progress note in English: not correspondence from a specialist. States the patient "
               "is 6 weeks post ORIF (operated=yes) without any operation report. Patient's question about a "
               "second opinion is not a referral.")
