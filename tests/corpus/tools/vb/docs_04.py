# -*- coding: utf-8 -*-
"""vb-049 .. vb-064"""
import io

from reportlab.lib import colors
from reportlab.lib.units import mm

import docxkit as dx
from common import L, doc, out, part, write_txt
from pdfkit import (A4, P, Spacer, build_pdf, grid_table, inline_sections, kv_table, logo_box, merge_pdfs,
                    pagenum, paras, sections, styles, text_lines)

W, H = A4


# ------------------------------------------------------------------------------------------- vb-049
@doc("vb-049")
def d049(stem):
    d = dx.new("Cambria", 11, margins=(25, 25, 25, 25), title="Anfrage Zweitmeinung", author="Sabine Hoffmann")
    dx.para(d, "Sabine Hoffmann\nGroesbeekseweg 214\n6524 DK Nijmegen\nTel. 06 - 3390 1245\n"
               "sabine.hoffmann@post.example.de", size=10, after=16)
    dx.para(d, "Handkliniek Maas en Waal\nSecretariaat Second Opinion\nSint Annastraat 300\n6525 HG Nijmegen", after=16)
    dx.para(d, "Nijmegen, 19. November 2026", align="right", after=14)
    dx.para(d, "Anfrage einer Zweitmeinung - rechte Hand (Mittelfinger)", bold=True, after=10)
    dx.para(d, "Sehr geehrte Damen und Herren,", after=8)
    for t in [
        "ich wende mich an Sie, weil ich gerne eine Zweitmeinung zu meiner rechten Hand einholen möchte. Ich bin "
        "Deutsche, wohne aber seit 2019 in Nijmegen und arbeite in Kleve. Leider spreche ich noch nicht gut genug "
        "Niederländisch für ein Arztgespräch, deshalb schreibe ich auf Deutsch; Englisch ist auch möglich.",
        "Im März 2026 wurde ich im Klinikum Niederrhein-Nord in Wesel an einem schnellenden Finger (Mittelfinger rechts) "
        "operiert (Ringbandspaltung, ambulant). Seitdem ist der Finger geschwollen und ich kann keine Faust machen. Die "
        "Ärzte in Wesel sagen, ich solle weiter Handtherapie machen und abwarten. Ein MRT wurde nicht gemacht, nur im "
        "Juli ein Ultraschall, bei dem eine Verklebung der Sehne vermutet wurde.",
        "Meine Hausärztin hier in Nijmegen (Frau Dr. Verbeek) schickt Ihnen die Überweisung separat zu. Anbei sende "
        "ich Ihnen Kopien des OP-Berichts, des Arztbriefes aus Wesel und des Ultraschallbefundes.",
        "Für eine baldige Rückmeldung wäre ich Ihnen sehr dankbar.",
    ]:
        dx.para(d, t, after=8, align="justify")
    dx.para(d, "Mit freundlichen Grüßen", after=24)
    dx.para(d, "Sabine Hoffmann\n(geb. 30.10.1983)", after=14)
    dx.para(d, "Anlagen: OP-Bericht (03/2026), Arztbrief Klinikum Niederrhein-Nord, Sonographiebefund (07/2026)", size=9)
    d.save(out(stem, "docx"))
    return L([], "2026-11-19", "patient", "de", "patient's own letter asking for a second opinion (Word)",
             "yes", "yes", "yes",
             "Patient letter: not a referral (GP referral to follow). Operation at a German hospital; ultrasound "
             "done, 'Ein MRT wurde nicht gemacht'. Enclosures only mentioned. Birth date under the signature.")


# ------------------------------------------------------------------------------------------- vb-050
@doc("vb-050")
def d050(stem):
    st = styles("Helvetica", 9.5)
    nhs = colors.HexColor("#005eb8")

    def first(c, d):
        text_lines(c, 20 * mm, H - 17 * mm, [("Calderbrook Hospitals", "Helvetica-Bold")], size=14, color=nhs)
        text_lines(c, 20 * mm, H - 22 * mm, ["NHS Foundation Trust"], size=9, color=nhs)
        logo_box(c, W - 38 * mm, H - 22 * mm, 18 * mm, 8 * mm, "NHS", nhs, size=12, radius=0)
        text_lines(c, 20 * mm, H - 30 * mm, [("Department of Clinical Radiology", "Helvetica-Bold"),
                                             "Calderbrook General Hospital, Halifax Road, Calderbrook HX9 4QT"], size=8)
        text_lines(c, 20 * mm, 10 * mm, ["Printed from CRIS 27/08/2026 14:51. This report has been verified."], size=6.5,
                   color=colors.grey)

    rows = [["Patient name", "ASHWORTH, Thomas", "NHS number", "999 412 3378"],
            ["Date of birth", "17/03/1974", "Hospital no", "CG7714203"],
            ["Referrer", "Mr R. Penhaligon, Hand & Wrist (T&O)", "Location", "Outpatients"],
            ["Examination", "MR ARTHROGRAM WRIST LT", "Exam date", "12/08/2026"],
            ["Accession", "CGH26MR044718", "Reported", "14/08/2026"]]
    story = [Spacer(1, 2), kv_table(rows, st, [28 * mm, 62 * mm, 26 * mm, 54 * mm], grid=colors.HexColor("#c5d5ea"),
                                    label_bg=colors.HexColor("#e8f0fa"), label_style="smallbold", value_style="small"),
             Spacer(1, 8)]
    story += sections([
        ("Clinical details", "Rugby injury Jan 2026. Persistent dorsal wrist pain, positive Watson test. SL gap on "
                             "clenched fist view. ?SL ligament tear ?other."),
        ("Technique", "Fluoroscopically guided radiocarpal injection of dilute gadolinium (4 ml), followed by 3T MR imaging "
                      "(coronal T1 FS, PD FS, 3D, axial and sagittal sequences)."),
        ("Findings",
         "Contrast passes from the radiocarpal into the midcarpal joint through the scapholunate interval. The dorsal, "
         "membranous and volar components of the scapholunate ligament are all disrupted, with a scapholunate interval "
         "of 4 mm. No dorsal intercalated segment instability: scapholunate angle 62 degrees, capitolunate angle 8 degrees. "
         "The lunotriquetral ligament is intact. The TFCC is intact with no communication with the DRUJ. Articular "
         "cartilage of the radioscaphoid and capitolunate articulations is preserved. No bone marrow oedema. No ganglion."),
        ("Conclusion",
         "Complete tear of the scapholunate ligament (all three components) without DISI and without secondary "
         "degenerative change."),
    ], st, gap=3)
    story += [Spacer(1, 10), P("Reported by: Dr S. Raghavan FRCR, Consultant Musculoskeletal Radiologist", st["body"]),
              P("Verified 14/08/2026 09:12", st["small"])]
    build_pdf(out(stem, "pdf"), story, tm_first=40 * mm, first=first, meta={"title": "Radiology report"})
    return L(["imaging-report"], "2026-08-14", "radiologist", "en", "UK NHS radiology report (CRIS print), 4-column grid",
             "yes", "unmentioned", "yes",
             "Imaging performed at a UK hospital (care abroad). Exam 12/08, reported 14/08, printed 27/08. DD/MM dates.",
             also=["2026-08-12"])


# ------------------------------------------------------------------------------------------- vb-051
@doc("vb-051")
def d051(stem):
    d = dx.new("Arial", 9.5, margins=(20, 20, 32, 20), title="Operatieverslag", author="AZ Kempenland")
    sec = d.sections[0]
    ht = sec.header.add_table(rows=1, cols=2, width=dx.Mm(170))
    dx.cell_text(ht.cell(0, 0), "AZ Kempenland", bold=True, size=14, color="7B2D26")
    dx.add_text(ht.cell(0, 0).add_paragraph(), "campus Geel  ·  Dienst Plastische, Reconstructieve en Esthetische "
                                               "Heelkunde", size=8, color="7B2D26")
    dx.cell_text(ht.cell(0, 1), "J.B. Stessensstraat 12, 2440 Geel\ntel. +32 14 57 60 00", size=8, align="right")
    dx.clear(sec.header)
    dx.page_field_par(sec.footer, "Operatieverslag - Verbruggen Kevin - blz. {PAGE}/{NUMPAGES}", align="right", size=7)
    dx.para(d, "OPERATIEVERSLAG", bold=True, size=13, after=6)
    dx.table(d, [["Patiënt", "VERBRUGGEN Kevin", "Geboortedatum", "°12/02/1985"],
                 ["Adres", "Nieuwstraat 9, 5111 CW Baarle-Nassau (NL)", "Dossiernr.", "1422093"],
                 ["Datum ingreep", "08/09/2026", "Opname", "Dagziekenhuis"],
                 ["Chirurg", "dr. An Goossens", "Assistent", "dr. Thomas Wouters (ASO)"],
                 ["Anesthesie", "IV-regionale anesthesie (Bier-blok)", "Anesthesist", "dr. K. Lenaerts"]],
             [28, 62, 28, 52], bold_cols=(0, 2), size=9, label_shade="F3E9E8")
    dx.para(d, "")
    blocks = [
        ("Preoperatieve diagnose", "Carpaal tunnelsyndroom links (EMG bevestigd 06/2026) en tendovaginitis stenosans "
                                   "(trigger) duim links."),
        ("Ingreep", "Open carpale tunnel release links en A1-pulley release duim links. Nomenclatuur RIZIV 294253 + "
                    "294090."),
        ("Verloop",
         "Patiënt in ruglig, arm op armtafel, tourniquet bovenarm opgeblazen tot 250 mmHg voor het Bier-blok. Ontsmetting "
         "en steriele afdekking. Incisie van 3 cm in de lijn van de radiale rand van de vierde straal, proximaal van de "
         "lijn van Kaplan. Doorsnijden van de palmaire fascie. Identificatie van het ligamentum carpi transversum, dat "
         "onder zicht volledig wordt doorgenomen van distaal naar proximaal, met bescherming van de n. medianus. De "
         "zenuw is proximaal duidelijk vernauwd en hyperemisch; de motorische tak is vrij. Geen tenosynovitis van de "
         "flexoren. Daarna transversale incisie ter hoogte van de MCP-plooi van de duim, identificatie van de A1-pulley "
         "met bescherming van de radiale digitale zenuw, volledige klieving. Controle: vrije glijbeweging van de FPL "
         "zonder triggering. Hemostase na loslaten van de tourniquet. Huidsluiting met Ethilon 4/0. Drukverband."),
        ("Complicaties", "Geen."),
        ("Postoperatief beleid",
         "Verband 48 uur laten zitten, daarna kleine pleister. Hand hoog houden en vingers bewegen. Hechtingen verwijderen "
         "na 12 dagen door de huisarts. Kiné/ergo enkel indien stijfheid. Controle raadpleging na 6 weken. Werkonbekwaam "
         "3 weken (magazijnier)."),
    ]
    for h, t in blocks:
        dx.section_block(d, h, t, size=9.5, after=3)
    dx.para(d, "")
    dx.para(d, "dr. An Goossens, plastisch chirurg  -  RIZIV 1-55072-21-310", after=0)
    dx.para(d, "Verslag gedicteerd 08/09/2026, gevalideerd 09/09/2026", size=8, italic=True)
    dx.para(d, "Kopie: Dr. L. Jacobs, huisarts, Baarle-Nassau (NL)", size=8)
    d.save(out(stem, "docx"))
    return L(["operation-report"], "2026-09-08", "specialist", "nl", "Belgian OK-verslag (Flemish, Word, RIZIV codes)",
             "unmentioned", "yes", "yes",
             "Dutch resident operated in a Belgian hospital (treated abroad). '°' before birth date; DD/MM/YYYY. EMG "
             "is not imaging. Dictated and validated dates.", also=["2026-09-09"])


# ------------------------------------------------------------------------------------------- vb-052
@doc("vb-052")
def d052(stem):
    text = """Journaaluitdraai                                   Gezondheidscentrum Kanaleneiland
Datum afdruk: 14-03-2025                                                 Utrecht
Patiënt: S. Mulder   geb. 09-03-1979   M   pat.nr. 33871
Episode: L87 Ganglion pols links
----------------------------------------------------------------------------------

12-06-2024  (HA Haverkamp)
  S  Sinds 2 mnd bultje bovenop linker pols, soms pijnlijk bij opdrukken (sport).
  O  Dorsaal pols li ronde, gladde zwelling 1,5 cm, niet rood, niet warm, doorschijnend.
  E  L87 ganglion pols links
  P  Uitleg, afwachten, vaak spontaan beloop.

02-09-2024  (HA Haverkamp)
  S  Zwelling groter, pijn bij fitness. Wil iets laten doen.
  P  X-pols li en echo aangevraagd.
17-09-2024  Uitslag X-pols li: geen ossale afwijkingen, geen artrose.
            Uitslag echo pols li: ganglion 12 x 9 mm uitgaande van SL-regio.

05-11-2024  (HA Haverkamp)
  S  Wil punctie.
  O  Ganglion ca. 1,5 cm.
  P  Punctie ganglion pols li: 1,5 ml gelei-achtige inhoud, drukverband.

21-01-2025  (HA Haverkamp)
  S  Ganglion terug (recidief na punctie). Broer is ook aan een ganglion geopereerd,
     'viel mee'.
  E  L87 recidief ganglion pols li.
  P  Verwijzing plastische chirurgie overwogen, pt denkt na.

11-02-2025  (HA Haverkamp)
  P  Verwijzing plastische chirurgie Stadsziekenhuis Utrecht-West (ZorgDomein).

10-03-2025  Brief specialist ontvangen: plastische chirurgie, dr. F. Rademaker.
            Ganglion pols li; excisie besproken, pt op wachtlijst geplaatst (ca. 3 mnd).

----------------------------------------------------------------------------------
Einde uitdraai - 1 pagina
"""
    write_txt(stem, text, encoding="cp1252", crlf=True)
    return L(["history"], "2025-03-14", "gp", "nl", "HIS journal printout for one episode (cp1252, CRLF)",
             "yes", "unmentioned", "unmentioned",
             "OLD history printout (March 2025): not recent. Aspiration (punctie) is not an operation; excision only "
             "planned; brother's operation is a relative's. Birth date 09-03-1979 close to print date 14-03-2025.")


# ------------------------------------------------------------------------------------------- vb-053
@doc("vb-053")
def d053(stem):
    st = styles("Helvetica", 10)

    def first(c, d):
        text_lines(c, W / 2, H - 17 * mm, [("Huisartsenpraktijk De Weel", "Helvetica-Bold")], size=14, align="center")
        text_lines(c, W / 2, H - 22.5 * mm, ["E. Visser  ·  S. Bakker-Koning  ·  huisartsen"], size=9, align="center")
        text_lines(c, W / 2, H - 27 * mm, ["Westerstraat 210  ·  1601 AS Enkhuizen  ·  0228 - 31 22 40  ·  "
                                           "AGB 01-029944"], size=8, align="center", color=colors.grey)
        c.line(20 * mm, H - 30 * mm, W - 20 * mm, H - 30 * mm)

    story = [P("Handkliniek Eemland\nt.a.v. afdeling planning / intake\nStadsring 140\n3811 HR Amersfoort", st["body"]),
             Spacer(1, 14), P("Enkhuizen, 23-11-2026", st["body"]), Spacer(1, 8),
             kv_table([["Betreft:", "mevr. G. Schouten, geb. 11-04-1952"],
                       ["Uw kenmerk:", "INT-2026-44721 (aanvullende gegevens)"]],
                      st, [28 * mm, 130 * mm], label_style="bold", value_style="body"),
             Spacer(1, 10), P("Geachte collega,", st["body"]), Spacer(1, 4)]
    story += paras(
        "Naar aanleiding van uw brief van 12 november stuur ik u hierbij de gevraagde aanvullende gegevens van "
        "bovengenoemde patiënte, die ik eerder naar u verwees.\n\n"
        "Patiënte is in augustus tijdens een vakantie in Turkije (Alanya) opgenomen geweest in verband met een "
        "polsfractuur links. Daar is de pols onder narcose rechtgezet en met pennen vastgezet; de pennen zijn hier "
        "in september door de traumachirurg verwijderd. De ontslagbrief uit Turkije (Engelse vertaling) is bijgevoegd.\n\n"
        "Zoals gevraagd heb ik een MRSA-screening laten verrichten: de kweken van neus, keel en perineum (afname "
        "16-11-2026) zijn negatief, MRSA niet aangetoond. Het uitslagformulier van het laboratorium is bijgevoegd.\n\n"
        "De röntgenfoto's uit Turkije heeft patiënte op een cd-rom; deze neemt zij mee naar de afspraak.\n\n"
        "Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd.", st["just"], 5)
    story += [Spacer(1, 6), P("Met vriendelijke groet,", st["body"]), Spacer(1, 22),
              P("E. Visser, huisarts", st["body"]), Spacer(1, 14),
              P("Bijlagen: 2 (uitslag MRSA-screening d.d. 19-11-2026; discharge summary Alanya d.d. 14-08-2026)",
                st["small"])]
    build_pdf(out(stem, "pdf"), story, tm_first=38 * mm, first=first, meta={"title": "Brief"})
    return L([], "2026-11-23", "gp", "nl", "GP cover letter with additional information (centered letterhead)",
             "yes", "yes", "yes",
             "Mentions are not documents: quotes 'MRSA niet aangetoond' and enclosures (lab form, discharge "
             "summary) but is itself neither an MRSA result nor a referral nor a history letter. States admission "
             "and surgery in Turkey; X-rays on CD.")


# ------------------------------------------------------------------------------------------- vb-054
@doc("vb-054")
def d054(stem):
    d = dx.new("Arial", 10, margins=(20, 20, 30, 20), title="Operation Report", author="Noosaville Private Hospital")
    sec = d.sections[0]
    hp = dx.clear(sec.header)
    dx.add_text(hp, "Noosaville Private Hospital", bold=True, size=13, color="0F5257")
    dx.para(sec.header, "111 Goodchap Street, Noosaville QLD 4566  ·  (07) 5455 9200", size=8, color="555555")
    dx.page_field_par(sec.footer, "Operation Report  |  VISSER, Ingrid  |  UR 0088412  |  Page {PAGE} of {NUMPAGES}",
                      align="center", size=7.5)
    dx.para(d, "OPERATION REPORT", bold=True, size=14, after=6)
    dx.table(d, [["Patient", "VISSER, Ingrid", "UR No.", "0088412"],
                 ["DOB", "15/05/1992", "Admission", "Day surgery 02/03/2026"],
                 ["Surgeon", "Dr Hamish Reid FRACS (Plast)", "Assistant", "Nil"],
                 ["Anaesthetist", "Nil - WALANT", "Theatre", "2"],
                 ["Date of operation", "02/03/2026", "MBS item", "39331"]],
             [30, 55, 28, 55], bold_cols=(0, 2), size=9, label_shade="E3F0F1")
    dx.para(d, "")
    for h, t in [
        ("Indication", "Right carpal tunnel syndrome, confirmed on nerve conduction studies (severe), failed "
                       "splinting and one steroid injection."),
        ("Procedure", "Right open carpal tunnel release."),
        ("Anaesthesia", "Wide-awake local anaesthesia, no tourniquet (1% lignocaine with adrenaline 1:100,000, 20 ml)."),
        ("Findings", "Thickened transverse carpal ligament. Marked hourglass constriction of the median nerve with "
                     "proximal pseudoneuroma. Recurrent motor branch extraligamentous, intact. No space-occupying lesion."),
        ("Operative details",
         "Time-out completed. 3 cm longitudinal incision in line with the radial border of the ring finger. Palmar "
         "fascia divided. Transverse carpal ligament divided under direct vision from distal to proximal, with the "
         "distal forearm fascia released for 2 cm under the skin bridge. Complete release confirmed. Patient actively "
         "flexed and extended all digits without difficulty. Haemostasis. Skin closed with 4-0 nylon interrupted "
         "horizontal mattress sutures. Bulky dressing."),
        ("Complications", "Nil."),
        ("Post-operative instructions", "Elevate. Keep dressing dry for 48 hours, then light dressing. Sutures out day "
                                        "10-14 with GP. Hand therapy referral (Coastal Hand Therapy). Review 6 weeks."),
    ]:
        dx.runs(d, [(h + ": ", {"bold": True}), (t, {})], after=5)
    dx.para(d, "")
    dx.para(d, "Dr Hamish Reid\nPlastic & Hand Surgeon  ·  Provider No. 2055631K", after=2)
    dx.para(d, "Signed 02/03/2026 12:47", size=8, italic=True)
    d.save(out(stem, "docx"))
    return L(["operation-report"], "2026-03-02", "specialist", "en", "Australian private hospital operation report (Word)",
             "unmentioned", "yes", "yes",
             "Operation abroad (Australia). Nerve conduction studies are not imaging. Labels in bold runs followed by "
             "values in the same paragraph.")


# ------------------------------------------------------------------------------------------- vb-055
@doc("vb-055")
def d055(stem):
    st = styles("Helvetica", 10.5)
    col = colors.HexColor("#2b6cb0")

    def first(c, d):
        text_lines(c, 20 * mm, H - 18 * mm, [("Ziekenhuis Berkelland", "Helvetica-Bold")], size=15, color=col)
        text_lines(c, 20 * mm, H - 23.5 * mm, ["locatie Lochem  |  Chirurgie - Traumatologie"], size=9, color=col)
        text_lines(c, W - 20 * mm, H - 15 * mm, ["Postbus 60", "7240 AB Lochem", "T 0573 - 25 20 00",
                                                 "F 0573 - 25 20 99"], size=7.5, align="right")
        foot(c)

    def later(c, d):
        text_lines(c, 20 * mm, H - 14 * mm, ["Vervolg brief d.d. 18-11-2026 inzake L. Hermans (15-05-2003)"], size=7.5,
                   color=colors.grey)
        foot(c)

    def foot(c):
        text_lines(c, 20 * mm, 12 * mm, ["Ziekenhuis Berkelland  ·  Nieuweweg 14, Lochem  ·  www.berkelland-zh.example.nl"],
                   size=6.5, color=colors.grey)

    story = [kv_table([[P("Aan de huisarts:\nMw. drs. K.L. Nijhof\nHuisartsenpraktijk Barchem\nLochemseweg 31\n"
                          "7244 RP  Barchem", st["body"]),
                        kv_table([["Datum", "18-11-2026"], ["Ons kenmerk", "CHI/TR/907712"],
                                  ["SEH-bezoek", "09-11-2026"], ["Poli-bezoek", "16-11-2026"]], st,
                                 [26 * mm, 30 * mm], label_style="small", value_style="small")]],
                      st, [114 * mm, 56 * mm]),
             Spacer(1, 14),
             kv_table([["Betreft", "dhr. L. Hermans, geb. 15-05-2003, Zwiepseweg 88, 7241 PJ Lochem"]], st,
                      [22 * mm, 148 * mm], label_style="bold", value_style="body"),
             Spacer(1, 10), P("Geachte collega,", st["body"]), Spacer(1, 4),
             P("Uw patiënt bezocht op 9 november de Spoedeisende Hulp en werd op 16 november gecontroleerd op onze "
               "polikliniek traumatologie.", st["just"]), Spacer(1, 4)]
    story += sections([
        ("Anamnese",
         "23-jarige rechtshandige student die op 8 november met de linkervuist tegen een muur sloeg. Sindsdien pijn en "
         "zwelling aan de ulnaire zijde van de linkerhand. Geen eerdere letsels aan de hand. Voorgeschiedenis blanco; "
         "geen medicatie; geen allergieën. Rookt niet, alcohol in het weekend."),
        ("Lichamelijk onderzoek",
         "Zwelling en drukpijn over metacarpale V links. Geen wonden over de MCP-gewrichten (geen 'fight bite'). Bij "
         "vuist maken geen rotatiefout van digitus 5, wel een verstreken knokkel. Sensibiliteit en doorbloeding intact."),
        ("Aanvullend onderzoek",
         "Röntgen hand links (09-11-2026): subcapitale fractuur metacarpale V links met 35 graden volaire angulatie, "
         "geen intra-articulaire uitbreiding, geen verkorting van betekenis.\n"
         "Controlefoto in gips (16-11-2026): ongewijzigde stand."),
        ("Conclusie", "Boxer's fracture (subcapitale fractuur MC V) links, 35 graden angulatie, zonder rotatiefout."),
        ("Beleid",
         "Bij een angulatie tot 40-50 graden zonder rotatiefout is conservatieve behandeling de standaard. Er is geen "
         "operatie nodig. Patiënt is behandeld met een ulnaire gipsspalk (MCP in 70 graden flexie) gedurende 3 weken, "
         "daarna een buddy-tape en vrij oefenen. Controle op de gipspoli op 30-11-2026 met gipsverwijdering; een "
         "nieuwe röntgenfoto is dan niet nodig tenzij er klinisch een rotatiefout ontstaat. Sportadvies: geen "
         "contactsport gedurende 6 weken. Wij hebben hem tevens gewezen op hulp bij agressieregulatie; hij gaf aan dit "
         "met u te willen bespreken."),
        ("Informatie voor de huisarts",
         "Bij toename van pijn, tintelingen of een afwijkende stand van de pink na gipsverwijdering verzoeken wij u "
         "patiënt opnieuw naar onze polikliniek te verwijzen. Een kopie van deze brief is aan patiënt meegegeven."),
    ], st, gap=4)
    story += [Spacer(1, 8), P("Met vriendelijke groet,", st["body"]), Spacer(1, 22),
              P("drs. F. Oude Luttikhuis, ANIOS chirurgie\nsupervisor: dr. G.J. Lammerink, traumachirurg", st["body"]),
              Spacer(1, 10), P("cc: patiënt", st["small"])]
    build_pdf(out(stem, "pdf"), story, tm_first=34 * mm, tm=24 * mm, first=first, later=later,
              pages=pagenum("Pagina {p} van {n}", W - 20 * mm, 12 * mm, size=7),
              meta={"title": "Brief traumatologie", "creator": "HiX"})
    return L(["correspondence"], "2026-11-18", "specialist", "nl", "trauma surgery outpatient letter, 2 pages, 4-date box",
             "yes", "no", "unmentioned",
             "'Er is geen operatie nodig': operated = no (conservative). X-rays done. Date box holds letter date, "
             "ED date and clinic date.", also=["2026-11-16"])


# ------------------------------------------------------------------------------------------- vb-056
@doc("vb-056")
def d056(stem):
    text = """From:     Dr Ciarán Fitzgerald <reception@salthillmedical.example.ie>
Sent:     Monday 2 November 2026 16:40
To:       secretariaat@handkliniek-eemland.example.nl
Cc:       aoife.mulcahy@mail.example.ie
Subject:  Referral - Ms Aoife Mulcahy DOB 02/02/1977 - second opinion bilateral CTS
Attachments: Plastics_clinic_letter_18-09-2026.pdf; NCS_report_Aug2026.pdf

Dear Colleague,

Re: Ms Aoife MULCAHY, DOB 02/02/1977
    Current address: Stratumsedijk 61, 5611 NB Eindhoven, the Netherlands
    Previous address: 14 Threadneedle Road, Salthill, Galway

I would be grateful if you would see this 49-year-old teacher, who has recently moved to
Eindhoven, for a second opinion regarding her bilateral carpal tunnel syndrome.

Nerve conduction studies in August 2026 showed severe right and moderate left median
neuropathy at the wrist. She was reviewed by Ms Niamh O'Rourke, Consultant Plastic Surgeon,
at St Brigid's University Hospital in September, who offered a right carpal tunnel
decompression. Aoife would like an opinion on whether both sides should be released and in
what order, and whether this can be done under local anaesthetic.

She has not had any surgery on her hands. No imaging has been performed. She had one
steroid injection into the right carpal tunnel in April 2026 (at the hospital clinic), with
eight weeks' benefit.

PMH: hypothyroidism (on levothyroxine 100 mcg; TSH recently raised, dose under review).
Allergies: penicillin (rash).
She is registering with a Dutch GP (huisarts) in Eindhoven; I understand a Dutch referral
may also be required for insurance purposes and she is arranging this.

Many thanks for your help.

Kind regards,

Dr Ciarán Fitzgerald MICGP
General Practitioner
Salthill Medical Practice, Upper Salthill, Galway, Ireland
Tel +353 91 520 344   IMC No. 418822

--------------------------------------------------------------------------
This e-mail and any attachments are confidential and intended solely for the
addressee. If you have received it in error please notify the sender.
"""
    write_txt(stem, text)
    return L(["referral"], "2026-11-02", "gp", "en", "Irish GP referral sent as e-mail (exported text)",
             "no", "no", "yes",
             "Referral by e-mail from a GP abroad with an explicit second-opinion question. Care at an Irish "
             "hospital clinic (injection, consultation). 'No imaging has been performed'; 'has not had any surgery "
             "on her hands'. Mentions attachments.", rq=True)


# ------------------------------------------------------------------------------------------- vb-057
@doc("vb-057")
def d057(stem):
    d = dx.new("Arial", 10, margins=(22, 20, 34, 20), title="Ambulanzbrief", author="Klinikum Kitzbüheler Alpen")
    sec = d.sections[0]
    hp = dx.clear(sec.header)
    dx.add_text(hp, "Klinikum Kitzbüheler Alpen", bold=True, size=14, color="8E1B1B")
    dx.para(sec.header, "Abteilung für Unfallchirurgie und Sporttraumatologie · Unfallambulanz\n"
                        "Bahnhofstraße 14, 6380 St. Johann in Tirol, Österreich · Tel. +43 5352 606-0", size=8,
            color="444444")
    dx.page_field_par(sec.footer, "Seite {PAGE} von {NUMPAGES}", align="center", size=7.5)
    dx.para(d, "AMBULANTER BEFUNDBERICHT", bold=True, size=12, after=6)
    dx.table(d, [["Patientin", "van Rijn, Lisa", "Geb.-Dat.", "21.12.1994"],
                 ["Wohnort", "Merelstraat 8, 3514 CN Utrecht, NL", "Amb.-Zahl", "A-26-011487"],
                 ["Aufnahme", "26.02.2026 16:20", "Datum Bericht", "28.02.2026"],
                 ["Versicherung", "EKVK (Niederlande)", "Behandler", "Dr. Stefan Hofer, FA f. Unfallchirurgie"]],
             [26, 62, 26, 56], bold_cols=(0, 2), size=9, label_shade="F5E6E6")
    dx.para(d, "")
    for h, t in [
        ("Anamnese", "Die Patientin ist am 26. Feber 2026 beim Skifahren (Skiwelt) mit dem Skistock in der rechten "
                     "Hand gestürzt. Seither Schmerzen und Schwellung am rechten Daumengrundgelenk."),
        ("Status", "Schwellung und Hämatom ulnar am Daumengrundgelenk rechts. Druckschmerz über dem ulnaren "
                   "Seitenband. Aufklappbarkeit in 30° Beugung im Seitenvergleich 15° vermehrt, fester Anschlag. "
                   "Sensibilität und Durchblutung intakt."),
        ("Bildgebung", "Röntgen Daumen rechts in 2 Ebenen: kein knöcherner Bandausriss, keine Fraktur.\n"
                       "Sonographie: Teilruptur des ulnaren Seitenbandes MCP I rechts, keine Stener-Läsion."),
        ("Diagnose", "Partielle Ruptur des ulnaren Seitenbandes am Daumengrundgelenk rechts (Skidaumen), "
                     "S63.4 R."),
        ("Therapie", "Konservativ: Anlage einer Daumenschiene (Thermoplast) unter Einschluss des MCP I. Eine Operation "
                     "ist nicht erforderlich."),
        ("Empfehlung", "Schiene für 6 Wochen durchgehend, danach Mobilisierung mit Handtherapie. Kontrolle beim "
                       "Hausarzt bzw. Handchirurgen in den Niederlanden nach 2 Wochen, klinische Stabilitätsprüfung "
                       "nach 6 Wochen. Analgesie: Mefenaminsäure 500 mg bei Bedarf, max. 3x tgl."),
    ]:
        dx.runs(d, [(h + ": ", {"bold": True}), (t, {})], after=5)
    dx.para(d, "")
    dx.para(d, "Mit freundlichen Grüßen", after=20)
    dx.para(d, "Dr. Stefan Hofer\nFacharzt für Unfallchirurgie", after=2)
    dx.para(d, "Elektronisch vidiert am 28.02.2026", size=8, italic=True)
    d.save(out(stem, "docx"))
    return L(["correspondence"], "2026-02-28", "specialist", "de", "Austrian outpatient Befundbericht (Unfallambulanz, Word)",
             "yes", "no", "yes",
             "Austrian hospital outpatient clinic (care abroad). 'Eine Operation ist nicht erforderlich' = no. "
             "Austrian 'Feber'. Admission date 26.02 differs from report date 28.02.")


# ------------------------------------------------------------------------------------------- vb-058
@doc("vb-058")
def d058(stem):
    st = styles("Times-Roman", 10.5)
    green = colors.HexColor("#00563f")

    def first(c, d):
        text_lines(c, 20 * mm, H - 10 * mm, ["Printed: 05/11/2026 10:14  by: HIPE-RECORDS  (Release of information)"],
                   size=7, color=colors.grey)
        text_lines(c, 20 * mm, H - 19 * mm, [("St Brigid's University Hospital Galway", "Times-Bold")], size=14,
                   color=green)
        text_lines(c, 20 * mm, H - 24.5 * mm, ["Department of Radiology  ·  Newcastle Road, Galway H91 YR71"], size=9,
                   color=green)
        c.setStrokeColor(green)
        c.line(20 * mm, H - 27 * mm, W - 20 * mm, H - 27 * mm)

    story = [kv_table([["Patient:", "BYRNE, Declan", "MRN:", "1988450"],
                       ["DOB:", "14/10/1985", "Referring clinician:", "Mr K. Dunne, Orthopaedics"],
                       ["Exam:", "CT LEFT WRIST", "Date of exam:", "20/07/2026"],
                       ["Patient type:", "Outpatient (Fracture Clinic)", "Date reported:", "21/07/2026"]],
                      st, [26 * mm, 58 * mm, 36 * mm, 50 * mm], label_style="bold", value_style="body"),
             Spacer(1, 10)]
    story += inline_sections([
        ("CLINICAL HISTORY:", "Scaphoid waist fracture left, FOOSH March 2026, treated non-operatively in a cast for 10 "
                              "weeks. Ongoing pain. ?Union."),
        ("TECHNIQUE:", "Thin-section axial CT of the left wrist with sagittal oblique reformats along the long axis of "
                       "the scaphoid."),
        ("FINDINGS:", "There is a persistent lucent fracture line through the waist of the scaphoid with sclerotic "
                      "margins and no bridging trabeculae across more than 80% of the fracture, consistent with "
                      "non-union. Early cystic change on both sides of the fracture. Intrascaphoid angle 38 degrees, "
                      "in keeping with a mild humpback deformity. The proximal pole is not sclerotic. No radioscaphoid "
                      "arthritis. The remaining carpal bones are unremarkable."),
        ("CONCLUSION:", "Established non-union of the left scaphoid waist with mild humpback deformity. No features of "
                        "avascular necrosis on CT; MRI could be considered if this would change management."),
    ], st, gap=5)
    story += [Spacer(1, 12), P("Dr Siobhán Keane FFR RCSI\nConsultant Radiologist", st["body"]),
              P("Report authorised 21/07/2026 13:02", st["ital"])]
    build_pdf(out(stem, "pdf"), story, tm_first=34 * mm, first=first,
              pages=pagenum("Page {p} of {n}", W - 20 * mm, 10 * mm, size=7), meta={"title": "CT report"})
    return L(["imaging-report"], "2026-07-21", "radiologist", "en", "Irish hospital CT report, printed copy (serif)",
             "yes", "no", "yes",
             "Irish hospital (fracture clinic outpatient): care abroad. Print date 05/11/2026 at the top is not the "
             "report date. Clinical history says the fracture was 'treated non-operatively in a cast'.",
             also=["2026-07-20"])


# ------------------------------------------------------------------------------------------- vb-059
@doc("vb-059")
def d059(stem):
    text = """ZIEKENHUIS AMSTELGOUW - LABORATORIUM MEDISCHE MICROBIOLOGIE
Uitslagenoverzicht (HiX)                     Afgedrukt: 24-11-2026 16:02  gebr: MMB-ROUT

Patiënt     : Amrani, H.               Geslacht: V     Geb.datum: 17-10-1986
Patiëntnr   : 8841072                  Afdeling : POLI PLASTISCHE CHIRURGIE
Aanvrager   : Terlouw, P.J. (plastisch chirurg)
Ordernr     : MMB-2611-20773
Afname      : 20-11-2026 11:34         Ontvangst: 20-11-2026 12:10

Klinische gegevens: pre-operatieve screening (geplande CMC-I artrodese links);
recent opgenomen geweest in ziekenhuis in Marokko (Agadir), 09-2026, i.v.m.
pneumonie.

Bepaling                      Materiaal          Uitslag              Datum uitslag
----------------------------  -----------------  -------------------  -------------
MRSA-PCR (sneltest)           neus/keel/perin.   NEGATIEF             21-11-2026
MRSA-kweek (ophoogbouillon)   neus               geen MRSA            24-11-2026
MRSA-kweek (ophoogbouillon)   keel               geen MRSA            24-11-2026
MRSA-kweek (ophoogbouillon)   perineum           geen MRSA            24-11-2026
BRMO-screening (rectaal)      rectumwat          geen BRMO (ESBL/CPE) 24-11-2026

Eindconclusie: MRSA niet aangetoond (PCR en kweek). Isolatie kan worden opgeheven.
Status: DEFINITIEF - geautoriseerd door drs. P. Hamdi, arts-microbioloog (24-11-2026 15:47)
"""
    write_txt(stem, text)
    return L(["mrsa-screening"], "2026-11-24", "lab", "nl", "hospital microbiology results overview (HiX text print)",
             "unmentioned", "unmentioned", "yes",
             "PCR result (21-11) and final culture (24-11) in one overview; collection 20-11. Clinical data: admission "
             "in a Moroccan hospital for pneumonia (foreign hospital care for another condition still counts). "
             "Planned arthrodesis is a plan.", also=["2026-11-20", "2026-11-21"])


# ------------------------------------------------------------------------------------------- vb-060
@doc("vb-060")
def d060(stem):
    d = dx.new("Segoe UI", 9.5, margins=(22, 20, 36, 20), title="Ontslagbrief", author="Ziekenhuis Amstelgouw")
    sec = d.sections[0]
    hp = dx.clear(sec.header)
    dx.add_text(hp, "Ziekenhuis Amstelgouw", bold=True, size=15, color="7A1F5C")
    dx.para(sec.header, "Traumatologie / Chirurgie  ·  Laan van de Helende Meesters 2, 1186 AM Amstelveen  ·  "
                        "020 - 545 30 00", size=8, color="555555")
    fp = dx.clear(sec.footer)
    dx.add_text(fp, "Ontslagbrief K. Lammers - 01-08-1960", size=7, color="777777")
    dx.page_field_par(sec.footer, "Pagina {PAGE} van {NUMPAGES}", align="right", size=7)
    dx.para(d, "Aan: J.F. Brink, huisarts, Huisartsenpraktijk Uithoorn-Centrum, Dorpsstraat 2, 1421 AA Uithoorn",
            after=8)
    dx.table(d, [["Datum brief", "06-03-2026", "Kenmerk", "TRA/0302/661044"]], [26, 50, 22, 60], bold_cols=(0, 2),
             borders=False, size=9)
    dx.para(d, "")
    dx.para(d, "Ontslagbrief", bold=True, size=13, after=4)
    dx.table(d, [["Patiënt", "dhr. K. Lammers", "Geboortedatum", "01-08-1960"],
                 ["Opnamedatum", "02-03-2026", "Ontslagdatum", "04-03-2026"],
                 ["Afdeling", "Chirurgie 5 Noord", "Hoofdbehandelaar", "dr. A.S. Kwakman, traumachirurg"]],
             [28, 52, 32, 56], bold_cols=(0, 2), size=9)
    dx.para(d, "")
    dx.para(d, "Geachte collega,", after=4)
    dx.para(d, "Uw patiënt werd opgenomen via de SEH na een val van een hooizolder op zijn boerderij.", after=6)
    for h, t in [
        ("Opnamediagnose", "Intra-articulaire distale radiusfractuur links (AO 23-C1)."),
        ("Aanvullend onderzoek", "Röntgen pols links: dorsaal gekantelde, intra-articulaire fractuur. CT pols links: "
                                 "tweedelig gewrichtsvlak, stap 2 mm. Lab: Hb 9,1 mmol/l. MRSA-screening bij opname "
                                 "(i.v.m. beroepsmatig contact met levende varkens): negatief."),
        ("Ingreep", "03-03-2026: open repositie en interne fixatie met palmaire hoekstabiele plaat, pols links "
                    "(zie operatieverslag)."),
        ("Beloop", "Ongecompliceerd. Postoperatieve foto: goede stand. Bij ontslag goede doorbloeding en sensibiliteit "
                   "van de vingers; patiënt kan de vingers volledig buigen."),
        ("Medicatie bij ontslag", "Paracetamol 1000 mg 4dd1 zo nodig; naproxen 500 mg 2dd1 max 5 dagen met "
                                  "omeprazol 20 mg 1dd1. Eigen medicatie (metoprolol) ongewijzigd."),
        ("Beleid", "Onderarmspalk 2 weken; controle poli traumatologie over 12 dagen met wondcontrole en "
                   "hechtingen verwijderen; daarna handtherapie. Röntgencontrole 6 weken postoperatief."),
    ]:
        dx.section_block(d, h, t, size=9.5, after=3)
    dx.para(d, "Met vriendelijke groet,", before=6, after=20)
    dx.para(d, "drs. M. Sedney, arts-assistent chirurgie\nnamens dr. A.S. Kwakman, traumachirurg", after=6)
    dx.para(d, "cc: patiënt; Handtherapie Uithoorn", size=8)
    d.save(out(stem, "docx"))
    return L(["correspondence"], "2026-03-06", "specialist", "nl", "discharge letter (Word) without operation description",
             "yes", "yes", "unmentioned",
             "Operation stated in one line with 'zie operatieverslag': not an operation report. Quotes MRSA-screening "
             "negative (reason: pig farmer), which is not a lab result. Admission/discharge dates in a table.")


# ------------------------------------------------------------------------------------------- vb-061 (merged, faxed)
def _vecht_hdr(c, right):
    col = colors.HexColor("#00557f")
    text_lines(c, 20 * mm, H - 20 * mm, [("Ziekenhuis De Vechtstreek", "Helvetica-Bold")], size=13, color=col)
    text_lines(c, 20 * mm, H - 25 * mm, [right], size=8.5, color=col)
    text_lines(c, W - 20 * mm, H - 19 * mm, ["Jachthuisstraat 1", "7772 SE Hardenberg", "0523 - 27 60 00"], size=7.5,
               align="right")


def _p061_cover(buf):
    st = styles("Helvetica", 11)
    story = [Spacer(1, 20), P("FAX", st["h1"]), Spacer(1, 10),
             kv_table([["Aan", "Handkliniek Eemland - intake second opinion"], ["Faxnummer", "033 - 250 77 01"],
                       ["Van", "Polikliniek Plastische Chirurgie, Ziekenhuis De Vechtstreek"],
                       ["Datum", "16-11-2026"], ["Aantal pagina's (incl. voorblad)", "4"],
                       ["Betreft", "Gegevens mevr. E. Nijboer t.b.v. second opinion"]],
                      st, [60 * mm, 110 * mm], grid=colors.black, pad=5, vpad=4),
             Spacer(1, 14), P("Bijgaand: polikliniekbrief d.d. 16-11-2026, operatieverslag d.d. 20-05-2026, uitslag "
                             "MRSA-screening d.d. 12-11-2026.", st["body"]),
             Spacer(1, 40),
             P("Deze fax kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, vernietig deze fax dan en "
               "neem contact op met de afzender.", st["small"])]
    build_pdf(buf, story, tm_first=30 * mm, first=lambda c, d: _vecht_hdr(c, "Polikliniek Plastische Chirurgie"))


def _p061_letter(buf):
    st = styles("Helvetica", 9.5)
    story = [kv_table([[P("Handkliniek Eemland\nt.a.v. dr. E. Wessel\nStadsring 140\n3811 HR Amersfoort", st["body"]),
                        kv_table([["Datum", "16-11-2026"], ["Kenmerk", "PLC/KB/558120"], ["Bezoek", "10-11-2026"]],
                                 st, [20 * mm, 35 * mm], label_style="small", value_style="small")]],
                      st, [110 * mm, 60 * mm]), Spacer(1, 10),
             P("<b>Betreft:</b> mevr. E. Nijboer, geb. 11-06-1976, Kerkstraat 40, 7771 BH Hardenberg", st["body"], raw=True),
             Spacer(1, 6), P("Geachte collega,", st["body"]), Spacer(1, 3),
             P("Op verzoek van patiënte zend ik u de gegevens ten behoeve van de door haar gewenste second opinion. "
               "Wij zagen haar op 10 november jl. op onze polikliniek.", st["just"])]
    story += sections([
        ("Anamnese", "Op 20 mei 2026 verrichtte ik bij patiënte een trapeziëctomie met LRTI van de rechterduim wegens "
                     "rizartrose. Na een aanvankelijk goed herstel houdt zij sinds de zomer pijn aan de duimbasis en "
                     "een zwakke knijpkracht. In juli 2026 is zij tijdens een vakantie op Kreta enkele dagen in het "
                     "ziekenhuis in Chania opgenomen geweest wegens een erysipelas van het linker onderbeen "
                     "(intraveneuze antibiotica)."),
        ("Onderzoek", "Rustig litteken, geen zwelling. Drukpijn over de basis MC I, geen instabiliteit. Gering "
                      "proximaliseren van MC I bij key pinch. Knijpkracht rechts 14 kg, links 24 kg."),
        ("Aanvullend onderzoek", "X-duim rechts (10-11-2026): status na trapeziëctomie, trapeziale ruimte 4 mm, geen "
                                 "impingement op het scafoïd. STT-gewricht gespaard."),
        ("Conclusie", "Aanhoudende pijn na trapeziëctomie met LRTI rechts, zonder duidelijke oorzaak."),
        ("Beleid", "Uitleg over het soms langdurige herstel; handtherapie hervat. Patiënte wenst een second opinion, "
                   "waar ik uiteraard aan meewerk. In verband met de opname in Griekenland is een MRSA-screening "
                   "verricht (uitslag bijgevoegd)."),
    ], st, gap=3)
    story += [Spacer(1, 6), P("Met collegiale groet,", st["body"]), Spacer(1, 16),
              P("dr. K. Bosscher, plastisch chirurg", st["body"]), P("cc: patiënte; huisarts W. Roelofs", st["small"])]
    build_pdf(buf, story, tm_first=32 * mm, first=lambda c, d: _vecht_hdr(c, "Plastische Chirurgie"),
              pages=pagenum("Pagina {p} van {n}", W - 20 * mm, 12 * mm, size=7))


def _p061_op(buf):
    st = styles("Helvetica", 9)
    story = [P("OK-VERSLAG", st["h1"]),
             kv_table([["Patiënt", "Nijboer, E. (mevr.)", "Geb.", "11-06-1976"],
                       ["Datum OK", "20-05-2026", "OK", "OK 4, dagbehandeling"],
                       ["Operateur", "dr. K. Bosscher", "Assistentie", "J. Kamphuis, PA"],
                       ["Anesthesie", "Plexus axillair + sedatie", "Bloedleegte", "250 mmHg, 58 min"]],
                      st, [22 * mm, 63 * mm, 24 * mm, 61 * mm], grid=colors.black, label_style="smallbold",
                      value_style="small"), Spacer(1, 6)]
    story += inline_sections([
        ("Indicatie:", "Rizartrose rechts, Eaton 3, uitbehandeld conservatief (spalk, 2x injectie)."),
        ("Ingreep:", "Trapeziëctomie rechts met ligamentreconstructie en peesinterpositie (halve FCR)."),
        ("Beschrijving:", "Wagner-incisie over de basis MC I. Sparen van takken van de n. radialis superficialis. "
                          "Capsulotomie, trapezium in delen verwijderd. FCR-pees geïdentificeerd; radiale helft via twee "
                          "incisies in de onderarm geoogst, door een boorgat in de basis MC I gehaald en op zichzelf "
                          "gehecht (Fiberwire 3-0); rest als ansjovis in de trapeziale ruimte. Capsule gesloten met Vicryl "
                          "3-0, huid Monocryl 4-0 intracutaan. Gipsspalk met duim."),
        ("Complicaties:", "geen"),
        ("Nabehandeling:", "Gips 4 weken, daarna duimorthese en handtherapie. Controle poli 2 weken."),
    ], st, gap=4)
    story += [Spacer(1, 8), P("dr. K. Bosscher, plastisch chirurg  -  20-05-2026", st["body"])]
    build_pdf(buf, story, tm_first=32 * mm, first=lambda c, d: _vecht_hdr(c, "Operatiecentrum"))


def _p061_mrsa(buf):
    st = styles("Helvetica", 9)
    story = [P("Laboratorium Medische Microbiologie Vechtdal", st["h2"]),
             P("in samenwerking met Ziekenhuis De Vechtstreek", st["small"]), Spacer(1, 8),
             kv_table([["Patiënt", "Nijboer, E.", "Geboortedatum", "11-06-1976"],
                       ["Aanvrager", "dr. K. Bosscher, plastische chirurgie", "Labnummer", "LMV-26-90412"],
                       ["Afname", "10-11-2026", "Uitslag", "12-11-2026"]], st, [22 * mm, 63 * mm, 28 * mm, 57 * mm],
                      label_style="smallbold", value_style="small", box=colors.black), Spacer(1, 6),
             P("Klinische info: opname ziekenhuis Griekenland (Chania) 07-2026.", st["small"]), Spacer(1, 6),
             grid_table(["Materiaal", "Onderzoek", "Uitslag"], [
                 ["Neus", "MRSA-screening (kweek)", "negatief"], ["Keel", "MRSA-screening (kweek)", "negatief"],
                 ["Perineum", "MRSA-screening (kweek)", "negatief"]], st, [40 * mm, 60 * mm, 70 * mm]),
             Spacer(1, 6), P("Conclusie: MRSA niet aangetoond.", st["bold"]), Spacer(1, 8),
             P("Gevalideerd: dr. I. Zwart, arts-microbioloog", st["body"])]
    build_pdf(buf, story, tm_first=20 * mm, first=None)


@doc("vb-061")
def d061(stem):
    bufs = [io.BytesIO() for _ in range(4)]
    _p061_cover(bufs[0])
    _p061_letter(bufs[1])
    _p061_op(bufs[2])
    _p061_mrsa(bufs[3])

    def fax(c, p, n, w, h):
        c.setFont("Courier", 7.5)
        c.drawString(8 * mm, h - 6 * mm, "16-NOV-2026 14:03  VAN: ZH VECHTSTREEK POLI PLC  +31 523 276 199  AAN: 0332507701"
                                         "  P.%02d/%02d" % (p, n))
    merge_pdfs(out(stem, "pdf"), [b.getvalue() for b in bufs], overlay=fax, meta={"/Title": "FAX 16112026"})
    return L(["correspondence", "operation-report", "mrsa-screening"], "2026-11-16", "specialist", "nl",
             "faxed bundle: fax cover + outpatient letter + OK-verslag + MRSA lab result; fax line on every page",
             "yes", "yes", "yes",
             "Four parts behind one fax header (send date 16-11-2026 on every page). Letter mentions the operation "
             "and admission in a Greek hospital for erysipelas of the leg (another condition still counts for "
             "MRSA). The real MRSA lab result is part 4. Top-level date = fax date.",
             parts=[part([], "2026-11-16", "other"),
                    part(["correspondence"], "2026-11-16", "specialist", also=["2026-11-10"]),
                    part(["operation-report"], "2026-05-20", "specialist"),
                    part(["mrsa-screening"], "2026-11-12", "lab", also=["2026-11-10"])])


# ------------------------------------------------------------------------------------------- vb-062
@doc("vb-062")
def d062(stem):
    text = """RADIOLOGIE AM SEEUFER ZUG
Institut für Radiologie und Nuklearmedizin · Artherstrasse 3 · 6300 Zug · Tel. 041 729 50 50

                                                    Zug, 16.06.2026
Zuweisung:
Dr. med. Nicole Imhof
Klinik für Handchirurgie, Zuger Kantonsspital-Nord
6340 Baar

Patient:        Herr Ruben Dekker, geb. 30.05.1990
                Bahnhofstrasse 12, 6300 Zug
Untersuchung:   MRI Handgelenk links nativ und mit KM
Untersuchungsdatum: 15.06.2026

Sehr geehrte Frau Kollegin

Besten Dank für die Zuweisung Ihres Patienten.

Fragestellung:
Seit 6 Monaten dorsale Handgelenksschmerzen links, Röntgen (Klinik) mit fraglicher
Sklerose des Lunatums. Lunatumnekrose?

Technik:
3T, Handgelenksspule. Koronar T1, PD fs, T2*, axial PD fs, sagittal PD fs,
nach i.v. KM-Gabe koronar und sagittal T1 fs.

Befund:
Diffuse Signalminderung des Os lunatum in T1 mit inhomogen erhöhtem Signal in PD fs
und fehlender Kontrastmittelaufnahme im proximalen Anteil. Beginnende Impression der
proximalen Gelenkfläche mit diskretem Höhenverlust, keine Fragmentierung. Keine
karpale Instabilität, keine Rotationsfehlstellung des Skaphoids. Ulnavariante -2 mm
(Minusvariante). Geringer radiokarpaler Erguss. TFCC und SL-/LT-Band intakt.

Beurteilung:
Lunatumnekrose (Morbus Kienböck) links, Stadium Lichtman IIIA, bei Ulna-Minusvariante.

Freundliche Grüsse

Dr. med. Matthias Zurfluh
Facharzt FMH für Radiologie

Kopie an: Patient
------------------------------------------------------------------------------------
Befund elektronisch visiert 16.06.2026 08:40 - Seite 1/1
"""
    write_txt(stem, text)
    return L(["imaging-report"], "2026-06-16", "radiologist", "de", "Swiss radiology institute MRI Befund letter (text export)",
             "yes", "unmentioned", "yes",
             "MRI at a Swiss radiology institute for a patient under treatment at a Swiss hospital hand clinic "
             "(treated abroad); earlier X-ray mentioned. Letter-style report with salutation; Swiss 'Grüsse'.",
             also=["2026-06-15"])


# ------------------------------------------------------------------------------------------- vb-063
@doc("vb-063")
def d063(stem):
    d = dx.new("Arial", 9.5, margins=(18, 18, 28, 18), title="Microbiology report", author="Pennine Vale Pathology")
    sec = d.sections[0]
    hp = dx.clear(sec.header)
    dx.add_text(hp, "Pennine Vale Hospitals NHS Trust  -  Pathology Services: MICROBIOLOGY", bold=True, size=10,
                color="005EB8")
    dx.page_field_par(sec.footer, "Report ID PVM-2606-30118  ·  Page {PAGE} of {NUMPAGES}", align="right", size=7)
    dx.table(d, [["Patient", "LOWE, Harriet", "NHS No", "999 201 7745"],
                 ["DOB", "09/11/1983", "Hosp No", "PV4418207"],
                 ["Location", "Pre-operative Assessment Clinic, PVRI", "Consultant", "Miss A. Gallagher (Plastics)"],
                 ["Specimen no", "M26.0417750", "Specimen type", "Swabs: nose, groin, axilla"],
                 ["Collected", "30/06/2026 10:45", "Received", "30/06/2026 14:20"],
                 ["Reported", "02/07/2026 11:03", "Status", "Final report"]],
             [24, 62, 26, 62], bold_cols=(0, 2), size=9, label_shade="E8F0FA")
    dx.para(d, "")
    dx.para(d, "Investigation: MRSA SCREEN", bold=True, after=2)
    dx.para(d, "Clinical details: Elective day case - excision of ganglion R wrist. Pre-op MRSA screen.", after=6)
    dx.table(d, [["Site", "Culture", "Result"], ["Nose", "Chromogenic MRSA agar + enrichment", "MRSA NOT isolated"],
                 ["Groin", "Chromogenic MRSA agar + enrichment", "MRSA NOT isolated"],
                 ["Axilla", "Chromogenic MRSA agar + enrichment", "MRSA NOT isolated"]],
             [30, 80, 64], bold_cols=(), header=True, size=9, header_shade="D9E2F3")
    dx.para(d, "")
    dx.para(d, "Comment: No MRSA isolated from any site. No further action required.", after=8)
    dx.para(d, "Authorised by: Dr B. Adeyemi, Consultant Microbiologist", size=9)
    d.save(out(stem, "docx"))
    return L(["mrsa-screening"], "2026-07-02", "lab", "en", "UK NHS microbiology report (Word table)",
             "unmentioned", "unmentioned", "yes",
             "MRSA screen from a UK hospital pre-operative clinic (care abroad; planned ganglion excision). Older "
             "than 60 days at intake time. Collected 30/06, reported 02/07.", also=["2026-06-30"])


# ------------------------------------------------------------------------------------------- vb-064
@doc("vb-064")
def d064(stem):
    d = dx.new("Arial", 10, margins=(20, 20, 28, 20), title="Authority to release health information",
               author="Noosaville Private Hospital")
    sec = d.sections[0]
    hp = dx.clear(sec.header)
    dx.add_text(hp, "Noosaville Private Hospital  -  Health Information Services", bold=True, size=11, color="0F5257")
    dx.page_field_par(sec.footer, "HIS-F07 Rev 3  ·  Page {PAGE} of {NUMPAGES}", align="left", size=7)
    dx.para(d, "AUTHORITY TO RELEASE HEALTH INFORMATION", bold=True, size=13, after=4)
    dx.para(d, "Please complete all sections. Incomplete forms will be returned. Processing time up to 30 days.",
            size=8.5, italic=True, after=8)
    dx.para(d, "Section A - Patient details", bold=True, after=2)
    dx.table(d, [["Surname", "VISSER", "Given name(s)", "Ingrid"],
                 ["Date of birth", "15/05/1992", "UR number (if known)", "0088412"],
                 ["Current address", "Oudegracht 188, 3511 NP Utrecht, The Netherlands", "Phone", "+31 6 1470 3321"]],
             [30, 58, 36, 46], bold_cols=(0, 2), size=9)
    dx.para(d, "")
    dx.para(d, "Section B - Release information to", bold=True, after=2)
    dx.table(d, [["Name / organisation", "Handkliniek Eemland (hand surgery clinic), Attn: Intake"],
                 ["Address", "Stadsring 140, 3811 HR Amersfoort, The Netherlands"],
                 ["Email (secure)", "intake@handkliniek-eemland.example.nl"]], [45, 125], size=9)
    dx.para(d, "")
    dx.para(d, "Section C - Information requested", bold=True, after=2)
    dx.table(d, [["Date(s) of admission / service", "02/03/2026 (day surgery)"],
                 ["Procedure", "Right carpal tunnel release - Dr H. Reid"],
                 ["☒ Operation report", "☒ Discharge summary / letters"],
                 ["☐ Imaging reports and images", "☐ Pathology results"],
                 ["☐ Complete medical record", "☐ Other: ____________"]], [85, 85], bold_cols=(), size=9)
    dx.para(d, "")
    dx.para(d, "Section D - Purpose", bold=True, after=2)
    dx.para(d, "Continuing care / second opinion overseas.", after=8)
    dx.para(d, "Section E - Patient authorisation", bold=True, after=2)
    dx.para(d, "I authorise Noosaville Private Hospital to release the information indicated above to the person or "
               "organisation named in Section B. I understand that this authority is valid for 90 days.", size=9,
            after=6)
    dx.table(d, [["Signature", "I. Visser", "Date", "12/11/2026"]], [25, 80, 20, 45], bold_cols=(0, 2), size=9)
    dx.para(d, "")
    dx.para(d, "OFFICE USE ONLY   Received: ________  Identity verified: ☐  Released by: ________", size=8,
            color="777777")
    d.save(out(stem, "docx"))
    return L([], "2026-11-12", "patient", "en", "Australian hospital release-of-information form signed by patient",
             "unmentioned", "yes", "yes",
             "Records release form: no counting kind. States the day-surgery admission and carpal tunnel release at "
             "an Australian hospital; imaging box unchecked (not a statement that none was done).")
