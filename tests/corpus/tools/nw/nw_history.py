"""nw-014..nw-023: history documents (HIS printouts, summaries, UK practice summaries, Sumehr)."""
from nw_common import *

# 014 Medicom professionele samenvatting, multi-page, SOEP journal, Verwijzing orthopedie line
journal = [
    ("21-11-2026", "HA", "S: wil second opinion handchirurg, twijfelt over OK advies orthopeed.\nE: L91 artrose CMC-1 re\nP: verwijzing via ZD, samenvatting meegegeven."),
    ("07-10-2026", "HA", "Brief specialist ontvangen: orthopedie Spaarne Gasthuis, injectie CMC-1 re gegeven 16-09, advies trapeziectomie."),
    ("02-09-2026", "POH", "S: RR controle. O: RR 142/86, pols 72 reg. E: K86 P: continueren."),
    ("12-06-2026", "HA", "Verwijzing orthopedie - Spaarne Gasthuis, vraagstelling: CMC-1 artrose re, behandelopties?"),
    ("12-06-2026", "HA", "S: ondanks spalk toenemend pijn duimbasis re, nachtpijn. O: grind test +, crepitaties, geen zwelling. E: L91 CMC-1 artrose re. P: verw ortho."),
    ("20-05-2026", "HA", "Uitslag X-duim re (Spaarne): CMC-1 artrose, Eaton 3, STT vrij. Pt gebeld."),
    ("08-05-2026", "HA", "S: pijn duimbasis re sinds 3 mnd, rechtshandig, schildert hobbymatig. O: drukpijn CMC-1, grind +. E: L91 vd artrose CMC-1. P: X-duim re, spalk via handtherapie, paracetamol."),
    ("14-01-2026", "HA", "S: griepachtig, hoest 5 dagen. O: T 37.9, pulm: VAG, geen bijgeluiden. E: R80 influenza. P: uitleg."),
    ("03-11-2025", "POH", "Griepvaccinatie."),
    ("18-06-2025", "HA", "S: pijn li knie na tennis. O: geen hydrops, McMurray neg. E: L15 knieklachten. P: expectatief, fysio z.n."),
]
blocks = [
    ("lh", ["Professionele samenvatting", "Huisartsenpraktijk De Kamp - H.P. Mulder"],
     ["Datum uitdraai: 21-11-2026", "Uitgedraaid door: HPM", "Medicom 11.4"]),
    ("kv", [("Patiënt", "Koopmans-Veld, A.J."), ("Geboortedatum", "19-11-1971 (55 jr)"),
            ("Patiëntnummer", "004417"), ("BSN", "123456782"),
            ("Adres", "Molenstraat 14, Haarlem"), ("Inschrijving", "01-03-1999")], 2),
    ("h", "Actuele episodes"),
    ("table", [["ICPC", "Omschrijving", "Begin", "Attentie"],
               ["L91", "Artrose CMC-1 rechts", "08-05-2026", "J"],
               ["K86", "Hypertensie zonder orgaanschade", "11-04-2021", "J"],
               ["L15", "Knieklachten links", "18-06-2025", "N"]], [18, 90, 30, 20]),
    ("h", "Voorgeschiedenis / inactieve episodes"),
    ("table", [["ICPC", "Omschrijving", "Begin", "Eind"],
               ["D88", "Appendicitis, appendectomie", "06-2009", "07-2009"],
               ["L84", "Lage rugpijn", "03-2018", "09-2018"],
               ["W78", "Zwangerschap (G2P2)", "2003", "2005"]], [18, 90, 30, 30]),
    ("h", "Medicatie (actueel)"),
    ("table", [["Start", "Middel", "Dosering"],
               ["11-04-2021", "AMLODIPINE TABLET 5MG", "1 x per dag 1 tablet"],
               ["08-05-2026", "PARACETAMOL TABLET 500MG", "z.n. max 6 x per dag 2 tabletten"],
               ["07-10-2026", "NAPROXEN TABLET 250MG", "z.n. 2 x per dag 1 tablet"]], [30, 70, 70]),
    ("p", "Allergieën/intoleranties: geen geregistreerd. Contra-indicaties: geen."),
    ("h", "Journaal (laatste 18 maanden)"),
    ("table", [["Datum", "Door", "Regel"]] + [list(j) for j in journal], [25, 15, 130]),
    ("p", "Metingen: RR 142/86 (02-09-2026); gewicht 71 kg, lengte 168 cm, BMI 25,2 (02-09-2026)."),
    ("small", "Deze samenvatting bevat gegevens uit het huisartsinformatiesysteem en is bestemd voor de behandelaar. Niet verstrekken aan derden zonder toestemming van patiënt."),
]
make("nw-014-his-prof-samenvatting-medicom", "pdf", blocks,
     lab(["history"], "2026-11-21", "gp", "nl", "HIS professionele samenvatting Medicom multi-page tables", img="yes", op="unmentioned",
         notes="Date = Datum uitdraai 21-11-2026; birth date 19-11-1971 close; 'Verwijzing orthopedie' and 'Brief specialist ontvangen' journal lines are not a referral or correspondence; trapeziectomie only advised; appendectomie other body part; same patient as nw-001",
         ab="unmentioned"),
     header="Koopmans-Veld, A.J. | 19-11-1971 | Professionele samenvatting", footer="Medicom - vertrouwelijk        pagina {page} van {total}")

# 015 Uitdraai journaal as TXT (Promedico-like export), operated (CTR) in NL
make("nw-015-uitdraai-journaal", "txt", [
    ("p", "UITDRAAI JOURNAAL                                   Promedico-VDF"),
    ("kv", [("Patiënt", "Vermeulen, S. (Sanne)   V   02-04-1990"), ("Praktijk", "Gezondheidscentrum Leidsche Rijn"),
            ("Periode", "01-01-2025 t/m 16-11-2026"), ("Datum uitdraai", "16-11-2026 16:02")]),
    ("p", "EPISODELIJST"),
    ("table", [["ICPC", "Titel", "Begin", "Eind"],
               ["N93", "Carpaal tunnel syndroom li", "14-11-2024", ""],
               ["L83", "Nekklachten", "02-03-2026", ""],
               ["P76", "Depressie", "2012", "2014"],
               ["W82", "Sectio", "2019", "2019"]]),
    ("p", "JOURNAAL"),
    ("p", "16-11-2026 EJ  E N93  Verwijzing second opinion handchirurgie (ZD). Samenvatting mee."),
    ("p", "30-09-2026 EJ  Brief specialist ontvangen: neurologie Diakonessenhuis. EMG: matig ernstig CTS li, geen aanwijzing radiculopathie C6/C7."),
    ("p", "22-08-2026 EJ  S  tintelingen D1-3 li blijven, nu ook onhandig, laat dingen vallen\n"
          "                O  Tinel +, Phalen + na 20 sec, lichte atrofie thenar li, 2PD D2 6 mm\n"
          "                E  N93 recidief CTS li na CTR 06-2025\n"
          "                P  verw neurologie voor EMG, nachtspalk"),
    ("p", "10-06-2026 FT  Fysiotherapie nek afgerond, 6 beh, nekklachten verminderd, tintelingen onveranderd."),
    ("p", "02-03-2026 EJ  S  nekpijn, uitstraling naar schouder li  O  cwk beweeglijkheid licht beperkt, Spurling neg  E  L83  P  fysio"),
    ("p", "18-09-2025 EJ  Brief specialist ontvangen: plastische chirurgie Diakonessenhuis, controle na CTR li, wond genezen, klachten verminderd."),
    ("p", "12-06-2025 EJ  Brief specialist: OK 05-06-2025 carpaal tunnel release li (dagbehandeling)."),
    ("p", "20-03-2025 EJ  Verwijzing plastische chirurgie Diakonessenhuis, CTS li, EMG bevestigd."),
    ("p", "-- einde uitdraai --  aantal regels: 11"),
], lab(["history"], "2026-11-16", "gp", "nl", "Promedico journal export pasted as plain text", img="unmentioned",
       op="yes", ab="unmentioned",
       notes="Telegraphic SOEP lines; Verwijzing journal lines are not referrals; EMG is not imaging; no imaging mentioned"))

# 016 Patiëntoverzicht DOCX, older than 6 months, ED in Antalya
make("nw-016-patientoverzicht-docx", "docx", [
    ("title", "Patiëntoverzicht"),
    ("kv", [("Praktijk", "Huisartsen Kanaleneiland, Marshalllaan 40, Utrecht"), ("Afgedrukt", "10 april 2026"),
            ("Patiënt", "Dhr. M. (Mehmet) Kaya"), ("Geb. datum", "11 april 1977"),
            ("Huisarts", "L. de Waal"), ("HIS", "Bricks Huisarts")], 2),
    ("h", "Probleemlijst"),
    ("table", [["Code", "Probleem", "Datum", "Status"],
               ["L74", "Fractuur scaphoid rechts", "23-07-2025", "actief"],
               ["T90", "Diabetes mellitus type 2", "2018", "actief"],
               ["R96", "Astma", "1995", "inactief"]]),
    ("h", "Journaal"),
    ("table", [["Datum", "S/O/E/P", "Tekst"],
               ["05-04-2026", "E", "L74 pseudartrose scaphoid re? Verwijzing orthopedie Diakonessenhuis, vraagstelling: operatie-indicatie?"],
               ["05-04-2026", "O", "drukpijn tabatière re, dorsaalflexie beperkt, kracht verminderd"],
               ["05-04-2026", "S", "aanhoudend pijn pols re bij steunen, werk als stukadoor lukt niet"],
               ["12-09-2025", "P", "Brief specialist ontvangen SEH/gips Diakonessenhuis: consolidatie onzeker, CT gepland"],
               ["04-08-2025", "S", "terug van vakantie Turkije; op 23-07 val op hand, gezien op SEH Akdeniz Universiteit ziekenhuis Antalya, foto: scaphoidfractuur, onderarmgips. Brieven in Turks."],
               ["04-08-2025", "P", "verwijzing gipskamer Diakonessenhuis voor controle"]]),
    ("h", "Medicatie"),
    ("p", "metformine 850 mg 2dd1; salbutamol inh z.n."),
    ("small", "Overzicht gegenereerd uit het HIS; kan onvolledig zijn. Afdruk 10-04-2026 14:18."),
], lab(["history"], "2026-04-10", "gp", "nl", "HIS Patiëntoverzicht docx tables reverse-chronological journal", img="yes",
       op="unmentioned", ab="yes",
       notes="Older than 6 months (April 2026); birth date 11 april 1977 one day after print date; ED visit in Antalya = treated abroad; operation only asked"),
   header="Kaya, M. - 11-04-1977 - Patiëntoverzicht", footer="Bricks Huisarts | pagina {page} van {total}")

# 017 UK practice summary printout, EMIS-like, operated on radius in UK
make("nw-017-uk-practice-summary", "pdf", [
    ("lh", ["Ashgrove Surgery", "Patient Summary Printout"],
     ["Ashgrove Lane, Reading RG1 4PX", "Printed: 26-Nov-2026 11:05", "Printed by: Dr Ellen Marsh"]),
    ("kv", [("Name", "Mr Thomas Jan DE WIT"), ("DOB", "24-Nov-1992"), ("NHS Number", "612 448 9920"),
            ("Usual GP", "Dr E Marsh"), ("Registered", "03-Sep-2017"), ("Sex", "Male")], 2),
    ("h", "Active Problems"),
    ("table", [["Date", "Problem", "Comment"],
               ["02-Jun-2026", "Pain in wrist", "Left. Post ORIF. Ulnar-sided."],
               ["15-Jan-2021", "Asthma", "Mild intermittent"]], [30, 60, 80]),
    ("h", "Significant Past"),
    ("table", [["Date", "Problem", "Comment"],
               ["11-Mar-2019", "Fracture of distal radius", "Left, skiing fall (Scotland). ORIF Royal Berkshire Hospital 13-Mar-2019"],
               ["2008", "Tonsillectomy", ""]], [30, 60, 80]),
    ("h", "Consultations (last 12 months)"),
    ("table", [["Date", "Clinician", "Entry"],
               ["20-Nov-2026", "Dr E Marsh", "History: moving back to the Netherlands Jan 2027, asks for records and referral for 2nd opinion wrist. Plan: summary printed, letter to follow."],
               ["14-Sep-2026", "Dr E Marsh", "Letter from Royal Berkshire Hospital hand clinic: USS wrist shows TFCC tear, ulnar positive variance. Offered ulnar shortening osteotomy - pt undecided."],
               ["02-Jun-2026", "Dr A Kwame", "History: ulnar wrist pain L 3/12, clicking. Examination: TFCC tenderness, ROM full. Plan: refer hand clinic RBH, ibuprofen gel."],
               ["10-Jan-2026", "Nurse J Hill", "Asthma review. PEFR 520. Inhaler technique OK."]], [25, 30, 115]),
    ("h", "Medication"),
    ("table", [["Drug", "Dose", "Last issued"],
               ["Salbutamol 100mcg inhaler", "2 puffs PRN", "10-Jan-2026"],
               ["Ibuprofen 5% gel", "apply TDS", "02-Jun-2026"]], [70, 50, 50]),
    ("p", "Allergies: No known drug allergies"),
], lab(["history"], "2026-11-26", "gp", "en", "UK EMIS-style practice summary, Surgery, dd-Mon-yyyy dates", img="yes",
       op="yes", ab="yes",
       notes="ORIF distal radius 2019 at Royal Berkshire Hospital (UK = abroad); osteotomy only offered; DOB 24-Nov-1992 two days before print date; tonsillectomy other body part"),
   footer="EMIS Web - Ashgrove Surgery - CONFIDENTIAL - Page {page} of {total}")

# 018 UK summary as text (SystmOne-like), no hospital care
make("nw-018-uk-systmone-summary", "txt", [
    ("p", "Meadowside Surgery - SystmOne - Patient Record Summary"),
    ("p", "Printed 12 Nov 2026 by Dr H. Carver"),
    ("kv", [("Patient", "Ms Joanna Lidia KOWALCZYK"), ("Date of birth", "13 Nov 1998"),
            ("NHS No", "733 120 5584"), ("Address", "4 Meadowside Close, Truro TR1 2LL")]),
    ("p", "PROBLEMS"),
    ("p", "[Active]  Ganglion of wrist (right) ........ 03 Mar 2026\n[Active]  Anxiety ............................ 2019\n[Past]    Sprained ankle (left) .............. 2017"),
    ("p", "JOURNAL"),
    ("p", "05 Nov 2026  Dr H Carver\n  Ganglion R wrist persists, now 2cm, painful on push-ups. Moving to Rotterdam for work in Dec; wants opinion from hand surgeon there. "
          "Discussed aspiration vs surgery. No imaging done so far - clinical diagnosis. Never had surgery.\n"
          "14 Jun 2026  Nurse P Lowe\n  Aspiration declined by patient. Advised watchful waiting.\n"
          "03 Mar 2026  Dr H Carver\n  Lump dorsal R wrist 4/52, transilluminates, non tender. Ganglion. Reassured."),
    ("p", "No hospital admissions or outpatient attendances recorded."),
    ("p", "MEDICATION\n  Sertraline 50mg tablets  one daily  (repeat)"),
    ("p", "*** END OF SUMMARY ***"),
], lab(["history"], "2026-11-12", "gp", "en", "UK SystmOne summary as plain text", img="no", op="no", ab="no",
       notes="Explicit 'No imaging done', 'Never had surgery', 'No hospital admissions'; living in UK but only GP care -> treated_abroad no; DOB 13 Nov 1998 next day after print"))

# 019 GP samenvatting as free letter, older, no imaging, never operated
make("nw-019-samenvatting-brief-oud", "pdf", [
    ("lh", ["Huisartspraktijk Dorpsstraat", "C. Verhoeven, huisarts"], ["Dorpsstraat 8", "5261 CB Vught", "073-6561200"]),
    ("p", "Vught, 2 maart 2026"),
    ("inl", "Betreft:", "samenvatting medische voorgeschiedenis t.b.v. second opinion\nMw. E.H. (Els) Pauwels, geb. 09-08-1949"),
    ("p", "Geachte collega,"),
    ("p", "Op verzoek van patiënte hierbij een samenvatting van haar voorgeschiedenis."),
    ("sec", "Voorgeschiedenis", "1988 sectio caesarea\n2004 mammacarcinoom links, lumpectomie + radiotherapie, in remissie\n2015 atriumfibrilleren\n2017 totale heupprothese rechts\n2025 pijnlijke vingers beide handen, vd. polyartrose (Heberden)"),
    ("sec", "Recente behandelingen", "11-2025 paracetamol, later diclofenac-gel, matig effect. 01-2026 ergotherapie / handtherapie 6x: adviezen hulpmiddelen.\n"
                                     "Er is geen beeldvorming van de handen verricht. Zij is nooit aan de handen geopereerd."),
    ("sec", "Medicatie", "apixaban 5 mg 2dd1, metoprolol 50 mg 1dd1, paracetamol 1 g 3dd1"),
    ("sec", "Allergieën", "codeïne (misselijkheid)"),
    ("p", "Met vriendelijke groet,\n\nC. Verhoeven, huisarts"),
], lab(["history"], "2026-03-02", "gp", "nl", "GP samenvatting letter", img="no", op="no", ab="unmentioned",
       notes="Over 6 months old on 2026-12-03; explicit negations for imaging and operation on hands; hip prosthesis and lumpectomy = other body parts"))

# 020 Belgian Sumehr, operated in Antwerp
make("nw-020-be-sumehr", "pdf", [
    ("lh", ["SUMEHR - Summarized Electronic Health Record", "Globaal Medisch Dossier"],
     ["Beheerder GMD: dr. Ann Peeters", "Huisartsenpraktijk Zuid, Brederodestraat 11, 2018 Antwerpen", "Aangemaakt: 15/10/2026"]),
    ("kv", [("Patiënt", "VAN DAMME Joke"), ("Geboortedatum", "° 22/10/1960"), ("INSZ", "60.10.22-134.66"),
            ("Mutualiteit", "CM 121"), ("Geslacht", "V"), ("Taal", "Nederlands")], 2),
    ("h", "Actieve problemen"),
    ("p", "- Rhizartrose links (sinds 2024)\n- Arteriële hypertensie\n- Osteoporose (DEXA 2023)"),
    ("h", "Antecedenten (medisch / chirurgisch)"),
    ("p", "- 2022 distale radiusfractuur links: open reductie en plaatosteosynthese, ZNA Middelheim Antwerpen (dr. De Smet)\n"
          "- 2023 verwijderen osteosynthesemateriaal pols links, ZNA Middelheim\n- 1998 cholecystectomie"),
    ("h", "Recente zorg"),
    ("p", "06/2026 raadpleging orthopedie GZA Sint-Augustinus: RX duim links toont CMC-1 artrose stadium III; infiltratie.\n09/2026 spalk, kinesitherapie 9 sessies."),
    ("h", "Medicatie"),
    ("table", [["Product", "Posologie"], ["Coversyl 5 mg", "1x/d"], ["Steovit Forte", "1x/d"], ["Alendronate 70 mg", "1x/week"], ["Dafalgan 1 g", "max 3x/d"]]),
    ("h", "Allergieën / intoleranties"),
    ("p", "Latex"),
    ("h", "Vaccinaties"),
    ("p", "Tetanus 2019; Influenza 10/2026; COVID-19 booster 10/2025"),
    ("small", "Patiënte verhuist naar Nederland (Bergen op Zoom). Dit document werd aangemaakt voor overdracht naar de nieuwe huisarts."),
], lab(["history"], "2026-10-15", "gp", "nl", "Belgian Sumehr summary, Flemish, dd/mm/yyyy", img="yes", op="yes", ab="yes",
       notes="Belgian GP summary; wrist ORIF and hardware removal in Antwerp = operated (wrist, though current problem is the thumb base) and treated abroad; ° birth date"),
   footer="Sumehr v2.0 - exported by CareConnect - {page}/{total}")

# 021 German Hausarzt summary (Befundbericht), de
make("nw-021-de-hausarzt-zusammenfassung", "pdf", [
    ("lh", ["Gemeinschaftspraxis Dr. med. Ulrike Brandt & Kollegen", "Fachärzte für Allgemeinmedizin"],
     ["Große Straße 27", "47533 Kleve", "Tel. +49 2821 99 12 0", "Fax +49 2821 99 12 9"]),
    ("addr", ["Handkliniek Noord", "z. Hd. Zweitmeinungssprechstunde", "Amsterdam, Niederlande"]),
    ("p", "Kleve, den 19.11.2026"),
    ("inl", "Patientin:", "Frau Marion Heijnen-Kurz, geb. 04.05.1970, wohnhaft Nijmegen (NL), Grenzgängerin"),
    ("title", "Befundbericht / Zusammenfassung der Vorgeschichte"),
    ("sec", "Dauerdiagnosen", "M18.1 R Rhizarthrose rechts\nM79.7 Fibromyalgie\nE03.9 Hypothyreose\nZ98.8 Z.n. Resektionsarthroplastik Daumensattelgelenk rechts 03/2025"),
    ("sec", "Verlauf", "Seit 2023 Schmerzen Daumensattelgelenk rechts. Röntgen 11/2024: Rhizarthrose Grad III. "
                      "Am 12.03.2025 Resektionsarthroplastik (Trapezektomie mit APL-Suspension) im St. Antonius-Hospital Kleve, stationär 2 Tage. "
                      "Danach Ergotherapie. Seit Frühjahr 2026 erneut belastungsabhängige Schmerzen; Infiltration 07/2026 ohne anhaltenden Effekt."),
    ("sec", "Aktuelle Medikation", "L-Thyroxin 75 µg 1-0-0\nAmitriptylin 10 mg 0-0-1\nIbuprofen 600 mg b. Bed."),
    ("sec", "Allergien", "keine bekannt"),
    ("p", "Die Patientin wünscht eine Zweitmeinung in den Niederlanden. Die Überweisung erfolgt gesondert."),
    ("p", "Mit freundlichen kollegialen Grüßen\n\nDr. med. U. Brandt"),
], lab(["history"], "2026-11-19", "gp", "de", "German GP Befundbericht summary", img="yes", op="yes", ab="yes",
       notes="German GP summary for a cross-border patient; operated and admitted in Kleve (Germany); says referral follows separately - not itself a referral"),
   footer="Praxis Dr. Brandt | BSNR 381122300 | Seite {page}")

# 022 CGM Patiëntkaart two-column, LibreOffice PDF, with Verwijzing orthopedie line
make("nw-022-cgm-patientkaart", "lo", [
    ("title", "Patiëntkaart - uittreksel"),
    ("kv", [("Naam", "Lotte Hermans"), ("Geboren", "28-06-2003"), ("Huisarts", "dr. P. Dekker"),
            ("Praktijk", "Praktijk Westerpark, Amsterdam"), ("Datum afdruk", "06-11-2026"), ("Systeem", "CGM HUISARTS")], 2),
    ("h", "Episodes"),
    ("table", [["ICPC", "Omschrijving", "Van"], ["L80", "Luxatie/subluxatie: pols links?", "19-05-2026"],
               ["S03", "Wratten", "2024"], ["A97", "Geen ziekte", "-"]]),
    ("h", "Journaal"),
    ("table", [["Datum", "Code", "Regel"],
               ["03-11-2026", "L80", "Uitslag MRI pols li (OLVG): geen afwijkingen aan SL- en LT-ligament, TFCC intact. Pt teleurgesteld, klachten blijven. Wil 2e mening."],
               ["28-08-2026", "L80", "Brief specialist ontvangen: orthopedie OLVG, hypermobiliteit, klikkende pols, MRI aangevraagd."],
               ["14-07-2026", "L80", "Verwijzing orthopedie OLVG (ZD), vraagstelling instabiliteit pols li?"],
               ["14-07-2026", "L80", "S: klikkende pols li sinds turnen, pijn bij steunen. O: midcarpale clunk li, Beighton 6/9. E: midcarpale instabiliteit? P: verw ortho."],
               ["19-05-2026", "L80", "S: val op li hand bij turnen. O: zwelling dorsaal, geen drukpijn tabatière. E: distorsie. P: X-pols li via SEH Rode Kruis: geen fractuur. Tape."]]),
    ("h", "Familie-anamnese"),
    ("p", "Moeder: geopereerd aan beide polsen (ganglion), Ehlers-Danlos hypermobiel type."),
    ("h", "Medicatie"),
    ("p", "Geen chronische medicatie. Anticonceptie (levonorgestrel/EE)."),
], lab(["history"], "2026-11-06", "gp", "nl", "CGM HUISARTS patiëntkaart two-column LibreOffice PDF", img="yes", op="unmentioned", ab="unmentioned",
       notes="MRI 'geen afwijkingen' and X-ray 'geen fractuur' = imaging done; mother operated = family history, not the patient; 'Verwijzing orthopedie' journal line"),
   footer="CGM HUISARTS - afdruk {page}/{total}")

# 023 Omnihis ICPC summary as text: knee operated, hands never; holiday without care
make("nw-023-omnihis-samenvatting", "txt", [
    ("p", "OMNIHIS Scipio  --  PATIENTSAMENVATTING (ICPC)"),
    ("p", "Datum afdruk: 01-12-2026     Afgedrukt door: J. Bos (doktersassistente)"),
    ("kv", [("Patient", "Dhr. G. (Gerrit) van der Heide, 01-12-1958"), ("Praktijk", "Huisartsenpraktijk Emmen-Zuid, Angelsloërdijk 2, Emmen")]),
    ("p", "ACTIEVE EPISODES\nL92  Schouderklachten re (2024)\nL99  Dupuytren li D5 (2025)\nK74  Angina pectoris (2019)"),
    ("p", "INACTIEVE EPISODES\nL96  Meniscusletsel re knie - artroscopische meniscectomie Treant Emmen (2016)\nS18  Snijwond li hand (2001)"),
    ("p", "JOURNAAL (selectie)\n"
          "26-11-2026  S vraagt verwijzing 2e mening handchirurg ivm Dupuytren li, elders verteld 'nog niet opereren'. O strengen D5 li, extensiedeficit PIP 30 gr. E L99 P verwijzing.\n"
          "15-09-2026  S na vakantie Kreta: pijnlijke schouder, geen arts bezocht op Kreta. O abductie pijnlijk. E L92 P fysio.\n"
          "03-03-2025  S knobbeltje li handpalm. O streng D5, geen contractuur. E L99 P uitleg, afwachten.\n"
          "Nooit aan de hand geopereerd. Geen beeldvorming hand."),
    ("p", "MEDICATIE\nacetylsalicylzuur 80 mg 1dd1 | metoprolol 50 mg 1dd1 | isosorbidemononitraat 30 mg 1dd1 | nitrospray z.n."),
    ("p", "ALLERGIEEN: geen"),
], lab(["history"], "2026-12-01", "gp", "nl", "Omnihis ICPC summary as text", img="no", op="no", ab="no",
       notes="Birth date 01-12-1958 same day/month as print date; knee arthroscopy other body part; holiday Crete without doctor -> no; explicit negations"))
