# tl-001 .. tl-016
from lib import *
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.pagesizes import A4

GREY = colors.HexColor('#555555')


@doc(1)
def d001():
    path = out(1, 'pdf')
    W, H = A4

    def first(c, d):
        c.setFillColor(colors.HexColor('#00857c'))
        c.rect(20 * mm, H - 24 * mm, 170 * mm, 9 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('Sans-Bold', 11)
        c.drawString(23 * mm, H - 21 * mm, 'ZorgDomein')
        c.setFont('Sans', 9)
        c.drawRightString(187 * mm, H - 21 * mm, 'Second opinion handchirurgie')
        c.setFillColor(colors.black)
        draw_lines(c, 20 * mm, H - 32 * mm, ['**Huisartsenpraktijk De Brink', 'Brinkstraat 14', '7941 AB  Meppel',
                                             'Tel. 0522-251 480', 'AGB-code praktijk 01-057733'], size=8.5)
        draw_lines(c, 120 * mm, H - 32 * mm, ['**Aan', 'Handkliniek Noord-Veluwe', 'Intake second opinion',
                                              'Stationsweg 88', '8071 CZ  Nunspeet'], size=8.5)

    def later(c, d):
        c.setFont('Sans', 7.5); c.setFillColor(GREY)
        c.drawString(20 * mm, H - 14 * mm, 'ZorgDomein verwijzing ZD-26-8841207  -  Hazenberg-Stoel, J.M.  -  23-10-1971')
        c.setFillColor(colors.black)

    def footer(c, page, total):
        c.setFont('Sans', 7); c.setFillColor(GREY)
        c.drawString(20 * mm, 12 * mm, 'Afgedrukt op 15-10-2026 08:12 door H.R. Mulder  |  ZD-26-8841207')
        c.drawRightString(190 * mm, 12 * mm, 'Pagina %d van %d' % (page, total))
        c.setFillColor(colors.black)

    p = Pdf(path, first_top=62, first=first, later=later, footer=footer, size=9)
    p.h('Verwijzing', size=15, space_before=0)
    p.fields2([('Patiënt', 'Mevr. J.M. (Joke) Hazenberg-Stoel'), ('Geboortedatum', '23-10-1971'),
               ('Geslacht', 'Vrouw'), ('BSN', '999912467'), ('Adres', 'Kerkweg 5, 7948 LD Nijeveen'),
               ('Telefoon', '06-41 22 87 10')],
              [('Verwijzer', 'H.R. Mulder, huisarts'), ('AGB verwijzer', '01-102934'),
               ('Datum verwijzing', '14-10-2026'), ('Specialisme', 'Plastische chirurgie (handchirurgie)'),
               ('Urgentie', 'Regulier'), ('Verzekering', 'Zilveren Zorg Noord, polis 88 41 20 996')],
              widths=(34, 52, 32, 52))
    p.sp(3)
    p.h('Reden van verwijzing')
    p.p('Recidiverend dorsaal ganglion pols rechts (dominante hand) met pijn bij steunen en bij het werk '
        '(kapster). Klachten sinds voorjaar 2025, ondanks twee keer aspireren steeds terug.')
    p.h('Vraagstelling')
    p.p('Patiënte wenst een second opinion. Zij kreeg bij de orthopeed te horen dat excisie "weinig zin heeft '
        'omdat het toch terugkomt". Is een operatieve excisie (open of artroscopisch) bij haar zinvol gezien het '
        'recidief na twee aspiraties, en zo ja wat is de kans op recidief?')
    p.h('Relevante voorgeschiedenis')
    p.table([['ICPC', 'Omschrijving', 'Begindatum'],
             ['L87', 'Ganglion pols rechts', '03-04-2025'],
             ['K86', 'Essentiële hypertensie', '12-09-2019'],
             ['P76', 'Depressieve stoornis (in remissie)', '2014'],
             ['W82', 'Sectio caesarea (2x)', '2001 / 2004']], widths=(16, 110, 34), size=8.5)
    p.h('Recente behandelingen')
    p.ps(['02-09-2026 Echo pols rechts (Radiologie Isala-Meppel): dorsaal ganglion 14 x 9 mm uitgaande van het '
          'SL-gewricht, geen andere afwijkingen. X-pols rechts (zelfde datum): geen afwijkingen, geen artrose.',
          '18-06-2025 en 20-01-2026: aspiratie ganglion door orthopeed (dr. Schouten, Orthopedie), beide keren '
          'binnen enkele weken recidief.',
          'Polsbrace bij werk sinds 2025; paracetamol zo nodig. Het ganglion is nooit operatief behandeld.'])
    p.h('Medicatie')
    p.table([['Geneesmiddel', 'Dosering', 'Sinds'],
             ['Losartan 50 mg tablet', '1 dd 1', '2019'],
             ['Paracetamol 500 mg tablet', 'zo nodig max 6 dd 1', '2025']], widths=(80, 50, 30), size=8.5)
    p.h('Allergieën en intoleranties')
    p.p('Pleisterallergie (contactallergie, colofonium).')
    p.h('Overige informatie')
    p.p('Patiënte is telefonisch bereikbaar na 17.00 uur. Zij is op de hoogte van de voorwaarden van de '
        'zorgverzekeraar voor een second opinion. Brief orthopeed d.d. 27-01-2026 wordt door patiënte zelf '
        'meegenomen.')
    p.sp(4)
    p.fields([('Ondertekend', 'H.R. Mulder, huisarts - elektronisch ondertekend via ZorgDomein')], label_w=30, size=8.5)
    p.build()
    return dict(kinds=['referral', 'history'], date='2026-10-14', author='gp', language='nl',
                style='ZorgDomein printout, four-column field table, episode and medication tables',
                referral_question=True, imaging_done='yes', operated='no', treated_abroad='unmentioned',
                notes='Birth date (23-10-1971) precedes the referral date in the field grid and the label "Datum verwijzing" wraps over two lines; print date 15-10-2026 in '
                      'footer is not the document date. Question only under "Vraagstelling". History section with '
                      'recent treatments makes it history too. "nooit operatief behandeld" = not operated; '
                      'sectio caesarea is another body part. X-pols "geen afwijkingen" still means imaging done.')


@doc(2)
def d002():
    path = out(2, 'docx')
    D = Docx(font='Calibri', size=11)
    D.header_lines(['Huisartsenpraktijk Het Spaarne', 'A.C. Verkerk & M. Ouali, huisartsen',
                    'Spaarnedijk 210  ·  2023 KB Haarlem  ·  023-531 77 40  ·  www.hapspaarne.nl'],
                   align='right', size=8.5)
    D.footer('AGB 01-054321  ·  Spoed overdag 023-531 77 41  ·  Avond/weekend: Huisartsenpost Kennemerland',
             page_numbers=False, size=7.5)
    D.lines(['Handkliniek Noord-Veluwe', 't.a.v. de intakecommissie second opinion', 'Postbus 1140',
             '8070 AC  Nunspeet'])
    D.p('')
    D.p('Haarlem, 4 november 2026')
    D.p('')
    D.lv('Betreft:', 'dhr. P. (Pieter) van Dalen, geb. 02-04-1958, Kleverparkweg 31, 2023 CH Haarlem')
    D.lv('BSN:', '999936610')
    D.p('')
    D.p('Geachte collega,')
    D.p('Graag verwijs ik bovengenoemde patiënt naar u voor een second opinion in verband met artrose van het '
        'duimbasisgewricht (CMC-1) rechts. Het gaat om een 68-jarige gepensioneerde timmerman, rechtshandig, '
        'die sinds ruim twee jaar toenemende pijn heeft bij knijpen en draaien (potjes openen, sleutel omdraaien). '
        'Hij is een fanatiek amateurklokkenmaker en is juist voor fijne handelingen op zijn rechterhand '
        'aangewezen.')
    D.p('Hij is in 2025 en 2026 behandeld door de orthopeed in het Kennemer Gasthuis-Zuid met een '
        'duimspalk en één corticosteroïdinjectie (februari 2026), die ongeveer drie maanden verlichting gaf. Op de '
        'röntgenfoto\'s van juli 2026 werd forse CMC-1 artrose gezien, Eaton-stadium III, met een geringe '
        'subluxatie. De orthopeed heeft hem een trapeziectomie met ligamentreconstructie voorgesteld. '
        'Patiënt is daar nog niet aan geopereerd en twijfelt: hij heeft gelezen dat er ook een prothese '
        'bestaat en vraagt zich af of die bij hem beter zou zijn met het oog op knijpkracht.')
    D.p('Vraagstelling: graag uw second opinion over de behandeling. Is een operatie op dit moment de beste '
        'optie, en zo ja welke (trapeziectomie of CMC-1 prothese)? Zijn er nog conservatieve mogelijkheden die '
        'onvoldoende benut zijn?')
    D.p('Overige voorgeschiedenis: diabetes mellitus type 2 (metformine), knieprothese links 2015, '
        'BMI 29. Geen allergieën bekend.')
    D.p('De brieven van de orthopeed en de foto\'s zal patiënt zelf opvragen en naar u laten sturen.')
    D.p('')
    D.p('Met vriendelijke groet,')
    D.p('')
    D.p('A.C. Verkerk', space_after=0)
    D.p('huisarts', space_after=0)
    D.save(path)
    return dict(kinds=['referral'], date='2026-11-04', author='gp', language='nl',
                style='free GP letter in Word, letterhead in page header, address block, Betreft line',
                referral_question=True, imaging_done='yes', operated='no', treated_abroad='unmentioned',
                notes='Operation is only proposed ("voorgesteld") and "nog niet aan geopereerd"; knee prosthesis is '
                      'another body part. Short prose voorgeschiedenis without a recent-treatment section, so not '
                      'labelled history (borderline). Birth date sits in the Betreft line right after the date.')


@doc(3)
def d003():
    path = out(3, 'txt')
    t = r"""HUISARTSENPRAKTIJK ZEEWOLDE-OOST                         Uitdraai journaal
Praktijk: J.W. Hoekstra / S. el Amrani, huisartsen         Datum uitdraai: 09-11-2026 14:32
Horsterweg 12, 3891 EG Zeewolde                            Gebruiker: assistente (MvdB)
-----------------------------------------------------------------------------------------
Patiënt   : Yilmaz, E. (Emre)            Geslacht: M        Geb.datum: 17-06-1984
Adres     : Pilotenweg 77, 3892 HB Zeewolde                 BSN: 999953025
Verzekering: Nexus Zorgverzekeringen                         Eigen huisarts: S. el Amrani
Selectie  : alle episodes, journaal vanaf 01-01-2025
-----------------------------------------------------------------------------------------

EPISODELIJST
Code  Omschrijving                                   Begin       Eind        Attentie
L74   Fractuur os scaphoideum rechts                  28-07-2026              *
L18   Spierpijn schouder/nek                           14-02-2025  30-04-2025
R74   Acute infectie bovenste luchtwegen               06-01-2026  20-01-2026
S18   Snijwond digitus II links (keukenmes)            03-11-2025  17-11-2025
A97   Geen ziekte (preventief consult)                 22-05-2025  22-05-2025
P15   Chronisch alcoholmisbruik - NEE, zie correctie   -           -           (foutief ingevoerd)

JOURNAAL
06-01-2026  S  Sinds 5 dagen neusverkoudheid, keelpijn, hoest. Geen koorts meer.
            O  Rustig ademend, keel wat rood, longen schoon.
            E  R74 Acute infectie bovenste luchtwegen
            P  Uitleg, paracetamol z.n., terug bij koorts >3 dgn.
28-07-2026  S  (telefonisch) Terug van vakantie in Turkije. Op 12-07 tijdens vakantie
               gevallen op uitgestrekte rechterhand (trap van hotel). Naar de SEH van het
               ziekenhuis in Antalya gegaan, daar foto's gemaakt en gips gekregen; volgens
               patiënt "geen breuk". Gips na 10 dgn zelf laten verwijderen daar. Pijn blijft,
               vooral bij steunen en draaien. Werkt als monteur, kan niet werken.
            O  Zwelling radiale pols, drukpijn tabatière en tuberculum scaphoideum,
               pijnlijke axiale compressie duim. Geen sensibiliteitsstoornissen.
            E  L74 verdenking scaphoidfractuur re
            P  X-scaphoidserie re via eerstelijnsdiagnostiek vandaag. Onderarmspalk.
30-07-2026  U  Uitslag X-scaphoidserie rechts (Radiologie St. Jansdal-Flevo):
               verdenking taillefractuur os scaphoideum, geen duidelijke dislocatie;
               aanvullend CT geadviseerd.
            P  Verwijzing Chirurgie/Traumatologie (ZorgDomein) zelfde dag. Pt gebeld.
04-08-2026  B  Brief specialist ontvangen: Chirurgie/Traumatologie (dr. B. Veldkamp).
               CT scaphoid re: taillefractuur met 1,5 mm dislocatie, begin resorptie.
               Gezien de vertraging en dislocatie operatie geadviseerd. Pt akkoord.
               MRSA-kweek afgenomen door ziekenhuis i.v.m. SEH-bezoek buitenland:
               negatief (uitslag 08-08-2026).
19-08-2026  B  Brief specialist: OK 14-08-2026 percutane schroeffixatie scaphoid
               rechts (kopcompressieschroef). Ongecompliceerd. Gips 6 weken.
               Controle poli + CT na 8 weken.
02-10-2026  B  Brief specialist: CT 8 wk postop: fractuur grotendeels geconsolideerd,
               schroef in situ. Start handtherapie. Werkhervatting in overleg.
07-10-2026  S  Blijft pijn houden dorsale pols, stijfheid, knijpkracht sterk verminderd.
               Handtherapie 4x gehad. Baas dringt aan op werkhervatting. Twijfelt aan
               resultaat, "schroef steekt uit?". Voelt zich niet gehoord op poli.
            O  Litteken rustig. Dorsale pols drukpijnlijk, extensie 35 gr, flexie 40 gr.
            E  L74 St. na schroeffixatie scaphoidfractuur re, persisterende klachten.
            P  Wil second opinion handchirurgie. Uitleg procedure. Pt vraagt zelf
               brieven en beelden op bij ziekenhuis. Verwijzing volgt na ontvangst.
03-11-2025  S  Snijwond wijsvinger li bij koken.
            O  Wond 1,5 cm, schoon, geen peesletsel, sensibiliteit intact.
            E  S18 snijwond dig II li
            P  2 hechtingen ethilon 5-0, ex na 10 dgn.
09-11-2026  A  Verwijzing ZorgDomein: second opinion Plastische chirurgie/handchirurgie
               (Handkliniek Noord-Veluwe). Kopie journaal meegestuurd.

MEDICATIE (actueel)
Naproxen 500 mg         2 dd 1 zn          start 07-10-2026
Omeprazol 20 mg         1 dd 1 (bij naproxen)  start 07-10-2026

ALLERGIEEN / CONTRA-INDICATIES
Geen bekend.

-- einde uitdraai -- pagina 1 van 1 --
"""
    write_text(path, t, encoding='cp1252', crlf=True)
    return dict(kinds=['history'], date='2026-11-09', author='gp', language='nl',
                style='HIS journal printout (Uitdraai journaal), ICPC episode list, SOEP lines, Windows-1252 CRLF',
                imaging_done='yes', operated='yes', treated_abroad='yes',
                notes='Print date 09-11-2026 sits next to the birth date in the header; journal lines are out of '
                      'chronological order (2025 line after Oct 2026). ED visit in Antalya = treated abroad. '
                      'Operation only known from journal line "Brief specialist: OK 14-08-2026". MRSA result is only '
                      'mentioned. An erroneous P15 episode line is struck through as "foutief ingevoerd".')


@doc(4)
def d004():
    path = out(4, 'pdf')
    W, H = A4
    logo = logo_png('ijsselmond', ['IJsselmond Ziekenhuis', 'zorg dichtbij, in Kampen en Dronten'],
                    color=(0, 90, 140))

    def first(c, d):
        c.drawImage(logo, 20 * mm, H - 32 * mm, width=72 * mm, height=16 * mm)
        draw_lines(c, 20 * mm, H - 38 * mm, ['Plastische, Reconstructieve en Handchirurgie',
                                             'Polikliniek route 42'], size=8.5, font='Sans')
        draw_lines(c, 190 * mm, H - 20 * mm, ['Burgemeester Berghuisplein 3', '8261 AB  Kampen',
                                              'T 038 - 339 20 00', 'www.ijsselmondziekenhuis.nl'],
                   size=7.5, align='right', color=GREY)
        draw_lines(c, 20 * mm, H - 56 * mm, ['Aan de weledelgeleerde heer', 'G.J. Timmer, huisarts',
                                             'Huisartsenpraktijk De Kogge', 'Koggestraat 4',
                                             '8266 CN  Kampen'], size=9.5)
        # right-hand reference block: labels and values as separate runs
        y = H - 56 * mm
        for lab, val in [('Ons kenmerk', 'PLCH/MK/2026-14552'), ('Patiëntnummer', '5531 207'),
                         ('Datum', '22 september 2026'), ('Bezoekdatum', '15-09-2026'),
                         ('Telefoon', '038 - 339 27 40')]:
            c.setFont('Sans', 7.5); c.setFillColor(GREY); c.drawString(122 * mm, y, lab)
            c.setFont('Sans', 8.5); c.setFillColor(colors.black); c.drawString(148 * mm, y, val)
            y -= 4.3 * mm

    def later(c, d):
        c.setFont('Sans', 7.5)
        c.drawString(20 * mm, H - 14 * mm, 'Betreft: mevr. A. Smeenk-de Haan, geb. 08-12-1967  -  vervolg')

    def footer(c, page, total):
        c.setFont('Sans', 7); c.setFillColor(GREY)
        c.drawCentredString(W / 2, 11 * mm, 'IJsselmond Ziekenhuis  ·  KvK 41 02 55 18  ·  pagina %d/%d' % (page, total))
        c.setFillColor(colors.black)

    p = Pdf(path, first_top=92, first=first, later=later, footer=footer, size=9.5)
    p.lv('Betreft:', 'mevr. A. (Anneke) Smeenk-de Haan, geb. 08-12-1967, Oudestraat 118, Kampen')
    p.sp(2)
    p.p('Geachte collega Timmer,')
    p.p('Op 15 september jl. zag ik uw patiënte op de polikliniek handchirurgie op uw verwijzing wegens tintelingen '
        'in de rechterhand.')
    for head, txt in [
        ('Anamnese', 'Sinds ongeveer een jaar nachtelijke tintelingen en doofheid van duim, wijs- en middelvinger '
                     'rechts, waarvoor ze \'s nachts wakker wordt en de hand uitschudt. Overdag klachten bij fietsen en '
                     'telefoneren. Sinds enkele maanden laat ze kopjes vallen. Een nachtspalk (via de apotheek) gaf '
                     'aanvankelijk verlichting, maar de laatste maanden niet meer. Zij is niet eerder aan de hand of '
                     'pols geopereerd. Werkt als administratief medewerker, veel toetsenbordwerk. Rechtshandig. '
                     'Voorgeschiedenis: hypothyreoïdie (levothyroxine), bariatrische chirurgie (gastric sleeve) 2019.'),
        ('Lichamelijk onderzoek', 'Rechterhand: geen thenaratrofie, abductiekracht duim MRC 5. Sensibiliteit '
                     'subjectief verminderd in het medianusgebied, 2-puntsdiscriminatie 6 mm op dig II. Tinel positief '
                     'over de carpale tunnel, Phalen positief na 20 seconden. Durkan positief. Geen afwijkingen aan '
                     'de cervicale wervelkolom. Linkerhand zonder afwijkingen.'),
        ('Aanvullend onderzoek', 'Echografie n. medianus rechts (15-09-2026, Radiologie): verdikte n. medianus ter '
                     'hoogte van de ingang van de carpale tunnel, CSA 14 mm² (normaal < 10 mm²), geen ruimte-'
                     'innemende afwijkingen, geen bifide zenuw. EMG (Neurologie, 29-08-2026): matig ernstig '
                     'carpaletunnelsyndroom rechts, geen aanwijzingen voor cervicale radiculopathie.'),
        ('Conclusie', 'Matig ernstig carpaletunnelsyndroom rechts, onvoldoende reagerend op conservatieve '
                     'behandeling met nachtspalk.'),
        ('Beleid', 'Ik heb met patiënte de behandelmogelijkheden besproken: een corticosteroïdinjectie of een '
                     'operatieve klieving van het ligamentum carpi transversum (open carpaletunnel-release onder '
                     'lokale anesthesie, WALANT). Gezien de duur van de klachten en het falen van de spalk '
                     'adviseer ik de operatie. Patiënte wil hier eerst over nadenken en neemt zelf contact op; '
                     'zij overweegt een second opinion elders. Een nieuwe afspraak is daarom nog niet gepland.'),
    ]:
        p.h(head, size=10)
        p.p(txt)
    p.sp(3)
    p.p('Met collegiale groet,')
    p.sp(8)
    p.p('dr. M.A. Kuipers\nplastisch chirurg', raw=False)
    p.sp(2)
    p.p('cc: patiënte', size=8)
    p.p('Deze brief is elektronisch geautoriseerd en daarom niet ondertekend.', size=7.5, textColor=GREY)
    p.build()
    return dict(kinds=['correspondence'], date='2026-09-22', also_dates=['2026-09-15'], author='specialist',
                language='nl', style='HiX outpatient letter, image-only logo, side reference block with label/value runs, page footer',
                imaging_done='yes', operated='no', treated_abroad='unmentioned',
                notes='Hospital name is only in the logo image; department name contains "Handchirurgie" and the '
                      'Beleid advises an operation (plan). "niet eerder aan de hand of pols geopereerd" = no; gastric '
                      'sleeve is another body part. Letter date (22 september 2026) vs visit date (15-09-2026) in the '
                      'reference block; the EMG date 29-08-2026 is an event date.')


@doc(5)
def d005():
    path = out(5, 'pdf')
    W, H = A4

    def first(c, d):
        c.setFont('Serif-Bold', 14); c.drawString(20 * mm, H - 22 * mm, 'Ziekenhuis Lingehof')
        c.setFont('Serif', 9); c.drawString(20 * mm, H - 27 * mm, 'Afdeling Radiologie en Nucleaire Geneeskunde')
        c.setFont('Sans', 7.5); c.setFillColor(GREY)
        c.drawRightString(190 * mm, H - 22 * mm, 'Rijksstraatweg 140, 4191 SB Geldermalsen')
        c.drawRightString(190 * mm, H - 26 * mm, 'secretariaat radiologie 0345 - 58 71 00')
        c.setFillColor(colors.black)
        c.line(20 * mm, H - 30 * mm, 190 * mm, H - 30 * mm)

    def footer(c, page, total):
        c.setFont('Sans', 7); c.setFillColor(GREY)
        c.drawString(20 * mm, 12 * mm, 'Afdruk 05-08-2026 16:02  ·  Onderzoeksnr. RAD-26-0931884')
        c.drawRightString(190 * mm, 12 * mm, '%d / %d' % (page, total))

    p = Pdf(path, first_top=36, first=first, footer=footer, size=9.5)
    p.table([['Patiënt', 'T. (Tim) van der Wal', 'Geboortedatum', '30-07-2003'],
             ['Patiëntnr.', '7720 4418', 'Geslacht', 'M'],
             ['Aanvrager', 'S. Bakker, traumachirurg\nHeelkunde / Traumachirurgie', 'Afdeling', 'Polikliniek Chirurgie'],
             ['Onderzoek', 'MRI pols rechts zonder contrast', 'Datum onderzoek', '03-08-2026'],
             ['Verslagdatum', '05-08-2026', 'Status', 'Definitief']],
            widths=(26, 62, 30, 52), header=False, bold_first_col=False, size=9)
    p.sp(3)
    p.h('Klinische gegevens / vraagstelling', size=10)
    p.p('Val op gestrekte rechterhand bij voetbal, 3 weken geleden. Drukpijn in de tabatière. Conventionele '
        'scaphoidserie d.d. 14-07 zonder fractuur. Occulte scaphoidfractuur? Ligamentletsel?')
    p.h('Techniek', size=10)
    p.p('1,5 T, polsspoel. Coronaal T1, coronaal en sagittaal PD vetsat, transversaal T2. Geen contrast.')
    p.h('Verslag', size=10)
    p.p('Normale signaalintensiteit van het beenmerg van de carpalia, de distale radius en ulna; met name geen '
        'beenmergoedeem of fractuurlijn in het os scaphoideum. Geen bone bruise. Het scapholunaire en lunotriquetrale '
        'ligament zijn intact. Het TFCC is intact, geen ulnaire plus-variant. Geen gewrichtseffusie van betekenis. '
        'Pezen van de eerste t/m zesde extensorenloge en de flexoren normaal van aspect. Geen ganglion.')
    p.h('Conclusie', size=10)
    p.p('Geen afwijkingen. Met name geen aanwijzingen voor een occulte scaphoidfractuur of ligamentair letsel.', raw=False)
    p.sp(6)
    p.fields([('Radioloog', 'dr. M.J. ter Horst'), ('Geautoriseerd', '05-08-2026 15:47 (elektronisch)')],
             label_w=34, size=9)
    p.build()
    return dict(kinds=['imaging-report'], date='2026-08-05', also_dates=['2026-08-03'], author='radiologist',
                language='nl', style='hospital radiology report, header grid table with requester, footer print line',
                imaging_done='yes', operated='unmentioned', treated_abroad='unmentioned',
                notes='Requester is a trauma surgeon of "Heelkunde / Traumachirurgie" - author is still the radiologist. '
                      'Conclusion "Geen afwijkingen" negates findings, not the exam. The Vraagstelling is a '
                      'radiology question, not a referral. Birth date 30-07-2003 close to exam date; earlier X-ray 14-07 mentioned.')


@doc(6)
def d006():
    path = out(6, 'pdf')
    W, H = A4

    def first(c, d):
        c.setFont('Sans-Bold', 12); c.drawString(20 * mm, H - 20 * mm, 'Medisch Centrum Zuiderzee')
        c.setFont('Sans', 8); c.drawString(20 * mm, H - 25 * mm, 'Orthopedie  |  Hand- en polschirurgie')
        c.drawString(20 * mm, H - 29 * mm, 'Ziekenhuisweg 1, 8232 AA Lelystad')
        c.setFont('Sans-Bold', 16); c.drawRightString(190 * mm, H - 22 * mm, 'OPERATIEVERSLAG')

    def footer(c, page, total):
        c.setFont('Sans', 7)
        c.drawString(20 * mm, 10 * mm, 'Vanderlinden, W.F. - 11-09-1959 - opnr. 2026-OK-30271')
        c.drawRightString(190 * mm, 10 * mm, 'Blad %d van %d' % (page, total))

    p = Pdf(path, first_top=38, first=first, later=None, footer=footer, size=9.5)
    p.fields2([('Naam', 'dhr. W.F. Vanderlinden'), ('Geboren', '11-09-1959'), ('Patiëntnr.', '3390 1827'),
               ('Afdeling', 'Dagbehandeling D2')],
              [('Datum operatie', '21-05-2026'), ('Operatiekamer', 'OK 6'), ('Snijtijd', '10:42'),
               ('Hechttijd', '11:51')], widths=(28, 57, 30, 55), size=9)
    p.sp(2)
    p.fields([('Operateur', 'drs. R. Haverkamp, orthopedisch chirurg'),
              ('Assistent', 'S. Jongsma, AIOS orthopedie'),
              ('Anesthesie', 'Plexus axillaris links (echogeleid), dr. L. Mertens, anesthesioloog'),
              ('Bloedleegte', 'Bovenarm 250 mmHg, 58 minuten'),
              ('Antibiotica', 'Niet geïndiceerd'),
              ('Pre-operatieve diagnose', 'Ziekte van Dupuytren dig IV en V links, Tubiana II; extensiedeficit PIP V 50°'),
              ('Indicatie', 'Progressieve flexiecontractuur, beperking bij handgeven en in zak steken; naaldfasciotomie 2024 met recidief'),
              ('Ingreep', 'Partiële fasciectomie dig IV/V links volgens Bruner-incisie, Z-plastiek dig V')],
             label_w=42, size=9, grid=True, shade=colors.HexColor('#eeeeee'))
    p.h('Verloop / beschrijving', size=10)
    p.p('Rugligging, arm op armtafel. Desinfectie met chloorhexidine-alcohol, steriel afdekken. Bloedleegte na '
        'uitwinden. Zigzag-incisie volgens Bruner van distale handpalm tot midden middelste falanx dig V en een '
        'korte extensie naar dig IV. Opprepareren van huidflappen. Identificatie van de neurovasculaire bundels '
        'aan radiaire en ulnaire zijde van dig IV en V, proximaal in de handpalm; de ulnaire bundel van dig V loopt '
        'om een spiral cord heen en wordt over de gehele lengte vrijgeprepareerd. Excisie van pretendineuze cord '
        'IV en V, spiral cord V en abductor digiti minimi cord. Na excisie volledige extensie MCP IV en V, PIP V '
        'resterend deficit circa 10°. Geen kapsulotomie verricht. Opheffen bloedleegte, hemostase met bipolaire '
        'coagulatie, goede capillaire refill van alle vingertoppen. Sluiten met Z-plastiek ter hoogte van de '
        'PIP-plooi dig V. Huid met Ethilon 5-0 enkelvoudige hechtingen. Vetgaas, drukverband en dorsale '
        'gipsspalk in intrinsic-plus stand.')
    p.fields([('PA', 'Weefsel ingestuurd (cord IV/V) - standaard'),
              ('Complicaties', 'Geen'),
              ('Bloedverlies', 'Minimaal'),
              ('Nabehandeling', 'Arm hoog; drukverband 2 dagen, daarna handtherapie (afspraak gemaakt). '
                                'Thermoplastische extensiespalk \'s nachts gedurende 3 maanden. Hechtingen eruit na '
                                '12-14 dagen bij huisarts. Controle polikliniek over 6 weken.'),
              ('Ontslag', 'Zelfde dag, na controle doorbloeding')], label_w=32, size=9)
    p.sp(4)
    p.p('Gedicteerd 21-05-2026 11:58 - geautoriseerd 22-05-2026 door drs. R. Haverkamp', size=8, textColor=GREY)
    p.build()
    return dict(kinds=['operation-report'], date='2026-05-21', author='specialist', language='nl',
                style='OK-verslag form, two-column label/value grid with shaded label cells, no salutation',
                imaging_done='unmentioned', operated='yes', treated_abroad='unmentioned',
                notes='Form without salutation; labels and values in separate cells. Authorisation date 22-05-2026 '
                      'and birth date 11-09-1959 near the operation date. Earlier needle fasciotomy (2024) is also an intervention.')


@doc(7)
def d007():
    path = out(7, 'pdf')
    W, H = A4

    def first(c, d):
        c.setFillColor(colors.HexColor('#6a1b4d'))
        c.rect(0, H - 30 * mm, W, 30 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('Sans-Bold', 13); c.drawString(20 * mm, H - 15 * mm, 'Microlab Oost-Brabant')
        c.setFont('Sans', 8.5)
        c.drawString(20 * mm, H - 20 * mm, 'Laboratorium voor Medische Microbiologie en Infectiepreventie')
        c.drawString(20 * mm, H - 24.5 * mm, 'Mgr. Zwijsenlaan 21  ·  5401 HM Uden  ·  0413 - 40 33 50')
        c.setFillColor(colors.black)
        draw_lines(c, 20 * mm, H - 40 * mm, ['Huisartsenpraktijk De Molenhoek', 'J. de Groot, huisarts',
                                             'Molenstraat 9', '5422 XH  Gemert'], size=9)

    def footer(c, page, total):
        c.setFont('Sans', 7)
        c.drawString(20 * mm, 12 * mm, 'Eindrapport - uitslag vrijgegeven na validatie - pagina %d van %d' % (page, total))

    p = Pdf(path, first_top=66, first=first, footer=footer, size=9)
    p.h('UITSLAG MICROBIOLOGIE', size=12, space_before=0)
    p.fields2([('Patiënt', 'R. Benali'), ('Geb.datum', '04-11-1979'), ('Geslacht', 'M'), ('BSN', '999978211')],
              [('Labnummer', 'MB26-118703'), ('Afnamedatum', '02-11-2026'), ('Ontvangen', '03-11-2026'),
               ('Rapportdatum', '06-11-2026')], widths=(24, 56, 32, 58))
    p.sp(2)
    p.fields([('Aanvrager', 'J. de Groot, huisarts (AGB 01-088412)'),
              ('Klinische gegevens', 'Opname in ziekenhuis buitenland (Tanger, Marokko) sept. 2026 i.v.m. '
                                     'polsfractuur; pre-operatieve screening handchirurgie gevraagd.'),
              ('Onderzoek', 'MRSA-screening (kweek met ophoping + PCR)')], label_w=34)
    p.sp(3)
    p.table([['Materiaal', 'Bepaling', 'Uitslag', 'Opmerking'],
             ['Neus (beide neusgaten)', 'MRSA PCR (mecA/mecC)', 'negatief', ''],
             ['Neus (beide neusgaten)', 'MRSA kweek na ophoping', 'MRSA niet aangetoond', 'na 48 uur'],
             ['Keel', 'MRSA kweek na ophoping', 'MRSA niet aangetoond', 'na 48 uur'],
             ['Perineum', 'MRSA kweek na ophoping', 'MRSA niet aangetoond', 'na 48 uur'],
             ['Wond pols links', 'n.v.t.', 'niet ingestuurd', 'geen wond aanwezig']],
            widths=(38, 45, 45, 42), size=8.5, zebra=colors.HexColor('#f3eef2'))
    p.sp(3)
    p.h('Conclusie', size=10)
    p.p('Bij deze screening is geen meticilline-resistente Staphylococcus aureus (MRSA) aangetoond.')
    p.p('Let op: een negatieve screening sluit dragerschap niet volledig uit. Bij ziekenhuisopname binnen 2 maanden '
        'na een opname buitenland adviseert het ziekenhuis een herhaalde screening bij opname.', size=8)
    p.sp(4)
    p.fields([('Gevalideerd door', 'dr. A. Veenstra, arts-microbioloog'), ('Datum validatie', '06-11-2026')], label_w=34)
    p.build()
    return dict(kinds=['mrsa-screening'], date='2026-11-06', also_dates=['2026-11-02'], author='lab', language='nl',
                style='microbiology lab result, coloured letterhead band, four-column header grid, results table',
                imaging_done='unmentioned', operated='unmentioned', treated_abroad='yes',
                notes='Addressee block is the GP practice (not the author). Three dates (sample, received, report) plus '
                      'birth date 04-11-1979 next to them. Admission in Tanger stated in clinical data. '
                      '"pre-operatieve screening" is a plan, not an operation.')


@doc(8)
def d008():
    path = out(8, 'txt')
    t = """RIVERSIDE SURGERY
Dr H. Whitlock  Dr P. Osei  Dr R. Campbell-Hart  Dr M. Sandhu
14 Mill Lane, Kingsbridge, KB4 7RT   Tel: 01632 960418
------------------------------------------------------------------

12 October 2026

The Hand Clinic - Second Opinion Service
Handkliniek Noord-Veluwe
Stationsweg 88
8071 CZ Nunspeet
The Netherlands

Dear Colleague,

Re: Mr Oliver CRANE   DOB 03/02/1979
    NHS No: 999 214 6083
    Current address: Oudegracht 301-B, 3511 PA Utrecht, Netherlands

Thank you for seeing this 47 year old IT consultant who has recently moved to Utrecht for
work and who would like a second opinion about his left wrist before he decides on any
further treatment.

He fell from his mountain bike in October 2025 and attended the Emergency Department at
Kingsbridge Royal Infirmary, where X-rays showed no fracture and he was given a splint. His
pain over the dorsum of the wrist persisted and an MRI in February 2026 reported a partial
tear of the scapholunate ligament with no widening of the SL interval. He was reviewed by
Mr A. Patel, Consultant Hand Surgeon (Kingsbridge Royal Infirmary NHS Trust, Trauma and
Orthopaedic Surgery), who offered him a wrist arthroscopy with a view to debridement or
repair. He has not had any surgery on the wrist so far, and he has had a course of hand
therapy, which helped his grip but not the clicking.

He is keen to know whether arthroscopy is really necessary at this stage or whether a
period of further rehabilitation would be reasonable, and, if surgery is advised, whether
it could be done in the Netherlands now that he lives there.

Question: please advise on the diagnosis and the need for (arthroscopic) surgery.

Active problems:   Left wrist pain - SL ligament injury (2025)
                   Asthma (mild, salbutamol prn)
Medication:        Salbutamol 100mcg inhaler 2 puffs prn
Allergies:         No known drug allergies

I have enclosed copies of the clinic letters and the MRI report; the images can be
requested from the Radiology Department at Kingsbridge Royal Infirmary.

Yours sincerely,


Dr Helen Whitlock
MBBS MRCGP
General Practitioner

cc: Mr O. Crane (patient)
"""
    write_text(path, t, encoding='utf-8', crlf=True)
    return dict(kinds=['referral'], date='2026-10-12', author='gp', language='en',
                style='UK GP practice referral letter exported as plain text (CRLF)', referral_question=True,
                imaging_done='yes', operated='no', treated_abroad='yes',
                notes='Practice is called "Riverside Surgery" and the consultant belongs to "Trauma and Orthopaedic '
                      'Surgery" - neither means an operation; "offered him a wrist arthroscopy" is an offer; "has not '
                      'had any surgery on the wrist" = no. ED and consultant care in the UK = treated abroad. '
                      'DOB 03/02/1979 is day-first UK style.')


@doc(9)
def d009():
    path = out(9, 'docx')
    D = Docx(font='Arial', size=10)
    D.header_table(['**Northfield Hospitals', 'NHS Foundation Trust',
                    'Department of Plastic & Reconstructive Surgery - Hand Unit'],
                   ['Northfield General Hospital', 'Ashby Road, Northfield NF2 9QA',
                    'Switchboard 01632 960 000', 'Hand Unit secretaries 01632 960 772'])
    D.footer('Please quote the hospital number on all correspondence. This letter was dictated but not read.',
             fmt='Page {PAGE} of {NUMPAGES}', size=7.5)
    D.fields([('Hospital No', 'N4471920'), ('NHS No', '999 477 1932'), ('Clinic date', '14/09/2026'),
              ('Date typed', '21/09/2026'), ('Consultant', 'Miss C. Ferreira-Lowe')], widths=(35, 80))
    D.lines(['Dr T. Hughes', 'Millbrook Surgery', '2 Station Road', 'Northfield NF1 3BD'])
    D.p('')
    D.p('Dear Dr Hughes')
    D.p('Re: Mrs Sanne DE VRIES, DOB 19/04/1986, 7 Quarry Close, Northfield NF3 8LW', bold=True)
    D.lv('Diagnosis:', 'Right de Quervain\'s tenosynovitis')
    D.lv('Outcome:', 'Ultrasound requested; review in hand therapy; see again in 10 weeks')
    D.p('')
    D.p('I saw Mrs de Vries, a 40 year old Dutch primary school teacher who has lived in Northfield for the last six '
        'years, in the hand clinic today. She describes pain over the radial side of the right wrist since the birth '
        'of her second child in March, worse with lifting the baby and with pinch grip. Over-the-counter ibuprofen '
        'and a thumb splint bought online have helped only a little. She has had no previous surgery to the right '
        'wrist or hand, and no injections so far.')
    D.p('On examination there is swelling over the first extensor compartment with marked tenderness, and '
        'Finkelstein\'s test is strongly positive. There is no triggering and the CMC joint of the thumb grinds '
        'painlessly. Sensation is normal.')
    D.p('I think the diagnosis is clinically clear. I have explained the options. We will start with a hand therapy '
        'splint and I have requested an ultrasound of the first dorsal compartment, as I would like to look for a '
        'separate EPB sub-compartment before we consider an ultrasound-guided steroid injection. If the injection '
        'fails, surgical release of the first extensor compartment could be considered, but she is not keen at present.')
    D.p('She mentioned that the family may move back to the Netherlands next year, and she asked about continuing '
        'treatment there; I have said that we can provide copies of all letters and the ultrasound report.')
    D.p('')
    D.p('Yours sincerely')
    D.p('')
    D.p('Miss Catarina Ferreira-Lowe', space_after=0)
    D.p('FRCS (Plast)', space_after=0)
    D.p('Consultant Plastic and Hand Surgeon', space_after=0)
    D.p('')
    D.p('cc: Mrs S. de Vries, 7 Quarry Close, Northfield NF3 8LW', size=8.5)
    D.save(path)
    return dict(kinds=['correspondence'], date='2026-09-21', also_dates=['2026-09-14'], author='specialist',
                language='en', style='NHS trust clinic letter in Word, header table letterhead, Diagnosis/Outcome lines',
                imaging_done='unmentioned', operated='no', treated_abroad='yes',
                notes='Written by a UK hospital that treated her -> treated abroad. Ultrasound is only requested and the '
                      'injection would be ultrasound-guided (plan). "Surgical release could be considered" is a '
                      'plan; "no previous surgery to the right wrist" = no. Department "Plastic & Reconstructive '
                      'Surgery" and GP practice "Millbrook Surgery". Clinic date vs typed date.')


@doc(10)
def d010():
    path = out(10, 'pdf')
    W, H = A4

    def first(c, d):
        c.setFont('Serif-Bold', 13); c.drawString(20 * mm, H - 20 * mm, 'Klinikum Hochsauerland-Süd')
        c.setFont('Serif', 9)
        c.drawString(20 * mm, H - 25 * mm, 'Klinik für Unfallchirurgie, Orthopädie und Handchirurgie')
        c.setFont('Sans', 6.5); c.setFillColor(GREY)
        c.drawString(20 * mm, H - 36 * mm, 'Klinikum Hochsauerland-Süd · Am Kurpark 4 · 59955 Winterberg')
        c.setFillColor(colors.black)
        draw_lines(c, 20 * mm, H - 42 * mm, ['Herrn', 'Dr. med. (NL) B. Kramer', 'Huisartsenpraktijk Colmschate',
                                             'Oerdijk 120', '7433 AM Schalkhaar', 'NIEDERLANDE'], size=9.5)
        # right column: staff list, typical German letterhead
        x = 152 * mm
        c.setStrokeColor(colors.lightgrey); c.line(x - 3 * mm, H - 40 * mm, x - 3 * mm, 30 * mm)
        draw_lines(c, x, H - 42 * mm, ['**Chefarzt', 'Prof. Dr. med.', 'Th. Bergmann', '',
                                       '**Leitende Oberärzte', 'Dr. med. K. Lindner', 'Dr. med. S. Ahrens',
                                       '', '**Sekretariat', 'Frau M. Kühn', 'Tel. 02981 / 804-2210',
                                       'Fax 02981 / 804-2219', '', '**Notaufnahme', 'Tel. 02981 / 804-0',
                                       '', '**Datum', '06.02.2026', '', '**Unser Zeichen', 'Li/kü 26-0441'],
                   size=7.5, leading=9.5)

    def later(c, d):
        c.setFont('Sans', 7.5)
        c.drawString(20 * mm, H - 14 * mm, 'Brouwer, Marieke, geb. 11.03.1990 - Entlassungsbrief vom 06.02.2026')

    def footer(c, page, total):
        c.setFont('Sans', 7); c.setFillColor(GREY)
        c.drawString(20 * mm, 10 * mm, 'Klinikum Hochsauerland-Süd gGmbH · Amtsgericht Arnsberg HRB 5512 · IBAN DE00 4165 0001 0000 1234 56')
        c.drawRightString(190 * mm, 10 * mm, 'Seite %d von %d' % (page, total))

    p = Pdf(path, first_top=90, first=first, later=later, footer=footer, size=9.2, margins=(20, 62, 20, 20))
    p.h('Entlassungsbrief', size=12, space_before=0)
    p.p('Sehr geehrter Herr Kollege Kramer,')
    p.p('wir berichten über Ihre Patientin Frau Marieke Brouwer, geb. 11.03.1990, wohnhaft Roggestraat 12, '
        '7413 AE Deventer (NL), die sich vom 02.02.2026 bis 06.02.2026 in unserer stationären Behandlung befand.')
    p.h('Diagnosen', size=10)
    p.p('Distale intraartikuläre Radiusfraktur links (AO 23-C1), Skiunfall am 02.02.2026\n'
        'Nebendiagnosen: Z.n. Appendektomie (2008); Asthma bronchiale, gut eingestellt')
    p.h('Therapie', size=10)
    p.p('03.02.2026: Offene Reposition und winkelstabile palmare Plattenosteosynthese (Radius links)')
    p.h('Anamnese und Verlauf', size=10)
    p.p('Die Patientin stürzte am Aufnahmetag beim Skifahren auf die ausgestreckte linke Hand. Bei Aufnahme '
        'Fehlstellung und Schwellung des linken Handgelenks, DMS intakt. Röntgen Handgelenk links in 2 Ebenen '
        'sowie ergänzende CT zeigten eine dislozierte intraartikuläre distale Radiusfraktur mit dorsaler Abkippung '
        'von 25°. Nach Aufklärung erfolgte am Folgetag die operative Versorgung. Der postoperative Verlauf war '
        'komplikationslos, die Wundverhältnisse reizlos. Postoperative Röntgenkontrolle: regelrechte Stellung, '
        'korrekte Implantatlage. Das MRSA-Aufnahmescreening war negativ. Entlassung in gutem Allgemeinzustand.')
    p.h('Operationsbericht (03.02.2026)', size=10)
    p.fields([('Operateur', 'OA Dr. med. K. Lindner'), ('Assistenz', 'Dr. med. J. Öztürk'),
              ('Anästhesie', 'Plexusanästhesie (axillär) + Sedierung'), ('Blutsperre', '250 mmHg, 64 min'),
              ('Eingriff', 'Offene Reposition, palmare winkelstabile Plattenosteosynthese (2,4 mm) Radius links')],
             label_w=26, size=8.8)
    p.p('Rückenlage, Arm auf Armtisch, Hautdesinfektion und steriles Abdecken. Blutsperre. Erweiterter Zugang nach '
        'Henry über der FCR-Sehne. Darstellen und Ablösen des M. pronator quadratus. Frakturdarstellung, '
        'Ausräumen des Frakturhämatoms, Reposition unter Bildwandlerkontrolle, temporäre K-Draht-Fixation. '
        'Anlage einer anatomisch vorgeformten palmaren Platte, Besetzen mit winkelstabilen Schrauben distal und '
        'Kortikalisschrauben proximal. Bildwandlerkontrolle in 2 Ebenen: regelrechte Gelenkflächenrekonstruktion, '
        'keine intraartikuläre Schraubenlage. Refixation des M. pronator quadratus, schichtweiser Wundverschluss, '
        'Hautnaht in Rückstichtechnik, steriler Verband, dorsale Unterarmschiene.', size=8.8)
    p.h('Procedere', size=10)
    p.p('Weiterbehandlung durch den Hausarzt bzw. die Unfallchirurgie am Heimatort in den Niederlanden. '
        'Fadenzug am 12.–14. postoperativen Tag. Schiene für 2 Wochen, danach funktionelle Nachbehandlung mit '
        'Handtherapie. Röntgenkontrolle nach 6 Wochen. Eine Metallentfernung ist nicht zwingend erforderlich. '
        'Thromboseprophylaxe nicht erforderlich. Analgesie mit Ibuprofen 600 mg bis zu 3 x tgl.')
    p.p('Mit freundlichen kollegialen Grüßen')
    p.sp(8)
    p.table([['Prof. Dr. med. Th. Bergmann', 'Dr. med. K. Lindner'], ['Chefarzt', 'Leitender Oberarzt']],
            widths=(60, 60), header=False, grid=False)
    p.build()
    return dict(kinds=['correspondence', 'operation-report'], date='2026-02-06', author='specialist', language='de',
                style='German Entlassungsbrief, right-hand staff column letterhead, embedded Operationsbericht section',
                imaging_done='yes', operated='yes', treated_abroad='yes',
                notes='Discharge letter with a full operation report section (operator, date, procedure description) = '
                      'both kinds. Date only in the narrow right-hand staff column ("Datum 06.02.2026") which text '
                      'extraction may interleave with the address; admission 02.02 and birth date 11.03.1990 nearby. '
                      '"MRSA-Aufnahmescreening war negativ" is a mention, not a lab result.')


@doc(11)
def d011():
    path = out(11, 'pdf')
    W, H = A4

    def first(c, d):
        c.setFont('Sans-Bold', 11); c.drawString(20 * mm, H - 18 * mm, 'Evangelisches Krankenhaus Niederrhein-West')
        c.setFont('Sans', 8.5)
        c.drawString(20 * mm, H - 23 * mm, 'Institut für Diagnostische und Interventionelle Radiologie')
        c.drawString(20 * mm, H - 27 * mm, 'Chefärztin Dr. med. R. Hollmann')
        c.setFont('Sans', 7.5); c.setFillColor(GREY)
        c.drawRightString(190 * mm, H - 18 * mm, 'Bahnhofstraße 55 · 47623 Kevelaer')
        c.drawRightString(190 * mm, H - 22 * mm, 'Tel. +49 2832 / 71-4400')
        c.setFillColor(colors.black)
        c.line(20 * mm, H - 30 * mm, 190 * mm, H - 30 * mm)

    def footer(c, page, total):
        c.setFont('Sans', 7)
        c.drawString(20 * mm, 10 * mm, 'Befund elektronisch freigegeben · RIS-Nr. 26-558120 · Seite %d/%d' % (page, total))

    p = Pdf(path, first_top=36, first=first, footer=footer, size=9.5)
    p.fields2([('Patient', 'van Leeuwen, Bart'), ('geb. am', '29.05.1977'), ('Pat.-Nr.', '20266 0183'),
               ('Station', 'ZNA')],
              [('Zuweiser', 'Zentrale Notaufnahme, Dr. med. P. Kaya'), ('Untersuchung', '17.05.2026, 21:36'),
               ('Befunddatum', '17.05.2026'), ('Kostenträger', 'EHIC / NL')], widths=(22, 55, 32, 61))
    p.sp(3)
    p.h('Röntgen Handgelenk rechts in 2 Ebenen sowie Kahnbeinquartett', size=11)
    p.lv('Klinische Angaben:', 'LKW-Fahrer, Sturz von der Ladefläche auf die re. Hand. Druckschmerz Tabatière. '
         'Fraktur?')
    p.lv('Voraufnahmen:', 'keine')
    p.h('Befund', size=10)
    p.p('Regelrechte Artikulation im radiokarpalen und mediokarpalen Gelenk. Kein Nachweis einer Fraktur, '
        'insbesondere keine Frakturlinie im Os scaphoideum in den Spezialprojektionen. Karpale Bögen nach Gilula '
        'harmonisch, kein Anhalt für eine skapholunäre Dissoziation (SL-Spalt 2 mm). Ulna-Neutralvariante. '
        'Mäßige Weichteilschwellung radialseitig. Keine Fremdkörper.')
    p.h('Beurteilung', size=10)
    p.p('Kein Frakturnachweis. Bei fortbestehendem klinischem Verdacht auf eine okkulte Skaphoidfraktur '
        'Ruhigstellung und MRT bzw. Röntgenkontrolle in 10–14 Tagen empfohlen (heimatnah).')
    p.sp(6)
    p.p('Dr. med. H. Vogt\nFacharzt für Radiologie', size=9)
    p.build()
    return dict(kinds=['imaging-report'], date='2026-05-17', author='radiologist', language='de',
                style='German radiology Befund, four-column header fields, Befund/Beurteilung',
                imaging_done='yes', operated='unmentioned', treated_abroad='yes',
                notes='Negative finding ("Kein Frakturnachweis") still means imaging done; "Voraufnahmen: keine" is '
                      'about earlier images only. Report by a German hospital that saw the patient in its ED '
                      '(Zuweiser ZNA, EHIC/NL payer) -> treated abroad. MRI only recommended.')


@doc(12)
def d012():
    path = out(12, 'docx')
    D = Docx(font='Arial', size=10)
    D.header_table(['**Kreiskrankenhaus Emmerich-Rees', 'Klinik für Hand-, Plastische und Rekonstruktive Chirurgie',
                    'Chefarzt Dr. med. F. Terhorst'],
                   ['Wilhelmstraße 30', '46446 Emmerich am Rhein', 'Tel. +49 2822 / 73-0'])
    D.footer('Operationsbericht - vertraulich - nur für den medizinischen Gebrauch', fmt='Seite {PAGE} von {NUMPAGES}')
    D.h('OPERATIONSBERICHT', size=14)
    D.table([['Patient', 'Sanders, Ruud', 'geb.', '08.08.1993'],
             ['Fallnummer', '2026 041 772', 'Station', 'H2 (Handchirurgie)'],
             ['OP-Datum', '23.06.2026', 'OP-Saal', '3'],
             ['Operateur', 'Dr. med. F. Terhorst', 'Assistenz', 'Dr. med. A. Wiśniewska'],
             ['Anästhesie', 'ITN (Dr. med. G. Brandt)', 'Blutsperre', '280 mmHg, 92 min']],
            widths=(28, 55, 25, 55), header=False, bold_first_col=True)
    D.lv('Diagnose:', 'Skaphoidpseudarthrose rechts (Taille), Z.n. konservativ behandelter Kahnbeinfraktur 11/2025')
    D.lv('Indikation:', 'Persistierende belastungsabhängige Schmerzen; im CT vom 02.06.2026 Pseudarthrose mit '
         'Sklerosesaum und beginnender Humpback-Deformität, Vitalität des proximalen Pols im MRT erhalten.')
    D.lv('Eingriff:', 'Anfrischung der Pseudarthrose, Interposition eines kortikospongiösen Beckenkammspans '
         '(rechts) und Osteosynthese mit kanülierter Doppelgewindeschraube (Matti-Russe modifiziert)')
    D.h('Operationsverlauf', size=11)
    D.p('Rückenlage, Armtisch rechts, Oberarmblutsperre. Palmarer Zugang über dem Skaphoid in Verlängerung der '
        'FCR-Sehne, Eröffnen der Sehnenscheide, Darstellung der palmaren Gelenkkapsel, die längs inzidiert wird. '
        'Darstellung der Pseudarthrose in der Taille mit sklerotischen Fragmentenden und Resorptionszone. '
        'Anfrischen beider Fragmente mit dem Meißel und der Fräse bis zu blutendem Knochen. Korrektur der '
        'Humpback-Deformität mit Joysticks.')
    D.p('Über separaten Zugang am rechten Beckenkamm Entnahme eines 2 x 1 cm großen kortikospongiösen Spans, '
        'schichtweiser Wundverschluss dort nach Einlage einer Redondrainage.')
    D.p('Einpassen des Spans, temporäre K-Draht-Fixation, Bildwandlerkontrolle. Platzieren des Führungsdrahts '
        'zentral in der Längsachse, Überbohren und Einbringen einer 22-mm-Doppelgewindeschraube. '
        'Bildwandlerkontrolle in 4 Ebenen: gute Stellung, Schraube vollständig intraossär. Kapselnaht, '
        'Subkutannaht, Intrakutannaht. Steriler Verband, Unterarm-Daumen-Gipsschiene.')
    D.lv('Komplikationen:', 'keine')
    D.lv('Procedere:', 'Hochlagerung, Redon ex am 1. postop. Tag. Unterarmgips mit Daumeneinschluss für 8 Wochen, '
         'dann CT-Kontrolle zur Beurteilung der Konsolidierung. Fadenzug am 14. Tag (Hausarzt in den Niederlanden '
         'möglich). Arbeitsunfähigkeit voraussichtlich 12 Wochen.')
    D.p('')
    D.p('Emmerich, 23.06.2026')
    D.p('Dr. med. F. Terhorst, Chefarzt', space_after=0)
    D.p('Facharzt für Plastische und Ästhetische Chirurgie, Zusatzbezeichnung Handchirurgie', size=8.5)
    D.save(path)
    return dict(kinds=['operation-report'], date='2026-06-23', author='specialist', language='de',
                style='German Operationsbericht in Word, header table, field grid, footer with page numbers',
                imaging_done='yes', operated='yes', treated_abroad='yes',
                notes='Operation in a German hospital (treated abroad). Imaging = CT and MRI named in the indication; '
                      'intraoperative "Bildwandlerkontrolle" alone would be borderline. Also a bone graft from the '
                      'pelvis (other site) inside the same wrist operation. Birth date 08.08.1993 in the grid.')


@doc(13)
def d013():
    path = out(13, 'txt')
    t = """================================================================================
 STREEKLAB FRIESLAND-ZUID  -  Medische Microbiologie
 Dokter Kijlstraweg 6, 8442 NN Heerenveen          tel. 0513 - 68 51 90
================================================================================
 UITSLAG                                                 Status: DEFINITIEF
--------------------------------------------------------------------------------
 Patiënt      : Postma-Wiersma, G.        Geb.datum : 14-02-1951   V
 BSN          : 999902781                  Patiëntnr.: F0-229147
 Aanvrager    : T. Kuipers, huisarts, Gezondheidscentrum Het Vlak, Joure
 Kopie aan    : Handkliniek Noord-Veluwe (op verzoek)
 Ordernummer  : 26-MB-443019
 Afname       : 28-10-2026 09:40     Ontvangst : 28-10-2026 16:05
 Uitslag      : 31-10-2026 11:12
--------------------------------------------------------------------------------
 Klinische gegevens: screening voorafgaand aan beoordeling handchirurgie
--------------------------------------------------------------------------------
 Materiaal          Bepaling                       Uitslag
 ----------------   ----------------------------   ---------------------------
 Neusswab           MRSA kweek (ophoping)          Negatief
 Keelswab           MRSA kweek (ophoping)          Negatief
 Perineumswab       MRSA kweek (ophoping)          Negatief
 --                 MRSA PCR (pool)                Niet aangetoond

 CONCLUSIE: Geen MRSA aangetoond in de ingezonden materialen.

 Opmerking: kweek ingezet op chromogene MRSA-agar na 18 uur ophoping in
 selectieve bouillon; afgelezen na 24 en 48 uur.
--------------------------------------------------------------------------------
 Geautoriseerd: drs. H.J. Bosma, arts-microbioloog          31-10-2026
================================================================================
"""
    write_text(path, t, encoding='utf-8')
    return dict(kinds=['mrsa-screening'], date='2026-10-31', also_dates=['2026-10-28'], author='lab', language='nl',
                style='fixed-width lab result text printout (LIS export)',
                imaging_done='unmentioned', operated='unmentioned', treated_abroad='unmentioned',
                notes='Plain-text table, requester is the GP (author is the lab). Sample, receipt and result dates on '
                      'adjacent lines; birth date on the first patient line. No reason for the screening given.')


@doc(14)
def d014():
    path = out(14, 'pdf')
    W, H = A4

    def first(c, d):
        c.setFillColor(colors.HexColor('#005a8c'))
        c.setFont('Serif-Bold', 15); c.drawString(20 * mm, H - 20 * mm, 'AZ Kempenheide')
        c.setFont('Serif', 9); c.drawString(20 * mm, H - 25 * mm, 'campus Mol  ·  Dienst Orthopedie en Traumatologie')
        c.setFillColor(colors.black)
        draw_lines(c, 190 * mm, H - 18 * mm, ['Kasteelstraat 23, 2400 Mol', 'tel. +32 14 31 77 00',
                                              'raadpleging orthopedie +32 14 31 77 42', 'RIZIV 7.10.512'],
                   size=7.5, align='right', color=GREY)
        draw_lines(c, 115 * mm, H - 45 * mm, ['Dokter R. Verhoeven', 'Huisartsenpraktijk Reusel',
                                              'Wilhelminalaan 3', '5541 CR  Reusel', 'Nederland'], size=9.5)

    def footer(c, page, total):
        c.setFont('Sans', 7); c.setFillColor(GREY)
        c.drawString(20 * mm, 10 * mm, 'AZ Kempenheide vzw  ·  ondernemingsnr. 0412.555.018')
        c.drawRightString(190 * mm, 10 * mm, '%d/%d' % (page, total))

    p = Pdf(path, first_top=80, first=first, footer=footer, size=9.5)
    p.p('Mol, 3 juni 2026')
    p.sp(2)
    p.lv('Betreft:', 'mevrouw Lotte Verhulst, °14/08/1966 - raadpleging van 29/05/2026')
    p.sp(2)
    p.p('Geachte collega,')
    p.p('Uw patiënte, die als verpleegkundige in ons ziekenhuis werkt, werd op de raadpleging gezien voor een '
        'zwelling aan de rugzijde van de linkerpols, sinds een drietal maanden aanwezig. Zij meldt een trekkende '
        'pijn bij steunen (bv. bij het rechtop helpen van patiënten) en bij yoga. Geen trauma. Patiënte werd '
        'nooit eerder geopereerd aan de pols of hand.')
    p.h('Klinisch onderzoek', size=10)
    p.p('Soepele, drukgevoelige zwelling van ca. 1,5 cm dorsaal ter hoogte van het scapholunair gewricht, '
        'doorschijnend bij transilluminatie. Volledige mobiliteit, Watson-test negatief. Neurovasculair intact.')
    p.h('Technische onderzoeken', size=10)
    p.p('RX linkerpols (F + P): geen ossale letsels, geen tekens van artrose, normale carpale uitlijning.\n'
        'Echografie linkerpols: multiloculair cystisch letsel van 16 x 11 mm met steel richting het scapholunair '
        'ligament, passend bij een ganglion.')
    p.h('Besluit', size=10)
    p.p('Dorsaal polsganglion links.')
    p.h('Beleid', size=10)
    p.p('Ik heb patiënte uitgelegd dat een ganglion een goedaardig letsel is dat in een aanzienlijk deel van de '
        'gevallen spontaan verdwijnt. Momenteel is er geen indicatie tot heelkundige ingreep. Bij toename van de '
        'klachten kan een punctie of een artroscopische resectie overwogen worden. Zij komt terug op raadpleging '
        'indien nodig. Zij gaf aan ook graag met haar huisarts in Nederland te overleggen.')
    p.sp(3)
    p.p('Met collegiale groeten,')
    p.sp(8)
    p.p('dr. Pieter Claeys\nOrthopedisch chirurg\nRIZIV 1-55421-37-580')
    p.build()
    return dict(kinds=['correspondence'], date='2026-06-03', also_dates=['2026-05-29'], author='specialist',
                language='nl', style='Belgian (Flemish) consultation letter: raadpleging, Besluit, ° before birth date, RIZIV number',
                imaging_done='yes', operated='no', treated_abroad='yes',
                notes='Belgian hospital letter to a Dutch GP -> treated abroad. Flemish vocabulary (raadpleging, '
                      'heelkundige ingreep, Besluit, technische onderzoeken, RX). Birth date written "°14/08/1966" '
                      'on the Betreft line together with the consultation date. "nooit eerder geopereerd" = no; '
                      'arthroscopic resection only considered.')


@doc(15)
def d015():
    path = out(15, 'pdf')
    W, H = A4

    def first(c, d):
        c.setFont('Sans-Bold', 12); c.drawString(20 * mm, H - 19 * mm, 'AZ Zeelandpoort')
        c.setFont('Sans', 8.5); c.drawString(20 * mm, H - 24 * mm, 'Dienst Medische Beeldvorming')
        c.drawString(20 * mm, H - 28 * mm, 'Diensthoofd: dr. K. Desmet')
        draw_lines(c, 190 * mm, H - 19 * mm, ['Zeedijk 250', '8300 Knokke-Heist', 'Secretariaat RX +32 50 63 12 80'],
                   size=7.5, align='right')
        c.line(20 * mm, H - 31 * mm, 190 * mm, H - 31 * mm)

    def later(c, d):
        c.setFont('Sans', 7.5); c.drawString(20 * mm, H - 14 * mm, 'Verslag CT linkerpols - Janssen Maarten - vervolg')

    def footer(c, page, total):
        c.setFont('Sans', 7)
        c.drawCentredString(W / 2, 10 * mm, '- %d -' % page)

    p = Pdf(path, first_top=38, first=first, later=later, footer=footer, size=9.3, columns=1)
    p.fields([('Naam patiënt', 'JANSSEN Maarten'), ('Geboortedatum', '21/11/1958'),
              ('Adres', 'Kanaalweg 8, 4501 NN Oostburg (NL)'),
              ('Aanvragende arts', 'dr. S. Vandamme - spoedgevallendienst'),
              ('Onderzoek', 'CT-scan linkerpols zonder contrast (+ 3D-reconstructies)'),
              ('Datum onderzoek', '21/03/2026'), ('Dossiernummer', 'ZP 2026/0 388 104')], label_w=36, size=9)
    p.sp(3)
    p.h('Klinische inlichtingen', size=10)
    p.p('Val met de fiets op de dijk, pijnlijke gezwollen linkerpols. RX: distale radiusfractuur. Intra-articulaire '
        'uitbreiding?')
    p.h('Verslag', size=10)
    p.p('Distale radiusfractuur links met dorsale kanteling van ongeveer 20° en een intra-articulaire fractuurlijn '
        'die de fossa scaphoidea bereikt, met een stapje van 2 mm in het gewrichtsoppervlak. Geen fractuur van de '
        'processus styloideus ulnae. Geen carpale fracturen, met name het os scaphoideum is intact. '
        'Distaal radio-ulnair gewricht congruent. Weke delenzwelling dorsaal. Voor het overige geen bijzonderheden.')
    p.h('Besluit', size=10)
    p.p('Intra-articulaire distale radiusfractuur links (AO 23-C1) met dorsale kanteling en 2 mm stap in de '
        'radiocarpale gewrichtsoppervlakte. Verder geen letsels.')
    p.sp(5)
    p.p('Dr. An Vermeulen, radioloog\nVerslag gevalideerd op 21/03/2026 om 19:04', size=9)
    p.p('Kopie: dr. S. Vandamme (spoedgevallendienst); huisarts patiënt', size=8)
    p.build()
    return dict(kinds=['imaging-report'], date='2026-03-21', author='radiologist', language='nl',
                style='Belgian radiology report (Dienst Medische Beeldvorming), Flemish terms, day/month/year slashes',
                imaging_done='yes', operated='unmentioned', treated_abroad='yes',
                notes='Dutch patient (Oostburg) imaged at the emergency department of a Belgian hospital -> treated '
                      'abroad. "Besluit" is the conclusion. Birth date 21/11/1958 and exam date 21/03/2026 share the '
                      'day number and slash format.')


@doc(16)
def d016():
    path = out(16, 'docx')
    D = Docx(font='Arial', size=9.5, margins=(15, 18, 18, 18))
    D.header_table(['**Wessex Coast NHS Trust', 'St Aldhelm\'s Hospital - Day Surgery Unit'],
                   ['OPERATION NOTE', 'Theatre 4'])
    D.footer('Printed from theatre system ORMIS  ·  copy to patient notes, GP', fmt='Page {PAGE} of {NUMPAGES}')
    D.table([['Patient name', 'Hendrika (Riek) BOS', 'Hospital no', 'SA-0944718'],
             ['Date of birth', '14/02/1975', 'NHS number', '999 603 5528'],
             ['Date of operation', '07/08/2026', 'Ward', 'Day Surgery'],
             ['Surgeon', 'Mr J. Okafor, Consultant Hand Surgeon', 'Assistant', 'Dr L. Marsh (ST4)'],
             ['Anaesthetist', 'n/a - local anaesthetic', 'Anaesthetic', 'WALANT (1% lidocaine + adrenaline, 15 ml)'],
             ['Tourniquet', 'None', 'Antibiotics', 'None'],
             ], widths=(32, 55, 28, 55), header=False, bold_first_col=False, size=9)
    D.lv('Indication:', 'Right carpal tunnel syndrome, NCS moderate-severe, failed splinting and one steroid injection.')
    D.lv('Procedure:', 'Right open carpal tunnel decompression')
    D.lv('Findings:', 'Thick transverse carpal ligament; median nerve flattened with hourglass constriction and '
         'hyperaemia proximal to it. No space-occupying lesion. Motor branch extraligamentous, intact.')
    D.h('Description', size=10)
    D.p('Skin prepped with chlorhexidine and draped. 3 cm longitudinal incision in line with radial border of ring '
        'finger, proximal to Kaplan\'s line. Palmar fascia divided. Transverse carpal ligament divided under direct '
        'vision from distal to proximal, including the distal antebrachial fascia for 2 cm. Nerve inspected - as above. '
        'Haemostasis. Skin closed with 4/0 Prolene interrupted mattress sutures. Mepore dressing and wool-and-crepe.')
    D.lv('Blood loss:', 'minimal')
    D.lv('Complications:', 'none')
    D.h('Post-operative instructions', size=10)
    D.p('Elevate for 48 hours; reduce bulky dressing to a light one at 48 h. Active finger movements from today. '
        'Removal of sutures at 12-14 days at her GP surgery (practice nurse). Hand therapy referral sent. '
        'Clinic review in 6 weeks (telephone clinic acceptable - patient returns to the Netherlands next month). '
        'Safety-net advice given.')
    D.p('')
    D.p('Signed: J. Okafor  (electronically)        Date/time: 07/08/2026 14:22', size=9)
    D.save(path)
    return dict(kinds=['operation-report'], date='2026-08-07', author='specialist', language='en',
                style='NHS theatre system Operation Note in Word, header table, patient grid',
                imaging_done='unmentioned', operated='yes', treated_abroad='yes',
                notes='UK hospital operation -> treated abroad. "Day Surgery Unit" and "GP surgery" are place names. '
                      'DOB 14/02/1975 and operation date 07/08/2026 in the same grid, both day-first. NCS is not '
                      'imaging.')
