"""reportlab PDFs, Dutch/Flemish: tj-001 002 005 007 010 011 015 017 024 059 062 064"""
from rl import *
from common import out, label
from reportlab.pdfgen import canvas as cv

BLUE = colors.Color(0.1, 0.3, 0.55)
GREEN = colors.Color(0.1, 0.45, 0.3)
GREY = colors.Color(0.93, 0.93, 0.93)


# ---------------------------------------------------------------- tj-001 Zorgdomein two-column
def tj001():
    st = "tj-001"
    def page(c, d):
        W, H = A4
        c.setFillColor(colors.Color(0.0, 0.42, 0.55)); c.rect(0, H - 22 * mm, W, 22 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont("Helvetica-Bold", 13)
        c.drawString(18 * mm, H - 13 * mm, "Verwijzing")
        c.setFont("Helvetica", 9)
        c.drawString(18 * mm, H - 18 * mm, "Second opinion handchirurgie  -  Handkliniek Spaarnwoude, locatie Velsen")
        c.drawRightString(W - 18 * mm, H - 13 * mm, "Kenmerk ZD-7741-20931")
        c.setFillColor(colors.black); c.setFont("Helvetica", 7)
        c.drawString(18 * mm, 10 * mm, "Afgedrukt op 10-03-2026 11:42 door R.A. Koopmans")
        c.drawRightString(W - 18 * mm, 10 * mm, f"Pagina {d.page}")
        c.drawCentredString(W / 2, 10 * mm, "J.M. Verbeek-Stolk, 14-06-1971")
    s = []
    s.append(Spacer(1, 8 * mm))
    left = kv([["Patiënt", "Mw. J.M. Verbeek-Stolk"], ["Geboortedatum", "14-06-1971 (54 jaar)"],
               ["BSN", "999 411 273"], ["Adres", "Kennemerstraatweg 118<br/>2061 HK Bloemendaal"],
               ["Telefoon", "06-41 87 22 90"], ["Verzekering", "Zorgverzekeraar Duinstreek, polisnr. 80177342"]],
              [30 * mm, 50 * mm], S["s"], ParagraphStyle("l", parent=S["s"], fontName="Helvetica-Bold"))
    right = kv([["Verwijzer", "R.A. Koopmans, huisarts"], ["Praktijk", "Huisartsenpraktijk De Lindeboom<br/>Binnenweg 41, 2101 JG Heemstede"],
                ["AGB-code", "01-076512"], ["Datum verwijzing", "10-03-2026"], ["Specialisme", "Handchirurgie"],
                ["Urgentie", "Regulier"]],
               [30 * mm, 52 * mm], S["s"], ParagraphStyle("l", parent=S["s"], fontName="Helvetica-Bold"))
    top = Table([[left, right]], colWidths=[86 * mm, 88 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (0, 0), 0.4, colors.grey),
                             ("BOX", (1, 0), (1, 0), 0.4, colors.grey)]))
    s.append(top)
    s.append(Spacer(1, 5 * mm))
    lab = ParagraphStyle("lb", parent=S["n"], fontName="Helvetica-Bold", textColor=BLUE)
    rows = [
        ["Reden van verwijzing", "Recidiverend ganglion dorsale zijde pols rechts (dominante hand), pijn bij steunen en bij "
         "het werk (kapster). Sinds aspiratie in december opnieuw zwelling van ca. 1,5 cm."],
        ["Vraagstelling", "Orthopeed in het Duinrand Gasthuis heeft excisie voorgesteld. Patiënte twijfelt en "
         "vraagt zelf om een tweede mening. Graag uw second opinion: is chirurgische excisie op dit moment "
         "geïndiceerd, of is een afwachtend beleid met eventueel herhaalde aspiratie verantwoord? Zijn er "
         "aanwijzingen voor onderliggende SL-pathologie die eerst uitgezocht moet worden?"],
        ["Relevante voorgeschiedenis", "2009 sectio caesarea<br/>2016 hypothyreoïdie (L: levothyroxine)<br/>"
         "2021 epicondylitis lateralis links, fysiotherapie<br/>2025 ganglion pols rechts (L87)"],
        ["Recente behandelingen", "04-11-2025 echo pols rechts (Ziekenhuis Midden-Kennemerland): dorsaal ganglion "
         "14 x 11 mm uitgaand van SL-gewricht, geen synovitis.<br/>"
         "09-12-2025 aspiratie ganglion door orthopeed, polikliniek; 3 ml gelei-achtig vocht.<br/>"
         "Januari 2026 polsbrace, 6 weken, onvoldoende effect.<br/>Niet eerder geopereerd aan pols of hand."],
        ["Medicatie", "Levothyroxine 75 µg 1dd1; paracetamol 500 mg zo nodig"],
        ["Allergieën / ICA", "Pleisterallergie (colofonium). Geen geneesmiddelallergie bekend."],
        ["Bijlagen", "Brief orthopedie d.d. 09-12-2025; echoverslag d.d. 04-11-2025"],
    ]
    s.append(kv(rows, [45 * mm, 129 * mm], S["n"], lab, grid=True, shade=GREY, pad=4))
    s.append(Spacer(1, 5 * mm))
    s.append(P("<b>Episodelijst</b>"))
    ep = [["ICPC", "Omschrijving", "Begin", "Eind"],
          ["L87", "Ganglion pols/hand rechts, recidief na aspiratie", "21-10-2025", ""],
          ["T86", "Hypothyreoïdie / myxoedeem", "03-2016", ""],
          ["L93", "Epicondylitis lateralis links", "05-2021", "09-2021"],
          ["W92", "Partus met complicaties (sectio)", "2009", "2009"]]
    s.append(grid(ep, [18 * mm, 100 * mm, 28 * mm, 28 * mm]))
    s.append(Spacer(1, 6 * mm))
    s.append(P("Deze verwijzing is verstuurd via ZorgDomein. De patiënt heeft toestemming gegeven voor het delen "
               "van de gegevens met de ontvangende zorgaanbieder.", S["s"]))
    build(out(st, "pdf"), s, first=page, margins=(18, 18, 26, 18), title="Verwijzing")
    label(st, ["referral", "history"], "gp", "nl", "zorgdomein two-column form, label/value grid", "yes", "no",
          "unmentioned",
          "Question only inside a wrapped table cell (Vraagstelling); two side-by-side label/value boxes at top; "
          "excision only proposed; 'niet eerder geopereerd' negation; sectio is another body part; history in "
          "Recente behandelingen makes it history too",
          date="2026-03-10", rq=True)


# ---------------------------------------------------------------- tj-002 specialist referral
TOT = {"n": 1}


def tj002():
    st = "tj-002"
    def page(c, d):
        W, H = A4
        logo_circles(c, 24 * mm, H - 22 * mm, 8 * mm, colors.Color(0.55, 0.1, 0.35))
        c.setFont("Helvetica-Bold", 8); c.drawString(36 * mm, H - 19 * mm, "")  # name is image-like: no text
        c.setFont("Helvetica", 7.5)
        y = H - 14 * mm
        for t in ["Plastische, Reconstructieve en Handchirurgie",
                  "Postbus 2250, 8200 AG Lelystad", "T 0320 28 41 00  |  polipch@oostervaart.example.nl"]:
            c.drawRightString(W - 20 * mm, y, t); y -= 3.6 * mm
        c.setFont("Helvetica", 6.5); c.setFillColor(colors.grey)
        c.drawString(20 * mm, 10 * mm, "Streekziekenhuis Oostervaart is onderdeel van Stichting Zorggroep Flevo-Oost  -  KvK 39012877")
        c.drawRightString(W - 20 * mm, 10 * mm, f"{d.page}/{TOT['n']}")
    s = [Spacer(1, 18 * mm)]
    addr = P("Handkliniek Amstelveld<br/>t.a.v. second opinion spreekuur<br/>Postbus 9071<br/>1006 AB Amsterdam")
    ref = kv([["Ons kenmerk", "PCH/MvD/26-0412"], ["Datum", "18-02-2026"], ["Telefoon", "0320 28 41 36"],
              ["Betreft", "Dhr. P.K. Hoogendijk, geb. 03-09-1984<br/>Pat.nr. 4417862"]],
             [24 * mm, 50 * mm], S["s"], ParagraphStyle("x", parent=S["s"], fontName="Helvetica-Bold"))
    t = Table([[addr, ref]], colWidths=[90 * mm, 80 * mm]); t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 10 * mm)]
    s += paras("""Geachte collega,

Hierbij verwijs ik bovengenoemde patiënt, een 41-jarige timmerman, naar u voor een second opinion. Patiënt heeft daar zelf om gevraagd en ik steun dat verzoek van harte.

<b>Voorgeschiedenis en beloop</b>
In maart 2024 viel patiënt van een steiger op de uitgestrekte linkerhand. Conservatief behandeld door de huisarts. Wegens persisterende ulnaire polspijn werd in mei 2025 een MRI-arthrografie van de linkerpols verricht, waarop een perifere TFCC-laesie (Palmer 1B) en een ulna-plus-variant van 2 mm zichtbaar waren. Op 16-09-2025 heb ik een artroscopie van de linkerpols verricht met débridement en transcapsulaire hechting van het TFCC.

Postoperatief aanvankelijk verbetering, maar sinds december toenemende pijn bij pro- en supinatie en bij het vastpakken van gereedschap. Bij onderzoek op 10-02-2026 positieve ulnocarpale stresstest, DRUG stabiel, geen zwelling. Röntgenfoto's van 10-02-2026 (PA met grip): ulna-plus 2-3 mm, geen artrose.

<b>Vraagstelling</b>
Ik heb patiënt een ulna-verkortingsosteotomie voorgesteld. Hij twijfelt, omdat hij als zelfstandige lang uitvalt. Graag uw oordeel: is er bij deze patiënt een indicatie voor ulnaverkorting, is een (artroscopische) wafer-procedure een alternatief, of adviseert u een ander beleid?

<b>Medicatie</b>: naproxen 500 mg zo nodig. Geen allergieën.

Bijgevoegd vindt u het operatieverslag van 16-09-2025, het MRI-verslag van 21-05-2025 en het verslag van de röntgenfoto's. De beelden zijn via het beeldenuitwisselingsplatform verzonden.

Met collegiale groet,""", gap=5)
    s += [Spacer(1, 10 * mm), P("dr. M.L. van Dongen<br/>plastisch chirurg / handchirurg"), Spacer(1, 6 * mm),
          P("cc: J. Terpstra, huisarts te Dronten; patiënt", S["s"])]
    import copy
    TOT["n"] = count_pages(lambda: copy.deepcopy(s), first=page, margins=(22, 20, 22, 20))
    build(out(st, "pdf"), s, first=page, margins=(22, 20, 22, 20))
    label(st, ["referral", "correspondence"], "specialist", "nl", "hospital letterhead specialist referral letter",
          "yes", "yes", "unmentioned",
          "Referral written by the treating plastic surgeon, so also specialist correspondence; hospital name only "
          "in a drawn logo and the footer, department/address right-aligned at top; mentions enclosed OK-verslag and MRI report (not itself "
          "those); planned osteotomy is a plan but the past arthroscopy counts as operated",
          date="2026-02-18", rq=True)


# ---------------------------------------------------------------- tj-005 radiology MRI report
def tj005():
    st = "tj-005"
    def page(c, d):
        W, H = A4
        logo_bars(c, 20 * mm, H - 24 * mm, GREEN)
        c.setFont("Helvetica-Bold", 11); c.drawString(48 * mm, H - 16 * mm, "Meerzicht Ziekenhuis")
        c.setFont("Helvetica", 8.5); c.drawString(48 * mm, H - 21 * mm, "Afdeling Medische Beeldvorming  |  Wormerplein 12, 1442 CD Purmerend")
        # patient banner box
        c.setLineWidth(0.6); c.rect(W - 80 * mm, H - 44 * mm, 62 * mm, 22 * mm)
        c.setFont("Helvetica-Bold", 8.5); c.drawString(W - 78 * mm, H - 27 * mm, "DE GRAAF, M.C. (Marloes)")
        c.setFont("Helvetica", 8)
        c.drawString(W - 78 * mm, H - 31.5 * mm, "V  27-08-1993")
        c.drawString(W - 78 * mm, H - 36 * mm, "Pat.nr. 0087 5512")
        c.drawString(W - 78 * mm, H - 40.5 * mm, "Acc.nr. MZ26R004419")
        c.setFont("Helvetica", 7); c.drawString(20 * mm, 12 * mm, "Dit verslag is elektronisch geautoriseerd en daarom niet ondertekend.")
        c.drawRightString(W - 20 * mm, 12 * mm, "Pagina %d van 1" % d.page)
    s = [Spacer(1, 32 * mm)]
    s.append(kv([["Aanvrager", "S. Oudshoorn, orthopedisch chirurg, Orthopedie (poli 2B)"],
                 ["Kopie aan", "Huisartsenpraktijk Weidevenne, Purmerend"],
                 ["Onderzoek", "MRI pols links zonder contrast (3T)"],
                 ["Datum onderzoek", "27-01-2026 18:40"],
                 ["Klinische gegevens", "Val op gestrekte pols okt. 2025. Status na plaatosteosynthese distale radius links "
                  "(2019), plaat in situ. Sindsdien ulnaire pijn en klikken. Vraagstelling: TFCC-laesie? "
                  "Scafolunaire ligamentruptuur?"]],
                [38 * mm, 132 * mm], S["n"], S["b"]))
    s.append(Spacer(1, 6 * mm))
    s.append(P("<b>Verslag</b>"))
    s += paras("""Ter vergelijking röntgenfoto's pols links d.d. 21-10-2025.

Susceptibiliteitsartefacten van de volaire plaat distale radius beperken de beoordeling van de radiale zijde. Geconsolideerde oude fractuur, geen stapje in het gewrichtsvlak.

TFCC: lineair verhoogd signaal in de ulnaire insertie (foveaal) met vochtinterpositie, passend bij een perifere scheur. De radiaire aanhechting is intact. Milde ulna-plus variant (1,5 mm). Geen botoedeem in lunatum of ulnakop.

Scafolunair ligament: dorsale en membraneuze delen intact, normale SL-afstand. Lunotriquetraal ligament intact.

Extensor carpi ulnaris pees: lichte tendinose zonder subluxatie. Overige pezen normaal.""")
    s.append(P("<b>Conclusie</b>"))
    s += paras("""1. Perifere (foveale) TFCC-scheur.
2. Geen aanwijzingen voor SL- of LT-ligamentletsel.
3. Tendinose ECU. Oude, geconsolideerde distale radiusfractuur met osteosynthesemateriaal.""")
    s.append(Spacer(1, 6 * mm))
    s.append(kv([["Radioloog", "drs. E.K. Tjon-A-Fong"], ["Geautoriseerd", "28-01-2026 09:14"]],
                [38 * mm, 80 * mm], S["s"], ParagraphStyle("q", parent=S["s"], fontName="Helvetica-Bold")))
    build(out(st, "pdf"), s, first=page, margins=(20, 20, 18, 20))
    label(st, ["imaging-report"], "radiologist", "nl", "HiX-like radiology report with patient banner box",
          "yes", "yes", "unmentioned",
          "Requester is an orthopaedic surgeon (Aanvrager) and 'Vraagstelling' is the radiology question, not a referral; "
          "exam and authorisation dates differ; previous wrist ORIF only as 'status na' in clinical data",
          date="2026-01-27", also=["2026-01-28"])


# ---------------------------------------------------------------- tj-007 MRSA lab result
def tj007():
    st = "tj-007"
    def page(c, d):
        W, H = A4
        logo_cross(c, 20 * mm, H - 25 * mm, 11 * mm, colors.Color(0.7, 0.1, 0.1))
        c.setFont("Helvetica-Bold", 10.5); c.drawString(35 * mm, H - 17 * mm, "Regionaal Laboratorium Medische Microbiologie")
        c.setFont("Helvetica", 8); c.drawString(35 * mm, H - 21.5 * mm, "Rijn- en Veenstreek  |  Leidsevaart 4, 2352 AX Leiderdorp  |  071 589 30 00")
        c.setLineWidth(1); c.line(20 * mm, H - 28 * mm, W - 20 * mm, H - 28 * mm)
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, H - 32 * mm, "Uitslag medische microbiologie  -  Mw. N. Yilmaz-Bos  -  geb. 19-01-1966  -  labnr. 26-M-018834")
        c.drawRightString(W - 20 * mm, 12 * mm, f"blad {d.page} / 2")
        c.drawString(20 * mm, 12 * mm, "Gevalideerd verslag. Erkend laboratorium, ISO 15189 (M-reg. 000)")
    s = [Spacer(1, 10 * mm)]
    s.append(kv([["Aanvrager", "R. Bakhuis, huisarts", "Afnamedatum", "02-03-2026 08:50"],
                 ["Praktijk", "Huisartsen Hazerswoude-Dorp", "Ontvangstdatum", "03-03-2026 07:15"],
                 ["Patiënt", "Mw. N. Yilmaz-Bos", "Uitslagdatum", "05-03-2026 14:02"],
                 ["Geboren", "19-01-1966", "Status", "Eindverslag"]],
                [25 * mm, 55 * mm, 30 * mm, 60 * mm], S["s"], ParagraphStyle("bb", parent=S["s"], fontName="Helvetica-Bold")))
    s.append(Spacer(1, 5 * mm))
    s.append(kv([["Klinische gegevens", "Opgenomen geweest in ziekenhuis te Izmir (Turkije) jan. 2026 i.v.m. "
                  "polsletsel; screening vóór consult/ingreep handkliniek."],
                 ["Onderzoek", "MRSA-screening (kweek + PCR)"]], [38 * mm, 132 * mm], S["n"], S["b"]))
    s.append(Spacer(1, 5 * mm))
    rows = [["Materiaal", "Bepaling", "Uitslag", "Opmerking"],
            ["Neus (beide neusgaten)", "MRSA PCR (mecA/mecC + SA-specifiek)", "Negatief", ""],
            ["Keel", "MRSA kweek (selectief chromogeen medium, 48 uur)", "MRSA niet aangetoond", "S. aureus (MSSA) in lage aantallen, geen MRSA"],
            ["Perineum", "MRSA kweek (selectief chromogeen medium, 48 uur)", "MRSA niet aangetoond", ""],
            ["Wond / huidlaesie", "niet ingestuurd", "-", "Geen wond aanwezig volgens aanvrager"]]
    s.append(grid(rows, [38 * mm, 55 * mm, 35 * mm, 42 * mm], S["n"]))
    s.append(Spacer(1, 6 * mm))
    s.append(P("<b>Conclusie:</b> MRSA niet aangetoond in de ingestuurde materialen (neus, keel, perineum)."))
    s.append(Spacer(1, 4 * mm))
    s.append(P("Gevalideerd door: dr. H.J. Oosterbaan, arts-microbioloog, 05-03-2026", S["s"]))
    s.append(PageBreak())
    s.append(P("<b>Toelichting bij de MRSA-screening</b>"))
    s += paras("""Deze screening is uitgevoerd conform de richtlijn van de Werkgroep Infectiepreventie voor patiënten die in de afgelopen twee maanden in een buitenlands ziekenhuis zijn opgenomen of behandeld. Een negatieve uitslag betekent dat in de ingestuurde materialen geen MRSA is aangetoond op het moment van afname. De uitslag is beperkt geldig; ziekenhuizen hanteren doorgaans een termijn van enkele weken.

Bij vragen kunt u contact opnemen met de dienstdoende arts-microbioloog via 071 589 30 44.""")
    build(out(st, "pdf"), s, first=page, margins=(20, 20, 36, 20))
    label(st, ["mrsa-screening"], "lab", "nl", "microbiology lab result, 4-column label/value header and result table",
          "unmentioned", "unmentioned", "yes",
          "Four dates (sample, receipt, result, validation); four-column label grid reads interleaved; clinical info "
          "reveals admission abroad (Izmir); MSSA remark next to 'niet aangetoond'; second page explanatory text only",
          date="2026-03-05", also=["2026-03-02"])


# ---------------------------------------------------------------- tj-010 Belgian consultation letter
def tj010():
    st = "tj-010"
    def page(c, d):
        W, H = A4
        c.setFillColor(colors.Color(0.0, 0.35, 0.6)); c.rect(20 * mm, H - 30 * mm, 3 * mm, 16 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("Times-Bold", 14); c.drawString(26 * mm, H - 19 * mm, "AZ Sint-Rombaut Netevallei")
        c.setFont("Times-Roman", 9); c.drawString(26 * mm, H - 24 * mm, "campus Lier  -  Mechelsestraat 24, 2500 Lier  -  tel. +32 3 491 22 00")
        c.drawString(26 * mm, H - 28.5 * mm, "Dienst Orthopedie en Traumatologie  -  Hand- en polschirurgie")
        c.setFont("Times-Roman", 7.5)
        c.drawString(20 * mm, 12 * mm, "RIZIV-erkenning 71.0.456  |  ondernemingsnummer 0411.927.354  |  www.azsrn.example.be")
    s = [Spacer(1, 14 * mm)]
    t = Table([[P("Dr. T. Maessen<br/>Huisartsenpraktijk Nassau<br/>Hoofdstraat 11<br/>5111 AC Baarle-Nassau<br/>NEDERLAND", ST["n"]),
                P("Lier, 12/01/2026<br/><br/>Ref.: ORTH/KV/0093-26<br/>Opnamenr.: 2601-0044317", ST["n"])]],
              colWidths=[95 * mm, 75 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 10 * mm)]
    s.append(P("<b>Betreft: Mevr. De Wilde-Raaijmakers Sanne, ° 22/11/1990</b>", ST["n"]))
    s.append(P("Verslag raadpleging orthopedie d.d. 09/01/2026", ST["n"]))
    s.append(Spacer(1, 6 * mm))
    s += paras("""Geachte collega,

Uw patiënte werd op 04/01/2026 opgevangen op onze spoedgevallendienst na een val op de ijspiste te Lier (FOOSH-trauma rechts). Zij werd door de spoedarts verzorgd met een dorsale gipsspalk en vandaag door ondergetekende gezien op de raadpleging.

<b>Anamnese:</b> rechtshandig, bediende. Geen voorgeschiedenis van letsels aan de rechterpols. Geen medicatie. Geen gekende allergieën.

<b>Klinisch onderzoek:</b> matige zwelling radiaal, drukpijn tabatière anatomique negatief, drukpijn distale radius. Geen neurovasculaire uitval, goede capillaire refill.

<b>Technische onderzoeken:</b> RX pols rechts (F + P) en scafoïdreeks d.d. 04/01/2026: weinig verplaatste extra-articulaire fractuur distale radius, dorsale kanteling 5°, radiale lengte bewaard. Scafoïd intact. Controle-RX in gips d.d. 09/01/2026: stand behouden.

<b>Besluit:</b> stabiele, weinig verplaatste distale radiusfractuur rechts. Een heelkundige ingreep is niet nodig. Wij behandelden conservatief met een circulaire onderarmgips voor 4 weken in totaal.

<b>Beleid:</b> gezien patiënte in Nederland woont en werkt, vervolgt zij de opvolging bij voorkeur dichter bij huis. Wij stellen voor een controle-RX na gipsverwijdering op 01/02/2026 aan te vragen en patiënte nadien te verwijzen voor kinesitherapie. Het volledige radiologische verslag en de beelden meegegeven op CD-ROM.

Met collegiale groeten,""", ST["n"], gap=5)
    s += [Spacer(1, 8 * mm),
          Table([[P("Dr. K. Vermeulen<br/>orthopedisch chirurg", ST["n"]), P("Dr. L. Peeters<br/>ASO orthopedie", ST["n"])]],
                colWidths=[85 * mm, 85 * mm]),
          Spacer(1, 6 * mm), P("Kopie: patiënte", ST["s"])]
    build(out(st, "pdf"), s, first=page, margins=(20, 20, 22, 20))
    label(st, ["correspondence"], "specialist", "nl", "Belgian (Flemish) AZ raadpleging letter, Times letterhead",
          "yes", "no", "yes",
          "Flemish terms (spoedgevallendienst, raadpleging, Besluit, ASO, kinesitherapie), ° birth date, dd/mm/yyyy; "
          "letter date 12/01 vs consultation 09/01 vs ER 04/01; 'heelkundige ingreep is niet nodig' = not operated; "
          "written by a hospital abroad that treated her (Dutch GP addressee)",
          date="2026-01-12", also=["2026-01-09"])


# ---------------------------------------------------------------- tj-011 Belgian RX report
def tj011():
    st = "tj-011"
    def page(c, d):
        W, H = A4
        c.setFont("Helvetica-Bold", 10); c.drawString(18 * mm, H - 15 * mm, "ALGEMEEN ZIEKENHUIS OOSTKUST")
        c.setFont("Helvetica", 8); c.drawString(18 * mm, H - 19 * mm, "campus Knokke  -  Zeedijk-Albertstrand 410, 8300 Knokke-Heist  -  +32 50 63 71 00")
        c.drawString(18 * mm, H - 23 * mm, "Dienst Medische Beeldvorming  -  diensthoofd dr. F. Van Daele")
        c.setLineWidth(0.4); c.line(18 * mm, H - 26 * mm, W - 18 * mm, H - 26 * mm)
        c.setFont("Helvetica", 7)
        c.drawString(18 * mm, 10 * mm, "Verslag gevalideerd - afgedrukt 29/12/2025 10:03 - 1/1")
    s = [Spacer(1, 4 * mm)]
    s.append(kv([["Patiënt", "Jansen, Bram", "Voorschrijver", "dr. A. Claes - spoedgevallendienst"],
                 ["Geboortedatum", "°02/05/2009", "Datum onderzoek", "27/12/2025 14:26"],
                 ["Adres", "Beatrixlaan 7, 4501 CE Oostburg (NL)", "Dossiernr.", "MB-2512-88107"],
                 ["Verzekering", "EHIC / EZVK NL", "Ontvangers", "voorschrijver; huisarts (niet gekend)"]],
                [25 * mm, 55 * mm, 30 * mm, 64 * mm], S["s"], ParagraphStyle("bb", parent=S["s"], fontName="Helvetica-Bold")))
    s.append(Spacer(1, 6 * mm))
    s.append(P("<b>RX POLS LINKS + SCAFOÏDREEKS (4 opnamen)</b>"))
    s.append(P("<i>Klinische inlichtingen:</i> 16-jarige, val met de go-cart op de dijk, pijn in de tabatière links. Fractuur?"))
    s.append(Spacer(1, 4 * mm))
    s += paras("""<b>Bevindingen:</b>
Geen duidelijke fractuurlijn ter hoogte van het scafoïd op de standaard- en de scafoïdopnamen. Geen verplaatsing van de carpale rij, normale carpale boogjes volgens Gilula. Distale radius en ulna intact; open groeischijven. Discrete zwelling van de weke delen dorsoradiaal.

<b>Besluit:</b>
Geen evidente fractuur. Bij aanhoudende klinische verdenking van een occulte scafoïdfractuur: immobilisatie en controle-opname na 10 à 14 dagen, of eventueel MR (bij voorkeur in het land van verblijf).""")
    s.append(Spacer(1, 8 * mm))
    s.append(P("Dr. S. Desmet, radioloog", S["n"]))
    build(out(st, "pdf"), s, first=page, margins=(18, 18, 30, 18))
    label(st, ["imaging-report"], "radiologist", "nl", "Belgian radiology report, four-column patient grid",
          "yes", "unmentioned", "yes",
          "Flemish report for Dutch tourist seen at Belgian spoedgevallendienst; birth date with °; 4-column grid "
          "mixes labels; print date 29/12 vs exam date 27/12; MR only suggested",
          date="2025-12-27")


# ---------------------------------------------------------------- tj-015 other lab results
def tj015():
    st = "tj-015"
    def page(c, d):
        W, H = A4
        c.setFont("Helvetica-Bold", 12); c.drawString(18 * mm, H - 16 * mm, "Diagnostisch Centrum Kempenland")
        c.setFont("Helvetica", 8); c.drawString(18 * mm, H - 20.5 * mm, "Huisartsenlaboratorium  -  De Run 6120, 5504 DM Veldhoven  -  040 258 70 00")
        c.setFont("Helvetica", 7); c.drawString(18 * mm, 10 * mm, "* = buiten referentiewaarden. Uitslagen zijn bestemd voor de aanvragend arts.")
        c.drawRightString(W - 18 * mm, 10 * mm, "pag. %d" % d.page)
    s = [Spacer(1, 4 * mm)]
    s.append(P("<b>LABORATORIUMUITSLAGEN</b>", S["h"]))
    s.append(kv([["Aanvrager:", "dr. W.P.M. Smulders, huisarts te Eersel"], ["Patiënt:", "dhr. F.J.H. (Frans) van Gerwen"],
                 ["Geb.datum:", "08-04-1957"], ["Afname:", "14-01-2026 08:12 (prikpost Eersel)"],
                 ["Rapportage:", "15-01-2026 16:45, definitief"],
                 ["Klinische info:", "Pijnlijke, gezwollen MCP 2-3 beiderzijds en pols re, ochtendstijfheid > 1 uur. "
                  "Echo handen aangevraagd."]],
                [30 * mm, 140 * mm], S["n"], S["b"], pad=1))
    s.append(Spacer(1, 5 * mm))
    rows = [["Bepaling", "Uitslag", "Eenheid", "Referentie", ""],
            ["BSE", "38", "mm/uur", "< 20", "*"], ["CRP", "24", "mg/L", "< 10", "*"],
            ["Hemoglobine", "8,1", "mmol/L", "8,5 - 11,0", "*"], ["Leukocyten", "7,9", "10^9/L", "4,0 - 10,0", ""],
            ["Reumafactor (IgM)", "46", "kU/L", "< 15", "*"],
            ["Anti-CCP", "> 340", "U/mL", "< 7 (negatief)", "*"],
            ["Urinezuur", "0,31", "mmol/L", "0,20 - 0,42", ""],
            ["eGFR (CKD-EPI)", "> 90", "mL/min/1,73m2", "> 60", ""],
            ["Glucose nuchter", "5,6", "mmol/L", "4,0 - 6,0", ""],
            ["TSH", "2,1", "mU/L", "0,4 - 4,0", ""]]
    s.append(grid(rows, [55 * mm, 25 * mm, 32 * mm, 45 * mm, 10 * mm], S["n"], zebra=GREY))
    s.append(Spacer(1, 5 * mm))
    s.append(P("<b>Commentaar laboratorium:</b> sterk positieve anti-CCP in combinatie met verhoogde ontstekingsparameters; "
               "past bij (beginnende) reumatoïde artritis. Overweeg verwijzing reumatologie conform NHG-standaard.", S["n"]))
    s.append(Spacer(1, 4 * mm))
    s.append(P("Klinisch chemicus: dr. ir. A. Hoekstra", S["s"]))
    build(out(st, "pdf"), s, first=page, margins=(18, 18, 26, 18))
    label(st, [], "lab", "nl", "GP lab (huisartsenlaboratorium) blood results table",
          "unmentioned", "unmentioned", "unmentioned",
          "Lab letterhead and table like an MRSA result but it is rheumatology serology (not a kind); sample vs report "
          "date; ultrasound only requested ('aangevraagd')",
          date="2026-01-15", also=["2026-01-14"])


# ---------------------------------------------------------------- tj-017 discharge letter with OK section
def tj017():
    st = "tj-017"
    def page(c, d):
        W, H = A4
        c.setFont("Helvetica-Bold", 9); c.drawString(20 * mm, H - 12 * mm, "Ziekenhuis Vechtstreek")
        c.setFont("Helvetica", 7.5); c.drawString(20 * mm, H - 15.5 * mm, "Heelkunde - Traumachirurgie | Burg. Kosterlaan 9, 3621 AB Breukelen")
        c.drawRightString(W - 20 * mm, H - 12 * mm, "KLINISCHE BRIEF")
        c.drawRightString(W - 20 * mm, H - 15.5 * mm, "Dhr. A. El Idrissi  -  geb. 17-02-1968  -  ZNR 3310458")
        c.line(20 * mm, H - 17.5 * mm, W - 20 * mm, H - 17.5 * mm)
        c.setFont("Helvetica", 7); c.drawString(20 * mm, 10 * mm, "Vertrouwelijk medisch - afdrukdatum 10-12-2025")
        c.drawRightString(W - 20 * mm, 10 * mm, "pagina %d" % d.page)
    s = [Spacer(1, 4 * mm)]
    t = Table([[P("Aan:<br/>H.G. de Ruiter, huisarts<br/>Gezondheidscentrum Maarssen-Dorp<br/>Kerkweg 20<br/>3603 CM Maarssen"),
                kv([["Datum", "10-12-2025"], ["Opname", "06-12-2025"], ["Ontslag", "09-12-2025"], ["Afdeling", "B3 Chirurgie"],
                    ["Specialist", "dr. C.W. Bakker, traumachirurg"]], [25 * mm, 50 * mm], S["s"],
                   ParagraphStyle("xx", parent=S["s"], fontName="Helvetica-Bold"))]], colWidths=[95 * mm, 75 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 6 * mm), P("Geachte collega,"), Spacer(1, 3 * mm),
          P("Hierbij bericht ik u over de opname van uw patiënt, bovengenoemd, op onze afdeling Chirurgie.")]
    sec = lambda h: P(h, S["h"])
    s += [sec("Opnamediagnose"),
          P("Open fractuur metacarpale IV en V rechts (Gustilo II) met laesie extensorpezen IV en V, zone VI, na "
            "cirkelzaagletsel thuis.")]
    s += [sec("Anamnese en bevindingen bij opname"),
          P("Patiënt, rechtshandig, meubelmaker, raakte op 06-12-2025 met de rechterhand in een cirkelzaag. Op de SEH "
            "wond dorsaal 6 cm, extensie D4 en D5 niet mogelijk. Sensibiliteit intact. Röntgen hand rechts (SEH, "
            "06-12-2025): dwarse schachtfracturen MC IV en MC V met geringe dislocatie. Tetanus gevaccineerd, "
            "cefazoline i.v. gestart.")]
    s += [sec("Operatie"),
          kv([["Datum operatie", "06-12-2025, 21:10 - 22:35"], ["Operateur", "dr. C.W. Bakker, traumachirurg"],
              ["Assistent", "N. Schouten, AIOS heelkunde"], ["Anesthesie", "Plexus axillaris (dr. I. Meijer), bloedleegte 55 min"],
              ["Ingreep", "Wondexcisie en spoeling; gesloten repositie en fixatie MC IV en MC V met elk 2 gekruiste "
               "K-draden 1,4 mm; primaire naad extensor digitorum communis IV en V en extensor digiti minimi "
               "(zone VI, modified Kessler 3-0 + epitendineuze naad 5-0)."]],
             [35 * mm, 135 * mm], S["n"], S["b"], grid=True, pad=3),
          Spacer(1, 3 * mm),
          P("<b>Beschrijving:</b> Rugligging, arm op armtafel, bloedleegte bovenarm. Wond dorsaal over MC IV-V "
            "geëxcideerd, uitgebreid gespoeld met 3 liter NaCl 0,9%. Pezen EDC IV en V volledig doorgesneden, EDM "
            "partieel. Fracturen onder doorlichting gereponeerd en percutaan gefixeerd met K-draden, stand goed. "
            "Pezen gehecht, goede glijfunctie. Huid gesloten met Ethilon 4-0, losse hechtingen. Gipsspalk in "
            "intrinsic-plus stand. Complicaties: geen. Bloedverlies minimaal.")]
    s += [sec("Beloop"),
          P("Ongecompliceerd. Antibiotica 48 uur i.v. Wond rustig bij verbandwissel op dag 2. Controle-röntgenfoto "
            "07-12-2025: goede stand, K-draden in situ. Start handtherapie (Kleinert-achtig schema) op 08-12-2025.")]
    s += [sec("Medicatie bij ontslag"),
          grid([["Middel", "Dosering", "Opmerking"],
                ["Paracetamol 1000 mg", "4 dd 1", "max. 2 weken"],
                ["Naproxen 250 mg", "2 dd 1", "met esomeprazol 20 mg 1 dd 1 zolang naproxen gebruikt wordt"],
                ["Metformine 500 mg", "2 dd 1", "ongewijzigd (thuismedicatie)"]],
               [55 * mm, 35 * mm, 80 * mm])]
    s += [sec("Beleid"),
          P("Hechtingen verwijderen op dag 12-14 via huisarts. Controle polikliniek traumachirurgie over 2 weken met "
            "röntgenfoto; verwijderen K-draden na 4-5 weken op de polikliniek. Handtherapie 3x per week. "
            "Arbeidsongeschikt ten minste 10 weken."),
          Spacer(1, 6 * mm), P("Met vriendelijke groet,"), Spacer(1, 8 * mm),
          P("dr. C.W. Bakker, traumachirurg<br/>mede namens N. Schouten, AIOS"), Spacer(1, 4 * mm),
          P("cc: patiënt; Handtherapie Vechtstreek", S["s"])]
    build(out(st, "pdf"), s, first=page, margins=(20, 20, 22, 18))
    label(st, ["correspondence", "operation-report"], "specialist", "nl", "HiX-like klinische brief (discharge) with full operation block",
          "yes", "yes", "unmentioned",
          "Discharge letter that contains a complete operation section (date, operateur, anesthesie, beschrijving) so it "
          "is also an operation report; multi-page with repeated patient header; admission/discharge/operation dates "
          "differ from the letter date",
          date="2025-12-10")


# ---------------------------------------------------------------- tj-024 questionnaire with tick boxes (canvas)
def tj024():
    st = "tj-024"
    c = cv.Canvas(out(st, "pdf"), pagesize=A4)
    W, H = A4
    def box(x, y, ticked):
        c.rect(x, y - 1, 3.2 * mm, 3.2 * mm)
        if ticked:
            c.setFont("Helvetica-Bold", 9); c.drawString(x + 0.6 * mm, y + 0.2 * mm, "X"); c.setFont("Helvetica", 9.5)
    def hdr(pg):
        c.setFont("Helvetica-Bold", 13); c.drawString(20 * mm, H - 20 * mm, "Intakevragenlijst hand en pols")
        c.setFont("Helvetica", 8); c.drawString(20 * mm, H - 25 * mm, "Handkliniek Amstelveld - in te vullen door de patiënt vóór het eerste consult")
        c.drawRightString(W - 20 * mm, H - 20 * mm, f"pagina {pg} van 2")
        c.line(20 * mm, H - 27 * mm, W - 20 * mm, H - 27 * mm)
    hdr(1)
    y = H - 37 * mm
    c.setFont("Helvetica", 9.5)
    for lab, val in [("Naam", "Gerrit-Jan Wolters"), ("Geboortedatum", "02-12-1962"), ("Ingevuld op", "21-03-2026"),
                     ("Huisarts", "Praktijk Ter Borch, Zwolle")]:
        c.setFont("Helvetica-Bold", 9.5); c.drawString(20 * mm, y, lab)
        c.setFont("Helvetica", 9.5); c.drawString(60 * mm, y, val)
        c.setDash(1, 2); c.line(58 * mm, y - 1.5 * mm, 140 * mm, y - 1.5 * mm); c.setDash()
        y -= 7 * mm
    y -= 4 * mm
    qs = [
        ("1. Om welke hand gaat het?", [("links", False), ("rechts", True), ("beide", False)], None),
        ("2. Hoe lang heeft u de klachten?", [("< 3 mnd", False), ("3-12 mnd", False), ("> 1 jaar", True)], None),
        ("3. Bent u eerder aan deze hand of pols geopereerd?", [("ja", False), ("nee", True)], "Zo ja, wat en waar: ..........................................."),
        ("4. Zijn er foto's of scans van de hand/pols gemaakt?", [("nee", False), ("röntgen", True), ("echo", False), ("MRI", False), ("CT", False)],
         "Waar/wanneer: ziekenhuis Zwolle, zomer 2025 (foto's van de duim)"),
        ("5. Bent u de afgelopen 12 maanden in een ziekenhuis in het buitenland opgenomen of behandeld?", [("ja", False), ("nee", True)],
         "Zo ja, land/ziekenhuis: ..........................................."),
        ("6. Heeft u ooit andere operaties gehad?", [("nee", False), ("ja", True)], "Zo ja: liesbreuk 2011, knie-artroscopie 2018"),
        ("7. Gebruikt u bloedverdunners?", [("nee", True), ("ja", False)], None),
    ]
    for qtext, opts, extra in qs:
        c.setFont("Helvetica-Bold", 9.5)
        if len(qtext) > 80:
            c.drawString(20 * mm, y, qtext[:qtext.rfind(" ", 0, 80)]); y -= 4.5 * mm
            c.drawString(24 * mm, y, qtext[qtext.rfind(" ", 0, 80) + 1:])
        else:
            c.drawString(20 * mm, y, qtext)
        y -= 6 * mm
        x = 26 * mm
        c.setFont("Helvetica", 9.5)
        for o, tk in opts:
            box(x, y, tk); c.drawString(x + 5 * mm, y, o); x += 28 * mm
        y -= 6 * mm
        if extra:
            c.setFont("Helvetica-Oblique", 9); c.drawString(26 * mm, y, extra); y -= 6 * mm
        y -= 3 * mm
    c.setFont("Helvetica", 7); c.drawString(20 * mm, 12 * mm, "HKA-INT-01 versie 4 (2025)")
    c.showPage()
    hdr(2)
    y = H - 38 * mm
    c.setFont("Helvetica-Bold", 10); c.drawString(20 * mm, y, "Pijnscore (0 = geen pijn, 10 = ergst denkbare pijn)"); y -= 8 * mm
    c.setFont("Helvetica", 9.5)
    for q, v in [("In rust", 3), ("Bij zware taken", 8), ("Gemiddeld afgelopen week", 6)]:
        c.drawString(20 * mm, y, q)
        for i in range(11):
            x = 75 * mm + i * 9 * mm
            c.circle(x, y + 1.2 * mm, 2.6 * mm)
            c.drawCentredString(x, y, str(i))
            if i == v:
                c.setLineWidth(1.4); c.line(x - 3 * mm, y - 2 * mm, x + 3 * mm, y + 4 * mm); c.setLineWidth(1)
        y -= 10 * mm
    y -= 4 * mm
    c.setFont("Helvetica-Bold", 10); c.drawString(20 * mm, y, "Wat is uw vraag aan de handchirurg?"); y -= 6 * mm
    c.setFont("Helvetica-Oblique", 9.5)
    for line in ["Mijn huisarts denkt aan artrose in de duimbasis. Ik wil weten of een operatie zin heeft",
                 "of dat ik er mee moet leren leven. Ik ben hovenier en kan slecht knijpen."]:
        c.drawString(22 * mm, y, line); y -= 5 * mm
    y -= 10 * mm
    c.setFont("Helvetica", 9.5); c.drawString(20 * mm, y, "Handtekening patiënt: ____________________")
    c.setFont("Helvetica", 7); c.drawString(20 * mm, 12 * mm, "HKA-INT-01 versie 4 (2025)")
    c.showPage(); c.save()
    label(st, [], "patient", "nl", "clinic intake questionnaire, drawn tick boxes and pain scales",
          "yes", "no", "no",
          "Facts only as ticked boxes (X drawn in box, option label separate run); other operations (hernia, knee) "
          "are other body parts; patient's question is not a referral; operation only wished about",
          date="2026-03-21")


# ---------------------------------------------------------------- tj-059 GP referral letter
def tj059():
    st = "tj-059"
    def page(c, d):
        W, H = A4
        c.setFont("Helvetica-Bold", 12); c.setFillColor(GREEN)
        c.drawString(20 * mm, H - 18 * mm, "Huisartsenpraktijk Oude Rijn")
        c.setFillColor(colors.black); c.setFont("Helvetica", 8)
        c.drawString(20 * mm, H - 22.5 * mm, "T. (Tamara) Goedhart & P. Schipper, huisartsen")
        c.drawString(20 * mm, H - 26 * mm, "Hooftstraat 88  |  2471 AL Zwammerdam  |  0172 61 40 40  |  spoed 0172 61 40 41")
        c.setFont("Helvetica", 7); c.drawString(20 * mm, 10 * mm, "AGB praktijk 01-058330  |  Bereikbaar ma-vr 8.00-17.00 uur")
    s = [Spacer(1, 14 * mm)]
    s.append(P("Handkliniek Amstelveld<br/>t.a.v. polikliniek handchirurgie<br/>Postbus 9071<br/>1006 AB Amsterdam"))
    s.append(Spacer(1, 12 * mm))
    s.append(P("Zwammerdam, 3 maart 2026"))
    s.append(Spacer(1, 4 * mm))
    s.append(P("<b>Betreft:</b> mw. L. (Lotte) Brouwer, geb. 09-10-1996, Dorpsstraat 3a, 2471 AE Zwammerdam"))
    s.append(Spacer(1, 6 * mm))
    s += paras("""Geachte collega,

Graag verwijs ik naar u mevrouw Brouwer, 29 jaar, IC-verpleegkundige, rechtshandig. Zij heeft sinds ongeveer een half jaar 's nachts tintelingen en een doof gevoel in duim, wijs- en middelvinger van beide handen, rechts meer dan links. Overdag last bij fietsen en bij het vasthouden van haar telefoon. Schudden helpt. Geen nekklachten.

Bij onderzoek: geen atrofie van de thenar, Tinel en Phalen rechts positief, links twijfelachtig. Kracht abductor pollicis brevis normaal.

Er is nog geen EMG en geen echografie of andere beeldvorming gedaan. Een nachtspalk rechts gedurende 8 weken gaf nauwelijks verbetering.

Familieanamnese: moeder en oudere zus zijn beiden aan een carpaletunnelsyndroom geopereerd, de zus tweemaal. Zelf is patiënte nooit geopereerd. Vorig jaar heeft zij een half jaar in Paramaribo gewerkt; daar heeft zij geen arts bezocht.

Mijn vraag: is dit een carpaletunnelsyndroom, bij iemand van deze leeftijd, en zo ja, komt zij gezien het falen van de spalk in aanmerking voor een operatie of adviseert u eerst een injectie?

Medicatie: ethinylestradiol/levonorgestrel. Allergie: geen.""")
    s += [Spacer(1, 4 * mm), P("Met vriendelijke groet,"), Spacer(1, 10 * mm), P("T. Goedhart, huisarts")]
    build(out(st, "pdf"), s, first=page, margins=(20, 20, 30, 20))
    label(st, ["referral"], "gp", "nl", "free GP letter on practice letterhead",
          "no", "no", "no",
          "Operations of mother and sister (other people); 'nooit geopereerd' and 'geen ... beeldvorming' negations; "
          "worked in Paramaribo without seeing a doctor (living abroad, no care); question phrased as 'Mijn vraag:' not 'Vraagstelling'",
          date="2026-03-03", rq=True)


# ---------------------------------------------------------------- tj-062 echo result without title, window envelope
def tj062():
    st = "tj-062"
    def page(c, d):
        W, H = A4
        c.setFont("Helvetica", 7); c.setFillColor(colors.grey)
        c.drawString(22 * mm, H - 45 * mm, "Retouradres: Postbus 500, 6800 AM Arnhem")
        c.setFillColor(colors.black)
        logo_circles(c, W - 40 * mm, H - 20 * mm, 7 * mm, BLUE)
        c.setFont("Helvetica", 7.5)
        c.drawRightString(W - 20 * mm, H - 31 * mm, "Radiologie - locatie Velp")
        c.drawRightString(W - 20 * mm, H - 34.5 * mm, "026 378 90 00")
        c.setFont("Helvetica", 7); c.drawString(22 * mm, 12 * mm, "Printdatum 16-02-2026 07:30  |  Documentnr. RAD-2026-0219933")
    s = [Spacer(1, 32 * mm)]
    s.append(P("Huisartsenpraktijk Rozendaal<br/>t.a.v. mevr. dr. A.C. Visser<br/>Beekhuizenseweg 2<br/>6891 DA Rozendaal"))
    s.append(Spacer(1, 14 * mm))
    s.append(kv([["Uitslag van", "dhr. S.W. (Stijn) Hermsen"], ["Geboortedatum", "25-07-1988"],
                 ["Datum onderzoek", "12-02-2026"], ["Datum verslag", "12-02-2026"], ["Onderzoek", "Echografie pols rechts"],
                 ["Aanvrager", "A.C. Visser, huisarts"], ["Reden aanvraag", "Zwelling dorsaal pols re sinds 3 mnd, ganglion? "
                  "Pt. wil graag weten wat het is."]],
                [40 * mm, 130 * mm], S["n"], S["b"], pad=1))
    s.append(Spacer(1, 6 * mm))
    s += paras("""Dorsaal ter hoogte van het scafolunaire interval een scherp begrensde, anechogene, licht gelobde structuur van 14 x 9 x 8 mm met dorsale aankleuring en zonder interne vascularisatie op Doppler. Een smalle steel richting het SL-gewricht is zichtbaar. Geen synovitis van het radiocarpale gewricht. Extensorpezen compartiment 2 t/m 4 normaal van aspect, geen tenosynovitis.

Beeld past bij een dorsaal ganglion uitgaande van het SL-gewricht. Geen aanwijzingen voor een solide laesie.""")
    s.append(Spacer(1, 6 * mm))
    s.append(P("J. Haverkamp, radioloog"))
    build(out(st, "pdf"), s, first=page, margins=(22, 20, 20, 20))
    label(st, ["imaging-report"], "radiologist", "nl", "radiology result in window-envelope letter layout, no title",
          "yes", "unmentioned", "unmentioned",
          "No document title ('Uitslag van' only); starts with a GP address block, so it looks like a letter to/from a "
          "GP; hospital name only in a drawn logo; three dates (exam, report, print)",
          date="2026-02-12")


# ---------------------------------------------------------------- tj-064 two-column polikliniekbrief neurology
def tj064():
    st = "tj-064"
    def page(c, d):
        W, H = A4
        c.setFillColor(colors.Color(0.35, 0.2, 0.5)); c.rect(0, H - 8 * mm, W, 8 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black); c.setFont("Helvetica-Bold", 9)
        c.drawString(18 * mm, H - 14 * mm, "Wilhelmina Gasthuis Zuidoost  -  Neurologie / Klinische Neurofysiologie")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(W - 18 * mm, H - 17.5 * mm, "Mw. H. (Hanneke) Tromp, 11-03-1975, pat.nr. 2002-7719")
        c.drawString(18 * mm, 8 * mm, "Wilhelmina Gasthuis Zuidoost, Gaasperdammerweg 300, 1108 AZ Amsterdam")
        c.drawRightString(W - 18 * mm, 8 * mm, "%d" % d.page)
    s = []
    hdr = Table([[P("Aan de huisarts<br/>M.E. Doornbos<br/>Huisartsenpraktijk Gein<br/>Wageningendreef 2<br/>1106 AE Amsterdam"),
                  kv([["Datum", "24 februari 2026"], ["Ons kenmerk", "NEU/HT/4471"], ["Poli", "Neurologie, 23 februari 2026"],
                      ["Kopie", "dr. R. Bos, plastisch chirurg; patiënte"]], [22 * mm, 58 * mm], S["s"],
                     ParagraphStyle("kk", parent=S["s"], fontName="Helvetica-Bold"))]],
                colWidths=[88 * mm, 86 * mm])
    hdr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [hdr, Spacer(1, 4 * mm), P("<b>Betreft: mw. H. Tromp, geb. 11-03-1975</b>"), FrameBreak()]
    h = S["h"]; n = S["j"]
    s += [P("Geachte collega,", n), Spacer(1, 2 * mm),
          P("Uw patiënte zag ik op de polikliniek neurologie op verwijzing van collega Bos, plastisch chirurg, met de vraag "
            "naar een carpaletunnelsyndroom rechts versus een cervicale radiculopathie C6.", n),
          P("Anamnese", h),
          P("Sinds ruim een jaar pijn en tintelingen in de rechterhand, vooral duim en wijsvinger, 's nachts wakker. "
            "Ook uitstraling naar de onderarm en soms de schouder. Geen krachtverlies. Werkt als offshore-logistiek "
            "medewerker, drie weken op, drie weken af in Noorwegen. Voorgeschiedenis: hysterectomie (2017), "
            "hypertensie. Aan de hand of pols nooit eerder behandeld anders dan met een brace.", n),
          P("Lichamelijk onderzoek", h),
          P("Cervicale wervelkolom vrij beweeglijk, Spurling negatief. Kracht MRC 5 in alle myotomen, ook APB en "
            "FDI. Reflexen symmetrisch. Hypesthesie in het verzorgingsgebied van de n. medianus rechts, palmaire tak "
            "gespaard. Tinel carpale tunnel rechts positief.", n),
          P("Aanvullend onderzoek", h),
          P("EMG / zenuwgeleidingsonderzoek 23-02-2026: vertraagde sensibele geleiding n. medianus rechts over de pols "
            "(31 m/s), verlengde distale motorische latentie (5,6 ms), geen denervatie in de APB. N. ulnaris en "
            "n. radialis normaal; geen aanwijzingen voor een radiculopathie. Echografie n. medianus dezelfde dag: "
            "verdikking proximaal van de carpale tunnel, CSA 14 mm² (links 9 mm²).", n),
          P("Conclusie", h),
          P("Matig ernstig carpaletunnelsyndroom rechts, neurofysiologisch en echografisch bevestigd. Geen "
            "aanwijzingen voor een cervicale radiculopathie.", n),
          P("Beleid", h),
          P("Uitgelegd dat een operatieve klieving van het ligamentum carpi transversum de meest effectieve behandeling "
            "is. Collega Bos had patiënte hiervoor al op de wachtlijst willen plaatsen; patiënte wil eerst een second "
            "opinion in een handkliniek, hetgeen ik met haar heb besproken. Terug naar de verwijzer, geen controle bij "
            "ons. Patiënte vroeg of een injectie met corticosteroïden in de carpale tunnel een alternatief is; ik heb "
            "uitgelegd dat dit bij een matig ernstig carpaletunnelsyndroom vaak slechts tijdelijk effect heeft, maar "
            "het kan worden overwogen als overbrugging. Een nachtspalk heeft zij al maanden zonder effect gedragen. "
            "Zij ontvangt een kopie van deze brief en van de EMG-uitslag voor de second opinion.", n),
          Spacer(1, 4 * mm), P("Met vriendelijke groet,", n), Spacer(1, 6 * mm),
          P("drs. P.J. Hazelhoff, neuroloog<br/>i.o.v. dr. G. Kamphuis, neuroloog", n)]
    build_twocol(out(st, "pdf"), s, header=page, first_full_h=48, margins=(18, 18, 18, 16))
    label(st, ["correspondence"], "specialist", "nl", "two-column outpatient letter, sections flow across columns",
          "yes", "unmentioned", "unmentioned",
          "Body set in two newspaper columns so the Beleid section breaks from column 1 into column 2; "
          "neurology letter copied to plastic surgeon; ultrasound reported inside the letter (imaging done); surgery "
          "only advised; hysterectomy other body part; works offshore in Norway without care abroad",
          date="2026-02-24", also=["2026-02-23"])


if __name__ == "__main__":
    for f in [tj001, tj002, tj005, tj007, tj010, tj011, tj015, tj017, tj024, tj059, tj062, tj064]:
        f()
    print("nl pdfs done")
