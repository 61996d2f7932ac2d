"""tr-030 .. tr-039: Word documents written with python-docx (tables, headers/footers, fields)."""
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT
from common import (label, out, base_docx, para, labeled, docx_field, shade, no_borders)


def kv_table(doc, rows, widths=(4.5, 12), style="Table Grid", bold_keys=True, size=None, shade_key=None):
    t = doc.add_table(rows=0, cols=2)
    if style:
        t.style = style
    for k, v in rows:
        cs = t.add_row().cells
        cs[0].text = k
        cs[1].text = v
        if bold_keys and cs[0].paragraphs[0].runs:
            cs[0].paragraphs[0].runs[0].bold = True
        if size:
            for c in cs:
                for p in c.paragraphs:
                    for r in p.runs:
                        r.font.size = Pt(size)
        if shade_key:
            shade(cs[0], shade_key)
        cs[0].width = Cm(widths[0])
        cs[1].width = Cm(widths[1])
    return t


# =========================================================================== tr-030
def tr030():
    stem = "tr-030"
    d = base_docx("Calibri", 10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Huisartsenpraktijk Stadshagen")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x2e, 0x75, 0xb6)
    para(sec.header, "W. Bosch & Y. El Khatib, huisartsen  |  Zwartewaterallee 80  |  8043 LA Zwolle  |  "
                     "038-4 21 11 22  |  spoed 038-4 21 11 99", size=8)
    fp = sec.footer.paragraphs[0]
    fp.add_run("AGB praktijk 01-066431  ·  verwijzing Y. El Khatib  ·  pagina ").font.size = Pt(7.5)
    docx_field(fp, "PAGE")
    fp.add_run(" / ")
    docx_field(fp, "NUMPAGES")

    para(d, "Handkliniek Amstelhof\nT.a.v. polikliniek handchirurgie – second opinion\nLaan van "
            "Kronenburg 40\n1183 AS  AMSTELVEEN")
    para(d, "")
    para(d, "Zwolle, 12 november 2026", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(d, "VERWIJSBRIEF", bold=True, size=12)
    kv_table(d, [("Patiënt", "mw. G.H. (Gerda) Mulder-Stegeman"),
                 ("Geboortedatum", "29-12-1961"),
                 ("Adres", "Hanzelaan 12, 8017 JE Zwolle"),
                 ("BSN / verzekering", "1847 22 019 / ZorgSaam Verzekeringen 74409911"),
                 ("Telefoon", "06-29 44 71 08")], widths=(4, 12.5), style="Light Grid Accent 1")
    para(d, "")
    para(d, "Geachte collega,")
    para(d, "Hierbij verwijs ik mevrouw Mulder voor een second opinion over haar linkerhand. Zij "
            "heeft aan beide kanten een carpaletunnelsyndroom. Rechts is zij in 2025 geopereerd met "
            "een goed resultaat. Links heeft ze sinds een jaar klachten, die ondanks een nachtspalk "
            "en een injectie toenemen. De plastisch chirurg in De Vecht-Overijssel adviseert een "
            "endoscopische release; zij is daar na de rechterkant echter huiverig voor, omdat de "
            "rechterkant destijds open is gedaan en zij nu wordt geadviseerd het anders te doen.")
    for head, body in [
        ("Vraagstelling",
         "1. Kunt u de diagnose CTS links bevestigen, gezien de atypische pijn in de pink?\n"
         "2. Is een endoscopische of juist een open release aan te raden?\n"
         "3. Is er mogelijk ook een cubitaal tunnelsyndroom links?"),
        ("Voorgeschiedenis",
         "- 2018 hysterectomie\n- 2022 DM type 2\n- 04-2025 open CTS-release rechts (Ziekenhuis De "
         "Vecht-Overijssel, dr. Hulst), goed resultaat\n- artrose CMC-1 beiderzijds, weinig last"),
        ("Recente behandelingen",
         "- 01-2026 nachtspalk links (6 mnd), onvoldoende effect\n"
         "- 03-06-2026 injectie carpale tunnel links (huisarts), 8 weken effect\n"
         "- 09-2026 EMG (neurologie De Vecht-Overijssel): matig ernstig CTS links, geen "
         "aanwijzing voor ulnaropathie\n"
         "- 09-2026 echo n. medianus links: CSA 14 mm², geen ruimte-innemend proces\n"
         "- 10-2026 consult plastische chirurgie: endoscopische release voorgesteld"),
        ("Medicatie", "metformine 500 mg 2dd1, simvastatine 40 mg 1dd1, paracetamol zn"),
        ("Allergie / intolerantie", "pleisters (jeuk)"),
        ("Overig",
         "BMI 31. Rookt niet. Mevrouw overwintert sinds 2025 een half jaar in de Algarve (Portugal); "
         "daar heeft zij geen medische zorg gehad. Zij is tot 15 januari in Nederland."),
    ]:
        para(d, head, bold=True, space_after=0)
        para(d, body)
    para(d, "Bijgevoegd: brief plastische chirurgie (14-10-2026), EMG-verslag (22-09-2026). Het "
            "operatieverslag van rechts (2025) vraag ik voor u op.")
    para(d, "")
    para(d, "Met vriendelijke groet,")
    para(d, "\n\nY. El Khatib\nhuisarts")
    d.core_properties.author = "yelkhatib"
    d.core_properties.title = "Verwijsbrief Mulder"
    d.save(out(stem, "docx"))
    label(stem, ["referral", "history"], "2026-11-12", "gp", "nl",
          "free GP letter in Word with letterhead header, page fields in footer, patient table",
          "yes", "yes", "no",
          "Referral + its own 'Voorgeschiedenis' and 'Recente behandelingen' sections (both kinds). "
          "Right side operated (same hand/wrist problem, other side) – operated yes; left "
          "endoscopic release only advised. Hysterectomy other body part. Winters in Portugal "
          "without care. Numbered questions under 'Vraagstelling'. Letterhead only in the Word "
          "header.", rq=True)


# =========================================================================== tr-031
def tr031():
    stem = "tr-031"
    d = base_docx("Arial", 9.5, 1.6)
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    a, b = t.rows[0].cells
    a.paragraphs[0].add_run("Huisartsen Maarssenbroek").bold = True
    para(a, "Bisonspoor 3002\n3605 LT Maarssen\nT 0346-55 80 00", size=8.5)
    b.paragraphs[0].add_run("VERWIJZING").bold = True
    b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = para(b, "specialisme: Plastische chirurgie\nproduct: Consult handchirurgie", size=8.5,
             align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(d, "")
    rows = [("Verwijzer", "drs. C.P. Akkerman, huisarts (AGB 01-100441)"),
            ("Naar", "Handkliniek Amstelhof, Amstelveen"),
            ("Datum", "08-10-2026"),
            ("Patiënt", "dhr. R. (Ruud) van Beek"),
            ("Geb. datum", "17-05-1970"),
            ("Adres", "Zwanenkamp 1140, 3607 RW Maarssen"),
            ("Verzekeraar", "Zorg en Zekerheid – polis 2033 4719"),
            ("Reden verwijzing", "Triggerfinger dig III rechts, sinds ca. 5 maanden, 's ochtends op "
                                 "slot. 1x injectie (06-2026, triamcinolon) gaf 6 weken verlichting."),
            ("Verzoek", "Graag behandeling (injectie herhalen dan wel operatieve klieving A1)."),
            ("Urgentie", "regulier"),
            ("Medicatie", "geen"),
            ("Allergieën", "geen")]
    kv_table(d, rows, widths=(3.5, 14), style="Table Grid", size=9.5, shade_key="E7E6E6")
    para(d, "")
    para(d, "Met collegiale groet,\nC.P. Akkerman", size=9.5)
    para(d, "Verstuurd via Edifact (MEDVRI) 08-10-2026 16:40 – afdruk voor patiënt", size=7,
         italic=True)
    d.save(out(stem, "docx"))
    label(stem, ["referral"], "2026-10-08", "gp", "nl",
          "terse GP referral form in a Word table (Edifact print for patient)",
          "unmentioned", "unmentioned", "unmentioned",
          "A referral 'for treatment' with no question and no second-opinion request: "
          "referral_question false. Operation only as requested treatment option (plan). "
          "Injection is not an operation. No salutation, only a shaded key/value table.",
          rq=False)


# =========================================================================== tr-032
def tr032():
    stem = "tr-032"
    d = base_docx("Segoe UI", 9.5)
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    fh = sec.first_page_header
    r = fh.paragraphs[0].add_run("Ziekenhuis Lindenhove")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0xc8, 0x5a, 0x00)
    para(fh, "Orthopedie en Traumatologie\nMaatweg 3 · 3813 TZ Amersfoort · 033-8 50 50 50", size=8)
    hh = sec.header
    para(hh, "Lindenhove · Orthopedie — vervolg brief d.d. 9 november 2026 — N. de Graaf, 06-04-1952",
         size=7.5)
    for ft in (sec.first_page_footer, sec.footer):
        fp = ft.paragraphs[0]
        fp.add_run("HiX · brief 2026-ORT-33912 · pagina ").font.size = Pt(7)
        docx_field(fp, "PAGE")

    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    a, b = t.rows[0].cells
    a.paragraphs[0].text = "Huisartsenpraktijk Leusden-Centrum\nT.a.v. dr. I. Veldhuizen\nHamersveldseweg 20\n3833 GR  LEUSDEN"
    kv = [("Datum", "9 november 2026"), ("Ons kenmerk", "ORT/MvD/0911-22"),
          ("Uw kenmerk", "—"), ("Patiëntnummer", "3309471"), ("Behandelaar", "M. van Dort")]
    b.paragraphs[0].text = ""
    for k, v in kv:
        labeled(b, k + "  ", v, size=8.5)
    para(d, "")
    labeled(d, "Betreft: ", "mw. N. de Graaf, geb. 06-04-1952, Burg. Tuyllkade 8, Leusden")
    para(d, "")
    para(d, "Geachte collega,")
    para(d, "Op 3 november zag ik uw patiënte op de polikliniek voor een eerste consult na haar "
            "operatie elders.")
    for head, body in [
        ("Anamnese",
         "Mw. viel op 11-07-2026 tijdens een familiebezoek in Kortrijk van de trap. Zij werd "
         "behandeld in het AZ Leieland, waar op 12-07 een plaatosteosynthese van een distale "
         "radiusfractuur rechts werd verricht (operatieverslag door patiënte meegebracht en als "
         "bijlage toegevoegd). Daarna gips 2 wk, nu oefentherapie. Zij heeft pijn bij "
         "draaibewegingen en het gevoel dat de pols 'scheef staat'. Geen tintelingen."),
        ("Lichamelijk onderzoek",
         "Litteken volair rustig. Extensie 40°, flexie 45°, pronatie 70°, supinatie 50°. "
         "Drukpijn ulnair, DRUG stabiel. Sensibiliteit intact."),
        ("Aanvullend onderzoek",
         "X-pols rechts (03-11-2026): geconsolideerde fractuur, palmaire plaat in situ, "
         "ulna-plus variant van 3 mm, radiale inclinatie 17°, volaire tilt -5°. Röntgenfoto's "
         "van België niet beschikbaar ter vergelijking."),
        ("Conclusie",
         "Geconsolideerde distale radiusfractuur rechts in lichte malpositie met ulna-plus en "
         "beginnend ulnair impactiesyndroom."),
        ("Beleid",
         "Intensivering handtherapie, ulnaire brace. Bij persisteren van klachten kan een "
         "correctie-osteotomie worden overwogen; wij bespraken dit met patiënte. Een MRSA-kweek "
         "is reeds via u verricht en was negatief. Mw. wil op termijn mogelijk een second "
         "opinion in een handkliniek; daar zijn wij niet op tegen. Controle over 8 weken."),
    ]:
        para(d, head, bold=True, space_after=0)
        para(d, body)
    para(d, "")
    para(d, "Met vriendelijke groet,")
    para(d, "\n\nM. van Dort, physician assistant orthopedie\nsupervisor: dr. S. Bouali, orthopedisch "
            "chirurg")
    para(d, "cc: patiënte\nBijlage: operatieverslag AZ Leieland d.d. 12-07-2026", size=8)
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(d, "Aanvullende notitie (niet verzonden aan patiënte): pt. geeft aan dat zij in België ook "
            "2 dagen is opgenomen geweest; ontslagbrief niet aanwezig.", size=8.5, italic=True)
    d.save(out(stem, "docx"))
    label(stem, ["correspondence"], "2026-11-09", "specialist", "nl",
          "HiX outpatient letter in Word: first-page header differs from following-page header",
          "yes", "yes", "yes",
          "Care abroad named only by hospital and city ('AZ Leieland', 'Kortrijk'), later "
          "'België' on page 2. Mentions the operation report ('als bijlage toegevoegd') and a "
          "negative MRSA culture – mentions only. Correction osteotomy only considered. Signed by "
          "a physician assistant with a supervisor. Visit date vs letter date.")


# =========================================================================== tr-033
def tr033():
    stem = "tr-033"
    d = base_docx("Helvetica", 10)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.add_run("HAND & WRIST THERAPY AMSTERDAM-ZUID").bold = True
    para(sec.header, "Certified hand therapists · Beethovenstraat 162 · 1077 JX Amsterdam · "
                     "+31 20 7 70 18 44", size=8)
    para(sec.footer, "KvK 71204419 · AGB 04-118823 · We treat in English, Dutch and Spanish", size=7)
    para(d, "DISCHARGE REPORT – HAND THERAPY", bold=True, size=13)
    kv_table(d, [("Client", "Ms Laura McKenna, DOB 08/08/1987"),
                 ("Referred by", "Dr. J. Prins, orthopaedic surgeon, Amstelmere Hospital"),
                 ("Diagnosis", "Distal radius fracture R, s/p ORIF (palmar plate)"),
                 ("Date of surgery", "03/06/2026"),
                 ("Therapy period", "17/06/2026 – 23/10/2026 (22 sessions)"),
                 ("Report date", "30 October 2026"),
                 ("Therapist", "Marta Gómez, CHT")], style="Light List Accent 1")
    para(d, "")
    para(d, "Dear Dr. Prins,", space_after=4)
    for t in [
        "Ms McKenna completed her hand therapy programme after the ORIF of her right distal radius "
        "fracture at Amstelmere Hospital, Amstelveen. She started with oedema control and a thermoplastic "
        "wrist splint, followed by active and active-assisted ROM from week 2 and progressive "
        "strengthening from week 8, once the X-rays at 6 weeks showed union (per your letter "
        "of 15/07).",
        "She has not received any treatment abroad; her trip to Canada in August (3 weeks, family "
        "visit) was uneventful and she continued a home programme there.",
    ]:
        para(d, t)
    t = d.add_table(rows=1, cols=4)
    t.style = "Medium Shading 1 Accent 1"
    for i, h in enumerate(["", "Initial (17/06)", "Discharge (23/10)", "Left (unaffected)"]):
        t.rows[0].cells[i].text = h
    for row in [("Wrist extension", "20°", "60°", "70°"), ("Wrist flexion", "15°", "55°", "70°"),
                ("Supination", "40°", "80°", "85°"), ("Pronation", "60°", "80°", "80°"),
                ("Grip (Jamar II, kg)", "5", "22", "30"), ("QuickDASH", "68", "18", "–")]:
        cs = t.add_row().cells
        for i, v in enumerate(row):
            cs[i].text = v
    para(d, "")
    para(d, "Outcome: good functional result, back at work as a UX designer (full time since "
            "05/10). Mild residual ulnar-sided discomfort with heavy lifting. No further therapy "
            "needed; she will continue her home exercises. Should the ulnar pain persist, she asked "
            "whether a second opinion would be possible – we advised her to discuss this with you "
            "or her GP.")
    para(d, "Kind regards,\n\nMarta Gómez\nCertified Hand Therapist")
    para(d, "cc: client; GP (Dr. A. Huisman, Huisartsenpraktijk Rivierenbuurt)", size=8)
    d.save(out(stem, "docx"))
    label(stem, [], "2026-10-30", "other", "en",
          "English hand-therapy discharge report in Word (styled tables, header/footer)",
          "yes", "yes", "no",
          "Hand-therapy letter (none kind) that looks like a specialist letter (Diagnosis, Date of "
          "surgery). Operated yes (ORIF of the wrist). 'has not received any treatment abroad' + "
          "trip to Canada without care (treated_abroad no). Imaging only reported second hand "
          "('X-rays at 6 weeks showed union') – still says imaging was done. Several dd/mm dates.")


# =========================================================================== tr-034
def tr034():
    stem = "tr-034"
    d = base_docx("Arial", 10)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("St. Elisabeth-Krankenhaus Geldern-Nord")
    r.bold = True
    r.font.size = Pt(12)
    para(sec.header, "Klinik für Plastische, Hand- und Rekonstruktive Chirurgie\nChefärztin Dr. med. "
                     "M. Hüsgen-Aydin", size=8, align=WD_ALIGN_PARAGRAPH.RIGHT)
    fp = sec.footer.paragraphs[0]
    fp.add_run("St. Elisabeth-Krankenhaus Geldern-Nord GmbH · Clemensstraße 6 · 47608 Geldern · "
               "Tel. +49 2831 390-0 · Seite ").font.size = Pt(7)
    docx_field(fp, "PAGE")
    para(d, "St. Elisabeth-Krankenhaus · Clemensstraße 6 · 47608 Geldern", size=7)
    para(d, "Herrn\nHuisarts drs. R. Gielen\nHuisartsenpraktijk Venlo-Oost\nHogeweg 50\n5914 AE "
            "Venlo\nNiederlande")
    para(d, "")
    para(d, "Geldern, 21.10.2026", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(d, "Ambulanter Arztbrief", bold=True, size=12)
    para(d, "Sehr geehrter Herr Kollege Gielen,")
    para(d, "wir berichten Ihnen über Herrn Thijs Willems, geb. 02.12.1994, wohnhaft Venlo, der sich "
            "am 19.10.2026 in unserer handchirurgischen Sprechstunde vorstellte.")
    para(d, "Diagnosen", bold=True, space_after=0)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["ICD-10", "Diagnose", "Seite"]):
        t.rows[0].cells[i].text = h
        shade(t.rows[0].cells[i], "D9E2F3")
    for row in [("S63.3", "Skapholunäre Bandruptur (Geissler III), chronisch, dynamische Instabilität",
                 "rechts"),
                ("Z96.-", "keine Voroperationen am Handgelenk", "—"),
                ("J45.9", "Asthma bronchiale", "—")]:
        cs = t.add_row().cells
        for i, v in enumerate(row):
            cs[i].text = v
    para(d, "")
    for head, body in [
        ("Anamnese", "Sturz beim Mountainbiken (Maasduinen, NL) am 04.06.2026. Seitdem Schmerzen "
                     "dorsal im rechten Handgelenk, Klickgeräusch beim Abstützen. Bisher keine "
                     "operative Versorgung. Handgelenksbandage ohne Besserung. Beruf: Elektriker."),
        ("Befund", "Druckschmerz über SL-Spalt, Watson-Test positiv mit schmerzhaftem Klick. "
                   "Bewegungsumfang Ext/Flex 60-0-55°. Grobe Kraft re 32 kg, li 48 kg."),
        ("Bildgebung", "Röntgen beider Handgelenke inkl. Faustschlussaufnahme (19.10.2026, hier): "
                       "SL-Spalt re. unter Belastung 4 mm, li. 2 mm. Kein DISI in Ruhe. MRT (extern, "
                       "Radiologie Venlo, 08.2026): Ruptur des dorsalen SL-Bandanteils."),
        ("Beurteilung", "Chronische SL-Bandruptur rechts mit dynamischer Instabilität, noch ohne "
                        "Arthrose (SLAC 0)."),
        ("Therapieempfehlung", "Wir empfehlen eine diagnostische Arthroskopie und eine "
                               "SL-Bandplastik (3-Ligament-Tenodese). Alternativ ist ein konservativer "
                               "Versuch mit propriozeptivem Training möglich. Der Patient möchte "
                               "zunächst eine Zweitmeinung in den Niederlanden einholen. Wir haben "
                               "ihm die Röntgenbilder auf CD mitgegeben."),
    ]:
        para(d, head, bold=True, space_after=0)
        para(d, body)
    para(d, "")
    para(d, "Mit freundlichen kollegialen Grüßen")
    para(d, "\n\nDr. med. J. Peters-Kaya\nFachärztin für Plastische und Ästhetische Chirurgie, "
            "Handchirurgie")
    d.save(out(stem, "docx"))
    label(stem, ["correspondence"], "2026-10-21", "specialist", "de",
          "German ambulatory Arztbrief in Word, ICD diagnosis table, header/footer",
          "yes", "no", "yes",
          "German outpatient letter for a Dutch patient (treated abroad by this German clinic). "
          "'keine Voroperationen' in a diagnosis table and 'Bisher keine operative Versorgung' "
          "(negations); SL-Bandplastik only recommended. MRT done in Venlo (NL). Accident in "
          "NL; own date, visit date, accident date, MRT month.")


# =========================================================================== tr-035
def tr035():
    stem = "tr-035"
    d = base_docx("Calibri", 9)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    hp = sec.header.paragraphs[0]
    hp.add_run("Apotheek Het Vlietpunt").bold = True
    hp.add_run("   ·   Vlietweg 45, 2266 KE Leidschendam   ·   070-3 20 44 10   ·   "
               "apotheker: drs. M.A. Bos")
    fp = sec.footer.paragraphs[0]
    fp.add_run("Dit overzicht is gebaseerd op de bij ons bekende gegevens (LSP geraadpleegd). "
               "Controleer het met de patiënt. Blad ")
    docx_field(fp, "PAGE")
    para(d, "ACTUEEL MEDICATIEOVERZICHT", bold=True, size=13)
    para(d, "Patiënt: mw. J. (Jacqueline) Nieuwenhuizen   Geb.: 14-09-1949   Afdrukdatum: "
            "01-12-2026 09:47   Verstrekt aan: patiënt (t.b.v. specialist)")
    para(d, "Gewicht/lengte: onbekend   eGFR: 52 (09-2026)   Contra-indicaties: nierfunctiestoornis, "
            "ulcus in voorgeschiedenis   Intoleranties: codeïne (misselijk); penicilline "
            "(exantheem, 2015)")
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    heads = ["Start", "Geneesmiddel", "Sterkte/vorm", "Gebruik", "Voorschrijver", "Indicatie (vlg. "
                                                                               "voorschrijver)", "Stop"]
    for i, h in enumerate(heads):
        t.rows[0].cells[i].text = h
        shade(t.rows[0].cells[i], "BDD7EE")
    rows = [
        ("01-2025", "Levothyroxine", "50 µg tablet", "1x per dag 1 nuchter", "A. Meijer (huisarts)",
         "hypothyreoïdie", ""),
        ("02-2025", "Metoprolol retard", "47,5 mg tablet", "1x per dag 1", "dr. K. Lam (cardioloog)",
         "boezemfibrilleren", ""),
        ("02-2025", "Apixaban", "2,5 mg tablet", "2x per dag 1", "dr. K. Lam (cardioloog)",
         "antistolling", ""),
        ("06-2025", "Pantoprazol", "20 mg tablet msr", "1x per dag 1", "A. Meijer (huisarts)",
         "maagbescherming", ""),
        ("09-2026", "Paracetamol", "500 mg tablet", "zo nodig max 6 per dag", "A. Meijer (huisarts)",
         "pijn hand", ""),
        ("09-2026", "Diclofenac", "1% gel", "3x per dag dun op pijnlijke duimbasis",
         "dr. H. Sari (orthopedie)", "artrose duimbasis", ""),
        ("10-2026", "Prednisolon", "5 mg tablet", "volgens schema", "A. Meijer (huisarts)",
         "PMR?", "27-10-2026"),
    ]
    for row in rows:
        cs = t.add_row().cells
        for i, v in enumerate(row):
            cs[i].text = v
    para(d, "")
    para(d, "Let op: antistolling (apixaban). Bij een ingreep overleg met voorschrijver over "
            "onderbreken. Zelfzorgmiddelen: magnesium 250 mg (eigen aankoop).", italic=True)
    para(d, "Afgedrukt door: assistent(e) SvdB – Apotheek Het Vlietpunt", size=7.5)
    d.save(out(stem, "docx"))
    label(stem, [], "2026-12-01", "other", "nl",
          "pharmacy medication overview, landscape Word table (7 columns)",
          "unmentioned", "unmentioned", "unmentioned",
          "Pharmacy overview (none kind) in a wide table; prescribers include specialists "
          "(cardioloog, orthopedie), which can look like specialist correspondence. 'Bij een "
          "ingreep' is generic advice, not an operation. Print date, birth date, start dates, "
          "stop date.")


# =========================================================================== tr-036
def tr036():
    stem = "tr-036"
    d = base_docx("Calibri", 10.5)
    para(d, "Handkliniek Amstelhof", bold=True, size=14)
    para(d, "Laan van Kronenburg 40 · 1183 AS Amstelveen", size=8)
    para(d, "")
    para(d, "MACHTIGING / TOESTEMMINGSFORMULIER\nopvragen van medische gegevens bij andere "
            "zorgverleners", bold=True, size=12)
    para(d, "Vul dit formulier volledig in en onderteken het. Zonder uw toestemming kunnen wij geen "
            "gegevens opvragen (Wgbo art. 7:457 BW).", italic=True, size=9)
    kv_table(d, [("Naam", "Maes, Lotte"), ("Geboortedatum", "17-11-1962"),
                 ("Adres", "Nieuwstraat 12, 4511 AL Breskens"),
                 ("Telefoon", "06-5 11 80 274"), ("Huisarts", "dr. M. de Kraker, Oostburg")],
             style="Table Grid")
    para(d, "")
    para(d, "Ik geef de Handkliniek Amstelhof toestemming om de volgende gegevens op te vragen:",
         bold=True)
    for line in [
        "☒  brieven van mijn huisarts (samenvatting, verwijsbrief)",
        "☒  brieven, operatieverslagen en uitslagen van het ziekenhuis:",
        "       naam ziekenhuis: AZ Sint-Lodewijk, Brugge – dienst orthopedie",
        "       behandeling / periode: pols rechts, aug–okt 2026",
        "☐  brieven van een ander ziekenhuis: ……………………………………………",
        "☒  beeldvorming (röntgen / echo / MRI / CT) op CD of via uitwisseling",
        "☐  uitslagen laboratorium (waaronder MRSA-kweek)",
        "☐  fysiotherapie / handtherapie",
    ]:
        para(d, line, space_after=1)
    para(d, "")
    para(d, "Ik ben ervan op de hoogte dat ik deze toestemming op elk moment kan intrekken.")
    para(d, "")
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Datum: 28-11-2026"
    t.cell(0, 1).text = "Plaats: Breskens"
    t.cell(1, 0).text = "Handtekening patiënt:\n\n   L. Maes"
    t.cell(1, 1).text = "Handtekening wettelijk vertegenwoordiger (indien van toepassing):\n\n"
    para(d, "")
    para(d, "In te vullen door de kliniek: ontvangen 30-11-2026 · dossiernr. HA-26-5512 · "
            "paraaf: ……", size=8, italic=True)
    d.save(out(stem, "docx"))
    label(stem, [], "2026-11-28", "patient", "nl",
          "consent form (machtiging) with ☒/☐ checkboxes, signed by the patient",
          "unmentioned", "unmentioned", "yes",
          "Consent form (none kind). The only clue of care abroad is the hospital filled in: 'AZ "
          "Sint-Lodewijk, Brugge' with a treatment period (treated_abroad yes by hospital/city). "
          "Ticked imaging and operation-report boxes are requests, not statements that they exist "
          "(imaging/operated unmentioned). Unticked MRSA box. Signature date vs receipt date.")


# =========================================================================== tr-037
def tr037():
    stem = "tr-037"
    d = base_docx("Arial", 9.5, 1.5)
    hp = d.sections[0].header.paragraphs[0]
    r = hp.add_run("ORION TRAVEL ASSURANCE")
    r.bold = True
    r.font.color.rgb = RGBColor(0x4b, 0x00, 0x82)
    hp.add_run("   Claims department · P.O. Box 7710 · 1117 ZL Schiphol · claims@oriontravel.example")
    para(d, "MEDICAL EXPENSES CLAIM FORM – ABROAD", bold=True, size=13)
    para(d, "Form MC-3 (EN). Please complete in block capitals. Attach original invoices and "
            "medical reports.", size=8, italic=True)
    para(d, "Section A – Policyholder", bold=True)
    kv_table(d, [("Policy number", "OTA-2209-448-17"), ("Name", "SIMON DE WIT"),
                 ("Date of birth", "12/09/1980"), ("Address", "VONDELSTRAAT 9, 2012 CB HAARLEM, NL"),
                 ("E-mail", "s.dewit@example.nl")], widths=(5, 12))
    para(d, "Section B – Incident", bold=True)
    kv_table(d, [("Country / city", "SPAIN / NERJA"),
                 ("Date of incident", "03/08/2026"),
                 ("What happened?", "FELL OFF RENTAL BIKE, LANDED ON LEFT HAND"),
                 ("Injury / diagnosis", "FRACTURE LEFT WRIST (SEE REPORT)")], widths=(5, 12))
    para(d, "Section C – Treatment", bold=True)
    kv_table(d, [("Name of hospital / doctor", "CLÍNICA SAN TELMO, NERJA (DR. M. RUIZ)"),
                 ("Admitted to hospital?", "☒ Yes   ☐ No      Nights: 2   (03/08 – 05/08/2026)"),
                 ("X-ray / scan done?", "☒ X-ray   ☐ CT   ☐ MRI   ☐ none"),
                 ("Was surgery performed?", "☐ Yes   ☒ No   (closed reduction + cast)"),
                 ("Follow-up at home", "☒ Yes – GP / hospital in NL"),
                 ("Total amount claimed", "EUR 2.184,60 (invoices 4)")], widths=(5, 12))
    para(d, "Section D – Declaration", bold=True)
    para(d, "I declare that the information given is true and complete. I authorise Orion Travel "
            "Assurance to obtain medical information from the treating doctors.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Date: 20/08/2026"
    t.cell(0, 1).text = "Signature: S. de Wit"
    para(d, "")
    para(d, "For office use – claim ref. 26-OTA-30118 – received 24/08/2026", size=7.5)
    d.save(out(stem, "docx"))
    label(stem, [], "2026-08-20", "patient", "en",
          "travel-insurance claim form with checkbox rows in Word tables",
          "yes", "no", "yes",
          "Insurance form (none kind) filled in by the patient; facts only via ☒/☐ checkboxes: "
          "admitted abroad yes, X-ray yes, surgery No (closed reduction is not an operation). "
          "Incident, admission, discharge, signature and receipt dates in dd/mm/yyyy.")


# =========================================================================== tr-038
def tr038():
    stem = "tr-038"
    d = base_docx("Tahoma", 9.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.add_run("Ziekenhuis Lindenhove – Radiologie").bold = True
    fp = sec.footer.paragraphs[0]
    fp.add_run("Uitgeprint door: BALI4  op 03-06-2026 10:12    Pagina ").font.size = Pt(7)
    docx_field(fp, "PAGE")
    fp.add_run(" van ")
    docx_field(fp, "NUMPAGES")
    t = d.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    cells = [("Patiënt", "Verbeek-Lammers, A.C.", "Geboortedatum", "14-02-1981"),
             ("Aanvrager", "J.P. Kruiskamp, huisarts, Amersfoort", "Onderzoek", "ECHO POLS RECHTS"),
             ("Datum onderzoek", "20-05-2026", "Verslag gedicteerd", "20-05-2026"),
             ("Laborant", "R. Smit", "Status", "Geautoriseerd")]
    for i, row in enumerate(cells):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
            if j in (0, 2):
                t.cell(i, j).paragraphs[0].runs[0].bold = True
                shade(t.cell(i, j), "F2F2F2")
    para(d, "")
    para(d, "Klinische gegevens / vraagstelling:", bold=True, space_after=0)
    para(d, "Pijn radiaal pols re na val 03-2026, X (SEH) geen fractuur. Ganglion? Tendinopathie?")
    para(d, "Verslag:", bold=True, space_after=0)
    para(d, "Echografie van de rechterpols, dorsaal en volair, met dynamisch onderzoek.\n"
            "Dorsaal: synoviale verdikking in het radiocarpale gewricht met toegenomen "
            "doppler-signaal. Geen ganglion. Scafolunaire ligament dorsaal slechts deels "
            "beoordeelbaar, lijkt intact.\n"
            "1e extensorcompartiment: pezen APL/EPB normaal van dikte, geen tenosynovitis.\n"
            "Volair: geen afwijkingen, n. medianus normaal van kaliber.")
    para(d, "Conclusie:", bold=True, space_after=0)
    para(d, "Synovitis radiocarpaal dorsaal rechts. Geen ganglion, geen De Quervain. SL-ligament "
            "echografisch niet goed te beoordelen; zo nodig MRI.")
    para(d, "")
    para(d, "drs. M. Schipper, radioloog")
    d.save(out(stem, "docx"))
    label(stem, ["imaging-report"], "2026-05-20", "radiologist", "nl",
          "radiology report in Word with 4-column shaded key/value table, print footer",
          "yes", "unmentioned", "unmentioned",
          "Echo report requested by a GP ('Aanvrager: huisarts'), question 'Ganglion?' is the "
          "requester's question. Footer print date (03-06) differs from exam/report date (20-05). "
          "'Geen ganglion' negations of findings, not of imaging. MRI only suggested. Same "
          "patient as tr-001 (older, lower-value report).")


# =========================================================================== tr-039
def tr039():
    stem = "tr-039"
    d = base_docx("Arial", 9)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.add_run("SMLO  Stichting Medisch Laboratorium Oost").bold = True
    para(sec.header, "Afdeling Medische Microbiologie & Infectiepreventie · Ariënsplein 1 · 7511 "
                     "JX Enschede · 053-4 87 20 00", size=7.5)
    para(sec.footer, "Uitslagen zijn uitsluitend bestemd voor de aanvrager. Geaccrediteerd "
                     "volgens ISO 15189:2022 (M 146).", size=7)
    para(d, "UITSLAG MRSA-SCREENING", bold=True, size=12)
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for row in [("Patiënt", "Bennani, Y.", "Aanvrager", "drs. L. Haverkate, huisarts"),
                ("Geb. datum", "04-04-1977", "Praktijk", "HAP Boswinkel, Enschede"),
                ("Labnummer", "26M-118704", "Afnamedatum", "24-11-2026"),
                ("Ontvangst", "25-11-2026", "Eindrapport", "27-11-2026")]:
        cs = t.add_row().cells
        for i, v in enumerate(row):
            cs[i].text = v
            if i in (0, 2):
                cs[i].paragraphs[0].runs[0].bold = True
    para(d, "")
    labeled(d, "Reden aanvraag / klinische gegevens: ",
            "MRSA-screening vóór verwijzing handchirurgie; patiënt was in september 2026 opgenomen "
            "in een ziekenhuis in Agadir (Marokko) ivm fractuur pols li.")
    para(d, "")
    r = d.add_table(rows=1, cols=4)
    r.style = "Light Grid Accent 1"
    for i, h in enumerate(["Materiaal", "Onderzoek", "Uitslag", "Opmerking"]):
        r.rows[0].cells[i].text = h
    for row in [("Neus", "MRSA PCR + kweek", "MRSA niet aangetoond", ""),
                ("Keel", "MRSA kweek", "MRSA niet aangetoond", ""),
                ("Perineum", "MRSA kweek", "—", "materiaal niet ontvangen"),
                ("Rectum", "BRMO (ESBL/CPE)", "ESBL-producerende E. coli aangetoond", "zie toelichting")]:
        cs = r.add_row().cells
        for i, v in enumerate(row):
            cs[i].text = v
    para(d, "")
    para(d, "Toelichting: MRSA niet aangetoond in neus en keel. Perineumkweek ontbreekt; volgens "
            "landelijke richtlijn is de screening daardoor incompleet – wij adviseren alsnog een "
            "perineumwat in te sturen. ESBL-dragerschap: contactvoorzorgsmaatregelen bij opname.")
    para(d, "")
    para(d, "Gevalideerd: dr. A.J. Scholten, arts-microbioloog, 27-11-2026")
    d.save(out(stem, "docx"))
    label(stem, ["mrsa-screening"], "2026-11-27", "lab", "nl",
          "MRSA lab result in Word (two tables; Light Grid style), header/footer",
          "unmentioned", "unmentioned", "yes",
          "A real MRSA result, but incomplete (perineum missing) and with an ESBL finding in "
          "the same table. Foreign admission named by city and country in the clinical data. "
          "Sample, receipt and final dates; birth date.", also=["2026-11-24"])


if __name__ == "__main__":
    for f in (tr030, tr031, tr032, tr033, tr034, tr035, tr036, tr037, tr038, tr039):
        f()
    print("gen_docx_1 done")
