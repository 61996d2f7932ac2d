"""tz-017 .. tz-032 (texts and labels). All persons, numbers and institutions are invented."""

DOCS = []

# ------------------------------------------------------------------ tz-017
DOCS.append(dict(
    id=17, fmt="pdf",
    opts=dict(font="sans", size=9.5,
              footer="MVZ Radiologie am Dom GmbH · Domhof 9 · 52062 Aachen · Tel. +49 241 99 99 0 · Seite {page}/{pages}"),
    blocks=[
        ("lh", ["Radiologische Gemeinschaftspraxis am Dom", "MVZ Radiologie Aachen",
                "Dr. med. K. Hoffmann · Dr. med. L. Nguyen"],
         ["Domhof 9", "52062 Aachen", "Tel. +49 241 99 99 0", "Fax +49 241 99 99 19"]),
        ("addr", ["Herrn Dr. med. J. Schulte", "Facharzt für Orthopädie und Unfallchirurgie",
                  "Theaterstraße 99", "52062 Aachen"],
         [("Aachen, den", "11.03.2026"), ("Pat.-ID", "44190-2")]),
        ("p", "Patientin: Frau Annelies Brouwer, geb. 19.02.1992, Vaals (NL)"),
        ("fields", [("Untersuchung", "MRT des linken Handgelenks nativ (3 Tesla)"),
                    ("Untersuchungsdatum", "11.03.2026")]),
        ("p", "Sehr geehrter Herr Kollege Schulte,\nvielen Dank für die Überweisung Ihrer Patientin."),
        ("h", "Klinische Angaben / Fragestellung"),
        ("p", "Ulnarseitige Handgelenksschmerzen links seit Sturz beim Reiten im Dezember 2025. TFCC-Läsion? "
              "Okkulte Fraktur?"),
        ("h", "Befund"),
        ("p", "Technik: PD-fs koronar und axial, T1 koronar, T2* koronar. Keine Voruntersuchungen zum Vergleich. "
              "Flüssigkeitsäquivalente Signalanhebung im ulnaren Anteil des Discus ulnocarpalis mit Verdacht auf "
              "Einriss der ulnaren Insertion. Kein Knochenmarködem. Kein Nachweis einer okkulten Fraktur. "
              "SL- und LT-Band regelrecht abgrenzbar. Geringer Gelenkerguss im DRUG. Sehne des ECU intakt, "
              "geringe Tendovaginitis."),
        ("h", "Beurteilung"),
        ("p", "1. Verdacht auf ulnare Einrissverletzung des TFCC (Palmer 1B).\n2. Kein Frakturnachweis.\n"
              "3. Geringe Tendovaginitis der ECU-Sehne."),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("sig", ["Dr. med. L. Nguyen", "Fachärztin für Radiologie",
                 "Dieser Befund wurde elektronisch erstellt und ist ohne Unterschrift gültig."]),
    ],
    label=dict(kinds=["imaging-report"], date="2026-03-11", author="radiologist", language="de",
               style="German outpatient radiology Befund addressed to the referring orthopaedist, no title",
               imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="No title; date only as 'Aachen, den 11.03.2026' in the meta column. Patient lives in Vaals "
                     "(NL) and had the MRI at a German radiology practice: care abroad. 'Fragestellung' is the "
                     "radiology question."),
))

# ------------------------------------------------------------------ tz-018
DOCS.append(dict(
    id=18, fmt="docx",
    opts=dict(font="sans", size=10,
              footer="Landeskrankenhaus Hohe Tauern · Abteilung für Unfallchirurgie und Sporttraumatologie · DVR 0099999"),
    blocks=[
        ("lh", ["Landeskrankenhaus Hohe Tauern", "Abteilung für Unfallchirurgie und Sporttraumatologie",
                "Vorstand: Prim. Dr. Herbert Pichler"],
         ["Spitalweg 9, A-5671 Bruck an der Glocknerstraße", "Tel. +43 6545 999 0",
          "Ambulanz: +43 6545 999 210"]),
        ("title", "Ambulanzbrief"),
        ("fields", [("Datum", "14. Februar 2026"), ("Patientin", "Lotte Jacobs, geb. 27.06.2001"),
                    ("Wohnort", "Groningen, Niederlande"),
                    ("Versicherung", "EKVK / EHIC (NL), Karte 80528-9999999999"),
                    ("Aufnahme in der Ambulanz", "13.02.2026, 15:20 Uhr")]),
        ("h", "Diagnose"),
        ("p", "Distale Radiusfraktur rechts, extraartikulär, nicht disloziert (AO 23-A2) nach Skisturz "
              "am 13.02.2026"),
        ("h", "Anamnese"),
        ("p", "Die Patientin kam beim Skifahren auf der Piste zu Sturz und fiel auf die ausgestreckte rechte "
              "Hand. Keine weiteren Verletzungen, kein Kopfanprall."),
        ("h", "Befund"),
        ("p", "Schwellung und Druckschmerz über dem distalen Radius rechts, periphere Durchblutung, Motorik und "
              "Sensibilität intakt.\nRöntgen Handgelenk rechts in 2 Ebenen: nicht dislozierte, extraartikuläre "
              "Fraktur des distalen Radius, Processus styloideus ulnae intakt."),
        ("h", "Therapie"),
        ("p", "Keine Operation; konservative Therapie mit dorsaler Unterarmgipsschiene, Analgesie mit Ibuprofen "
              "und Paracetamol. Eine operative Versorgung ist bei dieser Frakturform nicht erforderlich."),
        ("h", "Procedere"),
        ("p", "Röntgenkontrolle nach einer Woche am Heimatort (Niederlande), dann Gipsschluss. "
              "Gesamtruhigstellung 5 Wochen. Bei Zunahme der Schmerzen, Schwellung oder Gefühlsstörungen sofortige "
              "Wiedervorstellung in einer Unfallambulanz."),
        ("p", "Mit freundlichen Grüßen"),
        ("sig", ["OA Dr. Christoph Gruber, FA für Orthopädie und Traumatologie",
                 "Dr. Eva Lindner, Assistenzärztin"]),
    ],
    label=dict(kinds=["correspondence"], date="2026-02-14", author="specialist", language="de",
               style="Austrian hospital Ambulanzbrief (Word), label/value header",
               imaging_done="yes", operated="no", treated_abroad="yes",
               notes="Austrian ED letter after a ski accident: care abroad. 'Keine Operation; konservative "
                     "Therapie' means not operated; follow-up X-ray at home is a plan. Date written as "
                     "'14. Februar 2026'."),
))

# ------------------------------------------------------------------ tz-019
TXT19 = """Kantonsspital Aaretal
Klinik für Orthopädie und Traumatologie
Spitalstrasse 99, 3600 Thun, Schweiz
Telefon +41 33 999 22 11

                                                   Herr
                                                   dr. M. Pos, huisarts
                                                   Huisartsenpraktijk Leusderweg
                                                   Leusderweg 99
                                                   NL-3817 KB Amersfoort

Thun, 21. Januar 2026 / fr

AUSTRITTSBERICHT

Patient:          Herr Bas Koopmans, geb. 30.11.1979
                  Wohnhaft Amersfoort (NL)
Hospitalisation:  11.01.2026 - 14.01.2026
Eintritt:         Notfall, Zuweisung durch Rettungsdienst

Diagnosen
1. Transscaphoidale perilunäre Luxationsfraktur rechts (Mayfield IV) nach Sturz beim Snowboarden
   am 10.01.2026
   - CT Handgelenk rechts präoperativ: Scaphoidfraktur Mitte, keine Mehrfragmentfraktur
   - Akutes Karpaltunnelsyndrom rechts bei Aufnahme
2. Nebendiagnose: Status nach Kreuzbandplastik links 2014

Eingriffe
11.01.2026  Offene Reposition, Schraubenosteosynthese Scaphoid, Bandnaht SL/LT, temporäre
            K-Draht-Transfixation, Karpaltunnelspaltung rechts (Operationsbericht separat)

Verlauf
Notfallmässige Aufnahme nach Snowboardunfall. Nach geschlossener Reposition auf der Notfallstation
erfolgte am Folgetag die operative Versorgung. Postoperativ regrediente Sensibilitätsstörungen
im Medianusgebiet. Röntgenkontrolle postoperativ mit regelrechter Stellung. Austritt in gutem
Allgemeinzustand nach Hause in die Niederlande.

Procedere
- Ruhigstellung im Unterarmgips mit Daumeneinschluss für 8 Wochen
- Fadenentfernung am 14. postoperativen Tag durch den Hausarzt
- Entfernung der K-Drähte nach 8 Wochen; Organisation durch die weiterbehandelnde Klinik in den
  Niederlanden
- Thromboseprophylaxe nicht indiziert

Freundliche Grüsse

Dr. med. Nadine Frei                      PD Dr. med. Urs Rüegg
Assistenzärztin                           Leitender Arzt Hand- und Handgelenkschirurgie

Kopie: Patient
"""
DOCS.append(dict(
    id=19, fmt="txt", text=TXT19,
    label=dict(kinds=["correspondence"], date="2026-01-21", author="specialist", language="de",
               style="Swiss discharge letter (Austrittsbericht), plain-text export with right-aligned address",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Swiss spelling (Grüsse, notfallmässig). Operation listed under 'Eingriffe' with date but "
                     "without operator or description ('Operationsbericht separat'): correspondence only, not an "
                     "operation report. Knee ligament surgery 2014 is another body part."),
))

# ------------------------------------------------------------------ tz-020
DOCS.append(dict(
    id=20, fmt="pdf",
    opts=dict(font="sans", size=9, form_grid=True,
              header="ZorgDomein  |  Consult handchirurgie  |  Ref.nr. ZD-2026-0999-48121",
              footer="Verstuurd 24-03-2026 09:58 via ZorgDomein   ·   {page}/{pages}"),
    blocks=[
        ("fields", [("Aanbieder", "Handkliniek Zuid - locatie Eindhoven"),
                    ("Product", "Consult handchirurgie"),
                    ("Patiënt", "Dhr. B. (Bram) Hendriks"), ("Geb.", "30-04-1985"),
                    ("BSN", "999991863"), ("Verzekering", "Polderzorg (test) - 771200442"),
                    ("Verwijzer", "A.M. Dijkstra, huisarts - Huisartsenpraktijk Rozengracht, Zwolle (AGB 01-999712)"),
                    ("Datum", "24-03-2026")]),
        ("fields", [
            ("Reden van verwijzing", "Ulnaire polspijn rechts na distale radiusfractuur in 2024, status na "
             "plaatosteosynthese. Recente MRI toont een TFCC-laesie en ulnocarpaal impingement."),
            ("Vraagstelling", "Patiënt is door de orthopeed in het IJsselhof voorgesteld voor een "
             "ulnaverkortingsosteotomie en plaatverwijdering. Hij twijfelt. Graag uw second opinion over de "
             "indicatie voor deze revisie-operatie en eventuele alternatieven."),
            ("Relevante voorgeschiedenis", "2024 distale radiusfractuur rechts, ORIF met volaire plaat "
             "(IJsselhof MC)\n2017 knie-artroscopie links\nAstma"),
            ("Recente behandelingen", "2025 handtherapie (10 sessies)\n02-02-2026 röntgen pols rechts\n"
             "17-03-2026 MRI pols rechts (IJsselhof)\n20-03-2026 polikliniek orthopedie: operatie voorgesteld"),
            ("Medicatie", "Salbutamol inhalator z.n.; Budesonide/formoterol 2dd"),
            ("Allergieën", "Pleister (huidreactie)"),
            ("Bijlagen", "MRI-verslag 18-03-2026; brief orthopedie volgt"),
        ]),
    ],
    label=dict(kinds=["referral", "history"], date="2026-03-24", author="gp", language="nl",
               style="ZorgDomein printout as grid table, product name only, no 'Verwijsbrief' title",
               referral_question=True, imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="No title word 'verwijzing'/'verwijsbrief', only the product name; the date sits in a "
                     "field and in the send line. Recent-treatment section makes it also a history letter. "
                     "Proposed revision operation is a plan; the earlier ORIF is the operation fact."),
))

# ------------------------------------------------------------------ tz-021
TXT21 = """ZorgDomein - Verwijzing
Orthopedie > Hand/pols > Beoordeling en behandeling
====================================================================

Verwijsdatum           : 5-3-2026
Urgentie               : Regulier
Ontvangende instelling : Handkliniek Zuid, locatie Tilburg

Patiënt                : Mw. T. Bakker-Aarts
Geboortedatum          : 8-12-1958
BSN                    : 999992100
Zorgverzekeraar        : Polderzorg (test)

Verwijzer              : drs. K.L. Vos, huisarts
                         Huisartsenpraktijk De Hoeksteen, Breda
                         AGB 01-999231

Reden van verwijzing   : Triggerfinger dig 4 links, 2x injectie zonder blijvend effect.

Vraagstelling          : Behandeling.

Relevante voorgeschiedenis:
  - Diabetes mellitus type 2 (2012)
  - Hypertensie
  - Triggerduim rechts (2019), hersteld na injectie

Recente behandelingen:
  - 09-2025 corticosteroïdinjectie dig 4 links (huisarts)
  - 01-2026 corticosteroïdinjectie dig 4 links (huisarts), na 6 weken recidief

Medicatie:
  metformine 850 mg 3dd1, gliclazide 80 mg 1dd1, perindopril 4 mg 1dd1

Allergieën: geen

--------------------------------------------------------------------
Dit document is gegenereerd door ZorgDomein.
"""
DOCS.append(dict(
    id=21, fmt="txt", text=TXT21,
    label=dict(kinds=["referral", "history"], date="2026-03-05", author="gp", language="nl",
               style="ZorgDomein referral exported as plain text, aligned colons",
               referral_question=False, imaging_done="unmentioned", operated="unmentioned",
               treated_abroad="unmentioned",
               notes="'Vraagstelling: Behandeling.' is no question: referral for treatment only. Has its own "
                     "history and recent-treatment sections, so also history. Unpadded dates (5-3-2026). "
                     "Injections are not operations; nothing on imaging."),
))

# ------------------------------------------------------------------ tz-022
DOCS.append(dict(
    id=22, fmt="docx",
    opts=dict(font="sans", size=10.5),
    blocks=[
        ("lh", ["The Hague International Family Practice", "Huisartsenpraktijk", "Laan van Meerdervoort 999",
                "2517 AZ Den Haag"],
         ["T +31 70 999 4455", "AGB 01-999602", "info@thifp.test"]),
        ("p", "Date: 1 April 2026"),
        ("p", "To: Handkliniek Zuid\nSecond opinion desk / intake\nPostbus 99901, 5600 ZZ Eindhoven"),
        ("p", "Re: Mr Oliver Grant, date of birth 12 August 1975, BSN 999993118"),
        ("p", "Dear colleagues,"),
        ("p", "Further to the referral I sent through ZorgDomein last week, please find enclosed the documents "
              "you asked for:"),
        ("p", "- the operation report of his right thumb CMC-1 arthrodesis (Amstelrand Ziekenhuis, 11 June 2025);\n"
              "- the X-ray report of the right hand of 12 February 2026;\n"
              "- the outpatient letter of the plastic surgery department of 19 March 2026;\n"
              "- my medical summary."),
        ("p", "Mr Grant will bring the CD with the X-rays himself. As far as I know he has not been treated in any "
              "hospital outside the Netherlands since he moved here in 2019, so an MRSA screening should not be "
              "needed; please let me know if you disagree."),
        ("p", "Kind regards,"),
        ("sig", ["Dr Emma Whitfield", "general practitioner (huisarts)"]),
    ],
    label=dict(kinds=[], date="2026-04-01", author="gp", language="en",
               style="GP cover letter in English from a Dutch expat practice (Word)",
               imaging_done="yes", operated="yes", treated_abroad="no",
               notes="Cover letter only lists enclosures: mentions of an operation report and X-ray report do not "
                     "make it one. English but written in the Netherlands. Explicit 'not treated in any hospital "
                     "outside the Netherlands' (since 2019) gives treated_abroad no."),
))

# ------------------------------------------------------------------ tz-023
_J23 = """EPISODELIJST
ICPC    Omschrijving                                   Begin        Eind
N93     Carpaletunnelsyndroom rechts                   13-05-2024
K86     Hypertensie zonder orgaanschade                2011
L90     Artrose knie links                             2018
T93     Hypercholesterolemie                           2015
R96     Astma                                          1990         2005

JOURNAAL
09-01-2023  HA  S: controle RR, geen klachten. O: RR 148/90, pols 72 reg. E: K86.
                P: amlodipine 5 mg 1dd1 continueren, lab jaarcontrole aanvragen.
23-01-2023  --  Uitslag lab: kreat 78, eGFR >60, LDL 3,4, glucose 5,4. E: K86, T93.
                P: atorvastatine 20 mg gestart (SCORE 10%).
14-04-2023  HA  S: pijn knie li bij traplopen, startstijfheid. O: crepitaties, geen hydrops.
                E: L90 artrose knie li. P: uitleg, beweegadvies, paracetamol z.n.
02-06-2023  PA  POH: leefstijlconsult, BMI 27, beweegt 3x/wk, stoppen roken n.v.t.
11-09-2023  HA  S: hoest 2 wk, geen koorts. O: pulm schoon. E: R05 hoest. P: afwachten.
30-10-2023  PA  Griepvaccinatie gegeven.
08-01-2024  HA  S: jaarcontrole. O: RR 138/84. E: K86, T93 goed ingesteld. P: continueren.
13-05-2024  HA  S: Sinds 3 mnd tintelingen dig 1-3 rechts, 's nachts wakker, schudt hand.
                O: Tinel +, Phalen + re, geen atrofie thenar, sensibiliteit intact.
                E: N93 CTS rechts.  P: nachtspalk, uitleg, controle 6 wk.
01-07-2024  HA  S: spalk helpt deels. O: idem. E: N93. P: injectie besproken, pat wil eerst verder
                spalken.
02-09-2024  HA  S: toename, laat dingen vallen. O: geringe atrofie thenar. E: N93 progressief.
                P: verwijzing neurologie (EMG), ZorgDomein.
14-10-2024  --  Brief specialist ontvangen: neurologie Zeeuwse Delta Ziekenhuis: EMG ernstig CTS
                rechts, geen polyneuropathie; advies verwijzing plastische chirurgie.
15-10-2024  HA  P: verwijzing plastische chirurgie Zeeuwse Delta.
06-01-2025  --  Brief specialist ontvangen: plastische chirurgie: status na open CTS-release rechts
                19-12-2024 (WALANT), wond rustig, hechtingen verwijderd.
03-02-2025  HA  S: nachtelijke klachten weg, nog littekenpijn. E: N93 status na release. P: massage.
12-05-2025  HA  Controle RR 142/86. Amlodipine continueren.
11-08-2025  HA  S: terug van vakantie in Frankrijk (Bretagne), daar geen medische behandeling nodig
                gehad. Nu sinds 2 wk weer tintelingen dig 1-3 rechts, vooral 's nachts.
                O: Tinel + over litteken, Phalen +. E: N93 recidief CTS?  P: afwachten 6 wk.
15-09-2025  HA  S: klachten persisteren. P: echo pols rechts aangevraagd (eerstelijnsdiagnostiek).
26-09-2025  --  Uitslag echo pols rechts: n. medianus ter hoogte van de ingang carpale tunnel
                verdikt (CSA 14 mm2), littekenweefsel rond de zenuw, geen ruimte-innemend proces.
29-09-2025  HA  E: recidief/persisterend CTS na release. P: terugverwijzing plastische chirurgie.
18-11-2025  --  Brief specialist ontvangen: plastische chirurgie: EMG herhaald, geen verbetering t.o.v.
                2024. Revisie-operatie met hypothenar-vetlap voorgesteld, pat twijfelt.
08-12-2025  HA  S: wil niet zomaar opnieuw geopereerd worden. Vraagt naar second opinion.
                P: informatie gegeven, pat denkt na.
12-01-2026  HA  Griepvaccinatie gemist, nieuwe afspraak.
20-03-2026  HA  S: wil second opinion handkliniek. P: verwijzing handkliniek (second opinion),
                samenvatting + brieven meesturen.

MEDICATIE (actueel)
  amlodipine 5 mg        1dd1
  atorvastatine 20 mg    1dd1
  paracetamol 500 mg     zo nodig 3dd2

INTOLERANTIES
  Geen bekend
"""
def _wrap(text, width=86):
    import textwrap
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        indent = " " * 16
        out += textwrap.wrap(line, width=width, subsequent_indent=indent)
    return "\n".join(out)


DOCS.append(dict(
    id=23, fmt="pdf",
    opts=dict(font="mono", size=10.5, top=22, margin=17,
              header="Uitdraai journaal - Huisartsenpraktijk Het Baken, Zierikzee (AGB 01-999550)\n"
                     "Patiënt: W. (Willemijn) Sluiter  geb. 09-01-1959  BSN 999993350   Datum uitdraai: 30-03-2026",
              footer="Vertrouwelijk - uitsluitend bestemd voor de geadresseerde zorgverlener   Pagina {page} van {pages}"),
    blocks=[("pre", _wrap(_J23) + "\n" + "\n".join(
        f"{d}  HA  Herhaalrecept: amlodipine 5 mg, atorvastatine 20 mg (3 mnd)." for d in
        ["14-02-2024", "15-05-2024", "19-08-2024", "18-11-2024", "17-02-2025", "19-05-2025", "18-08-2025",
         "17-11-2025", "16-02-2026"]))],
    label=dict(kinds=["history"], date="2026-03-30", author="gp", language="nl",
               style="HIS printout 'Uitdraai journaal', monospaced, header with print date and patient on every page",
               imaging_done="yes", operated="yes", treated_abroad="no",
               notes="Long dense SOEP journal; date only as 'Datum uitdraai' in the repeated page header. Operation "
                     "known from a journal line ('Brief specialist ontvangen: status na open CTS-release'); revision "
                     "only proposed. 'vakantie in Frankrijk ... geen medische behandeling' gives abroad no."),
))

# ------------------------------------------------------------------ tz-024
DOCS.append(dict(
    id=24, fmt="pdf",
    opts=dict(font="sans", size=9.5,
              fax="17-03-2026 10:42   VAN: NOORDKUST ZIEKENHUIS ORTHOPEDIE +31 72 999 3300   AAN: 0229-999871   P.{page}/{pages}",
              footer="Noordkust Ziekenhuis - Wilhelminalaan 99 - 1815 JD Alkmaar - www.noordkust-zh.test"),
    blocks=[
        ("lh", ["Noordkust Ziekenhuis", "Locatie Alkmaar", "Orthopedie"],
         ["Wilhelminalaan 99", "1815 JD Alkmaar", "Poli orthopedie: 072 - 999 3300"]),
        ("addr", ["Aan de weledelgeleerde vrouw", "drs. I. Kok, huisarts", "Gezondheidscentrum Westwoud",
                  "Dorpsweg 9", "1617 KA Westwoud"],
         [("Datum", "11 maart 2026"), ("Uw kenmerk", "-"), ("Ons kenmerk", "ORT-22019/MV"),
          ("Telefoon", "072 - 999 3300")]),
        ("p", "Betreft: mw. F. (Fatma) Yilmaz, geb. 06-06-1972, polikliniekbezoek 09-03-2026"),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënte bezocht op 9 maart jl. onze polikliniek in verband met toenemende pijn en stijfheid "
              "van de linkerpols."),
        ("h", "Anamnese"),
        ("p", "Twaalf jaar geleden een val op de linkerhand, destijds niet behandeld. Sinds twee jaar "
              "progressieve pijn bij belasten, nu ook in rust. Werkt als schoonmaakster, kan haar werk niet meer "
              "volhouden. Pijnstilling onvoldoende."),
        ("h", "Lichamelijk onderzoek"),
        ("p", "Linkerpols: dorsale zwelling, extensie 30 graden, flexie 25 graden, pijnlijk eindstandig. "
              "Knijpkracht links 12 kg, rechts 26 kg."),
        ("h", "Aanvullend onderzoek"),
        ("p", "X-pols links (09-03-2026): scafolunaire dissociatie met radioscafoïdale artrose, "
              "midcarpaal gewricht nog gespaard, passend bij SLAC-wrist stadium II."),
        ("h", "Conclusie"),
        ("p", "SLAC-wrist stadium II links."),
        ("h", "Beleid"),
        ("p", "Gezien de ernst van de klachten is een operatie geïndiceerd: proximale rijcarpectomie of een "
              "vierhoeksartrodese. Patiënte wil voordat zij een besluit neemt eerst een second opinion; wij hebben "
              "haar daarvoor naar u terugverwezen. Wij sturen de röntgenfoto's desgewenst op cd mee."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["M.A. Vos, physician assistant orthopedie", "namens dr. P. Hoekstra, orthopedisch chirurg"]),
        ("small", "cc: patiënte"),
    ],
    label=dict(kinds=["correspondence"], date="2026-03-11", author="specialist", language="nl",
               style="Epic-like outpatient letter received by fax: fax header with send date and page count on every page",
               imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
               notes="Fax header on each page carries a different date (17-03-2026) than the letter (11 maart 2026). "
                     "Signed by a physician assistant on behalf of the surgeon. 'operatie geïndiceerd' is a plan. "
                     "Also the visit date 09-03-2026."),
))

# ------------------------------------------------------------------ tz-025
DOCS.append(dict(
    id=25, fmt="pdf",
    opts=dict(font="sans", size=9.5),
    blocks=[
        ("small", "Ziekenhuis De Lindeborg  ·  Radiologie  ·  Lindeborglaan 99, 7334 DZ Apeldoorn  ·  055 - 999 1000"),
        ("sp", 6),
        ("fields", [("Patiënt", "Mw. G.H. Westerveld-Dam"), ("Geb.datum", "21-05-1954"),
                    ("Aanvrager", "H. Meijer, huisarts (Huisartsenpraktijk Het Loo)"),
                    ("Onderzoek", "X-hand links"), ("Datum onderzoek", "12 mrt. 2026"),
                    ("Accessienr.", "LB-X-26-0310442")], 2),
        ("p", "Klinische gegevens: zwelling en pijn PIP- en DIP-gewrichten links, ochtendstijfheid < 15 min. "
              "Reumatoïde artritis? Artrose?"),
        ("p", "Verslag: Geen eerdere opnamen ter vergelijking. Gewrichtsspleetversmalling en osteofyten van de "
              "DIP-gewrichten 2 en 3 en in mindere mate van het PIP-gewricht 2 links, met subchondrale sclerose. "
              "Geen erosies. Geen periarticulaire osteopenie. Trapeziometacarpaal gewricht: beginnende artrose. "
              "Weke delen: geringe zwelling rond DIP 2."),
        ("p", "Conclusie: Artrose van DIP 2-3 en PIP 2 links (noduli van Heberden/Bouchard), beginnende "
              "rizartrose. Geen aanwijzingen voor een erosieve artritis."),
        ("sig", ["Dr. S. Kok, radioloog"]),
    ],
    label=dict(kinds=["imaging-report"], date="2026-03-12", author="radiologist", language="nl",
               style="radiology report without any title, fields first, small-print letterhead",
               imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
               notes="No title at all; kind only from the fields (Onderzoek, Verslag, Conclusie) and radiologist "
                     "signature. Date written '12 mrt. 2026'. Aanvrager is a GP (a request, not a referral)."),
))

# ------------------------------------------------------------------ tz-026
DOCS.append(dict(
    id=26, fmt="docx",
    opts=dict(font="sans", size=10,
              header="Zeeuwse Delta Ziekenhuis - Chirurgie/Traumatologie - Klinische brief",
              footer="Pagina {page} van {pages} - afgedrukt 08-01-2026"),
    blocks=[
        ("lh", ["Zeeuwse Delta Ziekenhuis", "Chirurgie - Traumatologie", "'s-Heer Hendrikskinderendijk 999",
                "4462 RA Goes"], ["T 0113 - 999 000", "Ons kenmerk: CHI/KB/26-0041", "Datum: 08-01-2026"]),
        ("p", "Aan: dhr. T. Visser, huisarts, Huisartsenpraktijk Kapelle, Kerkplein 3, 4421 AB Kapelle"),
        ("title", "KLINISCHE BRIEF"),
        ("fields", [("Patiënt", "Dhr. J.W. (Jan Willem) Boone, geb. 14-03-1969"),
                    ("Opname", "01-01-2026 (via SEH)"), ("Ontslag", "04-01-2026"),
                    ("Afdeling", "Verpleegafdeling chirurgie B2")]),
        ("h", "Opnamediagnose"),
        ("p", "Open fractuur proximale falanx digitus II links (Gustilo I) met strekpeesletsel zone IV na "
              "cirkelzaagletsel op 01-01-2026."),
        ("h", "Aanvullend onderzoek"),
        ("p", "Röntgen hand links (01-01-2026): schuine, licht verplaatste schachtfractuur proximale falanx dig. "
              "II, geen corpus alienum."),
        ("h", "Operatie"),
        ("fields", [("Datum", "02-01-2026"), ("Operateur", "dr. M. de Wit, traumachirurg"),
                    ("Assistent", "L. Kramer, AIOS chirurgie"), ("Anesthesie", "algehele anesthesie"),
                    ("Ingreep", "Wondtoilet, gesloten repositie en fixatie met 2 gekruiste K-draden proximale "
                                "falanx dig. II links, hechten strekpees (zone IV)"),
                    ("Beschrijving", "Onder bloedleegte uitgebreid wondtoilet en spoelen met 1 liter NaCl 0,9%. "
                     "Fractuur gereponeerd en onder doorlichting gefixeerd met twee gekruiste K-draden 1,2 mm. "
                     "Centrale slip van de strekpees voor 70% doorgenomen, gehecht met 4-0 Prolene "
                     "(gemodificeerde Kessler). Huid losjes gesloten. Gipsspalk in intrinsic-plus-stand."),
                    ("Complicaties", "geen")]),
        ("h", "Beloop"),
        ("p", "Ongecompliceerd. Intraveneus cefazoline gedurende 24 uur, daarna orale antibiotica. Wond rustig. "
              "Ontslag naar huis op dag 2 postoperatief."),
        ("h", "Medicatie bij ontslag"),
        ("p", "Amoxicilline/clavulaanzuur 625 mg 3dd1, 5 dagen\nParacetamol 1000 mg 4dd1 z.n.\n"
              "Ibuprofen 400 mg 3dd1 z.n., max 5 dagen"),
        ("h", "Beleid"),
        ("p", "Controle polikliniek traumachirurgie na 10 dagen (wondcontrole, hechtingen). Verwijzing "
              "handtherapie. K-draden verwijderen na 4 weken. Tetanusprofylaxe gegeven op SEH."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["L. Kramer, AIOS chirurgie", "i.o.v. dr. M. de Wit, traumachirurg"]),
        ("small", "cc: patiënt; polikliniek handtherapie"),
    ],
    label=dict(kinds=["correspondence", "operation-report"], date="2026-01-08", author="specialist", language="nl",
               style="Dutch discharge letter (Klinische brief, Word) with full operation section, header/footer",
               imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="Discharge letter containing a full operation description (date, operator, procedure, "
                     "description): both correspondence and operation report. Signed by a resident on behalf "
                     "of the surgeon. Admission, operation and letter dates differ."),
))

# ------------------------------------------------------------------ tz-027
TXT27 = """LABORATORIUM MEDISCHE MICROBIOLOGIE
Streeklaboratorium Gelre-IJssel (test)  -  Postbus 99902  -  7000 ZZ Doetinchem  -  0314-999 700
========================================================================================
UITSLAG BACTERIOLOGIE                                                  Status: DEFINITIEF

Patiënt     : EL IDRISSI, K.                  Geb.dat : 04-02-1968   (M)
BSN         : 999992371                       Pat.nr  : G-1120987
Aanvrager   : R. Wolters, huisarts, Doetinchem
Kopie aan   : Handkliniek Zuid, t.a.v. intake
Labnummer   : 26-MB-004512
Afname      : 02-03-2026 09:10
Ontvangst   : 02-03-2026 14:35
Rapportage  : 05-03-2026 11:20

Indicatie   : MRSA-screening vóór behandeling handkliniek; opname ziekenhuis buitenland
              (Marokko, januari 2026)

Materiaal     Onderzoek            Uitslag
----------    -----------------    ------------------------------------------
Neus          MRSA-kweek           POSITIEF: MRSA aangetoond
Keel          MRSA-kweek           MRSA niet aangetoond
Perineum      MRSA-kweek           POSITIEF: MRSA aangetoond
Neus          MRSA-PCR (mecA)      positief

Gevoeligheid (isolaat neus):
  oxacilline          R
  clindamycine        S
  co-trimoxazol       S
  doxycycline         S
  mupirocine          S

Commentaar:
  Patiënt is MRSA-drager. Bij opname in een ziekenhuis gelden isolatiemaatregelen. Overleg met
  de huisarts over dekolonisatiebehandeling (mupirocine neuszalf en chloorhexidine wassingen),
  daarna controlekweken na 1, 2 en 3 weken. Deze uitslag is telefonisch doorgegeven aan
  R. Wolters op 05-03-2026.

Gevalideerd : drs. A. Verhoeven, arts-microbioloog (05-03-2026)
----------------------------------------------------------------------------------------
                                                                           pagina 1 van 1
"""
DOCS.append(dict(
    id=27, fmt="txt", text=TXT27,
    label=dict(kinds=["mrsa-screening"], date="2026-03-05", also_dates=["2026-03-02"], author="lab", language="nl",
               style="lab system plain-text export, fixed-width result table",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
               notes="POSITIVE MRSA result (carrier: no operation at the clinic). Abroad admission only in the "
                     "Indicatie line. Sampling vs reporting date."),
))

# ------------------------------------------------------------------ tz-028
DOCS.append(dict(
    id=28, fmt="docx",
    opts=dict(font="serif", size=11),
    blocks=[
        ("lhc", ["Huisartsenpraktijk Dorpsstraat", "Dorpsstraat 99 · 2631 CR Nootdorp · 015 - 999 3344 · AGB 01-999188"]),
        ("p", "Datum: 16-03-2026"),
        ("p", "Aan: Handkliniek Zuid\nt.a.v. intake second opinion\nPostbus 99901\n5600 ZZ Eindhoven"),
        ("p", "Betreft: dhr. Mehmet Kaya, geb. 22-10-1964, BSN 999992589"),
        ("p", "Geachte collega,"),
        ("p", "Graag verwijs ik dhr. Kaya naar u voor een second opinion."),
        ("p", "Tijdens een familiebezoek in Turkije in augustus 2025 viel hij van een ladder op zijn linkerhand. "
              "Hij werd in een ziekenhuis in Alanya opgenomen en daar geopereerd aan de linkerpols (plaat). Sinds "
              "terugkomst houdt hij pijn en een beperkte pronatie en supinatie. Röntgenfoto's in Nederland "
              "(januari 2026) tonen een goede stand van de plaat maar een incongruent distaal radio-ulnair "
              "gewricht. De orthopeed hier adviseert afwachten en fysiotherapie; patiënt is daar niet gerust op."),
        ("p", "Vraagstelling: is de DRUG-instabiliteit links behandelbaar, en zo ja, op welke manier? Is "
              "plaatverwijdering zinvol?"),
        ("p", "In verband met de opname in het buitenland is een MRSA-kweek afgenomen; deze was negatief "
              "(uitslag volgt separaat)."),
        ("p", "Medicatie: amlodipine 10 mg 1dd1, allopurinol 100 mg 1dd1."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["M. Hoogendijk", "huisarts"]),
    ],
    label=dict(kinds=["referral"], date="2026-03-16", author="gp", language="nl",
               style="free GP referral letter (Word), centred letterhead, 'Vraagstelling:' inline",
               referral_question=True, imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Mentions 'MRSA-kweek ... negatief': a mention, not an MRSA result. Operation and admission "
                     "abroad (Alanya) told in prose. No separate history/recent-treatment section, so only a "
                     "referral (judgement call: prose does describe the operation)."),
))

# ------------------------------------------------------------------ tz-029
DOCS.append(dict(
    id=29, fmt="pdf",
    opts=dict(font="sans", size=9.5, letter=True,
              footer="Lakeshore Imaging Center  |  CONFIDENTIAL PATIENT INFORMATION  |  Page {page} of {pages}"),
    blocks=[
        ("lh", ["Lakeshore Imaging Center", "1200 Sheridan Road, Suite 400", "Evanston, IL 60201"],
         ["Phone (847) 555-0142", "Fax (847) 555-0143", "ACR accredited MRI"]),
        ("title", "MRI WRIST WITHOUT CONTRAST, RIGHT"),
        ("fields", [("Patient", "VAN DAM, JOOST"), ("DOB", "07/22/1988"), ("MRN", "LIC-0049921"),
                    ("Accession", "A26031440"), ("Exam date", "03/14/2026"),
                    ("Ordering physician", "Rebecca Stein, MD - Lakeshore Orthopedic & Hand")], 2),
        ("h", "CLINICAL HISTORY"),
        ("p", "37-year-old male with right radial-sided wrist pain after a fall playing basketball on "
              "02/21/2026. Radiographs negative. Evaluate for occult scaphoid fracture or ligament injury."),
        ("h", "TECHNIQUE"),
        ("p", "Multiplanar, multisequence MR imaging of the right wrist was performed on a 3T magnet without "
              "intravenous contrast."),
        ("h", "COMPARISON"),
        ("p", "Right wrist radiographs 02/27/2026."),
        ("h", "FINDINGS"),
        ("p", "Bones: There is a nondisplaced fracture line through the waist of the scaphoid with surrounding "
              "marrow edema. No osteonecrosis of the proximal pole. The remaining carpal bones are intact.\n"
              "Ligaments: The scapholunate and lunotriquetral ligaments are intact. The TFCC is intact.\n"
              "Tendons: Normal.\nOther: Small radiocarpal joint effusion."),
        ("h", "IMPRESSION"),
        ("p", "1. Nondisplaced fracture of the scaphoid waist with marrow edema.\n2. Intact intrinsic "
              "ligaments and TFCC."),
        ("sig", ["Electronically signed by: Michael T. Hargrove, MD", "03/14/2026 5:12 PM CDT"]),
    ],
    label=dict(kinds=["imaging-report"], date="2026-03-14", author="radiologist", language="en",
               style="US radiology report (letter size), month-first dates, electronic signature",
               imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="US month-first dates (03/14/2026, DOB 07/22/1988). Imaging at a US centre is care abroad "
                     "(judgement: outpatient imaging counted as treatment in a clinic abroad)."),
))

# ------------------------------------------------------------------ tz-030
DOCS.append(dict(
    id=30, fmt="docx",
    opts=dict(font="sans", size=10,
              header="Lakeshore Orthopedic & Hand  -  VAN DAM, JOOST  -  MRN LOH-220418  -  DOB 07/22/1988",
              footer="Printed 04/03/2026 9:14 AM  -  Page {page} of {pages}"),
    blocks=[
        ("lh", ["Lakeshore Orthopedic & Hand", "Hand & Upper Extremity Surgery",
                "2650 Ridge Avenue, Evanston, IL 60201"],
         ["Rebecca Stein, MD", "Phone (847) 555-0190", "Fax (847) 555-0191"]),
        ("title", "Office Visit - Progress Note"),
        ("fields", [("Date of Service", "April 2, 2026"), ("Provider", "Rebecca Stein, MD"),
                    ("Visit type", "Follow-up, established patient"),
                    ("Referring", "Self / Northwestern Student Health")]),
        ("h", "Chief Complaint"),
        ("p", "Right wrist fracture follow-up."),
        ("h", "History of Present Illness"),
        ("p", "Joost van Dam is a 37 y.o. right-hand-dominant male who sustained a nondisplaced right scaphoid "
              "waist fracture after a fall on 02/21/2026, confirmed on MRI on 03/14/2026. He has been immobilized "
              "in a thumb spica cast since 03/16/2026. Pain is improving. He is relocating to Amsterdam, "
              "Netherlands next month for work and asks about follow-up there."),
        ("h", "Physical Exam"),
        ("p", "Cast intact, fingers warm and well perfused, full finger range of motion, sensation intact "
              "in median, ulnar and radial distributions."),
        ("h", "Imaging"),
        ("p", "X-rays 4 views right wrist obtained today: fracture line less distinct, no displacement."),
        ("h", "Assessment / Plan"),
        ("p", "Nondisplaced right scaphoid waist fracture, 6 weeks from injury, healing.\n"
              "- Discussed percutaneous screw fixation versus continued casting; patient elects nonoperative "
              "management. He has not had surgery.\n"
              "- Continue thumb spica cast 4-6 more weeks.\n"
              "- Recommend CT scan at 10-12 weeks post-injury to confirm union; can be done in the Netherlands.\n"
              "- Records and images provided to patient on CD."),
        ("sig", ["Electronically signed: Rebecca Stein, MD 04/02/2026 4:05 PM"]),
    ],
    label=dict(kinds=["correspondence"], date="2026-04-02", author="specialist", language="en",
               style="US EHR progress note (Word export), repeating header, month-first dates",
               imaging_done="yes", operated="no", treated_abroad="yes",
               notes="Clinic note without salutation; 'Date of Service: April 2, 2026' while the footer prints "
                     "04/03/2026 (month-first: 3 April). Screw fixation only discussed; 'He has not had surgery'. "
                     "Future CT is a plan."),
))

# ------------------------------------------------------------------ tz-031
TXT31 = """Amstelrand Ziekenhuis
Department of Plastic, Reconstructive and Hand Surgery
Amstelrandlaan 100, 1187 XZ Amstelveen, the Netherlands
T +31 20 999 4400

Amstelveen, 19 March 2026
Our reference: PRH/2026/01377

To:  Dr E. Whitfield
     The Hague International Family Practice
     Laan van Meerdervoort 999
     2517 AZ Den Haag

Re:  Mr Oliver Grant, date of birth 12-08-1975, patient number 7021188

Dear Dr Whitfield,

We saw Mr Grant at our outpatient clinic on 16 March 2026, nine months after his right thumb
CMC-1 arthrodesis, which was performed in our department on 11 June 2025.

He still has pain at the base of the thumb when gripping and cannot return to his work as a
sound engineer. On examination there is tenderness and some movement at the arthrodesis site.

The radiographs of 12 February 2026 show a nonunion of the arthrodesis with loosening around
the proximal screw.

Conclusion: symptomatic nonunion after CMC-1 arthrodesis, right.

Plan: we have proposed a revision arthrodesis with a bone graft from the distal radius. Mr Grant
would like a second opinion before he decides, which we fully support. We will send the images
on CD on request.

Kind regards,

dr. L.A. Smeets
plastic surgeon

cc: Mr O. Grant
"""
DOCS.append(dict(
    id=31, fmt="txt", text=TXT31,
    label=dict(kinds=["correspondence"], date="2026-03-19", author="specialist", language="en",
               style="English outpatient letter from a Dutch hospital (plain text)",
               imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="English language but a Dutch hospital: must not be read as care abroad. Clinic date "
                     "16 March vs letter date 19 March. Revision only proposed; the earlier arthrodesis is the "
                     "operation."),
))

# ------------------------------------------------------------------ tz-032 (merged bundle)
_P32_1 = dict(font="sans", size=9,
              footer="ZorgDomein - Verwijzing ZD-2026-0999-50218 - afgedrukt 30-03-2026 - pagina {page} van {pages}")
_B32_1 = [
    ("lh", ["ZorgDomein", "Verwijsbrief", "Second opinion handchirurgie"],
     ["Aan: Handkliniek Zuid", "Urgentie: regulier"]),
    ("fields", [("Patiënt", "Mw. A. (Annelies) Brouwer"), ("Geboortedatum", "19-02-1992"),
                ("BSN", "999993465"), ("Verzekeraar", "Polderzorg (test)"),
                ("Verwijzer", "dr. T. Hermans, huisarts, Vaals"), ("AGB", "01-999640"),
                ("Datum", "30-03-2026"), ("Specialisme", "Handchirurgie")], 2),
    ("fields", [
        ("Reden van verwijzing", "Ulnaire polspijn links sinds val van paard (december 2025)."),
        ("Vraagstelling", "Second opinion gewenst: is de door de orthopeed voorgestelde polsartroscopie "
                          "noodzakelijk, of is conservatieve behandeling verantwoord?"),
        ("Relevante voorgeschiedenis", "Geen bijzonderheden. Niet eerder geopereerd."),
        ("Recente behandelingen", "11-03-2026 MRI pols links (MVZ Radiologie Aachen, Duitsland): verdenking "
                                  "TFCC-laesie. 18-03-2026 X-pols links (Maasheuvel). 20-03-2026 polikliniek "
                                  "orthopedie Maasheuvel Ziekenhuis: artroscopie voorgesteld. Brace sinds januari."),
        ("Medicatie", "Ethinylestradiol/levonorgestrel; ibuprofen z.n."),
        ("Allergieën", "Geen"),
    ]),
]
_P32_2 = dict(font="serif", size=10, footer="Maasheuvel Ziekenhuis - Henri Dunantstraat 999 - 6419 PC Heerlen")
_B32_2 = [
    ("lh", ["Maasheuvel Ziekenhuis", "Orthopedie en Traumatologie"],
     ["Henri Dunantstraat 999", "6419 PC Heerlen", "T 045 - 999 6000"]),
    ("addr", ["dr. T. Hermans, huisarts", "Huisartsenpraktijk Vaals", "Maastrichterlaan 9", "6291 EN Vaals"],
     [("Datum", "20 maart 2026"), ("Kenmerk", "ORT/AB/7733")]),
    ("p", "Betreft: mevrouw A. Brouwer, geboren 19-02-1992"),
    ("p", "Geachte collega,"),
    ("p", "Op 20 maart 2026 zag ik uw patiënte op de polikliniek orthopedie met pijn aan de ulnaire zijde "
          "van de linkerpols na een val van een paard in december 2025. Zij is niet eerder aan de pols "
          "geopereerd. In Aken werd op verzoek van een Duitse orthopeed een MRI gemaakt (11-03-2026), die "
          "een verdenking op een TFCC-laesie toont. De X-pols links (18-03-2026) hier toont geen afwijkingen."),
    ("p", "Bij onderzoek drukpijn fovea ulnaris, positieve ulnocarpale stresstest, DRUG stabiel."),
    ("p", "Conclusie: verdenking TFCC-laesie links (Palmer 1B).\nBeleid: ik heb een diagnostische en "
          "therapeutische polsartroscopie voorgesteld. Patiënte wil eerst een second opinion."),
    ("p", "Met vriendelijke groet,"),
    ("sig", ["drs. R. Coumans, orthopedisch chirurg"]),
]
_P32_3 = dict(font="sans", size=9.5)
_B32_3 = [
    ("small", "Maasheuvel Ziekenhuis - Afdeling Radiologie"),
    ("title", "Uitslag"),
    ("fields", [("Patiënt", "Brouwer, A."), ("Geb.", "19-02-1992"), ("Onderzoek", "X-pols links, 2 richtingen"),
                ("Datum", "18-03-2026"), ("Aanvrager", "drs. R. Coumans, orthopedie")], 2),
    ("p", "Verslag: Normale stand en botstructuur. Ulnaire variantie neutraal. Geen fractuur, geen "
          "scafolunaire diastase. Gewrichtsspleten normaal."),
    ("p", "Conclusie: geen afwijkingen."),
    ("sig", ["dr. E. Bergmans, radioloog"]),
]
DOCS.append(dict(
    id=32, fmt="pdf", parts=[(_B32_1, _P32_1), (_B32_2, _P32_2), (_B32_3, _P32_3)],
    label=dict(kinds=["referral", "history", "correspondence", "imaging-report"], date="2026-03-30",
               also_dates=["2026-03-20", "2026-03-18"], author="gp", language="nl",
               style="merged PDF bundle: ZorgDomein referral + outpatient letter + radiology result",
               referral_question=True, imaging_done="yes", operated="no", treated_abroad="yes",
               notes="Three documents in one PDF (part order: referral, specialist letter, X-ray report). "
                     "Top-level date is the newest part; also_dates the other parts. MRI in Aachen (Germany) "
                     "counted as care abroad; 'Niet eerder geopereerd' negation; arthroscopy only proposed.",
               part=[dict(kinds=["referral", "history"], date="2026-03-30", author="gp"),
                     dict(kinds=["correspondence"], date="2026-03-20", author="specialist"),
                     dict(kinds=["imaging-report"], date="2026-03-18", author="radiologist")]),
))
