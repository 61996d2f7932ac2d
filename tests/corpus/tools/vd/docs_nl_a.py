"""Dutch documents vd-001 .. vd-018 (fictional patients, practices and hospitals)."""
from common import CLINIC, CLINIC_ADDR, label

DOCS = []

# ---------------------------------------------------------------------------------------------- vd-001
DOCS.append(dict(
    stem="vd-001", fmt="pdf",
    opts=dict(font="helv", size=9.5,
              footer="Afgedrukt op 04-11-2026 10:14 via ZorgDomein  -  Verwijsnummer ZD-2611-4471-0932  -  Pagina {page} van {pages}",
              meta=dict(title="Verwijsbrief", author="ZorgDomein", creator="ZorgDomein PDF service")),
    blocks=[
        ("title", "Verwijsbrief", {"size": 16}),
        ("p", "**Second opinion handchirurgie**"),
        ("kv2",
         [("Verwijzer", "J.P. (Jeroen) van Straaten, huisarts"),
          ("Praktijk", "Huisartsenpraktijk De Linde\nLindelaan 4\n2011 AB Haarlem"),
          ("AGB-code", "01-999123"),
          ("Telefoon", "023-5550147"),
          ("Datum verwijzing", "04-11-2026")],
         [("Ontvanger", CLINIC),
          ("Afdeling", "Handchirurgie - second opinion"),
          ("Adres", "\n".join(CLINIC_ADDR)),
          ("Urgentie", "Regulier"),
          ("Verwijsnummer", "ZD-2611-4471-0932")]),
        ("hr",),
        ("h", "Patiëntgegevens"),
        ("kv2",
         [("Patiënt", "Mw. M.C. (Marloes) Dekker-Hoogland"),
          ("Geboortedatum", "03-11-1968"),
          ("Geslacht", "Vrouw"),
          ("BSN", "999 412 087")],
         [("Adres", "Kloosterstraat 17\n2011 CD Haarlem"),
          ("Telefoon", "06-12345678"),
          ("Verzekeraar", "Zorgverzekeraar Noordkust"),
          ("Polisnummer", "NK-5531-0879")]),
        ("hr",),
        ("h", "Reden van verwijzing"),
        ("p", "Aanhoudende klachten rechterhand na carpaletunnelrelease (mei 2025, Ziekenhuis Rijnoever, "
              "Haarlem). Nachtelijke tintelingen dig 1-3 re persisteren, pijnlijk litteken, afgenomen knijpkracht. "
              "Werkt als tandartsassistente, sinds 09-2026 gedeeltelijk ziek gemeld."),
        ("h", "Vraagstelling"),
        ("p", "Graag uw second opinion: is er sprake van een incomplete release of een recidief CTS re? "
              "Is een heroperatie zinvol? Patiënte wenst zelf een tweede mening; de behandelend plastisch "
              "chirurg adviseert expectatief beleid."),
        ("h", "Relevante voorgeschiedenis"),
        ("table", [["Datum", "Omschrijving"],
                   ["1998", "Appendectomie"],
                   ["2012", "Hypothyreoïdie (T86)"],
                   ["2019", "Diabetes mellitus type 2 (T90), orale medicatie"],
                   ["05-2025", "Carpaletunnelrelease re, Ziekenhuis Rijnoever (dr. Siebers)"]],
         {"widths": [30, 130]}),
        ("h", "Recente behandelingen"),
        ("table", [["Datum", "Behandeling"],
                   ["02-2026", "Echografie n. medianus re (Rijnoever): verdikte n. medianus proximaal van de carpale tunnel"],
                   ["04-2026", "Corticosteroïdinjectie carpale tunnel re door plastisch chirurg, kortdurend effect"],
                   ["09-2026", "Nachtspalk via handtherapeut; EMG aangevraagd, nog niet verricht"]],
         {"widths": [30, 130]}),
        ("h", "Medicatie"),
        ("kv", [("Levothyroxine 75 µg", "1 dd 1 tablet"), ("Metformine 500 mg", "2 dd 1 tablet")],
         {"bold": False, "lw": 45}),
        ("h", "Allergieën / intoleranties"),
        ("p", "Geen bekend."),
        ("h", "Episodelijst (actief)"),
        ("table", [["ICPC", "Omschrijving", "Begin"],
                   ["N93", "Carpaletunnelsyndroom re", "14-01-2025"],
                   ["T90", "Diabetes mellitus type 2", "03-06-2019"],
                   ["T86", "Hypothyreoïdie", "22-11-2012"]],
         {"widths": [20, 100, 40]}),
        ("p", "Bijlagen: brief plastische chirurgie Rijnoever d.d. 28-04-2026."),
    ],
    label=label(["referral", "history"], "2026-11-04", "gp", "nl", "zorgdomein two-column PDF form",
                "yes", "yes", "unmentioned",
                "Zorgdomein form without salutation; sender and receiver in two columns; birth date 03-11-1968 "
                "sits one day from the referral date; print footer repeats the date; has Relevante "
                "voorgeschiedenis + Recente behandelingen tables, so also history; appendectomie is another body part.",
                referral_question=True),
))

# ---------------------------------------------------------------------------------------------- vd-002
DOCS.append(dict(
    stem="vd-002", fmt="docx",
    opts=dict(font="Cambria", size=11, letterhead_in_header=True,
              meta=dict(author="Praktijk Het Spoor", title="verwijzing Wolters")),
    blocks=[
        ("letterhead", {"name": "Huisartsenpraktijk Het Spoor",
                        "sub": ["M. (Margriet) Kuipers en R. Bos, huisartsen"],
                        "lines": ["Stationsweg 31", "7201 HX Zutphen", "tel. 0575-555210",
                                  "AGB 01-999456"], "inline": True, "logo": "wave", "color": (40, 110, 60)}),
        ("p", "Zutphen, 21 oktober 2026"),
        ("addr", ["Aan: " + CLINIC, "t.a.v. polikliniek second opinion"] + CLINIC_ADDR),
        ("p", "**Betreft:** dhr. T. (Thijs) Wolters, geb. 14-02-1985, BSN 999 301 556\n"
              "Hofstraat 8, 7201 KP Zutphen"),
        ("p", "Geachte collega,"),
        ("p", "Graag verwijs ik bovengenoemde patiënt, een 41-jarige rechtshandige timmerman, naar uw kliniek "
              "voor een second opinion. Sinds juli 2026 heeft hij pijn aan de radiale zijde van de linkerpols na "
              "een val van een trap tijdens een vakantie in Spanje. Hij is daar niet bij een arts of in een "
              "ziekenhuis geweest en heeft de pols zelf ingetapet."),
        ("p", "Bij terugkomst zag ik hem op 04-08-2026: drukpijn in de tabatière, pijnlijke dorsaalflexie, "
              "knijpkracht links duidelijk minder dan rechts. Er is nooit een röntgenfoto gemaakt; patiënt wilde "
              "aanvankelijk afwachten omdat hij als zzp'er niet kon stoppen met werken. Via een teleconsult "
              "adviseerde de orthopeed van Ziekenhuis Berkelland een MRI van de pols; die is nog niet gemaakt, "
              "omdat patiënt eerst uw mening wil horen. Hij is nooit aan pols of hand geopereerd."),
        ("p", "Mijn vraag aan u: is er sprake van een gemiste scaphoïdfractuur of van SL-bandletsel, en welke "
              "diagnostiek en behandeling adviseert u?"),
        ("p", "Medicatie: geen. Allergie: penicilline (exantheem). Overige voorgeschiedenis: astma in de "
              "kinderjaren, verder blanco."),
        ("p", "Bijgevoegd: actueel medicatieoverzicht van de apotheek."),
        ("sig", ["Met vriendelijke groet,", "", "M. Kuipers, huisarts"]),
    ],
    label=label(["referral"], "2026-10-21", "gp", "nl", "free GP letter, letterhead in DOCX page header",
                "no", "no", "no",
                "Date only as 'Zutphen, 21 oktober 2026'; negations 'nooit een röntgenfoto', 'nooit geopereerd'; "
                "MRI only advised; injury on holiday in Spain explicitly without any doctor or hospital.",
                referral_question=True),
))

# ---------------------------------------------------------------------------------------------- vd-003
_hdr3 = ("Boersma, G.J.  |  geb. 29-10-1957  |  Professionele samenvatting  |  "
         "Uitdraai 02-11-2026 09:41  |  pagina {p} van 3")
_j3 = """
JOURNAAL (selectie, periode 01-11-2024 t/m 02-11-2026)
----------------------------------------------------------------------------------------
Datum       Code  Regel
----------------------------------------------------------------------------------------
05-11-2024  K86   S: controle RR, geen klachten. O: RR 148/86, pols 72 reg.
                  E: hypertensie, matig ingesteld. P: amlodipine ophogen naar 10 mg.
19-11-2024  T90   POH: DM-controle. Gewicht 91 kg, BMI 28,4. HbA1c 56 mmol/mol.
                  Voetonderzoek: sensibiliteit intact, pulsaties palpabel. P: 3 mnd.
14-01-2025  L93   S: strengen in handpalm re nemen toe, kan hand niet meer plat op tafel
                  leggen, hindert bij klussen. O: strengen dig IV en V re, MCP-IV
                  flexiecontractuur 35 gr, PIP-V 20 gr. Tafeltest van Hueston pos.
                  Li: knobbel palm dig IV, geen contractuur.
                  E: Dupuytren re progressief. P: verwijzing plastische chirurgie
                  Ziekenhuis Kop van Noord, pt. wil graag behandeld worden.
20-02-2025  L93   Brief specialist ontvangen (plastische chirurgie, dr. A. Visser):
                  Dupuytren re dig IV-V, operatie (partiële fasciectomie) aangeboden,
                  pt. akkoord, op wachtlijst.
04-03-2025  T90   Lab: HbA1c 54, kreat 88, eGFR 79, LDL 2,4. Albumine/kreat ratio norm.
11-04-2025  L93   Brief specialist ontvangen: op 02-04-2025 partiële fasciectomie re
                  dig IV-V in Ziekenhuis Kop van Noord, ongecompliceerd beloop.
                  Nabehandeling handtherapie + nachtspalk 3 mnd.
05-05-2025  L93   S: wondje palm re nog niet geheel gesloten, geen koorts.
                  O: 3 mm granulerend defect, geen roodheid, geen pus. E: vertraagde
                  wondgenezing. P: vaseline-gaas, controle 1 wk bij assistente.
12-05-2025  L93   Assistente: wond gesloten.
02-07-2025  K86   RR 138/82. P: beleid ongewijzigd.
14-10-2025  A44   Griepvaccinatie en pneumokokkenvaccinatie gegeven.
10-12-2025  T90   POH: DM-controle. HbA1c 51. Gewicht 89 kg. Leefstijladvies herhaald.
20-01-2026  R74   S: 4 dagen verkouden, keelpijn. O: geen koorts, keel wat rood.
                  E: URI. P: uitleg, paracetamol z.n.
03-06-2026  L93   S: strengen komen terug, nu vooral dig V re, ook links begint een
                  knobbel te trekken. Kan handschoen moeilijk aantrekken.
                  O: re: streng dig V, PIP-V 40 gr flexie, MCP-IV 10 gr. Li: streng dig IV,
                  MCP-IV 15 gr. Pijn basis duim re bij knijpen.
                  E: recidief Dupuytren re, Dupuytren li. P: X-hand re (pijn CMC-1).
04-06-2026  L93   Uitslag X-hand re (Radiologie Ziekenhuis Kop van Noord): matige
                  artrose CMC-1, geen fractuur, geen andere afwijkingen.
16-06-2026  L93   Tel. overleg dr. Visser: bij recidief opnieuw fasciectomie of
                  naaldfasciotomie mogelijk, pt. mag terugkomen op poli.
15-09-2026  L93   E-consult: pt. wil geen nieuwe operatie door dezelfde chirurg,
                  vraagt om second opinion elders. Overweegt naaldfasciotomie.
30-09-2026  K86   RR 142/84. Lab: kalium 4,3, kreat 90.
02-11-2026  L93   Verwijzing Kliniek Oosterlaan (second opinion handchirurgie) via
                  ZorgDomein. Samenvatting meegestuurd.
"""
DOCS.append(dict(
    stem="vd-003", fmt="txt",
    opts={},
    text="""
PROFESSIONELE SAMENVATTING                                   Datum uitdraai: 02-11-2026 09:41
Huisartsenpraktijk Zuiderhaven - Havenkade 12 - 1781 KB Den Helder - AGB 01-999788
Huisarts: E.H. (Evert) Mulder                               Tel. 0223-555301
================================================================================================
Patiënt        : Dhr. G.J. (Gerrit) Boersma
Geb.datum      : 29-10-1957          Geslacht: M
BSN            : 999 204 731
Adres          : Duinweg 88, 1782 LT Den Helder
Verzekering    : Zorgverzekeraar Noordkust, polis NK-2281-4410
Ingeschreven   : 01-04-1994
Eigen huisarts : E.H. Mulder
================================================================================================

EPISODELIJST - ACTIEF
ICPC  Omschrijving                                   Begin        Attentie
L93   Dupuytren contractuur beiderzijds               12-03-2019   *
K86   Hypertensie essentieel                          05-06-2011
T90   Diabetes mellitus type 2                        17-09-2015   *
L90   Artrose knie li                                 08-02-2020
P17   Roken (gestopt 2016)                            01-01-2016

EPISODELIJST - INACTIEF
D98   Cholecystitis, st.na cholecystectomie            03-2008
S18   Snijwond onderarm li (zaag)                      11-2013
L77   Distorsie enkel re                              07-2021

FAMILIEANAMNESE
Moeder: Dupuytren beiderzijds, meermaals geopereerd. Vader: CVA op 71-jarige leeftijd.
Broer: DM type 2.

MEDICATIE (actueel)
Metformine 1000 mg               2 dd 1
Amlodipine 10 mg                 1 dd 1
Lisinopril 20 mg                 1 dd 1
Atorvastatine 20 mg              1 dd 1 (avond)
Paracetamol 500 mg               z.n. max 6 dd 2

ALLERGIEËN / CONTRA-INDICATIES
Geen geneesmiddelallergie bekend. CI: nierfunctiestoornis (eGFR 60-80).

""" + _hdr3.format(p=1) + "\n\f\n" + _hdr3.format(p=2) + "\n" + _j3 + "\n\f\n" + _hdr3.format(p=3) + """

METINGEN (laatste)
Datum        Bepaling          Waarde
30-09-2026   RR systolisch     142 mmHg
30-09-2026   RR diastolisch    84 mmHg
10-12-2025   HbA1c             51 mmol/mol
10-12-2025   Gewicht           89 kg
30-09-2026   Kreatinine        90 umol/l
30-09-2026   eGFR (CKD-EPI)    76 ml/min/1,73m2

CORRESPONDENTIE (ontvangen)
20-02-2025   Plastische chirurgie Ziekenhuis Kop van Noord - poliklinische brief
11-04-2025   Plastische chirurgie Ziekenhuis Kop van Noord - ontslag dagbehandeling
04-06-2026   Radiologie Ziekenhuis Kop van Noord - verslag X-hand re

Einde samenvatting. Deze uitdraai is vertrouwelijk en bestemd voor de geadresseerde.
""",
    label=label(["history"], "2026-11-02", "gp", "nl", "HIS printout 'Professionele samenvatting', paged text export",
                "yes", "yes", "unmentioned",
                "Birth date 29-10-1957 next to print date 02-11-2026; episode list with ICPC codes; SOEP journal "
                "with 'Verwijzing' and 'Brief specialist ontvangen' lines; operation only via journal line; mother's "
                "operations and cholecystectomie are distractors; form feeds and repeated page headers."),
))

# ---------------------------------------------------------------------------------------------- vd-004
DOCS.append(dict(
    stem="vd-004", fmt="pdf",
    opts=dict(font="helv", size=10,
              footer="Ziekenhuis Vlietzicht  |  Vlietweg 1, 2352 AA Leiderdorp  |  T 071-5559000  |  "
                     "www.vlietzicht.example\nPagina {page}/{pages}",
              header=["El Amrani, S.  22-09-1990  patiëntnr. 7731094"], header_from=2,
              meta=dict(title="Brief", author="HiX", creator="ChipSoft HiX Reporting")),
    blocks=[
        ("letterhead", {"name": "Ziekenhuis Vlietzicht", "sub": ["Plastische, Reconstructieve en Handchirurgie"],
                        "lines": ["Vlietweg 1", "2352 AA Leiderdorp", "Polikliniek: 071-5559210"],
                        "name_image": True, "logo": "circle", "color": (0, 95, 130)}),
        ("addr_meta",
         ["Aan de weledelgeboren heer", "R.A. Smit, huisarts", "Hoflaan 9", "2351 BK Leiderdorp"],
         [("Ons kenmerk", "PCH/KvD/26-3381"), ("Datum", "18 september 2026"),
          ("Datum bezoek", "15-09-2026"), ("Behandelaar", "dr. L.M. Haverkamp")]),
        ("p", "**Betreft:** Mw. S. (Sanne) El Amrani, geb. 22-09-1990, patiëntnr. 7731094\n"
              "Rijndijk 140, 2394 AL Hazerswoude-Rijndijk"),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënte bezocht op 15-09-2026 onze polikliniek in verband met pijn aan de ulnaire zijde van "
              "de rechterpols."),
        ("h", "Anamnese"),
        ("p", "36-jarige rechtshandige verpleegkundige met sinds ongeveer acht maanden pijn aan de ulnaire zijde "
              "van de rechterpols, toenemend bij tillen van patiënten en bij draaibewegingen. Soms een klik bij "
              "pro- en supinatie. Geen trauma. Brace en acht weken handtherapie gaven onvoldoende verbetering. "
              "Voorgeschiedenis: appendectomie (2004), sectio caesarea (2019). Geen medicatie. "
              "Familieanamnese: vader is geopereerd aan een carpaletunnelsyndroom."),
        ("h", "Lichamelijk onderzoek"),
        ("p", "Rustige pols zonder zwelling. Drukpijn fovea ulnaris, fovea sign positief. Ulnocarpale stresstest "
              "positief. DRUG stabiel in neutraal, pro- en supinatie. Volledige beweeglijkheid, pijnlijk in "
              "eindstand ulnairdeviatie. Sensibiliteit intact."),
        ("h", "Aanvullend onderzoek"),
        ("p", "X-pols rechts PA en lateraal (15-09-2026): ulna plus variant van 2 mm, geen artrose, geen "
              "cysteuze afwijkingen.\nMRI pols rechts (Vlietzicht, 02-09-2026): degeneratieve laesie van de "
              "centrale TFCC (Palmer 2C) met beginnend oedeem in het lunatum aan de ulnaire zijde."),
        ("h", "Conclusie"),
        ("p", "Ulnair impactiesyndroom rechts met degeneratieve TFCC-laesie."),
        ("h", "Beleid"),
        ("p", "Conservatieve behandeling heeft onvoldoende geholpen. Wij hebben de opties besproken. Een "
              "ulnaverkortingsosteotomie werd aangeboden, eventueel gecombineerd met een artroscopisch "
              "debridement. Patiënte wil eerst een second opinion en neemt daarvoor contact met u op. De beelden "
              "zijn op CD aan patiënte meegegeven. Wij zien haar zo nodig terug."),
        ("sig", ["Met vriendelijke groet,", "", "drs. K. (Koen) van Dijk, AIOS plastische chirurgie",
                 "namens dr. L.M. Haverkamp, plastisch chirurg"]),
        ("small", "Deze brief is elektronisch geautoriseerd op 18-09-2026 14:22 door dr. L.M. Haverkamp en "
                  "daarom niet ondertekend."),
        ("small", "cc: patiënte"),
    ],
    label=label(["correspondence"], "2026-09-18", "specialist", "nl",
                "HiX outpatient letter (polikliniekbrief), letterhead as image, reference block right",
                "yes", "unmentioned", "unmentioned",
                "Hospital name only in a letterhead image (address is text); letter date vs visit date; surgery "
                "only offered; appendectomie, sectio and father's operation are distractors; CD handed to patient.",
                also_dates=["2026-09-15"]),
))

# ---------------------------------------------------------------------------------------------- vd-005
DOCS.append(dict(
    stem="vd-005", fmt="pdf",
    opts=dict(font="helv", size=10,
              footer="Ziekenhuis De Vaart - Afdeling Radiologie - Vaartweg 50, 8302 RD Emmeloord - 0527-555800\n"
                     "Verslag {page}/{pages} - afgedrukt 15-10-2026",
              meta=dict(title="Radiologie verslag", creator="RIS-Report")),
    blocks=[
        ("letterhead", {"name": "Ziekenhuis De Vaart", "sub": ["Afdeling Radiologie"],
                        "lines": ["Vaartweg 50", "8302 RD Emmeloord", "Tel. 0527-555800"],
                        "logo": "square", "color": (120, 30, 60)}),
        ("title", "RADIOLOGISCH ONDERZOEK", {"size": 13}),
        ("kv", [("Patiënt", "Dhr. R. (Ruben) Vermeulen"), ("Geboortedatum", "17-01-1979"),
                ("Patiëntnummer", "4410672"), ("Aanvrager", "dr. P. Scholten, orthopedisch chirurg, Orthopedie"),
                ("Kopie aan", "huisarts W. de Jong, Emmeloord"),
                ("Onderzoek", "MRI pols rechts (zonder contrast)"), ("Datum onderzoek", "12-10-2026"),
                ("Accessienummer", "DV26-0098812")],
         {"cols": 2, "grid": True, "shade": True}),
        ("h", "Klinische gegevens / vraagstelling"),
        ("p", "Status na ORIF distale radiusfractuur re (03-2025), persisterende ulnaire polspijn en klik bij "
              "supinatie. Vraagstelling: TFCC-laesie? Scafolunair letsel?"),
        ("h", "Verslag"),
        ("p", "Vergelijking: X-pols rechts d.d. 21-03-2025 en 18-06-2025.\n"
              "Volaire plaat en schroeven in de distale radius met susceptibiliteitsartefacten, beoordeling van "
              "het radiale deel van het radiocarpale gewricht daardoor beperkt. Geconsolideerde fractuur. "
              "Ulna neutrale variant. TFCC: scheur in de ulnaire insertie (foveale component) met vochtsignaal, "
              "de centrale discus intact. Scafolunair ligament dorsaal en volair intact, geen diastase. "
              "Lunotriquetraal ligament intact. Geen beenmergoedeem. Geringe hoeveelheid vocht in de DRUG. "
              "Tendinopathie van de ECU zonder subluxatie."),
        ("h", "Conclusie"),
        ("p", "1. Foveale TFCC-scheur rechts.\n2. Geen aanwijzingen voor SL-letsel.\n"
              "3. Geconsolideerde distale radiusfractuur met osteosynthesemateriaal in situ."),
        ("sig", ["Radioloog: dr. H. (Hanneke) Bakker",
                 "Geautoriseerd: 14-10-2026 16:02"]),
    ],
    label=label(["imaging-report"], "2026-10-14", "radiologist", "nl",
                "hospital radiology report, grey label cells in 4-column table",
                "yes", "yes", "unmentioned",
                "Requester is an orthopaedic surgeon with a 'Vraagstelling' (not a referral); exam date 12-10 vs "
                "authorisation date 14-10 vs print date 15-10; earlier X-ray dates as comparison; operated only "
                "via 'Status na ORIF' in clinical data.",
                also_dates=["2026-10-12"]),
))

# ---------------------------------------------------------------------------------------------- vd-006
DOCS.append(dict(
    stem="vd-006", fmt="docx",
    opts=dict(font="Arial", size=10,
              header=["Ziekenhuis Maasweide  -  Plastische Chirurgie  -  Operatieverslag"],
              footer="Maasweide, Tegelseweg 300, 5912 BL Venlo  -  pagina {page}",
              meta=dict(author="OK-systeem", title="Operatieverslag")),
    blocks=[
        ("letterhead", {"name": "Ziekenhuis Maasweide", "sub": ["Vakgroep Plastische, Reconstructieve en Handchirurgie"],
                        "lines": ["Tegelseweg 300, 5912 BL Venlo", "T 077-5554000"], "logo": "cross",
                        "color": (160, 40, 40)}),
        ("title", "OPERATIEVERSLAG", {"size": 13}),
        ("kv", [("Patiënt", "Mw. H.W. (Hennie) Janssen-Geurts"), ("Geboortedatum", "07-07-1952"),
                ("Patiëntnummer", "2209817"), ("Datum operatie", "07-07-2026"),
                ("Operateur", "dr. W. Hendriks, plastisch chirurg"), ("Assistent", "J. Peeters, AIOS"),
                ("Anesthesie", "WALANT (lidocaïne 1% met adrenaline), geen bloedleegte"),
                ("Indicatie", "Triggerfinger dig III links, Quinnell graad 3, recidiverend na twee "
                              "corticosteroïdinjecties (11-2025, 03-2026)"),
                ("Ingreep", "A1-ringbandklieving dig III links"),
                ("Verloop / beschrijving",
                 "Time-out verricht. Desinfectie en afdekken. Transversale incisie van 1,5 cm ter hoogte van de "
                 "distale palmaire plooi. Stompe preparatie, neurovasculaire bundels beiderzijds opzij gehouden. "
                 "A1-ringband gevisualiseerd en over de volle lengte gekliefd. Actieve flexie en extensie door "
                 "patiënte: geen triggering meer, volledige excursie. A2 intact. Spoelen, hechten huid met "
                 "Ethilon 4-0 enkelvoudig. Drukverband."),
                ("Complicaties", "Geen"), ("PA", "Niet ingestuurd"),
                ("Nabehandeling", "Drukverband 2 dagen, daarna pleister. Direct actief bewegen. Hechtingen "
                                  "verwijderen na 10-14 dagen bij de huisarts. Controle PA handchirurgie na 6 weken."),
                ("Verslag", "Gedicteerd en geautoriseerd 07-07-2026 door dr. W. Hendriks")],
         {"grid": True}),
    ],
    label=label(["operation-report"], "2026-07-07", "specialist", "nl", "OK-verslag form as DOCX table (label/value cells)",
                "unmentioned", "yes", "unmentioned",
                "No salutation, all content in table cells; birth date 07-07-1952 shares day and month with the "
                "operation date; earlier injections with month-year dates."),
))

# ---------------------------------------------------------------------------------------------- vd-007
DOCS.append(dict(
    stem="vd-007", fmt="pdf",
    opts=dict(font="dejavu", size=9.5,
              footer="Stichting Microbiologisch Laboratorium West-Friesland  -  Maelsonstraat 90, 1624 NP Hoorn  -  "
                     "RvA M999  -  Pagina {page} van {pages}",
              meta=dict(title="Uitslag", creator="GLIMS")),
    blocks=[
        ("letterhead", {"name": "Stichting Microbiologisch Laboratorium West-Friesland",
                        "sub": ["Medische Microbiologie en Infectiepreventie"],
                        "lines": ["Maelsonstraat 90", "1624 NP Hoorn", "Tel. 0229-555710 (arts-microbioloog)"],
                        "logo": "wave", "color": (20, 100, 90), "size": 12}),
        ("addr_meta",
         ["Huisartsenpraktijk Het Kerkplein", "t.a.v. A. de Groot, huisarts", "Kerkplein 3", "1621 CE Hoorn"],
         [("Labnummer", "MM26-204551"), ("Afnamedatum", "19-10-2026"), ("Ontvangstdatum", "20-10-2026"),
          ("Datum uitslag", "22-10-2026"), ("Status", "Eindverslag")]),
        ("kv", [("Patiënt", "Mw. E. (Esra) Yıldız"), ("Geboortedatum", "11-12-1979"),
                ("BSN", "999 571 204"), ("Geslacht", "V")], {"cols": 2}),
        ("h", "Klinische gegevens"),
        ("p", "MRSA-screening i.v.m. ziekenhuisopname in het buitenland (Antalya, Turkije, augustus 2026); "
              "patiënte is verwezen naar een handkliniek."),
        ("h", "Uitslagen"),
        ("table", [["Materiaal", "Bepaling", "Methode", "Uitslag"],
                   ["Neus", "MRSA-screening", "Kweek (ophoping)", "MRSA niet aangetoond"],
                   ["Keel", "MRSA-screening", "Kweek (ophoping)", "MRSA niet aangetoond"],
                   ["Perineum", "MRSA-screening", "Kweek (ophoping)", "MRSA niet aangetoond"]],
         {"widths": [28, 38, 38, 66]}),
        ("h", "Conclusie"),
        ("p", "**Geen MRSA aangetoond** in de ingestuurde materialen."),
        ("small", "Een negatieve screening sluit dragerschap niet volledig uit. Bij vragen: arts-microbioloog, "
                  "tel. 0229-555710."),
        ("sig", ["Gevalideerd door: dr. F. Kooistra, arts-microbioloog, 22-10-2026 11:05"]),
    ],
    label=label(["mrsa-screening"], "2026-10-22", "lab", "nl", "microbiology lab result, results table, address + reference block",
                "unmentioned", "unmentioned", "yes",
                "Three lab dates (afname, ontvangst, uitslag); the clinical info states a hospital admission in "
                "Antalya, so the lab result itself says treated abroad; Turkish dotless i in the name.",
                also_dates=["2026-10-19"]),
))

# ---------------------------------------------------------------------------------------------- vd-008
DOCS.append(dict(
    stem="vd-008", fmt="txt",
    opts={},
    text="""
ZorgDomein - Verwijzing
=======================

Product          : Consult handchirurgie
Ontvanger        : Kliniek voor Hand- en Polschirurgie Oosterlaan - locatie Utrecht
Verwijzer        : W.F. (Wouter) Jansen, huisarts
Praktijk         : Huisartsenpraktijk De Brink, Brink 2, 7411 BR Deventer
AGB-code         : 01-999564
Telefoon         : 0570-555120 (tussen 13 en 14 uur voor overleg)
Datum            : 28-09-2026
Urgentie         : Regulier
Verwijsnummer    : ZD-2609-8813-2271

Patiëntgegevens
---------------
Naam             : Dhr. A.B. (Bram) Koster
Geboortedatum    : 09-09-1962
BSN              : 999 388 120
Adres            : Kerkhofweg 41, 7412 AB Deventer
Verzekeraar      : Zorgverzekeraar Oost, polis ZO-7719-3302

Reden van verwijzing
--------------------
Verzoek overname behandeling. Bekende artrose CMC-1 links, pijn bij knijpen en draaien
(potten openen, sleutel omdraaien). Spalk en pijnstilling onvoldoende. Patiënt wil graag
een operatie.

Vraagstelling
-------------
-

Relevante gegevens
------------------
Relevante voorgeschiedenis : zie HIS (niet meegezonden)
Recente behandelingen      : -
Aanvullend onderzoek       : X-duim li aangevraagd via huisartsenlab, uitslag nog niet binnen
Medicatie                  : paracetamol 1000 mg z.n.; diclofenac 50 mg z.n. (max 3 dd)
Allergieën                 : geen bekend
Roken                      : nee
BMI                        : 31

Ondertekend door W.F. Jansen, huisarts, op 28-09-2026.
""",
    label=label(["referral"], "2026-09-28", "gp", "nl", "ZorgDomein referral, plain-text export",
                "unmentioned", "unmentioned", "unmentioned",
                "Referral 'for treatment' (overname behandeling) with an empty Vraagstelling '-'; patient wants an "
                "operation (wish, not event); X-ray only requested; history fields empty, so not a history document; "
                "birth date 09-09 close to date 28-09.",
                referral_question=False),
))

# ---------------------------------------------------------------------------------------------- vd-009
DOCS.append(dict(
    stem="vd-009", fmt="pdf",
    opts=dict(font="times", size=10.5,
              footer="AZ Leiemeersen vzw - Campus Sint-Jan - Meersstraat 5, 8500 Kortrijk - tel. +32 56 55 40 00 - "
                     "ondernemingsnummer 0999.555.123",
              footer_align="center",
              meta=dict(title="Brief raadpleging", creator="KWS Brieven")),
    blocks=[
        ("letterhead", {"name": "AZ Leiemeersen", "sub": ["Dienst Orthopedie en Traumatologie",
                                                          "Hand- en polschirurgie"],
                        "lines": ["Campus Sint-Jan", "Meersstraat 5", "8500 Kortrijk", "Secretariaat: +32 56 55 41 20"],
                        "logo": "circle", "color": (0, 70, 140), "align": "right"}),
        ("addr", ["Dokter N. Verbeek", "Huisartsenpraktijk Hoofdstraat", "Hoofdstraat 22", "4524 CK Sluis",
                  "Nederland"], {"indent_mm": 95}),
        ("p", "Kortrijk, 03/06/2026"),
        ("p", "**Betreft:** Mevrouw L. (Lotte) de Kok, ° 17/04/1966\nRaadpleging van 29/05/2026"),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënte werd opnieuw gezien op de raadpleging hand- en polschirurgie, elf weken na de ingreep "
              "aan de linkerduim."),
        ("h", "Voorgeschiedenis"),
        ("p", "Op 14/03/2026 werd in ons ziekenhuis een trapeziectomie met ligamentreconstructie en "
              "tendon-interpositie (LRTI, met de helft van de FCR-pees) aan de linkerduim uitgevoerd door "
              "dr. Vandamme, wegens rhizartrose graad IV. Het postoperatieve verloop was ongecompliceerd; "
              "gips gedurende vier weken, daarna een thermoplastische spalk."),
        ("h", "Klinisch onderzoek"),
        ("p", "Rustig litteken. Drukpijn ter hoogte van de basis van het eerste metacarpaal en langs het "
              "verloop van de FCR. Beperkte oppositie (Kapandji 7). Sensibiliteit van de ramus superficialis "
              "nervi radialis licht verminderd."),
        ("h", "Technisch onderzoek"),
        ("p", "RX linkerduim (29/05/2026): status na trapeziectomie, proximale migratie van het eerste "
              "metacarpaal van ongeveer 3 mm, geen scafotrapezoïdale artrose."),
        ("h", "Besluit"),
        ("p", "Persisterende pijn na LRTI links, mogelijk irritatie van de ramus superficialis nervi radialis. "
              "Wij stellen voor de kinesitherapie verder te zetten en patiënte opnieuw te zien over drie "
              "maanden. Patiënte wenst een second opinion in Nederland; wij hebben daar uiteraard geen bezwaar "
              "tegen. Het operatieverslag en de beelden kunnen bij ons secretariaat opgevraagd worden."),
        ("sig", ["Met collegiale groeten,", "", "dr. P. Vandamme", "Orthopedisch chirurg",
                 "RIZIV 1-99912-34-560"]),
        ("small", "Kopie: patiënte"),
    ],
    label=label(["correspondence"], "2026-06-03", "specialist", "nl",
                "Belgian hospital consultation letter (raadpleging), Flemish terms, address block right",
                "yes", "yes", "yes",
                "Belgian hospital that operated on the patient wrote it (treated abroad without the word "
                "'buitenland'); birth date written '° 17/04/1966'; 'Besluit' instead of Conclusie; operation "
                "report only mentioned as obtainable; letter date vs consultation date.",
                also_dates=["2026-05-29"]),
))

# ---------------------------------------------------------------------------------------------- vd-010
DOCS.append(dict(
    stem="vd-010", fmt="pdf",
    opts=dict(font="helv", size=9.5,
              header=["AZ Kempenland - campus Sint-Jozef - Operatieverslag"],
              header_right="Pag. {page}/{pages}",
              footer="Steenweg op Oud-Turnhout 14, 2300 Turnhout  -  +32 14 55 60 00  -  Afgedrukt: 23/01/2026 08:10",
              meta=dict(title="OPERATIEVERSLAG", creator="OK-registratie")),
    blocks=[
        ("letterhead", {"name": "AZ Kempenland", "sub": ["Campus Sint-Jozef - Dienst Orthopedie"],
                        "lines": ["Steenweg op Oud-Turnhout 14", "2300 Turnhout", "België"],
                        "logo": "square", "color": (90, 60, 140)}),
        ("title", "Operatieverslag", {"size": 14}),
        ("kv2",
         [("Patiënt", "De Bruijn, Koen"), ("Geboren", "° 26/01/1994"), ("Adres", "Nieuwstraat 3, 5111 CJ Baarle-Nassau (NL)"),
          ("Dossiernr.", "KP-0077812")],
         [("Datum ingreep", "22/01/2026"), ("Chirurg", "dr. J. Peeters"), ("Assistent", "dr. E. Wouters (ASO)"),
          ("Anesthesist", "dr. M. Claes"), ("Anesthesie", "Locoregionaal (axillair blok) + sedatie")],
         {"grid": True}),
        ("h", "Diagnose"),
        ("p", "Pseudartrose van het scafoïd rechts (middenderde), 9 maanden na een val met de mountainbike. "
              "Preoperatieve CT rechterpols (12/01/2026): pseudartrose met sclerotische randen, geen collaps, "
              "geen humpback-deformiteit."),
        ("h", "Ingreep"),
        ("p", "Open reductie en interne fixatie met headless compressieschroef en spongiosaplastiek uit de "
              "distale radius, rechts (volaire benadering)."),
        ("h", "Verloop"),
        ("p", "Rugligging, arm op armtafel, bloedleegte 250 mmHg (62 min). Volaire incisie over de FCR. "
              "Kapsel geopend, pseudartrose geïdentificeerd en gedebrideerd tot bloedend bot. Spongiosa "
              "geoogst uit de distale radius via hetzelfde venster en in de defectzone geïmpacteerd. "
              "Geleidedraad retrograad, lengte bepaald, headless compressieschroef 24 mm geplaatst. "
              "Fluoroscopische controle: goede positie en lengte van de schroef, goede reductie. Kapselsluiting, "
              "subcutaan en intracutaan gehecht. Verband en onderarmgips met duiminsluiting."),
        ("h", "Complicaties"),
        ("p", "Geen."),
        ("h", "Postoperatief beleid"),
        ("p", "Gips 6 weken, hoogstand. Controle raadpleging met RX en eventueel CT na 6 weken. "
              "Hechtingen verwijderen na 14 dagen (resorbeerbaar intracutaan). Thromboprofylaxe niet nodig."),
        ("sig", ["dr. J. Peeters, orthopedisch chirurg", "Elektronisch gevalideerd 22/01/2026 17:48"]),
    ],
    label=label(["operation-report"], "2026-01-22", "specialist", "nl",
                "Belgian operation report form, two-column header table, repeated page header",
                "yes", "yes", "yes",
                "Belgian hospital (Turnhout) operated on a Dutch resident: treated abroad only by address and "
                "phone prefix; print date in footer; preoperative CT named inside Diagnose; fluoroscopy.",
                ),
))

# ---------------------------------------------------------------------------------------------- vd-011
DOCS.append(dict(
    stem="vd-011", fmt="docx",
    opts=dict(font="Calibri", size=10.5,
              footer="Ziekenhuis Waalkant - Heelkunde/Traumachirurgie - Weurtseweg 400, 6541 BN Nijmegen - "
                     "pagina {page} van {pages}",
              meta=dict(author="Ziekenhuis Waalkant", title="Ontslagbrief")),
    blocks=[
        ("letterhead", {"name": "Ziekenhuis Waalkant", "sub": ["Afdeling Heelkunde - Traumachirurgie"],
                        "lines": ["Weurtseweg 400, 6541 BN Nijmegen", "T 024-5558800"],
                        "logo": "circle", "color": (0, 90, 60)}),
        ("addr_meta", ["Aan: mw. dr. C. Hermsen, huisarts", "Gezondheidscentrum Lindenholt", "Dukatenburg 90-12",
                       "6546 BL Nijmegen"],
         [("Datum", "17-08-2026"), ("Kenmerk", "HLK/MJ/26-8813"), ("Opname", "14-08-2026"),
          ("Ontslag", "16-08-2026")]),
        ("title", "Ontslagbrief (klinische brief)", {"size": 13}),
        ("p", "**Betreft:** Mw. P. (Petra) Gerritsen, geb. 30-03-1961, patiëntnr. 0991230"),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënte was van 14-08-2026 tot 16-08-2026 opgenomen op de afdeling Traumachirurgie."),
        ("h", "Opnamediagnose"),
        ("p", "Intra-articulaire distale radiusfractuur links (AO 23-C2) met secundaire dislocatie in gips."),
        ("h", "Anamnese"),
        ("p", "Op 02-08-2026 viel patiënte tijdens een vakantie in Málaga op de uitgestrekte linkerhand. Zij werd "
              "op de Urgencias van het plaatselijke ziekenhuis gezien; daar werd een gesloten repositie "
              "verricht en een onderarmgipsspalk aangelegd, zonder opname. Na terugkomst meldde zij zich op onze "
              "gipskamer. De controlefoto toonde secundaire dislocatie met dorsale kanteling van 25 graden."),
        ("h", "Aanvullend onderzoek"),
        ("p", "X-pols links (13-08-2026): secundaire dislocatie, 4 mm radiusverkorting.\n"
              "CT pols links (14-08-2026): intra-articulaire fractuur met drie hoofdfragmenten, stap in het "
              "gewrichtsvlak van 2 mm."),
        ("h", "Operatie"),
        ("p", "**Datum:** 15-08-2026\n**Operateur:** dr. M. Jacobs, traumachirurg\n"
              "**Assistent:** drs. F. Ouali, ANIOS chirurgie\n**Anesthesie:** plexus brachialis-blokkade met sedatie\n"
              "**Ingreep:** open repositie en interne fixatie distale radius links met volaire hoekstabiele plaat"),
        ("p", "**Beschrijving:** Rugligging, bloedleegte bovenarm. Gemodificeerde Henry-benadering over de FCR. "
              "Pronator quadratus L-vormig losgemaakt. Fractuur gereponeerd onder doorlichting, tijdelijke "
              "fixatie met K-draden, daarna volaire hoekstabiele plaat met 3 schachtschroeven en 6 distale "
              "hoekstabiele schroeven. Doorlichting in twee richtingen: gewrichtsvlak congruent, geen "
              "intra-articulaire schroeven. Pronator quadratus gereïnsereerd, huid intracutaan gesloten. "
              "Bloedleegtetijd 71 minuten.\n**Complicaties:** geen."),
        ("h", "Beloop"),
        ("p", "Ongecompliceerd. Pijn goed onder controle met paracetamol en kortdurend oxycodon. Goede "
              "vingerfunctie, sensibiliteit intact. Postoperatieve X-pols: goede stand. "
              "Bij opname is in verband met de behandeling in het buitenland een MRSA-kweek afgenomen; "
              "de uitslag was negatief."),
        ("h", "Medicatie bij ontslag"),
        ("p", "Paracetamol 1000 mg 4 dd; oxycodon 5 mg z.n. max 3 dd gedurende 5 dagen; macrogol 1 dd."),
        ("h", "Beleid"),
        ("p", "Onderarmgipsspalk 2 weken, daarna brace en verwijzing handtherapie. Controle polikliniek "
              "traumachirurgie over 2 weken met X-pols links."),
        ("sig", ["Met vriendelijke groet,", "", "drs. F. Ouali, ANIOS chirurgie",
                 "Supervisor: dr. M. Jacobs, traumachirurg"]),
        ("small", "cc: patiënte"),
    ],
    label=label(["correspondence", "operation-report"], "2026-08-17", "specialist", "nl",
                "hospital discharge letter (DOCX) with full operation section",
                "yes", "yes", "yes",
                "Discharge letter with a full Operatie section (date, operator, procedure, description) so it is "
                "also an operation report; care abroad is an emergency visit in Málaga named by city only; "
                "MRSA result only mentioned; several event dates before the letter date."),
))

# ---------------------------------------------------------------------------------------------- vd-012
DOCS.append(dict(
    stem="vd-012", fmt="txt",
    opts={},
    text="""
Van:       Youssef Benali <y.benali@mail.example>
Aan:       secretariaat@oosterlaan-handkliniek.example
Datum:     ma 12 okt. 2026 21:47
Onderwerp: Aanvraag second opinion pols + bijlagen
Bijlagen:  IMG_20261012_2133.jpg; brief_orthopedie.pdf

Geachte heer/mevrouw,

Mijn naam is Youssef Benali, geboren op 30-06-1983, en ik woon in Zaandam. Ik wil graag een
second opinion aanvragen voor mijn rechterpols.

In april 2025 ben ik in Marokko met de scooter gevallen en ben ik in een kliniek in Tanger
geopereerd aan mijn rechterpols. Ze hebben er pinnen in gezet en ik heb daar vier dagen gelegen.
Er zijn daar ook foto's en een CT-scan gemaakt, de CD stuur ik per post na. Na zes weken zijn in
Nederland de pinnen eruit gehaald.

Sindsdien kan ik mijn pols nog steeds niet goed draaien en heb ik veel pijn bij het tillen
(ik werk in een magazijn). De orthopeed hier in het ziekenhuis in Zaandam zei in augustus dat
er niets meer aan te doen is en dat ik moet leren leven met de klachten. Mijn broer is vorig
jaar aan zijn schouder geopereerd in uw kliniek en was erg tevreden, daarom kom ik bij u.

Mijn huisarts (dokter Veenstra) stuurt de verwijsbrief via de computer. Bijgevoegd vindt u een
foto van de ontslagbrief uit Marokko (in het Frans) en de brief van de orthopeed.

Kunt u mij laten weten of ik een afspraak kan maken?

Met vriendelijke groet,

Youssef Benali
Vinkenstraat 19
1505 XT Zaandam
06-12345678
""",
    label=label([], "2026-10-12", "patient", "nl", "patient e-mail, plain text with mail headers",
                "yes", "yes", "yes",
                "Patient's own request for a second opinion (not a referral); operation and admission in Tangier "
                "(city only, 'Marokko'); imaging done abroad; brother's shoulder operation is a distractor; "
                "enclosures and a GP referral only announced."),
))

# ---------------------------------------------------------------------------------------------- vd-013
DOCS.append(dict(
    stem="vd-013", fmt="pdf",
    opts=dict(font="helv", size=10,
              footer="Handtherapie Centrum IJsselstreek - Burg. Dijckmeesterweg 5, 8261 AB Kampen - 038-5556610 - "
                     "aangesloten bij de NVHT",
              meta=dict(title="Tussentijds verslag", author="Handtherapie IJsselstreek")),
    blocks=[
        ("letterhead", {"name": "Handtherapie Centrum IJsselstreek", "sub": ["fysio- en ergotherapie voor hand en pols"],
                        "lines": ["Burg. Dijckmeesterweg 5", "8261 AB Kampen", "038-5556610"],
                        "logo": "wave", "color": (200, 110, 20)}),
        ("addr", ["Aan: dr. R. Sahin, plastisch chirurg", "Ziekenhuis IJsseloord, polikliniek Plastische Chirurgie",
                  "Postbus 10400, 8000 GK Zwolle", "", "cc: huisarts J. Hoekstra, Kampen"]),
        ("title", "Tussentijds verslag handtherapie", {"size": 13}),
        ("kv", [("Cliënt", "Mw. D. (Dineke) van der Veen"), ("Geboortedatum", "21-09-1970"),
                ("Verwijsdiagnose", "Status na carpaletunnelrelease rechts (16-06-2026)"),
                ("Start behandeling", "30-06-2026"), ("Aantal behandelingen", "9"),
                ("Datum verslag", "30-09-2026")], {"lw": 45}),
        ("h", "Beloop"),
        ("p", "Mevrouw werd vanaf twee weken postoperatief behandeld met littekenbehandeling, "
              "zenuwglijoefeningen en geleidelijke krachttraining. De nachtelijke tintelingen zijn verdwenen. "
              "Zij ervaart nog pijn in de thenarmuis en de hypothenarmuis (pillar pain) bij steunen en bij "
              "langdurig typen."),
        ("h", "Metingen"),
        ("table", [["Meting", "30-06-2026", "30-09-2026", "Links (ref.)"],
                   ["Knijpkracht Jamar (kg)", "8", "17", "28"],
                   ["Pincetgreep (kg)", "3", "5", "7"],
                   ["2-puntsdiscriminatie dig 2 (mm)", "6", "4", "4"],
                   ["VAS pijn belasting (0-10)", "7", "5", "-"],
                   ["PRWHE totaal", "68", "47", "-"]],
         {"widths": [60, 30, 30, 30]}),
        ("h", "Conclusie en advies"),
        ("p", "Geleidelijke verbetering, maar pillar pain blijft belemmerend voor het werk als "
              "administratief medewerker. Wij adviseren nog zes behandelingen en een werkplekadvies. "
              "Graag uw advies of verder beleid (bijvoorbeeld een injectie) gewenst is. Er is geen nieuwe "
              "beeldvorming nodig naar ons idee, maar dat laten wij aan u."),
        ("sig", ["Met vriendelijke groet,", "", "L. Brouwer, gecertificeerd handtherapeut (CHT-NL)"]),
    ],
    label=label([], "2026-09-30", "other", "nl", "hand-therapy progress letter with measurement table",
                "unmentioned", "yes", "unmentioned",
                "Not correspondence from a specialist: hand therapist's letter; measurement table with two dates; "
                "operation only in Verwijsdiagnose; 'geen nieuwe beeldvorming nodig' is advice, not a statement "
                "that none was done."),
))

# ---------------------------------------------------------------------------------------------- vd-014
DOCS.append(dict(
    stem="vd-014", fmt="pdf",
    opts=dict(font="helv", size=9,
              footer="Apotheek De Gouden Vijzel - Diezerstraat 51, 8011 RG Zwolle - 038-5552040 - "
                     "AGB 06-999211 - pagina {page} van {pages}",
              meta=dict(title="Medicatieoverzicht", creator="Pharmacom")),
    blocks=[
        ("letterhead", {"name": "Apotheek De Gouden Vijzel", "lines": ["Diezerstraat 51", "8011 RG Zwolle", "038-5552040"],
                        "logo": "cross", "color": (0, 120, 60), "size": 13}),
        ("title", "Medicatieoverzicht", {"size": 14}),
        ("kv", [("Naam", "Dhr. J.H. (Johan) Smeenk"), ("Geboortedatum", "02-11-1949"),
                ("Adres", "Thorbeckegracht 60, 8011 VM Zwolle"), ("BSN", "999 604 118"),
                ("Huisarts", "T. Lammers, Zwolle"), ("Datum afdruk", "06-11-2026")], {"cols": 2}),
        ("h", "Actuele medicatie"),
        ("table", [["Start", "Geneesmiddel", "Gebruik", "Voorschrijver"],
                   ["14-03-2019", "Metoprolol retard 50 mg", "1 x daags 1 tablet", "T. Lammers (huisarts)"],
                   ["14-03-2019", "Acetylsalicylzuur 80 mg", "1 x daags 1 tablet", "T. Lammers (huisarts)"],
                   ["02-02-2023", "Simvastatine 40 mg", "1 x daags 1 tablet 's avonds", "T. Lammers (huisarts)"],
                   ["21-08-2026", "Naproxen 500 mg", "2 x daags 1 tablet zo nodig", "dr. B. Altena (orthopedie)"],
                   ["21-08-2026", "Esomeprazol 20 mg", "1 x daags 1 capsule bij naproxen", "dr. B. Altena (orthopedie)"],
                   ["09-10-2026", "Paracetamol 1000 mg", "max 3 x daags 1 tablet", "T. Lammers (huisarts)"]],
         {"widths": [22, 48, 50, 50], "size": 8.5}),
        ("h", "Gestopte medicatie (afgelopen 12 maanden)"),
        ("table", [["Start", "Stop", "Geneesmiddel", "Reden"],
                   ["04-05-2026", "09-05-2026", "Prednisolon 30 mg (kuur)", "kuur afgerond"],
                   ["01-06-2026", "15-06-2026", "Amoxicilline/clavulaanzuur 500/125", "kuur afgerond"]],
         {"widths": [22, 22, 70, 56], "size": 8.5}),
        ("h", "Overgevoeligheden en contra-indicaties"),
        ("p", "Codeïne: misselijkheid (intolerantie). Verminderde nierfunctie (eGFR 52, 09-2026)."),
        ("small", "Dit overzicht is samengesteld op basis van de gegevens in onze apotheek en is mogelijk niet "
                  "volledig. Controleer het overzicht met de patiënt."),
    ],
    label=label([], "2026-11-06", "other", "nl", "pharmacy medication overview (medicatieoverzicht), tables",
                "unmentioned", "unmentioned", "unmentioned",
                "Pharmacy overview, no kind; birth date 02-11-1949 near print date 06-11-2026; prescribing "
                "orthopaedic surgeon named in a table cell, which says nothing about treatment facts."),
))

# ---------------------------------------------------------------------------------------------- vd-015
DOCS.append(dict(
    stem="vd-015", fmt="docx",
    opts=dict(font="Verdana", size=9.5,
              footer=CLINIC + " - " + ", ".join(CLINIC_ADDR) + " - 030-5553300 - planning@oosterlaan.example",
              meta=dict(author="Planning Oosterlaan", title="Afspraakbevestiging")),
    blocks=[
        ("letterhead", {"name": CLINIC, "lines": CLINIC_ADDR + ["030-5553300"], "logo": "circle",
                        "color": (70, 40, 120), "size": 12}),
        ("addr", ["Mevrouw A. (Anouk) Hendriks", "Populierenlaan 7", "3862 XC Nijkerk"]),
        ("p", "Utrecht, 20 november 2026\nOns kenmerk: SO-26-1187"),
        ("title", "Bevestiging van uw afspraak", {"size": 12}),
        ("p", "Geachte mevrouw Hendriks,"),
        ("p", "Hierbij bevestigen wij uw afspraak voor een second opinion op onze polikliniek."),
        ("kv", [("Datum", "dinsdag 8 december 2026"), ("Tijd", "10:40 uur (meldt u zich 10 minuten eerder)"),
                ("Bij", "dr. S. Bruggink, handchirurg"), ("Locatie", "Oosterlaan 220, 2e verdieping, balie C")],
         {"grid": True}),
        ("p", "Wij kunnen u alleen goed adviseren als wij uw gegevens vooraf ontvangen. Wilt u, als dat nog niet "
              "gebeurd is, uiterlijk een week voor de afspraak laten toesturen:"),
        ("p", "- de verwijsbrief van uw huisarts of specialist (met de vraag die u beantwoord wilt hebben);\n"
              "- een recente samenvatting van uw medische voorgeschiedenis van uw huisarts;\n"
              "- alle brieven van uw behandelend specialist(en);\n"
              "- de operatieverslagen, als u aan uw hand of pols geopereerd bent;\n"
              "- de verslagen van röntgenfoto's, echo's, CT- of MRI-scans en de beelden op CD;\n"
              "- een MRSA-uitslag, als u de afgelopen twee maanden in een ziekenhuis in het buitenland bent "
              "opgenomen of behandeld. Deze kweek regelt u via uw huisarts."),
        ("p", "Neem op de dag zelf uw legitimatiebewijs, uw verzekeringspas en een actueel medicatieoverzicht mee."),
        ("p", "Bent u verhinderd? Meld dit dan minimaal 24 uur van tevoren via 030-5553300."),
        ("sig", ["Met vriendelijke groet,", "", "Afdeling Planning", CLINIC]),
    ],
    label=label([], "2026-11-20", "other", "nl", "clinic appointment confirmation letter (DOCX)",
                "unmentioned", "unmentioned", "unmentioned",
                "Appointment letter full of checklist keywords (verwijsbrief, operatieverslagen, MRSA, buitenland) "
                "in conditional form; appointment date 8 december 2026 after letter date."),
))

# ---------------------------------------------------------------------------------------------- vd-016
DOCS.append(dict(
    stem="vd-016", fmt="txt",
    opts={"crlf": True},
    text="""
Uitdraai journaal                                              Gezondheidscentrum Vaartsche Rijn
Datum uitdraai: 14-11-2026                                     Vaartsche Rijn 101, 3523 BN Utrecht
Patiënt: Mw. I. (Iris) Lambrechts        Geb.: 15-11-1974       Huisarts: P. van Oort
Periode: 01-01-2025 - 14-11-2026                               Filter: alle contacten

Datum       Type  Regel
----------  ----  ------------------------------------------------------------------------
28-01-2025  C     S: hoest 3 wk, niet benauwd. O: long: VAG, geen crepitaties. E: R05 hoest.
                  P: uitleg beloop, geen antibiotica.
12-08-2025  C     S: terug van vakantie Turkije, daar enkel li verzwikt, geen arts bezocht.
                  O: enkel li licht gezwollen, Ottawa neg. E: L77 distorsie enkel li. P: tape.
03-03-2026  C     S: sinds 2 mnd knobbeltje dorsale zijde pols li, soms pijnlijk bij steunen.
                  O: soepele zwelling 1,5 cm dorsaal pols li, transilluminatie pos, beweeglijk.
                  E: L87 ganglion pols li. P: uitleg, afwachten, terug bij toename.
15-04-2026  C     Uitstrijkje BVO afgenomen.
19-05-2026  C     S: ganglion groter, pijn bij yoga (steunen op handen). O: 2 cm, drukpijnlijk.
                  E: L87 ganglion pols li. P: echo pols li aangevraagd.
02-06-2026  U     Uitslag echo pols li (Radiologie Ziekenhuis Oudwijk): dorsaal ganglion
                  19 x 12 mm uitgaand van het SL-gewricht, geen andere afwijkingen.
10-06-2026  C     P: verwijzing plastische chirurgie Ziekenhuis Oudwijk (ZorgDomein).
22-07-2026  B     Brief specialist ontvangen: plastisch chirurg dr. M. Nooteboom: ganglion pols li,
                  aspiratie verricht op poli, bij recidief evt. excisie te overwegen.
14-09-2026  C     S: knobbel weer terug sinds 3 wk, pijn. O: ganglion 1,5 cm dorsaal li.
                  E: L87 recidief ganglion li. P: overleg plastisch chirurg.
09-10-2026  C     S: plastisch chirurg wil nu niet opereren (advies afwachten), pt. wil wel
                  excisie en vraagt om een second opinion. Pt. is nooit geopereerd aan de hand.
                  E: L87. P: verwijzing Kliniek Oosterlaan, second opinion handchirurgie.
23-10-2026  C     Griepvaccinatie.
14-11-2026  A     Uitdraai journaal gemaakt op verzoek van Kliniek Oosterlaan.

Legenda: C = consult, U = uitslag, B = brief, A = administratief
""",
    label=label(["history"], "2026-11-14", "gp", "nl", "HIS journal printout (Uitdraai journaal), CRLF text",
                "yes", "no", "no",
                "Birth date 15-11-1974 one day after print date 14-11-2026; aspiration is not an operation; "
                "'nooit geopereerd aan de hand'; holiday in Turkey with sprained ankle and explicitly no doctor; "
                "journal 'verwijzing' lines are not referrals."),
))

# ---------------------------------------------------------------------------------------------- vd-017
DOCS.append(dict(
    stem="vd-017", fmt="pdf",
    opts=dict(font="helv", size=10,
              fax="25-08-2026 14:31   FAX +31 45 5550199   RADIOLOGIE HEUVELLAND                 P.00{page}/00{pages}",
              footer="Ziekenhuis Heuvelland - Medische Beeldvorming - Akerstraat 12, 6411 HA Heerlen",
              meta=dict(title="Uitslag", creator="RIS")),
    blocks=[
        ("letterhead", {"name": "Ziekenhuis Heuvelland", "sub": ["Medische Beeldvorming"],
                        "lines": ["Akerstraat 12, 6411 HA Heerlen", "Secretariaat 045-5550190"], "rule": False}),
        ("title", "Uitslag", {"size": 12}),
        ("kv2",
         [("Naam", "Mw. C. (Chantal) Lemmens"), ("Geb. datum", "19-08-2001"), ("Pat.nr.", "8820114"),
          ("Adres", "Schaesbergerweg 3, 6415 AA Heerlen")],
         [("Aanvrager", "J. Lemmens, huisarts, Heerlen"), ("Onderzoek", "X-hand links (2 richtingen)"),
          ("Datum onderzoek", "25-08-2026"), ("Ordernr.", "HV-26-551902")]),
        ("h", "Klinische gegevens"),
        ("p", "Val op uitgestrekte linkerhand 24-08. Drukpijn MC-V. Fractuur?"),
        ("h", "Verslag"),
        ("p", "Geen eerder onderzoek ter vergelijking.\nGeen fractuur. Geen luxatie. Normale uitlijning van "
              "de carpus en de metacarpalia. Weke delen zwelling ulnaire zijde ter hoogte van MCP-V. "
              "Geen corpus alienum."),
        ("h", "Conclusie"),
        ("p", "Geen fractuur van de linkerhand. Bij aanhoudende klachten na 10-14 dagen eventueel herhalen."),
        ("sig", ["dr. T. Meijers, radioloog", "Geautoriseerd 25-08-2026 13:58"]),
    ],
    label=label(["imaging-report"], "2026-08-25", "radiologist", "nl",
                "radiology result ('Uitslag') with fax header line, two-column header fields",
                "yes", "unmentioned", "unmentioned",
                "Fax header with send time on top of the page; birth date 19-08-2001 close to exam date; requester "
                "is the GP (same surname as patient); the accident date 24-08 without a year."),
))

# ---------------------------------------------------------------------------------------------- vd-018
DOCS.append(dict(
    stem="vd-018", fmt="docx",
    opts=dict(font="Arial", size=10,
              footer="Ziekenhuis Valleirand - Orthopedie - Willy Brandtlaan 8, 6716 RP Ede - 0318-5557000",
              meta=dict(author="Orthopedie Valleirand", title="Verwijzing second opinion")),
    blocks=[
        ("letterhead", {"name": "Ziekenhuis Valleirand", "sub": ["Orthopedie - Hand- en polsteam"],
                        "lines": ["Willy Brandtlaan 8", "6716 RP Ede", "0318-5557000"],
                        "logo": "square", "color": (0, 60, 120)}),
        ("kv", [("Aan", CLINIC + "\nt.a.v. dr. S. Bruggink, handchirurg\n" + ", ".join(CLINIC_ADDR)),
                ("Datum", "9 november 2026"), ("Ons kenmerk", "ORT/PS/26-4410"), ("Uw kenmerk", "-"),
                ("Betreft", "Dhr. D. (Dennis) Schouten, geb. 11-09-1996, patiëntnr. 5518420"),
                ("Kopie", "huisarts D. Vos, Bennekom; patiënt")], {"grid": False, "lw": 30}),
        ("title", "Verwijzing voor second opinion", {"size": 12}),
        ("p", "Geachte collega Bruggink, beste Sander,"),
        ("p", "Hierbij verwijs ik bovengenoemde 30-jarige patiënt naar je voor een tweede mening over de "
              "behandeling van zijn rechterpols."),
        ("h", "Anamnese"),
        ("p", "Rechtshandige hovenier, in mei 2026 van een ladder gevallen op de rechterhand. Sindsdien pijn "
              "dorsaal in de pols en een klikkend gevoel bij belasten. Conservatief behandeld met brace en "
              "handtherapie zonder resultaat. Patiënt is niet eerder aan de pols geopereerd; wel een "
              "artroscopie van de rechterknie in 2019."),
        ("h", "Lichamelijk onderzoek"),
        ("p", "Drukpijn over het SL-interval, scaphoid shift test van Watson positief met pijnlijke klik. "
              "Grijpkracht re 32 kg, li 51 kg."),
        ("h", "Aanvullend onderzoek"),
        ("p", "X-pols re met gebalde vuist (20-06-2026): SL-diastase van 4 mm, SL-hoek 70 graden.\n"
              "MRI pols re (04-08-2026): complete ruptuur van het dorsale deel van het SL-ligament, geen artrose."),
        ("h", "Conclusie"),
        ("p", "Dynamische SL-instabiliteit rechts na trauma, circa zes maanden oud."),
        ("h", "Vraagstelling"),
        ("p", "Komt patiënt naar jouw mening nog in aanmerking voor een SL-reconstructie, of adviseer je een "
              "andere procedure? Wij hebben in ons centrum beperkte ervaring met deze reconstructies en patiënt "
              "wil graag jouw mening. Beelden volgen via het PACS-uitwisselingsplatform; de verslagen zijn "
              "bijgevoegd."),
        ("sig", ["Met collegiale groet,", "", "drs. P. Smits, orthopedisch chirurg"]),
    ],
    label=label(["referral", "correspondence"], "2026-11-09", "specialist", "nl",
                "specialist referral letter with outpatient-letter sections, header fields in a DOCX table",
                "yes", "no", "unmentioned",
                "A treating orthopaedic surgeon refers for a second opinion, so both referral and specialist "
                "correspondence (judgement call); 'niet eerder aan de pols geopereerd' with a knee arthroscopy as "
                "distractor; birth date in the Betreft cell.",
                referral_question=True),
))
