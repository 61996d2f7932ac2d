# -*- coding: utf-8 -*-
"""Dutch (and Flemish) single PDF documents of the vg- corpus."""
from reportlab.lib.units import mm
from spec import D

DOCS = []

# --------------------------------------------------------------------------------------------
# vg-001  Zorgdomein referral, two-column, with history section (referral + history)
DOCS.append(D(
    "vg-001-zorgdomein-second-opinion", "pdf",
    [
        ("lh", {"name": "Huisartsenpraktijk Schalkwijk-Oost", "align": "split", "color": "#2b6a3f",
                "sub": "H. Verbeek & S.R. Çelik, huisartsen",
                "lines": ["Floris van Adrichemlaan 88", "2035 VK Haarlem", "Tel. 023 - 540 11 90",
                          "AGB-code praktijk: 01-054321"]}),
        ("small", "ZorgDomein  |  Verwijzing  |  Referentie ZD-7741-3920-55  |  Aangemaakt: 16-11-2026 10:42"),
        ("title", "Second opinion handchirurgie"),
        ("kv", [
            ("Aan", "Handkliniek Oudenrijn, t.a.v. intake second opinion"),
            ("Specialisme", "Plastische chirurgie / handchirurgie"),
            ("Urgentie", "Regulier"),
            ("Datum verwijzing", "16-11-2026"),
            ("Geldig tot", "16-11-2027"),
        ], {"colw": (0.3, 0.7)}),
        ("h", "Patiënt"),
        ("kv", [
            ("Naam", "Mw. J.M. de Wit-Brouwer"),
            ("Geboortedatum", "14-11-1971"),
            ("BSN", "1234.56.782"),
            ("Adres", "Zuiderpolderplein 7, 2034 AB Haarlem"),
            ("Verzekering", "Noordkust Zorgverzekeringen, polisnr. 884120937"),
        ], {"colw": (0.3, 0.7)}),
        ("h", "Verwijzer"),
        ("kv", [
            ("Naam", "H. Verbeek, huisarts"),
            ("AGB-code", "01-998877"),
        ], {"colw": (0.3, 0.7)}),
        ("h", "Verwijsgegevens"),
        ("kv", [
            ("Reden van verwijzing", "Persisterende pijn en klikken radiale zijde pols rechts na val van de "
                                     "fiets (28-06-2026). Orthopeed stelt een partiële polsartrodese voor; "
                                     "patiënte twijfelt."),
            ("Vraagstelling", "Graag uw second opinion: is er sprake van een scafolunaire dissociatie en is "
                              "een ligamentreconstructie nog zinvol in plaats van een artrodese?"),
            ("Relevante voorgeschiedenis", ["2009 sectio caesarea", "2018 hypothyreoïdie (levothyroxine)",
                                            "Geen eerdere pols- of handoperaties; niet eerder geopereerd aan de pols."]),
            ("Recente behandelingen", [
                "28-06-2026 val tijdens vakantie in de Ardèche (Frankrijk); daar geen arts bezocht.",
                "02-07-2026 SEH Duinrand Gasthuis Haarlem: röntgenfoto pols rechts, geen fractuur, spalk.",
                "08-2026 t/m 10-2026 handtherapie (12 behandelingen), onvoldoende effect.",
                "14-09-2026 MRI pols rechts (Duinrand Gasthuis): partiële ruptuur scafolunair ligament.",
                "20-10-2026 polikliniek orthopedie: partiële artrodese besproken, nog niet gepland."]),
            ("Medicatie", ["Levothyroxine 75 mcg 1dd1", "Naproxen 500 mg zo nodig, max 2dd1"]),
            ("Allergieën", "Geen bekende allergieën"),
            ("Episodelijst", ["L81 Letsel pols rechts (06-2026)", "T86 Hypothyreoïdie (2018)"]),
            ("Bijlagen", "Brief orthopedie 20-10-2026; MRI-verslag 14-09-2026 (beelden volgen via cd)"),
        ], {"colw": (0.3, 0.7)}),
        ("small", "Deze verwijzing is digitaal aangemaakt via ZorgDomein en is zonder handtekening geldig. "
                  "Afgedrukt op 16-11-2026."),
    ],
    {"footer": "ZD-7741-3920-55  -  pagina {page} van {pages}", "size": 9.5, "accent": "#2b6a3f"},
    kinds=["referral", "history"], date="2026-11-16", author="gp", language="nl",
    style="zorgdomein two-column", referral_question=True,
    imaging_done="yes", operated="no", treated_abroad="no",
    notes="Zorgdomein form without salutation; question only in 'Vraagstelling'. Birth date 14-11 two days "
          "before letter date 16-11; validity date 16-11-2027 in the future. Fall on holiday in France "
          "without any care there, first care at a Dutch ER: treated_abroad = no. Artrodesis only proposed "
          "(plan); explicitly never operated on the wrist.",
))

# --------------------------------------------------------------------------------------------
# vg-002  HIS professionele samenvatting, 3 pages, repeated header/footer (history)
_journal_002 = [
    ("03-02-2025", "Ass", "S: zwelling dorsale zijde pols re, sinds enkele mnd, pijnlijk bij steunen. "
                          "O: elastische zwelling 1,5 cm dorsaal t.h.v. scafolunaire overgang, niet warm. "
                          "E: L87 ganglion pols re. P: uitleg, afwachten, terug bij toename."),
    ("21-05-2025", "HV", "S: zwelling groter, pijn bij fietsen. O: 2 cm, doorschijnend. E: ganglion pols re. "
                         "P: echo pols re aangevraagd."),
    ("04-06-2025", "HV", "Uitslag echo pols re (Ziekenhuis Eemhof 02-06-2025): dorsaal ganglion 22 x 14 mm "
                         "uitgaande van SL-ligament. Besproken, pt wil behandeling. P: verwijzing plastische "
                         "chirurgie."),
    ("04-06-2025", "HV", "Verwijzing plastische chirurgie Ziekenhuis Eemhof (ZorgDomein)."),
    ("17-07-2025", "Ass", "Brief specialist ontvangen: plastische chirurgie Eemhof, excisie afgesproken."),
    ("12-09-2025", "Ass", "Brief specialist ontvangen: OK-verslag excisie ganglion pols re d.d. 09-09-2025."),
    ("24-09-2025", "HV", "S: wondcontrole na excisie, hechtingen op de poli verwijderd. O: wond rustig, "
                         "litteken 3 cm. E: status na excisie ganglion pols re. P: geen."),
    ("02-10-2025", "Ass", "Griepvaccinatie en COVID-booster gegeven."),
    ("28-11-2025", "HV", "S: hoest 2 wk, geen koorts, niet benauwd. O: longen schoon, sat 98%. E: R05 hoest. "
                         "P: afwachten, terug bij koorts."),
    ("19-01-2026", "MV", "S: controle RR. O: RR 146/88. E: K86 hypertensie. P: amlodipine 5 mg continueren."),
    ("10-02-2026", "MV", "S: DM-controle, geen klachten. O: HbA1c 52, voeten sensibiliteit intact, "
                         "monofilament normaal. E: T90.02 DM2. P: beleid idem, controle 3 mnd."),
    ("02-04-2026", "HV", "S: opnieuw zwelling op litteken pols re sinds 6 wk, tintelingen dig 1-2. "
                         "O: zwelling 1 cm, Tinel neg. E: recidief ganglion? P: echo."),
    ("16-04-2026", "HV", "Uitslag echo pols re 14-04-2026: recidief ganglion 12 mm. P: bespreken opties."),
    ("07-05-2026", "HV", "Verwijzing plastische chirurgie Eemhof, controle/herbeoordeling."),
    ("23-06-2026", "HV", "S: pijn li knie bij traplopen, geen trauma. O: lichte hydrops, crepitaties. "
                         "E: L90 gonartrose li. P: paracetamol, oefentherapie."),
    ("15-07-2026", "MV", "S: DM-controle. O: HbA1c 55, RR 138/84, gewicht 92 kg. E: T90. P: leefstijladvies, "
                         "metformine ophogen naar 3dd 500 mg besproken, pt wil eerst zelf afvallen."),
    ("30-06-2026", "Ass", "Brief specialist ontvangen: plastisch chirurg adviseert afwachten, evt. re-excisie. "
                          "Pt ontevreden."),
    ("12-08-2026", "HV", "S: pt wil second opinion over recidief en blijvende tintelingen. "
                         "E: recidief ganglion pols re. P: informatie second opinion gegeven, pt overlegt "
                         "met verzekeraar."),
    ("03-09-2026", "HV", "S: tintelingen dig 1-3 re 's nachts, vooral na fietsen. O: Tinel pos t.h.v. "
                         "litteken, Phalen neg, geen atrofie. E: N94 mononeuropathie? P: nachtspalk, afwachten."),
    ("01-10-2026", "Ass", "Griepvaccinatie gegeven."),
    ("22-10-2026", "HV", "S: pijn 6/10, slecht slapen. O: zwelling 1,5 cm, pijnlijke extensie. "
                         "P: verwijzing handkliniek voor second opinion, samenvatting meegeven."),
]
_pages_002 = [
    ("lh", {"name": "Huisartsenpraktijk De Linde", "sub": "Professionele samenvatting", "align": "split",
            "color": "#6b2d5c", "lines": ["Lindeboomweg 14, 3817 PB Amersfoort", "T 033-4612290",
                                          "praktijk@delinde-amersfoort.example"]}),
    ("kv", [("Datum uitdraai", "29-10-2026"), ("Patiënt", "Dhr. H.J. (Henk) Koster"),
            ("Geboortedatum", "30-10-1958"), ("Geslacht", "Man"), ("Patiëntnummer", "004417"),
            ("Huisarts", "H. Visser-Dijkman"), ("Apotheek", "Apotheek De Kamp, Amersfoort")],
     {"colw": (0.28, 0.72), "colon": True}),
    ("h", "Episodelijst (actueel)"),
    ("table", [["ICPC", "Omschrijving", "Begin", "Attentie"],
               ["L87", "Ganglion pols/hand rechts, recidief", "03-02-2025", "ja"],
               ["K86", "Hypertensie zonder orgaanschade", "11-2016", ""],
               ["T90.02", "Diabetes mellitus type 2, geen insuline", "2019", "ja"],
               ["P17", "Roken (gestopt 2015)", "", ""]], {"colw": (0.12, 0.56, 0.18, 0.14)}),
    ("h", "Episodelijst (inactief / voorgeschiedenis)"),
    ("table", [["ICPC", "Omschrijving", "Begin", "Einde"],
               ["D88", "Appendicitis, appendectomie", "1974", "1974"],
               ["L96", "Acuut meniscusletsel knie li, artroscopie", "2011", "2011"],
               ["L87", "Ganglion pols re, excisie Ziekenhuis Eemhof", "06-2025", "09-2025"]],
     {"colw": (0.12, 0.56, 0.18, 0.14)}),
    ("h", "Medicatie (actueel)"),
    ("table", [["Middel", "Dosering", "Start"],
               ["Metformine 500 mg tablet", "2 dd 1", "2019"],
               ["Amlodipine 5 mg tablet", "1 dd 1", "2016"],
               ["Paracetamol 500 mg", "zo nodig max 4 dd 2", "2026"]], {"colw": (0.5, 0.3, 0.2)}),
    ("h", "Allergieën en intoleranties"),
    ("p", "Pleister (contactallergie), geen geneesmiddelallergieën bekend."),
    ("h", "Contraindicaties"),
    ("p", "Geen vastgelegd."),
    ("pb",),
    ("h", "Journaal (episode L87 en relevante contacten)"),
]
for d_, who, txt in _journal_002:
    _pages_002.append(("p", f"<b>{d_}</b>  {who}  {txt}"))
_pages_002 += [
    ("h", "Correspondentie (ontvangen)"),
    ("table", [["Datum", "Van", "Omschrijving"],
               ["02-06-2025", "Radiologie Ziekenhuis Eemhof", "Uitslag echo pols re"],
               ["17-07-2025", "Plastische chirurgie Eemhof", "Polikliniekbrief"],
               ["12-09-2025", "Plastische chirurgie Eemhof", "Operatieverslag excisie ganglion"],
               ["14-04-2026", "Radiologie Ziekenhuis Eemhof", "Uitslag echo pols re"],
               ["30-06-2026", "Plastische chirurgie Eemhof", "Polikliniekbrief (afwachtend beleid)"]],
     {"colw": (0.16, 0.4, 0.44)}),
    ("h", "Metingen"),
    ("table", [["Datum", "Bepaling", "Waarde"],
               ["19-01-2026", "RR systolisch / diastolisch", "146 / 88 mmHg"],
               ["19-01-2026", "HbA1c", "52 mmol/mol"],
               ["19-01-2026", "Gewicht / BMI", "91 kg / 28,7"],
               ["22-10-2026", "Pijnscore (NRS)", "6"]]),
    ("p", "Einde uitdraai. Deze samenvatting is bestemd voor de behandelend arts en bevat vertrouwelijke "
          "medische gegevens."),
    ("sig", ["H. Visser-Dijkman, huisarts", "AGB 01-776655"]),
]
DOCS.append(D(
    "vg-002-his-professionele-samenvatting", "pdf", _pages_002,
    {"header": "Professionele samenvatting  |  H.J. Koster  |  geb. 30-10-1958  |  Pagina {page} van {pages}",
     "footer": "Huisartsenpraktijk De Linde - afgedrukt door M. Verhoef (assistente) op 29-10-2026 14:12",
     "size": 9, "top": 22},
    kinds=["history"], date="2026-10-29", author="gp", language="nl",
    style="HIS professionele samenvatting (episodes, SOEP journal)",
    imaging_done="yes", operated="yes", treated_abroad="unmentioned",
    notes="Print date 29-10 next to birth date 30-10-1958; journal full of past dates. Ganglion excision "
          "on the wrist (2025) => operated yes; appendectomy and knee arthroscopy are other body parts. "
          "'Brief specialist ontvangen' and 'OK-verslag' are journal mentions, not documents. Header and "
          "footer repeated on each page.",
))

# --------------------------------------------------------------------------------------------
# vg-003  HiX-like outpatient letter, plastic surgery (correspondence)
DOCS.append(D(
    "vg-003-polikliniekbrief-plastische-chirurgie", "pdf",
    [
        ("lh", {"name": "Ziekenhuis Eemhof", "logo": "circle", "color": "#00639c", "align": "split",
                "sub": "Plastische, Reconstructieve en Handchirurgie",
                "lines": ["Postbus 1502, 3800 BM Amersfoort", "Bezoekadres: Eemkade 8",
                          "T 033 - 850 50 00", "www.eemhof-ziekenhuis.example"]}),
        ("cols", ["Aan de weledelgeleerde heer/vrouw", "Mw. dr. A.C. Groeneveld, huisarts",
                  "Gezondheidscentrum Vathorst", "Bastion 4", "3825 RA Amersfoort"],
                 ["Ons kenmerk: PLA/3371920/ks", "Datum: 12 oktober 2026", "Datum bezoek: 5 oktober 2026",
                  "Telefoon: 033 - 850 56 10"]),
        ("p", "<b>Betreft:</b> mw. R.A. Jansen-Oosterhout, geb. 02-10-1963, Hogeweg 221, 3814 CE Amersfoort, "
              "patiëntnr. 3371920"),
        ("p", "Geachte collega,"),
        ("p", "Op 5 oktober jl. zagen wij uw patiënte op de polikliniek handchirurgie in verband met pijn aan "
              "de basis van de duim links."),
        ("h", "Anamnese"),
        ("p", "Sinds ruim een jaar toenemende pijn bij knijpen en draaien (potten openen, sleutel). "
              "Nachtelijke pijn twee tot drie keer per week. Brace en twee injecties met corticosteroïden "
              "(via u, 2025 en maart 2026) gaven telkens een paar weken verlichting. Geen tintelingen. "
              "Rechtshandig, werkzaam als kapster. Voorgeschiedenis: 2019 artroscopische meniscectomie "
              "knie links, hypertensie."),
        ("h", "Lichamelijk onderzoek"),
        ("p", "Links: prominente CMC-1-regio, crepitaties en pijn bij de grind-test, geen hyperextensie "
              "MCP-1. Knijpkracht (Jamar) 14 kg links versus 22 kg rechts. Sensibiliteit intact."),
        ("h", "Aanvullend onderzoek"),
        ("p", "Röntgenfoto hand links (5 oktober 2026): artrose CMC-1 Eaton-Littler stadium III, STT-gewricht "
              "gespaard. Zie verslag radiologie."),
        ("h", "Conclusie"),
        ("p", "Symptomatische CMC-1-artrose links, conservatief uitbehandeld."),
        ("h", "Beleid"),
        ("p", "Wij hebben de operatieve mogelijkheden besproken. Een trapeziectomie met LRTI is geïndiceerd "
              "en patiënte is op de wachtlijst geplaatst (verwachte wachttijd 14 weken). Zij heeft "
              "aangegeven eerst een second opinion te willen; wij werken daar graag aan mee en sturen "
              "desgevraagd de beelden op cd mee. Tot die tijd continueert zij de brace."),
        ("p", "Met collegiale groet,"),
        ("sig", ["drs. F.M. van Leeuwen", "plastisch chirurg", "",
                 "Gedicteerd 05-10-2026, geautoriseerd 12-10-2026"], {"scribble": True}),
        ("small", "cc: patiënte  |  Dit document is elektronisch geautoriseerd. HiX 6.3 - Eemhof - PLA-POLI"),
    ],
    {"footer": "Ziekenhuis Eemhof - mw. R.A. Jansen-Oosterhout - 02-10-1963 - {page}/{pages}",
     "accent": "#00639c"},
    kinds=["correspondence"], date="2026-10-12", also_dates=["2026-10-05"], author="specialist", language="nl",
    style="HiX outpatient letter, split letterhead, two-column address/reference block",
    imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
    notes="Operation is indicated and planned (not an event); knee arthroscopy is another body part. "
          "Visit/dictation date 05-10 besides letter date 12-10; birth date 02-10-1963 close to both. "
          "Quotes an X-ray result (not a radiology report).",
))

# --------------------------------------------------------------------------------------------
# vg-004  MRI report, two-column label/value form (imaging-report)
DOCS.append(D(
    "vg-004-scan0001", "pdf",
    [
        ("lh", {"name": "Zaanoever Ziekenhuis", "sub": "Afdeling Radiologie", "logo": "bars",
                "color": "#7a1f1f", "lines": ["Zaanoeverweg 5, 1506 AA Zaandam",
                                              "Secretariaat radiologie 075 - 650 21 40"]}),
        ("kv", [
            ("Patiënt", "Dhr. T. (Thijs) Bakker"),
            ("Geboortedatum", "22-09-1996"),
            ("Patiëntnummer", "Z-0884512"),
            ("Aanvrager", "Dr. P.R. Lindeman, orthopedisch chirurg, Orthopedie"),
            ("Kopie aan", "Huisarts C. Smit, Wormerveer"),
            ("Onderzoek", "MRI pols rechts (3T), zonder contrast"),
            ("Datum onderzoek", "22-09-2026"),
            ("Accessionnummer", "ZZ26092288131"),
            ("Klinische gegevens", "Pijn ulnaire zijde pols rechts na val op uitgestrekte hand (juli 2026). "
                                   "Klikken bij pronatie. Röntgenfoto 14-08-2026 geen fractuur."),
            ("Vraagstelling", "TFCC-laesie? Instabiliteit DRUG?"),
        ], {"colw": (0.28, 0.72), "border": False}),
        ("hr",),
        ("h", "Verslag"),
        ("p", "Vergelijking met röntgenfoto's van 14-08-2026. Normale uitlijning van de carpus. Geen "
              "fractuur, geen beenmergoedeem. Ulna-plus variant van 2 mm. Het TFCC toont een "
              "hoog-signaal-intense lijn door de foveale insertie, passend bij een perifere scheur "
              "(Palmer 1B). Lichte synovitis in het DRUG. Intact SL- en LT-ligament. Pezen van de "
              "extensor carpi ulnaris zonder tendinopathie, wel lichte subluxatie in pronatie."),
        ("h", "Conclusie"),
        ("p", "Perifere TFCC-scheur (Palmer 1B) met beperkte synovitis DRUG. Ulna-plus variant. "
              "Geen ossale afwijkingen."),
        ("sp", 6 * mm),
        ("kv", [("Radioloog", "Dr. E.H. Mulder"), ("Datum verslag", "23-09-2026 08:57"),
                ("Status", "Definitief, geautoriseerd")], {"colw": (0.28, 0.72)}),
    ],
    {"footer": "Zaanoever Ziekenhuis - Radiologie - dit verslag is elektronisch geautoriseerd", "size": 9.5},
    kinds=["imaging-report"], date="2026-09-23", also_dates=["2026-09-22"], author="radiologist",
    language="nl", style="hospital radiology two-column label/value form",
    imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
    notes="File name says nothing. 'Aanvrager' is an orthopaedic surgeon and the form has a "
          "'Vraagstelling' field: requester's question, not a referral. Exam date and report date differ by "
          "one day; an older X-ray date (14-08-2026) is quoted.",
))

# --------------------------------------------------------------------------------------------
# vg-005  OK-verslag form with bordered table (operation-report)
DOCS.append(D(
    "vg-005-document-3", "pdf",
    [
        ("lh", {"name": "IJsselweide Ziekenhuis", "logo": "square", "color": "#005a4e",
                "sub": "Operatiekamercomplex - Plastische chirurgie",
                "lines": ["IJsselkade 40, 7411 GX Deventer", "0570 - 53 00 00"]}),
        ("title", "OPERATIEVERSLAG"),
        ("kv", [
            ("Patiënt", "Mw. S. (Sanne) Hulshof"),
            ("Geboortedatum", "09-06-1979"),
            ("Patiëntnummer", "1190-4478"),
            ("Datum operatie", "11-06-2026"),
            ("Operateur", "Drs. K. Bosman, plastisch chirurg"),
            ("Assistent", "J. Pieters, AIOS plastische chirurgie"),
            ("Anesthesie", "WALANT (lidocaïne 1% met adrenaline), geen tourniquet"),
            ("Pre-operatieve diagnose", "Carpaletunnelsyndroom rechts, EMG 12-04-2026 matig ernstig"),
            ("Indicatie", "Nachtelijke paresthesieën dig I-III rechts ondanks nachtspalk (3 mnd) en "
                          "eenmalige injectie."),
            ("Ingreep", "Open carpaletunnelrelease rechts"),
            ("Verloop / beschrijving", [
                "Time-out volgens protocol. Lokale infiltratie, 20 minuten wachttijd.",
                "Incisie van 2,5 cm in de lijn van de radiale zijde van de ringvinger, proximaal van de "
                "Kaplan-lijn. Doorklieven van de palmaire fascie. Het ligamentum carpi transversum wordt onder "
                "zicht volledig gekliefd, distaal tot aan het vetkussen, proximaal tot in de antebrachiale "
                "fascie. De n. medianus is afgeplat en hyperemisch, thenartak intact. Geen ruimte-innemende "
                "processen. Actieve flexie van alle vingers door patiënte getoond.",
                "Hemostase. Huid gesloten met Ethilon 4-0, verband."]),
            ("Complicaties", "Geen"),
            ("Bloedverlies", "Minimaal"),
            ("Nabehandeling", "Hand hoog houden, verband 2 dagen, hechtingen verwijderen na 10-12 dagen "
                              "bij huisarts, controle handtherapeut na 2 weken."),
        ], {"colw": (0.3, 0.7), "border": True, "shade": "#e3efec"}),
        ("sig", ["Vastgelegd door: K. Bosman, 11-06-2026 16:05"]),
    ],
    {"footer": "Afgedrukt 03-11-2026 09:31 door secretariaat - IJsselweide Ziekenhuis - pagina {page}",
     "size": 9.5},
    kinds=["operation-report"], date="2026-06-11", author="specialist", language="nl",
    style="hospital OK-verslag form, bordered label/value table",
    imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
    notes="Generic file name. No salutation. Print date in the footer (03-11-2026) is not the document "
          "date. EMG is not imaging.",
))

# --------------------------------------------------------------------------------------------
# vg-006  MRSA screening lab result, table layout (mrsa-screening)
DOCS.append(D(
    "vg-006-labuitslag-kweek", "pdf",
    [
        ("lh", {"name": "Laboratorium Medische Microbiologie Twente-Achterhoek", "align": "left",
                "color": "#4b3b8f", "sub": "Stichting Microbiologisch Laboratorium (RvA M112)",
                "lines": ["Hengelosestraat 300, 7521 AK Enschede", "T 053 - 203 94 00  |  mmb@smlta.example"]}),
        ("cols", ["Aan:", "Huisartsenpraktijk Het Roessingh-Oost", "t.a.v. dr. B. Nijhuis", "Pathmos 12",
                  "7513 AB Enschede"],
                 ["<b>UITSLAG MICROBIOLOGIE</b>", "Labnummer: 26-M-0481773", "Status: definitief"]),
        ("kv", [
            ("Patiënt", "Dhr. M. (Mehmet) Yıldız"),
            ("Geboortedatum", "27-11-1969"),
            ("BSN", "2345.67.893"),
            ("Aanvrager", "B. Nijhuis, huisarts"),
            ("Afnamedatum", "23-11-2026"),
            ("Ontvangstdatum", "24-11-2026"),
            ("Klinische gegevens", "Opname ziekenhuis Antalya (Turkije) oktober 2026 i.v.m. polsletsel. "
                                   "Screening voorafgaand aan verwijzing handkliniek."),
        ], {"colw": (0.28, 0.72), "colon": True}),
        ("h", "Bepaling: MRSA-screening (kweek + PCR)"),
        ("table", [["Materiaal", "Methode", "Uitslag", "Opmerking"],
                   ["Neus", "PCR mecA/SCCmec", "MRSA niet aangetoond", ""],
                   ["Keel", "PCR mecA/SCCmec", "MRSA niet aangetoond", ""],
                   ["Perineum", "Kweek (ophoogbouillon)", "MRSA niet aangetoond", "S. aureus (MSSA) aangetoond"]],
         {"colw": (0.18, 0.26, 0.28, 0.28)}),
        ("h", "Conclusie"),
        ("p", "Geen MRSA-dragerschap aangetoond in de ingezonden materialen."),
        ("kv", [("Datum uitslag", "27-11-2026"), ("Gevalideerd door", "dr. W.J. Hofstede, arts-microbioloog")],
         {"colw": (0.28, 0.72), "colon": True}),
        ("small", "Deze uitslag is elektronisch verzonden (Edifact MEDLAB) en geldig zonder handtekening."),
    ],
    {"footer": "SMLTA - 26-M-0481773 - M. Yıldız - 27-11-1969 - blad {page}/{pages}", "size": 9,
     "font": "DejaVuSans"},
    kinds=["mrsa-screening"], date="2026-11-27", also_dates=["2026-11-23", "2026-11-24"], author="lab",
    language="nl", style="microbiology lab result, table layout",
    imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
    notes="Three dates of the result itself (afname, ontvangst, uitslag); birth date 27-11 equals the report "
          "day and month. Clinical data state an admission in Turkey => treated_abroad yes. MSSA found but "
          "MRSA negative. The name contains a Turkish dotless i.",
))

# --------------------------------------------------------------------------------------------
# vg-007  Belgian consultation letter (correspondence, treated abroad)
DOCS.append(D(
    "vg-007-verslag-raadpleging-az", "pdf",
    [
        ("lh", {"name": "AZ Kempenheide", "logo": "circle", "color": "#c0392b", "align": "split",
                "sub": "Campus Heidebloem - Dienst Orthopedie en Traumatologie",
                "lines": ["Heidebloemstraat 20", "2300 Turnhout", "tel. +32 14 40 12 11",
                          "RIZIV-nr. ziekenhuis 71033015"]}),
        ("cols", ["Dokter W. Aarts", "Huisartsenpraktijk Nieuwstraat", "Nieuwstraat 3",
                  "5111 CW Baarle-Nassau", "NEDERLAND"],
                 ["Turnhout, 18/09/2026", "Ons ref.: ORT/2026/118734", "Uw ref.: -"]),
        ("title", "Verslag raadpleging"),
        ("p", "<b>Betreft:</b> mevrouw Lotte Van Gorp, ° 03/04/1990, wonende Alphenseweg 41, 5111 AB Baarle-Nassau"),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënte werd op 02/09/2026 opgevangen op onze spoedgevallendienst na een val van een trap "
              "op haar werk in Turnhout. Zij werd vandaag gezien op de raadpleging orthopedie voor controle."),
        ("h", "Anamnese"),
        ("p", "Val op de uitgestrekte linkerhand. Pijn en zwelling van de linkerpols. Rechtshandig. "
              "Geen relevante antecedenten; geen vroegere ingrepen aan de pols."),
        ("h", "Klinisch onderzoek"),
        ("p", "Gips intact, geen drukplaatsen. Vingers goed doorbloed, sensibiliteit normaal, volledige "
              "vingerflexie."),
        ("h", "Technische onderzoeken"),
        ("p", "RX pols links (02/09/2026): niet-verplaatste extra-articulaire distale radiusfractuur. "
              "Controle-RX in gips (16/09/2026): behouden stand, geen secundaire verplaatsing."),
        ("h", "Besluit"),
        ("p", "Niet-verplaatste distale radiusfractuur links, conservatief behandeld met onderarmgips."),
        ("h", "Verder beleid"),
        ("p", "Gips nog 3 weken. Een heelkundige ingreep is momenteel niet aangewezen. Na gipsverwijdering "
              "kinesitherapie. Patiënte verkiest de verdere opvolging in Nederland; wij bezorgen haar "
              "de beelden op cd-rom."),
        ("p", "Met collegiale groeten,"),
        ("sig", ["dr. J. Peeters", "orthopedisch chirurg", "RIZIV 1-23456-78-910"], {"scribble": True}),
        ("small", "Kopie: patiënte. Dit verslag werd elektronisch gevalideerd op 18/09/2026."),
    ],
    {"accent": "#c0392b", "font": "Times-Roman", "size": 10.5},
    kinds=["correspondence"], date="2026-09-18", author="specialist", language="nl",
    style="Belgian hospital consultation letter (Flemish)",
    imaging_done="yes", operated="no", treated_abroad="yes",
    notes="Belgian hospital: treated abroad (ER and cast). Flemish terms (spoedgevallendienst, raadpleging, "
          "Besluit), birth date with degree sign, dd/mm/yyyy dates; a Dutch GP as addressee. 'Geen vroegere "
          "ingrepen aan de pols' = operated no; 'heelkundige ingreep momenteel niet aangewezen' is modality.",
))

# --------------------------------------------------------------------------------------------
# vg-014  Zorgdomein referral for treatment without any question (referral, question false)
DOCS.append(D(
    "vg-014-verwijzing-zd", "pdf",
    [
        ("lh", {"name": "Huisartsenpraktijk Meerzicht", "align": "left", "color": "#35607d", "rule": True,
                "lines": ["Bijlmerdreef 1001, 1103 TT Amsterdam", "AGB 01-061122  |  020 - 697 44 10"]}),
        ("title", "Verwijsbrief - Consult handchirurgie"),
        ("table", [["Veld", "Gegevens"],
                   ["Patiënt", "Dhr. K.O. Mensah"],
                   ["Geboortedatum", "05-11-1985"],
                   ["Verzekerde", "Zilverhaven Zorg, 339201775"],
                   ["Verwijzer", "Mw. I. Hoogendoorn, huisarts"],
                   ["Ontvanger", "Handkliniek Oudenrijn, afdeling handchirurgie"],
                   ["Datum", "02-11-2026"],
                   ["Reden van verwijzing", "Graag operatieve behandeling van een ganglion aan de dorsale "
                                            "zijde van de pols links. Patiënt wil het laten verwijderen."],
                   ["Vraagstelling", "-"],
                   ["Medicatie", "Geen"],
                   ["Allergieën", "Penicilline (exantheem)"],
                   ["Voorgeschiedenis", "Blanco"],
                   ["Aanvullend onderzoek", "Geen; er is nog geen beeldvorming verricht."]],
         {"colw": (0.3, 0.7), "shade": "#e8eef3"}),
        ("p", "Patiënt is verwezen voor operatie. Een echo is eventueel nog aan te vragen door uw afdeling."),
        ("sig", ["I. Hoogendoorn, huisarts"]),
        ("small", "ZorgDomein-verwijzing ZD-3309-1188-04, verzonden 02-11-2026 16:20."),
    ],
    {"size": 10, "footer": "ZorgDomein - Consult handchirurgie - {page}/{pages}"},
    kinds=["referral"], date="2026-11-02", author="gp", language="nl",
    style="zorgdomein product page as table",
    referral_question=False,
    imaging_done="no", operated="unmentioned", treated_abroad="unmentioned",
    notes="A referral 'for operation' with an empty Vraagstelling: not a second-opinion question. "
          "'Verwezen voor operatie' is a plan. 'Nog geen beeldvorming verricht' => imaging no, while the "
          "echo that may still be requested is only a plan. Birth date 05-11 near letter date 02-11. "
          "Voorgeschiedenis blank: no history.",
))

# --------------------------------------------------------------------------------------------
# vg-015  Ultrasound report without title (imaging-report)
DOCS.append(D(
    "vg-015-uitslag", "pdf",
    [
        ("lh", {"name": "Rijnmond Gasthuis", "sub": "Radiologie & Nucleaire Geneeskunde", "align": "split",
                "color": "#0b6e4f", "image": True,
                "lines": ["Maasboulevard 300", "3011 TX Rotterdam", "010 - 291 40 00"]}),
        ("kv", [("Naam", "Mw. N. (Nadia) El Khatib"), ("Geb.datum", "08-10-2001"),
                ("Aanvragend arts", "A. El Amrani, huisarts, Rotterdam-Delfshaven"),
                ("Onderzoek", "Echo pols links"), ("Onderzoeksdatum", "08-10-2026"),
                ("Klinische vraag", "Zwelling volaire zijde pols links sinds 3 maanden. Ganglion? "
                                    "Graag ook beoordeling a. radialis.")],
         {"colw": (0.25, 0.75), "bold": False}),
        ("p", "Aan de volaire radiale zijde van de pols links, direct naast de a. radialis, een "
              "scherp begrensde, anechogene, enigszins lobulaire structuur van 14 x 9 x 8 mm met een "
              "smalle steel richting het radioscafoïdale gewricht. Geen doppler-signaal in de laesie. "
              "De a. radialis is open en wordt niet gecomprimeerd. Geen tenosynovitis van de flexor carpi "
              "radialis. Overige weke delen niet afwijkend."),
        ("p", "<b>Conclusie:</b> volair ganglion pols links, uitgaande van het radioscafoïdale gewricht, "
              "in nauwe relatie met de a. radialis. Bij eventuele aspiratie hiermee rekening houden."),
        ("p", "I. Kramer, radioloog  (geautoriseerd 09-10-2026)"),
    ],
    {"size": 10, "accent": "#0b6e4f"},
    kinds=["imaging-report"], date="2026-10-09", also_dates=["2026-10-08"], author="radiologist",
    language="nl", style="untitled radiology report, hospital name as image",
    imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
    notes="No title at all; the hospital name is an image (only department and address are text). "
          "Exam date equals the birthday's day and month (08-10). Requester is a GP with a clinical question, "
          "which is not a referral. Authorised the next day.",
))

# --------------------------------------------------------------------------------------------
# vg-016  Discharge letter with full operation section (correspondence + operation-report)
DOCS.append(D(
    "vg-016-klinische-brief", "pdf",
    [
        ("lh", {"name": "Ziekenhuis De Linge", "logo": "square", "color": "#1d3c78", "align": "split",
                "sub": "Chirurgie - Traumatologie",
                "lines": ["Rijnkade 120, 6811 AC Arnhem", "Polikliniek chirurgie 026 - 378 81 00"]}),
        ("cols", ["Dhr. R. Smeets, huisarts", "Huisartsenpraktijk Presikhaaf", "Kweekstraat 2",
                  "6825 AE Arnhem"],
                 ["Datum: 07-08-2026", "Kenmerk: CHI/2026/55213", "Opname: 03-08-2026", "Ontslag: 06-08-2026"]),
        ("title", "Klinische brief / ontslagbrief"),
        ("p", "<b>Betreft:</b> Mw. G.H. (Gerda) Rutten, geboren 06-08-1948, Rosendaalseweg 400, 6824 AB Arnhem"),
        ("p", "Geachte collega,"),
        ("p", "Bovengenoemde patiënte was van 3 tot en met 6 augustus 2026 opgenomen op onze afdeling "
              "traumatologie."),
        ("h", "Opnamediagnose"),
        ("p", "Intra-articulaire, verplaatste distale radiusfractuur rechts (AO 23-C2) na val thuis."),
        ("h", "Voorgeschiedenis"),
        ("p", "2012 laparoscopische cholecystectomie; osteopenie (2021); hypertensie."),
        ("h", "Aanvullend onderzoek"),
        ("p", "Röntgen pols rechts en CT pols rechts (03-08-2026): comminutieve intra-articulaire fractuur "
              "met dorsale kanteling van 25 graden en 3 mm step-off."),
        ("h", "Ingreep / operatie"),
        ("kv", [
            ("Datum operatie", "04-08-2026"),
            ("Operateur", "Dr. M. Hoekstra, traumachirurg"),
            ("Assistent", "Drs. L. Brouwer, AIOS heelkunde"),
            ("Anesthesie", "Infraclaviculair plexusblok + sedatie"),
            ("Procedure", "Open repositie en interne fixatie met volaire hoekstabiele plaat (2.4 mm, "
                          "7 schroeven) distale radius rechts"),
            ("Beschrijving", "Modified Henry-benadering. Fractuur gerepositioneerd onder doorlichting, "
                             "tijdelijke K-draadfixatie, plaatsing volaire plaat. Controle doorlichting: "
                             "herstel radiale lengte en volaire tilt, geen intra-articulaire schroeven. "
                             "M. pronator quadratus gehecht. Huid intracutaan."),
            ("Complicaties", "Geen"),
        ], {"colw": (0.25, 0.75)}),
        ("h", "Beloop"),
        ("p", "Ongecompliceerd postoperatief beloop. Goede pijnstilling, vingers vrij beweeglijk. "
              "Mobilisatie met fysiotherapie, ontslag naar huis met thuiszorg."),
        ("h", "Medicatie bij ontslag"),
        ("p", "Paracetamol 1000 mg 3dd; naproxen 250 mg 2dd gedurende 5 dagen met pantoprazol 20 mg; "
              "eigen medicatie ongewijzigd (amlodipine, calcium/vitamine D)."),
        ("h", "Beleid"),
        ("p", "Polikliniek traumatologie over 2 weken met röntgenfoto; handtherapie vanaf week 2."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["drs. L. Brouwer, AIOS heelkunde", "namens dr. M. Hoekstra, traumachirurg"]),
        ("small", "cc: patiënte; thuiszorg Rijnstad"),
    ],
    {"footer": "De Linge - klinische brief - G.H. Rutten (06-08-1948) - pag. {page} van {pages}"},
    kinds=["correspondence", "operation-report"], date="2026-08-07", author="specialist", language="nl",
    style="hospital discharge letter (klinische brief) with operation section",
    imaging_done="yes", operated="yes", treated_abroad="unmentioned",
    notes="Discharge letter with full operation description (date, operator, procedure): correspondence "
          "and operation report. Admission/discharge/operation dates around the letter date; birth date "
          "06-08 equals discharge day/month. Cholecystectomy is another body part.",
))

# --------------------------------------------------------------------------------------------
# vg-017  Pharmacy medication overview (none)
DOCS.append(D(
    "vg-017-medicatieoverzicht", "pdf",
    [
        ("lh", {"name": "Apotheek De Vijzel", "align": "left", "color": "#117864",
                "lines": ["Vijzelgracht 22, 1017 HR Amsterdam", "020 - 622 45 09", "AGB 06-031177"]}),
        ("title", "Actueel medicatieoverzicht"),
        ("kv", [("Patiënt", "Mw. A.F. (Anneke) Verhoef"), ("Geboortedatum", "17-12-1954"),
                ("Huisarts", "dr. P. de Bruin"), ("Datum afdruk", "20-11-2026"),
                ("Contra-indicaties", "Nierfunctiestoornis (eGFR 48)"),
                ("Overgevoeligheden", "Codeïne (misselijkheid)")], {"colw": (0.28, 0.72), "colon": True}),
        ("table", [["Geneesmiddel", "Gebruik", "Voorschrijver", "Start", "Laatste afl."],
                   ["Metoprolol retard 50 mg", "1x per dag 1 tablet", "huisarts", "03-2019", "28-10-2026"],
                   ["Atorvastatine 20 mg", "1x per dag 1 tablet", "huisarts", "03-2019", "28-10-2026"],
                   ["Paracetamol 500 mg", "max 3x per dag 2 tabletten", "orthopedie (dr. Lindeman)", "09-2026",
                    "14-11-2026"],
                   ["Diclofenac gel 1%", "3x per dag op de pols", "huisarts", "10-2026", "16-10-2026"],
                   ["Colecalciferol 800 IE", "1x per dag", "huisarts", "2021", "28-10-2026"]],
         {"colw": (0.27, 0.23, 0.22, 0.12, 0.16)}),
        ("p", "Gestopt in de afgelopen 6 maanden: naproxen 250 mg (gestopt 12-09-2026, reden: nierfunctie)."),
        ("small", "Dit overzicht is gebaseerd op de afleveringen van onze apotheek en van aangesloten apotheken "
                  "(LSP). Controleer altijd met de patiënt."),
    ],
    {"footer": "Apotheek De Vijzel - medicatieoverzicht - {page}/{pages}", "size": 9.5},
    kinds=[], date="2026-11-20", author="other", language="nl", style="pharmacy medication overview table",
    imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
    notes="Medication overview (not a history letter). A specialist appears as prescriber only.",
))

# --------------------------------------------------------------------------------------------
# vg-019  Rheumatology outpatient letter with fax header on every page (correspondence)
DOCS.append(D(
    "vg-019-fax-reumatologie", "pdf",
    [
        ("lh", {"name": "Medisch Centrum Twentezicht", "sub": "Afdeling Reumatologie", "align": "left",
                "color": "#8e44ad", "lines": ["Twentepoort 10, 7511 JK Enschede", "053 - 487 20 00"]}),
        ("cols", ["Aan:", "Mw. H. ter Horst, huisarts", "Gezondheidscentrum Glanerbrug", "Gronausestraat 1190",
                  "7534 AM Enschede"],
                 ["Datum: 19-10-2026", "Uw kenmerk: -", "Ons kenmerk: REU-0919-2210", "Afdeling: Reumatologie"]),
        ("p", "<b>Betreft:</b> Dhr. J.W. Oude Luttikhuis, geb. 21-10-1957"),
        ("p", "Geachte mevrouw Ter Horst,"),
        ("p", "Hartelijk dank voor uw verwijzing van bovengenoemde patiënt in verband met pijnlijke, "
              "stijve vingers en de vraag of er sprake is van een inflammatoire artritis."),
        ("h", "Anamnese"),
        ("p", "Patiënt, 68 jaar, gepensioneerd timmerman, heeft sinds ongeveer twee jaar pijn in de DIP- en "
              "PIP-gewrichten van beide handen, rechts meer dan links, met ochtendstijfheid van circa tien "
              "minuten. Geen zwelling van de MCP-gewrichten, geen huidafwijkingen, geen rugklachten. Hij is "
              "niet geopereerd aan de handen; vorig jaar wel een totale heupprothese links. Familie: zus met "
              "reumatoïde artritis."),
        ("h", "Lichamelijk onderzoek"),
        ("p", "Heberdense noduli DIP 2-5 beiderzijds, Bouchardse noduli PIP 2 en 3 rechts. Geen synovitis van "
              "MCP- of polsgewrichten. Squeeze-test negatief. CMC-1 rechts pijnlijk bij grind-test."),
        ("h", "Aanvullend onderzoek"),
        ("p", "Laboratorium: BSE 8 mm/u, CRP < 3 mg/l, reumafactor en anti-CCP negatief. "
              "Echografie van beide handen (gewrichtsecho, verricht op onze polikliniek op 12-10-2026): "
              "osteofyten aan DIP- en PIP-gewrichten, geen synovitis of power-doppler-activiteit, "
              "geen erosies."),
        ("pb",),
        ("h", "Conclusie"),
        ("p", "Nodulaire handartrose (erosief noch inflammatoir), met CMC-1-artrose rechts. Geen aanwijzingen "
              "voor reumatoïde artritis of artritis psoriatica."),
        ("h", "Beleid"),
        ("p", "Uitleg gegeven. Verwijzing naar de handtherapeut voor gewrichtsbescherming en een "
              "CMC-1-spalk. Paracetamol zo nodig; lokale NSAID. Patiënt vraagt naar een operatie aan de "
              "duimbasis; wij hebben geadviseerd eerst het effect van de spalk af te wachten en, indien "
              "gewenst, een handchirurg te consulteren. Wij zien patiënt niet terug op de polikliniek."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["dr. Y. Kuipers", "reumatoloog"], {"scribble": True}),
        ("small", "c.c. patiënt"),
    ],
    {"fax": "26-10-2026 09:14   VAN: MC TWENTEZICHT REUMATOLOGIE +31534872299   AAN: 0534285310   P.{page}/{pages}",
     "footer": "MC Twentezicht - Reumatologie - pagina {page} van {pages}", "top": 24},
    kinds=["correspondence"], date="2026-10-19", also_dates=["2026-10-12"], author="specialist",
    language="nl", style="outpatient letter, faxed (fax header with send date on each page)",
    imaging_done="yes", operated="no", treated_abroad="unmentioned",
    notes="Fax header on every page carries the send date 26-10-2026, not the letter date 19-10. Birth date "
          "21-10 lies between both. 'Niet geopereerd aan de handen' = operated no; hip prosthesis is another "
          "body part; an operation asked about by the patient is only a wish. Joint ultrasound done in the "
          "clinic (12-10, same consultation episode; kept as also_date).",
))

# --------------------------------------------------------------------------------------------
# vg-020  X-ray report, image letterhead, true two-column body, hyphenated lines (imaging-report)
_txt020_l = ("Klinische gegevens: sinds 1 week\n"
             "pijn in de tabatière anatomique\n"
             "links na val op de hand tijdens\n"
             "het hockeyen. Vraagstelling: scafo-\n"
             "ïdfractuur?\n\n"
             "Bevindingen: hand links in twee\n"
             "richtingen en scafoïdserie (4 op-\n"
             "names). Smalle fractuurlijn door de\n"
             "taille van het os scafoïdeum, niet\n"
             "gedisloceerd. Geen fractuur van de\n"
             "distale radius of van de overige\n"
             "carpalia. Gewrichtsspleten normaal.")
_txt020_r = ("Geen aanwijzingen voor carpale in-\n"
             "stabiliteit (normale scafolunaire\n"
             "afstand). Weke-delenzwelling radi-\n"
             "aal.\n\n"
             "Conclusie: niet-gedisloceerde tail-\n"
             "lefractuur os scafoïdeum links.\n"
             "Advies: bij twijfel over consoli-\n"
             "datie CT na 6 weken.\n\n"
             "Radioloog: drs. B. Westra\n"
             "Verslag geautoriseerd: 05-11-2026")
DOCS.append(D(
    "vg-020-rontgen-scafoid", "pdf",
    [
        ("lh", {"name": "Ziekenhuis Noorderpoort", "image": True, "color": "#004f7c", "align": "split",
                "sub": "Medische Beeldvorming",
                "lines": ["Boterdiep 80, 9712 LP Groningen", "050 - 524 60 00"]}),
        ("title", "RÖNTGENONDERZOEK"),
        ("kv", [("Patiënt", "Dhr. S. (Sjoerd) Hofstra, geb. 11-05-2008"),
                ("Aanvrager", "SEH-arts dr. D. Wiersma, Spoedeisende Hulp"),
                ("Onderzoek", "X-hand links + scafoïdserie"), ("Datum onderzoek", "05-11-2026")],
         {"colw": (0.3, 0.7)}),
        ("colbreak",),
        ("pre", _txt020_l),
        ("colbreak",),
        ("pre", _txt020_r),
    ],
    {"frames": 2, "head_h": 78, "footer": "Noorderpoort MB - 2026-11-05 - {page}/{pages}", "pre_size": 9,
     "size": 10},
    kinds=["imaging-report"], date="2026-11-05", author="radiologist", language="nl",
    style="radiology report, two-column body, letterhead as image, hyphenated line breaks",
    imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
    notes="Body set in two newspaper columns with hard hyphenated line breaks (scafo-/ïdfractuur, "
          "in-/stabiliteit); hospital name is an image. Advice of a CT later is a plan.",
))

# --------------------------------------------------------------------------------------------
# vg-023  Belgian operation report (operation-report, treated abroad)
DOCS.append(D(
    "vg-023-operatieverslag-uz", "pdf",
    [
        ("lh", {"name": "UZ Brabant", "align": "center", "color": "#003d6b",
                "sub": "Dienst Plastische, Reconstructieve en Esthetische Heelkunde",
                "lines": ["Houba de Strooperlaan 120 - 1020 Brussel - België", "tel. +32 2 477 00 00"]}),
        ("title", "Operatieverslag"),
        ("table", [["Patiënt", "Ruben Claes  (° 21/07/1984)", "Dossiernr.", "8840177-3"],
                   ["Datum ingreep", "14/10/2026", "Zaal", "OK 12"],
                   ["Chirurg", "dr. L. Vermeersch", "Assistent", "dr. A. Goossens (ASO)"],
                   ["Anesthesist", "dr. K. Wouters", "Anesthesie", "loco-regionaal (axillair blok)"]],
         {"header": False, "colw": (0.17, 0.38, 0.17, 0.28), "shade": "#ffffff"}),
        ("h", "Indicatie"),
        ("p", "Val met de mountainbike op 04/10/2026 in de Ardennen. CT pols links (07/10/2026): "
              "verplaatste (1,5 mm) taillefractuur van het scafoïd links. Patiënt is in Nederland woonachtig "
              "maar werkt in Leuven."),
        ("h", "Ingreep"),
        ("p", "Percutane osteosynthese scafoïd links met gecanuleerde headless compressieschroef "
              "(Acutrak 2 mini, 22 mm)."),
        ("h", "Verloop"),
        ("p", "Rugligging, arm op armtafel, tourniquet 250 mmHg (32 min). Volaire percutane benadering. "
              "Onder doorlichting plaatsen van geleidedraad centraal in het scafoïd, boren en plaatsen van "
              "de schroef met goede compressie. Doorlichting in 4 richtingen: correcte positie, geen "
              "protrusie. Sluiten met één hechting, volaire spalk."),
        ("h", "Complicaties"),
        ("p", "Geen."),
        ("h", "Postoperatief"),
        ("p", "Spalk 2 weken, daarna controle op de raadpleging met RX. Verdere opvolging mag in Nederland."),
        ("sig", ["dr. L. Vermeersch, plastisch chirurg", "Gevalideerd 14/10/2026 17:46"]),
    ],
    {"footer": "UZ Brabant - operatieverslag - blz. {page}", "font": "Times-Roman", "size": 10.5},
    kinds=["operation-report"], date="2026-10-14", author="specialist", language="nl",
    style="Belgian university hospital operation report, table header",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="Flemish operation report from a Belgian hospital (treated abroad even though the patient lives in "
          "NL). Patient/date fields are in a 4-column table without header row. CT before surgery plus "
          "intra-operative fluoroscopy => imaging yes.",
))

# --------------------------------------------------------------------------------------------
# vg-024  Insurer letter about second opinion reimbursement (none)
DOCS.append(D(
    "vg-024-brief-zorgverzekeraar", "pdf",
    [
        ("lh", {"name": "Noordkust Zorgverzekeringen", "align": "left", "color": "#e67e22", "logo": "bars",
                "lines": ["Postbus 7700, 8900 JA Leeuwarden"]}),
        ("cols", ["Mevrouw J.M. de Wit-Brouwer", "Zuiderpolderplein 7", "2034 AB Haarlem"],
                 ["Leeuwarden, 12 november 2026", "Relatienummer: 884120937",
                  "Onderwerp: vergoeding second opinion"]),
        ("p", "Beste mevrouw De Wit-Brouwer,"),
        ("p", "U vroeg ons op 9 november 2026 telefonisch of wij een second opinion bij Handkliniek Oudenrijn "
              "vergoeden. Hieronder leest u onze voorwaarden."),
        ("p", "Een second opinion valt onder de basisverzekering als de second opinion gaat over een "
              "aandoening waarvoor u al onder behandeling bent bij een medisch specialist, en als u een "
              "<b>verwijzing</b> heeft van uw huisarts of uw behandelend medisch specialist. Een verwijzing is "
              "één jaar geldig. Zonder verwijzing vergoeden wij de kosten niet."),
        ("p", "Handkliniek Oudenrijn heeft een contract met ons. U betaalt wel uw eigen risico. Heeft u in "
              "2026 al zorg gehad, bijvoorbeeld de MRI of de behandeling op de spoedeisende hulp? Dan is uw "
              "eigen risico mogelijk al (deels) verbruikt."),
        ("p", "Heeft u nog vragen? Bel ons op 058 - 299 88 00 of kijk op onze website."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["Team Zorgadvies", "Noordkust Zorgverzekeringen"]),
    ],
    {"size": 10.5, "font": "Helvetica"},
    kinds=[], date="2026-11-12", author="other", language="nl", style="insurer letter to patient",
    imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
    notes="Full of referral vocabulary (verwijzing, second opinion, valid one year) but an insurer letter. "
          "'Heeft u ... al zorg gehad, bijvoorbeeld de MRI' is a question, not a statement: imaging unmentioned.",
))
