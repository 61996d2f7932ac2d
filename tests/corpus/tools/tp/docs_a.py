"""tp-001 .. tp-016: Dutch documents (GP, hospital, lab, patient, pharmacy, forms)."""
from reportlab.lib import colors

from lib import (BUILD, DOCS, Docx, Pdf, ctext, doc, docx_to_pdf, hline, label, logo_bars,
                 logo_circle, logo_square, merge_pdfs, part, write_txt)

NAVY = colors.Color(0.1, 0.2, 0.45)
TEAL = colors.Color(0.0, 0.45, 0.45)
GREY = colors.Color(0.4, 0.4, 0.4)


# ----------------------------------------------------------------------------------------- 001
@doc("tp-001")
def tp001():
    def page(c, d):
        c.saveState()
        c.setFillColor(colors.Color(0.0, 0.4, 0.6))
        c.rect(0, 277 * 12 / 12 * 2.8346, 595, 60, stroke=0, fill=1)
        c.restoreState()
        ctext(c, 20, 284, "ZorgDomein", 15, "Helvetica-Bold", colors.white)
        ctext(c, 190, 287, "Verwijzing", 10, "Helvetica-Bold", colors.white, "right")
        ctext(c, 190, 282, "ZorgDomein-nummer: ZD81277406", 8, "Helvetica", colors.white, "right")
        ctext(c, 20, 12, "Deze verwijzing is aangemaakt via ZorgDomein. Afdrukdatum 18-11-2026 16:05", 7, color=GREY)
        ctext(c, 190, 12, f"Pagina {d.page}", 7, color=GREY, align="right")

    pdf = Pdf(DOCS / "tp-001.pdf", on_page=page, margins=(20, 20, 30, 22), size=9.5)
    pdf.h("Second opinion Handchirurgie", 14, after=2)
    pdf.p("Kliniek voor Hand- en Polschirurgie De Brug, Utrecht - Plastische chirurgie / handchirurgie",
          size=9, color=GREY, after=8)
    pdf.h("Patiëntgegevens", 10.5, color=colors.Color(0.0, 0.4, 0.6))
    pdf.kv([["Patiënt", "Mevr. A.M. de Groot-Verhoef"],
            ["Geboortedatum", "14-02-1968"],
            ["Geslacht", "Vrouw"],
            ["BSN", "1738.42.906"],
            ["Adres", "Thorbeckegracht 112\n8011 VP Zwolle"],
            ["Telefoon", "06-48 21 93 07"],
            ["Verzekering", "Menzis, polisnummer 204481193"]], widths=(45, 125))
    pdf.h("Verwijzer", 10.5, color=colors.Color(0.0, 0.4, 0.6))
    pdf.kv([["Naam", "J.P. Hofstede, huisarts"],
            ["Praktijk", "Huisartsenpraktijk De Linde, Assendorperstraat 40, 8012 DH Zwolle"],
            ["AGB-code", "01-054321"],
            ["Datum verwijzing", "18-11-2026"],
            ["Urgentie", "Regulier"]], widths=(45, 125))
    pdf.h("Verwijzing", 10.5, color=colors.Color(0.0, 0.4, 0.6))
    pdf.kv([["Specialisme", "Plastische chirurgie (handchirurgie)"],
            ["Reden van verwijzing",
             "Sinds januari 2026 pijn aan de radiale zijde van de rechterpols (dominante hand), "
             "uitstralend naar de duim. Klinisch passend bij tendovaginitis van De Quervain "
             "(Finkelstein positief). Twee corticosteroïdinjecties gaven telkens slechts enkele weken "
             "verlichting. De orthopeed in Isala adviseert een operatieve release van de eerste "
             "extensorloge; patiënte twijfelt en wil een second opinion voordat zij beslist."],
            ["Vraagstelling",
             "Graag uw second opinion: is de diagnose tendovaginitis De Quervain juist, of spelen "
             "CMC-1-artrose of een intersectiesyndroom mee? Is operatieve release in deze situatie "
             "zinvol, of zijn er nog conservatieve opties?"]], widths=(45, 125))
    pdf.h("Relevante voorgeschiedenis", 10.5, color=colors.Color(0.0, 0.4, 0.6))
    pdf.table([["Datum", "Episode / omschrijving"],
               ["1998", "D88 Appendicitis - appendectomie"],
               ["2009", "T86 Hypothyreoïdie"],
               ["2017", "L92 Frozen shoulder links, fysiotherapie"],
               ["01-2026", "L93 Tendovaginitis De Quervain rechts"]], widths=(25, 145), size=9,
              grid=False)
    pdf.h("Recente behandelingen", 10.5, color=colors.Color(0.0, 0.4, 0.6))
    pdf.table([["Datum", "Behandeling"],
               ["03-03-2026", "Injectie triamcinolon 10 mg eerste extensorloge rechts (huisarts)"],
               ["04-2026 - 07-2026", "Handtherapie (Handtherapie Zwolle), duim-polsspalk"],
               ["16-06-2026", "Tweede injectie, polikliniek orthopedie Isala"],
               ["15-09-2026", "Echo pols rechts (Isala): verdikte retinaculum eerste extensorloge, "
                              "septum tussen APL en EPB, geen ganglion"],
               ["02-10-2026", "Controle orthopedie Isala: operatie geadviseerd"]],
              widths=(32, 138), size=9, grid=False)
    pdf.kv([["Eerdere operaties hand/pols", "Niet geopereerd aan pols of hand."],
            ["Medicatie", "Levothyroxine 75 µg 1 dd; paracetamol 500 mg zo nodig"],
            ["Allergieën", "Geen bekend"],
            ["Bijlagen", "Brief orthopedie Isala d.d. 02-10-2026; echoverslag d.d. 15-09-2026"]],
           widths=(45, 125))
    pdf.sp(4)
    pdf.p("Met vriendelijke groet,", after=1)
    pdf.p("J.P. Hofstede, huisarts")
    pdf.save()
    return label(["referral", "history"], "2026-11-18", "gp", "nl", "zorgdomein two-column",
                 imaging="yes", operated="no", abroad="unmentioned", referral_question=True,
                 notes="Ordinary Zorgdomein form; question only in 'Vraagstelling'; labels and values "
                       "in separate cells; appendectomy in history is another body part; print date "
                       "in footer equals referral date.")


# ----------------------------------------------------------------------------------------- 002
@doc("tp-002")
def tp002():
    d = Docx(font="Times New Roman", size=11)
    d.p("Huisartsenpraktijk Kennemerhof", bold=True, size=14, after=0)
    d.p("M.A. Ruijter en E.S. Dekker, huisartsen\nKleverparkweg 18, 2023 CA Haarlem\n"
        "Tel. 023 - 525 18 40  |  info@kennemerhof-huisartsen.example.nl", size=8.5, after=14)
    d.p("Kliniek voor Hand- en Polschirurgie De Brug\nt.a.v. het secretariaat second opinion\n"
        "Postbus 8170\n3503 RD Utrecht", after=14)
    d.p("Haarlem, 4 november 2026", after=10)
    d.p("**Betreft:** dhr. R. Vermaat, geb. 22-07-1959\nSportparklaan 7, 2024 AL Haarlem", after=10)
    d.p("Geachte collega,", after=8)
    d.p("Hierbij verwijs ik u de heer Vermaat, 67 jaar, gepensioneerd timmerman, voor een second "
        "opinion in verband met recidiverende klachten van een carpaletunnelsyndroom rechts.")
    d.p("Patiënt werd in april 2025 in het Spaarne Gasthuis geopereerd (open carpaletunnelrelease "
        "rechts). Daarna was hij ongeveer een half jaar klachtenvrij. Sinds het voorjaar van 2026 "
        "heeft hij opnieuw tintelingen in duim, wijs- en middelvinger rechts, 's nachts het ergst, "
        "en hij laat dingen vallen. Bij onderzoek zie ik een fraai litteken, een positieve test "
        "van Tinel over het litteken en lichte atrofie van de thenar.")
    d.p("Een EMG in het Spaarne Gasthuis (september 2026) toonde volgens de neuroloog een "
        "persisterende, matig-ernstige compressie van de n. medianus ter hoogte van de pols. "
        "Er is geen beeldvorming verricht. De plastisch chirurg heeft een heroperatie voorgesteld; "
        "patiënt wil graag eerst een tweede mening van een gespecialiseerd handcentrum.")
    d.p("**Vraagstelling:** is er sprake van een onvolledige release of van een nieuw ontstaan "
        "probleem, en is een reoperatie in uw ogen zinvol?")
    d.p("Medicatie: metoprolol 50 mg 1 dd, simvastatine 40 mg 1 dd. Geen allergieën bekend.")
    d.p("De brief van de neuroloog en het operatieverslag van april 2025 heeft patiënt zelf "
        "opgevraagd; hij stuurt die na.", after=10)
    d.p("Met collegiale groet,", after=24)
    d.p("M.A. Ruijter, huisarts\nAGB 01-038812")
    d.save(DOCS / "tp-002.docx")
    return label(["referral"], "2026-11-04", "gp", "nl", "free GP letter, letterhead",
                 imaging="no", operated="yes", abroad="unmentioned", referral_question=True,
                 notes="Date as 'Haarlem, 4 november 2026'; 'Er is geen beeldvorming verricht' (EMG is "
                       "not imaging); earlier operation stated plainly, reoperation only proposed; "
                       "no history section so not 'history'; mentions op report without enclosing it.")


# ----------------------------------------------------------------------------------------- 003
HIS_003 = """\
================================================================================
 PROFESSIONELE SAMENVATTING                                  Datum uitdraai: 20-11-2026 09:14
 Gezondheidscentrum Het Anker - Huisartsen Bosma-Kuipers / Van der Meer
 Tesselschadestraat 31, 8913 HB Leeuwarden   tel. 058-2130455
================================================================================
 Patiënt      : T. Bosma (Tjitske)                  Geb.datum : 03-05-1981  (45 jr)  V
 Adres        : Vlietzone 12, 8934 AB Leeuwarden     BSN       : 2410.77.385
 Verzekeraar  : De Friesland Zorgverzekeraar         Polisnr   : 700213664
 Eigen arts   : S.J. van der Meer                    Uitgedraaid door: A. Hiemstra (doktersassistente)
--------------------------------------------------------------------------------
 EPISODELIJST (actief)
--------------------------------------------------------------------------------
 ICPC    Omschrijving                                   Begin        Attentie
 L87     Ganglion pols links (dorsaal)                  14-01-2026   *
 P76     Depressieve stoornis                           02-09-2019
 K86     Hypertensie zonder orgaanbeschadiging          11-06-2022
 A12     Allergie/allergische reactie: penicilline     1999         *
--------------------------------------------------------------------------------
 EPISODELIJST (inactief / voorgeschiedenis)
--------------------------------------------------------------------------------
 D88     Appendicitis - appendectomie (MCL)             2004
 W82     Spontane abortus                               2011
 L72     Fractuur radius distaal links, gips            05-2019
 L84     Rugklachten zonder uitstraling                 2020 - 2021
--------------------------------------------------------------------------------
 MEDICATIE (actueel)
--------------------------------------------------------------------------------
 Sertraline tablet 50mg           1 dd 1                      sinds 2019
 Amlodipine tablet 5mg            1 dd 1                      sinds 2022
 Naproxen tablet 250mg            zn max 3 dd 1              sinds 01-2026
--------------------------------------------------------------------------------
 INTOLERANTIES / CONTRA-INDICATIES
--------------------------------------------------------------------------------
 Penicilline: exantheem (1999)
--------------------------------------------------------------------------------
 JOURNAAL (episode L87 Ganglion pols links, en relevante overige regels)
--------------------------------------------------------------------------------
 14-01-2026  SvdM  S: sinds 2 mnd bult dorsaal li pols, pijn bij steunen (yoga) en
                      bij typen. Geen trauma. R-handig.
                   O: dorsaal li pols ovale zwelling 1,5 cm, vast-elastisch,
                      doorlicht, niet pijnlijk bij palpatie. Volle functie,
                      pijn bij maximale dorsaalflexie. Sensibiliteit intact.
                   E: L87 ganglion pols links
                   P: uitleg natuurlijk beloop (vaak spontaan verdwijnen),
                      geen aspiratie. Naproxen zn. Controle bij toename.
 03-02-2026  AH    Telefonisch: pt vraagt of ze mag doorgaan met yoga. Advies:
                   wel, steunen op vuist ipv vlakke hand.
 19-03-2026  SvdM  S: bult groter, nu ook tintelingen duimzijde bij lang typen.
                      Werkt als administratief medewerker gemeente, 32 u/wk.
                   O: zwelling 2 cm, verder idem. Tinel neg. Phalen neg.
                   E: L87 ganglion pols links, toename
                   P: echo pols li aangevraagd via Tjongerschans. Polsbrace
                      voor 's nachts uitgeleend.
 02-04-2026  SvdM  Uitslag echo pols links (Tjongerschans, 30-03-2026):
                   dorsaal ganglion uitgaande van SL-ligament, 19 x 11 mm,
                   geen vaatstructuren, geen andere afwijkingen. Besproken
                   met pt telefonisch.
 02-04-2026  SvdM  P: pt wil geen aspiratie (angst voor naald). Afwachten.
 20-05-2026  SvdM  S: toch steeds meer last, kan niet meer steunen, stopt met yoga.
                      Wil er "vanaf".
                   O: idem, zwelling 2 cm.
                   E: L87 ganglion pols links, persisterend
                   P: Verwijzing chirurgie (Tjongerschans, handspreekuur)
                      via ZorgDomein.
 27-05-2026  SvdM  Verwijzing chirurgie verzonden.
 09-07-2026  AH    Brief specialist ontvangen: dr. K. Dijkstra, chirurg,
                   Tjongerschans d.d. 06-07-2026. Conclusie: symptomatisch
                   dorsaal ganglion li pols. Beleid: excisie aangeboden,
                   pt wil bedenktijd. Risico recidief (ca. 10-20%) besproken.
 21-07-2026  SvdM  Contact: pt heeft 3 weken vakantie in Spanje gehad (Alicante),
                   geen klachten daar. Twijfelt nog over operatie, zus had na
                   ganglionexcisie een lelijk litteken en een recidief.
 08-09-2026  SvdM  S: blijvende pijn, slapen gaat slecht door pols.
                   O: ganglion idem, nu ook pijnlijk bij palpatie.
                   E: L87 ganglion pols links
                   P: pt vraagt om second opinion bij gespecialiseerde
                      handkliniek alvorens te beslissen. Info meegegeven.
 14-10-2026  SvdM  Telefonisch: pt heeft inmiddels contact met handkliniek De
                   Brug in Utrecht, die vraagt om verwijzing + samenvatting.
 19-11-2026  SvdM  Verwijzing second opinion handchirurgie via ZorgDomein
                   aangemaakt. Samenvatting wordt meegestuurd.
--------------------------------------------------------------------------------
 OVERIGE RELEVANTE JOURNAALREGELS
--------------------------------------------------------------------------------
 12-05-2019  HAP   S: val van fiets op li hand.  O: drukpijn radius distaal.
                   P: X-pols li Tjongerschans: niet-gedisloceerde distale
                      radiusfractuur. Onderarmgips 5 wkn.
 25-06-2019  SvdM  Gips eraf, goede functie. Controle X niet nodig volgens SEH-arts.
 11-06-2022  SvdM  E: K86 hypertensie. P: amlodipine 5 mg. Leefstijladvies.
 02-02-2026  SvdM  RR 134/82. Controle goed.
--------------------------------------------------------------------------------
 LABUITSLAGEN (laatste)
--------------------------------------------------------------------------------
 15-01-2026  Kreatinine 68 umol/l  eGFR >90  Kalium 4,1  Glucose nuchter 5,2
--------------------------------------------------------------------------------
 Einde uitdraai. Pagina 1-2.  Deze uitdraai bevat gegevens uit het HIS
 en is bestemd voor de geadresseerde zorgverlener.
================================================================================
"""


@doc("tp-003")
def tp003():
    write_txt("tp-003", HIS_003)
    return label(["history"], "2026-11-20", "gp", "nl", "HIS printout, professionele samenvatting",
                 imaging="yes", operated="unmentioned", abroad="unmentioned",
                 notes="Tricky: long SOEP journal; excision only offered ('excisie aangeboden'); sister's "
                       "operation; appendectomy is another body part; holiday in Spain without care; "
                       "print date top right, birth date on the next line; many other dates in the body.")


# ----------------------------------------------------------------------------------------- 004
@doc("tp-004")
def tp004():
    d = Docx(font="Arial", size=9.5, margins_cm=(2.0, 2.0, 1.5, 1.8))
    d.header("Gelre ziekenhuizen  |  locatie Apeldoorn  |  Albert Schweitzerlaan 31, 7334 DZ Apeldoorn",
             size=7.5)
    d.footer("Gelre ziekenhuizen - Plastische, Reconstructieve en Handchirurgie - telefoon 055 581 81 81 "
             "- Deze brief is elektronisch gecontroleerd en daarom niet ondertekend.")
    d.p("Gelre ziekenhuizen", bold=True, size=16, color=(0x00, 0x55, 0x8C), after=0)
    d.p("Plastische, Reconstructieve en Handchirurgie", size=10, after=12)
    t = d.kv([["Aan", "Huisartsenpraktijk Het Loo\nDr. A.W. Schoemaker\nLoolaan 88\n7314 AJ Apeldoorn"],
              ["Ons kenmerk", "PLC/HJK/1042887"],
              ["Datum", "12-10-2026"],
              ["Betreft", "Dhr. M. Yıldız, geb. 17-08-1986, patiëntnr. 1042887\n"
                          "Kanaal Noord 301, 7323 AN Apeldoorn"]],
             widths_cm=(3.2, 13.0), grid=False)
    d.p("Geachte collega,", after=6)
    d.p("Op 8 oktober 2026 zagen wij op de polikliniek uw patiënt, de heer Yıldız, 40 jaar, "
        "steigerbouwer, in verband met ulnaire polspijn rechts.")
    d.p("Anamnese", bold=True, after=1)
    d.p("In november 2025 viel patiënt van ongeveer twee meter hoogte op de uitgestrekte rechterhand. "
        "Sindsdien pijn aan de ulnaire zijde van de pols, vooral bij draaien (schroeven, sleutel "
        "omdraaien) en bij steunen. Klikkend gevoel. Geen tintelingen. Hij werkt aangepast. "
        "Patiënt is niet eerder aan de pols geopereerd. Voorgeschiedenis verder blanco.")
    d.p("Lichamelijk onderzoek", bold=True, after=1)
    d.p("Rechterpols: geen zwelling. Drukpijn in de fovea ulnaris, positieve ulnar fovea sign. "
        "Ulnocarpale stresstest pijnlijk. DRUG stabiel in vergelijking met links. Pronatie/supinatie "
        "80-0-75 (links 85-0-85). Knijpkracht (Jamar) rechts 32 kg, links 48 kg.")
    d.p("Aanvullend onderzoek", bold=True, after=1)
    d.p("X-pols rechts (2 richtingen, 08-10-2026): geen fractuur, neutrale ulnaire variantie. "
        "MRI pols rechts (Gelre, 22-09-2026): perforatie van de TFCC centraal, verdenking perifere "
        "scheur aan de foveale insertie, geen botoedeem.")
    d.p("Conclusie", bold=True, after=1)
    d.p("Posttraumatische ulnaire polspijn rechts op basis van een TFCC-letsel (Palmer 1A/1B).")
    d.p("Beleid", bold=True, after=1)
    d.p("Wij hebben patiënt een diagnostische en zo nodig therapeutische polsartroscopie aangeboden. "
        "Hij wil hierover nadenken en overweegt een second opinion. Voorlopig polsbrace en "
        "handtherapie. Hij neemt zelf contact op.", after=10)
    d.p("Met vriendelijke groet,", after=16)
    d.p("drs. L.K. Brouwer, AIOS plastische chirurgie\nnamens dr. H.J. Kamphuis, plastisch chirurg")
    d.p("cc: patiënt", size=8.5)
    BUILD.mkdir(parents=True, exist_ok=True)
    src = BUILD / "tp-004.docx"
    d.save(src)
    if not docx_to_pdf(src, DOCS / "tp-004.pdf"):
        raise RuntimeError("LibreOffice conversion failed for tp-004")
    return label(["correspondence"], "2026-10-12", "specialist", "nl",
                 "HiX-like outpatient letter (DOCX converted to PDF by LibreOffice)",
                 imaging="yes", operated="no", abroad="unmentioned",
                 notes="Header block as borderless table (label and value in separate cells); visit "
                       "date and exam dates in the body differ from letter date; arthroscopy only "
                       "offered; 'niet eerder aan de pols geopereerd'.")


# ----------------------------------------------------------------------------------------- 005
@doc("tp-005")
def tp005():
    def page(c, d):
        logo_bars(c, 20, 276)
        ctext(c, 34, 285, "Maasstad Ziekenhuis", 13, "Helvetica-Bold", TEAL)
        ctext(c, 34, 280, "Afdeling Radiologie en Nucleaire Geneeskunde", 8.5)
        ctext(c, 190, 285, "Maasstadweg 21", 7.5, align="right")
        ctext(c, 190, 281.5, "3079 DZ Rotterdam", 7.5, align="right")
        ctext(c, 190, 278, "T 010 291 19 11", 7.5, align="right")
        hline(c, 273, color=TEAL)
        ctext(c, 20, 12, "Dit verslag is elektronisch geautoriseerd.", 7, color=GREY)

    pdf = Pdf(DOCS / "tp-005.pdf", on_page=page, margins=(20, 20, 32, 20), size=9.5)
    pdf.columns("Patiënt: Dhr. B.C. (Bart) Stolk\nGeboortedatum: 29-01-1994\nPatiëntnummer: 6620184\n"
                "Adres: Groene Hilledijk 240, 3075 EJ Rotterdam",
                "Aanvrager: dr. P. van Dijk, orthopedisch chirurg\nAfdeling: Orthopedie\n"
                "Kopie: huisarts H. Reijnders, Rotterdam", widths=(90, 80), size=8.5)
    pdf.kv([["Onderzoek", "MRI pols rechts zonder contrast"],
            ["Datum onderzoek", "03-09-2026"],
            ["Accessionnummer", "MSZ26MR0918342"],
            ["Klinische gegevens", "Val op gestrekte hand 02-2026, sindsdien ulnaire polspijn rechts, "
                                   "klikken bij pro-/supinatie. Vraagstelling: TFCC-letsel? "
                                   "Instabiliteit DRUG?"]], widths=(38, 132), size=9)
    pdf.h("Verslag", 10.5, before=2)
    pdf.p("Techniek: 1.5T, dedicated polsspoel. Coronale PD FS, T1, sagittale en axiale PD FS, "
          "3D-gradiënt-echo.")
    pdf.p("Bevindingen: Centrale perforatie van de discus articularis van het TFCC van circa 3 mm. "
          "Foveale insertie intact; geen vochtsignaal aan de ulnaire styloid. Lunotriquetrale "
          "ligament intact. Geen botoedeem; in het bijzonder geen ulnocarpale impactie. Positieve "
          "ulnaire variantie van 1 mm. Extensor carpi ulnaris-pees ligt in de groeve, zonder "
          "tendinopathie. Distaal radio-ulnair gewricht congruent, minimaal vocht. Geen ganglion.")
    pdf.h("Conclusie", 10.5, before=2)
    pdf.p("1. Centrale perforatie van het TFCC (Palmer type 1A), foveale insertie intact.")
    pdf.p("2. Geen aanwijzingen voor instabiliteit van het DRUG of ulnocarpale impactie.")
    pdf.sp(6)
    pdf.kv([["Radioloog", "dr. E.M. Sanders, radioloog"],
            ["Datum verslag", "04-09-2026 11:42"]], widths=(38, 132), size=9)
    pdf.save()
    return label(["imaging-report"], "2026-09-04", "radiologist", "nl", "radiology report, letterhead",
                 also_dates=["2026-09-03"], imaging="yes", operated="unmentioned",
                 abroad="unmentioned",
                 notes="'Vraagstelling' is the requester's question, not a referral; requester block "
                       "names an orthopaedic surgeon; exam date and report date differ by a day.")


# ----------------------------------------------------------------------------------------- 006
@doc("tp-006")
def tp006():
    def page(c, d):
        logo_circle(c, 26, 281, 6, colors.Color(0.0, 0.45, 0.3))
        ctext(c, 35, 284, "Ziekenhuis Gelderse Vallei", 12, "Helvetica-Bold", colors.Color(0.0, 0.45, 0.3))
        ctext(c, 35, 279.5, "Willy Brandtlaan 10, 6716 RP Ede  -  0318 43 43 43", 7.5)
        ctext(c, 190, 284, "OPERATIEVERSLAG", 12, "Helvetica-Bold", align="right")
        ctext(c, 190, 279.5, "Plastische chirurgie", 8, align="right")
        hline(c, 275)
        ctext(c, 20, 12, "Ziekenhuis Gelderse Vallei - OK-verslag - vertrouwelijk", 7, color=GREY)
        ctext(c, 190, 12, f"blad {d.page}", 7, color=GREY, align="right")

    pdf = Pdf(DOCS / "tp-006.pdf", on_page=page, margins=(20, 20, 30, 20), size=9)
    pdf.kv([["Patiënt", "Mw. G.H. (Gerda) Hoekstra-Smit", "Geb.datum", "02-11-1956"],
            ["Patiëntnr.", "30087716", "Opnamenr.", "D-2026-044187"],
            ["Datum operatie", "15-06-2026", "OK / sessie", "OK 4, dagbehandeling"]],
           widths=(30, 60, 28, 52), grid=True, size=9,
           shade=None)
    pdf.kv([["Operateur", "dr. S. Wolters, plastisch chirurg"],
            ["Assistent", "M. de Vries, AIOS plastische chirurgie"],
            ["Anesthesist", "dr. R. Chaouch"],
            ["Anesthesie", "Plexus axillaris rechts, bloedleegte bovenarm 250 mmHg (52 min)"],
            ["Indicatie", "Morbus Dupuytren rechts, streng digit 4 en 5, extensiedeficit MCP-4 40°, "
                          "PIP-5 35° (Tubiana II). Tafeltest positief."],
            ["Ingreep", "Partiële (selectieve) fasciectomie digit 4 en 5 rechts, Z-plastiek digit 5"],
            ["Profylaxe", "Geen antibiotica"]], widths=(32, 138), grid=True, size=9)
    pdf.h("Beschrijving", 10, before=3)
    pdf.p("Patiënte in rugligging, arm op armtafel. Desinfectie en afdekken volgens protocol. "
          "Bruner-incisie over digit 4 vanaf de distale handpalmplooi tot de PIP-plooi, en over digit 5 "
          "tot aan de middenfalanx. Identificatie en zorgvuldig vrijprepareren van de neurovasculaire "
          "bundels aan beide zijden; de ulnaire bundel van digit 5 ligt spiraliserend rond de streng "
          "(spiral cord) en wordt over de gehele lengte vrijgelegd. Excisie van de pretendineuze "
          "streng en de natatoire streng. Na excisie volledige extensie van MCP-4; PIP-5 resterend "
          "extensiedeficit 10°, na capsulaire release van het volaire kapsel 5°.")
    pdf.p("Bloedleegte af na 52 minuten, goede capillaire refill in alle vingers. Hemostase met "
          "bipolaire coagulatie. Sluiten van de huid met Z-plastiek ter hoogte van de basale falanx "
          "digit 5, Ethilon 5-0. Drukverband en dorsale spalk in extensie.")
    pdf.kv([["Complicaties", "Geen"],
            ["PA", "Weefsel naar pathologie: fascie digit 4/5 rechts"],
            ["Nabehandeling", "Spalk en verband 5 dagen, daarna handtherapie en nachtspalk in extensie "
                              "gedurende 3 maanden. Hechtingen eruit na 12-14 dagen bij huisarts. "
                              "Controle polikliniek over 6 weken."],
            ["Verslag door", "dr. S. Wolters, 15-06-2026 12:18"]], widths=(32, 138), grid=True, size=9)
    pdf.save()
    return label(["operation-report"], "2026-06-15", "specialist", "nl", "operation report form, grid",
                 imaging="unmentioned", operated="yes", abroad="unmentioned",
                 notes="Form with no salutation; four-column grid for patient data; Dupuytren "
                       "fasciectomy (hand).")


# ----------------------------------------------------------------------------------------- 007
@doc("tp-007")
def tp007():
    def page(c, d):
        logo_square(c, 20, 275, 12, colors.Color(0.45, 0.1, 0.5))
        ctext(c, 36, 284, "Streeklaboratorium Medische Microbiologie Zuidwest", 11.5, "Helvetica-Bold")
        ctext(c, 36, 279.5, "Laboratorium voor Medische Microbiologie en Infectiepreventie", 8)
        ctext(c, 36, 276, "Lange Kerkstraat 50, 4461 HA Goes  -  T 0113 23 45 00  -  RvA M 212", 7.5)
        hline(c, 271)
        ctext(c, 20, 12, "Uitslag is elektronisch gevalideerd. Bij vragen: arts-microbioloog van dienst.",
              7, color=GREY)

    pdf = Pdf(DOCS / "tp-007.pdf", on_page=page, margins=(20, 20, 32, 20), size=9)
    pdf.columns("Aan:\nHuisartsenpraktijk Kapelle\nT.R. Verburg, huisarts\nBiezelingseweg 3\n4421 BN Kapelle",
                "Patiënt: Mw. F. (Fatma) Kaya\nGeboren: 11-12-1972\nLabnummer: 26-M-118402\n"
                "Uw kenmerk: -", widths=(85, 85), size=9)
    pdf.h("UITSLAG MRSA-SCREENING (EINDUITSLAG)", 11, before=2)
    pdf.kv([["Afnamedatum", "24-11-2026"],
            ["Ontvangstdatum", "25-11-2026"],
            ["Datum uitslag", "28-11-2026"],
            ["Klinische gegevens", "Screening voorafgaand aan poliklinisch bezoek handkliniek; "
                                   "opgenomen geweest in ziekenhuis buitenland (Antalya, Turkije, "
                                   "oktober 2026)."]],
           widths=(40, 130), size=9)
    pdf.table([["Materiaal", "Bepaling", "Methode", "Uitslag"],
               ["Neus", "MRSA", "PCR + kweek (selectief)", "MRSA niet aangetoond"],
               ["Keel", "MRSA", "PCR + kweek (selectief)", "MRSA niet aangetoond"],
               ["Perineum", "MRSA", "PCR + kweek (selectief)", "MRSA niet aangetoond"]],
              widths=(30, 25, 55, 60), size=9, head_bg=colors.Color(0.9, 0.9, 0.95))
    pdf.p("<b>Conclusie:</b> Geen MRSA aangetoond in de ingestuurde materialen.")
    pdf.p("Opmerking: een negatieve screening sluit dragerschap niet volledig uit. Bij opname of "
          "ingreep binnen 2 maanden hoeft de screening niet te worden herhaald, tenzij er opnieuw "
          "een risicofactor is ontstaan.", size=8.5)
    pdf.sp(5)
    pdf.kv([["Gevalideerd door", "dr. I.J. Oosterhuis, arts-microbioloog"]], widths=(40, 130), size=9)
    pdf.save()
    return label(["mrsa-screening"], "2026-11-28", "lab", "nl", "microbiology lab result, table",
                 also_dates=["2026-11-24"], imaging="unmentioned", operated="unmentioned",
                 abroad="yes",
                 notes="Clinical data line states admission abroad (Antalya); sample, receipt and "
                       "result dates all present; result in a table.")


# ----------------------------------------------------------------------------------------- 008
@doc("tp-008")
def tp008():
    d = Docx(font="Calibri", size=10)
    d.header("Ziekenhuis Rivierenland Tiel - President Kennedylaan 1, 4002 WP Tiel", size=7.5)
    d.footer("Afdeling Heelkunde / Traumatologie - secretariaat 0344 67 49 11")
    d.p("Ziekenhuis Rivierenland", bold=True, size=15, color=(0x6A, 0x1B, 0x4D), after=0)
    d.p("Heelkunde - Traumatologie", size=10, after=10)
    d.p("Huisartsenpraktijk Maas en Waal\nt.a.v. mw. C.J. Terlouw, huisarts\nDorpsstraat 19\n"
        "6651 BM Druten", after=10)
    d.kv([["Datum", "5 augustus 2026"], ["Ons kenmerk", "HLK/FH/77102"],
          ["Betreft", "Mw. L. (Lotte) van Beek, geb. 30-09-1964, patiëntnr. 2277102"]],
         widths_cm=(3, 13), grid=False)
    d.h("KLINISCHE BRIEF / ONTSLAGBRIEF", 12)
    d.kv([["Opnamedatum", "02-08-2026"], ["Ontslagdatum", "04-08-2026"],
          ["Opnamediagnose", "Intra-articulaire distale radiusfractuur links (AO 23-C1), dorsaal gekanteld"],
          ["Behandelaar", "dr. F. Hendriks, traumachirurg"]], widths_cm=(4, 12))
    d.p("Geachte collega,", after=6)
    d.p("Bovengenoemde patiënte was opgenomen op onze afdeling. Zij viel op 1 augustus 2026 van haar "
        "fiets op de linkerhand. Op de SEH werd een gedisloceerde distale radiusfractuur links "
        "vastgesteld op de röntgenfoto; na gesloten repositie bleef de stand onacceptabel "
        "(dorsale kanteling 18°, radiaire verkorting 4 mm). In overleg werd gekozen voor operatieve "
        "behandeling.")
    d.h("Operatie", 11)
    d.kv([["Datum operatie", "03-08-2026"],
          ["Operateur", "dr. F. Hendriks, traumachirurg"],
          ["Assistent", "drs. N. Akkermans, ANIOS heelkunde"],
          ["Anesthesie", "Algehele anesthesie, bloedleegte bovenarm 250 mmHg"],
          ["Ingreep", "Open repositie en interne fixatie (ORIF) distale radius links met volaire "
                      "hoekstabiele plaat (2.4 mm, 7 schroeven)"]], widths_cm=(4, 12))
    d.p("**Verloop:** volaire benadering volgens modified Henry via de FCR-schede. Pronator quadratus "
        "L-vormig ingesneden en opzij gelegd. Fractuur gereponeerd onder doorlichting, voorlopig "
        "gefixeerd met twee K-draden, daarna volaire plaat geplaatst, distaal vier hoekstabiele "
        "schroeven, proximaal drie corticale schroeven. Controle onder doorlichting: goede stand, "
        "geen intra-articulaire schroeven. Pronator hersteld, wond gesloten in lagen, intracutaan. "
        "Bloedleegte 61 minuten. Geen complicaties.")
    d.h("Beloop", 11)
    d.p("Ongecompliceerd postoperatief beloop. Postoperatieve röntgenfoto's tonen een goede stand "
        "van de fractuur en het osteosynthesemateriaal. Pijn goed onder controle met paracetamol. "
        "Op 04-08-2026 in goede conditie naar huis.")
    d.h("Medicatie bij ontslag", 11)
    d.p("Paracetamol 1000 mg 4 dd, naproxen 500 mg 2 dd gedurende 5 dagen, pantoprazol 40 mg 1 dd "
        "zolang naproxen wordt gebruikt.")
    d.h("Beleid", 11)
    d.p("Drukverband en onderarmspalk 2 weken. Poliklinische controle over 2 weken (wondcontrole, "
        "spalk af, start handtherapie). Röntgencontrole na 6 weken.", after=10)
    d.p("Met vriendelijke groet,", after=18)
    d.p("dr. F. Hendriks, traumachirurg")
    d.p("cc: patiënte; Handtherapie Betuwe", size=8.5)
    d.save(DOCS / "tp-008.docx")
    return label(["correspondence", "operation-report"], "2026-08-05", "specialist", "nl",
                 "discharge letter with operation section (HiX-like, DOCX tables)",
                 imaging="yes", operated="yes", abroad="unmentioned",
                 notes="Discharge letter containing a full operation section (date, operator, "
                       "procedure, course), so both kinds; admission/discharge/operation dates differ "
                       "from the letter date.")


# ----------------------------------------------------------------------------------------- 009
MAIL_009 = """\
Van:        Sandra Kuipers <s.kuipers78@example.nl>
Verzonden:  dinsdag 10 november 2026 21:47
Aan:        secretariaat@debrug-handkliniek.example.nl
Onderwerp:  Aanvraag second opinion duim links

Geachte heer/mevrouw,

Via mijn huisarts (dokter Van Leeuwen in Arnhem) heb ik gehoord dat ik bij u terecht kan voor een
second opinion. Ik wil graag uitleggen waarom.

In 2023 ben ik op vakantie in Spanje gevallen met de fiets. Ik ben toen in het ziekenhuis in Málaga
(Hospital Regional) geholpen, daar werd een breuk van de duim gezien en kreeg ik gips. Terug in
Nederland bleef de duim pijnlijk en instabiel.

In maart 2024 ben ik in Rijnstate geopereerd aan mijn linkerduim (er werd een band hersteld, zei de
chirurg). Omdat het niet goed ging, ben ik in juni 2025 nog een keer geopereerd, toen is het
gewricht vastgezet. Er zijn in die tijd heel veel foto's en ook een CT-scan gemaakt.

Nu, ruim een jaar later, heb ik nog steeds veel pijn en kan ik bijna niets vastpakken. Mijn
chirurg zegt dat er niets meer aan te doen is, maar daar kan ik me niet bij neerleggen. Ik ben
32 uur per week kapster en ben bang dat ik mijn werk kwijtraak.

Mijn huisarts stuurt de verwijsbrief via ZorgDomein. Ik heb de operatieverslagen al opgevraagd
bij Rijnstate, die stuur ik mee zodra ik ze heb. Moet ik de cd met de foto's ook opsturen of mag
ik die meenemen naar de afspraak?

Mijn geboortedatum is 19-04-1978, BSN heb ik niet bij de hand.

Alvast heel hartelijk bedankt.

Met vriendelijke groet,
Sandra Kuipers
Meester de Bruinstraat 52
6824 LK Arnhem
06-27 80 41 15
"""


@doc("tp-009")
def tp009():
    write_txt("tp-009", MAIL_009)
    return label([], "2026-11-10", "patient", "nl", "patient e-mail",
                 imaging="yes", operated="yes", abroad="yes",
                 notes="Tricky: patient's own request for a second opinion is not a referral; care in "
                       "a Spanish hospital (Málaga) after a holiday fall; two operations in Rijnstate; "
                       "date only in the e-mail header; asks about the CD.")


# ----------------------------------------------------------------------------------------- 010
@doc("tp-010")
def tp010():
    blue = colors.Color(0.05, 0.3, 0.55)

    def page(c, d):
        logo_circle(c, 25, 282, 5.5, blue)
        ctext(c, 33, 285, "AZ Sint-Jan Brugge AV", 12, "Helvetica-Bold", blue)
        ctext(c, 33, 280.5, "Campus Brugge - Ruddershove 10 - 8000 Brugge", 7.5)
        ctext(c, 190, 285, "Dienst Orthopedie - Handchirurgie", 8.5, "Helvetica-Bold", align="right")
        ctext(c, 190, 281, "Secretariaat: +32 50 45 21 60", 7.5, align="right")
        ctext(c, 190, 277.5, "orthopedie@azsintjan.example.be", 7.5, align="right")
        ctext(c, 105, 10, "AZ Sint-Jan Brugge AV - RPR Brugge - ondernemingsnummer 0123.456.789", 6.5,
              color=GREY, align="center")

    pdf = Pdf(DOCS / "tp-010.pdf", on_page=page, margins=(22, 22, 32, 20), size=9.5)
    pdf.columns("", "Weledele Heer Dokter\nW. Lansbergen\nHuisartsenpraktijk Oostburg\nNieuwstraat 4\n"
                    "4501 BA Oostburg\nNEDERLAND", widths=(90, 76), size=9.5)
    pdf.p("Brugge, 21/10/2026", align=2, after=8)
    pdf.p("<b>Betreft:</b> Mevrouw DE KEYSER Ingrid, ° 12/03/1971", after=1)
    pdf.p("Raadpleging handchirurgie van 20/10/2026 - Patiëntennummer 0071198344", size=8.5, after=8)
    pdf.p("Geachte Collega,")
    pdf.p("Ik zag uw patiënte, woonachtig in Sluis, op de raadpleging handchirurgie voor pijn aan "
          "de rechterpols sinds een val op het ijs in januari 2026. Zij werd toen niet onderzocht. "
          "Sinds enkele maanden toenemende pijn dorsaal radiaal, vooral bij steunen en bij het "
          "dragen van boodschappen. Zij is linkshandig en werkt als verpleegkundige.")
    pdf.p("<b>Klinisch onderzoek:</b> lichte zwelling in de tabatière anatomique, drukpijn over het "
          "scafoïd, pijnlijke Watson-test zonder duidelijke klik. Flexie/extensie 60-0-55, links "
          "80-0-75.")
    pdf.p("<b>Technische onderzoeken:</b> RX pols rechts (4 opnames scafoïdreeks) van vandaag: "
          "geen fractuurlijn zichtbaar, scafolunaire afstand 3 mm, geen DISI-stand. Een CT-scan "
          "werd aangevraagd ter uitsluiting van een occulte scafoïdfractuur; die heeft zij nog niet "
          "laten uitvoeren.")
    pdf.p("<b>Besluit:</b> posttraumatische polspijn rechts, differentiaaldiagnose occulte "
          "scafoïdfractuur versus partieel scafolunair letsel.")
    pdf.p("<b>Voorstel:</b> voorlopig conservatief beleid met polsbrace en ergotherapie. Een "
          "heelkundige ingreep is op dit moment niet aan de orde. Patiënte verkiest de verdere "
          "opvolging (CT-scan, eventueel MRI) in Nederland, dichter bij huis. Ik geef haar een kopie "
          "van de RX-beelden mee.")
    pdf.p("Met collegiale groeten,", before=6, after=14)
    pdf.p("dr. P. Vanhaverbeke", after=0)
    pdf.p("Orthopedisch chirurg - handchirurgie", size=8.5)
    pdf.save()
    return label(["correspondence"], "2026-10-21", "specialist", "nl",
                 "Belgian hospital letter (raadpleging, Besluit, ° birth date)",
                 imaging="yes", operated="unmentioned", abroad="yes",
                 notes="Written by a Belgian hospital that saw and treated the patient (outpatient "
                       "consultation, X-ray, brace), so treated_abroad yes; CT only requested; "
                       "'heelkundige ingreep niet aan de orde' is a plan, not a statement about the past; "
                       "date in dd/mm/yyyy right-aligned; ° before birth date.")


# ----------------------------------------------------------------------------------------- 011
@doc("tp-011")
def tp011():
    d = Docx(font="Verdana", size=9.5)
    d.p("HANDTHERAPIE OOST", bold=True, size=14, color=(0x2E, 0x7D, 0x32), after=0)
    d.p("praktijk voor hand- en polsrevalidatie  -  Hengelosestraat 585, 7521 AG Enschede  -  "
        "053 - 432 18 77", size=7.5, after=14)
    d.p("Aan: mw. dr. R. Meulenbelt, plastisch chirurg, MST Enschede\n"
        "Cc: dhr. B. Nijhuis, huisarts, Gezondheidscentrum Glanerbrug", after=10)
    d.p("Enschede, 2 september 2026", after=8)
    d.p("**Betreft:** voortgangsverslag handtherapie - mw. J.W. (Janny) Oude Luttikhuis, "
        "geboortedatum 07-07-1955", after=8)
    d.p("Geachte dokter Meulenbelt,")
    d.p("Mevrouw Oude Luttikhuis is bij ons in behandeling na de operatie van de rechterduim "
        "(trapeziectomie met LRTI, uitgevoerd op 3 maart 2026 in het MST). Hierbij ons verslag na "
        "zes maanden.")
    d.p("**Verloop:** na de gipsperiode zijn wij op 17 maart gestart met oedeembehandeling, "
        "littekenbehandeling en het oefenen van de beweeglijkheid, sinds mei aangevuld met "
        "krachttraining. Patiënte draagt bij zware taken nog een neopreen duimbrace. Zij is zeer "
        "gemotiveerd.")
    d.table([["Meting", "17-03-2026", "02-06-2026", "01-09-2026", "Links (ref.)"],
             ["Palmaire abductie duim", "25°", "40°", "45°", "50°"],
             ["Opposition (Kapandji)", "5", "8", "9", "10"],
             ["Knijpkracht (Jamar, kg)", "-", "12", "17", "22"],
             ["Pincetgreep (kg)", "-", "2,5", "4,0", "5,5"],
             ["Pijn NRS bij belasten", "6", "4", "3", "-"],
             ["PRWHE totaal", "71", "48", "29", "-"]],
            widths_cm=(5.0, 2.6, 2.6, 2.6, 2.6), size=8.5)
    d.p("**Conclusie en advies:** goede vooruitgang; resterende klachten vooral bij fijne "
        "knijpbewegingen (potjes openen, sleutel). Wij adviseren nog 6 behandelingen met een "
        "frequentie van eenmaal per twee weken, met nadruk op thuisoefenprogramma en "
        "ergonomische adviezen. Daarna evalueren wij opnieuw.")
    d.p("Wij vernemen graag of u akkoord bent met dit voorstel.", after=10)
    d.p("Met vriendelijke groet,", after=16)
    d.p("Marieke Ter Horst\nhandtherapeut CHT-NL / fysiotherapeut\nBIG 19912345604")
    d.save(DOCS / "tp-011.docx")
    return label([], "2026-09-02", "other", "nl", "hand therapy progress letter, table",
                 imaging="unmentioned", operated="yes", abroad="unmentioned",
                 notes="Tricky: looks like a clinical letter with measurements but is from a hand "
                       "therapist (not a specialist) so kinds none; states the CMC-1 operation "
                       "(trapeziectomy) as a past event.")


# ----------------------------------------------------------------------------------------- 012
PHARM_012 = """\
APOTHEEK DE VIJZEL                                   Laat 210, 1811 EP Alkmaar
Apotheker: drs. K.L. Zwaan                           072 - 511 40 22

                         M E D I C A T I E O V E R Z I C H T

Datum afdruk : 30-11-2026                            Afgedrukt door: R. Bakker (apothekersassistent)
Patiënt      : dhr. W.J. Schermer                    Geboortedatum : 05-03-1949
Adres        : Kennemerstraatweg 160, 1814 GR Alkmaar
Huisarts     : Huisartsenpraktijk De Hoef, A. Stam
Gewicht      : 84 kg    Lengte: 1,79 m    eGFR: 58 ml/min (12-10-2026)

ACTUELE MEDICATIE
------------------------------------------------------------------------------------------------
Start      Geneesmiddel                          Gebruik                      Voorschrijver
------------------------------------------------------------------------------------------------
12-2018    ACETYLSALICYLZUUR 80 MG TABLET        1x per dag 1 tablet          Stam (HA)
12-2018    ATORVASTATINE 40 MG TABLET            1x per dag 1 tablet 's avonds  Stam (HA)
03-2021    METFORMINE 500 MG TABLET              2x per dag 2 tabletten       Stam (HA)
03-2021    LISINOPRIL 10 MG TABLET               1x per dag 1 tablet          Stam (HA)
09-2026    PARACETAMOL 1000 MG TABLET            zo nodig, max 3x per dag     Stam (HA)
10-2026    DICLOFENAC GEL 10 MG/G                3x per dag aanbrengen pols   Stam (HA)
10-2026    OMEPRAZOL 20 MG CAPSULE MSR           1x per dag 1 capsule         Stam (HA)
------------------------------------------------------------------------------------------------

GESTOPTE MEDICATIE (LAATSTE 6 MAANDEN)
------------------------------------------------------------------------------------------------
Stop       Geneesmiddel                          Reden
08-2026    NAPROXEN 500 MG TABLET                maagklachten
------------------------------------------------------------------------------------------------

CONTRA-INDICATIES / OVERGEVOELIGHEDEN
  - Diabetes mellitus type 2
  - Verminderde nierfunctie (eGFR 30-60)
  - Overgevoeligheid: CODEINE (misselijkheid, braken), geregistreerd 2015

Dit overzicht is samengesteld op basis van de bij de apotheek bekende gegevens. Medicatie van andere
apotheken of zelfzorgmiddelen kunnen ontbreken. Neem dit overzicht mee naar elk bezoek aan
arts of ziekenhuis.
"""


@doc("tp-012")
def tp012():
    write_txt("tp-012", PHARM_012)
    return label([], "2026-11-30", "other", "nl", "pharmacy medication overview",
                 notes="Pharmacy medication overview; not a history letter; the eGFR date in the "
                       "header is not the document date.")


# ----------------------------------------------------------------------------------------- 013
@doc("tp-013")
def tp013():
    red = colors.Color(0.75, 0.1, 0.2)

    def page(c, d):
        c.saveState()
        c.setFillColor(red)
        c.rect(20 * 2.8346, 278 * 2.8346, 4 * 2.8346, 10 * 2.8346, stroke=0, fill=1)
        c.restoreState()
        ctext(c, 27, 284, "Radboudumc", 14, "Helvetica-Bold", red)
        ctext(c, 27, 279.5, "Afdeling Medische Beeldvorming - Geert Grooteplein Zuid 10, Nijmegen", 7.5)
        ctext(c, 105, 10, "Kunt u niet komen? Meld dit dan minimaal 24 uur van tevoren via 024 361 11 11.",
              7.5, color=GREY, align="center")

    pdf = Pdf(DOCS / "tp-013.pdf", on_page=page, margins=(25, 22, 38, 22), size=10)
    pdf.lines("De heer R.T. (Rutger) Jansen\nGraafseweg 412\n6532 ZR Nijmegen", after=12)
    pdf.kv([["Datum", "26 november 2026"], ["Patiëntnummer", "9018 2274"],
            ["Geboortedatum", "14-06-1988"], ["Onderwerp", "Bevestiging afspraak MRI"]],
           widths=(35, 120), bold_labels=False, size=9.5)
    pdf.p("Geachte heer Jansen,", before=4)
    pdf.p("Uw arts heeft voor u een MRI-onderzoek aangevraagd. Wij hebben de volgende afspraak voor "
          "u gemaakt:")
    pdf.table([["Onderzoek", "Datum", "Tijd", "Locatie"],
               ["MRI pols links", "donderdag 17 december 2026", "08:40 uur (melden 08:25)",
                "Route 767, MRI 3"]], widths=(40, 50, 40, 35), size=9.5,
              head_bg=colors.Color(0.95, 0.9, 0.9))
    pdf.h("Voorbereiding", 10.5)
    pdf.p("- Vul de bijgevoegde vragenlijst in en neem deze mee. Heeft u een pacemaker, "
          "neurostimulator, insulinepomp of metaalsplinters in de ogen? Neem dan vóór het onderzoek "
          "contact met ons op.")
    pdf.p("- Het onderzoek duurt ongeveer 30 minuten. U mag gewoon eten en drinken en uw medicijnen "
          "innemen.")
    pdf.p("- Sieraden, horloge, pinpassen en gehoorapparaten kunt u in een kluisje bewaren.")
    pdf.p("- Heeft u eerder elders een MRI of röntgenfoto van de pols laten maken? Neem dan de "
          "beelden (cd) mee, zodat de radioloog kan vergelijken.")
    pdf.h("Uitslag", 10.5)
    pdf.p("De uitslag krijgt u van de arts die het onderzoek heeft aangevraagd: dr. M.A. Peters, "
          "plastische chirurgie, tijdens uw afspraak op 7 januari 2027.")
    pdf.p("Met vriendelijke groet,", before=6)
    pdf.p("Planning Medische Beeldvorming")
    pdf.save()
    return label([], "2026-11-26", "other", "nl", "hospital appointment letter",
                 imaging="unmentioned", operated="unmentioned", abroad="unmentioned",
                 notes="Tricky: MRI is only planned; conditional 'Heeft u eerder elders een MRI...' "
                       "is a question; several future dates (exam, follow-up) in the body.")


# ----------------------------------------------------------------------------------------- 014
@doc("tp-014")
def tp014():
    d = Docx(font="Arial", size=10)
    d.p("Kliniek voor Hand- en Polschirurgie De Brug", bold=True, size=13, after=0)
    d.p("Catharijnesingel 120 - 3511 GP Utrecht", size=8, after=12)
    d.h("MACHTIGING / TOESTEMMINGSFORMULIER", 13, after=2)
    d.p("Toestemming voor het opvragen van medische gegevens bij andere zorgverleners", italic=True,
        after=10)
    d.p("**1. Gegevens patiënt**")
    d.kv([["Naam", "Hermans"], ["Voorletters", "P.C."], ["Geboortedatum", "21-10-1990"],
          ["Adres", "Lindenlaan 8, 3722 AV Bilthoven"], ["Telefoon", "06-19 55 20 73"]],
         widths_cm=(5, 11))
    d.p("**2. Gegevens op te vragen bij**")
    d.kv([["Zorgverlener / instelling", "Isala, Zwolle - afdeling Plastische chirurgie"],
          ["Behandeling / ingreep", "Carpaletunnelrelease links, mei 2025 (dr. Koster)"],
          ["Gevraagde stukken", "☒ Correspondentie   ☒ Operatieverslag(en)   ☐ Laboratoriumuitslagen\n"
                                "☐ Ontslagbrief   ☐ Anders: ..."]],
         widths_cm=(5, 11))
    d.p("**3. Verklaring**")
    d.p("Ondergetekende geeft toestemming aan de Kliniek voor Hand- en Polschirurgie De Brug om "
        "bovengenoemde medische gegevens op te vragen bij de genoemde zorgverlener, uitsluitend ten "
        "behoeve van de beoordeling van de second opinion. Deze toestemming is geldig tot één jaar na "
        "ondertekening en kan op elk moment worden ingetrokken.")
    d.kv([["Plaats", "Bilthoven"], ["Datum", "01-12-2026"],
          ["Handtekening", "(getekend)  P.C. Hermans"]], widths_cm=(5, 11))
    d.p("Retour via intake@debrug-handkliniek.example.nl of per post.", size=8)
    d.save(DOCS / "tp-014.docx")
    return label([], "2026-12-01", "patient", "nl", "consent form, two-column table with checkboxes",
                 imaging="unmentioned", operated="yes", abroad="unmentioned",
                 notes="Tricky: consent form (kind none) that states the past operation in a table "
                       "cell; checkboxes; date in a cell apart from its label.")


# ----------------------------------------------------------------------------------------- 015
def _p015_referral(path):
    def page(c, d):
        c.saveState()
        c.setFillColor(colors.Color(0.0, 0.4, 0.6))
        c.rect(0, 800, 595, 42, stroke=0, fill=1)
        c.restoreState()
        ctext(c, 20, 287, "ZorgDomein", 14, "Helvetica-Bold", colors.white)
        ctext(c, 190, 287, "Verwijsbrief", 10, "Helvetica-Bold", colors.white, "right")
        ctext(c, 20, 10, "ZorgDomein - afgedrukt 29-10-2026", 7, color=GREY)

    pdf = Pdf(path, on_page=page, margins=(20, 20, 26, 18), size=9.5)
    pdf.h("Consult handchirurgie - second opinion", 13)
    pdf.kv([["Patiënt", "Dhr. K. Lammers"], ["Geboortedatum", "09-09-1990"],
            ["BSN", "2087.31.664"], ["Adres", "Bergweg 77, 3707 AC Zeist"],
            ["Verzekeraar", "CZ"], ["Verwijzer", "dr. H.F. Sprenger, huisarts, Huisartsen Zeist-West"],
            ["AGB", "01-066172"], ["Datum", "29-10-2026"], ["Ontvanger", "De Brug Handkliniek, Utrecht"]],
           widths=(40, 130))
    pdf.kv([["Reden van verwijzing",
             "Status na fractuur MC-5 rechts (juni 2026, vechtpartij) die in het Diakonessenhuis "
             "conservatief is behandeld met gips. Nu rotatiefout pink rechts: bij vuist maken kruist "
             "de pink over de ringvinger. Hinder bij sporten (handbal) en werk (monteur)."],
            ["Vraagstelling",
             "Graag second opinion: is een correctieosteotomie MC-5 geïndiceerd? De orthopeed in het "
             "Diakonessenhuis adviseerde afwachten. Patiënt twijfelt."],
            ["Medicatie", "Geen"], ["Allergieën", "Geen"],
            ["Bijlagen", "Brief orthopedie 17-09-2026, röntgenverslag 28-08-2026"]], widths=(40, 130))
    pdf.p("Met vriendelijke groet, H.F. Sprenger, huisarts")
    pdf.save()


def _p015_letter(path):
    d = Docx(font="Arial", size=9.5)
    d.header("Diakonessenhuis Utrecht | Zeist | Doorn", size=8)
    d.p("Diakonessenhuis", bold=True, size=15, color=(0x00, 0x5B, 0x96), after=0)
    d.p("Orthopedie - Bosboomstraat 1, 3582 KE Utrecht", size=8.5, after=10)
    d.p("Aan: dr. H.F. Sprenger, huisarts\nHuisartsen Zeist-West\nSlotlaan 210\n3701 GZ Zeist", after=8)
    d.p("Utrecht, 17 september 2026", after=4)
    d.p("Betreft: dhr. K. Lammers, geb. 09-09-1990", bold=True, after=8)
    d.p("Geachte collega,")
    d.p("Wij zagen uw patiënt ter controle 12 weken na een subcapitale fractuur van MC-5 rechts, "
        "conservatief behandeld met ulnaire gipsspalk. De fractuur is klinisch en radiologisch "
        "geconsolideerd (zie röntgenverslag 28-08-2026) met 30° volaire angulatie. Bij vuistsluiting "
        "is er een lichte scissoring van digit 5 over digit 4, passend bij ongeveer 10° rotatiefout. "
        "Volledige flexie, kracht licht verminderd.")
    d.p("Conclusie: geconsolideerde MC-5 fractuur rechts met geringe rotatiefout.")
    d.p("Beleid: gezien de geringe functionele beperking adviseren wij voorlopig geen operatieve "
        "correctie en eerst handtherapie gedurende 3 maanden. Patiënt is hierover teleurgesteld.")
    d.p("Met vriendelijke groet,\n\ndrs. T. Wessels, orthopedisch chirurg")
    d.save(path.with_suffix(".docx"))
    if not docx_to_pdf(path.with_suffix(".docx"), path):
        raise RuntimeError("LibreOffice conversion failed for tp-015 part 2")


def _p015_xray(path):
    def page(c, d):
        ctext(c, 20, 285, "Diakonessenhuis - Radiologie", 11, "Helvetica-Bold")
        ctext(c, 190, 285, "Uitslag", 11, "Helvetica-Bold", align="right")
        hline(c, 281)

    pdf = Pdf(path, on_page=page, margins=(20, 20, 22, 20), size=9.5, font="Courier")
    pdf.kv([["Patient", "LAMMERS, K."], ["Geb.", "09-09-1990"], ["Aanvrager", "Wessels T. (ORT)"],
            ["Onderzoek", "X-hand rechts, 2 richtingen + schuine opname"],
            ["Datum", "28-08-2026"]], widths=(35, 135), font="Courier", size=9)
    pdf.p("Verslag:", bold=True)
    pdf.p("Vergeleken met 12-06-2026. Geconsolideerde subcapitale fractuur MC-5 rechts met "
          "resterende volaire angulatie van circa 30 graden. Geen verkorting van betekenis. "
          "Overige ossale structuren intact. Gewrichten congruent.")
    pdf.p("Concl.: geconsolideerde MC-5 fractuur rechts, 30 graden volaire angulatie.", bold=True)
    pdf.p("Radioloog: A.B. Timmer")
    pdf.save()


@doc("tp-015")
def tp015():
    BUILD.mkdir(parents=True, exist_ok=True)
    parts = [BUILD / "tp-015-1.pdf", BUILD / "tp-015-2.pdf", BUILD / "tp-015-3.pdf"]
    _p015_referral(parts[0])
    _p015_letter(parts[1])
    _p015_xray(parts[2])
    merge_pdfs(parts, DOCS / "tp-015.pdf")
    return label(["referral", "correspondence", "imaging-report"], "2026-10-29", "gp", "nl",
                 "merged PDF (bijlagen): Zorgdomein referral + outpatient letter (LibreOffice) + "
                 "radiology report (Courier)",
                 also_dates=["2026-09-17", "2026-08-28"], referral_question=True,
                 imaging="yes", operated="no", abroad="unmentioned",
                 notes="Merged file; top-level date is the first part (the referral), also_dates hold "
                       "the other parts' dates. 'hij is niet geopereerd' in the referral; the "
                       "orthopaedic letter advises against a correction (a plan). Referral has no "
                       "history section. Facts are the union over the parts.",
                 parts=[part(["referral"], "2026-10-29", "gp"),
                        part(["correspondence"], "2026-09-17", "specialist"),
                        part(["imaging-report"], "2026-08-28", "radiologist")])


# ----------------------------------------------------------------------------------------- 016
HIS_016 = """\
Uitdraai journaal                                              Praktijk Dokter Wiersma
                                                               Oranjewoud - Heerenveen
Datum uitdraai : 02-03-2026
Patiënt        : J. (Jan) Visser, geb. 11-11-1952, M
Periode        : 01-01-2024 t/m 02-03-2026
Selectie       : episode L91.01 Artrose CMC-1 rechts + brieven

Episode L91.01  Artrose basisgewricht duim rechts (CMC-1)   start 03-04-2024

Datum       Code  Regel
03-04-2024  S     pijn basis duim re bij knijpen, tuinieren, 6 mnd. R-handig.
            O     drukpijn CMC-1 re, grind test pos, geen zwelling. Beweeglijkheid goed.
            E     L91.01 artrose CMC-1 re, klinisch
            P     uitleg, paracetamol, duimbrace via orthopedisch instrumentmaker.
28-05-2024  S     brace helpt matig. O: idem. P: X-handen beiderzijds aangevraagd.
11-06-2024  U     X-handen bdz (Tjongerschans): artrose CMC-1 re gr. 3 (Eaton), li gr. 1.
                  Geringe artrose DIP-gewrichten.
12-06-2024  P     injectie CMC-1 re triamcinolon 10 mg, onder aseptische condities.
02-10-2024  S     effect injectie 3 mnd, nu weer pijn. Wil verwezen.
            P     verwijzing plastische chirurgie Tjongerschans (ZorgDomein).
19-12-2024  B     Brief specialist ontvangen: plastische chirurgie (dr. Hoogland)
                  d.d. 16-12-2024: opties besproken, patiënt kiest voor operatie.
                  Op wachtlijst trapeziectomie + LRTI.
14-10-2025  B     Brief specialist ontvangen: OK-verslag d.d. 09-10-2025: trapeziectomie
                  met LRTI (FCR-slip) duim rechts verricht, ongecompliceerd.
                  Gips 4 wkn, daarna handtherapie.
21-10-2025  S     hechtingen verwijderd, wond rustig.
02-12-2025  S     na gips nu handtherapie, gaat langzaam vooruit.
20-01-2026  S     nog steeds forse pijn bij knijpen, kracht minimaal. Slaapt slecht.
            O     litteken rustig, drukpijn basis MC-1, geen zwelling. Kracht duim-wijs-
                  vinger duidelijk minder dan links.
            E     L91.01 status na trapeziectomie re, persisterende klachten
            P     contact met plastisch chirurg; voorlopig verder handtherapie.
17-02-2026  B     Brief specialist ontvangen: poli plastische chirurgie 12-02-2026:
                  X-duim re: subsidentie MC-1, geen bijzonderheden verder. Beleid
                  afwachten tot 1 jaar postoperatief.
02-03-2026  C     pt vraagt om second opinion, ontevreden over beloop. Overleg:
                  verwijzing voorbereiden, uitdraai journaal meegeven.

Overige episoden (actief): K86 hypertensie (2011), T93 hypercholesterolemie (2011),
                           F92 cataract bdz (geopereerd 2019, oogarts Heerenveen)
Medicatie: perindopril 4 mg 1 dd, simvastatine 40 mg 1 dd, paracetamol 1 g zn
Allergieën: geen bekend

--- einde uitdraai ---                                         pag. 1 van 1
"""


@doc("tp-016")
def tp016():
    write_txt("tp-016", HIS_016, crlf=True)
    return label(["history"], "2026-03-02", "gp", "nl", "HIS journal printout (selection), CRLF",
                 imaging="yes", operated="yes", abroad="unmentioned",
                 notes="Older than six months relative to 2026-12-05 (recency test); operation "
                       "reported via a journal line 'Brief specialist ontvangen: OK-verslag ... "
                       "verricht'; cataract surgery is another body part; CRLF line endings.")
