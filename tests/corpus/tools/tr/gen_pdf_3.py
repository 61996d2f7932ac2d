"""tr-016 .. tr-018: python-docx documents converted to PDF by LibreOffice (soffice --headless).
The intermediate .docx files live in a temp dir, only the PDF goes to docs/."""
import os
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from common import (label, out, base_docx, para, labeled, docx_field, shade, no_borders,
                    soffice_pdf, tmpdir)


# =========================================================================== tr-016
def tr016():
    stem = "tr-016"
    d = base_docx("Arial", 10)
    sec = d.sections[0]
    sec.different_first_page_header_footer = False
    h = sec.header
    hp = h.paragraphs[0]
    r = hp.add_run("Ziekenhuis Rijn en Gouw")
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = RGBColor(0x1f, 0x4e, 0x79)
    para(h, "Heelkunde – sectie Traumatologie & Handchirurgie\nWilhelminapark 2, 2406 AB Alphen "
            "aan den Rijn  ·  0172-44 80 00", size=8)
    f = sec.footer
    fp = f.paragraphs[0]
    fp.add_run("Klinische brief – Koç, A. – geb. 14-07-1996 – pagina ").font.size = Pt(7.5)
    docx_field(fp, "PAGE")
    fp.add_run(" van ")
    docx_field(fp, "NUMPAGES")
    para(f, "Dit document is elektronisch ondertekend. Niet voor publicatie.", size=7, italic=True)

    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    a, b = t.rows[0].cells
    a.width = Cm(10)
    b.width = Cm(7)
    a.paragraphs[0].text = ""
    para(a, "Aan:\nHuisartsenpraktijk Gnephoek\nt.a.v. dhr. T. van Rijswijk, huisarts\nGnephoek 9\n"
            "2401 KL  Alphen aan den Rijn")
    b.paragraphs[0].text = ""
    for lab, val in [("Datum: ", "7 augustus 2026"), ("Ons kenmerk: ", "CHI/TR/0804-1187"),
                     ("Opnamenummer: ", "A 26 20811"), ("Afdeling: ", "C3 chirurgie")]:
        labeled(b, lab, val, size=9)
    para(d, "")
    para(d, "KLINISCHE BRIEF", bold=True, size=12)
    labeled(d, "Betreft: ", "dhr. A. (Arda) Koç, geb. 14-07-1996, Sophialaan 3a, Alphen a/d Rijn")
    labeled(d, "Opname: ", "04-08-2026 (via SEH)   Ontslag: 06-08-2026")
    para(d, "")
    para(d, "Geachte collega,")
    para(d, "Uw patiënt werd opgenomen op onze afdeling na een snijwond aan de rechterhand.")
    for head, body in [
        ("Opnamediagnose", "Open letsel flexorpezen dig III en IV rechts (zone II) met partieel "
                           "letsel n. digitalis proprius radialis dig IV, na snijwond door glas "
                           "(thuis, 04-08-2026)."),
        ("Anamnese", "Pt. viel met een glazen schaal, diepe snijwond in de handpalm/vingerbasis re. "
                     "Kan dig III en IV niet buigen in het DIP. Doof gevoel radiaal dig IV. "
                     "Rechtshandig, student werktuigbouwkunde. Tetanus: laatste vaccinatie onbekend."),
        ("Onderzoek", "Wond 2,5 cm over basis dig III-IV palmair. FDP III en IV uitval, FDS III "
                      "zwak. 2PD radiaal dig IV > 15 mm. Capillaire refill goed."),
        ("Aanvullend onderzoek", "Er is geen beeldvorming verricht (geen botletsel vermoed, geen "
                                 "corpus alienum voelbaar). Lab niet afgenomen."),
    ]:
        para(d, head, bold=True)
        para(d, body)
    para(d, "Operatie", bold=True)
    ot = d.add_table(rows=0, cols=2)
    ot.style = "Table Grid"
    for lab, val in [
        ("Datum", "04-08-2026, 21:15 – 22:50 (spoed-OK)"),
        ("Operateur", "dr. N. Bouzid, traumachirurg-handchirurg"),
        ("Assistent", "drs. P. Mulder, ANIOS chirurgie"),
        ("Anesthesie", "axillair plexusblok (dr. Vreugdenhil), bloedleegte bovenarm 250 mmHg, 82 min"),
        ("Ingreep", "Wondexploratie, primaire hechting FDP III en IV (4-strengs Adelaide, "
                    "Prolene 3-0 + epitendineus 6-0), hechting n. digitalis radialis IV (9-0)"),
        ("Beschrijving", "Bruner-verlenging van de wond. FDP III en IV volledig doorgesneden op "
                         "niveau A2, proximale stompen via kleine incisie in de palm "
                         "opgehaald. FDS III voor 40% ingesneden, niet gehecht. Pezen gehecht, "
                         "vrij glijden door A2 na gedeeltelijke venting. N. digitalis radialis IV "
                         "epineuraal gehecht onder loupe. Spoelen, huid Ethilon 5-0."),
        ("Complicaties", "geen"),
    ]:
        row = ot.add_row().cells
        row[0].text = lab
        row[1].text = val
        row[0].paragraphs[0].runs[0].bold = True
        row[0].width = Cm(3.5)
        row[1].width = Cm(13)
    para(d, "")
    for head, body in [
        ("Beloop", "Ongecompliceerd. Dag 1 start handtherapie: early active motion protocol in "
                   "dorsale blokkeerspalk (pols 20° flexie, MCP 60°). Pijn goed onder controle."),
        ("Medicatie bij ontslag", "paracetamol 1000 mg 4dd, naproxen 500 mg 2dd 5 dagen, "
                                  "esomeprazol 20 mg 1dd zolang naproxen. Tetanusvaccinatie "
                                  "gegeven 04-08."),
        ("Beleid", "Hechtingen verwijderen na 12-14 dagen (bij u of handtherapie). Spalk 6 weken "
                   "dag en nacht. Handtherapie 2x/week (Handtherapie Alphen). Poli handchirurgie "
                   "over 2 weken. Niet autorijden, niet sporten. Werkhervatting (studie) in overleg."),
    ]:
        para(d, head, bold=True)
        para(d, body)
    para(d, "")
    para(d, "Met collegiale groet,")
    para(d, "\n\ndr. N. Bouzid\ntraumachirurg – handchirurg")
    para(d, "cc: patiënt; Handtherapie Alphen (t.a.v. mw. E. Vonk)", size=8)
    tmp = tmpdir()
    src = os.path.join(tmp, "klinische_brief_koc.docx")
    d.core_properties.author = "nbouzid"
    d.save(src)
    soffice_pdf(src, out(stem, "pdf"))
    label(stem, ["correspondence", "operation-report"], "2026-08-07", "specialist", "nl",
          "HiX-like klinische brief from Word (header/footer with page fields), OK table, "
          "converted by LibreOffice",
          "no", "yes", "unmentioned",
          "Discharge letter with a full operation section (date, operator, procedure, "
          "description) in a table, so both kinds. 'Er is geen beeldvorming verricht' explicit "
          "negation. Dates: letter 07-08, admission 04-08, discharge 06-08, birth date in body "
          "and in the Word footer on every page.")


# =========================================================================== tr-017
def tr017():
    stem = "tr-017"
    d = base_docx("Georgia", 10.5, 2.3)
    h = d.sections[0].header
    hp = h.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("The Hague International Family Practice")
    r.font.size = Pt(12)
    r.bold = True
    r.font.color.rgb = RGBColor(0x8b, 0x1a, 0x1a)
    p = para(h, "General practitioners · Laan van Meerdervoort 118 · 2517 AR Den Haag\n"
                "T +31 (0)70 3 45 67 20 · AGB 01-098812", size=8)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    f = d.sections[0].footer.paragraphs[0]
    f.add_run("Confidential medical information. If received in error please destroy and notify "
              "the sender.").font.size = Pt(7)
    para(d, "REFERRAL LETTER", bold=True, size=13)
    para(d, "To:\tHandkliniek Amstelhof – Second Opinion Service\n\tLaan van Kronenburg 40, 1183 "
            "AS Amstelveen")
    para(d, "From:\tDr. Siobhan Kavanagh, general practitioner")
    para(d, "Date:\t25 November 2026")
    para(d, "Re:\tMr Thomas BRENNAN, date of birth 12/01/1977\n\tStatenlaan 64, 2582 GM Den Haag\n"
            "\tInsurer: ZorgSaam Verzekeringen (basic + supplementary)")
    para(d, "")
    para(d, "Dear colleague,")
    for t in [
        "I would be grateful if you could see Mr Brennan, a 49-year-old Irish software architect "
        "living in The Hague since 2019, for a second opinion regarding his right thumb.",
        "He has had pain at the base of his right thumb (MCP joint) for about two years, with "
        "gradually increasing instability when pinching. He was assessed by the orthopaedic "
        "surgeon at Westduin Ziekenhuis, who diagnosed post-traumatic arthritis of the MCP joint "
        "after an old ulnar collateral ligament injury (skiing, 2011) and advised an arthrodesis "
        "of the MCP joint. Plain X-rays taken there in October 2026 reportedly show joint space "
        "narrowing and a small ossicle at the ulnar side.",
        "Mr Brennan is hesitant. He plays the guitar and is worried about losing motion. He asks "
        "whether arthrodesis is really the only option, or whether a ligament reconstruction or "
        "joint replacement would be reasonable at his age. He has not had any surgery on the "
        "thumb so far; apart from a knee arthroscopy in Dublin many years ago he has no surgical "
        "history. He is otherwise healthy, takes no regular medication and has no known "
        "allergies. BMI 24.",
        "<Question> Could you please give your opinion on the diagnosis and on the treatment "
        "options for his right thumb MCP joint, in particular the indication for arthrodesis?",
        "He will bring the CD with the X-rays and the letter from Westduin to the appointment. "
        "Please send your findings back to me and to the treating surgeon, Dr. M. Verhoef.",
    ]:
        if t.startswith("<Question>"):
            labeled(d, "Question: ", t[len("<Question> "):])
        else:
            para(d, t)
    para(d, "")
    para(d, "Kind regards,")
    para(d, "\n[signed]\nDr. Siobhan Kavanagh\nGP (BIG 49012774301)")
    para(d, "Enclosures: none (CD and specialist letter via patient)", size=8.5, italic=True)
    tmp = tmpdir()
    src = os.path.join(tmp, "Referral Brennan.docx")
    d.save(src)
    soffice_pdf(src, out(stem, "pdf"))
    label(stem, ["referral"], "2026-11-25", "gp", "en",
          "English expat GP referral letter from Word (tab-aligned header block), LibreOffice PDF",
          "yes", "no", "yes",
          "English referral by a Dutch expat practice; explicit 'Question:' label. Arthrodesis "
          "is only advised (plan); 'has not had any surgery on the thumb' negation; knee "
          "arthroscopy 'in Dublin many years ago' is care abroad named only by city and on another "
          "body part (treated_abroad yes, operated stays no). No separate history section, so not "
          "labelled history. Ski injury 2011; birth date dd/mm/yyyy.", rq=True)


# =========================================================================== tr-018
def tr018():
    stem = "tr-018"
    d = base_docx("Arial", 10, 2.2)
    sec = d.sections[0]
    h = sec.header
    hp = h.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = hp.add_run("RBK  Rheinische Betriebskrankenkasse")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x00, 0x66, 0x33)
    para(h, "Die Krankenkasse für Grenzgänger · Kundenservice 0800 7 25 26 27 (gebührenfrei)",
         size=8)
    fo = sec.footer
    para(fo, "RBK Rheinische Betriebskrankenkasse · Körperschaft des öffentlichen Rechts · "
             "Kaiserstraße 41 · 47533 Kleve · IK 104 771 209 · Vorstand: Dr. U. Lemmens", size=7)
    para(d, "RBK · Postfach 10 22 · 47512 Kleve", size=7)
    para(d, "Frau\nMarloes Hendriks-Peters\nWezelseweg 140\n6533 PK Nijmegen\nNIEDERLANDE")
    para(d, "")
    tb = d.add_table(rows=4, cols=2)
    no_borders(tb)
    for i, (a, b) in enumerate([("Ihr Zeichen", "Antrag vom 02.11.2026"),
                                ("Unser Zeichen", "LA-GZ/0447-1182 Kw"),
                                ("Versichertennummer", "H842 117 903"),
                                ("Datum", "20.11.2026")]):
        tb.cell(i, 0).text = a
        tb.cell(i, 1).text = b
        tb.cell(i, 0).paragraphs[0].runs[0].font.size = Pt(8)
    para(d, "")
    para(d, "Kostenübernahme – Zweitmeinung Handchirurgie in den Niederlanden", bold=True)
    para(d, "Sehr geehrte Frau Hendriks-Peters,")
    for t in [
        "vielen Dank für Ihren Antrag. Als Grenzgängerin mit Wohnsitz in den Niederlanden und "
        "Versicherung bei der RBK haben Sie Anspruch auf Leistungen in beiden Ländern.",
        "Aus unseren Unterlagen ergibt sich, dass Sie vom 16.08.2026 bis 18.08.2026 im "
        "Evangelischen Krankenhaus Bocholt-West stationär behandelt wurden. Abgerechnet wurde dort "
        "am 17.08.2026 eine Arthroskopie des rechten Handgelenks mit Débridement (OPS 5-812.eh). "
        "Die Rechnung des Krankenhauses haben wir vollständig beglichen.",
        "Für die gewünschte Zweitmeinung bei der Handkliniek Amstelhof (Amstelveen) übernehmen "
        "wir die Kosten nach dem niederländischen Tarif (DBC), höchstens jedoch 450,00 EUR, "
        "sofern eine ärztliche Überweisung (Huisarts oder Facharzt) vorliegt. Eine erneute "
        "Operation ist von dieser Zusage nicht umfasst; hierfür stellen Sie bitte einen neuen "
        "Antrag.",
        "Bitte reichen Sie die Rechnung zusammen mit der Überweisung bei uns ein. Medizinische "
        "Unterlagen (Arztbriefe, Befunde) benötigen wir nicht.",
        "Haben Sie Fragen? Wir sind gerne für Sie da.",
    ]:
        para(d, t)
    para(d, "")
    para(d, "Mit freundlichen Grüßen\nIhre RBK\n\ni. A. K. Kwiatkowski\nLeistungsabteilung "
            "Ausland")
    para(d, "Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.",
         size=7.5, italic=True)
    tmp = tmpdir()
    src = os.path.join(tmp, "Bescheid_0447-1182.docx")
    d.save(src)
    soffice_pdf(src, out(stem, "pdf"))
    label(stem, [], "2026-11-20", "other", "de",
          "German health-insurer decision letter (Word header/footer), LibreOffice PDF",
          "unmentioned", "yes", "yes",
          "Insurer letter, none of the kinds, yet it states an inpatient stay in a German hospital "
          "and a wrist arthroscopy (billing code) – facts from an administrative source. "
          "'Zweitmeinung', 'Überweisung', 'Arztbriefe, Befunde' appear as words only. Own date in "
          "a borderless table next to the application date.")


if __name__ == "__main__":
    for f in (tr016, tr017, tr018):
        f()
    print("gen_pdf_3 done")
