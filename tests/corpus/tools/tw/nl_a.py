"""Dutch documents tw-001 .. tw-018 (all patients, practitioners and addresses invented)."""
from common import L, P

DOCS = []


def add(stem, fmt, label, body=None, opts=None, parts=None):
    d = {"stem": stem, "fmt": fmt, "label": label, "opts": opts or {}}
    if parts is not None:
        d["parts"] = parts
    else:
        d["body"] = body
    DOCS.append(d)


# ---------------------------------------------------------------- tw-001 Zorgdomein referral + history
add("tw-001", "pdf",
    L(["referral", "history"], "2026-11-09", "gp", "nl", "zorgdomein four-column form printout, Afgedrukt-op footer",
      "yes", "unmentioned", "unmentioned",
      "ZorgDomein form without salutation; the question sits only in the Vraagstelling field; carries "
      "Relevante voorgeschiedenis + Recente behandelingen so it is also the history letter. Footer print "
      "date 17-11-2026 differs from Datum verwijzing 09-11-2026. Only operation of the patient is an appendectomy "
      "(other body part); the thumb arthrodeses were her mother's; artrodese is only advised (plan). Birth date sits in the same table as the referral date.",
      rq=True),
    [
        ("letterhead", ["ZorgDomein", "Verwijzing  |  Kenmerk ZD-81.446.207"], "right"),
        ("title", "Second opinion handchirurgie"),
        ("kv", [
            ("Verwijzer", "M.C. (Marloes) Terpstra, huisarts", "AGB-code", "01-052817"),
            ("Praktijk", "Huisartsenpraktijk De Linde\nLindelaan 4, 3818 GB Amersfoort", "Telefoon", "033-4617720"),
            ("Ontvanger", "Kliniek voor Hand- en Polschirurgie Zeist\nSecond opinion", "Specialisme", "Plastische chirurgie / handchirurgie"),
            ("Datum verwijzing", "09-11-2026", "Urgentie", "Regulier"),
        ], {"grid": True}),
        ("h", "Patiënt"),
        ("kv", [
            ("Naam", "Mevr. A.J. Verhoeven-Smit", "Geboortedatum", "14-07-1979"),
            ("Adres", "Van Lennepstraat 22\n3817 NK Amersfoort", "BSN", "999912437"),
            ("Verzekeraar", "Zilverland Zorgverzekeringen", "Polisnummer", "ZL 20418877"),
        ], {"grid": True}),
        ("h", "Reden van verwijzing"),
        ("p", "Persisterende pijn duimbasis rechts (dominante hand) bij CMC-1 artrose, ondanks spalk, "
              "handtherapie en twee injecties. Patiënte werkt als tandartsassistente en valt deels uit. Haar moeder "
              "had dezelfde klachten en werd aan beide duimen geopereerd (artrodese), met matig resultaat."),
        ("h", "Vraagstelling"),
        ("p", "Graag uw second opinion: is bij deze 47-jarige vrouw een trapeziectomie, een CMC-1 prothese of "
              "juist een artrodese te verkiezen? De behandelend orthopeed (Meander MC) adviseert artrodese; "
              "patiënte twijfelt omdat zij de beweeglijkheid van haar duim wil behouden."),
        ("h", "Relevante voorgeschiedenis"),
        ("table", [
            ("Datum", "ICPC", "Omschrijving"),
            ("1994", "D88", "Appendicitis - appendectomie"),
            ("03-2019", "T86", "Hypothyreoïdie"),
            ("11-2025", "L91", "Artrose CMC-1 rechts"),
            ("05-2026", "P76", "Depressieve gevoelens (lichte), POH-GGZ"),
        ], {"header": True}),
        ("h", "Recente behandelingen"),
        ("p", "02-2026 X-hand rechts (Meander MC): CMC-1 artrose Eaton-Littler III, STT-gewricht gespaard.\n"
              "03-2026 injectie corticosteroïd CMC-1 rechts door orthopeed Meander MC, effect 6 weken.\n"
              "03-2026 t/m 05-2026 handtherapie (12 zittingen), op maat gemaakte duimspalk.\n"
              "07-2026 tweede injectie, nu zonder effect.\n"
              "10-2026 poliklinisch consult orthopedie: artrodese CMC-1 geadviseerd."),
        ("h", "Medicatie"),
        ("p", "Levothyroxine 75 µg 1dd1; paracetamol 1000 mg zo nodig max 3dd; diclofenac gel 1% lokaal."),
        ("h", "Allergieën / contra-indicaties"),
        ("p", "Geen bekend."),
        ("h", "Bijlagen"),
        ("p", "Brief orthopedie Meander MC d.d. 14-10-2026; röntgenverslag 02-2026 (worden door patiënte meegenomen)."),
    ],
    {"footer": "Afgedrukt op 17-11-2026 10:42 door K. Smits  -  ZorgDomein  -  pagina {page} van {pages}",
     "font": "helv", "size": 9.5})

# ---------------------------------------------------------------- tw-002 Medicom professionele samenvatting
add("tw-002", "txt",
    L(["history"], "2026-11-24", "gp", "nl", "Medicom HIS printout: professionele samenvatting, episode list + SOEP journal",
      "yes", "yes", "unmentioned",
      "Print date (Datum uitdraai) is the only document date and shares the line with the birth date. Journal "
      "holds 'Verwijzing plastische chirurgie' and 'Brief specialist ontvangen' lines; the operation (CTS "
      "release 18-03-2025) appears only as a journal entry. Travel advice for Gambia is a trip, not care abroad. "
      "Echo/EMG mentioned in journal lines."),
    [
        ("pre",
         "Medicom                                                        Datum uitdraai: 24-11-2026 08:57\n"
         "PROFESSIONELE SAMENVATTING                                     Pagina 1\n"
         "-----------------------------------------------------------------------------------------------\n"
         "Patiënt  : Dhr. R.P. (Ruben) Koster            Geb.dat.: 02-03-1968 (58 jr)   M\n"
         "Adres    : Wilgenlaan 17, 6541 XK Nijmegen      Tel.: 06-41872290\n"
         "BSN      : 999934561                           Verzekeraar: Coöperatie Maas-Waal Zorg\n"
         "Huisarts : M.E. Brouwers                        Gezondheidscentrum Hatert, Nijmegen\n"
         "-----------------------------------------------------------------------------------------------\n"
         "\n"
         "EPISODELIJST (actief)\n"
         "  ICPC    Omschrijving                                 Begin        Attentie\n"
         "  N93     Carpaletunnelsyndroom rechts                 11-10-2024   *\n"
         "  T90.02  Diabetes mellitus type 2                     05-2016\n"
         "  K86     Hypertensie zonder orgaanbeschadiging        2012\n"
         "  L87     Ganglion pols links                          09-2026\n"
         "\n"
         "EPISODELIJST (inactief)\n"
         "  L81     Distorsie enkel rechts                       2019 - 2019\n"
         "  S18     Snijwond D2 links                            2021 - 2021\n"
         "\n"
         "MEDICATIE (actueel)\n"
         "  METFORMINE TABLET 500MG        2 dd 1 tablet\n"
         "  PERINDOPRIL TABLET 4MG         1 dd 1 tablet\n"
         "  ATORVASTATINE TABLET 20MG      1 dd 1 tablet\n"
         "\n"
         "INTOLERANTIES / CONTRA-INDICATIES\n"
         "  Geen geregistreerd.\n"
         "\n"
         "JOURNAAL (laatste 24 maanden, episode N93 en L87)\n"
         "11-10-2024 MB  S: sinds 2 mnd tintelingen D1-D3 re, 's nachts wakker, schudt hand. Werk: monteur.\n"
         "               O: Phalen +, Tinel + re, geen atrofie thenar. Sens. intact.\n"
         "               E: N93 CTS re\n"
         "               P: nachtspalk, uitleg. Ctr 6 wk.\n"
         "29-11-2024 MB  S: spalk helpt matig. O: idem. E: N93 P: verwijzing neurologie voor EMG.\n"
         "               Verwijzing: neurologie CWZ (ZorgDomein)\n"
         "14-01-2025 MB  Brief specialist ontvangen: neurologie CWZ, EMG: matig-ernstig CTS re, li licht.\n"
         "15-01-2025 MB  P: verwijzing plastische chirurgie CWZ i.o.m. patiënt.\n"
         "               Verwijzing: plastische chirurgie CWZ\n"
         "18-03-2025 --  Brief specialist ontvangen: plastische chirurgie CWZ - open CTS-release re\n"
         "               18-03-2025 (dr. A. Halsema), ongecompliceerd, hechtingen eruit 12 dgn.\n"
         "31-03-2025 AS  (doktersassistente) hechtingen verwijderd, wond rustig.\n"
         "02-06-2025 MB  S: na OK eerst goed, nu weer tintelingen D2-D3 re, pijn litteken.\n"
         "               O: litteken drukpijnlijk, Tinel + over litteken. E: N93 rest/recidief CTS?\n"
         "               P: afwachten 3 mnd, evt. terugverwijzen.\n"
         "04-09-2025 MB  S: klachten persisterend. P: brief plastische chirurgie, herbeoordeling.\n"
         "21-11-2025 --  Brief specialist ontvangen: plastisch chirurg, echo pols re: n. medianus\n"
         "               verdikt t.h.v. ingang canalis, geen ganglion. Conservatief, nieuwe EMG 6 mnd.\n"
         "03-02-2026 PV  (POH) DM-controle: HbA1c 54, RR 138/84. Voetonderzoek sims 0.\n"
         "12-05-2026 --  Brief specialist ontvangen: neurologie CWZ - EMG: CTS re onveranderd t.o.v. 01-2025.\n"
         "30-06-2026 MB  Reizigersadvisering: 3 wk naar Gambia (familiebezoek). Hep A + DTP gegeven,\n"
         "               malariaprofylaxe atovaquon/proguanil voorgeschreven.\n"
         "22-09-2026 MB  S: bultje dorsaal li pols sinds vakantie, niet pijnlijk. O: 1 cm, glad, transilluminatie +.\n"
         "               E: L87 ganglion pols li  P: uitleg, afwachten.\n"
         "05-11-2026 MB  S: wil second opinion re hand, vertrouwt CWZ niet meer na 2 jaar klachten.\n"
         "               O: atrofie thenar re gering, 2PD D2 8 mm. E: N93 persisterend CTS na release\n"
         "               P: verwijzing second opinion handchirurgie; patiënt regelt zelf afspraak.\n"
         "               Verwijzing: Second opinion handchirurgie (ZorgDomein)\n"
         "\n"
         "-- einde uitdraai --  Medicom  -  Gezondheidscentrum Hatert  -  vertrouwelijk\n"),
    ],
    {"txt_wrap": 0})

# ---------------------------------------------------------------- tw-003 GP letter, huisarts in opleiding namens
add("tw-003", "docx",
    L(["referral"], "2026-10-28", "gp", "nl", "free GP letter in Word, signed by huisarts-in-opleiding namens the GP",
      "yes", "no", "no",
      "Written by a GP trainee (huisarts in opleiding) 'namens' the practice GP: still a GP referral. Birth "
      "date directly under the title. Injury happened on holiday in Morocco but no care there; first care "
      "at a Dutch SEH (treated_abroad no). 'nooit aan de pols geopereerd' is a negation; the arthroscopy is "
      "only a question. Course in prose, no separate history section, so not labelled history.",
      rq=True),
    [
        ("letterhead", ["Huisartsenpraktijk Kralingen", "Oudedijk 118a, 3061 AP Rotterdam",
                        "T 010-4128870  |  AGB 01-048113"], "left"),
        ("title", "VERWIJSBRIEF"),
        ("p", "<b>Mevr. S. el Idrissi</b>, geb. 21-09-1990\nVan Beethovensingel 41, 3061 HL Rotterdam"),
        ("kv", [("Aan", "Kliniek voor Hand- en Polschirurgie Zeist, t.a.v. polikliniek second opinion"),
                ("Datum", "Rotterdam, 28 oktober 2026"),
                ("Betreft", "verzoek second opinion ulnaire polspijn links")], {"grid": False}),
        ("p", "Geachte collega,"),
        ("p", "Hierbij verwijs ik mevrouw El Idrissi, 36 jaar, rechtshandig, pedagogisch medewerker. In juli 2025 "
              "viel zij tijdens een vakantie in Marokko op de uitgestrekte linkerhand. Zij heeft daar geen arts of "
              "ziekenhuis bezocht; na terugkomst werd zij op 04-08-2025 op de SEH van het Maasstad Ziekenhuis "
              "gezien, waar de röntgenfoto geen fractuur liet zien. Zij kreeg een onderarmbrace."),
        ("p", "Bij aanhoudende ulnaire polspijn, vooral bij draaien en steunen (opstaan uit een stoel), is in juni "
              "2026 via de orthopeed van het Maasstad een MRI van de linkerpols gemaakt: TFCC-laesie (Palmer 1B), "
              "geen ulna-plus-variant. De orthopeed adviseerde voortzetting van de conservatieve behandeling "
              "(brace, handtherapie) en eventueel over een half jaar opnieuw te beoordelen. Zij is nooit aan de "
              "pols geopereerd en heeft geen injecties gehad."),
        ("p", "Patiënte is inmiddels ruim 15 maanden beperkt in haar werk en wil graag weten of er andere opties zijn."),
        ("p", "<b>Vraagstelling:</b> graag uw second opinion. Is er bij deze jonge vrouw met persisterende ulnaire "
              "polspijn na TFCC-letsel een indicatie voor artroscopie (en eventueel hechting), of is verder "
              "conservatief beleid te verdedigen?"),
        ("p", "Medicatie: salbutamol inhalator zo nodig (astma). Allergieën: penicilline (exantheem)."),
        ("p", "De MRI-beelden en het verslag heeft patiënte bij de afdeling radiologie opgevraagd."),
        ("p", "Met vriendelijke groet,"),
        ("sp", 1),
        ("p", "H.M. de Boer\nhuisarts in opleiding\nnamens dr. P.J. van Vliet, huisarts"),
    ],
    {"footer": "Huisartsenpraktijk Kralingen  -  vertrouwelijk medisch", "docx_author": "hdeboer"})

# ---------------------------------------------------------------- tw-004 PA letter with signature table
add("tw-004", "pdf",
    L(["correspondence"], "2026-10-14", "specialist", "nl",
      "HiX-like outpatient letter, plastische chirurgie; physician assistant + supervising surgeon in a signature table",
      "yes", "unmentioned", "unmentioned",
      "Written by a physician assistant and co-signed by the plastic surgeon (two names side by side in a table). "
      "Three dates near the top: Datum 14-10-2026, consult 09-10-2026 and dictation/typing line at the bottom. "
      "Scaphoid revision surgery is only discussed (plan); the only past operation is a knee ACL reconstruction "
      "(other body part). X-ray and CT mentioned under Aanvullend onderzoek.",
      also=["2026-10-09", "2026-10-13"]),
    [
        ("letterhead", ["Rijnstate", "Plastische, Reconstructieve en Handchirurgie",
                        "Wagnerlaan 55, 6815 AD Arnhem", "Polikliniek: 088-0057710"], "right"),
        ("kv", [("Aan", "De weledelgeleerde heer J.F. Wassink, huisarts\nDorpsstraat 9\n6881 AK Velp"),
                ("Ons kenmerk", "PLC/LK/2026-10418"),
                ("Datum", "14 oktober 2026"),
                ("Betreft", "Dhr. T. Jansen, geb. 05-12-1985, patiëntnr. 4471203\nPolikliniekbezoek 09-10-2026")],
         {"grid": False}),
        ("p", "Geachte collega,"),
        ("p", "Op 9 oktober zagen wij uw patiënt, de heer Jansen, op ons spreekuur in verband met aanhoudende "
              "pijn in de linkerpols."),
        ("h", "Anamnese"),
        ("p", "Ruim een jaar geleden (augustus 2025) val op de linkerhand tijdens voetbal. Destijds geen "
              "röntgenfoto. Sindsdien pijn radiaal in de pols bij steunen en opdrukken; werk als elektricien "
              "lukt moeizaam. Voorgeschiedenis: VKB-reconstructie knie links (2018). Geen medicatie. Rookt 10 sig/dag."),
        ("h", "Lichamelijk onderzoek"),
        ("p", "Linkerpols: drukpijn tabatière anatomique, scaphoid-compressietest positief. Extensie 50°, "
              "flexie 45° (rechts 70/75). Knijpkracht (Jamar) links 28 kg, rechts 46 kg."),
        ("h", "Aanvullend onderzoek"),
        ("p", "X-pols links (scaphoidserie, 09-10-2026): pseudartrose van het scaphoid op het middelste derde "
              "deel met sclerotische fractuurranden, geen collaps. CT-pols links (09-10-2026): bevestigt "
              "pseudartrose, humpback-deformiteit 35°, geen tekenen van avasculaire necrose."),
        ("h", "Conclusie"),
        ("p", "Scaphoid-pseudartrose links, ongeveer 14 maanden na trauma, zonder SNAC-artrose."),
        ("h", "Beleid"),
        ("p", "Wij hebben de heer Jansen uitgelegd dat spontane consolidatie niet meer te verwachten is en een "
              "operatie geadviseerd: revisie met cortico-spongieus bottransplantaat uit de crista iliaca en "
              "schroeffixatie. Patiënt wil eerst een second opinion elders en neemt na afloop contact met ons "
              "op. Hij is geadviseerd te stoppen met roken. Beelden zijn op verzoek op cd meegegeven."),
        ("p", "Met vriendelijke groet,"),
        ("sig", [["L. Kuipers, MSc", "physician assistant plastische chirurgie"],
                 ["Dr. M.A. Wolters", "plastisch chirurg, supervisor"]]),
        ("small", "cc: patiënt\nGedicteerd: 09-10-2026  /  Getypt: 13-10-2026 (sec. IB)  /  Geautoriseerd: 14-10-2026"),
    ],
    {"logo": "#8a1538", "footer": "Rijnstate  |  Plastische chirurgie  |  Dhr. T. Jansen 05-12-1985  |  {page}/{pages}"})

# ---------------------------------------------------------------- tw-005 radiology, two exams + comparison
add("tw-005", "pdf",
    L(["imaging-report"], "2026-09-09", "radiologist", "nl",
      "hospital radiology report with two exams (X-ray + echo) in one verslag, comparison with 2024",
      "yes", "yes", "unmentioned",
      "Two exams with different exam dates (X 02-09-2026, echo 09-09-2026) in one report; comparison with an "
      "X-ray of 14-03-2024 adds a third date. Aanvrager is the GP (requester, not referrer); the Vraagstelling "
      "is the GP's question to radiology, not a referral. The past ganglion excision on the same wrist "
      "appears only in the clinical information. Signed by a radiology resident with supervisor.",
      also=["2026-09-02"]),
    [
        ("letterhead", ["Ziekenhuis Gelderse Vallei", "Afdeling Radiologie",
                        "Willy Brandtlaan 10, 6716 RP Ede"], "left"),
        ("title", "RADIOLOGISCH ONDERZOEK"),
        ("kv", [("Patiënt", "E. van Dijk", "Geb. datum", "30-01-1972"),
                ("Patiëntnummer", "6610385", "Geslacht", "V"),
                ("Aanvrager", "K. Bos, huisarts, Wageningen", "Afdeling", "Huisartsen (eerste lijn)"),
                ("Datum verslag", "09-09-2026", "Status", "Definitief")], {"grid": True}),
        ("h", "Klinische gegevens / vraagstelling"),
        ("p", "Zwelling dorsaal rechterpols sinds 3 mnd, wisselend van grootte. St.na ganglionextirpatie rechterpols "
              "2019 (elders). Recidief ganglion? Andere afwijking?"),
        ("h", "Onderzoek 1: X-pols rechts, 3 richtingen    Datum onderzoek: 02-09-2026"),
        ("p", "Vergeleken met X-pols rechts d.d. 14-03-2024. Normale stand van de carpus, geen scafolunaire "
              "diastase (SL-afstand 2 mm). Geen fractuur. Geringe degeneratieve veranderingen STT-gewricht, "
              "ongewijzigd. Geen weke-delenverkalkingen."),
        ("h", "Onderzoek 2: Echografie pols rechts dorsaal    Datum onderzoek: 09-09-2026"),
        ("p", "Dorsaal ter hoogte van het scafolunaire interval een multiloculaire, anechogene structuur van "
              "14 x 9 x 8 mm met een smalle steel richting het SL-ligament. Geen doppler-signaal. Extensorpezen "
              "intact. Geen tenosynovitis."),
        ("h", "Conclusie"),
        ("p", "1. Recidief dorsaal ganglion uitgaande van het scafolunaire gewricht, 14 mm.\n"
              "2. Geen ossale afwijkingen; beeld van de pols gelijk aan 2024."),
        ("p", "A. Ramdin, AIOS radiologie\nSupervisor: dr. E. Veldkamp, radioloog\nGeautoriseerd 09-09-2026 15:26"),
    ],
    {"footer": "Uitgeprint: 11-09-2026  |  Gelderse Vallei  |  E. van Dijk  30-01-1972", "font": "times"})

# ---------------------------------------------------------------- tw-006 MRSA screening, hospital lab table
add("tw-006", "pdf",
    L(["mrsa-screening"], "2026-11-19", "lab", "nl",
      "medische microbiologie result, table with neus/keel/perineum kweek + PCR",
      "unmentioned", "yes", "yes",
      "Real MRSA screening result: Afnamedatum 16-11-2026, Ontvangstdatum 17-11-2026, final result 19-11-2026 "
      "(date taken as validation date, sampling date also given). Clinical information states admission and "
      "hand surgery in Izmir (Turkey) - the reason for the screening. PCR and culture both reported, "
      "'niet aangetoond' rather than 'negatief'.",
      also=["2026-11-16"]),
    [
        ("letterhead", ["Isala", "Laboratorium voor Medische Microbiologie en Infectieziekten",
                        "Dokter van Heesweg 2, 8025 AB Zwolle", "Telefoon 038-4245000"], "left"),
        ("title", "Uitslag microbiologisch onderzoek"),
        ("kv", [("Patiënt", "Dhr. M. Yilmaz", "Geboortedatum", "11-08-1964"),
                ("Labnummer", "Z26-118734", "BSN", "999952317"),
                ("Aanvrager", "F.H. Oosterveld, huisarts, Kampen", "Kopie aan", "-"),
                ("Afnamedatum", "16-11-2026 09:10", "Ontvangstdatum", "17-11-2026 07:45"),
                ("Uitslag definitief", "19-11-2026 14:02", "Status", "Eindrapport")], {"grid": True}),
        ("h", "Klinische gegevens"),
        ("p", "MRSA-screening i.v.m. recente opname in het buitenland: 10-2026 opgenomen in ziekenhuis in Izmir "
              "(Turkije), aldaar geopereerd aan de rechterhand (peesletsel). Verwijzing naar handchirurgie gepland."),
        ("h", "Onderzoek: MRSA-screening"),
        ("table", [
            ("Materiaal", "Bepaling", "Uitslag", "Opmerking"),
            ("Neus (vestibulum nasi)", "MRSA PCR (mecA/mecC + SCCmec)", "Niet aangetoond", ""),
            ("Keel", "MRSA PCR", "Niet aangetoond", ""),
            ("Perineum", "MRSA PCR", "Niet aangetoond", ""),
            ("Neus + keel + perineum", "MRSA kweek (ophoping, 48 uur)", "Niet aangetoond", "Geen S. aureus-groei"),
            ("Wond rechterhand (dorsaal)", "MRSA kweek", "Niet aangetoond", "Wel groei huidflora"),
        ], {"header": True, "widths": [0.24, 0.32, 0.18, 0.26]}),
        ("h", "Conclusie"),
        ("p", "MRSA-screening negatief: in alle ingezonden materialen geen MRSA aangetoond (PCR en kweek)."),
        ("p", "Gevalideerd door: dr. W.T. Brink, arts-microbioloog"),
    ],
    {"footer": "Isala Medische Microbiologie  -  Labnr Z26-118734  -  pagina {page} van {pages}", "size": 9.5})

# ---------------------------------------------------------------- tw-007 lab printout, no MRSA
add("tw-007", "txt",
    L([], "2026-11-03", "lab", "nl",
      "huisartsenlaboratorium cumulative result printout (blood, HbA1c, urine), fixed-width",
      "unmentioned", "unmentioned", "unmentioned",
      "Ordinary lab results (blood count, CRP, HbA1c, kidney function, urine) - not an MRSA screening. "
      "The remark that MRSA material was received and the result follows separately is a tempting mention, "
      "not a result. Request date, sample date and report date differ.",
      also=["2026-10-30"]),
    [
        ("pre",
         "HUISARTSENLABORATORIUM REGIO ZUID  -  Locatie Tilburg            Rapportdatum: 03-11-2026\n"
         "===========================================================================================\n"
         "Patiënt      : Mevr. W.M. (Wilma) van Gorp          Geb.: 27-10-1957   V\n"
         "Adres        : Hasseltstraat 210, 5046 LK Tilburg\n"
         "Aanvrager    : J.A.M. Verhagen, huisarts, Huisartsenpraktijk Reeshof\n"
         "Aanvraagdatum: 29-10-2026     Afname: 30-10-2026 08:12     Ordernr: 26-4418051\n"
         "Klin. gegev. : pijnlijke zwelling MCP-gewrichten beide handen, ochtendstijfheid. RA? DM-controle.\n"
         "-------------------------------------------------------------------------------------------\n"
         "HEMATOLOGIE                      Uitslag     Eenheid      Referentie    Vorige (12-05-2026)\n"
         "  Hemoglobine                    7.9         mmol/L       7.5 - 10.0    8.1\n"
         "  Leukocyten                     8.4         10^9/L       4.0 - 10.0    7.2\n"
         "  Trombocyten                    355         10^9/L       150 - 400     310\n"
         "  BSE                            34 H        mm/uur       < 30          18\n"
         "CHEMIE\n"
         "  CRP                            17 H        mg/L         < 10          4\n"
         "  Glucose nuchter                8.6 H       mmol/L       4.0 - 6.1     8.1\n"
         "  HbA1c                          58 H        mmol/mol     < 53          55\n"
         "  Kreatinine                     78          umol/L       50 - 90       74\n"
         "  eGFR (CKD-EPI)                 72          mL/min/1.73  > 60          77\n"
         "  Urinezuur                      0.31        mmol/L       0.15 - 0.35\n"
         "SEROLOGIE\n"
         "  Reumafactor (IgM)              28 H        kU/L         < 15\n"
         "  Anti-CCP                       > 340 H     U/mL         < 7\n"
         "URINE (portie)\n"
         "  Glucose (stick)                negatief\n"
         "  Eiwit (stick)                  spoor\n"
         "  Albumine/kreatinine ratio      2.1         mg/mmol      < 2.5\n"
         "-------------------------------------------------------------------------------------------\n"
         "Opmerking lab: materiaal voor MRSA-screening (neus/keel/perineum) is op 30-10-2026 ontvangen en\n"
         "               doorgestuurd naar het laboratorium medische microbiologie; uitslag volgt separaat.\n"
         "H = hoger dan referentiewaarde.  Geautoriseerd: ing. P. de Kort / drs. L. Aarts, klinisch chemicus\n"
         "Pagina 1 van 1\n"),
    ],
    {"txt_wrap": 0})

# ---------------------------------------------------------------- tw-008 OK-verslag checkbox form (docx)
add("tw-008", "docx",
    L(["operation-report"], "2026-06-22", "specialist", "nl",
      "Word operation report form with checkboxes (WALANT, combined trigger finger + CTS release)",
      "unmentioned", "yes", "unmentioned",
      "Form with ticked/unticked boxes: only ticked options are true (e.g. plexus and general anaesthesia "
      "unticked). No salutation; date only in 'Datum operatie' and the authorisation line. Co-signed by a "
      "resident as assistant."),
    [
        ("letterhead", ["Zuyderland Medisch Centrum", "Plastische chirurgie / Handchirurgie",
                        "Locatie Heerlen, Henri Dunantstraat 5, 6419 PC Heerlen"], "right"),
        ("title", "OPERATIEVERSLAG"),
        ("kv", [("Patiënt", "Mevr. G. Hermans", "Geboortedatum", "08-04-1958"),
                ("Patiëntnummer", "3390177", "Zijde", "Links"),
                ("Datum operatie", "22-06-2026", "OK / tijd", "OK 7, 10:05 - 10:41"),
                ("Operateur", "Dr. S.J.M. Pluijmen, plastisch chirurg", "Assistent", "R. Vaessen, AIOS plastische chirurgie")],
         {"grid": True}),
        ("h", "Anesthesie"),
        ("check", [(False, "Algehele anesthesie"), (False, "Plexus brachialis-blokkade"),
                   (True, "WALANT (lidocaïne 1% met adrenaline 1:100.000, 15 ml)"), (False, "Bier-blok")]),
        ("h", "Indicatie"),
        ("p", "Triggerfinger D3 links (Green graad III) en carpaletunnelsyndroom links, EMG-bevestigd (03-2026); "
              "onvoldoende effect van injectie en spalk."),
        ("h", "Ingreep"),
        ("check", [(True, "A1-pulley-release D3 links"), (True, "Open carpaletunnel-release links"),
                   (False, "Endoscopische release"), (False, "Tenosynovectomie")]),
        ("h", "Bloedleegte"),
        ("check", [(True, "Nee (WALANT)"), (False, "Ja, manchet bovenarm ___ mmHg, ___ min")]),
        ("h", "Verloop / beschrijving"),
        ("p", "Na 30 minuten inwerktijd. Longitudinale incisie over A1-pulley D3, A1-pulley onder zicht volledig "
              "gekliefd; actief vrij buigen en strekken door patiënte zonder triggering. Vervolgens incisie van "
              "3 cm in de handpalm in lijn met de radiale zijde van D4; lig. carpi transversum volledig gekliefd "
              "onder geleide van een Hohmann; n. medianus vernauwd en hyperemisch, motorische tak intact. "
              "Hemostase. Huid gesloten met Ethilon 4-0 (Donati)."),
        ("h", "Complicaties"),
        ("check", [(True, "Geen"), (False, "Ja, namelijk:")]),
        ("h", "Nabehandeling"),
        ("p", "Drukverband 2 dagen, daarna pleister. Hand hoog houden, vingers bewegen. Hechtingen verwijderen "
              "na 12 dagen bij de huisarts. Controle PA-spreekuur na 6 weken."),
        ("small", "Elektronisch geautoriseerd door S.J.M. Pluijmen op 22-06-2026 11:02"),
    ],
    {"footer": "Zuyderland MC  -  operatieverslag  -  G. Hermans, 08-04-1958", "size": 10})

# ---------------------------------------------------------------- tw-009 ontslagbrief with OK-verslag
add("tw-009", "pdf",
    L(["correspondence", "operation-report"], "2026-08-06", "specialist", "nl",
      "Klinische brief (discharge letter) with a complete operation report section",
      "yes", "yes", "unmentioned",
      "Discharge letter that embeds a full OK-verslag (date, operator, assistant, anaesthesia, description), so it "
      "is both correspondence and operation report. Admission 03-08, operation 04-08, discharge 05-08, letter "
      "06-08. Signed by an ANIOS (resident not in training) with the trauma surgeon as supervisor.",
      also=[]),
    [
        ("letterhead", ["Spaarne Gasthuis", "Heelkunde - Traumachirurgie",
                        "Boerhaavelaan 22, 2035 RC Haarlem"], "left"),
        ("kv", [("Aan", "Mw. dr. E.C. Hoogland, huisarts\nZijlweg 140, 2015 BK Haarlem"),
                ("Datum", "06-08-2026"),
                ("Betreft", "Mevr. L. Brouwer, geb. 19-05-1961\nOpname 03-08-2026 t/m 05-08-2026, afdeling B3")],
         {"grid": False}),
        ("title", "Klinische brief"),
        ("p", "Geachte collega,"),
        ("p", "Bovengenoemde patiënte was van 3 tot en met 5 augustus 2026 opgenomen op onze afdeling."),
        ("h", "Opnamediagnose"),
        ("p", "Intra-articulaire distale radiusfractuur rechts (AO 23-C1), dorsaal gekanteld, na val van de fiets."),
        ("h", "Anamnese"),
        ("p", "Op 3 augustus in Haarlem-Noord met de fiets gevallen op de uitgestrekte rechterhand. Voorgeschiedenis: "
              "osteopenie (2022), hypertensie."),
        ("h", "Aanvullend onderzoek"),
        ("p", "X-pols rechts: intra-articulaire distale radiusfractuur met 25° dorsale kanteling en 4 mm verkorting. "
              "CT-pols rechts (03-08-2026): twee intra-articulaire fragmenten, stap 2 mm in de fossa lunata."),
        ("h", "Beloop"),
        ("p", "Gesloten repositie op de SEH gaf onvoldoende stand. Na overleg operatieve behandeling op 4 augustus. "
              "Postoperatief ongecompliceerd beloop, controle-X goed. Ontslag op dag 1 postoperatief."),
        ("h", "Operatieverslag"),
        ("kv", [("Datum operatie", "04-08-2026"),
                ("Operateur", "Drs. B.K. Ruiter, traumachirurg"),
                ("Assistent", "Drs. N. Achterberg, ANIOS chirurgie"),
                ("Anesthesie", "Plexus supraclaviculair + sedatie (anesthesioloog dr. Q. Mulder)"),
                ("Ingreep", "Open repositie en interne fixatie (ORIF) distale radius rechts met volaire "
                            "hoekstabiele plaat (2.4 mm, 3-gaats schacht)")], {"grid": False}),
        ("p", "Rugligging, arm op armtafel, bloedleegte 250 mmHg (58 min). Gemodificeerde Henry-benadering; "
              "FCR-peesschede geopend, m. pronator quadratus L-vormig losgemaakt. Fractuur gereponeerd onder "
              "doorlichting, tijdelijke K-draad. Volaire plaat geplaatst, distaal 6 hoekstabiele schroeven, "
              "proximaal 3 corticale schroeven. Doorlichting: goede stand, geen intra-articulaire schroeven. "
              "Pronator quadratus gehecht, huid intracutaan Monocryl 4-0. Bloedverlies minimaal. Geen complicaties."),
        ("h", "Medicatie bij ontslag"),
        ("p", "Paracetamol 1000 mg 4dd; naproxen 250 mg 2dd 5 dagen met pantoprazol 40 mg 1dd; "
              "amlodipine 5 mg 1dd (ongewijzigd)."),
        ("h", "Beleid"),
        ("p", "Onderarmspalk 2 weken, daarna handtherapie. Controle polikliniek traumachirurgie over 2 weken met "
              "X-pols. Hechtingen resorbeerbaar."),
        ("p", "Met vriendelijke groet,"),
        ("p", "N. Achterberg, ANIOS chirurgie\nSupervisor: B.K. Ruiter, traumachirurg"),
        ("small", "cc: patiënte"),
    ],
    {"footer": "Spaarne Gasthuis  -  Klinische brief  -  L. Brouwer  -  pag. {page}/{pages}"})
DOCS[-1]["label"].pop("also_dates", None)

# ---------------------------------------------------------------- tw-010 patient e-mail forwarded
add("tw-010", "txt",
    L([], "2026-11-08", "patient", "nl",
      "Outlook e-mail printout: patient's own e-mail forwarded internally by the clinic secretariat",
      "yes", "yes", "no",
      "Patient's own request for a second opinion (not a referral). Forward header (09-11-2026) sits above the "
      "original message (8 november 2026, weekday and month in words); birth date written in words. "
      "Operation on the thumb in VieCuri (NL); holiday in Spain explicitly without doctor or hospital, so "
      "treated_abroad no. Attachment list names documents that are not in this file."),
    [
        ("pre",
         "Van:        Secretariaat Handkliniek <secretariaat@handkliniek-zeist.example>\n"
         "Verzonden:  maandag 9 november 2026 08:31\n"
         "Aan:        Intake Second Opinion\n"
         "Onderwerp:  FW: Aanvraag second opinion duim + bijlagen\n"
         "\n"
         "Ter info / graag dossier aanmaken. Bijlagen staan in de map.\n"
         "Groet, Petra\n"
         "\n"
         "-----Oorspronkelijk bericht-----\n"
         "Van:        Jeroen Lammers <jeroen.lammers71@example.nl>\n"
         "Verzonden:  zondag 8 november 2026 21:14\n"
         "Aan:        secretariaat@handkliniek-zeist.example\n"
         "Onderwerp:  Aanvraag second opinion duim + bijlagen\n"
         "Bijlagen:   verwijsbrief_huisarts.pdf; operatieverslag VieCuri.pdf; IMG_4471.jpg\n"),
        ("p", "Geachte heer/mevrouw,"),
        ("p", "Mijn naam is Jeroen Lammers, geboren op drie juni 1971, en ik woon in Tegelen. Ik wil graag een second "
              "opinion aanvragen over mijn rechterduim."),
        ("p", "In maart van dit jaar ben ik in het ziekenhuis in Venlo (VieCuri) geopereerd aan een triggerduim. Er is "
              "toen eerst een echo gemaakt. Na de operatie is het knakken weg, maar ik kan de duim nog steeds niet "
              "goed buigen en het litteken is erg gevoelig. De chirurg zegt dat ik geduld moet hebben, maar het is "
              "nu al acht maanden."),
        ("p", "Mijn huisarts heeft een verwijzing gemaakt, die stuur ik mee, net als het operatieverslag dat ik via "
              "het patiëntenportaal heb gedownload. De foto is van mijn hand zoals hij nu is."),
        ("p", "Op uw website las ik dat ik een MRSA-test nodig heb als ik in het buitenland in het ziekenhuis heb "
              "gelegen. Wij zijn deze zomer drie weken in Spanje geweest, maar ik ben daar niet bij een dokter of in "
              "een ziekenhuis geweest, dus ik neem aan dat dat niet nodig is?"),
        ("p", "Ik hoor graag wanneer ik terecht kan. Ik werk in ploegendienst, dus een ochtend heeft mijn voorkeur."),
        ("p", "Met vriendelijke groet,\nJeroen Lammers\n06-28117340"),
        ("p", "Verstuurd vanaf mijn iPhone"),
    ],
    {"txt_wrap": 76, "footer": "Afgedrukt: 10-11-2026 09:02  -  Pagina 1"})

# ---------------------------------------------------------------- tw-011 Flemish raadpleging letter
add("tw-011", "pdf",
    L(["correspondence"], "2026-09-23", "specialist", "nl",
      "Belgian (Flemish) consultation letter, AZ hospital, dd/mm/yyyy, birth date with degree sign",
      "yes", "unmentioned", "yes",
      "Flemish vocabulary (raadpleging, NMR, Besluit, ASO) and Belgian date style 23/09/2026; birth date as "
      "°12/04/1968. Dutch patient from Sluis treated at a Belgian hospital: the document itself is written by the "
      "foreign hospital that treated her (treated_abroad yes). Four-corner arthrodesis only proposed (plan). "
      "Co-signed by a resident (ASO) and the staff surgeon."),
    [
        ("letterhead", ["AZ Sint-Jan Brugge AV", "Dienst Orthopedie en Traumatologie - Hand- en polschirurgie",
                        "Ruddershove 10, 8000 Brugge  |  tel. +32 50 45 21 11"], "left"),
        ("p", "Dokter M. Verschoor\nHuisartsenpraktijk Sluis\nNieuwstraat 12\n4524 CE Sluis\nNederland"),
        ("p", "Brugge, 23/09/2026"),
        ("p", "<b>Betreft:</b> Mevr. Sanne De Wilde-Postma (°12/04/1968), Kaai 3, 4524 JE Sluis\n"
              "<b>Raadpleging:</b> 21/09/2026"),
        ("p", "Waarde collega,"),
        ("p", "Dank voor de verwijzing van uw patiënte, die wij op 21/09/2026 op onze raadpleging handchirurgie zagen "
              "voor pijn aan de linkerpols. Zij werkt als kapster en is rechtshandig."),
        ("h", "Anamnese"),
        ("p", "Sinds een tweetal jaar progressieve pijn dorsoradiaal ter hoogte van de linkerpols, nu ook 's nachts. "
              "Geen duidelijk trauma, wel een val van de trap in 2019 waarvoor toen geen medische zorg. Antecedenten: "
              "cholecystectomie (2012), hypercholesterolemie."),
        ("h", "Klinisch onderzoek"),
        ("p", "Zwelling dorsaal, positieve Watson-test links met pijnlijke klik. Dorsale flexie 40°, palmaire flexie 35°."),
        ("h", "Technische onderzoeken"),
        ("p", "RX beide polsen (21/09/2026): scafolunaire diastase links van 5 mm, radioscafoïdale "
              "gewrichtsspleetversmalling, beeld van SLAC-pols stadium II. NMR linkerpols (02/09/2026, extern): "
              "volledige ruptuur van het SL-ligament, kraakbeenverlies radiale styloïd."),
        ("h", "Besluit"),
        ("p", "Chronische scafolunaire dissociatie links met SLAC-pols stadium II."),
        ("h", "Voorstel"),
        ("p", "Wij stelden een scafoïdectomie met vierhoeksartrodese voor. Patiënte wenst bedenktijd en wil eventueel "
              "een tweede advies in Nederland vragen. Zij kreeg een polsbrace en een infiltratie werd aangeboden maar "
              "door haar geweigerd. Nieuwe raadpleging op afspraak."),
        ("p", "Met collegiale groeten,"),
        ("sig", [["dr. J. Claeys", "ASO orthopedie"], ["Dr. P. Vandenberghe", "orthopedisch chirurg", "RIZIV 1-48112-34-580"]]),
    ],
    {"footer": "AZ Sint-Jan Brugge AV  -  ondernemingsnummer 0222.743.618  -  blz. {page}/{pages}", "font": "dejavu", "size": 9.5})

# ---------------------------------------------------------------- tw-012 Flemish radiology (docx)
add("tw-012", "docx",
    L(["imaging-report"], "2026-05-22", "radiologist", "nl",
      "Belgian university hospital 'Medische Beeldvorming' report in Word, two exams, comparison with other hospital",
      "yes", "unmentioned", "yes",
      "Birth date (°03/11/1975) sits on the line right under the title. Two exams (RX 14/05/2026, NMR "
      "21/05/2026), report validated 22/05/2026; comparison with an exam from another Belgian hospital "
      "(08/01/2025). Flemish terms (NMR, Besluit, aanvragende arts). Written by a Belgian hospital that imaged "
      "the patient: treated_abroad yes. 'Postoperatief?' in the question is a question, not a statement.",
      also=["2026-05-14", "2026-05-21"]),
    [
        ("letterhead", ["UZ Gent - Dienst Medische Beeldvorming", "C. Heymanslaan 10, 9000 Gent", "+32 9 332 21 11"], "right"),
        ("title", "VERSLAG MEDISCHE BEELDVORMING"),
        ("p", "Patiënt: WOUTERS Jan (°03/11/1975)   -   Dossiernr. 10483392   -   Geslacht M"),
        ("kv", [("Aanvragende arts", "Dr. E. De Smet, Dienst Plastische Chirurgie (handchirurgie)"),
                ("Kopie", "Dr. H. Pauwels, huisarts, Terneuzen (NL)"),
                ("Klinische inlichtingen", "Chronische pijn rechterpols ulnair na val 2024. TFCC? Ulnaire impactie? "
                                           "Postoperatief?")], {"grid": True}),
        ("h", "1. RX rechterhand en -pols, 2 opnames - 14/05/2026"),
        ("p", "Ter vergelijking vorig onderzoek van 08/01/2025 (AZ Maria Middelares, Gent). Ulna-plusvariant van 3 mm, "
              "toegenomen t.o.v. 2025 (toen 2 mm) door lichte verkorting van de radius na oude fractuur. Subchondrale "
              "cyste in het lunatum ulnair. Geen osteosynthesemateriaal."),
        ("h", "2. NMR rechterpols zonder contrast - 21/05/2026"),
        ("p", "Centrale perforatie van de discus triangularis (TFCC, Palmer 2C). Subchondraal oedeem en cystevorming "
              "in het proximo-ulnaire lunatum en in mindere mate de ulnaire kop. LT-ligament dun maar continu. "
              "ECU-pees in de groeve, geen tendinopathie."),
        ("h", "Besluit"),
        ("p", "Ulnair impactiesyndroom rechts met centrale TFCC-perforatie (Palmer 2C) en chondromalacie lunatum."),
        ("p", "Dr. K. Martens, radioloog\nGevalideerd op 22/05/2026 08:47"),
    ],
    {"footer": "UZ Gent  -  Medische Beeldvorming  -  vertrouwelijk  -  pagina {page} van {pages}", "size": 10})

# ---------------------------------------------------------------- tw-013 MERGED fax: cover + OK-verslag + MRSA
FAX13 = "24-11-2026 15:02   VAN: +31 77 3205xxx VieCuri Plast.Chir.   AAN: +31 30 69xxxxx   P.{page}/{pages}"
add("tw-013", "pdf",
    L(["operation-report", "mrsa-screening"], "2026-11-24", "other", "nl",
      "merged fax: fax cover sheet + OK-verslag + MRSA lab result, fax header on every page",
      "unmentioned", "yes", "yes",
      "Three documents in one fax: the cover sheet (sender is a secretariat, date 24-11-2026) lists the others; "
      "the fax header line with the send date repeats on every page and is not the date of the enclosures. "
      "The operation report dates from 17-03-2026; the MRSA screening (afname 10-11, uitslag 13-11-2026) gives "
      "as clinical reason a stay in a hospital in Alanya, named without country. The hospital stay abroad "
      "was for pneumonia, not the hand.",
      parts=[P([], "2026-11-24", "other"),
             P(["operation-report"], "2026-03-17", "specialist"),
             P(["mrsa-screening"], "2026-11-13", "lab", also=["2026-11-10"])]),
    parts=[
        {"opts": {"fax": FAX13, "page_offset": 0, "total_pages": 4, "font": "courier", "size": 10}, "body": [
            ("title", "FAX"),
            ("kv", [("Aan", "Kliniek voor Hand- en Polschirurgie Zeist - intake second opinion"),
                    ("Van", "Secretariaat Plastische Chirurgie, VieCuri Medisch Centrum, Venlo"),
                    ("Datum", "24-11-2026"),
                    ("Aantal pagina's", "4 (inclusief dit voorblad)"),
                    ("Betreft", "Dhr. H.W. Peeters, geb. 02-12-1959")], {"grid": False}),
            ("p", "Geachte collega,"),
            ("p", "Op verzoek van patiënt zenden wij u hierbij:\n"
                  "- het operatieverslag van 17-03-2026\n"
                  "- de uitslag van de MRSA-screening van november 2026.\n"
                  "De polikliniekbrieven volgen per post."),
            ("p", "Met vriendelijke groet,\nM. Janssen, medisch secretaresse"),
            ("small", "Dit faxbericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht ten onrechte "
                      "ontvangt, wordt u verzocht de afzender te informeren en het bericht te vernietigen."),
        ]},
        {"opts": {"fax": FAX13, "page_offset": 1, "total_pages": 4, "font": "times"}, "body": [
            ("letterhead", ["VieCuri Medisch Centrum", "Plastische Chirurgie", "Tegelseweg 210, 5912 BL Venlo"], "left"),
            ("title", "OK-verslag"),
            ("kv", [("Naam", "Peeters, H.W.", "Geb.datum", "02-12-1959"),
                    ("Datum OK", "17-03-2026", "Opnametype", "Dagbehandeling"),
                    ("1e operateur", "Dr. T.A. Gielen", "2e operateur", "drs. K. Smeets (AIOS)"),
                    ("Anesthesie", "Regionaal (i.v. regionale anesthesie, Bier)", "ASA", "II")], {"grid": True}),
            ("h", "Pre-operatieve diagnose"),
            ("p", "Triggerduim rechts, Quinnell graad 3, na tweemaal injectie."),
            ("h", "Verrichting"),
            ("p", "Release A1-pulley duim rechts."),
            ("h", "Beschrijving"),
            ("p", "Bloedleegte 250 mmHg. Transversale incisie in de MCP-plooi van de duim. Beide digitale zenuwen "
                  "geïdentificeerd en beschermd. A1-pulley in de lengte gekliefd; flexor pollicis longus-pees "
                  "verdikt met nodus, geen partiële ruptuur. Passieve en actieve flexie zonder triggering. "
                  "Bloedleegte eraf na 14 minuten, hemostase. Huid gesloten met Ethilon 5-0."),
            ("h", "Complicaties"),
            ("p", "Geen."),
            ("h", "Nabehandeling"),
            ("p", "Verband 2 dagen; hechtingen verwijderen na 10-12 dagen bij de huisarts; controle 6 weken."),
            ("p", "Getekend: dr. T.A. Gielen, plastisch chirurg, 17-03-2026"),
        ]},
        {"opts": {"fax": FAX13, "page_offset": 2, "total_pages": 4}, "body": [
            ("letterhead", ["VieCuri Medisch Centrum - Medische Microbiologie", "Tegelseweg 210, 5912 BL Venlo"], "left"),
            ("title", "Bacteriologisch onderzoek - uitslag"),
            ("kv", [("Patiënt", "Peeters, H.W. (M)", "Geboren", "02-12-1959"),
                    ("Aanvrager", "Huisartsenpraktijk Blerick, dr. A. Kusters", "Labnr", "V26-204417"),
                    ("Afname", "10-11-2026", "Ontvangst", "10-11-2026"),
                    ("Uitslag", "13-11-2026", "Status", "Definitief")], {"grid": True}),
            ("p", "Klinische gegevens: MRSA-screening voor verwijzing handchirurgie; patiënt was 09-2026 vijf dagen "
                  "opgenomen in het Anadolu Hastanesi te Alanya wegens pneumonie."),
            ("table", [("Materiaal", "Onderzoek", "Resultaat"),
                       ("Neus", "Kweek MRSA", "MRSA niet aangetoond"),
                       ("Keel", "Kweek MRSA", "MRSA niet aangetoond"),
                       ("Perineum", "Kweek MRSA", "MRSA niet aangetoond")], {"header": True}),
            ("p", "Eindconclusie: geen MRSA-dragerschap aangetoond."),
            ("p", "Arts-microbioloog: dr. R. Hendrix"),
            ("pb",),
            ("p", "Toelichting bij MRSA-screening: bij een negatieve screening kan patiënt zonder isolatie-"
                  "maatregelen worden opgenomen, mits er sinds de afname geen nieuwe risicofactoren zijn ontstaan "
                  "(opname in een buitenlands ziekenhuis, contact met MRSA-positieve personen, werk in de "
                  "intensieve veehouderij). De geldigheid van de uitslag wordt door het ontvangende ziekenhuis bepaald."),
        ]},
    ],
    opts={"font": "helv"})

# ---------------------------------------------------------------- tw-014 Edifact / ZorgDomein MEDVRI message
add("tw-014", "txt",
    L(["referral", "history"], "2026-11-03", "gp", "nl",
      "ZorgDomein referral as received via Edifact (MEDVRI) with segment header lines, then plain text",
      "no", "yes", "unmentioned",
      "Edifact envelope lines carry the date in yymmdd (261103) and message ids before the human-readable "
      "referral. Vraagstelling asks about treatment options for recurrent Dupuytren: a question. Relevante "
      "voorgeschiedenis + Recente behandelingen present, so also history. Earlier fasciectomy (2023) is the "
      "same hand problem: operated yes. Imaging explicitly not done (not indicated).",
      rq=True),
    [
        ("pre",
         "UNB+UNOA:1+01052988:30+70010441:30+261103:1412+ZD4471098'\n"
         "UNH+1+MEDVRI:0:1:MH:ZD4471098'\n"
         "BGM+VERWIJZING+ZD4471098'\n"
         "DTM+137:20261103:102'\n"
         "NAD+PO+01052988:AGB:HUISARTSENPRAKTIJK WOENSEL-NOORD'\n"
         "NAD+PR+70010441:AGB:KLINIEK HAND- EN POLSCHIRURGIE ZEIST'\n"
         "FTX+TXT++++Zie tekstdeel'\n"
         "UNT+8+1'\n"
         "UNZ+1+ZD4471098'\n"
         "------------------------------------------------------------------------\n"),
        ("p", "ZorgDomein verwijzing  -  Consult handchirurgie (second opinion)\n"
              "Verwijsdatum: 03-11-2026      Referentie: ZD4471098"),
        ("kv", [("Patiënt", "Dhr. C.J. (Kees) van der Linden"),
                ("Geboortedatum", "30-06-1952"),
                ("Adres", "Ruysdaelbaan 56, 5613 DZ Eindhoven"),
                ("BSN", "999928804"),
                ("Verwijzer", "A.P.M. Swinkels, huisarts, Huisartsenpraktijk Woensel-Noord"),
                ("Specialisme", "Plastische chirurgie - handchirurgie")], {"labw": 16}),
        ("h", "Reden van verwijzing:"),
        ("p", "Recidief M. Dupuytren D4-D5 rechts, strengvorming met extensiebeperking PIP D5 40 gr en MCP D4 30 gr. "
              "Hindert bij fietsen (stuur) en hand in broekzak steken."),
        ("h", "Vraagstelling:"),
        ("p", "Graag uw oordeel over de behandelopties (naaldfasciotomie, opnieuw fasciectomie, dermofasciectomie "
              "met huidtransplantaat) bij recidief na eerdere operatie. Behandelend chirurg wacht af tot 60 graden; "
              "patiënt wil nu een second opinion."),
        ("h", "Relevante voorgeschiedenis:"),
        ("p", "2008 CABG (3x) - 2016 DM type 2 - 2023 partiële fasciectomie D4-D5 rechts, Catharina Ziekenhuis "
              "Eindhoven (05-2023), ongecompliceerd."),
        ("h", "Recente behandelingen:"),
        ("p", "02-2026 t/m 06-2026 handtherapie met nachtelijke extensiespalk, geen effect.\n"
              "09-2026 poli plastische chirurgie Catharina: afwachtend beleid.\n"
              "Geen beeldvorming verricht (niet geïndiceerd)."),
        ("h", "Medicatie:"),
        ("p", "Acetylsalicylzuur 80 mg 1dd, metoprolol 50 mg 1dd, metformine 850 mg 2dd, simvastatine 40 mg 1dd."),
        ("h", "Allergieën:"),
        ("p", "Geen."),
    ],
    {"txt_wrap": 72})

# ---------------------------------------------------------------- tw-015 consult answer quoting referral
add("tw-015", "docx",
    L(["correspondence"], "2026-09-08", "specialist", "nl",
      "neurology consult answer (antwoord op consult) quoting the plastic surgeon's request at length",
      "yes", "yes", "unmentioned",
      "Consult answer that first quotes the requesting surgeon's consult text verbatim, with its own date "
      "(12-08-2026) and writer; the document's own date is 08-09-2026 (EMG 03-09-2026). The carpal tunnel "
      "release of 2024 appears only inside the quote. Imaging: cervical MRI done (neck, not hand) - still "
      "imaging of the patient. EMG is not imaging.",
      also=[]),
    [
        ("letterhead", ["Amphia", "Neurologie - Klinische Neurofysiologie", "Molengracht 21, 4818 CK Breda"], "right"),
        ("kv", [("Aan", "Dr. R. van Rooij, plastisch chirurg, Amphia (intern)"),
                ("Datum", "08-09-2026"),
                ("Betreft", "Antwoord op consult - Mevr. F. (Fatma) Aydin, geb. 15-01-1969, pat.nr. 2285614")],
         {"grid": False}),
        ("p", "Beste Rob,"),
        ("p", "Dank voor je consultaanvraag van 12 augustus. Je schreef:"),
        ("quote", "\u201cAmphia, Plastische Chirurgie, 12-08-2026 - dr. R. van Rooij. Consult neurologie/EMG. "
                  "Mw. Aydin, 57 jr, bij ons bekend met CTS rechts waarvoor op 14-05-2024 een open release "
                  "(door ondergetekende). Klachten eerst verdwenen, sinds voorjaar 2026 opnieuw tintelingen D1-D4 "
                  "rechts, nu ook nekpijn met uitstraling in de arm. Vraagstelling: recidief CTS of onvolledige "
                  "release? Of differentiaal C6/C7-radiculopathie? Eerder EMG (02-2024): ernstig CTS rechts. "
                  "MRI CWK is elders (Bravis, 07-2026) gemaakt. Graag jullie advies v.w.b. heroperatie.\u201d"),
        ("h", "Anamnese"),
        ("p", "Tintelingen in de gehele rechterhand, wisselend, niet duidelijk nachtelijk. Nekpijn met "
              "uitstraling over de radiale onderarm, toename bij achterover kijken."),
        ("h", "Neurologisch onderzoek"),
        ("p", "Kracht: m. abductor pollicis brevis rechts 5, biceps 5, triceps 4+. BPR rechts verlaagd. "
              "Sensibiliteit: hypesthesie dermatoom C6 rechts, niet strikt medianus. Spurling rechts positief."),
        ("h", "EMG (03-09-2026)"),
        ("p", "Distale motorische latentie n. medianus rechts 4,1 ms (2024: 6,8 ms); sensibele geleiding over de pols "
              "normaliserend. Naaldonderzoek: neurogene veranderingen in m. flexor carpi radialis en m. triceps rechts."),
        ("h", "Aanvullend"),
        ("p", "MRI cervicale wervelkolom (Bravis, 07-2026, beelden via Twiin ingezien): foraminale stenose C6-C7 rechts "
              "door uncovertebrale artrose."),
        ("h", "Conclusie"),
        ("p", "Geen aanwijzingen voor recidief CTS; duidelijke verbetering t.o.v. 2024. Het beeld past bij een C7 > C6 "
              "radiculopathie rechts."),
        ("h", "Advies"),
        ("p", "Geen indicatie voor heroperatie van de carpale tunnel. Wij zien haar op de neurologische polikliniek "
              "terug; eventueel verwijzing pijnbestrijding (foraminale injectie)."),
        ("p", "Met collegiale groet,"),
        ("p", "Dr. I.W. Nauta, neuroloog / klinisch neurofysioloog"),
    ],
    {"footer": "Amphia  -  Neurologie  -  F. Aydin 15-01-1969", "size": 10})
DOCS[-1]["label"].pop("also_dates", None)

# ---------------------------------------------------------------- tw-016 reply letter quoting GP referral + Innsbruck
add("tw-016", "pdf",
    L(["correspondence"], "2026-09-30", "specialist", "nl",
      "orthopaedic reply letter to the GP that quotes the GP's referral (with its date) and an earlier foreign report",
      "yes", "yes", "yes",
      "Quoted GP referral of 02-09-2026 sits at the top of the letter with its own date and writer; the "
      "letter's date is 30-09-2026. The operation abroad ('Universitätsklinik Innsbruck', no country named) "
      "is reported in the quote and confirmed in the anamnesis. Orthopedic plan: hardware removal only offered."),
    [
        ("letterhead", ["Deventer Ziekenhuis", "Orthopedie", "Nico Bolkesteinlaan 75, 7416 SE Deventer"], "left"),
        ("kv", [("Aan", "Dhr. G. Dijkstra, huisarts\nBrink 31\n7411 BS Deventer"),
                ("Datum", "30 september 2026"),
                ("Uw verwijzing d.d.", "02-09-2026"),
                ("Betreft", "Mevr. R. (Roos) Hulshof, geb. 08-08-1993")], {"grid": False}),
        ("p", "Geachte collega Dijkstra,"),
        ("p", "U verwees mevrouw Hulshof naar onze polikliniek. In uw verwijzing van 2 september schreef u:"),
        ("quote", "\u201cGeachte collega, graag uw beoordeling van mevr. Hulshof. Na een skiongeval in januari 2025 is zij "
                  "in de Universitätsklinik Innsbruck geopereerd aan de linkerpols (K-draden, later verwijderd). Sinds "
                  "enkele maanden pijn en knappen bij draaien. Is er sprake van instabiliteit? Met vriendelijke groet, "
                  "G. Dijkstra, huisarts.\u201d"),
        ("p", "Tevens ontvingen wij via patiënte het Entlassungsbrief uit Innsbruck van 24 januari 2025, waarin "
              "staat: \u201cgeschlossene Reposition und perkutane Kirschnerdraht-Osteosynthese des distalen Radius links "
              "am 19.01.2025\u201d."),
        ("h", "Anamnese"),
        ("p", "Patiënte bevestigt het bovenstaande. De K-draden zijn na zes weken in Innsbruck verwijderd tijdens een "
              "tweede verblijf. Nu pijn ulnair bij supinatie en een pijnloze klik."),
        ("h", "Onderzoek"),
        ("p", "Volledige mobiliteit. DRUG-stabiliteit: pianotoetsfenomeen negatief, ballottement beiderzijds gelijk."),
        ("h", "Aanvullend onderzoek"),
        ("p", "X-pols beiderzijds (vandaag): geconsolideerde distale radiusfractuur links in goede stand, ulna-variant "
              "neutraal. Geen instabiliteit."),
        ("h", "Conclusie / beleid"),
        ("p", "Geen aanwijzingen voor DRUG-instabiliteit. Waarschijnlijk ECU-tendinopathie. Instructie en "
              "polsbrace; bij persisteren handtherapie via u. Geen vervolgafspraak."),
        ("p", "Met vriendelijke groet,\n\ndrs. W.J. Hofman, orthopedisch chirurg"),
    ],
    {"footer": "Deventer Ziekenhuis  -  Orthopedie  -  R. Hulshof, 08-08-1993  -  afdrukdatum 01-10-2026", "font": "helv"})

# ---------------------------------------------------------------- tw-017 Promedico journal, SEH Antalya
add("tw-017", "txt",
    L(["history"], "2026-12-01", "gp", "nl",
      "Promedico-ASP 'Uitdraai journaal' with episode list and telegram-style SOEP lines",
      "yes", "no", "yes",
      "Telegram style journal. Care abroad is recorded as 'SEH Antalya, gips' in a journal line (holiday "
      "injury treated at a Turkish ED); X-ray both abroad and in Alrijne. 'niet geopereerd' appears as a "
      "negation in the E-line; the corrective osteotomy is only planned. Journal contains a 'Verwijzing' "
      "line for the second opinion. Print date at the top is the only document date."),
    [
        ("pre",
         "Promedico-ASP  |  Uitdraai journaal                       Afdrukdatum: 01-12-2026 16:20\n"
         "Praktijk: Huisartsen Oegstgeest, Lange Voort 40, 2341 KD Oegstgeest\n"
         "Patiënt : mw. D. (Daphne) Schouten   geb. 11-11-1988   V   Patnr 004417\n"
         "Selectie: episoden L72, L91 | periode 01-08-2025 t/m 01-12-2026\n"
         "\n"
         "EPISODEN\n"
         "L72  Fractuur radius/ulna links (distaal)       18-08-2025   actief\n"
         "L91  Malunion distale radius links              04-06-2026   actief\n"
         "A97  Geen ziekte (reizigersvacc.)               2025         inactief\n"
         "\n"
         "JOURNAAL\n"
         "18-08-2025 HG S  terug van vakantie Turkije. 10/8 gevallen op li pols, SEH Antalya: foto + gips,\n"
         "                 geen verslag/foto meegekregen. Gips knelt.\n"
         "              O  onderarmgips li, vingers warm, sens ok.\n"
         "              E  L72 fractuur distale radius li (elders behandeld)\n"
         "              P  X-pols li in gips (Alrijne), cntr na uitslag.\n"
         "19-08-2025 HG U  X-pols li (Alrijne): extra-articulaire distale radiusfractuur, 15 gr dorsale\n"
         "                 kanteling in gips. Overleg SEH Alrijne: gips continueren, cntr gipskamer.\n"
         "15-09-2025 --    Brief specialist ontvangen: SEH/gipskamer Alrijne - gips eraf, fysio.\n"
         "02-02-2026 HG S  nog pijn bij steunen, draaien. O  prominente ulna, supinatie 50 gr.\n"
         "              P  fysio continueren.\n"
         "04-06-2026 HG S  geen verbetering. E  L91 malunion? P  Verwijzing orthopedie Alrijne.\n"
         "              Verwijzing: orthopedie Alrijne (ZorgDomein)\n"
         "07-07-2026 --    Brief specialist ontvangen: orthopedie Alrijne. CT li pols: malunion 20 gr dorsaal,\n"
         "                 1,5 mm ulna-plus. Advies correctie-osteotomie met plaat, gepland 01-2027.\n"
         "25-11-2026 HG S  twijfelt aan OK, wil second opinion. Werkt als violiste (!).\n"
         "              O  idem.\n"
         "              E  L91 malunion distale radius li, tot nu toe conservatief, niet geopereerd.\n"
         "              P  Verwijzing second opinion handchirurgie, brief + CT-verslag mee.\n"
         "              Verwijzing: Second opinion handchirurgie (ZorgDomein)\n"
         "\n"
         "Medicatie: ethinylestradiol/levonorgestrel 30/150. Geen allergieën.\n"
         "--- einde selectie ---                                               blad 1/1\n"),
    ],
    {"txt_wrap": 0})

# ---------------------------------------------------------------- tw-018 hand therapy end report, date in footer only
add("tw-018", "docx",
    L([], "2026-10-12", "other", "nl",
      "hand-therapy end report (eindverslag) in Word; date only in the page footer",
      "unmentioned", "yes", "unmentioned",
      "Not a kind: hand therapy report addressed to the GP. The only date of the report is in the footer; the "
      "body has only the operation date and therapy period. States the carpal tunnel release was done in MST "
      "(operated yes). Therapist signs with a BIG-like registration number, which looks like a physician."),
    [
        ("letterhead", ["Handtherapie Twente", "Hengelosestraat 305, 7521 AG Enschede", "info@handtherapietwente.example"], "left"),
        ("kv", [("Aan", "Huisartsenpraktijk Roombeek, t.a.v. dr. S. Nijhuis"),
                ("Betreft", "Eindverslag handtherapie - mw. B. (Bianca) Lubbers, geb. 19-02-1976")], {"grid": False}),
        ("p", "Geachte dokter Nijhuis,"),
        ("p", "Mevrouw Lubbers werd van 1 juni tot en met 30 september 2026 door ons behandeld na een open "
              "carpaletunnel-release rechts, verricht op 14 mei 2026 in Medisch Spectrum Twente."),
        ("h", "Beloop"),
        ("p", "Start met littekenbehandeling, oedeemcontrole en zenuw- en peesglijoefeningen. Pillar pain persisteerde tot "
              "week 12. Knijpkracht rechts van 9 naar 22 kg (links 27 kg). Tinelteken niet meer opwekbaar. "
              "Zij heeft haar werk als kassamedewerker in week 10 volledig hervat."),
        ("h", "Conclusie"),
        ("p", "Goed herstel; restklachten van littekengevoeligheid. Behandeling in overleg beëindigd. "
              "Patiënte heeft een huiswerkprogramma."),
        ("p", "Met vriendelijke groet,"),
        ("p", "J. ter Horst, handtherapeut CHT-NL / fysiotherapeut\nBIG 69051234404"),
    ],
    {"footer": "Handtherapie Twente  |  Eindverslag B. Lubbers  |  12-10-2026  |  pagina {page}", "size": 10.5})
