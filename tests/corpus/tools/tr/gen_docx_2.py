"""tr-040 .. tr-048: Word documents written with python-docx."""
from docx.shared import Pt, Cm, RGBColor, Inches
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import (label, out, base_docx, para, labeled, docx_field, shade, no_borders)
from gen_docx_1 import kv_table


# =========================================================================== tr-040
def tr040():
    stem = "tr-040"
    d = base_docx("Arial", 10.5, 2.0)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Northfield & Severn Hospitals")
    r.bold = True
    r.font.size = Pt(12)
    para(sec.header, "NHS Trust\nDepartment of Plastic & Hand Surgery\nSevernside Hospital, "
                     "Worcester Road, Kidderminster DY11 6RJ", size=8, align=WD_ALIGN_PARAGRAPH.RIGHT)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Page ").font.size = Pt(7.5)
    docx_field(fp, "PAGE")
    fp.add_run("   ·   Please quote the hospital number on all correspondence").font.size = Pt(7.5)
    para(d, "Private & Confidential", bold=True, size=9)
    para(d, "Dr P Hargreaves\nThe Orchard Surgery\n3 Church Lane\nBewdley\nDY12 2AR")
    para(d, "")
    kv_table(d, [("Date of clinic", "09 June 2026"), ("Date typed", "11 June 2026"),
                 ("Consultant", "Mr R. Adeyemi-Clarke FRCS(Plast)"),
                 ("Hospital number", "SH 0771 438"), ("NHS number", "455 210 8873")],
             style=None, widths=(4, 9))
    para(d, "")
    para(d, "Dear Dr Hargreaves,")
    labeled(d, "Re: ", "Mr Geert VAN DER LINDEN, DOB 21.07.1958, 7 Severn Side North, Bewdley DY12 2EE")
    para(d, "")
    labeled(d, "Diagnoses: ", "1. Left Dupuytren's disease, little finger – recurrence at PIPJ "
                              "(Tubiana stage II)  2. Type 2 diabetes")
    labeled(d, "Previous procedure: ", "Left limited palmar fasciectomy, little finger, 18 March "
                                       "2025 (Mr Adeyemi-Clarke)")
    labeled(d, "Outcome: ", "Discharged to GP")
    para(d, "")
    for t in [
        "I reviewed Mr van der Linden, a retired Dutch engineer, fifteen months after his left "
        "little finger fasciectomy. He is pleased with the MCP joint, which remains fully "
        "extended, but there is a new cord over the PIP joint with a 35° fixed flexion "
        "deformity. The table-top test is still negative. No imaging was required.",
        "We discussed that recurrence after fasciectomy is common. At this stage I would not "
        "recommend further surgery; if the contracture progresses beyond 45° or the table-top "
        "test becomes positive, options would include needle fasciotomy or a dermofasciectomy.",
        "He tells me that he and his wife are moving back to the Netherlands (Deventer) at the end "
        "of the summer. I have therefore discharged him from our clinic and given him a copy of "
        "this letter and of the operation note to take to his new GP. He was advised to seek "
        "review with a hand surgeon there if the finger deteriorates.",
    ]:
        para(d, t)
    para(d, "")
    para(d, "Yours sincerely,")
    para(d, "\n\nMr R. Adeyemi-Clarke\nConsultant Plastic & Hand Surgeon")
    para(d, "cc: Mr G. van der Linden (patient)", size=8.5)
    d.save(out(stem, "docx"))
    label(stem, ["correspondence"], "2026-06-11", "specialist", "en",
          "UK NHS plastic-surgery clinic letter in Word, header block as borderless table",
          "no", "yes", "yes",
          "UK letter (treated abroad by this hospital) for a Dutch patient who moves back. "
          "Earlier fasciectomy done (operated yes); further surgery only as future options. "
          "'No imaging was required' negation. Clinic vs typed date in a borderless table; "
          "DOB with dots. 'operation note' mentioned only.", also=["2026-06-09"])


# =========================================================================== tr-041
def tr041():
    stem = "tr-041"
    d = base_docx("Arial", 9.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.add_run("Klinikum Kalkar-Rees").bold = True
    hp.add_run("  ·  Institut für Medizinische Mikrobiologie und Krankenhaushygiene")
    para(sec.header, "Laborleitung: Prof. Dr. med. B. Overkamp  ·  Akkreditiert nach DIN EN ISO 15189 "
                     "(D-ML-13117-02)", size=7)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Befund gedruckt am 06.07.2026 08:12 – Seite ").font.size = Pt(7)
    docx_field(fp, "PAGE")
    para(d, "Mikrobiologischer Befund – ENDBEFUND", bold=True, size=12)
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for row in [("Patient", "van Kessel, Mark", "Geb.-Dat.", "30.10.1985"),
                ("Einsender", "Station 3B Unfallchirurgie", "Fall-Nr.", "7 2607 0193"),
                ("Auftrags-Nr.", "MB 26/48817", "Abnahme", "02.07.2026 06:40"),
                ("Eingang", "02.07.2026 09:15", "Befunddatum", "04.07.2026")]:
        cs = t.add_row().cells
        for i, v in enumerate(row):
            cs[i].text = v
            if i % 2 == 0:
                shade(cs[i], "EDEDED")
    para(d, "")
    labeled(d, "Untersuchungsauftrag: ", "MRSA-Aufnahmescreening (Risikopatient: Aufnahme über "
                                         "ZNA, Fremdkörperverletzung Hand)")
    para(d, "")
    r = d.add_table(rows=1, cols=3)
    r.style = "Table Grid"
    for i, h in enumerate(["Material", "Untersuchung", "Ergebnis"]):
        r.rows[0].cells[i].text = h
        r.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in [("Nasenvorhofabstrich bds.", "MRSA-Kultur (chromogen)", "kein MRSA nachgewiesen"),
                ("Rachenabstrich", "MRSA-Kultur (chromogen)", "kein MRSA nachgewiesen"),
                ("Leistenabstrich", "MRSA-Kultur (chromogen)", "kein MRSA nachgewiesen"),
                ("Wundabstrich Hand re.", "Kultur aerob/anaerob", "Staphylococcus aureus (MSSA), "
                                                                  "+ siehe Antibiogramm")]:
        cs = r.add_row().cells
        for i, v in enumerate(row):
            cs[i].text = v
    para(d, "")
    para(d, "Antibiogramm S. aureus (Wunde): Oxacillin S · Cefazolin S · Clindamycin S · "
            "Cotrimoxazol S · Doxycyclin S", size=8.5)
    para(d, "")
    labeled(d, "Beurteilung: ", "MRSA-Screening negativ. In der Wunde Nachweis von Methicillin-"
                                "sensiblem S. aureus (MSSA) – kein MRSA. Keine Isolierung erforderlich.")
    para(d, "")
    para(d, "Freigegeben: Dr. med. C. Lohmann, Fachärztin für Mikrobiologie, 04.07.2026")
    d.save(out(stem, "docx"))
    label(stem, ["mrsa-screening"], "2026-07-04", "lab", "de",
          "German microbiology Endbefund in Word (grey key cells, results table)",
          "unmentioned", "unmentioned", "yes",
          "German MRSA admission screen (patient admitted via the emergency department of a German "
          "hospital: treated abroad). Same table holds a wound culture with S. aureus (MSSA) – "
          "'S. aureus' next to 'MRSA' words. Dates: Abnahme, Eingang, Befund, print; birth date.",
          also=["2026-07-02"])


# =========================================================================== tr-042
def tr042():
    stem = "tr-042"
    d = base_docx("Calibri", 11)
    for k, v in [("Van:", "Karin Smulders <k.smulders77@mailbox.nl>"),
                 ("Verzonden:", "dinsdag 24 november 2026 22:17"),
                 ("Aan:", "intake@handkliniek-amstelhof.nl"),
                 ("Onderwerp:", "RE: uw aanvraag second opinion - ontbrekende stukken (dossier HA-26-5390)")]:
        p = d.add_paragraph()
        p.add_run(k + " ").bold = True
        p.add_run(v)
    para(d, "")
    for t in [
        "Goedenavond,",
        "Dank voor uw mail. Hieronder mijn antwoorden op uw vragen, ik hoop dat het zo duidelijk is.",
        "- De MRI is in mei gemaakt in het ziekenhuis in Gorinchem, de cd heb ik opgevraagd maar nog "
        "niet gekregen. Het verslag heb ik niet, wel de brief van de orthopeed (zit in de bijlage).",
        "- Ik ben niet geopereerd aan mijn pols, alleen een keer een injectie gehad in juni. Mijn "
        "moeder is vorig jaar wel aan haar duim geopereerd maar dat heeft hier niks mee te maken "
        "denk ik :)",
        "- Deze zomer zijn we 2 weken in Portugal geweest (Algarve) maar ik ben daar niet bij een "
        "dokter of in het ziekenhuis geweest, dus die MRSA test is toch niet nodig? Mijn huisarts zei "
        "ook van niet.",
        "- De verwijsbrief heeft mijn huisarts vorige week gestuurd, dokter Aydin uit Gorinchem.",
        "Kunt u mij laten weten of de afspraak nu kan worden ingepland? Ik heb veel last, vooral 's "
        "nachts.",
        "Met vriendelijke groet,\nKarin Smulders\n(geb. 3-3-1977)",
    ]:
        para(d, t)
    para(d, "")
    para(d, "-----Oorspronkelijk bericht-----", color=(0x80, 0x80, 0x80))
    for k, v in [("Van:", "Intake Handkliniek Amstelhof <intake@handkliniek-amstelhof.nl>"),
                 ("Verzonden:", "maandag 23 november 2026 11:02"),
                 ("Aan:", "k.smulders77@mailbox.nl"),
                 ("Onderwerp:", "uw aanvraag second opinion - ontbrekende stukken (dossier HA-26-5390)")]:
        p = d.add_paragraph()
        r = p.add_run(k + " ")
        r.bold = True
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        r2 = p.add_run(v)
        r2.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    for t in [
        "Beste mevrouw Smulders,",
        "Wij hebben uw aanmelding ontvangen. Om een afspraak te kunnen maken ontbreken nog: het "
        "verslag en de cd van de MRI, eventuele operatieverslagen, en – als u in het buitenland in "
        "een ziekenhuis bent behandeld – een MRSA-uitslag via uw huisarts.",
        "Met vriendelijke groet,\nTeam Intake",
    ]:
        para(d, t, color=(0x60, 0x60, 0x60))
    d.save(out(stem, "docx"))
    label(stem, [], "2026-11-24", "patient", "nl",
          "patient e-mail reply with quoted clinic e-mail, pasted into Word (Outlook headers)",
          "yes", "no", "no",
          "Patient e-mail (none kind). Quoted clinic mail below lists every kind as missing. "
          "Patient says MRI done (Gorinchem), 'niet geopereerd aan mijn pols' (mother's thumb "
          "operation is someone else), holiday in Portugal without doctor or hospital "
          "(treated_abroad no). Two e-mail dates; birth date in the signature.")


# =========================================================================== tr-043
def tr043():
    stem = "tr-043"
    d = base_docx("Calibri", 10)
    sec = d.sections[0]
    ht = sec.header.add_table(rows=1, cols=2, width=Cm(17))
    ht.cell(0, 0).text = "NOORDERZORG ZIEKENHUIS\nAssen · locatie Europaweg"
    ht.cell(0, 0).paragraphs[0].runs[0].bold = True
    ht.cell(0, 1).text = "OK-VERSLAG\nPlastische chirurgie"
    ht.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.add_run("Geprint 15-10-2026 14:20  ·  Pagina ").font.size = Pt(7.5)
    docx_field(fp, "PAGE")
    fp.add_run(" van ")
    docx_field(fp, "NUMPAGES")
    para(d, "Patiënt: Kramer, L. (Lisa)   ·   geb. 30-01-2002   ·   pat.nr. NZ 902 1187   ·   V",
         size=9)
    para(d, "")
    rows = [
        ("Datum OK", "09-10-2026"),
        ("Operateur", "drs. H. Kiewiet, plastisch chirurg"),
        ("Assistent", "T. Bosma, AIOS"),
        ("Anesthesist / techniek", "dr. P. Nanninga · i.v. regionale anesthesie (Bier-block) "
                                   "linkerarm"),
        ("ASA-klasse", "I"),
        ("Time-out", "ja, 10:02 – zijde LINKS gemarkeerd"),
        ("Diagnose", "Dorsaal polsganglion links, recidief na 2x aspiratie (huisarts 2025, 2026)"),
        ("Ingreep", "Excisie dorsaal ganglion pols links met steel en kapselvenster"),
        ("Verloop",
         "Transversale incisie over ganglion. Retinaculum extensorum gespaard, EPL en EDC "
         "terzijde gehouden. Ganglion met steel vrijgeprepareerd tot op het dorsale "
         "SL-ligament, dat intact is. Excisie inclusief kapselvenster van ca. 1 x 1 cm. "
         "Niet meer gesloten. Hemostase na opheffen bloedleegte. Huid intracutaan Monocryl 4-0, "
         "Steri-strips, drukverband."),
        ("Bloedleegte", "26 min"),
        ("PA", "ja – ganglion naar pathologie (PA-nr volgt)"),
        ("Bijzonderheden / complicaties", "geen"),
        ("Nabehandeling",
         "Drukverband 48 uur, daarna pleister. Vrij bewegen. Geen spalk. Wondcontrole huisarts "
         "dag 10-12. Poli over 6 weken. Bij recidief eventueel artroscopische resectie."),
    ]
    kv_table(d, rows, widths=(4.8, 12.2), style="Table Grid", shade_key="DDEBF7")
    para(d, "")
    para(d, "Elektronisch geautoriseerd: H. Kiewiet, 09-10-2026 11:04", italic=True, size=9)
    d.save(out(stem, "docx"))
    label(stem, ["operation-report"], "2026-10-09", "specialist", "nl",
          "HiX OK-verslag in Word: header as table, two-column field table with shaded keys",
          "unmentioned", "yes", "unmentioned",
          "Title only in the Word header table. Previous aspirations are not operations; "
          "arthroscopic resection is a future option; 'PA: ja' is pathology, not imaging. Print "
          "date in the footer vs OK date.")


# =========================================================================== tr-044
def tr044():
    stem = "tr-044"
    d = base_docx("Times New Roman", 11, 2.0)
    sec = d.sections[0]
    sec.page_width = Inches(8.5)
    sec.page_height = Inches(11)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("ANDAMAN INTERNATIONAL HOSPITAL")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x00, 0x6d, 0x77)
    p = para(sec.header, "44/9 Chalermprakiat Rd., Wichit, Mueang Phuket 83000, Thailand · Tel +66 76 "
                         "254 800 · JCI accredited", size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "OPERATIVE REPORT", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for row in [("HN", "66-0219447", "AN", "69-004412"),
                ("Patient", "Mr. Joost HUIZINGA", "Age / Sex", "37 Y / M"),
                ("Date of birth", "19 Sep 1988", "Nationality", "Dutch"),
                ("Date of operation", "14 Feb 2026", "Ward", "Ortho 5B (international)"),
                ("Surgeon", "Dr. Somchai Rattanakorn", "Assistant", "Dr. Pim Chaiyaporn"),
                ("Anesthesiologist", "Dr. Ananya Srisuk", "Anesthesia", "General anesthesia (LMA)")]:
        cs = t.add_row().cells
        for i, v in enumerate(row):
            cs[i].text = v
            if i % 2 == 0:
                cs[i].paragraphs[0].runs[0].bold = True
    para(d, "")
    for head, body in [
        ("Pre-operative diagnosis", "Open wound dorsum right hand with extensor tendon injury of "
                                    "index and middle fingers (zone VI), motorcycle accident 13 Feb "
                                    "2026."),
        ("Post-operative diagnosis", "Complete laceration EDC II and EDC III, partial (30%) EIP; no "
                                     "fracture."),
        ("Operation", "Wound debridement, extensor tendon repair EDC II, EDC III (modified Kessler "
                      "4-0 Ethibond + epitendinous 5-0 Prolene), EIP not repaired."),
        ("Operative findings", "6 cm oblique laceration contaminated with road gravel. Pre-operative "
                               "X-ray right hand: no fracture, no radio-opaque foreign body."),
        ("Procedure", "Patient in supine position, right arm on hand table, pneumatic tourniquet "
                      "250 mmHg. Copious irrigation with 3 L NSS, sharp debridement of devitalised "
                      "skin edges. Tendon ends identified and trimmed. Core suture and epitendinous "
                      "repair as above. Full passive flexion without gapping. Skin closed loosely "
                      "with nylon 4-0 over a Penrose drain. Volar slab with wrist 30° extension and "
                      "MCP joints 0-10°."),
        ("Blood loss", "Minimal"),
        ("Complications", "None"),
        ("Post-operative plan", "IV cefazolin 48 h, then oral. Elevation. Drain off POD 1. Splint 4 "
                                "weeks, then hand therapy. Patient will fly home to the Netherlands "
                                "on 20 Feb 2026 – fit to fly with splint; follow-up with a hand "
                                "surgeon at home."),
    ]:
        p = d.add_paragraph()
        r = p.add_run(head + ": ")
        r.bold = True
        p.add_run(body)
    para(d, "")
    para(d, "Signature: ____________________   Dr. Somchai Rattanakorn, M.D., Orthopaedic Hand "
            "Surgeon\nDate: 14/02/2026  Time: 23:40")
    d.save(out(stem, "docx"))
    label(stem, ["operation-report"], "2026-02-14", "specialist", "en",
          "Thai international hospital operative report (US Letter page, 4-column header table)",
          "yes", "yes", "yes",
          "Operation abroad (Thailand) in the document itself; Thai HN/AN numbers. Dates in "
          "'14 Feb 2026' and '14/02/2026' forms; accident date, flight date, birth date. "
          "'no fracture, no radio-opaque foreign body' after an X-ray = imaging yes.")


# =========================================================================== tr-045
def tr045():
    stem = "tr-045"
    d = base_docx("Verdana", 9)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("AZ Kempenland")
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = RGBColor(0x00, 0x80, 0x80)
    para(sec.header, "Dienst Medische Beeldvorming · Campus Sint-Dimpna · J.B. Stessensstraat 2, 2440 "
                     "Geel · tel. +32 14 57 70 00", size=7.5)
    para(sec.footer, "Dit verslag werd elektronisch gevalideerd. Beelden via het Vlaams "
                     "ziekenhuisnetwerk / CD op aanvraag.", size=7)
    para(d, "Geel, 12/10/2026", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(d, "Dr. B. Wouters\nOrthopedie – raadpleging hand en pols\nAZ Kempenland")
    para(d, "")
    labeled(d, "Betreft: ", "Mevr. Henriëtte (Jet) Brouwers °17/11/1962 – Dorpsstraat 4, 5531 AB "
                            "Bladel (NL)")
    labeled(d, "Onderzoek van: ", "10/10/2026")
    labeled(d, "Onderzoek: ", "NMR RECHTERPOLS (zonder contrast)")
    labeled(d, "Aanvrager: ", "Dr. B. Wouters (orthopedie)")
    para(d, "")
    para(d, "Geachte collega,")
    para(d, "Klinische inlichtingen: chronische pijn radiale zijde pols, st. na val 2025; RX: "
            "scafoïd pseudartrose? Graag evaluatie vitaliteit proximale pool.")
    para(d, "Verslag:", bold=True)
    for t in [
        "Er is een pseudartrose ter hoogte van de taille van het scafoïd met sclerotische randen "
        "en cystische resorptie. Het proximale fragment vertoont diffuus verlaagd signaal op T1, "
        "zonder duidelijk herstel: verdacht voor avasculaire necrose van de proximale pool.",
        "Beginnende radioscafoïdale artrose (SNAC I) met kleine osteofyt aan de processus "
        "styloideus radii. Geen DISI-stand. Overige carpalia normaal signaal. TFCC intact. "
        "Geen ganglion.",
    ]:
        para(d, t)
    para(d, "Besluit:", bold=True)
    para(d, "1. Scafoïd pseudartrose rechts met tekenen van AVN van de proximale pool.\n2. SNAC stadium "
            "I.\nVerdere bilan met CT kan nuttig zijn voor preoperatieve planning.")
    para(d, "")
    para(d, "Met collegiale groeten,")
    para(d, "\nDr. Katrien Van Gorp\nRadioloog")
    d.save(out(stem, "docx"))
    label(stem, ["imaging-report"], "2026-10-12", "radiologist", "nl",
          "Belgian radiology letter-report in Word (Geachte collega, 'Besluit')",
          "yes", "unmentioned", "yes",
          "Belgian radiology written as a letter to a colleague (salutation, signature), so it "
          "looks like correspondence. '°' birth date, NMR for MRI, 'Besluit'. A Dutch patient "
          "examined in a Belgian hospital: treated abroad. 'preoperatieve planning' is a plan. "
          "Exam date vs letter date.", also=["2026-10-10"])


# =========================================================================== tr-046
def tr046():
    stem = "tr-046"
    d = base_docx("Arial", 10)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.add_run("IJsselvliet Ziekenhuis").bold = True
    hp.add_run("  |  Neurologie & Klinische Neurofysiologie")
    fp = sec.footer.paragraphs[0]
    fp.add_run("Nico Bolkesteinlaan 115, 7416 SE Deventer · 0570-64 66 00 · pag. ").font.size = Pt(7)
    docx_field(fp, "PAGE")
    para(d, "Huisartsenpraktijk Colmschate\nt.a.v. mw. A. Rutgers\nHolterweg 3\n7429 AC Colmschate")
    para(d, "")
    kv_table(d, [("Datum", "30 september 2026"), ("Kenmerk", "NEU/EMG/26-3381"),
                 ("Betreft", "dhr. F. (Frank) Hoogeveen, 12-12-1966"),
                 ("Onderzoek d.d.", "22-09-2026")], style=None, widths=(3.5, 10))
    para(d, "")
    para(d, "Geachte collega,")
    para(d, "Uw patiënt werd verwezen met de vraag: 'CTS rechts? cervicale radiculopathie?'. "
            "Hieronder onze bevindingen.")
    para(d, "Anamnese", bold=True, space_after=0)
    para(d, "Sinds 8 maanden tintelingen dig I-III rechts, 's nachts wakker, schudden helpt. Geen "
            "nekpijn. Patiënt is niet eerder aan de hand of pols geopereerd. Familie: moeder CTS, "
            "destijds geopereerd. Vrachtwagenchauffeur (ook internationaal; geen medische "
            "behandeling in het buitenland).")
    para(d, "EMG-onderzoek", bold=True, space_after=0)
    t = d.add_table(rows=1, cols=4)
    t.style = "Light Shading Accent 1"
    for i, h in enumerate(["Zenuw / traject", "Gemeten", "Normaal", "Beoordeling"]):
        t.rows[0].cells[i].text = h
    for row in [("n. medianus re – DML", "5,8 ms", "< 4,2 ms", "verlengd"),
                ("n. medianus re – SNAP dig II", "28 m/s", "> 44 m/s", "vertraagd"),
                ("n. ulnaris re – SNAP dig V", "51 m/s", "> 44 m/s", "normaal"),
                ("n. medianus li – DML", "3,9 ms", "< 4,2 ms", "normaal"),
                ("naald-EMG m. APB re", "geen spontane activiteit", "", "normaal")]:
        cs = t.add_row().cells
        for i, v in enumerate(row):
            cs[i].text = v
    para(d, "")
    para(d, "Conclusie", bold=True, space_after=0)
    para(d, "Matig ernstig carpaletunnelsyndroom rechts. Geen aanwijzingen voor cervicale "
            "radiculopathie of ulnaropathie. Geen echo van de n. medianus verricht; beeldvorming "
            "is ook niet geïndiceerd.")
    para(d, "Beleid", bold=True, space_after=0)
    para(d, "Wij adviseren verwijzing naar de plastische chirurgie voor een carpaletunnelrelease; "
            "een nachtspalk kan in de tussentijd. Patiënt is teruggestuurd naar u.")
    para(d, "")
    para(d, "Met vriendelijke groet,\n\n\nE. Kaptein, neuroloog\nK. Vrielink, klinisch "
            "neurofysioloog")
    para(d, "cc: patiënt", size=8)
    d.save(out(stem, "docx"))
    label(stem, ["correspondence"], "2026-09-30", "specialist", "nl",
          "neurology EMG letter in Word with measurement table",
          "no", "no", "no",
          "Specialist letter from neurology (not hand surgery). 'Geen echo ... verricht; "
          "beeldvorming is ook niet geïndiceerd' (imaging no), 'niet eerder aan de hand of pols "
          "geopereerd' (operated no), 'geen medische behandeling in het buitenland' despite "
          "international driving (treated_abroad no). Release only advised; mother's operation. "
          "EMG is not imaging.")


# =========================================================================== tr-047
def tr047():
    stem = "tr-047"
    d = base_docx("Calibri", 10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Westduin Ziekenhuis")
    r.bold = True
    r.font.size = Pt(13)
    para(sec.header, "Orthopaedics · Lijnbaan 32 · 2512 VA Den Haag · +31 70 3 30 20 00", size=8)
    fp = sec.footer.paragraphs[0]
    fp.add_run("This letter was generated in English at the request of the patient. "
               "Page ").font.size = Pt(7)
    docx_field(fp, "PAGE")
    para(d, "Dr A. Mahmoud\nThe Hague International Family Practice\nLaan van Meerdervoort 118\n2517 "
            "AR Den Haag")
    para(d, "")
    para(d, "Date: 3 November 2026        Our ref.: ORT/JV/2026-7714")
    labeled(d, "Concerning: ", "Ms Ana Ferreira-Dijkstra, born 27 May 1979")
    para(d, "")
    para(d, "Dear Dr Mahmoud,")
    for t in [
        "Thank you for referring Ms Ferreira-Dijkstra, whom I saw in the outpatient clinic on 28 "
        "October 2026.",
        "History: on 2 August 2026, while visiting family, she fell on her outstretched left hand. "
        "She was seen in the emergency department of the Hospital de São Gonçalo in Lisbon, where "
        "X-rays were taken and a cast was applied for a suspected scaphoid fracture. No surgery was "
        "performed in Lisbon. The cast was removed in the Netherlands after six weeks by her GP.",
        "Current complaints: persistent pain in the anatomical snuffbox and reduced grip.",
        "Examination: tenderness of the snuffbox and scaphoid tubercle, wrist extension 50°, "
        "flexion 55°.",
        "Imaging: CT of the left wrist in our hospital (14 October 2026) shows a non-union of the "
        "scaphoid waist with a 1 mm gap and no humpback deformity. The Lisbon X-rays are not "
        "available to us.",
        "Conclusion: scaphoid non-union, left wrist.",
        "Plan: I have offered her an open reduction with bone graft and screw fixation. She "
        "would like to think about this and possibly seek a second opinion first; she does not "
        "wish to be operated on before January. We will see her again on her request.",
    ]:
        para(d, t)
    para(d, "")
    para(d, "Kind regards,\n\n\nJ. Verhoef, orthopaedic surgeon")
    para(d, "cc: patient", size=8.5)
    d.save(out(stem, "docx"))
    label(stem, ["correspondence"], "2026-11-03", "specialist", "en",
          "Dutch hospital outpatient letter written in English, Word header/footer",
          "yes", "no", "yes",
          "English letter from a Dutch hospital. ED visit abroad named by hospital and city "
          "(Hospital de São Gonçalo, Lisbon). 'No surgery was performed in Lisbon' and only an "
          "offered operation: operated no. Four dates (accident, CT, visit, letter) plus birth "
          "date, all written out in English.")


# =========================================================================== tr-048
def tr048():
    stem = "tr-048"
    d = base_docx("Arial", 10.5, 2.2)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Klinikum Westmünsterland-Nord")
    r.bold = True
    para(sec.header, "Sektion Handchirurgie · OP-Planung", size=8, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(sec.footer, "Mühlenstraße 30 · 48599 Gronau (Westf.) · OP-Planung Tel. +49 2562 915-4410 "
                     "(Mo–Fr 8–12 Uhr)", size=7)
    para(d, "Frau\nEsther Lammers\nKotmanstraat 18\n7533 AG Enschede\nNiederlande")
    para(d, "")
    para(d, "Gronau, 05.11.2026", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(d, "Ihr Operationstermin", bold=True, size=12)
    para(d, "Sehr geehrte Frau Lammers,")
    for t in [
        "wie in unserer handchirurgischen Sprechstunde am 03.11.2026 besprochen, haben wir für Sie "
        "folgenden Termin reserviert:",
    ]:
        para(d, t)
    kv_table(d, [("Eingriff", "Rhizarthrose links – Resektionsarthroplastik (Trapezektomie) mit "
                              "Sehnenaufhängung"),
                 ("OP-Datum", "Dienstag, 15.12.2026 (ambulant)"),
                 ("Aufnahme", "07:00 Uhr, Tagesklinik, Ebene 2"),
                 ("Prämedikation", "Donnerstag, 10.12.2026, 10:30 Uhr (Anästhesie-Ambulanz)")],
             style="Table Grid", widths=(4, 12))
    para(d, "")
    para(d, "Bitte bringen Sie zur Prämedikation mit: Ihren Medikationsplan, die Röntgenbilder "
            "(falls vorhanden, auf CD) und Ihre Versichertenkarte bzw. S1-Formular. Bitte lassen Sie "
            "spätestens 14 Tage vor der Operation bei Ihrem Hausarzt einen MRSA-Abstrich (Nase, "
            "Rachen) durchführen und bringen Sie das Ergebnis mit.")
    para(d, "Falls Sie vor der Operation eine Zweitmeinung einholen möchten oder den Termin nicht "
            "wahrnehmen können, teilen Sie uns dies bitte bis spätestens 01.12.2026 mit.")
    para(d, "Am OP-Tag nüchtern bleiben (6 Stunden keine Nahrung, klare Flüssigkeit bis 2 Stunden "
            "vorher). Bitte eine Begleitperson für die Heimfahrt einplanen.")
    para(d, "")
    para(d, "Mit freundlichen Grüßen\n\ni. A. S. Brüning\nOP-Koordination Handchirurgie")
    d.save(out(stem, "docx"))
    label(stem, [], "2026-11-05", "other", "de",
          "German operation appointment letter (OP-Koordination) with appointment table",
          "unmentioned", "unmentioned", "yes",
          "Appointment letter (none kind). The operation is planned for 15.12.2026 (future: "
          "operated unmentioned). The patient was seen in the outpatient clinic of a German "
          "hospital on 03.11 (treated abroad, outpatient). X-rays and MRSA swab only requested. "
          "Several future dates after the letter date.")


if __name__ == "__main__":
    for f in (tr040, tr041, tr042, tr043, tr044, tr045, tr046, tr047, tr048):
        f()
    print("gen_docx_2 done")
