"""Documents ve-033 .. ve-048 (texts and labels). All persons and institutions are fictional."""
from kit import H, KV, LINES, LOGO, P, PB, RIGHT, RULE, SMALL, SP, TABLE, TITLE, label, part

SPECS = []


def add(**spec):
    SPECS.append(spec)


KBS = ["Klinik für Unfall-, Hand- und Wiederherstellungschirurgie", "Chefarzt Dr. med. G. Hollenberg",
       "Am Krankenhauspark 3 · 46397 Bocholt · Tel. +49 2871 940-0"]

# ---------------------------------------------------------------------------------------------- ve-033 merged
p33a = [
    LOGO("Klinikum Bocholt-Süd", None, addr=KBS, color="#2e7d32", mark="cross", align="right"),
    P("Herrn\nDr. R. Hulshof (huisarts)\nHuisartsenpraktijk Grutbroek\nGrutbroek 11\n7006 RL Doetinchem\nNIEDERLANDE"),
    RIGHT("Bocholt, 25.09.2026"),
    P("**Arztbrief / Entlassungsbericht**"),
    P("Sehr geehrter Herr Kollege,"),
    P("wir berichten über Herrn **Willem Vos**, geb. 12.12.1972, wohnhaft in Doetinchem (NL), der sich vom "
      "21.09.2026 bis 23.09.2026 in unserer stationären Behandlung befand."),
    H("Diagnosen"),
    P("Nicht dislozierte Skaphoidfraktur rechts, mittleres Drittel (Herbert B2)\nArbeitsunfall (BG-Verfahren) am "
      "21.09.2026"),
    H("Therapie"),
    P("22.09.2026: Perkutane Schraubenosteosynthese des Skaphoids rechts (kanülierte Doppelgewindeschraube)"),
    H("Verlauf"),
    P("Herr Vos stürzte als LKW-Fahrer beim Entladen von der Laderampe auf die rechte Hand. Röntgen und "
      "Kahnbeinserie siehe Befund. Nach komplikationsloser Operation Entlassung am 2. postoperativen Tag. "
      "Das MRSA-Aufnahmescreening war unauffällig."),
    H("Procedere"),
    P("Unterarmgips mit Daumeneinschluss für 4 Wochen, danach CT-Kontrolle zur Beurteilung der Durchbauung. "
      "Weiterbehandlung heimatnah in den Niederlanden. AU bis auf Weiteres."),
    P("Mit freundlichen Grüßen\n\nDr. med. G. Hollenberg, Chefarzt        Dr. med. N. Aydin, Funktionsoberarzt"),
]
p33b = [
    P("**Klinikum Bocholt-Süd** – Zentral-OP", size=9),
    TITLE("OP-Bericht", size=12),
    KV([["Patient", "Vos, Willem *12.12.1972", "OP-Datum", "22.09.2026"],
        ["Operateur", "Dr. med. N. Aydin", "Assistenz", "L. Hartmann"],
        ["Anästhesie", "Plexus axillär", "Dauer", "38 min"]], grid=True, size=9),
    P("**Diagnose:** Skaphoidfraktur rechts, mittleres Drittel, nicht disloziert."),
    P("**Eingriff:** Perkutane Schraubenosteosynthese Skaphoid rechts von palmar."),
    P("**Bericht:** Rückenlage, Armtisch, keine Blutsperre. Unter Bildwandler Einbringen des Führungsdrahtes "
      "über das Tuberculum ossis scaphoidei entlang der Längsachse. Längenmessung 24 mm, Bohrung, Einbringen "
      "einer kanülierten Doppelgewindeschraube 2,5 x 22 mm. BV-Kontrolle in 4 Ebenen: zentrale Lage, "
      "Frakturkompression, kein Gelenkübertritt. Hautnaht, Gipsschiene."),
    P("Dr. med. N. Aydin"),
]
p33c = [
    P("**Klinikum Bocholt-Süd** – Institut für Radiologie", size=9),
    TITLE("Röntgenbefund", size=12),
    KV([["Patient", "Vos, Willem, 12.12.1972"], ["Untersuchung", "Handgelenk rechts in 2 Ebenen + Kahnbeinquartett"],
        ["Datum", "21.09.2026 16:05"], ["Anforderung", "ZNA, Dr. M. Schäfer"]], widths=(3.5, 13), size=9),
    P("**Fragestellung:** Sturz auf die rechte Hand, Tabatière druckschmerzhaft. Fraktur?"),
    P("**Befund:** Quer verlaufende, nicht dislozierte Fraktur im mittleren Drittel des Os scaphoideum. Keine "
      "Stufe, kein Gap > 1 mm. Übrige Handwurzel regelrecht. Distaler Radius intakt."),
    P("**Beurteilung:** Nicht dislozierte Skaphoidfraktur rechts (mittleres Drittel)."),
    P("Dr. med. C. Lindemann, Fachärztin für Radiologie – vidiert 21.09.2026 17:40"),
]
p33d = [
    P("**Klinikum Bocholt-Süd** – Institut für Laboratoriumsmedizin, Mikrobiologie und Hygiene", size=9),
    TITLE("Mikrobiologischer Befund", size=12),
    KV([["Patient", "Vos, Willem", "geb.", "12.12.1972"],
        ["Einsender", "Station 4B (Unfallchirurgie)", "Auftragsnr.", "MB-26-094471"],
        ["Entnahme", "21.09.2026", "Befunddatum", "23.09.2026"]], size=9),
    P("**Untersuchung:** MRSA-Screening bei stationärer Aufnahme (Risikoscreening)"),
    TABLE([["Material", "Verfahren", "Ergebnis"],
           ["Nasenvorhof-Abstrich", "Kultur (chromogen)", "kein MRSA nachgewiesen"],
           ["Rachenabstrich", "Kultur (chromogen)", "kein MRSA nachgewiesen"],
           ["Leistenabstrich", "Kultur (chromogen)", "kein MRSA nachgewiesen"]], size=9),
    P("Endbefund. Dr. rer. nat. B. Grote, Fachmikrobiologin"),
]
add(stem="ve-033", fmt="pdf", pdf_title="Unterlagen Vos",
    parts=[
        {"blocks": p33a, "opts": {"size": 9.5, "footer": "Klinikum Bocholt-Süd gGmbH · Seite {page}/{pages}"},
         "label": part(["correspondence"], "2026-09-25", "specialist")},
        {"blocks": p33b, "opts": {"size": 9.5, "footer": "OP-Dokumentation · gedruckt 25.09.2026"},
         "label": part(["operation-report"], "2026-09-22", "specialist")},
        {"blocks": p33c, "opts": {"size": 9.5, "footer": "RIS/PACS Klinikum Bocholt-Süd"},
         "label": part(["imaging-report"], "2026-09-21", "radiologist")},
        {"blocks": p33d, "opts": {"size": 9.5, "footer": "Labor Klinikum Bocholt-Süd · akkreditiert nach DIN EN ISO 15189"},
         "label": part(["mrsa-screening"], "2026-09-23", "lab")},
    ],
    label=label(["correspondence", "operation-report", "imaging-report", "mrsa-screening"], None, "other", "de",
                "merged PDF: German hospital discharge letter + OP-Bericht + Röntgenbefund + MRSA admission screen",
                "yes", "yes", "yes",
                notes="Four German documents of one stay in one file; the MRSA part is a foreign admission screen "
                      "(a real lab result, but taken in the hospital abroad); the letter's MRSA sentence is only a "
                      "mention; the newest imaging (CT) is only planned."))

# ---------------------------------------------------------------------------------------------- ve-034
add(stem="ve-034", fmt="docx",
    opts={"font": "Segoe UI", "size": 10,
          "header": "Amstelveld Ziekenhuis · Plastische, Reconstructieve en Handchirurgie\n"
                    "Meijerink, J.A. · 01-12-1966 · Patiëntnr. 40199382",
          "footer": "Amstelveld Ziekenhuis · Sarphatistraat 300 · 1018 GZ Amsterdam · 020 - 555 8000\n"
                    "Pagina {page} van {pages}"},
    blocks=[
        P("Huisartsenpraktijk Plantage\nT.a.v. dhr. S.R. Bakker, huisarts\nPlantage Middenlaan 14\n1018 DD Amsterdam"),
        KV([["Datum", "8 september 2026"], ["Uw kenmerk", "-"], ["Ons kenmerk", "PRH/40199382/EvH"],
            ["Onderwerp", "Polikliniekbezoek 01-09-2026"]], widths=(3.2, 9)),
        P("Geachte collega Bakker,"),
        P("Op 1 september jl. zagen wij uw patiënt, de heer J.A. Meijerink, geboren 01-12-1966, op de polikliniek "
          "Plastische Chirurgie."),
        H("Voorgeschiedenis"),
        P("2022 partiële fasciectomie dig IV en V links wegens M. Dupuytren (door ons verricht)\n2017 "
          "liesbreukcorrectie rechts"),
        H("Anamnese"),
        P("Sinds een jaar opnieuw buigstand van de linkerpink, progressief; hij kan zijn hand niet meer plat op "
          "tafel leggen en blijft haken bij het aantrekken van handschoenen. Geen pijn. Zijn vader werd in de "
          "jaren tachtig meermaals aan Dupuytren geopereerd."),
        H("Lichamelijk onderzoek"),
        TABLE([["Straal", "MCP extensiedeficit", "PIP extensiedeficit", "Streng"],
               ["IV links", "0°", "10°", "ja, palmair"],
               ["V links", "15°", "40°", "ja, digitaal (recidief in litteken)"],
               ["rechts", "-", "-", "knobbeltje handpalm, geen contractuur"]], size=9.5),
        H("Aanvullend onderzoek"),
        P("Niet verricht. Beeldvorming is voor deze vraagstelling niet geïndiceerd."),
        H("Conclusie"),
        P("Recidief M. Dupuytren dig V links (Tubiana II) na eerdere fasciectomie, diathese-kenmerken "
          "(familie-anamnese, vroege start, bilateraal)."),
        H("Beleid"),
        P("Wij bespraken de opties: naaldfasciotomie (hoge recidiefkans), re-fasciectomie of dermofasciectomie "
          "met huidtransplantaat. De heer Meijerink wil graag een second opinion voordat hij een keuze maakt; "
          "wij hebben hem geadviseerd dit via u aan te vragen. Wij zien hem daarna graag terug."),
        P("Met vriendelijke groet,"),
        SP(),
        P("E. van Houten, AIOS plastische chirurgie\nnamens dr. G.H. Meester, plastisch chirurg"),
        SMALL("cc: dhr. J.A. Meijerink\nDit document is elektronisch geautoriseerd en daarom niet ondertekend."),
    ],
    label=label(["correspondence"], "2026-09-08", "specialist", "nl",
                "Epic-like outpatient letter (header with patient line, contracture table)",
                "no", "yes", "unmentioned", also=["2026-09-01"],
                notes="Earlier hand operation in 'Voorgeschiedenis'; father's operations and inguinal hernia repair "
                      "do not count; 'Aanvullend onderzoek: Niet verricht'; second opinion is advised via the GP, so "
                      "this is not a referral; visit date vs letter date."))

# ---------------------------------------------------------------------------------------------- ve-035
add(stem="ve-035", fmt="txt",
    text="""\
PROFESSIONELE SAMENVATTING
Huisartsenpraktijk Vechtoever - Zandweg 8 - 3601 HH Maarssen - 0346-55 10 20
Gegenereerd: 02-12-2025 15:47 door: W. Timmer, huisarts

Patient: mevr. D. Hofman           Geboortedatum: 14-05-1952
BSN: 7719 30 651                   Geslacht: V
Adres: Bloemstede 44, 3608 TK Maarssen

--- EPISODES (actief) ---------------------------------------------------
N93    Carpaletunnelsyndroom beiderzijds                      sinds 03-2025
L91    Artrose vingers/duimbasis beiderzijds                  sinds 2019
K86    Hypertensie                                            sinds 2011
T90    Diabetes mellitus type 2                               sinds 2016

--- EPISODES (inactief, relevant) ---------------------------------------
W84    Zwangerschap, partus (2x, spontaan)                    1978/1981
L96    Meniscusletsel knie re, artroscopie                    2005

--- JOURNAAL (laatste 9 maanden) ----------------------------------------
11-03-2025  S: tintelingen beide handen 's nachts, re > li. Moeder is destijds
            aan beide handen geopereerd voor CTS.
            O: Tinel + bdz, Phalen + bdz, geen atrofie.
            E: N93 CTS bdz.  P: nachtspalken bdz, uitleg.
28-05-2025  S: spalken helpen matig. P: verwijzing neurologie (EMG).
24-07-2025  Brief neurologie Ziekenhuis Vechtstede: EMG matig ernstig CTS
            beiderzijds, re > li. Geen beeldvorming verricht, niet geindiceerd.
            Advies: injectie, zo nodig operatie.
02-09-2025  S: pt verblijft 's winters 3 maanden in Portugal (Algarve); vraagt
            of dat kan. Geen ziekenhuiszorg daar gehad, ook niet vorig jaar.
            P: medicatie voor 3 mnd mee, Europese zorgpas.
14-10-2025  E: N93 re. P: injectie carpale tunnel re (triamcinolon 40 mg).
25-11-2025  S: injectie hielp 4 wk. Wil verder. P: verwijzing handchirurgie:
            operatie overwegen (carpaletunnelrelease re).

--- MEDICATIE -----------------------------------------------------------
metformine 500 mg 2dd1 | losartan 50 mg 1dd1 | paracetamol 500 mg zn

--- ALLERGIEEN / CONTRA-INDICATIES --------------------------------------
geen bekend

--- LAATSTE METINGEN ----------------------------------------------------
RR 138/82 (25-11-2025) | HbA1c 51 mmol/mol (09-2025) | BMI 29,4
""",
    label=label(["history"], "2025-12-02", "gp", "nl", "HIS 'Professionele samenvatting' export (plain text)",
                "no", "unmentioned", "no",
                notes="Older than six months; mother's CTS operations and knee arthroscopy do not count; carpal tunnel "
                      "release only to be considered; 'Geen beeldvorming verricht' quoted from the neurologist; "
                      "wintering in Portugal explicitly without hospital care; ASCII without diacritics."))

# ---------------------------------------------------------------------------------------------- ve-036
add(stem="ve-036", fmt="pdf",
    opts={"size": 9.5, "header": "North Calderbrook NHS Foundation Trust",
          "footer": "Theatre Suite 2, Calderbrook General Hospital  ·  Printed 24/03/2026 12:48  ·  Page {page} of {pages}"},
    blocks=[
        TITLE("OPERATION NOTE", size=13, align="center"),
        KV([["Patient", "KOOISTRA, Daan", "Hospital No", "C4417920"],
            ["DOB", "11/10/2001", "NHS No", "486 230 1177"],
            ["Date of operation", "24/03/2026", "Theatre", "DSU 2"],
            ["Surgeon", "Ms Priya Raman, Consultant", "Assistant", "Mr T Hale, ST5"],
            ["Anaesthetist", "Dr F Adeyemi", "Anaesthesia", "GA + regional block"]], grid=True, size=9),
        KV([["Indication", "Undisplaced fracture of the waist of the left scaphoid, confirmed on MRI "
                           "16/03/2026 (initial radiographs 06/03/2026 negative). Patient wishes early return to "
                           "sport."],
            ["Procedure", "Percutaneous fixation of left scaphoid (volar approach)"],
            ["Findings", "Undisplaced waist fracture, stable on screening. No carpal instability."],
            ["Implants", "Headless compression screw 2.5 x 24 mm (lot 26A-0417)"],
            ["Description", "WHO checklist completed. Supine, arm table, no tourniquet. Wrist extended over a "
                            "bolster. Under image intensifier guidance guidewire inserted from the scaphoid "
                            "tubercle along the central axis. Position confirmed in four views. Measured, drilled, "
                            "screw inserted with good compression. Final II images satisfactory. Stab incision "
                            "closed with Steri-Strips."],
            ["Closure", "Steri-Strips, wool and crepe, below-elbow backslab"],
            ["Blood loss", "Minimal"], ["Complications", "None"],
            ["Post-op instructions", "Elevate. Discharge today if comfortable. Removable splint at 2/52 in fracture "
                                     "clinic; CT at 8/52 to assess union. Hand therapy referral. No contact sport "
                                     "for 12 weeks."],
            ["VTE prophylaxis", "Not required"]], widths=(3.8, 12.7), grid=True, size=9),
        SP(4),
        P("Signed: P Raman  ·  GMC 6123456  ·  24/03/2026 11:57", size=8.5),
    ],
    label=label(["operation-report"], "2026-03-24", "specialist", "en", "UK NHS operation note form",
                "yes", "yes", "yes",
                notes="Form-only operation note; imaging stated (MRI, radiographs, image intensifier) alongside a "
                      "planned CT; care abroad only implied by the NHS trust."))

# ---------------------------------------------------------------------------------------------- ve-037
add(stem="ve-037", fmt="docx",
    opts={"header": "Wexmoor Hospitals NHS Foundation Trust · Day Surgery Unit · Discharge Summary",
          "footer": "This discharge summary was sent electronically to the GP on 23/06/2026 17:02. Page {page} of {pages}"},
    blocks=[
        TITLE("Discharge Summary", size=14),
        KV([["Patient", "Claire VANDERMEER (Mrs)", "NHS No", "401 023 2137"],
            ["DOB", "14/02/1982", "Hospital No", "W2298431"],
            ["Admitted", "23/06/2026 07:30", "Discharged", "23/06/2026 15:10"],
            ["Consultant", "Mr J Ashdown (T&O)", "Ward", "Day Surgery Unit"],
            ["GP", "Dr S Pemberton, Millbrook Surgery", "Method", "Elective day case"]], grid=True),
        H("Diagnosis"),
        P("De Quervain's tenosynovitis, right wrist"),
        H("Procedure performed"),
        P("Release of first dorsal extensor compartment, right (operation note filed separately)"),
        H("Clinical summary"),
        P("Listed after failed steroid injection in May. Uneventful day-case surgery under local anaesthetic. "
          "Observations stable; discharged home with her husband."),
        H("Medication on discharge"),
        TABLE([["Medication", "Dose", "Duration"], ["Co-codamol 8/500", "2 tablets QDS PRN", "5 days"],
               ["Ibuprofen", "400 mg TDS with food", "5 days"]], size=10),
        H("Follow-up / actions for GP"),
        P("Please arrange removal of sutures at the practice at 10-14 days. Hand therapy referral made. Clinic "
          "review in 6 weeks - patient informs us she will be moving abroad (Netherlands) in August; please "
          "forward records on request."),
        P("Completed by: Dr L Moreno, FY2, on behalf of Mr J Ashdown"),
    ],
    label=label(["correspondence"], "2026-06-23", "specialist", "en", "UK NHS day-case discharge summary",
                "unmentioned", "yes", "yes",
                notes="Discharge summary with a one-line procedure and a pointer to a separate operation note, so not "
                      "an operation report; 'moving abroad (Netherlands)' is not care abroad, but the UK day case "
                      "itself is."))

# ---------------------------------------------------------------------------------------------- ve-038
add(stem="ve-038", fmt="pdf",
    opts={"size": 9.5, "footer": "AZ Vijverhof · Campus Heilig Hart · Vijverhofstraat 24 · 9000 Gent · "
                                 "T +32 9 210 40 00\nProtocol afgedrukt op 12/02/2026 - blz. {page}/{pages}"},
    blocks=[
        LOGO("AZ Vijverhof", "Gent", addr=["Dienst Plastische, Reconstructieve en Esthetische Heelkunde"],
             color="#5d4037", mark="circle", image=True),
        TITLE("Operatieverslag", size=13),
        KV([["Naam", "CLAESSENS-DE VRIES Bram", "Geboortedatum", "°21/11/1980"],
            ["Patiëntnr.", "2604418837", "Opname", "dagziekenhuis"],
            ["Datum ingreep", "12/02/2026", "Zaal", "OK 7"]], grid=True, size=9),
        KV([["Chirurg", "dr. Els Vermeulen"], ["Assistent", "dr. Jonas Dewulf (ASO)"],
            ["Anesthesist", "dr. Karel Maes"], ["Anesthesie", "Locoregionaal (IVRA, Bier-blok)"],
            ["Diagnose", "Volair polsganglion links, symptomatisch, echografisch bevestigd (Dienst Medische "
                         "Beeldvorming, 20/01/2026)"],
            ["Ingreep", "Excisie volair ganglion pols links (nomenclatuur 250473)"]], widths=(3.5, 13), size=9),
        H("Verloop"),
        P("Garrot. Longitudinale incisie over het ganglion radiaal van de FCR. De a. radialis wordt opgezocht en "
          "beschermd; het ganglion ligt er gedeeltelijk onder. Vrijprepareren tot de steel op het "
          "radioscafoïdale kapsel. Excisie en dichtbranden van de kapselbasis. Spoelen, hemostase na lossen "
          "garrot. Intracutane sluiting, Steri-Strips, drukverband."),
        H("Besluit"),
        P("Vlotte excisie, a. radialis intact. Pathologie: niet opgestuurd."),
        H("Nazorg"),
        P("Verband 48 u droog houden. Controle op de raadpleging na 10 dagen. Arbeidsongeschikt 2 weken."),
        SP(4),
        P("dr. Els Vermeulen, plastisch chirurg"),
    ],
    label=label(["operation-report"], "2026-02-12", "specialist", "nl",
                "Belgian operation report (Flemish, ° birth date, image letterhead)",
                "yes", "yes", "yes",
                notes="Belgian hospital only recognisable from the footer address (+32, 4-digit postcode); earlier "
                      "ultrasound stated inside the diagnosis field; 'Besluit' section; dates dd/mm/yyyy."))

# ---------------------------------------------------------------------------------------------- ve-039
add(stem="ve-039", fmt="txt",
    text="""\
CALDERBROOK PATHOLOGY - MICROBIOLOGY             North Calderbrook NHS Foundation Trust
--------------------------------------------------------------------------------------
CUMULATIVE REPORT                                                    Page 1 of 1

Patient   : KOOISTRA, DAAN                    Hosp No : C4417920
DOB       : 11/10/2001   Sex: M               NHS No  : 486 230 1177
Location  : DSU - Day Surgery Unit            Consultant: RAMAN P
Requested : 24/03/2026 07:31

Specimen  : M26.0871134   Nasal swab + Groin swab
Collected : 24/03/2026 07:40        Received: 24/03/2026 09:12
Reported  : 26/03/2026 14:06        Status  : FINAL

Clinical details:
  Admission screen, elective orthopaedic (hand) surgery.

INVESTIGATION                    RESULT
-------------------------------  ----------------------------------------------
MRSA screen (nasal)              MRSA NOT isolated
MRSA screen (groin)              MRSA NOT isolated

Comment: No further action required.

Authorised by: Dr K Whitfield, Consultant Microbiologist
--------------------------------------------------------------------------------------
*** END OF REPORT ***
""",
    label=label(["mrsa-screening"], "2026-03-26", "lab", "en", "UK hospital pathology MRSA screen (plain text)",
                "unmentioned", "unmentioned", "yes", also=["2026-03-24"],
                notes="Foreign admission screen: the patient was in a UK day-surgery unit (care abroad implied by the "
                      "NHS trust); surgery itself is only 'elective ... surgery' as indication; requested/collected/"
                      "received/reported dates."))

# ---------------------------------------------------------------------------------------------- ve-040
add(stem="ve-040", fmt="docx",
    opts={"header": "Laboratorium Medische Microbiologie Eemland · Uitslagrapport",
          "footer": "LMM Eemland · Eemvalleilaan 12 · 3823 KM Amersfoort · 033 - 850 5700 · ISO 15189 (M 333)"},
    blocks=[
        TITLE("Uitslag microbiologisch onderzoek", size=13),
        KV([["Patiënt", "Brouwer-Kalkman, A.C.", "Geb.datum", "17-09-1971"],
            ["Aanvrager", "J.P. Hoogendijk, huisarts, Amersfoort", "Ordernr.", "EEM-26-662014"],
            ["Afgenomen", "05-10-2026", "Ontvangen", "05-10-2026"],
            ["Rapportdatum", "08-10-2026", "Status", "definitief"]], grid=True),
        H("Vraagstelling / indicatie"),
        P("MRSA-screening voorafgaand aan verwijzing handchirurgie (mogelijke operatie). Risicofactoren volgens "
          "aanvrager: geen. Geen opname in een buitenlands ziekenhuis; geen beroepsmatig contact met levende "
          "varkens, vleeskalveren of vleeskuikens."),
        H("Resultaten"),
        TABLE([["Materiaal", "Onderzoek", "Resultaat", "Opmerking"],
               ["neusvestibulum", "MRSA-kweek (selectief)", "Negatief", ""],
               ["keel", "MRSA-kweek (selectief)", "Negatief", ""],
               ["perineum", "MRSA-kweek (selectief)", "Negatief", ""]]),
        P("**Conclusie: MRSA niet aangetoond.**"),
        SP(),
        P("Geautoriseerd door dr. I. Smit, arts-microbioloog, 08-10-2026"),
    ],
    label=label(["mrsa-screening"], "2026-10-08", "lab", "nl", "Dutch microbiology result (Word, tables)",
                "unmentioned", "unmentioned", "no", also=["2026-10-05"],
                notes="Indication explicitly negates a foreign hospital stay; 'mogelijke operatie' is a plan; MRSA "
                      "result not needed by the checklist but present."))

# ---------------------------------------------------------------------------------------------- ve-041
add(stem="ve-041", fmt="pdf",
    opts={"size": 9.5, "footer": "MVZ Labor Niederrhein GmbH · Hoffmannallee 55 · 47533 Kleve · Tel. +49 2821 59 90-0 · "
                                 "Ärztlicher Leiter Dr. med. P. Schrader\nBefund Seite {page} von {pages}"},
    blocks=[
        LOGO("MVZ Labor Niederrhein", "Medizinische Mikrobiologie · Labormedizin · Hygiene", color="#0d47a1",
             mark="triangle"),
        KV([["Einsender", "Hausarztpraxis Dr. U. Brenninkmeyer, Kleve", "Auftrag", "26-1028-4471"],
            ["Patient", "Terhorst, Klaus", "geb.", "19.08.1961"],
            ["Entnahme", "26.10.2026", "Eingang", "26.10.2026"],
            ["Befunddatum", "28.10.2026", "Befundstatus", "Endbefund"]], grid=True, size=9),
        H("Klinische Angaben"),
        P("Z. n. stationärem Aufenthalt (Arthrodese CMC I re., Ev. Krankenhaus Lindenhain, 03/2025). Vorstellung "
          "in Handklinik (NL) geplant, MRSA-Status erbeten."),
        H("MRSA-Screening (Kultur, chromogener Selektivagar, Anreicherung)"),
        TABLE([["Material", "Ergebnis"], ["Nasenvorhof bds.", "kein MRSA nachgewiesen"],
               ["Rachen", "kein MRSA nachgewiesen"], ["Leiste", "kein MRSA nachgewiesen"]],
              widths=(6, 10.5), size=9),
        H("Beurteilung"),
        P("Kein Nachweis von Methicillin-resistentem Staphylococcus aureus in den eingesandten Materialien."),
        SP(4),
        P("Dr. med. P. Schrader, Facharzt für Mikrobiologie, Virologie und Infektionsepidemiologie"),
    ],
    label=label(["mrsa-screening"], "2026-10-28", "lab", "de", "German MVZ laboratory MRSA result (table)",
                "unmentioned", "yes", "yes", also=["2026-10-26"],
                notes="German lab result for a German patient: the stay in a German hospital is care abroad for the "
                      "Dutch clinic; operation only in 'Klinische Angaben'; dates dd.mm.yyyy."))

# ---------------------------------------------------------------------------------------------- ve-042
add(stem="ve-042", fmt="txt",
    text="""\
Huisartsenpraktijk Ter Borch
Ter Borchstraat 6
7261 BD Ruurlo
tel. 0573-45 11 90

Aan:      Handkliniek Lindehof
          t.a.v. intake second opinion
          Catharijnesingel 210, 3511 GV Utrecht

Datum:    06-10-2026
Betreft:  mw. Y. Schouten-Mol, geb. 09-03-1979
          Hoge Veld 17, 7261 KL Ruurlo

Geachte collega,

Op verzoek van patiente stuur ik u hierbij een samenvatting van haar
medische voorgeschiedenis ten behoeve van de second opinion. De verwijzing
is op 29-09-2026 via ZorgDomein verstuurd.

Huidige klacht
Sinds januari 2026 pijn en zwelling aan de radiale zijde van de linkerpols.
Na twee injecties (03-2026 en 06-2026, door de orthopeed in het Berkelland-
Oost Ziekenhuis) tijdelijke verbetering. Echo pols links (08-2026): ten-
dinose van de APL/EPB zonder ganglion. Zij is nooit aan de hand of pols
geopereerd; de orthopeed heeft een klieving van het eerste strekpees-
compartiment voorgesteld.

Voorgeschiedenis
1995  appendectomie
2010  sectio caesarea
2014  depressieve episode, hersteld
2021  hypothyreoidie
Geen ziekenhuisopnames in het buitenland.

Medicatie
levothyroxine 50 mcg 1dd1
ibuprofen 400 mg zo nodig

Allergieen
pleisters (contactallergie)

Met collegiale groet,

M. Jansen-Ter Haar, huisarts
""",
    label=label(["history"], "2026-10-06", "gp", "nl", "GP summary letter as HIS text export (not a referral)",
                "yes", "no", "no",
                notes="GP's history letter accompanying a separate referral (not itself a referral); hyphenated line "
                      "breaks ('Berkelland-/Oost', 'ten-/dinose', 'strekpees-/compartiment'); explicit 'nooit ... "
                      "geopereerd' next to appendectomy and caesarean; release only proposed; 'Geen "
                      "ziekenhuisopnames in het buitenland'."))

# ---------------------------------------------------------------------------------------------- ve-043
add(stem="ve-043", fmt="pdf",
    opts={"size": 10, "footer": "Ziekenhuis Rijnstroom · Medische Beeldvorming · Rijnstroomlaan 55 · 6815 AD Arnhem\n"
                                "Pagina {page}/{pages}"},
    blocks=[
        LOGO("Ziekenhuis Rijnstroom", "Medische Beeldvorming", color="#006064", mark="cross", image=True),
        KV([["Naam:", "mw. E. Dijkhuizen", "Geb.:", "27-07-1998"],
            ["Onderzoek:", "X-pols links + scaphoidserie", "Onderzoeksdatum:", "12 februari 2026"],
            ["Aanvrager:", "drs. M. Postma, SEH-arts", "Afdeling:", "Spoedeisende Hulp"]], size=9.5),
        H("Klinische gegevens"),
        LINES(["Val op uitgestrekte linkerhand tijdens wintersport op 05-02. Op 05-02 in Oos-",
               "tenrijk (Innsbruck) gegipst; foto's daar niet meegekregen. Vraagstelling: frac-",
               "tuur? Stand?"]),
        H("Verslag"),
        LINES(["Opnamen door onderzoeksgips. Fractuur van de distale radius, extra-articu-",
               "lair, op circa 2 cm van het gewrichtsvlak, zonder noemenswaardige dislocatie.",
               "Volaire tilt behouden (circa 8 graden), radiale inclinatie 21 graden, geen ver-",
               "korting. Scaphoid intact op de scaphoidseries. Processus styloideus ulnae in-",
               "tact. Geen aanwijzingen voor carpale malalignment."]),
        H("Conclusie"),
        LINES(["Niet-verplaatste, extra-articulaire distale radiusfractuur links, goede stand in",
               "gips. Geen scaphoidfractuur."]),
        SP(6),
        P("Dr. J.H. ten Brinke, radioloog  ·  geautoriseerd 12-02-2026 15:31"),
    ],
    label=label(["imaging-report"], "2026-02-12", "radiologist", "nl",
                "Dutch radiology report with hard line breaks and hyphenation",
                "yes", "unmentioned", "yes",
                notes="Hyphenated line breaks split key words ('Oos-/tenrijk', 'frac-/tuur'); care abroad only as "
                      "'in Oostenrijk (Innsbruck) gegipst' (treatment implied, no hospital named); date written "
                      "'12 februari 2026'; ED doctor is the requester."))

# ---------------------------------------------------------------------------------------------- ve-044
add(stem="ve-044", fmt="docx",
    opts={"header": "AZ Sint-Remigius Brugge · Dienst Medische Beeldvorming",
          "footer": "AZ Sint-Remigius vzw · Remigiuslaan 211 · 8200 Brugge · +32 50 45 12 00 · "
                    "verslag {page}/{pages}"},
    blocks=[
        KV([["Patiënt", "VAN DER HOOFT Lieke (°03/04/1977)"], ["Aanvragend arts", "dr. P.-J. Vandecasteele (orthopedie)"],
            ["Onderzoek", "NMR rechterpols (3T), zonder contrast"], ["Datum onderzoek", "02/09/2026"],
            ["Datum verslag", "03/09/2026"]], widths=(4, 12.5)),
        H("Klinische inlichtingen"),
        P("Scafolunaire diastase 4 mm op RX. Ligamentletsel? Kraakbeen?"),
        H("Bevindingen"),
        P("Volledige ruptuur van het dorsale en membraneuze deel van het scafolunaire ligament met diastase van "
          "4 mm. Lichte DISI-stand van het lunatum (radiolunaire hoek 18°). Beginnend kraakbeenverlies aan de "
          "proximale pool van het scafoïd, radiale fossa nog bewaard. Intact lunotriquetraal ligament. TFCC "
          "intact. Gering gewrichtsvocht."),
        H("Besluit"),
        P("Volledige SL-ligamentruptuur met beginnende statische instabiliteit (DISI) en vroege "
          "kraakbeenschade radioscafoïdaal (beginnend SLAC 1)."),
        SP(),
        P("dr. Hannelore Wuyts, radioloog"),
    ],
    label=label(["imaging-report"], "2026-09-03", "radiologist", "nl", "Belgian radiology report (Word, 'Besluit', NMR)",
                "yes", "unmentioned", "yes", also=["2026-09-02"],
                notes="Belgian wording (NMR, Besluit, aanvragend arts); Belgian address only in header/footer; "
                      "no title line; dd/mm/yyyy."))

# ---------------------------------------------------------------------------------------------- ve-045
add(stem="ve-045", fmt="pdf",
    opts={"size": 9.5, "header": "HOSPITAL COSTA BLANCA LEVANTE · Servicio de Urgencias",
          "footer": "Avenida del Levante 40 · 03550 San Juan de Alicante · España · Tel. +34 965 00 21 00\n"
                    "Report generated 27/04/2026 23:41 - page {page} of {pages}"},
    blocks=[
        TITLE("EMERGENCY DEPARTMENT REPORT (English version)", size=12),
        KV([["Patient", "BOSMAN, GERT-JAN", "Episode", "URG-26-0419937"],
            ["DOB", "30/09/1949", "Sex", "Male"],
            ["ID", "Passport NL (tourist)", "Insurance", "EHIC / TSE"],
            ["Arrival", "27/04/2026 20:12", "Discharge", "27/04/2026 23:35"]], grid=True, size=9),
        H("Reason for consultation"),
        P("Fall on the street, punched the ground with closed right fist. Pain and swelling of the ulnar side of "
          "the right hand."),
        H("Examination"),
        P("Swelling and tenderness over the 5th metacarpal neck, slight rotational deformity not present, "
          "neurovascular intact."),
        H("Complementary tests"),
        P("X-ray right hand (PA and oblique): fracture of the neck of the 5th metacarpal with 30 degrees of volar "
          "angulation."),
        H("Diagnosis"),
        P("Fracture of the neck of the 5th metacarpal, right hand (boxer's fracture)."),
        H("Treatment"),
        P("Closed reduction under haematoma block. Ulnar gutter plaster splint. No surgical treatment was "
          "required. Analgesia: paracetamol 1 g / 8 h, ibuprofen 600 mg / 8 h."),
        H("Recommendations"),
        P("Follow-up with his doctor / traumatologist in the Netherlands within 7 days with new X-ray. Return to "
          "the emergency department if numbness or colour change of the fingers."),
        SP(4),
        P("Dra. Lucía Ferrer Gómez, emergency physician · Col. 03/12345"),
    ],
    label=label(["correspondence"], "2026-04-27", "specialist", "en", "Spanish emergency department report, English version",
                "yes", "no", "yes",
                notes="Foreign ED report (treated abroad without the word 'abroad'); 'No surgical treatment was "
                      "required' is a negation next to a closed reduction; new X-ray only recommended."))

# ---------------------------------------------------------------------------------------------- ve-046
add(stem="ve-046", fmt="txt",
    text="""\
Praxis für Ergotherapie & Handtherapie Lindner
Steinstraße 27 · 46446 Emmerich am Rhein · Tel. 02822 91 44 30

                                                   Emmerich, 28.09.2026

An den weiterbehandelnden Arzt / aan de behandelend arts

THERAPIEBERICHT

Patient:      Pieter Hendriks, geb. 09.03.1988, Arnhem (NL)
Verordnung:   Klinikum Rheinauen, Dr. med. S. Wieland
Diagnose:     Z. n. distaler Radiusfraktur li. (AO 23-C2), palmare
              Plattenosteosynthese am 14.07.2026 (Klinikum Rheinauen)
Zeitraum:     03.08.2026 - 25.09.2026, 14 Behandlungen à 45 min

Befund zu Beginn:
  ROM Handgelenk li. Ext/Flex 25-0-30, Pro/Sup 60-0-45, Faustschluss
  inkomplett, Kraft (Jamar) li. 8 kg / re. 46 kg. Ödem Handrücken.

Behandlung:
  Ödemreduktion, Narbenbehandlung, aktive und passive Mobilisation,
  Sehnengleitübungen, Kraftaufbau ab der 8. postoperativen Woche,
  Alltagstraining (Patient ist Koch).

Befund aktuell:
  ROM Ext/Flex 55-0-60, Pro/Sup 80-0-75, Faustschluss komplett,
  Kraft li. 24 kg. Restbeschwerden ulnarseitig bei Supination unter Last.

Empfehlung:
  Fortsetzung der Handtherapie heimatnah in den Niederlanden. Bei
  persistierenden ulnaren Beschwerden Röntgenkontrolle / Vorstellung beim
  Handchirurgen empfohlen.

Mit freundlichen Grüßen
S. Lindner, Ergotherapeutin (B.Sc.), zertifizierte Handtherapeutin (DAHTH)
""",
    label=label([], "2026-09-28", "other", "de", "German hand-therapy report (plain text)",
                "unmentioned", "yes", "yes",
                notes="Hand-therapy report: no document kind; operation and German hospital only in the 'Diagnose' "
                      "field; X-ray only recommended."))

# ---------------------------------------------------------------------------------------------- ve-047
add(stem="ve-047", fmt="docx",
    opts={"header": "Ziekenhuis Rijnstroom · Orthopaedics / Orthopedie",
          "footer": "Ziekenhuis Rijnstroom · Rijnstroomlaan 55 · 6815 AD Arnhem · +31 (0)26 - 378 9000\nPage {page}"},
    blocks=[
        LOGO("Ziekenhuis Rijnstroom", "Department of Orthopaedics", color="#006064", mark="cross"),
        P("Handkliniek Lindehof\nSecond opinion service\nCatharijnesingel 210\n3511 GV Utrecht"),
        KV([["Date", "22-10-2026"], ["Our ref.", "ORT/RM/77120934"], ["Patient", "Mr R. Mehta, DOB 19-04-1987, "
                                                                             "Velperweg 140, 6824 HL Arnhem"]],
           widths=(3, 13.5)),
        P("Dear colleague,"),
        P("I would be grateful if you could see Mr Mehta, a 39-year-old software engineer, for a second opinion "
          "regarding his left wrist. He prefers correspondence in English; a copy of this letter goes to his "
          "GP."),
        P("**History.** In January 2026, during a family visit, he fell on his outstretched left hand and was "
          "seen at a hospital in Pune, India, where a scaphoid cast was applied for a suspected scaphoid fracture "
          "for six weeks. He has not undergone any surgery on this wrist. Since then he has had dorsal wrist pain "
          "with heavy lifting and push-ups."),
        P("**Investigations.** Radiographs (Rijnstroom, 30-07-2026) show a healed scaphoid without fracture line; "
          "the scapholunate interval is 3 mm. MRI (14-08-2026) shows a partial tear of the dorsal scapholunate "
          "ligament without DISI."),
        P("**Assessment and question.** Predynamic/dynamic scapholunate instability of the left wrist. I have "
          "discussed a diagnostic wrist arthroscopy with possible debridement or capsulodesis. He is hesitant "
          "to have surgery. **I would value your opinion on whether arthroscopy is indicated at this stage or "
          "whether a proprioceptive therapy programme should be tried first.**"),
        P("Kind regards,"),
        SP(),
        P("dr. R. Meulenbelt\nOrthopaedic surgeon, upper extremity"),
        SMALL("cc: J. de Graaf, general practitioner, Arnhem; Mr R. Mehta"),
    ],
    label=label(["referral", "correspondence"], "2026-10-22", "specialist", "en",
                "Dutch hospital specialist referral letter written in English",
                "yes", "no", "yes", rq=True,
                notes="A treating specialist refers (both referral and specialist correspondence); care abroad in a "
                      "subordinate clause (hospital in Pune, India); explicit 'has not undergone any surgery'; "
                      "arthroscopy only discussed."))

# ---------------------------------------------------------------------------------------------- ve-048
add(stem="ve-048", fmt="pdf",
    opts={"size": 9.5, "header": "ZorgDomein - Verwijzing  |  Referentie ZD-8812-0034-7751",
          "footer": "Verstuurd 06-11-2026 11:20 via ZorgDomein  ·  Gezondheidscentrum Kanaleneiland-Zuid  ·  "
                    "Pagina {page} van {pages}"},
    blocks=[
        TITLE("Consult handchirurgie", size=13),
        KV([["Aan", "Handkliniek Lindehof - Plastische chirurgie (handchirurgie), Utrecht"],
            ["Van", "dr. S. Amrani-Vos, huisarts, Gezondheidscentrum Kanaleneiland-Zuid\n"
                    "Marshalllaan 12, 3527 TK Utrecht · AGB 01-110072"],
            ["Patiënt", "dhr. K. Bouzid · geboren 03-03-1975 · BSN 3302 81 559"],
            ["Verzekering", "ZorgSamen Verzekeringen"],
            ["Datum", "06-11-2026"]], widths=(3, 13.5), shade="#e3f2fd", size=9),
        H("Reden van verwijzing"),
        P("Triggervinger dig III rechts sinds februari 2026, pijnlijk en 's ochtends op slot. Tweemaal "
          "injectie (04-2026, 08-2026) door mijzelf met telkens enkele weken effect. Nu recidief. Geen "
          "beeldvorming verricht. DM type 2, goed ingesteld."),
        H("Vraagstelling"),
        P("Graag behandeling: A1-klieving dig III rechts."),
        KV([["Medicatie (uit HIS)", "metformine 850 mg 2dd1; salbutamol inh. z.n."],
            ["Allergieën", "geen bekend"],
            ["Bijlagen", "geen"]], widths=(4, 12.5), size=9),
    ],
    label=label(["referral"], "2026-11-06", "gp", "nl", "ZorgDomein referral 'Consult handchirurgie' (label/value form)",
                "no", "unmentioned", "unmentioned", rq=False,
                notes="A field labelled 'Vraagstelling' that holds no question, only a treatment request ('Graag "
                      "behandeling: A1-klieving'), so referral_question is false; injections are not operations; "
                      "the operation is only requested; 'Geen beeldvorming verricht'; no history section with "
                      "recent treatments, so only a referral."))
