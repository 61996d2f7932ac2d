"""nw-068..nw-082: documents that are none of the kinds."""
from nw_common import *

make("nw-068-brief-patient-second-opinion", "docx", [
    ("p", "Annelies Koopmans-Veld\nMolenstraat 14\n2011 ZB Haarlem\n06-41822097\nannelies.koopmans@example.nl"),
    ("sp",),
    ("addr", ["Handkliniek Noord", "t.a.v. second opinion", "Postbus 4410", "1009 AK Amsterdam"]),
    ("p", "Haarlem, 22 november 2026"),
    ("inl", "Betreft:", "aanvraag second opinion duim rechts (geboren 19-11-1971)"),
    ("p", "Geachte heer, mevrouw,"),
    ("p", "Graag zou ik een second opinion willen over mijn rechterduim. Ik heb sinds het voorjaar veel pijn aan de basis van de duim. De orthopeed in het Spaarne Gasthuis heeft een foto laten maken en zegt dat er artrose is. "
          "Ik heb een spalk gedragen en een injectie gekregen, maar nu wordt een operatie voorgesteld waarbij een botje wordt verwijderd. Ik ben nog nooit geopereerd en vind dat best spannend."),
    ("p", "Mijn huisarts heeft een verwijzing via ZorgDomein gestuurd. Ik heb ook gevraagd of het ziekenhuis de brieven en de foto's op cd opstuurt."),
    ("p", "Ik hoor graag wanneer ik terecht kan. Op dinsdag en donderdag werk ik niet.\n\nMet vriendelijke groet,\n\nAnnelies Koopmans"),
], lab([], "2026-11-22", "patient", "nl", "patient's own letter docx", img="yes", op="no",
       notes="Patient asks for a second opinion herself: not a referral; 'nog nooit geopereerd'; operation only proposed; birth date in Betreft"))

make("nw-069-patient-letter-en", "pdf", [
    ("p", "Daniel Okafor\nJan Luijkenstraat 44-2\n1071 CS Amsterdam\n\n23 November 2026"),
    ("addr", ["To the second opinion team", "Handkliniek Noord, Amsterdam"]),
    ("inl", "Subject:", "Request for second opinion - right little finger (D.K. Okafor, born 22-11-1983)"),
    ("p", "Dear Sir or Madam,"),
    ("p", "My GP has referred me to you. I am writing to explain my situation myself. In April I broke a bone in my right hand in Thailand and was operated on in a private hospital in Chiang Mai (pins). "
          "Since then my little finger crosses over my ring finger when I make a fist. I have been told in Amsterdam that the bone can be cut and straightened, but I would like another opinion before I decide."),
    ("p", "I have been told I carry MRSA, which I understand may matter for surgery. I am starting the treatment for it this week."),
    ("p", "I am available most mornings. Please reply in English if possible.\n\nKind regards,\nDaniel Okafor"),
], lab([], "2026-11-23", "patient", "en", "patient's own letter in English", op="yes", ab="yes",
       notes="Patient letter, not a referral; mentions operation and hospital in Thailand and MRSA carriage (not a lab result)"))

make("nw-070-fysiotherapie-eindverslag", "pdf", [
    ("lh", ["Fysiotherapie Centrum Zuilen", "Fysiotherapie - Manuele therapie - Handtherapie"], ["Amsterdamsestraatweg 455", "3551 CL Utrecht", "030-2440012"]),
    ("title", "Eindverslag fysiotherapie"),
    ("kv", [("Aan", "R. Kok, huisarts"), ("Datum", "30-06-2026"), ("Cliënt", "Mw. M.J. van Leeuwen, 05-08-1958"),
            ("Verwijsdiagnose", "St. na distale radiusfractuur rechts, conservatief behandeld (Spanje)"), ("Aantal behandelingen", "14 (13-05-2026 t/m 26-06-2026)")], 1),
    ("sec", "Hulpvraag", "Weer kunnen tuinieren en de auto besturen zonder pijn."),
    ("sec", "Beloop", "Na gipsverwijdering (Spanje, ED-behandeling) mobilisatie, oedeemreductie, kracht- en coördinatietraining. ROM pols nu DF 60, PF 55, supinatie 75. Knijpkracht 18 kg (li 26 kg). PSFS 3 (start 8)."),
    ("sec", "Conclusie", "Goed herstel, nog restklachten bij zwaar tillen. Thuisoefenprogramma meegegeven."),
    ("p", "Met vriendelijke groet,\n\nT. Brouwer, fysiotherapeut / handtherapeut (BIG 39912345601)"),
], lab([], "2026-06-30", "other", "nl", "physiotherapy final report", ab="yes", op="no",
       notes="Not a specialist letter; 'conservatief behandeld' -> operated no; treatment in Spain (ED) mentioned -> treated_abroad yes"),
   footer="FCZ - eindverslag - {page}")

make("nw-071-handtherapie-brief-docx", "docx", [
    ("lh", ["Handtherapie Haarlem", "gecertificeerd handtherapeuten (CHT-NL)"], ["Kleverparkweg 2", "2023 CD Haarlem", "info@handtherapiehaarlem.example"]),
    ("addr", ["Aan: dr. M.A. Lindeboom, plastisch chirurg", "Spaarne Gasthuis"]),
    ("kv", [("Datum", "2 december 2026"), ("Betreft", "Dhr. P.W. Smit, 28-09-1961 - tussenrapportage handtherapie")]),
    ("p", "Geachte dr. Lindeboom,"),
    ("p", "Dhr. Smit is sinds 22-10-2026 onder behandeling (10 sessies) na ORIF distale radius rechts in Spanje. Ondanks dynamische supinatiespalk en oefentherapie is de supinatie slechts verbeterd van 30° naar 40°. "
          "Patiënt ervaart beperkingen bij sleutels omdraaien, schroeven, bord vasthouden."),
    ("table", [["Meting", "22-10-2026", "01-12-2026"], ["Supinatie re", "30°", "40°"], ["Pronatie re", "80°", "80°"], ["Knijpkracht re (Jamar)", "22 kg", "27 kg"], ["PRWE", "58", "49"]]),
    ("p", "Wij adviseren heroverweging van het beleid; patiënt heeft aangegeven een second opinion te willen.\n\nMet vriendelijke groet,\n\nS. de Ruiter, handtherapeut"),
], lab([], "2026-12-02", "other", "nl", "hand therapy progress letter docx with table", op="yes", ab="yes",
       notes="Hand therapist is not a specialist/physician -> not correspondence; mentions ORIF in Spain"),
   footer="Handtherapie Haarlem - pagina {page} van {total}")

make("nw-072-apotheek-medicatieoverzicht", "pdf", [
    ("lh", ["Apotheek De Kamp", "Kampweg 5, 2012 AC Haarlem"], ["tel. 023-5311880", "AGB 06-021144"]),
    ("title", "Actueel medicatieoverzicht"),
    ("kv", [("Naam", "Mw. A.J. Koopmans-Veld"), ("Geboortedatum", "19-11-1971"), ("Datum overzicht", "20-11-2026"),
            ("Huisarts", "H.P. Mulder"), ("Lengte/gewicht", "168 cm / 71 kg"), ("Nierfunctie", "eGFR >60 (09-2026)")], 2),
    ("table", [["Start", "Geneesmiddel", "Gebruik", "Voorschrijver"],
               ["11-04-2021", "Amlodipine 5 mg tablet", "1x per dag 1 tablet", "Mulder"],
               ["08-05-2026", "Paracetamol 500 mg tablet", "zo nodig max 6x per dag 2 tabletten", "Mulder"],
               ["07-10-2026", "Naproxen 250 mg tablet", "zo nodig 2x per dag 1 tablet", "Mulder"],
               ["07-10-2026", "Pantoprazol 20 mg maagsapresistente tablet", "1x per dag 1 tablet bij naproxen", "Mulder"]]),
    ("p", "Overgevoeligheden: geen bekend.\nContra-indicaties: hypertensie."),
    ("small", "Dit overzicht is gebaseerd op de gegevens bekend bij uw apotheek. Neem het mee naar uw arts of specialist."),
], lab([], "2026-11-20", "other", "nl", "pharmacy medication overview table",
       notes="Pharmacy overview, not history; same patient as nw-001"),
   footer="Apotheek De Kamp - medicatieoverzicht - blad {page}/{total}")

make("nw-073-afspraakbevestiging-ziekenhuis", "pdf", [
    ("lh", ["Spaarne Gasthuis", "Polikliniek Radiologie"], ["Boerhaavelaan 22", "2035 RC Haarlem"]),
    ("addr", ["Dhr. P.W. Smit", "Zeeweg 7", "2051 EA Overveen"]),
    ("p", "Datum: 23-10-2026\nPatiëntnummer: 1123.45.670"),
    ("title", "Bevestiging van uw afspraak"),
    ("p", "Geachte heer Smit,"),
    ("p", "Hierbij bevestigen wij uw afspraak voor een CT-onderzoek van beide polsen."),
    ("kv", [("Datum", "dinsdag 3 november 2026"), ("Tijd", "08:40 uur (meld u 15 minuten eerder)"), ("Locatie", "Haarlem Zuid, route 0.12"),
            ("Aangevraagd door", "dr. M.A. Lindeboom, plastische chirurgie")]),
    ("p", "Neem uw identiteitsbewijs en verzekeringspas mee. Sieraden aan de polsen graag thuislaten. Bent u verhinderd? Bel dan uiterlijk 24 uur van tevoren 023-2240000."),
    ("p", "Met vriendelijke groet,\nAfsprakenbureau Radiologie"),
], lab([], "2026-10-23", "other", "nl", "hospital appointment confirmation letter",
       notes="Appointment for a future CT: imaging not done yet -> unmentioned; date of appointment is not the letter date"))

make("nw-074-zorgverzekeraar-machtiging", "docx", [
    ("lh", ["Zorgverzekeraar Vitaal Zorg (fictief)", "Afdeling Zorgadvies en Machtigingen"], ["Postbus 9020", "3800 GA Amersfoort"]),
    ("title", "Aanvraagformulier machtiging - second opinion / niet-gecontracteerde zorg"),
    ("kv", [("Naam verzekerde", "S. Vermeulen"), ("Geboortedatum", "02-04-1990"), ("Relatienummer", "30411288"),
            ("Zorgaanbieder", "Handkliniek Noord"), ("Soort zorg", "Second opinion handchirurgie"), ("Verwijzer", "E. Jansen, huisarts"),
            ("Datum verwijzing", "17-11-2026"), ("Reden aanvraag", "Recidief carpaal tunnelsyndroom na operatie 2025; wens second opinion")], 1),
    ("p", "Verklaring verzekerde: ik verklaar dit formulier naar waarheid te hebben ingevuld."),
    ("kv", [("Plaats", "Utrecht"), ("Datum", "19-11-2026"), ("Handtekening", "[getekend] S. Vermeulen")]),
    ("small", "Stuur dit formulier met een kopie van de verwijsbrief naar het bovenstaande adres. Zonder geldige verwijzing vergoeden wij een second opinion niet."),
], lab([], "2026-11-19", "patient", "nl", "health insurer authorisation request form docx", op="yes",
       notes="Insurance form filled in by the patient; mentions operation 2025 and a referral date (mention only)"),
   footer="VZ-MACH-2026-v3 | pagina {page} van {total}")

make("nw-075-travel-insurance-claim", "lo", [
    ("lh", ["EuroCare Assist Reisverzekeringen (fictitious)", "Medical expenses claim form / Declaratieformulier medische kosten"], ["P.O. Box 2210", "2301 CE Leiden", "Claims: +31 71 555 0900"]),
    ("kv", [("Policy number", "RV-2026-0041773"), ("Name insured", "Maria J. van Leeuwen"), ("Date of birth (DD/MM/YYYY)", "05/08/1958"),
            ("Country of incident", "Spain"), ("Date of incident (DD/MM/YYYY)", "03/05/2026"),
            ("Description", "Fell in the street in Marbella, broke right wrist. Treated at Hospital Costa del Sol emergency department (plaster). No admission."),
            ("Costs claimed", "EUR 412,50 (ED visit, X-rays, plaster, medication)"), ("Enclosures", "ED report with translation, invoices (3), pharmacy receipt")], 1),
    ("p", "I declare that the above information is correct and authorise EuroCare Assist to obtain medical information from the treating doctors."),
    ("kv", [("Place / date", "Utrecht, 14/05/2026"), ("Signature", "M.J. van Leeuwen")]),
], lab([], "2026-05-14", "patient", "en", "travel insurance claim form, LibreOffice PDF", img="yes", op="unmentioned", ab="yes",
       notes="Insurance form; describes ED treatment in Spain -> treated abroad yes; 'No admission' but ED counts"),
   footer="Form EC-MED-07 | page {page} of {total}")

make("nw-076-machtiging-opvragen-gegevens", "docx", [
    ("lh", ["Handkliniek Noord", "Toestemmingsformulier"], ["Intake second opinion"]),
    ("title", "Machtiging opvragen medische gegevens"),
    ("p", "Ondergetekende geeft hierbij toestemming aan Handkliniek Noord om de onderstaande medische gegevens op te vragen bij de genoemde zorgverleners, ten behoeve van een second opinion."),
    ("kv", [("Naam", "Fien Vandenberghe"), ("Geboortedatum", "12-06-1999"), ("Adres", "Rapenburg 61, 2311 GJ Leiden")]),
    ("table", [["Zorgverlener", "Gegevens"], ["AZ Sint-Jan Brugge (BE), spoedgevallen + orthopedie", "verslagen, RX- en CT-beelden"],
               ["Dr. W. Claes, huisarts, Brugge", "verwijsbrief"], ["Huisartsenpraktijk Rapenburg, Leiden", "samenvatting"]]),
    ("kv", [("Datum", "01-12-2026"), ("Handtekening", "F. Vandenberghe")]),
    ("small", "Deze machtiging is 6 maanden geldig en kan op elk moment worden ingetrokken."),
], lab([], "2026-12-01", "patient", "nl", "consent form (machtiging) docx with table",
       ab="yes", notes="Consent form lists a Belgian hospital ED and orthopaedics as care providers -> treated_abroad yes (implied, unsure); no kinds"))

make("nw-077-aanvraagformulier-radiologie", "pdf", [
    ("lh", ["Rode Kruis Ziekenhuis Beverwijk", "Aanvraagformulier Radiologie / Echografie"], ["Voor huisartsen - eerstelijnsdiagnostiek", "Fax 0251-265599"]),
    ("kv", [("Patiënt", "mw. Y. Smit-de Boer"), ("Geb.datum", "22-01-1975"), ("Verzekering", "Zilveren Kruis 190022761"),
            ("Aanvrager", "drs. M. Vos, huisarts, AGB 01-055812"), ("Datum aanvraag", "11-10-2026"), ("Spoed", "nee")], 2),
    ("table", [["Onderzoek", "Aankruisen"], ["X-hand rechts", "[x]"], ["X-pols rechts", "[ ]"], ["Echo pols rechts", "[x]"], ["Echo n. medianus", "[x]"]]),
    ("sec", "Klinische gegevens / vraagstelling", "Tintelingen D1-3 re, nachtelijk. CTS? Ganglion/ruimte-innemend proces?"),
    ("sec", "Contra-indicaties", "geen; niet zwanger"),
    ("p", "Handtekening aanvrager: ______ M. Vos"),
], lab([], "2026-10-11", "gp", "nl", "radiology request form with tick boxes",
       notes="Request form: question is for radiology, not a referral; imaging requested only -> unmentioned; same patient as nw-041"))

make("nw-078-ha-brief-bijgaand-okverslag", "pdf", [
    ("lh", ["Huisartsenpraktijk Het Spaarne", "G.J. van Dijk & L. Brouwer"], ["Spaarnwouderstraat 112", "2011 HC Haarlem"]),
    ("addr", ["Handkliniek Noord", "t.a.v. intake second opinion"]),
    ("p", "Haarlem, 1 december 2026"),
    ("inl", "Betreft:", "aanvulling dossier dhr. P.W. Smit, 28-09-1961"),
    ("p", "Geachte collega,"),
    ("p", "Op uw verzoek bijgaand het operatieverslag van de ingreep in Málaga (14-08-2026, Spaans, met vertaling), het CT-verslag van 04-11-2026 en de MRSA-uitslag (negatief)."),
    ("p", "De beelden op cd worden door het Spaarne Gasthuis rechtstreeks naar u verstuurd."),
    ("p", "Met vriendelijke groet,\n\nG.J. van Dijk, huisarts"),
], lab([], "2026-12-01", "gp", "nl", "GP cover letter naming enclosures only", img="yes", op="yes", ab="yes",
       notes="Only mentions enclosed reports (operatieverslag, CT-verslag, MRSA) - is none of them; not a referral (no question), not history"))

make("nw-079-de-terminbestaetigung", "pdf", [
    ("lh", ["Klinikum Oldenburg AöR", "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie - Terminvergabe"], ["Rahel-Straus-Straße 10", "26133 Oldenburg"]),
    ("addr", ["Herrn", "Hendrik Ubbens", "Norderstraße 12", "26789 Leer"]),
    ("p", "Oldenburg, 03.11.2026"),
    ("title", "Terminbestätigung"),
    ("p", "Sehr geehrter Herr Ubbens,"),
    ("p", "hiermit bestätigen wir Ihren Termin zur Operationsbesprechung und Narkoseaufklärung:"),
    ("kv", [("Datum", "Mittwoch, 13.01.2027"), ("Uhrzeit", "10:15 Uhr"), ("Ort", "Ambulanz Handchirurgie, Haus C, Ebene 1")]),
    ("p", "Bitte bringen Sie Ihre Versichertenkarte, den Überweisungsschein und vorhandene Röntgen-/MRT-Bilder auf CD mit. Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 48 Stunden vorher ab."),
    ("p", "Mit freundlichen Grüßen\nIhr Team der Handchirurgischen Ambulanz"),
], lab([], "2026-11-03", "other", "de", "German appointment confirmation",
       notes="Appointment letter from a German hospital: future operation discussion only; images 'vorhandene' are a generic request -> imaging unmentioned; same patient as nw-033"))

make("nw-080-be-hospitalisatieattest", "pdf", [
    ("lh", ["ZNA Middelheim", "Ziekenhuis Netwerk Antwerpen - Patiëntenadministratie"], ["Lindendreef 1", "2020 Antwerpen", "+32 3 280 31 11"]),
    ("title", "Attest van hospitalisatie"),
    ("p", "Ondergetekende verklaart dat"),
    ("kv", [("Naam", "VAN DAMME Joke"), ("Geboortedatum", "22/10/1960"), ("Rijksregisternummer", "60.10.22-134.66"), ("Ziekenfonds", "CM 121")]),
    ("p", "opgenomen was in ons ziekenhuis, dienst orthopedie, van 04/04/2022 tot en met 06/04/2022."),
    ("p", "Dit attest wordt afgeleverd voor het ziekenfonds / de werkgever / de hospitalisatieverzekering.\n\nAntwerpen, 07/04/2022\n\nVoor de directie, dienst opnames\n(stempel)"),
], lab([], "2022-04-07", "other", "nl", "Belgian hospital admission certificate", ab="yes",
       notes="Administrative certificate by a Belgian hospital confirming admission -> treated abroad yes; no kind; same patient as nw-020"))

make("nw-081-uk-appointment-letter", "pdf", [
    ("lh", ["Royal Berkshire NHS Foundation Trust", "Outpatient Appointments Centre"], ["London Road, Reading RG1 5AN", "Tel: 0118 322 6573"]),
    ("addr", ["Mr Thomas De Wit", "27 Erleigh Road", "Reading", "RG1 5LR"]),
    ("kv", [("Date", "28 September 2026"), ("NHS number", "612 448 9920"), ("Hospital number", "RBH1188230")]),
    ("p", "Dear Mr De Wit,"),
    ("p", "An appointment has been made for you to see Mr Fenwick's team in the Hand Clinic."),
    ("kv", [("Date", "Friday 4 December 2026"), ("Time", "14:20"), ("Location", "Orthopaedic Outpatients, Level 2, North Block")]),
    ("p", "If you no longer need this appointment, please let us know so it can be offered to another patient. Please bring a list of your medicines."),
    ("p", "Yours sincerely,\nAppointments Centre"),
    ("small", "Our hospital is a smoke-free site. Interpreting services are available on request."),
], lab([], "2026-09-28", "other", "en", "UK NHS outpatient appointment letter",
       notes="Appointment letter; future appointment date after letter date; no clinical facts"))

make("nw-082-de-einwilligung-op", "pdf", [
    ("lh", ["Krankenhaus Maria Hilf Krefeld", "Patientenaufklärung und Einwilligung"], ["Unfall-, Hand- und Orthopädische Chirurgie"]),
    ("title", "Aufklärungsbogen: Operative Versorgung eines Speichenbruchs (distale Radiusfraktur)"),
    ("kv", [("Patientin", "Reinders, Wilhelmina, 14.07.1951"), ("Geplanter Eingriff", "ORIF distaler Radius links, palmare Platte"),
            ("Geplantes OP-Datum", "19.09.2026"), ("Aufklärender Arzt", "K. Wolters, Stationsärztin")], 1),
    ("p", "Mögliche Komplikationen: Infektion, Nerven- und Gefäßverletzung, Sehnenreizung/-ruptur, CRPS, Implantatlockerung, Fehlstellung, erneute Operation."),
    ("p", "Ich habe den Aufklärungsbogen gelesen und verstanden. Meine Fragen wurden beantwortet. Ich willige in den geplanten Eingriff ein."),
    ("kv", [("Ort, Datum", "Krefeld, 18.09.2026, 16:40"), ("Unterschrift Patientin", "W. Reinders"), ("Unterschrift Arzt", "K. Wolters")]),
], lab([], "2026-09-18", "other", "de", "German surgical consent form", ab="yes",
       notes="Consent for a planned operation: operation not yet done in this document -> operated unmentioned; form from a German hospital where she was admitted -> treated abroad yes; hospital form signed by patient and doctor, author labelled other"),
   footer="Aufklärung Radius · perimed-Nachbildung · Seite {page}/{total}")
