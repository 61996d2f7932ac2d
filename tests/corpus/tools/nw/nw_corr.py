"""nw-024..nw-042: specialist correspondence (NL, BE, DE, UK, elsewhere)."""
from nw_common import *

# 024 HiX polikliniekbrief plastische chirurgie
make("nw-024-poli-plastische-hix", "pdf", [
    ("lh", ["Spaarne Gasthuis", "Plastische, Reconstructieve en Handchirurgie"],
     ["Locatie Haarlem Zuid", "Boerhaavelaan 22, 2035 RC Haarlem", "T 023 224 0000"]),
    ("addr", ["Aan de weledelgeleerde heer", "G.J. van Dijk, huisarts", "Spaarnwouderstraat 112", "2011 HC Haarlem"]),
    ("kv", [("Ons kenmerk", "PLA / 7712309"), ("Datum", "21 oktober 2026"), ("Onderwerp", "Polikliniekbezoek d.d. 15-10-2026"),
            ("Betreft", "Dhr. P.W. Smit, geb. 28-09-1961, BSN 1123.45.670")]),
    ("p", "Geachte collega,"),
    ("p", "Op 15-10-2026 zagen wij uw patiënt op de polikliniek plastische chirurgie."),
    ("sec", "Anamnese", "62-jarige man, rechtshandig, s/p plaatosteosynthese distale radius rechts in Málaga (Spanje) 14-08-2026. Klaagt over stijfheid, vooral supinatie, en pijn ulnair bij draaien van sleutels."),
    ("sec", "Lichamelijk onderzoek", "Litteken volair, rustig. Pols rechts: DF 40, PF 35, pronatie 80, supinatie 30 (links 85). DRUG stabiel. Sensibiliteit intact."),
    ("sec", "Aanvullend onderzoek", "X-pols rechts 10-10-2026: geconsolideerde fractuur, plaat in situ, schroeven niet intra-articulair, ulna-plus 2 mm."),
    ("sec", "Conclusie", "Bewegingsbeperking (supinatie) na ORIF distale radius, mogelijk DRUG-incongruentie."),
    ("sec", "Beleid", "Handtherapie intensiveren. CT beide polsen in pro- en supinatie aangevraagd. Controle over 8 weken. Patiënt overweegt een second opinion; daar hebben wij begrip voor."),
    ("p", "Met vriendelijke groet,"),
    ("sp",),
    ("p", "dr. M.A. Lindeboom, plastisch chirurg\nmede namens J. Kroes, arts-assistent"),
    ("small", "Deze brief is elektronisch geautoriseerd. cc: patiënt"),
], lab(["correspondence"], "2026-10-21", "specialist", "nl", "HiX polikliniekbrief letterhead, sections", img="yes", op="yes", ab="yes",
       notes="Visit date 15-10 vs letter date 21-10 (visit not the document date); operated in Málaga; CT only requested"),
   footer="Spaarne Gasthuis | PLA/7712309 | Smit, P.W. 28-09-1961 | pagina {page} van {total}")

# 025 Orthopedie DOCX with header/footer, never operated, no imaging
make("nw-025-poli-orthopedie-docx", "docx", [
    ("lh", ["Ziekenhuis Amstelland", "Orthopedie"], ["Laan van de Helende Meesters 8", "1186 AM Amstelveen", "020-7556000"]),
    ("addr", ["Huisartsenpraktijk Bovenkerk", "t.a.v. mevr. dr. R. Smeets", "Bovenkerkerweg 90", "1187 XL Amstelveen"]),
    ("kv", [("Datum", "7-9-2026"), ("Patiënt", "Mw. N. Boukhari, 12-02-2001"), ("Patiëntnummer", "8812231")]),
    ("p", "Beste collega,"),
    ("p", "Wij zagen uw patiënte, 25 jaar, studente, met sinds een half jaar pijn aan de dorsale zijde van de linkerpols, vooral bij yoga (steunen)."),
    ("p", "Anamnese: geen trauma. Geen eerdere behandelingen. Nooit geopereerd.\n"
          "Onderzoek: kleine drukpijnlijke zwelling dorsaal ter hoogte van het SL-gewricht, geen instabiliteit, Watson negatief."),
    ("p", "Er is nog geen beeldvorming verricht; gezien het klinische beeld (occult dorsaal ganglion) is dit ook niet nodig."),
    ("p", "Conclusie: occult dorsaal ganglion pols links.\nBeleid: uitleg, aanpassen belasting, polsbrace bij sport. Indien onvoldoende effect kan een excisie worden overwogen; patiënte wil dat liever niet. Controle op afspraak."),
    ("p", "Met collegiale groet,\n\nA. Verbeek, physician assistant orthopedie\nsupervisor: dr. H. Koster, orthopedisch chirurg"),
], lab(["correspondence"], "2026-09-07", "specialist", "nl", "polikliniekbrief docx, date as 7-9-2026, PA-signed", img="no", op="no", ab="unmentioned",
       notes="Signed by physician assistant; excisie only considered; explicit negations"),
   header="Ziekenhuis Amstelland - Orthopedie - Boukhari, N. (12-02-2001)", footer="Pagina {page} van {total} - Dit document bevat vertrouwelijke medische informatie")

# 026 Ontslagbrief with full operation section -> correspondence + operation-report
make("nw-026-ontslagbrief-met-ok", "pdf", [
    ("lh", ["Noordwest Ziekenhuisgroep", "Heelkunde - Traumatologie"], ["Wilhelminalaan 12", "1815 JD Alkmaar", "072-548 4444"]),
    ("addr", ["Aan: huisarts R. Zwart", "Huisartsenpraktijk De Mare", "Mare 3, 1811 AA Alkmaar"]),
    ("title", "Ontslagbrief"),
    ("kv", [("Patiënt", "Dhr. J.C. (Jeroen) Bakker"), ("Geboortedatum", "30-03-1979"),
            ("Opnamedatum", "02-06-2026"), ("Ontslagdatum", "04-06-2026"),
            ("Afdeling", "C3 Chirurgie"), ("Datum brief", "04-06-2026"),
            ("Hoofdbehandelaar", "dr. S. Rijkens, traumachirurg"), ("Opnamereden", "Fractuur")], 2),
    ("sec", "Opnamediagnose", "Intra-articulaire distale radiusfractuur rechts (AO 23-C2), na val van ladder 01-06-2026."),
    ("sec", "Anamnese", "Patiënt viel op 01-06 van een ladder (ca. 2 m) op de gestrekte rechterhand. Direct pijn en deformiteit. Gezien op de SEH, gesloten repositie en gips. CT-pols toonde een intra-articulaire fractuur met stap in de gewrichtsvlakte."),
    ("sec", "Beloop", "Op 03-06-2026 operatief behandeld (zie hieronder). Ongecompliceerd postoperatief beloop, goede pijnstilling, circulatie en sensibiliteit intact. Ontslag naar huis op 04-06."),
    ("h", "Operatie"),
    ("kv", [("Datum operatie", "03-06-2026"), ("Operateur", "dr. S. Rijkens, traumachirurg"),
            ("Assistent", "drs. T. Nguyen, AIOS heelkunde"), ("Anesthesie", "plexus axillaris blok + sedatie (dr. A. Prins)"),
            ("Ingreep", "Open repositie en interne fixatie distale radius rechts met volaire hoekstabiele plaat (Medartis Aptus 2.5)")]),
    ("p", "Beschrijving: Rugligging, arm op armtafel, bloedleegte 250 mmHg. Gemodificeerde Henry-benadering. FCR-schede geopend, pronator quadratus ingesneden en afgeschoven. "
          "Fractuur gereponeerd onder doorlichting, voorlopige fixatie met K-draden. Volaire plaat geplaatst, distaal 6 hoekstabiele schroeven, proximaal 3 corticale schroeven. "
          "Controle doorlichting: goede stand, gewrichtsvlak congruent, geen intra-articulaire schroeven. DRUG stabiel. Pronator gehecht, huid intracutaan Monocryl 4-0. Drukverband en onderarmspalk. "
          "Bloedleegtetijd 62 min. Geen complicaties."),
    ("sec", "Medicatie bij ontslag", "paracetamol 1 g 4dd; naproxen 500 mg 2dd 5 dagen; omeprazol 20 mg 1dd"),
    ("sec", "Beleid", "Wondcontrole en gipskamer na 10-14 dagen; start handtherapie; controle poli traumachirurgie over 6 weken met X-pols."),
    ("p", "Met vriendelijke groet,\n\ndrs. T. Nguyen, AIOS heelkunde\nnamens dr. S. Rijkens, traumachirurg"),
    ("small", "Kopie aan: patiënt; fysiotherapie Handcentrum Alkmaar"),
], lab(["correspondence", "operation-report"], "2026-06-04", "specialist", "nl", "ontslagbrief two-column header with full operation section", img="yes", op="yes", ab="unmentioned",
       notes="Discharge letter with full operation description (date, operator, assistant, anaesthesia, procedure) -> both kinds; admission/discharge dates; Datum brief equals discharge date"),
   header="Noordwest Ziekenhuisgroep | Ontslagbrief | Bakker, J.C. 30-03-1979", footer="Pagina {page} van {total}   |   Dit is een elektronisch gegenereerd document")

# 027 Klinische brief, operation only named -> correspondence only
make("nw-027-klinische-brief-kort", "pdf", [
    ("lh", ["Isala", "Plastische chirurgie - Kliniek"], ["Dokter van Heesweg 2", "8025 AB Zwolle", "038 424 5000"]),
    ("title", "Klinische brief"),
    ("kv", [("Aan", "dhr. A. Klaver, huisarts, Zwolle"), ("Datum", "14 mrt. 2023"),
            ("Patiënt", "dhr. T.A. Visser, 07-01-1956"), ("Opname", "13-03-2023 t/m 14-03-2023")]),
    ("sec", "Diagnose", "Morbus Dupuytren D4 rechts, contractuur MCP 40 gr, PIP 20 gr."),
    ("sec", "Ingreep", "13-03-2023 limited fasciectomie D4 rechts (zie OK-verslag)."),
    ("sec", "Beloop", "Ongecompliceerd. Wond droog. Goede extensie."),
    ("sec", "Beleid", "Hechtingen verwijderen bij huisarts na 12 dagen. Handtherapie en nachtspalk. Controle poli 6 weken."),
    ("p", "Met vriendelijke groet,\nL. Hofman, verpleegkundig specialist, i.o.v. dr. E. Kamphuis, plastisch chirurg"),
], lab(["correspondence"], "2023-03-14", "specialist", "nl", "short klinische brief, date '14 mrt. 2023'", img="unmentioned", op="yes", ab="unmentioned",
       notes="Operation named with date only, no description/operator -> not operation-report; 'zie OK-verslag' is a mention; old letter (2023), same patient as nw-010"))

# 028 Neurology consultation letter, EMG + nerve ultrasound
make("nw-028-neurologie-emg-consult", "pdf", [
    ("lh", ["Diakonessenhuis Utrecht", "Neurologie / Klinische neurofysiologie"], ["Bosboomstraat 1", "3582 KE Utrecht", "088 250 5000"]),
    ("addr", ["Gezondheidscentrum Leidsche Rijn", "t.a.v. E. Jansen, huisarts", "Terwijdelaan 2", "3544 CA Utrecht"]),
    ("kv", [("Datum", "29-09-2026"), ("Betreft", "Mw. S. Vermeulen, 02-04-1990"), ("Consult", "neurologie, verwezen door huisarts")]),
    ("p", "Geachte collega,"),
    ("p", "Uw patiënte werd verwezen met het verzoek om EMG i.v.m. recidief tintelingen linkerhand na carpaal tunnel release links (06-2025, plastische chirurgie, ons huis)."),
    ("sec", "Anamnese", "Tintelingen D1-3 links, nachtelijk, sinds 04-2026 weer toegenomen. Sinds zomer onhandigheid. Nekpijn, geen uitstraling in dermatoom."),
    ("sec", "Neurologisch onderzoek", "Kracht: APB links MRC 4, overig 5. Sensibiliteit: hypesthesie D1-3 links. Reflexen symmetrisch. Spurling negatief."),
    ("sec", "EMG (28-09-2026)", "Verlengde distale motore latentie n. medianus links (5,9 ms), vertraagde sensibele geleiding pols-vinger. Geen denervatie in C6-C7 myotomen."),
    ("sec", "Echografie n. medianus", "CSA ter hoogte van de ingang carpale tunnel 15 mm² (rechts 9 mm²), geen ruimte-innemend proces, geen neuroom."),
    ("sec", "Conclusie", "Matig ernstig carpaal tunnelsyndroom links, recidief/persisterend na release. Geen aanwijzingen voor cervicale radiculopathie."),
    ("sec", "Advies", "Terugverwijzing naar plastische chirurgie voor beoordeling re-exploratie."),
    ("p", "Met vriendelijke groet,\n\ndr. K. Timmermans, neuroloog"),
    ("small", "cc: dr. B. Vos, plastisch chirurg Diakonessenhuis"),
], lab(["correspondence"], "2026-09-29", "specialist", "nl", "neurology consultation letter with EMG and nerve ultrasound sections", img="yes", op="yes", ab="unmentioned",
       notes="EMG is not imaging but nerve ultrasound (echografie) is; re-exploration only advised; EMG date 28-09 vs letter 29-09"))

# 029 Traumachirurgie DOCX: ski accident abroad, no care there, operated in NL
make("nw-029-traumachirurgie-ski-docx", "docx", [
    ("lh", ["Tergooi MC", "Traumachirurgie / Heelkunde"], ["Laan van Tergooi 2", "1212 VG Hilversum", "088-7531753"]),
    ("addr", ["Aan de huisarts", "dr. W. Roos", "Huisartsenpraktijk Kerkelanden", "Hilversum"]),
    ("kv", [("Datum", "16.02.2026"), ("Betreft", "Mevr. I. (Iris) Bosman, °08-02-1996, ZIS-nr. 400188212")]),
    ("p", "Geachte collega,"),
    ("p", "Mevrouw Bosman kwam op 9 februari 2026 op onze SEH. Zij was op 7 februari tijdens skivakantie in Saalbach (Oostenrijk) gevallen op haar rechterduim. "
          "Zij heeft daar geen arts bezocht en is met de auto teruggereden naar Nederland."),
    ("p", "Bij onderzoek instabiel UCL MCP-1 rechts. Röntgenfoto: kleine avulsiefractuur basis P1 duim, verplaatst (Stener-laesie vermoed). "
          "Op 11-02-2026 is zij door ondergetekende geopereerd: refixatie ulnaire collaterale band met botanker (dagbehandeling, ongecompliceerd)."),
    ("p", "Beleid: duimgips 4 weken, daarna handtherapie. Controle poli over 4 weken."),
    ("p", "Met vriendelijke groet,\n\ndr. E.M. Scholten, traumachirurg"),
], lab(["correspondence"], "2026-02-16", "specialist", "nl", "trauma surgery letter docx, date 16.02.2026", img="yes", op="yes", ab="no",
       notes="Accident abroad but no care there, operated in NL -> treated_abroad no; ° birth date; operation described briefly, not a report"),
   footer="Tergooi MC - Traumachirurgie - pagina {page}")

# 030 Rheumatology letter, ultrasound synovitis, no surgery
make("nw-030-reumatologie-brief", "pdf", [
    ("lh", ["Sint Maartenskliniek", "Reumatologie"], ["Hengstdal 3", "6574 NA Ubbergen", "024 365 9911"]),
    ("addr", ["Huisartsenpraktijk Heyendaal", "t.a.v. dr. N. Kuipers", "Nijmegen"]),
    ("kv", [("Datum", "3 november 2026"), ("Kenmerk", "REU-2026-88121"), ("Betreft", "Mw. R. (Rosa) Jacobs, geb. 3 november 1966")]),
    ("p", "Beste collega,"),
    ("p", "Vervolgbezoek reumatologie."),
    ("sec", "Diagnose", "Reumatoïde artritis, seropositief (RF+, anti-CCP+), sinds 2022."),
    ("sec", "Anamnese", "Goed op methotrexaat en adalimumab, maar persisterende zwelling en pijn pols rechts; sinds september moeite met strekken D4-D5 rechts."),
    ("sec", "Onderzoek", "Synovitis pols rechts, tenosynovitis extensoren. Extensiedeficit D4 en D5 rechts (actief), passief volledig."),
    ("sec", "Aanvullend", "Echo pols rechts (02-11-2026): forse tenosynovitis extensorloge 4, power-doppler graad 2, verdenking partiële ruptuur EDC D5.\nLab: BSE 28, CRP 12."),
    ("sec", "Conclusie / beleid", "Dreigende extensorpeesruptuur bij RA. Verwijzing naar handchirurg voor beoordeling tenosynovectomie/peestransfer. Patiënte is nooit eerder aan de hand geopereerd. MTX continueren."),
    ("p", "Met vriendelijke groet,\n\ndr. J. Wevers, reumatoloog"),
], lab(["correspondence"], "2026-11-03", "specialist", "nl", "rheumatology letter, birth day same as letter day", img="yes", op="no", ab="unmentioned",
       notes="Birth date '3 november 1966' same day/month as letter date '3 november 2026'; ultrasound done; tenosynovectomy only planned; explicit 'nooit eerder aan de hand geopereerd'"),
   footer="Sint Maartenskliniek | REU-2026-88121 | {page}/{total}")

# 031 Belgian AZ raadpleging letter (Flemish)
make("nw-031-be-az-raadpleging", "pdf", [
    ("lh", ["AZ Groeninge", "Dienst Orthopedie - Hand- en polschirurgie"], ["President Kennedylaan 4", "8500 Kortrijk", "tel. +32 56 63 63 63"]),
    ("addr", ["Geachte Collega", "Dr. H. de Vries", "Huisartsenpraktijk Sluis", "Kaai 4, 4524 CL Sluis (NL)"]),
    ("kv", [("Kortrijk,", "12/08/2026"), ("Patiënt", "Mevr. Marieke Dhondt, ° 04/03/1975"),
            ("Raadpleging", "10/08/2026"), ("Ref.", "ORT/HP/26-4471")]),
    ("title", "Verslag raadpleging"),
    ("p", "Waarde confrater,"),
    ("p", "Uw patiënte werd door ons gezien op de raadpleging handchirurgie voor een snapping finger D3 links sinds 5 maanden."),
    ("sec", "Klinisch onderzoek", "Palpabele nodulus A1-pulley D3 links, actief triggeren, passief correctie mogelijk. Geen contractuur."),
    ("sec", "Technische onderzoeken", "Echografie: verdikte A1-pulley, geen peesletsel."),
    ("sec", "Besluit", "Trigger finger D3 links, Green graad 3."),
    ("sec", "Behandeling", "Infiltratie met Depo-Medrol 40 mg + lidocaïne ter hoogte van A1 uitgevoerd op de raadpleging. Indien recidief: percutane of open A1-release te plannen."),
    ("p", "Met collegiale groeten,\n\nDr. Pieter Vanneste\nOrthopedisch chirurg"),
    ("small", "RIZIV 1-12233-44-580 - Dit verslag werd elektronisch ondertekend."),
], lab(["correspondence"], "2026-08-12", "specialist", "nl", "Belgian AZ consultation report, Flemish, Besluit", img="yes", op="unmentioned", ab="yes",
       notes="Written by a Belgian hospital that treated the patient (infiltration) -> treated abroad; consultation date 10/08 differs from letter date; release only planned"),
   footer="AZ Groeninge vzw - Kortrijk - pagina {page}/{total}")

# 032 Brussels French-named hospital, letter in Dutch
make("nw-032-be-saintluc-nl", "pdf", [
    ("lh", ["Cliniques universitaires Saint-Luc", "Universitaire Klinieken Sint-Luc - Service d'orthopédie / Dienst orthopedie",
            "Unité de chirurgie de la main / Eenheid handchirurgie"], ["Avenue Hippocrate 10 / Hippocrateslaan 10", "1200 Bruxelles / Brussel", "+32 2 764 11 11"]),
    ("kv", [("Datum", "Brussel, 27 oktober 2026"), ("Dossier", "UCL-SL 7740021"),
            ("Patiënt", "Dhr. Joris Claessens-Mertens, geboren op 17/01/1984"), ("Behandelend arts", "Prof. dr. Ch. Lemaire")]),
    ("addr", ["Aan Dr. L. Boersma, huisarts", "Breda (Nederland)"]),
    ("p", "Zeer geachte collega,"),
    ("p", "Wij hebben uw patiënt, woonachtig in Breda maar werkzaam in Brussel, behandeld voor een ruptuur van de flexor digitorum profundus D4 rechts na een rugbyblessure (jersey finger) op 02/09/2026."),
    ("p", "Op 05/09/2026 werd in onze dienst een reïnsertie van de FDP-pees met botanker uitgevoerd onder locoregionale anesthesie (daghospitalisatie). "
          "Postoperatief Duran-protocol bij de handtherapeut. Bij controle op 21/10/2026 persisterend flexiedeficit DIP 40°, vermoedelijk adhesies. "
          "Een tenolyse werd voorgesteld, maar patiënt wenst eerst een advies in Nederland."),
    ("p", "De echografie van 20/10/2026 toont een intacte pees met peritendineuze verklevingen."),
    ("p", "Met collegiale groeten,\n\nDr. A. Dubois (chef de clinique adjoint)\nvoor Prof. dr. Ch. Lemaire"),
    ("small", "Document traduit/opgesteld in het Nederlands op verzoek van de patiënt. Copie: patiënt."),
], lab(["correspondence"], "2026-10-27", "specialist", "nl", "Brussels bilingual hospital letterhead, letter in Dutch", img="yes", op="yes", ab="yes",
       notes="French-named Brussels hospital writing in Dutch; operated there; tenolyse only proposed"),
   footer="Cliniques universitaires Saint-Luc - UCLouvain - page {page}/{total}")

# 033 German Arztbrief, no operation indication
make("nw-033-de-arztbrief-handchirurgie", "pdf", [
    ("lh", ["Klinikum Oldenburg AöR", "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie", "Direktor: Prof. Dr. med. H.-J. Albers (fiktiv)"],
     ["Rahel-Straus-Straße 10", "26133 Oldenburg", "Tel. +49 441 403-0", "Sekretariat: -2281"]),
    ("addr", ["Herrn Dr. med. F. Jansen", "Praxis am Markt", "Markt 3", "26789 Leer"]),
    ("kv", [("Oldenburg,", "02.11.2026"), ("Unser Zeichen", "HPC/ka"),
            ("Patient", "Herr Hendrik Ubbens, geb. 09.11.1969"), ("Ambulante Vorstellung", "28.10.2026")]),
    ("p", "Sehr geehrter Herr Kollege Jansen,"),
    ("p", "wir berichten Ihnen über die ambulante Vorstellung des o.g. Patienten in unserer Handsprechstunde."),
    ("sec", "Diagnosen", "Skapholunäre Dissoziation rechts, chronisch (Geissler IV), SLAC-Wrist Stadium I\nZ.n. Sturz vom Fahrrad 2024"),
    ("sec", "Anamnese", "Belastungsabhängige Schmerzen dorsal am rechten Handgelenk seit ca. 2 Jahren. Bisher konservativ mit Orthese. Keine Voroperationen."),
    ("sec", "Befund", "Druckschmerz SL-Region, Watson-Test positiv, Beweglichkeit Ext/Flex 50-0-45."),
    ("sec", "Bildgebung", "Röntgen Handgelenk rechts in 2 Ebenen vom 28.10.2026: SL-Spalt 5 mm, Ringzeichen, beginnende Arthrose Proc. styloideus radii. MRT auswärts 08/2026: komplette SL-Band-Ruptur."),
    ("sec", "Beurteilung", "Bei SLAC I wäre eine Rekonstruktion (z.B. RASL oder 3LT) möglich. Der Patient wünscht vor einer Operation eine Zweitmeinung in den Niederlanden, wo er arbeitet."),
    ("sec", "Procedere", "Wiedervorstellung nach Einholung der Zweitmeinung. Bis dahin Orthese bei Belastung."),
    ("p", "Mit freundlichen kollegialen Grüßen\n\nDr. med. Sabine Krämer\nOberärztin"),
], lab(["correspondence"], "2026-11-02", "specialist", "de", "German Arztbrief Klinik für Handchirurgie", img="yes", op="no", ab="yes",
       notes="German hospital outpatient letter = treated abroad; 'Keine Voroperationen'; surgery only possible; birth 09.11.1969 near letter date"),
   footer="Klinikum Oldenburg AöR · Seite {page} von {total}")

# 034 German Entlassungsbrief with Operationsbericht section -> correspondence + operation-report, DOCX
make("nw-034-de-entlassungsbrief-op", "docx", [
    ("lh", ["Krankenhaus Maria Hilf Krefeld", "Abteilung für Unfall-, Hand- und Orthopädische Chirurgie"],
     ["Oberdießemer Str. 94", "47805 Krefeld", "Tel. +49 2151 334-0"]),
    ("title", "Entlassungsbrief"),
    ("kv", [("Patientin", "Frau Wilhelmina (Mien) Reinders, geb. 14.07.1951"), ("Wohnort", "Venlo (NL)"),
            ("Stationärer Aufenthalt", "18.09.2026 - 22.09.2026"), ("Datum", "22.09.2026"),
            ("Hausarzt", "Huisartsenpraktijk Blerick, Venlo")]),
    ("p", "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,"),
    ("p", "wir berichten über die o.g. Patientin, die sich vom 18.09. bis 22.09.2026 in unserer stationären Behandlung befand."),
    ("sec", "Diagnosen", "Dislozierte distale Radiusfraktur links (AO 23-A3) nach Sturz auf einer Radtour in Krefeld am 17.09.2026\nOsteoporose"),
    ("sec", "Therapie", "Offene Reposition und winkelstabile Plattenosteosynthese am 19.09.2026"),
    ("h", "Operationsbericht"),
    ("kv", [("OP-Datum", "19.09.2026"), ("Operateur", "Dr. med. T. Brinkmann"), ("Assistenz", "A. Yüksel, Assistenzärztin"),
            ("Anästhesie", "Allgemeinanästhesie (Dr. R. Lenz)"), ("Eingriff", "ORIF distaler Radius links, palmare winkelstabile Platte (Synthes VA-LCP)")]),
    ("p", "Rückenlage, Armtisch, Oberarmblutsperre 250 mmHg. Palmarer Zugang über FCR. Darstellung und Reposition der Fraktur unter BV-Kontrolle. "
          "Anlage der Platte, distal 5 winkelstabile Schrauben, proximal 3 Kortikalisschrauben. Abschließende BV-Kontrolle in 2 Ebenen: regelrechte Stellung. "
          "Spülung, schichtweiser Wundverschluss, Intrakutannaht, steriler Verband, dorsale Unterarmschiene."),
    ("sec", "Verlauf", "Komplikationsloser postoperativer Verlauf. Röntgenkontrolle postoperativ regelrecht. MRSA-Aufnahmescreening negativ."),
    ("sec", "Procedere", "Fadenzug am 12. postop. Tag, Ergotherapie, Röntgenkontrolle nach 6 Wochen beim weiterbehandelnden Arzt in den Niederlanden."),
    ("p", "Mit freundlichen Grüßen\n\nDr. med. T. Brinkmann, Oberarzt            K. Wolters, Stationsärztin"),
], lab(["correspondence", "operation-report"], "2026-09-22", "specialist", "de", "German Entlassungsbrief docx with Operationsbericht section", img="yes", op="yes", ab="yes",
       notes="Discharge letter with full Operationsbericht -> both kinds; admitted in Germany; MRSA screening only mentioned, not a lab result"),
   header="Krankenhaus Maria Hilf Krefeld - Entlassungsbrief Reinders, W. *14.07.1951", footer="Seite {page} von {total}")

# 035 UK clinic letter, dictated but not read
make("nw-035-uk-clinic-letter", "pdf", [
    ("lh", ["Royal Berkshire NHS Foundation Trust", "Department of Trauma & Orthopaedics - Hand Unit"],
     ["London Road, Reading RG1 5AN", "Tel: 0118 322 5111", "Secretaries: 0118 322 7560"]),
    ("kv", [("Date dictated", "08/09/2026"), ("Date typed", "11/09/2026"), ("Clinic date", "04/09/2026"),
            ("Consultant", "Mr Alistair Fenwick FRCS (Tr & Orth)")], 2),
    ("addr", ["Dr E Marsh", "Ashgrove Surgery", "Ashgrove Lane", "Reading RG1 4PX"]),
    ("p", "Dear Dr Marsh,"),
    ("inl", "Re:", "Thomas Jan DE WIT, DOB 24/11/1992, NHS 612 448 9920, Hosp No RBH1188230"),
    ("inl", "Diagnosis:", "1. Left TFCC tear (Palmer 1B) 2. Ulnar positive variance +3mm 3. Previous ORIF left distal radius (2019)"),
    ("inl", "Plan:", "Ulnar shortening osteotomy offered - patient to consider. Review 3 months."),
    ("p", "I saw Thomas in the hand clinic today. He has ulnar-sided wrist pain following his distal radius fracture which we fixed in 2019. "
          "The ultrasound scan performed on 25/08/2026 shows a TFCC tear and I note on plain films he has ulnar positive variance. "
          "I have explained that an ulnar shortening osteotomy with removal of the old plate would be the most reliable option. He is moving to the Netherlands and would like to think about it."),
    ("p", "Yours sincerely,"),
    ("sp",),
    ("p", "Mr A Fenwick\nConsultant Hand Surgeon"),
    ("small", "Dictated but not read - electronically checked.  cc: Patient"),
], lab(["correspondence"], "2026-09-11", "specialist", "en", "UK NHS clinic letter, dictated/typed/clinic dates", img="yes", op="yes", ab="yes",
       also=["2026-09-08"],
       notes="Three dates (dictated 08/09, typed 11/09, clinic 04/09); chose typed date as own date with dictated as also_date - unsure; UK hospital = abroad; osteotomy only offered; operated 2019"),
   footer="Royal Berkshire NHS Foundation Trust - Page {page} of {total}")

# 036 UK discharge summary, procedure line only
make("nw-036-uk-discharge-summary", "pdf", [
    ("lh", ["University Hospitals Plymouth NHS Trust", "Derriford Hospital - Discharge Summary"], ["Derriford Road", "Plymouth PL6 8DH"]),
    ("kv", [("Patient", "Mr Sjoerd HOEKSTRA"), ("DOB", "19/06/1987"), ("Hospital No", "D0933817"), ("NHS No", "n/a (overseas visitor)"),
            ("Admitted", "14/07/2026"), ("Discharged", "15/07/2026"), ("Ward", "Day Case Unit"), ("Discharging clinician", "Ms K. Pearce, Plastic Surgery")], 2),
    ("sec", "Reason for admission", "Sailing injury, laceration volar left index finger with digital nerve injury (radial digital nerve)."),
    ("sec", "Procedures", "14/07/2026 exploration and primary repair of radial digital nerve left index finger under WALANT."),
    ("sec", "Clinical summary", "Dutch tourist on sailing holiday. Uncomplicated procedure. Wound clean. Splint for 3 weeks. Return to the Netherlands 16/07."),
    ("sec", "Medication on discharge", "Co-amoxiclav 625mg TDS 5 days; paracetamol 1g QDS PRN"),
    ("sec", "Follow-up", "Wound check and suture removal with GP in the Netherlands at 10-14 days. Hand therapy. Please note: MRSA screen not performed during this admission."),
    ("small", "This summary was generated electronically. GP: Huisartsenpraktijk Harlingen (NL) - copy given to patient."),
], lab(["correspondence"], "2026-07-15", "specialist", "en", "UK NHS discharge summary form, two-column header", img="unmentioned", op="yes", ab="yes",
       notes="Date taken as discharge date (no separate letter date); nerve repair in UK as tourist; procedure only named (no operator/description) -> not operation-report; 'MRSA screen not performed'"),
   footer="Discharge Summary - D0933817 - Page {page} of {total}")

# 037 Spanish hospital emergency report in English translation
make("nw-037-es-urgencias-report-en", "pdf", [
    ("lh", ["Hospital Costa del Sol", "Servicio de Urgencias / Emergency Department"], ["A-7, Km 187", "29603 Marbella (Málaga), España", "Tel. +34 951 976 669"]),
    ("title", "EMERGENCY DEPARTMENT REPORT (certified translation from Spanish)"),
    ("kv", [("Patient", "VAN LEEUWEN, Maria Johanna"), ("Date of birth", "05/08/1958"), ("Passport", "NL BR7719K02"),
            ("Date of attendance", "03/05/2026 21:47"), ("Date of discharge from ED", "04/05/2026 02:10"), ("Attending physician", "Dra. Lucía Moreno Sáez")], 2),
    ("sec", "Reason for consultation", "Fall in the street onto outstretched right hand."),
    ("sec", "Examination", "Swelling and deformity of right wrist, neurovascular status preserved."),
    ("sec", "Complementary tests", "X-ray right wrist AP and lateral: extra-articular distal radius fracture with dorsal angulation (Colles). Post-reduction X-ray: acceptable alignment."),
    ("sec", "Diagnosis", "Closed Colles fracture, right wrist."),
    ("sec", "Treatment", "Closed reduction under haematoma block, below-elbow plaster cast. Surgery not required at present."),
    ("sec", "Recommendations", "Analgesia (metamizol 575 mg / 8 h). Follow-up with traumatology in home country within 7 days. Return if numbness or increased pain."),
    ("small", "Translated by: Traducciones Juradas Málaga S.L., sworn translator no. 4412, 12/05/2026. The original Spanish document prevails."),
], lab(["correspondence"], "2026-05-04", "specialist", "en", "Spanish ED report, sworn English translation", img="yes", op="no", ab="yes",
       also=["2026-05-03"],
       notes="Attendance 03/05 and discharge 04/05 (no explicit letter date; translation date 12/05 not the document's own) - unsure which is the own date; 'Surgery not required' -> operated no"),
   footer="Hospital Costa del Sol - Informe de Urgencias - {page}/{total}")

# 038 Turkish hospital discharge summary in English, K-wires
make("nw-038-tr-discharge-summary-en", "pdf", [
    ("lh", ["T.C. Sağlık Bakanlığı - Antalya Eğitim ve Araştırma Hastanesi", "Orthopaedics and Traumatology Clinic"], ["Varlık Mah. Kazım Karabekir Cad.", "07100 Muratpaşa / Antalya, Türkiye", "+90 242 249 44 00"]),
    ("title", "EPİKRİZ / DISCHARGE SUMMARY"),
    ("kv", [("Patient name", "ÖZTÜRK, Emre"), ("Birth date", "29.07.2008"), ("Protocol no", "2026/771204"),
            ("Admission", "21.07.2026"), ("Discharge", "24.07.2026"), ("Report date", "24.07.2026")], 2),
    ("sec", "Diagnosis", "S62.3 Fracture of 4th and 5th metacarpal neck, right hand"),
    ("sec", "Complaint / history", "17-year-old male, Dutch resident on holiday, punched a wall on 20.07.2026."),
    ("sec", "Imaging", "Direct radiography right hand: angulated (45°) fractures of 4th and 5th metacarpal necks."),
    ("sec", "Treatment", "Closed reduction and percutaneous K-wire fixation under general anaesthesia on 22.07.2026. IV cefazolin 1 g 3x1 for 24 h."),
    ("sec", "Discharge recommendations", "Ulnar gutter splint. K-wire removal after 4 weeks. Control in the Netherlands."),
    ("p", "Op. Dr. Murat Aydın\nOrthopaedics and Traumatology Specialist\n(signature / stamp)"),
    ("small", "Bu belge elektronik olarak imzalanmıştır. This document has been signed electronically."),
], lab(["correspondence"], "2026-07-24", "specialist", "en", "Turkish state hospital epikriz in English", img="yes", op="yes", ab="yes",
       notes="Admitted and operated in Antalya; K-wire fixation named with date but no operator/description -> correspondence only; minor patient born 2008"),
   footer="Antalya EAH - Epikriz - Sayfa {page}/{total}")

# 039 plastic surgery letter: operation offered, never operated; LibreOffice PDF
make("nw-039-poli-plastische-aangeboden", "lo", [
    ("lh", ["Maasstad Ziekenhuis", "Plastische chirurgie & Handchirurgie"], ["Maasstadweg 21", "3079 DZ Rotterdam", "010-2911911"]),
    ("addr", ["Huisartsenpraktijk Lombardijen", "dr. F. Aksoy", "Rotterdam"]),
    ("kv", [("Datum", "30 oktober 2026"), ("Betreft", "Dhr. B. (Bas) Verschoor, geb. 14-05-1964"), ("Pat.nr.", "MSZ 6621870")]),
    ("p", "Geachte collega Aksoy,"),
    ("p", "Dhr. Verschoor is bekend met een ziekte van Dupuytren van beide handen, rechts meer dan links. Hij is hiervoor nooit geopereerd of anderszins behandeld."),
    ("p", "Bij onderzoek: streng D4-D5 rechts met MCP-contractuur 45° D5, PIP 20°. Links alleen nodi in de handpalm."),
    ("p", "Wij hebben patiënt een limited fasciectomie D5 rechts aangeboden. Patiënt wil hierover nadenken en heeft gevraagd om een second opinion elders, mede vanwege de kans op recidief. "
          "Wij hebben geen aanvullend onderzoek laten verrichten; dat is bij deze diagnose niet nodig."),
    ("p", "Met vriendelijke groet,\n\ndr. S. Oudshoorn, plastisch chirurg"),
], lab(["correspondence"], "2026-10-30", "specialist", "nl", "polikliniekbrief LibreOffice PDF, short prose", img="no", op="no", ab="unmentioned",
       notes="Operation offered ('aangeboden') and 'nooit geopereerd'; 'geen aanvullend onderzoek laten verrichten' -> imaging no (implicit negation)"),
   footer="Maasstad Ziekenhuis - pagina {page} van {total}")

# 040 Dutch discharge: ED in Faro, then operated in NL
make("nw-040-klinische-brief-na-faro", "pdf", [
    ("lh", ["Gelre ziekenhuizen", "Traumachirurgie - verpleegafdeling B4"], ["Albert Schweitzerlaan 31", "7334 DZ Apeldoorn", "055 581 8181"]),
    ("title", "KLINISCHE BRIEF"),
    ("kv", [("Datum", "12-05-2026"), ("Patiënt", "mw. C. (Corrie) Lammers, 12-05-1948"), ("Opname", "08-05-2026"), ("Ontslag", "11-05-2026"),
            ("Aan", "huisarts dr. P. Willems, Apeldoorn")], 2),
    ("sec", "Diagnose", "Verplaatste distale radiusfractuur links."),
    ("sec", "Voorgeschiedenis", "Hypertensie; TKP links 2020."),
    ("sec", "Anamnese", "Op 2 mei 2026 gevallen tijdens vakantie in de Algarve. Behandeld op de urgência van het Hospital de Faro: röntgenfoto, gesloten repositie en gips. "
                        "Na thuiskomst bij controle op onze gipskamer secundaire dislocatie."),
    ("sec", "Beloop", "09-05-2026 ORIF met volaire plaat (operateur dr. J. Kuiper). Ongecompliceerd. Vanwege recente ziekenhuisbehandeling in het buitenland bij opname MRSA-kweken afgenomen en in isolatie verpleegd; uitslag kweken negatief, isolatie opgeheven."),
    ("sec", "Beleid", "Handtherapie, controle poli 6 weken."),
    ("p", "Met vriendelijke groet,\n\nM. Tuinstra, arts-assistent traumachirurgie\nnamens dr. J. Kuiper"),
], lab(["correspondence"], "2026-05-12", "specialist", "nl", "klinische brief two-column fields", img="yes", op="yes", ab="yes",
       notes="ED care in Faro (Portugal) then operated in NL; birth date 12-05-1948 same day/month as letter; MRSA result only mentioned; TKP other body part"),
   footer="Gelre ziekenhuizen | pagina {page}/{total}")

# 041 Dutch outpatient letter: family history, appendectomy, holiday without care
make("nw-041-poli-plastische-cts-familie", "pdf", [
    ("lh", ["Rode Kruis Ziekenhuis", "Plastische Chirurgie"], ["Vondellaan 13", "1942 LE Beverwijk", "0251 265555"]),
    ("addr", ["Huisartsenpraktijk Heemskerk-Oost", "t.a.v. drs. M. Vos", "Heemskerk"]),
    ("kv", [("Datum", "18-11-2026"), ("Patiënt", "Mw. Y. (Yvonne) Smit-de Boer, 22-01-1975"), ("Uw verwijzing", "12-10-2026")]),
    ("p", "Geachte collega,"),
    ("sec", "Anamnese", "Tintelingen beide handen, rechts > links, nachtelijk, sinds 1 jaar. Klachten begonnen na een fietsvakantie in Portugal; daar geen arts bezocht. "
                        "Vgs: appendectomie (1995), sectio (2008). Familie: moeder en zus geopereerd aan carpaal tunnelsyndroom."),
    ("sec", "Onderzoek", "Tinel en Phalen positief rechts, twijfelachtig links. Geen atrofie. 2PD normaal."),
    ("sec", "Conclusie", "Klinisch carpaal tunnelsyndroom rechts, mogelijk bilateraal."),
    ("sec", "Beleid", "EMG aangevraagd. Bij bevestiging bespreken we een carpaal tunnel release rechts. Patiënte zag dit liever conservatief; nachtspalk meegegeven."),
    ("p", "Met vriendelijke groet,\n\nK. Dijkstra, AIOS plastische chirurgie\nsupervisor dr. H. Molenaar"),
], lab(["correspondence"], "2026-11-18", "specialist", "nl", "polikliniekbrief with family history", img="unmentioned", op="unmentioned", ab="no",
       notes="Family members operated (not the patient); appendectomie/sectio other body parts; Portugal holiday without a doctor -> treated_abroad no; EMG requested, not imaging"))

# 042 English letter from Dutch hospital to UK GP
make("nw-042-nl-hospital-letter-en", "docx", [
    ("lh", ["Amsterdam UMC, location AMC", "Department of Plastic, Reconstructive and Hand Surgery"], ["Meibergdreef 9", "1105 AZ Amsterdam", "+31 20 566 9111"]),
    ("addr", ["Dr R. Patel", "Hollybank Surgery", "14 Hollybank Road", "Sheffield S10 3FJ", "United Kingdom"]),
    ("kv", [("Date", "25 November 2026"), ("Re", "Mrs Helen M. Brackley, DOB 2 December 1964"), ("Our ref", "PRH-AMC-55120")]),
    ("p", "Dear Dr Patel,"),
    ("p", "Thank you for your letter. Mrs Brackley attended our outpatient clinic in Amsterdam on 23 November 2026 ahead of her move to Utrecht."),
    ("p", "She had a right trapeziectomy with LRTI in Sheffield in 2024 and has persistent pain. On our radiographs of 23/11/2026 there is 4 mm of proximal migration of the first metacarpal with impingement on the scaphoid."),
    ("p", "We discussed revision options (suspensionplasty) as well as continued conservative care. She will let us know her decision. We have not operated on her."),
    ("p", "Kind regards,\n\nDr J. van Houten, hand surgeon\nDr P. Groen, resident"),
    ("small", "cc: patient; huisarts (to be registered, Utrecht)"),
], lab(["correspondence"], "2026-11-25", "specialist", "en", "English letter from Dutch academic hospital docx", img="yes", op="yes", ab="yes",
       notes="Dutch hospital writing in English; previous operation in Sheffield (UK) -> operated yes and treated abroad yes; 'We have not operated on her' refers only to this hospital; same patient as nw-006"),
   footer="Amsterdam UMC - PRH-AMC-55120 - page {page} of {total}")
