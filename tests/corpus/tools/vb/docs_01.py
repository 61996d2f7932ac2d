# -*- coding: utf-8 -*-
"""vb-001 .. vb-016"""
from reportlab.lib import colors
from reportlab.lib.units import mm

import docxkit as dx
from common import L, doc, out, write_txt
from pdfkit import (A4, P, Spacer, build_pdf, grid_table, hr, inline_sections, kv_table, logo_box,
                    pagenum, paras, sections, styles, text_lines, KeepTogether)

W, H = A4


# ------------------------------------------------------------------------------------------- vb-001
@doc("vb-001")
def d001(stem):
    st = styles("Helvetica", 9)
    zd = colors.HexColor("#00689f")

    def first(c, d):
        logo_box(c, 20 * mm, H - 24 * mm, 34 * mm, 10 * mm, "ZorgDomein", zd, size=11)
        text_lines(c, W - 20 * mm, H - 17 * mm, [("Verwijsbrief", "Helvetica-Bold")], size=15, align="right")
        text_lines(c, W - 20 * mm, H - 22.5 * mm, ["Second opinion handchirurgie"], size=9, align="right")
        c.setStrokeColor(zd)
        c.setLineWidth(1.2)
        c.line(20 * mm, H - 27 * mm, W - 20 * mm, H - 27 * mm)
        foot(c)

    def later(c, d):
        text_lines(c, 20 * mm, H - 15 * mm, ["Verwijsbrief - S. Koopmans (14-02-1979) - ZD 4471-2289-1031"], size=7.5,
                   color=colors.grey)
        foot(c)

    def foot(c):
        c.setStrokeColor(colors.lightgrey)
        c.line(20 * mm, 15 * mm, W - 20 * mm, 15 * mm)
        text_lines(c, 20 * mm, 11 * mm, ["Verstuurd via ZorgDomein op 18-11-2026 10:42  |  ZorgDomein-nummer 4471-2289-1031"],
                   size=7, color=colors.grey)

    head = kv_table([
        ["Verwijzer", "A.C. Brouwer, huisarts", "Verwezen naar", "Handkliniek Eemland"],
        ["Praktijk", "Huisartsenpraktijk De Linde", "Afdeling", "Handchirurgie - Second opinion"],
        ["Adres", "Lindelaan 12\n3701 EK Zeist", "Adres", "Stadsring 140\n3811 HR Amersfoort"],
        ["AGB-code", "01-058817", "Telefoon", "033 - 250 77 00"],
        ["Telefoon", "030 - 691 24 40", "Urgentie", "Regulier"],
    ], st, [24 * mm, 60 * mm, 27 * mm, 59 * mm], label_style="smallbold", value_style="small")
    pat = kv_table([
        ["Patiënt", "Mevrouw S. Koopmans (Sanne)", "Geboortedatum", "14-02-1979"],
        ["Adres", "Kromme Rijnlaan 8\n3702 BJ Zeist", "BSN", "999991905"],
        ["Geslacht", "Vrouw", "Verzekering", "Eemzorg Verzekeringen, polisnr. 204417733"],
        ["Telefoon", "06 - 1234 5501", "Datum verwijzing", "18-11-2026"],
    ], st, [24 * mm, 60 * mm, 27 * mm, 59 * mm], label_bg=colors.HexColor("#eef3f7"), grid=colors.HexColor("#c8d6e0"),
        label_style="smallbold", value_style="small")
    fields = [
        ["Specialisme", "Plastische chirurgie / Handchirurgie"],
        ["Product", "Second opinion handchirurgie (volwassenen)"],
        ["Reden van verwijzing",
         "Aanhoudende pijn radiale zijde pols rechts sinds ca. 10 maanden, toenemend bij knijpen en draaien "
         "(potten openen, stofzuigen). Werkzaam als doktersassistente, veel computerwerk. Zwelling dorsoradiaal."],
        ["Vraagstelling",
         "Patiënte is in Ziekenhuis Heuvelrug gezien door de plastisch chirurg; daar is een conservatief beleid "
         "geadviseerd. Zij heeft weinig baat gehad en wil graag een second opinion. Graag uw oordeel: is er sprake van "
         "STT-artrose en/of een symptomatisch ganglion, en zijn er operatieve mogelijkheden?"],
        ["Relevante voorgeschiedenis",
         "2004 sectio caesarea\n2019 hypothyreoïdie (T86), goed ingesteld\n2025 tendovaginitis De Quervain rechts, "
         "1x injectie door huisarts (05-2025), daarna klachtenvrij"],
        ["Recente behandelingen",
         "09-09-2026 echo pols rechts (Ziekenhuis Heuvelrug): dorsaal ganglion 8 mm uitgaande van STT-regio, geen "
         "tendinopathie.\n22-09-2026 poli plastische chirurgie Ziekenhuis Heuvelrug: polsbrace en handtherapie 6 weken.\n"
         "13-10-2026 corticosteroïdinjectie STT-gewricht door plastisch chirurg, effect ca. 3 weken.\n"
         "Patiënte is niet eerder aan de pols of hand geopereerd."],
        ["Medicatie", "Levothyroxine 75 µg 1dd1\nParacetamol 1000 mg zo nodig, max 3dd"],
        ["Allergieën / ICE", "Geen bekende allergieën. Geen contra-indicaties geregistreerd."],
        ["Bijlagen", "Echoverslag 09-09-2026; brief plastische chirurgie Ziekenhuis Heuvelrug 22-09-2026"],
    ]
    ft = kv_table(fields, st, [42 * mm, 128 * mm], label_bg=colors.HexColor("#eef3f7"),
                  grid=colors.HexColor("#c8d6e0"), pad=4, vpad=3)
    epi = grid_table(["ICPC", "Episode", "Begindatum", "Status"], [
        ["L11", "Pols/handsymptomen/klachten rechts", "02-02-2026", "Actief"],
        ["L87", "Ganglion pols rechts", "09-09-2026", "Actief"],
        ["L93", "Tendovaginitis De Quervain rechts", "14-05-2025", "Inactief"],
        ["T86", "Hypothyreoïdie", "11-03-2019", "Actief"],
        ["W92", "Sectio caesarea", "23-07-2004", "Inactief"],
    ], st, [16 * mm, 82 * mm, 30 * mm, 42 * mm], small=True, header_bg=colors.HexColor("#eef3f7"),
        grid=colors.HexColor("#c8d6e0"))
    story = [head, Spacer(1, 8), P("Patiëntgegevens", st["h2"]), pat, Spacer(1, 8),
             P("Verwijsgegevens", st["h2"]), ft, Spacer(1, 8), P("Episodelijst (geselecteerd door verwijzer)", st["h2"]),
             epi, Spacer(1, 12),
             P("Deze verwijzing is elektronisch ondertekend door A.C. Brouwer, huisarts (BIG 19056781201).",
               st["small"])]
    build_pdf(out(stem, "pdf"), story, tm_first=32 * mm, tm=22 * mm, bm=22 * mm, first=first, later=later,
              pages=pagenum("Pagina {p} van {n}", W - 20 * mm, 11 * mm, size=7),
              meta={"title": "Verwijsbrief", "author": "ZorgDomein", "creator": "ZorgDomein PDF-export"})
    return L(["referral", "history"], "2026-11-18", "gp", "nl", "zorgdomein two-column form, table cells",
             "yes", "no", "unmentioned",
             "Vraagstelling only in its field; history in 'Relevante voorgeschiedenis' + 'Recente behandelingen'. "
             "Echo done; 'niet eerder geopereerd'; sectio caesarea is another body part. Birth date next to "
             "'Datum verwijzing' in the same table.", rq=True)


# ------------------------------------------------------------------------------------------- vb-002
@doc("vb-002")
def d002(stem):
    hdr = ("Huisartsenpraktijk Tjongerhof                         Professionele samenvatting\n"
           "Tjongerhof 3, 8441 AP Heerenveen                      Datum uitdraai: 30-11-2026 09:14\n"
           "Patiënt: J.W. Hoekstra   geb. 03-07-1961   M   Patiëntnr 10447   BSN 999992648\n"
           + "-" * 96)
    pages = []
    pages.append("""
PROFESSIONELE SAMENVATTING
Naam           : Hoekstra, Jan-Willem
Geboortedatum  : 03-07-1961
Adres          : Schoterlandseweg 118, 8448 PL Heerenveen
Verzekering    : Zorgverzekeraar Noorderlicht   polisnr 771029934
Eigen huisarts : R.T. Zijlstra, huisarts
Aanmaakdatum   : 30-11-2026

EPISODELIJST (actief)
ICPC    Omschrijving                                   Begin        Attentie
L99.03  Ziekte van Dupuytren beiderzijds                14-01-2021   *
N93     Carpaletunnelsyndroom rechts  (st.p. release)   02-10-2024
K86     Hypertensie zonder orgaanbeschadiging           19-06-2015   *
T90.02  Diabetes mellitus type 2, zonder insuline       05-04-2018   *
L84     Rugklachten zonder uitstraling                  22-08-2022

EPISODELIJST (inactief / historie)
D88     Appendicitis, appendectomie                     1978
S18     Snijwond duim links                             07-05-2019
L77     Distorsie enkel rechts                          11-11-2023

MEDICATIE (actueel)
Metformine 500 mg          2dd1
Lisinopril 10 mg           1dd1
Atorvastatine 20 mg        1dd1 (avond)
Paracetamol 500 mg         zn max 6dd2

INTOLERANTIES / CONTRA-INDICATIES
Geen geneesmiddelallergieën bekend.
Contra-indicatie: diabetes mellitus (geregistreerd)

MEETWAARDEN (laatst)
RR 138/84 mmHg (12-10-2026)   HbA1c 52 mmol/mol (12-10-2026)   BMI 28,4 (12-10-2026)
eGFR > 60 (12-10-2026)
""")
    pages.append("""
JOURNAAL (episode L99.03 Dupuytren / N93 CTS, laatste 26 maanden)

02-10-2024  S: al maanden tintelingen dig 1-3 rechts, 's nachts wakker, schudt hand uit.
            O: Tinel + carpale tunnel re, Phalen + na 30 sec, geen thenaratrofie.
            E: N93 carpaletunnelsyndroom rechts
            P: nachtspalk, uitleg. Evaluatie 6 wk.
20-11-2024  S: nachtspalk helpt onvoldoende.
            P: Verwijzing plastische chirurgie Ziekenhuis Tjongerland (ZorgDomein).
14-01-2025  Brief specialist ontvangen: plastisch chirurg dr. M. Haringsma. EMG: ernstig CTS re.
            Beleid: carpaletunnelrelease rechts, patiënt akkoord.
11-03-2025  Brief specialist ontvangen: dagbehandeling 10-03-2025 open carpaletunnelrelease
            rechts (dr. Haringsma), ongecompliceerd. Hechtingen verwijderen na 12 dgn bij HA.
21-03-2025  O: wond rustig, hechtingen verwijderd. Tintelingen nagenoeg weg.
            P: handoefeningen mee, controle zn.
05-06-2025  S: nog wat pijn in de handpalm bij steunen (pillar pain?).
            E: N93 status na CTS-release re, restklachten.  P: afwachten.
14-01-2021  (historie) L99.03 knobbels handpalm bdz, geen contractuur.
18-02-2026  S: nu duidelijk strengvorming dig 4 links, kan hand niet meer plat op tafel leggen.
            O: streng palmair dig 4 li, MCP-extensiedeficit 30 gr, PIP 10 gr. Tafeltest pos.
            E: L99.03 Dupuytren links, progressief.
            P: verwijzing plastische chirurgie.
""")
    pages.append("""
JOURNAAL (vervolg)

25-05-2026  Brief specialist ontvangen: plastisch chirurg dr. M. Haringsma, Ziekenhuis Tjongerland.
            Dupuytren dig 4 links, Tubiana 2. Naaldfasciotomie en open fasciëctomie besproken;
            patiënt wil bedenktijd. Controle zn.
11-06-2026  Röntgen hand links (Ziekenhuis Tjongerland): geen artrose, geen afwijkingen van betekenis.
12-10-2026  S: DM-controle bij POH; vraagt naar hand: contractuur neemt toe, hindert bij
            fietsen en handschoenen aantrekken. Twijfelt over advies specialist, heeft gelezen
            over collagenase-injecties en wil graag een second opinion elders.
            O: MCP dig 4 li ext.def. 45 gr, PIP 20 gr. Dig 5 beginnende streng.
            E: L99.03 Dupuytren links, progressief; wens second opinion.
            P: uitleg, pt zoekt zelf kliniek uit. Samenvatting meegeven.
18-11-2026  Telefonisch: pt kiest voor Handkliniek Eemland.
            P: Verwijzing handchirurgie (second opinion) via ZorgDomein verstuurd; samenvatting en
            brieven specialist als bijlage.
30-11-2026  Administratie: professionele samenvatting uitgedraaid op verzoek van patiënt.

-- einde samenvatting --
Dit overzicht bevat een selectie uit het huisartsdossier en is niet volledig. Vertrouwelijk.
""")
    text = ""
    for i, pg in enumerate(pages, 1):
        text += hdr + "\n" + pg.strip("\n") + "\n\n" + ("Pagina %d van %d" % (i, len(pages))).rjust(96) + "\n"
        if i < len(pages):
            text += "\f"
    write_txt(stem, text, encoding="cp1252", crlf=True)
    return L(["history"], "2026-11-30", "gp", "nl", "HIS printout 'Professionele samenvatting', fixed width, cp1252, CRLF, form feeds",
             "yes", "yes", "unmentioned",
             "Dense SOEP journal; CTS release 10-03-2025 only via 'Brief specialist ontvangen' journal line; "
             "appendectomie 1978 is other body part. Print date in repeated page header next to birth date. "
             "X-hand links 11-06-2026. Windows-1252 encoded, CRLF, page headers repeat on every page.")


# ------------------------------------------------------------------------------------------- vb-003
@doc("vb-003")
def d003(stem):
    d = dx.new("Arial", 10, margins=(25, 22, 40, 25), title="Verwijsbrief L. Smit", author="Praktijk Dorpsstraat")
    sec = d.sections[0]
    hp = dx.clear(sec.header)
    dx.add_text(hp, "Huisartsenpraktijk Dorpsstraat", bold=True, size=14, color="2E5E4E")
    dx.para(sec.header, "H.G. van Vliet & M. Ouali, huisartsen", size=9, color="2E5E4E", after=0)
    dx.para(sec.header, "Dorpsstraat 41  ·  1901 EN Castricum  ·  0251 - 65 40 21  ·  AGB 01-047732", size=8,
            color="666666")
    fp = dx.clear(sec.footer)
    dx.add_text(fp, "Spoed tijdens kantooruren: 0251 - 65 40 20  ·  Avond/weekend: Huisartsenpost Kennemerland",
                size=7, color="666666")
    dx.page_field_par(sec.footer, "{PAGE}/{NUMPAGES}", align="right", size=7)

    dx.para(d, "Handkliniek Eemland\nt.a.v. secretariaat second opinion / dienstdoend handchirurg\n"
               "Stadsring 140\n3811 HR  AMERSFOORT", after=14)
    dx.para(d, "Castricum, 25 november 2026", after=10)
    dx.runs(d, [("Betreft: ", {"bold": True}),
                ("mevr. L. Smit-Dekker, geb. 22-09-1990, Zeeweg 77, 1901 CD Castricum", {})], after=0)
    dx.runs(d, [("BSN: ", {"bold": True}), ("999993037", {}), ("     Verzekering: ", {"bold": True}),
                ("Eemzorg Verzekeringen", {})], after=12)
    dx.para(d, "Geachte collega,", after=8)
    body = [
        "Hierbij verwijs ik u bovengenoemde patiënte, 36 jaar, kapster, met het verzoek om een second opinion "
        "betreffende haar rechter middelvinger.",
        "Sinds eind 2025 had zij een pijnlijke triggerfinger van D3 rechts. Na twee injecties door mij (11-2025 en 01-2026) "
        "met slechts tijdelijk effect is zij verwezen naar de plastisch chirurg in Ziekenhuis Kennemerduin. Daar is op "
        "14 april 2026 een A1-ringbandklieving D3 rechts verricht (dagbehandeling, lokale verdoving).",
        "Na de operatie is het triggeren verdwenen, maar zij houdt pijn aan de basis van de vinger en kan de vinger niet "
        "volledig buigen: er blijft ongeveer 2 cm vingertop-handpalmafstand. Zij heeft 10 weken handtherapie gehad. "
        "Bij de laatste controle (augustus) werd aangegeven dat dit 'tijd nodig heeft'. Zij kan haar werk als kapster "
        "nauwelijks uitvoeren en is hierover bezorgd. Er is geen aanvullende beeldvorming gedaan.",
        "Verder is zij gezond; bekend met licht astma (salbutamol zo nodig). Geen allergieën.",
        "Vraagstelling: graag uw oordeel of er sprake is van een recidief, een onvolledige klieving of een andere oorzaak "
        "(bijv. verklevingen of een probleem ter hoogte van het PIP-gewricht), en of een heroperatie zinvol is.",
        "Bijgevoegd zijn het operatieverslag d.d. 14-04-2026 en de brieven van de plastisch chirurg van 03-2026 en "
        "08-2026. Patiënte zal zelf contact met u opnemen voor een afspraak.",
    ]
    for b in body:
        dx.para(d, b, after=7, align="justify")
    dx.para(d, "Met vriendelijke groet,", before=6, after=26)
    dx.para(d, "M. Ouali\nhuisarts", after=14)
    dx.para(d, "Bijlagen: 3", size=8, color="555555")
    d.save(out(stem, "docx"))
    return L(["referral"], "2026-11-25", "gp", "nl", "free GP letter (Word), letterhead in header, addressee block",
             "no", "yes", "unmentioned",
             "Second-opinion question stated; mentions enclosed operatieverslag and specialist letters (mentions, not "
             "documents). 'geen aanvullende beeldvorming'. No formal history section.", rq=True)


# ------------------------------------------------------------------------------------------- vb-004
def _amstelgouw_first(c, dept, lines):
    c.setFillColor(colors.HexColor("#7a1f5c"))
    c.rect(20 * mm, H - 30 * mm, 3 * mm, 15 * mm, stroke=0, fill=1)
    text_lines(c, 26 * mm, H - 19 * mm, [("Ziekenhuis Amstelgouw", "Helvetica-Bold")], size=15,
               color=colors.HexColor("#7a1f5c"))
    text_lines(c, 26 * mm, H - 25 * mm, [dept], size=9, color=colors.HexColor("#444444"))
    text_lines(c, W - 20 * mm, H - 16 * mm, lines, size=7.5, align="right", color=colors.HexColor("#444444"))


@doc("vb-004")
def d004(stem):
    st = styles("Helvetica", 9.5)

    def first(c, d):
        _amstelgouw_first(c, "Plastische, Reconstructieve en Handchirurgie",
                          ["Laan van de Helende Meesters 2", "1186 AM Amstelveen", "T 020 - 545 30 00",
                           "www.amstelgouw-zh.nl"])
        text_lines(c, 20 * mm, 12 * mm, ["Ziekenhuis Amstelgouw is onderdeel van Zorggroep Amstelland  |  "
                                         "KvK 41203392"], size=6.5, color=colors.grey)

    def later(c, d):
        text_lines(c, 20 * mm, H - 14 * mm, ["Ziekenhuis Amstelgouw  -  Plastische chirurgie",
                                             "Betreft: M. Yilmaz, geb. 08-05-1985, patiëntnr. 7734019"],
                   size=7.5, color=colors.grey)

    addr = P("De weledelgeboren heer K. de Graaf, huisarts\nHuisartsenpraktijk Bovenkerk\nBovenkerkerweg 81\n"
             "1187 XE  AMSTELVEEN", st["body"])
    meta = kv_table([["Ons kenmerk", "PLC/RV/7734019"], ["Datum", "12 oktober 2026"],
                     ["Telefoon", "020 - 545 34 10"], ["Uw kenmerk", "-"]], st,
                    [22 * mm, 40 * mm], label_style="small", value_style="small")
    top = kv_table([[addr, meta]], st, [105 * mm, 65 * mm])
    betreft = kv_table([["Betreft", "Dhr. M. Yilmaz, geboren 08-05-1985, patiëntnummer 7734019"],
                        ["", "Bezoek polikliniek d.d. 08-10-2026"]], st, [22 * mm, 148 * mm])
    sec = [
        ("Anamnese",
         "Uw patiënt, 41-jarige rechtshandige monteur, zag ik op de polikliniek vanwege pijn aan de "
         "ulnaire zijde van de linker pols. Hij kwam in april 2025 ten val met de fiets op de uitgestrekte hand. Sindsdien "
         "pijn bij draaibewegingen (schroevendraaien, deurkruk), soms een klikkend gevoel. Geen tintelingen. Hij heeft 3 "
         "maanden een polsbrace gedragen en 8 weken handtherapie gehad, zonder blijvende verbetering.\n\n"
         "Voorgeschiedenis: 2012 voorste-kruisbandreconstructie knie rechts. Verder blanco. Medicatie: geen. "
         "Allergieën: geen. Niet roken."),
        ("Lichamelijk onderzoek",
         "Linker pols: geen zwelling, geen roodheid. Drukpijn in de fovea ulnaris. Ulnocarpale stresstest positief, "
         "supinatie-liftest pijnlijk. DRUG stabiel in neutraal, pronatie en supinatie. Volledige range of motion, "
         "eindstandig pijnlijk bij ulnairdeviatie. Knijpkracht (Jamar) links 32 kg, rechts 46 kg. Sensibiliteit intact."),
        ("Aanvullend onderzoek",
         "MRI pols links (05-10-2026, zie verslag radiologie): centrale perforatie van het TFCC (Palmer 1A), geen "
         "foveale avulsie, geen tekenen van ulna-impactie, ulnavariantie neutraal. Geen bone bruise."),
        ("Conclusie",
         "Traumatisch TFCC-letsel links (Palmer 1A) met persisterende ulnaire polspijn, ondanks adequate conservatieve "
         "behandeling."),
        ("Beleid",
         "Gezien de persisterende klachten na ruim 3 maanden conservatieve behandeling is een artroscopie van de linker "
         "pols met debridement van het TFCC geïndiceerd. De ingreep, het herstel (4-6 weken brace, daarna handtherapie) "
         "en de risico's (o.a. infectie, zenuwletsel, aanhoudende pijn) zijn uitgebreid besproken. Patiënt wil hierover "
         "nadenken en neemt contact op. Wij hebben hem een informatiefolder meegegeven. Bij akkoord plaatsen wij hem op "
         "de wachtlijst (ca. 8 weken)."),
    ]
    story = [Spacer(1, 4), top, Spacer(1, 14), betreft, Spacer(1, 8), P("Geachte collega,", st["body"]),
             Spacer(1, 2)] + sections(sec, st, head="h3") + [
        Spacer(1, 6), P("Met vriendelijke groet,", st["body"]), Spacer(1, 22),
        kv_table([["drs. R.E. Vonk\nAIOS plastische chirurgie", "dr. P.J. Terlouw\nplastisch chirurg, supervisor"]],
                 st, [80 * mm, 80 * mm], label_style="body", value_style="body"),
        Spacer(1, 10),
        P("cc: patiënt\nGedicteerd: 09-10-2026  /  Uitgetypt: 12-10-2026 (SvdB)", st["small"])]
    build_pdf(out(stem, "pdf"), story, tm_first=36 * mm, tm=26 * mm, bm=20 * mm, first=first, later=later,
              pages=pagenum("Pagina {p} van {n}", W - 20 * mm, 12 * mm, size=7),
              meta={"title": "Polikliniekbrief", "author": "HiX", "creator": "HiX 6.3 Correspondentie"})
    return L(["correspondence"], "2026-10-12", "specialist", "nl", "HiX-like polikliniekbrief with sections, 2 signers",
             "yes", "unmentioned", "unmentioned",
             "Quotes MRI result ('zie verslag radiologie') but is not a radiology report. Arthroscopy only "
             "proposed ('geïndiceerd', plan). Knee ACL reconstruction 2012 = other body part. Dictation date 09-10-2026, "
             "visit date 08-10-2026.", also=["2026-10-09"])


# ------------------------------------------------------------------------------------------- vb-005
@doc("vb-005")
def d005(stem):
    st = styles("Helvetica", 9.5)

    def first(c, d):
        _amstelgouw_first(c, "Afdeling Radiologie en Nucleaire Geneeskunde",
                          ["Laan van de Helende Meesters 2", "1186 AM Amstelveen", "Secretariaat radiologie",
                           "T 020 - 545 31 50"])
        text_lines(c, 20 * mm, 10 * mm, ["Afgedrukt: 13-10-2026 08:02  door: SBERG (secretariaat PLC)"], size=6.5,
                   color=colors.grey)

    grid = kv_table([
        ["Patiënt", "Yilmaz, M.", "Patiëntnummer", "7734019"],
        ["Geboortedatum", "08-05-1985", "Geslacht", "M"],
        ["Aanvrager", "Dr. P.J. Terlouw, Plastische chirurgie", "Ordernummer", "RAD-26-0918832"],
        ["Onderzoek", "MRI pols links (zonder contrast)", "Datum onderzoek", "05-10-2026 17:40"],
        ["Modaliteit", "MR 3,0 T, polsspoel", "Datum verslag", "06-10-2026"],
    ], st, [27 * mm, 58 * mm, 30 * mm, 55 * mm], grid=colors.HexColor("#bbbbbb"),
        label_bg=colors.HexColor("#f1e6ee"), label_style="smallbold", value_style="small")
    sec = [
        ("Klinische gegevens / vraagstelling",
         "Pijn ulnair pols links na val op uitgestrekte hand 04-2025. Drukpijn fovea, ulnocarpale stresstest positief. "
         "TFCC-laesie? Ulna-impactie?"),
        ("Techniek", "Coronaal PD-FS, T1 en 3D-gradient-echo, axiaal PD-FS en T2, sagittaal PD-FS."),
        ("Verslag",
         "Neutrale ulnavariantie. Centrale, volledige perforatie van de discus articularis van het TFCC van circa 3 mm, "
         "met rafelige randen. De foveale en styloïdale insertie van het ligamentum triangulare zijn intact. Geen "
         "signaalafwijkingen in het os lunatum of de ulnakop passend bij impactie. Scafolunair en lunotriquetraal "
         "ligament intact. Geen carpale instabiliteit. Extensor carpi ulnaris pees normaal gepositioneerd in de sulcus, "
         "geen tendinose. Geringe hoeveelheid vocht in het distale radio-ulnaire gewricht. Geen beenmergoedeem. "
         "Geen ganglion."),
        ("Conclusie",
         "Centrale traumatische perforatie van het TFCC (Palmer 1A). Geen foveale avulsie. Geen aanwijzingen voor "
         "ulna-impactie."),
    ]
    story = [P("RADIOLOGISCH ONDERZOEK", st["h1"]), grid, Spacer(1, 8)] + sections(sec, st) + [
        Spacer(1, 12), P("Radioloog: dr. H.M. Baars", st["bold"]),
        P("Geautoriseerd 06-10-2026 11:23", st["small"])]
    build_pdf(out(stem, "pdf"), story, tm_first=36 * mm, first=first, later=first,
              pages=pagenum("{p}/{n}", W - 20 * mm, 10 * mm, size=7),
              meta={"title": "Verslag radiologie", "creator": "Sectra RIS"})
    return L(["imaging-report"], "2026-10-06", "radiologist", "nl", "hospital radiology report, 4-column header grid",
             "yes", "unmentioned", "unmentioned",
             "Exam date 05-10-2026 vs report date 06-10-2026; print date 13-10-2026 in footer. Aanvrager is the "
             "plastic surgeon; 'vraagstelling' is the requester's question, not a referral.", also=["2026-10-05"])


# ------------------------------------------------------------------------------------------- vb-006
@doc("vb-006")
def d006(stem):
    st = styles("Helvetica", 9)
    blue = colors.HexColor("#1d4f91")

    def first(c, d):
        logo_box(c, 20 * mm, H - 27 * mm, 13 * mm, 13 * mm, "DL", blue, size=13)
        text_lines(c, 36 * mm, H - 18 * mm, [("Ziekenhuis De Lek", "Helvetica-Bold")], size=13, color=blue)
        text_lines(c, 36 * mm, H - 23.5 * mm, ["Nieuwegein  ·  Vianen  ·  IJsselstein"], size=8, color=colors.grey)
        text_lines(c, W - 20 * mm, H - 18 * mm, [("OPERATIEVERSLAG", "Helvetica-Bold")], size=12, align="right")
        text_lines(c, W - 20 * mm, H - 23.5 * mm, ["Plastische Chirurgie - OK-complex 2"], size=8, align="right")
        text_lines(c, 20 * mm, 10 * mm, ["Dit verslag is elektronisch vastgelegd in het EPD. Pagina 1 van 1"], size=6.5,
                   color=colors.grey)

    pat = kv_table([
        ["Naam", "Hr. P. Bakker", "Patiëntnr.", "3301876"],
        ["Geb. datum", "19-12-1958", "Opnamenr.", "DB-2026-44178"],
        ["Afdeling", "Dagbehandeling", "Zijde", "Rechts"],
    ], st, [24 * mm, 61 * mm, 24 * mm, 61 * mm], box=colors.black, label_style="smallbold", value_style="small")
    form = [
        ["Datum operatie", "02-07-2026", "Tijd", "10:12 - 11:05"],
        ["Operateur", "dr. S.A. Meijer, plastisch chirurg", "Assistent", "drs. N. Öztürk, AIOS"],
        ["Anesthesie", "WALANT (lidocaïne 1% met adrenaline)", "Anesthesist", "n.v.t."],
        ["Bloedleegte", "Geen tourniquet", "ASA", "2"],
    ]
    ft = kv_table(form, st, [27 * mm, 58 * mm, 24 * mm, 61 * mm], grid=colors.black,
                  label_bg=colors.HexColor("#e8eef7"), label_style="smallbold", value_style="small")
    rows = [
        ["Indicatie", "Dupuytren-contractuur dig 5 rechts, progressief, PIP-flexiecontractuur 45 graden, MCP 30 graden. "
                      "Functiebeperking bij werk (timmerman)."],
        ["Ingreep", "Partiële (limited) fasciëctomie dig 5 rechts via Bruner-incisie, met Z-plastiek op de basisfalanx."],
        ["Verloop / beschrijving",
         "Time-out verricht. Infiltratie volgens WALANT-protocol, 25 minuten wachttijd. Bruner-incisie van distale "
         "handpalmplooi tot het niveau van het DIP-gewricht dig 5. Identificatie van de pretendineuze en centrale streng "
         "en van de spiralige streng aan de ulnaire zijde. De ulnaire digitale neurovasculaire bundel wordt geïdentificeerd "
         "proximaal en vervolgd; deze is door de spiral cord naar mediaal verplaatst. Zorgvuldige excisie van het "
         "zieke fascieweefsel. Na excisie passieve extensie MCP volledig, PIP tot -10 graden. Geen capsulotomie nodig. "
         "Actieve controle met patiënt (WALANT): goede flexie en extensie. Hemostase met bipolaire coagulatie. "
         "Z-plastiek ter hoogte van P1. Sluiten huid met Ethilon 5-0 enkelvoudig. Vette gaas, drukverband, "
         "dorsale spalk in extensie."],
        ["Bevindingen", "Spiral cord ulnair, neurovasculaire bundel verplaatst maar intact. Geen betrokkenheid dig 4."],
        ["Complicaties", "Geen."],
        ["PA", "Niet ingestuurd."],
        ["Nabehandeling",
         "Arm hoog houden. Paracetamol zo nodig. Controle handtherapie dag 5 (nachtspalk in extensie 3 maanden). "
         "Hechtingen verwijderen na 12-14 dagen bij de huisarts. Poliklinische controle plastische chirurgie na 6 weken."],
    ]
    rt = kv_table(rows, st, [38 * mm, 132 * mm], grid=colors.black, label_bg=colors.HexColor("#e8eef7"),
                  pad=4, vpad=3)
    story = [pat, Spacer(1, 6), ft, Spacer(1, 6), rt, Spacer(1, 10),
             kv_table([["Verslag vastgelegd", "02-07-2026 16:48 door dr. S.A. Meijer"],
                       ["Geautoriseerd", "03-07-2026 08:15"]], st, [38 * mm, 132 * mm],
                      label_style="smallbold", value_style="small")]
    build_pdf(out(stem, "pdf"), story, tm_first=34 * mm, first=first,
              meta={"title": "Operatieverslag", "creator": "EPD De Lek"})
    return L(["operation-report"], "2026-07-02", "specialist", "nl", "hospital OK-verslag form, gridded label/value cells",
             "unmentioned", "yes", "unmentioned",
             "Form without salutation; the title is in the letterhead band. Authorised next day.",
             also=["2026-07-03"])


# ------------------------------------------------------------------------------------------- vb-007
@doc("vb-007")
def d007(stem):
    st = styles("Helvetica", 9)
    green = colors.HexColor("#2f6b3a")

    def first(c, d):
        text_lines(c, 20 * mm, H - 18 * mm, [("Microbiologisch Laboratorium West-Friesland", "Helvetica-Bold")],
                   size=12.5, color=green)
        text_lines(c, 20 * mm, H - 23 * mm, ["Medische Microbiologie en Infectiepreventie  ·  Maelsonstraat 9  ·  "
                                            "1624 NP Hoorn  ·  T 0229 - 25 70 30"], size=7.5, color=colors.grey)
        c.setStrokeColor(green)
        c.line(20 * mm, H - 26 * mm, W - 20 * mm, H - 26 * mm)
        text_lines(c, 20 * mm, 12 * mm, ["Laboratorium geaccrediteerd volgens NEN-EN-ISO 15189 (M 261). "
                                         "Uitslagen zijn bestemd voor de aanvrager."], size=6.5, color=colors.grey)
        text_lines(c, W - 20 * mm, 12 * mm, ["Pagina 1/1"], size=6.5, align="right", color=colors.grey)

    aan = P("Huisartsenpraktijk De Weel\nE. Visser, huisarts\nWesterstraat 210\n1601 AS  ENKHUIZEN", st["body"])
    info = kv_table([
        ["Patiënt", "Schouten, G. (mevr.)"], ["Geboortedatum", "11-04-1952"], ["BSN", "999994480"],
        ["Labnummer", "MM26-118734"], ["Aanvrager", "E. Visser, huisarts (01-029944)"],
    ], st, [26 * mm, 54 * mm], label_style="smallbold", value_style="small")
    top = kv_table([[aan, info]], st, [90 * mm, 80 * mm])
    dates = kv_table([
        ["Afnamedatum", "16-11-2026", "Ontvangstdatum", "17-11-2026", "Datum uitslag", "19-11-2026"],
    ], st, [22 * mm, 22 * mm, 26 * mm, 22 * mm, 24 * mm, 22 * mm], grid=colors.grey,
        label_bg=colors.HexColor("#e9f1ea"), label_style="smallbold", value_style="small")
    res = grid_table(["Materiaal", "Bepaling", "Uitslag", "Status"], [
        ["Neus (beide neusgaten)", "MRSA-kweek (ophoogmedium + chromagar)", "MRSA niet aangetoond", "Definitief"],
        ["Keel", "MRSA-kweek (ophoogmedium + chromagar)", "MRSA niet aangetoond", "Definitief"],
        ["Perineum", "MRSA-kweek (ophoogmedium + chromagar)", "MRSA niet aangetoond", "Definitief"],
    ], st, [40 * mm, 58 * mm, 44 * mm, 28 * mm], header_bg=colors.HexColor("#e9f1ea"))
    story = [Spacer(1, 2), top, Spacer(1, 10), P("UITSLAG MRSA-SCREENING", st["h2"]), dates, Spacer(1, 6),
             kv_table([["Klinische gegevens",
                        "Screening i.v.m. verwijzing handkliniek. Opgenomen geweest in ziekenhuis in Alanya (Turkije) "
                        "08-2026 i.v.m. polsfractuur links."]], st, [32 * mm, 138 * mm], label_style="smallbold",
                      value_style="small"),
             Spacer(1, 6), res, Spacer(1, 8),
             P("Conclusie: In de ingezonden materialen is geen meticilline-resistente Staphylococcus aureus (MRSA) "
               "aangetoond.", st["body"]),
             Spacer(1, 4),
             P("Toelichting: een negatieve screening sluit dragerschap niet volledig uit. Bij een voorgenomen opname of "
               "operatie geldt de uitslag in de regel 2 maanden.", st["small"]),
             Spacer(1, 12),
             P("Gevalideerd door: dr. F. Kramer, arts-microbioloog   (19-11-2026 14:06)", st["body"])]
    build_pdf(out(stem, "pdf"), story, tm_first=32 * mm, first=first,
              meta={"title": "Uitslag MM26-118734", "creator": "GLIMS"})
    return L(["mrsa-screening"], "2026-11-19", "lab", "nl", "microbiology lab result, tables with separate date cells",
             "unmentioned", "unmentioned", "yes",
             "Clinical data field states admission in a Turkish hospital (08-2026) for wrist fracture. Three dates "
             "(afname, ontvangst, uitslag) in one row of cells.", also=["2026-11-16", "2026-11-17"])


# ------------------------------------------------------------------------------------------- vb-008
@doc("vb-008")
def d008(stem):
    text = """From: Claire Donnelly <claire.donnelly@mailbox.example.org>
Sent: Tuesday, 24 November 2026 21:13
To: Handkliniek Eemland - Secretariaat <secretariaat@handkliniek-eemland.example.nl>
Subject: Second opinion request - left wrist (scaphoid)
Attachments: Discharge_summary_Dubai_2024.pdf; MRI_wrist_June2026.jpg

Dear Sir/Madam,

I hope you can help me. I am an Irish citizen living in Amsterdam since January and I would like to
ask for a second opinion about my left wrist.

In March 2024 I fell while running in Dubai, where I lived at the time, and broke my scaphoid. I was
treated at Al Noor Orthopaedic Hospital in Dubai and had surgery the same week: they put a screw in
the bone (the discharge summary is attached). The wrist never felt right afterwards. This June I had
an MRI here in Amsterdam (through my GP) and I was told the bone may not have healed properly and the
screw might be too long. The photo of the report is attached, sorry for the quality.

My GP (Dr. Meijer, Huisartsenpraktijk Oud-West) said she will send you a referral letter
("verwijsbrief") - I understand I need one for my insurance. I just wanted to make contact now
because the waiting lists are long. I do not speak Dutch well yet, so English would be great.

I was never admitted to a hospital in the Netherlands. Otherwise I am healthy, no medication.

Date of birth: 13/06/1988
Phone: +31 6 2345 6789

Kind regards,
Claire Donnelly

-- 
Sent from my iPhone
"""
    write_txt(stem, text)
    return L([], "2026-11-24", "patient", "en", "patient e-mail export (Outlook header block)",
             "yes", "yes", "yes",
             "Patient's own request for a second opinion: not a referral. Says she was operated on (screw) at a "
             "Dubai hospital and had an MRI. Mentions attachments and that the GP will send the referral.")


# ------------------------------------------------------------------------------------------- vb-009
@doc("vb-009")
def d009(stem):
    d = dx.new("Arial", 10, margins=(22, 20, 42, 22), title="Clinic letter", author="Calderbrook Hospitals")
    sec = d.sections[0]
    ht = sec.header.add_table(rows=1, cols=2, width=dx.Mm(168))
    dx.cell_text(ht.cell(0, 0), "Calderbrook Hospitals", bold=True, size=15, color="005EB8")
    dx.add_text(ht.cell(0, 0).add_paragraph(), "NHS Foundation Trust", size=10, color="005EB8")
    dx.cell_text(ht.cell(0, 1), "Hand and Wrist Service\nCalderbrook General Hospital\nHalifax Road\n"
                                "Calderbrook HX9 4QT\nTel: 01422 300 411", size=8, align="right")
    dx.clear(sec.header)
    dx.page_field_par(sec.footer, "Page {PAGE} of {NUMPAGES}", align="center", size=8)
    dx.para(sec.footer, "Calderbrook Hospitals NHS Foundation Trust - please quote the hospital number on all "
                        "correspondence", size=7, align="center", color="666666")

    meta = [["Our ref:", "RP/HW/CG7714203"], ["Clinic date:", "26/08/2026"], ["Dictated:", "27/08/2026"],
            ["Typed:", "02/09/2026"]]
    dx.table(d, meta, [30, 50], borders=False, size=8)
    dx.para(d, "")
    dx.para(d, "PRIVATE AND CONFIDENTIAL\nDr C. Okafor\nMillbridge Surgery\n14 Station Lane\nMillbridge\nHX8 2LA",
            after=12)
    dx.para(d, "2 September 2026", after=10)
    dx.para(d, "Dear Dr Okafor", after=8)
    dx.runs(d, [("Re: ", {"bold": True}), ("Mr Thomas ASHWORTH, DOB 17/03/1974", {"bold": True})], after=0)
    dx.para(d, "NHS No: 999 412 3378   Hosp No: CG7714203\n22 Beech Grove, Millbridge HX8 3PE", after=10)
    for lab, val in [("Diagnosis:", "Chronic left scapholunate ligament injury (complete tear on MR arthrogram), "
                                    "dynamic instability, no arthritis"),
                     ("Outcome:", "Discharged to the care of his new GP in the Netherlands at patient's request"),
                     ("Plan:", "1. Wrist brace for heavy activity.\n2. Hand therapy (proprioceptive programme) - "
                               "leaflet given.\n3. Surgical options discussed (see below); patient wishes to pursue "
                               "this after his move.\n4. Copy of this letter, the imaging reports and a disc with the "
                               "images given to Mr Ashworth.")]:
        t = dx.table(d, [[lab, val]], [28, 140], borders=False)
    dx.para(d, "")
    txt = [
        "I reviewed Mr Ashworth in the hand clinic today. As you know he injured his left wrist playing rugby in "
        "January 2026 and has had persistent dorsal wrist pain and a painful clunk with gripping. Plain radiographs in "
        "February showed a scapholunate gap of 4 mm on the clenched-fist view, and the MR arthrogram of 12 August has "
        "confirmed a complete tear of the scapholunate ligament without any secondary arthritic change.",
        "On examination there is tenderness over the scapholunate interval and a positive Watson shift test. Grip "
        "strength is reduced (28 kg left versus 44 kg right). Neurovascularly intact.",
        "No surgical intervention has been carried out to date. I have explained the natural history and the options: "
        "continued non-operative management, or a scapholunate ligament reconstruction (for example a three-ligament "
        "tenodesis). He is relocating to Utrecht at the end of September for work and would prefer to have any "
        "surgery there, where he will be living. I think that is entirely reasonable and I have not listed him. I would "
        "be happy for his Dutch surgeon to contact me directly.",
    ]
    for t in txt:
        dx.para(d, t, after=7, align="justify")
    dx.para(d, "Yours sincerely", before=6, after=28)
    dx.para(d, "Mr R. Penhaligon FRCS (Tr & Orth)\nConsultant Hand and Wrist Surgeon", bold=False, after=12)
    dx.para(d, "cc: Mr T. Ashworth (patient)", size=8)
    d.save(out(stem, "docx"))
    return L(["correspondence"], "2026-09-02", "specialist", "en", "UK NHS clinic letter (Diagnosis/Outcome/Plan)",
             "yes", "no", "yes",
             "UK hospital letter (care abroad). 'No surgical intervention has been carried out to date'; surgery "
             "only discussed. Clinic, dictated and typed dates in a header table; DD/MM dates.",
             also=["2026-08-26", "2026-08-27"])


# ------------------------------------------------------------------------------------------- vb-010
@doc("vb-010")
def d010(stem):
    st = styles("Helvetica", 9.5)
    red = colors.HexColor("#a31621")

    def first(c, d):
        text_lines(c, 20 * mm, H - 18 * mm, [("KLINIKUM BERGLAND", "Helvetica-Bold")], size=16, color=red)
        text_lines(c, 20 * mm, H - 23 * mm, ["Immenstadt im Allgäu  ·  Akademisches Lehrkrankenhaus"], size=8,
                   color=colors.grey)
        text_lines(c, W - 20 * mm, H - 16 * mm, [("Klinik für Hand-, Plastische und", "Helvetica-Bold"),
                                                 ("Rekonstruktive Chirurgie", "Helvetica-Bold"),
                                                 "Chefarzt Prof. Dr. med. Andreas Wieland",
                                                 "Im Stillachtal 4, 87509 Immenstadt",
                                                 "Tel. +49 8323 9120-450  Fax -459"], size=7.5, align="right")
        text_lines(c, 20 * mm, H - 40 * mm, ["Klinikum Bergland · Im Stillachtal 4 · 87509 Immenstadt"], size=6.5,
                   color=colors.grey)
        foot(c)

    def foot(c):
        text_lines(c, 20 * mm, 12 * mm, ["Klinikum Bergland gGmbH · Sitz Immenstadt · HRB 10442 Kempten · "
                                         "Geschäftsführer Dipl.-Kfm. T. Reisacher"], size=6.5, color=colors.grey)

    addr = P("An den weiterbehandelnden Arzt / Hausarzt\nder Patientin\n(Niederlande)", st["body"])
    info = kv_table([["Datum", "18.02.2026"], ["Unser Zeichen", "Wie/Hu/Sek"], ["Fall-Nr.", "226001384"]],
                    st, [24 * mm, 30 * mm], label_style="small", value_style="small")
    story = [Spacer(1, 8), kv_table([[addr, info]], st, [116 * mm, 54 * mm]), Spacer(1, 14),
             P("<b>Arztbrief</b>", st["h2"], raw=True),
             P("Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,", st["body"]), Spacer(1, 4),
             P("wir berichten über Frau <b>Marieke de Wit</b>, geb. 29.01.1996, wohnhaft Biltstraat 201, 3572 AR Utrecht, "
               "Niederlande, die sich vom 15.02.2026 bis 18.02.2026 in unserer stationären Behandlung befand.",
               st["just"], raw=True), Spacer(1, 6)]
    items = [
        ("Diagnosen:",
         "Dislozierte intraartikuläre distale Radiusfraktur rechts (AO 23-C1) nach Skisturz am 15.02.2026\n"
         "Begleitend: Fraktur des Processus styloideus ulnae (Spitzenabriss), konservativ"),
        ("Therapie:",
         "16.02.2026: Offene Reposition und palmare winkelstabile Plattenosteosynthese Radius rechts "
         "(Operateur: OA Dr. med. S. Huber). Intraoperativ stabiles DRUG."),
        ("Anamnese:",
         "Die Patientin stürzte am 15.02.2026 beim Skifahren am Grünten auf die ausgestreckte rechte Hand. Vorstellung "
         "über die Bergwacht in unserer Notaufnahme. Keine Vorerkrankungen, keine Dauermedikation, Allergien: keine."),
        ("Befunde:",
         "Röntgen Handgelenk rechts in 2 Ebenen (15.02.2026): dislozierte distale Radiusfraktur mit Gelenkbeteiligung, "
         "dorsale Abkippung 25 Grad. CT Handgelenk rechts (15.02.2026): Zwei-Fragment-Fraktur der Gelenkfläche, Stufe 2 mm.\n"
         "Postoperatives Röntgen (17.02.2026): regelrechte Stellung, korrekte Implantatlage, keine intraartikulären "
         "Schrauben."),
        ("Verlauf:",
         "Komplikationsloser postoperativer Verlauf. Wunden reizlos, Durchblutung, Motorik und Sensibilität der Finger "
         "intakt. Eine MRSA-Aufnahmeuntersuchung wurde nicht durchgeführt (kein Risikoprofil). Entlassung in gutem "
         "Allgemeinzustand zur Weiterbehandlung in die Niederlande."),
        ("Procedere:",
         "Dorsale Unterarmgipsschiene für 2 Wochen, danach funktionelle Nachbehandlung mit Handtherapie. Fadenentfernung "
         "am 12. postoperativen Tag durch den Hausarzt. Röntgenkontrolle nach 6 Wochen. Eine Metallentfernung ist nicht "
         "zwingend erforderlich. Thromboseprophylaxe entfällt. Analgesie: Ibuprofen 400 mg bis 3x tgl. bei Bedarf."),
    ]
    for h, t in items:
        story += [P(h, st["bold"]), P(t, st["just"]), Spacer(1, 4)]
    story += [Spacer(1, 6), P("Mit freundlichen kollegialen Grüßen", st["body"]), Spacer(1, 22),
              kv_table([["Prof. Dr. med. A. Wieland\nChefarzt", "Dr. med. S. Huber\nOberarzt",
                         "J. Kessler\nAssistenzärztin"]], st, [58 * mm, 56 * mm, 56 * mm],
                       label_style="body", value_style="body"),
              Spacer(1, 8), P("Kopie: Patientin", st["small"])]
    build_pdf(out(stem, "pdf"), story, tm_first=44 * mm, tm=24 * mm, first=first, later=lambda c, d: foot(c),
              pages=pagenum("Seite {p} von {n}", W - 20 * mm, 12 * mm, size=7),
              meta={"title": "Arztbrief", "creator": "ORBIS"})
    return L(["correspondence"], "2026-02-18", "specialist", "de", "German Arztbrief (Klinik für Handchirurgie), bold headings",
             "yes", "yes", "yes",
             "Dutch tourist treated in a German hospital (admission + ORIF). Operation named in 'Therapie' with operator, "
             "but no operation description: correspondence only. States no MRSA screening was done. Dates dd.mm.yyyy.")


# ------------------------------------------------------------------------------------------- vb-011
@doc("vb-011")
def d011(stem):
    st = styles("DejaVuSansCondensed", 8.8)

    def first(c, d):
        c.setLineWidth(0.8)
        c.rect(18 * mm, H - 34 * mm, W - 36 * mm, 20 * mm)
        text_lines(c, 22 * mm, H - 20 * mm, [("Krankenhaus Hohe Tauern", "DejaVuSansCondensed-Bold")], size=12)
        text_lines(c, 22 * mm, H - 25 * mm, ["Abteilung für Unfallchirurgie und Sporttraumatologie",
                                            "Spitalstraße 7, 5730 Mittersill, Österreich · Tel. +43 6562 4471-0"],
                   font="DejaVuSansCondensed", size=7.5)
        text_lines(c, W - 22 * mm, H - 21 * mm, [("OPERATIONSBERICHT", "DejaVuSansCondensed-Bold")], size=12,
                   align="right")
        text_lines(c, W - 22 * mm, H - 26.5 * mm, ["OP-Saal 3"], font="DejaVuSansCondensed", size=7.5, align="right")
        text_lines(c, 18 * mm, 10 * mm, ["Druck: 05.01.2026 07:55 · KIS Tauern"], font="DejaVuSansCondensed", size=6.5,
                   color=colors.grey)
        text_lines(c, W - 18 * mm, 10 * mm, ["Seite 1 von 1"], font="DejaVuSansCondensed", size=6.5,
                   align="right", color=colors.grey)

    g = colors.HexColor("#999999")
    tbl = kv_table([
        ["Patient", "van Leeuwen, Bas", "Geb.-Datum", "05.06.1988"],
        ["Wohnort", "Bergen op Zoom (NL)", "Aufn.-Zahl", "26/000183"],
        ["OP-Datum", "04.01.2026", "Schnitt / Naht", "14:32 / 15:06"],
        ["Operateur", "OÄ Dr. Katharina Gruber", "Assistenz", "Dr. Florian Egger"],
        ["Anästhesie", "Axilläre Plexusanästhesie", "Anästhesist", "OA Dr. Markus Lechner"],
        ["Instrument.", "DGKP M. Hofer", "Blutsperre", "keine"],
    ], st, [22 * mm, 63 * mm, 24 * mm, 65 * mm], grid=g, label_bg=colors.HexColor("#efefef"),
        label_style="smallbold", value_style="body")
    body = kv_table([
        ["Diagnose", "Nicht dislozierte Skaphoidfraktur links, mittleres Drittel (Herbert B2), Sturz beim Snowboarden am "
                     "02.01.2026."],
        ["Präoperative Bildgebung", "Röntgen Skaphoidquartett und CT Handgelenk links vom 02.01.2026: Querfraktur "
                                    "mittleres Drittel, Dislokation < 1 mm, kein Trümmer."],
        ["Eingriff", "Perkutane Schraubenosteosynthese des Skaphoids links von palmar mit kanülierter "
                     "Doppelgewindeschraube (Acutrak 2 mini, 22 mm)."],
        ["OP-Bericht",
         "Team-Time-Out. Rückenlage, Arm auf Armtisch, Hand in Dorsalextension über Rolle gelagert. Unter "
         "Bildwandlerkontrolle Aufsuchen des distalen Skaphoidpols, Stichinzision 5 mm über dem Tuberculum ossis "
         "scaphoidei. Stumpfe Präparation bis auf den Knochen. Einbringen des Führungsdrahtes entlang der Längsachse "
         "des Skaphoids, Kontrolle in vier Ebenen: zentrale Lage. Messen, Überbohren, Einbringen der Schraube 22 mm. "
         "Abschließende Kontrolle: Fraktur komprimiert, Schraube vollständig intraossär, kein Überstand. Spülung, "
         "Hautnaht Einzelknopf 4-0. Steriler Verband, Unterarm-Daumenschiene."],
        ["Komplikationen", "keine"],
        ["Nachbehandlung",
         "Hochlagerung, Kühlung. Unterarmschiene mit Daumeneinschluss für 2 Wochen, dann Unterarmgips für weitere 4 Wochen. "
         "Fäden ex am 12. Tag (Hausarzt in NL). CT-Kontrolle nach 6 Wochen zur Beurteilung der Durchbauung. "
         "Heimreise in die Niederlande am 05.01.2026 möglich."],
    ], st, [34 * mm, 140 * mm], grid=g, label_bg=colors.HexColor("#efefef"), pad=4, vpad=3,
        label_style="smallbold", value_style="body")
    story = [tbl, Spacer(1, 6), body, Spacer(1, 14),
             kv_table([["Diktiert: 04.01.2026", "Vidiert: 05.01.2026 OÄ Dr. K. Gruber"]], st, [80 * mm, 94 * mm],
                      label_style="body", value_style="body")]
    build_pdf(out(stem, "pdf"), story, lm=18 * mm, rm=18 * mm, tm_first=40 * mm, first=first,
              meta={"title": "OP-Bericht", "creator": "KIS Tauern"})
    return L(["operation-report"], "2026-01-04", "specialist", "de", "Austrian Operationsbericht form (grid, condensed font)",
             "yes", "yes", "yes",
             "Austrian hospital; Dutch patient. Pre-op X-ray and CT stated; fluoroscopy. 'Diktiert' same day, "
             "'Vidiert' next day; print date in footer.", also=["2026-01-05"])


# ------------------------------------------------------------------------------------------- vb-012
@doc("vb-012")
def d012(stem):
    text = """ZorgDomein - Verwijzing
==================================================
Verwijsnummer:        ZD-3391-0472-8816
Datum:                27-10-2026
Urgentie:             Regulier

VERWIJZER
Naam:                 W.P. Doornbos, huisarts
Praktijk:             Huisartsenpraktijk Het Ravelijn
Adres:                Vestingwal 3, 4001 NA Tiel
AGB:                  01-061190
Telefoon:             0344 - 61 77 20

VERWEZEN NAAR
Zorgaanbieder:        Betuwe Ziekenhuis, locatie Culemborg
Specialisme:          Orthopedie
Product:              Consult handchirurgie (orthopedie)

PATIËNT
Naam:                 Dhr. G.J. van Beek
Geboortedatum:        09-09-1957
BSN:                  999995046
Adres:                Hoogeind 14, 4005 LD Tiel
Telefoon:             0344 - 60 12 98
Verzekeraar:          Zorgverzekeraar Waardzorg (UZOVI 3311)

VERWIJSGEGEVENS
Reden van verwijzing:
Triggerfinger dig 4 links, sinds maart 2026. Op slot schieten in de ochtend,
pijnlijke knobbel ter hoogte van A1. Eenmalig injectie (triamcinolon 10 mg)
door huisarts 05-2026, klachten na 3 maanden terug.

Verzoek:
Graag overname behandeling. Patiënt wenst operatieve behandeling (ringband-
klieving) en is bekend met de diagnose.

Voorgeschiedenis:
DM type 2 (sinds 2015), hypertensie.

Medicatie:
Metformine 1000 mg 2dd1, amlodipine 5 mg 1dd1, simvastatine 40 mg 1dd1

Allergieën:
Geen bekend

Bijlagen:
Geen

--------------------------------------------------
Deze verwijsbrief is digitaal ondertekend door W.P. Doornbos, huisarts.
Afgedrukt via ZorgDomein op 27-10-2026 16:05
"""
    write_txt(stem, text)
    return L(["referral"], "2026-10-27", "gp", "nl", "ZorgDomein plain-text export",
             "unmentioned", "unmentioned", "unmentioned",
             "Referral for treatment only ('Graag overname behandeling', wish for ringbandklieving): no question or "
             "second-opinion request, so referral_question = false. Short 'Voorgeschiedenis' without recent treatments "
             "(not a history). Operation is a wish, not an event.", rq=False)


# ------------------------------------------------------------------------------------------- vb-013
@doc("vb-013")
def d013(stem):
    d = dx.new("Calibri", 10, margins=(22, 20, 38, 22), title="Klinische brief", author="MC Veluwezoom")
    sec = d.sections[0]
    ht = sec.header.add_table(rows=1, cols=2, width=dx.Mm(168))
    dx.cell_text(ht.cell(0, 0), "Medisch Centrum Veluwezoom", bold=True, size=14, color="00665E")
    dx.add_text(ht.cell(0, 0).add_paragraph(), "Chirurgie - Traumatologie en Handchirurgie", size=9, color="00665E")
    dx.cell_text(ht.cell(0, 1), "Bergweg 50, 6711 ZR Ede\nT 0318 - 43 50 00\nwww.mcveluwezoom.example.nl", size=8,
                 align="right")
    dx.clear(sec.header)
    dx.page_field_par(sec.footer, "MC Veluwezoom · Klinische brief F. El Idrissi (02-10-1971) · pagina {PAGE} van {NUMPAGES}",
                      align="center", size=7, color="666666")

    dx.para(d, "Aan: de weledelgeleerde vrouw dr. I. Kaya, huisarts\nGezondheidscentrum Veldhuizen\n"
               "Parklaan 2\n6717 AB  EDE", after=12)
    dx.table(d, [["Datum", "25-09-2026"], ["Ons kenmerk", "CHI-HH-0099812"], ["Specialist", "dr. W. Hendriks, traumachirurg"]],
             [32, 80], borders=False, size=9)
    dx.para(d, "")
    dx.para(d, "KLINISCHE BRIEF", bold=True, size=13, after=4)
    dx.table(d, [["Patiënt", "mevr. F. El Idrissi", "Geboortedatum", "02-10-1971"],
                 ["Patiëntnr.", "0099812", "Afdeling", "Chirurgie B3"],
                 ["Opname", "21-09-2026", "Ontslag", "23-09-2026"]],
             [28, 56, 32, 52], bold_cols=(0, 2), size=9, label_shade="E6F2F0")
    dx.para(d, "")
    dx.para(d, "Geachte collega,", after=6)
    dx.para(d, "Hierbij berichten wij u over de opname van uw patiënte, die werd opgenomen via de Spoedeisende Hulp "
               "na een snijwond aan de rechterhand (gebroken glas bij afwassen, 21-09-2026).", after=6, align="justify")
    blocks = [
        ("Opnamediagnose",
         "Complete doorsnijding flexor digitorum profundus (FDP) dig 2 en dig 3 rechts in zone II, partiële laesie FDS "
         "dig 3; doorsnijding n. digitalis proprius radialis dig 2 rechts."),
        ("Aanvullend onderzoek", "Röntgen hand rechts (21-09-2026): geen fractuur, geen radio-opaak corpus alienum."),
        ("Operatie",
         "Datum: 21-09-2026\nOperateur: dr. W. Hendriks, traumachirurg\nAssistent: drs. J. Pelgrim, ANIOS chirurgie\n"
         "Anesthesie: plexusanesthesie (supraclaviculair), bloedleegte bovenarm 250 mmHg, 94 minuten\n"
         "Ingreep: primair herstel FDP dig 2 en 3 rechts, hechting FDS dig 3, microchirurgisch herstel n. digitalis "
         "proprius radialis dig 2.\n"
         "Beschrijving: Wondexploratie en uitbreiding volgens Bruner naar proximaal en distaal. Proximale peesstompen "
         "FDP dig 2 en 3 teruggetrokken tot ter hoogte van A1, opgehaald met een voedingssonde door de peesschede. "
         "Herstel FDP dig 2 en 3 met 4-strands kernhechting (Adelaide, Fiberwire 3-0) en epitendineuze "
         "doorlopende hechting 6-0 Prolene. Partiële FDS-laesie dig 3 (ca. 40%) gehecht met 5-0. A2-pulley intact "
         "gespaard, A4 deels geventeerd. Zenuw n. digitalis dig 2 radiaal onder de microscoop epineuraal gehecht met "
         "9-0 Ethilon. Controle glijden van de pezen: vrij, geen gapping. Spoelen, huid gesloten met 5-0 Ethilon. "
         "Dorsale blokspalk pols 20 graden flexie, MCP 60 graden flexie, IP-gewrichten in extensie.\n"
         "Complicaties: geen. PA: niet ingestuurd."),
        ("Beloop",
         "Ongecompliceerd postoperatief beloop. Op dag 1 gestart met handtherapie volgens het early active motion-protocol. "
         "Wond droog, vingers goed doorbloed. Pijn goed onder controle met orale analgetica. Patiënte werd op 23-09-2026 "
         "in goede conditie ontslagen."),
        ("Medicatie bij ontslag",
         "Paracetamol 1000 mg 4dd1 gedurende 1 week, daarna zo nodig\nNaproxen 250 mg 2dd1 zo nodig, met pantoprazol "
         "20 mg 1dd1\n(eigen medicatie ongewijzigd: levothyroxine 50 µg)"),
        ("Beleid",
         "Blokspalk 6 weken dag en nacht, handtherapie 2x per week (Handtherapie Ede). Hechtingen verwijderen op de "
         "polikliniek na 12 dagen. Controle polikliniek chirurgie over 2 weken, daarna 6 weken postoperatief. "
         "Werkhervatting niet voor 12 weken. Wij vragen u bij koorts of roodheid laagdrempelig contact op te nemen."),
    ]
    for h, t in blocks:
        dx.section_block(d, h, t, size=10, after=3)
    dx.para(d, "Met vriendelijke groet,", before=8, after=24)
    dx.para(d, "dr. W. Hendriks, traumachirurg\nmede namens drs. J. Pelgrim, arts-assistent chirurgie", after=10)
    dx.para(d, "Kopie: patiënte; Handtherapie Ede", size=8)
    d.save(out(stem, "docx"))
    return L(["correspondence", "operation-report"], "2026-09-25", "specialist", "nl",
             "discharge letter (Klinische brief, Word) with full operation section",
             "yes", "yes", "unmentioned",
             "Discharge letter containing a full operation description (date, operator, anaesthesia, procedure, "
             "description, complications): both correspondence and operation report. Admission/discharge dates in a "
             "table next to the birth date.")


# ------------------------------------------------------------------------------------------- vb-014
@doc("vb-014")
def d014(stem):
    st = styles("Times-Roman", 10.5)
    navy = colors.HexColor("#0b3d62")

    def first(c, d):
        c.setFillColor(navy)
        c.circle(27 * mm, H - 22 * mm, 7 * mm, stroke=0, fill=1)
        text_lines(c, 27 * mm, H - 24 * mm, [("AZ", "Helvetica-Bold")], size=12, align="center", color=colors.white)
        text_lines(c, 37 * mm, H - 19 * mm, [("AZ Zeebrugge-Duinen", "Helvetica-Bold")], size=14, color=navy)
        text_lines(c, 37 * mm, H - 24.5 * mm, ["campus Knokke  ·  Dienst Orthopedie - Hand- en polschirurgie"], size=8.5,
                   color=navy)
        text_lines(c, 20 * mm, 14 * mm, ["AZ Zeebrugge-Duinen vzw · Zeedijk-Het Zoute 170 · 8300 Knokke-Heist · "
                                         "tel. +32 50 62 48 00 · ondernemingsnr. 0411.220.987"], size=7,
                   color=colors.grey)

    story = [
        kv_table([[P("Dr. H. Goossens, huisarts\nNieuwstraat 24\n4501 BD Oostburg\nNEDERLAND", st["body"]),
                   P("Knokke, 18/08/2026\n\nOns ref.: ORT/PJC/26-08814\nRaadpleging d.d. 14/08/2026", st["body"])]],
                 st, [95 * mm, 75 * mm]),
        Spacer(1, 16),
        P("<b>Betreft:</b> Mevrouw Els VERMEULEN  °23/06/1967\nKanaalweg 6, 4524 JK Sluis (NL)  -  dossiernr. 6609133",
          st["body"], raw=True),
        Spacer(1, 10),
        P("Geachte collega,", st["body"]), Spacer(1, 6)]
    txt = ("Ik zag uw patiënte op mijn raadpleging voor pijn aan de basis van de rechterduim, al een tweetal jaren "
           "progressief. Zij heeft last bij het openen van flessen, schrijven en het vasthouden van een kopje. Zij werkt "
           "als verpleegkundige in het woonzorgcentrum. Zij werd nooit eerder aan de hand geopereerd. Voorgeschiedenis: "
           "hypercholesterolemie, menopauze. Geen allergieën.\n\n"
           "Klinisch onderzoek: discrete zwelling ter hoogte van het CMC-I gewricht rechts, positieve grindtest, pijnlijke "
           "adductie. Geen hyperextensie van het MCP-gewricht. Knijpkracht verminderd. Geen tekenen van een "
           "carpaaltunnelsyndroom (Tinel en Phalen negatief).\n\n"
           "RX beide handen (14/08/2026): rechts duidelijke gewrichtsspleetvernauwing CMC-I met osteofyten en subluxatie "
           "van de metacarpale basis, passend bij Eaton-Littler graad 3. Links beginnende artrose graad 1. STT-gewricht "
           "beiderzijds gespaard.")
    story += paras(txt, st["just"], 6)
    story += [P("<b>Besluit:</b> symptomatische rizartrose rechts, Eaton-Littler 3.", st["body"], raw=True), Spacer(1, 6),
              P("<b>Verdere aanpak:</b>", st["body"], raw=True),
              P("Ik gaf vandaag een echogeleide infiltratie van het CMC-I gewricht rechts (Depo-Medrol 40 mg + "
                "lidocaïne). Ik raad een duimspalk 's nachts aan en verwijs haar naar de kinesitherapeut/ergotherapeut "
                "voor gewrichtsbeschermende adviezen. Bij onvoldoende effect na 3 maanden kan een trapeziëctomie "
                "overwogen worden; dit werd reeds kort besproken. Patiënte zal ons zelf contacteren.", st["just"]),
              Spacer(1, 10), P("Met collegiale groeten,", st["body"]), Spacer(1, 26),
              P("Dr. Pieter-Jan Claeys\nOrthopedisch chirurg - hand- en polschirurgie\nRIZIV 1-23418-77-580", st["body"]),
              Spacer(1, 12), P("c.c.: patiënte", st["small"])]
    build_pdf(out(stem, "pdf"), story, tm_first=38 * mm, tm=25 * mm, bm=24 * mm, first=first,
              later=lambda c, d: None, pages=pagenum("{p}/{n}", W - 20 * mm, 14 * mm, size=7),
              meta={"title": "Brief raadpleging", "creator": "KWS"})
    return L(["correspondence"], "2026-08-18", "specialist", "nl", "Belgian hospital consultation letter (Flemish, serif)",
             "yes", "no", "yes",
             "Belgian hospital (treatment abroad: consultation + infiltration). '°' before birth date, 'raadpleging', "
             "'Besluit', 'RX', 'werd nooit eerder aan de hand geopereerd'. Trapeziëctomie only 'overwogen'. "
             "Consultation date differs from letter date.", also=["2026-08-14"])


# ------------------------------------------------------------------------------------------- vb-015
@doc("vb-015")
def d015(stem):
    text = """Apotheek De Vijzel                                      MEDICATIEOVERZICHT
Vijzelstraat 4, 3991 BV Houten        tel. 030-6370123
AGB 02-0531177
====================================================================================
Patiënt      : Dhr. H. Jansen                  Geboortedatum : 07-08-1949
Adres        : Lupineweg 31, 3992 RE Houten    BSN           : 999996087
Huisarts     : L.K. Brandsma, Houten
Afdrukdatum  : 26-11-2026 11:47                Periode       : 26-11-2025 t/m 26-11-2026
====================================================================================

ACTUELE MEDICATIE
Startdatum  Geneesmiddel                           Dosering                Voorschrijver
----------  -------------------------------------  ----------------------  --------------------
14-03-2019  ACENOCOUMAROL 1MG TABLET               volgens schema trombose L.K. Brandsma (HA)
14-03-2019  METOPROLOLSUCCINAAT 50MG TABLET MGA    1x per dag 1 tablet     L.K. Brandsma (HA)
02-06-2022  FUROSEMIDE 40MG TABLET                 1x per dag 1 tablet     M. de Wolf (cardioloog)
02-06-2022  PANTOPRAZOL 20MG TABLET MSR            1x per dag 1 tablet     M. de Wolf (cardioloog)
19-01-2024  ATORVASTATINE 40MG TABLET              1x per dag 1 tablet     L.K. Brandsma (HA)
11-09-2026  PARACETAMOL 1000MG TABLET              max 3x per dag 1 tablet L.K. Brandsma (HA)

GESTOPTE MEDICATIE (laatste 12 maanden)
Stopdatum   Geneesmiddel                           Reden
----------  -------------------------------------  --------------------------------------
08-10-2026  DICLOFENAC 50MG TABLET MSR             interactie acenocoumarol / maagklachten
30-09-2026  TRAMADOL 50MG CAPSULE                  misselijkheid

CONTRA-INDICATIES / INTOLERANTIES
- Hartfalen (geregistreerd 02-06-2022)
- Overgevoeligheid PENICILLINES (reactie: huiduitslag, 2003)
- Gebruik van VKA (acenocoumarol): let op bij ingrepen, INR-controle via Trombosedienst

ZELFZORG / OPMERKINGEN
- Diclofenac-gel 1% bij handpijn (zelfzorg), 2-3x per dag
- Patiënt gebruikt een medicijnrol (baxter) vanaf 01-2025

Dit overzicht is gebaseerd op de gegevens die bij Apotheek De Vijzel bekend zijn.
Medicatie die elders is verstrekt of die u zonder recept koopt kan ontbreken.
Controleer dit overzicht en meld wijzigingen aan uw apotheek.

Apotheker: mw. drs. S. Ramdin                                              Blad 1/1
"""
    write_txt(stem, text)
    return L([], "2026-11-26", "other", "nl", "pharmacy medication overview (fixed-width print)",
             "unmentioned", "unmentioned", "unmentioned",
             "Pharmacy overview: not a history letter. Mentions 'ingrepen' and specialist prescribers only "
             "generically; anticoagulant relevant for intake but no facts about imaging or surgery.")


# ------------------------------------------------------------------------------------------- vb-016
@doc("vb-016")
def d016(stem):
    st = styles("Helvetica", 9)
    nhs = colors.HexColor("#005eb8")

    def first(c, d):
        logo_box(c, W - 38 * mm, H - 22 * mm, 18 * mm, 8 * mm, "NHS", nhs, size=12, radius=0)
        text_lines(c, W - 20 * mm, H - 26 * mm, ["Pennine Vale Hospitals", "NHS Trust"], size=8, align="right",
                   color=nhs)
        text_lines(c, 20 * mm, H - 18 * mm, [("OPERATION NOTE", "Helvetica-Bold")], size=15)
        text_lines(c, 20 * mm, H - 24 * mm, ["Theatre 6 - Day Surgery Unit, Pennine Vale Royal Infirmary"], size=8.5)
        text_lines(c, 20 * mm, 10 * mm, ["PVH/ON/03 v4.2   Printed 15/07/2026 09:31"], size=6.5, color=colors.grey)
        text_lines(c, W - 20 * mm, 10 * mm, ["Page 1 of 1"], size=6.5, align="right", color=colors.grey)

    g = colors.HexColor("#777777")
    sticker = kv_table([["Name", "Harriet LOWE"], ["DOB", "09/11/1983"], ["NHS No", "999 201 7745"],
                        ["Hosp No", "PV4418207"], ["Address", "7 Moorside Terrace, Skipworth BD23 6TR"]],
                       st, [18 * mm, 62 * mm], box=g, label_style="smallbold", value_style="small")
    when = kv_table([["Date of operation", "14/07/2026"], ["Start / end", "13:20 / 13:58"], ["Side", "RIGHT"],
                     ["Urgency", "Elective (day case)"], ["WHO checklist", "Completed"]],
                    st, [28 * mm, 52 * mm], box=g, label_style="smallbold", value_style="small")
    story = [kv_table([[sticker, when]], st, [85 * mm, 85 * mm], pad=0), Spacer(1, 6)]
    rows = [
        ["Surgeon", "Miss A. Gallagher, Consultant Plastic Surgeon"],
        ["Assistant", "Dr P. Mensah (ST4 Plastics)"],
        ["Anaesthetist", "Dr J. Whitcombe"],
        ["Anaesthetic", "General (LMA) + local infiltration 10 ml 0.5% bupivacaine"],
        ["Tourniquet", "Upper arm, 250 mmHg, 31 minutes"],
        ["Pre-op diagnosis", "Dorsal wrist ganglion, right (recurrent after two aspirations); confirmed on pre-op "
                             "ultrasound 03/05/2026, 14 x 9 mm arising from the scapholunate interval"],
        ["Procedure", "Excision of dorsal wrist ganglion, right, including stalk and capsular window"],
        ["Incision", "Transverse dorsal incision 3 cm over the lump"],
        ["Findings", "Multilobulated ganglion deep to EPL/EDC, stalk from the dorsal SL ligament. SL ligament intact. "
                     "No synovitis."],
        ["Procedure details", "Extensor retinaculum 3/4 interval opened. EPL retracted radially, EDC ulnarly. Ganglion "
                              "dissected intact down to its stalk; excised with a 5 mm window of dorsal capsule. "
                              "PIN neurectomy not performed. Haemostasis after tourniquet release. Retinaculum not closed."],
        ["Closure", "4-0 Monocryl subcuticular. Steri-strips, Mepore, wool and crepe."],
        ["Blood loss", "Minimal"],
        ["Complications", "None"],
        ["Specimen", "Sent for histology: yes"],
        ["Post-op instructions", "Elevate. Remove dressing at 5 days, keep dry. Wound check practice nurse 10-14 days. "
                                 "Early mobilisation of fingers. Hand therapy referral made. Clinic review 6 weeks "
                                 "(histology). VTE prophylaxis: not required. Discharge same day if well."],
    ]
    story += [kv_table(rows, st, [36 * mm, 134 * mm], grid=g, label_bg=colors.HexColor("#e8f0fa"), pad=4, vpad=2.5),
              Spacer(1, 10),
              kv_table([["Signature", "A. Gallagher", "GMC", "7049912"], ["Date/time", "14/07/2026 14:05", "Bleep", "4471"]],
                       st, [24 * mm, 61 * mm, 20 * mm, 65 * mm], label_style="smallbold", value_style="body")]
    build_pdf(out(stem, "pdf"), story, tm_first=33 * mm, first=first, meta={"title": "Operation Note"})
    return L(["operation-report"], "2026-07-14", "specialist", "en", "UK NHS operation note form (sticker boxes, grid)",
             "yes", "yes", "yes",
             "English hospital operation note; pre-op ultrasound mentioned. Previous aspirations are not operations. "
             "Print date 15/07/2026 in footer.")
