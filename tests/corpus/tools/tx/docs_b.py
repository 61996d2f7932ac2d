# tx-017 .. tx-032
from common import *

DOCS_B = []
def reg(f):
    DOCS_B.append(f)
    return f

# ------------------------------------------------------------------ 017
@reg
def tx017():
    stem = "tx-017"
    d = Docx(font="Arial", size=9.5)
    d.letterhead_table(
        [("Isala", "b"), ("Laboratorium voor Medische Microbiologie en Infectieziekten", ""),
         ("Dokter van Heesweg 2, 8025 AB Zwolle", "s"), ("tel. 038 424 5000", "s")],
        [("UITSLAG MICROBIOLOGIE", "b"), ("Eindrapport", ""), ("Rapportdatum: 2026-11-19", ""),
         ("Pagina 1 van 1", "s")], grid=True)
    d.kv([("Patiënt", "Dhr. W.F. (Willem) Nijenhuis"), ("Geboortedatum", "1950-03-30"),
          ("Aanvrager", "drs. A.G. Postma, plastisch chirurg, polikliniek Plastische chirurgie"),
          ("Kopie aan", "huisarts B. Lubbers, Dalfsen"),
          ("Klinische gegevens", "Wondinfectie dig. IV/V re na fasciëctomie wegens M. Dupuytren (02-11-2026). "
                                 "Opname i.v.m. i.v. antibiotica. Screening conform MRSA-beleid.")],
         widths=(4, 12.5))
    d.table(["Ordernr.", "Materiaal", "Afname", "Onderzoek", "Uitslag"], [
        ["26-K-88120", "Wondvocht dig. IV re", "2026-11-15", "Kweek aeroob/anaeroob",
         "Staphylococcus aureus, veel (MSSA: oxacilline S, clindamycine S, cotrimoxazol S)"],
        ["26-K-88121", "Bloed (2 sets)", "2026-11-15", "Bloedkweek", "Na 5 dagen geen groei"],
        ["26-K-88122", "Neus", "2026-11-15", "MRSA-screening", "MRSA niet aangetoond"],
        ["26-K-88122", "Keel", "2026-11-15", "MRSA-screening", "MRSA niet aangetoond"],
        ["26-K-88122", "Perineum", "2026-11-15", "MRSA-screening", "MRSA niet aangetoond"],
        ["26-K-88123", "Urine", "2026-11-15", "Urinekweek", "< 10^3 kve/ml, geen groei van betekenis"],
    ])
    d.p(("Commentaar: ", "b"), "S. aureus uit de wond is gevoelig voor flucloxacilline; geen MRSA. "
        "MRSA-screening (neus/keel/perineum) negatief. Geen contactisolatie nodig.")
    d.p("Gevalideerd door: dr. J.W. Lammers, arts-microbioloog, 2026-11-19 13:42")
    d.footer("Isala MMB · LIMS GLIMS · Afdruk: 2026-11-20 08:00 · Vertrouwelijk")
    d.save(stem)
    write_label(stem, dict(
        kinds=["mrsa-screening"], date="2026-11-19", also_dates=["2026-11-15"], author="lab", language="nl",
        style="hospital microbiology report docx, grid letterhead table, multi-order result table",
        imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
        notes="MRSA screening rows sit between a wound culture with S. aureus (MSSA), blood and urine cultures; ISO "
              "dates; report 2026-11-19 vs sampling 2026-11-15 vs print 2026-11-20. Clinical data mention a Dupuytren "
              "fasciectomy (hand operation) -> operated yes."))

# ------------------------------------------------------------------ 018
@reg
def tx018():
    stem = "tx-018"
    txt = """
HOSPITAL FOR SPECIAL SURGERY - DEPARTMENT OF PATHOLOGY AND LABORATORY MEDICINE
535 East 70th Street, New York, NY 10021        CLIA 33D0654251
==========================================================================
SURGICAL PATHOLOGY REPORT                            Accession: S26-21877

Patient:   DE GROOT, MAARTEN            MRN: 0041-558-27
DOB:       05/23/1962 (Age 64)          Sex: M
Collected: 10/07/2026 11:05             Received: 10/07/2026 15:40
Reported:  10/12/2026 16:02
Surgeon:   Rachel M. Feldman, MD
Procedure: Right trapeziectomy with LRTI
Location:  HSS Main OR 7

CLINICAL HISTORY:
64-year-old man with right thumb basal joint arthritis, status post
trapeziectomy.

SPECIMEN:
A. Bone, right trapezium, excision

GROSS DESCRIPTION:
Received in formalin labeled with the patient's name and "right trapezium"
are multiple fragments of bone and cartilage aggregating to 2.6 x 2.0 x
1.1 cm. Articular surfaces show eburnation over approximately 60% of the
surface. Representative sections submitted after decalcification in A1-A2.

MICROSCOPIC DESCRIPTION:
Sections show degenerative articular cartilage with fibrillation, loss of
chondrocytes, subchondral sclerosis and cyst formation. No inflammatory
arthropathy, crystals or neoplasm identified.

FINAL DIAGNOSIS:
A. Right trapezium, excision:
   - Degenerative joint disease (osteoarthritis), advanced.
   - No evidence of inflammatory arthritis or malignancy.

I attest that I personally reviewed the slides and rendered the diagnosis.

*** Electronically signed by: Priya Natarajan, MD, Pathologist 10/12/2026 ***
--------------------------------------------------------------------------
Printed: 11/02/2026 09:48 AM  by patient portal request        Page 1 of 1
"""
    write_txt(stem, txt)
    write_label(stem, dict(
        kinds=[], date="2026-10-12", author="lab", language="en",
        style="US surgical pathology report text printout",
        imaging_done="unmentioned", operated="yes", treated_abroad="yes",
        notes="Pathology report (not a kind in this checklist) that looks like an operation report: it has "
              "'Surgeon:' and 'Procedure:' fields. Collected 10/07, reported 10/12 (own date), printed 11/02 - "
              "US m/d/yyyy, so 11/02/2026 is 2 November. Specimen from an operation in New York -> operated yes and "
              "treated abroad yes (same patient as tx-008)."))

# ------------------------------------------------------------------ 019
@reg
def tx019():
    stem = "tx-019"
    blocks = [
        ("kv4", [
            ["Patiënt", "Mw. P. (Petra) van der Heijden", "Geb.", "17-01-1964"],
            ["Aanvrager", "huisarts E. Wouters, Veldhoven", "Afname", "25-11-2026 08:12 (prikpost De Kempen)"],
            ["Rapport", "Eindrapport", "Datum", "26-11-2026"],
        ]),
        ("sp", 4),
        ("table", ["Bepaling", "Uitslag", "Eenheid", "Referentie", ""], [
            ["BSE", "28", "mm/uur", "&lt; 20", "H"],
            ["CRP", "14", "mg/l", "&lt; 10", "H"],
            ["Hemoglobine", "8,1", "mmol/l", "7,5 - 10,0", ""],
            ["Leukocyten", "7,9", "x10^9/l", "4,0 - 10,0", ""],
            ["Reumafactor IgM", "32", "kU/l", "&lt; 15", "H"],
            ["Anti-CCP", "&gt; 340", "U/ml", "&lt; 7", "H"],
            ["Urinezuur", "0,29", "mmol/l", "0,15 - 0,35", ""],
            ["TSH", "2,1", "mU/l", "0,4 - 4,0", ""],
            ["Glucose nuchter", "5,6", "mmol/l", "4,0 - 6,0", ""],
        ], [0.35, 0.15, 0.15, 0.22, 0.13]),
        ("sp", 4),
        ("p", "<b>Opmerking lab:</b> MRSA-screening (neus/keel/perineum) op dezelfde aanvraag wordt apart "
              "gerapporteerd door het laboratorium medische microbiologie; deze uitslag is nog in behandeling."),
        ("p", "<b>Klinische gegevens aanvrager:</b> symmetrische zwelling MCP 2-3 beiderzijds, ochtendstijfheid. RA?"),
        ("sp", 4),
        ("p", "Geautoriseerd: ing. M. Claassen, namens dr. R. Baars, klinisch chemicus"),
    ]
    make_pdf(pdf_path(stem), blocks,
             top_banner=[("Stichting Huisartsenlaboratorium Oost-Brabant", True, 12),
                         ("Klinische Chemie en Hematologie · Michelangelolaan 2 · 5623 EJ Eindhoven · 040 239 9999", False, 8),
                         ("Uitslagen laboratoriumonderzoek", True, 10)],
             footer="SHL-EHV - labnummer 26-4481207 - uitslag aan aanvrager verzonden 26-11-2026",
             page_numbers="1 / 1")
    write_label(stem, dict(
        kinds=[], date="2026-11-26", also_dates=["2026-11-25"], author="lab", language="nl",
        style="GP laboratory blood results table (clinical chemistry), banner letterhead",
        imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
        notes="Lab result that is not an MRSA screening (blood: BSE, CRP, RF, anti-CCP). It mentions an MRSA screening "
              "on the same request that is reported separately and still pending - a mention, not the result."))

# ------------------------------------------------------------------ 020
@reg
def tx020():
    stem = "tx-020"
    d = Docx(font="Calibri", size=11)
    d.p("Yvonne Brouwer", space_after=0)
    d.p("Brediusweg 33", space_after=0)
    d.p("1401 AE Bussum", space_after=0)
    d.p("06-41882093 / yvonne.brouwer@ziggo.nl")
    d.p("")
    d.p("Kliniek voor Hand- en Polschirurgie", space_after=0)
    d.p("t.a.v. second opinion", space_after=0)
    d.p("Zeist")
    d.p("")
    d.p("Bussum, 29-11-2026")
    d.p(("Onderwerp: aanvraag second opinion linkerpols", "b"))
    d.p("Geachte heer/mevrouw,")
    d.p("Hierbij wil ik graag een second opinion aanvragen voor mijn linkerpols. Omdat mijn dossier over "
        "meerdere ziekenhuizen verspreid is, zet ik alles hieronder op een rij.")
    d.p("In september 2025 ben ik tijdens een vakantie in Turkije van een trap gevallen. Ik ben toen in het Memorial "
        "Antalya Hospital opgenomen en de volgende dag (13 september 2025) geopereerd; er is een plaatje in mijn pols "
        "gezet. Ik heb daar vier nachten gelegen. Van de operatie heb ik alleen een Engelstalige ontslagbrief, het "
        "operatieverslag heb ik nooit gekregen.")
    d.p("Terug in Nederland ben ik bij mijn huisarts (dokter Van Rijn) geweest en daarna bij de orthopeed in Tergooi "
        "MC. Daar zijn röntgenfoto's gemaakt (oktober 2025) en in maart 2026 een MRI. Volgens de orthopeed is de breuk "
        "goed genezen en moet ik het met fysiotherapie doen. Ik heb 20 keer fysiotherapie gehad, maar ik kan nog "
        "steeds geen pan optillen en mijn pink tintelt.")
    d.p("Ik vraag me af of het plaatje er niet uit moet, of dat er iets anders aan de hand is. Mijn huisarts is "
        "bereid een verwijzing te sturen. Ik heb de MRI op cd en de brieven van Tergooi bijgevoegd.")
    d.p("Bijlagen:")
    d.p("- ontslagbrief Memorial Antalya (Engels)", space_after=0)
    d.p("- brieven orthopedie Tergooi MC (2)", space_after=0)
    d.p("- cd met MRI-beelden")
    d.p("Met vriendelijke groet,")
    d.p("")
    d.p("Yvonne Brouwer", space_after=0)
    d.p("(geboren 11 juni 1971)")
    d.save(stem)
    write_label(stem, dict(
        kinds=[], date="2026-11-29", author="patient", language="nl",
        style="patient's own letter, plain docx",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Patient's own request for a second opinion (not a referral, 't.a.v. second opinion' is an address "
              "line). It narrates all care: admission and operation in Antalya (treated abroad, operated), X-ray and "
              "MRI in Tergooi, physiotherapy, and lists enclosures including a discharge letter - mentions, not "
              "documents. Dates of events 2025/2026 compete with the letter date."))

# ------------------------------------------------------------------ 021
@reg
def tx021():
    stem = "tx-021"
    d = Docx(font="Verdana", size=9)
    d.letterhead_table(
        [("Handtherapie Utrecht Oost", "b"), ("Gecertificeerd handtherapeuten (CHT-NL)", "s"),
         ("Biltstraat 180, 3572 BP Utrecht", "s")],
        [("Rapportage handtherapie", "b"), ("Datum rapportage: 25 november 2026", ""),
         ("Behandelaar: K. de Mol, handtherapeut / fysiotherapeut", "s")])
    d.p("Aan: dr. R.S. Goossens, plastisch chirurg, Diakonessenhuis Utrecht", space_after=0)
    d.p("Kopie: huisarts M. Hermans, Utrecht")
    d.p(("Betreft: ", "b"), "mw. C. (Carla) Oosterveld, geb. 08-02-1957")
    d.p(("Verwijsdiagnose: ", "b"), "status na CMC-1 artroplastiek (Weilby) rechts d.d. 12-08-2026")
    d.p("Geachte dokter Goossens,")
    d.p("Hierbij de tussenrapportage van mevrouw Oosterveld, die sinds 26-08-2026 bij ons in behandeling is, "
        "twee keer per week. Zij heeft een op maat gemaakte duimbrace (thermoplast) gekregen, die inmiddels alleen "
        "nog 's nachts wordt gedragen.")
    d.table(["Meting", "09-09-2026", "21-10-2026", "24-11-2026", "Links (ref.)"], [
        ["Palmaire abductie duim", "25°", "35°", "40°", "45°"],
        ["Kapandji-score", "6", "8", "9", "10"],
        ["Knijpkracht sleutelgreep (kg)", "1,5", "3,0", "4,5", "6,5"],
        ["Grijpkracht Jamar II (kg)", "9", "14", "17", "24"],
        ["NRS pijn belasten (0-10)", "6", "4", "3", "-"],
        ["PRWHE totaal", "72", "51", "38", "-"],
    ])
    d.p("Het herstel verloopt volgens verwachting. Mevrouw ervaart nog pijn bij het openen van potten. Er zijn "
        "geen tekenen van CRPS. Het litteken is soepel.")
    d.p(("Beleid: ", "b"), "nog 6 weken handtherapie met krachtopbouw, daarna afbouwen. Wij zouden het op prijs "
        "stellen als u bij de controle van 8 december beoordeelt of verdere behandeling zinvol is.")
    d.p("Met vriendelijke groet,")
    d.p("K. de Mol, handtherapeut CHT-NL", space_after=0)
    d.p("BIG 59912345604")
    d.footer("Handtherapie Utrecht Oost - KvK 30219876 - www.handtherapie-utrecht-oost.nl")
    d.save(stem)
    write_label(stem, dict(
        kinds=[], date="2026-11-25", author="other", language="nl",
        style="hand therapist progress report docx with measurement table",
        imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
        notes="Hand therapy report: looks like a specialist letter (addressed to a plastic surgeon, 'Verwijsdiagnose', "
              "'Beleid') but therapy letters are no kind. States a CMC-1 arthroplasty on 12-08-2026 -> operated yes. "
              "Measurement table full of dates; own date only in the letterhead table 'Datum rapportage: 25 november 2026'. "
              "'Wij zouden het op prijs stellen ... beoordeelt' is not a referral."))

# ------------------------------------------------------------------ 022
@reg
def tx022():
    stem = "tx-022"
    d = Docx(font="Arial", size=10.5)
    d.letterhead_table(
        [("", "")],
        [("The Leeds Teaching Hospitals", "b"), ("NHS Trust", "b"), ("Radiology Appointments Office", ""),
         ("Chapel Allerton Hospital", "s"), ("Chapeltown Road, Leeds LS7 4SA", "s"), ("Tel: 0113 392 4000", "s")])
    d.p("PRIVATE & CONFIDENTIAL", space_after=0)
    d.p("Ms Noor Visser", space_after=0)
    d.p("Flat 3, 41 Headingley Lane", space_after=0)
    d.p("Leeds LS6 1BL")
    d.kv([("Date", "23 November 2026"), ("NHS Number", "485 777 3456"), ("Hospital Number", "R9914412"),
          ("Our ref", "RAD/MRI/ENT-0022817")], grid=False)
    d.p("Dear Ms Visser,")
    d.p(("Your appointment: MRI scan of the left wrist", "b"))
    d.p("Following your attendance at the Emergency Department at Leeds General Infirmary on 2 November 2026 and "
        "your review in the Fracture Clinic, an MRI scan has been requested by Mr D. Whitfield, Consultant Hand "
        "Surgeon, to rule out a hidden (occult) scaphoid fracture.")
    d.table(["Date", "Time", "Location"], [["Thursday 10 December 2026", "18:40",
                                            "MRI Unit, Ground Floor, Chapel Allerton Hospital"]])
    d.p("Please arrive 15 minutes before your appointment time and complete the enclosed MRI safety questionnaire. "
        "Remove all jewellery. If you have any metal implants or a pacemaker, contact us before attending.")
    d.p("If you cannot attend, please telephone us at least 48 hours in advance so that the slot can be offered to "
        "another patient. Patients who do not attend may be discharged back to their GP.")
    d.p("Yours sincerely,")
    d.p("Radiology Appointments Team")
    d.p("cc: Mr D. Whitfield, Consultant Hand Surgeon; GP - Hyde Park Surgery, Leeds", size=8)
    d.footer("LTHT Radiology - letter generated 23/11/2026 14:05 - page 1 of 1")
    d.save(stem)
    write_label(stem, dict(
        kinds=[], date="2026-11-23", author="other", language="en",
        style="NHS radiology appointment letter docx, letterhead table",
        imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
        notes="Appointment confirmation: the MRI is only booked for 10 December (planned -> imaging unmentioned), "
              "though 'MRI scan of the left wrist' is in bold like a report title. It does state an Emergency "
              "Department attendance and fracture clinic review in Leeds -> treated abroad yes (Dutch patient living "
              "in the UK). Requesting consultant named but it is not his letter."))

# ------------------------------------------------------------------ 023
@reg
def tx023():
    stem = "tx-023"
    txt = """
Van:       Zilveren Kruis Zorgverzekeringen <noreply@zilverenkruis.nl>
Aan:       r.koopman@kpnmail.nl
Datum:     dinsdag 24 november 2026 11:03
Onderwerp: Uw aanvraag toestemming (machtiging) - dossier ZK-2026-4471188

Beste heer Koopman,

Op 17 november 2026 ontvingen wij uw aanvraag voor toestemming voor een
second opinion bij Kliniek voor Hand- en Polschirurgie te Zeist.

Besluit
Wij geven toestemming (machtiging) voor:
  Zorg:            second opinion handchirurgie (polikliniek, diagnostiek)
  Zorgaanbieder:   Kliniek voor Hand- en Polschirurgie, Zeist (AGB 22-221144)
  Geldig van:      24-11-2026
  Geldig tot:      24-11-2027
  Kenmerk:         ZK-2026-4471188

Let op
- Voor vergoeding is een verwijzing nodig van uw huisarts of medisch
  specialist. Deze machtiging vervangt de verwijzing niet.
- Een eventuele operatie valt niet onder deze machtiging. Hiervoor moet de
  zorgaanbieder opnieuw toestemming aanvragen.
- Het eigen risico is van toepassing.

U heeft in uw aanvraag aangegeven dat u in 2026 aan uw rechterduim bent
geopereerd in het St. Antonius Ziekenhuis. Medische stukken hoeft u niet aan
ons te sturen; bewaar deze voor de zorgaanbieder.

Heeft u vragen? Bel ons op 071 751 00 52 (werkdagen 8.00-20.00 uur).

Met vriendelijke groet,

Afdeling Zorgadvies & Toestemmingen
Zilveren Kruis

--
Dit bericht is automatisch verzonden. U kunt hier niet op antwoorden.
Relatienummer 118822734 | geboortedatum verzekerde 04-10-1966
"""
    write_txt(stem, txt)
    write_label(stem, dict(
        kinds=[], date="2026-11-24", author="other", language="nl",
        style="insurer authorisation e-mail export",
        imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
        notes="Insurer's authorisation ('machtiging') for a second opinion: uses referral vocabulary ('verwijzing nodig') "
              "and a validity period like a referral, but is not one. Says the insured was operated on the right thumb "
              "in a Dutch hospital (operated yes, second-hand statement). Dates: e-mail 24 Nov, application 17 Nov, "
              "validity to 24-11-2027, birth date in the footer."))

# ------------------------------------------------------------------ 024
@reg
def tx024():
    stem = "tx-024"
    txt = """
MEDICATIEOVERZICHT                                          Apotheek De Kroon
                                                            Kroonstraat 22
                                                            5211 DA 's-Hertogenbosch
                                                            tel. 073-6142210
Datum afdruk : 30-11-2026
Patiënt      : Mw. R. (Riet) Aarts-van Gils
Geboren      : 12-12-1948          Geslacht: V
Adres        : Hinthamerstraat 99, 5211 MG 's-Hertogenbosch
Huisarts     : dr. P. Verbeek
Zorgverzekeraar: VGZ

ACTUELE MEDICATIE
---------------------------------------------------------------------------
Start      Geneesmiddel                     Dosering            Voorschrijver
---------------------------------------------------------------------------
14-03-2019 ACENOCOUMAROL 1 MG TABLET        volgens trombosedienst  Verbeek
02-07-2021 METOPROLOL SUCC 50 MG TAB MGA    1x daags 1          Verbeek
02-07-2021 FUROSEMIDE 40 MG TABLET          1x daags 1          Verbeek
19-10-2026 PARACETAMOL 500 MG TABLET        max 6x daags 2      dr. Lievens (JBZ)
19-10-2026 TRAMADOL 50 MG CAPSULE           zo nodig 3x daags 1 dr. Lievens (JBZ)
19-10-2026 MACROGOL/ELEKTROLYTEN SACHET     1x daags 1          dr. Lievens (JBZ)
12-11-2026 CALCIUMCARB/COLECALC 1,25G/800IE 1x daags 1          Verbeek
12-11-2026 ALENDRONINEZUUR 70 MG TABLET     1x per week 1       Verbeek

GESTOPTE MEDICATIE (laatste 6 maanden)
---------------------------------------------------------------------------
19-10-2026 - 26-10-2026  CEFAZOLINE 1 G INJECTIE (ziekenhuis, JBZ, bij opname)
19-10-2026 - 02-11-2026  NADROPARINE 2850 IE INJ (i.v.m. gipsimmobilisatie)

CONTRA-INDICATIES / INTOLERANTIES
---------------------------------------------------------------------------
Nierfunctie verminderd (eGFR 48, 03-2026)
Overgevoeligheid: codeine (misselijkheid)

OPMERKINGEN
---------------------------------------------------------------------------
Ontslagmedicatie Jeroen Bosch Ziekenhuis d.d. 26-10-2026 verwerkt (opname
afd. traumatologie 19-10 t/m 26-10-2026, polsfractuur li).
Medicatiebeoordeling gepland januari 2027.

Dit overzicht is met zorg samengesteld. Controleer het samen met uw
zorgverlener. Bron: LSP / apotheekinformatiesysteem Pharmacom.
                                                                pagina 1/1
"""
    write_txt(stem, txt)
    write_label(stem, dict(
        kinds=[], date="2026-11-30", author="other", language="nl",
        style="pharmacy medication overview text printout",
        imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
        notes="Pharmacy medication overview (no kind) that mentions a hospital admission for a wrist fracture with "
              "discharge medication - it does not say whether she was operated (cast immobilisation and peri-admission "
              "cefazolin are suggestive only). The admission was in a Dutch hospital named without any reference to "
              "abroad -> treated abroad unmentioned. Many start/stop dates; own date = 'Datum afdruk'."))

# ------------------------------------------------------------------ 025
@reg
def tx025():
    stem = "tx-025"
    d = Docx(font="Arial", size=10)
    d.p(("Kliniek voor Hand- en Polschirurgie", "b"), size=12, space_after=0)
    d.p("Intake second opinion")
    d.h("Toestemmingsformulier opvragen medische gegevens (machtiging)", 12)
    d.p("Hierbij geef ik toestemming aan de Kliniek voor Hand- en Polschirurgie om medische gegevens (brieven, "
        "operatieverslagen, beeldvorming en uitslagen) op te vragen bij de hieronder genoemde zorgverleners, "
        "uitsluitend ten behoeve van de beoordeling van mijn second opinion.")
    d.kv([("Naam patiënt", "Jeroen Claes"), ("Geboortedatum", "21-04-1990"), ("Adres", "Sint-Annastraat 7, 4541 AA Sluiskil"),
          ("Telefoon", "06-18273645")])
    d.table(["Zorgverlener / ziekenhuis", "Afdeling / arts", "Periode", "Betreft"], [
        ["AZ Maria Middelares, Gent (België)", "Orthopedie, dr. Verstraete", "03-2026 - 05-2026",
         "polsbreuk rechts, opname en operatie (plaat)"],
        ["ZorgSaam Ziekenhuis, Terneuzen", "Radiologie", "09-2026", "MRI pols rechts"],
        ["Huisartsenpraktijk Sluiskil", "dr. M. de Kraker", "2016 - heden", "huisartsdossier"],
    ])
    d.p("Ik ben ervan op de hoogte dat ik deze toestemming op elk moment kan intrekken.")
    d.kv([("Handtekening", "[handtekening]  J. Claes"), ("Plaats en datum", "Sluiskil, 3-12-2026")], grid=False)
    d.p("Ruimte voor de kliniek:", size=8, space_after=0)
    d.p("Ontvangen door: ______  Datum ontvangst: ____-____-______  Opgevraagd op: ____-____-______", size=8)
    d.footer("Formulier KHP-INT-07 versie 3.1 (2025) - pagina 1 van 1")
    d.save(stem)
    write_label(stem, dict(
        kinds=[], date="2026-12-03", author="patient", language="nl",
        style="consent form (machtiging) docx with fields and hospital table",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Consent/authorisation form signed by the patient: not a kind, although it lists an admission and "
              "operation in a Belgian hospital (treated abroad, operated) and an MRI in Terneuzen. The only own date is "
              "'Sluiskil, 3-12-2026' next to the signature; empty date fields and a form version year compete."))

# ------------------------------------------------------------------ 026
@reg
def tx026():
    stem = "tx-026"
    txt = """
HiX 6.3   Rode Kruis Ziekenhuis Beverwijk          Gebruiker: VPK-HAND03
-----------------------------------------------------------------------------
Patiënt: Mevr. S. (Samira) Bouzid      Geb.: 13-09-1988      Pnr: 5012873
-----------------------------------------------------------------------------
TELEFOONNOTITIE                                      Specialisme: Plastische
                                                     chirurgie / Handcentrum
Datum/tijd: 01-12-2026 11:24
Opgesteld door: L. Vermaat, verpleegkundige polikliniek
Gesprek met: patiënte zelf

Patiënte belt. De geplande operatie (excisie ganglion pols re) van
14-12-2026 wordt door haar afgezegd: zij heeft besloten eerst een second
opinion aan te vragen in een andere kliniek. Zij vraagt om een kopie van
de MRI-uitslag (MRI pols re gemaakt op 20-11-2026) en van de polibrief
van dr. Hamdi d.d. 24-11-2026.

Actie:
- OK-planning geïnformeerd, operatie 14-12 geannuleerd.
- Kopie polibrief en MRI-verslag via afdeling Medische Informatie
  (formulier inzage/afschrift gestuurd naar pt.).
- Pt. geïnformeerd dat beelden op cd kunnen worden opgehaald bij
  Radiologie, balie 2.
- Dr. Hamdi via taak op de hoogte gebracht.

Terugbelverzoek: nee
-----------------------------------------------------------------------------
Afgedrukt: 02-12-2026 09:10                                    Pagina 1 van 1
"""
    write_txt(stem, txt)
    write_label(stem, dict(
        kinds=[], date="2026-12-01", author="other", language="nl",
        style="HiX nurse telephone note text printout",
        imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
        notes="Nurse's telephone note: a cancelled operation (OK geannuleerd) is not an operation -> operated "
              "unmentioned. States an MRI was made on 20-11-2026 -> imaging yes. Mentions a polibrief and MRI report "
              "(not the documents themselves). Own date 01-12 vs print date 02-12 vs planned OK 14-12."))

# ------------------------------------------------------------------ 027
@reg
def tx027():
    stem = "tx-027"
    d = Docx(font="Times New Roman", size=11)
    d.letterhead_table([("Huisartsengroep Maastricht-Oost", "b"), ("Scharnerweg 85", "s"), ("6224 JD Maastricht", "s")],
                       [("T 043-3621515", "s"), ("assistentes@hagmaastrichtoost.nl", "s"), ("AGB 01-099321", "s")])
    d.p("Kliniek voor Hand- en Polschirurgie", space_after=0)
    d.p("Afdeling intake / secretariaat", space_after=0)
    d.p("Zeist")
    d.p("Maastricht, 2 december 2026")
    d.p(("Betreft: ", "b"), "aanvullende stukken dhr. L. (Luc) Ramakers, geb. 14-06-1973")
    d.p("Geachte heer/mevrouw,")
    d.p("Op uw verzoek van 25 november jl. ontvangt u hierbij de volgende stukken ten behoeve van de "
        "second-opinionaanvraag van bovengenoemde patiënt:")
    for line in ["verwijsbrief huisarts d.d. 20-11-2026",
                 "operatieverslag Zuyderland MC d.d. 12-05-2026 (artroscopie en TFCC-hechting pols li)",
                 "röntgenverslag pols links d.d. 03-09-2026 (MUMC+)",
                 "brief polikliniek orthopedie Zuyderland d.d. 18-09-2026"]:
        d.p("•  " + line, space_after=0)
    d.p("")
    d.p("De uitslag van de MRSA-screening volgt zodra deze bekend is. De cd met beelden wordt door patiënt zelf "
        "aangeleverd.")
    d.p("Met vriendelijke groet,")
    d.p("namens dr. F. Wetzels, huisarts,", space_after=0)
    d.p("A. Hermans, doktersassistente")
    d.save(stem)
    write_label(stem, dict(
        kinds=[], date="2026-12-02", author="gp", language="nl",
        style="GP practice cover letter listing enclosures, docx",
        imaging_done="yes", operated="yes", treated_abroad="unmentioned",
        notes="Cover letter that only lists enclosures: verwijsbrief, operatieverslag, röntgenverslag, specialist "
              "letter and a pending MRSA result are all named, but this document is none of them. The listed "
              "operation report (wrist arthroscopy/TFCC repair) and X-ray report imply operated yes and imaging yes. "
              "Signed by a practice assistant on behalf of the GP."))

# ------------------------------------------------------------------ 028
@reg
def tx028():
    stem = "tx-028"
    side = [("Amphia", True, 16), "", ("Plastische, Reconstructieve", True, 7.5), ("en Handchirurgie", True, 7.5), "",
            "Locatie Molengracht", "Molengracht 21", "4818 CK Breda", "", "Polikliniek", "076 595 1000", "",
            "dr. H.J. Mertens", "dr. A.C. van Loon", "drs. R. Aydin (aios)"]
    blocks = [
        ("cols", ["De weledelgeleerde heer", "dr. G. Peeters, huisarts", "Huisartsenpraktijk Ginneken",
                  "Ginnekenweg 310", "4835 NG Breda"],
                 ["<b>Ons kenmerk</b>  PLA/HM/2611-204", "<b>Datum</b>  20 november 2026",
                  "<b>Datum polibezoek</b>  10-11-2026", "<b>Patiëntnummer</b>  7730194"], 0.55),
        ("sp", 8),
        ("p", "<b>Betreft</b>  Dhr. A.P.M. (Adriaan) Smulders, geboren 01-03-1952<br/>"
              "Burgemeester Kerstenslaan 18, 4837 BM Breda"),
        ("p", "Geachte collega,"),
        ("p", "Op 10 november jl. zagen wij uw patiënt op de polikliniek handchirurgie in verband met een "
              "toenemende buigstand van de ringvinger en pink rechts."),
        ("h", "Anamnese"),
        ("p", "Sinds 2022 knobbels in de handpalm rechts, de laatste maanden toenemende contractuur van dig. IV en V. "
              "Hij kan zijn hand niet meer plat op tafel leggen en blijft haken in zijn broekzak. Geen eerdere "
              "behandelingen aan de hand. Familieanamnese: vader M. Dupuytren. Patiënt verblijft de wintermaanden in "
              "Spanje; hij is daar nooit voor de hand behandeld en heeft daar geen ziekenhuis bezocht."),
        ("h", "Lichamelijk onderzoek"),
        ("p", "Rechts: strengen over straal IV en V. Extensiedeficit MCP IV 40°, PIP IV 30°, MCP V 20°, PIP V 45°. "
              "Table-top test positief. Sensibiliteit intact. Links: nodus straal IV zonder contractuur."),
        ("h", "Aanvullend onderzoek"),
        ("p", "Niet verricht; beeldvorming is voor deze diagnose niet geïndiceerd."),
        ("h", "Conclusie"),
        ("p", "Morbus Dupuytren rechts, Tubiana stadium II-III straal IV en V."),
        ("h", "Beleid"),
        ("p", "Wij hebben de opties (naaldfasciotomie versus limited fasciëctomie) besproken. Gezien de PIP-"
              "betrokkenheid adviseren wij een limited fasciëctomie straal IV en V rechts. Patiënt wil hier nog over "
              "nadenken en wil eventueel eerst een second opinion. Hij is op de wachtlijst geplaatst (geschatte "
              "wachttijd 10 weken); hij kan de operatie kosteloos annuleren."),
        ("p", "Met collegiale groet,"),
        ("sp", 4),
        ("cols", ["drs. R. Aydin", "aios plastische chirurgie"], ["dr. H.J. Mertens", "plastisch chirurg, supervisor"], 0.5),
        ("sp", 3),
        ("ps", "cc: patiënt<br/>Gedicteerd: 10-11-2026 / uitgewerkt: 17-11-2026 / RA/ms"),
    ]
    make_pdf(pdf_path(stem), blocks, side=side,
             footer="Afgedrukt op 01-12-2026 15:22 uit HiX door PLA-SEC04 - Deze brief is elektronisch geautoriseerd.",
             page_numbers="Pagina {page}")
    write_label(stem, dict(
        kinds=["correspondence"], date="2026-11-20", also_dates=["2026-11-10", "2026-11-17"], author="specialist",
        language="nl", style="HiX outpatient letter, side-column letterhead, two signatures (aios + supervisor)",
        imaging_done="no", operated="no", treated_abroad="no",
        notes="Outpatient letter written by an AIOS with the supervisor's second signature. Dates: letter 20 november "
              "2026, consult/dictation 10-11, typing 17-11, 'Afgedrukt op' 01-12. The operation is only advised and "
              "planned (wachtlijst) -> not an operation; 'Geen eerdere behandelingen aan de hand' -> operated no. "
              "'Aanvullend onderzoek: niet verricht' -> imaging no. Winters in Spain but never treated there -> "
              "treated abroad no."))

# ------------------------------------------------------------------ 029
@reg
def tx029():
    stem = "tx-029"
    d = Docx(font="Calibri", size=10)
    d.letterhead_table(
        [("Isala", "b"), ("Traumachirurgie / Handchirurgie", ""), ("Dokter van Heesweg 2", "s"), ("8025 AB Zwolle", "s")],
        [("KLINISCHE BRIEF", "b"), ("Datum: 09-10-2026", ""), ("Kenmerk: TRA/26/10331", "s")], grid=True)
    d.p("Aan: mw. dr. E. Vos, huisarts, Praktijk Stadshagen, Zwolle", space_after=0)
    d.p("Betreft: dhr. K. (Kevin) Boersma, geb. 02-05-1998, patiëntnr. 6618239")
    d.kv([("Opnamedatum", "05-10-2026"), ("Ontslagdatum", "07-10-2026"), ("Afdeling", "A3 Traumachirurgie"),
          ("Opnamediagnose", "Verplaatste scafoïdfractuur (taille) links na val met scooter")])
    d.p("Geachte collega,")
    d.p("Uw patiënt werd opgenomen na een val met de scooter op 04-10-2026. Op de SEH werd een X-pols/scafoïdserie "
        "links en aansluitend een CT gemaakt, waarop een verplaatste taillefractuur van het scafoïd werd gezien.")
    d.h("Operatie", 11)
    d.kv([
        ("Datum operatie", "06-10-2026"),
        ("Operateur", "dr. J.H. Dijkstra, traumachirurg"),
        ("Assistent", "M. Schaap, ANIOS chirurgie"),
        ("Anesthesie", "Plexusanesthesie (axillair)"),
        ("Ingreep", "Open repositie en interne fixatie scafoïd links (volaire benadering), 1 Acutrak 2 mini-schroef"),
        ("Verslag", "Volaire incisie over FCR, kapsel geopend. Fractuur gereponeerd met joysticks en tijdelijk gefixeerd "
                    "met K-draad. Geleidedraad centraal in de lengte-as onder doorlichting, geboord, 1 schroef 24 mm "
                    "geplaatst met goede compressie. Doorlichting: goede stand en lengte. Kapsel gesloten, huid "
                    "intracutaan. Onderarmgips met duiminsluiting."),
        ("Complicaties", "Geen"),
    ])
    d.h("Beloop", 11)
    d.p("Ongecompliceerd postoperatief beloop. Controle-X postoperatief: goede stand. Op 07-10-2026 in goede conditie "
        "naar huis.")
    d.h("Medicatie bij ontslag", 11)
    d.p("Paracetamol 1000 mg 4dd1, naproxen 250 mg 2dd1 (max 5 dagen), esomeprazol 20 mg 1dd1 zolang naproxen.")
    d.h("Beleid", 11)
    d.p("Gips 6 weken. Controle polikliniek traumachirurgie over 2 weken met X-scafoïd. CT na 10 weken ter beoordeling "
        "van consolidatie.")
    d.p("Met vriendelijke groet,")
    d.p("M. Schaap, ANIOS chirurgie", space_after=0)
    d.p("namens dr. J.H. Dijkstra, traumachirurg")
    d.footer("Isala Zwolle - Klinische brief - elektronisch verzonden via ZorgMail 09-10-2026")
    d.save(stem)
    write_label(stem, dict(
        kinds=["correspondence", "operation-report"], date="2026-10-09", author="specialist", language="nl",
        style="discharge letter (klinische brief) docx with field tables and embedded operation section",
        imaging_done="yes", operated="yes", treated_abroad="unmentioned",
        notes="Discharge letter with a full operation section (date, operator, assistant, anaesthesia, procedure "
              "description) -> correspondence and operation-report. Letter date 09-10 vs admission 05-10, discharge "
              "07-10, operation 06-10, accident 04-10. Written by an ANIOS on behalf of the surgeon."))

# ------------------------------------------------------------------ 030
@reg
def tx030():
    stem = "tx-030"

    def draw(c, W, H):
        c.setFillColorRGB(0.12, 0.3, 0.5)
        c.rect(0, H - 70, W, 70, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(40, H - 35, "St. Antonius Ziekenhuis")
        c.setFont("Helvetica", 8.5)
        c.drawString(40, H - 50, "Koekoekslaan 1, 3435 CM Nieuwegein  |  Handchirurgie / Plastische chirurgie")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(W - 40, H - 40, "OK-VERSLAG")
        c.setFillColorRGB(0, 0, 0)
        y = H - 100
        rows = [("Patiënt", "Mw. M.L. (Maaike) Brink"), ("Geboortedatum", "1984-07-25"), ("Patiëntnr.", "8811220"),
                ("Datum operatie", "2026-10-14"), ("OK / sessie", "OK 12, dagbehandeling"),
                ("Operateur", "drs. T.W. Hak, aios (onder supervisie van dr. L. Mol, plastisch chirurg)"),
                ("Assistent", "dr. L. Mol"), ("Anesthesie", "WALANT (lidocaïne 1% met adrenaline), geen bloedleegte"),
                ("Indicatie", "Triggerfinger dig. III rechts, Green gr. III; recidief na 2 injecties"),
                ("Ingreep", "A1-pulley-klieving dig. III rechts, open"),
                ("Pathologie", "geen"), ("Complicaties", "geen")]
        for lab, val in rows:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(40, y, lab)
            c.setFont("Helvetica", 9)
            c.drawString(150, y, val)
            y -= 15
        y -= 10
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "Beschrijving")
        text = ["Patiënte wakker, time-out conform protocol. Infiltratie WALANT ter hoogte van A1-pulley dig. III.",
                "Na 20 minuten transversale incisie in de distale handpalmplooi, 1,5 cm. Stomp prepareren,",
                "neurovasculaire bundels radiair en ulnair opzij gehouden. A1-pulley over de volle lengte gekliefd.",
                "Actief buigen en strekken door patiënte: geen triggering meer, volledige extensie. Huid gesloten",
                "met 3 Ethilon 4-0 donatistuks. Drukverband."]
        c.setFont("Helvetica", 9)
        for i, t in enumerate(text):
            c.drawString(150, y - i * 12, t)
        y -= len(text) * 12 + 14
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "Nabehandeling")
        c.setFont("Helvetica", 9)
        c.drawString(150, y, "Verband 2 dagen, daarna pleister. Direct bewegen. Hechtingen eruit bij huisarts na 10-14 dagen.")
        c.drawString(150, y - 12, "Geen standaard controle; bij klachten poli handchirurgie.")
        y -= 50
        c.setFont("Helvetica", 8)
        c.drawString(40, y, "Verslag aangemaakt: 14-10-2026 16:10 (T.W. Hak)     Geautoriseerd: 15-10-2026 08:02 (L. Mol)")
        c.setFont("Helvetica", 7)
        c.drawString(40, 30, "Afdruk uit EPD (Epic) 29-11-2026 - pagina 1/1 - vertrouwelijk")
    make_canvas_pdf(pdf_path(stem), draw)
    write_label(stem, dict(
        kinds=["operation-report"], date="2026-10-14", also_dates=["2026-10-15"], author="specialist", language="nl",
        style="OK-verslag form, canvas two-column labels with colour banner",
        imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
        notes="Operation report form without salutation; labels and values are separate runs. ISO date in the "
              "'Datum operatie' field; created 14-10, authorised 15-10, printed 29-11. Operated by an aios under "
              "supervision."))

# ------------------------------------------------------------------ 031
@reg
def tx031():
    stem = "tx-031"
    blocks = [
        ("title", "OPERATION NOTE"),
        ("kv4", [
            ["Name", "Ms Hanneke DEKKER", "MRN", "MMUH 2290117"],
            ["DOB", "14/02/1977", "Date", "3rd December 2026"],
            ["Consultant", "Mr C. O'Donnell", "Theatre", "Theatre 4, Day Surgery Unit"],
            ["Surgeon", "Mr C. O'Donnell", "Assistant", "Dr S. Byrne (SpR)"],
            ["Anaesthetist", "Dr P. Nwosu", "Anaesthesia", "GA + local infiltration"],
        ]),
        ("sp", 4),
        ("kv", [
            ["Indication", "Right knee: locking and medial joint line pain after twisting injury playing camogie. "
                           "MRI 12/11/2026: bucket-handle tear medial meniscus."],
            ["Procedure", "Right knee arthroscopy, partial medial meniscectomy"],
            ["Findings", "Displaced bucket-handle tear of the posterior horn medial meniscus, not repairable. "
                         "ACL intact. Grade 2 chondral change medial femoral condyle."],
            ["Operative details", "Standard anterolateral and anteromedial portals. Diagnostic arthroscopy. Displaced "
                                  "fragment resected with basket forceps and shaver back to a stable rim. Washout. "
                                  "Portals closed with Steri-Strips; 20 ml 0.25% bupivacaine intra-articular."],
            ["Post-op instructions", "Full weight bearing as tolerated. Physiotherapy referral. Review in orthopaedic "
                                     "clinic 6 weeks. Patient also reports a painful left wrist (known ganglion, under "
                                     "investigation in the Netherlands) - not addressed today."],
            ["VTE prophylaxis", "Not indicated"],
        ], 0.22, "grid"),
        ("sp", 6),
        ("p", "Signed: C. O'Donnell FRCS (Tr&amp;Orth), Consultant Orthopaedic Surgeon"),
    ]
    make_pdf(pdf_path(stem), blocks,
             top_banner=[("Mater Misericordiae University Hospital", True, 13),
                         ("Eccles Street, Dublin 7, D07 R2WY, Ireland  ·  Department of Orthopaedics", False, 8)],
             footer="MMUH Operation Note v4 - generated 03/12/2026 - page {page}")
    write_label(stem, dict(
        kinds=["operation-report"], date="2026-12-03", author="specialist", language="en",
        style="Irish operation note form with grid field table",
        imaging_done="yes", operated="unmentioned", treated_abroad="yes",
        notes="A genuine operation report, but of the knee, in a hand/wrist dossier: kind operation-report, operated "
              "(hand/wrist) unmentioned. The wrist ganglion is mentioned only as 'under investigation'. Date written "
              "'3rd December 2026'; an MRI of the knee was done -> imaging yes. Operated in Dublin -> treated abroad yes."))

# ------------------------------------------------------------------ 032
@reg
def tx032():
    stem = "tx-032"
    txt = """
Van: Huisartsenpraktijk Sas van Gent <praktijk@hapsasvangent.zorgmail.nl>
Verzonden: maandag 30 november 2026 16:45
Aan: intake@handkliniek-zeist.zorgmail.nl
Onderwerp: Verwijzing second opinion - mw. D. Verstraeten-Moens (01-10-1981)
Bijlagen: MRI_AZDelta_2026.pdf; OKverslag_AZDelta.pdf

Datum brief: 27-11-2026
Van: M.A. de Feijter, huisarts, Westkade 10, 4551 CB Sas van Gent, AGB 01-033887
Aan: Kliniek voor Hand- en Polschirurgie, Zeist

Betreft: mevrouw Dorien Verstraeten-Moens, geb. 01-10-1981
         Oostkade 22, 4551 AZ Sas van Gent   BSN 999066102

Geachte collega,

Graag verwijs ik mevrouw Verstraeten naar u voor een second opinion
over haar rechterpols.

Zij is in juni 2025 in AZ Delta in Roeselare (België) geopereerd aan een
TFCC-letsel rechts (artroscopische hechting), omdat zij daar werkt en de
wachttijden in Zeeland lang waren. Na de operatie blijven pijn en
klikken aan de ulnaire zijde bestaan. De MRI in AZ Delta (augustus 2026)
toont volgens de Belgische orthopeed "een genezen hechting"; men wil
haar alleen nog kinesitherapie geven.

Vraagstelling:
- Is er sprake van een persisterend of recidief TFCC-letsel of van
  DRUG-instabiliteit?
- Is een heroperatie (bijv. open refixatie of ulnaverkorting) zinvol?

Medicatie: naproxen 500 mg zo nodig. Geen allergieën.
Overig: BMI 27. Rookt niet.

MRI-verslag en operatieverslag van AZ Delta zijn bijgevoegd; de MRI-
beelden volgen per cd via patiënte.

Met vriendelijke groet,

M.A. de Feijter, huisarts
"""
    write_txt(stem, txt)
    write_label(stem, dict(
        kinds=["referral"], date="2026-11-27", also_dates=["2026-11-30"], author="gp", language="nl",
        style="GP referral e-mail export (ZorgMail) with mail headers",
        referral_question=True,
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Referral inside an e-mail export: send date 30 november 2026 in the header vs 'Datum brief: 27-11-2026'. "
              "Clear 'Vraagstelling'. Operation and MRI in a Belgian hospital described in a Dutch GP letter -> "
              "treated abroad, operated, imaging all yes. The attachments line names an OK-verslag and MRI report: "
              "mentions only. No history section with recent treatments, so not a history letter."))
