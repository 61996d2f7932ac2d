# Dutch (and Belgian) documents of the tb- batch. All persons and institutions invented.

def L(kinds, date, author, style, imaging, operated, abroad, notes, rq=None, also=None, lang="nl"):
    d = {"kinds": kinds}
    if date:
        d["date"] = date
    if also:
        d["also_dates"] = also
    d.update(author=author, language=lang, style=style)
    if rq is not None:
        d["referral_question"] = rq
    d.update(imaging_done=imaging, operated=operated, treated_abroad=abroad, notes=notes)
    return d

DOCS = []
A = DOCS.append

# ------------------------------------------------------------------ 001 Zorgdomein two-column
A(dict(id="tb-001", fmt="rl", opts=dict(grid=True, shade=True, kvw=48,
       footer="Afgedrukt via ZorgDomein  -  referentie ZD-88213406", pagefmt="pagina {p}"),
  blocks=[
    ("lh", ["Huisartsenpraktijk De Lindehof", "Lindelaan 14, 3941 KD Doorn  |  tel. 0343-412870  |  AGB 01-058832"]),
    ("title", "Verwijzing - Second opinion handchirurgie"),
    ("kv4", [("Patiënt", "mevr. A.J. (Annelies) Verkerk-Bos", "Verwijsdatum", "14-10-2026"),
             ("Geboortedatum", "22-07-1968", "Urgentie", "regulier"),
             ("BSN", "1234.56.782", "Verzekeraar", "Zilveren Kruis, 388104522"),
             ("Adres", "Jagerslaan 7, 3941 LP Doorn", "Telefoon", "06-41877203")]),
    ("kv", [("Verwijzer", "R.M. Haverkamp, huisarts"),
            ("Ontvanger", "Handkliniek Midden-Nederland, afd. Handchirurgie (second opinion)"),
            ("Specialisme", "Plastische chirurgie / handchirurgie"),
            ("Reden van verwijzing", "Sinds ruim een jaar pijn en zwelling dorsale zijde rechterpols, dominante hand. "
             "Eerder door orthopeed in ons regioziekenhuis gezien; daar werd een ganglion vastgesteld en punctie "
             "verricht (maart 2026), waarna recidief. Patiënte twijfelt aan het voorgestelde beleid."),
            ("Vraagstelling", "Graag uw second opinion: is excisie van het ganglion zinvol of past hier een "
             "andere verklaring van de klachten (SL-letsel?). Patiënte wenst uw oordeel voordat zij kiest."),
            ("Relevante voorgeschiedenis", "2009 hysterectomie\n2017 hypothyreoïdie\n2024 lateraal enkelbandletsel links, conservatief"),
            ("Recente behandelingen", "03-2026 punctie ganglion rechterpols (orthopedie Ziekenhuis Heuvelrug)\n"
             "06-2026 echo rechterpols: ganglion 14 mm dorsaal, geen andere afwijkingen\n"
             "09-2026 polsbrace 6 weken, zonder effect"),
            ("Operaties", "Aan de pols is zij tot op heden niet geopereerd."),
            ("Medicatie", "levothyroxine 75 mcg 1dd1; paracetamol z.n."),
            ("Allergieën", "geen bekend"),
            ("Bijlagen", "brief orthopedie 04-2026; uitslag echo 06-2026"),
            ]),
    ("small", "Deze verwijzing is elektronisch ondertekend door R.M. Haverkamp, huisarts. Geldig tot 14-10-2027."),
  ],
  label=L(["referral", "history"], "2026-10-14", "gp", "zorgdomein form, 4-column patient block + label/value grid",
          "yes", "no", "unmentioned",
          "Question only in Vraagstelling; has Relevante voorgeschiedenis + Recente behandelingen so also history. "
          "Punctie is not an operation; explicit 'niet geopereerd'. Hysterectomy is another body part.", rq=True)))

# ------------------------------------------------------------------ 002 free GP letter docx
A(dict(id="tb-002", fmt="docx", opts=dict(),
  blocks=[
    ("lh", ["Huisartsen Oosterpoort", "Praktijk dr. S. El Amrani & mw. J. Terpstra", "Oosterhamrikkade 88, 9714 BK Groningen",
            "050-3127744  |  info@ho-oosterpoort.nl"]),
    ("p", "Aan: Centrum voor Hand- en Polschirurgie Noord\nt.a.v. de dienstdoende handchirurg\nPostbus 3030\n9701 DA Groningen"),
    ("p", "Groningen, 2 december 2026"),
    ("p", "Betreft: dhr. T. (Thijs) Wiersma, geb. 03-02-1991\nBSN 2391.04.117"),
    ("p", "Geachte collega,"),
    ("p", "Hierbij verwijs ik naar u de heer Wiersma, 35 jaar, timmerman, met sinds het voorjaar pijn aan de "
          "radiale zijde van de linkerpols na een val van een steiger. Hij is destijds niet naar de SEH gegaan. "
          "Bij mijn onderzoek vind ik drukpijn in de tabatière anatomique en pijn bij axiale compressie van de duim."),
    ("p", "Afgelopen zomer is hij drie weken in Spanje op vakantie geweest; daar heeft hij geen arts of ziekenhuis bezocht."),
    ("p", "Er is tot nu toe nog geen foto gemaakt; ik wilde dat aan u overlaten zodat het in één keer goed "
          "gebeurt. Mijn vraag is of er sprake kan zijn van een gemiste scaphoïdfractuur of pseudartrose en, zo ja, "
          "welke behandeling u adviseert. Patiënt vraagt uitdrukkelijk om een second opinion omdat zijn broer na een "
          "vergelijkbare val aan de pols werd geopereerd met een matig resultaat."),
    ("p", "Medicatie: ibuprofen 400 mg z.n. Allergie: penicilline (huiduitslag)."),
    ("p", "Met vriendelijke groet,"),
    ("p", "S. el Amrani, huisarts\nAGB 01-047712"),
  ],
  label=L(["referral"], "2026-12-02", "gp", "free GP letter (docx)", "no", "unmentioned", "no",
          "Explicit no imaging yet; brother's operation is someone else's; holiday in Spain without care. No history section.",
          rq=True)))

# ------------------------------------------------------------------ 003 HIS journal printout txt
his3 = [
 ("lh", ["HUISARTSENPRAKTIJK 'T KOMPAS  -  Kompasstraat 2, 1502 AT Zaandam", "Uitdraai journaal                      Datum uitdraai: 20-11-2026   Gebruiker: JdV"]),
 ("kv", [("Patiënt:", "M. (Marco) van der Ploeg"), ("Geb.datum:", "17-09-1959 (67 jr)"), ("Geslacht:", "M"),
         ("Patiëntnr:", "004417"), ("Verzekering:", "VGZ 201884477")]),
 ("h", "EPISODELIJST (actief)"),
 ("table", [["ICPC", "Omschrijving", "Begin"],
            ["N93", "Carpaletunnelsyndroom rechts", "02-2025"],
            ["L90", "Artrose CMC-1 rechts", "11-2025"],
            ["K86", "Hypertensie", "2014"],
            ["T90.02", "Diabetes mellitus type 2", "2018"]]),
 ("h", "EPISODELIJST (passief)"),
 ("table", [["ICPC", "Omschrijving", "Begin-eind"],
            ["D88", "Appendicitis, appendectomie", "1977"],
            ["L77", "Distorsie enkel links", "2021-2021"]]),
 ("h", "JOURNAAL (selectie N93 / L90, laatste 24 maanden)"),
 ("p", "11-02-2025  S: tintelingen dig 1-3 re, 's nachts wakker, schudden helpt. Werkt als monteur.\n"
       "            O: Tinel + re, Phalen + na 30 sec, geen atrofie thenar.\n"
       "            E: CTS re.  P: nachtspalk, uitleg, controle 6 wk."),
 ("p", "01-04-2025  S: geen verbetering met spalk.  E: CTS re.  P: verwijzing neurologie voor EMG."),
 ("p", "22-05-2025  Brief specialist ontvangen: neurologie Zaans MC - EMG: matig-ernstig CTS re. Advies verwijzing plastische chirurgie."),
 ("p", "26-05-2025  P: Verwijzing plastische chirurgie Zaans MC (Zorgdomein)."),
 ("p", "04-09-2025  Brief specialist ontvangen: OK 28-08-2025 open carpaletunnelrelease rechts, ongecompliceerd. Hechtingen er uit op dag 12."),
 ("p", "09-09-2025  S: wond rustig, nog wat pijn litteken.  O: wond genezen.  P: littekenmassage, POH."),
 ("p", "13-11-2025  S: pijn basis duim re bij knijpen, potjes openen lukt niet.  O: grind-test +, drukpijn CMC-1.\n"
       "            E: artrose CMC-1 re?  P: X-hand re aangevraagd."),
 ("p", "20-11-2025  Uitslag X-hand re (Zaans MC): artrose CMC-1 Eaton gr. II-III, STT zonder bijzonderheden. Gebeld, spalk + pijnstilling."),
 ("p", "15-01-2026  S: duimspalk helpt deels.  P: injectie CMC-1 re met triamcinolon 10 mg."),
 ("p", "07-05-2026  S: effect injectie 3 mnd, nu weer veel pijn. Tintelingen na OK geheel weg.\n"
       "            E: CMC-1 artrose re, recidief klachten.  P: handtherapie, overweegt operatie."),
 ("p", "30-06-2026  Brief specialist ontvangen: plastische chirurgie - trapeziectomie aangeboden; patiënt twijfelt."),
 ("p", "18-11-2026  S: wil second opinion over operatie duimbasis voordat hij beslist.  P: verwijzing second opinion handkliniek, samenvatting meegegeven."),
 ("h", "MEDICATIE (actueel)"),
 ("p", "metformine 500 mg 2dd1  |  amlodipine 5 mg 1dd1  |  paracetamol 1000 mg z.n. max 3dd"),
 ("h", "ALLERGIEËN / CONTRA-INDICATIES"),
 ("p", "geen bekend"),
 ("small", "*** einde uitdraai - 1 van 1 ***"),
]
A(dict(id="tb-003", fmt="txt", opts=dict(kvw_txt=14), blocks=his3,
  label=L(["history"], "2026-11-20", "gp", "HIS journal printout (Uitdraai journaal, SOEP lines)",
          "yes", "yes", "unmentioned",
          "Operated = carpal tunnel release 2025 on same hand; current question is CMC-1 (trapeziectomy offered, a plan). "
          "Appendectomy 1977 other body part. Mentions of letters received, not letters themselves.")))

# ------------------------------------------------------------------ 004 outpatient letter plastic surgery
A(dict(id="tb-004", fmt="rl", opts=dict(footer="Rivierenland Ziekenhuis  ·  Jan van Galenlaan 40, 4003 BN Tiel  ·  www.rlz-tiel.nl", pagefmt="blad {p}"),
  blocks=[
    ("lh", ["Rivierenland Ziekenhuis", "Plastische, Reconstructieve en Handchirurgie", "Polikliniek route 22  ·  T 0344-675500"]),
    ("kv", [("Aan", "Huisartsenpraktijk Kerkstraat\nt.a.v. mw. dr. L. Schouten\nKerkstraat 19\n4001 NB Tiel"),
            ("Ons kenmerk", "PLCH/2026/04418 - kb"), ("Datum", "9 september 2026"),
            ("Betreft", "mw. F. Doğan, geb. 11-04-1983, patiëntnr. 7710392")]),
    ("p", "Geachte collega,"),
    ("p", "Op 2 september jl. zag ik uw patiënte op de polikliniek in verband met pijn in de linkerhandpalm ter "
          "hoogte van de ringvinger met haperen van de vinger."),
    ("h", "Anamnese"),
    ("p", "Sinds ongeveer vijf maanden blijft de ringvinger links 's ochtends in flexie staan en springt "
          "met een pijnlijke klik los. Zij werkt als kapster. Geen trauma. Eerder geen behandeling aan de hand gehad; "
          "een injectie bij u weigerde zij vanwege angst voor naalden."),
    ("h", "Lichamelijk onderzoek"),
    ("p", "Palpabele nodulus ter hoogte van de A1-pulley dig IV links, triggering reproduceerbaar. Sensibiliteit intact. "
          "Geen Dupuytren-strengen."),
    ("h", "Aanvullend onderzoek"),
    ("p", "Echografie (2 september 2026, eigen afdeling radiologie): verdikte A1-pulley dig IV, tendinose van de "
          "flexorpees, geen ganglion."),
    ("h", "Conclusie"),
    ("p", "Triggerfinger dig IV links, Quinnell graad III."),
    ("h", "Beleid"),
    ("p", "Ik heb patiënte een A1-pulley-klieving onder lokale anesthesie aangeboden. Zij wil hier eerst over nadenken "
          "en eventueel een second opinion vragen. Zij neemt zelf contact op. Een nieuwe controle is niet gepland."),
    ("p", "Met collegiale groet,"),
    ("p", "drs. P.J. Bakhuizen, plastisch chirurg\n\ncc: patiënte"),
  ],
  label=L(["correspondence"], "2026-09-09", "specialist", "HiX outpatient letter, label/value address block",
          "yes", "no", "unmentioned",
          "Surgery only offered (plan). 'Eerder geen behandeling aan de hand' → not operated. Consultation date differs from letter date.")))

# ------------------------------------------------------------------ 005 radiology MRI
A(dict(id="tb-005", fmt="rl", opts=dict(kvw=42, pagenum=False),
  blocks=[
    ("lh", ["Ziekenhuis Amstelveen-Zuid", "Afdeling Radiologie en Nucleaire Geneeskunde", "Laan van de Helende Meesters 8, 1186 AM Amstelveen"]),
    ("title", "RADIOLOGISCH ONDERZOEK"),
    ("kv", [("Patiënt", "Jansen-Kooij, E.M. (Esther)"), ("Geboren", "30-12-1976"), ("Patiëntnummer", "3318820"),
            ("Aanvrager", "dr. K. Verbeek, orthopedisch chirurg, Orthopedie"),
            ("Onderzoek", "MRI pols rechts zonder contrast"), ("Datum onderzoek", "27-10-2026"),
            ("Datum verslag", "29-10-2026")]),
    ("h", "Klinische gegevens"),
    ("p", "Sinds 4 maanden ulnaire polspijn rechts na draaibeweging bij tennis. Vraagstelling: TFCC-laesie? Ulnocarpaal impactie?"),
    ("h", "Verslag"),
    ("p", "Vergelijking met conventionele opname d.d. 08-07-2026. Ulnaire variantie +2 mm. Perforatie van het centrale "
          "deel van de discus articularis (TFCC) met vochtsignaal doorlopend naar het DRUG. Beperkt beenmergoedeem in het "
          "proximale ulnaire deel van het os lunatum, passend bij beginnende ulnocarpale impactie. Lig. scapholunatum "
          "en lunotriquetrum intact. Extensor carpi ulnaris pees in de sulcus gelegen, zonder tendinopathie. Geen ganglion."),
    ("h", "Conclusie"),
    ("p", "1. Centrale TFCC-perforatie (Palmer 2A-2C) met beginnende ulnocarpale impactie bij positieve ulnaire variantie.\n"
          "2. Geen SL- of LT-letsel."),
    ("p", "Elektronisch geautoriseerd door: dr. H.W. Nieboer, radioloog, 29-10-2026 14:12"),
  ],
  label=L(["imaging-report"], "2026-10-29", "radiologist", "radiology report, label/value header",
          "yes", "unmentioned", "unmentioned",
          "Exam date 27-10 vs report date 29-10; Aanvrager is an orthopedic surgeon (not a referral). Vraagstelling here is the requester's question.",
          also=["2026-10-27"])))

# ------------------------------------------------------------------ 006 OK-verslag form
A(dict(id="tb-006", fmt="rl", opts=dict(grid=True, kvw=40, header="OK-verslag  ·  Spaarne Oost Ziekenhuis  ·  pat.nr 55120987"),
  blocks=[
    ("lh", ["Spaarne Oost Ziekenhuis", "Operatiekamercomplex - locatie Heemstede"]),
    ("title", "Operatieverslag"),
    ("kv", [("Patiënt", "dhr. R.A. Lindeboom"), ("Geboortedatum", "05-05-1952"),
            ("Datum operatie", "16-06-2026"), ("Operateur", "dr. M.C. Tjon-A-Fat, plastisch chirurg"),
            ("Assistent", "S. de Graaf, AIOS heelkunde"), ("Anesthesie", "WALANT (lidocaïne 1% met adrenaline)"),
            ("Indicatie", "Ziekte van Dupuytren dig V rechts, extensiedeficit PIP 55°, MCP 30°"),
            ("Ingreep", "Partiële fasciectomie dig V rechts"),
            ("Zijde", "rechts"),
            ("Verloop", "Time-out verricht. Bruner-incisie van distale handpalmplooi tot midden middenphalanx. "
             "Identificatie en bescherming van de ulnaire en radiale neurovasculaire bundel. Excisie van de pretendineuze en "
             "spirale streng. Na excisie volledige extensie MCP, PIP tot -10°. Geen capsulotomie nodig. Goede capillaire refill. "
             "Sluiten met Ethilon 5-0, Z-plastiek ter hoogte van de basis van de vinger."),
            ("Complicaties", "geen"), ("Bloedverlies", "minimaal"),
            ("PA", "ja, fascie dig V"),
            ("Nabehandeling", "drukverband 2 dagen, daarna handtherapie en nachtspalk in extensie 3 maanden. Hechtingen verwijderen na 12 dagen bij huisarts."),
            ]),
    ("p", "Getekend: dr. M.C. Tjon-A-Fat, 16-06-2026 11:47"),
  ],
  label=L(["operation-report"], "2026-06-16", "specialist", "OK-verslag form, grid label/value, no salutation",
          "unmentioned", "yes", "unmentioned", "Plain operation report form; Dupuytren is a hand problem.")))

# ------------------------------------------------------------------ 007 MRSA lab table
A(dict(id="tb-007", fmt="rl", opts=dict(grid=True, kvw=45, footer="Stichting Microbiologisch Laboratorium Twente-Achterhoek · Burg. Edo Bergsmalaan 1, 7512 AD Enschede"),
  blocks=[
    ("lh", ["Laboratorium Medische Microbiologie", "Twente-Achterhoek", "tel. 053-4871000 · fax 053-4871010"]),
    ("title", "Uitslag microbiologisch onderzoek"),
    ("kv4", [("Patiënt", "H.B. Nijhuis", "Geb.datum", "09-03-1947"),
             ("Labnummer", "M26-118734", "Aanvrager", "huisarts M. Oude Elferink, Haaksbergen"),
             ("Afnamedatum", "12-11-2026", "Ontvangst", "13-11-2026")]),
    ("kv", [("Klinische gegevens", "Opname ziekenhuis buitenland (Alanya, Turkije) aug-sept 2026 na val; screening vóór verwijzing handchirurgie."),
            ("Bepaling", "MRSA-screening (kweek + PCR)")]),
    ("table", [["Materiaal", "Bepaling", "Uitslag", "Datum"],
               ["Neus", "MRSA kweek", "MRSA niet aangetoond", "16-11-2026"],
               ["Keel", "MRSA kweek", "MRSA niet aangetoond", "16-11-2026"],
               ["Perineum", "MRSA kweek", "MRSA niet aangetoond", "16-11-2026"],
               ["Pool", "MRSA PCR (mecA/SCCmec)", "negatief", "13-11-2026"]]),
    ("p", "Eindconclusie: geen aanwijzingen voor dragerschap van MRSA."),
    ("p", "Gevalideerd door: dr. I. Hofstede, arts-microbioloog, 16-11-2026"),
  ],
  label=L(["mrsa-screening"], "2026-11-16", "lab", "microbiology lab result, 4-col header + table",
          "unmentioned", "unmentioned", "yes",
          "Clinical data state admission in Turkey → treated_abroad yes. Sample date 12-11, final validation 16-11.",
          also=["2026-11-12"])))

# ------------------------------------------------------------------ 008 discharge letter with op section docx
A(dict(id="tb-008", fmt="docx", opts=dict(grid=False, header="Martini Zorggroep Friesland - Afdeling Traumatologie / Heelkunde",
                                         footer="Klinische brief - vertrouwelijk"),
  blocks=[
    ("lh", ["Martini Zorggroep Friesland", "Afdeling Heelkunde - Traumatologie", "Harlingerstraatweg 9, 8914 AZ Leeuwarden"]),
    ("kv", [("Aan", "Huisartsenpraktijk Wâldrâne, dhr. J. Hoekstra, huisarts, Burgum"),
            ("Datum", "27-03-2026"), ("Kenmerk", "HLK-KB-26-01552"),
            ("Betreft", "mw. W. (Wietske) Postma, geb. 14-08-1998")]),
    ("title", "Ontslagbrief"),
    ("kv", [("Opnamedatum", "19-03-2026"), ("Ontslagdatum", "21-03-2026"),
            ("Opnamediagnose", "Distale radiusfractuur links, dorsaal gekanteld, intra-articulair (AO 23-C2)")]),
    ("h", "Anamnese"),
    ("p", "Patiënte viel op 18-03-2026 tijdens het schaatsen op de uitgestrekte linkerhand. Rechtshandig. Overigens gezond."),
    ("h", "Aanvullend onderzoek"),
    ("p", "Röntgen pols links (18-03): intra-articulaire distale radiusfractuur met 25° dorsale kanteling en 4 mm verkorting. "
          "CT pols links (19-03): stap in gewrichtsvlak 2 mm, lunate facet fragment."),
    ("h", "Operatie"),
    ("kv", [("Datum", "20-03-2026"), ("Operateur", "dr. G.J. Dijkstra, traumachirurg"), ("Assistent", "drs. E. Bouma, ANIOS"),
            ("Anesthesie", "plexus axillaris + sedatie"),
            ("Ingreep", "Open repositie en interne fixatie distale radius links met volaire hoekstabiele plaat (2.4 mm, 3-gaats)"),
            ("Beschrijving", "Modified Henry-benadering. Pronator quadratus ingekeept. Repositie onder doorlichting, fixatie met K-draad "
             "en plaat, distaal vier hoekstabiele schroeven, proximaal drie corticale schroeven. Goede stand in twee richtingen. "
             "Geen intra-articulaire schroefpenetratie. Sluiten in lagen. Onderarmspalk."),
            ("Complicaties", "geen")]),
    ("h", "Beloop"),
    ("p", "Ongecompliceerd postoperatief beloop. Goede pijnstilling. Sensibiliteit en doorbloeding intact bij ontslag."),
    ("h", "Medicatie bij ontslag"),
    ("p", "Paracetamol 1000 mg 4dd; naproxen 500 mg 2dd gedurende 5 dagen; pantoprazol 40 mg 1dd zolang naproxen."),
    ("h", "Beleid"),
    ("p", "Controle gipskamer/polikliniek na 2 weken met röntgenfoto, dan start handtherapie. Vragen: telefoon 058-2866666."),
    ("p", "Met vriendelijke groet,\ndrs. E. Bouma, arts-assistent heelkunde, namens dr. G.J. Dijkstra, traumachirurg"),
  ],
  label=L(["correspondence", "operation-report"], "2026-03-27", "specialist", "discharge letter (docx) with full operation section",
          "yes", "yes", "unmentioned",
          "Discharge letter containing procedure, operator and date → also operation report. Admission/operation dates are event dates.")))

# ------------------------------------------------------------------ 009 pharmacy overview fpdf
A(dict(id="tb-009", fmt="fpdf", opts=dict(footer="Apotheek De Gaper · Hoofdstraat 101, 7811 EH Emmen · 0591-612244"),
  blocks=[
    ("lh", ["Apotheek De Gaper", "Medicatieoverzicht"]),
    ("kv", [("Naam", "G. (Gerrit) Kuipers"), ("Geboortedatum", "01-01-1950"), ("Datum overzicht", "24-11-2026"),
            ("Huisarts", "dr. A. Wessels, Emmen"), ("Contra-indicaties", "nierfunctiestoornis (eGFR 48)"),
            ("Overgevoeligheid", "geen geregistreerd")]),
    ("h", "Actuele medicatie"),
    ("table", [["Start", "Geneesmiddel", "Gebruik", "Voorschrijver"],
               ["12-03-2019", "Metoprolol retard 50 mg", "1x per dag 1 tablet", "huisarts"],
               ["04-07-2022", "Atorvastatine 20 mg", "1x per dag 1 tablet 's avonds", "huisarts"],
               ["18-10-2026", "Paracetamol 500 mg", "max 6x per dag 2 tabletten", "plastisch chirurg"],
               ["18-10-2026", "Oxycodon 5 mg", "zo nodig max 3x per dag 1 tablet (kuur 5 dagen)", "plastisch chirurg"],
               ["02-11-2026", "Diclofenac gel 1%", "3x per dag dun aanbrengen pols", "huisarts"]]),
    ("h", "Recent gestopt"),
    ("table", [["Stop", "Geneesmiddel", "Reden"], ["23-10-2026", "Oxycodon 5 mg", "kuur beëindigd"]]),
    ("p", "Dit overzicht is gebaseerd op de in onze apotheek bekende gegevens. Middelen van andere apotheken of zonder recept kunnen ontbreken."),
  ],
  label=L([], "2026-11-24", "other", "pharmacy medication overview (fpdf2 table)",
          "unmentioned", "unmentioned", "unmentioned",
          "Not a history letter; prescriptions by 'plastisch chirurg' hint at surgery but nothing is said.")))

# ------------------------------------------------------------------ 010 hand therapy letter docx
A(dict(id="tb-010", fmt="docx", opts=dict(),
  blocks=[
    ("lh", ["Handtherapie Utrecht-Oost", "Praktijk voor hand- en polsrevalidatie", "Biltstraat 212, 3572 BS Utrecht · 030-2735599"]),
    ("p", "Utrecht, 6 november 2026"),
    ("p", "Aan: mw. drs. C. de Kort, huisarts\nGezondheidscentrum Wittevrouwen"),
    ("p", "Betreft: voortgangsverslag handtherapie - dhr. B. Smulders, geb. 28-06-1964"),
    ("p", "Geachte mevrouw De Kort,"),
    ("p", "Dhr. Smulders is sinds 4 augustus bij ons onder behandeling na een open carpaletunnelrelease links, "
          "verricht op 21 juli 2026 in het Diakonessenhuis. Hij is nu 13 keer behandeld."),
    ("table", [["Meting", "4 aug 2026", "3 nov 2026"],
               ["Knijpkracht links (Jamar, kg)", "12", "27"],
               ["Knijpkracht rechts (kg)", "41", "42"],
               ["Pinch links (kg)", "3", "6"],
               ["Pillar pain (NRS)", "7", "3"],
               ["QuickDASH", "61", "29"]]),
    ("p", "Het litteken is soepel, de pillar pain neemt af. De tintelingen in de vingers zijn volgens patiënt geheel verdwenen. "
          "Er resteert krachtsverlies bij zwaar tillen op het werk (magazijn). Wij adviseren nog 4 behandelingen en daarna "
          "afsluiten met een huiswerkprogramma. Röntgenonderzoek achten wij niet nodig."),
    ("p", "Met vriendelijke groet,\nL. Vermeulen, gecertificeerd handtherapeut (CHT-NL)"),
  ],
  label=L([], "2026-11-06", "other", "hand therapy progress letter (docx) with measurement table",
          "unmentioned", "yes", "no",
          "Not a kind (therapist letter) but says the patient was operated (CTR at a Dutch hospital). "
          "'Röntgenonderzoek achten wij niet nodig' is advice, not a statement that none was done. Operation at a named Dutch hospital → treated_abroad no (care stated in NL).")))

# ------------------------------------------------------------------ 011 patient letter txt
A(dict(id="tb-011", fmt="txt", opts=dict(),
  blocks=[
    ("p", "Ingrid Hoogendoorn\nVlietweg 33\n2266 KA Leidschendam\n06-28114590"),
    ("p", "Aan de Handkliniek\nAfdeling second opinion"),
    ("p", "Leidschendam, 17 november 2026"),
    ("p", "Onderwerp: aanvraag second opinion rechterduim (geboren 4 mei 1957)"),
    ("p", "Beste mensen,"),
    ("p", "Graag wil ik een second opinion aanvragen over mijn rechterduim. Sinds anderhalf jaar heb ik pijn onderin de duim "
          "en kan ik geen flessen meer openen. Mijn huisarts heeft in het voorjaar een foto laten maken, daarop was "
          "slijtage te zien. De orthopeed in het Haaglanden ziekenhuis wil de duim vastzetten (artrodese), maar mijn "
          "buurvrouw is bij jullie aan dezelfde klacht geholpen met een andere operatie en is daar erg tevreden over."),
    ("p", "Ik ben nooit aan mijn hand of pols geopereerd. Wel heb ik in 2012 een nieuwe heup gekregen."),
    ("p", "Misschien belangrijk: ik ben in oktober vier weken in Thailand geweest, maar daar ben ik niet bij een dokter of in "
          "een ziekenhuis geweest."),
    ("p", "Mijn huisarts, dokter Brouwer, stuurt de verwijsbrief en de brief van de orthopeed. Kunt u mij laten weten wat "
          "u nog meer nodig hebt?"),
    ("p", "Met vriendelijke groet,\n\nIngrid Hoogendoorn"),
  ],
  label=L([], "2026-11-17", "patient", "patient's own letter (plain text)", "yes", "no", "no",
          "Patient asks for a second opinion: not a referral. Neighbour's operation, own hip replacement (other body part), Thailand holiday without care.")))

# ------------------------------------------------------------------ 012 appointment letter
A(dict(id="tb-012", fmt="rl", opts=dict(pagenum=False, lh_right=True),
  blocks=[
    ("lh", ["Handkliniek Midden-Nederland", "Afspraakbureau · Planetenbaan 40 · 3606 AK Maarssen", "T 0346-558800"]),
    ("p", "Mevrouw A.J. Verkerk-Bos\nJagerslaan 7\n3941 LP Doorn"),
    ("p", "Maarssen, 26 november 2026\nUw patiëntnummer: HK-0098123"),
    ("p", "Betreft: bevestiging afspraak"),
    ("p", "Geachte mevrouw Verkerk-Bos,"),
    ("p", "Hierbij bevestigen wij uw afspraak voor een intakegesprek (second opinion) op dinsdag 12 januari 2027 om 10.40 uur "
          "bij dr. J.F. Oomen, handchirurg."),
    ("p", "Wilt u het volgende meenemen:\n- uw legitimatiebewijs en verzekeringspas\n- een actueel medicatieoverzicht van uw apotheek\n"
          "- de CD met beelden, als er röntgenfoto's, echo's of een MRI zijn gemaakt\n- eventuele operatieverslagen"),
    ("p", "Bent u verhinderd? Meld dit dan minimaal 24 uur van tevoren, anders kunnen wij de kosten in rekening brengen."),
    ("p", "Met vriendelijke groet,\nAfspraakbureau Handkliniek Midden-Nederland"),
  ],
  label=L([], "2026-11-26", "other", "appointment confirmation letter", "unmentioned", "unmentioned", "unmentioned",
          "Generic instructions mention X-rays, MRI, operation reports conditionally: no fact about the patient.")))

# ------------------------------------------------------------------ 013 specialist-to-specialist referral docx->pdf
A(dict(id="tb-013", fmt="docx2pdf", opts=dict(header="Ziekenhuis Gelderse Vallei-Noord | Orthopedie", footer="Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde."),
  blocks=[
    ("lh", ["Ziekenhuis Gelderse Vallei-Noord", "Vakgroep Orthopedie", "Willy Brandtlaan 12, 6716 RP Ede"]),
    ("p", "Handkliniek Oost\nt.a.v. dr. M. Ramdin, handchirurg\nStationsplein 4\n6811 KL Arnhem"),
    ("kv", [("Datum", "05-08-2026"), ("Uw kenmerk", "-"), ("Ons kenmerk", "ORT/RvE/26-3307"),
            ("Betreft", "Verwijzing: dhr. D. (Daan) Hofman, geb. 19-01-1987")]),
    ("p", "Beste collega Ramdin,"),
    ("p", "Graag verwijs ik dhr. Hofman naar u voor uw oordeel over een chronische scapholunaire instabiliteit rechts."),
    ("p", "Voorgeschiedenis: hij viel in 2024 met de mountainbike. In 2025 werd elders een diagnostische artroscopie "
          "van de rechterpols verricht met debridement van het SL-ligament (Ziekenhuis Rijnstate). Dit gaf tijdelijk "
          "verlichting. Sinds begin dit jaar opnieuw pijn en een klik bij belasting."),
    ("p", "Bij onderzoek op mijn spreekuur (29-07-2026): positieve Watson-test rechts, drukpijn dorsaal SL-interval. "
          "Röntgenfoto's (inclusief clenched-fist opname) tonen een SL-diastase van 4 mm zonder DISI-stand of artrose. "
          "MRI d.d. 14-07-2026 toont een complete ruptuur van het dorsale deel van het SL-ligament."),
    ("p", "Ligamentreconstructies van de pols verricht ik niet zelf. Mijn vraag aan u: komt hij in aanmerking voor een "
          "reconstructie (bijv. 3LT) of adviseert u, gezien zijn leeftijd en beroep (fysiotherapeut), een andere behandeling?"),
    ("p", "De verslagen van de artroscopie en de MRI voeg ik bij; de beelden worden via het uitwisselportaal verstuurd."),
    ("p", "Met collegiale groet,\n\ndr. R. van Eerde, orthopedisch chirurg"),
    ("p", "cc: huisarts J. Peters, Ede; patiënt"),
  ],
  label=L(["referral", "correspondence"], "2026-08-05", "specialist", "specialist-to-specialist referral letter (docx → LibreOffice PDF)",
          "yes", "yes", "unmentioned",
          "Orthopedic surgeon refers with a clear question; a treating specialist's letter with findings so also correspondence. "
          "Arthroscopic debridement 2025 = operated. Enclosures mentioned, not included.", rq=True)))

# ------------------------------------------------------------------ 015 Belgian raadpleging letter
A(dict(id="tb-015", fmt="rl", opts=dict(footer="AZ Sint-Vincentius Maaskant · Kloosterstraat 3, 3630 Maasmechelen · +32 89 76 50 00", pagefmt="p. {p}"),
  blocks=[
    ("lh", ["AZ Sint-Vincentius Maaskant", "Dienst Orthopedie en Traumatologie - Hand- en polschirurgie",
            "raadpleging: +32 89 76 52 10"]),
    ("p", "Dokter H. Claessens\nHuisartsenpraktijk Elsloo\nStationsstraat 22\n6181 AD Elsloo (NL)"),
    ("p", "Maasmechelen, 21/10/2026"),
    ("p", "Betreft: mevrouw Vanherck Lotte, ° 07/03/1994\nons ref.: 26/ORT/11820"),
    ("p", "Geachte collega,"),
    ("p", "Uw patiënte, die in Nederland woont maar in Maasmechelen werkt, meldde zich op 14/10 op onze raadpleging "
          "met pijn aan de linkerpols na een val van de fiets op 30/09. Zij werd die dag op onze spoedgevallendienst "
          "gezien waar een RX pols links werd genomen; daarop werd geen fractuur weerhouden en zij kreeg een polsbandage."),
    ("p", "Klinisch onderzoek: zwelling radiaal, uitgesproken drukpijn in de tabatière. Bij de controle-RX met "
          "scaphoïdopnames (14/10) is een niet-verplaatste fractuur van de taille van het scaphoïd zichtbaar."),
    ("h", "Besluit"),
    ("p", "Niet-verplaatste scaphoïdfractuur links, laattijdig gediagnosticeerd."),
    ("h", "Behandeling"),
    ("p", "Onderarmgips met duiminclusie voor 8 weken. Een operatieve fixatie werd besproken maar is bij deze stabiele "
          "breuk niet nodig; patiënte werd niet geopereerd. Controle met CT-scan over 6 weken op onze raadpleging."),
    ("p", "Met collegiale groeten,\n\ndr. Jef Reynders\nadjunct-kliniekhoofd orthopedie"),
  ],
  label=L(["correspondence"], "2026-10-21", "specialist", "Belgian hospital consultation letter (Flemish wording)",
          "yes", "no", "yes",
          "Belgian hospital (abroad) treated the patient → treated_abroad yes. 'Besluit' = conclusion. CT only planned; X-rays done.")))

# ------------------------------------------------------------------ 016 Belgian emergency (French-flavoured)
A(dict(id="tb-016", fmt="rl", opts=dict(grid=True, kvw=40, footer="CHU Saint-Pierre de la Lys - Service des Urgences · Rue de la Lys 101, 7700 Mouscron · +32 56 85 80 00"),
  blocks=[
    ("lh", ["CHU Saint-Pierre de la Lys  /  AZ Sint-Pieter aan de Leie", "Service des Urgences - Spoedgevallendienst"]),
    ("title", "Verslag spoedgevallendienst / Rapport des urgences"),
    ("kv", [("Patiënt / Patient", "De Wulf, Joris  ° 12/11/1979"), ("Adres", "Molenstraat 5, 4501 CK Oostburg (NL)"),
            ("Datum consult", "03/08/2026 - 22:14"), ("Datum verslag", "04/08/2026"),
            ("Arts", "dr. Amélie Vandamme, urgentiste / spoedarts")]),
    ("h", "Anamnese"),
    ("p", "Val van ladder tijdens verbouwing bij familie in Moeskroen. Pijn rechterpols en rechterelleboog. Geen bewustzijnsverlies."),
    ("h", "Klinisch onderzoek"),
    ("p", "Zwelling en deformatie distale radius rechts (dinner-fork). Neurovasculair intact. Elleboog: vrije beweeglijkheid."),
    ("h", "Technische onderzoeken"),
    ("p", "RX pols rechts F+P: extra-articulaire distale radiusfractuur met dorsale kanteling 20°. RX elleboog: geen fractuur."),
    ("h", "Behandeling"),
    ("p", "Gesloten repositie onder hematoomblok, bovenarmgipsspalk. Controle-RX: goede stand."),
    ("h", "Besluit / Conclusion"),
    ("p", "Fractuur distale radius rechts (Colles), gereponeerd."),
    ("h", "Advies"),
    ("p", "Controle binnen 1 week bij orthopedie in eigen land (Nederland). Bij verlies van stand kan operatieve fixatie nodig zijn. "
          "Dafalgan 1 g max 4x/dag. Patiënt verlaat de dienst om 00:40."),
    ("p", "dr. A. Vandamme"),
  ],
  label=L(["correspondence"], "2026-08-04", "specialist", "Belgian bilingual emergency department report",
          "yes", "no", "yes",
          "Written by a Belgian emergency department that treated the patient. Closed reduction is not an operation; operative fixation only possible in future. "
          "Kind debatable: ED report from a hospital department → correspondence.", also=["2026-08-03"])))

# ------------------------------------------------------------------ 017 HIS professionele samenvatting txt (abroad treatment)
A(dict(id="tb-017", fmt="txt", opts=dict(kvw_txt=24),
  blocks=[
    ("lh", ["Professionele Samenvatting", "Huisartsenpraktijk Rozenburg - H. de Groot, huisarts - AGB 01-033917",
            "Rozenburglaan 3, 3181 AA Rozenburg"]),
    ("kv", [("Datum:", "01-12-2026"), ("Naam:", "Kaya, Emre"), ("Geboortedatum:", "15-10-1985"),
            ("Adres:", "Merellaan 12, 3181 CJ Rozenburg"), ("Ontvanger:", "Handchirurgie, t.b.v. second opinion")]),
    ("h", "Probleemlijst"),
    ("p", "L74 Fractuur hand/pols: scaphoïd rechts (07-2026)\nL88 Reumatoïde artritis? - uitgesloten 2023\nR96 Astma (sinds jeugd)"),
    ("h", "Voorgeschiedenis"),
    ("p", "2003  fractuur clavicula links, conservatief\n2019  liesbreuk rechts, laparoscopische correctie\n"
          "2023  gewrichtsklachten handen, reumaserologie negatief"),
    ("h", "Recente contacten / behandelingen"),
    ("p", "24-07-2026  Tijdens vakantie in Turkije gevallen met scooter. Behandeld op SEH van Akdeniz Özel Hastanesi, Antalya: "
          "röntgenfoto, scaphoïdfractuur rechts, gipsverband. Geen opname. Geen operatie.\n"
          "05-08-2026  Consult: gips vervangen, verwijzing SEH Maasstad voor beoordeling.\n"
          "07-08-2026  Brief SEH/traumatologie Maasstad: CT pols rechts, niet-verplaatste scaphoïdfractuur, gips 6 weken gecontinueerd.\n"
          "02-10-2026  Brief traumatologie: CT: onvoldoende consolidatie, operatie (schroeffixatie) voorgesteld. Patiënt twijfelt.\n"
          "25-11-2026  Consult: wil second opinion. Verwijzing via Zorgdomein verstuurd, deze samenvatting meegezonden."),
    ("h", "Medicatie"),
    ("p", "salbutamol inh. z.n.; beclometason 100 mcg 2dd2; paracetamol z.n."),
    ("h", "Allergieën"),
    ("p", "huisstofmijt"),
    ("small", "Gegenereerd door HIS op 01-12-2026 09:12 - pagina 1/1"),
  ],
  label=L(["history"], "2026-12-01", "gp", "HIS professionele samenvatting (plain text)",
          "yes", "no", "yes",
          "Emergency department in Antalya treated him (X-ray, cast) → treated_abroad yes though 'Geen opname'. Scaphoid operation only proposed; hernia repair other body part.")))

# ------------------------------------------------------------------ 018 Zorgdomein fpdf, for treatment, no question
A(dict(id="tb-018", fmt="fpdf", opts=dict(kvw=55, header="ZorgDomein - verwijzing  ·  ref. ZD-90017723", footer="Afgedrukt 19-08-2026"),
  blocks=[
    ("lh", ["Gezondheidscentrum Hoogland-West", "Zevenhuizerstraat 1, 3828 XX Hoogland  |  AGB 01-061102"]),
    ("title", "Verwijsbrief - Behandeling handchirurgie"),
    ("kv", [("Patiënt", "dhr. P.C. (Pieter) Stam"), ("Geboortedatum", "11-11-1955"), ("Verzekering", "CZ 09881734"),
            ("Verwijsdatum", "19-08-2026"), ("Verwijzer", "mw. E.F. Ravensbergen, huisarts"),
            ("Specialisme", "Plastische chirurgie"), ("Product", "Consult en behandeling triggerfinger"),
            ("Reden van verwijzing", "Triggerfinger dig III rechts, na 2 corticosteroïdinjecties (02-2026 en 06-2026) recidief. "
             "Graag behandeling (A1-klieving)."),
            ("Relevante voorgeschiedenis", "2015 CABG\n2020 diabetes mellitus type 2\n2022 triggerfinger dig IV links, geopereerd in Meander MC, goed herstel"),
            ("Recente behandelingen", "02-2026 injectie triamcinolon dig III re\n06-2026 tweede injectie, effect 6 weken"),
            ("Medicatie", "acetylsalicylzuur 80 mg, metformine 850 mg 2dd, simvastatine 40 mg"),
            ("Allergieën", "geen")]),
    ("small", "Digitaal ondertekend."),
  ],
  label=L(["referral", "history"], "2026-08-19", "gp", "Zorgdomein printout (fpdf2), treatment referral",
          "unmentioned", "unmentioned", "unmentioned",
          "Referral asks for treatment only, no question/second opinion → referral_question false. Earlier operation was on another finger of the other hand "
          "(not the current problem) → operated unmentioned; CABG other body part. Has VG + recente behandelingen → history.", rq=False)))

# ------------------------------------------------------------------ 019 other lab results
A(dict(id="tb-019", fmt="rl", opts=dict(grid=True, kvw=40),
  blocks=[
    ("lh", ["Result Laboratorium Hollands Midden", "Klinische chemie & hematologie  ·  Rijnsburgerweg 80, 2333 AB Leiden"]),
    ("title", "Laboratoriumuitslagen"),
    ("kv4", [("Patiënt", "S. Boukhari", "Geb.datum", "02-06-1979"),
             ("Aanvrager", "huisarts T. Mol", "Afname", "10-11-2026"),
             ("Ordernr", "HM2611-20441", "Rapport", "11-11-2026")]),
    ("table", [["Bepaling", "Uitslag", "Eenheid", "Referentie"],
               ["Hemoglobine", "8.4", "mmol/L", "7.5 - 10.0"],
               ["BSE", "31 H", "mm/u", "< 20"],
               ["CRP", "12 H", "mg/L", "< 10"],
               ["Reumafactor IgM", "negatief", "", "negatief"],
               ["Anti-CCP", "< 7", "U/mL", "< 7"],
               ["Urinezuur", "0.31", "mmol/L", "0.15 - 0.35"],
               ["TSH", "2.1", "mU/L", "0.4 - 4.0"],
               ["Glucose nuchter", "5.6", "mmol/L", "4.0 - 6.0"]]),
    ("p", "Opmerking: Klinische gegevens aanvrager: artralgie polsen en MCP-gewrichten beiderzijds, RA?"),
    ("p", "Geautoriseerd: dr. W. Kraaijeveld, klinisch chemicus"),
  ],
  label=L([], "2026-11-11", "lab", "general lab result table (not MRSA)", "unmentioned", "unmentioned", "unmentioned",
          "Lab result but not an MRSA screening.", also=["2026-11-10"])))

# ------------------------------------------------------------------ 020 insurance form docx
A(dict(id="tb-020", fmt="docx", opts=dict(grid=True),
  blocks=[
    ("lh", ["Zorgverzekeraar Menzis-Noord (fictief)", "Afdeling Zorgadvies & Machtigingen · Postbus 75000 · 7500 KA Enschede"]),
    ("title", "Aanvraagformulier machtiging medisch specialistische zorg"),
    ("kv", [("Naam verzekerde", "R. (Roos) Wolters"), ("Geboortedatum", "23-09-1990"), ("Polisnummer", "611 882 019"),
            ("Zorgaanbieder", "Handkliniek Oost, Arnhem"), ("Behandeling", "second opinion handchirurgie + eventuele operatie (ZBC)"),
            ("Diagnose (volgens aanvrager)", "recidief ganglion pols links"),
            ("Verwijzing aanwezig", "ja, huisarts"), ("Datum aanvraag", "30-10-2026")]),
    ("p", "Ondertekening verzekerde: Ik verklaar dat ik dit formulier naar waarheid heb ingevuld en geef toestemming "
          "om medische gegevens op te vragen bij de behandelaar voor zover nodig voor de beoordeling."),
    ("kv", [("Handtekening", "R. Wolters"), ("Plaats en datum", "Zevenaar, 30-10-2026")]),
    ("small", "In te vullen door de verzekeraar: [ ] akkoord  [ ] afgewezen  [ ] aanvullende informatie nodig"),
  ],
  label=L([], "2026-10-30", "patient", "insurance authorisation form (docx table)", "unmentioned", "unmentioned", "unmentioned",
          "Form filled by the insured; 'eventuele operatie' is a plan. 'Verwijzing aanwezig' is not a referral.")))

# ------------------------------------------------------------------ 021 emergency letter NL after accident abroad
A(dict(id="tb-021", fmt="rl", opts=dict(footer="Dijklander SEH · Maelsonstraat 3, 1624 NP Hoorn"),
  blocks=[
    ("lh", ["Dijkzicht Ziekenhuis Hoorn", "Spoedeisende Hulp / Traumatologie"]),
    ("kv", [("Aan", "Huisarts W. Kramer, Enkhuizen"), ("Datum", "14 juli 2026"),
            ("Betreft", "mw. Y. (Yara) Sedney, geb. 29-01-2002, SEH-bezoek 13 juli 2026")]),
    ("p", "Geachte collega,"),
    ("p", "Uw patiënte meldde zich gisteren op onze SEH met pijn in de linkerpols. Zij is op 9 juli in Griekenland "
          "(Kreta) van een scooter gevallen. Zij heeft daar geen medische hulp gezocht en is gisteren teruggevlogen."),
    ("p", "Onderzoek: zwelling dorsoradiaal, drukpijn distale radius, geen drukpijn tabatière. Neurovasculair intact."),
    ("p", "Röntgenfoto pols links: geen fractuur zichtbaar, weke-delenzwelling."),
    ("p", "Conclusie: contusie/distorsie linkerpols."),
    ("p", "Beleid: drukverband en mitella 1 week, daarna mobiliseren. Bij persisterende pijn na 2 weken een "
          "scaphoïdserie of MRI overwegen via de polikliniek. Geen operatie-indicatie."),
    ("p", "Met vriendelijke groet,\n\nD. Koopman, physician assistant SEH\nsupervisor: dr. L. Jonker, SEH-arts KNMG"),
  ],
  label=L(["correspondence"], "2026-07-14", "specialist", "Dutch ED letter after accident abroad", "yes", "unmentioned", "no",
          "Accident in Greece with no care there; care in NL → treated_abroad no. 'Geen operatie-indicatie' is not a statement that she was not operated → operated unmentioned. MRI only considered.")))

# ------------------------------------------------------------------ 022 outpatient letter orthopedie docx table
A(dict(id="tb-022", fmt="docx", opts=dict(header="Isala Noord · Orthopedie · Dr. van Heesweg 2, 8025 AB Zwolle"),
  blocks=[
    ("lh", ["Isala Noord", "Orthopedie - hand/pols spreekuur", "T 038-4245000"]),
    ("p", "Dhr. dr. F. Smit, huisarts\nHuisartsenpraktijk Stadshagen\nFrankhuisweg 7\n8043 LZ Zwolle"),
    ("kv", [("Datum", "11 juni 2026"), ("Ons kenmerk", "OR-26-0822"),
            ("Betreft", "Dhr. H.J. (Henk) Brink, 14-02-1961, ZIS 5520193")]),
    ("p", "Geachte collega Smit,"),
    ("p", "Op 4 juni zag ik de heer Brink terug op het spreekuur, één jaar na de volaire plaatosteosynthese van een distale "
          "radiusfractuur rechts (operatie in mei 2025 in ons ziekenhuis, elders verslagen)."),
    ("h", "Anamnese"),
    ("p", "Hij heeft nog pijn aan de ulnaire zijde van de pols bij draaien van sleutels en bij het werk als installateur. "
          "De plaat irriteert niet. Geen tintelingen."),
    ("h", "Onderzoek"),
    ("table", [["Beweging", "rechts", "links"],
               ["Dorsaalflexie", "50°", "75°"], ["Palmairflexie", "45°", "80°"],
               ["Pronatie", "70°", "85°"], ["Supinatie", "55°", "85°"],
               ["Knijpkracht (kg)", "30", "48"]]),
    ("p", "Drukpijn fovea ulnaris, pijnlijke ulnocarpale stresstest. DRUG stabiel."),
    ("h", "Aanvullend onderzoek"),
    ("p", "Röntgenfoto's 04-06-2026: geconsolideerde fractuur, plaat in situ, ulnaire variantie +3 mm (was neutraal aan de gezonde zijde)."),
    ("h", "Conclusie"),
    ("p", "Ulnocarpaal impactiesyndroom rechts na geconsolideerde distale radiusfractuur met verkorting."),
    ("h", "Beleid"),
    ("p", "Besproken: ulnaverkortingsosteotomie, eventueel gecombineerd met plaatverwijdering. Patiënt wil eerst een second opinion; "
          "daartegen heb ik geen bezwaar. Wij verwachten een verwijzing via u."),
    ("p", "Met vriendelijke groet,\n\ndr. A.M. Oosterveld, orthopedisch chirurg"),
    ("p", "cc: patiënt"),
  ],
  label=L(["correspondence"], "2026-06-11", "specialist", "outpatient letter (docx) with ROM table", "yes", "yes", "unmentioned",
          "Prior plate osteosynthesis (event) and proposed osteotomy (plan). Mentions second opinion but is not itself a referral.")))

# ------------------------------------------------------------------ 023 fax-headered GP referral, 2 pages
fax = "FAX 0570-612998  ->  0546-693300   16-09-2026 15:42   Huisartsenpraktijk De Worp   p.{p}/2"
A(dict(id="tb-023", fmt="rl", opts=dict(header=fax, pagenum=False, font="helv"),
  blocks=[
    ("lh", ["Huisartsenpraktijk De Worp", "J.W. Nijland & A. Brinkman, huisartsen", "Worpplein 8, 7416 BD Deventer"]),
    ("p", "Aan: ZGT Almelo, polikliniek Plastische Chirurgie\nt.a.v. dr. N. ter Horst"),
    ("p", "Deventer, 16 september 2026"),
    ("p", "Betreft: mw. G. (Gerda) Ten Have - Lubbers, geb. 05-12-1949"),
    ("p", "Geachte collega Ter Horst,"),
    ("p", "Graag vraag ik uw oordeel over mevrouw Ten Have. Zij heeft sinds ruim twee jaar een langzaam toenemende buigcontractuur "
          "van de pink en ringvinger rechts. Zij kan haar hand niet meer plat op tafel leggen en blijft haken bij het aantrekken van "
          "handschoenen. Haar zus werd aan dezelfde aandoening (ziekte van Dupuytren) tweemaal geopereerd."),
    ("p", "Bij mijn onderzoek zie ik een duidelijke streng van de handpalm naar dig V, extensiedeficit PIP circa 40°, dig IV MCP circa 20°. "
          "Tabletop-test positief."),
    ("p", "Zij is niet eerder aan de hand behandeld; er is geen aanvullend onderzoek gedaan, wat mij ook niet nodig leek."),
    ("p", "Vraagstelling: is er een indicatie voor behandeling, en zo ja, welke (naaldfasciotomie, collagenase of open fasciectomie)? "
          "Patiënte heeft een voorkeur voor de minst ingrijpende optie."),
    ("pb",),
    ("p", "Medicatie: losartan 50 mg 1dd, omeprazol 20 mg 1dd, calciumcarbonaat/colecalciferol 1dd.\n"
          "Allergieën: pleister (kleefstof)."),
    ("p", "Zij gebruikt geen antistolling. Zij is goed mobiel en woont zelfstandig."),
    ("p", "Met vriendelijke groet,\n\nA. Brinkman, huisarts"),
  ],
  label=L(["referral"], "2026-09-16", "gp", "faxed free GP referral, fax header on every page", "no", "no", "unmentioned",
          "Fax header date = letter date. Sister's operations are someone else's. 'niet eerder aan de hand behandeld' → not operated; 'geen aanvullend onderzoek' → no imaging.", rq=True)))

# ------------------------------------------------------------------ 024 MRSA positive
A(dict(id="tb-024", fmt="rl", opts=dict(kvw=45, pagenum=False),
  blocks=[
    ("lh", ["Certe Medische Microbiologie Friesland-Groningen (fictief)", "Van Swietenlaan 2, 9728 NZ Groningen · 050-3613000"]),
    ("title", "KWEEKUITSLAG"),
    ("kv", [("Naam", "L. (Lucas) Veenstra"), ("Geboren", "19-08-1972"), ("Aanvrager", "Huisarts D. Hiemstra, Drachten"),
            ("Materiaal", "neusswab, keelswab, perineumswab (gepoold)"), ("Afgenomen", "28-10-2026"), ("Ontvangen", "29-10-2026"),
            ("Onderzoek", "Screening op meticilline-resistente Staphylococcus aureus"),
            ("Uitslag", "Staphylococcus aureus, METICILLINE-RESISTENT (MRSA) aangetoond in neus. Keel en perineum: niet aangetoond."),
            ("Typering", "spa-type t008, PVL-positief (ter info GGD)"),
            ("Commentaar", "Dragerschap MRSA. Advies: dekolonisatiebehandeling volgens NHG/SWAB; controlekweken 1, 2 en 3 weken na behandeling. "
             "Melding aan ziekenhuis bij opname/verwijzing noodzakelijk."),
            ("Eindverslag", "31-10-2026, dr. R.T. Zijlstra, arts-microbioloog")]),
  ],
  label=L(["mrsa-screening"], "2026-10-31", "lab", "MRSA culture result, label/value", "unmentioned", "unmentioned", "unmentioned",
          "Positive MRSA result; no reason for screening given.", also=["2026-10-28"])))

# ------------------------------------------------------------------ 025 discharge appendectomy with op section, docx->pdf
A(dict(id="tb-025", fmt="docx2pdf", opts=dict(header="Gelre Klinieken Apeldoorn - Chirurgie", footer="Ontslagbrief - pagina"),
  blocks=[
    ("lh", ["Gelre Klinieken Apeldoorn", "Maatschap Chirurgie", "Albert Schweitzerlaan 31, 7334 DZ Apeldoorn"]),
    ("p", "Aan: huisarts mw. I. Bosman, Apeldoorn"),
    ("p", "Datum: 08-05-2026"),
    ("p", "Betreft: mw. N. (Noor) Haddou, geboren 02-03-2000"),
    ("title", "Ontslagbrief Chirurgie"),
    ("p", "Opname: 04-05-2026 - Ontslag: 06-05-2026"),
    ("h", "Diagnose"),
    ("p", "Acute appendicitis, niet geperforeerd."),
    ("h", "Anamnese en onderzoek"),
    ("p", "Sinds 1 dag pijn rechtsonder in de buik, misselijk, T 38.4. Defense rechtsonder. CRP 88. Echo abdomen: "
          "niet-comprimeerbare appendix 9 mm met omgevingsinfiltratie."),
    ("h", "Operatie"),
    ("p", "Datum: 04-05-2026. Operateur: dr. C. Wijnberg, chirurg. Assistent: drs. M. Akkermans. Anesthesie: algeheel.\n"
          "Ingreep: laparoscopische appendectomie. Drie-poorts techniek, appendix flegmoneus, basis afgeklemd met twee Hem-o-loks, "
          "uitgenomen in een endobag. Geen abces. Sluiten fascie umbilicaal. Complicaties: geen."),
    ("h", "Beloop"),
    ("p", "Ongecompliceerd. Dag 2 naar huis."),
    ("h", "Overig"),
    ("p", "Patiënte is tevens bekend met een recidiverend ganglion aan de rechterpols, waarvoor zij volgens eigen zeggen een verwijzing "
          "naar een handchirurg heeft gekregen. Dit valt buiten onze behandeling."),
    ("h", "Beleid"),
    ("p", "Poliklinische controle telefonisch over 6 weken. PA-uitslag volgt."),
    ("p", "Met vriendelijke groet,\ndrs. M. Akkermans, arts-assistent chirurgie"),
  ],
  label=L(["correspondence", "operation-report"], "2026-05-08", "specialist", "surgical discharge letter (docx→PDF) with appendectomy operation section",
          "yes", "unmentioned", "unmentioned",
          "Full operation description (date, operator, procedure) → operation-report kind, but for an appendectomy: operated (hand/wrist) unmentioned. "
          "imaging_done yes because an abdominal ultrasound of the patient was done (README: any imaging); borderline for a hand clinic.")))

# ------------------------------------------------------------------ 026 long HIS printout txt with page headers
pages26 = []
hdr = "Huisartsenpraktijk Kanaleneiland  |  Patiëntoverzicht  |  B. Yilmaz-de Boer, geb. 08-08-1972  |  Datum uitdraai 02-12-2026"
journal = [
 ("14-01-2025", "S: pijn li pols na vallen op ijs. O: zwelling, geen drukpijn tabatière. E: L79 distorsie pols li. P: rust, ibuprofen, zn terug."),
 ("03-02-2025", "S: griepklachten 3 dg. O: T 38.1, longen schoon. E: R80 influenza. P: paracetamol."),
 ("21-03-2025", "S: pols li nog steeds pijnlijk bij steunen. O: drukpijn dorsaal SL-gebied. E: L79. P: X-pols li aangevraagd (UMC)."),
 ("27-03-2025", "Uitslag X-pols li: geen fractuur, normale carpale uitlijning. Telefonisch besproken."),
 ("09-05-2025", "S: controle bloeddruk. O: RR 148/92. E: K86. P: leefstijl, herhalen 3 mnd."),
 ("12-08-2025", "S: ganglion? bobbel dorsaal li pols, wisselend van grootte. O: fluctuerende zwelling 1 cm. E: L87 ganglion pols li. P: afwachten, uitleg."),
 ("18-11-2025", "S: bobbel groter, pijn bij yoga. P: echo pols li."),
 ("25-11-2025", "Uitslag echo: dorsaal ganglion 18 mm uitgaand van SL-gewricht."),
 ("06-01-2026", "S: wil behandeling. P: verwijzing plastische chirurgie Diakonessenhuis."),
 ("17-03-2026", "Brief specialist ontvangen: ganglion li pols, expectatief beleid aangeraden, excisie niet geadviseerd gezien recidiefkans."),
 ("02-05-2026", "S: controle BMI/RR. O: RR 139/88, BMI 27. E: K86. P: start amlodipine 5 mg."),
 ("19-06-2026", "S: pols li steeds pijnlijker, werk (kapster) lukt slecht. E: L87. P: polsbrace."),
 ("03-09-2026", "S: vraagt naar operatie-mogelijkheden; dochter is vorig jaar aan een ganglion geopereerd en tevreden."),
 ("03-09-2026", "E: L87 ganglion pols li, therapieresistent. P: bespreek second opinion; patiënt denkt erover na."),
 ("28-11-2026", "S: wil second opinion elders. P: verwijzing second opinion handchirurgie, uitdraai meegegeven."),
]
blocks26 = [("lh", [hdr]), ("title", "PATIËNTOVERZICHT"),
            ("kv", [("Naam", "Yilmaz-de Boer, Belinda"), ("Geboortedatum", "08-08-1972"), ("BSN", "311201884"),
                    ("Huisarts", "K.E. Bol"), ("Datum uitdraai", "02-12-2026")]),
            ("h", "Episodes"),
            ("table", [["Code", "Episode", "Start", "Status"],
                       ["L87", "Ganglion pols links", "12-08-2025", "actief"],
                       ["L79", "Distorsie pols links", "14-01-2025", "afgesloten"],
                       ["K86", "Hypertensie zonder orgaanschade", "09-05-2025", "actief"],
                       ["W82", "Sectio caesarea", "2004", "afgesloten"],
                       ["R80", "Influenza", "03-02-2025", "afgesloten"]]),
            ("h", "Operaties / ingrepen"),
            ("p", "2004 sectio caesarea. Geen operaties aan hand of pols."),
            ("h", "Journaal"),
            ]
for i, (d, t) in enumerate(journal):
    blocks26.append(("p", f"{d}  {t}"))
    if i in (6, 12):
        blocks26.append(("pb",))
        blocks26.append(("lh", [hdr + f"  |  blad {2 if i == 6 else 3}"]))
blocks26 += [("h", "Medicatie"), ("p", "amlodipine 5 mg 1dd1 (sinds 02-05-2026)"), ("h", "Intoleranties"), ("p", "codeïne (misselijkheid)"),
             ("small", "einde overzicht")]
A(dict(id="tb-026", fmt="txt", opts=dict(kvw_txt=18), blocks=blocks26,
  label=L(["history"], "2026-12-02", "gp", "HIS patient overview, multi-page with repeated page headers (form feeds)",
          "yes", "no", "unmentioned",
          "Daughter's ganglion operation is someone else's; caesarean is another body part; explicit 'Geen operaties aan hand of pols'.")))

# ------------------------------------------------------------------ 027 echo report
A(dict(id="tb-027", fmt="rl", opts=dict(pagenum=False, kvw=38),
  blocks=[
    ("lh", ["Medisch Centrum Leeuwarden-West (fictief)", "Medische Beeldvorming", "Borniastraat 40, 8934 AD Leeuwarden"]),
    ("kv", [("Naam", "Bakker, T. (Tessa)"), ("Geb.", "21-11-1995"), ("Aanvrager", "huisarts R. de Vries, Franeker"),
            ("Onderzoek", "Echografie pols links"), ("Onderzoeksdatum", "05-11-2026")]),
    ("h", "Vraagstelling"),
    ("p", "Zwelling volaire zijde pols links, ganglion?"),
    ("h", "Bevindingen"),
    ("p", "Ter plaatse van de palpabele zwelling radiovolair een goed begrensde, anechogene, multiloculaire structuur van 11 x 8 x 7 mm, "
          "met een steeltje richting het radioscaphoïdale gewricht. Geen doppler-signaal. De arteria radialis loopt direct "
          "radiaal langs de laesie en is normaal doorgankelijk. Flexor carpi radialis pees normaal."),
    ("h", "Conclusie"),
    ("p", "Volair ganglion pols links, in nauwe relatie met de a. radialis."),
    ("p", "A. Westra, radioloog"),
  ],
  label=L(["imaging-report"], "2026-11-05", "radiologist", "ultrasound report without title", "yes", "unmentioned", "unmentioned",
          "No document title; GP as requester; Vraagstelling is the requester's question.")))

# ------------------------------------------------------------------ 029 MRI appointment fpdf
A(dict(id="tb-029", fmt="fpdf", opts=dict(),
  blocks=[
    ("lh", ["Bravis Ziekenhuis Roosendaal (fictief)", "Afdeling Radiologie - Afsprakenbureau · 0165-888200"]),
    ("p", "Dhr. K. (Kevin) van Gils\nMolenweg 9\n4701 HC Roosendaal"),
    ("p", "Datum: 23-11-2026"),
    ("p", "Betreft: uw afspraak voor een MRI-onderzoek van de rechterpols\nGeboortedatum: 30-05-1988   Patiëntnummer: 1188230"),
    ("p", "Geachte heer Van Gils,"),
    ("p", "Uw orthopedisch chirurg heeft een MRI-onderzoek van uw rechterpols aangevraagd. Uw afspraak is op:"),
    ("kv", [("Datum", "maandag 14 december 2026"), ("Tijd", "08.15 uur (meldt u zich 15 minuten eerder)"),
            ("Locatie", "route 71, MRI 2")]),
    ("p", "Vul de bijgevoegde veiligheidsvragenlijst in. Heeft u metaal in uw lichaam (bijvoorbeeld een pacemaker, clips of een plaat "
          "na een operatie)? Neem dan vóór de afspraak contact met ons op. Sieraden en uw horloge moet u afdoen."),
    ("p", "De uitslag krijgt u van uw behandelend arts."),
    ("p", "Met vriendelijke groet,\nAfsprakenbureau Radiologie"),
  ],
  label=L([], "2026-11-23", "other", "radiology appointment letter (fpdf2)", "unmentioned", "unmentioned", "unmentioned",
          "MRI only planned; metal-after-operation question is generic.")))

# ------------------------------------------------------------------ 030 GP cover letter with enclosures docx
A(dict(id="tb-030", fmt="docx", opts=dict(),
  blocks=[
    ("lh", ["Huisartsenpraktijk Het Baken", "Bakenweg 3, 1781 TR Den Helder · 0223-631400"]),
    ("p", "Aan: Handkliniek Noord-Holland, afdeling intake"),
    ("p", "Den Helder, 30-11-2026"),
    ("p", "Betreft: aanvulling dossier dhr. J. (Jeroen) Visser, geb. 12-07-1969"),
    ("p", "Geachte heer/mevrouw,"),
    ("p", "Naar aanleiding van uw bericht van 24 november stuur ik u hierbij de ontbrekende stukken voor de second opinion van "
          "dhr. Visser, die ik op 3 november naar u verwees:"),
    ("p", "- operatieverslag van de artrodese van het STT-gewricht (Noordwest Ziekenhuisgroep, 12-02-2026)\n"
          "- verslag CT pols rechts van 08-09-2026\n- uitslag MRSA-kweek van 20-11-2026 (negatief)"),
    ("p", "De patiënt is, voor zover mij bekend, nooit in een buitenlands ziekenhuis behandeld; de MRSA-screening is op uw verzoek "
          "gedaan omdat hij als visser werkt op een Deense kotter."),
    ("p", "Met vriendelijke groet,\n\nM. Zwaan, huisarts"),
  ],
  label=L([], "2026-11-30", "gp", "GP cover letter listing enclosures (docx)", "yes", "yes", "no",
          "Cover letter is not a referral (refers to an earlier one), not a history letter, and mentions of op report / CT / MRSA don't make it those kinds. "
          "Says operated (STT arthrodesis), imaging done (CT), never treated in foreign hospital. Borderline: some might call it a GP history note.")))

# ------------------------------------------------------------------ 031 neurology letter EMG, no imaging (Dutch)
A(dict(id="tb-031", fmt="rl", opts=dict(footer="Tergooi Neurologie · Van Riebeeckweg 212, 1213 XZ Hilversum", pagefmt="{p}/1"),
  blocks=[
    ("lh", ["Tergooi Ziekenhuizen (fictief)", "Neurologie en Klinische Neurofysiologie"]),
    ("p", "Aan huisarts dr. E. Prins\nCentrum Gezondheid 't Gooi\nHilversum"),
    ("p", "Datum: 2025-11-27\nBetreft: mw. M. (Marleen) Koster, 16-04-1966"),
    ("p", "Geachte collega,"),
    ("p", "Wij zagen uw patiënte in verband met tintelingen in beide handen, rechts meer dan links, met nachtelijke klachten."),
    ("h", "Neurologisch onderzoek"),
    ("p", "Hypesthesie dig I-III rechts, geringe thenaratrofie rechts, kracht abductor pollicis brevis MRC 4. Reflexen symmetrisch. "
          "Geen cervicale radiculaire prikkelingsverschijnselen."),
    ("h", "EMG"),
    ("p", "Ernstig carpaletunnelsyndroom rechts (geen sensibele respons, distale motore latentie 7.2 ms), licht CTS links. "
          "Geen aanwijzingen voor cervicale radiculopathie of polyneuropathie."),
    ("p", "Beeldvorming van de cervicale wervelkolom of de pols is niet verricht en is ook niet geïndiceerd."),
    ("h", "Conclusie"),
    ("p", "Bilateraal carpaletunnelsyndroom, rechts ernstig."),
    ("h", "Advies"),
    ("p", "Gezien de ernst en de thenaratrofie adviseren wij een operatieve decompressie rechts. Verwijzing naar plastische chirurgie of "
          "orthopedie via u. Links kan eerst een nachtspalk geprobeerd worden."),
    ("p", "Met vriendelijke groet,\n\nS. Huisman, neuroloog"),
  ],
  label=L(["correspondence"], "2025-11-27", "specialist", "neurology consultation letter, ISO date", "no", "unmentioned", "unmentioned",
          "Explicit no imaging; EMG is not imaging. Operation advised (plan) only. ISO letter date; older than 6 months (not relevant for kind).")))

# ------------------------------------------------------------------ 032 OK-verslag two-column canvas-like
A(dict(id="tb-032", fmt="rl", opts=dict(kvw=50, header="Maxima Zorg Eindhoven (fictief) - Operatieverslag - Dagbehandeling", pagenum=False),
  blocks=[
    ("lh", ["Maxima Zorg Eindhoven", "Afdeling Plastische Chirurgie"]),
    ("kv4", [("Naam", "Hendriks, Wim", "Geb.datum", "26-02-1958"),
             ("Pat.nr.", "8812002", "Datum OK", "03-11-2026"),
             ("Operateur", "drs. S. Lammers", "Assistent", "OK-assistent T. Peeters"),
             ("Anesthesie", "lokaal", "Duur", "12 min")]),
    ("kv", [("Pre-operatieve diagnose", "Triggerduim rechts"), ("Post-operatieve diagnose", "idem"),
            ("Verrichting", "A1-pulley klieving duim rechts (open)"),
            ("Beschrijving", "Transversale incisie ter hoogte van MCP-plooi duim. Voorzichtig prepareren, radiale digitale zenuw geïdentificeerd "
             "en beschermd. A1-pulley over volledige lengte gekliefd. Vrije excursie van de FPL-pees zonder triggering. Huid gesloten "
             "met Vicryl Rapide 4-0. Drukverband."),
            ("Complicaties", "geen"),
            ("Beleid", "Verband 2 dagen, daarna oefenen. Hechtingen lossen zelf op. Controle verpleegkundig spreekuur na 2 weken.")]),
  ],
  label=L(["operation-report"], "2026-11-03", "specialist", "operation report, 4-col header (separate runs)", "unmentioned", "yes", "unmentioned",
          "No title word 'operatieverslag' in body except page header.")))

# ------------------------------------------------------------------ 033 Zorgdomein docx table, referral+history
A(dict(id="tb-033", fmt="docx", opts=dict(grid=True, header="ZorgDomein  |  Verwijzing  |  Second opinion orthopedie - hand/pols"),
  blocks=[
    ("title", "Second opinion orthopedie - hand/pols"),
    ("kv", [("Patiënt", "dhr. A. (Ahmed) Ouali"), ("Geboortedatum", "07-10-1981"), ("BSN", "271100456"),
            ("Verzekeraar", "DSW 11904382"), ("Verwijzer", "mw. K. Hoekman, huisarts, HAP Schiedam-Noord (AGB 01-072215)"),
            ("Datum", "21-11-2026"), ("Ontvangende instelling", "Handkliniek Zuidwest, locatie Rotterdam"),
            ("Reden van verwijzing", "Recidief carpaletunnelsyndroom links na operatie in 2024."),
            ("Vraagstelling", "Is er sprake van een recidief of een incomplete klieving? Is heroperatie zinvol? Patiënt wenst een tweede mening."),
            ("Relevante voorgeschiedenis", "2024 open CTR links (Franciscus Vlietland)\n2019 knie-artroscopie rechts"),
            ("Recente behandelingen", "04-2026 EMG: persisterend matig CTS links\n07-2026 echo pols links: verdikte n. medianus, geen ganglion\n"
             "08-2026 corticosteroïdinjectie carpale tunnel links, effect 6 weken"),
            ("Medicatie", "geen"), ("Allergieën", "geen")]),
  ],
  label=L(["referral", "history"], "2026-11-21", "gp", "Zorgdomein form as docx table", "yes", "yes", "unmentioned",
          "Previous CTR of the same hand = operated yes; question about re-operation. Knee arthroscopy other body part.", rq=True)))

# ------------------------------------------------------------------ 034 GP samenvatting txt
A(dict(id="tb-034", fmt="txt", opts=dict(encoding="cp1252"),
  blocks=[
    ("p", "HUISARTSENPRAKTIJK WESTERPARK - Spaarndammerstraat 60 - 1013 TB Amsterdam - 020-6812233"),
    ("p", "Amsterdam, 10 oktober 2026"),
    ("p", "SAMENVATTING MEDISCHE VOORGESCHIEDENIS t.b.v. second opinion handchirurgie"),
    ("p", "Patient : mw. C.L. (Charlotte) Dekker\nGeboren : 1 maart 1945\nAdres   : Zaanstraat 204, 1013 RZ Amsterdam"),
    ("p", "Geachte collega,"),
    ("p", "Op verzoek van patiënte stuur ik u een samenvatting van haar voorgeschiedenis."),
    ("p", "Voorgeschiedenis:\n"
          "- 1988 mammacarcinoom links, ablatio + radiotherapie; sindsdien lymfoedeem linkerarm\n"
          "- 2010 totale knieprothese rechts\n"
          "- 2018 atriumfibrilleren, apixaban\n"
          "- 2021 osteoporose (DEXA T-score -2.9)\n"
          "- 2025 distale radiusfractuur rechts, conservatief behandeld met gips (Amsterdam UMC), röntgencontroles, in redelijke stand genezen"),
    ("p", "Recente behandelingen (laatste jaar):\n"
          "- 01-2026 handtherapie rechts 10x\n"
          "- 05-2026 consult orthopedie OLVG: röntgen pols rechts: secundaire artrose radiocarpaal. Advies: brace. Operatie niet aangeraden gezien antistolling en leeftijd.\n"
          "- 09-2026 injectie pols rechts bij mij, kort effect"),
    ("p", "Zij is nooit aan de pols of hand geopereerd. Een buitenlands ziekenhuisverblijf is mij niet bekend."),
    ("p", "Medicatie: apixaban 5 mg 2dd, metoprolol 50 mg 1dd, alendroninezuur 70 mg 1x/week, calcium/vit D."),
    ("p", "Met vriendelijke groet,\n\ndr. T. Romeijn, huisarts"),
  ],
  label=L(["history"], "2026-10-10", "gp", "GP history summary letter (plain text, cp1252)", "yes", "no", "unmentioned",
          "History letter, not a referral (no referral question; 'op verzoek van patiënte'). 'Een buitenlands ziekenhuisverblijf is mij niet bekend' is weak → unmentioned. "
          "Ablatio/knee prosthesis other body parts. cp1252 encoded.")))

# ------------------------------------------------------------------ 036 merged: zorgdomein + polikliniekbrief + radiology
p36a = dict(fmt="rl", opts=dict(grid=True, kvw=48, footer="ZorgDomein verwijzing ZD-77120054"),
  blocks=[("lh", ["Huisartsenpraktijk Vleuten-De Meern", "Europalaan 2, 3451 BE Vleuten · AGB 01-049921"]),
          ("title", "Verwijzing Handchirurgie - second opinion"),
          ("kv", [("Patiënt", "mw. S. (Sanne) de Wit"), ("Geboortedatum", "13-03-1997"), ("Datum", "18-11-2026"),
                  ("Verwijzer", "dr. P. Hoogstraten, huisarts"),
                  ("Reden van verwijzing", "Persisterende pijn ulnaire zijde linkerpols na val bij volleybal (02-2026). Behandeld in Antonius "
                   "Ziekenhuis; MRI toonde een TFCC-letsel. Artroscopie voorgesteld."),
                  ("Vraagstelling", "Graag second opinion over de voorgestelde artroscopie versus conservatief beleid."),
                  ("Bijlagen", "brief orthopedie 09-2026, MRI-verslag 08-2026")])],
  label=dict(kinds=["referral"], date="2026-11-18", author="gp"))
p36b = dict(fmt="rl", opts=dict(footer="St. Antonius Ziekenhuis (fictief) · Orthopedie · Koekoekslaan 1, 3435 CM Nieuwegein"),
  blocks=[("lh", ["St. Antonius Ziekenhuis", "Orthopedie"]),
          ("p", "Aan: dr. P. Hoogstraten, huisarts, Vleuten\nDatum: 22 september 2026\nBetreft: mw. S. de Wit, 13-03-1997"),
          ("p", "Geachte collega,"),
          ("p", "Polikliniekbezoek 15-09-2026. Anamnese: sinds februari ulnaire polspijn links na val. Onderzoek: pijnlijke fovea-sign, "
                "DRUG stabiel. Aanvullend: MRI 26-08-2026 (zie verslag): perifere TFCC-laesie. Conclusie: TFCC-letsel Palmer 1B links. "
                "Beleid: diagnostische artroscopie met zo nodig refixatie aangeboden; patiënte beraadt zich. Zij is tot nu toe niet geopereerd."),
          ("p", "Met vriendelijke groet,\ndr. J.H. Mulder, orthopedisch chirurg")],
  label=dict(kinds=["correspondence"], date="2026-09-22", author="specialist"))
p36c = dict(fmt="rl", opts=dict(kvw=40),
  blocks=[("lh", ["St. Antonius Ziekenhuis", "Radiologie"]),
          ("kv", [("Patiënt", "de Wit, S."), ("Geb.", "13-03-1997"), ("Aanvrager", "dr. J.H. Mulder, orthopedie"),
                  ("Onderzoek", "MRI pols links"), ("Datum", "26-08-2026")]),
          ("h", "Verslag"),
          ("p", "Perifere scheur van het TFCC aan de foveale insertie. Geen ossale afwijkingen, geen beenmergoedeem. ECU-pees normaal."),
          ("h", "Conclusie"), ("p", "Perifere TFCC-laesie (Palmer 1B)."),
          ("p", "dr. F. Arslan, radioloog")],
  label=dict(kinds=["imaging-report"], date="2026-08-26", author="radiologist"))
A(dict(id="tb-036", fmt="merged", parts=[p36a, p36b, p36c],
  label=L(["referral", "correspondence", "imaging-report"], "2026-11-18", "gp", "merged PDF (pdfunite): Zorgdomein referral + outpatient letter + MRI report",
          "yes", "no", "unmentioned",
          "Three documents in one file; top-level date/author from the first part (the referral). Referral has no Recente behandelingen section → not history.", rq=True)))

# ------------------------------------------------------------------ 037 merged: ontslagbrief + OK-verslag + MRSA
p37a = dict(fmt="rl", opts=dict(footer="Ziekenhuis Zeeland-Oost (fictief) · Heelkunde"),
  blocks=[("lh", ["Ziekenhuis Zeeland-Oost", "Heelkunde / Traumatologie", "'s-Gravenpolderseweg 114, 4462 RA Goes"]),
          ("title", "Klinische brief"),
          ("kv", [("Aan", "huisarts A. Koster, Kapelle"), ("Datum", "30-10-2026"), ("Betreft", "dhr. M. (Maarten) Lindhout, geb. 17-06-1977"),
                  ("Opname", "23-10-2026 t/m 25-10-2026")]),
          ("p", "Patiënt werd overgeplaatst uit het Hospital Universitario in Valencia (Spanje), waar hij na een val van een terras op 15-10 "
                "was opgenomen met een open fractuur van de rechter onderarm. Daar werd een spoeling en een externe fixateur geplaatst. "
                "Bij ons werd op 24-10-2026 de definitieve osteosynthese verricht (zie operatieverslag)."),
          ("p", "Bij opname is conform protocol een MRSA-screening afgenomen en werd hij in strikte isolatie verpleegd tot de uitslag negatief was."),
          ("p", "Beleid: controle polikliniek met röntgenfoto over 2 weken. Handtherapie gestart."),
          ("p", "Met vriendelijke groet,\ndr. B. Verhulst, traumachirurg")],
  label=dict(kinds=["correspondence"], date="2026-10-30", author="specialist"))
p37b = dict(fmt="rl", opts=dict(grid=True, kvw=40),
  blocks=[("lh", ["Ziekenhuis Zeeland-Oost", "Operatieverslag"]),
          ("kv", [("Patiënt", "Lindhout, M., 17-06-1977"), ("Datum operatie", "24-10-2026"), ("Operateur", "dr. B. Verhulst"),
                  ("Anesthesie", "algeheel + plexus"), ("Ingreep", "Verwijderen externe fixateur; ORIF distale radius rechts met volaire plaat; ulnastyloid gefixeerd met tension band"),
                  ("Beschrijving", "Na verwijderen fixateur en desinfectie via volaire benadering repositie en plaatfixatie. Doorlichting goede stand. Wond gesloten."),
                  ("Complicaties", "geen"), ("Nabehandeling", "spalk 2 weken, daarna oefenen")])],
  label=dict(kinds=["operation-report"], date="2026-10-24", author="specialist"))
p37c = dict(fmt="rl", opts=dict(grid=True),
  blocks=[("lh", ["Laboratorium Microbiologie Zeeland", "Goes"]),
          ("title", "MRSA-screening bij opname"),
          ("kv4", [("Patiënt", "Lindhout, M.", "Geboren", "17-06-1977"), ("Afname", "23-10-2026", "Uitslag", "26-10-2026")]),
          ("table", [["Materiaal", "Uitslag"], ["neus", "MRSA niet aangetoond"], ["keel", "MRSA niet aangetoond"],
                     ["perineum", "MRSA niet aangetoond"], ["wond rechter onderarm", "MRSA niet aangetoond; S. epidermidis"]]),
          ("p", "Reden: overplaatsing uit buitenlands ziekenhuis. Gevalideerd: dr. K. Boone, arts-microbioloog")],
  label=dict(kinds=["mrsa-screening"], date="2026-10-26", author="lab"))
A(dict(id="tb-037", fmt="merged", parts=[p37a, p37b, p37c],
  label=L(["correspondence", "operation-report", "mrsa-screening"], "2026-10-30", "specialist",
          "merged PDF: clinical letter + operation report + MRSA screening", "yes", "yes", "yes",
          "Transfer from a Spanish hospital (admitted, external fixator) → abroad yes; MRSA lab result included as its own part.")))
