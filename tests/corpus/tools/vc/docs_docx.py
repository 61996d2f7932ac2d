"""DOCX documents vc-030 .. vc-048 (all fictional)."""
from docx.shared import Pt, Mm

import docxkit as D
from common import doc


# ----------------------------------------------------------------------------------------------
@doc("vc-030", "docx", kinds=["referral"], date="2026-11-09", author="gp", language="nl",
     style="free GP verwijsbrief in Word, letterhead table, 'Geachte collega'", referral_question=True,
     imaging_done="no", operated="no", treated_abroad="unmentioned",
     notes="Letter-style referral: two negations ('nooit geopereerd', 'geen beeldvorming verricht'); the "
           "orthopaedist advised surgery (plan). History is delegated to an enclosed summary ('verwijs ik "
           "naar de bijgevoegde samenvatting'), so this letter itself is not a history document. Birth date "
           "11-11-1994 two days after the letter. Place-date line 'Utrecht, 9 november 2026'.")
def d030(path):
    d = D.new_doc("Calibri", 11)
    D.letterhead_table(d, ["Huisartsenpraktijk Lunetten", "G.A. Timmer & F. El Khatib, huisartsen"],
                       ["Hondsrug 40", "3524 BR Utrecht", "T 030 - 555 2810", "AGB 01-064422"],
                       color=(0, 90, 60))
    D.para(d, "")
    D.para(d, "Aan: Handkliniek Midden-Nederland\nt.a.v. dr. M.S. Hogeveen, plastisch chirurg\n"
              "Biltstraat 301\n3572 AS Utrecht")
    D.para(d, "")
    D.para(d, "Utrecht, 9 november 2026", align="right")
    D.para(d, "**Betreft:** mevrouw S. (Sanne) de Groot, geb. 11-11-1994\nZuilenselaan 12, 3553 BM Utrecht")
    D.para(d, "")
    D.paras(d, """Geachte collega,

Graag vraag ik uw second opinion voor mevrouw De Groot, 31 jaar, die sinds de geboorte van haar zoon in maart last heeft van pijn aan de radiale zijde van de rechterpols, uitstralend naar de duim. Tillen van de baby en het vasthouden van de telefoon zijn pijnlijk.

Bij onderzoek vind ik drukpijn over het eerste extensorencompartiment en een duidelijk positieve Finkelstein-test. De klinische diagnose lijkt mij een tendovaginitis van De Quervain.

Zij kreeg via mij twee injecties met triamcinolon, de laatste in september, met telkens enkele weken effect. De orthopeed in het Stadsziekenhuis Utrecht-West adviseerde vorige maand een operatieve release van het eerste compartiment. Patiënte twijfelt, omdat zij nog borstvoeding geeft en opziet tegen een operatie.

Patiënte is nooit geopereerd. Er is geen beeldvorming verricht.

Mijn vraag: is bij deze jonge moeder een operatie nu de aangewezen behandeling, of kan een periode van spalk en handtherapie nog zinvol zijn? Voor de voorgeschiedenis verwijs ik naar de bijgevoegde samenvatting uit ons HIS.

Met vriendelijke groet,""")
    D.para(d, "")
    D.para(d, "F. El Khatib\nhuisarts")
    D.para(d, "")
    D.para(d, "Bijlage: professionele samenvatting\nKopie: patiënte", size=9)
    D.footer_with_pages(d, "Huisartsenpraktijk Lunetten - vertrouwelijk")
    d.save(path)


# ----------------------------------------------------------------------------------------------
@doc("vc-031", "docx", kinds=["referral"], date="2026-10-20", author="gp", language="nl",
     style="short GP 'Verwijsbrief' form in a Word table, referral for treatment only", referral_question=False,
     imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
     notes="Referral 'voor behandeling' without any question or second-opinion request: referral_question "
           "= false. Word table with labels in the left column; 'Relevante voorgeschiedenis: geen bijzonderheden' "
           "without recent treatments, so not a history document.")
def d031(path):
    d = D.new_doc("Arial", 10)
    D.header_text(d, "Huisartsenpraktijk De Meent - Meentweg 8, 3454 AM De Meern - 030 555 6620", size=8)
    D.para(d, "VERWIJSBRIEF", bold=True, size=16)
    D.field_table(d, [
        ("Datum", "20-10-2026"),
        ("Aan", "Polikliniek Plastische Chirurgie / Handchirurgie, Handkliniek Midden-Nederland"),
        ("Van", "W.J. Rietveld, huisarts (AGB 01-059981)"),
        ("Patiënt", "Dhr. H.P. (Henk) Zuidema"),
        ("Geboortedatum", "03-02-1958"),
        ("Adres", "Rijksstraatweg 77, 3454 JD De Meern"),
        ("Verzekering", "VGZ 401928377"),
        ("Reden van verwijzing", "Triggervinger dig III rechts sinds 4 maanden, 's ochtends op slot. "
                                 "Graag behandeling."),
        ("Relevante voorgeschiedenis", "Geen bijzonderheden"),
        ("Medicatie", "Geen"),
        ("Allergieën", "Geen bekend"),
        ("Urgentie", "Regulier"),
    ], widths=(50, 120), shade_labels="EDEDED")
    D.para(d, "")
    D.para(d, "Met vriendelijke groet,\n\nW.J. Rietveld, huisarts")
    d.save(path)


# ----------------------------------------------------------------------------------------------
@doc("vc-032", "docx", kinds=["correspondence"], date="2026-10-05", author="specialist", language="nl",
     style="Epic-like outpatient letter (Orthopedie), letterhead table, bold section headings",
     imaging_done="no", operated="unmentioned", treated_abroad="unmentioned",
     notes="'Een operatie (limited fasciëctomie) is geïndiceerd' is a plan; brother's two Dupuytren "
           "operations are a family member's; knee arthroscopy is another body part. 'Röntgenfoto's zijn "
           "niet gemaakt' (no imaging). Patient wants a second opinion - but this is the specialist's letter. "
           "Signed by AIOS with supervisor; cc patient.")
def d032(path):
    d = D.new_doc("Segoe UI", 10)
    D.letterhead_table(d, ["Stadsziekenhuis Utrecht-West", "Orthopedie", "Locatie Leidsche Rijn"],
                       ["Postbus 9010", "3500 GA Utrecht", "Telefoon 030 555 7000", "Ons kenmerk: ORT/AV/0093341"],
                       color=(120, 30, 30))
    D.para(d, "")
    D.para(d, "Dhr. F. Kok, huisarts\nHuisartsenpraktijk Terwijde\nTerwijdelaan 5\n3544 XX Utrecht")
    D.para(d, "")
    D.field_table(d, [("Datum", "5 oktober 2026"), ("Betreft", "Dhr. G.J. Brink, 07-10-1953, patiëntnr. 0093341"),
                      ("Polibezoek", "01-10-2026")], widths=(30, 140), style=None)
    D.para(d, "")
    D.para(d, "Geachte collega,")
    D.para(d, "Uw patiënt bezocht op 1 oktober de polikliniek orthopedie.")
    for h, t in [
        ("Anamnese", "Sinds circa 5 jaar strengen in de rechter handpalm, sinds een jaar progressieve kromstand van "
                     "ring- en pink. Kan niet meer goed golfen. Broer is twee keer aan Dupuytren geopereerd. "
                     "Voorgeschiedenis: 2015 artroscopie knie links, hypercholesterolemie."),
        ("Lichamelijk onderzoek", "Rechterhand: pretendineuze streng dig IV en V. Extensiedeficit MCP IV 35°, "
                                  "PIP IV 20°, PIP V 45°. Knobbels (knuckle pads) dorsaal PIP III en IV. "
                                  "Sensibiliteit intact."),
        ("Aanvullend onderzoek", "Geen. Röntgenfoto's zijn niet gemaakt en niet nodig voor de diagnose."),
        ("Conclusie", "Morbus Dupuytren dig IV en V rechts, Tubiana II-III, met diathese."),
        ("Beleid", "Een operatie (limited fasciëctomie dig IV-V rechts) is geïndiceerd. Wij hebben de risico's "
                   "(zenuwletsel, recidief, wondgenezing) besproken. Patiënt wil eerst een second opinion "
                   "over naaldfasciotomie elders en neemt daarna contact op."),
    ]:
        D.para(d, h, bold=True, space_after=0)
        D.para(d, t)
    D.para(d, "Met vriendelijke groet,")
    D.para(d, "")
    D.para(d, "A. Visser, AIOS orthopedie\nSupervisor: dr. L.M.T. van Ommeren, orthopedisch chirurg")
    D.para(d, "")
    D.para(d, "cc: patiënt", size=8)
    D.footer_with_pages(d, "Stadsziekenhuis Utrecht-West - Orthopedie", fmt=("Pagina ", " van "))
    d.save(path)


# ----------------------------------------------------------------------------------------------
@doc("vc-033", "docx", kinds=["operation-report"], date="2026-07-08", author="specialist", language="nl",
     style="operatieverslag as a Word table form", imaging_done="unmentioned", operated="yes",
     treated_abroad="unmentioned",
     notes="Table form, no salutation. Earlier primary tendon repair elsewhere (03-2026) plus today's "
           "tenolysis; both hand operations. Dates: operation 08-07-2026, earlier repair 03-2026, birth "
           "date 09-07-1999 one day after the operation.")
def d033(path):
    d = D.new_doc("Calibri", 10)
    D.letterhead_table(d, ["Ziekenhuis Westelijke Mijnstreek", "Plastische Chirurgie - OK-complex"],
                       ["Rijksweg Zuid 90", "6134 AD Sittard", "046 - 555 7777"])
    D.para(d, "")
    D.para(d, "Operatieverslag", bold=True, size=15)
    D.field_table(d, [
        ("Patiënt", "Mw. L. (Lisa) Vanderbroeck, geb. 09-07-1999, nr. 2201983"),
        ("Operatiedatum", "08-07-2026"),
        ("Operateur", "Dr. J.H. Lemmens, plastisch chirurg"),
        ("Assistent", "Drs. B. Claessen, AIOS plastische chirurgie"),
        ("Anesthesie", "WALANT (lidocaïne 1% met adrenaline 1:100.000), geen bloedleegte"),
        ("Pre-operatieve diagnose", "Adhesies flexorpezen dig II rechts na primaire FDP/FDS-naad zone II "
                                    "(03-2026, Ziekenhuis Oostelijke Mijnstreek)"),
        ("Ingreep", "Tenolyse FDP en FDS dig II rechts, release A3-pulley, reconstructie A2 niet nodig"),
        ("Verslag", "Bruner-incisie dig II van distale handpalmplooi tot DIP. Uitgebreide adhesies rond de "
                    "peeshechting ter hoogte van A2/A3. Scherpe en stompe tenolyse van FDP en FDS over het "
                    "gehele traject, A2 gespaard. Intra-operatief door patiënte actieve volledige flexie "
                    "(pulpa-palm afstand 0 cm) en extensie gedemonstreerd. Peesnaad macroscopisch intact. "
                    "Huid Ethilon 5-0."),
        ("Complicaties", "Geen"),
        ("Nabehandeling", "Direct starten met actief oefenen onder begeleiding handtherapie (dag 1), "
                          "geen spalk overdag, nachtspalk in extensie. Hechtingen verwijderen na 12 dagen."),
    ], widths=(45, 125), shade_labels="F2F2F2")
    D.para(d, "")
    D.para(d, "Elektronisch ondertekend: dr. J.H. Lemmens, 08-07-2026 14:51", size=8)
    d.save(path)


# ----------------------------------------------------------------------------------------------
@doc("vc-034", "docx", kinds=["history"], date="2026-10-28", author="gp", language="nl",
     style="GP 'Samenvatting medische gegevens' letter with headed sections",
     imaging_done="yes", operated="no", treated_abroad="yes",
     notes="GP history letter with Voorgeschiedenis and 'Recente behandelingen'. Admission for pneumonia "
           "in a hospital in Faro (Portugal) in 08-2026 - treated abroad, unrelated to the hand. 'aan de "
           "rechterhand nooit geopereerd'; knee arthroscopy and caesarean are other body parts. Not a "
           "referral (no question, addressed 'aan wie het aangaat').")
def d034(path):
    d = D.new_doc("Verdana", 9)
    D.letterhead_table(d, ["Huisartsenpraktijk Ter Borch", "L. Jansma, huisarts"],
                       ["Burg. Wuiteweg 4", "9203 KM Drachten", "0512 - 555 040"], left_bold_first=True)
    D.para(d, "")
    D.para(d, "Samenvatting medische gegevens", bold=True, size=13)
    D.para(d, "Aan wie het aangaat - t.b.v. second opinion handchirurgie", italic=True)
    D.field_table(d, [("Datum", "28 oktober 2026"),
                      ("Patiënt", "Mw. G. (Grietje) Hoekstra-Veenstra"),
                      ("Geboortedatum", "30-10-1959"),
                      ("BSN", "999967314")], widths=(40, 120), style=None)
    sections = [
        ("Actuele problematiek", "Duimbasisartrose rechts met toenemende pijn en krachtsverlies, "
                                 "beperkt in huishouden en in haar werk als kapster (parttime)."),
        ("Voorgeschiedenis", "1988 sectio caesarea\n2004 hypertensie\n2012 artroscopie knie rechts "
                             "(meniscus)\n2019 artrose handen beiderzijds (Heberden)\n"
                             "08-2026 pneumonie, opgenomen in het ziekenhuis in Faro (Portugal) tijdens "
                             "vakantie, 4 dagen i.v. antibiotica; volledig hersteld."),
        ("Recente behandelingen (hand)", "02-2026 X-hand rechts: artrose CMC-1, Eaton III\n"
                                         "03-2026 duimspalk en handtherapie (8 sessies)\n"
                                         "07-2026 injectie CMC-1 rechts (huisarts), 6 weken effect\n"
                                         "Patiënte is aan de rechterhand nooit geopereerd."),
        ("Medicatie", "Amlodipine 5 mg 1 dd 1\nParacetamol 1 g 3 dd zo nodig\nDiclofenac gel 3 dd"),
        ("Allergieën", "Geen bekend"),
        ("Sociaal", "Gehuwd, twee volwassen kinderen. Niet-roker."),
    ]
    for h, t in sections:
        D.para(d, h, bold=True, space_after=0)
        D.para(d, t)
    D.para(d, "")
    D.para(d, "L. Jansma, huisarts")
    D.footer_with_pages(d, "Samenvatting G. Hoekstra-Veenstra, 30-10-1959", fmt=("blz. ", "/"))
    d.save(path)


# ----------------------------------------------------------------------------------------------
@doc("vc-035", "docx", kinds=["mrsa-screening"], date="2026-10-15", also_dates=["2026-10-12"],
     author="lab", language="nl", style="regional microbiology lab result in Word tables (positive MRSA)",
     imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
     notes="Positive MRSA (nose) with advice on decolonisation; several dates (afname 12-10, voorlopig "
           "13-10, definitief 15-10). Clinical info field states a hospital admission in Turkey. Staff note: "
           "an MRSA carrier cannot be operated at the clinic.")
def d035(path):
    d = D.new_doc("Arial", 9.5)
    D.letterhead_table(d, ["Noordelijk Laboratorium Infectieziekten", "Laboratorium voor infectieziekten"],
                       ["Helperzoom 212", "9723 ZZ Groningen", "050 555 1900"], color=(0, 70, 140))
    D.para(d, "")
    D.para(d, "UITSLAG MICROBIOLOGIE - DEFINITIEF", bold=True, size=12)
    t = d.add_table(rows=4, cols=4)
    t.style = d.styles["Table Grid"]
    vals = [("Patiënt", "K. Doornbos", "Aanvrager", "Huisarts P. Wiersma, Haren"),
            ("Geb.datum", "17-01-1973", "Ordernummer", "MB26-1012-4471"),
            ("Afnamedatum", "12-10-2026", "Voorlopige uitslag", "13-10-2026"),
            ("Ontvangen", "12-10-2026 16:20", "Definitieve uitslag", "15-10-2026")]
    for r, row in enumerate(vals):
        for c, v in enumerate(row):
            D.add_runs(t.rows[r].cells[c].paragraphs[0], v, bold=(c % 2 == 0))
    D.para(d, "")
    D.para(d, "**Klinische gegevens:** opname ziekenhuis Turkije (Izmir) 09-2026 i.v.m. cellulitis onderarm; "
              "screening voor verwijzing handkliniek.")
    D.para(d, "**Onderzoek:** MRSA-screening (kweek met ophoogmedium)")
    D.grid_table(d, ["Materiaal", "Uitslag", "Toelichting"], [
        ["Neus", "MRSA aangetoond", "Staphylococcus aureus, meticilline-resistent (mecA positief)"],
        ["Keel", "MRSA niet aangetoond", ""],
        ["Perineum", "MRSA niet aangetoond", ""],
    ], widths=(30, 45, 95))
    D.para(d, "")
    D.para(d, "**Antibiogram (neus):** flucloxacilline R, clindamycine S, doxycycline S, co-trimoxazol S, "
              "mupirocine S, vancomycine S.")
    D.para(d, "**Advies:** patiënt is MRSA-drager. Dekolonisatiebehandeling volgens NHG-standaard "
              "(mupirocine neuszalf 3 dd en chloorhexidine wassen gedurende 5 dagen); controlekweken op 3 "
              "momenten vanaf 7 dagen na behandeling. Meldt dragerschap bij opname of bezoek aan een "
              "zorginstelling.")
    D.para(d, "")
    D.para(d, "Gevalideerd door dr. H.T. Kuipers, arts-microbioloog, 15-10-2026", size=8)
    d.save(path)


# ----------------------------------------------------------------------------------------------
@doc("vc-036", "docx", kinds=["imaging-report"], date="2026-08-19", author="radiologist", language="nl",
     style="'Medische Beeldvorming' echo report in Word, labels with tab stops",
     imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
     notes="Ultrasound report requested by a GP; label/value pairs as separate runs separated by tabs. "
           "'Vraagstelling: ganglion?' is the requester's question. Exam and report on the same day.")
def d036(path):
    d = D.new_doc("Calibri", 10.5)
    D.header_text(d, "Veluwe-IJssel Ziekenhuis · Medische Beeldvorming · Sprengenweg 90 · "
                     "7314 AA Apeldoorn", size=8)
    D.para(d, "Medische Beeldvorming", bold=True, size=14, color=(0, 100, 120))
    D.para(d, "")
    for lab, val in [("Naam", "Dhr. R. (Rik) Voskuilen"), ("Geboortedatum", "22-08-2001"),
                     ("Patiëntnummer", "3011457"), ("Aanvrager", "H. Kuipers, huisarts, Huisartsenpraktijk Kanaalzijde"),
                     ("Onderzoek", "Echografie pols links"), ("Datum", "19-08-2026")]:
        D.label_value(d, lab, val)
    D.para(d, "")
    D.para(d, "**Klinische informatie:** Zwelling dorsaal pols links sinds 2 maanden, pijnlijk bij steunen "
              "(turner). Vraagstelling: ganglion?")
    D.para(d, "**Bevindingen:** Dorsaal ter hoogte van het scapholunaire interval een goed begrensde, "
              "anechogene, licht gelobde structuur van 14 x 9 x 8 mm met een smalle steel richting het "
              "dorsale SL-ligament. Geen doppler-signaal. Extensorpezen normaal van aspect, geen vocht in de "
              "peesschedes. Geen aanwijzingen voor synovitis van het radiocarpale gewricht.")
    D.para(d, "**Conclusie:** Dorsaal polsganglion links, uitgaande van het SL-interval. Geen tenosynovitis.")
    D.para(d, "")
    D.para(d, "Verslag: drs. E.M. Tuinman, radioloog - geautoriseerd 19-08-2026 15:22", size=9)
    d.save(path)


# ----------------------------------------------------------------------------------------------
@doc("vc-037", "docx", kinds=[], date="2026-09-30", author="other", language="en",
     style="physiotherapy discharge report in English (expat practice in the Netherlands)",
     imaging_done="no", operated="no", treated_abroad="unmentioned",
     notes="Physiotherapist's report - not a specialist letter. 'has not had any surgery' and 'the "
           "ultrasound ... has not been done yet' are negations (imaging not done). Mentions her GP may "
           "refer for a second opinion (a plan).")
def d037(path):
    d = D.new_doc("Helvetica", 10)
    D.letterhead_table(d, ["Physio Den Haag Centrum", "International physiotherapy practice"],
                       ["Prinsestraat 61", "2513 CA Den Haag", "+31 70 555 0613"], color=(30, 110, 170))
    D.para(d, "")
    D.para(d, "To: Dr. C. Maas, general practitioner\nThe Hague Expat Medical Practice")
    D.para(d, "")
    D.para(d, "Date: 30 September 2026")
    D.para(d, "Re: Ms Priya Raman, date of birth 14 August 1990")
    D.para(d, "Discharge report physiotherapy", bold=True, size=12)
    D.paras(d, """Dear Dr. Maas,

Ms Raman attended 9 sessions between 28 July and 23 September 2026 for ulnar-sided pain of the right wrist, which started after a period of intensive rowing training. She has not had any surgery on the wrist.

Treatment consisted of load management, ECU stabilisation exercises, grip and forearm strengthening and a wrist band during sport. Pain on the NRS went from 6 to 3, but she still has painful clicking on supination under load (for example when carrying a tray).

As agreed, the ultrasound of the wrist that you requested has not been done yet; Ms Raman preferred to await the effect of the exercise programme. Given the residual clicking we would recommend further imaging and, as she mentioned, possibly a referral to a hand surgeon for a second opinion.

We have discharged her with a home exercise programme.

Kind regards,""")
    D.para(d, "Joris van Leeuwen, MSc\nPhysiotherapist (BIG 19051234504)")
    d.save(path)


# ----------------------------------------------------------------------------------------------
@doc("vc-038", "docx", kinds=[], date="2026-11-02", author="patient", language="nl",
     style="consent form 'Machtiging opvragen medische gegevens' filled in by the patient (Word table)",
     imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
     notes="Consent form filled in by the patient, no document kind. It lists an admission in a Spanish "
           "clinic (Dénia, June 2026) among the institutions to request records from - a fact about care "
           "abroad hidden in a form. 'gipsbehandeling' says nothing about surgery.")
def d038(path):
    d = D.new_doc("Arial", 10)
    D.para(d, "Handkliniek Zuid-Holland", bold=True, size=12)
    D.para(d, "MACHTIGING OPVRAGEN MEDISCHE GEGEVENS", bold=True, size=14)
    D.para(d, "Met dit formulier geeft u ons toestemming om uw medische gegevens op te vragen bij andere "
              "zorgverleners ten behoeve van uw second opinion.", size=9)
    D.field_table(d, [
        ("Naam", "J.W. (Jan-Willem) Kraaijeveld"),
        ("Geboortedatum", "21-12-1948"),
        ("Adres", "Molenstraat 3, 2681 BW Monster"),
        ("Telefoon", "06-55509876"),
        ("Huisarts", "Dr. A. Barendse, Monster"),
    ], widths=(45, 125))
    D.para(d, "")
    D.para(d, "Bij welke zorgverleners/ziekenhuizen bent u in de afgelopen 2 jaar behandeld voor uw klacht?", bold=True)
    D.grid_table(d, ["Instelling", "Plaats / land", "Periode", "Waarvoor"], [
        ["Clínica San Rafael del Mar", "Dénia, Spanje", "14-06-2026 t/m 17-06-2026 (opname)",
         "polsfractuur links, gipsbehandeling"],
        ["Polikliniek Westland-Kust", "Naaldwijk", "07-2026 - 09-2026", "controle pols, fysiotherapie"],
        ["", "", "", ""],
    ], widths=(45, 35, 45, 45))
    D.para(d, "")
    D.para(d, "[X] Ik geef toestemming om bovenstaande gegevens op te vragen.\n"
              "[  ] Ik geef geen toestemming.")
    D.para(d, "")
    D.field_table(d, [("Datum", "02-11-2026"), ("Handtekening", "J.W. Kraaijeveld")], widths=(45, 125))
    D.para(d, "")
    D.para(d, "Retour: intake@handkliniek-zh.example of per post. Formulier HKZ-F12 versie 3.", size=8)
    d.save(path)


# ----------------------------------------------------------------------------------------------
@doc("vc-039", "docx", kinds=["correspondence", "operation-report"], date="2026-08-05", author="specialist",
     language="nl", style="Belgian ontslagbrief (AZ, Flemish) with full 'Ingreep' section",
     imaging_done="yes", operated="yes", treated_abroad="yes",
     notes="Flemish discharge letter (spoedgevallendienst, 'Besluit', °birth date, dr. titles, +32, 4-digit "
           "postcode) that includes a full operation description (date, surgeon, anaesthesia, technique) - "
           "both correspondence and operation report. Dutch tourist at the Belgian coast, so treated abroad. "
           "Dates dd/mm/yyyy.")
def d039(path):
    d = D.new_doc("Calibri", 10)
    D.letterhead_table(d, ["AZ Westhoek Zeekant", "Dienst Orthopedie en Traumatologie"],
                       ["Jan Bertheloot-laan 40", "8670 Oostduinkerke-Bad", "T +32 58 55 51 00",
                        "orthopedie@azwestzee.example"], color=(0, 120, 110))
    D.para(d, "")
    D.para(d, "Aan dokter M. Scholten, huisarts\nHuisartsenpraktijk Het Witte Huis\nHoofdstraat 10\n"
              "7901 JT Hoogeveen (Nederland)")
    D.para(d, "")
    D.para(d, "Oostduinkerke, 05/08/2026", align="right")
    D.para(d, "**Ontslagbrief** - mevrouw Anke Mulder, °02/08/1962, opgenomen van 03/08/2026 tot 05/08/2026")
    D.paras(d, """Geachte collega,

Uw patiënte werd op 03/08/2026 via de spoedgevallendienst opgenomen na een val met de fiets op de dijk, met pijn en misvorming van de linkerpols.""")
    for h, t in [
        ("Onderzoeken", "RX pols links: dorsaal gedisloceerde distale radiusfractuur met intra-articulaire "
                        "uitbreiding. CT pols (03/08/2026): drie-fragmentfractuur, stap 2 mm in het gewrichtsvlak."),
        ("Besluit", "Intra-articulaire distale radiusfractuur links (AO 23-C2)."),
    ]:
        D.para(d, h, bold=True, space_after=0)
        D.para(d, t)
    D.para(d, "Ingreep (04/08/2026)", bold=True, space_after=0)
    D.field_table(d, [
        ("Chirurg", "dr. Bram Vandenbussche, orthopedisch chirurg"),
        ("Assistent", "dr. Laure Deprez (ASO)"),
        ("Anesthesie", "Algemene anesthesie + locoregionaal blok (dr. K. Maes)"),
        ("Procedure", "Open repositie en interne fixatie met volaire hoekstabiele plaat (2,4 mm)"),
        ("Verloop", "Volaire benadering volgens Henry, pronator quadratus ingekerfd. Repositie van het "
                    "gewrichtsvlak onder doorlichting, tijdelijke K-draad-fixatie, plaatsing plaat met 3 "
                    "corticale en 6 distale hoekstabiele schroeven. Controle in twee richtingen: goede stand, "
                    "geen intra-articulaire schroeven. Sluiten in lagen, intracutane hechting. Gipsspalk."),
        ("Complicaties", "geen"),
    ], widths=(35, 135))
    D.para(d, "")
    for h, t in [
        ("Verloop opname", "Postoperatief vlot verloop, pijn onder controle, goede doorbloeding en sensibiliteit."),
        ("Medicatie bij ontslag", "Paracetamol 1 g 4 x per dag; ibuprofen 400 mg 3 x per dag gedurende 5 dagen; "
                                  "tinzaparine 3500 IE s.c. 1 x per dag gedurende 10 dagen."),
        ("Beleid", "Gipsspalk 2 weken, daarna brace en kinesitherapie. Verdere opvolging en RX-controle "
                   "na 6 weken via de orthopedist in Nederland. De beelden werden op cd meegegeven."),
    ]:
        D.para(d, h, bold=True, space_after=0)
        D.para(d, t)
    D.para(d, "Met collegiale groeten,")
    D.para(d, "")
    D.para(d, "dr. Bram Vandenbussche\northopedisch chirurg")
    D.footer_with_pages(d, "AZ Westhoek Zeekant - ontslagbrief", fmt=("p. ", "/"))
    d.save(path)


# ----------------------------------------------------------------------------------------------
@doc("vc-040", "docx", kinds=["referral", "history"], date="2026-11-06", author="gp", language="en",
     style="English referral from an international GP practice in the Netherlands, table fields",
     referral_question=True, imaging_done="yes", operated="no", treated_abroad="yes",
     notes="English-language referral written in the Netherlands (BSN, Dutch insurer). Has 'Relevant "
           "medical history' and 'Recent treatment' sections, so also history. Injection at a clinic in "
           "Dubai counts as treatment abroad. 'No surgery to date'. ISO and written dates mixed.")
def d040(path):
    d = D.new_doc("Calibri", 10.5)
    D.letterhead_table(d, ["The Hague International Family Practice", "GPs · Nurse practitioners · Psychologists"],
                       ["Koninginnegracht 19", "2514 AB The Hague", "+31 70 555 1919",
                        "info@thifp.example"], color=(20, 60, 120))
    D.para(d, "")
    D.para(d, "REFERRAL LETTER - SECOND OPINION HAND SURGERY", bold=True, size=13)
    D.field_table(d, [
        ("To", "Hand Clinic The Hague, Second Opinion Outpatient Clinic"),
        ("From", "Dr. Hannah Whitfield, general practitioner (AGB 01-099812)"),
        ("Date", "6 November 2026"),
        ("Patient", "Mr. Tomás Ferreira Lopes"),
        ("Date of birth", "1988-11-04"),
        ("BSN", "999978125"),
        ("Insurance", "Zilveren Kruis - policy 5120039918"),
    ], widths=(35, 135))
    D.para(d, "")
    D.para(d, "Reason for referral", bold=True, space_after=0)
    D.para(d, "Mr. Ferreira Lopes (software engineer, left-handed) has had pain and swelling at the radial side "
              "of the left wrist for almost a year, diagnosed as intersection syndrome / De Quervain "
              "tenosynovitis. He relocated from Dubai to The Hague in July 2026.")
    D.para(d, "Question", bold=True, space_after=0)
    D.para(d, "He requests a second opinion: is the diagnosis correct given the MRI findings, and would you "
              "advise surgical release or further conservative treatment?")
    D.para(d, "Relevant medical history", bold=True, space_after=0)
    D.para(d, "- 2014 ACL reconstruction right knee\n- Mild asthma (salbutamol PRN)\n- No surgery to date on "
              "the wrist or hand.")
    D.para(d, "Recent treatment", bold=True, space_after=0)
    D.para(d, "- 2026-03-10: corticosteroid injection 1st extensor compartment, left, at a sports medicine "
              "clinic in Dubai (relief for ~8 weeks)\n- 2026-06-18: MRI left wrist (Dubai), report attached: "
              "tenosynovitis 1st and 2nd extensor compartments\n- 2026-09 to 2026-10: thumb spica splint and "
              "hand therapy in The Hague (6 sessions), partial improvement")
    D.para(d, "Medication / allergies", bold=True, space_after=0)
    D.para(d, "Salbutamol inhaler PRN; naproxen 250 mg PRN. No known drug allergies.")
    D.para(d, "")
    D.para(d, "Kind regards,\n\nDr. Hannah Whitfield, GP")
    D.para(d, "Enclosure: MRI report 18 June 2026 (Dubai)", size=8)
    D.footer_with_pages(d, "THIFP - confidential", fmt=("Page ", " of "))
    d.save(path)


# ----------------------------------------------------------------------------------------------
@doc("vc-041", "docx", kinds=["correspondence"], date="2026-09-04", author="specialist", language="en",
     style="UK NHS discharge summary as Word tables", imaging_done="yes", operated="yes", treated_abroad="yes",
     notes="Discharge summary; the procedure is one line with 'see separate operation note', so not an "
           "operation report. Admission 02/09, operation 03/09, discharge 04/09 (document date). "
           "UK trust letterhead; the patient is a Dutch student.")
def d041(path):
    d = D.new_doc("Arial", 9.5)
    D.letterhead_table(d, ["Pennine Vale Teaching Hospitals", "NHS Trust"],
                       ["Trauma & Orthopaedics", "Calder Road, Pennine Vale PV2 4HX", "Switchboard 01632 960 000"],
                       color=(0, 94, 184))
    D.para(d, "")
    D.para(d, "DISCHARGE SUMMARY", bold=True, size=14)
    D.field_table(d, [
        ("Patient", "Julia VERSTEEG"), ("DOB", "05/09/2004"), ("NHS number", "999 301 4478"),
        ("Address", "Room 14, Brunswick Halls, Pennine Vale PV1 3QS (term-time)"),
        ("GP", "University Health Centre, Pennine Vale"),
        ("Admission date", "02/09/2026"), ("Discharge date", "04/09/2026"),
        ("Consultant", "Ms Rachel Dunmore, Consultant Hand Surgeon"),
    ], widths=(40, 130), shade_labels="DCE6F1")
    D.para(d, "")
    D.field_table(d, [
        ("Diagnosis", "Displaced fracture of the waist of the left scaphoid"),
        ("Presenting complaint", "Fall while bouldering 01/09/2026, pain and swelling left wrist"),
        ("Investigations", "X-ray left wrist and scaphoid views 02/09/2026; CT left wrist 02/09/2026: "
                           "1.5 mm displacement, humpback angle 38 degrees"),
        ("Procedures", "03/09/2026 ORIF left scaphoid with headless compression screw (percutaneous-assisted, "
                       "dorsal approach) - see separate operation note"),
        ("Complications", "None"),
        ("Medication on discharge", "Paracetamol 1 g QDS; codeine 30 mg QDS PRN (5 days)"),
        ("Follow-up", "Hand clinic 2 weeks for wound check and removal of backslab. Patient will be in the "
                      "Netherlands over the winter break - GP/fracture clinic there to arrange CT at 8-10 "
                      "weeks to confirm union."),
        ("Information given to patient", "Yes - copy of this summary"),
    ], widths=(40, 130))
    D.para(d, "")
    D.para(d, "Summary completed by Dr Oliver Ng, FY2, on behalf of Ms R. Dunmore - 04/09/2026", size=8)
    d.save(path)


# ----------------------------------------------------------------------------------------------
@doc("vc-042", "docx", kinds=["operation-report"], date="2026-06-18", also_dates=["2026-06-19"],
     author="specialist", language="en", style="US 'OPERATIVE REPORT' (dictated/transcribed, capitals headings)",
     imaging_done="unmentioned", operated="yes", treated_abroad="yes",
     notes="US operative report with Preoperative/Postoperative diagnosis, Procedure, Surgeon, EBL; date of "
           "surgery 06/18/2026 and transcription 06/19/2026 in US format; DOB 06/21/1975 (three days after). "
           "Written by a US surgery centre.")
def d042(path):
    d = D.new_doc("Times New Roman", 11)
    D.para(d, "MESA VERDE SURGERY CENTER", bold=True, size=13, align="center")
    D.para(d, "4410 E. Camino Seco, Tucson, AZ 85711 · (520) 555-0144", align="center", size=9)
    D.para(d, "")
    D.para(d, "OPERATIVE REPORT", bold=True, size=14, align="center")
    D.para(d, "")
    for lab, val in [("PATIENT:", "KUIPERS, ROBERT J."), ("DOB:", "06/21/1975"), ("MRN:", "MV-0046128"),
                     ("DATE OF SURGERY:", "06/18/2026"), ("SURGEON:", "Alicia M. Navarro, MD"),
                     ("ASSISTANT:", "None"), ("ANESTHESIA:", "Monitored anesthesia care with local (1% lidocaine "
                                                            "with epinephrine)"),
                     ("ESTIMATED BLOOD LOSS:", "Minimal"), ("TOURNIQUET TIME:", "11 minutes at 250 mmHg"),
                     ("COMPLICATIONS:", "None"), ("SPECIMENS:", "None")]:
        D.label_value(d, lab, val)
    D.para(d, "")
    for h, t in [
        ("PREOPERATIVE DIAGNOSIS:", "Right carpal tunnel syndrome."),
        ("POSTOPERATIVE DIAGNOSIS:", "Right carpal tunnel syndrome."),
        ("PROCEDURE PERFORMED:", "Right endoscopic carpal tunnel release (single portal)."),
        ("INDICATIONS:", "The patient is a 50-year-old right-hand-dominant male with numbness and tingling in "
                         "the right median nerve distribution refractory to splinting and one corticosteroid "
                         "injection, with electrodiagnostic confirmation of moderate carpal tunnel syndrome. "
                         "Risks, benefits and alternatives were discussed and informed consent was obtained."),
        ("DESCRIPTION OF PROCEDURE:", "The patient was identified in the preoperative holding area and the "
                                      "right wrist was marked. He was brought to the operating room and placed "
                                      "supine with the arm on a hand table. After sedation, local anesthetic "
                                      "was infiltrated. The right upper extremity was prepped and draped in "
                                      "the usual sterile fashion and the arm was exsanguinated. A 1.5-cm "
                                      "transverse incision was made at the proximal wrist crease. The "
                                      "antebrachial fascia was opened and the synovium elevated off the deep "
                                      "surface of the transverse carpal ligament. The endoscopic device was "
                                      "introduced and the distal edge of the ligament identified; the ligament "
                                      "was divided from distal to proximal under direct visualization. "
                                      "Complete release was confirmed. The tourniquet was released and "
                                      "hemostasis obtained. The skin was closed with 4-0 nylon. A soft dressing "
                                      "was applied."),
        ("DISPOSITION:", "The patient tolerated the procedure well and was discharged home in stable condition. "
                         "Follow-up in 10-14 days for suture removal; he will travel back to the Netherlands on "
                         "06/24/2026 and suture removal may be done by his GP there."),
    ]:
        D.para(d, h, bold=True, space_after=0)
        D.para(d, t)
    D.para(d, "")
    D.para(d, "Alicia M. Navarro, MD\nD: 06/18/2026 15:40  T: 06/19/2026 08:12  Job #: 5521837", size=9)
    d.save(path)


# ----------------------------------------------------------------------------------------------
@doc("vc-043", "docx", kinds=[], author="patient", language="en",
     style="patient's own letter in English (expat), undated Word document",
     imaging_done="yes", operated="unmentioned", treated_abroad="no",
     notes="Undated patient letter (no date key): asks for a second opinion but is not a referral. MRI done "
           "in a Dutch hospital; 'I have not been treated in any hospital abroad' (negation). Surgery only "
           "suggested by the surgeon. Birth date given in the text.")
def d043(path):
    d = D.new_doc("Georgia", 11)
    D.para(d, "Emily Carter\nBovenkerkerweg 118\n1185 XE Amstelveen\nemily.carter@mail.example")
    D.para(d, "")
    D.para(d, "To the second opinion team\nHand Clinic Amsterdam")
    D.para(d, "")
    D.para(d, "Subject: Request for a second opinion - right wrist")
    D.paras(d, """Dear Sir or Madam,

I am writing to ask whether I could have a second opinion about my right wrist. My name is Emily Carter and I was born on 3 May 1985. I am British and have lived in Amstelveen since 2019.

Since January I have had pain on the thumb side of my wrist and a lump that comes and goes. In September I had an MRI at the Amstelland hospital, which showed a ganglion cyst and some fluid around a tendon. My hand surgeon there suggested an operation to remove the cyst, but the cyst seems to get smaller when I wear a brace, and I would like to know if surgery is really necessary.

For your information: I have not been treated in any hospital abroad - everything has been done here in the Netherlands. I do not take any medication apart from the contraceptive pill.

My GP, Dr. Vermeulen, has told me she will send a referral letter to you. I can bring the MRI on a CD.

Thank you very much for considering my request.

Yours faithfully,

Emily Carter""")
    d.save(path)


# ----------------------------------------------------------------------------------------------
@doc("vc-044", "docx", kinds=["referral"], date="2026-11-02", author="gp", language="de",
     style="German Hausarzt Überweisung letter (cross-border referral to a Dutch clinic)", referral_question=True,
     imaging_done="yes", operated="yes", treated_abroad="yes",
     notes="German GP referral asking for a 'Zweitmeinung' with 'Fragestellung'. States a carpal tunnel "
           "release in a German hospital (03/2025) - operated and treated abroad from the Dutch clinic's "
           "point of view. Sonography 08/2026. Dates dd.mm.yyyy, German postcode.")
def d044(path):
    d = D.new_doc("Arial", 10)
    D.letterhead_table(d, ["Hausarztpraxis am Spoykanal", "Dr. med. Christiane Vogt · Fachärztin für "
                                                          "Allgemeinmedizin"],
                       ["Spoystraße 14", "47533 Kleve-Kellen", "Tel. +49 2821 555 310", "BSNR 379900000"],
                       color=(90, 90, 90))
    D.para(d, "")
    D.para(d, "Handkliniek Nijmegen-Oost\nz. Hd. Zweitmeinungssprechstunde\nDennenstraat 12\n"
              "NL-6543 JR Nijmegen")
    D.para(d, "")
    D.para(d, "Kleve, 02.11.2026", align="right")
    D.para(d, "Überweisung zur Zweitmeinung - Handchirurgie", bold=True, size=12)
    D.para(d, "**Patient:** Herr Stefan Hüsken, geb. 30.10.1967, Tiergartenstraße 8, 47533 Kleve\n"
              "**Krankenkasse:** AOK Rheinland/Hamburg (Versicherten-Nr. A000000000)")
    D.paras(d, """Sehr geehrte Kolleginnen und Kollegen,

ich überweise Ihnen Herrn Hüsken mit der Bitte um eine Zweitmeinung.

Bei Herrn Hüsken wurde im März 2025 im Marienhospital Kleve-Kellen eine offene Karpaltunnelspaltung rechts durchgeführt. Nach anfänglicher Besserung bestehen seit Frühjahr 2026 erneut Kribbelparästhesien D1-D3 rechts, nächtliche Schmerzen und eine Schwäche beim Greifen. Die Sonographie des N. medianus (08/2026) zeigte eine Verdickung proximal des Retinaculum, die neurologische Kontrolle (NLG 09/2026) eine verlängerte distale motorische Latenz.

Der Operateur empfiehlt eine Revision mit Hypothenar-Fettlappenplastik. Der Patient möchte vor einer erneuten Operation eine unabhängige Einschätzung einholen; er arbeitet in Nijmegen und bevorzugt eine Behandlung in den Niederlanden.

Fragestellung: Liegt ein Rezidiv bzw. eine inkomplette Spaltung vor, und ist eine Revisionsoperation indiziert?

Für Rückfragen stehe ich gerne zur Verfügung.

Mit freundlichen kollegialen Grüßen""")
    D.para(d, "")
    D.para(d, "Dr. med. Christiane Vogt")
    D.para(d, "Anlagen: OP-Bericht 03/2025, Sonographiebefund 08/2026, NLG-Befund 09/2026", size=8)
    d.save(path)


# ----------------------------------------------------------------------------------------------
@doc("vc-045", "docx", kinds=["correspondence"], date="2026-10-28", also_dates=["2026-10-27"],
     author="specialist", language="de",
     style="German Arztbrief from a hand surgery clinic (ambulante Vorstellung), Diagnosen/Befund/Therapieempfehlung",
     imaging_done="yes", operated="no", treated_abroad="yes",
     notes="German clinic letter: 'Eine Operation ist bisher nicht erfolgt' (negation) next to a proposed "
           "resection arthroplasty (plan). X-rays of both hands 27.10.2026 (visit date); letter 28.10.2026. "
           "Dutch patient living across the border.")
def d045(path):
    d = D.new_doc("Calibri", 10)
    D.letterhead_table(d, ["Städtisches Klinikum Aachen-Land",
                           "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie",
                           "Chefarzt Prof. Dr. med. Jürgen Klinkenberg"],
                       ["Roermonder Weg 80", "52072 Aachen", "Tel. +49 241 555-6600", "Fax +49 241 555-6609"],
                       color=(0, 60, 110))
    D.para(d, "")
    D.para(d, "Herrn\nDr. med. M. Peeters (huisarts)\nHuisartsenpraktijk Vaals\nMaastrichterlaan 50\n"
              "NL-6291 EN Vaals")
    D.para(d, "")
    D.para(d, "Aachen, 28.10.2026", align="right")
    D.para(d, "**Betr.:** Frau Marloes Lemmens-Dirks, geb. 02.11.1956, wohnhaft in Vaals (NL)\n"
              "**Ambulante Vorstellung am:** 27.10.2026")
    D.para(d, "Sehr geehrter Herr Kollege Peeters,")
    D.para(d, "wir berichten Ihnen über die oben genannte Patientin, die sich in unserer handchirurgischen "
              "Sprechstunde vorstellte.")
    for h, t in [
        ("Diagnosen", "Rhizarthrose beidseits, rechts betont (Eaton III rechts, II links)\n"
                      "Heberden-Arthrose D2-D4 beidseits"),
        ("Anamnese", "Seit etwa 3 Jahren zunehmende Schmerzen am Daumensattelgelenk rechts, Kraftverlust beim "
                     "Öffnen von Flaschen und beim Schreiben. Cortisoninfiltration 02/2026 durch den "
                     "Orthopäden mit 3 Monaten Wirkung. Eine Operation ist bisher nicht erfolgt."),
        ("Befund", "Rechts: Schwellung und Druckschmerz über dem Sattelgelenk, Grind-Test positiv, "
                   "Adduktionskontraktur 1. Strahl angedeutet. Links: geringer Druckschmerz. "
                   "Heberden-Knoten D2-D4."),
        ("Röntgen beider Hände (27.10.2026)", "Rechts deutliche Gelenkspaltverschmälerung, Osteophyten, "
                                              "Subluxation von MC I. STT frei. Links geringe Arthrose."),
        ("Therapieempfehlung", "Bei ausgeschöpfter konservativer Therapie empfehlen wir rechts eine "
                               "Resektions-Suspensions-Arthroplastik (Trapezektomie mit APL-Suspension). "
                               "Die Patientin möchte sich dies überlegen und ggf. eine Zweitmeinung in den "
                               "Niederlanden einholen. Bis dahin Daumenorthese nachts."),
    ]:
        D.para(d, h, bold=True, space_after=0)
        D.para(d, t)
    D.para(d, "Mit freundlichen Grüßen")
    D.para(d, "")
    D.para(d, "Dr. med. Sarah Lindner\nOberärztin, Fachärztin für Plastische und Ästhetische Chirurgie, "
              "Handchirurgie")
    D.footer_with_pages(d, "Klinikum Aachen-Land · Handchirurgie", fmt=("Seite ", " von "))
    d.save(path)


# ----------------------------------------------------------------------------------------------
@doc("vc-046", "docx", kinds=["mrsa-screening"], date="2026-02-06", also_dates=["2026-02-04"],
     author="lab", language="de", style="Austrian hospital hygiene/microbiology MRSA admission screening, Word table",
     imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
     notes="Austrian admission screening ('MRSA-Screening bei Aufnahme', Station Unfallchirurgie) - shows "
           "an inpatient stay abroad. 'kein MRSA nachgewiesen' per site. Abnahme 04.02., Befund 06.02.")
def d046(path):
    d = D.new_doc("Arial", 9.5)
    D.letterhead_table(d, ["Klinikum Salzachtal", "Institut für Krankenhaushygiene und Mikrobiologie"],
                       ["Spitalgasse 4, 5600 St. Johann-Salzachtal", "Österreich", "Tel. +43 6412 555 0"],
                       color=(150, 0, 0))
    D.para(d, "")
    D.para(d, "MIKROBIOLOGISCHER BEFUND", bold=True, size=13)
    D.field_table(d, [
        ("Patient", "de Boer, Marit"), ("Geburtsdatum", "19.05.1992"), ("Fallzahl", "26000481"),
        ("Einsender", "Unfallchirurgie, Station C2 (stationär)"),
        ("Material", "Abstriche Nase, Rachen, Leiste"),
        ("Abnahme", "04.02.2026 07:45"), ("Eingang", "04.02.2026 10:02"), ("Befundung", "06.02.2026"),
        ("Anforderung", "MRSA-Screening bei Aufnahme"),
    ], widths=(40, 130), shade_labels="F0F0F0")
    D.para(d, "")
    D.grid_table(d, ["Material", "Untersuchung", "Ergebnis"], [
        ["Nasenabstrich", "MRSA-Selektivkultur", "kein MRSA nachgewiesen"],
        ["Rachenabstrich", "MRSA-Selektivkultur", "kein MRSA nachgewiesen"],
        ["Leistenabstrich", "MRSA-Selektivkultur", "kein MRSA nachgewiesen"],
    ], widths=(45, 55, 70))
    D.para(d, "")
    D.para(d, "Endbefund. Freigegeben: OA Dr. med. Verena Pichler, Fachärztin für Klinische Mikrobiologie "
              "und Hygiene, 06.02.2026 11:20", size=8)
    d.save(path)


# ----------------------------------------------------------------------------------------------
@doc("vc-047", "docx", kinds=["correspondence"], date="2026-03-19", also_dates=["2026-03-17"],
     author="specialist", language="en", style="Irish consultant clinic letter (Re:/Diagnosis/Plan), dictated/typed",
     imaging_done="yes", operated="no", treated_abroad="yes",
     notes="Irish hospital clinic letter; 'No surgery to date' (negation); wrist arthroscopy only offered. "
           "MRI 3 Feb 2026 mentioned; clinic 17/03/2026, typed 19/03/2026. Older letter (March) relative to "
           "the rest of the dossier.")
def d047(path):
    d = D.new_doc("Arial", 10)
    D.letterhead_table(d, ["Shannonmore Regional Hospital", "Plastic & Hand Surgery Service"],
                       ["Ballysimon Lane", "Limerick V94 XXXX", "Tel: +353 61 555 700"])
    D.para(d, "")
    D.para(d, "Clinic: 17/03/2026     Dictated: 17/03/2026     Typed: 19/03/2026     Ref: HS/kb", size=8)
    D.para(d, "")
    D.para(d, "Dr Seán O'Leary\nRiverside Medical Centre\nCastletroy, Limerick")
    D.para(d, "")
    D.para(d, "19 March 2026")
    D.para(d, "Dear Seán,")
    D.para(d, "**Re: Mr Wouter Jacobs, DOB 16/03/1981, 22 Shelbourne Park, Limerick**")
    D.field_table(d, [
        ("Diagnosis", "Right ulnar-sided wrist pain - TFCC tear (Palmer 1B) on MRI 3 February 2026"),
        ("Outcome", "No surgery to date; failed 3 months splinting and physiotherapy"),
        ("Plan", "Offered right wrist arthroscopy +/- TFCC repair; patient to consider"),
    ], widths=(30, 140), style=None)
    D.paras(d, """I reviewed Wouter today. He is a 45-year-old Dutch engineer who injured his right wrist playing hurling in November. He continues to have pain with pronation and grip and a clunk on ulnar deviation. On examination the fovea sign is positive, the DRUJ is slightly lax compared to the left side and the ECU is stable.

His MRI from 3 February 2026 shows a foveal TFCC tear without ulnar impaction. I have discussed a wrist arthroscopy with possible foveal repair, with the expected recovery of around 3 months. He tells me that his employer may transfer him back to the Netherlands later this year and he would prefer to have any surgery there. I have given him a copy of this letter and of his MRI report.

I have not arranged further review but would be happy to see him again if he decides to proceed here.

Yours sincerely,""")
    D.para(d, "")
    D.para(d, "Ms Hannah Sheridan MCh FRCSI (Plast)\nConsultant Plastic & Hand Surgeon")
    D.para(d, "cc: Mr W. Jacobs", size=8)
    d.save(path)


# ----------------------------------------------------------------------------------------------
@doc("vc-048", "docx", kinds=[], date="2026-11-10", author="gp", language="nl",
     style="GP practice cover note sending requested documents ('t.a.v. intake second opinion')",
     imaging_done="yes", operated="yes", treated_abroad="no",
     notes="Cover note from the GP practice (signed by the doktersassistente for the GP): lists enclosures "
           "(operation report, X-ray report, specialist letter) - mentions, not the documents. Not a "
           "referral: it says the referral was sent earlier via ZorgDomein. States the patient was not "
           "admitted abroad, so no MRSA screening ('niet in het buitenland opgenomen').")
def d048(path):
    d = D.new_doc("Calibri", 11)
    D.letterhead_table(d, ["Huisartsenpraktijk Kanaalzijde", "dr. S. Veldhuis · H. Kuipers"],
                       ["Kanaal Noord 210", "7323 AM Apeldoorn", "055 - 555 1240"])
    D.para(d, "")
    D.para(d, "Aan: Handkliniek Oost-Nederland\nt.a.v. intake second opinion")
    D.para(d, "")
    D.para(d, "Apeldoorn, 10 november 2026")
    D.para(d, "**Betreft:** aanvullende stukken mw. N. (Naomi) Brandsma, geb. 08-11-1990")
    D.paras(d, """Geachte heer/mevrouw,

Op uw verzoek van 4 november jl. ontvangt u hierbij de ontbrekende stukken voor de second opinion van mevrouw Brandsma. De verwijzing is u eerder via ZorgDomein toegestuurd (30-10-2026).

Bijgevoegd:
1. Brief plastische chirurgie Veluwe-IJssel Ziekenhuis, 12-05-2026
2. Operatieverslag ganglionexcisie pols rechts, 03-03-2026
3. Röntgenverslag pols rechts, 20-04-2026

Een MRSA-screening is volgens ons niet nodig: mevrouw is niet in het buitenland opgenomen of behandeld geweest.

De cd met de röntgenfoto's neemt patiënte zelf mee naar de afspraak.

Met vriendelijke groet,""")
    D.para(d, "")
    D.para(d, "M. de Ruiter, doktersassistente\nnamens dr. S. Veldhuis, huisarts")
    d.save(path)
