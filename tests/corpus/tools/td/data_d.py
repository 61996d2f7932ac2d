# td-049 .. td-064
DOCS = []
def add(**d): DOCS.append(d)

# ---------------------------------------------------------------- td-049
F49 = """HANDKLINIEK NOORD - TOESTEMMINGSFORMULIER / MACHTIGING
Opvragen van medische gegevens bij andere zorgverleners
================================================================

Ondergetekende

  Naam:            Jeroen Wubbolts
  Geboortedatum:   23-03-1983
  Adres:           Oosterstraat 77, 9711 NV Groningen
  Telefoon:        06-4127 9950

geeft hierbij toestemming aan Handkliniek Noord om de volgende
medische gegevens op te vragen ten behoeve van een second opinion:

  [x] brieven van de behandelend specialist
  [x] operatieverslag(en)
  [x] verslagen en beelden van röntgen / echo / CT / MRI
  [ ] laboratoriumuitslagen

bij de volgende zorgverlener(s):

  1. UZ Leuven, campus Pellenberg, dienst Handchirurgie,
     Weligerveld 1, 3212 Pellenberg, België
     (behandeld van 03-2025 tot 06-2025: operatie rechterpols
     (proximale rij carpectomie) op 18-03-2025)
  2. Martini Ziekenhuis Groningen, afdeling Orthopedie
     (controles sinds 09-2025)

Deze toestemming is geldig tot 1 jaar na ondertekening en kan
op elk moment schriftelijk worden ingetrokken.

Plaats: Groningen                Datum: 28-11-2026

Handtekening: (getekend) J. Wubbolts
"""
add(stem="td-049", fmt="txt", opts={},
label=dict(kinds=[], date="2026-11-28", author="patient", language="nl",
  style="consent/authorisation form (machtiging) with checkboxes, plain text", imaging_done="unmentioned",
  operated="yes", treated_abroad="yes",
  notes="Consent form is none of the kinds; it states treatment and an operation at UZ Leuven (Belgium); checkbox for imaging reports is a request, not a statement that imaging was done."),
blocks=[("raw", F49)])

# ---------------------------------------------------------------- td-050
add(stem="td-050", fmt="pdf", opts={"font": "Times-Roman", "size": 10, "footer": "Certe Medische Microbiologie Friesland - Harlingertrekweg 58, 8913 HR Leeuwarden"},
label=dict(kinds=["mrsa-screening"], date="2026-10-28", also_dates=["2026-10-26"], author="lab", language="nl",
  style="lab report in letter form, two-column header, PCR and culture results as prose lines", imaging_done="unmentioned",
  operated="yes", treated_abroad="yes",
  notes="Clinical information: admission and operation of the wrist in Cape Town (abroad) => treated_abroad yes, operated yes; sampling vs report date."),
blocks=[
 ("lh", ["Certe", "Medische Microbiologie Friesland", "Leeuwarden"], ["Uitslagdatum 28-10-2026", "Labnummer F26-71442", "Blad 1/1"]),
 ("p", "Aan: J. de Boer, huisarts, Huisartsenpraktijk Sneek-Noord, Oosterdijk 3, 8601 BM Sneek"),
 ("p", "Patiënt: mw. H.A. Zijlstra-Kuipers (V), geb. 14-09-1961\nAfgenomen: 26-10-2026   Ontvangen: 26-10-2026"),
 ("p", "Klinische gegevens: MRSA-screening na ziekenhuisopname in Kaapstad (Zuid-Afrika), sept. 2026, waar ORIF van de linkerpols plaatsvond. Verwijzing handkliniek volgt."),
 ("h", "MRSA-screening"),
 ("p", "Neus - MRSA PCR: negatief\nKeel - MRSA PCR: negatief\nPerineum - MRSA PCR: negatief\nOperatiewond pols links - kweek: Staphylococcus epidermidis (huidflora), MRSA niet aangetoond"),
 ("p", "Conclusie: MRSA niet aangetoond. Patiënt hoeft niet als MRSA-verdacht te worden beschouwd bij opname."),
 ("p", "drs. T. Hoekstra, arts-microbioloog"),
])

# ---------------------------------------------------------------- td-051
add(stem="td-051", fmt="lo", opts={"dfont": "Calibri", "dsize": 11, "footer": "Huisartsenpraktijk Duinzicht - Noordwijk"},
label=dict(kinds=["history"], date="2026-11-17", author="gp", language="nl",
  style="GP summary letter (samenvatting) in prose, DOCX converted by LibreOffice", imaging_done="yes",
  operated="yes", treated_abroad="yes",
  notes="GP's summary, not a referral (referral 'volgt via ZorgDomein'); admission and K-wire fixation in Heraklion; letter date as 'Noordwijk, 17 november 2026'."),
blocks=[
 ("lh", ["Huisartsenpraktijk Duinzicht", "drs. W.J. Kroon en mw. I. Benali, huisartsen", "Zeestraat 21, 2202 AH Noordwijk"], ["tel. 071-361 0044", "AGB 01-077321"]),
 ("p", "Handkliniek Leiden\nafdeling intake\nRijnsburgerweg 10\n2333 AA Leiden"),
 ("p", "Noordwijk, 17 november 2026"),
 ("p", "Betreft: samenvatting medische voorgeschiedenis van mw. M. (Marloes) van der Zalm, geb. 12-12-1994"),
 ("p", "Geachte collega,"),
 ("p", "Ten behoeve van de second opinion die mevrouw van der Zalm bij u heeft aangevraagd, stuur ik u hierbij een samenvatting van haar medische voorgeschiedenis. De verwijsbrief volgt via ZorgDomein."),
 ("h", "Medische voorgeschiedenis"),
 ("p", "2010 ziekte van Pfeiffer. 2017 migraine zonder aura. 2021 partus (vaginaal, ongecompliceerd). Geen chronische ziekten."),
 ("h", "Recente voorgeschiedenis en behandelingen"),
 ("p", "In juni 2026 viel mevrouw tijdens een vakantie op Kreta van een scooter op haar rechterhand. Zij werd twee dagen opgenomen in een ziekenhuis in Heraklion, waar een dubbele fractuur van het vierde en vijfde middenhandsbeen werd vastgesteld op röntgenfoto's. Daar is op 9 juni 2026 een gesloten repositie met K-draadfixatie verricht. De K-draden zijn na vijf weken in het LUMC verwijderd. Sindsdien heeft zij, ondanks handtherapie (12 sessies), een rotatiefout van de ringvinger, die bij vuist maken over de middelvinger kruist, en pijn bij grijpen. De behandelend plastisch chirurg in het LUMC heeft in oktober een correctie-osteotomie voorgesteld; mevrouw wil daarover eerst een tweede mening."),
 ("p", "Bij de MRSA-screening in juli (i.v.m. opname buitenland) werd geen MRSA aangetoond; de uitslag stuur ik mee."),
 ("h", "Medicatie"), ("p", "Sumatriptan 50 mg zo nodig. Geen allergieën."),
 ("p", "Met vriendelijke groet,"),
 ("p", "mw. I. Benali, huisarts"),
])

# ---------------------------------------------------------------- td-052
K52 = """KANTONSSPITAL OBERLAND - NOTFALLZENTRUM
Spitalstrasse 40, 3800 Interlaken, Schweiz - Tel. +41 33 826 26 26

Notfallbericht / Kurzaustrittsbericht

Patient:     Herr Stefan Rozendaal, 15.06.1970, NL-2513 Den Haag
Eintritt:    19.07.2026, 16:20        Austritt: 19.07.2026, 21:05
Zuweisung:   Selbstzuweisung (Tourist)
Behandelnde: Dr. med. M. Feuz, Assistenzärztin; Dr. med. R. Zurbuchen, OA

Diagnosen
1. Luxation PIP-Gelenk Dig. V rechts (dorsal), reponiert
2. Schürfwunden Unterarm rechts

Anamnese
Sturz beim Mountainbiken, Hand aufgeschlagen. Fehlstellung Kleinfinger.

Befund
Dorsal luxiertes PIP-Gelenk Dig. V re, DMS intakt.

Röntgen Hand rechts (19.07.2026): dorsale PIP-Luxation Dig. V ohne
Fraktur; nach Reposition regelrechte Gelenkstellung, kein knöcherner
Ausriss.

Therapie
Reposition in Oberst-Leitungsanästhesie problemlos. Buddy-Taping
Dig. IV/V, dorsale Extensionsblockschiene. Keine operative Versorgung
nötig; eine Operation wurde nicht durchgeführt.

Procedere
Schiene für 3 Wochen, dann Mobilisation. Klinische und radiologische
Kontrolle beim Hausarzt in den Niederlanden in 7 Tagen. Bei
Instabilität handchirurgische Beurteilung.

Interlaken, 19.07.2026
Dr. med. R. Zurbuchen, Oberarzt Notfallzentrum
"""
add(stem="td-052", fmt="txt", opts={},
label=dict(kinds=["correspondence"], date="2026-07-19", author="specialist", language="de",
  style="Swiss emergency short discharge report, plain text", imaging_done="yes",
  operated="no", treated_abroad="yes",
  notes="Swiss ED (abroad) treated the patient; X-ray done; 'eine Operation wurde nicht durchgeführt' => operated no; Swiss postcode 4 digits."),
blocks=[("raw", K52)])

# ---------------------------------------------------------------- td-053 (merged, German)
add(stem="td-053", fmt="merged", opts={"font": "Helvetica", "size": 9.5, "header": "Fax: 04.11.2026 08:12  Nordseeklinik Husum  +49 4841 660 0   S. {page}"},
label=dict(kinds=["correspondence", "imaging-report", "mrsa-screening"], date="2026-11-03", author="specialist", language="de",
  style="merged faxed PDF from a German hospital: Entlassungsbrief + Röntgenbefund (same page) + MRSA result after page break; fax header on every page", imaging_done="yes",
  operated="no", treated_abroad="yes",
  notes="Fax header date (04.11.2026) is the send date, not a document date; fracture treated conservatively ('eine Operation erfolgte nicht' => operated no); MRSA admission screening from the German hospital lab."),
parts=[
 dict(label=dict(kinds=["correspondence"], date="2026-11-03", author="specialist"), blocks=[
  ("lh", ["Nordseeklinik Husum", "Klinik für Unfallchirurgie und Orthopädie", "Erichsenweg 16, 25813 Husum"], ["Husum, 03.11.2026", "Entlassungsbrief"]),
  ("p", "Patientin: Frau Gerrie Veldhuis, geb. 06.05.1955, aus Emmen (NL)\nStationärer Aufenthalt: 29.10.2026 - 03.11.2026"),
  ("p", "Sehr geehrte Kolleginnen und Kollegen,\nwir berichten über Ihre Patientin, die während eines Urlaubs auf Nordstrand auf die rechte Hand stürzte."),
  ("p", "Diagnose: Distale Radiusfraktur rechts, extraartikulär, gering disloziert (AO 23-A2).\nTherapie: Geschlossene Reposition in Bruchspaltanästhesie, dorsale Unterarmgipsschiene. Keine operative Therapie erforderlich, eine Operation erfolgte nicht; stationäre Aufnahme bei ausgeprägter Schwellung und zur Schmerztherapie. Retention im Kontrollröntgen am 02.11.2026 regelrecht.\nProcedere: Gips für insgesamt 5 Wochen, Röntgenkontrolle beim Hausarzt/Unfallchirurgen in den Niederlanden in einer Woche. Bei sekundärer Dislokation Operation erwägen."),
  ("p", "Mit freundlichen Grüßen\nDr. med. H. Petersen, Oberärztin"),
 ]),
 dict(join="sep", label=dict(kinds=["imaging-report"], date="2026-11-02", author="radiologist"), blocks=[
  ("title", "Röntgenbefund"),
  ("kv", [("Patientin", "Veldhuis, Gerrie, 06.05.1955"), ("Untersuchung", "Handgelenk rechts in 2 Ebenen im Gips, 02.11.2026"), ("Anforderung", "Unfallchirurgie, Station 2")]),
  ("p", "Befund: Im Vergleich zur Voraufnahme vom 29.10.2026 unveränderte, achsgerechte Stellung der distalen Radiusfraktur nach Reposition. Radiale Inklination 20 Grad, palmare Neigung 2 Grad. Keine sekundäre Dislokation.\nBeurteilung: Regelrechte Retention.\nDr. med. J. Christiansen, Radiologie"),
 ]),
 dict(label=dict(kinds=["mrsa-screening"], date="2026-10-31", author="lab"), blocks=[
  ("lh", ["Labor der Nordseeklinik Husum", "Mikrobiologie"], ["Befund vom 31.10.2026"]),
  ("kv", [("Patientin", "Veldhuis, Gerrie, 06.05.1955"), ("Entnahme", "29.10.2026 (Aufnahmescreening)"), ("Material", "Nasen-/Rachenabstrich kombiniert")]),
  ("table", ["Untersuchung", "Ergebnis"], [["MRSA-Screening (Kultur)", "negativ - kein MRSA nachgewiesen"], ["MRSA PCR", "negativ"]]),
  ("p", "Freigabe: Dr. rer. nat. B. Hansen"),
 ]),
])

# ---------------------------------------------------------------- td-054
add(stem="td-054", fmt="docx", opts={"dfont": "Calibri", "dsize": 10.5, "header": "Ziekenhuis Tjongerzorg Heerenveen - Plastische Chirurgie"},
label=dict(kinds=["referral", "correspondence"], date="2026-09-08", author="specialist", language="nl",
  style="specialist-to-specialist referral letter (tertiary), table of prior operations", referral_question=True,
  imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
  notes="Plastic surgeon refers to an academic hand centre with an explicit question; lists two previous Dupuytren operations of the same hand; not a history letter in the GP sense."),
blocks=[
 ("lh", ["Ziekenhuis Tjongerzorg", "Plastische Chirurgie", "Thialfweg 44, 8441 PW Heerenveen"], ["Heerenveen, 8 september 2026"]),
 ("p", "Aan: prof. dr. A.J. van Houten, handchirurg\nHandcentrum UMC Noord, Groningen"),
 ("p", "Betreft: verwijzing dhr. G. (Gerrit) Hoekstra, geb. 03-03-1952"),
 ("p", "Waarde collega,"),
 ("p", "Graag verwijs ik dhr. Hoekstra naar uw centrum. Het betreft een 74-jarige man met een agressieve vorm van M. Dupuytren (diathese: bilateraal, knuckle pads, M. Ledderhose) met een ernstig recidief aan de rechter pink."),
 ("table", ["Datum", "Ingreep (rechterhand)", "Resultaat"], [["11-2019", "Beperkte fasciectomie straal IV en V", "Volledige correctie"], ["02-2023", "Naaldfasciotomie recidief pink", "Kortdurend effect"], ["-", "Thans: PIP V contractuur 85 graden, MCP V 40 graden", "-"]]),
 ("p", "Gezien het tweede recidief, de huidkwaliteit na eerdere operaties en de ernst van de PIP-contractuur twijfel ik tussen een dermofasciectomie met huidtransplantaat, een artrodese van het PIP-gewricht, of een amputatie van de pink, waar patiënt zelf aan denkt. Mijn vraag aan u: welke behandeling adviseert u, en bent u bereid de behandeling over te nemen?"),
 ("p", "Patiënt is verder bekend met atriumfibrilleren (apixaban) en diabetes mellitus type 2."),
 ("p", "Met collegiale groet,"),
 ("p", "dr. E. Tuinstra, plastisch chirurg"),
 ("small", "cc: huisarts, dr. S. Dijkstra, Heerenveen"),
])

# ---------------------------------------------------------------- td-055
add(stem="td-055", fmt="pdf", opts={"font": "Helvetica", "size": 9.5, "footer": "Report generated by CRIS - Thamesmead & Bexley NHS Foundation Trust"},
label=dict(kinds=["imaging-report"], date="2026-10-21", also_dates=["2026-10-16"], author="radiologist", language="en",
  style="UK NHS ultrasound report, CRIS layout with exam date and verified date", imaging_done="yes",
  operated="unmentioned", treated_abroad="yes",
  notes="NHS imaging of a Dutch patient (care abroad); exam 16/10, verified 21/10; referrer is a GP Surgery (request, not referral)."),
blocks=[
 ("lh", ["Thamesmead & Bexley NHS Foundation Trust", "Department of Radiology - Queen Mary's Hospital Sidcup", "Frognal Avenue, Sidcup DA14 6LT"], ["Ultrasound Report", "NHS No: 689 441 2206"]),
 ("kv2", [[("Name", "VAN ES, Hanneke"), ("DOB", "09/09/1988")], [("Exam date", "16/10/2026"), ("Verified", "21/10/2026")], [("Referrer", "Dr A. Malik, Crook Log Surgery"), ("Exam", "US Left Wrist")]]),
 ("h", "Clinical details"), ("p", "Lump volar radial wrist 3 months, painful when typing. ?ganglion ?other"),
 ("h", "Findings"), ("p", "At the volar radial aspect of the left wrist, adjacent to the radial artery, there is a well-defined anechoic lobulated structure measuring 14 x 8 x 7 mm with posterior acoustic enhancement and a neck extending towards the radiocarpal joint / STT region. No internal vascularity. The radial artery is displaced but patent. Flexor carpi radialis tendon normal."),
 ("h", "Conclusion"), ("p", "Volar wrist ganglion, 14 mm, intimately related to the radial artery. Consider hand surgery referral if symptomatic; aspiration not advised due to proximity of the artery."),
 ("p", "Reported by: Dr Oluwaseun Adebayo, Consultant Musculoskeletal Radiologist"),
])

# ---------------------------------------------------------------- td-056
add(stem="td-056", fmt="docx", opts={"dfont": "Arial", "dsize": 9, "header": "Saltro Diagnostisch Centrum - Uitslagen klinische chemie", "grid": True},
label=dict(kinds=[], date="2026-11-06", also_dates=["2026-11-05"], author="lab", language="nl",
  style="clinical chemistry lab results table (not MRSA), DOCX", imaging_done="unmentioned",
  operated="unmentioned", treated_abroad="unmentioned",
  notes="Other lab results (CRP, BSE, RF, anti-CCP, HbA1c, uric acid): not an MRSA screening and not a kind; clinical question mentions hand complaints only."),
blocks=[
 ("title", "Uitslagen laboratoriumonderzoek"),
 ("kv", [("Patiënt", "mw. R. Kaya-Dekker"), ("Geboortedatum", "21-02-1974"), ("Aanvrager", "huisarts M. Jonker, Huisartsen Overvecht"), ("Afnamedatum", "05-11-2026"), ("Rapportdatum", "06-11-2026"), ("Klinische vraag", "ochtendstijfheid en zwelling MCP-gewrichten beide handen, RA?")]),
 ("table", ["Bepaling", "Uitslag", "Eenheid", "Referentie"], [["BSE", "34 *", "mm/uur", "< 20"], ["CRP", "18 *", "mg/L", "< 10"], ["Reumafactor (IgM)", "42 *", "kU/L", "< 14"], ["Anti-CCP", "> 300 *", "U/mL", "< 7"], ["Urinezuur", "0,29", "mmol/L", "0,15 - 0,35"], ["HbA1c", "39", "mmol/mol", "20 - 42"], ["TSH", "1,8", "mU/L", "0,4 - 4,0"], ["Hb", "7,9", "mmol/L", "7,5 - 10,0"]]),
 ("p", "* = buiten referentiewaarden. Gevalideerd door: dr. K. Mulder, klinisch chemicus."),
])

# ---------------------------------------------------------------- td-057
add(stem="td-057", fmt="pdf", opts={"font": "Helvetica", "size": 10, "footer": "Handtherapie Oost-Brabant  |  Kerkstraat 15, 5401 BB Uden  |  0413-25 61 80"},
label=dict(kinds=[], date="2026-11-12", author="other", language="nl",
  style="hand therapy final report with table, logo letterhead", imaging_done="unmentioned",
  operated="yes", treated_abroad="unmentioned",
  notes="Hand therapy report (none of the kinds); states the flexor tendon repair with date; advises evaluation by surgeon (plan)."),
blocks=[
 ("lh", ["Handtherapie Oost-Brabant", "ergotherapie en fysiotherapie - hand en pols", "Kerkstraat 15, 5401 BB Uden"], ["Uden, 12 november 2026"], {"kind": "circle", "color": "#e67e22"}),
 ("title", "Eindverslag handtherapie"),
 ("kv", [("Cliënt", "dhr. T. van Lieshout, geb. 30-04-2000"), ("Verwijzer", "drs. L. Claessens, plastisch chirurg, Bernhoven"), ("Diagnose", "Status na flexorpeeshechting FDP dig IV rechts zone II (ingreep 28-07-2026)"), ("Behandelperiode", "04-08-2026 t/m 10-11-2026, 22 behandelingen")]),
 ("table", ["Gewricht dig IV re", "Actief (gr)", "Passief (gr)"], [["MCP", "0-85", "0-90"], ["PIP", "-20-75", "-10-100"], ["DIP", "0-25", "0-60"], ["TAM", "165", "-"]]),
 ("p", "Strickland-score: 56% (matig). Er is een duidelijk verschil tussen actieve en passieve flexie van het DIP-gewricht, passend bij adhesies van de pees. Ondanks intensieve oefentherapie en een statisch-progressieve spalk is er de laatste vier weken geen vooruitgang meer."),
 ("p", "Advies: evaluatie door de behandelend chirurg ten aanzien van een eventuele tenolyse. De behandeling is hiermee afgesloten."),
 ("p", "Met vriendelijke groet,\nSuzanne van Dinther, handtherapeut CHT-NL"),
])

# ---------------------------------------------------------------- td-058
add(stem="td-058", fmt="docx", opts={"dfont": "Arial", "dsize": 9.5, "header": "OrionCare Global Health - Treatment Pre-Authorisation Request - Form PA-7", "grid": True},
label=dict(kinds=[], date="2026-11-25", author="patient", language="en",
  style="international health insurer pre-authorisation form, filled in by the patient, DOCX tables with checkboxes", imaging_done="yes",
  operated="no", treated_abroad="yes",
  notes="Insurance form (none of the kinds); states X-ray and MRI at a Singapore clinic (care abroad) and 'Previous surgery on this body part: No'; planned second opinion in the Netherlands."),
blocks=[
 ("title", "Treatment Pre-Authorisation Request"),
 ("h", "Section A - Member"),
 ("kv", [("Member name", "Koen Stavenuiter"), ("Date of birth", "19 May 1977"), ("Member number", "OCG-SG-0071 4423"), ("Country of residence", "Singapore"), ("Nationality", "Netherlands")]),
 ("h", "Section B - Condition"),
 ("kv", [("Body part", "Right wrist"), ("Symptoms since", "March 2026"), ("Diagnosis given (if known)", "Kienböck's disease (lunate), stage II"), ("Diagnostics performed", "X-ray right wrist 02/08/2026 and MRI right wrist 14/08/2026, Raffles Orchard Orthopaedic Clinic, Singapore"), ("Treatment so far", "Wrist splint, physiotherapy (Orchard clinic)"), ("Previous surgery on this body part", "[ ] Yes   [x] No")]),
 ("h", "Section C - Requested treatment"),
 ("kv", [("Type", "[x] Second opinion consultation  [ ] Surgery  [ ] Inpatient stay"), ("Provider", "Handkliniek Utrecht, the Netherlands (during home leave January 2027)"), ("Estimated cost", "EUR 450 consultation; imaging review included")]),
 ("h", "Section D - Declaration"),
 ("p", "I declare that the information given is complete and correct.\nSigned: K. Stavenuiter          Date: 25/11/2026"),
])

# ---------------------------------------------------------------- td-059
add(stem="td-059", fmt="lo", opts={"dfont": "Segoe UI", "dsize": 10, "header": "Zaans Ziekenhuis Westerkoog - Orthopedie", "footer": "Dit is een automatisch gegenereerde brief uit HiX"},
label=dict(kinds=["correspondence"], date="2026-11-19", author="specialist", language="nl",
  style="long HiX outpatient letter (orthopaedics), two pages, date only below signature, DOCX via LibreOffice", imaging_done="yes",
  operated="no", treated_abroad="no",
  notes="Date only below the signature ('Datum dictaat/brief'); long mix of plans: waiting list, condition for surgery, options discussed, declined injection; surgery in Istanbul considered but no appointment made there and ED care in own hospital => treated_abroad no; 'nooit aan de pols geopereerd' => no; birth and injury dates near the top."),
blocks=[
 ("lh", ["Zaans Ziekenhuis Westerkoog", "Orthopedie - Hand- en polsspreekuur", "Koningin Julianaplein 58, 1502 DV Zaandam"], ["Polikliniek: 075-650 2400", "Ons kenmerk: ORT/2026/55017"]),
 ("p", "Aan: dhr. N. Schouten, huisarts\nGezondheidscentrum Wormerveer\nZaanweg 120, 1521 DR Wormerveer"),
 ("p", "Betreft: mw. A. (Aylin) Demir, geboren 03-03-1991, BSN 2771.40.118\nOngevalsdatum: 15-01-2026\nPoliklinisch bezoek: 17-11-2026"),
 ("p", "Geachte collega Schouten,"),
 ("p", "Uw patiënte kwam op 17 november 2026 op ons spreekuur voor een tweede bezoek in verband met pijn aan de linkerpols."),
 ("h", "Anamnese"),
 ("p", "Mevrouw is 35 jaar, linkshandig en werkzaam als tandartsassistente. Op 15 januari 2026 viel zij van de trap op de uitgestrekte linkerhand. Zij is toen op de SEH van ons ziekenhuis gezien; op de röntgenfoto's werd geen fractuur gezien en zij werd behandeld met een polsbrace. Omdat de klachten aanhielden, zagen wij haar in april; toen werd een MRI verricht (16-04-2026) die een kleine botkneuzing van het scaphoid liet zien en een partiële laesie van het scafolunaire ligament. Zij is conservatief behandeld met een brace en handtherapie. Mevrouw is nooit aan de pols geopereerd."),
 ("p", "Sinds de zomer heeft zij toenemende pijn aan de dorsale zijde van de pols bij steunen en bij het vasthouden van instrumenten; 's nachts is zij meestal pijnvrij. Zij heeft een periode overwogen zich in een privékliniek in Istanbul te laten opereren, waar familie van haar woont, maar heeft daar uiteindelijk geen afspraak gemaakt. Zij gebruikt paracetamol en af en toe naproxen."),
 ("h", "Lichamelijk onderzoek"),
 ("p", "Linkerpols: geen zwelling. Drukpijn dorsaal over het SL-interval. Watson-test pijnlijk, zonder duidelijke klik. Dorsaalflexie 60 graden (rechts 80), palmairflexie 55 graden (rechts 75). Knijpkracht links 19 kg, rechts 31 kg (Jamar, stand 2). Sensibiliteit en doorbloeding intact."),
 ("h", "Aanvullend onderzoek"),
 ("p", "Röntgenfoto's beide polsen met vuistopname (17-11-2026): SL-afstand links 2,5 mm, rechts 2 mm, geen DISI-stand, geen artrose."),
 ("h", "Conclusie"),
 ("p", "Aanhoudende polspijn links bij partiële SL-ligamentlaesie, zonder statische instabiliteit."),
 ("h", "Beleid"),
 ("p", "Wij hebben de volgende opties besproken: (1) voortzetten van conservatieve behandeling met proprioceptieve training van de pols via de handtherapeut; (2) een injectie met corticosteroïden in het polsgewricht - deze heeft mevrouw geweigerd, omdat zij eerder slecht op een injectie reageerde; (3) een diagnostische en zo nodig therapeutische polsartroscopie, waarbij afhankelijk van de bevindingen een debridement of thermische krimping van het ligament kan worden uitgevoerd."),
 ("p", "Mevrouw heeft gekozen voor optie 1 en wil daarnaast graag een second opinion in een gespecialiseerde handkliniek; wij hebben daar geen bezwaar tegen en geven haar de beelden mee. Op haar verzoek hebben wij haar wel alvast aangemeld op de wachtlijst voor een polsartroscopie (wachttijd circa 14 weken). Indien na drie maanden handtherapie de pijn onvoldoende is afgenomen, of indien een dynamische instabiliteit ontstaat, dan adviseren wij de artroscopie daadwerkelijk uit te voeren. Bij een eventuele second opinion met een ander advies zullen wij het beleid daarop aanpassen."),
 ("p", "Zij komt over drie maanden terug op ons spreekuur, of eerder indien nodig. U ontvangt bericht van het resultaat van de second opinion zodra wij daarvan op de hoogte zijn."),
 ("p", "Met vriendelijke groet,"),
 ("p", "drs. M. Hooghiemstra, physician assistant orthopedie\nsupervisor: dr. P.J. van Leeuwen, orthopedisch chirurg"),
 ("p", "Datum dictaat: 17-11-2026\nDatum brief: 19-11-2026"),
 ("small", "cc: patiënte"),
])

# ---------------------------------------------------------------- td-060
U60 = """The Ferncliffe Surgery
Dr R. Allardyce, Dr P. Chaudhary, Dr E. McGowan
12 Ferncliffe Road, Harrogate, North Yorkshire HG2 0HS
Tel 01423 500 771

Date: 24th November 2026

To: Intake Department, Handkliniek Zuid-Holland, Leiden, Netherlands

Dear Colleague,

Re: Mr Joost VERMEULEN   DOB 02/06/1969   NHS No 582 330 1914
    11 Cold Bath Road, Harrogate HG2 0NA

I would be grateful if you would see Mr Vermeulen, a 57 year old Dutch
national who has lived in Harrogate for 20 years, for a second opinion
regarding his left wrist. He is planning to return to Leiden and would
like a specialist opinion there before deciding on surgery.

Question: He has been offered a four-corner fusion for SLAC wrist.
Is this the most appropriate procedure, or would you consider a
proximal row carpectomy or a less invasive option first?

History of presenting complaint:
Chronic left wrist pain since an untreated injury in his twenties,
worse over the last 3 years, now limiting his work as a joiner.

Past medical history:
- Type 2 diabetes (2015), diet controlled
- Right inguinal hernia repair (2018)
- Gout (2021)

Recent treatment:
- 03/2026 X-rays left wrist (Harrogate District Hospital): SLAC
  wrist stage II
- 05/2026 CT left wrist: confirms stage II, midcarpal joint spared
- 06/2026 steroid injection radiocarpal joint, 2 months relief
- 09/2026 seen by hand surgeon Mr T. Ashworth at Harrogate District
  Hospital, four-corner fusion offered, not yet listed

Medication: allopurinol 100 mg OD, co-codamol 8/500 PRN
Allergies: none known

Yours sincerely,

Dr Eilidh McGowan MBChB MRCGP
General Practitioner
"""
add(stem="td-060", fmt="txt", opts={},
label=dict(kinds=["referral", "history"], date="2026-11-24", author="gp", language="en",
  style="UK GP referral letter ('... Surgery') with PMH and recent treatment sections, plain text", referral_question=True,
  imaging_done="yes", operated="unmentioned", treated_abroad="yes",
  notes="English GP referral with explicit question and history sections; care by NHS hospital in England = abroad; hernia repair is another body region; surgery only offered. Date written as '24th November 2026'."),
blocks=[("raw", U60)])

# ---------------------------------------------------------------- td-061 (merged, Belgian)
add(stem="td-061", fmt="merged", opts={"font": "Helvetica", "size": 9.5, "footer": "AZ Kempenland Turnhout - Elektronisch patiëntendossier - afdruk"},
label=dict(kinds=["correspondence", "imaging-report", "operation-report"], date="2026-03-10", author="specialist", language="nl",
  style="merged Belgian PDF: raadplegingsverslag and RX-verslag running on one page, operatieverslag after page break", imaging_done="yes",
  operated="yes", treated_abroad="yes",
  notes="Dutch patient from Baarle-Nassau treated in Turnhout (BE); Flemish terms; ° birth date; dates dd/mm/yyyy; top-level date is the first part's."),
parts=[
 dict(label=dict(kinds=["correspondence"], date="2026-03-10", author="specialist"), blocks=[
  ("lh", ["AZ Kempenland", "Dienst Plastische Heelkunde", "Steenweg op Merksplas 44, 2300 Turnhout"], ["Turnhout, 10/03/2026", "Verslag raadpleging"]),
  ("p", "Aan dr. K. Aarts, huisarts, Baarle-Nassau (NL)\nBetreft: mevrouw Ria Van Gool, ° 07/07/1960"),
  ("p", "Geachte collega,\nMevrouw werd gezien op de raadpleging voor een knobbel aan het DIP-gewricht van de rechter middelvinger met nagelgroef, sinds een half jaar. Klinisch: mucoïde cyste DIP III rechts met nageldeformatie. RX: zie verslag hieronder. Besluit: mucoïde cyste bij Heberden-artrose. Wij plannen een excisie met osteofytresectie in het dagziekenhuis op 24/03/2026.\nMet collegiale groeten,\ndr. L. Verhaegen, plastisch chirurg"),
 ]),
 dict(join="sep", label=dict(kinds=["imaging-report"], date="2026-03-10", author="radiologist"), blocks=[
  ("h", "Verslag medische beeldvorming - RX rechterhand (10/03/2026)"),
  ("p", "Aanvrager: dr. L. Verhaegen. Bevindingen: artrose van het DIP III-gewricht met dorsale osteofyt en gewrichtsspleetversmalling; geringe artrose DIP II. Overige gewrichten normaal. Besluit: Heberden-artrose DIP III > II rechts.\ndr. F. Wouters, radioloog"),
 ]),
 dict(label=dict(kinds=["operation-report"], date="2026-03-24", author="specialist"), blocks=[
  ("lh", ["AZ Kempenland", "Operatiekwartier - dagziekenhuis"], ["Operatieverslag", "24/03/2026"]),
  ("kv", [("Patiënt", "Van Gool Ria, ° 07/07/1960"), ("Chirurg", "dr. L. Verhaegen"), ("Assistent", "dr. J. Peeters (ASO)"), ("Anesthesie", "Oberst-blok, digitale tourniquet"), ("Ingreep", "Excisie mucoïde cyste en dorsale osteofytresectie DIP III rechts, lokale transpositieflap"),
   ("Verslag", "Y-vormige incisie, cyste met steel tot in het gewricht vrijgeprepareerd en verwijderd. Osteofyt met knabbeltang verwijderd, extensorpees gespaard. Defect gesloten met rotatieflap. Hechtingen Ethilon 5-0."), ("Verwikkelingen", "Geen"), ("Nazorg", "Verband 5 dagen, hechtingen na 12 dagen bij huisarts, controle raadpleging na 3 weken")]),
 ]),
])

# ---------------------------------------------------------------- td-062
add(stem="td-062", fmt="pdf", opts={"font": "Helvetica", "size": 10, "footer": "Albert Schweitzer-Dordwijk Ziekenhuis  -  Klinische brief  -  pagina {page}"},
label=dict(kinds=["correspondence"], date="2026-10-09", author="specialist", language="nl",
  style="discharge letter with the operation only summarised (no full report), two-column header", imaging_done="yes",
  operated="yes", treated_abroad="unmentioned",
  notes="Discharge letter states the ORIF with date but without operator/description: correspondence only, not operation-report; 'het operatieverslag is bijgevoegd' is a mention."),
blocks=[
 ("lh", ["Albert Schweitzer-Dordwijk Ziekenhuis", "Traumachirurgie", "Albert Schweitzerplaats 25, 3318 AT Dordrecht"], ["Datum: 09-10-2026", "Opnamenummer: 26-66102"], {"color": "#34495e"}),
 ("p", "Aan: mw. J. Ouwehand, huisarts, Zwijndrecht\nBetreft: dhr. P.C. (Piet) Kraaijeveld, geb. 28-11-1948"),
 ("title", "Klinische brief"),
 ("p", "Opname: 05-10-2026 - ontslag: 08-10-2026"),
 ("h", "Diagnose"), ("p", "Intra-articulaire distale radiusfractuur rechts (AO 23-C1) na val van ladder."),
 ("h", "Beloop"),
 ("p", "Na een val van de ladder presenteerde patiënt zich op de SEH met een standsafwijking van de rechterpols. X- en CT-pols rechts toonden een intra-articulaire, dorsaal gekantelde fractuur. Op 06-10-2026 werd een open repositie en interne fixatie met een palmaire hoekstabiele plaat verricht. Het operatieverslag is bijgevoegd. Postoperatief ongecompliceerd; op de controlefoto goede stand. Vanwege de thuissituatie (alleenwonend) bleef hij twee nachten extra opgenomen tot de thuiszorg geregeld was."),
 ("h", "Medicatie bij ontslag"), ("p", "Paracetamol 1000 mg 3dd1, nadroparine 2850 IE 1dd1 sc tot gipsvrij, overige thuismedicatie ongewijzigd."),
 ("h", "Beleid"), ("p", "Onderarmspalk 2 weken, hechtingen verwijderen bij de huisarts op dag 12, daarna start handtherapie. Controle op de gipskamer en polikliniek over 2 weken met röntgenfoto."),
 ("p", "Met vriendelijke groet,\n\nL. de Ruiter, arts-assistent chirurgie\nnamens drs. T. Bakhuizen, traumachirurg"),
])

# ---------------------------------------------------------------- td-063
add(stem="td-063", fmt="docx", opts={"dfont": "Arial", "dsize": 10, "header": "Röntgeninstitut Innsbruck-Wilten | Dr. Egger & Dr. Plattner | Fachärzte für Radiologie", "grid": True},
label=dict(kinds=["imaging-report"], date="2026-02-26", author="radiologist", language="de",
  style="Austrian radiology practice Befund (Sonographie + Röntgen), DOCX tables", imaging_done="yes",
  operated="unmentioned", treated_abroad="yes",
  notes="Austrian practice imaged a Dutch exchange student (care abroad); one date for exam and report; 'operative Abklärung empfohlen' is advice."),
blocks=[
 ("lh", ["Röntgeninstitut Innsbruck-Wilten", "Dr. Egger & Dr. Plattner", "Leopoldstraße 30, 6020 Innsbruck"], ["Tel. +43 512 58 22 11", "Innsbruck, 26.02.2026"]),
 ("kv", [("Patient", "Lucas Brinkman, geb. 11.11.2003 (Student, Heimatadresse Deventer, NL)"), ("Zuweisung", "Dr. med. S. Thaler, Allgemeinmedizin, Innsbruck"), ("Untersuchungen", "Röntgen Daumen links in 2 Ebenen; Sonographie MCP I links"), ("Untersuchungsdatum", "26.02.2026")]),
 ("h", "Klinische Angabe"), ("p", "Skiunfall 21.02.2026 (Skidaumen), Instabilität ulnar MCP I links?"),
 ("h", "Befund"),
 ("p", "Röntgen: kein knöcherner Bandausriss an der Grundphalanxbasis, regelrechte Gelenkstellung.\nSonographie: das ulnare Kollateralband am MCP I ist distal rupturiert und nach proximal retrahiert, das Bandende liegt oberflächlich der Adduktoraponeurose (Stener-Läsion)."),
 ("h", "Beurteilung"),
 ("p", "Komplette Ruptur des ulnaren Kollateralbandes MCP I links mit Stener-Läsion. Zeitnahe handchirurgische Vorstellung zur operativen Versorgung empfohlen."),
 ("p", "Dr. Katharina Plattner, Fachärztin für Radiologie"),
])

# ---------------------------------------------------------------- td-064
H64 = """------------------------------------------------------------------------
 Gezondheidscentrum Het Zwaluwnest - Professionele Samenvatting
 Printdatum: 25-11-2026           Geprint door: T. Veenstra (huisarts)
------------------------------------------------------------------------
 Naam: A.M. (Anneke) Postma-de Jong     Geb: 02-07-1956   V
 Adres: Zwaluwstraat 4, 8442 BX Heerenveen
 Zorgverzekeraar: De Friesland  -  BSN: ***.**.*219

 EPISODES (actief)
   L91  Artrose CMC-1 rechts ............................. sinds 09-2025
   L88  Reumatoïde artritis? (uitgesloten 2025) ........... gesloten
   K78  Atriumfibrilleren ................................. sinds 2020
   T93  Lipidenstoornis ................................... sinds 2018

 VOORGESCHIEDENIS
   1990 cholecystectomie
   2020 atriumfibrilleren, start DOAC
   2024 overwinteren in Spanje (Alicante), geen medische behandeling
        daar

 MEDICATIE
   rivaroxaban 20 mg 1dd1, metoprolol 50 mg 1dd1, atorvastatine 20 mg

 JOURNAAL (relevant, laatste 12 maanden)
   18-12-2025  S: pijn duimbasis re, vooral bij wringen en potjes
               openen. O: grind-test +, geen zwelling. E: L91 artrose
               CMC-1 re, klinische diagnose. Geen beeldvorming verricht,
               niet nodig voor beleid. P: spalk, paracetamol.
   20-03-2026  S: spalk helpt deels. P: verwijzing handtherapie.
   11-06-2026  handtherapie afgerond, 9 sessies, matig effect.
   02-09-2026  S: meer pijn, slaapt slecht. Wil geen injectie (bang
               i.v.m. antistolling). P: patiënte wil second opinion
               over operatie; nooit eerder geopereerd aan de hand.
   25-11-2026  Samenvatting t.b.v. verwijzing handkliniek uitgeprint.
------------------------------------------------------------------------
"""
add(stem="td-064", fmt="txt", opts={},
label=dict(kinds=["history"], date="2026-11-25", author="gp", language="nl",
  style="HIS professional summary with dotted episode list and journal, plain text", imaging_done="no",
  operated="no", treated_abroad="no",
  notes="'Geen beeldvorming verricht' => imaging no; 'nooit eerder geopereerd aan de hand' => operated no; cholecystectomy other region; wintering in Spain 'geen medische behandeling daar' => treated_abroad no."),
blocks=[("raw", H64)])
