"""python-docx documents, part A (tk-003, 006, 008, 011, 013, 017, 019, 023, 025) and tk-007 (docx -> PDF via soffice)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

TMP = os.path.join(TOOLS, "_docx_src")
os.makedirs(TMP, exist_ok=True)


def lines(d, text_lines, **kw):
    for t in text_lines:
        para(d, t, space_after=0, **kw)


def sections(d, items, head_size=None, head_color=None, justify=True):
    for h, body in items:
        if h:
            para(d, h, bold=True, size=head_size, color=head_color, space_after=0)
        for chunk in body.split("\n"):
            para(d, chunk, align="justify" if justify else None, space_after=4)


# ============================================================== tk-003 specialist referral (orthopaedic surgeon)
def tk003():
    stem = "tk-003"
    d = new_docx("Arial", 10)
    logo = logo_png("hollandsedelta", "cross", (0, 120, 80), "MC Hollandse Delta", size=(520, 110))
    letterhead_docx(d, logo, ["Orthopedie en Traumatologie", "Medisch Centrum Hollandse Delta", "Wantijkade 300",
                              "3318 AT Dordrecht", "T 078 000 20 00", "orthopedie@mchd.example"], logo_width_cm=6)
    footer_docx(d, "MC Hollandse Delta · Orthopedie · kenmerk ORT/SWV/0811273", prefix="Pagina ", middle=" van ")
    lines(d, ["Handkliniek Veluwezoom", "t.a.v. secretariaat handchirurgie / second opinion", "Velperweg 212",
              "6824 HL  Arnhem"])
    para(d, "")
    t = table(d, [["Datum", "2 oktober 2026"], ["Ons kenmerk", "ORT/SWV/0811273"], ["Onderwerp", "Verwijzing voor second opinion"]],
              widths_cm=[3.5, 9], style=None, bold_first_col=True)
    para(d, "")
    para(d, "**Patiënt**", space_after=0)
    table(d, [["Naam", "mevrouw N. (Nadia) Bakker"], ["Geboortedatum", "08-08-1995"], ["BSN", "311208467"],
              ["Adres", "Noordendijk 301, 3311 RN Dordrecht"], ["Huisarts", "C. Mol, Huisartsenpraktijk Reeweg, Dordrecht"],
              ["Patiëntnummer", "0811273"]], widths_cm=[3.5, 12], style="Table Grid", bold_first_col=True, size=9)
    para(d, "")
    para(d, "Geachte collega,")
    for p in [
        "Hierbij verwijs ik mevrouw Bakker, 31 jaar, naar u voor een second opinion over haar rechterpols. Patiënte "
        "vraagt hier zelf om en ik sta daar volledig achter.",
        "Mevrouw Bakker is bij mij bekend sinds 2024 met ulnaire polspijn rechts bij een ulnocarpaal impactiesyndroom "
        "(ulnavariantie +3 mm). Na falen van conservatieve therapie heb ik op 17 maart 2025 een ulnaverkortingsosteotomie "
        "rechts verricht met een 7-gaats compressieplaat. De osteotomie is geconsolideerd (X-pols rechts september "
        "2025), de ulnavariantie is nu -1 mm. De ulnaire pijn is echter niet verdwenen; zij heeft pijn bij "
        "pro-/supinatie en bij het dragen van boodschappen en kan haar werk als verpleegkundige maar deels doen.",
        "Een MRI-artrografie van 8 juli 2026 toonde degeneratieve veranderingen van het TFCC zonder foveale "
        "afscheuring, geen chondromalacie van het lunatum en geen aanwijzingen voor irritatie door het "
        "osteosynthesemateriaal. Een diagnostische infiltratie van het DRUG gaf twee dagen volledige pijnvrijheid.",
        "Ik heb met haar de mogelijkheden besproken: verwijdering van het osteosynthesemateriaal, een artroscopie met "
        "debridement, of op termijn een ingreep aan het DRUG. Omdat ik twijfel over de pijnoorzaak, leg ik haar graag "
        "aan u voor. Mijn vraag: wat is naar uw mening de oorzaak van de persisterende pijn, en is er een indicatie voor "
        "verdere chirurgie — en zo ja, welke?",
        "Bijgevoegd: het operatieverslag van 17-03-2025, het MRI-verslag van 08-07-2026 en mijn polikliniekbrieven van "
        "2025 en 2026. De beelden worden op cd nagestuurd.",
    ]:
        para(d, p, align="justify", space_after=6)
    para(d, "Met collegiale groet,")
    para(d, "")
    para(d, "dr. S.M. de Wit-Verhoeven", bold=True, space_after=0)
    para(d, "orthopedisch chirurg, aandachtsgebied hand en pols", space_after=6)
    para(d, "cc: C. Mol, huisarts; patiënte", size=8)
    d.save(docpath(stem, "docx"))
    finish(stem, "docx", "docx", "nl", dict(
        kinds=["referral", "correspondence"], date="2026-10-02", author="specialist", language="nl",
        style="referral letter from a treating orthopaedic surgeon (hospital letterhead in header, data tables)",
        referral_question=True, imaging_done="yes", operated="yes", treated_abroad="unmentioned",
        notes="Referral from a specialist, not a GP; also the treating specialist's own letter (correspondence); "
              "the writer's own earlier operation; further surgery only discussed; date in a borderless table."))


# ============================================================== tk-006 German hand surgeon referral (Zweitmeinung)
def tk006():
    stem = "tk-006"
    d = new_docx("Calibri", 10.5)
    logo = logo_png("lohmeyer", "hand", (40, 70, 140), "Praxis für Handchirurgie\nDr. med. Katrin Lohmeyer", size=(620, 120))
    letterhead_docx(d, logo, ["Dr. med. Katrin Lohmeyer", "Fachärztin für Orthopädie und Unfallchirurgie",
                              "Zusatzbezeichnung Handchirurgie", "Große Straße 41 · 47533 Kleve",
                              "Tel. 02821 000 100 · Fax 02821 000 101", "LANR 123456701 · BSNR 380000000"],
                    logo_width_cm=7)
    footer_docx(d, "Bankverbindung: Volksbank Kleverland · IBAN DE00 0000 0000 0000 0000 00", page=False)
    para(d, "Praxis Dr. Lohmeyer · Große Straße 41 · 47533 Kleve", size=7, space_after=2)
    lines(d, ["Handkliniek Veluwezoom", "z. Hd. Sekretariat Zweitmeinung", "Velperweg 212", "NL-6824 HL Arnhem",
              "NIEDERLANDE"])
    para(d, "")
    para(d, "Kleve, 29.09.2026", align="right")
    para(d, "**Überweisung zur Zweitmeinung**", size=12)
    para(d, "Patient: Herr Lars Hüsken, geb. 04.12.1980, Emmericher Straße 88, 47533 Kleve", space_after=0)
    para(d, "Versicherung: BKK Niederrhein-Süd, Vers.-Nr. K 445 901 223", space_after=6)
    para(d, "Sehr geehrte Kolleginnen und Kollegen,")
    para(d, "ich überweise Ihnen Herrn Hüsken mit der Bitte um eine Zweitmeinung.", space_after=6)
    table(d, [["Diagnose", "ICD-10"],
              ["Rezidiv-Karpaltunnelsyndrom rechts", "G56.0 R"],
              ["Z. n. offener Karpaldachspaltung rechts am 14.05.2024 (ambulant, eigene Praxis)", "Z98.8"]],
          widths_cm=[13, 3], header=True, size=9, shade_header="E6ECF5")
    para(d, "")
    sections(d, [
        ("Anamnese", "Nach der Operation im Mai 2024 war Herr Hüsken etwa acht Monate beschwerdefrei. Seit Frühjahr 2025 "
                     "erneut nächtliche Parästhesien D I–III rechts, zunehmend auch tagsüber beim Fahrradfahren und bei "
                     "der Arbeit am Bildschirm. Eine Schienenbehandlung und eine Steroidinjektion (03/2026) brachten nur "
                     "kurzfristige Besserung."),
        ("Befund", "Reizlose Narbe, Druckschmerz über der Narbe, Hoffmann-Tinel positiv am proximalen Narbenende, "
                   "Phalen-Test nach 20 s positiv. Keine Thenaratrophie. 2-Punkte-Diskrimination D II 6 mm."),
        ("Diagnostik", "Neurographie (Dr. Verhoeven, Neurologie, Goch, 18.08.2026): distal-motorische Latenz N. medianus "
                       "rechts 6,1 ms (2023 präoperativ: 6,8 ms), sensible NLG 34 m/s.\n"
                       "Sonographie N. medianus rechts (eigene Praxis, 15.09.2026): Querschnittsfläche 14 mm² am Eingang "
                       "des Karpaltunnels, perineurale Vernarbung, kein Hinweis auf eine inkomplette Spaltung."),
        ("Fragestellung", "Besteht aus Ihrer Sicht eine Indikation zur Revision (Neurolyse, ggf. Hypothenar-Fettlappenplastik) "
                          "oder empfehlen Sie ein weiterhin konservatives Vorgehen? Herr Hüsken arbeitet in Nijmegen und "
                          "wünscht ausdrücklich eine Beurteilung in den Niederlanden."),
    ])
    para(d, "Anlagen: OP-Bericht vom 14.05.2024, Neurographiebefund, Sonographiebefund", italic=True, size=9)
    para(d, "")
    para(d, "Mit freundlichen kollegialen Grüßen")
    para(d, "")
    para(d, "Dr. med. Katrin Lohmeyer", bold=True, space_after=0)
    para(d, "Fachärztin für Orthopädie und Unfallchirurgie, Handchirurgie")
    d.save(docpath(stem, "docx"))
    finish(stem, "docx", "docx", "de", dict(
        kinds=["referral", "correspondence"], date="2026-09-29", author="specialist", language="de",
        style="German hand surgery practice Überweisung zur Zweitmeinung with diagnosis table (ICD-10)",
        referral_question=True, imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Specialist referral from a German practice that also operated the patient (care abroad); "
              "question under 'Fragestellung'; revision only asked about; neurography is not imaging but the "
              "ultrasound is; date right-aligned as 'Kleve, 29.09.2026'."))


# ============================================================== tk-008 Irish GP referral
def tk008():
    stem = "tk-008"
    d = new_docx("Cambria", 10.5)
    logo = logo_png("salthill", "wave", (0, 110, 110), None, size=(130, 120))
    letterhead_docx(d, logo, ["Salthill Road Medical Practice", "112 Salthill Road Upper, Galway H91 XXXX",
                              "Tel 091 000 111 · Fax 091 000 112", "Dr Ciarán Mulcahy MB MICGP",
                              "Dr Aoife Ní Bhriain MB MICGP"], logo_width_cm=2.2)
    footer_docx(d, "Salthill Road Medical Practice · GMS practice no. 00417", page=False)
    para(d, "17th August 2026", align="right")
    lines(d, ["The Consultant Hand Surgeon", "Second Opinion Clinic", "Handkliniek Veluwezoom", "Velperweg 212",
              "6824 HL Arnhem", "Netherlands"])
    para(d, "")
    para(d, "**Re: Mr Joost VERBRUGGEN   DOB 02/02/1979**", space_after=0)
    para(d, "8 Dalysfort Road, Salthill, Galway — from 01/10/2026: Stratumsedijk 120, 5611 NE Eindhoven", space_after=6)
    para(d, "Dear Doctor,")
    for p in [
        "I'd appreciate your opinion on Joost, a 47-year-old chef, who has had recurrent triggering of his right thumb "
        "and right ring finger for over a year. He is left-handed but the triggering is interfering badly with his "
        "knife work.",
        "I injected both A1 pulleys with methylprednisolone in the surgery in November 2025 with a few months' relief. "
        "He was then seen in the Orthopaedic Hand Clinic at Corrib Valley University Hospital in April 2026, where an "
        "ultrasound confirmed thickening of both A1 pulleys with a small tendon nodule in the ring finger, and a second "
        "injection was given there. He has never had hand surgery.",
        "He was listed for surgical release in Galway, but the waiting time is around 14 months and he is moving back "
        "to the Netherlands at the end of September. I would be grateful if you could advise whether surgical release "
        "is indicated for both digits, and whether this could be done under local anaesthetic in one sitting.",
        "He has type 1 diabetes since the age of 19, on a basal-bolus regimen, HbA1c 58 mmol/mol in June. No other "
        "significant history. No known drug allergies.",
        "I enclose the ultrasound report of 22/04/2026 and the hospital clinic letter.",
    ]:
        para(d, p, align="justify", space_after=6)
    para(d, "Kind regards,")
    para(d, "")
    para(d, "Dr Ciarán Mulcahy", bold=True, space_after=0)
    para(d, "MB MICGP, IMC no. 400771")
    para(d, "Enc. x2", size=9)
    d.save(docpath(stem, "docx"))
    finish(stem, "docx", "docx", "en-IE", dict(
        kinds=["referral"], date="2026-08-17", author="gp", language="en",
        style="Irish GP referral letter (ordinal date '17th August 2026', MICGP, logo-only image header)",
        referral_question=True, imaging_done="yes", operated="no", treated_abroad="yes",
        notes="Irish GP to a Dutch clinic; hospital clinic visit with injection in Ireland = treatment abroad; "
              "'He has never had hand surgery'; surgery only listed/planned; ordinal English date."))


# ============================================================== tk-011 GP summary, date only in reference line
def tk011():
    stem = "tk-011"
    d = new_docx("Verdana", 9.5)
    logo = logo_png("oude_raadhuis", "shield", (120, 60, 20), "Het Oude Raadhuis\nhuisartsenpraktijk", size=(560, 120), serif=True)
    letterhead_docx(d, logo, ["T.M. Brouwer-Lim, huisarts", "Markt 4", "3961 BC Wijk bij Duurstede", "0343 00 44 00",
                              "AGB 01-088311"], logo_width_cm=6.5)
    footer_docx(d, "Het Oude Raadhuis · huisartsenpraktijk · Markt 4, Wijk bij Duurstede", prefix="blad ", middle="/")
    lines(d, ["Handkliniek Veluwezoom", "afdeling intake", "Velperweg 212", "6824 HL ARNHEM"])
    para(d, "")
    para(d, "Ons kenmerk: TBL/vdM/30-09-2026          Uw kenmerk: uw brief van 24-09-2026", size=8.5)
    para(d, "")
    para(d, "**Medische samenvatting t.b.v. second opinion**", size=11)
    para(d, "Betreft: dhr. G. van der Meulen, geb. 28-02-1963, Dijkstraat 31, 3961 AA Wijk bij Duurstede", space_after=6)
    para(d, "Geachte collega,")
    para(d, "Op uw verzoek stuur ik u hierbij een samenvatting van de medische gegevens van bovengenoemde patiënt. De "
            "verwijzing is eerder via ZorgDomein verstuurd.", align="justify", space_after=6)
    para(d, "**Huidige problematiek**", space_after=0)
    para(d, "Sinds 2024 pijnlijke, zwellende DIP- en PIP-gewrichten van beide handen, rechts meer dan links, met "
            "ochtendstijfheid van ongeveer 20 minuten. Hij werkt als fijnmetaalbewerker en kan steeds minder fijne "
            "handelingen doen. Hij is niet geopereerd aan de handen.", align="justify", space_after=6)
    para(d, "**Voorgeschiedenis**", space_after=0)
    table(d, [["Jaar", "Omschrijving"], ["1998", "Meniscectomie knie links (artroscopisch)"],
              ["2017", "Hernia nuclei pulposi L4-L5, microdiscectomie (Betuwe Medisch Centrum)"],
              ["2019", "Hypertensie"], ["2022", "Diabetes mellitus type 2"]],
          widths_cm=[2, 14], header=True, size=8.5, shade_header="EEE3D8")
    para(d, "")
    para(d, "**Recente behandelingen en onderzoek**", space_after=0)
    table(d, [["Datum", "Wat", "Bij"],
              ["11-02-2026", "X-handen beiderzijds: erosieve artrose DIP II-IV beiderzijds, PIP III rechts", "Radiologie Betuwe MC"],
              ["07-04-2026", "Consult reumatologie: geen inflammatoire artritis, RF/anti-CCP negatief; erosieve handartrose", "dr. K. Nijhof, reumatoloog"],
              ["12-05-2026", "Injectie triamcinolon PIP III rechts", "reumatoloog"],
              ["06/08-2026", "Handtherapie, 8 sessies; spalkjes DIP II-III rechts", "Handtherapie Kromme Rijn"],
              ["02-09-2026", "Controle: toenemende pijn en instabiliteit PIP III rechts; wens tot advies over artrodese/prothese", "huisarts"]],
          widths_cm=[2.3, 9.7, 4], header=True, size=8.5, shade_header="EEE3D8")
    para(d, "")
    para(d, "**Medicatie**: metformine 500 mg 2 dd 1; amlodipine 5 mg 1 dd 1; paracetamol 1 g zo nodig 3 dd.", space_after=2)
    para(d, "**Allergieën**: geen bekend.", space_after=2)
    para(d, "**Sociaal**: gehuwd, twee volwassen kinderen. Woont een deel van het jaar in Frankrijk (Dordogne); heeft "
            "daar voor de handklachten geen arts bezocht.", space_after=8)
    para(d, "Met vriendelijke groet,")
    para(d, "")
    para(d, "T.M. Brouwer-Lim, huisarts", bold=True)
    para(d, "Bijlage: brief reumatologie (07-04-2026), uitslag X-handen", size=8)
    d.save(docpath(stem, "docx"))
    finish(stem, "docx", "docx", "nl", dict(
        kinds=["history"], date="2026-09-30", author="gp", language="nl",
        style="GP medical summary letter with history tables; letter date only inside the reference line",
        imaging_done="yes", operated="no", treated_abroad="no",
        notes="No 'Datum:' line: the date sits only in 'Ons kenmerk: TBL/vdM/30-09-2026' next to the date of the "
              "clinic's own request; not a referral (that went via ZorgDomein); other-body-part operations (knee, "
              "back); 'niet geopereerd aan de handen'; part-time living in France without care."))


# ============================================================== tk-013 German GP summary (Vorbefunde)
def tk013():
    stem = "tk-013"
    d = new_docx("Arial", 10)
    logo = logo_png("reichswald_ha", "leaf" if False else "circle", (20, 100, 60), "Hausarztpraxis\nam Reichswald", size=(480, 120))
    letterhead_docx(d, logo, ["Dr. med. Petra Schönfeld", "Dr. med. Jan Terlinden", "Fachärzte für Allgemeinmedizin",
                              "Gocher Straße 56 · 47533 Kleve", "Tel. 02821 000 560"], logo_width_cm=5.5)
    footer_docx(d, "Hausarztpraxis am Reichswald · BSNR 380011100", prefix="Seite ", middle=" von ")
    lines(d, ["Handkliniek Veluwezoom", "Velperweg 212", "NL-6824 HL Arnhem"])
    para(d, "")
    para(d, "Kleve, den 12.10.2026", align="right")
    para(d, "**Ärztliche Zusammenfassung – Vorbefunde zur Vorlage bei der Handkliniek Veluwezoom**", size=11)
    para(d, "Patientin: Frau Hannelore Kremer, geb. 03.06.1951, Lindenallee 7, 47533 Kleve", space_after=6)
    para(d, "Sehr geehrte Damen und Herren,")
    para(d, "auf Wunsch unserer Patientin, die eine Zweitmeinung in Ihrer Klinik einholen möchte, übersenden wir Ihnen "
            "die folgende Zusammenfassung.", align="justify", space_after=6)
    para(d, "**Dauerdiagnosen**", space_after=0)
    table(d, [["ICD-10", "Diagnose", "seit"],
              ["M18.1", "Rhizarthrose beidseits, rechts symptomatisch", "2019"],
              ["E11.9", "Diabetes mellitus Typ 2, diätetisch/oral eingestellt", "2012"],
              ["I10.90", "Arterielle Hypertonie", "2008"],
              ["M81.0", "Postmenopausale Osteoporose", "2018"]], widths_cm=[2, 11, 2.5], header=True, size=9,
          shade_header="DDEEDD")
    para(d, "")
    para(d, "**Operationen**", space_after=0)
    table(d, [["Jahr", "Eingriff", "Klinik"],
              ["2022", "Resektionsarthroplastik (Trapezektomie mit Sehneninterposition) Daumensattelgelenk links",
               "Klinik am Niersufer, Goch (Dr. Hövelmann)"],
              ["2015", "Hüft-TEP rechts", "Klinik am Niersufer, Goch"],
              ["1974", "Appendektomie", "–"]], widths_cm=[1.6, 9, 5], header=True, size=9, shade_header="DDEEDD")
    para(d, "")
    para(d, "**Verlauf 2026 (rechte Hand)**", space_after=0)
    for b in ["01/2026: zunehmende Schmerzen Daumensattelgelenk rechts, Kraftverlust beim Greifen.",
              "02/2026: Röntgen rechte Hand (Radiologie Kleve-Mitte): Rhizarthrose Eaton-Littler III, STT-Gelenk unauffällig.",
              "02–04/2026: Daumenorthese, Ergotherapie (12 Einheiten).",
              "05/2026: Kortisoninfiltration Daumensattelgelenk rechts (Dr. Lohmeyer, Handchirurgie Kleve), Besserung für 6 Wochen.",
              "08/2026: Vorstellung Klinik am Niersufer: Resektionsarthroplastik rechts empfohlen. Die Patientin wünscht "
              "vor der Entscheidung eine Zweitmeinung; ihre Tochter wohnt in Arnhem."]:
        para(d, "– " + b, space_after=1)
    para(d, "")
    para(d, "**Aktuelle Medikation**", space_after=0)
    table(d, [["Präparat", "Dosierung"], ["Metformin 1000 mg", "1-0-1"], ["Ramipril 5 mg", "1-0-0"],
              ["Alendronsäure 70 mg", "1x wöchentlich"], ["Colecalciferol 1000 I.E.", "1-0-0"],
              ["Ibuprofen 400 mg", "bei Bedarf, max. 2x täglich"]], widths_cm=[7, 6], header=True, size=9,
          shade_header="DDEEDD")
    para(d, "")
    para(d, "**Allergien/Unverträglichkeiten**: Penicillin (Exanthem).", space_after=6)
    para(d, "Befundkopien (OP-Bericht 2022, Röntgenbefund 02/2026, Arztbrief Klinik am Niersufer 08/2026) liegen bei.",
         align="justify", space_after=6)
    para(d, "Mit freundlichen kollegialen Grüßen")
    para(d, "")
    para(d, "Dr. med. Petra Schönfeld", bold=True, space_after=0)
    para(d, "Fachärztin für Allgemeinmedizin")
    d.save(docpath(stem, "docx"))
    finish(stem, "docx", "docx", "de", dict(
        kinds=["history"], date="2026-10-12", author="gp", language="de",
        style="German Hausarzt summary (Dauerdiagnosen with ICD-10, Operationen table, dated course list)",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="History letter from a German GP; earlier trapeziectomy on the left thumb (hand surgery) and hip/"
              "appendix operations on other body parts; new operation on the right only recommended; the patient "
              "lives and is treated in Germany, so all care is abroad from the clinic's point of view; month/year "
              "dates like '05/2026'."))


# ============================================================== tk-017 discharge letter with full operation section
def tk017():
    stem = "tk-017"
    d = new_docx("Calibri", 10)
    logo = logo_png("ijsselkwartier", "bars", (200, 90, 0), "IJsselkwartier Ziekenhuis", size=(600, 110))
    letterhead_docx(d, logo, ["Chirurgie / Traumatologie", "Nieuwe Markt 60, 7411 PB Deventer", "T 0570 00 50 00"],
                    logo_width_cm=7)
    ftr = footer_docx(d, "Vink-Hofman, R. · 14-01-1958 · pat.nr. 4471902 · Klinische brief", prefix="Pagina ", middle=" van ")
    para(d, "**KLINISCHE BRIEF (ONTSLAGBRIEF)**", size=12)
    table(d, [["Aan", "M.A. Kok, huisarts\nHuisartsenpraktijk Keizerslanden\nSwammerdamstraat 5, 7422 ?? Deventer".replace(" ??", " LB")],
              ["Datum brief", "08-05-2026"], ["Patiënt", "mw. R. Vink-Hofman, geb. 14-01-1958"],
              ["Opname", "06-05-2026 (via SEH)"], ["Ontslag", "08-05-2026"], ["Afdeling", "Chirurgie, verpleegafdeling 3 Oost"],
              ["Hoofdbehandelaar", "dr. H. Dijkstra, traumachirurg"]], widths_cm=[3.5, 12.5], bold_first_col=True, size=9)
    para(d, "")
    para(d, "Geachte collega,")
    para(d, "Uw patiënte mevrouw Vink werd van 6 tot en met 8 mei 2026 opgenomen op onze afdeling chirurgie.", space_after=6)
    sections(d, [
        ("Opnamediagnose", "Intra-articulaire distale radiusfractuur links (AO 23-C2) na val van keukentrap thuis."),
        ("Anamnese", "Op 6 mei van de keukentrap gevallen op de uitgestrekte linkerhand. Rechtshandig. Voorgeschiedenis: "
                     "hypertensie, hypercholesterolemie. Geen eerdere fracturen."),
        ("Aanvullend onderzoek", "X-pols links (06-05-2026): intra-articulaire distale radiusfractuur met dorsale "
                                 "kanteling 25° en radiusverkorting 4 mm. CT pols links (06-05-2026): drie "
                                 "articulaire fragmenten, stapvorming 2 mm."),
    ])
    para(d, "Operatie", bold=True, space_after=0)
    table(d, [["Datum operatie", "07-05-2026"], ["Operateur", "dr. H. Dijkstra, traumachirurg"],
              ["Assistent", "D. Hamid, arts-assistent chirurgie"], ["Anesthesie", "Algehele anesthesie en plexus axillaris (dr. P. Rienks)"],
              ["Ingreep", "Open repositie en interne fixatie (ORIF) distale radius links met volaire hoekstabiele plaat"],
              ["Beschrijving", "Time-out. Bloedleegte bovenarm. Henry-benadering via de FCR-schede. M. pronator quadratus "
                               "L-vormig ingesneden. Fractuur gereponeerd onder doorlichting, tijdelijke fixatie met K-draden. "
                               "Plaatsing volaire hoekstabiele plaat met drie bicorticale schachtschroeven en zes distale "
                               "hoekstabiele schroeven. Doorlichting in twee richtingen: goede stand, herstel van de "
                               "gewrichtslijn, geen intra-articulaire schroeven. Stabiel DRUG. Pronator quadratus gehecht, "
                               "subcutis Vicryl 3-0, huid intracutaan Monocryl 4-0. Bloedleegtijd 64 minuten."],
              ["Complicaties", "Geen"]], widths_cm=[3.5, 12.5], bold_first_col=True, size=9)
    para(d, "")
    sections(d, [
        ("Beloop", "Ongecompliceerd postoperatief beloop. Goede pijnstilling, doorbloeding en sensibiliteit van de hand "
                   "intact. Controlefoto postoperatief: goede stand. Op 8 mei in goede conditie naar huis."),
        ("Medicatie bij ontslag", "Paracetamol 1000 mg 4 dd; naproxen 250 mg 2 dd gedurende 5 dagen; omeprazol 20 mg "
                                  "1 dd zolang naproxen; eigen medicatie ongewijzigd (amlodipine, atorvastatine)."),
        ("Beleid", "Onderarmspalk 2 weken. Controle polikliniek traumachirurgie over 14 dagen met X-pols en "
                   "wondcontrole; hechtingen zijn oplosbaar. Daarna start handtherapie. Bij koorts, toenemende pijn of "
                   "tintelingen graag contact opnemen."),
    ])
    para(d, "Met vriendelijke groet,")
    para(d, "")
    para(d, "D. Hamid, arts-assistent chirurgie", space_after=0)
    para(d, "namens dr. H. Dijkstra, traumachirurg")
    para(d, "cc: patiënte", size=8)
    d.save(docpath(stem, "docx"))
    finish(stem, "docx", "docx", "nl", dict(
        kinds=["correspondence", "operation-report"], date="2026-05-08", author="specialist", language="nl",
        style="HiX-like klinische brief / ontslagbrief with an embedded operation table (operator, date, description)",
        imaging_done="yes", operated="yes", treated_abroad="unmentioned",
        notes="Discharge letter containing a full operation description (date, operator, anaesthesia, procedure, "
              "course) so it is both correspondence and operation report; admission, discharge and letter dates; "
              "signed by a resident on behalf of the specialist."))


# ============================================================== tk-019 German discharge letter to a Dutch GP
def tk019():
    stem = "tk-019"
    d = new_docx("Arial", 9.5)
    logo = logo_png("rheinaue", "cross", (170, 20, 40), "Katholisches Klinikum\nRheinaue Düsseldorf", size=(560, 120))
    letterhead_docx(d, logo, ["Klinik für Hand-, Plastische und", "Rekonstruktive Chirurgie",
                              "Chefarzt Prof. Dr. med. Friedrich Wendland", "Rheinallee 101 · 40545 Düsseldorf",
                              "Tel. +49 211 000 3300", "Sekretariat: Frau Bremer"], logo_width_cm=6)
    footer_docx(d, "Zwart, Rik · geb. 11.11.1986 · Fall 2026-118842 · Entlassungsbrief", prefix="Seite ", middle=" von ")
    lines(d, ["Herrn", "drs. M. Postma, Huisarts", "Praktijk Lindenhof", "Lindenlaan 3", "NL-7522 AB Enschede", "Niederlande"])
    para(d, "")
    para(d, "Düsseldorf, 24.06.2026", align="right")
    para(d, "**Entlassungsbrief**", size=12)
    para(d, "Patient: Herr Rik Zwart, geb. 11.11.1986, Pijpenstraat 14, NL-7511 GM Enschede", space_after=0)
    para(d, "Stationärer Aufenthalt vom 21.06.2026 bis 24.06.2026, Station 5 West", space_after=6)
    para(d, "Sehr geehrter Herr Kollege Postma,")
    para(d, "wir berichten über o. g. Patienten, der sich vom 21.06. bis 24.06.2026 in unserer stationären Behandlung befand.",
         space_after=6)
    sections(d, [
        ("Diagnosen", "1. Komplette Durchtrennung der tiefen und oberflächlichen Beugesehne Zeigefinger links, Zone II (S66.0)\n"
                      "2. Teildurchtrennung N. digitalis palmaris proprius radialis D II links (S64.4)\n"
                      "3. Kreissägenverletzung am 21.06.2026 beim Messeaufbau (Arbeitsunfall, BG-Verfahren eingeleitet)"),
        ("Therapie", "21.06.2026: Beugesehnennaht FDP (4-Strang-Kernnaht) und FDS sowie mikrochirurgische Nervennaht – "
                     "Einzelheiten siehe beiliegender OP-Bericht."),
        ("Diagnostik", "Röntgen linke Hand in 2 Ebenen (21.06.2026): keine knöcherne Verletzung, kein röntgendichter "
                       "Fremdkörper."),
        ("Verlauf", "Der postoperative Verlauf gestaltete sich komplikationslos. Reizlose Wundverhältnisse, Fingerkuppe "
                    "gut durchblutet. Einweisung in die frühfunktionelle Nachbehandlung durch unsere Handtherapie. Das "
                    "MRSA-Aufnahmescreening war negativ. Entlassung am 24.06.2026 in gutem Allgemeinzustand."),
        ("Procedere", "– Frühfunktionelle Nachbehandlung (modifiziertes Kleinert-Schema) in dorsaler Schiene für 6 Wochen, "
                      "Handtherapie heimatnah ab sofort, 3x/Woche\n– Wundkontrolle und Fadenzug am 12. postoperativen Tag "
                      "durch den Hausarzt\n– Arbeitsunfähigkeit voraussichtlich 10–12 Wochen\n– Wiedervorstellung in "
                      "unserer Sprechstunde nach 6 Wochen oder Weiterbehandlung durch einen Handchirurgen in den "
                      "Niederlanden, je nach Wunsch des Patienten"),
        ("Medikation bei Entlassung", "Ibuprofen 600 mg 1-1-1 für 5 Tage, Pantoprazol 20 mg 1-0-0, Metamizol 500 mg bei Bedarf"),
    ])
    para(d, "Mit freundlichen kollegialen Grüßen")
    para(d, "")
    t = table(d, [["Prof. Dr. med. F. Wendland\nChefarzt", "Dr. med. J. Aydemir\nOberarzt", "A. Schulte\nAssistenzärztin"]],
              widths_cm=[5.5, 5.5, 5.5], style=None, size=9)
    para(d, "")
    para(d, "Anlage: OP-Bericht vom 21.06.2026", size=8.5, italic=True)
    d.save(docpath(stem, "docx"))
    finish(stem, "docx", "docx", "de", dict(
        kinds=["correspondence"], date="2026-06-24", author="specialist", language="de",
        style="German Entlassungsbrief (Diagnosen/Therapie/Verlauf/Procedere) addressed to a Dutch GP, three signatories",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Admission in a German hospital after a work accident; the tendon repair is named in one line with "
              "'siehe beiliegender OP-Bericht' (so not an operation report itself); MRSA screen only mentioned; "
              "admission, accident and letter dates."))


# ============================================================== tk-023 neurology / EMG consultation letter
def tk023():
    stem = "tk-023"
    d = new_docx("Georgia", 10)
    logo = logo_png("geulzicht", "wave", (90, 40, 120), "Ziekenhuis Geulzicht", size=(520, 110), serif=True)
    letterhead_docx(d, logo, ["Neurologie en Klinische Neurofysiologie", "Geulzichtweg 2, 6419 PC Heerlen",
                              "Polikliniek 045 000 67 00"], logo_width_cm=6)
    footer_docx(d, "Ziekenhuis Geulzicht · Neurologie · Bollen, W. · 22-07-1955 · 2290017", prefix="", middle=" / ")
    lines(d, ["Huisartsenpraktijk Schandelen", "t.a.v. mevrouw E. Lemmens, huisarts", "Schandelerstraat 12",
              "6415 ?? Heerlen".replace(" ??", " AK")])
    para(d, "")
    para(d, "Heerlen, 16 juni 2026", align="right")
    para(d, "Betreft: dhr. W. Bollen, geb. 22-07-1955", bold=True, space_after=0)
    para(d, "Datum onderzoek: 11-06-2026 — poliklinisch consult en EMG", space_after=6)
    para(d, "Geachte collega,")
    para(d, "Dank voor uw verwijzing van de heer Bollen met als vraagstelling: carpaletunnelsyndroom rechts of cervicale "
            "radiculopathie C6?", align="justify", space_after=6)
    sections(d, [
        ("Anamnese", "Sinds een half jaar tintelingen in duim, wijs- en middelvinger rechts, 's nachts wakker, schudden "
                     "helpt. Geen nekpijn, geen uitstraling vanuit de schouder. Geen krachtverlies. Hij is niet eerder "
                     "aan hand of pols geopereerd; zijn broer werd vorig jaar aan beide handen geopereerd voor "
                     "hetzelfde probleem. Voorgeschiedenis: diabetes mellitus type 2, 2019 TURP."),
        ("Neurologisch onderzoek", "Geen atrofie. Kracht MRC 5 in alle myotomen. Sensibiliteit: hypesthesie top dig I-III "
                                   "rechts. Reflexen symmetrisch, geen pathologische reflexen. Tinel en Phalen rechts positief. "
                                   "Cervicale wervelkolom vrij beweeglijk, Spurling negatief."),
        ("Zenuwgeleidingsonderzoek / EMG", ""),
    ], justify=True)
    table(d, [["Zenuw (rechts)", "DML (ms)", "CMAP (mV)", "SNAP (µV)", "SNCV (m/s)"],
              ["N. medianus", "5,9 (nl < 4,2)", "6,1", "7 (laag)", "36 (traag)"],
              ["N. ulnaris", "2,9", "9,4", "14", "55"],
              ["N. radialis superficialis", "–", "–", "21", "58"]], widths_cm=[4.5, 3, 2.5, 2.5, 3], header=True,
          size=8.5, shade_header="E5DDF0")
    para(d, "Naald-EMG m. abductor pollicis brevis, m. flexor carpi radialis, m. biceps en m. extensor digitorum: geen "
            "denervatie, normaal heffingspatroon.", align="justify", space_after=6)
    sections(d, [
        ("Conclusie", "Matig-ernstig carpaletunnelsyndroom rechts. Geen aanwijzingen voor een cervicale radiculopathie of "
                      "polyneuropathie."),
        ("Beleid", "Aanvullende beeldvorming van de cervicale wervelkolom is niet verricht en ook niet geïndiceerd. Wij "
                   "adviseren een verwijzing naar een plastisch chirurg of handchirurg voor een carpaletunnelrelease. De "
                   "heer Bollen gaf aan hiervoor graag een second opinion in een handkliniek te willen. Wij hebben hem "
                   "niet in controle gehouden."),
    ])
    para(d, "Met vriendelijke groet,")
    para(d, "")
    para(d, "drs. J.P. Houben, neuroloog", bold=True, space_after=0)
    para(d, "S. Mertens, laborant klinische neurofysiologie (uitvoering EMG)")
    para(d, "Kopie: patiënt", size=8)
    d.save(docpath(stem, "docx"))
    finish(stem, "docx", "docx", "nl", dict(
        kinds=["correspondence"], date="2026-06-16", author="specialist", language="nl",
        style="Dutch neurology consultation letter with nerve conduction table",
        imaging_done="no", operated="no", treated_abroad="unmentioned",
        notes="EMG/nerve conduction is not imaging and the letter says no imaging of the neck was done; the GP's "
              "'vraagstelling' quoted in a specialist letter is not a referral; TURP is another body part and the "
              "brother's hand operations are another person's; "
              "exam date vs letter date; operation only advised."))


# ============================================================== tk-025 US hand surgeon consultation letter
def tk025():
    stem = "tk-025"
    d = new_docx("Times New Roman", 11)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    logo = logo_png("lakeshore", "hand", (0, 70, 120), "LAKESHORE\nHand & Upper Extremity Center", size=(640, 120))
    letterhead_docx(d, logo, ["1800 Sheridan Road, Suite 300", "Evanston, IL 60201", "Tel (847) 000-0100",
                              "Fax (847) 000-0101"], logo_width_cm=7.5)
    footer_docx(d, "CONFIDENTIAL: This document contains protected health information.", prefix="Page ", middle=" of ")
    para(d, "October 2, 2026")
    para(d, "")
    lines(d, ["Maria Jansen, MD (huisarts)", "Huisartsenpraktijk Spaarnezicht", "Zijlweg 210", "2015 BK Haarlem",
              "THE NETHERLANDS"])
    para(d, "")
    table(d, [["RE:", "Lotte Kramer"], ["DOB:", "07/22/1990"], ["Date of Service:", "09/28/2026"], ["MRN:", "LH-0092217"]],
          widths_cm=[3.5, 8], style=None, bold_first_col=True)
    para(d, "")
    para(d, "Dear Dr. Jansen:")
    para(d, "Ms. Kramer asked that I send you a copy of my consultation, as she is returning to the Netherlands later "
            "this month. I saw her on 09/28/2026 in our clinic.", align="justify", space_after=6)
    for h, b in [
        ("CHIEF COMPLAINT:", "Left volar wrist mass."),
        ("HISTORY OF PRESENT ILLNESS:", "Ms. Kramer is a 36-year-old right-hand-dominant graphic designer, in Chicago on a "
                                         "two-year work assignment, who noticed a painless lump on the volar radial aspect of "
                                         "her left wrist about five months ago. It has become intermittently painful with "
                                         "yoga and push-ups. No numbness or tingling. No trauma."),
        ("PAST MEDICAL HISTORY:", "None."),
        ("PAST SURGICAL HISTORY:", "Tonsillectomy at age 6. No prior hand or wrist surgery."),
        ("FAMILY HISTORY:", "Mother had a ganglion excised from her right wrist in her thirties."),
        ("MEDICATIONS:", "Oral contraceptive."),
        ("ALLERGIES:", "NKDA."),
        ("PHYSICAL EXAMINATION:", "Left wrist: 1.5 cm firm, mobile, transilluminating mass just radial to the FCR tendon at "
                                  "the level of the radial styloid, adjacent to the radial artery. Allen test normal. Full "
                                  "range of motion. Sensation intact."),
        ("IMAGING:", "Three-view radiographs of the left wrist obtained today show no osseous abnormality. Point-of-care "
                     "ultrasound performed in the office today demonstrates a 14 x 9 mm lobulated anechoic cyst arising "
                     "from the radiocarpal joint, closely applied to the radial artery."),
        ("ASSESSMENT:", "Volar wrist ganglion cyst, left, radiocarpal origin."),
        ("PLAN:", "We discussed observation, aspiration (not recommended here given the proximity of the radial artery) "
                  "and surgical excision, including the risk of recurrence and of radial artery injury. She prefers to "
                  "defer any intervention until she is back in the Netherlands and may seek a second opinion there. No "
                  "procedure was performed today. Follow-up as needed; a tentative visit on 10/06/2026 was cancelled "
                  "at her request."),
    ]:
        p = para(d, "", space_after=4)
        add_runs(p, f"**{h}** {b}")
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    para(d, "")
    para(d, "Sincerely,")
    para(d, "")
    para(d, "Daniel R. Whitcomb, MD, FAAOS", bold=True, space_after=0)
    para(d, "Hand and Upper Extremity Surgery")
    para(d, "DRW/kl   D: 09/28/2026   T: 10/01/2026", size=8)
    para(d, "cc: Lotte Kramer (patient)", size=8)
    d.save(docpath(stem, "docx"))
    finish(stem, "docx", "docx", "en-US", dict(
        kinds=["correspondence"], date="2026-10-02", author="specialist", language="en",
        style="US hand surgery consultation letter (CHIEF COMPLAINT/HPI/ASSESSMENT/PLAN, US letter size)",
        imaging_done="yes", operated="no", treated_abroad="yes",
        notes="US MM/DD/YYYY dates (07/22/1990, 09/28/2026; ambiguous 10/06/2026 is a cancelled visit); dictation "
              "and typing dates in the sign-off; tonsillectomy is another body part and the mother's ganglion excision another person's; 'No prior hand or wrist "
              "surgery'; excision only discussed; office visit in the US = care abroad."))


# ============================================================== tk-007 Belgian GP verwijsbrief (docx -> pdf)
def tk007():
    stem = "tk-007"
    d = new_docx("Liberation Sans", 10)
    logo = logo_png("delinde", "leaf" if False else "shield", (30, 90, 50), "Groepspraktijk De Linde\nhuisartsen", size=(560, 120))
    letterhead_docx(d, logo, ["dr. Wouter Vanderheyden", "dr. Els Bosmans", "dr. Pieter-Jan Nijs",
                              "Stationsstraat 45, 3900 Pelt", "tel. +32 11 00 00 00"], logo_width_cm=6)
    footer_docx(d, "Groepspraktijk De Linde · Stationsstraat 45 · 3900 Pelt · afspraken via de website of telefonisch",
                prefix="p. ", middle="/")
    para(d, "VERWIJSBRIEF", bold=True, size=13, align="center")
    para(d, "Pelt, 5 oktober 2026", align="right")
    lines(d, ["Aan: Handkliniek Veluwezoom", "t.a.v. de dienstdoende handchirurg", "Velperweg 212",
              "6824 HL Arnhem (Nederland)"])
    para(d, "")
    table(d, [["Betreft", "Mevr. Lieve Claes, °23/08/1967"], ["Adres", "Kerkhofstraat 12, 3900 Pelt"],
              ["Rijksregisternr.", "67.08.23-284.12"], ["Verwijzer", "dr. W. Vanderheyden, huisarts – RIZIV 1-23456-78-004"]],
          widths_cm=[3.5, 12], bold_first_col=True, size=9)
    para(d, "")
    para(d, "Geachte collega,")
    para(d, "Graag verwijs ik mevrouw Claes naar u voor een second opinion betreffende haar linkerpols. Zij werkt als "
            "boekhoudster in Eindhoven en vraagt uitdrukkelijk een advies in Nederland.", align="justify", space_after=6)
    sections(d, [
        ("Vraagstelling", "Is de huidige klachtenpresentatie te verklaren door het osteosynthesemateriaal of eerder door "
                          "een TFCC-letsel/instabiliteit van het distale radio-ulnaire gewricht? Wat is uw advies inzake "
                          "verdere behandeling?"),
        ("Antecedenten", "– 2009 hysterectomie\n– arteriële hypertensie\n– 02/2026 distale radiusfractuur links na val met de "
                         "fiets, plaatosteosynthese op 04/02/2026 in AZ Maaskant te Maaseik (dr. T. Geerts, orthopedie)"),
        ("Recente behandeling", "– 03/2026 tot 06/2026: kinesitherapie, 24 sessies\n– 07/2026: RX pols links (AZ Maaskant): "
                                "geconsolideerde fractuur, plaat in situ\n– 08/2026: CT pols links: lichte subluxatie van "
                                "het DRUG bij pronatie, distale schroef tot op de dorsale cortex\n– 09/2026: raadpleging "
                                "orthopedie: voorstel tot verwijderen van het materiaal met artroscopie; patiënte twijfelt"),
        ("Huidige klachten", "Persisterende pijn aan de ulnaire zijde van de pols, beperkte pronosupinatie en af en toe "
                             "tintelingen in de pink. Slaapt slecht door de pijn."),
        ("Medicatie", "Lisinopril 10 mg 1x/dag; paracetamol 1 g zo nodig."),
        ("Allergieën", "Geen gekend."),
    ])
    para(d, "In bijlage: operatieverslag AZ Maaskant, verslagen RX en CT, cd-rom met de beelden.", italic=True, space_after=6)
    para(d, "Met collegiale groeten,")
    para(d, "")
    para(d, "dr. Wouter Vanderheyden", bold=True, space_after=0)
    para(d, "huisarts")
    src = os.path.join(TMP, stem + ".docx")
    d.save(src)
    soffice_to_pdf(src, docpath(stem, "pdf"))
    finish(stem, "pdf", "pdf (docx via soffice)", "nl-BE", dict(
        kinds=["referral", "history"], date="2026-10-05", author="gp", language="nl",
        style="Flemish GP verwijsbrief (Antecedenten, Recente behandeling, °-birth date), Word converted to PDF",
        referral_question=True, imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Belgian GP; operation and imaging in a Belgian hospital (care abroad); referral with its own "
              "antecedents and recent-treatment sections so also a history letter; month/year dates (02/2026); "
              "'kinesitherapie' for physiotherapy; material removal only proposed."))


if __name__ == "__main__":
    for f in (tk003, tk006, tk008, tk011, tk013, tk017, tk019, tk023, tk025, tk007):
        f()
        print("ok", f.__name__)
