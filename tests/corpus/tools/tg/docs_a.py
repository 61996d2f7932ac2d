"""tg-001 .. tg-016"""
from common import pdf, docx, txt, label

# ------------------------------------------------------------------ tg-001 Zorgdomein two-column, referral + history
pdf('tg-001', [
    ('small', 'ZorgDomein  |  Verwijzing  |  Referentie ZD-7731-4408-2196'),
    ('lh', 'Second opinion handchirurgie', ['Handkliniek Veluwezoom', 'Polikliniek Hand- en Polschirurgie',
                                              'Deventerstraat 210, 7321 CH Apeldoorn'], {'line': '#6a8f3a'}),
    ('kv4', [
        ('Patiënt', 'mw. M. Verhoeven-Bakker', 'Verwijzer', 'M.A. Terpstra, huisarts'),
        ('Geboortedatum', '14-02-1979', 'AGB-code', '01-054387'),
        ('BSN', '9999.12.307', 'Praktijk', 'Huisartsenpraktijk De Boomgaard'),
        ('Geslacht', 'Vrouw', 'Adres praktijk', 'Kleverlaan 88, 2023 JK Haarlem'),
        ('Adres', 'Zijlweg 14a\n2013 DH Haarlem', 'Telefoon', '023-5310447'),
        ('Verzekering', 'Noordhaven Zorg, polis 884120551', 'Datum verwijzing', '18-11-2026'),
        ('Telefoon', '06-41872290', 'Urgentie', 'Regulier'),
    ], {'shade': True}),
    ('hr',),
    ('kv', [
        ('Specialisme', 'Handchirurgie (second opinion)'),
        ('Reden van verwijzing', 'Sinds een val van de fiets op de uitgestrekte hand (januari 2026) aanhoudende '
         'dorsale polspijn rechts, pijnlijk klikken bij draaibewegingen en krachtsverlies bij tillen. '
         'Rechtshandig, werkzaam als logopedist; kan sinds de zomer alleen halve dagen werken.'),
        ('Vraagstelling', 'Graag uw second opinion. Is hier sprake van een scafolunair bandletsel dat alsnog '
         'behandeld moet worden, of is verder afwachten verantwoord? De orthopeed zag geen afwijkingen en '
         'adviseerde afwachten; patiënte twijfelt daar sterk aan en wil een tweede mening.'),
        ('Relevante voorgeschiedenis', '2009  sectio caesarea\n2015  depressieve episode (behandeld, in remissie)\n'
         '2021  hypothyreoïdie\nNooit eerder aan hand of pols geopereerd.'),
        ('Recente behandelingen', '02-2026  polsbrace, NSAID (gestopt i.v.m. maagklachten)\n'
         '04-2026  fysiotherapie, 9 behandelingen, weinig effect\n'
         '06-2026  echo pols rechts (Rijnvallei Ziekenhuis): klein dorsaal ganglion, verder geen afwijkingen\n'
         '08-2026  consult orthopedie Rijnvallei Ziekenhuis (dr. Hendriks): conservatief beleid\n'
         '10-2026  injectie triamcinolon dorsaal pols door huisarts, effect circa 3 weken'),
        ('Medicatie', 'Levothyroxine 75 microgram 1 dd 1\nParacetamol 500 mg zo nodig max. 6 dd 2'),
        ('Allergieën / intoleranties', 'Pleister (contactallergie)'),
        ('Episodelijst', 'L11 Pols symptomen/klachten (re) — actief sinds 12-01-2026\n'
         'T86 Hypothyreoïdie — actief\nP76 Depressie — inactief'),
        ('Bijlagen', 'Brief orthopedie Rijnvallei Ziekenhuis d.d. 19-08-2026\nUitslag echo pols d.d. 11-06-2026'),
    ], {'widths': (0.27, 0.73)}),
    ('sp', 8),
    ('small', 'Deze verwijzing is elektronisch ondertekend door M.A. Terpstra, huisarts, op 18-11-2026 09:42. '
     'Verzonden via ZorgDomein. Aangemaakt door: assistente J. Kok.'),
], font='Helvetica', footer='Afgedrukt op 19-11-2026 11:05 — ZorgDomein verwijzing ZD-7731-4408-2196',
   pagenum='Pagina {p} van {n}')
label('tg-001', ['referral', 'history'], 'gp', 'nl', 'zorgdomein two-column (kv4 header + field table)',
      'yes', 'no', 'unmentioned', date='2026-11-18', rq=True,
      notes='Zorgdomein printout with product name as title, no salutation; question only in Vraagstelling; '
            'history and recent treatments sections make it also the history letter; birth date next to the '
            'verwijsdatum in the 4-column header; print date in footer differs from document date; '
            '"Nooit eerder ... geopereerd" is a negation; echo already done; sectio is another body part.')

# ------------------------------------------------------------------ tg-002 HIS journal printout (TXT)
txt('tg-002', r'''
HUISARTSENPRAKTIJK DIJKHUIZEN & ROZEMA                         Datum uitdraai: 26-11-2026
Hoofdstraat 41  9351 AB  Leek   tel 0594-518230                Tijd: 14:12   Gebruiker: AvdM
=========================================================================================
UITDRAAI JOURNAAL  -  selectie: alle episodes, periode 01-01-2025 t/m 26-11-2026
=========================================================================================
Patiënt   : Dijkstra, Henk Jan (H.J.)        Geslacht: M      Geb.datum: 03-07-1958
Adres     : Oostindië 7, 9351 PS Leek        BSN: 9999 44 812
Verzekerd : Zilverduin Zorgverzekeraar  nr. 205533871
Eigen HA  : R. Rozema (AGB 01-031188)

EPISODELIJST - ACTIEF
 ICPC    Omschrijving                                   Begin        Attentie
 N93     Carpaletunnelsyndroom rechts                    14-02-2025   
 L12     Klachten hand/vinger rechts, recidief na CTR    09-03-2026   *
 T90.02  Diabetes mellitus type 2, zonder insuline       2011         *
 K86     Hypertensie zonder orgaanbeschadiging           2009
 F92     Cataract beiderzijds                            2024

EPISODELIJST - INACTIEF
 D88     Appendicitis (appendectomie, Delfzijl)          1974
 L72     Fractuur distale radius links (gips)            2003
 S18     Snijwond duim links                             2019

JOURNAAL
-----------------------------------------------------------------------------------------
14-02-2025  RR  N93  Carpaletunnelsyndroom rechts
  S  Sinds ca. 4 mnd 's nachts tintelingen dig 1-3 re, wordt er wakker van, schudt dan
     met de hand. Overdag bij fietsen en telefoneren. Geen nekklachten.
  O  Geen thenaratrofie. Tinel+ re, Phalen+ na 30 sec. Sensibiliteit dig 2 re iets vermind.
  E  CTS re, DM als risicofactor.
  P  Nachtspalk, uitleg. Controle 6 wkn.
27-03-2025  RR  N93
  S  Spalk helpt nauwelijks. Laat ook dingen vallen.
  O  Lichte atrofie thenar re. 2-puntsdiscriminatie dig 2 re 8 mm.
  E  CTS re, progressief.
  P  Verwijzing neurologie Ziekenhuis Westerkwartier voor EMG.
22-04-2025  AvdM  N93  Brief specialist ontvangen
     Neurologie (dr. Bosma): EMG past bij matig-ernstig CTS rechts, links subklinisch.
     Advies: verwijzing plastische chirurgie.
24-04-2025  RR  N93  Verwijzing
     Verwijzing plastische chirurgie Ziekenhuis Westerkwartier via ZorgDomein.
19-06-2025  AvdM  N93  Brief specialist ontvangen
     Plastische chirurgie (dr. Hazenberg): op 11-06-2025 open carpaletunnelrelease re in
     dagbehandeling, ongecompliceerd. OK-verslag in dossier.
25-06-2025  AvdM  N93  Hechtingen verwijderd, wond rustig.
03-09-2025  RR  T90.02  Diabetescontrole
  S  Geen klachten. Hand re: tintelingen grotendeels weg, litteken nog gevoelig.
  O  RR 142/84, gewicht 96 kg, HbA1c 56 mmol/mol.
  E  DM2 matig gereguleerd.
  P  Metformine ophogen naar 2 dd 1000 mg. Lab over 3 mnd.
12-12-2025  AvdM  T90.02  Lab: HbA1c 51, kreatinine 88, eGFR >60, LDL 2,4.
09-03-2026  RR  L12  Klachten hand rechts
  S  Sinds januari weer tintelingen dig 1-3 re, nu ook overdag. Pijn in handpalm bij
     knijpen. Kan pot niet meer open krijgen. Vraagt of het 'mislukt' is.
  O  Litteken handpalm re gesloten, drukpijnlijk proximaal. Tinel+ over litteken.
     Kracht opponens verminderd. Geen triggering.
  E  Recidief/persisterend CTS re na CTR? DD pillar pain.
  P  Overleg met behandelend plastisch chirurg. Verwijzing terug.
16-04-2026  AvdM  L12  Brief specialist ontvangen
     Plastische chirurgie Westerkwartier: echo n. medianus re toont verdikking proximaal
     van de carpale tunnel en littekenweefsel; herhaal-EMG: geen verbetering t.o.v.
     2025. Advies: afwachten, eventueel later re-exploratie. Pt niet tevreden.
02-05-2026  RR  K86  RR-controle 138/82. Amlodipine ongewijzigd.
18-06-2026  AvdM  --  Telefonisch
     Pt belt vanaf Kreta, vraag hoe insuline... nee: metformine bewaren bij hitte.
     Uitleg gegeven. Verder geen klachten.
04-08-2026  RR  L12
  S  Klachten blijven. Slaapt slecht. Wil graag een andere mening, heeft gelezen over
     Handkliniek Veluwezoom. Twijfel of re-operatie zin heeft.
  O  Als 03-2026, thenaratrofie iets toegenomen.
  E  Persisterend CTS re na CTR 06-2025.
  P  Second opinion besproken; pt regelt zelf afspraak, verwijsbrief volgt.
  P  Medicatieoverzicht en samenvatting meegegeven.
05-08-2026  AvdM  L12  Verwijzing
     Verwijzing Handkliniek Veluwezoom (second opinion) via ZorgDomein verstuurd.
11-09-2026  RR  F92  Brief specialist ontvangen: oogheelkunde, cataractoperatie OD
     gepland.
02-10-2026  RR  F92  Cataractextractie OD verricht 29-09-2026, goed herstel.
20-11-2026  AvdM  L12  Telefonisch
     Handkliniek vraagt aanvullende stukken: OK-verslag 2025 en uitslag echo. Verzonden.

MEDICATIE (actueel)
 Metformine 1000 mg        2 dd 1
 Gliclazide 80 mg          1 dd 1
 Amlodipine 5 mg           1 dd 1
 Atorvastatine 20 mg       1 dd 1
 Paracetamol 500 mg        z.n. max 6 dd 2

ALLERGIEËN / CONTRA-INDICATIES
 Geen bekend. CI: diabetes mellitus.
-----------------------------------------------------------------------------------------
Einde uitdraai - 3 pagina's - vertrouwelijk medisch                          Pagina 1/1
''')
label('tg-002', ['history'], 'gp', 'nl', 'HIS journal printout (Uitdraai journaal, SOEP, ICPC episodes)',
      'yes', 'yes', 'unmentioned', date='2026-11-26',
      notes='Print date is the document date; birth date in header; journal lines mention a verwijzing and '
            '"Brief specialist ontvangen" lines but the file is not a referral or specialist letter; carpal '
            'tunnel release 2025 documented; echo n. medianus done; appendectomy and cataract surgery are other '
            'body parts; a phone call from Crete during a holiday is no hospital care abroad.')

# ------------------------------------------------------------------ tg-003 free GP letter, referral for treatment without question (DOCX)
docx('tg-003', [
    ('lh', 'Huisartsenpraktijk Assendorp', ['J.W. Meijerink & E.S. Brandsma, huisartsen',
                                             'Assendorperstraat 155', '8012 DK Zwolle',
                                             'T 038-4217730 • praktijk@hp-assendorp.example.nl'], {'stack': True}),
    ('cols', 'Aan: Handkliniek Veluwezoom\nt.a.v. polikliniek handchirurgie\nDeventerstraat 210\n7321 CH Apeldoorn', ''),
    ('p', 'Zwolle, 7 oktober 2026'),
    ('p', '<b>Betreft:</b> dhr. G. Hofstede, geb. 21-09-1951\nBurgemeester Roelenweg 3, 8021 EV Zwolle'),
    ('p', 'Geachte collega,'),
    ('p', 'Hierbij verwijs ik u graag de heer Hofstede, 75 jaar, gepensioneerd timmerman. Hij heeft al jaren een '
          'ziekte van Dupuytren van beide handen; rechts is het nu zo ver dat de pink en ringvinger in het '
          'basisgewricht ongeveer 45 graden gebogen blijven staan. De tafeltest is positief. Hij blijft met zijn '
          'pink haken achter zijn broekzak en kan geen handschoen meer aantrekken.'),
    ('p', 'In de familie komt het veel voor: zijn vader had het, en zijn broer is er vorig jaar in Deventer aan '
          'geopereerd (met goed resultaat, waardoor meneer nu ook "aan de beurt" wil). Zelf is hij aan de handen '
          'nog nooit behandeld, ook niet met naalden. Röntgenfoto\'s of een echo zijn niet gemaakt; dat leek '
          'me niet zinvol.'),
    ('p', 'Voorgeschiedenis: 2016 CABG, sindsdien klachtenvrij; hypertensie; lichte COPD (GOLD 1). '
          'Hij gebruikt acetylsalicylzuur 80 mg, metoprolol 50 mg, simvastatine 40 mg en zo nodig salbutamol. '
          'Geen allergieën bekend. Hij rookt niet meer sinds 2016.'),
    ('p', 'Graag neemt u de behandeling van hem over. Hij wil het liefst zo snel mogelijk geopereerd worden en '
          'heeft begrepen dat dat bij u kan zonder lange wachttijd.'),
    ('p', 'Met vriendelijke groet,'),
    ('sp', 14),
    ('p', 'J.W. Meijerink\nhuisarts\nAGB 01-047723'),
    ('small', 'Bijlage: medicatieoverzicht (apotheek Assendorp)'),
], font='Cambria', footer='Huisartsenpraktijk Assendorp — IBAN NL00 BANK 0123 4567 89 — Bij spoed buiten kantoortijden: huisartsenpost 0900-3336333')
label('tg-003', ['referral'], 'gp', 'nl', 'free GP letter (Word, practice letterhead)',
      'no', 'no', 'unmentioned', date='2026-10-07', rq=False,
      notes='Referral "for treatment" only (graag neemt u de behandeling over, wil geopereerd worden): no '
            'question, no second-opinion request. Brother operated (family), patient never treated; imaging '
            'explicitly not done. Date in "Zwolle, 7 oktober 2026" form; CABG is another body part.')

# ------------------------------------------------------------------ tg-004 HiX outpatient letter via LibreOffice
docx('tg-004', [
    ('lh', 'Ziekenhuis De Wielewaal', ['Plastische, Reconstructieve en Handchirurgie',
                                        'Postbus 9120, 6500 HC Nijmegen', 'Polikliniek: 024-3659870',
                                        'www.dewielewaal.example.nl'], {'image': True, 'sub': 'Nijmegen – Lent'}),
    ('cols', 'Weledelgeleerde heer/vrouw\nK.T. van Ooijen, huisarts\nGezondheidscentrum Lindenholt\n'
             'Zwanenveld 90-12\n6538 SJ Nijmegen',
             'Ons kenmerk: PLA/2026/118734\nUw kenmerk: -\nDatum: 15 september 2026\nBehandelaar: dr. F.M. Wolters\n'
             'Telefoon: 024-3659870'),
    ('p', '<b>Betreft:</b> mevrouw A. Smit-de Graaf, geboren 09-05-1961, patiëntnummer 6610923\n'
          'Componistenlaan 41, 6544 TB Nijmegen'),
    ('p', 'Geachte collega,'),
    ('p', 'Op 10-09-2026 zagen wij uw patiënte op onze polikliniek in verband met pijn aan de basis van de linker duim.'),
    ('h', 'Anamnese'),
    ('p', 'Sinds ongeveer anderhalf jaar toenemende pijn aan de duimbasis links, vooral bij knijpen, het openen van '
          'potten en draaien van een sleutel. Ochtendstijfheid minder dan een kwartier. Ze werkt als kapster en '
          'merkt dat het knippen steeds zwaarder gaat. Een brace voor de nacht gaf een paar maanden verlichting. '
          'In maart kreeg ze van u een injectie in het CMC-1-gewricht, met ongeveer zes weken effect. '
          'Linkshandig. VG: sectio caesarea (1994), hysterectomie (2012). Medicatie: geen vaste medicatie.'),
    ('h', 'Lichamelijk onderzoek'),
    ('p', 'Adductiestand van de eerste straal links met lichte hyperextensie in het MCP-1 (circa 15°). '
          'Grind-test positief, drukpijn over het CMC-1-gewricht. Geen triggering, Finkelstein negatief. '
          'Sensibiliteit intact. Rechterduim: lichte drukpijn, grind-test negatief.'),
    ('h', 'Aanvullend onderzoek'),
    ('p', 'Röntgen beide handen (10-09-2026): gewrichtsspleetversmalling en osteofyten CMC-1 links, passend bij '
          'Eaton-Littler stadium III; STT-gewricht links gespaard. Rechts beginnende artrose CMC-1 (stadium I–II).'),
    ('h', 'Conclusie'),
    ('p', 'Symptomatische CMC-1-artrose links (Eaton III), onvoldoende reagerend op conservatieve behandeling.'),
    ('h', 'Beleid'),
    ('p', 'Wij hebben de opties besproken: opnieuw een injectie, een op maat gemaakte spalk via de handtherapeut, '
          'of een operatie (trapeziectomie met ligamentreconstructie, LRTI). Een operatie is bij deze klachten '
          'goed te verdedigen, maar patiënte wil daar eerst goed over nadenken, mede omdat ze als zelfstandige '
          'ruim drie maanden zou uitvallen. Zij neemt telefonisch contact op als zij een besluit heeft genomen; '
          'wij hebben haar het informatieblad over de ingreep meegegeven. Tot die tijd handtherapie voor een '
          'duimbasisspalk.'),
    ('p', 'Met collegiale groet,'),
    ('sp', 10),
    ('cols', 'drs. T. El Idrissi\nAIOS plastische chirurgie', 'dr. F.M. Wolters\nplastisch chirurg, supervisor'),
    ('small', 'cc: patiënte\nDeze brief is elektronisch geautoriseerd en daarom niet ondertekend.'),
], font='Arial', size=10, footer='Ziekenhuis De Wielewaal — KvK 09123456 — Brief gegenereerd uit HiX 6.3 op 15-09-2026', to_pdf=True)
label('tg-004', ['correspondence'], 'specialist', 'nl', 'HiX outpatient letter (DOCX converted with LibreOffice), logo as image',
      'yes', 'unmentioned', 'unmentioned', date='2026-09-15',
      notes='Hospital name only in a picture letterhead; consultation date 10-09 in text vs letter date 15-09; '
            'operation (LRTI) only discussed, patient still deciding; sectio/hysterectomy are other body parts; '
            'X-ray done and quoted (not a radiology report).')

# ------------------------------------------------------------------ tg-005 MRI report with Vraagstelling, conservative treatment
pdf('tg-005', [
    ('lh', 'IJsselmond Medisch Centrum', ['Afdeling Radiologie en Nucleaire Geneeskunde', 'Rijkeweg 4, 7201 KZ Zutphen',
                                           'Secretariaat radiologie 0575-582214']),
    ('kv4', [
        ('Patiënt', 'J. van Rooij', 'Patiëntnr.', '4420177'),
        ('Geb. datum', '27-12-1996', 'Geslacht', 'M'),
        ('Aanvrager', 'R.P. Hendriks, orthopedisch chirurg', 'Afdeling', 'Orthopedie'),
        ('Onderzoek', 'MRI pols rechts, 3T, zonder contrast', 'Accessienr.', 'IMC26MR081552'),
        ('Datum onderzoek', '21-10-2026', 'Datum verslag', '23-10-2026'),
    ], {'widths': (0.16, 0.36, 0.15, 0.33)}),
    ('h', 'Klinische gegevens'),
    ('p', 'Status na distale radiusfractuur rechts (februari 2025), conservatief behandeld met gips gedurende 6 weken. '
          'Sindsdien ulnaire polspijn bij pro- en supinatie, klikken bij steunen.'),
    ('h', 'Vraagstelling'),
    ('p', 'TFCC-laesie? Ulnocarpale impactie? Chondropathie?'),
    ('h', 'Verslag'),
    ('p', 'Vergelijking met conventionele opnamen pols rechts van 14-03-2026. Sequenties: coronaal PD-FS en T1, '
          'axiaal PD-FS en T2, sagittaal PD-FS, 3D-DESS.'),
    ('p', 'Geconsolideerde distale radiusfractuur met geringe dorsale kanteling van het gewrichtsvlak (ca. 5°). '
          'Positieve ulnaire variantie van circa 2,5 mm. Subchondraal beenmergoedeem en een kleine cyste in het '
          'proximale ulnaire deel van het os lunatum, met dunner kraakbeen tegenover de ulnakop. Centrale perforatie '
          'van de discus articularis van het TFCC (Palmer type 2C-achtig beeld); foveale insertie intact. '
          'Scafolunair en lunotriquetraal ligament intact. Geen scafoïd-afwijkingen. Extensor carpi ulnaris-pees '
          'centraal in de groeve, geen tendinose. Geen ganglion. Distale radio-ulnaire gewricht congruent.'),
    ('h', 'Conclusie'),
    ('p', '<b>Beeld passend bij ulnocarpaal impactiesyndroom</b> bij positieve ulnaire variantie na geconsolideerde '
          'distale radiusfractuur, met degeneratieve centrale TFCC-perforatie en chondromalacie/oedeem van het lunatum. '
          'Geen aanwijzingen voor SL- of LT-ligamentletsel.'),
    ('sp', 6),
    ('p', 'L. Veenstra, radioloog\nGeautoriseerd: 23-10-2026 08:57'),
], font='DejaVuSans', size=9, footer='IJsselmond Medisch Centrum — dit verslag is elektronisch gevalideerd — pagina {p}/{n}')
label('tg-005', ['imaging-report'], 'radiologist', 'nl', 'hospital radiology report, 4-column header',
      'yes', 'no', 'unmentioned', date='2026-10-23', also=['2026-10-21'],
      notes='Requester is an orthopaedic surgeon and the report has a "Vraagstelling" (requester\'s question, not '
            'a referral); "conservatief behandeld met gips" = not operated; earlier X-ray of 14-03-2026 mentioned; '
            'birth date in the header next to exam and report dates.')

# ------------------------------------------------------------------ tg-006 operatieverslag form
pdf('tg-006', [
    ('lh', 'Ziekenhuis Rivierenhof', ['Gorinchem', 'Operatiekamercomplex / Dagbehandeling', 'Banneweg 80, 4204 AA Gorinchem']),
    ('title', 'OPERATIEVERSLAG'),
    ('kv', [
        ('Patiënt', 'Bouzid, F. (Fatima)    geb. 30-01-1970    ZH-nr 1187306'),
        ('Datum operatie', '12-08-2026'),
        ('Specialisme', 'Plastische chirurgie'),
        ('Operateur', 'dr. S. Kramer, plastisch chirurg'),
        ('Assistent', 'M. de Bruin, AIOS'),
        ('Anesthesie', 'WALANT (lidocaïne 1% met adrenaline, 20 ml), geen sedatie'),
        ('Bloedleegte', 'geen'),
        ('Indicatie', 'Carpaletunnelsyndroom links, EMG-bevestigd (05-2026); triggerfinger D3 links, graad III, '
                      'na twee injecties recidief'),
        ('Ingreep', '1. Open carpaletunnelrelease links\n2. Release A1-pulley D3 links'),
    ], {'grid': True, 'widths': (0.24, 0.76)}),
    ('h', 'Verloop'),
    ('p', 'Time-out conform protocol. Patiënte in rugligging, arm op armtafel. Desinfectie met chloorhexidine-alcohol, '
          'steriel afdekken. Infiltratie volgens WALANT-principe, 25 minuten gewacht.'),
    ('p', 'Ad 1. Longitudinale incisie van ca. 3 cm in de lijn van de radiale rand van de ringvinger, proximaal begrenzend '
          'aan de Kaplan-lijn. Doornemen subcutis en palmaire aponeurose. Ligamentum carpi transversum onder zicht '
          'volledig gekliefd van distaal naar proximaal, inclusief distale deel van de antebrachiale fascie. '
          'N. medianus duidelijk ingesnoerd en hyperemisch, motorische tak vrij. Geen ruimte-innemende processen. '
          'Actieve flexie getest: vrij glijden.'),
    ('p', 'Ad 2. Transversale incisie ter hoogte van de distale palmaire plooi D3. Stomp prepareren, neurovasculaire bundels '
          'opzij. A1-pulley verdikt, volledig gekliefd. Patiënte buigt en strekt actief zonder triggering; A2 intact.'),
    ('p', 'Spoelen, hemostase. Huid gesloten met Ethilon 4-0, enkelvoudige hechtingen. Drukverband.'),
    ('kv', [
        ('Complicaties', 'Geen'),
        ('PA', 'Niet ingestuurd'),
        ('Nabehandeling', 'Drukverband 2 dagen, daarna pleister. Hand hoog houden. Hechtingen verwijderen na 12–14 dagen '
                          'bij huisarts. Oefeninstructie handtherapie meegegeven. Controle poli over 6 weken.'),
    ], {'grid': True, 'widths': (0.24, 0.76)}),
    ('sp', 8),
    ('small', 'Verslag vastgelegd door: dr. S. Kramer — Elektronisch geautoriseerd 12-08-2026 16:42'),
], font='Helvetica', size=9.5, footer='Ziekenhuis Rivierenhof — OK-verslag — vertrouwelijk', pagenum='{p}/{n}')
label('tg-006', ['operation-report'], 'specialist', 'nl', 'operation report form with grid fields',
      'unmentioned', 'yes', 'unmentioned', date='2026-08-12',
      notes='Form, no salutation; title in capitals; EMG is not imaging; two procedures in one report.')

# ------------------------------------------------------------------ tg-007 MRSA lab result table
pdf('tg-007', [
    ('lh', 'Laboratorium Medische Microbiologie Oost-Veluwe', ['Locatie Apeldoorn', 'Albert Schweitzerlaan 31, 7334 DZ Apeldoorn',
                                                                'tel. 055-5812640  |  ISO 15189:2022 geaccrediteerd']),
    ('title', 'Uitslag microbiologisch onderzoek'),
    ('kv4', [
        ('Patiënt', 'Lubbers, W. (Willem)', 'Labnummer', 'MMB-26-338172'),
        ('Geb.datum', '05-06-1949', 'Aanvrager', 'H. Oosterveld, huisarts'),
        ('BSN', '9999 30 665', 'Praktijk', 'Huisartsen Zuidbroek, Apeldoorn'),
        ('Afnamedatum', '23-11-2026', 'Ontvangstdatum', '24-11-2026'),
        ('Status', 'Eindrapport', 'Rapportdatum', '27-11-2026'),
    ], {'shade': True, 'widths': (0.15, 0.32, 0.2, 0.33)}),
    ('kv', [
        ('Klinische gegevens', 'Opname Klinikum Aachen-Süd (D) 10/2026 i.v.m. polsfractuur; MRSA-screening '
                               'i.v.m. verwijzing handkliniek.'),
        ('Onderzoek', 'MRSA-screening (kweek met ophoping + PCR mecA/SCCmec)'),
    ], {'widths': (0.22, 0.78)}),
    ('table', [
        ['Materiaal', 'Bepaling', 'Uitslag', 'Opmerking'],
        ['Neus (beide neusgaten)', 'MRSA-PCR', 'Negatief', ''],
        ['Neus (beide neusgaten)', 'MRSA-kweek', 'MRSA niet aangetoond', 'ophoping 48 uur'],
        ['Keel', 'MRSA-kweek', 'MRSA niet aangetoond', ''],
        ['Perineum', 'MRSA-kweek', 'MRSA niet aangetoond', ''],
        ['Wond pols links', '—', 'niet ingestuurd', 'geen open wond volgens aanvrager'],
    ], {'widths': (0.24, 0.18, 0.26, 0.32)}),
    ('h', 'Conclusie'),
    ('p', 'In de ingezonden materialen is geen meticilline-resistente Staphylococcus aureus (MRSA) aangetoond.'),
    ('sp', 6),
    ('p', 'Gevalideerd door: dr. E.J. Kuipers, arts-microbioloog, 27-11-2026'),
], font='DejaVuSans', size=9, footer='Uitslagen zijn uitsluitend bestemd voor de aanvrager. Afdrukdatum 27-11-2026.')
label('tg-007', ['mrsa-screening'], 'lab', 'nl', 'microbiology lab result, table layout',
      'unmentioned', 'unmentioned', 'yes', date='2026-11-27', also=['2026-11-23'],
      notes='MRSA screening result with sample, receipt and report dates; clinical info says the patient was '
            'admitted to a German hospital (Aachen) for a wrist fracture, so treated_abroad yes; row for a '
            'wound culture "niet ingestuurd"; the fracture treatment itself (operated?) is not stated.')

# ------------------------------------------------------------------ tg-008 patient letter (TXT)
txt('tg-008', '''
A. (Anouk) Wijnands
Haagweg 212
4814 GP Breda
06-29974103
anouk.wijnands@mail.example

Handkliniek Veluwezoom
t.a.v. second opinion
Deventerstraat 210
7321 CH Apeldoorn

Breda, 2 november 2026

Onderwerp: aanvraag second opinion rechterpols

Geachte heer, mevrouw,

Mijn naam is Anouk Wijnands, ik ben geboren op 19-08-1992 en ik wil graag een second opinion aanvragen voor mijn rechterpols.

Even in het kort. In 2023 ben ik tijdens het mountainbiken in de Ardennen gevallen. Ik dacht eerst dat het een kneuzing was. Toen het na maanden nog steeds pijn deed is er in Breda een foto en later een CT-scan gemaakt en bleek mijn scafoïd (het kahnbeentje) niet goed aan elkaar gegroeid te zijn. Omdat mijn toenmalige vriend in Antwerpen woonde ben ik daar naar het AZ Scheldeoever gegaan, en daar ben ik in maart 2024 geopereerd (er is een schroef in gezet en bot van mijn heup gebruikt). Ik heb toen 2 nachten in het ziekenhuis gelegen.

Nu, 2,5 jaar later, heb ik nog steeds pijn als ik steun op mijn hand, bijvoorbeeld bij yoga of als ik mijn dochter optil. De chirurg in Antwerpen zegt dat het bot nu vast zit en dat ik moet leren leven met de pijn. Mijn huisarts wil mij wel naar u verwijzen, de verwijsbrief stuurt zij zelf op.

Ik heb de brieven uit België thuis, alleen het operatieverslag heb ik nooit gekregen. Moet ik dat zelf opvragen? En hebben jullie de CD met de scans nodig of kunnen jullie die zelf opvragen?

Ik hoop snel van u te horen. Ik ben het beste bereikbaar na 15.00 uur.

Met vriendelijke groet,

Anouk Wijnands
''')
label('tg-008', [], 'patient', 'nl', "patient's own letter asking for a second opinion (plain text)",
      'yes', 'yes', 'yes', date='2026-11-02',
      notes='Patient letter (not a referral) addressed "t.a.v. second opinion"; says she was operated and admitted '
            'in a Belgian hospital (Antwerp); X-ray and CT done; mentions the operation report and CD as missing; '
            'the fall in the Ardennes itself was without care; birth date inside the prose.')

# ------------------------------------------------------------------ tg-009 hand therapy report (DOCX with table)
docx('tg-009', [
    ('lh', 'Handtherapie Centrum Zaanstreek', ['Praktijk voor hand- en ergotherapie', 'Westzijde 301, 1506 GE Zaandam',
                                                '075-6141880 | info@htc-zaanstreek.example.nl']),
    ('p', 'Aan:\ndr. P.J. Akkerman, plastisch chirurg\nZaans Medisch Centrum Noord — polikliniek plastische chirurgie'),
    ('p', 'Zaandam, 30-10-2026'),
    ('p', '<b>Voortgangsverslag handtherapie</b>\nCliënt: mevr. D. (Demi) Brouwer, geb. 03-04-1988\nVerwijsdatum: 16-06-2026   Aantal behandelingen: 14'),
    ('p', 'Beste collega,'),
    ('p', 'Hierbij een stand van zaken van mevrouw Brouwer, die wij sinds juni nabehandelen na haar '
          'scafolunaire ligamentreconstructie (3LT-procedure) rechts, verricht op 12-06-2026 in uw ziekenhuis. '
          'De onderarmspalk is na 8 weken afgebouwd; sindsdien oefent zij actief met belastingsopbouw.'),
    ('table', [
        ['Meting', '07-08-2026', '18-09-2026', '28-10-2026', 'links (ref.)'],
        ['Extensie pols', '20°', '35°', '45°', '70°'],
        ['Flexie pols', '15°', '30°', '40°', '75°'],
        ['Radiaaldeviatie / ulnairdeviatie', '5° / 15°', '10° / 20°', '10° / 25°', '20° / 35°'],
        ['Pro- / supinatie', '70° / 60°', '80° / 75°', '85° / 80°', '85° / 85°'],
        ['Knijpkracht Jamar (stand II)', 'n.v.t.', '9 kg', '14 kg', '31 kg'],
        ['NRS pijn bij belasting', '6', '5', '4', '-'],
        ['PRWHE totaal (0–100)', '71', '58', '46', '-'],
    ], {'widths': (0.32, 0.17, 0.17, 0.17, 0.17)}),
    ('p', 'Mevrouw is gemotiveerd en doet haar oefeningen trouw. Pijn vooral dorsaal bij steunen en na werkdagen '
          '(zij werkt als verpleegkundige, momenteel 50% in aangepaste taken). De extensie blijft achter; wij '
          'vragen ons af of een röntgencontrole van de positie van het lunatum zinvol is, maar laten dat graag '
          'aan u over.'),
    ('p', 'Plan: nog 6 behandelingen, focus op proprioceptie en dynamische stabiliteit (DCM-training), werkhervatting '
          'in overleg met de bedrijfsarts opbouwen.'),
    ('p', 'Met vriendelijke groet,\n\nSanne Visscher\nhandtherapeut (CHT-NL), ergotherapeut'),
    ('small', 'cc: huisarts mw. R. Oudshoorn, Zaandam'),
], font='Calibri', footer='Handtherapie Centrum Zaanstreek — aangesloten bij de Nederlandse Vereniging voor Handtherapie')
label('tg-009', [], 'other', 'nl', 'hand therapy progress report (DOCX with measurement table)',
      'unmentioned', 'yes', 'unmentioned', date='2026-10-30',
      notes='Not correspondence: a hand therapist writes to the surgeon; contains Beste collega, cc and a '
            'table with dates; states SL reconstruction was done (operated yes); an X-ray is only suggested.')

# ------------------------------------------------------------------ tg-010 pharmacy medication overview (PDF table)
pdf('tg-010', [
    ('lh', 'Apotheek Het Kompas', ['Stationsweg 19, 1815 CB Alkmaar', 'Tel. 072-5117830', 'AGB 06-012904']),
    ('title', 'MEDICATIEOVERZICHT'),
    ('kv4', [
        ('Naam', 'mevr. G. Veldkamp', 'Geboortedatum', '17-08-1944'),
        ('Adres', 'Hertog Aalbrechtweg 5, Alkmaar', 'Datum afdruk', '20-11-2026'),
        ('Huisarts', 'dr. P. Schuitemaker', 'Lengte/gewicht', '164 cm / 71 kg'),
    ], {'widths': (0.15, 0.38, 0.17, 0.30)}),
    ('h', 'Actuele medicatie'),
    ('table', [
        ['Geneesmiddel', 'Gebruik', 'Start', 'Voorschrijver', 'Opmerking'],
        ['METHOTREXAAT TABLET 2,5MG', '1x per week 6 tabletten (vrijdag)', '03-02-2022', 'Reumatoloog dr. Heijnen', 'niet op andere dagen'],
        ['FOLIUMZUUR TABLET 5MG', '1x per week 1 tablet (zaterdag)', '03-02-2022', 'Reumatoloog dr. Heijnen', ''],
        ['HYDROXYCHLOROQUINE TABLET 200MG', '1x per dag 1 tablet', '12-06-2024', 'Reumatoloog dr. Heijnen', 'oogcontrole jaarlijks'],
        ['PANTOPRAZOL TABLET MSR 40MG', '1x per dag 1 tablet voor het ontbijt', '2019', 'Huisarts', ''],
        ['AMLODIPINE TABLET 5MG', '1x per dag 1 tablet', '2017', 'Huisarts', ''],
        ['ALENDRONINEZUUR TABLET 70MG', '1x per week 1 tablet, nuchter, rechtop blijven', '08-2023', 'Huisarts', ''],
        ['CALCIUMCARB/COLECALC KAUWTABL 1,25G/800IE', '1x per dag 1 tablet', '08-2023', 'Huisarts', ''],
        ['PARACETAMOL TABLET 500MG', 'zo nodig max 6x per dag 1 tablet', '—', 'Zelfzorg', ''],
    ], {'widths': (0.30, 0.25, 0.11, 0.18, 0.16)}),
    ('h', 'Overgevoeligheden en contra-indicaties'),
    ('p', 'Overgevoeligheid: co-trimoxazol (huiduitslag, 2015).\nContra-indicaties: verminderde nierfunctie '
          '(eGFR 48 ml/min, 09-2026), osteoporose.'),
    ('h', 'Recent gestopt'),
    ('p', 'PREDNISOLON TABLET 5MG — afbouwschema, gestopt 14-09-2026 (reumatoloog).'),
    ('sp', 6),
    ('small', 'Dit overzicht is op verzoek van patiënte uitgeprint ten behoeve van een bezoek aan de medisch specialist. '
              'Controleer altijd of het overzicht nog actueel is. Verstrekkingen van andere apotheken zijn niet zichtbaar.'),
], font='Helvetica', size=8.5, footer='Apotheek Het Kompas — medicatieoverzicht — pagina {p} van {n}')
label('tg-010', [], 'other', 'nl', 'pharmacy medication overview (table)',
      'unmentioned', 'unmentioned', 'unmentioned', date='2026-11-20',
      notes='Pharmacy printout: title in capitals, table of drugs with start dates, birth date next to print date; '
            'rheumatologist as prescriber; not a history letter.')

# ------------------------------------------------------------------ tg-011 discharge letter with full operation section (DOCX)
docx('tg-011', [
    ('lh', 'Medisch Centrum Eemvallei', ['Heelkunde — Traumatologie', 'Utrechtseweg 160, 3818 ES Amersfoort',
                                          'Secretariaat 033-8503318']),
    ('cols', 'Aan de weledelgeleerde\nmw. drs. L.C. Boswijk, huisarts\nHuisartsenpraktijk Schothorst\n'
             'Hogeweg 201\n3814 CK Amersfoort',
             'Datum: 08-07-2026\nKenmerk: CHI-KB-2026-40915\nOpname: 03-07-2026\nOntslag: 05-07-2026'),
    ('title', 'Klinische brief'),
    ('p', 'Betreft: mw. S. Hoekstra, geb. 12-11-1985, Leusderweg 77, 3817 KC Amersfoort'),
    ('p', 'Geachte collega,'),
    ('p', 'Uw patiënte was van 3 tot en met 5 juli 2026 opgenomen op de afdeling Traumatologie (B3) van ons centrum.'),
    ('h', 'Opnamediagnose'),
    ('p', 'Intra-articulaire distale radiusfractuur links (AO 23-C2) met dorsale kanteling van 28°.'),
    ('h', 'Anamnese'),
    ('p', 'Patiënte viel thuis van de trap op de uitgestrekte linkerhand. Op de SEH werd na röntgenonderzoek een '
          'gesloten repositie verricht onder hematoomblok; controlefoto toonde een onvoldoende positie, waarna '
          'opname volgde voor operatieve behandeling. Rechtshandig; werkt als grafisch ontwerper. '
          'VG: migraine. Medicatie: sumatriptan zo nodig. Geen allergieën.'),
    ('h', 'Operatie'),
    ('kv', [
        ('Datum', '03-07-2026'),
        ('Operateur', 'dr. H.A. Mulder, traumachirurg'),
        ('Assistent', 'J. Verbeek, ANIOS'),
        ('Anesthesie', 'Plexus axillaris links, aangevuld met sedatie'),
        ('Ingreep', 'Open repositie en interne fixatie (ORIF) distale radius links met volaire hoekstabiele plaat'),
    ], {'grid': True, 'widths': (0.22, 0.78)}),
    ('p', '<i>Beschrijving:</i> Bloedleegte bovenarm 250 mmHg. Modified Henry-benadering over de FCR-pees. '
          'Pronator quadratus L-vormig losgemaakt. Fractuur vrijgelegd, hematoom verwijderd. Repositie met '
          'tractie en een tijdelijke K-draad door de styloïd; volaire radiusplaat (7-gaats) geplaatst, distaal '
          'met hoekstabiele schroeven en proximaal met 3 corticalisschroeven. Doorlichting: goede stand, '
          'gewrichtsvlak congruent, geen intra-articulaire schroeven. DRUG stabiel getest. Pronator quadratus '
          'gereinsereerd, huid intracutaan Monocryl 4-0. Bloedleegtetijd 68 minuten. Geen complicaties.'),
    ('h', 'Beloop'),
    ('p', 'Ongecompliceerd postoperatief beloop. Goede pijnstilling met paracetamol en oxycodon kortdurend. '
          'Sensibiliteit en doorbloeding van de vingers intact. Postoperatieve röntgenfoto: goede stand. '
          'Op 05-07 in goede conditie naar huis.'),
    ('h', 'Medicatie bij ontslag'),
    ('p', 'Paracetamol 1000 mg 4 dd, naproxen 250 mg 2 dd (max. 5 dagen) met pantoprazol 40 mg 1 dd.'),
    ('h', 'Beleid'),
    ('p', 'Onderarmspalk 2 weken, daarna start handtherapie. Controle polikliniek traumatologie met röntgenfoto over '
          '2 weken (17-07-2026).'),
    ('p', 'Met vriendelijke groet,\n\ndr. H.A. Mulder, traumachirurg\nnamens de vakgroep Heelkunde'),
    ('small', 'Kopie: patiënte; handtherapie Eemvallei'),
], font='Arial', size=10, header='Medisch Centrum Eemvallei — Klinische brief — mw. S. Hoekstra (12-11-1985)',
   footer='Deze brief is digitaal geautoriseerd.')
label('tg-011', ['correspondence', 'operation-report'], 'specialist', 'nl', 'discharge letter (klinische brief) with full operation section, DOCX',
      'yes', 'yes', 'unmentioned', date='2026-07-08',
      notes='Discharge letter with a complete operation block (date, operator, anaesthesia, procedure, description): '
            'both correspondence and operation report; several dates (admission, discharge, operation, follow-up); '
            'fall at home, Dutch hospital (nothing about care abroad); header repeats name and birth date.')

# ------------------------------------------------------------------ tg-012 NHS clinic letter (DOCX -> PDF)
docx('tg-012', [
    ('lh', 'Wessex Vale Hospitals NHS Foundation Trust', ['Hand Surgery Unit, Level 2 Outpatients',
                                                          'Royal Downland Hospital', 'Ashby Road, Salisbury SP2 7XQ',
                                                          'Tel: 01722 330 918'], {'stack': True}),
    ('cols', 'PRIVATE AND CONFIDENTIAL\nDr A. Whitfield\nMillbrook Surgery\n14 Church Lane\nWilton\nSalisbury SP2 0HD',
             'Consultant: Mr R.J. Havers FRCS (Plast)\nOur ref: RH/hand/5521873\nNHS No: 999 402 7731\n'
             'Hospital No: RDH0918824\nDictated: 12/05/2026\nTyped: 14/05/2026'),
    ('p', '14 May 2026'),
    ('p', '<b>Re: Mrs Janine ELDERKAMP, DOB 02/09/1967</b>\n4 Primrose Close, Wilton, Salisbury SP2 0JF'),
    ('p', 'Clinic date: 11 May 2026'),
    ('p', '<b>Diagnosis:</b>\n1. Osteoarthritis right thumb carpometacarpal joint (Eaton stage III)\n'
          '2. Mild carpal tunnel symptoms right, not currently troublesome'),
    ('p', '<b>Outcome:</b> Discharged to GP, open appointment for 6 months (patient relocating)'),
    ('p', 'Dear Dr Whitfield,'),
    ('p', 'I reviewed Mrs Elderkamp today in the hand clinic. You will remember that she was originally from the '
          'Netherlands and she and her husband will be moving back to Utrecht this summer. She has had base-of-thumb '
          'pain on the right for about three years, worse with gardening and writing. She had a steroid injection '
          'in this clinic in October 2025 which helped for about four months. She has worn a thermoplastic splint '
          'made by our hand therapists intermittently.'),
    ('p', 'On examination there is a positive grind test and tenderness over the right CMC joint, with a mild adduction '
          'deformity but no MCP hyperextension. Tinel\'s sign is weakly positive at the wrist. Her radiographs taken '
          'today show joint space loss with osteophytes at the CMCJ and a well-preserved STT joint.'),
    ('p', 'We had a long discussion about trapeziectomy. She understands the recovery period, but with the move '
          'coming up she has decided against surgery at this stage; she has not had any previous surgery on either '
          'hand. I have given her a copy of this letter and the X-ray report so that she can take them to her new '
          'doctor in the Netherlands, and she is welcome to ask for a second opinion over there.'),
    ('p', '<b>Plan:</b>\n- Continue splint and analgesia\n- No further follow-up here; open appointment 6 months\n'
          '- Patient to register with a GP in Utrecht'),
    ('p', 'Yours sincerely,'),
    ('sp', 14),
    ('p', 'Mr Robert J. Havers\nConsultant Hand and Plastic Surgeon'),
    ('small', 'cc: Mrs J. Elderkamp (patient)\nEnc: radiology report 11/05/2026'),
], font='Arial', size=10, footer='Wessex Vale Hospitals NHS Foundation Trust — Chair: S. Pennington — Chief Executive: D. Okonjo', to_pdf=True)
label('tg-012', ['correspondence'], 'specialist', 'en', 'NHS clinic letter (consultant to GP), DOCX converted to PDF',
      'yes', 'no', 'yes', date='2026-05-14',
      notes='UK trust letter: dictated/typed dates, clinic date, DOB in dd/mm form; surgery offered and declined, '
            'explicitly no previous hand surgery; written by the foreign hospital that treated her (steroid '
            'injection, X-rays) so treated_abroad yes; X-ray report only enclosed; "second opinion" mentioned '
            'but this is not a referral.')

# ------------------------------------------------------------------ tg-013 German Arztbrief, Dutch patient near the border
pdf('tg-013', [
    ('lh', 'Klinikum Niederrhein-Grenzland', ['Klinik für Hand-, Plastische und Rekonstruktive Chirurgie',
                                               'Chefarzt Dr. med. Matthias Brenninkmeyer', 'Pfalzdorfer Straße 12, 47574 Goch',
                                               'Tel. +49 2823 97 4410 · Fax +49 2823 97 4419']),
    ('cols', 'Klinikum Niederrhein-Grenzland · Pfalzdorfer Str. 12 · 47574 Goch\n\nHerrn\nhuisarts E. Verstegen\n'
             'Huisartsenpraktijk Gennep\nZandstraat 15\n6591 CN Gennep\nNIEDERLANDE',
             'Goch, 05.09.2026\n\nUnser Zeichen: HPC/bre-sw\nFall-Nr. 2026-118420\nSekretariat: Frau Schwarz'),
    ('p', '<b>Arztbrief</b>'),
    ('p', 'Sehr geehrter Herr Kollege Verstegen,'),
    ('p', 'wir berichten über Ihren Patienten\n<b>Herrn Johannes Peeters, geb. 22.04.1962</b>, wohnhaft Spoorstraat 8, 6591 BK Gennep (NL),\n'
          'der sich vom 02.09.2026 bis 04.09.2026 in unserer stationären Behandlung befand.'),
    ('h', 'Diagnosen:'),
    ('p', '- Rhizarthrose rechts, Stadium III nach Eaton/Littler\n- Arterielle Hypertonie\n- Z. n. Cholezystektomie (2014)'),
    ('h', 'Therapie:'),
    ('p', '02.09.2026: Resektionsarthroplastik des Daumensattelgelenks rechts (Trapezektomie) mit Suspension '
          'und Interposition eines hälftigen FCR-Sehnenstreifens (Technik nach Epping), Plexusanästhesie.'),
    ('h', 'Anamnese:'),
    ('p', 'Der Patient stellte sich erstmals im Juni 2026 in unserer Handsprechstunde vor. Seit mehreren Jahren '
          'bestehende Schmerzen am rechten Daumensattelgelenk, zuletzt trotz Orthese und zweier Kortisoninfiltrationen '
          '(in den Niederlanden) deutlich progredient. Rechtshänder, Landwirt.'),
    ('h', 'Befund bei Aufnahme:'),
    ('p', 'Druckschmerz und Krepitation über dem CMC-I-Gelenk rechts, Grind-Test positiv, Kraftgrad 4/5, '
          'DMS intakt. Röntgen rechte Hand in 2 Ebenen (Juni 2026): fortgeschrittene Arthrose CMC I, STT unauffällig.'),
    ('h', 'Verlauf:'),
    ('p', 'Der operative Eingriff erfolgte komplikationslos (siehe gesonderten OP-Bericht). Postoperativ regelrechte '
          'Wundverhältnisse, die Schmerzen waren unter oraler Analgesie gut beherrschbar. Entlassung am 04.09.2026 '
          'in gutem Allgemeinzustand mit Unterarm-Daumen-Gips.'),
    ('h', 'Procedere:'),
    ('p', '- Gipsruhigstellung für insgesamt 4 Wochen, dann Wechsel auf Daumenorthese\n'
          '- Fadenzug am 14. postoperativen Tag durch den Hausarzt\n'
          '- Beginn Ergotherapie/Handtherapie nach Gipsabnahme\n'
          '- Wiedervorstellung in unserer Handsprechstunde am 01.10.2026\n'
          '- Analgesie: Ibuprofen 600 mg 1-1-1 für 7 Tage, danach nach Bedarf; Pantoprazol 20 mg'),
    ('p', 'Für Rückfragen stehen wir Ihnen gern zur Verfügung.'),
    ('p', 'Mit freundlichen kollegialen Grüßen'),
    ('sp', 8),
    ('cols', 'Dr. med. M. Brenninkmeyer\nChefarzt', 'Dr. med. K. Aydın\nOberärztin'),
], font='DejaVuSerif', size=9.5, footer='Klinikum Niederrhein-Grenzland gGmbH · Amtsgericht Kleve HRB 9912 · Seite {p} von {n}')
label('tg-013', ['correspondence'], 'specialist', 'de', 'German Arztbrief (Klinik für Hand-, Plastische und Rekonstruktive Chirurgie)',
      'yes', 'yes', 'yes', date='2026-09-05',
      notes='German hospital writes to a Dutch GP about a Dutch border patient; admission 02.09-04.09.2026 with '
            'trapeziectomy; "siehe gesonderten OP-Bericht" is a mention only; Diagnosen/Therapie/Procedere sections; '
            'cholecystectomy is another body part; injections were in the Netherlands.')

# ------------------------------------------------------------------ tg-014 German Operationsbericht (same patient)
pdf('tg-014', [
    ('lh', 'Klinikum Niederrhein-Grenzland', ['Klinik für Hand-, Plastische und Rekonstruktive Chirurgie',
                                               'Pfalzdorfer Straße 12, 47574 Goch']),
    ('title', 'Operationsbericht'),
    ('kv4', [
        ('Patient', 'Peeters, Johannes', 'geb.', '22.04.1962'),
        ('Fall-Nr.', '2026-118420', 'Station', 'H2'),
        ('OP-Datum', '02.09.2026', 'Saal', 'OP 4'),
        ('Schnitt', '09:14', 'Naht', '10:31'),
        ('Operateur', 'Dr. med. K. Aydin', '1. Assistenz', 'A. Lemmens (AÄ)'),
        ('Anästhesie', 'Axilläre Plexusanästhesie (Dr. Fiebig)', 'OP-Pflege', 'S. Hendricks'),
    ], {'grid': True, 'widths': (0.15, 0.35, 0.15, 0.35)}),
    ('kv', [
        ('Diagnose', 'Rhizarthrose rechts (M18.1), Eaton III'),
        ('Eingriff', 'Resektionsarthroplastik CMC I rechts, Trapezektomie, Suspensions-Interpositionsplastik mit '
                     'FCR-Sehnenhälfte (nach Epping)'),
        ('OPS', '5-844.35, 5-854.0c'),
        ('Blutsperre', 'Oberarm 250 mmHg, 78 min'),
    ], {'widths': (0.18, 0.82)}),
    ('h', 'Bericht'),
    ('p', 'Team-Time-Out durchgeführt. Rückenlage, Armtisch, Hautdesinfektion und steriles Abdecken. Auswickeln und Anlage '
          'der Blutsperre. Geschwungener Hautschnitt über dem Daumensattelgelenk dorsoradial. Schonung der Äste des '
          'R. superficialis n. radialis, die angeschlungen werden. Darstellung der A. radialis in der Tabatière, '
          'diese wird nach ulnar gehalten. Längsinzision der Gelenkkapsel. Es zeigt sich eine ausgeprägte Arthrose mit '
          'vollständigem Knorpelverlust am Trapezium und großen Osteophyten. Stückweise Entfernung des Trapeziums '
          'unter Schonung der FCR-Sehne in der Tiefe. Abtragung eines Osteophyten an der Basis MC II.'),
    ('p', 'Über zwei quere Hilfsinzisionen am distalen Unterarm wird die radiale Hälfte der FCR-Sehne gewonnen, '
          'nach distal durchgezogen und um die verbliebene FCR-Sehne geschlungen; Fixierung mit Fiberwire 3-0, '
          'Restsehne als Interponat in die Trapeziumhöhle. Stabilitätsprüfung: kein Absinken des MC I unter axialem '
          'Druck. Kapselnaht, Spülung, Öffnen der Blutsperre, Blutstillung mit bipolarer Pinzette. Hautnaht mit '
          'Prolene 4-0. Steriler Verband, Unterarm-Daumen-Gipsschiene in Funktionsstellung.'),
    ('kv', [
        ('Komplikationen', 'keine'),
        ('Histologie', 'nein'),
        ('Drainage', 'keine'),
        ('Nachbehandlung', 'Hochlagerung, Kühlung; Gips 4 Wochen; Fadenzug 14. Tag; Röntgen nicht erforderlich'),
    ], {'widths': (0.18, 0.82)}),
    ('sp', 6),
    ('p', 'Dr. med. K. Aydin, Oberärztin — elektronisch freigegeben am 02.09.2026, 11:02'),
], font='Helvetica', size=9, footer='Operationsbericht · Peeters, Johannes · 22.04.1962 · Seite {p}/{n}')
label('tg-014', ['operation-report'], 'specialist', 'de', 'German Operationsbericht form (grid header)',
      'unmentioned', 'yes', 'yes', date='2026-09-02',
      notes='Operation report from a German hospital (treatment abroad); OP date, cut/suture times, OPS codes; '
            '"Röntgen nicht erforderlich" concerns the aftercare, not a statement on earlier imaging.')

# ------------------------------------------------------------------ tg-015 German MRI Befund for a Kerkrade patient
pdf('tg-015', [
    ('lh', 'St.-Josef-Krankenhaus Wurmtal', ['Institut für Diagnostische und Interventionelle Radiologie',
                                              'Leitung: Prof. Dr. med. Ulrike Rademacher', 'Kleikstraße 40, 52134 Herzogenrath',
                                              'Tel. +49 2406 88 3300']),
    ('cols', 'Frau\nDr. med. Petra Olbrich\nUnfallchirurgie / Handchirurgie\n- im Hause -',
             'Herzogenrath, 15.10.2026\nUntersuchungs-Nr.: RAD-26-55104'),
    ('title', 'Befundbericht'),
    ('kv', [
        ('Patientin', 'Coenen, Lieke, geb. 03.03.2001, Kerkrade (NL)'),
        ('Untersuchung', 'MRT linkes Handgelenk nativ und mit KM, 1,5 T'),
        ('Untersuchungsdatum', '14.10.2026'),
        ('Rechtfertigende Indikation', 'Radialseitige Handgelenksschmerzen nach Sturz (Handballspiel) am 27.09.2026; '
                                       'konventionell-radiologisch kein sicherer Frakturnachweis.'),
        ('Fragestellung', 'Okkulte Skaphoidfraktur? Bandläsion?'),
        ('Voraufnahmen', 'Röntgen Handgelenk links in 4 Ebenen (Skaphoidserie) vom 30.09.2026, auswärtig (Notaufnahme)'),
    ], {'widths': (0.27, 0.73)}),
    ('h', 'Befund:'),
    ('p', 'Bandförmiges, T1-hypointenses und in der PD-FS hyperintenses Signal quer durch die Taille des Os scaphoideum, '
          'vereinbar mit einer nicht dislozierten Fraktur; begleitendes Knochenmarködem im proximalen und distalen Pol. '
          'Kein Nachweis einer Fragmentdislokation oder Stufe. Nach KM-Gabe regelrechte Anreicherung des proximalen Pols, '
          'kein Hinweis auf Avitalität. SL-Band und LT-Band kontinuierlich. TFCC unauffällig. Kein Gelenkerguss über '
          'das physiologische Maß hinaus. Sehnen der Streck- und Beugeseite regelrecht.'),
    ('h', 'Beurteilung:'),
    ('p', '1. Nicht dislozierte Skaphoidtaillenfraktur links (Herbert B2 nicht auszuschließen, am ehesten A2), in der Projektions-'
          'radiographie okkult.\n2. Regelrechte Perfusion des proximalen Pols.\n3. Kein Anhalt für Bandverletzung.'),
    ('sp', 6),
    ('p', 'Mit freundlichen Grüßen\n\nDr. med. Jens Hoffmeister\nFacharzt für Radiologie'),
], font='DejaVuSans', size=9, footer='St.-Josef-Krankenhaus Wurmtal GmbH · Radiologie · Befund elektronisch erstellt, ohne Unterschrift gültig')
label('tg-015', ['imaging-report'], 'radiologist', 'de', 'German radiology Befundbericht (hospital institute)',
      'yes', 'unmentioned', 'yes', date='2026-10-15', also=['2026-10-14'],
      notes='MRI performed in a German hospital for a patient from Kerkrade; addressed to an in-house surgeon '
            '("im Hause"); Fragestellung and rechtfertigende Indikation; earlier X-ray in an (unnamed) emergency '
            'department; hyphenated line break in the Beurteilung.')

# ------------------------------------------------------------------ tg-016 German Entlassungsbrief, ski holiday, Courier export
pdf('tg-016', [
    ('mono', '''KREISKRANKENHAUS HOCHSAUERLAND WINTERBERG
Klinik für Unfallchirurgie, Orthopädie und Sporttraumatologie
Chefarzt: PD Dr. med. Thorsten Voßkamp
Am Kurpark 3 - 59955 Winterberg - Telefon +49 2981 8060 - Fax +49 2981 806 129
-------------------------------------------------------------------------------

An den weiterbehandelnden Hausarzt                         Winterberg, 17.02.2026
Herrn B. Hamstra (huisarts)
Kerkplein 2
3771 CE Barneveld
Niederlande

                         E N T L A S S U N G S B R I E F

Patient:   Ketelaar, Ruud          geb. 11.10.1979
Anschrift: Schoutenstraat 40, 3771 CJ Barneveld (NL)
Aufnahme:  14.02.2026  über Notaufnahme
Entlassung: 17.02.2026

Sehr geehrter Herr Kollege,

wir berichten über o.g. Patienten, der sich während eines Skiurlaubs in
unserer stationären Behandlung befand.

Diagnosen:
  Distale intraartikuläre Radiusfraktur links (AO 23-C1) nach Sturz beim
  Skifahren am 14.02.2026
  Nebenbefundlich: Prellung linke Schulter, sonografisch kein Erguss

Therapie:
  15.02.2026 Offene Reposition und palmare winkelstabile Plattenosteo-
  synthese distaler Radius links (OP-Bericht liegt bei)

Verlauf:
  Notfallmäßige Aufnahme nach Skisturz. Röntgen und CT des linken Hand-
  gelenks zeigten eine dislozierte, intraartikuläre Fraktur. Nach Ab-
  schwellung erfolgte am Folgetag die operative Versorgung. Postoperativ
  regelrechte Stellung im Bildwandler und Röntgen. Wunde reizlos, DMS
  intakt. Der Patient wurde mit Unterarmschiene und in Begleitung seiner
  Ehefrau entlassen; die Rückreise in die Niederlande erfolgt mit dem PKW
  (Beifahrer).

Medikation bei Entlassung:
  Ibuprofen 400 mg      1-1-1 (max. 7 Tage)
  Pantoprazol 20 mg     1-0-0
  Enoxaparin 40 mg s.c. 0-0-1 bis zur Mobilisation (nur bei Immobilität)

Procedere:
  - Wundkontrolle und Fadenzug am 12.-14. postop. Tag durch den Hausarzt
  - Röntgenkontrolle nach 6 Wochen, Weiterbehandlung durch die Unfall-
    chirurgie/Handchirurgie am Heimatort empfohlen
  - Physiotherapie / Handtherapie ab der 2. Woche
  - Metallentfernung nicht zwingend erforderlich

MRSA-Screening bei Aufnahme: negativ.

Mit freundlichen Grüßen

PD Dr. med. T. Voßkamp          Dr. med. L. Schrader         N. Güler
Chefarzt                        Oberarzt                     Assistenzärztin

Anlagen: OP-Bericht, Röntgenbilder auf CD'''),
], font='Courier', size=9.5, footer='Kreiskrankenhaus Hochsauerland gGmbH - Seite {p} von {n}')
label('tg-016', ['correspondence'], 'specialist', 'de', 'German Entlassungsbrief, monospace system export rendered to PDF',
      'yes', 'yes', 'yes', date='2026-02-17', also=[],
      notes='Dutch patient admitted and operated in a German hospital during a ski holiday; OP-Bericht and CD only '
            'mentioned as Anlagen (not an operation report itself: one line on the procedure); "MRSA-Screening '
            'bei Aufnahme: negativ" is a mention, not a lab result; hyphenated line breaks; shoulder contusion is '
            'another body part; date older than 6 months.')
