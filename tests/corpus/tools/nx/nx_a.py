"""nx-001 .. nx-012: Dutch GP referrals, HIS printouts, hospital letters, OK and radiology."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from nx_common import make, make_raw, lab

# 001 Zorgdomein referral with its own history section ------------------------------------
make("nx-001-zd-second-opinion-tfcc", "pdf", [
    ("lh", ["Huisartsenpraktijk De Lindeboom", "Lindelaan 14", "2035 KL Haarlem", "AGB 01-054321"],
     ["ZorgDomein", "Verwijzing nr. ZD-8817-2201", "Aangemaakt: 12-11-2026 10:41"]),
    ("title", "Second opinion handchirurgie"),
    ("kv", [("Patiënt", "mw. S.A. Verhoef-Kramer"), ("Geboortedatum", "14-03-1971"),
            ("BSN", "XXX-XX-8812"), ("Verzekering", "Zilveren Kruis, 99283311"),
            ("Verwijzer", "J.P. Mulder, huisarts"), ("Datum verwijzing", "12-11-2026"),
            ("Specialisme", "Handchirurgie"), ("Urgentie", "Regulier")], 2),
    ("h", "Reden van verwijzing"),
    ("p", "Sinds februari 2026 pijn ulnaire zijde pols rechts na val van de fiets. Klikken bij draaien "
          "van de onderarm, krachtverlies bij optillen van pannen. Echo pols rechts (Spaarne Gasthuis, "
          "29-04-2026): degeneratieve laesie TFCC, geen effusie. Orthopeed adviseerde brace en "
          "fysiotherapie; klachten persisteren."),
    ("h", "Vraagstelling"),
    ("p", "Patiënte wenst een second opinion. Is er bij aanhoudende klachten nog een operatieve optie, "
          "of is verder conservatief beleid het beste?"),
    ("kv", [("Relevante voorgeschiedenis", "2004 appendectomie\n2018 diabetes mellitus type 2\n"
             "2021 epicondylitis lateralis links (conservatief)"),
            ("Recente behandelingen", "05-2026 corticosteroïdinjectie pols re (orthopedie Spaarne Gasthuis)\n"
             "06-2026 t/m 10-2026 handtherapie, 14 zittingen\n09-2026 polsbrace op maat\n"
             "Niet geopereerd aan de pols."),
            ("Medicatie", "metformine 500 mg 2dd1; naproxen 250 mg zo nodig"),
            ("Allergieën", "Geen bekend"),
            ("Episodelijst", "L11 Pols symptomen/klachten re (02-2026)\nT90 Diabetes mellitus (2018)")], 1),
    ("small", "Deze verwijzing is digitaal verstuurd via ZorgDomein en is zonder handtekening geldig."),
], lab(["referral", "history"], "2026-11-12", "gp", "nl", "zorgdomein two-column form, history fields",
       q=True, img="yes", op="no", ab="unmentioned",
       notes="Zorgdomein with Relevante voorgeschiedenis + Recente behandelingen as label/value table; "
             "question only under Vraagstelling; no salutation; birth date in the same two-column block "
             "as the referral date; appendectomy is another body part; 'Niet geopereerd aan de pols' in "
             "the treatments field."),
    footer="Huisartsenpraktijk De Lindeboom - pagina {page} van {total}")

# 002 free GP letter, docx --------------------------------------------------------------
make("nx-002-gp-brief-cmc1-mening", "docx", [
    ("p", "Haarlem, 4 november 2026"),
    ("addr", ["Aan: Handkliniek Zuid-Kennemerland", "t.a.v. dr. E. Brouwer, plastisch chirurg",
              "Postbus 4410", "2003 EK Haarlem"]),
    ("inl", "Betreft:", "mw. G.H. de Wit, geb. 02-11-1958, Kleverparkweg 71, Haarlem"),
    ("sp",),
    ("p", "Geachte collega,"),
    ("p", "Hierbij verwijs ik u mevrouw De Wit, 68 jaar, met al jaren toenemende pijn aan de basis van "
          "de linker duim. Op de röntgenfoto's van 14-09-2026 (Spaarne Gasthuis) is volgens het verslag "
          "sprake van gevorderde artrose van het CMC-1 gewricht, Eaton stadium III. Een spalk en twee "
          "injecties hebben maar kort verlichting gegeven."),
    ("p", "De orthopeed heeft haar een trapeziectomie voorgesteld. Mevrouw twijfelt: zij is in 2012 aan "
          "haar rechter knie geopereerd en heeft daar lang last van gehad. Zij wil daarom eerst een "
          "tweede mening. Mijn vraag aan u: is een operatie nu de aangewezen stap, of zijn er nog "
          "zinvolle conservatieve opties? En zo ja, welke ingreep zou u adviseren?"),
    ("p", "Medicatie: paracetamol 1 g 3dd, omeprazol 20 mg. Geen allergieën bekend."),
    ("p", "Het röntgenverslag en de brief van de orthopeed stuur ik u separaat toe."),
    ("p", "Met vriendelijke groet,"),
    ("p", "\n\nA. Bakker, huisarts\nHuisartsenpraktijk Kleverpark"),
    ("small", "cc: patiënte"),
], lab(["referral"], "2026-11-04", "gp", "nl", "free GP letter in Word, place+date line",
       q=True, img="yes", op="unmentioned", ab="unmentioned",
       notes="Birth date 02-11-1958 is two days' digits away from the letter date; operation only "
             "proposed; a knee operation in 2012 is another body part; enclosures mentioned but not "
             "included."),
    header="Huisartsenpraktijk Kleverpark | Kleverparkweg 2 | 2023 CA Haarlem | 023-5251100",
    footer="AGB 01-077122 - IBAN NL00 RABO 0123 4567 89")

# 003 referral for treatment only, text export ---------------------------------------------
make_raw("nx-003-verwijzing-triggerfinger-zonder-vraag", """
ZorgMail bericht                                    Verzonden: 28 okt. 2026 16:02
Van:   Gezondheidscentrum Oosterpoort, huisarts R. Kuipers
Aan:   Polikliniek Handchirurgie
-------------------------------------------------------------------------------
VERWIJSBRIEF

Patient     : dhr. T. (Tjeerd) Hoekstra
Geb.datum   : 19-10-1966
Adres       : Oosterstraat 12a, 9711 NR Groningen
Verzekeraar : Menzis

Datum       : 28 okt. 2026

Reden verwijzing:
Triggerfinger dig III rechts, sinds mei 2026. Twee keer geïnjiceerd met
triamcinolon (juni en september), beide keren slechts enkele weken effect.
Geen aanvullend onderzoek verricht, niet nodig geacht.

Verzoek: graag behandeling (ringbandklieving).

Voorgeschiedenis: hypertensie, jicht.
Medicatie: amlodipine 5 mg 1dd1, allopurinol 100 mg 1dd1.

Met collegiale groet,
R. Kuipers, huisarts
""", lab(["referral"], "2026-10-28", "gp", "nl", "ZorgMail text export referral",
         q=False, img="no", op="unmentioned", ab="unmentioned",
         notes="A referral for treatment with no question and no second-opinion request: "
               "referral_question false. Send date and letter date the same; birth date 19-10. "
               "'ringbandklieving' is the requested treatment, not an event."))

# 004 HIS professionele samenvatting -----------------------------------------------------
make_raw("nx-004-his-professionele-samenvatting", """
PROFESSIONELE SAMENVATTING                                 Datum uitdraai: 20-11-2026
Huisartsenpraktijk Het Anker, Zeestraat 40, 1941 AK Beverwijk          Pagina 1 van 3
Patiënt: dhr. K.W. Schouten          Geboren: 21-11-1979          M
Huisarts: M. de Groot                 Verzekerd: VGZ 11920344

EPISODELIJST (actief)
  N93  Carpaal tunnel syndroom re           begin 03-2024
  L87  Tendovaginitis de Quervain li         begin 08-2026
  K86  Essentiële hypertensie                begin 2019
EPISODELIJST (inactief)
  S18  Snijwond onderarm li                  2015
  D88  Appendicitis, appendectomie           1994

MEDICATIE
  lisinopril 10 mg 1dd1          sinds 2019
  diclofenac 50 mg zn max 3dd     sinds 08-2026

JOURNAAL (laatste 12 maanden, episode N93/L87)
14-01-2026  S: sinds een paar mnd weer tintelingen dig 1-3 re, vooral 's nachts.
               Is in juni 2025 aan deze hand geopereerd (CTS-release, Rode Kruis
               Ziekenhuis Beverwijk), daarna 1 jaar klachtenvrij.
            O: Tinel +, Phalen + re. Geen thenaratrofie.
            E: recidief CTS re?
            P: nachtspalk, afwachten 6 wk.
03-03-2026  S: spalk helpt onvoldoende.
            P: Verwijzing neurologie voor EMG.
22-04-2026  Brief specialist ontvangen: neurologie RKZ. EMG: matig ernstig CTS re,
            vergelijkbaar met preoperatief 2025.
11-06-2026  S: vakantie Portugal gehad, daar geen arts bezocht. Klachten gelijk.
            P: overleg met pt: verwijzing plastische chirurgie.
            Verwijzing plastische chirurgie RKZ (ZorgDomein).
09-09-2026  Brief specialist ontvangen: plastische chirurgie. Echo pols re
            (02-09-2026): zwelling n. medianus proximaal van de carpale tunnel,
            littekenweefsel. Re-operatie besproken, pt wil bedenktijd.
27-08-2026  S: pijn radiale pols li bij tillen kleinkind. O: Finkelstein +.
            E: tendovaginitis de Quervain li. P: rust, diclofenac zn.
                                                           Pagina 2 van 3
Patiënt: dhr. K.W. Schouten          Geboren: 21-11-1979
07-10-2026  S: Quervain li beter. CTS re onveranderd, wil graag een second
               opinion voordat hij instemt met een tweede operatie.
            P: info gegeven over second opinion, pt neemt zelf contact op.
20-11-2026  Uitdraai samenvatting t.b.v. second opinion.

ALLERGIEËN / CONTRA-INDICATIES
  Geen bekend.

FAMILIE
  Vader: reuma.  Moeder: geopereerd aan beide handen (CTS).
                                                           Pagina 3 van 3
Einde uitdraai
""", lab(["history"], "2026-11-20", "gp", "nl", "HIS professionele samenvatting with episode list and SOEP journal",
         img="yes", op="yes", ab="no",
         notes="Print date 20-11-2026 and birth date 21-11-1979 on the same line; operated in 2025 "
               "for the same complaint (CTS release) mentioned in journal S-line; re-operation only "
               "discussed; mother's hand operations are another person; holiday Portugal without care; "
               "journal lines out of chronological order; page headers repeated."))

# 005 HIS journal with fax header, fpdf2 --------------------------------------------------
make("nx-005-his-journaal-antalya", "fpdf", [
    ("lh", ["Huisartsenpraktijk Vleuterweide", "Utrechtseweg 301", "3451 GS Vleuten"],
     ["Tel. 030-6771200", "Datum uitdraai: 30-11-2026", "Uitgevoerd door: assistente"]),
    ("title", "Uitdraai journaal"),
    ("kv", [("Naam", "Mw. Y. El Idrissi"), ("Geboortedatum", "07-12-1990"), ("Periode", "01-06-2026 t/m 30-11-2026")]),
    ("table", [["Datum", "Code", "Regel"],
               ["12-06-2026", "A97", "S: controle, geen klachten. P: -"],
               ["04-08-2026", "L74", "S: Op vakantie in Turkije (Antalya) op 21-07 gevallen op uitgestrekte rechterhand. "
                                       "Gezien op de spoedeisende hulp van een privéziekenhuis in Antalya: foto's gemaakt, "
                                       "distale radiusfractuur re, gesloten gereponeerd en circulair gips. Geen operatie."],
               ["04-08-2026", "L74", "O: gips goed, vingers warm en goed beweeglijk. E: radiusfractuur re, conservatief. "
                                       "P: verwijzing gipskamer/SEH St. Antonius voor controle; verslag Turkije meegegeven."],
               ["18-08-2026", "L74", "Brief specialist ontvangen: SEH St. Antonius. Controlefoto 11-08: stand behouden."],
               ["15-09-2026", "L74", "S: gips eraf, stijve pols. P: fysiotherapie."],
               ["27-10-2026", "L74", "S: pijn en klikken ulnair re, kan niet steunen. O: drukpijn fovea. "
                                       "E: persisterende klachten na radiusfractuur. P: pt wil second opinion handchirurg; "
                                       "MRSA-screening aangevraagd i.v.m. ziekenhuiscontact buitenland."],
               ["06-11-2026", "", "Uitslag MRSA-screening: negatief (zie lab)."],
               ["30-11-2026", "", "Uitdraai journaal t.b.v. verwijzing."]], [24, 14, 132]),
    ("small", "Dit is een uitdraai uit het HIS. Niet alle regels zijn opgenomen."),
], lab(["history"], "2026-11-30", "gp", "nl", "HIS journal table, fpdf2, fax header",
       img="yes", op="no", ab="yes",
       notes="Journal table with long cells; treated at an emergency department in Antalya (abroad yes); "
             "'Geen operatie' explicit; MRSA result only mentioned in a journal line (not a lab result); "
             "fax header with a different date than print date; birth date 07-12."),
    fax="30/11/2026 15:44  VAN: HAP VLEUTERWEIDE  +31306771209   NAAR: 0235551234   P.{page}")

# 006 GP summary letter, older, docx ------------------------------------------------------
make("nx-006-gp-samenvatting-dupuytren", "docx", [
    ("p", "Datum: 2 maart 2026"),
    ("addr", ["Polikliniek Handchirurgie", "Alrijne Ziekenhuis", "Simon Smitweg 1", "2353 GA Leiderdorp"]),
    ("inl", "Betreft:", "samenvatting medische voorgeschiedenis dhr. P.J. van Leeuwen, °09-05-1952"),
    ("p", "Geachte collega,"),
    ("p", "Op verzoek van patiënt stuur ik u een samenvatting van zijn voorgeschiedenis."),
    ("table", [["Jaar", "Voorgeschiedenis"],
               ["1998", "Myocardinfarct, PCI"],
               ["2010", "Ziekte van Dupuytren beide handen, familiair (vader en broer)"],
               ["2023", "Partiële fasciectomie dig IV en V rechts (Alrijne, dr. Faber), ongecompliceerd"],
               ["2024", "Atriumfibrilleren, gestart met apixaban"],
               ["2025", "Recidief strengen dig V rechts, extensiedeficit PIP 40 graden"]], None),
    ("sec", "Recente behandelingen", "Januari 2026 naaldfasciotomie dig V rechts in onze praktijk overwogen maar "
            "niet verricht vanwege antistolling. Beeldvorming is niet verricht. Handtherapie via "
            "Fysio Leiderdorp, nachtspalk."),
    ("sec", "Medicatie", "apixaban 5 mg 2dd1, metoprolol 50 mg 1dd1, atorvastatine 40 mg 1dd1"),
    ("p", "Met vriendelijke groet,\n\nH. Zwart, huisarts"),
], lab(["history"], "2026-03-02", "gp", "nl", "GP summary letter with history table, header/footer letterhead",
       img="no", op="yes", ab="unmentioned",
       notes="Letter is 9 months old (not recent); history as a Word table; previous fasciectomy on the "
             "same hand counts as operated; needle fasciotomy considered but 'niet verricht'; "
             "'Beeldvorming is niet verricht' (no imaging); birth date written with a degree sign."),
    header="Huisartsenpraktijk De Bloemerd - Hoofdstraat 88 - 2351 AK Leiderdorp",
    footer="Tel 071-5891234 - www.debloemerd.example - pagina {page}")

# 007 outpatient letter plastic surgery -----------------------------------------------------
make("nx-007-poli-plastische-sl-ligament", "pdf", [
    ("lh", ["Rijnstate", "Plastische, Reconstructieve en Handchirurgie", "Wagnerlaan 55", "6815 AD Arnhem"],
     ["Ons kenmerk: PLC/ 4471092", "Datum: 15 oktober 2026", "Telefoon poli: 088-0058888"]),
    ("addr", ["Weledelgeleerde heer", "Dr. F.M. Hendriks, huisarts", "Steenstraat 2", "6828 CA Arnhem"]),
    ("inl", "Betreft:", "dhr. L. Janssen, geboren 30-09-1994, patiëntnr. 4471092"),
    ("p", "Geachte collega Hendriks,"),
    ("p", "Op 13-10-2026 zagen wij uw patiënt op het spreekuur."),
    ("sec", "Anamnese", "Rechtshandige timmerman, 32 jaar. In juni 2026 van een steiger gevallen, "
            "opgevangen met de rechterhand. Sindsdien pijn dorsaal in de pols en een klunk bij "
            "knijpen. Niet eerder aan de pols geopereerd. Geen relevante voorgeschiedenis."),
    ("sec", "Lichamelijk onderzoek", "Zwelling dorsaal scafolunair. Watson-test positief rechts. "
            "Knijpkracht 28 kg rechts, 49 kg links."),
    ("sec", "Aanvullend onderzoek", "MRI pols rechts d.d. 01-10-2026 (radiologie Rijnstate): "
            "'complete ruptuur van het dorsale deel van het scafolunaire ligament, scafolunaire "
            "diastase van 4 mm, geen artrose'."),
    ("sec", "Conclusie", "Scafolunaire ligamentruptuur rechts, dynamisch instabiel."),
    ("sec", "Beleid", "Wij hebben een ligamentreconstructie besproken, met de kans op blijvende "
            "stijfheid. Patiënt wil hier eerst over nadenken en overweegt een second opinion. "
            "Hij neemt contact op voor een vervolgafspraak."),
    ("p", "Met vriendelijke groet,"),
    ("p", "drs. N. Oudshoorn, physician assistant\nnamens dr. R.W. van Gelder, plastisch chirurg"),
    ("small", "cc: patiënt\nDit document is elektronisch geautoriseerd."),
], lab(["correspondence"], "2026-10-15", "specialist", "nl", "HiX-like outpatient letter, reportlab letterhead",
       img="yes", op="no", ab="unmentioned",
       notes="Visit date 13-10 and letter date 15-10; MRI quoted in Aanvullend onderzoek (not a radiology "
             "report); surgery only discussed; 'Niet eerder aan de pols geopereerd'; signed by a PA."),
    footer="Rijnstate - Plastische, Reconstructieve en Handchirurgie - pagina {page}/{total}")

# 008 outpatient orthopaedics docx, previous op in Belgium --------------------------------
make("nx-008-poli-orthopedie-ganglion-recidief", "docx", [
    ("kv", [("Datum", "22-10-2026"), ("Ons kenmerk", "ORT-22/10-JV"), ("Uw kenmerk", "-")], 1),
    ("addr", ["Aan de huisarts", "mw. drs. C. Lammers", "Gezondheidscentrum Sluis", "Nieuwstraat 3", "4524 CM Sluis"]),
    ("inl", "Betreft:", "mw. E. De Smet, geb. 22-01-1985"),
    ("p", "Geachte collega,"),
    ("p", "Mevrouw De Smet bezocht onze polikliniek orthopedie in verband met een zwelling aan de "
          "dorsale zijde van de linker pols."),
    ("h", "Anamnese"),
    ("p", "Tot 2025 woonachtig in Brugge. In maart 2024 werd daar in het AZ Sint-Jan een ganglion "
          "dorsaal aan de linker pols verwijderd. Sinds de zomer 2026 opnieuw een zwelling op dezelfde "
          "plek, pijnlijk bij steunen (yoga)."),
    ("h", "Onderzoek"),
    ("p", "Litteken dorsaal pols li, daaronder een vaste, gladde zwelling van 1,5 cm. Volledige "
          "beweeglijkheid, geen sensibele stoornissen."),
    ("h", "Conclusie"),
    ("p", "Recidief ganglion pols links, status na excisie 2024."),
    ("h", "Beleid"),
    ("p", "Ter bevestiging vragen wij een echo aan. Bij bevestiging kan opnieuw een excisie worden "
          "overwogen, maar gezien het recidief zouden wij eerst een punctie adviseren. Mevrouw wil "
          "daarnaast graag het oordeel van een gespecialiseerde handkliniek; daar hebben wij geen bezwaar tegen. "
          "Het operatieverslag uit Brugge is opgevraagd."),
    ("p", "Met collegiale groet,\n\nJ. Verhulst, orthopedisch chirurg"),
    ("small", "Kopie: patiënte"),
], lab(["correspondence"], "2026-10-22", "specialist", "nl", "orthopaedic outpatient letter, kv header table in Word",
       img="unmentioned", op="yes", ab="yes",
       notes="Ultrasound only requested (imaging unmentioned); prior excision of the same ganglion in a "
             "Belgian hospital = operated yes and treated abroad yes; letter does not refer onward "
             "(only 'no objection'), so not a referral; operation report requested, not enclosed."),
    header="ZorgSaam Ziekenhuis Zeeuws-Vlaanderen - Orthopedie - Wielingenlaan 2, Terneuzen",
    footer="Pagina {page} van {total}")

# 009 discharge letter with full operation section (LibreOffice PDF) ----------------------
make("nx-009-ontslagbrief-radius-plaat", "lo", [
    ("lh", ["Amphia", "Afdeling Traumatologie / Heelkunde", "Molengracht 21", "4818 CK Breda"],
     ["Datum: 05-11-2026", "Opname: 02-11-2026", "Ontslag: 04-11-2026"]),
    ("title", "Klinische brief"),
    ("addr", ["Aan: dhr. W. Peeters, huisarts", "Huisartsenpraktijk Ginneken, Breda"]),
    ("inl", "Patiënt:", "mw. J.M. Dekkers-Rovers, geb. 04-11-1949"),
    ("sec", "Opnamediagnose", "Dislocerende intra-articulaire distale radiusfractuur links (AO 23-C2)."),
    ("sec", "Beloop", "Patiënte kwam op 01-11-2026 op de SEH na een val van de trap. Röntgenfoto en "
            "CT pols links bevestigden een intra-articulaire fractuur met dorsale kanteling van 25 graden. "
            "Op 02-11-2026 geopereerd, postoperatief ongecompliceerd beloop. Controlefoto goede stand."),
    ("h", "Operatie"),
    ("kv", [("Datum operatie", "02-11-2026"), ("Operateur", "dr. M.A. Smulders, traumachirurg"),
            ("Assistent", "A. Koç, AIOS heelkunde"), ("Anesthesie", "Plexus axillaris, sedatie"),
            ("Ingreep", "Open repositie en interne fixatie distale radius links met volaire hoekstabiele plaat")]),
    ("p", "Verloop: bloedleegte bovenarm 250 mmHg. Henry-benadering, m. pronator quadratus "
          "gelift. Repositie van de gewrichtsfragmenten onder doorlichting, tijdelijke K-draden. Plaatsing "
          "volaire plaat (3 distale rijen schroeven). Doorlichting: congruent gewrichtsvlak, geen "
          "intra-articulaire schroeven. Sluiten in lagen, intracutaan. Complicaties: geen. "
          "Nabehandeling: drukverband, onderarmspalk 2 weken, daarna handtherapie."),
    ("sec", "Medicatie bij ontslag", "paracetamol 1000 mg 4dd, oxycodon 5 mg zo nodig max 4dd (5 dagen)"),
    ("sec", "Beleid", "Controle gipskamer en poli traumatologie over 12 dagen (wondcontrole, hechtingen "
            "verwijderen). Bij toenemende pijn of tintelingen contact opnemen."),
    ("p", "Met vriendelijke groet,\n\nA. Koç, AIOS heelkunde, i.o.v. dr. M.A. Smulders"),
    ("small", "cc: patiënte; poli handtherapie"),
], lab(["correspondence", "operation-report"], "2026-11-05", "specialist", "nl",
       "klinische brief with embedded operation form, LibreOffice from DOCX",
       img="yes", op="yes", ab="unmentioned", also=None,
       notes="Combined discharge letter + full operation section (date, operator, procedure, course). "
             "Four dates in the head: letter 05-11, admission 02-11, discharge 04-11, birth 04-11-1949."))

# 010 OK verslag form, reportlab ----------------------------------------------------------
make("nx-010-okverslag-trapeziectomie", "pdf", [
    ("lh", ["Bergman Clinics", "Locatie Hand & Pols Rijswijk", "Jan Thijssenweg 2", "2289 AA Rijswijk"],
     ["OK-VERSLAG", "Patiëntnr. 0088213", "Episode HAN-2026-1187"]),
    ("table", [["Veld", "Gegevens"],
               ["Patiënt", "mw. M.C. Vos, 11-02-1961"],
               ["Datum operatie", "17-09-2026"],
               ["Operateur", "dr. S. Kuiper, plastisch chirurg"],
               ["Assistent", "T. de Jong, OK-assistent"],
               ["Anesthesie", "Plexusanesthesie (supraclaviculair) door anesthesioloog drs. P. Wang"],
               ["Zijde", "Rechts"],
               ["Indicatie", "Pijnlijke CMC-1 artrose re, radiologisch Eaton III-IV; conservatief uitbehandeld"],
               ["Ingreep", "Trapeziectomie met ligamentreconstructie en peesinterpositie (FCR-hemipees)"],
               ["Beschrijving", "Bloedleegte. Dorsoradiale incisie, sparen takken n. radialis superficialis. "
                                "Kapsel geopend, trapezium in delen verwijderd. FCR half geoogst, door boorgat "
                                "basis MC-I gehaald en als anchovy geïnterponeerd. Kapsel gesloten, huid met "
                                "Monocryl 4-0."],
               ["Bloedverlies", "Minimaal"],
               ["Complicaties", "Geen"],
               ["PA", "Niet ingestuurd"],
               ["Nabehandeling", "Gipsspalk 2 wk, daarna duimbrace en handtherapie 6 wk. Controle 2 wk."]],
     [40, 130]),
    ("p", "Geautoriseerd door dr. S. Kuiper op 17-09-2026 16:20"),
], lab(["operation-report"], "2026-09-17", "specialist", "nl", "operation report as a two-column grid table",
       img="yes", op="yes", ab="unmentioned",
       notes="No title line in the body except letterhead right column 'OK-VERSLAG'; all fields in a grid "
             "table; 'radiologisch Eaton III-IV' implies imaging; print footer date differs."),
    footer="Afgedrukt: 18-09-2026 08:12 door secretariaat - pagina {page} van {total}")

# 011 operatieverslag docx, flexor tendon, no imaging ----------------------------------------
make("nx-011-operatieverslag-buigpees", "docx", [
    ("lh", ["Maasstad Ziekenhuis", "Chirurgie - Sectie Handchirurgie", "Maasstadweg 21, 3079 DZ Rotterdam"],
     ["Operatieverslag", "Datum: 3 augustus 2026"]),
    ("kv", [("Patiënt", "dhr. D. Ramdin"), ("Geboortedatum", "30-08-2001"),
            ("Operatiedatum", "03-08-2026"), ("Operateur", "dr. B. Lindhout"),
            ("Anesthesie", "WALANT (lokaal, geen bloedleegte)"),
            ("Diagnose", "Snijletsel volair dig II links zone II, complete doorsnijding FDP en FDS")], 2),
    ("h", "Ingreep"),
    ("p", "Primair peesherstel FDP (4-strands Adelaide + epitendineus) en FDS, herstel A2-venting. "
          "Geen preoperatieve beeldvorming (niet geïndiceerd). Nn. digitales intact."),
    ("h", "Verloop"),
    ("p", "Bruner-incisie. Peesstompen opgezocht, proximale stomp in de handpalm teruggevonden. Actieve "
          "buiging intra-operatief gecontroleerd: glijden zonder haperen. Huid gesloten met Ethilon 5-0."),
    ("h", "Nabehandeling"),
    ("p", "Dorsale blokkerende spalk, start vroeg actief oefenen (handtherapie) dag 3. Cave: patiënt "
          "eerder geopereerd aan linker schouder (Bankart 2021), geen relevantie."),
    ("p", "B. Lindhout, plastisch chirurg"),
], lab(["operation-report"], "2026-08-03", "specialist", "nl", "operatieverslag docx with two-pair kv table",
       img="no", op="yes", ab="unmentioned",
       notes="Labels and values in a 4-column Word table; 'Geen preoperatieve beeldvorming' = imaging no; "
             "shoulder operation is another body part; birth date 30-08 near operation date 03-08."))

# 012 radiology X-ray report --------------------------------------------------------------
make("nx-012-radiologie-xpols-scaphoid", "pdf", [
    ("lh", ["Spaarne Gasthuis", "Afdeling Radiologie", "Spaarnepoort 1", "2134 TM Hoofddorp"],
     ["Aanvrager: dr. K. Tan, Orthopedie", "Afdeling: SEH/Orthopedie", "Accessionnr: HD26-998123"]),
    ("kv", [("Patiënt", "dhr. B.J. Koster"), ("Geb. datum", "08-11-2003"),
            ("Onderzoek", "X-pols rechts + scaphoidserie"), ("Datum onderzoek", "06-11-2026"),
            ("Datum verslag", "07-11-2026"), ("Radioloog", "dr. I. Moerman")], 2),
    ("sec", "Klinische gegevens / vraagstelling", "Val op uitgestrekte hand tijdens voetbal, drukpijn "
            "tabatière. Scaphoidfractuur?"),
    ("sec", "Verslag", "Vergeleken met opname van 12-02-2024 (destijds distale radiusfractuur, "
            "conservatief behandeld, thans geconsolideerd). Geen fractuurlijn in het os scaphoideum in vier "
            "richtingen. Geen verbreding van de scafolunaire spleet. Normale carpale uitlijning. "
            "Geringe wekedelenzwelling radiaal."),
    ("sec", "Conclusie", "Geen aanwijzingen voor een scaphoidfractuur. Bij persisterende klinische "
            "verdenking kan een CT of MRI over 10-14 dagen worden overwogen."),
    ("small", "Dit verslag is elektronisch geautoriseerd door dr. I. Moerman, radioloog, 07-11-2026 09:14."),
], lab(["imaging-report"], "2026-11-07", "radiologist", "nl", "radiology report, two-pair kv header, requester in letterhead",
       img="yes", op="unmentioned", ab="unmentioned", also=["2026-11-06"],
       notes="Requester (orthopaedics) in the letterhead; Vraagstelling is the requester's question, not "
             "a referral; exam date vs report date; birth date 08-11; earlier fracture conservatively "
             "treated; CT/MRI only suggested."),
    footer="Spaarne Gasthuis Radiologie - verslag - pagina {page}")
print("ok")
