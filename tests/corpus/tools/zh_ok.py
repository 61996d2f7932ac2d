"""zh-031 .. zh-044: operation reports (operatieverslag / OK-verslag) as forms."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from zh_common import *

# ---------------------------------------------------------------- 031
S = "zh-031-ok-verslag-ctr"
canvas_pdf(out(S, "pdf"), dict(name="Ziekenhuis Amstelland", dept="Plastische Chirurgie",
                              lines=["Laan van de Helende Meesters 8", "1186 AM Amstelveen", "020 755 7000"],
                              style="left", logo=True, color="#3f7f3f"), """
=OK-VERSLAG
%Patiënt|mw. I.J. Kroon
%Geboortedatum|14-02-1963
%Patiëntnummer|1882934
%Datum operatie|22-10-2026
%Operateur|dr. S.M. van Aalst, plastisch chirurg
%Assistent|mw. drs. E. Bakker, AIOS plastische chirurgie
%Anesthesie|lokaal (WALANT), lidocaïne 1% met adrenaline 20 ml
%Indicatie|carpaletunnelsyndroom rechts, EMG-bevestigd, onvoldoende effect spalk
%Ingreep|open carpaletunnelrelease rechts
%Verloop|Geen bloedleegte (WALANT). Longitudinale incisie van 2,5 cm in de handpalm in het verlengde van de radiale rand van de ringvinger. Klieven van de palmaire fascie. Ligamentum carpi transversum onder zicht over de volle lengte gekliefd, proximaal ook de antebrachiale fascie over 2 cm. N. medianus ingesnoerd en hyperemisch, geen ruimte-innemend proces, motorische tak intact. Hemostase. Huid gesloten met Prolene 4-0 enkelvoudig. Steriel verband.
%Complicaties|geen
%Bloedverlies|minimaal
%Nabehandeling|drukverband 2 dagen, hand hoog houden, direct vingers bewegen; hechtingen eruit na 10-14 dagen bij huisarts; controle PA/VS over 6 weken (telefonisch)

_Elektronisch ondertekend door dr. S.M. van Aalst op 22-10-2026 14:07
""", kv_x=40, pagenum="Pagina {p} van {n}", doc_footer="Ziekenhuis Amstelland - Plastische Chirurgie - AGB 06010617")
label(S, ["operation-report"], "2026-10-22", style="two-column OK-verslag form, canvas, labels bold in separate runs",
      imaging="unmentioned", operated="yes", notes="classic form; EMG in indication is not imaging")

# ---------------------------------------------------------------- 032
S = "zh-032-operatie-triggerfinger-zonder-titel"
docx_file(out(S, "docx"), dict(name="Tergooi MC", dept="Plastische, Reconstructieve en Handchirurgie",
                              lines=["Laan van Tergooi 2, 1212 VG Hilversum", "088 753 1753"]), """
%Naam|dhr. R.F. Swart
%Geb. datum|09-09-1958
%Datum|03-06-2026
%Operateur|drs. K. Lammers, plastisch chirurg
%Assistent|OK-assistent J. Baas
%Anesthesie|lokale infiltratie
%Pre-operatieve diagnose|tendovaginitis stenosans digitus IV links
%Verrichting|release A1-pulley D4 links (open)
%Beschrijving|Transversale incisie distale handpalmplooi ter hoogte van straal IV. Stomp prepareren, neurovasculaire bundels opzij gehouden. A1-ringband geïdentificeerd, verdikt, longitudinaal gekliefd. Actief buigen en strekken door patiënt: geen triggering meer, geen bowstringing. Huid met 2 hechtingen Ethilon 4-0.
%Complicaties|geen
%Nabehandeling|pleister, bewegen toegestaan, hechtingen verwijderen na 10 dagen bij huisarts; geen standaard controle
""", lh_in_header=True, kv_table=True, kv_grid=True, footer="Tergooi MC - documentnr. OKV-3320987")
label(S, ["operation-report"], "2026-06-03", style="docx grid table without title",
      imaging="unmentioned", operated="yes", notes="no title at all; kind only from the fields (Operateur, Verrichting, Beschrijving)")

# ---------------------------------------------------------------- 033
S = "zh-033-operatieverslag-dupuytren-hix"
txt_file(out(S, "txt"), None, """
Martini Ziekenhuis - Plastische Chirurgie                          Afdrukdatum: 12-02-2026 09:41
Van Swietenplein 1, 9728 NT Groningen

Operatieverslag
Patiënt:        mw. H. Veenstra-Dijkstra     Geboortedatum: 27-11-1952     Patnr: 30119245

Operatiedatum:  11-02-2026
Operateur:      dr. B.H. Koops, plastisch chirurg
Assistent(en):  drs. R. Jansma (AIOS)
Anesthesioloog: dr. T. Smid
Anesthesie:     plexus axillaris
Bloedleegte:    bovenarm 250 mmHg, 64 min

Indicatie:
Ziekte van Dupuytren rechterhand straal IV, contractuur MCP 45 graden, PIP 30 graden. Tafeltest positief.

Ingreep:
Beperkte fasciëctomie straal IV rechts.

Verslag:
Zigzag-incisie (Bruner) van distale handpalmplooi tot PIP-plooi D4. Identificatie neurovasculaire bundels proximaal in de handpalm, vervolgens naar distaal vervolgd. Pretendineuze streng en spiraalstreng volledig geëxcideerd; ulnaire digitale zenuw werd door de spiraalstreng naar mediaal verplaatst, deze is gespaard. Na excisie MCP volledig strekbaar, PIP rest-flexie 10 graden. Bloedleegte af, alle vingers goed doorbloed. Hemostase met bipolaire coagulatie. Sluiting met Ethilon 5-0, Y-V plastiek ter hoogte van de basisfalanx. Vet gaasverband, gipsspalk in extensie.

Complicaties: geen
PA: streng naar pathologie (routine)

Nabehandeling:
- gipsspalk 1 week, dan thermoplastische nachtspalk 3 maanden
- handtherapie start binnen 1 week
- hechtingen verwijderen dag 12 op de poli

B.H. Koops, plastisch chirurg - geautoriseerd 11-02-2026 16:22
""", width=None)
label(S, ["operation-report"], "2026-02-11", style="HiX plain-text operation report printout with print date",
      imaging="unmentioned", operated="yes",
      notes="print date (12-02-2026) differs from operation date; date chosen = operation/authorisation date")

# ---------------------------------------------------------------- 034
S = "zh-034-ok-verslag-orif-radius"
canvas_pdf(out(S, "pdf"), dict(name="Medisch Centrum Leeuwarden", dept="Afdeling Traumachirurgie",
                              lines=["Henri Dunantweg 2", "8934 AD Leeuwarden", "058 286 6666"], style="band", color="#5a2d82"), """
=Operatieverslag
%Patiënt|dhr. S.J. Hoekstra, geb. 19-02-1981, nr. 7720013
%Opnamenummer|OPN-2026-117734
%Datum operatie|30 juli 2026
%Snijtijd|10:42 - 11:55
%Operateur|dr. G. Bosma, traumachirurg
%Assistent|drs. P. Zijlstra, AIOS heelkunde
%Anesthesist|drs. L. van der Wal
%Anesthesie|algehele anesthesie + plexusblok
%Indicatie|Gedisloceerde distale radiusfractuur links met volaire kanteling (Smith), na val van de steiger 28-07-2026.
%Ingreep|Open repositie en interne fixatie (ORIF) distale radius links, volaire plaat.
%Positie|Rugligging, arm op armtafel, bloedleegte bovenarm.
%Beschrijving|Volaire benadering volgens Henry. Pronator quadratus losgemaakt. Fractuur gereponeerd met tractie en directe manipulatie. Volaire hoekstabiele plaat geplaatst met buttress-functie. Doorlichting AP en lateraal: fractuur anatomisch, plaat goed gepositioneerd, schroeven niet intra-articulair en niet door de dorsale cortex. Spoelen, sluiten in lagen, intracutaan hechten.
%Implantaten|Volaire distale radiusplaat, 7 schroeven (LOT-nr. in EPD)
%Complicaties|Geen.
%Bloedverlies|< 50 ml
%Nabehandeling|Onderarmgipsspalk 2 weken; wondcontrole poli dag 12; röntgencontrole 6 weken postoperatief.

Dr. G. Bosma
""", kv_x=38, font="helv", size=9.5, pagenum="pag. {p}")
label(S, ["operation-report"], "2026-07-30", style="band letterhead OK form, canvas two-column",
      imaging="yes", operated="yes",
      notes="intra-operative fluoroscopy (doorlichting) = X-ray imaging of the patient; 'Traumachirurgie' department")

# ---------------------------------------------------------------- 035 (English)
S = "zh-035-operation-note-ip-arthrodesis-en"
canvas_pdf(out(S, "pdf"), dict(name="Bernhoven", dept="Plastic, Reconstructive and Hand Surgery",
                              lines=["Nistelrodeseweg 10", "5406 PT Uden", "The Netherlands"], style="right", color="#7a9a01"), """
=OPERATION NOTE
_English version prepared at the patient's request

%Patient|Mr. Erik Lindqvist
%DOB|18/04/1966
%Hospital no.|BH-6639021
%Date of surgery|09/12/2025
%Surgeon|Dr. M.A. Gerritsen, plastic surgeon
%Assistant|Dr. F. Roos (resident)
%Anaesthesia|regional (axillary block)
%Indication|painful post-traumatic osteoarthritis of the interphalangeal joint of the left thumb
%Procedure|arthrodesis of the IP joint, left thumb, with headless compression screw
%Findings|destroyed articular cartilage, marginal osteophytes, IP joint unstable in radial direction
%Description|Dorsal H-shaped incision over the IP joint. Extensor pollicis longus tendon split longitudinally. Collateral ligaments released, cartilage removed to bleeding subchondral bone with a rongeur and burr, congruent surfaces shaped in 10 degrees of flexion. Guide wire retrograde, position checked with mini-C-arm. Headless compression screw inserted antegrade from the tip of the distal phalanx. Good compression and stability. EPL repaired with 4-0 PDS, skin closed with 5-0 nylon.
%Complications|none
%Post-op instructions|thumb spica splint 6 weeks; sutures out at 12 days; X-ray at 6 weeks

Signed: M.A. Gerritsen, 09/12/2025
""", font="helv", size=9.5, kv_x=36, pagenum="Page {p} of {n}")
label(S, ["operation-report"], "2025-12-09", language="en",
      style="English operation note from Dutch hospital, form layout",
      imaging="yes", operated="yes", notes="arthrodesis; intra-operative mini-C-arm check = imaging")

# ---------------------------------------------------------------- 036
S = "zh-036-operatieverslag-ganglion-excisie"
platypus_pdf(out(S, "pdf"), [(dict(name="Elkerliek ziekenhuis", dept="Chirurgie (Heelkunde)",
                                    lines=["Wesselmanlaan 25", "5707 HA Helmond", "0492 59 55 55"], color="#00a0af"), """
=Operatieverslag
%Patiënt|mw. N. Smulders, 30-03-1992
%Datum|14-04-2025
%Operateur|dr. J. van den Heuvel, chirurg
%Assistent|drs. S. Maas, ANIOS
%Anesthesie|algehele anesthesie (larynxmasker)
%Indicatie|Recidiverend dorsaal polsganglion rechts na tweemaal aspiratie, hinderlijk bij werk als kapster.
%Ingreep|Excisie dorsaal polsganglion rechts.

#Verloop
Bloedleegte. Transversale incisie dorsaal over het ganglion. Extensorretinaculum tussen het 3e en 4e compartiment geopend; EPL en extensor digitorum opzij gehouden. Ganglion met steel tot aan het scafolunaire ligament vrijgeprepareerd en in toto verwijderd, inclusief een klein deel van het kapsel. SL-ligament intact. Kapsel open gelaten. Retinaculum en huid gesloten. Drukverband.

%Complicaties|Geen
%PA|ganglion ter histologie
%Nabehandeling|Drukverband 3 dagen, daarna vrij bewegen. Hechtingen na 12 dagen bij de huisarts. Poli-controle 6 weken.

dr. J. van den Heuvel
""")], pagenum="Pagina {p} van {n}", page_header="Elkerliek ziekenhuis - OK-complex Helmond", kv_widths=(35, 130))
label(S, ["operation-report"], "2025-04-14", style="platypus operation report with table fields and heading",
      imaging="unmentioned", operated="yes", notes="aspirations are not operations but excision is")

# ---------------------------------------------------------------- 037
S = "zh-037-ok-endoscopische-ctr-zonder-titel"
canvas_pdf(out(S, "pdf"), dict(name="Canisius Wilhelmina Ziekenhuis", dept="Afdeling Plastische Chirurgie",
                              lines=["Weg door Jonkerbos 100", "6532 SZ Nijmegen", "024 365 8765"], style="center"), """
%Patiënt|Dhr. W.A.M. Arts
%Geboren|3 jan. 1960
%Datum ingreep|4 nov. 2026
%Operateur|drs. C. Smit, plastisch chirurg
%Assistent|-
%Anesthesie|lokaal + bloedleegte (Bier-blok)
%Indicatie|CTS links, recidiverende nachtelijke klachten, EMG ernstig
%Ingreep|endoscopische carpaletunnelrelease links (single portal, Agee)
%Verloop|Transversale incisie 1,5 cm in de distale polsplooi ulnair van de PL-pees. Antebrachiale fascie geopend. Synoviale elevator, endoscoop ingebracht; goed zicht op de transversale vezels van het retinaculum flexorum. Onder zicht volledig gekliefd van distaal naar proximaal. Controle: geen resterende vezels, n. medianus vrij. Sluiting met 2 hechtingen.
%Complicaties|geen
%Nabehandeling|drukverband 48 uur; hechtingen verwijderen na 10 dagen; terug naar werk (kantoor) na 1 week
""", kv_x=34, kv_bold=False, font="times", size=10.5, pagenum=None,
           doc_footer="CWZ  -  Plastische Chirurgie  -  OK-registratie 2026-4417")
label(S, ["operation-report"], "2026-11-04", style="untitled two-column form, non-bold labels, abbreviated month date",
      imaging="unmentioned", operated="yes", notes="no title; endoscope is not imaging; '4 nov. 2026' date format")

# ---------------------------------------------------------------- 038
S = "zh-038-operatieverslag-stt-artrodese"
html_to_pdf(out(S, "pdf"), [(dict(name="VieCuri Medisch Centrum", dept="Orthopedie en Handchirurgie",
                                   lines=["Tegelseweg 210", "5912 BL Venlo", "077 320 5555"]), """
=OPERATIEVERSLAG
%Patiënt|mevr. A.C. Peeters-Geurts
%Geboortedatum|08-05-1955
%Datum operatie|17-03-2025
%Operateur|dr. L.H. Janssen, orthopedisch chirurg
%Assistent|dr. T. Cremers, orthopedisch chirurg
%Anesthesie|plexus brachialis + sedatie
%Indicatie|symptomatische STT-artrose rechts, conservatieve behandeling (spalk, 2x injectie) zonder blijvend effect
%Ingreep|STT-artrodese (scafotrapeziotrapezoidaal) rechts met bottransplantaat distale radius
#Verloop
Dorsoradiale incisie. Kapsel opengezet, STT-gewricht in beeld: volledig kraakbeenverlies. Kraakbeen verwijderd tot subchondraal bot. Spongiosa gewonnen uit de distale radius via een apart venster. Scafoïd in neutrale stand (radioscafoïdhoek 55 graden) gefixeerd met 3 K-draden naar trapezium en trapezoideum, bottransplantaat ingebracht. Controle met de C-boog: goede stand. K-draden onderhuids afgeknipt. Sluiting in lagen.
%Complicaties|geen
%Nabehandeling|onderarmgips met duimstuk 6 weken; K-draden verwijderen na consolidatie (planning na röntgenfoto op 6 weken)

L.H. Janssen
""")], font="Arial", size=10)
label(S, ["operation-report"], "2025-03-17", style="LibreOffice-converted HTML operation report, table fields",
      imaging="yes", operated="yes", notes="arthrodesis; C-arm check = imaging; department 'Orthopedie en Handchirurgie'")

# ---------------------------------------------------------------- 039
S = "zh-039-verrichtingsverslag-naaldfasciotomie"
docx_file(out(S, "docx"), dict(name="Beatrixziekenhuis (Rivas Zorggroep)", dept="Chirurgie - Handenspreekuur",
                              lines=["Banneweg 57, 4204 AA Gorinchem", "0183 64 44 44"]), """
=Verrichtingsverslag poliklinische ingreep
%Patiënt|dhr. D.J. Verwoerd, geb. 02-02-1950
%Datum verrichting|2025-09-23
%Uitvoerend arts|dr. E. Kranendonk, chirurg
%Assistentie|verpleegkundige poli-OK
%Verdoving|lokaal, lidocaïne 1% zonder adrenaline, subcutaan
%Indicatie|Dupuytren-streng handpalm rechts straal V, MCP-contractuur 35 graden, geen PIP-betrokkenheid
%Verrichting|percutane naaldfasciotomie (PNF) straal V rechts
%Verloop|Met een 25G naald op 4 punten in de handpalm de streng geperforeerd en gefenestreerd. Na passieve extensie scheurt de streng: volledige MCP-extensie. Kleine huidscheur (2 mm) op de plaats van de streng, steri-strip.
%Complicaties|kleine huidlaceratie, verder geen; sensibiliteit vingers intact
%Nabehandeling|pleister 2 dagen; nachtspalk 6 weken; controle 3 maanden
""", lh_in_header=False, kv_table=False, font="Calibri", size=10.5)
label(S, ["operation-report"], "2025-09-23", style="docx procedure report (tab-stop fields), ISO date",
      imaging="unmentioned", operated="yes",
      notes="percutaneous needle fasciotomy titled 'verrichtingsverslag' rather than operatieverslag")

# ---------------------------------------------------------------- 040
S = "zh-040-ok-verslag-plaatverwijdering"
txt_file(out(S, "txt"), None, """
ZIEKENHUIS RIVIERENLAND TIEL - Chirurgie/Traumatologie

OK-VERSLAG

Pat:        mw. T. de Ridder                 geb 1987-06-24
Datum OK:   2026-01-20
Operateur:  drs. H.N. Kwakkel, chirurg
Assistent:  drs. B. Teunissen, PA chirurgie
Anesthesie: regionaal (IVRA)

Indicatie:  irritatie van de buigpezen door osteosynthesemateriaal distale radius links, status na ORIF (volaire plaat) op 12-05-2025 in ons ziekenhuis. Fractuur geconsolideerd op de röntgenfoto van 09-12-2025.

Ingreep:    verwijderen osteosynthesemateriaal distale radius links

Verloop:    Incisie via het oude litteken. Plaat vrijgelegd, FPL-pees licht gerafeld over de distale rand van de plaat, verder intact. Alle 9 schroeven en de plaat verwijderd. Spoelen, sluiten.

Compl.:     geen
Nabeh.:     drukverband, vrij bewegen, hechtingen 10-14 dagen, geen poli-controle tenzij klachten
""", width=None)
label(S, ["operation-report"], "2026-01-20", style="terse plain-text OK form, ISO dates",
      imaging="yes", operated="yes",
      notes="hardware removal; mentions prior ORIF and a prior X-ray (imaging done)")

# ---------------------------------------------------------------- 041
S = "zh-041-operatieverslag-trapeziectomie"
canvas_pdf(out(S, "pdf"), dict(name="Franciscus Gasthuis & Vlietland", dept="Plastische, Reconstructieve en Handchirurgie",
                              lines=["Kleiweg 500", "3045 PM Rotterdam", "010 461 6161"], style="left"), """
=Operatieverslag
%Patiënt|Mevrouw C.M. de Vries-Kok (geb. 11-11-1958)
%Datum|Rotterdam, 8 september 2025
%Operateur|dr. I. Haverkamp, plastisch chirurg
%Assistent|drs. O. Demir, AIOS plastische chirurgie
%Anesthesie|algehele anesthesie en lokaal blok
%Indicatie|CMC-1 artrose links, Eaton III, pijn ondanks brace en injectie
%Ingreep|trapeziectomie met ligamentreconstructie en peesinterpositie (LRTI, halve FCR-pees) links
%Verloop|Dorsoradiale incisie over de duimbasis, r. superficialis n. radialis gespaard. Kapsel T-vormig geopend, trapezium in delen verwijderd. FCR-pees half geoogst via twee kleine incisies op de onderarm, door een boorgat in de basis van MC I gehaald en op zichzelf gehecht; rest opgerold als interpositie. Kapsel gesloten, huid intracutaan.
%Complicaties|geen
%Nabehandeling|duimgips 4 weken, daarna spalk en handtherapie; controle poli 2 weken
""", kv_x=30, font="helv", size=10, hyph=True)
label(S, ["operation-report"], "2025-09-08", style="canvas form with place+date value",
      imaging="unmentioned", operated="yes", notes="date given as 'Rotterdam, 8 september 2025' inside a field")

# ---------------------------------------------------------------- 042
S = "zh-042-operatieverslag-scafoid-innsbruck"
platypus_pdf(out(S, "pdf"), [(dict(name="Meander Medisch Centrum", dept="Orthopedie & Traumatologie (Traumachirurgie)",
                                    lines=["Maatweg 3", "3813 TZ Amersfoort", "033 850 5050"], color="#a0003c"), """
%Patiënt|dhr. J.P. van Beek
%Geboortedatum|25-08-1997
%Datum operatie|11-02-2026
%Operateur|dr. M. Roelofs, traumachirurg
%Assistent|drs. A. Lam, AIOS
%Anesthesie|algehele anesthesie
%Indicatie|Scafoïdwaistfractuur rechts (Herbert B2), opgelopen bij skiongeval op 31-01-2026 in Oostenrijk. Aldaar op de afdeling Unfallchirurgie van de Universitätsklinik Innsbruck behandeld met CT-scan en scafoïdgips. Op CT (Meander, 09-02-2026) dislocatie van 1,5 mm.
%Ingreep|percutane schroeffixatie scafoïd rechts (volaire benadering, gecanuleerde headless compressieschroef)
%Verloop|Pols in extensie over een rol. Onder doorlichting voerdraad via het tuberculum van het scafoïd centraal in de lengteas ingebracht. Lengte gemeten, geboord, schroef 24 mm geplaatst. Controle doorlichting in 4 richtingen: fractuur gereduceerd, schroef centraal, niet protruderend. Huid 1 hechting.
%Complicaties|geen
%Nabehandeling|brace 2 weken, daarna functioneel; CT na 8 weken ter beoordeling van consolidatie
""")], pagenum=None, page_header="Meander MC  -  Operatieverslag  -  dhr. J.P. van Beek", grid_kv=True, kv_widths=(35, 130))
label(S, ["operation-report"], "2026-02-11", style="platypus grid form without title, page header names the kind",
      imaging="yes", operated="yes", abroad="yes",
      notes="no document title (only page header); earlier treatment at Innsbruck university clinic (abroad); CT and fluoroscopy")

# ---------------------------------------------------------------- 043
S = "zh-043-ok-dequervain-zonder-titel"
txt_file(out(S, "txt"), dict(name="Dijklander Ziekenhuis", dept="Chirurgie, locatie Hoorn",
                            lines=["Maelsonstraat 3, 1624 NP Hoorn"]), """
Patiënt            : mw. R. Groot, 17-10-1990
Datum              : 15-05-2026
Operateur          : dr. A. Pronk, chirurg
Assistent          : geen
Anesthesie         : lokaal
Diagnose           : tendovaginitis de Quervain rechts, recidief na 2 injecties
Verrichting        : klieven eerste extensorcompartiment rechts
Beschrijving       : Transversale incisie 2 cm over het 1e compartiment. Takjes r. superficialis n. radialis geïdentificeerd en gespaard. Compartiment dorsaal gekliefd; apart subcompartiment voor de EPB eveneens geopend. Pezen glijden vrij. Huid 3 hechtingen.
Complicaties       : geen
Nabehandeling      : drukverband 2 dagen, hechtingen verwijderen na 12 dagen bij de huisarts
""", width=None)
label(S, ["operation-report"], "2026-05-15", style="untitled plain-text form with aligned colons",
      imaging="unmentioned", operated="yes", notes="no title; only fields identify the kind")

# ---------------------------------------------------------------- 044
S = "zh-044-ok-verslag-buigpeesherstel"
docx_file(out(S, "docx"), dict(name="HagaZiekenhuis", dept="Plastische Chirurgie / Handchirurgie",
                              lines=["Els Borst-Eilersplein 275, 2545 AA Den Haag", "070 210 0000"]), """
=OK-verslag
%Datum operatie|23 augustus 2026 (spoed, avondprogramma)
%Patiënt|dhr. K. Boukhari, geb. 12-12-1999
%Operateur|drs. P. Schaap, plastisch chirurg
%Assistent|drs. N. Teeuwen, AIOS
%Anesthesie|algehele anesthesie
%Indicatie|snijwond (glas) volair D3 links, zone II, volledige doorsnijding FDP en FDS, ulnaire digitale zenuw doorgesneden
%Ingreep|primair herstel FDP (4-strands) en FDS D3 links, zenuwhechting n. digitalis ulnaris D3

#Verloop
Bloedleegte. Wond verlengd volgens Bruner. Peesstompen opgezocht; proximale stomp FDP uit de handpalm teruggehaald. Kernsteek 4-strands (Adelaide) met Fiberwire 3-0, epitendineuze doorlopende hechting 6-0 Prolene. FDS beide slippen gehecht. A2 en A4 intact, A3 gedeeltelijk geventd. Zenuw epineuraal gehecht met 9-0 nylon onder de microscoop. Goede glijding. Huid Ethilon 5-0.

%Complicaties|geen
%Nabehandeling|dorsale blokkeerspalk; handtherapie volgens vroege actieve mobilisatie vanaf dag 3
""", lh_in_header=True, kv_table=True, font="Arial", size=10)
label(S, ["operation-report"], "2026-08-23", style="docx OK-verslag with borderless table fields",
      imaging="unmentioned", operated="yes", notes="acute tendon repair; date with extra text in field")

print("ok done")
