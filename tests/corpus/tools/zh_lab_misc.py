"""zh-061 .. zh-072: MRSA screening results (hospital microbiology) and none-of-the-kinds documents."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from zh_common import *

# ---------------------------------------------------------------- 061
S = "zh-061-mrsa-screening-maasstad"
platypus_pdf(out(S, "pdf"), [(dict(name="Maasstad Lab", dept="Medische Microbiologie",
                                    lines=["Maasstadweg 21, 3079 DZ Rotterdam", "Tel. 010 291 3575", "ISO 15189 geaccrediteerd"],
                                    color="#c8102e"), """
=Uitslag microbiologisch onderzoek
%Patiënt|Hamidi, D.N. (V)
%Geboortedatum|14-04-1979
%Aanvrager|dr. M.T. Brouwer, Traumachirurgie
%Labnummer|MM26-0918834
%Afnamedatum|01-09-2026
%Ontvangstdatum|01-09-2026 16:20
%Indicatie|MRSA-screening: behandeling in buitenlands ziekenhuis (Málaga, Spanje) < 2 maanden geleden

|!Materiaal|Bepaling|Uitslag|Status
|Neus|MRSA-kweek (ophoping)|MRSA niet aangetoond|definitief
|Keel|MRSA-kweek (ophoping)|MRSA niet aangetoond|definitief
|Perineum|MRSA-kweek (ophoping)|MRSA niet aangetoond|definitief
|Neus/keel/perineum|MRSA PCR (mecA/mecC)|negatief|definitief

Conclusie: bij deze patiënt is geen MRSA aangetoond.
%Datum uitslag|04-09-2026
%Gevalideerd door|dr. P. de Man, arts-microbioloog
""")], pagenum="Pagina {p} van {n}", page_header="Maasstad Lab - Medische Microbiologie - definitieve uitslag", kv_widths=(36, 129))
label(S, ["mrsa-screening"], "2026-09-04", also_dates=["2026-09-01"], author="lab",
      style="hospital microbiology result, table layout (platypus)", abroad="yes",
      notes="indication states treatment in a Spanish hospital; sample date vs result date")

# ---------------------------------------------------------------- 062
S = "zh-062-mrsa-kweek-positief-isala"
docx_file(out(S, "docx"), dict(name="Isala", dept="Laboratorium voor Medische Microbiologie en Infectieziekten",
                              lines=["Dokter van Heesweg 2, 8025 AB Zwolle", "038 424 5260"]), """
=Kweekuitslag MRSA-screening
%Patiënt|Brinkhuis, G.J., geb. 03-03-1966
%Aanvrager|huisarts J. Hofstede, Praktijk Stadshagen, Zwolle
%Afnamedatum|11-11-2026
%Ontvangen|12-11-2026
%Uitslagdatum|15-11-2026
%Reden onderzoek|beroepsmatig contact met levende varkens; preoperatief (handchirurgie)

|!Materiaal|Onderzoek|Uitslag
|neus|kweek MRSA|MRSA aangetoond (spa-type t011, CC398)
|keel|kweek MRSA|MRSA niet aangetoond
|perineum|kweek MRSA|MRSA aangetoond
|neus|gevoeligheid|resistent: oxacilline, tetracycline; gevoelig: cotrimoxazol, clindamycine, mupirocine

Opmerking: patiënt is MRSA-drager (veegerelateerd MRSA). Advies: contact opnemen met de afdeling infectiepreventie van het ziekenhuis waar de operatie gepland is. Dekolonisatiebehandeling in overleg.

Gevalideerd: drs. A. Veldman, arts-microbioloog, 15-11-2026
""", lh_in_header=True, kv_table=True, footer="Isala Medische Microbiologie - deze uitslag is elektronisch gevalideerd")
label(S, ["mrsa-screening"], "2026-11-15", also_dates=["2026-11-11"], author="lab",
      style="docx MRSA result with table, positive", operated="unmentioned",
      notes="MRSA positive (carrier); livestock risk factor, no stay abroad; operation only planned")

# ---------------------------------------------------------------- 063
S = "zh-063-mrsa-uitslag-marokko"
txt_file(out(S, "txt"), None, """
CERTE - Medische Microbiologie | locatie Martini Ziekenhuis Groningen
Van Swietenplein 2, 9728 NT Groningen
===========================================================================
LABORATORIUMUITSLAG                                   Uitslag: DEFINITIEF
===========================================================================
Patient       : El Amrani, S.                 M     geb. 22-07-1958
Aanvrager     : Huisartsenpraktijk Vinkhuizen, dr. W. Dijkhuis
Kopie         : Martini Ziekenhuis, Plastische Chirurgie
Ordernummer   : 26-114-7790
Afname        : 05-10-2026 09:12
Binnenkomst   : 05-10-2026 13:40
Klinische info: opgenomen geweest in ziekenhuis in Casablanca (Marokko), aug 2026

Materiaal           Bepaling                         Uitslag
---------------------------------------------------------------------------
Neusswab            MRSA screening kweek             Negatief
Keelswab            MRSA screening kweek             Negatief
Perineumswab        MRSA screening kweek             Negatief
Wond D2 rechts      MRSA screening kweek             Negatief
---------------------------------------------------------------------------
Eindoordeel: MRSA NIET aangetoond.

Geautoriseerd 08-10-2026 door dr. J. Kampinga, arts-microbioloog
""", width=None)
label(S, ["mrsa-screening"], "2026-10-08", also_dates=["2026-10-05"], author="lab",
      style="plain-text lab export with table, sender header", abroad="yes",
      notes="admission in Casablanca hospital in clinical info; copy to plastic surgery")

# ---------------------------------------------------------------- 064
S = "zh-064-mrsa-screening-dubai"
canvas_pdf(out(S, "pdf"), dict(name="Amphia", dept="Medische Microbiologie en Infectiepreventie",
                              lines=["Molengracht 21", "4818 CK Breda", "076 595 3000"], style="left", logo=True, color="#5f9ea0"), """
=MRSA-screening
%Patiënt|van Gils, C.A.M.
%Geboren|14-03-1949
%Aanvrager|Plastische Chirurgie - Handcentrum (dr. N.H. Verhagen)
%Afname|27-10-2026
%Rapportage|30-10-2026
%Indicatie|preoperatief; in de afgelopen 2 maanden opgenomen in een ziekenhuis in Dubai (VAE) wegens pneumonie

|!Materiaal|Methode|Uitslag
|neus|PCR + kweek|niet aangetoond
|keel|PCR + kweek|niet aangetoond
|perineum|PCR + kweek|niet aangetoond

Conclusie: MRSA niet aangetoond. Patiënt hoeft niet in isolatie te worden opgenomen.
Geautoriseerd door dr. H. Veen, arts-microbioloog
""", kv_x=32, font="helv", size=10, pagenum=None, doc_footer="Amphia Breda - Medische Microbiologie - Lab.nr. MMB-26-55830")
label(S, ["mrsa-screening"], "2026-10-30", also_dates=["2026-10-27"], author="lab",
      style="canvas MRSA result with table, hospital letterhead", abroad="yes",
      notes="admission in Dubai hospital for pneumonia (any reason counts); requested by plastic surgery")

# ---------------------------------------------------------------- 065
S = "zh-065-mrsa-voorlopig-definitief"
html_to_pdf(out(S, "pdf"), [(dict(name="Rijnstate", dept="Laboratorium Medische Microbiologie en Immunologie",
                                   lines=["Wagnerlaan 55, 6815 AD Arnhem", "088 005 7777"]), """
=Uitslag bacteriologisch onderzoek
%Patiënt|Hermsen, L.J. (M), 22-05-1956
%Aanvrager|Pre-operatieve screening / dr. A.G. Peters, plastische chirurgie
%Materiaal|neus, keel, perineum (gepoolde swab)
%Afnamedatum|02-12-2025
%Bepaling|MRSA-screening
%Reden|vragenlijst preoperatieve screening: risicocategorie (contact met MRSA-positieve huisgenoot)

|!Datum|Status|Uitslag
|03-12-2025|voorlopig|kweek in behandeling, PCR negatief
|05-12-2025|definitief|MRSA niet aangetoond

Deze uitslag vervangt de voorlopige uitslag van 03-12-2025.
Gevalideerd: dr. M. Jansen, arts-microbioloog, 05-12-2025
""")], font="Arial", size=10)
label(S, ["mrsa-screening"], "2025-12-05", also_dates=["2025-12-02"], author="lab",
      style="LibreOffice MRSA result with preliminary and final row",
      notes="preliminary and definitive dates in one table; no stay abroad mentioned")

# ---------------------------------------------------------------- 066
S = "zh-066-mrsa-haartransplantatie-istanbul"
canvas_pdf(out(S, "pdf"), dict(name="Flevoziekenhuis", dept="Medische Microbiologie",
                              lines=["Hospitaalweg 1, 1315 RA Almere", "036 868 8888"], style="right", color="#0066a1"), """
%Patiënt|dhr. B. Yıldız
%Geboortedatum|09-06-1990
%Aanvrager|dr. S. de Haan, chirurgie (handenspreekuur)
%Afdeling|Chirurgie
%Materiaal|neusswab, keelswab, perineumswab
%Afnamedatum|16-11-2026
%Ontvangstdatum|16-11-2026
%Risicofactor|operatie (haartransplantatie) in privékliniek in Istanbul, Turkije, oktober 2026
%Onderzoek|MRSA screeningskweek
%Uitslag|MRSA niet aangetoond
%Datum uitslag|19-11-2026
%Validatie|drs. R. Koopmans, arts-microbioloog
""", kv_x=40, font="helv", size=10, pagenum="Blad {p}", doc_footer="Flevoziekenhuis - laboratorium Medische Microbiologie")
label(S, ["mrsa-screening"], "2026-11-19", also_dates=["2026-11-16"], author="lab",
      style="untitled two-column lab form (no table), canvas", abroad="yes", operated="unmentioned",
      notes="no title; hair transplant in Istanbul clinic = treatment abroad; that operation is not the hand problem")

# ---------------------------------------------------------------- 067
S = "zh-067-afsprakenbevestiging-poli"
docx_file(out(S, "docx"), dict(name="Antonius Sneek", dept="Polikliniek Plastische Chirurgie",
                              lines=["Bolswarderbaan 1, 8601 ZK Sneek", "0515 48 88 88"]), """
Mevrouw A. de Jong
Leeuwarderweg 61
8601 AM Sneek

Sneek, 2 november 2026

Betreft: bevestiging van uw afspraken

Geachte mevrouw De Jong,

Hierbij bevestigen wij uw afspraken in Antonius Sneek.

|!Datum|Tijd|Afspraak|Locatie
|12-11-2026|09:40|Preoperatieve screening (anesthesie)|route 14
|12-11-2026|10:30|Bloedafname|route 3
|26-11-2026|07:30|Opname dagbehandeling: operatie plastische chirurgie (carpaletunnel links)|route 22

Neem uw identiteitsbewijs, uw medicijnpaspoort en het ingevulde vragenformulier mee. Op de dag van de operatie moet u nuchter zijn vanaf 00:00 uur; heldere dranken mogen tot 06:30 uur.

Kunt u niet komen? Bel dan minimaal 24 uur van tevoren met 0515 48 88 88. Niet tijdig afgezegde afspraken kunnen in rekening worden gebracht.

Met vriendelijke groet,

Afdeling Planning & Opname
""", lh_in_header=True, kv_table=True, footer="Antonius Sneek - www.antoniussneek.nl", pagenum=False)
label(S, [], "2026-11-02", author="other", style="hospital appointment letter to patient with appointment table",
      notes="appointment letter; operation only scheduled; not correspondence from a treating specialist")

# ---------------------------------------------------------------- 068
S = "zh-068-eindverslag-fysiotherapie"
canvas_pdf(out(S, "pdf"), dict(name="Bravis ziekenhuis", dept="Fysiotherapie / Paramedische Zorg",
                              lines=["Boerhaaveplein 1", "4624 VT Bergen op Zoom", "088 706 8000"], style="left"), """
=Eindverslag fysiotherapie
%Aan|dr. R. Aerts, plastisch chirurg, poli Plastische Chirurgie
%Kopie|huisarts mw. E. Goossens, Bergen op Zoom
%Datum|09-06-2026
%Cliënt|dhr. P.A. Verbraak, geb. 30-04-1967
%Behandelperiode|14-04-2026 t/m 04-06-2026 (9 behandelingen)
%Verwijsdiagnose|status na carpaletunnelrelease rechts (31-03-2026), littekenpijn en verminderde knijpkracht

#Beloop
Bij aanvang littekengevoeligheid (NRS 6), pillar pain en knijpkracht 22 kg rechts (links 41 kg). Behandeling bestond uit littekenmassage, desensibilisatie, zenuwglijoefeningen en progressieve krachttraining. Patiënt heeft zijn werk als monteur hervat op aangepaste wijze.

#Eindsituatie
Littekenpijn NRS 2, knijpkracht 36 kg. PSK-score van 48 naar 14. Hij kan gereedschap langer vasthouden.

#Conclusie
Doelen grotendeels behaald; behandeling afgesloten. Thuisoefenprogramma meegegeven.

Met vriendelijke groet,

L. Vermeulen, fysiotherapeut (BIG 49051234567)
""", kv_x=38, font="helv", size=10, pagenum=None)
label(S, [], "2026-06-09", author="other", style="physiotherapy discharge report (hospital physio)",
      operated="yes", notes="physio report, not correspondence from a specialist; states carpal tunnel release was done")

# ---------------------------------------------------------------- 069
S = "zh-069-voortgangsverslag-handtherapie"
docx_file(out(S, "docx"), dict(name="Rijnstate", dept="Handtherapie (ergotherapie en fysiotherapie)",
                              lines=["Wagnerlaan 55, 6815 AD Arnhem"]), """
=Voortgangsverslag handtherapie
Datum: 10 maart 2026
Aan: dr. A.G. Peters, plastisch chirurg
Betreft: dhr. L.J. Hermsen, 22-05-1956

Diagnose/ingreep: partiële fasciëctomie stralen IV en V links op 13-01-2026 (M. Dupuytren).

|!Meting|19-01-2026|10-03-2026
|Extensie MCP V|-10°|0°
|Extensie PIP V|-25°|-15°
|Flexie vuistsluiting (afstand vingertop-handpalm D5)|3 cm|0 cm
|Knijpkracht (Jamar, kg)|18|31

Beloop: wondgenezing ongecompliceerd, litteken soepel na littekenmassage en siliconen. Nachtspalk wordt goed gedragen. Oefent thuis dagelijks.

Plan: nachtspalk continueren tot 3 maanden postoperatief; frequentie handtherapie afbouwen naar 1x per 2 weken; evaluatie over 6 weken.

Met vriendelijke groet,
J. Willemsen, gecertificeerd handtherapeut (CHT-NL)
""", lh_in_header=False, kv_table=True, font="Calibri", size=10.5)
label(S, [], "2026-03-10", author="other", style="hand therapy progress report docx with measurement table",
      operated="yes", notes="hand therapist is not a treating specialist; mentions fasciectomy done")

# ---------------------------------------------------------------- 070
S = "zh-070-vragenlijst-preoperatieve-screening"
canvas_pdf(out(S, "pdf"), dict(name="Antonius Sneek", dept="Preoperatieve Screening (POS) - Anesthesiologie",
                              lines=["Bolswarderbaan 1", "8601 ZK Sneek"], style="center"), """
=Vragenlijst preoperatieve screening
In te vullen door de patiënt vóór het POS-spreekuur.

%Naam|A. de Jong
%Geboortedatum|18-02-1972
%Datum invullen|........................
%Geplande ingreep|carpaletunnel links (plastische chirurgie)

#Algemeen
%Lengte / gewicht|168 cm / 74 kg
%Roken|[ ] ja   [X] nee
%Alcohol|[X] ja, 4 glazen per week   [ ] nee

#Eerdere operaties en narcose
%Bent u eerder geopereerd?|[X] ja   [ ] nee
%Zo ja, welke en wanneer?|keizersnede 2004; knieoperatie (meniscus) 2016
%Problemen met narcose?|[ ] ja   [X] nee
%Problemen bij familieleden met narcose?|[ ] ja   [X] nee

#Infectierisico (MRSA/BRMO)
%Bent u in de afgelopen 2 maanden in een buitenlands ziekenhuis opgenomen of behandeld?|[ ] ja   [X] nee
%Werkt u met levende varkens, vleeskalveren of vleeskuikens?|[ ] ja   [X] nee
%Bent u bekend als MRSA-drager?|[ ] ja   [X] nee

#Medicijnen
%Gebruikt u bloedverdunners?|[ ] ja   [X] nee
%Andere medicijnen|levothyroxine 75 mcg

Handtekening patiënt: ........................
""", kv_x=95, kv_bold=False, font="helv", size=9.5, pagenum="Pagina {p} van {n}")
label(S, [], None, author="patient", style="pre-operative screening questionnaire filled in by the patient, undated",
      operated="unmentioned", abroad="no",
      notes="undated (blank date field); prior operations are caesarean and knee (other body parts); carpal tunnel surgery only planned; 'no' to foreign hospital stay")

# ---------------------------------------------------------------- 071
S = "zh-071-labuitslag-bloed-reuma"
txt_file(out(S, "txt"), None, """
Klinisch Chemisch en Hematologisch Laboratorium
Zuyderland Medisch Centrum Heerlen
--------------------------------------------------------------
Patiënt   : HUPPERTZ, G.J.   V   12-12-1957
Aanvrager : F. Smeets, reumatologie
Afname    : 18-06-2025 08:34     Uitslag: 18-06-2025 14:02
--------------------------------------------------------------
Test                       Uitslag    Eenheid    Referentie
Hemoglobine                8.1        mmol/l     7.5 - 10.0
Leukocyten                 6.9        10^9/l     4.0 - 10.0
Trombocyten                288        10^9/l     150 - 400
BSE                        14         mm/uur     < 30
CRP                        4          mg/l       < 10
Reumafactor                negatief
Anti-CCP                   < 7        U/ml       < 7
Urinezuur                  0.31       mmol/l     0.15 - 0.35
Creatinine                 71         umol/l     45 - 90
eGFR (CKD-EPI)             > 90       ml/min
--------------------------------------------------------------
Alle uitslagen zijn gevalideerd.
""", width=None)
label(S, [], "2025-06-18", author="lab", style="plain-text clinical chemistry lab result",
      notes="lab result that is not an MRSA screening")

# ---------------------------------------------------------------- 072
S = "zh-072-pa-verslag-ganglion"
platypus_pdf(out(S, "pdf"), [(dict(name="PAMM Laboratorium voor Pathologie en Medische Microbiologie",
                                    dept="Pathologie",
                                    lines=["De Run 6250, 5504 DL Veldhoven", "040 888 9400"], color="#444444"), """
=Pathologieverslag
%Patiënt|Smulders, N., V, 30-03-1992
%Aanvrager|dr. J. van den Heuvel, chirurgie, Elkerliek ziekenhuis Helmond
%PA-nummer|T25-08812
%Ontvangen|15-04-2025
%Datum verslag|17-04-2025
%Materiaal|excisie ganglion pols rechts dorsaal

#Klinische gegevens
Recidiverend dorsaal polsganglion rechts, excisie 14-04-2025.

#Macroscopie
Een cysteus weefselfragment van 1,8 x 1,2 x 0,9 cm, glad oppervlak, gevuld met heldere gelatineuze inhoud. In toto ingesloten.

#Microscopie
Cystewand opgebouwd uit dicht collageen bindweefsel zonder epitheliale bekleding, met myxoïde degeneratie. Geen atypie, geen aanwijzingen voor maligniteit.

#Conclusie
Pols rechts, dorsaal, excisie: ganglion. Geen aanwijzingen voor maligniteit.

dr. F. Hazen, patholoog
""")], pagenum=None, page_header="PAMM - PA-verslag T25-08812", kv_widths=(32, 133))
label(S, [], "2025-04-17", also_dates=["2025-04-15"], author="lab",
      style="pathology report (PA) of an excised ganglion",
      operated="yes", notes="pathology report is not an operation report; material from excision states that an operation took place")

print("lab/misc done")
