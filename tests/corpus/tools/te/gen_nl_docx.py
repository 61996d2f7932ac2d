"""Dutch (and Belgian-Dutch) documents as .docx (te-006, 012, 016, 028, 037, 038, 039, 040, 041, 042, 043)."""
import os

from docx.shared import Pt, Mm

from common import DOCS, new_docx, docx_header_footer, dpar, dblock, dtable, write_label

P = lambda stem: os.path.join(DOCS, stem + ".docx")


def te006():
    d = new_docx("Arial", 10)
    t = dtable(d, [["Huisartsenpraktijk De Lindeboom\nC. Visser & R. de Graaf, huisartsen\nLindenlaan 5\n"
                    "3818 GT Amersfoort\nTel. 033 - 465 12 12  |  AGB 01-047730",
                    "Datum: 27-01-2026\nOns kenmerk: RdG/verw/0127"]],
               widths_mm=(110, 60), bold_first_col=False, style=None, size=9)
    dpar(d, "")
    dblock(d, """Aan: Handkliniek Eemland
t.a.v. dr. M.L. Verschoor, plastisch chirurg
Stadsring 150
3811 HS Amersfoort

**Betreft:** dhr. J.P. (Jeroen) Aalbers, geb. 03-09-1977, Hof 22, 3811 CK Amersfoort
**BSN:** 1722 50 913

Geachte collega,

Hierbij verwijs ik de heer Aalbers, 48 jaar, voor een second opinion in verband met aanhoudende klachten na een carpaletunnelrelease links.

De heer Aalbers werkt als magazijnmedewerker en had sinds 2023 tintelingen en nachtelijke pijn in duim, wijs- en middelvinger links. Het EMG in 2024 bevestigde een carpaletunnelsyndroom links. In juni 2025 is hij in ziekenhuis De Veste geopereerd (open klieving). De nachtelijke klachten verdwenen kort, maar sinds september 2025 zijn de tintelingen terug en heeft hij daarnaast pijn in de nek met uitstraling naar de linkerarm. Een herhaald EMG (oktober 2025) liet volgens de neuroloog nog steeds een geleidingsvertraging over de pols zien, minder ernstig dan voor de operatie. Er is geen beeldvorming verricht, ook niet van de nek.

Bij mijn onderzoek: litteken rustig, Tinel over het litteken positief, Phalen na 30 seconden positief. Geen atrofie van de thenar. Spurling links twijfelachtig positief.

De behandelend plastisch chirurg ziet geen reden voor een heroperatie en adviseert afwachten. Patiënt kan zo niet werken en vraagt zich af of er toch iets over het hoofd is gezien.

**Mijn vraag aan u:** is er sprake van een onvolledige klieving of een recidief, of moeten we denken aan een andere oorzaak zoals een cervicale radiculopathie? Ik hoor graag uw visie en eventueel advies over verdere diagnostiek.

De brief van de plastisch chirurg en het operatieverslag heb ik opgevraagd en stuur ik na.

Met vriendelijke groet,


R. de Graaf, huisarts""")
    docx_header_footer(d, footer_text="Huisartsenpraktijk De Lindeboom - vertrouwelijk", page_fmt=None)
    d.save(P("te-006"))
    write_label("te-006", ["referral"], "gp", "nl", "free GP letter in Word, letterhead in borderless table",
                "no", "yes", "unmentioned", date="2026-01-27", referral_question=True,
                notes="Explicit second opinion after carpal tunnel release (operated yes, June 2025); "
                      "'Er is geen beeldvorming verricht' (EMG is not imaging); question in bold 'Mijn vraag aan u'; "
                      "history only as narrative, no voorgeschiedenis section, labelled referral only; mentions "
                      "operation report will be sent later.")


def te012():
    d = new_docx("Calibri", 11)
    dblock(d, """M. (Marja) Hendriks-Boer
Karnemelksloot 140
2806 BL Gouda
06-28 41 77 09

Handkliniek Maasoever
t.a.v. second opinion
Westzeedijk 210
3016 AK Rotterdam

Gouda, 2 februari 2026

Onderwerp: verzoek om een second opinion voor mijn linkerpols

Geachte dokter,

Via een kennis hoorde ik over uw kliniek. Ik wil graag een second opinion over mijn linkerpols, mijn huisarts (dokter Smit in Gouda) stuurt de verwijzing binnenkort op.

Wat er is gebeurd: in juni vorig jaar ben ik op vakantie in Spanje, in Nerja, van een trap gevallen. Ik ben daar naar de Clínica San Telmo gebracht, daar hebben ze een foto gemaakt en gezegd dat mijn pols gebroken was. Ik kreeg gips en moest thuis verder naar het ziekenhuis. In Nederland bleek de breuk toch scheef te staan en ben ik op 1 juli 2025 in het ziekenhuis Midden-Holland (wij zeggen altijd het ZMH) geopereerd, er zit nu een plaatje in.

Sindsdien heb ik nog steeds veel pijn aan de pinkkant van de pols en kan ik mijn hand niet goed omdraaien, bijvoorbeeld bij het afgieten van de aardappels of het opendoen van een deur. De fysiotherapeut zegt dat het niet verder vooruit gaat. De arts in het ziekenhuis zegt dat de breuk goed genezen is en dat ik moet afwachten, misschien later het plaatje eruit. Ik ben 58 en werk nog in de thuiszorg, dat lukt zo niet meer.

Ik zou graag willen weten of er nog iets aan te doen is. Ik heb de cd met foto's en de brieven van het ziekenhuis thuis liggen en kan die meesturen. De papieren uit Spanje zijn in het Spaans, ik weet niet of u daar iets mee kunt.

Alvast bedankt voor uw moeite.

Met vriendelijke groet,

Marja Hendriks-Boer
geboren 11-05-1967""")
    d.save(P("te-012"))
    write_label("te-012", [], "patient", "nl", "patient's own letter asking for a second opinion",
                "yes", "yes", "yes", date="2026-02-02",
                notes="Patient letter, not a referral even though it asks for a second opinion and is addressed 't.a.v. "
                      "second opinion'; ED care abroad named by clinic and town (Clínica San Telmo, Nerja); plate "
                      "fixation in NL; plate removal is only a possible plan; birth date under signature.")


def te016():
    d = new_docx("Calibri", 10)
    docx_header_footer(d, ["**Handkliniek Eemland**", "Vragenlijst nieuwe patiënt - hand en pols"],
                       footer_text="Versie 2025-3   Handkliniek Eemland")
    dpar(d, "Wilt u deze vragenlijst invullen en meenemen naar uw eerste afspraak? Kruis aan wat van toepassing is.",
         italic=True)
    dtable(d, [["Naam", "R.A. (Ricardo) Fernandes Lopes"], ["Geboortedatum", "23-12-1982"],
               ["Datum ingevuld", "14-02-2026"], ["Huisarts", "dokter Koster, Leusden"],
               ["Beroep", "monteur zonnepanelen"]], widths_mm=(50, 120))
    dpar(d, "")
    dpar(d, "1. Uw klachten", bold=True)
    dtable(d, [["Om welke hand gaat het?", "☐ links     ☒ rechts     ☐ beide"],
               ["Bent u rechts- of linkshandig?", "☒ rechts     ☐ links"],
               ["Sinds wanneer heeft u klachten?", "sinds het voorjaar van 2024, erger sinds de zomer"],
               ["Wat zijn uw klachten? (meerdere antwoorden mogelijk)",
                "☒ pijn   ☐ tintelingen   ☐ doof gevoel   ☒ zwelling   ☐ knappen/klikken   ☒ krachtverlies"],
               ["Hoe is het ontstaan?", "☐ ongeval   ☒ geleidelijk   ☐ weet ik niet"]],
           widths_mm=(80, 90), bold_first_col=False)
    dpar(d, "")
    dpar(d, "2. Eerdere onderzoeken en behandelingen", bold=True)
    dtable(d, [["Zijn er foto's, een echo of een MRI gemaakt van deze hand/pols?",
                "☒ ja   ☐ nee   ☐ weet ik niet\nZo ja, welke en waar: MRI pols in mei 2025, ziekenhuis Betuwe-Linge"],
               ["Bent u eerder aan deze hand of pols geopereerd?",
                "☒ ja   ☐ nee\nZo ja, welke operatie, wanneer en waar: ganglion weggehaald aan de bovenkant "
                "van de pols, 2022, ziekenhuis Betuwe-Linge"],
               ["Heeft u injecties gehad?", "☐ ja   ☒ nee"],
               ["Heeft u handtherapie of fysiotherapie gehad?", "☒ ja, 8 keer fysio in 2025"]],
           widths_mm=(80, 90), bold_first_col=False)
    dpar(d, "")
    dpar(d, "3. Algemeen", bold=True)
    dtable(d, [["Bent u in de afgelopen 2 maanden opgenomen geweest of behandeld in een ziekenhuis in het "
                "buitenland?", "☐ ja   ☒ nee"],
               ["Bent u drager van MRSA of werkt u met varkens/vleeskalveren?", "☐ ja   ☒ nee"],
               ["Gebruikt u bloedverdunners?", "☐ ja   ☒ nee"],
               ["Rookt u?", "☒ ja, 10 per dag   ☐ nee   ☐ gestopt"],
               ["Lengte en gewicht", "1,81 m / 96 kg"],
               ["Andere operaties in het verleden", "blindedarm (2001), knie meniscus rechts (2015)"]],
           widths_mm=(80, 90), bold_first_col=False)
    dpar(d, "")
    dpar(d, "4. Wat is uw vraag aan de handchirurg?", bold=True)
    dpar(d, "Ik heb weer een bult op dezelfde plek en veel pijn bij het tillen. Ik wil weten of opnieuw opereren zin "
            "heeft of dat er iets anders aan de hand is.")
    dpar(d, "")
    dpar(d, "Handtekening: R. Fernandes Lopes")
    d.save(P("te-016"))
    write_label("te-016", [], "patient", "nl", "patient intake questionnaire, answers and tick boxes in table cells",
                "yes", "yes", "no", date="2026-02-14",
                notes="Answers only as ticked boxes (☒/☐) in the cell next to the question; operated yes (ganglion "
                      "excision 2022) and MRI done; foreign hospital question answered 'nee'; appendix and meniscus "
                      "are other body parts; patient's own question is not a referral.")


def te028():
    d = new_docx("Verdana", 9)
    docx_header_footer(d, ["**AZ Sint-Elooi Kempen - campus Geel**", "Dienst Orthopedie en Traumatologie - "
                           "Hand- en polschirurgie", "J.-B. Stessensstraat 40, 2440 Geel  |  tel. +32 14 57 20 00"],
                       footer_text="AZ Sint-Elooi Kempen vzw - RPR Turnhout 0412.345.678", page_fmt=("blz. ", " / "))
    dpar(d, "")
    dtable(d, [["Geel, 23/10/2025", "Dokter Th. Claassen\nHuisartsenpraktijk Baarle\nNieuwstraat 17\n5111 CW "
                                    "Baarle-Nassau\nNederland"]], widths_mm=(80, 90), bold_first_col=False,
           style=None)
    dpar(d, "")
    dblock(d, """**Betreft:** Dhr. JANSEN Peter, ° 12/05/1971
Hoofdstraat 3, 5111 AD Baarle-Nassau (NL)
Patiëntennr. 1190377 - raadpleging dd. 21/10/2025

Geachte collega,

Ik zag uw patiënt op mijn raadpleging voor pijn aan de linkerpols.

**Voorgeschiedenis**
- 2009: scafoïdfractuur links, osteosynthese met een Herbert-schroef (elders, in Nederland)
- Appendectomie op jonge leeftijd
- Roker, 15 pakjaren

**Anamnese**
Sinds een tweetal jaar toenemende pijn radiaal aan de linkerpols, vooral bij zwaar werk (hij is stukadoor). Sinds enkele maanden ook stijfheid en krachtverlies. Geen recent trauma.

**Klinisch onderzoek**
Zwelling radiodorsaal, drukpijn tabatière en radiocarpaal. Dorsaalflexie 35° (re 70°), palmairflexie 30° (re 70°). Knijpkracht verminderd. Neurovasculair intact.

**Technische onderzoeken**
RX pols links (21/10/2025): pseudartrose van het scafoïd ter hoogte van de taille met de schroef in situ, geresorbeerd rond de schroef; artrose radioscafoïdaal, collaps met DISI-stand.
CT pols links (21/10/2025): bevestigt de non-union; sclerotische proximale pool; beginnende artrose mediocarpaal (capitolunair).

**Besluit**
SNAC-pols links stadium II à III, bij pseudartrose van het scafoïd na osteosynthese in 2009.

**Voorstel**
Als chirurgische opties werden besproken: een vierhoeksartrodese met excisie van het scafoïd, of een proximale rijcarpectomie (gezien de beginnende capitolunaire artrose minder geschikt). Pt. overweegt de ingreep, maar wenst gezien de grootte van de ingreep en zijn beroep eerst een second opinion in Nederland. Wij hebben hem de beelden op cd-rom meegegeven. In afwachting: polsbrace bij zwaar werk, NSAID's op geleide van de pijn.

Met collegiale groeten,

Dr. Koen Vermeulen
Orthopedisch chirurg - hand- en polschirurgie
RIZIV 1-23456-78-901""")
    d.save(P("te-028"))
    write_label("te-028", ["correspondence"], "specialist", "nl", "Belgian consultation letter (raadpleging), Word",
                "yes", "yes", "yes", date="2025-10-23", also_dates=["2025-10-21"],
                notes="Belgian hospital letter about a Dutch patient (treated abroad by the writing hospital); earlier "
                      "scaphoid screw fixation 2009 in NL (operated yes); new arthrodesis only proposed; 'Besluit', "
                      "'Voorstel', '°', 'dd.'; appendectomy other body part; letter older than 4 months.")


def te037():
    d = new_docx("Segoe UI", 9.5)
    docx_header_footer(d, ["**Ziekenhuis Amstelveld**", "Plastische chirurgie / Handchirurgie",
                           "Laan van Vrede 2, 1181 AE Amstelveen"], page_fmt=("pagina ", " van "),
                       footer_text="Deze brief is elektronisch ondertekend.")
    dtable(d, [["Aan", "J.W. Hoogland, huisarts\nHuisartsenpraktijk Keizer Karelpark\nSportlaan 12\n1185 TB Amstelveen"],
               ["Datum", "18 maart 2026"], ["Kenmerk", "PCH-HC/2026/1873"],
               ["Betreft", "dhr. S. (Sander) van Wijngaarden, geb. 30-01-1994, pat.nr. 8823017"],
               ["Consult", "polikliniek handchirurgie, 11-03-2026"]], widths_mm=(30, 140))
    dpar(d, "")
    dblock(d, """Geachte collega,

Uw patiënt kwam op de polikliniek voor een bespreking van de uitslagen.

**Anamnese**
Rechtshandige 32-jarige programmeur en fanatiek boulderaar. In oktober 2025 val van de klimmuur op de gestrekte rechterhand. Sindsdien dorsale polspijn, een klikkend gevoel bij steunen en verminderde kracht. Niet eerder aan de pols geopereerd. Voorgeschiedenis: VKB-reconstructie rechterknie (2019), verder blanco.

**Lichamelijk onderzoek**""")
    dtable(d, [["", "Rechts", "Links"], ["Dorsaalflexie", "55°", "80°"], ["Palmairflexie", "60°", "75°"],
               ["Drukpijn SL-interval", "++", "-"], ["Watson-test", "positief, pijnlijke klik", "negatief"],
               ["Knijpkracht (Jamar)", "34 kg", "52 kg"]], widths_mm=(60, 55, 55), header=True)
    dpar(d, "")
    dblock(d, """**Aanvullend onderzoek**
- X-pols rechts incl. clenched-fist opname (12-2025): SL-spleet 3,5 mm bij vuist, 2,0 mm in rust; scafolunaire hoek 65°.
- MR-artrografie pols rechts (19-02-2026, radiologie Amstelveld): partiële ruptuur van het dorsale deel van het SL-ligament met contrastlekkage naar het midcarpale gewricht. LT-ligament en TFCC intact. Geen artrose.

**Conclusie**
Dynamische scafolunaire instabiliteit rechts (Geissler graad II-III verwacht), na val 10-2025.

**Beleid**
Wij hebben een diagnostische en zo nodig therapeutische polsartroscopie besproken (debridement, eventueel thermische shrinkage of capsulodese). Patiënt gaat akkoord; de ingreep is gepland op 14-04-2026 in dagbehandeling. Tot die tijd geen klimtraining, polsbrace bij belasting. Preoperatieve screening volgt.

Met vriendelijke groet,

drs. T.K. Ramdin, plastisch chirurg

cc: patiënt""")
    d.save(P("te-037"))
    write_label("te-037", ["correspondence"], "specialist", "nl", "outpatient letter, header and exam in Word tables",
                "yes", "no", "unmentioned", date="2026-03-18", also_dates=["2026-03-11"],
                notes="Arthroscopy planned for 14-04-2026 (plan, not done); 'Niet eerder aan de pols geopereerd' = "
                      "no; ACL reconstruction is the knee; exam left/right comparison in a table; MR arthrography "
                      "quoted (letter is not an imaging report).")


def te038():
    d = new_docx("Times New Roman", 11)
    docx_header_footer(d, ["Huisartsenpraktijk Dorpsstraat - Heiloo"], footer_text="Samenvatting J. Prins",
                       page_fmt=("", "/"))
    dblock(d, """**SAMENVATTING MEDISCH DOSSIER**
t.b.v. second opinion hand- en polschirurgie

Datum: 2 maart 2026
Patiënt: mw. J. (Jolanda) Prins, geboren 08-02-1970
Adres: Kennemerstraatweg 455, 1851 PE Heiloo
Huisarts: B.E. Molenaar

**Actuele problemen (episodelijst)**""")
    dtable(d, [["ICPC", "Omschrijving", "Begin"],
               ["L87", "Tendovaginitis stenosans de Quervain rechts", "09-2024"],
               ["L90", "Artrose knie links", "2018"],
               ["T93", "Hypercholesterolemie", "2016"],
               ["P74", "Angststoornis", "2011"]], widths_mm=(20, 110, 30), header=True, bold_first_col=False)
    dpar(d, "")
    dblock(d, """**Voorgeschiedenis**
1995 en 1998 partus, ongecompliceerd
2004 laparoscopische sterilisatie
2018 artroscopie knie links (meniscectomie)

**Beloop van de polsklachten / recente behandelingen**
Sinds september 2024 pijn radiaal aan de rechterpols, uitstralend naar de duim, bij tillen van haar kleinkind. Finkelstein positief. Behandeld met rust, een duimspalk en tweemaal een injectie in het eerste strekpeescompartiment (11-2024, 04-2025) met telkens kortdurend effect.
06-2025 echo pols rechts (Kennemer Duin Ziekenhuis): verdikking van de pezen in het eerste compartiment met een septum tussen APL en EPB, geen ganglion.
09-2025 consult orthopedie: operatieve klieving van het eerste compartiment voorgesteld; patiënte twijfelt, vooral omdat een vriendin na een dergelijke operatie blijvende gevoelsstoornissen hield.
12-2025 handtherapie gestart (6 sessies), nauwelijks effect.
Patiënte is niet geopereerd aan de pols.

**Medicatie**""")
    dtable(d, [["Middel", "Dosering", "Sinds"],
               ["Simvastatine 20 mg", "1 dd 1 tablet 's avonds", "2016"],
               ["Sertraline 50 mg", "1 dd 1 tablet", "2011"],
               ["Diclofenac-gel 1%", "3 dd aanbrengen rechterpols", "2025"]], widths_mm=(60, 70, 30), header=True,
           bold_first_col=False)
    dpar(d, "")
    dblock(d, """**Allergieën/intoleranties:** geen bekend.
**Intoxicaties:** niet roken, alcohol 3-4 E/week.

Samengesteld door B.E. Molenaar, huisarts (AGB 01-028811)""")
    d.save(P("te-038"))
    write_label("te-038", ["history"], "gp", "nl", "GP summary letter in Word with episode and medication tables",
                "yes", "no", "unmentioned", date="2026-03-02",
                notes="GP summary for second opinion, not itself a referral (no addressee, no request); operation "
                      "proposed by orthopaedist but 'niet geopereerd aan de pols'; friend's operation is another "
                      "person; sterilisation and knee arthroscopy are other body parts.")


def te039():
    d = new_docx("Arial", 9.5)
    docx_header_footer(d, ["**VERWIJSBRIEF**", "Gezondheidscentrum Kanaleneiland - huisartsen"],
                       footer_text="Gegenereerd uit HIS op 10-02-2026", page_fmt=("Pagina ", " van "))
    rows = [["Aan", "Kliniek voor Hand- en Polschirurgie Domstad, spreekuur handchirurgie"],
            ["Van", "dr. A. Ramsaransing, huisarts, Gezondheidscentrum Kanaleneiland, Utrecht (AGB 01-071165)"],
            ["Datum", "10-02-2026"],
            ["Patiënt", "mw. R.D. (Reshma) Jagessar\ngeb. 21-07-1986\nAuriollaan 88, 3526 GG Utrecht"],
            ["Verzekering", "Zorgverzekeraar Oost, 40117722"],
            ["Specialisme", "Handchirurgie"],
            ["Reden van verwijzing", "Ulnaire polspijn links sinds september 2025 na tillen van een zware doos. Pijn "
                                     "bij draaien van de onderarm (deurklink, pan optillen), soms klik. Geen zwelling."],
            ["Vraagstelling", "TFCC-letsel? Graag diagnostiek en behandeladvies."],
            ["Relevante voorgeschiedenis", "- Astma\n- 2014 sectio caesarea\n- nov 2025 opgenomen geweest in een "
                                           "ziekenhuis in Paramaribo i.v.m. dengue (tijdens familiebezoek), 5 dagen"],
            ["Recente behandelingen", "- 10-2025 polsbrace en NSAID, onvoldoende effect\n- 01-2026 echo pols links: "
                                      "geen tenosynovitis ECU, geen ganglion; TFCC echografisch niet goed te "
                                      "beoordelen\n- fysiotherapie 01-2026 tot heden"],
            ["Medicatie", "salbutamol inhalatie zn, budesonide/formoterol 2dd1, naproxen 500 mg zn"],
            ["Allergieën", "geen"],
            ["MRSA-risico", "ziekenhuisopname buitenland < 2 maanden: nee (opname Paramaribo > 2 maanden geleden)"]]
    dtable(d, rows, widths_mm=(45, 125))
    dpar(d, "")
    dpar(d, "Met vriendelijke groet, A. Ramsaransing")
    d.save(P("te-039"))
    write_label("te-039", ["referral", "history"], "gp", "nl", "HIS-generated referral, all fields in a Word table",
                "yes", "unmentioned", "yes", date="2026-02-10", referral_question=True,
                notes="Foreign hospital named only by city (Paramaribo) and for an unrelated illness (dengue) = "
                      "treated abroad yes; awkward MRSA-risk line with 'nee (> 2 maanden)'; sectio is another body "
                      "part; question 'TFCC-letsel?' asks diagnostics; ultrasound done.")


def te040():
    d = new_docx("Calibri", 10)
    docx_header_footer(d, ["**Ziekenhuis Amstelveld - Spoedeisende Hulp**", "SEH-brief aan de huisarts"],
                       page_fmt=("Pagina ", " van "))
    dtable(d, [["Patiënt", "Mw. C.J. (Carolien) Dekker-van Loon", "Geboren", "14-11-1962"],
               ["Huisarts", "J.W. Hoogland, Amstelveen", "SEH-bezoek", "02-09-2025 11:25"],
               ["Behandelaar", "drs. N. Bos, SEH-arts KNMG", "Supervisor", "dr. P. Kuipers, orthopedie"]],
           widths_mm=(25, 60, 25, 60))
    dpar(d, "")
    dblock(d, """Geachte collega,

**Reden van komst:** pijn linkerpols na val.

**Anamnese:** patiënte is op 26-08-2025 tijdens een fietsvakantie in de Dordogne (Frankrijk) gevallen op de gestrekte linkerhand. Zij heeft ter plaatse geen arts bezocht en de pols zelf ingetapet. Na terugkomst in Nederland aanhoudende pijn radiaal en dorsaal, daarom vandaag via u naar de SEH. Geen eerdere klachten of letsels aan deze pols. Geen operaties in de voorgeschiedenis. Voorgeschiedenis: hypothyreoïdie, migraine.

**Lichamelijk onderzoek:** zwelling dorsoradiaal pols links. Drukpijn distale radius en tabatière. Pijnlijke dorsaalflexie. Geen drukpijn processus styloideus ulnae. Neurovasculair intact.

**Aanvullend onderzoek:** X-pols links met scaphoidserie: geen fractuur, geen verbreding van de SL-spleet. Geen luxatie.

**Conclusie:** distorsie pols links; scaphoidfractuur klinisch niet uitgesloten.

**Beleid:** onderarm-duimspalk (gips) voor 10 dagen, daarna klinische controle op de gipskamer/poli orthopedie. Bij persisterende drukpijn in de tabatière: aanvullend CT of MRI. Paracetamol en zo nodig naproxen. Instructies voor het gips meegegeven.

Met collegiale groet,

drs. N. Bos, SEH-arts""")
    d.save(P("te-040"))
    write_label("te-040", ["correspondence"], "specialist", "nl", "emergency department letter to GP (Word)",
                "yes", "no", "no", date="2025-09-02",
                notes="Fall on holiday in France without care there ('ter plaatse geen arts bezocht'), care in NL ED = "
                      "treated_abroad no; X-ray done with negated findings; CT/MRI conditional plan; 'Geen "
                      "operaties in de voorgeschiedenis'; ED physician counted as specialist/hospital letter.")


def te041():
    d = new_docx("Arial", 9)
    docx_header_footer(d, ["**VitaalZorg Verzekeringen**", "Afdeling Zorgadvies - Postbus 9120, 3007 AC Rotterdam"],
                       footer_text="Formulier ZA-214 (01-2026)", page_fmt=("blad ", "/"))
    dpar(d, "Aanvraag vooraf: vergoeding second opinion medisch specialist", bold=True, size=13)
    dpar(d, "Stuur dit formulier met een kopie van de verwijzing naar ons op. Wij beoordelen uw aanvraag binnen 10 "
            "werkdagen.", italic=True)
    dtable(d, [["Naam verzekerde", "T.M. (Thijs) Brouwer"], ["Geboortedatum", "02-08-2001"],
               ["Polisnummer / relatienummer", "80041273 / 5519204"], ["Adres", "Pluvierstraat 19, 8031 CD Zwolle"],
               ["Telefoon / e-mail", "06-1904 3318 / t.brouwer01@voorbeeldmail.nl"]], widths_mm=(60, 110))
    dpar(d, "")
    dtable(d, [["Voor welk specialisme vraagt u een second opinion aan?", "handchirurgie / plastische chirurgie"],
               ["Bij welke zorgaanbieder?", "Handkliniek Eemland, Amersfoort"],
               ["Wie is uw huidige behandelaar?", "plastisch chirurg, ziekenhuis De Veste, Zwolle"],
               ["Heeft u een verwijzing van uw huisarts of specialist?", "☒ ja (kopie bijgevoegd)   ☐ nee"],
               ["Vindt (een deel van) de behandeling plaats in het buitenland?", "☐ ja   ☒ nee"],
               ["Reden van de second opinion (kort)", "twijfel over voorgestelde operatie aan mijn duim (skiduim), "
                                                      "wil weten of het ook zonder kan"],
               ["Is er een wachttijd bij uw huidige behandelaar?", "☐ ja   ☒ nee"]], widths_mm=(90, 80),
           bold_first_col=False)
    dpar(d, "")
    dpar(d, "Ondertekening", bold=True)
    dpar(d, "Ik verklaar dit formulier naar waarheid te hebben ingevuld.")
    dtable(d, [["Plaats en datum", "Zwolle, 16-01-2026"], ["Handtekening", "T. Brouwer"]], widths_mm=(60, 110))
    d.save(P("te-041"))
    write_label("te-041", [], "other", "nl", "insurer pre-authorisation form with tick boxes in table",
                "unmentioned", "unmentioned", "no", date="2026-01-16",
                notes="Insurance form filled in by patient; 'Vindt de behandeling plaats in het buitenland? nee' refers "
                      "to the planned second opinion - labelled no but arguable (could be unmentioned); proposed "
                      "thumb operation is a plan.")


def te042():
    d = new_docx("Calibri", 10.5)
    docx_header_footer(d, ["**Handkliniek Maasoever**"], footer_text="Handkliniek Maasoever - Westzeedijk 210, 3016 AK "
                                                                       "Rotterdam", page_fmt=None)
    dpar(d, "Machtiging voor het opvragen van medische gegevens", bold=True, size=13)
    dblock(d, """Ondergetekende,

Naam: Hr. D. (Dennis) Vermaat
Geboortedatum: 30-03-1975
Adres: Boezemsingel 77, 3034 EH Rotterdam

geeft hierbij toestemming aan Handkliniek Maasoever om de onderstaande medische gegevens (brieven, operatieverslagen, verslagen en beelden van röntgenfoto's, echo, CT en MRI) op te vragen bij de volgende zorgverleners, uitsluitend ten behoeve van mijn second opinion:""")
    dtable(d, [["Zorgverlener", "Afdeling / arts", "Periode", "Betreft"],
               ["Clínica Mediterránea de Traumatología, Marbella (Spanje)", "Dr. A. Ruiz Peña, traumatología",
                "05-2024", "operatie rechterpols na val (plaat)"],
               ["Ziekenhuis Schiedam-Vlaardingen", "orthopedie / dr. Pels", "2024 - heden", "nacontrole, "
                                                                                         "fysiotherapie-verwijzing"],
               ["Huisartsenpraktijk Kralingen-Oost", "dr. Y. Tahiri", "laatste 5 jaar", "huisartsjournaal"]],
           widths_mm=(55, 40, 25, 50), header=True, bold_first_col=False, size=9)
    dblock(d, """
Deze machtiging is geldig tot 12 maanden na ondertekening. Ik ben ervan op de hoogte dat ik deze toestemming op ieder moment kan intrekken.

Plaats: Rotterdam          Datum: 09-01-2026

Handtekening: D. Vermaat""")
    d.save(P("te-042"))
    write_label("te-042", [], "patient", "nl", "consent form (machtiging) with table of providers",
                "unmentioned", "yes", "yes", date="2026-01-09",
                notes="Consent form, no kind; the providers table says the right wrist was operated (plate) in a clinic "
                      "in Marbella in 05-2024 = operated yes and treated abroad yes; the list of record types "
                      "(röntgen, echo, CT, MRI) is generic, so imaging unmentioned.")


def te043():
    d = new_docx("Garamond", 11)
    dblock(d, """**Dr. Charlotte Lambert - De Smet**
Huisarts - Médecin généraliste
Groepspraktijk Sint-Gillis / Cabinet médical Saint-Gilles
Waterloosesteenweg 312, 1060 Brussel
Tel. 02 537 18 44 - RIZIV 1-98765-43-210

Brussel, 12/02/2026

Aan de dienst hand- en polschirurgie
Handkliniek Maasoever
Westzeedijk 210
3016 AK Rotterdam, Nederland

**Betreft:** Mevrouw Sofie Peeters, ° 17/09/1988, Rue de la Victoire 150, 1060 Saint-Gilles

Geachte Confrater,

Graag verwijs ik u Mevr. Peeters, 37 jaar, Nederlandstalig, pianiste van beroep, met de vraag naar uw advies.

Op 04/01/2026 viel zij op de ijzel op haar rechterhand. Zij werd dezelfde dag gezien op de spoedgevallendienst van de Clinique du Parc Léopold te Elsene. De RX toonde een fractuur van de basis van het vijfde metacarpale rechts, weinig verplaatst. Zij werd conservatief behandeld met een gipsspalk gedurende vier weken, er werd geen ingreep uitgevoerd. De controle-RX op 02/02/2026 toont consolidatie in lichte flexiestand.

Sindsdien merkt zij bij het sluiten van de vuist dat de pink over de ringvinger kruist (scissoring), wat voor haar beroep zeer storend is. De orthopedist ter plaatse vindt de stand aanvaardbaar en stelt voor af te wachten. Patiënte werkt regelmatig in Rotterdam en wenst uitdrukkelijk een tweede mening bij u.

**Vraag:** is er sprake van een rotatiefout die een correctie-osteotomie rechtvaardigt, en zo ja, wanneer zou u die plannen?

Medicatie: geen. Allergie: latex.
Antecedenten: geen relevante.

In bijlage de verslagen van de spoedgevallendienst en de radiologie. De beelden volgen op cd.

Met collegiale groeten,

Dr. Ch. Lambert - De Smet""")
    d.save(P("te-043"))
    write_label("te-043", ["referral"], "gp", "nl", "Belgian GP referral (Brussels, French-flavoured Dutch)",
                "yes", "no", "yes", date="2026-02-12", referral_question=True,
                notes="Belgian GP refers to a Dutch clinic; ED care at a Brussels clinic (abroad from the NL clinic's "
                      "view); 'er werd geen ingreep uitgevoerd' = operated no; osteotomy only asked about; "
                      "'Geachte Confrater', '°', 'Antecedenten: geen relevante' (no history section with treatments).")


if __name__ == "__main__":
    for f in (te006, te012, te016, te028, te037, te038, te039, te040, te041, te042, te043):
        f()
        print("ok", f.__name__)
