"""zh-045 .. zh-060: radiology reports (Afdeling Radiologie / Medische Beeldvorming)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from zh_common import *

R = "radiologist"

# ---------------------------------------------------------------- 045
S = "zh-045-radiologie-verslag-x-pols"
canvas_pdf(out(S, "pdf"), dict(name="Tjongerschans", dept="Afdeling Radiologie",
                              lines=["Thialfweg 44", "8441 PW Heerenveen", "0513 68 53 00"], style="right", color="#0089cf"), """
=RADIOLOGIE VERSLAG
%Patiënt|Mw. T. Hiemstra
%Geboortedatum|21-01-1975
%Patiëntnummer|551209
%Aanvrager|dr. S. Wiersma, orthopedisch chirurg, Orthopedie
%Afschrift aan|huisarts mw. A. Bergsma, Joure
%Onderzoek|X-pols rechts, 2 richtingen + scafoïdopname
%Datum onderzoek|06-05-2026
%Klinische gegevens|Val op rechterhand, drukpijn tabatière. Fractuur?

#Verslag
Geen fractuur of luxatie zichtbaar. Het scafoïd is intact, ook op de scafoïdopname. Normale carpale uitlijning, geen verbreding van de scafolunaire spleet. Geen artrotische veranderingen. Weke delen zonder bijzonderheden.

#Conclusie
Geen fractuur. Bij persisterende klinische verdenking op een scafoïdfractuur kan een MRI of CT overwogen worden.

%Radioloog|dr. H.P. de Vries
%Datum verslag|06-05-2026
""", kv_x=38, font="helv", size=10, pagenum=None, doc_footer="Tjongerschans Heerenveen - Radiologie - verslag elektronisch geautoriseerd")
label(S, ["imaging-report"], "2026-05-06", author=R, style="canvas radiology form, Aanvrager orthopedie",
      imaging="yes", notes="negative X-ray; MRI/CT only suggested")

# ---------------------------------------------------------------- 046
S = "zh-046-uitslag-echo-pols-ganglion"
docx_file(out(S, "docx"), dict(name="Ziekenhuis Gelderse Vallei", dept="Medische Beeldvorming",
                              lines=["Willy Brandtlaan 10, 6716 RP Ede", "0318 43 43 43"]), """
=Uitslag
%Naam|Arendsen, F.
%Geb.datum|19-11-1996
%Aanvrager|dr. P.J. Visser, chirurg (Heelkunde)
%Onderzoek|Echografie pols links
%Datum onderzoek|01-07-2025
%Vraagstelling|zwelling dorsaal pols links, ganglion?

Bevindingen: Dorsaal over het scafolunaire gewricht een goed afgrensbare, anechogene, licht gelobde structuur van 14 x 9 x 8 mm met een smalle steel richting het SL-gewricht. Geen doppler-signaal, geen solide componenten. Strekpezen intact.

Conclusie: Beeld passend bij een dorsaal polsganglion links.

Verslaglegging: drs. M. Oostra, radioloog - 01-07-2025
""", lh_in_header=True, kv_table=True)
label(S, ["imaging-report"], "2025-07-01", author=R, style="docx 'Uitslag' echo report with table fields",
      imaging="yes", notes="title 'Uitslag'; 'Vraagstelling' is the requester's question, not a referral")

# ---------------------------------------------------------------- 047
S = "zh-047-radiologisch-onderzoek-mri-pols"
platypus_pdf(out(S, "pdf"), [(dict(name="Spaarne Gasthuis", dept="Radiologie en Nucleaire Geneeskunde",
                                    lines=["Spaarnepoort 1, 2134 TM Hoofddorp", "023 224 0000"], color="#00558c"), """
=RADIOLOGISCH ONDERZOEK
%Patiënt|mw. S.C. de Graaf-Molenaar, 03-07-1968
%Aanvrager|dr. R.P. Hoekstra, orthopedisch chirurg, afdeling Orthopedie
%Onderzoek|MRI pols rechts zonder contrast
%Datum onderzoek|2 november 2026
%Datum verslag|3 november 2026
%Klinische gegevens|Val 22-08, persisterende radiale polspijn, X-foto zonder fractuur. Occulte scafoïdfractuur? Ligamentletsel?

#Verslag
Protocol: coronale T1, PD-FS in drie richtingen, 3D gradient echo.
Beenmergoedeem in de distale pool van het scafoïd zonder zichtbare fractuurlijn op T1. Overige carpalia, distale radius en ulna normaal. Scafolunair en lunotriquetraal ligament intact. TFCC intact. Geen gewrichtsvocht van betekenis. Peesomhulsels zonder afwijkingen.

#Conclusie
Bone bruise distale pool scafoïd rechts; geen fractuur, geen ligamentletsel.

dr. A.E. Vink, radioloog
""")], pagenum="Pagina {p} van {n}", page_header="Spaarne Gasthuis - Radiologie - definitief verslag", kv_widths=(38, 127))
label(S, ["imaging-report"], "2026-11-03", also_dates=["2026-11-02"], author=R,
      style="platypus radiology report with exam and report date", imaging="yes",
      notes="MRI without fracture; clinical question lists earlier X-ray")

# ---------------------------------------------------------------- 048
S = "zh-048-ct-pols-scafoid-zonder-titel"
txt_file(out(S, "txt"), None, """
Jeroen Bosch Ziekenhuis - Afdeling Radiologie
Henri Dunantstraat 1, 5223 GZ 's-Hertogenbosch

Patiënt:          Roeland, S.            Geb: 17-05-1999        ID: 1644923
Aanvrager:        Wouters, A.C. (orthopedisch chirurg) - ORTHOPEDIE
Onderzoeken:      X-scafoïd rechts 4 richtingen; CT pols rechts
Onderzoeksdatum:  24-02-2026

Klinische informatie / vraagstelling:
Val skivakantie jan 2025, aanhoudende pijn tabatière. Pseudartrose scafoïd?

X-scafoïd rechts:
Fractuurlijn door het middelste derde deel van het scafoïd met afgeronde, sclerotische fractuurranden. Geen carpale collaps.

CT pols rechts:
Bevestiging van een pseudartrose van de waist van het scafoïd met resorptiezone van 2 mm en cystevorming aan beide zijden. Geen humpback-deformiteit (intrascafoïdale hoek 35 graden). Proximale pool niet sclerotisch. Geen radioscafoïdale artrose.

Conclusie:
Scafoïdpseudartrose rechts (waist), zonder humpback en zonder SNAC-artrose.

Geautoriseerd door: dr. K. van Rooij, radioloog, 25-02-2026 08:12
""", width=None)
label(S, ["imaging-report"], "2026-02-25", also_dates=["2026-02-24"], author=R,
      style="untitled plain-text radiology export, two exams", imaging="yes",
      notes="no title; skiing holiday mentioned in clinical info without care abroad (treated_abroad unmentioned)")

# ---------------------------------------------------------------- 049
S = "zh-049-verslag-x-pols-na-orif"
canvas_pdf(out(S, "pdf"), dict(name="Reinier de Graaf", dept="Radiologie",
                              lines=["Reinier de Graafweg 5", "2625 AD Delft"], style="left", logo=True, color="#004b87"), """
=Verslag
%Patiënt|Vermeulen, T.J.
%Geboren|30-12-1958
%Aanvragend specialist|L. Kok, chirurgie (traumatologie)
%Onderzoek|X-pols links AP en lateraal
%Datum|20-04-2026
%Indicatie|controle 12 weken na ORIF distale radiusfractuur

Vergeleken met de opname van 27-01-2026 (postoperatief).
Status na plaatosteosynthese van de distale radius links met een volaire plaat en schroeven. De fractuur is geconsolideerd. Geen loslating of breuk van het osteosynthesemateriaal. Radiale inclinatie 21 graden, volaire tilt 8 graden, geen ulna-plus. Congruent radiocarpaal gewricht.

*Conclusie:* geconsolideerde distale radiusfractuur links, osteosynthesemateriaal in goede positie.

drs. M. Snel, radioloog
""", kv_x=44, font="times", size=10.5, pagenum=None)
label(S, ["imaging-report"], "2026-04-20", author=R, style="canvas 'Verslag' radiology report, status after ORIF",
      imaging="yes", operated="yes",
      notes="report states status after plate osteosynthesis -> operated yes; compares with earlier study (older date)")

# ---------------------------------------------------------------- 050 (English)
S = "zh-050-radiology-report-hand-en"
html_to_pdf(out(S, "pdf"), [(dict(name="Amsterdam UMC", dept="Department of Radiology and Nuclear Medicine",
                                   lines=["Meibergdreef 9, 1105 AZ Amsterdam", "+31 20 566 9111"]), """
=Radiology Report
%Patient|Mr. Tomasz Nowak
%Date of birth|30 Sep 1988
%Referring physician|Dr. S. Lont, Plastic, Reconstructive and Hand Surgery
%Examination|X-ray right hand, 3 views
%Date of examination|14 Aug 2026
%Report date|14 Aug 2026
%Clinical information|Fall on outstretched hand at work, swelling 4th/5th metacarpal. Fracture?

Findings: No fracture or dislocation. Joint spaces preserved. No radio-opaque foreign body. Mild soft tissue swelling over the ulnar side of the hand.

Impression: No bony injury of the right hand.

Reported by: Dr. C. Hoogland, radiologist
_This report was issued in English at the request of the referring physician.
""")], font="Arial", size=10)
label(S, ["imaging-report"], "2026-08-14", author=R, language="en",
      style="English radiology report from Dutch hospital (LibreOffice)", imaging="yes",
      notes="negative X-ray, English; referring physician in hand surgery")

# ---------------------------------------------------------------- 051
S = "zh-051-verslag-echo-n-medianus"
docx_file(out(S, "docx"), dict(name="HMC Bronovo", dept="Medische Beeldvorming",
                              lines=["Bronovolaan 5, 2597 AX Den Haag"]), """
=Verslag echografie
Datum onderzoek: 10-02-2026          Datum verslag: 10-02-2026

%Patiënt|Fontaine, L. (04-01-1987)
%Aanvrager|dr. M. van Vliet, neuroloog - afdeling Neurologie
%Onderzoek|Echo n. medianus beiderzijds (hoge resolutie)
%Klinische gegevens|nachtelijke paresthesieën D1-3 bdz, re > li. EMG: matig CTS re, mild li.

#Bevindingen
Rechts: dwarsdoorsnede van de n. medianus ter hoogte van het os pisiforme 15 mm² (normaal < 10), proximaal van de tunnel 9 mm²; verhoogde vascularisatie. Geen ganglion, geen persisterende a. mediana, geen bifide zenuw.
Links: 11 mm², geen ruimte-innemende afwijking.

#Conclusie
Zwelling van de n. medianus bij de ingang van de carpale tunnel beiderzijds, rechts meer dan links, passend bij carpaletunnelsyndroom. Geen ruimte-innemend proces.

dr. J.F. Kwee, radioloog
""", lh_in_header=False, kv_table=True, kv_grid=True, font="Calibri", size=10.5)
label(S, ["imaging-report"], "2026-02-10", author=R, style="docx echo report with grid table, 'Medische Beeldvorming'",
      imaging="yes", notes="requester is a neurologist; EMG mentioned in clinical info")

# ---------------------------------------------------------------- 052
S = "zh-052-uitslag-thorax-preoperatief"
txt_file(out(S, "txt"), None, """
Albert Schweitzer ziekenhuis | Radiologie
---------------------------------------------------------------
UITSLAG RÖNTGENONDERZOEK

Naam patiënt ......: Brennan, M.T.
Geboortedatum .....: 03-03-1971
Aanvrager .........: anesthesiologie / preoperatieve screening (dr. P. Hol)
Onderzoek .........: X-thorax PA en lateraal
Datum onderzoek ...: 28-04-2026
Vraagstelling .....: preoperatief, geplande polsartrodese rechts; roker 20 py

Verslag:
Normale hartgrootte. Geen infiltraat, geen pleuravocht, geen pneumothorax. Geen verdachte longhaarden. Botstructuren: geen bijzonderheden.

Conclusie:
Geen afwijkingen aan hart en longen.

dr. E. Langeveld, radioloog, 28-04-2026
""", width=None)
label(S, ["imaging-report"], "2026-04-28", author=R, style="plain-text chest X-ray report with dotted labels",
      imaging="yes", operated="unmentioned",
      notes="chest X-ray, not hand imaging; planned wrist arthrodesis only mentioned in question")

# ---------------------------------------------------------------- 053
S = "zh-053-mri-vinger-glomus-geen-afwijkingen"
canvas_pdf(out(S, "pdf"), dict(name="Catharina Ziekenhuis", dept="Afdeling Radiologie",
                              lines=["Michelangelolaan 2", "5623 EJ Eindhoven", "040 239 9111"], style="center"), """
%Patiënt|Mw. J.E. Smulders-van Kessel
%Geb.|02-12-1979
%Aanvrager|dr. H. Groen, Plastische Chirurgie / Handchirurgie
%Onderzoek|MRI digitus III rechts met gadolinium
%Datum onderzoek|16-09-2025
%Vraagstelling|sinds 2 jaar pijn en koude-overgevoeligheid vingertop D3 rechts onder de nagel; glomustumor?
---
Op de T1, T2-FS en postcontrast opnamen geen afwijkende aankleuring of massa in het nagelbed of de pulpa van D3. Distale falanx normaal, geen botarrosie. Pezen en kapsels intact.

Conclusie: geen afwijkingen; geen aanwijzingen voor een glomustumor.

Radioloog: dr. S. Peters  |  geautoriseerd 17-09-2025
""", kv_x=32, kv_bold=True, font="helv", size=10, pagenum="Pagina {p}")
label(S, ["imaging-report"], "2025-09-17", also_dates=["2025-09-16"], author=R,
      style="untitled canvas MRI report, centered letterhead", imaging="yes",
      notes="no title; negative finding 'geen afwijkingen'")

# ---------------------------------------------------------------- 054
S = "zh-054-radiologieverslag-cmc1-artrose"
docx_file(out(S, "docx"), dict(name="St. Antonius Ziekenhuis", dept="Radiologie",
                              lines=["Koekoekslaan 1, 3435 CM Nieuwegein", "088 320 30 00"]), """
=Radiologieverslag
%Patiënt|Whitfield, H.J.
%Geboortedatum|21-06-1962
%Aanvrager|J.W. Dijkstra, orthopedisch chirurg - Orthopedie (hand/pols)
%Onderzoek|X-handen beiderzijds dorsopalmair + duim rechts lateraal
%Datum onderzoek|03-11-2026
%Datum verslag|04-11-2026
%Klinische vraag|pijn duimbasis rechts, artrose CMC-1?

#Bevindingen
Rechts: forse gewrichtsspleetversmalling CMC-1 met subchondrale sclerose en osteofyten (> 2 mm), lichte radiale subluxatie van de basis MC I. STT-gewricht gespaard. Links: beginnende gewrichtsspleetversmalling CMC-1. Verder geen afwijkingen, geen erosies.

#Conclusie
CMC-1 artrose rechts, Eaton-Littler stadium III; geringe CMC-1 artrose links.

dr. W. Akkerman, radioloog
""", lh_in_header=True, kv_table=False, font="Arial", size=10)
label(S, ["imaging-report"], "2026-11-04", also_dates=["2026-11-03"], author=R,
      style="docx radiology report with tab-stop fields, exam vs report date", imaging="yes", notes="")

# ---------------------------------------------------------------- 055
S = "zh-055-ct-pols-preoperatief"
platypus_pdf(out(S, "pdf"), [(dict(name="Noordwest Ziekenhuisgroep", dept="Radiologie",
                                    lines=["Wilhelminalaan 12, 1815 JD Alkmaar"], color="#0064a8"), """
=RADIOLOGISCH ONDERZOEK
%Patiënt|Dekker-Zwaan, J.P., geb. 06-06-1949
%Aanvrager|SEH / dr. F.J. Commandeur, traumachirurgie
%Onderzoek|CT pols rechts (met MPR)
%Datum onderzoek|11-03-2026
%Vraagstelling|intra-articulaire distale radiusfractuur, preoperatieve planning

#Verslag
Meerfragmentaire distale radiusfractuur rechts met intra-articulaire uitbreiding: een dorsoulnair (die-punch) fragment en een radiaal styloïdfragment. Stapvorming in het radiocarpale gewrichtsvlak van 2 mm, dorsale kanteling 30 graden. Fractuur van de processus styloideus ulnae (tip). Carpalia intact. DRUG congruent.

#Conclusie
AO 23-C2 distale radiusfractuur rechts met gewrichtsstap van 2 mm en die-punch fragment.

dr. R. Blom, radioloog - geautoriseerd 11-03-2026
""")], pagenum=None, page_header="Noordwest Ziekenhuisgroep  |  Radiologie  |  Alkmaar", grid_kv=True, kv_widths=(35, 130))
label(S, ["imaging-report"], "2026-03-11", author=R, style="platypus CT report, grid form",
      imaging="yes", operated="unmentioned", notes="'preoperatieve planning' is a plan, not an operation")

# ---------------------------------------------------------------- 056
S = "zh-056-echo-triggerfinger"
txt_file(out(S, "txt"), None, """
ZUYDERLAND MEDISCH CENTRUM - MEDISCHE BEELDVORMING
Locatie Sittard-Geleen, Dr. H. van der Hoffplein 1, 6162 BG Geleen

Pat.: Huppertz, G.J. (12-12-1957)
Aangevraagd door: dr. M. Scheepers, plastisch chirurg (plastische chirurgie/handchirurgie)
Onderzoek: echo vinger D4 links   -   05 okt 2026
Klinische gegevens: triggering D4 links, pijnlijke nodus; differentiaal peesknobbel vs. ganglion peesschede.

Bevindingen:
Verdikking van de A1-ringband van D4 links tot 1,8 mm (contralateraal 0,6 mm) met hypoechogene ringvormige zwelling rond de buigpezen. Dynamisch: haperen van de flexorpezen onder de A1-pulley bij flexie. Geen ganglion van de peesschede, geen peesruptuur.

Conclusie:
Beeld passend bij tendovaginitis stenosans (triggerfinger) D4 links.

Radioloog: drs. B. Habets
Verslag geautoriseerd: 05-10-2026
""", width=None)
label(S, ["imaging-report"], "2026-10-05", author=R, style="untitled plain-text echo report, abbreviated month",
      imaging="yes", notes="no title; requester is plastic surgery/hand surgery")

# ---------------------------------------------------------------- 057
S = "zh-057-verslag-x-pols-conservatief"
canvas_pdf(out(S, "pdf"), dict(name="Wilhelmina Ziekenhuis Assen", dept="Radiologie",
                              lines=["Europaweg-Zuid 1", "9401 RK Assen", "0592 32 55 55"], style="left"), """
=Verslag
Aanvrager: Gipskamer / dr. H. Mulder, chirurgie (trauma)
Kopie: huisarts dr. E. Roos, Assen

%Naam|Bakker, M.A.
%Geboren|07-07-1941
%Onderzoek|X-pols links 2 richtingen uit gips
%Datum onderzoek|12-01-2026
%Klinische gegevens|conservatief behandelde distale radiusfractuur links (gips 6 weken), consolidatie?

Vergelijking met opnamen van 01-12-2025 en 08-12-2025.
Consolidatie van de distale radiusfractuur met callusvorming. Stand ongewijzigd ten opzichte van 08-12-2025: dorsale kanteling 5 graden, radiale verkorting 1 mm. Geen nieuwe fractuur. Osteopenie.

Conclusie: geconsolideerde distale radiusfractuur links in acceptabele stand, geen secundaire dislocatie.

dr. A.J. Kuipers, radioloog   13-01-2026
""", kv_x=40, font="helv", size=10, pagenum="{p}/{n}")
label(S, ["imaging-report"], "2026-01-13", also_dates=["2026-01-12"], author=R,
      style="canvas radiology report, requester above fields", imaging="yes", operated="no",
      notes="'conservatief behandeld' = not operated; older comparison studies dated")

# ---------------------------------------------------------------- 058
S = "zh-058-rontgenverslag-handen-voeten-ra"
html_to_pdf(out(S, "pdf"), [(dict(name="Sint Maartenskliniek", dept="Radiologie",
                                   lines=["Hengstdal 3, 6574 NA Ubbergen"]), """
=Röntgenverslag
%Patiënt|Peeters, R.T.A.
%Geboortedatum|02-05-1984
%Aanvrager|dr. S. Kuipers, reumatoloog, Reumatologie
%Onderzoek|X-handen en X-voeten (dorsopalmair / dorsoplantair + schuin)
%Datum onderzoek|10-02-2026
%Vraagstelling|Recent gediagnosticeerde RA, uitgangsfoto's. Erosies?

#Verslag
Handen: periarticulaire weke delenzwelling MCP II-III beiderzijds. Geen erosies, geen gewrichtsspleetversmalling. Polsen normaal.
Voeten: geen erosies, MTP-gewrichten normaal.

#Conclusie
Geen erosies in handen en voeten; weke delenzwelling MCP II-III beiderzijds. Sharp-van der Heijde score 0.

dr. B. Wijnands, radioloog
""")], font="Times New Roman", size=11)
label(S, ["imaging-report"], "2026-02-10", author=R, style="LibreOffice HTML radiology report, rheumatology requester",
      imaging="yes", notes="baseline X-rays without erosions")

# ---------------------------------------------------------------- 059
S = "zh-059-mri-arthrografie-tfcc"
docx_file(out(S, "docx"), dict(name="OLVG", dept="Radiologie - locatie Oost",
                              lines=["Oosterpark 9, 1091 AC Amsterdam"]), """
=MRI-verslag
%Patiënt|O'Connor, D.P.  (02-02-1991)
%Aanvrager|dr. R. Mahabier, orthopedisch chirurg (Orthopedie, hand/pols)
%Onderzoek|MR-arthrografie pols links (intra-articulaire gadolinium-injectie radiocarpaal onder doorlichting)
%Datum onderzoek|15-10-2026
%Datum verslag|16-10-2026
%Klinische informatie|Val fiets juni 2026 in Londen, aldaar SEH-bezoek (St Thomas' Hospital), X-foto's daar zonder fractuur. Ulnaire polspijn, clicking. TFCC-laesie?

#Bevindingen
Na radiocarpale injectie lekkage van contrast naar het distale radio-ulnaire gewricht via een defect in het foveale aanhechtingsgebied van het TFCC. Centrale discus intact. SL- en LT-ligament intact, geen contrastpassage naar het midcarpale gewricht. Ulna-variant neutraal. Geen beenmergoedeem, geen chondropathie.

#Conclusie
Perifere (foveale) TFCC-scheur links (Palmer 1B / Atzei klasse 2-3). Intacte intrinsieke ligamenten.

dr. F. de Groot, radioloog
""", lh_in_header=True, kv_table=True)
label(S, ["imaging-report"], "2026-10-16", also_dates=["2026-10-15"], author=R,
      style="docx MRI arthrography report, exam and report date", imaging="yes", abroad="yes",
      notes="ER visit in London mentioned in the clinical information -> treated abroad yes; exam uses fluoroscopy for injection")

# ---------------------------------------------------------------- 060
S = "zh-060-uitslag-scafoidserie-lyon"
txt_file(out(S, "txt"), dict(name="Gelre ziekenhuizen Zutphen", dept="Radiologie",
                            lines=["Den Elterweg 77, 7207 AE Zutphen"]), """
Uitslag

Patiënt: mw. C.H. Nijhof, geb. 15-08-2003
Aanvrager: huisarts A.M. Lubbers, Huisartsenpraktijk De Hoven, Zutphen (verwijzing eerste lijn)
Onderzoek: X-scafoïdserie links (4 opnamen)
Datum: 04-08-2025
Klinische gegevens: 3 weken geleden gevallen tijdens vakantie in Frankrijk, daar op de urgences in Lyon (Hôpital Edouard Herriot) gezien, onderarmspalk gekregen wegens verdenking scafoïdfractuur. Foto's daar niet meegegeven. Graag controle.

Verslag: Geen fractuurlijn in het scafoïd of in de overige carpalia. Geen sclerose of resorptie. Normale carpale uitlijning.

Conclusie: geen fractuur van het scafoïd; geen aanwijzingen voor een occulte fractuur 3 weken na trauma.

dr. L.M. Brinkman, radioloog - 04-08-2025
""", width=96)
label(S, ["imaging-report"], "2025-08-04", author=R, style="plain-text 'Uitslag', GP requester",
      imaging="yes", abroad="yes",
      notes="clinical info says patient was seen at emergency department in Lyon (treated abroad); requester is a GP")

print("rad done")
