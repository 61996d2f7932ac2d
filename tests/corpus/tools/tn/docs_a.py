"""Documents tn-001 .. tn-016 (one hand-written function each)."""
from lib import L


def tn_001():
    # Zorgdomein printout, label/value grid in two columns, referral + own history section
    blocks = [
        ("lh", dict(name="ZorgDomein", sub="Verwijzing - Second opinion handchirurgie", logo="ZD",
                    lines=["Afdrukdatum: 14-09-2026 10:42", "Referentie ZD: 7731-0045-9921"])),
        ("kv2", [("Patiënt", "mw. E.M. (Evelien) Oosterkamp-Vis"), ("Geboortedatum", "03-02-1979"),
                 ("BSN", "1234.56.782"), ("Adres", "Boterdiep 118, 9712 LP Groningen"),
                 ("Verzekering", "Noordlander Zorg, polis 55108832")],
                [("Verwijzer", "R.J. Bakkenes, huisarts"), ("Praktijk", "Gezondheidscentrum Oosterpoort"),
                 ("AGB-code", "01-048812"), ("Ontvanger", "HandKliniek Noord, locatie Zuidhorn"),
                 ("Specialisme", "Handchirurgie - second opinion")]),
        ("h2", "Reden van verwijzing"),
        ("p", "Aanhoudende pijn ulnaire zijde pols rechts sinds val op de fiets (maart 2026). Patiënte werkt als "
              "tandartsassistente en kan haar werk maar beperkt doen."),
        ("h2", "Vraagstelling"),
        ("p", "Patiënte vraagt zelf om een second opinion. In het UMCG werd een TFCC-laesie vastgesteld en een "
              "artroscopie voorgesteld; zij twijfelt. Graag uw oordeel over diagnose en de voorgestelde behandeling."),
        ("h2", "Relevante voorgeschiedenis"),
        ("kv", [("2011", "Sectio caesarea"), ("2019", "Tendinitis De Quervain links, 1x injectie, hersteld"),
                ("03-2026", "Val op uitgestrekte hand rechts; X-pols rechts (Martini Ziekenhuis): geen fractuur")], 22 * 2.83),
        ("h2", "Recente behandelingen"),
        ("p", "05-2026 t/m 07-2026 handtherapie (12 sessies), polsbrace. 18-06-2026 MRI pols rechts UMCG: "
              "centrale TFCC-scheur. Tot op heden niet geopereerd aan de pols."),
        ("kv2", [("Medicatie", "naproxen 250 mg z.n."), ("Allergieën", "pleister (jeuk)")],
                [("Episodelijst", "L12 Pols/handsymptomen\nW81 Sectio"), ("Bijlagen", "geen")]),
        ("small", "Deze verwijzing is digitaal aangemaakt via ZorgDomein en is zonder handtekening geldig."),
    ]
    label = L(["referral", "history"], "2026-09-14", "gp", "nl", "zorgdomein two-column printout",
              "yes", "no", "unmentioned",
              "Two-column label/value grid; question only under 'Vraagstelling'; history + recent treatments "
              "section makes it also a history document; 'artroscopie voorgesteld' is a plan, 'niet geopereerd' "
              "is a negation; sectio caesarea is another body part; birth date 03-02-1979 near print date.",
              rq=True)
    return dict(fmt="pdf", blocks=blocks, opts=dict(pagefmt="Pagina {x} van {y}",
                footer="ZorgDomein - vertrouwelijk"), label=label)


def tn_002():
    blocks = [
        ("lh", dict(name="Huisartsenpraktijk De Linde", sub="J. van Leeuwaarden & S. Çelik, huisartsen", logo="DL",
                    lines=["Lindenlaan 4", "2015 AB Haarlem", "tel. 023-5310044", "AGB 01-051233"])),
        ("p", "Aan: HandKliniek Noord\nt.a.v. de afdeling second opinion\nPostbus 2210\n9800 AE Zuidhorn"),
        ("p", "Haarlem, 2 juli 2026"),
        ("p", "Betreft: dhr. A.F. (Arjen) Zwanenburg, geb. 11-08-1964\nBSN 223344556"),
        ("p", "Geachte collega,"),
        ("p", "Hierbij verwijs ik bovengenoemde patiënt naar u voor een second opinion. Meneer onderging op "
              "12 januari 2026 in het Spaarne Gasthuis een carpaletunnelrelease rechts. Sindsdien heeft hij meer "
              "tintelingen dan ervoor, vooral 's nachts, en een pijnlijk litteken. De behandelend chirurg ziet "
              "geen reden tot een nieuwe ingreep. Patiënt wil graag weten of er sprake kan zijn van een "
              "onvolledige klieving en of een EMG of echo nog zin heeft."),
        ("p", "Vraagstelling: recidief / persisterend CTS na release? Is heroperatie zinvol?"),
        ("p", "Voorgeschiedenis: DM type 2 (2015), hypertensie. Medicatie: metformine 2dd 500 mg, "
              "amlodipine 5 mg."),
        ("p", "Het operatieverslag en de poliklinische brieven van het Spaarne Gasthuis zijn als bijlage "
              "meegestuurd; beeldvorming is voor zover ik weet niet verricht."),
        ("p", "Met vriendelijke groet,\n\n\nJ. van Leeuwaarden, huisarts"),
        ("p", "Bijlagen: 2\ncc: patiënt"),
    ]
    label = L(["referral"], "2026-07-02", "gp", "nl", "free GP letter (Word)", "no", "yes", "no",
              "Enclosure mention 'operatieverslag ... als bijlage' does not make it an operation report; "
              "'beeldvorming is niet verricht' hedged negation; EMG/echo only asked; addressee 't.a.v. second "
              "opinion' is the clinic, not the referral itself; care in Spaarne Gasthuis (NL).", rq=True)
    return dict(fmt="docx", blocks=blocks, opts=dict(pagefmt="Pagina {x} van {y}"), label=label)


def tn_003():
    text = """HUISARTSENPRAKTIJK 'T VELD - MEDICOM
Professionele samenvatting                                Datum uitdraai: 22-10-2026
=====================================================================================
Patiënt : Kramer, Hendrika Geertruida (Riek)     Geb.datum: 17-05-1958   V
Adres   : Dorpsstraat 12, 7161 AC Neede
Huisarts: H.W. ter Braak                          Verzekeraar: Menzis
-------------------------------------------------------------------------------------
EPISODELIJST (actief)
  L90   Artrose knie bdz                            sinds 2014
  L92   Schouderklachten li                         sinds 2021
  L87   Ganglion pols re                            sinds 03-2026
  K86   Hypertensie                                  sinds 2009
EPISODELIJST (inactief)
  D88   Appendicitis (appendectomie 1971)
  A97   Geen ziekte
-------------------------------------------------------------------------------------
MEDICATIE
  perindopril 4mg 1dd1 ; paracetamol 500mg zn max 6dd2 ; diclofenac gel zn
INTOLERANTIES
  geen bekend
-------------------------------------------------------------------------------------
JOURNAAL (laatste 12 maanden)
14-11-2025  S: controle RR, geen klachten  O: RR 138/84  E: K86  P: idem
03-03-2026  S: sinds 2 mnd zwelling dorsaal pols re, soms pijn bij steunen.
            O: soepele zwelling 1,5 cm dorsoradiaal, transilluminatie +
            E: L87 ganglion pols re   P: uitleg, afwachten, terug z.n.
28-04-2026  S: zwelling groter, hindert bij fietsen. Vraagt naar weghalen.
            P: Verwijzing orthopedie (Ziekenhuis Gelderse Vallei? -> wil liever SKB Winterswijk)
19-05-2026  Brief specialist ontvangen: orthopedie SKB, echo pols re: ganglion uitgaande van
            SL-gewricht, 18x11 mm. Beleid: aspiratie verricht, geen operatie.
02-08-2026  S: terug van vakantie Spanje (Malaga), daar niet bij dokter geweest. Zwelling terug.
            O: zwelling 2 cm.  E: L87 recidief  P: overleg; pat wil second opinion elders
22-10-2026  P: Samenvatting aangemaakt t.b.v. verwijzing handchirurgie (second opinion)
-------------------------------------------------------------------------------------
Einde uitdraai - pagina 1/1 - gebruiker: HWB
"""
    label = L(["history"], "2026-10-22", "gp", "nl", "HIS professionele samenvatting (Medicom-like), fixed-width",
              "yes", "no", "no",
              "Windows-1252 with CRLF; 'Verwijzing orthopedie' and 'Brief specialist ontvangen' are journal lines, "
              "not documents; appendectomie 1971 is another body part; 'geen operatie' negation; holiday in Spain "
              "explicitly without doctor -> treated_abroad no; birth date right below print date.")
    return dict(fmt="txt", text=text, encoding="cp1252", crlf=True, label=label)


def tn_004():
    blocks = [
        ("lh", dict(name="Rode Kruis Ziekenhuis Beverwijk", sub="Plastische, Reconstructieve en Handchirurgie",
                    logo="RKZ", lines=["Vondellaan 13", "1942 LE Beverwijk", "Polikliniek 0251-265555"])),
        ("cols", "Weledelgeleerde heer\nS. Boukhari, huisarts\nBreestraat 101\n1941 EH Beverwijk",
                 "Ons kenmerk: PCH/ 4418702\nDatum: 9 september 2026\nBehandelaar: mw. drs. L. Timmer, PA\n"
                 "Supervisor: dr. W.F. Roosendaal"),
        ("p", "Betreft: mw. N. Doornbos, geboren 29-12-1990, Zeestraat 8, Velsen-Noord"),
        ("p", "Geachte collega,"),
        ("p", "Op 7 september 2026 zagen wij uw patiënte op de polikliniek in verband met een knappend gevoel en "
              "pijn aan de duim links."),
        ("h2", "Anamnese"),
        ("p", "Sinds de geboorte van haar zoon (april) klachten bij het tillen. Nachtelijk op slot schieten van de "
              "duim, zelf te strekken. Geen trauma. Eerder aan de rechterhand een triggerduim gehad bij haar "
              "moeder? - nee: het betrof haar moeder, die in 2020 aan beide duimen werd geopereerd."),
        ("h2", "Lichamelijk onderzoek"),
        ("p", "Palpabele nodus ter hoogte van A1-pulley digitus I links, triggering reproduceerbaar. "
              "Sensibiliteit intact."),
        ("h2", "Aanvullend onderzoek"),
        ("p", "Echografie (07-09-2026, radiologie RKZ): verdikte A1-pulley met tendinose van de FPL."),
        ("h2", "Conclusie"),
        ("p", "Triggerduim links (Quinnell graad 3)."),
        ("h2", "Beleid"),
        ("p", "Wij hebben een corticosteroïdinjectie en een A1-klieving als opties besproken. Patiënte kiest eerst "
              "voor een injectie; indien onvoldoende effect kan zij op de wachtlijst voor een operatieve "
              "release. Controle over 8 weken."),
        ("p", "Met collegiale groet,\n\nmw. drs. L. Timmer, physician assistant\nnamens dr. W.F. Roosendaal, plastisch chirurg"),
        ("small", "cc: patiënte | Gedicteerd 07-09-2026, getypt 09-09-2026 (LT/mk)"),
    ]
    label = L(["correspondence"], "2026-09-09", "specialist", "nl", "HiX-like outpatient letter, reference block right column",
              "yes", "unmentioned", "unmentioned",
              "Operation only offered (A1-klieving as option, wachtlijst); mother operated (family); clinic "
              "visit 7 Sept vs letter date 9 Sept; echo result quoted in a specialist letter is not an imaging report; "
              "signed by physician assistant.")
    return dict(fmt="pdf", blocks=blocks, opts=dict(pagefmt="Pagina {x} van {y}",
                footer="Rode Kruis Ziekenhuis - www.rkz.nl"), label=label)


def tn_005():
    blocks = [
        ("lh", dict(name="Royal Devon University Healthcare NHS Foundation Trust",
                    sub="Hand Surgery Service - Princess Elizabeth Orthopaedic Centre", logo="NHS",
                    lines=["Barrack Road", "Exeter EX2 5DW", "Tel 01392 411611"])),
        ("kv", [("Date dictated", "21/05/2026"), ("Date typed", "27/05/2026"), ("Clinic", "Mr Ashcombe, Hand clinic 3"),
                ("NHS No", "943 476 5919"), ("Hospital No", "K0932217")]),
        ("p", "Dr H. Pennywick\nSidwell Street Surgery\n31 Sidwell Street\nExeter EX4 6NN"),
        ("p", "Dear Dr Pennywick"),
        ("p", "Re: Mr Thomas DE WIT, DOB 04/10/1986\nFlat 2, 17 Longbrook Street, Exeter"),
        ("p", "Diagnosis: Scaphoid waist fracture, left (non-dominant), 6 weeks post injury.\n"
              "Outcome: united on CT today."),
        ("p", "I reviewed this 39-year-old Dutch PhD student in the fracture clinic. He sustained a fall while "
              "bouldering on 8 April. Radiographs at the time showed an undisplaced waist fracture and he was "
              "treated in a below-elbow cast. A CT scan performed today shows bridging trabeculae across more than "
              "half of the fracture. He has been managed conservatively throughout and no surgery was required."),
        ("p", "Plan: Cast removed today. Wrist splint for two weeks, referral to hand therapy. He is moving back "
              "to the Netherlands in July and I have given him a copy of this letter and a CD of his images for "
              "his Dutch GP. Discharged from our care."),
        ("p", "Yours sincerely\n\n\nMr J. Ashcombe FRCS (Tr&Orth)\nConsultant Hand and Upper Limb Surgeon"),
        ("small", "cc: Mr T. de Wit (patient)   Enc: CD images"),
    ]
    label = L(["correspondence"], "2026-05-27", "specialist", "en", "NHS trust clinic letter (UK)",
              "yes", "no", "yes", "Written by a UK hospital that treated the patient -> treated_abroad yes; dictated vs "
              "typed dates (typed is the letter date, dictated kept in also_dates); 'no surgery was required'; "
              "Dutch surname 'DE WIT'; DD/MM dates.", also=["2026-05-21"])
    return dict(fmt="pdf", blocks=blocks, opts=dict(footer="Royal Devon University Healthcare NHS Foundation Trust - CONFIDENTIAL",
                pagefmt="Page {x} of {y}"), label=label)


def tn_006():
    blocks = [
        ("lh", dict(name="Klinikum Garmisch-Partenkirchen", sub="Abteilung für Unfallchirurgie, Orthopädie und Handchirurgie",
                    logo="KGAP", lines=["Auenstraße 6", "82467 Garmisch-Partenkirchen", "Tel. +49 8821 77-0"])),
        ("h", "OPERATIONSBERICHT"),
        ("kv2", [("Patient", "Hoogeveen, Marijke"), ("geb.", "22.06.1971"), ("Fall-Nr.", "26013377"),
                 ("Station", "U3")],
                [("OP-Datum", "03.02.2026"), ("Saal", "OP 2"), ("Schnitt", "10:14"), ("Naht", "11:02")]),
        ("kv", [("Operateur", "OA Dr. med. F. Brandhuber"), ("Assistenz", "A. Kerschbaumer (AA)"),
                ("Anästhesie", "Plexusanästhesie axillär, Dr. Lenz"),
                ("Diagnose", "Distale Radiusfraktur rechts, AO 23-C2, nach Skisturz am 01.02.2026"),
                ("Eingriff", "Offene Reposition und palmare winkelstabile Plattenosteosynthese (2.4 mm)")]),
        ("h2", "Bericht"),
        ("p", "Rückenlage, Arm auf Armtisch, Blutsperre 250 mmHg. Erweiterter FCR-Zugang. Darstellung des "
              "Pronator quadratus, der L-förmig abgelöst wird. Frakturdarstellung, Reposition unter Sicht und "
              "Bildwandlerkontrolle, temporäre K-Draht-Fixation. Anlage einer palmaren Platte, Besetzung der "
              "distalen Reihe mit winkelstabilen Schrauben. Abschließende Bildwandlerkontrolle in zwei Ebenen: "
              "gelenkflächennahe, achsgerechte Stellung, kein intraartikulärer Schraubenüberstand. Refixation "
              "Pronator quadratus, schichtweiser Wundverschluss, steriler Verband, dorsale Unterarmschiene."),
        ("h2", "Procedere"),
        ("p", "Hochlagerung, Röntgenkontrolle postoperativ. Fadenzug am 14. Tag beim Hausarzt in den Niederlanden. "
              "Physiotherapie. Metallentfernung nicht zwingend."),
        ("p", "Dr. med. F. Brandhuber, Oberarzt\n(elektronisch freigegeben 03.02.2026 11:40)"),
    ]
    label = L(["operation-report"], "2026-02-03", "specialist", "de", "German Operationsbericht form, two-column header grid",
              "yes", "yes", "yes",
              "German hospital operated on a Dutch tourist (ski accident): treated abroad yes (MRSA relevant); "
              "intra-operative Bildwandler (fluoroscopy) counts as imaging; accident date 01.02 vs OP date 03.02; "
              "no salutation; 'Röntgenkontrolle postoperativ' is planned.")
    return dict(fmt="docx", blocks=blocks, opts=dict(footer="Klinikum Garmisch-Partenkirchen GmbH - Operationsbericht",
                pagefmt="Seite {x} von {y}", docx_font="Arial"), label=label)


def tn_007():
    blocks = [
        ("lh", dict(name="Tergooi MC", sub="Afdeling Radiologie en Nucleaire Geneeskunde", logo="TG",
                    lines=["Van Riebeeckweg 212", "1213 XZ Hilversum", "Secretariaat 088-7531753"])),
        ("sticker", ["Lindeboom, P.J.", "M  26-07-1969", "Pat.nr 6120883", "Hoofdweg 4, Kortenhoef"]),
        ("kv", [("Aanvrager", "drs. C.E. Jonkman, orthopedisch chirurg, Orthopedie"),
                ("Huisarts", "M. Velthuis, Kortenhoef"),
                ("Onderzoek", "MRI pols links zonder contrast"),
                ("Datum onderzoek", "11-08-2026"), ("Accessienr", "TG2608110042")]),
        ("h2", "Klinische gegevens / vraagstelling"),
        ("p", "St.n. ORIF distale radius li 2019 (plaat in 2020 verwijderd). Sinds maanden pijn radiaal. "
              "Vraagstelling: SL-ligamentletsel? Artrose?"),
        ("h2", "Verslag"),
        ("p", "Geen vergelijkend onderzoek beschikbaar. Artefacten van resterende schroefkanalen in de distale "
              "radius. Verwijding van de scafolunaire spleet tot 3,5 mm met abnormaal signaal in het dorsale deel "
              "van het SL-ligament. DISI-stand van het lunatum. Beginnende artrose radioscafoïdaal (SLAC stadium I). "
              "TFCC intact. Geen avasculaire necrose."),
        ("h2", "Conclusie"),
        ("p", "1. Scafolunaire dissociatie met DISI-configuratie.\n2. SLAC-pols stadium I.\n"
              "3. Status na osteosynthese en materiaalverwijdering distale radius."),
        ("p", "Verslag geautoriseerd door dr. M.A. Huisintveld, radioloog, 12-08-2026 09:17"),
    ]
    label = L(["imaging-report"], "2026-08-12", "radiologist", "nl", "radiology report with patient sticker and Aanvrager field",
              "yes", "yes", "unmentioned",
              "Aanvrager is an orthopaedic surgeon (not the author); 'Vraagstelling' here is the requester's "
              "question, not a referral; past ORIF + plate removal of the same wrist -> operated yes; exam date "
              "vs authorisation date.", also=["2026-08-11"])
    return dict(fmt="pdf", blocks=blocks, opts=dict(pagefmt="{x}/{y}"), label=label)


def tn_008():
    text = """LABORATORIUM MEDISCHE MICROBIOLOGIE - Certe / Eurofins Noord  (LIS-export)
Van Swietenlaan 2, 9728 NZ Groningen   tel 050-5228999
--------------------------------------------------------------------
UITSLAG BACTERIOLOGIE                      Afdruk: 07-10-2026 08:03
--------------------------------------------------------------------
Patient      : YILDIZ, S.                 Geb: 09-01-1983  M
Patientnr    : 30588412                   BSN: 201188335
Aanvrager    : Huisartsenpraktijk Vinkhuizen, dr. P. Klooster (01-047700)
Kopie aan    : HandKliniek Noord, intake
Labnr        : 26-MB-118420
Afnamedatum  : 02-10-2026                 Ontvangst: 02-10-2026 16:40
Klinische gegevens: opname ziekenhuis buitenland (Izmir, Turkije) aug. 2026,
                    pre-operatieve screening t.b.v. second opinion hand

BEPALING: MRSA-screening (kweek + PCR)
Materiaal              Methode     Uitslag
---------------------  ----------  --------------------------------
Neus                   PCR mecA    negatief
Keel                   kweek       MRSA niet aangetoond
Perineum               kweek       MRSA niet aangetoond

CONCLUSIE: Geen MRSA aangetoond.
Eindverslag - gevalideerd 06-10-2026 door ing. B. Postma, analist;
medisch microbioloog: dr. A.C. Zijlstra
--------------------------------------------------------------------
"""
    label = L(["mrsa-screening"], "2026-10-06", "lab", "nl", "LIS plain-text export, table of materials",
              "unmentioned", "unmentioned", "yes",
              "Sample date 02-10, validation 06-10 (letter date), print 07-10; abroad admission only as a city "
              "(Izmir, Turkije) in clinical data; 'pre-operatieve screening' is not an operation.",
              also=["2026-10-02"])
    return dict(fmt="txt", text=text, label=label)


def tn_009():
    cover = [
        ("lh", dict(name="Huisartsenpraktijk Het Baken", sub="A. Groenhuis, huisarts", logo="HB",
                    lines=["Havenkade 9", "8861 AB Harlingen", "0517-412020"])),
        ("p", "HandKliniek Noord\nPostbus 2210\n9800 AE Zuidhorn"),
        ("p", "Harlingen, 30 september 2026"),
        ("p", "Betreft: dhr. W. (Wiebe) Hoekstra, geb. 14-03-1955"),
        ("p", "Beste collega,"),
        ("p", "Dhr. Hoekstra is visser en heeft sinds twee jaar een progressieve buigcontractuur van digiti IV en V "
              "rechts bij M. Dupuytren. In het MCL is hem een percutane naaldfasciotomie aangeboden; hij hoorde "
              "van een zwager dat een open fasciëctomie beter zou zijn. Vraag: welke behandeling adviseert u bij "
              "een contractuur MCP V van 45 graden? Hij is nooit eerder aan de hand geopereerd."),
        ("p", "In de bijlagen de röntgenfoto-uitslag en de brief van de plastisch chirurg."),
        ("p", "Met vriendelijke groet,\nA. Groenhuis"),
    ]
    xray = [
        ("lh", dict(name="Medisch Centrum Leeuwarden", sub="Medische Beeldvorming", logo="MCL",
                    lines=["Henri Dunantweg 2", "8934 AD Leeuwarden"])),
        ("h", "Uitslag"),
        ("kv", [("Patiënt", "Hoekstra, W.  14-03-1955"), ("Onderzoek", "X-hand rechts 2 richtingen"),
                ("Datum", "04-06-2026"), ("Aanvrager", "dr. S. Faber, plastische chirurgie")]),
        ("p", "Geen fractuur. Lichte artrose DIP-gewrichten. Flexiestand MCP V en PIP IV, weke delen zonder "
              "calcificaties. Geen erosies."),
        ("p", "Conclusie: flexiecontracturen passend bij klinisch M. Dupuytren; geringe DIP-artrose.\n"
              "drs. K. Wiersma, radioloog"),
    ]
    letter = [
        ("lh", dict(name="Medisch Centrum Leeuwarden", sub="Plastische Chirurgie", logo="MCL",
                    lines=["Henri Dunantweg 2", "8934 AD Leeuwarden", "058-2866666"])),
        ("cols", "Aan: A. Groenhuis, huisarts\nHavenkade 9, Harlingen", "Datum: 18 juni 2026\nKenmerk: PLC-20871"),
        ("p", "Betreft: dhr. W. Hoekstra, 14-03-1955"),
        ("p", "Geachte collega, Conclusie: M. Dupuytren rechts, Tubiana II. Beleid: naaldfasciotomie "
              "aangeboden, patiënt denkt erover na. Röntgen zie verslag."),
        ("p", "dr. S. Faber, plastisch chirurg"),
    ]
    parts = [dict(blocks=cover, opts=dict(pagefmt="Pagina {x} van {y}"),
                  label=dict(kinds=["referral"], date="2026-09-30", author="gp")),
             dict(blocks=xray, opts=dict(), label=dict(kinds=["imaging-report"], date="2026-06-04", author="radiologist")),
             dict(blocks=letter, opts=dict(), label=dict(kinds=["correspondence"], date="2026-06-18", author="specialist"))]
    label = L(["referral", "imaging-report", "correspondence"], None, "gp", "nl",
              "merged PDF: GP cover letter + radiology result + specialist letter",
              "yes", "no", "unmentioned",
              "Merged file of three documents; top-level date omitted (no single own date), author = first part; "
              "'nooit eerder geopereerd' negation; fasciotomy only offered; brother-in-law's opinion.", rq=True)
    return dict(fmt="merged", parts=parts, label=label)


def tn_010():
    blocks = [
        ("lh", dict(name="Massachusetts Hand & Upper Extremity Associates", sub="Department of Orthopaedic Surgery",
                    logo="MHUE", lines=["55 Fruit Street, Suite 2100", "Boston, MA 02114", "Phone (617) 555-0142", "Fax (617) 555-0143"])),
        ("p", "March 23, 2026"),
        ("p", "Sabine Verhoeckx, MD\nPraktijk Verhoeckx\nKerkstraat 40\n5261 CN Vught\nThe Netherlands"),
        ("p", "RE: Lotte van Asperen     DOB: 11/30/1997     MRN: 004477123"),
        ("h2", "Consultation note"),
        ("p", "Dear Dr. Verhoeckx,"),
        ("p", "Thank you for allowing me to participate in the care of Ms. van Asperen, a 28-year-old right-hand "
              "dominant graduate student in Boston on an exchange program, who presented with triggering of the "
              "right middle finger. Ultrasound in our office on 02/10/2026 demonstrated a thickened A1 pulley. "
              "She failed two corticosteroid injections."),
        ("p", "On 03/09/2026 she underwent an open A1 pulley release of the right long finger under WALANT at "
              "Mass Eye and Ear ambulatory surgery. The procedure was uncomplicated. At her two-week visit today "
              "she has full active flexion but persistent PIP flexion contracture of about 20 degrees."),
        ("h2", "Assessment / Plan"),
        ("p", "1. S/p right long finger trigger release, early PIP contracture.\n"
              "2. She returns home to the Netherlands next week; I recommend hand therapy with a static progressive "
              "extension splint. If not improving by 3 months, a second opinion from a Dutch hand surgeon regarding "
              "FDS ulnar slip excision could be considered."),
        ("p", "Sincerely,\n\n\nRebecca L. Hoang, MD\nHand and Upper Extremity Surgery"),
        ("small", "cc: Patient   Enclosures: operative note, ultrasound images on CD"),
    ]
    label = L(["correspondence"], "2026-03-23", "specialist", "en", "US consultation letter (Word), MM/DD dates",
              "yes", "yes", "yes",
              "US dates MM/DD/YYYY (02/10/2026 = Feb 10); surgery abroad in Boston; 'second opinion ... could be "
              "considered' is advice, not a referral; enclosures only mentioned.")
    return dict(fmt="docx", blocks=blocks, opts=dict(docx_font="Times New Roman"), label=label)


def tn_011():
    text = """Van: m.verschuren-bakker@ziggo.nl
Aan: intake@handkliniek-noord.nl
Datum: zo 16-08-2026 21:37
Onderwerp: Vraag over second opinion voor mijn pols (Maud Verschuren)

Goedenavond,

Mijn naam is Maud Verschuren (geboren 5 december 1992). Ik heb al een jaar last van mijn linkerpols
en ik zou graag een second opinion bij jullie willen. De orthopeed in het Amphia zegt dat het
'overbelasting' is maar ik heb het gevoel dat er meer aan de hand is.

Wat ik zelf weet:
- er is in januari een echo gemaakt, die was 'normaal'
- ik ben nooit geopereerd, ook niet aan iets anders
- een MRI is wel besproken maar niet aangevraagd
- deze zomer was ik 3 weken in Portugal, daar heb ik geen dokter gezien, maar het werd wel erger van
  het surfen

Moet mijn huisarts een verwijsbrief sturen of kan ik mezelf aanmelden? Mijn huisarts is dokter
Lambregts in Oosterhout. Ik hoor graag wat ik moet opsturen.

Met vriendelijke groet,
Maud Verschuren
06-41187720

Verzonden vanaf mijn iPhone
"""
    label = L([], "2026-08-16", "patient", "nl", "patient e-mail", "yes", "no", "no",
              "Patient asks for a second opinion herself: not a referral; echo done (yes) but MRI only discussed; "
              "'nooit geopereerd'; holiday in Portugal without doctor.")
    return dict(fmt="txt", text=text, label=label)


def tn_012():
    blocks = [
        ("lh", dict(name="AZ Zeno", sub="Dienst Orthopedie en Traumatologie - raadpleging", logo="AZZ", shape="circle",
                    lines=["Kalvekeetdijk 260", "8300 Knokke-Heist", "tel. +32 50 53 31 11"])),
        ("cols", "Dr. G. Hazelhoff\nHuisartsenpraktijk Oostburg\nNieuwstraat 19\n4501 BB Oostburg\nNederland",
                 "Knokke, 28/07/2026\nOnze ref.: ORT/ 2607-3371\nRaadpleging van 24/07/2026"),
        ("p", "Betreft: Mevrouw Sanne MEIJERINK, ° 02/05/1975"),
        ("p", "Geachte confrater,"),
        ("p", "Uw patiënte meldde zich op 24/07 op de spoedgevallendienst na een val van de fiets op de "
              "dijk. Zij verblijft met haar gezin op een camping te Knokke. Klinisch zwelling en drukpijn "
              "ter hoogte van de tabatière anatomique links."),
        ("p", "RX pols links met scafoïdreeks: geen fractuurlijn zichtbaar. Gezien de klinische verdenking "
              "werd een gipsspalk aangelegd en werd zij heden op mijn raadpleging teruggezien."),
        ("h2", "Besluit"),
        ("p", "Verdenking occulte scafoïdfractuur links. Geen heelkundige ingreep nodig op dit moment."),
        ("h2", "Verder beleid"),
        ("p", "Spalk behouden. Gezien de terugkeer naar Nederland adviseer ik een controle-RX of CT over 10 à 14 "
              "dagen via de huisarts. Patiënte krijgt de beelden mee op cd-rom."),
        ("p", "Met collegiale groeten,\n\ndr. P. Vandewalle\nOrthopedisch chirurg\nRIZIV 1-23456-78-910"),
        ("small", "Kopie: patiënte"),
    ]
    label = L(["correspondence"], "2026-07-28", "specialist", "nl", "Flemish hospital raadpleging letter, DD/MM/YYYY, ° birth date",
              "yes", "no", "yes",
              "Belgian letter (Flemish words: spoedgevallendienst, raadpleging, Besluit, confrater, °); Dutch "
              "patient treated at a Belgian ED -> abroad yes; 'Geen heelkundige ingreep' negation; CT only advised; "
              "visit 24/07 vs letter 28/07.")
    return dict(fmt="pdf", blocks=blocks, opts=dict(footer="AZ Zeno - Campus Knokke-Heist", pagefmt="{x} / {y}"), label=label)


def tn_013():
    blocks = [
        ("lh", dict(name="Handtherapie Oost-Nederland", sub="Hand- en polsrevalidatie | Ergotherapie & Fysiotherapie",
                    logo="HON", lines=["Ariënsplein 1", "7511 JX Enschede", "053-4801122", "info@handtherapie-on.nl"])),
        ("p", "Aan: dr. T. Ekkel, plastisch chirurg, MST Enschede\nc.c. huisarts A. Nijhuis, Haaksbergen"),
        ("p", "Enschede, 11 november 2026"),
        ("h", "Tussenrapportage handtherapie"),
        ("kv", [("Cliënt", "Joost Spijkerman"), ("Geboortedatum", "19-03-2001"),
                ("Verwijsdiagnose", "Status na flexorpees-hechting dig. II en III links (zone II)"),
                ("Datum operatie", "26-08-2026 (MST)"), ("Start therapie", "29-08-2026")]),
        ("h2", "Bevindingen"),
        ("table", [["Meting", "29-08", "01-10", "05-11"],
                   ["TAM dig II (°)", "85", "160", "205"],
                   ["TAM dig III (°)", "70", "150", "190"],
                   ["Knijpkracht li (kg)", "-", "-", "18"]]),
        ("p", "Het early active motion protocol (Saint John) is gevolgd. Er is een lichte adhesie van de FDS "
              "dig. III. Cliënt is weer deels aan het werk als timmerman."),
        ("h2", "Advies"),
        ("p", "Voortzetten therapie 1x per week. Indien de actieve flexie van dig. III stagneert, kunt u overwegen "
              "of een tenolyse geïndiceerd is. Graag uw reactie."),
        ("p", "Met vriendelijke groet,\n\nIlse Weultjes, CHT-NL\nhandtherapeut"),
    ]
    label = L([], "2026-11-11", "other", "nl", "hand therapy progress report with ROM table",
              "unmentioned", "yes", "no",
              "Hand-therapy letter (no kind) addressed to a surgeon; states the tendon repair at MST (NL) -> operated yes; "
              "tenolyse is only a suggestion; dates in table without year; surname 'Spijkerman'.")
    return dict(fmt="docx", blocks=blocks, opts=dict(pagefmt="Pagina {x} van {y}"), label=label)


def tn_014():
    blocks = [
        ("lh", dict(name="Röntgeninstitut Zürich-Altstetten", sub="Radiologie | MRI | CT | Sonographie",
                    logo="RIZ", lines=["Badenerstrasse 694", "8048 Zürich", "Tel. +41 44 555 21 00"])),
        ("cols", "Zuweisende Ärztin:\nDr. med. C. Gmür\nPraxis am Lindenplatz\n8048 Zürich",
                 "Zürich, 15.05.2026\nUntersuchung vom 14.05.2026"),
        ("kv", [("Patientin", "van den Broek Femke, 08.09.1988"), ("Untersuchung", "MRI Handgelenk rechts nativ und mit KM"),
                ("Fragestellung", "Ganglion? Kienböck? Schmerzen dorsal seit 4 Monaten")]),
        ("h2", "Befund"),
        ("p", "Keine Voruntersuchungen zum Vergleich. Normale Signalgebung des Os lunatum, keine Hinweise für "
              "eine Lunatummalazie. 7 x 4 mm messende, septierte, flüssigkeitsisointense Struktur dorsal "
              "des SL-Bandes, vereinbar mit einem okkulten Ganglion. SL- und LT-Band intakt. Diskus triangularis "
              "unauffällig. Kein Gelenkerguss. Kein Knochenmarködem."),
        ("h2", "Beurteilung"),
        ("p", "Okkultes dorsales Handgelenksganglion (7 mm). Kein Anhalt für M. Kienböck."),
        ("p", "Freundliche Grüsse\n\nDr. med. U. Tschudi\nFachärztin FMH für Radiologie"),
    ]
    label = L(["imaging-report"], "2026-05-15", "radiologist", "de", "Swiss radiology Befund (ss spelling, FMH)",
              "yes", "unmentioned", "yes",
              "Swiss German (Grüsse without ß); imaging institute abroad examined the patient -> abroad yes; "
              "exam 14.05 vs report 15.05; Fragestellung is the requester's question; negations of Kienböck.",
              also=["2026-05-14"])
    return dict(fmt="pdf", blocks=blocks, opts=dict(font="Times-Roman"), label=label)


def tn_015():
    text = """FAX                                    12/10/2026 14:22   FROM: +353 1 555 0199   P.1/2
--------------------------------------------------------------------------------------
                 RATHGAR FAMILY PRACTICE
          Dr Aoife Ní Bhriain  MB BCh BAO MICGP
          112 Rathgar Road, Dublin 6, D06 X2F7  |  Tel 01 555 0198
--------------------------------------------------------------------------------------
To:      Intake desk, HandKliniek Noord, Zuidhorn, The Netherlands
Fax:     +31 594 555 110
Re:      Mr Cian O'Donovan-Smit   DOB 27/02/1990   PPSN 8123456T
Date:    12th October 2026

Dear Colleague,

I would be grateful if you would see this 36-year-old software engineer, who is relocating to
Groningen next month, for a second opinion regarding his left wrist.

He fell playing hurling in May 2026 and was seen in the Emergency Department of St James's
Hospital the same evening; X-rays there were reported as normal and he was discharged with a
splint. Ongoing pain led to an MRI at the Beacon Hospital in August which showed a partial
scapholunate ligament tear. The orthopaedic team there have suggested arthroscopy +/- repair
but he would prefer to have any surgery done once he is settled in the Netherlands.

Question: is surgical repair indicated, or is a period of proprioceptive therapy reasonable
first?

PMH: asthma (salbutamol prn). Appendicectomy aged 12. NKDA.

-----------------------------------------------------------------  P.2/2 ----------------
Kind regards,

Dr Aoife Ni Bhriain
(signed electronically)

cc: patient
Enc: MRI report Beacon Hospital (to follow by post)

CONFIDENTIALITY: This fax is intended for the addressee only. If received in error please
telephone 01 555 0198.
"""
    label = L(["referral"], "2026-10-12", "gp", "en", "Irish GP referral by fax, fax header with page numbers",
              "yes", "unmentioned", "yes",
              "Irish referral (PPSN, 'Appendicectomy' = other body part); ED visit at St James's Hospital "
              "Dublin -> abroad yes (ED counts); arthroscopy only suggested and deferred -> operated "
              "unmentioned; ordinal date '12th October 2026'; fax header on each page.", rq=True)
    return dict(fmt="txt", text=text, crlf=True, label=label)


def tn_016():
    blocks = [
        ("lh", dict(name="Maasstad Ziekenhuis", sub="Traumatologie / Heelkunde - Klinische brief", logo="MZ",
                    lines=["Maasstadweg 21", "3079 DZ Rotterdam", "010-2911911"])),
        ("p", "Aan: mw. dr. F. El Amrani, huisarts, Slinge 300, 3085 EV Rotterdam"),
        ("kv", [("Datum", "20-03-2026"), ("Patiënt", "dhr. B.C. (Bram) Kortekaas, 30-11-1999"),
                ("Opname", "16-03-2026"), ("Ontslag", "18-03-2026")]),
        ("h", "Ontslagbrief"),
        ("h2", "Opnamediagnose"),
        ("p", "Dislocerende intra-articulaire distale radiusfractuur rechts."),
        ("h2", "Anamnese"),
        ("p", "Patiënt viel op 7 maart tijdens wintersport in Saalbach (Oostenrijk). Hij heeft daar geen arts "
              "bezocht en reed met een zelfgemaakte spalk terug naar Nederland. Op 15-03 presentatie op onze SEH."),
        ("h2", "Aanvullend onderzoek"),
        ("p", "X-pols rechts en CT pols (15-03-2026): intra-articulaire fractuur met dorsale kanteling 25 graden."),
        ("h2", "Operatie"),
        ("kv", [("Datum", "16-03-2026"), ("Operateur", "dr. R. Verbrugge, traumachirurg"),
                ("Assistent", "drs. H. Doğan, AIOS"), ("Anesthesie", "algehele anesthesie"),
                ("Ingreep", "Open repositie en interne fixatie met volaire hoekstabiele plaat (Acu-Loc 2)"),
                ("Beschrijving", "Henry-benadering, repositie onder doorlichting, plaat en 7 schroeven, "
                 "controle doorlichting goede stand, sluiten in lagen, onderarmspalk."),
                ("Complicaties", "geen")]),
        ("h2", "Beloop"),
        ("p", "Ongecompliceerd. Pijn goed onder controle."),
        ("h2", "Medicatie bij ontslag"),
        ("p", "Paracetamol 4dd 1000 mg, naproxen 2dd 500 mg (5 dagen), pantoprazol 40 mg."),
        ("h2", "Beleid"),
        ("p", "Wondcontrole poli Heelkunde na 12 dagen; start handtherapie na 2 weken."),
        ("p", "Met vriendelijke groet,\n\ndrs. H. Doğan, AIOS heelkunde\nnamens dr. R. Verbrugge"),
    ]
    label = L(["correspondence", "operation-report"], "2026-03-20", "specialist", "nl",
              "discharge letter with full operation section (DOCX converted by LibreOffice)",
              "yes", "yes", "no",
              "Discharge letter containing a complete operation description (date, operator, procedure) -> also "
              "operation-report; accident in Austria but explicitly no doctor there, all care in Rotterdam -> "
              "abroad no; several dates (accident, admission, operation, letter).")
    return dict(fmt="soffice", blocks=blocks, opts=dict(pagefmt="Pagina {x} van {y}", footer="Maasstad Ziekenhuis - Klinische brief"), label=label)
