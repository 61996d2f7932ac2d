"""tu-001 .. tu-018 (Dutch and Flemish)."""
from common import *

# ------------------------------------------------------------------ tu-001 Zorgdomein two-column
pdf('tu-001', [
    ('two', 'ZorgDomein\nVerwijzing\nSecond opinion handchirurgie', 'Ontvanger:\nHandkliniek Oost-Nederland\nAfdeling Intake\nt.a.v. second opinion'),
    ('sp', 4),
    ('kv', [('Patiënt', 'Mevr. W.M. (Wilma) Hoekstra-Veen'), ('Geboortedatum', '14-02-1968'),
            ('BSN', '2345.67.891'), ('Verzekering', 'Zilveren Kruis, polisnr. 88412097'),
            ('Adres', 'Spoorlaan 17, 7462 AB Rijssen')]),
    ('sp', 3),
    ('kv', [('Verwijzer', 'J.A. Mulder, huisarts'), ('Praktijk', 'Gezondheidscentrum Het Stroomdal, Rijssen'),
            ('AGB-code', '01-054321'), ('Datum verwijzing', '12-11-2026'), ('Urgentie', 'Regulier')]),
    ('sp', 3),
    ('h', 'Reden van verwijzing'),
    ('p', 'Persisterende tintelingen en nachtelijke pijn dig I-III rechts, ook na carpaletunnelrelease rechts '
          '(maart 2025, Ziekenhuisgroep Twente). Krachtverlies bij knijpen.'),
    ('h', 'Vraagstelling'),
    ('p', 'Is er sprake van een recidief CTS of van een incomplete release? Graag uw second opinion '
          'over de verdere behandelmogelijkheden.'),
    ('h', 'Relevante voorgeschiedenis'),
    ('kv', [('2012', 'T90 Diabetes mellitus type 2'), ('2019', 'K86 Hypertensie'),
            ('03-2025', 'N93 Carpaletunnelsyndroom rechts, open release (ZGT Almelo)')], (25 * mm, 140 * mm)),
    ('h', 'Recente behandelingen'),
    ('p', '09-2026 echografie pols rechts: verdikte n. medianus proximaal van de retinaculum (CSA 14 mm²).\n'
          '10-2026 EMG (neurologie ZGT): matig ernstig CTS rechts, vergelijkbaar met preoperatief.\n'
          '15-10-2026 corticosteroïdinjectie carpale tunnel rechts door huisarts, effect 2 weken.\n'
          'Nachtspalk sinds september.'),
    ('h', 'Medicatie'),
    ('p', 'metformine 500 mg 2dd1; amlodipine 5 mg 1dd1; paracetamol zo nodig'),
    ('kv', [('Allergieën', 'Geen bekend'), ('Contra-indicaties', 'Diabetes mellitus')]),
], font='Helvetica', size=9.5,
    footer='ZorgDomein verwijzing 2611-4471-XQ\tPagina {page} van {pages}\nAfgedrukt: 13-11-2026 08:41')
label('tu-001', kinds=['referral', 'history'], date='2026-11-12', author='gp', language='nl',
      style='zorgdomein two-column form, labels and values in separate table cells',
      referral_question=True, imaging_done='yes', operated='yes', treated_abroad='unmentioned',
      notes='Question only under Vraagstelling; history section with dated recent treatments; print date 13-11 in footer is not the document date; prior CTR 2025 = operated yes; EMG is not imaging but the echo is.')

# ------------------------------------------------------------------ tu-002 free GP letter, no question
docx_file('tu-002', [
    ('two', 'Huisartsenpraktijk Diezerpoort\nT. Brinkman & L. Oosterhof, huisartsen\nBurgemeester van Roijensingel 3\n8011 CR Zwolle\nTel. 038-4217733', ''),
    ('sp',),
    ('p', 'Aan: Isala, Plastische Chirurgie / Handchirurgie\nt.a.v. de dienstdoende plastisch chirurg\nDokter van Heesweg 2\n8025 AB Zwolle'),
    ('sp',),
    ('r', 'Zwolle, 4 november 2026'),
    ('p', 'Betreft: mw. A. (Anouk) Verbeek, geb. 22-07-1979\nBSN 1928.37.465'),
    ('sp',),
    ('p', 'Geachte collega,'),
    ('p', 'Graag verwijs ik bovengenoemde patiënte naar u voor behandeling van een triggerduim links. '
          'Sinds mei 2026 klachten van haperen en pijn over de A1-pees. Zij kreeg in juni en september een '
          'injectie met triamcinolon, beide met slechts kortdurend effect. Patiënte is niet eerder aan de hand '
          'geopereerd. Zij werkt als kapster en wil graag zo snel mogelijk geholpen worden.'),
    ('p', 'Medicatie: levothyroxine 75 mcg 1dd1. Allergieën: pleisterallergie.'),
    ('p', 'Met vriendelijke groet,'),
    ('sp',),
    ('p', 'T. Brinkman, huisarts'),
], font='Arial', footer='AGB 01-077123 — Huisartsenpraktijk Diezerpoort')
label('tu-002', kinds=['referral'], date='2026-11-04', author='gp', language='nl',
      style='free GP letter docx, letterhead in table cell, right-aligned place+date',
      referral_question=False, imaging_done='unmentioned', operated='no', treated_abroad='unmentioned',
      notes='Referral for treatment only, no question and no second-opinion request; negated operation.')

# ------------------------------------------------------------------ tu-003 HIS journal printout
txt('tu-003', '''
HUISARTSENPRAKTIJK DE GROTE MARKT - MEDICOM                           Datum uitdraai: 09-12-2026
UITDRAAI JOURNAAL                                                     Gebruiker: mjv
-----------------------------------------------------------------------------------------------
Patiënt : Dhr. T.H. (Thijs) Veldkamp          Geboortedatum : 03-05-1985     Geslacht: M
Adres   : Kruisstraat 41, 2011 PZ Haarlem     Patiëntnr.    : 004518
Verzekeraar: VGZ 772310045
-----------------------------------------------------------------------------------------------
EPISODELIJST (actief)
  Begin       ICPC   Omschrijving                                       Attentie
  02-08-2026  L72    Fractuur distale radius links                      *
  14-03-2019  K86    Hypertensie zonder orgaanbeschadiging
  09-11-2015  R96    Astma
EPISODELIJST (inactief)
  21-06-2011  D88    Appendicitis - appendectomie (Spaarne)
-----------------------------------------------------------------------------------------------
JOURNAAL
02-08-2026  TC  (L72) Telefoon: pt belt vanuit Spanje (vakantie Marbella). Gisteren gevallen op
                uitgestrekte hand li. Gezien op Urgencias Hospital Costa del Sol: foto's, fractuur,
                gesloten repositie, gipsspalk. Advies: bij terugkomst melden.
15-08-2026  C   (L72) S: terug van vakantie, brief (Spaans) meegenomen, gips zit goed, weinig pijn.
                O: gipsspalk intact, vingers warm, sensibiliteit intact.
                E: distale radiusfractuur li, conservatief behandeld in Spanje.
                P: X-pols li ter controle aangevraagd; verwijzing SEH/gipskamer Spaarne Gasthuis.
22-08-2026  BS  (L72) Brief specialist ontvangen: radiologie Spaarne Gasthuis: X-pols li 19-08:
                distale radiusfractuur, geringe dorsale kanteling 12 gr, stand acceptabel.
29-08-2026  BS  (L72) Brief specialist ontvangen: gipsverbandmeester/traumatologie: circulair gips
                tot 4 wk na trauma, daarna handtherapie.
08-10-2026  C   (L72) S: nog stijf en pijnlijk bij draaien, kan geen pannen tillen. Werkt als kok.
                O: pronatie/supinatie beperkt 60/40, dorsiflexie 30 gr, drukpijn DRUJ.
                E: restklachten na radiusfractuur li, mogelijk DRUJ-instabiliteit.
                P: verwijzing handtherapie; over 6 wk terug.
20-11-2026  C   (L72) S: weinig vooruitgang ondanks handtherapie. Pt wil een tweede mening.
                O: idem, klik bij supinatie.
                E: persisterende klachten pols li, niet geopereerd, behandeling tot nu toe conservatief.
                P: verwijzing second opinion handchirurgie via ZorgDomein; brief uit Spanje en
                verslagen meesturen.
03-12-2026  M   (K86) Herhaalrecept amlodipine 5 mg.
-----------------------------------------------------------------------------------------------
MEDICATIE (actueel)
  amlodipine 5 mg tablet       1dd1        sinds 14-03-2019
  salbutamol 100 mcg aerosol   zn 1-2 inh  sinds 09-11-2015
ALLERGIEËN / CONTRA-INDICATIES
  Geen bekend.
-----------------------------------------------------------------------------------------------
Pagina 1 van 1                                 Einde uitdraai
''')
label('tu-003', kinds=['history'], date='2026-12-09', author='gp', language='nl',
      style='HIS journal printout (Medicom-like), episode list with ICPC, SOEP journal lines',
      imaging_done='yes', operated='no', treated_abroad='yes',
      notes='Treatment at a Spanish emergency department during holiday (journal TC line); appendectomy in inactive episodes is not the hand problem; "niet geopereerd" in E line; document date is Datum uitdraai.')

# ------------------------------------------------------------------ tu-004 multi-page outpatient letter
long_anamnese = ('Patiënt is een 36-jarige rechtshandige man, werkzaam als installatiemonteur. Op 28 augustus '
    '2026 viel hij tijdens een voetbalwedstrijd op de uitgestrekte linkerhand. Sindsdien heeft hij pijn aan de '
    'ulnaire zijde van de pols, met name bij draaibewegingen (sleutel omdraaien, schroeven) en bij steunen op de '
    'hand bij opstaan uit een stoel. Er is een klikkend gevoel bij pro- en supinatie. Geen tintelingen, geen '
    'krachtverlies in de vingers. De huisarts schreef eerder een brace voor en verwees hem naar de fysiotherapeut, '
    'zonder duidelijke verbetering. Hij heeft zijn werk inmiddels aangepast en doet voornamelijk lichte '
    'werkzaamheden. Voorgeschiedenis: blanco. Geen medicatie. Rookt niet, alcohol sociaal.')
blocks4 = [
    ('two', 'Ziekenhuis Gelderse Vallei\nPlastische, Reconstructieve en Handchirurgie\nWilly Brandtlaan 10\n6716 RP Ede\nT 0318 43 43 43',
     'Aan de weledelgeboren heer\nA.C. van Dam, huisarts\nHuisartsenpraktijk Veldhuizen\nHeuvelweg 5\n6718 TD Ede'),
    ('sp', 6),
    ('kv', [('Ons kenmerk', 'PCH/RdG/2026-1183'), ('Datum', '5 oktober 2026'),
            ('Betreft', 'Dhr. R.J. de Graaf, geb. 11-09-1990, pat.nr. 7723019'),
            ('Bezoek', 'polikliniek 29-09-2026')], (35 * mm, 125 * mm)),
    ('sp', 4),
    ('p', 'Geachte collega,'),
    ('p', 'Op 29 september 2026 zagen wij uw patiënt op de polikliniek handchirurgie in verband met '
          'pijn aan de linkerpols.'),
    ('h', 'Anamnese'), ('p', long_anamnese), ('p', 'Bij navraag geen eerdere klachten aan deze pols. Hij sport drie keer per week en wil graag weer '
          'voetballen. Thuis is hij vader van twee jonge kinderen; tillen is momenteel lastig.'),
    ('h', 'Lichamelijk onderzoek'),
    ('p', 'Linkerpols: geen zwelling, geen standsafwijking. Drukpijn in de fovea ulnaris. Positieve foveatest. '
          'Ulnocarpale stresstest positief. DRUJ stabiel in neutrale stand, lichte toegenomen laxiteit in '
          'supinatie ten opzichte van rechts. Pro-/supinatie 80/70 (rechts 85/85). Kracht (Jamar) links 32 kg, '
          'rechts 48 kg. Neurovasculair intact.'),
    ('h', 'Aanvullend onderzoek'),
    ('p', 'Röntgenfoto pols links (02-09-2026, elders): geen fractuur, neutrale ulnaire variantie.\n'
          'MRI pols links (20-09-2026): perifere scheur van het TFCC (Palmer 1B), geen ossale afwijkingen, '
          'geen aanwijzingen voor ligamentair letsel van de proximale carpale rij.'),
    ('h', 'Conclusie'),
    ('p', 'Posttraumatische ulnaire polspijn links op basis van een perifere TFCC-laesie (Palmer 1B).'),
    ('h', 'Beleid'),
    ('p', 'Wij hebben de behandelopties uitgebreid besproken: conservatief (brace en handtherapie gedurende '
          '6-12 weken) of een artroscopie van de pols met refixatie van het TFCC. Gezien het beperkte effect '
          'van de conservatieve behandeling tot nu toe hebben wij een artroscopische TFCC-hechting aangeboden. '
          'Patiënt wil hierover nadenken en overweegt een second opinion te vragen. Wij hebben hem daarbij '
          'onze medewerking toegezegd. Hij neemt contact op met de polikliniek wanneer hij een beslissing '
          'heeft genomen. Tot die tijd draagt hij de polsbrace bij zware activiteiten.'),
    ('p', 'Met vriendelijke groet,'),
    ('sp', 8),
    ('p', 'Drs. L.M. Schouten\nPlastisch chirurg'),
    ('p', 'cc: patiënt\ncc: fysiotherapie Ede-Zuid'),
]
pdf('tu-004', blocks4, font='Times', size=11,
    header='Ziekenhuis Gelderse Vallei — Plastische Chirurgie\nPatiënt: dhr. R.J. (Ruben) de Graaf   Geb.datum: 11-09-1990   Pagina {page} van {pages}',
    footer='Afgedrukt op 14-11-2026 10:22 door SEC-PCH\tBrief 2026-1183', top=30)
label('tu-004', kinds=['correspondence'], date='2026-10-05', author='specialist', language='nl',
      style='HiX outpatient letter, multi-page with repeated page header (name, DOB, page x of y) and print-date footer',
      imaging_done='yes', operated='unmentioned', treated_abroad='unmentioned',
      notes='Arthroscopy offered, patient undecided (plan, not event); letter date vs visit date 29-09 vs print date 14-11 vs birth date in header; MRI/X-ray dates inside text.')

# ------------------------------------------------------------------ tu-005 MRI report with addendum
pdf('tu-005', [
    ('t', 'RADIOLOGISCH ONDERZOEK'),
    ('small', 'Medisch Centrum Leeuwarden · Afdeling Radiologie · Henri Dunantweg 2 · 8934 AD Leeuwarden'),
    ('sp', 4),
    ('kv4', [('Patiënt', 'Mw. J. (Jildou) Terpstra', 'Geb.datum', '30-06-1994'),
             ('Pat.nr.', '5512873', 'Accessienr.', 'MCL26R0481122'),
             ('Aanvrager', 'Dr. M. Kooistra, Orthopedie', 'Datum onderzoek', '02-10-2026')]),
    ('sp', 3),
    ('kv', [('Onderzoek', 'MRI pols links, zonder contrast'),
            ('Klinische gegevens', 'Val van paard 08-2026. Pijn ulnair en radiair. Vraagstelling: TFCC-letsel? SL-ligament?')]),
    ('h', 'Verslag'),
    ('p', 'Coronale en axiale PD-FS, T1 en 3D-gradiëntecho opnamen. Geen eerder onderzoek ter vergelijking. '
          'Intact scafolunair en lunotriquetraal ligament. Centrale degeneratieve perforatie van de discus '
          'triangularis zonder perifere afscheuring. Minimaal vocht in het DRUJ. Geen beenmergoedeem van de '
          'carpalia. Pezen van de extensoren en flexoren zonder afwijkingen. ECU in de groeve gelegen.'),
    ('h', 'Conclusie'),
    ('p', 'Centrale perforatie van het TFCC, vermoedelijk degeneratief. Geen ligamentair letsel van de carpus.'),
    ('p', 'Radioloog: dr. H.P. Wijnsma — geautoriseerd 02-10-2026 16:48'),
    ('sp', 3),
    ('box', 'ADDENDUM 06-10-2026\nNa herbeoordeling in het handoverleg: op de coronale T1-opnamen een subtiele '
            'lineaire hypo-intensiteit in de taille van het scafoïd, verdacht voor een niet-gedisloceerde '
            'fractuur. Advies: aanvullende CT van de linkerpols.\nDr. H.P. Wijnsma, radioloog'),
], font='DejaVuSerif', size=10, footer='MCL Radiologie — verslag {page}/{pages}')
label('tu-005', kinds=['imaging-report'], date='2026-10-02', also_dates=['2026-10-06'], author='radiologist',
      language='nl', style='radiology report, 4-column header table, boxed addendum of later date',
      imaging_done='yes', operated='unmentioned', treated_abroad='unmentioned',
      notes='Addendum dated 4 days later; requester is an orthopaedic surgeon (Aanvrager) - not the author; question in Klinische gegevens is not a referral; CT only advised.')

# ------------------------------------------------------------------ tu-006 OK-verslag checkbox form
docx_file('tu-006', [
    ('t', 'OPERATIEVERSLAG'),
    ('p', 'Isala · Plastische, Reconstructieve en Handchirurgie · Zwolle'),
    ('kv4', [['Patiënt', 'Dhr. G. (Gerrit) Scholten', 'Geb.', '19-01-1957'],
             ['Pat.nr.', '3309182', 'Datum operatie', '17-11-2026'],
             ['Operateur', 'dr. E.J. Nijboer, plastisch chirurg', 'Assistent', 'K. Doğan, AIOS'],
             ['Anesthesioloog', 'n.v.t.', 'OK', 'OK 7 (dagbehandeling)']]),
    ('sp',),
    ('tab', [['Anesthesie', 'Keuze'],
             ['Lokaal / WALANT', '[X]'], ['Plexusblokkade', '[ ]'], ['Algehele anesthesie', '[ ]'],
             ['Bloedleegte', '[ ] manchet   [X] geen (WALANT)']]),
    ('sp',),
    ('kv', [('Indicatie', 'Ziekte van Dupuytren dig IV en V rechts, extensiedeficit MCP IV 45°, PIP V 30°, '
                          'functiebeperking.'),
            ('Ingreep', 'Limited fasciectomie dig IV en V rechts met Z-plastiek.'),
            ('Tijden', 'Time-out 10:02 · Incisie 10:09 · Sluiten 11:15 · Uit OK 11:24'),
            ('Verloop', 'Bruner-incisie palm naar dig IV en V. Identificatie en bescherming van de '
                        'neurovasculaire bundels. Excisie van de pre-tendineuze en spiraalstreng. Volledige '
                        'extensie MCP IV, PIP V rest 10°. Hemostase. Z-plastiek dig V. Sluiten met '
                        'Ethilon 5-0.'),
            ('Complicaties', 'Geen.'),
            ('Materiaal PA', '[X] ja — Dupuytren-weefsel   [ ] nee'),
            ('Nabehandeling', 'Drukverband 48 uur, daarna handtherapie en nachtspalk. Hechtingen verwijderen '
                              'na 12 dagen bij huisarts. Controle poli over 6 weken.')]),
], font='Calibri', header='Isala Zwolle — OK-registratie', footer='Verslag vastgelegd 17-11-2026 11:40 door E.J. Nijboer')
label('tu-006', kinds=['operation-report'], date='2026-11-17', author='specialist', language='nl',
      style='operation report form docx: 4-col table, checkbox table, time stamps',
      imaging_done='unmentioned', operated='yes', treated_abroad='unmentioned',
      notes='No salutation or prose title other than OPERATIEVERSLAG; fields in table cells; checkbox marks [X]/[ ].')

# ------------------------------------------------------------------ tu-007 lab with many tests incl. MRSA row
pdf('tu-007', [
    ('two', 'SHO Centrum voor Medische Diagnostiek\nKlinische Chemie · Hematologie · Medische Microbiologie\nPostbus 1120, 3330 CC Zwijndrecht',
     'Aan: Huisartsenpraktijk Oud-Beijerland\nE. Koster, huisarts\nAGB 01-033218'),
    ('sp', 4),
    ('t', 'Uitslagrapport'),
    ('kv4', [('Patiënt', 'Mw. F. (Fatma) Yilmaz', 'Geboren', '08-12-1974'),
             ('Afname', '24-11-2026 08:15', 'Ontvangst', '24-11-2026 11:02'),
             ('Rapportdatum', '27-11-2026', 'Status', 'Eindrapport')]),
    ('p', 'Klinische gegevens: opname ziekenhuis Antalya (Turkije) juli 2026 i.v.m. polsfractuur; screening '
          'voorafgaand aan verwijzing handchirurgie.'),
    ('tab', [['Bepaling', 'Uitslag', 'Eenheid', 'Referentie', ''],
             ['Hemoglobine', '7.9', 'mmol/L', '7.5 - 10.0', ''],
             ['Leukocyten', '6.4', '10^9/L', '4.0 - 10.0', ''],
             ['Trombocyten', '312', '10^9/L', '150 - 400', ''],
             ['CRP', '3', 'mg/L', '< 10', ''],
             ['Kreatinine', '71', 'umol/L', '49 - 90', ''],
             ['eGFR (CKD-EPI)', '> 90', 'mL/min/1.73m2', '> 60', ''],
             ['Glucose nuchter', '6.6', 'mmol/L', '4.0 - 6.1', 'H'],
             ['HbA1c', '46', 'mmol/mol', '< 42', 'H'],
             ['TSH', '1.8', 'mU/L', '0.4 - 4.0', ''],
             ['MRSA-screening kweek (neus, keel, perineum)', 'MRSA niet aangetoond', '', 'niet aangetoond', ''],
             ['Vitamine D (25-OH)', '38', 'nmol/L', '> 50', 'L']], (62 * mm, 40 * mm, 27 * mm, 25 * mm, 8 * mm)),
    ('sp', 3),
    ('small', 'Gevalideerd door: ing. P. de Ruiter, klinisch chemicus / dr. S. Akkerman, arts-microbioloog. '
              'Microbiologie: kweek op chromogene MRSA-agar na ophoping, 48 uur.'),
], font='LibSans', size=9.5, footer='SHO rapport 26-1124-0872\tblad {page} van {pages}')
label('tu-007', kinds=['mrsa-screening'], date='2026-11-27', also_dates=['2026-11-24'], author='lab', language='nl',
      style='GP-lab results report, many tests in one table; MRSA culture one row among chemistry',
      imaging_done='unmentioned', operated='unmentioned', treated_abroad='yes',
      notes='MRSA result is a single table row; clinical details mention admission in Turkey; three dates (afname, ontvangst, rapport).')

# ------------------------------------------------------------------ tu-008 lab without MRSA
txt('tu-008', '''
ATAL Medisch Diagnostisch Centrum                          Uitslagen laboratorium
Postbus 2026, 1000 CA Amsterdam

Aanvrager : B.F. Smit, huisarts, Amsterdam-Noord
Patiënt   : Hr. K.P. Boersma                    Geb. 17-04-1962
Afnamedatum: 02-12-2026        Uitslagdatum: 03-12-2026
Onderzoeksnummer: 26.338.1201

HEMATOLOGIE                 uitslag    eenheid       ref.
  Hemoglobine               9.1        mmol/L        8.5-11.0
  MCV                       91         fL            80-100
  Leukocyten                8.8        10E9/L        4.0-10.0
  BSE                       24    *H   mm/uur        < 20
KLINISCHE CHEMIE
  CRP                       14    *H   mg/L          < 10
  Urinezuur                 0.52  *H   mmol/L        0.20-0.43
  Kreatinine                88         umol/L        60-110
  ALAT                      22         U/L           < 45
IMMUNOLOGIE
  Reumafactor (IgM)         < 10       kU/L          < 15
  Anti-CCP                  negatief

Opmerking: verhoogd urinezuur, passend bij klinisch vermoeden jicht (MCP-gewricht).

Geautoriseerd: 03-12-2026 14:10, A. Huisman, klinisch chemicus
''')
label('tu-008', kinds=[], date='2026-12-03', also_dates=['2026-12-02'], author='lab', language='nl',
      style='plain-text GP lab report, columns with spaces',
      imaging_done='unmentioned', operated='unmentioned', treated_abroad='unmentioned',
      notes='Lab result with no MRSA screening at all: must not count as mrsa-screening.')

# ------------------------------------------------------------------ tu-009 Flemish emergency letter
pdf('tu-009', [
    ('two', 'AZ Sint-Jan Brugge\nSpoedgevallendienst\nRuddershove 10, 8000 Brugge\nTel. +32 50 45 21 11',
     'Aan dokter N. Hendriks\nHuisartsenpraktijk Westkapelle\nZuidstraat 2\n4361 AK Westkapelle\nNederland'),
    ('sp', 6),
    ('r', 'Brugge, 14/08/2026'),
    ('p', 'Betreft: mevrouw Ingrid Lambrechts-Peeters, ° 03/05/1971\nOpname-nr. 26-221874'),
    ('p', 'Geachte confrater,'),
    ('p', 'Uw patiënte meldde zich op 13/08/2026 op onze spoedgevallendienst na een val met de fiets op de '
          'dijk in Blankenberge, waar zij op vakantie was. Zij kwam ten val op de rechterhand.'),
    ('p', 'Klinisch onderzoek: zwelling dorsaal rechterpols, drukpijn tabatière anatomique negatief, geen '
          'neurovasculaire uitval.\nRX pols rechts (3 opnames) en RX scafoïdreeks: geen fractuur, geen luxatie.'),
    ('h', 'Besluit'),
    ('p', 'Distorsie rechterpols. Een heelkundige ingreep was niet nodig. Behandeling met onderarmspalk '
          'gedurende 10 dagen en pijnstilling (paracetamol 1 g max. 4x/dag).'),
    ('p', 'Wij vragen u de patiënte verder op te volgen; bij aanhoudende pijn na 2 weken is een nieuwe '
          'RX-opname of een raadpleging handchirurgie aangewezen.'),
    ('p', 'Met collegiale groeten,'),
    ('sp', 6),
    ('p', 'dr. Pieter Vandecasteele\nurgentiearts'),
], font='Helvetica', size=10, footer='AZ Sint-Jan Brugge AV · RIZIV 1-23456-78-910\tp. {page}/{pages}')
label('tu-009', kinds=['correspondence'], date='2026-08-14', author='specialist', language='nl',
      style='Flemish emergency department letter (spoedgevallendienst, geachte confrater, ° birth date, Besluit)',
      imaging_done='yes', operated='no', treated_abroad='yes',
      notes='Belgian hospital treated a Dutch patient on holiday -> treated_abroad yes; "RX: geen fractuur" is imaging done; "heelkundige ingreep niet nodig" = not operated; date format dd/mm/yyyy; visit 13/08 vs letter 14/08.')

# ------------------------------------------------------------------ tu-010 UZ Gent operatieverslag
docx_file('tu-010', [
    ('p', 'UZ Gent — Dienst Plastische en Reconstructieve Heelkunde\nCorneel Heymanslaan 10, 9000 Gent · +32 9 332 21 11'),
    ('t', 'Operatieverslag'),
    ('kv', [('Patiënt', 'Dhr. Bram Dekker, ° 27/11/1999 (Terneuzen, NL)'),
            ('Datum ingreep', '21/09/2026'),
            ('Chirurg', 'Prof. dr. K. Van den Bossche'),
            ('Assistent', 'dr. L. Maes (ASO)'),
            ('Anesthesie', 'algemene anesthesie + plexus axillaris (dr. S. Claes)'),
            ('Diagnose', 'Verplaatste taillefractuur scafoïd rechts (sportongeval 12/09/2026; RX en CT-scan pols rechts 12/09/2026)'),
            ('Ingreep', 'Open repositie en interne fixatie scafoïd rechts met headless compressieschroef (volaire benadering)'),
            ]),
    ('h', 'Verloop'),
    ('p', 'Bloedleegte 250 mmHg, 10:14 u. Volaire incisie over FCR. Opening van het kapsel, visualisatie '
          'van de fractuur met 2 mm dislocatie. Repositie met joysticks, tijdelijke K-draad. Inbrengen van '
          'een 22 mm compressieschroef onder doorlichting; goede positie en compressie in twee richtingen. '
          'Sluiten van het kapsel, subcutis en huid. Bloedleegte af 11:02 u.'),
    ('kv', [('Verwikkelingen', 'geen'),
            ('Nazorg', 'Onderarmgips met duiminclusie 2 weken, daarna spalk. Controle raadpleging met RX na 2 weken. '
                       'Patiënt wenst verdere opvolging in Nederland.')]),
], font='Cambria', footer='UZ Gent · Operatieverslag · gedicteerd 21/09/2026, gevalideerd 22/09/2026')
label('tu-010', kinds=['operation-report'], date='2026-09-21', also_dates=['2026-09-22'], author='specialist', language='nl',
      style='Flemish university hospital operation report, label/value table',
      imaging_done='yes', operated='yes', treated_abroad='yes',
      notes='Belgian hospital operated a Dutch patient -> treated abroad; pre-operative X-ray and CT named in the Diagnose field (plus intra-operative fluoroscopy); validation date 22/09 in footer.')

# ------------------------------------------------------------------ tu-011 forwarded e-mail printout
txt('tu-011', '''
Van:       Assistente Huisartsenpraktijk De Linde <assistente@hapdelinde.nl>
Aan:       intake@handkliniek-oost.nl
Datum:     donderdag 3 december 2026 09:12
Onderwerp: FW: vraag over second opinion duim - mw. E. Jansen (geb. 06-10-1961)
Bijlagen:  OK-verslag_DZ_maart2026.pdf

Beste collega's,

Hierbij doorgestuurd het bericht van onze patiënte mw. Jansen. De verwijzing volgt deze week via
ZorgDomein door dokter Wessels. Bijgaand alvast het OK-verslag uit het Deventer Ziekenhuis.

Met vriendelijke groet,
Marieke, doktersassistente
Huisartsenpraktijk De Linde, Deventer - 0570-612233

-----Oorspronkelijk bericht-----
Van: Els Jansen <els.jansen61@ziggo.example>
Verzonden: maandag 30 november 2026 21:47
Aan: Huisartsenpraktijk De Linde
Onderwerp: vraag over second opinion duim

Beste dokter Wessels,

Zoals besproken op het spreekuur van 24-11 zou ik graag een second opinion willen bij de Handkliniek.
Ik ben in maart 2026 in het Deventer Ziekenhuis geopereerd aan mijn rechterduim (artrose, het botje
is weggehaald) maar ik heb nog steeds veel pijn, ook 's nachts. Er is in oktober nog een foto gemaakt
en volgens de orthopeed was alles goed, maar het voelt niet goed.

Kunt u het OK-verslag en de brieven naar de Handkliniek sturen?

Groeten,
Els Jansen
''')
label('tu-011', kinds=[], date='2026-12-03', author='gp', language='nl',
      style='forwarded e-mail printout (Van/Aan/Datum/Onderwerp headers, quoted original with its own date)',
      imaging_done='yes', operated='yes', treated_abroad='unmentioned',
      notes='Not a referral (referral "volgt via ZorgDomein"), not an operation report although "Bijgaand het OK-verslag" and an attachment name; quoted mail dated 30 Nov; author is the GP practice assistant (gp vs other debatable).')

# ------------------------------------------------------------------ tu-012 patient-portal message
pdf('tu-012', [
    ('small', 'Mijn Rijnstate  |  Berichten  |  Afgedrukt 22-10-2026'),
    ('t', 'Bericht'),
    ('kv', [('Onderwerp', 'Re: uitslag echo en vraag over second opinion'),
            ('Van', 'Sanne Bakker (patiënt)'),
            ('Aan', 'Polikliniek Orthopedie - team hand/pols'),
            ('Verzonden', '21-10-2026 19:32')], (30 * mm, 130 * mm)),
    ('sp', 3),
    ('p', 'Beste dokter Peeters,\n\nDank voor uw uitleg over de echo die in juni is gemaakt en die een ganglion '
          'liet zien aan de bovenkant van mijn pols. U stelde voor om het ganglion operatief te verwijderen. '
          'Ik twijfel daarover en zou graag eerst een second opinion vragen bij een handkliniek.\n\n'
          'U vroeg ook of ik tijdens mijn reis door Thailand in september nog klachten had: de pols was wel '
          'dik, maar ik ben daar niet naar een dokter of ziekenhuis geweest.\n\n'
          'Kunt u mijn gegevens doorsturen? Mijn huisarts maakt de verwijzing.\n\nMet vriendelijke groet,\nSanne Bakker'),
    ('sp', 3),
    ('h', 'Eerder bericht'),
    ('kv', [('Van', 'Polikliniek Orthopedie'), ('Verzonden', '15-10-2026 11:05')], (30 * mm, 130 * mm)),
    ('p', '> Beste mevrouw Bakker, de echo van 12-06-2026 toont een dorsaal ganglion van 14 mm. Zoals besproken '
          'kunnen we dit operatief verwijderen; u kunt ook afwachten. Had u nog klachten tijdens uw reis? '
          'Met vriendelijke groet, dr. J. Peeters, orthopedisch chirurg'),
], font='DejaVuSans', size=9.5, footer='Mijn Rijnstate — dit bericht is vertrouwelijk\t{page}/{pages}')
label('tu-012', kinds=[], date='2026-10-21', author='patient', language='nl',
      style='patient-portal message printout with quoted earlier reply (own date) and print date',
      imaging_done='yes', operated='unmentioned', treated_abroad='no',
      notes='Patient message, not a referral; operation only proposed; trip to Thailand explicitly without doctor/hospital; three dates (print 22-10, sent 21-10, quoted 15-10).')

# ------------------------------------------------------------------ tu-013 hand-therapy letter
docx_file('tu-013', [
    ('p', 'Handtherapie Nederland · locatie Utrecht Leidsche Rijn\nVan Koetsveldstraat 2, 3532 ES Utrecht'),
    ('sp',),
    ('p', 'Aan: dr. S. Verhoeven, plastisch chirurg, St. Antonius Ziekenhuis'),
    ('p', 'Utrecht, 30 oktober 2026'),
    ('p', 'Betreft: dhr. H. (Henk) van Wijk, geb. 02-02-1953 — Verslag handtherapie'),
    ('p', 'Geachte dokter Verhoeven,'),
    ('p', 'Hierbij een tussentijds verslag over bovengenoemde patiënt, die op 8 juli 2026 door u werd geopereerd '
          '(fasciectomie Dupuytren dig IV-V links). Hij is sinds 15 juli in behandeling (14 sessies).'),
    ('tab', [['Meting', '15-07-2026', '28-10-2026'],
             ['Extensie MCP IV', '-20°', '0°'],
             ['Extensie PIP V', '-35°', '-15°'],
             ['Vuistsluiting (cm tot DPC)', '3,5', '0,5'],
             ['Knijpkracht (kg, Jamar II)', '18', '31']]),
    ('p', 'Het litteken is soepel, er is nog lichte overgevoeligheid in de palm. Patiënt draagt de nachtspalk '
          'trouw. Wij stellen voor de behandeling over 6 weken af te bouwen.'),
    ('p', 'Met vriendelijke groet,\n\nL. de Bruijn, MSc, CHT-NL\nhandtherapeut'),
], font='Verdana', size=9.5, footer='Handtherapie Nederland BV · KvK 12345678')
label('tu-013', kinds=[], date='2026-10-30', author='other', language='nl',
      style='hand-therapy progress letter with measurement table',
      imaging_done='unmentioned', operated='yes', treated_abroad='unmentioned',
      notes='Hand therapist letter is not specialist correspondence; mentions the operation (yes) but is not an operation report.')

# ------------------------------------------------------------------ tu-014 pharmacy overview
pdf('tu-014', [
    ('two', 'Apotheek De Zwaan\nMarkt 12, 5211 JX \'s-Hertogenbosch\nTel 073-6123456', 'Actueel medicatieoverzicht\nDatum overzicht: 25-11-2026'),
    ('sp', 3),
    ('kv', [('Naam', 'Mw. C.A.M. (Cora) van den Heuvel'), ('Geboortedatum', '11-11-1949'),
            ('Huisarts', 'dr. R. Peters, Den Bosch'), ('Gewicht / lengte', '78 kg / 1,64 m')]),
    ('sp', 3),
    ('tab', [['Geneesmiddel', 'Gebruik', 'Start', 'Voorschrijver'],
             ['Acenocoumarol 1 mg tablet', 'volgens schema trombosedienst', '03-02-2021', 'cardioloog'],
             ['Metoprolol retard 50 mg', '1 x daags 1', '03-02-2021', 'cardioloog'],
             ['Pantoprazol 20 mg msr', '1 x daags 1', '12-05-2023', 'huisarts'],
             ['Naproxen 500 mg', 'zo nodig 2 x daags 1', '18-10-2026', 'plastisch chirurg'],
             ['Colecalciferol 800 IE', '1 x daags 1', '12-05-2023', 'huisarts']]),
    ('sp', 3),
    ('h', 'Overgevoeligheden / contra-indicaties'),
    ('p', 'Penicilline (huiduitslag, 1998). Atriumfibrilleren. Let op: interactie acenocoumarol - naproxen '
          '(verhoogd bloedingsrisico) besproken met voorschrijver op 18-10-2026.'),
], font='Courier', size=9, footer='Dit overzicht is gebaseerd op de bij de apotheek bekende gegevens.\tpag. {page}')
label('tu-014', kinds=[], date='2026-11-25', author='other', language='nl',
      style='pharmacy medication overview (table, Courier)',
      imaging_done='unmentioned', operated='unmentioned', treated_abroad='unmentioned',
      notes='Pharmacy overview; prescriber "plastisch chirurg" must not make it correspondence.')

# ------------------------------------------------------------------ tu-015 appointment letter
txt('tu-015', '''
Handkliniek Zuid
Locatie Eindhoven - Boschdijk 1122 - 5626 AH Eindhoven - T 040 2010 900

Mevrouw L. (Lotte) Smeets
Heezerweg 230
5643 KM Eindhoven

Eindhoven, 1 december 2026
Ons kenmerk: AFS-26-99812
Geboortedatum: 09-09-1988

Betreft: uw afspraak voor een second opinion

Beste mevrouw Smeets,

Wij hebben uw verwijzing ontvangen. U bent ingepland voor een intakegesprek:

    Datum:    donderdag 14 januari 2027
    Tijd:     10:40 uur (graag 15 minuten eerder aanwezig)
    Bij:      dr. M. van der Linden, plastisch chirurg
    Locatie:  Polikliniek begane grond, balie 3

Neemt u mee:
  - uw legitimatiebewijs en zorgpas
  - een actueel medicatieoverzicht van uw apotheek
  - de CD met beelden, als er foto's, een echo of MRI van uw hand zijn gemaakt
  - als u in het afgelopen jaar in een buitenlands ziekenhuis bent opgenomen: de uitslag van een
    MRSA-screening via uw huisarts

Bent u verhinderd? Meld dit dan uiterlijk 48 uur van tevoren.

Met vriendelijke groet,
Planning Handkliniek Zuid
''')
label('tu-015', kinds=[], date='2026-12-01', author='other', language='nl',
      style='appointment letter (plain text), appointment date in the future',
      imaging_done='unmentioned', operated='unmentioned', treated_abroad='unmentioned',
      notes='Conditional instructions (CD if imaging, MRSA if admitted abroad) state no facts; appointment date 2027-01-14 is not the document date.')

# ------------------------------------------------------------------ tu-016 consent form
docx_file('tu-016', [
    ('t', 'Machtiging opvragen medische gegevens'),
    ('p', 'Handkliniek Oost-Nederland · Afdeling Intake'),
    ('kv', [('Naam patiënt', 'Dhr. D. (Dennis) Kuipers'), ('Geboortedatum', '15-03-1983'),
            ('Adres', 'Lindelaan 8, 7421 BL Deventer')]),
    ('sp',),
    ('p', 'Ondergetekende geeft toestemming aan de Handkliniek Oost-Nederland om de volgende medische gegevens '
          'op te vragen (kruis aan):'),
    ('tab', [['', 'Gegevens', 'Bij'],
             ['[X]', 'Brieven, operatieverslagen, röntgenverslagen', 'Deventer Ziekenhuis'],
             ['[X]', 'Spoedeisende-hulpverslag en ontslagbrief (opname na val, juli 2026)',
              'Hospital Regional Universitario de Málaga, Spanje'],
             ['[ ]', 'Huisartsjournaal', 'n.v.t. (via verwijzer)']]),
    ('sp',),
    ('p', 'Deze machtiging is geldig tot één jaar na ondertekening.'),
    ('kv', [('Plaats en datum', 'Deventer, 02-12-2026'), ('Handtekening', '(getekend) D. Kuipers')]),
], font='Calibri', footer='Formulier INT-07 versie 3 (2025)')
label('tu-016', kinds=[], date='2026-12-02', author='patient', language='nl',
      style='consent form (machtiging) with checkbox table, signed by patient',
      imaging_done='unmentioned', operated='unmentioned', treated_abroad='yes',
      notes='Consent form; the row names an admission in a Spanish hospital -> treated abroad yes; "operatieverslagen" is a record category, not an event; author = patient signing a clinic form (debatable, could be other).')

# ------------------------------------------------------------------ tu-017 cumulative radiology printout
pdf('tu-017', [
    ('small', 'Elkerliek ziekenhuis · Medische Beeldvorming · Wesselmanlaan 25, 5707 HA Helmond'),
    ('kv', [('Patiënt', 'Dhr. J.W.M. (Jan-Willem) Aarts'), ('Geboortedatum', '21-08-1976'),
            ('Aanvrager', 'dr. S. Bouwman, Orthopedie')], (30 * mm, 130 * mm)),
    ('sp', 3),
    ('h', '01-09-2026   X-pols rechts, 2 richtingen'),
    ('p', 'Vraagstelling: pijn radiair na val, fractuur?\nGeen fractuur. Normale carpale uitlijning. '
          'Lichte artrose STT-gewricht. Wekedelenzwelling radiair.'),
    ('p', 'Dr. M. Hendriks, radioloog'),
    ('sp', 3),
    ('h', '15-09-2026   Echografie pols rechts'),
    ('p', 'Vraagstelling: tendinitis De Quervain? ganglion?\nVerdikking en peritendineus vocht rond de pezen '
          'van het eerste extensorcompartiment (APL/EPB), met een septum tussen beide pezen. Geen ganglion. '
          'Geen afwijkingen van het STT-gewricht echografisch.\nConclusie: beeld passend bij tendovaginitis De '
          'Quervain rechts, met intracompartimenteel septum.'),
    ('p', 'Dr. R. Claessens, radioloog'),
], font='Helvetica', size=10, footer='Cumulatief verslagoverzicht radiologie\tpagina {page} van {pages}')
label('tu-017', kinds=['imaging-report'], date='2026-09-15', also_dates=['2026-09-01'], author='radiologist',
      language='nl', style='cumulative radiology printout listing two exams with their own dates',
      imaging_done='yes', operated='unmentioned', treated_abroad='unmentioned',
      notes='Two exams in one file, the newest (echo 15-09) defines the date; "geen fractuur" is still imaging done.')

# ------------------------------------------------------------------ tu-018 discharge letter with OP section
docx_file('tu-018', [
    ('p', 'Maasstad Ziekenhuis · Traumachirurgie · Maasstadweg 21, 3079 DZ Rotterdam'),
    ('t', 'Klinische brief'),
    ('kv', [('Aan', 'M. Ouali, huisarts, Rotterdam-Zuid'), ('Datum', '12-11-2026'),
            ('Betreft', 'Mw. D. (Dewi) Sardjoe, geb. 05-04-1990'),
            ('Opname', '09-11-2026'), ('Ontslag', '11-11-2026')]),
    ('p', 'Geachte collega,'),
    ('p', 'Uw patiënte werd opgenomen op onze afdeling na een val van de trap.'),
    ('h', 'Opnamediagnose'),
    ('p', 'Intra-articulaire distale radiusfractuur links (AO 23-C2).'),
    ('h', 'Aanvullend onderzoek'),
    ('p', 'X-pols links en CT-pols links 09-11-2026: intra-articulaire fractuur met dorsale kanteling 25°.'),
    ('h', 'Operatie'),
    ('kv', [('Datum', '09-11-2026'), ('Operateur', 'drs. P.J. Lammers, traumachirurg'),
            ('Assistent', 'S. El Amrani, arts-assistent'), ('Anesthesie', 'plexus supraclaviculair'),
            ('Ingreep', 'Open repositie en interne fixatie met volaire hoekstabiele plaat (2.4) distale radius links'),
            ('Beschrijving', 'Henry-benadering. Pronator quadratus ingesneden. Repositie van de gewrichtsfragmenten '
                             'onder doorlichting, plaatfixatie met 7 schroeven. Controle: congruent gewrichtsvlak. '
                             'Sluiten in lagen.'),
            ('Complicaties', 'geen')]),
    ('h', 'Beloop'),
    ('p', 'Ongecompliceerd. Op dag 2 met drukverband en onderarmspalk naar huis.'),
    ('h', 'Medicatie bij ontslag'),
    ('p', 'Paracetamol 1000 mg 4dd; naproxen 250 mg 2dd gedurende 5 dagen; omeprazol 20 mg 1dd.'),
    ('h', 'Beleid'),
    ('p', 'Poliklinische controle met röntgenfoto over 2 weken; handtherapie.'),
    ('p', 'Met vriendelijke groet,\n\ndrs. P.J. Lammers, traumachirurg'),
], font='Segoe UI', size=10, footer='Maasstad Ziekenhuis · Klinische brief · pagina {page} van {pages}')
label('tu-018', kinds=['correspondence', 'operation-report'], date='2026-11-12', author='specialist', language='nl',
      style='discharge letter (klinische brief) docx with full operation section (date, operator, procedure)',
      imaging_done='yes', operated='yes', treated_abroad='unmentioned',
      notes='Both correspondence and operation report; admission/discharge/operation dates near the letter date.')
