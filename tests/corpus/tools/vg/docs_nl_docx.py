# -*- coding: utf-8 -*-
"""Dutch (and Flemish) Word documents of the vg- corpus."""
from spec import D

DOCS = []

# --------------------------------------------------------------------------------------------
# vg-030  Zorgdomein referral as bordered DOCX table, with history (referral + history)
DOCS.append(D(
    "vg-030-zorgdomein-orthopedie", "docx",
    [
        ("lh", {"name": "Huisartsen Maarssen-Dorp", "docx_header": True, "color": "#1a5276",
                "lines": ["Kerkweg 12, 3603 CL Maarssen  -  tel. 0346 - 56 12 12  -  AGB 01-044781"]}),
        ("p", "<b>ZorgDomein</b>   Second opinion orthopedie / handchirurgie"),
        ("kv", [
            ("Verwijzing aangemaakt", "01-12-2026"),
            ("Verwijzer", "dr. E.M. Schouten, huisarts (AGB 01-103344)"),
            ("Naar", "Handkliniek Oudenrijn - polikliniek handchirurgie"),
            ("Patiënt", "Dhr. P. (Pieter) van der Veen"),
            ("Geboortedatum", "03-12-1966"),
            ("BSN", "3456.78.904"),
            ("Verzekeraar", "Zilverhaven Zorg, 552103887"),
            ("Telefoon patiënt", "06 - 41 22 90 13"),
        ], {"border": True, "colw": (0.35, 0.65)}),
        ("kv", [
            ("Reden van verwijzing", "Persisterende tintelingen en krachtverlies rechterhand na "
                                     "carpaletunnelrelease rechts in maart 2026."),
            ("Vraagstelling", "Graag een second opinion: is er sprake van een incomplete release of een "
                              "andere oorzaak (cervicaal radiculair syndroom C6)? Is een re-operatie zinvol?"),
            ("Relevante voorgeschiedenis", ["2004 hernia nuclei pulposi L5-S1, conservatief",
                                            "2017 diabetes mellitus type 2",
                                            "12-2025 skiongeval Oostenrijk: knieletsel rechts, 1 nacht "
                                            "opgenomen in het Alpenklinikum Pinzgau (Zell am See)"]),
            ("Recente behandelingen", ["03-2026 open carpaletunnelrelease rechts (Ziekenhuis Eemhof)",
                                       "06-2026 EMG: persisterende geleidingsvertraging n. medianus rechts",
                                       "09-2026 echo n. medianus rechts (Ziekenhuis Eemhof): verdikte zenuw, "
                                       "geen restband zichtbaar",
                                       "10-2026 plastisch chirurg: afwachtend beleid"]),
            ("Medicatie", ["Metformine 850 mg 2dd1", "Pregabaline 75 mg 2dd1 (sinds 07-2026)"]),
            ("Allergieën", "Geen"),
            ("Bijzonderheden", "Patiënt wil zelf een tweede mening. MRSA-screening is in gang gezet i.v.m. "
                               "de opname in Oostenrijk."),
        ], {"border": True, "colw": (0.35, 0.65)}),
        ("small", "Verzonden via ZorgDomein op 01-12-2026 om 11:08 - referentie ZD-5120-7781-12"),
    ],
    {"footer": "ZorgDomein - Second opinion orthopedie - P. van der Veen", "font": "Arial", "size": 10},
    kinds=["referral", "history"], date="2026-12-01", author="gp", language="nl",
    style="zorgdomein bordered table (docx), letterhead in page header",
    referral_question=True,
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="Birth date 03-12 two days after letter date. The admission abroad was for a knee injury, "
          "not the hand, but treatment abroad counts whatever it was for. Operated on the hand (CTR) "
          "in NL. 'MRSA-screening in gang gezet' is a mention, not a result.",
))

# --------------------------------------------------------------------------------------------
# vg-031  Free GP referral letter with 'bijgevoegd' mentions (referral)
DOCS.append(D(
    "vg-031-verwijsbrief-huisarts", "docx",
    [
        ("lh", {"name": "Huisartsenpraktijk Blerick-Centrum", "align": "split", "color": "#633974",
                "sub": "drs. M.J.G. Janssen en drs. T. Hendrikx",
                "lines": ["Kloosterstraat 20", "5921 HM Venlo-Blerick", "077 - 382 40 30"]}),
        ("p", "Venlo, 4 november 2026"),
        ("p", "Aan: Handkliniek Oudenrijn"),
        ("p", "t.a.v. de dienstdoende handchirurg"),
        ("p", "Postbus 3055, 3502 GB Utrecht"),
        ("p", ""),
        ("p", "<b>Betreft:</b> dhr. B.P.M. (Bram) Cox, geb. 14-11-1999, Maasbree"),
        ("p", "Geachte collega,"),
        ("p", "Graag verwijs ik bovengenoemde patiënt, een 26-jarige keukenmonteur, naar u voor een second "
              "opinion over zijn linkerpols."),
        ("p", "In februari 2025 liep hij bij een val van een steiger een scafoïdfractuur links op, die pas "
              "na zes weken werd vastgesteld. Vanwege een pseudartrose is hij op 3 juni 2026 in het Maasoever "
              "Ziekenhuis geopereerd (Herbertschroef met spongiosaplastiek uit de crista iliaca). Het "
              "operatieverslag is bijgevoegd. Op de CT van 20 oktober jl. is volgens de radioloog geen "
              "consolidatie te zien; zie het bijgevoegde röntgenverslag. De behandelend orthopeed stelt nu "
              "een vier-hoeks-artrodese voor."),
        ("p", "Patiënt twijfelt sterk omdat hij zijn beroep wil blijven uitoefenen. <b>Mijn vraag:</b> is "
              "een tweede reconstructiepoging (bijvoorbeeld met een gevasculariseerd bottransplantaat) nog "
              "mogelijk, of is een salvage-ingreep inderdaad de beste optie?"),
        ("p", "Medicatie: geen. Allergieën: geen. Roken: 10 sigaretten per dag."),
        ("p", "Bijlagen: operatieverslag 03-06-2026, verslag CT 20-10-2026, brief orthopedie 27-10-2026."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["", "drs. T. Hendrikx, huisarts", "AGB 01-223388"]),
    ],
    {"font": "Cambria", "size": 11},
    kinds=["referral"], date="2026-11-04", author="gp", language="nl",
    style="free GP letter (docx), place+date line, no date label", referral_question=True,
    imaging_done="yes", operated="yes", treated_abroad="unmentioned",
    notes="Mentions 'operatieverslag is bijgevoegd' and 'zie het bijgevoegde röntgenverslag': mentions, "
          "not documents; the letter is only a referral. Birth date 14-11 ten days after the letter date. "
          "Story of recent treatment in prose but no history section: labelled referral only. Date is in "
          "'Venlo, 4 november 2026' without a label.",
))

# --------------------------------------------------------------------------------------------
# vg-032  Undated GP summary letter (history, no date)
DOCS.append(D(
    "vg-032-medische-samenvatting", "docx",
    [
        ("lh", {"name": "Huisartsenpraktijk Merenwijk", "color": "#196f3d",
                "lines": ["Kemphaanpad 2, 2317 BX Leiden", "T 071 - 521 88 00"]}),
        ("title", "Medische samenvatting t.b.v. second opinion"),
        ("kv", [("Naam", "Mw. C.E. (Carolien) Dekker-Zwart"), ("Geboren", "19 juli 1975"),
                ("Adres", "Lijsterlaan 31, 2317 BB Leiden")], {"docx_inline": True}),
        ("h", "Actuele problemen"),
        ("p", "- Tendovaginitis stenosans (triggerfinger) dig III en IV rechts, sinds voorjaar 2025"),
        ("p", "- Reumatoïde artritis (seropositief), sinds 2014, onder behandeling reumatoloog"),
        ("h", "Voorgeschiedenis"),
        ("p", "- 1998 tonsillectomie"),
        ("p", "- 2007 en 2010 partus, 2010 sectio caesarea"),
        ("p", "- 2014 RA, methotrexaat"),
        ("p", "- 2021 depressieve episode, hersteld"),
        ("h", "Recente behandelingen hand"),
        ("p", "- 15-04-2025: injectie triamcinolon A1-pees dig III rechts (huisarts), kortdurend effect"),
        ("p", "- 09-2025: injectie dig IV rechts (huisarts)"),
        ("p", "- 23-01-2026: A1-pulleyrelease dig III rechts, polikliniek plastische chirurgie Rijnland Gasthuis Leiden"),
        ("p", "- 06-2026: opnieuw klachten dig III (knikken) en nu ook dig IV; echo hand rechts 17-06-2026: "
              "tenosynovitis flexorpezen, geen restknoop"),
        ("p", "- 08-2026: advies reumatoloog: prednison-stootkuur; plastisch chirurg overweegt "
              "flexor-synovectomie"),
        ("h", "Medicatie"),
        ("p", "Methotrexaat 15 mg 1x per week, foliumzuur 5 mg 1x per week, etanercept 50 mg 1x per week s.c."),
        ("h", "Allergieën"),
        ("p", "Sulfonamiden."),
        ("p", "Patiënte vraagt zelf om een second opinion; de verwijzing volgt via ZorgDomein."),
        ("sig", ["J.W. Brands, huisarts"]),
    ],
    {"font": "Calibri", "size": 10.5},
    kinds=["history"], author="gp", language="nl", style="GP summary letter (docx), undated",
    imaging_done="yes", operated="yes", treated_abroad="unmentioned",
    notes="Undated: no letter date anywhere, only birth date and event dates (latest 08-2026), so the "
          "label has no date and it cannot prove recency. Operated on the trigger finger (A1 release) in "
          "01-2026; tonsillectomy and caesarean are other body parts; synovectomy only considered. Says "
          "the referral follows: not a referral itself.",
))

# --------------------------------------------------------------------------------------------
# vg-033  Epic-like outpatient letter, orthopaedics: never operated, no imaging (correspondence)
DOCS.append(D(
    "vg-033-brief-orthopedie", "docx",
    [
        ("lh", {"name": "St. Clemens Ziekenhuis", "docx_header": True, "color": "#922b21",
                "sub": "Orthopedie  |  Lange Nieuwstraat 2, 3512 PN Utrecht  |  030 - 296 30 00"}),
        ("cols", ["Dhr. drs. A. Bosch, huisarts", "Huisartsenpraktijk Lombok", "Kanaalstraat 180",
                  "3531 CP Utrecht"],
                 ["Datum: 25-11-2026", "Patiëntnummer: 6093311", "Behandelaar: J. de Ruiter, PA orthopedie",
                  "Supervisor: dr. S.A. Bulut, orthopedisch chirurg"]),
        ("p", "<b>Betreft:</b> Dhr. W. (Wim) Kersten, geboortedatum 23-11-1951"),
        ("p", "Beste collega,"),
        ("p", "Op 18-11-2026 zag ik uw patiënt op het spreekuur orthopedie."),
        ("h", "Reden van komst"),
        ("p", "Pijnlijke, knikkende pink rechts sinds de zomer."),
        ("h", "Anamnese"),
        ("p", "Pt. is 75 jaar, gepensioneerd, rechtshandig. Sinds juni pijn in de handpalm t.h.v. de pink "
              "met ochtendstijfheid en knikken bij het strekken. Geen trauma. Hij overwintert elk jaar drie "
              "maanden in Spanje; daar is hij niet voor zijn hand behandeld. Patiënt is nooit geopereerd aan "
              "de hand of pols. VG: 2015 TURP, 2019 CABG, atriumfibrilleren (apixaban)."),
        ("h", "Lichamelijk onderzoek"),
        ("p", "Rechterhand: palpabele noduli A1 dig V, knikken bij actieve extensie, passief volledig strekbaar. "
              "Geen Dupuytren-strengen. Sensibiliteit en circulatie intact."),
        ("h", "Aanvullend onderzoek"),
        ("p", "Er is geen aanvullend beeldvormend onderzoek verricht; dit is voor de diagnose niet nodig."),
        ("h", "Conclusie"),
        ("p", "Triggerfinger dig V rechts."),
        ("h", "Beleid"),
        ("p", "Injectie met corticosteroïd in de peesschede gegeven (kenacort 10 mg). Bij recidief kan een "
              "operatieve release worden overwogen; ivm apixaban dan overleg met trombosedienst. Controle "
              "op indicatie. Patiënt vraagt of een tweede mening mogelijk is; dit staat hem uiteraard vrij."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["J. de Ruiter, physician assistant orthopedie",
                 "mede namens dr. S.A. Bulut, orthopedisch chirurg"]),
        ("small", "Kopie: patiënt  |  Brief gegenereerd uit EPD (Epic) - niet ondertekend"),
    ],
    {"font": "Segoe UI", "size": 10, "docx_headings": True},
    kinds=["correspondence"], date="2026-11-25", also_dates=["2026-11-18"], author="specialist",
    language="nl", style="Epic-like outpatient letter (docx), heading styles, letterhead in page header",
    imaging_done="no", operated="no", treated_abroad="no",
    notes="Explicit negations: never operated on hand/wrist, no imaging done. Spends winters in Spain but "
          "not treated there for the hand => treated_abroad no (says no care abroad for this problem). "
          "TURP and CABG are other body parts. Written by a physician assistant under supervision. "
          "Birth date 23-11 between consultation (18-11) and letter (25-11).",
))

# --------------------------------------------------------------------------------------------
# vg-034  CT report as bordered table (imaging-report), says status after screw fixation
DOCS.append(D(
    "vg-034-ct-pols-verslag", "docx",
    [
        ("lh", {"name": "Maasoever Ziekenhuis", "align": "split", "color": "#154360",
                "sub": "Afdeling Radiologie",
                "lines": ["Oeverweg 8, 5912 AA Venlo", "077 - 320 55 55"]}),
        ("table", [["Patiëntgegevens", ""],
                   ["Naam", "Cox, B.P.M."],
                   ["Geboortedatum", "14-11-1999"],
                   ["Patiëntnummer", "M-7720413"],
                   ["Aanvragend specialist", "drs. G. Willems, orthopedisch chirurg (Orthopedie)"],
                   ["Onderzoek", "CT pols links, dunne coupes met reconstructies"],
                   ["Datum onderzoek", "20-10-2026"]]),
        ("p", "<b>Klinische informatie / vraagstelling</b>"),
        ("p", "Status na Herbertschroef en spongiosaplastiek scafoïd links (03-06-2026) wegens pseudartrose. "
              "Consolidatie?"),
        ("p", "<b>Verslag</b>"),
        ("p", "Vergeleken met CT van 18-02-2026. Status na osteosynthese van het os scafoïdeum met een "
              "compressieschroef in situ, zonder loslatingszoom of schroefbreuk. Persisterende "
              "fractuurspleet in de taille over meer dan 50% van de doorsnede, zonder overbruggende "
              "trabekels. Geringe humpback-deformiteit. Beginnende radioscafoïdale artrose (styloïd). "
              "Lunatum in lichte DISI-stand."),
        ("p", "<b>Conclusie</b>"),
        ("p", "Geen consolidatie van het scafoïd vier en een halve maand na revisie-osteosynthese: "
              "persisterende pseudartrose. Beginnende SNAC-stadium I."),
        ("table", [["Radioloog", "Datum verslag"], ["dr. H.L. Maessen", "20-10-2026"]]),
    ],
    {"font": "Arial", "size": 10},
    kinds=["imaging-report"], date="2026-10-20", author="radiologist", language="nl",
    style="radiology report with bordered patient table (docx)",
    imaging_done="yes", operated="yes", treated_abroad="unmentioned",
    notes="Radiology report that itself states status after screw fixation => operated yes. Requester is a "
          "specialist. Compares with an older CT (18-02-2026). Same patient as the GP referral vg-031.",
))

# --------------------------------------------------------------------------------------------
# vg-035  OK-verslag Dupuytren, DOCX table (operation-report)
DOCS.append(D(
    "vg-035-okverslag-dupuytren", "docx",
    [
        ("lh", {"name": "Ziekenhuis Maasland", "color": "#0e6655", "docx_header": True,
                "sub": "Plastische chirurgie - Maasdijk 30, 5341 AB Oss - 0412 - 61 61 61"}),
        ("title", "OK-verslag"),
        ("table", [["Veld", "Inhoud"],
                   ["Patiënt", "Dhr. A.J. (Ad) van den Heuvel, geb. 02-03-1960"],
                   ["Datum operatie", "15 juli 2026"],
                   ["Operateur", "dr. I. Schellekens, plastisch chirurg"],
                   ["Assistent", "drs. R. Akkermans, ANIOS"],
                   ["Anesthesie", "Plexus axillaris (anesthesioloog dr. V. Lambers)"],
                   ["Bloedleegte", "Ja, 250 mmHg, 58 minuten"],
                   ["Indicatie", "Ziekte van Dupuytren dig IV en V rechts, extensiedeficit PIP V 60°, "
                                 "MCP IV 40°; positieve tafeltest"],
                   ["Ingreep", "Partiële fasciëctomie dig IV en V rechts"],
                   ["Beschrijving", "Bruner-incisies over straal IV en V. Uitprepareren van de pretendineuze "
                                    "en spirale strengen, identificatie en sparen van de digitale "
                                    "neurovasculaire bundels (spiraalstreng dig V verplaatst de bundel naar "
                                    "de middellijn). Volledige excisie van het aangedane fasciemateriaal. "
                                    "Restcontractuur PIP V 15°, na volaire plaat-release 5°. Bloedleegte eraf, "
                                    "hemostase bipolair. Y-V plastiek dig V. Huid gesloten met Ethilon 5-0."],
                   ["PA", "Fascie dig IV/V naar pathologie"],
                   ["Complicaties", "Geen"],
                   ["Nabehandeling", "Drukverband, spalk in extensie, handtherapie dag 5, nachtspalk 3 maanden."]],
         {}),
        ("p", "Verslag vastgelegd: 15-07-2026 13:42 door I. Schellekens"),
    ],
    {"font": "Calibri", "size": 10},
    kinds=["operation-report"], date="2026-07-15", author="specialist", language="nl",
    style="OK-verslag as two-column grid table (docx)",
    imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
    notes="Operation report in a table with a 'Veld/Inhoud' header row; date written in words in the table "
          "and numerically in the footer line. Pathology request mentioned, not a PA report.",
))

# --------------------------------------------------------------------------------------------
# vg-036  MRSA screening positive, DOCX table (mrsa-screening), no foreign hospital
DOCS.append(D(
    "vg-036-mrsa-uitslag", "docx",
    [
        ("lh", {"name": "Streeklaboratorium Medische Microbiologie Kennemerland", "color": "#512e5f",
                "lines": ["Schoterweg 40, 2021 HL Haarlem", "023 - 530 78 00"]}),
        ("cols", ["Aan: Huisartsenpraktijk Schalkwijk-Oost", "H. Verbeek, huisarts", "Floris van Adrichemlaan 88",
                  "2035 VK Haarlem"],
                 ["Onderzoeksnummer: K26-118204", "Afgenomen: 26-11-2026", "Binnengekomen: 26-11-2026",
                  "Uitslag: 30-11-2026"]),
        ("kv", [("Patiënt", "Mw. J.M. de Wit-Brouwer"), ("Geboortedatum", "14-11-1971"),
                ("Reden aanvraag", "Screening vóór behandeling in handkliniek. Opname in buitenlands "
                                   "ziekenhuis: nee (vakantie Frankrijk zonder medische behandeling). "
                                   "Beroepsmatig contact met varkens: ja (partner varkenshouder)."),
                ("Bepaling", "MRSA-screening, kweek met selectieve ophoogbouillon")],
         {"border": False, "colw": (0.28, 0.72)}),
        ("table", [["Materiaal", "Uitslag", "Toelichting"],
                   ["Neus", "MRSA aangetoond", "spa-type t011 (veegerelateerd MRSA, MC398)"],
                   ["Keel", "MRSA niet aangetoond", ""],
                   ["Perineum", "MRSA niet aangetoond", ""]]),
        ("p", "<b>Conclusie:</b> MRSA-drager (neus). De infectiepreventie van de ontvangende instelling "
              "dient vóór opname of ingreep geïnformeerd te worden. Dekolonisatiebehandeling in overleg."),
        ("p", "Gevalideerd: dr. P.C. Stuiver, arts-microbioloog, 30-11-2026"),
    ],
    {"font": "Arial", "size": 9.5, "footer": "K26-118204  -  vertrouwelijk"},
    kinds=["mrsa-screening"], date="2026-11-30", also_dates=["2026-11-26"], author="lab", language="nl",
    style="microbiology result with result table (docx)",
    imaging_done="unmentioned", operated="unmentioned", treated_abroad="no",
    notes="Positive MRSA screening (livestock risk), still an MRSA screening result. States no admission in a "
          "foreign hospital, holiday in France without care => treated_abroad no. Same patient as vg-001.",
))

# --------------------------------------------------------------------------------------------
# vg-037  Patient letter asking for a second opinion (none)
DOCS.append(D(
    "vg-037-brief-patient", "docx",
    [
        ("p", "Fenna Vos"),
        ("p", "Amsterdamsestraatweg 512bis"),
        ("p", "3553 EL Utrecht"),
        ("p", "fenna.vos@mail.example"),
        ("p", ""),
        ("p", "Handkliniek Oudenrijn"),
        ("p", "t.a.v. second opinion / intake"),
        ("p", "Postbus 3055"),
        ("p", "3502 GB Utrecht"),
        ("p", ""),
        ("p", "Utrecht, 28 november 2026"),
        ("p", "Onderwerp: aanvraag second opinion rechterpols"),
        ("p", "Geachte heer/mevrouw,"),
        ("p", "Graag wil ik bij u een second opinion aanvragen voor mijn rechterpols. In juli ben ik tijdens "
              "mijn vakantie in Spanje van mijn fiets gevallen. Ik ben toen in het ziekenhuis in Alicante (Hospital Marina Alta-Sur) "
              "op de spoedeisende hulp geholpen. Daar is een foto gemaakt en ze zeiden dat mijn pols gebroken "
              "was. Ik kreeg gips voor vijf weken."),
        ("p", "Terug in Nederland heb ik nog steeds veel pijn en kan ik mijn pols niet goed draaien. Mijn "
              "huisarts (dokter Laan) heeft mij naar het St. Clemens Ziekenhuis gestuurd. De orthopeed daar "
              "zegt dat de breuk scheef is vastgegroeid en dat ik misschien geopereerd moet worden (een "
              "correctie-osteotomie). Ik ben nooit eerder aan mijn hand of pols geopereerd en ik vind het "
              "een grote stap. Daarom wil ik graag de mening van een handchirurg."),
        ("p", "Mijn huisarts stuurt de verwijzing. Ik heb de cd van het ziekenhuis in Alicante (Hospital Marina Alta-Sur) en de brief "
              "van de orthopeed bijgevoegd. Mijn geboortedatum is 2 december 1988."),
        ("p", "Met vriendelijke groet,"),
        ("p", "Fenna Vos"),
        ("p", "Bijlagen: cd-rom Hospital Marina Alta-Sur, Alicante, brief orthopedie St. Clemens (12-11-2026)"),
    ],
    {"font": "Calibri", "size": 11},
    kinds=[], date="2026-11-28", author="patient", language="nl", style="patient letter (docx), plain",
    imaging_done="yes", operated="no", treated_abroad="yes",
    notes="A patient's own request for a second opinion, addressed 't.a.v. second opinion': not a referral. "
          "Treated at an ER in Spain => treated_abroad yes; X-ray done; operation only proposed and "
          "explicitly never operated => operated no. Birth date 02-12 a few days after the letter date.",
))

# --------------------------------------------------------------------------------------------
# vg-038  Hand therapy progress letter (none)
DOCS.append(D(
    "vg-038-handtherapie-rapportage", "docx",
    [
        ("lh", {"name": "Handtherapie Centrum Zuid", "align": "split", "color": "#b9770e",
                "sub": "Fysiotherapie en ergotherapie voor hand en pols",
                "lines": ["Stratumsedijk 41", "5611 NB Eindhoven", "040 - 211 93 70"]}),
        ("p", "Eindhoven, 10-11-2026"),
        ("p", "Aan: dr. P. Custers, plastisch chirurg, Ziekenhuis Genneper Parken"),
        ("p", "Kopie: huisarts mw. S. Verhagen"),
        ("p", "<b>Betreft:</b> tussenrapportage handtherapie mevrouw M.T. (Marloes) Kuijpers, geb. 30-04-1983"),
        ("p", "Geachte dokter Custers,"),
        ("p", "Mevrouw Kuijpers is sinds 22-09-2026 bij ons onder behandeling na de carpaletunnelrelease "
              "rechts die u op 08-09-2026 heeft verricht. Zij heeft inmiddels 8 behandelingen gehad."),
        ("table", [["Meting", "22-09-2026", "10-11-2026"],
                   ["Knijpkracht re (kg, Jamar)", "9", "17"],
                   ["Knijpkracht li (kg)", "26", "27"],
                   ["Pinch-kracht re (kg)", "2,5", "4"],
                   ["Littekenpijn (NRS)", "7", "4"],
                   ["PRWHE totaal", "68", "41"]]),
        ("p", "Zij heeft nog last van pillar pain en overgevoeligheid van het litteken. De tintelingen 's nachts "
              "zijn verdwenen. Wij behandelen met littekenmassage, desensibilisatie en krachttraining; "
              "werkhervatting (administratief, 24 uur) is gestart."),
        ("p", "Voorstel: nog 6 behandelingen, daarna evaluatie. Mevrouw vroeg ons of een echo van het litteken "
              "zinvol is; dat laten wij graag aan u."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["Lieke Martens, gecertificeerd handtherapeut (fysiotherapeut)"]),
    ],
    {"font": "Calibri", "size": 10.5},
    kinds=[], date="2026-11-10", author="other", language="nl",
    style="hand therapy progress letter (docx) with measurement table",
    imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
    notes="Hand therapist's letter to a specialist: not correspondence from a specialist. It states the "
          "CTR was done => operated yes. An ultrasound only asked about => imaging unmentioned. Table of "
          "measurement dates (22-09 and 10-11, the latter = letter date).",
))

# --------------------------------------------------------------------------------------------
# vg-040  Belgian GP referral (referral), treated in a Belgian hospital
DOCS.append(D(
    "vg-040-verwijsbrief-belgie", "docx",
    [
        ("lh", {"name": "Groepspraktijk Huisartsen De Kiezel", "color": "#1b4f72",
                "sub": "dr. Kristof Jacobs - dr. Els Vanhoof - huisartsen",
                "lines": ["Kerkstraat 88, 3920 Lommel (België)", "tel. +32 11 54 20 20", "RIZIV 1-88420-55-004"]}),
        ("p", "Lommel, 23/11/2026"),
        ("p", "Aan de handchirurg van dienst,"),
        ("p", "Handkliniek Oudenrijn, Utrecht (Nederland)"),
        ("p", "<b>Betreft:</b> mevrouw Annelies Wouters, ° 12/02/1977, Heuvelstraat 14, 3920 Lommel"),
        ("p", "Beste confrater,"),
        ("p", "Ik verwijs u graag mevrouw Wouters voor een tweede advies (second opinion) betreffende haar "
              "linkerpols."),
        ("p", "Op 08/03/2026 viel zij op het ijs. Zij werd op de spoedgevallendienst van AZ Lindenhof "
              "Overpelt verzorgd; de RX toonde een distale radiusfractuur links met dorsale kanteling, "
              "die gesloten werd gereponeerd en gedurende 6 weken in gips werd behandeld. Zij werd niet "
              "geopereerd. Nadien kinesitherapie (24 zittingen)."),
        ("p", "Zij houdt pijn aan de ulnaire zijde en een beperkte supinatie. Een CT-scan in AZ Lindenhof "
              "(14/10/2026) toont een malunion met ulnaire impactie. De orthopedist daar stelt een "
              "correctie-osteotomie van de radius voor, eventueel gecombineerd met een ulnaverkorting."),
        ("p", "<b>Vraag:</b> kan u beoordelen of een osteotomie de beste optie is, of eerder een "
              "ulnaverkortingsosteotomie alleen? Patiënte werkt in Eindhoven en verkiest een behandeling "
              "in Nederland."),
        ("p", "Antecedenten: hypothyreoïdie, lactose-intolerantie. Medicatie: L-thyroxine 100 µg."),
        ("p", "Met collegiale groeten,"),
        ("sig", ["dr. Els Vanhoof", "huisarts"]),
        ("small", "Bijgevoegd: verslag CT 14/10/2026 en raadplegingsverslag orthopedie AZ Lindenhof."),
    ],
    {"font": "Times New Roman", "size": 11},
    kinds=["referral"], date="2026-11-23", author="gp", language="nl",
    style="Belgian GP referral letter (docx), Flemish", referral_question=True,
    imaging_done="yes", operated="no", treated_abroad="yes",
    notes="Belgian GP referring a Belgian resident to a Dutch clinic: the care in AZ Lindenhof (Belgium) is "
          "care abroad from the clinic's point of view. Closed reduction and cast, explicitly not operated; "
          "osteotomy is a proposal. 'Beste confrater', '° 12/02/1977', 'Bijgevoegd' mentions.",
))
