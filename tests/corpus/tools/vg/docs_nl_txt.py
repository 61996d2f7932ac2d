# -*- coding: utf-8 -*-
"""Dutch (and Flemish) plain-text documents of the vg- corpus."""
from spec import D

DOCS = []

# --------------------------------------------------------------------------------------------
# vg-049  HIS journal printout, cp1252 + CRLF, old (history, 9 months before today)
_j049 = """\
Datum      Code Regel
---------- ---- -----------------------------------------------------------------
14-02-2025 S    pijn radiale zijde pols li bij tillen baby, sinds 3 wkn. Geen trauma.
           O    zwelling 1e extensorcompartiment, Finkelstein pos, crepitaties.
           E    L93 tendovaginitis De Quervain li
           P    uitleg, rust, polsduimbrace via apotheek, naproxen 250 2dd kuur 10 dgn
03-03-2025 S    brace helpt deels. Slaapt slecht.
           E    L93 De Quervain li
           P    injectie triamcinolon 10 mg in 1e compartiment, na 6 wkn eval.
21-04-2025 S    klachten 80% minder. E L93  P afwachten
12-09-2025 S    opnieuw pijn pols li sinds 4 wkn, werkt weer fulltime (kassa).
           O    Finkelstein pos, drukpijn proc. styloideus radii.
           E    L93 recidief De Quervain li
           P    2e injectie gegeven. Nooit geopereerd, pt wil liever geen operatie.
24-10-2025      Tel: pt belt, injectie geen effect. Afspraak.
30-10-2025 S    pijn 7/10, zwelling. Kan niet tillen.
           O    als eerder, geen zwelling polsgewricht
           E    L93 De Quervain li, therapieresistent
           P    echo pols li aangevraagd ter uitsluiting ganglion/artrose STT
13-01-2026      Uitslag echo pols li (Duinrand Gasthuis, 09-01-2026): verdikte peesschede
                1e compartiment met septum tussen APL en EPB, geen ganglion.
           P    bespreken, pt overweegt verwijzing chirurg voor operatie.
02-02-2026 S    wil nog geen verwijzing; vraagt om handtherapie
           P    verwijzing handtherapie (Handtherapie Haarlem Noord)
11-03-2026 S    na 6 weken handtherapie wisselend. Pt vraagt om samenvatting voor
                second opinion handkliniek, wil eerst tweede mening voor operatie.
           P    samenvatting uitgedraaid en meegegeven."""

DOCS.append(D(
    "vg-049-uitdraai-journaal", "txt",
    [
        ("pre", "HUISARTSENPRAKTIJK HAARLEM NOORD - M.E. de Graaf, huisarts - Rijksstraatweg 300, 2025 DE Haarlem\n"
                "UITDRAAI JOURNAAL / PATIENTOVERZICHT                         Datum uitdraai: 11-03-2026\n"
                "Patiënt : Mw. S. (Sophie) Blom            Geboortedatum: 07-03-1992  (V)\n"
                "Adres   : Marnixstraat 19, 2023 PS Haarlem  Verzekeraar: Zilverhaven Zorg\n"
                "=============================================================================="),
        ("pre", "EPISODELIJST\n"
                "  Actief   L93  Tendovaginitis De Quervain links          sinds 14-02-2025\n"
                "  Actief   P76  Postnatale depressie, in remissie         sinds 06-2024\n"
                "  Inactief W82  Miskraam                                  2021\n"
                "  Inactief W92  Bevalling met complicaties (vacuüm)      11-2024\n"
                "  Inactief S88  Eczeem handen                             2019-2020"),
        ("pre", "MEDICATIE\n"
                "  Sertraline 50 mg 1dd1 (sinds 07-2024)\n"
                "  Paracetamol 500 mg zn\n"
                "ALLERGIE: geen bekend\n"
                "CONTRA-INDICATIE: borstvoeding (tot 03-2025)"),
        ("pre", "JOURNAAL (selectie episode L93)\n" + _j049),
        ("pre", "--- einde uitdraai - vertrouwelijk - pagina 1/1 ---"),
    ],
    {"encoding": "cp1252", "newline": "\r\n"},
    kinds=["history"], date="2026-03-11", author="gp", language="nl",
    style="HIS journal printout, SOEP lines (plain text, Windows-1252, CRLF)",
    imaging_done="yes", operated="no", treated_abroad="unmentioned",
    notes="Old history (print date 11-03-2026, about 9 months before the corpus date): a history letter that "
          "is not recent. Birth date 07-03 four days before the print date. 'Nooit geopereerd' => operated "
          "no; operation only considered. Encoded Windows-1252 with CRLF line ends.",
))

# --------------------------------------------------------------------------------------------
# vg-050  Free GP referral in plain text with history sections (referral + history)
DOCS.append(D(
    "vg-050-verwijzing-tav-second-opinion", "txt",
    [
        ("lh", {"name": "Huisartsenpraktijk Het Vlier", "rule": True,
                "lines": ["Vlierstraat 6, 7607 EN Almelo", "tel 0546-812 300  fax 0546-812 301"]}),
        ("kv", [("Aan", "Handkliniek Oudenrijn"), ("", "t.a.v. second opinion"),
                ("Van", "J.H. Meijerink, huisarts"), ("Datum", "27-11-2026"),
                ("Betreft", "Dhr. D. (Dennis) Wolters, geb. 29-11-1981, Almelo")], {"lw": 9}),
        ("p", "Geachte collega,"),
        ("p", "Hierbij verwijs ik dhr. Wolters, 45 jaar, vrachtwagenchauffeur, met pijn en stijfheid in de "
              "rechterpols. Er is op de MRI (10-2026, Ziekenhuis Twentse Poort, Almelo) een ziekte van Kienböck stadium IIIA "
              "vastgesteld. De orthopeed adviseert een radiusverkortingsosteotomie. Patiënt wil graag "
              "een second opinion voordat hij instemt."),
        ("p", "Vraagstelling: is een radiusverkorting in dit stadium de aangewezen behandeling, of zijn er "
              "alternatieven (bijv. revascularisatie, afwachten)?"),
        ("h", "Voorgeschiedenis:"),
        ("p", "- 2008 appendectomie\n- 2013 fractuur os metacarpale V rechts (boksersfractuur), conservatief\n"
              "- 2020 OSAS, CPAP"),
        ("h", "Recente behandelingen:"),
        ("p", "- 05-2026: na val van oplegger gezien op de Notaufnahme van het Rheinhafen-Klinikum Duisburg "
              "(Duitsland): röntgen pols re, geen fractuur, brace.\n"
              "- 06-2026 t/m 08-2026: fysiotherapie, geen verbetering\n"
              "- 09-2026: röntgenfoto pols re (Twentse Poort): sclerose os lunatum\n"
              "- 10-2026: MRI pols re: Kienböck IIIA\n"
              "- 11-2026: orthopedie Twentse Poort: osteotomie voorgesteld, nog niet gepland"),
        ("h", "Medicatie:"),
        ("p", "Diclofenac 50 mg zo nodig, omeprazol 20 mg."),
        ("p", "Met vriendelijke groet,\n\nJ.H. Meijerink, huisarts\nAGB 01-551199"),
    ],
    {"width": 82},
    kinds=["referral", "history"], date="2026-11-27", author="gp", language="nl",
    style="free GP letter in plain text with history sections", referral_question=True,
    imaging_done="yes", operated="unmentioned", treated_abroad="yes",
    notes="Addressee line 't.a.v. second opinion' is only the clinic's desk; the GP letter itself is the "
          "referral, with Voorgeschiedenis and Recente behandelingen => also history. ER visit in a German "
          "hospital => treated_abroad yes. Osteotomy only proposed; appendectomy other body part; old "
          "metacarpal fracture treated without surgery. Birth date 29-11 two days after the letter.",
))

# --------------------------------------------------------------------------------------------
# vg-052  MRSA result as plain-text lab message in the HIS (mrsa-screening)
DOCS.append(D(
    "vg-052-lab-medlab", "txt",
    [
        ("pre", "LABORATORIUMUITSLAG                                      MEDLAB v3 / HIS-import\n"
                "Afzender : Microbiologisch Laboratorium Rivierenland, Tiel\n"
                "Ontvanger: Huisartsenpraktijk De Betuwe, Geldermalsen (dr. F. Pouw)\n"
                "------------------------------------------------------------------------------\n"
                "Patient       : ACHAOUI, Y.              Geb.dat.: 15-10-1974   M\n"
                "Aanvraagnr.   : RL26-55301                Afname  : 12-10-2026 09:20\n"
                "Materiaal     : neus, keel, perineum (gepoold)\n"
                "Klin. gegev.  : opname ziekenhuis buitenland (Clinique Atlas, Agadir, Marokko,\n"
                "                09-2026) i.v.m. polsfractuur; verwijzing handkliniek\n"
                "------------------------------------------------------------------------------\n"
                "Bepaling                         Uitslag                       Status\n"
                "MRSA screening PCR (mecA/mecC)   NEGATIEF                      definitief\n"
                "MRSA screening kweek 48u         MRSA niet aangetoond          definitief\n"
                "BRMO screening (ESBL/CPE)        niet aangevraagd\n"
                "------------------------------------------------------------------------------\n"
                "Commentaar: geen MRSA-dragerschap aangetoond. Bij hernieuwde opname in\n"
                "een buitenlands ziekenhuis opnieuw screenen.\n"
                "Uitslagdatum: 15-10-2026   Geautoriseerd: A. van Zanten, arts-microbioloog\n"
                "=============================================================================="),
    ],
    {},
    kinds=["mrsa-screening"], date="2026-10-15", also_dates=["2026-10-12"], author="lab", language="nl",
    style="plain-text lab message as imported in the HIS (MEDLAB)",
    imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
    notes="Monospaced lab message. Report date 15-10-2026 is identical in day and month to the birth date "
          "15-10-1974. Clinical data state a hospital admission in Morocco => treated_abroad yes. 'BRMO "
          "niet aangevraagd'.",
))

# --------------------------------------------------------------------------------------------
# vg-053  Neurology outpatient letter, plain text: no imaging; recurrent CTS after release
DOCS.append(D(
    "vg-053-brief-neurologie", "txt",
    [
        ("lh", {"name": "Ziekenhuis De Linge - Neurologie", "rule": False,
                "lines": ["Rijnkade 120, 6811 AC Arnhem - 026 378 7500"]}),
        ("pre", "Aan : mw. dr. L. Thijssen, huisarts, Velp\n"
                "Van : K.A. Bloemendaal, neuroloog\n"
                "Datum : 3 december 2026\n"
                "Patiënt : mw. E. (Esther) van Rijn, 13-12-1968, patiëntnr 2290614"),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënte kwam op 26 november 2026 op mijn spreekuur met tintelingen in de linkerhand."),
        ("h", "Anamnese"),
        ("p", "In 2021 onderging zij een carpaletunnelrelease links in ons ziekenhuis (plastische chirurgie), "
              "met aanvankelijk volledig herstel. Sinds het voorjaar opnieuw nachtelijke tintelingen van "
              "duim tot en met ringvinger links, sinds enkele weken ook overdag en bij fietsen. Geen nekpijn. "
              "Rechts geen klachten."),
        ("h", "Neurologisch onderzoek"),
        ("p", "Lichte atrofie thenar links, abductie duim kracht MRC 4. Tinel positief ter hoogte van het "
              "litteken, Phalen positief na 30 seconden. Reflexen symmetrisch."),
        ("h", "EMG (26-11-2026)"),
        ("p", "Ernstige geleidingsvertraging van de n. medianus links over de pols (distale motore latentie "
              "6,8 ms, geen sensibele respons), in vergelijking met het EMG van 2021 verslechterd. Geen "
              "aanwijzingen voor een radiculopathie C6-C7. Echografie van de n. medianus is niet verricht; "
              "beeldvorming is volgens ons niet geïndiceerd."),
        ("h", "Conclusie"),
        ("p", "Recidief carpaletunnelsyndroom links, ernstig, na release in 2021."),
        ("h", "Beleid"),
        ("p", "Terugverwijzing naar de plastisch chirurg voor een re-exploratie is besproken. Patiënte wil "
              "eerst een tweede mening in een gespecialiseerde handkliniek; zij vraagt u daarvoor een "
              "verwijzing. Ik heb haar niet teruggezien."),
        ("p", "Met vriendelijke groet,\n\nK.A. Bloemendaal, neuroloog\n(elektronisch geautoriseerd)"),
        ("p", "cc: patiënte"),
    ],
    {"width": 80, "upper_h": True},
    kinds=["correspondence"], date="2026-12-03", also_dates=["2026-11-26"], author="specialist",
    language="nl", style="neurology outpatient letter, plain-text export",
    imaging_done="no", operated="yes", treated_abroad="unmentioned",
    notes="EMG is not imaging and the letter explicitly says no ultrasound or imaging was done => imaging "
          "no. Carpal tunnel release in 2021 for the same hand problem => operated yes; re-exploration only "
          "discussed. Asks the GP for a referral: not a referral itself. Birth date 13-12 ten days after "
          "the letter.",
))

# --------------------------------------------------------------------------------------------
# vg-054  Operation report of an independent treatment centre, plain text
DOCS.append(D(
    "vg-054-ok-verslag-zbc", "txt",
    [
        ("lh", {"name": "ZBC Handcentrum Drechtsteden", "align": "center", "rule": True,
                "lines": ["Zelfstandig behandelcentrum voor hand- en polschirurgie",
                          "Spuiboulevard 250, 3311 GR Dordrecht - 078 - 303 40 40"]}),
        ("title", "OK-verslag"),
        ("kv", [("Patiënt", "De Groot, M. (Maarten), geb. 30-09-1971"),
                ("Dossiernr", "HD-004881"),
                ("Datum", "30-09-2026"),
                ("Operateur", "drs. P.J. Verschoor, plastisch chirurg"),
                ("Assistentie", "OK-assistent N. Bal"),
                ("Anesthesie", "Lokaal (WALANT)"),
                ("Diagnose", "Triggerfinger dig III links, recidief na 2x injectie"),
                ("Verrichting", "Open A1-pulleyrelease dig III links (verrichtingcode 038581)"),
                ], {"lw": 13}),
        ("h", "Beschrijving"),
        ("p", "Transversale incisie van 1,5 cm over de A1-pulley in de distale handpalmplooi. Stomp "
              "uitprepareren, neurovasculaire bundels beiderzijds opzij gehouden. A1-pulley onder zicht "
              "in de lengte gekliefd. Patiënt maakt actief een volledige vuist en strekt volledig zonder "
              "knikken. Geen nodulus in de pees. Huid gesloten met 2 hechtingen Prolene 4-0."),
        ("kv", [("Complicaties", "geen"), ("Bloedverlies", "nihil"),
                ("Nabehandeling", "verband 2 dagen, direct bewegen, hechtingen eruit na 10 dagen (huisarts)"),
                ("Controle", "telefonisch na 6 weken")], {"lw": 13}),
        ("p", "Opgemaakt 30-09-2026 11:20, P.J. Verschoor"),
    ],
    {"width": 76},
    kinds=["operation-report"], date="2026-09-30", author="specialist", language="nl",
    style="independent treatment centre operation report, plain text",
    imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
    notes="Operation date equals the birthday (30-09). Label/value lines in fixed-width text; no salutation. "
          "No imaging mentioned.",
))

# --------------------------------------------------------------------------------------------
# vg-056  Appointment confirmation from the clinic (none)
DOCS.append(D(
    "vg-056-afspraakbevestiging", "txt",
    [
        ("lh", {"name": "Handkliniek Oudenrijn", "rule": True,
                "lines": ["Postbus 3055, 3502 GB Utrecht", "Planning: 030 - 799 10 10 (ma-vr 8.30-16.30)"]}),
        ("p", "Utrecht, 3 december 2026"),
        ("p", "Aan: dhr. P. van der Veen, Dorpsstraat 44, 3601 AV Maarssen"),
        ("p", "Onderwerp: bevestiging intakeafspraak second opinion"),
        ("p", "Beste heer Van der Veen,"),
        ("p", "Wij hebben de verwijzing van uw huisarts ontvangen. Uw intakeafspraak is gepland op:"),
        ("pre", "    Datum  : donderdag 14 januari 2027\n"
                "    Tijd   : 10.40 uur (graag 15 minuten eerder aanwezig)\n"
                "    Bij    : dr. M. Ververs, handchirurg\n"
                "    Locatie: Handkliniek Oudenrijn, Papendorpseweg 100, Utrecht"),
        ("p", "Neem mee: uw legitimatiebewijs, een actueel medicatieoverzicht, en - als er foto's of scans "
              "zijn gemaakt - de cd met de beelden. Bent u in de afgelopen twee maanden opgenomen geweest in "
              "een ziekenhuis in het buitenland, dan hebben wij vooraf een MRSA-uitslag van uw huisarts nodig."),
        ("p", "Kunt u niet komen? Meld dit uiterlijk 48 uur van tevoren, anders kunnen wij kosten in rekening "
              "brengen."),
        ("p", "Met vriendelijke groet,\nafdeling Planning"),
    ],
    {"width": 80},
    kinds=[], date="2026-12-03", author="other", language="nl", style="clinic appointment letter, plain text",
    imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
    notes="Conditional sentences about imaging and admissions abroad ('als er foto's zijn gemaakt', 'bent u "
          "opgenomen geweest...') state nothing about this patient. Appointment date in 2027.",
))

# --------------------------------------------------------------------------------------------
# vg-063  Belgian SUMEHR summary (history), care in Belgium
DOCS.append(D(
    "vg-063-sumehr", "txt",
    [
        ("pre", "SUMEHR - Summarized Electronic Health Record                        v2.0\n"
                "Aangemaakt door : dr. Pieter Smets, huisarts, RIZIV 1-55012-33-004\n"
                "                  Huisartsenpraktijk Maasvallei, Rijksweg 150, 3630 Maasmechelen\n"
                "Datum aanmaak   : 18/11/2026\n"
                "Patiënt         : Vandeweyer Sofie   ° 16/11/1980   INSZ 80.11.16-224.51\n"
                "=============================================================================="),
        ("pre", "RISICOFACTOREN\n"
                "  - roken: ex-roker sinds 2018\n"
                "ALLERGIEËN / INTOLERANTIES\n"
                "  - latex (contacturticaria)\n"
                "ACTIEVE PROBLEMEN\n"
                "  - Artrose STT-gewricht rechts (sinds 2025)\n"
                "  - Migraine zonder aura\n"
                "ANTECEDENTEN (MEDISCH / HEELKUNDIG)\n"
                "  - 2004  knie-arthroscopie links (AZ Maasland, Maaseik)\n"
                "  - 2024  carpaal tunnel release rechts (AZ Maasland, Maaseik)\n"
                "  - 03/2026 infiltratie STT-gewricht rechts onder echogeleiding (AZ Maasland)\n"
                "  - 07/2026 RX pols rechts: STT-artrose, scafoïd in flexie\n"
                "  - 10/2026 raadpleging handchirurgie AZ Maasland: STT-artrodese voorgesteld\n"
                "ACTIEVE MEDICATIE\n"
                "  - Sumatriptan 50 mg zo nodig\n"
                "  - Paracetamol 1 g max 3x/dag\n"
                "VACCINATIES\n"
                "  - Tetanus 2022, COVID-19 2023\n"
                "BEHANDELINGSBEPERKINGEN\n"
                "  - geen\n"
                "=============================================================================="),
        ("p", "Opmerking huisarts: patiënte wenst een tweede advies over de voorgestelde artrodese, "
              "bij voorkeur in Nederland (werkt in Maastricht). Verwijsbrief volgt apart."),
    ],
    {"width": 80},
    kinds=["history"], date="2026-11-18", author="gp", language="nl",
    style="Belgian SUMEHR summary printout (plain text)",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="Belgian standard summary by a Belgian GP; the hospital care (CTR 2024, infiltration, RX) took "
          "place in a Belgian hospital => treated_abroad yes from the Dutch clinic's view. CTR on the same "
          "wrist counts as hand/wrist surgery; knee arthroscopy is another body part; artrodesis proposed. "
          "Birth date 16/11 two days before the creation date.",
))

# --------------------------------------------------------------------------------------------
# vg-064  GP cover letter listing enclosures (none)
DOCS.append(D(
    "vg-064-begeleidende-brief", "txt",
    [
        ("lh", {"name": "Huisartsenpraktijk Zeeheldenbuurt", "rule": True,
                "lines": ["De Ruyterstraat 12, 2518 RA Den Haag", "070 - 345 67 80"]}),
        ("pre", "Den Haag, 4 december 2026\n\n"
                "Aan: Handkliniek Oudenrijn, afdeling intake\n"
                "Betreft: mw. I. (Ingrid) Dijkstra, geb. 01-12-1960\n"
                "Uw kenmerk: HO-2026-11-3381"),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Naar aanleiding van uw verzoek van 30 november stuur ik u hierbij de ontbrekende stukken voor "
              "de second opinion van mevrouw Dijkstra. De verwijzing heeft u reeds via ZorgDomein ontvangen."),
        ("p", "Zoals u weet is mevrouw in augustus tijdens een vakantie in de Algarve gevallen en in de "
              "Clínica Sotavento in Faro opgenomen geweest, waar haar linkerpols met een plaat werd geopereerd. "
              "De cd met de röntgenfoto's uit Faro heeft zij zelf al naar u opgestuurd."),
        ("p", "Bijgevoegd:"),
        ("p", "1. operatieverslag Clínica Sotavento Faro (Portugees, met Engelse vertaling), d.d. 14-08-2026\n"
              "2. uitslag MRSA-screening d.d. 02-12-2026: MRSA-kweek negatief\n"
              "3. medicatieoverzicht apotheek"),
        ("p", "Mocht u nog iets missen, dan hoor ik het graag."),
        ("p", "Met vriendelijke groet,\n\nR. Ouwehand, huisarts"),
    ],
    {"width": 80},
    kinds=[], date="2026-12-04", author="gp", language="nl",
    style="GP cover letter with enclosure list, plain text",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="Cover letter only: 'MRSA-kweek negatief', 'operatieverslag' and 'verwijzing' are mentions of "
          "other documents, so kinds = []. States a hospital admission and plate fixation in Portugal and "
          "X-rays on CD. Birth date 01-12 three days before; 'uw verzoek van 30 november'.",
))
