"""Documents ve-001 .. ve-016 (texts and labels). All persons and institutions are fictional."""
from kit import H, KV, LINES, LOGO, P, PB, RIGHT, RULE, SMALL, SP, TABLE, TITLE, label

SPECS = []


def add(**spec):
    SPECS.append(spec)


# ---------------------------------------------------------------------------------------------- ve-001
add(stem="ve-001", fmt="pdf",
    opts={"size": 9.5, "header": "ZorgDomein  |  ZD-7731-4409-2186",
          "footer": "Deze verwijzing is aangemaakt via ZorgDomein op 14-10-2026 09:42 door J.P. Hoogendijk.  "
                    "Pagina {page} van {pages}", "pdf_title": "Verwijzing"},
    blocks=[
        KV([["Huisartsenpraktijk De Kastanjehof", "", "Handkliniek Lindehof", ""],
            ["Kastanjelaan 41", "", "Plastische chirurgie / handchirurgie", ""],
            ["3818 KB Amersfoort", "", "Catharijnesingel 210, 3511 GV Utrecht", ""],
            ["Tel. 033-4610 882", "", "", ""]], bold_labels=False, widths=(8, 0.3, 8, 0.3), size=9),
        RULE(),
        TITLE("Second opinion handchirurgie", size=13),
        KV([["Patiënt", "Mevr. A.C. Brouwer-Kalkman", "Verwijzer", "J.P. Hoogendijk, huisarts"],
            ["Geboortedatum", "17-09-1971", "AGB-code", "01-093417"],
            ["BSN", "2847 19 306", "Praktijk", "De Kastanjehof"],
            ["Adres", "Bremstraat 8\n3817 PH Amersfoort", "Telefoon", "033-4610 882"],
            ["Verzekering", "ZorgSamen Verzekeringen\npolisnr. 55019384", "Datum verwijzing", "14-10-2026"],
            ["Specialisme", "Plastische chirurgie", "Urgentie", "Regulier"]], grid=True, size=9),
        H("Reden van verwijzing"),
        P("Sinds november 2025 pijn aan de radiale zijde van de linkerpols en basis duim, toenemend bij "
          "knijpen en draaien (potjes openen, sleutel). Behandeld door de orthopedie van MC Eemvallei: "
          "brace en tweemaal een injectie in het CMC-1 gewricht, onvoldoende effect. De orthopeed stelt een "
          "trapeziectomie voor; patiënte twijfelt en wil eerst een tweede mening."),
        H("Vraagstelling"),
        P("Graag uw second opinion: is een operatie (trapeziectomie) op dit moment de juiste keuze, of zijn er "
          "nog conservatieve mogelijkheden?"),
        KV([["Relevante voorgeschiedenis",
             "2009 sectio caesarea\n2016 hypothyreoïdie\n2019 epicondylitis lateralis rechts (conservatief)\n"
             "Patiënte is niet eerder aan hand of pols geopereerd."],
            ["Recente behandelingen",
             "12-01-2026 X-duim links (MC Eemvallei): CMC-1 artrose, Eaton stadium 3\n"
             "03-2026 corticosteroïdinjectie CMC-1 links (orthopedie MC Eemvallei)\n"
             "04-2026 t/m 07-2026 handtherapie, duimbasisspalk\n"
             "06-2026 tweede injectie CMC-1 links, effect 3 weken"],
            ["Medicatie", "levothyroxine 75 mcg 1dd1\nparacetamol 500 mg z.n. max 6dd2\n"
                          "diclofenac gel 1% z.n."],
            ["Allergieën / contra-indicaties", "Geen bekend"],
            ["Episodelijst", "L90 Artrose duimbasis links (2025)\nT86 Hypothyreoïdie (2016)\n"
                             "L93 Epicondylitis lateralis rechts (2019, afgesloten)"],
            ["Bijlagen", "Brief orthopedie MC Eemvallei 13-07-2026"]], widths=(4.2, 12.3), grid=True, size=9),
        SP(8),
        P("Ondertekend (elektronisch): J.P. Hoogendijk, huisarts", size=8.5),
    ],
    label=label(["referral", "history"], "2026-10-14", "gp", "nl", "zorgdomein two-column form (4-column table)",
                "yes", "no", "unmentioned", rq=True,
                notes="Labels and values in separate table runs; question only in 'Vraagstelling'; history section "
                      "with recent treatments makes it also a history letter; trapeziectomy is only proposed; sectio "
                      "is another body part; explicit 'niet eerder aan hand of pols geopereerd'."))

# ---------------------------------------------------------------------------------------------- ve-002
journal = [
    ("14-03-2023", "S: Val op uitgestrekte li hand tijdens vakantie in Spanje, gezien op urgencias ziekenhuis "
                   "Málaga, daar foto en gips. Nu terug, gips 3 wk. O: gips goed, vingers warm, sensibiliteit ok. "
                   "E: L72 distale radiusfractuur li, conservatief. P: gipscontrole SEH IJsselkust over 1 week."),
    ("21-03-2023", "Brief specialist ontvangen: SEH IJsselkust Ziekenhuis, controle-foto goede stand, gips "
                   "nog 3 weken."),
    ("18-04-2023", "S: gips eraf, stijf. O: ext/flex 40/50. E: L72 status na radiusfractuur. P: fysio, "
                   "oefeningen."),
    ("05-09-2023", "S: controle RR. O: RR 142/86, gew 91 kg. E: K86 hypertensie. P: beleid ongewijzigd."),
    ("12-10-2023", "Griepvaccinatie en COVID-vaccinatie gegeven."),
    ("27-11-2023", "S: DM-controle POH. O: HbA1c 52, RR 138/84, voeten: sensibiliteit monofilament intact. "
                   "E: T90 DM2. P: metformine 2dd500 continueren, leefstijladvies."),
    ("08-01-2024", "S: hoest sinds 10 dagen, geen koorts. O: longen: vesiculair ademgeruis, geen crepitaties. "
                   "E: R05 hoesten. P: afwachten, uitleg."),
    ("22-01-2024", "S: 's nachts tintelingen dig I-III re, wakker van, schudden helpt. O: Tinel+ re, Phalen+ "
                   "re, geen atrofie thenar. E: N93 carpaletunnelsyndroom rechts. P: nachtspalk, terugkomen "
                   "na 6 weken."),
    ("11-03-2024", "S: spalk helpt onvoldoende. E: N93. P: verwijzing neurologie IJsselkust voor EMG."),
    ("02-05-2024", "Brief specialist ontvangen: neurologie: EMG past bij matig-ernstig CTS rechts. Advies "
                   "injectie of operatie."),
    ("13-05-2024", "S: wil geen injectie. E: N93. P: verwijzing plastische chirurgie IJsselkust."),
    ("12-02-2025", "Brief specialist ontvangen: plastische chirurgie IJsselkust Ziekenhuis, open "
                   "carpaletunnelrelease rechts verricht op 12-02-2025, ongecompliceerd."),
    ("24-02-2025", "S: hechtingen verwijderen. O: wond rustig. P: hechtingen verwijderd."),
    ("07-07-2025", "S: DM-controle. O: HbA1c 56, gew 93 kg. E: T90 DM type 2. P: metformine ophogen naar "
                   "2dd1000."),
    ("15-09-2025", "S: jaarcontrole CVRM. O: RR 144/88, LDL 2,9, eGFR 71. E: K86, T90. P: amlodipine "
                   "continueren, statine besproken, pt wil nog niet."),
    ("20-10-2025", "Griepvaccinatie gegeven."),
    ("02-12-2025", "S: pijn li knie bij traplopen. O: crepitaties, geen hydrops. E: L90 artrose knie li. P: "
                   "paracetamol, fysiotherapie, afvallen."),
    ("16-01-2026", "S: sinds 2 mnd weer tintelingen dig I-III re, ook overdag, laat dingen vallen. O: Tinel+ "
                   "over litteken, lichte thenaratrofie re. E: N93 recidief CTS re? P: overleg "
                   "plastisch chirurg."),
    ("23-03-2026", "Brief specialist ontvangen: plastische chirurgie IJsselkust: klachten passend bij "
                   "recidief of onvolledige release; nieuw EMG aangevraagd."),
    ("14-08-2026", "S: pijn pols re bij steunen. O: geen zwelling, drukpijn radiocarpaal. E: L81 polspijn re. "
                   "P: X-pols re."),
    ("19-08-2026", "Uitslag X-pols re (IJsselkust): geen fractuur, geen artrose van betekenis."),
    ("02-09-2026", "S: DM-controle POH. O: HbA1c 54, gew 93 kg, RR 139/85. E: T90. P: beleid ongewijzigd, "
                   "oogfundus aangevraagd."),
    ("15-09-2026", "Brief specialist ontvangen: neurologie Ziekenhuis Hanzeweide: EMG recidief CTS re."),
    ("06-10-2026", "S: pt is ontevreden over beleid IJsselkust, wil second opinion. E: N93 recidief CTS re. "
                   "P: uitleg, verwijzing via ZorgDomein."),
    ("28-10-2026", "Verwijzing handchirurgie (second opinion) Handkliniek Lindehof verstuurd."),
]
blocks2 = [
    TITLE("Uitdraai journaal", size=12),
    KV([["Praktijk", "Huisartsenpraktijk Bolwerk, Bolwerksweg 3, 8011 MR Zwolle"],
        ["Patiënt", "Dhr. H.W. Stoltenberg"],
        ["Geboortedatum", "02-04-1958"],
        ["Datum uitdraai", "03-11-2026"],
        ["Periode", "01-01-2023 t/m 03-11-2026"],
        ["Afgedrukt door", "M. de Haan (doktersassistente)"]], widths=(3.5, 13), size=9),
    H("Episodelijst"),
    TABLE([["ICPC", "Omschrijving", "Begin", "Einde"],
           ["N93", "Carpaletunnelsyndroom rechts (recidief)", "22-01-2024", ""],
           ["K86", "Hypertensie zonder orgaanbeschadiging", "12-06-2014", ""],
           ["T90", "Diabetes mellitus type 2", "03-02-2017", ""],
           ["L72", "Fractuur distale radius links", "14-03-2023", "18-04-2023"],
           ["L81", "Polspijn rechts", "14-08-2026", ""],
           ["D88", "Appendicitis, appendectomie", "1981", "1981"]], widths=(1.5, 8.5, 3, 3), size=9),
    H("Journaal"),
]
for dt, text in journal:
    blocks2.append(KV([[dt, text]], widths=(2.3, 14.2), size=9))
blocks2 += [SP(6), H("Actuele medicatie"),
            TABLE([["Middel", "Dosering", "Start"],
                   ["metformine 1000 mg", "2dd1", "07-07-2025"],
                   ["amlodipine 5 mg", "1dd1", "12-06-2014"],
                   ["paracetamol 500 mg", "z.n. max 4dd2", "22-01-2024"]], size=9),
            H("Uitslagen (selectie)"),
            TABLE([["Datum", "Bepaling", "Uitslag", "Eenheid"],
                   ["27-11-2023", "HbA1c", "52", "mmol/mol"], ["07-07-2025", "HbA1c", "56", "mmol/mol"],
                   ["02-09-2026", "HbA1c", "54", "mmol/mol"], ["15-09-2025", "LDL-cholesterol", "2,9", "mmol/l"],
                   ["15-09-2025", "eGFR (CKD-EPI)", "71", "ml/min/1,73m2"], ["15-09-2025", "Kalium", "4,3", "mmol/l"],
                   ["02-09-2026", "Albumine/kreatinine ratio", "1,1", "mg/mmol"]], size=9),
            H("Correspondentie (ontvangen)"),
            TABLE([["Datum", "Van", "Onderwerp"],
                   ["21-03-2023", "SEH IJsselkust Ziekenhuis", "Distale radiusfractuur li, gipscontrole"],
                   ["02-05-2024", "Neurologie IJsselkust Ziekenhuis", "EMG armen"],
                   ["12-02-2025", "Plastische chirurgie IJsselkust Ziekenhuis", "Carpaletunnelrelease re"],
                   ["23-03-2026", "Plastische chirurgie IJsselkust Ziekenhuis", "Recidief CTS re?"],
                   ["15-09-2026", "Neurologie Ziekenhuis Hanzeweide", "EMG: recidief CTS re"]], size=9)]
add(stem="ve-002", fmt="pdf",
    opts={"size": 10, "header": "Stoltenberg, H.W.  geb. 02-04-1958  |  Uitdraai journaal  |  pag. {page}/{pages}",
          "footer": "Vertrouwelijk medisch dossier - Huisartsenpraktijk Bolwerk - uitgedraaid 03-11-2026 11:05",
          "top": 2.3},
    blocks=blocks2,
    label=label(["history"], "2026-11-03", "gp", "nl", "HIS printout: episode list (ICPC) + SOEP journal",
                "yes", "yes", "yes",
                notes="Long journal; operation only as 'Brief specialist ontvangen' journal line; care abroad as "
                      "'urgencias ziekenhuis Málaga' for an older fracture of the other wrist; appendectomy 1981 "
                      "is another body part; print date is the document date."))

# ---------------------------------------------------------------------------------------------- ve-003
add(stem="ve-003", fmt="docx",
    opts={"footer": "Huisartsen Kleverpark-Noord  ·  Kleverparkweg 72  ·  2023 CG Haarlem  ·  tel. 023-5310 447  ·  "
                    "AGB 01-058812", "core_author": "E.M. Lansbergen"},
    blocks=[
        LOGO("Huisartsen Kleverpark-Noord", "E.M. Lansbergen  ·  R.J. Dekkers  ·  huisartsen", color="#2e7d32"),
        P("Aan: Handkliniek Lindehof\nt.a.v. afdeling second opinion\nPostbus 8120\n3503 RC Utrecht"),
        SP(),
        P("Haarlem, 4 november 2026"),
        P("**Betreft:** mevrouw S. El Amrani, geb. 23-06-1990, Jan Gijzenkade 19, 2025 EJ Haarlem"),
        SP(),
        P("Geachte collega,"),
        P("Hierbij verwijs ik mevrouw El Amrani, 36 jaar, verpleegkundige, naar u voor een second opinion."),
        P("Zij is bekend met een dorsaal ganglion van de rechterpols. Na een periode van afwachten en een "
          "mislukte aspiratie werd het ganglion in maart 2025 in Ziekenhuis Kennemerduin operatief verwijderd. "
          "Sinds het voorjaar van 2026 is er opnieuw een zwelling op dezelfde plek, nu pijnlijker dan voor de "
          "operatie en hinderlijk bij het tillen van patiënten. Een echo van 15 september jl. bevestigde een "
          "recidief ganglion van ca. 11 mm."),
        P("De behandelend chirurg heeft een heroperatie aangeboden. Patiënte twijfelt, mede omdat haar zus na een "
          "vergelijkbare operatie in hetzelfde ziekenhuis lang pijnklachten hield."),
        P("**Mijn vraag aan u is:** is een tweede excisie zinvol, en zo ja met welke techniek (open of "
          "artroscopisch), of is afwachten verantwoord?"),
        P("Medicatie: geen. Allergieën: pleisters. Het echoverslag en de brief van de chirurg zijn bijgevoegd."),
        SP(),
        P("Met vriendelijke groet,"),
        SP(10),
        P("E.M. Lansbergen, huisarts"),
    ],
    label=label(["referral"], "2026-11-04", "gp", "nl", "free GP letter (letterhead, Betreft, Geachte collega)",
                "yes", "yes", "unmentioned", rq=True,
                notes="Date as 'Haarlem, 4 november 2026'; operation said in prose ('operatief verwijderd'); "
                      "re-operation only offered; sister's operation is a family member's; no history section, so "
                      "not a history letter."))

# ---------------------------------------------------------------------------------------------- ve-004
add(stem="ve-004", fmt="txt", newline="\r\n",
    text="""\
==============================================================
 VERWIJSBRIEF                                (MEDVRI 29-09-2026)
==============================================================
Van        : L. van Dam, huisarts
             Gezondheidscentrum Oostpolder
             Oostpolderplein 4, 8223 AB Lelystad
             AGB 01-077231   tel. 0320-248 110
Aan        : Handkliniek Lindehof, Utrecht
             Specialisme: heelkunde/handchirurgie
Datum      : 29-09-2026
--------------------------------------------------------------
Patient    : Verschoor, R. (Ruud)          man
Geb.datum  : 08-11-1979
BSN        : 1930 44 872
Adres      : Lepelaarweg 112, 8219 BG Lelystad
Verzekerd  : ZorgSamen Verzekeringen 77120456
--------------------------------------------------------------
Reden verwijzing:
  Consult handchirurgie. Ganglion pols rechts dorsaal, sinds
  ca. 1 jaar, groeiend, hinderlijk bij werk (stratenmaker).
  Pat. wil het laten verwijderen. Graag behandeling.

Anamnese:
  Zwelling dorsum pols re, wisselend in grootte, pijn bij
  extensie en steunen. Geen trauma.

Onderzoek:
  Soepele, niet-pijnlijke zwelling ca 2 cm dorsaal scafolunair,
  transilluminatie positief. Goede functie, sensibiliteit intact.

Aanvullend onderzoek:
  Echo nog niet verricht, eventueel bij u.

Medicatie  : geen
Allergieen : geen bekend
--------------------------------------------------------------
L. van Dam, huisarts
(elektronisch verzonden, niet ondertekend)
==============================================================
""",
    label=label(["referral"], "2026-09-29", "gp", "nl", "HIS-generated plain-text referral (MEDVRI-like, CRLF)",
                "no", "unmentioned", "unmentioned", rq=False,
                notes="Referral 'for treatment' ('Graag behandeling') without any question; 'Echo nog niet verricht' "
                      "is a negation; removal is only wished for."))

# ---------------------------------------------------------------------------------------------- ve-005
add(stem="ve-005", fmt="pdf",
    opts={"size": 9.5,
          "footer": "MC Eemvallei  ·  Eemvalleilaan 12  ·  3823 KM Amersfoort  ·  www.mceemvallei.example  ·  "
                    "KvK 30123456\nAfgedrukt: 15-07-2026 10:12  ·  Pagina {page} van {pages}",
          "header": "Brouwer-Kalkman, A.C.  |  17-09-1971  |  Pat.nr. 7042218"},
    blocks=[
        LOGO("MC Eemvallei", "Medisch Centrum", addr=["Orthopedie", "Polikliniek 2B", "T 033 - 850 1200"],
             image=True, color="#0b5394", mark="triangle"),
        KV([["Aan", "De weledelgeleerde heer J.P. Hoogendijk, huisarts\nKastanjelaan 41\n3818 KB Amersfoort"],
            ["Datum", "13-07-2026"],
            ["Ons kenmerk", "ORT/KM/7042218"],
            ["Betreft", "mevr. A.C. Brouwer-Kalkman, geb. 17-09-1971, Bremstraat 8, 3817 PH Amersfoort"],
            ["Datum consult", "09-07-2026"]], widths=(3, 13.5), bold_labels=True, size=9),
        SP(4),
        P("Geachte collega,"),
        P("Op 09-07-2026 zagen wij uw patiënte opnieuw op de polikliniek orthopedie in verband met pijn aan de "
          "linker duimbasis."),
        H("Anamnese"),
        P("Patiënte kreeg in maart en juni 2026 een injectie met triamcinolon in het CMC-1 gewricht links. De "
          "tweede injectie gaf ongeveer drie weken verlichting. Daarnaast handtherapie met spalk. Zij ervaart "
          "beperkingen bij het openen van potten en bij het werk als kapster. Nachtelijke pijn, geen "
          "tintelingen."),
        H("Lichamelijk onderzoek"),
        P("Linker hand: geringe adductiestand duim, crepitaties en positieve grindtest CMC-1. Geen "
          "hyperextensie MCP-1. Sensibiliteit intact, Tinel en Phalen negatief."),
        H("Aanvullend onderzoek"),
        P("X-duim links (12-01-2026): gewrichtsspleetversmalling CMC-1 met osteofyten > 2 mm, STT-gewricht "
          "gespaard; passend bij Eaton stadium 3."),
        H("Conclusie"),
        P("Symptomatische CMC-1 artrose links, onvoldoende reactie op conservatieve behandeling."),
        H("Beleid"),
        P("Wij hebben de mogelijkheid van een trapeziectomie met peesinterpositie besproken, inclusief de "
          "revalidatie van circa drie maanden. Patiënte wil hierover nadenken en eventueel een second opinion "
          "vragen. Zij neemt zelf contact op voor het plannen van de operatie."),
        SP(6),
        P("Met collegiale groet,"),
        SP(8),
        P("drs. K.L. Mulder, physician assistant orthopedie\nnamens dr. B. Oosterhof, orthopedisch chirurg"),
        SP(6),
        SMALL("cc: patiënte\nKM/ab  D: 09-07-2026  U: 13-07-2026"),
    ],
    label=label(["correspondence"], "2026-07-13", "specialist", "nl",
                "HiX-like outpatient letter (image letterhead, sections, footer print date)",
                "yes", "unmentioned", "unmentioned", also=["2026-07-09"],
                notes="Hospital name only as image; letter date vs consult date vs print date in footer; operation "
                      "only discussed (plan), injections are not operations; dictation marks."))

# ---------------------------------------------------------------------------------------------- ve-006
add(stem="ve-006", fmt="pdf",
    opts={"size": 9.5, "footer": "Noorderhaven Ziekenhuis · Afdeling Radiologie · Hereweg 300 · 9725 AJ Groningen · "
                                 "050 - 520 4000\nDit verslag is elektronisch geautoriseerd.  {page}/{pages}"},
    blocks=[
        LOGO("Noorderhaven Ziekenhuis", "Afdeling Radiologie", color="#6a1b9a", mark="cross"),
        TITLE("RADIOLOGISCH ONDERZOEK", size=12),
        KV([["Patiënt", "Hiemstra-Dijkstra, J.", "Patiëntnr.", "3310457"],
            ["Geb.datum", "30-01-1964", "Geslacht", "V"],
            ["Aanvrager", "dr. P.G. Ekkers, orthopedie", "Datum onderzoek", "22-09-2026"],
            ["Onderzoek", "MRI pols rechts zonder contrast", "Datum verslag", "24-09-2026"],
            ["Accessienr.", "NH26-118842", "Kopie aan", "huisarts C. Wiersma"]], size=9),
        H("Klinische gegevens / vraagstelling"),
        P("Status na plaatosteosynthese distale radius rechts (2019), plaat in situ. Sinds maanden ulnaire "
          "polspijn, klikken bij pro-/supinatie. TFCC-letsel? Ulnocarpaal impingement?"),
        H("Verslag"),
        P("Beperkte beoordeelbaarheid van de distale radius door susceptibiliteitsartefacten van het volaire "
          "plaatje. Consolidatie van de oude fractuur. Positieve ulnaire variantie van circa 2 mm. Centrale "
          "perforatie van de discus articularis van het TFCC met vochtcommunicatie naar het DRUG. "
          "Chondromalacie en subchondraal oedeem proximaal-ulnair in het os lunatum. Geen avasculaire necrose. "
          "Scafolunair en lunotriquetraal ligament intact. Peesstructuren zonder afwijkingen. Geen ganglion."),
        H("Conclusie"),
        P("Beeld passend bij ulnocarpaal impingement met centrale TFCC-perforatie (Palmer 2C) en "
          "chondromalacie os lunatum, bij positieve ulnaire variantie na eerdere radiusfractuur."),
        SP(6),
        P("dr. W.F. Zijlstra, radioloog"),
    ],
    label=label(["imaging-report"], "2026-09-24", "radiologist", "nl", "hospital radiology report (4-column header)",
                "yes", "yes", "unmentioned", also=["2026-09-22"],
                notes="Requester and 'vraagstelling' belong to the radiology request, not a referral; exam date vs "
                      "report date; prior operation (plaatosteosynthese) stated as clinical data."))

# ---------------------------------------------------------------------------------------------- ve-007
add(stem="ve-007", fmt="pdf",
    opts={"size": 9.5, "footer": "Ziekenhuis Hanzeweide Zwolle  ·  OK-verslag  ·  afgedrukt 21-05-2026  ·  {page}/{pages}"},
    blocks=[
        LOGO("Ziekenhuis Hanzeweide", "Plastische, Reconstructieve en Handchirurgie",
             addr=["Hanzeweidelaan 4, 8025 TX Zwolle"], color="#c62828", align="right"),
        TITLE("OK-verslag", size=13),
        KV([["Patiënt", "mw. T. Bakker-Roos", "Geboortedatum", "11-12-1955"],
            ["Patiëntnummer", "HW-1187340", "Afdeling", "Dagbehandeling"]], grid=True, size=9),
        KV([["Datum operatie", "19-05-2026"],
            ["Operateur", "dr. M.A. Groeneveld, plastisch chirurg"],
            ["Assistent", "drs. L. Hofstra, AIOS plastische chirurgie"],
            ["Anesthesie", "WALANT (lidocaïne 1% met adrenaline), geen bloedleegte"],
            ["Indicatie", "Carpaletunnelsyndroom links, klinisch en EMG (03-2026) matig-ernstig; onvoldoende "
                          "effect nachtspalk en injectie"],
            ["Ingreep", "Open carpaletunnelrelease links"],
            ["Verloop / beschrijving",
             "Time-out verricht. Longitudinale incisie van 2,5 cm in de lijn van de radiale zijde van de vierde "
             "straal, proximaal van de lijn van Kaplan. Doorname van de palmaire fascie. Het ligamentum carpi "
             "transversum wordt onder zicht over de volle lengte gekliefd, distaal tot het vetkussen van de "
             "arcus superficialis en proximaal tot in de onderarmfascie. N. medianus ingesnoerd en hyperemisch, "
             "motorische tak vrij. Geen ruimte-innemende processen. Hemostase. Huid gesloten met Ethilon 4-0 "
             "donati-hechtingen."],
            ["Complicaties", "Geen"],
            ["Nabehandeling", "Drukverband 2 dagen, daarna pleister. Hechtingen verwijderen na 10-14 dagen bij "
                              "de huisarts. Controle poli (physician assistant) na 6 weken."]],
           widths=(3.6, 12.9), grid=True, size=9),
        SP(6),
        SMALL("Verslag vastgelegd door dr. M.A. Groeneveld op 19-05-2026 14:32"),
    ],
    label=label(["operation-report"], "2026-05-19", "specialist", "nl", "OK-verslag form (grid table, no salutation)",
                "unmentioned", "yes", "unmentioned",
                notes="Form without salutation; EMG is not imaging; print date in footer differs from operation "
                      "date."))

# ---------------------------------------------------------------------------------------------- ve-008
add(stem="ve-008", fmt="pdf",
    opts={"size": 9.5, "footer": "Laboratorium Medische Microbiologie Oost-Veluwe  ·  Europaweg 21  ·  7336 AR Apeldoorn  ·  "
                                 "RvA M 999\nUitslag {page} van {pages}"},
    blocks=[
        LOGO("Laboratorium Medische Microbiologie", "Oost-Veluwe", color="#00695c", mark="circle"),
        KV([["Aanvrager", "P. Kruisinga, huisarts, Apeldoorn", "Labnummer", "M26-0458812"],
            ["Patiënt", "Yildiz, M. (man)", "Geb.datum", "05-05-1969"],
            ["Afnamedatum", "20-10-2026", "Ontvangstdatum", "21-10-2026"],
            ["Status", "Eindverslag", "Uitslagdatum", "23-10-2026"]], grid=False, size=9),
        H("Klinische gegevens"),
        P("Opname ziekenhuis buitenland (Antalya, Turkije) aug. 2026 i.v.m. handletsel, operatief behandeld. "
          "Screening voorafgaand aan verwijzing handchirurgie."),
        H("MRSA-screening (kweek, ophoogmedium + chromogene agar)"),
        TABLE([["Materiaal", "Bepaling", "Uitslag"],
               ["Neus", "MRSA kweek", "MRSA niet aangetoond"],
               ["Keel", "MRSA kweek", "MRSA niet aangetoond"],
               ["Perineum", "MRSA kweek", "MRSA niet aangetoond"]], widths=(4, 5.5, 7), size=9),
        H("Conclusie"),
        P("Geen MRSA aangetoond in de ingezonden materialen."),
        SP(4),
        P("Gevalideerd door: dr. S. de Boer, arts-microbioloog, 23-10-2026", size=8.5),
    ],
    label=label(["mrsa-screening"], "2026-10-23", "lab", "nl", "microbiology lab result (table)",
                "unmentioned", "yes", "yes", also=["2026-10-20", "2026-10-21"],
                notes="Three dates (sampling, receipt, result); stay abroad and operation only in the 'Klinische "
                      "gegevens' indication."))

# ---------------------------------------------------------------------------------------------- ve-009
add(stem="ve-009", fmt="docx",
    opts={"header": "Wexmoor Hospitals NHS Foundation Trust", "footer":
          "St Aldhelm's Hospital · Priory Road · Wexmoor WX4 7QP · Switchboard 01632 960 400\n"
          "Page {page} of {pages}", "core_author": "Medical Secretaries T&O"},
    blocks=[
        LOGO("Wexmoor Hospitals", "NHS Foundation Trust", addr=["Trauma & Orthopaedics - Hand Unit",
                                                               "St Aldhelm's Hospital, Priory Road, Wexmoor WX4 7QP"],
             color="#005eb8", align="right"),
        P("Consultant: Mr Jonathan Ashdown FRCS (Tr & Orth)\nSecretary: 01632 960 471"),
        P("Dr S Pemberton\nMillbrook Surgery\n14 Abbey Lane\nBristol BS7 9QD"),
        KV([["Clinic date:", "28/05/2026"], ["Typed:", "02/06/2026"], ["Hospital No:", "W2298431"],
            ["NHS No:", "401 023 2137"]], widths=(3, 6), bold_labels=True),
        P("2 June 2026"),
        P("Dear Dr Pemberton,"),
        P("**Re: Mrs Claire VANDERMEER, DOB 14/02/1982, 22 Cotham Grove, Bristol BS6 6AN**"),
        P("**Diagnosis:** 1. De Quervain's tenosynovitis, right wrist\n2. Mild basal thumb tenderness, no "
          "arthritis on X-ray"),
        P("**Outcome:** Steroid injection given today. Review in 6 weeks with a view to surgical release if "
          "symptoms persist."),
        P("I saw Mrs Vandermeer in the hand clinic today. She is a 44-year-old right-handed graphic designer "
          "with a four-month history of radial-sided right wrist pain, worse when lifting her toddler. She has "
          "not had any previous surgery to the wrist and has tried a thumb spica splint from the pharmacy."),
        P("On examination there is swelling over the first dorsal compartment, exquisite tenderness and a "
          "strongly positive Finkelstein test. The CMC joint is mildly tender, grind test negative."),
        P("X-rays of the right wrist and thumb taken today show no bony abnormality and no CMC joint arthritis."),
        P("I injected 40 mg triamcinolone with lidocaine into the first dorsal compartment under aseptic "
          "conditions. I have explained the small risk of fat atrophy and depigmentation."),
        P("**Plan:** Review in 6 weeks. If there is no lasting benefit I would offer a release of the first dorsal "
          "compartment as a day case under local anaesthetic. She tells me the family may be moving to the "
          "Netherlands later this year; we will provide copies of her records if needed."),
        P("Yours sincerely,"),
        SP(),
        P("Mr Jonathan Ashdown\nConsultant Hand Surgeon"),
        SMALL("Dictated but not checked. cc: Mrs C Vandermeer (patient)"),
    ],
    label=label(["correspondence"], "2026-06-02", "specialist", "en", "UK NHS clinic letter (Diagnosis/Outcome/Plan)",
                "yes", "no", "yes", also=["2026-05-28"],
                notes="Written by a hospital abroad (UK) that treated her, abroad only implied by the trust's address; "
                      "'has not had any previous surgery'; surgery only offered; clinic date vs typed date."))

# ---------------------------------------------------------------------------------------------- ve-010
add(stem="ve-010", fmt="pdf",
    opts={"size": 9.5,
          "footer": "Klinikum Rheinauen gGmbH · Uferstraße 12 · 46446 Emmerich am Rhein · Tel. +49 2822 771-0 · "
                    "Sitz Emmerich, HRB 4471\nSeite {page} von {pages}",
          "header": "Hendriks, Pieter, geb. 09.03.1988 - Fall-Nr. 26031477"},
    blocks=[
        LOGO("Klinikum Rheinauen", "Emmerich am Rhein",
             addr=["Klinik für Hand-, Plastische und Rekonstruktive Chirurgie",
                   "Chefarzt Prof. Dr. med. R. Albrecht", "Sekretariat: +49 2822 771-3410"],
             color="#1a237e", align="right"),
        P("Huisartsenpraktijk Rijnoever\nHerrn Dr. B. Smeets\nRijnkade 12\n6811 HA Arnhem\nNIEDERLANDE"),
        RIGHT("Emmerich, 21.07.2026"),
        P("**Entlassungsbrief**"),
        P("Sehr geehrter Herr Kollege Smeets,"),
        P("wir berichten über Ihren Patienten **Herrn Pieter Hendriks**, geb. 09.03.1988, wohnhaft Sonsbeeksingel "
          "88, 6814 AB Arnhem, der sich vom **13.07.2026 bis 16.07.2026** in unserer stationären Behandlung "
          "befand."),
        H("Diagnosen"),
        P("Distale intraartikuläre Radiusfraktur links (AO 23-C2) nach Sturz vom Fahrrad am 13.07.2026\n"
          "Prellung rechtes Knie"),
        H("Therapie"),
        P("14.07.2026: Offene Reposition und palmare winkelstabile Plattenosteosynthese distaler Radius links "
          "(OP-Bericht anbei)"),
        H("Anamnese und Verlauf"),
        P("Der Patient stürzte als Besucher eines Musikfestivals mit dem Fahrrad und wurde über unsere "
          "Zentrale Notaufnahme aufgenommen. Das Röntgen des linken Handgelenks in 2 Ebenen sowie die "
          "ergänzende CT zeigten eine dislozierte intraartikuläre Fraktur. Nach Aufklärung erfolgte am "
          "Folgetag die operative Versorgung. Der postoperative Verlauf gestaltete sich komplikationslos, die "
          "Röntgenkontrolle zeigte eine regelrechte Implantatlage. Das MRSA-Aufnahmescreening war negativ. "
          "Entlassung in gutem Allgemeinzustand nach Hause in die Niederlande."),
        H("Procedere"),
        P("Fadenzug am 12.-14. postoperativen Tag beim Hausarzt. Ergotherapie/Handtherapie ab sofort. "
          "Klinische und radiologische Kontrolle nach 6 Wochen, gerne heimatnah. Eine Metallentfernung ist nicht "
          "zwingend erforderlich. Arbeitsunfähig bis auf Weiteres."),
        H("Medikation bei Entlassung"),
        P("Ibuprofen 600 mg 1-1-1 für 5 Tage, Pantoprazol 20 mg 1-0-0, Metamizol 500 mg bei Bedarf"),
        SP(4),
        P("Mit freundlichen kollegialen Grüßen"),
        SP(8),
        P("Prof. Dr. med. R. Albrecht, Chefarzt          Dr. med. S. Wieland, Oberärztin          "
          "J. Vogt, Assistenzarzt"),
    ],
    label=label(["correspondence"], "2026-07-21", "specialist", "de", "German Entlassungsbrief (Klinikum letterhead)",
                "yes", "yes", "yes",
                notes="Foreign hospital letter in German; 'Therapie' line names the operation but is not a full "
                      "operation report; 'MRSA-Aufnahmescreening war negativ' is only a mention; date "
                      "'Emmerich, 21.07.2026'."))

# ---------------------------------------------------------------------------------------------- ve-011
add(stem="ve-011", fmt="docx",
    opts={"header": "Klinikum Rheinauen · Klinik für Hand-, Plastische und Rekonstruktive Chirurgie",
          "footer": "Operationsbericht · Hendriks, Pieter · Seite {page}", "core_author": "ORBIS"},
    blocks=[
        TITLE("Operationsbericht", size=14),
        KV([["Patient", "Hendriks, Pieter", "Geb.-Datum", "09.03.1988"],
            ["Fall-Nr.", "26031477", "Station", "H2"],
            ["OP-Datum", "14.07.2026", "OP-Saal", "3"],
            ["Schnitt", "09:12 Uhr", "Naht", "10:26 Uhr"]], grid=True),
        KV([["Operateur", "Dr. med. S. Wieland (Oberärztin)"],
            ["Assistenz", "J. Vogt (Assistenzarzt)"],
            ["Anästhesie", "Axilläre Plexusanästhesie, Dr. med. T. Kaminski"],
            ["Diagnose", "Dislozierte distale intraartikuläre Radiusfraktur links (AO 23-C2)"],
            ["Eingriff", "Offene Reposition, palmare winkelstabile Plattenosteosynthese (2,4 mm), "
                         "Bildwandlerkontrolle"],
            ["Blutsperre", "250 mmHg, 68 min"]], grid=True, widths=(3.5, 13)),
        H("Bericht"),
        P("Aufklärung und Einverständnis liegen vor. Team-Time-Out durchgeführt. Die präoperativ angefertigte CT "
          "zeigt eine Impression der Fossa lunata. Rückenlage, Armtisch, Oberarmblutsperre. Erweiterter "
          "Henry-Zugang über der FCR-Sehne. Ablösen des M. pronator quadratus. Darstellung der Fraktur, "
          "Hämatomausräumung. Reposition unter Sicht und Bildwandlerkontrolle, temporäre Fixierung mit "
          "K-Drähten. Anlage einer palmaren winkelstabilen Platte, Besetzung mit 3 Kortikalis- und 6 "
          "winkelstabilen Schrauben. Abschließende Bildwandlerkontrolle in zwei Ebenen: gelenkflächennahe "
          "Plattenlage, keine intraartikuläre Schraubenlage, anatomische Gelenkfläche. Spülung, Refixation des "
          "Pronator quadratus, Subkutannaht, Hautnaht in Rückstichtechnik. Steriler Verband, dorsale "
          "Unterarmschiene."),
        H("Procedere"),
        P("Hochlagerung, Kühlung, Fingerübungen ab sofort. Röntgenkontrolle am 1. postoperativen Tag. Schiene für "
          "2 Wochen, danach Handtherapie."),
        SP(),
        P("Dr. med. S. Wieland, Oberärztin – elektronisch freigegeben 14.07.2026 11:02"),
    ],
    label=label(["operation-report"], "2026-07-14", "specialist", "de", "German Operationsbericht (form tables)",
                "yes", "yes", "yes",
                notes="Foreign operation report without letterhead text in body (hospital only in header); imaging "
                      "said as preoperative CT and intraoperative 'Bildwandlerkontrolle'."))

# ---------------------------------------------------------------------------------------------- ve-012
add(stem="ve-012", fmt="txt",
    text="""\
Uitslagen laboratorium - ontvangen via Edifact (MEDLAB)          Praktijk Hoensbroek-Noord
------------------------------------------------------------------------------------------
Patient      : Roelofs, F.A. (Femke)   V   geb. 19-07-1986
Aanvrager    : dr. G. Coumans, huisarts
Laboratorium : Microbiologisch Laboratorium Maasland, Sittard
Labnummer    : MLM-26-770145
Afname       : 30-10-2026 10:15
Ontvangst    : 30-10-2026 16:40
Rapportage   : 04-11-2026 (definitief)

Klinische informatie aanvrager:
  MRSA-screening. Werkzaam op varkenshouderij (contact levende varkens).
  Verwijzing handchirurgie gepland (triggerduim re).

Bepaling                              Materiaal     Uitslag
------------------------------------  ------------  ----------------------------------
MRSA PCR (mecA/mecC, SCCmec)          neus          POSITIEF
MRSA kweek                            neus          Staphylococcus aureus, MRSA
                                                    (meticilline-resistent) AANGETOOND
MRSA kweek                            keel          niet aangetoond
MRSA kweek                            perineum      niet aangetoond

Gevoeligheid S. aureus (MRSA), neus:
  flucloxacilline      R
  cotrimoxazol         S
  clindamycine         S
  doxycycline          R
  mupirocine           S
  fusidinezuur         S

Commentaar microbioloog:
  Patient is drager van MRSA (veegerelateerd, CC398 waarschijnlijk). Melding aan
  behandelaars bij opname. Eradicatie volgens NHG-richtlijn overwegen; let op:
  bij blijvende blootstelling (varkens) is eradicatie vaak niet succesvol.

Gevalideerd: dr. H. Peeters, arts-microbioloog, 04-11-2026
------------------------------------------------------------------------------------------
""",
    label=label(["mrsa-screening"], "2026-11-04", "lab", "nl", "Edifact lab result as shown in the HIS (plain text)",
                "unmentioned", "unmentioned", "unmentioned", also=["2026-10-30"],
                notes="Positive MRSA result; indication is livestock contact, not a stay abroad; operation only "
                      "planned; sampling and receipt on the same day, report five days later."))

# ---------------------------------------------------------------------------------------------- ve-013
add(stem="ve-013", fmt="pdf",
    opts={"size": 9.5, "header": "ANATOLIA COAST PRIVATE HOSPITAL - EPICRISIS / DISCHARGE SUMMARY",
          "footer": "Lara Mah. 1541 Sok. No: 5  07230 Muratpasa / Antalya - TURKIYE   Tel +90 242 000 41 41   "
                    "international@anatoliacoast.example\nPage {page}/{pages}"},
    blocks=[
        LOGO("Anatolia Coast", "Private Hospital - Antalya", color="#ad1457", image=True, mark="circle"),
        TITLE("DISCHARGE SUMMARY", size=13, align="center"),
        KV([["Patient name", "YILDIZ, MEHMET", "Protocol no", "2026/084412"],
            ["Date of birth", "05.05.1969", "Nationality", "Netherlands"],
            ["Department", "Orthopaedics and Traumatology", "Room", "412"],
            ["Admission", "12.08.2026 01:40", "Discharge", "15.08.2026 11:00"]], grid=True, size=9),
        H("Diagnosis"),
        P("Open injury dorsum of right hand (broken glass) with laceration of extensor tendons EDC II and EDC III "
          "in zone VI. (ICD-10 S66.3)"),
        H("History"),
        P("57-year-old male tourist, admitted via the emergency service after cutting his right hand on a broken "
          "glass door at the hotel. Unable to extend index and middle finger. Tetanus vaccination given in the "
          "emergency room. X-ray right hand: no fracture, no foreign body."),
        H("Operation"),
        KV([["Date", "12.08.2026"], ["Surgeon", "Op. Dr. Kemal Aksoy, Orthopaedics and Traumatology"],
            ["Assistant", "Dr. Elif Yurt"], ["Anaesthesia", "Axillary block (Dr. Hakan Oral)"],
            ["Procedure", "Wound exploration and debridement, primary repair of EDC II and EDC III (modified "
                          "Kessler core suture, 3/0 non-absorbable, running epitendinous 5/0)"],
            ["Findings", "EDC II complete laceration, EDC III 80% laceration, juncturae intact, no nerve or "
                         "arterial injury. Wound contaminated with glass fragments, removed."],
            ["Closure", "Skin closed with 4/0 nylon. Volar splint in wrist 30 degrees extension, MCP 20 degrees "
                        "flexion."]], widths=(3, 13.5), grid=True, size=9),
        H("Post-operative course"),
        P("Uneventful. IV cefazolin 1 g 3x1 for 48 hours, then oral. Wound clean at discharge."),
        H("Recommendations"),
        P("Keep splint for 4 weeks. Sutures to be removed after 12-14 days. Hand therapy (extensor protocol) in "
          "home country. Patient returns to the Netherlands on 16.08.2026. Control by a hand surgeon at home."),
        SP(6),
        P("Op. Dr. Kemal Aksoy\nSpecialist in Orthopaedics and Traumatology"),
    ],
    label=label(["correspondence", "operation-report"], "2026-08-15", "specialist", "en",
                "Turkish private hospital discharge summary in English with operation section",
                "yes", "yes", "yes",
                notes="Foreign discharge summary (English, dd.mm.yyyy dates) containing a full operation section "
                      "(date, surgeon, procedure) so it is also an operation report; logo is an image, the hospital "
                      "name as text only in the page header and footer address."))

# ---------------------------------------------------------------------------------------------- ve-014
add(stem="ve-014", fmt="pdf",
    opts={"size": 9.5,
          "footer": "AZ Sint-Remigius vzw · Campus Sint-Andries · Remigiuslaan 211 · 8200 Brugge · T +32 50 45 12 00 · "
                    "www.azsintremigius.example\nOndernemingsnummer 0412.345.678 · pagina {page}/{pages}"},
    blocks=[
        LOGO("AZ Sint-Remigius", "Brugge", addr=["Dienst Orthopedie - Handchirurgie", "raadpleging: +32 50 45 13 40"],
             color="#00838f", mark="cross"),
        P("Dokter M. Steijaert\nHuisartsenpraktijk Sluis\nNieuwstraat 2\n4524 CD Sluis\nNederland"),
        RIGHT("Brugge, 20/08/2026"),
        P("Ref.: VC/raad/20260818/71533"),
        P("**Betreft:** Mevrouw Lieke VAN DER HOOFT, °03/04/1977\nRaadpleging handchirurgie d.d. 18/08/2026"),
        P("Geachte collega,"),
        P("Uw patiënte werd op 18/08 gezien op onze raadpleging handchirurgie voor aanhoudende pijn aan de "
          "rechterpols."),
        P("**Anamnese:** In maart 2026 val op de uitgestrekte hand tijdens het fietsen. Zij werd toen gezien op onze "
          "spoedgevallendienst: RX rechterpols zonder fractuur, immobilisatie met een polsbrace gedurende twee "
          "weken. Sindsdien blijvende dorsale polspijn en een klikkend gevoel bij steunen."),
        P("**Klinisch onderzoek:** Drukpijn scafolunair dorsaal, positieve Watson-test rechts met pijnlijke klik. "
          "Kracht (Jamar) 18 kg rechts versus 28 kg links. Geen neurovasculaire uitval."),
        P("**Technische onderzoeken:** RX rechterpols met gebalde vuist (18/08/2026): scafolunaire diastase van "
          "4 mm, scafolunaire hoek 72°."),
        P("**Besluit:** Chronische scafolunaire instabiliteit rechts (dynamisch tot beginnend statisch)."),
        P("**Beleid:** Een NMR van de rechterpols wordt gepland ter beoordeling van het ligament en het kraakbeen. "
          "Afhankelijk daarvan werd een ligamentreconstructie voorgesteld. Mevrouw wenst bedenktijd en wil "
          "eventueel een tweede mening vragen in Nederland. Wij bezorgen haar graag een kopie van het "
          "dossier."),
        P("Met collegiale groeten,"),
        SP(8),
        P("dr. Pieter-Jan Vandecasteele\nOrthopedisch chirurg"),
        SMALL("Kopie: patiënte"),
    ],
    label=label(["correspondence"], "2026-08-20", "specialist", "nl",
                "Belgian hospital raadpleging letter (Flemish wording, ° birth date)",
                "yes", "unmentioned", "yes", also=["2026-08-18"],
                notes="Belgian hospital that saw her (raadpleging and spoedgevallendienst) = care abroad without the "
                      "word 'buitenland'; 'Besluit' as conclusion; NMR only planned, reconstruction only proposed; "
                      "dates dd/mm/yyyy."))

# ---------------------------------------------------------------------------------------------- ve-015
add(stem="ve-015", fmt="docx",
    opts={"font": "Arial", "size": 11, "core_author": "Wilma"},
    blocks=[
        P("W. Kortekaas\nDraafsingel 31\n1623 LC Hoorn\ntel. 06-41 22 85 90"),
        SP(),
        P("Aan Handkliniek Lindehof\nt.a.v. second opinion\nCatharijnesingel 210\n3511 GV Utrecht"),
        SP(),
        P("Onderwerp: aanvraag second opinion rechterduim"),
        SP(),
        P("Geachte heer/mevrouw,"),
        P("Graag zou ik bij u een second opinion willen over mijn rechterduim. Ik ben in april 2025 in het "
          "ziekenhuis in Hoorn geopereerd aan een triggerduim (knipduim). Eerst ging het goed, maar sinds de "
          "zomer kan ik de duim niet meer goed buigen en heb ik veel pijn bij het litteken. Voor de operatie is "
          "er ook een echo gemaakt."),
        P("De chirurg zegt dat ik moet afwachten, maar ik kan mijn werk in de thuiszorg bijna niet meer doen. "
          "Mijn huisarts, dokter Visser, stuurt de verwijzing apart naar u op."),
        P("Misschien is het belangrijk om te weten: ik ben deze zomer drie weken in Spanje geweest, maar daar "
          "heb ik gelukkig geen dokter of ziekenhuis nodig gehad."),
        P("Ik hoop snel van u te horen."),
        SP(),
        P("Met vriendelijke groet,"),
        SP(),
        P("Wilma Kortekaas (geboren 2 maart 1968)"),
    ],
    label=label([], None, "patient", "nl", "patient's own letter (Word, undated)",
                "yes", "yes", "no",
                notes="Patient asks for a second opinion herself: not a referral; no date at all (birth date only); "
                      "holiday in Spain explicitly without hospital care."))

# ---------------------------------------------------------------------------------------------- ve-016
add(stem="ve-016", fmt="txt",
    text="""\
Van:        Planning Handkliniek Lindehof <planning@handkliniek-lindehof.example>
Verzonden:  dinsdag 10 november 2026 14:05
Aan:        k.bouzid@mail.example
Onderwerp:  Uw afspraak second opinion - donderdag 3 december 2026

Geachte heer Bouzid,

Hierbij bevestigen wij uw afspraak voor een second opinion handchirurgie:

    Datum:    donderdag 3 december 2026
    Tijd:     09:20 uur (graag 15 minuten eerder aanwezig)
    Arts:     dr. R.F. Veenstra, plastisch chirurg
    Locatie:  Catharijnesingel 210, Utrecht, 2e verdieping, balie B

Wij kunnen de afspraak alleen laten doorgaan als uw dossier compleet is. Wilt u
ervoor zorgen dat wij uiterlijk een week van tevoren het volgende hebben:

  - een verwijsbrief van uw huisarts of specialist met een duidelijke vraag;
  - een recente samenvatting van uw medische voorgeschiedenis (huisarts);
  - alle brieven van uw behandelend specialist(en);
  - als er foto's, een echo, CT of MRI zijn gemaakt: de beelden op cd en het verslag;
  - als u geopereerd bent: alle operatieverslagen;
  - als u in de afgelopen 2 maanden in een ziekenhuis buiten Nederland bent
    opgenomen of behandeld: een MRSA-kweekuitslag, via uw huisarts.

U kunt de stukken uploaden via het patiëntenportaal of laten mailen door uw
huisarts naar intake@handkliniek-lindehof.example.

Kunt u niet komen? Meld dit dan minimaal 24 uur van tevoren via 030-231 44 00.

Met vriendelijke groet,

Afdeling Planning
Handkliniek Lindehof

--
Deze e-mail is uitsluitend bestemd voor de geadresseerde. Handkliniek Lindehof
B.V., KvK 30999111.
""",
    label=label([], "2026-11-10", "other", "nl", "appointment confirmation e-mail (Outlook header)",
                "unmentioned", "unmentioned", "unmentioned",
                notes="Every keyword (foto's, geopereerd, operatieverslagen, buiten Nederland, MRSA) appears only as a "
                      "conditional checklist; appointment date differs from the sent date."))
