"""tm-012 .. tm-022 (invented patients only)."""
import lib
from lib import lab, part


def t012(base):
    lib.pdf(base + ".pdf", [
        ("cols", "Herrn\nDr. med. (NL) J. Hendriksen\nHuisartsenpraktijk Zevenaar-Oost\nHoutsestraat 10\nNL-6901 KA Zevenaar",
         "Emmerich, den 06.08.2026\nUnser Zeichen: HPC/ka-wi\nAufnahme-Nr.: 2026/14412\nDurchwahl: -2231"),
        ("b", "Entlassungsbrief"),
        ("p", "Sehr geehrter Herr Kollege Hendriksen,"),
        ("p", "wir berichten über Ihren Patienten <b>Herrn Ruud Willemsen, geb. 22.03.1983</b>, wohnhaft in "
              "Zevenaar, der sich vom <b>03.08.2026 bis 06.08.2026</b> in unserer stationären Behandlung befand."),
        ("h2", "Diagnosen"),
        ("p", "1. Tiefe Schnittverletzung Zeigefinger rechts (Kreissäge, Arbeitsunfall 03.08.2026 in Emmerich)\n"
              "   mit Durchtrennung der FDP- und FDS-Sehne in Zone II sowie des N. digitalis palmaris ulnaris\n"
              "2. Nikotinabusus (ca. 15 Zig./Tag)"),
        ("h2", "Therapie"),
        ("p", "Beugesehnennaht FDP (4-Strang-Kernnaht + epitendinöse Naht), FDS-Naht, mikrochirurgische "
              "Nervennaht N. digitalis ulnaris D2 rechts am 03.08.2026 (BG-Verfahren)."),
        ("h2", "Anamnese und Befund"),
        ("p", "Der Patient stellte sich am Unfalltag über unsere Notaufnahme vor. Aktive Beugung im DIP und PIP "
              "D2 nicht möglich, Sensibilitätsminderung ulnar D2. Röntgen Hand rechts in 2 Ebenen: kein "
              "Fremdkörper, keine knöcherne Beteiligung."),
        ("h2", "Operationsbericht (03.08.2026)"),
        ("kv", [("Operateur", "Dr. med. A. Reimers, Facharzt für Plastische und Ästhetische Chirurgie, Handchirurgie"),
                ("Assistenz", "Dr. med. M. Kowalczyk"),
                ("Anästhesie", "ITN; Blutsperre Oberarm 250 mmHg, 95 min")], {"kw": 30}),
        ("p", "Bruner-Erweiterung der Wunde. Darstellen der retrahierten Sehnenstümpfe, Bergen des proximalen "
              "FDP-Stumpfes über Gegeninzision in der Hohlhand. FDP-Naht in 4-Strang-Technik (Fiberwire 4-0) mit "
              "epitendinöser Naht 6-0, FDS-Naht beider Zügel, Schonung des A2- und A4-Ringbandes. Aufsuchen des "
              "N. digitalis palmaris ulnaris, epineurale Naht 9-0 unter dem Mikroskop. Freies Gleiten der Sehnen "
              "intraoperativ. Spülung, Hautnaht, dorsale Kleinert-Schiene in Intrinsic-plus-Stellung."),
        ("h2", "Verlauf"),
        ("p", "Komplikationsloser postoperativer Verlauf, reizlose Wundverhältnisse. Beginn der kontrollierten "
              "Frühmobilisation durch unsere Handtherapie am 1. postoperativen Tag."),
        ("h2", "Procedere"),
        ("p", "Handtherapie nach Kleinert/Duran für 6 Wochen, bitte wohnortnah in den Niederlanden organisieren. "
              "Schiene für insgesamt 6 Wochen. Fadenzug am 14. Tag. Wiedervorstellung in unserer BG-Sprechstunde "
              "am 17.09.2026. Arbeitsunfähig bis auf Weiteres."),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("sp", 6),
        ("cols", "Prof. Dr. med. H. Engelbrecht\nChefarzt", "Dr. med. A. Reimers\nOberärztin"),
    ], letterhead=[("Sankt-Willibrord-Klinik Emmerich", 14, True),
                   ("Klinik für Hand-, Plastische und Rekonstruktive Chirurgie", 9, False),
                   ("Willibrordstraße 9  ·  46446 Emmerich am Rhein  ·  Tel. +49 2822 73-0", 8, False)],
        lh_align="center", footer="Seite {page} von {pages}", sidebar=None)
    return lab(["correspondence", "operation-report"], "2026-08-06", "specialist", "de",
               "German Entlassungsbrief with embedded Operationsbericht section",
               "y", "y", "y",
               "Discharge letter that contains a full operation description (procedure, operator, date) -> both "
               "correspondence and operation-report. Dutch patient treated in a German hospital near the border "
               "(abroad=yes). Admission/discharge/OP/follow-up dates; the letter date is 06.08.2026.")


def _t013_parts():
    lh = [("Tjongerziekenhuis", 14, True), ("Heerenveen  ·  Jousterweg 30, 8441 PE Heerenveen  ·  0513-685685", 8, False)]
    p1 = dict(blocks=[
        ("kv", [("Afdeling", "Orthopedie & Traumatologie"), ("Datum", "10 juni 2026"),
                ("Kenmerk", "ORT-poli 448102"), ("Behandelaar", "dr. S.K. Haanstra, orthopedisch chirurg")], {"kw": 28}),
        ("p", "Aan: de heer dr. F. Dijkstra, huisarts, Akkerwinde 2, 8446 AX Heerenveen"),
        ("p", "<b>Betreft:</b> dhr. R. (Rob) Jansma, geb. 02-12-1997, Noorderdwarsvaart 18, Heerenveen"),
        ("p", "Geachte collega,"),
        ("p", "<b>Anamnese:</b> rechtshandige timmerman, in 2025 gevallen tijdens voetbal; destijds geen arts "
              "gezien. Sinds maanden pijn radiaal in de linkerpols bij steunen."),
        ("p", "<b>Lichamelijk onderzoek:</b> drukpijn tabatière links, dorsaalflexie 40 graden, pijnlijk."),
        ("p", "<b>Aanvullend onderzoek:</b> X-pols en CT-scan links (05-06-2026): pseudartrose van de scaphoidwaist "
              "met sclerose, geen collaps, geen radioscaphoidale artrose."),
        ("p", "<b>Conclusie:</b> scaphoidpseudartrose links."),
        ("p", "<b>Beleid:</b> operatief herstel met bottransplantaat uit de crista iliaca en schroeffixatie besproken. "
              "Patiënt wil dit. Hij staat op de OK-lijst voor begin juli."),
        ("p", "Met vriendelijke groet,\n\ndr. S.K. Haanstra, orthopedisch chirurg"),
    ], letterhead=lh, footer="Poliklinische brief - Jansma, R. - {page}/{pages}")
    p2 = dict(blocks=[
        ("h", "OPERATIEVERSLAG"),
        ("kv4", [["Patiënt", "Jansma, R. (M)", "Geb.datum", "02-12-1997"],
                 ["Datum operatie", "02-07-2026", "OK", "OK 4 - dagbehandeling"],
                 ["Operateur", "dr. S.K. Haanstra", "Assistent", "M. de Boer (AIOS)"],
                 ["Anesthesie", "algeheel + plexus", "Bloedleeg", "ja, 82 min"]], {"grid": True}),
        ("kv", [("Indicatie", "Scaphoidpseudartrose links, symptomatisch."),
                ("Ingreep", "Open reductie, interpositie van corticospongieus bot (crista iliaca links) en fixatie met "
                            "kopschroef (Herbert-type 24 mm), scaphoid links."),
                ("Verloop", "Palmaire benadering volgens Russe. Pseudartrose geïdentificeerd, fibreus weefsel "
                            "verwijderd tot bloedend bot. Wigvormig transplantaat uit de crista iliaca ingebracht, "
                            "correctie van de humpback-stand. Fixatie met kopschroef onder doorlichting; goede "
                            "positie in 2 richtingen. Kapsel gesloten, huid intracutaan. Donorplaats gesloten in lagen."),
                ("Complicaties", "Geen."),
                ("Nabehandeling", "Onderarmgips incl. duim 6 weken; controle poli met X-pols over 2 weken en CT na 10 weken.")],
         {"kw": 32}),
        ("p", "Getekend: dr. S.K. Haanstra, 02-07-2026 15:48"),
    ], letterhead=lh, footer="Operatieverslag - Jansma, R. - {page}/{pages}")
    p3 = dict(blocks=[
        ("h", "Verslag radiologie"),
        ("kv", [("Patiënt", "Jansma, R., 02-12-1997"), ("Aanvrager", "dr. S.K. Haanstra, Orthopedie"),
                ("Onderzoek", "CT pols links (controle)"), ("Datum onderzoek", "14-08-2026"),
                ("Vraagstelling", "Consolidatie na scaphoidreconstructie?")], {"kw": 32}),
        ("p", "<b>Bevindingen:</b> status na interpositie van bottransplantaat en schroeffixatie van het scaphoid. "
              "Schroef in goede positie, niet intra-articulair. Over ca. 60% van de doorsnede trabeculaire "
              "overbrugging van de pseudartrosespleet. Geen loslating, geen collaps."),
        ("p", "<b>Conclusie:</b> partiële consolidatie (ca. 60%), verder conform postoperatieve verwachting."),
        ("p", "K.T. Visser, radioloog - geautoriseerd 14-08-2026"),
    ], letterhead=lh, footer="Radiologie - Jansma, R. - {page}/{pages}")
    return [p1, p2, p3]


def t013(base):
    lib.merge_pdfs(base + ".pdf", _t013_parts())
    return lab(["correspondence", "operation-report", "imaging-report"], None, "specialist", "nl",
               "merged hospital bundle: poliklinische brief + operatieverslag + radiologieverslag",
               "y", "y", "u",
               "Merged PDF of three documents of one hospital; the first (outpatient letter) only plans the operation "
               "(OK-lijst), the second reports it. 2025 fall 'geen arts gezien' is not about abroad. Three "
               "different dates, no top-level date.",
               parts=[part(["correspondence"], "2026-06-10", "specialist"),
                      part(["operation-report"], "2026-07-02", "specialist"),
                      part(["imaging-report"], "2026-08-14", "radiologist")])


def t014(base):
    lib.docx(base + ".docx", [
        ("right", "Datum: 9 november 2026"),
        ("p", "Mevrouw A.M. Terpstra-Kooi\nSchoolstraat 14\n9251 EB Burgum"),
        ("head", "Voorbereiding op uw handoperatie", 1),
        ("p", "Beste mevrouw Terpstra,"),
        ("p", "Uw operatie (<b>carpaletunnel-release links</b>) staat gepland op <b>dinsdag 24 november 2026</b>. "
              "Wilt u zich om 07:30 uur melden bij de balie van het Operatiecentrum, route 14?"),
        ("head", "Nuchter zijn", 2),
        ("bullets", ["Tot 6 uur voor de operatie mag u een licht ontbijt eten.",
                     "Tot 2 uur voor de operatie mag u heldere dranken drinken (water, thee zonder melk).",
                     "Bij een plaatselijke verdoving (WALANT) hoeft u niet nuchter te zijn; uw behandelaar heeft "
                     "aangegeven of dit voor u geldt."]),
        ("head", "Medicijnen", 2),
        ("p", "Gebruikt u bloedverdunners (bijv. acenocoumarol, apixaban, clopidogrel)? Overleg dit minimaal een "
              "week van tevoren met de polikliniek. Uw overige medicijnen kunt u gewoon innemen."),
        ("head", "Na de operatie", 2),
        ("bullets", ["U gaat dezelfde dag naar huis; u mag niet zelf autorijden.",
                     "Houd de hand de eerste dagen hoog, in een mitella of op een kussen.",
                     "Het verband mag na 2 dagen vervangen worden door een pleister. De hechtingen worden na 10-14 "
                     "dagen verwijderd door de praktijkondersteuner van uw huisarts.",
                     "Bij koorts boven 38,5 °C, toenemende roodheid of pus: bel de afdeling."]),
        ("head", "Nog vragen?", 2),
        ("p", "Bel de polikliniek Handchirurgie op werkdagen tussen 8:30 en 16:30 uur: 058-2866666. Kunt u niet "
              "komen? Meld u dan minimaal 48 uur van tevoren af; een vrijgekomen plek gaat naar iemand op de wachtlijst."),
        ("small", "Folder PCH-017, versie 3.2 (maart 2025). Deze folder vervangt geen persoonlijk advies."),
    ], letterhead=[("Medisch Centrum Leeuwarden-Noord", 13, True), ("Operatiecentrum | Dagbehandeling Handchirurgie", 9, False)],
        footer="PCH-017 Voorbereiding handoperatie - pagina {page} van {pages}", font="Verdana", size=10)
    return lab([], "2026-11-09", "other", "nl", "pre-operative instruction leaflet, personalised (DOCX, Word headings)",
               "u", "u", "u",
               "Leaflet full of operation words (operatie, nuchter, hechtingen) but the operation is upcoming, "
               "not performed -> operated=unmentioned. Two dates: letter date and leaflet version date (only the "
               "letter date is the document's own).")


def t015(base):
    text = """\
    Apotheek De Gaper  -  Herenstraat 61  -  3911 JE Rhenen  -  tel 0317-612345
    AGB 06-013344                                   Afdrukdatum: 03-11-2026 15:22

    MEDICATIEOVERZICHT

    Patiënt       : dhr. W.H. (Willem) van Ark
    Geboren       : 08-08-1949                Geslacht: M
    Adres         : Fokkesteeg 6, 3911 AS Rhenen
    Huisarts      : B. Nijenhuis, Rhenen
    Lengte/gewicht: 181 cm / 96 kg (opgegeven 01-2026)
    Nierfunctie   : eGFR 52 ml/min (14-10-2026, bron LSP)

    ACTUELE MEDICATIE
    Start      Geneesmiddel                          Dosering               Voorschrijver
    12-2018    Acenocoumarol 1 mg tablet             volgens trombosedienst  huisarts
    03-2019    Metoprolol succ. 50 mg retard         1x per dag 1           cardioloog
    03-2019    Atorvastatine 20 mg                   1x per dag 1           cardioloog
    06-2024    Omeprazol 20 mg msr                   1x per dag 1           huisarts
    09-2026    Diclofenac natrium gel 1% (Voltaren®) 3x per dag dun         huisarts
    09-2026    Paracetamol 500 mg                    max 4x per dag 2       huisarts

    GESTOPT (laatste 6 maanden)
    08-2026    Naproxen 250 mg       gestopt 09-2026 - reden: interactie acenocoumarol (melding
                                     apotheek), maagklachten
    07-2026    Prednisolon 30 mg     kuur 5 dagen, longarts

    OVERGEVOELIGHEDEN / CONTRA-INDICATIES
    - Penicilline: huiduitslag (1988)
    - Verminderde nierfunctie

    Let op: gebruik van acenocoumarol - bij een ingreep overleg met trombosedienst/behandelaar.

    Dit overzicht is gebaseerd op de gegevens bekend bij Apotheek De Gaper. Controleer of het
    overzicht compleet is; medicatie van andere apotheken of uit het buitenland staat er
    mogelijk niet op.
    """
    lib.txt(base + ".txt", text, enc="cp1252", crlf=True)
    return lab([], "2026-11-03", "other", "nl", "pharmacy medication overview, cp1252 CRLF text",
               "u", "u", "u",
               "Pharmacy overview (no kind). Mentions 'bij een ingreep' (generic) and medication 'uit het "
               "buitenland' (generic disclaimer) - neither is an operation or treatment abroad. Several dates "
               "(eGFR date, start dates); only the print date is the document's.")


def t016(base):
    lib.pdf(base + ".pdf", [
        ("kv4", [["Patient", "VAN DIJK, MAARTJE", "MRN", "HCSI-0099182"],
                 ["DOB", "11/30/1992 (mm/dd/yyyy)", "Sex", "F"],
                 ["Exam", "MRI RIGHT WRIST W/O CONTRAST", "Acc. no.", "MR-26-071144"],
                 ["Exam date", "July 23, 2026", "Report date", "July 24, 2026"],
                 ["Referring", "Dr. J. Morales Ruiz, Orthopaedic Surgery - inpatient ward 4B", "Location", "Inpatient"]],
         {"grid": True}),
        ("h2", "CLINICAL HISTORY"),
        ("p", "29-year-old Dutch tourist admitted 22/07 after a fall from a scooter in Marbella. Right wrist "
              "swelling and ulnar-sided pain. Radiographs in the ED negative for fracture. Rule out ligamentous injury."),
        ("h2", "TECHNIQUE"),
        ("p", "1.5 T. Coronal T1, coronal PD FS, axial PD FS, sagittal PD FS. No intravenous contrast."),
        ("h2", "FINDINGS"),
        ("p", "Bone marrow oedema in the lunate and triquetrum consistent with bone contusion; no fracture line. "
              "Full-thickness tear of the foveal attachment of the triangular fibrocartilage complex with fluid in "
              "the distal radioulnar joint. Scapholunate and lunotriquetral ligaments intact. ECU tendon in its "
              "groove with mild tenosynovitis. Median nerve normal in calibre. Small joint effusion radiocarpal."),
        ("h2", "IMPRESSION"),
        ("p", "1. Foveal TFCC tear (Palmer 1B / Atzei class 2-3), right wrist.\n"
              "2. Bone contusions lunate and triquetrum, no fracture.\n"
              "3. Mild ECU tenosynovitis.\n"
              "Findings discussed with Dr. Morales Ruiz by telephone on 24/07/2026 at 09:40."),
        ("sp", 5),
        ("p", "Electronically signed by: Dr. Elena Castaño Vidal, MD, Radiologist"),
    ], letterhead=[("HOSPITAL COSTA DEL SOL INTERNACIONAL", 13, True),
                   ("Servicio de Radiodiagnóstico / Diagnostic Imaging Department", 9, False),
                   ("Avda. Ricardo Soriano 72, 29601 Marbella (Málaga), Spain  ·  +34 952 77 00 00", 8, False)],
        lh_align="center", footer="International Patient Office copy - translated template EN - Page {page} of {pages}",
        header="Printed 29/07/2026 10:02 by IPO-desk3")
    return lab(["imaging-report"], "2026-07-24", "radiologist", "en", "Spanish private hospital MRI report, English template",
               "y", "u", "y",
               "MRI report written by a hospital abroad for an admitted Dutch tourist (inpatient, ED) -> abroad=yes. "
               "Mixed date formats: US mm/dd/yyyy birth date, 'July 23, 2026', dd/mm in the text, print date in the header.",
               also=["2026-07-23"])


def t017(base):
    lib.docx(base + ".docx", [
        ("p", "Luisenhospital Aachen-West · Klinik für Diagnostische und Interventionelle Radiologie\n"
              "Boxgraben 47 · 52064 Aachen · Tel. +49 241 414-0"),
        ("hr",),
        ("kv", [("Patientin", "Lemmens, Inge"), ("geb.", "19.09.1966"),
                ("Anschrift", "Pesakerweg 2, NL-6291 Vaals"),
                ("Zuweiser", "Zentrale Notaufnahme (Dr. Kaya)"),
                ("Untersuchung", "CT Handgelenk links nativ, 3D-Rekonstruktion"),
                ("Untersuchungsdatum", "11.04.2026, 19:52 Uhr"),
                ("Befunddatum", "11.04.2026")], {"widths": (45, 115)}),
        ("b", "Befund"),
        ("p", "Klinische Angaben: Sturz mit dem Fahrrad auf die linke Hand, in der Notaufnahme konventionell "
              "Verdacht auf Radiusfraktur. Fragestellung: Gelenkbeteiligung? Frakturausdehnung?"),
        ("p", "Mehrfragmentäre distale Radiusfraktur links mit Ausläufer in das Radiokarpalgelenk (Stufe 2 mm "
              "zwischen Fossa scaphoidea und Fossa lunata), dorsale Abkippung der Gelenkfläche um 18°. "
              "Abriss des Processus styloideus ulnae. Distales Radioulnargelenk kongruent. Keine weiteren "
              "karpalen Frakturen. Weichteilschwellung dorsal."),
        ("b", "Beurteilung"),
        ("p", "1. Intraartikuläre distale Radiusfraktur links (AO 23-C1) mit dorsaler Abkippung und Gelenkstufe 2 mm.\n"
              "2. Fraktur des Processus styloideus ulnae an der Basis."),
        ("p", "Mit freundlichen Grüßen\n\nDr. med. C. Brüggemann\nFachärztin für Radiologie"),
        ("small", "Befund elektronisch freigegeben. Bilder auf CD an die Patientin ausgehändigt am 12.04.2026."),
    ], footer="CT-Befund Lemmens, Inge · Seite {page} von {pages}", font="Arial", size=10)
    return lab(["imaging-report"], "2026-04-11", "radiologist", "de", "German hospital CT Befund (DOCX, label table)",
               "y", "u", "y",
               "CT report from a German hospital, requested by its emergency department, for a Dutch resident of "
               "Vaals -> abroad=yes. Mentions the earlier X-ray 'konventionell'. CD handed over date is not the report date.")


def t018(base):
    lib.pdf(base + ".pdf", [
        ("h", "OK-VERSLAG"),
        ("kv4", [["Naam", "Visser - de Graaf, P.", "Geboren", "1 april 1963"],
                 ["Pat.nr.", "0771-2290", "Opname", "dagopname"],
                 ["Operatiedatum", "21 oktober 2026", "Locatie", "OK-complex 2, zaal 7"],
                 ["Operateur", "dr. M.A. Tjin-A-Lim, plastisch chirurg", "Assistentie", "geen"],
                 ["Anesthesie", "WALANT (lidocaïne 1% + adrenaline)", "Tourniquet", "nee"]], {"grid": True}),
        ("kv", [
            ("Pre-operatieve diagnose", "Carpaletunnelsyndroom rechts, EMG-bevestigd (ernstig)."),
            ("Post-operatieve diagnose", "Idem."),
            ("Verrichting", "Open carpaletunnel-release rechts (ZA-code 038851)."),
            ("Beschrijving", "Time-out uitgevoerd. Infiltratie volgens WALANT-protocol, 25 min gewacht. Incisie van "
                             "2,5 cm in de lijn van de 4e straal proximaal van de Kaplan-lijn. Palmaire fascie "
                             "gekliefd. Ligamentum carpi transversum onder zicht volledig gekliefd van distaal naar "
                             "proximaal, inclusief distaal deel van de onderarmfascie. N. medianus duidelijk "
                             "ingesnoerd en hyperemisch, motorische tak intact. Geen ruimte-innemend proces. "
                             "Hemostase. Huid gesloten met Ethilon 4-0 donatiehechtingen. Drukverband."),
            ("Bloedverlies", "minimaal"),
            ("Complicaties", "geen"),
            ("PA", "niet ingestuurd"),
            ("Nabehandeling", "Hand hoog, vingers direct bewegen. Verband 2 dagen, hechtingen na 12 dagen bij huisarts. "
                              "Controle verpleegkundig spreekuur na 6 weken. Geen foto's nodig."),
        ], {"kw": 46}),
        ("p", "Verslag opgesteld: 21-10-2026 11:05 - dr. M.A. Tjin-A-Lim"),
    ], letterhead=[("Rode Kruis Ziekenhuis Waterland", 12, True),
                   ("Plastische Chirurgie  |  Handchirurgie", 9, False)],
        lh_align="left", footer="OK-verslag  -  Visser - de Graaf, P.  -  afgedrukt 26-10-2026  -  blz. {page}/{pages}",
        font="Times", size=10)
    return lab(["operation-report"], "2026-10-21", "specialist", "nl", "Dutch OK-verslag form with grid and label column",
               "u", "y", "u",
               "Operation report without salutation; dates written in words and numerically; print date in footer. "
               "'Geen foto's nodig' is advice about the future, not a statement that no imaging was ever done -> "
               "imaging unmentioned (EMG is not imaging).")


def t019(base):
    fax1 = "06-11-2026 09:14   VAN: 0162-452299 HAP Oosterhout-West   AAN: 076-5953999        PAG. 01/02"
    fax2 = "06-11-2026 09:15   VAN: 0162-452299 HAP Oosterhout-West   AAN: 076-5953999        PAG. 02/02"
    text = f"""\
    {fax1}
    ==========================================================================================
                             FAX
    Aan      : Handkliniek Breda - intake second opinion  (fax 076-5953999)
    Van      : H. Maas, huisarts, Huisartsenpraktijk Oosterhout-West
    Datum    : 04-11-2026
    Pagina's : 2 (incl. voorblad)
    Betreft  : verwijzing - S. Akkermans-Huijbregts, geb. 13-3-1961
    ==========================================================================================

    Dit faxbericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht ten onrechte
    ontvangen, gelieve ons te bellen op 0162-452200 en het bericht te vernietigen.



    {fax2}
    ------------------------------------------------------------------------------------------
    Huisartsenpraktijk Oosterhout-West      Oosterhout, 4 nov 2026
    H. Maas, huisarts  AGB 01-090455

    Geachte collega,

    Verw. mw. Akkermans-Huijbregts (13-03-1961), Zandheuvel 71, 4901 HD Oosterhout.
    Ivm: duimbasisartrose re, dominante hand, al >2 jr klachten.
    Beh. tot nu: spalk, 3x injectie (laatste 05-2026), handtherapie. Patiënte niet eerder geopereerd.
    X-duim re (feb 2026, Amphia): forse CMC-1 artrose, Eaton III.
    Orthopeed Amphia adviseert artrodese CMC-1; pat. twijfelt, kent iemand met veel klachten
    na artrodese (zus) en wil graag SO.
    Vr: is artrodese zinvol of is trapeziectomie/prothese in haar geval beter? Graag uw oordeel.
    Vg: DM2, hypertensie, 2008 hysterectomie. Med: metformine, perindopril. Allergie: geen.

    Mvg,
    H. Maas, huisarts
    ------------------------------------------------------------------------------------------
    """
    lib.txt(base + ".txt", text, enc="cp1252", crlf=True)
    return lab(["referral"], "2026-11-04", "gp", "nl", "fax export (fax header per page, cover sheet), telegram style",
               "y", "n", "u",
               "Telegram-style GP referral behind a fax cover page; fax send date (06-11) differs from letter date "
               "(04-11). Question 'Vr:' is explicit. 'niet eerder geopereerd' (no); advised arthrodesis is a plan; "
               "sister's arthrodesis is another person; hysterectomy another body part. Only a short 'Vg' line, no "
               "recent-treatments section -> not labelled history.", rq=True)


def t020(base):
    lib.docx(base + ".docx", [
        ("p", "<b>Amsterdam Expat Medical Centre</b> - General Practice\nJacob Obrechtstraat 70, 1071 KN Amsterdam - "
              "+31 20 555 0142 - AGB 01-099871"),
        ("hr",),
        ("p", "Date: 28 October 2026"),
        ("p", "To: Hand & Wrist Clinic Amsterdam, Second Opinion Service"),
        ("p", "<b>Referral letter</b>"),
        ("kv", [("Patient", "Ms Hannah Lindqvist"), ("Date of birth", "5 June 1993"),
                ("Address", "Valeriusstraat 301-2, 1075 GJ Amsterdam"), ("Insurer", "OHRA (Dutch basic insurance)"),
                ("BSN", "on file")], {"widths": (40, 110)}),
        ("p", "Dear colleague,"),
        ("p", "I would be grateful if you could see Ms Lindqvist, a 33-year-old Swedish architect, for a second "
              "opinion regarding persistent radial-sided wrist pain on the left (non-dominant) side."),
        ("p", "She sprained the wrist skiing in Austria in February; she did not seek medical care there and "
              "managed it with a brace she bought locally. Since then she has pain with weight-bearing (yoga, "
              "push-ups) and a feeling of weakness. I saw her in April and August. Findings have been limited to "
              "tenderness in the anatomical snuffbox region and pain on resisted extension."),
        ("p", "No imaging has been done so far, and she has had no surgery or injections. A local orthopaedic "
              "surgeon whom she consulted privately in September suggested an arthroscopy without further "
              "work-up; she is unsure about this and asked for an independent opinion."),
        ("p", "<b>Question:</b> What is the diagnosis, and is further imaging or an arthroscopy indicated?"),
        ("p", "Past history: none relevant. Medication: oral contraceptive. No known allergies."),
        ("p", "Kind regards,"),
        ("sp",),
        ("p", "Dr Anouk Prins, general practitioner (huisarts)"),
    ], font="Calibri", size=11, footer="AEMC referral - confidential")
    return lab(["referral"], "2026-10-28", "gp", "en", "English GP referral from an expat practice in NL (DOCX)",
               "n", "n", "n",
               "English referral with an explicit question. Negations: no imaging so far, no surgery or injections "
               "(imaging=no, operated=no). Accident abroad without care there -> treated_abroad=no. Arthroscopy "
               "only suggested. The orthopaedic consultation is mentioned but the surgeon is in NL.", rq=True)


def t021(base):
    lib.pdf(base + ".pdf", [
        ("cols", "Aan:\nHuisartsenpraktijk Haaksbergen-Centrum\nt.a.v. J. Olthof, huisarts\nMarktstraat 3\n7481 HS Haaksbergen",
         "Uitslagdatum: 16-10-2026\nStatus: eindverslag\nOrdernr: 2610-0044712"),
        ("h", "Uitslag bacteriologisch onderzoek"),
        ("table", [["Patiënt", "Geboortedatum", "Geslacht", "Patiëntnr."],
                   ["Oude Nijhuis, B.J. (Bram)", "29-01-1955", "M", "H1133092"]], {"widths": [60, 35, 25, 40]}),
        ("table", [["Afname", "Ontvangst", "Aanvraagreden"],
                   ["12-10-2026 08:40", "13-10-2026 10:05", "Huisgenoot (echtgenote) MRSA-positief na ziekenhuisopname; "
                                                            "screening vóór geplande handoperatie"]],
         {"widths": [35, 35, 90]}),
        ("table", [["Materiaal", "Onderzoek", "Resultaat", "Opm."],
                   ["Neus", "MRSA kweek", "MRSA AANGETOOND", "zie typering"],
                   ["Keel", "MRSA kweek", "MRSA niet aangetoond", ""],
                   ["Perineum", "MRSA kweek", "MRSA niet aangetoond", ""],
                   ["Neus", "mecA/mecC PCR", "positief (mecA)", ""]], {"widths": [30, 40, 55, 35]}),
        ("p", "<b>Typering:</b> Staphylococcus aureus, meticilline-resistent (MRSA), spa-type t008. Gevoelig voor "
              "cotrimoxazol, doxycycline, mupirocine. Resistent voor flucloxacilline, cefuroxim, erytromycine."),
        ("p", "<b>Commentaar:</b> Patiënt is MRSA-drager (neus). Melding aan de afdeling infectiepreventie van de "
              "aanvragende instelling is gedaan. Advies: dekolonisatiebehandeling volgens de NHG-Standaard en "
              "controlekweken; een geplande operatie in overleg met de behandelaar uitstellen tot na eradicatie."),
        ("p", "Geautoriseerd: dr. G.H. Scholten-Wiggers, arts-microbioloog, 16-10-2026 13:22"),
    ], letterhead=[("Regionaal Laboratorium Microbiologie Twente-Achterhoek", 12, True),
                   ("Burg. Edo Bergsmalaan 1, 7512 AD Enschede  |  053-4871234", 8, False)],
        lh_box=("RLM", "#7a1f5c"), footer="RLM-TA  |  uitslag 2610-0044712  |  Oude Nijhuis, B.J.  |  pagina {page} van {pages}")
    return lab(["mrsa-screening"], "2026-10-16", "lab", "nl", "Dutch microbiology lab result, multiple tables",
               "u", "u", "u",
               "POSITIVE MRSA screening (still an MRSA screening result). Reason is a family member's hospital "
               "stay, not the patient's; no treatment abroad mentioned. 'geplande handoperatie' is upcoming.",
               also=["2026-10-12"])


def t022(base):
    lib.pdf(base + ".pdf", [
        ("h", "OPERATION NOTE"),
        ("kv4", [["Name", "DE JONG, Lars", "CHI No", "0102034567"],
                 ["DOB", "01/02/2003", "Ward", "Day Surgery Unit"],
                 ["Date of operation", "09/05/2026", "Theatre", "Theatre 6"],
                 ["Surgeon", "Ms F. McAllister, ST6", "Supervising consultant", "Mr D. Rennie (present)"],
                 ["Assistant", "Dr A. Osei (FY2)", "Anaesthetist", "Dr P. Grant"],
                 ["Anaesthesia", "GA + local (bupivacaine)", "Tourniquet", "Upper arm, 250 mmHg, 41 min"]],
         {"grid": True}),
        ("kv", [("Diagnosis", "Displaced fracture neck of 5th metacarpal, LEFT, 45 degrees angulation with rotational "
                              "deformity (scissoring of little finger). Injury 04/05/2026 (punched a wall)."),
                ("Procedure", "Open reduction and internal fixation, 5th metacarpal neck, LEFT hand"),
                ("Incision", "Dorsal longitudinal over 5th MC, dorsal sensory branch of ulnar nerve protected"),
                ("Findings", "Comminuted volar cortex, rotation 20 degrees"),
                ("Procedure details", "Fracture reduced under direct vision. Provisional K-wire. Fixed with 1.5 mm "
                                      "low-profile T-plate and 5 screws. Rotation and cascade checked clinically - "
                                      "satisfactory. Image intensifier: satisfactory position AP/oblique/lateral "
                                      "(screening time 8 s). Washout, extensor tendon repositioned, closure with "
                                      "4/0 undyed Vicryl Rapide."),
                ("Complications", "None"),
                ("Blood loss", "Minimal"),
                ("Post-op instructions", "Volar resting splint. Elevation. Wound check and removal of dressing by "
                                         "practice nurse at 10-14 days. Referral to hand therapy. Fracture clinic 2 "
                                         "weeks with X-ray. Patient is an exchange student returning to the "
                                         "Netherlands in June - copy of this note given to him."),
                ("VTE prophylaxis", "Not required"),
                ("Antibiotics", "Cefazolin 2 g IV at induction")], {"kw": 38}),
        ("p", "Signed: F. McAllister (GMC 7712345)   Date/time: 09/05/2026 16:20"),
    ], letterhead=[("NHS Caledonia", 13, True), ("Royal Forth Infirmary - Department of Plastic Surgery", 9, False),
                   ("51 Little France Road, Edinburgh EH16 4SA", 8, False)], lh_align="right",
        footer="Operation Note - DE JONG, Lars - CHI 0102034567 - Page {page} of {pages}")
    return lab(["operation-report"], "2026-05-09", "specialist", "en", "UK (Scotland) Operation Note form, two-pair grid",
               "y", "y", "y",
               "Operation note written abroad (Scotland) for a Dutch exchange student -> abroad=yes. Image "
               "intensifier counts as imaging. Injury date and operation date; dd/mm/yyyy; signed by a registrar "
               "with consultant present.")
