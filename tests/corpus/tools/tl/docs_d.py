# tl-049 .. tl-064 (057-060 are merged PDFs)
import os
from lib import *
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.pagesizes import A4, LETTER

GREY = colors.HexColor('#555555')


@doc(49)
def d049():
    path = out(49, 'txt')
    t = """Krankenkasse bzw. Kostenträger           | Überweisungsschein           Muster 6
BKK Grenzland                            | [X] Kurativ  [ ] Präventiv
-----------------------------------------+  [ ] bei belegärztl. Behandlung
Name, Vorname des Versicherten           |
de Jong                                  | Unfall, Unfallfolgen  [ ]
Henk                       geb. am       |
Kleverstraße 88            04.12.69      | Überweisung an:
47559 Kranenburg                         | Handchirurgie (Zweitmeinung)
-----------------------------------------+ Handkliniek Noord-Veluwe
Kostenträgerkennung  Versicherten-Nr.    | Stationsweg 88, NL-8071 CZ Nunspeet
108833021            D551204411          |
Betriebsstätten-Nr.  Arzt-Nr.   Datum    | Quartal 4/26
351144700            660912401  03.11.26 |
--------------------------------------------------------------------------------
Diagnose / Verdachtsdiagnose:
  M18.1 R  Sonstige primäre Rhizarthrose, rechts (Eaton III)
  Z.n. ambulanter Behandlung in der Notaufnahme des Klinikums Kleve (08/2026)
  wegen Distorsion des rechten Daumens

Befund / Medikation:
  Röntgen rechte Hand in 2 Ebenen (Radiologie Kleve, 09/2026): fortgeschrittene
  Rhizarthrose mit Gelenkspaltverschmälerung, Osteophyten und Subluxation.
  Ibuprofen 600 bei Bedarf, Daumenorthese. Infiltration 06/2026 ohne
  anhaltenden Effekt.

Auftrag:
  Zweitmeinung vor geplanter Resektionsarthroplastik (vorgeschlagen durch
  Orthopädie Kleve). Bitte um Beurteilung der OP-Indikation und der
  Alternativen (Prothese?). Patient ist niederländischer Staatsbürger und
  wünscht ggf. Behandlung in den Niederlanden.

                                   Praxis Dr. med. Karin Feldhaus
                                   Fachärztin für Allgemeinmedizin
                                   Große Straße 21, 47559 Kranenburg
                                   Tel. 02826 / 92 10 0
                                   (Stempel / Unterschrift)
"""
    write_text(path, t, encoding='cp1252', crlf=True)
    return dict(kinds=['referral'], date='2026-11-03', author='gp', language='de',
                style='German Überweisungsschein (Muster 6) transcribed as fixed-width text, two-digit years, Windows-1252 CRLF',
                referral_question=True, imaging_done='yes', operated='unmentioned', treated_abroad='yes',
                notes='Form layout with the birth date "04.12.69" and the issue date "03.11.26" in two-digit-year form; '
                      'the question is under "Auftrag". German GP (stamp only) refers; ED treatment at Klinikum Kleve = '
                      'treated abroad. Resektionsarthroplastik is planned, not done.')


@doc(50)
def d050():
    path = out(50, 'docx')
    D = Docx(font='Cambria', size=10.5)
    D.header_lines(['Groepspraktijk De Linde', 'dr. Wouter Peeters · dr. Hanne Wouters · dr. Jeroen Mertens - huisartsen',
                    'Kapelsestraat 112, 2950 Kapellen · tel. +32 3 664 21 70 · RIZIV 1-91244-88-004'], size=8.5)
    D.footer('Wachtdienst buiten de openingsuren: huisartsenwachtpost Noord (1733)', page_numbers=False, size=7.5)
    D.p('Kapellen, 18 september 2026', align='right')
    D.lines(['Aan: Handkliniek Noord-Veluwe', 't.a.v. dienst handchirurgie - second opinion',
             'Stationsweg 88', '8071 CZ Nunspeet', 'Nederland'])
    D.p('')
    D.lv('Betreft:', 'mevrouw Ilse Van den Broeck, °02/05/1977, Heidestraat 14, 2950 Kapellen')
    D.p('')
    D.p('Beste collega,')
    D.p('Graag had ik uw mening gekend over mijn patiënte, 49 jaar, boekhoudster, rechtshandig.')
    D.p('Na een val van de fiets op 6 maart 2026 werd zij gezien op de spoedgevallendienst van het AZ Polderland, '
        'campus Ekeren. De RX toonde geen fractuur; zij kreeg een polsbrace. Wegens aanhoudende pijn dorsaal aan de '
        'rechterpols en een klikkend gevoel volgde in mei een NMR van de pols, die een letsel van het scapholunair '
        'ligament toonde met een beginnende verbreding van de scapholunaire spleet (3 mm).')
    D.p('De behandelende orthopedist, dr. K. Goossens (AZ Polderland), stelde een ligamentreconstructie voor '
        '(volgens hem een "3LT-procedure"). Mevrouw Van den Broeck is tot nu toe niet geopereerd. Zij twijfelt sterk, '
        'mede omdat een collega van haar na een gelijkaardige ingreep een stijve pols overhield, en zij vraagt zelf '
        'naar een tweede mening in een gespecialiseerd handcentrum. Omdat zij vlak bij de grens woont, dacht zij aan '
        'uw kliniek.')
    D.p('Concrete vraag: is er bij haar een indicatie voor een reconstructie, of kan er eerst nog een conservatieve '
        'aanpak (proprioceptietraining via kinesitherapie) worden geprobeerd?')
    D.p('Voorgeschiedenis: schildklierlijden (levothyroxine), verder blanco. Geen allergieën.')
    D.p('Zij brengt zelf de CD-rom met de NMR-beelden en de verslagen mee.')
    D.p('')
    D.p('Met collegiale groeten,')
    D.p('')
    D.p('dr. Wouter Peeters', space_after=0)
    D.p('huisarts')
    D.save(path)
    return dict(kinds=['referral'], date='2026-09-18', author='gp', language='nl',
                style='Belgian (Flemish) GP referral letter in Word: "Beste collega", °birth date, RIZIV, NMR, kinesitherapie',
                referral_question=True, imaging_done='yes', operated='no', treated_abroad='yes',
                notes='Belgian GP referral (Flemish: "Graag had ik uw mening gekend", NMR, RX, spoedgevallendienst). '
                      'Patient was seen in a Belgian ED -> treated abroad (Belgian perspective is still abroad for the '
                      'Dutch clinic). Reconstruction only proposed; "tot nu toe niet geopereerd" = no; a colleague\'s '
                      'operation is a distractor. Birth date written °02/05/1977.')


@doc(51)
def d051():
    path = out(51, 'pdf')
    W, H = A4
    logo = logo_png('heelmeester', ['Huisartsen Eemkwartier', 'Wolters · Kaya · van Beek'], color=(40, 100, 60))

    def first(c, d):
        c.drawImage(logo, 20 * mm, H - 30 * mm, width=70 * mm, height=15.5 * mm)
        draw_lines(c, 190 * mm, H - 17 * mm, ['Heelmeesterstraat 2', '3811 KL Amersfoort', 'T 033 - 461 70 70',
                                              'spoedlijn 033 - 461 70 71'], size=7.5, align='right', color=GREY)

    def footer(c, page, total):
        c.setFont('Sans', 6.8); c.setFillColor(GREY)
        c.drawString(20 * mm, 10 * mm, 'AGB praktijk 01-055902  ·  Bij spoed buiten kantoortijd: huisartsenpost Amersfoort 0900-1234')

    p = Pdf(path, first_top=44, first=first, footer=footer, size=10)
    p.p('Handkliniek Noord-Veluwe\nt.a.v. de dienstdoende handchirurg\nStationsweg 88\n8071 CZ  Nunspeet')
    p.sp(6)
    p.p('Amersfoort, 21-10-2026')
    p.sp(2)
    p.lv('Betreft:', 'dhr. K. (Kees) van Aalst, geb. 16-01-1952, Soesterweg 310, 3812 BK Amersfoort')
    p.sp(3)
    p.p('Geachte collega,')
    p.p('Graag vraag ik uw aandacht voor de heer Van Aalst, 74 jaar, gepensioneerd docent en fervent '
        'cellist. Hij heeft sinds een jaar of vijf strengen in beide handpalmen, de laatste anderhalf jaar met toenemende '
        'kromstand van de pink en ringvinger links (bij onderzoek een extensiedeficit van ca. 45° in het MCP V en 30° in '
        'het PIP V). De tafelproef is links positief. Rechts alleen noduli, geen contractuur.')
    p.p('Zijn broer is recent aan beide handen geopereerd vanwege dezelfde aandoening en heeft daar een lang en pijnlijk '
        'herstel aan overgehouden. Patiënt zelf is nog niet geopereerd of met een naald behandeld, en is om die reden '
        'huiverig. Hij heeft gehoord dat een naaldbehandeling of injecties met collagenase minder belastend zijn, maar '
        'dat de klachten eerder terugkomen.')
    p.p('Graag uw beoordeling en advies over de behandelingsmogelijkheden (naaldfasciotomie versus operatieve '
        'fasciëctomie) en over het juiste moment, mede met het oog op het cellospelen.')
    p.p('Voorgeschiedenis: hypertensie, atriumfibrilleren (rivaroxaban), TURP 2019. Geen allergieën.')
    p.sp(4)
    p.p('Met vriendelijke groet,')
    p.sp(9)
    p.p('J.P. Wolters\nhuisarts')
    p.build()
    return dict(kinds=['referral'], date='2026-10-21', author='gp', language='nl',
                style='free GP letter with an image-only letterhead (practice name not in the text layer)',
                referral_question=True, imaging_done='unmentioned', operated='no', treated_abroad='unmentioned',
                notes='Practice name only in the logo image; the text layer has the address "Heelmeesterstraat" (an old '
                      'word for surgeon) and the signature "huisarts". Brother\'s operation is a family member; "nog niet '
                      'geopereerd of met een naald behandeld" = no. Question as "Graag uw beoordeling en advies". '
                      'TURP is another body part.')


@doc(52)
def d052():
    path = out(52, 'txt')
    t = """ZORGDOMEIN VERWIJSBRIEF
Second opinion orthopedie (hand/pols)
-----------------------------------------------------------------------
Aan         : Handkliniek Noord-Veluwe - Orthopedie/Handchirurgie
Van         : M.C. Jansen-Groot, huisarts
              Huisartsenpraktijk Mariahoeve, Ruychrocklaan 400, 2597 EZ Den Haag
              AGB 01-108842 - tel. 070-324 90 90
Datum       : 12-11-2026
-----------------------------------------------------------------------
Patiënt     : mw. E. (Eline) Schotanus
Geb.datum   : 12-11-1985
BSN         : 999957067
Verzekeraar : Nexus Zorgverzekeringen
-----------------------------------------------------------------------
VRAAGSTELLING
Second opinion gewenst: patiënte twijfelt aan de voorgestelde operatie
(partiële denervatie van de pols links). Graag uw visie op de oorzaak van
de aanhoudende pijn en op de behandelopties.

ANAMNESE / REDEN VAN VERWIJZING
41-jarige fysiotherapeute met sinds de fractuur in 2024 aanhoudende
dorsale polspijn links, toegenomen na plaatverwijdering. Kan haar werk
maar deels doen (manuele technieken).

RELEVANTE VOORGESCHIEDENIS
- 02-2024 distale radiusfractuur links bij skivakantie in Oostenrijk;
  eerste opvang en gips in het Krankenhaus Zell am See, na terugkomst in
  Nederland geopereerd (ORIF, volaire plaat, 19-02-2024, Haaglanden MC-Zuid)
- 03-2025 plaatverwijdering links (zelfde ziekenhuis)
- 2019 burn-out, hersteld
- Migraine

RECENTE BEHANDELINGEN
- 08-2026 MRI pols links: geen afwijkingen aan TFCC en SL-ligament, geen
  avasculaire necrose. Lichte artrose radiocarpaal.
- 09-2026 diagnostische blokkade n. interosseus posterior (Pijnpoli):
  70% pijnreductie gedurende 6 uur
- 10-2026 consult orthopedie: partiële denervatie voorgesteld
- Handtherapie 2025, 16 sessies

MEDICATIE
Sumatriptan 50 mg zo nodig; paracetamol zo nodig

ALLERGIEËN
Geen bekend
-----------------------------------------------------------------------
Verzonden via ZorgDomein 12-11-2026 16:21 - ZD-26-9917702
"""
    write_text(path, t, encoding='utf-8', crlf=True)
    return dict(kinds=['referral', 'history'], date='2026-11-12', author='gp', language='nl',
                style='ZorgDomein referral letter exported as text with ruled sections (CRLF)',
                referral_question=True, imaging_done='yes', operated='yes', treated_abroad='yes',
                notes='Birth date 12-11-1985 is the same day/month as the referral date. First care in an Austrian '
                      'hospital (Krankenhaus Zell am See) -> treated abroad, although the operation itself was in NL. '
                      'Two past operations (ORIF, plate removal) are facts; the denervation is only proposed. MRI with '
                      '"geen afwijkingen" = imaging done. Has voorgeschiedenis + recente behandelingen -> history.')


@doc(53)
def d053():
    path = out(53, 'docx')
    D = Docx(font='Arial', size=10)
    D.header_table(['**Kreiskrankenhaus Sauerland-Mitte', 'Klinik für Unfallchirurgie und Orthopädie',
                    'Chefarzt Prof. Dr. med. H.-P. Neumeier'],
                   ['Schützenstraße 12', '57392 Schmallenberg', 'Tel. +49 2972 / 30 80', 'Fax +49 2972 / 30 81 99'])
    D.footer('Kreiskrankenhaus Sauerland-Mitte GmbH · Akademisches Lehrkrankenhaus', fmt='Seite {PAGE} von {NUMPAGES}')
    D.lines(['Frau', 'Dr. (NL) C. van der Veen', 'Huisartsenpraktijk Oog in Al', 'Cartesiusweg 11', '3534 BA Utrecht',
             'NIEDERLANDE'])
    D.p('')
    D.p('Schmallenberg, 12.09.2026', align='right')
    D.p('Entlassungsbrief', bold=True, size=12)
    D.p('Patientin: Frau Noor Bakhuis, geb. 21.01.1964, wohnhaft in Utrecht (NL)', bold=True)
    D.p('Stationärer Aufenthalt: 10.09.2026 - 12.09.2026, Station 2A')
    D.p('')
    D.p('Sehr geehrte Frau Kollegin,')
    D.p('wir berichten über Ihre o.g. Patientin, die sich während eines Wanderurlaubs im Rothaargebirge in unserer '
        'stationären Behandlung befand.')
    D.lv('Diagnose:', 'Dislozierte distale Radiusfraktur rechts (AO 23-A2) mit Abriss des Processus styloideus ulnae')
    D.lv('Nebendiagnosen:', 'Osteopenie (bekannt), arterielle Hypertonie')
    D.h('Verlauf', size=11)
    D.p('Aufnahme über die Notaufnahme nach Sturz auf nassem Waldweg. Röntgenologisch dorsal abgekippte distale '
        'Radiusfraktur rechts. Geschlossene Reposition in Bruchspaltanästhesie und Anlage einer dorsalen '
        'Unterarmgipsschiene. Die Röntgenkontrolle nach Reposition zeigte eine verbleibende dorsale Abkippung von 12°. '
        'Wir haben der Patientin bei grenzwertiger Stellung die operative Versorgung mittels palmarer Plattenosteosynthese '
        'empfohlen. Nach ausführlicher Aufklärung lehnte die Patientin eine Operation hier ab und wünschte die '
        'Weiterbehandlung in den Niederlanden. Eine Operation wurde daher nicht durchgeführt.')
    D.p('Die Gipsschiene wurde am 11.09. zirkulär geschlossen. Durchblutung, Motorik und Sensibilität der Finger '
        'regelrecht. Entlassung in Begleitung des Ehemanns mit dem PKW.')
    D.h('Empfehlung', size=11)
    D.p('Zeitnahe Vorstellung in einer unfallchirurgischen bzw. handchirurgischen Sprechstunde am Heimatort '
        '(innerhalb von 3–5 Tagen) zur Röntgenkontrolle und Entscheidung über die weitere Therapie. Bei sekundärem '
        'Repositionsverlust besteht weiterhin eine OP-Indikation. Thromboseprophylaxe nicht erforderlich.')
    D.h('Medikation bei Entlassung', size=11)
    D.p('Ibuprofen 400 mg 1-1-1, Pantoprazol 20 mg 1-0-0, Metamizol 500 mg bei Bedarf; Amlodipin 5 mg 1-0-0 (weiter).')
    D.p('')
    D.p('Mit freundlichen kollegialen Grüßen')
    D.p('')
    D.table([['Prof. Dr. med. H.-P. Neumeier', 'Dr. med. S. Kowalski', 'F. Brenner'],
             ['Chefarzt', 'Oberärztin', 'Assistenzarzt']], widths=(60, 55, 55), style=None, header=False)
    D.save(path)
    return dict(kinds=['correspondence'], date='2026-09-12', author='specialist', language='de',
                style='German Entlassungsbrief in Word with three-signature table',
                imaging_done='yes', operated='no', treated_abroad='yes',
                notes='German hospital admission -> treated abroad. Operation recommended but refused: "Eine Operation '
                      'wurde daher nicht durchgeführt" = no; "besteht weiterhin eine OP-Indikation" is a plan. Closed '
                      'reduction is not an operation. Discharge date equals letter date; admission 10.09.2026 and birth '
                      'date 21.01.1964 nearby.')


@doc(54)
def d054():
    path = out(54, 'pdf')
    W, H = LETTER

    def first(c, d):
        c.setFillColor(colors.HexColor('#123c69'))
        c.setFont('Serif-Bold', 14); c.drawString(0.9 * 72, H - 0.8 * 72, 'Bayview Orthopedic Surgery Associates')
        c.setFont('Serif', 8.5)
        c.drawString(0.9 * 72, H - 0.8 * 72 - 13, 'Hand & Upper Extremity Service')
        c.setFillColor(colors.black)
        draw_lines(c, W - 0.9 * 72, H - 0.8 * 72, ['1200 Harbor Blvd, Suite 400', 'San Diego, CA 92101',
                                                  'Tel (619) 555-0148  Fax (619) 555-0149'], size=7.5, align='right')
        c.line(0.9 * 72, H - 1.25 * 72, W - 0.9 * 72, H - 1.25 * 72)

    def footer(c, page, total):
        c.setFont('Sans', 7)
        c.drawString(0.9 * 72, 0.5 * 72, 'CONFIDENTIAL - This document contains protected health information.')
        c.drawRightString(W - 0.9 * 72, 0.5 * 72, 'Page %d of %d' % (page, total))

    p = Pdf(path, font='Serif', pagesize=LETTER, margins=(23, 23, 20, 22), first_top=38, first=first,
            footer=footer, size=10)
    p.p('March 12, 2026')
    p.sp(3)
    p.p('To: Dr. M. Visscher, huisarts (family physician)\nHuisartsenpraktijk Bezuidenhout\nTheresiastraat 200\n'
        '2593 AS Den Haag, The Netherlands')
    p.sp(3)
    p.fields([('Patient', 'Jeroen BOSMAN'), ('DOB', '06/23/1980'), ('MRN', 'BOS-2291047'),
              ('Date of service', '03/10/2026')], label_w=32)
    p.sp(2)
    p.p('Dear Dr. Visscher,')
    p.p('Mr. Bosman asked me to summarize his care at our practice, as he will be relocating back to the Netherlands '
        'next month.')
    p.h('History', size=10.5)
    p.p('Mr. Bosman is a 45-year-old right-hand-dominant engineer who has worked in San Diego since 2023. He reports '
        'numbness and tingling in the right ring and small fingers for 9 months, worse with prolonged elbow flexion '
        '(phone calls, cycling), and recent difficulty with fine motor tasks such as buttoning.')
    p.h('Examination', size=10.5)
    p.p('Positive Tinel sign at the cubital tunnel, positive elbow flexion test at 30 seconds. Mild first dorsal '
        'interosseous wasting, intrinsic strength 4/5. Two-point discrimination 7 mm ulnar digits. No subluxation of '
        'the ulnar nerve.')
    p.h('Studies', size=10.5)
    p.p('EMG/NCS on 02/04/2026: moderate ulnar neuropathy across the elbow with slowing to 39 m/s. MRI of the right '
        'elbow dated 02/18/2026: increased T2 signal and enlargement of the ulnar nerve in the cubital tunnel, no '
        'space-occupying lesion, no osteophytes.')
    p.h('Assessment', size=10.5)
    p.p('Right cubital tunnel syndrome, moderate, failed 3 months of night splinting and activity modification.')
    p.h('Plan', size=10.5)
    p.p('Surgical options, including in situ decompression and anterior transposition, were discussed in detail. Given '
        'his upcoming move, Mr. Bosman prefers to pursue treatment after relocating to the Netherlands. Copies of the '
        'MRI report and EMG have been given to the patient. I would be happy to discuss his case with his treating '
        'surgeon in the Netherlands.')
    p.sp(4)
    p.p('Sincerely,')
    p.sp(6)
    p.p('Rebecca T. Alvarez, MD\nBoard Certified Orthopaedic Surgeon, Subspecialty Certificate in Surgery of the Hand')
    p.build()
    return dict(kinds=['correspondence'], date='2026-03-12', also_dates=['2026-03-10'], author='specialist',
                language='en', style='US orthopaedic practice letter, US Letter page, US-style dates (MM/DD/YYYY, Month D, YYYY)',
                imaging_done='yes', operated='unmentioned', treated_abroad='yes',
                notes='US-style dates: DOB 06/23/1980, service 03/10/2026 (10 March, not 3 October), EMG 02/04/2026 '
                      '(4 February). Practice name "Orthopedic Surgery Associates" and "Surgery of the Hand" are titles; '
                      'surgical options only discussed. Care by a US clinic -> treated abroad.')


@doc(55)
def d055():
    path = out(55, 'txt')
    t = """MILLBROOK SURGERY                                   PATIENT SUMMARY
2 Station Road, Northfield NF1 3BD                  Printed: 04-Nov-2026 11:26
                                                    Printed by: Reception (JK)
================================================================================
Name:        Mrs Ingrid VAN DER MEER                 NHS Number: 999 718 2266
DOB:         04-Nov-1971 (55y)                       Usual GP: Dr T. Hughes
Address:     18 Orchard Way, Northfield NF4 2PP
Reason:      Transfer of care - patient emigrating to the Netherlands (Leiden)
================================================================================

PROBLEMS
  Active
    12-Jun-2026  Trigger finger - right ring finger
    03-Feb-2021  Essential hypertension
    2015         Hypothyroidism
  Significant past
    05-Jan-2023  Carpal tunnel decompression - right (Northfield General
                 Hospital, Mr J. Okafor)
    14-Aug-2022  Carpal tunnel syndrome - right
    1998         Caesarean section

MEDICATION (repeat)
  Ramipril 5mg capsules          one daily            last issued 02-Oct-2026
  Levothyroxine 100mcg tablets   one daily            last issued 02-Oct-2026

ALLERGIES
  Penicillin - urticaria (1994)

CONSULTATIONS (last 12 months, selected)
  12-Jun-2026  Dr T. Hughes
    History: locking right ring finger in the mornings, 2 months. Scar from
             CTD well healed, no recurrence of tingling.
    Examination: nodule A1 pulley R ring finger, triggering reproduced.
    Plan: steroid injection offered, declined for now. Splint advice.
  23-Jul-2026  Dr P. Osei
    History: still triggering, now painful. Wants injection.
    Procedure: steroid injection R ring finger flexor sheath (40mg Kenalog).
  09-Sep-2026  Dr T. Hughes
    History: 4 weeks relief, now recurrent. Also aching R wrist.
    Investigation: XR hand R requested (Northfield General).
  16-Sep-2026  Result: XR hand R - no bony abnormality, mild degenerative
               change DIP joints. (Reported by Dr S. Iqbal, radiologist)
  21-Oct-2026  Dr T. Hughes
    History: moving to NL in December. Would like to see a hand surgeon
             there. Summary printed for new GP.

================================================================================
Page 1 of 1                    Millbrook Surgery - EMIS Web summary printout
"""
    write_text(path, t, encoding='utf-8')
    return dict(kinds=['history'], date='2026-11-04', author='gp', language='en',
                style='UK GP summary printout (EMIS-like): problems, repeat medication, consultations',
                imaging_done='yes', operated='yes', treated_abroad='yes',
                notes='GP practice named "Millbrook Surgery". Printed date 04-Nov-2026 and DOB 04-Nov-1971 on adjacent '
                      'lines. Carpal tunnel decompression (2023, UK hospital) = hand operation and treatment in a hospital '
                      'abroad. Caesarean section is another body part; steroid injection is not an operation.')


@doc(56)
def d056():
    D = Docx(font='Liberation Sans', size=10)
    D.header_table(['**Clínica San Telmo Marbella', 'Servicio de Cirugía Ortopédica y Traumatología',
                    'Orthopaedic Surgery and Traumatology Department'],
                   ['Av. Ricardo Soriano 72', '29601 Marbella (Málaga), España', 'Tel. +34 952 77 41 00'])
    D.footer('Clínica San Telmo Marbella S.L. · CIF B-29000000 · International Patient Service', fmt='{PAGE}/{NUMPAGES}')
    D.h('MEDICAL REPORT / INFORME MÉDICO', size=13)
    D.fields([('Patient', 'Mr. Sander VAN VLIET'), ('Date of birth', '22/07/1979'), ('Passport', 'NL (on file)'),
              ('Date of visit', '22/07/2026 (emergency) and 29/07/2026 (follow-up)'),
              ('Attending physician', 'Dr. Alejandro Ruiz Beltrán')], widths=(40, 125), grid=True)
    D.p('Marbella, 30 July 2026')
    D.h('Reason for consultation', size=11)
    D.p('47-year-old male tourist who punched a wall during an argument on 22/07/2026 and presented to our emergency '
        'service with pain and swelling of the ulnar side of the left hand.')
    D.h('Examination and tests', size=11)
    D.p('Swelling and tenderness over the base of the fifth metacarpal, no rotational deformity, no wounds. '
        'X-ray of the left hand (PA, oblique and lateral): non-displaced fracture of the base of the fifth metacarpal, '
        'without intra-articular step. Control X-ray on 29/07/2026: unchanged position.')
    D.h('Treatment', size=11)
    D.p('Conservative treatment with an ulnar gutter splint including the ring and little fingers. No surgery was '
        'required. Analgesia with paracetamol and ibuprofen.')
    D.h('Recommendations', size=11)
    D.p('Keep the splint for 4 weeks in total. Follow-up with a hand surgeon or trauma surgeon in the Netherlands '
        'with a new X-ray after 2-3 weeks. Return earlier if numbness or increased pain occurs.')
    D.p('')
    D.p('Dr. Alejandro Ruiz Beltrán', space_after=0)
    D.p('Especialista en Cirugía Ortopédica y Traumatología · Nº Col. 29/12388', space_after=0)
    lo_pdf(D, 56, via_odt=False)
    return dict(kinds=['correspondence'], date='2026-07-30', author='specialist', language='en',
                style='Spanish private clinic medical report in English (bilingual headings), Word -> PDF via LibreOffice',
                imaging_done='yes', operated='no', treated_abroad='yes',
                notes='Spanish clinic (emergency + follow-up) -> treated abroad. "No surgery was required" = not operated. '
                      'Department name "Cirugía Ortopédica"/"Orthopaedic Surgery". Birth date 22/07/1979 equals the '
                      'accident/visit date day/month; letter date 30 July 2026 appears only below the field grid.')


# ------------------------------------------------------------------ merged PDFs
def _part(name):
    return os.path.join(BUILD, name + '.pdf')


@doc(57)
def d057():
    W, H = A4
    # part 1: GP referral
    def f1(c, d):
        draw_lines(c, 20 * mm, H - 18 * mm, ['**Huisartsenpraktijk De Wielewaal', 'Wielewaalplein 3, 3315 BN Dordrecht',
                                             'tel. 078 - 617 44 20 · AGB 01-063381'], size=8.5)
    p = Pdf(_part('p57a'), first_top=34, first=f1, size=10)
    p.p('Handkliniek Noord-Veluwe\nt.a.v. intake second opinion\nStationsweg 88\n8071 CZ Nunspeet')
    p.sp(4)
    p.p('Dordrecht, 5 november 2026')
    p.lv('Betreft:', 'dhr. R. (Ruben) Koster, geb. 18-08-1992')
    p.sp(2)
    p.p('Geachte collega,')
    p.p('Graag verwijs ik de heer Koster, 34 jaar, hovenier, voor een second opinion. Sinds een val van een ladder in '
        'maart heeft hij pijn aan de rugzijde van de linkerpols (niet-dominant) met een klikkend gevoel bij krachtig '
        'knijpen. De orthopeed in ons regionale ziekenhuis heeft na een MRI een partieel scapholunair letsel '
        'vastgesteld en hem een artroscopie aangeboden. Patiënt twijfelt, omdat zijn klachten de laatste weken wat '
        'afnemen, en wil graag een tweede mening.')
    p.p('Vraagstelling: is er sprake van een relevant SL-letsel en is een artroscopie op dit moment geïndiceerd, of is '
        'verdere conservatieve behandeling verantwoord?')
    p.p('Bijgevoegd: de polikliniekbrief van de orthopeed en het MRI-verslag.')
    p.sp(4)
    p.p('Met vriendelijke groet,\n\n\nE.M. Rietveld, huisarts')
    p.build()

    # part 2: orthopaedics outpatient letter
    def f2(c, d):
        c.setFont('Sans-Bold', 11); c.drawString(20 * mm, H - 18 * mm, 'Albert Schweitzerhof Ziekenhuis')
        c.setFont('Sans', 8.5); c.drawString(20 * mm, H - 23 * mm, 'Orthopedie · locatie Dordwijk · Karel Doormanweg 30, 3315 AL Dordrecht')
        y = H - 36 * mm
        for a, b in [('Datum', '19-08-2026'), ('Kenmerk', 'ORT-26-77190'), ('Patiëntnummer', '1180 4423')]:
            c.setFont('Sans-Bold', 8); c.drawString(130 * mm, y, a)
            c.setFont('Sans', 8.5); c.drawString(158 * mm, y, b); y -= 4.5 * mm

    def ft2(c, page, total):
        c.setFont('Sans', 7); c.drawRightString(190 * mm, 10 * mm, 'pagina %d van %d' % (page, total))
    p = Pdf(_part('p57b'), first_top=54, first=f2, footer=ft2, size=9.5)
    p.p('Aan: E.M. Rietveld, huisarts, Huisartsenpraktijk De Wielewaal, Dordrecht')
    p.lv('Betreft:', 'R. Koster, 18-08-1992')
    p.p('Geachte collega,')
    p.p('Uw patiënt kwam op 12 augustus terug op de polikliniek voor de uitslag van de MRI van de linkerpols.')
    p.h('Anamnese', size=10)
    p.p('Sinds een val van een ladder (maart 2026) dorsale polspijn links, klikken bij knijpen. Niet eerder aan de pols '
        'geopereerd. Brace helpt matig.')
    p.h('Lichamelijk onderzoek', size=10)
    p.p('Drukpijn dorsaal over het SL-interval. Watson-test pijnlijk zonder duidelijke klik. Knijpkracht links 34 kg, '
        'rechts 48 kg.')
    p.h('Aanvullend onderzoek', size=10)
    p.p('MRI pols links (30-07-2026): partiële laesie van het dorsale deel van het scapholunaire ligament, geen '
        'diastase, geen DISI.')
    p.h('Conclusie', size=10)
    p.p('Partieel SL-letsel links, predynamisch.')
    p.h('Beleid', size=10)
    p.p('Polsartroscopie met debridement en eventueel thermische shrinkage aangeboden. Patiënt wil hierover nadenken. '
        'Nieuwe afspraak op zijn initiatief.')
    p.sp(3)
    p.p('Met vriendelijke groet,\n\nM. Stam, orthopedisch chirurg')
    p.build()

    # part 3: MRI report
    def f3(c, d):
        c.setFont('Sans-Bold', 10); c.drawString(20 * mm, H - 18 * mm, 'Albert Schweitzerhof Ziekenhuis - Radiologie')
        c.line(20 * mm, H - 21 * mm, 190 * mm, H - 21 * mm)
    p = Pdf(_part('p57c'), first_top=28, first=f3, size=9.3)
    p.fields2([('Patiënt', 'Koster, R.'), ('Geb.datum', '18-08-1992'), ('Aanvrager', 'M. Stam, orthopedie')],
              [('Onderzoek', 'MRI pols links'), ('Datum', '30-07-2026'), ('Ordernr.', 'MR-26-0330917')],
              widths=(24, 60, 24, 62))
    p.h('Verslag', size=10)
    p.p('3T MRI linkerpols. Het scapholunaire ligament toont een partiële ruptuur van het dorsale segment met '
        'vochtsignaal; het volaire en membraneuze deel zijn intact. Scapholunaire afstand 2 mm. Normale stand van het '
        'lunatum. TFCC intact. Geen beenmergoedeem. Klein dorsaal capsulair ganglion van 4 mm.')
    p.h('Conclusie', size=10)
    p.p('Partiële ruptuur dorsale deel SL-ligament links zonder diastase of carpale malalignement.')
    p.p('Radioloog: dr. P. de Bruijn - geautoriseerd 30-07-2026', size=8.5)
    p.build()
    merge_pdfs([_part('p57a'), _part('p57b'), _part('p57c')], out(57, 'pdf'))
    return dict(kinds=['referral', 'correspondence', 'imaging-report'], author='gp', language='nl',
                style='merged PDF "bijlagen": GP letter + hospital outpatient letter + radiology report',
                referral_question=True, imaging_done='yes', operated='no', treated_abroad='unmentioned',
                notes='Three documents in one file; no single document date (top-level date omitted, author = first '
                      'part). The referral announces the enclosures; each part has its own letterhead. Arthroscopy is '
                      'offered, "Niet eerder aan de pols geopereerd" = no.',
                parts=[dict(kinds=['referral'], date='2026-11-05', author='gp'),
                       dict(kinds=['correspondence'], date='2026-08-19', author='specialist'),
                       dict(kinds=['imaging-report'], date='2026-07-30', author='radiologist')])


@doc(58)
def d058():
    W, H = A4

    def hdr(c, d):
        c.setFont('Serif-Bold', 12); c.drawString(20 * mm, H - 18 * mm, 'Klinikum Werdenfels-Süd')
        c.setFont('Serif', 8.5)
        c.drawString(20 * mm, H - 23 * mm, 'Abteilung für Unfallchirurgie, Hand- und Wiederherstellungschirurgie')
        c.drawString(20 * mm, H - 27 * mm, 'Auenstraße 6 · 82467 Garmisch-Partenkirchen · Tel. +49 8821 / 77-0')
        c.line(20 * mm, H - 30 * mm, 190 * mm, H - 30 * mm)

    def ft(c, page, total):
        c.setFont('Serif', 7); c.drawRightString(190 * mm, 10 * mm, 'Seite %d von %d' % (page, total))
    # part 1: Entlassungsbrief
    p = Pdf(_part('p58a'), font='Serif', first_top=38, first=hdr, footer=ft, size=9.6)
    p.p('Garmisch-Partenkirchen, 18.09.2026', align=2)
    p.p('An die Hausärztin / den Hausarzt\nFrau L. Bouwman, huisarts, Gezondheidscentrum Lunetten, 3524 Utrecht (NL)')
    p.sp(2)
    p.h('Entlassungsbrief', size=11)
    p.lv('Patient:', 'Herr Maarten Oosterhuis, geb. 16.09.1987')
    p.lv('Stationär:', '14.09.2026 bis 18.09.2026')
    p.lv('Diagnose:', 'Perilunäre Luxation rechts (transskaphoidal, de Quervain), Kletterunfall am 14.09.2026')
    p.lv('Therapie:', '16.09.2026 offene Reposition, Osteosynthese des Skaphoids mit Herbert-Schraube, Naht des '
         'SL- und LT-Bandes, temporäre K-Draht-Transfixation (siehe separater OP-Bericht)')
    p.p('Verlauf: Notfallmäßige Vorstellung nach Sturz in den Klettersteig. Röntgen und CT zeigten eine transskaphoidale '
        'perilunäre Luxation. Geschlossene Reposition in der Notaufnahme, am 16.09. definitive operative Versorgung. '
        'Postoperativ komplikationsloser Verlauf, Röntgenkontrolle regelrecht. MRSA-Aufnahmescreening unauffällig.')
    p.p('Procedere: Unterarmgips mit Daumeneinschluss für 8 Wochen, K-Draht-Entfernung nach 8 Wochen, CT-Kontrolle. '
        'Weiterbehandlung in einer Handchirurgie in den Niederlanden; Bericht und Bilder auf CD mitgegeben.')
    p.sp(3)
    p.p('Mit freundlichen Grüßen\n\nDr. med. B. Leitner, Oberarzt')
    p.build()
    # part 2: Operationsbericht
    p = Pdf(_part('p58b'), font='Serif', first_top=38, first=hdr, footer=ft, size=9.4)
    p.h('OPERATIONSBERICHT', size=12, space_before=0)
    p.fields2([('Patient', 'Oosterhuis, Maarten'), ('geb.', '16.09.1987'), ('OP-Datum', '16.09.2026')],
              [('Operateur', 'Dr. med. B. Leitner'), ('Assistenz', 'Dr. med. T. Huber'), ('Anästhesie', 'ITN')],
              widths=(27, 55, 26, 62))
    p.lv('Eingriff:', 'Offene Reposition, Herbert-Schraube Skaphoid, SL-/LT-Bandnaht mit Fadenankern, K-Draht-Transfixation')
    p.p('Dorsaler Zugang über dem 3. Strecksehnenfach, Eröffnung der Kapsel. Darstellung der Skaphoidfraktur sowie der '
        'Rupturen des SL- und LT-Bandes. Reposition der Fraktur, Einbringen einer Herbert-Schraube unter '
        'Bildwandlerkontrolle. Refixation des dorsalen SL-Bandes mit zwei Fadenankern im Lunatum, Naht des LT-Bandes. '
        'Transfixation mit zwei 1,4-mm-K-Drähten (skapholunär, lunotriquetral). Kapselnaht, Hautnaht, Gipsschiene. '
        'Blutsperre 104 min. Keine Komplikationen.')
    p.p('Dr. med. B. Leitner, 16.09.2026', size=8.5)
    p.build()
    # part 3: Dutch MRSA lab result
    def hdr3(c, d):
        c.setFont('Sans-Bold', 11); c.drawString(20 * mm, H - 18 * mm, 'Saltro-Midden Laboratoria - Medische Microbiologie')
        c.setFont('Sans', 8.5); c.drawString(20 * mm, H - 23 * mm, 'Mississippidreef 83, 3565 CE Utrecht')
    p = Pdf(_part('p58c'), first_top=32, first=hdr3, size=9.2)
    p.table([['Patiënt', 'M. Oosterhuis', 'Geb.datum', '16-09-1987'],
             ['Aanvrager', 'L. Bouwman, huisarts', 'Afname', '16-10-2026'],
             ['Bepaling', 'MRSA-screening', 'Uitslagdatum', '20-10-2026']], widths=(25, 60, 28, 57), header=False)
    p.sp(2)
    p.table([['Materiaal', 'Uitslag'], ['Neus', 'MRSA niet aangetoond'], ['Keel', 'MRSA niet aangetoond'],
             ['Perineum', 'MRSA niet aangetoond'], ['Wond pols rechts (K-draadinsteek)', 'MRSA niet aangetoond']],
            widths=(80, 90))
    p.p('Klinische gegevens: opname ziekenhuis Duitsland sept. 2026, operatie pols.', size=8.5)
    p.p('Gevalideerd: dr. J. Hoogland, arts-microbioloog, 20-10-2026', size=8.5)
    p.build()
    merge_pdfs([_part('p58a'), _part('p58b'), _part('p58c')], out(58, 'pdf'))
    return dict(kinds=['correspondence', 'operation-report', 'mrsa-screening'], author='specialist', language='de',
                style='merged PDF: German Entlassungsbrief + Operationsbericht + Dutch MRSA lab result',
                imaging_done='yes', operated='yes', treated_abroad='yes',
                notes='Mixed-language merge (two German parts, one Dutch). The discharge letter only refers to the '
                      'separate OP report ("siehe separater OP-Bericht") so it is correspondence only; the second part is '
                      'the operation report. Birth date 16.09.1987 shares day/month with the operation date. '
                      '"MRSA-Aufnahmescreening unauffällig" in part 1 is a mention; part 3 is the actual result.',
                parts=[dict(kinds=['correspondence'], date='2026-09-18', author='specialist'),
                       dict(kinds=['operation-report'], date='2026-09-16', author='specialist'),
                       dict(kinds=['mrsa-screening'], date='2026-10-20', author='lab')])


@doc(59)
def d059():
    W, H = A4

    def nhs(c, d):
        c.setFont('Sans-Bold', 11); c.drawRightString(190 * mm, H - 16 * mm, 'Northfield Hospitals')
        c.setFont('Sans', 8.5); c.drawRightString(190 * mm, H - 20.5 * mm, 'NHS Foundation Trust')
    # part 1: clinic letter
    p = Pdf(_part('p59a'), first_top=30, first=nhs, size=9.6)
    p.p('Department of Plastic & Reconstructive Surgery - Hand Unit\nNorthfield General Hospital, Ashby Road, NF2 9QA')
    p.sp(2)
    p.fields([('Clinic date', '30/06/2026'), ('Typed', '03/07/2026'), ('Hospital No', 'N2218804')], label_w=28)
    p.p('Dr T. Hughes, Millbrook Surgery, 2 Station Road, Northfield NF1 3BD')
    p.p('Dear Dr Hughes')
    p.p('Re: Mrs Gerda POSTHUMA, DOB 11/11/1956', raw=False)
    p.lv('Diagnosis:', 'Right thumb base osteoarthritis - 7 weeks post trapeziectomy')
    p.p('Mrs Posthuma is making good progress following her right trapeziectomy with LRTI on 12 May 2026. The wound is '
        'healed, she is out of her splint and working with the hand therapists. X-rays today show a satisfactory '
        'trapezial space with no proximal migration of the first metacarpal. She and her husband will return to '
        'Groningen in August and she asked for copies of all records for her hand surgeon there, which we have provided.')
    p.lv('Plan:', 'Continue hand therapy; discharge from our clinic. Follow-up to be arranged in the Netherlands.')
    p.p('Yours sincerely\n\nMr D. Farrow, Consultant Hand Surgeon')
    p.build()
    # part 2: operation note
    p = Pdf(_part('p59b'), first_top=30, first=nhs, size=9.3)
    p.h('OPERATION NOTE', size=12, space_before=0)
    p.table([['Patient', 'POSTHUMA, Gerda', 'DOB', '11/11/1956'],
             ['Date', '12/05/2026', 'Theatre', 'Main 7'],
             ['Surgeon', 'Mr D. Farrow', 'Assistant', 'Miss K. Oduya (ST6)'],
             ['Anaesthetic', 'GA + regional block', 'Tourniquet', '250 mmHg, 55 min']],
            widths=(25, 60, 25, 60), header=False)
    p.lv('Procedure:', 'Right trapeziectomy with ligament reconstruction and tendon interposition (FCR half-slip)')
    p.lv('Findings:', 'Eburnated trapezium, STT joint also degenerate.')
    p.p('Wagner approach, radial artery protected, branches of superficial radial nerve preserved. Trapezium excised '
        'piecemeal. Half FCR harvested through two forearm incisions, passed through a drill hole in the base of the '
        'first metacarpal and interposed as an anchovy. Capsule closed. K-wire not used. Skin 4/0 monocryl subcuticular. '
        'Thumb spica plaster.')
    p.lv('Post-op:', 'Elevate, plaster 2 weeks, then thermoplastic splint and hand therapy. Review 6-7 weeks with XR.')
    p.build()
    # part 3: radiology report
    p = Pdf(_part('p59c'), first_top=30, first=nhs, size=9.3)
    p.h('RADIOLOGY REPORT', size=11, space_before=0)
    p.fields([('Patient', 'POSTHUMA, Gerda   DOB 11/11/1956'), ('Exam', 'XR THUMB RIGHT'), ('Exam date', '30/06/2026'),
              ('Referrer', 'Mr D. Farrow, Hand Unit')], label_w=26)
    p.p('Clinical: 7/52 post trapeziectomy.')
    p.p('Report: Post trapeziectomy appearances. The trapezial space is maintained (6 mm). No subluxation of the first '
        'metacarpal base. Mild degenerative change at the STT articulation remnant. No other abnormality.')
    p.p('Reported by Dr S. Iqbal, Consultant Radiologist, 30/06/2026')
    p.build()
    merge_pdfs([_part('p59a'), _part('p59b'), _part('p59c')], out(59, 'pdf'))
    return dict(kinds=['correspondence', 'operation-report', 'imaging-report'], author='specialist', language='en',
                style='merged PDF of UK NHS records: clinic letter + operation note + radiology report',
                imaging_done='yes', operated='yes', treated_abroad='yes',
                notes='Parts share the same trust logo text, so boundaries come from titles. Clinic date vs typed date in '
                      'part 1; DOB 11/11/1956 repeated in every part. Everything happened in a UK hospital -> treated '
                      'abroad.',
                parts=[dict(kinds=['correspondence'], date='2026-07-03', author='specialist'),
                       dict(kinds=['operation-report'], date='2026-05-12', author='specialist'),
                       dict(kinds=['imaging-report'], date='2026-06-30', author='radiologist')])


@doc(60)
def d060():
    W, H = A4
    # part 1: HIS samenvatting
    def f1(c, d):
        c.setFont('Mono-Bold', 10); c.drawString(20 * mm, H - 16 * mm, 'HUISARTSENPRAKTIJK ROSMALEN-NOORD')
        c.setFont('Mono', 8.5)
        c.drawString(20 * mm, H - 20.5 * mm, 'Samenvatting patientdossier     Datum uitdraai: 11-11-2026')

    def ft1(c, page, total):
        c.setFont('Mono', 7); c.drawString(20 * mm, 10 * mm, 'HIS-uitdraai - blad %d/%d' % (page, total))
    p = Pdf(_part('p60a'), font='Mono', first_top=28, first=f1, footer=ft1, size=8.4)
    p.p('Patient: Smulders, P.M.A. (Petra)   geb. 11-06-1960   V\nAdres: Kruisstraat 18, 5241 AE Rosmalen')
    p.p('EPISODES')
    p.table([['ICPC', 'Omschrijving', 'Begin'],
             ['L91', 'Artrose CMC-1 rechts', '2024'],
             ['L91', 'Artrose knie links', '2019'],
             ['T86', 'Hypothyreoïdie', '2012'],
             ['S88', 'Contacteczeem handen', '2021']], widths=(16, 110, 30), grid=False, head_bg=None, size=8.2)
    p.p('JOURNAAL')
    for ln in ['14-03-2025 S: pijn duimbasis re, huishouden lastig. O: grind +. E: L91 CMC-1 artrose. '
               'P: X-hand re, spalk.',
               '21-03-2025 U: X-hand re: artrose CMC-1 met osteofyten, gewrichtsspleet versmald; STT normaal.',
               '10-09-2025 P: verwijzing fysiotherapie/handtherapie.',
               '07-07-2026 S: net terug van vakantie in de Dordogne (Frankrijk), duim daar verergerd bij kanoën, '
               'niet bij een arts geweest. P: verwijzing orthopedie.',
               '22-09-2026 B: brief orthopedie: trapeziectomie voorgesteld. Pt twijfelt.',
               '11-11-2026 A: wil second opinion handkliniek, uitdraai + bijlagen mee.']:
        p.p(ln)
    p.p('MEDICATIE: levothyroxine 100 ug 1dd1; paracetamol zn; triamcinoloncreme zn')
    p.build()
    # part 2: physiotherapy letter
    def f2(c, d):
        c.setFont('Sans-Bold', 11); c.drawString(20 * mm, H - 18 * mm, 'Fysiotherapie Maaspoort')
        c.setFont('Sans', 8); c.drawString(20 * mm, H - 22.5 * mm, 'Oude Vlijmenseweg 6, 5223 GT \'s-Hertogenbosch · 073 - 622 10 10')
    p = Pdf(_part('p60b'), first_top=32, first=f2, size=9.5)
    p.p('\'s-Hertogenbosch, 1 oktober 2026')
    p.p('Aan: dr. K. Hermans, huisarts, Rosmalen\nBetreft: mw. P. Smulders, 11-06-1960 - tussentijds verslag')
    p.p('Geachte collega,')
    p.p('Mevrouw Smulders is sinds oktober 2025 twaalf keer behandeld voor CMC-1 artrose rechts: spalkinstructie, '
        'stabiliserende oefeningen van de duim en gewrichtsbeschermingsadviezen. De pijn (NRS) daalde van 7 naar 5; de '
        'knijpkracht is stabiel. Wij zien weinig ruimte voor verdere verbetering met oefentherapie en sluiten de '
        'behandeling af. Zij gaf aan dat de orthopeed een operatie heeft voorgesteld.')
    p.p('Met vriendelijke groet,\n\nT. Verhoeven, fysiotherapeut')
    p.build()
    # part 3: appointment letter
    def f3(c, d):
        c.setFont('Sans-Bold', 11); c.drawString(20 * mm, H - 18 * mm, 'Handkliniek Noord-Veluwe')
        c.setFont('Sans', 8); c.drawString(20 * mm, H - 22.5 * mm, 'Afsprakenbureau · Stationsweg 88, 8071 CZ Nunspeet')
    p = Pdf(_part('p60c'), first_top=32, first=f3, size=9.5)
    p.p('Mevrouw P.M.A. Smulders\nKruisstraat 18\n5241 AE Rosmalen')
    p.sp(3)
    p.p('Nunspeet, 2 november 2026')
    p.lv('Onderwerp:', 'uw aanmelding voor een second opinion')
    p.p('Geachte mevrouw Smulders,')
    p.p('Wij hebben uw aanmelding ontvangen. Wij plannen uw eerste afspraak pas in als uw dossier compleet is. Wij '
        'ontvingen nog geen verwijsbrief en geen brief van uw behandelend specialist. Wilt u uw huisarts vragen deze '
        'stukken op te sturen? Als er röntgenfoto\'s of scans zijn gemaakt, ontvangen wij graag ook de cd.')
    p.p('Met vriendelijke groet,\n\nAfsprakenbureau Handkliniek Noord-Veluwe')
    p.build()
    merge_pdfs([_part('p60a'), _part('p60b'), _part('p60c')], out(60, 'pdf'))
    return dict(kinds=['history'], author='gp', language='nl',
                style='merged PDF: HIS summary printout (monospace) + physiotherapy letter + clinic appointment letter',
                imaging_done='yes', operated='unmentioned', treated_abroad='no',
                notes='Only the first part counts (history); the physiotherapy letter and the clinic\'s own letter '
                      'asking for documents are not kinds. Holiday in France with "niet bij een arts geweest" -> no. '
                      'Trapeziectomy only proposed. The appointment letter\'s "Als er röntgenfoto\'s ... zijn gemaakt" '
                      'is conditional.',
                parts=[dict(kinds=['history'], date='2026-11-11', author='gp'),
                       dict(kinds=[], date='2026-10-01', author='other'),
                       dict(kinds=[], date='2026-11-02', author='other')])


@doc(61)
def d061():
    path = out(61, 'docx')
    D = Docx(font='Calibri', size=10.5)
    D.header_table(['**Ziekenhuis Gooi-Eem', 'Chirurgie (Heelkunde)', 'Polikliniek Chirurgie, route 12'],
                   ['Rijksstraatweg 1', '1261 AN Blaricum', 'T 035 - 688 88 00'])
    D.footer('Ziekenhuis Gooi-Eem · vakgroep Chirurgie', fmt='{PAGE} / {NUMPAGES}')
    D.lines(['Huisartsenpraktijk Huizen-Oost', 't.a.v. mevrouw A. Prins, huisarts', 'Oostermeent-Zuid 44',
             '1274 SB  Huizen'])
    D.p('')
    D.lv('Datum:', '11 juni 2026')
    D.lv('Betreft:', 'dhr. D. (Dennis) Hoogeveen, geboren 11-02-1979, patiëntnr. 7761 0042')
    D.p('')
    D.p('Geachte collega Prins,')
    D.p('Uw patiënt werd op 4 juni 2026 op het spreekuur chirurgie gezien in verband met een zwelling aan de '
        'handpalmzijde van de linkerpols.')
    D.h('Anamnese', size=11)
    D.p('Sinds twee maanden een knobbeltje radiaal aan de volaire zijde van de linkerpols, soms pijnlijk bij push-ups. '
        'Geen tintelingen. Voorgeschiedenis: laparoscopische liesbreukcorrectie rechts (2024), verder gezond.')
    D.h('Lichamelijk onderzoek', size=11)
    D.p('Soepele, niet-pulsatiele zwelling van ca. 1 cm, naast de a. radialis, goed afgrensbaar. Allen-test normaal. '
        'Sensibiliteit en motoriek intact.')
    D.h('Aanvullend onderzoek', size=11)
    D.p('Geen.')
    D.h('Conclusie', size=11)
    D.p('Klinisch een volair polsganglion links.')
    D.h('Beleid', size=11)
    D.p('Uitleg over het goedaardige karakter en het natuurlijke beloop. Gezien de nabijheid van de a. radialis is '
        'aspiratie niet zonder risico en een operatie niet geïndiceerd zolang de klachten beperkt zijn. Geen '
        'controle afgesproken; bij toename van klachten kan hij opnieuw via u worden verwezen, bij voorkeur naar '
        'een handchirurg.')
    D.p('')
    D.p('Met collegiale groet,')
    D.p('')
    D.p('drs. M.E. Oudejans, chirurg', space_after=0)
    D.p('cc: patiënt', size=9)
    D.save(path)
    return dict(kinds=['correspondence'], date='2026-06-11', also_dates=['2026-06-04'], author='specialist',
                language='nl', style='general surgery (Heelkunde) outpatient letter in Word, section headings',
                imaging_done='no', operated='unmentioned', treated_abroad='unmentioned',
                notes='"Aanvullend onderzoek: Geen." = no imaging, with the negation split from its heading. The '
                      'department is "Chirurgie (Heelkunde)" and the hernia repair is another body part; "een operatie '
                      'niet geïndiceerd" is advice. Birth date 11-02-1979 shares the day with the letter date 11 juni.')


@doc(62)
def d062():
    path = out(62, 'txt')
    t = """OK-VERSLAG                                            Ziekenhuis Rijnstroom Arnhem
Afdeling Plastische Chirurgie                         Wagnerlaan 55, 6815 AD Arnhem
-------------------------------------------------------------------------------------
Patiënt         : mw. T. Gerritsen-Lubbers       Geboortedatum : 05-10-1968
Patiëntnummer   : 3304 8812                      Opnamenummer  : DB-26-10-0517
Datum ingreep   : 05-10-2026                     Begintijd     : 08:35
Operateur       : dr. S.M. Hofman, plastisch chirurg
Assistent       : drs. J. van Wijk, ANIOS
Anesthesie      : lokaal (WALANT), geen anesthesioloog
Type ingreep    : dagbehandeling
-------------------------------------------------------------------------------------
Indicatie       : Carpaletunnelsyndroom rechts, EMG ernstig (08-2026), therapie-
                  resistent na spalk en injectie.
Ingreep         : Open carpale tunnel release rechts (mini-open, 2,5 cm)
Verloop         : Na WALANT-infiltratie en 25 minuten wachten desinfectie en af-
                  dekken. Incisie van 2,5 cm in lijn met de radiale rand van dig
                  IV, proximaal van de lijn van Kaplan. Fascia palmaris gekliefd.
                  Lig. carpi transversum van distaal naar proximaal onder zicht
                  volledig gekliefd, inclusief distale onderarmfascie. N. medianus
                  duidelijk ingesnoerd en hyperemisch, motorische tak extra-
                  ligamentair en intact. Geen synovitis, geen ruimte-innemend
                  proces. Huid gesloten met 4 hechtingen Ethilon 4-0 (matras).
Bevindingen     : Zie verloop.
Complicaties    : Geen.
Bloedverlies    : Minimaal.
Nabehandeling   : Drukverband 2 dagen, daarna pleister. Direct vingers bewegen,
                  niet zwaar tillen 4 weken. Hechtingen eruit na 10-14 dagen bij
                  huisarts. Telefonische controle over 6 weken.
-------------------------------------------------------------------------------------
Ondertekend     : dr. S.M. Hofman                  05-10-2026 09:41
"""
    write_text(path, t, encoding='cp1252', crlf=False)
    return dict(kinds=['operation-report'], date='2026-10-05', author='specialist', language='nl',
                style='operation report exported from the hospital system as fixed-width text, Windows-1252, hyphenated wraps',
                imaging_done='unmentioned', operated='yes', treated_abroad='unmentioned',
                notes='Birth date 05-10-1968 is on the line above the operation date 05-10-2026 (same day/month). '
                      'Hyphenated line breaks ("af-/dekken", "extra-/ligamentair"). EMG is not imaging.')


@doc(63)
def d063():
    path = out(63, 'txt')
    t = """RADIOLOGISCH ONDERZOEK

Ziekenhuis Bravis-West - Afdeling Radiologie
Boerhaavelaan 25, 4708 AE Roosendaal

Naam           : Kraaijeveld, N.J.
Geboortedatum  : 14-09-1990
Patiëntnummer  : 6129 4770
Aanvrager      : drs. B. Aarts, orthopedisch chirurg (Orthopedie)
Datum onderz.  : 14-09-2026
Onderzoek      : CT pols links (laag-dosis), multiplanaire reconstructies

Klinische gegevens / vraagstelling:
Status na scaphoidtaillefractuur links, gipsbehandeling 12 weken (sinds
06-2026). Consolidatie? Vergelijking met X-scaphoidserie d.d. 03-06-2026.

Verslag:
Vergeleken met de conventionele opnamen van 03-06-2026. Taillefractuur van
het os scaphoideum met een persisterende fractuurspleet van 1,5 mm over het
grootste deel van het fractuurvlak, sclerotische randen en een kleine cyste
in het proximale fragment. Ongeveer 20% overbrugging aan de radiaire zijde.
Geen humpback-deformiteit (intrascaphoidale hoek 32 graden). Geen tekenen
van avasculaire necrose op CT (geen verdichting van de proximale pool).
Geen artrose. Overige carpalia intact.

Conclusie:
Vertraagde consolidatie / beginnende pseudartrose van het os scaphoideum
links (< 25% overbrugging), geen deformiteit.

Radioloog: dr. W.G. Huijbregts
Datum verslag: 15-09-2026
"""
    write_text(path, t, encoding='utf-8')
    return dict(kinds=['imaging-report'], date='2026-09-15', also_dates=['2026-09-14'], author='radiologist',
                language='nl', style='radiology report plain text export (RADIOLOGISCH ONDERZOEK), colon-aligned fields',
                imaging_done='yes', operated='unmentioned', treated_abroad='unmentioned',
                notes='Birth date 14-09-1990 and exam date 14-09-2026 share day/month; an older comparison study '
                      '(03-06-2026) appears in the text; report date at the very end. Requester is an orthopaedic '
                      'surgeon. Cast treatment is not an operation.')


@doc(64)
def d064():
    path = out(64, 'docx')
    D = Docx(font='Calibri', size=10.5)
    D.header_table(['**Huisartsenpraktijk Leidsche Rijn International', 'English-speaking GP practice'],
                   ['Berlijnplein 300', '3541 CM Utrecht', '+31 30 711 23 40'])
    D.footer('AGB 01-070417 · Leidsche Rijn International GP Practice', fmt='Page {PAGE} of {NUMPAGES}')
    D.h('Referral letter - hand surgery (second opinion)', size=13)
    D.table([['To', 'Handkliniek Noord-Veluwe, Stationsweg 88, 8071 CZ Nunspeet'],
             ['From', 'Dr. A. Moreau, huisarts (GP)'],
             ['Date', '5 Nov 2026'],
             ['Patient', 'Ms Ayşe DEMİR-WALSH, born 18 Oct 1984'],
             ['BSN / insurer', '999920052 / Nexus Zorgverzekeringen']], widths=(35, 135), header=False,
            bold_first_col=True)
    D.h('Reason for referral', size=11)
    D.p('Persistent ulnar-sided pain in the left wrist for ten months after a fall, with clicking on rotation and '
        'weakness when carrying shopping bags. She works as a flight attendant and has been on sick leave since '
        'September.')
    D.h('Question', size=11)
    D.p('Please give your opinion on the diagnosis (TFCC injury? ulnar impaction?) and on whether surgical treatment '
        'would be sensible. She has been told different things by different doctors and would like a second opinion.')
    D.h('Relevant medical history', size=11)
    D.p('- January 2026: fall on the outstretched left hand on an icy pavement during a layover in Istanbul; seen in '
        'the emergency department of Bosphorus International Hospital, splinted for 3 weeks.\n'
        '- Asthma since childhood.\n'
        '- Laparoscopic cholecystectomy 2021.')
    D.h('Recent treatment', size=11)
    D.p('- X-ray left wrist (January 2026, Istanbul, and again 03-02-2026 in Utrecht) and MRI left wrist (14-04-2026, '
        'Diakonessenhuis-Noord): no abnormalities reported; ulnar-neutral variance.\n'
        '- Hand therapy (12 sessions, Feb-May 2026), wrist brace.\n'
        '- Corticosteroid injection ulnocarpal joint (June 2026), two weeks of relief.\n'
        '- No surgery so far. The orthopaedic surgeon suggested a diagnostic arthroscopy.')
    D.h('Medication', size=11)
    D.p('Salbutamol inhaler as needed; naproxen 250 mg as needed.')
    D.h('Allergies', size=11)
    D.p('None known.')
    D.p('')
    D.p('Kind regards,')
    D.p('Dr. A. Moreau, GP', space_after=0)
    D.save(path)
    return dict(kinds=['referral', 'history'], date='2026-11-05', author='gp', language='en',
                style='Dutch GP referral written in English, Word, field table and history/recent-treatment sections',
                referral_question=True, imaging_done='yes', operated='no', treated_abroad='yes',
                notes='"no abnormalities reported" about X-ray and MRI still means imaging was done. Emergency department '
                      'in Istanbul -> treated abroad. "No surgery so far" = no; arthroscopy only suggested; '
                      'cholecystectomy is another body part. Birth date in words (18 Oct 1984) below the date (5 Nov '
                      '2026). Has medical history + recent treatment sections -> also history.')
