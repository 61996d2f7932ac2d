"""nw-054..nw-059: operation reports."""
from nw_common import *

make("nw-054-ok-verslag-ctr", "pdf", [
    ("lh", ["Diakonessenhuis", "Plastische chirurgie - Dagbehandeling"], ["Bosboomstraat 1", "3582 KE Utrecht"]),
    ("title", "OK-verslag"),
    ("kv", [("Patiënt", "Vermeulen, S. (V)"), ("Geb.", "02-04-1990"), ("Datum operatie", "05-06-2025"), ("OK", "OK 7, sessie 2"),
            ("Operateur", "dr. B. Vos, plastisch chirurg"), ("Assistent", "J. de Lange, ANIOS"),
            ("Anesthesie", "WALANT (lidocaïne 1% met adrenaline)"), ("Anesthesioloog", "n.v.t."),
            ("Indicatie", "CTS links, EMG bevestigd"), ("Zijde", "links")], 2),
    ("sec", "Ingreep", "Open carpaal tunnel release links (mini-open)."),
    ("sec", "Verloop", "Time-out verricht. Lokale infiltratie, wachten 25 min. Incisie 2,5 cm in lijn met de 4e straal. Palmaire fascie gekliefd, ligamentum carpi transversum onder zicht volledig gekliefd van distaal naar proximaal. "
                       "N. medianus gedecomprimeerd, zandlopervorm zichtbaar, motore tak intact. Geen ruimte-innemende laesie. Hemostase. Huid met Ethilon 4-0 donati. Drukverband."),
    ("sec", "Complicaties", "geen"),
    ("sec", "Bloedverlies", "minimaal"),
    ("sec", "Nabehandeling", "Verband 2 dagen, daarna pleister. Vingers direct bewegen. Hechtingen eruit na 10-14 dagen bij de huisarts. Controle VS 6 weken."),
    ("p", "Getekend: dr. B. Vos  05-06-2025 10:54"),
], lab(["operation-report"], "2025-06-05", "specialist", "nl", "OK-verslag form two-column fields", img="unmentioned", op="yes",
       notes="Classic operation report form; same patient as nw-008/015/028"),
   footer="Diakonessenhuis | OK-verslag | pagina {page} van {total}")

make("nw-055-ok-verslag-dupuytren-docx", "docx", [
    ("lh", ["Isala", "Plastische, Reconstructieve en Handchirurgie"], ["Dokter van Heesweg 2", "8025 AB Zwolle"]),
    ("title", "OPERATIEVERSLAG"),
    ("table", [["Veld", "Gegevens"],
               ["Patiënt", "Visser, T.A. - 07-01-1956 - ZIS 1209331"],
               ["Datum", "13-03-2023"],
               ["Operateur", "dr. E. Kamphuis"],
               ["Assistentie", "drs. N. el Idrissi (AIOS)"],
               ["Anesthesie", "Algehele anesthesie - dr. W. Jonker"],
               ["Pre-operatieve diagnose", "M. Dupuytren D4 rechts"],
               ["Verrichting", "Limited fasciectomie D4 rechts, Z-plastiek"],
               ["Bloedleegte", "Ja, 250 mmHg, 48 min"]]),
    ("h", "Beschrijving"),
    ("p", "Bruner-incisie van distale handpalmplooi tot PIP-gewricht D4. Identificatie en sparen van de neurovasculaire bundels radiair en ulnair. De pretendineuze streng en spiraalstreng worden in toto verwijderd. "
          "MCP volledig te strekken, PIP rest 5°. Bloedleegte eraf, hemostase. Sluiten met Z-plastiek, Ethilon 5-0. Goede capillaire refill. Drukverband en dorsale spalk in extensie."),
    ("h", "Complicaties"), ("p", "Geen."),
    ("h", "Postoperatief beleid"), ("p", "Dagopname/1 nacht. Handtherapie binnen 1 week. PA: weefsel ingestuurd."),
], lab(["operation-report"], "2023-03-13", "specialist", "nl", "operatieverslag docx two-column table", op="yes",
       notes="Old (2023) report; PA mentioned; same patient as nw-010/nw-027"),
   footer="Isala - Operatieverslag - ZIS 1209331 - pagina {page}")

make("nw-056-de-operationsbericht", "pdf", [
    ("lh", ["Praxisklinik Handchirurgie Aachen", "Ambulantes OP-Zentrum"], ["Pontstraße 101", "52062 Aachen", "Tel. +49 241 88 77 60"]),
    ("title", "Operationsbericht"),
    ("kv", [("Patientin", "Schröder, Katharina"), ("Geb.-Datum", "21.11.1979"), ("OP-Datum", "11.02.2026"), ("OP-Dauer", "14 min"),
            ("Operateur", "Dr. med. C. Vossen"), ("Assistenz", "OTA M. Richter"), ("Anästhesie", "Lokalanästhesie (Dr. med. C. Vossen)"), ("Seite", "rechts")], 2),
    ("sec", "Diagnose", "Tendovaginitis stenosans D3 rechts (schnellender Finger), M65.3"),
    ("sec", "Operation", "Offene Ringbandspaltung A1 D3 rechts"),
    ("sec", "Bericht", "Team-Time-Out. Lokalanästhesie, Oberarmblutsperre. Quere Inzision über dem A1-Ringband D3. Stumpfe Präparation unter Schonung der Gefäß-Nerven-Bündel. "
                      "Darstellung und vollständige Längsspaltung des verdickten A1-Ringbandes. Freies Gleiten der Beugesehnen, kein Restschnappen bei aktiver Beugung. Blutstillung, Hautnaht Prolene 5-0, steriler Verband."),
    ("sec", "Procedere", "Sofortige Bewegung, Fadenzug 12. Tag beim Hausarzt, Wiedervorstellung bei Beschwerden."),
    ("p", "Dr. med. C. Vossen, Facharzt für Chirurgie/Handchirurgie"),
], lab(["operation-report"], "2026-02-11", "specialist", "de", "German Operationsbericht form", op="yes", ab="yes",
       notes="Written by a German clinic that operated the patient; same patient as nw-007/nw-047"),
   footer="Praxisklinik Handchirurgie Aachen · OP-Bericht · Seite {page}/{total}")

make("nw-057-uk-operation-note", "pdf", [
    ("lh", ["Sheffield Teaching Hospitals NHS Foundation Trust", "OPERATION NOTE - Northern General Hospital, Theatre 9"], ["Herries Road", "Sheffield S5 7AU"]),
    ("kv", [("Patient", "BRACKLEY, Helen Margaret"), ("DOB", "02/12/1964"), ("Hosp No", "S4477102"), ("Date of operation", "07/03/2024"),
            ("Surgeon", "Mr D. Okonkwo FRCS"), ("Assistant", "Dr L. Hughes (ST5)"), ("Anaesthetist", "Dr P. Varga"), ("Anaesthetic", "GA + regional block")], 2),
    ("sec", "Diagnosis", "Right thumb CMC joint osteoarthritis, Eaton IV"),
    ("sec", "Procedure", "Right trapeziectomy with ligament reconstruction and tendon interposition (FCR half-slip)"),
    ("sec", "Findings", "Severe OA CMC joint and STT. Trapezium removed piecemeal."),
    ("sec", "Description", "WHO checklist completed. Arm tourniquet 250mmHg. Wagner incision. Superficial radial nerve branches protected. Capsule incised longitudinally. Trapezium excised. "
                           "FCR half-slip harvested, passed through drill hole in MC1 base and interposed. Capsule closed with 3-0 Vicryl, skin 4-0 Monocryl subcuticular. Thumb spica POP."),
    ("sec", "Post-op instructions", "Elevate. Wound check 2/52 in POP clinic. Hand therapy referral. Review Mr Okonkwo 6/52."),
    ("sec", "VTE", "Not required."),
], lab(["operation-report"], "2024-03-07", "specialist", "en", "UK NHS operation note form", op="yes", ab="yes",
       notes="Operation in a UK hospital; 2024; same patient as nw-006/042/048"),
   footer="Operation Note - S4477102 - printed 20/11/2026 - Page {page} of {total}")

make("nw-058-be-uzleuven-operatieverslag", "pdf", [
    ("lh", ["UZ Leuven", "Orthopedie - Hand- en polschirurgie", "Campus Pellenberg"], ["Weligerveld 1", "3212 Pellenberg", "+32 16 33 22 11"]),
    ("title", "Operatieverslag"),
    ("kv", [("Patiënt", "Dhr. Stijn Wouters, ° 30/04/1982, EPD 602117734"), ("Datum ingreep", "06/10/2026"),
            ("Chirurg", "Prof. dr. G. Peeters"), ("Assistent", "Dr. K. Goossens (ASO)"),
            ("Anesthesist", "Dr. M. Claes"), ("Type anesthesie", "Plexus infraclaviculair")]),
    ("sec", "Diagnose", "Recidief dorsaal ganglion pols rechts, uitgaande van het SL-ligament."),
    ("sec", "Ingreep", "Artroscopische resectie van het dorsale polsganglion rechts, met debridement van de dorsale capsule."),
    ("sec", "Verloop", "Tractietoren 5 kg. Portalen 3-4 en 4-5, MCR. Ganglionsteel ter hoogte van het dorsale SL-ligament geïdentificeerd en gereseceerd met shaver; SL-ligament stabiel (Geissler 1). Geen chondrale letsels. Portalen gesloten met Ethilon 4-0."),
    ("sec", "Postoperatief", "Drukverband 48 u, vrij bewegen. Hechtingen verwijderen na 10 d. Controle raadpleging 6 weken."),
    ("p", "Prof. dr. G. Peeters"),
], lab(["operation-report"], "2026-10-06", "specialist", "nl", "Belgian UZ operatieverslag, Flemish", op="yes", ab="yes",
       notes="Belgian university hospital operation report; 'recidief' implies earlier treatment but not stated how"),
   footer="UZ Leuven - operatieverslag - pagina {page} van {total}")

make("nw-059-ok-verslag-hix-tekst", "txt", [
    ("p", "HiX - Operatieverslag (export)  |  ZGVO Ede  |  Afgedrukt 19-11-2026"),
    ("kv", [("Patiënt", "Timmer, L.M.  (V)  11-10-1985  pat.nr. 3309174"), ("Operatiedatum", "18-05-2026"),
            ("Operateur", "Ruitenbeek, F.C.M. (plastisch chirurg)"), ("1e assistent", "Bakker, S. (AIOS)"),
            ("Anesthesie", "Algehele anesthesie (Mulder, R., anesthesioloog)"), ("Verrichting", "Diagnostische polsartroscopie links met debridement SL-ligament"),
            ("Indicatie", "Persisterende pijn na partiële SL-ruptuur links (MR-artrografie 10-02-2026)")]),
    ("p", "Verslag:\nBloedleegte, tractie 4 kg. Portalen 3-4, 6R, MCR en MCU. Radiocarpaal: partiële dorsale ruptuur SL-ligament, synovitis. Midcarpaal: SL-interval Geissler 2 (probe past, draait niet). "
          "LT stabiel. TFCC intact. Debridement van rafels en synovectomie met shaver. Geen chondromalacie. Portalen Ethilon 4-0."),
    ("p", "Complicaties: geen\nNabehandeling: drukverband, onderarmspalk 1 week, daarna handtherapie. Controle poli 2 wk."),
], lab(["operation-report"], "2026-05-18", "specialist", "nl", "HiX operation report export as text", img="yes", op="yes",
       notes="Print date 19-11-2026 differs from operation date (own date = operation date; unsure); indication quotes earlier MR-artrografie -> imaging yes; same patient as nw-005/051"))
