# tl-033 .. tl-048
from lib import *
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.pagesizes import A4

GREY = colors.HexColor('#555555')


@doc(33)
def d033():
    path = out(33, 'docx')
    D = Docx(font='Segoe UI', size=9.5)
    D.header_table(['**Ziekenhuis Amstelpark', 'Department of Plastic, Reconstructive and Hand Surgery'],
                   ['Laan van de Helende Meesters 8', '1186 AM Amstelveen', 'T +31 20 755 40 00'])
    D.footer('Ziekenhuis Amstelpark · Plastic Surgery outpatient clinic, route 19', fmt='Page {PAGE} of {NUMPAGES}')
    D.lines(['Dr. M. Bakker, general practitioner', 'Huisartsenpraktijk Westwijk', 'Westwijkplein 6',
             '1187 KN  Amstelveen'])
    D.p('')
    D.table([['Our reference', 'Date', 'Re'],
             ['PCH/VN/26-22051', '2 October 2026', 'Mr Lukas NOVÁK, date of birth 12 May 1985, patient no. 6612 0347']],
            widths=(40, 35, 95), style=None)
    D.p('Dear Dr. Bakker,')
    D.p('Your patient, a Czech national who has lived in Amstelveen since 2019, was seen again in our outpatient clinic '
        'on 29 September 2026. As his Dutch is limited, this letter is written in English at his request.')
    D.h('History', size=10.5)
    D.p('On 14 February 2026 he fell on his outstretched right thumb while skiing in Ischgl, Austria. He did not '
        'seek medical attention in Austria and presented to our emergency department two days after returning '
        'home, on 18 February. An ultrasound on 19 February confirmed a complete rupture of the ulnar collateral '
        'ligament of the thumb MCP joint with a Stener lesion. On 24 February 2026 he underwent a primary repair of '
        'the UCL with a bone anchor (Mini Mitek) by the undersigned, followed by 5 weeks of splinting and hand therapy.')
    D.h('Current complaints', size=10.5)
    D.p('Despite good compliance with therapy he reports persistent pain and a feeling of instability when holding a '
        'pen or a cup, and he cannot grip his toddler\'s car seat. Pain score 5/10 under load.')
    D.h('Examination', size=10.5)
    D.p('Well healed scar. MCP flexion 45° (left 60°). Radial stress test in 30° flexion: 35° opening with a soft end '
        'point (left 15°, firm). No tenderness over the anchor. Normal sensation of the radial digital nerve.')
    D.h('Imaging', size=10.5)
    D.p('Today\'s X-ray of the right thumb shows the anchor in a good position and early degenerative changes of the MCP '
        'joint, without subluxation at rest.')
    D.h('Conclusion', size=10.5)
    D.p('Recurrent instability of the MCP-1 joint after UCL repair, with early degeneration.')
    D.h('Plan', size=10.5)
    D.p('We discussed a secondary reconstruction with a tendon graft (palmaris longus) versus an MCP-1 arthrodesis. '
        'Mr Novák would like to obtain a second opinion before making a decision, which we fully support. We will send '
        'the operation report and imaging on request. No follow-up appointment has been scheduled.')
    D.p('')
    D.p('Kind regards,')
    D.p('')
    D.p('dr. V. Nieuwenhuis', space_after=0)
    D.p('Plastic and hand surgeon', space_after=0)
    D.p('cc: Mr L. Novák', size=8.5)
    D.save(path)
    return dict(kinds=['correspondence'], date='2026-10-02', also_dates=['2026-09-29'], author='specialist',
                language='en', style='Dutch hospital outpatient letter written in English for an expat; reference/date/Re table',
                imaging_done='yes', operated='yes', treated_abroad='no',
                notes='Accident abroad (Austria) but "did not seek medical attention in Austria", treated in NL -> no. '
                      'Hospital street "Laan van de Helende Meesters" and department name contain surgery words. '
                      'Operation of 24 February is a fact; reconstruction/arthrodesis are options. Czech nationality is '
                      'irrelevant. Reference-table row holds date and birth date in words.')


@doc(34)
def d034():
    path = out(34, 'txt')
    fax1 = "26-OKT-2026 10:42   VAN: ISALA-NOORD ORTHOPEDIE   +31 38 424 7700   AAN: 0522241180   P.001/002\n"
    fax2 = "26-OKT-2026 10:43   VAN: ISALA-NOORD ORTHOPEDIE   +31 38 424 7700   AAN: 0522241180   P.002/002\n"
    t = fax1 + """

                 ZIEKENHUIS ISALA-NOORD  -  Orthopedie
                 Dokter van Heesweg 2, 8025 AB Zwolle
                 polikliniek orthopedie 038 - 424 77 00

Huisartsenpraktijk Staphorst-Oost
t.a.v. mw. I. Schuurman, huisarts
Gemeenteweg 180
7951 PG  STAPHORST

Zwolle, 21 oktober 2026
Ons kenmerk: ORT/HvdL/26-10-118
Betreft: Lotte Brink, geb. 02-06-2010, Meeleweg 4, Staphorst

Geachte collega,

Op 14 oktober zagen wij uw 16-jarige patiënte op de polikliniek orthopedie
(kinder- en handorthopedie) in verband met pijn in de rechterpols sinds het
voorjaar. Zij turnt op hoog niveau (selectie regionaal talententeam) en heeft
vooral pijn bij steunsprongen en handstanden. Geen duidelijk trauma.

Lichamelijk onderzoek: lichte zwelling dorsaal centraal, drukpijn boven het
os lunatum, extensie 50 graden (links 80), flexie 60 graden. Knijpkracht
rechts 18 kg, links 26 kg.

Aanvullend onderzoek: de conventionele opnamen van beide polsen (14-10-2026)
tonen een negatieve ulnavariant rechts van 2 mm en een lichte sclerose van
het lunatum zonder collaps. De MRI van de rechterpols (17-10-2026) laat een
diffuus verlaagd signaal van het os lunatum zien op de T1-gewogen opnamen met
gedeeltelijk herstel na contrast, passend bij een ziekte van Kienböck stadium
II (Lichtman). Geen fractuurlijn, geen collaps van de proximale rij.

Conclusie: M. Kienböck rechts, stadium II, bij negatieve ulnavariant.

Beleid: wij hebben met patiënte en haar ouders de situatie uitgebreid be-
sproken. Wij starten met een periode van ontlasting: stoppen met turnen (in
overleg met de trainer), een polsspalk overdag gedurende 3 maanden en
controle met een nieuwe MRI na 3 maanden. Bij progressie of aanhoudende
klachten is een radiusverkortende osteotomie een optie; dat is nu nog niet
aan de orde. Moeder vroeg naar de mogelijkheid van een second opinion in een
gespecialiseerd handcentrum; daar staan wij positief tegenover.

""" + "\f" + fax2 + """
Betreft: Lotte Brink, geb. 02-06-2010 - vervolg


Met collegiale groet,


dr. H. van der Linden, orthopedisch chirurg
mede namens R. Bosman, AIOS orthopedie

c.c.: ouders van patiënte
      dr. J. Wevers, kinderarts (i.v.m. sportkeuring)
"""
    write_text(path, t, encoding='cp1252', crlf=True)
    return dict(kinds=['correspondence'], date='2026-10-21', also_dates=['2026-10-14'], author='specialist',
                language='nl', style='faxed outpatient letter transcribed to text: fax header with send date on every page, form feed, CRLF, Windows-1252',
                imaging_done='yes', operated='unmentioned', treated_abroad='unmentioned',
                notes='Fax send date 26-OKT-2026 is the first date on each page but not the letter date (21 oktober '
                      '2026). Hyphenated line break "be-/sproken". Radius-shortening osteotomy is only an option; second '
                      'opinion mentioned by the mother, not a referral. Consultation date 14 oktober, X-ray and MRI '
                      'dates also near.')


@doc(35)
def d035():
    path = out(35, 'pdf')
    W, H = A4

    def first(c, d):
        c.setFont('Serif-Bold', 13)
        c.drawCentredString(W / 2, H - 18 * mm, 'Praxisklinik für Handchirurgie Aachen')
        c.setFont('Serif', 8.5)
        c.drawCentredString(W / 2, H - 23 * mm, 'Dr. med. Jens Albrecht · Facharzt für Chirurgie und Plastische Chirurgie, Handchirurgie')
        c.drawCentredString(W / 2, H - 27 * mm, 'Theaterstraße 61 · 52062 Aachen · Tel. +49 241 / 40 19 88-0 · info@handchirurgie-albrecht.de')
        c.line(20 * mm, H - 30 * mm, 190 * mm, H - 30 * mm)
        draw_lines(c, 20 * mm, H - 40 * mm, ['Huisartsenpraktijk Bleijerheide', 'z.Hd. Frau E. Hermans, huisarts',
                                             'Pannesheiderstraat 20', '6462 EB Kerkrade', 'Niederlande'], size=9.5)

    def footer(c, page, total):
        c.setFont('Serif', 7)
        c.drawCentredString(W / 2, 10 * mm, 'Bankverbindung: Sparkasse Aachen · IBAN DE00 3905 0000 0000 4433 21 · Seite %d' % page)

    p = Pdf(path, font='Serif', first_top=72, first=first, footer=footer, size=9.8)
    p.p('Aachen, den 27.08.2026', align=2)
    p.lv('Patient:', 'Herr Theo Willems, geb. 27.08.1958, Kerkrade (NL)')
    p.lv('Vorstellung am:', '25.08.2026')
    p.sp(2)
    p.p('Sehr geehrte Frau Kollegin Hermans,')
    p.p('vielen Dank für die Überweisung des o.g. Patienten, den wir am 25.08.2026 in unserer Sprechstunde gesehen haben.')
    p.lv('Diagnosen:', 'Morbus Dupuytren der linken Hand, Stadium II nach Tubiana am Ringfinger, Stadium I am Kleinfinger; '
         'Knuckle pads Dig. III und IV')
    p.h('Anamnese', size=10)
    p.p('Der 68-jährige Rechtshänder bemerkt seit ca. 3 Jahren zunehmende Knoten in der linken Hohlhand und seit einem '
        'Jahr eine Beugestellung des Ringfingers. Beim Händeschütteln und beim Handschuhanziehen fühlt er sich '
        'behindert. Eine operative Therapie oder eine Nadelfasziotomie ist bislang nicht erfolgt. Der Vater litt '
        'ebenfalls an einem Morbus Dupuytren. Alkohol gelegentlich, Nikotin: 20 py, seit 2015 Nichtraucher.')
    p.h('Befund', size=10)
    p.p('Strangbildung palmar über dem 4. Strahl bis ins Grundglied, MCP-Streckdefizit 40°, PIP-Streckdefizit 30°. '
        'Kleinfinger: palmarer Knoten, kein Streckdefizit. Tabletop-Test positiv. Sensibilität intakt.')
    p.lv('Bildgebung:', 'Röntgen der linken Hand in 2 Ebenen vom 18.08.2026 (extern, Radiologie Eschweiler): keine '
         'knöchernen Läsionen, keine Arthrose der Fingergelenke.')
    p.h('Procedere', size=10)
    p.p('Wir haben dem Patienten eine partielle Fasziektomie am Ringfinger links empfohlen. Als Alternative wurde die '
        'perkutane Nadelfasziotomie erläutert, mit höherer Rezidivrate. Der Patient möchte sich die Entscheidung '
        'überlegen und ggf. eine Zweitmeinung in den Niederlanden einholen, da die Kostenübernahme durch seine '
        'niederländische Krankenversicherung noch ungeklärt ist. Eine Wiedervorstellung erfolgt nach Rücksprache.')
    p.sp(3)
    p.p('Mit freundlichen kollegialen Grüßen')
    p.sp(7)
    p.p('Dr. med. Jens Albrecht')
    p.build()
    return dict(kinds=['correspondence'], date='2026-08-27', also_dates=['2026-08-25'], author='specialist',
                language='de', style='German private hand-surgery practice letter (Arztbrief), serif, centred letterhead',
                imaging_done='yes', operated='no', treated_abroad='yes',
                notes='Practice name "Praxisklinik für Handchirurgie" and the recommended Fasziektomie are not an '
                      'operation; "Eine operative Therapie ... ist bislang nicht erfolgt" = no. Birth date 27.08.1958 is '
                      'the same day/month as the letter date 27.08.2026. Clinic in Aachen saw a patient from Kerkrade '
                      '-> treated abroad. Father\'s disease is family history.')


@doc(36)
def d036():
    path = out(36, 'docx')
    D = Docx(font='Arial', size=9.5)
    D.header_table(['**MVZ Labor Niederrhein', 'Medizinische Mikrobiologie, Virologie und Infektionsepidemiologie'],
                   ['Kalkarer Straße 210', '47574 Goch', 'Tel. +49 2823 / 88 60-0'])
    D.footer('Akkreditiert nach DIN EN ISO 15189 · Befund gilt nur für das eingesandte Material', fmt='Seite {PAGE}/{NUMPAGES}', size=7)
    D.h('Mikrobiologischer Befund - Endbefund', size=12)
    D.table([['Patient', 'Visser, Anouk', 'Geb.-Datum', '12.07.1999'],
             ['Einsender', 'St.-Josef-Krankenhaus Goch\nStation 3B (Unfallchirurgie)', 'Auftragsnr.', '26 7 118 402'],
             ['Entnahme', '12.07.2026 07:15', 'Eingang', '12.07.2026 10:40'],
             ['Befunddatum', '14.07.2026', 'Anforderung', 'MRSA-Screening (Aufnahmescreening)']],
            widths=(26, 62, 26, 56), header=False, bold_first_col=False)
    D.table([['Material', 'Untersuchung', 'Ergebnis'],
             ['Nasenvorhofabstrich', 'MRSA-PCR', 'negativ'],
             ['Nasenvorhofabstrich', 'MRSA-Kultur (Anreicherung, chromogener Agar)', 'MRSA nicht nachgewiesen'],
             ['Rachenabstrich', 'MRSA-Kultur', 'MRSA nicht nachgewiesen'],
             ['Leistenabstrich', 'MRSA-Kultur', 'MRSA nicht nachgewiesen']], widths=(45, 75, 50))
    D.lv('Beurteilung:', 'Kein Nachweis von Methicillin-resistentem Staphylococcus aureus (MRSA) in den eingesandten '
         'Materialien.')
    D.lv('Hinweis:', 'Patientin aus den Niederlanden; auf Wunsch der Station Kopie an die Hausärztin in Nijmegen.')
    D.p('')
    D.p('Befund freigegeben: Dr. med. C. Rademacher, Fachärztin für Mikrobiologie, Virologie und Infektionsepidemiologie')
    D.save(path)
    return dict(kinds=['mrsa-screening'], date='2026-07-14', also_dates=['2026-07-12'], author='lab', language='de',
                style='German microbiology lab Endbefund in Word, two grid tables',
                imaging_done='unmentioned', operated='unmentioned', treated_abroad='yes',
                notes='A German lab result ordered by a ward ("Einsender ... Station 3B (Unfallchirurgie)") as admission '
                      'screening -> the patient was admitted to a hospital abroad. Birth date 12.07.1999 equals the '
                      'day/month of the sampling date. "Unfallchirurgie" ward does not mean an operation.')


@doc(37)
def d037():
    path = out(37, 'pdf')
    W, H = A4

    def first(c, d):
        c.setFont('Lib-Bold', 12); c.drawString(20 * mm, H - 18 * mm, 'Laboratory for Medical Microbiology')
        c.setFont('Lib', 9); c.drawString(20 * mm, H - 23 * mm, 'Haaglanden-Zuid Laboratoria · Lijnbaan 32, 2512 VA Den Haag')
        c.setFont('Lib', 8); c.setFillColor(GREY)
        c.drawRightString(190 * mm, H - 18 * mm, 'Tel. +31 70 312 44 00')
        c.drawRightString(190 * mm, H - 22 * mm, 'report issued in English on request of the practice')
        c.setFillColor(colors.black)
        c.setStrokeColor(colors.HexColor('#c00000')); c.setLineWidth(1.5)
        c.line(20 * mm, H - 26 * mm, 190 * mm, H - 26 * mm)
        c.setLineWidth(1); c.setStrokeColor(colors.black)

    def footer(c, page, total):
        c.setFont('Lib', 7)
        c.drawString(20 * mm, 10 * mm, 'FINAL REPORT · page %d of %d · printed 19/10/2026 14:05' % (page, total))

    p = Pdf(path, font='Lib', first_top=32, first=first, footer=footer, size=9.5)
    p.h('MRSA SCREENING - FINAL REPORT', size=12, space_before=0)
    p.fields2([('Patient', 'Mr Rohan MEHTA'), ('Date of birth', '15/10/1976'), ('Sex', 'male'),
               ('Patient ID', 'HZL-2210984')],
              [('Requested by', 'Dr. S. Haddou, GP\nBenoordenhout International GP Practice'),
               ('Collected', '15/10/2026 08:50'), ('Received', '15/10/2026 13:20'), ('Reported', '19/10/2026')],
              widths=(26, 58, 26, 60), size=9)
    p.sp(2)
    p.lv('Clinical information:', 'Hospital admission abroad (Dubai, UAE), 2-9 September 2026, wrist fracture treated with '
         'cast. Screening prior to referral to hand clinic.')
    p.sp(2)
    p.table([['Specimen', 'Test', 'Result'],
             ['Nose swab (both nares)', 'MRSA PCR', 'Not detected'],
             ['Nose swab (both nares)', 'MRSA culture (broth enrichment)', 'MRSA not isolated'],
             ['Throat swab', 'MRSA culture (broth enrichment)', 'MRSA not isolated'],
             ['Perineal swab', 'MRSA culture (broth enrichment)', 'MRSA not isolated']],
            widths=(50, 70, 50), grid=False, head_bg=None)
    p.sp(3)
    p.lv('Interpretation:', 'No MRSA detected. A single negative screen does not fully exclude carriage; hospitals may '
         'repeat screening on admission.')
    p.sp(4)
    p.p('Authorised by: Dr. M. de Koning-Baptist, clinical microbiologist, 19/10/2026', size=8.5)
    p.build()
    return dict(kinds=['mrsa-screening'], date='2026-10-19', also_dates=['2026-10-15'], author='lab', language='en',
                style='Dutch microbiology lab report in English for an expat GP, open table without grid',
                imaging_done='unmentioned', operated='unmentioned', treated_abroad='yes',
                notes='Birth date 15/10/1976 has the same day/month as the collection date 15/10/2026. Admission in Dubai '
                      'stated in the clinical information. "wrist fracture treated with cast" is not an operation; '
                      'no imaging named. Requester is the GP.')


@doc(38)
def d038():
    path = out(38, 'txt')
    t = """Huisartsenlaboratorium Rivierenland - Klinische Chemie & Hematologie
President Kennedylaan 1, 4002 WP Tiel - tel. 0344-67 44 44
--------------------------------------------------------------------------
UITSLAGEN                                              Afdrukdatum 30-10-2026
Patiënt : Van Ooijen, B. (Bram)      geb. 30-10-1966    M
Aanvrager: dr. L. Smulders, huisarts, Culemborg
Afname  : 27-10-2026 08:12          Labnr: 26-4410973
--------------------------------------------------------------------------
Bepaling                    Uitslag     Eenheid     Referentie
BSE                         28   H      mm/uur      < 20
CRP                         11   H      mg/L        < 10
Hemoglobine                 9,1         mmol/L      8,5 - 11,0
Leukocyten                  7,8         10^9/L      4,0 - 10,0
Reumafactor IgM             < 5         kU/L        < 5
Anti-CCP                    < 7         U/mL        < 7
Urinezuur                   0,52 H      mmol/L      0,20 - 0,42
Glucose nuchter             6,4  H      mmol/L      4,0 - 6,0
HbA1c                       46          mmol/mol    < 42 (afkap DM 48)
TSH                         2,1         mU/L        0,4 - 4,0
Kreatinine                  88          umol/L      60 - 110
eGFR (CKD-EPI)              > 90        ml/min/1.73m2
--------------------------------------------------------------------------
Opmerking: verhoogd urinezuur, past bij jicht in het kader van de
klinische vraag (pijnlijke zwelling pols/MCP II rechts). MRSA-screening
is niet aangevraagd bij dit lab; hiervoor aparte microbiologie-aanvraag.
Geautoriseerd: ing. P. de Vries, klinisch chemicus      30-10-2026
--------------------------------------------------------------------------
"""
    write_text(path, t, encoding='utf-8')
    return dict(kinds=[], date='2026-10-30', also_dates=['2026-10-27'], author='lab', language='nl',
                style='clinical chemistry lab result, plain text table',
                imaging_done='unmentioned', operated='unmentioned', treated_abroad='unmentioned',
                notes='Other lab result (blood), not MRSA: the comment even names "MRSA-screening ... niet aangevraagd". '
                      'Print date 30-10-2026 equals the birth date day/month (30-10-1966).')


@doc(39)
def d039():
    path = out(39, 'docx')
    D = Docx(font='Calibri', size=11)
    D.lines(['Sandra Kuijpers', 'Hoogstraat 41', '5614 PB Eindhoven', 'tel. 06-28 33 41 07',
             'sandra.kuijpers@hetnet.example'])
    D.p('')
    D.lines(['Handkliniek Noord-Veluwe', 'Afdeling intake / second opinion', 'Postbus 1140', '8070 AC Nunspeet'])
    D.p('')
    D.p('Onderwerp: aanvraag second opinion voor mijn rechterpols', bold=True)
    D.p('')
    D.p('Geachte heer, mevrouw,')
    D.p('Via deze brief wil ik graag een second opinion aanvragen voor mijn rechterpols. Mijn huisarts (dokter Peeters '
        'in Eindhoven) stuurt de verwijzing apart naar u op, dat heeft zij mij beloofd.')
    D.p('Even mijn verhaal. Vorig jaar in oktober ben ik tijdens een vakantie in Spanje gevallen op een natte tegelvloer. '
        'Ik ben toen in Alicante naar het ziekenhuis gegaan. Daar hebben ze röntgenfoto\'s gemaakt en gezegd dat ik '
        'een "kleine breuk" had, en ik kreeg gips voor vier weken. Thuis is het gips eraf gehaald bij de gipskamer in '
        'het Catharina-Oost ziekenhuis. Sindsdien heb ik nog steeds pijn aan de pinkkant, vooral bij het optillen '
        'van mijn kleinzoon en bij het uitwringen van een doekje.')
    D.p('In juni van dit jaar is er in Nederland nog een MRI gemaakt. De orthopeed zei toen dat er "iets met het '
        'kraakbeen" is en dat ik moet leren ermee te leven, of dat hij eventueel een kijkoperatie kan doen maar dat '
        'hij daar geen voorstander van is. Ik ben nog nooit geopereerd aan mijn pols en ik wil eigenlijk weten of '
        'dat wel of niet een goed idee is. Ik werk als kapster en kan zo niet verder.')
    D.p('Ik heb de cd met de foto\'s van de MRI en de brief van de orthopeed bij deze brief gedaan. De foto\'s uit Spanje '
        'heb ik helaas niet.')
    D.p('Ik hoor graag van u wanneer ik terecht kan.')
    D.p('')
    D.p('Met vriendelijke groet,')
    D.p('')
    D.p('Sandra Kuijpers', space_after=0)
    D.p('geboren 11-05-1961', space_after=0)
    D.p('BSN 999946138')
    D.save(path)
    return dict(kinds=[], author='patient', language='nl',
                style='patient\'s own letter asking for a second opinion, Word, no date',
                imaging_done='yes', operated='no', treated_abroad='yes',
                notes='Patient letter asking for a second opinion is NOT a referral. Undated (only the birth date '
                      '11-05-1961 at the bottom) -> no date key. Hospital care in Alicante = treated abroad. Arthroscopy '
                      'only mentioned as a possibility; "nog nooit geopereerd" = no.')


@doc(40)
def d040():
    path = out(40, 'txt')
    t = """From: Emma Thornton <emma.thornton@mailbox.example>
Sent: Monday, November 9, 2026 10:17 PM
To: intake@handkliniek-noordveluwe.example
Subject: Second opinion request - my left wrist (DOB 04/11/1990)

Dear Sir/Madam,

My name is Emma Thornton, I am 36 and I live in Hilversum with my Dutch husband. I
would like to ask for a second opinion about my left wrist. I'm American so
sorry that I write in English (and sorry for the long email!).

Since about May I have had pain on the thumb side of my left wrist, it gets worse
when I hold my phone or carry my daughter on my hip. We were on holiday in Crete in
July but I didn't see a doctor there, the pain started before the trip and got
a bit worse after. My GP in Hilversum said it is probably "mommy thumb" (de
Quervain) and gave me a splint. She hasn't done any scans yet and she told me
that it isn't necessary.

I'm not sure that is right, because my sister had the same thing in the US and
in the end she needed surgery. Could you please do an MRI or an ultrasound so we
know for sure? I also read that an injection could help - is that something you
do?

My GP said she will write a referral if I want to go to you. Do I need that
first, or can I already make an appointment? My insurance is Nexus Zorg
(basic + aanvullend).

Thank you so much,
Emma Thornton
+31 6 14 77 20 85

-----Original Message-----
From: Intake Handkliniek <intake@handkliniek-noordveluwe.example>
Sent: Friday, November 6, 2026 9:02 AM
To: Emma Thornton
Subject: RE: question

Dear Ms Thornton, thank you for your message. Please send us a short description
of your complaint and your date of birth, and ask your GP for a referral.
Kind regards, Intake team
"""
    write_text(path, t, encoding='utf-8', crlf=True)
    return dict(kinds=[], date='2026-11-09', author='patient', language='en',
                style='patient e-mail with quoted reply, US-style Outlook header dates',
                imaging_done='no', operated='unmentioned', treated_abroad='no',
                notes='Patient e-mail, not a referral (the GP referral is only offered). "She hasn\'t done any scans yet" '
                      '= no imaging; MRI/ultrasound only asked for. Sister\'s surgery is a family member. Holiday in '
                      'Crete without a doctor -> no. US-style date in the Sent line, DOB 04/11/1990 in the subject, and '
                      'a quoted older e-mail date.')


@doc(41)
def d041():
    path = out(41, 'pdf')
    W, H = A4

    def first(c, d):
        c.setFillColor(colors.HexColor('#3a7d44'))
        c.circle(26 * mm, H - 22 * mm, 6 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont('Sans-Bold', 12.5); c.drawString(35 * mm, H - 20 * mm, 'De Kern')
        c.setFont('Sans', 8.5); c.drawString(35 * mm, H - 25 * mm, 'Fysiotherapie & Handtherapie · Assen')
        draw_lines(c, 190 * mm, H - 17 * mm, ['Kloosterstraat 9', '9401 KD Assen', '0592 - 31 22 48',
                                              'www.dekern-fysio.example'], size=7.5, align='right', color=GREY)
        draw_lines(c, 20 * mm, H - 42 * mm, ['Huisartsenpraktijk Pittelo', 't.a.v. mw. dr. F. Bos', 'Pittelo 2',
                                             '9404 HA  Assen'], size=9.5)

    def footer(c, page, total):
        c.setFont('Sans', 7); c.setFillColor(GREY)
        c.drawString(20 * mm, 10 * mm, 'De Kern Fysiotherapie & Handtherapie · KvK 04 11 77 21 · AGB 04-012118')
        c.drawRightString(190 * mm, 10 * mm, '%d/%d' % (page, total))

    p = Pdf(path, first_top=68, first=first, footer=footer, size=9.4)
    p.fields([('Datum', '1 september 2026'), ('Betreft', 'dhr. A.J. (Albert) Mulder, geb. 01-09-1955'),
              ('Onderwerp', 'eindverslag handtherapie'), ('Verwijzer', 'drs. E. Dekker, plastisch chirurg, '
                                                                      'Wilhelmina Ziekenhuis Assen-Zuid')],
             label_w=26)
    p.sp(2)
    p.p('Geachte collega Bos,')
    p.p('Hierbij ontvangt u het eindverslag van de handtherapie van uw patiënt, die door de plastisch chirurg naar ons '
        'werd verwezen na een CMC-1 artrodese rechts (operatie 12-05-2026, Wilhelmina Ziekenhuis Assen-Zuid).')
    p.h('Behandeling', size=10)
    p.p('Van 26-05-2026 tot en met 25-08-2026 in totaal 14 behandelingen. Na verwijderen van het gips: vervaardiging van '
        'een thermoplastische duimspalk, oedeembehandeling, littekenbehandeling, actieve mobilisatie van pols en '
        'vingers en vanaf week 10 geleidelijke krachtopbouw. Ergonomische adviezen voor zijn werk in de tuin.')
    p.h('Metingen', size=10)
    p.table([['Meting', '26-05-2026', '25-08-2026', 'Links (ref.)'],
             ['Knijpkracht Jamar (kg)', '8', '31', '38'],
             ['Pinchkracht sleutelgreep (kg)', 'n.v.t.', '6,5', '8'],
             ['Extensie pols (°)', '35', '60', '65'],
             ['Flexie pols (°)', '30', '55', '65'],
             ['Kapandji-score', '6', '8', '10'],
             ['PRWHE (0-100)', '72', '21', '-']], widths=(62, 34, 34, 34), size=8.8)
    p.h('Conclusie', size=10)
    p.p('Goed herstel na de artrodese. Patiënt kan zijn dagelijkse activiteiten en tuinwerk weer uitvoeren, met lichte '
        'restklachten bij langdurig knijpen. De behandeling is afgesloten; hij heeft een oefenprogramma voor thuis.')
    p.sp(3)
    p.p('Met vriendelijke groet,')
    p.sp(5)
    p.p('Marloes Wiertz\ngecertificeerd handtherapeut (CHT-NL), fysiotherapeut\nBIG 69055418204')
    p.build()
    return dict(kinds=[], date='2026-09-01', author='other', language='nl',
                style='hand-therapy / physiotherapy final report, field block and measurement table, PDF',
                imaging_done='unmentioned', operated='yes', treated_abroad='unmentioned',
                notes='Hand-therapy letter: not correspondence from a specialist even though it names the surgeon. '
                      'States an operation (CMC-1 arthrodesis 12-05-2026) -> operated yes. Birth date 01-09-1955 has the '
                      'same day/month as the letter date. The referrer field names a plastic surgeon.')


@doc(42)
def d042():
    path = out(42, 'docx')
    D = Docx(font='Arial', size=10)
    D.header_table(['**Northfield Hospitals NHS Foundation Trust', 'Therapy Services - Hand Therapy Department'],
                   ['Northfield General Hospital', 'Ashby Road, Northfield NF2 9QA', 'Hand Therapy 01632 960 815'])
    D.footer('Hand Therapy Department · Northfield General Hospital', fmt='Page {PAGE} of {NUMPAGES}')
    D.p('28 July 2026')
    D.p('')
    D.lines(['Dr T. Hughes', 'Millbrook Surgery', '2 Station Road', 'Northfield NF1 3BD'])
    D.p('')
    D.p('Dear Dr Hughes')
    D.p('Re: Mr Daan SMIT  DOB 28/07/2001  Hosp No N5530188', bold=True)
    D.p('Diagnosis: Mallet finger, right middle finger, with small bony avulsion (<20% of joint surface)', bold=True)
    D.p('Mr Smit, a 25 year old Dutch PhD student, injured his right middle finger playing volleyball on 2 June 2026 '
        'and attended our Emergency Department the same evening. The X-ray in ED showed a small bony avulsion fragment '
        'at the base of the distal phalanx without subluxation. He was referred to the hand trauma clinic, where '
        'Mr J. Okafor (Consultant Hand Surgeon) advised conservative treatment; surgery was not felt to be indicated.')
    D.p('He has attended hand therapy since 5 June. He was fitted with a custom thermoplastic mallet splint holding the '
        'DIP joint in slight hyperextension, to be worn continuously for 8 weeks. Adherence has been excellent, and '
        'skin checks have been satisfactory.')
    D.p('Today (week 8) the extensor lag is 10°, with no pain. We have started a weaning programme: night splint for '
        'a further 4 weeks and gentle active flexion exercises. He returns to the Netherlands in September to continue '
        'his studies in Delft, and we have given him a copy of this letter for his new GP and, should the lag increase, '
        'for a hand therapist or hand surgeon there.')
    D.p('Plan: discharge from hand therapy after a final review on 18 August 2026.')
    D.p('')
    D.p('Yours sincerely')
    D.p('')
    D.p('Rachel Gbadamosi', space_after=0)
    D.p('Highly Specialist Occupational Therapist (Hand Therapy)', space_after=0)
    D.p('HCPC OT61922', size=8.5)
    D.save(path)
    return dict(kinds=[], date='2026-07-28', author='other', language='en',
                style='NHS hand-therapy letter to a GP, Word with header table',
                imaging_done='yes', operated='unmentioned', treated_abroad='yes',
                notes='Hand-therapy letter from a UK hospital department: not specialist correspondence (author is an '
                      'occupational therapist, although a consultant is quoted). ED visit and therapy in a UK hospital -> '
                      'treated abroad. "surgery was not felt to be indicated" is advice, not a statement about an '
                      'operation. DOB 28/07/2001 equals the letter day/month (28 July 2026); GP practice called "Surgery".')


@doc(43)
def d043():
    path = out(43, 'txt')
    t = """APOTHEEK DE VIJF AKKERS                                       MEDICATIEOVERZICHT
Akkerweg 5, 3972 AA Driebergen  tel. 0343-51 20 20
Apotheker: mw. drs. C.L. Brouwer

Datum overzicht : 03-11-2026
Patiënt         : dhr. F.H. Terpstra
Geboortedatum   : 03-11-1944
Adres           : Hoofdstraat 220, 3972 LK Driebergen
Huisarts        : A.P. Jonker, Gezondheidscentrum Driebergen
Lengte/gewicht  : 1,79 m / 81 kg (opgave patiënt 2025)
Nierfunctie     : eGFR 48 ml/min (lab 09-2026)

HUIDIGE MEDICATIE
Start       Geneesmiddel                        Gebruik                 Voorschrijver
12-01-2018  Metoprolol retard 47,5 mg tablet    1x per dag 1            Jonker (ha)
12-01-2018  Acetylsalicylzuur 80 mg tablet      1x per dag 1            Jonker (ha)
05-03-2020  Atorvastatine 40 mg tablet          1x per dag 1 (avond)    cardioloog
22-06-2023  Tamsulosine 0,4 mg caps MGA         1x per dag 1            uroloog
14-09-2026  Paracetamol 500 mg tablet           max 6x per dag 1        Jonker (ha)
14-09-2026  Diclofenac gel 10 mg/g              3x per dag dun op pols  Jonker (ha)

AFGELOPEN MEDICATIE (laatste 12 maanden)
02-02-2026  Amoxicilline/clavulaanzuur 500/125  3x per dag 1, 7 dagen   Jonker (ha)
10-04-2026  Prednisolon 30 mg                   1x per dag 1, 5 dagen   Jonker (ha)

OVERGEVOELIGHEDEN / CONTRA-INDICATIES
- Codeïne: misselijkheid (intolerantie)
- Verminderde nierfunctie: let op NSAID's systemisch

Dit overzicht is gebaseerd op de gegevens die bij de apotheek bekend zijn.
Controleer samen met de patiënt of het overzicht volledig is.
Pagina 1 van 1
"""
    write_text(path, t, encoding='cp1252', crlf=False)
    return dict(kinds=[], date='2026-11-03', author='other', language='nl',
                style='pharmacy medication overview (medicatieoverzicht), fixed-width text, Windows-1252',
                imaging_done='unmentioned', operated='unmentioned', treated_abroad='unmentioned',
                notes='Pharmacy overview is not a history letter though it lists medication history and the GP. Date '
                      'and birth date share day/month (03-11). Prescriber "uroloog"/"cardioloog" are specialists but '
                      'this is not correspondence.')


@doc(44)
def d044():
    path = out(44, 'docx')
    D = Docx(font='Segoe UI', size=10)
    D.header_table(['**Ziekenhuis Amstelpark', 'Central Appointments Office'],
                   ['Laan van de Helende Meesters 8', '1186 AM Amstelveen', 'T +31 20 755 40 40 (appointments)'])
    D.footer('Cannot attend? Please let us know at least 24 hours in advance. Missed appointments may be charged.',
             page_numbers=False, size=7.5)
    D.lines(['Mr J. (Jonathan) Ashworth', 'Prinses Irenestraat 17-2', '1077 WV  Amsterdam'])
    D.p('')
    D.fields([('Date', '10 November 2026'), ('Patient number', '6630 2281'), ('Date of birth', '24 November 1983')],
             widths=(35, 80))
    D.p('Subject: confirmation of your appointments', bold=True)
    D.p('Dear Mr Ashworth,')
    D.p('Your GP has referred you to our hospital. We are pleased to confirm the following appointments:')
    D.table([['Date', 'Time', 'Department', 'Details'],
             ['Tuesday 24 November 2026', '08:15', 'Radiology (route 3)', 'MRI right wrist. Please arrive 15 minutes early. '
                                                                         'Remove all metal objects.'],
             ['Tuesday 1 December 2026', '10:40', 'Plastic Surgery outpatient clinic (route 19)',
              'Consultation with dr. V. Nieuwenhuis, plastic and hand surgeon, to discuss the MRI results.']],
            widths=(38, 16, 50, 66))
    D.h('Preparing for your MRI', size=10.5)
    D.p('Please fill in the enclosed MRI safety questionnaire and bring it with you. Tell us in advance if you have a '
        'pacemaker, a cochlear implant, metal fragments in your body or if you have had surgery in the last six weeks. '
        'You may eat and drink normally.')
    D.h('What to bring', size=10.5)
    D.p('Your passport or ID card, your health insurance card, and a list of your current medication. If you have had '
        'X-rays or scans in another hospital, please ask them to send the images to our Radiology department.')
    D.p('')
    D.p('Kind regards,')
    D.p('Central Appointments Office')
    D.save(path)
    return dict(kinds=[], date='2026-11-10', author='other', language='en',
                style='hospital appointment confirmation letter in English, Word, appointment table',
                imaging_done='unmentioned', operated='unmentioned', treated_abroad='unmentioned',
                notes='Appointment letter: MRI is planned (not done); "if you have had surgery" and "If you have had '
                      'X-rays" are conditionals; "Plastic Surgery outpatient clinic" is a department. Birth date '
                      '24 November 1983 equals the MRI appointment day; several future dates.')


@doc(45)
def d045():
    path = out(45, 'pdf')
    W, H = A4

    def first(c, d):
        c.setFillColor(colors.HexColor('#e35205'))
        c.rect(20 * mm, H - 24 * mm, 8 * mm, 8 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont('Sans-Bold', 13); c.drawString(31 * mm, H - 22 * mm, 'Nexus Zorgverzekeringen')
        c.setFont('Sans', 8); c.drawString(31 * mm, H - 26.5 * mm, 'Postbus 3020 · 3502 GA Utrecht · www.nexuszorg.example')
        c.setFont('Sans-Bold', 10); c.drawRightString(190 * mm, H - 22 * mm, 'Form ZV-SO-EN 2026')

    def footer(c, page, total):
        c.setFont('Sans', 7)
        c.drawString(20 * mm, 10 * mm, 'Send the completed form to Nexus Zorg, Team Machtigingen, Postbus 3020, 3502 GA Utrecht')
        c.drawRightString(190 * mm, 10 * mm, 'page %d of %d' % (page, total))

    p = Pdf(path, first_top=34, first=first, footer=footer, size=9.3)
    p.h('Request for prior authorisation - second opinion (medical specialist care)', size=11.5, space_before=0)
    p.p('Please complete this form in block capitals. A second opinion is only reimbursed with a referral from your GP or '
        'treating specialist. Attach a copy of the referral.', size=8.5)
    p.h('1. Policyholder / patient', size=10)
    p.fields([('Surname and initials', 'GARCÍA LÓPEZ, M.'), ('Date of birth', '02/11/1979'),
              ('Policy number', '55 0193 2287'), ('BSN', '999966184'), ('Address', 'Oosterpark 61-3, 1092 AK Amsterdam'),
              ('Phone / e-mail', '06-3318 9052 / m.garcialopez@mail.example')], label_w=50, grid=True)
    p.h('2. Second opinion', size=10)
    p.fields([('Condition', 'PAIN AND STIFFNESS RIGHT WRIST AFTER FRACTURE'),
              ('Treating specialist', 'DR. R. OUDSHOORN, ORTHOPAEDIC SURGEON, OLVG-ZUID'),
              ('Second opinion at', 'HANDKLINIEK NOORD-VELUWE, NUNSPEET'),
              ('Referral by', 'GP (HUISARTS) M. VOS, AMSTERDAM-OOST')], label_w=50, grid=True)
    p.h('3. Medical questions', size=10)
    p.table([['Question', 'Answer'],
             ['Have you had surgery for this condition?', '☒ yes   ☐ no     if yes, when: 03 / 2025'],
             ['Have you received treatment in a hospital abroad in the last 12 months?', '☐ yes   ☒ no'],
             ['Has imaging been done (X-ray, ultrasound, CT, MRI)?', '☒ yes   ☐ no   ☐ don\'t know'],
             ['Are you currently receiving treatment for this condition?', '☐ yes   ☒ no']],
            widths=(105, 65), size=8.8)
    p.h('4. Declaration and signature', size=10)
    p.p('I declare that I have completed this form truthfully and I authorise Nexus Zorgverzekeringen to request '
        'medical information from the practitioners named above where needed to assess this request.', size=8.5)
    p.fields2([('Place', 'AMSTERDAM'), ('Signature', '[signed] M. García López')],
              [('Date', '02/11/2026'), ('', '')], widths=(22, 60, 22, 60))
    p.build()
    return dict(kinds=[], date='2026-11-02', author='patient', language='en',
                style='insurer prior-authorisation form in English, filled in with checkboxes, grid tables',
                imaging_done='yes', operated='yes', treated_abroad='no',
                notes='Insurance form filled in by the patient: not a referral despite "Referral by" field. Facts only '
                      'from checkbox answers (☒/☐): surgery yes (03/2025), hospital treatment abroad no, imaging yes. '
                      'Birth date 02/11/1979 shares day/month with the signature date 02/11/2026.')


@doc(46)
def d046():
    path = out(46, 'txt')
    t = """TOESTEMMINGSFORMULIER
Opvragen van medische gegevens bij andere zorgverleners
Handkliniek Noord-Veluwe - afdeling Intake

Ondergetekende,

Naam                : Verhage, Jozef Adriaan (Joost)
Geboortedatum       : 05-11-1972
Adres               : Boulevard de Ruyter 88, 4381 KB Vlissingen
BSN                 : 999935176

geeft hierbij toestemming aan de Handkliniek Noord-Veluwe om de volgende
medische gegevens op te vragen ten behoeve van een second opinion:

[X] brieven van de behandelend specialist(en)
[X] operatieverslag(en)
[X] verslagen en beelden van röntgen / echo / CT / MRI
[ ] laboratoriumuitslagen
[X] ontslagbrieven

bij de volgende zorgverleners:

1. AZ Sint-Donatus Brugge (België), dienst orthopedie - behandeld na val
   van de fiets in augustus 2025 (spoedgevallendienst en opname 3 dagen)
2. Ziekenhuis Walcheren-Zuid, Vlissingen, afdeling Orthopedie
3. Huisartsenpraktijk De Schelde, Vlissingen (dr. M. Lievense)

Deze toestemming is geldig tot 12 maanden na ondertekening en kan op ieder
moment schriftelijk worden ingetrokken.

Plaats : Vlissingen
Datum  : 5-11-2026

Handtekening: ..........(getekend J.A. Verhage)..........
"""
    write_text(path, t, encoding='cp1252', crlf=True)
    return dict(kinds=[], date='2026-11-05', author='patient', language='nl',
                style='consent form (toestemmingsformulier / machtiging) filled in, plain text, Windows-1252 CRLF',
                imaging_done='unmentioned', operated='unmentioned', treated_abroad='yes',
                notes='Consent form: not a document kind. Ticked boxes for "operatieverslag(en)" and "röntgen / echo" '
                      'are requests for records, not statements that these exist. The Belgian ED visit and 3-day '
                      'admission in Brugge make treated_abroad yes. Birth date 05-11-1972 vs signature date 5-11-2026.')


@doc(47)
def d047():
    path = out(47, 'pdf')
    W, H = A4

    def first(c, d):
        c.setFont('Sans-Bold', 12); c.drawString(20 * mm, H - 18 * mm, 'AANVRAAG BEELDVORMEND ONDERZOEK')
        c.setFont('Sans', 8.5); c.drawString(20 * mm, H - 23 * mm, 'Eerstelijnsdiagnostiek Radiologie - Stichting Diagnostisch Centrum Eemland')
        c.drawString(20 * mm, H - 27 * mm, 'Zonder afspraak: ma-vr 8.00-16.30 · Utrechtseweg 160, 3818 ES Amersfoort')
        c.rect(150 * mm, H - 30 * mm, 40 * mm, 15 * mm)
        c.setFont('Sans', 7); c.drawString(152 * mm, H - 19 * mm, 'Barcode / ordernr.')
        c.setFont('Mono', 9); c.drawString(152 * mm, H - 26 * mm, 'DCE 2610 5573')

    def footer(c, page, total):
        c.setFont('Sans', 6.8)
        c.drawString(20 * mm, 10 * mm, 'Formulier DCE-RAD-03 (versie 2025) · Uitslag gaat naar de aanvrager · %d/%d' % (page, total))

    p = Pdf(path, first_top=36, first=first, footer=footer, size=9)
    p.fields2([('Naam patiënt', 'mw. S. (Sophie) van Rijn'), ('Geboortedatum', '10-12-2001'), ('BSN', '999929730'),
               ('Telefoon', '06-27 40 19 55')],
              [('Aanvrager', 'J.P. Wolters, huisarts'), ('AGB-code', '01-098211'),
               ('Praktijk', 'Gezondheidscentrum Heelmeesterstraat, Amersfoort'), ('Datum aanvraag', '12-10-2026')],
              widths=(34, 52, 30, 54), grid=True)
    p.sp(3)
    p.fields([('Gevraagd onderzoek', '☒ Röntgen   ☐ Echo   ☐ CT   ☐ MRI\nX-pols rechts + scaphoidserie rechts'),
              ('Klinische gegevens', 'Val op gestrekte rechterhand tijdens hockey (10-10). Drukpijn tabatière, '
                                     'pijnlijke axiale compressie duim. Geen deformiteit.'),
              ('Vraagstelling', 'Scaphoidfractuur? Distale radiusfractuur?'),
              ('Eerdere beeldvorming', 'geen'),
              ('Zwangerschap', '☐ ja   ☒ nee   ☐ onbekend'),
              ('Contrast / allergie', 'n.v.t.'),
              ('Spoed', '☒ vandaag   ☐ binnen 1 week   ☐ regulier')], label_w=42, grid=True,
             shade=colors.HexColor('#f0f0f0'))
    p.sp(4)
    p.fields2([('Handtekening aanvrager', '[handtekening] J.P. Wolters')], [('', '')], widths=(42, 60, 20, 48))
    p.build()
    return dict(kinds=[], date='2026-10-12', author='gp', language='nl',
                style='radiology request form (aanvraagformulier beeldvorming) from a GP, bordered grid with checkboxes',
                imaging_done='no', operated='unmentioned', treated_abroad='unmentioned',
                notes='A radiology request form is not a referral even though it has "Aanvrager" and "Vraagstelling". '
                      '"Eerdere beeldvorming: geen" says no imaging yet; the requested X-ray is a plan. Practice name '
                      '"Heelmeesterstraat" contains an old word for surgeon. Accident date 10-10 and birth date near the '
                      'request date.')


@doc(48)
def d048():
    path = out(48, 'docx')
    D = Docx(font='Arial', size=9.5)
    D.header_table(['**RADIOLOGY REQUEST - GP DIRECT ACCESS', 'Hollybrook Hospital, Imaging Department'],
                   ['Fax/e-referral only', 'Hollybrook Hospital NHS Trust', 'Bookings 01632 961 300'])
    D.footer('IR(ME)R: the referrer must provide sufficient clinical information to justify the exposure.',
             fmt='Page {PAGE} of {NUMPAGES}', size=7)
    D.table([['Patient', 'Marloes JANSSEN-HUNT', 'DOB', '19/06/1968'],
             ['NHS number', '999 382 1145', 'Phone', '07700 900 512'],
             ['Address', '3 Chapel Row, Hollybrook HB7 2LS', 'Interpreter', 'No'],
             ['Referrer', 'Dr A. Kowalczyk, GP', 'Practice', 'Elm Tree Surgery, Hollybrook'],
             ['Date of request', '11/05/2026', 'Urgency', 'Routine']],
            widths=(28, 62, 25, 55), header=False, bold_first_col=False)
    D.lv('Examination requested:', 'Ultrasound right wrist (dorsal)')
    D.lv('Clinical details:', 'Firm dorsal swelling right wrist, 2 cm, 4 months, intermittently painful, transilluminates. '
         '? ganglion  ? other soft tissue lesion. Patient planning to move back to the Netherlands later this year and '
         'would like a diagnosis before then.')
    D.lv('Previous imaging:', 'XR right wrist 03/2024 at Hollybrook Hospital A&E after a fall (no fracture).')
    D.lv('Pregnancy (if applicable):', 'N/A')
    D.lv('Referrer signature:', 'A. Kowalczyk (electronic)   GMC 7123456')
    D.p('')
    D.p('FOR DEPARTMENT USE', bold=True, size=8.5)
    D.table([['Justified by', 'Booked for', 'Room'], ['', '', '']], widths=(55, 55, 55))
    D.save(path)
    return dict(kinds=[], date='2026-05-11', author='gp', language='en',
                style='UK GP direct-access radiology request form in Word, patient grid table',
                imaging_done='yes', operated='unmentioned', treated_abroad='yes',
                notes='Request form, not a referral and not a report; the requested ultrasound is a plan, but '
                      '"Previous imaging: XR right wrist 03/2024 at Hollybrook Hospital A&E" says imaging was done and '
                      'that she was seen in an emergency department abroad (UK). GP practice called "Elm Tree '
                      'Surgery". DOB 19/06/1968 vs request date 11/05/2026, both day-first.')
