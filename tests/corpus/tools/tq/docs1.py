from common import L, P, CLINIC_ADDR

DOCS = []
def add(**d):
    DOCS.append(d)

# ---------------------------------------------------------------- tq-001 Zorgdomein two-column
add(stem="tq-001", fmt="pdf", engine="rl", font="sans",
    footer="ZorgDomein - afgedrukt 14-11-2026 09:12 - ZD-nummer 48213377",
    pagenum="{n}/{N}",
    blocks=[
        ("lh", {"name": "Huisartsenpraktijk De Vaart", "logo": "ZD", "align": "left",
                "sub": ["C. Brouwer en R. el Amrani, huisartsen", "Vaartweg 118, 1216 GH Hilversum",
                        "Tel. 035-6218840  AGB 01-058812"]}),
        ("title", "Second opinion handchirurgie"),
        ("kv", [("Ontvanger", "Handcentrum Oostvaarders - Handchirurgie"),
                ("Product", "Second opinion handchirurgie (volwassenen)"),
                ("Datum verwijzing", "14-11-2026"),
                ("Urgentie", "Regulier")], {"w": 4.2}),
        ("h", "Patiëntgegevens"),
        ("kv", [("Naam", "mevr. J.M. (Joke) Verbeek-Roos"),
                ("Geboortedatum", "03-07-1968"),
                ("BSN", "1234.56.782"),
                ("Adres", "Lorentzweg 44, 1221 EB Hilversum"),
                ("Verzekering", "Zilveren Kruis Achmea, polisnr. 774410233")], {"w": 4.2, "shade": True}),
        ("h", "Verwijzer"),
        ("kv", [("Naam", "R. el Amrani, huisarts"), ("AGB-code", "01-058812"),
                ("Specialisme", "Huisartsgeneeskunde")], {"w": 4.2, "shade": True}),
        ("h", "Verwijsgegevens"),
        ("kv", [("Reden van verwijzing",
                 "Sinds ruim anderhalf jaar pijn radiale zijde pols rechts (dominant), toename bij draaien en tillen. "
                 "Echo pols toonde een kleine dorsale ganglion en tendinose 1e extensorcompartiment."),
                ("Vraagstelling",
                 "Graag uw second opinion: is hier sprake van een tendovaginitis van De Quervain of een "
                 "artrose van het STT-gewricht? Is conservatief beleid nog zinvol?"),
                ("Relevante voorgeschiedenis",
                 "2019 fractuur os metacarpale V links, conservatief\n2021 hypothyreoïdie\n"
                 "Niet eerder geopereerd aan hand of pols."),
                ("Recente behandelingen",
                 "09-2026 injectie triamcinolon 1e compartiment (huisarts), kortdurend effect\n"
                 "06-2026 t/m 09-2026 handtherapie (8 zittingen), spalk nachtelijk\n"
                 "02-2026 echo pols re (Centrum Medische Beeldvorming Gooi): zie boven"),
                ("Medicatie", "Levothyroxine 75 mcg 1dd1; naproxen 250 mg z.n."),
                ("Allergieën", "Geen bekend"),
                ("Episodelijst", "L93 Tendinitis/tendovaginitis pols re\nT86 Hypothyreoïdie\nL74 Fractuur MC-V li (2019)")],
         {"w": 4.2}),
        ("small", "Deze verwijzing is digitaal ondertekend door R. el Amrani via ZorgDomein. "
                  "Bijlagen: echoverslag 02-2026 (via ZorgDomein meegestuurd)."),
    ],
    label=L(["referral", "history"], "2026-11-14", "gp", "nl", "zorgdomein two-column reportlab",
            img="yes", op="no", abroad="unmentioned", rq=True,
            notes="Question only in 'Vraagstelling' field, no salutation; own history and recent-treatment "
                  "sections; 'Niet eerder geopereerd' negation; birth date 1968 and print footer date compete; "
                  "mentions an enclosed echo report without being one."))

# ---------------------------------------------------------------- tq-002 free GP referral letter
add(stem="tq-002", fmt="docx", font="serif", lh_in_header=True,
    blocks=[
        ("lh", {"name": "Gezondheidscentrum Schalkwijk", "logo": "GCS",
                "sub": ["Huisartsen Dekker, Sprenger & Oudshoorn",
                        "Floris van Adrichemlaan 9, 2035 VC Haarlem - 023-5334011"]}),
        ("addr", ["Aan: Handcentrum Oostvaarders", "t.a.v. dr. M. Kalkman, plastisch chirurg",
                  "Postbus 2291", "1300 CG Almere"]),
        ("p", "Haarlem, 4 november 2026"),
        ("kv", [("Betreft", "dhr. T. (Tobias) Hagenbeek, geb. 19-02-1991"),
                ("Adres", "Leonard Springerlaan 71, 2033 TD Haarlem")], {"w": 2.5}),
        ("p", "Geachte collega,"),
        ("p", "Graag verwijs ik bovengenoemde patiënt, een 35-jarige timmerman, naar uw spreekuur voor een "
              "second opinion. Sinds het voorjaar heeft hij een zwelling aan de dorsale zijde van de linkerpols, "
              "wisselend in grootte, met pijn bij steunen op de hand en bij zwaar tillen. Hij werkt met "
              "aangepaste taken.\n"
              "Bij onderzoek zie ik een vaste, ronde zwelling van ca. 1,5 cm, goed afgrensbaar, niet pijnlijk "
              "bij palpatie, doorlichtend. Functie pols volledig, kracht symmetrisch. Sensibiliteit intact.\n"
              "Er is tot nu toe geen beeldvorming verricht; ik heb er bewust vanaf gezien omdat het klinisch "
              "beeld duidelijk leek. Tweemaal is het ganglion elders (particuliere kliniek) aangeprikt, beide "
              "keren met recidief binnen enkele weken.\n"
              "In de zomer is hij op vakantie in Frankrijk op de hand gevallen; hij is daar niet bij een arts of "
              "ziekenhuis geweest.\n"
              "Patiënt vraagt zich af of een operatie zinvol is, of dat afwachten beter is. Zijn broer is vorig "
              "jaar aan een ganglion geopereerd en had daarna langdurig klachten, wat hem terughoudend maakt."),
        ("h", "Vraagstelling"),
        ("p", "Wilt u beoordelen of excisie van het ganglion geïndiceerd is, en zo ja, welke aanvullende "
              "diagnostiek u vooraf wenst?"),
        ("p", "Medicatie: geen. Allergie: pleister (jeuk).\n"
              "Voor de volledigheid: dit is een verwijzing op verzoek van patiënt (second opinion)."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["", "dr. H.J. Sprenger", "huisarts", "AGB 01-044873"]),
        ("small", "Deze brief is elektronisch verzonden en daarom niet ondertekend."),
    ],
    label=L(["referral"], "2026-11-04", "gp", "nl", "free GP letter, letterhead in Word header",
            img="no", op="unmentioned", abroad="no", rq=True,
            notes="'geen beeldvorming verricht' negation; brother operated (family member); holiday fall in "
                  "France without care; aspirations are not operations; date in 'Haarlem, 4 november 2026'."))

# ---------------------------------------------------------------- tq-003 HIS journal printout (long txt)
JOURNAAL = """\
13-01-2025 S: Al weken pijn li pols bij typen, zwelling dorsaal. Geen trauma.
           O: Pols li: kleine vaste zwelling dorsoradiaal, niet drukpijnlijk. Fie goed.
           E: L87 Ganglion pols links
           P: Uitleg, afwachtend beleid. Zn terug.
           Arts: MvdB
07-04-2025 S: Controle BMI/RR. Voelt zich goed.
           O: RR 142/86, gewicht 81 kg, lengte 1.69 m.
           E: K86 Hypertensie zonder orgaanschade
           P: Leefstijladvies, herhaling 3 mnd.
           Arts: POH-S Jansen
30-06-2025 S: Pols li nu ook tintelingen dig 1-3 li 's nachts, wakker van. Schudt hand uit.
           O: Tinel + li, Phalen + li na 30 sec. Geen atrofie thenar. Sens 2pd normaal.
           E: N93 Carpale tunnel syndroom links
           P: Nachtspalk via apotheek, uitleg. Evt. EMG/echo.
           Arts: MvdB
02-09-2025 S: Geen verbetering met spalk. Vraagt naar injectie.
           O: idem.
           E: N93 CTS li
           P: Injectie Kenacort 40 mg carpale tunnel li. Zn terug na 6 wkn.
           Arts: MvdB
18-11-2025 S: Na injectie 6 weken klachtenvrij, nu weer terug. Moeder is in 2015 aan CTS geopereerd, goed resultaat.
           O: Tinel + li.
           E: N93 CTS li, recidief
           P: Verwijzing neurologie voor EMG. Verwijzing orthopedie overwogen, pt wil eerst EMG.
           Arts: MvdB
16-01-2026 -- Brief specialist ontvangen: neurologie Zuiderhaven Ziekenhuis (dr. Pranger): EMG li: matig ernstig CTS. Advies: verwijzing chirurg.
20-01-2026 S: Telefonisch: uitslag EMG besproken. Wil operatie liever niet.
           P: Verwijzing orthopedie Zuiderhaven (ZorgDomein).
           Arts: MvdB
12-03-2026 -- Brief specialist ontvangen: orthopedie Zuiderhaven (dr. Westra): klinisch CTS li, tevens pijn basis duim. X-pols/duim li: geen fractuur, lichte artrose STT en CMC-1. Advies: carpale tunnel release, pt twijfelt. Controle op verzoek.
12-03-2026 S: Komt uitslag bespreken. Twijfelt over operatie, wil graag een tweede mening.
           O: -
           E: N93 CTS li; L90 Artrose CMC-1 li
           P: Info second opinion gegeven, pt neemt zelf contact op met zorgverzekeraar.
           Arts: MvdB
05-05-2026 S: Hoesten, neusverkouden sinds 1 week, geen koorts.
           O: Lo: vesiculair ademgeruis, geen bijgeluiden.
           E: R74 Acute infectie bovenste luchtwegen
           P: Uitleg, zn terug.
           Arts: waarnemer T. Biharie
22-07-2026 S: Controle hypertensie. Gebruikt medicatie trouw.
           O: RR 134/82.
           E: K86 Hypertensie
           P: Continueren.
           Arts: POH-S Jansen
28-10-2026 S: CTS-klachten li nemen toe, laat vallen van kopjes. Ook duimbasis pijnlijk bij knijpen.
           O: Beginnende atrofie thenar li. Grind test + li.
           E: N93 CTS li; L90 Artrose CMC-1 li
           P: Pt wil nu second opinion Handcentrum Oostvaarders, verwijsbrief volgt via ZorgDomein.
           Arts: MvdB
"""
add(stem="tq-003", fmt="txt", formfeed=True,
    blocks=[
        ("mono", "HUISARTSENPRAKTIJK VAN DEN BERG                 Uitdraai journaal\n"
                 "Kerkstraat 12, 3881 BR Putten                  Datum uitdraai: 23-11-2026  14:52\n"
                 "                                               Gebruiker: assistente L. Mulder"),
        ("kv", [("Patiënt", "Dijkhuizen, Anna Maria (mevr.)"), ("Geb.datum", "11-10-1972"),
                ("Patiëntnr", "004417"), ("Verzekerd", "Zekerheid Oost 55120981")], {"w": 3}),
        ("h", "EPISODELIJST (actief)"),
        ("tbl", [["ICPC", "Omschrijving", "Begindatum"],
                 ["N93", "Carpale tunnel syndroom links", "30-06-2025"],
                 ["L90", "Artrose CMC-1 links", "12-03-2026"],
                 ["L87", "Ganglion pols links", "13-01-2025"],
                 ["K86", "Hypertensie zonder orgaanschade", "07-04-2025"]]),
        ("h", "EPISODELIJST (inactief / voorgeschiedenis)"),
        ("tbl", [["ICPC", "Omschrijving", "Datum"],
                 ["D88", "Appendicitis - appendectomie (Gelre ziekenhuis)", "04-2009"],
                 ["W92", "Partus, sectio caesarea", "1999"],
                 ["S18", "Snijwond vinger 3 rechts, gehecht", "2017"]]),
        ("h", "MEDICATIE"),
        ("tbl", [["Start", "Middel", "Dosering"],
                 ["07-04-2025", "Amlodipine 5 mg tablet", "1 dd 1"],
                 ["02-09-2025", "Paracetamol 500 mg", "z.n. max 6 dd 2"]]),
        ("h", "JOURNAAL (selectie: alle contacten vanaf 01-01-2025)"),
        ("mono", JOURNAAL),
        ("pb",),
        ("h", "INTOLERANTIES / CONTRA-INDICATIES"),
        ("p", "Geen geregistreerd."),
        ("h", "FAMILIEANAMNESE"),
        ("p", "Moeder: CTS beiderzijds, geopereerd 2015. Vader: DM type 2."),
        ("p", "--- Einde uitdraai (3 pagina's) ---"),
    ],
    label=L(["history"], "2026-11-23", "gp", "nl", "HIS journal printout (Uitdraai journaal), SOEP, ICPC",
            img="yes", op="unmentioned", abroad="unmentioned",
            notes="Long SOEP journal; 'Verwijzing orthopedie' and 'Brief specialist ontvangen' lines make it look "
                  "like referral/correspondence; appendectomy and caesarean are other body parts; mother's CTS "
                  "operation; operation only advised; X-ray quoted from a specialist letter; print date vs birth date."))

# ---------------------------------------------------------------- tq-004 HiX outpatient letter PRH
add(stem="tq-004", fmt="pdf", engine="rl", font="sans", pagenum="Pagina {n} van {N}",
    footer="Zuiderhaven Ziekenhuis - Havenkade 1, 3011 AA Rotterdam - www.zuiderhaven-zkh.example",
    blocks=[
        ("lh", {"name": "Zuiderhaven Ziekenhuis", "logo": "ZHZ", "align": "right",
                "sub": ["Plastische, Reconstructieve en Handchirurgie", "Polikliniek 2B - telefoon 010-4402210"]}),
        ("addr", ["Weledelgeleerde heer", "C.A. Lanting, huisarts", "Maasboulevard 3", "3011 TX Rotterdam"]),
        ("kv", [("Ons kenmerk", "PRH/KvD/2026-08817"), ("Uw kenmerk", "-"), ("Datum", "17 september 2026"),
                ("Betreft", "mw. S. Boukhari, geboren 22-05-1985, patiëntnummer 7731902")], {"w": 3.2}),
        ("p", "Geachte collega,"),
        ("p", "Op 15-09-2026 zagen wij uw patiënte op de polikliniek Plastische Chirurgie in verband met "
              "pijn ulnaire zijde pols rechts."),
        ("h", "Anamnese"),
        ("p", "Sinds een val van de fiets in januari 2026 pijn ulnair in de rechterpols, met klikken bij "
              "pro- en supinatie. Steunen op de hand (opdrukken uit stoel) is pijnlijk. Werkt als "
              "verpleegkundige, momenteel 50% arbeidsongeschikt. Eerder 6 weken brace zonder effect. "
              "Voorgeschiedenis: astma. Geen eerdere ingrepen aan de bovenste extremiteit."),
        ("h", "Lichamelijk onderzoek"),
        ("p", "Pols re: geen zwelling. Drukpijn fovea ulnaris. Ulnocarpale stresstest positief. DRUG stabiel "
              "in neutrale stand, ballottement licht verhoogd t.o.v. links. Volledige range of motion, "
              "pijnlijk eindstandig bij supinatie."),
        ("h", "Aanvullend onderzoek"),
        ("p", "MRI pols rechts d.d. 03-09-2026 (verslag radioloog dr. Ter Horst): perifere TFCC-laesie Palmer "
              "1B, geen ulna-impactie, ulnaire variantie neutraal. Röntgenfoto van januari (SEH) toonde geen fractuur."),
        ("h", "Conclusie"),
        ("p", "Perifere TFCC-laesie rechts, symptomatisch ondanks 8 maanden conservatief beleid."),
        ("h", "Beleid"),
        ("p", "Wij hebben de mogelijkheden besproken. Een artroscopische TFCC-hechting is geïndiceerd; patiënte "
              "wil hierover eerst nadenken en eventueel elders een second opinion vragen. Zij wordt op de "
              "wachtlijst geplaatst (wachttijd ca. 10 weken). Indien zij afziet van de ingreep horen wij dat graag."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["K. van Dongen", "arts-assistent Plastische Chirurgie (AIOS)", "",
                 "Supervisie: dr. A.F. Molenkamp, plastisch chirurg"]),
        ("small", "cc: patiënte\nBijlage: verslag MRI pols rechts 03-09-2026"),
    ],
    label=L(["correspondence"], "2026-09-17", "specialist", "nl", "HiX outpatient letter, kv header, logo right",
            img="yes", op="no", abroad="unmentioned",
            notes="Operation is 'geïndiceerd' and wait-listed (plan); 'Geen eerdere ingrepen aan de bovenste "
                  "extremiteit' negation; quotes MRI results and encloses the report but is not one; visit date "
                  "15-09 differs from letter date."))

# ---------------------------------------------------------------- tq-005 MRI report
add(stem="tq-005", fmt="pdf", engine="rl", font="sans", header="Zuiderhaven Ziekenhuis | Afdeling Radiologie en Nucleaire Geneeskunde",
    pagenum="pag. {n}",
    blocks=[
        ("lh", {"name": "Zuiderhaven Ziekenhuis", "logo": "ZHZ", "sub": ["Afdeling Radiologie", "Havenkade 1, 3011 AA Rotterdam"]}),
        ("tbl", [["Patiënt", "Boukhari, S. (mw.)", "Geboortedatum", "22-05-1985"],
                 ["Patiëntnr.", "7731902", "Accessienr.", "RAD26-0931145"],
                 ["Aanvrager", "dr. A.F. Molenkamp, Plastische Chirurgie", "Datum onderzoek", "03-09-2026"],
                 ["Onderzoek", "MRI pols rechts zonder contrast", "Datum verslag", "04-09-2026"]],
         {"head": False, "widths": [2.8, 5.7, 3.2, 5.3]}),
        ("h", "Klinische gegevens / vraagstelling"),
        ("p", "Sinds val 01-2026 ulnaire polspijn re, klikken. TFCC-laesie? Ulna-impactie?"),
        ("h", "Verslag"),
        ("p", "Techniek: 1.5T, PD-FS coronaal en axiaal, T1 coronaal, 3D-GRE. Vergelijking: conventionele "
              "opnamen pols rechts d.d. 14-01-2026.\n"
              "Perifere (ulnaire) discontinuïteit van het TFCC aan de foveale aanhechting met vochtsignaal, passend "
              "bij een Palmer 1B-laesie. Centrale discus intact. Geen beenmergoedeem van caput ulnae of lunatum. "
              "Ulnaire variantie neutraal. Scafolunaire en lunotriquetrale ligamenten intact. ECU-pees centraal in de "
              "groeve, geen tendinose. Geringe hoeveelheid vocht in het DRUG. Geen ganglion."),
        ("h", "Conclusie"),
        ("p", "1. Perifere TFCC-laesie (Palmer 1B).\n2. Geen aanwijzingen voor ulna-impactiesyndroom."),
        ("sp",),
        ("p", "Dr. J.W. ter Horst, radioloog\nGeautoriseerd: 04-09-2026 08:41"),
    ],
    label=L(["imaging-report"], "2026-09-04", "radiologist", "nl", "radiology report, 4-column header table",
            img="yes", op="unmentioned", abroad="unmentioned", also=["2026-09-03"],
            notes="Header data in a 4-column table with two dates (exam, report); 'Aanvrager' is a plastic surgeon; "
                  "Vraagstelling is the requester's question, not a referral; mentions earlier X-ray."))

# ---------------------------------------------------------------- tq-006 OK-verslag via LibreOffice
add(stem="tq-006", fmt="pdf", engine="lo", font="sans", lh_in_header=True, pagenum="Pagina {n} van {N}",
    footer="Afgedrukt uit HiX door: A. Kramer, 21-10-2026",
    blocks=[
        ("lh", {"name": "Medisch Centrum De Lindeboom - locatie Amersfoort",
                "sub": ["Orthopedie en Traumatologie - Operatiekamercomplex"]}),
        ("title", "OK-verslag"),
        ("tbl", [["Patiënt", "Mw. G. Schotanus-Bakker", "Geb.", "08-12-1959"],
                 ["Datum operatie", "20-10-2026", "OK", "OK 6, dagbehandeling"],
                 ["Operateur", "dr. P.L. Vermeer, orthopedisch chirurg", "Assistent", "F. Tahiri, AIOS"],
                 ["Anesthesie", "WALANT (lidocaïne 1% met adrenaline)", "Anesthesioloog", "n.v.t."]],
         {"head": False}),
        ("kv", [("Indicatie", "Triggerfinger dig IV rechts, Quinnell graad 3, recidief na 2 injecties."),
                ("Ingreep", "Percutane... nee: open release A1-pulley dig IV rechts"),
                ("Verrichtingcode", "038624"),
                ("Verloop / beschrijving",
                 "Time-out volgens protocol. Geen bloedleegte (WALANT). Transverse incisie ter hoogte van de distale "
                 "handpalmplooi over dig IV. Voorzichtig prepareren, neurovasculaire bundels beiderzijds "
                 "geïdentificeerd en gespaard. A1-pulley in de lengte gekliefd. Actieve flexie en extensie door "
                 "patiënte zelf: vrij, geen triggering meer. Spoelen. Huid gesloten met Ethilon 4-0, 3 "
                 "hechtingen. Drukverband."),
                ("Bloedverlies", "minimaal"),
                ("Complicaties", "geen"),
                ("PA", "nee"),
                ("Nabehandeling", "Verband 2 dagen, daarna pleister. Direct oefenen. Hechtingen verwijderen bij "
                                  "huisarts na 10-12 dagen. Controle poli (PA) over 6 weken.")], {"w": 4.5}),
        ("p", "Datum dictaat: 20-10-2026    Geautoriseerd: dr. P.L. Vermeer"),
    ],
    label=L(["operation-report"], "2026-10-20", "specialist", "nl", "OK-verslag form, LibreOffice from docx, header letterhead",
            img="unmentioned", op="yes", abroad="unmentioned",
            notes="Form without salutation; 'Percutane... nee' dictation self-correction; print date 21-10 in "
                  "footer vs operation date; WALANT."))

# ---------------------------------------------------------------- tq-007 MRSA lab table
add(stem="tq-007", fmt="pdf", engine="rl", font="cond",
    footer="Stichting Laboratorium Medische Microbiologie Gooi-Eemland - RvA M 224", pagenum="blad {n} van {N}",
    blocks=[
        ("lh", {"name": "LabMM Gooi-Eemland", "logo": "LMM", "align": "left",
                "sub": ["Laboratorium voor Medische Microbiologie en Infectiepreventie",
                        "Lage Naarderweg 38, 1211 AB Hilversum - tel. 035-6880400"]}),
        ("kv", [("Aanvrager", "R. el Amrani, huisarts, Huisartsenpraktijk De Vaart, Hilversum"),
                ("Kopie aan", "-"),
                ("Patiënt", "Verbeek-Roos, J.M.  (V)   geb. 03-07-1968"),
                ("Labnummer", "M26-118240")], {"w": 3.0}),
        ("title", "Uitslag bacteriologisch onderzoek"),
        ("tbl", [["Afnamedatum", "Ontvangstdatum", "Rapportdatum", "Status"],
                 ["16-11-2026", "17-11-2026", "19-11-2026", "Definitief"]]),
        ("kv", [("Bepaling", "MRSA-screening (kweek, selectief ophopingsmedium)"),
                ("Klinische gegevens", "Pre-operatieve screening; ziekenhuisopname buitenland (Turkije, Antalya) < 2 mnd geleden")],
         {"w": 3.6}),
        ("tbl", [["Materiaal", "Uitslag"],
                 ["Neus (beiderzijds)", "MRSA niet aangetoond"],
                 ["Keel", "MRSA niet aangetoond"],
                 ["Perineum", "MRSA niet aangetoond"]], {"widths": [6, 11]}),
        ("p", "Conclusie: geen dragerschap van MRSA aangetoond in de ingezonden materialen."),
        ("small", "Gevalideerd door: drs. I. Koopmans, arts-microbioloog, 19-11-2026 11:05"),
    ],
    label=L(["mrsa-screening"], "2026-11-19", "lab", "nl", "microbiology lab result, tables",
            img="unmentioned", op="unmentioned", abroad="yes", also=["2026-11-16"],
            notes="Three dates (afname/ontvangst/rapport) in a table row; 'niet aangetoond' wording; clinical "
                  "info line states an admission abroad; condensed font."))

# ---------------------------------------------------------------- tq-008 UK clinic letter
add(stem="tq-008", fmt="docx", font="sans", lh_in_header=True, pagenum="Page {n} of {N}",
    blocks=[
        ("lh", {"name": "Westbridge Hospitals NHS Foundation Trust",
                "sub": ["Department of Hand Surgery - Royal Westbridge Infirmary",
                        "Mill Lane, Westbridge WB4 7QT - Tel 01632 960 441"]}),
        ("p", "Dictated: 28/08/2026   Typed: 02/09/2026"),
        ("addr", ["Dr A. Whitcombe", "Saltmarsh Surgery", "14 Quay Street", "Westbridge WB2 1LP"]),
        ("p", "Dear Dr Whitcombe,"),
        ("kv", [("Re:", "Mrs Ingrid VAN LOON   DOB 14/03/1957"),
                ("NHS No:", "943 476 5919"), ("Hospital No:", "W2203318"),
                ("Clinic date:", "28 August 2026"), ("Consultant:", "Mr D. Okonkwo FRCS (Plast)")], {"w": 3}),
        ("h", "Diagnosis:"),
        ("p", "1. Left thumb base osteoarthritis, Eaton stage III\n"
              "2. Status post left trapeziectomy with LRTI, 12 May 2026\n3. Mild right CMCJ OA, asymptomatic"),
        ("h", "Outcome:"),
        ("p", "Review in 3 months. Discharge to hand therapy."),
        ("p", "I reviewed Mrs van Loon, a 69-year-old retired teacher originally from the Netherlands, 15 weeks "
              "following her left trapeziectomy and ligament reconstruction tendon interposition which I "
              "performed on 12 May. Her recovery has been slower than I would like. She still describes an "
              "ache at the base of the thumb with pinch, and some paraesthesia over the dorsoradial thumb "
              "which is improving. She is now off the splint.\n"
              "On examination the scar is well healed. There is a small area of Tinel's sign over the superficial "
              "radial nerve. Opposition to the base of the little finger. Key pinch 3 kg on the left versus 6 kg "
              "on the right.\n"
              "Her X-rays today show a well-maintained trapezial space with no proximal migration of the first "
              "metacarpal. No new concerns.\n"
              "She tells me she will be moving back to the Netherlands in October and would like her follow-up "
              "there. I am very happy with that and have given her a copy of this letter and the operation note to "
              "take with her."),
        ("h", "Plan:"),
        ("p", "- continue hand therapy, pinch strengthening\n- review at 6 months if still in the UK, otherwise "
              "Dutch hand surgery service\n- no further surgery planned at this stage"),
        ("p", "Yours sincerely,"),
        ("sig", ["", "Mr Daniel Okonkwo", "Consultant Plastic and Hand Surgeon"]),
        ("small", "cc: Mrs I. van Loon, 5 Harbour Row, Westbridge WB3 9HD\n"
                  "This letter has been electronically verified and is not signed."),
    ],
    label=L(["correspondence"], "2026-09-02", "specialist", "en", "NHS clinic letter, Word header, Diagnosis/Outcome/Plan",
            img="yes", op="yes", abroad="yes", also=["2026-08-28"],
            notes="Written by a hospital abroad that operated; dictated vs typed date; mentions an operation note "
                  "it does not contain; 'no further surgery planned' is a plan; DOB in dd/mm/yyyy."))

# ---------------------------------------------------------------- tq-009 German Entlassungsbrief with OP-Bericht
add(stem="tq-009", fmt="pdf", engine="rl", font="serif", pagenum="Seite {n} von {N}",
    header="Klinikum Rheinaue Düsseldorf - Klinik für Hand-, Plastische und Rekonstruktive Chirurgie",
    blocks=[
        ("lh", {"name": "Klinikum Rheinaue Düsseldorf", "logo": "KRD", "align": "right",
                "sub": ["Klinik für Hand-, Plastische und Rekonstruktive Chirurgie",
                        "Chefarzt Prof. Dr. med. W. Lindqvist", "Auf der Aue 12, 40589 Düsseldorf",
                        "Tel. +49 211 55 801-0"]}),
        ("addr", ["Herrn", "Dr. med. B. Holleman (Hausarzt)", "Grotestraat 8", "NL-5931 CV Tegelen", "Niederlande"]),
        ("right", "Düsseldorf, 09.10.2026"),
        ("title", "Entlassungsbrief"),
        ("p", "Sehr geehrter Herr Kollege Holleman,\nwir berichten über Ihren Patienten"),
        ("p", "Herrn Maarten Kessels, geb. 27.06.1979, wohnhaft Tegelen (NL),"),
        ("p", "der sich vom 03.10.2026 bis 06.10.2026 in unserer stationären Behandlung befand."),
        ("h", "Diagnosen:"),
        ("p", "- Distale Radiusfraktur rechts, AO 23-C2, nach Sturz vom Motorrad am 02.10.2026\n"
              "- Z.n. Appendektomie 1996\n- Nikotinabusus (10 Zig./d)"),
        ("h", "Therapie:"),
        ("p", "Offene Reposition und winkelstabile palmare Plattenosteosynthese am 04.10.2026"),
        ("h", "Anamnese und Befund:"),
        ("p", "Der Patient stellte sich am 02.10.2026 über unsere Notaufnahme nach Motorradsturz auf der A52 vor. "
              "Schmerzen und Fehlstellung rechtes Handgelenk. DMS intakt. Keine weiteren Verletzungen "
              "(Polytrauma-Check unauffällig)."),
        ("h", "Bildgebung:"),
        ("p", "Röntgen Handgelenk re. in 2 Ebenen (02.10.): dislozierte intraartikuläre distale Radiusfraktur.\n"
              "CT Handgelenk re. (03.10.): Dreifragmentfraktur mit Stufe von 2 mm in der Fossa lunata.\n"
              "Postoperatives Röntgen (05.10.): regelrechte Stellung, Implantat korrekt."),
        ("h", "Operationsbericht"),
        ("kv", [("OP-Datum", "04.10.2026"), ("Operateur", "OA Dr. med. S. Aydın"),
                ("Assistenz", "Dr. med. L. Franke"), ("Anästhesie", "Plexusanästhesie (axillär) + Sedierung"),
                ("Eingriff", "Offene Reposition, palmare winkelstabile Plattenosteosynthese distaler Radius re. (2,4 mm LCP)")],
         {"w": 3.2}),
        ("p", "Rückenlage, Armtisch, Oberarmblutsperre 250 mmHg. Erweiterter Henry-Zugang über dem FCR. "
              "Darstellung und Ablösen des M. pronator quadratus. Reposition unter Bildwandler, temporäre "
              "K-Draht-Fixation. Anlage einer 2,4 mm palmaren Platte, distal 6 winkelstabile Schrauben, proximal 3 "
              "Kortikalisschrauben. Bildwandlerkontrolle in zwei Ebenen: gute Reposition, Gelenkstufe aufgehoben, "
              "keine intraartikuläre Schraubenlage. Refixation des Pronator quadratus. Subkutan- und Hautnaht. "
              "Steriler Verband, dorsale Unterarmschiene. Blutsperrenzeit 68 min. Keine Komplikationen."),
        ("h", "Verlauf:"),
        ("p", "Komplikationsloser postoperativer Verlauf. Wundverhältnisse reizlos. Entlassung in gutem "
              "Allgemeinzustand am 06.10.2026. MRSA-Aufnahmescreening (Nase/Rachen): negativ."),
        ("h", "Procedere:"),
        ("p", "Schiene für 2 Wochen, danach funktionelle Nachbehandlung (Ergotherapie). Fadenzug am 14. Tag "
              "postoperativ. Röntgenkontrolle nach 6 Wochen. Weiterbehandlung in den Niederlanden durch den "
              "Hausarzt bzw. einen Handchirurgen vor Ort. Metallentfernung nicht zwingend erforderlich."),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("tbl", [["Prof. Dr. med. W. Lindqvist", "OA Dr. med. S. Aydın", "Dr. med. L. Franke"],
                 ["Chefarzt", "Oberärztin", "Assistenzarzt"]], {"head": False, "grid": False}),
    ],
    label=L(["correspondence", "operation-report"], "2026-10-09", "specialist", "de",
            "German Entlassungsbrief with embedded Operationsbericht", img="yes", op="yes", abroad="yes",
            notes="Discharge letter containing a full operation description (date, operator, procedure) -> two "
                  "kinds; MRSA admission screen only mentioned; appendectomy other body part; many dd.mm.yyyy dates; "
                  "signatures in a three-column table."))

# ---------------------------------------------------------------- tq-010 patient letter
add(stem="tq-010", fmt="txt",
    blocks=[
        ("addr", ["R. (Ria) Hoogendoorn", "Prinsengracht 501-III", "1016 HR Amsterdam", "06-41127733"]),
        ("addr", ["Handcentrum Oostvaarders", "t.a.v. second opinion", "Postbus 2291", "1300 CG Almere"]),
        ("p", "Amsterdam, 2 december 2026"),
        ("p", "Onderwerp: verzoek om second opinion rechterpols"),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Via mijn fysiotherapeut hoorde ik van uw kliniek. Ik wil u graag vragen om een second opinion over "
              "mijn rechterpols. In april 2024 ben ik tijdens een skivakantie in Spanje (Sierra Nevada) gevallen "
              "en heb ik mijn pols gebroken. Ik ben toen in het ziekenhuis in Granada geopereerd, er is een plaatje "
              "in gezet. Sindsdien heb ik steeds pijn en kan ik mijn hand niet goed draaien.\n"
              "Hier in Nederland heb ik de orthopeed in het Ziekenhuis Oosterpark gezien, die zei dat er 'niets meer aan te doen' "
              "was. Daar ben ik niet tevreden mee. Er zijn toen ook nieuwe foto's gemaakt.\n"
              "Mijn huisarts (dokter Bosman) heeft gezegd dat hij een verwijzing wil sturen als u mij wilt zien. "
              "Ik heb de Spaanse papieren helaas niet meer, alleen een foto van de ontslagbrief op mijn telefoon. "
              "Die stuur ik mee als bijlage.\n"
              "Mijn geboortedatum is 30 januari 1981."),
        ("p", "Ik hoop op een snelle reactie.\n\nMet vriendelijke groet,\n\nRia Hoogendoorn"),
        ("p", "Bijlage: foto ontslagbrief Hospital Universitario (Granada)"),
    ],
    label=L([], "2026-12-02", "patient", "nl", "patient's own letter (plain text)",
            img="yes", op="yes", abroad="yes",
            notes="Patient asks for a second opinion herself (not a referral); mentions GP will send referral; "
                  "operation and admission abroad per patient; mentions an attached discharge letter."))

# ---------------------------------------------------------------- tq-011 UK hand therapy letter (not a kind)
add(stem="tq-011", fmt="docx", font="sans",
    blocks=[
        ("lh", {"name": "Hand Therapy Department", "logo": "NHS",
                "sub": ["Westbridge Hospitals NHS Foundation Trust", "Royal Westbridge Infirmary, Mill Lane, Westbridge WB4 7QT"]}),
        ("title", "Hand Therapy Discharge Report"),
        ("kv", [("Patient", "Ingrid van Loon"), ("DOB", "14/03/1957"), ("Hospital No", "W2203318"),
                ("Date of report", "30/09/2026"), ("Therapist", "Sarah Pennington, BSc OT, AHT(BAHT)"),
                ("Referred by", "Mr D. Okonkwo, Consultant Hand Surgeon")], {"w": 3.5}),
        ("h", "Diagnosis / surgery"),
        ("p", "Left trapeziectomy + LRTI 12/05/2026."),
        ("h", "Treatment summary"),
        ("p", "Seen for 11 sessions between 26/05/2026 and 29/09/2026. Thermoplastic thumb spica splint "
              "(forearm-based) for 6 weeks, then hand-based. Scar management, oedema control, desensitisation "
              "for SRN irritation, ROM and graded strengthening programme."),
        ("tbl", [["Measure", "26/05/2026", "29/09/2026", "Right (ref.)"],
                 ["Kapandji score", "6/10", "9/10", "10/10"],
                 ["Key pinch (kg)", "n/a", "3.5", "6.0"],
                 ["Grip (kg, Jamar II)", "n/a", "16", "24"],
                 ["QuickDASH", "61.4", "31.8", "-"]]),
        ("h", "Discharge plan"),
        ("p", "Patient relocating to the Netherlands in October 2026. Home exercise programme issued. Advised to "
              "continue strengthening for 3 further months. Happy to be contacted by Dutch therapists."),
        ("p", "Sarah Pennington\nClinical Specialist Hand Therapist"),
    ],
    label=L([], "2026-09-30", "other", "en", "NHS hand therapy discharge report with measurement table",
            img="unmentioned", op="yes", abroad="yes",
            notes="Hand-therapy report, not correspondence from a specialist though from a hospital department; "
                  "names the surgeon as referrer; surgery and treatment abroad."))

# ---------------------------------------------------------------- tq-012 pharmacy overview txt
add(stem="tq-012", fmt="txt", crlf=True,
    blocks=[
        ("mono", "APOTHEEK DE KLEINE WEIDE          Medicatieoverzicht\n"
                 "Weidelaan 2, 3451 AB Vleuten      Afdrukdatum: 25-11-2026\n"
                 "Tel. 030-6772201                  Apotheker: mw. drs. F. Laghmich"),
        ("kv", [("Patiënt", "Dhr. H.G. van Wijngaarden"), ("Geb. datum", "17-09-1949"),
                ("Huisarts", "J. Roest, Vleuten"), ("Lengte/gewicht", "1.82 m / 94 kg (31-10-2026)")], {"w": 3}),
        ("h", "Actuele medicatie"),
        ("tbl", [["Start", "Geneesmiddel", "Gebruik", "Voorschrijver"],
                 ["12-02-2019", "METFORMINE TABLET 850MG", "2x per dag 1 tablet", "Roest"],
                 ["03-05-2021", "ACENOCOUMAROL TABLET 1MG", "volgens schema trombosedienst", "Cardioloog Zuiderhaven"],
                 ["03-05-2021", "METOPROLOL RET 50MG", "1x per dag 1 tablet", "Cardioloog Zuiderhaven"],
                 ["14-10-2026", "PARACETAMOL 1000MG", "max 3x per dag 1 tablet", "Orthopeed (na operatie)"],
                 ["14-10-2026", "OXYCODON 5MG", "zo nodig max 4x per dag 1", "Orthopeed (na operatie)"]]),
        ("h", "Gestopt (laatste 6 mnd)"),
        ("tbl", [["Stop", "Geneesmiddel", "Reden"],
                 ["10-10-2026", "ACENOCOUMAROL (tijdelijk)", "peri-operatief, overbrugging met nadroparine"],
                 ["28-10-2026", "NADROPARINE 5700IE", "kuur beëindigd"]]),
        ("h", "Overgevoeligheden / contra-indicaties"),
        ("p", "Penicilline: huiduitslag (2003). Diabetes mellitus. Atriumfibrilleren."),
        ("p", "Dit overzicht is samengesteld uit de gegevens van de apotheek en kan onvolledig zijn."),
    ],
    label=L([], "2026-11-25", "other", "nl", "pharmacy medication overview, CRLF text with tables",
            img="unmentioned", op="unmentioned", abroad="unmentioned",
            notes="Pharmacy overview (not history); 'Orthopeed (na operatie)' and peri-operative bridging hint at an "
                  "operation without saying on what -> left unmentioned; birth date and print date."))

# ---------------------------------------------------------------- tq-013 appointment letter English
add(stem="tq-013", fmt="txt",
    blocks=[
        ("p", "Zuiderhaven Ziekenhuis | Radiology Department | Havenkade 1, 3011 AA Rotterdam"),
        ("p", "Mr J. (James) Whitfield\nWilhelminakade 301\n3072 AP Rotterdam"),
        ("p", "Date: 20 November 2026\nPatient number: 7790415\nDate of birth: 5 June 1988"),
        ("p", "Dear Mr Whitfield,"),
        ("p", "An appointment has been made for you for the following examination:"),
        ("kv", [("Examination", "MRI left wrist (with contrast)"), ("Date", "Tuesday 15 December 2026"),
                ("Time", "08:40 (please report at 08:20)"), ("Location", "Radiology, route 31, ground floor"),
                ("Requested by", "dr. A.F. Molenkamp, Plastic Surgery")], {"w": 3}),
        ("p", "Preparation: you do not need to fast. Please remove all metal objects. If you have a pacemaker, "
              "neurostimulator or metal fragments in your body, contact us before the examination. Because "
              "contrast will be used, please bring a recent kidney function result if you are over 70.\n"
              "The results of the MRI will be discussed with you by your specialist at your next outpatient visit "
              "(planned for 5 January 2027). You will not receive the results from the radiologist.\n"
              "Unable to attend? Please call 010-4402300 at least 24 hours in advance."),
        ("p", "Kind regards,\n\nAppointments office, Radiology"),
    ],
    label=L([], "2026-11-20", "other", "en", "hospital appointment letter (English, for expat), plain text",
            img="unmentioned", op="unmentioned", abroad="unmentioned",
            notes="Appointment for a future MRI (planned, not done); several future dates; 'Requested by' a "
                  "specialist; written by a Dutch hospital in English."))

# ---------------------------------------------------------------- tq-014 consent form
add(stem="tq-014", fmt="docx", font="sans",
    blocks=[
        ("lh", {"name": "Handcentrum Oostvaarders", "logo": "HCO",
                "sub": ["Postbus 2291, 1300 CG Almere - secretariaat 036-5401900"]}),
        ("title", "Machtiging opvragen medische gegevens"),
        ("p", "Ondergetekende geeft hierbij toestemming aan Handcentrum Oostvaarders om medische gegevens "
              "(correspondentie, operatieverslagen, radiologieverslagen en beelden) op te vragen bij de "
              "onderstaande zorgverlener(s), ten behoeve van de beoordeling van zijn/haar second opinion."),
        ("kv", [("Naam patiënt", "W.F.M. Claessens"), ("Geboortedatum", "21-04-1975"),
                ("BSN", "2468.10.120"), ("Adres", "Molenstraat 17, 4501 KL Oostburg")], {"w": 4}),
        ("h", "Zorgverlener(s) waar de gegevens worden opgevraagd"),
        ("tbl", [["Instelling", "Afdeling / arts", "Periode van behandeling"],
                 ["AZ Zeelandia, Kustlaan 40, 8300 Knokke-Heist (België)", "Orthopedie - dr. P. Vandecasteele", "jan. 2026 - heden"],
                 ["Huisartsenpraktijk Oostburg", "dr. L. Geerts", "2018 - heden"]]),
        ("p", "Reden: ik ben in België behandeld (spoedgevallendienst en raadplegingen voor mijn rechterduim, "
              "januari tot maart 2026) en wil dat deze gegevens bij de beoordeling worden betrokken."),
        ("kv", [("Plaats", "Oostburg"), ("Datum", "27 nov. 2026"), ("Handtekening", "[getekend] W. Claessens")], {"w": 4}),
        ("small", "Deze machtiging is 6 maanden geldig. Formulier HCO-F-017 versie 3."),
    ],
    label=L([], "2026-11-27", "patient", "nl", "consent form (machtiging), docx tables",
            img="unmentioned", op="unmentioned", abroad="yes",
            notes="Consent form listing 'operatieverslagen, radiologieverslagen' as items to request (keywords, no "
                  "operation stated); treatment in a Belgian hospital; date '27 nov. 2026' near signature."))

# ---------------------------------------------------------------- tq-015 other lab result (blood)
add(stem="tq-015", fmt="pdf", engine="rl", font="sans", footer="DCU - eerstelijnsdiagnostiek - uitslagen met * vallen buiten de referentiewaarden",
    pagenum="{n}",
    blocks=[
        ("lh", {"name": "Diagnostisch Centrum Utrecht-West", "logo": "DCU",
                "sub": ["Klinisch-chemisch laboratorium voor de eerste lijn", "Vleutenseweg 300, 3532 HT Utrecht"]}),
        ("kv", [("Aanvrager", "J. Roest, huisarts Vleuten"), ("Patiënt", "van Wijngaarden, H.G.  M  17-09-1949"),
                ("Afname", "24-11-2026 08:12"), ("Rapport", "24-11-2026 15:47  (eindrapport)")], {"w": 3}),
        ("title", "Uitslagen laboratoriumonderzoek"),
        ("tbl", [["Bepaling", "Uitslag", "Eenheid", "Referentie", ""],
                 ["Hemoglobine", "8.1", "mmol/L", "8.5 - 11.0", "*"],
                 ["Leukocyten", "7.4", "10^9/L", "4.0 - 10.0", ""],
                 ["Trombocyten", "251", "10^9/L", "150 - 400", ""],
                 ["BSE", "24", "mm/uur", "< 20", "*"],
                 ["CRP", "6", "mg/L", "< 10", ""],
                 ["Reumafactor IgM", "< 5", "kU/L", "< 15", ""],
                 ["anti-CCP", "negatief", "", "negatief", ""],
                 ["Glucose nuchter", "8.9", "mmol/L", "4.0 - 6.1", "*"],
                 ["HbA1c", "58", "mmol/mol", "< 53", "*"],
                 ["eGFR (CKD-EPI)", "64", "ml/min/1.73m2", "> 60", ""],
                 ["INR", "2.8", "", "therap. 2.5-3.5", ""]], {"widths": [5, 2.5, 3, 4, 1]}),
        ("p", "Opmerking: MRSA-screening is apart aangevraagd en volgt als afzonderlijke uitslag van het "
              "microbiologisch laboratorium."),
        ("small", "Geautoriseerd door: dr. E. Brink, klinisch chemicus"),
    ],
    label=L([], "2026-11-24", "lab", "nl", "GP lab result table (blood)",
            img="unmentioned", op="unmentioned", abroad="unmentioned",
            notes="Other lab result, not MRSA: mentions a separately requested MRSA screening; lab letterhead and "
                  "table look like a microbiology result."))

# ---------------------------------------------------------------- tq-016 Belgian consultation letter
add(stem="tq-016", fmt="pdf", engine="rl", font="serif", pagenum="{n}/{N}",
    footer="AZ Zeelandia vzw - Kustlaan 40, 8300 Knokke-Heist - RPR Gent afd. Brugge - tel. +32 50 63 00 00",
    blocks=[
        ("lh", {"name": "AZ Zeelandia", "logo": "AZ", "align": "left",
                "sub": ["Dienst Orthopedie en Traumatologie", "Raadpleging hand- en polschirurgie",
                        "dr. P. Vandecasteele - dr. E. Wuyts"]}),
        ("p", "Knokke-Heist, 05/03/2026"),
        ("addr", ["Geachte Confrater,", "Dr. L. Geerts", "Nieuwstraat 3", "NL 4501 BE Oostburg"]),
        ("kv", [("Betreft", "Mijnheer Claessens Wim, ° 21/04/1975"), ("Rijksregister", "n.v.t. (Nederlandse patiënt)"),
                ("Raadpleging van", "03/03/2026")], {"w": 3.5}),
        ("p", "Waarde collega,"),
        ("p", "Ik zag uw patiënt terug op mijn raadpleging. Ter herinnering: mijnheer kwam op 12/01/2026 via onze "
              "spoedgevallendienst na een val tijdens het fietsen, met pijn ter hoogte van de rechterduim. Op de "
              "RX werd een avulsiefractuur van de basis P1 ulnair gezien, met instabiliteit van het ulnair "
              "collateraal ligament (skiërsduim)."),
        ("p", "Er werd destijds in overleg geopteerd voor een conservatieve behandeling met een duimspalk gedurende "
              "6 weken; een heelkundige ingreep werd niet uitgevoerd. Vandaag is er nog lichte laxiteit maar een "
              "stevig eindpunt. Pijn VAS 2/10. Controle-RX van 03/03: consolidatie van het fragment."),
        ("h", "Besluit"),
        ("p", "Geconsolideerde avulsiefractuur basis P1 duim rechts, conservatief behandeld, restlaxiteit UCL "
              "zonder noodzaak tot chirurgie op dit moment."),
        ("h", "Beleid"),
        ("p", "Verder oefenen bij de kinesitherapeut. Bij persisterende instabiliteit kan een ligamentplastie "
              "overwogen worden. Nieuwe raadpleging enkel op vraag."),
        ("p", "Met collegiale groeten,"),
        ("sig", ["Dr. P. Vandecasteele", "Orthopedisch chirurg", "RIZIV 1-23456-78-910"]),
    ],
    label=L(["correspondence"], "2026-03-05", "specialist", "nl", "Belgian raadplegingsverslag, Flemish wording",
            img="yes", op="no", abroad="yes", also=None,
            notes="Belgian hospital (foreign) named by name and postcode; '°' birth date; 'Besluit'; 'een heelkundige "
                  "ingreep werd niet uitgevoerd' negation; ligamentplastie only considered; older than 6 months."))
