"""reportlab PDFs, English and German: tj-030 033 035 038 040 043 046 050 053"""
from rl import *
from common import out, label
from reportlab.pdfgen import canvas as cv

NHS = colors.Color(0.0, 0.37, 0.72)
TOT = {"n": 1}
import copy


def build_tot(path, s, **kw):
    TOT["n"] = count_pages(lambda: copy.deepcopy(s), **kw)
    build(path, s, **kw)
GREY = colors.Color(0.92, 0.92, 0.92)


# ---------------------------------------------------------------- tj-030 UK NHS clinic letter
def tj030():
    st = "tj-030"
    def page(c, d):
        W, H = A4
        c.setFillColor(NHS); c.rect(W - 38 * mm, H - 22 * mm, 20 * mm, 9 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont("Helvetica-BoldOblique", 12); c.drawCentredString(W - 28 * mm, H - 19.5 * mm, "NHS")
        c.setFillColor(colors.black); c.setFont("Helvetica-Bold", 10)
        c.drawRightString(W - 18 * mm, H - 27 * mm, "Wyvern Valley University Hospitals")
        c.setFont("Helvetica", 8.5); c.drawRightString(W - 18 * mm, H - 31 * mm, "NHS Foundation Trust")
        c.setFont("Helvetica", 7.5)
        y = H - 38 * mm
        for t in ["Hand Surgery Unit, Outpatients Level 2", "Royal Wyvern Infirmary", "Castle Mead, Worcester WR9 4QT",
                  "Secretary: 01905 733 412"]:
            c.drawRightString(W - 18 * mm, y, t); y -= 3.5 * mm
        c.setFont("Helvetica", 7); c.drawString(18 * mm, 10 * mm, "Please quote our hospital number on all correspondence.")
        c.drawRightString(W - 18 * mm, 10 * mm, "Page %d of %d" % (d.page, TOT["n"]))
    s = [Spacer(1, 36 * mm)]
    s.append(kv([["Consultant:", "Mr J. Ashworth FRCS (Plast)"], ["Clinic date:", "02/11/2025"], ["Dictated:", "02/11/2025"],
                 ["Typed:", "05/11/2025 (SB)"], ["Hospital No:", "W1190342"], ["NHS No:", "486 113 2097"]],
                [28 * mm, 70 * mm], S["s"], ParagraphStyle("k", parent=S["s"], fontName="Helvetica-Bold"), pad=0.5))
    s.append(Spacer(1, 6 * mm))
    s.append(P("Dr A. Okafor<br/>Millbrook Surgery<br/>14 Station Road<br/>Droitwich WR9 8EJ"))
    s.append(Spacer(1, 8 * mm))
    s.append(P("Dear Dr Okafor"))
    s.append(Spacer(1, 3 * mm))
    s.append(P("<b>Re: Mrs Eline KUIPERS, DOB 19/04/1979<br/>22 Vines Lane, Droitwich WR9 8LN</b>"))
    s.append(Spacer(1, 4 * mm))
    s.append(kv([["Diagnosis:", "1. Left trigger thumb (grade 3, intermittent locking)<br/>2. Right de Quervain's tenosynovitis, improving"],
                 ["Outcome:", "Steroid injection left A1 pulley given in clinic today. Review 8 weeks."],
                 ["Plan:", "If the triggering recurs after the injection, surgical release under local anaesthetic "
                  "(listed as an option, not yet booked). Splint for the right wrist to continue."]],
                [25 * mm, 145 * mm], S["n"], S["b"], pad=3))
    s.append(Spacer(1, 4 * mm))
    s += paras("""I saw this pleasant 46-year-old Dutch lady, a pharmacist, in the hand clinic today. Since the summer she has had painful catching of her left thumb, now locking in flexion most mornings and needing to be released with the other hand. She also has pain over the radial styloid on the right, which began after she started using a new dispensing workstation, but this is already settling with a thumb spica splint from the physiotherapists.

On examination there is a tender nodule over the left A1 pulley with reproducible triggering. Finkelstein's test is mildly positive on the right. Sensation is normal in both hands. I do not think any imaging is required at this stage and none has been done.

I have injected the left A1 pulley with 10 mg triamcinolone and 1 ml 1% lidocaine after verbal consent. I explained that roughly two in three patients settle after a single injection. We discussed that if it returns, a trigger thumb release is a quick procedure under local anaesthetic, which she would be happy to consider.

She tells me she and her family are moving back to the Netherlands in the new year and she may prefer to continue her care there. I have given her a copy of this letter to take with her.""")
    s += [Spacer(1, 4 * mm), P("Yours sincerely"), Spacer(1, 10 * mm),
          P("Mr James Ashworth<br/>Consultant Plastic &amp; Hand Surgeon"), Spacer(1, 5 * mm),
          P("cc: Mrs E. Kuipers (patient)", S["s"])]
    build_tot(out(st, "pdf"), s, first=page, margins=(18, 18, 16, 18))
    label(st, ["correspondence"], "specialist", "en", "UK NHS consultant clinic letter (Diagnosis/Outcome/Plan)",
          "no", "unmentioned", "yes",
          "UK dd/mm dates, clinic/dictated/typed dates; 'Mr' consultant; letter by a UK hospital that treated (injected) "
          "the patient = treated abroad; surgery listed only as an option; 'none has been done' imaging negation",
          date="2025-11-02", also=["2025-11-05"])


# ---------------------------------------------------------------- tj-033 US operative report (Letter size)
def tj033():
    st = "tj-033"
    def page(c, d):
        W, H = letter
        c.setFont("Times-Bold", 12); c.drawCentredString(W / 2, H - 0.6 * 72, "PRAIRIE LAKES HAND & UPPER EXTREMITY CENTER")
        c.setFont("Times-Roman", 9); c.drawCentredString(W / 2, H - 0.8 * 72, "1840 W. Ogden Avenue, Suite 300, Naperville, IL 60540  -  (630) 555-0174")
        c.setFont("Courier", 8)
        c.drawString(0.75 * 72, H - 1.05 * 72, "PATIENT: VAN DER MEER, THOMAS      MRN: 00731946      DOB: 07/22/1975")
        c.drawRightString(W - 0.75 * 72, 0.5 * 72, "Page %d of %d" % (d.page, TOT["n"]))
        c.drawString(0.75 * 72, 0.5 * 72, "CONFIDENTIAL - CONTAINS PROTECTED HEALTH INFORMATION")
    m = ParagraphStyle("m", fontName="Courier", fontSize=9, leading=11.5)
    mb = ParagraphStyle("mb", fontName="Courier-Bold", fontSize=9, leading=11.5)
    s = [P("OPERATIVE REPORT", ParagraphStyle("t", fontName="Courier-Bold", fontSize=12, leading=15, alignment=1)), Spacer(1, 10)]
    s.append(kv([["DATE OF SURGERY:", "01/14/2026"], ["SURGEON:", "Daniel R. Whitfield, MD"],
                 ["ASSISTANT:", "Kayla Brennan, PA-C"], ["ANESTHESIA:", "General LMA with supraclavicular block"],
                 ["PREOPERATIVE DIAGNOSIS:", "Right thumb carpometacarpal arthritis, Eaton stage III"],
                 ["POSTOPERATIVE DIAGNOSIS:", "Same"],
                 ["PROCEDURE:", "1. Right trapeziectomy with ligament reconstruction and tendon interposition (LRTI) using "
                  "half of the flexor carpi radialis tendon.<br/>2. Right thumb MP joint capsulodesis."],
                 ["ESTIMATED BLOOD LOSS:", "Minimal"], ["TOURNIQUET TIME:", "71 minutes at 250 mmHg"],
                 ["COMPLICATIONS:", "None apparent"], ["DISPOSITION:", "PACU in stable condition"]],
                [150, 320], m, mb))
    s.append(Spacer(1, 10))
    s.append(P("INDICATIONS:", mb))
    s.append(P("The patient is a 50-year-old right-hand-dominant software engineer from the Netherlands, currently on a "
               "work assignment in the Chicago area, with several years of basal thumb pain refractory to splinting and "
               "two corticosteroid injections. Preoperative radiographs demonstrated joint space loss, osteophytes larger "
               "than 2 mm and scaphotrapezial sparing. Risks including infection, nerve injury, persistent pain and "
               "weakness were discussed, and he elected to proceed. He was aware he will return to Europe in the spring "
               "and wishes to continue therapy there.", m))
    s.append(Spacer(1, 8))
    s.append(P("DESCRIPTION OF PROCEDURE:", mb))
    for t in ["The patient was identified in the preoperative area and the right upper extremity was marked. After block "
              "placement he was brought to the operating room, general anesthesia was induced, and 2 g cefazolin was given. "
              "The arm was prepped and draped in the usual sterile fashion and exsanguinated.",
              "A Wagner-type incision was made over the base of the thumb metacarpal. The superficial radial nerve branches "
              "were identified and protected throughout. The capsule was opened longitudinally and the trapezium was "
              "removed piecemeal. Severe eburnation was noted at the base of the first metacarpal.",
              "Through two transverse forearm incisions the radial half of the FCR tendon was harvested and passed through a "
              "drill hole at the base of the thumb metacarpal, sutured back onto itself, and the remainder was folded as an "
              "anchovy into the trapezial space. The MP joint, hyperextending 30 degrees, was stabilized by volar "
              "capsulodesis with a 3.0 mini suture anchor. Fluoroscopy confirmed anchor position.",
              "Wounds were irrigated and closed with 4-0 nylon. A well-padded thumb spica splint was applied. "
              "Sponge and needle counts were correct x2."]:
        s += [P(t, m), Spacer(1, 6)]
    s.append(P("PLAN:", mb))
    s.append(P("Discharge home today. Splint to remain until first postoperative visit in 10-14 days, then custom "
               "thermoplastic splint and hand therapy. No lifting more than 1 lb.", m))
    s.append(Spacer(1, 16))
    s.append(P("Dictated by: Daniel R. Whitfield, MD   D: 01/14/2026 16:52   T: 01/15/2026 08:10 (jlm)<br/>"
               "Electronically signed by Daniel R. Whitfield, MD on 01/16/2026 at 07:31 AM", m))
    build_tot(out(st, "pdf"), s, first=page, pagesize=letter, margins=(19, 19, 34, 22))
    label(st, ["operation-report"], "specialist", "en", "US operative report, Courier transcription on Letter paper",
          "yes", "yes", "yes",
          "US mm/dd/yyyy dates (01/14/2026, DOB 07/22/1975); surgery, dictation, transcription and e-signature dates; "
          "Dutch expat operated in the USA (document from the treating foreign center); labels in uppercase column",
          date="2026-01-14", also=["2026-01-16"])


# ---------------------------------------------------------------- tj-035 Spanish hospital MRSA screen in English
def tj035():
    st = "tj-035"
    def page(c, d):
        W, H = A4
        c.setFillColor(colors.Color(0.0, 0.5, 0.45)); c.circle(24 * mm, H - 20 * mm, 6 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 10); c.drawString(33 * mm, H - 17 * mm, "Hospital Costa Blanca Norte")
        c.setFont("Helvetica", 7.5)
        c.drawString(33 * mm, H - 21 * mm, "Servicio de Microbiología / Microbiology Laboratory")
        c.drawString(33 * mm, H - 24.5 * mm, "Partida Tossalet 12, 03730 Xàbia (Alicante), España  -  +34 965 00 41 00")
        c.setFont("Helvetica", 7)
        c.drawString(18 * mm, 10 * mm, "Informe emitido electrónicamente / Electronically issued report. Página / Page %d" % d.page)
    s = [Spacer(1, 6 * mm)]
    s.append(P("<b>INFORME DE MICROBIOLOGÍA / MICROBIOLOGY REPORT</b>", S["h"]))
    s.append(kv([["Paciente / Patient", "VISSER DE BOER, ANNEKE", "NHC / Record no.", "2026-004871"],
                 ["F. nacimiento / DOB", "30/06/1949", "Servicio / Ward", "Traumatología - Planta 3"],
                 ["Solicitante / Requested by", "Dra. M. Ferrer Llopis (COT)", "Motivo / Reason", "Cribado al ingreso / admission screening"],
                 ["Recogida / Collected", "11/02/2026 08:15", "Informe / Reported", "13/02/2026 12:40"]],
                [32 * mm, 50 * mm, 30 * mm, 62 * mm], S["s"], ParagraphStyle("b", parent=S["s"], fontName="Helvetica-Bold"),
                grid=True, pad=3))
    s.append(Spacer(1, 6 * mm))
    rows = [["Muestra / Specimen", "Prueba / Test", "Resultado / Result"],
            ["Exudado nasal / Nasal swab", "Cultivo SARM en medio cromogénico / MRSA chromogenic culture",
             "No se aísla SARM / MRSA not isolated"],
            ["Exudado faríngeo / Throat swab", "Cultivo SARM / MRSA culture", "No se aísla SARM / MRSA not isolated"],
            ["Exudado inguinal / Groin swab", "Cultivo SARM / MRSA culture", "No se aísla SARM / MRSA not isolated"],
            ["Exudado nasal / Nasal swab", "PCR mecA-SCCmec (GeneXpert)", "Negativo / Negative"]]
    s.append(grid(rows, [45 * mm, 70 * mm, 59 * mm], S["s"]))
    s.append(Spacer(1, 6 * mm))
    s.append(P("<b>Comentario / Comment:</b> Screening performed on admission for closed reduction and surgical fixation of a "
               "left distal radius fracture. Contact precautions not required."))
    s.append(Spacer(1, 6 * mm))
    s.append(P("Validado por / Validated by: Dr. J. A. Beltrán Roig, Facultativo Especialista de Microbiología", S["s"]))
    build(out(st, "pdf"), s, first=page, margins=(18, 18, 30, 18))
    label(st, ["mrsa-screening"], "lab", "en", "bilingual Spanish/English hospital microbiology report",
          "unmentioned", "unmentioned", "yes",
          "Bilingual labels (SARM = MRSA) with slash-separated values in wrapped grid cells; admission screening in a Spanish "
          "hospital = treated abroad; fixation only as the reason for admission (planned, not reported done); dd/mm dates",
          date="2026-02-13", also=["2026-02-11"])


# ---------------------------------------------------------------- tj-038 Turkish discharge summary in English
def tj038():
    st = "tj-038"
    SDx = styles("DV", "DV-B", 8.8)
    def page(c, d):
        W, H = A4
        c.setFillColor(colors.Color(0.75, 0.1, 0.15)); c.rect(18 * mm, H - 26 * mm, 14 * mm, 14 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont("DV-B", 9); c.drawCentredString(25 * mm, H - 20.5 * mm, "AŞ")
        c.setFillColor(colors.black); c.setFont("DV-B", 11); c.drawString(36 * mm, H - 17 * mm, "Özel Lara Kıyı Hastanesi")
        c.setFont("DV", 7.5)
        c.drawString(36 * mm, H - 21 * mm, "Fener Mah. Tekelioğlu Cad. No: 41, 07160 Muratpaşa / ANTALYA - TÜRKİYE")
        c.drawString(36 * mm, H - 24.5 * mm, "International Patient Center: +90 242 000 55 55  -  ipc@larakiyi.example.com.tr")
        c.setFont("DV", 7); c.drawString(18 * mm, 10 * mm, "This document has been translated by the International Patient Center.")
        c.drawRightString(W - 18 * mm, 10 * mm, "%d" % d.page)
    s = [Spacer(1, 4 * mm), P("EPİKRİZ / DISCHARGE SUMMARY", SDx["t"])]
    s.append(kv([["Patient Name", "Cornelis (Kees) BRANDSMA", "Protocol No", "2025/118734"],
                 ["Date of Birth", "05.03.1958", "Passport No", "NW7K2R481"],
                 ["Admission Date", "18.08.2025", "Discharge Date", "21.08.2025"],
                 ["Clinic", "Ortopedi ve Travmatoloji (Orthopaedics and Traumatology)", "Doctor", "Op. Dr. Mehmet Yıldız"]],
                [30 * mm, 55 * mm, 28 * mm, 61 * mm], SDx["s"], ParagraphStyle("b", parent=SDx["s"], fontName="DV-B"),
                grid=True, shade=GREY, pad=3))
    s.append(Spacer(1, 5 * mm))
    H2 = SDx["h"]
    s += [P("Complaint on admission", H2),
          P("Patient is 67 years old male tourist from the Netherlands. He is fallen from the stairs of the hotel on "
            "18.08.2025 and applied to our emergency service with pain and deformity on the left wrist.", SDx["n"]),
          P("Examinations", H2),
          P("Direct X-ray left wrist AP/lateral: intraarticular distal radius fracture with dorsal displacement. CT left "
            "wrist 18.08.2025: AO 23-C2 fracture, 3 mm articular step. Hemogram and biochemistry within normal limits. "
            "ECG: sinus rhythm.", SDx["n"]),
          P("Diagnosis", H2), P("S52.5 Left distal radius fracture (AO 23-C2)", SDx["n"]),
          P("Operation", H2),
          kv([["Date", "19.08.2025"], ["Surgeon", "Op. Dr. Mehmet Yıldız"], ["Assistant", "Dr. Elif Aydın"],
              ["Anaesthesia", "General anaesthesia (Dr. Serkan Öztürk)"],
              ["Procedure", "Open reduction and internal fixation with volar locking plate (2.4 mm, 7 hole) and 6 locking screws"]],
             [30 * mm, 144 * mm], SDx["n"], SDx["b"], pad=2),
          Spacer(1, 3 * mm),
          P("Under general anaesthesia and tourniquet, modified Henry approach was done. Pronator quadratus is elevated. "
            "Fracture is reduced under fluoroscopy and fixed with volar locking plate. Joint surface congruent on "
            "control. Pronator quadratus repaired, skin closed with 3/0 prolene. Below elbow splint applied. No "
            "complication occurred during the operation.", SDx["n"]),
          P("Clinical course", H2),
          P("Postoperative period uneventful. IV cefazolin 1 g 3x1 for 24 hours. Postoperative X-ray satisfactory. Patient "
            "discharged on 21.08.2025 with recommendations.", SDx["n"]),
          P("Recommendations", H2),
          P("Keep the splint 2 weeks. Sutures to be removed on day 14. Elevation of arm. Tablet Dexketoprofen 25 mg 2x1, "
            "Tablet Enoxaparin not required. Follow up and physiotherapy in his home country (Netherlands) with X-ray "
            "control at 6 weeks. Fit to fly.", SDx["n"]),
          Spacer(1, 8 * mm),
          P("Op. Dr. Mehmet Yıldız<br/>Orthopaedics and Traumatology Specialist", SDx["n"])]
    build(out(st, "pdf"), s, first=page, margins=(18, 18, 30, 18))
    label(st, ["correspondence", "operation-report"], "specialist", "en", "Turkish private hospital discharge summary (translated English)",
          "yes", "yes", "yes",
          "Non-native English, Turkish characters (EPİKRİZ, Yıldız), dotted dd.mm.yyyy dates; discharge summary holding a "
          "full operation block (date, surgeon, procedure, description) so also operation report; no explicit letter date "
          "apart from discharge date; city only in address",
          date="2025-08-21")


# ---------------------------------------------------------------- tj-040 US hand therapy discharge
def tj040():
    st = "tj-040"
    def page(c, d):
        W, H = letter
        c.setFont("Helvetica-Bold", 11); c.drawString(0.7 * 72, H - 0.6 * 72, "Charles River Medical Center")
        c.setFont("Helvetica", 8)
        c.drawString(0.7 * 72, H - 0.78 * 72, "Department of Rehabilitation Services - Occupational & Hand Therapy")
        c.drawString(0.7 * 72, H - 0.93 * 72, "210 Cambridge Landing Rd, Boston, MA 02141 - Ph (617) 555-0132 - Fax (617) 555-0199")
        c.drawRightString(W - 0.7 * 72, H - 0.6 * 72, "Printed 12/22/2025 2:14 PM")
        c.setFont("Helvetica", 7)
        c.drawString(0.7 * 72, 0.45 * 72, "HOLLANDER, MAAIKE J  |  MRN 6620041  |  DOB 3/9/1991")
        c.drawRightString(W - 0.7 * 72, 0.45 * 72, "Page %d of %d" % (d.page, TOT["n"]))
    s = [P("<b>Hand Therapy Discharge Summary</b>", S["t"])]
    s.append(kv([["Patient:", "Maaike J. Hollander", "Date of service:", "12/19/2025"],
                 ["Referring MD:", "Priya Natarajan, MD (Hand &amp; Upper Extremity Surgery)", "Visits:", "21 of 24 authorized"],
                 ["Diagnosis:", "S66.022A Laceration of flexor tendon, L middle finger, zone II; s/p FDP/FDS repair 10/08/2025",
                  "Therapist:", "Jordan Mills, OTR/L, CHT"]],
                [25 * mm, 72 * mm, 27 * mm, 50 * mm], S["s"], ParagraphStyle("b", parent=S["s"], fontName="Helvetica-Bold"),
                grid=True, pad=3))
    s.append(Spacer(1, 5 * mm))
    s += [P("Subjective", S["h"]),
          P("Pt reports 1/10 pain, mild stiffness in the mornings. Returned to work as a graduate research assistant "
            "(typing, pipetting) with no limitations. Pt is moving back to the Netherlands in January and requests "
            "her records for follow-up there."),
          P("Objective - range of motion (degrees), left long finger", S["h"])]
    rows = [["Joint", "Initial eval 10/20/2025 (active)", "Re-eval 11/24/2025", "Discharge 12/19/2025", "Contralateral"],
            ["MCP", "0-55", "0-80", "0-88", "0-90"],
            ["PIP", "-25 to 60 (flexion contracture, protected motion only)", "-15 to 85", "-8 to 98", "0-105"],
            ["DIP", "-10 to 20", "-5 to 50", "0-62", "0-75"],
            ["TAM", "100", "195", "240 (Strickland: good, 80%)", "270"],
            ["Grip (Jamar II, lb)", "not tested (tendon protocol)", "28", "46", "61"]]
    s.append(grid(rows, [30 * mm, 45 * mm, 32 * mm, 38 * mm, 29 * mm], S["s"]))
    s += [P("Assessment", S["h"]),
          P("Good functional outcome after zone II flexor tendon repair performed at this medical center on 10/08/2025. "
            "Remaining PIP flexion contracture of 8 degrees. All goals met except full grip strength."),
          P("Plan", S["h"]),
          P("Discharge from skilled therapy. Independent with home exercise program (blocking, tendon gliding, "
            "putty). Night extension splint 4 more weeks. Recommend follow-up with a certified hand therapist in the "
            "Netherlands; copy of this summary provided to patient."),
          Spacer(1, 8 * mm),
          P("Electronically signed: Jordan Mills, OTR/L, CHT - 12/19/2025 5:02 PM", S["s"])]
    build_tot(out(st, "pdf"), s, first=page, pagesize=letter, margins=(18, 18, 26, 20))
    label(st, [], "other", "en", "US hospital hand therapy (OT/CHT) discharge summary with ROM table",
          "unmentioned", "yes", "yes",
          "Therapist note, not a specialist letter; US dates incl. single-digit DOB 3/9/1991; ROM table with wrapped cells "
          "and dates in column headers; tendon repair 'at this medical center' in Boston = operated and treated abroad; "
          "printed date differs",
          date="2025-12-19")


# ---------------------------------------------------------------- tj-043 English intake questionnaire, undated
def tj043():
    st = "tj-043"
    c = cv.Canvas(out(st, "pdf"), pagesize=A4)
    W, H = A4
    c.setFont("Helvetica-Bold", 14); c.drawString(20 * mm, H - 20 * mm, "Patient questionnaire - hand and wrist")
    c.setFont("Helvetica", 8.5); c.drawString(20 * mm, H - 25 * mm, "Handkliniek Amstelveld | English version | please bring to your first appointment")
    c.line(20 * mm, H - 27 * mm, W - 20 * mm, H - 27 * mm)
    y = H - 37 * mm
    def field(lab, val, x=20 * mm, w=60 * mm):
        c.setFont("Helvetica-Bold", 9); c.drawString(x, y, lab)
        c.setFont("Helvetica", 9.5); c.drawString(x + 32 * mm, y, val)
        c.line(x + 31 * mm, y - 1.5 * mm, x + 31 * mm + w, y - 1.5 * mm)
    field("Name", "Ravi Sharma-de Vries"); field("Date of birth", "17/10/1983", x=110 * mm, w=45 * mm); y -= 8 * mm
    field("Date", ""); field("GP", "Dr E. Mulder, Den Haag", x=110 * mm, w=45 * mm); y -= 12 * mm
    def box(x, yy, t):
        c.rect(x, yy - 1, 3.2 * mm, 3.2 * mm)
        if t:
            c.setFont("Helvetica-Bold", 9); c.drawString(x + 0.6 * mm, yy + 0.2 * mm, "X")
    items = [
        ("Which side is affected?", [("Left", True), ("Right", False), ("Both", False)], None),
        ("Have you had X-rays, ultrasound, CT or MRI of this hand or wrist?", [("Yes", False), ("No", True), ("Don't know", False)], None),
        ("Have you ever had surgery on this hand or wrist?", [("Yes", True), ("No", False)],
         "If yes, what, where and when:  ganglion removed from the wrist, Dubai (Creekside Surgical Hospital), 2019"),
        ("Have you been admitted to or treated in a hospital outside the Netherlands?", [("Yes", True), ("No", False)],
         "If yes, country / hospital:  UAE, see above. Also seen in a clinic in Kerala (India) last year for my back"),
        ("Do you smoke?", [("Yes", False), ("No", True)], None),
        ("Would you like us to request your records from previous hospitals?", [("Yes", True), ("No", False)],
         "Please sign the separate consent form."),
    ]
    for qt, opts, extra in items:
        c.setFont("Helvetica-Bold", 9.5); c.drawString(20 * mm, y, qt); y -= 6 * mm
        x = 26 * mm
        c.setFont("Helvetica", 9.5)
        for o, t in opts:
            box(x, y, t); c.setFont("Helvetica", 9.5); c.drawString(x + 5 * mm, y, o); x += 32 * mm
        y -= 6 * mm
        if extra:
            c.setFont("Helvetica-Oblique", 9); c.drawString(26 * mm, y, extra); y -= 6 * mm
        y -= 3 * mm
    c.setFont("Helvetica-Bold", 9.5); c.drawString(20 * mm, y, "Your question for the hand surgeon:"); y -= 6 * mm
    c.setFont("Helvetica-Oblique", 9.5)
    for ln in ["The lump came back in the same place about a year after the operation. My GP in The Hague",
               "says it is probably a ganglion again. Should it be removed again or left alone?"]:
        c.drawString(22 * mm, y, ln); y -= 5 * mm
    y -= 12 * mm
    c.setFont("Helvetica", 9.5); c.drawString(20 * mm, y, "Signature: ______________________        Date: ____ / ____ / ______")
    c.setFont("Helvetica", 7); c.drawString(20 * mm, 12 * mm, "HKA-INT-01-EN v2")
    c.showPage(); c.save()
    label(st, [], "patient", "en", "English intake questionnaire, drawn tick boxes, blank date fields",
          "no", "yes", "yes",
          "No date at all (Date field and signature date left blank); only birth date dd/mm; facts in tick boxes with "
          "free-text explanation; wrist operation in Dubai (hospital named) = operated and treated abroad; back care in "
          "Kerala is another body part but still abroad",
          )


# ---------------------------------------------------------------- tj-046 German Arztbrief
def tj046():
    st = "tj-046"
    def page(c, d):
        W, H = A4
        logo_bars(c, 20 * mm, H - 26 * mm, colors.Color(0.0, 0.3, 0.5), n=3, w=5, h=16)
        c.setFont("Helvetica-Bold", 10.5); c.drawString(42 * mm, H - 16 * mm, "Klinikum Emscher-Lippe")
        c.setFont("Helvetica", 8)
        c.drawString(42 * mm, H - 20 * mm, "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie")
        c.drawString(42 * mm, H - 23.5 * mm, "Chefarzt Prof. Dr. med. U. Reinhardt")
        c.setFont("Helvetica", 6.5)
        ftr = ["Klinikum Emscher-Lippe gGmbH  |  Kurt-Schumacher-Allee 61  |  45879 Gelsenkirchen  |  Tel. +49 209 177 0",
               "Geschäftsführung: Dipl.-Kfm. H. Brückner  |  Amtsgericht Gelsenkirchen HRB 0000  |  IBAN DE00 4405 0199 0000 0000 00"]
        c.drawString(20 * mm, 13 * mm, ftr[0]); c.drawString(20 * mm, 10 * mm, ftr[1])
        c.drawRightString(W - 20 * mm, 16.5 * mm, "Seite %d" % d.page)
        if d.page > 1:
            c.setFont("Helvetica", 7.5); c.drawRightString(W - 20 * mm, H - 30 * mm, "Lammers, Jeroen, *11.05.1992 - Arztbrief vom 02.02.2026")
    s = [Spacer(1, 8 * mm)]
    t = Table([[P("<font size=6.5>Klinikum Emscher-Lippe · Kurt-Schumacher-Allee 61 · 45879 Gelsenkirchen</font><br/><br/>"
                  "Frau<br/>drs. I. Coenen<br/>Huisartsenpraktijk Blerick-Noord<br/>Maasboulevard 5<br/>5912 BE Venlo<br/>NIEDERLANDE"),
                kv([["Ihr Zeichen", "-"], ["Unser Zeichen", "Rh/Kl/ha"], ["Durchwahl", "+49 209 177 3410"],
                    ["Datum", "02.02.2026"]], [26 * mm, 40 * mm], S["s"],
                   ParagraphStyle("b", parent=S["s"], fontName="Helvetica-Bold"))]], colWidths=[100 * mm, 70 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 10 * mm)]
    s.append(P("<b>Arztbrief  -  Lammers, Jeroen, geb. 11.05.1992, wohnhaft Venlo (NL)</b><br/>"
               "Stationärer Aufenthalt vom 27.01.2026 bis 30.01.2026"))
    s.append(Spacer(1, 4 * mm))
    s.append(P("Sehr geehrte Frau Kollegin Coenen,"))
    s.append(P("wir berichten über Ihren Patienten, der sich in unserer stationären Behandlung befand."))
    s.append(Spacer(1, 3 * mm))
    h = S["h"]
    s += [P("Diagnosen", h),
          P("1. Skaphoidpseudarthrose rechts (Herbert D2), Unfall beim Fußball 03/2025, primär nicht diagnostiziert<br/>"
            "2. Nikotinabusus (ca. 10 Zig./Tag)"),
          P("Therapie", h),
          P("28.01.2026: Resektion der Pseudarthrose, Interposition eines kortikospongiösen Beckenkammspans rechts und "
            "Osteosynthese mit Herbert-Schraube (Operateur: OA Dr. med. S. Klein)."),
          P("Anamnese", h),
          P("Der 33-jährige Patient, Elektroinstallateur, wohnhaft in Venlo, arbeitet bei einer Firma in Straelen. Seit "
            "einem Sturz auf die rechte Hand beim Fußball im März 2025 belastungsabhängige Schmerzen radialseitig. "
            "Erstmals im November 2025 Vorstellung bei einem Durchgangsarzt in Kevelaer; dort Röntgen und CT mit "
            "Nachweis einer Pseudarthrose."),
          P("Befunde", h),
          P("CT Handgelenk rechts vom 12.01.2026 (Radiologie Kevelaer-Nord): Pseudarthrose im mittleren Skaphoiddrittel mit "
            "Resorptionszone, beginnende Humpback-Deformität, keine avaskuläre Nekrose, kein SNAC-Wrist. "
            "Postoperatives Röntgen (28.01.2026): regelrechte Lage von Span und Schraube."),
          P("Verlauf", h),
          P("Komplikationsloser postoperativer Verlauf. Wunden reizlos, DMS intakt. Entlassung am 30.01.2026 in "
            "gutem Allgemeinzustand im Unterarmgips mit Daumeneinschluss."),
          P("Procedere", h),
          P("Gipsruhigstellung für insgesamt 8 Wochen, Gipswechsel nach 2 Wochen. CT-Kontrolle zur Beurteilung der "
            "Durchbauung nach 8 Wochen. Fadenzug am 10.-12. postoperativen Tag. Nikotinkarenz dringend empfohlen. "
            "Der Patient wünscht die weitere Nachbehandlung in den Niederlanden; eine Wiedervorstellung in unserer "
            "Sprechstunde ist jederzeit möglich."),
          P("Den Operationsbericht und den CT-Befund fügen wir in der Anlage bei."),
          Spacer(1, 5 * mm), P("Mit freundlichen kollegialen Grüßen"), Spacer(1, 10 * mm),
          Table([[P("Prof. Dr. med. U. Reinhardt<br/>Chefarzt"), P("Dr. med. S. Klein<br/>Oberarzt"),
                  P("T. Yıldırım<br/>Assistenzarzt", SD["n"])]], colWidths=[57 * mm] * 3)]
    build(out(st, "pdf"), s, first=page, margins=(20, 20, 32, 24))
    label(st, ["correspondence"], "specialist", "de", "German Arztbrief with DIN letterhead, Diagnosen/Therapie/Procedere",
          "yes", "yes", "yes",
          "German dotted dates (letter, stay, op, CT, birth); footer with company data on each page; operation only in "
          "one Therapie line (no full op description), op report merely 'in der Anlage'; patient lives in Venlo but was "
          "treated in Germany = treated abroad",
          date="2026-02-02")


# ---------------------------------------------------------------- tj-050 German MRSA lab, positive
def tj050():
    st = "tj-050"
    def page(c, d):
        W, H = A4
        c.setFont("Helvetica-Bold", 12); c.drawString(18 * mm, H - 16 * mm, "MVZ Labor Dr. Brandt-Oelmann & Kollegen")
        c.setFont("Helvetica", 8); c.drawString(18 * mm, H - 20 * mm, "Laboratoriumsmedizin · Mikrobiologie · Hygiene")
        c.drawString(18 * mm, H - 23.5 * mm, "Westwall 88 · 47798 Krefeld · Tel. +49 2151 000 40 · www.labor-brandt.example.de")
        c.setLineWidth(0.8); c.line(18 * mm, H - 26 * mm, W - 18 * mm, H - 26 * mm)
        c.setFont("Helvetica", 7)
        c.drawString(18 * mm, 10 * mm, "Endbefund · Akkreditiert nach DIN EN ISO 15189 · Seite %d/1" % d.page)
    s = [Spacer(1, 3 * mm), P("<b>MIKROBIOLOGISCHER BEFUND</b>", S["h"])]
    s.append(kv([["Einsender", "Klinikum Niederrhein-Süd Krefeld, Station 4B Unfallchirurgie", "Auftragsnr.", "260115-4471"],
                 ["Patient", "Hendriks, Willem", "Geb.-Datum", "24.12.1950"],
                 ["Entnahme", "15.01.2026", "Eingang", "15.01.2026 16:20"],
                 ["Befunddatum", "17.01.2026", "Befundstatus", "Endbefund"]],
                [22 * mm, 68 * mm, 26 * mm, 58 * mm], S["s"], ParagraphStyle("b", parent=S["s"], fontName="Helvetica-Bold"),
                grid=True, pad=3))
    s.append(Spacer(1, 4 * mm))
    s.append(P("<b>Untersuchung:</b> MRSA-Aufnahmescreening (Risikopatient: stationäre Aufnahme, chronische Wunde)"))
    s.append(Spacer(1, 4 * mm))
    rows = [["Material", "Verfahren", "Ergebnis"],
            ["Nasenvorhof bds.", "MRSA-PCR (Xpert MRSA NxG)", "<b>positiv</b>"],
            ["Nasenvorhof bds.", "Kultur, chromogener MRSA-Agar", "<b>Staphylococcus aureus, Methicillin-resistent (MRSA) nachgewiesen</b>, mäßig"],
            ["Rachen", "Kultur, chromogener MRSA-Agar", "kein MRSA nachgewiesen"],
            ["Leiste", "Kultur, chromogener MRSA-Agar", "kein MRSA nachgewiesen"],
            ["Wunde Handrücken re.", "Kultur", "Staph. epidermidis (Hautflora), kein MRSA"]]
    s.append(grid(rows, [40 * mm, 55 * mm, 79 * mm], S["s"]))
    s.append(Spacer(1, 4 * mm))
    s.append(P("<b>Antibiogramm (MRSA, Nasenvorhof)</b>"))
    ab = [["Antibiotikum", "MHK (mg/l)", "Bewertung"], ["Oxacillin", "> 2", "R"], ["Clindamycin", "0,25", "S"],
          ["Cotrimoxazol", "≤ 10", "S"], ["Vancomycin", "1", "S"], ["Linezolid", "2", "S"], ["Mupirocin", "≤ 1", "S"]]
    s.append(grid(ab, [50 * mm, 30 * mm, 30 * mm], SD["s"], hst=ParagraphStyle("h", parent=SD["s"], fontName="DV-B")))
    s.append(Spacer(1, 4 * mm))
    s.append(P("<b>Beurteilung:</b> MRSA-Trägerstatus (nasal). Isolierung gemäß Hygieneplan, Dekolonisierung mit Mupirocin-"
               "Nasensalbe und antiseptischer Ganzkörperwaschung über 5 Tage empfohlen. Kontrollabstriche frühestens 3 Tage "
               "nach Abschluss der Sanierung. Meldung an das Hygienefachpersonal erfolgt."))
    s.append(Spacer(1, 6 * mm))
    s.append(P("Dr. med. K. Brandt, Fachärztin für Mikrobiologie, Virologie und Infektionsepidemiologie", S["s"]))
    build(out(st, "pdf"), s, first=page, margins=(18, 18, 30, 18))
    label(st, ["mrsa-screening"], "lab", "de", "German MVZ microbiology Befund with result and antibiogram tables",
          "unmentioned", "unmentioned", "yes",
          "POSITIVE MRSA result (carrier); German labels (Entnahme, Eingang, Befunddatum); screening on admission to a German "
          "hospital ward = treated abroad; wound on hand mentioned without stating surgery; ≤ symbols",
          date="2026-01-17", also=["2026-01-15"])


# ---------------------------------------------------------------- tj-053 German hand therapy report
def tj053():
    st = "tj-053"
    def page(c, d):
        W, H = A4
        c.setFont("Helvetica-Bold", 11); c.setFillColor(colors.Color(0.2, 0.5, 0.2))
        c.drawRightString(W - 20 * mm, H - 16 * mm, "Ergotherapie & Handtherapie Kerstin Vogel")
        c.setFillColor(colors.black); c.setFont("Helvetica", 8)
        c.drawRightString(W - 20 * mm, H - 20 * mm, "Pontstraße 140 · 52062 Aachen · Tel. 0241 000 77 12")
        c.drawRightString(W - 20 * mm, H - 23.5 * mm, "Zertifizierte Handtherapeutin (AFH) · alle Kassen")
        c.setFont("Helvetica", 7); c.drawString(20 * mm, 10 * mm, "Steuernr. 201/000/00000 · Bankverbindung Sparkasse Aachen")
    s = [Spacer(1, 8 * mm)]
    s.append(P("Klinikum Aachen-Land<br/>Klinik für Plastische und Handchirurgie<br/>z. Hd. Frau Dr. med. A. Wirtz<br/>"
               "Krefelder Str. 300<br/>52070 Aachen"))
    s.append(Spacer(1, 8 * mm))
    s.append(P("Aachen, den 08.12.2025", S["r"]))
    s.append(Spacer(1, 4 * mm))
    s.append(P("<b>Therapiebericht</b> (Verordnung vom 14.10.2025, 10 x Ergotherapie motorisch-funktionell, Doppelbehandlung)"))
    s.append(Spacer(1, 3 * mm))
    s.append(kv([["Patientin", "Maaike Hendriks, geb. 30.01.1987"], ["Kostenträger", "privat / Auslandskrankenschein (NL)"],
                 ["Diagnose", "Z.n. Beugesehnennaht FDP + FDS D3 links, Zone II, am 03.10.2025 in Ihrer Klinik "
                  "(Schnittverletzung mit Glas)"],
                 ["Behandlungszeitraum", "16.10.2025 - 05.12.2025, 10 Einheiten"]],
                [38 * mm, 132 * mm], S["n"], S["b"], grid=True, pad=3))
    s.append(Spacer(1, 4 * mm))
    s.append(P("Sehr geehrte Frau Dr. Wirtz,"))
    s += paras("""wir berichten über die Behandlung o.g. Patientin, die wohnhaft in Vaals (NL) ist und in Aachen studiert.

Die Nachbehandlung erfolgte nach modifiziertem Kleinert/Early-active-motion-Schema mit dorsaler Schiene. Ab der 6. postoperativen Woche Schienenabbau und Beginn aktiver Flexion gegen leichten Widerstand.""")
    rows = [["Bewegungsumfang D3 li. (aktiv, Grad)", "16.10.2025", "13.11.2025", "05.12.2025"],
            ["MCP Ext/Flex", "0/0/45", "0/0/75", "0/0/85"],
            ["PIP Ext/Flex", "0/20/55 (Streckdefizit, Schiene)", "0/10/80", "0/5/95"],
            ["DIP Ext/Flex", "0/10/15", "0/5/40", "0/0/60"],
            ["Fingerkuppen-Hohlhand-Abstand", "5,5 cm", "2,0 cm", "0,5 cm"]]
    s.append(grid(rows, [62 * mm, 40 * mm, 34 * mm, 34 * mm], S["s"]))
    s.append(Spacer(1, 4 * mm))
    s += paras("""Die Patientin ist motiviert und führt ihr Heimprogramm zuverlässig durch. Es bestehen noch ein leichtes Streckdefizit im PIP-Gelenk und eine verminderte Grobkraft (Jamar links 18 kg, rechts 31 kg).

Wir empfehlen eine Folgeverordnung über weitere 10 Einheiten. Da die Patientin ab Januar wieder in den Niederlanden arbeitet, wäre alternativ eine Fortsetzung bei einer Handtherapeutin dort sinnvoll.

Mit freundlichen Grüßen""")
    s += [Spacer(1, 8 * mm), P("Kerstin Vogel<br/>Ergotherapeutin B.Sc., CHT")]
    build(out(st, "pdf"), s, first=page, margins=(20, 20, 28, 18))
    label(st, [], "other", "de", "German Ergotherapie/hand-therapy Therapiebericht to the operating clinic",
          "unmentioned", "yes", "yes",
          "Therapist letter addressed TO the operating hospital clinic (addressee is the specialist, sender is a therapist); "
          "operation stated only as 'Z.n. Beugesehnennaht ... in Ihrer Klinik' (Aachen = abroad); table with dates as column "
          "headers; patient lives in Vaals (NL) but was operated in Germany",
          date="2025-12-08")


if __name__ == "__main__":
    for f in [tj030, tj033, tj035, tj038, tj040, tj043, tj046, tj050, tj053]:
        f()
    print("en/de pdfs done")
