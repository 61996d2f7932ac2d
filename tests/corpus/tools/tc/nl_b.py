"""tc-018 .. tc-034: Dutch (and one Belgian) documents. All invented."""
from lib import make, L

# ---------------------------------------------------------------- tc-018 Belgian radiology (docx->pdf)
make("tc-018", "docx2pdf", [
    ("lh", ["UZ Gent", "Dienst Medische Beeldvorming", "C. Heymanslaan 10, 9000 Gent"]),
    ("kv", [("Patiënt", "Vermeersch Lotte"), ("Geboren", "27/02/1985"),
            ("Voorschrijver", "Prof. dr. K. Van den Broeck - Plastische Chirurgie"),
            ("Onderzoek", "RX pols rechts + SL-stressopnamen (gebalde vuist)"),
            ("Datum onderzoek", "01/07/2025")]),
    ("h", "Klinische inlichtingen"),
    ("p", "Val op de hand in 2024. Pijn dorsaal pols, klikken. SL-letsel? Pre-operatief bilan."),
    ("h", "Verslag"),
    ("p", "Frontaal en profiel, aangevuld met opnamen in gebalde vuist. In neutrale stand scapholunaire "
          "afstand 3 mm, bij gebalde vuist toename tot 5 mm (contralateraal 2 mm, vorige opname 2024). "
          "Signe de l'anneau. Scapholunaire hoek op profiel 72°. Geen artrose radioscaphoïdaal. Geen "
          "fractuurlijnen. Normale ulnaire variantie."),
    ("h", "Besluit"),
    ("p", "Dynamische scapholunaire instabiliteit rechts, zonder degeneratieve veranderingen (geen SLAC)."),
    ("sig", ["dr. A. De Smet, radioloog", "Gevalideerd 01/07/2025 16:52"]),
], L(["imaging-report"], "2025-07-01", "radiologist", "nl", "Belgian radiology report, docx converted to PDF",
     imaging="yes", operated="unmentioned", abroad="yes",
     notes="Belgian radiology report (Voorschrijver = plastic surgery). Treated abroad: written by the "
           "foreign hospital that examined her (pre-operative work-up); operation itself not stated here."),
   footer="UZ Gent - Medische Beeldvorming - vertrouwelijk")

# ---------------------------------------------------------------- tc-019 professional summary (reportlab)
make("tc-019", "rl", [
    ("lh2", ["Huisartsenpraktijk Het Bolwerk", "A. Visscher en S. Tan, huisartsen",
             "Bolwerksingel 5, 8011 MJ Zwolle"], ["Professionele samenvatting", "Datum uitdraai: 11-02-2026",
                                                   "Geprint door: S. Tan"]),
    ("kv2", [("Naam", "Dhr. K.W. (Kees) Jonkman", "Geboortedatum", "18-03-1952"),
             ("BSN", "3311.09.884", "Verzekeraar", "Zilveren Kruis"),
             ("Apotheek", "Apotheek Assendorp", "Huisarts", "S. Tan")]),
    ("h", "Actuele problemen (episodelijst)"),
    ("table", [["ICPC", "Omschrijving", "Begin", "Laatste contact"],
               ["L92.01", "Artrose duimbasis beiderzijds", "06-2023", "03-02-2026"],
               ["N93", "Carpaletunnelsyndroom links", "09-2025", "03-02-2026"],
               ["K77", "Hartfalen (HFpEF)", "04-2020", "22-01-2026"],
               ["T90.02", "Diabetes mellitus type 2", "2011", "12-2025"],
               ["F84", "Maculadegeneratie", "2022", "2024"]], [20, 80, 30, 40]),
    ("h", "Voorgeschiedenis / ingrepen"),
    ("p", "Geen operaties. Wel in 2020 opname Isala i.v.m. gedecompenseerd hartfalen. Cataract wordt "
          "gecontroleerd, nog niet geopereerd."),
    ("h", "Beloop hand- en polsklachten"),
    ("p", "Sinds 2023 pijn duimbasis beiderzijds, rechts > links. Röntgen handen (Isala, 06-2023): "
          "CMC-1-artrose Eaton III rechts, II links. Behandeld met spalken via handtherapeut en twee "
          "injecties rechts (2023, 2024). Sinds september 2025 daarnaast tintelingen D1-D3 links, "
          "EMG (10-2025): licht CTS links. Orthopeed Isala (12-2025) stelde een trapeziectomie rechts voor; "
          "patiënt wil gezien zijn hartfalen eerst een second opinion over de risico's en alternatieven."),
    ("h", "Recente contacten"),
    ("kv", [("03-02-2026", "S: duim rechts pijn 7/10, spalk helpt onvoldoende. E: CMC-1-artrose. "
                           "P: second opinion besproken, verwijzing volgt."),
            ("22-01-2026", "Controle hartfalen: gewicht stabiel, geen oedeem. Furosemide ongewijzigd."),
            ("09-12-2025", "Brief orthopedie ontvangen: voorstel trapeziectomie rechts."),
            ("14-10-2025", "Uitslag EMG: licht CTS links, beleid nachtspalk.")]),
    ("h", "Medicatie"),
    ("p", "Furosemide 40 mg 1dd, metformine 500 mg 2dd, empagliflozine 10 mg 1dd, "
          "perindopril 4 mg 1dd, paracetamol 1 g 3dd."),
    ("h", "Overig"),
    ("p", "Overwintert sinds jaren in januari-februari in Portugal (Algarve); daar nooit medische zorg "
          "nodig gehad of opgenomen geweest."),
], L(["history"], "2026-02-11", "gp", "nl", "HIS professional summary (episode table, recent contacts)",
     imaging="yes", operated="no", abroad="no",
     notes="'Geen operaties' and cataract 'nog niet geopereerd'; trapeziectomy only proposed. Stays in "
           "Portugal without care. Not a referral ('verwijzing volgt')."),
   footer="Professionele samenvatting Jonkman K.W. 18-03-1952 - pagina {page}")

# ---------------------------------------------------------------- tc-020 specialist-to-specialist referral (docx)
make("tc-020", "docx", [
    ("lh2", ["Franciscus Gasthuis & Vlietland", "Plastische, Reconstructieve en Handchirurgie",
             "Kleiweg 500, 3045 PM Rotterdam"], ["Tel. 010 - 461 61 61", "Ons kenmerk: PCH/26/0117"]),
    ("addr", ["Aan: dr. J.P. Willemsen, handchirurg", "Handcentrum Erasmus MC", "Postbus 2040",
              "3000 CA Rotterdam"]),
    ("p", "Datum: 20-01-2026"),
    ("p", "Betreft: mw. P.S. Boersma, geboren 09-10-1977, BSN 2288.61.409"),
    ("p", "Beste Jan-Peter,"),
    ("p", "Graag vraag ik je om een second opinion bij mevrouw Boersma, 48 jaar, verpleegkundige, die ik "
          "sinds 2024 behandel voor een complex regionaal pijnbeeld van de linker hand na een "
          "ringbandklieving."),
    ("h", "Voorgeschiedenis"),
    ("p", "In mei 2024 heb ik bij haar een A1-ringbandklieving van de middelvinger links verricht in "
          "verband met een triggerfinger. Postoperatief ontwikkelde zij een gezwollen, pijnlijke, stijve "
          "hand. Röntgenfoto's in juli 2024 toonden vlekkige ontkalking; de diagnose CRPS-I werd gesteld. "
          "Zij werd behandeld met vitamine C, DMSO-crème, intensieve handtherapie en later door de "
          "pijnpoli met twee stellatumblokkades. In december 2025 echografie: geen restrigger, geen "
          "neuroom. De zwelling is verdwenen, maar er resteert een flexiecontractuur van het PIP-gewricht "
          "van D3 van 40° en pijn bij belasting."),
    ("h", "Vraagstelling"),
    ("p", "Zie jij mogelijkheden voor verbetering van de contractuur, bijvoorbeeld een arthrolyse, en is "
          "dat verantwoord gezien het doorgemaakte CRPS? Ik zelf ben terughoudend met een nieuwe ingreep. "
          "Patiënte heeft uitdrukkelijk gevraagd om een tweede mening buiten ons ziekenhuis."),
    ("p", "Zij gebruikt pregabaline 75 mg 2dd. Allergie: pleisters. Niet-roker. BMI 24."),
    ("p", "De echo- en röntgenbeelden zijn via het PACS-uitwisselnetwerk beschikbaar; het OK-verslag en "
          "de brieven van de pijnpoli stuur ik als bijlage mee."),
    ("p", "Met vriendelijke groet,"),
    ("sig", ["drs. M.C. Tjon-A-Fat", "plastisch chirurg", "", "cc: huisarts mw. E. de Graaf, Rotterdam; patiënte"]),
], L(["referral", "correspondence"], "2026-01-20", "specialist", "nl",
     "specialist-to-specialist referral letter, python-docx",
     question=True, imaging="yes", operated="yes",
     notes="Treating plastic surgeon refers for a second opinion: a referral, and also a letter from the "
           "treating specialist (correspondence). Arthrolysis is a question; ringbandklieving 2024 is a past "
           "operation on this hand. Has a Voorgeschiedenis but no separate recent-treatments list (not "
           "labelled history)."),
   footer="Franciscus - PCH/26/0117 - Boersma P.S.")

# ---------------------------------------------------------------- tc-021 discharge letter, infection, no operation
make("tc-021", "rl", [
    ("lh", ["Jeroen Bosch Ziekenhuis", "Afdeling Plastische Chirurgie", "Henri Dunantstraat 1, "
            "5223 GZ 's-Hertogenbosch"]),
    ("addr", ["Aan: M. Pijnenburg, huisarts", "Huisartsenpraktijk Rosmalen-Noord", "Hoogstraat 40",
              "5241 CR Rosmalen"]),
    ("kv", [("Datum", "30 oktober 2025"),
            ("Betreft", "Dhr. F.J.M. (Frank) van Gerwen, geb. 02-02-1964, JBZ-nr. 4409821"),
            ("Opname", "24-10-2025"), ("Ontslag", "28-10-2025")]),
    ("title", "Ontslagbrief"),
    ("p", "Geachte collega,"),
    ("h", "Opnamediagnose"),
    ("p", "Beginnende flexorpeesschede-infectie wijsvinger rechts na prikaccident met een rozendoorn."),
    ("h", "Anamnese en bevindingen bij opname"),
    ("p", "Twee dagen na een prik bij het snoeien een gezwollen, rode wijsvinger rechts. Bij opname 3 van de "
          "4 Kanavel-tekenen positief, temperatuur 38,1 °C, CRP 86 mg/l. Echografie van de vinger: "
          "beperkte vochtcollectie in de peesschede, geen abces, geen corpus alienum."),
    ("h", "Beloop"),
    ("p", "Opgenomen voor intraveneuze flucloxacilline, elevatie en spalk. Een operatieve spoeling van de "
          "peesschede werd overwogen, maar door snelle klinische verbetering binnen 24 uur was dit niet "
          "nodig. Patiënt is dus niet geopereerd. Bloedkweken negatief. CRP bij ontslag 19 mg/l."),
    ("h", "Ontslagmedicatie"),
    ("p", "Flucloxacilline 500 mg 4dd oraal tot en met 07-11-2025. Paracetamol zo nodig."),
    ("h", "Beleid"),
    ("p", "Controle polikliniek plastische chirurgie over één week. Direct starten met handtherapie "
          "(oefenen buigen/strekken). Bij toename van roodheid of koorts direct contact opnemen."),
    ("p", "Met vriendelijke groet,"),
    ("sig", ["L. Aarts, arts-assistent plastische chirurgie", "Supervisor: dr. J.W. Verhagen, plastisch chirurg"]),
], L(["correspondence"], "2025-10-30", "specialist", "nl", "discharge letter without operation, reportlab",
     imaging="yes", operated="no",
     notes="Surgery considered but not needed: 'niet geopereerd'. Admission dates differ from letter date."),
   footer="JBZ - Ontslagbrief van Gerwen F.J.M. - pagina {page}")

# ---------------------------------------------------------------- tc-022 Dutch ED letter after holiday accident
make("tc-022", "fpdf", [
    ("lh", ["Zuyderland Medisch Centrum", "Spoedeisende Hulp", "Henri Dunantstraat 5, 6419 PC Heerlen"]),
    ("addr", ["Aan de huisarts van patiënte", "dr. C. Lemmens", "Akerstraat 88", "6417 BN Heerlen"]),
    ("p", "Datum: 25-08-2025"),
    ("p", "Betreft: mevr. N. (Noor) Janssen-Crombach, geb. 14-12-1999"),
    ("title", "SEH-brief"),
    ("h", "Anamnese"),
    ("p", "Patiënte is op 20-08-2025 tijdens een wandelvakantie in Tirol (Oostenrijk) uitgegleden en op de "
          "linker hand gevallen. Zij heeft in Oostenrijk geen arts bezocht en heeft zelf een drukverband "
          "aangelegd. Bij thuiskomst persisterende pijn radiaal aan de pols, daarom vandaag naar de SEH."),
    ("h", "Lichamelijk onderzoek"),
    ("p", "Zwelling radiaal, drukpijn in de tabatière en op het tuberculum scaphoidei, pijn bij axiale "
          "compressie van de duim. Neurovasculair intact."),
    ("h", "Aanvullend onderzoek"),
    ("p", "X-pols links met scaphoidserie: geen fractuur zichtbaar."),
    ("h", "Conclusie"),
    ("p", "Klinisch verdenking scaphoidfractuur links, radiologisch occult."),
    ("h", "Beleid"),
    ("p", "Onderarmgips met duimstuk. Op de gipspoli over 10-14 dagen klinische herbeoordeling; dan zo nodig "
          "een CT of MRI. Een operatie is bij een eventuele ongedisloceerde fractuur meestal niet nodig."),
    ("sig", ["drs. T. Hermans, SEH-arts KNMG"]),
], L(["correspondence"], "2025-08-25", "specialist", "nl", "Dutch ED letter after holiday accident, fpdf2",
     imaging="yes", operated="unmentioned", abroad="no",
     notes="Accident in Austria but explicitly no doctor there: Dutch care only. CT/MRI only planned; "
           "operation only hypothetical."),
   footer="Zuyderland SEH - pagina {page}")

# ---------------------------------------------------------------- tc-023 other lab (blood)
make("tc-023", "rl", [
    ("lh2", ["Saltro Diagnostisch Centrum", "Klinisch-chemisch laboratorium",
             "Mississippidreef 83, 3565 CE Utrecht"], ["Uitslagrapport", "Rapportdatum: 09-01-2026"]),
    ("kv2", [("Patiënt", "Mw. R. Oosterhuis", "Geboren", "30-11-1959"),
             ("Aanvrager", "E. Vink, huisarts, Zeist", "Afname", "08-01-2026 08:12"),
             ("Ordernummer", "SAL-26-1183390", "Materiaal", "Veneus bloed")]),
    ("table", [["Bepaling", "Uitslag", "Eenheid", "Referentie"],
               ["BSE", "34 *", "mm/uur", "< 30"],
               ["CRP", "12 *", "mg/l", "< 10"],
               ["Reumafactor IgM", "8", "kU/l", "< 15"],
               ["Anti-CCP", "< 7", "U/ml", "< 7"],
               ["Urinezuur", "0,41 *", "mmol/l", "0,15 - 0,35"],
               ["TSH", "2,3", "mU/l", "0,4 - 4,0"],
               ["Glucose nuchter", "5,8", "mmol/l", "4,0 - 6,0"]]),
    ("p", "Klinische gegevens aanvrager: zwelling MCP-gewrichten en pols rechts, jicht? reumatoïde artritis?"),
    ("p", "* = buiten referentiewaarde. Geautoriseerd door klinisch chemicus dr. H. Boonstra."),
], L([], "2026-01-09", "lab", "nl", "blood chemistry lab report table",
     also=["2026-01-08"],
     notes="Lab result that is not an MRSA screening: none of the kinds."),
   footer="Saltro - SAL-26-1183390 - pagina {page}")

# ---------------------------------------------------------------- tc-024 MRSA txt export
make("tc-024", "txt", """
LABORATORIUM MEDISCHE MICROBIOLOGIE EN INFECTIEPREVENTIE - Regionaal Lab Friesland
Borniastraat 34b, 8934 AD Leeuwarden                            T 058 - 293 99 33
---------------------------------------------------------------------------------
UITSLAG                                                         Definitief
Patient      : DE JONG, SIETSKE A.        Geb.dat.: 22-01-1981   V
Pat.nr       : 10984471
Aanvrager    : HUISARTSENPRAKTIJK GROU, J. HOEKSTRA (01-077318)
Kopie aan    : -
Labnummer    : 26M00871
Afgenomen    : 02-03-2026
Ontvangen    : 02-03-2026 16:20
Rapportage   : 04-03-2026 10:05
---------------------------------------------------------------------------------
Onderzoek    : MRSA-screening (kweek) - ivm verwijzing ziekenhuis
Materiaal    : neus / keel / perineum (gepoold)

Uitslag      : Staphylococcus aureus, METICILLINE-RESISTENT (MRSA)   POSITIEF
               Bevestigd met PCR mecA: positief. spa-type volgt.

Opmerking    : Patiënt is MRSA-drager. Melding aan afdeling infectiepreventie van het
               verwijzende ziekenhuis is gedaan. Overleg over dekolonisatie met de huisarts.
---------------------------------------------------------------------------------
Gevalideerd door: R. Kalsbeek, arts-microbioloog                 04-03-2026
""", L(["mrsa-screening"], "2026-03-04", "lab", "nl", "microbiology lab export (plain text)",
       also=["2026-03-02"],
       notes="Positive MRSA screen; no reason for screening given, so facts unmentioned."))

# ---------------------------------------------------------------- tc-025 Zorgdomein referral in docx tables
make("tc-025", "docx", [
    ("lh", ["ZorgDomein", "Verwijzing - Second opinion plastische chirurgie (hand/pols)"]),
    ("kv", [("Verwijsdatum", "17-02-2026"),
            ("Verwijzer", "R. Mulder, huisarts - Huisartsenpraktijk De Esch, Assen (AGB 01-094455)"),
            ("Zorgaanbieder", "UMCG - Handcentrum, second opinion")]),
    ("kv", [("Patiënt", "Dhr. A.B.C. (Arjen) Stoker"),
            ("Geboortedatum", "07-07-1966"),
            ("BSN", "4411.28.390"),
            ("Verzekering", "De Friesland 5581 22 100")]),
    ("h", "Reden van verwijzing"),
    ("p", "Pijnlijke knobbel handpalm links ter hoogte van MCP-4 met trekken van de ringvinger. "
          "Patiënt kreeg in het Wilhelmina Ziekenhuis Assen de diagnose 'triggerfinger of ganglion van de "
          "peesschede'; twee behandelaars geven tegenstrijdige adviezen."),
    ("h", "Vraagstelling"),
    ("p", "Welke diagnose stelt u, en is een chirurgische ingreep nodig of volstaat een injectie?"),
    ("h", "Episodelijst"),
    ("table", [["ICPC", "Omschrijving", "Begin"],
               ["L93", "Triggerfinger D4 links / peesschedeganglion?", "04-2025"],
               ["K78", "Atriumfibrilleren", "2019"],
               ["P76", "Depressie (in remissie)", "2015-2017"],
               ["D88", "Appendectomie", "1984"]]),
    ("h", "Relevante voorgeschiedenis"),
    ("p", "Atriumfibrilleren, gebruikt apixaban. Appendectomie 1984. Geen eerdere ingrepen aan de handen."),
    ("h", "Recente behandelingen"),
    ("table", [["Datum", "Behandeling"],
               ["06-2025", "Echo hand links (WZA): hypo-echogene structuur 6 mm aan A1-pulley D4, DD ganglion"],
               ["08-2025", "Injectie triamcinolon D4 links door huisarts: 2 maanden effect"],
               ["11-2025", "Consult plastisch chirurg WZA: advies excisie + A1-klieving"],
               ["01-2026", "Consult orthopeed WZA: advies nogmaals injecteren, geen operatie"]]),
    ("kv", [("Medicatie", "Apixaban 5 mg 2dd; metoprolol 50 mg 1dd"), ("Allergieën", "Geen"),
            ("Bijlagen", "Brieven WZA plastische chirurgie en orthopedie, echoverslag")]),
], L(["referral", "history"], "2026-02-17", "gp", "nl", "zorgdomein printout in DOCX tables",
     question=True, imaging="yes", operated="no",
     notes="Zorgdomein form with episode list and recent-treatments table: referral + history. Appendectomy "
           "is another body part; 'geen eerdere ingrepen aan de handen'."),
   header="ZorgDomein verwijzing ZD-2026-02-55810", footer="Afdrukdatum 17-02-2026")

# ---------------------------------------------------------------- tc-026 short GP referral, txt (EDIFACT-like)
make("tc-026", "txt", """
VERWIJSBRIEF
Van     : Huisartsenpraktijk Bergen NH, dr. W.G. Kool, huisarts
          Breelaan 12, 1861 GE Bergen NH  (AGB 01-033902)
Aan     : Polikliniek Handchirurgie, Noordwest Ziekenhuisgroep Alkmaar
Datum   : 02-12-2025

Patient : mw. J.M. Schermer-Bakker    geb. 16-09-1949
          Natteweg 7, 1861 CM Bergen NH

Geachte collega,

Mevrouw Schermer heeft sinds een half jaar een langzaam groeiende, niet-pijnlijke zwelling aan de
strekzijde van de DIP van de wijsvinger rechts, met sinds kort een groeve in de nagel. Beeld past bij
een mucoïdcyste bij Heberdense artrose.

Er is nog geen beeldvorming gedaan.

Graag uw oordeel of een operatie zinvol is, of dat afwachten beter is gezien haar leeftijd en het
gebruik van acenocoumarol.

Medicatie: acenocoumarol volgens trombosedienst, losartan 50 mg 1dd.
Allergie: geen.

Met collegiale groet,
W.G. Kool, huisarts
""", L(["referral"], "2025-12-02", "gp", "nl", "short GP referral letter (HIS text export)",
       question=True, imaging="no", operated="unmentioned",
       notes="Question about whether an operation makes sense: a referral with a question, operation only "
             "asked. Explicit no imaging."))

# ---------------------------------------------------------------- tc-027 neurology outpatient letter (docx)
make("tc-027", "docx", [
    ("lh2", ["Ziekenhuis Gelderse Vallei", "Afdeling Neurologie", "Willy Brandtlaan 10, 6716 RP Ede"],
     ["Polikliniek neurologie", "0318 - 43 43 43"]),
    ("addr", ["Dhr. H. Sloot, huisarts", "Praktijk De Klomp", "Klompseweg 3", "6721 WN Bennekom"]),
    ("kv", [("Datum", "25 november 2025"), ("Ons kenmerk", "NEU/ks/25-3391"),
            ("Betreft", "Mw. D. (Dewi) Kartosen, geb. 13-05-1983")]),
    ("p", "Geachte collega,"),
    ("p", "Wij zagen uw patiënte op 18 november op de polikliniek neurologie in verband met tintelingen in "
          "beide handen."),
    ("h", "Anamnese"),
    ("p", "Sinds de zwangerschap in 2023 tintelingen en doofheid in duim, wijs- en middelvinger beiderzijds, "
          "rechts meer dan links, 's nachts wakker van de klachten, schudden helpt. Geen nekpijn. Geen "
          "krachtsverlies. Geen eerdere behandeling."),
    ("h", "Neurologisch onderzoek"),
    ("p", "Geen atrofie thenar. Kracht abductor pollicis brevis MRC 5 beiderzijds. Hypesthesie digiti 1-3 "
          "rechts. Tinel en Phalen positief rechts, Phalen positief links. Reflexen symmetrisch."),
    ("h", "Aanvullend onderzoek"),
    ("table", [["Zenuw", "Rechts", "Links", "Normaal"],
               ["DML n. medianus (ms)", "5,4", "4,3", "< 4,2"],
               ["SNAP-snelheid medianus (m/s)", "34", "42", "> 45"],
               ["N. ulnaris", "normaal", "normaal", ""]]),
    ("p", "Conclusie EMG: matig ernstig carpaletunnelsyndroom rechts, licht links. Geen aanwijzingen voor "
          "polyneuropathie of cervicale radiculopathie. Echografie van de pols is niet verricht; dit achten "
          "wij niet noodzakelijk."),
    ("h", "Conclusie"),
    ("p", "Bilateraal carpaletunnelsyndroom, rechts matig ernstig, links licht."),
    ("h", "Beleid"),
    ("p", "Rechts verwijzen wij naar de plastisch chirurg voor een carpaletunnelrelease; links eerst een "
          "nachtspalk. Patiënte wil graag weten of beide kanten tegelijk geopereerd kunnen worden; die vraag "
          "leggen wij bij de plastisch chirurg neer. Wij hebben haar niet teruggepland."),
    ("p", "Met vriendelijke groet,"),
    ("sig", ["dr. K. Schaafsma, neuroloog", "", "cc: patiënte; plastische chirurgie ZGV"]),
], L(["correspondence"], "2025-11-25", "specialist", "nl", "neurology outpatient letter with EMG table, "
     "python-docx", imaging="no", operated="unmentioned",
     notes="EMG is not imaging; ultrasound explicitly not done. Surgery only a plan/referral; the cc to "
           "plastic surgery does not make it a referral to the clinic."),
   header="Ziekenhuis Gelderse Vallei - Neurologie", footer="Kartosen D. - 13-05-1983 - NEU/ks/25-3391")

# ---------------------------------------------------------------- tc-028 free-text operation report (docx->pdf)
make("tc-028", "docx2pdf", [
    ("lh", ["Dijklander Ziekenhuis", "Vakgroep Plastische Chirurgie", "Maelsonstraat 3, 1624 NP Hoorn"]),
    ("p", "Verslag van de operatie op woensdag 14 mei 2025"),
    ("p", "Patiënt: dhr. J. (Jelle) Bakker, 61 jaar, geboren 03-08-1963, patiëntnummer 80011923"),
    ("p", "Door: dr. A.G. Koopman, plastisch chirurg; assistentie drs. F. Lin (AIOS). "
          "Anesthesie: plexus axillaris (dr. Bos)."),
    ("p", "Diagnose en indicatie: ziekte van Dupuytren van de pink rechts met een PIP-contractuur van 60° "
          "en MCP-contractuur van 30°, progressief, hindert bij het wassen van het gezicht en bij werk als "
          "timmerman."),
    ("p", "Wat werd gedaan: limited fasciectomie straal 5 rechts met Z-plastieken. Onder bloedleegte een "
          "Bruner-incisie over straal 5 van de distale handpalmplooi tot de DIP-plooi. De pretendineuze en "
          "spiraalstreng werden vrijgeprepareerd; de digitale neurovasculaire bundel ulnair liep spiraalvormig "
          "om de streng en werd over de gehele lengte vrijgelegd en gespaard. Volledige excisie van het "
          "zieke weefsel. Na excisie MCP volledig extensie, PIP restcontractuur 10°. Geen capsulotomie. "
          "Bloedleegte eraf, goede capillaire refill van de pink. Sluiten met twee Z-plastieken, "
          "Ethilon 5-0. Dorsale spalk in extensie."),
    ("p", "Complicaties: geen. Bloedverlies minimaal. Weefsel naar de patholoog."),
    ("p", "Nabeleid: hand hoog, wondcontrole na 5 dagen bij de handtherapeut, nachtspalk in extensie "
          "gedurende 3 maanden, hechtingen eruit na 12 dagen."),
    ("sig", ["dr. A.G. Koopman", "14-05-2025"]),
], L(["operation-report"], "2025-05-14", "specialist", "nl", "free-text operation report without form "
     "title, docx converted to PDF", imaging="unmentioned", operated="yes",
     notes="No 'operatieverslag' title: 'Verslag van de operatie' as a sentence; fields written as prose."),
   header="Dijklander Ziekenhuis - plastische chirurgie", footer="Bakker J. 03-08-1963")

# ---------------------------------------------------------------- tc-029 ultrasound report, requester rheumatology
make("tc-029", "rl", [
    ("lh", ["Medisch Spectrum Twente", "Medische Beeldvorming", "Koningstraat 1, 7512 KZ Enschede"]),
    ("kv", [("Naam", "Mw. T.A. ter Horst"), ("Geboortedatum", "21-04-1977"),
            ("Patiëntnummer", "5520913")]),
    ("kv", [("Aanvrager", "Dr. N. Oude Engberink"), ("Afdeling aanvrager", "Reumatologie"),
            ("Kopie aan", "Huisarts M. Ekkel, Hengelo"),
            ("Onderzoek", "Echografie pols en hand links"),
            ("Onderzoeksdatum", "05-02-2026")]),
    ("h", "Vraagstelling aanvrager"),
    ("p", "Tenosynovitis? Synovitis pols bij seronegatieve artritis? Verwijzing handchirurgie overwogen."),
    ("h", "Bevindingen"),
    ("p", "Pols links: synoviale verdikking van het radiocarpale gewricht met power-Doppler graad 2. "
          "Verdikking van de peesschede van de m. extensor carpi ulnaris met vochtrand en hyperemie. "
          "Flexorpezen en eerste extensorcompartiment zonder afwijkingen. MCP 2 en 3 links: geringe synovitis "
          "zonder Doppler-signaal. Geen erosies zichtbaar. N. medianus normaal van kaliber."),
    ("h", "Conclusie"),
    ("p", "Actieve synovitis radiocarpaal links en tenosynovitis ECU links. Geen erosies."),
    ("sig", ["M. de Vries, radioloog", "Datum verslag: 05-02-2026"]),
], L(["imaging-report"], "2026-02-05", "radiologist", "nl", "ultrasound report with requester block naming "
     "rheumatology, reportlab", imaging="yes",
     notes="Requester is rheumatology; 'verwijzing handchirurgie overwogen' in the question is not a "
           "referral."),
   footer="MST Medische Beeldvorming - pagina {page}")

# ---------------------------------------------------------------- tc-030 insurance form (fpdf)
make("tc-030", "fpdf", [
    ("lh", ["CZ Zorgverzekeringen", "Afdeling Zorgadvies en Machtigingen", "Postbus 90152, 5000 LD Tilburg"]),
    ("title", "Aanvraagformulier machtiging - behandeling in buitenlandse of niet-gecontracteerde kliniek"),
    ("kv2", [("Naam verzekerde", "R.L. Goossens", "Relatienummer", "77120933"),
             ("Geboortedatum", "11-11-1980", "Telefoon", "06-11 94 02 86"),
             ("Behandelaar", "Handkliniek Breda (niet-gecontracteerd)", "Soort zorg", "Second opinion "
              "handchirurgie"),
             ("Verwijzer", "Huisarts C. Dekkers", "Datum verwijzing", "19-01-2026")]),
    ("h", "Vragen"),
    ("kv", [("1. Heeft u een verwijzing?", "Ja (kopie bijgevoegd)"),
            ("2. Is er eerder een operatie uitgevoerd aan de betreffende hand/pols?", "Nee"),
            ("3. Bent u voor deze klacht in het buitenland behandeld?", "Nee"),
            ("4. Geschatte kosten", "€ 385,00 (DBC consult + handtherapeutische meting)")]),
    ("h", "Verklaring"),
    ("p", "Ondergetekende verklaart dit formulier naar waarheid te hebben ingevuld en geeft toestemming om "
          "medische gegevens op te vragen bij de behandelaar voor zover nodig voor de beoordeling."),
    ("kv", [("Plaats en datum", "Breda, 30 januari 2026"), ("Handtekening", "R.L. Goossens")]),
], L([], "2026-01-30", "patient", "nl", "insurer authorisation form, fpdf2 two-column",
     imaging="unmentioned", operated="no", abroad="no",
     notes="Insurance form filled in by the patient: none of the kinds. Answers in separate cells state no "
           "earlier operation and no treatment abroad."),
   footer="CZ - formulier MA-112 (2026) - pagina {page}")

# ---------------------------------------------------------------- tc-031 HIS patient overview with Turkey admission
make("tc-031", "txt", """
*** PATIËNTOVERZICHT ***                       Medicom / Praktijk Oosterpoort, Groningen
Datum uitdraai: 06-03-2026                     Afgedrukt door: dokter A. Nieuwenhuis

Naam:       mevr. M. (Mira) Yıldız-Kuiper
Geb.datum:  01-01-1987          Leeftijd: 39 jr
Adres:      Oosterhamrikkade 55-2, 9714 BJ Groningen
Verzekerd:  Menzis 882 103 44

PROBLEEMLIJST
- L85 Verworven afwijking vinger/pols: malunion distale radius rechts   (sinds 09-2025)
- R81 Pneumonie, opname buitenland                                        (08-2025, afgesloten)
- W82 Miskraam                                                            (2019)
- A85 Bijwerking geneesmiddel: amoxicilline - exantheem                   (2012)

JOURNAAL (selectie 12 maanden)

12-08-2025 (telefonisch, AN)
S: Patiënte belt vanuit Turkije (familiebezoek Izmir): sinds 3 dgn hoge koorts en hoesten, gisteren
   opgenomen in Özel Ege Hastanesi, Izmir. Daar ook gevallen op de rechterhand op weg naar de SEH.
P: advies: ontslagbrief vragen en meenemen; na terugkomst spreekuur.

29-08-2025 (consult, AN)
S: 6 dagen opgenomen geweest in Izmir i.v.m. pneumonie, i.v. antibiotica. Pols rechts aldaar in
   gips gezet, röntgenfoto's gemaakt ("kleine breuk"), geen operatie. Gips eraf op 27-08.
O: pols rechts: radiale deviatie, dorsale bult, pronatie/supinatie beperkt. Longen schoon.
E: pneumonie hersteld; st.na distale radiusfractuur rechts, verdenking malunion.
P: röntgen pols rechts MMC; MRSA-screening aangevraagd i.v.m. opname buitenland.

02-09-2025 (uitslag, AN)
E: X-pols rechts (Martini 01-09): geconsolideerde distale radiusfractuur met dorsale kanteling 20°,
   radiusverkorting 4 mm. MRSA-screening 04-09: niet aangetoond.
P: verwijzing orthopedie Martini.

14-10-2025 (brief specialist ontvangen)
   Orthopeed Martini: malunion, voorlopig conservatief, handtherapie; correctie-osteotomie kan
   later overwogen worden.

20-01-2026 (consult, AN)
S: pijn bij steunen en draaien, werkt als kapster, kan schaar slecht hanteren.
O: onveranderd. E: symptomatische malunion distale radius rechts.
P: patiënte wil second opinion in gespecialiseerd centrum over correctie-osteotomie.

04-03-2026 (administratie)
   Verwijzing second opinion handchirurgie UMCG verstuurd. Nieuwe MRSA-screening aangevraagd
   (vorige > 60 dgn oud).

MEDICATIE: ibuprofen 400 mg zn; cerazette 1dd
INTOLERANTIES: amoxicilline (exantheem)
-- einde --
""", L(["history"], "2026-03-06", "gp", "nl", "HIS patient overview (problem list + journal) as text",
       imaging="yes", operated="no", abroad="yes",
       notes="Admission in a Turkish hospital (pneumonia) with wrist cast there: treated abroad yes. "
             "'geen operatie' for the wrist; osteotomy only considered. MRSA result only mentioned."))

# ---------------------------------------------------------------- tc-032 consultation reply rheumatology
make("tc-032", "rl", [
    ("lh", ["Sint Maartenskliniek", "Afdeling Reumatologie", "Hengstdal 3, 6574 NA Ubbergen"]),
    ("addr", ["Interne consultatie", "Aan: drs. B. Wolters, plastisch chirurg, handchirurgie",
              "Afdeling Orthopedie & Handchirurgie"]),
    ("kv", [("Datum", "19-12-2025"), ("Betreft", "Mw. G. Peeters-Maas, geb. 27-05-1956, SMK 3390174"),
            ("Consultvraag", "Reumatoïde artritis? Voorafgaand aan eventuele MCP-artroplastiek rechts graag "
                             "uw advies over ziekteactiviteit en medicatie perioperatief.")]),
    ("title", "Antwoord consult"),
    ("p", "Beste collega,"),
    ("p", "Dank voor uw consultvraag. Mevrouw Peeters is bij ons bekend met seropositieve RA sinds 2008, "
          "behandeld met methotrexaat en sinds 2021 adalimumab. In 2019 onderging zij een totale "
          "knieprothese links (elders)."),
    ("p", "Bij onderzoek vandaag: ulnaire deviatie MCP 2-5 rechts, synovitis MCP 2 en 3 rechts, overige "
          "gewrichten rustig. DAS28-CRP 3,1. Röntgenfoto's van handen en voeten (12-2025): erosieve "
          "afwijkingen MCP 2-4 rechts, progressie ten opzichte van 2023, geen nieuwe erosies links."),
    ("h", "Conclusie"),
    ("p", "Laag-matig actieve RA met lokaal destructieve MCP-artritis rechts, passend bij de "
          "indicatie voor artroplastiek. Geen reumatologische bezwaren tegen een operatie."),
    ("h", "Advies"),
    ("p", "Methotrexaat doorgebruiken rond de ingreep. Adalimumab laatste gift 2 weken voor de operatie, "
          "herstart na wondgenezing (circa 2 weken postoperatief). Geen prednison. Wij zien haar over drie "
          "maanden terug."),
    ("sig", ["Met vriendelijke groet,", "dr. I. Hendriks-van Os, reumatoloog"]),
], L(["correspondence"], "2025-12-19", "specialist", "nl", "internal consultation reply, reportlab",
     imaging="yes", operated="unmentioned",
     notes="Consultation reply; knee prosthesis is another body part; MCP arthroplasty is only planned."),
   footer="Sint Maartenskliniek - consult - pagina {page}")

# ---------------------------------------------------------------- tc-033 GP referral with Voorgeschiedenis (fpdf)
make("tc-033", "fpdf", [
    ("lh", ["Huisartsenpraktijk Vondelpark", "dr. S.E. Kalkman, huisarts",
            "Overtoom 312, 1054 JH Amsterdam - tel. 020 - 618 04 77"]),
    ("addr", ["OLVG, Handcentrum Amsterdam", "t.a.v. second opinion spreekuur", "Oosterpark 9",
              "1091 AC Amsterdam"]),
    ("p", "Amsterdam, 3.3.2026"),
    ("p", "Betreft: mw. E.M. (Els) Rietveld, geb. 08-01-1958"),
    ("p", "Geachte collega,"),
    ("p", "Hierbij verwijs ik mevrouw Rietveld voor een second opinion over haar rechter duim, op haar "
          "eigen uitdrukkelijke verzoek."),
    ("h", "Voorgeschiedenis"),
    ("p", "- 1998 hysterectomie\n- 2014 mammacarcinoom links, mastectomie + radiotherapie, in remissie\n"
          "- 2021 osteoporose\n- CMC-1-artrose rechts, in april 2025 geopereerd in het Amstelland "
          "Ziekenhuis: trapeziectomie met LRTI-ligamentplastiek"),
    ("h", "Recente behandelingen en beloop"),
    ("p", "Na de operatie in april 2025 aanvankelijk verbetering, maar sinds september 2025 toenemende pijn "
          "en instabiliteit aan de duimbasis. Röntgenfoto (november 2025): proximale migratie van het eerste "
          "metacarpale met contact met het scaphoïd. De operateur heeft een corticosteroïdinjectie gegeven "
          "(december 2025, zonder effect) en stelde in februari een revisie met tendon-interpositie voor. "
          "Sinds januari handtherapie (stabiliserende oefeningen), spalk overdag."),
    ("h", "Vraagstelling"),
    ("p", "Wat is de oorzaak van het falen van de ingreep, en is een revisie de beste optie of zijn er "
          "alternatieven (bijv. prothese, artrodese)?"),
    ("p", "Medicatie: anastrozol gestopt 2024; alendroninezuur 70 mg 1x/week; paracetamol 1 g 3dd; "
          "tramadol 50 mg zn. Allergieën: geen."),
    ("p", "Met vriendelijke groet,"),
    ("sig", ["dr. S.E. Kalkman, huisarts"]),
], L(["referral", "history"], "2026-03-03", "gp", "nl", "free GP referral with history section, fpdf2",
     question=True, imaging="yes", operated="yes",
     notes="Date written '3.3.2026'. Referral with Voorgeschiedenis + recent treatments: both kinds. "
           "Hysterectomy/mastectomy other body parts; trapeziectomy 2025 is the hand operation; revision "
           "only proposed."),
   footer="Rietveld E.M. 08-01-1958 - pagina {page}")

# ---------------------------------------------------------------- tc-034 long plastic surgery outpatient letter
make("tc-034", "docx", [
    ("lh2", ["Spaarne Gasthuis", "Plastische Chirurgie - Handchirurgie", "Spaarnepoort 1, 2134 TM Hoofddorp"],
     ["Telefoon 023 - 224 01 00", "Ons kenmerk: PLA/vdm/26-0931"]),
    ("addr", ["De weledelgeleerde vrouw", "drs. I. Prins, huisarts", "Kruisweg 1021", "2131 CR Hoofddorp"]),
    ("kv", [("Datum", "26 februari 2026"), ("Betreft", "Dhr. S. (Sander) van den Muijsenberg"),
            ("Geboortedatum", "15-06-1969"), ("Patiëntnummer", "6604519"),
            ("Polikliniekbezoek", "17-02-2026")]),
    ("p", "Geachte collega,"),
    ("p", "Uw patiënt, 56 jaar, bezocht op 17 februari 2026 onze polikliniek handchirurgie. Hij werd naar ons "
          "verwezen door de orthopeed van het Rode Kruis Ziekenhuis Beverwijk voor verdere behandeling."),
    ("h", "Anamnese"),
    ("p", "In juni 2024 onderging patiënt in het Rode Kruis Ziekenhuis een trapeziectomie links wegens "
          "CMC-1-artrose. Het eerste halfjaar ging het redelijk, maar sinds het voorjaar van 2025 ervaart hij "
          "pijn bij knijpen en een 'doorzakkend' gevoel van de duim. Hij is installateur en kan zijn werk "
          "slecht uitvoeren. Er zijn geen nieuwe trauma's geweest. Rechts heeft hij vergelijkbare, maar "
          "mildere klachten; daar is nooit een ingreep gedaan. Zijn broer is vorig jaar aan beide duimen "
          "geopereerd met een goed resultaat, wat hem hoop geeft."),
    ("p", "Voorgeschiedenis: hypertensie, hypercholesterolemie, liesbreukcorrectie rechts 2010. "
          "Medicatie: amlodipine 5 mg, atorvastatine 20 mg, naproxen zo nodig. Roken: 15 sigaretten per dag."),
    ("h", "Lichamelijk onderzoek"),
    ("table", [["", "Links", "Rechts"],
               ["Litteken", "Rustig dorsoradiaal", "-"],
               ["Pijn duimbasis bij axiale compressie", "++", "+"],
               ["Key pinch (kg)", "3,5", "7"],
               ["Grip (kg)", "28", "41"],
               ["MCP-1 hyperextensie", "25°", "10°"]]),
    ("p", "Sensibiliteit intact. Geen tekenen van een neuroom van de r. superficialis n. radialis links."),
    ("h", "Aanvullend onderzoek"),
    ("p", "Er zijn in het Rode Kruis Ziekenhuis na de operatie geen foto's meer gemaakt; ook wij hebben "
          "tot op heden geen beeldvorming verricht. Wij hebben vandaag een CT-scan van de linker hand "
          "aangevraagd om de positie van het eerste metacarpale ten opzichte van het scaphoïd en het "
          "trapezoïd te beoordelen."),
    ("h", "Conclusie"),
    ("p", "Persisterende pijn na trapeziectomie links, verdenking proximale migratie MC1 en/of "
          "scaphotrapezoïdale artrose; compensatoire MCP-1-hyperextensie."),
    ("h", "Beleid"),
    ("p", "Wij bieden patiënt na de CT een revisie-operatie aan (suspensieplastiek en eventueel "
          "MCP-1-artrodese). Hij wil hier graag over nadenken en vroeg of een second opinion mogelijk is; "
          "wij hebben aangegeven dat hij daarvoor via u verwezen kan worden. Daarnaast rookstopadvies "
          "gegeven, omdat roken de wondgenezing negatief beïnvloedt. Wij zien hem terug na de CT-scan met "
          "de uitslag."),
    ("p", "Met vriendelijke groet,"),
    ("sig", ["drs. R. van der Meulen, plastisch chirurg", "C. Dijkstra, physician assistant", "",
             "cc: patiënt; dr. P. Akkerman, orthopeed Rode Kruis Ziekenhuis"]),
], L(["correspondence"], "2026-02-26", "specialist", "nl", "long outpatient letter (HiX-like) with table, "
     "header/footer, python-docx", imaging="no", operated="yes",
     notes="Trapeziectomy 2024 = operated; brother's operation and hernia repair are not. No imaging was "
           "done (stated twice); CT only requested. Revision only offered; second opinion mentioned but "
           "this is not a referral."),
   header="Spaarne Gasthuis - poliklinische brief", footer="PLA/vdm/26-0931 - Van den Muijsenberg S. 15-06-1969")

print("nl_b done")
