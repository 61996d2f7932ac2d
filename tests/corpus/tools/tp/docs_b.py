"""tp-017 .. tp-035: Dutch documents (continued)."""
from reportlab.lib import colors

from lib import (BUILD, DOCS, Docx, Pdf, ctext, doc, docx_to_pdf, hline, label, logo_bars,
                 logo_circle, logo_square, merge_pdfs, part, write_txt)

GREY = colors.Color(0.4, 0.4, 0.4)
ZD_BLUE = colors.Color(0.0, 0.4, 0.6)


# ----------------------------------------------------------------------------------------- 017
@doc("tp-017")
def tp017():
    d = Docx(font="Calibri", size=10.5)
    d.kv([["Huisartsenpraktijk Bussum-Zuid\nBrinklaan 101, 1404 GW Bussum\nTel. 035 - 691 27 30",
           "VERWIJZING\nDatum: 17-09-2026"]], widths_cm=(10, 6.5), bold_labels=False, grid=False)
    d.kv([["Aan", "Polikliniek Plastische Chirurgie / Handchirurgie"],
          ["Patiënt", "mw. E. (Esther) Blom"],
          ["Geboortedatum", "08-01-1961"],
          ["Adres", "Ceintuurbaan 45, 1402 HC Bussum"],
          ["Verzekering", "Zilveren Kruis 188204517"]], widths_cm=(4, 12.5))
    d.p("Geachte collega,", after=6)
    d.p("Graag verwijs ik u mevrouw Blom voor behandeling van een triggerfinger van de "
        "middelvinger rechts.")
    d.p("Sinds ongeveer vijf maanden 's ochtends op slot schietende middelvinger rechts, die zij met "
        "de andere hand moet losmaken. Palpabele nodus ter hoogte van de A1-pulley. Eenmalige "
        "injectie met triamcinolon in juni 2026 gaf slechts zes weken verbetering. Geen beeldvorming "
        "verricht (niet geïndiceerd).")
    d.p("Voorgeschiedenis: diabetes mellitus type 2 (metformine), hypertensie.")
    d.p("Medicatie: metformine 500 mg 2 dd, hydrochloorthiazide 12,5 mg 1 dd.\nAllergie: pleisters.",
        after=10)
    d.p("Graag behandeling.", after=10)
    d.p("Met vriendelijke groet,", after=18)
    d.p("drs. A.C. Koning, huisarts")
    d.save(DOCS / "tp-017.docx")
    return label(["referral"], "2026-09-17", "gp", "nl", "short GP referral, table header",
                 referral_question=False, imaging="no", operated="unmentioned",
                 abroad="unmentioned",
                 notes="Tricky: referral 'for treatment' with no question and no request for a second "
                       "opinion; 'Geen beeldvorming verricht'; date in a table cell beside the "
                       "practice name.")


# ----------------------------------------------------------------------------------------- 018
@doc("tp-018")
def tp018():
    def page(c, d):
        logo_bars(c, 20, 277, colors.Color(0.85, 0.45, 0.0))
        ctext(c, 34, 286, "Diagnostisch Centrum Eemland", 11.5, "Helvetica-Bold")
        ctext(c, 34, 281.5, "Röntgen - Echo - Laboratorium voor de eerste lijn", 7.5)
        ctext(c, 34, 278, "Hogeweg 21, 3814 CE Amersfoort - 033 850 76 00", 7.5)
        hline(c, 273, color=colors.Color(0.85, 0.45, 0.0))

    pdf = Pdf(DOCS / "tp-018.pdf", on_page=page, margins=(20, 20, 32, 22), size=9.5)
    pdf.table([["Naam", "Geboren", "Pat.id", "Aanvrager"],
               ["Dhr. S. (Sven) de Wit", "02-12-2001", "DCE-558120",
                "T.J. Mulder, huisarts, Leusden"]], widths=(45, 28, 30, 67), size=9, grid=False)
    pdf.table([["Onderzoek", "Datum onderzoek", "Datum verslag"],
               ["X-hand links (PA + schuin)", "06-11-2026", "06-11-2026"]],
              widths=(70, 50, 50), size=9, grid=False)
    pdf.p("<b>Uitslag</b>", size=10.5, before=4)
    pdf.p("Klinische informatie: stoot tegen muur (vuistslag) 04-11-2026, zwelling en drukpijn "
          "MC-4/5 links. Fractuur?")
    pdf.p("Geen fractuur. Geen luxatie. Gewrichtsspleten normaal. Normale botstructuur. "
          "Wekedelenzwelling dorsaal over MC-4 en MC-5, zonder radio-opaak corpus alienum.")
    pdf.p("<b>Conclusie:</b> geen traumatische ossale afwijkingen van de linkerhand.")
    pdf.p("Bij persisterende klachten na 10-14 dagen eventueel herhalen.", size=9)
    pdf.sp(4)
    pdf.p("J.H.M. Beumer, radioloog", size=9)
    pdf.save()
    return label(["imaging-report"], "2026-11-06", "radiologist", "nl",
                 "primary-care X-ray result, no title, header tables",
                 imaging="yes", operated="unmentioned", abroad="unmentioned",
                 notes="Tricky: every finding negated ('Geen fractuur') but the exam was done; no "
                       "document title other than 'Uitslag'; dates under column headers.")


# ----------------------------------------------------------------------------------------- 019
@doc("tp-019")
def tp019():
    green = colors.Color(0.0, 0.5, 0.35)

    def page(c, d):
        logo_circle(c, 26, 281, 6, green)
        ctext(c, 35, 284.5, "Amphia", 15, "Helvetica-Bold", green)
        ctext(c, 35, 279.5, "Medische Beeldvorming - Molengracht 21, 4818 CK Breda", 8)
        ctext(c, 190, 284.5, "Verslag echografie", 10, "Helvetica-Bold", align="right")
        hline(c, 275, color=green)
        ctext(c, 20, 10, "Amphia - Medische Beeldvorming - 076 595 50 00 - Pagina "
              + str(d.page), 7, color=GREY)

    pdf = Pdf(DOCS / "tp-019.pdf", on_page=page, margins=(20, 20, 30, 20), size=9.5)
    pdf.kv([["Patiënt", "mw. D. (Daphne) van Oers", "Aanvrager", "dr. M.J. Prins, chirurg (Chirurgie)"],
            ["Geboortedatum", "25-06-1997", "Kopie aan", "huisarts K. Ramdin, Breda"],
            ["Patiëntnummer", "4401977", "Onderzoeksdatum", "14-07-2026"],
            ["Onderzoek", "Echo pols links", "Verslagdatum", "15-07-2026"]],
           widths=(27, 55, 30, 58), size=8.5, grid=True)
    pdf.p("<b>Klinische gegevens:</b> zwelling volaire zijde pols links, radiaal, sinds 4 maanden. "
          "Ganglion? Relatie met a. radialis?", before=3)
    pdf.p("<b>Bevindingen:</b> Aan de volair-radiale zijde van de linkerpols een goed begrensde, "
          "anechogene, licht gelobde cysteuze structuur van 14 x 9 x 8 mm met dorsale "
          "aankleuring, met een steeltje richting het radioscaphoïdale gewricht. Geen interne "
          "vascularisatie bij Doppler. De a. radialis loopt direct radiaal van de laesie en is "
          "comprimeerbaar, met normaal flowpatroon. Flexorpezen zonder afwijkingen. Geen "
          "synovitis.")
    pdf.p("<b>Conclusie:</b> volair ganglion pols links (14 mm), uitgaande van het "
          "radioscaphoïdale gewricht, in nauwe relatie tot de a. radialis.")
    pdf.sp(4)
    pdf.p("dr. W.P. Maas, radioloog - geautoriseerd 15-07-2026 08:51", size=8.5)
    pdf.save()
    return label(["imaging-report"], "2026-07-15", "radiologist", "nl",
                 "ultrasound report, four-column grid header",
                 also_dates=["2026-07-14"], imaging="yes", operated="unmentioned",
                 abroad="unmentioned",
                 notes="Ordinary ultrasound report; requester is a surgeon; header in a four-column "
                       "grid (labels and values in separate cells, two pairs per row).")


# ----------------------------------------------------------------------------------------- 020
GP_020 = """\
Huisartsenpraktijk Wormerland
K. Boon en F. El Idrissi, huisartsen
Dorpsstraat 240, 1521 BH Wormerveer - tel. 075 621 30 90

Aan:      De Brug Handkliniek, afdeling intake second opinion
          Catharijnesingel 120, 3511 GP Utrecht

Datum:    25-11-2026
Betreft:  dhr. A. (Arie) Zwart, geb. 13-08-1958 - aanvullende stukken
Uw ref.:  SO-2026-1187

Geachte collega,

Naar aanleiding van uw brief van 18 november jl. stuur ik u de ontbrekende stukken voor de
beoordeling van de second opinion van de heer Zwart. De verwijzing zelf heeft u op 2 november via
ZorgDomein ontvangen.

Bijgevoegd:
  1. operatieverslag fasciectomie rechterhand, Zaans Medisch Centrum, 12-02-2025;
  2. röntgenverslag hand rechts, Zaans Medisch Centrum, 03-10-2026;
  3. uitslag MRSA-screening (neus, keel, perineum): negatief, afgenomen 17-11-2026.

De MRSA-screening is gedaan omdat de heer Zwart in oktober 2026 tijdens een vakantie in Turkije
vier dagen opgenomen is geweest in een ziekenhuis in Antalya (longontsteking). Daar is hij niet aan
de hand behandeld. De ontslagbrief uit Antalya heb ik niet; patiënt heeft alleen een Turkse
nota.

Mocht u nog iets missen, dan hoor ik het graag.

Met vriendelijke groet,

K. Boon, huisarts
"""


@doc("tp-020")
def tp020():
    write_txt("tp-020", GP_020)
    return label([], "2026-11-25", "gp", "nl", "GP cover letter with enclosure list",
                 imaging="yes", operated="yes", abroad="yes",
                 notes="Tricky: mentions an operation report, an X-ray report and an MRSA result as "
                       "enclosures, but the letter itself is none of them; GP's own letter is not "
                       "correspondence and not a new referral; admission abroad for pneumonia counts "
                       "for treated_abroad.")


# ----------------------------------------------------------------------------------------- 021
@doc("tp-021")
def tp021():
    d = Docx(font="Segoe UI", size=9.5, margins_cm=(2.0, 2.0, 1.5, 1.5))
    d.header("OLVG  |  Orthopedie  |  Oosterpark 9, 1091 AC Amsterdam  |  020 599 91 11", size=7.5)
    d.footer("Dit document bevat vertrouwelijke medische informatie. Afdrukdatum 27-10-2026 08:12 - "
             "pagina 1")
    d.table([["OLVG", "Orthopedie\nLocatie Oost"]], widths_cm=(10, 7), header=True, grid=False, size=14)
    d.kv([["Geadresseerde", "Huisartsenpraktijk Dapperbuurt\nR.S. Bakker, huisarts\n"
                            "Wagenaarstraat 7H\n1093 CV Amsterdam"],
          ["Datum", "23 oktober 2026"],
          ["Patiënt", "Dhr. J. (Jeroen) Hofman"],
          ["Geboortedatum", "03-03-1979"],
          ["Patiëntnummer", "71188402"],
          ["Behandelaar", "dr. C.E. Meijer, orthopedisch chirurg"]],
         widths_cm=(4, 13), grid=False, size=9)
    d.p("Beste collega,", after=6)
    d.p("Op 21-10-2026 zag ik de heer Hofman voor bespreking van de MRI-uitslag.")
    d.p("**Anamnese:** 47-jarige man, fysiotherapeut, met sinds een jaar dorsale polspijn links, vooral "
        "bij steunen (push-ups) en gewichtheffen. Geen duidelijk trauma. Geen nachtelijke pijn.")
    d.p("**Lichamelijk onderzoek:** linkerpols: geen zwelling, drukpijn dorsaal over het "
        "scafolunaire interval. Watson-test pijnlijk met klik. Volledige beweeglijkheid, pijn bij "
        "maximale extensie.")
    d.p("**Aanvullend onderzoek:** X-pols links (augustus 2026): SL-afstand 2 mm, geen DISI. "
        "MRI-artrografie pols links (06-10-2026): partiële ruptuur van het dorsale deel van het "
        "scafolunaire ligament, geen artrose.")
    d.p("**Conclusie:** partieel SL-ligamentletsel links (Geissler 2), niet dynamisch instabiel.")
    d.p("**Beleid:** opties besproken: conservatief (propriocepsistraining, brace) of artroscopie met "
        "debridement en eventueel thermische shrinkage. Ik heb een artroscopie aangeboden. De heer "
        "Hofman wil eerst een second opinion bij een gespecialiseerd handcentrum en vraagt u hiervoor "
        "een verwijzing. Wij zien hem terug op verzoek.", after=10)
    d.p("Met vriendelijke groet,", after=16)
    d.p("dr. C.E. Meijer\northopedisch chirurg")
    d.p("Kopie: patiënt", size=8)
    d.save(DOCS / "tp-021.docx")
    return label(["correspondence"], "2026-10-23", "specialist", "nl",
                 "Epic-like outpatient letter, header table, print date in footer",
                 imaging="yes", operated="unmentioned", abroad="unmentioned",
                 notes="Arthroscopy only offered; footer print date (27-10-2026) differs from the "
                       "letter date (23 oktober 2026); visit date in body.")


# ----------------------------------------------------------------------------------------- 022
@doc("tp-022")
def tp022():
    def page(c, d):
        c.saveState()
        c.setFillColor(ZD_BLUE)
        c.rect(20 * 2.8346, 281 * 2.8346, 170 * 2.8346, 0.8 * 2.8346, stroke=0, fill=1)
        c.restoreState()
        ctext(c, 20, 285, "ZorgDomein", 11, "Helvetica-Bold", ZD_BLUE)
        ctext(c, 190, 285, "Consult Handchirurgie", 10, "Helvetica-Bold", align="right")
        ctext(c, 105, 10, "ZorgDomein - Verwijzing ZD90415532", 7, color=GREY, align="center")

    pdf = Pdf(DOCS / "tp-022.pdf", on_page=page, margins=(20, 20, 24, 18), size=9)
    rows = [["Datum verwijzing", "08-12-2025"],
            ["Naar", "Jeroen Bosch Ziekenhuis, Plastische chirurgie - handchirurgie"],
            ["Patiënt", "Mevr. S.A. (Sarah) Pijnenburg"],
            ["Geboortedatum", "30-04-2003"],
            ["BSN", "2297.84.110"],
            ["Verwijzer", "E.M. Verhoeven, huisarts\nHuisartsenpraktijk De Kruiskamp, 's-Hertogenbosch"],
            ["AGB-code verwijzer", "01-072244"],
            ["Reden van verwijzing",
             "Sinds 8 maanden wisselende pijn en een knappend gevoel aan de ulnaire zijde van de "
             "rechterpols bij turnen (selectie-niveau). Klinisch snapping van de ECU-pees bij "
             "supinatie. Drie maanden rust en fysiotherapie zonder effect."],
            ["Vraagstelling",
             "Is er sprake van een ECU-subluxatie en is behandeling (spalk of operatie) nodig om "
             "de sport te kunnen hervatten?"],
            ["Beeldvorming", "Niet verricht"],
            ["Eerdere operaties hand/pols", "Geen"],
            ["Medicatie", "Anticonceptiepil"],
            ["Allergieën", "Geen"],
            ["Urgentie", "Binnen 4 weken"]]
    pdf.kv(rows, widths=(45, 125), grid=True, size=9, shade=colors.Color(0.92, 0.95, 0.98))
    pdf.p("Verzonden via ZorgDomein op 08-12-2025 10:44 door E.M. Verhoeven.", size=8, color=GREY)
    pdf.save()
    return label(["referral"], "2025-12-08", "gp", "nl", "Zorgdomein grid form, no salutation",
                 referral_question=True, imaging="no", operated="no", abroad="unmentioned",
                 notes="Labels and values in separate grid cells; question only under "
                       "'Vraagstelling'; 'Beeldvorming: Niet verricht' and 'Eerdere operaties: Geen' "
                       "as field values; operation mentioned as a question; referral almost a year old.")


# ----------------------------------------------------------------------------------------- 023
FAX_HDR = "26-11-2026 14:32  VAN: AMSTELLAND ORTHOPEDIE  +31 20 755 6099  AAN: 0302 456 118  P.{p}/02"
FAX_023 = FAX_HDR.format(p="01") + """

                               Ziekenhuis Amstelland
                        Orthopedie en Traumatologie
              Laan van de Helende Meesters 8, 1186 AM Amstelveen

Aan: Kliniek voor Hand- en Polschirurgie De Brug
     t.a.v. dr. R. Hazelaar, plastisch chirurg
     fax 030 - 245 6118

Amstelveen, 24 november 2026

Betreft: mw. N. (Nadia) El Amrani, geb. 18-02-1985
         Kostverlorenhof 14, 1183 HD Amstelveen

Waarde collega Hazelaar,

Graag verwijs ik mevrouw El Amrani naar u voor een tweede mening. Ik ken u van het
handchirurgisch overleg en denk dat uw expertise hier van waarde is.

Mevrouw El Amrani, 41 jaar, lerares, heeft een chronische scafolunaire dissociatie links na een
val van de trap in 2023. Op 14 april 2026 heb ik bij haar een open SL-ligamentreconstructie
volgens de 3LT-techniek (modified Brunelli) verricht in ons ziekenhuis. Het postoperatieve beloop
was aanvankelijk gunstig, maar sinds de zomer heeft zij toenemende pijn en een verminderde
beweeglijkheid (extensie 25 graden, flexie 30 graden).

Röntgenfoto's van 2 november jl. tonen een hernieuwde verwijding van de SL-afstand (4 mm) en
een beginnende DISI-stand. Een CT-scan laat geen losliggende of gebroken implantaten zien, wel
beginnende radioscafoïdale artrose.

Mijn vraag aan u: ziet u nog mogelijkheden voor een reconstructieve ingreep, of adviseert u in
deze situatie een salvage-procedure (vierhoeksartrodese of proximale rij carpectomie)? Ik zou
uw mening zeer op prijs stellen voordat ik met patiënte een keuze maak.

""" + "\f" + FAX_HDR.format(p="02") + """

mw. N. El Amrani, geb. 18-02-1985 - vervolg

Voorgeschiedenis: migraine; sectio caesarea 2015. Medicatie: sumatriptan zo nodig.
Geen allergieën. Zij rookt niet.

Het operatieverslag van 14-04-2026 en de verslagen van de beeldvorming stuur ik separaat na;
de beelden zijn via de PACS-koppeling beschikbaar gesteld.

Met collegiale groet,


dr. G.J. Rietveld
orthopedisch chirurg, Ziekenhuis Amstelland

cc: huisarts mw. I. Snel, Amstelveen; patiënte
"""


@doc("tp-023")
def tp023():
    write_txt("tp-023", FAX_023)
    return label(["referral", "correspondence"], "2026-11-24", "specialist", "nl",
                 "faxed specialist referral letter, fax header on every page, form feed",
                 referral_question=True, imaging="yes", operated="yes", abroad="unmentioned",
                 notes="Tricky: fax header send date (26-11-2026) on each page differs from the letter "
                       "date (24 november 2026); referral written by the treating orthopaedic surgeon "
                       "is both referral and specialist correspondence; caesarean section is another "
                       "body part; salvage operations only asked about.")


# ----------------------------------------------------------------------------------------- 024
@doc("tp-024")
def tp024():
    purple = colors.Color(0.35, 0.15, 0.5)

    def page(c, d):
        if d.page == 1:
            logo_square(c, 20, 274, 13, purple)
            ctext(c, 37, 284, "Spaarne Gasthuis", 14, "Helvetica-Bold", purple)
            ctext(c, 37, 279, "Chirurgie - locatie Hoofddorp", 8.5)
            ctext(c, 37, 275.5, "Spaarnepoort 1, 2134 TM Hoofddorp - 023 224 02 24", 7.5)
        else:
            ctext(c, 20, 285, "Mw. M.E. (Marit) Schouten - geb. 06-06-1992 - pat.nr. 5520931", 8,
                  "Helvetica-Bold")
            ctext(c, 190, 285, "Ontslagbrief Chirurgie (vervolg)", 8, align="right")
            hline(c, 282)
        ctext(c, 20, 10, "Afgedrukt: 03-12-2026 10:02 door SECRETARIAAT CHIR", 7, color=GREY)
        ctext(c, 190, 10, f"Pagina {d.page} van 2", 7, color=GREY, align="right")

    pdf = Pdf(DOCS / "tp-024.pdf", on_page=page, margins=(22, 22, 34, 20), size=10)
    pdf.columns("Huisartsenpraktijk Floriande\nmw. drs. P. Hendrikx, huisarts\nIslandpassage 12\n"
                "2132 GM Hoofddorp",
                "Datum: 22 juli 2026\nKenmerk: CHI/JvL/5520931\nTelefoon: 023 224 08 10",
                widths=(100, 70), size=9.5, after=8)
    pdf.p("<b>Betreft:</b> mw. M.E. Schouten, geboren 06-06-1992, Grasweg 41, 2135 BA Hoofddorp", after=8)
    pdf.h("Ontslagbrief", 12)
    pdf.kv([["Opname", "19-07-2026 (via SEH)"], ["Ontslag", "21-07-2026"],
            ["Opnamediagnose", "Acute appendicitis, niet geperforeerd"],
            ["Ingreep", "Laparoscopische appendectomie (19-07-2026)"]], widths=(35, 135), size=9.5)
    pdf.p("Geachte collega,")
    pdf.p("Uw patiënte werd via de Spoedeisende Hulp opgenomen met sinds 24 uur pijn in de rechter "
          "onderbuik, misselijkheid en koorts tot 38,4 °C. Bij onderzoek drukpijn en loslaatpijn "
          "McBurney. Laboratorium: CRP 86 mg/l, leukocyten 14,2. Echo abdomen: verdikte, niet "
          "comprimeerbare appendix (9 mm) met omgevend vetinfiltratie, geen abces.")
    pdf.p("Dezelfde avond werd een laparoscopische appendectomie verricht. Peroperatief een "
          "flegmoneuze appendix zonder perforatie. Het postoperatieve beloop was ongecompliceerd; "
          "zij mobiliseerde snel en kon op 21-07-2026 met orale pijnstilling naar huis.")
    pdf.p("Bijkomend: patiënte meldde tijdens de opname tintelingen in de rechterhand 's nachts, "
          "vooral in duim tot en met middelvinger, sinds haar zwangerschap vorig jaar. Wij adviseren "
          "u dit op korte termijn zelf te beoordelen (carpaletunnelsyndroom?).")
    pdf.h("Laboratorium", 10.5)
    pdf.table([["Bepaling", "19-07-2026", "20-07-2026", "Referentie"],
               ["CRP (mg/l)", "86", "54", "< 10"],
               ["Leukocyten (10^9/l)", "14,2", "9,8", "4,0 - 10,0"],
               ["Hemoglobine (mmol/l)", "8,1", "7,6", "7,5 - 10,0"],
               ["Kreatinine (umol/l)", "64", "-", "45 - 90"],
               ["Beta-HCG", "negatief", "-", ""]], widths=(50, 30, 30, 40), size=9, grid=False)
    pdf.br()
    pdf.h("Medicatie bij ontslag", 10.5)
    pdf.p("Paracetamol 1000 mg 4 dd zo nodig gedurende 1 week. Geen antibiotica.")
    pdf.h("Beleid", 10.5)
    pdf.p("Wondcontrole bij de huisarts over 10 dagen (hechtingen oplosbaar). De PA-uitslag volgt "
          "telefonisch. Geen standaard poliklinische controle; bij koorts of toenemende buikpijn "
          "contact opnemen met de SEH.")
    pdf.p("Met vriendelijke groet,", before=8, after=14)
    pdf.p("J. van Leeuwen, physician assistant chirurgie", after=0)
    pdf.p("supervisor: dr. H.K. Groen, chirurg", size=9)
    pdf.p("cc: patiënte", size=9)
    pdf.save()
    return label(["correspondence"], "2026-07-22", "specialist", "nl",
                 "two-page discharge letter, repeated header and footer with print date",
                 imaging="yes", operated="unmentioned", abroad="unmentioned",
                 notes="Tricky: the operation is an appendectomy (another body part), so operated is "
                       "unmentioned for the hand problem; hand complaints only as advice/question; "
                       "imaging_done yes because an abdominal ultrasound was done; footer print date "
                       "03-12-2026 on both pages is not the letter date.")


# ----------------------------------------------------------------------------------------- 025
@doc("tp-025")
def tp025():
    d = Docx(font="Arial", size=10)
    d.p("Fysiotherapie De Meerpaal", bold=True, size=13, color=(0x1F, 0x4E, 0x79), after=0)
    d.p("Kerkstraat 8 - 8501 CM Joure - 0513 41 22 90 - www.fysio-demeerpaal.example.nl", size=8,
        after=12)
    d.p("Aan: dhr. H. de Boer, huisarts, Joure", after=2)
    d.p("Datum: 08-10-2026", after=10)
    d.h("Eindverslag fysiotherapie", 12)
    d.kv([["Cliënt", "mw. A. (Anke) Postma"], ["Geboortedatum", "17-03-1970"],
          ["Verwijsdiagnose", "Epicondylitis lateralis rechts (tennisarm) met polsklachten"],
          ["Behandelperiode", "09-06-2026 t/m 29-09-2026, 11 behandelingen"]], widths_cm=(4.5, 12))
    d.p("**Beloop:** mevrouw Postma werd behandeld met excentrische oefentherapie voor de "
        "polsextensoren, ergonomisch advies (muis, toetsenbord) en een tape-/bandagetraject. "
        "Röntgenfoto's zijn niet gemaakt en waren ook niet nodig. Zij is niet geopereerd en heeft "
        "geen injecties gehad.")
    d.p("**Resultaat:** pijn (NRS) van 7 naar 3. PRTEE van 58 naar 24. Knijpkracht rechts 24 kg "
        "(links 29 kg). Werk volledig hervat.")
    d.p("**Advies:** zelfstandig doorgaan met het oefenprogramma, 3x per week. Bij terugkeer van "
        "klachten opnieuw contact.", after=10)
    d.p("Met vriendelijke groet,\n\nTjeerd Hoekstra, fysiotherapeut MSc\nBIG 59011223304")
    d.save(DOCS / "tp-025.docx")
    return label([], "2026-10-08", "other", "nl", "physiotherapy discharge report",
                 imaging="no", operated="no", abroad="unmentioned",
                 notes="Physiotherapy letter (kind none) with explicit negations: 'Röntgenfoto's zijn "
                       "niet gemaakt', 'Zij is niet geopereerd'.")


# ----------------------------------------------------------------------------------------- 026
SUM_026 = """\
HUISARTSENPRAKTIJK 'T VELD - H.W. Brinkman, huisarts
Veldweg 3, 7431 BN Diepenveen  |  0570 59 12 88  |  AGB 01-021090

MEDISCHE SAMENVATTING T.B.V. SECOND OPINION

Datum: 30 oktober 2026
Aan:   De Brug Handkliniek, Utrecht

Patiënte: mevrouw R. (Rianne) Lubbers
Geboren:  4 augustus 1993
Adres:    Zandbelterweg 9, 7431 PH Diepenveen

Actuele problematiek
Sinds februari 2026 pijn en zwelling van het MCP-2-gewricht en de pols rechts. De klachten
ontstonden tijdens een vakantie van drie weken in Thailand; zij heeft daar geen arts bezocht en is
ook niet in een ziekenhuis geweest. Sindsdien wisselende ochtendstijfheid van ongeveer een uur.

Voorgeschiedenis
- 2008  anorexia nervosa, behandeld (Accare), sindsdien stabiel
- 2016  chlamydia-infectie, behandeld
- 2021  partus (spontaan), 2024 partus (vacuümextractie)
- Zij is nooit aan hand of pols geopereerd.

Recente behandelingen en onderzoek (2026)
- 03-2026  naproxen 2 dd 500 mg, matig effect
- 04-2026  lab: BSE 28, CRP 12, reumafactor negatief, anti-CCP negatief, HLA-B27 negatief
- 05-2026  echo handen/polsen (Deventer Ziekenhuis): synovitis MCP-2 rechts en
           tenosynovitis extensoren pols rechts
- 06-2026  reumatoloog Deventer Ziekenhuis: seronegatieve oligoartritis, methotrexaat
           voorgesteld; patiënte wil geen methotrexaat vanwege kinderwens
- 07-2026  intra-articulaire injectie MCP-2 (reumatoloog), tijdelijk effect
- 09-2026  handtherapie, spalk

Medicatie
Naproxen 500 mg 2 dd zo nodig; foliumzuur 0,5 mg 1 dd.

Allergieën / intoleranties
Geen.

Sociaal
Werkt als fysiotherapeut, 24 uur per week. Getrouwd, twee kinderen.

Reden second opinion
Patiënte twijfelt aan de diagnose en vraagt zich af of er sprake is van een mechanisch
handprobleem in plaats van een reumatische aandoening. De verwijzing volgt via ZorgDomein.

H.W. Brinkman, huisarts
"""


@doc("tp-026")
def tp026():
    write_txt("tp-026", SUM_026)
    return label(["history"], "2026-10-30", "gp", "nl", "GP free-text summary for second opinion",
                 imaging="yes", operated="no", abroad="no",
                 notes="Tricky: holiday in Thailand stated explicitly without doctor or hospital "
                       "('geen arts bezocht en is ook niet in een ziekenhuis geweest'); 'nooit aan hand "
                       "of pols geopereerd'; ultrasound done; methotrexate only proposed.")


# ----------------------------------------------------------------------------------------- 027
def _p027_referral(path):
    def page(c, d):
        ctext(c, 20, 284, "Huisartsenpraktijk De Westfriese Poort", 12, "Helvetica-Bold",
              colors.Color(0.2, 0.3, 0.5))
        ctext(c, 20, 279.5, "W.P. Kok en L. Schagen, huisartsen - Maelsonstraat 5, 1624 NP Hoorn - "
              "0229 21 40 50", 7.5)
        hline(c, 276)

    pdf = Pdf(path, on_page=page, margins=(22, 22, 30, 20), size=10)
    pdf.lines("De Brug Handkliniek\nt.a.v. intake second opinion\nCatharijnesingel 120\n3511 GP Utrecht",
              after=10)
    pdf.p("Hoorn, 19-11-2026", after=8)
    pdf.p("<b>Betreft:</b> mw. C. (Carla) Schipper, geb. 27-01-1966, Dorpsstraat 91, 1689 EE Zwaag",
          after=8)
    pdf.p("Geachte collega,")
    pdf.p("Graag verwijs ik mevrouw Schipper voor een second opinion. Zij liep op 8 februari 2026 "
          "tijdens wintersport in Oostenrijk een distale radiusfractuur rechts op. Zij werd "
          "opgenomen in het Tauernklinikum in Zell am See en daar op 9 februari geopereerd "
          "(plaatosteosynthese). Na terugkeer is de nabehandeling gedaan in het Dijklander "
          "Ziekenhuis. Wegens irritatie van de pezen is op 8 september 2026 in Hoorn het "
          "osteosynthesemateriaal verwijderd.")
    pdf.p("Zij houdt een pijnlijke, stijve pols met beperkte supinatie (30°). Op de röntgenfoto "
          "van oktober is de fractuur geconsolideerd met een lichte verkorting van de radius.")
    pdf.p("<b>Vraagstelling:</b> wat is de oorzaak van de beperkte supinatie (DRUG-probleem? "
          "ulnaire impactie?) en is er een behandeloptie, bijvoorbeeld een ulnaverkortende osteotomie?")
    pdf.p("In verband met de opname in Oostenrijk is een MRSA-screening verricht (uitslag bijgevoegd, "
          "negatief). Het Oostenrijkse operatieverslag is in het Duits en volgt na ontvangst.")
    pdf.p("Bijlagen: operatieverslag Dijklander 08-09-2026; uitslag MRSA-screening.", size=9)
    pdf.p("Met vriendelijke groet,", before=6, after=12)
    pdf.p("W.P. Kok, huisarts")
    pdf.save()


def _p027_opverslag(path):
    d = Docx(font="Arial", size=9.5)
    d.header("Dijklander Ziekenhuis - locatie Hoorn - Maelsonstraat 3, 1624 NP Hoorn", size=7.5)
    d.p("OK-VERSLAG", bold=True, size=14, after=6)
    d.kv([["Patiënt", "Schipper, C. - 27-01-1966 - 4471920"],
          ["Datum operatie", "08-09-2026"],
          ["Specialisme", "Orthopedie"],
          ["Operateur", "drs. Y. Bennani, orthopedisch chirurg"],
          ["Assistent", "K. Tol, physician assistant"],
          ["Anesthesie", "Plexus axillaris + bloedleegte"],
          ["Indicatie", "Tendinitis van de flexoren door volaire plaat distale radius rechts "
                        "(aangebracht 02-2026 in Oostenrijk), fractuur geconsolideerd"],
          ["Verrichting", "Verwijderen osteosynthesemateriaal distale radius rechts (volaire plaat, "
                          "8 schroeven), tenolyse FPL"]], widths_cm=(3.5, 13))
    d.p("**Beschrijving:** incisie via het oude litteken. Vrijleggen van de plaat; de FPL-pees is "
        "gerafeld over de distale rand van de plaat, niet geruptureerd. Verwijderen van alle "
        "schroeven en de plaat zonder problemen. Tenolyse van de FPL. Spoelen. Pronator quadratus "
        "deels hersteld. Sluiten in lagen, huid met Monocryl 4-0 intracutaan.")
    d.p("**Complicaties:** geen.\n**Nabehandeling:** drukverband 3 dagen, daarna vrij bewegen. "
        "Controle poli over 2 weken.")
    d.p("Getekend: drs. Y. Bennani, 08-09-2026", size=8.5)
    d.save(path.with_suffix(".docx"))
    if not docx_to_pdf(path.with_suffix(".docx"), path):
        raise RuntimeError("LibreOffice conversion failed for tp-027 part 2")


def _p027_mrsa(path):
    def page(c, d):
        ctext(c, 20, 285, "Microbiologisch Laboratorium Noord-Holland Noord", 11, "Helvetica-Bold")
        ctext(c, 20, 280.5, "Wilhelminalaan 12, 1815 JD Alkmaar", 7.5)
        hline(c, 277)

    pdf = Pdf(path, on_page=page, margins=(20, 20, 28, 20), size=9)
    pdf.table([["Patiënt", "Geb.datum", "Aanvrager", "Labnr"],
               ["Schipper, C.", "27-01-1966", "Kok, W.P. (huisarts, Hoorn)", "MB26-77310"]],
              widths=(40, 30, 65, 35), size=9, grid=True)
    pdf.table([["Afgenomen", "Ontvangen", "Eindverslag"],
               ["12-11-2026", "13-11-2026", "16-11-2026"]], widths=(40, 40, 40), size=9, grid=True)
    pdf.p("<b>Bepaling: MRSA-screening (kweek)</b>")
    pdf.table([["Materiaal", "Uitslag"], ["Neus", "Geen MRSA gekweekt"],
               ["Keel", "Geen MRSA gekweekt"], ["Perineum", "Geen MRSA gekweekt"]],
              widths=(40, 80), size=9, grid=False)
    pdf.p("Geautoriseerd: A. Vlaming, arts-microbioloog")
    pdf.save()


@doc("tp-027")
def tp027():
    BUILD.mkdir(parents=True, exist_ok=True)
    parts = [BUILD / "tp-027-1.pdf", BUILD / "tp-027-2.pdf", BUILD / "tp-027-3.pdf"]
    _p027_referral(parts[0])
    _p027_opverslag(parts[1])
    _p027_mrsa(parts[2])
    merge_pdfs(parts, DOCS / "tp-027.pdf")
    return label(["referral", "operation-report", "mrsa-screening"], "2026-11-19", "gp", "nl",
                 "merged PDF (bijlagen): GP referral + OK-verslag (LibreOffice) + MRSA table",
                 also_dates=["2026-09-08", "2026-11-16"], referral_question=True,
                 imaging="yes", operated="yes", abroad="yes",
                 notes="Merged file; top-level date is the referral (first part). Admission and "
                       "operation in Austria (Zell am See) named in the referral; Dutch hardware "
                       "removal report; MRSA lab table with three dates (sample 12-11, report 16-11).",
                 parts=[part(["referral"], "2026-11-19", "gp"),
                        part(["operation-report"], "2026-09-08", "specialist"),
                        part(["mrsa-screening"], "2026-11-16", "lab")])


# ----------------------------------------------------------------------------------------- 028
@doc("tp-028")
def tp028():
    d = Docx(font="Calibri", size=10)
    d.table([["AZ Groeninge\nPresident Kennedylaan 4, 8500 Kortrijk\nTel. +32 56 63 63 63",
              "Dienst Plastische, Reconstructieve\nen Esthetische Heelkunde\nHandchirurgie"]],
            widths_cm=(9, 8), header=False, grid=False, size=9)
    d.h("OPERATIEVERSLAG", 13)
    d.kv([["Patiënt", "VAN DAMME Jolien  ° 23/09/1988"],
          ["Adres", "Kanaalweg 5, 4565 AH Kapellebrug (Nederland)"],
          ["Datum ingreep", "07/05/2026"],
          ["Chirurg", "dr. F. Verstraete"],
          ["Assistent", "dr. E. Claeys (ASO)"],
          ["Anesthesie", "Loco-regionaal (plexus axillaris), dr. M. Desmet"],
          ["Diagnose", "Dorsaal polsganglion links, recidief na aspiratie"],
          ["Ingreep", "Excisie dorsaal ganglion pols links met debridement steel (nomenclatuur 241473)"]],
         widths_cm=(3.5, 13))
    d.p("**Verloop:** patiënte in rugligging, arm op armtafel, tourniquet bovenarm 250 mmHg. "
        "Transversale incisie dorsaal over de pols. Extensor retinaculum tussen 3de en 4de loge "
        "geopend. Het ganglion wordt in toto vrijgelegd tot aan de steel op het scafolunaire "
        "ligament. Excisie met een klein deel van het dorsale kapsel; het ligament blijft intact. "
        "Spoeling, hemostase. Sluiten van het retinaculum, huid intracutaan met Monocryl 4/0. "
        "Steri-strips, drukverband, volaire spalk.")
    d.p("**Complicaties:** geen.\n**Anatomopathologie:** aangevraagd.\n"
        "**Postoperatief:** spalk 1 week, daarna actieve mobilisatie. Controle op de raadpleging "
        "na 2 weken.")
    d.p("Kortrijk, 07/05/2026 - dr. F. Verstraete, plastisch chirurg", size=9)
    d.save(DOCS / "tp-028.docx")
    return label(["operation-report"], "2026-05-07", "specialist", "nl",
                 "Belgian operation report (° birth date, nomenclature code)",
                 imaging="unmentioned", operated="yes", abroad="yes",
                 notes="Operation in Belgium (AZ Groeninge, Kortrijk) on a patient living in the "
                       "Netherlands: written by a foreign hospital that treated her; Flemish terms "
                       "(raadpleging, ASO, anatomopathologie); dates dd/mm/yyyy.")


# ----------------------------------------------------------------------------------------- 029
MRSA_029 = """\
LABORATORIUM MEDISCHE MICROBIOLOGIE - RIJNSTATE / GELDERSE VALLEI (regiolab)
Postbus 9555, 6800 TA Arnhem                              Telefoon 088 005 88 88

UITSLAG MICROBIOLOGIE - DEFINITIEF
================================================================================
Aanvrager     : J.M. van Ommen, huisarts, Huissen
Patiënt       : G. (Gerrit) Hendriksen            Geboortedatum : 20-10-1962
Labnummer     : 2611-03384                        Uw referentie : -
Afname        : 30-11-2026 09:10                  Ontvangst     : 30-11-2026 13:45
Uitslagdatum  : 03-12-2026
Klinische info: screening voor poliklinische beoordeling handchirurgie;
                werkzaam in de varkenshouderij (risicocategorie); geen opname
                in een buitenlands ziekenhuis in de afgelopen 2 maanden.
================================================================================
Materiaal       Onderzoek                 Uitslag
--------------------------------------------------------------------------------
Neus            MRSA-kweek selectief      MRSA AANGETOOND
Keel            MRSA-kweek selectief      Geen MRSA gekweekt
Perineum        MRSA-kweek selectief      Geen MRSA gekweekt
--------------------------------------------------------------------------------
Typering        MRSA, spa-type t011 (MC398, veegerelateerd)
Gevoeligheid    Cotrimoxazol S   Doxycycline R   Clindamycine S   Mupirocine S
                Rifampicine S    Vancomycine S

Commentaar: Patiënt is drager van veegerelateerde MRSA (MC398). Zie NHG-/SWAB-richtlijn
voor dekolonisatie. Bij verwijzing naar het ziekenhuis graag vooraf melden.
Uitslag is telefonisch doorgegeven aan de praktijk op 03-12-2026.

Gevalideerd door: dr. L.E. Nijenhuis, arts-microbioloog
"""


@doc("tp-029")
def tp029():
    write_txt("tp-029", MRSA_029)
    return label(["mrsa-screening"], "2026-12-03", "lab", "nl", "lab system text export, positive MRSA",
                 also_dates=["2026-11-30"], imaging="unmentioned", operated="unmentioned",
                 abroad="no",
                 notes="Tricky: MRSA result is positive (still an MRSA screening document); screening "
                       "reason is pig farming, and the clinical info says there was no admission in a "
                       "foreign hospital ('geen opname in een buitenlands ziekenhuis').")


# ----------------------------------------------------------------------------------------- 030
@doc("tp-030")
def tp030():
    def page(c, d):
        logo_bars(c, 20, 277, colors.Color(0.2, 0.45, 0.75))
        ctext(c, 34, 286, "Klinisch Chemisch Laboratorium - Atalmedial", 11, "Helvetica-Bold")
        ctext(c, 34, 281.5, "Huisartsenlaboratorium regio Amsterdam - Spaklerweg 20, 1096 BA Amsterdam",
              7.5)
        hline(c, 273)
        ctext(c, 20, 10, "Referentiewaarden gelden voor volwassenen. * = buiten referentiewaarden.", 7,
              color=GREY)

    pdf = Pdf(DOCS / "tp-030.pdf", on_page=page, margins=(20, 20, 32, 20), size=9)
    pdf.columns("Patiënt: dhr. L.F. (Luuk) Smits\nGeboren: 15-05-1971\nPatiënt-ID: AM-9904127",
                "Aanvrager: B. Yilmaz, huisarts\nAfname: 13-10-2026 08:32\nRapportdatum: 14-10-2026",
                widths=(85, 85), size=9)
    pdf.h("UITSLAGEN", 10.5)
    pdf.table([["Bepaling", "Uitslag", "Eenheid", "Referentie"],
               ["BSE", "24 *", "mm/uur", "< 15"],
               ["CRP", "11 *", "mg/l", "< 10"],
               ["Reumafactor (IgM)", "< 10", "IU/ml", "< 15"],
               ["Anti-CCP", "neg", "", "neg"],
               ["Urinezuur", "0,51 *", "mmol/l", "0,20 - 0,42"],
               ["Glucose nuchter", "5,6", "mmol/l", "4,0 - 6,0"],
               ["TSH", "2,1", "mU/l", "0,4 - 4,0"]],
              widths=(55, 30, 30, 40), size=9, zebra=True)
    pdf.p("Commentaar: verhoogd urinezuur; in combinatie met kliniek (monoartritis pols?) "
          "past dit mogelijk bij jicht. Kristalonderzoek van gewrichtsvocht is bewijzend.", size=8.5)
    pdf.save()
    return label([], "2026-10-14", "lab", "nl", "other lab result (chemistry), table",
                 also_dates=["2026-10-13"],
                 notes="Tricky: laboratory letterhead and table like an MRSA result, but it is blood "
                       "chemistry (kind none).")


# ----------------------------------------------------------------------------------------- 031
@doc("tp-031")
def tp031():
    d = Docx(font="Arial", size=10)
    d.header("Ziekenhuis Gelderse Vallei  -  Neurologie en Klinische Neurofysiologie", size=8)
    d.footer("Willy Brandtlaan 10, 6716 RP Ede  -  www.geldersevallei.nl", size=7.5)
    d.p("Ziekenhuis Gelderse Vallei", bold=True, size=14, color=(0x00, 0x73, 0x4C), after=0)
    d.p("Afdeling Neurologie", size=10, after=12)
    d.p("Aan de weledelgeleerde heer M. Jongerius\nhuisarts\nStationsweg 12\n6711 PN Ede", after=10)
    d.p("Ede, 19 augustus 2026\nOns kenmerk: NEU/KvD/30219877", after=8)
    d.p("**Betreft:** mevrouw C.M. (Corrie) van den Hoven, geboren 12-12-1948", after=8)
    d.p("Geachte collega,")
    d.p("Op 17 augustus zag ik uw patiënte op het neurologisch spreekuur wegens tintelingen in "
        "beide handen, rechts meer dan links, vooral 's nachts en bij fietsen.")
    d.p("**Neurologisch onderzoek:** hypesthesie digit 1-3 rechts, Tinel en Phalen rechts positief. "
        "Geen thenaratrofie. Kracht m. abductor pollicis brevis rechts MRC 5-. Reflexen symmetrisch.")
    d.p("**EMG (17-08-2026):** matig-ernstig carpaletunnelsyndroom rechts (distale motorische "
        "latentie 5,8 ms, sensibele geleidingssnelheid vertraagd), licht carpaletunnelsyndroom links. "
        "Geen aanwijzingen voor een cervicale radiculopathie of polyneuropathie. Er is geen "
        "beeldvorming gedaan; een echo van de n. medianus achten wij niet nodig.")
    d.p("**Conclusie:** bilateraal carpaletunnelsyndroom, rechts matig-ernstig.")
    d.p("**Beleid:** patiënte is niet eerder aan de handen geopereerd. Ik adviseer voor rechts "
        "verwijzing naar de plastisch chirurg voor een carpaletunnelrelease; links voorlopig een "
        "nachtspalk. Patiënte wil liever een handkliniek; dat kunt u met haar bespreken.", after=10)
    d.p("Met vriendelijke groet,", after=16)
    d.p("dr. K. van Dam, neuroloog")
    d.p("cc: patiënte", size=8.5)
    d.save(DOCS / "tp-031.docx")
    return label(["correspondence"], "2026-08-19", "specialist", "nl",
                 "neurology outpatient letter (EMG)",
                 imaging="no", operated="no", abroad="unmentioned",
                 notes="EMG is not imaging and 'Er is geen beeldvorming gedaan'; 'niet eerder aan de "
                       "handen geopereerd'; release only advised.")


# ----------------------------------------------------------------------------------------- 032
@doc("tp-032")
def tp032():
    def page(c, d):
        ctext(c, 20, 285, "Jeroen Bosch Ziekenhuis", 13, "Helvetica-Bold", colors.Color(0.0, 0.3, 0.55))
        ctext(c, 20, 280.5, "Medische Beeldvorming | Henri Dunantstraat 1, 5223 GZ 's-Hertogenbosch", 7.5)
        ctext(c, 190, 285, "RADIOLOGISCH ONDERZOEK", 10, "Helvetica-Bold", align="right")
        hline(c, 277, width=1.2, color=colors.Color(0.0, 0.3, 0.55))
        ctext(c, 20, 10, "JBZ - Medische Beeldvorming - verslag definitief", 7, color=GREY)

    pdf = Pdf(DOCS / "tp-032.pdf", on_page=page, margins=(20, 20, 30, 20), size=9.5)
    pdf.kv([["Naam", "Dhr. T.W. (Thijs) van Kempen"],
            ["Geb. datum", "19-03-2000"],
            ["Aanvragend arts", "dr. A. Cornelissen, plastisch chirurg - Plastische chirurgie"],
            ["Onderzoek", "CT pols links (scaphoidprotocol), multiplanaire reconstructies"],
            ["Datum", "22-10-2026"],
            ["Klinische gegevens", "St. na schroeffixatie scaphoid links (03-2026). Persisterende pijn "
                                   "tabatière. Consolidatie?"]], widths=(40, 130), size=9.5)
    pdf.kv([["Verslag", "Vergelijking met conventionele opnamen van 14-09-2026. Status na "
                        "percutane fixatie van het os scaphoideum links met een kopeloze "
                        "compressieschroef. De schroef ligt centraal in de proximale pool en "
                        "steekt niet uit in het radioscaphoïdale gewricht. Rondom de schroef in "
                        "de taille een lucente zoom van 1-2 mm. Persisterende fractuurspleet over "
                        "ongeveer 70% van het oppervlak zonder overbruggende trabekels. Geen "
                        "avasculaire necrose op CT-criteria (geen sclerose proximale pool). Geen "
                        "humpback-deformiteit. Beginnende cysteuze veranderingen in het "
                        "fractuurgebied. Overige carpalia intact."],
            ["Conclusie", "Non-union van de scaphoidtaille links ondanks schroeffixatie, met "
                          "loslating rondom de schroef. Geen aanwijzing voor AVN op CT."]],
           widths=(40, 130), size=9.5)
    pdf.p("R.L. de Bruijn, radioloog - 22-10-2026 16:07", size=9, before=4)
    pdf.save()
    return label(["imaging-report"], "2026-10-22", "radiologist", "nl",
                 "CT report, label column layout",
                 imaging="yes", operated="yes", abroad="unmentioned",
                 notes="Tricky: the earlier operation (screw fixation) appears only in the radiology "
                       "text ('Status na percutane fixatie'); the findings and conclusion sit in a "
                       "two-column label/value layout; exam date equals report date.")


# ----------------------------------------------------------------------------------------- 033
ZD_033 = """\
ZorgDomein - Verwijsbrief
Product: Second opinion handchirurgie
Verwijsdatum: 12 mrt. 2026
ZorgDomein-nummer: ZD74420981

Verwijzer:      H.A. Veenstra, huisarts
Praktijk:       Huisartsenpraktijk Heemskerk-Noord, Maerelaan 2, 1961 KA Heemskerk
AGB:            01-049910
Ontvanger:      De Brug Handkliniek, Utrecht - handchirurgie

Patiënt:        dhr. P. (Pieter) Kramer
Geboortedatum:  22-09-1970
BSN:            1620.55.381
Adres:          Rijksweg 66, 1962 AH Heemskerk
Verzekeraar:    Zilveren Kruis

Reden van verwijzing:
Persisterende pijn en bewegingsbeperking linkerpols na een distale radiusfractuur (val van
ladder, maart 2024) die destijds in het Rode Kruis Ziekenhuis Beverwijk operatief is behandeld
met een volaire plaat (ORIF, 14-03-2024). De plaat is in 2025 verwijderd in hetzelfde ziekenhuis.
Sindsdien pijn aan de ulnaire zijde, vooral bij draaien, en verminderde knijpkracht.

Vraagstelling:
Graag uw second opinion over de oorzaak van de ulnaire polspijn (ulnaire impactie? TFCC?) en de
behandelmogelijkheden. De behandelend orthopeed ziet geen verdere opties.

Relevante voorgeschiedenis:
- 2024 distale radiusfractuur links, ORIF (RKZ Beverwijk)
- 2025 verwijderen osteosynthesemateriaal links (RKZ Beverwijk)
- Hypertensie sinds 2018
- Knie-artroscopie rechts 2012 (meniscus)

Recente behandelingen:
- 09-2025 tot 12-2025: handtherapie, 12 behandelingen
- 11-2025: röntgenfoto pols links: positieve ulnaire variantie +3 mm
- 01-2026: MRI pols links (RKZ): degeneratieve TFCC-laesie, chondromalacie lunatum
- 02-2026: injectie ulnocarpaal (orthopeed), kortdurend effect

Medicatie:      Losartan 50 mg 1 dd; paracetamol zo nodig
Allergieën:     Geen
Bijlagen:       Brief orthopedie RKZ 20-02-2026; MRI-verslag 15-01-2026
"""


@doc("tp-033")
def tp033():
    write_txt("tp-033", ZD_033)
    return label(["referral", "history"], "2026-03-12", "gp", "nl",
                 "Zorgdomein referral exported as plain text",
                 referral_question=True, imaging="yes", operated="yes", abroad="unmentioned",
                 notes="Plain-text Zorgdomein export; date as '12 mrt. 2026' (abbreviated month); "
                       "history section with recent treatments makes it also 'history' but it is "
                       "older than six months on 2026-12-05; knee arthroscopy is another body part.")


# ----------------------------------------------------------------------------------------- 034
@doc("tp-034")
def tp034():
    d = Docx(font="Arial", size=9.5)
    d.table([["Zorgverzekeraar Kustzorg\nAfdeling Zorgadvies & Machtigingen\nPostbus 2300, 2002 CH Haarlem",
              "AANVRAAGFORMULIER\nMachtiging medisch-specialistische zorg\nformulier MSZ-07 (versie 2026)"]],
            widths_cm=(8.5, 8.5), header=True, grid=False, size=9)
    d.p("Vul dit formulier volledig in. Uw behandelaar of huisarts vult deel B in.", italic=True, size=8.5)
    d.p("**Deel A - Gegevens verzekerde**")
    d.kv([["Naam verzekerde", "mw. I. (Iris) Brouwer"], ["Geboortedatum", "02-05-1984"],
          ["Relatienummer", "K-55021847"], ["Adres", "Westerstraat 18, 1601 AL Enkhuizen"]],
         widths_cm=(5.5, 11))
    d.p("**Deel B - Medische gegevens (in te vullen door verwijzer)**")
    d.kv([["Soort zorg", "Second opinion handchirurgie (niet-gecontracteerde zorgaanbieder)"],
          ["Zorgaanbieder", "De Brug Handkliniek, Utrecht"],
          ["Diagnose", "Chronische polspijn rechts, mogelijk SL-letsel"],
          ["Beeldvorming verricht?", "☒ ja   ☐ nee     zo ja: MRI pols rechts, 06-2026"],
          ["Eerder geopereerd aan deze aandoening?", "☐ ja   ☒ nee"],
          ["Behandeld in het buitenland?", "☐ ja   ☒ nee"],
          ["Verwijzer", "C. de Graaf, huisarts, Enkhuizen - AGB 01-033871"]],
         widths_cm=(5.5, 11))
    d.p("**Deel C - Ondertekening**")
    d.kv([["Datum", "22-11-2026"], ["Handtekening verzekerde", "(getekend) I. Brouwer"],
          ["Handtekening verwijzer", "(getekend) C. de Graaf"]], widths_cm=(5.5, 11))
    d.p("Stuur het formulier naar machtigingen@kustzorg.example.nl. U ontvangt binnen 10 werkdagen "
        "bericht.", size=8)
    d.save(DOCS / "tp-034.docx")
    return label([], "2026-11-22", "other", "nl", "insurer authorisation form, checkboxes in table",
                 imaging="yes", operated="no", abroad="no",
                 notes="Tricky: the facts sit only in checkbox cells ('☒ ja ☐ nee'); the insurer form "
                       "is not a referral although a GP fills part of it.")


# ----------------------------------------------------------------------------------------- 035
@doc("tp-035")
def tp035():
    d = Docx(font="Arial", size=9.5, margins_cm=(2.0, 2.0, 1.5, 1.5))
    d.header("Tergooi MC  -  Spoedeisende Hulp  -  Laan van Tergooi 2, 1212 VG Hilversum", size=7.5)
    d.footer("SEH Tergooi MC - 088 753 10 00 - brief automatisch gegenereerd, niet ondertekend")
    d.p("Tergooi MC", bold=True, size=16, color=(0xC8, 0x10, 0x2E), after=0)
    d.p("Spoedeisende Hulp", size=10, after=10)
    d.kv([["Aan", "Huisartsenpraktijk Kerkelanden, dr. S. Overmars, Hilversum"],
          ["Datum", "11-08-2026"],
          ["Patiënt", "Dhr. D.J. (Daan) Vos, geb. 14-11-2008"],
          ["SEH-bezoek", "10-08-2026 19:22 - 21:05"]], widths_cm=(3.2, 13.5), grid=False)
    d.p("Geachte collega,", after=4)
    d.p("Uw patiënt bezocht op 10-08-2026 onze Spoedeisende Hulp.")
    d.p("**Anamnese:** 17-jarige jongen, twee dagen geleden tijdens een vakantie in Portugal (Algarve) "
        "met skateboard gevallen op de uitgestrekte rechterhand. Ter plaatse geen medische zorg "
        "gezocht; hij is vandaag teruggereisd en komt nu wegens aanhoudende pijn. Rechtshandig.")
    d.p("**Onderzoek:** zwelling en drukpijn in de tabatière anatomique rechts, pijn bij axiale "
        "compressie van de duim. Sensibiliteit en circulatie intact.")
    d.p("**Aanvullend:** X-pols rechts met scaphoidserie: niet-gedisloceerde fractuur van de "
        "taille van het os scaphoideum.")
    d.p("**Conclusie:** niet-gedisloceerde scaphoidfractuur rechts.")
    d.p("**Behandeling/beleid:** onderarmgips met duimsegment. Gipscontrole en röntgenfoto over "
        "2 weken op de fractuurpolikliniek. Bij non-union zal een operatie besproken worden.",
        after=8)
    d.p("Met vriendelijke groet,", after=12)
    d.p("drs. M. Kool, SEH-arts KNMG")
    src = BUILD / "tp-035.docx"
    BUILD.mkdir(parents=True, exist_ok=True)
    d.save(src)
    if not docx_to_pdf(src, DOCS / "tp-035.pdf"):
        raise RuntimeError("LibreOffice conversion failed for tp-035")
    return label(["correspondence"], "2026-08-11", "specialist", "nl",
                 "emergency department letter (DOCX converted by LibreOffice)",
                 imaging="yes", operated="unmentioned", abroad="no",
                 notes="Tricky: accident abroad (Portugal) but no care there ('Ter plaatse geen medische "
                       "zorg gezocht'); care in the Netherlands; operation only a conditional plan; "
                       "visit date differs from letter date.")
