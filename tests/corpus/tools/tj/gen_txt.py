"""plain-text documents: tj-003 008 014 018 023 031 037 041 044 047 052 056 061"""
from common import write_text, label

FF = "\f"


# ------------------------------------------------------------------ tj-003 HIS journal printout (multi-page)
def tj003():
    st = "tj-003"
    def head(n):
        return ("Huisartsenpraktijk Bilthoven-Noord                          Datum uitdraai: 02-03-2026 10:14\n"
                "UITDRAAI JOURNAAL                                                               Pagina %d van 3\n"
                "Patiënt : Vos-Hermans, R. (Rianne)     Geb.: 23-04-1979   V   Pat.nr: 004417\n"
                "Huisarts: M.A. Kuijpers                 Periode: 01-01-2024 t/m 02-03-2026\n"
                "------------------------------------------------------------------------------------------\n" % n)
    p1 = head(1) + """EPISODELIJST
 ICPC  Omschrijving                                         Begin       Eind        Attentie
 L87   Triggerfinger dig 3 re (tendovaginitis stenosans)    11-01-2024              *
 K86   Hypertensie                                          2019
 P76   Depressie, in remissie                               2015        2017
 A97   Geen ziekte (preventie cervix)                       2024        2024
 S03   Wratten voet                                         08-2025     10-2025

JOURNAAL
11-01-2024  S  sinds 2 mnd knappen middelvinger re bij buigen, 's ochtends op slot
            O  nodus palmair MCP3 re, triggering reproduceerbaar, geen contractuur
            E  L87 triggerfinger dig 3 re
            P  uitleg, afwachten 6 wkn, evt injectie
29-02-2024  S  geen verbetering
            P  injectie triamcinolon 10 mg + lido peesschede A1 dig 3 re (HA)
13-06-2024  S  na injectie 3 mnd goed, nu weer op slot, 2e injectie gewenst
            P  2e injectie A1 dig 3 re. Bij recidief verwijzing
21-11-2024  S  recidief, beperkt in werk (kapster), wil nu behandeling
            P  Verwijzing plastische chirurgie (ZorgDomein) Ziekenhuis De Bilt-Zeist
04-02-2025  -  Brief specialist ontvangen: triggerfinger dig 3 re, A1-klieving gepland
""" + FF
    p2 = head(2) + """JOURNAAL (vervolg)
14-03-2025  -  OK-verslag ontvangen: percutane? nee - open A1-klieving dig 3 re op 12-03-2025
               (dr. Hoogeveen), zonder complicaties
26-03-2025  S  hechtingen eruit, wond rustig, kan vinger goed buigen
            O  wond genezen, geen triggering meer
            P  controle zo nodig
08-08-2025  S  wratten onder voet, vraagt advies (telefonisch vanuit Portugal, op vakantie,
               wil daar geen dokter bezoeken)
            P  advies salicylzuur, bij thuiskomst controle
02-10-2025  S  wratten weg. Sinds enkele weken middelvinger re weer dik en stijf,
               kan hem niet meer helemaal strekken
            O  PIP dig 3 re extensiedeficit 25 gr, geen triggering, litteken soepel
            E  L87 status na A1-klieving, flexiecontractuur PIP dig 3?
            P  fysiotherapie/handtherapie, terug bij geen verbetering
17-12-2025  S  handtherapie 8x, geen verbetering, pijn bij vuist maken
            P  echo hand re aangevraagd
14-01-2026  -  Uitslag echo hand re (09-01-2026): verdikte FDS-pees, geen residu A1-pulley,
               geen ganglion. Geen aanwijzing voor recidief triggering.
""" + FF
    p3 = head(3) + """JOURNAAL (vervolg)
05-02-2026  S  wil graag dat het goed wordt bekeken. Chirurg in De Bilt-Zeist zegt "afwachten";
               pt wil second opinion in een gespecialiseerde handkliniek
            O  PIP 3 re extensie -30, flexie volledig
            E  L87 PIP-contractuur dig 3 re na A1-klieving
            P  uitleg second opinion; brief volgt via ZorgDomein
02-03-2026  -  Uitdraai journaal gemaakt t.b.v. verwijzing (op verzoek handkliniek)

MEDICATIE (actueel)
 amlodipine tab 5mg           1dd1          sinds 2019
 paracetamol tab 500mg        zn max 6dd2

INTOLERANTIES: geen bekend

--- einde uitdraai ---
"""
    write_text(st, p1 + p2 + p3, crlf=True)
    label(st, ["history"], "gp", "nl", "HIS journal printout (uitdraai journaal) with episode list and SOEP lines, form feeds",
          "yes", "yes", "no",
          "Three 'pages' separated by form feeds, each with repeated header, print date and birth date; CRLF line ends; "
          "journal lines 'Verwijzing plastische chirurgie', 'Brief specialist ontvangen', 'OK-verslag ontvangen' are mentions, "
          "not those documents; holiday in Portugal without seeing a doctor (phone advice from the GP) = no; ultrasound done; "
          "A1 release done",
          date="2026-03-02")


# ------------------------------------------------------------------ tj-008 patient e-mail with quoted clinic reply
def tj008():
    st = "tj-008"
    txt = """Van: Dewi Sastro <dewi.sastro@example.nl>
Verzonden: vrijdag 6 maart 2026 22:17
Aan: intake@handkliniek-amstelveld.example.nl
Onderwerp: RE: Second opinion aanvraag pols
Bijlagen: IMG_4471.jpg; ontslagbrief_alanya.pdf

Beste mevrouw Hofman,

Dank voor uw snelle antwoord. Hierbij nog wat meer informatie.

Ik ben op 27 december in Alanya (Turkije) gevallen van een trap bij het hotel. Ik ben daar met de ambulance naar het ziekenhuis gebracht. Ze hebben foto's en een scan gemaakt en de volgende dag is mijn linkerpols geopereerd, ze hebben hem met pinnen vastgezet. Ik heb 3 nachten in het ziekenhuis gelegen. Na thuiskomst ben ik bij de huisarts geweest en die heeft me doorgestuurd naar de gipskamer van het ziekenhuis in Haarlem, daar zijn de pinnen er na 6 weken uit gehaald.

Nu is mijn pols nog steeds erg stijf en ik kan mijn hand niet goed draaien. In het ziekenhuis hier zeggen ze dat ik moet afwachten maar ik wil graag weten of er nog iets aan te doen is. Daarom wil ik graag een second opinion bij u.

De ontslagbrief uit Turkije (in het Engels) zit in de bijlage, en een foto van het papier dat ik kreeg. Het operatieverslag heb ik niet, ik weet niet of ik dat nog kan krijgen.

Ik ben geboren op 14-07-1986.

Met vriendelijke groet,
Dewi Sastro
06-20 00 00 00

-----Oorspronkelijk bericht-----
Van: Intake Handkliniek Amstelveld <intake@handkliniek-amstelveld.example.nl>
Verzonden: donderdag 5 maart 2026 09:02
Aan: Dewi Sastro <dewi.sastro@example.nl>
Onderwerp: RE: Second opinion aanvraag pols

Beste mevrouw Sastro,

Dank voor uw bericht. Voor een second opinion hebben wij een verwijzing van uw huisarts of specialist nodig. Wilt u ook aangeven waar u bent behandeld? Als u in een ziekenhuis in het buitenland bent opgenomen, vragen wij een MRSA-kweek via uw huisarts.

Met vriendelijke groet,
E. Hofman, verpleegkundige intake
"""
    write_text(st, txt)
    label(st, [], "patient", "nl", "patient e-mail thread (Outlook-style headers) with quoted clinic reply",
          "yes", "yes", "yes",
          "Patient asks for a second opinion (not a referral); quoted reply from the intake nurse speaks generically about "
          "referral and MRSA; admitted and operated in Alanya (city only); Dutch follow-up after accident abroad; two e-mail "
          "dates with weekday names; attachments listed but not present",
          date="2026-03-06")


# ------------------------------------------------------------------ tj-014 pharmacy medication overview
def tj014():
    st = "tj-014"
    txt = """==========================================================================================
 APOTHEEK DE ZWAAN                                   Medicatieoverzicht
 Zwaanstraat 14, 1541 EM Koog aan de Zaan             Printdatum: 16-03-2026  08:55
 tel. 075 000 33 33                                   Apotheker: drs. L. Kwakman
==========================================================================================
 Patiënt   : dhr. B. (Bas) Zwanenburg          Geboortedatum: 01-05-1955   M
 Adres     : Lagedijk 200, 1541 KS Koog a/d Zaan
 Huisarts  : dr. E. Veldhuis, Wormerveer
 Gewicht   : 104 kg (16-03-2026)   Lengte: 1,80 m

 ACTUELE MEDICATIE
 ----------------------------------------------------------------------------------------
 Start      Geneesmiddel                         Gebruik            Voorschrijver
 ----------------------------------------------------------------------------------------
 12-2018    METFORMINE TABLET 850MG              2 x daags 1        Veldhuis (HA)
 12-2018    ATORVASTATINE TABLET 20MG            1 x daags 1 a.n.   Veldhuis (HA)
 03-2021    PERINDOPRIL TABLET 4MG               1 x daags 1        Veldhuis (HA)
 07-2023    APIXABAN TABLET 5MG                  2 x daags 1        Dijkstra (cardioloog)
 02-2026    PARACETAMOL TABLET 1000MG            3 x daags 1        Van Leeuwen (orthopeed)
            zo nodig, max 4 per dag
 02-2026    OXYCODON TABLET 5MG                  zo nodig 1, max 4  Van Leeuwen (orthopeed)
            postoperatief, afgeleverd 7 stuks, niet herhalen

 GESTOPT (laatste 6 maanden)
 ----------------------------------------------------------------------------------------
 01-2026    DICLOFENAC TABLET 50MG               gestopt 02-2026    reden: interactie apixaban / nierfunctie

 CONTRA-INDICATIES / OVERGEVOELIGHEID
   - Diabetes mellitus type 2
   - Verminderde nierfunctie (eGFR 52, 01-2026)
   - Overgevoeligheid: codeïne (misselijkheid, braken)

 Let op: dit overzicht is gebaseerd op de gegevens van deze apotheek. Medicatie die elders is
 verstrekt (bijv. in het ziekenhuis of in het buitenland) staat hier mogelijk niet op.
==========================================================================================
"""
    write_text(st, txt)
    label(st, [], "other", "nl", "pharmacy medication overview (fixed-width AIS printout)",
          "unmentioned", "unmentioned", "unmentioned",
          "Pharmacy overview (not a history letter); 'postoperatief' oxycodone from an orthopaedist implies some operation "
          "but not which body part, so operated stays unmentioned; disclaimer mentions 'buitenland' generically; BMI ~32 from "
          "weight/height only",
          date="2026-03-16")


# ------------------------------------------------------------------ tj-018 dictation transcript of outpatient visit
def tj018():
    st = "tj-018"
    txt = """DICTAAT - Plastische Chirurgie / Handchirurgie
Liemers-Oost Ziekenhuis (afd. PCH, locatie Zevenaar)
Gedicteerd door: dr. W. Harmsen, plastisch chirurg      Gedicteerd: 03-03-2026 16:42
Uitgewerkt door: MvdB (secretariaat PCH)                Getypt:     05-03-2026
Status: definitief - verzonden naar huisarts en patiënt

Aan: M. Roelofs, huisarts, Gezondheidscentrum Didam
Betreft: dhr. T.H. Arends, geb. 30-06-1972, pnr 1188402
Consult: 03-03-2026, eerste polibezoek

Geachte collega,

Dank voor uw verwijzing van bovengenoemde patiënt met de vraag of er sprake is van een compressie van de nervus ulnaris.

Anamnese: 53-jarige rechtshandige vrachtwagenchauffeur. Sinds ongeveer acht maanden tintelingen in de pink en ringvinger links, met name tijdens het rijden met de elleboog op de portierrand en 's nachts. Sinds kort wat onhandig bij het dichtdoen van knoopjes. Geen nekklachten. Voorgeschiedenis: appendectomie op jonge leeftijd, diabetes mellitus type 2 (tabletten). Aan de hand of arm nooit eerder geopereerd of anderszins behandeld. Rookt niet.

Lichamelijk onderzoek: geen atrofie van de interossei, Froment negatief, kracht intrinsieke handmusculatuur MRC 5-. Tinel positief over de sulcus ulnaris links, elleboogbuigtest positief na 40 seconden. Sensibiliteit verminderd dig 5 en ulnaire zijde dig 4. Geen subluxatie van de nervus ulnaris bij flexie. Guyon negatief.

Aanvullend onderzoek: nog niet verricht. Ik heb een EMG aangevraagd via de neurologie, alsmede een echo van de nervus ulnaris ter hoogte van de elleboog [onverstaanbaar] om een ganglion of andere ruimte-innemende afwijking uit te sluiten.

Conclusie: klinisch een cubitaletunnelsyndroom links, nog zonder motorische uitval.

Beleid: leefstijladviezen (elleboog niet langdurig gebogen, nachtspalk in 45 graden flexie). Na het EMG en de echo zie ik hem terug op het spreekuur om de resultaten en eventueel een decompressie van de nervus ulnaris te bespreken.

Met vriendelijke groet,

dr. W. Harmsen, plastisch chirurg
(Dit dictaat is niet door de dicterende arts gecontroleerd)
"""
    write_text(st, txt)
    label(st, ["correspondence"], "specialist", "nl", "typed dictation transcript (dictaat) of a plastic surgery outpatient visit",
          "no", "no", "unmentioned",
          "Dictation header with dictated/typed dates and '[onverstaanbaar]' marker; 'Aanvullend onderzoek: nog niet verricht' "
          "(= no imaging yet) with EMG and ultrasound only requested; appendectomy is another body part; 'nooit eerder geopereerd'; decompression "
          "only to be discussed; elbow nerve problem affecting the hand",
          date="2026-03-03", also=["2026-03-05"])


# ------------------------------------------------------------------ tj-023 EDIFACT MEDLAB MRSA result
def tj023():
    st = "tj-023"
    segs = [
        "UNA:+.? '",
        "UNB+UNOC:3+LAB-RLMM-NOORD:30+HA-01045566:30+260305:1412+3307781'",
        "UNH+1+MEDLAB:1:1:NL'",
        "BGM+LRP+26M041127+9'",
        "DTM+137:202603051410:203'",
        "NAD+SLA++Laboratorium Medische Microbiologie Noord-Holland Noord:Afdeling Bacteriologie+Postbus 501+Alkmaar++1800 AM'",
        "NAD+PO+01045566:AGB++J.H. Mosterd, huisarts+Langestraat 71+Alkmaar++1811 JE'",
        "PNA+PAT+999733101:BSN+++SU:Ramdin+IN:P.R.'",
        "DTM+329:19610911:102'",
        "ADR++1:Voormeer 33+Alkmaar++1823 CH'",
        "PDI+M'",
        "SPC+SPC+NEUS'",
        "DTM+SCO:202603021015:203'",
        "DTM+RCP:202603021730:203'",
        "SPC+SPC+KEEL'",
        "SPC+SPC+PERINEUM'",
        "FTX+CLI+++Klinische gegevens?: opname ziekenhuis Paramaribo (Suriname) jan 2026 na val, handletsel li. Screening voor handkliniek.'",
        "INV+MB+MRSAKWEEK:LAB::MRSA screening kweek'",
        "RSL+TXT+:::NIET AANGETOOND'",
        "FTX+RIT+++Neus?: MRSA niet aangetoond.'",
        "FTX+RIT+++Keel?: MRSA niet aangetoond.'",
        "FTX+RIT+++Perineum?: MRSA niet aangetoond.'",
        "INV+MB+MRSAPCR:LAB::MRSA PCR (mecA?/mecC)'",
        "RSL+TXT+:::NEGATIEF'",
        "STS++D+Definitief'",
        "DTM+ISR:202603051402:203'",
        "FTX+AAI+++Geautoriseerd door dr. C.J. Stam, arts-microbioloog.'",
        "UNT+27+1'",
        "UNZ+1+3307781'",
    ]
    txt = ("*** Ontvangen bericht (MEDLAB) - weergave ruw ***\n"
           "Bron: postbus EDI-lab  ontvangen 05-03-2026 14:12  gekoppeld aan patiënt: Ramdin, P.R. (11-09-1961)\n\n"
           + "\n".join(segs) + "\n\n*** einde bericht ***\n")
    write_text(st, txt)
    label(st, ["mrsa-screening"], "lab", "nl", "raw EDIFACT MEDLAB lab message printout from the HIS inbox",
          "unmentioned", "unmentioned", "yes",
          "EDIFACT segments with '?' escapes; dates as YYYYMMDD/CCYYMMDDHHMM codes (birth 19610911, sample 202603021015, "
          "result 202603051402); admission in Paramaribo (Suriname) in the free-text CLI segment; result as 'NIET AANGETOOND'",
          date="2026-03-05", also=["2026-03-02"])


# ------------------------------------------------------------------ tj-031 UK GP referral letter (text export)
def tj031():
    st = "tj-031"
    txt = """ABBEYFIELD SURGERY
Abbey Road, Reading RG1 9ZZ   Tel: 0118 000 4400   Practice code: K81999

Date: 07/01/2026
NHS Number: 401 772 9034

To: Second Opinion Service
    Handkliniek Amstelveld
    Postbus 9071, 1006 AB Amsterdam, The Netherlands

Dear Colleague,

Re: Mr Sander KOSTER   DOB: 30/08/1990
    Flat 3, 17 Baker Street, Reading RG1 7XY

I would be grateful if you could see Mr Koster, a 35-year-old Dutch engineer who has been registered with us since 2019, for a second opinion regarding a right scaphoid fracture. He is moving back to the Netherlands at the end of January and would like his ongoing care to continue there.

History: He fell while skateboarding on 06/09/2025 and attended the Emergency Department at Thames Valley General Hospital the same day. Initial X-rays were reported as normal but he was placed in a scaphoid cast. At the fracture clinic two weeks later repeat films showed a fracture of the scaphoid waist. He was managed non-operatively in a cast for ten weeks. A CT scan on 24/11/2025 showed delayed union, and the orthopaedic team have offered him either further casting or screw fixation. He has not had any surgery to date and is unsure which option to choose.

Question: is operative fixation now advisable, and if so should it be done before or after his move?

Past medical history: asthma (childhood), left ACL reconstruction 2016.
Medication: salbutamol inhaler PRN.
Allergies: no known drug allergies.
Social: non-smoker, alcohol 8 units/week, right-hand dominant.

Copies of the fracture clinic letters and the CT report are enclosed.

Yours sincerely,

Dr Helen Marsh MRCGP
GP Partner, Abbeyfield Surgery

cc: patient
"""
    write_text(st, txt)
    label(st, ["referral"], "gp", "en", "UK GP referral letter (plain text export from practice system)",
          "yes", "no", "yes",
          "UK dd/mm/yyyy dates (07/01/2026 is 7 January); ED and fracture clinic in an English hospital = treated abroad; "
          "'has not had any surgery to date' negation while screw fixation is offered; ACL reconstruction is another body "
          "part; 'Question:' instead of 'Vraagstelling'",
          date="2026-01-07", rq=True)


# ------------------------------------------------------------------ tj-037 intake nurse e-mail (English, US Outlook)
def tj037():
    st = "tj-037"
    txt = """From: Intake Handkliniek Amstelveld <intake@handkliniek-amstelveld.example.nl>
Sent: Tuesday, March 10, 2026 3:12 PM
To: 'Lucas Timmermans' <l.timmermans@example.com>
Cc: secretariaat-hch@handkliniek-amstelveld.example.nl
Subject: Your second opinion request - missing documents (ref. HKA-26-0931)

Dear Mr. Timmermans,

Thank you for sending your documents for the second opinion on your left wrist. We have received:

  - the referral from your GP, Dr. Mulder (dated 02/27/2026)
  - the discharge letter of the clinic in Marbella (in Spanish)
  - a photo of your X-ray report

Before we can schedule your first appointment, we still need:

  1. The operation report of your wrist surgery in Spain (February 4). Please ask the clinic in Marbella for the
     "informe quirúrgico"; we accept Spanish or English.
  2. The images of your X-rays and the CT scan on a CD or via a download link.
  3. An MRSA screening, because you were admitted to a hospital abroad. Your GP can arrange this; the result must not
     be older than two months when you come to the clinic.

Please note that we cannot plan surgery in our clinic until the MRSA result is known.

Kind regards,

Anouk Hofman
Intake nurse / verpleegkundige intake
Handkliniek Amstelveld
T +31 20 555 0100 (Mon-Fri 9:00-12:00)
"""
    write_text(st, txt)
    label(st, [], "other", "en", "clinic intake nurse e-mail to patient (Outlook, US date settings)",
          "yes", "yes", "yes",
          "Written by an intake nurse of the receiving clinic: not a referral or correspondence though it lists documents; "
          "US-style dates (March 10, 2026; 02/27/2026); facts stated while listing missing items (surgery in Spain Feb 4, CT, "
          "admission abroad); 'cannot plan surgery' is about the future",
          date="2026-03-10")


# ------------------------------------------------------------------ tj-041 Irish consultant referral (text)
def tj041():
    st = "tj-041"
    txt = """ST. BRENDAN'S UNIVERSITY HOSPITAL GALWAY
Department of Trauma & Orthopaedic Surgery - Hand and Wrist Service
Newcastle Road, Galway H91 ZZ99   Tel: +353 91 000 500

Consultant: Mr. Cian Ó Briain, MCh FRCS (Tr & Orth)
Our Ref: COB/EH/MRN 0912774

14th January 2026

Handkliniek Amstelveld
Attn: Second Opinion Clinic
Amsterdam, The Netherlands

Dear Colleagues,

RE:  Ms. Eva HUISMAN    D.O.B.: 03/03/1994    MRN: 0912774
     Address: 12 Claddagh Quay, Galway (relocating to Utrecht, NL, February 2026)

I would like to refer this young woman to you for a second opinion and for continuation of her care, as she is relocating to the Netherlands next month.

Diagnosis: Chronic scapholunate ligament injury, left (non-dominant) wrist - dynamic instability.

Treatment to date:
  - MRI arthrogram left wrist (11/02/2025): complete tear of the dorsal SL ligament, no arthrosis.
  - 19/06/2025: left wrist arthroscopy, debridement and arthroscopic capsulodesis (performed by myself).
  - Post-operative hand therapy, 4 months.

Current situation: Despite initial improvement she has recurrent dorsal wrist pain and a painful clunk on loading, for example doing yoga and carrying her child. Radiographs in clinic on 08/01/2026 show an SL gap of 3 mm on the clenched-fist view, no DISI.

I have discussed a tenodesis (3LT) with her. My specific question is whether you agree that a tenodesis is the next step, or whether you would consider a further arthroscopic procedure or a period of proprioceptive rehabilitation first.

I enclose the operation note and the MRI report. Images are available on request from our PACS office.

Yours sincerely,

_____________________
Mr. Cian Ó Briain
Consultant Orthopaedic Hand & Wrist Surgeon

cc: Dr. A. Kelleher, Westside Medical Centre, Galway (GP)
    Ms. E. Huisman
"""
    write_text(st, txt)
    label(st, ["referral", "correspondence"], "specialist", "en", "Irish consultant referral letter (plain text from hospital PAS)",
          "yes", "yes", "yes",
          "Referral by the treating foreign specialist (also specialist correspondence from abroad); ordinal date '14th "
          "January 2026' plus dd/mm history dates; Irish characters (Ó); tenodesis only discussed; enclosures mentioned",
          date="2026-01-14", rq=True)


# ------------------------------------------------------------------ tj-044 UK GP summary (EMIS-like)
def tj044():
    st = "tj-044"
    txt = """PATIENT SUMMARY                                              Printed on 19-Feb-2026 11:03 by Reception (KM)
Oakwood Lane Surgery, 2 Oakwood Lane, Leeds LS6 9ZZ

Name:    Mrs Annemiek VAN DIJK            Born: 12-Oct-1972 (53 y)     Gender: Female
NHS No:  486 220 1175                     Usual GP: Dr R. Chaudhry
Address: 41 Otley Road, Leeds LS6 3ZZ

------------------------------------------------------------------------------------------
PROBLEMS
Active
  15-Jan-2026   Pain in right wrist (ongoing since carpal tunnel surgery)
  03-Mar-2019   Essential hypertension
Significant Past
  21-Jun-2023   Carpal tunnel decompression (R) - Aire Valley Teaching Hospitals? no: Headingley Hand Unit
  02-Feb-2022   US scan right wrist: median nerve swelling, no ganglion
  10-Aug-2015   Fracture of distal radius (L) - managed in plaster, A&E Kirkstall General? see letter
Minor Past
  2009          Tonsillectomy (adult)

------------------------------------------------------------------------------------------
MEDICATION (current repeats)
  Amlodipine 5mg tablets          one daily            last issued 02-Feb-2026
  Co-codamol 8mg/500mg tablets    two up to QDS PRN    last issued 15-Jan-2026

ALLERGIES
  Penicillin - rash (1998)

------------------------------------------------------------------------------------------
CONSULTATIONS (last 12 months)
  15-Jan-2026  Dr R. Chaudhry (Surgery)
      History: R wrist pain + tingling again for 4/12, worse at night. Scar tender.
      Examination: Tinel + over scar, Phalen +, no thenar wasting.
      Plan: pt returning to NL in spring, wants 2nd opinion there. Summary printed for pt.
  12-Sep-2025  Telephone - Nurse (S. Okoro)
      BP review, home readings 132/84. Continue.
  04-May-2025  Dr L. Murphy (Surgery)
      Seen in Portugal walk-in clinic (Algarve) on holiday for sunburn, no treatment needed.
------------------------------------------------------------------------------------------
END OF SUMMARY
"""
    write_text(st, txt)
    label(st, ["history"], "gp", "en", "UK GP patient summary printout (EMIS-like) with problems, medication, consultations",
          "yes", "yes", "yes",
          "UK GP record (GP abroad) showing hand surgery and ultrasound in English hospitals = treated abroad; "
          "dd-Mon-yyyy dates; self-correcting hospital names with '?'; Portuguese walk-in clinic visit for sunburn also "
          "abroad care; tonsillectomy is another body part",
          date="2026-02-19")


# ------------------------------------------------------------------ tj-047 German OP report (text)
def tj047():
    st = "tj-047"
    txt = """Kreisklinikum Chiemgau-Süd  |  Abteilung für Unfallchirurgie und Orthopädie
Chefarzt Dr. med. F. Huber  |  Klinikstraße 4, 83250 Marquartstein  |  Tel. +49 8641 000 0
----------------------------------------------------------------------------------------

OPERATIONSBERICHT

Patient:          Brouwer, Koen                   geb.: 08.02.1999
Fall-Nr.:         2026000417                      Station: 2 Süd
OP-Datum:         14.01.2026                      OP-Zeit: 15:20 - 16:05 Uhr
Operateur:        OA Dr. med. A. Weiß
1. Assistenz:     AÄ Dr. med. L. Schneider
Anästhesie:       ITN (Dr. R. Bauer)
Diagnose:         Dislozierte Fraktur des Os metacarpale V rechts (subkapital),
                  Rotationsfehlstellung 20°, Boxerfraktur nach Sturz beim Rodeln
                  (Röntgen Hand re. 2 Eb. in der Notaufnahme, 14.01.2026)
Eingriff:         Geschlossene Reposition, intramedulläre Schienung MHK V rechts
                  (Bouquet-Technik, 2 x K-Draht 1,6 mm)

OP-Bericht:
Rückenlage, rechter Arm auf Armtisch, Oberarmblutsperre nicht angelegt.
Hautdesinfektion, steriles Abdecken. Unter Bildwandlerkontrolle Reposition
nach Jahss. Stichinzision über der Basis MHK V ulnar, Eröffnen der Kortikalis
mit dem Pfriem. Einbringen zweier vorgebogener K-Drähte intramedullär bis in
das Köpfchen, Aufspreizen. Kontrolle: Achse und Rotation regelrecht, kein
Scherenphänomen beim Faustschluss. Kürzen und Umbiegen der Drähte subkutan.
Hautnaht, steriler Verband, Ulnarisrinne.

Intraop. Komplikationen: keine
Bildwandlerzeit: 22 s
Procedere: Ulnarisrinne 3 Wochen, dann funktionell. Metallentfernung nach
6 Wochen. Röntgenkontrolle 1 und 6 Wochen postop. Der Patient (niederl.
Staatsbürger, Urlaub in Reit im Winkl) wird die Nachbehandlung in den
Niederlanden durchführen lassen.

Diktiert: 14.01.2026      Geschrieben: 15.01.2026 / sk
gez. OA Dr. med. A. Weiß
"""
    write_text(st, txt)
    label(st, ["operation-report"], "specialist", "de", "German hospital OP-Bericht as plain text export",
          "yes", "yes", "yes",
          "Plain-text OP report with aligned label/value columns and a wrapped diagnosis value; German dates; ER X-ray only "
          "inside the wrapped Diagnose value, fluoroscopy intra-op and X-ray controls planned; holiday village named (Reit im Winkl) - Dutch tourist "
          "operated in Germany",
          date="2026-01-14", also=["2026-01-15"])


# ------------------------------------------------------------------ tj-052 German patient letter, undated
def tj052():
    st = "tj-052"
    txt = """Anna-Lena de Ruiter
Hofwiesenstrasse 35
8057 Zürich
Schweiz

An die Handkliniek Amstelveld
Amsterdam

Betreff: Bitte um Zweitmeinung - linke Hand

Sehr geehrte Damen und Herren,

ich bin Niederländerin, lebe aber seit 2019 in Zürich und arbeite hier als Lehrerin. Meine Eltern wohnen in Leiden, und ich bin oft in den Niederlanden. Deshalb möchte ich gerne eine Zweitmeinung bei Ihnen einholen.

Seit etwa einem Jahr habe ich Schmerzen und eine Schwellung am Zeigefingergrundgelenk der linken Hand. Im Dezember bin ich gestürzt und war in der Notaufnahme des Spitals Tössfeld in Winterthur; dort wurde die Hand geröntgt und geschient. Eine Fraktur wurde nicht gefunden, aber der Arzt meinte, ich hätte eine Arthrose im Grundgelenk, was in meinem Alter ungewöhnlich sei.

Operiert wurde ich nie. Mein Hausarzt hier hat eine Blutuntersuchung gemacht (Rheuma negativ) und möchte mich zu einem Handchirurgen überweisen. Ich würde aber lieber zu Ihnen kommen.

Können Sie mir sagen, was Sie dafür brauchen? Ich bin bei einer niederländischen Krankenkasse versichert.

Mit freundlichen Grüssen

Anna-Lena de Ruiter
geb. 17.04.1991
"""
    write_text(st, txt)
    label(st, [], "patient", "de", "patient's own letter (Swiss German spelling), plain text, undated",
          "yes", "no", "yes",
          "NO date (only birth date); patient asks for a second opinion herself (not a referral); emergency care and X-ray "
          "in Winterthur = treated abroad while she also lives abroad; 'Operiert wurde ich nie'; Swiss 'ss' spelling",
          )


# ------------------------------------------------------------------ tj-056 German GP Karteikarte printout (cp1252)
def tj056():
    st = "tj-056"
    txt = """Praxis Dr. med. Bernd Lenz  -  Facharzt für Allgemeinmedizin  -  Nordstraße 9  -  46399 Bocholt
Karteikartenauszug / Patientenübersicht                                      Druckdatum: 26.02.2026
======================================================================================================
Patient: Hermsen, Gerda            geb. 09.09.1963         wohnhaft: Dinxperlo (NL)   Kasse: NL / EHIC
------------------------------------------------------------------------------------------------------
DAUERDIAGNOSEN
  M18.1 G   Rhizarthrose rechts
  M65.3 G   Schnellender Finger D4 links (Z.n. Infiltration)
  E11.9 G   Diabetes mellitus Typ 2
  I10.90 G  Arterielle Hypertonie

KARTEIEINTRÄGE (Auszug 01/2025 - 02/2026)
  14.01.2025  A   Schmerz Daumensattelgelenk re seit Monaten, Greifen schlecht
              B   Grind-Test +, Druckschmerz CMC I re
              D   Rhizarthrose re
              TH  Orthese verordnet, Ibuprofen 400
              UEW Radiologie: Röntgen Hand re 2 Eb.
  30.01.2025  BEF Röntgen Hand re (Radiologie Bocholt-Mitte): Rhizarthrose Stadium II-III n. Eaton
  22.05.2025  A   Schnappen D4 li
              D   Tendovaginitis stenosans D4 li
              TH  Infiltration Triamcinolon 10 mg A1 D4 li
  11.09.2025  A   Sturz mit dem Fahrrad, Notaufnahme Klinikum Westmünsterland-Nord am 09.09.
              BEF Arztbrief Notaufnahme: Prellung Handgelenk re, Röntgen o.B., keine OP nötig
  20.11.2025  A   Daumen re schlechter, Nachtschmerz
              TH  Infiltration CMC I re (Kortison), Ergotherapie 6x
  12.02.2026  A   kaum Besserung, Pat. möchte Zweitmeinung in den Niederlanden (Handklinik)
              TH  bisher keine OP; Pat. wünscht Unterlagen
              UEW Kopie Karteiauszug + Befunde an Pat.

MEDIKATION
  Metformin 1000 mg 1-0-1 | Ramipril 5 mg 1-0-0 | Ibuprofen 400 mg b. Bed.
======================================================================================================
                                                                                        Seite 1 von 1
"""
    write_text(st, txt, encoding="cp1252", crlf=True)
    label(st, ["history"], "gp", "de", "German GP Karteikarte printout (A/B/D/TH/UEW lines), cp1252 + CRLF",
          "yes", "no", "yes",
          "Windows-1252 encoded text with umlauts and CRLF; German record types (A, B, D, TH, UEW, BEF) instead of SOEP; "
          "Dutch patient living in Dinxperlo cared for by a German GP and seen in a German emergency department = treated "
          "abroad; 'keine OP nötig' / 'bisher keine OP'; injections are not operations",
          date="2026-02-26")


# ------------------------------------------------------------------ tj-061 district nurse handover (text export)
def tj061():
    st = "tj-061"
    txt = """VERPLEEGKUNDIGE OVERDRACHT
Thuiszorg Zorgcirkel Oostland - team Hoogeveen-Zuid
Export uit cliëntdossier d.d. 03-02-2026 09:40 door A. Bakker, wijkverpleegkundige (niv. 5)

Cliënt:        dhr. J. (Jan) Mulder                    Geboortedatum: 12-12-1948
Adres:         Zuiderweg 14, 7906 AB Hoogeveen
Huisarts:      H. Zwiers, Hoogeveen
Overdracht aan: handtherapie / polikliniek plastische chirurgie (op verzoek familie)

Zorgvraag
  Wondzorg rechterhand na operatie (drainage en debridement wegens flegmone van de
  buigpeesschede dig 2 re, ziekenhuis 19-01-2026), hulp bij ADL (douchen, steunkousen).

Wond
  Lokalisatie:  palmair dig 2 en handpalm re, 2 incisies, 1 deels open (2 x 0,5 cm)
  Aspect:       rode granulatie, weinig exsudaat, geen geur, wondranden rustig
  Beleid:       1x per 2 dagen spoelen NaCl 0,9%, alginaat, gaas, Cohban; foto in dossier
  Verloop:      27-01 open deel 3 x 1 cm, 02-02 2 x 0,5 cm -> goed genezend

Overige observaties
  - Vinger kan nog niet volledig buigen; cliënt oefent volgens folder handtherapeut.
  - Suikers wisselend (DM2, insuline), nuchter 6-11.
  - Cliënt mobiel met rollator. Woont alleen, dochter woont in Spanje en belt dagelijks.
  - Cliënt vraagt of er "nog een keer geopereerd moet worden" - doorverwezen naar eigen chirurg.

Afspraken
  Controle polikliniek plastische chirurgie 10-02-2026. Wondzorg thuis tot sluiting.

A. Bakker, wijkverpleegkundige - tel. 0528 00 00 00
"""
    write_text(st, txt)
    label(st, [], "other", "nl", "district nurse handover (verpleegkundige overdracht) exported from client record",
          "unmentioned", "yes", "unmentioned",
          "Nurse document (not specialist correspondence) stating a hand operation in hospital; wound photo is not "
          "imaging; daughter lives in Spain (someone else abroad); question about another operation is only asked",
          date="2026-02-03")


ALL = [tj003, tj008, tj014, tj018, tj023, tj031, tj037, tj041, tj044, tj047, tj052, tj056, tj061]

if __name__ == "__main__":
    for f in ALL:
        f()
    print("txt done", len(ALL))
