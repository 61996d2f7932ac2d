"""merged PDFs (bundles): tj-026 (fax bijlagen, nl), tj-027 (ZD + HIS + OK, nl), tj-028 (UK bundle, en), tj-029 (Anlagen, de)"""
import os
from rl import *
from common import out, label, BUILD

GREY = colors.Color(0.92, 0.92, 0.92)
bp = lambda name: os.path.join(BUILD, name)


# =============================================================== tj-026 fax bundle
def tj026():
    st = "tj-026"
    # part 1: fax cover sheet from the GP practice
    def fax_cover(path):
        s = [P("FAX", ParagraphStyle("f", fontName="Helvetica-Bold", fontSize=28, leading=32)), Spacer(1, 6 * mm),
             P("<b>Huisartsenpraktijk Wormerveer-Noord</b><br/>J. de Boer en E. Veldhuis, huisartsen<br/>Zaanweg 212, "
               "1521 DM Wormerveer<br/>tel. 075 612 04 40  fax 075 612 04 43"), Spacer(1, 10 * mm)]
        s.append(kv([["Aan:", "Handkliniek Amstelveld, afdeling intake / second opinion"], ["Faxnummer:", "020 555 01 90"],
                     ["Van:", "M. Kramer, doktersassistente, namens J. de Boer, huisarts"], ["Datum:", "17-03-2026"],
                     ["Aantal pagina's:", "3 (inclusief dit voorblad)"],
                     ["Betreft:", "mw. T. (Tineke) Smit, geb. 21-08-1959"]], [35 * mm, 130 * mm], S["n"], S["b"], pad=4))
        s.append(Spacer(1, 8 * mm))
        s += paras("""Geachte heer/mevrouw,

Naar aanleiding van uw telefonische verzoek van gisteren sturen wij u hierbij de ontbrekende bijlagen voor de aanvraag second opinion van bovengenoemde patiënte:
- brief van de orthopeed (Zaanland Ziekenhuis) d.d. 15-01-2026
- verslag van de röntgenfoto van de linkerhand d.d. 08-01-2026

De verwijsbrief zelf heeft dokter De Boer vorige week via ZorgDomein verstuurd. De foto's zelf (CD) vraagt patiënte op bij het Zaanland Ziekenhuis.

Met vriendelijke groet,
M. Kramer""")
        s.append(Spacer(1, 20 * mm))
        s.append(P("<i>Dit faxbericht is uitsluitend bestemd voor de geadresseerde. Bent u niet de geadresseerde, vernietig het "
                   "bericht dan en neem contact met ons op.</i>", S["s"]))
        build(path, s, margins=(22, 22, 25, 20))

    # part 2: orthopaedic outpatient letter
    def poli(path):
        def pg(c, d):
            W, H = A4
            logo_cross(c, 20 * mm, H - 27 * mm, 12 * mm, colors.Color(0.0, 0.4, 0.6))
            c.setFont("Helvetica", 8)
            for i, t in enumerate(["Orthopedie", "Dr. Plesmanstraat 40, 1502 AB Zaandam", "075 650 00 00"]):
                c.drawString(36 * mm, H - 18 * mm - i * 3.6 * mm, t)
            c.setFont("Helvetica", 7); c.drawString(20 * mm, 10 * mm, "Zaanland Ziekenhuis  -  www.zaanland.example.nl")
        s = [Spacer(1, 12 * mm)]
        t = Table([[P("De weledelgeleerde heer J. de Boer<br/>huisarts<br/>Zaanweg 212<br/>1521 DM Wormerveer"),
                    kv([["Datum", "15 januari 2026"], ["Kenmerk", "ORT-JvL-0115"], ["Patiëntnr.", "7730112"]],
                       [20 * mm, 45 * mm], S["s"], ParagraphStyle("b", parent=S["s"], fontName="Helvetica-Bold"))]],
                  colWidths=[100 * mm, 70 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s += [t, Spacer(1, 8 * mm), P("<b>Betreft:</b> mw. T. Smit, 21-08-1959, Dorpsstraat 9, Wormer"), Spacer(1, 4 * mm),
              P("Geachte collega,"), Spacer(1, 2 * mm),
              P("Op 8 januari jl. zag ik uw patiënte op de polikliniek in verband met pijn aan de linker duimbasis."),
              P("<b>Anamnese</b>", S["h"]),
              P("Sinds 2 jaar toenemende pijn in de linker duimbasis, linkshandig. Moeite met potjes openen, sleutel omdraaien. "
                "Brace van de huisarts helpt 's nachts. Eerder nooit behandeld door een specialist."),
              P("<b>Lichamelijk onderzoek</b>", S["h"]),
              P("Drukpijn CMC-1 links, positieve grind-test, geen adductiecontractuur, MCP-1 hyperextensie 10 graden. "
                "Sensibiliteit intact, geen aanwijzingen voor CTS."),
              P("<b>Aanvullend onderzoek</b>", S["h"]),
              P("Röntgen linkerhand en duim (08-01-2026): CMC-1 artrose Eaton-Littler III, STT-gewricht gespaard; zie verslag."),
              P("<b>Conclusie</b>", S["h"]), P("Symptomatische CMC-1 artrose links."),
              P("<b>Beleid</b>", S["h"]),
              P("Intra-articulaire injectie met corticosteroïd gegeven, echogeleid. Bij onvoldoende effect kan een operatie "
                "(trapeziëctomie met of zonder peesinterpositie) worden overwogen. Patiënte wil hierover eerst nadenken en "
                "overweegt een second opinion in een gespecialiseerde handkliniek, waar ik geen bezwaar tegen heb. "
                "Controle op afspraak."),
              Spacer(1, 5 * mm), P("Met vriendelijke groet,"), Spacer(1, 8 * mm),
              P("J. van Leeuwen, orthopedisch chirurg"), P("cc: patiënte", S["s"])]
        build(path, s, first=pg, margins=(20, 20, 28, 18))

    # part 3: radiology report
    def rad(path):
        def pg(c, d):
            W, H = A4
            c.setFont("Helvetica-Bold", 10); c.drawString(20 * mm, H - 16 * mm, "ZAANLAND ZIEKENHUIS - RADIOLOGIE")
            c.setFont("Helvetica", 8); c.drawString(20 * mm, H - 20 * mm, "Dr. Plesmanstraat 40, 1502 AB Zaandam")
        s = [Spacer(1, 4 * mm), P("<b>RADIOLOGISCH ONDERZOEK</b>", S["h"]), Spacer(1, 2 * mm)]
        s.append(kv([["Naam", "Smit, T.", "Geb.datum", "21-08-1959"],
                     ["Aanvrager", "Van Leeuwen, J. (ORT)", "Datum", "08-01-2026"],
                     ["Onderzoek", "X-hand links + X-duim links", "Accessienr.", "ZZ-26-000731"]],
                    [22 * mm, 60 * mm, 25 * mm, 60 * mm], S["n"], S["b"], grid=True, pad=3))
        s.append(Spacer(1, 5 * mm))
        s.append(P("<b>Klinische gegevens:</b> pijn duimbasis links, artrose?"))
        s.append(Spacer(1, 3 * mm))
        s += paras("""<b>Verslag:</b>
Hand links in 2 richtingen en gerichte opnamen van de duim. Vernauwde gewrichtsspleet CMC-1 met subchondrale sclerose en osteofyten tot 3 mm, lichte radiale subluxatie van de basis metacarpale I. STT-gewricht normaal. Geringe artrose DIP 2 en 3. Geen fractuur. Normale botstructuur.

<b>Conclusie:</b>
CMC-1 artrose links, Eaton-Littler stadium III. Geringe DIP-artrose dig. 2-3.""")
        s.append(Spacer(1, 6 * mm))
        s.append(P("W.F. Mulder, radioloog - geautoriseerd 08-01-2026 15:47", S["s"]))
        build(path, s, first=pg, margins=(20, 20, 26, 18))

    p1, p2, p3 = bp("026a.pdf"), bp("026b.pdf"), bp("026c.pdf")
    fax_cover(p1); poli(p2); rad(p3)
    merged = bp("026m.pdf")
    merge([p1, p2, p3], merged)
    def faxline(c, n, total, w, h):
        c.setFont("Courier", 8)
        c.drawString(10 * mm, h - 6 * mm, "17-MRT-2026 09:41  VAN: 0756120443  HAP WORMERVEER-NOORD     AAN: 0205550190     P.%03d/%03d" % (n, total))
    stamp(merged, out(st, "pdf"), faxline)
    label(st, ["correspondence", "imaging-report"], "gp", "nl", "faxed bundle (bijlagen): GP fax cover + outpatient letter + radiology report",
          "yes", "unmentioned", "unmentioned",
          "Merged fax: fax line with send date on top of every page; cover sheet by a GP assistant lists the enclosures "
          "(mentions, not documents) and says the referral was sent separately; operation only 'overwogen'; three different "
          "dates per part",
          date="2026-03-17",
          parts=[{"kinds": [], "date": "2026-03-17", "author": "gp", "style": "fax cover sheet"},
                 {"kinds": ["correspondence"], "date": "2026-01-15", "author": "specialist", "style": "orthopaedic outpatient letter"},
                 {"kinds": ["imaging-report"], "date": "2026-01-08", "author": "radiologist", "style": "radiology report grid"}])


# =============================================================== tj-027 ZD referral + HIS summary + OK report
def tj027():
    st = "tj-027"
    def zd(path):
        def pg(c, d):
            W, H = A4
            c.setFont("Helvetica-Bold", 8); c.setFillColor(colors.Color(0.0, 0.42, 0.55))
            c.drawString(18 * mm, H - 12 * mm, "ZorgDomein")
            c.setFillColor(colors.black); c.setFont("Helvetica", 7)
            c.drawRightString(W - 18 * mm, H - 12 * mm, "Verwijsbrief - H.B. Verhoef - 30-12-1955")
            c.drawString(18 * mm, 9 * mm, "Gegenereerd 20-03-2026 16:05")
            c.drawRightString(W - 18 * mm, 9 * mm, "%d / 2" % d.page)
        s = [P("Verwijsbrief", S["t"]), P("Second opinion hand/pols - Handkliniek Amstelveld - Plastische chirurgie"), Spacer(1, 4 * mm)]
        rows = [["Verwijzer", "S. el Amrani, huisarts, Gezondheidscentrum De Kruidenhof, Utrecht (AGB 01-091177)"],
                ["Datum", "20-03-2026"],
                ["Patiënt", "dhr. H.B. Verhoef, geboren 30-12-1955, BSN 999 520 314"],
                ["Verzekeraar", "Zorgverzekeraar Domstad, relatienr. 55817224"],
                ["Specialisme", "Plastische chirurgie (handchirurgie)"],
                ["Vraagstelling", "Persisterende tintelingen en nachtelijke pijn rechterhand ondanks carpaletunnelrelease "
                 "rechts (juni 2025). Is er sprake van een incomplete klieving of een recidief, en is re-exploratie "
                 "zinvol? Patiënt wenst nadrukkelijk een second opinion buiten het eigen ziekenhuis."],
                ["Relevante voorgeschiedenis", "Zie bijgevoegde professionele samenvatting."],
                ["Medicatie", "metoprolol 50 mg, simvastatine 40 mg, pregabaline 75 mg 2 dd (sinds 01-2026)"],
                ["Allergieën", "Geen bekend"]]
        s.append(kv(rows, [40 * mm, 134 * mm], S["n"], S["b"], grid=True, shade=GREY, pad=4))
        s.append(Spacer(1, 4 * mm))
        s.append(P("Bijlage: professionele samenvatting HIS; operatieverslag 12-06-2025 (door patiënt aangeleverd).", S["s"]))
        build(path, s, first=pg, margins=(18, 18, 20, 16))

    def his(path):
        mono = ParagraphStyle("m", fontName="Courier", fontSize=8.2, leading=10)
        monob = ParagraphStyle("mb", fontName="Courier-Bold", fontSize=8.2, leading=10)
        def pg(c, d):
            W, H = A4
            c.setFont("Courier", 7.5)
            c.drawString(15 * mm, H - 10 * mm, "Professionele samenvatting - Gezondheidscentrum De Kruidenhof - Datum uitdraai: 20-03-2026")
            c.drawString(15 * mm, H - 13.5 * mm, "Patiënt: Verhoef, H.B. (dhr)   geb. 30-12-1955   Pat.nr. 10447")
            c.drawRightString(W - 15 * mm, 8 * mm, "blz %d" % d.page)
        s = [P("PROFESSIONELE SAMENVATTING", monob), Spacer(1, 3 * mm), P("Actieve episoden", monob)]
        ep = [["ICPC", "Episode", "Begindatum"],
              ["N93", "Carpaletunnelsyndroom re, st.na release 06-2025, persisterende klachten", "14-03-2024"],
              ["K86", "Hypertensie zonder orgaanschade", "09-2012"],
              ["T93", "Hypercholesterolemie", "09-2012"],
              ["L84", "Lage rugpijn met uitstraling, chronisch", "2018"]]
        s.append(grid(ep, [15 * mm, 120 * mm, 30 * mm], mono, hst=monob))
        s.append(Spacer(1, 3 * mm))
        s.append(P("Inactieve episoden: appendectomie (1974), fractuur enkel li (2003, conservatief)", mono))
        s.append(Spacer(1, 3 * mm))
        s.append(P("Journaal (selectie laatste 12 maanden)", monob))
        J = [
            ("03-04-2025", "S", "tintelingen re hand nog steeds, spalk helpt niet meer, wil verder"),
            ("03-04-2025", "P", "verwijzing plastische chirurgie Ziekenhuis Heuvelrug-West"),
            ("12-06-2025", "E", "CTS-release re (OK Heuvelrug-West)"),
            ("27-06-2025", "S", "hechtingen verwijderd door assistente, wond rustig"),
            ("19-07-2025", "S", "terug van vakantie Kroatië, geen bijzonderheden, niet bij arts geweest daar"),
            ("02-09-2025", "-", "brief specialist ontvangen: controle 10 wkn postop, tevreden, ontslag poli"),
            ("18-11-2025", "S", "klachten terug, 's nachts wakker, tintelingen dig 1-3 re. O: Tinel litteken+, Phalen+, "
                               "geen atrofie thenar. E: recidief/persisterend CTS? P: overleg plastisch chirurg"),
            ("14-01-2026", "S", "echo n. medianus (Heuvelrug-West) 02-01: geen duidelijke compressie, litteken. "
                               "EMG: lichte vertraging, minder dan preop. P: pregabaline 75 mg 2dd proberen"),
            ("05-03-2026", "S", "pregabaline weinig effect, duizelig. Chirurg stelt afwachten voor, pt. niet tevreden"),
            ("05-03-2026", "P", "pt. wil second opinion elders, info handkliniek meegegeven"),
            ("20-03-2026", "P", "verwijzing ZorgDomein second opinion handkliniek"),
        ]
        rows = [["Datum", "", "Regel"]] + [[a, b, c] for a, b, c in J]
        s.append(grid(rows, [22 * mm, 8 * mm, 135 * mm], mono, hst=monob))
        s.append(Spacer(1, 3 * mm))
        s.append(P("Medicatie (actueel): metoprolol 50mg 1dd1; simvastatine 40mg 1dd1 a.n.; pregabaline 75mg 2dd1", mono))
        s.append(P("ICA: geen", mono))
        build(path, s, first=pg, margins=(15, 15, 20, 15))

    def ok(path):
        def pg(c, d):
            W, H = A4
            c.setFont("Helvetica-Bold", 10); c.drawString(18 * mm, H - 15 * mm, "Ziekenhuis Heuvelrug-West")
            c.setFont("Helvetica", 8); c.drawString(18 * mm, H - 19 * mm, "Dagbehandeling / OK-complex  -  Hoog Kanje 38, 3708 DL Zeist")
            c.setFont("Helvetica-Bold", 9); c.drawRightString(W - 18 * mm, H - 15 * mm, "OPERATIEVERSLAG")
            c.setFont("Helvetica", 8); c.drawRightString(W - 18 * mm, H - 19 * mm, "Verhoef, H.B.  30-12-1955  (M)")
        s = [Spacer(1, 2 * mm)]
        rows = [["Datum operatie", "12-06-2025", "Specialisme", "Plastische chirurgie"],
                ["Operateur", "dr. F. Lindeboom", "Assistent", "K. Dekker, ANIOS"],
                ["Anesthesie", "WALANT (lidocaïne 1% met adrenaline, 10 ml)", "Bloedleegte", "geen"],
                ["Indicatie", "Carpaletunnelsyndroom rechts, EMG-bevestigd (03-2024), falen conservatieve therapie", "ASA", "II"]]
        s.append(kv(rows, [30 * mm, 62 * mm, 26 * mm, 56 * mm], S["n"], S["b"], grid=True, pad=3))
        s.append(Spacer(1, 4 * mm))
        s.append(kv([["Ingreep", "Open klieving ligamentum carpi transversum rechts (mini-open)"],
                     ["Beschrijving", "Patiënt in rugligging, arm op armtafel. Na infiltratie en wachttijd 25 minuten incisie van "
                      "2,5 cm in de lijn van de radiale zijde van de vierde straal. Palmaire fascie gekliefd. Ligamentum carpi "
                      "transversum onder direct zicht volledig gekliefd van distaal naar proximaal; distaal vetkussen in zicht. "
                      "N. medianus ingesnoerd, hyperemisch, geen motorische tak-variant. Antebrachiale fascie proximaal 2 cm "
                      "gekliefd. Controle: volledige decompressie. Huid gesloten met Prolene 4-0 intracutaan/losse hechtingen. "
                      "Drukverband."],
                     ["Complicaties", "Geen"],
                     ["Nabehandeling", "Drukverband 2 dagen, daarna pleister. Hechtingen verwijderen dag 12-14 bij huisarts. "
                      "Vrij bewegen. Controle poli na 10 weken."]],
                    [30 * mm, 144 * mm], S["n"], S["b"], grid=True, pad=4))
        s.append(Spacer(1, 6 * mm))
        s.append(P("Verslag vastgelegd door dr. F. Lindeboom, plastisch chirurg, 12-06-2025 13:22", S["s"]))
        build(path, s, first=pg, margins=(18, 18, 24, 18))

    p = [bp("027a.pdf"), bp("027b.pdf"), bp("027c.pdf")]
    zd(p[0]); his(p[1]); ok(p[2])
    merge(p, out(st, "pdf"))
    label(st, ["referral", "history", "operation-report"], "gp", "nl", "merged: Zorgdomein referral + HIS professionele samenvatting + OK-verslag",
          "yes", "yes", "no",
          "Three documents in one file with different headers; referral's voorgeschiedenis only points to the attached "
          "summary; HIS journal in Courier table with SOEP letters in their own column; holiday in Croatia without care; "
          "appendectomy other body part; OK form with 4-column grid",
          date="2026-03-20", rq=True,
          parts=[{"kinds": ["referral"], "date": "2026-03-20", "author": "gp", "style": "zorgdomein single-column"},
                 {"kinds": ["history"], "date": "2026-03-20", "author": "gp", "style": "HIS professionele samenvatting"},
                 {"kinds": ["operation-report"], "date": "2025-06-12", "author": "specialist", "style": "OK-verslag form"}])


# =============================================================== tj-028 UK bundle
def tj028():
    st = "tj-028"
    TRUST = "Kernow & Tamar Hospitals NHS Trust"
    def hdr(title):
        def pg(c, d):
            W, H = A4
            c.setFont("Helvetica-Bold", 9); c.drawString(18 * mm, H - 12 * mm, TRUST)
            c.setFont("Helvetica", 7.5); c.drawString(18 * mm, H - 15.5 * mm, "Royal Penwith Hospital, Penwithick Road, Truro TR1 9ZZ")
            c.setFont("Helvetica-Bold", 9); c.drawRightString(W - 18 * mm, H - 12 * mm, title)
            c.setFont("Helvetica", 7.5)
            c.drawString(18 * mm, H - 20 * mm, "PIETERSEN, Daan   DOB 12/06/1988   Hosp No RP4471902   NHS No: not applicable (overseas visitor)")
            c.line(18 * mm, H - 22 * mm, W - 18 * mm, H - 22 * mm)
            c.setFont("Helvetica", 7); c.drawRightString(W - 18 * mm, 9 * mm, "Page %d" % d.page)
        return pg

    def ds(path):
        s = [Spacer(1, 2 * mm), P("DISCHARGE SUMMARY", S["t"])]
        s.append(kv([["Admitted", "20/09/2025 17:40 via Emergency Department", "Discharged", "22/09/2025"],
                     ["Ward", "Trauma &amp; Orthopaedics, Wheal Jane Ward", "Consultant", "Miss R. Penrose FRCS (Tr&amp;Orth)"],
                     ["GP", "Not registered in UK - copy to patient for his Dutch GP", "Date of letter", "24/09/2025"]],
                    [22 * mm, 66 * mm, 26 * mm, 60 * mm], S["s"], ParagraphStyle("b", parent=S["s"], fontName="Helvetica-Bold"),
                    grid=True, pad=3))
        s += [Spacer(1, 4 * mm), P("Presenting complaint", S["h"]),
              P("37-year-old Dutch tourist on a cycling holiday, came off his bike on a descent near St Agnes, FOOSH right."),
              P("Diagnosis", S["h"]), P("Displaced fracture of the waist of the right scaphoid."),
              P("Investigations", S["h"]),
              P("Radiographs right wrist and scaphoid series 20/09/2025: displaced waist fracture. CT right wrist 20/09/2025: "
                "1.5 mm displacement, no comminution. MRSA screen on admission: see microbiology (no MRSA isolated)."),
              P("Procedures", S["h"]),
              P("21/09/2025 - Percutaneous fixation right scaphoid with headless compression screw (see separate operation note)."),
              P("Medications on discharge", S["h"]),
              grid([["Drug", "Dose", "Frequency", "Duration"], ["Paracetamol", "1 g", "QDS", "PRN"],
                    ["Ibuprofen", "400 mg", "TDS with food", "5 days"], ["Codeine phosphate", "30 mg", "QDS PRN", "3 days (supplied 12 tabs)"]],
                   [50 * mm, 30 * mm, 40 * mm, 54 * mm]),
              P("Follow-up / actions for GP", S["h"]),
              P("Patient returning to the Netherlands on 23/09/2025 by ferry. Please arrange fracture clinic follow-up with "
                "X-ray at 2 weeks and CT at 8-10 weeks locally. Backslab to be converted to a scaphoid cast. Images provided "
                "on CD."),
              Spacer(1, 6 * mm), P("Completed by: Dr T. Hollis, FY2, for Miss R. Penrose, Consultant Orthopaedic Surgeon")]
        build(path, s, first=hdr("DISCHARGE SUMMARY"), margins=(18, 18, 26, 16))

    def opnote(path):
        s = [Spacer(1, 2 * mm), P("OPERATION NOTE", S["t"])]
        rows = [["Date", "21/09/2025", "Theatre", "Main Theatre 4"],
                ["Surgeon", "Miss R. Penrose", "Assistant", "Mr A. Nwosu (ST5)"],
                ["Anaesthetist", "Dr H. Quick", "Anaesthetic", "GA + regional (infraclavicular)"],
                ["Operation", "Percutaneous fixation right scaphoid waist fracture", "Tourniquet", "Not used"]]
        s.append(kv(rows, [24 * mm, 64 * mm, 24 * mm, 62 * mm], S["n"], S["b"], grid=True, pad=3))
        s += [Spacer(1, 4 * mm)]
        s.append(kv([["Indication", "Displaced (1.5 mm) waist fracture right scaphoid, dominant hand"],
                     ["Findings", "Fracture reducible closed with joystick K-wire in the distal pole"],
                     ["Procedure", "Supine, arm table, volar approach percutaneous. Guidewire along the central axis under image "
                      "intensifier in AP, lateral and oblique views. Measured 24 mm, drilled, 22 mm headless compression screw "
                      "inserted. Good compression and position confirmed in all views, screw not prominent. Stab incision "
                      "closed with Steri-Strips."],
                     ["Closure", "Steri-Strips, dressing, plaster backslab (scaphoid)"],
                     ["Blood loss", "Minimal"], ["Complications", "None"],
                     ["Post-op", "Elevate. Neurovascular observations. Home tomorrow if comfortable. VTE: not required."]],
                    [28 * mm, 146 * mm], S["n"], S["b"], grid=True, pad=4))
        s += [Spacer(1, 6 * mm), P("Signed: R. Penrose    GMC 7000000    21/09/2025 11:48", S["s"])]
        build(path, s, first=hdr("OPERATION NOTE"), margins=(18, 18, 26, 16))

    def micro(path):
        s = [Spacer(1, 2 * mm), P("Microbiology - Cumulative Report", S["h"])]
        s.append(kv([["Location", "Emergency Department → Wheal Jane Ward", "Requested by", "ED triage (admission screen)"],
                     ["Collected", "20/09/2025 19:02", "Received", "20/09/2025 21:30"],
                     ["Reported", "22/09/2025 10:15", "Lab No", "M25.0931188"]],
                    [22 * mm, 64 * mm, 26 * mm, 62 * mm], SD["s"], ParagraphStyle("b", parent=SD["s"], fontName="DV-B"),
                    grid=True, pad=3))
        s.append(Spacer(1, 4 * mm))
        s.append(grid([["Specimen", "Investigation", "Result"],
                       ["Nose swab", "MRSA screen (culture)", "No MRSA isolated"],
                       ["Groin swab", "MRSA screen (culture)", "No MRSA isolated"],
                       ["Throat swab", "MRSA screen (culture)", "No MRSA isolated"]], [40 * mm, 60 * mm, 74 * mm], S["n"]))
        s.append(Spacer(1, 4 * mm))
        s.append(P("Authorised by: Biomedical Scientist C. Trewin, HCPC registered. Report status: FINAL.", S["s"]))
        build(path, s, first=hdr("MICROBIOLOGY"), margins=(18, 18, 26, 16))

    p = [bp("028a.pdf"), bp("028b.pdf"), bp("028c.pdf")]
    ds(p[0]); opnote(p[1]); micro(p[2])
    merge(p, out(st, "pdf"))
    label(st, ["correspondence", "operation-report", "mrsa-screening"], "specialist", "en",
          "merged UK bundle: discharge summary + operation note + microbiology MRSA screen",
          "yes", "yes", "yes",
          "Three documents with the same trust header; discharge summary mentions the MRSA result and the operation note "
          "(mentions) while the real documents follow; UK dd/mm dates; Dutch tourist admitted in Cornwall; no NHS number",
          date="2025-09-24",
          parts=[{"kinds": ["correspondence"], "date": "2025-09-24", "author": "specialist", "style": "NHS discharge summary"},
                 {"kinds": ["operation-report"], "date": "2025-09-21", "author": "specialist", "style": "NHS operation note grid"},
                 {"kinds": ["mrsa-screening"], "date": "2025-09-22", "author": "lab", "style": "NHS microbiology report"}])


# =============================================================== tj-029 Austrian Anlagen
def tj029():
    st = "tj-029"
    def hdr(sub):
        def pg(c, d):
            W, H = A4
            c.setFont("Times-Bold", 12); c.drawString(20 * mm, H - 15 * mm, "Landesklinikum Oberpinzgau")
            c.setFont("Times-Roman", 8.5)
            c.drawString(20 * mm, H - 19 * mm, sub)
            c.drawString(20 * mm, H - 22.5 * mm, "Felberstraße 6, 5730 Mittersill, Österreich  ·  Tel. +43 6562 4000")
            c.line(20 * mm, H - 24.5 * mm, W - 20 * mm, H - 24.5 * mm)
            c.setFont("Times-Roman", 7); c.drawString(20 * mm, 10 * mm, "DVR 0000000 · Salzburger Landeskliniken-Verbund (fiktiv)")
        return pg

    def brief(path):
        s = [Spacer(1, 4 * mm)]
        s.append(P("Frau<br/>Femke Bakker<br/>Berkenlaan 17<br/>3742 LE Baarn<br/>Niederlande", ST["n"]))
        s.append(Spacer(1, 6 * mm))
        s.append(P("Mittersill, am 19.02.2026", ST["r"]))
        s.append(P("<b>ENTLASSUNGSBRIEF</b>", ST["h"]))
        s.append(kv([["Patientin", "Bakker Femke, geb. 04.04.1979"], ["Aufenthalt", "14.02.2026 - 17.02.2026, Station Unfallchirurgie 2"],
                     ["Zuweisung", "Rettung (Pistenrettung Kitzsteinhorn)"]], [30 * mm, 140 * mm], ST["n"], ST["b"]))
        s += [P("Diagnosen", ST["h"]),
              P("Ruptur des ulnaren Seitenbandes am Daumengrundgelenk rechts mit Stener-Läsion (Skidaumen), ICD-10 S63.4<br/>"
                "Prellung Schulter rechts", ST["n"]),
              P("Therapie", ST["h"]),
              P("15.02.2026: Offene Bandnaht und transossäre Refixation mittels Mini-Knochenanker, temporäre K-Draht-Arthrodese MCP I "
                "(siehe OP-Bericht)", ST["n"]),
              P("Verlauf", ST["h"]),
              P("Die Patientin stürzte am 14.02.2026 beim Skifahren mit dem Skistock in der Hand. Röntgen ohne knöchernen Ausriss, "
                "die Sonographie zeigte eine Stener-Läsion. Nach operativer Versorgung komplikationsloser Verlauf. "
                "Entlassung in häusliche Pflege (Rückreise in die Niederlande).", ST["n"]),
              P("Empfehlungen", ST["h"]),
              P("Daumenorthese 6 Wochen, K-Draht-Entfernung nach 5 Wochen durch den weiterbehandelnden Arzt. Fäden ex am 12. Tag. "
                "Bitte Nachbehandlung am Wohnort. MRSA-Screening negativ (Aufnahmescreening).", ST["n"]),
              Spacer(1, 6 * mm), P("Mit freundlichen Grüßen", ST["n"]), Spacer(1, 8 * mm),
              P("OA Dr. Matthias Rainer, Facharzt für Orthopädie und Traumatologie<br/>Prim. Univ.-Doz. Dr. G. Stadler, Abteilungsvorstand", ST["n"])]
        build(path, s, first=hdr("Abteilung für Orthopädie und Traumatologie"), margins=(20, 20, 28, 18))

    def roe(path):
        s = [Spacer(1, 4 * mm), P("<b>RADIOLOGISCHER BEFUND</b>", ST["h"])]
        s.append(kv([["Patient", "Bakker Femke", "geb.", "04.04.1979"], ["Zuweiser", "Unfallambulanz, Dr. Rainer", "Unters.-Datum", "14.02.2026"],
                     ["Untersuchung", "Daumen re. 2 Eb. + Sonographie MCP I re.", "Befund-Nr.", "R-26-02-1145"]],
                    [25 * mm, 65 * mm, 28 * mm, 52 * mm], ST["s"], ParagraphStyle("b", parent=ST["s"], fontName="Times-Bold"), grid=True))
        s += [Spacer(1, 4 * mm),
              P("<b>Fragestellung:</b> Skidaumen? Knöcherner Ausriss?", ST["n"]), Spacer(1, 3 * mm),
              P("<b>Befund:</b> Röntgen Daumen rechts in 2 Ebenen: kein Nachweis eines knöchernen Bandausrisses an der Basis der "
                "Grundphalanx. Gelenkstellung regelrecht, keine Subluxation.", ST["n"]),
              P("Sonographie: vollständige Ruptur des ulnaren Kollateralbandes MCP I mit Retraktion des proximalen Stumpfes "
                "oberflächlich der Adduktoraponeurose (\"Jojo-Zeichen\"), vereinbar mit einer Stener-Läsion.", ST["n"]),
              Spacer(1, 3 * mm), P("<b>Beurteilung:</b> Komplette UCL-Ruptur MCP I rechts mit Stener-Läsion. Kein knöcherner Ausriss.", ST["n"]),
              Spacer(1, 6 * mm), P("Dr. Julia Hofer, FÄ für Radiologie - vidiert 14.02.2026", ST["s"])]
        build(path, s, first=hdr("Institut für Radiologie"), margins=(20, 20, 28, 18))

    def opb(path):
        s = [Spacer(1, 4 * mm), P("<b>OPERATIONSBERICHT</b>", ST["h"])]
        s.append(kv([["OP-Datum", "15.02.2026, 10:05 - 10:58"], ["Operateur", "OA Dr. M. Rainer"], ["Assistenz", "Dr. L. Gruber (AA)"],
                     ["Anästhesie", "Plexusanästhesie axillär"], ["Diagnose", "UCL-Ruptur MCP I re. mit Stener-Läsion"],
                     ["Operation", "Offene Refixation UCL mit Mini-Knochenanker, K-Draht-Transfixation MCP I"]],
                    [30 * mm, 140 * mm], ST["n"], ST["b"], grid=True, pad=3))
        s += [Spacer(1, 4 * mm),
              P("<b>Bericht:</b> Rückenlage, Oberarmblutsperre 250 mmHg. Geschwungene Inzision ulnar über dem MCP I. Schonung der "
                "Äste des N. radialis superficialis. Darstellung der Adduktoraponeurose, unter dieser nach proximal umgeschlagener "
                "Stumpf des UCL (Stener-Läsion). Längsinzision der Aponeurose, Mobilisation des Bandes. Setzen eines 1,8-mm-Knochenankers "
                "an der Basis der Grundphalanx ulnopalmar, Refixation des Bandes in Flexion 20°. Stabilität geprüft. Transfixation "
                "MCP I mit 1,2-mm-K-Draht. Naht der Aponeurose, Hautnaht Einzelknopf 4-0. Steriler Verband, Daumenschiene.", ST["n"]),
              P("<b>Komplikationen:</b> keine.", ST["n"]),
              P("<b>Nachbehandlung:</b> Schiene 6 Wochen, K-Draht ex nach 5 Wochen, dann Ergotherapie.", ST["n"]),
              Spacer(1, 6 * mm), P("Diktiert 15.02.2026, geschrieben 16.02.2026 / hk", ST["s"])]
        build(path, s, first=hdr("Abteilung für Orthopädie und Traumatologie - OP-Bericht"), margins=(20, 20, 28, 18))

    p = [bp("029a.pdf"), bp("029b.pdf"), bp("029c.pdf")]
    brief(p[0]); roe(p[1]); opb(p[2])
    m = bp("029m.pdf"); merge(p, m)
    def anl(c, n, total, w, h):
        c.setFont("Helvetica-Oblique", 7.5); c.setFillColor(colors.grey)
        c.drawRightString(w - 10 * mm, 5 * mm, "Kopie - Anlagen zur Vorlage beim Hausarzt - Blatt %d/%d" % (n, total))
    stamp(m, out(st, "pdf"), anl)
    label(st, ["correspondence", "imaging-report", "operation-report"], "specialist", "de",
          "merged Austrian bundle: Entlassungsbrief + radiologischer Befund + Operationsbericht",
          "yes", "yes", "yes",
          "Austrian terms (vidiert, Prim., Zuweiser, OA), dotted dates; letter addressed to the patient herself in NL; "
          "discharge letter mentions MRSA screening negative (mention only, no lab report); region named via ski area only; "
          "stamped 'Kopie - Anlagen' footer on every page",
          date="2026-02-19",
          parts=[{"kinds": ["correspondence"], "date": "2026-02-19", "author": "specialist", "style": "Austrian Entlassungsbrief"},
                 {"kinds": ["imaging-report"], "date": "2026-02-14", "author": "radiologist", "style": "Austrian radiologischer Befund"},
                 {"kinds": ["operation-report"], "date": "2026-02-15", "author": "specialist", "style": "Austrian OP-Bericht"}])


if __name__ == "__main__":
    tj026(); tj027(); tj028(); tj029()
    print("merged done")
