"""Dutch documents rendered with reportlab (te-001, 003, 004, 005, 013, 015, 017, 018, 019, 029, 031, 032, 035)."""
import os
import tempfile

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle, PageBreak

from common import (DOCS, styles, para, paras, kv_table, grid_table, build_pdf, make_numbered_canvas, logo,
                    text_lines, pdfunite, write_label)

P = lambda stem: os.path.join(DOCS, stem + ".pdf")


# ------------------------------------------------------------------------------------------------
def te001():
    st = styles("DVC", 9)

    def first(c, d):
        w, h = d.pagesize
        c.setFillColorRGB(0.0, 0.45, 0.55)
        c.rect(0, h - 14 * mm, w, 14 * mm, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("DVC-Bold", 12)
        c.drawString(18 * mm, h - 9.5 * mm, "Second opinion handchirurgie")
        c.setFont("DVC", 8)
        c.drawRightString(w - 18 * mm, h - 9.5 * mm, "Verwijzing  |  ZD-nummer 2601-4471-0982")
        c.setFillColorRGB(0, 0, 0)

    def later(c, d):
        w, h = d.pagesize
        c.setFont("DVC", 7.5)
        c.drawString(18 * mm, h - 10 * mm, "Verwijzing Dhr. G.W. Heijstek, 14-07-1958  -  Second opinion handchirurgie")
        c.line(18 * mm, h - 11.5 * mm, w - 18 * mm, h - 11.5 * mm)

    num = make_numbered_canvas("Aangemaakt 19-01-2026 10:42   Pagina {p} van {n}", font="DVC", size=7)
    L = lambda rows: kv_table(rows, st, widths=(48 * mm, 124 * mm), zebra=True)
    story = [
        para("Verwijzer", st["h2"]),
        L([["Naam", "M.A. van Egmond, huisarts"],
           ["Praktijk", "Huisartsenpraktijk Het Kloosterhof\nKloosterlaan 14\n8011 HK Zwolle"],
           ["AGB-code", "01-054321"],
           ["Telefoon", "038 - 421 77 60 (alleen voor verwijzers: 038 - 421 77 69)"]]),
        para("Ontvanger", st["h2"]),
        L([["Instelling", "Handkliniek Eemland"],
           ["Afdeling", "Polikliniek hand- en polschirurgie"],
           ["Product", "Second opinion handchirurgie"],
           ["Urgentie", "Regulier"]]),
        para("Patiënt", st["h2"]),
        L([["Naam", "Dhr. G.W. Heijstek"],
           ["Geboortedatum", "14-07-1958"],
           ["Geslacht", "Man"],
           ["BSN", "2480 17 335"],
           ["Adres", "Assendorperstraat 201, 8012 DJ Zwolle"],
           ["Verzekeraar", "VitaalZorg, polisnr. 50983312"]]),
        para("Verwijzing", st["h2"]),
        L([["Reden van verwijzing",
            "Ziekte van Dupuytren rechterhand, straat over dig IV en V. Toenemende flexiecontractuur: "
            "MCP IV ca. 30 graden, PIP V ca. 40 graden. Tafeltest positief sinds de zomer. Hindert bij "
            "handen schudden, handschoenen aantrekken en bij zijn hobby (houtbewerking)."],
           ["Vraagstelling",
            "Patiënt is in november 2025 gezien door de plastisch chirurg in ziekenhuis De Veste; daar is een "
            "open (partiële) fasciectomie voorgesteld. Hij ziet op tegen de lange revalidatie en vraagt of een "
            "naaldfasciotomie een reëel alternatief is, zeker voor de MCP-contractuur. Graag uw second opinion "
            "over de behandelkeuze."],
           ["Relevante voorgeschiedenis",
            "2011 myocardinfarct, PCI RCA\n2015 diabetes mellitus type 2\n2019 TURP i.v.m. BPH\n"
            "2022 liesbreukcorrectie links (laparoscopisch)\nVader had eveneens Dupuytren (beide handen)"],
           ["Recente behandelingen",
            "11-2025 consult plastische chirurgie De Veste: fasciectomie aangeboden, patiënt heeft bedenktijd "
            "gevraagd; nog niet geopereerd.\n12-2025 handtherapie 3x: nachtspalk aangemeten, rekoefeningen."],
           ["Aanvullend onderzoek", "Geen beeldvorming verricht (volgens de plastisch chirurg niet nodig)."],
           ["Medicatie",
            "metformine 500 mg 2 dd 1\nacetylsalicylzuur 80 mg 1 dd 1\natorvastatine 40 mg 1 dd 1\n"
            "metoprolol retard 50 mg 1 dd 1"],
           ["Allergieën / ICE", "Geen bekende allergieën. Geen contra-indicaties bekend."],
           ["Episodelijst",
            "L99 Ziekte van Dupuytren (sinds 2021)\nT90 Diabetes mellitus type 2\nK76 Chronische ischemische "
            "hartziekte\nY85 Benigne prostaathypertrofie"]]),
        Spacer(1, 8),
        para("Patiënt is op de hoogte van de verwijzing en heeft toestemming gegeven voor het delen van deze "
             "gegevens.", st["s"]),
    ]
    build_pdf(P("te-001"), story, first, later, margins=(18, 18, 20, 18), numbering=num)
    write_label("te-001", ["referral", "history"], "gp", "nl", "zorgdomein two-column, coloured band header",
                "no", "no", "unmentioned", date="2026-01-19", referral_question=True,
                notes="Question only in Vraagstelling; fasciectomy offered elsewhere but 'nog niet geopereerd'; "
                      "TURP and hernia repair are other body parts; father's Dupuytren is family history; "
                      "'Geen beeldvorming verricht' explicit; date only in footer 'Aangemaakt 19-01-2026'.")


# ------------------------------------------------------------------------------------------------
def te003():
    st = styles("Sans", 10)

    def first(c, d):
        w, h = d.pagesize
        logo(c, 20 * mm, h - 30 * mm, "wave", (0.05, 0.3, 0.55), 18 * mm)
        text_lines(c, w - 20 * mm, h - 14 * mm,
                   ["Noorderhaven Ziekenhuis", "Plastische, Reconstructieve en Handchirurgie",
                    "Ringersweg 40, 1815 JD Alkmaar", "Postbus 501, 1800 AM Alkmaar",
                    "T 072 - 548 30 00   www.noorderhaven-zkh.nl"], size=8, align="right")

    def later(c, d):
        w, h = d.pagesize
        c.setFont("Sans", 7.5)
        c.drawString(20 * mm, h - 12 * mm, "Mw. A.C. de Roos-Kramer, 22-03-1964, patiëntnr. 3309172")

    num = make_numbered_canvas("Noorderhaven Ziekenhuis  |  PCH/26/0413  |  pagina {p}/{n}", size=7)
    addr = ("Weledelgeleerde heer H.P. Vos\nhuisarts\nHuisartsenpraktijk Schermer\nMiddenweg 3\n1834 AB Oterleek")
    hdr = Table([[para(addr, st["n"]),
                  kv_table([["Ons kenmerk", "PCH/26/0413"], ["Datum", "3 februari 2026"],
                            ["Telefoon", "072 - 548 31 60"], ["Behandelaar", "dr. F.E. Wiersma"]],
                           st, widths=(26 * mm, 40 * mm), label_style="s")]],
                colWidths=[95 * mm, 75 * mm])
    hdr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    body = """**Betreft:** Mw. A.C. de Roos-Kramer, geb. 22-03-1964, Kerkweg 9, 1834 AC Oterleek

Geachte collega,

Op 28 januari 2026 zagen wij uw patiënte op ons spreekuur voor de handchirurgie in verband met pijn aan de basis van de rechterduim.

**Anamnese**
Sinds ongeveer anderhalf jaar pijn aan de duimbasis rechts, vooral bij knijpen, het openen van potten en het omdraaien van een sleutel. Patiënte is rechtshandig en werkt 24 uur per week als kapster; knippen gaat steeds moeizamer. Soms 's nachts pijn. Geen tintelingen of doof gevoel in de vingers. Behandeld met een duimspalk via de handtherapeut (3 maanden, matig effect) en tweemaal een injectie met corticosteroïd door u (mei en oktober 2025), telkens met ongeveer zes weken verlichting.

**Voorgeschiedenis**
2009 sectio caesarea
2017 laparoscopische cholecystectomie
2021 mammacarcinoom links, lumpectomie en radiotherapie, in remissie; controle bij de chirurg
Hypothyreoïdie

**Medicatie**
Levothyroxine 75 microgram 1 dd, letrozol 2,5 mg 1 dd, paracetamol zo nodig.

**Lichamelijk onderzoek**
Rechterhand: geen zichtbare zwelling, lichte adductiestand van het eerste middenhandsbeentje. Drukpijn over het CMC-1 gewricht, grind-test positief. MCP-1 hyperextensie 10 graden, geen Z-deformiteit. Goede opponeerfunctie (Kapandji 9). Sensibiliteit intact; Tinel en Phalen negatief. Geen triggering van de vingers.
Linkerhand: lichte drukpijn CMC-1, grind-test negatief.

**Aanvullend onderzoek**
X-hand rechts (28-01-2026): artrose van het CMC-1 gewricht met gewrichtsspleetversmalling, subchondrale sclerose en osteofyten van ruim 2 mm, Eaton-Littler stadium III. STT-gewricht gespaard.

**Conclusie**
Symptomatische CMC-1 artrose rechts, Eaton III, na falen van conservatieve behandeling.

**Beleid**
Wij hebben patiënte de mogelijkheden uitgelegd. Gezien het beperkte effect van spalk en injecties hebben wij haar een trapeziectomie met ligamentreconstructie (LRTI) aangeboden. Het herstel duurt ongeveer drie maanden, waarvan de eerste weken in gips en daarna onder begeleiding van de handtherapeut; risico's zoals infectie, irritatie van de radiale sensibele zenuw en CRPS zijn besproken. Patiënte wil hier eerst goed over nadenken en wil mogelijk een second opinion. Zij neemt zelf contact met ons op als zij voor een operatie kiest. Tot die tijd kan zij de spalk bij belasting blijven dragen; desgewenst kan een derde injectie worden gegeven.

Met vriendelijke groet,



dr. F.E. Wiersma, plastisch chirurg
namens deze: drs. L. Bakker, arts in opleiding tot specialist

Dit is een elektronisch geautoriseerde brief.
cc: patiënte"""
    story = [Spacer(1, 16 * mm), hdr, Spacer(1, 10 * mm)] + paras(body, st["n"])
    build_pdf(P("te-003"), story, first, later, margins=(20, 20, 20, 20), numbering=num)
    write_label("te-003", ["correspondence"], "specialist", "nl", "HiX-like polikliniekbrief with letterhead",
                "yes", "unmentioned", "unmentioned", date="2026-02-03", also_dates=["2026-01-28"],
                notes="Surgery (trapeziectomy/LRTI) only offered; sectio, cholecystectomy and lumpectomy are other "
                      "body parts; X-ray quoted in letter (not an imaging report); signed by AIOS on behalf of "
                      "specialist; the letter mentions patient may want a second opinion (not a referral).")


# ------------------------------------------------------------------------------------------------
def te004():
    st = styles("Sans", 9.5)

    def first(c, d):
        w, h = d.pagesize
        logo(c, 18 * mm, h - 24 * mm, "squares", (0.45, 0.1, 0.35), 12 * mm)
        c.setFont("Sans-Bold", 11)
        c.drawString(34 * mm, h - 16 * mm, "Ziekenhuis Amstelveld")
        c.setFont("Sans", 8.5)
        c.drawString(34 * mm, h - 21 * mm, "Radiologie en Nucleaire Geneeskunde")
        c.drawRightString(w - 18 * mm, h - 16 * mm, "Laan van Vrede 2, 1181 AE Amstelveen")
        c.drawRightString(w - 18 * mm, h - 21 * mm, "secretariaat 020 - 545 90 12")
        c.line(18 * mm, h - 27 * mm, w - 18 * mm, h - 27 * mm)

    num = make_numbered_canvas("Afgedrukt uit EPD  -  {p}/{n}", size=7, align="center")
    head = kv_table([
        ["Patiënt", "Verhoeven, T.", "Patiëntnummer", "7713204"],
        ["Geboortedatum", "09-11-1997", "Geslacht", "M"],
        ["Aanvrager", "Dr. P. Kuipers, orthopedisch chirurg", "Afdeling aanvrager", "Orthopedie (poli)"],
        ["Onderzoek", "MRI pols links zonder contrast", "Accessienr.", "MR26-018842"],
        ["Datum onderzoek", "10-02-2026", "Datum verslag", "11-02-2026"],
    ], st, widths=(30 * mm, 55 * mm, 32 * mm, 55 * mm))
    body = """**Klinische gegevens / vraagstelling**
Val op uitgestrekte hand 12/2025. Aanhoudende pijn in de tabatière en bij axiale druk duim. Conventionele opnamen bij eerste presentatie: geen fractuur zichtbaar. Occulte scaphoidfractuur? Ligamentair letsel?

**Techniek**
1,5T, dedicated polsspoel. Coronaal T1, coronaal en sagittaal PD FS, axiaal T2 FS, 3D-GRE coronaal.

**Bevindingen**
Beenmergoedeem in de proximale pool en het proximale deel van de taille van het os scaphoideum, met een dunne lineaire T1-hypointense lijn die de radiale cortex bereikt, passend bij een fractuur. Geen verplaatsing, geen verkorting of humpback-stand. Het signaal van de proximale pool op T1 is behouden; geen aanwijzingen voor avasculaire necrose. Overige carpalia zonder oedeem of fractuurlijnen.
Scafolunair ligament continu over het dorsale, membraneuze en palmaire deel; geen verbreding van de SL-spleet. Lunotriquetraal ligament intact. TFCC met enige intermediaire signaalintensiteit centraal, zonder transmurale scheur. Distale radius en ulna zonder afwijkingen.
Weinig gewrichtsvocht radiocarpaal, binnen normale grenzen. Buig- en strekpezen normaal van aspect, geen tenosynovitis. N. medianus niet verdikt.

**Conclusie**
1. Niet-gedisloceerde fractuur van de proximale pool / taille van het os scaphoideum links, circa 8 weken oud, nog met uitgebreid beenmergoedeem. Geen aanwijzingen voor avasculaire necrose.
2. Geen ligamentair letsel.

Dr. S.M. El Amrani, radioloog
Elektronisch geautoriseerd op 11-02-2026 om 14:07"""
    story = [Spacer(1, 12 * mm), para("MRI POLS LINKS - VERSLAG", st["h"]), head, Spacer(1, 6)] + paras(body, st["n"])
    build_pdf(P("te-004"), story, first, first, margins=(18, 18, 20, 20), numbering=num)
    write_label("te-004", ["imaging-report"], "radiologist", "nl", "hospital radiology report, label/value grid",
                "yes", "unmentioned", "unmentioned", date="2026-02-11", also_dates=["2026-02-10"],
                notes="Exam date and report date differ by one day; Aanvrager is an orthopaedic surgeon; "
                      "'Klinische gegevens / vraagstelling' is the requester's question, not a referral; "
                      "'geen fractuur zichtbaar' on earlier X-ray is a negated finding of a done exam; label 'Datum onderzoek' wraps onto two lines in its cell.")


# ------------------------------------------------------------------------------------------------
def te005():
    st = styles("DV", 8.5)

    def first(c, d):
        w, h = d.pagesize
        logo(c, 18 * mm, h - 26 * mm, "circle", (0.1, 0.5, 0.3), 13 * mm)
        text_lines(c, 35 * mm, h - 15 * mm,
                   ["**Laboratorium Medische Microbiologie Veluwe-IJssel**",
                    "Regionaal laboratorium voor medische microbiologie en infectiepreventie",
                    "Deventerstraat 311, 7323 AC Apeldoorn  -  T 055 - 581 22 90"], font="DV", size=8)
        c.setFont("DV", 7)
        c.drawString(18 * mm, 10 * mm, "Dit rapport is elektronisch gevalideerd en zonder handtekening geldig. "
                     "Uitslagen uitsluitend bestemd voor de aanvrager.")

    head = kv_table([
        ["Patiënt", "Mw. S. Yıldız", "Aanvrager", "J.K. Hamstra, huisarts"],
        ["Geb. datum", "04-06-1979", "", "Huisartsenpraktijk De Esch, Apeldoorn"],
        ["BSN", "1936 54 208", "Labnummer", "M26-0203-1177"],
        ["Afnamedatum", "02-02-2026", "Ontvangen", "03-02-2026 08:12"],
        ["Status", "Eindrapport", "Rapportdatum", "05-02-2026"],
    ], st, widths=(28 * mm, 52 * mm, 28 * mm, 62 * mm))
    res = grid_table([
        ["Materiaal", "Bepaling", "Uitslag", "Opmerking"],
        ["Neus (beide neusgaten)", "MRSA kweek (met ophoping)", "MRSA niet aangetoond", ""],
        ["Keel", "MRSA kweek (met ophoping)", "MRSA niet aangetoond", ""],
        ["Perineum", "MRSA kweek (met ophoping)", "MRSA niet aangetoond", ""],
        ["Neus/keel/perineum (pool)", "MRSA PCR (mecA/mecC, SCCmec-orfX)", "negatief", "sneltest 03-02"],
    ], st, widths=(42 * mm, 52 * mm, 40 * mm, 36 * mm))
    story = [Spacer(1, 16 * mm), para("UITSLAG MICROBIOLOGIE - MRSA-SCREENING", st["h"]), head, Spacer(1, 6),
             para("**Klinische gegevens:** MRSA-screening in verband met opname in een ziekenhuis in het buitenland "
                  "(Antalya, Turkije, 28-12-2025 t/m 06-01-2026, cholecystitis). Patiënte wordt verwezen naar de "
                  "handchirurg.", st["n"]), Spacer(1, 6), res, Spacer(1, 8),
             para("**Conclusie:** In de ingestuurde materialen is geen methicilline-resistente Staphylococcus aureus "
                  "(MRSA) aangetoond.", st["n"]), Spacer(1, 4),
             para("Gevalideerd door: dr. R. Oosterhuis, arts-microbioloog, 05-02-2026", st["n"])]
    build_pdf(P("te-005"), story, first, first, margins=(18, 18, 20, 20))
    write_label("te-005", ["mrsa-screening"], "lab", "nl", "microbiology lab result, table layout",
                "unmentioned", "unmentioned", "yes", date="2026-02-05", also_dates=["2026-02-02"],
                notes="Admission abroad (Antalya) stated only in clinical details; stay was for cholecystitis, "
                      "still counts as treated abroad; collection date 02-02 vs report date 05-02.")


# ------------------------------------------------------------------------------------------------
def te013():
    st = styles("Serif", 10.5)

    def first(c, d):
        w, h = d.pagesize
        c.setFillColorRGB(0.55, 0.2, 0.1)
        c.rect(w - 60 * mm, h - 40 * mm, 42 * mm, 22 * mm, fill=0, stroke=1)
        logo(c, w - 56 * mm, h - 36 * mm, "cross", (0.55, 0.2, 0.1), 13 * mm)
        c.setFillColorRGB(0, 0, 0)
        text_lines(c, 20 * mm, h - 18 * mm, ["**Handtherapie Oost**", "praktijk voor hand- en polsrevalidatie",
                                             "Oldenzaalsestraat 88, 7514 DR Enschede", "T 053 - 430 18 05",
                                             "AGB 04-112298"], font="Serif", size=9)
        c.setFont("Serif", 7.5)
        c.drawCentredString(w / 2, 12 * mm, "Handtherapie Oost is aangesloten bij de NVHT en de NVHP  -  "
                                            "IBAN NL00 INGB 0000 1234 56")

    body = """Aan: mw. dr. E.J. Nijkamp, plastisch chirurg
Ziekenhuis Twentse Poort, polikliniek plastische chirurgie
Postbus 4420, 7500 HK Enschede

Enschede, 23 januari 2026

**Betreft: voortgangsverslag handtherapie**
Dhr. R. (Ruben) Mulder, geb. 02-05-1990
Diagnose: status na primair herstel buigpees FDP dig III links (zone II) op 14-11-2025 na snijletsel (glas)

Geachte collega,

Hierbij ontvangt u een verslag van de behandeling van bovengenoemde patiënt, die sinds 18-11-2025 bij ons onder behandeling is volgens het vroege actieve mobilisatieschema (Saint John-protocol) met een dorsale blokkeringsspalk.

**Beloop**
De eerste weken verliepen zonder bijzonderheden. Het litteken is rustig, er is geen infectie en geen ruptuur opgetreden. Vanaf week 6 is de spalk afgebouwd en is gestart met actief oefenen zonder weerstand, vanaf week 8 met lichte weerstand. Patiënt is zeer gemotiveerd en oefent thuis trouw. Hij werkt als elektricien en is nog niet aan het werk.

**Metingen (actief, in graden)**"""
    table = grid_table([
        ["", "MCP", "PIP", "DIP", "TAM", "Strickland"],
        ["Dig III links 16-12-2025", "0-80", "10-70", "15-35", "160", "54% (matig)"],
        ["Dig III links 20-01-2026", "0-90", "5-90", "5-55", "225", "82% (goed)"],
        ["Dig III rechts (ref.)", "0-90", "0-105", "0-75", "270", "-"],
    ], st, widths=(45 * mm, 20 * mm, 20 * mm, 20 * mm, 18 * mm, 30 * mm), font_style="n", head_style="b")
    body2 = """Knijpkracht (Jamar, stand 2): links 32 kg, rechts 51 kg. Geen triggering, wel lichte stijfheid DIP in de ochtend. Sensibiliteit radiaal en ulnair aan de vinger hersteld (Semmes-Weinstein 2.83).

**Conclusie en plan**
Goed herstel van de flexie, nog een extensiedeficit van 5 graden in PIP en DIP en verminderde kracht. Wij gaan door met kracht- en functietraining, 1x per week, met geleidelijke werkhervatting in overleg met de bedrijfsarts vanaf week 12. Wij verwachten de behandeling over ongeveer 6 weken af te kunnen ronden. Wij zien uw bevindingen bij de controle op de poli graag tegemoet.

Met vriendelijke groet,

Inge Bloemendaal-Oude Luttikhuis
handtherapeut / fysiotherapeut (CHT-NL)"""
    story = [Spacer(1, 26 * mm)] + paras(body, st["n"]) + [table, Spacer(1, 6)] + paras(body2, st["n"])
    build_pdf(P("te-013"), story, first, first, margins=(20, 20, 22, 20))
    write_label("te-013", [], "other", "nl", "hand therapy progress letter with measurement table",
                "unmentioned", "yes", "unmentioned", date="2026-01-23",
                notes="Hand therapist is not a specialist: no kind; says primary flexor tendon repair was done on "
                      "14-11-2025 (operated yes); addressed to a plastic surgeon; ROM table.")


# ------------------------------------------------------------------------------------------------
def te015():
    st = styles("Sans", 10.5)

    def first(c, d):
        w, h = d.pagesize
        logo(c, w - 38 * mm, h - 30 * mm, "circle", (0.75, 0.35, 0.05), 18 * mm)
        text_lines(c, 20 * mm, h - 18 * mm, ["**Handkliniek Eemland**", "Stadsring 150", "3811 HS Amersfoort",
                                             "033 - 760 40 00 (ma-vr 8.30-16.30 uur)"], size=9)
        c.setFont("Sans", 7)
        c.drawString(20 * mm, 12 * mm, "Handkliniek Eemland B.V.  KvK 81234567  -  Kijk voor actuele informatie op "
                                       "onze website. Verhinderd? Meld dit uiterlijk 24 uur van tevoren.")

    body = """Mevrouw J. Oostveen
Ruimtevaartweg 27
3824 ML Amersfoort

Amersfoort, 20 februari 2026
Patiëntnummer: 260118

**Bevestiging van uw afspraak**

Beste mevrouw Oostveen,

Uw huisarts heeft u bij ons aangemeld voor een second opinion. Hierbij bevestigen wij uw eerste afspraak:"""
    appt = kv_table([["Datum", "dinsdag 17 maart 2026"], ["Tijd", "09:40 uur (graag 10 minuten eerder aanwezig)"],
                     ["Bij", "dr. M.L. Verschoor, plastisch chirurg"], ["Waar", "Stadsring 150, 1e verdieping, balie B"]],
                    st, widths=(30 * mm, 120 * mm), grid=True)
    body2 = """**Wat neemt u mee?**
- uw identiteitsbewijs en zorgpas
- een actueel medicatieoverzicht van uw apotheek
- als er in een ander ziekenhuis foto's, een echo of een MRI van uw hand of pols zijn gemaakt: de beelden op cd en het verslag
- als u eerder aan uw hand of pols bent geopereerd: het operatieverslag

**Bent u in het buitenland in een ziekenhuis geweest?**
Bent u de afgelopen twee maanden in een ziekenhuis buiten Nederland opgenomen of behandeld? Neem dan vóór uw afspraak contact met ons op. Wij vragen u dan via uw huisarts een MRSA-onderzoek te laten doen.

Wij vragen u de bijgevoegde vragenlijst vooraf in te vullen en mee te nemen. Als u niet kunt komen, wilt u dit dan minimaal 24 uur van tevoren doorgeven? Anders kunnen wij kosten in rekening brengen.

Met vriendelijke groet,

Afdeling Planning
Handkliniek Eemland"""
    story = [Spacer(1, 30 * mm)] + paras(body, st["n"]) + [appt, Spacer(1, 8)] + paras(body2, st["n"])
    build_pdf(P("te-015"), story, first, first, margins=(20, 20, 20, 20))
    write_label("te-015", [], "other", "nl", "clinic appointment confirmation letter",
                "unmentioned", "unmentioned", "unmentioned", date="2026-02-20",
                notes="Appointment letter: mentions imaging CDs, operation reports, foreign hospital and MRSA only "
                      "as conditional instructions; appointment date 17-03-2026 is not the letter date.")


# ------------------------------------------------------------------------------------------------
def te017():
    st = styles("DVC", 9)
    box = lambda on: "[X]" if on else "[  ]"

    def first(c, d):
        w, h = d.pagesize
        c.setFont("DVC-Bold", 13)
        c.drawString(18 * mm, h - 16 * mm, "AANVRAAG BEELDVORMEND ONDERZOEK")
        c.setFont("DVC", 8)
        c.drawString(18 * mm, h - 21 * mm, "Radiologie Eerstelijn Diagnostiek Gooi & Vecht  -  locaties Hilversum, "
                                           "Bussum, Weesp  -  afspraken 035 - 688 22 40")
        c.rect(w - 60 * mm, h - 26 * mm, 42 * mm, 14 * mm)
        c.setFont("DVC", 7)
        c.drawString(w - 58 * mm, h - 16 * mm, "Ruimte voor sticker / barcode")

    rows = [
        ["Patiënt", "Mw. D.H. Schoonhoven-Baas", "Geboortedatum", "17-10-1985"],
        ["Adres", "Vaartweg 61, 1211 JG Hilversum", "BSN", "2039 88 471"],
        ["Verzekeraar", "VitaalZorg", "Telefoon", "06 - 4117 2083"],
        ["Aanvrager", "W. Brink, huisarts", "AGB", "01-061187"],
        ["Praktijk", "Gezondheidscentrum Kerkelanden", "Datum aanvraag", "02-03-2026"],
    ]
    form = [
        ["Onderzoek", f"{box(False)} Röntgen   {box(True)} Echografie   {box(False)} CT   {box(False)} MRI   "
                      f"{box(False)} DEXA"],
        ["Lichaamsdeel / zijde", "Pols rechts, dorsale zijde"],
        ["Klinische gegevens",
         "Sinds ca. 3 maanden zwelling dorsaal op de rechterpols, soms pijnlijk bij steunen (yoga). Zwelling "
         "wisselt in grootte, licht fluctuerend, niet rood of warm."],
        ["Vraagstelling", "Ganglion? DD tendovaginitis extensoren."],
        ["Eerdere operaties aan dit lichaamsdeel", f"{box(False)} ja   {box(True)} nee"],
        ["Eerder beeldvorming van dit lichaamsdeel", f"{box(False)} ja   {box(True)} nee   {box(False)} onbekend"],
        ["Zwangerschap", f"{box(False)} ja   {box(True)} nee"],
        ["Contrastallergie / nierfunctie", "n.v.t. (geen contrast)"],
        ["Uitslag naar", "aanvrager (via Edifact)"],
    ]
    story = [Spacer(1, 14 * mm), kv_table(rows, st, widths=(24 * mm, 62 * mm, 32 * mm, 54 * mm), grid=True),
             Spacer(1, 6), kv_table(form, st, widths=(55 * mm, 117 * mm), grid=True), Spacer(1, 14),
             para("Handtekening aanvrager: ____________________  W. Brink", st["n"]), Spacer(1, 4),
             para("Patiënt maakt zelf een afspraak via 035 - 688 22 40. Voor een echo hoeft u niet nuchter te zijn.",
                  st["s"])]
    build_pdf(P("te-017"), story, first, first, margins=(18, 18, 20, 20))
    write_label("te-017", [], "gp", "nl", "radiology request form with tick boxes in grid",
                "no", "no", "unmentioned", date="2026-03-02",
                notes="Radiology request form (not a referral, not a report): ultrasound is requested (plan); "
                      "tick boxes state no prior operation and no prior imaging of the wrist; "
                      "'Vraagstelling' is a question to the radiologist.")


# ------------------------------------------------------------------------------------------------
def te018():
    tmp = tempfile.mkdtemp(prefix="te018_")
    st = styles("Mono", 8.5)

    def hdr_lab(c, d):
        w, h = d.pagesize
        c.setFont("Mono-Bold", 10)
        c.drawString(18 * mm, h - 14 * mm, "KLINISCH CHEMISCH LABORATORIUM - Ziekenhuis Zuid-Drenthe")
        c.setFont("Mono", 8)
        c.drawString(18 * mm, h - 19 * mm, "Ziekenhuislaan 4, 7909 AB Hoogeveen  tel 0528-286 100")
        c.drawString(18 * mm, 10 * mm, "Referentiewaarden volgens NVKC; * = buiten referentiegebied")

    rows = [["Bepaling", "Uitslag", "Eenheid", "Referentie", ""],
            ["Hemoglobine", "8.1", "mmol/L", "7.5 - 10.0", ""],
            ["Leukocyten", "7.4", "10^9/L", "4.0 - 10.0", ""],
            ["Trombocyten", "288", "10^9/L", "150 - 400", ""],
            ["BSE", "24", "mm/uur", "< 20", "*"],
            ["CRP", "6", "mg/L", "< 10", ""],
            ["Reumafactor (IgM)", "< 5", "kU/L", "< 15", ""],
            ["Anti-CCP", "< 7", "U/mL", "< 7", ""],
            ["Urinezuur", "0.36", "mmol/L", "0.20 - 0.42", ""],
            ["Glucose (nuchter)", "6.4", "mmol/L", "4.0 - 6.1", "*"],
            ["HbA1c", "44", "mmol/mol", "< 42", "*"],
            ["TSH", "2.1", "mU/L", "0.5 - 4.0", ""]]
    head = kv_table([["Patiënt:", "Dhr. K. Zwiers", "Labnr:", "C26-021644"],
                     ["Geb.datum:", "11-12-1966", "Afname:", "16-02-2026 08:05"],
                     ["Aanvrager:", "A. Hulsebos, huisarts", "Uitslag:", "16-02-2026 13:40"]],
                    st, widths=(25 * mm, 60 * mm, 25 * mm, 60 * mm))
    s1 = [Spacer(1, 12 * mm), para("UITSLAGEN - DEFINITIEF", st["h2"]), head, Spacer(1, 6),
          grid_table(rows, st, widths=(55 * mm, 25 * mm, 25 * mm, 35 * mm, 10 * mm), font_style="n"),
          Spacer(1, 6), para("Klinische vraag: pijnlijke zwelling MCP-gewrichten beide handen, artritis? "
                             "Jicht? DM?", st["n"])]
    build_pdf(os.path.join(tmp, "a.pdf"), s1, hdr_lab, hdr_lab, margins=(18, 18, 20, 18))

    st2 = styles("Sans", 9)

    def hdr_mm(c, d):
        w, h = d.pagesize
        logo(c, 18 * mm, h - 24 * mm, "circle", (0.2, 0.2, 0.5), 11 * mm)
        text_lines(c, 33 * mm, h - 15 * mm, ["**Lab Noordoost Medische Microbiologie**",
                                             "locatie Hoogeveen  -  0528 - 286 450"], size=8.5)

    s2 = [Spacer(1, 14 * mm), para("Uitslag bacteriologie", st2["h"]),
          kv_table([["Patiënt", "Zwiers, K. (M)", "Geb.", "11-12-1966"],
                    ["Aanvrager", "A. Hulsebos, huisarts, Praktijk Kerkstraat Hoogeveen", "Ordernr.", "B-26-33018"],
                    ["Afgenomen", "16-02-2026", "Eindrapport", "19-02-2026"]],
                   st2, widths=(22 * mm, 85 * mm, 22 * mm, 41 * mm)),
          Spacer(1, 6),
          para("**Onderzoek:** MRSA-screening (kweek)\n**Indicatie:** pre-operatieve screening; beroepsmatig contact "
               "met levende varkens (varkenshouder).", st2["n"]), Spacer(1, 6),
          grid_table([["Materiaal", "Resultaat"], ["Neus", "Staphylococcus aureus, methicilline-gevoelig (MSSA). "
                                                          "Geen MRSA."],
                      ["Keel", "Geen MRSA gekweekt"], ["Perineum", "Geen MRSA gekweekt"]],
                     st2, widths=(40 * mm, 130 * mm), font_style="n", head_style="b"),
          Spacer(1, 6), para("Conclusie: MRSA niet aangetoond.", st2["b"]),
          para("Akkoord: drs. P. de Wolf, arts-microbioloog", st2["n"])]
    build_pdf(os.path.join(tmp, "b.pdf"), s2, hdr_mm, hdr_mm, margins=(18, 18, 20, 18))
    pdfunite([os.path.join(tmp, "a.pdf"), os.path.join(tmp, "b.pdf")], P("te-018"))
    write_label("te-018", ["mrsa-screening"], "lab", "nl", "merged PDF: clinical chemistry results + MRSA culture",
                "unmentioned", "unmentioned", "unmentioned", date="2026-02-16", also_dates=["2026-02-19"],
                notes="Two lab documents in one file; only the second is an MRSA screening (MSSA in nose is not MRSA); "
                      "indication is occupational pig contact, not foreign hospital; 'pre-operatieve screening' implies "
                      "a planned operation, not one done.",
                parts=[{"kinds": [], "date": "2026-02-16", "author": "lab"},
                       {"kinds": ["mrsa-screening"], "date": "2026-02-19", "author": "lab"}])


# ------------------------------------------------------------------------------------------------
def te019():
    tmp = tempfile.mkdtemp(prefix="te019_")
    # part 1: GP letter
    st = styles("Serif", 11)

    def gp_first(c, d):
        w, h = d.pagesize
        text_lines(c, w / 2 - 40 * mm, h - 15 * mm, ["**Huisartsen Vreewijk**", "J. Bisschop en S. Karaman",
                                                     "Lede 71, 3074 EC Rotterdam  -  010 - 485 17 20"],
                   font="Serif", size=9.5)
        c.line(20 * mm, h - 30 * mm, w - 20 * mm, h - 30 * mm)

    gp = """Aan:
Handkliniek Maasoever
t.a.v. second opinion hand- en polschirurgie
Westzeedijk 210
3016 AK Rotterdam

Rotterdam, 5 maart 2026

Betreft: mw. L.M. (Lotte) Verbruggen, geb. 19-06-1991, Dordtsestraatweg 402, 3075 BC Rotterdam

Geachte collega,

Graag verwijs ik bovengenoemde patiënte naar u voor een second opinion.

Patiënte, 34 jaar, fysiotherapeute, heeft sinds voorjaar 2025 een zwelling aan de dorsale zijde van de rechterpols. Op de echo van december werd een ganglion gezien uitgaande van het scafolunaire gewricht. Ik heb het ganglion tweemaal gepuncteerd, beide keren kwam het binnen enkele weken terug. De orthopeed die zij in januari zag (brief bijgevoegd) adviseerde af te wachten, omdat een operatie een grote kans op recidief en stijfheid zou geven.

Patiënte heeft echter veel last in haar werk (steunen op de hand bij manuele therapie) en twijfelt aan dit advies. Mijn vraag aan u: is een (artroscopische) excisie van het ganglion bij haar zinvol, en hoe groot schat u de kans op een recidief in?

Bijgevoegd: verslag echo pols (10-12-2025) en brief orthopedie (14-01-2026).

Met collegiale groet,


S. Karaman, huisarts"""
    build_pdf(os.path.join(tmp, "1.pdf"), [Spacer(1, 18 * mm)] + paras(gp, st["n"]), gp_first, gp_first,
              margins=(22, 22, 20, 20))

    # part 2: ultrasound report
    st2 = styles("Sans", 9)

    def rad(c, d):
        w, h = d.pagesize
        c.setFont("Sans-Bold", 10)
        c.drawString(18 * mm, h - 14 * mm, "Ziekenhuis Hollandse IJssel  |  Radiologie")
        c.setFont("Sans", 7.5)
        c.drawString(18 * mm, h - 18 * mm, "Slotlaan 80, 2902 AL Capelle aan den IJssel")

    s2 = [Spacer(1, 10 * mm),
          kv_table([["Naam", "Verbruggen, L.M.", "Geb.", "19-06-1991"], ["Aanvrager", "Karaman, S. (huisarts)",
                                                                        "Onderzoeksdatum", "10-12-2025"],
                    ["Onderzoek", "ECHO POLS RECHTS", "", ""]], st2, widths=(24 * mm, 60 * mm, 30 * mm, 40 * mm)),
          Spacer(1, 6)] + paras("""Klinische informatie: zwelling dorsaal pols re, ganglion?

Verslag:
Dorsaal ter hoogte van het scafolunaire interval een goed begrensde, echovrije, licht gelobde structuur van 14 x 9 x 8 mm met een smalle steel richting het SL-gewricht. Geen intern vaatsignaal bij doppleronderzoek. Extensorpezen (compartiment 3 en 4) intact, zonder tenosynovitis. Geen gewrichtseffusie.

Conclusie:
Dorsaal polsganglion rechts uitgaande van het SL-gewricht, 14 mm.

B.T. Rijsdijk, radioloog""", st2["n"])
    build_pdf(os.path.join(tmp, "2.pdf"), s2, rad, rad, margins=(18, 18, 20, 20))

    # part 3: orthopaedic outpatient letter
    st3 = styles("DV", 9)

    def ortho(c, d):
        w, h = d.pagesize
        logo(c, w - 36 * mm, h - 28 * mm, "squares", (0.1, 0.4, 0.2), 16 * mm)
        text_lines(c, 18 * mm, h - 14 * mm, ["**Ziekenhuis Hollandse IJssel**", "Orthopedie",
                                             "T 010 - 258 59 00"], font="DV", size=8.5)

    s3 = [Spacer(1, 18 * mm)] + paras("""S. Karaman, huisarts
Huisartsen Vreewijk
Lede 71
3074 EC Rotterdam

Datum: 14-01-2026
Kenmerk: ORT/LV/0114

Betreft: mevrouw L.M. Verbruggen, geboren 19-06-1991

Geachte collega,

Op 13 januari zag ik uw patiënte op de polikliniek in verband met een recidiverend dorsaal ganglion van de rechterpols.

Anamnese: sinds ca. 9 maanden zwelling dorsaal rechterpols, wisselend van grootte, pijnlijk bij extensie en steunen. Tweemaal door u gepuncteerd met tijdelijk effect. Geen trauma. Eerder geen operaties aan de pols. Voorgeschiedenis blanco.

Lichamelijk onderzoek: dorsaal over het SL-interval een soepele zwelling van circa 1,5 cm, niet pijnlijk bij palpatie. Volledige beweeglijkheid; pijn bij maximale dorsaalflexie. Watson-test negatief. Goede kracht.

Aanvullend onderzoek: echo 10-12-2025: ganglion dorsaal 14 mm uitgaande van het SL-gewricht.

Conclusie: recidief dorsaal polsganglion rechts.

Beleid: ik heb patiënte uitgelegd dat ganglia vaak spontaan verdwijnen en dat ook na excisie een recidief kan optreden. Gezien de beperkte klachten adviseer ik vooralsnog een expectatief beleid. Een operatie is op dit moment niet geïndiceerd. Bij toename van de klachten kan zij opnieuw worden verwezen. Zij is niet op de poli teruggepland.

Met vriendelijke groet,

drs. H.A. Tielemans, orthopedisch chirurg""", st3["n"])
    build_pdf(os.path.join(tmp, "3.pdf"), s3, ortho, ortho, margins=(18, 18, 20, 20))
    pdfunite([os.path.join(tmp, f"{i}.pdf") for i in (1, 2, 3)], P("te-019"))
    write_label("te-019", ["referral", "correspondence", "imaging-report"], "gp", "nl",
                "merged PDF (bijlagen): GP letter + ultrasound report + orthopaedic outpatient letter",
                "yes", "no", "unmentioned", date="2026-03-05", also_dates=["2025-12-10", "2026-01-14"],
                referral_question=True,
                notes="Three documents in one file, each with its own letterhead; GP question about excision; "
                      "orthopaedist says 'Eerder geen operaties aan de pols' and 'operatie niet geïndiceerd'; "
                      "the GP addresses 't.a.v. second opinion' (address line, but here the GP does refer).",
                parts=[{"kinds": ["referral"], "date": "2026-03-05", "author": "gp"},
                       {"kinds": ["imaging-report"], "date": "2025-12-10", "author": "radiologist"},
                       {"kinds": ["correspondence"], "date": "2026-01-14", "author": "specialist"}])


# ------------------------------------------------------------------------------------------------
def te029():
    st = styles("Sans", 9.5)

    def first(c, d):
        w, h = d.pagesize
        logo(c, 18 * mm, h - 28 * mm, "cross", (0.0, 0.35, 0.65), 14 * mm)
        text_lines(c, 36 * mm, h - 15 * mm, ["**AZ Sint-Lodewijk Westkust**", "campus Koksijde",
                                             "Dienst Medische Beeldvorming", "Zeelaan 190, 8670 Koksijde",
                                             "tel. +32 58 33 91 00"], size=8.5)
        c.setFont("Sans", 7)
        c.drawString(18 * mm, 10 * mm, "Dit verslag werd elektronisch gevalideerd. Beelden beschikbaar via het "
                                       "Vlaams beeldenportaal / op aanvraag op cd-rom.")

    head = kv_table([["Patiënt", "DIJK Els van", "° 03/02/1955"],
                     ["Adres", "Zeestraat 12, 4505 AB Zuidzande (NL)", "Dossiernr. 24501877"],
                     ["Aanvragende arts", "dr. N. Vandenberghe", "spoedgevallendienst"],
                     ["Datum onderzoek", "14/08/2025  16:22", "Verslag: 14/08/2025"]],
                    st, widths=(35 * mm, 75 * mm, 60 * mm))
    body = """**Onderzoek:** RX rechterpols F + P, scafoïdreeks (4 opnames)

**Klinische inlichtingen:** val op het strand op de gestrekte rechterhand, zwelling en drukpijn distale radius. Fractuur?

**Verslag**
Extra-articulaire distale radiusfractuur rechts op circa 2 cm van het gewrichtsoppervlak, met dorsale kanteling van het distale fragment (dorsale tilt ongeveer 18 graden) en lichte radiale verkorting (ulnaire variantie +2 mm). Geringe comminutie dorsaal. Bijkomende avulsie van de processus styloideus ulnae. Het radiocarpale gewricht is congruent. Geen scafoïdfractuur zichtbaar op de specifieke opnames. Diffuse osteopenie. Weke delen zwelling dorsaal.

**Besluit**
Gedisloceerde distale radiusfractuur rechts (Colles-type) met avulsie styloïd ulnae. Geen aanwijzingen voor scafoïdfractuur.
Controle na repositie aanbevolen.

Met collegiale groeten,
dr. Ann-Sofie Decoene, radioloog"""
    story = [Spacer(1, 20 * mm), para("VERSLAG RADIOLOGIE", st["h"]), head, Spacer(1, 8)] + paras(body, st["n"])
    build_pdf(P("te-029"), story, first, first, margins=(18, 18, 20, 18))
    write_label("te-029", ["imaging-report"], "radiologist", "nl", "Belgian (Flemish) radiology report",
                "yes", "unmentioned", "yes", date="2025-08-14",
                notes="Belgian hospital: '°' before birth date, 'Besluit', 'spoedgevallendienst' as requester; Dutch "
                      "patient (NL address) examined at a Belgian emergency department = treated abroad; report "
                      "older than 6 months relative to 2026.")


# ------------------------------------------------------------------------------------------------
def te031():
    st = styles("Serif", 10.5)

    def first(c, d):
        w, h = d.pagesize
        c.setFillColorRGB(0.9, 0.92, 0.95)
        c.rect(0, 0, 48 * mm, h, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        logo(c, 12 * mm, h - 32 * mm, "circle", (0.5, 0.1, 0.1), 20 * mm)
        text_lines(c, 8 * mm, h - 45 * mm, ["**Vechtstreek Ziekenhuis**", "", "Orthopedie en", "Traumatologie", "",
                                            "Bezoekadres", "Rijksstraatweg 9", "3632 AA Loenen", "",
                                            "Polikliniek", "0294 - 25 83 00", "", "Secretariaat",
                                            "orthopedie@vechtstreek.nl"], font="Serif", size=8)

    def later(c, d):
        first(c, d)

    num = make_numbered_canvas("{p} / {n}", font="Serif", size=8)
    body = """Huisartsenpraktijk Breukelen-Noord
t.a.v. mevrouw drs. C.E. Timmermans
Straatweg 118
3621 BT Breukelen

Loenen, 9 maart 2026

Ons kenmerk: 2026-ORT-11872
Betreft: Mw. W. (Willemijn) Stolk, geboren 01-04-1959

Geachte mevrouw Timmermans,

Uw patiënte kwam op 4 maart 2026 terug op de polikliniek orthopedie met klachten van de rechter middelvinger.

**Anamnese**
Patiënte is in juni 2023 bij ons geopereerd aan een triggerfinger van dig III rechts (percutane A1-klieving). Zij was daarna ruim twee jaar klachtenvrij. Sinds november 2025 opnieuw pijn in de handpalm en 's ochtends haken van de vinger, die zij met de andere hand moet strekken. Een injectie bij u in december gaf slechts kort verlichting. Daarnaast meldt zij sinds kort ook wat stijfheid in de ringvinger. Haar moeder had eveneens triggerfingers.
Verder bekend met een totale knieprothese links (2020) en hypertensie.

**Lichamelijk onderzoek**
Rechterhand: rustig litteken aan de basis van dig III. Palpabele noduli ter hoogte van de A1-pulley dig III, pijnlijk. Triggering bij actieve flexie, passief te corrigeren (Green graad III). Dig IV: lichte crepitatie zonder triggering. Geen flexiecontractuur. Sensibiliteit normaal.

**Aanvullend onderzoek**
Geen. Beeldvorming is bij deze klinische diagnose niet geïndiceerd.

**Conclusie**
Recidief triggerfinger dig III rechts, 2,5 jaar na percutane klieving; beginnende tendovaginitis dig IV.

**Beleid**
Wij hebben een open A1-klieving van dig III besproken; eventueel kan in dezelfde sessie de A1-pulley van dig IV worden gekliefd als de klachten daar toenemen. Patiënte wilde eerst nog een injectie proberen; deze hebben wij op 4 maart gegeven (triamcinolonacetonide 10 mg, dig III). Zij neemt contact op als dit onvoldoende helpt, dan plannen wij de operatie.

Met vriendelijke groet,



R.J. van Haaften, orthopedisch chirurg

c.c. patiënte"""
    story = paras(body, st["n"], gap=5)
    build_pdf(P("te-031"), story, first, later, margins=(58, 20, 22, 20), numbering=num)
    write_label("te-031", ["correspondence"], "specialist", "nl", "outpatient letter with coloured side bar letterhead",
                "no", "yes", "unmentioned", date="2026-03-09", also_dates=["2026-03-04"],
                notes="Recurrence after earlier percutaneous A1 release (operated yes, 2023) while new open release is "
                      "only discussed; 'Aanvullend onderzoek: Geen. Beeldvorming niet geïndiceerd' = no imaging; "
                      "mother's trigger fingers and knee prosthesis are distractors; letterhead in left side column.")


# ------------------------------------------------------------------------------------------------
def te032():
    st = styles("Sans", 9.5)

    def first(c, d):
        w, h = d.pagesize
        logo(c, 18 * mm, h - 25 * mm, "wave", (0.1, 0.3, 0.6), 15 * mm)
        c.setFont("Sans-Bold", 10)
        c.drawString(38 * mm, h - 15 * mm, "Medisch Centrum Lindenhove")
        c.setFont("Sans", 8)
        c.drawString(38 * mm, h - 20 * mm, "Plastische Chirurgie  -  locatie Dagbehandeling Hengelo")
        c.setFont("Sans", 7)
        c.drawString(18 * mm, 10 * mm, "Operatieverslag  |  Printdatum 20-11-2025 15:12  |  Geautoriseerd")

    rows = [
        ["Patiënt", "Dhr. B.J. Hofstede-Ten Have", "Patiëntnr.", "5520931"],
        ["Geboortedatum", "27-08-1968", "Opnametype", "Dagbehandeling"],
        ["Datum operatie", "20-11-2025", "OK / sessie", "OK 4, 13:05 - 13:31"],
        ["Operateur", "drs. M.G. Olthof, plastisch chirurg", "Assistent", "K. Lammers, AIOS"],
        ["Anesthesie", "WALANT (lidocaïne 1% met adrenaline)", "Bloedleegte", "geen"],
    ]
    body = """**Indicatie**
Carpaletunnelsyndroom rechts, klinisch duidelijk, EMG (09-2025): ernstige vertraging n. medianus rechts over de pols. Onvoldoende effect van nachtspalk.

**Ingreep**
Open klieving van het ligamentum carpi transversum rechts (carpaletunnelrelease).

**Verslag**
Time-out uitgevoerd. Patiënt in rugligging, arm op armtafel. Steriel afdekken. Lokale infiltratie volgens WALANT-principe, 20 minuten gewacht. Longitudinale incisie van 2,5 cm in de handpalm in lijn met de radiale zijde van de ringvinger, proximaal van Kaplan's cardinale lijn. Doorklieven van subcutis en palmaire fascie. Het ligamentum carpi transversum wordt in de lengte gekliefd van distaal naar proximaal onder zicht, de distale onderarmfascie over 2 cm gekliefd met de schaar. De n. medianus is proximaal afgeplat en hyperemisch, geen andere afwijkingen; motorische tak niet in beeld, niet bedreigd. Geen tenosynovitis van betekenis. Controle op volledige klieving: akkoord. Spoelen, hemostase. Huid gesloten met Ethilon 4-0 (4 donatihechtingen). Steriel verband, drukverband.

**Bevindingen**
Zoals verwacht, geen bijzonderheden.

**Complicaties**
Geen.

**Nabehandeling**
Drukverband 2 dagen, daarna pleister. Direct actief bewegen van de vingers. Hechtingen verwijderen na 10-14 dagen bij de huisarts. Controle bij de verpleegkundig specialist na 6 weken.

drs. M.G. Olthof, plastisch chirurg"""
    story = [Spacer(1, 14 * mm), para("OPERATIEVERSLAG", st["h"]),
             kv_table(rows, st, widths=(30 * mm, 60 * mm, 25 * mm, 57 * mm), grid=True), Spacer(1, 6)] + \
        paras(body, st["n"])
    build_pdf(P("te-032"), story, first, first, margins=(18, 18, 20, 18))
    write_label("te-032", ["operation-report"], "specialist", "nl", "operation report form, 4-column label grid",
                "unmentioned", "yes", "unmentioned", date="2025-11-20",
                notes="Plain carpal tunnel release report; EMG is not imaging; no salutation; date in grid cell "
                      "'Datum operatie' and in footer print date.")


# ------------------------------------------------------------------------------------------------
def te035():
    st = styles("Sans", 9)

    def first(c, d):
        w, h = d.pagesize
        c.setFont("Sans-Bold", 14)
        c.drawString(18 * mm, h - 17 * mm, "Verwijsbrief")
        c.setFont("Sans", 8)
        c.drawString(18 * mm, h - 22 * mm, "Consult handchirurgie  -  Ziekenhuis De Veste, Plastische chirurgie")
        c.drawRightString(w - 18 * mm, h - 17 * mm, "Verwijsdatum: 26-02-2026")
        c.drawRightString(w - 18 * mm, h - 22 * mm, "Referentie ZD: 2602-7719-3054")
        c.line(18 * mm, h - 25 * mm, w - 18 * mm, h - 25 * mm)

    num = make_numbered_canvas("Pagina {p} van {n}", size=7)
    left = kv_table([["Patiënt", "Mw. E.M. Kamphuis"], ["Geboren", "05-01-1949"], ["BSN", "3114 02 776"],
                     ["Telefoon", "0570 - 61 88 02"], ["Verzekeraar", "Zorgverzekeraar Oost U.A."]],
                    st, widths=(22 * mm, 60 * mm))
    right = kv_table([["Verwijzer", "P.J. Dijkhuis, huisarts"], ["Praktijk", "Praktijk De Hanzehof, Deventer"],
                      ["AGB", "01-039972"], ["Telefoon", "0570 - 63 00 41"], ["Specialisme", "Plastische chirurgie"]],
                     st, widths=(22 * mm, 60 * mm))
    two = Table([[left, right]], colWidths=[87 * mm, 87 * mm])
    two.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (0, 0), 0.3, colors.grey),
                             ("BOX", (1, 0), (1, 0), 0.3, colors.grey)]))
    rows = [
        ["Reden van verwijzing", "Triggerduim links, persisterend ondanks injecties. Graag behandeling."],
        ["Anamnese", "Sinds zomer 2025 klikken en op slot schieten van de linkerduim, vooral 's ochtends. Pijn bij "
                     "grijpen. Patiënte is linkshandig en woont zelfstandig."],
        ["Lichamelijk onderzoek", "Palpabele knobbel palmair ter hoogte van MCP-1 links, pijnlijk; triggering bij "
                                  "flexie IP-1."],
        ["Aanvullend onderzoek", "-"],
        ["Relevante voorgeschiedenis", "1998 hysterectomie\n2012 TIA\n2016 staaroperatie beiderzijds\n"
                                       "Osteoporose (2019, alendroninezuur gestopt 2024)\nAF, antistolling"],
        ["Recente behandelingen", "14-10-2025 injectie triamcinolonacetonide 10 mg peesschede duim links (HA)\n"
                                  "13-01-2026 tweede injectie, effect 3 weken\nFysiotherapie n.v.t."],
        ["Medicatie", "apixaban 5 mg 2dd1; metoprolol 50 mg 1dd1; calcium/vit D 1dd1; paracetamol zn"],
        ["Allergieën", "Penicilline (exantheem)"],
        ["Bijzonderheden", "Let op: gebruikt DOAC - graag overleg over staken rondom ingreep."],
    ]
    story = [Spacer(1, 12 * mm), two, Spacer(1, 6), kv_table(rows, st, widths=(45 * mm, 129 * mm), grid=True),
             Spacer(1, 10), para("Met vriendelijke groet,\nP.J. Dijkhuis, huisarts", st["n"])]
    build_pdf(P("te-035"), story, first, first, margins=(18, 18, 20, 18), numbering=num)
    write_label("te-035", ["referral", "history"], "gp", "nl", "zorgdomein-like two-box referral with field grid",
                "unmentioned", "unmentioned", "unmentioned", date="2026-02-26", referral_question=False,
                notes="Referral 'graag behandeling' without a question (not a second-opinion question); carries "
                      "Relevante voorgeschiedenis + Recente behandelingen so also history; hysterectomy and cataract "
                      "surgery are other body parts; 'Aanvullend onderzoek: -' says nothing; DOAC remark "
                      "anticipates an operation (plan).")


if __name__ == "__main__":
    for f in (te001, te003, te004, te005, te013, te015, te017, te018, te019, te029, te031, te032, te035):
        f()
        print("ok", f.__name__)
