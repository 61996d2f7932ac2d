# vi-001 .. vi-016   (all persons, numbers and addresses invented)
from common import L, P, pdf, docx, txt, CLINIC_NL

DOCS = []
add = DOCS.append

# ------------------------------------------------------------------------------------------
# Patient A: mevr. Ingrid van der Kolk-Brouwer, Haarlem. CMC-1 artrose re, trapeziectomie 2025.
# ------------------------------------------------------------------------------------------

# vi-001  Zorgdomein referral, two-column PDF, referral + history
add(pdf("vi-001",
    L(["referral", "history"], "2026-11-04", "gp", "nl", "zorgdomein two-column print",
      "yes", "yes", "unmentioned",
      "ZorgDomein print: labels and values are separate runs in two columns (the wrapped label 'Relevante "
      "voorgeschiedenis' interleaves with its values when extracted); no salutation; question only "
      "in 'Vraagstelling'. Birth date 14-02-1971 and print date 05-11-2026 (footer) compete with the "
      "referral date 04-11-2026. Has 'Relevante voorgeschiedenis' and 'Recente behandelingen', so it also "
      "counts as history. 'Bijlagen' lists an operation report and X-ray report: mentions only.",
      rq=True),
    blocks=[
        ("lh2", ["ZorgDomein", "Verwijzing via ZorgDomein", "www.zorgdomein.nl"],
                ["Verwijsbrief", "Second opinion handchirurgie", "ZD-nummer 8812-4471-0932"]),
        ("rule",),
        ("h2", "Verwijzer"),
        ("kv", [("Naam", "J.P. Tjalma, huisarts"),
                ("Praktijk", "Huisartsenpraktijk Kleverpark\nKleverparkweg 12\n2023 CE Haarlem"),
                ("AGB-code", "01054321"),
                ("Telefoon (spoedlijn)", "023-531 00 44"),
                ("Datum verwijzing", "04-11-2026")], {"label_w_mm": 48}),
        ("h2", "Ontvanger"),
        ("kv", [("Zorgaanbieder", "Handkliniek Zuid, Amsterdam"),
                ("Specialisme", "Plastische chirurgie / handchirurgie"),
                ("Product", "Second opinion handchirurgie (volwassenen)"),
                ("Urgentie", "Regulier")], {"label_w_mm": 48}),
        ("h2", "Patiënt"),
        ("kv", [("Naam", "Mevr. I.M. van der Kolk-Brouwer"),
                ("Geboortedatum", "14-02-1971"),
                ("Geslacht", "Vrouw"),
                ("BSN", "2874 19 553"),
                ("Adres", "Zijlweg 188 rood, 2015 BN Haarlem"),
                ("Telefoon", "06-4187 2290"),
                ("Verzekeraar", "Zilveren Kruis Achmea, polisnummer 318 227 904")], {"label_w_mm": 48}),
        ("h2", "Verwijzing"),
        ("kv", [("Reden van verwijzing",
                 "Persisterende pijn en krachtsverlies rechterduim ruim een jaar na trapeziectomie met "
                 "LRTI rechts (Spaarne Gasthuis, mei 2025). Handtherapie en spalk onvoldoende effect. "
                 "Behandelaar ziet geen verdere mogelijkheden; patiënte wil een tweede mening."),
                ("Vraagstelling",
                 "Graag uw second opinion: is er sprake van proximalisatie van MC1 of impingement "
                 "MC1-scaphoid, en zijn er nog (operatieve of conservatieve) behandelopties?"),
                ("Relevante voorgeschiedenis",
                 "2009 hypothyreoïdie\n2016 carpaletunnelsyndroom links, conservatief (nachtspalk)\n"
                 "2019 CMC-1 artrose beiderzijds R>L\n2025 trapeziectomie met LRTI rechts (12-05-2025)"),
                ("Recente behandelingen",
                 "06-2025 t/m 02-2026 handtherapie (18 sessies)\n"
                 "14-09-2026 röntgen rechterhand Spaarne Gasthuis: proximalisatie MC1, geen fractuur\n"
                 "10-2026 proef met duimspalk op maat: onvoldoende effect"),
                ("Medicatie",
                 "Levothyroxine 75 µg 1 dd\nParacetamol 1000 mg max 3 dd zo nodig\nNaproxen 250 mg 2 dd zo nodig"),
                ("Allergieën / ICA", "Geen bekende allergieën"),
                ("Bijlagen", "Journaaluitdraai HIS; operatieverslag 12-05-2025; verslag röntgen 15-09-2026")],
         {"label_w_mm": 48}),
        ("small", "Deze verwijzing is digitaal verstuurd via ZorgDomein en is zonder handtekening geldig."),
    ],
    opts={"size": 9.5, "header": ["ZorgDomein 8812-4471-0932  |  Mevr. I.M. van der Kolk-Brouwer  |  14-02-1971"],
          "footer": ["Afgedrukt op 05-11-2026 09:14 door Handkliniek Zuid - Centraal aanmeldpunt"],
          "pageno": "Pagina {page} van {pages}"},
    meta={"title": "Verwijzing ZorgDomein", "creator": "ZorgDomein"}))


# vi-002  HIS journal printout (TXT), long
HIS_002 = r"""
HUISARTSENPRAKTIJK KLEVERPARK                                  Datum uitdraai: 03-11-2026 16:42
Kleverparkweg 12, 2023 CE Haarlem                              Gebruiker     : JT (J.P. Tjalma)
Tel. 023-531 00 44   AGB 01054321
==================================================================================================
UITDRAAI JOURNAAL / PATIËNTOVERZICHT
Patiënt   : Kolk-Brouwer, I.M. van der (Ingrid)        Geslacht: V     Geb.datum: 14-02-1971
Adres     : Zijlweg 188 rood, 2015 BN Haarlem           Patiëntnr: 004417
Verzekerd : Zilveren Kruis Achmea 318227904             BSN: 287419553
==================================================================================================

EPISODELIJST (actief en relevant inactief)
ICPC    Omschrijving                                   Begin      Einde      Attentie
T86     Hypothyreoïdie                                 03-2009               *
L91     Artrose CMC-1 beiderzijds (R>L)                05-2019               *
N93     Carpaletunnelsyndroom links                    11-2016    02-2017
L91.01  Status na trapeziectomie + LRTI rechts         05-2025               *
P06     Slapeloosheid                                  01-2024    04-2024
A97     Geen ziekte (controle)                         --         --
R74     Acute infectie bovenste luchtwegen             02-2026    02-2026

MEDICATIE (actueel)
Levothyroxine tablet 75 microgram      1 dd 1 tablet              sinds 03-2009
Paracetamol tablet 1000 mg             max 3 dd 1 zo nodig        sinds 04-2019
Naproxen tablet 250 mg                 2 dd 1 zo nodig            sinds 11-2025

CONTRA-INDICATIES / ALLERGIEËN
Geen vastgelegd.

JOURNAAL vanaf 01-01-2024
--------------------------------------------------------------------------------------------------
Datum       Ep.    Regel
--------------------------------------------------------------------------------------------------
09-01-2024  P06  S: slaapt slecht sinds overlijden moeder, piekert.
                 O: niet somber, geen suïcidale gedachten.
                 E: slapeloosheid, rouw.
                 P: slaaphygiëne besproken, steunend gesprek, terug over 4 wk.
06-02-2024  P06  S: slaapt iets beter. P: zo nodig terug.
14-03-2024  T86  O: TSH 2,1 mU/l, vrij T4 14 pmol/l. E: goed ingesteld. P: dosis idem.
22-04-2024  L91  S: toenemende pijn basis duim re bij knijpen, potjes openen lukt niet.
                 O: re: crepitatie CMC-1, grind-test positief, geen zwelling MCP. li: lichte drukpijn.
                 E: artrose CMC-1 re > li.
                 P: duimbrace (apotheek), paracetamol. Uitleg. Evt. injectie.
28-06-2024  L91  S: brace helpt matig. Wil injectie.
                 P: injectie triamcinolonacetonide 10 mg CMC-1 re. Na 6 wk evalueren.
16-08-2024  L91  S: 3 weken goed effect gehad, nu weer pijn. Wil verder kijken.
                 P: verwijzing ZorgDomein plastische chirurgie Spaarne Gasthuis.
02-10-2024  L91  Brief specialist ontvangen (plastische chirurgie, dr. Dijkman): CMC-1 artrose re
                 Eaton III. Conservatief uitgeput; trapeziectomie besproken, pt denkt na.
15-01-2025  L91  Tel: pt heeft besloten tot operatie, staat op wachtlijst Spaarne Gasthuis.
12-05-2025  L91  Bericht ziekenhuis: OK 12-05-2025 trapeziectomie + LRTI re (dr. Dijkman), dagopname.
26-05-2025  L91  S: wondcontrole, hechtingen verwijderd. O: wond rustig, geen roodheid. P: gips er af
                 bij poli volgende week.
30-06-2025  L91  Brief specialist ontvangen: postop controle 23-06-2025 goed beloop; handtherapie.
08-09-2025  L91  S: na 4 mnd nog pijn bij knijpen, handtherapie loopt. P: afwachten, controle specialist.
14-11-2025  L91  S: pijn re duim blijft; zegt kracht minder dan voor operatie.
                 O: litteken rustig, drukpijn basis MC1, knijpkracht re duidelijk < li.
                 E: persisterende pijn na trapeziectomie.
                 P: naproxen 250 mg 2dd zn. Contact specialist.
20-01-2026  L91  Brief specialist ontvangen: poli 12-01-2026, geen verklaring, 'verdere operatieve
                 opties zijn beperkt'. Advies handtherapie continueren.
09-02-2026  R74  S: 5 dg neusverkoudheid, keelpijn. O: T 37,8, keel rood. E: IBLI. P: paracetamol.
18-03-2026  T86  O: TSH 2,4 mU/l. P: idem.
05-06-2026  A97  S: net terug van vakantie in Spanje (Málaga); daar geen arts bezocht, geen klachten
                 behalve de duim. Vraagt herhaalrecept.  P: herhaalrecept naproxen.
27-08-2026  L91  S: pijn re duim toegenomen, kan niet meer werken achter de kassa.
                 O: drukpijn basis MC1 re, pijnlijke adductie, geen zwelling.
                 E: persisterende klachten na trapeziectomie re, ?proximalisatie MC1.
                 P: röntgen re hand (aanvraag Spaarne Gasthuis).
15-09-2026  L91  Uitslag röntgen re hand (14-09-2026): status na trapeziectomie, proximalisatie
                 MC1 met verkleinde ruimte tussen MC1 en scaphoid; geen fractuur.
22-09-2026  L91  Tel: uitslag besproken. Pt wil second opinion buiten Spaarne Gasthuis.
                 P: informatie over second opinion gegeven, pt kiest zelf kliniek.
06-10-2026  L91  S: proef met duimspalk op maat (handtherapeut) geeft onvoldoende verlichting.
                 P: eerst zelf kliniek uitzoeken, dan verwijzing.
03-11-2026  L91  S: heeft gekozen voor Handkliniek Zuid.  P: verwijzing ZorgDomein second opinion
                 handchirurgie; journaaluitdraai + OK-verslag + röntgenverslag meesturen.
--------------------------------------------------------------------------------------------------
Einde uitdraai (pagina 1 t/m 2)                              Vertrouwelijk - medisch geheim
"""

add(txt("vi-002",
    L(["history"], "2026-11-03", "gp", "nl", "HIS printout (journaal uitdraai, SOEP, ICPC episode list)",
      "yes", "yes", "no",
      "Fixed-width HIS export: print date 03-11-2026 on the first line next to practice address; birth "
      "date in patient block; dozens of journal dates 2024-2026. 'verwijzing ZorgDomein' and 'Brief "
      "specialist ontvangen' are journal lines, not a referral or specialist letter. Holiday in Spain "
      "explicitly without medical care, so treated_abroad = no. Operation 12-05-2025 reported."),
    HIS_002))


# vi-003  HiX-like polikliniekbrief, Spaarne Gasthuis, plastic surgery
add(pdf("vi-003",
    L(["correspondence"], "2025-06-23", "specialist", "nl", "HiX outpatient letter (polikliniekbrief)",
      "yes", "yes", "unmentioned",
      "Hospital letter with letterhead logo (vector image only), addressee block at left and "
      "'Ons kenmerk/Datum' runs at right; date written out as '23 juni 2025'. Old letter (more than a "
      "year before the referral) but still valid correspondence. Plan mentions possible CT later (not done). "
      "Signed by AIOS on behalf of the surgeon; cc patiënte."),
    blocks=[
        ("logo", "SG"),
        ("lh", ["Spaarne Gasthuis", "Plastische, Reconstructieve en Handchirurgie",
                "Locatie Hoofddorp  |  Postbus 770, 2000 AT Haarlem  |  T 023-224 08 60 (poli)"], "right"),
        ("addr_meta",
         ["Huisartsenpraktijk Kleverpark", "T.a.v. J.P. Tjalma, huisarts", "Kleverparkweg 12",
          "2023 CE  HAARLEM"],
         [("Ons kenmerk", "PCH/25/4471/MH"), ("Datum", "23 juni 2025"), ("Behandelaar", "dr. R.F. Dijkman"),
          ("Telefoon", "023-224 08 60")]),
        ("kv", [("Betreft", "Mevr. I.M. van der Kolk-Brouwer, geb. 14-02-1971, patiëntnr. 7012345")],
         {"label_w_mm": 22}),
        ("p", "Geachte collega,"),
        ("p", "Op 23 juni 2025 zagen wij uw patiënte op onze polikliniek voor de postoperatieve controle, "
              "zes weken na een trapeziectomie met ligamentreconstructie en peesinterpositie (LRTI) rechts "
              "op 12-05-2025."),
        ("h2", "Anamnese"),
        ("p", "Patiënte is tevreden over het beloop. De rustpijn is verdwenen; bij belasten nog pijn aan de "
              "basis van de duim. Geen tintelingen. Zij draagt de thermoplastische spalk overdag."),
        ("h2", "Lichamelijk onderzoek"),
        ("p", "Rustig litteken over de dorsoradiale zijde van de pols. Geen tekenen van infectie. "
              "Oppositie tot basis dig. IV. Sensibiliteit ramus superficialis n. radialis intact."),
        ("h2", "Aanvullend onderzoek"),
        ("p", "Röntgenfoto rechterhand d.d. 23-06-2025: status na trapeziectomie, geen bijzonderheden, "
              "geen proximalisatie van het eerste metacarpale."),
        ("h2", "Conclusie"),
        ("p", "Ongecompliceerd postoperatief beloop na trapeziectomie met LRTI rechts."),
        ("h2", "Beleid"),
        ("p", "Start oefentherapie bij de handtherapeut, afbouwen spalk in vier weken. Controle over drie "
              "maanden. Mochten de klachten persisteren, dan kan eventueel aanvullende beeldvorming (CT) "
              "worden overwogen."),
        ("p", "Met collegiale groet,"),
        ("sig", ["drs. M.A. Hoekstra, AIOS plastische chirurgie",
                 "mede namens dr. R.F. Dijkman, plastisch chirurg"], {"gap_mm": 8}),
        ("p", "cc: patiënte"),
    ],
    opts={"size": 10, "header": ["Spaarne Gasthuis - Mevr. I.M. van der Kolk-Brouwer - 14-02-1971"],
          "footer": ["Dit document is elektronisch geautoriseerd en daarom niet ondertekend.",
                     "Spaarne Gasthuis | Plastische chirurgie | KvK 34218563"],
          "pageno": "{page}/{pages}"},
    meta={"title": "Brief", "creator": "HiX 6.3"}))


# vi-004  OK-verslag form PDF
add(pdf("vi-004",
    L(["operation-report"], "2025-05-12", "specialist", "nl", "hospital operation report form (OK-verslag)",
      "unmentioned", "yes", "unmentioned",
      "Form without salutation; label/value runs. Header carries a print date (02-11-2026) and the footer "
      "an authorisation timestamp on the operation day; the operation date is the document's own date. "
      "Birth date in the patient line."),
    blocks=[
        ("lh", ["Spaarne Gasthuis", "Operatiekamercomplex Hoofddorp", "Spaarnepolder 1, 2134 TM Hoofddorp"],
         "left", {"big": False}),
        ("h1", "OPERATIEVERSLAG", {"center": True}),
        ("kvgrid", [("Patiënt", "Kolk-Brouwer, I.M. van der"),
                    ("Geboortedatum", "14-02-1971"),
                    ("Patiëntnummer", "7012345"),
                    ("Datum operatie", "12-05-2025"),
                    ("OK / sessie", "OK 4, ochtendprogramma, dagbehandeling"),
                    ("Operateur", "dr. R.F. Dijkman, plastisch chirurg"),
                    ("Assistent", "drs. M.A. Hoekstra, AIOS"),
                    ("Anesthesie", "Plexus brachialis (axillair) met sedatie; anesthesioloog drs. P. Oudshoorn"),
                    ("Bloedleegte", "Bovenarm, 250 mmHg, 72 minuten"),
                    ("Indicatie", "Symptomatische CMC-1 artrose rechts (Eaton III), conservatieve "
                                  "behandeling (brace, injectie) zonder blijvend effect."),
                    ("Ingreep", "Trapeziectomie met ligamentreconstructie en peesinterpositie (LRTI) met "
                                "halve FCR-pees, rechts")]),
        ("h2", "Verloop / beschrijving"),
        ("p", "Time-out conform protocol. Patiënte in rugligging, arm op armtafel. Desinfectie en steriel "
              "afdekken. Dorsoradiale incisie over de tabatière. Sparen van takken van de ramus superficialis "
              "n. radialis. Arteria radialis geïdentificeerd en naar proximaal gehouden. Kapsel in lengterichting "
              "geopend. Trapezium in delen verwijderd; uitgebreide osteofyten aan de basis van MC1 "
              "verwijderd. De radiale helft van de FCR-pees via twee incisies aan de onderarm geoogst en door "
              "een boorkanaal in de basis van MC1 gehaald, als suspensieplastiek teruggehecht op zichzelf, "
              "restant als 'anchovy' in de holte geplaatst. Stabiel bij axiale belasting. Kapsel gesloten met "
              "Vicryl 3-0, huid intracutaan Monocryl 4-0. Steristrips, drukverband, onderarm-duimgips."),
        ("kv", [("Complicaties", "Geen"),
                ("Bloedverlies", "Minimaal"),
                ("PA", "Niet ingestuurd"),
                ("Nabehandeling", "Gips 2 weken, daarna thermoplastische spalk en handtherapie volgens "
                                  "protocol trapeziectomie. Wondcontrole huisarts dag 12-14. Poli over 6 weken."),
                ], {"label_w_mm": 38}),
        ("small", "Geautoriseerd door R.F. Dijkman op 12-05-2025 16:20"),
    ],
    opts={"size": 9.5, "header": ["Afgedrukt: 02-11-2026 10:03  |  Uitdraai t.b.v. patiënt (AVG-verzoek)"],
          "header_first": True, "pageno": "Pagina {page} van {pages}"},
    meta={"title": "Operatieverslag", "creator": "HiX 6.3"}))


# vi-005  X-ray report as DOCX with tables
add(docx("vi-005",
    L(["imaging-report"], "2026-09-15", "radiologist", "nl", "radiology report in DOCX tables (HiX export)",
      "yes", "yes", "unmentioned",
      "Report date 15-09-2026 differs from exam date 14-09-2026 (both the document's own). 'Aanvrager' is a "
      "GP and 'Klinische gegevens / Vraagstelling' holds a question: still a radiology report, not a "
      "referral. Compares with an older X-ray of 23-06-2025.",
      also=["2026-09-14"]),
    [
        ("lh", ["Spaarne Gasthuis", "Afdeling Radiologie", "Locatie Haarlem-Zuid  |  T 023-224 03 00"], "left"),
        ("kvgrid", [("Patiënt", "Mevr. I.M. van der Kolk-Brouwer"),
                    ("Geboortedatum", "14-02-1971"),
                    ("Patiëntnummer", "7012345"),
                    ("Onderzoek", "X-hand rechts + duim (3 richtingen)"),
                    ("Datum onderzoek", "14-09-2026 11:37"),
                    ("Aanvrager", "J.P. Tjalma, huisarts, Huisartsenpraktijk Kleverpark"),
                    ("Klinische gegevens", "Status na trapeziectomie re (05-2025). Persisterende pijn basis "
                                           "duim. Vraagstelling: subluxatie / proximalisatie MC1?")]),
        ("h2", "Verslag"),
        ("p", "Vergeleken met de opnamen van 23-06-2025."),
        ("p", "Status na trapeziectomie rechts. Ten opzichte van het vorige onderzoek is er toegenomen "
              "proximalisatie van de basis van het eerste metacarpale; de afstand tot het scaphoid bedraagt "
              "thans circa 2 mm (was 6 mm). Geen tekenen van impingement op het trapezoideum. Artrotische "
              "veranderingen van het STT-restgewricht zijn niet aanwezig. Milde artrose van het MCP-1 "
              "gewricht. Geen fractuur. Geen weke delen zwelling."),
        ("h2", "Conclusie"),
        ("p", "Status na trapeziectomie rechts met toegenomen proximalisatie van MC1 (MC1-scaphoid afstand "
              "circa 2 mm). Geen fractuur."),
        ("table", [["Radioloog", "Datum verslag", "Status"],
                   ["dr. P.L. Vermeulen", "15-09-2026 08:52", "Geautoriseerd"]]),
    ],
    {"font": "Arial", "size": 10, "footer": ["Spaarne Gasthuis - Radiologie - Pagina {PAGE} van {NUMPAGES}"],
     "meta": {"title": "Verslag radiologie", "author": "HiX"}}))


# ------------------------------------------------------------------------------------------
# Patient C: mevr. Sanne Verbeek, Eindhoven. Ganglion pols links.
# vi-006  merged PDF (fax): referral + ultrasound report + physiotherapy letter
# ------------------------------------------------------------------------------------------
FAX6 = "07-10-2026 14:32   VAN: HUISARTSENPRAKTIJK DE BURGT 040-211 73 90   AAN: 020-555 01 98   P.{page}/{pages}"
add(pdf("vi-006",
    L(["referral", "imaging-report"], None, "gp", "nl",
      "merged fax bundle: zorgdomein table referral + radiology report + physiotherapy letter",
      "yes", "no", "unmentioned",
      "One faxed PDF of three documents; fax header with send date and page counter on every page. "
      "Part 1 referral (question: excision or wait?) says 'Relevante voorgeschiedenis: geen' and has no "
      "recent-treatments section, so not a history letter. Part 2 ultrasound report has Aanvrager = "
      "orthopaedic surgeon and its own 'Vraagstelling'. Part 3 physiotherapy letter is none of the kinds. "
      "Bundle has no own date; parts carry theirs.",
      rq=True,
      parts=[P(["referral"], "2026-10-07", "gp"),
             P(["imaging-report"], "2026-09-02", "radiologist"),
             P([], "2026-08-15", "other")]),
    fax=FAX6,
    parts=[
        {"opts": {"size": 9.5, "footer": ["Verzonden via ZorgDomein-fax  -  ZD 7731-0092-4418"]},
         "blocks": [
            ("h1", "Verwijzing - Consult handchirurgie"),
            ("kvgrid", [("Verwijsdatum", "07-10-2026"),
                        ("Verwijzer", "drs. H. (Hanneke) van Gerwen, huisarts\nHuisartsenpraktijk De Burgt, "
                                      "Burgtstraat 4, 5611 PJ Eindhoven\nAGB 01092217"),
                        ("Naar", "Handkliniek Zuid, Amsterdam - Second opinion hand & pols"),
                        ("Patiënt", "Mevr. S. (Sanne) Verbeek"),
                        ("Geboortedatum", "22-06-1995"),
                        ("BSN / Verzekeraar", "1993 44 017  /  VGZ 40118822"),
                        ("Reden van verwijzing", "Ganglion dorsaal aan de linkerpols, recidief na punctie op "
                                                 "de polikliniek orthopedie Catharina Ziekenhuis (10-09-2026). "
                                                 "Pijn bij steunen (yoga, werk als fysiotherapeut). Niet eerder "
                                                 "geopereerd."),
                        ("Vraagstelling", "Tweede mening gewenst: is excisie zinvol of is expectatief beleid "
                                          "beter? Orthopeed adviseerde bij recidief excisie; patiënte twijfelt."),
                        ("Relevante voorgeschiedenis", "Geen"),
                        ("Medicatie", "Microgynon 30; naproxen 500 mg zo nodig"),
                        ("Allergieën", "Geen"),
                        ("Bijlagen", "Echoverslag 02-09-2026; eindverslag fysiotherapie")]),
         ]},
        {"opts": {"size": 9.5},
         "blocks": [
            ("lh", ["Catharina Ziekenhuis", "Radiologie en Nucleaire Geneeskunde",
                    "Michelangelolaan 2, 5623 EJ Eindhoven"], "left", {"big": False}),
            ("kv", [("Patiënt", "Verbeek, S.  (V)  22-06-1995"),
                    ("Onderzoek", "Echografie pols links"),
                    ("Datum", "02-09-2026"),
                    ("Aanvrager", "drs. B. Wouters, orthopedie"),
                    ("Klinische gegevens", "Zwelling dorsaal li pols sinds 4 mnd. Vraagstelling: ganglion? "
                                           "Relatie tot SL-ligament?")], {"label_w_mm": 35}),
            ("h2", "Verslag"),
            ("p", "Dorsaal aan de linkerpols, ter hoogte van het scapholunaire interval, een goed begrensde, "
                  "anechogene, deels gelobde structuur van 14 x 9 x 8 mm met een smalle steel richting het "
                  "scapholunaire gewricht. Geen vascularisatie bij Doppler. Extensorpezen intact. Het dorsale "
                  "deel van het scapholunaire ligament oogt intact."),
            ("h2", "Conclusie"),
            ("p", "Dorsaal ganglion linkerpols (14 mm), uitgaande van het SL-gewricht. Geen aanwijzing voor "
                  "SL-letsel."),
            ("p", "dr. C.J. Meulendijks, radioloog"),
         ]},
        {"opts": {"size": 10, "font": "times"},
         "blocks": [
            ("lh", ["Fysiotherapie Strijp", "Hoogstraat 212, 5654 NJ Eindhoven  -  040-251 88 30"], "center"),
            ("addr", ["Aan: drs. H. van Gerwen, huisarts", "Huisartsenpraktijk De Burgt",
                      "Burgtstraat 4, 5611 PJ Eindhoven"]),
            ("p", "Eindhoven, 15 augustus 2026"),
            ("p", "Betreft: eindverslag fysiotherapie mevrouw S. Verbeek, geboren 22 juni 1995"),
            ("p", "Geachte collega,"),
            ("p", "Mevrouw Verbeek werd door ons behandeld van 16 juni tot en met 12 augustus 2026 (7 "
                  "behandelingen) voor pijn aan de dorsale zijde van de linkerpols. Wij zagen een zwelling die "
                  "bij dorsaalflexie toeneemt. Ondanks belastingsadviezen, tapen en oefentherapie nam de zwelling "
                  "niet af. Wij vermoeden een ganglion en adviseren verdere diagnostiek via u."),
            ("p", "Met vriendelijke groet,"),
            ("sig", ["M. (Maud) Lathouwers, fysiotherapeut"], {"gap_mm": 6}),
         ]},
    ],
    meta={"title": "fax07102026", "creator": "FaxServer 9"}))


# ------------------------------------------------------------------------------------------
# Patient G: mevr. Anouk Jansen, Zwolle, Dupuytren; never operated on hands, no imaging.
# vi-007 free GP letter (DOCX)
# ------------------------------------------------------------------------------------------
add(docx("vi-007",
    L(["referral"], "2026-10-27", "gp", "nl", "free GP letter (Word, practice letterhead)",
      "no", "no", "unmentioned",
      "Classic GP letter: 'Zwolle, 27 oktober 2026', Betreft line with birth date, question in prose. "
      "Negations: 'geen beeldvorming verricht', 'nooit aan de handen geopereerd'; appendectomy and caesarean "
      "section are other body parts. Short 'Voorgeschiedenis' list without recent treatments: labelled "
      "referral only (a stricter reader could call it history too). Mentions an Isala consultation "
      "(a specialist letter that is not in this file).",
      rq=True),
    [
        ("lh", ["Huisartsenpraktijk Het Bolwerk", "A. (Annemiek) de Wit en R. Baas, huisartsen",
                "Bolwerksweg 30, 8011 KH Zwolle  •  038-421 55 60  •  AGB 01067734"], "right"),
        ("addr", ["Aan: Handkliniek Zuid", "t.a.v. de dienstdoende handchirurg", "Postbus 75123",
                  "1070 AC Amsterdam"]),
        ("p", "Zwolle, 27 oktober 2026"),
        ("p", "Betreft: mevrouw A.C. Jansen, geboren 30-07-1962, Van Karnebeekstraat 41, 8011 JP Zwolle"),
        ("p", "Geachte collega,"),
        ("p", "Hierbij verwijs ik mevrouw Jansen naar u voor een second opinion. Zij heeft sinds ongeveer twee "
              "jaar een toenemende strengvorming in de linkerhandpalm (ziekte van Dupuytren, dig. IV en V), met "
              "sinds enkele maanden een extensiebeperking van het PIP-gewricht van dig. V van circa 30 graden. "
              "In juni werd zij gezien door een plastisch chirurg in Isala; die adviseerde af te wachten. "
              "Patiënte merkt echter dat zij steeds vaker blijft haken bij het aantrekken van handschoenen."),
        ("p", "Mijn vraag: is er nu een indicatie voor behandeling, en zo ja, komt zij in aanmerking voor een "
              "naaldfasciotomie in plaats van een open fasciectomie?"),
        ("p", "Er is geen beeldvorming verricht; die lijkt mij ook niet nodig. Mevrouw is nooit aan de handen "
              "geopereerd."),
        ("p", "Voorgeschiedenis:\n1998 appendectomie\n2004 sectio caesarea\n2015 diabetes mellitus type 2"),
        ("p", "Medicatie: metformine 500 mg 2 dd. Geen allergieën bekend."),
        ("p", "Voor nadere informatie ben ik bereikbaar via de terugbellijn."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["A. de Wit, huisarts"], {"gap_mm": 10}),
    ],
    {"font": "Calibri", "size": 11, "meta": {"title": "verwijsbrief Jansen", "author": "A. de Wit"}}))


# ------------------------------------------------------------------------------------------
# Patient D: Mr James Whitfield, Amstelveen (expat). TFCC, arthroscopy London 2024.
# vi-008 referral e-mail from expat GP (TXT)
# ------------------------------------------------------------------------------------------
MAIL_008 = """
From: Dr Fiona Hartley <f.hartley@intlgp-amstelveen.example.nl>
Sent: Tuesday, 6 October 2026 11:48
To: Second Opinion Hand & Pols <secondopinion@handkliniekzuid.example.nl>
Cc: James Whitfield <j.whitfield.home@example.com>
Subject: RE: Referral - second opinion right wrist - Mr J. Whitfield, DOB 11/04/1979
Attachments: Whitfield_operation_note_2024.pdf; Whitfield_MRI_wrist_Jan2024.pdf

Dear colleagues,

As requested, here is my referral with a clear question.

I would be grateful if you could see Mr James Whitfield (date of birth 11 April 1979, BSN 3102 88 475,
Startbaan 16, 1185 XR Amstelveen, insured with ExpatCare Health Insurance) for a second opinion
regarding persistent ulnar-sided pain in his right (dominant) wrist.

Background: In January 2024, while still living in London, he had an MRI of the right wrist that
showed a central TFCC tear. He underwent an arthroscopic TFCC debridement at the Royal Free Hospital,
London, in March 2024 and was discharged from follow-up in May 2024. He moved to the Netherlands in
August 2024. Since spring 2026 the pain has returned, especially with rotation and lifting (he is a
keen rower). On examination I find a positive fovea sign and mild ulnar-sided swelling; DRUJ stable.
Twelve sessions of hand therapy (summer 2026) gave little relief.

Question: Is there an indication for further imaging (e.g. MR arthrography) or for an ulnar
shortening osteotomy, as informally suggested by a UK surgeon? He would like an independent opinion
before deciding.

Past medical history otherwise: childhood asthma; no medication apart from ibuprofen as needed.
No known drug allergies.

I attach the operation note and the MRI report from London. Because he was treated in a UK
hospital, an MRSA screen has been requested through our practice; I will forward the result.

Kind regards,

Dr Fiona Hartley
GP (huisarts) - International GP Practice Amstelveen
AGB 01099412 - T +31 20 555 4411

This e-mail may contain confidential information and is intended only for the addressee.

-----Original Message-----
From: Second Opinion Hand & Pols <secondopinion@handkliniekzuid.example.nl>
Sent: Friday, 2 October 2026 09:05
To: f.hartley@intlgp-amstelveen.example.nl
Subject: Referral - second opinion right wrist - Mr J. Whitfield, DOB 11/04/1979

Dear Dr Hartley,

Thank you for the message about Mr Whitfield. A second opinion can only be scheduled on the basis of
a referral letter that states the question. Could you please send one, together with the operation
report(s) and recent imaging reports?

Kind regards,
Intake team Handkliniek Zuid
"""

add(txt("vi-008",
    L(["referral"], "2026-10-06", "gp", "en", "e-mail referral from expat GP (Outlook reply with quoted thread)",
      "yes", "yes", "yes",
      "English e-mail with a quoted earlier message from the clinic (2 October 2026, asking for a referral). "
      "Own date is the reply 'Sent: 6 October 2026'; DOB in US-ambiguous 11/04/1979. 'Background' paragraph "
      "is not a formal history section, so history not claimed. Attachments and MRSA screen are only "
      "mentioned. Operation and MRI abroad (UK) are past events.",
      rq=True),
    MAIL_008, newline="\r\n"))


# vi-009 UK operation note (PDF)
add(pdf("vi-009",
    L(["operation-report"], "2024-03-19", "specialist", "en", "UK NHS operation note form",
      "unmentioned", "yes", "yes",
      "UK form; dates dd/mm/yyyy (19/03/2024) plus a print date 22/03/2024 in the footer. Written by a "
      "hospital abroad (London) that operated on the patient. Post-op plan mentions a clinic follow-up."),
    blocks=[
        ("lh2", ["Royal Free London", "NHS Foundation Trust", "Pond Street, London NW3 2QG"],
                ["OPERATION NOTE", "Plastic & Hand Surgery", "Theatre 7"]),
        ("rule",),
        ("kv", [("Patient name", "WHITFIELD, James"), ("Date of birth", "11/04/1979"),
                ("Hospital no.", "RF1193356"), ("NHS no.", "485 777 3456"),
                ("Date of operation", "19/03/2024"), ("Surgeon", "Mr Edward Lang FRCS (Plast)"),
                ("Assistant", "Ms Priya Nair (ST6)"), ("Anaesthetist", "Dr Ruth Ellwood"),
                ("Anaesthetic", "GA + supraclavicular block"),
                ("Tourniquet", "Upper arm, 250 mmHg, 45 min"),
                ("Operation", "Right wrist arthroscopy, debridement of central TFCC tear (Palmer 1A)"),
                ("Indication", "Ulnar-sided wrist pain > 9 months, MRI central TFCC perforation, failed "
                               "splinting and physiotherapy.")], {"label_w_mm": 40}),
        ("h2", "Findings"),
        ("p", "Central perforation of the TFCC, approx. 5 x 4 mm, unstable flap. Foveal insertion intact "
              "(trampoline and hook tests negative). Mild chondromalacia of the ulnar head, grade 2. "
              "Scapholunate and lunotriquetral ligaments intact (Geissler 0)."),
        ("h2", "Procedure"),
        ("p", "1. WHO checklist. Supine, arm table, traction tower 5 kg.\n"
              "2. 3-4 and 6R portals, 4-5 portal for instrumentation.\n"
              "3. Diagnostic arthroscopy as above.\n"
              "4. Debridement of the unstable central flap with shaver and radiofrequency probe to a stable rim.\n"
              "5. Portals closed with 5-0 Ethilon. Marcaine 0.5% 10 ml intra-articular. Bulky dressing, "
              "volar slab."),
        ("kv", [("Blood loss", "Nil"), ("Complications", "None"),
                ("Post-op", "Elevate. Remove slab at 1 week, start ROM. Sutures out at GP 10-14 days."),
                ("Follow-up", "Hand clinic 6 weeks (Mr Lang)."),
                ("VTE", "Not required")], {"label_w_mm": 40}),
        ("p", "Signed: E. Lang, Consultant Plastic & Hand Surgeon   GMC 4471920"),
    ],
    opts={"size": 9.5, "footer": ["Printed 22/03/2024 14:10 from EPR by PNAIR  -  CONFIDENTIAL"],
          "pageno": "Page {page} of {pages}"},
    meta={"title": "Operation Note", "creator": "EPR"}))


# vi-010 UK MRI report (PDF)
add(pdf("vi-010",
    L(["imaging-report"], "2024-01-30", "radiologist", "en", "UK radiology report (PACS/RIS print)",
      "yes", "unmentioned", "yes",
      "Exam 28/01/2024 and report 30/01/2024 (both own dates); referrer is a UK GP surgery. Clinical details "
      "line contains '?TFCC' (a question, not a referral). Old report written abroad."),
    blocks=[
        ("lh", ["Royal Free Hospital", "Department of Imaging", "Pond Street, London NW3 2QG   Tel 020 7794 0500"],
         "left"),
        ("kv", [("Patient", "Mr James WHITFIELD"), ("DOB", "11/04/1979"), ("NHS No", "485 777 3456"),
                ("RIS No", "RFH-MR-24-0118842"),
                ("Referrer", "Dr A. Okafor, Fleet Road Surgery, London NW3"),
                ("Examination", "MRI RIGHT WRIST (non-contrast)"),
                ("Date of exam", "28/01/2024"),
                ("Date reported", "30/01/2024")], {"label_w_mm": 35}),
        ("h2", "Clinical details"),
        ("p", "6/12 ulnar sided wrist pain, worse on rotation. Rower. ?TFCC"),
        ("h2", "Findings"),
        ("p", "There is a full-thickness central perforation of the triangular fibrocartilage disc measuring "
              "approximately 4 mm. The foveal and styloid attachments appear intact. Ulnar variance neutral "
              "to slightly positive (+1 mm). Minor subchondral signal change in the ulnar aspect of the lunate, "
              "in keeping with early ulnocarpal abutment. No bone marrow oedema elsewhere. The scapholunate and "
              "lunotriquetral ligaments are intact. ECU tendon is normally located within its groove. No "
              "ganglion."),
        ("h2", "Conclusion"),
        ("p", "Central TFCC perforation (Palmer 1A) with early ulnocarpal abutment changes of the lunate."),
        ("p", "Reported by: Dr Helen Marsh, Consultant Musculoskeletal Radiologist (GMC 6102334)"),
    ],
    opts={"size": 10, "footer": ["This report has been electronically verified."],
          "pageno": "Page {page} of {pages}"},
    meta={"title": "Radiology Report", "creator": "RIS"}))


# vi-011 UK clinic letter (DOCX)
add(docx("vi-011",
    L(["correspondence"], "2024-05-07", "specialist", "en", "UK consultant clinic letter (Diagnosis/Plan/Outcome)",
      "yes", "yes", "yes",
      "UK clinic letter: clinic date 02/05/2024 and typed date 07/05/2024. 'Diagnosis / Outcome / Plan' "
      "headings; discharged to GP. 'I have not arranged further imaging' refers to new imaging; earlier MRI "
      "was done. Ulnar shortening is only a possibility mentioned.",
      also=["2024-05-02"]),
    [
        ("lh2", ["Royal Free London NHS Foundation Trust", "Department of Plastic & Hand Surgery",
                 "Pond Street, London NW3 2QG"],
                ["Mr Edward Lang FRCS (Plast)", "Consultant Hand Surgeon", "Secretary: 020 7794 0612"]),
        ("kv", [("Clinic date", "02/05/2024"), ("Date typed", "07/05/2024"), ("Hospital no", "RF1193356"),
                ("NHS no", "485 777 3456")], {"mode": "tabs", "label_w_mm": 35}),
        ("addr", ["Dr A. Okafor", "Fleet Road Surgery", "Fleet Road", "London NW3 2QS"]),
        ("p", "Dear Dr Okafor,"),
        ("p", "Re: Mr James WHITFIELD, DOB 11/04/1979, 22 Agincourt Road, London NW3"),
        ("p", "Diagnosis: Right wrist central TFCC tear (Palmer 1A), status post arthroscopic debridement "
              "19/03/2024.\nOutcome: Discharged to GP.\nPlan: Home exercise programme, gradual return to rowing."),
        ("p", "I reviewed Mr Whitfield six weeks after his right wrist arthroscopy. He is pleased with the result. "
              "The portals have healed well, he has a full range of forearm rotation and only minimal "
              "discomfort at the extreme of ulnar deviation. Grip strength is 38 kg on the right versus 44 kg on "
              "the left."),
        ("p", "I have not arranged further imaging. He tells me he will be relocating to the Netherlands this "
              "summer. Should his symptoms recur, an ulnar shortening osteotomy could be considered in view of "
              "the early abutment changes seen on his MRI, but I do not think this is necessary at present."),
        ("p", "Yours sincerely,"),
        ("sig", ["Mr Edward Lang", "Consultant Plastic & Hand Surgeon"], {"gap_mm": 10}),
        ("p", "cc: Mr J. Whitfield (patient)"),
    ],
    {"font": "Arial", "size": 10.5, "footer": ["Royal Free London NHS Foundation Trust - Page {PAGE}"],
     "meta": {"title": "Clinic letter", "author": "Medical Secretaries PHS"}}))


# vi-012 UK GP patient summary printout (TXT)
SUMMARY_012 = """
FLEET ROAD SURGERY                                      Patient Summary
Fleet Road, London NW3 2QS   Tel 020 7485 0000          Printed on 15-Aug-2024 10:21 by Reception (KB)

Name:     Mr James WHITFIELD                 DOB: 11-Apr-1979 (45 y)       Gender: Male
NHS No:   485 777 3456                       Usual GP: Dr Adaeze Okafor
Address:  22 Agincourt Road, London NW3 2NT  Registration: 03-Sep-2015 - 14-Aug-2024 (left practice,
                                             emigrated: Netherlands)

ACTIVE PROBLEMS
  10-Jul-2023   Pain in right wrist
  19-Mar-2024   Arthroscopy of wrist joint (Royal Free Hospital) - TFCC debridement, right

SIGNIFICANT PAST PROBLEMS
  1986          Asthma (childhood) - resolved
  12-Feb-2011   Fracture of right clavicle (cycling), conservative

MINOR PAST PROBLEMS
  04-Nov-2019   Otitis externa

CURRENT REPEAT MEDICATION
  (none)

ACUTE MEDICATION (last 12 months)
  28-Jun-2023   Naproxen 500mg tablets  1 twice daily with food   28 tablets
  22-Mar-2024   Co-codamol 30/500 tablets  2 up to four times daily   32 tablets

ALLERGIES / ADVERSE REACTIONS
  No known drug allergies

INVESTIGATIONS
  28-Jan-2024   MRI wrist (Royal Free): central TFCC perforation, early ulnocarpal abutment
  05-Mar-2024   MRSA screen (pre-op, Royal Free): not isolated

CONSULTATIONS (last 12 months)
  10-Jul-2023   Dr A Okafor   Right wrist pain 6 weeks, rower. Tender ulnar side. Rest, naproxen,
                              physio referral.
  04-Oct-2023   Dr A Okafor   Not improving after 6 physio sessions. Referred for MRI via direct access.
  06-Feb-2024   Dr A Okafor   MRI result discussed. Referred to hand surgery (Royal Free).
  22-Mar-2024   Nurse S Patel Post-op wound check right wrist. Portals clean. Sutures removed 02-Apr-2024.
  09-May-2024   Letter       Clinic letter Mr Lang 07/05/2024: discharged to GP.
  14-Aug-2024   Admin        Patient deregistered - moving to the Netherlands. Summary printed for
                              patient to take to new GP.

-- End of summary --                                     Page 1 of 1
"""

add(txt("vi-012",
    L(["history"], "2024-08-15", "gp", "en", "UK GP practice summary printout (EMIS-like)",
      "yes", "yes", "yes",
      "UK GP summary printed 15-Aug-2024 (dd-Mon-yyyy). A history document but far older than 6 months. "
      "Lists the arthroscopy at a London hospital (abroad from the Dutch clinic's view), MRI and a pre-op MRSA "
      "screen as one-line entries (mentions, not reports). Registration dates and deregistration date "
      "14-Aug-2024 near the print date."),
    SUMMARY_012))


# vi-013 MRSA screening, Dutch lab, table PDF
add(pdf("vi-013",
    L(["mrsa-screening"], "2026-10-15", "lab", "nl", "Dutch microbiology lab result (table layout)",
      "unmentioned", "unmentioned", "yes",
      "Lab letterhead and results table (material / test / result). Afnamedatum 12-10-2026, ontvangst "
      "13-10-2026, validation 15-10-2026. Clinical information states hospital treatment in the UK (2024). "
      "Requester is the expat GP. Negative result phrased 'niet aangetoond'.",
      also=["2026-10-12"]),
    blocks=[
        ("lh2", ["Amstelland Ziekenhuis", "Laboratorium Medische Microbiologie",
                 "Laan van de Helende Meesters 8, 1186 AM Amstelveen"],
                ["UITSLAG", "Medische Microbiologie", "T 020-755 70 00"]),
        ("rule",),
        ("table", [["Patiënt", "Geboortedatum", "Geslacht", "Labnummer"],
                   ["Whitfield, J.", "11-04-1979", "M", "MMB-26-044817"]], [60, 35, 25, 50]),
        ("table", [["Aanvrager", "Afnamedatum", "Ontvangstdatum", "Uitslagdatum"],
                   ["F. Hartley, huisarts (AGB 01099412)", "12-10-2026 09:10", "13-10-2026 08:02",
                    "15-10-2026 14:35"]], [60, 35, 35, 40]),
        ("kv", [("Klinische gegevens", "Behandeling/ingreep in ziekenhuis buitenland (Verenigd Koninkrijk, "
                                       "2024). Screening vóór second opinion handchirurgie."),
                ("Onderzoek", "MRSA-screening (kweek met ophoping)")], {"label_w_mm": 38}),
        ("table", [["Materiaal", "Bepaling", "Uitslag"],
                   ["Neus (beide neusgaten)", "MRSA kweek", "MRSA niet aangetoond"],
                   ["Keel", "MRSA kweek", "MRSA niet aangetoond"],
                   ["Perineum", "MRSA kweek", "MRSA niet aangetoond"]], [55, 45, 70]),
        ("h2", "Eindconclusie"),
        ("p", "Geen MRSA aangetoond in de ingezonden materialen."),
        ("small", "Eindrapport. Gevalideerd door dr. K. Boerhave, arts-microbioloog, 15-10-2026. "
                  "Een negatieve kweek sluit dragerschap niet volledig uit."),
    ],
    opts={"size": 9.5, "footer": ["Amstelland Ziekenhuis - Medische Microbiologie - ISO 15189 (M123)"],
          "pageno": "Blad {page}/{pages}"},
    meta={"title": "Uitslag MMB-26-044817", "creator": "GLIMS"}))


# ------------------------------------------------------------------------------------------
# Patient B: dhr. Youssef El Amrani, Utrecht. Scaphoid fracture in Antalya (ED), delayed union.
# vi-014 Turkish ED discharge summary (English)
# ------------------------------------------------------------------------------------------
add(pdf("vi-014",
    L(["correspondence"], "2026-07-21", "specialist", "en", "foreign hospital ED discharge summary (Turkey, English)",
      "yes", "no", "yes",
      "Written by a hospital abroad that treated the patient in its emergency department (counts as treated "
      "abroad). Dotted dates (21.07.2026, DOB 03.09.1988) and times. Imaging done there (X-ray, CT) is "
      "quoted, but this is a discharge summary, not a radiology report. 'No surgical intervention was "
      "performed' = not operated. Recommendation of follow-up in home country is a plan."),
    blocks=[
        ("lh2", ["MEMORIAL ANTALYA HOSPITAL", "Zafer Mah. Ali Cetinkaya Cad. No: 1, 07025 Antalya / TURKIYE",
                 "Tel +90 242 314 00 00"],
                ["EMERGENCY DEPARTMENT", "Patient Discharge Summary", "(English version)"]),
        ("rule",),
        ("kv", [("Patient", "Youssef EL AMRANI"), ("Date of birth", "03.09.1988"),
                ("Nationality / ID", "Netherlands / Passport NXK8R20L4"),
                ("Protocol no.", "2026-ER-558214"),
                ("Admission", "21.07.2026 14:05"), ("Discharge", "21.07.2026 19:40"),
                ("Insurance", "Private (travel insurance, direct billing)")], {"label_w_mm": 38}),
        ("h2", "Complaint"),
        ("p", "Pain and swelling of the left wrist after a fall on the outstretched hand at the hotel pool."),
        ("h2", "Examination"),
        ("p", "Tenderness in the anatomical snuffbox, painful axial compression of the thumb. No neurovascular "
              "deficit. No open wound."),
        ("h2", "Investigations"),
        ("p", "Left wrist X-ray (PA, lateral, scaphoid views) and CT of the left wrist: non-displaced "
              "fracture of the waist of the scaphoid. Distal radius intact."),
        ("h2", "Diagnosis"),
        ("p", "S62.0 Fracture of scaphoid bone of left hand (non-displaced, waist)."),
        ("h2", "Treatment"),
        ("p", "Short arm thumb spica cast applied. Analgesia (paracetamol 1 g IV, then oral). No surgical "
              "intervention was performed."),
        ("h2", "Recommendations"),
        ("p", "Keep the cast for at least 6-8 weeks. Follow-up by an orthopaedic surgeon in the home country "
              "within 10-14 days, with repeat imaging to confirm union. Return immediately if fingers become "
              "numb or cold. Copies of the images were given to the patient on CD."),
        ("sig", ["Dr. Emre Kaya", "Orthopaedics and Traumatology / Emergency Department",
                 "Diploma no. 84417"], {"gap_mm": 8}),
        ("stamp", ["MEMORIAL ANTALYA HOSPITAL", "ACIL SERVIS - 21.07.2026"]),
    ],
    opts={"size": 9.5, "footer": ["This document was produced by the hospital information system. "
                                  "Page {page}/{pages}"]},
    meta={"title": "Discharge Summary", "creator": "HBYS"}))


# vi-015 MRSA lab portal export (TXT)
MRSA_015 = """
SALTRO Diagnostisch Centrum - Medische Microbiologie
Uitslag microbiologie                                                       Pagina 1/1
--------------------------------------------------------------------------------------
Patiënt        : El Amrani, Y.            M     geb. 03-09-1988
BSN            : 2466 31 870
Aanvrager      : R. Kuijpers, huisarts - Huisartsenpraktijk Lombok, Utrecht (AGB 01088102)
Kopie aan      : -
Labnummer     : 26-MB-118834
Afname         : 26-10-2026 08:50
Ontvangst      : 26-10-2026 13:12
Rapportage     : 28-10-2026 11:05   (EINDRAPPORT)

Klinische gegevens:
  Behandeling SEH buitenland (Turkije, Antalya) 21-07-2026. MRSA-screening voor verwijzing
  second opinion handchirurgie.

Onderzoek: MRSA-screening (PCR neus + kweek keel/perineum)

  Materiaal        Methode      Uitslag
  ---------------  -----------  -----------------------------------
  Neus             PCR          MRSA-DNA niet aangetoond
  Keel             kweek        MRSA niet aangetoond
  Perineum         kweek        MRSA niet aangetoond

Conclusie: Geen MRSA aangetoond.

Geautoriseerd door: drs. L. Vos, arts-microbioloog          28-10-2026
--------------------------------------------------------------------------------------
Uitslag opgehaald via Zorgmail/Edifact door Huisartsenpraktijk Lombok op 29-10-2026 07:30
"""

add(txt("vi-015",
    L(["mrsa-screening"], "2026-10-28", "lab", "nl", "lab portal/Edifact result export (plain text)",
      "unmentioned", "unmentioned", "yes",
      "Plain-text lab result: sampling 26-10-2026, report 28-10-2026 (own dates), plus a retrieval timestamp "
      "29-10-2026 at the bottom and a birth date. Clinical info states ED treatment in Turkey. Results in a "
      "text table with 'niet aangetoond'.",
      also=["2026-10-26"]),
    MRSA_015))


# vi-016 Epic-like polikliniekbrief UMC Utrecht (DOCX)
add(docx("vi-016",
    L(["correspondence"], "2026-09-30", "specialist", "nl", "Epic-like outpatient letter (Word, header table)",
      "yes", "no", "yes",
      "Visit 29-09-2026, letter 30-09-2026. 'Een operatie is geïndiceerd' is a plan; the letter says he was "
      "not operated before. Recounts the ED treatment in Antalya (treated abroad). CT result is quoted; the "
      "CT report itself is a separate document ('bijgevoegd' is only a mention). Signed by surgeon and "
      "physician assistant.",
      also=["2026-09-29"]),
    [
        ("lh2", ["UMC Utrecht", "Divisie Heelkundige Specialismen",
                 "Plastische, Reconstructieve en Handchirurgie", "Heidelberglaan 100, 3584 CX Utrecht"],
                ["Polikliniek Plastische Chirurgie", "T 088 755 87 00", "Huispost G.04.126"]),
        ("addr_meta",
         ["Huisartsenpraktijk Lombok", "R. Kuijpers, huisarts", "Kanaalstraat 190", "3531 CK Utrecht"],
         [("Datum", "30-09-2026"), ("Ons kenmerk", "PLC/EA/0930"), ("Patiëntnr", "8812004"),
          ("Betreft", "poliklinisch bezoek 29-09-2026")]),
        ("p", "Betreft: Dhr. Y. El Amrani, geboren 03-09-1988, Damstraat 17 bis, 3531 BS Utrecht"),
        ("p", "Geachte collega,"),
        ("p", "Op 29-09-2026 zagen wij uw patiënt opnieuw op de polikliniek in verband met een "
              "scaphoidfractuur links."),
        ("h2", "Anamnese"),
        ("p", "38-jarige rechtshandige man, lasser. Op 21-07-2026 val op de uitgestrekte linkerhand tijdens "
              "een vakantie in Antalya, Turkije. Daar op de spoedeisende hulp behandeld met röntgenfoto's, CT "
              "en een onderarm-duimgips. Op 12-08-2026 eerste bezoek bij ons (traumachirurgie), gips "
              "gecontinueerd. Na in totaal 8 weken gips persisterende pijn in de tabatière."),
        ("h2", "Lichamelijk onderzoek"),
        ("p", "Drukpijn tabatière en tuberculum scaphoidei links. Pols extensie 50°, flexie 45° (rechts 75/80). "
              "Knijpkracht links 28 kg, rechts 52 kg. Sensibiliteit intact."),
        ("h2", "Aanvullend onderzoek"),
        ("p", "CT pols links d.d. 16-09-2026: geen consolidatie van de waistfractuur van het scaphoid, "
              "resorptie langs de fractuurspleet; geen tekenen van avasculaire necrose (verslag bijgevoegd)."),
        ("h2", "Conclusie"),
        ("p", "Uitgestelde consolidatie / beginnende pseudartrose van het scaphoid links, 10 weken na trauma. "
              "Niet eerder geopereerd."),
        ("h2", "Beleid"),
        ("p", "Een operatie is geïndiceerd: open repositie en interne fixatie met een kopcompressieschroef, "
              "zo nodig met spongiosaplastiek uit de radius. Patiënt wil eerst een second opinion; u zult hem "
              "daarvoor verwijzen. Wij houden hem tot die tijd op de wachtlijst. Tot dan een afneembare spalk."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["dr. S. Lammers, plastisch chirurg", "T. Bakker, physician assistant"], {"gap_mm": 6}),
        ("p", "c.c.: patiënt"),
        ("small", "Deze brief is elektronisch ondertekend. UMC Utrecht - Epic HiX-koppeling."),
    ],
    {"font": "Verdana", "size": 9.5,
     "header": ["UMC Utrecht - Y. El Amrani - 03-09-1988 - 8812004"],
     "footer": ["Pagina {PAGE} van {NUMPAGES}"], "footer_align": "right",
     "meta": {"title": "Brief polikliniek", "author": "Epic"}}))
