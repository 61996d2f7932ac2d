# -*- coding: utf-8 -*-
"""ti-001 .. ti-022. All persons, practices, hospitals and addresses are invented."""
from common import (CLINIC_ADDR, LH_LINGEHOF, LH_TERWEYDE, LH_ALDEGONDE, LH_AMSTELZICHT)

DOCS = []


def add(**kw):
    DOCS.append(kw)


# ---------------------------------------------------------------- ti-001
add(stem="ti-001", fmt="pdf", font="Sans", size=9.5,
    lh={"logo": "Verwijzing", "logo_sub": "Second opinion handchirurgie – Handkliniek Eemhof, Amersfoort",
        "color": "#1d6fa5", "shape": "bar",
        "right": ["Aangemaakt: 18-11-2026 16:04", "Referentie: ZD-2026-4417-1180",
                  "Ontvangende afdeling: Polikliniek Second Opinion", "Status: verzonden"]},
    footer=["Deze verwijzing is aangemaakt via het verwijsportaal. Afdruk voor het patiëntdossier."],
    pagenum="{n}/1", later="Ossewaarde-Lint, J.C.M. – geb. 17-02-1971 – Second opinion handchirurgie",
    blocks=[
        ("kv4", [
            ("Patiënt", "Mevr. J.C.M. Ossewaarde-Lint", "Verwijzer", "H.P. Versteegh, huisarts"),
            ("Geboortedatum", "17-02-1971 (55 jaar)", "AGB-code", "01-067204"),
            ("BSN", "999931457", "Praktijk", "Huisartsenpraktijk Vlinderhof"),
            ("Adres", "Eekhoornlaan 22\n3931 PH Woudenberg", "Adres praktijk", "Kastanjelaan 14\n3931 KL Woudenberg"),
            ("Telefoon", "06 – 1844 0923", "Telefoon", "033 – 286 19 40"),
            ("Verzekeraar", "Zorgverzekeraar Eemland U.A.", "Datum verwijzing", "18-11-2026"),
            ("Polisnummer", "E-7731042-03", "Urgentie", "Regulier"),
        ], {"w": 30}),
        ("kv", [
            ("Specialisme", "Plastische chirurgie / handchirurgie – second opinion"),
            ("Reden van verwijzing",
             "Persisterende tintelingen en nachtelijke pijn dig I-III rechts, 14 maanden na carpaal-tunnelrelease "
             "rechts. Patiënte vraagt zelf om een second opinion."),
            ("Vraagstelling",
             "Zijn de restklachten te verklaren door een onvolledige klieving van het ligamentum carpi transversum, "
             "of is er een andere oorzaak (cervicale radiculopathie C6?)? Is een revisie-operatie zinvol?"),
            ("Relevante voorgeschiedenis",
             "2019 hypertensie\n2022 nekklachten, fysiotherapie\n"
             "09-2025 carpaal-tunnelrelease rechts (open), Lingehof Ziekenhuis, Geldermalsen"),
            ("Recente behandelingen",
             "07-2026 controle plastisch chirurg Lingehof: afwachtend beleid\n"
             "09-2026 echo pols rechts (Lingehof): geen ganglion, n. medianus proximaal verdikt\n"
             "10-2026 EMG (neurologie Lingehof): persisterende geleidingsvertraging n. medianus re\n"
             "08-2026 t/m 11-2026 handtherapie (8 behandelingen), nachtspalk"),
            ("Medicatie", "Perindopril 4 mg 1dd1; paracetamol 500 mg zo nodig max 6 dd; pregabaline 75 mg 1dd1 "
                          "(sinds 10-2026)"),
            ("Allergieën", "Geen bekend"),
            ("Episodelijst", "N93 Carpaletunnelsyndroom (sinds 2024)\nK86 Hypertensie (sinds 2019)\n"
                             "L01 Nekklachten (2022, passief)"),
            ("Bijlagen", "Polikliniekbrief plastische chirurgie 07-2026; EMG-verslag 10-2026"),
        ], {"grid": True, "w": 44}),
        ("small", "Patiënt is geïnformeerd over de verwijzing en heeft toestemming gegeven voor het delen van "
                  "de gegevens met de ontvangende zorgaanbieder."),
        ("sp", 4),
        ("kv", [("Elektronisch ondertekend", "H.P. Versteegh, huisarts – 18-11-2026")], {"w": 44}),
    ],
    label=dict(kinds=["referral", "history"], date="2026-11-18", author="gp", language="nl",
               style="zorgdomein-like two-column form, reportlab PDF",
               referral_question=True, imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="Portal referral printout, no salutation; label/value pairs in a 4-column grid so birth date "
                     "(17-02-1971) and referral date (18-11-2026) sit in neighbouring cells. Relevante voorgeschiedenis "
                     "+ Recente behandelingen make it a history letter too. EMG is not imaging; the echo is."),
    hard="4-column label/value grid; birth date next to referral date; question only in Vraagstelling field")

# ---------------------------------------------------------------- ti-002
add(stem="ti-002", fmt="txt", text="""
PROFESSIONELE SAMENVATTING                                    Datum uitdraai: 29-10-2026 11:52
Gezondheidscentrum Hanzeweide – huisartsen Kalverda & Moens
Hanzeweideweg 88, 8021 KM Zwolle   tel. 038-421 66 30   AGB 01-053318
==============================================================================================
Patiënt      : Spijkerboer, T.W. (Thijs)             Geslacht : M
Geb.datum    : 03-08-1984                            BSN      : 999921845
Adres        : Koggelaan 17, 8017 JE Zwolle
Verzekering  : Zorgverzekeraar Eemland U.A. 0211764
Eigen HA     : dr. S. Kalverda
Uitdraai voor: Handkliniek Eemhof, Amersfoort (second opinion)
==============================================================================================

EPISODELIJST (actueel)
  ICPC   Omschrijving                                     Begin        Attentie
  L81    TFCC-letsel pols rechts                          11-02-2026   *
  L11    Pols symptomen/klachten re                       03-01-2026
  K86    Hypertensie zonder orgaanschade                  2021
  P76    Depressieve stoornis (in remissie)               2017

EPISODELIJST (inactief / voorgeschiedenis)
  D88    Appendicitis – st.na appendectomie               1998
  S18    Snijwond li onderarm, gehecht HAP                2009
  L96    Acuut knieletsel li, conservatief                2013

MEDICATIE (actueel)
  Amlodipine tablet 5 mg              1 dd 1         sinds 05-2021
  Naproxen tablet 500 mg              z.n. 2 dd 1    sinds 02-2026
  Omeprazol capsule msr 20 mg         1 dd 1         bij gebruik naproxen

CONTRA-INDICATIES / ALLERGIEËN
  Geen bekend.

JOURNAAL (selectie: episode L81/L11, laatste 12 maanden)
----------------------------------------------------------------------------------------------
03-01-2026  Kalverda  S: sinds val op de ijsbaan (27-12) pijn ulnaire zijde pols re, vooral bij
                         draaien (deurkruk, sleutel). Geen tintelingen.
                      O: geen zwelling, geen hematoom. Pijn bij palpatie fovea ulnaris. Geen
                         drukpijn tabatière. Pronatie/supinatie eindstandig pijnlijk.
                      E: L11 distorsie pols re; TFCC-letsel niet uitgesloten
                      P: uitleg, polsbrace, naproxen z.n.; X-pols re aangevraagd (Ter Weyde)
09-01-2026  Kalverda  E: uitslag X-pols re: geen fractuur, neutrale ulnaire variantie
                      P: afwachten, controle 4-6 wk
11-02-2026  Moens     S: geen verbetering, klikken bij draaien, kan niet sporten (volleybal)
                      O: ulnar fovea sign pos., DRUG stabiel
                      E: L81 verdenking TFCC-letsel re
                      P: verwijzing orthopedie Ziekenhuis Ter Weyde (Zorgdomein)
19-03-2026  Kalverda  Brief specialist ontvangen: orthopedie Ter Weyde (dr. Brandsma).
                      MR-artrografie pols re: perifere TFCC-laesie (Palmer 1B). Voorstel
                      artroscopie, pt akkoord, op wachtlijst.
14-05-2026  --        Brief specialist ontvangen: dagbehandeling Ter Weyde. Artroscopie pols re
                      verricht 14-05-2026, TFCC gedebrideerd, geen refixatie. Gips 2 wk.
28-05-2026  POH       S: hechtingen verwijderen. O: wond rustig. P: hechtingen verwijderd.
02-07-2026  Moens     S: terug van vakantie op Kreta; daar in het zwembad de pols verdraaid,
                         niet bij een arts geweest, zelf getaped. Sindsdien meer pijn.
                      O: zwelling ulnair, drukpijn fovea
                      E: L81 st.na artroscopie, exacerbatie
                      P: rust, brace; als geen verbetering terug naar orthopeed
20-08-2026  Kalverda  Brief specialist ontvangen: orthopedie Ter Weyde. Persisterende klachten
                      na debridement. Opties: ulnaverkortingsosteotomie of afwachten. Pt
                      twijfelt.
07-10-2026  Kalverda  S: wil second opinion voordat hij tot nieuwe operatie besluit.
                      E: L81
                      P: verwijzing second opinion Handkliniek Eemhof; samenvatting + brieven mee.
                      Pt geeft toestemming voor gegevensoverdracht.
29-10-2026  assistente Uitdraai samenvatting gemaakt t.b.v. second opinion.
----------------------------------------------------------------------------------------------

OVERIGE RELEVANTE JOURNAALREGELS
14-04-2026  Moens     K86 controle RR 134/82. Beleid ongewijzigd.
22-09-2026  POH-GGZ   P76 evaluatie, stabiel, geen medicatie.

LABUITSLAGEN (laatste 12 mnd)
18-04-2026  Kreatinine 81 umol/l   eGFR >90   Kalium 4,2 mmol/l   Glucose nuchter 5,3 mmol/l

-- einde uitdraai -- pagina 1 van 1 -- afgedrukt door: J. Aalbers (doktersassistente) --
""", label=dict(kinds=["history"], date="2026-10-29", author="gp", language="nl",
                style="HIS printout 'Professionele samenvatting' (plain text export, SOEP journal)",
                imaging_done="yes", operated="yes", treated_abroad="no",
                notes="Dense HIS printout: the wrist arthroscopy (14-05-2026) is only in a 'Brief specialist ontvangen' "
                      "journal line; appendectomy 1998 is another body part. Holiday on Crete with an injury but "
                      "'niet bij een arts geweest' = no care abroad, hence treated_abroad=no (judgement: stated "
                      "absence of care abroad). Ulnaverkortingsosteotomie is only an option."),
    hard="long SOEP journal; operation only in a journal line; Crete holiday without care; appendectomy")

# ---------------------------------------------------------------- ti-003
add(stem="ti-003", fmt="docx", font="Serif", size=11,
    lh={"logo": "Huisartsenpraktijk Weteringpad", "logo_sub": "R. Timmerman & L. Achterberg, huisartsen",
        "color": "#334455",
        "right": ["Weteringpad 61", "8043 XK Zwolle", "Tel. 038 – 453 12 90", "Spoed: 038 – 453 12 99",
                  "AGB-code praktijk 01-058832"]},
    lh_in_header=True,
    footer=["Huisartsenpraktijk Weteringpad · IBAN NL00 BANK 0123 4567 89 · www.hap-weteringpad.nl"],
    blocks=[
        ("p", "Zwolle, 2 december 2026"),
        ("addr", CLINIC_ADDR),
        ("lp", "Betreft:", "dhr. M.A. Welmers, geb. 22-06-1993, Blauwvingerstraat 140, 8043 ZL Zwolle"),
        ("lp", "BSN:", "999944020"),
        ("p", "Geachte collega,"),
        ("p", "Hierbij verwijs ik u bovengenoemde patiënt, een 33-jarige timmerman, met het verzoek om een second "
              "opinion over zijn rechterpols."),
        ("p", "In februari van dit jaar kwam hij bij een val op de piste op zijn uitgestrekte rechterhand terecht. "
              "Hij is destijds op een Unfallambulanz gezien; er werden foto's gemaakt en hij kreeg een onderarmgips. "
              "Dit was in Sölden, waar hij met vrienden op wintersport was. Na terugkomst is hij via mij in Ziekenhuis "
              "Ter Weyde gezien, waar een fractuur van het os scaphoideum (middelste derde) werd bevestigd; deze werd "
              "conservatief behandeld met in totaal tien weken gips."),
        ("p", "Een CT-scan in juni liet een uitblijvende consolidatie zien (verslag bijgevoegd). Patiënt is tot op "
              "heden niet aan de pols geopereerd. De orthopeed heeft hem een operatie voorgesteld (schroeffixatie met "
              "spongiosaplastiek uit de crista iliaca). Patiënt twijfelt, mede omdat hij als zzp'er lang uit het werk "
              "zou zijn. In 2019 onderging hij een artroscopische meniscectomie van de linkerknie; verder is hij gezond."),
        ("p", "Graag uw oordeel: is operatieve behandeling van deze pseudartrose op dit moment geïndiceerd, en zo ja, "
              "welke techniek adviseert u? Of is een afwachtend beleid met periodieke controle verantwoord?"),
        ("lp", "Medicatie:", "geen."),
        ("lp", "Allergieën:", "pleisterallergie."),
        ("lp", "Bijgevoegd:", "CT-verslag Ter Weyde (16-06-2026), polikliniekbrief orthopedie (03-07-2026). De cd met "
                              "beelden brengt patiënt zelf mee."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["", "L. Achterberg", "huisarts"]),
    ],
    label=dict(kinds=["referral"], date="2026-12-02", author="gp", language="nl",
               style="free GP letter (Word), letterhead in page header",
               referral_question=True, imaging_done="yes", operated="no", treated_abroad="yes",
               notes="Care abroad (Unfallambulanz, X-rays, cast) in one sentence, the place (Sölden) only in the next, "
                     "no country word. 'niet aan de pols geopereerd' + a proposed operation + knee meniscectomy of "
                     "another body part. Judgement: prose history but no history/recent-treatments section, so "
                     "labelled referral only, not history."),
    hard="care abroad and place in separate sentences; negated operation beside proposed one and knee surgery")

# ---------------------------------------------------------------- ti-004
add(stem="ti-004", fmt="pdf", font="Sans", size=9.5,
    lh=dict(LH_LINGEHOF, dept="Plastische, Reconstructieve en Handchirurgie"),
    footer=["Lingehof Ziekenhuis · Plastische, Reconstructieve en Handchirurgie · polikliniek route 42 · "
            "T (0345) 58 47 20"],
    pagenum="Pagina {n}", later="Terpstra-Kooij, W.H. – 09-11-1958 – polikliniekbrief 22-09-2026",
    blocks=[
        ("kv", [("Ons kenmerk", "PLA/EMH/2026-09-22/770143"), ("Datum", "22 september 2026"),
                ("Uw kenmerk", "—")], {"w": 28}),
        ("addr", ["Dhr. J. Roodenburg, huisarts", "Huisartsenpraktijk Lingeveld", "Dorpsstraat 71",
                  "4194 RJ  METEREN"]),
        ("lp", "Betreft:", "mevr. W.H. Terpstra-Kooij, geb. 09-11-1958, patiëntnr. 770143"),
        ("p", "Geachte collega,"),
        ("p", "Op 15 september 2026 zagen wij uw patiënte op de polikliniek handchirurgie in verband met pijn aan de "
              "basis van de linkerduim."),
        ("h", "Anamnese"),
        ("p", "Sinds circa twee jaar pijn bij knijpen en draaien (potten openen, sleutel omdraaien). Duimspalk gaf "
              "tijdelijk verlichting; twee injecties door u (03-2025 en 01-2026) hielpen elk enkele maanden. "
              "Zij is nooit eerder aan de hand geopereerd. Rechtshandig. Werkt als tandartsassistente, 24 uur."),
        ("h", "Lichamelijk onderzoek"),
        ("p", "Linkerhand: geen zwelling, geen roodheid. Grind-test positief. Geen instabiliteit MCP-1, geen "
              "hyperextensie. Finkelstein negatief. Geen thenaratrofie; sensibiliteit intact. Tinel en Phalen negatief."),
        ("h", "Aanvullend onderzoek"),
        ("p", "Röntgenfoto linkerhand/duim (12-09-2026): CMC-1 artrose, Eaton-Littler stadium III, beginnende "
              "STT-artrose (zie verslag radiologie)."),
        ("h", "Conclusie"),
        ("p", "Symptomatische CMC-1 artrose links, conservatief uitbehandeld."),
        ("h", "Beleid"),
        ("p", "Wij hebben patiënte een trapeziectomie met LRTI-plastiek aangeboden en de risico's en de revalidatie "
              "(3 maanden) besproken. Zij wil hierover eerst een second opinion aanvragen. Op haar verzoek sturen wij "
              "een kopie van deze brief en het röntgenverslag mee. Zij neemt zelf contact met ons op."),
        ("p", "Met collegiale groet,"),
        ("sig", ["drs. E.M. Harteveld, AIOS plastische chirurgie",
                 "namens dr. P.J. Coenraads, plastisch chirurg – handchirurg"]),
        ("small", "cc: patiënte\nDeze brief is digitaal gecontroleerd en daarom niet ondertekend."),
    ],
    label=dict(kinds=["correspondence"], date="2026-09-22", also_dates=["2026-09-15"], author="specialist",
               language="nl", style="HiX-like outpatient letter (polikliniekbrief), reportlab PDF",
               imaging_done="yes", operated="no", treated_abroad="unmentioned",
               notes="Department name contains 'Handchirurgie'. Operation only offered ('aangeboden'); explicit "
                     "'nooit eerder aan de hand geopereerd'. Negated exam findings. Visit 15-09, letter 22-09."),
    hard="surgery words in department; offered operation; explicit never-operated; negated findings")

# ---------------------------------------------------------------- ti-005
add(stem="ti-005", fmt="pdf", font="Sans", size=9.5,
    lh=dict(LH_LINGEHOF, dept="Afdeling Radiologie"),
    footer=["Afdeling Radiologie · Lingehof Ziekenhuis · secretariaat (0345) 58 43 10"],
    pagenum="",
    blocks=[
        ("title", "RADIOLOGISCH ONDERZOEK"),
        ("banner", [("Naam", "Terpstra-Kooij, W.H.", "Patiëntnr.", "770143"),
                    ("Geb.datum", "09-11-1958", "Geslacht", "V"),
                    ("Aanvrager", "Coenraads, P.J. – Plastische, Reconstructieve en Handchirurgie", "Afdeling", "POLI PLA"),
                    ("Onderzoek", "X-hand links + duim (2 richtingen)", "Accessienr.", "RX2609120431")]),
        ("kv", [("Datum onderzoek", "12-09-2026 09:14"), ("Datum verslag", "12-09-2026 13:02"),
                ("Klinische gegevens", "Pijn basis duim li, grind-test pos. Vraagstelling: CMC-1 artrose? STT?")],
         {"w": 38}),
        ("h", "Verslag"),
        ("p", "Geen eerder onderzoek ter vergelijking beschikbaar."),
        ("p", "Vernauwing van de gewrichtsspleet van het CMC-1 gewricht met subchondrale sclerose, osteofytvorming en "
              "geringe radiale subluxatie van de basis metacarpale I. Beginnende vernauwing van het STT-gewricht. "
              "Overige gewrichten van de hand normaal. Geen fractuur. Geen osteosynthesemateriaal. Normale "
              "botstructuur."),
        ("h", "Conclusie"),
        ("p", "CMC-1 artrose links, passend bij Eaton-Littler stadium III. Beginnende STT-artrose."),
        ("sp", 4),
        ("kv", [("Radioloog", "dr. K. Wijnstok"), ("Geautoriseerd", "12-09-2026 13:02")], {"w": 38}),
    ],
    label=dict(kinds=["imaging-report"], date="2026-09-12", author="radiologist", language="nl",
               style="hospital radiology report with patient banner, reportlab PDF",
               imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
               notes="Requester line names a surgical department ('Handchirurgie') – not a referral. 'Vraagstelling' "
                     "is the requester's question. 'Geen osteosynthesemateriaal' is a finding, not a statement that "
                     "she was never operated (judgement: operated=unmentioned)."),
    hard="requester is a surgical department; Vraagstelling in a radiology report; no-implant finding")

# ---------------------------------------------------------------- ti-006
add(stem="ti-006", fmt="txt", text="""
STREEKLABORATORIUM MICROBIOLOGIE VALLEI EN EEM
Laan van Eemwijk 7 - 3813 DL Amersfoort - tel 033-479 22 00 - www.streeklab-ve.nl
Arts-microbiologen: dr. R. Hoitink, dr. M. Farrokhzad, drs. T. van Beusekom

UITSLAG MEDISCHE MICROBIOLOGIE                                   EINDUITSLAG
-------------------------------------------------------------------------------
Aan         : M. de Wolff-Hanssen, huisarts
              Huisartsenpraktijk Bakenhof, Bakenhofweg 101, 3901 EG Veenendaal
Patient     : KARABULUT, E.  (man)
Geb.datum   : 14-05-1976        BSN: 999910634
Labnummer   : 26-M-118342
Afnamedatum : 20-11-2026 08:40  Ontvangstdatum: 20-11-2026 13:15
Uitslagdatum: 24-11-2026
-------------------------------------------------------------------------------
Klinische gegevens (aanvrager):
  Opgenomen geweest in ziekenhuis in Antalya, okt 2026 (pols li, K-draden).
  Screening ivm verwijzing handkliniek / second opinion.

Onderzoek   : MRSA-screening (PCR + kweek)

Materiaal            Bepaling              Uitslag
-------------------  --------------------  ----------------------------------
Neus (beide)         MRSA PCR              negatief
Neus (beide)         MRSA kweek 48 uur     MRSA niet aangetoond
Keel                 MRSA kweek 48 uur     MRSA niet aangetoond
Perineum             MRSA kweek 48 uur     MRSA niet aangetoond

Conclusie: Geen MRSA aangetoond in de ingestuurde materialen.

Commentaar: Eén negatieve screeningsset sluit dragerschap niet volledig uit.
Bij opname in een Nederlands ziekenhuis wordt de patient als 'risicocategorie 2'
beschouwd tot de kweken van het ziekenhuis negatief zijn.

Gevalideerd: dr. M. Farrokhzad, arts-microbioloog, 24-11-2026 10:02
-------------------------------------------------------------------------------
Deze uitslag is elektronisch verzonden (Edifact MEDLAB) en afgedrukt op 25-11-2026.
""", label=dict(kinds=["mrsa-screening"], date="2026-11-24", also_dates=["2026-11-20"], author="lab",
                language="nl", style="microbiology lab result, plain-text Edifact printout",
                imaging_done="unmentioned", operated="yes", treated_abroad="yes",
                notes="Admission abroad given only as 'ziekenhuis in Antalya' (city, no country word) in the clinical "
                      "details. 'K-draden' implies a K-wire fixation of the wrist: operated=yes is a judgement call. "
                      "Print date 25-11 differs from result date 24-11 and sample date 20-11."),
    hard="abroad via city only; many dates (sample, received, result, print); K-wires imply operation")

# ---------------------------------------------------------------- ti-007
add(stem="ti-007", fmt="pdf", font="Serif", size=10,
    lh={"logo": "FALEZPARK", "logo_sub": "Özel Falezpark Hastanesi · Private Hospital · Antalya",
        "color": "#006b8f", "shape": "circle",
        "right": ["Zeytinlik Caddesi No: 214", "07230 Muratpaşa / ANTALYA", "Tel: +90 242 310 44 00",
                  "international@falezpark-hastane.com.tr", "International Patient Department"]},
    footer=["This document has been prepared in English at the patient's request by the International Patient "
            "Department.", "Falezpark Private Hospital – Ministry of Health licence no. 07-1188"],
    pagenum="Page {n}",
    blocks=[
        ("title", "EPICRISIS / DISCHARGE SUMMARY"),
        ("kv4", [("Patient", "Emre KARABULUT", "Protocol No", "2026/184402"),
                 ("Date of birth", "14.05.1976", "Passport", "NL – NX8K40P71"),
                 ("Admission", "03.10.2026", "Discharge", "06.10.2026"),
                 ("Department", "Orthopaedics and Traumatology", "Room", "412")], {"grid": True, "w": 24}),
        ("h", "Diagnosis"),
        ("p", "Left distal radius fracture, extra-articular, dorsally displaced (ICD-10 S52.5)."),
        ("h", "History"),
        ("p", "50 year old male tourist, resident of the Netherlands, presented to our Emergency Service after a fall "
              "from an electric scooter on 03.10.2026. Pain and deformity of the left wrist. No loss of consciousness. "
              "No other injury."),
        ("h", "Examination and investigations"),
        ("p", "Swelling and dinner-fork deformity of the left wrist. Neurovascular examination intact; no median nerve "
              "symptoms. X-ray left wrist (AP/lateral): dorsally angulated extra-articular fracture of the distal "
              "radius with ulnar styloid avulsion. CT left wrist: no intra-articular extension. Blood tests within "
              "normal limits."),
        ("h", "Treatment"),
        ("p", "The patient was admitted to our clinic. Closed reduction and percutaneous fixation with three Kirschner "
              "wires was performed under general anaesthesia on 04.10.2026. A below-elbow cast was applied. "
              "Post-reduction control X-ray showed acceptable alignment. Cefazolin prophylaxis was given. The patient "
              "was mobilised and discharged in good condition."),
        ("h", "Recommendations"),
        ("p", "Elevation of the arm, finger exercises. Paracetamol 500 mg 3x1 as needed. Control X-ray and wound check "
              "in his home country within 7 days. Removal of the K-wires after 5-6 weeks by his treating doctor in "
              "the Netherlands."),
        ("sp", 6),
        ("sig", ["Op. Dr. Serkan Aydoğdu", "Orthopaedics and Traumatology Specialist", "Diploma reg. no. 48812",
                 "Antalya, 06.10.2026"]),
    ],
    label=dict(kinds=["correspondence"], date="2026-10-06", author="specialist", language="en",
               style="Turkish private hospital English epicrisis / discharge summary, reportlab PDF",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Written by the treating hospital abroad. Dates in DD.MM.YYYY. Treatment paragraph names procedure "
                     "and date but not the operator, so judged correspondence only, not an operation report (the "
                     "signing doctor is not stated to be the operator)."),
    hard="English discharge summary from a hospital abroad; op described without operator (not an op report)")

# ---------------------------------------------------------------- ti-008
add(stem="ti-008", fmt="docx", font="Sans", size=11,
    blocks=[
        ("addr", ["Ingrid Schoemaker", "Zwaluwhofweg 203", "7317 AP Apeldoorn", "06 – 4123 8870",
                  "i.schoemaker@kpnmail.nl"]),
        ("addr", CLINIC_ADDR),
        ("p", "Apeldoorn, 15-11-2026"),
        ("lp", "Onderwerp:", "aanvraag second opinion – rechterpols (geboren 3 april 1962)"),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Graag wil ik bij uw kliniek een second opinion aanvragen voor mijn rechterhand. In september 2024 ben ik in "
              "het Lingehof Ziekenhuis geopereerd aan een carpaal tunnelsyndroom. Na de operatie werd het eerst beter, "
              "maar sinds het voorjaar heb ik weer tintelingen in mijn duim en wijsvinger en word ik 's nachts wakker van "
              "de pijn. De chirurg zegt dat ik moet afwachten, maar ik ben daar niet gerust op."),
        ("p", "Mijn huisarts, dokter Vermeulen, stuurt de verwijsbrief naar u toe. Ik heb op internet gelezen dat ik zelf "
              "ook alvast dingen kan opsturen. Daarom stuur ik de cd mee met de foto's en de echo die in juli zijn gemaakt, "
              "en een kopie van de brief van de chirurg."),
        ("p", "Omdat u vraagt naar ziekenhuisopnames in het buitenland: wij wonen 's winters een paar maanden in ons "
              "appartement in Spanje, maar ik ben daar nooit bij een dokter of in een ziekenhuis geweest. Mijn zus is "
              "vorig jaar bij u geopereerd en was heel tevreden, daarom kies ik voor uw kliniek."),
        ("p", "Ik hoop dat ik snel een afspraak kan krijgen. Op dinsdag en donderdag kan ik niet, want dan pas ik op mijn "
              "kleinkinderen."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["", "Ingrid Schoemaker"]),
        ("small", "Bijlagen: cd met beelden, brief plastisch chirurg d.d. 8 juli 2026"),
    ],
    label=dict(kinds=[], date="2026-11-15", author="patient", language="nl",
               style="patient's own letter (Word), no letterhead",
               imaging_done="yes", operated="yes", treated_abroad="no",
               notes="Patient asks for a second opinion herself: not a referral. Mentions the GP's referral, a CD and a "
                     "surgeon's letter (mentions, not documents). Winters in Spain without any care: treated_abroad=no. "
                     "Sister's operation is another person's. Birth date in the subject line next to the letter date."),
    hard="patient asking for second opinion (not a referral); living abroad without care; sister's operation")

# ---------------------------------------------------------------- ti-009
add(stem="ti-009", fmt="txt", text="""
From: Daniel Whitcombe <d.r.whitcombe@fastmail.com>
Sent: Tuesday, November 24, 2026 9:14 PM
To: secondopinion@handkliniek-eemhof.nl
Subject: Second opinion request - left wrist (scaphoid) - DOB 02/19/1981
Attachments: OpNote_BackBay_2023.pdf; MRI report Sept 2026.pdf

Dear Sir or Madam,

Apologies for writing in English - my Dutch is still at the "een biertje graag"
level.

I'm 45, originally from Massachusetts, and have lived in Utrecht since early 2025.
In March 2023 I broke my left scaphoid playing hockey and had it fixed with a
screw (open reduction / internal fixation) at the Back Bay Hand & Upper Extremity
Center in Boston. It healed, or so I was told, but I have had aching pain on the
thumb side of the wrist ever since, worse with push-ups and typing.

Since moving here I have seen my GP (Dr. Bakx at the Lindenhof practice) and had an
MRI in September at Amstelzicht. The radiologist mentioned "early radioscaphoid
arthritis" and maybe a problem with the screw. The hand surgeon there suggested
waiting, my physio suggested surgery, and I honestly don't know what to believe,
so I'd like a second opinion from your clinic.

Dr. Bakx will send the official referral this week. I've attached the 2023 operative
note (I requested it from Boston) and the MRI report. I also have a CD from
Amstelzicht that I can mail or bring.

Questions:
- Do you need the original X-rays from Boston as well? I'd have to request them.
- My insurance is with a Dutch insurer (basic + supplementary). Is the second
  opinion covered?

Best regards,
Daniel R. Whitcombe
Vlasmarktkade 31-bis, 3512 PB Utrecht
+31 6 2290 4417
""", label=dict(kinds=[], date="2026-11-24", author="patient", language="en",
                style="patient e-mail (expat), plain text with mail headers",
                imaging_done="yes", operated="yes", treated_abroad="yes",
                notes="Patient e-mail, not a referral, although it asks for a second opinion. Surgery abroad stated via "
                      "a (fictitious) clinic and city (Boston), no country word. US date format for DOB in the subject "
                      "line, long-form US date in the header. Attachments are mentions only."),
    hard="patient e-mail asking for second opinion; US dates; care abroad via city; attachment mentions")

# ---------------------------------------------------------------- ti-010 (merged M1)
_fax10 = "27-11-2026 14:02  VAN: HAP BRINKZICHT ERMELO 0341-55 20 11   AAN: 033-208 77 19   P.{n}"
add(stem="ti-010", fmt="merged", fax=_fax10, parts=[
    dict(font="Sans", size=9.5,
         lh={"logo": "Verwijzing", "logo_sub": "Consult handchirurgie – second opinion", "color": "#1d6fa5",
             "shape": "bar", "right": ["Verwijsdatum 26-11-2026", "Kenmerk ZD-2026-9902-3356",
                                       "Aan: Handkliniek Eemhof, Amersfoort"]},
         pagenum="", first_top=46,
         blocks=[
             ("kv", [("Patiënt", "Mevr. F. Holtkamp"), ("Geboortedatum", "30-01-1990"),
                     ("BSN", "999957418"), ("Adres", "Heidezoomweg 61, 3851 EG Ermelo"),
                     ("Verzekering", "Zorgverzekeraar Eemland U.A. – 88301442"),
                     ("Verwijzer", "A.C. Brinkman-Oosterhof, huisarts, Huisartsenpraktijk Brinkzicht, Ermelo, "
                                   "AGB 01-061777"),
                     ("Specialisme", "Plastische chirurgie – handchirurgie"),
                     ("Reden van verwijzing", "Recidief ganglion dorsale zijde pols links, na tweemaal aspiratie "
                                              "op de polikliniek chirurgie (Amstelzicht). Hinder bij werk "
                                              "(kapster) en bij steunen op de hand."),
                     ("Vraagstelling", "Second opinion gewenst over het beleid: is operatieve excisie zinvol gezien "
                                       "de recidiefkans, of adviseert u een afwachtend beleid?"),
                     ("Medicatie", "Levonorgestrel-IUD"),
                     ("Allergieën", "Geen"),
                     ("Bijlagen", "Patiëntoverzicht huisarts; verslag echo pols links 08-10-2026")],
              {"grid": True, "w": 40}),
             ("small", "Verzonden via het verwijsportaal; afdruk t.b.v. faxverzending."),
         ]),
    dict(font="Mono", size=9, pagenum="", first_top=18,
         blocks=[
             ("pre", """PATIËNTOVERZICHT                          Huisartsenpraktijk Brinkzicht, Ermelo
Datum uitdraai: 26-11-2026                 Uitgedraaid door: A.C. Brinkman-Oosterhof

Naam     : Holtkamp, F. (Fenna)           Geb.datum : 30-01-1990   (V)
Adres    : Heidezoomweg 61, 3851 EG Ermelo

PROBLEEMLIJST
  L87  Ganglion pols links                       sinds 04-2025   actief
  X74  Ontsteking kleine bekken (PID)            2014            passief
  R96  Astma (kinderleeftijd)                    1998            passief

VOORGESCHIEDENIS
  Geen operaties in de voorgeschiedenis.
  Partus 2019, 2022 (beide spontaan).

RECENTE CONTACTEN
  14-04-2025  S: bultje dorsaal pols li, soms pijnlijk bij steunen
              O: 1 cm, glad, fluctuerend, niet pijnlijk. E: L87 ganglion
              P: uitleg natuurlijk beloop, afwachten
  02-09-2025  Brief specialist ontvangen: chirurgie Amstelzicht - ganglion
              pols li, aspiratie verricht
  17-03-2026  S: ganglion terug, groter. P: opnieuw naar chirurgie
  11-05-2026  Brief specialist ontvangen: chirurgie Amstelzicht - tweede
              aspiratie + injectie. Bij recidief excisie te overwegen.
  06-10-2026  S: weer recidief, pijn bij werk. P: echo aangevraagd
  12-10-2026  E: uitslag echo: dorsaal ganglion 14 mm uitgaande van SL-
              ligament, geen andere afwijkingen
  25-11-2026  S: wil second opinion voor beslissing over operatie.
              P: verwijzing handkliniek Eemhof, overzicht + echoverslag mee.

MEDICATIE
  Levonorgestrel IUD (Mirena-type) sinds 2022

ALLERGIEËN / CI
  Geen bekend"""),
         ]),
    dict(font="Sans", size=9.5,
         lh={"logo": "DC Veluwe-Noord", "logo_sub": "Diagnostisch Centrum Veluwe-Noord · eerstelijnsdiagnostiek",
             "color": "#6a8d20", "shape": "square",
             "right": ["Stationsstraat 18", "3851 NJ Ermelo", "T 0341 – 56 71 00", "Radiologie & echografie"]},
         pagenum="", first_top=44,
         blocks=[
             ("kv", [("Patiënt", "Holtkamp, F."), ("Geboren", "30-01-1990"),
                     ("Aanvrager", "Brinkman-Oosterhof, A.C. (huisarts)"),
                     ("Onderzoek", "Echografie pols links"), ("Onderzoeksdatum", "08-10-2026"),
                     ("Vraagstelling", "recidief ganglion? grootte? uitgangspunt?")], {"w": 34}),
             ("h", "Bevindingen"),
             ("p", "Dorsaal aan de linkerpols een goed begrensde, anechogene, licht gelobde structuur van 14 x 9 x 8 mm "
                   "met een steeltje richting het scapholunaire ligament. Geen vaatvoorziening bij powerdoppler. "
                   "Extensorpezen intact, geen tenosynovitis. Geen vocht in het radiocarpale gewricht."),
             ("h", "Conclusie"),
             ("p", "Dorsaal ganglion pols links uitgaande van het SL-ligament, passend bij recidief."),
             ("sig", ["B. Tjalma, radioloog", "Geautoriseerd 09-10-2026"]),
         ]),
],
    label=dict(kinds=["referral", "history", "imaging-report"], author="gp", language="nl",
               style="merged faxed bundle from GP: portal referral + HIS patient overview + first-line echo report",
               referral_question=True, imaging_done="yes", operated="no", treated_abroad="unmentioned",
               notes="Three documents in one PDF with a fax header on every page. Top-level date omitted (judgement: "
                     "a bundle has no single date; see parts). The referral itself has no history section; the HIS "
                     "overview is the history part. 'Geen operaties in de voorgeschiedenis' while excision is only "
                     "'te overwegen'; aspirations are not operations (judgement). Echo is first-line, not hospital.",
               parts=[dict(kinds=["referral"], date="2026-11-26", author="gp"),
                      dict(kinds=["history"], date="2026-11-26", author="gp"),
                      dict(kinds=["imaging-report"], date="2026-10-08", author="radiologist")]),
    hard="merged fax bundle (3 parts); aspirations vs operation; fax header dates on each page")

# ---------------------------------------------------------------- ti-011
add(stem="ti-011", fmt="docx", font="Sans", size=10.5,
    lh=dict(LH_TERWEYDE, dept="Heelkunde – Traumatologie"),
    footer=["Ziekenhuis Ter Weyde · Heelkunde · secretariaat (0575) 69 12 40 · Deze brief is elektronisch "
            "geautoriseerd"],
    blocks=[
        ("title", "Klinische brief"),
        ("kv", [("Datum", "14 juli 2026"), ("Kenmerk", "HLK/LAH/nc – 3308812"),
                ("Aan", "mw. dr. I. Scholten-Ramdin, huisarts, Gezondheidscentrum De Hoven, Hovenweg 30, "
                        "7231 AE Warnsveld"),
                ("Betreft", "dhr. R.P. Veldkamp, geb. 11-12-1969, Boeninksweg 9, 7231 PJ Warnsveld"),
                ("Opname", "08-07-2026"), ("Ontslag", "10-07-2026")], {"grid": False, "w": 30}),
        ("p", "Geachte collega,"),
        ("p", "Hierbij berichten wij u over uw patiënt die van 8 tot 10 juli 2026 op onze afdeling Heelkunde was "
              "opgenomen."),
        ("lp", "Opnamediagnose:", "intra-articulaire distale radiusfractuur rechts (AO 23-C2)."),
        ("h", "Voorgeschiedenis"),
        ("p", "2016 laparoscopische cholecystectomie. Diabetes mellitus type 2 (metformine)."),
        ("h", "Beloop"),
        ("p", "Patiënt viel op 29 juni tijdens een fietsvakantie op de rechterhand. Initiële opvang vond plaats op de "
              "urgences van het Centre Hospitalier in Annecy, waar een gesloten repositie en een gipsspalk werden "
              "verricht. Na repatriëring werd hij op 6 juli op onze Spoedeisende Hulp gezien. Röntgenfoto's na "
              "repositie toonden secundaire dislocatie; een CT-scan van de rechterpols liet een intra-articulaire "
              "fractuur met een dorsaal-ulnair fragment zien. In overleg werd besloten tot operatieve behandeling."),
        ("h", "Operatie"),
        ("kv", [("Datum operatie", "08-07-2026"),
                ("Operateur", "dr. L.A. Hoogerwerf, traumachirurg"),
                ("Assistent", "drs. N. Çelik, AIOS heelkunde"),
                ("Anesthesie", "plexus brachialis (infraclaviculair) + sedatie"),
                ("Ingreep", "Open repositie en interne fixatie distale radius rechts met volaire hoekstabiele plaat"),
                ("Beschrijving", "Bloedleegte. Volaire benadering volgens Henry via de FCR-schede. M. pronator quadratus "
                                 "ingesneden en opzij gehouden. Fractuur gereponeerd onder doorlichting; het dorsaal-"
                                 "ulnaire fragment met een losse K-draad gestabiliseerd en vervolgens gefixeerd met een "
                                 "volaire hoekstabiele plaat (3 distale en 3 proximale schroeven). Doorlichting: goede "
                                 "stand, geen intra-articulaire schroeven. Pronator quadratus gesloten, huid intracutaan. "
                                 "Drukverband en dorsale spalk."),
                ("Complicaties", "geen"),
                ("Bloedverlies", "minimaal")], {"grid": True, "w": 32}),
        ("h", "Medicatie bij ontslag"),
        ("p", "Metformine 500 mg 2dd1 (ongewijzigd), paracetamol 1000 mg 4dd1, naproxen 250 mg 2dd1 max. 5 dagen, "
              "omeprazol 20 mg 1dd1 zolang naproxen."),
        ("h", "Beleid"),
        ("p", "Controle polikliniek traumatologie over 2 weken met röntgenfoto; dan start handtherapie. Hechtingen "
              "oplosbaar. Niet autorijden zolang de spalk zit."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["dr. L.A. Hoogerwerf, traumachirurg", "mede namens N. Çelik, AIOS"]),
        ("small", "cc: patiënt"),
    ],
    label=dict(kinds=["correspondence", "operation-report"], date="2026-07-14",
               also_dates=["2026-07-10"], author="specialist", language="nl",
               style="hospital discharge letter (klinische brief) with full operation section, Word",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Discharge letter with a complete operation section (date, operator, assistant, procedure, "
                     "description) = correspondence + operation report. Care abroad stated via 'urgences' in "
                     "'Centre Hospitalier in Annecy' – no country word. Cholecystectomy is another body part."),
    hard="discharge letter doubling as op report; abroad via French hospital/city only; cholecystectomy")

# ---------------------------------------------------------------- ti-012
add(stem="ti-012", fmt="pdf", font="Sans", size=9.5,
    lh={"logo": "Klinikum Am Wiesengrund", "logo_sub": "Akademisches Lehrkrankenhaus · gGmbH",
        "color": "#274e13", "shape": "square",
        "dept": "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie",
        "right": ["Chefarzt Prof. Dr. med. Konrad Elsner", "Wiesengrund 12", "33611 Bielefeld",
                  "Tel. +49 521 944 3300", "Fax +49 521 944 3309"]},
    footer=["Klinikum Am Wiesengrund gGmbH · Sitz Bielefeld · HRB 40871 · Geschäftsführung: Dr. rer. pol. H. Lütke-Daldrup"],
    pagenum="Seite {n}",
    blocks=[
        ("title", "Operationsbericht"),
        ("kv4", [("Patientin", "Wissink, Gerda", "geb.", "21.03.1956"),
                 ("Fallnummer", "26 0188 4471", "Station", "H2"),
                 ("OP-Datum", "17.08.2026", "OP-Saal", "4"),
                 ("Schnitt", "08:41", "Naht", "09:52")], {"grid": True, "w": 24}),
        ("kv", [("Operateur", "Dr. med. A. Pohlmann (Oberarzt)"),
                ("Assistenz", "J. Reuter (Assistenzarzt)"),
                ("Anästhesie", "axilläre Plexusanästhesie, Dr. med. S. Kowalczyk"),
                ("Diagnose", "Rhizarthrose rechts, Stadium III nach Eaton/Littler; therapieresistent nach "
                             "konservativer Therapie"),
                ("Eingriff", "Resektionsarthroplastik des Os trapezium rechts mit Suspensions-/Interpositionsplastik "
                             "(hälftige APL-Sehne)"),
                ("OPS", "5-844.45; 5-840.64")], {"w": 30}),
        ("h", "Bericht"),
        ("p", "Rückenlage, Armtisch, Oberarmblutsperre 250 mmHg nach Auswickeln. Hautdesinfektion und steriles Abdecken. "
              "Team-Time-Out. Geschwungener Hautschnitt über dem ersten Strahl radiodorsal. Darstellung und Schonung "
              "des R. superficialis n. radialis. Längsinzision der Kapsel des Sattelgelenks. Es zeigt sich eine "
              "fortgeschrittene Destruktion der Gelenkflächen mit freiliegendem subchondralem Knochen und Osteophyten. "
              "Schrittweise Resektion des Os trapezium unter Schonung der FCR-Sehne. Entnahme einer hälftigen Sehne des "
              "M. abductor pollicis longus. Durchzug um die FCR-Sehne, Suspension und Interposition des Sehnenrestes "
              "in die Resektionshöhle, Fixation mit resorbierbarer Naht. Prüfung: stabile Position der Basis MC I, "
              "freie Beweglichkeit. Spülung, Öffnen der Blutsperre, Blutstillung. Kapselverschluss, "
              "Subkutannaht, Hautnaht Einzelknopf 4-0. Steriler Verband, Daumen-Unterarm-Gipsschiene."),
        ("lp", "Komplikationen:", "keine."),
        ("lp", "Histologie:", "nicht erforderlich."),
        ("h", "Procedere"),
        ("p", "Hochlagerung, Kühlung. Analgesie nach Schema. Röntgenkontrolle in 2 Ebenen am 1. postoperativen Tag geplant. "
              "Fadenzug nach 12-14 Tagen. Gipsschiene für 4 Wochen, danach Ergotherapie/Handtherapie. Wiedervorstellung "
              "in unserer Sprechstunde nach 6 Wochen."),
        ("sp", 4),
        ("sig", ["Dr. med. A. Pohlmann", "Oberarzt der Klinik für Hand-, Plastische und Rekonstruktive Chirurgie",
                 "diktiert 17.08.2026 / geschrieben 18.08.2026 – elektronisch freigegeben"]),
    ],
    label=dict(kinds=["operation-report"], date="2026-08-17", also_dates=["2026-08-18"], author="specialist",
               language="de", style="German hospital Operationsbericht with label grid, reportlab PDF",
               imaging_done="unmentioned", operated="yes", treated_abroad="yes",
               notes="Written by a German hospital that operated the patient (treated abroad). The only X-ray is "
                     "'geplant' (post-op control), so imaging_done=unmentioned. Department name full of surgery words. "
                     "Dictated 17.08, typed 18.08."),
    hard="German op report; planned X-ray only; dictated vs written dates")

# ---------------------------------------------------------------- ti-013
add(stem="ti-013", fmt="txt", text="""
MVZ Labordiagnostik Sennegrund GbR
Fachärzte für Laboratoriumsmedizin und Mikrobiologie
Teutoburger Weg 140 · 33613 Bielefeld · Tel. 0521 98 760-0 · Fax -99

                                                   Befundbericht  (Endbefund)
Einsender:  Klinikum Am Wiesengrund, Station H2 (Handchirurgie)
            Wiesengrund 12, 33611 Bielefeld

Patient:    Wissink, Gerda                     geb. 21.03.1956       w
Auftragsnr: 4471-260814-022                    Eingang: 14.08.2026 15:20
Abnahme:    14.08.2026                          Befund vom: 16.08.2026

Anforderung: MRSA-Screening bei stationärer Aufnahme (Risikoanamnese: Wohnsitz NL)

Material                 Untersuchung                          Ergebnis
-----------------------  ------------------------------------  ----------------------
Nasenvorhofabstrich bds. MRSA-Kultur (chromogener Agar)         kein MRSA nachgewiesen
Rachenabstrich           MRSA-Kultur (chromogener Agar)         kein MRSA nachgewiesen
Leistenabstrich          MRSA-Kultur (chromogener Agar)         kein MRSA nachgewiesen

Beurteilung:
In den eingesandten Materialien kein Nachweis von Methicillin-resistentem
Staphylococcus aureus (MRSA). Eine Isolierung ist aus mikrobiologischer Sicht
nicht erforderlich.

Technisch freigegeben: B. Hanke, MTL
Medizinisch validiert: Dr. med. Ingrid Vosskötter, Fachärztin für Mikrobiologie,
                       Virologie und Infektionsepidemiologie, 16.08.2026

Seite 1/1   Dieser Befund wurde elektronisch erstellt und ist ohne Unterschrift gültig.
""", label=dict(kinds=["mrsa-screening"], date="2026-08-16", also_dates=["2026-08-14"], author="lab",
                language="de", style="German lab Befundbericht, plain text",
                imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
                notes="MRSA screening done abroad for an admission abroad (sender = a ward of a German hospital, "
                      "'bei stationärer Aufnahme'): treated_abroad=yes is a judgement call from the admission wording. "
                      "The ward name contains 'Handchirurgie' but nothing says she was operated."),
    hard="foreign lab; admission implied by sender ward; 'Wohnsitz NL' risk line")

# ---------------------------------------------------------------- ti-014
add(stem="ti-014", fmt="docx", font="Sans", size=11, docx_font="Arial",
    lh={"logo": "Kestrel Lane Surgery", "logo_sub": "Dr N. Okafor · Dr R. Hamblin · Dr S. Whitlow-Grant",
        "color": "#005eb8",
        "right": ["14 Kestrel Lane", "Long Ashcombe", "Dorset DT6 4QP", "Tel: 01308 442 190",
                  "Practice code: X99817"]},
    footer=["Kestrel Lane Surgery is part of the Ashcombe Vale Primary Care Network"],
    blocks=[
        ("p", "19/11/2026"),
        ("addr", ["The Second Opinion Clinic", "Handkliniek Eemhof", "Zuiderhofweg 40", "3818 KX Amersfoort",
                  "The Netherlands"]),
        ("p", "Dear Colleague,"),
        ("lp", "Re:", "Mrs Patricia Ann HOLLINGS   DOB 03/07/1968   NHS No 999 418 2275"),
        ("p", "   22 Bridge Street, Long Ashcombe, Dorset DT6 4RW"),
        ("p", "Thank you for seeing this 58 year old lady, who is moving to Amersfoort in January to live near her "
              "daughter and has asked me to refer her for a second opinion regarding recurrent Dupuytren's disease of "
              "her right little finger."),
        ("p", "She underwent a limited fasciectomy of the right little finger at St Aldhelm's Hospital in March 2024 "
              "with a good initial result. Over the last year the contracture has recurred at the PIP joint (she "
              "estimates about 45 degrees) and she is struggling with gloves and with her work as a piano teacher. "
              "She was reviewed in the hand clinic on 2 October and offered a revision fasciectomy or needle "
              "fasciotomy. No imaging has been performed, as the diagnosis is clinical."),
        ("p", "She would value your opinion on which of these options is more appropriate for a recurrence at the PIP "
              "joint, and whether collagenase injection would be an option for her in the Netherlands."),
        ("h", "Past medical history"),
        ("p", "Hypothyroidism (2011)\nTotal abdominal hysterectomy (2009)\nRight little finger limited fasciectomy "
              "(03/2024)"),
        ("h", "Current medication"),
        ("p", "Levothyroxine 75 micrograms once daily"),
        ("h", "Allergies"),
        ("p", "Penicillin (rash)"),
        ("p", "I enclose the clinic letter from 2 October 2026 and a copy of her summary record. Please do not hesitate "
              "to contact me if you need anything further."),
        ("p", "Yours sincerely,"),
        ("sig", ["", "Dr Nkechi Okafor", "MBBS MRCGP", "GP Partner"]),
        ("small", "Enc. Hand clinic letter 02/10/2026; GP summary printout"),
    ],
    label=dict(kinds=["referral"], date="2026-11-19", author="gp", language="en",
               style="UK GP referral letter (Word), practice called '... Surgery'",
               referral_question=True, imaging_done="no", operated="yes", treated_abroad="yes",
               notes="Letterhead 'Kestrel Lane Surgery' is a GP practice, not a surgical department. The operation took "
                     "place in an (invented) English hospital; the letter never says 'abroad' – treated_abroad=yes is "
                     "by definition (hospital outside NL). UK date format. Hysterectomy is another body part. Judgement: "
                     "PMH list but no recent-treatments section, so referral only."),
    hard="'Surgery' = GP practice; abroad only implicitly (English hospital); explicit no imaging; UK dates")

# ---------------------------------------------------------------- ti-015
add(stem="ti-015", fmt="pdf", font="Sans", size=10,
    lh={"logo": "NHS", "logo_size": 20, "logo_sub": "North Wealdshire Hospitals NHS Foundation Trust",
        "color": "#005eb8", "shape": None, "dept": "Department of Plastic & Hand Surgery – St Aldhelm's Hospital",
        "right": ["St Aldhelm's Hospital", "Priory Road", "Sherborne Minster SM4 2JT", "Switchboard 01935 820 000",
                  "Hand Clinic secretary 01935 820 412"]},
    footer=["Please quote the hospital number on all correspondence."], pagenum="Page {n} of 1",
    blocks=[
        ("kv", [("Hospital No", "S0772140"), ("NHS No", "999 418 2275"), ("Clinic date", "02/10/2026"),
                ("Dictated", "02/10/2026"), ("Typed", "06/10/2026"), ("Consultant", "Mr J. Pennock")], {"w": 30}),
        ("addr", ["Dr N. Okafor", "Kestrel Lane Surgery", "14 Kestrel Lane", "Long Ashcombe", "Dorset DT6 4QP"]),
        ("p", "Dear Dr Okafor,"),
        ("lp", "Re:", "Mrs Patricia Ann Hollings, DOB 03/07/1968, 22 Bridge Street, Long Ashcombe DT6 4RW"),
        ("lp", "Diagnosis:", "Recurrent Dupuytren's disease right little finger, PIP joint contracture 40°, MCP 10°. "
                             "Status post limited fasciectomy March 2024."),
        ("lp", "Investigations:", "None."),
        ("lp", "Outcome:", "Patient to consider options. Discharged to GP care pending her decision."),
        ("p", "I reviewed Mrs Hollings in the hand clinic today. She had a limited fasciectomy of the right little finger "
              "here in March 2024 and did well initially. Over the past twelve months she has noticed a gradual "
              "recurrence of flexion at the PIP joint. She is a piano teacher and finds this increasingly limiting."),
        ("p", "On examination there is a firm cord along the ulnar border of the little finger crossing the PIP joint, "
              "with a fixed flexion deformity of 40° at the PIP and 10° at the MCP joint. The previous scar is well "
              "healed. There is no skin breakdown and Allen's test is normal; digital sensation is intact. No "
              "nodules in the other digits."),
        ("p", "We discussed the options of needle fasciotomy, which is quick but carries a high recurrence rate at the "
              "PIP joint, and a revision fasciectomy with or without a dermofasciectomy and full thickness skin graft. "
              "Collagenase is no longer available to us. She would like time to consider this and mentioned that she "
              "may seek a second opinion in the Netherlands, where her daughter lives. I am happy to see her again "
              "should she wish to proceed here."),
        ("p", "Yours sincerely,"),
        ("sig", ["", "Mr Jonathan Pennock FRCS (Plast)", "Consultant Plastic and Hand Surgeon"]),
        ("small", "cc: Mrs P. A. Hollings (patient)"),
    ],
    label=dict(kinds=["correspondence"], date="2026-10-06", also_dates=["2026-10-02"], author="specialist",
               language="en", style="UK NHS hand clinic letter (Diagnosis/Outcome headings), reportlab PDF",
               imaging_done="no", operated="yes", treated_abroad="yes",
               notes="Written by the English hospital that operated her ('here in March 2024'): treated_abroad=yes "
                     "by definition. 'Investigations: None.' read as no imaging (judgement). Clinic date 02/10 vs "
                     "typed 06/10: the letter date is taken as the typed date. Addressee is a GP practice called "
                     "'Surgery'. Mentions a possible second opinion in NL – not a referral."),
    hard="NHS clinic letter; 'Investigations: None'; clinic vs typed date; second opinion mentioned but no referral")

# ---------------------------------------------------------------- ti-016
add(stem="ti-016", fmt="txt", crlf=True, text="""
ROYAL FENMARSH INFIRMARY - DEPARTMENT OF RADIOLOGY
Fenmarsh Teaching Hospitals NHS Trust
-----------------------------------------------------------------------
Patient:        FAIRBROTHER, Callum James        Sex: M
DOB:            09/04/1990                        NHS No: 999 603 7718
Hospital No:    RF2284019
Location:       Emergency Department (Majors)
Referrer:       Dr A. Mensah, Emergency Medicine
-----------------------------------------------------------------------
Examination:    XR WRIST LEFT (SCAPHOID SERIES, 4 VIEWS)
Exam date:      14/09/2026 22:47
Accession:      RFI26091401187
Clinical details:
  FOOSH playing rugby this evening. Tender anatomical snuffbox.
  ?scaphoid fracture. Dutch exchange student.

REPORT:
  No acute fracture or dislocation is demonstrated. Specifically no
  scaphoid fracture is seen on the dedicated views, although an occult
  fracture cannot be excluded on initial radiographs. Carpal alignment
  is maintained; the scapholunate interval is normal. Mild dorsal soft
  tissue swelling. No radio-opaque foreign body.

  If clinical concern for scaphoid injury persists, suggest repeat
  radiographs in 10-14 days or MRI.

Reported by:    Dr Priya Raghunathan, Consultant Radiologist
Report date:    15/09/2026 08:31
Verified:       Yes
-----------------------------------------------------------------------
This report was generated by the Fenmarsh PACS/RIS. Printed 02/12/2026.
""", label=dict(kinds=["imaging-report"], date="2026-09-15", also_dates=["2026-09-14"], author="radiologist",
                language="en", style="UK PACS/RIS radiology report, plain text with CRLF",
                imaging_done="yes", operated="unmentioned", treated_abroad="yes",
                notes="Radiology report from an emergency department abroad; treated_abroad=yes because the ED of a "
                      "foreign hospital saw him (judgement: the report is the only evidence of the ED visit). Repeat "
                      "X-ray/MRI only suggested. dd/mm/yyyy dates; print date 02/12/2026 is not the report date."),
    hard="foreign ED X-ray report; exam vs report vs print dates; suggested further imaging")

# ---------------------------------------------------------------- ti-017
add(stem="ti-017", fmt="pdf", font="Sans", size=9.5,
    lh={"logo": "AZ Scheldedal", "logo_sub": "algemeen ziekenhuis · campus Temse", "color": "#0e7c86",
        "shape": "circle", "dept": "Dienst Orthopedie en Traumatologie – Hand- en polschirurgie",
        "right": ["Scheldedallaan 55", "9140 Temse", "tel. +32 3 710 44 00", "raadpleging orthopedie +32 3 710 46 15",
                  "www.azscheldedal.be"]},
    footer=["AZ Scheldedal vzw · ondernemingsnummer 0456.789.123 · erkenningsnummer 71088"],
    pagenum="{n}",
    blocks=[
        ("p", "Temse, 14/10/2026"),
        ("addr", ["Dokter J. Meulblok", "Huisartsenpraktijk Meulblok", "Sluiskreekstraat 18", "4537 AK Terneuzen",
                  "Nederland"]),
        ("lp", "Betreft:", "Mevrouw Dorien CALJOUW °12/03/1985 – Kreekrug 4, 4531 EK Terneuzen (NL)"),
        ("lp", "Raadpleging:", "13/10/2026 – dr. P.-J. Vervaecke"),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënte werd op 13/10/2026 gezien op de raadpleging handchirurgie voor tintelingen in de rechterhand."),
        ("h", "Anamnese"),
        ("p", "Sinds 4 maanden nachtelijke tintelingen in duim en wijsvinger rechts, ook bij fietsen en telefoneren. "
              "Geen krachtverlies. Geen nekpijn. Werkt als administratief bediende in Gent."),
        ("h", "Klinisch onderzoek"),
        ("p", "Geen zwelling ter hoogte van de pols. Tinel negatief, Phalen negatief. Geen thenaratrofie, "
              "abductiekracht duim symmetrisch. Sensibiliteit 2-puntsdiscriminatie 5 mm in alle vingers. Cervicaal "
              "onderzoek zonder bijzonderheden."),
        ("h", "Technische onderzoeken"),
        ("p", "EMG (dr. S. Dhondt, neurologie): lichte vertraging van de sensibele geleiding van de n. medianus rechts "
              "over de pols, motorisch normaal.\nRX rechterpols F+P met scafoïdopnames (13/10/2026): geen afwijkingen "
              "(zie verslag dienst medische beeldvorming)."),
        ("h", "Besluit"),
        ("p", "Beginnend carpaletunnelsyndroom rechts; differentiaal een tendinopathie van de flexoren."),
        ("h", "Voorstel"),
        ("p", "Wij stellen een infiltratie van de carpale tunnel voor, samen met een nachtspalk gedurende 6 weken. "
              "Indien onvoldoende effect kan een chirurgische decompressie overwogen worden. Patiënte zal dit met u "
              "bespreken; zij overweegt zich verder in Nederland te laten behandelen."),
        ("p", "Met collegiale groeten,"),
        ("sig", ["Dr. Pieter-Jan Vervaecke", "Orthopedisch chirurg – hand- en polschirurgie", "RIZIV 1-48821-57-580"]),
        ("small", "Kopie: patiënte · Bijlage: verslag RX"),
    ],
    label=dict(kinds=["correspondence"], date="2026-10-14", also_dates=["2026-10-13"], author="specialist",
               language="nl", style="Belgian (Flemish) consultation report, reportlab PDF",
               imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="Flemish wording (raadpleging, Besluit, °, RIZIV); Dutch patient seen in a Belgian hospital, so "
                     "treated_abroad=yes (outpatient consultation counts as treatment in a clinic abroad – judgement). "
                     "Findings negated although the exam was done. Surgery only 'overwogen'."),
    hard="Flemish letter for a Dutch patient; Belgian outpatient visit = abroad; negated findings; surgery only considered")

# ---------------------------------------------------------------- ti-018
add(stem="ti-018", fmt="pdf", font="Sans", size=9.5,
    lh={"logo": "AZ Scheldedal", "logo_sub": "algemeen ziekenhuis · campus Temse", "color": "#0e7c86",
        "shape": "circle", "dept": "Dienst Medische Beeldvorming",
        "right": ["Scheldedallaan 55, 9140 Temse", "secretariaat RX +32 3 710 43 00", "Diensthoofd: dr. L. Verschraegen"]},
    footer=["Dit verslag werd elektronisch gevalideerd."], pagenum="",
    blocks=[
        ("table", ["Patiënt", "Geboortedatum", "Dossiernr.", "Datum onderzoek"],
         [["CALJOUW Dorien", "12/03/1985", "2026-0811473", "13/10/2026"]], {"widths": [48, 36, 38, 44]}),
        ("kv", [("Aanvragende arts", "dr. P.-J. Vervaecke – Orthopedie (hand- en polschirurgie)"),
                ("Onderzoek", "RX rechterpols F + P, scafoïdopnames (4 opnames)"),
                ("Klinische inlichtingen", "Tintelingen dig 1-2 re. Uitsluiten ossale pathologie.")], {"w": 40}),
        ("h", "Verslag"),
        ("p", "Normale botdensiteit. Geen fractuur. Os scaphoideum intact, zonder cysten of sclerose. Normale "
              "carpale uitlijning, geen verbreding van de scapholunaire ruimte. Ulnaire variantie neutraal. Geen "
              "artrotische veranderingen. Weke delen zonder bijzonderheden, geen verkalkingen."),
        ("h", "Besluit"),
        ("p", "Normale RX van de rechterpols. Geen fractuur, geen artrose."),
        ("sp", 3),
        ("p", "dr. An-Sofie Moerman, radioloog – 13/10/2026 15:22"),
    ],
    label=dict(kinds=["imaging-report"], date="2026-10-13", author="radiologist", language="nl",
               style="Belgian radiology report (Medische Beeldvorming), table header, reportlab PDF",
               imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="Belgian hospital imaging of a Dutch patient: treated_abroad=yes (judgement: imaging at a clinic "
                     "abroad counts). No title; requester's department includes 'polschirurgie'. Normal findings "
                     "still mean imaging was done."),
    hard="no title; table header; normal result; Belgian imaging = care abroad")

# ---------------------------------------------------------------- ti-019
add(stem="ti-019", fmt="docx", font="Sans", size=10.5,
    lh={"logo": "Huisartsenpraktijk Heidelinde", "logo_sub": "dr. Wouter Daelemans · dr. Sofie Peetermans",
        "color": "#3c6e47",
        "right": ["Kerkstraat 41", "2400 Mol", "tel. 014 31 22 80", "RIZIV 1-23456-78-004"]},
    blocks=[
        ("p", "Mol, 09/11/2026"),
        ("addr", ["Handkliniek Eemhof", "Zuiderhofweg 40", "3818 KX Amersfoort", "Nederland"]),
        ("lp", "Betreft:", "Mevrouw Lieve BOSMANS-WOUTERS °04/09/1961 – Stationsstraat 112, 2400 Mol"),
        ("lp", "Rijksregisternummer:", "61.09.04-000.00 (niet ingevuld op verzoek)"),
        ("p", "Beste confrater,"),
        ("p", "Graag verwijs ik u mevrouw Bosmans voor een tweede advies betreffende haar linkerduim."),
        ("p", "Zij heeft sinds ruim een jaar pijn aan de basis van de linkerduim bij knijpen en bij het openen van "
              "flessen. Een RX van de linkerhand (AZ Heidebloem, 03/2026) toonde een duidelijke artrose van het "
              "CMC-1 gewricht. Twee infiltraties gaven telkens slechts enkele weken beterschap. De orthopedist in "
              "AZ Heidebloem stelt een trapeziectomie voor."),
        ("p", "Patiënte is niet onbekend met handchirurgie: vorig jaar werd zij in AZ Heidebloem geopereerd voor een "
              "trigger finger van de rechter ringvinger, met goed resultaat. Verder: hypercholesterolemie, "
              "status na hysterectomie (2010)."),
        ("p", "Haar dochter woont in Amersfoort en heeft goede ervaringen met uw kliniek. Mijn vraag: komt zij in "
              "aanmerking voor een CMC-1 prothese in plaats van een trapeziectomie, gezien haar actieve levensstijl "
              "(tennis)? En wat is volgens u de beste timing?"),
        ("lp", "Medicatie:", "atorvastatine 20 mg 1x/d; paracetamol zo nodig."),
        ("lp", "Allergieën:", "geen gekende."),
        ("lp", "Bijlagen:", "verslag RX linkerhand, consultatieverslag orthopedie."),
        ("p", "Met collegiale groeten,"),
        ("sig", ["", "dr. Wouter Daelemans", "huisarts"]),
    ],
    label=dict(kinds=["referral"], date="2026-11-09", author="gp", language="nl",
               style="Belgian GP referral letter ('Beste confrater'), Word",
               referral_question=True, imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Flemish referral of a Belgian patient. Judgement calls: the trigger-finger release was on the "
                     "other hand for another condition – counted as operated=yes because it is hand surgery; "
                     "treated_abroad=yes because the care (X-ray, injections, surgery) was in a Belgian hospital, "
                     "which is outside the Netherlands even though it is the patient's home country. Hysterectomy is "
                     "another body part."),
    hard="Belgian patient (home care is 'abroad'); other-hand trigger finger surgery; proposed trapeziectomy")

# ---------------------------------------------------------------- ti-020
add(stem="ti-020", fmt="txt", text="""
==================== VERWIJSBRIEF (ZorgMail) ====================
Verzonden      : 30-11-2026 17:22
Afzender       : Huisartsenpraktijk Leeuwenhorst, Leeuwenhorstlaan 2,
                 1703 ME Heerhugowaard  (AGB 01-066310)
Verwijzer      : G.J. de Boer, huisarts
Ontvanger      : Handkliniek Eemhof, Amersfoort - polikliniek
Specialisme    : Handchirurgie
-----------------------------------------------------------------
Patient        : Ruitenbeek, S. (Sanne)          V
Geboortedatum  : 27-10-1988
BSN            : 999968011
Adres          : Vinkenslag 6, 1703 RA Heerhugowaard
Verzekeraar    : Zorgverzekeraar Eemland U.A., nr 6620158
-----------------------------------------------------------------
Reden van verwijzing:
  Verzoek tot overname behandeling pols rechts. Patiente verhuist in
  december naar Amersfoort en wil de behandeling in uw kliniek
  voortzetten.

Vraagstelling:
  Graag verdere behandeling.

Episodelijst:
  L11  Pols symptomen/klachten rechts          14-08-2026
  L81  Letsel SL-ligament pols re (vd)         05-10-2026
  A97  Geen ziekte (preventief consult)        2024

Voorgeschiedenis:
  2011 sectio caesarea
  2015 appendectomie (laparoscopisch)
  2020 migraine, sumatriptan zn

Recente behandelingen / journaal (laatste 4 maanden):
  14-08-2026  S: val van paard op re hand. O: zwelling dorsaal, drukpijn
              dorsaal SL-gebied, tabatiere niet pijnlijk. E: L11 distorsie.
              P: X-pols re, brace.
  16-08-2026  uitslag X-pols re (MC Hoornbeek): geen fractuur, SL-afstand
              grensgeval 3 mm.
  03-09-2026  fysiotherapie gestart (6x), weinig effect.
  05-10-2026  Brief specialist ontvangen: orthopedie MC Hoornbeek -
              verdenking SL-letsel, MRI aangevraagd, brace continueren.
  29-10-2026  S: MRI nog niet gepland ivm wachtlijst; pt verhuist.
  30-11-2026  P: verwijzing handkliniek Eemhof ivm verhuizing.

Medicatie:
  Sumatriptan 50 mg zn; paracetamol zn

Allergieen: geen

Bijlagen: brief orthopedie MC Hoornbeek 05-10-2026
=================================================================
Dit bericht is verzonden via ZorgMail. Niet beantwoorden.
""", label=dict(kinds=["referral", "history"], date="2026-11-30", author="gp", language="nl",
                style="ZorgMail/Edifact referral export in plain text, with episode list and journal",
                referral_question=False, imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
                notes="Referral 'for treatment' only: Vraagstelling field present but holds 'Graag verdere "
                      "behandeling' – no question, no second opinion asked (referral_question=false). Carries "
                      "Voorgeschiedenis + recent journal, so also history. Caesarean section and appendectomy are other "
                      "body parts (operated=unmentioned). MRI requested but not done; the X-ray was done."),
    hard="Vraagstelling field without a question; caesarean/appendectomy; MRI only requested")

# ---------------------------------------------------------------- ti-021
add(stem="ti-021", fmt="pdf", font="Sans", size=9.5,
    lh=dict(LH_ALDEGONDE, dept="Plastische Chirurgie · Dagbehandeling / OK-complex"),
    footer=["Sint Aldegonde Gasthuis · OK-complex locatie Dordrecht"],
    pagenum="blad {n}", later="Operatieverslag – van der Schoot, H. – 05-05-1955",
    blocks=[
        ("title", "Operatieverslag"),
        ("kv4", [("Patiënt", "Dhr. H. van der Schoot", "Patiëntnr.", "1188342"),
                 ("Geboortedatum", "05-05-1955", "Opnametype", "dagbehandeling"),
                 ("Datum operatie", "03-06-2026", "OK", "OK 7"),
                 ("Start", "10:12", "Einde", "10:31")], {"grid": True, "w": 28}),
        ("kv", [("Operateur", "dr. M.C. Faber-Lindqvist, plastisch chirurg"),
                ("Assistent", "A. Tahiri, ANIOS plastische chirurgie"),
                ("Anesthesie", "WALANT (lidocaïne 1% met adrenaline, 15 ml)"),
                ("Indicatie", "Carpaletunnelsyndroom rechts, EMG-bevestigd (ernstig), nachtspalk zonder effect"),
                ("Ingreep", "Open klieving ligamentum carpi transversum rechts"),
                ("Verloop", "Time-out. Geen bloedleegte (WALANT). Incisie 2,5 cm in het verlengde van de radiale "
                            "zijde van de ringvinger, proximaal van Kaplan's lijn. Palmaire fascie gekliefd. Ligamentum "
                            "carpi transversum onder direct zicht volledig gekliefd van distaal naar proximaal; "
                            "n. medianus vrij, ingesnoerd aspect zichtbaar, geen thenaire tak afwijkend. Geen "
                            "ruimte-innemend proces. Spoelen, huid gesloten met Ethilon 4-0 enkelvoudig."),
                ("Complicaties", "Geen"),
                ("PA", "Niet ingestuurd"),
                ("Nabehandeling", "Drukverband 2 dagen, hand hoog houden, vingers bewegen. Hechtingen verwijderen bij "
                                  "de huisarts na 10-14 dagen. Controle polikliniek plastische chirurgie na 6 weken "
                                  "(telefonisch).")], {"grid": True, "w": 32}),
        ("small", "Afgedrukt op 03-06-2026 15:42 door Tahiri, A."),
    ],
    label=dict(kinds=["operation-report"], date="2026-06-03", author="specialist", language="nl",
               style="Dutch OK-verslag form (label grid, no salutation), reportlab PDF",
               imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
               notes="Pure form without salutation or title prose; department 'Plastische Chirurgie' in letterhead. "
                     "EMG is not imaging. Print date equals operation date."),
    hard="form layout only; labels and values in grid cells")

# ---------------------------------------------------------------- ti-022
add(stem="ti-022", fmt="pdf", font="Sans", size=9.5,
    lh={"logo": "LMM Noordrand", "logo_sub": "Laboratorium Medische Microbiologie Noordrand",
        "color": "#8a1538", "shape": "cross",
        "right": ["Noordrandweg 50", "1815 JD Alkmaar", "T 072 – 540 81 00", "lab@lmm-noordrand.nl",
                  "ISO 15189 M112"]},
    footer=["Uitslagen zijn uitsluitend bestemd voor de aanvrager. Bij vragen: dienstdoende arts-microbioloog "
            "072 – 540 81 20."],
    pagenum="pag. {n}",
    blocks=[
        ("title", "Uitslag microbiologisch onderzoek"),
        ("kv4", [("Patiënt", "Bloemendaal-Vis, C.E.", "Labnummer", "MB26-0045512"),
                 ("Geb.datum", "19-06-1949", "Status", "definitief"),
                 ("Aanvrager", "J.A. Kiers, huisarts\nHuisartsenpraktijk Wiekenhof, Alkmaar",
                  "Uitslagdatum", "27-11-2026"),
                 ("Ontvangen", "25-11-2026", "Kopie aan", "—")], {"grid": True, "w": 24}),
        ("lp", "Klinische gegevens:", "opname Hospital Particular da Ria, Faro (aug 2026). Screening vóór verwijzing "
                                      "handkliniek."),
        ("table", ["Materiaal", "Afnamedatum", "Bepaling", "Uitslag"],
         [["Neus", "25-11-2026", "MRSA-kweek (selectief bouillon + chromagar)", "MRSA niet aangetoond"],
          ["Keel", "25-11-2026", "MRSA-kweek (selectief bouillon + chromagar)", "MRSA niet aangetoond"],
          ["Perineum", "25-11-2026", "MRSA-kweek (selectief bouillon + chromagar)", "MRSA niet aangetoond"]],
         {"widths": [26, 26, 66, 48]}),
        ("lp", "Conclusie:", "Geen MRSA aangetoond in de ingestuurde materialen."),
        ("small", "Opmerking: de patiënt valt vanwege een recente opname in een buitenlands ziekenhuis in "
                  "risicocategorie 2 volgens de WIP-richtlijn. Eén negatieve screeningsronde is voor poliklinische "
                  "zorg voldoende."),
        ("sp", 3),
        ("kv", [("Geautoriseerd", "dr. S. Boukhari, arts-microbioloog, 27-11-2026 11:48")], {"w": 30}),
    ],
    label=dict(kinds=["mrsa-screening"], date="2026-11-27", also_dates=["2026-11-25"], author="lab",
               language="nl", style="lab result with material/result table, reportlab PDF",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
               notes="Admission abroad given as hospital + city (Faro) only, plus 'buitenlands ziekenhuis' in a small "
                     "remark. Sample date 25-11, authorisation 27-11. Table layout."),
    hard="table layout; abroad via hospital name + city; sample vs result date")
