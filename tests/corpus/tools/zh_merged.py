"""zh-073 .. zh-080: merged PDFs (bijlagen, faxes) holding several documents."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from zh_common import *

# ---------------------------------------------------------------- 073
S = "zh-073-bijlagen-brief-rontgen-okverslag"
GELRE = dict(name="Gelre ziekenhuizen", dept="Plastische Chirurgie",
             lines=["Albert Schweitzerlaan 31", "7334 DZ Apeldoorn", "055 581 8181"], style="right", color="#d4145a")
GELRE_RAD = dict(GELRE, dept="Afdeling Radiologie")
d = CanvasDoc(out(S, "pdf"), font="helv", size=10, pagenum="Pagina {P} van {N}", hyph=True)
d.add(GELRE, """
Aan: mw. dr. C. Ploeger, huisarts
Huisartsenpraktijk Zevenhuizen
Zevenhuizerweg 200, 7335 AB Apeldoorn

>Apeldoorn, 16 september 2026
%Betreft|dhr. A.J. Hendriksen, geb. 12-10-1964
%Kenmerk|PLC-GA/77310
%Bijlagen|röntgenverslag 15-09-2026; operatieverslag 10-06-2026

Geachte collega,

Uw patiënt bezocht op 15 september 2026 opnieuw ons spreekuur.

#Anamnese
Op 10 juni 2026 werd bij dhr. Hendriksen een open carpaletunnelrelease rechts verricht. De nachtelijke tintelingen verdwenen direct, maar sindsdien heeft hij pijn aan de handpalm en de duimmuis bij steunen (pillar pain) en kan hij zijn werk als stukadoor niet hervatten.

#Lichamelijk onderzoek
Rustig litteken, drukpijn thenar- en hypothenarzijde van het litteken. Tinel negatief. Sensibiliteit normaal, knijpkracht 60% van links.

#Aanvullend onderzoek
Röntgenfoto hand/pols rechts (15-09-2026): geen afwijkingen, met name geen fractuur van de hamulus ossis hamati.

#Conclusie
Pillar pain na carpaletunnelrelease rechts.

#Beleid
Uitleg over het natuurlijk beloop (verbetering tot een jaar na de ingreep). Handtherapie voor littekenbehandeling en desensibilisatie. Patiënt is ontevreden over het resultaat en wenst een second opinion; hij vroeg om kopieën van het operatieverslag en het röntgenverslag, die als bijlage bij deze brief zijn gevoegd.

Met vriendelijke groet,

drs. H.L. Kamphuis, plastisch chirurg

cc: patiënt
""")
d.add(GELRE_RAD, """
=RADIOLOGIE
%Patiënt|Hendriksen, A.J.   12-10-1964
%Aanvrager|drs. H.L. Kamphuis, plastische chirurgie
%Onderzoek|X-hand en pols rechts, incl. carpale-tunnelopname
%Datum onderzoek|15-09-2026
%Klinische gegevens|pijn handpalm na CTR 06-2026; hamulusfractuur?

#Verslag
Geen fractuur, in het bijzonder de hamulus ossis hamati is intact op de carpale tunnelopname. Normale gewrichten. Geen weke-delenverkalkingen.

#Conclusie
Geen afwijkingen.

dr. T. Evers, radioloog - 15-09-2026
""")
d.add(GELRE, """
=Operatieverslag
%Patiënt|dhr. A.J. Hendriksen, 12-10-1964
%Datum operatie|10-06-2026
%Operateur|drs. H.L. Kamphuis, plastisch chirurg
%Assistent|drs. F. Wolters, AIOS
%Anesthesie|lokaal, WALANT
%Indicatie|carpaletunnelsyndroom rechts, EMG ernstig, thenaratrofie
%Ingreep|open carpaletunnelrelease rechts
%Verloop|Incisie 3 cm handpalm. Palmaire fascie en ligamentum carpi transversum volledig gekliefd. N. medianus duidelijk ingesnoerd (zandlopermodel). Motorische tak vrij. Huid gesloten met Ethilon 4-0.
%Complicaties|geen
%Nabehandeling|drukverband 2 dagen, hechtingen verwijderen na 12 dagen
""")
d.save()
label(S, ["correspondence", "imaging-report", "operation-report"], "2026-09-16", author="specialist",
      style="merged 'bijlagen' PDF: outpatient letter + radiology report + operation report",
      imaging="yes", operated="yes",
      notes="three documents in one PDF with continuous page numbers; letter mentions enclosures that are actually included",
      parts=[dict(kinds=["correspondence"], date="2026-09-16", author="specialist"),
             dict(kinds=["imaging-report"], date="2026-09-15", author="radiologist"),
             dict(kinds=["operation-report"], date="2026-06-10", author="specialist")])

# ---------------------------------------------------------------- 074
S = "zh-074-fax-voorblad-brief-rontgen"
ZGT = dict(name="ZGT Hengelo", dept="Orthopedie", lines=["Geerdinksweg 141", "7555 DL Hengelo", "088 708 5286"], style="left")
d = CanvasDoc(out(S, "pdf"), font="helv", size=10, pagenum=None,
              fax="12-11-2026 14:32   FAX +31 88 708 5290   ZGT ORTHOPEDIE SECR.        P. {p}/{n}")
d.add(None, """
=FAXBERICHT

%Aan|Handkliniek - intake second opinion
%Faxnummer|+31 30 799 0011
%Van|secretariaat Orthopedie, ZGT Hengelo
%Datum|12 november 2026
%Aantal pagina's|3 (inclusief dit voorblad)
%Betreft|mw. M.J. Oude Wesselink, geb. 29-01-1980

Op verzoek van patiënte sturen wij u hierbij de laatste polikliniekbrief en het röntgenverslag. Een operatieverslag is er niet: patiënte is bij ons niet geopereerd.

_Dit faxbericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht onterecht ontvangen, vernietig het dan en neem contact op met de afzender.
""")
d.add(ZGT, """
Aan: dhr. G. Nijhuis, huisarts, Huisartsenpraktijk Hasseler Es, Hengelo
Datum: 28-10-2026
Betreft: mw. M.J. Oude Wesselink, geb. 29-01-1980

Geachte collega,

#Anamnese
Sinds een half jaar pijn aan de ulnaire zijde van de linkerpols bij draaibewegingen (werkt als kapster). Geen trauma.

#Lichamelijk onderzoek
Drukpijn ulnocarpaal, ulnocarpale stresstest positief. DRUG stabiel.

#Aanvullend onderzoek
Röntgenfoto pols links (27-10-2026): positieve ulnavariant van 3 mm, verder geen afwijkingen.

#Conclusie
Ulnocarpaal impingement links bij ulna-plus.

#Beleid
Polsbrace en injectie ulnocarpaal gegeven. Bij onvoldoende effect kan een ulnaverkortende osteotomie worden overwogen; patiënte wil hierover eerst een second opinion. Controle over 3 maanden.

Met vriendelijke groet,

dr. E. ter Horst, orthopedisch chirurg
cc: patiënte
""")
d.add(dict(ZGT, dept="Radiologie"), """
=RADIOLOGISCH VERSLAG
%Naam|Oude Wesselink, M.J.
%Geb.datum|29-01-1980
%Aanvrager|dr. E. ter Horst, orthopedie
%Onderzoek|X-pols links PA (neutrale rotatie) en lateraal
%Datum|27-10-2026
%Vraagstelling|ulnaire polspijn; ulnavariant?

Positieve ulnavariant van 3 mm. Geen cystevorming in het lunatum. Geen fractuur. Normale carpale uitlijning.

Conclusie: ulna-plus variant 3 mm, verder geen afwijkingen.

dr. J. Lansink, radioloog
""")
d.save()
label(S, ["correspondence", "imaging-report"], "2026-11-12", author="other",
      style="fax with cover sheet and fax header line on every page, then letter and radiology report",
      imaging="yes", operated="no",
      notes="fax send date on every page; cover says 'niet geopereerd' (no op report exists); osteotomy only considered",
      parts=[dict(kinds=[], date="2026-11-12", author="other"),
             dict(kinds=["correspondence"], date="2026-10-28", author="specialist"),
             dict(kinds=["imaging-report"], date="2026-10-27", author="radiologist")])

# ---------------------------------------------------------------- 075
S = "zh-075-ontslagbrief-en-okverslag-portugal"
SJG = dict(name="Ziekenhuis Amstelland", dept="Chirurgie / Traumachirurgie",
           lines=["Laan van de Helende Meesters 8, 1186 AM Amstelveen", "020 755 7000"], color="#3f7f3f")
platypus_pdf(out(S, "pdf"), [(SJG, """
=Ontslagbrief
%Datum|24 juli 2025
%Huisarts|dhr. dr. T. Meijer, Huisartsenpraktijk Westwijk, Amstelveen
%Patiënt|mw. E.R. Schouten-Laan, geb. 13-09-1960
%Opname|19-07-2025
%Ontslag|21-07-2025

Geachte collega,

#Voorgeschiedenis / reden van opname
Op 17 juli 2025 viel patiënte tijdens een vakantie in de Algarve (Portugal) op haar rechterhand. Zij heeft in Portugal geen arts bezocht; met een mitella is zij op 18 juli teruggevlogen. Op 19 juli op onze SEH: röntgenfoto toonde een gedisloceerde distale radiusfractuur rechts.

#Behandeling
ORIF distale radius rechts met volaire plaat op 20-07-2025 (zie bijgevoegd operatieverslag).

#Beloop
Ongecompliceerd. Postoperatieve röntgenfoto: goede stand.

#Medicatie
paracetamol 1 g 4 dd; naproxen 250 mg 2 dd 5 dagen.

#Beleid
Wondcontrole en gipswissel poli over 12 dagen. Handtherapie na 2 weken.

Met vriendelijke groet,

drs. W. Schipper, ANIOS chirurgie, namens dr. J.H. Kramer, traumachirurg
"""), (SJG, """
=Operatieverslag
%Patiënt|mw. E.R. Schouten-Laan, 13-09-1960
%Datum operatie|20-07-2025
%Operateur|dr. J.H. Kramer, traumachirurg
%Assistent|drs. W. Schipper, ANIOS
%Anesthesie|algehele anesthesie
%Indicatie|extra-articulaire distale radiusfractuur rechts, dorsale kanteling 25°, 3 dagen oud
%Ingreep|open repositie en interne fixatie distale radius rechts (volaire hoekstabiele plaat)
%Verloop|FCR-benadering. Fractuur gereponeerd, fixatie met volaire plaat, 6 distale en 3 proximale schroeven. Doorlichting: goede stand, schroeven extra-articulair. Sluiting in lagen, gipsspalk.
%Complicaties|geen
%Nabehandeling|gipsspalk 2 weken, daarna brace; controle poli
""")], pagenum="Pagina {p} van {n}", page_header="Ziekenhuis Amstelland - Chirurgie")
label(S, ["correspondence", "operation-report"], "2025-07-24", author="specialist",
      style="merged PDF: discharge letter + separate operation report (platypus)",
      imaging="yes", operated="yes", abroad="no",
      notes="fall abroad without medical care there, operated in the Netherlands; op report as second part",
      parts=[dict(kinds=["correspondence"], date="2025-07-24", author="specialist"),
             dict(kinds=["operation-report"], date="2025-07-20", author="specialist")])

# ---------------------------------------------------------------- 076 (English)
S = "zh-076-letter-and-mri-report-barcelona-en"
MUMC = dict(name="Maastricht UMC+", dept="Plastic, Reconstructive and Hand Surgery",
            lines=["P. Debyelaan 25", "6229 HX Maastricht", "+31 43 387 6543"])
html_to_pdf(out(S, "pdf"), [(MUMC, """
Maastricht, 19 March 2026

To: Dr. J. Vroemen, general practitioner, Huisartsenpraktijk Wyck, Maastricht
Re: Ms. Sofía Martínez Ortega, date of birth 07/07/1995, MUMC+ no. 2290371

Dear Dr. Vroemen,

I saw Ms. Martínez, a Spanish PhD student at Maastricht University, in our hand clinic on 17 March 2026. The letter is in English at her request.

#History
On 27 December 2025 she fell on her outstretched left hand while visiting family in Barcelona. She was treated at the emergency department of Hospital Clínic de Barcelona, where X-rays showed no fracture and a splint was applied. Persistent dorsal wrist pain and a painful clunk since then.

#Examination
Dorsal scapholunate tenderness, positive Watson shift test left. Grip 20 kg left versus 30 kg right.

#Investigations
MRI of the left wrist (10 March 2026), report enclosed: partial tear of the dorsal part of the scapholunate ligament without widening.

#Diagnosis
Partial (predynamic) scapholunate ligament injury, left wrist.

#Plan
We offered arthroscopic assessment with possible debridement and capsulodesis. She prefers to continue with proprioceptive hand therapy for three months first and declined surgery for now. Review in June.

Kind regards,

Dr. L. Hermans, plastic surgeon
cc: patient
"""), (dict(MUMC, dept="Department of Radiology and Nuclear Medicine"), """
=MRI REPORT
%Patient|Martínez Ortega, S.  (07/07/1995)
%Referring physician|Dr. L. Hermans, Plastic Surgery
%Examination|MRI left wrist, 3 Tesla, dedicated wrist coil
%Date of examination|10/03/2026
%Clinical information|fall Dec 2025, dorsal wrist pain, positive Watson test. SL ligament tear?

Findings: Partial-thickness tear of the dorsal component of the scapholunate ligament; the volar and membranous parts are intact. Scapholunate interval 2 mm, no DISI. Minor bone marrow oedema in the dorsal lunate. TFCC intact. No fracture.

Conclusion: partial dorsal scapholunate ligament tear left, no static instability.

Dr. P. Claessens, radiologist (report date 11/03/2026)
""")], font="Arial", size=10)
label(S, ["correspondence", "imaging-report"], "2026-03-19", author="specialist", language="en",
      style="English merged PDF for expat: clinic letter + MRI report (LibreOffice)",
      imaging="yes", operated="unmentioned", abroad="yes",
      notes="ER treatment in Barcelona; surgery offered and declined; MRI report as second part",
      parts=[dict(kinds=["correspondence"], date="2026-03-19", author="specialist"),
             dict(kinds=["imaging-report"], date="2026-03-11", author="radiologist")])

# ---------------------------------------------------------------- 077
S = "zh-077-twee-radiologieverslagen"
ZRT = dict(name="Ziekenhuis Rivierenland", dept="Radiologie",
           lines=["President Kennedylaan 1", "4002 WP Tiel", "0344 67 49 11"], style="center")
d = CanvasDoc(out(S, "pdf"), font="times", size=10.5, pagenum="Pagina {p} van {n}")
d.add(ZRT, """
=Verslag
%Patiënt|mw. K.L. van Wijk
%Geboren|06-04-1985
%Aanvrager|drs. H.N. Kwakkel, chirurgie (handenspreekuur)
%Onderzoek|X-pols rechts 2 richtingen
%Datum onderzoek|08-07-2026
%Klinische vraag|zwelling radiaal pols, artrose? kalk?

Normale botstructuur en gewrichtsspleten. Geen kalkafzettingen. Geen fractuur.
Conclusie: geen afwijkingen.

dr. G. Meijers, radioloog
""")
d.add(ZRT, """
=Verslag
%Patiënt|mw. K.L. van Wijk
%Geboren|06-04-1985
%Aanvrager|drs. H.N. Kwakkel, chirurgie (handenspreekuur)
%Onderzoek|Echo pols rechts
%Datum onderzoek|08-07-2026
%Klinische vraag|zwelling radiaal pols; ganglion? tendinitis?

Verdikking van de peesschede van het eerste extensorcompartiment (APL/EPB) met vochtrand en verhoogde doppler-activiteit. Septum tussen APL en EPB zichtbaar. Geen ganglion.
Conclusie: tendovaginitis van het eerste extensorcompartiment (de Quervain) rechts, met intracompartimenteel septum.

dr. G. Meijers, radioloog
""")
d.save()
label(S, ["imaging-report"], "2026-07-08", author="radiologist",
      style="two radiology reports (X-ray and echo, same day) in one PDF, canvas",
      imaging="yes", notes="two reports with identical headers; negative X-ray and positive echo",
      parts=[dict(kinds=["imaging-report"], date="2026-07-08", author="radiologist"),
             dict(kinds=["imaging-report"], date="2026-07-08", author="radiologist")])

# ---------------------------------------------------------------- 078
S = "zh-078-fax-brief-mrsa-tenerife"
DEV = dict(name="Deventer Ziekenhuis", dept="Plastische Chirurgie",
           lines=["Nico Bolkesteinlaan 75", "7416 SE Deventer", "0570 53 53 53"], style="right", color="#00704a")
d = CanvasDoc(out(S, "pdf"), font="helv", size=10, pagenum=None,
              fax="Fax verzonden: 2026-11-27 09:05  van: Deventer Ziekenhuis poli PCH  +31570536010  pag {p} van {n}")
d.add(None, """
=Fax - voorblad

%Datum|27-11-2026
%Aan|Handkliniek, afdeling intake
%Van|Polikliniek Plastische Chirurgie, Deventer Ziekenhuis
%Pagina's|3
%Betreft|Dhr. R.A. Klein Koerkamp, geb. 11-05-1948

Bijgaand de gevraagde stukken: polikliniekbrief d.d. 20-11-2026 en de uitslag van de MRSA-screening.
""")
d.add(DEV, """
Aan: huisarts mw. drs. B. Tijhuis, Deventer
Deventer, 20-11-2026
Betreft: dhr. R.A. Klein Koerkamp, geb. 11-05-1948

Geachte collega,

Uw patiënt bezocht op 18-11-2026 ons spreekuur vanwege een Dupuytren-contractuur van de rechter ringvinger (MCP 40°, PIP 20°). Aanvullend onderzoek was niet nodig.

Relevant is dat hij in september 2026 tijdens een verblijf op Tenerife 5 dagen opgenomen is geweest in het Hospital Universitario de Canarias wegens een urosepsis. Daarom hebben wij een MRSA-screening laten verrichten (uitslag bijgevoegd, negatief).

Een partiële fasciëctomie is met hem besproken. Hij wil graag eerst een second opinion; wij hebben geen bezwaar.

Met vriendelijke groet,

dr. S. Brouwer, plastisch chirurg
cc: patiënt
""")
d.add(dict(name="Deventer Ziekenhuis", dept="Laboratorium Medische Microbiologie",
           lines=["Nico Bolkesteinlaan 75", "7416 SE Deventer"], style="left"), """
=MRSA-screening - uitslag
%Patiënt|Klein Koerkamp, R.A., M, 11-05-1948
%Aanvrager|dr. S. Brouwer, plastische chirurgie
%Afname|18-11-2026
%Indicatie|opname buitenlands ziekenhuis (Spanje, Tenerife) sept. 2026

|!Materiaal|Bepaling|Uitslag
|neus|MRSA kweek|niet aangetoond
|keel|MRSA kweek|niet aangetoond
|perineum|MRSA kweek|niet aangetoond

Definitief, gevalideerd 21-11-2026 door dr. E. Smits, arts-microbioloog
""")
d.save()
label(S, ["correspondence", "mrsa-screening"], "2026-11-27", author="other",
      style="fax with cover sheet: outpatient letter + MRSA lab result, fax header ISO date",
      imaging="no", operated="unmentioned", abroad="yes",
      notes="admission in a hospital on Tenerife; MRSA result included as a real lab page; fasciectomy only discussed; 'aanvullend onderzoek niet nodig'",
      parts=[dict(kinds=[], date="2026-11-27", author="other"),
             dict(kinds=["correspondence"], date="2026-11-20", author="specialist"),
             dict(kinds=["mrsa-screening"], date="2026-11-21", author="lab")])

# ---------------------------------------------------------------- 079
S = "zh-079-reuma-brief-lab-echo"
ETZ = dict(name="ETZ (Elisabeth-TweeSteden Ziekenhuis)", dept="Reumatologie",
           lines=["Hilvarenbeekseweg 60, 5022 GC Tilburg", "013 221 0000"], color="#2b6cb0")
platypus_pdf(out(S, "pdf"), [(ETZ, """
%Datum|5 augustus 2026
%Aan|mw. S. Claes, huisarts, Huisartsenpraktijk Reeshof, Tilburg
%Betreft|dhr. J.W. van Loon, geb. 19-03-1973
%Bijlagen|labuitslagen 28-07-2026; echoverslag 28-07-2026

Geachte collega,

#Anamnese
Sinds mei pijn en zwelling van de linkerpols en MCP II links, ochtendstijfheid 30 minuten. Psoriasis bekend. Nooit eerder geopereerd; geen ziekenhuisopnames.

#Lichamelijk onderzoek
Synovitis pols links en MCP II links, dactylitis D2 linkervoet. Nagelputjes.

#Aanvullend onderzoek
Lab en echo, zie bijlagen: CRP licht verhoogd, reumafactor en anti-CCP negatief; echo toont synovitis radiocarpaal links.

#Conclusie
Artritis psoriatica, oligoarticulair.

#Beleid
Start methotrexaat. Controle 6 weken.

Met vriendelijke groet,

dr. H. de Kort, reumatoloog
cc: patiënt
"""), (dict(ETZ, dept="Klinisch Chemisch Laboratorium"), """
=Laboratoriumuitslagen
%Patiënt|van Loon, J.W. (19-03-1973)
%Afname|28-07-2026
%Aanvrager|dr. H. de Kort, reumatologie
|!Bepaling|Uitslag|Referentie
|BSE|22 mm/u|< 15
|CRP|14 mg/l|< 10
|Reumafactor|negatief|
|Anti-CCP|negatief|
|HLA-B27|negatief|
|Urinezuur|0,36 mmol/l|0,20 - 0,42
"""), (dict(ETZ, dept="Radiologie - Echografie"), """
=Echoverslag
%Patiënt|van Loon, J.W. (19-03-1973)
%Aanvrager|dr. H. de Kort, reumatologie
%Onderzoek|Echo pols en hand links
%Datum onderzoek|28-07-2026
Verslag: synoviale verdikking radiocarpaal en MCP II links met power doppler graad 2. Tenosynovitis van de extensor carpi ulnaris. Geen erosies.
Conclusie: actieve synovitis pols en MCP II links, tenosynovitis ECU.

dr. N. Bakx, radioloog
""")], pagenum="{p}", page_header="ETZ Tilburg")
label(S, ["correspondence", "imaging-report"], "2026-08-05", author="specialist",
      style="merged platypus PDF: rheumatology letter + lab results (non-MRSA) + echo report",
      imaging="yes", operated="no", abroad="unmentioned",
      notes="middle part is a non-MRSA lab result (kinds []); 'nooit eerder geopereerd'",
      parts=[dict(kinds=["correspondence"], date="2026-08-05", author="specialist"),
             dict(kinds=[], date="2026-07-28", author="lab"),
             dict(kinds=["imaging-report"], date="2026-07-28", author="radiologist")])

# ---------------------------------------------------------------- 080
S = "zh-080-scanbundel-ok-pa-handtherapie"
MCL = dict(name="Medisch Centrum Leeuwarden", dept="Plastische Chirurgie",
           lines=["Henri Dunantweg 2", "8934 AD Leeuwarden"], style="band", color="#5a2d82")
d = CanvasDoc(out(S, "pdf"), font="helv", size=9.5, pagenum="{P}", kv_x=40)
d.add(MCL, """
=OK-verslag
%Patiënt|mw. G. Sikkema, geb. 01-08-1957
%Datum operatie|03-04-2025
%Operateur|dr. J. de Boer, plastisch chirurg
%Assistent|drs. W. Postma, AIOS
%Anesthesie|plexus axillaris
%Indicatie|M. Dupuytren linkerhand straal IV en V, PIP-contractuur V 50°
%Ingreep|dermofasciëctomie straal V met volledikte huidtransplantaat, partiële fasciëctomie straal IV links
%Verloop|Bruner-incisies. Streng IV en V verwijderd met sparen van de neurovasculaire bundels. Huid boven PIP V geëxcideerd (dermofasciëctomie), defect bedekt met volledikte huidtransplantaat uit de elleboogplooi. Tie-over verband.
%Complicaties|geen
%Nabehandeling|spalk in extensie, verbandwissel dag 7, handtherapie
""")
d.add(dict(name="Pathologie Friesland", dept="Laboratorium voor Pathologie",
           lines=["Borniastraat 34c, 8934 AD Leeuwarden"], style="left"), """
=PA-uitslag
%Patiënt|Sikkema, G., 01-08-1957
%Aanvrager|dr. J. de Boer, plastische chirurgie MCL
%Ontvangen|03-04-2025
%Materiaal|streng handpalm links + huid straal V
Microscopie: fibroblastaire/myofibroblastaire proliferatie in collageenrijk stroma, passend bij palmaire fibromatose. Huid zonder bijzonderheden.
Conclusie: palmaire fibromatose (M. Dupuytren).
%Datum verslag|08-04-2025
%Patholoog|dr. R. Visser
""")
d.add(dict(name="Handtherapie MCL", dept="", lines=["Henri Dunantweg 2, Leeuwarden"], style="left"), """
=Verslag handtherapie
%Datum|19-06-2025
%Aan|dr. J. de Boer, plastisch chirurg
%Betreft|mw. G. Sikkema
Status na dermofasciëctomie links (03-04-2025). Transplantaat volledig ingegroeid. Extensie PIP V -10° (preoperatief -50°), vuistsluiting volledig. Nachtspalk wordt gedragen. Patiënte is tevreden; de therapie wordt afgebouwd.
J. Hoekstra, handtherapeut
""")
d.save()
label(S, ["operation-report"], "2025-04-03", author="specialist",
      style="scan bundle without cover: operation report + pathology report + hand therapy report (canvas, different letterheads)",
      imaging="unmentioned", operated="yes",
      notes="only the first part is an operation report; pathology and hand therapy parts are kinds []",
      parts=[dict(kinds=["operation-report"], date="2025-04-03", author="specialist"),
             dict(kinds=[], date="2025-04-08", author="lab"),
             dict(kinds=[], date="2025-06-19", author="other")])

print("merged done")
