"""Plain-text documents vc-049 .. vc-064 (HIS printouts, exports, e-mails; all fictional)."""
import textwrap

from common import doc


def write(path, text, crlf=False, encoding="utf-8"):
    text = textwrap.dedent(text).lstrip("\n")
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(path, "w", encoding=encoding, newline="") as f:
        f.write(text)


# ----------------------------------------------------------------------------------------------
_HDR49 = """\
HUISARTSENPRAKTIJK DORPSSTRAAT - NIEUW-VENNEP                         Datum uitdraai: 30-10-2026
Uitdraai journaal                                                     Pagina {p} van 3
Patiënt: Kooiman, A.J. (Arie)   Geb.datum: 28-10-1956   M   BSN: 999989027   Patnr: 10442
Huisarts: dr. E.M. Wijnberg      Verzekeraar: ONVZ 771023994
================================================================================================
"""


@doc("vc-049", "txt", kinds=["history"], date="2026-10-30", author="gp", language="nl",
     style="HIS 'Uitdraai journaal' plain text, 3 pages with repeated headers, ICPC episode list + SOEP lines",
     imaging_done="yes", operated="yes", treated_abroad="no",
     notes="Long dense HIS printout; print date two days after the birth date (28-10-1956). Carpal tunnel "
           "release right in 03-2025 (journal 'Brief specialist ontvangen: ... CTR re verricht'), recurrence "
           "and echo in 2026. Holiday in France where he did not see a doctor (treated_abroad = no). "
           "'Verwijzing plastische chirurgie' journal lines are mentions, not referrals. Form feeds between "
           "pages and repeated header.")
def d049(path):
    p1 = _HDR49.format(p=1) + """
EPISODELIJST
ICPC    Omschrijving                                      Begin        Einde       Attentie
N93     Carpaletunnelsyndroom rechts                      11-09-2024               *
N93     Carpaletunnelsyndroom links                       02-05-2026               *
K86     Hypertensie zonder orgaanschade                   14-03-2009               *
T90.02  Diabetes mellitus type 2, orale medicatie         20-06-2013               *
L87     Ganglion pols links                               03-04-2019   19-06-2019
L92     Schoudersyndroom rechts                           07-01-2022   30-06-2022
D12     Obstipatie                                        2016         2016
A97     Geen ziekte                                       12-12-2023   12-12-2023

MEDICATIE (actueel)
20-06-2013  Metformine 500 mg          3 dd 1
14-03-2009  Amlodipine 10 mg           1 dd 1
14-03-2009  Hydrochloorthiazide 12,5   1 dd 1
02-02-2021  Simvastatine 40 mg         1 dd 1 a.n.

ALLERGIE / INTOLERANTIE: geen bekend
RISICOFACTOREN: ex-roker (30 py, gestopt 2010); alcohol 1-2 E/dag

JOURNAAL
Datum       ICPC   R  Tekst
11-09-2024  N93    S  sinds zomer 's nachts doof gevoel dig 1-3 re, wakker van. Werkt als
                      metselaar (inmiddels parttime). Geen nekklachten.
11-09-2024  N93    O  Tinel re +, Phalen re + na 20 sec. Geen atrofie. Kracht 5/5. Sens iets
                      verminderd dig 2.
11-09-2024  N93    E  CTS re
11-09-2024  N93    P  nachtspalk, voorl. Ctrl 6 wk. DM: glucose ctrl bij POH.
30-10-2024  N93    S  spalk helpt onvoldoende, ook overdag klachten
30-10-2024  N93    P  verwijzing neurologie Ziekenhuis Kennemerduin voor EMG
03-12-2024  N93    E  Brief specialist ontvangen: neurologie - EMG ernstig CTS re, axonale
                      schade. Advies: verwijzing plastische chirurgie.
05-12-2024  N93    P  verwijzing plastische chirurgie Haarlemmermeer Kliniek via ZorgDomein
14-01-2025  K86    O  RR 152/88, gewicht 96 kg
14-01-2025  K86    P  amlodipine ophogen naar 10 mg
"""
    p2 = _HDR49.format(p=2) + """
JOURNAAL (vervolg)
Datum       ICPC   R  Tekst
18-03-2025  N93    E  Brief specialist ontvangen: plastische chirurgie Haarlemmermeer Kliniek
                      - op 11-03-2025 open CTR re verricht, ongecompliceerd. Hechtingen
                      verwijderen bij HA na 10-14 dagen.
24-03-2025  N93    P  hechtingen verwijderd door praktijkverpleegkundige, wond rustig
12-05-2025  N93    S  tintelingen weg, nog pijn in handpalm bij steunen (pillar pain?)
12-05-2025  N93    P  uitleg, handtherapie 6x
19-08-2025  T90    O  HbA1c 56 mmol/mol. Voetonderzoek: sensibiliteit intact.
02-05-2026  N93    S  nu ook li tintelingen dig 1-3 's nachts. Re: weer wat doof af en toe.
02-05-2026  N93    O  li Tinel +, Phalen +. re litteken rustig, Tinel zwak +.
02-05-2026  N93    E  CTS li; re mogelijk recidief/restklachten
02-05-2026  N93    P  nachtspalk li. Echo beide polsen aangevraagd.
12-07-2026  A97    S  tel: vertrekt 3 wk op vakantie naar Frankrijk, vraagt herhaalrecept.
                      Geen nieuwe klachten.
12-07-2026  A97    P  herhaalrecepten klaargezet.
11-08-2026  N93    S  terug van vakantie; in Frankrijk veel last van li hand bij fietsen,
                      daar geen arts bezocht. Nu ook overdag doof.
11-08-2026  N93    P  herinnering echo - nog niet gepland door pt.
"""
    p3 = _HDR49.format(p=3) + """
JOURNAAL (vervolg)
Datum       ICPC   R  Tekst
08-09-2026  N93    O  Uitslag echo polsen (Diagnostisch Centrum Haarlemmermeer 03-09-2026):
                      li n. medianus verdikt CSA 15 mm2; re CSA 12 mm2, geen compressie
                      door litteken, retinaculum gekliefd.
08-09-2026  N93    E  CTS li, matig-ernstig. Re restklachten na CTR.
08-09-2026  N93    P  besproken: verwijzing plastische chirurgie. Pt wil niet terug naar
                      Haarlemmermeer Kliniek (ontevreden over nazorg re) en vraagt second
                      opinion handkliniek over li en de restklachten re.
29-10-2026  N93    P  Verwijzing ZorgDomein Handkliniek (second opinion), samenvatting en
                      journaaluitdraai meegegeven. Operatieverslag re opgevraagd bij
                      Haarlemmermeer Kliniek.
29-10-2026  T90    O  glucose nuchter 7,9. HbA1c 54.

----------------------------------------------------------------------------------------------
Einde uitdraai. Afgedrukt door: EMW  30-10-2026 08:52   (selectie: alle episodes, 24 mnd)
"""
    write(path, p1 + "\f" + p2 + "\f" + p3)


# ----------------------------------------------------------------------------------------------
@doc("vc-050", "txt", kinds=["referral", "history"], date="2026-11-09", author="gp", language="nl",
     style="Zorgdomein referral exported as plain text (underlined section headings)",
     referral_question=True, imaging_done="yes", operated="no", treated_abroad="unmentioned",
     notes="Text export of a Zorgdomein referral; question under 'Vraagstelling', plus 'Relevante "
           "voorgeschiedenis' and 'Recente behandelingen' (history). Radius shortening osteotomy is only "
           "advised; 'geen operaties aan hand of pols' (no) while an appendectomy is listed. Several dates "
           "(MRI 16-06-2026, X 02-2026, referral 09-11-2026); birth date 10-11-1979.")
def d050(path):
    write(path, """
    ZorgDomein - Verwijzing
    ==========================================================================
    Referentienummer : ZD-26-0510042
    Product          : Second opinion plastische chirurgie (hand/pols)
    Ontvanger        : Handkliniek Brabant-Zuid, Second opinion spreekuur
    Verzonden        : 09-11-2026 12:31
    Status           : Verzonden

    Patiënt
    -------
    Naam             : T.M.J. van Dongen
    Geslacht         : Man
    Geboortedatum    : 10-11-1979
    BSN              : 999990121
    Adres            : Hoogstraat 220, 5654 NB Eindhoven
    Telefoon         : 06-55502233
    Verzekeraar      : CZ, polisnr. 20117733

    Verwijzer
    ---------
    Naam             : drs. K.A.M. Swinkels, huisarts
    Praktijk         : Gezondheidscentrum Gestel
    AGB-code         : 01-088120
    Telefoon         : 040-5552200

    Reden van verwijzing
    --------------------
    Sinds ruim een jaar progressieve, belastingsafhankelijke pijn centraal dorsaal in
    de linkerpols. Patiënt is linkshandig, werkt als monteur.

    Vraagstelling
    -------------
    Bij MRI is M. Kienböck stadium II-IIIa links vastgesteld. De orthopeed adviseert een
    radiusverkortende osteotomie. Graag uw second opinion: is dit de beste optie bij
    een neutrale ulnavariantie, of zijn er alternatieven (bijv. vascularisatie-procedure,
    afwachten in gips/brace)?

    Relevante voorgeschiedenis
    --------------------------
    - 1998 appendectomie
    - 2017 hypertensie
    - Geen operaties aan hand of pols.

    Recente behandelingen
    ---------------------
    - 02-2026  X-pols links (Ziekenhuis Kempenland-Zuid): sclerose lunatum, geen collaps
    - 03-2026  onderarmgips 6 weken (orthopedie), daarna polsbrace
    - 16-06-2026  MRI pols links: M. Kienböck stadium II-IIIa, ulnavariantie neutraal
    - 09-2026  consult orthopedie: advies radiusverkorting
    - 10-2026  ibuprofen 600 mg 3 dd, onvoldoende effect

    Medicatie
    ---------
    Losartan 50 mg 1 dd 1; ibuprofen 600 mg zo nodig; omeprazol 20 mg 1 dd 1

    Allergieën
    ----------
    Geen bekend

    Bijlagen
    --------
    - Verslag MRI pols links 16-06-2026
    - Polikliniekbrief orthopedie 24-09-2026
    ==========================================================================
    Dit document is elektronisch verzonden via ZorgDomein en is geldig zonder handtekening.
    """)


# ----------------------------------------------------------------------------------------------
@doc("vc-051", "txt", kinds=["correspondence"], date="2026-10-18", also_dates=["2026-10-14"],
     author="specialist", language="en", style="exported e-mail (Outlook headers) from a hospital consultant abroad, with quoted GP message",
     imaging_done="yes", operated="no", treated_abroad="yes",
     notes="E-mail export: header 'Date:' (18 Oct 2026, +0400 timezone), consultation on 14 October, quoted "
           "earlier GP message below ('>' lines) with its own date. Written by a consultant at a hospital in "
           "Dubai that treated the patient (injection, X-ray). 'No surgery has been performed'. Disclaimer "
           "footer.")
def d051(path):
    write(path, """
    From: Dr. Rania Haddad <r.haddad@alnakheel-hospital.example>
    Sent: Sunday, 18 October 2026 09:14
    To: huisarts@praktijkdeboomgaard.example
    Cc: Mr. Sander Pruim <s.pruim@mail.example>
    Subject: RE: Mr. Sander Pruim (DOB 21/10/1977) - hand clinic review
    Importance: Normal

    Dear Dr. Hofman,

    Thank you for your e-mail. I saw Mr. Pruim in my hand clinic at Al Nakheel Specialist
    Hospital on 14 October 2026.

    History: 6 months of painful triggering of the right ring finger, worse in the morning.
    He is a keen padel player. He had no previous treatment for this.

    Examination: tender nodule over the A1 pulley of the right ring finger with triggering
    on active flexion, passively correctable. Full range of motion of the other digits.

    Imaging: plain X-ray of the right hand (14/10/2026) - no bony abnormality, no
    arthritis.

    Diagnosis: trigger finger, right ring finger (Green grade II).

    Treatment: after discussion I performed an ultrasound-guided corticosteroid injection
    (triamcinolone 20 mg + lidocaine) into the flexor sheath on the same day. No surgery
    has been performed. If triggering recurs, a percutaneous or open A1 release would be
    the next step; as he is moving back to the Netherlands in December, I have advised
    him to be seen by a hand surgeon there should this become necessary.

    Kind regards,

    Dr. Rania Haddad, MD, FRCS
    Consultant Orthopaedic & Hand Surgeon
    Al Nakheel Specialist Hospital, Dubai Healthcare District, Dubai, UAE
    Tel. +971 4 555 7000

    -----Original Message-----
    From: Praktijk De Boomgaard <huisarts@praktijkdeboomgaard.example>
    Sent: Thursday, 8 October 2026 16:40
    To: r.haddad@alnakheel-hospital.example
    Subject: Mr. Sander Pruim (DOB 21/10/1977) - hand clinic review

    > Dear colleague,
    > Our patient Mr. Pruim, currently working in Dubai, tells me he has an appointment
    > with you for his right ring finger. Could you please send us a short report after
    > the consultation? He remains registered with our practice in Houten.
    > Kind regards,
    > J. Hofman, huisarts

    ______________________________________________________________________________
    CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended
    solely for the addressee. If you have received it in error, please notify the sender
    and delete it.
    """)


# ----------------------------------------------------------------------------------------------
@doc("vc-052", "txt", kinds=["imaging-report"], date="2026-10-06", author="radiologist", language="nl",
     style="radiology report as flat text export ('RADIOLOGISCH ONDERZOEK'), HL7-like field lines",
     imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
     notes="Plain text radiology export with exam time and report time on the same day; requester is a GP. "
           "'Vraagstelling: fractuur MC1?' is the requester's question. Advice 'verwijzing SEH/gipsverbandmeester' "
           "is a recommendation, not an event.")
def d052(path):
    write(path, """
    RADIOLOGISCH ONDERZOEK
    Betuwe-Linge Ziekenhuis, afdeling Radiologie, Tiel
    --------------------------------------------------------------
    Patiënt           : Van Beek, Sem
    Geboortedatum     : 14-01-2008
    Patiëntnummer     : 8812047
    Onderzoek         : X-duim links (2 richtingen) + X-hand links
    Onderzoeksdatum   : 06-10-2026 10:42
    Aanvrager         : J. de Wit, huisarts, Huisartsenpraktijk Passewaaij
    Kopie             : -
    Accessionnummer   : RX26-0995410
    --------------------------------------------------------------
    Klinische gegevens:
    Val van fiets 05-10, zwelling en pijn basis duim links. Vraagstelling: fractuur MC1?

    Verslag:
    Geen eerdere opnamen ter vergelijking. Intra-articulaire fractuur van de basis van het
    eerste metacarpale links met een klein volair-ulnair fragment dat in positie is gebleven
    ten opzichte van het trapezium, en subluxatie van de schacht naar dorsoradiaal (ca. 3 mm).
    Overige botstructuren van de hand intact. Geen luxatie van de overige CMC-gewrichten.

    Conclusie:
    Bennett-fractuur links met geringe subluxatie.
    Advies: verwijzing SEH / traumatologie voor verdere behandeling.

    --------------------------------------------------------------
    Radioloog         : dr. I.C. Gerritsen
    Verslagdatum      : 06-10-2026 13:17
    Status            : Geautoriseerd
    (telefonisch doorgegeven aan aanvrager 06-10-2026 13:25)
    """)


# ----------------------------------------------------------------------------------------------
@doc("vc-053", "txt", kinds=["mrsa-screening"], date="2026-11-05", also_dates=["2026-11-02"],
     author="lab", language="nl", style="MEDLAB-like fixed-width lab export (microbiology)",
     imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
     notes="Fixed-width lab export with PCR + culture; 'MRSA niet aangetoond'. Clinical info: admission in a "
           "German hospital in 09-2026 (treated abroad). Afname 02-11, uitslag 05-11; PCR result reported "
           "earlier (03-11) as 'voorlopig'.")
def d053(path):
    write(path, """
    LABORATORIUM MEDISCHE MICROBIOLOGIE ACHTERHOEK              UITSLAG      Blad 1/1
    Labnr: 2611020388      Status: EINDUITSLAG          Datum uitslag: 05-11-2026
    -------------------------------------------------------------------------------
    Patiënt  : WESSELINK, G.H.                   Geb.dat : 04-11-1951    Geslacht: V
    Adres    : Kerkstraat 19, 7141 AA Groenlo
    Aanvrager: HUISARTS M.J. TE VELDE, GROENLO   AGB     : 01-071234
    Afname   : 02-11-2026 10:30                  Ontvangst: 02-11-2026 15:10
    -------------------------------------------------------------------------------
    Klinische gegevens: opname ziekenhuis Duitsland (Bocholt-Land) 09-2026 ivm
    val, verwijzing handkliniek gepland.

    ONDERZOEK                    MATERIAAL      UITSLAG                   DATUM
    MRSA PCR (mecA/SCCmec)       neus/keel      negatief (voorlopig)      03-11-2026
    MRSA kweek ophoogbouillon    neus           MRSA niet aangetoond      05-11-2026
    MRSA kweek ophoogbouillon    keel           MRSA niet aangetoond      05-11-2026
    MRSA kweek ophoogbouillon    perineum       MRSA niet aangetoond      05-11-2026

    CONCLUSIE: MRSA niet aangetoond.
    -------------------------------------------------------------------------------
    Geautoriseerd door: dr. P.L.M. Hendriks, arts-microbioloog   05-11-2026 11:48
    """)


# ----------------------------------------------------------------------------------------------
@doc("vc-054", "txt", kinds=["history"], date="2026-09-21", author="gp", language="en",
     style="UK GP practice 'Patient Summary' print (EMIS-like), problems and consultations",
     imaging_done="yes", operated="yes", treated_abroad="yes",
     notes="UK GP summary for a Dutch patient moving back: carpal tunnel decompression in a UK hospital "
           "(11-Jun-2025), so operated and treated abroad. Ultrasound 02-Apr-2025. Nerve conduction studies "
           "are not imaging. Father's Dupuytren surgery is family history. Dates as dd-Mon-yyyy; print date "
           "in header.")
def d054(path):
    write(path, """
    WESTBROOK LANE SURGERY                                   Printed: 21-Sep-2026 11:06
    14 Westbrook Lane, Harrowfield HF4 2JD   Tel 01632 960 552
    PATIENT SUMMARY - for transfer of care
    ---------------------------------------------------------------------------------
    Name:        Mrs Ingeborg (Inge) HOLTKAMP        DOB: 19-Sep-1968   Sex: F
    NHS Number:  999 622 8801                         Usual GP: Dr K. Ashworth
    Address:     3 Mill Cottages, Harrowfield HF4 7AX
    Registered:  02-Feb-2017                          Deducted: pending (moving abroad)
    ---------------------------------------------------------------------------------
    ACTIVE PROBLEMS
      12-Nov-2024   Carpal tunnel syndrome - left
      03-Mar-2015   Essential hypertension
      21-Jan-2020   Hypothyroidism

    SIGNIFICANT PAST PROBLEMS
      11-Jun-2025   Carpal tunnel decompression - right (Harrowfield Royal Infirmary)
      07-Oct-2024   Carpal tunnel syndrome - right
      1996          Caesarean section
      2009          Laparoscopic cholecystectomy

    FAMILY HISTORY
      Father: Dupuytren's contracture, surgery x2
      Mother: Type 2 diabetes

    MEDICATION (repeat)
      Levothyroxine 75 micrograms tablets      one daily
      Ramipril 5 mg capsules                   one daily
      Co-codamol 8/500 tablets                 two up to four times daily PRN

    ALLERGIES
      Penicillin - rash (1988)

    CONSULTATIONS (last 24 months)
      07-Oct-2024  Dr K. Ashworth
        Numbness R thumb/index/middle at night x4 months. Phalen +. Wrist splint. NCS requested.
      12-Nov-2024  Dr K. Ashworth
        NCS result: moderate R CTS, mild L CTS. Referred hand surgery Harrowfield Royal Infirmary.
      02-Apr-2025  Letter received - Radiology, Harrowfield Royal Infirmary
        Ultrasound R wrist: median nerve CSA 16 mm2, no space-occupying lesion.
      11-Jun-2025  Letter received - Plastic Surgery, Harrowfield Royal Infirmary
        R open carpal tunnel decompression under LA (day case). Uncomplicated.
      24-Jun-2025  Practice nurse
        Suture removal R palm. Wound healed.
      15-Jan-2026  Dr P. Mensah
        L hand symptoms worse, wakes 3x/night. Steroid injection L carpal tunnel.
      04-Jun-2026  Dr K. Ashworth
        L CTS recurrent. Discussed referral; pt prefers to wait - moving back to the
        Netherlands in October 2026. Copy of summary to patient for new GP.
      21-Sep-2026  Admin
        Summary printed for patient at her request.
    ---------------------------------------------------------------------------------
    END OF SUMMARY                                                    Page 1 of 1
    """)


# ----------------------------------------------------------------------------------------------
@doc("vc-055", "txt", kinds=[], date="2026-11-09", author="patient", language="en",
     style="patient e-mail exported to text (request for second opinion)",
     imaging_done="no", operated="unmentioned", treated_abroad="no",
     notes="Patient e-mail, not a referral. Symptoms started on a holiday in Portugal where she did not see "
           "a doctor (treated_abroad = no). 'No X-rays or scans yet' (imaging no). Operation only discussed.")
def d055(path):
    write(path, """
    From:    Laura Bianchi <laura.bianchi83@mail.example>
    To:      Secretariaat Handkliniek <secretariaat@handkliniek-rdam.example>
    Date:    Mon, 9 Nov 2026 21:47:03 +0100
    Subject: second opinion request - left thumb

    Hello,

    My name is Laura Bianchi (date of birth 12/11/1983), I am Italian and I live in
    Schiedam. I would like to make an appointment for a second opinion about my left thumb.

    The pain started in the summer when I was on holiday in Portugal - I think from carrying
    the suitcases - but I didn't see a doctor there, I just took ibuprofen. Since then the
    base of my thumb hurts when I open jars or hold my phone.

    My GP here thinks it is arthritis of the thumb base. There have been no X-rays or scans
    yet, my GP said to wait and see first. A friend of mine had an operation for the same
    problem, and the orthopaedic doctor I saw privately last week also talked about surgery,
    but I would rather know all the options.

    Does my GP need to send you a letter? And do I need to bring anything?

    Thank you and kind regards,
    Laura Bianchi
    +31 6 55504488

    Sent from my phone
    """)


# ----------------------------------------------------------------------------------------------
@doc("vc-056", "txt", kinds=["history"], date="2025-12-18", author="gp", language="nl",
     style="HIS 'Professionele samenvatting' plain text (other HIS vendor), CRLF line endings",
     imaging_done="yes", operated="no", treated_abroad="unmentioned",
     notes="History printout dated 18-12-2025 - older than six months relative to a late-2026 intake, so it "
           "should not satisfy recency. Windows line endings. 'nooit geopereerd aan hand of pols' (no). X-pols "
           "11-2025. Birth date 16-12-1972 near the print date.")
def d056(path):
    write(path, """
    ******************************************************************************
    *  PROFESSIONELE SAMENVATTING                                                *
    *  Huisartsenpraktijk De Wieken, Molenweg 31, 4331 LD Middelburg             *
    ******************************************************************************
    Aangemaakt op  : 18-12-2025 14:20
    Aangemaakt door: drs. P.C. Minderhoud, huisarts
    Ontvanger      : specialist (t.b.v. verwijzing)

    PERSONALIA
      Naam           : mw. C.A. (Carla) Sinke-Boone
      Geboortedatum  : 16-12-1972
      Geslacht       : vrouw
      BSN            : 999991058

    ACTUELE EPISODES
      L11  Polsklachten rechts (pijn ulnair)                    sinds 09-2025
      L90  Artrose knie beiderzijds                             sinds 2019
      P74  Angststoornis                                        sinds 2014

    INACTIEVE EPISODES (relevant)
      W84  Sectio caesarea                                      2003
      L98  Hallux valgus re, correctie-osteotomie               2017

    JOURNAAL (laatste 4 maanden, selectie)
      16-09-2025 S  Pijn ulnaire zijde pols re na verhuizing (dozen tillen). Geen trauma.
      16-09-2025 O  Drukpijn fovea, geen zwelling. Pro/supinatie pijnlijk eindstandig.
      16-09-2025 E  L11 polsklachten re, TFCC?
      16-09-2025 P  Polsbandage, NSAID 2 wk, ctrl.
      28-10-2025 S  Geen verbetering. Kan koffiepot niet inschenken.
      28-10-2025 P  X-pols re aangevraagd.
      12-11-2025 O  X-pols re (Scheldezoom Ziekenhuis 11-11-2025): geen afwijkingen, ulnavariantie +1 mm.
      12-11-2025 P  Fysiotherapie 6x, daarna evalueren.
      18-12-2025 S  Nog steeds klachten. Wil graag naar specialist.
      18-12-2025 P  Verwijzing orthopedie. Pt is nooit geopereerd aan hand of pols.

    MEDICATIE
      Sertraline 50 mg 1 dd 1
      Naproxen 250 mg 2 dd 1 zo nodig
      Paracetamol 500 mg zo nodig

    ALLERGIEEN / CONTRA-INDICATIES
      Geen bekend

    ******************************************************************************
    Einde professionele samenvatting
    """, crlf=True)


# ----------------------------------------------------------------------------------------------
@doc("vc-057", "txt", kinds=["mrsa-screening"], date="2026-08-16", also_dates=["2026-08-13"],
     author="lab", language="de", style="German hospital microbiology Befundbericht as text export",
     imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
     notes="German MRSA screening for an inpatient (Einsender: Unfallchirurgie, Station 4B) - shows a stay "
           "in a foreign hospital. 'Kein Nachweis von MRSA'. Entnahme 13.08., Eingang 14.08., Befund 16.08.")
def d057(path):
    write(path, """
    Städtisches Krankenhaus Bocholt-Land
    Institut für Laboratoriumsmedizin und Mikrobiologie
    Dingdener Straße 210, 46399 Bocholt-Land · Tel. +49 2871 555-4000

    MIKROBIOLOGISCHER BEFUNDBERICHT                         Endbefund
    ------------------------------------------------------------------------
    Patient       : Lansink, Gerrit                Geb.: 11.08.1949
    Fall-Nr.      : 2026-0813-7741                 Auftragsnr.: MB2608140221
    Einsender     : Klinik für Unfallchirurgie, Station 4B
    Entnahme      : 13.08.2026 06:10
    Eingang       : 14.08.2026 08:05
    Befunddatum   : 16.08.2026
    ------------------------------------------------------------------------
    Untersuchung  : MRSA-Screening (Aufnahmescreening Risikopatient)
    Material      : Nasenvorhofabstrich, Rachenabstrich, Wundabstrich Unterarm rechts

    Ergebnis:
      Nasenvorhof   : Kein Nachweis von MRSA
      Rachen        : Kein Nachweis von MRSA
      Wunde         : Kein Nachweis von MRSA; Staphylococcus epidermidis (spärlich),
                      vermutlich Hautflora

    Beurteilung: Kein Anhalt für eine MRSA-Besiedlung.
    ------------------------------------------------------------------------
    Validiert: Dr. med. Katrin Bußmann, Fachärztin für Mikrobiologie, 16.08.2026
    """)


# ----------------------------------------------------------------------------------------------
@doc("vc-058", "txt", kinds=[], date="2026-11-02", author="other", language="nl",
     style="pharmacy medication overview (AIS text print), Windows-1252 encoded",
     imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
     notes="Pharmacy overview saved as Windows-1252 (not UTF-8) with fixed-width columns. A short "
           "cefalexine course from 'Plast. chir.' hints at care but states no event. Not a history letter.")
def d058(path):
    write(path, """
    ===============================================================================
     APOTHEEK HET SPAARNE-OOST      Amsterdamstraat 41, 2032 PD Haarlem
     Tel 023-5554100                Apotheker: mw. drs. R.E. Gökçe
    ===============================================================================
     MEDICATIEOVERZICHT                                    Datum: 02-11-2026 10:17
     Patiënt : Mw. M.T. Oudshoorn          Geb.: 31-10-1962
     Huisarts: J.P. Oosterhuis             Verzekeraar: Zilveren Kruis
    -------------------------------------------------------------------------------
     Start     Geneesmiddel                   Gebruik               Voorschr.
    -------------------------------------------------------------------------------
     14-02-20  LEVOTHYROXINE 50UG TABLET       1x daags 1 nuchter    Huisarts
     03-05-22  OMEPRAZOL 20MG CAPSULE MSR      1x daags 1            Huisarts
     03-05-22  NAPROXEN 500MG TABLET           zn 2x daags 1         Huisarts
     21-09-26  CEFALEXINE 500MG CAPSULE        3x daags 1 (7 dagen)  Plast. chir.
     21-09-26  PARACETAMOL 1000MG TABLET       zn 3x daags 1         Plast. chir.
    -------------------------------------------------------------------------------
     Gestopt:
     21-09-26 - 28-09-26  CEFALEXINE 500MG    kuur beëindigd
    -------------------------------------------------------------------------------
     Overgevoeligheid: sulfonamiden (exantheem)
     Contra-indicatie: maagulcus in voorgeschiedenis (2021)
    ===============================================================================
     Dit overzicht is alleen geldig op de datum van afdruk. Bespreek wijzigingen
     met uw apotheker.
    """, crlf=True, encoding="cp1252")


# ----------------------------------------------------------------------------------------------
@doc("vc-059", "txt", kinds=["imaging-report"], date="2026-05-08", also_dates=["2026-05-07"],
     author="radiologist", language="en", style="international hospital (Qatar) MRI report, US-style FINDINGS/IMPRESSION",
     imaging_done="yes", operated="unmentioned", treated_abroad="yes",
     notes="English MRI report from a hospital in Doha: ISO dates in the header; 'Referring physician' is an "
           "orthopaedic surgeon. 'Clinical history' question. Report signed the day after the scan. "
           "Expat patient - imaging in a foreign hospital.")
def d059(path):
    write(path, """
    GULF MERIDIAN HOSPITAL - DOHA
    Department of Clinical Imaging
    P.O. Box 55021, Doha, Qatar  |  +974 4 555 0000

    PATIENT NAME : VISSER, MAARTEN           MRN       : GMH-00917733
    DOB          : 1986-05-09                SEX       : M
    EXAM         : MRI LEFT WRIST WITHOUT CONTRAST
    EXAM DATE    : 2026-05-07 18:22          ACCESSION : MR2605070419
    REFERRING    : Dr. Khalid Al-Mansoori (Orthopedics)
    REPORT DATE  : 2026-05-08 09:05          STATUS    : FINAL

    CLINICAL HISTORY:
    Fall during football 3 weeks ago. Radial-sided wrist pain, negative radiographs.
    Rule out occult scaphoid fracture / ligament injury.

    TECHNIQUE:
    Multiplanar, multisequence MRI of the left wrist on a 3T system without IV contrast.

    FINDINGS:
    There is a non-displaced fracture line through the waist of the scaphoid with
    surrounding bone marrow edema. No cortical step-off. Mild bone marrow edema in the
    distal radial styloid without a discrete fracture line (bone contusion).
    The scapholunate and lunotriquetral ligaments are intact. The TFCC is intact.
    Extensor and flexor tendons are unremarkable. Small radiocarpal joint effusion.

    IMPRESSION:
    1. Non-displaced scaphoid waist fracture, left.
    2. Bone contusion of the radial styloid.
    3. No ligamentous injury.

    Electronically signed by: Dr. Lina Farouk, Consultant Radiologist, 2026-05-08 09:05
    """)


# ----------------------------------------------------------------------------------------------
@doc("vc-060", "txt", kinds=["operation-report"], date="2026-06-23", author="specialist", language="en",
     style="Spanish private clinic surgical report, English version, plain text",
     imaging_done="yes", operated="yes", treated_abroad="yes",
     notes="Surgical report from a clinic in Spain (English version) for a Dutch resident who lives there "
           "part of the year. Pre-operative ultrasound mentioned in the indication. Dates dd/mm/yyyy. "
           "Histology sent (result pending) - not a pathology report.")
def d060(path):
    write(path, """
    CLÍNICA MEDITERRÁNEA LEVANTE
    Unidad de Cirugía de la Mano y Microcirugía / Hand & Microsurgery Unit
    Avda. del Mediterráneo 140, 03503 Benidorm (Alicante), España - Tel. +34 96 555 4400

    SURGICAL REPORT (English version)
    ------------------------------------------------------------------------------
    Patient:            Mrs. Hendrika (Riek) Smulders-van Aalst
    Date of birth:      25/06/1958
    Clinical record:    HC-2026-003817
    Date of surgery:    23/06/2026
    Surgeon:            Dr. Javier Ortega Ruiz
    Assistant:          Dra. Marta Lledó
    Anaesthesia:        Regional (axillary block) + sedation - Dr. P. Navarro
    Tourniquet:         Arm, 250 mmHg, 35 minutes
    ------------------------------------------------------------------------------
    Pre-operative diagnosis:  Dorsal wrist ganglion, left, recurrent after two aspirations
    Post-operative diagnosis: Same
    Procedure:                Open excision of dorsal wrist ganglion, left, with resection
                              of the stalk and partial dorsal capsulectomy

    Indication:
    Painful dorsal mass left wrist for 14 months, ultrasound (04/2026) confirmed a
    multilobulated ganglion from the SL interval (21 x 12 mm). Recurred after two
    aspirations.

    Description:
    Transverse incision over the mass. Extensor retinaculum preserved, EDC retracted
    ulnarly and ECRB radially. Ganglion dissected in toto down to its stalk at the dorsal
    SL ligament; stalk and a 1 x 1 cm window of capsule excised. SL ligament inspected:
    intact. Haemostasis after tourniquet release. Skin closed with 4/0 intradermal
    suture. Specimen sent for histology.

    Complications: none.

    Post-operative plan:
    Volar splint for 10 days, active finger movement. Wound review in 10 days (she will be
    back in the Netherlands by then - review by her GP is acceptable). Paracetamol 1 g
    every 8 h and dexketoprofen 25 mg every 8 h for 3 days if required.

    Signed: Dr. Javier Ortega Ruiz - Colegiado 03/0912345 - Benidorm, 23/06/2026
    """)


# ----------------------------------------------------------------------------------------------
@doc("vc-061", "txt", kinds=["referral", "correspondence"], date="2026-10-05", author="specialist",
     language="en", style="UK consultant onward-referral letter, plain text export", referral_question=True,
     imaging_done="yes", operated="yes", treated_abroad="yes",
     notes="A specialist (UK consultant who operated) refers the patient to a Dutch hand clinic with an "
           "explicit question: both referral and specialist correspondence. Thumb CMC arthrodesis January "
           "2026 under his care (operated, abroad); CT shows non-union. Exported text with letter date "
           "'5 October 2026' and dictated date in the reference line.")
def d061(path):
    write(path, """
    Dept of Orthopaedics - Upper Limb Unit
    Severnside University Hospitals NHS Foundation Trust
    Quayside Road, Severnside SV1 8QR
    Tel: 01632 960 233   Secretary: Mrs J. Pryce

    Our ref: MJ/jp/UL-40771     Dictated: 02/10/2026     Typed: 05/10/2026

    5 October 2026

    Hand Surgery Department - Second Opinion Clinic
    Handkliniek Gelderland
    Velperweg 120
    6824 HK Arnhem
    The Netherlands

    Dear Colleague,

    Re: Mr Joost VERMEER, DOB 07/10/1974
        NHS No 999 844 1207
        New address: Rijnkade 3, 6811 HA Arnhem

    I would be grateful if you would see this 51-year-old right-handed joiner, who is
    relocating to the Netherlands this month, for a second opinion and onward care.

    He underwent a right thumb carpometacarpal joint arthrodesis (two compression screws
    plus local bone graft) under my care on 19 January 2026 for painful post-traumatic
    arthritis. Post-operatively he was immobilised in a thumb spica cast for eight weeks.
    Unfortunately he continues to have pain at the thumb base, and a CT scan on
    22 September 2026 shows a persistent non-union with lucency around the distal screw.

    Options discussed with him have been revision arthrodesis with iliac crest graft
    versus conversion to a trapeziectomy. I would value your opinion on which of these you
    would recommend, and whether you would be willing to take over his care.

    Past history: hypertension; right shoulder arthroscopic decompression 2019.
    Medication: amlodipine 5 mg OD, paracetamol PRN. No known drug allergies.
    Smoking: 10 cigarettes/day - advised to stop.

    I enclose his operation note, the CT report and images on CD.

    Yours faithfully,

    Mr Martin Jessop FRCS (Tr&Orth)
    Consultant Orthopaedic Surgeon (Hand & Upper Limb)

    cc: Mr J. Vermeer
        Dr A. Price, Riverbend Surgery, Severnside
    """)


# ----------------------------------------------------------------------------------------------
@doc("vc-062", "txt", kinds=["correspondence", "operation-report"], date="2026-09-16", author="specialist",
     language="de", style="Swiss 'Austrittsbericht' as plain text with full operation section",
     imaging_done="yes", operated="yes", treated_abroad="yes",
     notes="Swiss discharge report (Austrittsbericht, Eintritt/Austritt) containing a full operation "
           "description with date, Operateur, Assistenz, Anästhesie and Vorgehen: both correspondence and "
           "operation report. Earlier conservatively treated radius fracture (06/2026). Swiss spelling "
           "('gemäss'). Letter date 16.09.2026 after discharge 14.09.2026.")
def d062(path):
    write(path, """
    Spital Thurtal-Süd
    Klinik für Orthopädie und Traumatologie · Handchirurgie
    Spitalweg 8, 8500 Thurbrugg TG · Tel. +41 52 555 31 00

    Thurbrugg, 16.09.2026

    Herrn Dr. med. R. Zuidema
    Huisartsenpraktijk Westerpoort
    Westerstraat 2
    NL-9711 EG Groningen

    AUSTRITTSBERICHT

    Patientin:   Frau Roos Bakker, geb. 13.09.1966, Ferienwohnung Seeblick, Thurbrugg
                 Wohnort: Groningen (NL)
    Eintritt:    11.09.2026
    Austritt:    14.09.2026

    Sehr geehrter Herr Kollege

    Wir berichten über Ihre Patientin, die sich während eines Ferienaufenthaltes in unserer
    stationären Behandlung befand.

    Diagnosen
    1. Spontanruptur der Extensor-pollicis-longus-Sehne links
       - bei St. n. konservativ behandelter, nicht dislozierter distaler Radiusfraktur
         links (06/2026, in den Niederlanden)
    2. Arterielle Hypertonie

    Anamnese
    Plötzlicher Verlust der Streckfähigkeit des linken Daumenendgliedes am 10.09.2026 beim
    Wandern. Kein erneutes Trauma.

    Befunde
    Klinisch aufgehobene Retropulsion und Extension IP I links. Röntgen Handgelenk links:
    konsolidierte distale Radiusfraktur, kein Fehlstand.

    Operation vom 12.09.2026
    Operateur:    Dr. med. Beat Hürlimann, Leitender Arzt Handchirurgie
    Assistenz:    Dr. med. Lea Frischknecht
    Anästhesie:   WALANT
    Eingriff:     Sehnentransfer Extensor indicis proprius auf Extensor pollicis longus links
    Vorgehen:     Quere Inzision über dem MCP II, Darstellung und Absetzen der EIP-Sehne
                  ulnar der EDC-Sehne. Zweite Inzision über Lister-Tuberkel: EPL-Stümpfe
                  ausgefranst, distaler Stumpf über MCP I aufgesucht. Subkutanes Durchziehen
                  des EIP, Pulvertaft-Naht mit 3 Durchflechtungen (Ethibond 3-0) in
                  leichter Überkorrektur; intraoperativ aktive Prüfung unter WALANT mit
                  voller Extension. Hautnaht Prolene 4-0.
    Komplikationen: keine

    Verlauf
    Komplikationsloser postoperativer Verlauf, reizlose Wundverhältnisse.

    Procedere
    - Daumenschiene in Extension für 4 Wochen, danach Handtherapie gemäss Transfer-Protokoll
    - Fadenentfernung nach 14 Tagen durch den Hausarzt
    - Weitere Kontrollen in den Niederlanden

    Freundliche Grüsse

    Dr. med. Beat Hürlimann                  Dr. med. Lea Frischknecht
    Leitender Arzt Handchirurgie             Assistenzärztin

    Kopie: Patientin
    """)


# ----------------------------------------------------------------------------------------------
@doc("vc-063", "txt", kinds=["imaging-report"], date="2026-07-27", author="radiologist", language="nl",
     style="Belgian RX report (Dienst Medische Beeldvorming), plain text", imaging_done="yes",
     operated="unmentioned", treated_abroad="yes",
     notes="Flemish radiology report requested by the spoedgevallendienst of a Belgian hospital: the exam "
           "itself is emergency care abroad. '°29/07/1999' birth date two days after the exam. Recommends "
           "MRI/CT if complaints persist (not done).")
def d063(path):
    write(path, """
    AZ Sint-Vedastus Kortrijk-Noord
    Dienst Medische Beeldvorming
    Brugsesteenweg 300, 8500 Kortrijk - tel. +32 56 55 40 00

    Patiënt       : VERBRUGGEN Milan (°29/07/1999)
    Dossiernummer : 26117430
    Aanvragend arts: dr. E. Vanhoutte, spoedgevallendienst
    Datum onderzoek: 27/07/2026

    RX RECHTERPOLS F + P + SCAPHOIDREEKS

    Inlichtingen: val op uitgestrekte hand (fietsongeval), drukpijn snuifdoos.

    Verslag:
    Geen recente fractuurlijnen zichtbaar, ook niet ter hoogte van het scaphoid op de
    bijkomende opnamen. Normale carpale uitlijning; scapholunaire afstand normaal.
    Weke delenzwelling dorsoradiaal. Geen luxatie.

    Besluit:
    Geen evidente fractuur. Bij persisterende klinische verdenking op scaphoidfractuur is
    een controle-RX na 10 à 14 dagen of een MRI/CT aangewezen.

    dr. F. Debaene, radioloog
    Elektronisch gevalideerd op 27/07/2026 16:48
    """)


# ----------------------------------------------------------------------------------------------
@doc("vc-064", "txt", kinds=[], date="2026-11-03", author="other", language="nl",
     style="patient portal message (appointment for ultrasound), plain text export",
     imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
     notes="Portal appointment message for a future echo (18-11-2026); the generic question about stays in "
           "foreign hospitals and 'neem eerdere foto's mee' are not facts about the patient. Message date "
           "03-11-2026.")
def d064(path):
    write(path, """
    MijnBetuweLinge - bericht
    ------------------------------------------------------------
    Van:       Afsprakenbureau Radiologie, Betuwe-Linge Ziekenhuis
    Aan:       M. (Mila) de Ridder
    Datum:     03-11-2026 09:12
    Onderwerp: Afspraak echo hand links
    ------------------------------------------------------------

    Beste mevrouw De Ridder,

    Uw behandelaar, dr. K. Tan (plastische chirurgie), heeft een echo van de linkerhand
    voor u aangevraagd. Wij hebben de volgende afspraak voor u gemaakt:

      Onderzoek : Echo hand links
      Datum     : woensdag 18 november 2026
      Tijd      : 14:10 uur (graag 10 minuten van tevoren melden)
      Locatie   : Radiologie, begane grond, route 40

    Voorbereiding is niet nodig; u hoeft niet nuchter te zijn. Heeft u eerder foto's of
    echo's in een ander ziekenhuis laten maken, neem dan de cd of de verslagen mee.

    Bent u de afgelopen twee maanden opgenomen geweest in een ziekenhuis in het buitenland?
    Meld dit dan vóór uw afspraak bij de afdeling, in verband met MRSA.

    Kunt u niet komen? Verzet of annuleer uw afspraak via MijnBetuweLinge of bel
    0344 - 555 600.

    Met vriendelijke groet,
    Afsprakenbureau Radiologie

    Dit bericht is automatisch verstuurd. U kunt op dit bericht niet reageren.
    """)
