"""tv-001 .. tv-013: single PDFs (hospital letters, ED letters, US documents, op/anaesthesia forms)."""
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from lib import Pdf, out, write_label

CLINIC_NL = ["ParkHand Kliniek", "t.a.v. Intake second opinion", "Spaarnepoort 4", "2134 TM  Hoofddorp"]


# --------------------------------------------------------------------------- 001
def tv001():
    d = Pdf("Sans", 9.5)
    d.letterhead(["Rode Kruis Ziekenhuis", "Plastische, Reconstructieve en Handchirurgie"],
                 ["Vondellaan 13, 1942 LE Beverwijk", "Polikliniek: 0251 26 50 00", "www.rkz.nl"], logo="RKZ",
                 logo_color="#b22222")
    d.kv([["Ons kenmerk", "PCH/2026/88123"], ["Behandelaar", "drs. M.A. Oosterveld, plastisch chirurg"],
          ["Uw kenmerk", "-"]], widths=(30 * mm, 80 * mm))
    d.sp(4)
    d.address(["Huisartsenpraktijk De Duinrand", "t.a.v. mw. dr. E. Kaptein", "Zeeweg 41", "1971 HB  IJmuiden"], left_indent=90 * mm)
    d.labelled("Betreft:", "mw. S. Vreugdenhil, geb. 14-02-1986, Kennemerlaan 220, 1972 EK IJmuiden, patiëntnr. 3318740")
    d.p("Geachte collega Kaptein,")
    d.p("Op 28-10-2026 zagen wij uw patiënte op de polikliniek plastische chirurgie in verband met een zwelling aan de "
        "dorsale zijde van de rechterpols.")
    d.h("Anamnese")
    d.p("Sinds ongeveer acht maanden een langzaam groeiende zwelling dorsaal aan de rechterpols, rechtshandig, werkzaam als "
        "tandartsassistente. Pijn vooral bij extensie en steunen. Geen trauma. De zwelling wisselt in grootte. Eerder "
        "eenmalig door u aangeprikt (juni 2026), daarna recidief binnen drie weken. Patiënte is nooit aan de pols "
        "geopereerd. Voorgeschiedenis: sectio caesarea 2019, verder blanco.")
    d.h("Lichamelijk onderzoek")
    d.p("Rechterpols: soepele, niet-pijnlijke zwelling van circa 1,5 cm ter hoogte van het scafolunaire interval, "
        "transilluminatie positief. Volledige functie, extensie pijnlijk in eindstand. Sensibiliteit en doorbloeding intact.")
    d.h("Aanvullend onderzoek")
    d.p("Echografie rechterpols (28-10-2026, eigen afdeling): dorsaal ganglion uitgaande van het SL-ligament, 14 x 9 mm, "
        "geen intra-articulaire afwijkingen zichtbaar.")
    d.h("Conclusie")
    d.p("Recidief dorsaal polsganglion rechts.")
    d.h("Beleid")
    d.p("Wij hebben de natuurlijke beloop, opnieuw aanprikken en een excisie besproken, inclusief de kans op recidief na "
        "excisie (circa 10-20%) en stijfheid. Patiënte twijfelt en wil er eerst over nadenken; zij overweegt een second "
        "opinion elders. Wij hebben haar daarin gesteund. Zij neemt zelf contact op als zij tot excisie besluit.")
    d.sp(3)
    d.p("Met vriendelijke groet,")
    d.sp(6)
    d.p("drs. M.A. Oosterveld\nplastisch chirurg")
    d.sp(2)
    d.p("cc: patiënte", "small")
    d.sp(6)
    d.p("Gedicteerd: 02-11-2026 / Getypt: 05-11-2026 (ib)\nDeze brief is elektronisch geautoriseerd en daarom niet ondertekend.", "small")
    d.build(out("tv-001", "pdf"), footer="Rode Kruis Ziekenhuis | Plastische chirurgie | Vreugdenhil, S. | 14-02-1986 | pagina {page} van {pages}")
    write_label("tv-001", kinds=["correspondence"], date="2026-11-05", also_dates=["2026-11-02"], author="specialist",
                language="nl", style="HiX outpatient letter, dictated/typed dates only at the bottom",
                imaging_done="yes", operated="no", treated_abroad="unmentioned",
                notes="No 'Datum:' line: the only letter dates are 'Gedicteerd 02-11 / Getypt 05-11' at the bottom; visit date 28-10-2026 and ultrasound date are event dates. 'nooit aan de pols geopereerd' (negation) next to a sectio caesarea (other body part). Second opinion mentioned, but this is not a referral.")


# --------------------------------------------------------------------------- 002
def tv002():
    d = Pdf("Serif", 10)
    d.letterhead(["Massachusetts General Hospital", "Hand and Arm Center · Department of Orthopaedic Surgery"],
                 ["55 Fruit Street, Yawkey 2C", "Boston, MA 02114", "Tel (617) 555-0148  Fax (617) 555-0171"],
                 logo="MGH", logo_color="#0b3d6b")
    d.kv([["Date:", "11/03/2026"], ["To:", "Dr. Pieter Hagenaars\nHuisartsenpraktijk Zuiderhout\nZuiderhoutlaan 9, 2012 PJ Haarlem\nThe Netherlands"],
          ["RE:", "Lotte van Amerongen"], ["DOB:", "04/11/1979"], ["MRN:", "004-883-172"], ["Date of service:", "10/28/2026"]],
         widths=(32 * mm, 120 * mm))
    d.sp(3)
    d.p("Dear Dr. Hagenaars,")
    d.p("I had the pleasure of seeing Ms. van Amerongen again in follow-up in our Hand and Arm Center. As you know, she is "
        "a 47-year-old right-hand-dominant software engineer who has been living in Cambridge, MA, since 2021 and who is "
        "planning to move back to the Netherlands in December. She asked me to summarize her course for you.")
    d.h("History")
    d.p("On 07/19/2026 she fell from her bicycle onto an outstretched right hand and sustained a dorsally angulated, "
        "intra-articular distal radius fracture (AO 23-C1) with an ulnar styloid tip fracture. She was seen in our Emergency "
        "Department, where a closed reduction and sugar-tong splint were performed. On 07/22/2026 she underwent open reduction "
        "and internal fixation through a volar FCR approach with a 2.4 mm variable-angle volar locking plate (operative report "
        "enclosed separately). Her postoperative course was uncomplicated. She completed 12 weeks of hand therapy.")
    d.p("Since September she reports persistent ulnar-sided wrist pain with forearm rotation, a clicking sensation when "
        "turning a key and reduced grip strength. She denies numbness. No fever. She takes ibuprofen 400 mg as needed.")
    d.h("Examination")
    d.p("Well-healed volar incision. Wrist extension 55°, flexion 50°, supination 70°, pronation 80°. Tenderness at the "
        "fovea, positive ulnocarpal stress test, DRUJ stable in neutral, slightly increased translation in supination compared "
        "with the left. Jamar grip 18 kg right versus 31 kg left. Median and ulnar nerve function intact.")
    d.h("Imaging")
    d.p("Three views of the right wrist obtained today (10/28/2026) show a healed fracture with the plate in good position, "
        "no screw penetration, radial inclination 21°, volar tilt 6°, ulnar variance +1.5 mm (was neutral on the contralateral "
        "side). Nonunion of the ulnar styloid tip fragment.")
    d.h("Assessment")
    d.p("1. Healed right distal radius fracture s/p volar plate ORIF (07/22/2026).\n"
        "2. Persistent ulnar-sided wrist pain, suspected TFCC injury and mild ulnar positive variance.")
    d.h("Plan")
    d.p("I discussed an MR arthrogram and, depending on the findings, wrist arthroscopy with or without ulnar shortening. "
        "Given her imminent move she prefers to have further evaluation in the Netherlands and would like a second opinion "
        "from a hand surgeon there. I would be happy to provide images and records; her radiographs and the operative report "
        "have been released to her on a disc through our Health Information Management office. She has not been admitted "
        "apart from her day surgery.")
    d.p("Thank you for allowing me to participate in her care.")
    d.p("Sincerely,")
    d.sp(5)
    d.p("Daniel R. Whitcomb, MD\nHand and Upper Extremity Surgery\nMassachusetts General Hospital")
    d.p("cc: Lotte van Amerongen (patient)", "small")
    d.p("Electronically signed by Daniel R. Whitcomb, MD on 11/03/2026 at 9:14 AM", "small")
    d.build(out("tv-002", "pdf"), pagesize=LETTER,
            footer="van Amerongen, Lotte  |  MRN 004-883-172  |  DOB 04/11/1979  |  Page {page} of {pages}")
    write_label("tv-002", kinds=["correspondence"], date="2026-11-03", author="specialist", language="en",
                style="US academic hospital clinic letter (MM/DD/YYYY)", imaging_done="yes", operated="yes",
                treated_abroad="yes",
                notes="US month-first dates: 11/03/2026 is 3 November, DOB 04/11/1979 is 11 April; date of service 10/28/2026 is an event. Expat living in the US, ORIF abroad; ED visit abroad. Arthroscopy/MR arthrogram only discussed (plans).")


# --------------------------------------------------------------------------- 003
def tv003():
    d = Pdf("Sans", 9)
    d.letterhead(["Bayou City Medical Center", "Department of Radiology"],
                 ["6411 Fannin Street, Houston, TX 77030", "Reading room (713) 555-0199"], logo="BCMC", logo_color="#5a2d82")
    d.kv([["PATIENT:", "BLANKENSTIJN, JORIS", "MRN:", "88120457"],
          ["DOB:", "09/30/1972", "SEX:", "M"],
          ["ORDERING:", "Amy L. Castellano, MD\nOrthopedic Hand Surgery", "ACC #:", "XR-26-551902 / CT-26-551903"],
          ["EXAM DATE:", "10/02/2026", "REPORTED:", "10/03/2026"]],
         widths=(24 * mm, 60 * mm, 24 * mm, 60 * mm))
    d.sp(3)
    d.title("RADIOLOGY REPORT")
    d.labelled("EXAMS:", "1) XR WRIST LEFT 4 VIEWS (SCAPHOID PROTOCOL)   2) CT WRIST LEFT WITHOUT CONTRAST")
    d.labelled("CLINICAL HISTORY:", "53-year-old man, left scaphoid waist fracture on 07/21/2026, treated nonoperatively in a thumb "
               "spica cast for 10 weeks. Persistent snuffbox tenderness. Evaluate for union.")
    d.labelled("COMPARISON:", "Radiographs of the left wrist dated 07/23/2026 and 08/20/2026. No prior CT.")
    d.labelled("TECHNIQUE:", "Radiographs: PA, lateral, oblique and ulnar-deviated PA views. CT: helical acquisition of the left "
               "wrist, 0.6 mm slices, reformats in the plane of the scaphoid. DLP 48 mGy·cm.")
    d.h("FINDINGS")
    d.labelled("Radiographs:", "The transverse lucency through the scaphoid waist persists and has become slightly wider "
               "compared to 08/20/2026, with subtle sclerosis of both fracture margins. No humpback deformity on the lateral "
               "view; scapholunate angle 58°. Carpal alignment otherwise preserved. No radiocarpal arthrosis.")
    d.labelled("CT:", "Incomplete bridging across the waist fracture, estimated less than 25% of the cross-sectional area, "
               "with cystic resorption (3 mm) along the proximal fragment. Proximal pole density is mildly increased "
               "relative to the distal pole. No displacement greater than 1 mm. Soft tissues unremarkable.")
    d.h("IMPRESSION")
    d.p("1. Delayed union of the left scaphoid waist fracture, less than 25% bridging on CT; progression of fracture-line "
        "resorption compared with 08/20/2026.\n2. Mildly increased density of the proximal pole; consider MRI to assess "
        "vascularity if surgical fixation is contemplated.\n3. No carpal collapse.")
    d.sp(4)
    d.p("Electronically signed: Rajiv Menon, MD, Musculoskeletal Radiology — 10/03/2026 16:42 CDT", "small")
    d.p("Preliminary read by resident Kelsey Ortega, MD on 10/02/2026 19:05. Final report supersedes preliminary.", "small")
    d.build(out("tv-003", "pdf"), pagesize=LETTER, footer="CONFIDENTIAL PATIENT INFORMATION  —  Page {page} of {pages}")
    write_label("tv-003", kinds=["imaging-report"], date="2026-10-03", also_dates=["2026-10-02"], author="radiologist",
                language="en", style="US radiology report, two exams in one report, comparison line",
                imaging_done="yes", operated="no", treated_abroad="yes",
                notes="Two exams (XR + CT) in one report; exam date 10/02 and report date 10/03 are both the report's own. Comparison dates 07/23 and 08/20/2026 and injury date 07/21 must not be taken as report date. 'treated nonoperatively' = not operated. Patient is a Dutch expat imaged in the US. Surgical fixation only contemplated.")


# --------------------------------------------------------------------------- 004
def tv004():
    d = Pdf("Sans", 9.5)
    d.letterhead(["Ziekenhuis Amstelveld", "Spoedeisende Hulp"],
                 ["Postbus 7012, 1180 KA  Amstelveen", "SEH: 020 555 61 00 (24/7)", "seh@amstelveld-zh.nl"], logo="ZA",
                 logo_color="#00796b")
    d.address(["Huisartsenpraktijk Bankras", "t.a.v. dhr. R.J. Koomen, huisarts", "Bankrasweg 3", "1183 TP  Amstelveen"])
    d.table([["Uw kenmerk", "Ons kenmerk", "Datum", "Behandelaar"],
             ["-", "SEH-26-041877", "21-11-2026", "T. Bouzid, SEH-arts KNMG"]], widths=(35 * mm, 40 * mm, 30 * mm, 60 * mm),
            grid=False, shade=None)
    d.sp(3)
    d.labelled("Onderwerp:", "SEH-bezoek van dhr. T.H. (Tim) Groeneveld, geboren 02-05-2004")
    d.p("Geachte collega,")
    d.p("Uw patiënt bezocht op 20-11-2026 om 18:32 onze afdeling Spoedeisende Hulp. Hij kwam op eigen gelegenheid, "
        "begeleid door zijn vader.")
    d.labelled("Reden van komst:", "val van de fiets op de uitgestrekte linkerhand (gladheid), pijn en zwelling linkerpols.")
    d.labelled("Anamnese:", "rechtshandig, student. Geen hoofdletsel, geen bewustzijnsverlies. Geen eerdere letsels aan de "
               "linkerpols. Geen medicatie, geen allergieën.")
    d.labelled("Onderzoek:", "zwelling en bajonetstand distale radius links, drukpijn distale radius, tabatière niet pijnlijk. "
               "Sensibiliteit n. medianus intact, capillaire refill < 2 sec.")
    d.labelled("Aanvullend onderzoek:", "X-pols links AP/lateraal: extra-articulaire distale radiusfractuur met 18° dorsale "
               "kanteling en 3 mm verkorting, geen ulnaire betrokkenheid. Na repositie: kanteling 2° dorsaal, lengte hersteld.")
    d.labelled("Behandeling:", "hematoomblok lidocaïne 1% 10 ml, gesloten repositie onder tractie, dorsale onderarmspalk. "
               "Controle-X na repositie akkoord.")
    d.labelled("Conclusie:", "distale radiusfractuur links (AO 23-A2), gereponeerd.")
    d.labelled("Beleid:", "fractuurpolikliniek traumatologie over 7 dagen met X-controle. Bij secundaire dislocatie wordt "
               "operatieve fixatie overwogen. Pijnstilling paracetamol/ibuprofen. Instructies gips en hoog houden meegegeven.")
    d.sp(2)
    d.p("Met collegiale groet,")
    d.sp(5)
    d.p("T. Bouzid\nSEH-arts KNMG\nnamens de supervisor drs. L. Abbink, chirurg")
    d.build(out("tv-004", "pdf"), footer="Ziekenhuis Amstelveld · SEH-brief · Groeneveld, T.H. · pagina {page}/{pages}")
    write_label("tv-004", kinds=["correspondence"], date="2026-11-21", author="specialist", language="nl",
                style="SEH letter with Dutch reference-line table (Uw kenmerk / Ons kenmerk / Datum)",
                imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
                notes="Letter date exists only as a value in the reference-line table (label row and value row are separate runs). Visit date 20-11-2026 and birth date are other dates. 'operatieve fixatie overwogen' is a plan, closed reduction is not an operation.")


# --------------------------------------------------------------------------- 005
def tv005():
    d = Pdf("Sans", 9.5)
    d.letterhead(["Klinikum Hochsauerland-Süd", "Zentrale Notaufnahme · Chefarzt Dr. med. Ansgar Pohlmann"],
                 ["Am Kurpark 8, 59955 Winterberg", "Tel. +49 2981 555 0", "Fax +49 2981 555 199"], logo="KHS",
                 logo_color="#2e7d32")
    d.address(["Weiterbehandelnder Arzt / Hausarzt", "Huisartsenpraktijk De Veluwezoom", "Dr. H. Jansma",
               "Kerklaan 18", "7311 AB  Apeldoorn, Niederlande"])
    d.title("Notaufnahmebericht (Kurzarztbrief)")
    d.kv([["Patient:", "Herr Daan Wolters, geb. 03.06.1994"], ["Anschrift:", "Loolaan 55, 7314 AH Apeldoorn (NL)"],
          ["Aufnahme:", "14.02.2026, 15:20 Uhr, zu Fuß (Skipiste)"], ["Versicherung:", "EHIC (NL) – Zilveren Kruis"]],
         widths=(30 * mm, 130 * mm))
    d.sp(2)
    d.h("Diagnosen")
    d.p("Nicht dislozierte Skaphoidfraktur rechts (mittleres Drittel, Herbert B2), Skisturz\nPrellung rechte Schulter")
    d.h("Anamnese")
    d.p("Der 31-jährige niederländische Urlauber stürzte heute gegen 14:30 Uhr beim Skifahren auf die dorsalextendierte rechte "
        "Hand. Schmerzen radialseitig im Handgelenk. Keine Vorerkrankungen, keine Voroperationen, keine Dauermedikation.")
    d.h("Befund")
    d.p("Druckschmerz Tabatière und Skaphoidtuberkulum rechts, Stauchungsschmerz Daumen, Beweglichkeit schmerzbedingt "
        "eingeschränkt. DMS intakt. Schulter: Prellmarke, freie Beweglichkeit.")
    d.h("Bildgebung")
    d.p("Röntgen rechtes Handgelenk in 2 Ebenen und Kahnbeinquartett (14.02.2026): Frakturlinie im mittleren Skaphoiddrittel ohne "
        "Dislokation. Schulter rechts a.p./Y: kein Frakturnachweis.")
    d.h("Therapie")
    d.p("Ruhigstellung im Unterarmgips mit Daumeneinschluss, Analgesie (Ibuprofen 600 mg, max. 3x/d). Keine Operation. "
        "Thromboseprophylaxe nicht erforderlich.")
    d.h("Procedere")
    d.p("Rückreise in die Niederlande morgen geplant. Wir empfehlen eine CT-Kontrolle sowie die Weiterbehandlung in einer "
        "handchirurgischen Sprechstunde am Heimatort innerhalb von 7 Tagen. Gips nicht selbst entfernen. Bei Gefühlsstörungen "
        "oder zunehmenden Schmerzen sofort ärztliche Vorstellung. Die Röntgenbilder wurden dem Patienten auf CD mitgegeben.")
    d.sp(2)
    d.p("Mit freundlichen kollegialen Grüßen")
    d.sp(5)
    d.kv([["Dr. med. A. Pohlmann\nChefarzt Notaufnahme", "Jana Eikmeier\nAssistenzärztin"]], widths=(80 * mm, 80 * mm), bold_labels=False)
    d.sp(4)
    d.p("Diktiert: 14.02.2026 · Geschrieben: 16.02.2026 · jk/sr", "small")
    d.build(out("tv-005", "pdf"), footer="Klinikum Hochsauerland-Süd gGmbH · Sitz Winterberg · Amtsgericht Arnsberg HRB 5521 · Seite {page}/{pages}")
    write_label("tv-005", kinds=["correspondence"], date="2026-02-16", also_dates=["2026-02-14"], author="specialist",
                language="de", style="German ED short letter (Kurzarztbrief), Diktiert/Geschrieben line",
                imaging_done="yes", operated="no", treated_abroad="yes",
                notes="Dutch tourist treated in a German Notaufnahme. No 'Datum' field: the letter's dates are Diktiert 14.02 / Geschrieben 16.02; admission date 14.02.2026 equals the dictation date. 'Keine Operation', 'keine Voroperationen' negations. CT only recommended.")


# --------------------------------------------------------------------------- 006
def tv006():
    d = Pdf("Cond", 9)
    d.letterhead(["Florence-Nightingale-Krankenhaus", "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie"],
                 ["Kreuzbergstraße 79, 40489 Düsseldorf", "Sekretariat +49 211 555 2810", "Chefarzt Prof. Dr. med. U. Brandes"],
                 logo="FNK", logo_color="#6d4c41")
    d.title("OPERATIONSBERICHT")
    d.kv([["Patientin:", "Roosendaal, Femke", "geb.:", "22.09.1981"],
          ["Fall-Nr.:", "26-0047712", "Station:", "H2 (ambulant)"],
          ["OP-Datum:", "08.10.2026", "Saal:", "OP 4"],
          ["Operateur:", "Dr. med. K. Haberland", "Assistenz:", "S. Öztürk (AÄ)"],
          ["Anästhesist:", "Dr. med. B. Kranz", "OP-Pflege:", "M. Lenz, T. Rademacher"]],
         widths=(24 * mm, 58 * mm, 22 * mm, 58 * mm), grid=True)
    d.sp(2)
    d.kv([["Diagnose:", "Rhizarthrose rechts, Eaton/Littler Stadium III (präop. Röntgen 09/2026)"],
          ["Eingriff:", "Resektionsarthroplastik Trapezium rechts mit APL-Suspensionsplastik (OPS 5-824.x / 5-844.x)"],
          ["Seite:", "☒ rechts   ☐ links"],
          ["Anästhesie:", "☐ ITN   ☐ Larynxmaske   ☒ axilläre Plexusanästhesie   ☐ WALANT"],
          ["Lagerung:", "☒ Rückenlage, Armtisch   ☐ Bauchlage"],
          ["Blutsperre:", "☒ Oberarm 250 mmHg, an 10:31 / ab 11:29 (58 min)"],
          ["Team-Time-Out:", "☒ durchgeführt 10:38"],
          ["Schnitt:", "10:42"], ["Naht:", "11:37"],
          ["Antibiose:", "☐ ja   ☒ nein"], ["Drainage:", "☐ ja   ☒ nein"], ["Histologie:", "☐ ja   ☒ nein"],
          ["Zählkontrolle:", "☒ vollständig"]], widths=(32 * mm, 130 * mm))
    d.h("Operationsbericht")
    d.p("Nach steriler Abwaschung und Abdeckung des rechten Armes Hautschnitt über dem Daumensattelgelenk in Verlängerung des "
        "ersten Strahls. Schonung der Äste des R. superficialis n. radialis, Darstellung der A. radialis in der Tabatière, "
        "diese wird nach ulnar weggehalten. Längsinzision der Kapsel. Das Trapezium zeigt ausgeprägte Knorpelglatzen an der "
        "Gelenkfläche zum Metakarpale I sowie zum Skaphoid. Stückweise Entfernung des Trapeziums unter Schonung der FCR-Sehne. "
        "Kein Osteophyt an der Basis des Metakarpale II. Hebung eines distal gestielten Zügels aus der akzessorischen APL-Sehne, "
        "Durchzug um die FCR-Sehne und Fixierung mit 3-0 Fiberwire in sich. Gute Suspension des ersten Strahls, kein Impingement "
        "zwischen MHK I und Skaphoid unter axialer Stauchung. Kapselverschluss, Subkutannaht, Hautnaht intrakutan 4-0 Monocryl. "
        "Steriler Verband, Daumenschiene in Funktionsstellung.")
    d.labelled("Komplikationen:", "keine. Blutverlust minimal.")
    d.labelled("Nachbehandlung:", "Hochlagerung, Kühlung. Schiene für 4 Wochen, dann Beginn Ergotherapie. Fadenfrei (intrakutan). "
               "Wiedervorstellung in unserer Sprechstunde am 22.10.2026. Arbeitsunfähig bis voraussichtlich 30.11.2026.")
    d.sp(4)
    d.p("Dr. med. Konstantin Haberland, Oberarzt – Facharzt für Plastische und Ästhetische Chirurgie, Handchirurgie")
    d.p("Bericht erstellt 08.10.2026, 12:05 Uhr · elektronisch freigegeben", "small")
    d.build(out("tv-006", "pdf"), footer="Roosendaal, Femke · 22.09.1981 · Fall 26-0047712 · OP-Bericht · Seite {page} von {pages}")
    write_label("tv-006", kinds=["operation-report"], date="2026-10-08", author="specialist", language="de",
                style="German Operationsbericht form with ☒/☐ fields and time stamps",
                imaging_done="yes", operated="yes", treated_abroad="yes",
                notes="Checkbox glyphs ☒/☐ in field values; time stamps (Blutsperre, Schnitt, Naht). Patient is a Dutch expat operated in Düsseldorf. Follow-up date 22.10.2026 and sick-leave date are future dates in the text. 'präop. Röntgen 09/2026' = imaging done.")


# --------------------------------------------------------------------------- 007
def tv007():
    d = Pdf("Sans", 9)
    d.letterhead(["Isala", "Traumachirurgie · Operatiecentrum"], ["Dokter van Heesweg 2, 8025 AB  Zwolle", "088 624 50 00"],
                 logo="isala", logo_color="#c2185b")
    d.title("Operatieverslag")
    d.kv([["Patiënt", "mw. J.C. (Jolien) Terpstra", "Geb.datum", "17-01-1997"],
          ["Patiëntnr.", "7720145", "Opname", "dagbehandeling"],
          ["Datum operatie", "09-09-2026", "OK", "OK 11"],
          ["Operateur", "dr. R.G. Wessels, traumachirurg", "Assistent", "drs. M. Kok, AIOS chirurgie"],
          ["Anesthesioloog", "drs. A. Bleeker", "Anesthesie", "[x] Algehele  [ ] Regionaal  [ ] Lokaal"]],
         widths=(28 * mm, 55 * mm, 24 * mm, 58 * mm), grid=True)
    d.sp(3)
    d.kv([["Indicatie", "Gedisloceerde intra-articulaire distale radiusfractuur links (AO 23-C2). Ontstaan op 02-09-2026 door val "
           "van een scooter tijdens vakantie in Lagos, Portugal; aldaar op de urgência van het Hospital de Lagos gezien, "
           "röntgenfoto gemaakt en onderarmspalk aangelegd. Op 05-09-2026 gepresenteerd op onze SEH; CT-pols toont "
           "stap-off 2,5 mm in het lunatumfacet."],
          ["Ingreep", "Open repositie en interne fixatie distale radius links met volaire hoekstabiele plaat (2.4 mm)"],
          ["Zijde", "[ ] rechts   [x] links"],
          ["Antibiotica", "[x] cefazoline 2 g i.v. 12:55   [ ] niet gegeven"],
          ["Bloedleegte", "[x] ja, bovenarm 250 mmHg, 13:08–14:01   [ ] nee"],
          ["Doorlichting", "[x] ja, 34 sec, 0,9 mGy·m²"],
          ["Tijden", "Time-out 13:02 · Incisie 13:11 · Sluiten huid 14:06 · Vertrek OK 14:20"]],
         widths=(28 * mm, 137 * mm))
    d.h("Verloop")
    d.p("Rugligging, arm op armtafel. Modified Henry-benadering over de FCR-pees. Pronator quadratus L-vormig ingesneden en "
        "afgeschoven. Fractuur gereinigd van hematoom. Repositie met tractie en directe manipulatie van het lunatumfacet; "
        "tijdelijke fixatie met twee K-draden. Plaat geplaatst op de watershed-lijn, distaal 6 hoekstabiele schroeven, proximaal "
        "3 corticale schroeven. Doorlichting: gewrichtsvlak congruent, geen schroefpenetratie (dorsale tangentiële opname), "
        "volaire kanteling 7°. DRUG stabiel na fixatie. Pronator quadratus gehecht, huid intracutaan.")
    d.kv([["Complicaties", "[x] geen   [ ] wel, nl.: –"],
          ["Bloedverlies", "< 50 ml"],
          ["PA/kweek", "[ ] PA   [ ] kweek   [x] n.v.t."],
          ["Nabehandeling", "Drukverband, volaire spalk 2 weken, daarna handtherapie. Poli over 12 dagen (wondcontrole + X)."]],
         widths=(28 * mm, 137 * mm))
    d.sp(4)
    d.p("dr. R.G. Wessels, traumachirurg – geautoriseerd 09-09-2026 14:48", "small")
    d.build(out("tv-007", "pdf"), footer="Isala · Operatieverslag · Terpstra, J.C. · 17-01-1997 · pagina {page} van {pages}")
    write_label("tv-007", kinds=["operation-report"], date="2026-09-09", author="specialist", language="nl",
                style="Dutch OR report form with [x]/[ ] checkbox fields and time stamps",
                imaging_done="yes", operated="yes", treated_abroad="yes",
                notes="Operated in the Netherlands after an accident abroad; the indication mentions a visit to the urgência of a Portuguese hospital (ED abroad = treated abroad). Accident date 02-09 and SEH date 05-09 are events.")


# --------------------------------------------------------------------------- 008
def tv008():
    d = Pdf("Cond", 8.5)
    d.letterhead(["Ziekenhuis De Gelderse Poort", "Anesthesiologie, Intensive Care en Pijnbestrijding"],
                 ["Wagnerlaan 55, 6815 AD  Arnhem", "OK-complex C, tel. 026 555 88 00"], logo="GP", logo_color="#37474f")
    d.title("Anesthesieverslag – peroperatieve registratie")
    d.kv([["Patiënt", "dhr. H. Wiersema", "Geb.", "11-11-1958"], ["Datum", "12-10-2026", "OK", "Dagbehandeling OK 3"],
          ["Ingreep", "Open carpaletunnelrelease rechts", "Operateur", "drs. P. van Lith, plastisch chirurg"],
          ["Anesthesioloog", "dr. S. Vermeulen", "Anesthesiemedewerker", "J. Brink"],
          ["ASA", "II (hypertensie, DM2 orale med.)", "Gewicht / lengte", "92 kg / 1,84 m (BMI 27,2)"]],
         widths=(28 * mm, 55 * mm, 32 * mm, 50 * mm), grid=True)
    d.sp(2)
    d.kv([["Techniek", "☐ Algehele anesthesie (ITN/LMA)   ☒ Plexus axillaris, echogeleid   ☐ IVRA   ☐ Lokaal (WALANT)"],
          ["Blok", "Ropivacaïne 0,5% 25 ml, 4 injecties; echogeleide naaldpositie, geen paresthesieën, aspiratie negatief"],
          ["Luchtweg", "n.v.t.; O2 2 l/min via neusbril"],
          ["Monitoring", "☒ ECG  ☒ SpO2  ☒ NIBP/5 min  ☐ arterielijn"],
          ["Infuus", "18G li hand, NaCl 0,9% 250 ml"]], widths=(28 * mm, 137 * mm))
    d.h("Tijden")
    d.table([["Moment", "Tijd"], ["Binnenkomst holding", "07:58"], ["Start anesthesie (blok)", "08:20"],
             ["Blok adequaat (koude/pinprick)", "08:41"], ["Time-out", "08:49"], ["Start ingreep", "08:52"],
             ["Einde ingreep", "09:14"], ["Vertrek naar verkoever", "09:20"]], widths=(70 * mm, 30 * mm))
    d.h("Medicatie en vitale parameters")
    d.table([["Tijd", "Middel", "Dosis", "RR", "HF", "SpO2"],
             ["08:20", "midazolam i.v.", "1 mg", "156/88", "78", "98%"],
             ["08:25", "sufentanil i.v.", "5 µg", "149/84", "74", "97%"],
             ["08:52", "–", "–", "138/80", "70", "98%"],
             ["09:05", "–", "–", "135/79", "68", "98%"],
             ["09:14", "paracetamol i.v.", "1 g", "132/78", "69", "99%"]], widths=(18 * mm, 45 * mm, 20 * mm, 22 * mm, 15 * mm, 18 * mm))
    d.sp(2)
    d.labelled("Bijzonderheden:", "ongecompliceerd. Bloedleegte bovenarm 250 mmHg 08:55–09:12, goed verdragen onder blok. "
               "Operatieverslag: zie verslag operateur.")
    d.labelled("Verkoever:", "Aldrete 10 om 09:35. Ontslag naar afdeling dagbehandeling 09:50. Blok nog werkzaam, mitella.")
    d.sp(3)
    d.p("dr. S. Vermeulen, anesthesioloog – digitaal ondertekend 12-10-2026 10:02", "small")
    d.build(out("tv-008", "pdf"), footer="Anesthesieverslag · Wiersema, H. · 11-11-1958 · pag. {page}/{pages}")
    write_label("tv-008", kinds=[], date="2026-10-12", author="specialist", language="nl",
                style="anaesthesia record form (checkboxes, time table, vitals table)",
                imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
                notes="An anaesthesia record is not an operation report although it names the procedure, operator and times and says 'Operatieverslag: zie verslag operateur' (a mention). It documents that the carpal tunnel release took place (operated=yes). 'echogeleid' refers to ultrasound guidance of the nerve block, not diagnostic imaging of the hand (imaging_done=unmentioned).")


# --------------------------------------------------------------------------- 009
def tv009():
    d = Pdf("Sans", 9.5)
    d.letterhead(["Ziekenhuis Gelderse Vallei", "Afdeling Radiologie"], ["Willy Brandtlaan 10, 6716 RP  Ede",
                 "Secretariaat radiologie 0318 43 49 34"], logo="GV", logo_color="#558b2f")
    d.kv([["Patiënt:", "dhr. B.A. (Bas) Hogendoorn", "Geboortedatum:", "25-08-1990"],
          ["Aanvrager:", "drs. R. Lammerts, plastisch chirurg\nPlastische chirurgie, poli 2", "Kopie:", "huisarts dr. W. Schippers, Bennekom"],
          ["Onderzoeksdatum:", "17-11-2026", "Verslagdatum:", "18-11-2026"]],
         widths=(30 * mm, 58 * mm, 30 * mm, 50 * mm))
    d.sp(3)
    d.title("Verslag")
    d.labelled("Onderzoeken:", "1. X-pols rechts AP en lateraal   2. X-scafoidserie rechts (4 opnamen)   3. Echografie pols rechts")
    d.labelled("Klinische gegevens / vraagstelling:", "persisterende radiale polspijn rechts na val (juni 2025). Pseudartrose "
               "scafoid? Daarnaast zwelling dorsaal: ganglion?")
    d.labelled("Vergelijking:", "X-pols rechts d.d. 12-06-2025, extern vervaardigd in Ziekenhuis Rivierenland Tiel (ingelezen via PACS-uitwisseling).")
    d.h("Bevindingen")
    d.p("X-pols en scafoidserie: ten opzichte van 12-06-2025 is de destijds subtiele fractuurlijn in de taille van het "
        "scafoid nu duidelijk zichtbaar met gladde, gesclerotiseerde randen en een 2 mm brede spleet, passend bij pseudartrose. "
        "Geen cystevorming van betekenis. Geen DISI-stand (SL-hoek 55°). Geen artrose radioscafoïdaal. Overige carpus intact.")
    d.p("Echografie: dorsaal ter plaatse van het scafolunaire interval een anechogene, meerkamerige structuur van 11 x 7 x 6 mm "
        "zonder vascularisatie, met steel naar het gewricht, passend bij een ganglion. Geen synovitis. Extensorpezen intact, "
        "eerste extensorcompartiment normaal.")
    d.h("Conclusie")
    d.p("1. Pseudartrose van de scafoidtaille rechts, nieuw zichtbaar ten opzichte van 12-06-2025; geen carpale collaps.\n"
        "2. Dorsaal polsganglion rechts, 11 mm.\nAanvullend CT ter beoordeling van de fragmenten en bij operatieplanning overwegen.")
    d.sp(4)
    d.p("dr. W.J. Smeets-Aarts, radioloog\nGeautoriseerd: 18-11-2026 08:47", "small")
    d.build(out("tv-009", "pdf"), footer="Radiologie Gelderse Vallei · Hogendoorn, B.A. · 25-08-1990 · Acc. 26R0891175 · {page}/{pages}")
    write_label("tv-009", kinds=["imaging-report"], date="2026-11-18", also_dates=["2026-11-17"], author="radiologist",
                language="nl", style="Dutch radiology report, three exams in one report, comparison with external older X-ray",
                imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
                notes="Three exams (X-pols, scaphoid series, ultrasound) in one report. Comparison date 12-06-2025 (older external imaging) is not the report date. Requester is a plastic surgeon; 'vraagstelling' is the requester's question, not a referral. CT/operation only suggested.")


# --------------------------------------------------------------------------- 010
def tv010():
    d = Pdf("Serif", 9.5)
    d.letterhead(["AZ Damiaan", "Dienst Medische Beeldvorming"], ["Gouwelozestraat 100, 8400 Oostende",
                 "Tel. +32 59 41 40 00 · RIZIV 7-12345-67-890"], logo="AZD", logo_color="#0277bd")
    d.p("Oostende, 3 december 2026", "right")
    d.kv([["Patiënt:", "mevr. Eline Goossens  °12/05/1988"], ["Adres:", "Zeedijk 144 bus 3, 8400 Oostende"],
          ["Aanvragend arts:", "dr. Hilde Vermeersch, orthopedie (raadpleging hand- en polschirurgie)"],
          ["Onderzoek:", "MR pols links, zonder en met gadolinium"], ["Datum onderzoek:", "01/12/2026"]],
         widths=(35 * mm, 130 * mm))
    d.sp(3)
    d.p("Geachte collega,")
    d.labelled("Klinische inlichtingen:", "aanhoudende dorsale polspijn links na val op het werk (augustus 2026), RX zonder "
               "fractuur. Letsel SL-ligament?")
    d.labelled("Vergelijking:", "RX pols links van 14/10/2026 (AZ Sint-Jan Brugge, via Vlaams Hub).")
    d.labelled("Techniek:", "1,5 T, coronale PD-FS, T1, axiale en sagittale PD-FS, 3D-GRE, post-contrast T1-FS.")
    d.h("Bevindingen")
    d.p("Volledige ruptuur van het dorsale deel van het scafolunair ligament met partiële ruptuur van het membraneuze deel; "
        "het volaire deel is intact. Lichte verbreding van het SL-interval (3 mm), in vergelijking met de RX van 14/10/2026 "
        "niet toegenomen. Beperkt beenmergoedeem in de proximale pool van het scafoid en dorsaal in het lunatum. Geen "
        "occulte fractuur. TFCC intact. Beperkte synovitis radiocarpaal. Pezen en n. medianus zonder bijzonderheden.")
    d.h("Besluit")
    d.p("Dorsale SL-ligamentruptuur links met beginnende diastase (3 mm), zonder DISI. Geen fractuur. Geen progressie t.o.v. "
        "14/10/2026. Verdere bespreking met de aanvragende arts.")
    d.sp(3)
    d.p("Met collegiale groeten,")
    d.sp(4)
    d.p("dr. Pieter-Jan Van Damme, radioloog")
    d.build(out("tv-010", "pdf"), footer="AZ Damiaan vzw · Medische Beeldvorming · verslag gevalideerd · blad {page}/{pages}")
    write_label("tv-010", kinds=["imaging-report"], date="2026-12-03", also_dates=["2026-12-01"], author="radiologist",
                language="nl", style="Flemish radiology report (°-birth date, 'Besluit'), date in words",
                imaging_done="yes", operated="unmentioned", treated_abroad="yes",
                notes="Flemish: '°12/05/1988' birth date, 'Besluit', 'dr.'. Report date written in words ('3 december 2026'), exam date 01/12/2026 day-first. Comparison with an older RX of 14/10/2026 from another Belgian hospital. Written by a Belgian hospital that imaged the patient = treated abroad.")


# --------------------------------------------------------------------------- 011
def tv011():
    d = Pdf("Sans", 9.5)
    d.letterhead(["Revalidatiecentrum Vechtdal", "Team Hand & Arm · Revalidatiegeneeskunde"],
                 ["Hessenweg 40, 7711 AM  Nieuwleusen", "T 0529 555 300", "secretariaat.hand@rc-vechtdal.nl"],
                 logo="RV", logo_color="#ef6c00")
    d.address(["Huisartsenpraktijk Eemland-Noord", "t.a.v. mw. M. Brouwer, huisarts", "Leusderweg 92", "3817 KE  Amersfoort"])
    d.kv([["Datum:", "24 november 2026"], ["Betreft:", "mw. I. Pothoven, geb. 19-07-1969"], ["Ons kenmerk:", "RV-HA-2026-1187"]],
         widths=(28 * mm, 120 * mm))
    d.sp(2)
    d.p("Geachte collega Brouwer,")
    d.p("Uw patiënte is sinds 01-10-2026 bij ons in behandeling in het poliklinische programma van het team Hand & Arm in "
        "verband met een complex regionaal pijnsyndroom (CRPS-1) van de rechterhand na een distale radiusfractuur. Hierbij "
        "een tussentijdse rapportage en ons advies.")
    d.h("Voorgeschiedenis")
    d.p("Hypothyreoïdie, gebruikt levothyroxine. In 2019 enkeldistorsie links tijdens een vakantie in Turkije, toen behandeld "
        "op de spoedeisende hulp van een ziekenhuis in Antalya (tape, krukken). Verder blanco.")
    d.h("Eerdere behandelingen van de rechterpols")
    d.table([["Datum", "Behandeling", "Waar"],
             ["08-03-2026", "Gesloten repositie, onderarmgips", "SEH Meander MC, Amersfoort"],
             ["17-03-2026", "ORIF distale radius rechts, volaire plaat", "Meander MC, traumachirurgie"],
             ["04-2026 – 08-2026", "Handtherapie (18 behandelingen)", "Handtherapie Eemland"],
             ["06-2026", "Vitamine C, DMSO-crème 50%, amitriptyline 10 mg", "huisarts / pijnpoli Meander MC"],
             ["07-2026", "Diagnose CRPS-1 (Budapest-criteria)", "pijnpoli Meander MC"],
             ["vanaf 01-10-2026", "Poliklinische revalidatie: GMT, spiegeltherapie, graded exposure", "RC Vechtdal"]],
            widths=(32 * mm, 80 * mm, 55 * mm))
    d.h("Huidige situatie")
    d.p("De pijn (NRS 6-7) en de kleur- en temperatuurverschillen zijn afgenomen, maar de stijfheid van pols en vingers "
        "persisteert. Vuist niet volledig: vinger-handpalmafstand 2 cm dig. III-IV. Pols extensie 30°, flexie 25°. "
        "Knijpkracht 8 kg rechts versus 26 kg links. De controle-röntgenfoto van de pols (Meander MC, 06-10-2026) toont een "
        "geconsolideerde fractuur met de plaat in situ en botontkalking passend bij CRPS.")
    d.h("Conclusie en advies")
    d.p("CRPS-1 rechterhand met verbetering van de pijn maar blijvende functiebeperking. Patiënte ervaart veel hinder van de "
        "plaat (irritatie flexorpezen) en vraagt zich af of plaatverwijdering en een artrolyse zinvol zijn. De traumachirurg "
        "adviseerde terughoudendheid. Patiënte wenst hierover een second opinion bij een gespecialiseerd handcentrum. Wij "
        "ondersteunen dat; wilt u haar daarvoor verwijzen? Het revalidatieprogramma loopt door tot half januari.")
    d.sp(2)
    d.p("Met vriendelijke groet,")
    d.sp(5)
    d.p("drs. Y. El Khattabi\nrevalidatiearts")
    d.p("cc: patiënte; dr. J. Kuipers, traumachirurg Meander MC", "small")
    d.build(out("tv-011", "pdf"), footer="RC Vechtdal · Pothoven, I. · 19-07-1969 · pagina {page} van {pages}")
    write_label("tv-011", kinds=["correspondence"], date="2026-11-24", author="specialist", language="nl",
                style="rehabilitation physician letter with table of previous treatments (date/treatment/where)",
                imaging_done="yes", operated="yes", treated_abroad="yes",
                notes="Rehabilitation physician (revalidatiearts) letter = specialist correspondence, but not a referral (asks the GP to refer). Date written in words. Treatment table with dates (ORIF 17-03-2026 = operated). Tourist ED visit abroad (Antalya, 2019, ankle) mentioned in passing in the history counts as treated abroad whatever it was for.")


# --------------------------------------------------------------------------- 012
def tv012():
    d = Pdf("Sans", 9.5)
    d.letterhead(["Arbo Perspectief", "Bedrijfsgezondheidszorg Midden-Nederland"], ["Orteliuslaan 1000, 3528 BD  Utrecht",
                 "T 030 555 42 00 · KvK 30212345"], logo="AP", logo_color="#455a64", rule=False)
    d.boxed_title("Informatieverzoek en terugkoppeling bedrijfsarts",
                  [["Datum", "19-11-2026"], ["Aan", "dhr. G. Hofstede, huisarts, Huisartsenpraktijk Lunetten, Utrecht"],
                   ["Werknemer", "dhr. M. (Mehmet) Yıldız, geb. 05-03-1977"], ["Werkgever", "Installatiebedrijf Van Rossum B.V."],
                   ["Toestemming werknemer", "ja, schriftelijk d.d. 14-11-2026"]])
    d.p("Geachte collega Hofstede,")
    d.p("Uw patiënt, werkzaam als servicemonteur, is sinds 14-04-2026 volledig arbeidsongeschikt voor zijn eigen werk in "
        "verband met klachten van de rechterhand. Met zijn toestemming schrijf ik u.")
    d.p("Zoals u weet is hij in januari 2025 aan de rechterhand geopereerd wegens een carpaletunnelsyndroom (release in het "
        "Diakonessenhuis). Na een aanvankelijk goed herstel zijn de tintelingen en krachtsverlies sinds het voorjaar terug. "
        "Het EMG (september 2026) toonde volgens patiënt een 'lichte verbetering ten opzichte van voor de operatie'. Een MRI "
        "van de pols (augustus 2026) liet geen afwijkingen zien. De neuroloog heeft geen verdere behandeling voorgesteld en "
        "de plastisch chirurg wil afwachten.")
    d.p("Belastbaarheid: momenteel geen repeterend knijpen, geen trillend handgereedschap, tillen tot 5 kg. Re-integratie in "
        "aangepast werk (planning/werkvoorbereiding) is gestart voor 3 x 4 uur per week.")
    d.p("Vanuit arbeidsgeneeskundig oogpunt is het voor de prognose van belang dat er duidelijkheid komt over de "
        "behandelopties. Patiënt heeft mij gevraagd of een second opinion mogelijk is. Ik kan hem niet zelf verwijzen en "
        "verzoek u te overwegen hem te verwijzen naar een gespecialiseerde handkliniek voor een second opinion over "
        "het recidief carpaletunnelsyndroom. Graag ontvang ik een korte reactie.")
    d.sp(2)
    d.p("Met collegiale groet,")
    d.sp(5)
    d.p("drs. K.L. Veenstra\nbedrijfsarts, BIG 19054432101")
    d.p("Dit bericht bevat medische gegevens en is uitsluitend bestemd voor de geadresseerde.", "small")
    d.build(out("tv-012", "pdf"), footer="Arbo Perspectief B.V. · Utrecht · vertrouwelijk medisch · {page}/{pages}")
    write_label("tv-012", kinds=[], date="2026-11-19", author="other", language="nl",
                style="occupational physician (bedrijfsarts) letter, title and date in a letterhead-like boxed table",
                imaging_done="yes", operated="yes", treated_abroad="unmentioned",
                notes="Occupational physician, not a treating specialist and not a referrer: asks the GP to refer, so no kind. The title and the letter date sit in a bordered table (label and value cells). Consent date 14-11-2026 and sick-leave date are other dates. Mentions of EMG/MRI/operation are facts about the patient.")


# --------------------------------------------------------------------------- 013
def tv013():
    d = Pdf("Sans", 9.5)
    d.letterhead(["North Thames University Hospitals", "NHS Foundation Trust · St Aldwyn's Hospital · Emergency Department"],
                 ["Aldwyn Road, London SE1 9QX", "Switchboard 020 7555 0000", "ED secretaries 020 7555 0433"], logo="NHS",
                 logo_color="#005eb8")
    d.title("Emergency Department Discharge Letter")
    d.kv([["Patient:", "Mr Bram KEIJZER", "DOB:", "17/08/1990"],
          ["Address:", "Oudegracht 301-bis, 3511 PA Utrecht, Netherlands", "Hospital no.:", "RTH4471020"],
          ["NHS number:", "not applicable (overseas visitor, EHIC)", "Attendance:", "03/08/2026 21:47"],
          ["GP:", "Huisartsenpraktijk Lunetten, Utrecht (NL)", "Seen by:", "Dr Priya Raman, ST4 Emergency Medicine"]],
         widths=(26 * mm, 62 * mm, 26 * mm, 52 * mm))
    d.sp(3)
    d.labelled("Presenting complaint:", "fall on outstretched right hand on a wet pavement in Southwark; pain radial side of wrist.")
    d.labelled("History:", "36-year-old right-handed tourist from the Netherlands, in London for four days. No previous wrist "
               "injury or surgery. Medication: none. Allergies: penicillin (rash).")
    d.labelled("Examination:", "anatomical snuffbox and scaphoid tubercle tenderness, pain on telescoping of the thumb. "
               "Neurovascularly intact.")
    d.labelled("Investigations:", "XR right wrist with scaphoid views: no fracture seen. Clinical suspicion of scaphoid fracture.")
    d.labelled("Diagnosis:", "suspected (clinical) scaphoid fracture, right.")
    d.labelled("Treatment:", "futura-type wrist splint with thumb extension; analgesia (paracetamol, ibuprofen).")
    d.labelled("Outcome / Plan:", "discharged. Patient returns to the Netherlands on 06/08/2026 and will arrange follow-up with "
               "his own GP. We advise review in a fracture or hand clinic within 10–14 days with repeat imaging (MRI "
               "preferred). Images can be requested from our PACS office; a CD was not issued tonight.")
    d.sp(2)
    d.p("Dr Priya Raman, ST4 Emergency Medicine, on behalf of Dr Mark Ellery, Consultant in Emergency Medicine")
    d.sp(3)
    d.p("Dictated 03/08/2026   Typed 05/08/2026   Ref: MR/pr/ED", "small")
    d.p("Copy to: patient", "small")
    d.build(out("tv-013", "pdf"), footer="North Thames University Hospitals NHS Foundation Trust · ED discharge letter · Page {page} of {pages}")
    write_label("tv-013", kinds=["correspondence"], date="2026-08-05", also_dates=["2026-08-03"], author="specialist",
                language="en", style="NHS A&E discharge letter, UK day-first dates, 'Dictated … Typed …' line",
                imaging_done="yes", operated="no", treated_abroad="yes",
                notes="UK day-first dates (03/08/2026 = 3 August). Attendance date equals dictation date; typed date is later. Dutch tourist seen in a UK emergency department = treated abroad. 'No previous wrist injury or surgery' = operated no; MRI only advised.")


if __name__ == "__main__":
    for f in [tv001, tv002, tv003, tv004, tv005, tv006, tv007, tv008, tv009, tv010, tv011, tv012, tv013]:
        f()
    print("pdf_a done")
