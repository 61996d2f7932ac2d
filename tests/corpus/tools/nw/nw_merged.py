"""nw-083..nw-090: merged PDFs (several documents in one file). Top-level date = first part's date."""
from nw_common import *

# 083 ZD referral + HIS printout + X-ray report
zd = [
    ("lh", ["ZorgDomein", "Verwijzing Handchirurgie - second opinion"], ["Ref. 84.551.120.9", "Geprint 27-11-2026"]),
    ("kv", [("Patiënt", "Dhr. W. (Willem) Postma"), ("Geboortedatum", "27-11-1949"), ("Verwijzer", "J. Hiemstra, huisarts, Leeuwarden"),
            ("AGB", "01-063390"), ("Ontvanger", "Handkliniek Noord"), ("Verwijsdatum", "27-11-2026")], 2),
    ("sec", "Vraagstelling", "Second opinion: SNAC-pols rechts, elders wordt een polsartrodese voorgesteld. Zijn er gewrichtsparende alternatieven (bv. proximale rij carpectomie)?"),
    ("sec", "Toelichting", "Zie bijgevoegde HIS-samenvatting en röntgenverslag."),
]
his = [
    ("lh", ["HIS-uittreksel", "Huisartsenpraktijk Hiemstra - Promedico ASP"], ["Datum uitdraai 27-11-2026"]),
    ("kv", [("Patiënt", "Postma, W. - 27-11-1949")]),
    ("table", [["ICPC", "Episode", "Begin"], ["L74", "Scaphoidfractuur re (niet behandeld, 1978)", "1978"], ["L91", "Artrose pols re (SNAC)", "09-2026"],
               ["K77", "Hartfalen", "2021"], ["T90", "DM2", "2015"]]),
    ("table", [["Datum", "Journaal"],
               ["24-11-2026", "E L91 P verwijzing 2e mening, pt wil geen artrodese"],
               ["04-11-2026", "Brief specialist ontvangen: orthopedie MCL, SNAC stadium 3, advies 4-corner fusion of totale artrodese"],
               ["02-10-2026", "Uitslag X-pols re: SNAC, pseudartrose scaphoid"],
               ["23-09-2026", "S pijn pols re bij klussen, stijf O zwelling radiaal, DF 30 E L91 P X-pols"]]),
    ("p", "Medicatie: furosemide 40 mg, metoprolol 50 mg, metformine 500 mg 2dd. Nooit geopereerd (alleen hernia inguinalis 1990)."),
]
rx = [
    ("lh", ["Medisch Centrum Leeuwarden", "Radiologie"], ["Henri Dunantweg 2, 8934 AD Leeuwarden"]),
    ("kv", [("Patiënt", "Postma, W. 27-11-1949"), ("Onderzoek", "X-pols rechts 2R + scaphoid"), ("Datum", "02-10-2026"), ("Aanvrager", "Hiemstra, huisarts")], 2),
    ("sec", "Verslag", "Oude pseudartrose van de scaphoidtaille met sclerose en resorptie. Radioscaphoidale artrose, capitolunaire gewrichtsspleet versmald. DISI-stand lunatum."),
    ("sec", "Conclusie", "SNAC-pols rechts, stadium 3."),
    ("p", "drs. J. Wiersma, radioloog"),
]
make_merged("nw-083-bundel-zd-his-rx", [("pdf", zd, {"footer": "ZorgDomein 84.551.120.9 - pagina {page}"}),
                                       ("pdf", his, {"footer": "Promedico ASP - {page}/{total}"}),
                                       ("pdf", rx, {})],
    lab(["referral", "history", "imaging-report"], "2026-11-27", "gp", "nl", "merged: zorgdomein + HIS extract + radiology report", q=True,
        img="yes", op="no", ab="unmentioned",
        notes="Three documents in one PDF; top-level date = first part; birth date 27-11-1949 same day/month as referral; hernia other body part, 'Nooit geopereerd'",
        parts=[(["referral"], "2026-11-27", "gp"), (["history"], "2026-11-27", "gp"), (["imaging-report"], "2026-10-02", "radiologist")]))

# 084 Hospital bundle 'bijlagen': polikliniekbrief + OK-verslag + klinische brief
cover = [
    ("lh", ["Ziekenhuis Bernhoven", "Orthopedie - Secretariaat"], ["Nistelrodeseweg 10", "5406 PT Uden"]),
    ("title", "Bijlagen t.b.v. second opinion"),
    ("p", "Patiënt: mw. D. (Demi) van den Heuvel, geb. 08-03-1997\nSamengesteld op verzoek van patiënte, 26-11-2026. Inhoud: polikliniekbrief 24-04-2026, OK-verslag 19-06-2026, klinische brief 20-06-2026."),
    ("pb",),
    ("kv", [("Datum", "24-04-2026"), ("Aan", "huisarts T. Hendriks, Veghel"), ("Betreft", "mw. D. van den Heuvel, 08-03-1997")]),
    ("p", "Beste collega,\nWij zagen uw patiënte met een symptomatisch dorsaal ganglion van de rechterpols (echo 03-2026: 14 mm ganglion uitgaande van SL). Punctie elders gaf recidief. "
          "Wij hebben een open excisie besproken en op de wachtlijst geplaatst.\nMet vriendelijke groet,\ndr. R. Maas, orthopedisch chirurg"),
]
ok = [
    ("lh", ["Ziekenhuis Bernhoven", "OK-complex"], ["Uden"]),
    ("title", "Operatieverslag"),
    ("kv", [("Patiënt", "van den Heuvel, D. 08-03-1997"), ("Datum", "19-06-2026"), ("Operateur", "dr. R. Maas"), ("Assistent", "F. Kuijpers, PA"),
            ("Anesthesie", "plexusblok, dr. E. Baars"), ("Ingreep", "Open excisie dorsaal ganglion pols rechts")], 2),
    ("p", "Transversale incisie dorsaal. Retinaculum extensorum gespaard, ganglion tussen 3e en 4e loge vrijgeprepareerd tot aan de steel op het SL-ligament, in toto verwijderd met capsulevenster. SL stabiel. Sluiten in lagen. Geen complicaties."),
]
kb = [
    ("lh", ["Ziekenhuis Bernhoven", "Orthopedie - dagbehandeling"], ["Uden"]),
    ("kv", [("Datum", "20-06-2026"), ("Aan", "huisarts T. Hendriks"), ("Betreft", "D. van den Heuvel")]),
    ("p", "Klinische brief\nPatiënte werd op 19-06-2026 in dagbehandeling geopereerd (excisie ganglion pols re). Beloop ongecompliceerd, met ontslag dezelfde dag. Controle 2 weken wondpoli.\n\nN. Aarts, verpleegkundig specialist"),
]
make_merged("nw-084-ziekenhuis-bijlagen", [("pdf", cover, {"header": "Bernhoven - bijlagen - van den Heuvel, D.", "footer": "pagina {page} van {total}"}),
                                          ("pdf", ok, {"header": "Bernhoven - bijlagen - van den Heuvel, D."}),
                                          ("pdf", kb, {"header": "Bernhoven - bijlagen - van den Heuvel, D."})],
    lab(["correspondence", "operation-report"], "2026-04-24", "specialist", "nl", "merged hospital 'bijlagen' bundle with cover page",
        img="yes", op="yes", ab="unmentioned",
        notes="Cover sheet dated 26-11-2026 precedes the outpatient letter on its second page (treated as part of part 1); top-level date = first letter's date 24-04-2026 - unsure whether cover date should be used",
        parts=[(["correspondence"], "2026-04-24", "specialist"), (["operation-report"], "2026-06-19", "specialist"), (["correspondence"], "2026-06-20", "specialist")]))

# 085 fax bundle: GP cover + MRSA + non-MRSA lab
fx = "27-11-2026 16:02  FROM: HAP VENLO-BLERICK +31 77 3820011  TO: 0205559000  P.{page:02d}"
cov = [
    ("title", "FAX"),
    ("kv", [("Aan", "Handkliniek Noord - intake"), ("Van", "Huisartsenpraktijk Blerick, dr. S. Hermans"), ("Datum", "27-11-2026"), ("Pagina's", "3 incl. deze")]),
    ("p", "Betreft mw. W. Reinders, 14-07-1951. Hierbij de uitslag van de MRSA-screening (ivm opname en operatie in Krefeld, Duitsland, sept. 2026) en het recente bloedonderzoek. Groet, S. Hermans"),
]
mrsa = [
    ("lh", ["VieCuri Medisch Centrum", "Laboratorium Medische Microbiologie"], ["Tegelseweg 210", "5912 BL Venlo"]),
    ("kv", [("Patiënt", "Reinders, W.  14-07-1951"), ("Aanvrager", "S. Hermans, huisarts"), ("Afname", "23-11-2026"), ("Uitslag", "26-11-2026")], 2),
    ("table", [["Materiaal", "Onderzoek", "Uitslag"], ["neus", "MRSA", "niet aangetoond"], ["keel", "MRSA", "niet aangetoond"], ["perineum", "MRSA", "niet aangetoond"]]),
    ("p", "Arts-microbioloog: dr. L. Peeters"),
]
blood = [
    ("kv", [("Patiënt", "Reinders, W.  14-07-1951"), ("Afname", "23-11-2026"), ("Uitslag", "24-11-2026")], 2),
    ("table", [["Bepaling", "Uitslag", "Ref"], ["Hb", "8.0", "7.5-10.0"], ["Glucose nuchter", "5.6", "4.0-6.1"], ["Kreatinine", "82", "50-90"], ["Vitamine D", "38 L", ">50"]]),
]
make_merged("nw-085-fax-bundel-mrsa-lab", [("pdf", cov, {"fax": fx}), ("pdf", mrsa, {"fax": fx}), ("pdf", blood, {"fax": fx})],
    lab(["mrsa-screening"], "2026-11-27", "gp", "nl", "faxed bundle: cover sheet + MRSA result + blood results (untitled page)",
        op="yes", ab="yes",
        notes="Fax header on every page restarts page numbering per part; third part has no title (bare lab table); cover sheet mentions operation in Krefeld",
        parts=[([], "2026-11-27", "gp"), (["mrsa-screening"], "2026-11-26", "lab"), ([], "2026-11-24", "lab")]))

# 086 German bundle: Arztbrief + Operationsbericht + Röntgenbefund
ab_ = [
    ("lh", ["Universitätsklinikum Münster", "Klinik für Unfall-, Hand- und Wiederherstellungschirurgie"], ["Albert-Schweitzer-Campus 1", "48149 Münster"]),
    ("kv", [("Münster,", "10.11.2026"), ("Patient", "Herr Lars de Jong, geb. 15.11.1990, wohnhaft Enschede (NL)")]),
    ("title", "Arztbrief"),
    ("p", "Sehr geehrte Kolleginnen und Kollegen,\nwir berichten über Herrn de Jong, der am 24.10.2026 bei einem Motorradunfall nahe Münster eine perilunäre Luxationsfraktur rechts erlitt und vom 24.10. bis 29.10.2026 stationär behandelt wurde."),
    ("sec", "Diagnosen", "Transskaphoidale perilunäre Luxationsfraktur rechts (Mayfield IV)"),
    ("sec", "Therapie", "Offene Reposition, Schraubenosteosynthese Skaphoid, LT-Transfixation mit K-Drähten am 25.10.2026"),
    ("sec", "Procedere", "Weiterbehandlung in den Niederlanden; K-Draht-Entfernung nach 8 Wochen. Der Patient wünscht eine Zweitmeinung bzgl. der Nachbehandlung."),
    ("p", "Mit freundlichen Grüßen\nPD Dr. med. M. Vogt, Oberarzt"),
]
opb = [
    ("lh", ["Universitätsklinikum Münster", "OP-Dokumentation"], ["Münster"]),
    ("kv", [("Patient", "de Jong, Lars *15.11.1990"), ("OP-Datum", "25.10.2026"), ("Operateur", "PD Dr. M. Vogt"), ("Assistenz", "Dr. J. Koch"), ("Anästhesie", "ITN, Dr. S. Ahrens")], 2),
    ("p", "Dorsaler Zugang über das 3. Strecksehnenfach. Reposition des Lunatums, Darstellung der Skaphoidfraktur, Osteosynthese mit kanülierter Doppelgewindeschraube (Acutrak 2 mini). LT-Gelenk mit 2 K-Drähten 1,2 mm transfixiert. Kapselnaht, Hautnaht. Unterarmgips."),
]
rf = [
    ("lh", ["Universitätsklinikum Münster", "Institut für Klinische Radiologie"], ["Münster"]),
    ("kv", [("Patient", "de Jong, Lars *15.11.1990"), ("Untersuchung", "Röntgen Handgelenk rechts 2 Ebenen, postoperativ"), ("Datum", "26.10.2026")], 2),
    ("p", "Befund: Z.n. Schraubenosteosynthese des Skaphoids und K-Draht-Transfixation lunotriquetral. Regelrechte Artikulation des Lunatums. Frakturspalt noch abgrenzbar.\nBeurteilung: Regelrechte postoperative Stellung.\nDr. med. A. Berg, Radiologie"),
]
make_merged("nw-086-de-bundel-arztbrief-op-roentgen", [("pdf", ab_, {"footer": "UKM · Seite {page}"}), ("pdf", opb, {}), ("pdf", rf, {})],
    lab(["correspondence", "operation-report", "imaging-report"], "2026-11-10", "specialist", "de", "merged German hospital bundle; OP report and Befund without big titles",
        img="yes", op="yes", ab="yes",
        notes="Operationsbericht part titled only 'OP-Dokumentation'; Röntgenbefund titled by fields only",
        parts=[(["correspondence"], "2026-11-10", "specialist"), (["operation-report"], "2026-10-25", "specialist"), (["imaging-report"], "2026-10-26", "radiologist")]))

# 087 UK bundle: GP referral + practice summary + clinic letter
ref = [
    ("lh", ["Castle Street Surgery", "Drs Whitfield, Amin & Doyle"], ["2 Castle Street", "Norwich NR2 1PJ", "01603 555 210"]),
    ("p", "3rd November 2026"),
    ("inl", "Re:", "Miss Chloe ANDERSSON, DOB 05/11/2001, NHS 702 118 4432"),
    ("p", "Dear Colleague,\nChloe is moving to Groningen for her PhD and would value a second opinion regarding her left wrist. She had an arthroscopic TFCC repair at the Norfolk and Norwich University Hospital in May 2026 but still has pain on forearm rotation. "
          "Question: is further surgery indicated, or is this expected recovery? Enclosed: summary and latest clinic letter.\nYours faithfully,\nDr S Amin"),
]
summ = [
    ("lh", ["Castle Street Surgery", "Summary Care Record - printout"], ["Printed 03-Nov-2026"]),
    ("kv", [("Name", "ANDERSSON, Chloe"), ("DOB", "05-Nov-2001")], 2),
    ("table", [["Date", "Entry"], ["02-Oct-2026", "Letter from NNUH hand clinic: 5/12 post TFCC repair, persisting pain, MRI arthrogram requested."],
               ["19-May-2026", "Arthroscopic TFCC foveal repair L wrist, NNUH (day case)."], ["14-Jan-2026", "MRI L wrist: TFCC foveal tear."],
               ["20-Nov-2025", "Hockey injury L wrist. Referred to hand clinic."], ["2014", "Appendicectomy"]]),
    ("p", "Medication: combined oral contraceptive. Allergies: none known."),
]
cl = [
    ("lh", ["Norfolk and Norwich University Hospitals NHS Foundation Trust", "Hand Surgery Service"], ["Colney Lane, Norwich NR4 7UY"]),
    ("kv", [("Clinic date", "29/09/2026"), ("Typed", "02/10/2026"), ("Consultant", "Miss R. Achebe")], 2),
    ("p", "Dear Dr Amin,\nRe: Chloe Andersson, 05/11/2001\nDiagnosis: persisting ulnar-sided pain 4 months after arthroscopic TFCC repair (L).\nPlan: MR arthrogram requested; hand therapy to continue; review with results.\n"
          "Chloe is understandably frustrated. DRUJ is stable. I would not recommend further surgery at this stage.\nYours sincerely,\nMiss R Achebe, Consultant Hand Surgeon\nDictated but not read."),
]
make_merged("nw-087-uk-bundle-referral-summary-clinic", [("pdf", ref, {}), ("pdf", summ, {"footer": "SCR printout - page {page} of {total}"}), ("pdf", cl, {})],
    lab(["referral", "history", "correspondence"], "2026-11-03", "gp", "en", "merged UK GP referral + summary care record + NHS clinic letter", q=True,
        img="yes", op="yes", ab="yes",
        notes="UK hospital care = abroad; DOB 05/11/2001 two days after referral; MR arthrogram only requested but MRI Jan 2026 done; clinic letter has clinic vs typed dates",
        parts=[(["referral"], "2026-11-03", "gp"), (["history"], "2026-11-03", "gp"), (["correspondence"], "2026-10-02", "specialist")]))

# 088 Belgian bundle: raadpleging + RX + untitled operation report
rp = [
    ("lh", ["AZ Delta", "Dienst Plastische Heelkunde - Handchirurgie"], ["Deltalaan 1", "8800 Roeselare", "+32 51 23 71 11"]),
    ("kv", [("Roeselare,", "18/11/2026"), ("Patiënt", "Mevr. Nathalie Degroote, ° 20/11/1980"), ("Huisarts", "Dr. B. Dewulf, Menen")]),
    ("title", "Verslag raadpleging"),
    ("p", "Waarde collega,\nPatiënte, woonachtig in Wervik maar werkend in Nederland, werd op 02/09/2026 bij ons geopereerd voor een rhizartrose rechts (trapeziectomie met suspensieplastiek, zie operatieverslag). "
          "Bij controle op 17/11 persisterende pijn en zwakte. RX toont goede stand. Zij wenst een tweede advies in Nederland; wij geven haar de verslagen mee.\n\nBesluit: moeizaam herstel na trapeziectomie rechts.\n\nDr. E. Vermeersch, plastisch chirurg"),
]
rxb = [
    ("lh", ["AZ Delta", "Medische Beeldvorming"], ["Roeselare"]),
    ("kv", [("Patiënt", "DEGROOTE Nathalie ° 20/11/1980"), ("Onderzoek", "RX duim rechts"), ("Datum", "17/11/2026"), ("Aanvrager", "Dr. E. Vermeersch - Plastische Heelkunde")], 2),
    ("p", "Status na trapeziectomie. Basis MC1 op 6 mm van het scaphoid, geen verdere proximalisatie t.o.v. postoperatief. Geen artrose STT.\nBesluit: goede positie na trapeziectomie.\nDr. K. Lambrecht"),
]
okb = [
    ("kv", [("Patiënt", "DEGROOTE Nathalie ° 20/11/1980"), ("Datum ingreep", "02/09/2026"), ("Chirurg", "Dr. E. Vermeersch"), ("Assistent", "Dr. J. Coppens (ASO)"),
            ("Anesthesie", "locoregionaal (axillair blok), Dr. T. Maes"), ("Ingreep", "Trapeziectomie rechts met APL-suspensieplastiek")], 1),
    ("p", "Wagnerincisie. Sparen van de ramus superficialis n. radialis. Kapsel T-vormig geopend. Trapezium in stukken verwijderd. APL-slip rond FCR geleid en gehecht. Kapselsluiting, intracutane huidsluiting. Gipsspalk duim."),
    ("p", "Dr. E. Vermeersch"),
]
make_merged("nw-088-be-bundel-raadpleging-rx-ok", [("pdf", rp, {"footer": "AZ Delta - {page}"}), ("pdf", rxb, {}), ("pdf", okb, {})],
    lab(["correspondence", "imaging-report", "operation-report"], "2026-11-18", "specialist", "nl", "merged Belgian bundle; operation report part has no title at all",
        img="yes", op="yes", ab="yes",
        notes="Third part starts with fields only (no 'Operatieverslag' title); ° birth date 20/11/1980 close to letter date",
        parts=[(["correspondence"], "2026-11-18", "specialist"), (["imaging-report"], "2026-11-17", "radiologist"), (["operation-report"], "2026-09-02", "specialist")]))

# 089 patient letter + appointment letter + MRI report
pl = [
    ("p", "Van: Rutger Lamers, Lange Nieuwstraat 3, 3512 PA Utrecht\nDatum: 2 december 2026"),
    ("p", "Aan de handkliniek,\n\nIk ben op 29 november in Brussel gevallen met een deelstep en ben daar op de spoed van Kliniek Sint-Jan geholpen (gips). Ze zeiden dat het misschien geopereerd moet worden. "
          "Ik wil graag in Nederland verder behandeld worden en een tweede mening. Mijn huisarts stuurt een verwijzing. Bijgaand mijn afspraakbevestiging en het verslag van de MRI in Utrecht.\n\nGroet, Rutger Lamers (geb. 03-12-1990)"),
]
afspr = [
    ("lh", ["UMC Utrecht", "Afsprakenbureau Radiologie"], ["Heidelberglaan 100", "3584 CX Utrecht"]),
    ("p", "Utrecht, 01-12-2026\n\nBeste heer Lamers,\n\nU heeft een afspraak voor MRI pols rechts op 02-12-2026 om 07:50 uur, afdeling Radiologie, route E01. Metalen voorwerpen thuislaten. Vul de bijgevoegde MRI-vragenlijst in.\n\nMet vriendelijke groet, Afsprakenbureau"),
]
mri = [
    ("lh", ["UMC Utrecht", "Divisie Beeld - Radiologie"], ["Utrecht"]),
    ("kv", [("Patiënt", "Lamers, R. 03-12-1990"), ("Onderzoek", "MRI pols rechts"), ("Onderzoeksdatum", "02-12-2026"), ("Aanvrager", "SEH-arts UMCU"), ("Autorisatie", "02-12-2026 13:20")], 2),
    ("p", "Bevindingen: fractuur van de proximale pool van het scaphoid, niet verplaatst, met beenmergoedeem van het proximale fragment; geen aanwijzingen voor avasculaire necrose. SL-ligament intact.\n"
          "Conclusie: niet-verplaatste proximale poolfractuur scaphoid rechts.\nM. Goudsmit, radioloog"),
]
make_merged("nw-089-patientbrief-afspraak-mri", [("pdf", pl, {}), ("pdf", afspr, {}), ("pdf", mri, {})],
    lab(["imaging-report"], "2026-12-02", "patient", "nl", "merged patient-assembled bundle: own letter, appointment letter, MRI report",
        img="yes", op="unmentioned", ab="yes",
        notes="Patient letter mentions ED care in Brussels; operation only possible; birth 03-12-1990 = today's day/month; appointment part has no kind",
        parts=[([], "2026-12-02", "patient"), ([], "2026-12-01", "other"), (["imaging-report"], "2026-12-02", "radiologist")]))

# 090 hand therapy + pharmacy + consent: nothing usable
ht = [
    ("lh", ["Handtherapie Oost", "Enschede"], ["Hengelosestraat 500", "7521 AN Enschede"]),
    ("kv", [("Datum", "24-11-2026"), ("Cliënt", "L. de Jong, 15-11-1990"), ("Aan", "huisarts C. Nijhuis")]),
    ("p", "Startverslag handtherapie na operatie perilunaire luxatie rechts (Münster, 10-2026). Onderarmgips verwijderd 21-11. ROM: DF 15, PF 10. Oedeem ++. Plan: oedeemmanagement, spalk, actieve ROM. 2x/week.\n\nG. Schuurman, handtherapeut"),
]
ph = [
    ("lh", ["Apotheek Het Volkspark", "Enschede"], ["tel. 053-4311100"]),
    ("title", "Medicatieoverzicht"),
    ("kv", [("Naam", "L. de Jong"), ("Geb.", "15-11-1990"), ("Afgedrukt", "25-11-2026")], 2),
    ("table", [["Middel", "Gebruik"], ["Paracetamol 1000 mg", "zo nodig 3x per dag"], ["Nadroparine 2850 IE", "1x per dag (t/m 22-11-2026)"], ["Ibuprofen 400 mg", "zo nodig 3x per dag"]]),
]
cs = [
    ("title", "Toestemmingsformulier"),
    ("p", "Ik, Lars de Jong (15-11-1990), geef Handkliniek Noord toestemming mijn medische gegevens op te vragen bij: Universitätsklinikum Münster (Duitsland), Medisch Spectrum Twente, huisarts C. Nijhuis.\n\nEnschede, 26-11-2026   Handtekening: L. de Jong"),
]
make_merged("nw-090-bundel-handtherapie-apotheek-toestemming", [("pdf", ht, {}), ("pdf", ph, {}), ("pdf", cs, {})],
    lab([], "2026-11-24", "other", "nl", "merged bundle of non-kind documents",
        op="yes", ab="yes",
        notes="Three documents none of which is a kind; hand therapy mentions operation in Münster (Germany); same patient as nw-086",
        parts=[([], "2026-11-24", "other"), ([], "2026-11-25", "other"), ([], "2026-11-26", "patient")]))
