"""tv-026 .. tv-029: merged PDFs (several documents in one file), labelled with [[part]]."""
import io
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from pypdf import PdfReader, PdfWriter
from lib import Pdf, out, write_label, merge_pdfs, DOCS

CLINIC_NL = ["ParkHand Kliniek", "t.a.v. Intake second opinion", "Spaarnepoort 4", "2134 TM  Hoofddorp"]


def tmp(stem, i):
    return str(DOCS / f".{stem}.part{i}.pdf")


# --------------------------------------------------------------------------- 026
def tv026():
    stem = "tv-026"
    # part 1: Zorgdomein referral (no history section)
    d = Pdf("Sans", 9)
    d.kv([["ZorgDomein", "Verwijzing"], ["Consult handchirurgie – second opinion", "ParkHand Kliniek, Hoofddorp"]],
         widths=(80 * mm, 90 * mm))
    d.sp(2)
    d.kv([["Verwijzer", "mw. drs. L. Hofman, huisarts", "Praktijk", "Huisartsen Spaarndam, Vissersstraat 4, 2064 KR Spaarndam"],
          ["AGB", "01-066120", "Datum verwijzing", "01-12-2026"],
          ["Patiënt", "mw. A.M. Schouten", "Geboortedatum", "09-09-1972"],
          ["BSN", "987654321", "Verzekering", "Zilveren Kruis 55120044"]],
         widths=(25 * mm, 55 * mm, 32 * mm, 58 * mm), grid=True)
    d.h("Reden van verwijzing")
    d.p("Mw. heeft sinds een val in juni 2026 pijn aan de linkerpols aan de duimzijde. Op de SEH geen fractuur gezien. "
        "Ondanks spalk en handtherapie blijvende klachten. De chirurg in het Spaarne Gasthuis ziet geen indicatie voor "
        "verder onderzoek. Patiënte wil graag een second opinion.")
    d.h("Vraagstelling")
    d.p("Occult scafoidletsel of ligamentletsel gemist? Is aanvullende beeldvorming (MRI) of behandeling geïndiceerd?")
    d.h("Bijlagen")
    d.p("Samenvatting HIS; SEH-brief Spaarne Gasthuis 18-06-2026; brief handtherapie 15-10-2026.")
    d.build(tmp(stem, 1), footer="Aangemaakt via ZorgDomein · ZD15500213 · pagina {page} van {pages}")

    # part 2: HIS professional summary (history)
    d = Pdf("Mono", 8)
    d.lines("PROFESSIONELE SAMENVATTING                       Huisartsen Spaarndam\n"
            "Datum uitdraai : 01-12-2026 11:02               Gebruiker: LH\n"
            "Patiënt        : Schouten, A.M. (Annemiek)      Geb.: 09-09-1972  V\n"
            "Adres          : Zuiderkerkpad 3, 2064 KS Spaarndam\n"
            "--------------------------------------------------------------------------\n"
            "EPISODELIJST (actief)\n"
            "  L12  Klachten pols/hand links                   begin 17-06-2026\n"
            "  K86  Essentiële hypertensie                     begin 03-2019\n"
            "  P76  Depressie (in remissie)                    begin 2015\n"
            "EPISODELIJST (inactief, relevant)\n"
            "  W84  Sectio caesarea                            2004\n"
            "--------------------------------------------------------------------------\n"
            "MEDICATIE\n"
            "  losartan 50 mg 1dd1; paracetamol 500 mg zn max 6dd\n"
            "ALLERGIEËN / CONTRA-INDICATIES\n"
            "  geen bekend\n"
            "--------------------------------------------------------------------------\n"
            "JOURNAAL (L12, laatste 6 maanden)\n"
            "17-06-2026 S: gisteren gevallen op uitgestrekte li hand (trap). Pijn duimzijde pols.\n"
            "           O: zwelling radiaal, drukpijn tabatière li.\n"
            "           E: verdenking scafoidfractuur.  P: verwijzing SEH Spaarne Gasthuis.\n"
            "18-06-2026 Brief specialist ontvangen: SEH Spaarne Gasthuis, X-scafoidserie geen fractuur,\n"
            "           spalk, controle huisarts.\n"
            "02-07-2026 S: nog pijn, spalk helpt wat.  O: drukpijn tabatière persisteert.\n"
            "           P: overleg chirurg: spalk continueren, verwijzing handtherapie.\n"
            "15-10-2026 Brief ontvangen: Handtherapie Haarlem-Noord, 10 sessies, matig effect.\n"
            "05-11-2026 S: blijvende pijn bij steunen, kan niet fietsen.  O: beperkte extensie,\n"
            "           drukpijn SL-interval.  E: persisterende polsklachten na trauma.\n"
            "           P: pt wil second opinion; niet geopereerd; bespreken verwijzing.\n"
            "01-12-2026 P: Verwijzing ParkHand Kliniek (second opinion) via ZorgDomein.\n")
    d.build(tmp(stem, 2), footer="HIS-uitdraai · Schouten, A.M. · pagina {page}")

    # part 3: SEH letter
    d = Pdf("Sans", 9.5)
    d.letterhead(["Spaarne Gasthuis", "Spoedeisende Hulp · locatie Haarlem Zuid"], ["Boerhaavelaan 22, 2035 RC  Haarlem",
                 "023 224 0000"], logo="SG", logo_color="#e65100")
    d.kv([["Datum", "18-06-2026"], ["Aan", "mw. drs. L. Hofman, huisarts, Spaarndam"],
          ["Betreft", "mw. A.M. Schouten, geb. 09-09-1972"]], widths=(25 * mm, 130 * mm))
    d.sp(2)
    d.p("Geachte collega,")
    d.p("Uw patiënte bezocht op 17-06-2026 onze SEH na een val op de linkerhand. Bij onderzoek drukpijn in de tabatière. "
        "X-pols en scafoidserie links: geen fractuur zichtbaar, carpale uitlijning normaal. Gezien de klinische verdenking "
        "een onderarmspalk met duimeinsluiting aangelegd.")
    d.labelled("Conclusie:", "klinische verdenking scafoidfractuur links, radiologisch geen fractuur.")
    d.labelled("Beleid:", "spalk 10-14 dagen, daarna controle bij u; bij persisterende tabatièrepijn overweeg MRI.")
    d.p("Met collegiale groet,\n\nE. de Graaf, SEH-arts KNMG")
    d.build(tmp(stem, 3), footer="Spaarne Gasthuis · SEH · {page}/{pages}")

    # part 4: hand therapy letter
    d = Pdf("Sans", 9.5)
    d.letterhead(["Handtherapie Haarlem-Noord", "gecertificeerd handtherapeuten (NVHT)"], ["Rijksstraatweg 190, 2022 DG  Haarlem",
                 "023 555 40 40"], logo="HH", logo_color="#8e24aa")
    d.p("Haarlem, 15-10-2026")
    d.labelled("Aan:", "mw. drs. L. Hofman, huisarts")
    d.labelled("Betreft:", "eindverslag handtherapie mw. A.M. Schouten, 09-09-1972")
    d.p("Geachte mevrouw Hofman,")
    d.p("Mevrouw Schouten is van 10-07-2026 tot 08-10-2026 tien keer behandeld. Doelen: pijnreductie, mobiliteit en kracht "
        "linkerpols. De mobiliteit verbeterde (extensie 45° naar 60°), de pijn bij belasten bleef (NRS 6). Knijpkracht 15 kg "
        "links, 27 kg rechts. Wij adviseren heroverweging van de diagnose, bijvoorbeeld met aanvullende beeldvorming.")
    d.p("Met vriendelijke groet,\n\nS. Kerkhof, handtherapeut")
    d.build(tmp(stem, 4))

    merge_pdfs(out(stem, "pdf"), [tmp(stem, i) for i in range(1, 5)])
    write_label(stem, kinds=["referral", "history", "correspondence"], date="2026-12-01",
                also_dates=["2026-06-18", "2026-10-15"], author="gp", language="nl",
                style="merged PDF from GP: ZorgDomein referral + HIS summary + SEH letter + hand therapy letter",
                referral_question=True, imaging_done="yes", operated="no", treated_abroad="unmentioned",
                notes="Four documents in one file. Referral has a question but no recent-treatment section; the history kind comes from the HIS printout part. Hand therapy letter counts as nothing. Journal line 'niet geopereerd' = operated no; sectio caesarea is another body part. 'Bijlagen' in the referral are the following parts.",
                parts=[dict(kinds=["referral"], date="2026-12-01", author="gp"),
                       dict(kinds=["history"], date="2026-12-01", author="gp"),
                       dict(kinds=["correspondence"], date="2026-06-18", author="specialist"),
                       dict(kinds=[], date="2026-10-15", author="other")])


# --------------------------------------------------------------------------- 027
def tv027():
    stem = "tv-027"
    d = Pdf("Serif", 9.5)
    d.letterhead(["Puget Sound Regional Medical Center", "Department of Orthopaedics · Hand & Upper Extremity"],
                 ["1400 Boren Ave, Seattle, WA 98101", "Health Information Management (206) 555-0190"], logo="PSR",
                 logo_color="#00695c")
    d.title("DISCHARGE SUMMARY")
    d.kv([["Patient:", "PIJNACKER, SANDER", "MRN:", "30-558-1290"], ["DOB:", "02/14/1988", "Attending:", "Grace H. Lindqvist, MD"],
          ["Admit date:", "06/12/2026", "Discharge date:", "06/14/2026"], ["Date of summary:", "06/15/2026", "PCP:", "none listed (resides in Seattle)"]],
         widths=(30 * mm, 55 * mm, 28 * mm, 55 * mm))
    d.sp(2)
    d.labelled("Admission diagnosis:", "Closed left perilunate fracture-dislocation (trans-scaphoid), mountain-bike fall 06/11/2026.")
    d.labelled("Procedures:", "06/12/2026 Open reduction, scaphoid ORIF, lunotriquetral pinning, carpal tunnel release, left "
               "(see separate operative report).")
    d.labelled("Hospital course:", "38-year-old Dutch national working in Seattle since 2023. Presented to our ED on 06/11/2026 "
               "with a deformed left wrist. Radiographs and CT confirmed a trans-scaphoid perilunate dislocation (Mayfield IV). "
               "Closed reduction in the ED, then operative fixation the next day. Uneventful postoperative course, pain "
               "controlled with oral analgesia, neurovascularly intact, discharged home on postoperative day 2.")
    d.labelled("Discharge medications:", "acetaminophen 1 g q6h PRN; oxycodone 5 mg q6h PRN (10 tablets); docusate.")
    d.labelled("Follow-up:", "Hand clinic in 10–14 days for wound check; K-wire removal at 8 weeks. Patient plans to move back "
               "to the Netherlands in the autumn and will continue care there.")
    d.p("Electronically signed by Grace H. Lindqvist, MD on 06/15/2026 11:32", "small")
    d.build(tmp(stem, 1), pagesize=LETTER, footer="Puget Sound Regional Medical Center · Discharge Summary · Page {page} of {pages}")

    d = Pdf("Serif", 9.5)
    d.letterhead(["Puget Sound Regional Medical Center", "Operative Report"], ["1400 Boren Ave, Seattle, WA 98101"], logo="PSR",
                 logo_color="#00695c")
    d.kv([["Patient:", "PIJNACKER, SANDER", "MRN:", "30-558-1290"], ["Date of surgery:", "06/12/2026", "Location:", "Main OR 7"],
          ["Surgeon:", "Grace H. Lindqvist, MD", "Assistant:", "Tomas Reyes, MD (fellow)"],
          ["Anesthesia:", "General endotracheal + supraclavicular block", "EBL:", "25 mL"]],
         widths=(30 * mm, 55 * mm, 25 * mm, 58 * mm))
    d.labelled("Preoperative diagnosis:", "Left trans-scaphoid perilunate fracture-dislocation.")
    d.labelled("Postoperative diagnosis:", "Same, with complete lunotriquetral ligament disruption.")
    d.labelled("Procedure:", "1. Open reduction and internal fixation of left scaphoid (headless compression screw 3.0 x 24 mm). "
               "2. Pinning of lunotriquetral interval (two 1.4 mm K-wires). 3. Open carpal tunnel release, left.")
    d.labelled("Indications:", "Unstable injury after closed reduction; risks, benefits and alternatives discussed; consent signed.")
    d.labelled("Description:", "Supine, arm table, tourniquet 250 mmHg (08:14–09:52). Extended carpal tunnel incision, release of the "
               "transverse carpal ligament; median nerve contused but in continuity. Volar capsular rent identified at the space "
               "of Poirier. Dorsal approach through the third compartment, reduction of the lunate and scaphoid under direct "
               "vision, guide wire, headless screw placed with good compression. LT interval reduced and pinned. Dorsal "
               "capsule repaired, volar rent closed. Fluoroscopy confirmed anatomic alignment. Closure, thumb spica splint.")
    d.labelled("Complications:", "none. Sponge and needle counts correct.")
    d.p("Dictated 06/12/2026 by Grace H. Lindqvist, MD · Transcribed 06/13/2026 · Signed 06/13/2026", "small")
    d.build(tmp(stem, 2), pagesize=LETTER, footer="Operative Report · PIJNACKER, SANDER · Page {page} of {pages}")

    d = Pdf("Sans", 9)
    d.letterhead(["Laboratorium Microbiologie Utrecht-Oost", "Medische microbiologie"], ["Biltstraat 170, 3572 BN  Utrecht",
                 "030 555 61 61"], logo="LMU", logo_color="#1565c0")
    d.kv([["Patiënt", "dhr. S. Pijnacker, geb. 14-02-1988", "Aanvrager", "R. Dekker, huisarts, Utrecht"],
          ["Afgenomen", "24-11-2026", "Rapport", "26-11-2026"]], widths=(25 * mm, 60 * mm, 25 * mm, 60 * mm), grid=True)
    d.title("MRSA-screening")
    d.labelled("Indicatie:", "operatie en opname in ziekenhuis buitenland (VS) juni 2026; voorafgaand aan verwijzing handchirurgie.")
    d.table([["Materiaal", "Uitslag"], ["neus", "MRSA niet aangetoond"], ["keel", "MRSA niet aangetoond"],
             ["perineum", "MRSA niet aangetoond"]], widths=(40 * mm, 60 * mm))
    d.p("Gevalideerd: dr. H. Bouwman, arts-microbioloog, 26-11-2026", "small")
    d.build(tmp(stem, 3))
    merge_pdfs(out(stem, "pdf"), [tmp(stem, i) for i in range(1, 4)])
    write_label(stem, kinds=["correspondence", "operation-report", "mrsa-screening"], date="2026-06-15",
                also_dates=["2026-06-12", "2026-11-26"], author="specialist", language="en",
                style="merged PDF: US discharge summary + US operative report + Dutch MRSA lab result",
                imaging_done="yes", operated="yes", treated_abroad="yes",
                notes="Merged file mixing English US documents (MM/DD/YYYY; DOB 02/14/1988) and a Dutch lab result (day-first). The discharge summary lists the procedure but refers to the separate operative report (so correspondence only); the second part is the operation report. Third part: MRSA screening 24-11 / 26-11-2026.",
                parts=[dict(kinds=["correspondence"], date="2026-06-15", author="specialist"),
                       dict(kinds=["operation-report"], date="2026-06-12", author="specialist"),
                       dict(kinds=["mrsa-screening"], date="2026-11-26", author="lab")])


# --------------------------------------------------------------------------- 028
def tv028():
    stem = "tv-028"
    head = (["BG Unfallklinik Niederrhein", "Klinik für Unfall-, Hand- und Wiederherstellungschirurgie"],
            ["Großenbaumer Allee 250, 47249 Duisburg", "Tel. +49 203 555 0", "D-Arzt-Verfahren / Berufsgenossenschaft"])
    d = Pdf("Sans", 9.5)
    d.letterhead(*head, logo="BGU", logo_color="#2e7d32")
    d.address(["Herrn Dr. Frank Janssen (Huisarts)", "Huisartsenpraktijk Venlo-Noord", "Hogeweg 12", "5911 EB  Venlo, Niederlande"])
    d.p("Duisburg, 30.09.2026", "right")
    d.title("Entlassungsbericht")
    d.p("Sehr geehrter Herr Kollege Janssen,")
    d.p("wir berichten über Ihren Patienten Herrn Luuk Hendrix, geb. 11.02.1985, wohnhaft in Venlo, der sich vom 21.09.2026 bis "
        "30.09.2026 in unserer stationären Behandlung befand (Arbeitsunfall als Grenzgänger, Spedition Rheinlogistik GmbH, "
        "Duisburg; zuständige BG Verkehr).")
    d.labelled("Diagnosen:", "Distale intraartikuläre Radiusfraktur rechts (AO 23-C3) mit Abriss des Processus styloideus ulnae; "
               "akutes Karpaltunnelsyndrom rechts.")
    d.labelled("Therapie:", "22.09.2026 offene Reposition und winkelstabile Plattenosteosynthese von palmar, Karpaldachspaltung "
               "(siehe OP-Bericht).")
    d.labelled("Verlauf:", "komplikationslos, Wundverhältnisse reizlos, Sensibilität N. medianus rückläufig gestört. "
               "Röntgenkontrolle postoperativ regelrecht.")
    d.labelled("Procedere:", "Weiterbehandlung wohnortnah in den Niederlanden; Physiotherapie/Ergotherapie; Fädenentfernung am "
               "12. postoperativen Tag. Der Patient wünscht eine Zweitmeinung zur Handgelenkfunktion; wir haben ihm die "
               "Unterlagen mitgegeben. MRSA-Aufnahmescreening vom 21.09.2026 negativ.")
    d.p("Mit freundlichen kollegialen Grüßen\n\nDr. med. S. Wendland, Oberarzt · Prof. Dr. med. R. Achterberg, Chefarzt")
    d.build(tmp(stem, 1), footer="BG Unfallklinik Niederrhein · Entlassungsbericht · Seite {page}/{pages}")

    d = Pdf("Cond", 9)
    d.letterhead(*head, logo="BGU", logo_color="#2e7d32")
    d.title("Operationsbericht")
    d.kv([["Patient:", "Hendrix, Luuk, geb. 11.02.1985", "OP-Datum:", "22.09.2026"],
          ["Operateur:", "Dr. med. S. Wendland", "1. Assistenz:", "Dr. med. P. Kowalczyk"],
          ["Anästhesie:", "ITN", "Blutsperre:", "ja, 250 mmHg, 78 min"]],
         widths=(24 * mm, 60 * mm, 24 * mm, 60 * mm), grid=True)
    d.labelled("Eingriff:", "Offene Reposition, palmare winkelstabile Plattenosteosynthese distaler Radius rechts; Karpaldachspaltung rechts.")
    d.labelled("Bericht:", "Erweiterter palmarer Zugang, zunächst Spaltung des Retinaculum flexorum, N. medianus gequetscht, in "
               "Kontinuität. Darstellung der Fraktur über den Henry-Zugang, Reposition der intraartikulären Fragmente unter "
               "Bildwandlerkontrolle, temporäre K-Draht-Fixation, Anlage einer 2,4-mm-Platte mit 7 distalen winkelstabilen "
               "Schrauben. Abschließende BV-Kontrolle in zwei Ebenen: Gelenkfläche stufenfrei. Schichtweiser Wundverschluss, "
               "Redon, dorsale Unterarmschiene.")
    d.labelled("Komplikationen:", "keine.")
    d.p("Diktiert 22.09.2026 · Dr. med. S. Wendland", "small")
    d.build(tmp(stem, 2), footer="Operationsbericht · Hendrix, Luuk · Seite {page}/{pages}")

    d = Pdf("Sans", 9.5)
    d.letterhead(["BG Unfallklinik Niederrhein", "Institut für Radiologie und Neuroradiologie"],
                 ["Großenbaumer Allee 250, 47249 Duisburg"], logo="BGU", logo_color="#2e7d32")
    d.title("Radiologischer Befund")
    d.kv([["Patient:", "Hendrix, Luuk, 11.02.1985"], ["Untersuchungen:", "Röntgen Handgelenk rechts 2 Ebenen; CT Handgelenk rechts"],
          ["Untersuchungsdatum:", "21.09.2026"], ["Anforderung:", "Unfallchirurgie, Notaufnahme"]], widths=(35 * mm, 130 * mm))
    d.labelled("Befund:", "Röntgen: mehrfragmentäre distale Radiusfraktur mit Gelenkbeteiligung, dorsale Abkippung 25°, Abriss "
               "Proc. styloideus ulnae. CT: Impression der Facies lunata um 3 mm, sagittale Frakturlinie bis in das DRUG; "
               "Karpus ohne Fraktur.")
    d.labelled("Beurteilung:", "Distale Radiusfraktur rechts AO 23-C3 mit Gelenkstufe 3 mm.")
    d.p("Dr. med. H. Terhorst, Facharzt für Radiologie — vidiert 21.09.2026", "small")
    d.build(tmp(stem, 3), footer="Institut für Radiologie · Befund · Seite {page}/{pages}")
    merge_pdfs(out(stem, "pdf"), [tmp(stem, i) for i in range(1, 4)])
    write_label(stem, kinds=["correspondence", "operation-report", "imaging-report"], date="2026-09-30",
                also_dates=["2026-09-22", "2026-09-21"], author="specialist", language="de",
                style="merged PDF from a German BG trauma clinic: Entlassungsbericht + Operationsbericht + radiology Befund",
                imaging_done="yes", operated="yes", treated_abroad="yes",
                notes="Dutch cross-border worker admitted and operated in Germany after a work accident. Discharge letter mentions the MRSA admission screening result (a mention, not a lab result) and refers to the separate OP report. The radiology report predates the operation (pre-op imaging); the postoperative X-ray is only mentioned.",
                parts=[dict(kinds=["correspondence"], date="2026-09-30", author="specialist"),
                       dict(kinds=["operation-report"], date="2026-09-22", author="specialist"),
                       dict(kinds=["imaging-report"], date="2026-09-21", author="radiologist")])


# --------------------------------------------------------------------------- 029
def tv029():
    stem = "tv-029"
    d = Pdf("Serif", 9.5)
    d.letterhead(["AZ Maria Middelares", "Dienst Orthopedie – Hand- en polschirurgie"],
                 ["Buitenring Sint-Denijs 30, 9000 Gent", "Tel. +32 9 555 61 11"], logo="AZMM", logo_color="#ad1457")
    d.p("Gent, 25/11/2026", "right")
    d.labelled("Betreft:", "raadpleging dhr. Sven Verstraete °23/06/1981, Sas van Gent (NL)")
    d.p("Geachte collega,")
    d.p("Uw patiënt kwam op 24/11/2026 op controle op de raadpleging handchirurgie. Status na artrodese van het MCP-1 "
        "gewricht rechts (10/03/2025, zie operatieverslag).\nSinds enkele maanden pijn ter hoogte van het osteosynthese-\n"
        "materiaal en tintelingen in de duim.")
    d.labelled("Klinisch onderzoek:", "vaste artrodese, prominente kop van de schroef dorsaal, Tinel positief over de radiale "
               "dorsale digitale zenuw.")
    d.labelled("Technisch onderzoek:", "RX duim rechts (18/11/2026): geconsolideerde artrodese, materiaal in situ.")
    d.labelled("Besluit:", "symptomatisch osteosynthesemateriaal na MCP-1 artrodese; mogelijk irritatie van de sensibele zenuwtak.")
    d.labelled("Beleid:", "verwijdering van het materiaal voorgesteld. Patiënt wenst dit bij voorkeur in Nederland te laten "
               "uitvoeren en vraagt een second opinion; wij bezorgen hem de verslagen.")
    d.p("Met collegiale groeten,\n\ndr. Katrien Lambrecht, orthopedisch chirurg")
    d.build(tmp(stem, 1), footer="AZ Maria Middelares · raadplegingsverslag · {page}/{pages}")

    d = Pdf("Sans", 9.5)
    d.letterhead(["AZ Maria Middelares", "Dienst Medische Beeldvorming"], ["Buitenring Sint-Denijs 30, 9000 Gent"], logo="AZMM",
                 logo_color="#ad1457")
    d.kv([["Patiënt:", "Verstraete Sven °23/06/1981"], ["Onderzoek:", "RX duim rechts, 3 opnamen"],
          ["Datum:", "18/11/2026"], ["Aanvrager:", "dr. K. Lambrecht, orthopedie"]], widths=(30 * mm, 135 * mm))
    d.lines("Verslag:\n"
            "Vergeleken met de postoperatieve opnamen van 11/03/2025. Volledige ossale consolidatie\n"
            "van de MCP-1 artrodese. Twee gekruiste K-draden werden eerder verwijderd; de dorsale\n"
            "trekschroef is in situ en steekt 2 mm uit boven de dorsale cortex. Geen loslating.\n"
            "Geen nieuwe afwijkingen in het IP-gewricht of het CMC-1 gewricht.\n\n"
            "Besluit: geconsolideerde MCP-1 artrodese rechts; licht prominente dorsale schroef.")
    d.p("dr. Bart De Clercq, radioloog", "small")
    d.build(tmp(stem, 2))

    d = Pdf("Sans", 9)
    d.letterhead(["AZ Maria Middelares", "Operatiekwartier – Orthopedie"], ["Buitenring Sint-Denijs 30, 9000 Gent"], logo="AZMM",
                 logo_color="#ad1457")
    d.title("Operatieverslag")
    d.kv([["Patiënt", "Verstraete Sven °23/06/1981"], ["Datum ingreep", "10/03/2025"], ["Chirurg", "dr. K. Lambrecht"],
          ["Assistent", "dr. J. Peeters (ASO)"], ["Anesthesie", "locoregionaal (plexus) – dr. A. Maes"],
          ["Ingreep", "Artrodese MCP-1 rechts met trekschroef en 2 K-draden"]], widths=(32 * mm, 133 * mm))
    d.p("Dorsale benadering van het MCP-1 gewricht, sparen van de sensibele takken van de n. radialis. Kapsulotomie, "
        "verwijderen van het kraakbeen (posttraumatische artrose na oud UCL-letsel), cup-and-cone preparatie. "
        "Fixatie in 15° flexie met een 2,7 mm trekschroef en twee gekruiste K-draden 1,2 mm. Controle onder doorlichting "
        "goed. Sluiten in lagen, gipsspalk.")
    d.labelled("Verwikkelingen:", "geen.")
    d.build(tmp(stem, 3))

    merged = out(stem, "pdf")
    merge_pdfs(merged, [tmp(stem, i) for i in range(1, 4)])
    # fax header on every page
    r = PdfReader(merged)
    n = len(r.pages)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for i in range(n):
        c.setFont("Mono", 7.5)
        c.drawString(12 * mm, 290 * mm, f"04/12/2026 09:12   FAX +32 9 555 61 99   AZ MARIA MIDDELARES ORTHO   -> 0235554410   P.{i + 1:03d}/{n:03d}")
        c.showPage()
    c.save()
    ov = PdfReader(io.BytesIO(buf.getvalue()))
    w = PdfWriter(clone_from=r)
    for i, pg in enumerate(w.pages):
        pg.merge_page(ov.pages[i])
    with open(merged, "wb") as fh:
        w.write(fh)
    write_label(stem, kinds=["correspondence", "imaging-report", "operation-report"], date="2026-11-25",
                also_dates=["2026-11-18", "2025-03-10"], author="specialist", language="nl",
                style="faxed merged PDF from a Flemish hospital: consultation report + RX report + old operation report, fax header on every page",
                imaging_done="yes", operated="yes", treated_abroad="yes",
                notes="Fax header with send date 04/12/2026 on every page is the transmission date, not any part's date. Flemish (°-birth dates, Besluit, raadpleging). Hyphenated line break ('osteosynthese-materiaal'). Operation report is from 2025 (old); X-ray report 18/11/2026 compares with 11/03/2025. Dutch patient living near the border treated in Belgium.",
                parts=[dict(kinds=["correspondence"], date="2026-11-25", author="specialist"),
                       dict(kinds=["imaging-report"], date="2026-11-18", author="radiologist"),
                       dict(kinds=["operation-report"], date="2025-03-10", author="specialist")])


if __name__ == "__main__":
    for f in [tv026, tv027, tv028, tv029]:
        f()
    print("merged done")
