"""zh-001 .. zh-020: outpatient letters (polikliniekbrieven) from Dutch hospitals."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from zh_common import *

# ---------------------------------------------------------------- 001
S = "zh-001-poli-orthopedie-polsklachten"
canvas_pdf(out(S, "pdf"), dict(name="Spaarne Gasthuis", dept="Orthopedie",
                              lines=["Spaarnepoort 1", "2134 TM Hoofddorp", "Polikliniek: 023 224 0120",
                                     "www.spaarnegasthuis.nl"], style="right", color="#00558c"), """
Huisartsenpraktijk De Vaart
T.a.v. mevrouw drs. L.M. Verbeek, huisarts
Kruisweg 811
2132 NG Hoofddorp

>Hoofddorp, 14 oktober 2026
%Ons kenmerk|ORT/2026/88412
%Patiëntnummer|4471290
%Betreft|mevrouw S.C. de Graaf-Molenaar, geb. 03-07-1968
%|Dwarsweg 14, 2131 BD Hoofddorp

Geachte collega,

Op 13 oktober 2026 zag ik uw patiënte op de polikliniek orthopedie in verband met pijn aan de rechterpols.

#Anamnese
Mevrouw is op 22 augustus jl. thuis van de trap gevallen op de uitgestrekte rechterhand. Zij is daarna niet op de SEH geweest. Sindsdien pijn radiaal in de pols, vooral bij steunen en bij het openen van potten. Geen tintelingen, geen krachtsverlies. Rechtshandig, werkt als doktersassistente. Patiënte is niet eerder aan de pols geopereerd. Voorgeschiedenis: hypothyreoïdie, sectio caesarea 1999.

#Lichamelijk onderzoek
Rechterpols: geringe zwelling dorsoradiaal, drukpijn in de tabatière anatomique en over het scafoïd tuberculum. Axiale compressie duim pijnlijk. Flexie/extensie 60-0-50 (links 80-0-70). Watson-test negatief, piano-key fenomeen negatief. Sensibiliteit en vaatstatus intact.

#Aanvullend onderzoek
Röntgenfoto pols rechts met scafoïdserie (13-10-2026): geen fractuur zichtbaar, normale carpale uitlijning, geen artrose.

#Conclusie
Persisterende radiale polspijn rechts na val, verdenking occulte scafoïdfractuur dan wel ligamentair letsel.

#Beleid
Gezien de klinische verdenking hebben wij een MRI van de rechterpols aangevraagd; deze staat gepland op 2 november a.s. Tot die tijd een polsbrace. Patiënte komt terug op het spreekuur na de MRI om de uitslag te bespreken. Bij een fractuur zal conservatieve dan wel operatieve behandeling met haar worden besproken.

Met collegiale groet,


dr. R.P. Hoekstra
orthopedisch chirurg

_cc: patiënt
""", hyph=True, doc_footer="Spaarne Gasthuis  ·  locatie Hoofddorp  ·  AGB 06010213", pagenum="Pagina {p} van {n}")
label(S, ["correspondence"], "2026-10-14", style="HiX outpatient letter, orthopedie, logo graphics + right address block",
      imaging="yes", operated="no", notes="X-ray done with negative finding; MRI only planned; 'niet eerder aan de pols geopereerd'; sectio is another body part")

# ---------------------------------------------------------------- 002
S = "zh-002-poli-pch-cts-pa"
docx_file(out(S, "docx"), dict(name="Rode Kruis Ziekenhuis", dept="Plastische, Reconstructieve en Handchirurgie",
                              lines=["Vondellaan 13, 1942 LE Beverwijk", "Tel. 0251 265 555", "AGB-code 06010806"]), """
Aan: De heer J.K. Smit, huisarts
Gezondheidscentrum Heemskerk-Zuid
Van Riebeecklaan 40
1966 AD Heemskerk

%Datum|29-09-2026
%Ons kenmerk|PCH-JW/93771
%Betreft|Dhr. H.A. Zonneveld, geboren 11-02-1961, BSN ***.***.412
%Poli-bezoek|24-09-2026

Geachte heer Smit,

Dank voor uw verwijzing van bovengenoemde patiënt, die wij op 24 september op het spreekuur zagen.

#Anamnese
Sinds ruim een jaar 's nachts tintelingen in duim, wijs- en middelvinger van de rechterhand, waar hij wakker van wordt. Schudden helpt. Overdag bij fietsen en bij het vasthouden van de telefoon ook doof gevoel. Spalk gedurende 3 maanden gaf onvoldoende verbetering. Geen nekklachten. DM type 2, tabletgebruik.

#Lichamelijk onderzoek
Geen thenaratrofie. Tinel positief over de carpale tunnel rechts, Phalen positief na 20 seconden. Two-point discriminatie digiti I-III 6 mm. Abductiekracht duim 5/5.

#Aanvullend onderzoek
EMG (neurologie, 02-09-2026): matig ernstig carpaletunnelsyndroom rechts, links subklinisch. Beeldvormend onderzoek is niet verricht en is ook niet geïndiceerd.

#Conclusie
Carpaletunnelsyndroom rechts, EMG-bevestigd, onvoldoende effect van conservatieve behandeling.

#Beleid
Wij hebben een open carpaletunnelrelease rechts onder lokale anesthesie (WALANT) besproken; patiënt wil dit graag. Hij is op de wachtlijst geplaatst, verwachte wachttijd 6 weken. Voorlichtingsfolder meegegeven.

Met vriendelijke groet,


M. Wijnbergen, physician assistant plastische chirurgie
Supervisor: dr. E.F. van Leeuwen, plastisch chirurg

Kopie aan: patiënt
""", footer="Rode Kruis Ziekenhuis Beverwijk", lh_in_header=True, kv_table=False)
label(S, ["correspondence"], "2026-09-29", also_dates=["2026-09-24"], style="HiX outpatient letter, docx, tab-stop fields",
      imaging="no", operated="unmentioned",
      notes="signed by physician assistant; EMG is not imaging, imaging explicitly not done; carpal tunnel release only planned")

# ---------------------------------------------------------------- 003
S = "zh-003-poli-heelkunde-ganglion"
docx_file(out(S, "docx"), dict(name="Ziekenhuis Gelderse Vallei", dept="Heelkunde / Chirurgie",
                              lines=["Willy Brandtlaan 10", "6716 RP Ede", "0318 43 43 43"]), """
=Poliklinische brief
%Datum:|7 juli 2025
%Huisarts:|mw. A. Koster, Huisartsenpraktijk Bennekom Centrum, Dorpsstraat 2, 6721 JK Bennekom
%Patiënt:|mw. F. (Femke) Arendsen
%Geboortedatum:|19-11-1996
%Afdeling:|Chirurgie, spreekuur dr. Visser

Beste collega,

#Reden van komst
Zwelling dorsale zijde linkerpols.

#Anamnese
Sinds een half jaar een bobbel op de rug van de linkerpols, wisselend van grootte, soms zeurend bij zwaar tillen op haar werk in de kinderopvang. Nooit eerder behandeld. Haar moeder is vorig jaar aan een ganglion van de pols geopereerd en had daarna langdurig last van het litteken; patiënte is daardoor terughoudend.

#Onderzoek
Soepele, goed afgrensbare zwelling van 1,5 cm dorsaal over de scafolunaire regio, transilluminatie positief, niet pijnlijk. Volledige bewegingsuitslag, normale kracht.

#Aanvullend onderzoek
Echografie linkerpols (01-07-2025): dorsaal ganglion uitgaande van het SL-gewricht, 14 x 9 mm, geen solide component.

#Conclusie
Dorsaal polsganglion links.

#Beleid
Uitleg gegeven over het natuurlijk beloop (spontane regressie komt vaak voor). Een excisie is aangeboden; patiënte ziet daar nu vanaf en kiest voor een afwachtend beleid. Zij kan zich via u opnieuw melden bij toename van klachten. Geen controle afgesproken.

Met vriendelijke groet,

dr. P.J. Visser, chirurg
cc: patiënte
""", lh_in_header=False, kv_table=True)
label(S, ["correspondence"], "2025-07-07", style="outpatient letter docx with table fields",
      imaging="yes", operated="unmentioned",
      notes="echo done; excision offered but declined; mother's ganglion operation is a family member")

# ---------------------------------------------------------------- 004
S = "zh-004-poli-trauma-radius-spanje"
platypus_pdf(out(S, "pdf"), [(dict(name="Maasstad Ziekenhuis", dept="Traumachirurgie - Polikliniek Chirurgie",
                                    lines=["Maasstadweg 21", "3079 DZ Rotterdam", "T 010 291 1911"], color="#c8102e"), """
Aan de weledelgeleerde heer R. Bakker, huisarts
Huisartsenpraktijk Lombardijen
Spinozaweg 300
3076 EW Rotterdam

%Datum|2 september 2026
%Kenmerk|TC-2026-44180
%Betreft|Mw. D.N. Hamidi, geb. 14-04-1979, Rotterdam

Geachte collega Bakker,

Uw patiënte werd op 1 september 2026 gezien op de fractuurpoli na terugkeer uit Spanje.

#Anamnese
Op 18 augustus 2026 tijdens vakantie in Málaga gevallen op de linkerhand. Zij is aldaar op de Urgencias van het Hospital Regional Universitario de Málaga behandeld: röntgenfoto's en een CT-scan werden gemaakt, er werd een gesloten repositie onder lokale verdoving verricht en een onderarmgips aangelegd. Een Spaanse ontslagbrief met de CT-beschrijving heeft zij meegenomen (in het Spaans, in haar dossier opgenomen).

#Lichamelijk onderzoek
Gips goed passend, geen drukplekken. Sensibiliteit en doorbloeding vingers intact, vingers volledig te buigen.

#Aanvullend onderzoek
Röntgenfoto linkerpols in gips (01-09-2026): distale radiusfractuur met secundaire dislocatie, dorsale kanteling 22 graden, radiale verkorting 4 mm.

#Conclusie
Secundair gedisloceerde distale radiusfractuur links, initieel in Spanje gesloten gereponeerd.

#Beleid
Gezien de secundaire dislocatie bij een actieve, rechtshandige vrouw van 47 jaar adviseren wij operatieve behandeling (open repositie en interne fixatie met een volaire plaat). Patiënte gaat akkoord; de operatie staat gepland op 8 september 2026. Preoperatieve screening heeft vandaag plaatsgevonden. Gezien de behandeling in een buitenlands ziekenhuis is een MRSA-screening ingezet (uitslag volgt).

Met vriendelijke groet,

drs. K. Oudshoorn, AIOS heelkunde
namens dr. M.T. Brouwer, traumachirurg

_Kopie: patiënte; Hospital Regional Universitario de Málaga is niet in kopie
""")], footer="Maasstad Ziekenhuis - Traumachirurgie", pagenum="{p}/{n}")
label(S, ["correspondence"], "2026-09-02", style="platypus outpatient letter, traumachirurgie, table letterhead",
      imaging="yes", operated="unmentioned", abroad="yes",
      notes="treated at ER in Malaga (closed reduction = treatment abroad); ORIF only planned; MRSA result pending mention")

# ---------------------------------------------------------------- 005
S = "zh-005-poli-neurologie-ulnaris"
txt_file(out(S, "txt"), dict(name="Isala - Neurologie", lines=["Dokter van Heesweg 2, 8025 AB Zwolle", "tel 038 424 5000"]), """
Zwolle, 17-03-2026

Aan: J. Hofstede, huisarts, Praktijk Stadshagen, Zwolle
Betreft: dhr. P.W. Kamphuis, geb. 28-08-1955, pat.nr. 2289014

Geachte collega,

Hierbij bericht over uw patiënt die ik op 12-03-2026 op de polikliniek neurologie zag.

#Anamnese
Sinds enkele maanden doof gevoel van de pink en ringvinger links, sinds kort ook onhandig bij knoopjes. Hij leunt veel op de ellebogen tijdens zijn werk als vrachtwagenchauffeur. Geen nekpijn. Nooit een operatie aan arm of hand ondergaan.

#Neurologisch onderzoek
Hypesthesie digiti IV (ulnair) en V links, Froment licht positief links, atrofie eerste interosseus dorsaal links. Tinel positief ter hoogte van de sulcus ulnaris links. Reflexen symmetrisch.

#Aanvullend onderzoek
EMG 12-03-2026: ulnaropathie links ter hoogte van de elleboog met geleidingsvertraging over de sulcus, axonale schade gering. Geen aanwijzingen voor radiculopathie C8. Beeldvorming is niet verricht en achten wij ook niet nodig.

#Conclusie
Ulnaropathie links op elleboogniveau.

#Beleid
Uitleg over vermijden van leunen op de elleboog en nachtelijke extensie-spalk. Bij progressie van de uitval is een neurolyse van de n. ulnaris een optie; daarvoor zou verwijzing naar de plastisch chirurg volgen. Controle over 3 maanden met herhaling EMG.

Met vriendelijke groeten,

drs. E. Mulder, neuroloog

cc: patiënt
""", width=80, upper_heads=True)
label(S, ["correspondence"], "2026-03-17", also_dates=["2026-03-12"], style="plain-text export of neurology outpatient letter",
      imaging="no", operated="no",
      notes="EMG only (not imaging), 'beeldvorming is niet verricht'; 'nooit een operatie'; neurolysis only an option")

# ---------------------------------------------------------------- 006
S = "zh-006-poli-reumatologie-synovitis"
docx_file(out(S, "docx"), dict(name="Sint Maartenskliniek", dept="Reumatologie",
                              lines=["Hengstdal 3, 6574 NA Ubbergen", "Postbus 9011, 6500 GM Nijmegen", "024 365 99 11"]), """
Huisartsenpraktijk Heyendaal
t.a.v. dr. B. Janssen
Heyendaalseweg 130
6525 AJ Nijmegen

Nijmegen, 30 januari 2026

%Betreft:|Mevr. R.T.A. Peeters, geb. 02-05-1984
%Uw verwijzing d.d.:|15-12-2025
%Reg.nr.:|SMK 0778812

Geachte dokter Janssen,

U verwees mevrouw Peeters vanwege pijnlijke en stijve handen. Wij zagen haar op 27-01-2026.

#Anamnese
Sinds oktober 2025 ochtendstijfheid van ruim een uur, pijnlijke zwelling van de MCP-gewrichten II-III beiderzijds en de rechterpols. Moeheid. Haar moeder heeft reumatoïde artritis en heeft meerdere handoperaties gehad (o.a. een polsartrodese). Zelf nooit geopereerd behalve een tonsillectomie op kinderleeftijd.

#Lichamelijk onderzoek
Gezwollen en drukpijnlijke MCP II-III beiderzijds, PIP III rechts en rechterpols. DAS28-CRP 4,9.

#Aanvullend onderzoek
Lab: BSE 38 mm/u, CRP 21 mg/l, reumafactor positief, anti-CCP sterk positief.
Echografie handen en polsen (27-01-2026, reumatoloog): actieve synovitis MCP II-III beiderzijds en radiocarpaal rechts, power doppler graad 2; geen erosies.
Röntgenfoto's handen en voeten zijn aangevraagd als uitgangswaarde.

#Conclusie
Reumatoïde artritis, seropositief, actief.

#Beleid
Start methotrexaat 15 mg/week met foliumzuur, overbrugging met prednisolon (afbouwschema meegegeven). Controle over 6 weken met lab. Verwijzing naar de handtherapeut voor gewrichtsbescherming.

Met vriendelijke groet,

A.M. van Dongen, AIOS reumatologie
dr. S. Kuipers, reumatoloog

cc: mevr. Peeters
""", lh_in_header=True, kv_table=True, font="Arial", size=10)
label(S, ["correspondence"], "2026-01-30", also_dates=["2026-01-27"], style="rheumatology outpatient letter docx, header letterhead",
      imaging="yes", operated="no",
      notes="echo by rheumatologist done; X-rays only requested; mother's wrist arthrodesis is family history; tonsillectomy other body part, 'zelf nooit geopereerd'")

# ---------------------------------------------------------------- 007
S = "zh-007-poli-revalidatie-pees"
html_to_pdf(out(S, "pdf"), [(dict(name="Amsterdam UMC", dept="Afdeling Revalidatiegeneeskunde, locatie AMC",
                                   lines=["Meibergdreef 9", "1105 AZ Amsterdam", "020 566 9111"]), """
Aan: huisarts mw. C. Dekker, Huisartsenpraktijk Gein, Amsterdam-Zuidoost
Kopie: patiënt; dr. T. Brink, plastisch chirurg

*Datum:* 11 juni 2026
*Betreft:* dhr. M.R. Sanches, geboren 9 oktober 1990
*Patiëntnummer:* 7381095

Geachte collega,

Op 9 juni 2026 zag ik de heer Sanches op het revalidatiespreekuur handrevalidatie.

#Voorgeschiedenis
Op 3 maart 2026 snijletsel van de rechterwijsvinger met een keukenmes, waarna op dezelfde dag door de plastisch chirurg in ons huis een primaire hechting van de flexor digitorum profundus- en superficialispees (zone II) is verricht. Aansluitend nabehandeling volgens het Kleinert-schema bij de handtherapie.

#Anamnese
Hij ervaart stijfheid van de wijsvinger en kan geen vuist maken. Werkt als kok, momenteel in de ziektewet.

#Onderzoek
Actieve flexie PIP 0-55, DIP 0-20; passief aanzienlijk meer. Litteken rustig, adhesie aan de pees palmair.

#Conclusie
Flexiebeperking na peesherstel zone II wijsvinger rechts, vermoedelijk peesadhesies.

#Beleid
Intensivering van de handtherapie (2x per week) met blokkeeroefeningen en een dynamische flexiespalk. Arbeidsre-integratie in overleg met de bedrijfsarts. Bij onvoldoende progressie na 3 maanden zal een tenolyse met de plastisch chirurg worden besproken. Controle over 8 weken.

Met vriendelijke groet,

dr. I. Schouten, revalidatiearts
""")])
label(S, ["correspondence"], "2026-06-11", also_dates=["2026-06-09"], style="LibreOffice-converted revalidatie letter",
      imaging="unmentioned", operated="yes",
      notes="rehab physician letter; past flexor tendon repair mentioned as history (operated yes); tenolysis only future option")

# ---------------------------------------------------------------- 008 (English)
S = "zh-008-clinic-letter-cmc1-en"
canvas_pdf(out(S, "pdf"), dict(name="St. Antonius Ziekenhuis", dept="Department of Orthopaedics - Hand and Wrist Unit",
                              lines=["Koekoekslaan 1", "3435 CM Nieuwegein", "The Netherlands", "+31 88 320 30 00"],
                              style="left", logo=True, color="#6b2c91"), """
To: Dr. P. van Houten, general practitioner
Huisartsenpraktijk Oudwijk, Utrecht

Date: 5 November 2026
Our ref: ORTH-ANT-550219
Re: Mrs. Hannah J. Whitfield, date of birth 21/06/1962, hospital no. 1203387

Dear Dr. van Houten,

I saw Mrs. Whitfield, a British expat living in Utrecht, in the hand clinic on 3 November 2026. As she prefers English, this letter is written in English; a copy goes to her.

#History
Two-year history of pain at the base of the right thumb, worse when opening jars, writing and gardening. Splinting at night helped initially. She received one corticosteroid injection into the right CMC-1 joint in March 2026 with about four months of relief. No previous hand surgery. She had a right total knee replacement in 2021 in London.

#Examination
Squaring of the right thumb base, positive grind test, mild adduction contracture of the first web. Grip strength 18 kg right, 24 kg left. Sensation normal.

#Investigations
Plain radiographs of both hands (3 November 2026): CMC-1 osteoarthritis right, Eaton-Littler stage III, STT joint preserved; mild CMC-1 changes on the left.

#Diagnosis
Symptomatic CMC-1 (basal thumb) osteoarthritis, right.

#Plan
We discussed continued conservative care versus surgery (trapeziectomy with or without ligament reconstruction, or CMC-1 arthrodesis). She would like to think it over and has asked for a second opinion at a specialised hand clinic before deciding; we are happy to support this and have given her copies of the X-ray report. A second injection was offered and declined. No follow-up booked in our clinic for now.

Yours sincerely,


Mr. J.W. Dijkstra, orthopaedic surgeon
cc: patient
""", font="times", size=10.5, pagenum="page {p} of {n}", doc_footer="St. Antonius Ziekenhuis | Nieuwegein - Utrecht | www.antoniusziekenhuis.nl")
label(S, ["correspondence"], "2026-11-05", also_dates=["2026-11-03"], language="en",
      style="English clinic letter from Dutch hospital for expat, canvas",
      imaging="yes", operated="no", abroad="yes",
      notes="patient wants second opinion but this is a specialist letter, not a referral; surgery only discussed; 'no previous hand surgery'; knee replacement in London 2021 = hospital treatment abroad (any reason counts)")

# ---------------------------------------------------------------- 009
S = "zh-009-poli-pch-dupuytren-recidief"
docx_file(out(S, "docx"), dict(name="Amphia", dept="Plastische Chirurgie - Handcentrum",
                              lines=["Molengracht 21, 4818 CK Breda", "076 595 5000"]), """
Amphia, locatie Molengracht
Breda, 20-08-2026

Aan
Huisartsenpraktijk Princenhage
t.a.v. dhr. dr. W. Snijders
Haagweg 460
4813 XG Breda

Betreft: dhr. C.A.M. van Gils, °14-03-1949
Polikliniekbezoek 18-08-2026

Geachte collega,

#Anamnese
Bekende patiënt met de ziekte van Dupuytren. In april 2024 werd door ons een partiële fasciëctomie van de linker ringvinger verricht, met goed resultaat. Nu progressieve strengvorming in de rechterhandpalm met flexiecontractuur van de pink. Hij kan zijn hand niet meer plat op tafel leggen. Vader en broer hebben ook Dupuytren.

#Lichamelijk onderzoek
Rechts: pretendineuze streng straal V met contractuur MCP 40 graden, PIP 35 graden. Tafeltest positief. Links: litteken rustig, geen recidief, volledige extensie.

#Aanvullend onderzoek
Niet verricht.

#Conclusie
Ziekte van Dupuytren rechterhand, straal V, met MCP- en PIP-contractuur; status na fasciëctomie links (2024).

#Beleid
Behandelopties (naaldfasciotomie, partiële fasciëctomie, dermofasciëctomie) besproken. Gezien de PIP-component adviseren wij een partiële fasciëctomie. Patiënt twijfelt en heeft aangegeven eerst een second opinion te willen in een gespecialiseerde handkliniek. Wij hebben hem gevraagd u om een verwijzing te vragen. Hij kan daarna contact met ons opnemen om de operatie in te plannen.

Met vriendelijke groet,

drs. Y. de Bruijn, arts-assistent in opleiding plastische chirurgie
Supervisor: dr. N.H. Verhagen, plastisch chirurg

c.c.: patiënt
""", lh_in_header=False, font="Verdana", size=9.5)
label(S, ["correspondence"], "2026-08-20", also_dates=["2026-08-18"], style="docx outpatient letter, AIOS signed",
      imaging="no", operated="yes",
      notes="prior fasciectomy 2024 on other hand (same condition, hand) = operated yes; new operation only advised; second opinion wish is not a referral; 'Aanvullend onderzoek: Niet verricht'")

# ---------------------------------------------------------------- 010
S = "zh-010-poli-handchirurgie-triggerfinger"
txt_file(out(S, "txt"), None, """
CATHARINA ZIEKENHUIS EINDHOVEN
Plastische Chirurgie / Handchirurgie
Michelangelolaan 2, 5623 EJ Eindhoven
---
POLIKLINIEKBRIEF

Datum        : 2025-11-18
Aan          : Huisartsenpraktijk Woensel-West, dr. F. Hendriks
Patient      : Mw. A.W.M. Claassen-Roelofs
Geb.datum    : 07-09-1971
Pat.nr.      : 0098811432
Specialist   : dr. H. Groen, plastisch chirurg

Geachte collega,

Anamnese:
Sinds een jaar triggering van de rechter middelvinger, 's ochtends op slot. Twee keer een corticosteroïdinjectie in de A1-schede (maart en augustus 2025) met telkens enkele weken verbetering. Nooit eerder aan de hand geopereerd.

Lichamelijk onderzoek:
Palpabele nodus ter hoogte van de A1-pees-schede D3 rechts, actief triggeren bij volledige flexie, passief te corrigeren. Geen PIP-flexiecontractuur.

Aanvullend onderzoek:
Niet verricht; niet geindiceerd.

Conclusie:
Tendovaginitis stenosans (triggerfinger) D3 rechts, recidief na 2 injecties.

Beleid:
Een percutane of open A1-release is met patiënte besproken en wordt door ons geadviseerd. Patiënte wil echter eerst een second opinion in een handkliniek; zij overlegt met u over een verwijzing. Geen vervolgafspraak gemaakt.

Met vriendelijke groet,

dr. H. Groen, plastisch chirurg

cc: patiënte
""", width=None)
label(S, ["correspondence"], "2025-11-18", style="fixed-width plain text export, no letterhead block, ISO date",
      imaging="no", operated="no",
      notes="injections are not operations; release advised only; second opinion wish")

# ---------------------------------------------------------------- 011
S = "zh-011-poli-trauma-controle-orif"
canvas_pdf(out(S, "pdf"), dict(name="Reinier de Graaf", dept="Chirurgie - Traumatologie",
                              lines=["Reinier de Graafweg 5", "2625 AD Delft", "T 015 260 3060", "AGB 06010311"],
                              style="band", color="#004b87"), """
%Aan|Huisartsenpraktijk Tanthof, t.a.v. mw. drs. J. Ruiter
%|Papsouwselaan 125, 2624 AM Delft
%Datum|21-04-2026
%Ons kenmerk|CHI/TR/61027
%Betreft|Dhr. T.J. Vermeulen, geb. 30-12-1958
%Bijlagen|2 (operatieverslag, röntgenverslag)

Geachte collega,

Uw patiënt werd op 20 april 2026 gezien op de polikliniek chirurgie voor controle, 12 weken na operatie.

#Voorgeschiedenis
Op 26 januari 2026 werd bij dhr. Vermeulen een open repositie en interne fixatie (volaire hoekstabiele plaat) van een intra-articulaire distale radiusfractuur links verricht na een val van de ladder. Het operatieverslag is als bijlage bijgevoegd.

#Anamnese
Weinig pijn, gebruikt geen pijnstilling meer. Handtherapie afgerond. Hij rijdt weer auto.

#Lichamelijk onderzoek
Rustig litteken volair. Flexie/extensie 60-0-55, pro-/supinatie 80-0-80. Knijpkracht 80% van rechts.

#Aanvullend onderzoek
Röntgenfoto pols links (20-04-2026): geconsolideerde fractuur, osteosynthesemateriaal in situ zonder loslating, anatomische gewrichtsstand. Zie bijgevoegd verslag van de radioloog.

#Conclusie
Goed herstel na ORIF distale radiusfractuur links.

#Beleid
Vrij belasten. Geen routinematige verwijdering van het osteosynthesemateriaal. Controle niet meer nodig; bij klachten kan hij via u worden terugverwezen.

Met vriendelijke groet,

dr. L. Kok, traumachirurg

cc: patiënt
""", kv_x=30, pagenum=None, doc_footer="Reinier de Graaf  -  onderdeel van de Reinier Haga Groep")
label(S, ["correspondence"], "2026-04-21", also_dates=["2026-04-20"], style="HiX outpatient letter with band letterhead and label/value header",
      imaging="yes", operated="yes",
      notes="mentions enclosed operation report and radiology report, but this file is only the letter")

# ---------------------------------------------------------------- 012
S = "zh-012-poli-orthopedie-scafoid-pseudartrose"
platypus_pdf(out(S, "pdf"), [(dict(name="Jeroen Bosch Ziekenhuis", dept="Orthopedie",
                                    lines=["Henri Dunantstraat 1", "5223 GZ 's-Hertogenbosch", "073 553 20 00"], color="#e35205"), """
Aan: dhr. M. van der Heijden, huisarts, Gezondheidscentrum De Slagen, Vught
Datum: 3.3.2026
Betreft: dhr. S. (Sven) Roeland, geb. 17.5.1999, patiëntnummer 1644923
Onderwerp: uw verwijzing van 12.2.2026

Geachte heer Van der Heijden,

#Anamnese
Tijdens een skivakantie in Oostenrijk (januari 2025) is patiënt op de rechterhand gevallen. Hij heeft daar geen arts bezocht en de pijn afgedaan als kneuzing; medische hulp in Oostenrijk is er niet geweest. Sinds de zomer toenemende pijn bij push-ups en bij het fietsen.

#Lichamelijk onderzoek
Drukpijn tabatière rechts, extensie beperkt tot 45 graden (links 75). Geen zwelling.

#Aanvullend onderzoek
Röntgenfoto scafoïd rechts (24-02-2026) en aansluitend CT-scan pols rechts (24-02-2026): pseudartrose van het middelste derde deel van het scafoïd, sclerose van de fractuurranden, geen avasculaire necrose zichtbaar, nog geen SNAC-artrose.

#Conclusie
Scafoïdpseudartrose rechts, ruim een jaar na trauma.

#Beleid
Wij adviseren een operatieve behandeling met een spongiosaplastiek (bottransplantaat uit de bekkenkam) en schroeffixatie. Risico's en revalidatie (6-12 weken gips) besproken. Patiënt gaat akkoord, operatie wordt gepland. U ontvangt na de operatie bericht.

Met vriendelijke groet,

dr. A.C. Wouters, orthopedisch chirurg

Kopie aan: dhr. S. Roeland
""")], page_header="JBZ  |  Orthopedie  |  vertrouwelijk", pagenum="Pagina {p} van {n}")
label(S, ["correspondence"], "2026-03-03", style="platypus outpatient letter, dotted dates",
      imaging="yes", operated="unmentioned", abroad="no",
      notes="fall abroad on holiday without medical care (explicitly no care abroad); operation only planned; X-ray + CT done")

# ---------------------------------------------------------------- 013 (English)
S = "zh-013-neurology-letter-cts-en"
docx_file(out(S, "docx"), dict(name="HMC (Haaglanden Medisch Centrum)", dept="Department of Neurology",
                              lines=["Lijnbaan 32, 2512 VA Den Haag", "T +31 88 979 79 00"]), """
Den Haag, 12 February 2026

Dr. S. Ahmed
Huisartsenpraktijk Statenkwartier
Frederik Hendriklaan 77
2582 CA Den Haag

Re: Mr. Lucas Fontaine, born 04 Jan 1987, HMC no. 5520194

Dear colleague,

Thank you for referring Mr. Fontaine, a French engineer working in The Hague, whom I saw in the neurology outpatient clinic on 10 February 2026.

#History
For eight months he has had nocturnal tingling in the thumb, index and middle finger of both hands, right worse than left, waking him at night. Symptoms increase when cycling and typing. No neck pain. He recalls that he had a nerve conduction study in Lyon in 2023 which was reported as normal; he did not receive any treatment in France.

#Examination
Positive Tinel and Phalen tests on the right, equivocal on the left. No thenar wasting. Normal strength, reflexes and sensation elsewhere.

#Investigations
Nerve conduction studies (10/02/2026): moderate carpal tunnel syndrome on the right, mild on the left.
High-resolution ultrasound of both median nerves (radiology, 10/02/2026): cross-sectional area 15 mm2 right and 11 mm2 left at the carpal tunnel inlet, no space-occupying lesion.

#Conclusion
Bilateral carpal tunnel syndrome, right more than left.

#Plan
Night splints for both wrists. If symptoms on the right persist after 6-8 weeks, carpal tunnel release is advised; I have referred him to our plastic surgery colleagues for consultation. No follow-up in neurology.

Kind regards,

Dr. M. van Vliet, neurologist

cc: patient
""", lh_in_header=True, font="Calibri", size=11)
label(S, ["correspondence"], "2026-02-12", also_dates=["2026-02-10"], language="en",
      style="English neurology letter docx for expat",
      imaging="yes", operated="unmentioned", abroad="no",
      notes="ultrasound of median nerve done; release only advised; past NCS in Lyon without treatment (diagnostic test abroad, 'did not receive any treatment in France')")

# ---------------------------------------------------------------- 014
S = "zh-014-poli-revalidatie-spastische-hand"
canvas_pdf(out(S, "pdf"), dict(name="Máxima MC", dept="Revalidatiegeneeskunde",
                              lines=["De Run 4600", "5504 DB Veldhoven", "040 888 8000"], style="center"), """
Datum: 9 december 2025

Aan de huisarts
dhr. dr. O. Vos
Huisartsenpraktijk Zeelst
Zeelsterstraat 102
5652 EK Eindhoven

*Betreft:* dhr. G.H.J. Meulendijks, geboren 25 januari 1952, Veldhoven

Geachte collega,

Op 4 december 2025 zag ik de heer Meulendijks op het spreekuur revalidatiegeneeskunde voor zijn spastische linkerhand na een herseninfarct in 2023.

#Anamnese
De vingers staan in toenemende mate in flexie waardoor de handpalm moeilijk te wassen is en er smetten ontstaan. Pijn bij passief strekken. Hij is nooit aan de hand of pols geopereerd. In 2018 heeft hij een totale heupprothese rechts gekregen. Echtgenote doet de verzorging.

#Lichamelijk onderzoek
Flexiehouding vingers II-V links, Modified Ashworth Scale 3 voor de vingerflexoren, 2 voor de polsflexoren. Maceratie van de huid in de handpalm.

#Aanvullend onderzoek
Geen.

#Conclusie
Spasticiteit linker hand en pols na CVA met hygiënische problemen.

#Beleid
Botulinetoxine-injecties in de m. flexor digitorum superficialis en profundus links onder echogeleiding, gepland op 15 januari 2026. Aanmeten van een handspalk. Mocht dit onvoldoende effect hebben, dan kan een chirurgische verlenging van de flexorpezen worden overwogen; hiervoor zou een verwijzing naar de handchirurg volgen.

Met vriendelijke groet,

drs. W.P.M. Aarts
revalidatiearts

cc: patiënt, echtgenote
""", font="helv", size=10, hyph=True, pagenum="{p}")
label(S, ["correspondence"], "2025-12-09", also_dates=["2025-12-04"], style="centered letterhead canvas letter, revalidatie",
      imaging="no", operated="no",
      notes="'nooit aan de hand of pols geopereerd'; hip prosthesis other body part; ultrasound guidance for planned injection is not imaging done; 'Aanvullend onderzoek: Geen'")

# ---------------------------------------------------------------- 015
S = "zh-015-poli-pch-na-ctr-duitsland"
txt_file(out(S, "txt"), dict(name="Medisch Spectrum Twente", dept="Plastische, Reconstructieve en Handchirurgie",
                            lines=["Koningsplein 1, 7512 KZ Enschede", "Tel. 053 487 2000"]), """
Enschede, 6 oktober 2026

Aan huisarts: mw. dr. H. Oude Nijhuis, Huisartsenpraktijk Glanerbrug
Betreft: mevrouw M.E. Lansink, geb. 22 juni 1965
Kenmerk: PRHC/MST/240771

Geachte mevrouw Oude Nijhuis,

Mevrouw Lansink bezocht op 1 oktober 2026 ons spreekuur.

ANAMNESE
Patiënte is in mei 2026 in de Euregio-Klinik in Nordhorn (Duitsland) geopereerd aan een carpaletunnelsyndroom rechts; zij werkt over de grens en liet zich daar behandelen. Het Duitse operatieverslag (Operationsbericht) heeft zij niet bij zich. Sinds de operatie aanhoudende tintelingen in dezelfde vingers, nu ook pijn in het litteken en verminderde knijpkracht.

LICHAMELIJK ONDERZOEK
Gevoelig litteken volair, Tinel positief proximaal van het litteken, two-point discriminatie 8 mm digitus II rechts. Lichte thenaratrofie.

AANVULLEND ONDERZOEK
EMG is aangevraagd. Echografie van de n. medianus volgt mogelijk na het EMG.

CONCLUSIE
Persisterende klachten na carpaletunnelrelease rechts (Nordhorn, mei 2026), differentiaal diagnose: incomplete release, littekenpijn.

BELEID
Wij wachten het EMG af en vragen het Duitse operatieverslag op via patiënte. Een revisie-operatie is mogelijk maar nu niet aan de orde. Controle na het EMG.

Met vriendelijke groet,

dr. J. ter Haar, plastisch chirurg
afdeling Plastische, Reconstructieve en Handchirurgie

c.c. patiënte
""", width=84)
label(S, ["correspondence"], "2026-10-06", also_dates=["2026-10-01"], style="plain text letter with uppercase headings",
      imaging="unmentioned", operated="yes", abroad="yes",
      notes="carpal tunnel release done in a German clinic (Nordhorn) = operated and treated abroad; German op report mentioned but absent; EMG/echo only requested")

# ---------------------------------------------------------------- 016
S = "zh-016-poli-trauma-metacarpale-v"
docx_file(out(S, "docx"), dict(name="Erasmus MC", dept="Traumachirurgie - Polikliniek Heelkunde",
                              lines=["Dr. Molewaterplein 40", "3015 GD Rotterdam", "010 704 0704"]), """
%Aan|Huisartsenpraktijk Kralingen, dhr. dr. E. Noordam
%Datum|14-05-2026
%Patiënt|Dhr. Y. El Idrissi
%Geboortedatum|03-10-2004
%Afdeling|Traumachirurgie
%Behandelaar|dr. R.S. Pronk, traumachirurg
%Brief opgesteld door|S. Heemskerk, physician assistant traumachirurgie

Geachte collega,

#Anamnese
Op 9 mei 2026 met de vuist tegen een muur geslagen. Dezelfde avond op de SEH van ons ziekenhuis gezien, waar een metacarpale V-fractuur rechts werd vastgesteld en een ulnaire gipsspalk werd aangelegd.

#Lichamelijk onderzoek
Zwelling dorsoulnair, geen rotatiefout bij vuistsluiting, geen extensielag.

#Aanvullend onderzoek
Röntgenfoto hand rechts (SEH, 09-05-2026): subcapitale metacarpale V-fractuur met 30 graden volaire angulatie, geen intra-articulaire uitbreiding. Controlefoto in gips 14-05-2026: stand ongewijzigd.

#Conclusie
Boxersfractuur MC V rechts zonder rotatie.

#Beleid
Conservatief: buddy-taping en functionele brace gedurende 4 weken. Een operatie is bij deze stand en zonder rotatiefout niet geïndiceerd; dit is uitgebreid met patiënt besproken. Controle met röntgenfoto over 3 weken.

Met vriendelijke groet,

S. Heemskerk, physician assistant
namens dr. R.S. Pronk

cc: patiënt
""", lh_in_header=True, kv_table=True, kv_grid=True)
label(S, ["correspondence"], "2026-05-14", style="Epic-like outpatient letter docx, grid table header, PA signed",
      imaging="yes", operated="unmentioned",
      notes="operation advised against ('niet geïndiceerd'); ER visit in own Dutch hospital; plaster splint is not operation")

# ---------------------------------------------------------------- 017
S = "zh-017-poli-reuma-handartrose-second-opinion"
html_to_pdf(out(S, "pdf"), [(dict(name="Zuyderland Medisch Centrum", dept="Reumatologie",
                                   lines=["Henri Dunantstraat 5, 6419 PC Heerlen", "Tel. 088 459 7777"]), """
%Datum|23 juni 2025
%Aan|Huisartsenpraktijk Schaesberg, mw. drs. P. Lemmens
%Betreft|Mevrouw G.J. Huppertz, geb. 12-12-1957
%Polibezoek|18 juni 2025

Geachte collega,

Mevrouw Huppertz is bekend op onze polikliniek met erosieve handartrose.

#Anamnese
Zij heeft toenemende pijn in de DIP- en PIP-gewrichten van beide handen en sinds dit voorjaar ook in de duimbasis rechts. Paracetamol en diclofenacgel onvoldoende. Zij vraagt zelf of een operatie (gewrichtsvervanging of vastzetten) mogelijk is en heeft aangegeven daarover een second opinion te willen bij een handchirurg. Zij was in mei op vakantie in Turkije; daar is zij niet bij een arts of in een ziekenhuis geweest.

#Lichamelijk onderzoek
Heberdense en Bouchardse knobbels, PIP III links warm en gezwollen, duimbasis rechts drukpijnlijk met crepitaties.

#Aanvullend onderzoek
Röntgenfoto's beide handen (18-06-2025): progressie van de erosieve artrose van de DIP-gewrichten, 'gull-wing' aspect PIP III links; CMC-1 artrose rechts.

#Conclusie
Erosieve handartrose met CMC-1 artrose rechts.

#Beleid
Intra-articulaire injectie PIP III links gegeven. Duimbrace rechts. Wij ondersteunen haar wens tot een second opinion en verzoeken u haar te verwijzen. Controle bij ons over 6 maanden.

Met vriendelijke groet,

dr. F. Smeets, reumatoloog

cc: patiënt
""")], font="Liberation Serif", size=11)
label(S, ["correspondence"], "2025-06-23", also_dates=["2025-06-18"], style="LibreOffice-converted HTML letter, label table",
      imaging="yes", operated="unmentioned", abroad="no",
      notes="holiday in Turkey explicitly without care; surgery only asked about; second opinion wish, letter asks GP to refer (not itself a referral)")

# ---------------------------------------------------------------- 018 (English)
S = "zh-018-clinic-letter-tfcc-london-en"
canvas_pdf(out(S, "pdf"), dict(name="OLVG", dept="Orthopaedic Surgery - Hand & Wrist",
                              lines=["Oosterpark 9", "1091 AC Amsterdam", "+31 20 599 9111"], style="right", color="#00857c"), """
Date: 27 October 2026

Dr. E. Bos
Huisartsenpraktijk Weesperzijde
Weesperzijde 4
1091 EA Amsterdam

Re: Mr. Daniel P. O'Connor, DOB 02/02/1991, OLVG ID 8830142

Dear Dr. Bos,

Diagnosis: ulnar-sided wrist pain left, TFCC tear (Palmer 1B).

I reviewed Mr. O'Connor in the wrist clinic on 26 October 2026 with the results of his MR arthrogram.

History: he injured his left wrist in a fall from his bike in London in June 2026 and was seen at the Emergency Department of St Thomas' Hospital, where X-rays were reported as showing no fracture and a wrist splint was given. He moved to Amsterdam in August. He has ongoing ulnar-sided pain on rotation, clicking, and weakness when lifting a pan.

Examination: tenderness at the fovea, positive ulnar fovea sign, DRUJ stable compared with the right side. Full range of motion.

Investigations: MR arthrogram of the left wrist (15 October 2026, OLVG Radiology): peripheral (foveal) tear of the TFCC with contrast leakage into the DRUJ. Scapholunate and lunotriquetral ligaments intact. No bone marrow oedema.

Plan: we discussed a wrist arthroscopy with TFCC repair. Mr. O'Connor would like to proceed; he has been placed on the waiting list (expected January 2027). Until then he will wear a wrist brace during sports.

Yours sincerely,

Dr. R. Mahabier
Orthopaedic surgeon

cc: Mr. D. O'Connor
""", font="helv", size=10, pagenum="Page {p}/{n}")
label(S, ["correspondence"], "2026-10-27", also_dates=["2026-10-26"], language="en",
      style="English clinic letter, UK-like Diagnosis/Plan prose labels, right letterhead",
      imaging="yes", operated="unmentioned", abroad="yes",
      notes="treated at ED of St Thomas' Hospital London (splint) = abroad; arthroscopy only planned; MR arthrogram done")

# ---------------------------------------------------------------- 019
S = "zh-019-poli-heelkunde-pa-ganglion-echo"
txt_file(out(S, "txt"), None, """
Deventer Ziekenhuis | Chirurgie
Nico Bolkesteinlaan 75, 7416 SE Deventer

Deventer, 25-11-2026

Aan: dr. I. Westerhof, huisarts, Huisartsenpraktijk Colmschate
Betreft: mw. L.C. (Lotte) Pieterse, geb. 08-03-2001

Geachte collega,

Op 24 november 2026 zag ik uw patiënte op het spreekuur chirurgie.

Anamnese: sinds 2 maanden een pijnlijke zwelling aan de volaire zijde van de rechterpols, radiaal, bij het steunen op de hand (turnster). Geen trauma, geen eerdere behandeling.

Lichamelijk onderzoek: ronde, vaste zwelling van ca. 1 cm volair-radiaal, nabij de a. radialis, niet pulserend. Allen-test normaal. Sensibiliteit intact.

Aanvullend onderzoek: een echografie van de rechterpols is aangevraagd; de uitslag volgt.

Conclusie: vermoedelijk volair polsganglion rechts, differentiaal diagnostisch ander weke delen zwelling.

Beleid: na de echo bespreken wij de uitslag telefonisch. Bij een ganglion in principe afwachten; aspiratie of excisie volair wordt wegens de nabijheid van de a. radialis terughoudend benaderd.

Met vriendelijke groet,

N. Bosman, physician assistant chirurgie
i.o.v. dr. D. Lammers, chirurg

cc: patiënte
""", width=92)
label(S, ["correspondence"], "2026-11-25", also_dates=["2026-11-24"], style="plain text, inline section labels",
      imaging="unmentioned", operated="unmentioned",
      notes="echo only requested, 'de uitslag volgt'; PA-signed; excision discussed only")

# ---------------------------------------------------------------- 020
S = "zh-020-poli-pch-kienbock"
platypus_pdf(out(S, "pdf"), [(dict(name="UMCG", dept="Plastische Chirurgie - Hand- en Polschirurgie",
                                    lines=["Hanzeplein 1, 9713 GZ Groningen", "Postbus 30.001, 9700 RB Groningen",
                                           "050 361 6161"], color="#cc0000"), """
=Brief polikliniek
%Datum brief|10-02-2025
%Datum consult|06-02-2025
%Huisarts|Huisartsenpraktijk Paddepoel, dhr. A. de Boer, Groningen
%Patiënt|Dhr. B.J. Wiersma, 15-07-1986
%Kenmerk|PLC/HPC/301277
%Bijlage|MRI-verslag rechterpols d.d. 29-01-2025

Geachte heer De Boer,

Bijgaand ontvangt u een verslag van ons consult en het MRI-verslag.

#Anamnese
Sinds anderhalf jaar pijn centraal-dorsaal in de rechterpols, toenemend bij zwaar werk (hovenier). Geen trauma herinnerd. Hij werd in 2019 aan de linkerknie geopereerd (artroscopische meniscectomie). Aan de pols is hij nooit geopereerd.

#Lichamelijk onderzoek
Drukpijn dorsaal over het lunatum, extensie 40 graden, flexie 45 graden, knijpkracht 32 kg rechts vs. 48 kg links.

#Aanvullend onderzoek
MRI rechterpols 29-01-2025: verlaagd signaal van het gehele lunatum op T1 en T2, geen collaps, ulna-minus variant van 2 mm. Passend bij ziekte van Kienböck, Lichtman stadium II.

#Conclusie
Ziekte van Kienböck rechts, Lichtman II.

#Beleid
In eerste instantie 6 weken immobilisatie in een onderarmspalk. Bij persisterende klachten komt een radiusverkortende osteotomie in aanmerking. Controle over 8 weken.

Met vriendelijke groet,

prof. dr. G.A. Hekman, plastisch chirurg

cc: patiënt
""")], page_header="UMCG - Plastische Chirurgie", pagenum="Blad {p} van {n}", kv_widths=(38, 127))
label(S, ["correspondence"], "2025-02-10", also_dates=["2025-02-06"], style="platypus letter with title and label/value table",
      imaging="yes", operated="no",
      notes="'Bijlage: MRI-verslag' mention only (no report in file); knee meniscectomy other body part; 'aan de pols nooit geopereerd'; osteotomy only possible")

print("poli done")
