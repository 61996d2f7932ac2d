"""tr-049 .. tr-056: plain-text documents (HIS exports, Zorgdomein text, e-mails, lab and
radiology exports, UK discharge summary, hand-therapy e-mail)."""
from common import label, write_txt

FF = "\f"


# =========================================================================== tr-049
def tr049():
    stem = "tr-049"
    head = ("HUISARTSENPRAKTIJK HET GEIN              Uitdraai journaal          Datum uitdraai: 30-11-2026\n"
            "Patiënt: Hofstra, Erik (M)   Geb.datum: 04-10-1991   Patnr: 10447   Huisarts: D.J. Mulder\n"
            + "=" * 96 + "\n")
    pages = []
    pages.append(
        "EPISODELIJST\n"
        "Code   Omschrijving                                   Begin        Einde        Status\n"
        "L74    Fractuur scafoid re                            21-07-2026                actief  !\n"
        "K86    Hypertensie                                    03-2025                   actief\n"
        "S87    Constitutioneel eczeem                         jeugd                     actief\n"
        "L15    Knieklachten li (patellofemoraal)              02-2025      06-2025      inactief\n"
        "R80    Influenza                                      01-2026      01-2026      inactief\n"
        "A97    Geen ziekte (reisadvies)                       06-2026      06-2026      inactief\n"
        "\n"
        "JOURNAAL  (alle contacten, nieuwste eerst)\n"
        "-" * 96 + "\n"
        "27-11-2026 DJM  L74  S  pijn pols re blijft, kan niet steunen bij opdrukken; werk (installateur)\n"
        "                        lukt matig. wil second opinion, heeft gelezen over handkliniek Amstelveen.\n"
        "                     O  litteken radiaal rustig, drukpijn tabatiere ++, ext 45 flex 40.\n"
        "                     E  persisterende klachten na schroeffixatie scafoid re (09-2026).\n"
        "                     P  verwijzing ZD second opinion handchirurgie; uitdraai + brieven mee.\n"
        "                        MRSA-kweek nodig? -> ja, SEH Spanje 07-2026 (zie 24-07). al gedaan 08-2026.\n"
        "13-11-2026 DJM  L74  Brief specialist ontvangen: orthopedie Lekstroom (dr. Vermaat) d.d. 10-11:\n"
        "                        CT 06-11: consolidatie onvolledig, schroef goed gepositioneerd. Afwachten\n"
        "                        6 wk, evt. revisie met bottransplantaat. Pt. teleurgesteld.\n"
        "02-10-2026 ASS  L74  Hechtingen verwijderd, wond rustig. Gips eraf volgt via poli.\n"
        "18-09-2026 DJM  L74  Brief specialist ontvangen: OK 14-09-2026 Ziekenhuis Lekstroom:\n"
        "                        percutane schroeffixatie scafoid re (Acutrak), ongecompliceerd.\n"
        "                        Onderarmgips met duim 6 wk. OK-verslag bijgevoegd (gescand, map).\n"
        "26-08-2026 DJM  L74  Brief specialist ontvangen: poli orthopedie 25-08. MRI 21-08: fractuur\n"
        "                        taille scafoid re, niet gedisloceerd, 5 wkn oud. Advies operatie, pt akkoord.\n"
        "12-08-2026 DJM  L74  S  na vakantie nog steeds pijn pols re, spalk uit Spanje niet meer om.\n"
        "                     O  drukpijn tabatiere, duim-compressietest +.\n"
        "                     E  verdenking gemiste scafoidfractuur.\n"
        "                     P  X-scafoidserie re (Lekstroom) -> twijfel, verwijzing orthopedie + MRI.\n"
        "                        MRSA-screening afgenomen (neus/keel/perineum) ivm SEH buitenland.\n"
        "15-08-2026 DJM  L74  Uitslag MRSA-kweek: niet aangetoond (zie lab).\n"
    )
    pages.append(
        "24-07-2026 DJM  L74  Tel. consult, pt belt vanuit Spanje: 21-07 gevallen op natte tegels\n"
        "                        (hotel Benidorm). Gezien op Urgencias Hospital Clinica Benidorm: foto pols\n"
        "                        'no fractura', spalk. Advies: bij thuiskomst controle. Pt vraagt of hij\n"
        "                        eerder terug moet -> nee, spalk houden, pijnstilling.\n"
        "19-06-2026 POH  A97  Reisadvies Spanje: geen vaccinaties nodig. EHIC-kaart besproken.\n"
        "03-06-2026 POH  K86  RR 138/86, pols 72. Amlodipine 5 mg continueren. Lab jaarlijks in 12-2026.\n"
        "14-04-2026 DJM  S87  S  eczeem handen, winter erger. O  ruwe huid dorsum handen bdz, fissuren.\n"
        "                     E  constitutioneel eczeem handen. P  triamcinolon crème 0,1% 1dd 2 wk, vette zalf.\n"
        "21-01-2026 DJM  R80  S  koorts 39, spierpijn sinds 2 dgn, vrouw ook ziek. O  niet ziek ogend,\n"
        "                        long: vesiculair ademgeruis, sat 98%. E  influenza. P  paracetamol, rust.\n"
        "10-12-2025 POH  K86  RR 142/90. Leefstijl: rookt niet, alcohol 10 E/wk, sport 2x/wk.\n"
        "                        Lab: kreat 82, K 4,1, chol 5,4, LDL 3,3, gluc 5,2.\n"
        "15-10-2025 ASS  --   Griepvaccinatie niet gewenst.\n"
        "06-06-2025 DJM  L15  knie li klachten over na fysio (8x). Episode gesloten.\n"
        "11-03-2025 DJM  K86  S  hoofdpijn, bij bedrijfsarts RR 156/98. O  RR 154/96 en 150/94 li/re.\n"
        "                     E  hypertensie graad 1. P  24-uurs RR, leefstijl. Start amlodipine 5 mg\n"
        "                        na uitslag (gem. 146/92).\n"
        "18-02-2025 DJM  L15  S  pijn knie li bij traplopen en hurken, voetbal. O  geen hydrops,\n"
        "                        patella-apprehension neg, crepitaties. E  patellofemoraal pijnsyndroom.\n"
        "                        P  fysiotherapie, geen beeldvorming nodig.\n"
        "\n"
        "MEDICATIE (actueel)\n"
        "amlodipine 5 mg          1dd1         sinds 03-2025     DJM\n"
        "paracetamol 500 mg       zn max 6dd   sinds 08-2026     DJM\n"
        "naproxen 500 mg          zn max 2dd   sinds 11-2026     DJM   (met pantoprazol)\n"
        "pantoprazol 20 mg        1dd1         sinds 11-2026     DJM\n"
        "vaselinecetomacrogol     zn\n"
        "\n"
        "CONTRA-INDICATIES / ALLERGIEEN\n"
        "geen bekend\n"
        "\n"
        "UITSLAGEN (selectie)\n"
        "15-08-2026  MRSA screening neus/keel/perineum     niet aangetoond\n"
        "10-12-2025  kreatinine 82 umol/l; kalium 4,1; LDL 3,3\n"
        "\n"
        "*** einde uitdraai ***\n"
    )
    text = ""
    for i, p in enumerate(pages, 1):
        if i > 1:
            text += FF
        text += head + p + f"\n{'':>80}pagina {i} van {len(pages)}\n"
    write_txt(stem, text, encoding="cp1252", newline="\r\n")
    label(stem, ["history"], "2026-11-30", "gp", "nl",
          "HIS 'Uitdraai journaal' fixed-width export (Windows-1252, CRLF, form feeds, repeated "
          "page header)",
          "yes", "yes", "yes",
          "Not UTF-8 (cp1252) with CRLF and form-feed page breaks. Terse SOEP journal with "
          "practice-staff initials. The emergency visit abroad ('Urgencias Hospital Clinica "
          "Benidorm', 'SEH Spanje') is told in a phone-consult line. Operation known only through "
          "'Brief specialist ontvangen' lines; revision only an option. MRSA result is a journal/"
          "lab line, not a lab report. 'geen beeldvorming nodig' refers to the knee.")


# =========================================================================== tr-050
def tr050():
    stem = "tr-050"
    text = """Verwijsbrief
Consult handchirurgie - second opinion

Verwijzer
Huisartsenpraktijk Hillegersberg-Noord
W.F. Tjon-A-Fat, huisarts
AGB-code
01-088172
Adres
Kootsekade 12, 3051 PB Rotterdam

Ontvanger
Handkliniek Amstelhof
Afdeling
Polikliniek hand- en polschirurgie

Patiënt
Dhr. K. (Kees) Hoogendoorn
Geboortedatum
09-04-1966
Geslacht
Man
BSN
3082 11 497
Verzekeraar
ZorgSaam Verzekeringen
Telefoon
06-12 40 98 33

Datum verwijzing
16-10-2026

Reden van verwijzing
Pijnlijke duimbasis rechts, al 2 jaar toenemend. Rechtshandig, hovenier (eigen bedrijf).
Röntgen hand re (05-10-2026, Maasstad): forse artrose CMC-1 (Eaton III-IV), STT-gewricht
lijkt ook aangedaan.

Vraagstelling
Orthopeed adviseert artrodese CMC-1. Pt. vraagt zich af of een trapeziectomie of prothese
beter is voor zijn werk. Graag second opinion m.b.t. de beste operatieve optie.

Relevante voorgeschiedenis
Zie episodelijst.

Recente behandelingen
-

Episodelijst
L90  Artrose duimbasis rechts (2024)
K86  Hypertensie (2019)
D84  Refluxziekte (2021)

Medicatie
losartan 50 mg 1dd1; omeprazol 20 mg 1dd1; paracetamol zn

Allergieën
Geen bekend

Bijlagen
- Brief orthopedie Maasstad 12-10-2026 (volgt per post)

--
Dit bericht is verzonden via ZorgDomein op 16-10-2026 om 09:41.
Kenmerk ZD-2610-8842-1197
"""
    write_txt(stem, text)
    label(stem, ["referral"], "2026-10-16", "gp", "nl",
          "ZorgDomein referral exported as plain text, every label on its own line above its "
          "value",
          "yes", "unmentioned", "unmentioned",
          "Label-above-value text with no colons. 'Recente behandelingen: -' is empty and the "
          "history only 'Zie episodelijst' with three codes, so not labelled history. Arthrodesis "
          "only advised (plan); trapeziectomy/prosthesis are questions. X-ray in the reason "
          "field.", rq=True)


# =========================================================================== tr-051
def tr051():
    stem = "tr-051"
    text = """From: Emily Carter <emily.carter.nl@example.com>
Sent: Thursday, November 19, 2026 8:53 AM
To: Handkliniek Amstelhof Intake <intake@handkliniek-amstelhof.nl>
Subject: Second opinion for my thumb - question about documents

Hello,

I hope you can help me. I'm a British expat living in Hilversum and I would like a second
opinion on my left thumb (trigger thumb + pain at the base). My GP, Dr de Vries, said she
would send the referral through "Zorgdomein" but I'm not sure if that has happened yet?

Some info for you:
- I had an ultrasound at the Lindenhove hospital in Amersfoort in September, they said
  there is a "nodule" on the tendon and a bit of arthritis. I have a CD of it.
- I haven't had any operations on my hand. I had one injection in October which helped
  for 3 weeks.
- Your website says you need an MRSA test if I was treated in a hospital abroad. We were
  in Italy (Puglia) in August for two weeks but I didn't see any doctor there, so I assume
  that doesn't apply?
- My husband had his carpal tunnel surgery at your clinic last year and was very happy,
  that's why I'm asking for you.

Could you let me know what else you need from me? I can scan and send the letter from
the orthopaedic surgeon (dated 2 October 2026).

Many thanks and kind regards,
Emily Carter
DOB 14/03/1972
+31 6 2288 1904

Sent from my iPad
"""
    write_txt(stem, text)
    label(stem, [], "2026-11-19", "patient", "en",
          "patient e-mail (Outlook-style headers), English expat",
          "yes", "no", "no",
          "Patient e-mail (none kind) asking about a second opinion; mentions referral, MRSA, "
          "orthopaedic letter as words only. Ultrasound done; 'haven't had any operations on my "
          "hand'; husband's surgery is someone else's; holiday in Italy without any doctor "
          "(treated_abroad no). US-style e-mail date vs dd/mm DOB.")


# =========================================================================== tr-052
def tr052():
    stem = "tr-052"
    text = """MEDLAB-UITSLAG                                  VERSIE 1.4
LAB      : Certus Microbiologie Limburg-Noord (LCMN), Venlo
AFZENDER : LCMN MMB                          TEL 077-3 20 55 10
ONTVANGER: HUISARTSENPRAKTIJK BLERICK-OOST, DRS. T.H.M. CLAESSENS (01-072209)
==============================================================================
PATIENT  : SMEETS                       VOORL: P.A.M.      GESL: V
GEB.DAT  : 19580212                     BSN  : 3114*****
ADRES    : MAASBOULEVARD 4, 5931 EH TEGELEN
AANVRAAG : 26MB0719322                  AFNAME: 20261102 0915
ONTVANGST: 20261102 1540                RAPPORT: 20261104 1122   STATUS: DEFINITIEF
==============================================================================
KLINISCHE GEGEVENS:
  MRSA-SCREENING IVM OPNAME ZKH DUITSLAND (AKEN) 10-2026, POLSFRACTUUR LI
  PT WORDT VERWEZEN NAAR HANDCHIRURG

BEPALING                        MATERIAAL     UITSLAG
------------------------------------------------------------------------------
MRSA SCREENING PCR              NEUS          NEGATIEF
MRSA SCREENING KWEEK            NEUS          MRSA NIET AANGETOOND
MRSA SCREENING KWEEK            KEEL          MRSA NIET AANGETOOND
MRSA SCREENING KWEEK            PERINEUM      MRSA NIET AANGETOOND
------------------------------------------------------------------------------
CONCLUSIE: GEEN MRSA-DRAGERSCHAP AANGETOOND.
           LET OP: EENMALIGE NEGATIEVE SCREENING; BIJ HEROPNAME BUITENLAND HERHALEN.

GEVALIDEERD: DR. J.M.G. OOMEN, ARTS-MICROBIOLOOG          20261104
##EINDE##
"""
    write_txt(stem, text)
    label(stem, ["mrsa-screening"], "2026-11-04", "lab", "nl",
          "MEDLAB-like all-caps lab message as plain text, compact YYYYMMDD dates",
          "unmentioned", "unmentioned", "yes",
          "Dates only as YYYYMMDD (birth 19580212, sample 20261102, report 20261104). All caps. "
          "Foreign admission in the clinical data ('OPNAME ZKH DUITSLAND (AKEN)'). Masked BSN.",
          also=["2026-11-02"])


# =========================================================================== tr-053
def tr053():
    stem = "tr-053"
    text = """Radiologie Gein-Lek / Ziekenhuis Lekstroom
Uitslag: X-POLS RECHTS + SCAFOIDSERIE
Pat: Hofstra E.   *04-10-1991   pnr 7720981
Aanvr: dr. G. Vermaat (orthopedie)    kopie: huisarts D.J. Mulder
Datum onderz: 01-12-2026 08:50        verslag: 01-12-2026

Klin: st.p. percutane schroeffixatie scafoid re 14-09-2026, CT 06-11 onvolledige consolidatie.
Controle. Pijn ++.

Verslag:
Vergeleken met CT van 06-11-2026 en X van 12-08-2026 en 14-09-2026 (postop).
Kanuleerde compressieschroef in het scafoid re, onveranderde positie, geen loslating,
geen schroefbreuk. De fractuurlijn in de taille is nog zichtbaar, vooral dorsaal, mogelijk
iets minder scherp dan op de CT. Geen collaps / humpback. Geen sclerose van de proximale pool.
SL afstand 2 mm. Geen artrose. Wekedelen nl.

Concl:
Nog geen volledige consolidatie van de scafoidfractuur rechts, ca. 11 weken na
schroeffixatie; stationair t.o.v. CT 06-11. Geen materiaalproblemen.
Evt CT over 6 wk ter beoordeling.

H.J. Ruiter, radioloog (geautoriseerd 01-12-2026 14:02)
"""
    write_txt(stem, text, newline="\r\n")
    label(stem, ["imaging-report"], "2026-12-01", "radiologist", "nl",
          "terse radiology export (portal text, CRLF), abbreviations 'Klin', 'Concl', 'Aanvr'",
          "yes", "yes", "unmentioned",
          "Abbreviated headings, no accents (scafoid), '*' before the birth date. Newest study "
          "in a series: compares CT 06-11 and X-rays 12-08 / 14-09. Operation known from the "
          "clinical data. Same patient as tr-049 (its newest imaging). CT over 6 weeks only "
          "proposed.")


# =========================================================================== tr-054
def tr054():
    stem = "tr-054"
    text = """Klinikum Aachen-Süd
Institut für Diagnostische und Interventionelle Radiologie
Direktor: Prof. Dr. med. W. Fassbender
Goethestraße 44 - 52064 Aachen - Tel. +49 241 6 08-0

                                                        Aachen, 19.09.2026

MRT-Befund

Patient:         Janssen-Kuijpers, Mieke
Geburtsdatum:    05.05.1983
Anschrift:       Rijksweg 31, 6291 AL Vaals (NL)
Zuweiser:        Ambulanz Unfallchirurgie (Dr. R. Offermann)
Untersuchung:    MRT Handgelenk links nativ und nach i.v. KM-Gabe
Untersuchungstag: 18.09.2026

Klinische Angaben / Fragestellung:
Z.n. Distorsionstrauma li. Handgelenk (Sturz beim Wandern, 29.08.2026), seither ulnarseitige
Schmerzen, Druckschmerz Fovea. Röntgen (29.08., hier): kein Frakturnachweis.
Fragestellung: TFCC-Läsion? Bone bruise? LT-Band?

Technik:
3 Tesla, Handgelenkspule. Sequenzen: cor PD fs, cor T1, cor 3D-DESS, tra PD fs, sag PD fs,
nach KM cor T1 fs.

Befund:
Knochenmarködem im proximalen Triquetrum und im ulnaren Anteil des Lunatum im Sinne einer
Kontusion (bone bruise). Kein Frakturnachweis.
TFCC: Signalanhebung und Diskontinuität am ulnaren Ansatz (foveal), vereinbar mit einer
Ruptur (Palmer 1B). Diskus articularis zentral intakt.
Lunotriquetrales Band und skapholunäres Band regelrecht.
Geringer Gelenkerguss im DRUG und im ulnokarpalen Kompartiment. ECU-Sehne regelrecht,
keine Tendovaginitis. Kein Ganglion.

Beurteilung:
1. Foveale TFCC-Ruptur links (Palmer 1B).
2. Knöcherne Kontusion Triquetrum/Lunatum, keine Fraktur.
3. Keine Bandverletzung SL/LT.

Mit freundlichen kollegialen Grüßen

Dr. med. Friederike Lenzen
Fachärztin für Diagnostische Radiologie

Dieser Befund wurde elektronisch erstellt und ist ohne Unterschrift gültig.
"""
    write_txt(stem, text)
    label(stem, ["imaging-report"], "2026-09-19", "radiologist", "de",
          "German MRT-Befund as plain text with aligned label columns",
          "yes", "unmentioned", "yes",
          "German hospital radiology for a Dutch patient from Vaals, referred by the hospital's "
          "own trauma outpatient clinic (treated abroad). Ends with a letter-like greeting, but "
          "it is a report. Dates: report, exam, accident, earlier X-ray, birth date (dd.mm.yyyy).",
          also=["2026-09-18"])


# =========================================================================== tr-055
def tr055():
    stem = "tr-055"
    text = """WESSEX VALLEY HOSPITALS NHS FOUNDATION TRUST
St Aldhelm's Hospital, Salisbury Road, Andover SP10 3LN

DISCHARGE SUMMARY                                         *** ELECTRONIC COPY ***
----------------------------------------------------------------------------------
PATIENT:        BAKKER, Joris Willem            NHS NO:   not registered (overseas visitor)
DOB:            23/01/1999                      HOSP NO:  W2290041
ADDRESS:        c/o 18 Wheatsheaf Close, Andover  (home address: Leiden, Netherlands)
GP:             none registered in UK – copy to patient
ADMITTED:       06/05/2026 14:20  via Emergency Department
DISCHARGED:     08/05/2026 11:05
WARD:           Nightingale Ward (Plastics/Hands)
CONSULTANT:     Miss F. Okonkwo-Hale, Consultant Hand Surgeon
----------------------------------------------------------------------------------

PRESENTING COMPLAINT
Red, swollen right index finger 3 days after a thorn injury (gardening at friend's house).
Kanavel signs 4/4.

DIAGNOSIS
Acute pyogenic flexor tenosynovitis, right index finger.

INVESTIGATIONS
X-ray right hand 06/05/2026: no foreign body, no bony involvement.
CRP 88 -> 21; WCC 14.2 -> 8.1. Pus culture: Staphylococcus aureus (MSSA).
MRSA screen (nose/groin) on admission: negative.

OPERATION NOTE
Date:           06/05/2026
Surgeon:        Miss F. Okonkwo-Hale      Assistant: Mr D. Haroon (CT2)
Anaesthetic:    GA + wrist block
Procedure:      Open washout and debridement of flexor sheath, right index finger
Findings:       Turbid fluid in sheath from A1 to A4, purulent at A1; FDS/FDP intact, viable.
Description:    Brunner incision at A1 and midlateral incision at A5. Sheath opened at A1 and
                distally. Catheter (8Fr feeding tube) passed under A2, irrigation with 1 L saline
                until clear. Debridement of necrotic synovium at A1. Wounds left partly open.
                Dressing, volar resting splint.
Complications:  none
Post-op:        IV flucloxacillin, elevation, early mobilisation day 1 with hand therapy.

PROGRESS
Good response. Swelling and redness settling. Active flexion to 2 cm from palm on day 2.

MEDICATIONS ON DISCHARGE
Flucloxacillin 1 g QDS orally for 10 days (total 14 days)
Paracetamol 1 g QDS PRN, Ibuprofen 400 mg TDS PRN

FOLLOW-UP
Hand therapy appointment 11/05/2026 here. Patient returns to the Netherlands on 20/05/2026;
wound check and further hand therapy to be arranged with his Dutch GP. No follow-up with us.

Completed by: Dr A. Whitcombe, FY2, on behalf of Miss F. Okonkwo-Hale     08/05/2026
"""
    write_txt(stem, text)
    label(stem, ["correspondence", "operation-report"], "2026-05-08", "specialist", "en",
          "UK EPR discharge summary exported as text, with a full OPERATION NOTE section",
          "yes", "yes", "yes",
          "Discharge summary (correspondence) that carries a complete operation note (date, "
          "surgeon, procedure, description): both kinds. 'MRSA screen ... negative' is a mention "
          "inside a letter, not a lab result. Overseas visitor admitted in a UK hospital. "
          "Admission, discharge, operation, follow-up and return dates.")


# =========================================================================== tr-056
def tr056():
    stem = "tr-056"
    text = """Van: Handtherapie Oost-Brabant <info@handtherapie-oostbrabant.nl>
Aan: secretariaat plastische chirurgie Maasduinen MC
Datum: 15-09-2026
Onderwerp: voortgang mw. Willemsen (geb. 22-06-1990) - tenolyse dig II re

Beste dr. Peeters,

Even een korte update over mw. Anke Willemsen. Zij is bij ons in behandeling sinds 10 juli,
1 week na uw operatie (tenolyse flexorpezen dig II re) op 3 juli 2026.

Stand van zaken (meting 14-09):
  actieve flexie   MCP 85 / PIP 80 / DIP 45   (pre-op PIP 50, DIP 10)
  passieve flexie  volledig
  extensie-deficit PIP 15 gr
  TAM 195 gr (dig III 255)
  kracht Jamar 18 kg (li 31)

Ze oefent trouw 5x/dag, draagt 's nachts de statische extensiespalk. Pijn is afgenomen, VAS 2-3.
Het litteken is nog wat verkleefd, daarvoor doen we littekenmassage en siliconen.

Onze vraag: mogen we nu beginnen met krachttraining (putty), of wilt u eerst de controle
afwachten op 29-09? Mw. vraagt ook of een tweede tenolyse ooit nodig zal zijn; we hebben
gezegd dat ze dat met u moet bespreken.

Hartelijke groet,
Sanne de Wit-Vos
handtherapeut / ergotherapeut
Handtherapie Oost-Brabant, Boxmeer
"""
    write_txt(stem, text)
    label(stem, [], "2026-09-15", "other", "nl",
          "hand-therapist e-mail to the surgeon's secretariat (plain text)",
          "unmentioned", "yes", "unmentioned",
          "Hand-therapy letter (none kind) addressed to a specialist, full of clinical "
          "measurements. States the surgeon's operation (tenolysis 3 July 2026): operated yes. A "
          "second tenolysis is a question. E-mail date, operation date, visit dates, birth date.")


if __name__ == "__main__":
    for f in (tr049, tr050, tr051, tr052, tr053, tr054, tr055, tr056):
        f()
    print("gen_txt_1 done")
