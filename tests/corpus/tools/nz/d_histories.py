# nz-009 .. nz-014: GP histories
DOCS = []

DOCS.append(dict(stem="nz-009-his-professionele-samenvatting-ganglion", fmt="txt", text="""
PROFESSIONELE SAMENVATTING                                   Datum uitdraai: 19-11-2026
Huisartsenpraktijk Stadshagen, Zwolle - P.H.M. Dekker, huisarts
------------------------------------------------------------------------------------------
Patient  : Verbeek, J. (Hans)          Geb.datum: 07-08-1963     Geslacht: M
Adres    : Werkerlaan 230, 8043 LV Zwolle
Verzekering: Zilveren Kruis 302118554   BSN: 1xxxxxx07
------------------------------------------------------------------------------------------

ACTUELE EPISODES / PROBLEMEN
  Begin       ICPC    Omschrijving                                     Attentie
  03-2011     K86     Hypertensie zonder orgaanschade                  *
  11-2016     T90.02  Diabetes mellitus type 2                         *
  05-2024     L87     Ganglion pols rechts                             *
  08-2026     L87     Recidief ganglion pols rechts na excisie

INACTIEVE EPISODES
  1999        L93     Epicondylitis lateralis rechts
  2014        S18     Snijwond linkerhand, gehecht (HAP)
  2021        R81     Pneumonie, thuis behandeld
  2023        A98     Vakantie Turkije - reisadvies/vaccinaties

MEDICATIE (actueel)
  metformine 1000 mg 2dd1 | amlodipine 5 mg 1dd1 | simvastatine 40 mg 1dd1 a.n.

ALLERGIEEN / INTOLERANTIES
  Geen bekend

------------------------------------------------------------------------------------------
JOURNAAL (selectie episode L87 en recente consulten)
------------------------------------------------------------------------------------------
14-05-2024 DEKK  L87 Ganglion pols rechts
   S: sinds 2 mnd bult dorsaal pols re, pijnlijk bij steunen (monteur, tilt veel).
   O: soepele zwelling 1,5 cm dorsaal pols, niet warm, doorlicht bij lamp. Func goed.
   E: ganglion pols re.
   P: uitleg, afwachten, evt punctie. C.q. terug.
02-09-2024 DEKK  L87
   S: zwelling groter, last bij werk.
   O: zwelling 2 cm. Punctie: 1,5 ml gelei.
   E: ganglion pols re, gepuncteerd.
   P: drukverband 1 wk. Bij recidief verwijzing.
28-10-2024 DEKK  L87
   S: na 5 weken terug.
   E: recidief ganglion.
   P: verwijzing chirurgie Isala (ZorgDomein).
19-12-2024 BRIEF Isala, Heelkunde/handchirurgie, dr. Veldman: echo: ganglion dorsaal
   uitgaande van SL; pt wenst excisie, op wachtlijst.
11-03-2025 BRIEF Isala: 06-03-2025 open excisie ganglion pols rechts (dagbehandeling),
   ongecompliceerd. Controle 2 wk, hechtingen verwijderd. Handtherapie 6x.
17-04-2025 PRAKT L87 wondcontrole na excisie: litteken rustig, extensie nog beperkt.
30-06-2025 DEKK  K86 controle RR 138/84, lab ok. Beleid ongewijzigd.
04-09-2025 DEKK  T90 jaarcontrole DM: HbA1c 52, voeten ok, fundus 2024 ok.
20-01-2026 DEKK  R74 verkoudheid, geen beleid.
12-05-2026 DEKK  A98 Reist in juni 3 weken naar Turkije (familie). Reisadvies, geen
   vaccinaties nodig. 
01-07-2026 DEKK  A97 Terug van vakantie in Turkije, daar geen arts bezocht. Komt voor
   herhaalrecept. Geen klachten.
18-08-2026 DEKK  L87 Recidief ganglion pols rechts na excisie
   S: sinds 6 wk weer bult op dezelfde plek, iets kleiner dan voorheen, pijn bij
      kracht zetten. Kan werk nauwelijks volhouden.
   O: 1 cm zwelling dorsaal pols re in het litteken, drukpijnlijk. Ext 50, flex 65.
   E: recidief ganglion na excisie (2025).
   P: echo aangevraagd.
03-09-2026 UITSL Echo pols re (Isala, 01-09-2026): ganglion 11x8 mm dorsaal, uitgaande
   van SL-interval, recidief. Geen synovitis.
10-09-2026 DEKK  L87 tel: uitslag echo besproken. Pt wil niet nogmaals bij dezelfde
   chirurg, vraagt second opinion in gespecialiseerde handkliniek.
   P: verwijzing second opinion via ZorgDomein, samenvatting meesturen.
22-10-2026 DEKK  K86 RR 142/88. Amlodipine door.
18-11-2026 ASS   Samenvatting opgevraagd door handkliniek; uitdraai gemaakt.

------------------------------------------------------------------------------------------
LAATSTE METINGEN
  RR 142/88 (22-10-2026) | Gewicht 91 kg, lengte 1,82 m, BMI 27,5 (04-09-2025)
  HbA1c 52 mmol/mol (04-09-2025) | eGFR >60 (04-09-2025)
------------------------------------------------------------------------------------------
Einde uitdraai - pagina 1 van 1 - gebruiker ASS (M. Hofstra)
""", label=dict(kinds=["history"], date="2026-11-19", author="gp", language="nl",
               style="HIS professionele samenvatting text export (episodes + SOEP journal)",
               imaging_done="yes", operated="yes", treated_abroad="no",
               notes="Excision in 2025 (same problem) reported in journal line 'BRIEF Isala'. Holiday in Turkey, "
                     "'daar geen arts bezocht'. Print date at top; many journal dates.")))

# ---------------------------------------------------------------- 010 HIS uitdraai journaal (reportlab mono, multipage)
journal = """Episode: L72 Fractuur radius/ulna links (distaal)        gestart 30-06-2026
------------------------------------------------------------------------------------------
30-06-2026 E   L72 Fractuur distale radius links
          S: tijdens vakantie in Spanje (Malaga) 19-06 gevallen van trap op uitgestrekte
             linkerhand. Gezien op Urgencias Hospital Regional Universitario de Malaga:
             rontgen: distale radiusfractuur, gesloten gereponeerd onder lokale
             verdoving, onderarmgips. Ontslagbrief (Spaans/Engels) mee. Nu terug in NL.
          O: gips goed, vingers warm, sensibiliteit intact.
          E: distale radiusfractuur li, in buitenland gereponeerd.
          P: verwijzing fractuurpoli Maasstad voor controle; MRSA-screening i.v.m.
             behandeling in buitenlands ziekenhuis besproken, volgt bij eventuele opname.
02-07-2026 B   Brief Maasstad Ziekenhuis, traumachirurgie (dr. Akkermans): controle-
             foto 01-07: fractuurstand geaccepteerd, lichte dorsale angulatie. Gips
             nog 4 weken.
05-08-2026 B   Brief Maasstad: gips af 29-07, foto: consolidatie, dorsale kanteling
             15 graden, radiale verkorting 3 mm. Fysiotherapie.
16-09-2026 E   L72
          S: veel pijn ulnair, draaien van pols lukt slecht (deurklink, pannen).
             Werkt als verpleegkundige, ziek gemeld.
          O: supinatie 40, pronatie 70. DRUJ drukpijnlijk.
          E: malunion distale radius li?
          P: terug naar Maasstad.
08-10-2026 B   Brief Maasstad, orthopedie (dr. Nijland): CT pols li 01-10-2026: malunion
             met dorsale kanteling, DRUJ-incongruentie. Voorstel: correctie-osteotomie
             radius met plaatosteosynthese. Pt twijfelt.
15-10-2026 E   L72 tel. overleg: pt wil second opinion handchirurgie.
          P: verwijzing via ZorgDomein, samenvatting + brieven mee.
16-11-2026 E   A98 MRSA-screening neus/keel/perineum afgenomen door assistente i.v.m.
             behandeling Spanje (aanvraag handkliniek).
20-11-2026 U   Uitslag MRSA-kweek: negatief.

Episode: K86 Hypertensie                                 gestart 12-03-2019
------------------------------------------------------------------------------------------
12-03-2019 E   K86 RR 162/98 herhaald verhoogd. P: leefstijl, controle.
11-06-2019 E   K86 RR 154/94. P: start hydrochloorthiazide 12,5 mg.
14-01-2026 E   K86 RR 136/82, K 4,1. Beleid ongewijzigd.

Episode: P76 Depressie                                   gestart 02-2017  (inactief)
------------------------------------------------------------------------------------------
09-02-2017 E   P76 somberheid na scheiding. P: POH-GGZ, 6 gesprekken.
22-08-2017 E   P76 hersteld. Episode afgesloten.

Episode: W82 Miskraam                                    2012 (inactief)
Episode: S88 Contacteczeem handen (latex)                2010 (actief - attentie)
------------------------------------------------------------------------------------------
04-04-2024 E   S88 eczeem handen door handschoenen op werk. P: hydrocortison 1%,
             advies nitril handschoenen.
"""
DOCS.append(dict(stem="nz-010-his-uitdraai-journaal-radius-malaga", fmt="rl", top=40,
    lh=["Huisartsenpraktijk Kralingen-Oost", "M. Sedney & T. van Dam, huisartsen — Oudedijk 188, 3061 AR Rotterdam"],
    lh_right=["UITDRAAI JOURNAAL", "Datum uitdraai: 26-11-2026 16:41", "Patiënt: Meijer, S.  geb. 25-03-1985"],
    footer="Vertrouwelijk — medische gegevens. Gegenereerd uit HIS, gebruiker TVD.", pagefmt="pag. {p}",
    color="#444444",
    blocks=[
        ("kv2", [("Naam", "Sandra Meijer", "Geb.datum", "25-03-1985"), ("Adres", "Lusthofstraat 52a, 3062 WG Rotterdam",
                  "Patiëntnr", "004418"), ("Verzekeraar", "VGZ", "Huisarts", "T. van Dam")]),
        ("pre", journal, 7.4),
        ("pb",),
        ("h", "Medicatieoverzicht (actueel)"),
        ("table", [["Start", "Geneesmiddel", "Gebruik"], ["11-06-2019", "Hydrochloorthiazide 12,5 mg", "1dd1"],
                   ["30-06-2026", "Paracetamol 500 mg", "zo nodig 4dd2"], ["16-09-2026", "Naproxen 500 mg", "zo nodig 2dd1"],
                   ["04-04-2024", "Hydrocortisoncrème 1%", "zo nodig"]], [0.2, 0.5, 0.3]),
        ("h", "Overgevoeligheden"),
        ("p", "Latex (contacteczeem)."),
        ("p", "Deze uitdraai is opgesteld ten behoeve van de second opinion handchirurgie op verzoek van patiënte."),
    ],
    label=dict(kinds=["history"], date="2026-11-26", author="gp", language="nl",
               style="HIS journal printout rendered monospace in PDF, episode-ordered, two pages",
               imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="Reduction in a Spanish emergency department (closed reduction, not an operation). Osteotomy only "
                     "proposed. Journal mentions MRSA result negative (mention, not a lab result). Print date in right header.")))

# ---------------------------------------------------------------- 011 Belgian medisch dossier summary (soffice)
DOCS.append(dict(stem="nz-011-belgie-samenvatting-medisch-dossier-scaphoid", fmt="soffice",
    lh=["Huisartsenpraktijk 't Zand", "dr. Lien Vermeersch — dr. Bram Coppens, huisartsen",
        "Zuidzandstraat 41, 8000 Brugge — tel. +32 50 33 72 18"],
    lh_right=["RIZIV 1-23456-78-004"], footer="Gegenereerd uit het elektronisch medisch dossier (EMD) — vertrouwelijk",
    blocks=[
        ("title", "Samenvatting medisch dossier"),
        ("kv", [("Patiënt", "Wout Vandenberghe"), ("Geboren", "°12/01/1992"), ("Adres", "Langestraat 88, 8000 Brugge"),
                ("Rijksregisternr.", "92.01.12-xxx.xx"), ("Ziekenfonds", "CM Midden-Vlaanderen"),
                ("Opgemaakt op", "18/11/2026"), ("Door", "dr. L. Vermeersch, huisarts")]),
        ("h", "Actieve problemen"),
        ("table", [["Sinds", "Probleem"],
                   ["03/2025", "Fractuur scaphoid rechts (val met fiets), osteosynthese AZ Sint-Jan Brugge 04/2025"],
                   ["11/2026", "Vertraagde consolidatie / pseudartrose scaphoid rechts (CT 04/11/2026)"],
                   ["2019", "Astma, allergisch (huisstofmijt)"]], [0.18, 0.82]),
        ("h", "Antecedenten"),
        ("table", [["Jaar", "Omschrijving"], ["2004", "Appendectomie (AZ Damiaan Oostende)"],
                   ["2012", "Enkeldistorsie links, conservatief"],
                   ["04/2025", "Percutane schroefosteosynthese scaphoid rechts (dr. P. Claeys, AZ Sint-Jan)"]], [0.18, 0.82]),
        ("h", "Recente contacten en behandelingen"),
        ("p", "14/03/2025 spoedgevallendienst AZ Sint-Jan: RX pols re + scaphoidreeks: niet-verplaatste taillefractuur "
              "scaphoid; CT bevestigt. 02/04/2025 percutane schroef (Herbert) rechts in dagziekenhuis. Gipsimmobilisatie 6 weken, "
              "nadien kinesitherapie (18 beurten). 09/2025 raadpleging orthopedie: klachten beperkt, verdere opvolging."),
        ("p", "Sinds de zomer van 2026 opnieuw pijn radiaal aan de pols bij steunen (fitness, werk als magazijnier). "
              "CT pols rechts 04/11/2026 (AZ Sint-Jan): onvolledige consolidatie met resorptie rond de schroef. "
              "Dr. Claeys stelt een heringreep met spongiosaplastiek voor. Patiënt werkt sinds kort in Sluis (NL) en "
              "wenst een tweede mening in Nederland."),
        ("h", "Medicatie"),
        ("p", "Fluticason/salmeterol 250/50 2x1 puf; salbutamol zo nodig. Ibuprofen 400 mg zo nodig."),
        ("h", "Allergieën"),
        ("p", "Huisstofmijt. Geen geneesmiddelenallergie."),
        ("h", "Vaccinaties"),
        ("p", "Tetanus 03/2025 (spoedgevallen). Covid 2021 (2x), 2022 booster."),
        ("p", "dr. Lien Vermeersch"),
    ],
    label=dict(kinds=["history"], date="2026-11-18", author="gp", language="nl",
               style="Belgian GP 'Samenvatting medisch dossier' (Sumehr-like), DOCX via LibreOffice",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Flemish: '°' birth date, spoedgevallendienst, kinesitherapie, RIZIV. Patient lives and was treated in "
                     "Belgium (abroad from the NL clinic's view). Reoperation proposed; earlier screw fixation done.")))

# ---------------------------------------------------------------- 012 GP summary letter docx, old
DOCS.append(dict(stem="nz-012-huisarts-medische-samenvatting-cmc1", fmt="docx",
    lh=["Huisartsenpraktijk Het Vaartje", "R.J. Kuipers, huisarts", "Vaartweg 3, 1211 JD Hilversum",
        "telefoon 035-6218840"],
    blocks=[
        ("p", "Hilversum, 10 maart 2026"),
        ("addr", ["Aan de polikliniek handchirurgie", "t.a.v. het intakebureau second opinion"]),
        ("p", "Betreft: mevrouw A. Bakker-Smit, geboren 19 november 1958"),
        ("title", "Medische samenvatting"),
        ("p", "Geachte collega,"),
        ("p", "Op verzoek van patiënte stuur ik u hierbij een samenvatting van haar medische voorgeschiedenis. De verwijzing "
              "zelf volgt via ZorgDomein."),
        ("h", "Huidige klacht"),
        ("p", "Mevrouw Bakker heeft sinds ongeveer 2022 pijn aan beide duimbases, rechts meer dan links. Het openen van potten "
              "en het vasthouden van een pen gaan steeds moeilijker. Er is nooit een foto van de handen gemaakt; de diagnose "
              "duimbasisartrose is gesteld op klinische gronden (positieve grind-test, adductiestand). Zij is nooit aan haar "
              "handen geopereerd."),
        ("h", "Behandeling tot nu toe"),
        ("p", "2023: paracetamol en diclofenacgel. 2024: duimbrace via de handtherapeut, redelijk effect. 2025: injectie "
              "CMC-1 rechts (triamcinolon), drie maanden effect. Januari 2026: tweede injectie rechts, nu slechts enkele weken "
              "effect."),
        ("h", "Overige voorgeschiedenis"),
        ("table", [["Jaar", "Diagnose"], ["1988", "Hepatitis A (na reis)"], ["2009", "Mammacarcinoom links, lumpectomie + radiotherapie, in remissie"],
                   ["2016", "Osteoporose, alendroninezuur"], ["2020", "Hypothyreoïdie"]]),
        ("h", "Medicatie"),
        ("p", "Levothyroxine 100 µg 1dd1, alendroninezuur 70 mg 1x per week, calcium/vitamine D 1dd1."),
        ("h", "Allergieën"),
        ("p", "Pleisterallergie."),
        ("p", "Met vriendelijke groet,"),
        ("p", "R.J. Kuipers, huisarts"),
    ],
    label=dict(kinds=["history"], date="2026-03-10", author="gp", language="nl", style="GP summary letter, docx with table",
               imaging_done="no", operated="no", treated_abroad="unmentioned",
               notes="Old (about 9 months before today). Says the referral follows via ZorgDomein: mentions a referral but "
                     "is not one. 'Er is nooit een foto gemaakt', 'nooit aan haar handen geopereerd'; lumpectomy is another "
                     "body part. 'na reis' hepatitis is not hospital care abroad.")))

# ---------------------------------------------------------------- 013 Patientoverzicht txt
DOCS.append(dict(stem="nz-013-patientoverzicht-his-dequervain", fmt="txt", newline="\r\n", text="""
Patiëntoverzicht                                         
Praktijk: Huisartsen Oosterpark, Groningen (AGB 01-049921)
Uitgedraaid op: 27-11-2026   door: J. Postma (huisarts)

Patiënt:  R. Kok                 geboren: 02-10-1977    (m)
Adres:    Oosterweg 17, 9724 CA Groningen
Beroep:   installatiemonteur

EPISODELIJST
ICPC    Titel                                         Begin        Eind
L87.01  Tendovaginitis De Quervain links              04-2026      -
L84     Rugklachten zonder uitstraling                2019         2020
D88     Appendicitis, appendectomie                   06-1995      06-1995
A23     Familieanamnese: RA (moeder)                  2015         -
K85     Verhoogde bloeddruk zonder hypertensie        2024         -

JOURNAAL L87.01 Tendovaginitis De Quervain links
08-04-2026  S  Pijn radiale zijde linkerpols sinds 6 weken, na verbouwing eigen huis. Pijn bij
               optillen dochter en bij schroeven.
            O  Zwelling 1e extensorcompartiment, Finkelstein positief links.
            E  Tendovaginitis De Quervain links.
            P  Rust, NSAID, duimspalk via apotheek. Controle 4 wk.
13-05-2026  S  Niet beter. 
            O  Idem.
            P  Injectie triamcinolon 1e compartiment links.
24-06-2026  S  6 weken goed, nu weer pijn.
            P  Echo aangevraagd (Martini Ziekenhuis).
15-07-2026  U  Echo pols links 10-07-2026: verdikte peesschede EPB/APL met vocht, septum in het
               1e compartiment. Geen ganglion.
16-07-2026  E  2e injectie, nu echogeleid op radiologie.
07-10-2026  B  Brief chirurgie Martini (dr. Smid): recidief na 2 injecties, septum. Operatieve
               splijting 1e compartiment besproken; pt wil bedenktijd.
02-11-2026  S  Tot nu toe geen operatie. Twijfelt. Collega op werk heeft na dezelfde operatie
               gevoelloosheid van de duim gehouden; wil een onafhankelijke mening.
            P  Verwijzing second opinion handchirurgie. Overzicht meegegeven.

MEDICATIE
Naproxen 500 mg      zo nodig 2dd1        (start 08-04-2026)
Omeprazol 20 mg      1dd1 bij naproxen    (start 08-04-2026)

ALLERGIEËN
Geen bekend

METINGEN
27-10-2026  RR 138/86    Gewicht 84 kg
""", label=dict(kinds=["history"], date="2026-11-27", author="gp", language="nl",
               style="HIS Patiëntoverzicht text export (CRLF), episode list + SOEP journal",
               imaging_done="yes", operated="no", treated_abroad="unmentioned",
               notes="'Tot nu toe geen operatie'; operation only discussed; appendectomy in episode list (other body part); "
                     "a colleague's operation is someone else's.")))

# ---------------------------------------------------------------- 014 EMIS summary txt English
DOCS.append(dict(stem="nz-014-uk-emis-patient-summary-scaphoid", fmt="txt", text="""
CASTLEGATE SURGERY                                           Printed: 16-Nov-2026 11:20
2 Castle Hill, Lancaster LA1 1YN      Tel 01524 385 010      Practice code A83019

PATIENT SUMMARY
Name:        WHITFIELD, Daniel (Mr)
DOB:         04-Sep-1981         NHS number: 612 448 7710
Address:     currently abroad - c/o Kerkstraat 5, 7411 CE Deventer, Netherlands
Usual GP:    Dr S. McBride

ACTIVE PROBLEMS
  12-Mar-2025   Fracture of scaphoid, left (non-dominant)
  03-Jan-2018   Asthma

SIGNIFICANT PAST
  14-Jun-2010   Fracture of fifth metacarpal, right - conservative
  2002          Tonsillectomy

CURRENT MEDICATION
  Salbutamol 100mcg inhaler - 2 puffs prn
  Beclometasone 100mcg inhaler - 2 puffs bd

ALLERGIES
  No known drug allergies

CONSULTATIONS (most recent first, selected)
  14-Oct-2026  Dr S. McBride (telephone)
    History: Moving to Netherlands with work. Ongoing aching L wrist, worse with
    press-ups and typing. Would like specialist opinion there.
    Plan: Summary printed for patient, copies of hospital letters and CT report.

  02-Sep-2026  Letter from Royal Lancaster Infirmary, Hand Clinic (Mr K. Armitage)
    CT L wrist 19-Aug-2026: scaphoid waist fracture has united, mild humpback
    deformity. Surgery (corrective osteotomy/graft) discussed and offered -
    patient declined surgery at this time, wishes to manage conservatively.

  21-May-2025  Letter from Royal Lancaster Infirmary, Fracture Clinic
    Repeat X-ray at 10 weeks: fracture line less visible. Cast removed.
    Discharged to physiotherapy.

  12-Mar-2025  A&E attendance - Royal Lancaster Infirmary
    Fall from bicycle onto outstretched left hand. X-ray scaphoid series:
    undisplaced scaphoid waist fracture. Scaphoid cast applied. Fracture clinic f/u.

  12-Mar-2025  Problem added: Fracture of scaphoid, left

  09-Jan-2025  Dr R. Anand
    Asthma review. Well controlled. ACT 23.

-------------------------------------------------------------------------------
This summary was produced from the EMIS Web record. Page 1 of 1.
""", label=dict(kinds=["history"], date="2026-11-16", author="gp", language="en",
               style="UK EMIS-style GP summary, plain text", imaging_done="yes", operated="no", treated_abroad="yes",
               notes="A&E and hand clinic in an English hospital. 'patient declined surgery'; tonsillectomy is another body "
                     "part. Dates as 16-Nov-2026.")))
