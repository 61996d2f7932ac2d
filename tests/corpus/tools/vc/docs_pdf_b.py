"""PDF documents vc-016 .. vc-029 (all fictional), including the four merged files 025-028."""
import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Paragraph, Spacer, PageBreak

import pdfkit as K
from common import doc

W, H = A4


# ----------------------------------------------------------------------------------------------
@doc("vc-016", "pdf", kinds=["correspondence"], date="2026-03-12", also_dates=["2026-03-13"],
     author="specialist", language="en", style="US Epic-style clinic note (HPI/Exam/Assessment & Plan), Letter size",
     imaging_done="yes", operated="no", treated_abroad="yes",
     notes="US date format: DOB 03/09/1988 is 9 March, three days before the date of service 03/12/2026 "
           "(12 March); e-signed 03/13/2026; printed 03/20/2026 in the header. 'No prior hand surgery' "
           "(negation) next to a C-section (other body part). Trigger thumb release only offered. Written by "
           "a US clinic that treated the patient.")
def d016(path):
    Wl, Hl = LETTER
    st = K.styles(size=9.5)

    def every(c, d):
        c.setFont("Helvetica", 7.5)
        c.drawString(18 * mm, Hl - 9 * mm, "VAN DEN BERG, MARIEKE   MRN: 00482911   DOB: 03/09/1988   Printed 03/20/2026 10:14 AM")
        c.line(18 * mm, Hl - 11 * mm, Wl - 18 * mm, Hl - 11 * mm)

    def first(c, d):
        every(c, d)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(18 * mm, Hl - 20 * mm, "Cedar Hollow Orthopaedic & Hand Center")
        c.setFont("Helvetica", 8.5)
        c.drawString(18 * mm, Hl - 25 * mm, "1200 Foster Avenue, Suite 300, Hartwell, MA 01099  ·  Tel (413) 555-0172  ·  Fax (413) 555-0190")

    foot = K.footer_page_x_of_y("Page {p} of {n}", left_text="Confidential patient information", pagesize=LETTER)
    s = []
    s.append(K.two_col_form([
        ("Patient:", "Marieke van den Berg", "Date of Service:", "03/12/2026"),
        ("DOB:", "03/09/1988 (38 y.o.)", "Provider:", "Daniel R. Whitcombe, MD"),
        ("Sex:", "Female", "Visit type:", "New patient consult"),
        ("Referring:", "Sarah Liu, NP - Hartwell Primary Care", "Location:", "CHOHC Hand Clinic"),
    ], st, widths=(22 * mm, 60 * mm, 30 * mm, 60 * mm)))
    s.append(Spacer(1, 4 * mm))
    sections = [
        ("Chief Complaint", "Left thumb catching and pain x 4 months."),
        ("History of Present Illness", "Marieke van den Berg is a 38 y.o. right-hand-dominant female, a Dutch "
         "postdoctoral researcher, who presents for evaluation of left thumb pain with locking in flexion "
         "that began in November 2025, about 2 months after the birth of her second child. She reports "
         "morning stiffness and painful clicking at the base of the thumb. She has tried a soft splint and "
         "ibuprofen with minimal relief. She has not had an injection. She plans to relocate to the Netherlands "
         "in May 2026."),
        ("Past Medical History", "Postpartum (6 months), breastfeeding. Mild asthma."),
        ("Past Surgical History", "Cesarean section 09/2025. No prior hand surgery."),
        ("Medications", "Albuterol inhaler PRN. Ibuprofen 400 mg PRN."),
        ("Allergies", "Sulfa drugs (rash)."),
        ("Social History", "Never smoker. Occasional alcohol."),
        ("Physical Exam", "Left hand: tender nodule at the A1 pulley of the thumb, reproducible triggering with "
         "active flexion, passively correctable. No CMC grind pain. Finkelstein negative. Sensation intact "
         "in median/ulnar/radial distributions. Full composite fist."),
        ("Imaging", "X-rays of the left hand, 3 views, obtained in clinic today and personally reviewed: no "
         "fracture, no arthritis of the thumb CMC or IP joints, no soft tissue calcification."),
        ("Assessment", "1. Trigger thumb, left (M65.312)\n2. Postpartum state"),
        ("Plan", "We discussed the natural history and options. Options include continued splinting, "
         "corticosteroid injection, or surgical A1 pulley release. She declined an injection today while "
         "breastfeeding and would prefer to wait. Surgical release was offered; she would like to discuss "
         "this with a hand surgeon after her move to the Netherlands. Night extension splint provided. "
         "Return PRN. Copy of this note and images given to patient."),
    ]
    for h, t in sections:
        s.append(Paragraph(h, st["h3"]))
        s.append(Paragraph(t.replace("\n", "<br/>"), st["body"]))
    s.append(Spacer(1, 5 * mm))
    s.append(Paragraph("Electronically signed by Daniel R. Whitcombe, MD on 03/13/2026 at 7:52 AM", st["small"]))
    s.append(Paragraph("cc: Sarah Liu, NP", st["small"]))
    K.build_pdf(path, s, first_page=first, later_pages=every, decorate=foot, pagesize=LETTER,
                margins=(18 * mm, 18 * mm, 18 * mm, 18 * mm), first_top=30 * mm)


# ----------------------------------------------------------------------------------------------
@doc("vc-017", "pdf", kinds=["imaging-report"], date="2026-05-23", also_dates=["2026-05-22"],
     author="radiologist", language="en", style="Irish hospital radiology report (ultrasound), RIS print",
     imaging_done="yes", operated="unmentioned", treated_abroad="yes",
     notes="Irish hospital radiology report: 'Clinical details' with '? ganglion' is the requester's "
           "question. Exam date 22/05/2026, verified 23/05/2026. Requested by a GP, so no hospital "
           "letter; the exam itself is care in a hospital abroad. Birth date 20/05/1983 near the exam.")
def d017(path):
    st = K.styles(size=9.5)

    def first(c, d):
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(W / 2, H - 16 * mm, "CORRIB VALLEY UNIVERSITY HOSPITAL")
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, H - 21 * mm, "Department of Radiology  ·  Newcastle Road, Galway H91 XXXX  ·  +353 91 555 400")
        c.line(20 * mm, H - 24 * mm, W - 20 * mm, H - 24 * mm)

    foot = K.footer_page_x_of_y("Page {p} of {n}", left_text="This report has been electronically verified. RIS ref US-26-031877")
    s = []
    s.append(K.two_col_form([
        ("Patient Name:", "BOSMAN, Lotte", "MRN:", "CV1188420"),
        ("Date of Birth:", "20/05/1983", "Exam Date:", "22/05/2026"),
        ("Referring Clinician:", "Dr Niamh Coyle (GP)\nKilcolgan Road Medical Practice", "Report Status:", "Verified 23/05/2026 16:31"),
        ("Patient Type:", "GP Direct Access", "Modality:", "US"),
    ], st, widths=(33 * mm, 55 * mm, 28 * mm, 54 * mm)))
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("ULTRASOUND RIGHT WRIST", st["h2"]))
    s.append(Paragraph("<b>Clinical details:</b> Lump dorsal right wrist x 3/12, painful on extension. ? ganglion",
                       st["body"]))
    s.append(Paragraph("<b>Findings:</b>", st["body"]))
    s.append(Paragraph("There is a well-defined, anechoic, multilocular cystic lesion on the dorsum of the right "
                       "wrist measuring 18 x 9 x 12 mm, deep to the extensor digitorum tendons. A thin neck is "
                       "traced towards the dorsal scapholunate ligament. No internal vascularity on Doppler. The "
                       "extensor tendons are normal in calibre and echotexture with no tenosynovial fluid. "
                       "The dorsal scapholunate ligament appears intact.", st["body"]))
    s.append(Paragraph("<b>Conclusion:</b>", st["body"]))
    s.append(Paragraph("Appearances are in keeping with a dorsal wrist ganglion arising from the scapholunate "
                       "interval. No features of tenosynovitis.", st["body"]))
    s.append(Spacer(1, 8 * mm))
    s.append(Paragraph("Reported by: Dr Ciarán Mulqueen, Consultant Radiologist (IMC 409218)", st["tight"]))
    K.build_pdf(path, s, first_page=first, decorate=foot, first_top=32 * mm)


# ----------------------------------------------------------------------------------------------
@doc("vc-018", "pdf", kinds=["correspondence", "operation-report"], date="2026-07-20", author="specialist",
     language="en", style="Turkish private hospital epicrisis/discharge summary, English translation, with operation section",
     imaging_done="yes", operated="yes", treated_abroad="yes",
     notes="Translated discharge summary from a Turkish hospital (holiday injury, admitted). Has an "
           "'OPERATION' block with date, surgeon, anaesthesia and technique, so also an operation report. "
           "Dates dd.mm.yyyy and dd/mm/yyyy mixed; admission, operation and discharge dates; K-wire removal "
           "planned in the home country.")
def d018(path):
    # embedded TrueType font: the translation keeps Turkish letters (e.g. dotless i)
    st = K.styles(font="DejaVu", bold="DejaVu-Bold", size=9) if K.has_font("DejaVu") else K.styles(size=9.3)
    logo = K.logo_image("AKDENİZ SAHİL", "Özel Hastanesi - Alanya", w=220, h=56, fg=(160, 20, 30))

    def first(c, d):
        c.drawImage(ImageReader(logo), 20 * mm, H - 30 * mm, width=70 * mm, height=18 * mm)
        K.text_lines(c, W - 20 * mm, H - 15 * mm, ["Private Akdeniz Sahil Hospital",
                                                    "International Patient Department",
                                                    "Saray Mah. Atatürk Cad. No: 88, 07400 Alanya / Antalya, Türkiye",
                                                    "+90 242 555 10 10  ·  international@akdenizsahil.example"],
                     size=7.8, align="right", bold_first=True)

    foot = K.footer_page_x_of_y("{p} / {n}", left_text="Translated from Turkish by the International Patient Department. Original kept in hospital file.")
    s = [Paragraph("EPICRISIS - DISCHARGE SUMMARY (English translation)", st["h2"])]
    s.append(K.field_table([
        ("Patient", "Mr. Daan Hendriks"), ("Nationality", "Netherlands (passport NX0000000)"),
        ("Date of birth", "03.07.1991"), ("Protocol no", "2026/071845"),
        ("Department", "Orthopaedics and Traumatology"),
        ("Admission", "18.07.2026 (via Emergency Service, 23:40)"), ("Discharge", "20.07.2026"),
        ("Travel insurance", "Holland Reisverzekeringen - case 26-77102"),
    ], st, col_widths=(38 * mm, 132 * mm)))
    s.append(Spacer(1, 3 * mm))
    for h, t in [
        ("COMPLAINT", "Pain, swelling and deformity of the right hand after falling from a scooter."),
        ("HISTORY", "34-year-old male tourist. Fall from rental scooter on 18/07/2026 at approx. 22:00. No head "
                    "injury, no loss of consciousness. No known diseases, no regular medication. No previous "
                    "operations."),
        ("EXAMINATION", "Right hand: swelling and tenderness over 5th metacarpal, depression of the knuckle, "
                        "rotational malalignment of the little finger on flexion. Neurovascular intact."),
        ("RADIOLOGY", "X-ray right hand AP/oblique (18.07.2026): displaced fracture of the neck of the 5th "
                      "metacarpal, 55° volar angulation. No other fracture."),
        ("DIAGNOSIS", "S62.33 Fracture of neck of 5th metacarpal bone, right hand (displaced)."),
    ]:
        s.append(Paragraph(h, st["h3"]))
        s.append(Paragraph(t, st["body"]))
    s.append(Paragraph("OPERATION", st["h3"]))
    s.append(K.field_table([
        ("Date", "19/07/2026"), ("Surgeon", "Op. Dr. Emre Kaya (Orthopaedics and Traumatology)"),
        ("Assistant", "Dr. Selin Aydın"), ("Anaesthesia", "Axillary brachial plexus block (Dr. Murat Öz)"),
        ("Procedure", "Closed reduction and percutaneous fixation with two intramedullary K-wires (1.6 mm), "
                      "right 5th metacarpal"),
        ("Technique", "Supine, arm table, tourniquet 250 mmHg (22 min). Jahss manoeuvre under fluoroscopy. Two "
                      "pre-bent K-wires introduced antegrade through a small incision at the base of MC5 "
                      "(bouquet technique). Reduction and rotation checked clinically and by fluoroscopy. "
                      "Wires bent and cut under the skin. Ulnar gutter splint."),
        ("Complications", "None"),
    ], st, col_widths=(30 * mm, 140 * mm), grid=True))
    for h, t in [
        ("COURSE", "Uneventful. Control X-ray 20.07.2026: good alignment. Pain controlled with oral analgesia."),
        ("DISCHARGE MEDICATION", "Cefuroxime axetil 500 mg 2x1 for 5 days; paracetamol 500 mg up to 3x2; "
                                 "diclofenac 75 mg 2x1 for 5 days."),
        ("RECOMMENDATIONS", "Keep splint for 4 weeks. Wound control and dressing after 2 days. Suture removal "
                            "after 12-14 days. K-wire removal at 4-5 weeks in home country. Fit to fly "
                            "from 21.07.2026."),
    ]:
        s.append(Paragraph(h, st["h3"]))
        s.append(Paragraph(t, st["body"]))
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("Op. Dr. Emre Kaya<br/>Specialist in Orthopaedics and Traumatology<br/>(signature and stamp)",
                       st["tight"]))
    K.build_pdf(path, s, first_page=first, decorate=foot, first_top=36 * mm)


# ----------------------------------------------------------------------------------------------
@doc("vc-019", "pdf", kinds=[], date="2026-10-26", author="other", language="en",
     style="Dutch hospital appointment letter in English (expat), MRI scheduled",
     imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
     notes="Appointment letter for a future MRI (16 November 2026), letter dated 26 October 2026; generic "
           "MRSA question about stays in foreign hospitals is not a statement about this patient. "
           "'Please bring previous imaging CDs' does not say any were made.")
def d019(path):
    st = K.styles(size=10)

    def first(c, d):
        c.setFont("Helvetica-Bold", 14)
        c.setFillColor(colors.HexColor("#4a148c"))
        c.drawString(20 * mm, H - 18 * mm, "Westerschelde Medisch Centrum")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8.5)
        c.drawString(20 * mm, H - 23 * mm, "Department of Radiology  ·  Appointment office")
        K.text_lines(c, W - 20 * mm, H - 16 * mm, ["Oostsingel 90", "4462 RA Goes, the Netherlands",
                                                    "+31 113 555 800"], size=8.5, align="right")

    s = []
    s.append(Paragraph("Mr J. O'Sullivan<br/>Stationspark 14<br/>4462 DZ Goes", st["tight"]))
    s.append(Spacer(1, 10 * mm))
    s.append(K.field_table([("Date of letter", "26 October 2026"), ("Patient number", "6120455"),
                            ("Date of birth", "24 October 1979")], st, col_widths=(35 * mm, 100 * mm)))
    s.append(Spacer(1, 5 * mm))
    s.append(Paragraph("Your appointment", st["h2"]))
    s.append(Paragraph("Dear Mr O'Sullivan,", st["body"]))
    s.append(Paragraph("Your doctor has requested an examination for you. We have scheduled the following "
                       "appointment:", st["body"]))
    s.append(K.field_table([
        ("Examination", "MRI of the left wrist"),
        ("Date", "Monday 16 November 2026"),
        ("Time", "09:40 (please report at 09:25)"),
        ("Location", "Radiology, route 12, ground floor"),
        ("Requested by", "Dr. A. Pieterse, plastic surgeon"),
    ], st, col_widths=(35 * mm, 120 * mm), grid=True))
    s.append(Spacer(1, 4 * mm))
    for t in [
        "The examination takes about 30 minutes. Please do not wear jewellery or a watch. If you have a "
        "pacemaker, metal implants or could be pregnant, call us before the appointment.",
        "If you have images from other hospitals (for example on a CD), please bring them with you.",
        "Have you been admitted to a hospital outside the Netherlands in the last two months? Then please "
        "inform the department before your visit, as an MRSA screening may be required.",
        "Unable to attend? Please let us know at least 24 hours in advance.",
    ]:
        s.append(Paragraph(t, st["body"]))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Kind regards,<br/>Appointment office, Radiology", st["body"]))
    K.build_pdf(path, s, first_page=first, first_top=32 * mm)


# ----------------------------------------------------------------------------------------------
@doc("vc-020", "pdf", kinds=[], date="2026-09-29", author="other", language="nl",
     style="hand therapy progress letter with measurement table", imaging_done="unmentioned", operated="yes",
     treated_abroad="unmentioned",
     notes="Hand therapist's letter (not a specialist): contains 'na de carpale tunnel release rechts op "
           "16-06-2026', measurement table (Jamar, ROM) and advice to contact the surgeon. Not "
           "correspondence by the definition, although it looks like one.")
def d020(path):
    st = K.styles(size=9.5)

    def first(c, d):
        c.setFont("Helvetica-Bold", 13)
        c.drawRightString(W - 20 * mm, H - 17 * mm, "Handtherapie Oost")
        c.setFont("Helvetica", 8.5)
        K.text_lines(c, W - 20 * mm, H - 22 * mm, ["praktijk voor hand- en polsrevalidatie",
                                                    "Hengelosestraat 310, 7521 AM Enschede",
                                                    "053 - 555 61 61 · info@handtherapieoost.example"], size=8.5, align="right")

    foot = K.footer_page_x_of_y("pagina {p} van {n}")
    s = []
    s.append(Paragraph("Aan: dhr. dr. T. Nijhuis, huisarts<br/>Huisartsenpraktijk Roombeek<br/>"
                       "Roomweg 2<br/>7523 BM Enschede", st["tight"]))
    s.append(Spacer(1, 8 * mm))
    s.append(Paragraph("Enschede, 29 september 2026", st["body"]))
    s.append(Paragraph("<b>Betreft:</b> voortgangsverslag handtherapie mw. E. Nijenhuis-Boer, geb. 04-04-1970",
                       st["body"]))
    s.append(Paragraph("Geachte heer Nijhuis,", st["body"]))
    s.append(Paragraph("Mevrouw Nijenhuis is sinds 1 juli bij ons in behandeling na de carpale tunnel release "
                       "rechts op 16-06-2026 in het Stadsziekenhuis Enschede-Zuid. Zij komt 1x per week. Hieronder "
                       "de stand van zaken na 12 behandelingen.", st["body"]))
    s.append(K.data_table(["Meting", "07-07-2026", "29-09-2026", "Links (ref.)"], [
        ["Knijpkracht Jamar (kg)", "9", "16", "27"],
        ["Pinch key (kg)", "3,5", "5", "7,5"],
        ["Pijn VAS rust/belasting", "3 / 7", "2 / 6", "-"],
        ["Extensie pols (graden)", "55", "70", "75"],
        ["Pillar pain", "++", "+", "-"],
        ["PRWHE", "61", "44", "-"],
    ], st, col_widths=(55 * mm, 35 * mm, 35 * mm, 35 * mm)))
    s.append(Spacer(1, 4 * mm))
    for t in [
        "De tintelingen zijn verdwenen. Wel blijft er pijn aan de duimmuis en hypothenar bij steunen en bij "
        "het tillen van haar kleinkind. Littekenmassage en desensitisatie zijn uitgevoerd; kracht neemt "
        "langzaam toe.",
        "Omdat de pillar pain langer aanhoudt dan gebruikelijk, adviseren wij overleg met de behandelend "
        "plastisch chirurg. Mevrouw gaf aan te overwegen een second opinion aan te vragen; wij hebben haar "
        "verwezen naar u als huisarts.",
        "Wij zetten de behandeling voort met een frequentie van 1x per twee weken.",
    ]:
        s.append(Paragraph(t, st["body"]))
    s.append(Paragraph("Met vriendelijke groet,", st["body"]))
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("Ilse ter Braak<br/>Handtherapeut CHT-NL / fysiotherapeut", st["tight"]))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("cc: mw. dr. S. Oude Luttikhuis, plastisch chirurg", st["small"]))
    K.build_pdf(path, s, first_page=first, decorate=foot, first_top=34 * mm)


# ----------------------------------------------------------------------------------------------
@doc("vc-021", "pdf", kinds=["operation-report"], date="2026-10-29", also_dates=["2026-10-30"],
     author="specialist", language="de", style="Swiss Operationsbericht (Spital, 'visiert'), label column",
     imaging_done="unmentioned", operated="yes", treated_abroad="yes",
     notes="Swiss spelling (ss for ß, 'Spital', 'visiert'); operation date 29.10.2026 and co-signed "
           "('visiert') 30.10.2026; birth date 28.10.1979 one day before. Labels in a separate column. "
           "Operation done in Switzerland, so treated abroad.")
def d021(path):
    st = K.styles(size=9)

    def first(c, d):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(20 * mm, H - 15 * mm, "Regionalspital Aaretal-Ost")
        c.setFont("Helvetica", 8)
        K.text_lines(c, 20 * mm, H - 20 * mm, ["Klinik für Handchirurgie", "Spitalstrasse 21, 4900 Langmatt BE",
                                               "Telefon +41 62 555 20 00"], size=8)
        K.text_lines(c, W - 20 * mm, H - 15 * mm, ["Fall-Nr. 2026104477", "Pat.-Nr. 880391"], size=8, align="right")

    foot = K.footer_page_x_of_y("Seite {p} von {n}", left_text="Operationsbericht - Kopie für den Patienten")
    s = [Paragraph("Operationsbericht", st["h1"])]
    s.append(K.field_table([
        ("Patient", "Herr Niels Brouwers, 28.10.1979, Baumgartenweg 3, 4900 Langmatt"),
        ("Operationsdatum", "29.10.2026"),
        ("Operateur", "Dr. med. Regula Ammann, Leitende Ärztin Handchirurgie"),
        ("1. Assistenz", "med. pract. Jonas Steiner"),
        ("Anästhesie", "Plexusanästhesie axillär (Dr. med. F. Bühler)"),
        ("Diagnose", "Schnittverletzung Zone II Dig. IV links mit kompletter Durchtrennung der FDP-Sehne, "
                     "partieller Läsion FDS (30 %) und Durchtrennung N. digitalis palmaris proprius ulnaris "
                     "(Küchenmesser, 28.10.2026 abends)"),
        ("Eingriff", "Revision, Naht der FDP-Sehne Dig. IV links (4-Strang-Kernnaht, epitendinöse Naht), "
                     "Naht N. digitalis ulnaris Dig. IV (9-0), Erweiterung A4-Ringband (Venting)"),
    ], st, col_widths=(35 * mm, 135 * mm), shade=colors.HexColor("#f2f2f2")))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Operationsverlauf", st["h3"]))
    s.append(Paragraph("Team-Time-out. Rückenlage, Armtisch, Blutsperre am Oberarm 250 mmHg (Dauer 78 min). "
                       "Desinfektion und steriles Abdecken. Zickzack-Erweiterung der queren Schnittwunde nach "
                       "Bruner. Darstellung des proximalen FDP-Stumpfes in Höhe A3, atraumatisches Vorziehen mit "
                       "Katheter. Retrieval des distalen Stumpfes durch Flexion des DIP. Kernnaht 4-Strang "
                       "(Adelaide-Technik) mit FiberWire 4-0, epitendinöse fortlaufende Naht Prolene 6-0. "
                       "Die partielle FDS-Läsion wird nicht genäht. Gleitprüfung: freies Gleiten, A4 partiell "
                       "eingekerbt. Unter dem Mikroskop Naht des ulnaren Digitalnervs mit 2 epineuralen "
                       "Einzelknopfnähten Ethilon 9-0. Öffnen der Blutsperre, Blutstillung, Hautnaht Ethilon 5-0. "
                       "Dorsale Unterarm-Schiene in Intrinsic-Plus-nahen Stellung.", st["body"]))
    s.append(Paragraph("Procedere", st["h3"]))
    s.append(Paragraph("Frühfunktionelle Nachbehandlung gemäss Protokoll (Handtherapie ab 1. postop. Tag), "
                       "Schiene für 6 Wochen. Fadenentfernung nach 14 Tagen. Kontrolle in der "
                       "Handsprechstunde in 3 Wochen. Arbeitsunfähigkeit 100 % bis auf Weiteres.", st["body"]))
    s.append(Spacer(1, 5 * mm))
    s.append(K.two_col_form([
        ("Diktiert:", "29.10.2026 / RA", "Visiert:", "30.10.2026, Dr. med. R. Ammann"),
    ], st, widths=(20 * mm, 60 * mm, 20 * mm, 70 * mm)))
    K.build_pdf(path, s, first_page=first, decorate=foot, first_top=36 * mm)


# ----------------------------------------------------------------------------------------------
@doc("vc-022", "pdf", kinds=["mrsa-screening"], date="2026-02-13", also_dates=["2026-02-11"],
     author="lab", language="en", style="UK NHS pathology microbiology report (MRSA screen, positive, sensitivities)",
     imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
     notes="Positive MRSA screen with antibiogram; location 'Ward 7 Trauma & Orthopaedics' of a UK trust "
           "shows an inpatient stay abroad. Collected/received/reported dates differ. Table layout.")
def d022(path):
    st = K.styles(size=9)

    def first(c, d):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(18 * mm, H - 15 * mm, "Royal Wealdmoor Hospitals NHS Trust")
        c.setFont("Helvetica", 8.5)
        c.drawString(18 * mm, H - 20 * mm, "Pathology Services - Department of Microbiology")
        c.drawString(18 * mm, H - 24 * mm, "St Aldric's Hospital, Wealdmoor WM3 9AA  ·  Lab enquiries 01632 960 771")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(W - 18 * mm, H - 15 * mm, "MICROBIOLOGY REPORT")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 18 * mm, H - 20 * mm, "FINAL")

    foot = K.footer_page_x_of_y("Page {p} of {n}", left_text="Lab No. M26.0211875   Report printed 13/02/2026 15:10")
    s = []
    s.append(K.two_col_form([
        ("Patient", "NIEUWENHUIS, Anouk", "Hospital No", "W7781377"),
        ("DOB", "02/02/1966", "NHS No", "Not known (overseas visitor)"),
        ("Location", "Ward 7 - Trauma & Orthopaedics", "Consultant", "Mr R. Okonjo"),
        ("Collected", "11/02/2026 06:30", "Received", "11/02/2026 09:12"),
        ("Reported", "13/02/2026 14:55", "Specimen", "Swabs x2"),
    ], st, widths=(22 * mm, 63 * mm, 25 * mm, 62 * mm), grid=True))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Investigation: MRSA SCREEN (culture, chromogenic agar)", st["h3"]))
    s.append(Paragraph("Clinical details: Admission screen. Fractured wrist, for theatre.", st["body"]))
    s.append(K.data_table(["Site", "Result"], [
        ["Nose", "MRSA ISOLATED"],
        ["Groin", "MRSA not isolated"],
    ], st, col_widths=(40 * mm, 132 * mm)))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Susceptibility (nose isolate, Staphylococcus aureus, meticillin resistant)", st["h3"]))
    s.append(K.data_table(["Antibiotic", "Result"], [
        ["Flucloxacillin", "R"], ["Clindamycin", "S"], ["Doxycycline", "S"], ["Co-trimoxazole", "S"],
        ["Vancomycin", "S"], ["Mupirocin", "S"], ["Fusidic acid", "R"],
    ], st, col_widths=(60 * mm, 30 * mm)))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Comment: MRSA detected. Please commence decolonisation as per Trust policy (mupirocin "
                       "nasal ointment and chlorhexidine body wash for 5 days) and isolate patient. Infection "
                       "Prevention and Control Team informed.", st["body"]))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Authorised by: K. Patel, HCPC-registered Biomedical Scientist · Dr H. Ellison, Consultant Microbiologist",
                       st["small"]))
    K.build_pdf(path, s, first_page=first, decorate=foot, margins=(18 * mm, 18 * mm, 20 * mm, 20 * mm),
                first_top=30 * mm)


# ----------------------------------------------------------------------------------------------
@doc("vc-023", "pdf", kinds=["correspondence"], date="2026-09-17", also_dates=["2026-09-15"],
     author="specialist", language="nl", style="neurology outpatient letter with EMG result table",
     imaging_done="no", operated="unmentioned", treated_abroad="unmentioned",
     notes="EMG/zenuwgeleidingsonderzoek is not imaging; the letter explicitly says ultrasound/MRI was not "
           "done ('niet verricht'). Operation (carpal tunnel release) only advised. Examination date 15-09 "
           "and letter date 17-09. Table of nerve conduction values.")
def d023(path):
    st = K.styles(size=9.5)

    def first(c, d):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(20 * mm, H - 16 * mm, "Ziekenhuis Noordoever")
        c.setFont("Helvetica", 8.5)
        c.drawString(20 * mm, H - 21 * mm, "Neurologie en Klinische Neurofysiologie")
        K.text_lines(c, W - 20 * mm, H - 14 * mm, ["Postbus 8800", "1500 AA Zaandam", "T 075 - 555 28 00"],
                     size=8.5, align="right")

    foot = K.footer_page_x_of_y("{p}/{n}")
    s = []
    s.append(Paragraph("Mevrouw J. Koster, huisarts<br/>Gezondheidscentrum Westerwatering<br/>Kogerveldwijk 9<br/>"
                       "1503 AN Zaandam", st["tight"]))
    s.append(Spacer(1, 8 * mm))
    s.append(K.field_table([("Datum", "17-09-2026"), ("Kenmerk", "NEU/KNF/26-8812"),
                            ("Betreft", "Mw. P.S. Baldewsingh, geboren 21-09-1984, patiëntnr. 5566103")], st,
                           col_widths=(25 * mm, 140 * mm)))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Geachte collega,", st["body"]))
    s.append(Paragraph("Uw patiënte werd op 15-09-2026 gezien op de polikliniek neurologie met de vraagstelling: "
                       "CTS links? Differentiaaldiagnose cervicale radiculopathie C6.", st["body"]))
    s.append(Paragraph("<b>Anamnese</b>: sinds een half jaar tintelingen in duim, wijs- en middelvinger links, "
                       "'s nachts en bij autorijden. Geen nekpijn, geen uitstraling vanuit de nek.", st["body"]))
    s.append(Paragraph("<b>Neurologisch onderzoek</b>: normale kracht behoudens abductor pollicis brevis links "
                       "MRC 4. Hypesthesie dig I-III links. Reflexen symmetrisch. Spurling negatief.", st["body"]))
    s.append(Paragraph("<b>Zenuwgeleidingsonderzoek / EMG (15-09-2026)</b>", st["body"]))
    s.append(K.data_table(["Zenuw", "Parameter", "Links", "Rechts", "Normaal"], [
        ["N. medianus motorisch", "DML (ms)", "6,2", "3,9", "< 4,2"],
        ["N. medianus sensibel", "SNAP (µV)", "4", "21", "> 10"],
        ["N. medianus sensibel", "SGS pols-dig II (m/s)", "32", "49", "> 45"],
        ["N. ulnaris", "SGS (m/s)", "55", "56", "> 50"],
        ["EMG m. APB links", "Spontane activiteit", "enkele fibrillaties", "-", "geen"],
    ], st, col_widths=(42 * mm, 45 * mm, 28 * mm, 22 * mm, 28 * mm)))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("<b>Conclusie</b>: ernstig carpaletunnelsyndroom links met tekenen van axonale schade. "
                       "Geen aanwijzingen voor een cervicale radiculopathie.", st["body"]))
    s.append(Paragraph("Aanvullende beeldvorming (echografie pols of MRI cervicale wervelkolom) achten wij niet "
                       "geïndiceerd; deze is dan ook niet verricht.", st["body"]))
    s.append(Paragraph("<b>Beleid</b>: gezien de ernst adviseren wij verwijzing naar de plastisch chirurg voor een "
                       "carpale tunnel release. Wij hebben patiënte niet in controle gehouden.", st["body"]))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Met vriendelijke groet,", st["body"]))
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("Dr. W.F. Smulders, neuroloog/klinisch neurofysioloog", st["tight"]))
    s.append(Paragraph("cc: patiënte", st["small"]))
    K.build_pdf(path, s, first_page=first, decorate=foot, first_top=30 * mm)


# ----------------------------------------------------------------------------------------------
@doc("vc-024", "pdf", kinds=[], date="2026-10-16", also_dates=["2026-10-15"], author="lab", language="de",
     style="German Laborbefund (blood tests) from a lab community, table", imaging_done="unmentioned",
     operated="unmentioned", treated_abroad="unmentioned",
     notes="Other lab result (blood count, CRP, rheumatoid factor, anti-CCP) - not an MRSA screening. The "
           "line 'Mikrobiologische Untersuchungen: nicht angefordert' and the word 'Befund' must not make "
           "it a microbiology or radiology result. German lab for a German GP; says nothing about hospital "
           "care.")
def d024(path):
    st = K.styles(size=8.8)

    def first(c, d):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(18 * mm, H - 15 * mm, "Laborgemeinschaft Niederrhein-West")
        c.setFont("Helvetica", 8)
        c.drawString(18 * mm, H - 19.5 * mm, "Fachärzte für Laboratoriumsmedizin · Gocher Landstraße 77 · 47559 Kranenfeld · Tel. +49 2823 555-0")
        c.line(18 * mm, H - 22 * mm, W - 18 * mm, H - 22 * mm)

    foot = K.footer_page_x_of_y("Seite {p} von {n}", left_text="Auftrag 2610150377 · Endbefund · akkreditiert nach DIN EN ISO 15189")
    s = [Paragraph("Laborbefund", st["h1"])]
    s.append(K.two_col_form([
        ("Patient:", "de Vries, Margriet", "Einsender:", "Hausarztpraxis Dr. med. U. Terhorst"),
        ("Geb.-Dat.:", "18.10.1958", "", "Kapellenstraße 5, 47559 Kranenfeld"),
        ("Abnahme:", "15.10.2026 08:10", "Eingang:", "15.10.2026 13:42"),
        ("Befund:", "16.10.2026 (Endbefund)", "Auftrag:", "2610150377"),
    ], st, widths=(22 * mm, 60 * mm, 24 * mm, 68 * mm)))
    s.append(Spacer(1, 4 * mm))
    s.append(K.data_table(["Untersuchung", "Ergebnis", "Einheit", "Referenzbereich", ""], [
        ["Leukozyten", "7,1", "/nl", "3,9 - 10,2", ""],
        ["Hämoglobin", "12,9", "g/dl", "12,0 - 15,4", ""],
        ["Thrombozyten", "301", "/nl", "150 - 370", ""],
        ["BSG (1 h)", "28", "mm", "< 20", "H"],
        ["CRP", "8,4", "mg/l", "< 5,0", "H"],
        ["Rheumafaktor", "< 10", "IU/ml", "< 14", ""],
        ["Anti-CCP-AK", "1,2", "U/ml", "< 7", ""],
        ["Harnsäure", "6,8", "mg/dl", "2,4 - 5,7", "H"],
        ["HbA1c", "5,6", "%", "< 5,7", ""],
        ["TSH", "1,9", "mU/l", "0,27 - 4,2", ""],
    ], st, col_widths=(50 * mm, 25 * mm, 20 * mm, 40 * mm, 12 * mm)))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Klinische Angaben: Schmerzhafte Schwellung MCP II/III rechts, Arthritis? Gicht?", st["body"]))
    s.append(Paragraph("Mikrobiologische Untersuchungen: nicht angefordert.", st["body"]))
    s.append(Paragraph("Kommentar: Leicht erhöhte Entzündungswerte. Rheumafaktor und Anti-CCP negativ. Erhöhte "
                       "Harnsäure, eine Gichtarthropathie ist differenzialdiagnostisch zu erwägen.", st["body"]))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Medizinisch validiert: Dr. med. B. Hülsmann, Fachärztin für Laboratoriumsmedizin", st["small"]))
    K.build_pdf(path, s, first_page=first, decorate=foot, margins=(18 * mm, 18 * mm, 20 * mm, 20 * mm),
                first_top=28 * mm)


# ================================ merged files ================================================

def _p025_referral(buf):
    st = K.styles(size=9)

    def first(c, d):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(18 * mm, H - 14 * mm, "ZorgDomein")
        c.setFont("Helvetica", 8)
        c.drawString(18 * mm, H - 18 * mm, "Verwijzing  ·  Consult / second opinion plastische chirurgie - handchirurgie")
        c.drawRightString(W - 18 * mm, H - 14 * mm, "Referentie ZD-26-0503390")
        c.drawRightString(W - 18 * mm, H - 18 * mm, "Verzonden 09-11-2026 15:47")
        c.line(18 * mm, H - 20 * mm, W - 18 * mm, H - 20 * mm)

    grey = colors.HexColor("#e6e6e6")
    rows = [
        ("Aan", "Handkliniek Twente-Achterhoek, afdeling Second opinion"),
        ("Van", "H.B. Wessels, huisarts, Huisartsenpraktijk Brinkstraat, Brinkstraat 20, 7471 DC Goor "
                "(AGB 01-092211)"),
        ("Patiënt", "Mevrouw I.M. Zwart"),
        ("Geboortedatum", "06-11-1986"),
        ("BSN", "999956733"),
        ("Zorgverzekeraar", "Menzis, 310994417"),
        ("Reden verwijzing", "Chronische pijn radiale zijde pols rechts na scaphoidfractuur (2023), "
                             "recent progressief, beperkt in werk als fysiotherapeut."),
        ("Vraagstelling", "Second opinion gewenst. De orthopeed adviseert een vier-hoeks-artrodese in verband "
                          "met een SNAC-pols. Patiënte is 40 jaar en wil weten of er minder ingrijpende "
                          "opties zijn (bijv. styloïdectomie, denervatie) en wat de verwachte uitkomst is."),
        ("Relevante voorgeschiedenis", "2023 scaphoidfractuur rechts, 8 weken gips (niet geopereerd)\n"
                                       "2016 migraine\nGeen operaties."),
        ("Recente behandelingen", "03-2026 polsbrace, handtherapie 12x\n07-2026 corticosteroïdinjectie "
                                  "radiocarpaal rechts (orthopedie), 6 weken effect\n08-09-2026 X-pols rechts: "
                                  "zie bijlage\n22-09-2026 consult orthopedie (bijlage)"),
        ("Medicatie", "Sumatriptan 50 mg zo nodig; ibuprofen 400 mg zo nodig"),
        ("Allergieën / ICA", "Geen"),
        ("Bijlagen", "1. Polikliniekbrief orthopedie 22-09-2026\n2. Verslag X-pols rechts 08-09-2026"),
    ]
    s = [K.field_table(rows, st, col_widths=(42 * mm, 132 * mm), grid=True, shade=grey)]
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Dit document is gegenereerd door ZorgDomein en is geldig zonder handtekening.", st["small"]))
    foot = K.footer_page_x_of_y("{p}/{n}", left_text="ZD-26-0503390 - Zwart, I.M. - 06-11-1986", size=7)
    K.build_pdf(buf, s, first_page=first, later_pages=first, decorate=foot,
                margins=(18 * mm, 18 * mm, 26 * mm, 18 * mm))


def _p025_poli(buf):
    st = K.styles(font="Times-Roman", bold="Times-Bold", size=10.5)

    def first(c, d):
        c.setFont("Times-Bold", 14)
        c.drawString(20 * mm, H - 17 * mm, "Ziekenhuis Hof van Twente")
        c.setFont("Times-Roman", 9)
        c.drawString(20 * mm, H - 22 * mm, "Orthopedie  ·  locatie Delden  ·  Langestraat 40  ·  7491 AE Delden  ·  074 555 5555")

    s = [Paragraph("Huisartsenpraktijk Brinkstraat<br/>t.a.v. H.B. Wessels<br/>Brinkstraat 20<br/>7471 DC Goor", st["tight"]),
         Spacer(1, 8 * mm),
         Paragraph("Delden, 22 september 2026", st["body"]),
         Paragraph("Betreft: mw. I.M. Zwart, geb. 06-11-1986, ziekenhuisnr. 2209871", st["body"]),
         Paragraph("Geachte collega,", st["body"])]
    for h, t in [
        ("Anamnese", "Mevrouw is bekend met een conservatief behandelde scaphoidfractuur rechts (2023). Sinds begin "
                     "dit jaar toenemend pijn radiaal in de pols, vooral bij steunen en bij haar werk als "
                     "fysiotherapeut. Injectie in juli gaf zes weken verlichting."),
        ("Lichamelijk onderzoek", "Zwelling dorsoradiaal. Extensie 40°, flexie 45°. Drukpijn processus styloideus "
                                  "radii. Knijpkracht re 18 kg, li 30 kg."),
        ("Aanvullend onderzoek", "X-pols rechts (08-09-2026): pseudartrose scaphoid met collaps, radioscafoïdale "
                                 "artrose; midcarpaal nog redelijk. Passend bij SNAC II."),
        ("Conclusie", "SNAC-pols rechts, stadium II."),
        ("Beleid", "Wij hebben een scafoïdectomie met vier-hoeks-artrodese besproken. Patiënte wil hierover "
                   "eerst een second opinion. Wij zien haar terug op afspraak."),
    ]:
        s.append(Paragraph(f"<b>{h}</b>", st["body"]))
        s.append(Paragraph(t, st["body"]))
    s += [Spacer(1, 4 * mm), Paragraph("Met vriendelijke groet,", st["body"]), Spacer(1, 6 * mm),
          Paragraph("Drs. A.J. Kamphuis, orthopedisch chirurg", st["tight"]),
          Paragraph("cc: patiënte", st["small"])]
    K.build_pdf(buf, s, first_page=first, first_top=30 * mm,
                decorate=K.footer_page_x_of_y("Pagina {p} van {n}", font="Times-Roman"))


def _p025_xray(buf):
    st = K.styles(size=9.5)

    def first(c, d):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(20 * mm, H - 15 * mm, "Ziekenhuis Hof van Twente - Radiologie")
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, H - 19 * mm, "Uitslag radiologisch onderzoek")

    s = [K.two_col_form([
        ("Naam", "Zwart, I.M.", "Onderzoeksdatum", "08-09-2026"),
        ("Geb.datum", "06-11-1986", "Aanvrager", "Drs. A.J. Kamphuis (ORT)"),
        ("Onderzoek", "X-pols rechts + scaphoidserie", "Status", "Definitief 08-09-2026"),
    ], st, widths=(22 * mm, 58 * mm, 30 * mm, 60 * mm)), Spacer(1, 5 * mm)]
    s.append(Paragraph("<b>Vraagstelling</b>: Status na scaphoidfractuur 2023, artrose?", st["body"]))
    s.append(Paragraph("<b>Verslag</b>: Pseudartrose in het middelste derde van het scaphoid met sclerose en "
                       "cystevorming. Verkorting en flexiestand van het distale fragment (humpback). Gewrichtsspleet "
                       "radioscafoïdaal versmald met osteofyt aan de processus styloideus radii. Lunatum in lichte "
                       "extensie (DISI). Capitolunair gewricht nog behouden.", st["body"]))
    s.append(Paragraph("<b>Conclusie</b>: Scaphoid non-union rechts met SNAC stadium II.", st["body"]))
    s.append(Spacer(1, 5 * mm))
    s.append(Paragraph("M. Hoitink, radioloog", st["tight"]))
    K.build_pdf(buf, s, first_page=first, first_top=26 * mm)


@doc("vc-025", "pdf", kinds=["referral", "history", "correspondence", "imaging-report"], date="2026-11-09",
     author="gp", language="nl", style="merged 'bijlagen' bundle: Zorgdomein referral + outpatient letter + X-ray report",
     referral_question=True, imaging_done="yes", operated="no", treated_abroad="unmentioned",
     notes="Merged PDF of three documents with different templates and page footers. Part 1 is a Zorgdomein "
           "table referral with question, history and recent treatments; part 2 an orthopaedic letter "
           "proposing an arthrodesis (plan only); part 3 the X-ray report. 'niet geopereerd' and 'Geen "
           "operaties' in the referral. Birth date 06-11-1986 three days before the referral. Top-level "
           "date/author are those of the first part.",
     parts=[dict(kinds=["referral", "history"], date="2026-11-09", author="gp"),
            dict(kinds=["correspondence"], date="2026-09-22", author="specialist"),
            dict(kinds=["imaging-report"], date="2026-09-08", author="radiologist")])
def d025(path):
    K.merge_pdfs([K.to_bytes(_p025_referral), K.to_bytes(_p025_poli), K.to_bytes(_p025_xray)], path)


def _p026_gp(buf):
    st = K.styles(size=10)

    def first(c, d):
        K.text_lines(c, W - 20 * mm, H - 16 * mm, ["Huisartsenpraktijk Het Kompas", "dr. E.J. Hoogland & drs. R. Sahin",
                                                    "Kompasplein 1", "1135 AA Edam", "0299 - 555 300"],
                     size=8.5, align="right", bold_first=True)

    s = [Paragraph("Handkliniek Noord-Holland<br/>t.a.v. de dienstdoende handchirurg<br/>Wilhelminalaan 12<br/>"
                   "1815 JD Alkmaar", st["tight"]), Spacer(1, 10 * mm),
         Paragraph("Edam, 12-11-2026", st["body"]),
         Paragraph("<b>Betreft:</b> dhr. B.T. (Bram) Dekkers, geb. 14-11-1969, Achterhaven 31, 1135 XT Edam", st["body"]),
         Paragraph("<b>Onderwerp:</b> verwijzing voor second opinion pols rechts", st["body"]),
         Spacer(1, 2 * mm), Paragraph("Geachte collega,", st["body"])]
    for t in [
        "Hierbij verwijs ik dhr. Dekkers. Hij kwam in februari in Dublin ten val tijdens een zakenreis en liep een "
        "distale radiusfractuur rechts op, waarvoor hij daar is opgenomen en op 14 februari is geopereerd "
        "(plaatosteosynthese). De ontslagbrief uit Dublin is bijgevoegd; een operatieverslag hebben wij ondanks "
        "herhaald verzoek niet ontvangen.",
        "Sindsdien houdt hij pijn aan de ulnaire zijde van de pols en beperkte supinatie (ca. 40°). Hij is "
        "timmerman en kan zijn werk niet volledig doen. Handtherapie (20 behandelingen) gaf onvoldoende "
        "verbetering.",
        "Vraagstelling: wat is de oorzaak van de persisterende klachten (malunion? DRUG-probleem? "
        "osteosynthesemateriaal?) en is er een behandeloptie, zoals verwijdering van het materiaal of een "
        "correctie-osteotomie?",
        "Omdat hij in een buitenlands ziekenhuis opgenomen is geweest, hebben wij een MRSA-screening afgenomen; "
        "de uitslag is bijgevoegd.",
    ]:
        s.append(Paragraph(t, st["body"]))
    s += [Paragraph("Met vriendelijke groet,", st["body"]), Spacer(1, 8 * mm),
          Paragraph("drs. R. Sahin, huisarts", st["tight"]), Spacer(1, 5 * mm),
          Paragraph("Bijlagen: discharge summary Liffeyside University Hospital (16-02-2026); uitslag MRSA-screening "
                    "(06-11-2026)", st["small"])]
    K.build_pdf(buf, s, first_page=first, first_top=30 * mm)


def _p026_dublin(buf):
    st = K.styles(size=9)

    def first(c, d):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(18 * mm, H - 15 * mm, "LIFFEYSIDE UNIVERSITY HOSPITAL")
        c.setFont("Helvetica", 8)
        c.drawString(18 * mm, H - 19.5 * mm, "Dept. of Trauma & Orthopaedic Surgery · Islandbridge Road, Dublin 8 · +353 1 555 2000")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(W - 18 * mm, H - 15 * mm, "DISCHARGE SUMMARY")

    s = [K.two_col_form([
        ("Patient", "DEKKERS, Bram", "MRN", "LUH-2288104"),
        ("DOB", "14/11/1969", "Consultant", "Prof. Gráinne Whelan"),
        ("Admitted", "13/02/2026", "Discharged", "16/02/2026"),
        ("Ward", "St Brendan's (Ortho)", "GP", "Not registered in Ireland - copy to patient"),
    ], st, widths=(22 * mm, 60 * mm, 24 * mm, 68 * mm), grid=True), Spacer(1, 4 * mm)]
    for h, t in [
        ("Presenting complaint", "Fall on outstretched right hand on icy footpath 13/02/2026."),
        ("Diagnosis", "Right distal radius fracture, intra-articular, dorsally displaced."),
        ("Investigations", "X-ray right wrist 13/02/2026; CT right wrist 13/02/2026. Post-op X-ray 15/02/2026: "
                           "satisfactory position of plate and screws."),
        ("Procedures", "14/02/2026 - ORIF right distal radius, volar locking plate (see operation note)."),
        ("Course", "Uncomplicated. Pain controlled. Wound clean at discharge. MRSA admission screen negative."),
        ("Discharge medications", "Paracetamol 1 g QDS PRN; ibuprofen 400 mg TDS PRN (5 days)."),
        ("Follow-up", "Patient returning to the Netherlands 17/02/2026. Wound check and removal of sutures by own "
                      "GP at 2 weeks. Fracture clinic follow-up in home country at 6 weeks with X-ray."),
    ]:
        s.append(Paragraph(f"<b>{h}:</b> {t}", st["body"]))
    s += [Spacer(1, 4 * mm), Paragraph("Completed by: Dr Aoife Kinsella (SHO) for Prof. G. Whelan, 16/02/2026", st["small"])]
    K.build_pdf(buf, s, first_page=first, first_top=26 * mm, margins=(18 * mm, 18 * mm, 20 * mm, 20 * mm),
                decorate=K.footer_page_x_of_y("Page {p} of {n}"))


def _p026_mrsa(buf):
    st = K.styles(size=9)

    def first(c, d):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(20 * mm, H - 15 * mm, "Streeklaboratorium Microbiologie Waterland")
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, H - 19.5 * mm, "Purmerweg 8, 1441 AA Purmerend · 0299 555 811")

    s = [Paragraph("Kweekuitslag", st["h1"]),
         K.field_table([("Patiënt", "B.T. Dekkers"), ("Geboren", "14-11-1969"),
                        ("Aanvrager", "drs. R. Sahin, huisarts, HAP Het Kompas Edam"),
                        ("Afgenomen", "03-11-2026"), ("Eindrapport", "06-11-2026"),
                        ("Onderzoek", "MRSA-screening (neus, keel, perineum) - ophoogkweek")], st,
                       col_widths=(30 * mm, 140 * mm)),
         Spacer(1, 4 * mm),
         K.data_table(["Materiaal", "Uitslag"], [["Neus", "Geen MRSA gekweekt"], ["Keel", "Geen MRSA gekweekt"],
                                                 ["Perineum", "Geen MRSA gekweekt"]], st,
                      col_widths=(40 * mm, 130 * mm)),
         Spacer(1, 4 * mm),
         Paragraph("Geautoriseerd: L. de Haan, analist / dr. S. Brink, arts-microbioloog", st["small"])]
    K.build_pdf(buf, s, first_page=first, first_top=26 * mm)


@doc("vc-026", "pdf", kinds=["referral", "correspondence", "mrsa-screening"], date="2026-11-12", author="gp",
     language="nl", style="merged referral + enclosures: GP letter (nl), Irish discharge summary (en), MRSA result (nl)",
     referral_question=True, imaging_done="yes", operated="yes", treated_abroad="yes",
     notes="Mixed-language merge (Dutch + English part). Part 1 GP referral with question, mentions "
           "enclosures and says the operation report was never received (the file indeed lacks one). "
           "Part 2 Irish discharge summary: procedure listed in one line 'see operation note' - not an "
           "operation report; also mentions 'MRSA admission screen negative' (mention only). Part 3 the "
           "Dutch lab MRSA result. Birth date 14-11-1969 two days after the referral date.",
     parts=[dict(kinds=["referral"], date="2026-11-12", author="gp"),
            dict(kinds=["correspondence"], date="2026-02-16", author="specialist"),
            dict(kinds=["mrsa-screening"], date="2026-11-06", author="lab")])
def d026(path):
    K.merge_pdfs([K.to_bytes(_p026_gp), K.to_bytes(_p026_dublin), K.to_bytes(_p026_mrsa)], path)


def _p027_brief(buf):
    st = K.styles(size=9.5)

    def first(c, d):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(20 * mm, H - 15 * mm, "Kreiskrankenhaus Moselhöhe")
        c.setFont("Helvetica", 8)
        K.text_lines(c, 20 * mm, H - 20 * mm, ["Klinik für Unfall-, Hand- und Wiederherstellungschirurgie",
                                               "Chefarzt Dr. med. Thomas Reinhardt",
                                               "Hunsrückstraße 9 · 54470 Moselhöhe · Tel. +49 6531 555-0"], size=8)

    s = [Paragraph("Herrn<br/>Ruben Verhagen<br/>Goudsbloemstraat 7<br/>NL-3816 CE Amersfoort<br/>"
                   "(zur Vorlage beim Hausarzt)", st["tight"]), Spacer(1, 6 * mm),
         Paragraph("Moselhöhe, 24.06.2026", st["right"]),
         Paragraph("<b>Arztbrief</b>", st["h2"]),
         Paragraph("Sehr geehrte Kolleginnen und Kollegen,", st["body"]),
         Paragraph("wir berichten über Herrn Ruben Verhagen, geb. 26.06.1990, der sich vom 21.06.2026 bis "
                   "24.06.2026 in unserer stationären Behandlung befand.", st["body"])]
    for h, t in [
        ("Diagnosen", "Perilunäre Luxation rechts (dorsal, Mayfield IV) nach Sturz mit dem Fahrrad am 21.06.2026"),
        ("Therapie", "22.06.2026: Offene Reposition, Naht des SL-Bandes, K-Draht-Transfixation (s. OP-Bericht)"),
        ("Verlauf", "Komplikationsloser Verlauf. Postoperatives Röntgen regelrecht. Reizlose Wundverhältnisse. "
                    "Sensibilität im Medianusgebiet bei Entlassung intakt."),
        ("Procedere", "Unterarmgips für 8 Wochen, K-Draht-Entfernung nach 8 Wochen, danach Handtherapie. "
                      "Weiterbehandlung durch einen Handchirurgen am Heimatort (Niederlande) empfohlen. "
                      "Röntgenbilder auf CD mitgegeben."),
    ]:
        s.append(Paragraph(h, st["h3"]))
        s.append(Paragraph(t, st["body"]))
    s += [Spacer(1, 4 * mm), Paragraph("Mit freundlichen Grüßen", st["body"]), Spacer(1, 6 * mm),
          Paragraph("Dr. med. T. Reinhardt, Chefarzt · Dr. med. Anna Schäfer, Oberärztin", st["tight"])]
    K.build_pdf(buf, s, first_page=first, first_top=36 * mm, decorate=K.footer_page_x_of_y("Seite {p} von {n}"))


def _p027_op(buf):
    st = K.styles(size=9)

    def first(c, d):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(20 * mm, H - 14 * mm, "Kreiskrankenhaus Moselhöhe · Zentral-OP")
        c.setFont("Helvetica-Bold", 14)
        c.drawRightString(W - 20 * mm, H - 15 * mm, "Operationsbericht")

    s = [K.two_col_form([
        ("Patient:", "Verhagen, Ruben", "OP-Datum:", "22.06.2026"),
        ("Geb.:", "26.06.1990", "Saal:", "OP 4"),
        ("Operateur:", "Dr. med. A. Schäfer", "Assistenz:", "L. Weber (AA)"),
        ("Anästhesie:", "ITN (Dr. R. Kowalski)", "Blutsperre:", "95 min, 250 mmHg"),
    ], st, widths=(22 * mm, 60 * mm, 22 * mm, 66 * mm), grid=True), Spacer(1, 3 * mm)]
    for h, t in [
        ("Diagnose", "Dorsale perilunäre Luxation rechts"),
        ("Eingriff", "Offene Reposition über dorsalen Zugang, transossäre Refixation/Naht des SL-Bandes mit "
                     "Fadenanker, K-Draht-Transfixation SL und LT sowie skaphokapitat, Karpaltunnelspaltung"),
        ("Bericht", "Team-Time-Out. Rückenlage, Armtisch. Zunächst palmare Inzision und Spaltung des Retinaculum "
                    "flexorum, N. medianus kontusioniert aber in Kontinuität. Dorsaler Längsschnitt über Lister-"
                    "Tuberkel, Eröffnung des 3./4. Strecksehnenfachs, ligamentschonende Kapsulotomie. Reposition "
                    "des Lunatums unter Sicht, Joysticks in Skaphoid und Lunatum. Ausriss des SL-Bandes vom "
                    "Skaphoid, Refixation mit 2 Fadenankern. Transfixation mit 1,4-mm-K-Drähten unter BV-"
                    "Kontrolle. Kapselnaht, Hautnaht, sterile Verbände, dorsale Gipsschiene."),
        ("Procedere", "Hochlagerung, Kühlung, Röntgenkontrolle postoperativ, Gips 8 Wochen."),
    ]:
        s.append(Paragraph(f"<b>{h}:</b> {t}", st["body"]))
    s.append(Paragraph("Dr. med. A. Schäfer, 22.06.2026 17:15", st["small"]))
    K.build_pdf(buf, s, first_page=first, first_top=24 * mm)


def _p027_rx(buf):
    st = K.styles(size=9.5)

    def first(c, d):
        c.setFont("Helvetica", 9)
        c.drawString(20 * mm, H - 14 * mm, "Kreiskrankenhaus Moselhöhe · Radiologie")

    s = [Paragraph("Röntgenbefund", st["h1"]),
         K.field_table([("Name", "Verhagen, Ruben, *26.06.1990"), ("Untersuchung", "Handgelenk rechts in 2 Ebenen (postoperativ)"),
                        ("Datum", "23.06.2026"), ("Anforderung", "Unfallchirurgie, Station 3")], st,
                       col_widths=(32 * mm, 138 * mm)),
         Spacer(1, 3 * mm),
         Paragraph("<b>Befund:</b> Im Vergleich zur Voraufnahme vom 21.06.2026 regelrechte Stellung der Handwurzel "
                   "nach Reposition. SL-Abstand 2 mm. Einliegende K-Drähte skapholunär, lunotriquetral und "
                   "skaphokapitat, regelrecht. Kein Materialbruch. Dorsale Gipsschiene.", st["body"]),
         Paragraph("<b>Beurteilung:</b> Regelrechte postoperative Stellung.", st["body"]),
         Spacer(1, 4 * mm), Paragraph("Dr. med. J. Hoffmann, Radiologie", st["tight"])]
    K.build_pdf(buf, s, first_page=first, first_top=22 * mm)


@doc("vc-027", "pdf", kinds=["correspondence", "operation-report", "imaging-report"], date="2026-06-24",
     author="specialist", language="de", style="merged German hospital bundle: Arztbrief + Operationsbericht + Röntgenbefund",
     imaging_done="yes", operated="yes", treated_abroad="yes",
     notes="Three German documents from the same Kreiskrankenhaus in one file, each with its own title and "
           "date (24.06, 22.06, 23.06); birth date 26.06.1990 close to all. The Arztbrief refers to the "
           "OP-Bericht ('s. OP-Bericht') which is indeed part 2. Dutch patient, Dutch address with 'NL-'.",
     parts=[dict(kinds=["correspondence"], date="2026-06-24", author="specialist"),
            dict(kinds=["operation-report"], date="2026-06-22", author="specialist"),
            dict(kinds=["imaging-report"], date="2026-06-23", author="radiologist")])
def d027(path):
    K.merge_pdfs([K.to_bytes(_p027_brief), K.to_bytes(_p027_op), K.to_bytes(_p027_rx)], path)


_FAX28 = "03/11/2026 16:05  ZIEKENHUIS DE WAARDEN OK/POLI  +31 183 555 100  -> 0715559911   #{pg}"


def _p028_ok(buf):
    st = K.styles(font="Courier", bold="Courier-Bold", size=9)
    fax = lambda c, p, n: (c.setFont("Courier", 7), c.drawString(8 * mm, H - 6 * mm, _FAX28.format(pg=p)))

    def first(c, d):
        c.setFont("Courier-Bold", 11)
        c.drawString(20 * mm, H - 18 * mm, "ZIEKENHUIS DE WAARDEN - Gorinchem")
        c.setFont("Courier", 8)
        c.drawString(20 * mm, H - 22 * mm, "Afd. Chirurgie / Handchirurgie - OK-verslag (HiX afdruk)")

    s = [Paragraph("OK-VERSLAG", st["h1"])]
    s.append(K.field_table([
        ("Patiënt:", "mw. W. van Gent-Hol (27-04-1955)"), ("Patnr.:", "0771298"),
        ("Operatiedatum:", "14-04-2026"), ("Operateur:", "dr. J.C. Verdonk, chirurg"),
        ("Assistentie:", "OK-assistent M. Bos"), ("Anesthesie:", "WALANT (lidocaïne 1% + adrenaline)"),
        ("Diagnose:", "Triggervinger dig III links (Quinnell III)"),
        ("Verrichting:", "Percutane... nee: open A1-pulley release dig III links"),
        ("Verslag:", "Transversale incisie ter hoogte van de distale handpalmplooi. Stomp prepareren, "
                     "neurovasculaire bundels opzij. A1-pulley in de lengte gekliefd, A2 intact gelaten. "
                     "Actieve flexie/extensie door patiënte: geen triggering meer. Huid Ethilon 4-0."),
        ("Complicaties:", "geen"), ("Nabehandeling:", "Drukverband 2 dagen, hechtingen eruit na 10 dagen bij "
                                                      "huisarts, vrij bewegen."),
    ], st, col_widths=(40 * mm, 130 * mm)))
    K.build_pdf(buf, s, first_page=first, first_top=28 * mm, decorate=fax)


def _p028_poli(buf):
    st = K.styles(size=10)
    fax = lambda c, p, n: (c.setFont("Courier", 7), c.drawString(8 * mm, H - 6 * mm, _FAX28.format(pg=p + 1)))

    def first(c, d):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(20 * mm, H - 18 * mm, "Ziekenhuis De Waarden")
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, H - 22 * mm, "Polikliniek Chirurgie · Banneweg 57 · 4204 AA Gorinchem")

    s = [Paragraph("Aan de huisarts: A. van Wijk, Huisartsenpraktijk Lingewijk, Gorinchem", st["body"]),
         Paragraph("Datum: 26-05-2026", st["body"]),
         Paragraph("Betreft: mw. W. van Gent-Hol, geb. 27-04-1955", st["body"]),
         Paragraph("Geachte collega,", st["body"])]
    for t in [
        "Wij zagen mevrouw zes weken na de A1-release van de linker middelvinger (14-04-2026). De triggering is "
        "verdwenen, maar zij houdt een flexiecontractuur van het PIP-gewricht van 25° en pijn in de handpalm. "
        "Er is geen infectie. Röntgenfoto's hebben wij niet gemaakt.",
        "Conclusie: restcontractuur PIP dig III links na triggervingerrelease.",
        "Beleid: verwijzing handtherapie voor extensiespalk. Bij onvoldoende verbetering evaluatie over 3 maanden. "
        "Mevrouw vraagt of een tweede mening mogelijk is; zij heeft hiervoor een machtiging getekend zodat "
        "wij de stukken kunnen doorsturen.",
    ]:
        s.append(Paragraph(t, st["body"]))
    s += [Paragraph("Met vriendelijke groet,", st["body"]), Spacer(1, 6 * mm),
          Paragraph("dr. J.C. Verdonk, chirurg", st["tight"])]
    K.build_pdf(buf, s, first_page=first, first_top=28 * mm, decorate=fax)


def _p028_consent(buf):
    st = K.styles(size=9.5)
    fax = lambda c, p, n: (c.setFont("Courier", 7), c.drawString(8 * mm, H - 6 * mm, _FAX28.format(pg=p + 2)))

    def first(c, d):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(20 * mm, H - 18 * mm, "Toestemmingsformulier opvragen/verstrekken medische gegevens")
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, H - 23 * mm, "Ziekenhuis De Waarden · afdeling Medische Informatie")
        y = 80 * mm
        c.line(20 * mm, y, 90 * mm, y)
        c.drawString(20 * mm, y - 4 * mm, "Handtekening patiënt")
        c.setFont("Helvetica-Oblique", 14)
        c.drawString(25 * mm, y + 2 * mm, "W. v. Gent")

    s = [K.field_table([
        ("Naam", "W. van Gent-Hol"), ("Geboortedatum", "27-04-1955"), ("Patiëntnummer", "0771298"),
        ("Gegevens te verstrekken aan", "Handkliniek Leiden-Oost, t.a.v. second opinion"),
        ("Welke gegevens", "[x] Brieven  [x] Operatieverslagen  [ ] Röntgenbeelden  [ ] Laboratorium"),
        ("Periode", "01-01-2026 t/m heden"),
        ("Plaats en datum", "Gorinchem, 01-11-2026"),
    ], st, col_widths=(55 * mm, 115 * mm), grid=True), Spacer(1, 5 * mm),
        Paragraph("Ik geef toestemming om bovengenoemde gegevens te verstrekken. Deze toestemming geldt eenmalig.",
                  st["body"])]
    K.build_pdf(buf, s, first_page=first, first_top=30 * mm, decorate=fax)


@doc("vc-028", "pdf", kinds=["operation-report", "correspondence"], date="2026-04-14", author="specialist",
     language="nl", style="merged fax bundle from a hospital: OK-verslag (Courier HiX print) + outpatient letter + consent form",
     imaging_done="no", operated="yes", treated_abroad="unmentioned",
     notes="Fax header with the send date 03/11/2026 and a running page counter on every page, across three "
           "documents. The OK-verslag contains a dictation slip ('Percutane... nee: open A1-pulley release'). "
           "Outpatient letter says no X-rays were made. Third part is a signed consent form (no kind). "
           "Top-level date = first part; fax date is a transmission date, not the documents' own date.",
     parts=[dict(kinds=["operation-report"], date="2026-04-14", author="specialist"),
            dict(kinds=["correspondence"], date="2026-05-26", author="specialist"),
            dict(kinds=[], date="2026-11-01", author="patient")])
def d028(path):
    K.merge_pdfs([K.to_bytes(_p028_ok), K.to_bytes(_p028_poli), K.to_bytes(_p028_consent)], path)


# ----------------------------------------------------------------------------------------------
@doc("vc-029", "pdf", kinds=[], date="2026-11-03", author="patient", language="nl",
     style="patient's own typed letter requesting a second opinion", imaging_done="yes", operated="no",
     treated_abroad="yes",
     notes="Patient letter, not a referral even though it asks for a second opinion and is addressed 't.a.v. "
           "second opinion'. States hospital care in Tanger (Morocco) with X-ray and plaster (treated "
           "abroad), 'nooit geopereerd', and a sister's thumb operation (family member). Birth date "
           "5 november 1980 two days after the letter date.")
def d029(path):
    st = K.styles(font="DejaVu" if K.has_font("DejaVu") else "Helvetica",
                  bold="DejaVu-Bold" if K.has_font("DejaVu-Bold") else "Helvetica-Bold", size=10.5)
    s = [Paragraph("Samira El Idrissi<br/>Wolphaertsbocht 201B<br/>3083 KM Rotterdam<br/>06-55501234", st["tight"]),
         Spacer(1, 10 * mm),
         Paragraph("Handkliniek Zuid-Holland<br/>t.a.v. second opinion<br/>Postbus 1040<br/>3000 BA Rotterdam",
                   st["tight"]),
         Spacer(1, 10 * mm),
         Paragraph("Rotterdam, 3 november 2026", st["body"]),
         Paragraph("Onderwerp: aanvraag second opinion rechterpols", st["body"]),
         Spacer(1, 3 * mm),
         Paragraph("Geachte heer/mevrouw,", st["body"])]
    for t in [
        "Hierbij wil ik graag een second opinion aanvragen voor mijn rechterpols. Mijn naam is Samira El Idrissi, "
        "geboren 5 november 1980.",
        "In augustus 2025 ben ik tijdens familiebezoek in Marokko gevallen. In het ziekenhuis in Tanger is een "
        "foto gemaakt en kreeg ik gips voor zes weken. Terug in Nederland heeft de huisarts nog een keer een "
        "foto laten maken. Sindsdien heb ik pijn aan de pinkkant van mijn pols en kan ik niet goed draaien, "
        "bijvoorbeeld bij het openen van potten.",
        "In het Zuiderhaven Ziekenhuis zeiden ze dat er niets meer aan te doen is. Ik ben nooit geopereerd "
        "aan mijn pols. Mijn zus is vorig jaar aan haar duim geopereerd bij u en was heel tevreden, daarom "
        "wil ik graag dat u naar mijn pols kijkt.",
        "Mijn huisarts, dokter Van Leeuwen, stuurt de verwijsbrief. Ik heb de foto's uit Marokko op mijn "
        "telefoon, die kan ik meenemen.",
    ]:
        s.append(Paragraph(t, st["body"]))
    s += [Paragraph("Met vriendelijke groet,", st["body"]), Spacer(1, 12 * mm),
          Paragraph("Samira El Idrissi", st["body"])]
    K.build_pdf(path, s, margins=(25 * mm, 25 * mm, 25 * mm, 25 * mm))
