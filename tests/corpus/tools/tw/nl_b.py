"""Dutch documents tw-019 .. tw-035 (all patients, practitioners and addresses invented)."""
from common import L, P

DOCS = []


def add(stem, fmt, label, body=None, opts=None, parts=None):
    d = {"stem": stem, "fmt": fmt, "label": label, "opts": opts or {}}
    if parts is not None:
        d["parts"] = parts
    else:
        d["body"] = body
    DOCS.append(d)


# ---------------------------------------------------------------- tw-019 bedrijfsarts letter
add("tw-019", "pdf",
    L([], "2026-11-05", "other", "nl",
      "occupational physician (bedrijfsarts) letter to the treating surgeon, arbodienst letterhead",
      "no", "no", "unmentioned",
      "Letter by a physician (bedrijfsarts) that looks like a referral ('Geachte collega', asks a question) but "
      "is an information request from occupational health, not a referral. 'nog niet geopereerd' is a "
      "negation; the offered operation is a plan. 'Voor zover mij bekend is er nog geen beeldvormend onderzoek "
      "gedaan' is a hedged negation for imaging (labelled no)."),
    [
        ("letterhead", ["Arbodienst Haaglanden BV", "Bedrijfsgezondheidszorg", "Laan van NOI 88, 2593 BN Den Haag"], "right"),
        ("p", "Aan: Dr. C. Rademaker, plastisch chirurg\nHaaglanden Medisch Centrum, locatie Westeinde\nLijnbaan 32\n2512 VA Den Haag"),
        ("p", "Den Haag, 5 november 2026"),
        ("kv", [("Betreft", "Mw. N. (Nadia) Bouzid, geb. 03-03-1984"),
                ("Werkgever", "Schoonmaakbedrijf Hofstad BV"),
                ("Ons kenmerk", "BA/26/3318")], {"grid": False}),
        ("p", "Geachte collega,"),
        ("p", "Als bedrijfsarts begeleid ik bovengenoemde werkneemster, die sinds 12 mei 2026 verzuimt wegens klachten "
              "van de rechterhand en -pols (de Quervain / CTS, volgens haar opgave). In het kader van de Wet verbetering "
              "poortwachter wil ik de belastbaarheid en de prognose goed kunnen inschatten."),
        ("p", "Betrokkene vertelt dat u haar in juni een operatie hebt aangeboden, maar dat zij nog niet geopereerd is "
              "omdat zij eerst een second opinion wil. Voor zover mij bekend is er nog geen beeldvormend onderzoek gedaan, dus ook geen foto, echo of MRI."),
        ("p", "Mijn vragen aan u, met haar schriftelijke toestemming (bijgevoegd):\n"
              "1. Wat is de diagnose en welke behandeling is voorgesteld?\n"
              "2. Wat is de verwachte hersteltermijn na een eventuele operatie?\n"
              "3. Zijn er beperkingen voor aangepast werk (lichte schoonmaakwerkzaamheden, eenhandig)?"),
        ("p", "Ik verzoek u vriendelijk om binnen drie weken te reageren. Uw antwoord wordt niet zonder haar "
              "toestemming met de werkgever gedeeld."),
        ("p", "Met collegiale groet,"),
        ("p", "drs. E. van Leeuwen, bedrijfsarts\nBIG 19051234501"),
    ],
    {"footer": "Arbodienst Haaglanden BV  -  vertrouwelijk medisch  -  {page}/{pages}"})

# ---------------------------------------------------------------- tw-020 insurer letter
add("tw-020", "txt",
    L([], "2026-11-18", "other", "nl",
      "health insurer letter on reimbursement of a second opinion, mail-merge plain text",
      "unmentioned", "yes", "yes",
      "Insurer letter (not a kind) that nevertheless states facts: the earlier claim was for an operation on "
      "the left wrist in the 'Sana Kliniken Lübeck' (hospital named without country). Mentions the referral "
      "requirement but is not one. Date is in a field 'Datum:' after the address block."),
    [
        ("pre",
         "Noorderzorg Zorgverzekeringen\n"
         "Postbus 4410\n"
         "9701 EK Groningen\n"
         "\n"
         "Mevrouw T.H. Wiersma\n"
         "Oosterstraat 14\n"
         "9203 JB Drachten\n"
         "\n"
         "Datum:          18 november 2026\n"
         "Ons kenmerk:    NZ-CS-26-0091837\n"
         "Relatienummer:  11.482.390\n"
         "Onderwerp:      Uw vraag over vergoeding second opinion\n"),
        ("p", "Beste mevrouw Wiersma,"),
        ("p", "U belde ons op 12 november met de vraag of een second opinion bij een handchirurg wordt vergoed. "
              "In deze brief leest u ons antwoord."),
        ("p", "Een second opinion valt onder de medisch-specialistische zorg in uw basisverzekering. U heeft hiervoor "
              "een verwijzing nodig van uw huisarts of van uw behandelend medisch specialist. De second opinion moet "
              "gaan over dezelfde aandoening waarvoor u nu behandeld wordt. Het eigen risico is van toepassing."),
        ("p", "U gaf aan dat u in december 2025 in de Sana Kliniken Lübeck bent geopereerd aan uw linkerpols, en dat "
              "u nu twijfelt over de vervolgbehandeling. Die operatie hebben wij vergoed volgens de regeling voor "
              "zorg in het buitenland (declaratie 25-77120). Voor een second opinion in Nederland gelden de normale "
              "voorwaarden hierboven."),
        ("p", "Heeft u nog vragen? Bel ons dan op 050 - 000 4410 (werkdagen 8.00 - 20.00 uur) of kijk op onze website."),
        ("p", "Met vriendelijke groet,\n\nK. Bakker\nKlantenservice Noorderzorg"),
    ],
    {"txt_wrap": 74})

# ---------------------------------------------------------------- tw-021 appointment confirmation
add("tw-021", "docx",
    L([], "2026-12-01", "other", "nl",
      "clinic appointment confirmation letter with checklist of what to bring",
      "unmentioned", "unmentioned", "unmentioned",
      "Appointment letter from the second-opinion clinic itself; the future appointment date (12 januari 2027) "
      "is not the letter's date. The list of documents to bring names every kind (verwijsbrief, "
      "operatieverslag, MRSA-uitslag, cd) without being any of them; MRSA sentence is conditional."),
    [
        ("letterhead", ["Kliniek voor Hand- en Polschirurgie Zeist", "Utrechtseweg 190, 3704 HS Zeist", "T 030-0001190"], "right"),
        ("p", "Dhr. A. (Arjen) Kamphuis\nBergweg 7\n3941 KN Doorn"),
        ("p", "Zeist, 1 december 2026"),
        ("p", "<b>Betreft: bevestiging afspraak second opinion</b>\nPatiëntnummer 26-08814, geboortedatum 23-10-1966"),
        ("p", "Geachte heer Kamphuis,"),
        ("p", "Hierbij bevestigen wij uw afspraak:"),
        ("table", [("Datum", "Tijd", "Bij", "Locatie"),
                   ("dinsdag 12 januari 2027", "09:40 uur", "dr. F. Meijering, plastisch chirurg", "Polikliniek, 1e etage")],
         {"header": True}),
        ("p", "Wij kunnen de afspraak alleen laten doorgaan als uw dossier compleet is. Stuurt u ons uiterlijk twee "
              "weken van tevoren:"),
        ("check", [(False, "de verwijsbrief van uw huisarts of specialist met de vraagstelling"),
                   (False, "een recente brief over uw medische voorgeschiedenis"),
                   (False, "alle brieven van uw behandelend specialist(en)"),
                   (False, "röntgenfoto's, echo, CT of MRI op cd, met de verslagen"),
                   (False, "het operatieverslag, als u aan deze klacht geopereerd bent"),
                   (False, "een MRSA-uitslag via de huisarts, als u de afgelopen 2 maanden in een buitenlands ziekenhuis bent opgenomen of behandeld")]),
        ("p", "Bent u verhinderd, belt u dan minimaal 24 uur van tevoren af. Niet of te laat afgemelde afspraken "
              "kunnen in rekening worden gebracht."),
        ("p", "Met vriendelijke groet,\n\nafdeling Planning"),
    ],
    {"footer": "Kliniek voor Hand- en Polschirurgie Zeist  -  KvK 00000190", "size": 10})

# ---------------------------------------------------------------- tw-022 consent form filled in by patient
add("tw-022", "pdf",
    L([], "2026-11-27", "patient", "nl",
      "consent form (machtiging opvragen medische gegevens) with ticked boxes, filled in and signed by the patient",
      "unmentioned", "yes", "yes",
      "Consent/authorisation form (not a kind). A ticked box lists a Moroccan clinic where the patient was "
      "treated in 03-2026 (tendon repair of the right hand), so the form states treatment abroad and an operation. Signature date is the document date; birth "
      "date sits right next to it."),
    [
        ("letterhead", ["Kliniek voor Hand- en Polschirurgie Zeist"], "left"),
        ("title", "Machtiging opvragen medische gegevens"),
        ("p", "Met dit formulier geeft u ons toestemming om uw medische gegevens op te vragen bij uw andere "
              "zorgverleners. Wij vragen alleen gegevens op die nodig zijn voor de second opinion."),
        ("kv", [("Naam", "Y. (Youssef) Amrani", "Geboortedatum", "09-09-1981"),
                ("Adres", "Lombokstraat 31, 2585 VL Den Haag", "Telefoon", "06-19884710")], {"grid": True}),
        ("h", "Ik geef toestemming om gegevens op te vragen bij:"),
        ("check", [(True, "mijn huisarts: dokter R. Vos, Gezondheidscentrum Transvaal, Den Haag"),
                   (True, "ziekenhuis in Nederland: HMC Bronovo, afdeling orthopedie"),
                   (True, "ziekenhuis of kliniek in het buitenland: Clinique Al Madina, Agadir - behandeld 03-2026 "
                          "(hechting pees rechterhand, na snijwond)"),
                   (False, "apotheek"),
                   (False, "fysiotherapeut / handtherapeut")]),
        ("h", "Soort gegevens"),
        ("check", [(True, "brieven en verslagen"), (True, "operatieverslagen"), (True, "röntgenfoto's / scans"),
                   (False, "laboratoriumuitslagen")]),
        ("kv", [("Plaats", "Den Haag", "Datum", "27-11-2026"),
                ("Handtekening", "(getekend) Y. Amrani", "", "")], {"grid": True, "box": True}),
        ("small", "Deze machtiging is geldig tot één jaar na ondertekening en kan altijd worden ingetrokken."),
    ],
    {"font": "dejavu", "footer": "Formulier MACH-03 versie 2025-2"})

# ---------------------------------------------------------------- tw-023 medication overview pharmacy
add("tw-023", "txt",
    L([], "2026-11-20", "other", "nl",
      "pharmacy 'Actueel medicatieoverzicht' printout, fixed-width",
      "unmentioned", "unmentioned", "unmentioned",
      "Medication overview (not a kind, not a history letter) despite listing a hospital-prescribed "
      "antibiotic and analgesics. Print date vs dispensing dates; birth date in the header."),
    [
        ("pre",
         "APOTHEEK DE VAART                                  Actueel medicatieoverzicht\n"
         "Marktplein 3, 1315 EA Almere                       Afgedrukt: 20-11-2026 11:47\n"
         "------------------------------------------------------------------------------\n"
         "Naam          : Mw. P.A. (Priya) Ramcharan\n"
         "Geboortedatum : 14-05-1970          Geslacht: V       Lengte/gewicht: 168 cm / 81 kg\n"
         "Huisarts      : C. de Wit, Huisartsenpraktijk Stedenwijk\n"
         "------------------------------------------------------------------------------\n"
         "ACTUELE MEDICATIE\n"
         "Start       Geneesmiddel                         Dosering          Voorschrijver\n"
         "03-01-2024  METFORMINE 1000MG TABLET             2x per dag 1      C. de Wit (HA)\n"
         "03-01-2024  GLICLAZIDE 80MG TABLET               1x per dag 1      C. de Wit (HA)\n"
         "11-06-2025  LOSARTAN 50MG TABLET                 1x per dag 1      C. de Wit (HA)\n"
         "17-10-2026  NAPROXEN 500MG TABLET                2x per dag 1 znd  Flevoziekenhuis, orthopedie\n"
         "17-10-2026  OMEPRAZOL 20MG CAPSULE MSR           1x per dag 1      Flevoziekenhuis, orthopedie\n"
         "\n"
         "KORTDURENDE / GESTOPTE MEDICATIE (laatste 6 mnd)\n"
         "17-10-2026  FLUCLOXACILLINE 500MG CAPSULE        4x per dag 1, 7 d Flevoziekenhuis, SEH\n"
         "02-08-2026  PREDNISOLON 20MG TABLET              kuur 5 d          C. de Wit (HA)\n"
         "\n"
         "OVERGEVOELIGHEDEN / CONTRA-INDICATIES\n"
         "  Codeïne: misselijkheid (intolerantie, 2019)\n"
         "  Diabetes mellitus\n"
         "------------------------------------------------------------------------------\n"
         "Dit overzicht is gebaseerd op de gegevens die bij de apotheek bekend zijn.  pag. 1/1\n"),
    ],
    {"txt_wrap": 0})

# ---------------------------------------------------------------- tw-024 combined lab + imaging request form
add("tw-024", "pdf",
    L([], "2026-11-19", "gp", "nl",
      "GP request form for X-ray, ultrasound and lab including MRSA screening (aanvraagformulier), ticked boxes",
      "unmentioned", "unmentioned", "yes",
      "Request form, not a referral and not a result: X-ray/echo and MRSA screening are only requested "
      "(imaging unmentioned). Clinical information states admission in the CMC on Curaçao (outside the "
      "Netherlands, although within the Kingdom) - treated_abroad yes. Requester block with AGB looks like "
      "a referral header."),
    [
        ("letterhead", ["Diagnostisch Centrum Rijnmond", "AANVRAAGFORMULIER LABORATORIUM / BEELDVORMING (eerste lijn)"], "center"),
        ("kv", [("Aanvrager", "Dr. O. Martina, huisarts", "AGB", "01-061144"),
                ("Praktijk", "Huisartsenpraktijk Charlois, Rotterdam", "Datum aanvraag", "19-11-2026"),
                ("Patiënt", "Dhr. R.E. (Ricardo) Isenia", "Geb.datum", "17-04-1966"),
                ("Adres", "Wolphaertsbocht 401, 3083 MP Rotterdam", "Verzekering", "Zilverland 40418822")],
         {"grid": True}),
        ("h", "Klinische gegevens / vraagstelling"),
        ("p", "Pijn en zwelling li pols na val 10-2026 op Curaçao; daar 4 dagen opgenomen in het CMC (Curaçao Medical "
              "Center) i.v.m. cellulitis onderarm, iv antibiotica. Geen ontslagbrief. Fractuur? Verwijzing "
              "handchirurgie volgt; MRSA-screening nodig i.v.m. opname buitenland."),
        ("h", "Beeldvorming"),
        ("check", [(True, "X-pols links, 2 richtingen"), (True, "X-hand links"), (False, "X-scaphoidserie"),
                   (True, "Echo pols/hand links - vraag: abces, peesschede?"), (False, "X-thorax")]),
        ("h", "Laboratorium"),
        ("check", [(True, "Bloedbeeld (Hb, leuko, trombo)"), (True, "BSE / CRP"), (True, "Glucose / HbA1c"),
                   (False, "Nierfunctie"),
                   (True, "MRSA-screening: kweek neus, keel, perineum (3 wattenstokken)"),
                   (False, "Wondkweek")]),
        ("p", "Afnamelocatie: prikpost Zuidplein.  Handtekening aanvrager: (paraaf) O.M."),
        ("small", "Wit exemplaar: laboratorium  -  geel exemplaar: patiënt  -  formulier DCR-LAB/RAD v12"),
    ],
    {"font": "dejavu", "size": 9.5})

# ---------------------------------------------------------------- tw-025 intake questionnaire
add("tw-025", "docx",
    L([], "2026-12-02", "patient", "nl",
      "second-opinion intake questionnaire (vragenlijst) filled in by the patient, checkboxes + free text",
      "yes", "no", "no",
      "Questionnaire answered by the patient: 'Nee' ticked for surgery and for hospital care abroad; a holiday "
      "in Thailand is mentioned in free text without care; the sister's thumb operations are someone else's. Imaging yes (echo + X-ray listed). Contains BMI "
      "data. The form's own questions contain every keyword (operatie, buitenland, MRSA)."),
    [
        ("letterhead", ["Kliniek voor Hand- en Polschirurgie Zeist"], "left"),
        ("title", "Vragenlijst second opinion"),
        ("kv", [("Naam", "M. (Miriam) Oosterhuis-de Graaf"),
                ("Geboortedatum", "05-08-1963"),
                ("Datum invullen", "2 december 2026"),
                ("Lengte / gewicht", "171 cm / 74 kg")], {"grid": True}),
        ("h", "1. Om welke klacht vraagt u een second opinion?"),
        ("p", "Pijn en stijfheid in mijn linkerduim en pols, al sinds 2024. De orthopeed wil opereren, ik wil eerst "
              "weten of het echt moet."),
        ("h", "2. Bent u aan deze klacht geopereerd?"),
        ("check", [(True, "Nee"), (False, "Ja, datum en ziekenhuis: ...")]),
        ("h", "3. Zijn er foto's of scans gemaakt?"),
        ("check", [(False, "Nee"), (True, "Ja, namelijk: echo en röntgenfoto in Medisch Spectrum Twente (2025 en 2026)")]),
        ("h", "4. Bent u in de afgelopen 12 maanden in een ziekenhuis in het buitenland opgenomen of behandeld?"),
        ("check", [(True, "Nee"), (False, "Ja, waar en wanneer: ...")]),
        ("p", "Toelichting: in maart twee weken op vakantie in Thailand geweest, geen dokter nodig gehad. Mijn zus is "
              "twee keer aan haar duim geopereerd en heeft er nog steeds last van, daarom twijfel ik."),
        ("h", "5. Welke behandelingen heeft u gehad?"),
        ("p", "Spalk, 2 injecties (huisarts en orthopeed), oefeningen bij de fysiotherapeut."),
        ("h", "6. Medicijnen en allergieën"),
        ("p", "Omeprazol, soms ibuprofen. Allergie voor pleisters."),
        ("p", "Handtekening: M. Oosterhuis"),
    ],
    {"size": 10.5})

# ---------------------------------------------------------------- tw-026 CGM-like Patiëntoverzicht, multipage
journal26 = [
    ("12-01-2024", "JP", "S", "pijn li pols radiaal na val op ijs 10/1. O: zwelling, drukpijn tabatière. E: L81 contusie pols li. P: X-pols + scaphoid, mitella."),
    ("12-01-2024", "JP", "U", "X-pols li (Tjongerschans): geen fractuur zichtbaar, bij klachten herhalen 10-14 dgn."),
    ("25-01-2024", "JP", "S", "nog pijn. P: herhaal X-scaphoid. U: fractuur middelste 1/3 scaphoid li. Verwijzing SEH/gipskamer."),
    ("25-01-2024", "JP", "", "Verwijzing: SEH Tjongerschans (telefonisch overleg)"),
    ("14-03-2024", "--", "", "Brief specialist ontvangen: orthopedie Tjongerschans - scaphoidfractuur li, gips 10 wkn."),
    ("03-06-2024", "--", "", "Brief specialist ontvangen: orthopedie - CT: vertraagde consolidatie, nogmaals 6 wk gips."),
    ("09-09-2024", "--", "", "Brief specialist ontvangen: orthopedie - CT: pseudartrose scaphoid li, OK besproken."),
    ("04-12-2024", "--", "", "Brief specialist ontvangen: orthopedie - proximale rijresectie (PRC) li 28-11-2024, ongecompliceerd."),
    ("17-02-2025", "JP", "S", "pols stijf, doet handtherapie. O: ext 30, flex 35. P: afwachten."),
    ("06-05-2025", "WD", "S", "controle DM. O: HbA1c 51, RR 142/86. P: beleid ongewijzigd."),
    ("22-09-2025", "JP", "S", "pijn li pols weer toegenomen, vooral bij boodschappen tillen. P: brief orthopedie."),
    ("14-01-2026", "--", "", "Brief specialist ontvangen: orthopedie - X-pols li: beginnende artrose capitatum-radius na PRC. Pijnstilling, evt. artrodese in toekomst."),
    ("19-02-2026", "JP", "S", "terug van overwintering Gran Canaria, daar 02-2026 6 dgn opgenomen in ziekenhuis (pneumonie)."),
    ("19-02-2026", "JP", "", "Ontslagbericht ziekenhuis Las Palmas (Hospital Universitario de Gran Canaria Doctor Negrín) ontvangen, Spaans; pneumonie rechts, iv antibiotica."),
    ("05-03-2026", "JP", "P", "MRSA-kweek neus/keel/perineum afgenomen i.v.m. opname buitenland (i.v.m. geplande OK-consult)."),
    ("09-03-2026", "JP", "U", "MRSA-kweek: negatief."),
    ("12-05-2026", "WD", "S", "DM-controle, geen bijzonderheden."),
    ("30-09-2026", "JP", "S", "wil niet nog een operatie in Tjongerschans, vraagt second opinion over artrodese. P: verwijzing."),
    ("30-09-2026", "JP", "", "Verwijzing: Second opinion handchirurgie (ZorgDomein)"),
    ("02-11-2026", "--", "", "Brief specialist ontvangen: orthopedie Tjongerschans - polsartrodese li aangeboden, pt beraadt zich."),
]
body26 = [
    ("title", "Patiëntoverzicht"),
    ("kv", [("Patiënt", "Mw. J. (Johanna) Postma-Veenstra", "Geboortedatum", "17-02-1955"),
            ("Adres", "Oranjewoudsterweg 61, 8442 CX Heerenveen", "BSN", "999967102"),
            ("Huisarts", "J. Procee (JP), Huisartsenpraktijk Skoatterwâld", "Verzekeraar", "Friesland Zorg"),
            ("Print datum", "26-11-2026", "Selectie", "Volledig overzicht")], {"grid": True}),
    ("h", "Episodes (actief)"),
    ("table", [("ICPC", "Omschrijving", "Begindatum"),
               ("L74", "Fractuur hand/voetwortel - scaphoid li, status na PRC", "25-01-2024"),
               ("L91", "Artrose pols li na proximale rijresectie", "14-01-2026"),
               ("T90", "Diabetes mellitus type 2", "2017"),
               ("K86", "Hypertensie", "2014"),
               ("R81", "Pneumonie (buitenland, 02-2026)", "19-02-2026")], {"header": True, "widths": [0.1, 0.65, 0.25]}),
    ("h", "Episodes (inactief)"),
    ("table", [("ICPC", "Omschrijving", "Periode"),
               ("D88", "Appendicitis, appendectomie", "1971"),
               ("W84", "Sectio caesarea", "1985"),
               ("L81", "Contusie pols li", "01-2024")], {"header": True, "widths": [0.1, 0.65, 0.25]}),
    ("h", "Medicatie"),
    ("p", "Metformine 500 mg 3dd1; enalapril 10 mg 1dd1; paracetamol 1 g 3dd zo nodig; tramadol 50 mg zo nodig (max 2dd)."),
    ("h", "Allergieën / intoleranties"),
    ("p", "Pleister (huidreactie)."),
    ("h", "Journaal"),
    ("table", [("Datum", "Arts", "Reg.", "Tekst")] + [tuple(r) for r in journal26],
     {"header": True, "widths": [0.13, 0.07, 0.06, 0.74]}),
    ("h", "Uitslagen (selectie)"),
    ("table", [("Datum", "Bepaling", "Uitslag"),
               ("05-05-2025", "HbA1c", "51 mmol/mol"),
               ("09-03-2026", "MRSA kweek (neus/keel/perineum)", "negatief"),
               ("08-05-2026", "HbA1c", "53 mmol/mol"),
               ("08-05-2026", "eGFR", "68 ml/min")], {"header": True}),
]
add("tw-026", "pdf",
    L(["history"], "2026-11-26", "gp", "nl",
      "CGM-like HIS 'Patiëntoverzicht' over several pages; journal and episode list as tables; header repeats print date",
      "yes", "yes", "yes",
      "Print date repeats in the page header of every page and is the document date. Dense journal table: "
      "operation (PRC 28-11-2024) known only from a 'Brief specialist ontvangen' line; admission in a hospital "
      "in Las Palmas (Gran Canaria) for pneumonia = treated abroad even though unrelated to the hand. "
      "'MRSA-kweek: negatief' appears as a journal line and in a results table - a mention inside a history "
      "printout, not a lab result document."),
    body26,
    {"header": "CGM HUISARTS  -  Patiëntoverzicht  -  Print datum 26-11-2026 09:14\nMw. J. Postma-Veenstra  geb. 17-02-1955  -  pag. {page}/{pages}",
     "footer": "Vertrouwelijk - uitsluitend voor de behandelaar", "size": 9})

# ---------------------------------------------------------------- tw-027 MicroHIS uittreksel
add("tw-027", "txt",
    L(["history"], "2026-10-15", "gp", "nl",
      "MicroHIS 'HIS-uittreksel' (short journal extract), telegram style",
      "yes", "no", "unmentioned",
      "Short extract; date only in the 'uittreksel d.d.' header. Journal contains a 'Verwijzing handchirurg' "
      "line but the file is not itself a referral (no addressee, no question). 'Pt nooit geopereerd aan hand' is "
      "a negation. The X-ray was done (result line)."),
    [
        ("pre",
         "MicroHIS X - HIS-uittreksel d.d. 15-10-2026                      Huisartsenpraktijk 't Zand, Leeuwarden\n"
         "Pat: T. (Tim) Hofstra, M, 24-02-2004   Zandweg 8, 8921 AA Leeuwarden\n"
         "\n"
         "Probleemlijst: L96 Acuut letsel knie (2019) / L81 Letsel duim li (2026)  ICPC\n"
         "\n"
         "27-08-2026 S/ val skateboard, duim li naar buiten gebogen. Pijn MCP1.\n"
         "           O/ zwelling ulnair MCP1 li, laxiteit UCL? niet goed te beoordelen ivm pijn.\n"
         "           E/ L81 skiduim li?  P/ X-duim li, brace, ctr 1 wk.\n"
         "28-08-2026 U/ X-duim li: geen fractuur, geen avulsie. Stand MCP1 normaal.\n"
         "04-09-2026 S/ pijn minder. O/ UCL-stresstest li: 45 gr laxiteit, geen eindpunt (re 15).\n"
         "           E/ vlgs mij volledige UCL-ruptuur MCP1 li (Stener?)\n"
         "           P/ verwijzing handchirurg, spoed. Pt nooit geopereerd aan hand. Brace continueren.\n"
         "           Verwijzing handchirurg - Medisch Centrum Leeuwarden\n"
         "10-10-2026 S/ MCL: OK aangeboden (herstel UCL), pt twijfelt, sport op hoog niveau (honkbal)\n"
         "           P/ second opinion op verzoek pt besproken, uittreksel meegegeven.\n"
         "\n"
         "Medicatie: geen. Allergie: geen.\n"),
    ],
    {"txt_wrap": 0})

# ---------------------------------------------------------------- tw-028 teleradiology second reading
add("tw-028", "docx",
    L(["imaging-report"], "2026-07-03", "radiologist", "nl",
      "teleradiology second reading (tweede lezing) of an MRI made elsewhere, quoting the original report",
      "yes", "unmentioned", "unmentioned",
      "Report of a report: the MRI was made 12-06-2026 in another hospital and first reported 13-06-2026 "
      "(quoted); this second reading is dated 03-07-2026. The original findings ('geen afwijkingen') are "
      "contradicted. Requester is a plastic surgeon, not a referral.",
      also=["2026-06-12"]),
    [
        ("letterhead", ["TeleRad Consult BV - teleradiologie", "Vondellaan 50, 3521 GH Utrecht"], "left"),
        ("title", "Tweede lezing (second reading) MRI"),
        ("kv", [("Patiënt", "Mw. C. (Carlijn) Smits"),
                ("Geboortedatum", "01-12-1994"),
                ("Onderzoek", "MRI pols links zonder contrast (3T)"),
                ("Verricht", "12-06-2026, Ziekenhuis Rivierenland Tiel (acc.nr. RIV26-44120)"),
                ("Oorspronkelijk verslag", "13-06-2026, dr. P. Derksen, radioloog ZRT"),
                ("Aanvrager tweede lezing", "dr. A. Rietveld, plastisch chirurg, Bernhoven Uden"),
                ("Datum tweede lezing", "03-07-2026")], {"grid": True}),
        ("h", "Vraagstelling"),
        ("p", "Dorsale polspijn na val paard (04-2026), klikken bij belasten. Oorspronkelijk verslag zonder afwijkingen; "
              "klinisch verdenking SL-letsel. Graag herbeoordeling."),
        ("h", "Oorspronkelijk verslag (ter informatie)"),
        ("quote", "\"MRI li pols: geen fractuur, geen bone bruise. Ligamenten intact. TFCC intact. Conclusie: geen "
                  "afwijkingen.\" (dr. P. Derksen, 13-06-2026)"),
        ("h", "Bevindingen bij herbeoordeling"),
        ("p", "Op de coronale PD-FS opnamen een partiële ruptuur van het dorsale deel van het scafolunaire ligament "
              "met vochtsignaal in het interval; membraneus en volair deel intact. Geringe dorsale kanteling van het "
              "lunatum (RL-hoek 12°), SL-hoek 62°. Geen bone bruise meer. TFCC intact."),
        ("h", "Conclusie"),
        ("p", "Partiële (dorsale) SL-ligamentruptuur links zonder statische instabiliteit. Discrepantie met het "
              "oorspronkelijke verslag is telefonisch met de aanvrager besproken."),
        ("p", "dr. H.L. Bakker-Ooms, radioloog (MSK)\n03-07-2026"),
    ],
    {"footer": "TeleRad Consult BV  -  tweede lezing  -  uitsluitend voor de aanvrager", "size": 10})

# ---------------------------------------------------------------- tw-029 dagbehandeling report with procedure
add("tw-029", "pdf",
    L(["correspondence", "operation-report"], "2026-11-12", "specialist", "nl",
      "day-care discharge note (ontslagbericht dagbehandeling) with procedure, operator and description",
      "yes", "yes", "unmentioned",
      "Short day-care letter to the GP that carries a full operation description (date, operator, anaesthesia, "
      "description): both correspondence and operation report. Looks like a nursing discharge form at first "
      "sight (times, voeding, pijnscore)."),
    [
        ("letterhead", ["Dijklander Ziekenhuis", "Dagbehandeling Chirurgie / Plastische chirurgie",
                        "Maelsonstraat 3, 1624 NP Hoorn"], "right"),
        ("title", "Ontslagbericht dagbehandeling"),
        ("kv", [("Aan", "Huisarts: dr. P. Koomen, Enkhuizen", "Datum", "12-11-2026"),
                ("Patiënt", "Dhr. K. (Klaas) Dekker", "Geb.", "21-12-1949"),
                ("Opname", "12-11-2026 07:30", "Ontslag", "12-11-2026 13:15")], {"grid": True}),
        ("h", "Ingreep"),
        ("kv", [("Operatiedatum", "12-11-2026"),
                ("Operateur", "Drs. M. Ploeger, plastisch chirurg"),
                ("Anesthesie", "Plexus axillaris (dr. J. Leek, anesthesioloog)"),
                ("Verrichting", "Extirpatie mucoïdcyste DIP D2 rechts met osteofytresectie en lokale rotatielap")],
         {"grid": False}),
        ("h", "Beschrijving"),
        ("p", "Bloedleegte. H-vormige incisie dorsaal over DIP D2; cyste met steel naar het gewricht vrijgeprepareerd en "
              "in toto verwijderd. Osteofyten aan radiale en ulnaire zijde van de distale falanx met knabbeltang "
              "verwijderd. Nagelmatrix gespaard. Defect gesloten met kleine rotatielap; Ethilon 5-0. Pre-operatieve "
              "X-D2 (10-2026) toonde DIP-artrose met osteofyt."),
        ("h", "Beloop"),
        ("p", "Ongecompliceerd. Pijnscore bij ontslag 2. Heeft gegeten en gedronken, geplast."),
        ("h", "Beleid"),
        ("p", "Verband 5 dagen droog houden. Hechtingen verwijderen na 10 dagen bij de huisarts. Controle "
              "poli plastische chirurgie over 6 weken."),
        ("p", "Met vriendelijke groet,\nDrs. M. Ploeger, plastisch chirurg (elektronisch ondertekend)"),
    ],
    {"footer": "Dijklander Ziekenhuis  -  afdrukdatum 13-11-2026  -  {page}/{pages}", "size": 9.5})

# ---------------------------------------------------------------- tw-030 nursing/anaesthesia transfer note
add("tw-030", "txt",
    L([], "2026-09-17", "other", "nl",
      "HiX-like nursing discharge/transfer note with anaesthesia summary (verpleegkundige overdracht)",
      "unmentioned", "yes", "unmentioned",
      "Nursing and anaesthesia note after a carpal tunnel release: names the procedure, times and anaesthesia "
      "but is not the operation report (no operator description). States the operation happened (operated "
      "yes). Timestamps rather than a letter date."),
    [
        ("pre",
         "Amsterdam UMC, locatie AMC - Dagbehandeling D3           Geprint: 17-09-2026 15:48\n"
         "VERPLEEGKUNDIGE OVERDRACHT / ONTSLAG\n"
         "Patiënt: Mw. E.F. (Evelien) Groen  geb. 06-06-1980  pat.nr 8813402\n"
         "\n"
         "Opname:          17-09-2026 07:15\n"
         "Ingreep:         Endoscopische carpaletunnel-release rechts (gepland, uitgevoerd)\n"
         "OK-tijden:       in OK 08:32 / incisie 08:51 / einde 09:10 / uit OK 09:18\n"
         "Anesthesie:      Plexus axillaris rechts, ropivacaïne 0,5% 25 ml; sedatie propofol\n"
         "                 ASA II; anesthesioloog dr. B. Sterk; anesthesiemedewerker S. Aalders\n"
         "Bijzonderheden:  geen. Geen PONV.\n"
         "\n"
         "Verpleegkundige observaties\n"
         "  09:40  RR 128/76, pols 68, sat 98%, pijn (NRS) 0 - arm nog verdoofd\n"
         "  11:00  heeft gegeten en gedronken, mitella\n"
         "  13:30  spontaan geplast, verband droog, vingers warm en roze\n"
         "\n"
         "Ontslaginstructies meegegeven: arm hoog, blokkade werkt 12-18 uur uit, paracetamol 4dd1g.\n"
         "Hechtingen: verwijderen na 12 dagen bij huisarts.  Controle: poli PA handchirurgie over 6 wk.\n"
         "Ontslag 14:05 met echtgenoot.\n"
         "\n"
         "Verpleegkundige: R. Doornbos, vpk dagbehandeling\n"),
    ],
    {"txt_wrap": 0})

# ---------------------------------------------------------------- tw-031 GP referral without question, signature block at top
add("tw-031", "pdf",
    L(["referral"], "2026-11-16", "gp", "nl",
      "GP letter with the practice's doctors listed in a header table at the top; unsigned closing",
      "yes", "no", "unmentioned",
      "Referral 'voor behandeling' without any question or request for a second opinion (referral_question "
      "false). Signature block is at the top (header table naming two GPs and 'behandelend huisarts'); the "
      "closing has no name. 'nooit geopereerd' is a negation.",
      rq=False),
    [
        ("table", [("Huisartsenpraktijk Gooiland", "J.W. Mulder, huisarts\nA. Kaya, huisarts\nbehandelend: A. Kaya",
                    "Larenseweg 30\n1221 CM Hilversum\n035-6241188")],
         {"header": False, "grid": False, "widths": [0.34, 0.33, 0.33]}),
        ("hr",),
        ("p", "Hilversum, 16-11-2026"),
        ("p", "Aan: Kliniek voor Hand- en Polschirurgie Zeist\nUtrechtseweg 190\n3704 HS Zeist"),
        ("p", "Inzake: mevr. H. (Hanneke) Boersma, 12-09-1948, Kerkelanden 12, 1213 XK Hilversum"),
        ("p", "Geachte collega,"),
        ("p", "Graag zie ik patiënte bij u voor behandeling van haar rechterpols. Zij heeft sinds ruim een jaar pijn en "
              "toenemende bewegingsbeperking. Op de röntgenfoto (Tergooi MC, oktober 2026) is radiocarpale artrose te "
              "zien. Patiënte is nooit geopereerd. Injecties en een polsspalk hielpen onvoldoende."),
        ("p", "Voorgeschiedenis: atriumfibrilleren (apixaban), osteoporose, 2015 heup-TEP rechts."),
        ("p", "Met collegiale groet,"),
        ("sp", 2),
        ("small", "Bijlage: röntgenverslag Tergooi MC."),
    ],
    {"font": "times", "footer": "Huisartsenpraktijk Gooiland - AGB 01-033412"})

# ---------------------------------------------------------------- tw-032 AIOS letter i.o.v., Aachen, header table
add("tw-032", "docx",
    L(["correspondence"], "2026-10-21", "specialist", "nl",
      "outpatient letter (orthopedics) in Word with the letterhead in a header table, written by an AIOS i.o.v. the orthopaedic surgeon",
      "yes", "yes", "yes",
      "Written by a resident 'i.o.v.' (on behalf of) the specialist. Operation done in 'Uniklinik RWTH Aachen' "
      "(hospital named without country: treated abroad). 'MRSA-kweek negatief' is a mention, not a lab result. "
      "Letterhead lives in the Word header table, not in the body."),
    [
        ("kv", [("Datum", "21 oktober 2026"),
                ("Aan", "Mw. dr. L. Offermans, huisarts, Markt 2, 6131 EK Sittard"),
                ("Betreft", "Mevr. I. (Ingrid) Schmitz, geb. 14-01-1973, pat.nr. 5518820"),
                ("Kopie", "patiënte")], {"grid": False}),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënte bezocht op 19 oktober onze polikliniek voor haar rechterhand."),
        ("h", "Voorgeschiedenis / anamnese"),
        ("p", "In april 2026 werd zij in de Uniklinik RWTH Aachen geopereerd wegens reumatoïde artritis met "
              "extensorpeesruptuur D4-D5 rechts (peestransfer en synovectomie pols). Zij woonde toen in Herzogenrath. "
              "Sinds de zomer opnieuw zwelling dorsaal en verminderde extensie D5."),
        ("h", "Onderzoek"),
        ("p", "Dorsaal over de pols een zwelling van 3 x 2 cm, extensie MCP D5 -30°, D4 volledig. "
              "Echografie (vandaag): recidief tenosynovitis van het 4e extensorcompartiment, transfer intact."),
        ("h", "Conclusie"),
        ("p", "Recidief tenosynovitis extensoren rechterpols na eerdere synovectomie en peestransfer (Aachen, 04-2026)."),
        ("h", "Beleid"),
        ("p", "Overleg met reumatoloog over aanpassing van de DMARD-behandeling. Een heroperatie is nu niet "
              "geïndiceerd. Een MRSA-kweek was via u al afgenomen (negatief), waarvoor dank. Controle over 3 maanden."),
        ("p", "Met vriendelijke groet,"),
        ("p", "A.B. Coumans, AIOS orthopedie\ni.o.v. dr. H. Vroemen, orthopedisch chirurg"),
    ],
    {"header_table": [["Zuyderland Medisch Centrum", "Orthopedie", "Dr. H. van der Hoffplein 1", "6162 BG Sittard-Geleen"],
                      ["Polikliniek Orthopedie", "T 088-4597777", "Ons kenmerk ORT/2026/7715"]],
     "footer": "Zuyderland Orthopedie  -  pagina {page} van {pages}", "size": 10})

# ---------------------------------------------------------------- tw-033 nurse specialist follow-up letter (txt export)
add("tw-033", "txt",
    L(["correspondence"], "2026-12-02", "specialist", "nl",
      "outpatient follow-up letter by a verpleegkundig specialist, exported as plain text from the EHR",
      "no", "yes", "unmentioned",
      "Written by a nurse specialist (verpleegkundig specialist) for the plastic surgery department; the "
      "supervising surgeon is only named as 'hoofdbehandelaar'. 'Aanvullend onderzoek: niet verricht' is a "
      "negation for imaging. Operation date 21-10-2026 and visit date 01-12-2026 next to letter date 02-12-2026."),
    [
        ("pre",
         "Máxima MC - Plastische Chirurgie                          Veldhoven\n"
         "De Run 4600, 5504 DB Veldhoven\n"
         "\n"
         "Datum:        02-12-2026\n"
         "Aan:          Dhr. B. Hoeks, huisarts, Waalre\n"
         "Betreft:      Dhr. W. (Wim) van Asten, geb. 09-07-1956\n"
         "Bezoek:       01-12-2026, spreekuur verpleegkundig specialist\n"
         "Hoofdbehandelaar: dr. S. Coenen, plastisch chirurg\n"),
        ("p", "Geachte collega,"),
        ("p", "Ik zag de heer Van Asten voor de eerste controle, zes weken na een partiële fasciectomie van D4 en D5 "
              "links wegens de ziekte van Dupuytren (operatie 21-10-2026, dr. Coenen)."),
        ("p", "Anamnese: weinig pijn, gebruikt de nachtspalk. Wond genezen."),
        ("p", "Onderzoek: littekens rustig, lichte induratie palmair. Extensiedeficit PIP D5 10° (pre-operatief 70°), "
              "MCP D4 volledig. Sensibiliteit intact."),
        ("p", "Aanvullend onderzoek: niet verricht."),
        ("p", "Conclusie: goed resultaat na fasciectomie D4-D5 links."),
        ("p", "Beleid: handtherapie continueren, nachtspalk nog 3 maanden. Controle over 3 maanden bij dr. Coenen."),
        ("p", "Met vriendelijke groet,\n\nM. Vossen, verpleegkundig specialist plastische chirurgie"),
    ],
    {"txt_wrap": 74})

# ---------------------------------------------------------------- tw-034 MERGED zorgdomein bijlagen
add("tw-034", "pdf",
    L(["referral", "mrsa-screening", "imaging-report"], "2026-11-23", "gp", "nl",
      "merged ZorgDomein printout: referral followed by its attachments (MRSA lab result, radiology report)",
      "yes", "unmentioned", "yes",
      "Three documents in one file. The referral has a question but no history section. The MRSA "
      "result (GP lab) states the reason: admission in a hospital in Portugal. The radiology report (X + echo) is "
      "older (08-2026) and its requester is a hospital specialist; its own dates differ from the referral.",
      rq=True,
      parts=[P(["referral"], "2026-11-23", "gp"),
             P(["mrsa-screening"], "2026-11-20", "lab", also=["2026-11-17"]),
             P(["imaging-report"], "2026-08-27", "radiologist")]),
    parts=[
        {"opts": {"header": "ZorgDomein  -  Verwijzing ZD-91.220.384  -  23-11-2026"}, "body": [
            ("title", "Verwijzing Plastische chirurgie - Second opinion hand/pols"),
            ("kv", [("Patiënt", "Mevr. L.M. (Lisette) Bouwman"), ("Geboortedatum", "02-02-1977"),
                    ("Verwijzer", "Dr. T. Kramer, huisarts, Huisartsen Lunetten, Utrecht"),
                    ("Naar", "Kliniek voor Hand- en Polschirurgie Zeist"),
                    ("Datum", "23-11-2026")], {"grid": False}),
            ("h", "Vraagstelling"),
            ("p", "Persisterende pijn en zwelling radiale pols links (de Quervain?) na val in Portugal (08-2026), waar "
                  "zij 3 dagen in het ziekenhuis in Faro lag (polsletsel + commotio). Behandelend chirurg Diakonessenhuis "
                  "adviseert operatieve release; patiënte vraagt een second opinion of dit nodig is."),
            ("h", "Medicatie"),
            ("p", "Geen vaste medicatie."),
            ("h", "Bijlagen"),
            ("p", "1. MRSA-screening (20-11-2026)\n2. Verslag X/echo pols links Diakonessenhuis (27-08-2026)"),
        ]},
        {"opts": {"header": "ZorgDomein  -  Bijlage 1"}, "body": [
            ("letterhead", ["Saltro Diagnostisch Centrum - Medische Microbiologie", "Mississippidreef 83, 3565 CE Utrecht"], "left"),
            ("title", "Uitslag MRSA-screening"),
            ("table", [("Patiënt", "Geboren", "Aanvrager", "Afname", "Rapport"),
                       ("L.M. Bouwman", "02-02-1977", "T. Kramer, huisarts", "17-11-2026", "20-11-2026")], {"header": True}),
            ("table", [("Materiaal", "Bepaling", "Uitslag"),
                       ("Neus", "MRSA-kweek", "negatief"),
                       ("Keel", "MRSA-kweek", "negatief"),
                       ("Perineum", "MRSA-kweek", "negatief")], {"header": True}),
            ("p", "Conclusie: MRSA-screening negatief.\nKlinische gegevens: opname buitenland (Portugal, 08-2026)."),
            ("p", "Geautoriseerd: dr. C. Wesselink, arts-microbioloog"),
        ]},
        {"opts": {"header": "ZorgDomein  -  Bijlage 2"}, "body": [
            ("letterhead", ["Diakonessenhuis Utrecht - Radiologie", "Bosboomstraat 1, 3582 KE Utrecht"], "left"),
            ("p", "Uitslag"),
            ("kv", [("Naam", "Bouwman, L.M.", "Geb.", "02-02-1977"),
                    ("Onderzoeksdatum", "27-08-2026", "Aanvrager", "dr. G. Verbeek, chirurg"),
                    ("Onderzoek", "X-pols links 2 richtingen; echo radiale pols links", "", "")], {"grid": False}),
            ("p", "Klinische gegevens: val buitenland, elders behandeld, pijn radiaal. Fractuur? Tendinitis?"),
            ("p", "X-pols links: geen fractuur, geen luxatie. Normale carpale uitlijning.\n"
                  "Echo: verdikking van het eerste extensorcompartiment (APL/EPB) met peritendineus vocht en "
                  "hyperemie; apart subcompartiment EPB aanwezig."),
            ("p", "Conclusie: tendovaginitis de Quervain links. Geen ossale afwijkingen."),
            ("p", "drs. F. Ouali, radioloog - 27-08-2026"),
        ]},
    ],
    opts={"font": "helv"})

# ---------------------------------------------------------------- tw-035 Belgian GP referral + antecedenten
add("tw-035", "docx",
    L(["referral", "history"], "2026-11-04", "gp", "nl",
      "Flemish GP referral letter ('verwijsbrief') to a Dutch clinic with Antecedenten and recent treatment sections",
      "yes", "yes", "yes",
      "Belgian GP (RIZIV number, dd/mm/yyyy, °birth date) refers for a 'tweede advies'. History section is "
      "called 'Antecedenten' with 'Recente behandeling', so also history. The carpal tunnel release in AZ "
      "Groeninge Kortrijk counts as treatment abroad from the Dutch clinic's view although it is the patient's "
      "home country.",
      rq=True),
    [
        ("letterhead", ["Dr. Bram Vermeersch - huisarts", "Groepspraktijk De Kouter", "Kouterstraat 14, 8300 Knokke-Heist",
                        "tel. +32 50 60 12 34  -  RIZIV 1-23456-78-004"], "left"),
        ("p", "Knokke-Heist, 04/11/2026"),
        ("p", "Aan de collega handchirurg\nKliniek voor Hand- en Polschirurgie\nUtrechtseweg 190, 3704 HS Zeist (Nederland)"),
        ("p", "<b>Betreft: Mevr. Lotte Verstraete °22/06/1983, Zeedijk 212, 8300 Knokke-Heist</b>"),
        ("p", "Geachte Collega,"),
        ("p", "Graag verwijs ik u mijn patiënte voor een tweede advies (second opinion) betreffende haar linkerhand. "
              "Zij werd op 15/03/2026 geopereerd in AZ Groeninge te Kortrijk (open carpale tunnel release links). "
              "Sindsdien heeft zij meer pijn dan voordien, met een branderig gevoel in de ganse hand, kleurverandering "
              "en stijfheid. Mijn vraag: betreft het hier een CRPS, een onvolledige release of een zenuwletsel, en "
              "wat is de aangewezen verdere behandeling?"),
        ("h", "Antecedenten"),
        ("p", "- Migraine\n- 2011 sectio caesarea\n- 2018 depressieve episode, in remissie"),
        ("h", "Recente behandeling"),
        ("p", "- 03/2026 CTR links, AZ Groeninge (dr. Lefever)\n"
              "- 05/2026 EMG (AZ Groeninge): geleiding n. medianus verbeterd t.o.v. preoperatief\n"
              "- 06/2026 RX linkerhand: diffuse ontkalking (Sudeck?)\n"
              "- 06/2026 - heden kinesitherapie 2x/week, vitamine C, pregabaline 75 mg 2x/dag"),
        ("h", "Medicatie"),
        ("p", "Pregabaline 75 mg 2x/d, topiramaat 50 mg 1x/d, paracetamol zo nodig."),
        ("p", "De verslagen van AZ Groeninge voeg ik bij. Met dank en collegiale groeten,"),
        ("p", "Dr. B. Vermeersch"),
    ],
    {"footer": "Groepspraktijk De Kouter - Knokke-Heist", "size": 10.5})
