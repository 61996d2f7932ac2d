# nz-001 .. nz-008: referrals
DOCS = []

# ---------------------------------------------------------------- 001 merged: zorgdomein + polibrief + echo
zd1 = dict(fmt="rl", lh=["ZorgDomein", "Verwijzing — Second opinion Handchirurgie",
                         "Verzonden via ZorgDomein op 24-11-2026 14:12"],
           lh_right=["Referentie ZD: ZD44817305", "Huisartsenpraktijk Vogelenzang", "Vogelenzangseweg 41, 2114 BA Vogelenzang",
                     "AGB 01-058823", "Tel 023-5847710"],
           footer="Afgedrukt door: M. Terpstra (doktersassistente) — 24-11-2026", pagefmt="ZD44817305 — pag. {p}",
           color="#0b6e4f",
           blocks=[
               ("kv2", [("Patiënt", "Mw. M. de Wit-Kramer", "Geboortedatum", "14-07-1979"),
                        ("Adres", "Zandvoortselaan 212, 2106 CM Heemstede", "Geslacht", "Vrouw"),
                        ("BSN", "18xxxx492", "Verzekeraar", "CZ, polisnr. 7710245"),
                        ("Telefoon", "06-41227730", "Huisarts", "F.J. Mulder, huisarts")]),
               ("kv2", [("Verwijzer", "F.J. Mulder, huisarts", "AGB verwijzer", "01-041877"),
                        ("Specialisme", "Plastische chirurgie / handchirurgie", "Product", "Second opinion handchirurgie"),
                        ("Urgentie", "Regulier", "Datum verwijzing", "24-11-2026")]),
               ("h", "Reden van verwijzing"),
               ("p", "Sinds ruim een jaar een pijnlijke zwelling aan de dorsale zijde van de rechterpols (dominante hand). "
                     "Echografisch een ganglion uitgaande van het SL-gewricht. Twee keer gepuncteerd, beide keren binnen enkele weken "
                     "terug. De orthopeed in het Spaarne Gasthuis adviseert excisie. Patiënte twijfelt, zij is kapster en bang voor "
                     "een stijve pols na de operatie, en wil graag eerst een tweede mening van een handchirurg."),
               ("h", "Vraagstelling"),
               ("p", "Second opinion: is operatieve excisie van het ganglion de beste optie, of is verder afwachten/opnieuw "
                     "puncteren verantwoord? Wat is het recidiefrisico na excisie?"),
               ("h", "Relevante voorgeschiedenis"),
               ("table", [["Datum", "Episode"],
                          ["2008", "Sectio caesarea"],
                          ["2019", "L92 Frozen shoulder links, fysiotherapie, hersteld"],
                          ["10-2025", "L87 Ganglion pols rechts"],
                          ["2026", "P76 Depressieve klachten, praktijkondersteuner GGZ"]], [0.2, 0.8]),
               ("h", "Recente behandelingen"),
               ("p", "14-01-2026 punctie ganglion door huisarts, recidief na 3 weken. 22-09-2026 echo pols rechts Spaarne "
                     "Gasthuis: ganglion 16 x 11 mm. 08-10-2026 consult orthopedie (dr. Van Loon), opnieuw punctie met "
                     "corticosteroïdinjectie; alweer recidief. Niet eerder geopereerd aan de pols. Polsbrace 's nachts."),
               ("h", "Medicatie"),
               ("p", "Sertraline 50 mg 1dd1; paracetamol 500 mg zo nodig max 6dd2."),
               ("h", "Allergieën / contra-indicaties"),
               ("p", "Geen bekende allergieën."),
               ("h", "Bijlagen"),
               ("p", "Brief orthopedie Spaarne Gasthuis d.d. 08-10-2026; verslag echografie d.d. 22-09-2026."),
           ])
po1 = dict(fmt="rl", lh=["Spaarne Gasthuis", "Orthopedie", "Spaarnepoort 1, 2134 TM Hoofddorp",
                         "Postbus 770, 2130 AT Hoofddorp · T 023 224 0000"],
           lh_right=["Ons kenmerk: ORT/VL/557120", "Patiëntnummer: 3391874", "Datum: 8 oktober 2026"],
           footer="Spaarne Gasthuis · locatie Hoofddorp · www.spaarnegasthuis.nl", color="#00607a",
           blocks=[
               ("addr", ["Weledelgeleerde heer F.J. Mulder, huisarts", "Huisartsenpraktijk Vogelenzang",
                         "Vogelenzangseweg 41", "2114 BA Vogelenzang"]),
               ("p", "Betreft: mevrouw M. de Wit-Kramer, geboren 14-07-1979\nZandvoortselaan 212, 2106 CM Heemstede"),
               ("p", "Geachte collega Mulder,"),
               ("p", "Op 8 oktober 2026 zag ik uw patiënte op de polikliniek orthopedie in verband met een zwelling aan de rugzijde "
                     "van de rechterpols."),
               ("h", "Anamnese"),
               ("p", "Sinds oktober 2025 een zwelling dorsaal aan de rechterpols, wisselend van grootte, pijnlijk bij "
                     "extensie en steunen. In januari door u gepuncteerd met tijdelijk effect. Werkt als kapster, 4 dagen per week."),
               ("h", "Lichamelijk onderzoek"),
               ("p", "Rechterpols: soepele, iets drukpijnlijke zwelling van ca. 1,5 cm dorsaal ter hoogte van het SL-gewricht. "
                     "Extensie 60°, flexie 70°, beide eindstandig pijnlijk. Geen sensibiliteitsstoornissen. Allen-test normaal."),
               ("h", "Aanvullend onderzoek"),
               ("p", "Echo pols rechts (22-09-2026): meerkamerig ganglion, 16 x 11 mm, met steeltje naar het SL-interval."),
               ("h", "Conclusie"),
               ("p", "Recidiverend dorsaal polsganglion rechts."),
               ("h", "Beleid"),
               ("p", "Opnieuw gepuncteerd (2 ml helder geleiachtig vocht) en 10 mg triamcinolon ingespoten. Bij recidief kan "
                     "een open of artroscopische excisie worden overwogen; hiervoor kan patiënte zich via de poli melden. "
                     "De kans op recidief en op enige bewegingsbeperking na de operatie hebben we besproken."),
               ("p", "Met collegiale groet,"),
               ("p", "dr. R.A. van Loon, orthopedisch chirurg"),
               ("small", "cc: patiënte"),
           ])
ec1 = dict(fmt="rl", lh=["Spaarne Gasthuis", "Afdeling Radiologie", "Boerhaavelaan 22, 2035 RC Haarlem"],
           lh_right=["Accessienummer: 26SG-0922-4471", "Status: definitief"], color="#00607a",
           footer="Spaarne Gasthuis — Radiologie — verslag elektronisch geautoriseerd",
           blocks=[
               ("title", "VERSLAG ECHOGRAFIE"),
               ("kv", [("Patiënt", "De Wit-Kramer, M."), ("Geboortedatum", "14-07-1979"),
                       ("Aanvrager", "F.J. Mulder, huisarts, Vogelenzang"), ("Onderzoek", "Echo weke delen pols rechts"),
                       ("Datum onderzoek", "22-09-2026"), ("Datum verslag", "23-09-2026")]),
               ("h", "Klinische gegevens"),
               ("p", "Zwelling dorsaal pols re, eerder gepuncteerd. Ganglion?"),
               ("h", "Verslag"),
               ("p", "Dorsaal over de pols, ter hoogte van het scapholunaire interval, een echoarme tot echovrije, meerkamerige "
                     "structuur van 16 x 11 x 9 mm met een smalle steel richting het SL-ligament. Geen doppleractiviteit. "
                     "Strekpezen intact. Geen synovitis van de extensorcompartimenten."),
               ("h", "Conclusie"),
               ("p", "Beeld passend bij dorsaal polsganglion uitgaande van het SL-gewricht."),
               ("p", "S. Achterberg, radioloog"),
           ])
DOCS.append(dict(stem="nz-001-zorgdomein-ganglion-met-bijlagen", fmt="merged", parts=[zd1, po1, ec1], label=dict(
    kinds=["referral", "history", "correspondence", "imaging-report"], date="2026-11-24", author="gp", language="nl",
    style="merged PDF: ZorgDomein two-column referral + HiX outpatient letter + radiology report",
    referral_question=True, imaging_done="yes", operated="no", treated_abroad="unmentioned",
    notes="Three documents in one PDF; referral carries Relevante voorgeschiedenis and Recente behandelingen. "
          "Excision only proposed; 'Niet eerder geopereerd aan de pols'. Sectio in history is another body part.",
    part=[dict(kinds=["referral", "history"], date="2026-11-24", author="gp"),
          dict(kinds=["correspondence"], date="2026-10-08", author="specialist"),
          dict(kinds=["imaging-report"], date="2026-09-23", author="radiologist")])))

# ---------------------------------------------------------------- 002 GP letter docx, skiing Austria
DOCS.append(dict(stem="nz-002-verwijsbrief-huisarts-tfcc-oostenrijk", fmt="docx",
    lh=["Huisartsenpraktijk De Linde", "L. Hendriks & S. Oudshoorn, huisartsen", "Lindeboomweg 14, 3817 KC Amersfoort",
        "T 033-4612290 · spoed 033-4612299"],
    lh_right=["AGB praktijk 01-067341"], footer="Huisartsenpraktijk De Linde — Amersfoort",
    blocks=[
        ("p", "Amersfoort, 17 november 2026"),
        ("addr", ["Aan: Handchirurgie, polikliniek second opinion", "t.a.v. de dienstdoende handchirurg"]),
        ("p", "Betreft: dhr. T. van Oosterhout, geb. 03-02-1994\nDorpsstraat 8, 3818 AB Amersfoort"),
        ("p", "Geachte collega,"),
        ("p", "Hierbij verwijs ik de heer Van Oosterhout, 32 jaar, ICT-consultant en fanatiek mountainbiker, met het "
              "verzoek om een second opinion over zijn linkerpols (niet-dominant)."),
        ("p", "Op 21 februari 2026 kwam hij tijdens zijn skivakantie in Sölden ten val op de uitgestrekte linkerhand. Hij werd "
              "dezelfde dag gezien op de Notaufnahme van het Krankenhaus Zams, waar röntgenfoto's geen fractuur lieten zien. Hij "
              "kreeg daar een onderarmspalk voor twee weken. Na terugkomst bleven de klachten aan de ulnaire zijde van de pols "
              "bestaan, vooral bij draaibewegingen (sleutel omdraaien, fietsstuur)."),
        ("p", "Ik heb hem in mei verwezen naar de orthopedie van het Meander MC. De MRI van 11 juni 2026 toonde een perifere "
              "scheur van het TFCC. Na een periode van brace en handtherapie is de pijn verminderd maar niet verdwenen. Dr. Koster "
              "heeft hem een artroscopie met hechting van het TFCC voorgesteld; de heer Van Oosterhout wil voordat hij hiermee "
              "instemt graag een tweede mening."),
        ("h", "Vraagstelling"),
        ("p", "Is een artroscopische TFCC-hechting bij deze restklachten zinvol, of is voortzetting van het conservatieve "
              "beleid verantwoord? Zijn er alternatieven?"),
        ("p", "Voorgeschiedenis: astma (rustig), 2015 knieblessure rechts (conservatief). Medicatie: salbutamol zo nodig. "
              "Geen allergieën."),
        ("p", "De brief van de orthopeed en het MRI-verslag stuur ik mee; de beelden heeft patiënt op cd opgevraagd."),
        ("p", "Met vriendelijke groet,"),
        ("p", "S. Oudshoorn, huisarts"),
        ("small", "Bijlagen: brief orthopedie Meander MC 02-10-2026, MRI-verslag 12-06-2026"),
    ],
    label=dict(kinds=["referral"], date="2026-11-17", author="gp", language="nl", style="free GP letter, docx",
               referral_question=True, imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="Seen at the emergency department of an Austrian hospital after a skiing fall; arthroscopy only proposed; "
                     "question under its own heading. Many dates: fall, MRI, enclosures.")))

# ---------------------------------------------------------------- 003 Zorgdomein for treatment only
DOCS.append(dict(stem="nz-003-zorgdomein-triggervinger-behandeling", fmt="rl",
    lh=["ZorgDomein", "Consult Handchirurgie (Plastische chirurgie)", "Ziekenhuis Gelderse Vallei — Ede"],
    lh_right=["ZD-nummer 44 620 118", "Aangemaakt: 12-11-2026", "Status: Verzonden"], color="#0b6e4f",
    footer="Deze verwijzing is aangemaakt in ZorgDomein. Huisartsenpraktijk Bennekom-Zuid, Kerkstraat 2, 6721 VB Bennekom",
    blocks=[
        ("kv", [("Patiënt", "G. Hoekstra (dhr.)"), ("Geboortedatum", "22-09-1951"), ("BSN", "27xxxx106"),
                ("Zorgverzekeraar", "Zilveren Kruis Achmea"), ("Verwijzer", "drs. A.M. Baars, huisarts"),
                ("Praktijk", "Huisartsenpraktijk Bennekom-Zuid, AGB 01-052200"),
                ("Ontvanger", "Plastische chirurgie, Ziekenhuis Gelderse Vallei"), ("Datum", "12-11-2026")]),
        ("h", "Reden van verwijzing"),
        ("p", "Triggervinger digitus IV links, sinds voorjaar 2026. Twee keer geïnjecteerd (kenacort) met telkens enkele "
              "maanden effect, nu weer 's ochtends op slot. Graag behandeling."),
        ("h", "Vraagstelling"),
        ("p", "Verzoek overname behandeling."),
        ("h", "Relevante voorgeschiedenis"),
        ("p", "T90 Diabetes mellitus type 2 (sinds 2014)\nK86 Hypertensie\nK75 Myocardinfarct 2020, PCI\n"
              "L87 Triggervinger D3 rechts 2022, na injectie hersteld"),
        ("h", "Recente behandelingen"),
        ("p", "03-04-2026 injectie triamcinolon 10 mg A1-pulley D4 li\n18-08-2026 idem\n"
              "Aanvullend onderzoek: niet verricht. Geen operaties aan de handen in de voorgeschiedenis."),
        ("h", "Medicatie"),
        ("table", [["Middel", "Dosering"], ["Metformine 850 mg", "2dd1"], ["Acetylsalicylzuur 80 mg", "1dd1"],
                   ["Clopidogrel 75 mg", "1dd1"], ["Perindopril 4 mg", "1dd1"], ["Atorvastatine 40 mg", "1dd1"]], [0.6, 0.4]),
        ("h", "Allergieën"),
        ("p", "Penicilline (huiduitslag)."),
        ("small", "Let op: patiënt gebruikt clopidogrel en acetylsalicylzuur."),
    ],
    label=dict(kinds=["referral", "history"], date="2026-11-12", author="gp", language="nl",
               style="zorgdomein one-column label/value table", referral_question=False, imaging_done="no",
               operated="no", treated_abroad="unmentioned",
               notes="Referral for treatment only: 'Graag behandeling', Vraagstelling field holds 'Verzoek overname behandeling'. "
                     "Has voorgeschiedenis and recent treatments. 'Aanvullend onderzoek: niet verricht'.")))

# ---------------------------------------------------------------- 004 specialist referral, soffice
DOCS.append(dict(stem="nz-004-verwijzing-orthopeed-recidief-cts", fmt="soffice",
    lh=["Rijnstate", "Orthopedie — Hand- en polsteam", "Wagnerlaan 55, 6815 AD Arnhem", "Postbus 9555, 6800 TA Arnhem"],
    lh_right=["Telefoon 088 005 8888", "Ons kenmerk ORTH/2026/18822", "Datum 5 november 2026"],
    footer="Rijnstate Arnhem — Orthopedie — correspondentie in HiX aangemaakt",
    blocks=[
        ("addr", ["Aan de handchirurg, polikliniek second opinion", "", "Kopie: mw. dr. E. Wolters, huisarts, Velp"]),
        ("p", "Arnhem, 5 november 2026"),
        ("p", "Betreft: mevrouw J.C. Evers, geboortedatum 11-03-1968, patiëntnummer 7720145"),
        ("p", "Geachte collega,"),
        ("p", "Graag verwijs ik bovengenoemde patiënte naar u voor een second opinion. Op 19 maart 2025 heb ik bij haar een "
              "open carpale tunnel release rechts verricht wegens een door EMG bevestigd ernstig carpaal tunnelsyndroom. "
              "Peroperatief geen bijzonderheden; het ligamentum carpi transversum werd volledig gekliefd."),
        ("p", "Na een aanvankelijke verbetering van de tintelingen ontstonden vanaf de zomer van 2025 opnieuw nachtelijke "
              "paresthesieën in digiti I–III en pijn in het litteken. Bij onderzoek nu een positief teken van Tinel over het "
              "litteken, twee-puntsdiscriminatie 8 mm aan de radiale zijde van D2, lichte atrofie van de thenar."),
        ("p", "Aanvullend onderzoek: EMG (september 2026) toont een persisterend, ten opzichte van 2025 licht verbeterd "
              "geleidingsverval. Echografie (14 oktober 2026) laat een verdikte n. medianus proximaal van het litteken zien "
              "(CSA 15 mm²) met verlittekening; geen ruimte-innemend proces."),
        ("p", "Ik heb met patiënte een re-exploratie besproken maar ben terughoudend gezien het wisselende beloop. "
              "Patiënte wil voor de beslissing graag de mening van een handchirurg in een gespecialiseerd centrum."),
        ("h", "Vraagstelling"),
        ("p", "Is er sprake van een incomplete release of van verlittekening, en is re-exploratie (eventueel met "
              "hypothenar-vetlap) geïndiceerd?"),
        ("p", "Het operatieverslag van maart 2025, het EMG-verslag en het echoverslag zijn bijgevoegd."),
        ("p", "Met vriendelijke groet,"),
        ("p", "drs. M.P. Goossens\northopedisch chirurg"),
        ("small", "bijlagen: operatieverslag 19-03-2025, EMG 09-2026, echo 14-10-2026"),
    ],
    label=dict(kinds=["referral", "correspondence"], date="2026-11-05", author="specialist", language="nl",
               style="specialist referral letter on hospital letterhead, DOCX converted by LibreOffice",
               referral_question=True, imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="Treating orthopaedic surgeon refers for a second opinion: both referral and specialist correspondence. "
                     "Mentions operation report as enclosure (not included). EMG is not imaging; echo is.")))

# ---------------------------------------------------------------- 005 UK GP referral
DOCS.append(dict(stem="nz-005-uk-gp-referral-distal-radius", fmt="rl",
    lh=["Beechwood Surgery", "Dr A. Patel · Dr R. Collins · Dr H. Nwosu", "14 Beech Grove, Harrogate HG2 0EX",
        "Tel 01423 567 210 · beechwood.surgery@nhs.net"],
    lh_right=["Practice code B82641", "Date: 20 October 2026"], color="#005eb8",
    footer="Beechwood Surgery is part of Harrogate Primary Care Network", pagefmt="Page {p}",
    blocks=[
        ("addr", ["Hand Surgery Department", "Second Opinion Clinic", "The Netherlands"]),
        ("p", "Dear Colleague,"),
        ("p", "Re: Ms Olivia HARTLEY   DOB 11/05/1988   NHS No. 485 221 9034\n"
              "Current address: Biltstraat 77bis, 3572 AM Utrecht, The Netherlands"),
        ("p", "Thank you for seeing Ms Hartley, a 38-year-old primary school teacher who moved to Utrecht in August. She has "
              "asked me to refer her to you for a second opinion regarding her right wrist, as she will be registering with a "
              "Dutch GP only later this year."),
        ("p", "On 19 January 2026 she slipped on ice and sustained a displaced intra-articular distal radius fracture of the "
              "right (dominant) wrist. She underwent open reduction and internal fixation with a volar locking plate at "
              "Harrogate District Hospital on 23 January 2026 (Mr J. Dunmore, Consultant Orthopaedic Surgeon). The fracture "
              "united, but she has persistent pain on the ulnar side of the wrist and clicking on rotation. A CT scan in "
              "July showed a healed fracture with slight radial shortening; the team discussed an ulnar shortening osteotomy "
              "and/or removal of the plate, and she was placed on the waiting list, which she left when she moved."),
        ("p", "I would be grateful for your opinion on whether further surgery is advisable, and which procedure you would "
              "recommend."),
        ("p", "Past medical history: hypothyroidism; laparoscopic appendicectomy 2009.\n"
              "Medication: levothyroxine 75 micrograms od; naproxen 500 mg bd prn.\nAllergies: none known."),
        ("p", "I enclose the operation note, her latest clinic letter and the CT report. Images can be requested from "
              "Harrogate and District NHS Foundation Trust, Radiology."),
        ("p", "Yours sincerely,"),
        ("p", "Dr Rachel Collins MBChB MRCGP\nGeneral Practitioner"),
        ("small", "Enc.: operation note 23/01/2026; orthopaedic clinic letter 28/07/2026; CT report 14/07/2026"),
    ],
    label=dict(kinds=["referral"], date="2026-10-20", author="gp", language="en", style="UK GP referral letter",
               referral_question=True, imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Patient operated in an English hospital (outside NL). Appendicectomy is another body part. "
                     "DOB in UK dd/mm format near the Re: line.")))

# ---------------------------------------------------------------- 006 German Hausarzt, docx
DOCS.append(dict(stem="nz-006-ueberweisung-hausarzt-kleve-rhizarthrose", fmt="docx",
    lh=["Gemeinschaftspraxis Dr. med. Heike Brandt & Jan Pohl", "Fachärzte für Allgemeinmedizin",
        "Hagsche Straße 34 · 47533 Kleve · Tel. +49 2821 17 44 0"],
    lh_right=["BSNR 381234500", "LANR 748211301"], footer="Gemeinschaftspraxis Brandt & Pohl · Kleve",
    blocks=[
        ("p", "Kleve, den 28.10.2026"),
        ("addr", ["An die Handchirurgie", "Zweitmeinungssprechstunde", "Niederlande"]),
        ("p", "Überweisung zur Zweitmeinung\nPatient: Herr Hendrik Janssen, geb. 09.12.1966\n"
              "wohnhaft: Tiergartenstraße 11, 47559 Kranenburg"),
        ("p", "Sehr geehrte Kolleginnen und Kollegen,"),
        ("p", "wir überweisen Ihnen Herrn Janssen, niederländischer Staatsbürger, seit 2011 in Kranenburg wohnhaft und als "
              "Schreiner in Nijmegen tätig, mit der Bitte um eine Zweitmeinung."),
        ("h", "Diagnosen"),
        ("p", "Rhizarthrose rechts (Eaton III), Rhizarthrose links (Eaton II)\nArterielle Hypertonie\nZ. n. Nikotinabusus"),
        ("h", "Anamnese"),
        ("p", "Seit etwa zwei Jahren zunehmende belastungsabhängige Schmerzen im Daumensattelgelenk rechts, inzwischen auch "
              "Ruheschmerz. Kraftverlust beim Greifen, Probleme bei der Arbeit. Zwei Kortisoninfiltrationen (03/2025, 01/2026) "
              "mit jeweils nur kurzer Besserung, Daumenorthese nachts."),
        ("p", "Röntgenaufnahmen beider Hände wurden am 15.09.2026 in der radiologischen Abteilung des St.-Antonius-Hospitals "
              "Kleve angefertigt. Der dortige Handchirurg hat ihm in der Sprechstunde eine Resektionsarthroplastik nach "
              "Epping empfohlen. Bisher keine Operation an den Händen."),
        ("h", "Fragestellung"),
        ("p", "Der Patient wünscht vor einer Entscheidung eine Zweitmeinung in den Niederlanden: Ist die Resektions-"
              "arthroplastik das Verfahren der Wahl, oder kommt bei seinem Beruf eine Prothese bzw. Arthrodese in Frage?"),
        ("h", "Medikation"),
        ("p", "Candesartan 8 mg 1-0-0, Ibuprofen 600 mg bei Bedarf"),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("p", "Dr. med. Heike Brandt\nFachärztin für Allgemeinmedizin"),
        ("small", "Anlagen: Röntgenbefund vom 15.09.2026, Arztbrief St.-Antonius-Hospital vom 02.10.2026"),
    ],
    label=dict(kinds=["referral"], date="2026-10-28", author="gp", language="de", style="German Hausarzt Überweisung, docx",
               referral_question=True, imaging_done="yes", operated="no", treated_abroad="yes",
               notes="German GP; X-rays and consultation in a German hospital (outpatient care abroad). "
                     "'Bisher keine Operation an den Händen'. Question under 'Fragestellung'.")))

# ---------------------------------------------------------------- 007 GP fax letter Dupuytren recurrence
DOCS.append(dict(stem="nz-007-faxbrief-huisarts-dupuytren-recidief", fmt="rl",
    fax="24-11-2026 10:42   FAX 071-4012345   HAP DUINZICHT KATWIJK        P.{p}/2",
    lh=["Huisartsenpraktijk Duinzicht", "drs. W. Schaap · dr. I. Verhoef-Kuiper", "Boulevard 118, 2225 HE Katwijk",
        "tel. 071-4012340 · fax 071-4012345"],
    lh_right=["Katwijk, 24-11-2026"], serif=True, color="#333333", pagefmt="{p}",
    blocks=[
        ("addr", ["Aan: polikliniek Handchirurgie", "t.a.v. second opinion spreekuur"]),
        ("p", "Betreft: dhr. C. (Kees) van der Plas, geb. 30-04-1948\nZeeweg 9, 2224 CA Katwijk"),
        ("p", "Geachte collega,"),
        ("p", "Graag vraag ik uw second opinion voor de heer Van der Plas, 78 jaar, gepensioneerd timmerman, rechtshandig."),
        ("p", "Hij heeft bekende ziekte van Dupuytren aan beide handen. In maart 2019 onderging hij in het Alrijne Ziekenhuis "
              "te Leiderdorp een partiële fasciëctomie van de linkerhand (digiti IV en V). Het resultaat was destijds goed. "
              "Sinds ongeveer anderhalf jaar is er een recidief met flexiecontractuur van de pink links: MCP 30°, PIP 60°. "
              "Hij blijft haken bij het in de zak steken van zijn hand en het handen geven gaat lastig."),
        ("p", "De plastisch chirurg in Leiderdorp heeft een nieuwe fasciëctomie, eventueel met huidtransplantaat, voorgesteld. "
              "Patiënt heeft op internet gelezen over naaldfasciotomie en vraagt zich af of dat bij hem mogelijk is. "
              "Graag uw oordeel over de behandelopties bij dit recidief: opnieuw opereren, naaldfasciotomie, of (nog) niets doen?"),
        ("p", "Voorgeschiedenis: atriumfibrilleren (apixaban), TURP 2017, staaroperatie beiderzijds 2021. Geen diabetes. "
              "Alcohol: 2 glazen per dag."),
        ("pb",),
        ("p", "Medicatie: apixaban 5 mg 2dd1, metoprolol 50 mg 1dd1, tamsulosine 0,4 mg 1dd1."),
        ("p", "Het operatieverslag uit 2019 heb ik bij het ziekenhuis opgevraagd en stuur ik mee."),
        ("p", "Met collegiale groet,"),
        ("p", "I. Verhoef-Kuiper, huisarts"),
    ],
    label=dict(kinds=["referral"], date="2026-11-24", author="gp", language="nl",
               style="GP letter printed from fax, fax header on every page, serif", referral_question=True,
               imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
               notes="Earlier fasciectomy of the same hand (2019); new operation only proposed. Fax header carries the date. "
                     "Question phrased as 'Graag uw oordeel' inside prose.")))

# ---------------------------------------------------------------- 008 Zorgdomein plain text export
DOCS.append(dict(stem="nz-008-zorgdomein-export-cts-zwangerschap", fmt="txt", text="""
==================================================================
ZORGDOMEIN - VERWIJZING
Product      : Second opinion handchirurgie
Verzonden    : 30-11-2026 09:58
ZD-nummer    : ZD45012277
==================================================================

PATIENT
  Naam             : El Amrani, F.
  Geboortedatum    : 18-06-1990
  Geslacht         : V
  Adres            : Kanaalweg 61-II, 3526 KL Utrecht
  Verzekering      : Menzis 118245770

VERWIJZER
  Naam             : K. de Groot, huisarts
  Praktijk         : Gezondheidscentrum Hoograven, Utrecht
  AGB              : 01-063318
  Telefoon         : 030-2887430 (terugbellijn 030-2887439)

------------------------------------------------------------------
REDEN VAN VERWIJZING
Tintelingen en doof gevoel duim t/m middelvinger rechts, ontstaan
in het derde trimester van de zwangerschap (bevalling 14-03-2026).
Verwacht was herstel na de bevalling, maar de klachten zijn eerder
toegenomen. 's Nachts wakker, laat dingen vallen. Geeft borstvoeding
tot voor kort. Klinisch carpaal tunnel syndroom rechts.

VRAAGSTELLING
Second opinion. In het eigen ziekenhuis werd direct een operatie
voorgesteld; patiente wil weten of eerst een nachtspalk en/of
injectie verantwoord is, of dat operatie nu geindiceerd is.

RELEVANTE VOORGESCHIEDENIS
  2018  P74 angststoornis, CGT, hersteld
  2025  W84 zwangerschapsdiabetes
  2026  W92 sectio caesarea (14-03-2026)
  2026  N93 carpaal tunnel syndroom rechts

RECENTE BEHANDELINGEN
  12-05-2026  consult HA: polsspalk 's nachts geadviseerd, gedeeltelijk effect
  09-09-2026  consult plastische chirurgie Diakonessenhuis: operatie
              voorgesteld, patiente wilde bedenktijd
  04-11-2026  consult HA: klachten progressief, wens second opinion
  Echo n. medianus aangevraagd, afspraak 8 december 2026.
  Geen opname in een buitenlands ziekenhuis.

MEDICATIE
  Ferrofumaraat 200 mg 1dd1
  Paracetamol zn

ALLERGIEEN / CONTRA-INDICATIES
  Geen bekend

BIJLAGEN
  Geen
==================================================================
Afgedrukt: 30-11-2026 10:03 door gebruiker KDG
""", label=dict(kinds=["referral", "history"], date="2026-11-30", author="gp", language="nl",
               style="ZorgDomein plain-text export (no diacritics)", referral_question=True,
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="no",
               notes="Echo only requested/planned. Operation only proposed; sectio caesarea is another body part. "
                     "Explicit 'Geen opname in een buitenlands ziekenhuis'. Has voorgeschiedenis + recente behandelingen.")))
