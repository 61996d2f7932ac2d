"""Letters written as .docx / flat .odt and converted to PDF with LibreOffice
(te-010, 033, 034, 036, 058, 064). Intermediate files go to a temp dir; only the PDF lands in docs/."""
import os
import tempfile

from common import (DOCS, new_docx, docx_header_footer, dpar, dblock, dtable, write_label, soffice_pdf, fodt)

TMP = tempfile.mkdtemp(prefix="te_soffice_")
P = lambda stem: os.path.join(DOCS, stem + ".pdf")


def via_docx(stem, d):
    src = os.path.join(TMP, stem + ".docx")
    d.save(src)
    soffice_pdf(src, P(stem))


def via_fodt(stem, xml):
    src = os.path.join(TMP, stem + ".fodt")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(xml)
    soffice_pdf(src, P(stem))


def te010():
    d = new_docx("Liberation Sans", 9.5)
    docx_header_footer(d, ["**Ziekenhuis De Wielingen**", "Traumachirurgie - Zeilmakersweg 14, 4382 NP Vlissingen - "
                           "0118 - 42 50 00"], footer_text="Ontslagbrief M.E. Dobbelaar, 02-12-1966",
                       page_fmt=("Pagina ", " van "))
    dtable(d, [["Aan", "mw. T. de Kok, huisarts, Huisartsenpraktijk Oost-Souburg, Kanaalstraat 4, 4388 BL Oost-Souburg"],
               ["Datum", "12 januari 2026"], ["Betreft", "mw. M.E. Dobbelaar, geb. 02-12-1966, pat.nr. 1209934"],
               ["Opname", "08-01-2026 t/m 10-01-2026, afdeling chirurgie C2"]], widths_mm=(30, 140))
    dpar(d, "")
    dpar(d, "ONTSLAGBRIEF", bold=True, size=12)
    dblock(d, """Geachte collega,

Uw patiënte werd van 8 tot en met 10 januari 2026 opgenomen op onze afdeling voor operatieve behandeling van een polsfractuur links.

**Opnamediagnose**
Secundair gedisloceerde intra-articulaire distale radiusfractuur links (AO 23-C2).

**Nevendiagnosen**
Hypertensie. Status na laparoscopische hemicolectomie rechts (2019, coloncarcinoom, curatief).

**Voorgeschiedenis van het huidige probleem**
Patiënte viel op 3 januari 2026 tijdens wintersport in het Stubaital (Oostenrijk) op de piste op haar uitgestrekte linkerhand. Zij werd in de Unfallambulanz in Innsbruck behandeld: röntgenfoto, gesloten repositie onder hematoomblok en een dorsale gipsspalk. Na terugkeer naar Nederland meldde zij zich op 7 januari op onze SEH. De controlefoto liet een secundaire dislocatie zien met dorsale kanteling van 25 graden en een stap in het gewrichtsvlak. Een CT-scan van de pols (07-01-2026) bevestigde een intra-articulaire fractuur met een dorsaal-ulnair fragment (die-punch).

**Operatie**
Datum: 09-01-2026
Operateur: dr. K. Hoekstra, traumachirurg; assistent: drs. P. Wisse, AIOS chirurgie
Anesthesie: plexus infraclaviculair, sedatie; bloedleegte bovenarm 250 mmHg, 72 minuten
Ingreep: open repositie en interne fixatie distale radius links met een volaire hoekstabiele plaat (2,4 mm, 3-gaats schacht)
Beschrijving: gemodificeerde Henry-benadering via de FCR-schede. M. pronator quadratus radiaal ingekliefd en opgelicht. Fractuurhematoom verwijderd. Repositie van het dorsaal-ulnaire fragment via ligamentotaxis en een kleine joystick-K-draad. Plaat geplaatst onder doorlichting, distaal zes hoekstabiele schroeven subchondraal, proximaal drie corticale schroeven. Doorlichting in vier richtingen: herstel van palmaire kanteling (+6 graden) en radiale inclinatie, congruent gewrichtsvlak, geen intra-articulaire schroeven. DRUG stabiel bij ballottement. Pronator quadratus gereinsereerd. Subcutaan Monocryl 3-0, huid intracutaan. Drukverband en volaire gipsspalk.
Complicaties: geen.

**Beloop**
Ongecompliceerd postoperatief beloop. Goede pijnstilling met paracetamol en oxycodon eerste dag. De vingers zijn goed doorbloed en sensibel. Postoperatieve foto's: goede stand. Patiënte werd bij opname in verband met de recente behandeling in een buitenlands ziekenhuis preventief geïsoleerd; de MRSA-kweken (neus, keel, perineum) waren negatief, waarna de isolatie werd opgeheven.

**Medicatie bij ontslag**
Paracetamol 1000 mg 4dd zo nodig; naproxen 250 mg 2dd zo nodig, max 5 dagen; losartan 50 mg 1dd (ongewijzigd).

**Beleid**
Gipsspalk 2 weken. Poli-controle traumachirurgie met wondcontrole en hechtingen verwijderen op 23-01-2026, daarna start handtherapie. Controlefoto na 6 weken.

Met vriendelijke groet,

dr. K. Hoekstra, traumachirurg

Kopie: patiënte""")
    via_docx("te-010", d)
    write_label("te-010", ["correspondence", "operation-report"], "specialist", "nl",
                "discharge letter (Word->PDF via LibreOffice) with full operation section",
                "yes", "yes", "yes", date="2026-01-12", also_dates=["2026-01-10"],
                notes="Discharge letter with complete operation section (date, operator, anaesthesia, description) = "
                      "also operation report; first care in an Austrian trauma outpatient department named only by "
                      "city (Innsbruck) = treated abroad; MRSA cultures mentioned (not a lab result); hemicolectomy "
                      "other body part.")


def te033():
    blocks = [
        ("h", "Microbiologisch Laboratorium Twente-Achterhoek"),
        ("small", "Hengelosestraat 250, 7521 AK Enschede  -  tel. 053 - 487 25 00  -  www.mlta-voorbeeld.nl"),
        ("p", ""),
        ("h", "UITSLAG BACTERIOLOGISCH ONDERZOEK - EINDUITSLAG"),
        ("kv", [("Patiënt", "Wessels, G. (dhr.)"), ("Geboortedatum", "08-08-1971"),
                ("Aanvrager", "M. Roelofs, huisarts, Huisartsenpraktijk Neede"),
                ("Monsternummer", "2026-0310-4481"), ("Afnamedatum", "10-03-2026"),
                ("Datum uitslag", "13-03-2026"),
                ("Indicatie", "MRSA-screening i.v.m. verwijzing naar de handchirurg. Risicofactor: beroepsmatig "
                              "contact met levende varkens (varkenshouder).")]),
        ("p", ""),
        ("p", "**Materiaal: neus** - MRSA AANGETOOND (Staphylococcus aureus, mecA-positief)"),
        ("p", "**Materiaal: keel** - geen MRSA gekweekt"),
        ("p", "**Materiaal: perineum** - geen MRSA gekweekt"),
        ("p", ""),
        ("p", "**Gevoeligheidsbepaling (isolaat neus)**"),
        ("kv", [("Oxacilline / flucloxacilline", "R"), ("Clindamycine", "S"), ("Co-trimoxazol", "S"),
                ("Doxycycline", "R"), ("Mupirocine", "S"), ("Fusidinezuur", "S"), ("Vancomycine", "S (MIC 1)")]),
        ("p", ""),
        ("p", "**Commentaar:** Patiënt is drager van MRSA (veegerelateerd type, CC398 waarschijnlijk; typering "
              "volgt). Overleg met de afdeling infectiepreventie van de ontvangende instelling vóór opname of een "
              "ingreep. Dekolonisatiebehandeling (mupirocine neuszalf en chloorhexidine-wassingen, 5 dagen) kan "
              "worden overwogen; controlekweken niet eerder dan 1 week na afloop."),
        ("p", ""),
        ("p", "Uitslag telefonisch doorgegeven aan de aanvrager op 13-03-2026 om 11:20 (assistente praktijk Neede)."),
        ("p", "Gevalideerd: dr. S. Nijhuis, arts-microbioloog"),
    ]
    via_fodt("te-033", fodt(blocks, font="Liberation Sans", size=10,
                            footer="MLTA - monsternummer 2026-0310-4481 - pagina 1"))
    write_label("te-033", ["mrsa-screening"], "lab", "nl", "microbiology result from flat ODT via LibreOffice",
                "unmentioned", "unmentioned", "unmentioned", date="2026-03-13", also_dates=["2026-03-10"],
                notes="Positive MRSA screening (carrier, livestock-associated) - a valid MRSA result whose content "
                      "matters (carrier cannot be operated); risk factor is pig contact, not foreign hospital; "
                      "susceptibility table as label/value cells.")


def te034():
    d = new_docx("Cambria", 10)
    docx_header_footer(d, ["**Medisch Centrum Lindenhove**", "Neurologie en Klinische Neurofysiologie",
                           "Anninksweg 61, 7557 CX Hengelo"], footer_text="MC Lindenhove - Neurologie",
                       page_fmt=("Pagina ", " van "))
    dblock(d, """Hengelo, 4 december 2025

Aan: mw. H.J. Oude Groeniger, huisarts
Gezondheidscentrum Hasseler Es
Tuindorpstraat 2
7555 CS Hengelo

Betreft: mw. Y. Brinkman, geboren 27-06-1970
Ons kenmerk: NEU/25/33019

Geachte collega,

Op 25 november 2025 zag ik uw patiënte op de polikliniek neurologie in verband met tintelingen in beide handen. Aansluitend werd op 1 december een EMG en een echografie van de n. medianus verricht.

**Anamnese**
Sinds ongeveer een jaar 's nachts tintelingen en een doof gevoel in duim, wijs- en middelvinger, rechts meer dan links. Laat dingen vallen met de rechterhand. Geen nekpijn. Werkt als kassamedewerker.
Voorgeschiedenis: 2018 microdiscectomie L5-S1 links wegens HNP, daarna klachtenvrij; diabetes mellitus type 2 (sinds 2021); obesitas (BMI 34).

**Neurologisch onderzoek**
Lichte atrofie thenar rechts, abductie duim rechts MRC 4. Hypesthesie in het verzorgingsgebied van de n. medianus rechts, links minimaal. Tinel beiderzijds positief, Phalen rechts na 15 seconden positief. Reflexen symmetrisch, geen pathologische reflexen. Geen aanwijzingen voor een cervicale radiculopathie of polyneuropathie (sensibiliteit voeten intact).

**Aanvullend onderzoek**
EMG (01-12-2025): ernstig carpaletunnelsyndroom rechts (distale motorische latentie 7,1 ms, sensibele respons dig II afwezig), matig carpaletunnelsyndroom links. Geen aanwijzingen voor een polyneuropathie.
Echografie n. medianus (01-12-2025): dwarsdoorsnede ter hoogte van de ingang van de carpale tunnel rechts 16 mm2, links 12 mm2 (normaal < 10 mm2). Geen ruimte-innemend proces, geen persisterende a. mediana.

**Conclusie**
Carpaletunnelsyndroom beiderzijds, rechts ernstig met axonale schade, links matig.

**Beleid**
Gezien de ernst en de thenaratrofie adviseren wij rechts een operatieve decompressie op korte termijn; wij stellen voor patiënte hiervoor naar de plastisch chirurg te verwijzen. Links kan eerst een nachtspalk worden geprobeerd. Wij hebben patiënte niet teruggepland.

Met vriendelijke groet,

dr. A.C. Lohuis, neuroloog""")
    via_docx("te-034", d)
    write_label("te-034", ["correspondence"], "specialist", "nl", "neurology outpatient letter (Word->PDF)",
                "yes", "unmentioned", "unmentioned", date="2025-12-04", also_dates=["2025-11-25"],
                notes="Neurology letter (a specialist but not a surgeon); ultrasound of the median nerve is imaging, "
                      "EMG is not; surgery only advised; microdiscectomy is another body part; BMI mentioned.")


def te036():
    d = new_docx("Georgia", 10.5)
    docx_header_footer(d, ["Huisartsenpraktijk Oldehove", "J. Dijkstra - L. Hoekstra - W. Bosma",
                           "Oldehoofsterkerkhof 6, 8911 DH Leeuwarden - 058 - 212 40 70"], page_fmt=None,
                       header_align="right")
    dblock(d, """Leeuwarden, 6 maart 2026

Handkliniek Eemland
t.a.v. de dienstdoende handchirurg
Stadsring 150
3811 HS Amersfoort

Betreft: mevrouw B. (Baukje) Zijlstra-Veenstra, geb. 19-01-1974, Wirdumerdijk 41, 8911 CD Leeuwarden

Geachte collega,

Mevrouw Zijlstra, 52 jaar, heeft sinds ruim een jaar klachten van tintelingen en een doof gevoel in beide handen, rechts meer dan links, vooral 's nachts en bij fietsen. Zij werkt als logopedist en schrijft veel. Bekend met hypothyreoïdie (levothyroxine) en overgangsklachten.

Bij onderzoek vond ik beiderzijds een positieve Tinel en Phalen, geen atrofie van de thenar en een normale kracht. Een nachtspalk rechts sinds november 2025 gaf enige verlichting. Een EMG heb ik aangevraagd, maar dat is nog niet gebeurd.

Haar moeder en oudere zus zijn beiden aan beide handen geopereerd aan een carpaletunnelsyndroom, met wisselend resultaat: bij de zus kwamen de klachten na twee jaar terug. Patiënte is daardoor huiverig voor een operatie, maar wil ook niet eindeloos doorgaan met spalken. Zij verblijft in de wintermaanden vaak een paar weken bij haar dochter in de Algarve; zij heeft daar voor deze klachten geen arts bezocht.

Mijn vraag aan u: is er bij haar een indicatie voor een operatie, of adviseert u eerst een injectie of andere conservatieve behandeling? En is het EMG nog nodig voordat u een beslissing neemt?

Met collegiale groet,


L. Hoekstra, huisarts
AGB 01-072218""")
    via_docx("te-036", d)
    write_label("te-036", ["referral"], "gp", "nl", "free GP letter (Word->PDF), right-aligned letterhead",
                "unmentioned", "unmentioned", "no", date="2026-03-06", referral_question=True,
                notes="Mother's and sister's operations are other people; EMG requested not done; patient herself not "
                      "said to be operated or not; stays in Portugal without seeing a doctor there = no; no history "
                      "section, so referral only.")


def te058():
    d = new_docx("Arial", 10)
    docx_header_footer(d, ["**Rijnoever Medisch Centrum**", "Orthopaedics and Trauma Surgery  |  Rijnsburgerweg 300, "
                           "2333 AA Leiden  |  +31 71 519 80 00"], footer_text="Rijnoever MC - clinic letter",
                       page_fmt=("Page ", " of "))
    dblock(d, """Dr. A. Hofman
Leiden International Family Practice
Stationsplein 41
2312 AK Leiden

Leiden, 9 February 2026
Our ref: ORT-26-00871

Re: Mr Daniel Whitfield, date of birth 14/03/1990, hospital no. 6018842

Dear Dr Hofman,

I saw your patient, a 35-year-old British software engineer living in Leiden, in the fracture clinic today.

**History**
He fell onto his outstretched right hand while skiing in Hemsedal, Norway, on 27 January. He did not seek medical attention in Norway and continued his holiday with the wrist strapped. On his return he attended our emergency department on 31 January with persistent radial-sided wrist pain. Plain radiographs including scaphoid views showed no fracture, and he was placed in a removable splint. Because of ongoing snuffbox tenderness, a CT of the right wrist was performed on 2 February.

**Examination**
Mild swelling over the anatomical snuffbox, tenderness on scaphoid compression. Full finger movement, neurovascularly intact.

**Investigations**
CT right wrist (02/02/2026): undisplaced fracture of the waist of the scaphoid, no comminution, no humpback deformity.

**Diagnosis**
Undisplaced scaphoid waist fracture, right (dominant) wrist.

**Plan**
- Below-elbow cast (thumb free) applied today, for 6 weeks in total.
- Repeat CT at 6 weeks to assess union.
- We discussed percutaneous screw fixation as an alternative that allows earlier return to work and sport; he preferred cast treatment. Should the fracture fail to unite by 10-12 weeks, we would revisit surgical fixation.
- He is right-handed and works from home; fit for work with adjustments.

Yours sincerely,

Mr. R. de Bruijn
Orthopaedic surgeon

cc: patient""")
    via_docx("te-058", d)
    write_label("te-058", ["correspondence"], "specialist", "en", "Dutch hospital clinic letter written in English",
                "yes", "unmentioned", "no", date="2026-02-09",
                notes="English letter from a Dutch hospital; fall in Norway without seeking care there, then care in NL "
                      "= no; initial X-ray negative but CT shows fracture; screw fixation discussed/conditional only; "
                      "'Mr.' title for a surgeon.")


def te064():
    blocks = [
        ("right", "Kreisklinik Oberallgäu-Süd\nAbteilung für Unfallchirurgie, Orthopädie und Handchirurgie\n"
                  "Chefarzt Prof. Dr. med. W. Brandstetter\nIllerstraße 12, 87561 Oberstdorf\n"
                  "Tel. +49 8322 9170-0"),
        ("p", ""),
        ("p", "Kreisklinik Oberallgäu-Süd · Illerstraße 12 · 87561 Oberstdorf"),
        ("p", "Herrn\nDr. med. (NL) R. Mulder\nHuisartsenpraktijk Het Zand\nStationsweg 8\n3441 EJ Woerden\n"
              "Niederlande"),
        ("p", ""),
        ("right", "Oberstdorf, den 02.03.2026"),
        ("h", "Entlassungsbrief"),
        ("p", "Sehr geehrter Herr Kollege Mulder,"),
        ("p", "wir berichten über Ihren Patienten **Herrn Bas de Jong, geb. 11.11.1979**, wohnhaft in Woerden (NL), "
              "der sich vom **25.02.2026 bis 27.02.2026** in unserer stationären Behandlung befand."),
        ("h", "Diagnosen"),
        ("p", "1. Dislozierte Skaphoidfraktur rechts, Typ Herbert B2, nach Skisturz am 24.02.2026\n"
              "2. Prellung der linken Schulter, konservativ\n3. Bekannte arterielle Hypertonie"),
        ("h", "Anamnese"),
        ("p", "Der Patient stürzte am 24.02.2026 beim Skifahren am Nebelhorn auf die ausgestreckte rechte Hand. "
              "Vorstellung in unserer Notaufnahme am Folgetag."),
        ("h", "Befunde"),
        ("p", "Schwellung und Druckschmerz in der Tabatière rechts, DMS intakt.\n"
              "Röntgen Handgelenk rechts und Kahnbeinquartett (25.02.2026): Fraktur im mittleren Skaphoiddrittel.\n"
              "CT Handgelenk rechts (25.02.2026): Dislokation 1,5 mm, beginnende Humpback-Fehlstellung."),
        ("h", "Operationsbericht"),
        ("kv", [("OP-Datum", "26.02.2026"), ("Operateur", "OA Dr. med. F. Hiltensperger"),
                ("Assistenz", "Ass.-Ärztin S. Moosbrugger"), ("Anästhesie", "Plexusanästhesie (axillär)"),
                ("Eingriff", "Geschlossene Reposition und perkutane Schraubenosteosynthese des Skaphoids rechts "
                             "(kanülierte Doppelgewindeschraube 3,0 x 24 mm), palmarer Zugang")]),
        ("p", "**Verlauf:** Rückenlage, Arm auf Handtisch, Blutsperre nicht angelegt. Unter Bildwandlerkontrolle "
              "Reposition der Fraktur durch Extension und Ulnarduktion. Stichinzision über dem Tuberculum ossis "
              "scaphoidei, Einbringen des Führungsdrahtes entlang der Längsachse des Skaphoids, Lagekontrolle in "
              "vier Ebenen. Messen, Bohren, Einbringen der Schraube unter Kompression. Abschließende Durchleuchtung: "
              "regelrechte Stellung, Schraube vollständig intraossär. Hautnaht, steriler Verband, Unterarmschiene. "
              "Keine intraoperativen Komplikationen."),
        ("h", "Verlauf"),
        ("p", "Komplikationsloser postoperativer Verlauf, Wunde reizlos, DMS intakt. Postoperative Röntgenkontrolle "
              "regelrecht. Entlassung am 27.02.2026 in gutem Allgemeinzustand zur Weiterbehandlung in den "
              "Niederlanden."),
        ("h", "Procedere"),
        ("p", "Unterarmschiene für 2 Wochen, danach funktionelle Nachbehandlung. Fadenzug am 10. postoperativen Tag. "
              "Röntgenkontrolle nach 6 Wochen, ggf. CT zur Beurteilung der Konsolidierung. Weiterbehandlung durch "
              "einen Handchirurgen in den Niederlanden empfohlen. Ein MRSA-Aufnahmescreening wurde nicht "
              "durchgeführt."),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("p", "Prof. Dr. med. W. Brandstetter, Chefarzt          OA Dr. med. F. Hiltensperger, Oberarzt"),
    ]
    via_fodt("te-064", fodt(blocks, font="Liberation Serif", size=10.5,
                            footer="Kreisklinik Oberallgäu-Süd gGmbH · Sitz Oberstdorf · Entlassungsbrief de Jong, B."))
    write_label("te-064", ["correspondence", "operation-report"], "specialist", "de",
                "German discharge letter with embedded Operationsbericht (flat ODT->PDF)",
                "yes", "yes", "yes", date="2026-03-02", also_dates=["2026-02-27"],
                notes="German hospital treated a Dutch patient (abroad); full operation section with date, operator, "
                      "anaesthesia and course; 'MRSA-Aufnahmescreening wurde nicht durchgeführt' is a negated "
                      "mention; shoulder contusion second problem; 'ggf. CT' plan.")


if __name__ == "__main__":
    for f in (te010, te033, te034, te036, te058, te064):
        f()
        print("ok", f.__name__)
