"""zh-021 .. zh-030: discharge letters (ontslagbrief / klinische brief)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from zh_common import *

# ---------------------------------------------------------------- 021
S = "zh-021-klinische-brief-orif-met-ok-verslag"
canvas_pdf(out(S, "pdf"), dict(name="Noordwest Ziekenhuisgroep", dept="Chirurgie - sectie Traumachirurgie",
                              lines=["Wilhelminalaan 12", "1815 JD Alkmaar", "072 548 4444", "AGB 06010412"],
                              style="left", logo=True, color="#0064a8"), """
=KLINISCHE BRIEF
%Datum|17 maart 2026
%Aan|dhr. drs. K. Schoenmaker, huisarts, Huisartsenpraktijk De Hoef, Alkmaar
%Betreft|mw. J.P. Dekker-Zwaan, geb. 06-06-1949, patiëntnr. 3317702
%Opname|12-03-2026
%Ontslag|15-03-2026
%Afdeling|Chirurgie, verpleegafdeling B3

Geachte collega,

Uw patiënte werd opgenomen op onze afdeling chirurgie in verband met een distale radiusfractuur rechts.

#Opnamediagnose
Gedisloceerde intra-articulaire distale radiusfractuur rechts (AO 23-C2) na val van de fiets op 11 maart 2026.

#Anamnese en onderzoek
Op de SEH werd een duidelijke standsafwijking van de rechterpols gezien, sensibiliteit intact. Röntgenfoto en CT-scan pols rechts (11-03-2026) toonden een meerfragmentaire intra-articulaire fractuur met dorsale kanteling van 30 graden en een stap in het gewrichtsvlak van 2 mm. Na gesloten repositie onder hematoomblok onvoldoende stand.

#Operatie
%Datum operatie|13-03-2026
%Operateur|dr. F.J. Commandeur, traumachirurg
%Assistent|drs. M. Yilmaz, AIOS heelkunde
%Anesthesie|plexus brachialis blokkade (infraclaviculair) met sedatie
%Ingreep|open repositie en interne fixatie met volaire hoekstabiele plaat (2,4 mm) distale radius rechts
%Antibiotica|cefazoline 2 g i.v. preoperatief
Verslag: Bloedleegte bovenarm. Gemodificeerde Henry-benadering volair, incisie over de FCR-pees. Pronator quadratus radiaal ingesneden en opzij geklapt. Fractuur vrijgelegd, hematoom verwijderd. Repositie van de dorsale fragmenten via ligamentotaxis en een interfragmentair elevatorium, tijdelijke fixatie met K-draden. Plaatsing van een volaire hoekstabiele plaat, distaal 6 hoekstabiele schroeven en proximaal 3 corticale schroeven. Doorlichting in twee richtingen: goede repositie, gewrichtsvlak congruent, geen intra-articulaire schroeven. K-draden verwijderd. Pronator quadratus gereponeerd, huid intracutaan gesloten. Drukverband en dorsale gipsspalk. Bloedleegtetijd 58 minuten.
%Complicaties|geen
%Nabehandeling|gipsspalk 2 weken, daarna brace en handtherapie; wondcontrole na 10-14 dagen

#Beloop
Ongecompliceerd postoperatief beloop, pijn goed onder controle met paracetamol en zo nodig oxycodon. Postoperatieve röntgenfoto goede stand. Ontslag op dag 2 na de operatie.

#Medicatie bij ontslag
paracetamol 1000 mg 4 dd; oxycodon 5 mg zo nodig max. 4 dd (3 dagen); overige thuismedicatie ongewijzigd.

#Beleid
Controle polikliniek traumachirurgie met wondcontrole op 25-03-2026. Verwijzing handtherapie meegegeven.

Met vriendelijke groet,

dr. F.J. Commandeur, traumachirurg
mede namens drs. M. Yilmaz, AIOS

_cc: patiënte, Thuiszorg Kennemerland
""", kv_x=36, hyph=True, doc_running="Klinische brief - mw. J.P. Dekker-Zwaan, geb. 06-06-1949",
           pagenum="Pagina {p} van {n}", doc_footer="Noordwest Ziekenhuisgroep  ·  locatie Alkmaar")
label(S, ["correspondence", "operation-report"], "2026-03-17",
      style="HiX klinische brief with embedded operation section (operator, assistant, procedure, verslag)",
      imaging="yes", operated="yes",
      notes="discharge letter that contains a full operation description -> also operation-report; running header on page 2")

# ---------------------------------------------------------------- 022
S = "zh-022-ontslagbrief-pch-revisie-ctr"
docx_file(out(S, "docx"), dict(name="Alrijne Ziekenhuis", dept="Plastische, Reconstructieve en Handchirurgie - Dagbehandeling",
                              lines=["Simon Smitweg 1, 2353 GA Leiderdorp", "071 582 8282"]), """
=Ontslagbrief dagbehandeling
%Datum|04-09-2026
%Aan|Huisartsenpraktijk Oegstgeest-Noord, mw. dr. H. van Rijn
%Patiënt|mw. E.M. Jacobs, geboren 19-04-1970
%Opnamedatum|03-09-2026
%Ontslagdatum|03-09-2026

Geachte collega,

Uw patiënte werd in dagbehandeling opgenomen.

#Diagnose
Recidief carpaletunnelsyndroom links, status na carpaletunnelrelease links elders (2021).

#Ingreep
03-09-2026: revisie carpaletunnelrelease links met neurolyse n. medianus.

#Beloop
Ongecompliceerd. Patiënte is dezelfde middag in goede conditie naar huis gegaan.

#Medicatie bij ontslag
Paracetamol 1 g max 4 dd zo nodig, naproxen 500 mg 2 dd gedurende 5 dagen.

#Afspraken
Drukverband 2 dagen hoog houden. Hechtingen verwijderen bij de huisarts (praktijkondersteuner) na 10-12 dagen. Controle poli plastische chirurgie over 6 weken.

Met vriendelijke groet,

drs. T. Bouwman, arts-assistent plastische chirurgie
namens dr. K.L. Visscher, plastisch chirurg

cc: patiënte
""", lh_in_header=True, kv_table=True, footer="Alrijne Zorggroep")
label(S, ["correspondence"], "2026-09-04", style="day-care discharge letter docx, one-line procedure mention",
      imaging="unmentioned", operated="yes",
      notes="operation only named in one line (no operator/description): correspondence, not an operation report")

# ---------------------------------------------------------------- 023
S = "zh-023-ontslagbrief-orthopedie-heup"
txt_file(out(S, "txt"), None, """
ST JANSDAL - ORTHOPEDIE
Wethouder Jansenlaan 90, 3844 DG Harderwijk | 0341 46 33 33

ONTSLAGBRIEF

Harderwijk, 12 augustus 2025

Aan: dhr. B. Mulder, huisarts, Praktijk Stadsdennen, Harderwijk
Betreft: mevrouw W. van den Brink-Post, geb. 30-01-1947

Opnamedatum: 05-08-2025
Ontslagdatum: 09-08-2025

Geachte collega,

Diagnose: primaire coxartrose links.
Operatie: 05-08-2025 totale heupprothese links (anterieure benadering).

Beloop: Postoperatief voorspoedig herstel, mobiliseren met rollator onder begeleiding van de fysiotherapeut. Postoperatieve röntgenfoto bekken/heup links toont een goede positie van de prothesecomponenten. Hb postoperatief 6,9 mmol/l, geen transfusie.

Nevenbevinding: patiënte is tevens bekend met artrose van de duimbasis rechts waarvoor zij onder behandeling is bij de handchirurg in het Meander MC; zij is daarvoor niet geopereerd. Het lopen met de rollator is daardoor pijnlijk; een aangepaste handgreep is geadviseerd.

Medicatie bij ontslag: paracetamol 1 g 4 dd, dalteparine 5000 IE 1 dd gedurende 4 weken, macrogol zo nodig.

Beleid: controle polikliniek orthopedie over 6 weken met röntgenfoto. Hechtingen zijn oplosbaar.

Met vriendelijke groet,

drs. A.J. Timmer, orthopedisch chirurg

cc: patiënte
""", width=None)
label(S, ["correspondence"], "2025-08-12", also_dates=[], style="plain text discharge letter, hip replacement",
      imaging="yes", operated="no",
      notes="operated on the hip (other body part); hand problem explicitly 'niet geopereerd' -> no; post-op hip X-ray = imaging done")

# ---------------------------------------------------------------- 024 (English)
S = "zh-024-discharge-summary-tenosynovitis-en"
platypus_pdf(out(S, "pdf"), [(dict(name="Leiden University Medical Center (LUMC)", dept="Department of Plastic Surgery",
                                    lines=["Albinusdreef 2", "2333 ZA Leiden", "The Netherlands", "+31 71 526 9111"],
                                    color="#001158"), """
=Discharge Summary
%Patient|Ms. Priya Raghunathan
%Date of birth|11/09/1993
%LUMC number|9120455
%Admitted|19/07/2026
%Discharged|23/07/2026
%General practitioner|Dr. M. Koning, Huisartsenpraktijk Stevenshof, Leiden
%Date of letter|24/07/2026

Dear Dr. Koning,

Your patient, an Indian postdoctoral researcher at Leiden University, was admitted to our ward and is now discharged. This summary is written in English at her request.

#Diagnosis
Pyogenic flexor tenosynovitis of the right index finger after a cat bite (17/07/2026).

#Presentation
She presented to our Emergency Department with a swollen, flexed and very painful index finger: all four Kanavel signs present. CRP 64 mg/l. X-ray of the right hand showed soft tissue swelling without gas, foreign body or bony involvement.

#Procedure
Incision and drainage with irrigation of the flexor tendon sheath of the right index finger on 19/07/2026 (acute list).

#Course
Intravenous amoxicillin-clavulanic acid for 3 days, then oral. Rapid improvement of swelling and pain. Cultures: Pasteurella multocida, sensitive to amoxicillin. Hand therapy started on day 2.

#Medication on discharge
amoxicillin-clavulanic acid 875/125 mg three times daily until 02/08/2026; paracetamol as needed.

#Follow-up
Wound check at the plastic surgery outpatient clinic on 28/07/2026; hand therapy twice weekly.

Kind regards,

Dr. E. Rosier, resident plastic surgery
Dr. J.A. van der Meulen, plastic surgeon

cc: patient
""")], page_header="LUMC Plastic Surgery - Discharge Summary - Raghunathan, P. (11/09/1993)", pagenum="Page {p} of {n}",
             kv_widths=(42, 123))
label(S, ["correspondence"], "2026-07-24", language="en",
      style="English discharge summary from Dutch university hospital (platypus)",
      imaging="yes", operated="yes",
      notes="procedure on the hand named in one line only (no operator/description) -> not an operation report; X-ray done")

# ---------------------------------------------------------------- 025
S = "zh-025-klinische-brief-antalya-orif"
html_to_pdf(out(S, "pdf"), [(dict(name="Flevoziekenhuis", dept="Heelkunde / Traumatologie",
                                   lines=["Hospitaalweg 1", "1315 RA Almere", "036 868 8888"]), """
=Klinische brief
Almere, 2 oktober 2025

Aan: Huisartsenpraktijk Almere Haven, dhr. J. Verhoef, huisarts
Betreft: dhr. O. Kaya, geboren 01-01-1975 (BSN bekend)

*Opname:* 25-09-2025 t/m 28-09-2025, afdeling chirurgie

Geachte collega,

#Reden van opname
Operatieve behandeling van een distale radiusfractuur rechts, opgelopen in Turkije.

#Voorgeschiedenis
Op 6 september 2025 viel dhr. Kaya tijdens familiebezoek in Antalya van een trap. Hij werd opgenomen in het Akdeniz Üniversitesi Hastanesi (Antalya), waar een gesloten repositie en gipsimmobilisatie plaatsvond; hij verbleef daar 3 nachten. Na terugkomst in Nederland toonde de röntgenfoto op onze poli (22-09-2025) secundaire dislocatie.

#Operatieverslag
*Datum operatie:* 26-09-2025
*Operateur:* dr. S. de Haan, chirurg-traumatoloog
*Assistent:* drs. L. Sprenger, ANIOS chirurgie
*Anesthesie:* algehele anesthesie
*Indicatie:* secundair gedisloceerde distale radiusfractuur rechts, 3 weken oud
*Ingreep:* osteotomie door de malunion-in-wording, open repositie en volaire plaatosteosynthese distale radius rechts
*Beschrijving:* Volaire FCR-benadering, callus verwijderd, fractuur gemobiliseerd en gereponeerd onder doorlichting. Fixatie met een volaire hoekstabiele plaat (7 distale schroeven). Controle doorlichting: herstel van radiale lengte en volaire tilt. Wondsluiting in lagen, gipsspalk.
*Complicaties:* geen

#Beloop
Voorspoedig. In verband met de opname in een buitenlands ziekenhuis werd patiënt bij opname in isolatie verpleegd en werd een MRSA-screening afgenomen; deze was negatief, waarna de isolatie werd opgeheven.

#Ontslagmedicatie
paracetamol 1 g 4 dd; ibuprofen 400 mg 3 dd 5 dagen.

#Beleid
Controle poli over 2 weken met röntgenfoto. Handtherapie start na gipsverwijdering.

Met vriendelijke groet,

dr. S. de Haan, chirurg-traumatoloog
""")], font="DejaVu Sans", size=9.5)
label(S, ["correspondence", "operation-report"], "2025-10-02", also_dates=[],
      style="LibreOffice-converted discharge letter with operatieverslag section, bold inline labels",
      imaging="yes", operated="yes", abroad="yes",
      notes="admitted in Antalya hospital (abroad); full operation section -> also operation report; MRSA result only mentioned (not a lab result)")

# ---------------------------------------------------------------- 026
S = "zh-026-ontslagbrief-trauma-belgie-kdraad"
docx_file(out(S, "docx"), dict(name="ZGT Ziekenhuisgroep Twente", dept="Traumachirurgie",
                              lines=["Zilvermeeuw 1, 7609 PP Almelo", "088 708 7870"]), """
Almelo, 19 juni 2026

Huisartsenpraktijk Schelfhorst
t.a.v. mevrouw dr. R. Nijland
Schelfhorst 14
7608 AB Almelo

ONTSLAGBRIEF

Betreft: dhr. F.G. Ten Dam, geb. 04-11-2012 (13 jaar)
Opname: 16-06-2026  Ontslag: 17-06-2026

Geachte collega,

Uw patiënt viel op 14 juni 2026 tijdens een fietsvakantie met zijn ouders in de Belgische Ardennen op de linkerhand. In België is hij niet bij een arts of ziekenhuis geweest; de ouders hebben de pols met een sporttape gestabiliseerd. Na thuiskomst op 16 juni werd hij op onze SEH gezien.

Diagnose: gedisloceerde distale radiusfractuur links (epifysair, Salter-Harris II), röntgenologisch vastgesteld.

Behandeling: gesloten repositie en percutane K-draadfixatie onder algehele anesthesie op 16-06-2026; bovenarmgips.

Beloop: ongecompliceerd, goede pijnstilling, circulatie en sensibiliteit intact. Ontslag de volgende ochtend.

Medicatie: paracetamol volgens gewicht.

Beleid: controle gipskamer over 1 week met röntgenfoto; verwijderen K-draden op de poli na 4 weken.

Met vriendelijke groet,

drs. C. Nijenhuis, ANIOS chirurgie
dr. P. Wessels, traumachirurg

cc: ouders van patiënt
""", lh_in_header=False, font="Times New Roman", size=11)
label(S, ["correspondence"], "2026-06-19", style="discharge letter docx, Belgium fall without care",
      imaging="yes", operated="yes", abroad="no",
      notes="fall in Belgium but explicitly no care there, operated in NL (K-wires, one-line mention without operator description)")

# ---------------------------------------------------------------- 027
S = "zh-027-ontslagbrief-neurologie-cva"
txt_file(out(S, "txt"), dict(name="Gelre ziekenhuizen Apeldoorn", dept="Afdeling Neurologie / Stroke Unit",
                            lines=["Albert Schweitzerlaan 31, 7334 DZ Apeldoorn"]), """
Ontslagbrief neurologie

Datum: 8 mei 2026
Huisarts: Huisartsenpraktijk De Maten, mw. S. Rutgers
Patiënt: dhr. H.J. Wolters, geb. 16-08-1944
Opnameperiode: 30-04-2026 - 07-05-2026

Geachte collega,

Diagnose: ischemisch CVA links (lacunair infarct capsula interna links) met paralyse rechterhand.

Anamnese bij opname: acuut ontstane krachtsverlies en onhandigheid van de rechterhand tijdens het ontbijt. Geen hoofdpijn. Voorgeschiedenis: hypertensie, atriumfibrilleren (geen antistolling wegens eerdere maagbloeding 2019). Familieanamnese: dochter recent geopereerd aan een carpaletunnelsyndroom; patiënt zelf dacht aanvankelijk dat ook hij een 'zenuwbeknelling' had.

Aanvullend onderzoek: CT-cerebrum en CTA (30-04-2026): geen bloeding, geen occlusie van grote vaten; lacunair infarct links. MRI-hersenen niet verricht. Echo carotiden: geen significante stenose.

Beloop: geen trombolyse (buiten tijdvenster). Gestart met apixaban na overleg MDL. Kracht rechterhand verbeterd naar MRC 4. Ergotherapie en fysiotherapie gestart.

Ontslag naar: huis, met poliklinische revalidatie.

Medicatie bij ontslag: apixaban 5 mg 2 dd, atorvastatine 40 mg 1 dd, metoprolol 50 mg 1 dd, pantoprazol 40 mg 1 dd.

Beleid: controle neurologie over 6 weken; poliklinische revalidatie (hand- en armfunctie).

Met vriendelijke groet,

drs. R. Kleinjan, AIOS neurologie
dr. T. Hulshof, neuroloog
""", width=88)
label(S, ["correspondence"], "2026-05-08", style="neurology discharge letter text export",
      imaging="yes", operated="unmentioned",
      notes="daughter's carpal tunnel operation is family history; CT brain and carotid echo = imaging done (not of the hand); hand weakness from stroke")

# ---------------------------------------------------------------- 028
S = "zh-028-klinische-brief-dupuytren-operatie"
docx_file(out(S, "docx"), dict(name="Rijnstate", dept="Plastische Chirurgie - Handchirurgie",
                              lines=["Wagnerlaan 55, 6815 AD Arnhem", "088 005 8888", "AGB 06010705"]), """
=Klinische brief (kortverblijf)
%Datum|16 januari 2026
%Aan|dhr. dr. P. Ebbers, huisarts, Huisartsenpraktijk Presikhaaf, Arnhem
%Patiënt|dhr. L.J. Hermsen, 22-05-1956
%Opname / ontslag|13-01-2026 / 14-01-2026

Geachte collega,

#Diagnose
Ziekte van Dupuytren linkerhand, stralen IV en V, met flexiecontractuur MCP V 50° en PIP V 45°.

#Operatieverslag
%Datum|13-01-2026
%Operateur|dr. A.G. Peters, plastisch chirurg
%Assistent|drs. M. de Wit, AIOS plastische chirurgie
%Anesthesie|regionaal (plexus axillaris)
%Ingreep|partiële fasciëctomie (aponeurectomie) stralen IV en V links
%Verloop|Bloedleegte. Brunner-incisie over straal V, V-Y-plastiek proximaal. Identificatie en sparen van de neurovasculaire bundels radiair en ulnair van straal V; de spiraalstreng rondom de ulnaire bundel werd nauwkeurig vrijgeprepareerd. Excisie van de pretendineuze strengen IV en V en de centrale streng tot op PIP-niveau. Na excisie volledige MCP-extensie, PIP V restcontractuur 15°, geen release van het volaire plaatsysteem. Bloedleegte opgeheven, goede capillaire refill alle vingers. Hemostase, huid gesloten met Ethilon 5-0. Drukverband en dorsale extensiespalk.
%Complicaties|geen
%Nabehandeling|spalk dag en nacht 1 week, daarna nachtspalk 3 maanden; handtherapie

#Beloop
Eén nacht opgenomen in verband met pijnbestrijding. Ontslag in goede conditie.

#Medicatie
paracetamol, zo nodig tramadol 50 mg.

#Beleid
Wondcontrole en hechtingen verwijderen poli plastische chirurgie 24-01-2026. Handtherapie binnen 5 dagen (verwijzing meegegeven).

Met vriendelijke groet,

dr. A.G. Peters, plastisch chirurg

cc: patiënt; Handtherapie Rijnstate
""", lh_in_header=True, kv_table=True, kv_grid=False)
label(S, ["correspondence", "operation-report"], "2026-01-16",       style="docx klinische brief with full operation report table",
      imaging="unmentioned", operated="yes",
      notes="discharge letter containing a complete operation description -> both kinds")

# ---------------------------------------------------------------- 029
S = "zh-029-ontslagbrief-heelkunde-appendectomie"
canvas_pdf(out(S, "pdf"), dict(name="Ikazia Ziekenhuis", dept="Chirurgie",
                              lines=["Montessoriweg 1", "3083 AN Rotterdam", "010 297 5000"], style="right", color="#e2007a"), """
Aan:
Huisartsenpraktijk Charlois
dhr. A. Verschoor, huisarts
Boergoensevliet 200
3082 RN Rotterdam

Rotterdam, 28-10-2026

*Betreft:* mevrouw K. Baars, geb. 12-06-1994
*Opname:* 24-10-2026 tot en met 26-10-2026

Geachte heer Verschoor,

Uw patiënte werd opgenomen op de afdeling chirurgie met een acute appendicitis.

*Diagnose:* ongecompliceerde appendicitis acuta.
*Aanvullend onderzoek:* echo abdomen (24-10-2026): niet-comprimeerbare appendix 9 mm met omgevend infiltraat, geen abces.
*Ingreep:* laparoscopische appendectomie op 24-10-2026.
*Beloop:* ongecompliceerd; ontslag op dag 2.
*PA:* volgt, wordt op de poli besproken.

Overigens vermeldde patiënte bij opname dat zij een triggerfinger van de rechterduim heeft waarvoor zij binnenkort een second opinion wil bij een handkliniek; zij is daarvoor nooit geopereerd. Wij hebben hierin geen beleid gemaakt.

*Medicatie bij ontslag:* paracetamol 1 g max. 4 dd.
*Controle:* telefonisch spreekuur over 2 weken.

Met vriendelijke groet,

drs. J. Hoogendoorn, ANIOS chirurgie
namens dr. C.M. van Dam, chirurg
""", font="helv", size=10, pagenum=None, doc_footer="Ikazia Ziekenhuis Rotterdam - Chirurgie")
label(S, ["correspondence"], "2026-10-28", style="short discharge letter, bold inline labels, appendectomy",
      imaging="yes", operated="no",
      notes="appendectomy = other body part; trigger thumb explicitly 'nooit geopereerd' -> operated no; abdominal echo = imaging done (not the hand)")

# ---------------------------------------------------------------- 030 (English)
S = "zh-030-discharge-letter-wrist-fusion-en"
canvas_pdf(out(S, "pdf"), dict(name="Albert Schweitzer ziekenhuis", dept="Orthopaedics & Trauma Surgery",
                              lines=["Albert Schweitzerplaats 25", "3318 AT Dordrecht", "+31 78 654 1111"], style="center"), """
Discharge Letter

Dordrecht, May 15, 2026

To: Dr. A. Hoogvliet, Huisartsenpraktijk Sterrenburg, Dordrecht
Patient: Mr. Michael T. Brennan, born March 3, 1971 (hospital no. 4021187)
Admission: May 11, 2026 - Discharge: May 14, 2026

Dear Dr. Hoogvliet,

Mr. Brennan, an American engineer working in Dordrecht, was admitted for elective surgery.

Diagnosis: post-traumatic pancarpal osteoarthritis of the right wrist (SNAC stage III) after a scaphoid fracture in 2014. The original injury was treated non-operatively at Universitätsklinikum Frankfurt, Germany, where he lived at the time.

Operation: total wrist arthrodesis right with dorsal plate and iliac crest bone graft (May 12, 2026).

Course: uneventful. Good pain control with an axillary catheter for 24 hours. Check X-ray: plate in good position.

Medication at discharge: paracetamol 1 g four times daily, celecoxib 200 mg twice daily for one week, oxycodone 5 mg as needed (max 3 days).

Plan: cast for 6 weeks; outpatient review with X-ray on May 26, 2026 (wound check) and at 6 weeks. Hand therapy after cast removal.

Kind regards,

Dr. W.J. Schipper, orthopaedic surgeon

cc: patient
""", font="times", size=11, pagenum="{p} / {n}")
label(S, ["correspondence"], "2026-05-15", language="en",
      style="English discharge letter from Dutch hospital, inline labels, centered letterhead",
      imaging="yes", operated="yes", abroad="yes",
      notes="one-line operation mention (no operator/description); earlier treatment in Frankfurt university hospital = treated abroad")

print("klinisch done")
