"""tu-019 .. tu-035 (Dutch and Flemish), incl. two merged PDFs and LibreOffice-rendered PDFs."""
from common import *

# ------------------------------------------------------------------ tu-019 GP referral mentioning enclosures
pdf('tu-019', [
    ('two', 'Huisartsenpraktijk Kleverpark\nDrs. M.E. Vos en dr. K. Brouwer\nKleverparkweg 88\n2023 CJ Haarlem\n023-5251100',
     'Handkliniek West\nt.a.v. intake second opinion\nPostbus 4410\n2003 EK Haarlem'),
    ('sp', 6),
    ('p', 'Haarlem, 3 december 2026'),
    ('p', 'Betreft: dhr. S. (Stijn) Koopman, geb. 17-01-1997, Zaanenlaan 31, Haarlem'),
    ('p', 'Geachte collega,'),
    ('p', 'Hierbij verwijs ik u bovengenoemde patiënt, 29 jaar, timmerman, voor een second opinion. Hij liep in '
          '2025 een scafoïdfractuur rechts op die niet is geheeld. Op 14 mei 2026 werd hij in het Spaarne '
          'Gasthuis geopereerd (spongiosaplastiek en schroeffixatie). Op de MRI van oktober 2026 is er volgens '
          'de orthopeed nog steeds geen consolidatie. Er wordt hem een tweede operatie met een gevasculariseerd '
          'bottransplantaat voorgesteld.'),
    ('p', 'Vraagstelling: is een heroperatie zinvol, en zo ja welke techniek, of is een conservatief beleid '
          'verantwoord? Patiënt wil graag uw mening voordat hij beslist.'),
    ('p', 'Bijgaand het OK-verslag van 14-05-2026 en de MRI-uitslag. De beelden volgen op CD.'),
    ('p', 'Medicatie: geen. Allergieën: geen.'),
    ('p', 'Met collegiale groet,'),
    ('sp', 8),
    ('p', 'M.E. Vos, huisarts'),
], font='Times', size=11, footer='AGB-code praktijk 01-012345 · www.hakleverpark.example')
label('tu-019', kinds=['referral'], date='2026-12-03', author='gp', language='nl',
      style='free GP referral letter with enclosure mentions',
      referral_question=True, imaging_done='yes', operated='yes', treated_abroad='unmentioned',
      notes='"Bijgaand het OK-verslag ... en de MRI-uitslag" are enclosures, not this document; a second operation is only proposed; prose history but no history section.')

# ------------------------------------------------------------------ tu-020 HIS professionele samenvatting
txt('tu-020', '''
PROFESSIONELE SAMENVATTING                                   Promedico-ASP
Huisartsenpraktijk Lunetten, Utrecht                          Datum uitdraai: 28-11-2026

Naam: Mw. M.J. (Marloes) de Vries-Hendriks   Geb.datum: 07-07-1966   BSN: 3456.78.912
Huisarts: dr. P. Kramer

-- Episodelijst ------------------------------------------------------------------
 ICPC    Omschrijving                                   Begin        Eind
 L99.04  Ziekte van Dupuytren beide handen              05-02-2026
 T93     Hypercholesterolemie                           14-06-2018
 W82     Sectio caesarea                                11-03-2004   11-03-2004
 D88     Appendicitis, appendectomie                    02-09-1980   02-09-1980
 P76     Depressie                                      2015         2017

-- Familieanamnese ---------------------------------------------------------------
 Vader en oudere broer ziekte van Dupuytren; vader in 1998 geopereerd aan beide handen.

-- Journaal (selectie, episode L99.04) --------------------------------------------
 05-02-2026 S: sinds een jaar knobbeltjes in de handpalm re>li, geen pijn. Kan hand nog plat leggen.
            O: re: palmaire nodus straal IV, geen contractuur. li: nodus straal V.
            E: M. Dupuytren, beginnend, tafeltest negatief.
            P: uitleg, afwachten, terug bij contractuur.
 09-09-2026 S: nu moeite met handschoen aantrekken, ringvinger re buigt krom.
            O: MCP IV re extensiedeficit 25 gr, PIP vrij. Tafeltest positief.
            E: M. Dupuytren re met contractuur MCP IV.
            P: verwijzing plastische chirurgie St. Antonius.
 30-10-2026 Brief specialist ontvangen: plastische chirurgie: opties naaldfasciotomie of
            fasciectomie besproken; pt twijfelt, familie adviseert operatie zoals bij vader.
 24-11-2026 S: wil second opinion voordat zij kiest. E: idem. P: echo handpalm re aangevraagd
            op verzoek pt; verwijzing second opinion volgt.

-- Medicatie ----------------------------------------------------------------------
 simvastatine 40 mg 1dd1 a.n.

-- Allergieën ---------------------------------------------------------------------
 Geen bekende allergieën.
                                                                      pagina 1/1
''')
label('tu-020', kinds=['history'], date='2026-11-28', author='gp', language='nl',
      style='HIS professionele samenvatting (Promedico-like) with ICPC episode list, family history, SOEP journal',
      imaging_done='unmentioned', operated='unmentioned', treated_abroad='unmentioned',
      notes='Operation of the father (family history) and caesarean/appendectomy are not the hand problem; echo only requested (a plan, not an event); operation only discussed.')

# ------------------------------------------------------------------ tu-021 outpatient letter via LibreOffice
lo_pdf('tu-021', [
    ('p', 'OLVG · Orthopedie en Traumatologie · Oosterpark 9 · 1091 AC Amsterdam'),
    ('sp',),
    ('kv', [('Aan', 'H. de Jong, huisarts, Amsterdam-Oost'), ('Datum', '12 okt. 2026'),
            ('Ons kenmerk', 'ORT-26-40417'), ('Uw kenmerk', 'verwijzing 04-08-2026'),
            ('Betreft', 'Mw. A.M. (Ana) Ferreira Lopes, geb. 25-05-1958, Amsterdam')]),
    ('sp',),
    ('p', 'Beste collega,'),
    ('p', 'Op 6 oktober 2026 zag ik uw patiënte, die sinds 2024 in Nederland woont en daarvoor in Portugal woonde, '
          'op het spreekuur in verband met pijn aan de basis van de linkerduim.'),
    ('h', 'Anamnese'),
    ('p', 'Sinds twee jaar pijn bij knijpen en draaien (potjes openen). Brace en twee injecties zonder blijvend effect.'),
    ('h', 'Onderzoek'),
    ('p', 'Drukpijn CMC-1 links, positieve grind-test, adductiestand metacarpale I, hyperextensie MCP-1 15°.'),
    ('h', 'Aanvullend onderzoek'),
    ('p', 'Röntgenfoto duim links (06-10-2026): CMC-1-artrose Eaton-Littler stadium III, STT-gewricht gespaard.'),
    ('h', 'Conclusie'),
    ('p', 'Symptomatische CMC-1-artrose links, conservatief uitbehandeld.'),
    ('h', 'Beleid'),
    ('p', 'Patiënte is op de wachtlijst geplaatst voor een trapeziectomie met LRTI-plastiek links '
          '(verwachte datum januari 2027). Zij ontvangt hierover schriftelijke informatie.'),
    ('p', 'Met vriendelijke groet,\n\nDr. W. Boelens, orthopedisch chirurg\n\nc.c. patiënte'),
], font='Liberation Serif', size=11,
    header='OLVG Orthopedie — Ferreira Lopes, A.M. — 25-05-1958',
    footer='Pagina {page} van {pages} — geprint 13-10-2026')
label('tu-021', kinds=['correspondence'], date='2026-10-12', author='specialist', language='nl',
      style='outpatient letter rendered via LibreOffice (docx->pdf), header/footer with print date',
      imaging_done='yes', operated='unmentioned', treated_abroad='unmentioned',
      notes='On waiting list = planned operation, not done; having lived in Portugal is not treatment abroad; date written "12 okt. 2026"; visit date 6 Oct.')

# ------------------------------------------------------------------ tu-022 ZorgDomein docx, Morocco
docx_file('tu-022', [
    ('tab', [['ZorgDomein', 'Consult handchirurgie'],
             ['Verwijzing aan', 'Xpert Clinics Handchirurgie, locatie Eindhoven'],
             ['Datum', '2026-11-23']]),
    ('sp',),
    ('kv', [('Patiënt', 'Dhr. Y. (Youssef) El Idrissi'), ('Geboortedatum', '1993-03-12'),
            ('Verzekering', 'CZ 550021347'),
            ('Verwijzer', 'drs. L. Tielemans, huisarts, Gezondheidscentrum Woensel-West, AGB 01-067432')]),
    ('sp',),
    ('kv', [('Reden van verwijzing', 'Pijn en bewegingsbeperking pols rechts sinds val in juli 2026. Patiënt viel '
                                     'tijdens familiebezoek in Marokko van een brommer. Op de spoedeisende hulp '
                                     'van het CHU Mohammed VI in Marrakech werden foto\'s gemaakt en kreeg hij 6 weken '
                                     'gips. Niet geopereerd. Na gipsverwijdering blijvende pijn in de tabatière.'),
            ('Vraagstelling', 'Is er sprake van een scafoïd-pseudartrose? Graag second opinion t.a.v. '
                              'diagnostiek en behandelopties; de lokale orthopeed in Marokko adviseerde '
                              'afwachten.'),
            ('Medicatie', 'ibuprofen 400 mg zo nodig'),
            ('Allergieën', 'geen'),
            ('Bijlagen', 'brief SEH Marrakech (Frans), foto\'s op telefoon van patiënt')]),
], font='Arial', size=10, footer='Afgedrukt uit ZorgDomein · referentie ZD-8843-1120')
label('tu-022', kinds=['referral'], date='2026-11-23', author='gp', language='nl',
      style='ZorgDomein printout as docx tables, ISO dates, no salutation',
      referral_question=True, imaging_done='yes', operated='no', treated_abroad='yes',
      notes='ED care in Morocco (treated abroad), imaging done abroad; "Niet geopereerd"; no history section -> referral only; dates ISO.')

# ------------------------------------------------------------------ tu-023 pure MRSA lab (Suriname)
pdf('tu-023', [
    ('t', 'Medische Microbiologie'),
    ('small', 'Microbiologisch Laboratorium Rijn & Gouwe · Bleulandweg 10 · 2803 HH Gouda · 0182-505050'),
    ('sp', 3),
    ('kv4', [('Patiënt', 'Mw. R. (Reshma) Ramdin', 'Geb.datum', '19-10-1981'),
             ('Aanvrager', 'J. Baars, huisarts, Gouda', 'Labnr.', 'M26-118406'),
             ('Afnamedatum', '30-11-2026', 'Ontvangstdatum', '30-11-2026'),
             ('Uitslag', '02-12-2026 (definitief)', 'Status', 'gevalideerd')]),
    ('sp', 3),
    ('kv', [('Indicatie', 'MRSA-screening: opname in ziekenhuis buitenland < 2 maanden (Academisch Ziekenhuis '
                          'Paramaribo, Suriname, oktober 2026)'),
            ('Bepaling', 'Kweek op MRSA (ophoping + chromogeen medium)')]),
    ('sp', 2),
    ('tab', [['Materiaal', 'Uitslag'],
             ['Neus', 'MRSA niet aangetoond'],
             ['Keel', 'MRSA niet aangetoond'],
             ['Perineum', 'MRSA niet aangetoond']], (60 * mm, 100 * mm)),
    ('sp', 3),
    ('p', 'Conclusie: geen MRSA-dragerschap aangetoond.'),
    ('small', 'Gevalideerd door dr. A. Verhulst, arts-microbioloog, 02-12-2026 13:22'),
], font='Helvetica', size=10, footer='Rijn & Gouwe microbiologie\tUitslag M26-118406 — {page}/{pages}')
label('tu-023', kinds=['mrsa-screening'], date='2026-12-02', also_dates=['2026-11-30'], author='lab', language='nl',
      style='microbiology MRSA result, 4-col header table and material table',
      imaging_done='unmentioned', operated='unmentioned', treated_abroad='yes',
      notes='Indication line says admission in Suriname; afname vs uitslag dates.')

# ------------------------------------------------------------------ tu-024 fax GP summary (2 pages)
fax = 'VAN: HAP De Vaart Almere  +31 36 5301122   04-12-2026 09:14   BLZ {p}/2'
txt('tu-024', f'''
{fax.format(p=1)}
------------------------------------------------------------------------------
Huisartsenpraktijk De Vaart
Marktgracht 14, 1315 KV Almere

Aan: Handkliniek Flevoland, t.a.v. intake
Datum: 03-12-'26

Betreft: mw. S. (Selin) Kaya, geb. 21-08-1987

Samenvatting ten behoeve van de second opinion

Geachte collega,

Ter aanvulling op de verwijzing via ZorgDomein stuur ik u hierbij een samenvatting
van de medische voorgeschiedenis van mevrouw Kaya.

Voorgeschiedenis
- 2009  ziekte van Pfeiffer
- 2016  zwangerschap, partus a terme (vaginaal)
- 2021  migraine zonder aura
- 07-2026 distale radiusfractuur rechts

Recente behandelingen
Tijdens een vakantie in Turkije viel mevrouw op 9 juli 2026 van een trap. Zij werd in
het Akdeniz Üniversitesi Hastanesi in Antalya opgenomen en daar op 10 juli geopereerd
(open repositie en plaatosteosynthese distale radius rechts). Op 14 juli werd zij
ontslagen en keerde zij terug naar Nederland. Het Turkse ontslagverslag (Engels) is in
ons dossier aanwezig.

{fax.format(p=2)}
------------------------------------------------------------------------------
Betreft: mw. S. Kaya, geb. 21-08-1987 (vervolg)

In Nederland is zij verder gecontroleerd in het Flevoziekenhuis; de röntgenfoto van
20-08-2026 toonde een goede stand met consolidatie. Zij houdt echter pijn, zwelling
en tintelingen in de duim en wijsvinger. Een MRSA-screening werd op 28-11-2026 via
onze praktijk afgenomen (uitslag volgt rechtstreeks van het laboratorium).

Medicatie: sumatriptan 50 mg zo nodig; paracetamol zo nodig.
Allergieën: geen bekend.

Met vriendelijke groet,

A. Smit, huisarts
''')
label('tu-024', kinds=['history'], date='2026-12-03', author='gp', language='nl',
      style='faxed GP summary letter, fax header with send date on every page, date "03-12-\'26"',
      imaging_done='yes', operated='yes', treated_abroad='yes',
      notes='Fax send date 04-12-2026 on every page vs letter date 03-12-\'26 (two-digit year with apostrophe); admission+operation in Turkey; not a referral (supplements ZorgDomein referral); MRSA only mentioned as pending.')

# ------------------------------------------------------------------ tu-025 echo report titled "Uitslag"
pdf('tu-025', [
    ('two', 'Diagnostiek voor U\nEindhoven · Helmond · Veldhoven\nEchografie & Röntgen', 'Aan: dr. F. van Gils, huisarts\nHuisartsenpraktijk Meerhoven'),
    ('sp', 5),
    ('c', 'Uitslag'),
    ('kv', [('Naam', 'Dhr. B. (Bart) Coolen'), ('Geboortedatum', '02-12-1970'),
            ('Onderzoek', 'Echo hand rechts (volair, straal III)'), ('Datum onderzoek', '21-10-2026'),
            ('Vraagstelling', 'triggervinger dig III? knobbel?')], (38 * mm, 120 * mm)),
    ('sp', 3),
    ('p', 'Ter hoogte van de A1-pulley van digitus III rechts een verdikte ringband (1,8 mm) met hypoechogene '
          'verdikking van de flexorpezen en een klein nodulair aspect van de FDS. Bij dynamisch onderzoek '
          'haperende glijbeweging. Geen ganglion, geen corpus alienum.'),
    ('p', 'Conclusie: beeld passend bij een triggervinger dig III rechts.'),
    ('sp', 4),
    ('p', 'J.H. Maas, radioloog'),
], font='LibSans', size=10.5, footer='Diagnostiek voor U — verslag 2610-22871')
label('tu-025', kinds=['imaging-report'], date='2026-10-21', author='radiologist', language='nl',
      style='primary-care diagnostic centre ultrasound report titled only "Uitslag", GP as requester',
      imaging_done='yes', operated='unmentioned', treated_abroad='unmentioned',
      notes='Only title is "Uitslag"; requester is the GP; radiology question not a referral.')

# ------------------------------------------------------------------ tu-026 neurology EMG letter
docx_file('tu-026', [
    ('p', 'Ziekenhuis Amstelland · Neurologie / Klinische Neurofysiologie\nLaan van de Helende Meesters 8, 1186 AM Amstelveen'),
    ('sp',),
    ('kv', [('Datum', '19-11-2026'), ('Aan', 'dr. E. Bos, huisarts, Amstelveen'),
            ('Betreft', 'Dhr. P. (Pieter) van Leeuwen, geb. 30-12-1964')]),
    ('p', 'Geachte collega,'),
    ('p', 'Uw patiënt werd op 16 november 2026 gezien op de polikliniek neurologie vanwege tintelingen in beide '
          'handen, rechts meer dan links, met nachtelijke klachten.'),
    ('p', 'Hij is nooit aan de handen geopereerd. Er is tot op heden geen beeldvorming verricht; die achten wij '
          'ook niet nodig.'),
    ('h', 'EMG'),
    ('p', 'Verlengde distale motorische latentie n. medianus rechts (5,8 ms) en links (4,6 ms), verlaagde '
          'sensibele geleidingssnelheid over de pols beiderzijds. N. ulnaris normaal. Geen aanwijzingen '
          'voor een cervicale radiculopathie.'),
    ('h', 'Conclusie'),
    ('p', 'Carpaletunnelsyndroom beiderzijds, rechts matig-ernstig, links licht.'),
    ('h', 'Beleid'),
    ('p', 'Verwijzing naar een handchirurg voor bespreking van een carpaletunnelrelease rechts. Nachtspalk links.'),
    ('p', 'Met vriendelijke groet,\n\nDr. N. Ramaker, neuroloog'),
], font='Georgia', size=10.5, footer='cc: patiënt')
label('tu-026', kinds=['correspondence'], date='2026-11-19', author='specialist', language='nl',
      style='neurology outpatient letter (docx), EMG section',
      imaging_done='no', operated='no', treated_abroad='unmentioned',
      notes='Explicit negations "nooit aan de handen geopereerd", "geen beeldvorming verricht"; EMG is not imaging; release is a plan.')

# ------------------------------------------------------------------ tu-027 merged: polibrief + OK-verslag + handtherapie
p1 = [
    ('two', 'Ziekenhuis St Jansdal\nPlastische Chirurgie\nWethouder Jansenlaan 90, 3844 DG Harderwijk', 'Aan: dr. R. Hofman, huisarts\nErmelo'),
    ('sp', 4),
    ('kv', [('Datum', '20 oktober 2026'), ('Betreft', 'Mw. H. (Hennie) Mulder-Post, geb. 13-06-1955')]),
    ('p', 'Geachte collega,'),
    ('p', 'Uw patiënte kwam op 19 oktober 2026 op controle, zes weken na de artrodese van het CMC-1-gewricht rechts '
          'op 8 september 2026. De röntgenfoto van de duim van vandaag toont een goede stand van het osteosynthese-'
          'materiaal met beginnende consolidatie. Zij heeft nog pijn bij knijpen en is ontevreden over het '
          'herstel; zij vraagt een second opinion, waarmee wij instemmen.'),
    ('p', 'Beleid: voortzetten handtherapie; controle over 6 weken.'),
    ('p', 'Met vriendelijke groet,\n\nDrs. B. Hulshof, plastisch chirurg'),
]
p2 = [
    ('t', 'OK-verslag'),
    ('kv', [('Patiënt', 'Mw. H. Mulder-Post, 13-06-1955'), ('Datum', '08-09-2026'),
            ('Operateur', 'Drs. B. Hulshof'), ('Assistent', 'dr. T. Nijland (AIOS)'),
            ('Anesthesie', 'Algehele anesthesie'), ('Indicatie', 'CMC-1-artrose rechts, Eaton III'),
            ('Ingreep', 'Artrodese CMC-1 rechts met hoekstabiele plaat'),
            ('Verloop', 'Dorsoradiale incisie, sparen r. superficialis n. radialis. Resectie kraakbeen, '
                        'fixatie in 30° palmaire abductie. Doorlichting: goede positie. Sluiten.'),
            ('Complicaties', 'geen'), ('Nabehandeling', 'Gips 6 weken; daarna handtherapie')]),
]
p3 = [
    ('p', 'Handtherapie Noord-Veluwe · Ermelo'),
    ('p', 'Ermelo, 15-10-2026'),
    ('p', 'Betreft: mw. H. Mulder-Post — voortgang handtherapie'),
    ('p', 'Geachte dokter Hulshof,\n\nMevrouw is sinds 1 oktober bij ons in behandeling na de artrodese. '
          'De wondgenezing is goed; de mobiliteit van de vingers is nagenoeg volledig. Knijpkracht 8 kg '
          '(links 22 kg). Wij continueren oefentherapie en oedeembehandeling.\n\nMet vriendelijke groet,\n'
          'I. Timmer, handtherapeut'),
]
merged_pdf('tu-027', [(p1, dict(font='Helvetica', footer='St Jansdal · brief 1/1')),
                      (p2, dict(font='Helvetica', size=9.5, header='St Jansdal — OK-verslag — Mulder-Post, H.', footer='pagina {page}')),
                      (p3, dict(font='Times', size=11))])
label('tu-027', kinds=['correspondence', 'operation-report'], date='2026-10-20',
      also_dates=['2026-09-08', '2026-10-15'], author='specialist', language='nl',
      style='merged PDF (bijlagen): outpatient letter + operation report + hand-therapy letter',
      imaging_done='yes', operated='yes', treated_abroad='unmentioned',
      notes='Merged file: top-level date = first part; hand-therapy part has no kind; "van vandaag" vs visit date 19-10 in the letter.',
      parts=[dict(kinds=['correspondence'], date='2026-10-20', author='specialist'),
             dict(kinds=['operation-report'], date='2026-09-08', author='specialist'),
             dict(kinds=[], date='2026-10-15', author='other')])

# ------------------------------------------------------------------ tu-028 patient letter
txt('tu-028', '''
Amersfoort, 26 november 2026

Aan de Handkliniek
t.a.v. de afdeling second opinion

Geachte heer/mevrouw,

Mijn naam is Gerda Wouters (geboren 4 april 1959). Ik heb al twee jaar last van mijn
linkerpols: pijn bij het uitwringen van de dweil en bij het tillen van mijn kleinkind.
Mijn huisarts denkt aan artrose, maar er is nooit een foto van mijn hand gemaakt.

Ik ben eerder geopereerd aan mijn rechterknie (kijkoperatie, 2018) en aan mijn blinde
darm als kind, en die operaties zijn goed verlopen. Ik ben dus niet bang voor een
operatie, maar ik wil eerst weten wat er aan de hand is.

Mijn huisarts, dokter Brouwer, zal een verwijsbrief sturen. Ik hoop dat u mij kunt helpen.

Met vriendelijke groet,

G. Wouters
Leusderweg 112, 3817 KB Amersfoort
06-12345678
''')
label('tu-028', kinds=[], date='2026-11-26', author='patient', language='nl',
      style='patient letter asking for a second opinion (plain text)',
      imaging_done='no', operated='unmentioned', treated_abroad='unmentioned',
      notes='Patient letter is not a referral; operations on knee and appendix are other body parts; "nooit een foto gemaakt" = imaging no.')

# ------------------------------------------------------------------ tu-029 discharge letter via LibreOffice
lo_pdf('tu-029', [
    ('p', 'Tergooi MC · Chirurgie · Van Riebeeckweg 212 · 1213 XZ Hilversum'),
    ('t', 'Ontslagbrief'),
    ('kv', [('Datum', '06-11-2026'), ('Aan', 'Mw. dr. I. Smits, huisarts, Huizen'),
            ('Patiënt', 'Dhr. L. (Lars) Bosman, geb. 22-02-1988'),
            ('Opnameperiode', '01-11-2026 t/m 05-11-2026')]),
    ('p', 'Geachte collega,'),
    ('h', 'Opnamediagnose'),
    ('p', 'Bacteriële tendovaginitis flexorpees dig II links na kattenbeet (28-10-2026).'),
    ('h', 'Aanvullend onderzoek'),
    ('p', 'X-hand links: geen corpus alienum, geen ossale afwijkingen. CRP 86 mg/L.'),
    ('h', 'Beloop'),
    ('p', 'Start intraveneuze amoxicilline/clavulaanzuur. Op 2 november werd een spoeling van de peesschede '
          'verricht (zie OK-verslag). Daarna snelle verbetering; op dag 5 met orale antibiotica ontslagen.'),
    ('h', 'Medicatie bij ontslag'),
    ('p', 'Amoxicilline/clavulaanzuur 625 mg 3dd tot en met 12-11-2026.'),
    ('h', 'Beleid'),
    ('p', 'Wondcontrole bij de huisarts; poliklinische controle over 2 weken; handtherapie.'),
    ('p', 'Met vriendelijke groet,\n\nS. Janssen, physician assistant, namens dr. F. Koolhaas, chirurg'),
], font='Liberation Sans', size=10,
    header='Tergooi MC — Ontslagbrief — Bosman, L. (22-02-1988)',
    footer='Pagina {page} van {pages}')
label('tu-029', kinds=['correspondence'], date='2026-11-06', author='specialist', language='nl',
      style='discharge letter via LibreOffice, signed by physician assistant on behalf of surgeon',
      imaging_done='yes', operated='yes', treated_abroad='unmentioned',
      notes='Operation stated only as a sentence with "(zie OK-verslag)": operated yes but not an operation report; author a PA (counted as specialist side).')

# ------------------------------------------------------------------ tu-030 GP referral docx with history sections
docx_file('tu-030', [
    ('p', 'Huisartsenpraktijk Oud-Zuid · Dr. C. Verbruggen · Beethovenstraat 60 · 1077 JK Amsterdam'),
    ('sp',),
    ('p', 'Aan de Handkliniek Amsterdam, t.a.v. second opinion'),
    ('p', 'Amsterdam, 4.11.2026'),
    ('p', 'Betreft: Mw. E. (Esther) Goudsmit, geb. 18.09.1961'),
    ('p', 'Geachte collega,'),
    ('p', 'Graag vraag ik uw second opinion voor mevrouw Goudsmit in verband met pijnlijke en verdikte '
          'eindgewrichten van de vingers van beide handen. Door de orthopeed is een artrodese van het DIP-gewricht '
          'van dig II rechts geadviseerd; patiënte twijfelt. Mijn vraag: is een artrodese op dit moment de beste '
          'optie, of zijn er alternatieven?'),
    ('h', 'Voorgeschiedenis'),
    ('p', '1995 hysterectomie\n2014 hypothyreoïdie\n2022 artrose DIP-gewrichten beide handen (L91)\nGeen eerdere operaties aan de handen.'),
    ('h', 'Recente behandelingen'),
    ('p', '09-2026 X-handen beiderzijds (Ziekenhuis Amstelland): erosieve artrose DIP II-V beiderzijds.\n'
          '10-2026 orthopedie Amstelland: spalk, injectie DIP II rechts (kortdurend effect).\n'
          'Tijdens een vakantie in Spanje (augustus) namen de klachten toe; zij heeft daar geen arts bezocht.'),
    ('h', 'Medicatie'),
    ('p', 'levothyroxine 100 mcg 1dd1; paracetamol 1 g 3dd'),
    ('p', 'Met vriendelijke groet,\n\nC. Verbruggen, huisarts'),
], font='Times New Roman', size=11, footer='Huisartsenpraktijk Oud-Zuid · AGB 01-098877 · pagina {page} van {pages}')
label('tu-030', kinds=['referral', 'history'], date='2026-11-04', author='gp', language='nl',
      style='GP referral letter docx with Voorgeschiedenis and Recente behandelingen sections, date "4.11.2026"',
      referral_question=True, imaging_done='yes', operated='no', treated_abroad='no',
      notes='Referral + history sections; hysterectomy is not the hand; holiday in Spain without any doctor -> treated_abroad no; arthrodesis only advised.')

# ------------------------------------------------------------------ tu-031 insurer letter
txt('tu-031', '''
Zilveren Kruis                                       Postbus 444, 2740 AK Waddinxveen

Dhr. R. (Rik) Hoogland
Parkweg 9
3705 HG Zeist

Zeist, 18 november 2026
Relatienummer: 112 384 907
Onderwerp: uw vraag over vergoeding van een second opinion

Geachte heer Hoogland,

U vroeg ons of een second opinion bij een handkliniek wordt vergoed. Een second opinion
valt onder de basisverzekering wanneer u een verwijzing heeft van uw huisarts of medisch
specialist, en de second opinion gaat over een aandoening waarvoor u al bij een
specialist in behandeling bent. U betaalt wel uw eigen risico.

Zonder verwijzing vergoeden wij de second opinion niet.

Heeft u nog vragen? Bel ons op 071 751 00 52.

Met vriendelijke groet,
Afdeling Klantcontact Zorg
''')
label('tu-031', kinds=[], date='2026-11-18', author='other', language='nl',
      style='health-insurer letter (plain text)',
      imaging_done='unmentioned', operated='unmentioned', treated_abroad='unmentioned',
      notes='Insurer letter about second-opinion reimbursement; full of referral vocabulary without being a referral.')

# ------------------------------------------------------------------ tu-032 merged: referral + X-ray report + MRSA lab
q1 = [
    ('two', 'Huisartsenpraktijk Enschede-Noord\nG.H. Nijhuis, huisarts\nHengelosestraat 300, 7521 AM Enschede', 'Handkliniek Oost-Nederland\nIntake second opinion'),
    ('sp', 5),
    ('t', 'Verwijsbrief'),
    ('kv', [('Datum', '30-11-2026'), ('Patiënt', 'Dhr. M. (Maik) ter Horst, geb. 09-02-1979')], (30 * mm, 130 * mm)),
    ('p', 'Geachte collega,\n\nDhr. Ter Horst werd tijdens een fietsvakantie in Duitsland op 3 oktober 2026 opgenomen in het '
          'Universitätsklinikum Münster na een val. Daar werd een fractuur van metacarpale V rechts gereponeerd en '
          'met K-draden gefixeerd. Inmiddels zijn de draden verwijderd, maar er is een rotatiefout van de pink '
          'met overlap bij vuist maken.\n\nVraagstelling: is er een indicatie voor een correctieosteotomie? '
          'Graag uw second opinion.\n\nBijgevoegd: röntgenverslag en MRSA-screening (in verband met de opname in Duitsland).\n\n'
          'Met collegiale groet,\nG.H. Nijhuis, huisarts'),
]
q2 = [
    ('t', 'Verslag radiologie'),
    ('small', 'Medisch Spectrum Twente · Radiologie'),
    ('kv', [('Patiënt', 'M. ter Horst, 09-02-1979'), ('Aanvrager', 'G.H. Nijhuis, huisarts'),
            ('Onderzoek', 'X-hand rechts, 3 richtingen'), ('Datum', '10-11-2026')]),
    ('p', 'Geconsolideerde fractuur van de schacht van metacarpale V rechts met geringe angulatie (15°) en verdenking '
          'op rotatie. Geen osteosynthesemateriaal meer in situ. Geen artrose.\n\nConclusie: geconsolideerde '
          'MC V-schachtfractuur, malrotatie klinisch te beoordelen.\n\nDr. E. Haverkamp, radioloog'),
]
q3 = [
    ('t', 'LabMicTA — Uitslag medische microbiologie'),
    ('tab', [['Patiënt', 'Afname', 'Materiaal', 'Bepaling', 'Uitslag'],
             ['ter Horst, M. (09-02-1979)', '25-11-2026', 'neus/keel', 'MRSA-kweek', 'negatief'],
             ['', '25-11-2026', 'perineum', 'MRSA-kweek', 'negatief']]),
    ('p', 'Indicatie: ziekenhuisopname buitenland (Duitsland) okt. 2026.\nEinduitslag 27-11-2026, gevalideerd: '
          'drs. K. Wolters, arts-microbioloog.'),
]
merged_pdf('tu-032', [(q1, dict(font='Times', size=11)),
                      (q2, dict(font='Helvetica', footer='MST Radiologie')),
                      (q3, dict(font='Courier', size=9))])
label('tu-032', kinds=['referral', 'imaging-report', 'mrsa-screening'], date='2026-11-30',
      also_dates=['2026-11-10', '2026-11-27'], author='gp', language='nl',
      style='merged PDF: GP referral + radiology report + MRSA lab result (bijlagen)',
      referral_question=True, imaging_done='yes', operated='yes', treated_abroad='yes',
      notes='Merged file; operated in Münster (K-wires) -> operated yes and treated abroad yes; the referral mentions the enclosures, which are indeed the next parts.',
      parts=[dict(kinds=['referral'], date='2026-11-30', author='gp'),
             dict(kinds=['imaging-report'], date='2026-11-10', author='radiologist'),
             dict(kinds=['mrsa-screening'], date='2026-11-27', author='lab')])

# ------------------------------------------------------------------ tu-033 Flemish consultation letter docx
docx_file('tu-033', [
    ('p', 'AZ Groeninge · Campus Kennedylaan\nDienst Orthopedie – Handchirurgie\nPresident Kennedylaan 4, 8500 Kortrijk · T +32 56 63 63 63'),
    ('sp',),
    ('p', 'Kortrijk, 03/12/2026'),
    ('p', 'Aan dokter J. de Muynck, huisarts, Sluis (NL)'),
    ('p', 'Betreft: mevr. Griet Desmet, ° 11/01/1976, wonende te Sluis'),
    ('p', 'Geachte confrater,'),
    ('p', 'Uw patiënte werd gezien op de raadpleging handchirurgie op 01/12/2026 voor pijn aan de rechterpols '
          'aan de radiale zijde, sinds een half jaar.'),
    ('p', 'Klinisch: zwelling over de STT-regio, pijnlijke Watson-test zonder klik.\n'
          'NMR pols rechts (AZ Groeninge, 20/11/2026): STT-artrose met subchondraal oedeem van trapezium en '
          'trapezoïd, intact scafolunair ligament.'),
    ('h', 'Besluit'),
    ('p', 'Symptomatische STT-artrose rechts. Wij hebben een infiltratie verricht en een ingreep (STT-resectie-'
          'artroplastiek) voorgesteld indien de klachten aanhouden. Patiënte wenst bedenktijd en overweegt een '
          'second opinion in Nederland.'),
    ('p', 'Met collegiale groeten,\n\ndr. Wouter Vanhaecke\northopedisch chirurg – handchirurgie'),
], font='Calibri', size=10.5, header='AZ Groeninge – Orthopedie', footer='RIZIV 1-98765-43-210 · blz. {page}/{pages}')
label('tu-033', kinds=['correspondence'], date='2026-12-03', author='specialist', language='nl',
      style='Flemish consultation letter (raadpleging, geachte confrater, NMR, Besluit)',
      imaging_done='yes', operated='unmentioned', treated_abroad='yes',
      notes='Belgian hospital treated (infiltration) a Dutch resident -> treated abroad yes; surgery only proposed; NMR = MRI (Flemish word).')

# ------------------------------------------------------------------ tu-034 CT report, only two labels
pdf('tu-034', [
    ('small', 'Rijnstate · Radiologie · Wagnerlaan 55, 6815 AD Arnhem'),
    ('sp', 3),
    ('p', 'Mw. T. (Tessa) Willemsen   geb. 14-09-2001   pat.nr 4492001'),
    ('p', 'CT pols links d.d. 1 december 2026, aangevraagd door drs. K. Aalders (plastische chirurgie).'),
    ('sp', 2),
    ('h', 'Klinische vraagstelling'),
    ('p', 'Val op pols 3 weken geleden, tabatière pijnlijk, X-foto twijfelachtig. Occulte scafoïdfractuur?'),
    ('sp', 2),
    ('p', 'Dunne coupes in drie richtingen. Niet-gedisloceerde fractuur door de proximale pool van het scafoïd, '
          'zonder tekenen van consolidatie. Overige carpalia intact. Geen luxatie. Distale radius en ulna intact.'),
    ('h', 'Conclusie'),
    ('p', 'Niet-gedisloceerde proximale-poolfractuur van het scafoïd links.'),
    ('sp', 3),
    ('small', 'Elektronisch ondertekend door dr. G. Hamers, radioloog, 01-12-2026 15:02'),
], font='DejaVuSans', size=10)
label('tu-034', kinds=['imaging-report'], date='2026-12-01', author='radiologist', language='nl',
      style='CT report where only "Klinische vraagstelling" and "Conclusie" are labelled; exam/date inline',
      imaging_done='yes', operated='unmentioned', treated_abroad='unmentioned',
      notes='No title, no Onderzoek/Datum fields: modality and date only in a prose line; requester is a plastic surgeon.')

# ------------------------------------------------------------------ tu-035 Epic plain-text letter, Curaçao
txt('tu-035', '''
Amsterdam UMC, locatie AMC
Plastische, Reconstructieve en Handchirurgie
Meibergdreef 9, 1105 AZ Amsterdam

Datum:        18-11-2026
Ons kenmerk:  PRHC/2026/88120
Aan:          dhr. drs. F. Martina, huisarts, Amsterdam-Zuidoost
Betreft:      Mw. J.M. (Jandrie) Isenia, geboren 03-03-1972, MRN 8812044

Geachte collega,

Uw patiënte bezocht op 16-11-2026 onze polikliniek. Zij verbleef in augustus 2026 bij
familie op Curaçao en werd daar na een val opgenomen in het Curaçao Medical Center, waar
op 12-08-2026 een percutane fixatie met K-draden van een distale radiusfractuur links werd
verricht. De draden werden na 6 weken in Nederland verwijderd.

Anamnese: stijfheid en pijn bij steunen, doof gevoel dig I-II links.
Lichamelijk onderzoek: dorsiflexie 35 gr, palmairflexie 40 gr, positieve Tinel over de
carpale tunnel links.
Aanvullend onderzoek: röntgenfoto pols links 16-11-2026: geconsolideerd in 10 gr dorsale
kanteling, radiale verkorting 3 mm. MRSA-kweek (via huisarts, 02-11-2026) negatief.

Conclusie: malunie distale radius links met secundair carpaletunnelsyndroom.
Beleid: EMG aangevraagd; bespreking correctieosteotomie in het handenoverleg. Patiënte
heeft zelf om een second opinion gevraagd, waarvoor zij door u verwezen kan worden.

Met vriendelijke groet,

dr. A.S. Kranenburg, plastisch chirurg
c.c.: patiënte

Dit document is elektronisch gegenereerd en daarom niet ondertekend.
''')
label('tu-035', kinds=['correspondence'], date='2026-11-18', author='specialist', language='nl',
      style='Epic outpatient letter exported as plain text, aligned label column',
      imaging_done='yes', operated='yes', treated_abroad='yes',
      notes='Admission + K-wire fixation in Curaçao (outside the Netherlands proper); "MRSA-kweek negatief" is only a mention; osteotomy only to be discussed.')
