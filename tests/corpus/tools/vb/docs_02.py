# -*- coding: utf-8 -*-
"""vb-017 .. vb-032"""
import io

from reportlab.lib import colors
from reportlab.lib.units import mm

import docxkit as dx
from common import L, doc, out, part, write_txt
from pdfkit import (A4, letter, P, Spacer, build_pdf, grid_table, hr, kv_table, logo_box, merge_pdfs,
                    pagenum, paras, sections, styles, text_lines)

W, H = A4


# ------------------------------------------------------------------------------------------- vb-017
@doc("vb-017")
def d017(stem):
    d = dx.new("Calibri", 10.5, margins=(22, 20, 35, 20), title="Hand therapy progress report",
               author="Coastal Hand Therapy")
    sec = d.sections[0]
    hp = dx.clear(sec.header)
    dx.add_text(hp, "COASTAL HAND THERAPY", bold=True, size=16, color="1B7A8C")
    dx.para(sec.header, "Accredited Hand Therapists  |  Suite 3, 12 Gympie Terrace, Noosaville QLD 4566  |  "
                        "Ph (07) 5449 0312  |  ABN 51 624 118 903", size=7.5, color="555555")
    dx.page_field_par(sec.footer, "Coastal Hand Therapy - Progress report - Page {PAGE} of {NUMPAGES}", align="left",
                      size=7, color="777777")
    dx.para(d, "3 June 2026", after=10)
    dx.para(d, "Dr Mark Ellison\nHastings Street Medical\n28 Hastings Street\nNoosa Heads QLD 4567", after=10)
    dx.para(d, "Dear Mark,", after=6)
    dx.runs(d, [("Re: Ingrid VISSER  DOB 15/05/1992  -  Hand therapy progress / discharge report", {"bold": True})],
            after=8)
    for t in [
        "Thank you for your ongoing care of Ingrid, who has now completed 8 sessions of hand therapy following her right "
        "open carpal tunnel release, performed by Dr Hamish Reid at Noosaville Private Hospital on 2 March 2026.",
        "Ingrid has made good progress. Her nocturnal paraesthesia resolved within the first two weeks. The scar is "
        "well healed; she has mild residual pillar tenderness on the thenar side, which has improved with scar massage and "
        "desensitisation. She has returned to full duties as a barista since 18 May.",
    ]:
        dx.para(d, t, after=6, align="justify")
    dx.para(d, "Objective measures (right / left):", bold=True, after=2)
    dx.table(d, [["Measure", "Initial 16/03/2026", "Today 03/06/2026", "Left"],
                 ["Grip strength (Jamar, pos. 2)", "9 kg", "24 kg", "29 kg"],
                 ["Key pinch", "3 kg", "6.5 kg", "7 kg"],
                 ["Semmes-Weinstein (median)", "3.61", "2.83", "2.83"],
                 ["QuickDASH", "52", "11", "-"],
                 ["Pain (NPRS, activity)", "6/10", "1/10", "-"]],
             [62, 36, 36, 30], bold_cols=(0,), header=True, size=9.5)
    dx.para(d, "")
    for t in [
        "Plan: Ingrid has been discharged from therapy with a home programme (graded strengthening, scar management). "
        "She has mentioned that she is returning to the Netherlands in July. I have given her a copy of this report and "
        "her exercise sheets to take to her new GP. No further splinting is required.",
        "Please do not hesitate to contact me if you have any questions.",
    ]:
        dx.para(d, t, after=6, align="justify")
    dx.para(d, "Kind regards,", before=6, after=22)
    dx.para(d, "Sophie Nguyen\nAccredited Hand Therapist (AHTA), Occupational Therapist\nProvider No. 4417829J", after=8)
    dx.para(d, "cc: Dr Hamish Reid, Plastic & Hand Surgeon; Ms I. Visser", size=8.5)
    d.save(out(stem, "docx"))
    return L([], "2026-06-03", "other", "en", "Australian hand therapy progress/discharge letter (Word, results table)",
             "unmentioned", "yes", "yes",
             "Hand therapist's letter (not a specialist): no counting kind. States carpal tunnel release at an "
             "Australian private hospital. Several dates in a measurements table.")


# ------------------------------------------------------------------------------------------- vb-018 (merged)
def _p018_referral(buf):
    st = styles("Helvetica", 9)
    zd = colors.HexColor("#00689f")

    def first(c, d):
        text_lines(c, 20 * mm, H - 16 * mm, [("Zorg", "Helvetica-Bold")], size=13, color=zd)
        text_lines(c, 32 * mm, H - 16 * mm, [("Domein", "Helvetica")], size=13, color=zd)
        text_lines(c, W - 20 * mm, H - 16 * mm, ["Verwijzing"], size=12, align="right")
        c.setStrokeColor(zd)
        c.line(20 * mm, H - 19 * mm, W - 20 * mm, H - 19 * mm)
        text_lines(c, 20 * mm, 11 * mm, ["ZD-nummer 5512-7780-2093  ·  afgedrukt 20-11-2026 08:55"], size=7,
                   color=colors.grey)

    rows = [
        ["Aan", "Handkliniek Eemland, Amersfoort - Second opinion handchirurgie"],
        ["Van", "Huisartsenpraktijk Rijnsburgerweg, J.A. Kloosterman, huisarts, Rijnsburgerweg 60, 2333 AE Leiden, "
                "AGB 01-072245"],
        ["Datum", "20-11-2026"],
        ["Patiënt", "Dhr. R. Verhoeven, geb. 30-03-1966, BSN 999997286, Kaiserstraat 18, 2311 GR Leiden"],
        ["Verzekering", "Zorgverzekeraar Waardzorg"],
        ["Soort verwijzing", "Second opinion"],
        ["Klachten / reden", "Pijn radiale zijde pols rechts, in toenemende mate bij belasten (tuinier). In 2023 "
                             "scafoïdfractuur rechts, toen in Ziekenhuis Rijnoever 10 weken gips. "
                             "Recent opnieuw klachten; röntgenfoto 11-2026 toont een pseudartrose van het scafoïd."],
        ["Vraagstelling", "Behandelend orthopeed adviseert afwachten zolang de pijn te dragen is. Patiënt wil weten of "
                          "een operatieve behandeling (bijv. botplastiek) zinvol is voordat artrose ontstaat. Graag uw "
                          "second opinion."],
        ["Bijlagen", "Samenvatting huisartsdossier (HIS); verslag röntgen pols 06-11-2026"],
    ]
    story = [P("Verwijzing second opinion handchirurgie", st["h1"]),
             kv_table(rows, st, [34 * mm, 136 * mm], line_below=colors.HexColor("#cccccc"), pad=3, vpad=3),
             Spacer(1, 14), P("J.A. Kloosterman, huisarts\n(digitaal ondertekend)", st["body"])]
    build_pdf(buf, story, tm_first=26 * mm, first=first)


def _p018_his(buf):
    st = styles("Courier", 8.3, leading=10.2)

    def pg(c, d):
        text_lines(c, 18 * mm, H - 12 * mm, ["HUISARTSENPRAKTIJK RIJNSBURGERWEG - LEIDEN            SAMENVATTING HUISARTSDOSSIER"],
                   font="Courier", size=7.5)
        text_lines(c, 18 * mm, H - 16 * mm, ["Verhoeven, R.  geb. 30-03-1966  M  pnr 20931      Datum uitdraai: 20-11-2026"],
                   font="Courier", size=7.5)

    txt = """
EPISODELIJST
  ICPC   Omschrijving                              Begindatum  Einddatum
  L74    Fractuur os scaphoideum rechts            14-04-2023
  L11    Pols-/handklachten rechts                 02-09-2026
  K86    Hypertensie                               10-10-2017
  R96    Astma                                     1985
  S88    Contacteczeem handen (beroep)             03-05-2021  12-2021

MEDICATIE
  Hydrochloorthiazide 12,5 mg 1dd1; Salbutamol inh. zn; Cetomacrogolcreme zn

ALLERGIEEN / INTOLERANTIES
  Geen

JOURNAAL (selectie)
14-04-2023 S: val van ladder op uitgestrekte re hand. O: drukpijn tabatiere.
           P: verwijzing SEH Ziekenhuis Rijnoever.
17-04-2023 Brief SEH ontvangen: X-scafoïd re: fractuur middelste 1/3, ongedisloceerd.
           Onderarmgips met duim, controle gipskamer.
26-06-2023 Brief orthopedie ontvangen: na 10 wk gips klinisch geconsolideerd, CT
           niet verricht. Ontslag uit controle.
02-09-2026 S: sinds zomer pijn re pols bij schoffelen en snoeien, geen nieuw trauma.
           O: drukpijn tabatiere re, dorsaalflexie beperkt en pijnlijk.
           E: L11 polsklachten re, st.n. scafoïdfractuur 2023.
           P: brace, NSAID kortdurend, evaluatie 6 wk.
04-11-2026 S: geen verbetering. P: X-pols re aangevraagd (EDC Rijnland).
06-11-2026 Uitslag X-pols re: pseudartrose scafoïd met beginnende sclerose, geen
           evidente artrose (zie verslag).
09-11-2026 Brief orthopedie ontvangen (dr. Keijzer): pseudartrose scafoïd re;
           advies expectatief beleid, brace; evt. later operatie.
18-11-2026 S: pt niet tevreden met advies, wil second opinion.
           P: verwijzing second opinion handchirurgie via ZorgDomein.

Patiënt is nooit aan de pols geopereerd.

-- einde uitdraai --
"""
    story = []
    for line in txt.strip("\n").split("\n"):
        story.append(P(line.replace(" ", "\u00a0") if line.strip() else "\u00a0", st["body"]))
    build_pdf(buf, story, lm=18 * mm, tm=22 * mm, first=pg, later=pg,
              pages=pagenum("blad {p} van {n}", W - 18 * mm, 10 * mm, font="Courier", size=7.5))


def _p018_xray(buf):
    st = styles("Helvetica", 9.5)
    teal = colors.HexColor("#006d77")

    def first(c, d):
        logo_box(c, 20 * mm, H - 26 * mm, 24 * mm, 10 * mm, "EDC", teal, size=13)
        text_lines(c, 48 * mm, H - 19.5 * mm, [("Eerstelijns Diagnostisch Centrum Rijnland", "Helvetica-Bold")],
                   size=11, color=teal)
        text_lines(c, 48 * mm, H - 24.5 * mm, ["Röntgen · Echografie · Laboratorium  |  Morsweg 10, 2332 EA Leiden  |  "
                                              "071 - 517 90 90"], size=7.5, color=colors.grey)

    rows = [["Naam patiënt", "R. Verhoeven"], ["Geboortedatum", "30-03-1966"],
            ["Aanvrager", "J.A. Kloosterman, huisarts, Leiden"],
            ["Onderzoek", "X-pols rechts + scafoïdserie"], ["Datum onderzoek", "05-11-2026"],
            ["Datum verslag", "06-11-2026"]]
    story = [Spacer(1, 4), kv_table(rows, st, [34 * mm, 100 * mm], label_style="body", value_style="bold"),
             Spacer(1, 10), P("Klinische gegevens", st["h3"]),
             P("St.n. scafoïdfractuur re 2023 (gips). Sinds 3 mnd pijn tabatière. Pseudartrose? Artrose?", st["body"]),
             P("Verslag", st["h3"]),
             P("Scafoïdserie rechts: persisterende fractuurlijn door het middelste derde van het os scaphoideum met "
               "sclerotische randen en een smalle resorptiezone, passend bij een pseudartrose. Geen collaps of "
               "humpback-deformiteit. Geen evidente avasculaire necrose van de proximale pool op deze opnamen "
               "(MRI kan hierover uitsluitsel geven). Radioscafoïdale gewrichtsspleet behouden. Geen DISI-stand. "
               "Overige carpalia en distale radius zonder bijzonderheden.", st["just"]),
             P("Conclusie", st["h3"]),
             P("Pseudartrose os scaphoideum rechts (middelste 1/3), nog zonder secundaire artrose.", st["bold"]),
             Spacer(1, 14), P("M.C. Dijkhuizen, radioloog", st["body"])]
    build_pdf(buf, story, tm_first=34 * mm, first=first)


@doc("vb-018")
def d018(stem):
    parts = [io.BytesIO(), io.BytesIO(), io.BytesIO()]
    _p018_referral(parts[0])
    _p018_his(parts[1])
    _p018_xray(parts[2])
    merge_pdfs(out(stem, "pdf"), [b.getvalue() for b in parts],
               meta={"/Title": "Bijlagen verwijzing R. Verhoeven", "/Creator": "HIS PDF-export"})
    return L(["referral", "history", "imaging-report"], None, "gp", "nl",
             "merged 'bijlagen' PDF from GP: ZorgDomein referral + HIS summary (Courier) + GP-lab X-ray report",
             "yes", "no", "unmentioned",
             "Three documents in one file. Referral asks for second opinion; HIS summary says 'nooit aan de pols "
             "geopereerd'; X-ray report from a primary-care diagnostic centre requested by the GP. Top-level date "
             "omitted (several documents).", rq=True,
             parts=[part(["referral"], "2026-11-20", "gp"),
                    part(["history"], "2026-11-20", "gp"),
                    part(["imaging-report"], "2026-11-06", "radiologist", also=["2026-11-05"])])


# ------------------------------------------------------------------------------------------- vb-019
@doc("vb-019")
def d019(stem):
    text = """Uitslagen laboratorium - ontvangen via MEDLAB
Praktijk: Huisartsenpraktijk De Vaart, Assen          Afdrukdatum: 03-12-2026
------------------------------------------------------------------------------
Patiënt   : Mol, H. (Hendrik)      Geb.dat.: 19-07-1955     M
Labnr     : CDL-2611-40218
Afzender  : Centraal Diagnostisch Laboratorium Drenthe, Assen
Aanvrager : dr. T.W. Huizing, huisarts
Afname    : 28-11-2026 10:20
Ontvangst : 28-11-2026 15:02
Uitslag   : 02-12-2026 13:41 (definitief)
------------------------------------------------------------------------------
Klinische informatie (aanvrager):
  MRSA-screening vóór verwijzing handchirurgie; opname ziekenhuis buitenland
  (Spanje, Benalmádena) 03-10 t/m 06-10-2026 i.v.m. polsfractuur rechts, geopereerd.

BEPALING                        MATERIAAL     UITSLAG                  EENHEID
MRSA kweek                      neus          negatief
MRSA kweek                      keel          negatief
MRSA kweek                      perineum      negatief
MRSA screening conclusie                      MRSA niet aangetoond

Commentaar lab:
  Geen meticilline-resistente S. aureus gekweekt na 48 uur ophoogbouillon en
  subcultuur op selectieve agar. Gevalideerd: A. Berends, klinisch microbioloog.
------------------------------------------------------------------------------
Journaalregel HIS: 02-12-2026 Lab: MRSA-screening negatief (3 lokalisaties).
"""
    write_txt(stem, text)
    return L(["mrsa-screening"], "2026-12-02", "lab", "nl", "GP HIS lab-import printout (MEDLAB), fixed width",
             "unmentioned", "yes", "yes",
             "Lab result printed from the GP system; clinical info states admission and operation in a Spanish "
             "hospital. Print date differs from result date; collection and receipt dates also present.",
             also=["2026-11-28"])


# ------------------------------------------------------------------------------------------- vb-020
@doc("vb-020")
def d020(stem):
    st = styles("Times-Roman", 10.5)
    green = colors.HexColor("#3c6e47")

    def first(c, d):
        logo_box(c, 20 * mm, H - 28 * mm, 15 * mm, 15 * mm, "RFP", green, size=10, radius=7)
        text_lines(c, 39 * mm, H - 19 * mm, [("Riverside Family Practice", "Times-Bold")], size=16, color=green)
        text_lines(c, 39 * mm, H - 24.5 * mm, ["General Practice  ·  Skin Cancer  ·  Travel Medicine"], size=8.5,
                   color=green)
        text_lines(c, W - 20 * mm, H - 16 * mm, ["41 Merthyr Road", "New Farm QLD 4005", "Australia",
                                                 "Ph +61 7 3358 2200", "Fax +61 7 3358 2299"], size=8, align="right")
        foot(c)

    def foot(c):
        text_lines(c, 20 * mm, 12 * mm, ["Riverside Family Practice Pty Ltd  ABN 22 140 559 117  -  This letter contains "
                                         "confidential health information"], size=6.5, color=colors.grey)

    story = [
        P("21 October 2026", st["body"]), Spacer(1, 10),
        P("Hand Surgery - Second Opinion Service\nHandkliniek Eemland\nStadsring 140\n3811 HR Amersfoort\n"
          "THE NETHERLANDS", st["body"]), Spacer(1, 12),
        P("Dear Colleague,", st["body"]), Spacer(1, 6),
        P("<b>Re: Mr Daniel BROUWER</b>  DOB 04/12/1980\n27 Sydney Street, New Farm QLD 4005  |  Medicare 2951 44718 2",
          st["body"], raw=True), Spacer(1, 8)]
    story += paras(
        "Thank you for seeing Daniel, a 45-year-old software engineer of Dutch background who is relocating to Utrecht "
        "with his family in December. I would be grateful for your opinion regarding ongoing instability of his right "
        "thumb.\n\n"
        "He sustained a complete rupture of the ulnar collateral ligament of the right thumb MCP joint in a skiing fall "
        "in Thredbo in August 2025 (Stener lesion on ultrasound). He underwent an open repair with a suture anchor at "
        "Brisbane Northside Private Hospital on 2 September 2025 (Dr L. Castellano, orthopaedic hand surgeon). "
        "Despite 6 weeks in a thermoplastic splint and hand therapy, he continues to report pain and a feeling of "
        "giving way with pinch grip, e.g. when turning keys or holding a mug.\n\n"
        "A repeat ultrasound on 14 August 2026 (Queensland X-Ray, Newstead) reported attenuation and laxity of the "
        "repaired UCL with no re-tear, and early degenerative change at the MCP joint on the accompanying plain films. "
        "Dr Castellano has discussed a revision reconstruction with a tendon graft versus MCP joint fusion, and Daniel "
        "would like an independent opinion once he has settled in the Netherlands.\n\n"
        "Question: is a revision ligament reconstruction still reasonable, or would you recommend an arthrodesis of "
        "the MCP joint (or continued conservative management)?", st["just"], 6)
    story += [P("Past history", st["h3"]),
              P("- Asthma, mild (childhood)\n- Left ankle fracture 2011 (ORIF, hardware removed 2012)\n"
                "- Right thumb UCL repair 09/2025 as above", st["body"]),
              P("Medications", st["h3"]), P("Nil regular. Paracetamol PRN.", st["body"]),
              P("Allergies", st["h3"]), P("Nil known.", st["body"]),
              P("Social", st["h3"]), P("Non-smoker, right hand dominant, keen cyclist.", st["body"]),
              Spacer(1, 8),
              P("Enclosed: operation report 02/09/2025; ultrasound and X-ray reports 14/08/2026.", st["ital"]),
              Spacer(1, 10), P("Yours sincerely,", st["body"]), Spacer(1, 24),
              P("Dr Emily Tran  MBBS FRACGP\nGeneral Practitioner\nProvider No. 2417335T", st["body"])]
    build_pdf(out(stem, "pdf"), story, tm_first=40 * mm, tm=22 * mm, first=first, later=lambda c, d: foot(c),
              pages=pagenum("Page {p} of {n}", W - 20 * mm, 12 * mm, size=7),
              meta={"title": "Referral letter", "creator": "Best Practice"})
    return L(["referral"], "2026-10-21", "gp", "en", "Australian GP referral letter (serif letterhead, Best Practice-like)",
             "yes", "yes", "yes",
             "GP referral from abroad with explicit 'Question:' line. States UCL repair at an Australian hospital and "
             "ultrasound + X-ray. Ankle ORIF is another body part. Past history is a short list, not a full history "
             "with recent treatments.", rq=True)


# ------------------------------------------------------------------------------------------- vb-021
@doc("vb-021")
def d021(stem):
    d = dx.new("Arial", 10, margins=(25, 20, 40, 20), title="Überweisung", author="Praxis Schulte Nowak")
    sec = d.sections[0]
    ht = sec.header.add_table(rows=1, cols=2, width=dx.Mm(165))
    dx.cell_text(ht.cell(0, 0), "Gemeinschaftspraxis\nDr. med. Ulrike Schulte  ·  Dr. med. Jan Nowak", bold=True,
                 size=11, color="26466D")
    dx.add_text(ht.cell(0, 0).add_paragraph(), "Fachärzte für Allgemeinmedizin", size=8.5, color="26466D")
    dx.cell_text(ht.cell(0, 1), "Große Straße 88\n47533 Kleve\nTel. 02821 71 90 40\nFax 02821 71 90 41\n"
                                "BSNR 38 112 4400", size=8, align="right")
    dx.clear(sec.header)
    dx.page_field_par(sec.footer, "Seite {PAGE} von {NUMPAGES}", align="right", size=7.5)
    dx.para(d, "Gemeinschaftspraxis Schulte/Nowak · Große Straße 88 · 47533 Kleve", size=7, underline=True, after=2)
    dx.para(d, "Handkliniek Maas en Waal\nz. Hd. Second-Opinion-Sprechstunde\nSint Annastraat 300\n6525 HG Nijmegen\n"
               "NIEDERLANDE", after=14)
    dx.para(d, "Kleve, 05.11.2026", align="right", after=10)
    dx.para(d, "Überweisung zur Zweitmeinung (Handchirurgie)", bold=True, size=11, after=6)
    dx.table(d, [["Patient:", "Herr Thomas Krüger"], ["geb.:", "12.08.1970"],
                 ["Anschrift:", "Kapellenweg 7, 47559 Kranenburg"], ["Kasse:", "AOK Rheinland/Hamburg (GKV), "
                                                                             "S2 liegt vor"]],
             [30, 120], borders=False, size=9.5)
    dx.para(d, "")
    dx.para(d, "Sehr geehrte Kolleginnen und Kollegen,", after=6)
    for t in [
        "wir überweisen Ihnen unseren o.g. Patienten mit der Bitte um eine Zweitmeinung. Herr Krüger (55 J., "
        "Lagerist, Rechtshänder) wurde im Juni 2024 im Klinikum Kleve-Nord an einem Karpaltunnelsyndrom rechts "
        "operiert (offene Retinakulumspaltung). Nach kurzer Besserung bestehen seit Anfang 2026 erneut nächtliche "
        "Parästhesien D1-D3 rechts sowie eine Schwäche beim Greifen.",
        "Die neurologische Untersuchung (NLG, 09/2026, Dr. Terhorst, Neurologie Goch) zeigte eine distale motorische "
        "Latenz des N. medianus rechts von 5,9 ms (2024 präoperativ 6,8 ms). Eine Sonographie des N. medianus "
        "(09/2026) ergab eine Querschnittsfläche von 15 mm² proximal des Retinakulums ohne Raumforderung.",
        "Der Operateur in Kleve rät zu einer Revisionsoperation. Der Patient ist unsicher und möchte - auch wegen der "
        "Nähe - eine unabhängige Meinung in Ihrer Klinik einholen.",
    ]:
        dx.para(d, t, after=6, align="justify")
    dx.runs(d, [("Fragestellung: ", {"bold": True}),
                ("Rezidiv bzw. inkomplette Spaltung? Ist eine Revisionsoperation sinnvoll, oder empfehlen Sie ein "
                 "konservatives Vorgehen?", {})], after=6)
    dx.runs(d, [("Diagnosen: ", {"bold": True}),
                ("Karpaltunnelsyndrom re. (G56.0 R), Z.n. Retinakulumspaltung 06/2024; arterielle Hypertonie (I10.90); "
                 "Adipositas Grad I (BMI 32).", {})], after=4)
    dx.runs(d, [("Medikation: ", {"bold": True}), ("Ramipril 5 mg 1-0-0, Ibuprofen 400 mg b.B.", {})], after=4)
    dx.runs(d, [("Allergien: ", {"bold": True}), ("keine bekannt", {})], after=10)
    dx.para(d, "Befunde (OP-Bericht 2024, NLG-Befund, Sonographie) liegen bei.", italic=True, after=10)
    dx.para(d, "Mit freundlichen kollegialen Grüßen", after=22)
    dx.para(d, "Dr. med. Jan Nowak\nFacharzt für Allgemeinmedizin", after=4)
    d.save(out(stem, "docx"))
    return L(["referral"], "2026-11-05", "gp", "de", "German GP referral letter (Überweisung zur Zweitmeinung, Word)",
             "yes", "yes", "yes",
             "German GP near the border refers to a Dutch clinic; 'Fragestellung' present. Operation in a German "
             "hospital (= outside NL). Sonography done; NLG is not imaging. Mentions enclosed OP report.", rq=True)


# ------------------------------------------------------------------------------------------- vb-022
@doc("vb-022")
def d022(stem):
    st = styles("DejaVuSans", 8.8)
    purple = colors.HexColor("#4b2e83")

    def first(c, d):
        text_lines(c, 20 * mm, H - 17 * mm, [("Betuwe Ziekenhuis", "DejaVuSans-Bold")], size=13, color=purple)
        text_lines(c, 20 * mm, H - 22 * mm, ["Medische Beeldvorming  ·  locatie Culemborg"], font="DejaVuSans",
                   size=8.5, color=purple)
        text_lines(c, W - 20 * mm, H - 15 * mm, ["Prijssestraat 42", "4101 CL Culemborg", "0345 - 47 11 00"],
                   font="DejaVuSans", size=7.5, align="right")
        c.setFillColor(colors.HexColor("#f0ecf7"))
        c.rect(20 * mm, 16 * mm, W - 40 * mm, 7 * mm, stroke=0, fill=1)
        text_lines(c, 22 * mm, 18.5 * mm, ["Dit verslag is elektronisch geautoriseerd op 29-10-2026 15:32 en is zonder "
                                           "handtekening geldig."], font="DejaVuSans", size=7)

    left = kv_table([["Patiënt", "mw. K. Aarts"], ["Geb.datum", "06-01-1984"], ["Patiëntnr", "BZ 881204"],
                     ["Adres", "Lekdijk 3, 4103 NT Culemborg"]], st, [22 * mm, 58 * mm],
                    label_style="smallbold", value_style="small")
    right = kv_table([["Aanvrager", "T. Mulder, huisarts\nHuisartsenpraktijk Geldermalsen-Oost"],
                      ["Onderzoek", "Echo hand/vingers rechts"], ["Datum onderzoek", "29-10-2026"],
                      ["Accessionnr", "BZC2610290114"]], st, [28 * mm, 58 * mm],
                     label_style="smallbold", value_style="small")
    story = [kv_table([[left, right]], st, [84 * mm, 86 * mm], pad=0, box=colors.HexColor("#bbbbbb")),
             Spacer(1, 10)]
    story += sections([
        ("Klinische informatie", "Sinds 2 mnd zwelling volaire zijde basis dig 3 re, pijnlijk bij knijpen. Ganglion? "
                                 "Peesschede?"),
        ("Bevindingen",
         "Ter plaatse van de palpabele zwelling, volair ter hoogte van de basis van de proximale falanx van digitus 3 "
         "rechts, een goed begrensde, anechogene, ovale structuur van 6 x 4 x 4 mm met dorsale versterking, zonder "
         "interne vascularisatie bij Doppler. De structuur ligt tegen de A2-ringband aan en beweegt niet mee met de "
         "flexorpezen bij dynamisch onderzoek. Flexorpezen van normale dikte en echogeniciteit, geen peesschedevocht. "
         "Geen synovitis. Geen aanwijzing voor een vaste weke-delenzwelling."),
        ("Conclusie",
         "Beeld passend bij een peesschedeganglion (retinaculaire cyste) ter hoogte van A2 dig 3 rechts."),
    ], st, head="h3", gap=4)
    story += [Spacer(1, 14), kv_table([["Radioloog", "drs. M. Abdi"], ["Laborant", "J. v.d. Heuvel"]], st,
                                      [22 * mm, 60 * mm], label_style="smallbold", value_style="small")]
    build_pdf(out(stem, "pdf"), story, tm_first=30 * mm, bm=26 * mm, first=first,
              meta={"title": "BZC2610290114", "creator": "RIS Betuwe"})
    return L(["imaging-report"], "2026-10-29", "radiologist", "nl", "radiology report without title, two-box header",
             "yes", "unmentioned", "unmentioned",
             "No 'verslag' title: only department name; GP is the requester. Exam and authorisation on the same day.")


# ------------------------------------------------------------------------------------------- vb-023
@doc("vb-023")
def d023(stem):
    text = """ST. ANSELM MEDICAL CENTER
DEPARTMENT OF RADIOLOGY
1601 E. 19th Avenue, Denver, CO 80218   (303) 555-0142

PATIENT: VAN DER MEER, JOOST                 MRN: 04417732
DOB: 02/28/1999        SEX: M                ACCT: 118890433
LOCATION: EMERGENCY DEPARTMENT               ROOM: ED-14
ORDERING PHYSICIAN: KOWALSKI, ANNA MD (EMERGENCY MEDICINE)

EXAM: XR WRIST 3+ VIEWS LEFT
DATE OF SERVICE: 07/19/2026 21:52
ACCESSION: XR-2607-198812

CLINICAL INDICATION: FOOSH while skateboarding. Snuffbox tenderness. Eval fracture.

COMPARISON: None.

TECHNIQUE: PA, lateral, oblique and ulnar-deviated scaphoid views of the left wrist.

FINDINGS:
There is a nondisplaced transverse fracture through the waist of the scaphoid.
No displacement or angulation. Carpal alignment is maintained; no scapholunate
widening. The distal radius and ulna are intact. No dislocation. Mild dorsal
soft tissue swelling.

IMPRESSION:
1. Nondisplaced fracture of the scaphoid waist, left.
2. No other acute osseous abnormality.

Recommend thumb spica immobilization and orthopedic follow-up.

Electronically signed by: Raymond T. Osei, MD, Diagnostic Radiology
Signed: 07/19/2026 11:47 PM MDT

Transcribed: 07/19/2026 23:31 (PowerScribe)
----------------------------------------------------------------------
Printed 08/03/2026 by HIM - Release of Information. Page 1 of 1.
CONFIDENTIAL: This report contains protected health information.
"""
    write_txt(stem, text)
    return L(["imaging-report"], "2026-07-19", "radiologist", "en", "US radiology report text export (PACS/PowerScribe)",
             "yes", "unmentioned", "yes",
             "US emergency department X-ray of a Dutch patient (care abroad). US MM/DD/YYYY dates; print date "
             "08/03/2026 (= 3 August) must not be read as the report date.")


# ------------------------------------------------------------------------------------------- vb-024
@doc("vb-024")
def d024(stem):
    d = dx.new("Verdana", 9, margins=(25, 20, 38, 22), title="Polikliniekbrief orthopedie", author="Ziekenhuis Hondsrug")
    sec = d.sections[0]
    hp = dx.clear(sec.header)
    dx.add_text(hp, "ziekenhuis hondsrug", bold=True, size=16, color="C0392B")
    dx.para(sec.header, "Orthopedie  |  Dr. Picardtlaan 1, 7824 AA Emmen  |  0591 - 69 10 00", size=8, color="555555")
    fp = dx.clear(sec.footer)
    dx.add_text(fp, "Mevr. Y. Lubbers, 18-01-1988, pnr. 5502871", size=7, color="777777")
    dx.page_field_par(sec.footer, "pagina {PAGE} van {NUMPAGES}", align="right", size=7, color="777777")

    dx.table(d, [["Aan", "Dhr. P.H. Hadders, huisarts\nHuisartsenpraktijk Angelslo\nGeert Grootestraat 2\n7823 HB  Emmen",
                  "Datum", "03-11-2026"],
                 ["", "", "Kenmerk", "ORT/MdB/5502871"],
                 ["", "", "Poli-bezoek", "29-10-2026"]],
             [14, 86, 24, 40], bold_cols=(0, 2), borders=False, size=9)
    dx.para(d, "")
    dx.runs(d, [("Betreft: ", {"bold": True}), ("mevrouw Y. Lubbers, geboren 18-01-1988", {})], after=8)
    dx.para(d, "Geachte collega,", after=6)
    blocks = [
        ("Anamnese",
         "Uw patiënte, 38 jaar, pedicure, werd door u verwezen in verband met pijn aan de dorsale zijde van de linker pols "
         "bij steunen en bij het optillen van haar zoon, sinds ongeveer 5 maanden. Er is geen trauma geweest. Geen "
         "nachtelijke pijn, geen tintelingen, geen slot- of klikverschijnselen. Zij is nooit geopereerd en heeft "
         "geen relevante voorgeschiedenis. Geen medicatie."),
        ("Lichamelijk onderzoek",
         "Slanke vrouw, Beighton-score 6/9. Linker pols: geen zwelling, geen ganglion palpabel. Lichte drukpijn dorsaal "
         "over het scafolunaire interval, Watson-test zonder klik, wel pijnlijk. Volledige en symmetrische beweeglijkheid. "
         "Knijpkracht links 26 kg, rechts 28 kg. DRUG stabiel. Sensibiliteit intact."),
        ("Aanvullend onderzoek",
         "Geen beeldvorming verricht. Gezien het klinisch beeld zonder trauma en zonder aanwijzingen voor instabiliteit "
         "acht ik dit op dit moment niet geïndiceerd."),
        ("Conclusie", "Dorsale polspijn links, waarschijnlijk op basis van overbelasting bij gegeneraliseerde "
                      "hypermobiliteit. Geen aanwijzingen voor een ligamentair letsel."),
        ("Beleid",
         "Uitleg gegeven. Verwijzing naar handtherapie voor een stabiliserend oefenprogramma (proprioceptie) en een "
         "polsbrace tijdens zware belasting. Er is geen indicatie voor een operatieve behandeling. Indien de klachten na "
         "3 maanden oefentherapie niet verbeterd zijn, kan een MRI worden overwogen; u kunt haar dan opnieuw verwijzen. "
         "Geen controle afgesproken."),
    ]
    for h, t in blocks:
        dx.section_block(d, h, t, size=9, after=4)
    dx.para(d, "Met collegiale groet,", before=6, after=22)
    dx.para(d, "M.J. de Boer, MSc\nphysician assistant orthopedie\nonder supervisie van dr. T.A. Hoekman, orthopedisch "
               "chirurg", after=10)
    dx.para(d, "cc: patiënte", size=8)
    d.save(out(stem, "docx"))
    return L(["correspondence"], "2026-11-03", "specialist", "nl", "outpatient letter orthopaedics (Word), PA signer",
             "no", "no", "unmentioned",
             "Negations: 'nooit geopereerd', 'Geen beeldvorming verricht', 'geen indicatie voor een operatieve "
             "behandeling'; MRI only 'kan worden overwogen'. Signed by a physician assistant under supervision.",
             also=["2026-10-29"])


# ------------------------------------------------------------------------------------------- vb-025
@doc("vb-025")
def d025(stem):
    st = styles("Helvetica", 10)

    def first(c, d):
        c.setFillColor(colors.HexColor("#7a1f5c"))
        c.rect(20 * mm, H - 30 * mm, 3 * mm, 15 * mm, stroke=0, fill=1)
        text_lines(c, 26 * mm, H - 19 * mm, [("Ziekenhuis Amstelgouw", "Helvetica-Bold")], size=15,
                   color=colors.HexColor("#7a1f5c"))
        text_lines(c, 26 * mm, H - 25 * mm, ["Afsprakenbureau"], size=9)
        text_lines(c, 24 * mm, H - 52 * mm, ["Retouradres: Postbus 3001, 1180 CA Amstelveen"], size=6.5, color=colors.grey)
        text_lines(c, 20 * mm, 12 * mm, ["Vragen? Bel 020 - 545 30 80 (werkdagen 8.00-17.00 uur) of kijk in "
                                         "Mijn Amstelgouw."], size=7.5, color=colors.grey)

    story = [Spacer(1, 2),
             P("Mevrouw A. Post\nWaterlelie 22\n1188 ND  AMSTELVEEN", st["body"]), Spacer(1, 24),
             kv_table([["Datum", "27 november 2026"], ["Patiëntnummer", "8820145"], ["Geboortedatum", "10-10-1975"]],
                      st, [35 * mm, 60 * mm], label_style="small", value_style="small"),
             Spacer(1, 10), P("Bevestiging van uw afspraak", st["h2"]), Spacer(1, 4),
             P("Geachte mevrouw Post,", st["body"]), Spacer(1, 4),
             P("Hierbij bevestigen wij uw afspraak:", st["body"]), Spacer(1, 4),
             kv_table([["Wanneer", "dinsdag 15 december 2026 om 10:40 uur"],
                       ["Bij", "Polikliniek Plastische Chirurgie - dr. P.J. Terlouw"],
                       ["Waar", "Route 42, begane grond (meld u aan bij de aanmeldzuil)"],
                       ["Soort afspraak", "Eerste consult (ca. 20 minuten)"]],
                      st, [32 * mm, 120 * mm], grid=colors.HexColor("#cccccc"),
                      label_bg=colors.HexColor("#f4ecf1"), pad=4, vpad=3),
             Spacer(1, 8), P("Neem mee", st["h3"]),
             P("- een geldig identiteitsbewijs en uw zorgpas\n- een actueel medicatieoverzicht van uw apotheek\n"
               "- eventuele röntgenfoto's of een cd met beelden die elders zijn gemaakt", st["body"]),
             P("Belangrijk", st["h3"]),
             P("Bent u de afgelopen 2 maanden in een buitenlands ziekenhuis opgenomen of behandeld geweest, of werkt u "
               "met varkens, vleeskalveren of vleeskuikens? Meld dit dan vóór uw afspraak bij de polikliniek. Mogelijk "
               "moet er eerst een MRSA-screening plaatsvinden.", st["just"]),
             Spacer(1, 4),
             P("Kunt u niet komen? Geef dit dan minimaal 24 uur van tevoren door. Anders kunnen wij de kosten bij u in "
               "rekening brengen.", st["body"]),
             Spacer(1, 10), P("Met vriendelijke groet,\n\nAfsprakenbureau Ziekenhuis Amstelgouw", st["body"])]
    build_pdf(out(stem, "pdf"), story, tm_first=45 * mm, first=first,
              meta={"title": "Afspraakbevestiging", "creator": "HiX Afsprakenmodule"})
    return L([], "2026-11-27", "other", "nl", "hospital appointment confirmation (window-envelope layout)",
             "unmentioned", "unmentioned", "unmentioned",
             "Appointment letter: mentions röntgenfoto's, cd, buitenlands ziekenhuis and MRSA-screening only as "
             "conditional instructions; no facts about the patient.")


# ------------------------------------------------------------------------------------------- vb-026
@doc("vb-026")
def d026(stem):
    d = dx.new("Calibri", 10.5, margins=(22, 22, 30, 20), title="Toestemmingsformulier", author="Handkliniek Eemland")
    sec = d.sections[0]
    hp = dx.clear(sec.header)
    dx.add_text(hp, "Handkliniek Eemland", bold=True, size=13, color="1F5C99")
    dx.add_text(hp, "   |   Stadsring 140, 3811 HR Amersfoort   |   033 - 250 77 00", size=8, color="555555")
    dx.page_field_par(sec.footer, "Formulier HKE-ADM-07 versie 3 (2025)   -   {PAGE}/{NUMPAGES}", align="left", size=7,
                      color="777777")
    dx.para(d, "Toestemmingsformulier opvragen medische gegevens (machtiging)", bold=True, size=13, after=8)
    dx.para(d, "Voor een second opinion hebben wij gegevens nodig van uw huisarts en/of behandelend specialist. Met dit "
               "formulier geeft u ons toestemming om deze gegevens op te vragen.", after=8)
    dx.para(d, "1. Uw gegevens", bold=True, after=2)
    dx.table(d, [["Naam", "Baris Kocak"], ["Geboortedatum", "04-04-1992"], ["Adres", "Amsterdamsestraatweg 402, "
                                                                                     "3551 CX Utrecht"],
                 ["Telefoon", "06 - 4102 7788"], ["BSN (optioneel)", ""]], [45, 120], size=10, label_shade="EEF3F9")
    dx.para(d, "")
    dx.para(d, "2. Ik geef Handkliniek Eemland toestemming om gegevens op te vragen bij:", bold=True, after=2)
    dx.table(d, [["☒ Huisarts", "Huisartsenpraktijk Zuilen, dr. S. Meijboom, Utrecht"],
                 ["☒ Ziekenhuis / specialist", "Stadsziekenhuis Utrecht-West, afd. plastische chirurgie"],
                 ["☐ Ziekenhuis in het buitenland", "n.v.t."],
                 ["☐ Fysio-/handtherapeut", ""]], [60, 105], bold_cols=(), size=10)
    dx.para(d, "")
    dx.para(d, "3. Welke gegevens", bold=True, after=2)
    for line in ["☒ Brieven van de specialist (polikliniek- en ontslagbrieven)",
                 "☒ Operatieverslagen",
                 "☒ Verslagen en beelden van röntgen/echo/MRI/CT (cd)",
                 "☐ Laboratoriumuitslagen",
                 "☒ Samenvatting van het huisartsdossier"]:
        dx.para(d, line, after=1)
    dx.para(d, "")
    dx.para(d, "Ik ben geïnformeerd dat deze gegevens alleen gebruikt worden voor de beoordeling van mijn "
               "second-opinionaanvraag en dat ik deze toestemming altijd kan intrekken.", after=10, size=9.5)
    dx.table(d, [["Plaats", "Utrecht", "Datum", "01-12-2026"],
                 ["Handtekening", "[handtekening B. Kocak]", "", ""]], [30, 60, 25, 50], bold_cols=(0, 2), size=10)
    d.save(out(stem, "docx"))
    return L([], "2026-12-01", "patient", "nl", "clinic consent form (machtiging) filled and signed by patient, checkboxes",
             "unmentioned", "unmentioned", "no",
             "Consent form: not a referral. Checkboxes name operation reports and imaging as items to request, which "
             "does not say they exist. 'Ziekenhuis in het buitenland: n.v.t.' (unchecked) = no foreign hospital.")


# ------------------------------------------------------------------------------------------- vb-027
@doc("vb-027")
def d027(stem):
    st = styles("DejaVuSans", 8.8)
    teal = colors.HexColor("#00838f")

    def first(c, d):
        c.setFillColor(teal)
        c.rect(0, H - 30 * mm, W, 30 * mm, stroke=0, fill=1)
        text_lines(c, 20 * mm, H - 14 * mm, [("ÖZEL ALANYA AKDENİZ HASTANESİ", "DejaVuSans-Bold")], size=14,
                   color=colors.white)
        text_lines(c, 20 * mm, H - 20 * mm, ["Private Alanya Mediterranean Hospital  ·  International Patient Center"],
                   font="DejaVuSans", size=8.5, color=colors.white)
        text_lines(c, 20 * mm, H - 25 * mm, ["Saray Mah. Atatürk Bulvarı No:114, 07400 Alanya/Antalya, Türkiye  ·  "
                                            "+90 242 511 40 40"], font="DejaVuSans", size=7.5, color=colors.white)
        foot(c)

    def foot(c):
        text_lines(c, 20 * mm, 10 * mm, ["Translated from Turkish by the International Patient Center (translator: "
                                         "E. Yıldırım). Original: EPİKRİZ / ÇIKIŞ ÖZETİ."], font="DejaVuSans",
                   size=6.5, color=colors.grey)

    info = kv_table([
        ["Patient name", "SCHOUTEN GREET", "Protocol no", "2026/081244"],
        ["Date of birth", "11.04.1952", "Nationality", "Netherlands (passport)"],
        ["Admission date", "12.08.2026", "Discharge date", "14.08.2026"],
        ["Department", "Orthopaedics and Traumatology", "Insurance", "Travel insurance (assistance case 44-1187)"],
    ], st, [27 * mm, 58 * mm, 27 * mm, 58 * mm], grid=colors.HexColor("#b2dfdb"),
        label_bg=colors.HexColor("#e0f2f1"), label_style="smallbold", value_style="small")
    story = [P("DISCHARGE SUMMARY (EPİKRİZ)", st["h1"]), info, Spacer(1, 8)]
    story += sections([
        ("Complaint on admission", "Pain and deformity of the left wrist after a fall on the street (12.08.2026)."),
        ("History", "71-year-old female tourist. Known hypertension (amlodipine). No known drug allergy."),
        ("Physical examination", "Swelling and dinner-fork deformity left wrist. Distal pulses palpable. No neurological "
                                 "deficit. Skin intact."),
        ("Radiology", "Left wrist X-ray AP/lateral (12.08.2026): distal radius fracture with dorsal angulation and "
                      "shortening; ulnar styloid fracture. Control X-ray after the procedure: acceptable reduction."),
        ("Diagnosis", "Left distal radius fracture (ICD-10 S52.5), extra-articular, displaced."),
        ("Treatment", "Closed reduction and percutaneous fixation with 3 K-wires was performed under general anaesthesia "
                      "on 12.08.2026. Below-elbow plaster splint applied. IV cefazolin prophylaxis 24 hours. The "
                      "patient was mobilised and discharged on day 2 in good condition."),
        ("Recommendations",
         "Elevation, finger exercises. Wound/pin care every 2-3 days. Control X-ray in 1 week. K-wire removal at 5-6 weeks "
         "in the home country. Paracetamol 500 mg up to 3x daily. The patient is fit to fly (cast split)."),
    ], st, head="h3", gap=3)
    story += [Spacer(1, 12),
              kv_table([["Responsible physician", "Op. Dr. Mehmet Arslan, Orthopaedics and Traumatology Specialist"],
                        ["Date", "14.08.2026"]], st, [40 * mm, 130 * mm], label_style="smallbold", value_style="body"),
              Spacer(1, 6), P("[stamp and signature]", st["small"])]
    build_pdf(out(stem, "pdf"), story, tm_first=38 * mm, first=first, later=lambda c, d: foot(c),
              meta={"title": "Discharge summary", "creator": "HBYS"})
    return L(["correspondence"], "2026-08-14", "specialist", "en", "Turkish private hospital discharge summary, English translation",
             "yes", "yes", "yes",
             "Foreign hospital admission; K-wire fixation named in 'Treatment' without an operation description, so "
             "correspondence only. Turkish characters in letterhead; dates dd.mm.yyyy.")


# ------------------------------------------------------------------------------------------- vb-028
@doc("vb-028")
def d028(stem):
    text = """UITDRAAI JOURNAAL                                   Afgedrukt op: 1 december 2026, 16:20
Gezondheidscentrum De Kroonsteen - Nieuwegein                     door: D. Brink (doktersassistente)
Patiënt: mevr. D. Wijaya    geboren: 25-04-1983    Zorgverzekering: Eemzorg    Huisarts: C.F. Roos
Selectie: alle contacten 01-12-2025 t/m 01-12-2026 + probleemlijst
========================================================================================================

PROBLEEMLIJST
  N93    Carpaletunnelsyndroom links                        vanaf 14-01-2026
  P76    Depressie (in remissie)                            2018 - 2020
  D88    Appendectomie                                      2019
  W78    Graviditeit / partus (2x), laatste 2021

FAMILIEANAMNESE
  Moeder DM2. Zus (42 jr) in 2025 geopereerd aan CTS beiderzijds.

JOURNAAL
14-01-2026  C.F. Roos      S  Tintelingen duim-wijs-middelvinger li, vooral 's nachts, 3 maanden. Werkt
                              als tandartsassistente.
                           O  Tinel li +, Phalen li + (40 sec). Geen atrofie thenar. Kracht goed.
                           E  N93 CTS links
                           P  Nachtspalk via apotheek, uitleg, controle 6-8 wk.
10-03-2026  C.F. Roos      S  Spalk helpt deels, nog steeds 3-4x per nacht wakker.
                           P  Verwijzing neurologie voor EMG.
28-04-2026  -              Brief specialist ontvangen: neurologie (dr. Y. Tan): EMG matig ernstig
                              CTS links, rechts normaal. Advies: injectie of operatie.
06-05-2026  C.F. Roos      S  Wil eerst injectie.
                           P  Injectie carpale tunnel li: triamcinolonacetonide 40 mg + lidocaïne 1 ml.
23-07-2026  C.F. Roos      S  Injectie 2 mnd goed effect, nu klachten terug, ook overdag.
                           O  Phalen +, geen atrofie.
                           E  N93 recidief na injectie.
                           P  Patiënte wil geen operatie 'omdat het bij zus niet goed ging'. Opnieuw
                              spalk. Bedenktijd.
02-10-2026  A. El Amrani   S  (telefonisch) vraagt naar second opinion, twijfelt over operatie.
                           P  Uitleg, wil eerst met partner overleggen.
24-11-2026  C.F. Roos      S  Kiest voor beoordeling handkliniek (second opinion), vraagt uitdraai.
                           P  Verwijzing via ZorgDomein volgt, journaaluitdraai meegegeven.

-- Einde uitdraai (2 pagina's) --
"""
    write_txt(stem, text, encoding="cp1252")
    return L(["history"], "2026-12-01", "gp", "nl", "HIS journal printout ('Uitdraai journaal') with problem list",
             "unmentioned", "unmentioned", "unmentioned",
             "Hard: sister's CTS operation (relative), appendectomy (other body part), operation only advised and "
             "declined. EMG is not imaging. Written-out print date ('1 december 2026') next to birth date. cp1252.")


# ------------------------------------------------------------------------------------------- vb-029
@doc("vb-029")
def d029(stem):
    st = styles("Helvetica", 9.5)
    blue = colors.HexColor("#00507a")

    def first(c, d):
        text_lines(c, W - 20 * mm, H - 17 * mm, [("Klinikum Rurtal", "Helvetica-Bold")], size=15, align="right",
                   color=blue)
        text_lines(c, W - 20 * mm, H - 22.5 * mm, ["Institut für Diagnostische und Interventionelle Radiologie",
                                                   "Direktor: Prof. Dr. med. C. Brandt",
                                                   "Roonstraße 30 · 52351 Düren · Tel. +49 2421 390-2200"],
                   size=7.5, align="right")
        text_lines(c, 20 * mm, 12 * mm, ["Befund elektronisch signiert. Klinikum Rurtal GmbH, Amtsgericht Düren HRB 5521."],
                   size=6.5, color=colors.grey)

    story = [
        kv_table([["Patientin", "Bakker, Noor", "Geb.-Datum", "11.11.2001"],
                  ["Adresse", "Tongersestraat 45, 6211 LN Maastricht (NL)", "Pat.-Nr.", "40771263"],
                  ["Überweiser", "Zentrale Notaufnahme, Dr. med. F. Yilmaz", "Untersuchungsdatum", "23.09.2026 18:31"]],
                 st, [22 * mm, 66 * mm, 32 * mm, 50 * mm], label_style="smallbold", value_style="small",
                 line_below=colors.HexColor("#dddddd")),
        Spacer(1, 12),
        P("Röntgen Handgelenk rechts in 2 Ebenen und Skaphoid-Quartett", st["h2"]), Spacer(1, 2)]
    story += inline_sections_de(st, [
        ("Rechtfertigende Indikation / Fragestellung:", "Sturz auf die rechte Hand beim Inlineskaten. Druckschmerz "
                                                        "Tabatière. Fraktur?"),
        ("Voraufnahmen:", "keine"),
        ("Befund:", "Keine Fraktur des distalen Radius oder der Ulna abgrenzbar. Skaphoid in allen vier Projektionen mit "
                    "glatter Kortikalis, keine Frakturlinie abgrenzbar. Regelrechte karpale Zuordnung, kein "
                    "Anhalt für eine skapholunäre Dissoziation. Weichteilschwellung dorsoradial. Kein Fremdkörper."),
        ("Beurteilung:", "Kein Nachweis einer Fraktur. Eine okkulte Skaphoidfraktur ist radiologisch nicht sicher "
                         "auszuschließen."),
        ("Empfehlung:", "Bei klinischem Verdacht Ruhigstellung und MRT (oder Röntgenkontrolle) in 10-14 Tagen."),
    ])
    story += [Spacer(1, 14), P("Dr. med. Judith Lenzen\nFachärztin für Radiologie", st["body"]), Spacer(1, 4),
              P("Elektronisch signiert am 23.09.2026 19:05", st["small"])]
    build_pdf(out(stem, "pdf"), story, tm_first=38 * mm, first=first, meta={"title": "Befund"})
    return L(["imaging-report"], "2026-09-23", "radiologist", "de", "German hospital radiology Befund, inline bold labels",
             "yes", "unmentioned", "yes",
             "Dutch patient seen in a German emergency department (care abroad). Finding negative for fracture but "
             "imaging was done. MRT only recommended.")


def inline_sections_de(st, items):
    from pdfkit import inline_sections
    return inline_sections(items, st, gap=4)


# ------------------------------------------------------------------------------------------- vb-030
@doc("vb-030")
def d030(stem):
    d = dx.new("Georgia", 10.5, margins=(24, 22, 40, 22), title="Clinic letter", author="St Brigid's")
    sec = d.sections[0]
    hp = dx.clear(sec.header)
    dx.add_text(hp, "St Brigid's University Hospital Galway", bold=True, size=14, color="00563F")
    dx.para(sec.header, "Ospidéal Ollscoile Naomh Bríd  |  Department of Plastic and Reconstructive Surgery\n"
                        "Newcastle Road, Galway H91 YR71  |  Tel: +353 91 544 800", size=8, color="444444")
    dx.page_field_par(sec.footer, "Page {PAGE}", align="center", size=8)
    dx.table(d, [["MRN:", "2044178", "Clinic:", "Plastics OPD (Ms O'Rourke)"],
                 ["Date of clinic:", "15/09/2026", "Date typed:", "18/09/2026"]],
             [28, 40, 26, 70], bold_cols=(0, 2), borders=False, size=8.5)
    dx.para(d, "")
    dx.para(d, "Dr Ciarán Fitzgerald\nSalthill Medical Practice\nUpper Salthill\nGalway", after=10)
    dx.para(d, "18th September 2026", after=10)
    dx.para(d, "Dear Dr Fitzgerald,", after=6)
    dx.runs(d, [("Re:  Ms Aoife Mulcahy, DOB 02/02/1977", {"bold": True}),
                ("\n14 Threadneedle Road, Salthill, Galway", {})], after=8)
    dx.runs(d, [("Diagnosis: ", {"bold": True}), ("1. Bilateral carpal tunnel syndrome, severe on the right, "
                                                  "moderate on the left (NCS 08/2026)\n2. Hypothyroidism", {})], after=8)
    for t in [
        "Thank you for referring this pleasant 49-year-old secondary school teacher whom I saw in the clinic on "
        "Tuesday. She describes a two-year history of numbness and tingling in both hands, worse on the right, waking "
        "her most nights. She has dropped things at work. She has worn night splints for six months with limited "
        "benefit and had one steroid injection into the right carpal tunnel in April of this year, which helped for "
        "about eight weeks.",
        "On examination there is mild thenar wasting on the right with weakness of abductor pollicis brevis (MRC 4/5). "
        "Tinel's and Phalen's tests are positive bilaterally. Two-point discrimination is 7 mm in the right index "
        "finger. Her nerve conduction studies from August confirm severe right and moderate left median nerve "
        "compression at the wrist. No imaging was performed and I do not feel any is needed.",
        "She has not had any previous hand surgery.",
        "I have offered her a right carpal tunnel decompression under local anaesthetic as a day case and explained "
        "the risks, including infection, scar tenderness, incomplete recovery of sensation given the severity and, "
        "rarely, complex regional pain syndrome. She tells me that she is moving to Eindhoven in the Netherlands in "
        "November with her husband's work and would prefer to defer surgery and seek a second opinion there, "
        "particularly about whether both sides should be done. I think this is perfectly reasonable and I have given "
        "her a copy of this letter and her NCS report.",
        "I have not arranged a further appointment but would be happy to see her again should her plans change.",
    ]:
        dx.para(d, t, after=7, align="justify")
    dx.para(d, "Yours sincerely,", before=4, after=26)
    dx.para(d, "Ms Niamh O'Rourke  MCh FRCSI (Plast)\nConsultant Plastic Surgeon", after=10)
    dx.para(d, "cc: Ms Aoife Mulcahy", size=8.5)
    d.save(out(stem, "docx"))
    return L(["correspondence"], "2026-09-18", "specialist", "en", "Irish consultant clinic letter (Word, Georgia)",
             "no", "no", "yes",
             "Irish hospital outpatient letter (care abroad). 'No imaging was performed'; 'has not had any previous "
             "hand surgery'; surgery only offered. Ordinal date '18th September 2026'; clinic date in header table.",
             also=["2026-09-15"])


# ------------------------------------------------------------------------------------------- vb-031
@doc("vb-031")
def d031(stem):
    st = styles("Helvetica", 9)
    orange = colors.HexColor("#e07a10")

    def first(c, d):
        c.setFillColor(orange)
        c.circle(25 * mm, H - 20 * mm, 4 * mm, stroke=0, fill=1)
        text_lines(c, 31 * mm, H - 22 * mm, [("Zorgverzekeraar Noorderlicht", "Helvetica-Bold")], size=13)
        text_lines(c, W - 20 * mm, H - 17 * mm, ["Afdeling Zorgadvies & Machtigingen", "Postbus 7400, 9701 JK Groningen"],
                   size=7.5, align="right")
        foot(c)

    def foot(c):
        text_lines(c, 20 * mm, 10 * mm, ["Formulier NL-ZA-112 (2026)  -  Stuur dit formulier samen met de verwijzing naar "
                                         "machtigingen@noorderlicht.example.nl"], size=6.5, color=colors.grey)

    def box(v):
        return "[X]" if v else "[  ]"

    story = [P("Aanvraagformulier toestemming", st["h1"]),
             P("Second opinion / behandeling bij een niet-gecontracteerde zorgaanbieder", st["h3"]), Spacer(1, 6),
             P("1  Gegevens verzekerde", st["h2"]),
             kv_table([["Naam", "mevr. J.M. (Janneke) Haverkort", "Relatienummer", "31 447 902"],
                       ["Geboortedatum", "12-07-1968", "BSN", "999998331"],
                       ["Adres", "Oosterstraat 19, 9711 NN Groningen", "Telefoon", "050 - 312 44 09"]],
                      st, [26 * mm, 62 * mm, 26 * mm, 56 * mm], grid=colors.HexColor("#cccccc"),
                      label_bg=colors.HexColor("#fdf1e3"), label_style="smallbold", value_style="small"),
             P("2  Gevraagde zorg", st["h2"]),
             kv_table([["Zorgaanbieder", "Handkliniek Eemland, Amersfoort (AGB 22-221180)"],
                       ["Soort zorg", "Second opinion handchirurgie"],
                       ["Verwijzer", "G. Smit, huisarts, Groningen (verwijzing d.d. 04-11-2026 bijgevoegd)"],
                       ["Diagnose (volgens verwijzer)", "Aanhoudende klachten na carpaletunnelrelease rechts"]],
                      st, [50 * mm, 120 * mm], grid=colors.HexColor("#cccccc"),
                      label_bg=colors.HexColor("#fdf1e3"), label_style="smallbold", value_style="small"),
             P("3  Vragen over de behandeling", st["h2"]),
             kv_table([["Bent u voor deze klacht al eerder geopereerd?", box(True) + " Ja   " + box(False) + " Nee"],
                       ["Zo ja, welke ingreep en wanneer?", "Carpaletunnelrelease rechts, maart 2025, Ziekenhuis "
                                                            "Hunzedal, Groningen"],
                       ["Is de behandeling al gestart bij de nieuwe aanbieder?", box(False) + " Ja   " + box(True) + " Nee"],
                       ["Bent u in het buitenland behandeld voor deze klacht?", box(False) + " Ja   " + box(True) + " Nee"]],
                      st, [90 * mm, 80 * mm], grid=colors.HexColor("#cccccc"), label_style="small", value_style="small"),
             P("4  Ondertekening", st["h2"]),
             P("Ik verklaar dit formulier naar waarheid te hebben ingevuld. Ik weet dat Noorderlicht de "
               "second opinion alleen vergoedt met een geldige verwijzing.", st["small"]), Spacer(1, 4),
             kv_table([["Datum", "10-11-2026", "Handtekening", "J.M. Haverkort"]], st,
                      [20 * mm, 40 * mm, 28 * mm, 82 * mm], label_style="smallbold", value_style="body"),
             Spacer(1, 14), P("In te vullen door Noorderlicht", st["smallbold"]),
             kv_table([["Ontvangen", "", "Besluit", ""], ["Behandelaar", "", "Machtigingsnr.", ""]], st,
                      [25 * mm, 60 * mm, 25 * mm, 60 * mm], grid=colors.HexColor("#999999"),
                      label_style="smallbold", value_style="small")]
    build_pdf(out(stem, "pdf"), story, tm_first=30 * mm, first=first, meta={"title": "Aanvraagformulier"})
    return L([], "2026-11-10", "patient", "nl", "insurer authorisation request form filled in by the patient",
             "unmentioned", "yes", "no",
             "Insurer form: not a referral although it names the referrer and diagnosis. Checkbox 'eerder geopereerd: "
             "[X] Ja' with CTS release; 'in het buitenland behandeld: [X] Nee'. Empty office-use fields.")


# ------------------------------------------------------------------------------------------- vb-032
@doc("vb-032")
def d032(stem):
    text = """Verwijsbrief  -  Second opinion handchirurgie
ZorgDomein referentie: 2207-6619-4450
---------------------------------------------------------------------

Van:            L. Haverkamp, huisarts
                Gezondheidscentrum Kanaleneiland
                Marshallaan 2, 3527 TK Utrecht
                AGB 01-082211   tel. 030-2881010
Aan:            Handkliniek Eemland, Amersfoort
Datum:          12-11-2026

Patiënt:        dhr. T. van der Veen
Geboren:        14-06-1994
BSN:            999991334
Adres:          Bernadottelaan 88, 3527 GE Utrecht
Verzekeraar:    Eemzorg Verzekeringen

Vraagstelling
Patiënt heeft in maart 2026 een scaphoïdfractuur rechts opgelopen (val van
mountainbike) en is conservatief behandeld met gips. Op de CT van juni bleek er
sprake van vertraagde consolidatie; de orthopeed heeft opnieuw gips gegeven en
wil afwachten. Patiënt is bezorgd over het uitblijven van herstel (hij is
fysiotherapeut en kan niet werken) en vraagt een second opinion: is een
operatieve fixatie (schroef) alsnog zinvol?

Relevante voorgeschiedenis
- 2010 fractuur clavicula links (conservatief)
- 2019 ziekte van Pfeiffer
- Geen chronische aandoeningen

Recente behandelingen
- 08-03-2026  SEH Stadsziekenhuis Utrecht-West: scaphoïdfractuur rechts (taille),
              onderarmgips met duim 8 weken
- 04-05-2026  gipsverwijdering, X-scaphoïd: fractuurlijn nog zichtbaar
- 15-06-2026  CT pols rechts: vertraagde consolidatie, geen dislocatie
- 22-06-2026  poli orthopedie: opnieuw gips 6 weken
- 09-2026     controle orthopedie: 'langzaam herstel', expectatief beleid
- Patiënt is niet geopereerd.

Medicatie
Geen vaste medicatie.

Allergieën
Geen bekend.

Overig
Patiënt heeft van oktober tot december 2025 in Australië gereisd (backpacken);
daar geen medische zorg of ziekenhuisopname gehad.

Bijlagen: brieven orthopedie (05-2026, 09-2026), CT-verslag 15-06-2026

Met vriendelijke groet,
L. Haverkamp, huisarts
"""
    write_txt(stem, text)
    return L(["referral", "history"], "2026-11-12", "gp", "nl",
             "ZorgDomein referral text export with 'Relevante voorgeschiedenis' and 'Recente behandelingen'",
             "yes", "no", "no",
             "Referral that carries its own recent history section: both referral and history. 'niet geopereerd'; "
             "travel in Australia explicitly without care (treated_abroad = no). Operation is only the question.",
             rq=True)
