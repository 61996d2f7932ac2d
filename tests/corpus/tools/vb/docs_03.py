# -*- coding: utf-8 -*-
"""vb-033 .. vb-048"""
import io

from reportlab.lib import colors
from reportlab.lib.units import mm

import docxkit as dx
from common import L, doc, out, part, write_txt
from pdfkit import (A4, P, Spacer, build_pdf, grid_table, inline_sections, kv_table, logo_box, logo_circles, merge_pdfs,
                    pagenum, paras, sections, styles, text_lines, PageBreak)

W, H = A4


# ------------------------------------------------------------------------------------------- vb-033
@doc("vb-033")
def d033(stem):
    st = styles("Helvetica", 8.8)
    dark = colors.HexColor("#333333")

    def pg(c, d):
        text_lines(c, 20 * mm, H - 15 * mm, [("NNML", "Helvetica-Bold")], size=20, color=colors.HexColor("#8b0000"))
        text_lines(c, 48 * mm, H - 11.5 * mm, ["Noord-Nederlands Microbiologisch Laboratorium",
                                              "Van Ketwich Verschuurlaan 92, 9721 SW Groningen",
                                              "Klantenservice 050 - 520 11 90"], size=7.5, color=dark)
        text_lines(c, W - 20 * mm, H - 12 * mm, [("EINDVERSLAG", "Helvetica-Bold")], size=11, align="right")
        c.setStrokeColor(colors.HexColor("#8b0000"))
        c.line(20 * mm, H - 22 * mm, W - 20 * mm, H - 22 * mm)

    head = kv_table([
        ["Patiënt", "Kuipers, A. (dhr.)", "Aanvrager", "A.H. Dijkman, huisarts"],
        ["Geboren", "21-09-1957", "Praktijk", "Huisartsen Vinkhuizen, Groningen"],
        ["BSN", "999990603", "Order", "NN26-77120"],
        ["Afgenomen", "09-11-2026 09:40", "Ontvangen", "10-11-2026 07:15"],
        ["Voorlopig", "11-11-2026", "Eindverslag", "13-11-2026 16:22"],
    ], st, [22 * mm, 58 * mm, 24 * mm, 66 * mm], label_style="smallbold", value_style="small",
        line_below=colors.HexColor("#dddddd"))
    res = grid_table(["Materiaal", "Onderzoek", "Uitslag"], [
        ["Neus", "MRSA-kweek", "Staphylococcus aureus, meticilline-resistent (MRSA) AANGETOOND"],
        ["Keel", "MRSA-kweek", "MRSA AANGETOOND"],
        ["Perineum", "MRSA-kweek", "MRSA niet aangetoond"],
        ["Neus (isolaat)", "mecA/mecC-PCR", "mecA positief"],
    ], st, [30 * mm, 40 * mm, 100 * mm], header_bg=colors.HexColor("#f2dede"))
    ab = grid_table(["Antibioticum", "MIC (mg/L)", "Interpretatie"], [
        ["Flucloxacilline (cefoxitine-screen)", "pos", "R"], ["Clindamycine", "> 4", "R"],
        ["Erytromycine", "> 8", "R"], ["Co-trimoxazol", "<= 10", "S"], ["Doxycycline", "<= 0,5", "S"],
        ["Rifampicine", "<= 0,03", "S"], ["Fusidinezuur", "<= 0,5", "S"], ["Mupirocine", "<= 1", "S"],
        ["Vancomycine", "1", "S"]], st, [70 * mm, 30 * mm, 30 * mm], small=True)
    story = [head, Spacer(1, 8),
             kv_table([["Klinische gegevens", "MRSA-screening vóór verwijzing handchirurgie. Patiënt is 08-2026 "
                                              "opgenomen geweest in een ziekenhuis in Duitsland (Osnabrück) na val."]],
                      st, [32 * mm, 138 * mm], label_style="smallbold", value_style="small"),
             Spacer(1, 8), P("Uitslag MRSA-screening", st["h2"]), res, Spacer(1, 8),
             P("Gevoeligheidsbepaling (isolaat neus)", st["h3"]), ab, Spacer(1, 8),
             P("Commentaar", st["h3"]),
             P("MRSA-dragerschap aangetoond (neus en keel). Dit betreft een BRMO; de infectiepreventie van de verwijzende "
               "instelling dient geïnformeerd te worden. Advies: overleg over dekolonisatiebehandeling volgens de "
               "NHG-standaard/SWAB-richtlijn. Na behandeling controlekweken (3 sets met 1 week tussenpoos) afnemen, "
               "niet eerder dan 48 uur na staken van de behandeling.", st["just"]),
             Spacer(1, 4),
             P("Voorlopige uitslag (MRSA-PCR positief) op 11-11-2026 telefonisch doorgegeven aan de praktijk "
               "(assistente J. Veenstra).", st["small"]),
             Spacer(1, 10), P("Geautoriseerd: dr. R.S. Wiersma, arts-microbioloog", st["body"])]
    build_pdf(out(stem, "pdf"), story, tm=28 * mm, first=pg, later=pg,
              pages=pagenum("Order NN26-77120  -  pagina {p} van {n}", W - 20 * mm, 10 * mm, size=7),
              meta={"title": "Eindverslag NN26-77120", "creator": "MOLIS"})
    return L(["mrsa-screening"], "2026-11-13", "lab", "nl", "microbiology final report with antibiogram table",
             "unmentioned", "unmentioned", "yes",
             "POSITIVE MRSA result (carrier: cannot be operated). Four dates (afname, ontvangst, voorlopig, "
             "eindverslag). Clinical data mention admission in a German hospital.",
             also=["2026-11-09", "2026-11-10", "2026-11-11"])


# ------------------------------------------------------------------------------------------- vb-034
@doc("vb-034")
def d034(stem):
    d = dx.new("Times New Roman", 11, margins=(25, 25, 32, 22), title="Operative Report", author="CRHUEC",
               page="letter")
    sec = d.sections[0]
    hp = dx.clear(sec.header)
    dx.add_text(hp, "CHARLES RIVER HAND & UPPER EXTREMITY CENTER", bold=True, size=12)
    dx.para(sec.header, "220 Longwood Avenue, Suite 400, Boston, MA 02115  -  (617) 555-0188", size=8.5)
    dx.para(sec.header, "DE BRUIJN, MAARTEN   MRN 70012946   DOB 08/22/1979", size=8.5, align="right")
    dx.page_field_par(sec.footer, "Page {PAGE} of {NUMPAGES}", align="center", size=8.5)
    dx.para(sec.footer, "CONFIDENTIAL PATIENT INFORMATION", size=7, align="center")
    dx.para(d, "OPERATIVE REPORT", bold=True, size=14, align="center", after=10)
    fields = [("PATIENT NAME:", "De Bruijn, Maarten"), ("DATE OF BIRTH:", "08/22/1979"),
              ("DATE OF SURGERY:", "05/11/2026"), ("SURGEON:", "Jonathan P. Whitaker, MD"),
              ("ASSISTANT:", "Kelly Marsh, PA-C"), ("ANESTHESIA:", "Monitored anesthesia care with regional block "
                                                                 "(supraclavicular)"),
              ("PREOPERATIVE DIAGNOSIS:", "Right thumb carpometacarpal joint arthritis, Eaton stage III"),
              ("POSTOPERATIVE DIAGNOSIS:", "Same"),
              ("PROCEDURE PERFORMED:", "1. Right trapeziectomy.\n2. Ligament reconstruction and tendon interposition "
                                       "using one-half of the flexor carpi radialis (LRTI).\n3. Temporary K-wire "
                                       "stabilization of the thumb metacarpal."),
              ("ESTIMATED BLOOD LOSS:", "Minimal"), ("TOURNIQUET TIME:", "74 minutes at 250 mmHg"),
              ("SPECIMENS:", "Trapezium, to pathology"), ("COMPLICATIONS:", "None"), ("DRAINS:", "None")]
    for k, v in fields:
        dx.runs(d, [(k + " ", {"bold": True}), (v, {})], after=2)
    dx.para(d, "")
    dx.section_block(d, "INDICATIONS FOR PROCEDURE",
                     "The patient is a 46-year-old right-hand-dominant male, a Dutch national working in Boston, with "
                     "longstanding right basal thumb pain refractory to two corticosteroid injections, splinting and "
                     "hand therapy. Radiographs demonstrated Eaton stage III CMC arthritis with joint space loss, "
                     "osteophytes and subluxation, with a preserved STT joint. Risks, benefits and alternatives were "
                     "discussed and informed consent was obtained.", size=11)
    dx.section_block(d, "DESCRIPTION OF PROCEDURE",
                     "The patient was identified in the preoperative holding area and the right thumb was marked. He "
                     "was brought to the operating room and placed supine with the arm on a hand table. After a regional "
                     "block was administered by anesthesia, the right upper extremity was prepped and draped in the "
                     "usual sterile fashion. A time-out was performed. The arm was exsanguinated and the tourniquet "
                     "inflated.\n\n"
                     "A longitudinal incision was made over the base of the thumb metacarpal. Branches of the superficial "
                     "radial nerve were identified and protected. The interval between the APL and EPB was developed and "
                     "the capsule was incised longitudinally. The trapezium was removed piecemeal with care to protect "
                     "the FCR tendon in its groove. Osteophytes at the base of the first metacarpal were removed with a "
                     "rongeur.\n\n"
                     "Through two small transverse incisions in the forearm, the radial half of the FCR was harvested and "
                     "left attached distally at the base of the second metacarpal. A drill hole was made at the base of "
                     "the thumb metacarpal, and the FCR slip was passed through and sutured back onto itself with 3-0 "
                     "FiberWire. The remaining tendon was folded into an anchovy and placed in the trapezial space. The "
                     "thumb metacarpal was held in abduction with a 0.045-inch K-wire under fluoroscopic guidance. The "
                     "capsule was closed with 3-0 Vicryl and skin with 4-0 nylon. A thumb spica splint was applied. "
                     "The tourniquet was released and the digits were well perfused.\n\n"
                     "The patient tolerated the procedure well and was taken to recovery in stable condition.",
                     size=11)
    dx.section_block(d, "DISPOSITION / PLAN",
                     "Discharge home today. Elevation. Follow-up in 10-14 days for suture removal, then cast for 4 weeks; "
                     "K-wire removal at 4 weeks followed by hand therapy.", size=11)
    dx.para(d, "")
    dx.para(d, "Jonathan P. Whitaker, MD\nAttending Hand Surgeon", after=2)
    dx.para(d, "Electronically signed 05/12/2026 07:58 AM", italic=True, size=9)
    dx.para(d, "D: 05/11/2026 16:10   T: 05/11/2026 19:42   Job# 5521884", size=8.5)
    d.save(out(stem, "docx"))
    return L(["operation-report"], "2026-05-11", "specialist", "en", "US operative report (Word, letter size, ALL-CAPS labels)",
             "yes", "yes", "yes",
             "US hand centre (care abroad). US MM/DD dates (05/11/2026 = 11 May). Signed next day. Fluoroscopy and "
             "preoperative radiographs mentioned.", also=["2026-05-12"])


# ------------------------------------------------------------------------------------------- vb-035 (merged)
def _clinica_hdr(c, title):
    navy = colors.HexColor("#123c69")
    text_lines(c, 20 * mm, H - 16 * mm, [("CLÍNICA MEDITERRÁNEA BENALMÁDENA", "Helvetica-Bold")], size=12.5,
               color=navy)
    text_lines(c, 20 * mm, H - 21 * mm, ["Avda. Antonio Machado 55, 29630 Benalmádena (Málaga), España  ·  "
                                         "Tel. +34 952 44 71 00  ·  international@clinicamed.example.es"],
               size=7.2, color=colors.grey)
    text_lines(c, W - 20 * mm, H - 28 * mm, [(title, "Helvetica-Bold")], size=10.5, align="right")
    c.setStrokeColor(navy)
    c.line(20 * mm, H - 30 * mm, W - 20 * mm, H - 30 * mm)


def _pat_035(st):
    return kv_table([["Patient / Paciente", "MOL, HENDRIK", "NHC", "0188240"],
                     ["Date of birth", "19/07/1955", "Episode", "HOSP-26-10331"],
                     ["Address", "Bosbesstraat 12, 9404 Assen, Países Bajos", "Insurer", "Eurocross assistance"]],
                    st, [28 * mm, 70 * mm, 20 * mm, 52 * mm], grid=colors.HexColor("#c9d6e3"),
                    label_bg=colors.HexColor("#eef3f8"), label_style="smallbold", value_style="small")


def _p035_discharge(buf):
    st = styles("Helvetica", 9)
    story = [_pat_035(st), Spacer(1, 6),
             kv_table([["Admission", "03/10/2026 (via Emergency Department)", "Discharge", "06/10/2026"],
                       ["Service", "Traumatología y Cirugía Ortopédica", "Ward", "3B"]], st,
                      [22 * mm, 76 * mm, 20 * mm, 52 * mm], label_style="smallbold", value_style="small"),
             Spacer(1, 6)]
    story += sections([
        ("Reason for admission", "Fall on a wet terrace on 03/10/2026 with pain and deformity of the right wrist."),
        ("Past medical history", "Type 2 diabetes (metformin), atrial fibrillation (apixaban, stopped 48 h before "
                                 "surgery), hip replacement left (2019, Netherlands). NKDA."),
        ("Complementary tests", "X-ray right wrist (03/10/2026) and CT right wrist (03/10/2026): intra-articular distal "
                                "radius fracture with dorsal comminution and ulnar styloid base fracture (see report). "
                                "Blood tests: Hb 13.9 g/dL, INR 1.1, glucose 164 mg/dL."),
        ("Diagnosis", "Intra-articular fracture of the right distal radius (AO 23-C2) with fracture of the base of the "
                      "ulnar styloid."),
        ("Procedure", "04/10/2026: open reduction and internal fixation with volar locking plate (see operative report). "
                      "Uneventful postoperative course; control X-ray satisfactory."),
        ("Treatment at discharge", "Apixaban 5 mg twice daily (restart 06/10/2026), metformin 850 mg twice daily, "
                                   "paracetamol 1 g every 8 hours if pain, enoxaparin not required."),
        ("Recommendations", "Keep the splint for 2 weeks. Remove sutures at 12-14 days at home (Netherlands). Start "
                            "physiotherapy after splint removal. Follow-up with an orthopaedic/hand surgeon in the "
                            "Netherlands with X-ray at 6 weeks. MRSA screening was not performed during the admission; "
                            "please note the patient was hospitalised abroad."),
    ], st, gap=2)
    story += [Spacer(1, 10), P("Dr. Javier Morales Ruiz - Traumatología y Cirugía Ortopédica - Nº Col. 29/2908811",
                               st["body"]),
              P("Benalmádena, 06/10/2026", st["body"])]
    build_pdf(buf, story, tm=34 * mm, first=lambda c, d: _clinica_hdr(c, "DISCHARGE REPORT / INFORME DE ALTA"),
              pages=pagenum("Page {p}/{n}", W - 20 * mm, 10 * mm, size=7))


def _p035_op(buf):
    st = styles("Helvetica", 9)
    story = [_pat_035(st), Spacer(1, 6),
             kv_table([["Date of surgery", "04/10/2026", "Theatre", "Q2, 11:05 - 12:20"],
                       ["Surgeon", "Dr. J. Morales Ruiz", "Assistant", "Dra. L. Gil Navarro"],
                       ["Anaesthesia", "Axillary brachial plexus block + sedation", "Anaesthetist", "Dr. P. Ortega"],
                       ["Tourniquet", "Yes, 250 mmHg, 62 min", "Prophylaxis", "Cefazolin 2 g IV"]],
                      st, [26 * mm, 62 * mm, 22 * mm, 60 * mm], grid=colors.HexColor("#c9d6e3"),
                      label_style="smallbold", value_style="small"),
             Spacer(1, 6)]
    story += sections([
        ("Diagnosis", "Intra-articular fracture of the distal radius, right (AO 23-C2)."),
        ("Procedure", "Open reduction and internal fixation, volar locking plate (2.4 mm system, 7 holes)."),
        ("Description",
         "Supine position, arm table. Modified Henry approach over the FCR. Pronator quadratus elevated from the radial "
         "border. Fracture exposed, haematoma evacuated. Reduction of the articular fragments under fluoroscopy with "
         "temporary K-wires. Volar locking plate applied, distal locking screws and proximal cortical screws. "
         "Fluoroscopic control in AP, lateral and 20° tilted lateral views: restoration of radial height and volar tilt, "
         "no intra-articular screws. DRUJ stable. Pronator quadratus repaired. Skin closure with nylon 4-0. Dorsal "
         "plaster splint."),
        ("Complications", "None."),
        ("Postoperative orders", "Elevation, cold therapy, analgesia. Control X-ray tomorrow."),
    ], st, gap=2)
    story += [Spacer(1, 10), P("Firmado / signed: Dr. Javier Morales Ruiz, 04/10/2026 12:41", st["body"])]
    build_pdf(buf, story, tm=34 * mm, first=lambda c, d: _clinica_hdr(c, "OPERATIVE REPORT / HOJA OPERATORIA"))


def _p035_ct(buf):
    st = styles("Helvetica", 9)
    story = [_pat_035(st), Spacer(1, 6),
             kv_table([["Exam", "CT right wrist (without contrast) / TC muñeca derecha", "Date", "03/10/2026 16:48"],
                       ["Requested by", "Urgencias - Dr. A. Campos", "Report date", "03/10/2026"]],
                      st, [24 * mm, 82 * mm, 22 * mm, 42 * mm], label_style="smallbold", value_style="small"),
             Spacer(1, 6)]
    story += sections([
        ("Clinical information", "Fall on outstretched hand. Deformity. Distal radius fracture on X-ray; pre-surgical "
                                 "planning."),
        ("Findings",
         "Comminuted intra-articular fracture of the distal radial metaphysis with a dorsal ulnar (lunate facet) fragment "
         "and a radial styloid fragment; articular step-off of 2.5 mm and gap of 2 mm. Dorsal angulation 18°, radial "
         "shortening 4 mm. Fracture of the base of the ulnar styloid. DRUJ congruent. Carpal bones intact. No "
         "scapholunate diastasis."),
        ("Conclusion", "Intra-articular distal radius fracture (AO 23-C2) with articular incongruity; ulnar styloid base "
                       "fracture."),
    ], st, gap=2)
    story += [Spacer(1, 10), P("Dra. Carmen Villalobos Pérez, Radiodiagnóstico", st["body"])]
    build_pdf(buf, story, tm=34 * mm, first=lambda c, d: _clinica_hdr(c, "RADIOLOGY REPORT / INFORME RADIOLÓGICO"))


@doc("vb-035")
def d035(stem):
    bufs = [io.BytesIO() for _ in range(3)]
    _p035_discharge(bufs[0])
    _p035_op(bufs[1])
    _p035_ct(bufs[2])
    merge_pdfs(out(stem, "pdf"), [b.getvalue() for b in bufs], meta={"/Title": "scan_clinica_mol"})
    return L(["correspondence", "operation-report", "imaging-report"], None, "specialist", "en",
             "merged PDF from a Spanish private clinic: discharge report + operative report + CT report (bilingual titles)",
             "yes", "yes", "yes",
             "Three documents of one foreign admission. Discharge report refers to the operative report ('see operative "
             "report') but part 2 is the real op report. Hip replacement 2019 = other body part. States MRSA screening "
             "not done. Top-level date omitted.",
             parts=[part(["correspondence"], "2026-10-06", "specialist"),
                    part(["operation-report"], "2026-10-04", "specialist"),
                    part(["imaging-report"], "2026-10-03", "radiologist")])


# ------------------------------------------------------------------------------------------- vb-036
@doc("vb-036")
def d036(stem):
    text = """Kantonsspital Seeland Ost
Institut für Labormedizin - Abteilung Mikrobiologie
Vogelsang 84, 2502 Biel/Bienne   Tel. +41 32 324 40 00

BEFUNDBERICHT MIKROBIOLOGIE                       Befund vom: 30.10.2026 11:12
                                                  Status: Schlussbefund

Patientin:      Meier-de Groot, Jolanda            geb. 03.03.1969   w
Pat.-Nr.:       11084472                           Fall-Nr.: 61220931
Station:        Handchirurgie 4B (stationär)
Auftraggeber:   Dr. med. L. Favre, Klinik für Handchirurgie
Auftrags-Nr.:   M-26-301877

Entnahme:       27.10.2026 20:15
Eingang Labor:  28.10.2026 07:02

Material:       Abstrich Nase / Rachen / Leiste (gepoolt)
Untersuchung:   MRSA-Screening (Kultur, chromogener Agar + Anreicherung)
                Grund: Eintrittsscreening (Wohnsitz Niederlande)

RESULTAT
  Kein Methicillin-resistenter Staphylococcus aureus (MRSA) nachgewiesen.

Zusätzliche Screenings (gleiche Probe):
  ESBL/CPE (Rektalabstrich, Auftrag M-26-301878): kein Nachweis
  VRE: nicht angefordert

Bemerkung:
  Die Kulturen wurden nach 48 h Bebrütung abgeschlossen.

Visiert: Dr. phil. nat. M. Schärer, FAMH Medizinische Mikrobiologie
--------------------------------------------------------------------------
Kopie an: Hausärztin der Patientin, NL (auf Wunsch der Patientin)
Seite 1/1
"""
    write_txt(stem, text, encoding="utf-8", crlf=True)
    return L(["mrsa-screening"], "2026-10-30", "lab", "de", "Swiss hospital microbiology Befundbericht (text, Swiss spelling)",
             "unmentioned", "unmentioned", "yes",
             "Swiss lab result for an inpatient (Station Handchirurgie): documents care abroad. Separate ESBL result "
             "in the same report. Collection and receipt dates differ from result date.",
             also=["2026-10-27", "2026-10-28"])


# ------------------------------------------------------------------------------------------- vb-037
@doc("vb-037")
def d037(stem):
    st = styles("Helvetica", 9.5)
    g = colors.HexColor("#2d7d46")

    def first(c, d):
        c.setFillColor(g)
        c.circle(26 * mm, H - 20 * mm, 6 * mm, stroke=0, fill=1)
        text_lines(c, 26 * mm, H - 22 * mm, [("F", "Helvetica-Bold")], size=14, align="center", color=colors.white)
        text_lines(c, 35 * mm, H - 18 * mm, [("Fysiopraktijk De Binnenstad", "Helvetica-Bold")], size=13, color=g)
        text_lines(c, 35 * mm, H - 23 * mm, ["Fysiotherapie · Manuele therapie · Oedeemtherapie"], size=8,
                   color=colors.grey)
        text_lines(c, W - 20 * mm, H - 16 * mm, ["Diezerstraat 71", "8011 RE Zwolle", "038 - 421 30 55"], size=7.5,
                   align="right")

    story = [P("Dhr. R. Lammertink, huisarts\nHuisartsenpraktijk Assendorp\nAssendorperstraat 12\n8012 DG Zwolle",
               st["body"]), Spacer(1, 12),
             kv_table([["Datum", "20-10-2026"], ["Betreft", "mevr. N. Bouzid, geb. 30-08-1990"],
                       ["Onderwerp", "Eindverslag fysiotherapie (verwijzing d.d. 07-08-2026)"]],
                      st, [25 * mm, 120 * mm], label_style="bold", value_style="body"),
             Spacer(1, 10), P("Geachte collega,", st["body"]), Spacer(1, 4)]
    story += paras(
        "Uw patiënte werd naar ons verwezen met de diagnose 'tendinopathie extensoren pols rechts'. Zij werkt als "
        "kassamedewerker en heeft sinds mei pijn aan de dorsale zijde van de rechter pols. Er is geen beeldvorming "
        "verricht. Zij is niet geopereerd en heeft geen eerdere polsklachten gehad.", st["just"], 4)
    story += [P("Hulpvraag", st["h3"]), P("Zonder pijn een volledige werkdag achter de kassa kunnen werken.", st["body"]),
              P("Behandeling", st["h3"]),
              P("9 behandelingen (07-08-2026 t/m 16-10-2026): uitleg en belastingadvies, excentrische oefentherapie, "
                "ergonomisch advies (werkplek), tape. Geen dry needling.", st["body"]),
              P("Meetwaarden", st["h3"]),
              grid_table(["Meting", "Begin (07-08)", "Eind (16-10)"], [
                  ["NPRS (0-10) bij werk", "7", "4"], ["PRWE (0-100)", "58", "36"], ["Knijpkracht re/li (kg)", "18 / 27", "23 / 28"],
                  ["PSK: kassawerk (0-10)", "8", "5"]], st, [60 * mm, 35 * mm, 35 * mm], small=True),
              P("Conclusie en advies", st["h3"]),
              P("Patiënte is verbeterd maar heeft nog duidelijke belastingsafhankelijke pijn. Het beloop vlakt af. "
                "Wij hebben de behandeling afgesloten met een thuisoefenprogramma. Bij aanhoudende klachten adviseren wij "
                "een verwijzing naar een handtherapeut of een specialist voor nadere diagnostiek.", st["just"]),
              Spacer(1, 10), P("Met vriendelijke groet,", st["body"]), Spacer(1, 18),
              P("Jeroen Slot, fysiotherapeut MSc\nBIG 69912044504", st["body"])]
    build_pdf(out(stem, "pdf"), story, tm_first=32 * mm, first=first,
              pages=pagenum("{p}", W / 2, 10 * mm, size=8, align="center"),
              meta={"title": "Eindverslag fysiotherapie", "creator": "Intramed"})
    return L([], "2026-10-20", "other", "nl", "physiotherapy final report to GP (table of measures)",
             "no", "no", "unmentioned",
             "Physiotherapist's letter: no counting kind. 'geen beeldvorming verricht', 'niet geopereerd'. Suggests "
             "referral to a specialist (advice, not a referral).")


# ------------------------------------------------------------------------------------------- vb-038
@doc("vb-038")
def d038(stem):
    d = dx.new("Calibri", 10, margins=(20, 20, 28, 20), title="Samenvatting huisartsdossier", author="HIS export")
    sec = d.sections[0]
    hp = dx.clear(sec.header)
    dx.add_text(hp, "Huisartsenpraktijk Vogelenzang  ·  Bennebroekerlaan 3  ·  2114 BV Vogelenzang  ·  023 - 584 11 22",
                size=8, color="555555")
    fp = dx.clear(sec.footer)
    dx.add_text(fp, "Vertrouwelijk - medische gegevens. Uitsluitend bestemd voor de geadresseerde.", size=7,
                color="777777")
    dx.page_field_par(sec.footer, "Pagina {PAGE} van {NUMPAGES}", align="right", size=7)
    dx.para(d, "Samenvatting huisartsdossier", bold=True, size=15, after=2)
    dx.para(d, "ten behoeve van: verwijzing handchirurgie (second opinion)", italic=True, after=8)
    dx.table(d, [["Naam", "mevr. C. Hendriks-Bos", "Datum", "16-06-2026"],
                 ["Geboortedatum", "05-12-1963", "Huisarts", "A.M. Terpstra"],
                 ["Adres", "Vogelenzangseweg 40, 2114 BC Vogelenzang", "AGB", "01-044519"]],
             [30, 68, 22, 45], bold_cols=(0, 2), size=9.5, label_shade="F2F2F2")
    dx.para(d, "")
    dx.para(d, "Probleemlijst", bold=True, size=11.5, after=2)
    dx.table(d, [["ICPC", "Omschrijving", "Begin", "Status"],
                 ["L90.01", "Artrose CMC-I (rizartrose) links", "11-2025", "actief"],
                 ["L93.01", "Triggerduim links", "02-2026", "actief"],
                 ["N93", "Carpaletunnelsyndroom rechts, st.n. release", "2023", "inactief"],
                 ["K86", "Hypertensie", "2014", "actief"],
                 ["X87", "Osteopenie", "2022", "actief"]],
             [20, 92, 25, 28], bold_cols=(), header=True, size=9)
    dx.para(d, "")
    dx.para(d, "Voorgeschiedenis", bold=True, size=11.5, after=2)
    for line in ["1995  sectio caesarea", "2008  laparoscopische cholecystectomie",
                 "2024  carpaletunnelrelease rechts (Ziekenhuis Kennemerduin, dr. Bosman), 19-02-2024; goed resultaat",
                 "2025  osteopenie, start calcium/vitamine D"]:
        dx.para(d, line, after=0)
    dx.para(d, "")
    dx.para(d, "Medicatie", bold=True, size=11.5, after=2)
    dx.table(d, [["Middel", "Dosering", "Sinds"], ["Losartan 50 mg", "1dd1", "2014"],
                 ["Calciumcarbonaat/colecalciferol 1,25g/800IE", "1dd1", "2022"],
                 ["Paracetamol 500 mg", "zn max 6dd", "2025"]],
             [90, 40, 35], bold_cols=(), header=True, size=9)
    dx.para(d, "")
    dx.runs(d, [("Allergieën/intoleranties: ", {"bold": True}), ("codeïne (misselijkheid)", {})], after=8)
    dx.para(d, "Recente contacten (selectie)", bold=True, size=11.5, after=2)
    journal = [
        ("18-11-2025", "Pijn basis duim links bij knijpen. Grindtest +. Rizartrose waarschijnlijk. Duimbrace, paracetamol."),
        ("09-12-2025", "X-hand links (EDC Haarlem): artrose CMC-I links, Eaton 2-3, STT vrij."),
        ("24-02-2026", "Triggerduim links, pijnlijk klikken. Injectie A1 duim links (triamcinolon 10 mg)."),
        ("14-04-2026", "Trigger weg. Rizartrose-klachten nemen toe ondanks brace. Verwijzing plastische chirurgie "
                       "Ziekenhuis Kennemerduin."),
        ("28-05-2026", "Brief specialist: plastisch chirurg adviseert trapeziëctomie links. Pt twijfelt, vraagt om "
                       "second opinion i.v.m. eerder goede ervaring rechts maar angst voor langdurig herstel."),
        ("16-06-2026", "Samenvatting opgesteld t.b.v. verwijzing second opinion."),
    ]
    dx.table(d, [["Datum", "Journaal"]] + [[a, b] for a, b in journal], [25, 140], bold_cols=(), header=True, size=9)
    dx.para(d, "")
    dx.para(d, "A.M. Terpstra, huisarts", after=0)
    d.save(out(stem, "docx"))
    return L(["history"], "2026-06-16", "gp", "nl", "GP summary exported to Word (tables: problem list, medication, journal)",
             "yes", "yes", "unmentioned",
             "Recent? Dated 16-06-2026: 174 days before 2026-12-07, just inside a 183-day window. CTS release 2024 "
             "is a hand operation; sectio and cholecystectomy are other body parts; trapeziëctomie only advised.")


# ------------------------------------------------------------------------------------------- vb-039
@doc("vb-039")
def d039(stem):
    st = styles("Times-Roman", 11.5)
    col = colors.HexColor("#1a5276")

    def first(c, d):
        logo_box(c, 20 * mm, H - 28 * mm, 14 * mm, 14 * mm, "MZ", col, size=13)
        text_lines(c, 38 * mm, H - 19 * mm, [("Maas Ziekenhuis Oss", "Helvetica-Bold")], size=14, color=col)
        text_lines(c, 38 * mm, H - 24.5 * mm, ["Neurologie & Klinische Neurofysiologie"], size=9, color=col)
        text_lines(c, W - 20 * mm, H - 16 * mm, ["Molenstraat 20", "5341 GE Oss", "T 0412 - 66 30 00"], size=7.5,
                   align="right")
        foot(c)

    def later(c, d):
        text_lines(c, 20 * mm, H - 14 * mm, ["Maas Ziekenhuis Oss - Neurologie - vervolg brief d.d. 09-11-2026"], size=7.5,
                   color=colors.grey)
        text_lines(c, 20 * mm, H - 18 * mm, ["Betreft: dhr. B. Sanders, geb. 12-11-1972"], size=7.5, color=colors.grey)
        foot(c)

    def foot(c):
        text_lines(c, 20 * mm, 12 * mm, ["Maas Ziekenhuis Oss · KvK 16099471 · IBAN NL00 BANK 0123 4567 89"], size=6.5,
                   color=colors.grey)

    story = [
        kv_table([[P("Weledelgeleerde heer J.P. Verstegen, huisarts\nHuisartsenpraktijk Ruwaard\nRuwaardsingel 4\n"
                     "5344 GA  OSS", st["body"]),
                   kv_table([["Datum:", "9 november 2026"], ["Kenmerk:", "NEU/2611/0442"],
                             ["Geb.datum:", "12-11-1972"], ["Patiëntnr.:", "1204411"]], st, [22 * mm, 38 * mm],
                            label_style="small", value_style="small")]], st, [110 * mm, 60 * mm]),
        Spacer(1, 12), P("<b>Betreft:</b> dhr. B. Sanders, Kruisstraat 15, 5341 HT Oss", st["body"], raw=True),
        Spacer(1, 8), P("Geachte collega,", st["body"]), Spacer(1, 4),
        P("Op 3 november 2026 zagen wij uw patiënt op de polikliniek neurologie in verband met tintelingen in de rechterhand.",
          st["just"]), Spacer(1, 4)]
    story += sections([
        ("Anamnese",
         "Sinds ruim een jaar tintelingen in duim, wijs- en middelvinger rechts, vooral 's nachts en bij fietsen. Hij "
         "wordt er 2-3 keer per nacht wakker van en schudt dan de hand uit. Sinds enkele maanden laat hij soms dingen "
         "vallen. Geen nekpijn, geen uitstraling vanuit de nek, geen klachten links. Geen krachtsverlies in de arm. "
         "Hij werkt als stratenmaker (trillend gereedschap). Patiënt heeft nooit eerder een operatie aan de handen "
         "ondergaan. Voorgeschiedenis: hypercholesterolemie, obstructief slaapapneu (CPAP). Medicatie: rosuvastatine "
         "10 mg. Intoxicaties: rookt 10 sigaretten per dag. Familie: vader diabetes mellitus."),
        ("Neurologisch onderzoek",
         "Cervicale wervelkolom vrij beweeglijk, Spurling negatief. Geringe atrofie van de thenar rechts. Kracht: m. "
         "abductor pollicis brevis rechts MRC 4+, overige spieren normaal. Reflexen symmetrisch, voetzoolreflexen "
         "plantair. Sensibiliteit: hypesthesie toppen dig 1-3 rechts palmair, handpalm gespaard. Tinel ter hoogte van "
         "de carpale tunnel rechts positief, Phalen rechts positief na 20 seconden. Links geen afwijkingen."),
        ("Aanvullend onderzoek",
         "EMG (03-11-2026): verlengde distale motorische latentie n. medianus rechts (6,1 ms), verlaagde sensibele "
         "geleidingssnelheid over de pols (32 m/s) en een gereduceerde SNAP-amplitude; naald-EMG m. APB rechts met "
         "geringe denervatie-activiteit. N. ulnaris rechts en n. medianus links normaal. Conclusie: matig ernstig tot "
         "ernstig carpaletunnelsyndroom rechts, geen aanwijzingen voor een cervicale radiculopathie of polyneuropathie. "
         "Aanvullende beeldvorming (echo of MRI) is niet verricht en ons inziens niet geïndiceerd."),
        ("Conclusie", "Carpaletunnelsyndroom rechts, matig ernstig tot ernstig, met beginnende axonale schade."),
        ("Overwegingen",
         "De klachten en de bevindingen bij het onderzoek passen bij een compressie van de n. medianus ter hoogte van "
         "de pols. De trillende handgereedschappen in zijn werk en het slaapapneu zijn bekende risicofactoren. Een "
         "cervicale oorzaak of een polyneuropathie (bijvoorbeeld bij een nog onbekende diabetes) achten wij gezien het "
         "EMG niet waarschijnlijk; wel adviseren wij bij gelegenheid een nuchtere glucose te laten bepalen. Er is "
         "sprake van beginnende axonale schade, waardoor bij langer afwachten de kans op blijvende uitval toeneemt."),
        ("Beleid",
         "Gezien de ernst en de beginnende atrofie adviseren wij geen injectie maar een operatieve behandeling. Wij "
         "hebben een verwijzing naar de plastisch chirurg besproken; patiënt wil hierover eerst met u overleggen. "
         "Wij hebben hem geen vervolgafspraak gegeven. Een nachtspalk kan in de tussentijd klachtverlichting geven."),
    ], st, gap=4)
    story += [Spacer(1, 8), P("Met vriendelijke groet,", st["body"]), Spacer(1, 22),
              P("dr. E.M. van Dongen, neuroloog\nmede namens L. Wouters, ANIOS neurologie", st["body"]),
              Spacer(1, 10), P("c.c.: patiënt\n       dossier KNF", st["small"])]
    build_pdf(out(stem, "pdf"), story, tm_first=36 * mm, tm=26 * mm, first=first, later=later,
              pages=pagenum("Pagina {p} van {n}", W - 20 * mm, 12 * mm, size=7),
              meta={"title": "Brief neurologie", "creator": "Epic"})
    return L(["correspondence"], "2026-11-09", "specialist", "nl", "neurology outpatient letter, 2 pages, repeated header",
             "no", "no", "unmentioned",
             "Birth date 12-11-1972 next to the letter date in the same box. EMG is not imaging; 'Aanvullende "
             "beeldvorming (echo of MRI) is niet verricht'. 'nooit eerder een operatie aan de handen'; operation "
             "only advised. Visit/EMG date 03-11-2026.", also=["2026-11-03"])


# ------------------------------------------------------------------------------------------- vb-040
@doc("vb-040")
def d040(stem):
    text = """MILLBRIDGE SURGERY                                        PATIENT SUMMARY
14 Station Lane, Millbridge HX8 2LA   Tel 01422 880 330

Printed: 14-Oct-2026 10:22   by: Mrs K. Holroyd (Medical Secretary)   EMIS Web
----------------------------------------------------------------------------
Name:        Mr Oliver HARTLEY                     NHS No: 999 733 0021
DOB:         11-Jan-1968 (58y)                     Sex: Male
Address:     3 Ravensworth Close, Millbridge HX8 4BG
Usual GP:    Dr C. Okafor
----------------------------------------------------------------------------

ACTIVE PROBLEMS
  14-Jun-2021  Dupuytren's contracture of right hand (ring and little finger)
  02-Mar-2016  Essential hypertension
  19-Sep-2024  Dupuytren's disease of left palm (nodule only)

SIGNIFICANT PAST
  08-Nov-2023  Fasciectomy of palmar fascia - right ring finger
               (Calderbrook General Hospital, Mr R. Penhaligon)
  22-Apr-2015  Arthroscopy of knee - left (meniscal tear)
  1989         Fracture of left clavicle

CURRENT MEDICATION (repeat)
  Amlodipine 5mg tablets          one daily            last issued 01-Oct-2026
  Ramipril 2.5mg capsules         one daily            last issued 01-Oct-2026

ALLERGIES
  No known drug allergies

RECENT INVESTIGATIONS
  12-May-2023  X-ray hand right: no bony abnormality, soft tissue only
  01-Oct-2026  BP 134/82   BMI 27.1

RECENT CONSULTATIONS
  17-Jan-2024  Dr Okafor    Post-op review right ring finger. Good extension,
                            scar healed. Hand therapy completed.
  05-Jun-2026  Dr Okafor    Recurrence right little finger, PIP contracture
                            ~40 degrees. Also nodule left palm unchanged.
                            Discussed re-referral to hand surgery.
  22-Sep-2026  Dr Okafor    Patient relocating to the Netherlands (Arnhem) in
                            November for work. Would like assessment there
                            for the recurrent right little finger contracture.
                            Summary printed for patient to take to new GP.
  14-Oct-2026  Admin        Summary printed and given to patient.

----------------------------------------------------------------------------
This summary is computer generated. End of report.             Page 1 of 1
"""
    write_txt(stem, text)
    return L(["history"], "2026-10-14", "gp", "en", "UK GP practice summary printout (EMIS-like), dd-Mon-yyyy dates",
             "yes", "yes", "yes",
             "Foreign GP summary: fasciectomy at a UK hospital (treated abroad) is a hand operation; knee "
             "arthroscopy is another body part. X-ray 2023. Print date in header is the document date.")


# ------------------------------------------------------------------------------------------- vb-041
@doc("vb-041")
def d041(stem):
    st = styles("DejaVuSans", 8.8)
    red = colors.HexColor("#b0122b")

    def first(c, d):
        c.setFillColor(red)
        c.rect(20 * mm, H - 26 * mm, 8 * mm, 8 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.rect(23 * mm, H - 24.8 * mm, 2 * mm, 5.6 * mm, stroke=0, fill=1)
        c.rect(21.2 * mm, H - 23 * mm, 5.6 * mm, 2 * mm, stroke=0, fill=1)
        text_lines(c, 31 * mm, H - 20 * mm, [("Kantonsspital Seeland Ost", "DejaVuSans-Bold")], size=13)
        text_lines(c, 31 * mm, H - 25 * mm, ["Klinik für Handchirurgie · Vogelsang 84 · 2502 Biel/Bienne"],
                   font="DejaVuSans", size=7.5)
        foot(c)

    def foot(c):
        text_lines(c, 20 * mm, 10 * mm, ["Austrittsbericht Meier-de Groot Jolanda, 03.03.1969 - Fall 61220931"],
                   font="DejaVuSans", size=6.5, color=colors.grey)

    story = [kv_table([[P("Frau Dr. med. (NL) A. Hoogland\nHuisartsenpraktijk Het Anker\nAnkerplein 3\n"
                          "NL-8251 BR Dronten\nNiederlande", st["body"]),
                        P("Biel, 02.11.2026\n\nAustritt: 31.10.2026\nEintritt: 27.10.2026", st["body"])]],
                      st, [110 * mm, 60 * mm]),
             Spacer(1, 10), P("AUSTRITTSBERICHT", st["h1"]),
             P("Frau Jolanda Meier-de Groot, geb. 03.03.1969, Bloemstraat 22, 8251 EP Dronten (NL), zurzeit "
               "Ferienaufenthalt in Twann", st["body"]), Spacer(1, 6)]
    story += inline_sections([
        ("Diagnosen:", "1. Beugesehnenscheidenphlegmone Dig. II rechts nach Katzenbiss (24.10.2026), Kanavel-Zeichen "
                       "4/4\n   - Erregernachweis: Pasteurella multocida\n2. Arterielle Hypertonie"),
        ("Eingriffe:", "27.10.2026 Débridement und Spülung der Beugesehnenscheide Dig. II rechts"),
    ], st, gap=4)
    story += [P("Operationsbericht", st["h2"]),
              kv_table([["Datum", "27.10.2026", "Operateurin", "Dr. med. L. Favre, Oberärztin"],
                        ["Assistenz", "med. pract. T. Gerber", "Anästhesie", "Axilläre Plexusanästhesie"],
                        ["Blutsperre", "Oberarm, 250 mmHg, 41 min", "Dringlichkeit", "Notfall"]],
                       st, [22 * mm, 60 * mm, 26 * mm, 62 * mm], grid=colors.HexColor("#cccccc"),
                       label_style="smallbold", value_style="small"),
              Spacer(1, 4),
              P("Bruner-Inzision palmar über dem Grundglied Dig. II rechts und Gegeninzision in der distalen Hohlhandfalte "
                "über dem A1-Ringband. Entleerung von trübem, gelblichem Sekret aus der Sehnenscheide; Abstriche für die "
                "Mikrobiologie. Die Beugesehnen sind intakt, ohne Nekrosen. Einlage eines Spülkatheters (Ch 8) proximal, "
                "Spülung der gesamten Sehnenscheide mit 1000 ml NaCl 0,9% bis zum klaren Rückfluss. Débridement der "
                "Bissstelle palmar auf Höhe PIP. Die Haut wird locker adaptiert, Bissstelle offen gelassen. Steriler "
                "Verband, dorsale Unterarmschiene in Intrinsic-plus-Stellung. Keine Komplikationen.", st["just"]),
              Spacer(1, 6)]
    story += inline_sections([
        ("Verlauf:", "Unter intravenöser Therapie mit Amoxicillin/Clavulansäure 2,2 g 3x tgl. rasche Besserung der "
                     "Schwellung und der Schmerzen. Entfernung des Spülkatheters am 29.10.2026. Beginn der "
                     "Handtherapie am 30.10.2026. Eintrittsscreening MRSA negativ. Röntgen Hand rechts bei Eintritt: "
                     "kein Fremdkörper, keine ossäre Beteiligung."),
        ("Medikation bei Austritt:", "Amoxicillin/Clavulansäure 1 g 2x tgl. bis und mit 06.11.2026; Paracetamol 1 g "
                                     "bis 4x tgl. bei Bedarf; Amlodipin 5 mg 1x tgl. (wie bisher)."),
        ("Procedere:", "Wundkontrolle und Fadenentfernung nach 12-14 Tagen durch die Hausärztin in den Niederlanden. "
                       "Weiterführung der Handtherapie (Beweglichkeit!). Bei erneuter Rötung, Schwellung oder Fieber "
                       "umgehende Vorstellung. Tetanusimpfung aufgefrischt am 27.10.2026."),
    ], st, gap=4)
    story += [Spacer(1, 10), P("Freundliche Grüsse", st["body"]), Spacer(1, 18),
              kv_table([["Dr. med. Laure Favre\nOberärztin Handchirurgie", "Prof. Dr. med. Daniel Zbinden\nChefarzt"]],
                       st, [85 * mm, 85 * mm], label_style="body", value_style="body"),
              Spacer(1, 6), P("Kopie: Patientin", st["small"])]
    build_pdf(out(stem, "pdf"), story, tm_first=32 * mm, first=first, later=lambda c, d: foot(c),
              pages=pagenum("Seite {p}/{n}", W - 20 * mm, 10 * mm, font="DejaVuSans", size=6.5),
              meta={"title": "Austrittsbericht", "creator": "KISIM"})
    return L(["correspondence", "operation-report"], "2026-11-02", "specialist", "de",
             "Swiss Austrittsbericht with embedded Operationsbericht (Swiss spelling 'Grüsse')",
             "yes", "yes", "yes",
             "Discharge letter with full operation section (date, operator, anaesthesia, description): both kinds. "
             "Swiss hospital admission of a Dutch holidaymaker. Quotes 'MRSA negativ' (not a lab result). Entry and "
             "discharge dates near the letter date.")


# ------------------------------------------------------------------------------------------- vb-042
@doc("vb-042")
def d042(stem):
    d = dx.new("Arial", 9.5, margins=(18, 18, 22, 18), title="Aanvraagformulier", author="EDC Rijnland")
    sec = d.sections[0]
    hp = dx.clear(sec.header)
    dx.add_text(hp, "EDC Rijnland  -  Aanvraagformulier Röntgen / Echografie", bold=True, size=11, color="006D77")
    dx.page_field_par(sec.footer, "EDC-F-021 v6  ·  Faxnummer aanvragen 071 - 517 90 99  ·  {PAGE}/{NUMPAGES}",
                      align="left", size=7)
    dx.table(d, [["AANVRAGER", "", "PATIËNT", ""],
                 ["Naam", "J.A. Kloosterman", "Naam", "dhr. P. Ouwehand"],
                 ["Functie", "huisarts", "Geboortedatum", "17-02-1991"],
                 ["Praktijk", "Huisartsenpraktijk Rijnsburgerweg, Leiden", "BSN", "999992934"],
                 ["AGB", "01-072245", "Verzekeraar", "Waardzorg"],
                 ["Datum aanvraag", "03-11-2026", "Telefoon", "06 - 5512 0981"]],
             [28, 58, 30, 54], bold_cols=(0, 2), size=9, label_shade="E6F2F2")
    dx.para(d, "")
    dx.para(d, "GEVRAAGD ONDERZOEK", bold=True, after=2)
    dx.table(d, [["☒ Röntgen pols rechts + scafoïdserie", "☐ Röntgen hand links/rechts"],
                 ["☐ Echo pols / hand", "☐ Echo schouder"],
                 ["☐ Röntgen thorax", "☐ Overig: ..................."]], [85, 85], bold_cols=(), size=9, borders=False)
    dx.para(d, "")
    dx.para(d, "KLINISCHE GEGEVENS", bold=True, after=2)
    dx.para(d, "Val op de uitgestrekte rechterhand tijdens voetbal (01-11-2026). Drukpijn tabatière en scafoïdtuberkel, "
               "pijnlijke axiale compressie duim. Geen deformiteit.", after=4)
    dx.runs(d, [("Vraagstelling: ", {"bold": True}), ("fractuur? scafoïdfractuur?", {})], after=4)
    dx.runs(d, [("Zwangerschap: ", {"bold": True}), ("n.v.t.", {}), ("     Metalen implantaten: ", {"bold": True}),
                ("nee", {})], after=8)
    dx.table(d, [["Uitslag naar", "☒ aanvrager (Edifact)   ☐ kopie aan:"],
                 ["Spoed", "☒ ja, zelfde dag (patiënt wacht)   ☐ nee"],
                 ["Handtekening aanvrager", "J.A. Kloosterman"]], [45, 125], size=9)
    dx.para(d, "")
    dx.para(d, "Voor de patiënt: u kunt zonder afspraak terecht op werkdagen 8.00-16.30 uur, Morsweg 10, Leiden. "
               "Neem dit formulier en uw identiteitsbewijs mee.", size=8, italic=True)
    d.save(out(stem, "docx"))
    return L([], "2026-11-03", "gp", "nl", "radiology request form (Word, checkbox tables)",
             "unmentioned", "unmentioned", "unmentioned",
             "Request form: X-ray asked for, not done; its 'Vraagstelling' is a radiology question, not a referral.")


# ------------------------------------------------------------------------------------------- vb-043 (merged)
def _marien_hdr(c, title, font="Helvetica"):
    blue = colors.HexColor("#243a73")
    c.setFillColor(blue)
    c.rect(0, H - 8 * mm, W, 8 * mm, stroke=0, fill=1)
    text_lines(c, 20 * mm, H - 17 * mm, [("Marienhospital Emsland-Süd", "Helvetica-Bold")], size=13, color=blue)
    text_lines(c, 20 * mm, H - 22 * mm, ["Klinik für Unfall-, Hand- und Orthopädische Chirurgie  ·  Hedonstraße 22  ·  "
                                         "49808 Lingen (Ems)  ·  Tel. +49 591 910-3300"], size=7.2, color=colors.grey)
    if title:
        text_lines(c, W - 20 * mm, H - 17 * mm, [(title, "Helvetica-Bold")], size=10.5, align="right")


def _pat_043(st):
    return kv_table([["Patient:", "Oosterhuis, Gerrit", "geb.:", "07.04.1963"],
                     ["Anschrift:", "Hondsrugweg 71, 7822 AG Emmen (NL)", "Fall-Nr.:", "2026-118842"]],
                    st, [22 * mm, 78 * mm, 20 * mm, 50 * mm], label_style="smallbold", value_style="small",
                    box=colors.HexColor("#999999"))


def _p043_brief(buf):
    st = styles("Helvetica", 9.5)
    story = [P("Herrn Huisarts B. Smid\nHuisartsenpraktijk Emmerhout\nHoutweg 120\n7823 PV Emmen\nNIEDERLANDE",
               st["body"]), Spacer(1, 10),
             P("Lingen, 22.06.2026", st["right"]), Spacer(1, 6),
             P("Entlassungsbrief", st["h1"]), _pat_043(st), Spacer(1, 8),
             P("Sehr geehrter Herr Kollege Smid,", st["body"]), Spacer(1, 4),
             P("wir berichten über Ihren Patienten, der sich vom 17.06.2026 bis 22.06.2026 in unserer stationären "
               "Behandlung befand.", st["body"]), Spacer(1, 4)]
    story += inline_sections([
        ("Diagnosen:", "Kreissägenverletzung linke Hand (17.06.2026) mit\n- offener Grundgliedfraktur D2 links\n"
                       "- Strecksehnendurchtrennung D2 (Zone 4) und D3 (Zone 5) links\n- Weichteilverletzung "
                       "dorsal D2/D3"),
        ("Therapie:", "17.06.2026 Débridement, K-Draht-Osteosynthese Grundglied D2 links, Strecksehnennaht D2 und D3 "
                      "(siehe OP-Bericht). Antibiose mit Cefuroxim i.v. für 48 h, dann oral."),
        ("Befunde:", "Röntgen linke Hand prä- und postoperativ (17./18.06.2026), s. Befund. Labor unauffällig. "
                     "MRSA-Screening bei Aufnahme: noch ausstehend bei Entlassung."),
        ("Verlauf:", "Regelrechter Wundverlauf, keine Infektzeichen. Patient wurde in die Handtherapie eingewiesen. "
                     "Entlassung in gutem Allgemeinzustand."),
        ("Procedere:", "Schienenbehandlung (Extensionsschiene) für 5 Wochen, K-Draht-Entfernung nach 5-6 Wochen "
                       "(Weiterbehandlung in den Niederlanden möglich), Fadenentfernung am 14. Tag. Röntgenkontrolle "
                       "nach 2 und 6 Wochen. Arbeitsunfähig als Zimmermann für voraussichtlich 10 Wochen."),
    ], st, gap=4)
    story += [Spacer(1, 10), P("Mit freundlichen Grüßen", st["body"]), Spacer(1, 18),
              kv_table([["Dr. med. H. Wessels\nChefarzt", "Dr. med. A. Brinkmann\nFachärztin für Orthopädie und "
                                                           "Unfallchirurgie, Handchirurgie"]], st, [80 * mm, 90 * mm],
                       label_style="body", value_style="body")]
    build_pdf(buf, story, tm_first=30 * mm, tm=30 * mm, first=lambda c, d: _marien_hdr(c, ""),
              pages=pagenum("Seite {p} von {n}", W - 20 * mm, 10 * mm, size=7))


def _p043_op(buf):
    st = styles("Helvetica", 9)
    story = [_pat_043(st), Spacer(1, 6),
             kv_table([["OP-Datum", "17.06.2026", "OP-Dauer", "15:40 - 17:05"],
                       ["Operateur", "Dr. med. A. Brinkmann", "1. Assistenz", "K. Janssen, Assistenzarzt"],
                       ["Anästhesie", "Intubationsnarkose", "Blutleere", "Oberarm, 260 mmHg, 78 min"]],
                      st, [22 * mm, 63 * mm, 24 * mm, 61 * mm], grid=colors.HexColor("#aaaaaa"),
                      label_style="smallbold", value_style="small"), Spacer(1, 6)]
    story += inline_sections([
        ("Diagnose:", "Offene Grundgliedschaftfraktur D2 links (Gustilo I), Strecksehnendurchtrennung D2 Zone 4 und "
                      "D3 Zone 5 links."),
        ("Operation:", "Wunddébridement, geschlossene Reposition und gekreuzte K-Draht-Osteosynthese (2 x 1,0 mm) "
                       "Grundglied D2, Strecksehnennaht D2 (Tractus intermedius) und D3 (Strecksehne über MCP)."),
        ("Bericht:", "Nach Team-Time-Out und Hautdesinfektion steriles Abdecken. Wundrevision: 4 cm lange, zerfetzte "
                     "Wunde dorsal über dem Grundglied D2, nach ulnar auf das MCP D3 reichend. Ausgiebiges Débridement "
                     "und Spülung mit 2 l Ringerlösung. Darstellung der Fraktur: Querfraktur Schaftmitte, geringe "
                     "Trümmerzone. Reposition und Fixation mit zwei gekreuzten K-Drähten unter Bildwandlerkontrolle, "
                     "stabile Situation. Der Tractus intermedius D2 ist komplett durchtrennt und wird mit 4-0 PDS in "
                     "Kessler-Technik genäht, die Strecksehne D3 über dem MCP mit 4-0 PDS U-Nähten. Seitenbänder "
                     "intakt. Öffnen der Blutleere, Blutstillung. Lockerer Hautverschluss mit 4-0 Prolene. Steriler "
                     "Verband, palmare Schiene in Intrinsic-plus-Stellung."),
        ("Komplikationen:", "keine"),
        ("Nachbehandlung:", "Hochlagerung, Antibiose fortführen, Röntgenkontrolle morgen."),
    ], st, gap=4)
    story += [Spacer(1, 10), P("Dr. med. A. Brinkmann  -  diktiert 17.06.2026, freigegeben 18.06.2026", st["body"])]
    build_pdf(buf, story, tm=30 * mm, first=lambda c, d: _marien_hdr(c, "OPERATIONSBERICHT"))


def _p043_rx(buf):
    st = styles("Helvetica", 9)
    story = [_pat_043(st), Spacer(1, 6),
             kv_table([["Untersuchung:", "Röntgen linke Hand in 2 Ebenen (postoperativ)"],
                       ["Datum:", "18.06.2026 08:12"], ["Anforderung:", "Unfallchirurgie, Station 3"]],
                      st, [30 * mm, 140 * mm], label_style="smallbold", value_style="small"), Spacer(1, 6)]
    story += inline_sections([
        ("Klinische Angabe:", "Z.n. K-Draht-Osteosynthese Grundglied D2 li. Stellungskontrolle."),
        ("Befund:", "Voraufnahme vom 17.06.2026 zum Vergleich. Zwischenzeitlich gekreuzte K-Draht-Osteosynthese einer "
                    "Querfraktur des Grundglieds D2 links. Achsgerechte Stellung, Fragmentdiastase < 1 mm. "
                    "Implantate regelrecht, keine Gelenkpenetration. Kein Fremdkörper. Übrige Strahlen intakt."),
        ("Beurteilung:", "Regelrechte postoperative Stellung nach K-Draht-Osteosynthese Grundglied D2 links."),
    ], st, gap=4)
    story += [Spacer(1, 10), P("Dr. med. P. Lüders, Facharzt für Diagnostische Radiologie", st["body"]),
              P("Befund freigegeben am 18.06.2026 09:40", st["small"])]
    build_pdf(buf, story, tm=30 * mm, first=lambda c, d: _marien_hdr(c, "Radiologischer Befund"))


@doc("vb-043")
def d043(stem):
    bufs = [io.BytesIO() for _ in range(3)]
    _p043_brief(bufs[0])
    _p043_op(bufs[1])
    _p043_rx(bufs[2])
    merge_pdfs(out(stem, "pdf"), [b.getvalue() for b in bufs], meta={"/Title": "Befunde Oosterhuis"})
    return L(["correspondence", "operation-report", "imaging-report"], None, "specialist", "de",
             "merged PDF from a German hospital: Entlassungsbrief + Operationsbericht + Röntgenbefund",
             "yes", "yes", "yes",
             "Dutch patient admitted in a German border hospital. Discharge letter says MRSA screening was still "
             "pending (no result). Op report dictated 17.06, released 18.06. Top-level date omitted.",
             parts=[part(["correspondence"], "2026-06-22", "specialist"),
                    part(["operation-report"], "2026-06-17", "specialist", also=["2026-06-18"]),
                    part(["imaging-report"], "2026-06-18", "radiologist")])


# ------------------------------------------------------------------------------------------- vb-044
@doc("vb-044")
def d044(stem):
    text = """Van:        Mieke Dijkstra <m.dijkstra74@webpost.example.nl>
Verzonden:  maandag 30 november 2026 08:51
Aan:        Secretariaat handchirurgie <handchirurgie@handkliniek-eemland.example.nl>
Onderwerp:  RE: vragenlijst second opinion - M. Dijkstra (geb. 02-08-1974)

Goedemorgen,

Hierbij mijn antwoorden op uw vragen (in de tekst hieronder).

Met vriendelijke groet,
Mieke Dijkstra
Sneek

-----Oorspronkelijk bericht-----
Van: Secretariaat handchirurgie
Verzonden: vrijdag 27 november 2026 14:02
Aan: m.dijkstra74@webpost.example.nl
Onderwerp: vragenlijst second opinion

Geachte mevrouw Dijkstra,

Wij hebben uw verwijzing ontvangen. Om uw afspraak te kunnen plannen, vragen wij u
de onderstaande vragen te beantwoorden.

1. Bent u de afgelopen 2 maanden opgenomen of behandeld in een ziekenhuis in het
   buitenland?
>> Nee. Ik ben in september twee weken op vakantie in Portugal geweest, maar daar niet
>> bij een dokter of in een ziekenhuis geweest.

2. Bent u eerder geopereerd aan de hand of pols waarvoor u komt?
>> Nee, nog niet. De chirurg in Sneek wil opereren, daarom wil ik een tweede mening.
>> Mijn moeder is wel twee keer aan haar handen geopereerd (Dupuytren), misschien is
>> dat belangrijk.

3. Zijn er foto's, een echo of een MRI gemaakt? Zo ja, waar en wanneer?
>> Ja, in juni een echo in het ziekenhuis in Sneek (Antonius?) en in augustus een
>> röntgenfoto. De cd heb ik opgevraagd, die stuur ik op.

4. Gebruikt u bloedverdunners?
>> Nee.

Met vriendelijke groet,
Secretariaat Handchirurgie
Handkliniek Eemland
"""
    write_txt(stem, text)
    return L([], "2026-11-30", "patient", "nl", "patient e-mail reply with quoted questionnaire (Outlook export)",
             "yes", "no", "no",
             "Patient e-mail: holiday in Portugal without care (treated_abroad = no); not operated ('Nee, nog niet'), "
             "surgery only proposed; mother's operations are a relative's. Echo and X-ray done. Two e-mail dates; "
             "the reply date is the document's.")


# ------------------------------------------------------------------------------------------- vb-045
@doc("vb-045")
def d045(stem):
    st = styles("Courier", 9.5, leading=12.5)
    pages_txt = """PATIENTOVERZICHT
Huisartsenpraktijk De Hooge Berg - Zeist - AGB 01-033618
Datum uitdraai : 02-12-2026
Patient        : W. de Ruiter (dhr.)
Geboortedatum  : 02-12-1948
Adres          : Jagerlaan 5, 3701 HB Zeist
Verzekering    : Zorgverzekeraar Waardzorg

EPISODES
 L90.01  Artrose CMC-I rechts                          03-2023  actief
         - st.n. trapeziectomie rechts 04-2025 (Diakonessen Zeist-Oost)
 L99.03  Dupuytren dig 4/5 links                       10-2024  actief
 L76     Polsfractuur links? (Spanje, 06-2026) - contusie   06-2026  actief
 K78     Atriumfibrilleren                             2017     actief
 K86     Hypertensie                                   2009     actief
 T90.02  DM2                                           2019     actief
 B80     IJzergebreksanemie                            2021     inactief
 Y85     TURP (prostaat) 2018                          2018     inactief

MEDICATIE
 Apixaban 5 mg 2dd1 | Bisoprolol 2,5 mg 1dd1 | Metformine 500 mg 2dd1
 Perindopril 4 mg 1dd1 | Paracetamol 1000 mg zn

JOURNAAL
14-03-2023 S: pijn basis duim re, krachtsverlies. O: grindtest +.
           E: L90.01. P: X-hand re.
21-03-2023 X-hand rechts: CMC-I artrose Eaton 3.
11-09-2024 Brief specialist: plastische chirurgie dr. Meertens, Diakonessen Zeist-
           Oost: trapeziectomie rechts besproken, pt akkoord.
17-04-2025 Brief specialist: 15-04-2025 trapeziectomie met LRTI rechts verricht,
           gips 4 wkn, daarna handtherapie.
30-06-2025 S: duim re goed, pijnvrij. E: L90.01 st.n. OK. P: -
09-10-2024 S: knobbel handpalm li. E: L99.03 Dupuytren. P: uitleg.
02-07-2026 S: terug van vakantie Costa Brava. Gevallen op 24-06, SEH in ziekenhuis
           Palamós bezocht; X-pols li daar: geen fractuur (brief in het Spaans
           meegenomen). Nog pijn en zwelling.
           O: zwelling dorsaal pols li, drukpijn distale radius, geen deformiteit.
           E: L76 contusie pols li. P: brace, paracetamol, controle 3 wk.
28-07-2026 S: pols li beter. Wel toename contractuur dig 4 li.
           O: MCP-ext.def. 35 gr dig 4 li. P: bespreekt met dochter.
12-08-2026 POH: DM-controle. HbA1c 55, RR 142/80, voeten: sensibiliteit intact.
           P: metformine ongewijzigd, leefstijladvies. Controle 3 mnd.
03-09-2026 S: bloedneus, 20 min. O: anterieur li, gestopt na compressie.
           E: R06 epistaxis (apixaban). P: uitleg, zn terugkomen.
14-10-2026 S: griepprik. P: influenzavaccinatie gegeven.
22-10-2026 S: contractuur dig 4 li erger, kan handschoen niet aan, dig 5 nu ook.
           O: MCP-ext.def. dig 4 li 45 gr, PIP 20 gr; dig 5 PIP 30 gr.
           E: L99.03 Dupuytren li progressief. P: verwijzing besproken.
05-11-2026 S: wil met Dupuytren li naar 'dezelfde handkliniek als zijn buurman'.
           P: verwijzing handchirurgie; overzicht gefaxt op verzoek kliniek.

CONTRA-INDICATIES / ATTENTIES
 - Antistolling (apixaban): bij ingrepen overleg over onderbreken
 - Diabetes mellitus type 2
 - Nierfunctie: eGFR 54 ml/min (08-2026)

MEETWAARDEN
 12-08-2026  HbA1c 55 mmol/mol | RR 142/80 mmHg | gewicht 88 kg | BMI 27,8
 12-08-2026  eGFR 54 ml/min/1,73m2 | kreatinine 112 umol/l
 10-02-2026  HbA1c 52 mmol/mol | RR 138/84 mmHg

CORRESPONDENTIE (ontvangen, selectie)
 11-09-2024  Plastische chirurgie Diakonessen Zeist-Oost - poliklinische brief
 17-04-2025  Plastische chirurgie Diakonessen Zeist-Oost - ontslagbericht dagbeh.
 02-07-2026  Hospital de Palamós (Spanje) - informe de urgencias (scan, Spaans)
 20-05-2026  Cardiologie Zeist-Oost - jaarcontrole AF, geen wijzigingen

Einde overzicht.
"""
    story = []
    for line in pages_txt.strip("\n").split("\n"):
        story.append(P(line.replace(" ", "\u00a0") if line.strip() else "\u00a0", st["body"]))
    buf = io.BytesIO()
    build_pdf(buf, story, lm=18 * mm, tm=24 * mm, bm=18 * mm,
              pages=pagenum("- {p} -", W / 2, 10 * mm, font="Courier", size=8, align="center"))

    def fax(c, p, n, w, h):
        c.setFont("Courier", 7.5)
        c.drawString(10 * mm, h - 7 * mm, "02-DEC-2026 11:07      VAN: HA DE HOOGE BERG ZEIST  +31 30 691 5500      "
                                          "AAN: 0332507701     NR.0244   P.%03d/%03d" % (p, n))
    merge_pdfs(out(stem, "pdf"), [buf.getvalue()], overlay=fax, meta={"/Title": "fax0244"})
    return L(["history"], "2026-12-02", "gp", "nl", "HIS 'Patiëntoverzicht' in Courier, faxed (fax header on every page)",
             "yes", "yes", "yes",
             "Birth date 02-12-1948 shares day and month with the print/fax date 02-12-2026. Trapeziectomy 2025 "
             "(hand). Emergency department visit in Spain with X-ray = treated abroad. TURP is another body part. "
             "Fax send line on every page.")


# ------------------------------------------------------------------------------------------- vb-046
@doc("vb-046")
def d046(stem):
    d = dx.new("Arial", 10, margins=(20, 20, 30, 20), title="Consultation", author="Lakeshore", page="letter")
    sec = d.sections[0]
    ht = sec.header.add_table(rows=1, cols=2, width=dx.Mm(175))
    dx.cell_text(ht.cell(0, 0), "LAKESHORE ORTHOPAEDIC & HAND INSTITUTE", bold=True, size=11, color="1F3A5F")
    dx.cell_text(ht.cell(0, 1), "875 N. Michigan Ave, Suite 2100\nChicago, IL 60611\n(312) 555-0167", size=8,
                 align="right")
    dx.clear(sec.header)
    fp = dx.clear(sec.footer)
    dx.add_text(fp, "KRAMER, SOPHIE  |  DOB: 03/09/2001  |  MRN: LOHI-448120", size=7.5)
    dx.page_field_par(sec.footer, "Page {PAGE} of {NUMPAGES}", align="right", size=7.5)
    dx.para(d, "HAND SURGERY CONSULTATION", bold=True, size=13, after=6)
    dx.table(d, [["Date of Service:", "08/14/2026", "Provider:", "Rebecca L. Hanson, MD"],
                 ["Patient:", "Sophie Kramer", "Referring:", "University Student Health Services"],
                 ["DOB:", "03/09/2001 (25 y/o F)", "Visit type:", "New patient"]],
             [30, 50, 24, 66], bold_cols=(0, 2), borders=False, size=9)
    dx.para(d, "")
    blocks = [
        ("CHIEF COMPLAINT", "Right radial-sided wrist pain x 3 months."),
        ("HISTORY OF PRESENT ILLNESS",
         "Ms. Kramer is a 25-year-old right-hand-dominant graduate student from the Netherlands, in Chicago for a one-year "
         "exchange program, who presents with 3 months of pain over the radial styloid, worse with lifting and typing on her "
         "phone. No trauma. She tried a wrist brace and ibuprofen from student health with partial relief. No numbness "
         "or tingling. No prior injury or surgery to the wrist."),
        ("PAST MEDICAL HISTORY", "None.  PSH: Tonsillectomy (age 6).  Meds: OCP, ibuprofen PRN.  Allergies: NKDA."),
        ("PHYSICAL EXAM",
         "Right wrist: mild swelling over the first dorsal compartment, tenderness at the radial styloid, positive "
         "Finkelstein test, positive WHAT test. No snuffbox tenderness. Full ROM. Sensation intact in all distributions. "
         "Left wrist normal."),
        ("IMAGING",
         "XR right wrist, 3 views, obtained in clinic today and personally reviewed: no fracture, no arthritis, no "
         "calcification. Normal carpal alignment."),
        ("ASSESSMENT", "Right De Quervain's tenosynovitis."),
        ("PLAN",
         "1. Corticosteroid injection into the right first dorsal compartment performed today after verbal consent "
         "(1 mL 40 mg/mL triamcinolone + 1 mL 1% lidocaine), ultrasound-guided. Tolerated well.\n"
         "2. Thumb spica splint for 3 weeks, then wean.\n"
         "3. If symptoms persist after a second injection, a first dorsal compartment release could be considered.\n"
         "4. Patient returns to the Netherlands in January 2027; copy of note given to patient for her GP."),
    ]
    for h, t in blocks:
        dx.section_block(d, h, t, size=10, after=3)
    dx.para(d, "")
    dx.para(d, "Rebecca L. Hanson, MD\nHand & Upper Extremity Surgery", after=2)
    dx.para(d, "Electronically signed by Rebecca L. Hanson, MD on 08/15/2026 at 6:12 AM CDT", italic=True, size=8.5)
    dx.para(d, "cc: University Student Health Services", size=8.5)
    d.save(out(stem, "docx"))
    return L(["correspondence"], "2026-08-14", "specialist", "en", "US clinic consultation note (Word, EHR headings)",
             "yes", "no", "yes",
             "US clinic (treated abroad: injection). X-ray done. 'No prior injury or surgery to the wrist'; release "
             "only 'could be considered'; tonsillectomy other body part. US dates (03/09/2001 = 9 March).",
             also=["2026-08-15"])


# ------------------------------------------------------------------------------------------- vb-047
@doc("vb-047")
def d047(stem):
    st = styles("Helvetica", 9.5)
    col = colors.HexColor("#00557f")

    def first(c, d):
        logo_circles(c, 23 * mm, H - 20 * mm, 3 * mm, [col, colors.HexColor("#3fa9f5"), colors.HexColor("#8cc63f")])
        text_lines(c, 35 * mm, H - 19 * mm, [("Ziekenhuis De Vechtstreek", "Helvetica-Bold")], size=13, color=col)
        text_lines(c, 35 * mm, H - 24 * mm, ["Orthopedie en Traumatologie"], size=8.5, color=col)
        text_lines(c, W - 20 * mm, H - 16 * mm, ["Jachthuisstraat 1", "7772 SE Hardenberg", "0523 - 27 60 00"], size=7.5,
                   align="right")
        text_lines(c, 20 * mm, 11 * mm, ["Ziekenhuis De Vechtstreek  ·  www.vechtstreek-zh.example.nl"], size=6.5,
                   color=colors.grey)

    story = [kv_table([[P("Handkliniek Eemland\nt.a.v. dr. E. Wessel, handchirurg\nStadsring 140\n3811 HR  AMERSFOORT",
                          st["body"]),
                        kv_table([["Datum", "30-10-2026"], ["Ons kenmerk", "ORT/JvdL/612097"],
                                  ["Inlichtingen", "poli orthopedie, toestel 6140"]], st, [24 * mm, 40 * mm],
                                 label_style="small", value_style="small")]], st, [106 * mm, 64 * mm]),
             Spacer(1, 12),
             P("Verwijzing voor second opinion", st["h2"]),
             kv_table([["Betreft", "mevr. R. Wolters, geb. 27-07-1980, Lage Doelen 4, 7772 KB Hardenberg"],
                       ["BSN", "999996221"], ["Huisarts", "M. Kuiper, Hardenberg"]], st, [22 * mm, 148 * mm],
                      label_style="bold", value_style="body"),
             Spacer(1, 8), P("Geachte collega Wessel,", st["body"]), Spacer(1, 4)]
    story += paras(
        "Graag verwijs ik bovengenoemde patiënte naar u voor een second opinion, op haar eigen verzoek en van harte "
        "ondersteund door mij.\n\n"
        "Patiënte, 46 jaar, administratief medewerker, viel in januari 2025 van een trap op haar gestrekte "
        "rechterhand. Vanwege aanhoudende dorsale polspijn verrichtte ik op 17 juni 2025 een diagnostische artroscopie "
        "van de rechterpols: hierbij werd een partiële scafolunaire ligamentlaesie (Geissler 2) gezien, waarvoor "
        "debridement en thermische capsulaire shrinkage zijn verricht. Het postoperatieve beloop was aanvankelijk "
        "gunstig, maar sinds begin 2026 zijn de klachten teruggekeerd met een pijnlijke klik bij belasten.\n\n"
        "De MRI-artrografie van 26-08-2026 (ons ziekenhuis) toont nu een volledige ruptuur van het dorsale deel van het "
        "SL-ligament met een SL-afstand van 3,5 mm, zonder DISI-stand en zonder tekenen van artrose. Klinisch is de "
        "Watson-test positief en is de knijpkracht rechts 60% van links.\n\n"
        "Ik heb met patiënte een SL-reconstructie besproken, maar heb ook twijfels over de kans op succes na de eerdere "
        "ingreep. Omdat u veel ervaring heeft met deze reconstructies, leg ik de casus graag aan u voor.", st["just"], 5)
    story += [P("<b>Vraagstelling:</b> is er een indicatie voor een SL-reconstructie (bijv. 3LT), of adviseert u een "
                "partiële artrodese of een voortgezet conservatief beleid?", st["body"], raw=True), Spacer(1, 6),
              P("<b>Bijlagen:</b> operatieverslag artroscopie 17-06-2025, verslag MRI-artrografie 26-08-2026. De beelden "
                "worden via het beeldenuitwisselingsplatform verstuurd.", st["body"], raw=True),
              Spacer(1, 10), P("Met collegiale groet,", st["body"]), Spacer(1, 20),
              P("dr. J. van der Linden\northopedisch chirurg", st["body"]), Spacer(1, 8),
              P("cc: huisarts; patiënte", st["small"])]
    build_pdf(out(stem, "pdf"), story, tm_first=32 * mm, first=first,
              pages=pagenum("{p}/{n}", W - 20 * mm, 11 * mm, size=7), meta={"title": "Verwijzing second opinion"})
    return L(["referral", "correspondence"], "2026-10-30", "specialist", "nl",
             "specialist (orthopaedic surgeon) referral letter for a second opinion on hospital letterhead",
             "yes", "yes", "unmentioned",
             "Referral by a treating specialist: both a referral and specialist correspondence. Own arthroscopy "
             "(2025) described; SL reconstruction only discussed; MRI quoted, report enclosed (mention).", rq=True)


# ------------------------------------------------------------------------------------------- vb-048
@doc("vb-048")
def d048(stem):
    text = """ST BRIGID'S UNIVERSITY HOSPITAL GALWAY - LABORATORY MEDICINE
Clinical Biochemistry / Haematology / Immunology          Tel +353 91 544 620
==============================================================================
Patient:   MULCAHY, AOIFE                 DOB: 02/02/1977   Sex: F
MRN:       2044178                        Location: SALTHILL MEDICAL PRACTICE (GP)
Requester: DR C FITZGERALD                Lab No: 26G118870
Collected: 10/09/2026 09:05               Received: 10/09/2026 13:40
Reported:  11/09/2026 15:22               Status: FINAL
==============================================================================
Clinical details: bilateral CTS, ?thyroid ?inflammatory arthritis

HAEMATOLOGY
  Haemoglobin              13.2   g/dL        (12.0 - 15.5)
  White cell count          6.8   x10^9/L     (4.0 - 11.0)
  Platelets                 288   x10^9/L     (150 - 400)
  ESR                        14   mm/hr       (0 - 20)

BIOCHEMISTRY
  CRP                       < 4   mg/L        (0 - 5)
  HbA1c                      36   mmol/mol    (20 - 42)
  TSH                      6.42   mIU/L       (0.27 - 4.20)     H
  Free T4                  12.1   pmol/L      (12.0 - 22.0)
  Urate                     298   umol/L      (140 - 360)

IMMUNOLOGY
  Rheumatoid factor         < 10  IU/mL       (0 - 14)
  Anti-CCP antibodies       < 7   U/mL        (0 - 17)

Comment: TSH raised with low-normal fT4 - suggest review of thyroxine dose.
         Note: Free T4 result verified by Dr M. Keogh, Consultant Chemical Pathologist.
==============================================================================
*** END OF REPORT ***                                            Page 1 of 1
"""
    write_txt(stem, text)
    return L([], "2026-09-11", "lab", "en", "Irish hospital lab report (biochemistry/haematology), GP-requested",
             "unmentioned", "unmentioned", "unmentioned",
             "Other lab results (not MRSA): no counting kind. Sample taken at the GP practice, so it does not itself "
             "say the patient was treated in a hospital abroad. DD/MM dates.", also=["2026-09-10"])
