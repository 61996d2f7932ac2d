"""Merged PDFs ('bijlagen' bundles) of the ty- batch: several documents in one file."""
from common import bsn, nhs
from labels import L, P

DOCS = []
MM = 2.835

# ------------------------------------------------------------------------------------------ ty-031
_031_ref = [
    ("letterhead", dict(logo="HK", color="#1565c0", name="Huisartsenpraktijk Het Kompas",
                        lines=["drs. A.M. Wijnen, huisarts", "Kompasstraat 5, 3812 AA Amersfoort"],
                        right=["Tel. 033-4721090", "AGB 01-052277"])),
    ("lines", ["Aan: Kliniek voor Hand- en Polschirurgie, afdeling second opinion",
               "Postbus 9600, 2300 RC Leiden", "", "Amersfoort, 16 november 2026"]),
    ("p", "<b>Betreft:</b> mw. R. Schouten, geb. 09-09-1955, BSN " + bsn(20)),
    ("p", "Geachte collega,"),
    ("p", "Mevrouw Schouten, gepensioneerd kapster, heeft sinds 2024 toenemende pijn aan de basis van de "
          "linkerduim. De röntgenfoto van 02-09-2026 toont een artrose van het CMC-1-gewricht. De orthopeed "
          "in Ziekenhuis Eemland-Noord heeft haar een trapeziectomie geadviseerd (zie brief)."),
    ("p", "Patiënte twijfelt, omdat haar zus na dezelfde operatie veel krachtverlies hield. Zij vraagt om "
          "een second opinion. <b>Vraag:</b> is een trapeziectomie in haar geval de beste keuze, of zijn er "
          "nog conservatieve opties of een alternatieve ingreep?"),
    ("p", "Medicatie: paracetamol z.n., simvastatine 20 mg. Allergie: geen."),
    ("p", "Bijlagen: verslag röntgenonderzoek 02-09-2026; brief orthopedie 15-09-2026."),
    ("lines", ["Met collegiale groet,", "", "drs. A.M. Wijnen, huisarts"]),
]
_031_rad = [
    ("letterhead", dict(logo="EN", color="#00695c", name="Ziekenhuis Eemland-Noord",
                        sub="Afdeling Radiologie", lines=["Maatweg 3, 3813 TZ Amersfoort"],
                        right=["Radiologie 033-8502000"])),
    ("fields2", [("Patiënt", "mw. R. Schouten", "Geb.datum", "09-09-1955"),
                 ("Aanvrager", "dr. J. Hermans, orthopeed", "Datum onderzoek", "02-09-2026"),
                 ("Onderzoek", "X-hand links + duimopname", "Verslagdatum", "02-09-2026")]),
    ("p", "<b>Klinische gegevens:</b> pijn basis duim links. Artrose CMC-1?"),
    ("p", "<b>Bevindingen:</b> gewrichtsspleetversmalling van het CMC-1-gewricht links met subchondrale "
          "sclerose, osteofyten en lichte radiale subluxatie van de basis metacarpale I. STT-gewricht "
          "gespaard. Overige gewrichten zonder bijzonderheden."),
    ("p", "<b>Conclusie:</b> artrose CMC-1 links, Eaton stadium III."),
    ("lines", ["dr. M. Koopmans, radioloog", "Geautoriseerd 02-09-2026 14:51"]),
]
_031_ort = [
    ("letterhead", dict(logo="EN", color="#00695c", name="Ziekenhuis Eemland-Noord",
                        sub="Orthopedie - hand- en polsspreekuur", lines=["Maatweg 3, 3813 TZ Amersfoort"],
                        right=["Poli orthopedie 033-8502300"])),
    ("fields", [("Datum", "15-09-2026"), ("Aan", "drs. A.M. Wijnen, huisarts"),
                ("Betreft", "mw. R. Schouten, 09-09-1955")]),
    ("p", "Geachte collega,"),
    ("p", "Wij zagen uw patiënte op 02-09-2026 en 15-09-2026 op het handspreekuur."),
    ("p", "<b>Anamnese:</b> pijn basis duim links sinds 2 jaar, nachtspalk en paracetamol helpen "
          "onvoldoende. Een injectie in 2025 gaf 2 maanden verlichting."),
    ("p", "<b>Onderzoek:</b> drukpijn CMC-1 links, grind-test positief, geen adductiecontractuur."),
    ("p", "<b>Aanvullend onderzoek:</b> X-hand links: CMC-1-artrose Eaton III."),
    ("p", "<b>Conclusie:</b> symptomatische CMC-1-artrose links."),
    ("p", "<b>Beleid:</b> wij hebben een trapeziectomie met peesinterpositie besproken. Patiënte wil "
          "bedenktijd; zij neemt contact op als zij de operatie wil laten plaatsvinden."),
    ("lines", ["Met vriendelijke groet,", "", "R. Kramer, physician assistant orthopedie",
               "namens dr. J. Hermans, orthopedisch chirurg"]),
]
DOCS.append(dict(
    id="ty-031", fmt="pdf",
    merge=[dict(engine="flow", blocks=_031_ref,
                meta=dict(font="helv", footer="Bijlage 1 - Verwijsbrief - pagina {page}")),
           dict(engine="canvas", blocks=_031_rad,
                meta=dict(font="helv", size=9, label_w=30 * MM,
                          footer="Ziekenhuis Eemland-Noord - Radiologie - Afgedrukt 10-11-2026 - pagina {page}")),
           dict(engine="flow", blocks=_031_ort,
                meta=dict(font="helv", footer="Ziekenhuis Eemland-Noord - Orthopedie - pagina {page} van {pages}"))],
    label=L(["referral", "imaging-report", "correspondence"], None, "other", "nl",
            "merged 'bijlagen' bundle: GP referral + radiology report + outpatient letter",
            "yes", "unmentioned", "unmentioned", rq=True,
            notes="Three documents of one patient in one PDF. The referral's question is in the text "
                  "('Vraag:'). The radiology part is a canvas form without a title. The outpatient letter is "
                  "by a physician assistant namens the orthopaedist and only offers surgery. Top level: "
                  "union of kinds, no own date, author other.",
            parts=[P(["referral"], "2026-11-16", "gp"),
                   P(["imaging-report"], "2026-09-02", "radiologist"),
                   P(["correspondence"], "2026-09-15", "specialist")]),
))

# ------------------------------------------------------------------------------------------ ty-050
_050_ent = [
    ("letterhead", dict(logo="KW", color="#0d47a1", name="Klinikum Werdenfels-Land",
                        sub="Klinik für Unfallchirurgie, Orthopädie und Handchirurgie",
                        lines=["Chefarzt Prof. Dr. med. A. Huber", "Klinikstraße 1, 82467 Garmisch-Partenkirchen"],
                        right=["Tel. +49 8821 000-0", "Sekretariat -4100"])),
    ("lines", ["Herrn Dr. E. Smeenk, huisarts", "Bergweg 4, 3707 AC Zeist, Niederlande", "",
               "Garmisch-Partenkirchen, 07.07.2026"]),
    ("title", "Entlassungsbrief"),
    ("p", "<b>Patient:</b> Herr Jeroen Vos, geb. 14.03.1988, stationär vom 03.07.2026 bis 07.07.2026"),
    ("p", "Sehr geehrter Herr Kollege,"),
    ("p", "wir berichten über Ihren Patienten, der nach einem Mountainbikesturz am 03.07.2026 über unsere "
          "Notaufnahme aufgenommen wurde."),
    ("h", "Diagnosen"),
    ("p", "Transskaphoidale perilunäre Luxationsfraktur rechts (Mayfield IV)"),
    ("h", "Therapie"),
    ("p", "04.07.2026: Offene Reposition, Schraubenosteosynthese des Skaphoids, Naht des lunotriquetralen "
          "Bandes und temporäre K-Draht-Transfixation (siehe Operationsbericht)."),
    ("h", "Verlauf"),
    ("p", "Komplikationsloser postoperativer Verlauf. Röntgenkontrolle am 05.07.2026 mit regelrechter "
          "Stellung. Entlassung mit Unterarmgips."),
    ("h", "Procedere"),
    ("p", "K-Draht-Entfernung nach 8 Wochen, Gips insgesamt 10 Wochen. Weiterbehandlung durch einen "
          "Handchirurgen in den Niederlanden. MRSA-Screening bei Aufnahme: negativ."),
    ("p", "Mit freundlichen kollegialen Grüßen"),
    ("lines", ["Prof. Dr. med. A. Huber, Chefarzt", "Dr. med. F. Brandl, Oberarzt",
               "T. Weiß, Assistenzarzt"]),
]
_050_op = [
    ("letterhead", dict(logo="KW", color="#0d47a1", name="Klinikum Werdenfels-Land",
                        sub="Zentral-OP", lines=["Klinikstraße 1, 82467 Garmisch-Partenkirchen"])),
    ("title", "Operationsbericht"),
    ("fields2", [("Patient", "Vos, Jeroen", "geb.", "14.03.1988"),
                 ("OP-Datum", "04.07.2026", "Fall-Nr.", "26/118273")]),
    ("fields", [("Operateur", "Dr. med. F. Brandl, Oberarzt"),
                ("Assistenz", "T. Weiß, Assistenzarzt"),
                ("Anästhesie", "Intubationsnarkose"),
                ("Diagnose", "Transskaphoidale perilunäre Luxationsfraktur rechts"),
                ("Eingriff", "Offene Reposition, Schraubenosteosynthese Skaphoid (kanülierte Kompressionsschraube), "
                             "Naht LT-Band, K-Draht-Transfixation lunotriquetral und skapholunär"),
                ("Bericht", "Dorsaler Zugang über dem 3./4. Strecksehnenfach. Darstellung der Luxation, "
                            "Reposition des Lunatums. Reposition der Skaphoidfraktur und Osteosynthese mit "
                            "einer kanülierten Kompressionsschraube unter Bildwandlerkontrolle. Naht des "
                            "rupturierten LT-Bandes mit Fadenanker. Transfixation mit zwei K-Drähten. "
                            "Kapselnaht, Hautnaht, Gipsschiene."),
                ("Komplikationen", "Keine")]),
    ("lines", ["Dr. med. F. Brandl"]),
]
_050_rx = [
    ("letterhead", dict(logo="KW", color="#0d47a1", name="Klinikum Werdenfels-Land",
                        sub="Institut für Diagnostische und Interventionelle Radiologie",
                        lines=["Klinikstraße 1, 82467 Garmisch-Partenkirchen"])),
    ("fields", [("Patient", "Vos, Jeroen, 14.03.1988"),
                ("Untersuchung", "Röntgen Handgelenk rechts in 2 Ebenen (postoperativ)"),
                ("Untersuchungsdatum", "05.07.2026"),
                ("Anforderung", "Unfallchirurgie, Station 3B")]),
    ("p", "<b>Befund:</b> Zustand nach Schraubenosteosynthese des Skaphoids und Transfixation mit zwei "
          "K-Drähten. Regelrechte Artikulation im Radiokarpal- und Mediokarpalgelenk. Frakturspalt "
          "adaptiert. Kein Materialversagen."),
    ("p", "<b>Beurteilung:</b> regelrechte postoperative Stellung."),
    ("lines", ["Dr. med. C. Lechner, Fachärztin für Radiologie", "Vidiert am 05.07.2026"]),
]
DOCS.append(dict(
    id="ty-050", fmt="pdf",
    merge=[dict(engine="flow", blocks=_050_ent,
                meta=dict(font="helv", footer="Klinikum Werdenfels-Land - Entlassungsbrief - Seite {page} von {pages}")),
           dict(engine="canvas", blocks=_050_op,
                meta=dict(font="helv", size=9, label_w=32 * MM,
                          footer="OP-Dokumentation - Klinikum Werdenfels-Land - Seite {page}")),
           dict(engine="flow", blocks=_050_rx,
                meta=dict(font="helv", footer="Radiologie - Klinikum Werdenfels-Land"))],
    label=L(["correspondence", "operation-report", "imaging-report"], None, "other", "de",
            "merged German bundle: discharge letter + operation report + X-ray report",
            "yes", "yes", "yes",
            notes="Admission and operation in a German hospital. The discharge letter itself only has a "
                  "one-line therapy entry ('siehe Operationsbericht'); the separate operation report is the "
                  "second part. MRSA screening only mentioned.",
            parts=[P(["correspondence"], "2026-07-07", "specialist"),
                   P(["operation-report"], "2026-07-04", "specialist"),
                   P(["imaging-report"], "2026-07-05", "radiologist")]),
))

# ------------------------------------------------------------------------------------------ ty-052
_052_clinic = [
    ("letterhead", dict(logo="NHS", color="#005eb8", name="Westbrook & Vale NHS Trust",
                        sub="Trauma & Orthopaedics - Upper Limb Unit",
                        lines=["Westbrook General Hospital, Station Road, Westbrook WB1 4RT"],
                        right=["Tel 01632 960 871"])),
    ("fields", [("Clinic date", "12/01/2026"), ("Typed", "15/01/2026"),
                ("Consultant", "Mr Kevin O'Neill")]),
    ("lines", ["Dr P. Sanders, Harbour Surgery, Westbrook WB2 1HS"]),
    ("p", "<b>Re: Mr Oliver Grant, DOB 30/10/1991, NHS No. " + nhs(8) + "</b>"),
    ("p", "<b>Diagnosis:</b> Established non-union of the left scaphoid waist (injury 2024, untreated)."),
    ("p", "<b>Plan:</b> Open reduction, bone graft and screw fixation of the left scaphoid."),
    ("p", "Dear Dr Sanders, I saw this 34-year-old electrician who injured his left wrist playing rugby in "
          "2024 and did not seek treatment at the time. CT of the left wrist (05/01/2026) shows a waist "
          "non-union with sclerotic margins and a small humpback deformity, no collapse. I have listed him "
          "for surgery."),
    ("lines", ["Yours sincerely,", "", "Mr K. O'Neill, Consultant Orthopaedic Hand Surgeon"]),
]
_052_op = [
    ("letterhead", dict(logo="NHS", color="#005eb8", name="Westbrook & Vale NHS Trust",
                        sub="Theatres", lines=["Westbrook General Hospital"])),
    ("title", "Operation Note"),
    ("fields2", [("Patient", "Oliver Grant", "DOB", "30/10/1991"),
                 ("Date", "24/02/2026", "Theatre", "2")]),
    ("fields", [("Surgeon", "Mr K. O'Neill"), ("Assistant", "Dr R. Bhatt (ST4)"),
                ("Anaesthetic", "GA + regional block"),
                ("Procedure", "ORIF left scaphoid non-union with distal radius cancellous bone graft and "
                              "headless compression screw"),
                ("Details", "Volar approach. Non-union debrided to bleeding bone, humpback corrected. "
                            "Cancellous graft from the distal radius. Guidewire and 22 mm headless "
                            "compression screw under fluoroscopy. Closure 4-0 Monocryl."),
                ("Post-op", "Scaphoid cast 6 weeks, CT at 10 weeks, hand therapy")]),
]
_052_ht = [
    ("letterhead", dict(logo="NHS", color="#005eb8", name="Westbrook & Vale NHS Trust",
                        sub="Hand Therapy", lines=["Westbrook General Hospital"])),
    ("lines", ["07/05/2026", "", "Dear Mr O'Neill,"]),
    ("p", "Re: Oliver Grant, DOB 30/10/1991. Oliver has attended 6 sessions of hand therapy since his cast "
          "was removed. Wrist extension 55 degrees, flexion 50 degrees, grip 30 kg (left) versus 46 kg "
          "(right). He is progressing well and has been given a home programme. He tells us he will move "
          "to Eindhoven for work in the summer."),
    ("lines", ["Kind regards,", "Gemma Hart, Hand Therapist"]),
]
DOCS.append(dict(
    id="ty-052", fmt="pdf",
    merge=[dict(engine="flow", blocks=_052_clinic, meta=dict(font="helv", footer="Page {page} of {pages}")),
           dict(engine="canvas", blocks=_052_op, meta=dict(font="helv", size=9, label_w=30 * MM,
                                                           footer="Theatre record - page {page}")),
           dict(engine="flow", blocks=_052_ht, meta=dict(font="times", footer="Hand Therapy - page {page}"))],
    label=L(["correspondence", "operation-report"], None, "other", "en",
            "merged NHS bundle: clinic letter + operation note + hand therapy letter",
            "yes", "yes", "yes",
            notes="Three parts in one PDF. The clinic letter only plans surgery; the operation note documents "
                  "it; the hand therapy letter has no kind. The 2024 rugby injury went untreated; all care "
                  "documented is in a UK hospital (treated abroad yes).",
            parts=[P(["correspondence"], "2026-01-12", "specialist", also=["2026-01-15"]),
                   P(["operation-report"], "2026-02-24", "specialist"),
                   P([], "2026-05-07", "other")]),
))

# ------------------------------------------------------------------------------------------ ty-054
_054_mrsa = [
    ("letterhead", dict(logo="LMM", color="#6a1b9a", name="Laboratorium Medische Microbiologie Oost",
                        sub="locatie Deventer", lines=["Nico Bolkesteinlaan 75, 7416 SE Deventer"],
                        right=["Tel. 0570-535000"])),
    ("title", "Uitslag microbiologie"),
    ("fields2", [("Patiënt", "dhr. J. Brouwers", "Geb.datum", "13-01-1958"),
                 ("BSN", bsn(21), "Aanvrager", "R. Veldman, huisarts"),
                 ("Afnamedatum", "16-11-2026", "Uitslagdatum", "19-11-2026")]),
    ("p", "<b>Klinische gegevens:</b> opname ziekenhuis Alanya (Turkije) 09-2026; MRSA-screening voor "
          "verwijzing handkliniek."),
    ("table", [["Materiaal", "Onderzoek", "Uitslag"],
               ["Neus", "MRSA kweek", "Negatief - MRSA niet aangetoond"],
               ["Keel", "MRSA kweek", "Negatief - MRSA niet aangetoond"],
               ["Perineum", "MRSA kweek", "Negatief - MRSA niet aangetoond"]]),
    ("lines", ["Gevalideerd: dr. E. van Rossum, arts-microbioloog, 19-11-2026"]),
]
_054_bloed = [
    ("letterhead", dict(logo="LMM", color="#6a1b9a", name="Laboratorium Klinische Chemie Oost",
                        sub="locatie Deventer", lines=["Nico Bolkesteinlaan 75, 7416 SE Deventer"])),
    ("title", "Uitslag klinische chemie"),
    ("fields2", [("Patiënt", "dhr. J. Brouwers", "Geb.datum", "13-01-1958"),
                 ("Afnamedatum", "16-11-2026", "Uitslagdatum", "16-11-2026")]),
    ("table", [["Bepaling", "Uitslag", "Eenheid", "Referentie"],
               ["Hemoglobine", "9,1", "mmol/l", "8,5-11,0"],
               ["Kreatinine", "96", "umol/l", "60-110"],
               ["Glucose", "5,8", "mmol/l", "4,0-7,8"],
               ["INR", "1,0", "", "0,8-1,2"]]),
    ("lines", ["Gevalideerd: J. Ekkel, klinisch chemicus"]),
]
_054_med = [
    ("letterhead", dict(logo="Rx", color="#2e7d32", name="Apotheek De Brink",
                        lines=["Brink 30, 7411 BV Deventer"], right=["Tel. 0570-611222"])),
    ("title", "Medicatieoverzicht"),
    ("fields", [("Patiënt", "dhr. J. Brouwers, 13-01-1958"), ("Datum", "12-11-2026"),
                ("Huisarts", "R. Veldman")]),
    ("table", [["Geneesmiddel", "Gebruik", "Startdatum", "Voorschrijver"],
               ["Metoprolol 100 mg retard", "1x daags 1 tablet", "02-2019", "Huisarts"],
               ["Acetylsalicylzuur 80 mg", "1x daags 1 tablet", "02-2019", "Cardioloog"],
               ["Paracetamol 500 mg", "max 4x daags 2 tabletten", "09-2026", "Huisarts"]]),
    ("small", "Dit overzicht bevat de bij de apotheek bekende medicatie op de afdrukdatum."),
]
DOCS.append(dict(
    id="ty-054", fmt="pdf",
    merge=[dict(engine="flow", blocks=_054_mrsa, meta=dict(font="helv", footer="LMMO - pagina {page}")),
           dict(engine="flow", blocks=_054_bloed, meta=dict(font="helv", footer="LKCO - pagina {page}")),
           dict(engine="canvas", blocks=_054_med, meta=dict(font="helv", size=9,
                                                           footer="Apotheek De Brink - Medicatieoverzicht"))],
    label=L(["mrsa-screening"], None, "other", "nl",
            "merged bundle: MRSA result + chemistry result + pharmacy medication overview",
            "unmentioned", "unmentioned", "yes",
            notes="Only the first part counts (MRSA result); blood results and the pharmacy overview have no "
                  "kind. The MRSA part's clinical information states an admission in Alanya (Turkey).",
            parts=[P(["mrsa-screening"], "2026-11-19", "lab", also=["2026-11-16"]),
                   P([], "2026-11-16", "lab"),
                   P([], "2026-11-12", "other")]),
))
