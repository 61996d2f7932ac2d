"""DOCX documents vf-030 .. vf-048."""
from common import doc
from lib_docx import *


def letterhead_table(section, left_lines, right_lines, left_size=14, right_size=8, color="1F3864"):
    """Letterhead as a borderless two-cell table in the header."""
    h = section.header
    h.is_linked_to_previous = False
    t = h.add_table(rows=1, cols=2, width=Cm(17))
    no_borders(t)
    lc, rc = t.cell(0, 0), t.cell(0, 1)
    lc.width, rc.width = Cm(10), Cm(7)
    lc.text = ""
    p = lc.paragraphs[0]
    for i, ln in enumerate(left_lines):
        if i:
            p = lc.add_paragraph()
        r = p.add_run(ln)
        r.font.size = Pt(left_size if i == 0 else 8.5)
        r.bold = (i == 0) or None
        if i == 0:
            r.font.color.rgb = RGBColor.from_string(color)
        p.paragraph_format.space_after = Pt(0)
    rc.text = ""
    p = rc.paragraphs[0]
    for i, ln in enumerate(right_lines):
        if i:
            p = rc.add_paragraph()
        r = p.add_run(ln)
        r.font.size = Pt(right_size)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(0)
    # move the empty default paragraph behind the table (a story must not end with a table)
    first = h.paragraphs[0]
    if not first.text:
        first._p.getparent().remove(first._p)
    trail = h.add_paragraph()
    trail.paragraph_format.space_after = Pt(6)
    return t


def footer_pages(section, left_text="", word_page="Pagina", word_of="van", size=8):
    f = section.footer
    f.is_linked_to_previous = False
    p = f.paragraphs[0]
    if left_text:
        r = p.add_run(left_text + "    ")
        r.font.size = Pt(size)
    page_x_of_y(p, word_page, word_of, size)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def sections_text(d, items, heading_size=None, heading_color=None, inline=False):
    for h_, t_ in items:
        if inline:
            para(d, [(h_ + ": ", {"bold": True}), (t_, {})])
        else:
            para(d, h_, bold=True, size=heading_size, color=heading_color, space_after=0)
            for chunk in t_.split("\n"):
                para(d, chunk)


# ---------------------------------------------------------------------------
@doc("vf-030", "docx", dict(
    kinds=["referral"], date="2026-09-21", author="gp", language="nl",
    style="Word GP letter: letterhead table in header, patient table, 't.a.v. second opinion' addressee",
    referral_question=True, imaging_done="no", operated="no", treated_abroad="unmentioned",
    notes="GP referral addressed 't.a.v. second opinion'; explicitly no imaging done ('geen beeldvorming "
          "verricht'); never operated; first opinion from a sports physician."))
def _(path):
    d = new_doc("Calibri", 11)
    set_core(d, "Verwijsbrief", "P. Nijhuis")
    sec = d.sections[0]
    letterhead_table(sec, ["Huisartsenpraktijk Het Lindeplein", "G.J. Nijhuis & M. Oude Wesselink, huisartsen",
                           "Lindeplein 3, 7551 BE Hengelo"],
                     ["T 074 255 44 10", "spoed 074 255 44 11", "AGB 01-063390", "www.lindeplein-hengelo.nl"])
    footer_pages(sec, "Verwijsbrief P. Smeenk")
    para(d, "Handkliniek Oost-Nederland", space_after=0)
    para(d, "t.a.v. second opinion", space_after=0)
    para(d, "Postbus 470", space_after=0)
    para(d, "7400 AL Deventer")
    para(d, "")
    para(d, "Hengelo, 21 september 2026")
    kv(d, [("Betreft", "dhr. P. (Pim) Smeenk"), ("Geboortedatum", "17-05-2001"),
           ("Adres", "Deldenerstraat 160, 7551 AJ Hengelo"), ("BSN", "2881 04 337"),
           ("Verzekeraar", "Zilverlinde, polis 8812 5506")], (4, 12), label_fill="EDEDED")
    para(d, "")
    para(d, "Geachte collega,")
    for t in [
        "Hierbij verwijs ik de heer Smeenk, 25 jaar, student bewegingstechnologie, voor een second opinion over "
        "zijn linkerpols. Sinds een val in de sportschool in maart (vanaf een box jump op de gestrekte hand) "
        "houdt hij pijn aan de dorsale zijde van de pols bij steunen, push-ups en fietsen.",
        "Hij is in mei en juli gezien door een sportarts (dr. Broekhuizen, sportgeneeskunde), die een "
        "overbelasting van de polsextensoren vaststelde en een oefenprogramma gaf. Dit heeft na ruim vier "
        "maanden weinig opgeleverd. Er is geen beeldvorming verricht: de sportarts vond dit niet nodig en ik heb "
        "ook zelf geen foto laten maken.",
        "Bij mijn onderzoek vind ik drukpijn dorsaal over het scafolunaire interval en een pijnlijke maar niet "
        "duidelijk klikkende Watson-test. Geen zwelling. Hij is niet eerder aan de pols of hand geopereerd.",
    ]:
        para(d, t, align="justify")
    para(d, [("Vraagstelling: ", {"bold": True}),
             ("graag uw second opinion: kan hier een scafolunair bandletsel achter zitten, en welke diagnostiek "
              "en behandeling adviseert u?", {})])
    para(d, "Voorgeschiedenis: blanco. Medicatie: geen. Allergieën: geen bekend.")
    para(d, "Met vriendelijke groet,")
    para(d, "")
    para(d, "G.J. Nijhuis, huisarts", space_after=0)
    para(d, "AGB 01-088412", size=9)
    d.save(path)


# ---------------------------------------------------------------------------
@doc("vf-031", "docx", dict(
    kinds=["referral"], author="gp", language="nl",
    style="Word referral template with an empty date field, 'verwijzing voor behandeling'",
    referral_question=False, imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
    notes="Referral for treatment without a question (asks for surgery) -> referral without question; "
          "'Datum:' field left empty so the letter has no date; the wish for surgery is a plan."))
def _(path):
    d = new_doc("Arial", 10)
    set_core(d, "Sjabloon verwijzing", "Receptie")
    sec = d.sections[0]
    header_text(sec, ["HUISARTSENPRAKTIJK OUDE RIJN", "Rijnkade 21 · 3441 BA Woerden · 0348 55 12 12"],
                align="center", size=8.5, bold_first=True, color="7B2C2C")
    footer_text(sec, "Praktijk Oude Rijn – verwijzing – vertrouwelijk", size=7)
    para(d, "VERWIJZING", bold=True, size=14, align="center")
    kv(d, [("Datum:", ""), ("Aan:", "Handkliniek Utrechtse Heuvelrug, Zeist"), ("Specialisme:", "Handchirurgie"),
           ("Van:", "J.C. Verboom, huisarts (AGB 01-055819)")], (3.5, 13), borders=False)
    para(d, "")
    kv(d, [("Naam patiënt", "mw. R. Tiemens-Bol"), ("Geboortedatum", "02-09-1955"),
           ("Adres", "Molenvliet 88, 3448 BS Woerden"), ("Verzekering", "Zilverlinde")], (4, 12.5))
    para(d, "")
    para(d, "Reden van verwijzing", bold=True)
    para(d, "Triggerfinger D4 links, sinds 5 maanden, 's ochtends op slot. Twee injecties (januari en april) "
            "met steeds kortdurend effect. Patiënte wil nu graag geopereerd worden.")
    para(d, "Verzoek", bold=True)
    para(d, "Graag operatieve behandeling (A1-release) van de triggerfinger D4 links.")
    para(d, "Relevante gegevens", bold=True)
    para(d, "Diabetes mellitus type 2, metformine. Gebruikt geen antistolling. Allergie: pleisters.")
    para(d, "")
    para(d, "Met collegiale groet,")
    para(d, "J.C. Verboom, huisarts")
    d.save(path)


# ---------------------------------------------------------------------------
@doc("vf-032", "docx", dict(
    kinds=["correspondence"], date="2026-02-26", author="specialist", language="nl",
    style="Word polikliniekbrief orthopedie, letterhead in header, SOAP-like sections, page x of y footer",
    imaging_done="no", operated="no", treated_abroad="unmentioned",
    notes="Explicit 'geen beeldvorming verricht' and 'nooit geopereerd'; surgery 'geïndiceerd' is a plan; "
          "patient wants a second opinion first."))
def _(path):
    d = new_doc("Verdana", 9.5)
    set_core(d, "Polikliniekbrief", "HiX")
    sec = d.sections[0]
    letterhead_table(sec, ["Kempenhorst Ziekenhuis", "Orthopedie", "De Run 4700, 5504 DB Veldhoven"],
                     ["Polikliniek Orthopedie", "T 040 555 88 30", "orthopedie@kempenhorst.nl"], color="00695C")
    footer_pages(sec, "Kempenhorst Ziekenhuis – brief orthopedie")
    para(d, "Aan de weledelgeleerde vrouwe drs. I. Maas", space_after=0)
    para(d, "Huisartsen Veldhoven-Zuid", space_after=0)
    para(d, "Burgemeester van Hoofflaan 2", space_after=0)
    para(d, "5503 BG Veldhoven")
    para(d, "")
    kv(d, [("Datum", "26 februari 2026"), ("Ons kenmerk", "ORT/26/118/VD"),
           ("Betreft", "mw. H. Verschuren, geboren 10-10-1970, patiëntnr. 7730991")], (3.5, 13), borders=False,
       size=9)
    para(d, "")
    para(d, "Geachte collega,")
    para(d, "Uw patiënte bezocht op 24 februari 2026 de polikliniek orthopedie in verband met klachten van de "
            "rechter middelvinger.")
    sections_text(d, [
        ("Anamnese", "Sinds ongeveer een halfjaar 's ochtends een haperende middelvinger rechts die soms op slot "
                     "schiet. Zij moet de vinger dan met de andere hand strekken. Geen trauma. Zij werkt als "
                     "tandartsassistente. Patiënte is nooit geopereerd. Geen diabetes. Eén injectie bij u in "
                     "november gaf zes weken verlichting."),
        ("Lichamelijk onderzoek", "Palpabele, drukpijnlijke nodus ter hoogte van de A1-pulley D3 rechts met "
                                  "reproduceerbaar triggeren bij actieve flexie. Geen flexiecontractuur. Overige "
                                  "vingers zonder afwijkingen."),
        ("Aanvullend onderzoek", "Geen beeldvorming verricht; dit is bij deze klinische diagnose niet geïndiceerd."),
        ("Conclusie", "Triggerfinger D3 rechts (Green graad 3)."),
        ("Beleid", "Een operatieve A1-release is geïndiceerd en kan poliklinisch onder lokale anesthesie. "
                   "Patiënte wil echter eerst een second opinion in een handkliniek en zal daarvoor contact met u "
                   "opnemen. Zij staat niet op de wachtlijst. Wij zien haar terug op haar verzoek."),
    ], heading_color="00695C")
    para(d, "")
    para(d, "Met vriendelijke groet,")
    para(d, "")
    para(d, "R. van Dongen, physician assistant orthopedie", space_after=0)
    para(d, "Supervisor: dr. L.P. Smits, orthopedisch chirurg", space_after=6)
    para(d, "Kopie: patiënte", size=8)
    d.save(path)


# ---------------------------------------------------------------------------
@doc("vf-033", "docx", dict(
    kinds=["correspondence"], date="2026-03-05", author="specialist", language="nl",
    style="Word neurology letter with EMG result table, family history",
    imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
    notes="EMG is not imaging; ultrasound only 'aangevraagd' (planned); referred for surgery (plan); "
          "mother and sister operated (other people)."))
def _(path):
    d = new_doc("Cambria", 10.5)
    set_core(d, "Brief neurologie", "Neurologie")
    sec = d.sections[0]
    header_text(sec, ["Ziekenhuis Dinkelland", "Afdeling Neurologie en Klinische Neurofysiologie",
                      "Hengelosestraat 99 · 7572 PD Oldenzaal · 0541 55 70 00"], size=8.5, bold_first=True,
                color="2F4F4F")
    footer_pages(sec, "", "Blad", "/")
    para(d, "Oldenzaal, 5 maart 2026", align="right")
    para(d, "Aan: dhr. K.H. Tijhuis, huisarts, Gezondheidscentrum De Essen, Oldenzaal")
    para(d, [("Betreft: ", {"bold": True}), ("mw. B. Lansink-Oude Vrielink, geb. 29-01-1966", {})])
    para(d, "")
    para(d, "Geachte collega,")
    para(d, "Op uw verzoek zagen wij uw patiënte op 3 maart 2026 voor tintelingen in beide handen.")
    sections_text(d, [
        ("Anamnese", "Sinds een jaar nachtelijke tintelingen en doofheid in duim tot en met ringvinger rechts, "
                     "minder links. Schudden helpt. Laat dingen uit de rechterhand vallen. Geen nekpijn. Werkt als "
                     "naaister."),
        ("Familieanamnese", "Moeder en zus hebben beiden een carpaletunnelsyndroom gehad en zijn daaraan geopereerd."),
        ("Neurologisch onderzoek", "Hypesthesie digitus 1-4 rechts, ringvinger gespleten. Lichte parese m. abductor "
                                   "pollicis brevis rechts (MRC 4). Tinel en Phalen rechts positief. Reflexen "
                                   "symmetrisch. Geen aanwijzingen voor cervicale radiculopathie."),
    ], inline=True)
    para(d, "EMG/zenuwgeleidingsonderzoek (03-03-2026)", bold=True)
    grid(d, [["Zenuw", "Rechts", "Links", "Normaal"],
             ["n. medianus DML (ms)", "6,2", "4,6", "< 4,2"],
             ["n. medianus SNAP D2 (µV)", "3", "9", "> 10"],
             ["n. medianus SCV pols-D2 (m/s)", "31", "42", "> 48"],
             ["n. ulnaris SCV (m/s)", "55", "56", "> 48"],
             ["Naald-EMG APB", "denervatie +", "n.a.", "–"]], (6, 3, 3, 3), size=9)
    sections_text(d, [
        ("Conclusie", "Ernstig carpaletunnelsyndroom rechts met axonale schade, licht carpaletunnelsyndroom links."),
        ("Beleid", "Gezien de ernst en de axonale schade hebben wij patiënte verwezen naar de plastisch chirurg "
                   "voor operatieve decompressie rechts. Een echo van de n. medianus ter uitsluiting van een "
                   "ruimte-innemend proces is aangevraagd. Links voorlopig een nachtspalk."),
    ], inline=True)
    para(d, "")
    para(d, "Met vriendelijke groet,")
    para(d, "dr. A.C. ter Horst, neuroloog")
    d.save(path)


# ---------------------------------------------------------------------------
@doc("vf-034", "docx", dict(
    kinds=["history"], date="2026-08-12", author="gp", language="nl",
    style="HIS 'Professionele samenvatting' exported to Word: tables for episodes, medication, journal",
    imaging_done="yes", operated="yes", treated_abroad="no",
    notes="Birth date 11-08-1968 one day before print date; scaphoid screw fixation in the Netherlands; "
          "holiday in Thailand without medical care; journal lines 'Brief specialist ontvangen'."))
def _(path):
    d = new_doc("Arial", 9)
    set_core(d, "Professionele samenvatting", "HIS")
    sec = d.sections[0]
    header_text(sec, ["Professionele samenvatting – Gezondheidscentrum De Bron, Tilburg",
                      "Datum uitdraai: 12-08-2026 09:14   Gebruiker: A. Smulders (huisarts)"], size=8)
    footer_pages(sec, "Vertrouwelijk – uitsluitend voor medisch gebruik", "Pagina", "van", 7)
    para(d, "Professionele samenvatting", bold=True, size=13)
    kv(d, [("Naam", "Lemmens, R. (Ruud)", "Geboortedatum", "11-08-1968"),
           ("Adres", "Ringbaan-Oost 402, 5018 HG Tilburg", "Geslacht", "M"),
           ("BSN", "1102 88 645", "Huisarts", "A. Smulders")], (2.5, 6, 3, 5), label_fill="E7E6E6", size=8.5)
    para(d, "")
    para(d, "Episodelijst (actief)", bold=True)
    grid(d, [["ICPC", "Omschrijving", "Begin", "Attentie"],
             ["L74.02", "Fractuur os scaphoideum rechts, st.n. schroeffixatie", "02-03-2024", "ja"],
             ["L20", "Klachten pols rechts, verdenking pseudartrose", "18-06-2026", "ja"],
             ["K86", "Essentiële hypertensie", "2017", ""],
             ["T93", "Lipidenstoornis", "2017", ""]], (1.8, 9, 2.5, 2), size=8.5)
    para(d, "")
    para(d, "Episodelijst (inactief, selectie)", bold=True)
    grid(d, [["ICPC", "Omschrijving", "Begin", "Einde"],
             ["D88", "Appendicitis, appendectomie", "1986", "1986"],
             ["L81", "Enkeldistorsie links", "2012", "2012"]], (1.8, 9, 2.5, 2), size=8.5)
    para(d, "")
    para(d, "Medicatie (actueel)", bold=True)
    grid(d, [["Middel", "Dosering", "Sinds"],
             ["Amlodipine 5 mg", "1dd1", "2017"],
             ["Atorvastatine 20 mg", "1dd1", "2017"],
             ["Paracetamol 500 mg", "zo nodig max 6dd", "2026"]], (7, 5, 3), size=8.5)
    para(d, "Allergieën/intoleranties: geen bekend", size=8.5)
    para(d, "")
    para(d, "Journaal (relevante regels)", bold=True)
    j = [
        ("02-03-2024", "S", "Gevallen met mountainbike op re hand, pijn tabatière."),
        ("02-03-2024", "O", "Drukpijn tabatière, zwelling. X-pols + scafoïdserie via SEH: fractuur taille scaphoid."),
        ("02-03-2024", "P", "Verwezen SEH / traumatologie Ziekenhuis Midden-Brabant."),
        ("21-03-2024", "", "Brief specialist ontvangen: CT scaphoid 04-03-2024 verplaatste taillefractuur; "
                           "op 12-03-2024 percutane schroeffixatie (Herbert) re door dr. Vermeer."),
        ("10-07-2025", "S", "Vraagt reisadvies, gaat 3 weken naar Thailand. Vaccinaties compleet."),
        ("02-09-2025", "S", "Terug van vakantie Thailand, daar geen medische zorg nodig gehad. Controle RR."),
        ("18-06-2026", "S", "Sinds 2 mnd weer pijn re pols bij steunen, klik. O: drukpijn tabatière, "
                            "extensie 50 gr. E: verdenking pseudartrose scaphoid. P: X-pols."),
        ("25-06-2026", "", "Uitslag X-pols re: lucentie rond schroef, fractuurspleet niet geconsolideerd."),
        ("30-06-2026", "P", "Verwijzing traumatologie ZMB; pt wil liever second opinion in handkliniek."),
        ("28-07-2026", "", "Brief specialist ontvangen (trauma ZMB): CT 15-07-2026 pseudartrose, advies "
                           "revisie met botgraft; pt twijfelt."),
    ]
    grid(d, [["Datum", "SOEP", "Tekst"]] + [list(r) for r in j], (2.5, 1.2, 13), size=8.5)
    d.save(path)


# ---------------------------------------------------------------------------
@doc("vf-035", "docx", dict(
    kinds=[], date="2026-05-19", author="other", language="de",
    style="German physiotherapy report (Therapiebericht) with table of findings",
    imaging_done="yes", operated="no", treated_abroad="yes",
    notes="Physiotherapy report is not a required kind; fracture treated conservatively in a German hospital "
          "('keine Operation'); X-ray follow-up mentioned."))
def _(path):
    d = new_doc("Calibri", 10.5)
    set_core(d, "Therapiebericht", "Praxis")
    sec = d.sections[0]
    letterhead_table(sec, ["Physiotherapie am Schwanenturm", "Praxis für Physiotherapie & Handrehabilitation",
                           "Kavarinerstraße 9 · 47533 Kleve"],
                     ["Tel. +49 2821 555 880", "IK 540518337", "info@physio-schwanenturm.de"], color="8B4513")
    footer_pages(sec, "", "Seite", "von")
    para(d, "Herrn")
    para(d, "Dr. med. A. Verhoeven", space_after=0)
    para(d, "Huisartsenpraktijk Groesbeek", space_after=0)
    para(d, "Dorpsstraat 31, 6561 CA Groesbeek (NL)")
    para(d, "")
    para(d, "Kleve, 19.05.2026", align="right")
    para(d, "Therapiebericht", bold=True, size=13)
    para(d, [("Patientin: ", {"bold": True}), ("Frau Gerda Wijnands, geb. 01.04.1951", {})])
    para(d, [("Verordnung: ", {"bold": True}),
             ("KG 2x wöchentlich, 10 Einheiten, verordnet durch Krankenhaus Schwanenburg Kleve, Ambulanz "
              "Unfallchirurgie", {})])
    para(d, [("Diagnose: ", {"bold": True}),
             ("Zustand nach distaler Radiusfraktur links (Sturz 03.03.2026), konservativ behandelt "
              "(Gipsruhigstellung 6 Wochen im Krankenhaus Schwanenburg Kleve), keine Operation.", {})])
    para(d, "")
    para(d, "Sehr geehrter Herr Kollege,")
    para(d, "Frau Wijnands war vom 16.04. bis 15.05.2026 bei uns in Behandlung. Die letzte Röntgenkontrolle in "
            "der Ambulanz (14.04.2026) zeigte laut Patientin eine knöchern durchbaute Fraktur in guter Stellung.",
         align="justify")
    grid(d, [["Befund", "Beginn 16.04.2026", "Ende 15.05.2026"],
             ["Extension / Flexion HG li", "20-0-25°", "50-0-55°"],
             ["Pronation / Supination", "60-0-45°", "80-0-75°"],
             ["Griffkraft li (kg)", "6", "14"],
             ["Schmerz (NRS)", "6/10", "2/10"]], (6, 5, 5), size=9.5)
    para(d, "")
    para(d, "Die Patientin ist im Alltag weitgehend selbstständig. Für die Wiederaufnahme ihres Hobbys (Gärtnern) "
            "empfehlen wir eine Folgeverordnung von 6 Einheiten. Eine Vorstellung in einer Handsprechstunde halten "
            "wir wegen der noch eingeschränkten Supination für sinnvoll.", align="justify")
    para(d, "Mit freundlichen Grüßen")
    para(d, "")
    para(d, "Jana Mertens, Physiotherapeutin (B.Sc.), Handtherapeutin")
    d.save(path)


# ---------------------------------------------------------------------------
@doc("vf-036", "docx", dict(
    kinds=["imaging-report"], date="2025-12-03", author="radiologist", language="en",
    style="Dubai imaging centre MRI report in Word, bordered header table, IMPRESSION block",
    imaging_done="yes", operated="unmentioned", treated_abroad="yes",
    notes="Imaging centre abroad (Dubai) examined the patient; date as 03-Dec-2025; referring orthopaedic surgeon "
          "is the requester; 'surgical correlation' is advice."))
def _(path):
    d = new_doc("Arial", 10)
    set_core(d, "MRI REPORT", "RIS")
    sec = d.sections[0]
    header_text(sec, ["MARINA CREST DIAGNOSTIC IMAGING CENTRE",
                      "Building 64, Dubai Healthcare City, Dubai, United Arab Emirates  |  +971 4 555 7100"],
                align="center", size=8.5, bold_first=True, color="004D40")
    footer_text(sec, "This report is electronically signed. Images are available on request.", size=7)
    para(d, "MAGNETIC RESONANCE IMAGING REPORT", bold=True, size=12, align="center")
    kv(d, [("Patient Name", "Ms. Lotte VERMEER", "MRN", "MC-0448192"),
           ("DOB / Age / Sex", "22-Jun-1987 / 38Y / F", "Nationality", "Netherlands"),
           ("Referring Physician", "Dr. Rania Haddad, Orthopaedic Surgeon, Al Safa Orthopaedic Clinic",
            "Exam Date", "03-Dec-2025"),
           ("Examination", "MRI RIGHT WRIST WITHOUT CONTRAST", "Report Date", "03-Dec-2025")],
       (3.2, 6, 2.6, 5), label_fill="E0F2F1", size=9)
    para(d, "")
    for h_, t_ in [
        ("CLINICAL HISTORY", "Dorsal wrist pain and swelling for 4 months. Rule out ganglion / ligament injury."),
        ("TECHNIQUE", "Multiplanar multisequence MRI of the right wrist on a 1.5T scanner."),
        ("FINDINGS", "A lobulated T2 hyperintense cystic lesion measuring 14 x 8 x 10 mm is seen on the dorsal "
                     "aspect of the wrist, arising from the dorsal portion of the scapholunate ligament, consistent "
                     "with a dorsal ganglion cyst. The scapholunate ligament shows partial thickness tearing of its "
                     "dorsal component without widening of the scapholunate interval. The lunotriquetral ligament "
                     "and TFCC are intact. No bone marrow oedema. Extensor and flexor tendons are unremarkable. "
                     "Median and ulnar nerves are normal in calibre and signal."),
        ("IMPRESSION", "1. Dorsal wrist ganglion cyst arising from the scapholunate ligament.\n"
                       "2. Partial tear of the dorsal scapholunate ligament without instability.\n"
                       "Clinical and surgical correlation is advised."),
    ]:
        para(d, h_, bold=True, space_after=0)
        for ln in t_.split("\n"):
            para(d, ln)
    para(d, "")
    para(d, "Dr. Sameer Qureshi, MBBS, FRCR", bold=True, space_after=0)
    para(d, "Consultant Radiologist  —  DHA License No. 00918-R", size=9)
    d.save(path)


# ---------------------------------------------------------------------------
@doc("vf-037", "docx", dict(
    kinds=["operation-report"], date="2026-03-18", author="specialist", language="de",
    style="Austrian trauma hospital Operationsbericht in Word, label table, OP-Verlauf prose",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="Austrian ski injury: percutaneous scaphoid screw; preoperative CT and intraoperative image "
          "intensifier; dates as 18.03.2026."))
def _(path):
    d = new_doc("Times New Roman", 11)
    set_core(d, "OP-Bericht", "Unfallkrankenhaus")
    sec = d.sections[0]
    header_text(sec, ["Unfallkrankenhaus Pinzgau-Süd", "Abteilung für Unfallchirurgie und Sporttraumatologie",
                      "Schmittenstraße 40 · 5700 Zell am See · Österreich · +43 6542 555-0"], size=8.5,
                bold_first=True, color="B71C1C")
    footer_pages(sec, "OP-Bericht Verwoerd Stijn", "Seite", "von")
    para(d, "OPERATIONSBERICHT", bold=True, size=14)
    kv(d, [("Patient", "Verwoerd, Stijn, geb. 29.01.1999"), ("Aufnahmezahl", "26-004771"),
           ("OP-Datum", "18.03.2026"), ("Operateur", "OA Dr. Lukas Pichler"), ("Assistenz", "Dr. Anna Gruber"),
           ("Anästhesie", "Plexusanästhesie (OA Dr. M. Hofer)"),
           ("Diagnose", "Nicht dislozierte Skaphoidfraktur links, Taillenfraktur (Herbert B2)"),
           ("Eingriff", "Perkutane Schraubenosteosynthese Skaphoid links (kanülierte Doppelgewindeschraube 3,0 x 24 mm)")],
       (3.5, 13), label_fill="F2F2F2")
    para(d, "")
    para(d, "Indikation", bold=True, space_after=0)
    para(d, "Skiunfall am 16.03.2026. Präoperatives CT (16.03.2026) zeigt eine Taillenfraktur ohne Dislokation. "
            "Nach Aufklärung wünscht der Patient, ein Profi-Snowboardlehrer, die operative Versorgung zur "
            "frühfunktionellen Nachbehandlung.")
    para(d, "OP-Verlauf", bold=True, space_after=0)
    para(d, "Team-Time-Out. Rückenlage, Arm auf Handtisch, keine Blutsperre. Unter Bildwandler-Kontrolle "
            "Einbringen eines Führungsdrahtes von volar-distal über das Tuberculum ossis scaphoidei zentral in der "
            "Längsachse. Lagekontrolle in vier Ebenen. Stichinzision, Bohren, Einbringen der kanülierten "
            "Doppelgewindeschraube 24 mm mit guter Kompression. Abschließende BV-Kontrolle: Schraube zentral, "
            "vollständig versenkt, kein Gelenkkontakt. Hautnaht, steriler Verband, Unterarmschiene.",
         align="justify")
    para(d, "Komplikationen: keine.", space_after=0)
    para(d, "Nachbehandlung: Unterarmschiene 2 Wochen, dann Funktionsbehandlung. Röntgen-/CT-Kontrolle nach 6 "
            "Wochen heimatnah (Niederlande).")
    para(d, "")
    para(d, "Zell am See, 18.03.2026")
    para(d, "OA Dr. Lukas Pichler, FA für Orthopädie und Traumatologie")
    d.save(path)


# ---------------------------------------------------------------------------
@doc("vf-038", "docx", dict(
    kinds=["correspondence"], date="2026-10-06", author="specialist", language="de",
    style="German Arztbrief (ambulant) from a hand surgery clinic to a Dutch GP, Diagnosen/Befund/Procedere",
    imaging_done="yes", operated="no", treated_abroad="yes",
    notes="Dutch patient seen in a German hospital outpatient clinic near the border; 'bisher keine "
          "operative Behandlung'; resection arthroplasty only recommended."))
def _(path):
    d = new_doc("Arial", 10)
    set_core(d, "Arztbrief", "KIS")
    sec = d.sections[0]
    letterhead_table(sec, ["Evangelisches Krankenhaus Reichswald",
                           "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie",
                           "Chefarzt Dr. med. C. Wellmann"],
                     ["Pfalzdorfer Straße 70", "47574 Goch", "Tel. +49 2823 555-3100", "Fax +49 2823 555-3109"],
                     color="283593")
    footer_pages(sec, "Arztbrief H. Jacobs vom 06.10.2026", "Seite", "von", 7.5)
    para(d, "Evangelisches Krankenhaus Reichswald · Pfalzdorfer Straße 70 · 47574 Goch", size=7, space_after=2)
    para(d, "Huisarts M. Arts", space_after=0)
    para(d, "Huisartsenpraktijk Gennep", space_after=0)
    para(d, "Zuidsingel 6", space_after=0)
    para(d, "6591 CK Gennep", space_after=0)
    para(d, "NIEDERLANDE")
    para(d, "")
    para(d, "Goch, 06.10.2026", align="right")
    para(d, [("Ambulanter Arztbrief – Herr Henk Jacobs, geb. 15.12.1960, ", {"bold": True}),
             ("wohnhaft Kleine Kerkstraat 3, 6591 BX Gennep", {})])
    para(d, "Sehr geehrter Herr Kollege Arts,")
    para(d, "wir berichten über die ambulante Vorstellung Ihres Patienten in unserer Handsprechstunde am 06.10.2026.")
    sections_text(d, [
        ("Diagnosen", "1. Rhizarthrose rechts, Stadium Eaton III\n2. Karpaltunnelsyndrom rechts (klinisch, "
                      "elektrophysiologisch noch nicht gesichert)"),
        ("Anamnese", "Seit zwei Jahren zunehmende Schmerzen am Daumensattelgelenk rechts, Kraftverlust beim "
                     "Schlüsseldrehen. Nächtliches Kribbeln D1-3. Bisher keine operative Behandlung, zweimalige "
                     "Kortisoninfiltration durch den Orthopäden in Nijmegen."),
        ("Befund", "Positiver Grind-Test, Adduktionskontraktur D1 rechts. Hoffmann-Tinel über dem Karpaltunnel "
                   "positiv, Phalen nach 30 s positiv. Keine Thenaratrophie."),
        ("Röntgen Daumensattelgelenk rechts in 2 Ebenen (06.10.2026)", "Gelenkspaltverschmälerung, subchondrale "
                                                                      "Sklerose, Osteophyten bis 2 mm, "
                                                                      "STT-Gelenk erhalten."),
        ("Procedere", "Wir empfehlen eine Resektionsarthroplastik (Trapezektomie mit Sehnenaufhängung) und in "
                      "gleicher Sitzung eine Karpaltunnelspaltung nach vorheriger NLG. Der Patient möchte sich "
                      "das überlegen und ggf. eine Zweitmeinung in den Niederlanden einholen. Eine Wiedervorstellung "
                      "ist nicht vereinbart."),
    ])
    para(d, "")
    para(d, "Mit freundlichen kollegialen Grüßen")
    para(d, "")
    kv(d, [("Dr. med. C. Wellmann\nChefarzt", "S. Yilmaz\nFachärztin für Plastische und Ästhetische Chirurgie, "
                                              "Handchirurgie")], (8, 8.5), borders=False, label_bold=False)
    d.save(path)


# ---------------------------------------------------------------------------
@doc("vf-039", "docx", dict(
    kinds=[], date="2026-07-01", author="other", language="nl",
    style="pharmacy medication overview (medicatieoverzicht) as Word tables, narrow margins, header and page x of y footer",
    imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
    notes="Pharmacy list is not a history letter; includes mupirocin nasal ointment (no MRSA result); "
          "prescriber 'plastisch chirurg' is not a letter."))
def _(path):
    d = new_doc("Calibri", 9.5, margins_cm=(1.5, 1.5, 2.0, 1.5))
    set_core(d, "Medicatieoverzicht", "Apotheek")
    sec = d.sections[0]
    header_text(sec, ["Apotheek De Linde", "Slotlaan 140 · 3701 GS Zeist · 030 555 21 00 · AGB 06-04417"],
                size=8.5, bold_first=True, color="1B5E20")
    footer_pages(sec, "Medicatieoverzicht – controleer of dit overeenkomt met wat u gebruikt", "Pagina", "van", 7)
    para(d, "MEDICATIEOVERZICHT", bold=True, size=13)
    kv(d, [("Naam", "mw. G.E. van Ravenswaaij", "Geboortedatum", "05-05-1944"),
           ("Adres", "Laan van Vollenhove 1920, 3706 GG Zeist", "Datum", "01-07-2026"),
           ("Huisarts", "dr. P. Meulenbelt", "Lengte/gewicht", "1,64 m / 71 kg")], (2.5, 7, 3, 5), size=9)
    para(d, "")
    para(d, "Actuele medicatie", bold=True)
    grid(d, [["Geneesmiddel", "Gebruiksvoorschrift", "Startdatum", "Laatste aflevering", "Voorschrijver"],
             ["Metformine 850 mg tablet", "2x daags 1 tablet bij de maaltijd", "12-03-2014", "18-06-2026", "huisarts"],
             ["Perindopril 4 mg tablet", "1x daags 1 tablet", "05-01-2018", "18-06-2026", "huisarts"],
             ["Simvastatine 40 mg tablet", "1x daags 1 tablet 's avonds", "05-01-2018", "18-06-2026", "huisarts"],
             ["Paracetamol 500 mg tablet", "zo nodig 4x daags 2 tabletten", "22-05-2026", "22-05-2026",
              "plastisch chirurg"],
             ["Mupirocine 20 mg/g neuszalf", "3x daags in beide neusgaten, 5 dagen", "10-06-2026", "10-06-2026",
              "huisarts"],
             ["Colecalciferol 800 IE tablet", "1x daags 1 tablet", "2021", "03-04-2026", "huisarts"]],
         (5, 5.5, 2.3, 2.6, 2.6), size=8.5)
    para(d, "")
    para(d, "Gestopt in de afgelopen 6 maanden", bold=True)
    grid(d, [["Geneesmiddel", "Stopdatum", "Reden"],
             ["Naproxen 250 mg", "22-05-2026", "maagklachten"],
             ["Flucloxacilline 500 mg", "03-06-2026", "kuur afgerond"]], (6, 3, 8), size=8.5)
    para(d, "")
    para(d, "Overgevoeligheden / contra-indicaties", bold=True)
    para(d, "Penicilline: huiduitslag (2009) – let op: flucloxacilline wel verdragen. Verminderde nierfunctie "
            "(eGFR 48, 04-2026).")
    para(d, "Dit overzicht is gemaakt op verzoek van patiënte ten behoeve van een afspraak in een handkliniek.",
         italic=True, size=8.5)
    d.save(path)


# ---------------------------------------------------------------------------
@doc("vf-040", "docx", dict(
    kinds=[], date="2026-01-28", author="patient", language="en",
    style="patient's own letter in English (expat), asking for a second opinion, enclosures listed",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="Patient (not a physician) asks for a second opinion: not a referral; she was operated in a hospital "
          "in Lisbon; encloses a Portuguese discharge letter (mention only)."))
def _(path):
    d = new_doc("Georgia", 11)
    set_core(d, "letter to hand clinic", "Sarah")
    para(d, "Sarah Whitfield", space_after=0)
    para(d, "Kleine Houtstraat 67", space_after=0)
    para(d, "2011 DD Haarlem", space_after=0)
    para(d, "sarah.whitfield@example.org")
    para(d, "")
    para(d, "28 January 2026")
    para(d, "")
    para(d, "Second Opinion Desk", space_after=0)
    para(d, "Handkliniek Zuid-Holland", space_after=0)
    para(d, "Laan van Oostenburg 8, 2315 AT Leiden")
    para(d, "")
    para(d, "Dear Sir or Madam,")
    for t in [
        "I am writing to ask whether I could be seen for a second opinion about my left wrist. I am British and "
        "have lived in Haarlem for six years; I am sorry that my Dutch is not yet good enough to write this in Dutch.",
        "In April 2025 I tripped on the tram rails while on holiday in Lisbon and broke my wrist. I was taken to "
        "the Hospital de Santa Luzia das Avenidas, where X-rays were taken and I had an operation the next day "
        "with a metal plate. I stayed in the hospital for three nights.",
        "Since coming home I have had physiotherapy in Haarlem, but the wrist is still stiff and painful when "
        "I turn my hand (for example with a key or a door handle), and since the autumn my ring and little "
        "fingers sometimes go numb. My GP, Dr Bakker, thinks it would be sensible to get a specialist's view "
        "and has said she will write a referral.",
        "I enclose a copy of the discharge letter from Lisbon (in Portuguese) and the list of my physiotherapy "
        "sessions. I would be grateful to know what else you need from me.",
    ]:
        para(d, t, align="justify")
    para(d, "Yours faithfully,")
    para(d, "")
    para(d, "Sarah Whitfield (date of birth 30/01/1971)")
    para(d, "Enclosures: discharge letter Hospital de Santa Luzia das Avenidas (Portuguese); physiotherapy overview",
         size=9, italic=True)
    d.save(path)


# ---------------------------------------------------------------------------
@doc("vf-041", "docx", dict(
    kinds=[], date="2025-10-15", author="other", language="en",
    style="travel insurance claim letter with itemised costs table",
    imaging_done="yes", operated="no", treated_abroad="yes",
    notes="Insurer letter (not a required kind) itemises emergency care in a Spanish hospital incl. X-rays; "
          "states that no surgical procedure was performed."))
def _(path):
    d = new_doc("Segoe UI", 10)
    set_core(d, "Claim settlement", "Claims")
    sec = d.sections[0]
    header_text(sec, ["Meridian Travel Assistance Ltd.", "Claims Department · 4 Grand Canal Quay · Dublin D02 XK71 · "
                      "Ireland · +353 1 555 8200"], size=8.5, bold_first=True, color="0D47A1")
    footer_text(sec, "Meridian Travel Assistance Ltd. is regulated by the Central Bank of Ireland. Reg. no. 558812.",
                size=7)
    para(d, "Mr Frank Dijkstra", space_after=0)
    para(d, "Oosterstraat 51", space_after=0)
    para(d, "9711 NS Groningen", space_after=0)
    para(d, "The Netherlands")
    para(d, "")
    kv(d, [("Date", "15 October 2025"), ("Policy number", "MTA-ANN-7731904"), ("Claim reference", "MTA-2025-448812")],
       (4, 8), borders=False)
    para(d, "")
    para(d, "Dear Mr Dijkstra,")
    para(d, [("Re: medical expenses abroad – Hospital Costa Serena, Málaga, Spain", {"bold": True})])
    para(d, "Thank you for submitting your claim for the emergency treatment you received on 2 September 2025 after "
            "a fall on a cycling tour near Málaga. We have assessed the invoices from the hospital and are pleased "
            "to confirm that the following costs are covered under your policy:", align="justify")
    grid(d, [["Date", "Item", "Amount (EUR)", "Covered"],
             ["02/09/2025", "Emergency department consultation", "180.00", "yes"],
             ["02/09/2025", "X-ray right wrist and hand (4 views)", "95.00", "yes"],
             ["02/09/2025", "Closed reduction and forearm plaster cast", "240.00", "yes"],
             ["05/09/2025", "Follow-up visit and X-ray", "130.00", "yes"],
             ["", "Total", "645.00", ""]], (2.8, 8, 3, 2.2), size=9)
    para(d, "")
    para(d, "Please note that no surgical procedure was performed or invoiced. The hospital's medical report "
            "recommends a further check by a hand specialist in your home country; the costs of follow-up care in "
            "the Netherlands are not covered by this travel policy and should be claimed from your Dutch health "
            "insurer.", align="justify")
    para(d, "The amount of EUR 645.00, less your excess of EUR 50.00, will be transferred to your account within "
            "five working days.")
    para(d, "Kind regards,")
    para(d, "Aoife Brennan, Claims Handler")
    d.save(path)


# ---------------------------------------------------------------------------
@doc("vf-042", "docx", dict(
    kinds=["history"], date="2026-06-02", author="gp", language="en",
    style="Dutch GP's medical summary in English for an expat (ICPC episode table, recent treatments)",
    imaging_done="yes", operated="no", treated_abroad="yes",
    notes="History letter in English by a Dutch GP; appendectomy in Bangalore (hospital care abroad, other "
          "body part) makes treated_abroad yes; wrist never operated (aspiration is not surgery)."))
def _(path):
    d = new_doc("Calibri", 10.5)
    set_core(d, "Medical summary", "Huisartsenpraktijk Duinoord")
    sec = d.sections[0]
    letterhead_table(sec, ["Huisartsenpraktijk Duinoord", "General practice · English spoken",
                           "Sweelinckplein 19, 2517 GK Den Haag"],
                     ["+31 70 555 61 61", "AGB 01-091127", "praktijk@duinoord-huisarts.nl"], color="4A148C")
    footer_pages(sec, "Medical summary R. Menon", "Page", "of")
    para(d, "MEDICAL SUMMARY (Samenvatting)", bold=True, size=14)
    para(d, "English version at the patient's request", italic=True, size=9)
    kv(d, [("Patient", "Mr Rajesh MENON"), ("Date of birth", "14-02-1981"),
           ("Address", "Reinkenstraat 44, 2517 CT Den Haag"), ("Date", "2 June 2026"),
           ("Author", "Dr. E. Brandsma, general practitioner")], (4, 12.5), label_fill="EDE7F6")
    para(d, "")
    para(d, "Active problems", bold=True)
    grid(d, [["ICPC", "Problem", "Since"],
             ["L87.02", "Ganglion dorsal right wrist", "09-2024"],
             ["R96", "Asthma, mild intermittent", "2003"]], (2, 11, 3), size=9.5)
    para(d, "")
    para(d, "Past history", bold=True)
    grid(d, [["Year", "Event"],
             ["2012", "Acute appendicitis – appendectomy, St. Gregory's Hospital, Bangalore (India), admitted 4 days"],
             ["2019", "Moved to the Netherlands"],
             ["2021", "Lateral ankle sprain right, physiotherapy"]], (2, 14), size=9.5)
    para(d, "")
    para(d, "Recent treatments (hand/wrist)", bold=True)
    for t in [
        "11-2024: aspiration of the ganglion in our practice; recurrence within 6 weeks.",
        "03-2025: ultrasound right wrist (radiology, Ziekenhuis Haaglanden-Zuid): dorsal ganglion 13 mm "
        "from the SL interval.",
        "11-03-2026: repeat ultrasound: ganglion 18 mm, no tendon involvement.",
        "04-2026: wrist splint at night, paracetamol. No surgery to date.",
        "05-2026: referred to plastic surgery; patient prefers a second opinion at a hand clinic first.",
    ]:
        para(d, "• " + t)
    para(d, "")
    para(d, "Medication: salbutamol inhaler as needed. Allergies: none known. Smoking: never.")
    para(d, "Family history: father type 2 diabetes; no rheumatic disease.")
    para(d, "")
    para(d, "E. Brandsma, huisarts")
    d.save(path)


# ---------------------------------------------------------------------------
@doc("vf-043", "docx", dict(
    kinds=["correspondence", "operation-report"], date="2026-04-24", author="specialist", language="nl",
    style="Word ontslagbrief plastische chirurgie with a full 'Operatie' section (operator, date, description)",
    imaging_done="yes", operated="yes", treated_abroad="unmentioned",
    notes="Discharge letter containing a complete operation report section -> both correspondence and "
          "operation-report; X-rays pre- and post-op."))
def _(path):
    d = new_doc("Calibri", 10.5)
    set_core(d, "Ontslagbrief", "HiX")
    sec = d.sections[0]
    letterhead_table(sec, ["IJsseldelta Ziekenhuis", "Plastische Chirurgie / Handchirurgie",
                           "Stationsplein 2, 8261 AS Kampen"],
                     ["038 555 60 00", "secretariaat plastische chirurgie", "toestel 6441"], color="BF360C")
    footer_pages(sec, "Ontslagbrief P. Doelman – 24-04-2026")
    para(d, "Aan: C. Haverkamp, huisarts, Huisartsenpraktijk Brunnepe, Kampen")
    para(d, "Datum: 24-04-2026")
    para(d, "")
    para(d, "ONTSLAGBRIEF", bold=True, size=13)
    kv(d, [("Patiënt", "mw. P. Doelman, geb. 30-01-1995"), ("Opname", "22-04-2026"), ("Ontslag", "24-04-2026"),
           ("Specialist", "dr. B. Oudshoorn, plastisch chirurg")], (3.5, 13), borders=False)
    para(d, "")
    para(d, "Geachte collega,")
    sections_text(d, [
        ("Opnamediagnose", "Open fractuur basis proximale falanx D2 rechts met letsel van de extensorpees (zone 4), "
                           "door een cirkelzaag (thuis, klussen)."),
        ("Aanvullend onderzoek", "X-hand rechts (22-04-2026): schuine, licht verplaatste fractuur basis P1 D2. "
                                 "Postoperatieve X (23-04-2026): goede stand, K-draden in situ."),
    ], heading_color="BF360C")
    para(d, "Operatie", bold=True, color="BF360C", space_after=0)
    kv(d, [("Datum operatie", "22-04-2026"), ("Operateur", "dr. B. Oudshoorn, plastisch chirurg"),
           ("Assistent", "drs. F. Meijer, AIOS"), ("Anesthesie", "algehele anesthesie, bloedleegte 250 mmHg, 58 min"),
           ("Ingreep", "Wondtoilet, open repositie en fixatie met 2 gekruiste K-draden P1 D2 rechts, "
                       "herstel extensorpees (centrale slip) en hechten huid")], (3.5, 13), size=9.5)
    para(d, "Beschrijving: Uitgebreide reiniging en debridement van de dorsale wond van 3 cm. De centrale slip van de "
            "extensorpees is voor 80% doorgesneden. De fractuur wordt onder zicht gereponeerd en gefixeerd met "
            "twee gekruiste K-draden 1,0 mm; controle met doorlichting: goede stand. Herstel van de pees met "
            "Ethibond 4-0 in een gemodificeerde Kessler-hechting en doorlopende epitendineuze hechting. Huid met "
            "Ethilon 5-0. Gipsspalk in intrinsic-plus-stand. Geen complicaties.", align="justify")
    sections_text(d, [
        ("Beloop", "Na de operatie ongecompliceerd. Cefazoline iv 24 uur, tetanus gevaccineerd. Pijn goed "
                   "onder controle."),
        ("Medicatie bij ontslag", "Paracetamol 1 g 4dd zo nodig, naproxen 500 mg 2dd gedurende 5 dagen."),
        ("Beleid", "Gipscontrole en wondinspectie over 1 week op de polikliniek. K-draden verwijderen na 4 weken. "
                   "Start handtherapie volgens peesprotocol."),
    ], heading_color="BF360C")
    para(d, "")
    para(d, "Met vriendelijke groet,")
    para(d, "dr. B. Oudshoorn, plastisch chirurg")
    d.save(path)


# ---------------------------------------------------------------------------
@doc("vf-044", "docx", dict(
    kinds=["operation-report"], date="2025-12-10", also_dates=["2025-12-11"], author="specialist", language="nl",
    style="academic hospital OK-verslag in Word, full-grid table of fields, dictation date in footer line",
    imaging_done="yes", operated="yes", treated_abroad="unmentioned",
    notes="Operation 10-12-2025, dictated/authorised 11-12-2025; MRI mentioned in the indication; implant LOT "
          "numbers; no letter text."))
def _(path):
    d = new_doc("Arial", 9.5)
    set_core(d, "OK-verslag", "EPD")
    sec = d.sections[0]
    header_text(sec, ["Academisch Ziekenhuis Eemsmond", "Afdeling Plastische en Handchirurgie – Operatieverslag"],
                size=9, bold_first=True, color="01579B")
    footer_pages(sec, "Gedicteerd 11-12-2025 10:22, geautoriseerd 11-12-2025 16:05 door prof. dr. M.J. Scheltinga",
                 "Pagina", "van", 7)
    para(d, "OK-VERSLAG", bold=True, size=13)
    kv(d, [("Patiënt", "dhr. F.T. Kloosterman", "Geboortedatum", "19-09-1964"),
           ("Patiëntnummer", "0087 3391 4", "Operatiedatum", "10-12-2025"),
           ("Operateur", "prof. dr. M.J. Scheltinga", "Assistent", "drs. A. Hoving (AIOS)"),
           ("Anesthesie", "Algehele anesthesie + plexus", "Anesthesioloog", "dr. R. Kuipers"),
           ("Bloedleegte", "Bovenarm 250 mmHg, 84 min", "ASA", "II")], (3, 5.5, 3, 5.5), label_fill="E1F5FE")
    para(d, "")
    kv(d, [("Indicatie", "Ulnocarpaal impactiesyndroom rechts bij ulna plus van 4 mm (MRI 22-09-2025: oedeem "
                         "proximaal lunatum, degeneratieve TFCC-laesie). Conservatief onvoldoende effect."),
           ("Ingreep", "Ulnaverkortingsosteotomie rechts (4 mm) met 6-gats compressieplaat"),
           ("Verloop", "Time-out. Ulnaire incisie tussen ECU en FCU. Sparen van de dorsale sensibele tak van de "
                       "n. ulnaris. Plaat geplaatst op de volaire zijde van de ulna; schuine osteotomie met zaagmal, "
                       "4 mm resectie, compressie via de plaat en een lag-screw. Doorlichting: goede positie, "
                       "neutrale ulnaire variantie. Stabiele DRUG. Sluiten in lagen, intracutaan Monocryl 4-0."),
           ("Implantaten", "Compressieplaat 6-gats titanium (LOT 2291-44B), 6 schroeven 2,7 mm, lag-screw 2,7 x 18 mm"),
           ("Complicaties", "Geen"),
           ("PA / kweken", "Niet van toepassing"),
           ("Nabehandeling", "Bovenarmspalk 2 weken, daarna onderarmbrace 4 weken; X-ulna na 6 en 12 weken; "
                             "handtherapie.")], (3, 14))
    d.save(path)


# ---------------------------------------------------------------------------
@doc("vf-045", "docx", dict(
    kinds=["referral", "history"], date="2026-11-02", author="gp", language="nl",
    style="Word GP referral with 'Voorgeschiedenis' table and 'Recente behandelingen' bullets",
    referral_question=True, imaging_done="yes", operated="yes", treated_abroad="unmentioned",
    notes="Referral carrying its own history + recent treatments (both kinds); birth date 03-11-1959 one day "
          "after the letter; knee arthroscopy and lumpectomy are other body parts; sister operated (other person)."))
def _(path):
    d = new_doc("Calibri", 10.5)
    set_core(d, "verwijzing Hoefnagels", "Bergweide")
    sec = d.sections[0]
    letterhead_table(sec, ["Huisartsenpraktijk Bergweide", "E.M. Tielemans, huisarts",
                           "Bergweidestraat 12, 6523 EA Nijmegen"],
                     ["024 555 41 41", "AGB 01-074410", "bergweide@zorgmail.nl"], color="33691E")
    footer_pages(sec, "Verwijzing G.A. Hoefnagels")
    para(d, "Aan: Handkliniek Oost-Nederland, locatie Nijmegen – second opinion")
    para(d, "Nijmegen, 2 november 2026")
    kv(d, [("Patiënt", "mw. G.A. Hoefnagels"), ("Geboren", "03-11-1959"), ("BSN", "1402 55 871")], (3, 10),
       borders=False)
    para(d, "")
    para(d, "Geachte collega,")
    para(d, "Reden van verwijzing", bold=True, space_after=0)
    para(d, "Persisterende tintelingen en pijn in de rechterhand, ondanks een carpaletunnelrelease in 2024. "
            "Patiënte wil graag een second opinion voordat zij instemt met een re-operatie.")
    para(d, "Vraagstelling", bold=True, space_after=0)
    para(d, "Gaat het om een recidief carpaletunnelsyndroom na de release van 2024, of om een andere oorzaak "
            "(bijvoorbeeld cervicale radiculopathie C6)? Is een re-operatie zinvol?")
    para(d, "Voorgeschiedenis", bold=True, space_after=0)
    grid(d, [["Jaar", "Diagnose / behandeling"],
             ["2015", "Meniscusletsel knie rechts – artroscopie"],
             ["2018", "Mammacarcinoom links – lumpectomie en radiotherapie, in remissie"],
             ["2024", "Carpaletunnelsyndroom rechts – open release (mei 2024, Ziekenhuis Maas en Waal)"],
             ["2025", "Cervicale artrose C5-C6 (X-CWK), fysiotherapie"]], (2, 14.5), size=9.5)
    para(d, "Recente behandelingen", bold=True, space_after=0)
    for t in ["05-2026: echo n. medianus rechts – verdikte zenuw ter hoogte van het litteken",
              "07-2026: nachtspalk rechts, 8 weken, weinig effect",
              "09-2026: EMG (neurologie Ziekenhuis Rijn-Waal): medianusneuropathie rechts, geen radiculopathie",
              "10-2026: plastisch chirurg adviseert re-exploratie"]:
        para(d, "– " + t, space_after=0)
    para(d, "")
    para(d, [("Medicatie: ", {"bold": True}), ("anastrozol 1 mg 1dd1 (gestopt 2023), pregabaline 75 mg 2dd1, "
                                               "paracetamol zn.", {})])
    para(d, [("Allergieën: ", {"bold": True}), ("geen.", {})])
    para(d, [("Familieanamnese: ", {"bold": True}), ("zus: carpaletunnelsyndroom beiderzijds, geopereerd.", {})])
    para(d, "")
    para(d, "Met vriendelijke groet,")
    para(d, "E.M. Tielemans, huisarts")
    d.save(path)


# ---------------------------------------------------------------------------
@doc("vf-046", "docx", dict(
    kinds=["mrsa-screening"], date="2026-09-17", also_dates=["2026-09-14"], author="lab", language="en",
    style="UK NHS pathology microbiology report in Word, specimen table, 'NOT isolated'",
    imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
    notes="English MRSA screen; clinical details mention an inpatient stay in a Portuguese hospital; "
          "collected/received/reported dates differ."))
def _(path):
    d = new_doc("Courier New", 9.5)
    set_core(d, "Microbiology report", "LIMS")
    sec = d.sections[0]
    header_text(sec, ["WESSEX DOWNS PATHOLOGY — DEPARTMENT OF MICROBIOLOGY",
                      "Royal Downs Hospital, Bishopsdown Lane, Salisbury SP1 3QF   Tel 01722 555 410"], size=8.5,
                bold_first=False)
    footer_text(sec, "Report authorised electronically. END OF REPORT", size=7)
    kv(d, [("Patient", "DE RIDDER, Pieter", "NHS No", "410 227 9153"),
           ("DOB", "12/04/1949", "Sex", "M"),
           ("Requested by", "Dr M. Okonjo (GP)", "Location", "Harnham Surgery"),
           ("Lab No", "M26.118744", "Status", "FINAL")], (3, 5.5, 2.5, 5.5), size=9)
    para(d, "")
    kv(d, [("Collected", "14/09/2026 09:10"), ("Received", "15/09/2026 07:55"), ("Reported", "17/09/2026 14:31")],
       (3, 6), size=9, borders=False)
    para(d, "")
    para(d, "Clinical details: Pre-op screen requested by hand clinic in the Netherlands. Inpatient at Hospital "
            "Privado Barlavento, Portimão, Portugal, 2-9 Aug 2026.", size=9)
    para(d, "Investigation: MRSA SCREEN", bold=True, size=9.5)
    grid(d, [["Specimen", "Site", "Culture", "Result"],
             ["Swab", "Nose", "MRSA chromogenic", "MRSA NOT isolated"],
             ["Swab", "Throat", "MRSA chromogenic", "MRSA NOT isolated"],
             ["Swab", "Groin", "MRSA chromogenic", "MRSA NOT isolated"]], (2.5, 2.5, 5, 6), size=9)
    para(d, "")
    para(d, "Comment: No MRSA isolated from screening sites.", size=9)
    para(d, "Authorised by: Dr L. Fenwick, Consultant Microbiologist", size=9)
    d.save(path)


# ---------------------------------------------------------------------------
@doc("vf-047", "docx", dict(
    kinds=["correspondence"], date="2026-02-20", author="specialist", language="en",
    style="Thai international hospital medical report 'To whom it may concern', signature block",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="Specialist letter from Bangkok stating the tendon and nerve repair was performed there (brief, no "
          "operative description, so not an operation report)."))
def _(path):
    d = new_doc("Tahoma", 10)
    set_core(d, "Medical report", "International Patient Services")
    sec = d.sections[0]
    letterhead_table(sec, ["Chao Phraya International Hospital", "Hand & Microsurgery Center",
                           "88 Rama IV Road, Khlong Toei, Bangkok 10110, Thailand"],
                     ["Tel +66 2 555 1888", "ips@cpih.example.co.th", "JCI accredited"], color="880E4F")
    footer_pages(sec, "CPIH Medical Report", "Page", "of")
    para(d, "MEDICAL REPORT", bold=True, size=13, align="center")
    kv(d, [("Date", "20 February 2026"), ("Patient", "Mr. Wouter ZANDBERGEN"), ("Date of birth", "05 Aug 1972"),
           ("HN", "CP-26-0019921"), ("Passport", "NLD / NW8K22J91")], (3.5, 10))
    para(d, "")
    para(d, "To whom it may concern / Dear Colleague,")
    for t in [
        "Mr. Zandbergen, a Dutch tourist, presented to our emergency department on 11 February 2026 with a deep "
        "laceration of the right palm sustained on a broken glass bottle. Examination showed inability to flex "
        "the DIP and PIP joints of the index finger and reduced sensation on the radial side of the finger. "
        "X-ray of the right hand showed no fracture and no radio-opaque foreign body.",
        "On 12 February 2026 he underwent exploration, primary repair of FDP and FDS of the right index finger in "
        "zone II and repair of the radial digital nerve under regional anaesthesia. The post-operative course was "
        "uncomplicated. He was discharged on 14 February 2026 in a dorsal blocking splint and has started an "
        "early active motion protocol with our hand therapist.",
        "Diagnosis: Complete FDP and FDS laceration, zone II, right index finger; radial digital nerve laceration.",
        "Recommendation: continue the splint for 6 weeks and hand therapy twice weekly. Please arrange follow-up "
        "with a hand surgeon and hand therapist after his return to the Netherlands on 22 February 2026. "
        "Sutures may be removed on 25-26 February 2026.",
    ]:
        para(d, t, align="justify")
    para(d, "")
    para(d, "Dr. Nattapong Srisuk, MD", bold=True, space_after=0)
    para(d, "Orthopaedic Hand Surgeon, Hand & Microsurgery Center", space_after=0)
    para(d, "Medical license no. 31552")
    d.save(path)


# ---------------------------------------------------------------------------
@doc("vf-048", "docx", dict(
    kinds=["correspondence"], date="2026-06-23", author="specialist", language="en",
    style="Irish rheumatology clinic letter, consultant letter with Diagnosis/Plan, cc lines",
    imaging_done="yes", operated="unmentioned", treated_abroad="yes",
    notes="Irish hospital outpatient care abroad; in-clinic ultrasound by the rheumatologist (imaging done, "
          "but no radiology report); hand surgery only 'could be considered'; father operated (other person)."))
def _(path):
    d = new_doc("Times New Roman", 11)
    set_core(d, "Clinic letter", "Rheumatology")
    sec = d.sections[0]
    letterhead_table(sec, ["St. Brigid's University Hospital", "Department of Rheumatology",
                           "Douglas Road, Cork T12 PN63, Ireland"],
                     ["Tel +353 21 555 4400", "Secretary: Ms N. Cronin", "Ext. 4471"], color="1B5E20")
    footer_pages(sec, "", "Page", "of")
    kv(d, [("Clinic date", "16/06/2026"), ("Dictated", "16/06/2026"), ("Typed", "23/06/2026"),
           ("MRN", "SB-0771450")], (3, 5), borders=False, size=9.5)
    para(d, "")
    para(d, "Dr Ciara Doyle", space_after=0)
    para(d, "Ballintemple Medical Centre", space_after=0)
    para(d, "Blackrock Road, Cork")
    para(d, "")
    para(d, "23 June 2026")
    para(d, "")
    para(d, "Dear Dr Doyle,")
    para(d, [("Re: Ms Saskia O'BRIEN-MULDER, DOB 19/07/1980, 12 Ashgrove Park, Cork", {"bold": True})])
    para(d, "")
    kv(d, [("Diagnosis:", "Seropositive rheumatoid arthritis (RF+, anti-CCP+), diagnosed 2022"),
           ("Current treatment:", "Methotrexate 20 mg weekly, folic acid 5 mg weekly, adalimumab 40 mg fortnightly")],
       (4, 12.5), borders=False)
    para(d, "")
    for t in [
        "I reviewed Saskia in the clinic today. Her systemic disease is well controlled (DAS28-CRP 2.4), but she "
        "has persistent swelling of the right 2nd and 3rd MCP joints and new difficulty extending the right "
        "ring and little fingers at the MCP joints. Ultrasound of both hands performed in clinic today showed "
        "grade 2 synovitis of the right MCP 2 and 3 with power Doppler signal, and tenosynovitis of the fourth "
        "extensor compartment with thinning of the EDC tendons to the ring and little fingers.",
        "Family history: her mother also has rheumatoid arthritis; her father had surgery for Dupuytren's disease.",
        "Saskia is relocating to Eindhoven in August. Given the risk of extensor tendon rupture, I think she "
        "should be assessed by a hand surgeon soon; a dorsal tenosynovectomy could be considered. I have "
        "explained this to her and suggested she ask her new Dutch GP for a referral as soon as she is registered.",
    ]:
        para(d, t, align="justify")
    para(d, [("Plan: ", {"bold": True}), ("continue current treatment; ultrasound-guided steroid injection to "
                                         "MCP 2 today; copy of this letter for the patient to take with her.", {})])
    para(d, "")
    para(d, "Yours sincerely,")
    para(d, "")
    para(d, "Dr Eoin Fitzgerald, MB, FRCPI", space_after=0)
    para(d, "Consultant Rheumatologist")
    para(d, "cc: Ms S. O'Brien-Mulder", size=9)
    d.save(path)
