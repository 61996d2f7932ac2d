# nz-039 .. nz-048: documents of none of the checklist kinds
DOCS = []

DOCS.append(dict(stem="nz-039-brief-patient-verzoek-second-opinion", fmt="docx", font="Arial", pt=11,
    blocks=[
        ("p", "E. Schouten\nMaerelaan 41\n1961 GH Heemskerk\ntel. 06-28114470\ne.schouten84@example.nl"),
        ("sp",),
        ("p", "Aan de polikliniek Handchirurgie\nt.a.v. second opinion"),
        ("sp",),
        ("p", "Heemskerk, 25 november 2026"),
        ("p", "Betreft: aanvraag second opinion rechterhand — Erik Schouten, geboren 6 januari 1984"),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Graag wil ik een second opinion aanvragen voor mijn rechterhand. Mijn huisarts, dokter Van Wijk, stuurt de "
              "verwijzing via ZorgDomein, maar zij vroeg mij om zelf ook op te schrijven wat er gebeurd is."),
        ("p", "Op 9 juli 2026 ben ik tijdens onze vakantie in Turkije met een scooter onderuit gegaan. In het ziekenhuis "
              "in Antalya (Akdeniz Üniversitesi Hastanesi) hebben ze foto's gemaakt en gezegd dat twee middenhandsbeentjes "
              "gebroken waren (van de ring- en pink). Ik ben daar de volgende dag geopereerd: ze hebben de botjes met "
              "pinnen vastgezet. Na vier dagen mocht ik naar huis, met gips. Een Engelstalige ontslagbrief heb ik, maar "
              "geen operatieverslag; ik heb dat wel per e-mail gevraagd maar nog niets gehoord."),
        ("p", "In Nederland heeft de traumachirurg in het Rode Kruis Ziekenhuis in Beverwijk op 20 augustus de pinnen "
              "eruit gehaald en nieuwe foto's gemaakt. Sindsdien heb ik fysiotherapie, maar mijn ring- en pink kan ik "
              "nog steeds niet goed buigen en ze draaien een beetje over de middelvinger heen als ik een vuist maak. "
              "De traumachirurg zegt dat het 'zo genezen is' en dat ik moet afwachten. Ik ben elektricien en kan zo mijn "
              "werk niet doen."),
        ("p", "Ik zou graag willen weten of er nog iets aan te doen is. De cd met de foto's van Beverwijk en de brief uit "
              "Turkije stuur ik mee. Kunt u mij laten weten of u verder nog iets van mij nodig heeft?"),
        ("p", "Met vriendelijke groet,"),
        ("sp",),
        ("p", "Erik Schouten"),
        ("small", "Bijlagen: discharge letter Akdeniz University Hospital (Engels), cd-rom röntgenfoto's"),
    ],
    label=dict(kinds=[], date="2026-11-25", author="patient", language="nl", style="patient's own letter, docx, no letterhead",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Patient letter asking for a second opinion: not a referral. Operated (K-wires) in a Turkish hospital, "
                     "pin removal in NL. Mentions missing operation report.")))

DOCS.append(dict(stem="nz-040-rapportage-handtherapie-asz", fmt="rl",
    lh=["Albert Schweitzer ziekenhuis", "Handtherapie — Afdeling Revalidatie", "Albert Schweitzerplaats 25, 3318 AT Dordrecht"],
    lh_right=["Dordrecht, 29 oktober 2026", "T 078 654 23 90"], color="#005a9c",
    footer="Handtherapeuten ASz: M. van Eijk (CHT-NL), R. de Ruiter (CHT-NL), J. Lam", pagefmt="Pagina {p}",
    blocks=[
        ("addr", ["Aan: dr. S.J. Rutten, plastisch chirurg", "Kopie: dhr. P. Koopman, huisarts"]),
        ("title", "Rapportage handtherapie"),
        ("kv", [("Cliënt", "M. Bouzid"), ("Geboortedatum", "11-11-1987"), ("Diagnose", "Status na flexorpeesnaad FDP D2 rechts "
                "zone II en hechting n. digitalis (03-08-2026)"), ("Behandelperiode", "04-08-2026 t/m heden, 21 behandelingen"),
                ("Verwijzer", "dr. S.J. Rutten")]),
        ("h", "Beloop"),
        ("p", "Behandeling volgens vroeg-actief protocol. Spalk afgebouwd vanaf week 6. Sinds week 8 lichte kracht-"
              "oefeningen. Geen ruptuur. Patiënt is trouw met zijn thuisoefeningen."),
        ("h", "Metingen (27-10-2026, week 12)"),
        ("table", [["", "MCP", "PIP", "DIP", "TAM"],
                   ["D2 rechts actief", "0–85°", "-10–90°", "0–45°", "210°"],
                   ["D2 rechts passief", "0–90°", "0–100°", "0–60°", "250°"],
                   ["D2 links (ref.)", "0–90°", "0–105°", "0–70°", "265°"]]),
        ("p", "Grijpkracht (Jamar II): rechts 28 kg, links 46 kg. Sensibiliteit radiale zijde D2 verminderd "
              "(Semmes-Weinstein 3.61), ulnair 4.31."),
        ("h", "Conclusie"),
        ("p", "Goed herstel van de flexie met een actief-passief verschil in PIP en DIP, mogelijk op basis van "
              "adhesies. Strickland-score: 'goed' (78%)."),
        ("h", "Advies"),
        ("p", "Nog 6 weken handtherapie met nadruk op peesglijding en kracht. Bij stagnatie van de actieve flexie kan een "
              "tenolyse overwogen worden; graag uw beoordeling bij de controle. Werkhervatting in aangepast werk vanaf "
              "week 14 in overleg met de bedrijfsarts."),
        ("p", "Met vriendelijke groet,"),
        ("p", "M. van Eijk, handtherapeut (CHT-NL)"),
    ],
    label=dict(kinds=[], date="2026-10-29", author="other", language="nl",
               style="hand therapy report on hospital letterhead with measurement table",
               imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
               notes="Hospital letterhead but written by a hand therapist: not specialist correspondence. 'Status na "
                     "flexorpeesnaad' states a past operation; tenolysis only considered. Same patient as nz-016.")))

DOCS.append(dict(stem="nz-041-medicatieoverzicht-apotheek-de-gaper", fmt="fpdf",
    lh=["Apotheek De Gaper", "Apotheker: mw. drs. L. Schutte", "Diezerstraat 70, 8011 RJ Zwolle · 038-4212204"],
    lh_right=["MEDICATIEOVERZICHT", "Afgedrukt: 18-11-2026 10:14"], pagefmt="blad {p}",
    footer="Dit overzicht bevat de medicatie zoals bekend bij uw apotheek. Controleer het en meld wijzigingen.",
    blocks=[
        ("kv", [("Naam", "Dhr. J. Verbeek"), ("Geboortedatum", "07-08-1963"), ("Adres", "Werkerlaan 230, 8043 LV Zwolle"),
                ("Huisarts", "P.H.M. Dekker, Zwolle"), ("Lengte / gewicht", "182 cm / 91 kg (opgave 2025)")]),
        ("h", "Actuele medicatie"),
        ("table", [["Geneesmiddel", "Gebruik", "Start", "Voorschrijver"],
                   ["Metformine tablet 1000 mg", "2x per dag 1 tablet", "11-2016", "Dekker"],
                   ["Amlodipine tablet 5 mg", "1x per dag 1 tablet", "03-2011", "Dekker"],
                   ["Simvastatine tablet 40 mg", "1x per dag 1 tablet 's avonds", "03-2011", "Dekker"],
                   ["Paracetamol tablet 500 mg", "zo nodig max 6x per dag 1", "08-2026", "Dekker"]], [0.35, 0.3, 0.13, 0.22]),
        ("h", "Gestopte medicatie (laatste 12 maanden)"),
        ("table", [["Geneesmiddel", "Gebruik", "Periode", "Reden"],
                   ["Diclofenac tablet 50 mg", "zo nodig 3x per dag", "03-2025 – 04-2025", "kuur na ingreep"],
                   ["Omeprazol capsule 20 mg", "1x per dag", "03-2025 – 04-2025", "maagbescherming"]], [0.35, 0.3, 0.2, 0.15]),
        ("h", "Overgevoeligheden en contra-indicaties"),
        ("p", "Diabetes mellitus. Geen bekende geneesmiddelallergieën."),
        ("p", "Meegegeven aan patiënt op eigen verzoek (voor afspraak ziekenhuis)."),
    ],
    label=dict(kinds=[], date="2026-11-18", author="other", language="nl", style="pharmacy medication overview, fpdf2 tables",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="'kuur na ingreep' is too vague to count as operated. Same patient as nz-009.")))

DOCS.append(dict(stem="nz-042-afspraakbevestiging-mri-pols-rivierenland", fmt="soffice",
    lh=["Ziekenhuis Rivierenland", "Afdeling Radiologie — MRI", "President Kennedylaan 1, 4002 WP Tiel"],
    lh_right=["Tiel, 23 november 2026", "Uw patiëntnummer: 662 0193"], footer="Ziekenhuis Rivierenland · T 0344 67 49 11 · www.zrt.nl",
    blocks=[
        ("addr", ["De heer B. Wouters", "Stationsstraat 18", "4001 CE Tiel"]),
        ("p", "Onderwerp: bevestiging afspraak MRI"),
        ("p", "Geachte heer Wouters,"),
        ("p", "Uw behandelend arts, dr. E. Peeters (orthopedie), heeft een MRI-onderzoek voor u aangevraagd. Hierbij "
              "bevestigen wij uw afspraak:"),
        ("kv", [("Onderzoek", "MRI pols links"), ("Datum", "dinsdag 15 december 2026"), ("Tijd", "08:40 uur (graag 15 minuten eerder melden)"),
                ("Locatie", "Radiologie, route 42, begane grond"), ("Duur", "ongeveer 30 minuten")]),
        ("h", "Voorbereiding"),
        ("p", "U mag gewoon eten en drinken en uw medicijnen innemen. Neem geen metalen voorwerpen mee de scanruimte in. "
              "Vult u de bijgevoegde MRI-veiligheidsvragenlijst vooraf in. Heeft u een pacemaker, neurostimulator, metalen "
              "splinters in de ogen of bent u zwanger? Neem dan vóór het onderzoek contact met ons op."),
        ("h", "Uitslag"),
        ("p", "De uitslag krijgt u van uw behandelend arts tijdens uw vervolgafspraak op de polikliniek orthopedie."),
        ("p", "Bent u verhinderd? Meld dit dan uiterlijk 24 uur van tevoren via 0344 67 49 11 (keuze 3)."),
        ("p", "Met vriendelijke groet,\nafdeling Radiologie"),
        ("small", "Bijlage: MRI-veiligheidsvragenlijst"),
    ],
    label=dict(kinds=[], date="2026-11-23", author="other", language="nl",
               style="hospital appointment letter on letterhead, DOCX via LibreOffice",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="MRI planned for a future date (15 December 2026): imaging not done yet. Radiology letterhead but not "
                     "a report.")))

DOCS.append(dict(stem="nz-043-brief-zorgverzekeraar-vergoeding-second-opinion", fmt="docx",
    lh=["ZorgZeker Verzekeringen", "Afdeling Zorgadvies & Declaraties", "Postbus 4410, 3500 AA Utrecht"],
    lh_right=["Datum: 10 november 2026", "Relatienummer: 55 018 772", "Ons kenmerk: ZA/26/338101"],
    footer="ZorgZeker Verzekeringen N.V. · KvK 30211877 · www.zorgzeker.example",
    blocks=[
        ("addr", ["Mevrouw L. Hermans", "Kastanjelaan 7", "5611 AB Eindhoven"]),
        ("p", "Onderwerp: uw vraag over vergoeding van een second opinion"),
        ("p", "Geachte mevrouw Hermans,"),
        ("p", "U vroeg ons op 3 november of wij een second opinion bij een handchirurg vergoeden. In deze brief leest u "
              "het antwoord."),
        ("h", "Second opinion"),
        ("p", "Een second opinion valt onder de basisverzekering als u een verwijzing heeft van uw huisarts of van uw "
              "behandelend specialist, en als de second opinion gaat over een aandoening waarvoor u al onder behandeling "
              "bent. De kosten gaan van uw eigen risico af. De verwijzing is één jaar geldig."),
        ("h", "Uw declaratie uit Portugal"),
        ("p", "Wij hebben ook de nota ontvangen van het Hospital Particular do Algarve in Faro voor uw behandeling op de "
              "spoedeisende hulp op 14 augustus 2026 (gips bij polsfractuur). Wij vergoeden € 412,60 tot het Nederlandse "
              "tarief; het bedrag is op 6 november naar uw rekening overgemaakt."),
        ("p", "Heeft u nog vragen? Bel ons op 030-7008800 of stuur een bericht via Mijn ZorgZeker."),
        ("p", "Met vriendelijke groet,"),
        ("p", "R. Dijkman\nZorgadviseur"),
    ],
    label=dict(kinds=[], date="2026-11-10", author="other", language="nl", style="insurer letter, docx with header table",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
               notes="Insurer letter about reimbursement; mentions emergency treatment in a Portuguese hospital (cast for a "
                     "wrist fracture). Talks about referral rules, is not a referral.")))

DOCS.append(dict(stem="nz-044-labuitslag-bloedbeeld-reuma", fmt="txt", text="""
STICHTING HUISARTSENLABORATORIUM MIDDEN-NEDERLAND (SHL-MN)
Klinisch chemisch laboratorium - Nijmegen
-----------------------------------------------------------------------
Uitslag laboratoriumonderzoek                 Rapportdatum: 23-07-2026
-----------------------------------------------------------------------
Patient    : Hofman-Vos, G.
Geb.datum  : 21-12-1955          Geslacht: V
Aanvrager  : dr. F. Janssen-Lemmens, reumatologie, Sint Maartenskliniek
Afname     : 22-07-2026 08:05    Prikpost Groenewoud
-----------------------------------------------------------------------
Bepaling                     Uitslag     Eenheid     Referentie
-----------------------------------------------------------------------
HEMATOLOGIE
Hemoglobine                  8,1         mmol/l      7,5 - 10,0
Hematocriet                  0,40        l/l         0,36 - 0,46
Leukocyten                   6,8         10^9/l      4,0 - 10,0
Trombocyten                  289         10^9/l      150 - 400
BSE                          14          mm/uur      < 30

CHEMIE
CRP                          4           mg/l        < 10
Creatinine                   71          umol/l      49 - 90
eGFR (CKD-EPI)               76          ml/min/1,73m2   > 60
Urinezuur                    0,31        mmol/l      0,15 - 0,35

IMMUNOLOGIE
Reumafactor (IgM)            < 5         kU/l        < 15
Anti-CCP                     < 7         U/ml        < 10
ANA (screening)              negatief
-----------------------------------------------------------------------
Alle uitslagen geautoriseerd door: ing. M. Peters, analist
Klinisch chemicus: dr. H. Veldkamp
-----------------------------------------------------------------------
""", label=dict(kinds=[], date="2026-07-23", also_dates=["2026-07-22"], author="lab", language="nl",
               style="blood test result plain-text export (not MRSA)", imaging_done="unmentioned",
               operated="unmentioned", treated_abroad="unmentioned",
               notes="Lab result but not an MRSA screening. Same patient as nz-023.")))

DOCS.append(dict(stem="nz-045-machtiging-opvragen-medische-gegevens", fmt="soffice",
    lh=["Handencentrum Utrecht", "Second opinion — intake", "Catharijnesingel 60, 3511 GG Utrecht · 030-2303300"],
    lh_right=["Formulier INT-07 (versie 3)"], footer="Handencentrum Utrecht — wij gaan vertrouwelijk om met uw gegevens (AVG)",
    blocks=[
        ("title", "Toestemmingsformulier opvragen medische gegevens"),
        ("p", "Met dit formulier geeft u ons toestemming om uw medische gegevens op te vragen bij andere zorgverleners. "
              "Wij gebruiken deze gegevens alleen voor de beoordeling van uw second opinion."),
        ("h", "Uw gegevens"),
        ("kv", [("Naam", "Linda Hermans"), ("Geboortedatum", "17-04-1979"), ("Adres", "Kastanjelaan 7, 5611 AB Eindhoven"),
                ("Telefoon", "06-33912285")]),
        ("h", "Zorgverleners waar wij gegevens mogen opvragen"),
        ("table", [["Zorgverlener", "Plaats / land", "Periode van behandeling", "Welke gegevens"],
                   ["Hospital Particular do Algarve", "Faro, Portugal", "14-08-2026 (spoedeisende hulp)", "ontslagbrief, röntgenfoto's"],
                   ["Catharina Ziekenhuis, orthopedie", "Eindhoven", "08-2026 t/m heden", "brieven, foto's, verslagen"],
                   ["Huisartsenpraktijk Strijp-S", "Eindhoven", "—", "samenvatting"]], [0.3, 0.2, 0.25, 0.25]),
        ("h", "Ondertekening"),
        ("p", "Ik geef toestemming om bovenstaande gegevens op te vragen. Deze toestemming geldt tot het einde van de "
              "second-opiniontraject en kan ik altijd intrekken."),
        ("kv", [("Datum", "21-11-2026"), ("Plaats", "Eindhoven"), ("Handtekening", "L. Hermans (getekend)")]),
    ],
    label=dict(kinds=[], date="2026-11-21", author="patient", language="nl",
               style="consent form (machtiging) filled in by the patient, DOCX via LibreOffice",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
               notes="Consent form lists an emergency visit at a Portuguese hospital in its table. 'röntgenfoto's' appears "
                     "only as a requested record type. Same patient as nz-043.")))

DOCS.append(dict(stem="nz-046-bedrijfsarts-brief-polsklachten", fmt="rl",
    lh=["Bedrijfsgezondheidsdienst De Kempen", "Arbeid & Gezondheid", "Hoogeindsestraat 30, 5521 AG Eersel · 0497-518800"],
    lh_right=["Eersel, 4 november 2026", "Dossiernr. BGK-22817"], color="#2f6b3c", footer="BGD De Kempen — medisch geheim",
    blocks=[
        ("addr", ["Aan de heer dr. W. van Rooij, huisarts", "Huisartsenpraktijk Veldhoven-Noord", "Burgemeester Van Hooflaan 5",
                  "5501 BA Veldhoven"]),
        ("p", "Betreft: de heer D. Sanders, geboren 03-11-1989, werkzaam als orderpicker bij Distributiecentrum Kempen BV"),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënt is sinds 12 augustus 2026 volledig arbeidsongeschikt wegens pijn aan de rechterpols. Ik zag hem "
              "vandaag op mijn spreekuur."),
        ("p", "Hij is sinds september onder behandeling van de orthopeed in het Máxima MC. Hem is verteld dat het om een "
              "overbelasting van de pezen aan de duimzijde gaat. De heer Sanders is niet geopereerd. Er zijn nog geen foto's of scans "
              "gemaakt: een MRI is aangevraagd, hij staat op de wachtlijst. Injecties hebben tot nu toe weinig geholpen."),
        ("p", "Het werk als orderpicker (scanner in de hand, dozen tot 15 kg) kan hij op dit moment niet doen. Met de "
              "werkgever is afgesproken dat hij vanaf volgende week start met administratieve taken, 2 x 3 uur per dag."),
        ("p", "Mijn vraag aan u: zijn er vanuit uw kant bezwaren tegen deze opbouw, en is er vanuit de behandelaar een "
              "verwachting over de duur van het herstel? Patiënt heeft mij verteld dat hij overweegt om een second opinion "
              "te vragen; ik zou dat ondersteunen als dit het traject kan versnellen."),
        ("p", "Patiënt heeft toestemming gegeven voor deze brief."),
        ("p", "Met collegiale groet,"),
        ("p", "drs. A.F. Claassen, bedrijfsarts (BIG 59012334401)"),
    ],
    label=dict(kinds=[], date="2026-11-04", author="other", language="nl", style="occupational physician letter to GP",
               imaging_done="no", operated="no", treated_abroad="unmentioned",
               notes="Occupational physician: not a specialist of a hospital, not a referral. 'niet geopereerd'; 'nog geen foto's of "
                     "scans gemaakt', MRI only requested. Asks the GP a question (not a referral question).")))

DOCS.append(dict(stem="nz-047-aanvraagformulier-rontgen-huisarts", fmt="rl", top=36,
    lh=["Ziekenhuis Gelderse Vallei — Radiologie", "Aanvraagformulier beeldvormend onderzoek (eerste lijn)"],
    lh_right=["Formulier RAD-1L", "Afsprakenlijn 0318-43 43 90"], color="#7a1f5c",
    footer="Niet-spoed: zonder afspraak tijdens openingstijden. Formulier 6 maanden geldig.",
    blocks=[
        ("kv2", [("Naam patiënt", "Mw. I. Mulder", "Geboortedatum", "05-05-1962"),
                 ("Adres", "Bospad 14, 6718 EE Ede", "Verzekeraar", "Menzis"),
                 ("Aanvrager", "drs. J.M. Scholten, huisarts", "AGB", "01-038812"),
                 ("Datum aanvraag", "08-09-2026", "Kopie uitslag aan", "—")]),
        ("h", "Gevraagd onderzoek"),
        ("table", [["", "Onderzoek", "Zijde"], ["[x]", "X-hand / duim (inclusief CMC-1, Robert-opname)", "rechts"],
                   ["[ ]", "X-pols", ""], ["[ ]", "Echo hand/pols", ""], ["[ ]", "Overig:", ""]], [0.08, 0.62, 0.3]),
        ("h", "Klinische gegevens"),
        ("p", "Pijn duimbasis re sinds 3 jr, toenemend, 2x injectie. Grind-test pos."),
        ("h", "Vraagstelling"),
        ("p", "Artrose CMC-1? Stadium? Ivm verwijzing plastische chirurgie."),
        ("kv", [("Zwangerschap", "nee"), ("Handtekening aanvrager", "J.M. Scholten")]),
    ],
    label=dict(kinds=[], date="2026-09-08", author="gp", language="nl", style="radiology request form (eerste lijn), checkboxes",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="Request form with a Vraagstelling: not a referral, not a report. Same patient as nz-015 (X-ray done "
                     "30-09 per that letter), but this form only requests it.")))

DOCS.append(dict(stem="nz-048-preoperatieve-vragenlijst-tergooi", fmt="docx", font="Calibri", pt=10,
    lh=["Tergooi MC", "Preoperatief Spreekuur — Anesthesiologie", "Laan van Tergooi 2, 1212 VG Hilversum"],
    lh_right=["Vragenlijst PO-2", "In te vullen door patiënt"], footer="Tergooi MC — preoperatieve screening",
    blocks=[
        ("title", "Preoperatieve vragenlijst"),
        ("table", [["Naam", "Monique Peters", "Geboortedatum", "09-04-1971"],
                   ["Geplande ingreep", "carpaal tunnel operatie rechts", "Datum invullen", "28-04-2026"],
                   ["Lengte", "168 cm", "Gewicht", "74 kg"]]),
        ("table", [["Vraag", "Ja/Nee", "Toelichting"],
                   ["Bent u eerder geopereerd?", "Ja", "blindedarm 1990, keizersnede 2003"],
                   ["Heeft u problemen gehad met narcose of verdoving?", "Nee", ""],
                   ["Heeft u hart- of vaatziekten / hoge bloeddruk?", "Ja", "hoge bloeddruk, pil"],
                   ["Heeft u astma, COPD of andere longziekte?", "Nee", ""],
                   ["Heeft u suikerziekte?", "Nee", ""],
                   ["Gebruikt u bloedverdunners?", "Nee", ""],
                   ["Bent u allergisch (medicijnen, pleister, latex, jodium)?", "Ja", "jodium (jeuk)"],
                   ["Bent u in de afgelopen 2 maanden in een buitenlands ziekenhuis opgenomen of behandeld geweest?", "Nee", ""],
                   ["Werkt u met levende varkens, vleeskalveren of vleeskuikens?", "Nee", ""],
                   ["Rookt u?", "Nee", "gestopt 2015"],
                   ["Alcohol (glazen per week)", "", "ca. 4"]], ),
        ("p", "Medicijnen: lisinopril 10 mg 1x per dag."),
        ("p", "Handtekening patiënt: M. Peters          Datum: 28-04-2026"),
        ("small", "Voor intern gebruik — beoordeeld door: anesthesioloog dr. K. Oomen, 06-05-2026: ASA II, akkoord WALANT."),
    ],
    label=dict(kinds=[], date="2026-04-28", author="patient", language="nl",
               style="pre-operative questionnaire filled in by the patient, docx tables",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="no",
               notes="Hand operation only planned; past appendectomy and caesarean are other body parts. Explicit 'Nee' "
                     "to admission in a foreign hospital (answer in a table cell). Same patient as nz-030.")))
