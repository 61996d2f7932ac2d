# tx-033 .. tx-050
from common import *

DOCS_C = []
def reg(f):
    DOCS_C.append(f)
    return f

# ------------------------------------------------------------------ 033
@reg
def tx033():
    stem = "tx-033"
    blocks = [
        ("cols", ["<b>UZ Leuven</b>", "Dienst Orthopedie - Hand- en polschirurgie", "Campus Pellenberg",
                  "Weligerveld 1, 3212 Pellenberg", "tel. +32 16 33 80 00"],
                 ["<b>OPERATIEVERSLAG</b>", "Ingreepdatum: 17/09/2026", "Opname-nr: 26-4418203",
                  "Patiënt: Roel Jacobs", "° 09/12/1966 - M", "Adres: Akerstraat 30, 6211 GM Maastricht (NL)"], 0.5),
        ("sp", 6), ("hr",), ("sp", 3),
        ("kv", [
            ["Chirurg", "Prof. dr. I. Degreef"],
            ["Assistent", "dr. W. Peeters (ASO orthopedie)"],
            ["Anesthesist", "dr. L. Goossens - algemene anesthesie + plexus axillaris"],
            ["Pre-operatieve diagnose", "SLAC-pols graad II links na oude SL-ruptuur"],
            ["Post-operatieve diagnose", "idem; radioscafoïdale artrose, capitolunaire gewricht gespaard"],
            ["Ingreep", "Scafoïdectomie en vierhoeksartrodese (4-corner fusion) links met dorsale plaat; "
                        "denervatie n. interosseus posterior"],
            ["Beeldvorming", "RX pols links en CT-scan (12/08/2026, UZ Leuven): SLAC II, lunatum in DISI"],
            ["Garrot", "270 mmHg, 96 min"],
        ], 0.28),
        ("h", "Verloop"),
        ("p", "Rugligging, armtafel. Dorsale longitudinale incisie. Opening 3e en 4e extensorencompartiment; resectie van "
              "een segment van de n. interosseus posterior. Ligamentsparende kapsulotomie. Bevestiging van de "
              "preoperatieve bevindingen: uitgesproken chondrale schade radioscafoïdaal, capitolunaire gewricht in orde. "
              "Scafoïdectomie in fragmenten. Decorticatie van de gewrichtsvlakken tussen lunatum, capitatum, hamatum en "
              "triquetrum. Correctie van de DISI-stand van het lunatum, tijdelijke K-draadfixatie. Spongiosa uit het "
              "gereseceerde scafoïd als entgreffe. Dorsale circulaire plaat met 8 schroeven. Doorlichting: goede positie. "
              "Sluiten van het kapsel, retinaculum gedeeltelijk hersteld, intradermale hechting."),
        ("h", "Besluit"),
        ("p", "Vlot verlopen ingreep zonder peroperatieve complicaties."),
        ("h", "Postoperatief beleid"),
        ("p", "Gipsspalk 2 weken, daarna gesloten gips 4 weken. RX-controle na 6 weken. Hechtingen verwijderen na 14 "
              "dagen (kan bij de huisarts in Nederland). Kinesitherapie nadien."),
        ("sp", 5),
        ("p", "Verslag gedicteerd op 17/09/2026 door dr. W. Peeters - gevalideerd 21/09/2026 door Prof. dr. I. Degreef"),
    ]
    make_pdf(pdf_path(stem), blocks, footer="UZ Leuven - KWS - Jacobs Roel - 26-4418203 - p. {page}",
             header="Vertrouwelijk medisch document")
    write_label(stem, dict(
        kinds=["operation-report"], date="2026-09-17", also_dates=["2026-09-21"], author="specialist", language="nl",
        style="Flemish university hospital operation report (UZ), two-column header",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Flemish operation report ('Besluit', 'kinesitherapie', '°' birth date, 'garrot', 'ASO'). Dates "
              "dd/mm/yyyy; dictated 17/09 vs validated 21/09. Dutch patient from Maastricht operated in Belgium -> "
              "treated abroad. Pre-operative RX and CT listed in a field -> imaging yes (the planned RX-controle alone "
              "would not count)."))

# ------------------------------------------------------------------ 034
@reg
def tx034():
    stem = "tx-034"
    d = Docx(font="Arial", size=10)
    d.letterhead_table(
        [("UZ Gent", "b"), ("Dienst Plastische en Reconstructieve Chirurgie", ""), ("Handchirurgie", ""),
         ("C. Heymanslaan 10, 9000 Gent", "s"), ("T +32 9 332 21 11", "s")],
        [("Gent, 2026-12-03", ""), ("", ""), ("Aan: dokter A. Verhelst, huisarts", ""),
         ("Hoogstraat 5, 4561 GS Hulst (Nederland)", "s")])
    d.p(("Betreft: ", "b"), "Mevrouw Femke Haelterman, ° 27.06.1975, Hulst (NL)")
    d.p(("Raadpleging: ", "b"), "25.11.2026 (eerdere raadplegingen 14.08.2026 en 02.10.2026)")
    d.p("Geachte confrater,")
    d.p("Uw patiënte werd opnieuw gezien op onze raadpleging handchirurgie. Zij werd in 2024 in het ZorgSaam "
        "Ziekenhuis te Terneuzen geopereerd voor een carpaal tunnelsyndroom rechts (open release). Sinds de zomer van "
        "2026 zijn de paresthesieën in dig. I-III rechts teruggekeerd, nu ook overdag.")
    d.p(("Klinisch onderzoek: ", "b"), "litteken rustig, Tinel positief proximaal van het litteken. Lichte "
        "thenaratrofie. 2PD 8 mm dig. II.")
    d.p(("Technische onderzoeken: ", "b"), "EMG (02.10.2026, dr. Van Hecke, neurologie UZ Gent): ernstig "
        "carpaal tunnelsyndroom rechts, progressief t.o.v. het Nederlandse EMG van 2023. Echografie n. medianus "
        "(25.11.2026): CSA 16 mm², pseudoneuroom proximaal van de retinaculumrand, geen persisterende bandstructuur "
        "zichtbaar.")
    d.p(("Besluit: ", "b"), "recidief/persisterend carpaal tunnelsyndroom rechts na eerdere open release.")
    d.p(("Voorstel: ", "b"), "revisie-neurolyse met eventueel hypothenar vetlap. Patiënte twijfelt en wenst hierover een "
        "second opinion in Nederland, wat wij uiteraard steunen. Wij bezorgen haar een kopie van het EMG-verslag.")
    d.p("Met collegiale hoogachting,")
    d.letterhead_table([("dr. Laura De Wilde", ""), ("arts-specialist in opleiding", "s")],
                       [("Prof. dr. Stijn Monstrey", ""), ("diensthoofd", "s")])
    d.p("c.c.: patiënte", size=8)
    d.footer("UZ Gent - raadpleging handchirurgie - getypt 01.12.2026 (kd) - pagina 1/1")
    d.save(stem)
    write_label(stem, dict(
        kinds=["correspondence"], date="2026-12-03", also_dates=["2026-12-01"], author="specialist", language="nl",
        style="Flemish UZ consultation letter docx, letterhead and signature tables",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Flemish letter with ISO date 'Gent, 2026-12-03', consultation 25.11 and two earlier consultation dates, "
              "typing date in the footer. Two signatures (resident + head). Describes the earlier carpal tunnel "
              "release in a Dutch hospital (operated yes) - a Belgian document about Dutch care - and the Belgian "
              "hospital itself treated her -> treated abroad yes. EMG is not imaging; the ultrasound is."))

# ------------------------------------------------------------------ 035
@reg
def tx035():
    stem = "tx-035"
    txt = """
Van: dr. Katrien Van Gorp <katrien.vangorp@huisartsenessen.be>
Datum: 2 dec. 2026 18:12
Aan: intake@handkliniek-zeist.nl
Onderwerp: verwijzing - dhr. Jef Mertens - second opinion

Beste collega,

Ik verwijs u graag dhr. Jef Mertens (°12/05/1960), wonende Kalmthoutsesteenweg
120, 2910 Essen (België), voor een tweede advies. Hij werkt in Roosendaal en
heeft een aanvullende verzekering die een consult in Nederland dekt.

Vraag: is er sprake van een recidief carpaal tunnelsyndroom links, en is
een herinterventie zinvol, of zijn de klachten eerder cervicaal van
oorsprong (C6-radiculopathie)?

Hieronder de samenvatting uit ons dossier (Sumehr).

Met vriendelijke groeten,
dr. Katrien Van Gorp, huisarts
Groepspraktijk Essen-Centrum, Heuvelplein 3, 2910 Essen
RIZIV 1-12345-67-004 - tel. +32 3 667 10 10

------------------------------------------------------------------------
SUMEHR - Samenvattend Medisch Dossier          aangemaakt: 02/12/2026
Patiënt: MERTENS Jef   ° 12/05/1960   INSZ 60.05.12-xxx.xx
Beheerder: dr. K. Van Gorp

Actieve problemen
  - carpaal tunnelsyndroom links, recidiverend (sinds 2023)
  - cervicale discopathie C5-C6 (NMR 2024)
  - arteriële hypertensie
Antecedenten
  - 2025-10-14  open release carpale tunnel links, AZ Turnhout
                (dr. Smets, orthopedie), daghospitalisatie
  - 2018        cholecystectomie (laparoscopisch), AZ Klina
Recente behandelingen / contacten
  - 2026-03     kinesitherapie 18 sessies (cervicaal + hand)
  - 2026-06-19  EMG (AZ Turnhout): matig CTS links, beter dan pre-op
  - 2026-09-02  raadpleging orthopedie AZ Turnhout: geen heringreep
                voorgesteld, spalk 's nachts
  - 2026-11     klachten toenemend, nachtelijk wakker
Medicatie
  - amlodipine 10 mg 1x/d
  - pregabaline 75 mg 2x/d (sinds 09/2026)
Allergieën
  - geen gekend
Vaccinaties: griep 10/2026
------------------------------------------------------------------------
"""
    write_txt(stem, txt)
    write_label(stem, dict(
        kinds=["referral", "history"], date="2026-12-02", author="gp", language="nl",
        style="Belgian GP referral e-mail with attached Sumehr summary",
        referral_question=True,
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Flemish GP referral ('Beste collega', 'tweede advies', '°' birth date, Belgian address) with a clear "
              "question, plus a Sumehr summary with antecedents and recent treatments -> referral and history. Date "
              "'2 dec. 2026' in the mail header and 02/12/2026 in the Sumehr; ISO dates in the list. Carpal tunnel "
              "release in AZ Turnhout (Belgium) -> operated and treated abroad from the Dutch clinic's point of view. "
              "'NMR 2024' (Flemish for MRI) of the spine -> imaging yes; EMG is not imaging. Cholecystectomy is another "
              "body part."))

# ------------------------------------------------------------------ 036
@reg
def tx036():
    stem = "tx-036"
    blocks = [
        ("cols", ["<b>AZ KLINA</b>", "Dienst Medische Beeldvorming", "Augustijnslei 100, 2930 Brasschaat",
                  "tel. +32 3 650 50 50"],
                 ["Verwijzende arts:", "dr. J. Kools (huisarts)", "Nieuwe Markt 40, 4701 AK Roosendaal (NL)", "",
                  "Kopie: dienst spoedgevallen AZ Klina"], 0.5),
        ("sp", 6),
        ("pre", "Patiënt : VAN AKEN Marloes          ° 31/08/1992   V\n"
                "Dossier : 07718842                  Onderzoeksnr: RX26-118020\n"
                "Onderzoek: RX rechterpols F + P en scafoïdincidenties\n"
                "Datum onderzoek: 01/12/2026 21:47   (spoedgevallendienst)"),
        ("sp", 4),
        ("h", "Klinische inlichtingen"),
        ("p", "Val met de fiets op 01/12 in Brasschaat. Pijn tabatière rechts. Fractuur?"),
        ("h", "Verslag"),
        ("p", "Geen vorige opnames ter vergelijking beschikbaar. Normale verhoudingen van de radiocarpale en "
              "intercarpale gewrichten. Subtiele corticale onderbreking van de taille van het os scaphoideum op de "
              "ulnaire deviatie-opname, zonder verplaatsing. Geen fractuur van de distale radius of ulna. "
              "Wekedelenzwelling radiaal. Geen luxatie."),
        ("h", "Besluit"),
        ("p", "Vermoedelijk niet-verplaatste fractuur van de taille van het scafoïd rechts. Bij twijfel controle-RX "
              "na 10 à 14 dagen of CT/NMR aangewezen."),
        ("sp", 6),
        ("p", "Dr. H. Wouters, radioloog<br/>Elektronisch gevalideerd"),
        ("right", "Brasschaat, 03/12/2026"),
    ]
    make_pdf(pdf_path(stem), blocks, footer="AZ Klina vzw - Medische Beeldvorming - RIZIV-nr 7-10010-23-000 - blz. {page}/1")
    write_label(stem, dict(
        kinds=["imaging-report"], date="2026-12-03", also_dates=["2026-12-01"], author="radiologist", language="nl",
        style="Flemish radiology report (Medische Beeldvorming), preformatted patient block, date by signature",
        imaging_done="yes", operated="unmentioned", treated_abroad="yes",
        notes="Flemish radiology report ('Dienst Medische Beeldvorming', 'spoedgevallendienst', 'Besluit', 'NMR'). "
              "The report date appears only bottom right next to the signature (03/12/2026); exam date 01/12/2026 in the "
              "header block. Referring physician is a Dutch GP; the patient was seen at a Belgian emergency department "
              "-> treated abroad. CT/NMR only suggested."))

# ------------------------------------------------------------------ 037
@reg
def tx037():
    stem = "tx-037"
    blocks = [
        ("cols", ["Dr R. Patel", "Park Lane Surgery", "14 Park Lane", "Derby DE22 1EN"],
                 ["<b>Clinic date:</b> 12/11/2026", "<b>Dictated:</b> 12/11/2026", "<b>Typed:</b> 19/11/2026",
                  "<b>Our ref:</b> PHC/MW/ri", "<b>NHS No:</b> 612 448 9031"], 0.55),
        ("sp", 6),
        ("p", "Dear Dr Patel,"),
        ("p", "<b>Re: Mrs Inge JANSEN, DOB 06/05/1980</b><br/>22 Otter Street, Derby DE1 3FD"),
        ("p", "<b>Diagnosis:</b> Recurrent right carpal tunnel syndrome following previous open decompression "
              "(Amsterdam, 2023)"),
        ("p", "<b>Outcome:</b> Revision surgery offered; patient wishes to consider options / second opinion"),
        ("p", "<b>Plan:</b> 1. Night splint. 2. Repeat nerve conduction studies. 3. Review in 3 months or sooner "
              "if she wishes to proceed."),
        ("sp", 3),
        ("p", "I saw Mrs Jansen in the Pulvertaft Hand Centre clinic today. She is a 46-year-old Dutch lady who moved "
              "to Derby in 2024. She underwent an open right carpal tunnel decompression at OLVG in Amsterdam in "
              "March 2023 with good initial relief. Over the past year she has had a return of nocturnal paraesthesia "
              "in the radial three digits and now some clumsiness."),
        ("p", "On examination the scar is well healed. There is tenderness and a positive Tinel's sign at the "
              "proximal end of the scar, mild APB weakness (MRC 4) and reduced sensation in the median nerve "
              "distribution. An ultrasound scan performed in clinic today shows a swollen median nerve proximal to the "
              "retinaculum (CSA 15 mm²) with scar tissue around the nerve; the retinaculum appears completely divided."),
        ("p", "I have discussed revision carpal tunnel decompression with neurolysis and she is considering this. She "
              "mentioned that she may return to the Netherlands next year and would like a second opinion there; I "
              "am happy for her to take a copy of this letter. I have not listed her for surgery today."),
        ("p", "Yours sincerely,"),
        ("sp", 8),
        ("p", "Dr Michael Wright<br/>Specialty Registrar, Hand Surgery<br/>"
              "On behalf of Mr N. Hargreaves, Consultant Hand Surgeon"),
        ("ps", "cc: Mrs I. Jansen (patient)<br/>Dictated but not checked to avoid delay"),
    ]
    make_pdf(pdf_path(stem), blocks,
             top_banner=[("University Hospitals of Derby and Burton", True, 12), ("NHS Foundation Trust", True, 10),
                         ("Pulvertaft Hand Centre, Royal Derby Hospital, Uttoxeter Road, Derby DE22 3NE  Tel 01332 340131", False, 7.5)],
             footer="UHDB Clinic Letter - Private and Confidential", page_numbers="Page {page} of 1")
    write_label(stem, dict(
        kinds=["correspondence"], date="2026-11-19", also_dates=["2026-11-12"], author="specialist", language="en",
        style="NHS clinic letter with Diagnosis/Outcome/Plan header block",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="NHS clinic letter with no explicit letter date: only 'Clinic date' and 'Dictated' 12/11/2026 and "
              "'Typed' 19/11/2026 (taken as the document date). Written by a registrar on behalf of the consultant. "
              "An English letter describing an operation in a Dutch hospital (operated yes); revision surgery only "
              "offered. The UK hospital treats her -> treated abroad yes. In-clinic ultrasound -> imaging yes."))

# ------------------------------------------------------------------ 038
@reg
def tx038():
    stem = "tx-038"

    def draw(c, W, H):
        m = 36
        c.setFont("Helvetica-Bold", 11)
        c.drawString(m, H - 45, "Manchester University NHS Foundation Trust")
        c.setFont("Helvetica", 8)
        c.drawString(m, H - 57, "Wythenshawe Hospital - Plastic Surgery & Burns - Day Case Theatres")
        c.setFont("Helvetica-Bold", 16)
        c.drawRightString(W - m, H - 50, "OPERATION NOTE")
        # addressograph box
        c.rect(W - m - 210, H - 150, 210, 80)
        c.setFont("Helvetica", 8.5)
        for i, t in enumerate(["Surname: BOS", "Forename: Lotte", "DOB: 19/03/2003    F",
                               "Hosp No: W4471021", "NHS No: 729 118 4402"]):
            c.drawString(W - m - 204, H - 84 - i * 13, t)
        y = H - 90
        boxes = [("Date", "02/11/2026"), ("Surgeon", "Ms F. Akhtar, Consultant Plastic Surgeon"),
                 ("Assistant", "Dr T. Nguyen, CT2"), ("Anaesthetist", "n/a - local anaesthetic"),
                 ("Anaesthesia", "LA 1% lidocaine 8 ml + tourniquet")]
        for lab, val in boxes:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(m, y, lab + ":")
            c.setFont("Helvetica", 8.5)
            c.drawString(m + 70, y, val)
            y -= 14
        y = H - 175
        sections = [
            ("Operation performed", ["Excision of dorsal wrist ganglion, LEFT"]),
            ("Indication", ["Painful dorsal ganglion left wrist, 2 previous aspirations at university health centre,",
                            "recurred. Ultrasound 08/09/2026 confirmed ganglion arising from SL interval."]),
            ("Findings", ["2 x 1.5 cm multilobulated ganglion with stalk to dorsal SL ligament. SL ligament intact."]),
            ("Procedure", ["Transverse incision over the ganglion. EPL and EDC retracted. Ganglion dissected to its",
                           "stalk, excised with a cuff of capsule. Capsule left open. Haemostasis after tourniquet",
                           "release. Skin closed 4/0 Prolene subcuticular. Sent for histology."]),
            ("Closure", ["4/0 Prolene subcuticular, Steri-Strips, wool and crepe"]),
            ("EBL", ["Minimal"]),
            ("Post-op instructions", ["Elevate. Remove bulky dressing at 48 hours. Suture removal 10-14 days at",
                                      "GP surgery. Hand therapy referral for ROM. No routine follow-up; histology",
                                      "result will be sent by letter. Patient is returning to Groningen (NL) for",
                                      "Christmas - may have sutures removed there."]),
        ]
        for head, lines in sections:
            c.setStrokeColorRGB(0.6, 0.6, 0.6)
            c.line(m, y + 10, W - m, y + 10)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(m, y, head)
            c.setFont("Helvetica", 9)
            for i, t in enumerate(lines):
                c.drawString(m + 130, y - i * 12, t)
            y -= max(1, len(lines)) * 12 + 12
        y -= 10
        c.setFont("Helvetica", 9)
        c.drawString(m, y, "Signature: F. Akhtar          GMC: 7012345          Time: 15:32")
        c.setFont("Helvetica", 7)
        c.drawString(m, 30, "MFT Op Note template v2.3   Scanned to EPR 03/11/2026")
    make_canvas_pdf(pdf_path(stem), draw)
    write_label(stem, dict(
        kinds=["operation-report"], date="2026-11-02", author="specialist", language="en",
        style="NHS operation note form, canvas layout with addressograph box",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="NHS operation note form: patient details in an addressograph box, label/value runs. UK date 02/11/2026 "
              "(2 November, not 11 Feb); 'Scanned to EPR 03/11/2026' footer. Dutch student operated in Manchester -> "
              "treated abroad. Earlier ultrasound 08/09/2026 -> imaging yes."))

# ------------------------------------------------------------------ 039
@reg
def tx039():
    stem = "tx-039"
    d = Docx(font="Georgia", size=10.5)
    d.letterhead_table(
        [("Beaumont Hospital", "b"), ("Department of Orthopaedic Surgery", ""), ("Beaumont Road, Dublin 9, D09 V2N0", "s"),
         ("Tel: +353 1 809 3000", "s")],
        [("Consultant: Mr J. Fitzgerald FRCSI", "s"), ("Secretary: 01 809 2714", "s"), ("MRN: 3318804", "s")])
    d.p("1st December 2026", align="right")
    d.p("Dr Siobhán Kearney", space_after=0)
    d.p("Drumcondra Family Practice", space_after=0)
    d.p("Dublin 9")
    d.p(("Re: Mr Bart Wouters, DOB 22/07/1996, 14 Griffith Avenue, Dublin 9", "b"))
    d.p(("Date of clinic: ", "b"), "24th November 2026")
    d.p("Dear Dr Kearney,")
    d.p("I reviewed this 30-year-old Dutch software engineer in the fracture clinic. He fell on his outstretched left "
        "hand playing five-a-side football in March 2026 but only presented to you in October with persisting pain in "
        "the anatomical snuffbox. He did not attend any hospital at the time of the injury.")
    d.p("Plain films and a CT scan of the left wrist, performed here on 24th November 2026, show an established "
        "scaphoid waist non-union with sclerotic margins and early humpback deformity. There is no radioscaphoid "
        "arthritis yet.")
    d.p(("Diagnosis: ", "b"), "Non-union of left scaphoid waist fracture (approx. 8 months).")
    d.p(("Plan: ", "b"), "I have recommended open reduction, internal fixation and iliac crest bone grafting. The risks "
        "and the rehabilitation were discussed. Mr Wouters would prefer to have any surgery done in the Netherlands "
        "as he is moving back to Eindhoven in January, and he has asked for copies of his imaging. He has been placed "
        "in a thumb spica cast in the meantime. No date for surgery has been set here.")
    d.p("Yours sincerely,")
    d.p("")
    d.p("Dr Aoife Kelly", space_after=0)
    d.p("Orthopaedic Registrar to Mr J. Fitzgerald", space_after=0)
    d.p("Dictated but not read", size=8)
    d.footer("Beaumont Hospital - Orthopaedics - typed 30/11/2026 AK/mm")
    d.save(stem)
    write_label(stem, dict(
        kinds=["correspondence"], date="2026-12-01", also_dates=["2026-11-30"], author="specialist", language="en",
        style="Irish hospital clinic letter docx",
        imaging_done="yes", operated="unmentioned", treated_abroad="yes",
        notes="Irish clinic letter: date written '1st December 2026' (ordinal), clinic '24th November 2026', typed "
              "30/11/2026 in the footer, injury March 2026. Registrar to the consultant, 'Dictated but not read'. "
              "Surgery recommended but not performed (no date set) -> operated unmentioned. 'Did not attend any "
              "hospital at the time' concerns the injury; he was later seen and imaged in a Dublin hospital -> treated "
              "abroad yes."))

# ------------------------------------------------------------------ 040
@reg
def tx040():
    stem = "tx-040"
    txt = """
ZUIDAS INTERNATIONAL GP PRACTICE
Gustav Mahlerplein 80, 1082 MA Amsterdam  |  +31 20 705 1188
AGB 01-102938  |  www.zuidas-international-gp.nl

                                                     December 3rd, 2026

To:   Kliniek voor Hand- en Polschirurgie, Zeist
      Attn: hand surgery outpatient clinic

RE:   Ms Jessica MOORE, DOB 04/17/1969 (17 April 1969)
      Apollolaan 151-3, 1077 AS Amsterdam
      Insurance: OHRA (Dutch basic insurance) + Cigna Global

REFERRAL - SECOND OPINION, LEFT THUMB BASE

Dear colleague,

I would be grateful if you could see Ms Moore, a 57-year-old American
architect living in Amsterdam since 2019, for a second opinion.

Question: Is surgery (trapeziectomy or a prosthesis) appropriate at this
stage for her left thumb base arthritis, or should conservative treatment
be continued? She received conflicting advice and would like your view.

Relevant history
  - Hypothyroidism (on levothyroxine), well controlled
  - Hysterectomy 2015 (benign)
  - No previous hand or wrist surgery: she has never had surgery on her
    hands.

Recent treatments
  - 08/2026  X-ray both hands (Spaarne Gasthuis): Eaton III CMC-1 left,
             Eaton I right.
  - 09/2026  Steroid injection left CMC-1 at OLVG hand clinic, relief for
             approx. 5 weeks. Surgeon there proposed a prosthesis.
  - 09-11/2026  Custom thumb orthosis and 8 sessions of hand therapy.
  - 11/2026  Pain again 7/10, difficulty with drawing and opening jars.

The pain started in July after a long kayaking trip in Thailand; she did
not seek any medical care there.

Medication: levothyroxine 100 mcg od; paracetamol prn; diclofenac gel.
Allergies: sulfa drugs (rash).
BMI 23.

Kind regards,

Dr Hannah Okonkwo-de Vries, general practitioner (huisarts)
BIG 19056781201

Enclosed: X-ray report 08/2026, OLVG clinic letter 09/2026.
"""
    write_txt(stem, txt)
    write_label(stem, dict(
        kinds=["referral", "history"], date="2026-12-03", author="gp", language="en",
        style="English-language referral from an international GP practice in NL, plain text",
        referral_question=True,
        imaging_done="yes", operated="no", treated_abroad="no",
        notes="English referral from a Dutch (expat) GP: date 'December 3rd, 2026', US-style birth date 04/17/1969 "
              "with the written-out date next to it. Clear question plus 'Relevant history' and 'Recent treatments' -> "
              "also history. 'Never had surgery on her hands' -> operated no (hysterectomy is another body part; a "
              "prosthesis was only proposed). Holiday in Thailand without medical care -> treated abroad no."))

# ------------------------------------------------------------------ 041
@reg
def tx041():
    stem = "tx-041"
    blocks = [
        ("kv", [
            ["PATIENT", "VAN DAM, THIJS"], ["MRN", "N0551298"], ["DOB", "02/14/1991"],
            ["ORDERING PHYSICIAN", "Laura Schneider, MD - Orthopedic Hand Surgery"],
            ["EXAM", "MRI WRIST RIGHT WITHOUT CONTRAST"], ["EXAM DATE", "11/03/2026 07:40 PM"],
            ["ACCESSION", "NYU2611030442"],
        ], 0.28),
        ("sp", 4),
        ("p", "<b>CLINICAL HISTORY:</b> 35-year-old male, fall while skateboarding 09/28/2026, ulnar-sided wrist pain. "
              "Evaluate for TFCC tear."),
        ("p", "<b>COMPARISON:</b> Radiographs of the right wrist 10/02/2026."),
        ("p", "<b>TECHNIQUE:</b> Multiplanar multisequence MRI of the right wrist was performed on a 3T magnet without "
              "intravenous contrast."),
        ("p", "<b>FINDINGS:</b><br/>"
              "TFCC: Full-thickness tear of the foveal attachment of the triangular fibrocartilage with fluid signal "
              "extending to the distal radioulnar joint.<br/>"
              "Ligaments: Scapholunate and lunotriquetral ligaments are intact.<br/>"
              "Bones: Bone marrow edema in the ulnar styloid without displaced fracture. No occult scaphoid fracture. "
              "The non-displaced ulnar styloid tip fracture seen on prior radiographs is again noted.<br/>"
              "Tendons: ECU tendon is located within the groove with mild tenosynovitis.<br/>"
              "Joints: Small DRUJ effusion."),
        ("p", "<b>IMPRESSION:</b><br/>1. Full-thickness foveal TFCC tear (Palmer 1B).<br/>"
              "2. Ulnar styloid tip fracture with marrow edema, unchanged in alignment compared to 10/02/2026.<br/>"
              "3. Mild ECU tenosynovitis."),
        ("p", "Electronically signed by: Marcus Liu, MD (Attending Radiologist) on 11/03/2026 09:58 PM"),
        ("sp", 4), ("hr",),
        ("p", "<b>ADDENDUM</b> (11/05/2026 10:12 AM): On further review at the request of Dr. Schneider, there is "
              "also a partial-thickness tear of the dorsal radioulnar ligament. This does not change the impression "
              "of a foveal TFCC tear. Electronically signed by: Marcus Liu, MD on 11/05/2026 10:15 AM"),
    ]
    make_pdf(pdf_path(stem), blocks, pagesize=LETTER,
             top_banner=[("NYU Langone Health", True, 13), ("Department of Radiology - 333 East 38th Street, New York, NY 10016", False, 8),
                         ("DIAGNOSTIC RADIOLOGY REPORT", True, 10)],
             footer="Printed 12/01/2026 by MyChart release of information. This report may contain confidential information.",
             page_numbers="Page {page}")
    write_label(stem, dict(
        kinds=["imaging-report"], date="2026-11-03", also_dates=["2026-11-05"], author="radiologist", language="en",
        style="US radiology MRI report with addendum and comparison (letter size)",
        imaging_done="yes", operated="unmentioned", treated_abroad="yes",
        notes="US MRI report: 11/03/2026 is 3 November (m/d/yyyy); addendum 11/05/2026; comparison radiographs "
              "10/02/2026 (2 October); printed 12/01/2026. 'Ordering physician' is not the author. Dutch patient "
              "imaged at a US hospital -> treated abroad yes."))

# ------------------------------------------------------------------ 042
@reg
def tx042():
    stem = "tx-042"
    d = Docx(font="Arial", size=10)
    d.letterhead_table(
        [("Queen Victoria Hospital NHS Foundation Trust", "b"), ("Hand Therapy Department", ""),
         ("Holtye Road, East Grinstead RH19 3DZ", "s")],
        [("HAND THERAPY DISCHARGE REPORT", "b"), ("Report date: 27/11/2026", ""), ("Therapist: R. Ellis, BHSc, AHCPC", "s")])
    d.kv([("Patient", "Mr Sem de Jong"), ("DOB", "30/01/2000"), ("Hospital number", "Q7719020"),
          ("Referring surgeon", "Mr P. Hallam, Consultant Plastic Surgeon"),
          ("Diagnosis / operation", "Zone II flexor tendon repair FDP + FDS, right index finger, on 05/09/2026 (QVH)"),
          ("Therapy period", "08/09/2026 - 24/11/2026, 11 sessions")])
    d.p(("Summary", "b"))
    d.p("Sem attended for early active motion protocol (Saint John protocol) following his flexor tendon repair after "
        "a glass injury. He was compliant with his dorsal blocking splint, which was discontinued at 6 weeks.")
    d.table(["Measure", "Week 3", "Week 6", "Week 11"], [
        ["TAM index finger (°)", "120", "190", "235"],
        ["Extension deficit PIPJ (°)", "-25", "-15", "-10"],
        ["Grip (kg), L = 46", "n/a", "18", "34"],
        ["QuickDASH", "61", "39", "18"],
    ])
    d.p(("Outcome", "b"))
    d.p("Good outcome (Strickland 'good'). Mild PIPJ flexion contracture; he has a static progressive splint for night "
        "use. Discharged from hand therapy. Sem is returning to the Netherlands to continue his studies in Delft; he "
        "has been advised to contact a hand therapist there if the contracture worsens.")
    d.p("R. Ellis, Clinical Specialist Hand Therapist")
    d.p("cc: Mr P. Hallam; GP; patient", size=8)
    d.save(stem)
    write_label(stem, dict(
        kinds=[], date="2026-11-27", author="other", language="en",
        style="NHS hand therapy discharge report docx",
        imaging_done="unmentioned", operated="yes", treated_abroad="yes",
        notes="Hand therapy report (no kind) from a UK hospital department: looks like specialist correspondence "
              "(Diagnosis / operation, Outcome, cc surgeon). It states a flexor tendon repair at QVH on 05/09/2026 -> "
              "operated yes; treated in a UK hospital -> treated abroad yes. Own date only in the letterhead table."))

# ------------------------------------------------------------------ 043
@reg
def tx043():
    stem = "tx-043"
    txt = """
[Translation from Turkish - sworn translator Ayse Demirel, Rotterdam,
 reg. nr. 20455, translated on 20.10.2026. Original attached.]

        PRIVATE MEDICAL PARK ANTALYA HOSPITAL COMPLEX
        Fener Mah. Tekelioglu Cad. No:7, Muratpasa / ANTALYA - TURKEY
        Tel: +90 242 314 34 34

                      DISCHARGE SUMMARY (EPIKRIZ)

Patient name         : Mehmet KAYA
Date of birth        : 15.03.1987
Passport / ID        : NL (passport) NXK7P1R80
Protocol no          : 2026/188420
Clinic               : Orthopaedics and Traumatology
Admission date       : 08.10.2026
Discharge date       : 12.10.2026
Responsible physician: Op. Dr. Ahmet YILDIZ

Complaint: Pain and deformity of the left hand after punching a wall
(08.10.2026).

Examination: Swelling over the 5th metacarpal left, rotational
deformity of the little finger, no neurovascular deficit.

Radiology: Left hand X-ray (08.10.2026): displaced fracture of the neck of
the 5th metacarpal with 50 degrees of angulation.

Diagnosis: Fracture of the left 5th metacarpal neck (ICD-10 S62.3)

Treatment: The patient was operated on 09.10.2026; closed reduction and
percutaneous K-wire fixation was performed. Post-operative course was
uneventful. IV cefazolin 3 days.

Discharge recommendations:
 1. Keep the splint on, do not get wet.
 2. Removal of K-wires after 4 weeks, can be done in the Netherlands.
 3. Control X-ray after 4 weeks.
 4. Medication: Arveles 25 mg 2x1, Augmentin 1 g 2x1 for 5 days.

Op. Dr. Ahmet YILDIZ
Orthopaedics and Traumatology Specialist
[stamp and signature]

------------------------------------------------------------------------
Translator's note: dates in the original are in the format day.month.year.
"""
    write_txt(stem, txt)
    write_label(stem, dict(
        kinds=["correspondence"], date="2026-10-12", author="specialist", language="en",
        style="sworn English translation of a Turkish private hospital discharge summary (epikriz)",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Translated Turkish discharge summary: the translation date 20.10.2026 comes first but the document's "
              "own date is the discharge date 12.10.2026. The operation is summarised in one line (no operator section, "
              "no description), so correspondence only, not an operation report. Dates d.m.yyyy."))

# ------------------------------------------------------------------ 044
@reg
def tx044():
    stem = "tx-044"
    blocks = [
        ("title", "INFORME DE URGENCIAS / EMERGENCY DEPARTMENT REPORT"),
        ("kv4", [
            ["Paciente / Patient", "DE VRIES, ANNA", "NHC", "MB-1177402"],
            ["Fecha nac. / DOB", "28/02/1958", "Nacionalidad", "Países Bajos (NL)"],
            ["Fecha / Date", "14/07/2026", "Hora alta / Discharge", "23:15"],
            ["Médico / Physician", "Dra. C. Moreno Ruiz", "Servicio", "Urgencias / Traumatología"],
        ]),
        ("sp", 4),
        ("h", "Motivo de consulta / Reason for attendance"),
        ("p", "Caída casual en la calle con apoyo sobre mano derecha. / Fall in the street onto the right hand while on "
              "holiday in Marbella."),
        ("h", "Exploración / Examination"),
        ("p", "Deformidad en dorso de tenedor de muñeca derecha. Neurovascular distal conservado. / Dinner-fork "
              "deformity of the right wrist, neurovascularly intact."),
        ("h", "Pruebas complementarias / Investigations"),
        ("p", "Rx muñeca derecha AP y lateral: fractura extraarticular de radio distal con desplazamiento dorsal "
              "(Colles). Control Rx post-reducción: reducción aceptable. / X-ray right wrist: extra-articular distal "
              "radius fracture with dorsal displacement; post-reduction X-ray: acceptable position."),
        ("h", "Tratamiento / Treatment"),
        ("p", "Reducción cerrada bajo bloqueo de hematoma e inmovilización con férula antebraquial. No se realizó "
              "intervención quirúrgica. / Closed reduction under haematoma block and forearm back-slab. No surgery was "
              "performed."),
        ("h", "Juicio clínico / Diagnosis"),
        ("p", "Fractura de Colles derecha. / Right Colles fracture."),
        ("h", "Recomendaciones / Recommendations"),
        ("p", "Control en traumatología en 7-10 días en su país de origen, con Rx. Valorar tratamiento quirúrgico si "
              "pérdida de reducción. / Fracture clinic review with X-ray in 7-10 days in home country; consider "
              "surgery if the reduction is lost."),
        ("sp", 6),
        ("p", "Dra. Carmen Moreno Ruiz - Col. nº 292912345 - Firmado electrónicamente 14/07/2026 23:09"),
    ]
    make_pdf(pdf_path(stem), blocks,
             top_banner=[("Hospital Quirónsalud Marbella", True, 13),
                         ("Avda. Severo Ochoa 22, 29603 Marbella (Málaga), España · +34 952 774 200", False, 8)],
             footer="Documento impreso el 15/07/2026 - Copia para el paciente / Patient copy", page_numbers="Pág. {page}/1")
    write_label(stem, dict(
        kinds=["correspondence"], date="2026-07-14", author="specialist", language="en",
        style="bilingual Spanish/English emergency department report",
        imaging_done="yes", operated="no", treated_abroad="yes",
        notes="Bilingual Spanish/English ED report from a hospital in Spain (treated abroad yes). 'No se realizó "
              "intervención quirúrgica / No surgery was performed' -> operated no; closed reduction is not an "
              "operation and surgery is only a conditional recommendation. Labelled language en (English text "
              "throughout, Spanish alongside). Print date next day in footer."))

# ------------------------------------------------------------------ 045
@reg
def tx045():
    stem = "tx-045"
    d = Docx(font="Calibri", size=10.5)
    d.letterhead_table(
        [("UMC Utrecht", "b"), ("Department of Plastic, Reconstructive and Hand Surgery", ""),
         ("Heidelberglaan 100, 3584 CX Utrecht, the Netherlands", "s")],
        [("Date: 2026-12-01", ""), ("Patient no.: 7012944", "s"), ("Outpatient visit: 2026-11-26", "s")])
    d.p("Dr N. Sharma", space_after=0)
    d.p("Utrecht International Health Centre", space_after=0)
    d.p("Maliebaan 45, 3581 CD Utrecht")
    d.p(("Re: ", "b"), "Mr Lukas Bauer, date of birth 1988-09-03")
    d.p("Dear Dr Sharma,")
    d.p("Thank you for referring Mr Bauer, a 38-year-old Austrian engineer who has lived in Utrecht since 2025. In "
        "May 2025 he underwent a scapholunate ligament reconstruction (modified Brunelli tenodesis) of the right wrist "
        "at the ATOS Klinik in Munich, Germany. He reports persistent dorsal wrist pain and clicking.")
    d.p(("Examination: ", "b"), "well-healed dorsal scar, Watson test painful but without clunk, grip 32 kg right vs "
        "48 kg left.")
    d.p(("Imaging: ", "b"), "we repeated radiographs of both wrists today. SL interval right 3 mm (left 2 mm), "
        "scapholunate angle 65 degrees, no radioscaphoid arthritis. The anchors from the previous surgery are in place.")
    d.p(("Conclusion: ", "b"), "persistent symptoms after SL reconstruction, no recurrent gross SL widening.")
    d.p(("Plan: ", "b"), "diagnostic wrist arthroscopy was discussed as the next step; Mr Bauer would first like to "
        "obtain the operative report from Munich and discuss this with his family. We will see him again in "
        "8 weeks.")
    d.p("Kind regards,")
    d.p("")
    d.p("Marieke Spoelstra, MSc PA", space_after=0)
    d.p("Physician assistant, Hand Surgery", space_after=0)
    d.p("Supervising surgeon: dr. J.P. van Ooijen, plastic surgeon", space_after=0)
    d.footer("UMC Utrecht · this letter was sent electronically · page 1/1")
    d.save(stem)
    write_label(stem, dict(
        kinds=["correspondence"], date="2026-12-01", author="specialist", language="en",
        style="Dutch academic hospital letter in English, docx letterhead table, signed by a physician assistant",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="English letter from a Dutch hospital, signed by a physician assistant with a supervising surgeon "
              "(author role counted as specialist). ISO dates; letter 2026-12-01 vs visit 2026-11-26. Describes an "
              "operation at a clinic in Munich -> operated and treated abroad yes. Arthroscopy only discussed."))

# ------------------------------------------------------------------ 046
@reg
def tx046():
    stem = "tx-046"
    blocks = [
        ("right", "Aachen, den 27.11.2026"),
        ("sp", 3),
        ("cols", ["Herrn", "Huisarts J. Lemmens", "Maastrichterlaan 21", "6291 EL Vaals", "NIEDERLANDE"],
                 ["<b>Patientin:</b> Sophie Ramaekers", "geb. 05.05.1985", "<b>Untersuchung vom:</b> 26.11.2026",
                  "<b>Unser Zeichen:</b> MR-26-33018"], 0.5),
        ("sp", 6),
        ("p", "<b>MRT des linken Handgelenks</b> (1,5 T, nativ)"),
        ("p", "Sehr geehrter Herr Kollege, vielen Dank für die Überweisung Ihrer Patientin."),
        ("h", "Fragestellung"),
        ("p", "Z. n. Ganglionexzision dorsal links 2024 (Maastricht UMC+). Erneute Schwellung seit 3 Monaten. Rezidiv? "
              "Okkultes Ganglion?"),
        ("h", "Technik"),
        ("p", "PD fs cor/ax/sag, T1 cor, T2 ax."),
        ("h", "Befund"),
        ("p", "Postoperative Narbenveränderungen dorsal über dem SL-Intervall. Darin eine lobulierte, in PD fs "
              "homogen hyperintense Raumforderung von 9 x 6 x 5 mm mit Stiel zum dorsalen SL-Band. SL-Band und "
              "LT-Band intakt. Keine Knochenmarködeme. TFCC regelrecht. Sehnen ohne Auffälligkeiten. Keine "
              "Voraufnahmen zum Vergleich."),
        ("h", "Beurteilung"),
        ("p", "Rezidiv eines dorsalen Handgelenksganglions links (9 mm) ausgehend vom SL-Intervall. Kein Anhalt für "
              "Bandläsion."),
        ("sp", 3),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("sp", 6),
        ("p", "Dr. med. B. Hoffmann-Leclercq<br/>Fachärztin für Radiologie"),
    ]
    make_pdf(pdf_path(stem), blocks,
             side=[("RADIOLOGIE", True, 11), ("AM DOM", True, 11), "", "Gemeinschaftspraxis", "Dr. med. B. Hoffmann-",
                   "Leclercq", "Dr. med. P. Schüller", "", "Kleinmarschierstr. 5", "52062 Aachen", "",
                   "Tel +49 241 401 22 0", "Fax +49 241 401 22 99", "", "MRT · CT · Röntgen", "Mammographie"],
             footer="Radiologie am Dom Aachen - Partnerschaftsgesellschaft - AG Essen PR 1234", page_numbers="Seite {page}")
    write_label(stem, dict(
        kinds=["imaging-report"], date="2026-11-27", also_dates=["2026-11-26"], author="radiologist", language="de",
        style="German private radiology practice letter-style MRI report, side-column letterhead",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="German radiology report written as a letter ('Sehr geehrter Herr Kollege', 'vielen Dank für die "
              "Überweisung') - not correspondence, not a referral. Date 'Aachen, den 27.11.2026' vs exam 26.11.2026. "
              "The question mentions an earlier ganglion excision in Maastricht (operated yes). Outpatient MRI in a "
              "German practice for a patient living in Vaals -> treated abroad yes (care in a clinic outside NL; no "
              "admission)."))

# ------------------------------------------------------------------ 047
@reg
def tx047():
    stem = "tx-047"
    d = Docx(font="Arial", size=9.5)
    d.letterhead_table(
        [("Universitätsklinikum Münster", "b"), ("Klinik für Unfall-, Hand- und Wiederherstellungschirurgie", ""),
         ("Direktor: Univ.-Prof. Dr. med. M. J. Raschke", "s")],
        [("Albert-Schweitzer-Campus 1, Gebäude W1", "s"), ("48149 Münster", "s"), ("Tel. +49 251 83-56301", "s"),
         ("Datum: 28.10.2026", "b")])
    d.p("UKM · Unfall-, Hand- und Wiederherstellungschirurgie · 48149 Münster", size=7)
    d.p("Huisarts dr. R. Mulder, Gezondheidscentrum Enschede-Zuid, Zuiderval 70, 7543 EZ Enschede, Niederlande")
    d.h("Entlassungsbrief", 13)
    d.p("Patient: Herr Niels Oude Wesselink, geb. 11.11.1979", space_after=0)
    d.p("Stationär vom 20.10.2026 bis 23.10.2026, Station 13A")
    d.p("Sehr geehrter Herr Kollege,")
    d.p("wir berichten über o.g. Patienten, der nach einem Arbeitsunfall in einem Betrieb in Gronau (Kreissäge) "
        "über unsere Notaufnahme aufgenommen wurde.")
    d.p(("Diagnosen:", "b"))
    d.p("1. Subtotale Amputationsverletzung D2 links auf Höhe der Mittelphalanx mit Durchtrennung beider "
        "Digitalnerven und -arterien sowie der FDP-Sehne", space_after=0)
    d.p("2. Arterielle Hypertonie", space_after=0)
    d.p("3. Nikotinabusus (20 py)")
    d.p(("Operationsbericht vom 20.10.2026:", "b"))
    d.kv([("Operateur", "OA Dr. med. H. Langer"), ("1. Assistenz", "Dr. med. F. Kemper, Assistenzärztin"),
          ("Anästhesie", "Plexus axillaris + Analgosedierung"),
          ("Eingriff", "Replantation D2 links: Osteosynthese Mittelphalanx (2 K-Drähte), FDP-Naht, Naht der A. digitalis "
                       "radialis und ulnaris (10-0), Naht beider Nn. digitales, Naht der dorsalen Vene"),
          ("Verlauf", "Blutleere 140 min. Débridement, Verkürzungsosteotomie 3 mm, K-Draht-Osteosynthese. Zweizügige "
                      "Naht der FDP-Sehne (4-Strang). Mikrochirurgische Anastomose beider Digitalarterien und einer "
                      "dorsalen Vene, epineurale Naht beider Digitalnerven. Nach Öffnen der Blutleere gute "
                      "Rekapillarisierung. Lockerer Hautverschluss, Gipsschiene.")], widths=(3.5, 13))
    d.p(("Verlauf:", "b"))
    d.p("Postoperativ stets gut perfundierter Finger. Heparinperfusor für 3 Tage. Nikotinkarenz dringend empfohlen. "
        "Röntgen postoperativ: regelrechte Stellung.")
    d.p(("Procedere:", "b"))
    d.p("Handtherapie nach Kleinert-Schema ab sofort, Kontrolle der Wundverhältnisse und K-Draht-Entfernung nach "
        "6 Wochen. Die Weiterbehandlung erfolgt auf Wunsch des Patienten in den Niederlanden. BG-Verfahren eingeleitet.")
    d.p("Mit freundlichen Grüßen")
    d.letterhead_table([("Univ.-Prof. Dr. med. M. J. Raschke", ""), ("Klinikdirektor", "s")],
                       [("i.A. Dr. med. F. Kemper", ""), ("Assistenzärztin", "s")])
    d.footer("Diktiert: 23.10.2026 | Geschrieben: 27.10.2026 | Ausgedruckt: 28.10.2026 | Seite 1 von 1")
    d.save(stem)
    write_label(stem, dict(
        kinds=["correspondence", "operation-report"], date="2026-10-28", also_dates=["2026-10-23", "2026-10-27"],
        author="specialist", language="de",
        style="German Entlassungsbrief docx with embedded Operationsbericht table",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="German discharge letter containing a full operation report section (date, Operateur, Eingriff, Verlauf) "
              "-> correspondence and operation-report. Signed by the director with 'i.A.' Assistenzärztin. Dates: "
              "'Datum: 28.10.2026' in the letterhead table, stay 20.-23.10, footer dictated/written/printed. Dutch "
              "patient admitted in Germany -> treated abroad."))

# ------------------------------------------------------------------ 048
@reg
def tx048():
    stem = "tx-048"
    txt = """
Praxis Dr. med. Ursula Terhorst
Fachärztin für Allgemeinmedizin
Große Straße 41, 47533 Kleve   Tel. 02821 / 22 33 4   BSNR 381234500

                                                       Kleve, 01.12.2026

An die
Kliniek voor Hand- en Polschirurgie
Zeist, Niederlande

ÜBERWEISUNG  (Muster 6 - Zweitmeinung)

Patient:     Herr Dieter Janssen, geb. 24.02.1956
             Hagsche Straße 12, 47533 Kleve
Kasse:       AOK Rheinland/Hamburg (Vers.-Nr. A123456789)

Auftrag / Fragestellung:
  Zweitmeinung erbeten: Ist bei fortschreitender Arthrose nach
  proximaler Reihenresektion eine Handgelenksarthrodese rechts indiziert,
  oder gibt es Alternativen (z.B. Prothese)?

Diagnose: M19.13 G R  Posttraumatische Arthrose Handgelenk rechts
          Z98.8 G R   Z.n. proximaler Reihenresektion (PRC) rechts 2024

Befunde/Anmerkungen:
  PRC rechts am 12.03.2024 im St.-Antonius-Hospital Kleve nach
  SLAC-Handgelenk. Seit Anfang 2026 zunehmende Schmerzen. Röntgen vom
  05.11.2026 (Radiologie Kleve): fortgeschrittene Arthrose zwischen
  Capitatum und Fossa lunata. Dort wurde eine Arthrodese empfohlen; der
  Patient wünscht vor dem Eingriff eine weitere Meinung. Befunde anbei.

Mit freundlichen kollegialen Grüßen

Dr. med. U. Terhorst
(Stempel / Unterschrift)
"""
    write_txt(stem, txt)
    write_label(stem, dict(
        kinds=["referral"], date="2026-12-01", author="gp", language="de",
        style="German GP Überweisung (Muster 6 layout) in plain text",
        referral_question=True,
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="German GP referral for a second opinion with an explicit 'Fragestellung'. German patient living in "
              "Kleve: his operation (2024) and X-ray were in German hospitals, i.e. outside the Netherlands -> treated "
              "abroad yes from the clinic's point of view. The recommended arthrodesis is only a plan. No history "
              "section with recent treatments."))

# ------------------------------------------------------------------ 049
@reg
def tx049():
    stem = "tx-049"
    blocks = [
        ("kv4", [
            ["Patient", "Smits, Ruben", "Geb.-Dat.", "29.08.2004"],
            ["Aufn.-Zahl", "26-0020487", "Station", "Plastische Chir. B7"],
            ["OP-Datum", "19.02.2026", "OP-Saal", "Zentral-OP 4"],
            ["Operateur", "OA Dr. G. Wechselberger-Pichler", "Assistenz", "Dr. L. Rainer (Assistenzärztin)"],
            ["Anästhesie", "Plexusanästhesie (Dr. S. Hofer)", "Blutsperre", "250 mmHg, 82 min"],
        ]),
        ("sp", 4),
        ("p", "<b>Diagnose:</b> Schnittverletzung volar D2 rechts (Glasscherbe, 18.02.2026) mit kompletter "
              "Durchtrennung der FDP- und FDS-Sehne in Zone II sowie des ulnaren Digitalnerven"),
        ("p", "<b>Operation:</b> Wundrevision, Beugesehnennaht FDP (6-Strang-Naht, Adelaide) und FDS, "
              "epineurale Naht N. digitalis ulnaris D2 rechts"),
        ("h", "Operationsbericht"),
        ("p", "Bruner-Erweiterung der Schnittwunde. Darstellung des proximalen und distalen Sehnenstumpfes, die "
              "proximalen Stümpfe werden mittels Katheter durch den A2-Ringband-Bereich gezogen. 6-Strang-Kernnaht "
              "FDP (Fiberwire 4-0), fortlaufende epitendinöse Naht 6-0. Naht eines Zügels des FDS. Gleittest "
              "intraoperativ frei, kein Anstoßen am A2-Band. Epineurale Naht des ulnaren Digitalnerven mit 9-0 "
              "Ethilon unter dem Mikroskop. Hautnaht, dorsale Schiene in Intrinsic-plus-Stellung."),
        ("h", "Procedere"),
        ("p", "Frühfunktionelle Nachbehandlung nach modifiziertem Kleinert-Schema, Ergotherapie ab 1. postop. Tag. "
              "Schiene für 6 Wochen. Patient (Niederländer, Skiurlaub in Ischgl) reist am 21.02.2026 nach Hause, "
              "Weiterbehandlung in einer handchirurgischen Abteilung in den Niederlanden dringend empfohlen."),
        ("sp", 6),
        ("cols", ["i.A. Dr. L. Rainer", "Assistenzärztin"],
                 ["OA Dr. G. Wechselberger-Pichler", "für Univ.-Prof. Dr. D. Wallner, Klinikvorstand"], 0.5),
    ]
    make_pdf(pdf_path(stem), blocks,
             top_banner=[("tirol kliniken", True, 14),
                         ("LKH Innsbruck - Universitätskliniken · Univ.-Klinik für Plastische, Rekonstruktive und Ästhetische Chirurgie", False, 7.5),
                         ("Anichstraße 35, 6020 Innsbruck, Österreich · +43 50 504-0", False, 7.5),
                         ("OPERATIONSBERICHT", True, 11)],
             footer="Vidiert 20.02.2026 11:02 - Ausdruck 20.02.2026 - Seite {page}/1")
    write_label(stem, dict(
        kinds=["operation-report"], date="2026-02-19", also_dates=["2026-02-20"], author="specialist", language="de",
        style="Austrian Operationsbericht with two-column field grid, i.A. signature",
        imaging_done="unmentioned", operated="yes", treated_abroad="yes",
        notes="Austrian operation report: OP-Datum 19.02.2026 in a field grid, injury 18.02, 'Vidiert' 20.02, travel "
              "home 21.02. Signed 'i.A.' by an Assistenzärztin and the Oberarzt 'für' the head. Operated during a ski "
              "holiday -> treated abroad yes."))

# ------------------------------------------------------------------ 050
@reg
def tx050():
    stem = "tx-050"
    d = Docx(font="Arial", size=10)
    d.letterhead_table(
        [("Schulthess Klinik", "b"), ("Hand- und periphere Nervenchirurgie", ""), ("Lengghalde 2, 8008 Zürich", "s"),
         ("T +41 44 385 71 71", "s")],
        [("Frau Dr. med. E. Keller", ""), ("Praxis am Römerhof", ""), ("Asylstrasse 141", ""), ("8032 Zürich", "")])
    d.p("Zürich, 30. November 2026", align="right")
    d.p(("Sprechstundenbericht vom 26.11.2026", "b"))
    d.p("Betrifft: Frau Marit Zijlstra, 14.03.1970, Seefeldstrasse 80, 8008 Zürich")
    d.p("Sehr geehrte Frau Kollegin")
    d.p("Besten Dank für die Zuweisung Ihrer Patientin, einer niederländischen Primarlehrerin, die seit 2019 in "
        "Zürich lebt.")
    d.p(("Diagnosen", "b"))
    d.p("1. Rhizarthrose rechts, Eaton-Littler Stadium III", space_after=0)
    d.p("2. Tendovaginitis stenosans D1 rechts", space_after=0)
    d.p("3. St. n. Sectio caesarea 2004 und 2007")
    d.p(("Anamnese", "b"))
    d.p("Seit 2 Jahren belastungsabhängige Schmerzen am Daumensattelgelenk rechts. Bisher keine Operationen an der "
        "Hand. Zwei Infiltrationen beim Hausarzt mit je ca. 3 Monaten Wirkung.")
    d.p(("Befunde", "b"))
    d.p("Positiver Grind-Test rechts, Schnappen D1. Röntgen Hand rechts d.p./seitlich (heute): fortgeschrittene "
        "Rhizarthrose mit Subluxation, STT-Gelenk erhalten. Externe MRI vom Juni 2026 (Institut für Radiologie "
        "Hirslanden) liegt vor.")
    d.p(("Beurteilung und Procedere", "b"))
    d.p("Wir haben die Möglichkeiten einer Trapeziektomie mit Suspensionsplastik bzw. einer Prothese sowie einer "
        "Ringbandspaltung D1 besprochen. Die Patientin möchte zunächst konservativ weiterfahren (Schiene, "
        "Ergotherapie) und eventuell eine Zweitmeinung in den Niederlanden einholen. Eine Operation ist nicht "
        "geplant. Wiedervorstellung nach Bedarf.")
    d.p("Freundliche Grüsse")
    d.letterhead_table([("Dr. med. P. Huber", ""), ("Oberarzt Handchirurgie", "s")],
                       [("Prof. Dr. med. D. Herren", ""), ("Chefarzt", "s")])
    d.footer("Schulthess Klinik - Visiert 30.11.2026 - Kopie an Patientin")
    d.save(stem)
    write_label(stem, dict(
        kinds=["correspondence"], date="2026-11-30", also_dates=["2026-11-26"], author="specialist", language="de",
        style="Swiss Sprechstundenbericht docx (Swiss spelling, ss for ß)",
        imaging_done="yes", operated="no", treated_abroad="yes",
        notes="Swiss consultation report: letter date 30. November 2026 vs 'Sprechstundenbericht vom 26.11.2026'. "
              "'Bisher keine Operationen an der Hand' -> operated no (caesarean sections are another body part; "
              "operations only discussed, 'nicht geplant'). X-ray today and external MRI -> imaging yes. Dutch "
              "patient living in Zürich treated at a Swiss clinic -> treated abroad yes."))
