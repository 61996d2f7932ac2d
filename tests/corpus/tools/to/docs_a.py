"""to-001 .. to-016"""
from lib import L

CLINIC = ["Handkliniek Meridiaan", "t.a.v. second opinion / intake", "Postbus 4410",
          "3800 GK  Amersfoort"]


# ------------------------------------------------------------------ 001
def d001():
    blocks = [
        ("lh", "ZorgDomein", ["Verwijzing - Second opinion handchirurgie"],
         {"right": ["Referentie: ZD-2611-88341", "Aangemaakt: 18-11-2026 14:02",
                    "Status: verstuurd"]}),
        ("h", "Second opinion handchirurgie", 12),
        ("fields2",
         [("Patiënt", "mw. S.M. Kuipers-Dijkman"), ("Roepnaam", "Sanne"),
          ("Geboortedatum", "14-02-1987"), ("Geslacht", "V"), ("BSN", "2849.17.306"),
          ("Adres", "Lindenlaan 41\n3831 BD  Leusden"), ("Telefoon", "06-41287733"),
          ("Verzekeraar", "VGZ (UZOVI 7095)"), ("Polisnummer", "884102376")],
         [("Verwijzer", "H.W. Tjeenk, huisarts"), ("Praktijk", "Huisartsenpraktijk De Bongerd"),
          ("AGB-code", "01-034567"), ("Adres", "Hamersveldseweg 12\n3833 GR  Leusden"),
          ("Telefoon", "033-4943310"), ("Ontvanger", "Handkliniek Meridiaan, Amersfoort"),
          ("Specialisme", "Plastische chirurgie / handchirurgie"), ("Urgentie", "Regulier"),
          ("Datum verwijzing", "18-11-2026")]),
        ("fields", [
            ("Reden van verwijzing",
             "Persisterende ulnaire polspijn rechts sinds val van fiets (mei 2026). Pijn bij "
             "pro-/supinatie en bij steunen op de hand, klikken bij ulnairdeviatie. Beperkt in "
             "werk als fysiotherapeut."),
            ("Vraagstelling",
             "Graag second opinion. Orthopeed (Meander MC) adviseert afwachten; patiënte twijfelt. "
             "Is er een indicatie voor aanvullende diagnostiek (MRI/artroscopie) naar TFCC-letsel, "
             "en zo ja welke behandeling adviseert u?"),
            ("Relevante voorgeschiedenis",
             "2009 appendectomie\n2015 partus, ongecompliceerd\n2021 burn-out (behandeld, hersteld)\n"
             "Mei 2026 val op gestrekte rechterhand - SEH Meander MC: X-pols geen fractuur"),
            ("Recente behandelingen",
             "06-2026 polsbrace 6 weken, fysiotherapie 8x\n"
             "09-09-2026 X-pols rechts (herhaling): geen fractuur, neutrale ulnavariantie\n"
             "23-09-2026 consult orthopedie Meander MC: verdenking TFCC-letsel, beleid expectatief\n"
             "14-10-2026 corticosteroïdinjectie ulnocarpaal (orthopedie), kortdurend effect\n"
             "Niet geopereerd."),
            ("Medicatie", "Naproxen 500 mg zo nodig, max 2 dd\nOmeprazol 20 mg 1 dd"),
            ("Allergieën / intoleranties", "Geen bekend"),
            ("Contra-indicaties", "Geen"),
            ("MRSA-risico", "Nee - nooit opgenomen of behandeld in een ziekenhuis buiten Nederland"),
        ], {"lw": 48}),
        ("h", "Episodelijst", 10),
        ("table", ["ICPC", "Omschrijving", "Begin", "Status"], [
            ["L11", "Pols symptomen/klachten rechts", "19-05-2026", "Actief"],
            ["L81", "Letsel bewegingsapparaat (val fiets)", "19-05-2026", "Actief"],
            ["P78", "Surmenage/burn-out", "03-03-2021", "Afgesloten"],
            ["D88", "Appendicitis", "11-06-2009", "Afgesloten"],
        ], {"widths": [0.12, 0.5, 0.2, 0.18]}),
        ("small", "Deze verwijzing is elektronisch ondertekend door H.W. Tjeenk, huisarts. "
                  "Bijlagen in ZorgDomein: brief orthopedie d.d. 23-09-2026."),
    ]
    page = {"font": "Helvetica", "size": 9.5,
            "footer": "Gegenereerd door ZorgDomein op 18-11-2026 om 14:02 - ZD-2611-88341 - "
                      "pagina {page} van {pages}"}
    lab = L(["referral", "history"], "2026-11-18", "gp", "nl", "zorgdomein two-column form",
            "yes", "no", "no",
            "Zorgdomein printout with no salutation; 'MRSA-risico: Nee - nooit ... buiten Nederland' "
            "answers treated_abroad; question only in 'Vraagstelling' field; labels "
            "and values in separate table runs in two column groups; 'Relevante voorgeschiedenis' + "
            "'Recente behandelingen' make it a history too; appendectomy is not the hand problem; "
            "'Niet geopereerd.' closes recent treatments.",
            rq=True)
    return {"fmt": "pdf", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 002
def d002():
    blocks = [
        ("p", "Zwolle, 3 november 2026"),
        ("addr", ["Handkliniek Meridiaan", "t.a.v. dr. E.M. Sterkenburg, plastisch chirurg",
                  "Postbus 4410", "3800 GK  Amersfoort"]),
        ("p", "**Betreft:** dhr. G.J. Hofstede, geb. 22-07-1958\nLelystraat 7, 8012 VK Zwolle\n"
              "BSN 1093.44.812 - verzekerd bij Zilveren Kruis"),
        ("p", "**Onderwerp:** verwijzing voor second opinion duimbasisartrose rechts"),
        ("p", "Geachte collega,"),
        ("p", "Graag verwijs ik naar u de heer Hofstede, 68 jaar, gepensioneerd timmerman, "
              "rechtshandig. Hij heeft sinds ruim twee jaar toenemende pijn aan de basis van de "
              "rechterduim, vooral bij knijpen en draaien (potten openen, sleutel omdraaien). "
              "Nachtelijke pijn sinds de zomer."),
        ("p", "Op 2 juni 2026 is een röntgenfoto van beide handen gemaakt in Isala; daarop "
              "gevorderde CMC-1-artrose rechts (Eaton-Littler stadium III) met subluxatie, links "
              "beginnende artrose. Eerdere behandeling: spalk (duimbasisorthese) via de "
              "handtherapeut, paracetamol en diclofenacgel, en twee injecties met corticosteroïd "
              "(januari en mei 2026), met steeds korter effect."),
        ("p", "Hij is in september gezien door de orthopeed in Isala, die een trapeziectomie met "
              "ligamentreconstructie heeft voorgesteld. De heer Hofstede twijfelt: een buurman "
              "had na een vergelijkbare operatie langdurig klachten, en hij vraagt zich af of er "
              "ook een prothese of een andere ingreep mogelijk is. Hij is nog niet geopereerd en "
              "wil eerst een tweede mening."),
        ("p", "**Vraagstelling:** wilt u beoordelen welke behandeling u bij hem zinvol acht, en "
              "of een duimbasisprothese een optie is gezien zijn leeftijd en beroep in het verleden?"),
        ("p", "Voorgeschiedenis: hypertensie, DM type 2 (dieet), 2021 TURP. Medicatie: "
              "amlodipine 5 mg 1dd, paracetamol zo nodig. Geen allergieën bekend."),
        ("p", "Bijgevoegd: brief orthopedie Isala d.d. 14-09-2026 en het röntgenverslag van "
              "02-06-2026."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["J.A. Roelofs", "huisarts"]),
        ("small", "cc: patiënt"),
    ]
    page = {"docx_font": "Cambria",
            "header_table": [["**Huisartsenpraktijk Assendorp**", "Assendorperstraat 120",
                              "T 038-4217788"],
                             ["J.A. Roelofs & M. Kamphuis, huisartsen", "8012 DH  Zwolle",
                              "AGB 01-052118"]],
            "footer": "Huisartsenpraktijk Assendorp - www.huisartsassendorp.example - "
                      "bereikbaar 8.00-17.00 uur"}
    lab = L(["referral"], "2026-11-03", "gp", "nl", "free GP letter, practice header table",
            "yes", "no", "unmentioned",
            "Operation only proposed by the orthopaedist ('heeft een trapeziectomie voorgesteld') "
            "and the letter states 'Hij is nog niet geopereerd' -> operated no; TURP is another "
            "body part; enclosures (brief orthopedie, röntgenverslag) only mentioned; letterhead "
            "lives in the DOCX header table; date as 'Zwolle, 3 november 2026'.",
            rq=True)
    return {"fmt": "docx", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 003
def d003():
    t = """UITDRAAI JOURNAAL                                      Datum uitdraai: 24-11-2026
Huisartsenpraktijk Kruiskamp - Amersfoort                      Gebruiker: MvdB (assistente)
------------------------------------------------------------------------------------------
Patiënt     : mw. F. Yilmaz-Dogan                      Geboortedatum : 05-09-1979
Adres       : Kruiskamp 233, 3815 BJ Amersfoort        Patiëntnr.    : 004417
Verzekering : CZ  polis 55128873                       Huisarts      : dr. P.C. Breukelaar
------------------------------------------------------------------------------------------

EPISODELIJST
 ICPC   Omschrijving                                     Begin        Eind        Attentie
 L72    Fractuur radius/ulna rechts (distaal)            12-08-2026                  !
 K86    Hypertensie zonder orgaanbeschadiging            17-03-2019
 T90    Diabetes mellitus type 2                         04-11-2020
 D88    Appendicitis / appendectomie                     1998         1998
 W82    Sectio caesarea                                  14-01-2008   14-01-2008

JOURNAAL (SOEP)   periode 01-08-2026 t/m 24-11-2026

19-08-2026  dr. P.C. Breukelaar  - consult (L72)
  S: Terug van vakantie in Turkije (Alanya). Op 12-08 gevallen op gestrekte rechterhand bij
     hotelzwembad. Gezien op de spoedeisende hulp van het staatsziekenhuis in Alanya, daar
     foto's gemaakt, gesloten repositie onder verdoving en onderarmgips. Brief in het Turks
     meegenomen (foto in dossier). Pijn matig, tintelingen vingers nee.
  O: Onderarmgips rechts, goed passend, vingers warm, goede capillaire refill, sensibiliteit
     intact, flexie/extensie vingers volledig.
  E: Distale radiusfractuur re, behandeld in buitenland, gipscontrole nodig.
  P: Verwijzing SEH/gipskamer Meander MC voor controle-foto en verdere behandeling.
     Advies MRSA-screening bij eventuele opname i.v.m. ziekenhuisbehandeling buitenland.

20-08-2026  assistente  - telefoon
  S: SEH Meander belt: controle-X na repositie acceptabel, gips gecontinueerd, controle
     fractuurpoli orthopedie over 1 week.

24-08-2026  dr. P.C. Breukelaar  - MRSA
  P: MRSA-screening (neus, keel, perineum) ingezet via Saltro.
30-08-2026  lab  - uitslag
  O: MRSA-kweek neus/keel/perineum: MRSA niet aangetoond.

26-09-2026  Brief specialist ontvangen (orthopedie Meander MC, dr. A. Vos)
  E: Distale radiusfractuur re, consolidatie in lichte dorsale angulatie (15 gr), ulna +2 mm.
     Gips eraf, start handtherapie. Niet geopereerd (geen indicatie voor operatie in acute fase).

14-10-2026  dr. P.C. Breukelaar  - consult (L72)
  S: Pijn ulnaire zijde pols bij draaien, kan pannen niet tillen. Handtherapie 2x/week.
  O: Prominente ulnakop, drukpijn ulnocarpaal, pro/supinatie 70/60 gr, kracht verminderd.
  E: Restklachten na distale radiusfractuur, malunion?
  P: Uitleg, afwachten resultaat handtherapie, evaluatie na controle orthopedie.

04-11-2026  Brief specialist ontvangen (orthopedie Meander MC)
  E: X-pols re (02-11-2026): geconsolideerde fractuur met dorsale kanteling, positieve
     ulnavariantie. Orthopeed bespreekt correctie-osteotomie radius; pat. wil bedenktijd.

11-11-2026  dr. P.C. Breukelaar  - consult
  S: Pat. twijfelt over osteotomie, wil graag second opinion bij gespecialiseerde handkliniek.
     Veel pijn bij werk (schoonmaakster). Geen koorts, wond/gips n.v.t.
  O: Zie 14-10, ongewijzigd.
  E: Malunion distale radius re, second opinion gewenst.
  P: Verwijzing via ZorgDomein naar Handkliniek Meridiaan (second opinion), uittreksel
     journaal + brieven orthopedie meesturen. MRSA-uitslag van 30-08 meesturen.

11-11-2026  Verwijzing handchirurgie (ZorgDomein ZD-2611-71022)

MEDICATIE (actueel)
  metformine 500 mg 2dd1 - lisinopril 10 mg 1dd1 - paracetamol 1000 mg zo nodig 3dd1

ALLERGIEËN / CONTRA-INDICATIES
  Geen bekend

--- einde uitdraai --- pagina 1 van 1 ---
"""
    lab = L(["history"], "2026-11-24", "gp", "nl", "HIS journal printout (SOEP), fixed-width",
            "yes", "no", "yes",
            "Printout by the assistant; only own date is 'Datum uitdraai' next to birth date; "
            "treated in a hospital in Alanya (city only, no hospital name); journal mentions "
            "'Verwijzing' and MRSA result lines but is neither referral nor lab result; "
            "appendectomy and caesarean are other body parts; 'Niet geopereerd' in a quoted "
            "specialist letter; osteotomy only discussed; cp1252 + CRLF.")
    return {"fmt": "txt", "text": t, "encoding": "cp1252", "newline": "\r\n", "label": lab}


# ------------------------------------------------------------------ 004
def d004():
    hdr = ["Rijnstate - Plastische, Reconstructieve en Handchirurgie",
           "Betreft: mw. L. Aarts, geb. 30-01-1971, pat.nr. 7731094 - vervolg"]
    blocks = [
        ("lh", "Rijnstate", ["Plastische, Reconstructieve en Handchirurgie",
                             "Wagnerlaan 55", "6815 AD  Arnhem"],
         {"right": ["Polikliniek: 088-005 8888", "Ons kenmerk: PCH/LvO/7731094",
                    "Uw kenmerk: -", "Datum: 12 oktober 2026"]}),
        ("addr", ["Weledelgeleerde heer J.F. Smit, huisarts", "Gezondheidscentrum Elden",
                  "Elderhofweg 2", "6842 AH  Arnhem"]),
        ("fields", [("Betreft", "mw. L. Aarts, geboren 30-01-1971"),
                    ("Adres", "Drielse Wetering 18, 6845 BA Arnhem"),
                    ("Datum consult", "08-10-2026")], {"lw": 32}),
        ("p", "Geachte collega,"),
        ("p", "Op 8 oktober 2026 zagen wij op ons spreekuur uw patiënte mevrouw Aarts, 55 jaar, "
              "die u naar ons verwees in verband met een buigstand van de ringvinger en pink van "
              "de rechterhand."),
        ("h", "Anamnese", 11),
        ("p", "Sinds ongeveer drie jaar merkt mevrouw knobbeltjes in de rechterhandpalm. Het "
              "laatste jaar kan zij de ringvinger en pink niet meer volledig strekken. Zij blijft "
              "haken achter haar jaszak en kan de hand niet plat op tafel leggen. Pijn heeft zij "
              "nauwelijks. Zij werkt als administratief medewerker (veel typen) en speelt "
              "recreatief piano, wat steeds lastiger gaat. Linkerhand zonder klachten. In de "
              "familie: vader had 'gekromde vingers' waarvoor hij geopereerd is. Patiënte rookt "
              "niet, alcohol 1-2 glazen per week, geen diabetes, geen epilepsie. Zij heeft geen "
              "eerdere operaties aan de handen ondergaan; wel een laparoscopische cholecystectomie "
              "in 2017."),
        ("h", "Lichamelijk onderzoek", 11),
        ("p", "Rechterhand: palmaire nodus ter hoogte van de distale handpalmplooi D4 en een "
              "koordvormige streng over D4 en D5, doorlopend tot over het PIP-gewricht van D5. "
              "Extensiedeficit D4: MCP 30 graden, PIP 10 graden. D5: MCP 25 graden, PIP 40 graden. "
              "Tabletop-test positief. Sensibiliteit intact, capillaire refill normaal. Geen "
              "knuckle pads, geen Ledderhose of Peyronie. Linkerhand: geen afwijkingen. Verder "
              "soepele gewrichten, geen tekenen van artrose van de duimbasis."),
        ("h", "Aanvullend onderzoek", 11),
        ("p", "Niet verricht. Er is geen echografie of röntgenfoto gemaakt; de diagnose is "
              "klinisch gesteld en beeldvorming heeft geen toegevoegde waarde."),
        ("h", "Conclusie", 11),
        ("p", "Ziekte van Dupuytren rechterhand, stadium II (Tubiana) van D4 en D5, met "
              "functionele beperking."),
        ("h", "Beleid", 11),
        ("p", "Wij hebben de behandelopties uitgebreid besproken: percutane naaldfasciotomie "
              "(snel herstel, hogere kans op recidief) en een beperkte fasciëctomie (langer "
              "herstel, handtherapie, lagere kans op recidief). Gezien de PIP-contractuur van D5 "
              "zou onze voorkeur uitgaan naar een beperkte fasciëctomie D4-D5. De risico's "
              "(zenuw- en vaatletsel, wondproblemen, CRPS, recidief) zijn besproken en de "
              "folder is meegegeven."),
        ("p", "Mevrouw wil graag bedenktijd. Zij gaf aan mogelijk een second opinion te willen "
              "aanvragen bij een gespecialiseerde handkliniek, omdat een kennis daar goede "
              "ervaringen heeft met naaldfasciotomie ook bij PIP-contracturen. Daartegen hebben "
              "wij uiteraard geen bezwaar; wij sturen desgewenst de gegevens door. Zij neemt "
              "zelf contact met ons op. Een vervolgafspraak is niet gepland."),
        ("p", "Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["namens dr. R.J. van Oosterhout, plastisch chirurg",
                 "", "drs. N. Bekkering, arts-assistent in opleiding (AIOS) plastische chirurgie",
                 "Dit document is elektronisch geautoriseerd."]),
        ("small", "cc: patiënte\nDatum dictaat: 08-10-2026  |  getypt: 12-10-2026  |  "
                  "HiX-brief PCH-POLI-02"),
    ]
    page = {"font": "LiberationSans", "size": 10, "header": hdr, "header_from": 2,
            "footer": "Rijnstate - Wagnerlaan 55 - 6815 AD Arnhem - www.rijnstate.nl", 
            "pagenum": "pagina {page} van {pages}"}
    lab = L(["correspondence"], "2026-10-12", "specialist", "nl",
            "HiX outpatient letter, multi-page with repeated header",
            "no", "no", "unmentioned",
            "Signed by AIOS 'namens' the plastic surgeon; 'Aanvullend onderzoek: Niet verricht' "
            "(no echo or X-ray) = imaging no; letter date only in right letterhead "
            "column ('Datum: 12 oktober 2026') while consult date 08-10-2026 is prominent; "
            "running header repeats name and birth date from page 2; father's operation and "
            "cholecystectomy are not the hand problem; fasciectomy only proposed; patient's wish "
            "for a second opinion is not a referral.",
            also=["2026-10-08"])
    return {"fmt": "pdf", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 005
def d005():
    blocks = [
        ("lh", "Gelre ziekenhuizen", ["Afdeling Radiologie - locatie Apeldoorn",
                                      "Albert Schweitzerlaan 31, 7334 DZ  Apeldoorn"],
         {"right": ["Secretariaat radiologie", "T 055-581 8181"]}),
        ("h", "RADIOLOGISCH ONDERZOEK", 13),
        ("fields2",
         [("Patiënt", "Mulder, T. (Thijs)"), ("Geb. datum", "11-03-1996"), ("Geslacht", "M"),
          ("Patiëntnr.", "2210987"), ("Afdeling", "Poli Orthopedie")],
         [("Aanvrager", "dr. P. Veenstra, orthopedisch chirurg"), ("Onderzoek", "CT scaphoid links"),
          ("Datum onderzoek", "02-10-2026"), ("Accessienr.", "GA26-118893"),
          ("Datum verslag", "03-10-2026")]),
        ("fields", [("Klinische gegevens",
                     "Val op uitgestrekte linkerhand (voetbal) 19-07-2026, X-scaphoid 21-07-2026: "
                     "middenpoolfractuur. 8 weken onderarmgips met duimcomponent. Aanhoudende "
                     "pijn in tabatière."),
                    ("Vraagstelling", "Consolidatie? Non-union? Avasculaire necrose proximale pool?")],
         {"lw": 38}),
        ("h", "Verslag", 11),
        ("p", "CT van de linkerpols met multiplanaire reconstructies in de lengte-as van het "
              "scaphoid. Vergeleken met de röntgenopnamen van 21-07-2026."),
        ("p", "Persisterende fractuurspleet door de middenpool van het os scaphoideum met "
              "sclerotische, afgeronde fractuurranden en een kleine cysteuze resorptie aan de "
              "distale zijde. Geen overbruggend trabeculair bot. Geringe 'humpback'-deformiteit "
              "met een intrascafoïdale hoek van circa 38 graden. Proximale pool zonder "
              "verhoogde densiteit of fragmentatie. Geen DISI-stand van het lunatum. Overige "
              "carpalia, distale radius en ulna zonder afwijkingen. Geen osteosynthesemateriaal."),
        ("h", "Conclusie", 11),
        ("p", "Non-union van een middenpoolfractuur van het scaphoid links, met geringe "
              "humpback-deformiteit. Geen aanwijzingen voor avasculaire necrose of carpale collaps."),
        ("sig", ["dr. M. el Amrani, radioloog", "Geautoriseerd 03-10-2026 09:41"]),
    ]
    page = {"font": "Helvetica", "size": 9.5,
            "footer": "Dit verslag is elektronisch vastgelegd en geautoriseerd - Gelre ziekenhuizen - "
                      "Afdeling Radiologie"}
    lab = L(["imaging-report"], "2026-10-03", "radiologist", "nl",
            "radiology report, two-column field block",
            "yes", "unmentioned", "unmentioned",
            "Aanvrager is an orthopaedic surgeon and 'Vraagstelling' is the requester's question "
            "(not a referral); exam date and report date differ; earlier X-ray date in text; "
            "'Geen osteosynthesemateriaal' is an image finding, not a statement on surgery.",
            also=["2026-10-02"])
    return {"fmt": "pdf", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 006
def d006():
    blocks = [
        ("p", "**Department of Plastic and Hand Surgery**\nLeeds General Infirmary\nGreat George "
              "Street, Leeds LS1 3EX\nTel: 0113 243 3144"),
        ("fields", [("Clinic date", "10 September 2026"), ("Clinic", "Hand Trauma Follow-up (JW3)"),
                    ("Date typed", "14 September 2026"), ("Our ref", "JW/PN/K482913")],
         {"docx": "tabs", "lw": 35}),
        ("addr", ["Dr A. Bennett", "Leeds University Practice", "Blenheim Walk", "Leeds LS2 9AE"]),
        ("p", "Dear Dr Bennett,"),
        ("p", "**Re: Miss Noor DE WIT, DOB 19/06/2001, NHS No 485 777 3456**\n"
              "Flat 4, 22 Hyde Park Road, Leeds LS6 1AG"),
        ("p", "**Diagnosis:** Right intra-articular distal radius fracture (AO 23-C1) - "
              "ORIF with volar locking plate 2 July 2026 (Mr Whitfield)\n"
              "**Outcome:** Discharged to hand therapy; follow-up to be arranged in the Netherlands"),
        ("p", "I reviewed Noor today in the hand trauma clinic, ten weeks after open reduction "
              "and internal fixation of her right distal radius fracture, sustained when she fell "
              "from her bicycle on 28 June. The wound has healed well. She reports mild aching at "
              "the end of the day and some stiffness in the mornings but no paraesthesia in the "
              "median nerve distribution."),
        ("p", "On examination there is a well-healed volar scar. Range of motion: extension 50, "
              "flexion 45, pronation 80, supination 65 degrees. Grip strength 18 kg right versus "
              "31 kg left. Finger range is full. Radiographs taken in clinic today show a united "
              "fracture with the plate and screws in a satisfactory position and no screw "
              "prominence dorsally."),
        ("p", "Noor is a Dutch Erasmus student and will be returning to Utrecht at the end of this "
              "month. She has asked whether the plate needs to come out; I explained that we do "
              "not routinely remove volar plates unless they cause symptoms. She would like to "
              "continue hand therapy at home and, if her stiffness does not improve, to be seen by "
              "a hand surgeon in the Netherlands. I have given her a copy of her operation note "
              "and today's radiographs on a disc."),
        ("p", "**Plan:**\n1. Continue hand therapy (range of motion and strengthening).\n"
              "2. No further routine follow-up in Leeds.\n3. Happy to be contacted by her Dutch "
              "team."),
        ("p", "Yours sincerely,"),
        ("sig", ["Dr Priya Nair", "Specialty Registrar in Plastic Surgery",
                 "on behalf of Mr James Whitfield, Consultant Hand Surgeon"]),
        ("small", "cc: Miss N. de Wit (patient)\ncc: Dr M. Hendriks, huisarts, Huisartsenpraktijk "
                  "Lombok, Utrecht, Netherlands\nDictated 10/09/2026 - typed 14/09/2026 (RT)"),
    ]
    page = {"docx_font": "Arial",
            "header_table": [["**Leeds Teaching Hospitals NHS Trust**", "CLINIC LETTER"],
                             ["Chapel Allerton | Leeds General Infirmary | St James's",
                              "Please quote the hospital number K482913 on all correspondence"]],
            "footer": "Chair: (vacant)  Chief Executive: (interim) - Page {page} of {pages}"}
    lab = L(["correspondence"], "2026-09-14", "specialist", "en",
            "UK NHS clinic letter with Diagnosis/Outcome/Plan, header table",
            "yes", "yes", "yes",
            "Written by a hospital abroad (Leeds) that operated; signed by registrar on behalf of "
            "consultant; clinic date vs typed date; UK dd/mm dates; mentions operation note and "
            "disc given to patient (not enclosed).",
            also=["2026-09-10"])
    return {"fmt": "docx", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 007
def d007():
    t = """Van: Jeroen Bakker <jeroen.bakker79@hotmail.example>
Verzonden: dinsdag 17 november 2026 21:14
Aan: info@handkliniekmeridiaan.example
Onderwerp: Aanvraag second opinion pols/hand rechts
Bijlagen: MRI verslag okt 2026.pdf; operatieverslag 2025.pdf

Geachte heer/mevrouw,

Via mijn fysiotherapeut kreeg ik uw naam. Ik wil graag een second opinion aanvragen voor mijn
rechterhand.

Ik ben in 2024 en opnieuw in maart 2025 geopereerd aan carpaal tunnel syndroom rechts, beide
keren in Tergooi MC in Hilversum. Na de tweede operatie is het gevoel in mijn duim en wijsvinger
nooit meer goed geworden en heb ik 's nachts nog steeds pijn en tintelingen. In oktober is er
een MRI gemaakt van de pols (verslag zit als bijlage bij deze mail) en daar zagen ze
"littekenweefsel rond de nervus medianus". De neuroloog wil nog een EMG maar ik heb het gevoel
dat ik van het kastje naar de muur word gestuurd.

Misschien goed om te weten: ik was in juli op vakantie in Frankrijk (camping in de Ardèche),
maar ik ben daar niet bij een dokter of in een ziekenhuis geweest.

Mijn huisarts (dokter Verbeek in Huizen) zegt dat hij de verwijzing via Zorgdomein naar u kan
sturen als u aangeeft dat dat nodig is. Kunt u mij laten weten wat u verder van mij nodig heeft?

Alvast bedankt.

Met vriendelijke groet,
Jeroen Bakker
geb. 02-04-1979
Tel. 06-18 22 09 41

Verzonden vanaf mijn iPad
"""
    lab = L([], "2026-11-17", "patient", "nl", "patient e-mail (Outlook header, Dutch)",
            "yes", "yes", "no",
            "Patient asks for a second opinion himself (not a referral); mentions attachments "
            "(MRI report, operation report) that are not this document; holiday in France "
            "explicitly without medical care; EMG is not imaging; only date in Outlook "
            "'Verzonden:' line with weekday.")
    return {"fmt": "txt", "text": t, "label": lab}


# ------------------------------------------------------------------ 008
def d008():
    blocks = [
        ("lh", "Spaarne Gasthuis", ["Spaarnepoort 1, 2134 TM  Hoofddorp"],
         {"right": ["Operatiekamers Hoofddorp", "Plastische chirurgie", "OK-complex 2, zaal 5"],
          "image": True, "sub": "Hoofddorp - Haarlem"}),
        ("h", "OPERATIEVERSLAG", 14),
        ("fields2",
         [("Naam", "mw. R. Teunissen-Oud"), ("Geboortedatum", "27-12-1988"),
          ("Patiëntnummer", "S-0938112"), ("Opname", "dagbehandeling")],
         [("Datum operatie", "23-06-2026"), ("Specialisme", "Plastische chirurgie"),
          ("Zijde", "rechts"), ("ASA", "I")]),
        ("fields", [
            ("Operateur", "drs. K. Lammers, plastisch chirurg"),
            ("Assistent", "E. de Graaf, AIOS"),
            ("Anesthesie", "WALANT (lidocaïne 1% met adrenaline), geen bloedleegte"),
            ("Indicatie", "Recidief dorsaal polsganglion rechts, pijnklachten bij extensie; "
                          "preoperatief echografisch bevestigd (11 mm, uitgaande van SL-ligament). "
                          "Eerdere aspiratie 2025 zonder blijvend effect."),
            ("Ingreep", "Excisie dorsaal ganglion pols rechts inclusief steel"),
            ("Verloop", "Transversale incisie over het ganglion. Retinaculum extensorum tussen "
                        "3e en 4e compartiment geopend, EPL naar radiaal gehouden. Ganglion "
                        "vrijgeprepareerd en in toto verwijderd inclusief steel tot op het "
                        "scafolunaire ligament, dat intact is. Kapsel gedeeltelijk gereseceerd. "
                        "Hemostase. Sluiten huid intracutaan Monocryl 4-0. Steri-strips, "
                        "drukverband."),
            ("Bloedverlies", "minimaal"),
            ("PA", "ja, ganglion pols rechts"),
            ("Complicaties", "geen"),
            ("Nabehandeling", "Drukverband 2 dagen, daarna pleister. Hand hoog houden. Direct "
                              "vrij bewegen vingers. Controle poli/VS over 2 weken. Bij "
                              "stijfheid handtherapie."),
        ], {"lw": 36, "grid": True}),
        ("sig", ["drs. K. Lammers, plastisch chirurg"]),
    ]
    page = {"font": "Helvetica", "size": 9.5,
            "footer": ["Datum dictaat 23-06-2026 - getypt 25-06-2026 (SvD) - gecorrigeerd door "
                       "operateur", "Pagina {page}/{pages}"]}
    lab = L(["operation-report"], "2026-06-23", "specialist", "nl",
            "operation report form with grid, letterhead name as image",
            "yes", "yes", "unmentioned",
            "Hospital name is only in an image (address line is text); no salutation; typed date "
            "only in footer; 'preoperatief echografisch bevestigd' says imaging was done; "
            "'eerdere aspiratie' is not an operation.",
            also=["2026-06-25"])
    return {"fmt": "pdf", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 009
def d009():
    blocks = [
        ("lh", "RLMM", ["Regionaal Laboratorium Medische Microbiologie",
                        "Boerhaavelaan 26, 2035 RC  Haarlem"],
         {"right": ["T 023-530 7600", "Artsen-microbioloog: dr. R. Oostveen,",
                    "dr. A.C. Mertens", "RvA M 155"], "sub": "Medische Microbiologie"}),
        ("fields2",
         [("Aanvrager", "B.J. Hoekstra, huisarts"), ("Praktijk", "Huisartsen Schalkwijk"),
          ("Kopie aan", "-"), ("Labnummer", "M26-442817")],
         [("Patiënt", "dhr. E. Kaya"), ("Geb.datum", "15-05-1963"), ("Geslacht", "M"),
          ("Uw kenmerk", "HIS 11928")]),
        ("fields", [("Afnamedatum", "20-11-2026 09:15"), ("Ontvangstdatum", "21-11-2026 07:40"),
                    ("Datum uitslag", "23-11-2026"), ("Status", "Definitieve uitslag"),
                    ("Klinische gegevens",
                     "Opname Akdeniz Universiteitsziekenhuis Antalya (TR) okt 2026 na val; "
                     "screening voor verwijzing handchirurgie")],
         {"lw": 38}),
        ("h", "MRSA-screening", 11),
        ("table", ["Materiaal", "Bepaling", "Methode", "Uitslag"], [
            ["Neus", "MRSA", "Kweek (selectief medium) + PCR mecA/mecC", "Niet aangetoond"],
            ["Keel", "MRSA", "Kweek (selectief medium)", "Niet aangetoond"],
            ["Perineum", "MRSA", "Kweek (selectief medium)", "Niet aangetoond"],
        ], {"widths": [0.18, 0.14, 0.4, 0.28]}),
        ("p", "**Conclusie:** MRSA niet aangetoond in de ingezonden materialen."),
        ("small", "Interpretatie: een negatieve screening sluit dragerschap niet volledig uit. "
                  "Bij blijvend risico herhaling na 1 week volgens WIP-richtlijn."),
        ("sig", ["Gevalideerd: dr. R. Oostveen, arts-microbioloog, 23-11-2026"]),
    ]
    page = {"font": "DejaVu", "size": 9,
            "footer": "RLMM - uitslag M26-442817 - afgedrukt 23-11-2026 - pagina {page} van {pages}"}
    lab = L(["mrsa-screening"], "2026-11-23", "lab", "nl", "microbiology lab result with table",
            "unmentioned", "unmentioned", "yes",
            "Three dates (afname, ontvangst, uitslag); clinical info says admission in a hospital "
            "in Antalya, so treated abroad although the document is a lab result; two-column "
            "header block separates requester (GP) from patient.",
            also=["2026-11-20"])
    return {"fmt": "pdf", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 010
def d010():
    blocks = [
        ("p", "Universitätsklinikum Freiburg · Hugstetter Str. 55 · 79106 Freiburg"),
        ("addr", ["Herrn", "R. Janssen, huisarts (Hausarzt)", "Huisartsenpraktijk Lindenholt",
                  "Zwanenveld 90-06", "6538 SB Nijmegen", "NIEDERLANDE"]),
        ("p", "Freiburg, 02.10.2026\nUnser Zeichen: PHC/Br-Ka/26-7781"),
        ("p", "**Entlassungsbrief**"),
        ("p", "Sehr geehrter Herr Kollege Janssen,"),
        ("p", "wir berichten über Ihren Patienten **Herrn Maarten Visscher, geb. 07.12.1984**, "
              "wohnhaft Groenestraat 311, 6531 HL Nijmegen, der sich vom 27.09.2026 bis "
              "29.09.2026 in unserer stationären Behandlung befand."),
        ("p", "**Diagnosen:**\n- Traumatische TFCC-Läsion Typ Palmer 1B rechts (foveale Ablösung)\n"
              "- Z. n. Mountainbike-Sturz im Schwarzwald am 09.08.2026\n"
              "- Nebendiagnose: Asthma bronchiale, gut eingestellt"),
        ("p", "**Therapie:**\nArthroskopie des rechten Handgelenks mit transossärer TFCC-Refixation "
              "am 28.09.2026 (OP-Bericht folgt gesondert)."),
        ("p", "**Anamnese:**\nDer 41-jährige Patient stellte sich nach einem Sturz auf die "
              "dorsalextendierte rechte Hand während eines Urlaubs im Schwarzwald in unserer "
              "Notaufnahme vor. Die initialen Röntgenaufnahmen zeigten keine Fraktur. Bei "
              "persistierenden ulnarseitigen Schmerzen und Instabilität des DRUG erfolgte am "
              "12.09.2026 eine MRT des Handgelenks, die eine foveale Ablösung des TFCC zeigte. "
              "Nach ausführlicher Aufklärung entschied sich der Patient für die operative "
              "Versorgung noch vor der Rückreise."),
        ("p", "**Verlauf:**\nPostoperativ komplikationsloser Verlauf, Wundverhältnisse reizlos, "
              "periphere Durchblutung, Motorik und Sensibilität intakt. Entlassung am 29.09.2026 "
              "in gutem Allgemeinzustand im Oberarmgips in 60° Supination."),
        ("p", "**Procedere:**\n- Oberarmgips für 6 Wochen, danach Unterarmorthese für weitere "
              "4 Wochen\n- Fadenzug am 12. postoperativen Tag über den Hausarzt\n"
              "- Handtherapie ab Woche 6 in den Niederlanden\n"
              "- Klinische Kontrolle durch einen Handchirurgen in den Niederlanden empfohlen\n"
              "- Bei Wiederaufnahme in einem niederländischen Krankenhaus bitte an MRSA-Screening "
              "denken (Aufenthalt in einer deutschen Klinik)"),
        ("p", "**Medikation bei Entlassung:** Ibuprofen 600 mg 1-1-1 für 5 Tage, Pantoprazol "
              "20 mg 1-0-0, Salbutamol b. Bed."),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("table", None, [["Prof. Dr. med. H. Brandtner", "Dr. med. S. Kallweit"],
                         ["Oberarzt", "Assistenzärztin"]]),
        ("small", "Dieser Brief wurde elektronisch erstellt und ist ohne Unterschrift gültig."),
    ]
    page = {"docx_font": "Arial",
            "header_table": [["**Universitätsklinikum Freiburg**", "Klinik für Plastische und Handchirurgie"],
                             ["Ärztlicher Direktor: Prof. Dr. med. (Beispiel)",
                              "Sekretariat Tel. +49 761 270-0"]],
            "footer": "Seite {page} von {pages} - Entlassungsbrief Visscher, Maarten, *07.12.1984"}
    lab = L(["correspondence"], "2026-10-02", "specialist", "de", "German Entlassungsbrief (university hospital)",
            "yes", "yes", "yes",
            "German discharge letter to a Dutch GP; operation stated with date but without "
            "operator/description ('OP-Bericht folgt gesondert') so not an operation report; "
            "date 'Freiburg, 02.10.2026' after the address block; birth date with asterisk in "
            "footer; MRSA mentioned only as advice.")
    return {"fmt": "docx", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 011
def d011():
    t = """ZIEKENHUIS GELDERSE VALLEI  -  RADIOLOGIE                    RIS-export v3.2
================================================================================
Patiënt          : ZWART, A. (Anouk)          mw.
Geboortedatum    : 1990-05-21                 Patiëntnr : 6618204
Aanvrager        : L. Peeters, huisarts, Huisartsenpraktijk De Valk, Ede
Afdeling         : Huisarts (direct toegankelijke diagnostiek)
Onderzoek        : ECHO POLS LI  (code 3310.12)
Accessionnummer  : EDE26R0814-0117
Onderzoeksdatum  : 2026-08-14 10:32
Verslagdatum     : 2026-08-14 13:05
Status           : GEAUTORISEERD
--------------------------------------------------------------------------------
KLINISCHE GEGEVENS / VRAAGSTELLING
Sinds 3 mnd pijnlijke zwelling dorsale zijde pols links, wisselend van grootte.
Ganglion? Tenosynovitis? DD weke delen tumor.

VERSLAG
Echografie van de dorsale zijde van de linkerpols met hoogfrequente lineaire
transducer. Ter plaatse van de palpabele zwelling, dorsaal over het
scafolunaire interval, een scherp begrensde anechogene, licht gelobde structuur
van 14 x 9 x 8 mm met dorsale aankleuring, zonder interne vascularisatie bij
powerdoppler. Een smalle steel lijkt uit te gaan van het dorsale deel van het
scafolunaire ligament. Extensorpezen 2e-4e compartiment zonder afwijkingen, geen
peesschedevocht. Geen solide component.

CONCLUSIE
Dorsaal polsganglion links (14 mm), uitgaande van het SL-interval. Geen
aanwijzingen voor tenosynovitis of een solide weke delen proces.

Radioloog: drs. H.W. van Velzen
Geautoriseerd: 2026-08-14 13:05
================================================================================
"""
    lab = L(["imaging-report"], "2026-08-14", "radiologist", "nl", "RIS plain-text export, ISO dates",
            "yes", "unmentioned", "unmentioned",
            "Plain-text RIS export without letterhead; ISO dates with times; GP as requester and "
            "'Vraagstelling' belongs to the request.")
    return {"fmt": "txt", "text": t, "label": lab}


# ------------------------------------------------------------------ 012
def d012():
    blocks = [
        ("lh", "Apotheek De Vliet", ["Haagweg 88, 2321 AG  Leiden", "T 071-576 1120"],
         {"right": ["Apotheker: mw. drs. I. Lagendijk", "AGB 06-017744",
                    "Datum afdruk: 19-11-2026"]}),
        ("h", "Actueel medicatieoverzicht", 13),
        ("fields2",
         [("Naam", "dhr. W.P. Groeneveld"), ("Geboortedatum", "09-10-1954"), ("BSN", "1488.30.219")],
         [("Huisarts", "dr. C. Meijboom"), ("Lengte/gewicht", "182 cm / 94 kg"),
          ("Nierfunctie", "eGFR 58 (12-08-2026)")]),
        ("table", ["Geneesmiddel", "Dosering", "Start", "Voorschrijver", "Opmerking"], [
            ["Naproxen 500 mg tablet", "zo nodig 2x per dag 1", "02-09-2026", "C. Meijboom (HA)",
             "tijdelijk, polsklachten"],
            ["Omeprazol 20 mg capsule msr", "1x per dag 1", "02-09-2026", "C. Meijboom (HA)",
             "maagbescherming"],
            ["Paracetamol 1000 mg tablet", "max 3x per dag 1", "14-07-2026", "C. Meijboom (HA)", ""],
            ["Metoprolol 50 mg tablet mga", "1x per dag 1", "03-03-2019", "cardioloog LUMC", ""],
            ["Acetylsalicylzuur 80 mg", "1x per dag 1", "03-03-2019", "cardioloog LUMC",
             "let op bij ingreep"],
            ["Atorvastatine 40 mg", "1x per dag 1 (avond)", "03-03-2019", "cardioloog LUMC", ""],
        ], {"widths": [0.28, 0.2, 0.14, 0.2, 0.18]}),
        ("fields", [("Overgevoeligheid", "pleisters (contactallergie), co-trimoxazol (huiduitslag)"),
                    ("Contra-indicaties", "verminderde nierfunctie; coronairlijden"),
                    ("Recent gestopt", "Prednisolon 30 mg kuur (t/m 20-08-2026)")], {"lw": 38}),
        ("small", "Dit overzicht is samengesteld uit de gegevens die bij onze apotheek bekend zijn. "
                  "Medicatie van andere apotheken of zonder recept kan ontbreken. Neem dit overzicht "
                  "mee naar uw arts of het ziekenhuis."),
    ]
    page = {"font": "LiberationSans", "size": 9,
            "footer": "Medicatieoverzicht W.P. Groeneveld - Apotheek De Vliet - 19-11-2026 - blad {page}"}
    lab = L([], "2026-11-19", "other", "nl", "pharmacy medication overview table",
            "unmentioned", "unmentioned", "unmentioned",
            "Pharmacy overview: many dates (start dates, eGFR date); 'let op bij ingreep' is not "
            "an operation; not a history letter.")
    return {"fmt": "pdf", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 013
def d013():
    blocks = [
        ("p", "Gent, 6 oktober 2026"),
        ("addr", ["Aan de Handkliniek Zeeland-West", "t.a.v. de handchirurg van dienst",
                  "Axelsestraat 77", "4537 AK  Terneuzen", "Nederland"]),
        ("p", "**Betreft:** Mevrouw Griet VANDERHAEGHEN, °12/04/1968\nKortrijksesteenweg 402, "
              "9000 Gent - rijksregisternummer 68.04.12-234.56"),
        ("p", "Geachte collega,"),
        ("p", "Mag ik u deze patiënte doorsturen voor een tweede advies (second opinion) "
              "betreffende een recidief van de ziekte van Dupuytren aan de rechterhand?"),
        ("p", "Mevrouw werd in maart 2025 geopereerd in het AZ Sint-Jan Brugge (dr. De Clercq, "
              "dienst plastische heelkunde): partiële fasciëctomie van vierde en vijfde straal "
              "rechts. Het herstel verliep traag met een periode van stijfheid waarvoor zij "
              "handtherapie volgde. Sinds de zomer is er opnieuw een toenemende buigstand van de "
              "pink, nu met een beperking van de strekking in het PIP-gewricht van ongeveer "
              "45 graden. Zij werkt als kapster en ondervindt daar veel hinder van."),
        ("p", "Op de raadpleging in Brugge (juli 2026) werd een nieuwe fasciëctomie met "
              "eventueel huidtransplantaat voorgesteld, of een artrodese van het PIP-gewricht. "
              "Patiënte is hier weinig enthousiast over en heeft gehoord dat men in uw centrum "
              "ook collagenase- of naaldbehandelingen bij recidieven toepast."),
        ("p", "**Graag uw advies:** is een nieuwe ingreep zinvol, en welke techniek zou u "
              "aanraden gezien het recidief na fasciëctomie?"),
        ("p", "Verdere voorgeschiedenis: hypothyreoïdie (L-thyroxine 75 µg), 2012 "
              "hysterectomie. Roken: gestopt in 2019. Geen bekende allergieën."),
        ("p", "De operatieverslagen en het verslag van de raadpleging zal patiënte zelf meebrengen."),
        ("p", "Met collegiale groeten,"),
        ("sig", ["dr. Pieter Van Damme", "huisarts - RIZIV 1-23456-78-004"]),
    ]
    page = {"docx_font": "Calibri",
            "header_table": [["**Groepspraktijk De Linde**", "Huisartsen dr. P. Van Damme - dr. E. Maes"],
                             ["Lindenlei 14, 9000 Gent", "tel. +32 9 225 41 18 - info@delinde.example"]],
            "footer": "Groepspraktijk De Linde - ondernemingsnummer 0812.345.678"}
    lab = L(["referral"], "2026-10-06", "gp", "nl", "Flemish GP referral letter",
            "unmentioned", "yes", "yes",
            "Belgian (Flemish) GP: '°' before birth date, dd/mm/yyyy, RIZIV, +32; the earlier "
            "operation was in AZ Sint-Jan Brugge = a hospital outside the Netherlands; the new "
            "operation is only proposed; hysterectomy is another body part; question asked with "
            "'Graag uw advies'.",
            rq=True)
    return {"fmt": "docx", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 014
def d014():
    t = """MVZ Labor Niederrhein GmbH                       Fachärzte für Laboratoriumsmedizin,
Rheinberger Str. 120, 47441 Moers                 Mikrobiologie und Infektionsepidemiologie
Tel. +49 2841 9988-0                              www.labor-niederrhein.example

BEFUNDBERICHT MIKROBIOLOGIE                                  ENDBEFUND

Einsender : Hausarztpraxis Dr. med. U. Terhorst, Kavarinerstr. 3, 47533 Kleve
Patient   : Hendriks, Wilhelmina            geb. 22.08.1949     w
Auftrag   : 2611-55302                      Kasse: AOK Rheinland/Hamburg
Entnahme  : 08.11.2026 10:20
Eingang   : 09.11.2026 08:05
Befund    : 11.11.2026 14:47

Klinische Angaben: MRSA-Screening vor geplanter ambulanter Vorstellung Handchirurgie (NL)

---------------------------------------------------------------------------------------
Untersuchung                  Material                     Ergebnis
---------------------------------------------------------------------------------------
MRSA-Screening Kultur         Nasenabstrich beidseits       kein MRSA nachgewiesen
MRSA-Screening Kultur         Rachenabstrich                kein MRSA nachgewiesen
MRSA-Screening Kultur         Leistenabstrich               kein MRSA nachgewiesen
MRSA-PCR (mecA/SCCmec)        Nasenabstrich                 negativ
---------------------------------------------------------------------------------------

Beurteilung:
In den eingesandten Materialien wurde kein Methicillin-resistenter Staphylococcus aureus
(MRSA) nachgewiesen. Ein negatives Screening schließt eine Besiedlung nicht sicher aus.

Befund freigegeben: Dr. med. K. Oberländer, Fachärztin für Mikrobiologie, 11.11.2026
Seite 1/1
"""
    lab = L(["mrsa-screening"], "2026-11-11", "lab", "de", "German LIS microbiology report, fixed-width",
            "unmentioned", "unmentioned", "unmentioned",
            "German lab text in cp1252 with CRLF; three dates (Entnahme, Eingang, Befund); "
            "Befund date is the report date.",
            also=["2026-11-08"])
    return {"fmt": "txt", "text": t, "encoding": "cp1252", "newline": "\r\n", "label": lab}


# ------------------------------------------------------------------ 015
def d015():
    blocks = [
        ("h", "St James's Hospital", 15),
        ("p", "Department of Occupational Therapy - Hand Therapy Service\nJames's Street, Dublin 8, "
              "D08 NHY1 - Tel: +353 1 410 3000"),
        ("hr",),
        ("h", "HAND THERAPY DISCHARGE / TRANSFER REPORT", 12),
        ("fields", [("Date", "21st October 2026"), ("Patient", "Ms Eva Jansen"),
                    ("DOB", "03 Nov 1999"), ("MRN", "SJH-1120457"),
                    ("Referred by", "Plastic Surgery (Mr D. Fitzgerald, Consultant Plastic Surgeon)"),
                    ("To", "Hand therapist / treating team, the Netherlands")],
         {"lw": 35}),
        ("p", "**Diagnosis:** Zone II flexor tendon injury (FDP and FDS) left index finger, "
              "kitchen knife laceration 29 August 2026. Primary repair (4-strand core suture + "
              "epitendinous) of FDP and FDS, and repair of the radial digital nerve, performed at "
              "St James's Hospital on 30 August 2026."),
        ("p", "Eva has attended hand therapy here since day 4 post-op, following the modified "
              "early active motion protocol in a dorsal blocking splint. The splint was "
              "discontinued at week 6. She is now 7.5 weeks post-op and returns to the "
              "Netherlands on 28 October to continue her studies."),
        ("h", "Current measurements (20/10/2026)", 10),
        ("table", ["", "MCP", "PIP", "DIP", "TAM"], [
            ["Left index - active flexion", "85", "90", "55", "205"],
            ["Left index - extension deficit", "0", "-15", "-10", ""],
            ["Right index (reference)", "90", "105", "75", "270"],
        ]),
        ("p", "Grip strength has not yet been tested (protocol: from week 12). Sensation in the "
              "radial border of the index finger is returning (2PD 8 mm). Scar is mobile, mild "
              "hypersensitivity. She is independent with her home exercise programme."),
        ("p", "**Recommendations:** continue tendon gliding and blocking exercises, start light "
              "resisted work at week 8, graded strengthening from week 12. Watch the PIP "
              "extension lag; a night extension splint may be needed. No contact sports until "
              "week 12."),
        ("p", "We would be grateful if her hand therapy could be continued locally. Please do "
              "not hesitate to contact me."),
        ("sig", ["Siobhán Kavanagh", "Clinical Specialist Occupational Therapist (Hand Therapy)",
                 "CORU reg. OT0123456"]),
        ("small", "cc: Mr D. Fitzgerald; patient"),
    ]
    page = {"docx_font": "Arial", "size": 10,
            "footer": "St James's Hospital Hand Therapy - Jansen, Eva - page {page} of {pages}"}
    lab = L([], "2026-10-21", "other", "en", "Irish hand therapy transfer report (DOCX -> PDF)",
            "unmentioned", "yes", "yes",
            "Hand therapy letter, not a specialist letter or operation report although it names "
            "the repair and operation date; hospital abroad (Dublin) did the surgery; ordinal "
            "date '21st October 2026'; measurements table dated 20/10/2026.")
    return {"fmt": "docx2pdf", "blocks": blocks, "page": page, "label": lab}


# ------------------------------------------------------------------ 016
def d016():
    blocks = [
        ("h", "VitaalZorg Verzekeringen", 15),
        ("p", "Afdeling Zorgadvies & Machtigingen - Postbus 9000, 7300 ZA Apeldoorn"),
        ("h", "Aanvraagformulier second opinion (buiten de eigen behandelaar)", 12),
        ("p", "Vul dit formulier volledig in en stuur het samen met de verwijsbrief van uw "
              "huisarts of specialist naar ons op. Zonder verwijzing wordt een second opinion "
              "niet vergoed."),
        ("h", "1. Gegevens verzekerde", 11),
        ("fields", [("Naam", "mevrouw C.A. (Carla) Brouwer"), ("Geboortedatum", "30-06-1972"),
                    ("Polisnummer", "VZ-2280-11734"), ("Adres", "Beukenlaan 9, 7313 AB Apeldoorn"),
                    ("Telefoon", "06-55 21 83 09")], {"grid": True, "lw": 40}),
        ("h", "2. Gegevens van de behandeling", 11),
        ("fields", [("Huidige behandelaar", "dr. M. Wessels, orthopedisch chirurg, Gelre Apeldoorn"),
                    ("Klacht / diagnose", "Carpaletunnelsyndroom rechts, nu ook klachten links"),
                    ("Second opinion bij", "Handkliniek Meridiaan, Amersfoort"),
                    ("Verwijzer", "huisarts K. Dijkstra (verwijzing volgt)")], {"grid": True, "lw": 40}),
        ("h", "3. Vragen", 11),
        ("check", [("Bent u voor deze klacht eerder geopereerd?   Ja", False),
                   ("Bent u voor deze klacht eerder geopereerd?   Nee", True),
                   ("Zijn er foto's/scans gemaakt (röntgen, echo, MRI)?   Ja", True),
                   ("Zijn er foto's/scans gemaakt (röntgen, echo, MRI)?   Nee", False),
                   ("Bent u in het buitenland behandeld?   Ja", False),
                   ("Bent u in het buitenland behandeld?   Nee", True)]),
        ("fields", [("Toelichting", "Echo pols rechts gemaakt in Gelre (september). Operatie "
                                    "is mij aangeraden, ik wil eerst een tweede mening.")],
         {"grid": True, "lw": 40}),
        ("h", "4. Ondertekening", 11),
        ("p", "Ik verklaar dit formulier naar waarheid te hebben ingevuld en geef VitaalZorg "
              "toestemming om bij de behandelaars medische informatie op te vragen die nodig is "
              "voor de beoordeling van deze aanvraag."),
        ("fields", [("Datum", "2 december 2026"), ("Plaats", "Apeldoorn"),
                    ("Handtekening", "C.A. Brouwer")], {"lw": 40}),
        ("small", "Formulier ZA-SO-04 (versie 2026-1). Beoordeling binnen 10 werkdagen."),
    ]
    page = {"docx_font": "Verdana", "size": 9.5,
            "footer": "VitaalZorg Verzekeringen N.V. - KvK 0000000 - formulier ZA-SO-04"}
    lab = L([], "2026-12-02", "other", "nl", "insurer form with check boxes (DOCX)",
            "yes", "no", "no",
            "Insurer form filled in by the patient: facts only in check boxes (☒ Nee for surgery "
            "and for treatment abroad, ☒ Ja for imaging) plus a free-text line; operation only "
            "advised; 'verwijzing volgt' is not a referral; form version '2026-1' is not a date.")
    return {"fmt": "docx", "blocks": blocks, "page": page, "label": lab}
