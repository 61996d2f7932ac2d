# tx-051 .. tx-064 (051-054 are merged PDFs)
from common import *

DOCS_D = []
def reg(f):
    DOCS_D.append(f)
    return f

# ------------------------------------------------------------------ 051 merged (3 parts)
@reg
def tx051():
    stem = "tx-051"
    fax = "26-11-2026 16:02   VAN: 0294-412233 HAP Weesp   AAN: 030-6981100   P.00{page}"
    p1 = tmp_path("051a.pdf")
    make_pdf(p1, [
        ("p", "<b>Huisartsenpraktijk Het Hoogstraat</b><br/>Hoogstraat 2, 1381 VS Weesp - 0294-412233"),
        ("sp", 10),
        ("p", "Aan: Kliniek voor Hand- en Polschirurgie, afd. intake, Zeist<br/>Fax 030-6981100"),
        ("sp", 6),
        ("p", "Weesp, 26 november 2026"),
        ("p", "<b>Betreft:</b> mw. K. (Kim) Post, 12-01-1994"),
        ("sp", 4),
        ("p", "Geachte heer/mevrouw,"),
        ("p", "Hierbij de bijlagen bij de verwijzing van mevrouw Post:"),
        ("p", "1. Verwijzing via ZorgDomein d.d. 25-11-2026 (kopie)<br/>2. Echoverslag pols links d.d. 30-10-2026"),
        ("p", "Het aantal pagina's (inclusief dit voorblad) is 3. Bij onvolledige ontvangst graag bellen."),
        ("sp", 6),
        ("p", "Met vriendelijke groet,<br/>S. Wijnen, praktijkondersteuner, namens J. Bos, huisarts"),
    ], fax=fax)
    p2 = tmp_path("051b.pdf")
    make_pdf(p2, [
        ("title", "Verwijzing"),
        ("kv", [
            ["Ontvanger", "Kliniek voor Hand- en Polschirurgie - Second opinion handchirurgie"],
            ["Verwijzer", "J. Bos, huisarts, Huisartsenpraktijk Het Hoogstraat, Weesp (AGB 01-044552)"],
            ["Patiënt", "K. Post, vrouw, 12-01-1994"],
            ["BSN", "999055893"],
            ["Verzekeraar", "Zilveren Kruis"],
            ["Reden van verwijzing", "Sinds 8 maanden zwelling en pijn volaire zijde linkerpols, radiaal."],
            ["Vraagstelling", "Twijfel aan de diagnose: ganglion of FCR-tendinitis / STT-artrose? Graag uw "
                              "beoordeling en advies over behandeling. Patiënte vraagt zelf om een second opinion na "
                              "verschillende adviezen."],
            ["Anamnese", "Niet eerder geopereerd. Eén keer punctie door huisarts (juni 2026), recidief."],
            ["Aanvullend onderzoek", "Echo pols links 29-10-2026 (zie bijlage)"],
            ["Medicatie", "Ethinylestradiol/levonorgestrel"],
            ["Allergieën", "Geen"],
            ["Datum", "25-11-2026"],
        ], 0.27, "grid"),
    ], fax=fax.replace("P.00{page}", "P.002"), footer="ZorgDomein - verwijzing ZD-88771023 - kopie")
    p3 = tmp_path("051c.pdf")
    make_pdf(p3, [
        ("p", "<b>Eerstelijns Diagnostisch Centrum Gooi &amp; Vecht</b> - Echografie<br/>Huizerweg 24, 1402 AB Bussum"),
        ("sp", 6),
        ("kv", [["Patiënt", "Post, K.  12-01-1994"], ["Aanvrager", "J. Bos, huisarts Weesp"],
                ["Onderzoek", "Echo pols links"], ["Onderzoeksdatum", "29-10-2026"]], 0.25),
        ("h", "Vraagstelling"),
        ("p", "Ganglion? Zwelling volair radiaal pols li."),
        ("h", "Bevindingen"),
        ("p", "Volair radiaal een anechogene, scherp begrensde, licht lobulaire structuur van 11 x 7 mm, uitgaande van "
              "het STT-gewricht, grenzend aan de a. radialis zonder ingroei. Geen doppler-signaal. FCR-pees iets "
              "verdikt met minimale vochtrand. Geen aanwijzingen voor tenosynovitis van de flexoren overigens."),
        ("h", "Conclusie"),
        ("p", "Volair ganglion uitgaande van het STT-gewricht, naast de a. radialis. Geringe FCR-tendinopathie."),
        ("sp", 4),
        ("p", "M. Verduin, radioloog - verslag d.d. 30-10-2026"),
    ], fax=fax.replace("P.00{page}", "P.003"))
    merge_pdfs(pdf_path(stem), [p1, p2, p3])
    write_label(stem, dict(
        kinds=["referral", "imaging-report"], author="gp", language="nl",
        style="merged faxed bundle: cover sheet + ZorgDomein copy + first-line ultrasound report",
        referral_question=True,
        imaging_done="yes", operated="no", treated_abroad="unmentioned",
        notes="Merged fax bundle; a fax header with the send date (26-11-2026) tops every page. Part 1 is a cover "
              "sheet listing the enclosures (no kind), part 2 a ZorgDomein referral with a question (no history "
              "section with recent treatments), part 3 an ultrasound report dated 30-10 (exam 29-10) by a radiologist "
              "of a primary-care diagnostic centre. 'Niet eerder geopereerd' -> operated no. Top-level kinds = union of "
              "parts; no single top-level date."),
        parts=[dict(kinds=[], date="2026-11-26", author="gp"),
               dict(kinds=["referral"], date="2026-11-25", author="gp"),
               dict(kinds=["imaging-report"], date="2026-10-30", also_dates=["2026-10-29"], author="radiologist")])

# ------------------------------------------------------------------ 052 merged (3 parts, German)
@reg
def tx052():
    stem = "tx-052"
    banner = [("Medizinische Hochschule Hannover", True, 12),
              ("Klinik für Unfallchirurgie - Sektion Handchirurgie · Carl-Neuberg-Str. 1 · 30625 Hannover · +49 511 532-0", False, 7.5)]
    p1 = tmp_path("052a.pdf")
    make_pdf(p1, [
        ("cols", ["Herrn huisarts P. van Dijk", "Praktijk Dalfsen-Noord", "Polweg 8", "7721 AB Dalfsen", "Niederlande"],
                 ["Hannover, 13.11.2026", "Fall-Nr. 26114471"], 0.6),
        ("sp", 6),
        ("p", "<b>Entlassungsbrief</b> - Herr Gerrit Bosch, geb. 03.06.1971"),
        ("p", "Stationäre Behandlung vom 05.11.2026 bis 12.11.2026"),
        ("p", "Sehr geehrter Herr Kollege,"),
        ("p", "wir berichten über Ihren Patienten, einen niederländischen LKW-Fahrer, der nach einem Verkehrsunfall auf "
              "der A2 bei Hannover über den Schockraum aufgenommen wurde."),
        ("p", "<b>Diagnosen:</b><br/>1. Perilunäre Luxationsfraktur (transscaphoidal) rechts<br/>2. Rippenprellung "
              "links<br/>3. Diabetes mellitus Typ 2"),
        ("p", "<b>Therapie:</b><br/>06.11.2026 offene Reposition, Schraubenosteosynthese Scaphoid und Bandnaht SL/LT "
              "rechts (siehe beigefügten OP-Bericht)."),
        ("p", "<b>Befunde:</b> CT Handgelenk rechts 05.11.2026: transscaphoidale perilunäre Luxation. MRSA-Screening "
              "bei Aufnahme negativ (Befund anbei)."),
        ("p", "<b>Procedere:</b> Gips für 8 Wochen, K-Draht-Entfernung nach 8 Wochen, CT-Kontrolle nach 10 Wochen. "
              "Weiterbehandlung in den Niederlanden."),
        ("sp", 6),
        ("p", "Mit freundlichen Grüßen<br/><br/>Prof. Dr. med. C. Krettek-Vogt, Direktor<br/>"
              "i.V. PD Dr. med. S. Sehmisch-Lorenz, Leitende Oberärztin<br/>A. Yilmaz, Assistenzarzt"),
    ], top_banner=banner, footer="MHH Unfallchirurgie · Entlassungsbrief · Seite {page}")
    p2 = tmp_path("052b.pdf")
    make_pdf(p2, [
        ("title", "OP-Bericht"),
        ("kv", [["Patient", "Bosch, Gerrit, 03.06.1971"], ["OP-Datum", "06.11.2026"],
                ["Operateur", "PD Dr. med. S. Sehmisch-Lorenz"], ["Assistenz", "A. Yilmaz"],
                ["Anästhesie", "ITN"],
                ["Diagnose", "Transscaphoidale perilunäre Luxationsfraktur rechts (Mayfield IV)"],
                ["Eingriff", "Offene Reposition über dorsalen und palmaren Zugang, Herbert-Schraube Scaphoid, "
                             "Naht SL- und LT-Band mit Fadenankern, temporäre K-Draht-Transfixation, Karpaldachspaltung"]],
         0.22, "grid"),
        ("h", "Operationsverlauf"),
        ("p", "Palmarer Zugang mit Spaltung des Karpaldachs, Darstellung der Kapselruptur im Raum von Poirier. Dorsaler "
              "Zugang über dem 3./4. Strecksehnenfach. Reposition des Lunatum, Reposition des Scaphoids, Fixation mit "
              "Herbert-Schraube unter BV-Kontrolle. Naht des SL-Bandes mit 2 Mitek-Ankern, des LT-Bandes mit einem "
              "Anker. Transfixation SL und LT mit 1,2-mm-K-Drähten. Kapselverschluss. Hautnaht. Unterarmgips."),
        ("p", "Komplikationen: keine. Blutsperre 118 min."),
        ("sp", 5),
        ("p", "PD Dr. med. S. Sehmisch-Lorenz - freigegeben 06.11.2026 18:40"),
    ], top_banner=banner, footer="MHH OP-Dokumentation · Seite {page}")
    p3 = tmp_path("052c.pdf")
    make_pdf(p3, [
        ("p", "<b>Institut für Medizinische Mikrobiologie und Krankenhaushygiene</b><br/>MHH · Befundbericht"),
        ("sp", 5),
        ("kv4", [["Patient", "Bosch, Gerrit", "Geb.", "03.06.1971"],
                 ["Einsender", "Unfallchirurgie, Stat. 22", "Eingang", "05.11.2026 23:10"],
                 ["Entnahme", "05.11.2026", "Befunddatum", "07.11.2026"]]),
        ("sp", 4),
        ("table", ["Material", "Untersuchung", "Ergebnis"], [
            ["Nasenabstrich", "MRSA-Screening (Kultur)", "kein MRSA nachgewiesen"],
            ["Rachenabstrich", "MRSA-Screening (Kultur)", "kein MRSA nachgewiesen"],
            ["Rektalabstrich", "MRGN-Screening", "kein 3/4MRGN nachgewiesen"],
        ], [0.25, 0.35, 0.4]),
        ("sp", 4),
        ("p", "Endbefund. Dr. med. K. Ziesing, Fachärztin für Mikrobiologie"),
    ], top_banner=banner)
    merge_pdfs(pdf_path(stem), [p1, p2, p3])
    write_label(stem, dict(
        kinds=["correspondence", "operation-report", "mrsa-screening"], author="specialist", language="de",
        style="merged German hospital bundle: Entlassungsbrief + OP-Bericht + MRSA-Screening Befund",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Three German documents in one PDF. The discharge letter only names the operation and points to the "
              "attached OP-Bericht (correspondence only); part 2 is the operation report; part 3 an admission MRSA "
              "screening (nose/throat, plus a non-MRSA MRGN swab). The letter also mentions 'MRSA-Screening negativ' - "
              "a mention. Dutch patient admitted in Germany -> treated abroad. Note the screening is from the foreign "
              "admission itself (07.11.2026), not arranged via the GP afterwards."),
        parts=[dict(kinds=["correspondence"], date="2026-11-13", author="specialist"),
               dict(kinds=["operation-report"], date="2026-11-06", author="specialist"),
               dict(kinds=["mrsa-screening"], date="2026-11-07", also_dates=["2026-11-05"], author="lab")])

# ------------------------------------------------------------------ 053 merged (4 parts)
@reg
def tx053():
    stem = "tx-053"
    side = [("Maasstad", True, 13), ("Ziekenhuis", False, 9), "", ("Plastische chirurgie", True, 7.5),
            "Maasstadweg 21", "3079 DZ Rotterdam", "010 291 1911"]
    p1 = tmp_path("053a.pdf")
    make_pdf(p1, [
        ("cols", ["Aan de huisarts", "dr. E. Ozturk", "Huisartsenpraktijk Charlois", "Dorpsweg 150", "3083 LK Rotterdam"],
                 ["Datum: 18-11-2026", "Uw kenmerk: -", "Ons kenmerk: PC/DvK/4418"], 0.6),
        ("sp", 6),
        ("p", "<b>Betreft:</b> mw. L. (Lotte) van Kampen, geb. 09-09-1966"),
        ("p", "Geachte collega,"),
        ("p", "Wij zagen uw patiënte op 17-11-2026 voor de eerste postoperatieve controle. Ter herinnering: zij viel in "
              "maart 2026 tijdens een verblijf in Spanje en werd op de spoedeisende hulp van het Hospital Costa del Sol "
              "(Marbella) behandeld met repositie en gips; zij is daar één nacht opgenomen geweest. Er ontstond een "
              "malunion van de distale radius links met pijnlijke DRUG-klachten."),
        ("p", "Op 05-11-2026 verrichtten wij een correctie-osteotomie van de distale radius links met volaire plaat en "
              "bottransplantaat (zie bijgevoegd operatieverslag). Preoperatief werd in verband met de opname in "
              "Spanje een MRSA-screening verricht via u; deze was negatief. Op de postoperatieve X-pols staat de "
              "osteotomie in goede stand."),
        ("p", "<b>Beleid:</b> brace, start handtherapie, controle met röntgen over 5 weken (afspraak 17-12-2026)."),
        ("p", "Met vriendelijke groet,<br/><br/>drs. D. van Kessel, plastisch chirurg"),
    ], side=side, footer="Maasstad Ziekenhuis - polikliniekbrief - verzonden via ZorgMail", page_numbers="1/1")
    p2 = tmp_path("053b.pdf")
    make_pdf(p2, [
        ("title", "Operatieverslag"),
        ("kv4", [["Patiënt", "L. van Kampen", "Geb.", "09-09-1966"],
                 ["Datum operatie", "05-11-2026", "Locatie", "OK 3, Maasstad"],
                 ["Operateur", "drs. D. van Kessel", "Assistent", "dr. P. Lam (aios)"],
                 ["Anesthesie", "Algehele anesthesie + plexus", "Bloedleegte", "95 min"]]),
        ("sp", 4),
        ("p", "<b>Indicatie:</b> symptomatische malunion distale radius links na conservatief behandelde fractuur "
              "(maart 2026, Spanje). Preoperatieve CT met 3D-planning."),
        ("p", "<b>Ingreep:</b> open-wig correctie-osteotomie distale radius links, volaire hoekstabiele plaat, "
              "corticospongieus bottransplantaat uit de crista iliaca."),
        ("p", "<b>Verloop:</b> volaire FCR-benadering, pronator quadratus afgeschoven. Osteotomie parallel aan het "
              "gewrichtsvlak volgens planning met patient-specific guide. Distractie tot herstel van de radiale "
              "inclinatie en volaire tilt. Plaat geplaatst, bottransplantaat ingebracht. Doorlichting: goede stand, "
              "ulnaire variantie neutraal. Sluiten in lagen."),
        ("p", "<b>Complicaties:</b> geen. <b>Nabehandeling:</b> onderarmspalk 2 weken, daarna brace en handtherapie."),
    ], side=side, footer="Maasstad Ziekenhuis - OK-verslag - geautoriseerd 05-11-2026")
    p3 = tmp_path("053c.pdf")
    make_pdf(p3, [
        ("p", "<b>Result Laboratorium</b> - Medische Microbiologie<br/>Albert Schweitzerplaats 25, Dordrecht"),
        ("sp", 5),
        ("kv", [["Patiënt", "van Kampen, L.  (09-09-1966)"], ["Aanvrager", "dr. E. Ozturk, huisarts Rotterdam"],
                ["Afname", "19-10-2026"], ["Uitslagdatum", "22-10-2026"], ["Indicatie", "opname buitenland (Spanje, 03-2026)"]],
         0.25),
        ("sp", 3),
        ("table", ["Materiaal", "Bepaling", "Uitslag"], [
            ["Neus", "MRSA kweek", "Negatief"], ["Keel", "MRSA kweek", "Negatief"], ["Perineum", "MRSA kweek", "Negatief"]],
         [0.3, 0.3, 0.4]),
        ("sp", 3),
        ("p", "Conclusie: geen MRSA aangetoond. Geautoriseerd door dr. W. Ang, arts-microbioloog."),
    ])
    p4 = tmp_path("053d.pdf")
    make_pdf(p4, [
        ("p", "<b>Maasstad Ziekenhuis</b> - Afsprakenbureau"),
        ("sp", 8),
        ("p", "Mevrouw L. van Kampen<br/>Wolphaertsbocht 220<br/>3083 MV Rotterdam"),
        ("sp", 6),
        ("p", "Rotterdam, 18-11-2026"),
        ("p", "<b>Bevestiging van uw afspraak</b>"),
        ("p", "Geachte mevrouw Van Kampen,"),
        ("p", "Hierbij bevestigen wij uw afspraken:"),
        ("table", ["Datum", "Tijd", "Afdeling", "Bij"], [
            ["do 17-12-2026", "09:20", "Radiologie (X-pols links), route 12", "-"],
            ["do 17-12-2026", "09:50", "Polikliniek Plastische chirurgie, route 30", "drs. D. van Kessel"]],
         [0.2, 0.1, 0.45, 0.25]),
        ("p", "Neem uw identiteitsbewijs en een actueel medicatieoverzicht mee. Kunt u niet komen? Bel dan 010 291 1911."),
        ("p", "Met vriendelijke groet,<br/>Afsprakenbureau Maasstad Ziekenhuis"),
    ])
    merge_pdfs(pdf_path(stem), [p1, p2, p3, p4])
    write_label(stem, dict(
        kinds=["correspondence", "operation-report", "mrsa-screening"], author="specialist", language="nl",
        style="merged hospital bundle: polikliniekbrief + operatieverslag + MRSA result + appointment letter",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Four parts: outpatient letter (18-11), operation report (05-11), MRSA lab result (22-10, sampled "
              "19-10) and an appointment confirmation (no kind) that lists a future X-ray. The letter also mentions "
              "the MRSA result and the attached operation report. ER visit with one-night admission in Spain -> "
              "treated abroad yes; the operation itself was in the Netherlands."),
        parts=[dict(kinds=["correspondence"], date="2026-11-18", author="specialist"),
               dict(kinds=["operation-report"], date="2026-11-05", author="specialist"),
               dict(kinds=["mrsa-screening"], date="2026-10-22", also_dates=["2026-10-19"], author="lab"),
               dict(kinds=[], date="2026-11-18", author="other")])

# ------------------------------------------------------------------ 054 merged (2 parts, English)
@reg
def tx054():
    stem = "tx-054"
    banner = [("St George's University Hospitals", True, 12), ("NHS Foundation Trust", True, 9),
              ("Blackshaw Road, Tooting, London SW17 0QT", False, 7.5)]
    p1 = tmp_path("054a.pdf")
    make_pdf(p1, [
        ("cols", ["Dr K. Mensah", "Balham Park Surgery", "92 Balham Park Road", "London SW12 8EA"],
                 ["Date: 21 October 2026", "Clinic: 19/10/2026", "NHS No: 703 114 2298"], 0.6),
        ("sp", 6),
        ("p", "Dear Dr Mensah,"),
        ("p", "<b>Re: Mr Wouter HUISMAN, DOB 30/09/1985</b>"),
        ("p", "<b>Diagnosis:</b> Kienböck's disease left wrist, Lichtman stage IIIA, negative ulnar variance"),
        ("p", "<b>Plan:</b> radial shortening osteotomy offered; patient to consider; MRI to assess lunate perfusion"),
        ("p", "Mr Huisman is a 41-year-old Dutch right-handed chef with a two-year history of dorsal left wrist pain. "
              "He has had no previous wrist surgery. Radiographs taken on 14/10/2026 (report enclosed) show "
              "sclerosis and early collapse of the lunate compared with films from March 2026."),
        ("p", "We discussed a radial shortening osteotomy. He would like to consider this and discuss it with his family "
              "in the Netherlands. I have requested an MRI scan and will see him with the result."),
        ("p", "Yours sincerely,<br/><br/>Miss R. Adeyemi FRCS (Plast), Consultant Hand Surgeon"),
    ], top_banner=banner, footer="Typed 21/10/2026 - RA/jt", page_numbers="Page {page}")
    p2 = tmp_path("054b.pdf")
    make_pdf(p2, [
        ("title", "Radiology Report"),
        ("kv", [["Patient", "HUISMAN, Wouter  DOB 30/09/1985"], ["Examination", "XR Wrist Left"],
                ["Date of examination", "14/10/2026"], ["Referrer", "Miss R. Adeyemi, Hand Surgery"],
                ["Reported", "15/10/2026 by Dr J. Osei, Consultant Radiologist"]], 0.28),
        ("sp", 3),
        ("p", "<b>Clinical details:</b> ?Kienböck's. Progressive pain."),
        ("p", "<b>Comparison:</b> XR left wrist 02/03/2026."),
        ("p", "<b>Findings:</b> Increased sclerosis of the lunate with loss of height of the radial aspect, not present "
              "on the previous study. Ulnar variance -2 mm. No scapholunate widening. No radiocarpal arthritis."),
        ("p", "<b>Conclusion:</b> Progression of Kienböck's disease, now Lichtman IIIA."),
    ], top_banner=banner, footer="St George's Radiology - CRIS report - printed 20/10/2026")
    merge_pdfs(pdf_path(stem), [p1, p2])
    write_label(stem, dict(
        kinds=["correspondence", "imaging-report"], author="specialist", language="en",
        style="merged NHS clinic letter + radiology report",
        imaging_done="yes", operated="no", treated_abroad="yes",
        notes="Two-part merged file: clinic letter (21 October 2026, clinic 19/10) and the enclosed X-ray report "
              "(exam 14/10, reported 15/10, comparison 02/03/2026). 'No previous wrist surgery' -> operated no; the "
              "osteotomy is only offered. The requested MRI is planned, not done. Dutch patient treated in a London "
              "hospital -> treated abroad."),
        parts=[dict(kinds=["correspondence"], date="2026-10-21", author="specialist"),
               dict(kinds=["imaging-report"], date="2026-10-15", also_dates=["2026-10-14"], author="radiologist")])

# ------------------------------------------------------------------ 055
@reg
def tx055():
    stem = "tx-055"
    head = ("Medicom  -  UITDRAAI JOURNAAL / PATIËNTOVERZICHT          Gezondheidscentrum Oegstgeest\n"
            "Afgedrukt: 27-11-2026 10:31  door: dr. A. Huijbregts              Pagina {p} van 2\n"
            "Patiënt: Dhr. F. (Frank) van der Meer  *14-02-1983  BSN 999021457  Huisarts: A. Huijbregts\n"
            + "-" * 88 + "\n")
    page1 = """
EPISODEOVERZICHT
  Episode                                             ICPC   Begin       Status
  Distorsie/letsel pols li (skiën)                    L79    04-02-2026  actief
  Scapholunair letsel pols li                         L79    22-09-2026  actief
  Astma                                               R96    1998        actief
  Meniscusletsel re knie - st.n. artroscopie 2017     L96    2017        passief
  Hooikoorts                                          R97    2005        actief

MEDICATIE
  salbutamol inhalator 100 mcg   zn 2 puff               (chronisch)
  budesonide/formoterol 200/6    2dd1 inhalatie          (chronisch)
  naproxen 500 mg                zn max 2dd1             sinds 10-02-2026

JOURNAAL
 10-02-2026  S  Terug van wintersport Oostenrijk. Op 04-02 gevallen op li pols,
                op SEH van het Tauernklinikum in Zell am See gezien: röntgen,
                geen fractuur zichtbaar, brace gekregen. Brief in het Duits
                meegenomen (gescand).
             O  Zwelling dorsaal li pols, drukpijn SL-interval, tabatière
                niet pijnlijk.
             E  L79 distorsie pols li
             P  Brace continueren, naproxen, contr. 3 wk.
 03-03-2026  S  Nog steeds pijn bij steunen.
             O  Watson-test li pijnlijk, geen klik.
             E  L79
             P  Verwijzing fysiotherapie.
 12-05-2026  S  Fysio 10x, wisselend. Klikt bij draaien.
             E  L79
             P  Verwijzing orthopedie Alrijne Leiden.
"""
    page2 = """
 18-06-2026     Brief specialist ontvangen (orthopedie Alrijne, dr. Kok):
                X-pols li + stressopnamen: geen SL-diastase. Conservatief
                beleid, geen operatie. Handtherapie.
 22-09-2026     Uitslag MRI pols li (Alrijne, 15-09-2026): partiële ruptuur
                dorsale deel SL-ligament, geen DISI.
                E  L79 scapholunair letsel pols li
 06-10-2026  S  Bespreking MRI-uitslag. Orthopeed heeft artroscopie
                aangeboden, pt. twijfelt sterk. Hij is nooit aan de pols
                geopereerd en wil eerst een tweede mening.
             P  Pt. zoekt zelf een kliniek; verwijzing volgt op zijn verzoek.
 26-11-2026  S  Telefonisch: wil second opinion in Zeist.
             P  Verwijzing handchirurgie (second opinion) via ZorgDomein
                verstuurd; brieven Alrijne en MRI-verslag toegevoegd.
                Brief uit Zell am See toegevoegd.

ALLERGIEËN: geen bekend.   CONTRA-INDICATIES: astma (NSAID voorzichtig).

*** einde uitdraai ***
"""
    write_txt(stem, head.format(p=1) + page1 + "\f" + head.format(p=2) + page2)
    write_label(stem, dict(
        kinds=["history"], date="2026-11-27", author="gp", language="nl",
        style="HIS journal printout (Medicom-like), two pages with repeated header and form feed",
        imaging_done="yes", operated="no", treated_abroad="yes",
        notes="Two-page HIS printout with the print date and page header repeated on each page. Emergency department "
              "visit in an Austrian hospital during a ski holiday (X-ray) -> treated abroad yes. 'Nooit aan de pols "
              "geopereerd' and 'geen operatie' -> operated no; arthroscopy only offered; knee arthroscopy 2017 is "
              "another body part. Journal lines 'Verwijzing ... via ZorgDomein verstuurd' and 'Brief specialist "
              "ontvangen' are mentions, not a referral or a specialist letter."))

# ------------------------------------------------------------------ 056
@reg
def tx056():
    stem = "tx-056"
    blocks = [
        ("table", ["Verwijzing", ""], [
            ["Specialisme", "Plastische chirurgie / handchirurgie"],
            ["Zorgaanbieder", "Kliniek voor Hand- en Polschirurgie, Zeist"],
            ["Product", "Consult handchirurgie"],
        ], [0.3, 0.7]),
        ("sp", 4),
        ("table", ["Patiëntgegevens", ""], [
            ["Naam", "Dhr. B. (Bas) Kramer"], ["Geboortedatum", "21-07-1966"], ["Geslacht", "Man"],
            ["BSN", "999087011"], ["Adres", "Vestingwal 4, 5701 GZ Helmond"], ["Verzekeraar", "VGZ"],
        ], [0.3, 0.7]),
        ("sp", 4),
        ("table", ["Verwijsgegevens", ""], [
            ["Verwijzer", "drs. I. Smulders, huisarts, Praktijk De Brandevoort, Helmond"],
            ["Reden van verwijzing", "Triggerfinger dig. III en IV rechts, twee injecties zonder blijvend effect. "
                                     "Graag behandeling (A1-klieving)."],
            ["Vraagstelling", "-"],
            ["Relevante voorgeschiedenis", "Geen bijzonderheden"],
            ["Aanvullend onderzoek", "Geen aanvullend onderzoek verricht"],
            ["Medicatie", "Metformine 500 mg 2dd1"],
            ["Allergieën", "Geen bekend"],
            ["BMI", "29"],
        ], [0.3, 0.7]),
    ]
    make_pdf(pdf_path(stem), blocks,
             top_banner=[("ZorgDomein", True, 14)],
             footer="Verstuurd via ZorgDomein op 03-12-2026 om 11:48 door drs. I. Smulders - referentie ZD-88902215\n"
                    "Deze verwijzing is 1 jaar geldig.",
             page_numbers="1 van 1")
    write_label(stem, dict(
        kinds=["referral"], date="2026-12-03", author="gp", language="nl",
        style="zorgdomein referral as stacked tables, date only in footer",
        referral_question=False,
        imaging_done="no", operated="unmentioned", treated_abroad="unmentioned",
        notes="ZorgDomein referral whose only date is in the footer ('Verstuurd via ZorgDomein op 03-12-2026'). "
              "'Vraagstelling: -' is empty and the reason asks only for treatment -> referral_question false. "
              "'Geen aanvullend onderzoek verricht' -> imaging no. Injections are not operations. Voorgeschiedenis "
              "'geen bijzonderheden' and no recent treatments -> not a history letter."))

# ------------------------------------------------------------------ 057
@reg
def tx057():
    stem = "tx-057"
    d = Docx(font="Calibri", size=10.5)
    d.letterhead_table([("Huisartsenpraktijk Wheermolen", "b"), ("dr. N. Sjoerdsma & dr. P. Tol", ""),
                        ("Gorslaan 20, 1441 RG Purmerend", "s")],
                       [("T 0299-433300", "s"), ("AGB 01-082211", "s")])
    d.p("Kliniek voor Hand- en Polschirurgie, intake second opinion, Zeist")
    d.p(("MEDISCHE SAMENVATTING", "b"), size=12)
    d.p(("Patiënt: ", "b"), "mw. A. (Agnieszka) Nowak-de Graaf, geboren 30-04-1984")
    d.p("Op uw verzoek stuur ik u hierbij een samenvatting van het dossier. De verwijsbrief is op 12-11-2026 "
        "via ZorgDomein naar u verstuurd.")
    d.p(("Voorgeschiedenis", "b"))
    d.table(["Jaar", "Probleem", "Opmerking"], [
        ["2010", "Migraine", "sumatriptan zo nodig"],
        ["2016", "Sectio caesarea", ""],
        ["2021", "Burn-out", "hersteld"],
        ["05-2026", "Bennett-fractuur MC I rechts", "bij auto-ongeluk in Polen"],
    ])
    d.p(("Recente behandelingen", "b"))
    d.p("In mei 2026 werd patiënte na een auto-ongeluk nabij Krakau vijf dagen opgenomen in het Universitair "
        "Ziekenhuis Krakau (Polen). Daar werd een Bennett-fractuur van de rechterduim vastgesteld op röntgenfoto's en "
        "op 14-05-2026 geopereerd (gesloten repositie en percutane fixatie met K-draden). Na terugkeer in Nederland zijn "
        "de K-draden op 16-06-2026 verwijderd op de polikliniek chirurgie van het Dijklander Ziekenhuis; daar is ook een "
        "controle-X gemaakt (consolidatie). Sinds augustus pijn en zwakte bij knijpen; handtherapie 12x (sept.-nov. 2026) "
        "met matig effect. Patiënte wil laten beoordelen of er sprake is van posttraumatische artrose van het CMC-1-"
        "gewricht.")
    d.p(("Medicatie", "b"))
    d.p("Sumatriptan 50 mg zn, paracetamol 1 g zn, ibuprofen 400 mg zn.")
    d.p(("Allergieën", "b"))
    d.p("Pleister (jeuk).")
    d.p("De MRSA-screening in verband met de ziekenhuisopname in Polen is aangevraagd; de uitslag stuur ik na.")
    d.p("")
    d.p("Met vriendelijke groet,", space_after=0)
    d.letterhead_table([("N. Sjoerdsma, huisarts", "")], [("Purmerend, 18-11-2026", "")])
    d.save(stem)
    write_label(stem, dict(
        kinds=["history"], date="2026-11-18", author="gp", language="nl",
        style="GP medical summary (samenvatting) docx, date only beside the signature",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="GP summary sent separately from the referral (a referral date 12-11-2026 is mentioned but this is not "
              "the referral). The only own date sits in a table cell next to the signature at the very end. "
              "Admission and K-wire fixation in a Polish hospital -> treated abroad and operated yes; X-rays -> "
              "imaging yes; sectio is another body part. MRSA screening only requested (mention)."))

# ------------------------------------------------------------------ 058
@reg
def tx058():
    stem = "tx-058"
    txt = """
Huisartsenpraktijk Het Zand, Zandstraat 4, 7201 CB Zutphen - tel 0575-512233

                                                        Zutphen, 03.12.25

Aan: polikliniek handchirurgie
     Kliniek voor Hand- en Polschirurgie, Zeist

Betreft: verwijzing dhr. G.J. (Gert-Jan) Ebbers, geb. 19.10.1958
         Spittaalstraat 80, 7201 EH Zutphen

Geachte collega,

Graag verwijs ik dhr. Ebbers naar uw polikliniek voor een second opinion.
Hij heeft een SLAC-pols rechts, vastgesteld door de orthopeed in Gelre
Zutphen. Daar is hem een vierhoeksartrodese voorgesteld. Patiënt vraagt
zich af of een minder ingrijpende behandeling (denervatie, PRC) mogelijk
is. Vraagstelling: welke behandeling adviseert u bij deze SLAC-pols, en
is een operatie op dit moment al nodig?

Voorgeschiedenis
- 1994 val van steiger, pols re "verstuikt", nooit foto's gemaakt destijds
- 2012 hypertensie
- 2019 TIA, sindsdien clopidogrel
- hij is nooit aan de pols geopereerd

Recente behandelingen
- 06-2025 X-pols re (Gelre): SLAC stadium II
- 07-2025 brace en 2x infiltratie radiocarpaal (orthopeed), kortdurend
  effect
- 10-2025 CT pols re (Gelre): bevestiging SLAC II, geen capitolunaire
  artrose
- 11-2025 consult orthopedie: vierhoeksartrodese voorgesteld, pt. staat
  nog niet op de wachtlijst

Medicatie: clopidogrel 75 mg 1dd1, lisinopril 10 mg 1dd1, atorvastatine
20 mg 1dd1, paracetamol zn.
Allergieën: geen.

Met vriendelijke groet,

S. el Idrissi, huisarts in opleiding
namens dr. H.W. Gerritsen, huisarts
"""
    write_txt(stem, txt)
    write_label(stem, dict(
        kinds=["referral", "history"], date="2025-12-03", author="gp", language="nl",
        style="free GP referral letter as plain text, written by a GP trainee, 2-digit year date",
        referral_question=True,
        imaging_done="yes", operated="no", treated_abroad="unmentioned",
        notes="Referral with question and its own Voorgeschiedenis + Recente behandelingen (referral and history), "
              "but dated '03.12.25' - a year earlier than most of the batch, so too old as a history letter and at "
              "the edge of a referral's one-year validity. Written by a huisarts in opleiding on behalf of the GP. "
              "'nooit foto's gemaakt destijds' (1994) is a local negation; X-ray and CT in 2025 -> imaging yes; "
              "'nooit aan de pols geopereerd' -> operated no; the arthrodesis is only proposed."))

# ------------------------------------------------------------------ 059
@reg
def tx059():
    stem = "tx-059"
    d = Docx(font="Arial", size=10)
    d.letterhead_table(
        [("Ziekenhuis Amstelland", "b"), ("Orthopedie", ""), ("Laan van de Helende Meesters 8", "s"),
         ("1186 AM Amstelveen", "s")],
        [("Datum: 01-12-2026", ""), ("Datum consult: 26-11-2026", ""), ("Ons kenmerk: ORT-26-3391", "s")], grid=False)
    d.kv([("Aan", "Huisarts R. Ramdin, Gezondheidscentrum Westwijk, Amstelveen"),
          ("Betreft", "Mw. S. (Sharda) Ramlal, geb. 05-08-1961"),
          ("Kopie", "patiënte")], grid=False)
    d.p("Beste collega,")
    d.p(("Anamnese: ", "b"), "patiënte is bekend met een carpaletunnelsyndroom links. De geplande CTS-release van "
        "24-11-2026 is op de dag zelf afgezegd wegens koorts en een luchtweginfectie. Patiënte is in oktober vier "
        "weken bij familie in Suriname geweest; zij heeft daar geen arts of ziekenhuis bezocht. De klachten zijn "
        "onveranderd: nachtelijke tintelingen dig. I-III links, laten vallen van voorwerpen.")
    d.p(("Lichamelijk onderzoek: ", "b"), "Tinel en Phalen positief links, geen thenaratrofie.")
    d.p(("Aanvullend onderzoek: ", "b"), "EMG (neurologie Amstelland, 09-2026): matig ernstig CTS links. "
        "Beeldvorming is niet verricht en niet nodig.")
    d.p(("Conclusie: ", "b"), "carpaletunnelsyndroom links, nog niet geopereerd.")
    d.p(("Beleid: ", "b"), "nieuwe operatiedatum 12-01-2027 (dagbehandeling, WALANT). Patiënte heeft aangegeven "
        "eventueel eerst een second opinion te willen; zij kan de operatie tot een week van tevoren kosteloos "
        "verzetten.")
    d.p("Met vriendelijke groet,")
    d.p("")
    d.p("L. Verbeek, MSc, physician assistant orthopedie", space_after=0)
    d.p("Supervisor: dr. A.B. de Ruiter, orthopedisch chirurg")
    d.save(stem)
    write_label(stem, dict(
        kinds=["correspondence"], date="2026-12-01", also_dates=["2026-11-26"], author="specialist", language="nl",
        style="outpatient letter docx with date fields in the letterhead table, signed by a physician assistant",
        imaging_done="no", operated="no", treated_abroad="no",
        notes="Letter signed by a physician assistant (author role specialist, supervising orthopaedic surgeon named). "
              "The operation of 24-11-2026 was cancelled and re-planned for 12-01-2027; 'nog niet geopereerd' -> "
              "operated no. 'Beeldvorming is niet verricht' -> imaging no (EMG is not imaging). Four weeks in Suriname "
              "without doctor or hospital -> treated abroad no. Letter date vs consult date in the letterhead table."))

# ------------------------------------------------------------------ 060
@reg
def tx060():
    stem = "tx-060"
    verslag = ("Ter plaatse van de door patiënte aangegeven zwelling dorsaal\n"
               "over het SL-interval een multiloculaire, anechogene laesie\n"
               "van 14 x 9 x 6 mm met een smalle steel richting het SL-liga-\n"
               "ment. Postoperatief littekenweefsel in de subcutis. Geen door-\n"
               "bloeding bij power-doppler. Extensorpezen intact, geen teno-\n"
               "synovitis. Vergeleken met de echo van 14-03-2024 (extern, niet\n"
               "ter beoordeling beschikbaar, alleen verslag) is de laesie\n"
               "groter dan destijds beschreven (8 mm).")
    blocks = [
        ("kv", [
            ["Naam", "mw. E. (Esra) Çelik"], ["Geboortedatum", "17-10-1990"], ["Patiëntnummer", "BRV 2271004"],
            ["Aanvragend arts", "dr. T. Janssens, chirurg (handchirurgie), Bravis"],
            ["Onderzoek", "Echo pols links"], ["Onderzoeksdatum", "28-11-2026"], ["Datum verslag", "01-12-2026"],
        ], 0.27),
        ("sp", 3),
        ("p", "<b>Klinische gegevens:</b> Recidief ganglion na excisie dorsaal pols links in 2024 (ZNA Middelheim, "
              "Antwerpen)? Pijn bij extensie."),
        ("sp", 2),
        ("pre", verslag),
        ("sp", 3),
        ("p", "<b>Conclusie:</b> Recidief dorsaal ganglion pols links, 14 mm, uitgaande van het SL-interval."),
        ("sp", 5),
        ("p", "drs. K. Peeters-Aarts, radioloog"),
    ]
    make_pdf(pdf_path(stem), blocks,
             side=[("Bravis", True, 15), ("ziekenhuis", False, 9), "", ("Radiologie", True, 8), "locatie Roosendaal",
                   "Boerhaaveplein 1", "4708 AE Roosendaal", "", "0165 58 80 00"],
             footer="Afgedrukt op 03-12-2026 08:55 - Bravis ziekenhuis - pagina {page}/1")
    write_label(stem, dict(
        kinds=["imaging-report"], date="2026-12-01", also_dates=["2026-11-28"], author="radiologist", language="nl",
        style="Dutch ultrasound report without a title, side-column letterhead, hyphenated preformatted body",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Radiology report with no title at all; body text with hard line breaks and hyphenations "
              "('SL-liga-/ment', 'door-/bloeding', 'teno-/synovitis'). Exam 28-11, report 01-12, printed 03-12, "
              "comparison with an external 2024 ultrasound. The clinical data mention an earlier ganglion excision in a "
              "hospital in Antwerp -> operated yes and treated abroad yes (care abroad described in a Dutch report)."))

# ------------------------------------------------------------------ 061
@reg
def tx061():
    stem = "tx-061"
    d = Docx(font="Segoe UI", size=9.5)
    d.letterhead_table(
        [("Ziekenhuis Rivierenland Tiel", "b"), ("Neurologie en Klinische Neurofysiologie", ""),
         ("President Kennedylaan 1, 4002 WP Tiel", "s")],
        [("POLIKLINIEKBRIEF", "b"), ("Datum: 24-11-2026", ""), ("Consult: 17-11-2026", "s"), ("Patiëntnr. 4410275", "s")])
    d.p("Aan: dhr. D. Verhagen, huisarts, Culemborg")
    d.p(("Betreft: ", "b"), "dhr. M. (Mustafa) Aydın, geb. 02-01-1977")
    d.p("Geachte collega,")
    d.p("Uw patiënt werd gezien op de polikliniek neurologie met tintelingen en krachtverlies van de rechterhand sinds "
        "4 maanden.")
    d.p(("Anamnese: ", "b"), "tintelingen in de pink en ringvinger rechts, erger bij gebogen elleboog (telefoneren). "
        "Geen nekklachten. Patiënt is niet eerder aan hand, pols of elleboog geopereerd.")
    d.p(("Neurologisch onderzoek: ", "b"), "hypesthesie dig. IV ulnair en V rechts, zwakte m. interosseus dorsalis I "
        "(MRC 4), Froment positief. Tinel positief ter hoogte van de sulcus n. ulnaris rechts.")
    d.p(("EMG (17-11-2026): ", "b"), "vertraagde geleiding n. ulnaris rechts over de elleboog (38 m/s, onderarm "
        "56 m/s), conductieblok 35%. Denervatieactiviteit m. interosseus dorsalis I. N. medianus normaal.")
    d.p("Er is geen beeldvorming verricht; een echo van de n. ulnaris is niet nodig gebleken.")
    d.p(("Conclusie: ", "b"), "ulnarisneuropathie ter hoogte van de elleboog rechts (cubitaletunnelsyndroom), matig "
        "ernstig, met axonale schade.")
    d.p(("Beleid: ", "b"), "elleboogspalk 's nachts 3 maanden. Gezien de axonale schade adviseren wij verwijzing naar "
        "een (hand)chirurg voor beoordeling van een decompressie; patiënt overweegt een second opinion.")
    d.p("Met vriendelijke groet,")
    d.letterhead_table([("drs. J. van Raamsdonk", ""), ("arts-assistent neurologie", "s")],
                       [("dr. I.M. Koster", ""), ("neuroloog", "s")])
    d.save(stem)
    write_label(stem, dict(
        kinds=["correspondence"], date="2026-11-24", also_dates=["2026-11-17"], author="specialist", language="nl",
        style="neurology outpatient letter docx with EMG results, two signatures",
        imaging_done="no", operated="no", treated_abroad="unmentioned",
        notes="Neurology letter that reads like a test report (EMG section) - EMG is not imaging, and 'geen "
              "beeldvorming verricht' -> imaging no. 'Niet eerder ... geopereerd' -> operated no; decompression only "
              "advised. The advice 'verwijzing naar een (hand)chirurg' is not itself a referral to the clinic. "
              "Signed by an arts-assistent and the neurologist."))

# ------------------------------------------------------------------ 062
@reg
def tx062():
    stem = "tx-062"
    txt = """
From:    Emily Carter <emily.carter.nl@outlook.com>
To:      intake@handkliniek-zeist.nl
Date:    Sun, 29 Nov 2026 21:37:12 +0100
Subject: Second opinion request - trigger finger (again)
Attachments: referral_Dr_Vos.pdf (to follow), photos_finger.zip

Dear Sir/Madam,

My name is Emily Carter (born 8 March 1979). I am British and have lived
in Utrecht for eleven years; I hope it is all right that I write in
English.

I would like to ask for a second opinion about my right ring finger. In
February 2025 I had a trigger finger release at the Diakonessenhuis in
Utrecht. It was fine for about a year, but since the spring the finger
catches again and is stiff in the mornings. The surgeon there says it is
scar tissue and that I should wait.

This August, on holiday in Spain, the finger locked completely for an
afternoon. I did not see a doctor or go to a hospital there; it released
by itself in the evening.

No scans or X-rays have been made so far. My GP, Dr Vos, will send you a
referral letter this week.

Could you let me know whether you need anything else from me?

Kind regards,
Emily Carter
+31 6 2873 4410
"""
    write_txt(stem, txt)
    write_label(stem, dict(
        kinds=[], date="2026-11-29", author="patient", language="en",
        style="patient e-mail export (English) asking for a second opinion",
        imaging_done="no", operated="yes", treated_abroad="no",
        notes="Patient's own e-mail asking for a second opinion: not a referral (the GP's referral is only announced). "
              "Earlier trigger finger release in a Dutch hospital -> operated yes. Holiday in Spain explicitly without "
              "doctor or hospital -> treated abroad no. 'No scans or X-rays have been made' -> imaging no."))

# ------------------------------------------------------------------ 063
@reg
def tx063():
    stem = "tx-063"
    fax = "03-12-2026 09:14   FAX +31 40 2512 877   HUISARTSEN VELDHOVEN-ZUID   P. 00{page}/002"
    blocks = [
        ("p", "<b>Huisartsen Veldhoven-Zuid</b><br/>Burgemeester van Hooflaan 2, 5503 JA Veldhoven<br/>"
              "T 040-2512 800  F 040-2512 877"),
        ("sp", 8),
        ("cols", ["Kliniek voor Hand- en Polschirurgie", "t.a.v. intake / second opinion", "Zeist"],
                 ["Datum: 28-11-2026", "Kenmerk: VZ/HK/2611"], 0.6),
        ("sp", 6),
        ("p", "<b>Betreft:</b> dhr. J.A.M. (Jan) van den Broek, geb. 06-06-1949, Zilverlinde 3, 5502 Veldhoven"),
        ("p", "Geachte collega,"),
        ("p", "Graag verwijs ik dhr. Van den Broek voor een second opinion naar uw kliniek. Vraagstelling: is een "
              "nieuwe operatie van het recidief M. Dupuytren aan de linker pink zinvol, en zo ja welke (dermofasciëctomie, "
              "naaldfasciotomie, artrodese PIP V)? In het Catharina Ziekenhuis werd hem een amputatie van de pink als "
              "optie genoemd, waar hij erg van schrok."),
        ("pre", "Patiënt is in 2019 aan beide handen behandeld. Hij is daarna goed\n"
                "geweest tot 2024. Sindsdien is er een toenemende flexiecontrac-\n"
                "tuur van het PIP-gewricht van de pink links, met nu een exten-\n"
                "siedeficit van ongeveer 80 graden. Hij blijft haken bij aan-\n"
                "kleden en bij het wassen van zijn gezicht."),
        ("h", "Voorgeschiedenis"),
        ("kv", [
            ["1998", "Myocardinfarct, PCI"],
            ["2009", "Diabetes mellitus type 2"],
            ["2019", "M. Dupuytren beiderzijds: limited fasciëctomie straal V links en straal IV rechts "
                     "(Catharina Ziekenhuis Eindhoven, 14-05-2019)"],
            ["2022", "TURP"],
        ], 0.14),
        ("h", "Recente behandelingen"),
        ("kv", [
            ["03-2026", "Consult plastische chirurgie Catharina Ziekenhuis: recidief straal V links, opties besproken"],
            ["05-2026", "Röntgen hand links (Catharina): geen artrose PIP V, wel subluxatiestand"],
            ["06-2026", "Naaldfasciotomie straal V links aangeboden, niet uitgevoerd (pt. twijfelde)"],
            ["10-2026", "Handtherapie, spalk 's nachts, geen verbetering"],
        ], 0.14),
        ("pb",),
        ("p", "<i>Vervolg verwijsbrief dhr. J.A.M. van den Broek, 06-06-1949</i>"),
        ("h", "Medicatie"),
        ("p", "Acetylsalicylzuur 80 mg 1dd1, metoprolol 50 mg 1dd1, metformine 850 mg 2dd1, tamsulosine 0,4 mg 1dd1."),
        ("h", "Overig"),
        ("p", "Geen allergieën. BMI 26. Hij woont zelfstandig met zijn echtgenote en fietst nog dagelijks. Hij "
              "overwintert sinds zijn pensioen een deel van het jaar in Portugal, maar is daar nooit in een "
              "ziekenhuis geweest. De verslagen van het Catharina Ziekenhuis (brieven 2019 en 2026, röntgenverslag) "
              "worden door de patiënt zelf aangeleverd, inclusief het operatieverslag van 2019."),
        ("p", "Ik hoop u hiermee voldoende te hebben geïnformeerd en hoor graag uw bevindingen."),
        ("p", "Met vriendelijke groet,"),
        ("sp", 8),
        ("p", "C.A.M. Hendrikx, huisarts"),
    ]
    make_pdf(pdf_path(stem), blocks, fax=fax, footer="Huisartsen Veldhoven-Zuid - verwijsbrief - pagina {page} van 2")
    write_label(stem, dict(
        kinds=["referral", "history"], date="2026-11-28", also_dates=["2026-12-03"], author="gp", language="nl",
        style="faxed free GP referral with fax header on every page, Voorgeschiedenis/Recente behandelingen tables",
        referral_question=True,
        imaging_done="yes", operated="yes", treated_abroad="no",
        notes="Faxed referral: the fax header on every page carries the send date 03-12-2026; the letter itself is "
              "dated 28-11-2026. Question in the body, plus Voorgeschiedenis and Recente behandelingen -> also "
              "history. Hyphenated line breaks in a preformatted paragraph. Fasciectomy 2019 of the same finger -> "
              "operated yes; needle fasciotomy offered but not done; amputation only mentioned as an option. Winters "
              "in Portugal but never in hospital there -> treated abroad no."))

# ------------------------------------------------------------------ 064
@reg
def tx064():
    stem = "tx-064"
    d = Docx(font="Calibri", size=10.5)
    d.letterhead_table(
        [("Máxima MC", "b"), ("Plastic Surgery - Hand & Wrist Unit", ""), ("De Run 4600, 5504 DB Veldhoven", "s")],
        [("Eindhoven, 26 November 2026", ""), ("Patient ID: 6620184", "s")])
    d.p("To: Dr A. Lindqvist, Brainport International GP Practice, Eindhoven")
    d.p(("Re: ", "b"), "Mr Raj Patel, born 11-11-1982")
    d.p("Dear Dr Lindqvist,")
    d.p("We saw Mr Patel for his two-week follow-up after a right carpal tunnel release performed in our hospital on "
        "12 November 2026 (open technique, under WALANT).")
    d.p("Because Mr Patel had been admitted to Manipal Hospital in Bangalore, India, in August 2026 for pneumonia, an "
        "MRSA screening was performed before the operation according to our hospital policy; the result was "
        "negative.")
    d.p("The wound has healed well and the sutures were removed today. Night-time tingling has resolved; some numbness "
        "of the thumb tip persists, which is expected to improve over the coming months. Grip strength is still reduced.")
    d.p(("Plan: ", "b"), "scar massage, gradual return to work as a software developer. No routine follow-up; "
        "he can contact us if the numbness has not improved in three months.")
    d.p("Kind regards,")
    d.p("")
    d.letterhead_table([("J. Hendriks-Vos, MANP", ""), ("Nurse practitioner (verpleegkundig specialist) hand surgery", "s")],
                       [("dr. S. Laeven", ""), ("Plastic surgeon", "s")])
    d.footer("Máxima MC - Printed on 03-12-2026 - this letter was authorised electronically")
    d.save(stem)
    write_label(stem, dict(
        kinds=["correspondence"], date="2026-11-26", author="specialist", language="en",
        style="Dutch hospital letter in English docx, signed by a nurse practitioner and a plastic surgeon",
        imaging_done="unmentioned", operated="yes", treated_abroad="yes",
        notes="English letter from a Dutch hospital signed by a nurse practitioner with the plastic surgeon (author "
              "role counted as specialist). Date 'Eindhoven, 26 November 2026' in the letterhead table vs 'Printed on "
              "03-12-2026' footer vs operation 12 November. Admission in India (for pneumonia, not the hand) -> "
              "treated abroad yes. The negative MRSA screening is only mentioned, not a lab result."))
