"""va-021 .. va-043 (synthetic; all names, practices and hospitals invented)."""
from common import register


# ------------------------------------------------------------------ va-021 (merged)
@register("va-021", "pdf",
          kinds=["referral", "history", "imaging-report", "correspondence"], date="2026-10-27",
          author="gp", language="nl", style="merged PDF 'bijlagen': ZorgDomein referral + radiology report + "
                                            "polikliniekbrief", referral_question=True,
          imaging_done="yes", operated="unmentioned", treated_abroad="no",
          notes="Three documents in one PDF, each with its own letterhead and page numbering; top-level date is the "
                "referral's; the corrective osteotomy is only considered; the letters say the patient was seen at "
                "the SEH of a Dutch hospital (care in NL -> treated_abroad no).",
          parts=[{"kinds": ["referral", "history"], "date": "2026-10-27", "author": "gp"},
                 {"kinds": ["imaging-report"], "date": "2026-05-12", "author": "radiologist"},
                 {"kinds": ["correspondence"], "date": "2026-06-02", "author": "specialist"}])
def va021():
    p1 = [
        ("lh", ["ZorgDomein  |  Verwijzing  |  Afgedrukt 27-10-2026 16:55"], "R"),
        ("title", "Verwijzing Handchirurgie - Second opinion"),
        ("table", [["Patiënt", "Visscher, P.J. (Pieter-Jan)", "Verwijzer", "drs. S. Kaya, huisarts"],
                   ["Geboortedatum", "08-02-1977", "Praktijk", "Huisartsen Bolderweg, Purmerend"],
                   ["BSN", "160224873", "AGB", "01-093317"],
                   ["Verzekeraar", "Delta Zorg 71100235", "Ontvanger", "Handkliniek Oostvaart"]],
         {"header": False, "widths": [28, 55, 25, 62]}),
        ("kv", [("Vraagstelling", "Graag second opinion. Orthopedie adviseert een correctie-osteotomie van "
                                  "metacarpale V rechts wegens rotatiefout. Is dit zinvol, en zo ja: wat is het "
                                  "juiste moment, gezien zijn werk als timmerman?"),
                ("Reden van verwijzing", "Na een collumfractuur metacarpale V rechts (04-2026, vuistslag tegen "
                                         "een deur) overlapt de pink bij vuist maken de ringvinger; krachtverlies."),
                ("Relevante voorgeschiedenis", "2009 meniscectomie knie links; 2018 hypertensie; 2023 "
                                               "alcoholmisbruik, sindsdien abstinent; 04-2026 fractuur MC V re."),
                ("Recente behandelingen", "04-2026 SEH Waterlanden Ziekenhuis: X-hand, conservatief "
                                          "(ulnaire gipsspalk 3 weken, daarna buddy-tape).\n"
                                          "05-2026 controle-röntgen (12-05-2026).\n"
                                          "06-2026 polikliniek orthopedie: rotatiefout vastgesteld, handtherapie 6x."),
                ("Medicatie", "amlodipine 5 mg 1dd1"),
                ("Allergieën", "penicilline (exantheem)"),
                ("Bijlagen", "Verslag röntgen hand 12-05-2026; brief orthopedie 02-06-2026")], {"lw": 45}),
        ("small", "Elektronisch verzonden via ZorgDomein, ZD-3021-5548-0907."),
    ]
    o1 = {"font": "sans", "size": 9.5,
          "footer": ["Visscher, P.J. - 08-02-1977\tVerwijzing - pagina {page} van {pages}"]}
    p2 = [
        ("logo", "Waterlanden Ziekenhuis", "Afdeling Radiologie"),
        ("lh", ["Waterlandlaan 250, 1441 RN Purmerend - T 0299-457000"], "L"),
        ("title", "Uitslag radiologisch onderzoek"),
        ("kv", [("Patiënt", "P.J. Visscher"), ("Geb.datum", "08-02-1977"),
                ("Onderzoek", "X-hand rechts (2 richtingen) + schuine opname"),
                ("Onderzoeksdatum", "12-05-2026"), ("Aanvrager", "R. Doornbos, orthopedisch chirurg"),
                ("Vraagstelling", "Consolidatie? Stand?")], {"lw": 35}),
        ("h", "Verslag"),
        ("p", "Ter vergelijking de opnamen van 14-04-2026. Fractuur van het collum van metacarpale V rechts met "
              "toegenomen callusvorming. Volaire angulatie van het kopje circa 38 graden, op de vorige opname 35 "
              "graden. Geen verkorting van betekenis. Overige ossale structuren intact. Geen artrose."),
        ("h", "Conclusie"),
        ("p", "Consoliderende collumfractuur metacarpale V rechts met volaire angulatie van circa 38 graden."),
        ("p", "dr. W.B. Sprenger, radioloog - 12-05-2026"),
    ]
    o2 = {"font": "sans", "size": 9.5, "logocolor": "#1565c0",
          "footer": ["Waterlanden Ziekenhuis - radiologie\tpagina {page} van {pages}"]}
    p3 = [
        ("lhpair", ["Waterlanden Ziekenhuis", "Orthopedie"],
         ["Waterlandlaan 250", "1441 RN Purmerend", "Polikliniek 0299-457320"]),
        ("addr", ["drs. S. Kaya, huisarts", "Huisartsen Bolderweg", "Bolderweg 4", "1441 PE Purmerend"]),
        ("kv", [("Datum", "2 juni 2026"), ("Ons kenmerk", "ORT/RD/8830219"),
                ("Betreft", "dhr. P.J. Visscher, geb. 08-02-1977")], {"lw": 30, "grid": False}),
        ("p", "Geachte collega,"),
        ("p", "Op 1 juni zag ik uw patiënt op de polikliniek orthopedie voor controle van zijn collumfractuur van "
              "metacarpale V rechts. Hij werd op 14 april 2026 op onze SEH gezien en conservatief behandeld met "
              "een ulnaire gipsspalk."),
        ("h", "Anamnese"),
        ("p", "Minder pijn, maar bij vuist maken schuift de pink over de ringvinger. Hij werkt als timmerman en "
              "heeft moeite met het vasthouden van een hamer."),
        ("h", "Lichamelijk onderzoek"),
        ("p", "Verstreken knokkel V. Bij flexie scissoring van dig V over dig IV; rotatiefout geschat 15 graden. "
              "Volledige flexie en extensie."),
        ("h", "Aanvullend onderzoek"),
        ("p", "X-hand rechts 12-05-2026: consoliderende fractuur, volaire angulatie 38 graden."),
        ("h", "Conclusie"),
        ("p", "Consoliderende collumfractuur MC V rechts met klinisch relevante rotatiefout."),
        ("h", "Beleid"),
        ("p", "Handtherapie. Bij blijvende functionele klachten kan een correctie-osteotomie met plaatfixatie "
              "worden overwogen; dit is met patiënt besproken. Hij wil eerst afwachten en bedenken. Controle "
              "over drie maanden."),
        ("p", "Met vriendelijke groet,\n\nR. Doornbos, orthopedisch chirurg"),
        ("small", "cc: patiënt"),
    ]
    o3 = {"font": "sans", "size": 10,
          "footer": ["Waterlanden Ziekenhuis - Visscher, P.J. 08-02-1977\tPagina {page} van {pages}"]}
    return {"parts": [(p1, o1), (p2, o2), (p3, o3)]}


# ------------------------------------------------------------------ va-022 (merged)
@register("va-022", "pdf",
          kinds=["correspondence", "operation-report", "imaging-report"], date="2026-06-05",
          author="specialist", language="de",
          style="merged PDF from German hospital: Entlassungsbrief + Operationsbericht + Röntgenbefund",
          imaging_done="yes", operated="yes", treated_abroad="yes",
          notes="German hospital bundle for a Dutch patient living across the border; the discharge letter mentions "
                "the operation only in one line (not a full description), the separate Operationsbericht is the "
                "operation report; 'MRSA-Screening negativ' in the letter is a mention only; dates in dd.mm.yyyy.",
          parts=[{"kinds": ["correspondence"], "date": "2026-06-05", "author": "specialist"},
                 {"kinds": ["operation-report"], "date": "2026-06-02", "author": "specialist"},
                 {"kinds": ["imaging-report"], "date": "2026-06-01", "author": "radiologist"}])
def va022():
    lh = ("lhpair", ["Klinikum Niederrhein-Süd", "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie"],
          ["Chefarzt Dr. med. Volker Hansen", "Tiergartenstraße 90, 47533 Kleve", "Tel. +49 2821 490-0",
           "Sekretariat +49 2821 490-3310"])
    p1 = [
        lh,
        ("addr", ["Herrn", "Dr. (NL) W. Peeters, huisarts", "Huisartsenpraktijk Maaspoort", "Maaspoortweg 3",
                  "NL-5911 AA Venlo"]),
        ("right", ["Kleve, 05.06.2026", "Unser Zeichen: Ha/sb"]),
        ("title", "Entlassungsbrief"),
        ("p", "Sehr geehrter Herr Kollege Peeters,"),
        ("p", "wir berichten über Ihre Patientin Frau Ingrid Smeets, geb. 22.07.1961, wohnhaft in Venlo, die sich "
              "vom 01.06.2026 bis 05.06.2026 in unserer stationären Behandlung befand."),
        ("h", "Diagnosen"),
        ("p", "- Beugesehnenscheidenphlegmone Zeigefinger links nach Katzenbiss (29.05.2026)\n"
              "- Arterielle Hypertonie\n- Z. n. Hysterektomie 2010"),
        ("h", "Therapie"),
        ("p", "02.06.2026: Inzision, Débridement und Spülung der Beugesehnenscheide D2 links (siehe OP-Bericht)\n"
              "Antibiotische Therapie mit Ampicillin/Sulbactam i.v. 01.06.-05.06.2026, weiter oral"),
        ("h", "Verlauf"),
        ("p", "Aufnahme über die Notaufnahme mit den Kanavel-Zeichen positiv. Röntgen der Hand ohne "
              "Fremdkörpernachweis. Noch am Folgetag operative Sanierung. Das MRSA-Aufnahmescreening war "
              "negativ. Unter Antibiose rasche Rückbildung von Schwellung und Rötung, CRP von 84 auf 12 mg/l "
              "rückläufig. Wunde am Entlassungstag reizlos, Lasche entfernt."),
        ("h", "Procedere"),
        ("p", "Amoxicillin/Clavulansäure 875/125 mg 1-0-1 für weitere 7 Tage. Handtherapie ab sofort. "
              "Fadenzug am 14. postoperativen Tag beim Hausarzt. Wiedervorstellung in unserer Sprechstunde "
              "bei Problemen. Sie erhalten den OP-Bericht und den Röntgenbefund anbei."),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("p", "Dr. med. V. Hansen, Chefarzt          Dr. med. T. Wellmann, Assistenzarzt"),
    ]
    o1 = {"font": "sans", "size": 9.5, "logocolor": "#003d7a",
          "footer": ["Klinikum Niederrhein-Süd gGmbH - Amtsgericht Kleve HRB 0000\tSeite {page} von {pages}"]}
    p2 = [
        lh,
        ("title", "Operationsbericht"),
        ("kv", [("Patientin", "Smeets, Ingrid, geb. 22.07.1961"), ("Fall-Nr.", "1126-558301"),
                ("OP-Datum", "02.06.2026"), ("Saal", "OP 4"),
                ("Operateur", "Dr. med. V. Hansen"), ("Assistenz", "T. Wellmann"),
                ("Anästhesie", "Vollnarkose (ITN)"), ("Blutsperre", "Oberarm, 250 mmHg, 38 min")],
         {"cols": 2, "lw": 25, "grid": True}),
        ("kv", [("Diagnose", "Beugesehnenscheidenphlegmone D2 links nach Katzenbiss"),
                ("Eingriff", "Inzision, Débridement, Spülung der Beugesehnenscheide D2 links (Katheter-"
                             "spülung nach Michon), Laschendrainage")], {"lw": 25}),
        ("h", "Bericht"),
        ("p", "Team-Time-Out. Bruner-Inzision über dem Grundglied D2 palmar unter Einbeziehung der Bisswunde, "
              "Exzision der Wundränder. Eröffnung der Sehnenscheide im Bereich A1 und distal A4: trübes Sekret, "
              "Abstrich zur Mikrobiologie. Sehne makroskopisch intakt, keine Nekrosen. Einlage eines Katheters "
              "und ausgiebige Spülung mit 1000 ml NaCl von proximal nach distal. Débridement nekrotischen "
              "Gewebes. Einlage einer Lasche. Lockerer Hautverschluss. Steriler Verband, Unterarmschiene in "
              "Intrinsic-plus-Stellung."),
        ("kv", [("Komplikationen", "keine"), ("Histologie", "nein"), ("Mikrobiologie", "Abstrich Sehnenscheide"),
                ("Nachbehandlung", "Hochlagerung, Antibiose i.v., Verbandswechsel täglich, Lasche ex nach 48 h")],
         {"lw": 30}),
        ("p", "Dr. med. V. Hansen"),
    ]
    o2 = {"font": "sans", "size": 9.5, "logocolor": "#003d7a",
          "footer": ["OP-Bericht Smeets, Ingrid 22.07.1961 - gedruckt 05.06.2026\tSeite {page}/{pages}"]}
    p3 = [
        ("lhpair", ["Klinikum Niederrhein-Süd", "Institut für Diagnostische und Interventionelle Radiologie"],
         ["Tiergartenstraße 90, 47533 Kleve", "Tel. +49 2821 490-2200"]),
        ("title", "Befundbericht"),
        ("kv", [("Patient", "Smeets, Ingrid"), ("Geb.", "22.07.1961"),
                ("Untersuchung", "Röntgen Hand links in 2 Ebenen"), ("Untersuchungsdatum", "01.06.2026 17:58"),
                ("Anforderung", "Zentrale Notaufnahme / Handchirurgie"),
                ("Fragestellung", "Fremdkörper? Ossäre Beteiligung nach Katzenbiss?")], {"lw": 38}),
        ("h", "Befund"),
        ("p", "Weichteilschwellung palmar im Bereich des Zeigefingers links. Kein röntgendichter Fremdkörper. "
              "Keine Fraktur, keine Osteolyse, keine periostale Reaktion. Gelenkspalten regelrecht, leichte "
              "degenerative Veränderungen der DIP-Gelenke."),
        ("h", "Beurteilung"),
        ("p", "Kein Fremdkörper, kein Hinweis auf ossäre Beteiligung. Weichteilschwellung D2 links."),
        ("p", "Dr. med. S. Oberhausen, Oberärztin Radiologie\nElektronisch freigegeben am 01.06.2026 18:20"),
    ]
    o3 = {"font": "serif", "size": 10,
          "footer": ["Radiologie Klinikum Niederrhein-Süd\tSeite {page} von {pages}"]}
    return {"parts": [(p1, o1), (p2, o2), (p3, o3)]}


# ------------------------------------------------------------------ va-023 (merged, fax)
@register("va-023", "pdf",
          kinds=["mrsa-screening"], date="2026-09-26", author="gp", language="nl",
          style="merged fax: GP cover letter + MRSA lab result (HIS printout) + medicatieoverzicht, fax header on "
                "every page",
          imaging_done="unmentioned", operated="yes", treated_abroad="yes",
          notes="Fax header with send date and running page count on every page; the GP's cover letter is neither "
                "referral nor history (no question, 'verwijzing volgt/is verzonden'); only the middle part is the "
                "MRSA result; the cover letter mentions admission and wrist operation in Turkey; medication "
                "overview does not count; the HIS/fax drops the Turkish dotless i (Aydin vs Aydın elsewhere).",
          parts=[{"kinds": [], "date": "2026-09-26", "author": "gp"},
                 {"kinds": ["mrsa-screening"], "date": "2026-09-25", "author": "lab"},
                 {"kinds": [], "date": "2026-09-26", "author": "other"}])
def va023():
    fax = ["26-09-2026 16:12  VAN: HUISARTSENPRAKTIJK OUDE HAVEN  +31 255 510 220   AAN: 036 2047701   "
           "P. {fpage}/{ftotal}"]
    p1 = [
        ("lhpair", ["Huisartsenpraktijk Oude Haven", "A. de Ruiter & F.P. Schenk, huisartsen"],
         ["Havenkade 9", "1973 AL IJmuiden", "T 0255-510220  F 0255-510221"]),
        ("title", "FAXBERICHT"),
        ("kv", [("Aan", "Handkliniek Oostvaart, afd. Second Opinion"), ("Faxnummer", "036-2047701"),
                ("Van", "A. de Ruiter, huisarts"), ("Datum", "26-09-2026"), ("Aantal pagina's", "3 (incl. deze)"),
                ("Betreft", "dhr. M. Aydin, geb. 09-02-1975")], {"lw": 35, "grid": True}),
        ("p", "Geachte collega,"),
        ("p", "Zoals telefonisch afgesproken stuur ik u hierbij de uitslag van de MRSA-screening en het actuele "
              "medicatieoverzicht van dhr. Aydin. Patiënt werd in juli tijdens een vakantie in Alanya (Turkije) "
              "twee nachten opgenomen, waar hij aan zijn linkerpols werd geopereerd. De verwijzing voor de second "
              "opinion is via ZorgDomein verzonden."),
        ("p", "Met vriendelijke groet,\nA. de Ruiter, huisarts"),
        ("small", "Vertrouwelijk: dit faxbericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht "
                  "ten onrechte ontvangt, verzoeken wij u ons te bellen en het bericht te vernietigen."),
    ]
    p2 = [
        ("lh", ["Huisartsenpraktijk Oude Haven - HIS-uitdraai labuitslag - 26-09-2026"], "L"),
        ("title", "Uitslag: MRSA-screening"),
        ("kv", [("Patiënt", "Aydin, M."), ("Geboortedatum", "09-02-1975"),
                ("Laboratorium", "Laboratorium Medische Microbiologie Kennemerzoom"),
                ("Labnummer", "26-K-0922-0418"), ("Afname", "22-09-2026"), ("Uitslag", "25-09-2026 (definitief)")],
         {"cols": 2, "lw": 28}),
        ("table", [["Bepaling", "Materiaal", "Uitslag", "Eenheid/opm."],
                   ["MRSA kweek", "Neus", "niet aangetoond", ""],
                   ["MRSA kweek", "Keel", "niet aangetoond", ""],
                   ["MRSA kweek", "Perineum", "niet aangetoond", ""],
                   ["Conclusie", "", "MRSA niet aangetoond", "gevalideerd E.M. Korteweg"]],
         {"widths": [35, 30, 45, 55]}),
    ]
    p3 = [
        ("lh", ["Apotheek Noordzeekanaal - Kennemerlaan 60 - 1972 EH IJmuiden - 0255-512300"], "L"),
        ("title", "Medicatieoverzicht"),
        ("kv", [("Patiënt", "dhr. M. Aydin, 09-02-1975"), ("Datum", "26-09-2026")], {"lw": 25}),
        ("table", [["Middel", "Gebruik", "Start", "Voorschrijver"],
                   ["Omeprazol 20 mg", "1x per dag 1", "2021", "huisarts"],
                   ["Naproxen 500 mg", "2x per dag 1 zo nodig", "08-2026", "huisarts"],
                   ["Salbutamol 100 mcg aerosol", "zo nodig 1-2 inhalaties", "2015", "huisarts"]],
         {"widths": [50, 45, 25, 40]}),
        ("small", "Overgevoeligheden: geen geregistreerd."),
    ]
    o = {"font": "mono", "size": 9.5, "header": fax, "hffont": "Courier",
         "margins": (18, 22, 18, 20)}
    o3 = dict(o, font="sans")
    return {"parts": [(p1, o), (p2, o), (p3, o3)]}


# ------------------------------------------------------------------ va-024 (merged)
@register("va-024", "pdf",
          kinds=["correspondence", "operation-report", "imaging-report"], date="2026-07-24",
          author="specialist", language="en",
          style="merged PDF from Irish hospital: discharge summary with operation section + CT report",
          imaging_done="yes", operated="yes", treated_abroad="yes",
          notes="Irish discharge summary with a full 'Operation details' section (date, surgeon, procedure) -> "
                "both correspondence and operation report; CT report before surgery; holiday patient from NL; "
                "dd/mm/yyyy dates.",
          parts=[{"kinds": ["correspondence", "operation-report"], "date": "2026-07-24", "author": "specialist"},
                 {"kinds": ["imaging-report"], "date": "2026-07-20", "author": "radiologist"}])
def va024():
    lh = ("lhpair", ["Ballinacurra University Hospital", "Department of Plastic & Reconstructive Surgery"],
          ["Ballinacurra Road", "Cork T12 XY00, Ireland", "Tel +353 21 400 5500"])
    p1 = [
        lh,
        ("title", "INPATIENT DISCHARGE SUMMARY"),
        ("kv", [("Patient", "SCHUURMAN, Lotte"), ("DOB", "30/03/1990"), ("MRN", "BUH-2291847"),
                ("Address", "Zeeburgerdijk 302, 1095 AE Amsterdam, NL"),
                ("Admitted", "19/07/2026"), ("Discharged", "22/07/2026"),
                ("Consultant", "Mr Cian O'Riordan"), ("GP", "Dr E. Bosman, Amsterdam (per patient)")],
         {"cols": 2, "lw": 24}),
        ("h", "Presenting complaint"),
        ("p", "36-year-old right-hand-dominant Dutch tourist who fell while hiking on the Beara peninsula on "
              "19/07/2026 and presented to our Emergency Department with pain and swelling at the base of the "
              "right thumb."),
        ("h", "Diagnosis"),
        ("p", "Bennett's fracture-dislocation, right thumb (intra-articular fracture base of first metacarpal "
              "with subluxation of the CMC joint)."),
        ("h", "Investigations"),
        ("p", "XR right thumb 19/07/2026; CT right thumb 20/07/2026 (report attached)."),
        ("h", "Operation details"),
        ("kv", [("Date of operation", "21/07/2026"), ("Surgeon", "Mr Cian O'Riordan, Consultant Plastic Surgeon"),
                ("Assistant", "Dr Aisling Walsh, SpR"), ("Anaesthetic", "Regional block (axillary) + sedation"),
                ("Procedure", "Closed reduction and percutaneous K-wire fixation, right Bennett's fracture"),
                ("Findings", "Volar-ulnar fragment approx. 25% of articular surface; metacarpal shaft displaced "
                             "radially and dorsally by APL pull"),
                ("Description", "Traction, pronation and abduction of the thumb metacarpal with direct pressure "
                                "on the base under image intensifier. Reduction confirmed on AP, lateral and "
                                "Robert views. Two 1.2 mm K-wires: one from the first into the second metacarpal, "
                                "one across the CMC joint into the trapezium. Wires bent and cut outside skin. "
                                "Thumb spica plaster."),
                ("Complications", "None")], {"lw": 35}),
        ("h", "Discharge plan"),
        ("p", "Thumb spica for 6 weeks. Pin-site care. The patient is flying home on 25/07/2026 and will arrange "
              "follow-up with a hand surgeon in the Netherlands for wire removal at 5-6 weeks. Check X-ray "
              "before wire removal. Analgesia: paracetamol and ibuprofen. MRSA screen on admission not done."),
        ("p", "Signed: Dr Aisling Walsh, SpR, for Mr C. O'Riordan\nDate: 24/07/2026"),
    ]
    o1 = {"font": "sans", "size": 9.5, "logocolor": "#006847",
          "footer": ["Ballinacurra University Hospital - HSE South West\tPage {page} of {pages}"]}
    p2 = [
        ("lhpair", ["Ballinacurra University Hospital", "Department of Radiology"],
         ["Ballinacurra Road, Cork", "Tel +353 21 400 5600"]),
        ("kv", [("Name", "SCHUURMAN, Lotte"), ("DOB", "30/03/1990"), ("MRN", "BUH-2291847"),
                ("Examination", "CT RIGHT THUMB / 1ST CMC JOINT"), ("Exam date", "20/07/2026 09:14"),
                ("Referrer", "Mr C. O'Riordan, Plastic Surgery"), ("Report date", "20/07/2026 11:47")],
         {"cols": 2, "lw": 25}),
        ("h", "Clinical information"),
        ("p", "Fall. Bennett's fracture on XR. Pre-operative planning."),
        ("h", "Findings"),
        ("p", "Intra-articular fracture of the base of the right first metacarpal with a volar-ulnar fragment "
              "measuring 7 x 5 mm, comprising approximately 25% of the articular surface, remaining in position "
              "relative to the trapezium. The metacarpal shaft is subluxed dorsoradially by 3 mm. Articular step "
              "2 mm. Trapezium intact. No other fracture."),
        ("h", "Conclusion"),
        ("p", "Bennett's fracture-dislocation, right thumb, as above."),
        ("p", "Dr Declan Murphy, Consultant Radiologist"),
    ]
    o2 = {"font": "sans", "size": 9.5, "logocolor": "#006847",
          "footer": ["Radiology report - SCHUURMAN, Lotte\tPage {page} of {pages}"]}
    return {"parts": [(p1, o1), (p2, o2)]}


# ------------------------------------------------------------------ va-025
@register("va-025", "pdf",
          kinds=["correspondence", "operation-report"], date="2026-08-27", author="specialist", language="nl",
          style="klinische brief / ontslagbrief traumatologie with full operation section",
          imaging_done="yes", operated="yes", treated_abroad="yes",
          notes="Dutch discharge letter with a complete 'Operatie' section (date, operator, assistant, anaesthesia, "
                "description) -> also operation report; first treatment at the emergency department in Nice "
                "(France) -> treated_abroad yes; admission and discharge dates differ from letter date.")
def va025():
    b = [
        ("lhpair", ["Medisch Centrum Havenstad", "Chirurgie - Traumatologie"],
         ["Havenstadplein 1", "3011 ZZ Rotterdam", "T 010-4409000", "Secretariaat traumatologie 010-4409210"]),
        ("addr", ["Aan: mw. dr. C. Ekker, huisarts", "Huisartsenpraktijk Kralingen-Oost", "Oudedijk 191",
                  "3061 AP Rotterdam"]),
        ("kv", [("Datum", "27-08-2026"), ("Kenmerk", "TRA/26/55817"),
                ("Betreft", "mw. M. Dekker-Vink, geb. 02-10-1965, patiëntnr. 3390771"),
                ("Opname", "24-08-2026"), ("Ontslag", "26-08-2026")], {"lw": 25, "grid": False}),
        ("title", "Klinische brief"),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënte werd van 24 tot en met 26 augustus 2026 opgenomen op de afdeling traumatologie."),
        ("h", "Opnamediagnose"),
        ("p", "Geredisloceerde intra-articulaire distale radiusfractuur links (AO 23-C1)."),
        ("h", "Voorgeschiedenis"),
        ("p", "Hypothyreoïdie; 2004 cholecystectomie."),
        ("h", "Anamnese en beloop"),
        ("p", "Op 14-08-2026 viel patiënte tijdens een vakantie in Frankrijk op de linkerpols. Zij werd gezien op "
              "de urgences van het Centre Hospitalier in Nice, waar na röntgenfoto's een gesloten repositie werd "
              "verricht en een gipsspalk werd aangelegd. Na terugkeer werd zij op 21-08-2026 op onze gipskamer "
              "gezien. Röntgencontrole toonde redislocatie met 20 graden dorsale kanteling en een intra-articulaire "
              "stap. Een aanvullende CT-scan (22-08-2026) bevestigde een intra-articulaire fractuur met een "
              "stap van 2 mm. Met patiënte werd besloten tot operatieve behandeling."),
        ("h", "Operatie"),
        ("kv", [("Datum", "25-08-2026"), ("Operateur", "dr. R.A. Vermeulen, traumachirurg"),
                ("Assistent", "drs. J. Pinto, AIOS heelkunde"), ("Anesthesie", "plexus brachialis (infraclaviculair) "
                                                                                "+ sedatie"),
                ("Ingreep", "Open repositie en interne fixatie (ORIF) distale radius links met palmaire "
                            "hoekstabiele plaat"),
                ("Beschrijving", "Gemodificeerde Henry-benadering. FCR-pees naar ulnair, pronator quadratus "
                                 "gekliefd. Fractuur vrijgelegd en gereponeerd onder doorlichting, tijdelijke "
                                 "fixatie met K-draden. Plaatsing palmaire hoekstabiele plaat (5 distale "
                                 "hoekstabiele schroeven, 3 corticale schroeven). Doorlichting in 2 richtingen en "
                                 "skyline-opname: goede stand, geen intra-articulaire schroeven. DRUG stabiel. "
                                 "Sluiten in lagen, intracutaan. Drukverband en dorsale onderarmspalk."),
                ("Complicaties", "geen")], {"lw": 30}),
        ("h", "Beloop na operatie"),
        ("p", "Ongecompliceerd. Goede pijnstilling met paracetamol en naproxen. Sensibiliteit intact. "
              "Postoperatieve röntgenfoto's: goede stand en plaatpositie."),
        ("h", "Medicatie bij ontslag"),
        ("p", "paracetamol 1000 mg 4dd1, naproxen 500 mg 2dd1 max 5 dagen met omeprazol 20 mg 1dd1, "
              "levothyroxine 100 microgram 1dd1 (ongewijzigd)."),
        ("h", "Beleid"),
        ("p", "Spalk 2 weken. Wondcontrole en hechtingen verwijderen op de poli na 12 dagen, daarna start "
              "handtherapie. Controle met röntgenfoto na 6 weken. MRSA-screening is bij opname afgenomen in "
              "verband met recente behandeling in het buitenland; uitslag volgt."),
        ("p", "Met collegiale groet,\n\ndr. R.A. Vermeulen, traumachirurg\nnamens deze, drs. J. Pinto, AIOS"),
    ]
    o = {"font": "sans", "size": 9.5, "logocolor": "#4a148c",
         "footer": ["MC Havenstad - Dekker-Vink, M. (02-10-1965)\tPagina {page} van {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-026
@register("va-026", "pdf",
          kinds=["imaging-report"], date="2026-07-07", author="radiologist", language="nl",
          style="Belgian radiology report (dienst medische beeldvorming), Flemish wording, ° birth date",
          imaging_done="yes", operated="yes", treated_abroad="yes",
          notes="Belgian hospital (abroad) examined a Dutch patient from Zeeuws-Vlaanderen; 'Besluit' instead of "
                "Conclusie; '°' birth date; clinical info mentions an earlier ganglion excision ('status na "
                "excisie 2024').")
def va026():
    b = [
        ("lhpair", ["AZ Sint-Lievensberg", "Dienst Medische Beeldvorming"],
         ["Campus Eeklo - Moeskopweg 14, 9900 Eeklo", "tel. +32 9 376 55 00", "RIZIV 0-00000-00-000"]),
        ("kv", [("Patiënt", "DHONDT-VERSCHUERE Nicole °17/09/1970"), ("Adres", "Nieuwstraat 8, 4524 HG Sluis (NL)"),
                ("Aanvragende arts", "dr. P. Van Damme, orthopedie (raadpleging)"),
                ("Onderzoek", "Echografie pols links"), ("Datum onderzoek", "07/07/2026"),
                ("Dossiernummer", "23.551.908")], {"lw": 38}),
        ("h", "Klinische inlichtingen"),
        ("p", "Status na excisie ganglion dorsaal pols links 2024. Opnieuw zwelling sinds 3 maanden. Recidief?"),
        ("h", "Verslag"),
        ("p", "Dorsaal ter hoogte van het scapholunair interval bevindt zich een anechogene, goed afgelijnde, "
              "gelobuleerde structuur van 14 x 9 x 8 mm, met een smalle steel naar het scapholunair gewricht. "
              "Geen doppler-signaal. Geen tendinitis van de extensorpezen. Littekenweefsel subcutaan dorsaal. "
              "Scapholunair ligament dorsaal echografisch continu."),
        ("h", "Besluit"),
        ("p", "Recidief dorsaal polsganglion links uitgaande van het scapholunair interval (14 mm)."),
        ("p", "Dr. A. Claeys, radioloog\nGevalideerd 07/07/2026 15:40"),
    ]
    o = {"font": "sans", "size": 9.5, "logocolor": "#0d47a1",
         "footer": ["AZ Sint-Lievensberg vzw - Medische Beeldvorming\tblz. {page}/{pages}"]}
    return b, o


# ------------------------------------------------------------------ va-027
@register("va-027", "pdf",
          kinds=["correspondence"], date="2026-07-23", author="specialist", language="nl",
          style="Belgian university hospital consultation letter (raadpleging), 'Besluit', dr. titles",
          imaging_done="yes", operated="yes", treated_abroad="yes",
          notes="Flemish consultation letter; repeated excision proposed (plan) while the 2024 excision in a Belgian "
                "hospital makes operated yes; 'raadpleging van 21/07/2026' vs letter date 23/07/2026; the patient "
                "wants a second opinion in NL, but this is not a referral.")
def va027():
    b = [
        ("lhpair", ["UZ Scheldeland", "Dienst Plastische, Reconstructieve en Esthetische Heelkunde - Handchirurgie"],
         ["Kliniekpad 10, 9000 Gent", "Secretariaat +32 9 332 00 00", "handchirurgie@uzscheldeland.example"]),
        ("addr", ["Dokter S. de Kraker", "Huisartsenpraktijk Sluis", "Kade 4", "4524 EK Sluis", "Nederland"]),
        ("right", ["Gent, 23/07/2026", "Ons kenmerk: PLA/JDV/7731208"]),
        ("kv", [("Betreft", "Mevrouw Nicole DHONDT-VERSCHUERE, °17/09/1970"),
                ("Raadpleging", "21/07/2026")], {"lw": 28, "grid": False}),
        ("p", "Geachte collega,"),
        ("p", "Wij zagen uw patiënte op de raadpleging handchirurgie voor een zwelling dorsaal aan de linkerpols."),
        ("h", "Voorgeschiedenis"),
        ("p", "- 2024: excisie ganglion dorsaal pols links (AZ Sint-Lievensberg, dr. Van Damme)\n"
              "- Hypertensie\n- Migraine"),
        ("h", "Anamnese"),
        ("p", "Sinds het voorjaar opnieuw een zwelling op dezelfde plaats, pijnlijk bij steunen en bij yoga. "
              "Geen nachtelijke pijn, geen tintelingen. Zij werkt als kapster."),
        ("h", "Klinisch onderzoek"),
        ("p", "Fluctuerende zwelling 1,5 cm dorsaal ter hoogte van het SL-interval, naast een mooi genezen "
              "transversaal litteken. Volledige mobiliteit, lichte pijn bij maximale extensie. Neurovasculair intact."),
        ("h", "Technische onderzoeken"),
        ("p", "Echografie pols links (07/07/2026, AZ Sint-Lievensberg): recidief ganglion 14 mm uitgaande van "
              "het scapholunair interval."),
        ("h", "Besluit"),
        ("p", "Recidief dorsaal polsganglion links, status na open excisie in 2024."),
        ("h", "Voorstel"),
        ("p", "Wij stelden een artroscopische resectie van het ganglion voor, met lager recidiefrisico dan een "
              "tweede open excisie. Aspiratie werd eveneens besproken. Patiënte wenst bedenktijd en overweegt een "
              "tweede advies in Nederland, dichter bij huis. Zij neemt zelf contact op voor een eventuele "
              "ingreep."),
        ("p", "Met collegiale groeten,"),
        ("sp", 6),
        ("p", "dr. J. De Vos\nAdjunct-kliniekhoofd, handchirurg"),
        ("small", "Kopie: patiënte"),
    ]
    o = {"font": "serif", "size": 10.5, "logocolor": "#1a237e",
         "footer": ["UZ Scheldeland - Kliniekpad 10 - 9000 Gent - ondernemingsnummer 0000.000.000\tp. {page}/{pages}"]}
    return b, o


# ------------------------------------------------------------------ va-028
@register("va-028", "docx",
          kinds=["referral", "correspondence"], date="2026-09-15", author="specialist", language="nl",
          style="specialist's referral letter (orthopaedics) asking colleague for second opinion",
          referral_question=True, imaging_done="yes", operated="yes", treated_abroad="unmentioned",
          notes="A treating specialist refers to the clinic (referral from a physician) and the letter is also "
                "specialist correspondence; no separate Voorgeschiedenis section (course in prose) so not a history "
                "letter; MRI report 'bijgevoegd' is a mention; ulnar shortening osteotomy is proposed, the ORIF is "
                "the past operation.")
def va028():
    b = [
        ("lhpair", ["Reigersbos Medisch Centrum", "Orthopedie en Traumatologie"],
         ["Reigersbosdreef 230", "1107 ZW Amsterdam", "Poli 020-5663400"]),
        ("addr", ["Handkliniek Oostvaart", "t.a.v. dr. E. Hendriksen, plastisch chirurg", "Oostvaartdijk 201",
                  "1358 AB Almere"]),
        ("kv", [("Datum", "15 september 2026"), ("Ons kenmerk", "ORT/PV/2093384"),
                ("Betreft", "dhr. T. Brouwer, geboren 12-01-1984"),
                ("Adres patiënt", "Bijlmerdreef 901, 1103 TW Amsterdam")], {"lw": 32, "grid": False}),
        ("p", "Waarde collega Hendriksen,"),
        ("p", "Graag verwijs ik de heer Brouwer naar u met het verzoek om een second opinion over de verdere "
              "behandeling van zijn rechterpols."),
        ("p", "Patiënt, 42 jaar, rechtshandig, magazijnmedewerker, liep in november 2025 bij een val van een "
              "trap een intra-articulaire distale radiusfractuur rechts op, waarvoor ik op 21-11-2025 een ORIF "
              "met palmaire plaat heb verricht. De fractuur is geconsolideerd, maar sinds het voorjaar heeft hij "
              "toenemende ulnaire polspijn bij draaien en steunen. Een infiltratie van het ulnocarpale gewricht "
              "(april 2026) gaf slechts twee weken verlichting; handtherapie heeft onvoldoende effect gehad."),
        ("p", "De MRI van 3 augustus 2026 toont een ulnair impactiesyndroom met centrale TFCC-perforatie en "
              "beginnende chondromalacie van het lunatum bij een positieve ulnaire variantie van 2 mm (verslag "
              "bijgevoegd). Ik heb patiënt een ulnaverkortingsosteotomie voorgesteld, eventueel in combinatie met "
              "plaatverwijdering. Patiënt is terughoudend na de eerdere operatie en vraagt of een artroscopische "
              "wafer-procedure een alternatief is."),
        ("p", "Mijn vraag aan u: welke ingreep adviseert u, en is gelijktijdige plaatverwijdering zinvol? "
              "De beelden zijn via het regionale uitwisselingsplatform beschikbaar."),
        ("p", "Met collegiale groet,"),
        ("sp", 8),
        ("p", "dr. P. Vos\northopedisch chirurg"),
        ("small", "cc: huisarts, dr. N. Haddou, Gezondheidscentrum Ganzenhoef\ncc: patiënt"),
    ]
    o = {"font": "Verdana", "size": 9.5,
         "header": [("logo", "Reigersbos Medisch Centrum", "Orthopedie en Traumatologie")],
         "footer": ["Reigersbos MC - Orthopedie - kenmerk ORT/PV/2093384 - pagina {page} van {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-029
@register("va-029", "txt",
          kinds=["history"], date="2025-12-18", author="gp", language="nl",
          style="HIS 'uitdraai journaal' over a period, long SOEP journal, older than 6 months",
          imaging_done="yes", operated="no", treated_abroad="no",
          notes="History printout dated December 2025 (older than 6 months for an autumn 2026 dossier); many "
                "unrelated journal lines; 'vakantie Spanje, daar geen arts bezocht' -> treated_abroad no; 'nooit "
                "geopereerd aan de pols'; orthopaedist: 'geen operatie-indicatie'.")
def va029():
    return """
UITDRAAI JOURNAAL                         Huisartsenpraktijk Zonnewijzer, Amersfoort
Periode: 01-01-2025 t/m 18-12-2025        Datum uitdraai: 18-12-2025   Gebruiker: KUIP
------------------------------------------------------------------------------------------
Patiënt : Post, A. (Arjen)                Geb: 25-05-1982   M   Patnr: 004418
Adres   : Leusderweg 220, 3817 KJ Amersfoort
Huisarts: M. Kuipers                       Verz: Stroomland 60033129
------------------------------------------------------------------------------------------
Episodes in deze periode:
  L81   Letsel pols/hand links (15-04-2025)
  R74   Acute infectie bovenste luchtwegen (02-02-2025)
  S74   Tinea pedis (19-06-2025)
  K86   Hypertensie zonder orgaanbeschadiging (sinds 2022)
------------------------------------------------------------------------------------------
02-02-2025  E    KUIP  S  3 dagen verkouden, keelpijn, geen koorts.
                       O  keel licht rood, geen beslag. longen vesiculair ademgeruis.
                       E  R74 acute infectie bovenste luchtwegen
                       P  uitleg natuurlijk beloop.
17-03-2025  C    POH   K86 jaarcontrole: RR 138/84. gewicht 88 kg. lab: kreat 82, K 4,1.
                       P  amlodipine 5 mg ongewijzigd.
15-04-2025  C    KUIP  S  gisteren bij mountainbiken gevallen op li hand. pijn pols dorsaal,
                          zwelling. rechtshandig. nooit eerder letsel, nooit geopereerd aan
                          de pols.
                       O  zwelling dorsaal li pols, drukpijn distale radius en tabatière neg.
                          bewegen pijnlijk beperkt.
                       E  L81 letsel pols links, fractuur distale radius?
                       P  röntgen pols li via Lindeborg, drukverband.
16-04-2025  U    KUIP  Uitslag X-pols li (Lindeborg Zkh, 15-04-2025): geen fractuur, geen
                          luxatie. Conclusie: geen traumatisch ossaal letsel. pat. gebeld.
                       P  brace 2 weken, rust, ibuprofen zn. retour bij aanhouden klachten.
28-05-2025  C    KUIP  S  nog steeds pijn bij steunen, klikt soms. werkt als ICT'er, typen gaat.
                       O  drukpijn dorsaal SL-gebied, Watson pijnlijk, geen klik.
                       E  L81 persisterende polsklachten li, SL-letsel?
                       P  verwijzing orthopedie Lindeborg (ZorgDomein).
19-06-2025  C    KUIP  S  jeuk tussen tenen. O schilfering dig IV-V bdz. E S74. P miconazol.
11-07-2025  B    KUIP  Brief specialist ontvangen: orthopedie Lindeborg (dr. Y. Cheng): MRI pols li
                          (08-07-2025): kleine dorsale ganglioncyste, SL-ligament intact. conclusie
                          occult ganglion. conservatief beleid, geen operatie-indicatie. fysio.
14-08-2025  T    ASS   Telefoon: pat. belt vanuit Spanje (vakantie), pols doet na lange fietstocht
                          meer pijn. advies rust, ibuprofen. daar geen arts bezocht, komt na vakantie
                          langs indien nodig.
02-09-2025  C    KUIP  S  terug van vakantie. pols wisselend, minder na fysiotherapie (6x).
                       E  L81 occult ganglion li
                       P  afwachten, oefeningen fysio thuis voortzetten.
20-10-2025  C    POH   K86 controle: RR 134/82. P ongewijzigd.
03-12-2025  C    KUIP  S  pols li opnieuw meer last sinds klussen in huis. vraagt of operatie
                          mogelijk is, collega op werk is ook aan ganglion geopereerd.
                       O  geen zichtbare zwelling, drukpijn dorsaal SL.
                       E  L81 occult ganglion pols li
                       P  bespreken opties; pat. wil eerst nog afwachten. evt. later second
                          opinion handchirurgie. retour zn.
18-12-2025  A    KUIP  Uitdraai journaal gemaakt op verzoek patiënt (verzekering).
------------------------------------------------------------------------------------------
Actuele medicatie: amlodipine 5 mg 1dd1; ibuprofen 400 mg zn.
Allergieën: geen bekend.
------------------------------------------------------------------------------------------
                                                           Blad 1 van 1 - Medixa HIS
"""


# ------------------------------------------------------------------ va-030
@register("va-030", "txt",
          kinds=["referral"], date="2026-10-21", author="gp", language="nl",
          style="secure e-mail body from GP (ZorgMail), referral with question",
          referral_question=True, imaging_done="no", operated="unmentioned", treated_abroad="unmentioned",
          notes="E-mail headers carry the date; no history section (summary 'volgt via ZorgDomein'); explicit "
                "'geen beeldvorming en nog geen EMG' negation; neurologist's letter is an attachment mention.")
def va030():
    return """
Van:        F. de Bruijn, huisarts <f.debruijn@huisartsendebrink.zorgmail.example>
Aan:        Handkliniek Oostvaart - Second Opinion <secondopinion@handkliniek-oostvaart.example>
Datum:      woensdag 21 oktober 2026 09:14
Onderwerp:  Verwijzing second opinion handchirurgie - mw. F. Bouzid, geb. 13-03-1988
Bijlagen:   brief_neurologie_24-09-2026.pdf
Beveiliging: ZorgMail Secure e-mail (versleuteld)
------------------------------------------------------------------------------------------

Geachte collega,

Hierbij verwijs ik mevrouw Fatima Bouzid, geboren 13-03-1988 (BSN 187702316), wonend
Merelstraat 14, 3818 AV Amersfoort, voor een second opinion.

Mevrouw heeft sinds ruim een jaar tintelingen en een doof gevoel in duim tot en met
middelvinger rechts, 's nachts en bij fietsen, en laat dingen vallen. Zij werkt als
tandartsassistente. Klinisch lijkt het mij een carpaletunnelsyndroom (Tinel en Phalen
positief), maar de neuroloog in het Sint Aldegonde Ziekenhuis vond het EMG slechts licht
afwijkend en dacht mede aan een cervicale oorsprong; zij adviseerde een nachtspalk.
Daarmee is geen verbetering bereikt. Er is geen beeldvorming van pols of nek gedaan.

Vraagstelling: is er bij mevrouw een indicatie voor een carpaletunnelrelease, of moet
eerst verdere diagnostiek (echo n. medianus, MRI cervicale wervelkolom) plaatsvinden?
Mevrouw wil graag uw oordeel.

Medicatie: geen vaste medicatie. Allergieën: geen.
Een samenvatting uit ons HIS volgt via ZorgDomein.

Met vriendelijke groet,

F. de Bruijn, huisarts
Huisartsen De Brink, Brinklaan 2, 3818 AB Amersfoort
T 033-4611200 | AGB 01-070044

------------------------------------------------------------------------------------------
Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder
het bericht dan en informeer de afzender.
"""


# ------------------------------------------------------------------ va-031
@register("va-031", "docx",
          kinds=["history"], date="2026-10-05", author="gp", language="nl",
          style="GP 'samenvatting' Word template with tables (episodes, verrichtingen, medicatie)",
          imaging_done="yes", operated="yes", treated_abroad="no",
          notes="GP summary letter with tables; A1-pulley release 2025 is the operation for the problem; "
                "'Geen behandelingen in het buitenland' explicit negation; ultrasound done; no question asked so "
                "not a referral.")
def va031():
    b = [
        ("lhpair", ["Huisartsenpraktijk Molenkwartier", "L. Brinkman, huisarts"],
         ["Molenstraat 33", "7411 KB Deventer", "T 0570-611822", "AGB 01-062277"]),
        ("title", "Samenvatting medische gegevens"),
        ("kv", [("Datum", "5 oktober 2026"), ("Aan", "Handkliniek Oostvaart, afdeling Second Opinion"),
                ("Patiënt", "mw. J. van Rijswijk"), ("Geboortedatum", "04-07-1974"),
                ("Adres", "Brink 61, 7411 BT Deventer"), ("BSN", "193387105")], {"lw": 35}),
        ("p", "Geachte collega,\nOp verzoek van patiënte, die door mij via ZorgDomein naar u is verwezen, stuur ik "
              "u hierbij een samenvatting van haar medische gegevens."),
        ("h", "Episodelijst"),
        ("table", [["Begindatum", "ICPC", "Omschrijving", "Status"],
                   ["12-11-2024", "L87", "Triggervinger dig IV rechts", "actief"],
                   ["03-05-2019", "T93", "Hypercholesterolemie", "actief"],
                   ["22-01-2016", "P76", "Depressie (in remissie)", "inactief"],
                   ["1998", "W84", "Zwangerschap, partus a terme", "inactief"]]),
        ("h", "Verrichtingen en behandelingen (hand)"),
        ("table", [["Datum", "Behandeling", "Door"],
                   ["12-11-2024", "Injectie triamcinolon A1 dig IV rechts", "huisarts"],
                   ["20-02-2025", "Tweede injectie, kortdurend effect", "huisarts"],
                   ["17-09-2025", "Operatieve A1-ringbandklieving dig IV rechts", "dr. L. Ramdin, plastisch "
                                                                                    "chirurg, Noorderpoort Zkh"],
                   ["10-2025 - 01-2026", "Handtherapie (10x) i.v.m. flexiecontractuur PIP IV", "Handtherapie "
                                                                                                "IJsselstad"],
                   ["14-04-2026", "Echografie dig IV rechts: peestendinopathie, geen restvernauwing A1",
                    "radiologie Noorderpoort Zkh"],
                   ["06-2026", "Controle plastische chirurgie: persisterende PIP-flexiecontractuur 30 gr, "
                               "geen aanvullende behandeling voorgesteld", "Noorderpoort Zkh"]]),
        ("h", "Beloop"),
        ("p", "Sinds de operatie vorig jaar houdt patiënte pijn in de basis van de ringvinger en kan zij de vinger "
              "niet volledig strekken. Zij werkt als pianodocente en ervaart veel beperkingen. Geen "
              "behandelingen in het buitenland."),
        ("h", "Medicatie"),
        ("table", [["Middel", "Dosering"], ["simvastatine 20 mg", "1 dd 1 (avond)"],
                   ["paracetamol 500 mg", "zo nodig max 6 dd 1"]]),
        ("kv", [("Allergieën", "pleister (contactallergie)"), ("Intoleranties", "geen")], {"lw": 35}),
        ("p", "Met vriendelijke groet,\n\nL. Brinkman, huisarts"),
    ]
    o = {"font": "Calibri", "size": 10,
         "footer": ["Samenvatting J. van Rijswijk (04-07-1974) - afgedrukt 05-10-2026 - pagina {page} van {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-032
@register("va-032", "pdf",
          kinds=["mrsa-screening"], date="2026-09-18", also_dates=["2026-09-15"], author="lab", language="nl",
          style="microbiology lab result, table layout with materials",
          imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
          notes="MRSA screening result without clinical information ('Klinische gegevens: -'); the throat culture "
                "grows S. aureus that is NOT MRSA - the conclusion is still negative for MRSA; requester is the GP.")
def va032():
    b = [
        ("lhpair", ["RML Delta", "Regionaal Microbiologisch Laboratorium"],
         ["Deltaweg 12", "3071 AM Rotterdam", "T 010-2340800", "www.rmldelta.example"]),
        ("title", "Uitslag medische microbiologie"),
        ("table", [["Patiënt", "MEULEN, J. VAN DER", "Labnummer", "M26-0915-2291"],
                   ["Geboortedatum", "21-02-1972", "Status", "Eindrapport"],
                   ["Aanvrager", "dr. C. Ekker, huisarts", "Afname", "15-09-2026"],
                   ["Praktijk", "HAP Kralingen-Oost", "Rapportage", "18-09-2026"]],
         {"header": False, "widths": [30, 58, 28, 54]}),
        ("kv", [("Klinische gegevens", "-"), ("Aanvraag", "MRSA-screening (neus, keel, perineum)")], {"lw": 38}),
        ("table", [["Materiaal", "Kweek", "Uitslag"],
                   ["Neus", "MRSA-selectieve ophoping", "Geen MRSA geïsoleerd"],
                   ["Keel", "MRSA-selectieve ophoping", "Staphylococcus aureus, meticilline-gevoelig (MSSA); "
                                                        "geen MRSA"],
                   ["Perineum", "MRSA-selectieve ophoping", "Geen MRSA geïsoleerd"]], {"widths": [30, 55, 85]}),
        ("h", "Conclusie"),
        ("p", "MRSA niet aangetoond. Bevinding keel: dragerschap van meticilline-gevoelige S. aureus, geen "
              "consequenties voor isolatiebeleid."),
        ("kv", [("Arts-microbioloog", "dr. H.J. Bosveld"), ("Gevalideerd", "18-09-2026 13:22")], {"lw": 38}),
    ]
    o = {"font": "sans", "size": 9.5, "logocolor": "#bf360c",
         "footer": ["RML Delta - uitslag M26-0915-2291\tpagina {page} van {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-033
@register("va-033", "pdf",
          kinds=["operation-report"], date="2026-04-14", author="specialist", language="nl",
          style="HiX-export OK-verslag, monospaced field layout, no letterhead logo",
          imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
          notes="Monospaced export: labels and values separated by colons and spaces; PA sent (pathology mention); "
                "only a small text letterhead.")
def va033():
    t = """NOORDERPOORT ZIEKENHUIS - Beverwijk                     OK-VERSLAG
-----------------------------------------------------------------------------
Patiënt           : Hendriks-Mol, I. (Ilse)       Geb.datum : 19-11-1983
Patiëntnummer     : 4519920                       Afdeling  : Dagbehandeling 2
Operatiedatum     : 14-04-2026                    OK        : OK 6
Specialisme       : Plastische chirurgie
Operateur         : dr. L. Ramdin
Assistent(en)     : drs. A. Smit (ANIOS)
Anesthesioloog    : dr. G. Verbeek
Anesthesietechniek: IVRA (Bier-blok)
ASA-klasse        : I
-----------------------------------------------------------------------------
Pre-operatieve diagnose : Ganglion dorsale zijde pols links
Post-operatieve diagnose: idem
Ingreep (code)          : Excisie ganglion pols links (038911)
Indicatie               : Pijnlijke zwelling sinds 1 jaar, 2x geaspireerd met
                          recidief, hinder bij werk (fysiotherapeut)
-----------------------------------------------------------------------------
Beschrijving:
  Time-out conform protocol. Bloedleegte middels IVRA-manchet.
  Transversale incisie dorsaal over de zwelling van 3 cm. Sparen van de
  sensibele takken van de n. radialis superficialis. Extensorpezen (EDC/EPL)
  naar lateraal. Ganglion vrijgeprepareerd tot de steel ter plaatse van het
  scapholunaire ligament. Excisie inclusief kapseldeel aan de basis.
  SL-ligament intact. Ruim spoelen. Hemostase na opheffen bloedleegte.
  Huid intracutaan Monocryl 4-0. Steristrips, drukverband.
Complicaties            : geen
Bloedverlies            : minimaal
PA                      : ja, ganglion ingestuurd
Nabehandeling           : drukverband 3 dagen, polsbrace 1 week, daarna vrij
                          bewegen. Wondcontrole n.v.t. (resorbeerbaar).
                          Controle poli 6 weken (PA-uitslag).
-----------------------------------------------------------------------------
Verslag door : dr. L. Ramdin, plastisch chirurg     Datum: 14-04-2026 13:05
Status       : Geautoriseerd
"""
    b = [("mono", t)]
    o = {"font": "mono", "size": 9, "monosize": 8.8,
         "footer": ["HiX 6.3 - OK-verslag - Hendriks-Mol, I.\tGeprint 15-04-2026 07:41 - Pagina {page}/{pages}"]}
    return b, o


# ------------------------------------------------------------------ va-034
@register("va-034", "docx",
          kinds=["correspondence"], date="2026-07-10", author="specialist", language="nl",
          style="polikliniekbrief orthopedie (HiX-like), signed by PA, cc patiënt",
          imaging_done="no", operated="unmentioned", treated_abroad="unmentioned",
          notes="Outpatient letter that explicitly says no X-rays were made (clinical diagnosis) -> imaging no; "
                "trapeziectomy only 'kan worden overwogen'; letter signed by physician assistant; 'Ons kenmerk'.")
def va034():
    b = [
        ("addr", ["Weledelgeleerde heer T.J. Mol", "Huisartsen Weidevenne", "Weidevenneplein 1",
                  "1448 RZ Purmerend"]),
        ("table", [["Datum", "Ons kenmerk", "Uw kenmerk", "Doorkiesnummer"],
                   ["10 juli 2026", "ORT/PA-JK/8830551", "-", "0299-457320"]], {"header": True}),
        ("kv", [("Betreft", "Mw. G. Mulder, geb. 15-01-1950, Wagenweg 2, 1442 CE Purmerend")],
         {"lw": 22, "grid": False}),
        ("p", "Geachte collega,"),
        ("p", "Op 8 juli 2026 zagen wij uw patiënte op ons spreekuur voor pijn aan de basis van de rechterduim."),
        ("h", "Anamnese"),
        ("p", "Sinds twee jaar geleidelijk toenemende pijn aan de duimbasis rechts, vooral bij openen van potten, "
              "schrijven en het vasthouden van een kopje. Geen trauma. Nachtelijke pijn wisselend. Linkerduim "
              "geeft minder klachten. Paracetamol helpt matig."),
        ("h", "Lichamelijk onderzoek"),
        ("p", "Schouderteken CMC-1 rechts, grind-test positief, drukpijn over het CMC-1-gewricht. Geen "
              "hyperextensie MCP-1. Knijpkracht verminderd. Geen tekenen van een carpaletunnelsyndroom."),
        ("h", "Aanvullend onderzoek"),
        ("p", "Niet verricht; de diagnose is klinisch gesteld. Röntgenfoto's hebben wij in dit stadium niet "
              "aangevraagd, omdat zij het beleid niet veranderen."),
        ("h", "Conclusie"),
        ("p", "Klinisch beeld van artrose CMC-1 (rizartrose) rechts."),
        ("h", "Beleid"),
        ("p", "Voorlichting, een op maat gemaakte duimspalk via de handtherapeut en gewrichtsbeschermende "
              "adviezen. Een injectie met corticosteroïd werd aangeboden; patiënte wil dit eerst niet. Bij "
              "onvoldoende effect na drie maanden kan een trapeziectomie worden overwogen. Controle op indicatie."),
        ("p", "Met vriendelijke groet,"),
        ("sp", 6),
        ("p", "J. Kramer, physician assistant orthopedie\nsupervisor: R. Doornbos, orthopedisch chirurg"),
        ("small", "cc: patiënte"),
    ]
    o = {"font": "Arial", "size": 10, "logocolor": "1565C0",
         "header": [("logo", "Waterlanden Ziekenhuis", "Orthopedie - Waterlandlaan 250 - 1441 RN Purmerend"),
                    ("right", "www.waterlanden-zkh.example")],
         "footer": ["Mulder, G. - 15-01-1950 - pagina {page} van {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-035
@register("va-035", "txt",
          kinds=["correspondence"], date="2026-09-24", author="specialist", language="nl",
          style="neurology consultation letter as plain-text Edifact/MEDVRI print",
          imaging_done="no", operated="no", treated_abroad="unmentioned",
          notes="Neurology letter (specialist correspondence) about CTS; EMG is not imaging; 'echo n. medianus niet "
                "verricht' and 'beeldvorming ... niet geïndiceerd' are negations; 'nooit geopereerd'; carpal tunnel "
                "release only as possible referral; hyphenated line break inside the imaging negation.")
def va035():
    return """
*** MEDISCH BERICHT (MEDVRI) - ontvangen 24-09-2026 17:02 via ZorgMail ***
Afzender : Sint Aldegonde Ziekenhuis, Neurologie, Aldegondeplein 2, 4331 HE Middelburg
Ontvanger: F. de Bruijn, huisarts, Huisartsen De Brink, Amersfoort
Patiënt  : Bouzid, F.   geb. 13-03-1988   V   BSN 187702316
Kenmerk  : NEU/26/7741
Datum    : 24-09-2026
------------------------------------------------------------------------------

Geachte collega,

Op 22-09-2026 zagen wij uw patiënte, mevrouw Bouzid, op de polikliniek neurologie
in verband met tintelingen in de rechterhand.

Anamnese:
Sinds circa een jaar tintelingen dig I-III rechts, vooral 's nachts, wakker van
pijn die uitstraalt tot de elleboog. Soms nekpijn na werkdagen. Geen
krachtsverlies in de arm. Patiënte is nooit geopereerd.

Neurologisch onderzoek:
Geen atrofie thenar. Kracht MRC 5 in alle myotomen. Sensibiliteit: licht
verminderd dig II-III rechts. Tinel positief over carpale tunnel rechts, Phalen
positief na 40 sec. Reflexen symmetrisch. Spurling negatief.

Aanvullend onderzoek:
EMG/zenuwgeleidingsonderzoek rechterarm (22-09-2026): lichte vertraging van de
sensibele geleiding van de n. medianus over de pols rechts; motorisch normaal.
Geen aanwijzingen voor een cervicale radiculopathie of polyneuropathie. Een echo
van de n. medianus is niet verricht. Beeldvorming van de cervicale wervel-
kolom achten wij vooralsnog niet geïndiceerd.

Conclusie:
Licht carpaletunnelsyndroom rechts; differentiaaldiagnostisch (minder
waarschijnlijk) een cervicale component.

Beleid:
Nachtspalk gedurende 6-8 weken. Bij onvoldoende effect kan een injectie of
verwijzing naar de plastisch chirurg voor een carpaletunnelrelease worden
overwogen. Wij hebben haar niet in controle gehouden.

Met vriendelijke groet,
dr. S. Verhagen, neuroloog
Sint Aldegonde Ziekenhuis

------------------------------------------------------------------------------
Einde bericht
"""


# ------------------------------------------------------------------ va-036
@register("va-036", "pdf",
          kinds=[], date="2026-09-02", author="other", language="nl",
          style="physiotherapy progress letter to GP (fysiotherapie)",
          imaging_done="yes", operated="no", treated_abroad="yes",
          notes="Physiotherapy letter does not count as any kind; it reports hospital care in Spain (reduction and "
                "plaster), explicitly 'niet geopereerd', and a control X-ray in NL.")
def va036():
    b = [
        ("lhpair", ["Fysio & Manuele Therapie Kanaalzicht", ""],
         ["Kanaalweg 77", "3071 KA Rotterdam", "T 010-4133772"]),
        ("addr", ["Mw. dr. C. Ekker, huisarts", "Huisartsenpraktijk Kralingen-Oost", "Oudedijk 191",
                  "3061 AP Rotterdam"]),
        ("p", "Rotterdam, 2 september 2026"),
        ("kv", [("Betreft", "dhr. J. van der Meulen, geb. 21-02-1972"),
                ("Verwijsdiagnose", "Status na distale radiusfractuur links")], {"lw": 35, "grid": False}),
        ("p", "Beste collega,"),
        ("p", "De heer Van der Meulen is sinds 4 augustus bij ons onder behandeling. Hij liep op 4 juli in "
              "Málaga (Spanje) een distale radiusfractuur links op, die daar in het ziekenhuis met een gesloten "
              "repositie en gips werd behandeld. Hij is niet geopereerd. Bij de gipscontrole in Rotterdam was de "
              "stand op de röntgenfoto volgens de patiënt 'iets verzakt, maar acceptabel'."),
        ("p", "Bij intake: beperkte dorsaalflexie (35 graden), supinatie 50 graden, knijpkracht links 18 kg "
              "versus rechts 44 kg. Na 9 behandelingen (mobilisatie, krachttraining, functionele oefeningen) is de "
              "mobiliteit verbeterd, maar de supinatie blijft beperkt (60 graden) met pijn ulnair bij draaien."),
        ("p", "Gezien het plateau in het herstel adviseren wij een heroverweging door een handchirurg. De "
              "patiënt gaf aan hiervoor een second opinion te willen aanvragen."),
        ("p", "Met collegiale groet,\n\nR. Oosterhuis, fysiotherapeut / manueel therapeut"),
    ]
    o = {"font": "sans", "size": 10, "footer": ["Kanaalzicht - lid KNGF\tpagina {page}"]}
    return b, o


# ------------------------------------------------------------------ va-037
@register("va-037", "docx",
          kinds=[], author="patient", language="nl",
          style="insurer's form 'aanvraag vergoeding second opinion', filled in, undated",
          imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
          notes="Undated insurance form (date field left blank) -> no date key; mentions 'verwezen door "
                "huisarts' and 'voorgestelde operatie' (a plan); not a referral.")
def va037():
    b = [
        ("title", "Aanvraag vergoeding second opinion"),
        ("p", "Stuur dit formulier samen met een kopie van de verwijzing naar: Stroomland Zorgverzekeringen, "
              "afdeling Zorgadvies, Antwoordnummer 1234, 9700 VB Groningen."),
        ("h", "1. Gegevens verzekerde"),
        ("kv", [("Naam", "Verhoeven-de Graaf, Anouk"), ("Geboortedatum", "17-04-1979"),
                ("Relatienummer", "558102977"), ("Telefoon", "06-41877263")], {"lw": 45}),
        ("h", "2. Gegevens second opinion"),
        ("table", [["Vraag", "Antwoord"],
                   ["Bij welke zorgaanbieder vraagt u de second opinion aan?", "Handkliniek Oostvaart, Almere"],
                   ["Specialisme", "Handchirurgie"],
                   ["Bent u verwezen door een huisarts of medisch specialist?", "[X] ja   [ ] nee"],
                   ["Naam verwijzer", "A.M. de Ruiter, huisarts"],
                   ["Waarom wilt u een second opinion?", "Ik twijfel over de voorgestelde operatie aan mijn pols "
                                                          "(De Quervain) en wil weten of er andere opties zijn."],
                   ["Is de behandeling al gestart?", "[ ] ja   [X] nee"]]),
        ("h", "3. Ondertekening"),
        ("kv", [("Datum", ""), ("Handtekening", "")], {"lw": 45}),
        ("small", "Vergoeding vindt alleen plaats met een geldige verwijzing. Zie de polisvoorwaarden, artikel "
                  "B.12 Second opinion."),
    ]
    o = {"font": "Arial", "size": 10, "logocolor": "00838F",
         "header": [("logo", "Stroomland Zorgverzekeringen", "Formulier SZ-SO-2026")],
         "footer": ["Stroomland Zorgverzekeringen N.V. - pagina {page} van {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-038
@register("va-038", "txt",
          kinds=[], date="2026-10-22", author="other", language="nl",
          style="patient portal e-mail: appointment confirmation for MRI",
          imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
          notes="Appointment for an MRI that has not happened yet (planned imaging); metal implant question is "
                "generic; hospital portal mail, not correspondence.")
def va038():
    return """
Van: MijnWaterlanden <noreply@mijn.waterlanden-zkh.example>
Aan: l.koning.ouders@mailbox.example
Datum: 22-10-2026 14:03
Onderwerp: Bevestiging van uw afspraak

Beste ouder/verzorger van Lisa Koning,

Er is een afspraak voor Lisa Koning (geboren 27-03-2011) gemaakt.

  Afspraak   : MRI pols links
  Datum      : donderdag 12 november 2026
  Tijd       : 08:40 uur (meld u 15 minuten van tevoren)
  Locatie    : Waterlanden Ziekenhuis, Radiologie, route 14
  Aanvrager  : dr. R. Doornbos, orthopedie

Voorbereiding
- Vult u de MRI-vragenlijst in via MijnWaterlanden. Heeft uw kind metaal in het
  lichaam (bijvoorbeeld een beugel, pinnen of platen na een operatie)? Geef dit dan aan.
- Sieraden en piercings graag thuis laten.
- Het onderzoek duurt ongeveer 30 minuten.

De uitslag krijgt u van de arts die het onderzoek heeft aangevraagd.

Kunt u niet komen? Verzet of annuleer de afspraak in MijnWaterlanden of bel
0299-457100.

Met vriendelijke groet,
Waterlanden Ziekenhuis

Dit is een automatisch verzonden bericht. U kunt niet op deze e-mail reageren.
"""


# ------------------------------------------------------------------ va-039
@register("va-039", "pdf",
          kinds=["imaging-report"], date="2026-09-01", author="radiologist", language="nl",
          style="'RADIOLOGISCH ONDERZOEK' report, GP requester, comparison with prior study",
          imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
          notes="Requested by the GP; compares with an earlier study (12-05-2026) - the older date is not the "
                "document date; advice 'MRI bij persisterende klachten' is a plan.")
def va039():
    b = [
        ("logo", "LINDEBORG ZIEKENHUIS", "Radiologie en Nucleaire Geneeskunde"),
        ("lh", ["Lindeborglaan 5, 3813 AA Amersfoort  |  033-4507000"], "L"),
        ("title", "RADIOLOGISCH ONDERZOEK"),
        ("kv", [("Naam", "Koster, D. (Daan)"), ("Geboren", "17-06-2003"), ("Patiëntnummer", "1187233"),
                ("Aanvrager", "M. Kuipers, huisarts, Amersfoort"), ("Onderzoek", "X-pols rechts + scaphoidserie"),
                ("Datum", "01-09-2026")], {"cols": 2, "lw": 28}),
        ("kv", [("Klinische gegevens", "Val op hand mei 2026, toen verdenking fissuur scaphoid. Nog steeds pijn "
                                       "tabatière. Consolidatie?")], {"lw": 38}),
        ("h", "Verslag"),
        ("p", "Vergeleken met het onderzoek van 12-05-2026. De toen gesuggereerde fissuurlijn in de taille van het "
              "os scaphoideum is niet meer zichtbaar. Geen sclerose, geen resorptiezone, geen cysteuze "
              "veranderingen. Normale carpale uitlijning; SL-afstand 2 mm. Distale radius en ulna intact."),
        ("h", "Conclusie"),
        ("p", "Geen fractuur (meer) zichtbaar van het os scaphoideum. Bij persisterende klinische verdenking kan "
              "een MRI worden overwogen."),
        ("p", "drs. H. Wiersma, radioloog\nGeautoriseerd: 01-09-2026 15:10"),
    ]
    o = {"font": "serif", "size": 10.5, "logocolor": "#33691e",
         "footer": ["Lindeborg Ziekenhuis - Koster, D. 17-06-2003\tpagina {page} van {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-040
@register("va-040", "docx",
          kinds=["referral", "history"], date="2026-09-23", author="gp", language="nl",
          style="GP verwijsbrief Word template with field table, Voorgeschiedenis and Recente behandelingen",
          referral_question=True, imaging_done="yes", operated="yes", treated_abroad="unmentioned",
          notes="Referral with its own history sections (voorgeschiedenis + recent treatments) -> also history; "
                "re-operation is the question (plan), earlier CTR is the operation; enclosures listed.")
def va040():
    b = [
        ("title", "VERWIJSBRIEF"),
        ("table", [["Aan", "Handkliniek Oostvaart - Second Opinion, Almere"],
                   ["Van", "J. van Loon, huisarts, Gezondheidscentrum Meerzicht, Lelystad (AGB 01-077215)"],
                   ["Datum", "23-09-2026"],
                   ["Patiënt", "dhr. R. Kampstra"],
                   ["Geboortedatum", "03-11-1968"],
                   ["BSN / verzekering", "205573182 / Delta Zorg 33017752"]], {"header": False}),
        ("h", "Vraagstelling"),
        ("p", "Graag second opinion. Is er bij dhr. Kampstra sprake van een recidief carpaletunnelsyndroom of van "
              "een incomplete release, en is een re-operatie zinvol? De behandelend plastisch chirurg biedt een "
              "re-exploratie aan; patiënt wil eerst een onafhankelijk oordeel."),
        ("h", "Anamnese"),
        ("p", "Na de carpaletunnelrelease rechts in februari 2025 waren de klachten enkele maanden duidelijk "
              "minder. Sinds januari 2026 opnieuw tintelingen dig 2-3 rechts, nachtelijk, nu met krachtverlies "
              "en beginnende thenaratrofie. Werkt als monteur, is deels arbeidsongeschikt."),
        ("h", "Voorgeschiedenis"),
        ("p", "- 1989 appendectomie\n- 2011 fractuur radius links, conservatief\n- 2012 hypertensie\n"
              "- 2014 diabetes mellitus type 2\n- 2024 carpaletunnelsyndroom rechts"),
        ("h", "Recente behandelingen"),
        ("table", [["Datum", "Behandeling"],
                   ["14-02-2025", "Open carpaletunnelrelease rechts (dr. L. Ramdin, Noorderpoort Ziekenhuis)"],
                   ["01-2026 - 02-2026", "Nachtspalk (huisarts), geen effect"],
                   ["03-06-2026", "Echo n. medianus rechts (Noorderpoort): CSA 13 mm2, geen ruimte-innemend proces"],
                   ["25-08-2026", "EMG: ernstig CTS rechts, vergelijkbaar met pre-operatief"]]),
        ("h", "Medicatie"),
        ("p", "metformine 500 mg 2dd1, gliclazide 30 mg 1dd1, perindopril 4 mg 1dd1, atorvastatine 20 mg 1dd1"),
        ("kv", [("Allergieën", "geen bekend"), ("Bijlagen", "OK-verslag 14-02-2025; brieven plastische chirurgie; "
                                                            "EMG-verslag; echoverslag")], {"lw": 30}),
        ("p", "Met vriendelijke groet,\n\nJ. van Loon, huisarts"),
    ]
    o = {"font": "Calibri", "size": 10.5, "logocolor": "2E7D32",
         "header": [("logo", "Gezondheidscentrum Meerzicht", "Meerzichtlaan 3 - 8232 AB Lelystad - 0320-228811")],
         "footer": ["Verwijsbrief Kampstra, R. 03-11-1968 - pagina {page} van {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-041
@register("va-041", "txt",
          kinds=["history"], date="2026-09-26", author="gp", language="nl",
          style="ZorgDomein attachment 'Professionele samenvatting' (HIS export) with episodes and contacts",
          imaging_done="yes", operated="yes", treated_abroad="yes",
          notes="HIS summary stating admission and ORIF in Alanya (Turkey) and X-ray at a Dutch hospital; "
                "MRSA screening line is a mention of a lab result; the G-code-like contact lines are journal, not "
                "documents.")
def va041():
    return """
ZorgDomein - Bijlage bij verwijzing ZD-5104-3361-2287
Professionele Samenvatting (HIS-export)                      Gegenereerd: 26-09-2026 08:44
Bron: Huisartsenpraktijk Oude Haven, A. de Ruiter, huisarts, IJmuiden
=============================================================================================
Patiënt: Aydın, M. (Mehmet) | geb. 09-02-1975 | man | BSN 176440321
=============================================================================================

EPISODES
---------------------------------------------------------------------------------------------
Datum       ICPC   Titel                                                     Status
11-07-2026  L72    Fractuur distale radius links - ORIF in Alanya (Turkije)  Actief
03-03-2021  D84    Refluxoesofagitis                                         Actief
1995        R96    Astma                                                     Actief
14-05-2018  L03    Lage rugpijn zonder uitstraling                           Passief

CONTACTEN (laatste 4 maanden, episode L72)
---------------------------------------------------------------------------------------------
20-07-2026  Consult  S: terug uit Turkije. op 11-07 in Alanya gevallen met scooter, daar
                        opgenomen (11-07 t/m 13-07) in Özel Akdeniz Liman Hastanesi, ORIF pols
                        li met plaat. ontslagbrief in Turks + Engels mee. wond rustig, gipsspalk.
                     E: L72 status na ORIF distale radius li (buitenland)
                     P: verwijzing gipspoli Waterlanden Zkh; hechtingen daar verwijderen.
05-08-2026  Brief    Waterlanden Zkh gipspoli: X-pols li (04-08-2026): goede stand, consoliderend.
                        gips af, start fysiotherapie.
09-09-2026  Consult  S: kan pols slecht draaien, pink tintelt. werkt als buschauffeur, ziek gemeld.
                     O: supinatie 30 gr, pronatie 70 gr. Tinel over Guyon neg, over elleboog +.
                     E: L72 beperkte rotatie na ORIF; ulnaris-irritatie?
                     P: wil second opinion handchirurgie. MRSA-screening aangevraagd (opname buitenland).
25-09-2026  Lab      MRSA-screening (Kennemerzoom): niet aangetoond.
26-09-2026  Verw.    ZorgDomein: Second opinion handchirurgie, Handkliniek Oostvaart.

MEDICATIE
---------------------------------------------------------------------------------------------
omeprazol 20 mg 1dd1 | salbutamol 100 mcg zn | naproxen 500 mg 2dd1 zn (sinds 08-2026)

ALLERGIEËN
---------------------------------------------------------------------------------------------
geen bekend

=============================================================================================
Einde samenvatting
"""


# ------------------------------------------------------------------ va-042
@register("va-042", "pdf",
          kinds=["correspondence"], date="2026-10-01", author="specialist", language="nl",
          style="multi-page polikliniekbrief plastische chirurgie with repeated header/footer, print date",
          imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
          notes="Two-page letter with header and footer on every page; 2021 fasciectomy = operated yes; all current "
                "options (needle, re-fasciectomy, dermofasciectomy) are plans; the patient's wish for a second "
                "opinion does not make it a referral; brother's operation is family history.")
def va042():
    b = [
        ("addr", ["Aan de huisarts", "mw. dr. C. Ekker", "Huisartsenpraktijk Kralingen-Oost", "Oudedijk 191",
                  "3061 AP Rotterdam"]),
        ("kv", [("Datum", "1 oktober 2026"), ("Kenmerk", "PCH/EH/3319502"),
                ("Betreft", "Dhr. H. Zijlstra, geboren 07-03-1949"), ("Bezoekdatum", "29 september 2026")],
         {"lw": 30, "grid": False}),
        ("p", "Geachte collega,"),
        ("p", "Wij zagen de heer Zijlstra opnieuw op het spreekuur van de plastische chirurgie in verband met een "
              "recidief van de ziekte van Dupuytren aan de linkerhand."),
        ("h", "Voorgeschiedenis"),
        ("p", "- 2021: partiële fasciectomie dig IV en V links (MC Havenstad, dr. E. Hendriks)\n"
              "- Diabetes mellitus type 2, met insuline\n- 2016 CABG\n- Familie: broer en vader bekend met "
              "M. Dupuytren, broer tweemaal geopereerd"),
        ("h", "Anamnese"),
        ("p", "Na de operatie in 2021 kon patiënt de vingers vrijwel volledig strekken. Sinds ongeveer een jaar "
              "trekt de pink weer krom en is er een nieuwe streng in de handpalm richting de ringvinger. Hij "
              "blijft haken bij het aankleden en kan niet meer goed golfen. Geen pijn. Hij is rechtshandig."),
        ("h", "Lichamelijk onderzoek"),
        ("p", "Linkerhand: fraai genezen Bruner-litteken over dig V. Palpabele streng in de handpalm over "
              "straal IV en V met nodus. Extensiedeficit: MCP IV 20 graden, PIP IV 10 graden, MCP V 30 graden, "
              "PIP V 55 graden. Tafeltest positief. Sensibiliteit van de vingertoppen intact, goede "
              "capillaire refill. Rechterhand: knobbels in de handpalm zonder contractuur."),
        ("h", "Conclusie"),
        ("p", "Recidief M. Dupuytren links straal IV en V, na partiële fasciectomie in 2021 (Tubiana-stadium "
              "II-III voor dig V)."),
        ("h", "Beleid"),
        ("p", "Wij hebben de opties met patiënt besproken:\n"
              "1. percutane naaldfasciotomie: weinig belastend, maar bij een recidief en een PIP-contractuur van "
              "55 graden met een grote kans op snel recidief;\n"
              "2. herhaalde partiële fasciectomie, met een verhoogd risico op zenuw- en vaatletsel in "
              "littekenweefsel;\n"
              "3. dermofasciectomie met volledikte-huidtransplantaat, met een lager recidiefrisico maar een "
              "langere revalidatie.\n"
              "Wij adviseren optie 3. Patiënt twijfelt gezien zijn leeftijd, het insulinegebruik en de ervaringen "
              "van zijn broer, en wil graag een second opinion in een gespecialiseerde handkliniek voordat hij "
              "beslist. Wij hebben hem gevraagd dit via u te laten lopen. Een nieuwe afspraak maken wij nadat hij "
              "de second opinion heeft gehad."),
        ("p", "Met vriendelijke groet,"),
        ("sp", 8),
        ("p", "dr. E. Hendriks, plastisch chirurg\nMC Havenstad"),
        ("small", "cc: dhr. H. Zijlstra, Kralingse Plaslaan 40, 3061 BB Rotterdam"),
    ]
    o = {"font": "sans", "size": 10.5, "logocolor": "#4a148c",
         "header": ["MC HAVENSTAD - Plastische, Reconstructieve en Handchirurgie - Havenstadplein 1, 3011 ZZ Rotterdam",
                    "Zijlstra, H. - 07-03-1949 - kenmerk PCH/EH/3319502"],
         "margins": (22, 30, 22, 22),
         "footer": ["Afgedrukt op 02-10-2026 08:12 door secretariaat PCH\tPagina {page} van {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-043
@register("va-043", "pdf",
          kinds=["mrsa-screening"], date="2026-10-13", also_dates=["2026-10-10"], author="lab", language="en",
          style="UK pathology partnership microbiology report (MRSA screen), requested by GP surgery",
          imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
          notes="English MRSA screen from a UK lab requested by the patient's UK GP surgery; no hospital stay is "
                "mentioned (pre-referral screen), so treated_abroad is unmentioned even though the lab is abroad; "
                "'hand surgery opinion' is a plan.")
def va043():
    b = [
        ("lhpair", ["Thames Vale Pathology Partnership", "Department of Microbiology"],
         ["Kingsmead General Hospital", "London Road, Newbury RG14 9ZZ", "Lab enquiries 01635 555 600"]),
        ("title", "MICROBIOLOGY REPORT"),
        ("table", [["Patient name", "HOFMAN, Daniel", "Lab no.", "M,26.1548832.K"],
                   ["DOB", "02/12/1985", "NHS No.", "999 218 4406"],
                   ["Requested by", "Dr S. Whitcombe", "Location", "Riverside Surgery (GP)"],
                   ["Collected", "10/10/2026 09:20", "Received", "11/10/2026 07:05"],
                   ["Reported", "13/10/2026 12:48", "Status", "FINAL"]],
         {"header": False, "widths": [30, 55, 25, 60]}),
        ("kv", [("Clinical details", "Pre-referral screen. Relocating to the Netherlands, for hand surgery "
                                     "opinion there.")], {"lw": 35}),
        ("table", [["Specimen", "Investigation", "Result"],
                   ["Nasal swab", "MRSA screen (chromogenic culture)", "MRSA NOT isolated"],
                   ["Groin swab", "MRSA screen (chromogenic culture)", "MRSA NOT isolated"]],
         {"widths": [35, 70, 65]}),
        ("h", "Comment"),
        ("p", "No MRSA isolated from the samples received."),
        ("p", "Authorised by: Dr P. Lindqvist, Consultant Microbiologist, 13/10/2026"),
    ]
    o = {"font": "sans", "size": 9.5, "logocolor": "#005eb8",
         "footer": ["HOFMAN, Daniel  DOB 02/12/1985\tPrinted 13/10/2026  Page {page} of {pages}"]}
    return b, o
