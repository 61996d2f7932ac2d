"""nw-043..nw-053: radiology reports."""
from nw_common import *

# 043 X-ray report with requester department
make("nw-043-rx-hand-radiologisch-onderzoek", "pdf", [
    ("lh", ["Spaarne Gasthuis", "Afdeling Radiologie"], ["Spaarnepoort 1, 2134 TM Hoofddorp", "T 023 224 0000"]),
    ("title", "RADIOLOGISCH ONDERZOEK"),
    ("kv", [("Patiënt", "Koopmans-Veld, A.J."), ("Geb.datum", "19-11-1971"),
            ("Aanvrager", "H.P. Mulder, huisarts (eerstelijnsdiagnostiek)"), ("Afdeling aanvrager", "Huisartsen regio Haarlem"),
            ("Onderzoek", "X-hand/duim rechts 3 richtingen"), ("Datum onderzoek", "15-05-2026"),
            ("Accessienummer", "SG26051501187"), ("Datum verslag", "15-05-2026")], 2),
    ("sec", "Klinische gegevens", "Pijn duimbasis re, crepitatie. Artrose CMC-1?"),
    ("sec", "Verslag", "Gewrichtsspleetversmalling CMC-1 met subchondrale sclerose en osteofyten tot 3 mm, lichte radiale subluxatie van MC-1 basis. STT-gewricht gespaard. MCP-1 en IP-1 normaal. Geen fractuur."),
    ("sec", "Conclusie", "Artrose CMC-1 rechts, Eaton-Littler stadium 3. STT vrij."),
    ("p", "dr. P.J. van Rossum, radioloog"),
], lab(["imaging-report"], "2026-05-15", "radiologist", "nl", "radiology report two-column fields with requester", img="yes",
       notes="Requester is a GP (Aanvrager line) - not a referral; Klinische gegevens question is not a referral question; same patient as nw-001"),
   footer="Geautoriseerd 15-05-2026 16:41 | pagina {page} van {total}")

# 044 MRI wrist, exam vs report date
make("nw-044-mri-pols-verslag", "pdf", [
    ("lh", ["OLVG", "Radiologie en Nucleaire Geneeskunde"], ["locatie West, Jan Tooropstraat 164", "1061 AE Amsterdam"]),
    ("kv", [("Naam", "Hermans, L."), ("Geboren", "28-06-2003"), ("Aanvragend specialisme", "Orthopedie (dr. R. Meijer)"),
            ("Onderzoek", "MRI pols links (3T, zonder contrast)"), ("Datum onderzoek", "27-10-2026"), ("Datum verslag", "30-10-2026")], 2),
    ("sec", "Vraagstelling", "Klikkende pols li, hypermobiel. SL-/LT-letsel? TFCC?"),
    ("sec", "Bevindingen", "Normale stand van de carpus, geen DISI/VISI. Scapholunair en lunotriquetraal ligament intact. TFCC intact, geen ulnaire impactie. "
                           "Geen beenmergoedeem. Geen ganglion. Pezen zonder afwijkingen. Geringe hoeveelheid vocht in het radiocarpale gewricht, binnen normale grenzen."),
    ("sec", "Conclusie", "Geen afwijkingen aan de pols links. In het bijzonder geen aanwijzingen voor ligamentair letsel."),
    ("p", "Radioloog: drs. A.K. Bouwman\nSupervisor: dr. H. Ritsema"),
], lab(["imaging-report"], "2026-10-30", "radiologist", "nl", "MRI report two-column header, exam vs report date", img="yes", also=["2026-10-27"],
       notes="Normal MRI still = imaging done; exam date 27-10 as also_date; same patient as nw-022"))

# 045 Ultrasound titled only UITSLAG
make("nw-045-echo-uitslag", "pdf", [
    ("p", "Ziekenhuis Rivierenland Tiel                                              Medische Beeldvorming"),
    ("title", "UITSLAG"),
    ("kv", [("Pat", "YILMAZ K  M  30-11-1988"), ("Nr", "0822711"), ("Onderz", "ECHO POLS RE"), ("Datum", "14-08-2025"),
            ("Aanvr", "VAN LITH JP / ORT")]),
    ("p", "Echo pols rechts ter plaatse van de pijnklacht radiaal/dorsaal.\nGeen ganglion. Eerste extensorloge: normale peesdikte, geen vocht, geen hyperemie. Geen aanwijzing voor tendinose van APL/EPB. "
          "Radiocarpaal geen effusie. Scapholunair gebied zonder zichtbare afwijkingen."),
    ("p", "CONCL: normaal echo-onderzoek van de pols rechts."),
    ("p", "MdG (M. de Graaf, radioloog)  14-08-2025 11:02"),
], lab(["imaging-report"], "2025-08-14", "radiologist", "nl", "terse RIS ultrasound report titled only UITSLAG", img="yes",
       notes="Abbreviated fields (Pat, Onderz, Aanvr); normal result still imaging done; same patient as nw-011"))

# 046 CT report DOCX
make("nw-046-ct-beide-polsen-docx", "docx", [
    ("lh", ["Spaarne Gasthuis", "Radiologie - Verslag CT"], ["Boerhaavelaan 22", "2035 RC Haarlem"]),
    ("kv", [("Patiënt", "Smit, P.W. (M), 28-09-1961"), ("Onderzoek", "CT beide polsen in pronatie en supinatie"),
            ("Onderzoeksdatum", "03-11-2026"), ("Aanvrager", "Lindeboom, M.A., Plastische chirurgie"),
            ("Verslagdatum", "04-11-2026")], 1),
    ("sec", "Klinische informatie", "St na ORIF distale radius re (Spanje, 08-2026), beperkte supinatie. DRUG-incongruentie?"),
    ("sec", "Verslag", "Rechts: geconsolideerde distale radiusfractuur met volaire plaat in situ; geen schroefpenetratie in het radiocarpale gewricht. Radiale inclinatie 18°, volaire tilt 2°. "
                       "Ulnavariantie +2 mm. Het distale radio-ulnaire gewricht toont in supinatie een volaire subluxatie van de ulnakop t.o.v. de sigmoïde notch, niet aanwezig links. "
                       "Geringe stapvorming van de sigmoïde notch (1,5 mm).\nLinks: normaal."),
    ("sec", "Conclusie", "Incongruentie DRUG rechts met stapvorming in de sigmoïde notch en volaire subluxatie in supinatie. Plaat goed gepositioneerd."),
    ("p", "W. Hendriks, radioloog"),
], lab(["imaging-report"], "2026-11-04", "radiologist", "nl", "CT report docx label/value table", img="yes", op="yes", ab="yes", also=["2026-11-03"],
       notes="Clinical info mentions ORIF in Spain -> operated and treated abroad yes (from the clinical data field); exam 03-11 vs report 04-11"),
   footer="Spaarne Gasthuis - Radiologie - {page}")

# 047 German MRT Befund from radiology practice
make("nw-047-de-mrt-befund", "pdf", [
    ("lh", ["Radiologie im Zentrum Aachen", "Gemeinschaftspraxis für Radiologie und Nuklearmedizin"], ["Kapuzinergraben 4", "52062 Aachen", "Tel. +49 241 4009 0"]),
    ("addr", ["Herrn Dr. med. J. Hellwig", "Theaterstraße 9", "52062 Aachen"]),
    ("kv", [("Patientin", "Schröder, Katharina, *21.11.1979"), ("Untersuchung", "MRT rechte Hand (Langfinger D3) nativ und mit KM"),
            ("Untersuchungsdatum", "22.09.2026"), ("Befunddatum", "23.09.2026")]),
    ("title", "Befund"),
    ("p", "Klinische Angabe: Z.n. Ringbandspaltung D3 rechts 02/2026, erneutes Schnappen. Fragestellung: Rezidiv? Sehnenpathologie?"),
    ("p", "Technik: 1,5 T, Oberflächenspule, PD fs, T1, T1 fs nach KM in 3 Ebenen."),
    ("p", "Befund: Narbige Veränderungen im Bereich des ehemaligen A1-Ringbandes. Fusiforme Verdickung der FDS- und FDP-Sehne D3 in Höhe MCP mit vermehrter KM-Aufnahme des Sehnengleitgewebes. Kein Ganglion. Keine Ruptur. A2-Ringband abgrenzbar und intakt."),
    ("p", "Beurteilung:\n1. Tenosynovitis der Beugesehnen D3 rechts mit Sehnenverdickung auf Höhe MCP-Gelenk.\n2. Narbengewebe nach A1-Ringbandspaltung, kein Anhalt für unvollständige Spaltung."),
    ("p", "Mit freundlichen kollegialen Grüßen\nDr. med. N. Faßbender, Fachärztin für Radiologie"),
], lab(["imaging-report"], "2026-09-23", "radiologist", "de", "German radiology practice MRT Befund letter style", img="yes", op="yes", ab="yes", also=["2026-09-22"],
       notes="Befund in letter form to GP; imaging done in Germany (clinic abroad -> treated abroad yes, unsure for imaging-only practice); Z.n. Ringbandspaltung -> operated; same patient as nw-007"),
   footer="Radiologie im Zentrum Aachen · Seite {page}/{total}")

# 048 UK X-ray report
make("nw-048-uk-xray-report", "pdf", [
    ("lh", ["Sheffield Teaching Hospitals NHS Foundation Trust", "Radiology Department - Northern General Hospital"], ["Herries Road", "Sheffield S5 7AU"]),
    ("kv", [("Patient", "BRACKLEY, Helen Margaret"), ("DOB", "02/12/1964"), ("NHS No", "485 777 3011"), ("MRN", "S4477102"),
            ("Exam", "XR HAND RT / THUMB"), ("Exam date", "18/08/2026"), ("Referrer", "Mr D. Okonkwo, Orthopaedics (Hand)"), ("Reported", "19/08/2026")], 2),
    ("sec", "Clinical history", "Previous trapeziectomy + LRTI 2024. Persisting pain. ?migration"),
    ("sec", "Report", "Post trapeziectomy appearances. There is proximal migration of the first metacarpal base which now lies 3 mm from the distal pole of the scaphoid, reduced compared with the post-operative film of 04/2024. "
                      "No scaphometacarpal contact. Mild degenerative change at the STT remnant and the MCP joint. No acute bony injury."),
    ("sec", "Conclusion", "Proximal migration of first metacarpal following trapeziectomy, progressed since 2024."),
    ("p", "Reported by: Dr Fiona Lister, Consultant Radiologist (GMC 6091122)"),
    ("small", "This report has been electronically verified. If you have any queries please contact the reporting radiologist."),
], lab(["imaging-report"], "2026-08-19", "radiologist", "en", "UK NHS X-ray report two-column", img="yes", op="yes", ab="yes", also=["2026-08-18"],
       notes="Written by a UK hospital radiology dept -> treated abroad yes; previous trapeziectomy mentioned; same patient as nw-006"),
   footer="Sheffield Teaching Hospitals - CRIS report - Page {page} of {total}")

# 049 Belgian Medische Beeldvorming RX report
make("nw-049-be-rx-medische-beeldvorming", "pdf", [
    ("lh", ["AZ Sint-Jan Brugge AV", "Dienst Medische Beeldvorming", "Campus Sint-Jan"], ["Ruddershove 10", "8000 Brugge", "tel. +32 50 45 21 11"]),
    ("kv", [("Patiënt", "VANDENBERGHE Fien (V) ° 12/06/1999"), ("Aanvragend arts", "Dr. S. Maes - Spoedgevallen"),
            ("Onderzoek", "RX pols links + scaphoidreeks"), ("Datum onderzoek", "14/09/2026"), ("Protocol", "RX-2026-0914-3381")], 1),
    ("sec", "Verslag", "Fijne fractuurlijn door de taille van het scaphoid links, niet verplaatst. Geen andere fracturen. Geen luxatie. Weke delenzwelling radiaal."),
    ("sec", "Besluit", "Niet-verplaatste taillefractuur van het scaphoid links."),
    ("p", "Dr. L. Verhaeghe, radioloog"),
    ("small", "Gevalideerd op 14/09/2026 23:12. Beelden beschikbaar via het Vlaams Hub-netwerk."),
], lab(["imaging-report"], "2026-09-14", "radiologist", "nl", "Belgian RX report, Flemish, Besluit, ° birth date", img="yes", ab="yes",
       notes="Requester is the emergency department (spoedgevallen) of a Belgian hospital -> treated abroad; same patient as nw-009"),
   footer="AZ Sint-Jan Brugge - Medische Beeldvorming - {page}/{total}")

# 050 RIS export as text, X-ray 'geen fractuur'
make("nw-050-ris-xpols-tekst", "txt", [
    ("p", "*** RADIOLOGIE RODE KRUIS ZIEKENHUIS BEVERWIJK - VERSLAG ***"),
    ("kv", [("PATIENT", "HERMANS, LOTTE          28-06-2003  V"), ("ZIS", "7718820"), ("ONDERZOEK", "X-POLS LINKS 2R + SCAPHOID"),
            ("DATUM", "19-05-2026 14:20"), ("AANVRAGER", "SEH-ARTS (SEH)"), ("STATUS", "DEFINITIEF")]),
    ("p", "Klin.: val op li hand, zwelling dorsaal. #?"),
    ("p", "Normale ossale structuren. Geen fractuur, ook niet van het scaphoid. Normale stand carpus. Weke delenzwelling dorsaal."),
    ("p", "Concl.: geen fractuur."),
    ("p", "Gedicteerd/geautoriseerd: R. Yildiz, radioloog  19-05-2026 15:02"),
], lab(["imaging-report"], "2026-05-19", "radiologist", "nl", "RIS radiology report pasted as plain text, upper case", img="yes",
       notes="Negative finding ('geen fractuur') is still imaging done; same patient as nw-022"))

# 051 MR arthrography report, LibreOffice PDF
make("nw-051-mr-artrografie-lo", "lo", [
    ("lh", ["Ziekenhuis Gelderse Vallei-Oost", "Afdeling Radiologie"], ["Willy Brandtlaan 10", "6716 RP Ede"]),
    ("title", "Verslag MR-artrografie"),
    ("kv", [("Patiënt", "Mw. L.M. Timmer, 11-10-1985"), ("Aanvrager", "drs. F.C.M. Ruitenbeek - Plastische chirurgie"),
            ("Onderzoek", "MR-artrografie pols links (radiocarpale injectie gadolinium)"), ("Datum", "10 februari 2026")], 1),
    ("sec", "Vraagstelling", "SL-letsel na val 12-2025?"),
    ("sec", "Bevindingen", "Na radiocarpale injectie lekkage van contrast naar het midcarpale gewricht via het dorsale deel van het SL-ligament, dat dun en onregelmatig is. Volaire deel intact. "
                           "SL-afstand 2 mm, geen DISI (RL-hoek 10°). LT-ligament intact. TFCC intact. Geen chondropathie."),
    ("sec", "Conclusie", "Partiële (dorsale) ruptuur van het scapholunaire ligament links zonder carpale malstand."),
    ("p", "dr. E. Schouten, radioloog"),
], lab(["imaging-report"], "2026-02-10", "radiologist", "nl", "MR arthrography report LibreOffice PDF", img="yes",
       notes="Older report (Feb 2026), the more recent arthroscopy is not imaging; same patient as nw-005"),
   footer="ZGVO Radiologie | pagina {page} van {total}")

# 052 CT from Brussels French-named clinic, in Dutch
make("nw-052-be-ct-bruxelles-nl", "pdf", [
    ("lh", ["Clinique Saint-Jean / Kliniek Sint-Jan", "Service d'imagerie médicale / Dienst medische beeldvorming"], ["Kruidtuinlaan 32", "1000 Brussel", "+32 2 221 91 11"]),
    ("title", "Verslag CT"),
    ("kv", [("Patiënt", "Dhr. Rutger Lamers"), ("Geboren", "03/12/1990"), ("Onderzoek", "CT-scan rechterpols (dunne sneden, reconstructies)"),
            ("Datum onderzoek", "30/11/2026"), ("Voorschrijver", "Dr. M. Leclercq - Urgences / Spoed"), ("Datum verslag", "01/12/2026")], 2),
    ("sec", "Klinische inlichtingen", "Val met step in centrum Brussel, pijn anatomische snuifdoos, RX twijfelachtig."),
    ("sec", "Bevindingen", "Niet-verplaatste fractuur van de proximale pool van het scaphoid rechts. Geen carpale instabiliteit. Kleine avulsie dorsaal van het triquetrum."),
    ("sec", "Conclusie", "Proximale-poolfractuur scaphoid rechts (niet verplaatst) en dorsale triquetrumavulsie."),
    ("p", "Dr. Sophie Vandamme, radiologe"),
], lab(["imaging-report"], "2026-12-01", "radiologist", "nl", "Brussels French-named clinic, CT report in Dutch", img="yes", ab="yes", also=["2026-11-30"],
       notes="Requested by the emergency department of a Brussels clinic -> treated abroad; birth 03/12/1990 = today's day/month; exam 30/11 vs report 01/12"),
   footer="Clinique Saint-Jean - Kliniek Sint-Jan - {page}/{total}")

# 053 US urgent care X-ray report, US dates clearly labelled
make("nw-053-us-urgentcare-xray", "pdf", [
    ("lh", ["Gulf Coast Urgent Care & Imaging", "Sarasota, Florida"], ["2150 Bee Ridge Rd", "Sarasota, FL 34239", "(941) 555-0142"]),
    ("title", "RADIOLOGY REPORT"),
    ("kv", [("Patient", "JANSSEN, Wouter"), ("DOB (MM/DD/YYYY)", "04/09/1972"), ("MRN", "GCU-448190"),
            ("Date of service (MM/DD/YYYY)", "11/03/2026"), ("Ordering provider", "Kevin Moss, PA-C"), ("Exam", "XR WRIST LEFT 3 VIEWS")], 2),
    ("sec", "Indication", "Fall from paddleboard onto outstretched left hand. Tourist from the Netherlands."),
    ("sec", "Findings", "There is a minimally displaced fracture of the ulnar styloid tip. Distal radius intact. Carpal alignment normal. Soft tissue swelling."),
    ("sec", "Impression", "Minimally displaced ulnar styloid tip fracture, left."),
    ("p", "Electronically signed by: Richard T. Alvarez, MD, Diagnostic Radiology  11/03/2026 6:42 PM"),
], lab(["imaging-report"], "2026-11-03", "radiologist", "en", "US urgent care radiology report, MM/DD/YYYY labelled", img="yes", ab="yes",
       notes="US date format explicitly labelled MM/DD/YYYY: 11/03/2026 = 3 November 2026, DOB 04/09/1972 = 9 April 1972; urgent care abroad -> treated abroad"),
   footer="Gulf Coast Urgent Care - Page {page} of {total}")
